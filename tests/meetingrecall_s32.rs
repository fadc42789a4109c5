//! Session 32 (issues #14, #15): meetings the rules missed.
//!
//! - A roundtable held by or with a named leader or official
//!   (`meeting/roundtable`): "at a roundtable chaired by President Lee",
//!   also when every party is of one country; not a capitalised
//!   "Roundtable" naming a lobby or a survey.
//! - In a story on a commodity organisation of states, its council,
//!   executive board or working group meeting without the organisation's
//!   name beside the meeting word (`meeting/commodity-organ-in-story`):
//!   "the council meeting is expected to resume", "the executive board
//!   meets in London"; not a company's board or a city council.
//! - Contact between two named parties (`meeting/contact`): "no sign of
//!   high-level contact between Washington and Beijing", "said it was in
//!   contact with Washington"; not contact lenses or a dealer's calls.
//! - An official on a regional or several-country tour (`meeting/tour`):
//!   "began a four-nation Asian tour"; not a band's world tour.
//!
//! The team's own sentences, rules alone (`--min-confidence 0`).

mod common;

use common::role_countries;
use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// (story, the rule whose meeting is wanted, whether that rule finds one,
/// the sorted participant countries it must include).
type Case = (&'static str, &'static str, bool, &'static [&'static str]);

const CASES: &[Case] = &[
    // A roundtable chaired by a president, all its parties of one country.
    (
        "President Lula chaired a roundtable with chief executives at the Planalto palace on Tuesday.",
        "meeting/roundtable",
        true,
        &["BRA"],
    ),
    // A leader telling a roundtable of foreign business chambers.
    (
        "Chancellor Friedrich Merz on Monday urged foreign companies to invest in Germany, telling a roundtable of overseas business chambers that energy costs would fall.",
        "meeting/roundtable",
        true,
        &["DEU"],
    ),
    // A capitalised Roundtable is a lobby's or a survey's name.
    (
        "The Business Roundtable, a lobby of chief executives, urged Congress to cut corporate taxes.",
        "meeting/roundtable",
        false,
        &[],
    ),
    (
        "A roundtable survey of manufacturers showed a third plan to move production abroad.",
        "meeting/roundtable",
        false,
        &[],
    ),
    // A cocoa organisation's council meeting in a story on that body.
    (
        "Cocoa producers and consumers failed to agree on buffer stock rules, International Cocoa Organization delegates said. The council meeting is expected to resume on Monday.",
        "meeting/commodity-organ-in-story",
        true,
        &[],
    ),
    // The coffee organisation's executive board meets: "board" is no
    // company's in a story on that body.
    (
        "Coffee exporters want quotas restored, delegates said. The ICO executive board meets in London next week to review the market.",
        "meeting/commodity-organ-in-story",
        true,
        &[],
    ),
    // A company's board, a city council: no commodity organisation.
    (
        "The company's executive board meets next month to review the dividend.",
        "meeting/commodity-organ-in-story",
        false,
        &[],
    ),
    (
        "The city council meeting was delayed by a week because of the storm.",
        "meeting/commodity-organ-in-story",
        false,
        &[],
    ),
    // Contact between two named capitals, negated or asserted.
    (
        "There has been no direct contact between Tokyo and Seoul since the row over the export curbs.",
        "meeting/contact",
        true,
        &["JPN", "KOR"],
    ),
    (
        "The European Commission said it remained in contact with Washington over the steel duties.",
        "meeting/contact",
        true,
        &["EU", "USA"],
    ),
    // Contact lenses, a dealer's calls to a central bank: no exchange.
    (
        "Sales of contact lenses in France and Germany rose last year.",
        "meeting/contact",
        false,
        &[],
    ),
    (
        "One dealer said he had been in contact with the Bundesbank all morning.",
        "meeting/contact",
        false,
        &[],
    ),
    // An official's several-country or world tour; a band's tour is none.
    (
        "Prime Minister Mark Carney on Monday began a four-nation Asian tour in Tokyo.",
        "meeting/tour",
        true,
        &["CAN"],
    ),
    (
        "Mexico declared a pause on its debt payments and followed it up with a world tour by ministers seeking support.",
        "meeting/tour",
        true,
        &["MEX"],
    ),
    (
        "The band will play six dates in Germany as part of its world tour.",
        "meeting/tour",
        false,
        &[],
    ),
];

#[test]
fn roundtables_commodity_councils_contacts_and_tours_are_meetings() {
    let ex = extractor();
    let mut wrong = Vec::new();
    for &(text, rule, fires, parties) in CASES {
        let found: Vec<_> = ex
            .extract_dated("case", text, Some("2026-01-20"))
            .into_iter()
            .filter(|e| e.event_type == "meeting" && e.rule == rule)
            .collect();
        if found.is_empty() == fires {
            wrong.push(format!(
                "{text}: {rule} fires {}, want {fires}",
                !found.is_empty()
            ));
            continue;
        }
        if let Some(e) = found.first() {
            let got = role_countries(e, "participant");
            if !parties.iter().all(|p| got.contains(*p)) {
                wrong.push(format!("{text}: participants {got:?}, want {parties:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
