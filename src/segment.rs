//! Segmentation: sentences and word tokens with byte offsets into the original text.
//!
//! News text comes in three layouts, and the splitter handles each:
//! - wire copy with hard line breaks inside sentences and indented paragraphs
//!   (Reuters 1987): a single newline is a space, a newline followed by
//!   indentation or a blank line ends a paragraph;
//! - one paragraph per line (most scraped articles and the seed): every
//!   newline ends a sentence;
//! - blank-line separated paragraphs (BBC): a blank line ends a sentence.
//!
//! Inside a paragraph a sentence ends at `.`, `!` or `?` (plus closing quotes
//! or brackets) followed by white space and a capital letter, digit or
//! opening quote, unless the word before the period is an abbreviation
//! ("Mr.", "Corp.", "Feb.") or an initial ("S. Korea", "W. German"). "U.S."
//! and its like end a sentence only before a word that typically starts one
//! ("... invest in the U.S. Some worry ...").

use unicode_segmentation::UnicodeSegmentation;

/// A sentence as a byte range of the article text; `index` counts sentences
/// from 0 in document order so that users can cite "sentence 9".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Position of the sentence in the article, from 0.
    pub index: usize,
    /// Byte offset of the first character (white space trimmed).
    pub start: usize,
    /// Byte offset one past the last character (white space trimmed).
    pub end: usize,
}

/// A word token: a run of letters or digits as Unicode word segmentation sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token text, a slice of the input.
    pub text: &'a str,
    /// Byte offset of the token in the text that was tokenised.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
}

/// Splits `text` into sentences. Cheap enough to run over every article:
/// one pass over the bytes, allocation only for the result.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    split_sentences_upto(text, text.len())
}

/// Like [`split_sentences`], but stops after the sentence that holds byte
/// `limit`: callers that only need the sentences up to the last trigger word
/// save the rest of the scan. Indices are the same as for the whole text.
pub fn split_sentences_upto(text: &str, limit: usize) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let one_paragraph_per_line = lines_are_paragraphs(text);
    // Room for a sentence per 128 bytes up to the limit (news sentences
    // run longer): one allocation for most articles, not one per doubling.
    let mut out = Vec::with_capacity(limit.min(text.len()) / 128 + 4);
    let mut start = 0usize;
    let mut line_start = 0usize;
    let mut i = 0usize;
    // The next sentence-ending mark or newline at or after `i`, from a
    // mask of them per 64 bytes: wrapped wire copy has several newlines
    // before each full stop, and a search call per stop (two SIMD
    // searches, each begun again once passed) cost more than the bytes.
    let mut stops = Stops::new(bytes);
    while i < bytes.len() {
        if start > limit {
            return out;
        }
        i = match stops.next_from(i) {
            Some(p) => p,
            None => break,
        };
        let b = bytes[i];
        match b {
            b'\n'
                if one_paragraph_per_line
                    || paragraph_break_after(bytes, i)
                    || is_headline_line(&text[line_start..i], line_start == 0)
                    || is_bullet_line(&text[i + 1..]) =>
            {
                push_sentence(text, start, i, &mut out);
                start = i + 1;
                line_start = i + 1;
            }
            b'\n' => line_start = i + 1,
            b'.' | b'!' | b'?' => {
                if let Some(end) = sentence_end_at(text, i) {
                    push_sentence(text, start, end, &mut out);
                    start = end;
                    i = end;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    push_sentence(text, start, bytes.len(), &mut out);
    out
}

/// The bytes [`split_sentences_upto`] stops at (`.`, `!`, `?` and line
/// ends) of a text, found from a mask of them per 64-byte block, the
/// block of the last question kept.
struct Stops<'a> {
    b: &'a [u8],
    /// The first byte of the block `mask` is of (`usize::MAX`: none yet).
    base: usize,
    mask: u64,
}

impl<'a> Stops<'a> {
    fn new(b: &'a [u8]) -> Self {
        Stops {
            b,
            base: usize::MAX,
            mask: 0,
        }
    }

    /// The first stop at or after `i`.
    #[inline]
    fn next_from(&mut self, i: usize) -> Option<usize> {
        let mut base = i & !63;
        // Bits of the first block below `i` are not asked for.
        let mut keep = u64::MAX << (i - base);
        while base < self.b.len() {
            if base != self.base {
                self.base = base;
                self.mask = stop_mask(self.b, base);
            }
            let m = self.mask & keep;
            if m != 0 {
                return Some(base + m.trailing_zeros() as usize);
            }
            keep = u64::MAX;
            base += 64;
        }
        None
    }
}

/// Bit `k` set when `b[at + k]` is `.`, `!`, `?` or a line end, for the
/// 64 bytes from `at` (none past the end).
#[inline]
fn stop_mask(b: &[u8], at: usize) -> u64 {
    match b.get(at..at + 64) {
        Some(block) => stops64(block.try_into().expect("64 bytes")),
        None => {
            let mut block = [0u8; 64];
            let rest = &b[at.min(b.len())..];
            block[..rest.len()].copy_from_slice(rest);
            stops64(&block)
        }
    }
}

/// [`stop_mask`] of one block: SSE2, 16 bytes a step.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn stops64(block: &[u8; 64]) -> u64 {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    let mut mask = 0u64;
    for k in 0..4 {
        // SAFETY: SSE2 is part of x86-64 (see `masks64`); `block` holds
        // 64 bytes, so the 16 from `16 * k` are in it, read unaligned.
        let m = unsafe {
            let v = _mm_loadu_si128(block.as_ptr().add(16 * k).cast::<__m128i>());
            let eq = |c: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8));
            _mm_movemask_epi8(_mm_or_si128(
                _mm_or_si128(eq(b'.'), eq(b'!')),
                _mm_or_si128(eq(b'?'), eq(b'\n')),
            ))
        };
        mask |= (m as u32 as u64 & 0xffff) << (16 * k);
    }
    mask
}

/// [`stop_mask`] of one block, a byte at a time (other targets).
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn stops64(block: &[u8; 64]) -> u64 {
    stops64_bytes(block)
}

