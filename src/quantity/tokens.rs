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
#[inline(always)]
pub(crate) fn tokenize_marking(
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
                while i < n && b[i].is_ascii_digit() {
                    i += 1;
                }
                // thousands groups ",ddd" not followed by another digit
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
