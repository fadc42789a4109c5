//! Later mentions of an event the article has already reported (session 22,
//! issue #14; gold harmonisation "later mentions", corpus/gold/REVIEW.md):
//! the team's own sentences, rules alone (`--min-confidence 0`). A
//! re-mention rule fires only in an article that already holds an event of
//! its type and takes its roles from it; the same sentence alone, or a noun
//! in another sense, gives none.

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

fn has_role(e: &newsevents::Event, role: &str, country: &str) -> bool {
    e.actors
        .iter()
        .any(|a| a.role.as_str() == role && a.country.as_deref() == Some(country))
}

/// (article, rule, trigger text, [(role, country)])
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

fn check(cases: &[Case], not: &[(&str, &str)]) {
    let ex = extractor();
    for (text, rule, trigger, roles) in cases {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        let e = events
            .iter()
            .find(|e| e.rule == *rule && e.trigger.text == *trigger)
            .unwrap_or_else(|| panic!("no {rule} on {trigger:?} in {text:?}: {events:?}"));
        for (role, country) in roles.iter() {
            assert!(
                has_role(e, role, country),
                "{text}: {role} {country}: {:?}",
                e.actors
            );
        }
    }
    for (text, rule) in not {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        assert!(
            !events.iter().any(|e| e.rule == *rule),
            "{rule} in {text:?}: {events:?}"
        );
    }
}

#[test]
fn a_pledge_named_again_by_its_money_noun() {
    const CASES: &[Case] = &[
        (
            "Japan agreed to lend Indonesia 300 billion yen on Monday. \
             The loan carries interest of 2.7 pct and runs for 25 years.",
            "pledge/money-noun-back-reference",
            "loan",
            &[("source", "JPN"), ("target", "IDN")],
        ),
        (
            "Norway pledged $400 million in aid to Malawi. \
             Officials said the aid would cover the next three planting seasons.",
            "pledge/money-noun-back-reference",
            "aid",
            &[("source", "NOR"), ("target", "MWI")],
        ),
        (
            "France will provide Senegal with a 200 million euro credit. \
             Officials in Dakar said they were eligible for the credit only after a review.",
            "pledge/money-noun-back-reference",
            "credit",
            &[("source", "FRA")],
        ),
    ];
    const NOT: &[(&str, &str)] = &[
        (
            "The loan carries interest of 2.7 pct and runs for 25 years.",
            "pledge/money-noun-back-reference",
        ),
        (
            "Japan agreed to lend Indonesia 300 billion yen. \
             The money markets were quiet, and the farm credit system was unchanged.",
            "pledge/money-noun-back-reference",
        ),
    ];
    check(CASES, NOT);
}

#[test]
fn a_participant_telling_a_meeting_already_reported() {
    const CASES: &[Case] = &[
        (
            "Finance ministers of the Group of Seven met in Paris on Sunday. \
             Japan's finance minister told the meeting Tokyo was ready to act.",
            "meeting/named-again-back-reference",
            "meeting",
            &[("participant", "JPN")],
        ),
        (
            "Leaders of the European Union gathered for a summit in Brussels on Thursday. \
             Chancellor Merz told the summit that Berlin would pay its share.",
            "meeting/named-again-back-reference",
            "summit",
            &[("participant", "DEU")],
        ),
    ];
    const NOT: &[(&str, &str)] = &[
        (
            "Japan's finance minister told the meeting Tokyo was ready to act.",
            "meeting/named-again-back-reference",
        ),
        (
            "Blair and Schroeder met in Berlin on Friday. \
             The chairman told the shareholders' meeting that profits would rise.",
            "meeting/named-again-back-reference",
        ),
    ];
    check(CASES, NOT);
}
