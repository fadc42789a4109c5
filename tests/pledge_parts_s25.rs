//! Session 25 (issue #14): the parts of a package named with their own sums
//! in the pledge's sentence, after "and", a semicolon or a colon, are lines
//! of their own (REVIEW.md, harmonisation s22, class 1); a breakdown after a
//! bare comma ("including $X for ...") and a conversion are not. The team's
//! own sentences, rules alone (`--min-confidence 0`).

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// The amounts of the pledges found in `text`, in order.
fn pledge_sums(text: &str) -> Vec<f64> {
    extractor()
        .extract_dated("case", text, Some("2025-06-01"))
        .into_iter()
        .filter(|e| e.event_type == "pledge")
        .filter_map(|e| e.amount.map(|a| a.value))
        .collect()
}

/// (sentence, the sums of its pledges)
const PARTS: &[(&str, &[f64])] = &[
    (
        "Japan will invest $40 billion in India over five years: $25 billion for railways and $15 billion for ports.",
        &[40e9, 25e9, 15e9],
    ),
    (
        "The European Union will lend 9 billion euros to Ukraine for gas purchases and a further 3 billion euros for repairs to the grid.",
        &[9e9, 3e9],
    ),
    (
        "Denmark pledged 5 billion crowns to the fund; 3 billion crowns for clinics and 2 billion crowns for schools.",
        &[5e9, 3e9, 2e9],
    ),
];

/// (sentence, the sums of its pledges)
const NOT_PARTS: &[(&str, &[f64])] = &[
    // a breakdown after a bare comma
    (
        "Toyota will invest $10 billion in Texas, including $4 billion for a battery plant.",
        &[10e9],
    ),
    (
        "The bank will lend $9 billion to Egypt, $5 billion for power, $3 billion for water and $1 billion for roads.",
        &[9e9],
    ),
    // a conversion
    (
        "Norway pledged 30 billion crowns, about $3 billion, to the rainforest fund.",
        &[30e9],
    ),
];

#[test]
fn parts_after_and_a_colon_or_a_semicolon_are_pledges() {
    for (text, sums) in PARTS {
        let found = pledge_sums(text);
        for s in *sums {
            assert!(
                found.iter().any(|f| (f - s).abs() < 1.0),
                "{text}: no pledge of {s} in {found:?}"
            );
        }
    }
}

#[test]
fn breakdowns_after_a_comma_and_conversions_are_not() {
    for (text, sums) in NOT_PARTS {
        let found = pledge_sums(text);
        assert_eq!(found.len(), sums.len(), "{text}: {found:?}");
    }
}