/// [`stops64`] by bytes: what the SSE2 form must give (tested against it).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn stops64_bytes(block: &[u8; 64]) -> u64 {
    block.iter().enumerate().fold(0, |m, (k, c)| {
        m | u64::from(matches!(c, b'.' | b'!' | b'?' | b'\n')) << k
    })
}

/// Bullet marks that open a list item on a page ("• $15 billion of energy").
const BULLETS: &[char] = &['•', '▪', '◦', '●', '·'];

// `is_bullet_line` passes over a line opening with an ASCII byte other
// than a typed bullet: every bullet here must be non-ASCII.
const _: () = {
    let mut i = 0;
    while i < BULLETS.len() {
        assert!(!BULLETS[i].is_ascii());
        i += 1;
    }
};

/// Bullet marks typed as ASCII ("* Aug 5: Sweden $275 mln", "- they fear
/// that ..."): a list item only when a space follows ("-5%" and "*Note"
/// are none).
const TYPED_BULLETS: &[char] = &['*', '-'];

/// Whether the text from a line's start opens with a bullet: a list item
/// starts a sentence of its own even when the lines around it are short and
/// wrapped (its own wrapped lines stay with it).
fn is_bullet_line(line: &str) -> bool {
    // Asked at every newline of wrapped copy: spaces and tabs skipped and
    // the first byte tested as bytes (every bullet of `BULLETS` is
    // non-ASCII), where the character patterns cost 90 instructions a line.
    let indent = line
        .bytes()
        .take_while(|&b| b == b' ' || b == b'\t')
        .count();
    let line = &line[indent..];
    match line.as_bytes().first() {
        None => return false,
        Some(&b) if b.is_ascii() && b != b'*' && b != b'-' => return false,
        _ => {}
    }
    line.starts_with(BULLETS)
        || (line.starts_with(TYPED_BULLETS) && line[1..].starts_with([' ', '\t']))
}

/// Decides whether single newlines separate paragraphs (long lines) or are
/// hard wraps inside sentences (short lines of wire copy).
fn lines_are_paragraphs(text: &str) -> bool {
    // One overlong line in wire copy (two wrapped lines run together,
    // "ofconcern to the U.S. Will be discussed") does not make it prose: a
    // very long line does, or long lines making a third of the text.
    let (mut lines, mut long, mut longest) = (0usize, 0usize, 0usize);
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    for end in ends {
        let line = &text[start..end];
        start = end + 1;
        // Blank lines do not count; most lines start with a visible character.
        let blank = match line.as_bytes().first() {
            Some(&b) if b.is_ascii() && !(b == b' ' || (b'\t'..=b'\r').contains(&b)) => false,
            _ => line.trim().is_empty(),
        };
        if blank {
            continue;
        }
        lines += 1;
        longest = longest.max(line.len());
        if line.len() > 120 {
            long += 1;
        }
    }
    lines <= 1 || longest > 250 || long * 3 >= lines
}

/// A line that stands alone as a headline: written in capitals ("U.S. TO
/// IMPOSE 100 PCT TARIFFS"), or the first line of the text when it does not
/// end in a comma, hyphen or a lowercase word that carries on.
fn is_headline_line(line: &str, first: bool) -> bool {
    // Most lines are ordinary wrapped text: one lowercase letter settles it.
    if !first && line.bytes().any(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let line = line.trim();
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 {
        return false;
    }
    if !line.chars().any(|c| c.is_lowercase()) {
        return true;
    }
    // A first line in title case ("South Korea Trade Deal Faces Hurdles").
    first
        && !line.ends_with([',', '-', ';', ':'])
        && line
            .split_whitespace()
            .filter(|w| w.len() > 3)
            .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
}

/// In wrapped text, a newline ends a paragraph when the next line is blank
/// or indented.
fn paragraph_break_after(bytes: &[u8], newline: usize) -> bool {
    matches!(
        bytes.get(newline + 1),
        None | Some(b'\n') | Some(b'\r') | Some(b' ') | Some(b'\t')
    )
}

/// If the punctuation at `i` ends a sentence, returns the byte offset just
/// after the sentence (after closing quotes and brackets).
fn sentence_end_at(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Skip repeated punctuation and closing quotes / brackets.
    let mut end = i + 1;
    loop {
        let rest = &text[end..];
        let c = rest.chars().next()?;
        if matches!(c, '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '’' | '”') {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    // Must be followed by white space.
    let after = &text[end..];
    let next = after.trim_start();
    if next.len() == after.len() {
        return None;
    }
    let first = next.chars().next()?;
    if !(first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '“' | '‘' | '\'' | '(' | '['))
    {
        return None;
    }
    if bytes[i] == b'.' {
        let word = word_before(text, i);
        if word.is_empty() {
            return Some(end);
        }
        let words = crate::vocab::get();
        if words.is_abbreviation(word) {
            return None;
        }
        // A single capital letter is an initial ("S. Korea", "John F. Kennedy").
        let mut chars = word.chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && c.is_uppercase()
        {
            return None;
        }
        // Dotted abbreviations ("U.S.", "U.K.") end a sentence only before a
        // typical sentence starter.
        if word.contains('.') {
            let next_word: &str = next
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if !words
                .segment
                .sentence_starters
                .iter()
                .any(|s| s == next_word)
            {
                return None;
            }
        }
    }
    Some(end)
}

/// The run of letters and inner periods just before byte `i` ("U.S" for "U.S.").
fn word_before(text: &str, i: usize) -> &str {
    // By bytes while they are ASCII (for which a letter or digit is
    // exactly an alphanumeric character); from a non-ASCII byte on, by
    // characters as below.
    let b = text.as_bytes();
    let mut start = i;
    while start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'.') {
        start -= 1;
    }
    if start == 0 || b[start - 1].is_ascii() {
        return &text[start..i];
    }
    let head = &text[..i];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map(|(p, _)| p)
        .unwrap_or(i);
    &text[start..i]
}

fn push_sentence(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let slice = &text[start..end];
    let (lead, trail) = white_space_around(slice);
    let trimmed_start = start + lead;
    let trimmed_end = end - trail;
    if trimmed_end > trimmed_start {
        out.push(Sentence {
            index: out.len(),
            start: trimmed_start,
            end: trimmed_end,
        });
    }
}

/// The bytes of white space at the start and at the end of `slice` (all of
/// it, when it is white space only, counts as leading): what
/// [`str::trim_start`] and [`str::trim_end`] take away, found by bytes
/// while they are ASCII (a space, a newline, an indent), the standard
/// functions only from a byte that is not.
fn white_space_around(slice: &str) -> (usize, usize) {
    let b = slice.as_bytes();
    let lead = b
        .iter()
        .position(|&c| !c.is_ascii_whitespace() && c != 0x0b)
        .unwrap_or(b.len());
    let lead = if lead < b.len() && !b[lead].is_ascii() {
        lead + (slice[lead..].len() - slice[lead..].trim_start().len())
    } else {
        lead
    };
    let rest = &b[lead..];
    let trail = rest
        .iter()
        .rev()
        .position(|&c| !c.is_ascii_whitespace() && c != 0x0b)
        .unwrap_or(rest.len());
    let trail = if trail < rest.len() && !rest[rest.len() - 1 - trail].is_ascii() {
        let kept = &slice[lead..slice.len() - trail];
        trail + (kept.len() - kept.trim_end().len())
    } else {
        trail
    };
    (lead, trail)
}

/// Whether `c` continues a word: a letter or digit of any script. The one
/// definition of a word boundary that triggers ([`crate::rules`]), the
/// lexicon and [`tokens`] share, so a trigger next to curly quotes, a dash
/// or a no-break space (“tariffs”, tariffs—a blow) stands on a boundary
/// while "tariffé" does not.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `c` is a word character ([`is_word_char`]) that is not a digit:
/// where the quantity tokenizer cuts a word, since it reads figures apart
/// from the letters glued to them ("5bn", "USD34.6"). Every other boundary
/// is the one word boundary.
#[inline]
pub fn is_letter(c: char) -> bool {
    // ASCII first: one range test for nearly every character of news text.
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        is_word_char(c) && !c.is_numeric()
    }
}

