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
