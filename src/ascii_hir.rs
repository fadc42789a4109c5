//! A rule pattern's form for plain text: its syntax tree with every class
//! cut to its ASCII members and the [`PLAIN_CHARS`] it holds, every
//! literal with another character past ASCII made a failure (it cannot
//! occur in such text), and Unicode word boundaries made ASCII ones (the
//! plain characters are no word characters, so on such text the two are
//! the same). Over ASCII text, and over text whose characters past ASCII
//! are plain ones ([`plain_safe`]), it matches exactly what the pattern
//! matches, from a much smaller automaton. Shared by the library
//! (`rules.rs`) and `build.rs`, which compiles the embedded rules'
//! patterns in this form to dense DFAs.

use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
    Look, Repetition,
};

/// The characters past ASCII that a pattern's form keeps: the currency
/// signs, quotes, dashes and spaces of news text (the "£" of most British
/// stories, curly apostrophes), none of them a word character (a test
/// checks), sorted. On text whose other characters are ASCII, a sentence
/// with one of these is searched with the form, not with the pattern as
/// written, whose Unicode automaton was compiled at run time.
pub const PLAIN_CHARS: &[char] = &[
    '\u{a0}',   // no-break space
    '\u{a3}',   // £
    '\u{a5}',   // ¥
    '\u{2013}', // en dash
    '\u{2014}', // em dash
    '\u{2018}', // left single quote
    '\u{2019}', // right single quote, apostrophe
    '\u{201c}', // left double quote
    '\u{201d}', // right double quote
    '\u{2022}', // bullet
    '\u{2026}', // ellipsis
    '\u{20a9}', // won sign
    '\u{20ac}', // euro sign
    '\u{20b9}', // rupee sign
];

/// Whether `c` is one of [`PLAIN_CHARS`].
pub fn is_plain(c: char) -> bool {
    PLAIN_CHARS.binary_search(&c).is_ok()
}

/// Whether the form of `hir` (as written) also stands for it on text
/// with [`PLAIN_CHARS`]: when the form matches no empty string (an empty
/// match of it could fall inside a character's bytes, where the
/// pattern's cannot) and `hir` has no class of bytes past ASCII (the form
/// keeps no such byte).
pub fn plain_safe(hir: &Hir) -> bool {
    !empty_matches(hir) && !wide_bytes(hir)
}

/// Whether the form of `hir` may match the empty string: only if `hir`
/// may (the form matches no string `hir` cannot), which its least match
/// length tells (`None`: it matches nothing; a branch the form cuts
/// away, such as a word with an "é", does not count here as in the
/// form's own length).
fn empty_matches(hir: &Hir) -> bool {
    hir.properties().minimum_len() == Some(0)
}

/// Whether `hir` holds a class of bytes past ASCII.
fn wide_bytes(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Class(Class::Bytes(c)) => c.iter().any(|r| r.end() > 0x7f),
        HirKind::Repetition(r) => wide_bytes(&r.sub),
        HirKind::Capture(c) => wide_bytes(&c.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(wide_bytes),
        _ => false,
    }
}

/// ASCII and [`PLAIN_CHARS`], as a class.
fn plain_class() -> ClassUnicode {
    let mut ranges = vec![ClassUnicodeRange::new('\0', '\x7f')];
    ranges.extend(PLAIN_CHARS.iter().map(|&c| ClassUnicodeRange::new(c, c)));
    ClassUnicode::new(ranges)
}

/// `hir` as it matches on plain text (see the module comment).
pub fn ascii_form(hir: &Hir) -> Hir {
    form(hir, &plain_class())
}

