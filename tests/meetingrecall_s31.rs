//! Session 31 (issue #14): one named leader telling another, in a story
//! that has reported their call or meeting, is that exchange
//! (`meeting/told-leader`): "the emir told President Lula on Monday that
//! ...", "Xi told Trump that ...". It is asserted whatever the reported words
//! say ("would"), and the names in what was said are its content, not
//! parties (`meeting_speech_content`). Not "told reporters", a news agency,
//! a parliament or an official's briefing. The team's own sentences, rules
//! alone (`--min-confidence 0`).

mod common;

use common::role_countries;
use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// (two-sentence story, whether its second sentence holds a
/// `meeting/told-leader` meeting, that meeting's modality and sorted
/// participant countries).
type Told = (&'static str, bool, &'static str, &'static [&'static str]);

const TOLD: &[Told] = &[
    // Told by name, with the reported words naming a third country.
    (
        "Lula and Macron held talks in Belem last month. Lula told Macron that Germany would join the forest fund.",
        true,
        "asserted",
        &["BRA", "FRA"],
    ),
    // Told by title, on a weekday, the reported words planned.
    (
        "Albanese spoke by phone with Modi on Monday. Modi told Prime Minister Anthony Albanese on Monday that India would buy more Australian coal.",
        true,
        "asserted",
        &["AUS", "IND"],
    ),
    // A headline's "tells", the one told by his title alone.
    (
        "Erdogan and Pezeshkian met in Ankara on Sunday. Turkish president tells Iranian president Ankara backs de-escalation",
        true,
        "asserted",
        &["IRN", "TUR"],
    ),
    // Reporters, a news agency or an official's briefing: no exchange.
    (
        "Starmer met Carney in Ottawa on Monday. Starmer told reporters that the talks had gone well.",
        false,
        "",
        &[],
    ),
    (
        "Starmer met Carney in Ottawa on Monday. A Canadian official told Reuters that Britain would buy more canola.",
        false,
        "",
        &[],
    ),
    // No meeting told before: a leader telling one is no exchange alone.
    (
        "Lula told Macron that Germany would join the forest fund.",
        false,
        "",
        &[],
    ),
];

#[test]
fn a_leader_telling_another_is_their_meeting() {
    let ex = extractor();
    let mut wrong = Vec::new();
    for &(text, fires, modality, parties) in TOLD {
        let told: Vec<_> = ex
            .extract_dated("case", text, Some("2026-01-20"))
            .into_iter()
            .filter(|e| e.event_type == "meeting" && e.rule == "meeting/told-leader")
            .collect();
        if told.is_empty() == fires {
            wrong.push(format!("{text}: fires {}, want {fires}", !told.is_empty()));
            continue;
        }
        if let Some(e) = told.first() {
            let got: Vec<String> = role_countries(e, "participant").into_iter().collect();
            let got_modality = e.modality.as_str();
            if got_modality != modality || got != parties {
                wrong.push(format!(
                    "{text}: {got_modality} {got:?}, want {modality} {parties:?}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
