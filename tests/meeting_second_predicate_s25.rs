//! A second meeting in a coordinated predicate of the same sentence (issue
//! #14, #16, twenty-fifth session): "met X and held talks with Y", "held
//! talks with X and met Y afterwards". The object of "met" ends at a joiner
//! before a verb of its own (a finite verb, or a lowercase past verb in
//! "-ed"), and at a sequence adverb ("afterwards"), so it is no "thing" met;
//! the later meeting does not take the earlier one's partners named
//! between the two. Each case is the team's own sentence.

mod common;

use common::wrong_meeting_lists;
use newsevents::Extractor;

/// (sentence, the participants of each meeting in order)
const CASES: &[(&str, &[&[&str]])] = &[
    (
        "Macron met Albanese in Paris and held talks with Lula on Friday.",
        &[&["AUS", "FRA"], &["BRA", "FRA"]],
    ),
    (
        "Carney met Modi and signed a nuclear fuel deal.",
        &[&["CAN", "IND"]],
    ),
    (
        "Meloni met Erdogan and welcomed the ceasefire in Gaza.",
        &[&["ITA", "TUR"]],
    ),
    (
        "Starmer held talks with Scholz before the summit and met the Japanese envoys afterwards.",
        &[&["DEU", "GBR"], &["GBR", "JPN"]],
    ),
    (
        "The Brazilian president met the Chinese envoys afterwards.",
        &[&["BRA", "CHN"]],
    ),
];

#[test]
fn a_second_predicate_makes_its_own_meeting() {
    let ex = Extractor::embedded().unwrap();
    let wrong = wrong_meeting_lists(&ex, CASES, "2025-10-30");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
