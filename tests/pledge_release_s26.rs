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

/// One pledge found: rule, sum, source countries, target countries.
type Found = (String, Option<f64>, Vec<String>, Vec<String>);

/// The pledges found in `text`.
fn pledges(text: &str) -> Vec<Found> {
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
    (
        "IMF board releases $1.2bn to Ghana after second review",
        1.2e9,
        "GHA",
    ),
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
            found
                .iter()
                .any(|(_, a, _, t)| a.is_some_and(|v| (v - sum).abs() < 1.0)
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

/// A clause opened by a conjunction after a comma is another verb's: its
/// "to" or "for" names no recipient of the pledge (roles, issue #16):
/// (text, a country that must not be the target, the target expected or "").
const CONJUNCTION_CLAUSES: &[(&str, &str, &str)] = &[
    (
        "The French ministry will extend 2 billion euros in loans to farmers, as exports to China fall under new duties.",
        "CHN",
        "FRA",
    ),
    (
        "Seoul will provide 3 trillion won in loans to carmakers, while shipments to the United States drop under the tariffs.",
        "USA",
        "",
    ),
    (
        "India approved a Rs 5,000 crore credit guarantee for exporters, after sales to the US slumped.",
        "USA",
        "IND",
    ),
    // Not a conjunction: the recipient after the comma stays.
    (
        "Britain pledged 500 million pounds in aid, mostly to Kenya.",
        "",
        "KEN",
    ),
];

#[test]
fn no_recipient_past_a_conjunction() {
    for (text, not_target, target) in CONJUNCTION_CLAUSES {
        let found = pledges(text);
        assert!(!found.is_empty(), "{text}: no pledge");
        for (_, _, _, targets) in &found {
            assert!(
                not_target.is_empty() || !targets.iter().any(|c| c == not_target),
                "{text}: {not_target} read as the recipient in {found:?}"
            );
            assert!(
                target.is_empty() || targets.iter().any(|c| c == target),
                "{text}: {target} not the recipient in {found:?}"
            );
        }
    }
}
