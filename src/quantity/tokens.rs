//! The quantity tokenizer: numbers (with thousands groups and decimals),
//! words and single symbols, each with byte offsets.

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

pub(crate) fn tokenize(text: &str, out: &mut Vec<Tok>) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        let c = b[i];
        if c < 0x80 {
            if c.is_ascii_whitespace() {
                i += 1;
            } else if c.is_ascii_digit() {
                let s = i;
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
                out.push(Tok {
                    start: s,
                    end: i,
                    kind: TK::Num,
                });
            } else if c.is_ascii_alphabetic() {
                let s = i;
                i = word_end(text, i);
                out.push(Tok {
                    start: s,
                    end: i,
                    kind: TK::Word,
                });
            } else {
                out.push(Tok {
                    start: i,
                    end: i + 1,
                    kind: TK::Sym(c as char),
                });
                i += 1;
            }
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            let l = ch.len_utf8();
            if ch.is_whitespace() {
                i += l;
            } else if ch.is_alphabetic() {
                let s = i;
                i = word_end(text, i);
                out.push(Tok {
                    start: s,
                    end: i,
                    kind: TK::Word,
                });
            } else {
                out.push(Tok {
                    start: i,
                    end: i + l,
                    kind: TK::Sym(ch),
                });
                i += l;
            }
        }
    }
}

/// End of the run of alphabetic characters starting at `i`.
pub(crate) fn word_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c.is_ascii_alphabetic() {
                i += 1;
            } else {
                break;
            }
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            if ch.is_alphabetic() {
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
    pub(crate) buf: [u8; 24],
    pub(crate) len: usize,
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

    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}