/// [`ascii_form`], with `plain`: [`plain_class`].
fn form(hir: &Hir, plain: &ClassUnicode) -> Hir {
    match hir.kind() {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(lit)
            if std::str::from_utf8(&lit.0)
                .is_ok_and(|s| s.chars().all(|c| c.is_ascii() || is_plain(c))) =>
        {
            Hir::literal(lit.0.clone())
        }
        HirKind::Literal(_) => Hir::fail(),
        HirKind::Class(Class::Unicode(c)) => {
            let mut c = c.clone();
            c.intersect(plain);
            Hir::class(Class::Unicode(c))
        }
        HirKind::Class(Class::Bytes(c)) => Hir::class(Class::Bytes(ClassBytes::new(
            c.iter()
                .filter(|r| r.start() <= 0x7f)
                .map(|r| ClassBytesRange::new(r.start(), r.end().min(0x7f))),
        ))),
        HirKind::Look(look) => Hir::look(ascii_look(*look)),
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            min: r.min,
            max: r.max,
            greedy: r.greedy,
            sub: Box::new(form(&r.sub, plain)),
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            index: c.index,
            name: c.name.clone(),
            sub: Box::new(form(&c.sub, plain)),
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(|h| form(h, plain)).collect()),
        HirKind::Alternation(subs) => {
            Hir::alternation(subs.iter().map(|h| form(h, plain)).collect())
        }
    }
}

/// A look-around assertion's ASCII form: word boundaries over ASCII word
/// characters, which on ASCII text are the Unicode ones (and on plain
/// text too: a plain character is no word character, nor are its bytes).
fn ascii_look(look: Look) -> Look {
    match look {
        Look::WordUnicode => Look::WordAscii,
        Look::WordUnicodeNegate => Look::WordAsciiNegate,
        Look::WordStartUnicode => Look::WordStartAscii,
        Look::WordEndUnicode => Look::WordEndAscii,
        Look::WordStartHalfUnicode => Look::WordStartHalfAscii,
        Look::WordEndHalfUnicode => Look::WordEndHalfAscii,
        other => other,
    }
}

/// The non-ASCII characters the pattern `hir` (as written) can match, for
/// the library's check that its form stands for it on a text: those it
/// names ([`non_ascii_chars`]), or every one when its form can match the
/// empty string.
pub fn alphabet(hir: &Hir) -> Vec<(u32, u32)> {
    if empty_matches(hir) {
        vec![(0x80, 0x10_FFFF)]
    } else {
        non_ascii_chars(hir)
    }
}

/// The non-ASCII characters `hir` names in its literals and classes, as
/// sorted, merged ranges of code points (a class of bytes past ASCII
/// counts as every one): on text whose non-ASCII characters are none of
/// these and no word characters, the pattern and its ASCII form match
/// alike (no match can take in such a character, and word boundaries see
/// it as the ASCII form sees its bytes, a non-word).
pub fn non_ascii_chars(hir: &Hir) -> Vec<(u32, u32)> {
    let mut ranges = Vec::new();
    collect_non_ascii(hir, &mut ranges);
    ranges.sort_unstable();
    let mut merged: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match merged.last_mut() {
            Some(last) if s <= last.1.saturating_add(1) => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// [`non_ascii_chars`], unsorted, into `out`.
fn collect_non_ascii(hir: &Hir, out: &mut Vec<(u32, u32)>) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(lit) => {
            let chars = String::from_utf8_lossy(&lit.0);
            out.extend(
                chars
                    .chars()
                    .filter(|c| !c.is_ascii())
                    .map(|c| (u32::from(c), u32::from(c))),
            );
        }
        HirKind::Class(Class::Unicode(c)) => out.extend(
            c.iter()
                .filter(|r| r.end() > '\x7f')
                .map(|r| (u32::from(r.start()).max(0x80), u32::from(r.end()))),
        ),
        HirKind::Class(Class::Bytes(c)) => {
            if c.iter().any(|r| r.end() > 0x7f) {
                out.push((0x80, 0x10_FFFF));
            }
        }
        HirKind::Repetition(r) => collect_non_ascii(&r.sub, out),
        HirKind::Capture(c) => collect_non_ascii(&c.sub, out),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            for s in subs {
                collect_non_ascii(s, out);
            }
        }
    }
}

