//! Session 28: a pledge whose sentence names its giver as a body with no
//! country (the IMF, the World Bank, a development bank, the Paris Club)
//! takes no giver from the rest of its article (src/extract/article.rs
//! `inherit_roles`, `home_pledge`; src/extract/roles/pledge.rs
//! `countryless_giver`). ANNOTATION.md codes no such body, so the role
//! stays empty; the story's country, mostly the borrower, is no giver of
//! this money. The team's own sentences, rules alone (`--min-confidence 0`).

mod common;

use newsevents::Extractor;

/// Article, start of the checked sentence, trigger, then the source and
/// target countries its pledge must hold (empty: the role is left open).
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

fn check(cases: &[Case]) {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    let mut failures = Vec::new();
    for (text, sentence, trigger, source, target) in cases {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        let got = events
            .iter()
            .find(|e| {
                e.event_type == "pledge"
                    && e.trigger.text == *trigger
                    && e.sentence.text.starts_with(sentence)
            })
            .map(|e| {
                (
                    common::role_countries(e, "source"),
                    common::role_countries(e, "target"),
                )
            });
        let want = (common::codes(source), common::codes(target));
        if got.as_ref() != Some(&want) {
            failures.push(format!(
                "{sentence:?} ({trigger}): got {got:?}, want {want:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const PERU: &str = "Peru signs 150 mln dlr loan for water projects\n\nLIMA, June 2 - Peru signed a 150 mln dlr loan on Monday to expand water supply in the southern highlands, the economy ministry said. A further loan from the Inter-American Development Bank worth 40 mln dlrs is expected in September. The IADB loan will carry a 20-year term.";

const GHANA: &str = "Ghana to get IMF cash after review\n\nACCRA, May 5 - Ghana expects to receive about 360 mln dlrs by the end of the month, the finance minister said on Monday. The IMF board approved the 360 mln dlr disbursement for Ghana on Friday. Ghana's government will also provide 80 mln dlrs in support to cocoa farmers this year.";

const KENYA: &str = "Japan lends Kenya 300 mln dlrs for ports\n\nNAIROBI, March 3 - Japan pledged a 300 mln dlr loan to Kenya on Tuesday to expand the port of Mombasa. The loan, co-financed with the World Bank, will be disbursed in two tranches from July.";

/// The body gives: after "from" past the trigger, naming the trigger, or
/// the subject right before it. The recipient is still the story's
/// country; the giver stays open.
#[test]
fn countryless_lender_takes_no_story_giver() {
    check(&[
        (
            PERU,
            "A further loan from the Inter-American",
            "loan",
            &[],
            &["PER"],
        ),
        (PERU, "The IADB loan will carry", "loan", &[], &["PER"]),
        (
            GHANA,
            "The IMF board approved",
            "disbursement",
            &[],
            &["GHA"],
        ),
    ]);
}

/// Not a body beside the giver or the story's own money at home: those
/// keep what the article gives them.
#[test]
fn other_bodies_leave_the_story_giver() {
    check(&[
        (
            KENYA,
            "The loan, co-financed with the World Bank",
            "loan",
            &["JPN"],
            &["KEN"],
        ),
        (
            GHANA,
            "Ghana's government will also provide",
            "provide",
            &["GHA"],
            &["GHA"],
        ),
    ]);
}
