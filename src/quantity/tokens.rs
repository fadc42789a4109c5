//! The quantity tokenizer: numbers (with thousands groups and decimals),
//! words and single symbols, each with byte offsets. A word is a run of
//! [`segment::is_letter`] characters: the pipeline's one word boundary,
//! cut also where a digit starts a figure.

use crate::segment;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TK {
    Num,
    Word,
    Sym(char),
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: TK,
}

#[cfg(test)]
pub(crate) fn tokenize(text: &str, out: &mut Vec<Tok>) {
    tokenize_marking(text, out, &mut Vec::new(), |_| false);
}

/// Cuts `text` into `out` as [`tokenize`] does, and puts in `anchors` the
/// index of every token `anchor` holds true of, tested as it is cut (its
/// bytes still at hand): the recogniser's anchors, without a second pass
/// over the tokens.
///
/// The bytes where a token may start (the first of a run of ASCII letters
/// or of digits, and every byte that is neither nor a space) are read from
/// [`segment::byte_masks`] 64 bytes at a time, and an ASCII word's end
/// from the letters' mask when it lies in the block: no loop step per
/// space and no run-end search per word. Bytes a token took in (a
/// number's groups, a character's later bytes) are passed over.
#[inline(always)]
pub(crate) fn tokenize_marking(
    text: &str,
    out: &mut Vec<Tok>,
    anchors: &mut Vec<u32>,
    mut anchor: impl FnMut(&Tok) -> bool,
) {
    let b = text.as_bytes();
    let n = b.len();
    // Bytes before `i` are cut.
    let mut i = 0;
    let mut base = 0;
    // Whether the byte before the block is a letter, a digit.
    let (mut after_letter, mut after_digit) = (0u64, 0u64);
    while base < n {
        let m = segment::byte_masks(b, base);
        let valid = match n - base {
            r if r >= 64 => u64::MAX,
            r => (1 << r) - 1,
        };
        let word_starts = m.letter & !((m.letter << 1) | after_letter);
        let number_starts = m.digit & !((m.digit << 1) | after_digit);
        let others = !m.letter & !m.digit & !m.space & valid;
        after_letter = m.letter >> 63;
        after_digit = m.digit >> 63;
        let mut visit = word_starts | number_starts | others;
        // Each branch cuts one token (or skips white space) and the token
        // is pushed and tested in one place: with one call site, `anchor`
        // is inlined.
        while visit != 0 {
            let k = visit.trailing_zeros() as usize;
            visit &= visit - 1;
            let s = base + k;
            if s < i {
                continue;
            }
            let c = b[s];
            let kind = if c < 0x80 {
                if m.letter >> k & 1 == 1 {
                    let rest = !m.letter >> k;
                    i = if rest != 0 {
                        s + rest.trailing_zeros() as usize
                    } else {
                        segment::ascii_letters_end(b, base + 64)
                    };
                    if i < n && b[i] >= 0x80 {
                        i = word_end_from(text, i);
                    }
                    TK::Word
                } else if c.is_ascii_whitespace() {
                    i = s + 1;
                    continue;
                } else if c.is_ascii_digit() {
                    i = figure_end(b, s);
                    TK::Num
                } else {
                    i = s + 1;
                    TK::Sym(c as char)
                }
            } else {
                let ch = text[s..].chars().next().unwrap_or(' ');
                let l = ch.len_utf8();
                if ch.is_whitespace() {
                    i = s + l;
                    continue;
                } else if segment::is_letter(ch) {
                    i = word_end(text, s);
                    TK::Word
                } else {
                    i = s + l;
                    TK::Sym(ch)
                }
            };
            let t = Tok {
                start: s,
                end: i,
                kind,
            };
            if anchor(&t) {
                anchors.push(out.len() as u32);
            }
            out.push(t);
        }
        base += 64;
    }
}

