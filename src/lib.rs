//! newsevents: reads news articles and writes the pledges, tariffs, raids and
//! meetings in them as JSON lines, each with its actors (ISO 3166 country
//! codes), amount or rate, modality and evidence offsets.
//!
//! The pipeline runs one way, one module per stage:
//! [`input`] (files, folders, JSON-lines streams) → [`segment`] (sentences,
//! tokens) → [`lexicon`] and [`quantity`] (actors, money, percentages,
//! counts) → [`rules`] and [`extract`] (events) → [`when`] (each event's
//! own time) → [`output`] (JSON lines).
//!
//! ```
//! let extractor = newsevents::Extractor::embedded().unwrap();
//! let events = extractor.extract("doc", "Japan pledged 1.5 billion dlrs in aid to the Philippines.");
//! assert_eq!(events[0].event_type, "pledge");
//! ```

#![warn(missing_docs)]

pub(crate) mod ascii_hir;
pub(crate) mod byte_reader;
pub mod codes;
pub mod dates;
pub mod dedupe;
pub mod diagnostics;
pub mod eval;
pub mod event;
mod event_json;
pub(crate) mod extract;
pub mod input;
pub mod invariants;
pub mod lexicon;
pub mod mentions;
pub mod output;
pub(crate) mod phrases_dfa;
pub mod pipeline;
pub mod progress;
pub mod quantity;
pub mod rules;
pub mod segment;
pub mod sense;
#[cfg(test)]
mod test_texts;
pub(crate) mod trie;
pub mod vocab;
pub mod when;

pub use event::Event;
pub use extract::{Extractor, RuleWords, SentenceFindings};