/// The end of the run of ASCII letters in `b` from byte `i` on (`i` if
/// there is none): eight bytes at a time while they are all letters, then
/// to the first byte that is none. Words are a few letters long, so one
/// step of eight usually finds the end, where a byte loop took a compare
/// and a branch per letter (the quantity tokenizer's words).
#[inline]
pub(crate) fn ascii_letters_end(b: &[u8], i: usize) -> usize {
    ascii_run_end(b, i, letter_bytes, |c| c.is_ascii_alphabetic())
}

/// The end of the run of ASCII letters and digits in `b` from byte `i` on
/// (`i` if there is none), eight bytes at a time like
/// [`ascii_letters_end`]: the lexicon's scan passes over every word of a
/// sentence this way.
#[inline]
pub(crate) fn ascii_alnum_end(b: &[u8], i: usize) -> usize {
    ascii_run_end(
        b,
        i,
        |x| letter_bytes(x) | digit_bytes(x),
        |c| c.is_ascii_alphanumeric(),
    )
}

/// The end of the run of ASCII letters, digits and `_` (what Unicode word
/// segmentation runs together) in `b` from byte `i` on, eight bytes at a
/// time: [`ascii_tokens`]' step over a word, where a byte loop took a
/// table load, a test and an update per letter.
#[inline]
fn ascii_wordish_end(b: &[u8], i: usize) -> usize {
    ascii_run_end(
        b,
        i,
        |x| letter_bytes(x) | digit_bytes(x) | bytes_equal(x, b'_'),
        |c| ASCII_CLASS[usize::from(c)] & WORDISH != 0,
    )
}

/// The one loop behind the three run ends above: eight bytes at a time
/// while `in_run` (the high bit of each byte of a word that belongs to the
/// run) covers the whole word, then byte by byte with `in_run_byte` (the
/// same class, one byte) over the last few.
#[inline(always)]
fn ascii_run_end(
    b: &[u8],
    mut i: usize,
    in_run: impl Fn(u64) -> u64,
    in_run_byte: impl Fn(u8) -> bool,
) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let others = !in_run(x) & HIGH_BITS;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && in_run_byte(b[i]) {
        i += 1;
    }
    i
}

/// Per byte of the 64 bytes of a text from some offset on, bit `k` of
/// each mask: whether byte `k` is an ASCII letter, an ASCII digit, `b' '`.
/// Bytes past the end of the text are none of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ByteMasks {
    pub(crate) letter: u64,
    pub(crate) digit: u64,
    pub(crate) space: u64,
}

/// The [`ByteMasks`] of the 64 bytes of `b` from `at` on. A scan that
/// only stops at word starts and a few other bytes (the lexicon's form
/// scan, the quantity tokenizer) finds them from these masks, 64 bytes at
/// a time, instead of a loop step per byte between words and a run-end
/// search per word.
#[inline]
pub(crate) fn byte_masks(b: &[u8], at: usize) -> ByteMasks {
    match b.get(at..at + 64) {
        Some(block) => masks64(block.try_into().expect("64 bytes")),
        None => {
            let mut block = [0u8; 64];
            let rest = &b[at.min(b.len())..];
            block[..rest.len()].copy_from_slice(rest);
            masks64(&block)
        }
    }
}

/// `(alnum, space)` of [`byte_masks`]: letters and digits in one mask.
#[inline]
pub(crate) fn alnum_space_masks(b: &[u8], at: usize) -> (u64, u64) {
    let m = byte_masks(b, at);
    (m.letter | m.digit, m.space)
}

