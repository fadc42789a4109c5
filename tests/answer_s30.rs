//! Session 30 (issue #16): the measure an answering tariff names after
//! "over" or "against" ("counter-tariffs on US goods over steel duties",
//! `tariff_answer_preps`) is a tariff of its own with its own arguments: in
//! force (asserted) whatever modal governs the answer, unless its own words
//! say otherwise; its imposer the party it names or else the answer's
//! target, its target the party it names or else the answering party
//! (`article::answered_sides`, `Modality::answered_measure`).
//! The team's own sentences, rules alone (`--min-confidence 0`).

mod common;

use common::{codes, role_countries};
use newsevents::Extractor;

/// (sentence, the answered tariff's trigger, its modality, sources,
/// targets).
type Answered = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

const ANSWERED: &[Answered] = &[
    // The answer planned, the measure answered in force; the imposer named
    // in its own words, its target the answering party.
    (
        "Canada is finalising counter-tariffs over the 50% aluminium duties that Trump imposed in February.",
        "duties",
        "asserted",
        &["USA"],
        &["CAN"],
    ),
    // No party named in the measure's own words: the answer's sides
    // reversed.
    (
        "Ottawa readies counter-tariffs on US whiskey over lumber duties",
        "duties",
        "asserted",
        &["USA"],
        &["CAN"],
    ),
    (
        "Japan may adopt retaliatory levies on American beef against the 24% tariffs Washington slapped on its cars.",
        "tariffs",
        "asserted",
        &["USA"],
        &["JPN"],
    ),
    // The answer denied: the measure answered is still in force, with its
    // own target named.
    (
        "Seoul said it would not retaliate against the tariffs Washington put on Korean washing machines last week.",
        "tariffs",
        "asserted",
        &["USA"],
        &["KOR"],
    ),
];

#[test]
fn the_measure_answered_has_its_own_modality_and_sides() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    let mut wrong = Vec::new();
    for (text, trigger, modality, sources, targets) in ANSWERED {
        let events = ex.extract_dated("case", text, Some("2026-03-20"));
        let Some(e) = events
            .iter()
            .filter(|e| e.event_type == "tariff")
            .find(|e| e.trigger.text == *trigger)
        else {
            wrong.push(format!("no tariff at {trigger:?}: {text}"));
            continue;
        };
        let got = (
            e.modality.as_str().to_string(),
            role_countries(e, "source"),
            role_countries(e, "target"),
        );
        let want = (modality.to_string(), codes(sources), codes(targets));
        if got != want {
            wrong.push(format!("{text}\n  got {got:?}\n  want {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
