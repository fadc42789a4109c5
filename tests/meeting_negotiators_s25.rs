//! Two sides' negotiators named together at their work are a meeting
//! between the two (issue #14, twenty-fifth session, rule
//! meeting/negotiators); one side's negotiators alone are none. Each case is
//! the team's own sentence.

mod common;

use common::{codes, role_countries};
use newsevents::Extractor;

/// (sentence, the participants of its meeting; empty: no meeting)
const CASES: &[(&str, &[&str])] = &[
    (
        "Japanese and Indian negotiators are meanwhile finishing the text of a semiconductor pact.",
        &["IND", "JPN"],
    ),
    (
        "The ceasefire plan was drafted by Qatari and Egyptian negotiators over the weekend.",
        &["EGY", "QAT"],
    ),
    (
        "Mexican negotiators are hoping to wrap up the review before the summer.",
        &[],
    ),
];

#[test]
fn two_sides_negotiators_meet() {
    let ex = Extractor::embedded().unwrap();
    let mut wrong = Vec::new();
    for (text, want) in CASES {
        let events = ex.extract_dated("case", text, Some("2025-10-30"));
        let got = events
            .iter()
            .find(|e| e.event_type == "meeting")
            .map(|e| role_countries(e, "participant"));
        let ok = match got.as_ref() {
            None => want.is_empty(),
            Some(g) => !want.is_empty() && *g == codes(want),
        };
        if !ok {
            wrong.push(format!("{text}\n  want {want:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
