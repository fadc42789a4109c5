//! Session 33 (issue #14): Indian cities where investment lands are places
//! of the lexicon coded IND (`data/lexicon/places.jsonl`), as Mumbai,
//! Chennai and Visakhapatnam already were. A company's pledge to build in
//! one of them ("will invest ₹1,200 crore in a new line in Pune", "signed an
//! MoU to build a park in Coimbatore with an investment of ₹450 crore") has
//! the city's country for recipient; before, the sentence named no actor
//! and the rules that require one found no pledge, or the pledge had no
//! recipient. The team's own sentences, rules alone (`--min-confidence 0`).

use newsevents::Extractor;
use newsevents::event::Role;

/// (sentence, the recipient its one pledge must have)
const CITY_RECIPIENTS: &[(&str, &str)] = &[
    // a signed memorandum with its investment, the city its only actor
    (
        "Apex Textiles signed an MoU to build a garment park in Coimbatore with an investment of ₹450 crore.",
        "IND",
    ),
    // "will invest ... in" a plant in the city
    (
        "Sunbeam Motors will invest ₹1,200 crore in a new assembly line in Pune, the company said on Friday.",
        "IND",
    ),
    // a headline
    (
        "Kaveri Renewables to invest ₹3,500 crore in Nagpur battery plant",
        "IND",
    ),
    // agreements signed for a plant "at" the city, an alias
    (
        "Orbit Pharma signed agreements worth ₹900 crore to expand its plant at Baroda.",
        "IND",
    ),
];

#[test]
fn an_indian_city_receives_the_investment_made_in_it() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    for (text, country) in CITY_RECIPIENTS {
        let pledges: Vec<_> = ex
            .extract_dated("case", text, Some("2026-02-07"))
            .into_iter()
            .filter(|e| e.event_type == "pledge")
            .collect();
        assert_eq!(pledges.len(), 1, "{text}: {pledges:?}");
        let targets: Vec<_> = pledges[0]
            .actors
            .iter()
            .filter(|a| a.role == Role::Target)
            .filter_map(|a| a.country.as_deref())
            .collect();
        assert_eq!(targets, [*country], "{text}: {pledges:?}");
    }
}