/// [`byte_masks`] of one block: SSE2 (every x86-64 has it), 16 bytes a
/// step.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn masks64(block: &[u8; 64]) -> ByteMasks {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8,
    };
    let (mut letters, mut digits, mut space) = (0u64, 0u64, 0u64);
    for k in 0..4 {
        // SAFETY: SSE2 is part of x86-64, so its intrinsics run on every
        // target this is compiled for; `block` holds 64 bytes, so the 16
        // from `16 * k` are in it, and `_mm_loadu_si128` reads unaligned.
        let (l, d, s) = unsafe {
            let v = _mm_loadu_si128(block.as_ptr().add(16 * k).cast::<__m128i>());
            // A letter, capitals lowered by bit 0x20 (see `letter_bytes`),
            // lies in `a..=z`: moved to -128..=-103 as a signed byte, where
            // every other byte lands above -103 or at 0 and up. Digits
            // alike.
            let lowered = _mm_or_si128(v, _mm_set1_epi8(0x20));
            let letter = _mm_cmplt_epi8(
                _mm_add_epi8(lowered, _mm_set1_epi8((0x80 - b'a') as i8)),
                _mm_set1_epi8(-128 + 26),
            );
            let digit = _mm_cmplt_epi8(
                _mm_add_epi8(v, _mm_set1_epi8((0x80 - b'0') as i8)),
                _mm_set1_epi8(-128 + 10),
            );
            let blank = _mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8));
            (
                _mm_movemask_epi8(letter),
                _mm_movemask_epi8(digit),
                _mm_movemask_epi8(blank),
            )
        };
        letters |= (l as u32 as u64 & 0xffff) << (16 * k);
        digits |= (d as u32 as u64 & 0xffff) << (16 * k);
        space |= (s as u32 as u64 & 0xffff) << (16 * k);
    }
    ByteMasks {
        letter: letters,
        digit: digits,
        space,
    }
}

/// [`byte_masks`] of one block, a byte at a time (other targets).
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn masks64(block: &[u8; 64]) -> ByteMasks {
    masks64_bytes(block)
}

/// [`byte_masks`] of one block by bytes: what the SSE2 form must give
/// (tested against it).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn masks64_bytes(block: &[u8; 64]) -> ByteMasks {
    let mut m = ByteMasks {
        letter: 0,
        digit: 0,
        space: 0,
    };
    for (k, c) in block.iter().enumerate() {
        m.letter |= u64::from(c.is_ascii_alphabetic()) << k;
        m.digit |= u64::from(c.is_ascii_digit()) << k;
        m.space |= u64::from(*c == b' ') << k;
    }
    m
}

/// The high bit of every byte of a word.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is an ASCII digit.
#[inline(always)]
fn digit_bytes(x: u64) -> u64 {
    at_least(x, b'0') & !at_least(x, b'9' + 1) & !x & HIGH_BITS
}

/// The high bit of each byte of `x` equal to `v`, exactly (no carry
/// crosses bytes: each byte's low seven bits plus 0x7f stay below 0x100).
#[inline(always)]
fn bytes_equal(x: u64, v: u8) -> u64 {
    let y = x ^ u64::from_le_bytes([v; 8]);
    !(((y & !HIGH_BITS) + !HIGH_BITS) | y) & HIGH_BITS
}

/// Each byte `v` of `x` as its high bit: whether `v` (taken below 0x80)
/// is at least `lo` (no carry crosses bytes: below 0x80 plus at most
/// 0x80 stays below 0x100).
#[inline(always)]
fn at_least(x: u64, lo: u8) -> u64 {
    ((x & !HIGH_BITS) + u64::from_le_bytes([0x80 - lo; 8])) & HIGH_BITS
}

/// The high bit of each byte of `x` that is an ASCII letter: with bit
/// 0x20 set (capitals lowered; of the other bytes only `@ [ \ ] ^ _`
/// move, and none lands on a letter) it lies in `a..=z`, and it is ASCII.
#[inline(always)]
fn letter_bytes(x: u64) -> u64 {
    let lowered = x | 0x2020_2020_2020_2020;
    at_least(lowered, b'a') & !at_least(lowered, b'z' + 1) & !x & HIGH_BITS
}

/// Whether `text[s..e]` stands on word boundaries: it is not glued to a
/// word character before its first or after its last word character.
pub fn on_word_boundaries(text: &str, s: usize, e: usize) -> bool {
    // ASCII at both ends and on both sides (nearly every match): the
    // characters are those bytes, and a character is a word character
    // exactly when the byte is an ASCII letter or digit.
    let b = text.as_bytes();
    if s < e
        && b[s].is_ascii()
        && b[e - 1].is_ascii()
        && (s == 0 || b[s - 1].is_ascii())
        && b.get(e).is_none_or(u8::is_ascii)
    {
        let glued_before =
            s > 0 && b[s].is_ascii_alphanumeric() && b[s - 1].is_ascii_alphanumeric();
        let glued_after =
            b.get(e).is_some_and(u8::is_ascii_alphanumeric) && b[e - 1].is_ascii_alphanumeric();
        return !glued_before && !glued_after;
    }
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let found = &text[s..e];
    let starts_word = found.chars().next().is_some_and(is_word_char);
    let ends_word = found.chars().next_back().is_some_and(is_word_char);
    let glued_before = starts_word && before.is_some_and(is_word_char);
    let glued_after = ends_word && after.is_some_and(is_word_char);
    !glued_before && !glued_after
}

/// `text` lowercased exactly as [`str::to_lowercase`] does, faster on
/// text that is ASCII but for a few characters (BBC News's "£"), where the
/// standard library, once past its ASCII prefix, goes a character at a
/// time: here ASCII runs are copied and lowered in place, and only the
/// other characters are mapped one by one. A capital sigma, whose
/// lowercase depends on its neighbours, sends the whole text to
/// [`str::to_lowercase`]. All-ASCII text (most wire copy) is lowered in
/// one pass (`str::is_ascii` reads it by words; the loop below would scan
/// it a byte at a time first: 66M instructions for 7,443 articles of the
/// shared corpora).
pub fn to_lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let at = out.len();
        out.push_str(&rest[..ascii]);
        out[at..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        match chars.next() {
            None => return out,
            Some('Σ') => return text.to_lowercase(),
            Some(c) => out.extend(c.to_lowercase()),
        }
        rest = chars.as_str();
    }
}

/// Word tokens of `text` (letters or digits), with offsets relative to `text`
/// plus `base` so callers can tokenise a sentence slice and keep article
/// offsets.
pub fn tokens(text: &str, base: usize) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    tokens_into(text, base, &mut out);
    out
}

