//! Meetings told with one named party in a story that has reported a
//! meeting (data/rules/meeting_story.toml): the rules that want two
//! parties hold with one named there; the same sentence opening a story
//! gives no meeting. The team's own sentences: (article, trigger of the
//! meeting its last paragraph must give).

mod common;

use common::last_paragraph_triggers;
use newsevents::Extractor;

const CONTEXT: &str =
    "Prime Minister Carney met President Sheinbaum in Mexico City on Thursday.\n\n";

const CASES: &[(&str, &str)] = &[
    (
        "Mexican officials said a second session would be held in Ottawa in the spring.",
        "session",
    ),
    (
        "Sheinbaum had lunch with the delegation at the National Palace.",
        "lunch with",
    ),
    (
        "Sheinbaum received the foreign minister at the National Palace on Friday.",
        "received",
    ),
    (
        "Carney and his host issued a joint statement on energy and trade.",
        "joint statement",
    ),
];

#[test]
fn one_party_is_enough_in_a_meeting_story() {
    let ex = Extractor::embedded().unwrap();
    for (sentence, trigger) in CASES {
        let text = format!("{CONTEXT}{sentence}");
        let got = last_paragraph_triggers(&ex, &text, "meeting");
        assert!(
            got.iter().any(|t| t == trigger),
            "no meeting on {trigger:?} in {text:?}: {got:?}"
        );
    }
}

#[test]
fn one_party_alone_makes_no_meeting() {
    let ex = Extractor::embedded().unwrap();
    for (sentence, _) in CASES {
        let got = last_paragraph_triggers(&ex, sentence, "meeting");
        assert!(got.is_empty(), "meeting in {sentence:?}: {got:?}");
    }
}
