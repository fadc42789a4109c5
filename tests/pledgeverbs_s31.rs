//! Session 31 (issue #14): first mentions of pledges told with a verb that
//! adds, clears, lines up, earmarks or announces a sum "for" a purpose or a
//! recipient (`pledge/verb-sum-for`). The construction holds only when the
//! clause names a party that is not a company (a state, a fund or donor
//! giving, or the country helped): a company's sum "for" something is as
//! often its results or its budget. The team's own sentences, rules alone
//! (`--min-confidence 0`).

mod common;
use common::pledges_rules_alone as pledges;

/// A state, lender or donor with the sum right after the verb and "for"
/// after the sum: a pledge. "clears" is `pledge/verb-recipient-sum`'s,
/// whose sums now read "mn" too. (text, rule, sum)
const GIVER_SUM_FOR: &[(&str, &str, f64)] = &[
    (
        "Sweden adds €45m for Moldova's gas storage ahead of the winter.",
        "pledge/verb-sum-for",
        45e6,
    ),
    (
        "The Netherlands announced an extra €150 million for UN agencies in Gaza on Monday.",
        "pledge/verb-sum-for",
        150e6,
    ),
    (
        "Norway lines up $60 million for Sudanese refugees in Chad.",
        "pledge/verb-sum-for",
        60e6,
    ),
    (
        "IMF board clears about US$410mn for Zambia after its second review.",
        "pledge/verb-recipient-sum",
        410e6,
    ),
];

/// The same verb, sum and "for" with no party that is not a company, or
/// with a company's results or costs: no pledge.
const NO_GIVER: &[&str] = &[
    "The retailer earmarked $12 million for store refits next year.",
    "Siemens added $40 million for restructuring charges in the quarter.",
    "The carmaker announced $2 billion for new battery lines at its plants.",
];

#[test]
fn a_giver_adding_or_clearing_a_sum_for_a_purpose_pledges() {
    for (text, want, sum) in GIVER_SUM_FOR {
        let found = pledges(text);
        assert!(
            found
                .iter()
                .any(|(rule, amount, _)| rule == want
                    && amount.is_some_and(|a| (a - sum).abs() < 1.0)),
            "no {want} of {sum} in {text:?}: {found:?}"
        );
    }
}

#[test]
fn the_same_construction_without_a_giver_is_none() {
    for text in NO_GIVER {
        let found = pledges(text);
        assert!(
            !found
                .iter()
                .any(|(rule, _, _)| rule == "pledge/verb-sum-for"),
            "{text:?}: {found:?}"
        );
    }
}