/// [`tokens`] written into `out` (emptied first): a caller that
/// tokenises sentence after sentence reuses one buffer.
pub fn tokens_into<'a>(text: &'a str, base: usize, out: &mut Vec<Token<'a>>) {
    out.clear();
    if text.is_ascii() {
        // `_` runs with letters but makes no token alone: the byte loop
        // handles it; the masks, letters and digits only, the rest.
        if memchr::memchr(b'_', text.as_bytes()).is_some() {
            return ascii_tokens(text, base, out);
        }
        return ascii_tokens_masked(text, base, out);
    }
    out.extend(
        text.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(is_word_char))
            .map(|(p, w)| Token {
                text: w,
                start: base + p,
                end: base + p + w.len(),
            }),
    );
}

/// The same tokens as Unicode word segmentation (UAX #29) gives for ASCII
/// text, found with a byte scan: letters, digits and `_` run together;
/// `.`, `'` and `:` join letters ("U.S", "won't"); `.`, `'`, `,` and `;`
/// join digits ("1,200.5"). Most news text is ASCII, and this is several
/// times faster than the general segmenter.
fn ascii_tokens<'a>(text: &'a str, base: usize, out: &mut Vec<Token<'a>>) {
    let b = text.as_bytes();
    let class = |c: u8| ASCII_CLASS[usize::from(c)];
    // About one token per six bytes of news text: one allocation (none
    // when `out` is a reused buffer large enough), no regrowth.
    out.reserve(b.len() / 4 + 1);
    let mut i = 0;
    while i < b.len() {
        let c = class(b[i]);
        if c & WORDISH == 0 {
            i += 1;
            continue;
        }
        let start = i;
        // Whether the token holds a letter or digit (not only `_`): known
        // at its first byte but for a run opening with `_`, whose first
        // stretch is read again below; a join always holds one.
        let mut alnum = c & (ALPHA | DIGIT) != 0;
        let mut j = ascii_wordish_end(b, i + 1);
        if !alnum {
            alnum = b[i..j].iter().any(|&c| class(c) & (ALPHA | DIGIT) != 0);
        }
        while j + 1 < b.len() {
            let (prev, mid, next) = (class(b[j - 1]), b[j], class(b[j + 1]));
            let letters = prev & next & ALPHA != 0 && matches!(mid, b'.' | b'\'' | b':');
            let digits = prev & next & DIGIT != 0 && matches!(mid, b'.' | b'\'' | b',' | b';');
            if !(letters || digits) {
                break;
            }
            alnum = true;
            j = ascii_wordish_end(b, j + 2);
        }
        if alnum {
            out.push(Token {
                text: &text[start..j],
                start: base + start,
                end: base + j,
            });
        }
        i = j;
    }
}

/// [`ascii_tokens`] of an ASCII text with no `_`, where every run of
/// letters and digits is a token: the runs' starts and ends read from
/// [`byte_masks`] 64 bytes at a time (no loop step per byte between words
/// and no run-end search per word), the joins ("U.S", "1,200.5") tested as
/// there. Trigger sentences are tokenised by it (`Extractor::view`).
fn ascii_tokens_masked<'a>(text: &'a str, base: usize, out: &mut Vec<Token<'a>>) {
    let b = text.as_bytes();
    let class = |c: u8| ASCII_CLASS[usize::from(c)];
    out.reserve(b.len() / 4 + 1);
    let mut words = WordBits::default();
    let mut i = 0;
    while let Some(start) = words.next_start(b, i) {
        let mut j = words.run_end(b, start);
        // (Most runs end at a space: no join to test.)
        while j + 1 < b.len() && matches!(b[j], b'.' | b'\'' | b':' | b',' | b';') {
            let (prev, mid, next) = (class(b[j - 1]), b[j], class(b[j + 1]));
            let letters = prev & next & ALPHA != 0 && matches!(mid, b'.' | b'\'' | b':');
            let digits = prev & next & DIGIT != 0 && matches!(mid, b'.' | b'\'' | b',' | b';');
            if !(letters || digits) {
                break;
            }
            j = words.run_end(b, j + 2);
        }
        out.push(Token {
            text: &text[start..j],
            start: base + start,
            end: base + j,
        });
        i = j;
    }
}

/// Which bytes of a text are ASCII letters or digits, one 64-byte block
/// of [`byte_masks`] at a time, the block read when a position past the
/// last one is asked about ([`ascii_tokens_masked`]).
#[derive(Default)]
struct WordBits {
    /// The block's first byte.
    at: usize,
    /// Bit `k`: byte `at + k` is a letter or digit (none past the text).
    bits: u64,
    /// Whether a block has been read.
    read: bool,
}

impl WordBits {
    /// The bits of the bytes from `p` on within the block holding `p`
    /// (read from `p` when the current one does not), bit 0 for `p`, and
    /// how many of them lie in the block.
    #[inline]
    fn from(&mut self, b: &[u8], p: usize) -> (u64, usize) {
        if !self.read || p < self.at || p >= self.at + 64 {
            (self.at, self.bits, self.read) = (p, alnum_space_masks(b, p).0, true);
        }
        let off = p - self.at;
        (self.bits >> off, 64 - off)
    }

    /// The first letter or digit at or after `p`, if any.
    #[inline]
    fn next_start(&mut self, b: &[u8], mut p: usize) -> Option<usize> {
        while p < b.len() {
            let (w, _) = self.from(b, p);
            if w != 0 {
                return Some(p + w.trailing_zeros() as usize);
            }
            p = self.at + 64;
        }
        None
    }

    /// The end of the run of letters and digits from `p` (the text's
    /// length at the latest: no byte past it is one).
    #[inline]
    fn run_end(&mut self, b: &[u8], mut p: usize) -> usize {
        loop {
            let (w, valid) = self.from(b, p);
            let in_block = if valid == 64 {
                u64::MAX
            } else {
                (1u64 << valid) - 1
            };
            let others = !w & in_block;
            if others != 0 {
                return p + others.trailing_zeros() as usize;
            }
            p = self.at + 64;
        }
    }
}

