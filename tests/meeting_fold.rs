//! Two meetings of one sentence kept apart when folding same-type mentions
//! (src/extract/article.rs, `merge_same_type`): each with a time of its own
//! after its trigger; the same meeting mentioned twice still folds. The team's own sentences, one row each with
//! the triggers of the meetings the sentence should give, in order.

use newsevents::Extractor;

/// (sentence, the trigger of each meeting it reports)
const CASES: &[(&str, &[&str])] = &[
    // Each meeting with its own named time.
    (
        "The talks were set up after a telephone call between Ruto and Museveni in early March and a brief encounter at the African Union summit in February.",
        &["talks", "telephone call", "encounter"],
    ),
    (
        "Ruto will hold talks with Museveni in Kampala on Tuesday and a meeting with Hassan in Dodoma on Thursday.",
        &["talks", "meeting"],
    ),
    // The same meeting mentioned twice: one event.
    (
        "Sanchez met Macron in Paris on Monday, and the meeting focused on farm subsidies.",
        &["met"],
    ),
    (
        "The two leaders held talks on Friday at a summit in Geneva on Friday.",
        &["talks"],
    ),
];

#[test]
fn two_meetings_of_one_sentence_are_kept_apart() {
    let ex = Extractor::embedded().unwrap();
    let mut bad = Vec::new();
    for (text, want) in CASES {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        let got: Vec<&str> = events
            .iter()
            .filter(|e| e.event_type == "meeting")
            .map(|e| e.trigger.text.as_str())
            .collect();
        if got != *want {
            bad.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