/// A syntax tree as numbers, for `build.rs` to embed a pattern's form
/// that the library then rebuilds with [`decode`] instead of parsing a
/// pattern: a node's tag, then its fields, then its children. Parsing
/// the case-insensitive pattern again (or its form printed out) was most
/// of compiling a form at run time.
#[allow(dead_code)] // (build.rs's, and the library's tests')
pub fn encode(hir: &Hir, out: &mut Vec<u32>) {
    match hir.kind() {
        HirKind::Empty => out.push(0),
        HirKind::Literal(lit) => {
            out.extend([1, lit.0.len() as u32]);
            out.extend(lit.0.iter().map(|&b| u32::from(b)));
        }
        HirKind::Class(Class::Unicode(c)) => {
            out.extend([2, c.ranges().len() as u32]);
            for r in c.iter() {
                out.extend([u32::from(r.start()), u32::from(r.end())]);
            }
        }
        HirKind::Class(Class::Bytes(c)) => {
            out.extend([3, c.ranges().len() as u32]);
            for r in c.iter() {
                out.extend([u32::from(r.start()), u32::from(r.end())]);
            }
        }
        HirKind::Look(look) => out.extend([4, look.as_repr()]),
        HirKind::Repetition(r) => {
            out.extend([5, r.min, r.max.unwrap_or(u32::MAX), u32::from(r.greedy)]);
            encode(&r.sub, out);
        }
        HirKind::Capture(c) => {
            out.extend([6, c.index]);
            match &c.name {
                Some(name) => {
                    out.push(name.len() as u32 + 1);
                    out.extend(name.bytes().map(u32::from));
                }
                None => out.push(0),
            }
            encode(&c.sub, out);
        }
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            let tag = if matches!(hir.kind(), HirKind::Concat(_)) {
                7
            } else {
                8
            };
            out.extend([tag, subs.len() as u32]);
            for s in subs {
                encode(s, out);
            }
        }
    }
}

/// The syntax tree [`encode`] wrote at the start of `code`, and the rest
/// of `code`; `None` when `code` is no such tree.
#[allow(dead_code)] // (the library's)
pub fn decode(code: &[u32]) -> Option<(Hir, &[u32])> {
    let (&tag, rest) = code.split_first()?;
    let char_of = |c: u32| char::from_u32(c);
    let byte_of = |b: u32| u8::try_from(b).ok();
    Some(match tag {
        0 => (Hir::empty(), rest),
        1 => {
            let (&n, rest) = rest.split_first()?;
            let bytes: Option<Vec<u8>> = rest
                .get(..n as usize)?
                .iter()
                .map(|&b| byte_of(b))
                .collect();
            (Hir::literal(bytes?), &rest[n as usize..])
        }
        2 | 3 => {
            let (&n, rest) = rest.split_first()?;
            let pairs = rest.get(..2 * n as usize)?;
            let class = if tag == 2 {
                let ranges: Option<Vec<ClassUnicodeRange>> = pairs
                    .chunks(2)
                    .map(|p| Some(ClassUnicodeRange::new(char_of(p[0])?, char_of(p[1])?)))
                    .collect();
                Class::Unicode(ClassUnicode::new(ranges?))
            } else {
                let ranges: Option<Vec<ClassBytesRange>> = pairs
                    .chunks(2)
                    .map(|p| Some(ClassBytesRange::new(byte_of(p[0])?, byte_of(p[1])?)))
                    .collect();
                Class::Bytes(ClassBytes::new(ranges?))
            };
            (Hir::class(class), &rest[2 * n as usize..])
        }
        4 => {
            let (&look, rest) = rest.split_first()?;
            (Hir::look(Look::from_repr(look)?), rest)
        }
        5 => {
            let [min, max, greedy] = *rest.get(..3)? else {
                return None;
            };
            let (sub, rest) = decode(&rest[3..])?;
            let max = (max != u32::MAX).then_some(max);
            let greedy = greedy != 0;
            let sub = Box::new(sub);
            (
                Hir::repetition(Repetition {
                    min,
                    max,
                    greedy,
                    sub,
                }),
                rest,
            )
        }
        6 => {
            let [index, len] = *rest.get(..2)? else {
                return None;
            };
            let rest = &rest[2..];
            let (name, rest) = match len {
                0 => (None, rest),
                n => {
                    let bytes: Option<Vec<u8>> = rest
                        .get(..n as usize - 1)?
                        .iter()
                        .map(|&b| byte_of(b))
                        .collect();
                    let name = String::from_utf8(bytes?).ok()?;
                    (Some(name.into_boxed_str()), &rest[n as usize - 1..])
                }
            };
            let (sub, rest) = decode(rest)?;
            let sub = Box::new(sub);
            (Hir::capture(Capture { index, name, sub }), rest)
        }
        7 | 8 => {
            let (&n, mut rest) = rest.split_first()?;
            let mut subs = Vec::with_capacity(n as usize);
            for _ in 0..n {
                let (sub, more) = decode(rest)?;
                subs.push(sub);
                rest = more;
            }
            let hir = if tag == 7 {
                Hir::concat(subs)
            } else {
                Hir::alternation(subs)
            };
            (hir, rest)
        }
        _ => return None,
    })
}