/// [`ascii_tokens`]' byte classes: one table load per byte instead of
/// range compares.
const WORDISH: u8 = 1;
const ALPHA: u8 = 2;
const DIGIT: u8 = 4;
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_alphabetic() {
            t[c] = WORDISH | ALPHA;
        } else if b.is_ascii_digit() {
            t[c] = WORDISH | DIGIT;
        } else if b == b'_' {
            t[c] = WORDISH;
        }
        c += 1;
    }
    t
};

/// The end of a dateline ("GYEONGJU, South Korea – ", "TOKYO, March 3 - ",
/// "KUALA LUMPUR, Oct 26 — ", "GENEVA/SEOUL — ", "KAZAN (Russia): ",
/// "NEW DELHI: ") at the start of a sentence: words in capitals, perhaps a
/// bracketed note, then a dash or colon, or a comma and a dash within the
/// first 80 bytes; and text in lower case after it (a headline in capitals
/// is no dateline). Places named there say where the report was filed, not
/// where or between whom the event happened.
pub fn dateline_end(sentence: &str) -> Option<usize> {
    const DASHES: [&str; 4] = [" – ", " — ", " - ", " -- "];
    // Most sentences open with a word that is not in capitals, told by
    // its first two bytes: an ASCII first byte that is no capital (nor
    // `. / - '`), or a lowercase second ("The"). (The test below reads
    // the whole first word; asked of every sentence by `mentions`.)
    match sentence.as_bytes() {
        [first, ..]
            if first.is_ascii()
                && !(first.is_ascii_uppercase() || matches!(first, b'.' | b'/' | b'-' | b'\'')) =>
        {
            return None;
        }
        [_, second, ..] if second.is_ascii_lowercase() => return None,
        _ => {}
    }
    // The words in capitals ("KUALA LUMPUR", "JAKARTA/WASHINGTON").
    let mut head = 0;
    for (i, w) in sentence.split(' ').enumerate() {
        let word = w.trim_end_matches([',', ':']);
        let caps = !word.is_empty()
            && word.chars().any(char::is_uppercase)
            && word
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '/' | '-' | '\''));
        if !caps || i >= 4 {
            break;
        }
        head += usize::from(i > 0) + word.len();
        if word.len() < w.len() {
            break;
        }
    }
    if head < 3 {
        return None;
    }
    let mut at = head;
    // ("TOKYO (Kyodo) -- ", "WILMINGTON (Delaware): ")
    if let Some(rest) = sentence[at..].strip_prefix(" (")
        && let Some(close) = rest.find(')').filter(|&c| c <= 30)
    {
        at += 2 + close + 1;
    }
    let rest = &sentence[at..];
    let end = if let Some(d) = DASHES.iter().find(|d| rest.starts_with(*d)) {
        at + d.len()
    } else if rest.starts_with(": ") {
        at + 2
    } else if rest.starts_with(',') {
        let cut = (0..=sentence.len().min(80))
            .rev()
            .find(|&i| sentence.is_char_boundary(i))?;
        let head = &sentence[..cut];
        DASHES
            .iter()
            .filter_map(|d| head.find(d).map(|p| p + d.len()))
            .min()?
    } else {
        return None;
    };
    sentence[end..]
        .chars()
        .any(char::is_lowercase)
        .then_some(end)
}

#[cfg(test)]
mod tests {
    /// The SSE2 masks are the byte-by-byte ones, for every byte value in
    /// every lane, and past the end of the text no byte counts.
    #[test]
    fn the_block_masks_are_the_bytes_classes() {
        let all: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for at in 0..all.len() {
            let m = byte_masks(&all, at);
            let mut block = [0u8; 64];
            let rest = &all[at..];
            let n = rest.len().min(64);
            block[..n].copy_from_slice(&rest[..n]);
            assert_eq!(m, masks64_bytes(&block), "at {at}");
        }
    }

    /// The stop masks likewise; and the stops found from them are every
    /// `.`, `!`, `?` and line end, in order, from any starting byte.
    #[test]
    fn stops_are_found_from_the_masks() {
        let all: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for at in 0..all.len() {
            let mut block = [0u8; 64];
            let rest = &all[at..];
            let n = rest.len().min(64);
            block[..n].copy_from_slice(&rest[..n]);
            assert_eq!(stop_mask(&all, at), stops64_bytes(&block), "at {at}");
        }
        let text = "U.S. officials said.\nIt rose 1.5 pct!  Why?\n\n".repeat(9);
        let b = text.as_bytes();
        let is_stop = |c: &u8| matches!(c, b'.' | b'!' | b'?' | b'\n');
        for from in 0..=b.len() {
            let mut stops = Stops::new(b);
            let mut i = from;
            let mut got = Vec::new();
            while let Some(p) = stops.next_from(i) {
                got.push(p);
                i = p + 1;
            }
            let want: Vec<usize> = (from..b.len()).filter(|&k| is_stop(&b[k])).collect();
            assert_eq!(got, want, "from {from}");
        }
    }

    use super::*;

    /// (text, a word in it, on word boundaries?)
    const BOUNDARIES: &[(&str, &str, bool)] = &[
        ("imposed \u{201c}tariffs\u{201d} on", "tariffs", true),
        ("imposed \u{2018}tariffs\u{2019} on", "tariffs", true),
        ("tariffs\u{2014}a blow", "tariffs", true),
        ("tariffs \u{2013} a blow", "tariffs", true),
        ("tariffs\u{a0}on", "tariffs", true),
        ("imposed\u{a0}tariffs", "tariffs", true),
        ("Japan\u{2019}s tariffs", "Japan", true),
        ("Japan's tariffs", "Japan", true),
        ("anti-dumping duties", "dumping", true),
        ("anti-dumping duties", "anti", true),
        ("tariff\u{e9} on", "tariff", false),
        ("d\u{e9}tariff on", "tariff", false),
        ("tariffs2 on", "tariffs", false),
        ("\u{5173}\u{7a0e}tariffs", "tariffs", false),
    ];

