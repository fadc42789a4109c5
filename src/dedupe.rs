//! `newsevents dedupe`: one record per event key from a stream of events.
//!
//! Reads events as JSON lines (the output of `extract`, from files or
//! standard input) and writes, for each distinct `key` in the order keys
//! were first seen, the first event with that key plus `mentions` (how many
//! events had the key) and `docs` (their article ids, each once, in the
//! order first seen). The record is documented in `schemas/dedupe.schema.json`.
//!
//! Memory grows with the number of distinct keys, not with the number of
//! events: per key it keeps the first event, a count and the distinct doc
//! ids. Output order depends only on input order, never on hashing.

use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::io::BufRead;

/// What is kept per key.
struct Summary {
    first: Map<String, Value>,
    mentions: u64,
    docs: Vec<String>,
    seen_docs: HashSet<String>,
}

/// Folds events into one summary per key, remembering first-seen order.
#[derive(Default)]
pub struct Dedupe {
    index: HashMap<String, usize>,
    summaries: Vec<Summary>,
    /// Events read so far.
    pub events: u64,
}

impl Dedupe {
    /// Adds one JSON line; the error says what is wrong with it.
    pub fn add_line(&mut self, line: &str) -> Result<(), String> {
        let value: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
        let Value::Object(event) = value else {
            return Err("not a JSON object".into());
        };
        let key = match event.get("key") {
            Some(Value::String(k)) if !k.is_empty() => k.clone(),
            _ => {
                return Err(
                    "no \"key\" (events from `newsevents extract` carry one; see README)".into(),
                );
            }
        };
        let doc = match event.get("doc") {
            Some(Value::String(d)) => d.clone(),
            _ => return Err("no \"doc\" string".into()),
        };
        self.events += 1;
        let i = match self.index.get(&key) {
            Some(&i) => i,
            None => {
                self.index.insert(key, self.summaries.len());
                self.summaries.push(Summary {
                    first: event,
                    mentions: 0,
                    docs: Vec::new(),
                    seen_docs: HashSet::new(),
                });
                self.summaries.len() - 1
            }
        };
        let s = &mut self.summaries[i];
        s.mentions += 1;
        if s.seen_docs.insert(doc.clone()) {
            s.docs.push(doc);
        }
        Ok(())
    }

    /// Reads every line of `reader`; bad lines go to `problem(line_number, message)`.
    pub fn add_reader(
        &mut self,
        reader: impl BufRead,
        mut problem: impl FnMut(usize, String),
    ) -> std::io::Result<()> {
        for (n, line) in reader.lines().enumerate() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            if let Err(e) = self.add_line(&line) {
                problem(n + 1, e);
            }
        }
        Ok(())
    }

    /// Number of distinct keys.
    pub fn len(&self) -> usize {
        self.summaries.len()
    }

    /// True before any event was added.
    pub fn is_empty(&self) -> bool {
        self.summaries.is_empty()
    }

    /// The records, in first-seen key order: the first event's fields plus
    /// `mentions` and `docs`.
    pub fn records(self) -> impl Iterator<Item = Value> {
        self.summaries.into_iter().map(|s| {
            let mut r = s.first;
            r.insert("mentions".into(), Value::from(s.mentions));
            r.insert(
                "docs".into(),
                Value::Array(s.docs.into_iter().map(Value::String).collect()),
            );
            Value::Object(r)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_by_key_in_first_seen_order() {
        let mut d = Dedupe::default();
        let lines = [
            r#"{"key":"b","doc":"d1","id":"d1#1"}"#,
            r#"{"key":"a","doc":"d1","id":"d1#2"}"#,
            r#"{"key":"b","doc":"d2","id":"d2#1"}"#,
            r#"{"key":"b","doc":"d1","id":"d1#3"}"#,
        ];
        for l in lines {
            d.add_line(l).unwrap();
        }
        let out: Vec<Value> = d.records().collect();
        assert_eq!(out.len(), 2);
        assert_eq!(out[0]["key"], "b");
        assert_eq!(out[0]["id"], "d1#1");
        assert_eq!(out[0]["mentions"], 3);
        assert_eq!(out[0]["docs"], serde_json::json!(["d1", "d2"]));
        assert_eq!(out[1]["key"], "a");
        assert_eq!(out[1]["mentions"], 1);
    }

    #[test]
    fn bad_lines_are_refused() {
        let mut d = Dedupe::default();
        for bad in ["{", "[1]", r#"{"doc":"x"}"#, r#"{"key":"k"}"#] {
            assert!(d.add_line(bad).is_err(), "{bad}");
        }
        assert!(d.is_empty());
    }
}
