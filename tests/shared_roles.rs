//! The role contract over both shared corpora (Reuters-21578 and BBC News):
//! no actor mention holds two roles in any event, and every event keeps the
//! whole contract of `newsevents::invariants`. Runs only where the shared
//! corpora are present (`$NEWSEVENTS_SHARED`, else `../shared` or
//! `../../shared` from the crate); elsewhere it says so and passes.

mod common;
use common::shared_corpus;
use newsevents::Extractor;
use newsevents::input::{InputOptions, Inputs, Item};
use newsevents::invariants::violations;
use std::io::BufReader;

#[test]
fn no_mention_holds_two_roles_over_the_shared_corpora() {
    let Some(dir) = shared_corpus() else {
        eprintln!("shared corpora not found: skipped");
        return;
    };
    let ex = Extractor::embedded().unwrap();
    let (mut events, mut bad) = (0usize, Vec::new());
    for file in ["reuters21578.jsonl", "bbc-news.jsonl"] {
        // The CLI's own reader, so texts (title, blank line, body) and
        // offsets are those of `newsevents extract`.
        let reader = BufReader::new(std::fs::File::open(dir.join(file)).unwrap());
        let options = InputOptions {
            max_bytes: 16 << 20,
            stdin_jsonl: true,
        };
        for item in Inputs::from_jsonl_reader(file, Box::new(reader), options) {
            let Item::Article(a) = item else { continue };
            for e in ex.extract_dated(&a.id, &a.text, a.date.as_deref()) {
                events += 1;
                bad.extend(violations(&ex, &e, &a.text));
            }
        }
    }
    println!(
        "{events} events over both corpora, {} violations",
        bad.len()
    );
    assert!(events > 5000, "only {events} events: corpora incomplete?");
    assert!(bad.is_empty(), "{}", bad[..bad.len().min(20)].join("\n"));
}