    /// A dateline's end: one or more words in capitals, a bracketed note,
    /// a dash, a colon, or a comma and a dash; never a headline in capitals.
    /// The word-wide scan ends where a byte loop ends, for every byte
    /// value at every place of a chunk and past it.
    #[test]
    fn ascii_letter_runs_end_where_a_byte_loop_ends() {
        for c in 0..=255u8 {
            for at in 0..20 {
                let mut b = b"abcdefghijKLMNOPQRSTz9".to_vec();
                b.insert(at, c);
                for start in [0, 1, 3] {
                    let letters = (start..b.len())
                        .find(|&i| !b[i].is_ascii_alphabetic())
                        .unwrap_or(b.len());
                    assert_eq!(ascii_letters_end(&b, start), letters, "{c} at {at}");
                }
            }
        }
    }

    #[test]
    fn datelines_of_every_form() {
        let cases: &[(&str, Option<&str>)] = &[
            ("TOKYO, March 3 - Japan said", Some("Japan said")),
            ("LONDON – Britain pledged aid", Some("Britain pledged aid")),
            ("KUALA LUMPUR, Oct 26 — Leaders met", Some("Leaders met")),
            (
                "GENEVA/SEOUL, May 12 — The two sides met",
                Some("The two sides met"),
            ),
            ("KAZAN (Russia): Modi and Xi met", Some("Modi and Xi met")),
            (
                "TOKYO (Kyodo) -- Takaichi met Trump",
                Some("Takaichi met Trump"),
            ),
            ("NEW DELHI: India cut the duty", Some("India cut the duty")),
            ("JAPAN WILL NOT RETALIATE - OFFICIALS", None),
            ("U.S. TARIFFS: JAPAN TO ACT", None),
            ("U.S. officials - not all - agreed", None),
            ("Japan said on Monday - officials", None),
            ("'TOKYO - Japan said", Some("Japan said")),
            (" TOKYO - Japan said", None),
            ("tOKYO - Japan said", None),
            ("ÉVIAN – Leaders met", Some("Leaders met")),
        ];
        for &(text, rest) in cases {
            assert_eq!(dateline_end(text).map(|e| &text[e..]), rest, "{text:?}");
        }
    }

    #[test]
    fn one_word_boundary_for_every_script_and_punctuation() {
        for &(text, word, want) in BOUNDARIES {
            let s = text.find(word).unwrap();
            assert_eq!(
                on_word_boundaries(text, s, s + word.len()),
                want,
                "{text:?} / {word:?}"
            );
        }
    }

