//! The parse-and-scan floor: the least work any extractor of this design
//! must do on a JSON-lines feed — parse every line with `serde_json`
//! (borrowed where the text has no escapes) and run the tool's own trigger
//! automaton over title and text, on one thread. `benches/throughput.sh`
//! reports the tool's CPU time as a multiple of this program's.
//!
//! Usage: `target/dist/examples/floor FILE.jsonl` (built by
//! `cargo build --profile dist --example floor`); prints the number of
//! articles and trigger matches, so a run that skipped work would show.

use newsevents::rules::RuleSet;
use serde::Deserialize;
use std::borrow::Cow;
use std::io::{BufRead, BufReader};

#[derive(Deserialize)]
struct Article<'a> {
    #[serde(borrow, default)]
    title: Option<Cow<'a, str>>,
    #[serde(borrow)]
    text: Cow<'a, str>,
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: floor FILE.jsonl");
    let rules = RuleSet::embedded().expect("the built-in rules load");
    let file = std::fs::File::open(&path).expect("the input opens");
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut line = String::new();
    let (mut articles, mut matches) = (0u64, 0u64);
    loop {
        line.clear();
        if reader.read_line(&mut line).expect("the input reads") == 0 {
            break;
        }
        let Ok(a) = serde_json::from_str::<Article>(&line) else {
            continue;
        };
        articles += 1;
        if let Some(t) = &a.title {
            matches += rules.find_triggers(t).len() as u64;
        }
        matches += rules.find_triggers(&a.text).len() as u64;
    }
    println!("{articles} articles, {matches} trigger matches");
}
