//! Who does what to whom: a table of realistic sentences and the countries
//! each role must hold in the event the sentence gives.

mod common;
use common::{codes, role_countries};
use newsevents::Extractor;

/// Sentence, event type, then the countries of source, target and participant.
type Case = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

const CASES: &[Case] = &[
    // Pledges.
    (
        "Japan pledged 1.5 billion dlrs in new loans to Mexico.",
        "pledge",
        &["JPN"],
        &["MEX"],
        &[],
    ),
    (
        "Senegal was promised 100 mln dlrs in aid by France.",
        "pledge",
        &["FRA"],
        &["SEN"],
        &[],
    ),
    (
        "The U.S. asked South Korea to invest $350 billion in the United States.",
        "pledge",
        &["KOR"],
        &["USA"],
        &[],
    ),
    (
        "South Korea is studying a plan to buy more coal from the United States.",
        "pledge",
        &["KOR"],
        &["USA"],
        &[],
    ),
    (
        "Yugoslavia reached an agreement with Western creditors on refinancing its debt.",
        "pledge",
        &[],
        &["YUG"],
        &[],
    ),
    (
        "Poland needs new credits from Western governments, officials said.",
        "pledge",
        &[],
        &["POL"],
        &[],
    ),
    // Tariffs.
    (
        "South Korea continues to face a 25% tariff on automobiles exported to the United States.",
        "tariff",
        &["USA"],
        &["KOR"],
        &[],
    ),
    (
        "Reagan imposed 100 pct tariffs on Japanese semiconductors.",
        "tariff",
        &["USA"],
        &["JPN"],
        &[],
    ),
    (
        "Indonesia has protested to the EC about its plan to raise import duties on vegetable oils.",
        "tariff",
        &["EU"],
        &["IDN"],
        &[],
    ),
    (
        "Officials said the most likely move against Japan would involve import duties on electronics.",
        "tariff",
        &[],
        &["JPN"],
        &[],
    ),
    // Raids.
    (
        "U.S. immigration agents raided a Hyundai plant in Georgia, detaining 475 workers.",
        "raid",
        &["USA"],
        &["KOR"],
        &[],
    ),
    // Meetings.
    (
        "Trump will meet Chinese leader Xi Jinping in Busan.",
        "meeting",
        &[],
        &[],
        &["USA", "CHN"],
    ),
    (
        "Treasury Secretary Baker met West German Finance Minister Stoltenberg in Washington.",
        "meeting",
        &[],
        &[],
        &["USA", "DEU"],
    ),
];

#[test]
fn roles_table() {
    let ex = Extractor::embedded().unwrap();
    let mut failures = Vec::new();
    for (text, t, source, target, participant) in CASES {
        let events = ex.extract("case", text);
        let Some(e) = events.iter().find(|e| e.event_type == *t) else {
            failures.push(format!("no {t} event in {text:?}"));
            continue;
        };
        let got = (
            role_countries(e, "source"),
            role_countries(e, "target"),
            role_countries(e, "participant"),
        );
        let want = (codes(source), codes(target), codes(participant));
        if got != want {
            failures.push(format!("{text:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