    #[test]
    fn tokens_split_at_typographic_punctuation() {
        let cases: &[(&str, &[&str])] = &[
            (
                "imposed \u{201c}tariffs\u{201d} on",
                &["imposed", "tariffs", "on"],
            ),
            ("tariffs\u{2014}a blow", &["tariffs", "a", "blow"]),
            ("tariffs\u{a0}on", &["tariffs", "on"]),
            ("Japan\u{2019}s tariffs", &["Japan\u{2019}s", "tariffs"]),
            ("Japan's tariffs", &["Japan's", "tariffs"]),
            ("anti-dumping duties", &["anti", "dumping", "duties"]),
            ("anti\u{2010}dumping duties", &["anti", "dumping", "duties"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = tokens(text, 0).iter().map(|t| t.text).collect();
            assert_eq!(&got, want, "{text:?}");
        }
    }

    #[test]
    fn blank_lines_do_not_count_towards_the_paragraph_decision() {
        let long = "x".repeat(130);
        let short = "Short wrapped line of wire copy";
        let cases = [
            // Long lines make a third of the text: paragraphs.
            (format!("{long}\n{short}\n{short}"), true),
            // Blank lines of any white space are skipped, not short lines.
            (
                format!("{long}\n \t\n\u{0b}\n\u{a0}\n{short}\n{short}"),
                true,
            ),
            (format!("{long}\n{short}\n{short}\n{short}"), false),
            // A line starting with white space but holding text counts.
            (format!("{long}\n{short}\n  {short}\n\u{a0}{short}"), false),
            // One line, or one overlong line: paragraphs.
            (short.to_string(), true),
            (
                format!("{}\n{short}\n{short}\n{short}", "y".repeat(260)),
                true,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(lines_are_paragraphs(&text), want, "{text:?}");
        }
    }

    fn texts(text: &str) -> Vec<&str> {
        split_sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn wire_copy_hard_wraps_are_not_boundaries() {
        let t = "Japan said it would\ncut tariffs on 20 items.\n    The U.S. welcomed\nthe move.";
        assert_eq!(
            texts(t),
            vec![
                "Japan said it would\ncut tariffs on 20 items.",
                "The U.S. welcomed\nthe move."
            ]
        );
    }

    #[test]
    fn headline_lines_stand_alone_in_wire_copy() {
        let t = "JAPAN PLEDGES 1.5 BLN DLRS\nJapan pledged 1.5 bln dlrs in\nnew loans to Mexico.";
        assert_eq!(
            texts(t),
            vec![
                "JAPAN PLEDGES 1.5 BLN DLRS",
                "Japan pledged 1.5 bln dlrs in\nnew loans to Mexico."
            ]
        );
        let t =
            "Japan Pledges Loans To Mexico\nJapan pledged 1.5 bln dlrs in\nnew loans to Mexico.";
        assert_eq!(texts(t).len(), 2);
        let t = "Japan pledged 1.5 bln dlrs in\nnew loans to Mexico.";
        assert_eq!(texts(t).len(), 1);
    }

    #[test]
    fn bullet_items_stand_alone_in_wrapped_text() {
        let t = "The deal includes:\n• $15 billion of U.S. energy\n• 50 Boeing jets, many of\nthem 777s";
        assert_eq!(
            texts(t),
            vec![
                "The deal includes:",
                "• $15 billion of U.S. energy",
                "• 50 Boeing jets, many of\nthem 777s"
            ]
        );
    }

    #[test]
    fn one_overlong_line_does_not_make_wire_copy_prose() {
        // Two wrapped lines run together (as in Reuters r12737) make one
        // line of 121 bytes; the other lines are still hard wraps.
        let t = "Agriculture Minister Mutsuki Kato said he\n\
                 will meet U.S. Agriculture Secretary Richard Lyng here on April\n\
                 17 and 20 to discuss bilateral farm trade issues.\n    \
                 Kato told reporters after a cabinet meeting all topics ofconcern to the U.S. would be discussed, such as beef\n\
                 and oranges.";
        assert_eq!(
            texts(t)[0],
            "Agriculture Minister Mutsuki Kato said he\nwill meet U.S. Agriculture Secretary Richard Lyng here on April\n17 and 20 to discuss bilateral farm trade issues."
        );
        // Prose with long paragraph lines still splits at every newline.
        let p = "Ministers met in Brussels on Monday to discuss the budget for the next seven years and the rebate, officials in London and Paris said\nThe talks continue.";
        assert_eq!(texts(p).len(), 2);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let t = "Mr. Baker met S. Korean officials in the U.S. capital. They agreed.";
        assert_eq!(
            texts(t),
            vec![
                "Mr. Baker met S. Korean officials in the U.S. capital.",
                "They agreed."
            ]
        );
    }

    #[test]
    fn wire_units_before_a_period_end_the_sentence() {
        // Reuters writes units without a period ("500 mln dlrs", "5 pct"),
        // so a period after one is the sentence's end.
        for (text, first) in [
            (
                "Japan will give aid worth 500 mln dlrs. The U.S. and Japan will hold talks.",
                "Japan will give aid worth 500 mln dlrs.",
            ),
            (
                "Imports rose 5.2 pct. Analysts had expected a smaller rise.",
                "Imports rose 5.2 pct.",
            ),
            (
                "The fund now holds 3.4 bln. It plans to lend more next year.",
                "The fund now holds 3.4 bln.",
            ),
            (
                "Output was 1.2 mln. In March it was lower.",
                "Output was 1.2 mln.",
            ),
        ] {
            let got = texts(text);
            assert_eq!(got.len(), 2, "{text}");
            assert_eq!(got[0], first);
        }
    }

    #[test]
    fn dotted_abbreviation_before_sentence_starter_ends_sentence() {
        let t = "Companies may hesitate to invest in the U.S. Some worry about visas.";
        assert_eq!(texts(t).len(), 2);
    }

    /// Wire copy capitalises the word after "U.S." mid-sentence: "And"
    /// there joins a list, it opens no sentence.
    #[test]
    fn capitalised_and_after_a_dotted_abbreviation_continues_the_sentence() {
        for t in [
            "Months before the report was issued, U.S. And EC business leaders met their Japanese colleagues.",
            "Trade between the U.S. And Japan grew last year, officials said.",
        ] {
            assert_eq!(texts(t).len(), 1, "{t}");
        }
    }

    fn unicode_tokens(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(|c| c.is_alphanumeric()))
            .collect()
    }

    proptest::proptest! {
        /// [`to_lowercase`] is [`str::to_lowercase`], byte for byte,
        /// on ASCII mixed with letters whose lowercase is longer, shorter
        /// or context-dependent (the final sigma).
        #[test]
        fn to_lowercase_is_the_standard_one(text in "[a-zA-Z £ÉİẞΣσΑ'.\\-]{0,30}") {
            proptest::prop_assert_eq!(to_lowercase(&text), text.to_lowercase());
        }

        /// The ASCII fast path gives exactly what UAX #29 gives.
        #[test]
        fn ascii_tokens_match_unicode_segmentation(text in "[a-zA-Z0-9_.,;:' \\-\\n\"()$%&]{0,40}") {
            let fast: Vec<(usize, &str)> =
                fast_tokens(&text).iter().map(|t| (t.start, t.text)).collect();
            proptest::prop_assert_eq!(fast, unicode_tokens(&text));
        }
    }

    /// [`ascii_tokens`] of `t` from offset 0, in a new buffer.
    fn fast_tokens(t: &str) -> Vec<Token<'_>> {
        let mut out = Vec::new();
        ascii_tokens(t, 0, &mut out);
        out
    }

    /// The masked scan cuts what the byte loop cuts, on the repository's
    /// articles, the shared corpora (`NEWSEVENTS_SHARED`) and random text
    /// around 64-byte block ends.
    #[test]
    fn masked_ascii_tokens_cut_as_the_byte_loop() {
        let mut texts = crate::test_texts::lines_of(&crate::test_texts::files_with_shared(&[
            "corpus/modern",
            "corpus/articles",
            "corpus",
        ]));
        let pieces = [
            "U.S.", "a", "Bank", "1,200.5", "3.5", "12.", ".5", "won't", "x'y", "''", "a..b", " ",
            "  ", "\n", "-", ",", ";", ":", "12:30", "A.B.C.", "(", "$", "%", "mln", "1;2",
            "dlrs.", "G7",
        ];
        texts.extend(crate::test_texts::made_up(&pieces, 7, 5000, 190));
        let mut cut = 0;
        for t in texts.iter().filter(|t| t.is_ascii() && !t.contains('_')) {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            ascii_tokens_masked(t, 3, &mut a);
            ascii_tokens(t, 3, &mut b);
            let show = |v: &[Token]| -> Vec<(usize, usize, String)> {
                v.iter()
                    .map(|k| (k.start, k.end, k.text.to_string()))
                    .collect()
            };
            assert_eq!(show(&a), show(&b), "{t:?}");
            cut += a.len();
        }
        assert!(cut > 100_000, "{cut}");
    }

    #[test]
    fn ascii_tokens_match_on_wire_forms() {
        for t in [
            "U.S. TO IMPOSE 100 PCT TARIFFS",
            "won't meet in 1,200.5 mln dlrs; 3.5m_x a.1 1.a",
            "AT&T's C$3.2 bln 12:30 A.B.C. x'y '' a..b 1,,2",
        ] {
            let fast: Vec<(usize, &str)> =
                fast_tokens(t).iter().map(|k| (k.start, k.text)).collect();
            assert_eq!(fast, unicode_tokens(t), "{t}");
        }
    }
}
