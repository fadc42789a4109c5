//! Meetings told again on modern copy (issue #14, twenty-eighth session):
//! the pair of a call or meeting the story has told, named as "they", "the
//! two" or "the leaders", who "spoke" or "talked" again
//! (`meeting/pair-spoke`), what two named leaders "agreed" or "sealed" at
//! a named place, told after the fact (`meeting/agreed-at-place`), and a
//! leader received by another in the passive, the host after "by"
//! (`meeting/receive`). A speech, a word to reporters, an agreement of
//! shareholders or with no place, and a proposal received are none. And a
//! purchase told as expected, resumed, increased or possible ("Washington
//! expects Chinese purchases worth billions") is a pledge to buy
//! (`pledge/purchase-commitment`), an import market's growth or a futures
//! market's buying none. Each case is the team's own text.

mod common;

use common::{codes, role_countries, wrong_last_sentence_meeting_lists};
use newsevents::Extractor;

/// (text, the participants of each meeting found in its last sentence)
const CASES: &[(&str, &[&[&str]])] = &[
    // meeting/pair-spoke: the pair named again by a pronoun.
    (
        "The Brazilian president met the U.S. president at the White House in March. \
         They spoke again in June about coffee and beef tariffs.",
        &[&["BRA", "USA"]],
    ),
    (
        "British Prime Minister Keir Starmer and President Donald Trump held a phone call \
         on Monday about Ukraine. \
         Two days later the two spoke again, agreeing to keep working on the deal.",
        &[&["GBR", "USA"]],
    ),
    (
        "Modi met the Japanese prime minister in Tokyo in August. \
         According to officials, the leaders talked about shipbuilding and rare earths.",
        &[&["IND", "JPN"]],
    ),
    // To reporters, or with no meeting told before: none.
    (
        "The Brazilian president met the U.S. president at the White House in March. \
         They spoke to reporters outside the West Wing afterwards.",
        &[],
    ),
    (
        "Coffee prices rose in June after a frost in Minas Gerais. \
         They spoke about the harvest at a farmers' fair in Brazil.",
        &[],
    ),
    // meeting/agreed-at-place: the meeting an agreement came from.
    (
        "Coffee exporters said the quota was unchanged. \
         Officials expect both sides to keep to the framework that Lee Jae Myung \
         and Donald Trump agreed at Gyeongju in October.",
        &[&["KOR", "USA"]],
    ),
    (
        "Steel exporters said the quota was unchanged. \
         The truce agreed by Xi Jinping and Donald Trump at Busan last October still holds.",
        &[&["CHN", "USA"]],
    ),
    // Shareholders, or no place after the verb: none.
    (
        "Steel exporters said the quota was unchanged. \
         The price agreed by shareholders at the meeting was 40 dollars a share.",
        &[],
    ),
    (
        "Steel exporters said the quota was unchanged. \
         The truce agreed by China and the United States still holds, officials said.",
        &[],
    ),
    // meeting/receive: a leader received by another, told in the passive
    // with the host after "by".
    (
        "Steel exporters said the quota was unchanged. \
         Brazilian President Lula will be received on arrival by Japanese Prime Minister \
         Shigeru Ishiba before a state banquet.",
        &[&["BRA", "JPN"]],
    ),
    (
        "Steel exporters said the quota was unchanged. \
         The Kenyan president was received at the Berlaymont building by Commission \
         President Ursula von der Leyen.",
        &[&["EU", "KEN"]],
    ),
    (
        "Lula met German Chancellor Olaf Scholz in Brasilia on Monday. \
         He was last received in Berlin by the chancellor in 2023.",
        &[&["BRA", "DEU"]],
    ),
    // A proposal received by a government: none.
    (
        "Steel exporters said the quota was unchanged. \
         The Kenyan proposal was received by the French government with little enthusiasm.",
        &[],
    ),
];

#[test]
fn meetings_told_again_by_their_pair_their_agreement_or_a_reception() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    let wrong = wrong_last_sentence_meeting_lists(&ex, CASES, "2025-11-30");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// (text, the (source, target) of each pledge found in it)
const PURCHASES: &[(&str, &[(&str, &str)])] = &[
    // Expected, resumed, increased or possible buying of another's goods.
    (
        "Officials said possible Chinese purchases of U.S. corn and cotton would come up at the talks.",
        &[("CHN", "USA")],
    ),
    (
        "Washington expects Chinese purchases of American farm goods worth $25 billion a year.",
        &[("CHN", "USA")],
    ),
    (
        "The deal brought increases in Indian purchases of U.S. crude oil.",
        &[("IND", "USA")],
    ),
    // An import market's growth, a futures market's buying: none.
    (
        "The ministry expects the wheat import market to expand to 3 million tonnes next year.",
        &[],
    ),
    (
        "Analysts said possible purchases by index funds lifted soybean futures in Chicago.",
        &[],
    ),
];

#[test]
fn expected_resumed_or_possible_purchases_are_pledges() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    let mut wrong = Vec::new();
    for (text, want) in PURCHASES {
        let events = ex.extract_dated("case", text, Some("2025-11-30"));
        let got: Vec<(
            std::collections::BTreeSet<String>,
            std::collections::BTreeSet<String>,
        )> = events
            .iter()
            .filter(|e| e.event_type == "pledge")
            .map(|e| (role_countries(e, "source"), role_countries(e, "target")))
            .collect();
        let want: Vec<(
            std::collections::BTreeSet<String>,
            std::collections::BTreeSet<String>,
        )> = want
            .iter()
            .map(|(s, t)| (codes(&[s]), codes(&[t])))
            .collect();
        if got != want {
            wrong.push(format!("{text}\n  want {want:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
