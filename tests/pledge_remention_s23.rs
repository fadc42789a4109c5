//! Later mentions of a pledge by its money noun (session 23, issue #14):
//! plural nouns, tranches and instalments, any past verb (not an irregular
//! present -s form, nor after an adverb or opening quote: measured s24); and a recipient's reaction to the money
//! ("officials in Tunis welcomed the package") takes the giver of the
//! earlier pledge instead of giving the recipient both roles. The team's
//! own sentences, rules alone (`--min-confidence 0`).

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

fn roles(e: &newsevents::Event, role: &str) -> Vec<String> {
    let mut v: Vec<String> = e
        .actors
        .iter()
        .filter(|a| a.role.as_str() == role)
        .filter_map(|a| a.country.clone())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// (article, trigger text, sources, targets)
type Case = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

const RULE: &str = "pledge/money-noun-back-reference";

fn check(cases: &[Case]) {
    let ex = extractor();
    for (text, trigger, sources, targets) in cases {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        let e = events
            .iter()
            .find(|e| e.rule == RULE && e.trigger.text == *trigger)
            .unwrap_or_else(|| panic!("no {RULE} on {trigger:?} in {text:?}: {events:?}"));
        if !sources.is_empty() {
            assert_eq!(roles(e, "source"), *sources, "{text}: {:?}", e.actors);
        }
        if !targets.is_empty() {
            assert_eq!(roles(e, "target"), *targets, "{text}: {:?}", e.actors);
        }
    }
}

#[test]
fn money_nouns_named_again_with_any_past_verb() {
    check(&[
        (
            "Riyadh pledged $600 billion of investment in the United States. \
             The investments drew praise from American chipmakers.",
            "investments",
            &["SAU"],
            &["USA"],
        ),
        (
            "Japan agreed to lend Kenya 40 billion yen for a new port. \
             At home the loan drew criticism from opposition lawmakers.",
            "loan",
            &["JPN"],
            &["KEN"],
        ),
        (
            "Germany pledged 500 million euros in aid to Moldova. \
             Officials said the aid covered most of the winter fuel bill.",
            "aid",
            &[],
            &[],
        ),
        (
            "Canada pledged C$2 billion in loans to Ukraine on Friday. \
             No timetable for the purchases was given, but the loans reflected months of talks.",
            "purchases",
            &[],
            &[],
        ),
    ]);
}

#[test]
fn a_recipients_reaction_keeps_the_giver() {
    check(&[
        (
            "Brussels pledged 1 billion euros to Tunisia. \
             Tunisian officials welcomed the package on Tuesday.",
            "package",
            &["EU"],
            &["TUN"],
        ),
        (
            "Norway pledged $300 million in aid to Malawi on Monday. \
             Malawi welcomed the aid on Tuesday.",
            "aid",
            &["NOR"],
            &["MWI"],
        ),
    ]);
}

#[test]
fn no_earlier_pledge_or_a_bare_s_form_gives_none() {
    let ex = extractor();
    for text in [
        "At home the loan drew criticism from opposition lawmakers.",
        "The investments drew praise from American chipmakers.",
        "Japan pledged $2 billion in aid to Laos. The aid agencies said the roads were closed.",
        // Measured s24: an irregular -s form, or an adverb before the verb,
        // gained nothing and cost false pledges.
        "Japan pledged $2 billion in aid to Laos. Bankers said the package makes a default less likely.",
        "Japan pledged $2 billion in aid to Laos. The whole package also is being held up by arrears.",
    ] {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        assert!(
            !events.iter().any(|e| e.rule == RULE),
            "{RULE} in {text:?}: {events:?}"
        );
    }
}
