//! A rule pattern's form for ASCII text: its syntax tree with every class
//! cut to its ASCII members, every literal that is not ASCII made a
//! failure (it cannot occur in ASCII text), and Unicode word boundaries
//! made ASCII ones (on ASCII text the two are the same). Over ASCII text it
//! matches exactly what the pattern matches, from a much smaller automaton.
//! Shared by the library (`rules.rs`) and `build.rs`, which compiles the
//! embedded rules' patterns in this form to dense DFAs.

use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
    Look, Repetition,
};

/// `hir` as it matches on ASCII text (see the module comment).
pub fn ascii_form(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(lit) if lit.0.is_ascii() => Hir::literal(lit.0.clone()),
        HirKind::Literal(_) => Hir::fail(),
        HirKind::Class(Class::Unicode(c)) => Hir::class(Class::Unicode(ClassUnicode::new(
            c.iter()
                .filter(|r| r.start() <= '\x7f')
                .map(|r| ClassUnicodeRange::new(r.start(), r.end().min('\x7f'))),
        ))),
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
            sub: Box::new(ascii_form(&r.sub)),
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            index: c.index,
            name: c.name.clone(),
            sub: Box::new(ascii_form(&c.sub)),
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(ascii_form).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(ascii_form).collect()),
    }
}

/// A look-around assertion's ASCII form: word boundaries over ASCII word
/// characters, which on ASCII text are the Unicode ones.
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

/// The non-ASCII characters `hir` names in its literals and classes, as
/// sorted, merged ranges of code points (a class of bytes past ASCII
/// counts as every one): on text whose non-ASCII characters are none of
/// these and no word characters, the pattern and its ASCII form match
/// alike (no match can take in such a character, and word boundaries see
/// it as the ASCII form sees its bytes, a non-word).
#[allow(dead_code)] // (build.rs's alone)
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
