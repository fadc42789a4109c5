//! A call and a meeting in person of another modality in one sentence are
//! two events (issue #14, twenty-fifth session): "spoke by phone and agreed
//! to meet soon" is an asserted call and a planned meeting, not one
//! mention. Each case is the team's own sentence.

mod common;

use common::{codes, role_countries};
use newsevents::Extractor;

/// One meeting: its participants and its modality.
type Want = (&'static [&'static str], &'static str);

/// (sentence, each meeting's participants and modality, in order)
const CASES: &[(&str, &[Want])] = &[
    (
        "Lee and Trump spoke by phone on Friday and agreed to meet soon.",
        &[(&["KOR", "USA"], "asserted"), (&["KOR", "USA"], "planned")],
    ),
    (
        "Albanese and Modi spoke by phone on Tuesday and agreed to meet in Delhi next month.",
        &[(&["AUS", "IND"], "asserted"), (&["AUS", "IND"], "planned")],
    ),
    // A call before the meeting ("after"): another event, as before.
    (
        "Macron met Lula in Brasilia on Monday after a phone call with him last week.",
        &[(&["BRA", "FRA"], "asserted"), (&["BRA", "FRA"], "asserted")],
    ),
];

#[test]
fn a_call_and_a_planned_meeting_are_two_events() {
    let ex = Extractor::embedded().unwrap();
    let mut wrong = Vec::new();
    for (text, want) in CASES {
        let events = ex.extract_dated("case", text, Some("2025-10-30"));
        let got: Vec<(std::collections::BTreeSet<String>, String)> = events
            .iter()
            .filter(|e| e.event_type == "meeting")
            .map(|e| {
                (
                    role_countries(e, "participant"),
                    e.modality.as_str().to_string(),
                )
            })
            .collect();
        let want: Vec<(std::collections::BTreeSet<String>, String)> = want
            .iter()
            .map(|(c, m)| (codes(c), m.to_string()))
            .collect();
        if got != want {
            wrong.push(format!("{text}\n  want {want:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
