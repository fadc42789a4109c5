//! Two tariff mentions of one sentence, each naming a product of its own,
//! are two tariffs (ANNOTATION.md: one gold event per mention of an event;
//! "duties raised on gold and cut on phone parts" reports two measures),
//! while a definite mention or a back-reference naming the measure again
//! stays one event with the first (issue #14, twenty-second session). Each
//! case is the team's own sentence; an earlier paragraph sets the trade
//! story, and only events of the last paragraph count.

mod common;

use common::last_paragraph_triggers;
use newsevents::Extractor;

const STORY: &str =
    "Trade tensions rose this week as governments announced new tariffs on imports.\n\n";

/// (last paragraph, how many tariff events it gives)
const CASES: &[(&str, usize)] = &[
    // Two measures, one trigger word, each with its own product.
    (
        "India raised import duties on gold and cut customs duties on mobile phone parts, the finance minister said.",
        2,
    ),
    (
        "Nigeria raised import duties on rice and cut import duties on tractors, the finance ministry said.",
        2,
    ),
    (
        "South Africa raised customs duties on frozen chicken and cut customs duties on medical equipment on Friday.",
        2,
    ),
    // The measure named again: one event.
    (
        "Chile raised duties on Argentine wheat; the duties on wheat are the highest in a decade.",
        1,
    ),
    (
        "Canada announced a surtax on Chinese electric vehicles, a surtax that takes effect in October.",
        1,
    ),
];

#[test]
fn tariffs_with_products_of_their_own_are_two_events() {
    let ex = Extractor::embedded().unwrap();
    let mut wrong = Vec::new();
    for (para, want) in CASES {
        let text = format!("{STORY}{para}");
        let got = last_paragraph_triggers(&ex, &text, "tariff");
        if got.len() != *want {
            wrong.push(format!("{para}\n  want {want}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
