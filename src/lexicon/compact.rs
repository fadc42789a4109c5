//! The embedded lexicon files as `build.rs` pre-parses them: per entry, its
//! line number and its fields in a fixed order, strings as a length and
//! their bytes. Reading that is a few loads and a copy per string, where
//! the files' JSON cost start-up 16M instructions; a file `build.rs` could
//! not encode has no compact form and is parsed as JSON (files given with
//! `--lexicon` always are).
//!
//! The layout, written by `encode_lexicon` in `build.rs` (which lists the
//! fields in the order read here): numbers are `u32` little-endian; first
//! the length of a text holding every string's bytes one after the other,
//! and the text (checked as UTF-8 once, not string by string); then the
//! entries, where a string is its byte length (its bytes the text's next
//! ones); an optional string is a byte 0
//! (none) or 1 and the string; a list is its length and its strings; a
//! boolean is one byte; the kind one byte, its index in [`KINDS`].

use super::{ActorKind, Entry};

/// The actor kinds by their index in the compact form (`LEXICON_KINDS` in
/// `build.rs` names them in this order).
const KINDS: [ActorKind; 6] = [
    ActorKind::Country,
    ActorKind::Person,
    ActorKind::Organization,
    ActorKind::Company,
    ActorKind::Agency,
    ActorKind::Place,
];

/// A read position in one file's compact form.
struct Reader {
    bytes: &'static [u8],
    at: usize,
    /// The strings' text, and where the next string starts in it.
    text: &'static str,
    text_at: usize,
}

impl Reader {
    fn u32(&mut self) -> usize {
        let b: [u8; 4] = self.bytes[self.at..self.at + 4]
            .try_into()
            .expect("four bytes");
        self.at += 4;
        u32::from_le_bytes(b) as usize
    }

    fn byte(&mut self) -> u8 {
        self.at += 1;
        self.bytes[self.at - 1]
    }

    fn str(&mut self) -> String {
        let len = self.u32();
        // Written from a Rust string by build.rs: on its char boundaries.
        let s = &self.text[self.text_at..self.text_at + len];
        self.text_at += len;
        s.to_string()
    }

    fn opt(&mut self) -> Option<String> {
        (self.byte() == 1).then(|| self.str())
    }

    fn list(&mut self) -> Vec<String> {
        let n = self.u32();
        (0..n).map(|_| self.str()).collect()
    }
}

/// The entries of one file's compact form, each with its 1-based line
/// number in the file, in file order.
pub(super) fn entries(bytes: &'static [u8]) -> impl Iterator<Item = (usize, Entry)> {
    let mut r = Reader {
        bytes,
        at: 0,
        text: "",
        text_at: 0,
    };
    let len = r.u32();
    r.at += len;
    // Written from Rust strings by build.rs.
    r.text = std::str::from_utf8(&bytes[4..4 + len]).expect("compact lexicon strings are UTF-8");
    std::iter::from_fn(move || {
        if r.at == r.bytes.len() {
            return None;
        }
        let line = r.u32();
        // Field by field in `LEXICON_FIELDS` order (a struct literal: a
        // field added to `Entry` must be added here, and to build.rs).
        let entry = Entry {
            name: r.str(),
            kind: KINDS[usize::from(r.byte())],
            country: r.opt(),
            aliases: r.list(),
            demonyms: r.list(),
            metonym: r.byte() == 1,
            gathering: r.byte() == 1,
            trade_bloc: r.byte() == 1,
            valid_from: r.opt(),
            valid_to: r.opt(),
            title: r.opt(),
            cues: r.list(),
            members: r.list(),
            currency: r.opt(),
            former_currencies: r.list(),
            note: r.opt(),
        };
        Some((line, entry))
    })
}