/// [`tokenize_marking`] a byte at a time, as it was before the masks:
/// what it must cut.
#[cfg(test)]
fn tokenize_marking_bytes(
    text: &str,
    out: &mut Vec<Tok>,
    anchors: &mut Vec<u32>,
    mut anchor: impl FnMut(&Tok) -> bool,
) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    // Each branch cuts one token (or skips white space) and the token is
    // pushed and tested in one place: with one call site, `anchor` is
    // inlined.
    while i < n {
        let c = b[i];
        let s = i;
        let kind = if c < 0x80 {
            if c.is_ascii_alphabetic() {
                i = word_end(text, i);
                TK::Word
            } else if c.is_ascii_whitespace() {
                i += 1;
                continue;
            } else if c.is_ascii_digit() {
                i = figure_end(b, i);
                TK::Num
            } else {
                i += 1;
                TK::Sym(c as char)
            }
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            let l = ch.len_utf8();
            if ch.is_whitespace() {
                i += l;
                continue;
            } else if segment::is_letter(ch) {
                i = word_end(text, i);
                TK::Word
            } else {
                i += l;
                TK::Sym(ch)
            }
        };
        let t = Tok {
            start: s,
            end: i,
            kind,
        };
        if anchor(&t) {
            anchors.push(out.len() as u32);
        }
        out.push(t);
    }
}

/// The end of the figure that starts at the digit at `i`: its digits,
/// thousands groups ",ddd" not followed by another digit, and a decimal
/// part.
fn figure_end(b: &[u8], mut i: usize) -> usize {
    let n = b.len();
    while i < n && b[i].is_ascii_digit() {
        i += 1;
    }
    while b.get(i) == Some(&b',')
        && b.get(i + 1..i + 4)
            .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
        && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
    {
        i += 4;
    }
    if i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_digit() {
        i += 1;
        while i < n && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    i
}

/// End of the run of [`segment::is_letter`] characters starting at `i`.
/// (Always inlined: called for nearly every word of the text, its call
/// cost as much as its loop.)
#[inline(always)]
pub(crate) fn word_end(text: &str, mut i: usize) -> usize {
    // ASCII letters first, eight at a time: nearly every word.
    let b = text.as_bytes();
    i = segment::ascii_letters_end(b, i);
    if i < b.len() && b[i] >= 0x80 {
        word_end_from(text, i)
    } else {
        i
    }
}

/// [`word_end`] from byte `i` on, any characters.
fn word_end_from(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if segment::is_letter(c as char) {
                i += 1;
            } else {
                break;
            }
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            if segment::is_letter(ch) {
                i += ch.len_utf8();
            } else {
                break;
            }
        }
    }
    i
}

/// A lowercase copy of a short ASCII word, kept on the stack.
#[derive(Clone, Copy)]
pub(crate) struct Lc {
    /// ASCII bytes only (see [`Lc::as_str`]): private, so only
    /// [`Lc::new`] writes them.
    buf: [u8; 24],
    len: usize,
}

impl Lc {
    pub(crate) const EMPTY: Lc = Lc {
        buf: [0; 24],
        len: 0,
    };

    pub(crate) fn new(s: &str) -> Lc {
        if s.len() > 24 || !s.is_ascii() {
            return Lc::EMPTY;
        }
        let mut buf = [0u8; 24];
        for (d, c) in buf.iter_mut().zip(s.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        Lc { buf, len: s.len() }
    }

    /// The lowercase word. (Asked many times per figure: validating the
    /// bytes as UTF-8 each time was 2% of `mentions`.)
    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        let b = &self.buf[..self.len];
        debug_assert!(b.is_ascii());
        // SAFETY: `Lc::new` fills `buf` from an ASCII string, lowercased
        // (still ASCII), and nothing else writes it (private fields); ASCII
        // is valid UTF-8.
        unsafe { std::str::from_utf8_unchecked(b) }
    }
}

/// A lowercase copy of a word or compound ("U.S.", "part-time"): on the
/// stack ([`Lc`]) when it is short ASCII, as nearly all are, else a
/// `String` (`to_ascii_lowercase`). Asked for every number not followed by
/// a unit, where a `String` each was an allocation per number.
pub(crate) enum LcText {
    Short(Lc),
    Long(String),
}

impl LcText {
    pub(crate) fn new(s: &str) -> LcText {
        if s.len() <= 24 && s.is_ascii() {
            LcText::Short(Lc::new(s))
        } else {
            LcText::Long(s.to_ascii_lowercase())
        }
    }

    /// The lowercase text.
    pub(crate) fn as_str(&self) -> &str {
        match self {
            LcText::Short(lc) => lc.as_str(),
            LcText::Long(s) => s,
        }
    }
}

pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of `text` as written, words marked `w:`, numbers `n:`.
    fn show(text: &str) -> Vec<String> {
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        toks.iter()
            .map(|t| {
                let s = &text[t.start..t.end];
                match t.kind {
                    TK::Word => format!("w:{s}"),
                    TK::Num => format!("n:{s}"),
                    TK::Sym(_) => s.to_string(),
                }
            })
            .collect()
    }

    /// Words end on the pipeline's one word boundary: typographic quotes,
    /// dashes, no-break spaces and apostrophes stand between words; a digit
    /// starts a figure; letters of any script continue a word.
    /// The masked tokenizer cuts what the byte loop it replaced cut, with
    /// the same anchors, on the repository's articles, the shared corpora
    /// (`NEWSEVENTS_SHARED`) and random text around 64-byte block ends.
    #[test]
    fn the_masked_tokenizer_cuts_as_the_byte_loop() {
        let mut texts = crate::test_texts::lines_of(&crate::test_texts::files_with_shared(&[
            "corpus/modern",
            "corpus/articles",
            "corpus",
        ]));
        let pieces = [
            "1,200", "1,2345", "3.5", "12.", ".5", "US", "dlrs", "a", "é", "détenus", "€", "£",
            "\u{a0}", "\u{202f}", " ", "  ", "\n", "\t", "-", "—", "’s", "x_y", "G7", "5bn", "млн",
            "中", "½", "Ⅻ", ",", "000", "9",
        ];
        texts.extend(crate::test_texts::made_up(&pieces, 11, 5000, 190));
        let show = |toks: &[Tok]| -> Vec<(usize, usize, TK)> {
            toks.iter().map(|t| (t.start, t.end, t.kind)).collect()
        };
        // An anchor test that reads the token's bytes, as the recogniser's does.
        fn mark(text: &str) -> impl FnMut(&Tok) -> bool + '_ {
            move |t: &Tok| {
                t.kind == TK::Num
                    || text.as_bytes()[t.start..t.end]
                        .first()
                        .is_some_and(|&c| c == b'a' || c == b'D' || c >= 0x80)
            }
        }
        let mut cut = 0;
        for t in &texts {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            let (mut x, mut y) = (Vec::new(), Vec::new());
            tokenize_marking(t, &mut a, &mut x, mark(t));
            tokenize_marking_bytes(t, &mut b, &mut y, mark(t));
            assert_eq!(show(&a), show(&b), "{t:?}");
            assert_eq!(x, y, "{t:?}");
            cut += a.len();
        }
        assert!(cut > 100_000, "{cut}");
    }

    #[test]
    fn words_end_on_the_shared_boundary() {
        let cases: &[(&str, &[&str])] = &[
            ("“25 pct” duty", &["“", "n:25", "w:pct", "”", "w:duty"]),
            ("‘tariffs’", &["‘", "w:tariffs", "’"]),
            ("«5 mln»", &["«", "n:5", "w:mln", "»"]),
            ("5 pct—a record", &["n:5", "w:pct", "—", "w:a", "w:record"]),
            ("5 pct – a", &["n:5", "w:pct", "–", "w:a"]),
            ("5\u{a0}mln\u{202f}dlrs", &["n:5", "w:mln", "w:dlrs"]),
            ("Japan’s 5", &["w:Japan", "’", "w:s", "n:5"]),
            ("Japan's", &["w:Japan", "'", "w:s"]),
            ("anti-dumping", &["w:anti", "-", "w:dumping"]),
            ("$5bn", &["$", "n:5", "w:bn"]),
            ("USD34.6m", &["w:USD", "n:34.6", "w:m"]),
            ("1,200 détenus", &["n:1,200", "w:détenus"]),
            ("€5 млн", &["€", "n:5", "w:млн"]),
            ("x_y", &["w:x", "_", "w:y"]),
        ];
        for (text, want) in cases {
            assert_eq!(show(text), *want, "{text:?}");
        }
    }

    /// Every character the tokenizer puts in a word is a word character of
    /// the shared boundary, and every non-digit word character is one.
    #[test]
    fn the_word_scan_is_the_shared_predicate() {
        let sample = "aZé ß Ж 中 ٣ ² ½ 5 _ ' ’ - – — “ ” « » \u{a0} \u{202f} . , $ € % Ⅻ";
        for c in sample.chars() {
            let s = c.to_string();
            let mut toks = Vec::new();
            tokenize(&s, &mut toks);
            let is_word = toks.first().is_some_and(|t| t.kind == TK::Word);
            assert_eq!(
                is_word,
                crate::segment::is_word_char(c) && !c.is_numeric(),
                "{c:?}"
            );
        }
    }
}
