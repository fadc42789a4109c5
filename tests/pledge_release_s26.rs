//! Session 26 (issues #14, #15, #16): pledge classes read on the look half
//! of the development sets (modern-26 .. modern-39, random-l .. random-w,
//! reuters-wire-6 .. 9). The team's own sentences, rules alone
//! (`--min-confidence 0`).

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// The pledges found in `text`: rule, sum, sources and targets.
fn pledges(text: &str) -> Vec<(String, Option<f64>, Vec<String>, Vec<String>)> {
    extractor()
        .extract_dated("case", text, Some("2025-06-01"))
        .into_iter()
        .filter(|e| e.event_type == "pledge")
        .map(|e| {
            let role = |r: &str| {
                e.actors
                    .iter()
                    .filter(|a| a.role.as_str() == r)
                    .filter_map(|a| a.country.clone())
                    .collect::<Vec<_>>()
            };
            (
                e.rule.clone(),
                e.amount.map(|a| a.value),
                role("source"),
                role("target"),
            )
        })
        .collect()
}

/// A lender or a government releasing or unlocking a stated sum, with no
/// money noun near the verb (pledge/release-sum): (text, sum, target).
const RELEASED: &[(&str, f64, &str)] = &[
    ("IMF board releases $1.2bn to Ghana after second review", 1.2e9, "GHA"),
    (
        "The approval unlocks roughly $800 million for Zambia's treasury, the Fund said.",
        800e6,
        "ZMB",
    ),
    (
        "The home ministry approved the release of Rs 2,500 crore to Bihar for flood relief.",
        25e9,
        "",
    ),
    (
        "Brussels is releasing €450 million to Moldova this week, officials said.",
        450e6,
        "MDA",
    ),
];

/// Releases that are not of committed money.
const NOT_RELEASED: &[&str] = &[
    "The central bank will release 2 billion dollars from its reserves to steady the rupee.",
    "The agency releases 40,000 tonnes of rice a month to the mills.",
    "The company will release first-quarter results showing a $300 million profit on Monday.",
];

#[test]
fn a_released_sum_is_a_pledge() {
    for (text, sum, target) in RELEASED {
        let found = pledges(text);
        assert!(
            found.iter().any(|(_, a, _, t)| a.is_some_and(|v| (v - sum).abs() < 1.0)
                && (target.is_empty() || t.iter().any(|c| c == target))),
            "{text}: no pledge of {sum} to {target} in {found:?}"
        );
    }
}

#[test]
fn a_release_of_other_things_is_no_pledge() {
    for text in NOT_RELEASED {
        let found = pledges(text);
        assert!(
            !found.iter().any(|(r, ..)| r == "pledge/release-sum"),
            "{text}: {found:?}"
        );
    }
}
