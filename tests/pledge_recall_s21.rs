//! Pledge recall classes of the twenty-first session (issue #14), the
//! team's own sentences, rules alone (`--min-confidence 0`): a party that
//! will not, or will no longer, pay, contribute or invest, or opts out of a
//! joint borrowing, in a story that has already reported a pledge, is a
//! negated pledge of `pledge/withheld-in-story` with that party as source;
//! the same words outside a story of pledges, or about bills, taxes and
//! reparations, give none.

use newsevents::Extractor;

/// (article, trigger text, the source's country code)
const CASES: &[(&str, &str, &str)] = &[
    (
        "Canada pledged C$500 million to the global fund on Monday. \
         Australia will not contribute this year, its foreign minister said.",
        "contribute",
        "AUS",
    ),
    (
        "The EU agreed to lend Ukraine €90 billion over two years. \
         Hungary and Slovakia will not take part in the borrowing.",
        "take part",
        "HUN",
    ),
    (
        "Japan promised $2 billion for the climate fund. \
         The United States said it would no longer contribute to the fund.",
        "contribute",
        "USA",
    ),
    (
        "Germany pledged €1 billion to the reconstruction fund. \
         Hungary opted out of the joint borrowing.",
        "opted out",
        "HUN",
    ),
    (
        "Norway will invest $3 billion in the forest facility. \
         Britain won't invest, a person familiar with the plans said.",
        "invest",
        "GBR",
    ),
];

const NOT: &[&str] = &[
    "Washington will not pay, the health secretary said.",
    "Japan pledged $2 billion in aid. Exporters will not pay the higher tariffs, officials said.",
    "Japan pledged $2 billion in aid. If Russia does not pay reparations, the assets will be used.",
    "Saudi Arabia pledged $5 billion in aid. Tenants will not pay rent until the repairs are done.",
];

#[test]
fn a_party_withholding_money_in_a_pledge_story_is_a_negated_pledge() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    for (text, trigger, source) in CASES {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        let p = events
            .iter()
            .find(|e| e.rule == "pledge/withheld-in-story")
            .unwrap_or_else(|| panic!("no withheld pledge in {text:?}: {events:?}"));
        assert_eq!(p.trigger.text, *trigger, "{text}");
        assert_eq!(p.modality.as_str(), "negated", "{text}");
        assert!(
            p.actors
                .iter()
                .any(|a| a.role.as_str() == "source" && a.country.as_deref() == Some(*source)),
            "{text}: {:?}",
            p.actors
        );
    }
    for text in NOT {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        assert!(
            !events.iter().any(|e| e.rule == "pledge/withheld-in-story"),
            "withheld pledge in {text:?}: {events:?}"
        );
    }
}
