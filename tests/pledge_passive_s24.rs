//! Session 24 (issues #14, #16): the subject of a passive grant ("was
//! awarded", "has been allocated") receives, the agent after "by" gives.
//! The team's own sentences, rules alone (`--min-confidence 0`).

mod common;

use common::{codes, role_countries};
use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

fn pledges_in(text: &str) -> Vec<newsevents::Event> {
    extractor()
        .extract_dated("case", text, Some("2025-06-01"))
        .into_iter()
        .filter(|e| e.event_type == "pledge")
        .collect()
}

/// (sentence, sources, targets)
const PASSIVE_GRANTS: &[(&str, &[&str], &[&str])] = &[
    (
        "Pakistan was awarded a $1 billion loan by China to shore up its reserves.",
        &["CHN"],
        &["PAK"],
    ),
    (
        "Poland has been allocated 60 billion euros by the European Union for its railways.",
        &["EU"],
        &["POL"],
    ),
    (
        "Kenya was granted $500 million by Japan on Monday to rebuild its ports.",
        &["JPN"],
        &["KEN"],
    ),
];

#[test]
fn the_subject_of_a_passive_grant_receives() {
    for (text, sources, targets) in PASSIVE_GRANTS {
        let found = pledges_in(text);
        let e = found
            .first()
            .unwrap_or_else(|| panic!("no pledge in {text:?}"));
        assert_eq!(
            role_countries(e, "source"),
            codes(sources),
            "{text}: {:?}",
            e.actors
        );
        assert_eq!(
            role_countries(e, "target"),
            codes(targets),
            "{text}: {:?}",
            e.actors
        );
    }
}
