//! Session 30: a visit, trip or tour "to" a list of places is one meeting
//! per host country, each with the visitor ("a visit to Slovakia and
//! Hungary": `meeting_visit_words`, `meeting_visit_preps`,
//! `split::split_meetings`); two cities of one host stay one visit, a verb's
//! own list ("will visit Britain, France and Italy") one tour, talks with two
//! people one meeting. The team's own sentences, rules alone
//! (`--min-confidence 0`).

mod common;
use common::role_countries;
use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// The sorted participant countries of each meeting found in `text`, sorted.
fn meetings(text: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = extractor()
        .extract_dated("case", text, Some("2026-01-20"))
        .into_iter()
        .filter(|e| e.event_type == "meeting")
        .map(|e| role_countries(&e, "participant").into_iter().collect())
        .collect();
    out.sort();
    out
}

/// (sentence, the participant countries of each of its meetings, sorted).
const VISITS: &[(&str, &[&[&str]])] = &[
    (
        "German Chancellor Friedrich Merz will make a three-day visit to Poland and Lithuania next week, his spokesman said.",
        &[&["DEU", "LTU"], &["DEU", "POL"]],
    ),
    (
        "Japanese Prime Minister Sanae Takaichi will make visits to Vietnam, Indonesia and Australia in the spring.",
        &[&["AUS", "JPN"], &["IDN", "JPN"], &["JPN", "VNM"]],
    ),
    (
        "Canadian Prime Minister Mark Carney returned from a visit to Mexico and Brazil on Friday.",
        &[&["BRA", "CAN"], &["CAN", "MEX"]],
    ),
    // Two cities of one host: one visit.
    (
        "Indian Prime Minister Narendra Modi began a visit to Tokyo and Osaka on Saturday.",
        &[&["IND", "JPN"]],
    ),
    // A verb's own list, no "to": one tour, as the wire gold reads it.
    (
        "Brazilian Finance Minister Fernando Haddad will visit Britain, France and Italy this week.",
        &[&["BRA", "FRA", "GBR", "ITA"]],
    ),
    // Talks with two people: one meeting.
    (
        "French President Emmanuel Macron held talks with Polish Prime Minister Donald Tusk and Italian Prime Minister Giorgia Meloni in Rome.",
        &[&["FRA", "ITA", "POL"]],
    ),
];

#[test]
fn a_visit_to_a_list_of_places_is_one_meeting_per_host() {
    for (text, want) in VISITS {
        let want: Vec<Vec<String>> = want
            .iter()
            .map(|m| m.iter().map(|c| c.to_string()).collect())
            .collect();
        assert_eq!(meetings(text), want, "{text}");
    }
}