/// The words, lowercase, one of which ends every match of the form `hir`
/// (or, when its ends are no finite set of non-empty words, starts it):
/// a literal prefilter for a pattern compiled at run time. A match lies
/// wholly inside the bytes searched and ends (starts) with one of them,
/// so where none of them occurs, ignoring ASCII case, the form has no
/// match. `None`: neither set is such a list (no prefilter).
#[allow(dead_code)] // (build.rs's, and the library's tests')
pub fn literal_words(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::ExtractKind;
    let folded = fold_case(hir);
    words_of(&folded, ExtractKind::Suffix).or_else(|| words_of(&folded, ExtractKind::Prefix))
}

/// The words, lowercase, one of which starts every match of the form
/// `hir`, when its [`literal_words`] are the words that end each match and
/// the two lists differ: a second literal prefilter. A match lies wholly
/// inside the bytes searched, so it holds one of its start words as well
/// as one of its end words, and where either list has no word there the
/// form has no match (an end word alone is often a common noun, "leader",
/// "premises", that most windows hold). `None`: no such second list.
#[allow(dead_code)] // (build.rs's, and the library's tests')
pub fn start_words(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::ExtractKind;
    let folded = fold_case(hir);
    let ends = words_of(&folded, ExtractKind::Suffix)?;
    words_of(&folded, ExtractKind::Prefix).filter(|starts| *starts != ends)
}

/// The distinct lowercase literals of kind `kind` of `hir`, when they are
/// finitely many and none is empty.
fn words_of(hir: &Hir, kind: regex_syntax::hir::literal::ExtractKind) -> Option<Vec<Vec<u8>>> {
    let seq = regex_syntax::hir::literal::Extractor::new()
        .kind(kind)
        .extract(hir);
    let lits = seq.literals()?;
    if lits.is_empty() || lits.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    let mut words: Vec<Vec<u8>> = lits
        .iter()
        .map(|l| l.as_bytes().to_ascii_lowercase())
        .collect();
    words.sort_unstable();
    words.dedup();
    Some(words)
}

/// `hir` with every class of one ASCII letter in its two cases (what a
/// case-insensitive pattern makes of a letter) read as the lowercase
/// letter, so that the literals stay few; they are then searched ignoring
/// ASCII case, which finds every text the class matches (and a
/// case-sensitive literal's other case too: more windows searched, never
/// fewer).
fn fold_case(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Class(Class::Unicode(c)) => match letter_pair(c) {
            Some(b) => Hir::literal([b]),
            None => hir.clone(),
        },
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            sub: Box::new(fold_case(&r.sub)),
            ..r.clone()
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            sub: Box::new(fold_case(&c.sub)),
            ..c.clone()
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(fold_case).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(fold_case).collect()),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => hir.clone(),
    }
}

/// The lowercase letter of a class that is exactly one ASCII letter in
/// its two cases.
fn letter_pair(c: &ClassUnicode) -> Option<u8> {
    match c.ranges() {
        [a, b] if a.start() == a.end() && b.start() == b.end() => {
            let (a, b) = (a.start(), b.start());
            (a.is_ascii_uppercase() && b == a.to_ascii_lowercase()).then_some(b as u8)
        }
        _ => None,
    }
}
