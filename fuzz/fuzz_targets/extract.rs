//! Fuzz target over the whole pipeline: arbitrary bytes go through the input
//! layer (plain-text decoding and the JSON-lines reader) and every resulting
//! text through `Extractor::extract`. It fails on any panic and on any event
//! whose offsets or roles break the contract (`newsevents::invariants`).

#![no_main]

use libfuzzer_sys::fuzz_target;
use newsevents::Extractor;
use newsevents::input::{Decoded, InputOptions, Inputs, Item, decode_article};
use newsevents::invariants::violations;
use std::io::Cursor;
use std::sync::OnceLock;

static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();

fn check(ex: &Extractor, text: &str) {
    for e in ex.extract("fuzz", text) {
        let bad = violations(ex, &e, text);
        assert!(bad.is_empty(), "{bad:?} in {text:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let ex = EXTRACTOR.get_or_init(|| Extractor::embedded().expect("embedded data loads"));
    // Plain-text article: the decoding step, then extraction on whatever
    // text comes out (also on binary input, to reach the extractor anyway).
    match decode_article(data.to_vec()) {
        Decoded::Text(t) | Decoded::Lossy { text: t, .. } => check(ex, &t),
        Decoded::Binary => check(ex, &String::from_utf8_lossy(data)),
    }
    // The same bytes as a JSON-lines feed.
    let options = InputOptions {
        max_bytes: 64 * 1024,
        stdin_jsonl: true,
    };
    let inputs = Inputs::from_jsonl_reader("fuzz", Box::new(Cursor::new(data.to_vec())), options);
    for item in inputs {
        if let Item::Article(a) = item {
            check(ex, &a.text);
        }
    }
});
