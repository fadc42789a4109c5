//! Session 25 (issue #14): three forms of a pledge's money the rules did not
//! read — a part said to go somewhere with a currency word after the sum or
//! a present "goes to" (pledge/sum-goes), a lender that clears or releases a
//! sum (pledge/verb-recipient-sum), and a plan named by its cost and the
//! facility it builds (pledge/plans-facility-sum); and a party that pledges
//! nothing in a story of pledges, negated (pledge/no-pledge). The team's own
//! sentences, rules alone (`--min-confidence 0`).

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// The rules of the pledges found in `text`, with their sums.
fn pledges(text: &str) -> Vec<(String, Option<f64>)> {
    extractor()
        .extract_dated("case", text, Some("2025-06-01"))
        .into_iter()
        .filter(|e| e.event_type == "pledge")
        .map(|e| (e.rule.clone(), e.amount.map(|a| a.value)))
        .collect()
}

/// (text, rule, sum it must find)
const FOUND: &[(&str, &str, f64)] = &[
    (
        "Sweden will give Ukraine 12 billion crowns next year. Of that, 9 billion crowns would go to air defence.",
        "pledge/sum-goes",
        9e9,
    ),
    (
        "The Asian Development Bank approved $700 million in loans for Nepal. The remaining $200 million goes to rural roads.",
        "pledge/sum-goes",
        200e6,
    ),
    (
        "IMF clears $480 million for Sri Lanka after third review",
        "pledge/verb-recipient-sum",
        480e6,
    ),
    (
        "The World Bank released $300 million for Kenya's drought response on Friday.",
        "pledge/verb-recipient-sum",
        300e6,
    ),
    (
        "Komatsu plans a $90 million plant in Tennessee, the company said on Tuesday.",
        "pledge/plans-facility-sum",
        90e6,
    ),
    (
        "Hanwha eyes up to $5 billion for a new shipyard in Texas",
        "pledge/plans-facility-sum",
        5e9,
    ),
];

/// Texts in which none of the three rules may fire.
const NOT_FOUND: &[&str] = &[
    "The firm sold its stake for $2 billion. About 1.5 billion crowns would go to repay debt.",
    "The central bank released 3 billion dollars of reserves into the money market on Monday.",
    "The company cleared $40 million in profit in the quarter.",
    "The carmaker plans a $70 million charge to close its plant in Ohio.",
];

#[test]
fn the_three_money_forms_are_pledges() {
    for (text, rule, sum) in FOUND {
        let found = pledges(text);
        assert!(
            found
                .iter()
                .any(|(r, a)| r == rule && a.is_some_and(|v| (v - sum).abs() < 1.0)),
            "{text}: no {rule} of {sum} in {found:?}"
        );
    }
}

#[test]
fn their_other_senses_are_not() {
    let ours = [
        "pledge/sum-goes",
        "pledge/verb-recipient-sum",
        "pledge/plans-facility-sum",
    ];
    for text in NOT_FOUND {
        let found = pledges(text);
        assert!(
            !found.iter().any(|(r, _)| ours.contains(&r.as_str())),
            "{text}: {found:?}"
        );
    }
}

/// (text, the country that pledges nothing)
const NO_PLEDGE: &[(&str, &str)] = &[
    (
        "Norway pledged $500 million to the vaccine alliance. Canada: no new pledge.",
        "CAN",
    ),
    (
        "Donors pledged $4 billion to the fund on Tuesday. Washington said it was not in a position to pledge.",
        "USA",
    ),
];

#[test]
fn a_party_that_pledges_nothing_is_a_negated_pledge() {
    for (text, country) in NO_PLEDGE {
        let found: Vec<newsevents::Event> = extractor()
            .extract_dated("case", text, Some("2025-06-01"))
            .into_iter()
            .filter(|e| e.event_type == "pledge" && e.rule == "pledge/no-pledge")
            .collect();
        let e = found
            .first()
            .unwrap_or_else(|| panic!("no pledge/no-pledge in {text:?}"));
        assert_eq!(e.modality.as_str(), "negated", "{text}");
        assert!(
            e.actors
                .iter()
                .any(|a| a.country.as_deref() == Some(*country)),
            "{text}: {:?}",
            e.actors
        );
    }
    // No story of pledges before it: no money.
    let none = extractor().extract_dated(
        "case",
        "The minister made no pledge on interest rates.",
        Some("2025-06-01"),
    );
    assert!(
        none.iter().all(|e| e.rule != "pledge/no-pledge"),
        "{none:?}"
    );
}
