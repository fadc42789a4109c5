//! Venues that share a word with a person in the lexicon (session 30): the
//! guest house across from the White House is "Blair House", and without an
//! entry of its own its first word was read as Tony Blair, a British
//! participant in every meeting held there. Each row is a meeting at such a
//! venue; the participants must be the people who met, never the venue.

mod common;
use common::wrong_dated_last_meetings;

/// Article text, date, then the participants of the last meeting in it.
type Case = (&'static str, &'static str, &'static [&'static str]);

const CASES: &[Case] = &[
    (
        "Indonesian President Prabowo Subianto met Treasury Secretary Scott Bessent at Blair House on Friday.",
        "2025-05-02",
        &["IDN", "USA"],
    ),
    (
        "Kenyan President William Ruto held talks with U.S. business leaders at Blair House, the president's guest residence, on Thursday.",
        "2025-05-02",
        &["KEN", "USA"],
    ),
];

#[test]
fn a_venue_named_after_a_family_is_no_participant() {
    let ex = newsevents::Extractor::embedded().unwrap();
    let failures = wrong_dated_last_meetings(&ex, CASES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
