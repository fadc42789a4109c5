//! Raids of modern reporting the look half of the dev set never showed
//! (issue #14, twenty-fourth session): anti-graft bodies, revenue
//! intelligence and customs interceptions and hauls, sting operations,
//! arrests made in an operation, tax surveys and enforcement drives, what
//! a raid found or sealed at the premises, and the agencies by country.
//! Each case is the team's own sentence; an earlier paragraph may set the
//! story, and only events of the last paragraph count.

mod common;

use common::last_paragraph_triggers;
use newsevents::Extractor;
use newsevents::event::Role;

/// (article, a trigger of the raid its last paragraph must give)
const RAIDS: &[(&str, &str)] = &[
    // Anti-graft bodies and their agents' words.
    (
        "Graft busters swooped on the home of a senior land official in Johor Bahru on Monday night.",
        "swooped on",
    ),
    (
        "The Economic and Financial Crimes Commission stormed a hideout in Ikotun and arrested 12 suspected fraudsters.",
        "stormed",
    ),
    (
        "I-T sleuths pounced on the businessman's offices and two warehouses in Surat on Tuesday.",
        "pounced on",
    ),
    // Interceptions and hauls.
    (
        "Acting on a tip-off, revenue intelligence officers intercepted a lorry on the highway near Surat and found gold bars under its floor.",
        "intercepted",
    ),
    (
        "The traveller, who had flown in from Doha, was intercepted at the green channel with gold paste strapped to his waist.",
        "was intercepted",
    ),
    (
        "Customs officers seized 300 kg of cocaine hidden in a shipment of pineapples at the port on Tuesday.",
        "seized",
    ),
    (
        "Customs officials at the airport found 3 kg of methamphetamine in a passenger's luggage.",
        "found",
    ),
    (
        "Heroin worth Rs 50 crore recovered from truck in Punjab",
        "recovered",
    ),
    // Sting operations and arrests made in an operation.
    (
        "The regent was arrested in a sting operation in which investigators seized 1.4 billion rupiah in cash.",
        "sting operation",
    ),
    (
        "Officers of the bureau arrested 15 suspects during a dawn swoop in the port city.",
        "arrested",
    ),
    // Tax surveys and enforcement drives at premises.
    (
        "Income tax officials carried out a survey operation at the broadcaster's offices in New Delhi and Mumbai.",
        "survey operation",
    ),
    (
        "The Anti-Corruption Commission conducted a drive at the land office in Dhaka and seized files.",
        "drive",
    ),
    // Searches still going on, and what a raid found or sealed.
    (
        "Searches are under way at the homes of the former minister's aides in Kyiv.",
        "searches are under way",
    ),
    (
        "Excise officers searched a liquor depot outside Cebu on Friday.\n\nBoth of its storerooms were sealed and padlocked until the audit ends.",
        "sealed",
    ),
    (
        "Labour inspectors and police raided three berry farms near Huelva on Tuesday.\n\nNine teenagers found at the three farms were placed with child services.",
        "found",
    ),
    (
        "Customs officers raided a warehouse in the port of Busan on Monday.\n\nThe haul was worth an estimated 3 billion won.",
        "haul",
    ),
    // An online firm or internet fraudsters can be raided.
    (
        "The DGGI conducted searches at 15 premises of an online gaming company in Bengaluru.",
        "conducted searches",
    ),
];

/// Articles whose last paragraph must give no raid.
const NOT: &[&str] = &[
    "Officials pounced on the opportunity to cut rates.",
    "Air defence units intercepted two missiles over the capital overnight.",
    "The defender intercepted a pass and ran the length of the pitch.",
    "Police seized control of the square after the protesters left.",
    "The agency said officers had seized 40 tonnes of drugs so far this year.",
    "More than 90 tonnes of cocaine were seized at European ports last year, the report said.",
    "Investigators found that the firm had smuggled 40 kg of gold.",
    "The channel's sting operation caught the lawmaker on camera.",
    "Troops detained 30 suspected militants in a military operation in the north.",
    "The health department launched a vaccination drive in rural clinics.",
    "The team launched a drive against the market leader in the smartphone segment.",
    "The company conducted a search for a new chief executive.",
    "The airline's long-haul flights were cancelled.",
    "Both of its storerooms were sealed and padlocked until the audit ends.",
    // Kabaddi raids and a transfer "raid" in sport.
    "Both sides scored with their first three raids before the defenders tackled the fourth.",
];

#[test]
fn modern_raid_wordings_give_a_raid() {
    let ex = Extractor::embedded().unwrap();
    for (text, trigger) in RAIDS {
        let got = last_paragraph_triggers(&ex, text, "raid");
        assert!(
            got.iter().any(|t| t == trigger),
            "no raid on {trigger:?} in {text:?}: {got:?}"
        );
    }
}

#[test]
fn the_same_words_in_other_senses_give_no_raid() {
    let ex = Extractor::embedded().unwrap();
    for text in NOT {
        let got = last_paragraph_triggers(&ex, text, "raid");
        assert!(got.is_empty(), "raid in {text:?}: {got:?}");
    }
}

/// Anti-graft, customs and police agencies of 2024-2026 reporting are the
/// raid's source by their country (data/lexicon/agencies.jsonl).
#[test]
fn modern_agencies_are_the_source() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str)] = &[
        (
            "The Malaysian Anti-Corruption Commission raided two flats in Kuala Lumpur and seized cash.",
            "MYS",
        ),
        (
            "KPK investigators searched the regent's office and his official residence on Tuesday.",
            "IDN",
        ),
        (
            "EFCC operatives raided a nightclub in Akure and arrested 50 suspected fraudsters.",
            "NGA",
        ),
        (
            "The Hawks raided the homes of three senior municipal officials in Durban.",
            "ZAF",
        ),
        (
            "The SBU searched the homes of two regional officials in Kharkiv.",
            "UKR",
        ),
        (
            "The DGGI conducted searches at 15 premises of a tobacco company in Bengaluru.",
            "IND",
        ),
        (
            "The Carabinieri raided a warehouse near Naples and seized 2 tonnes of cocaine.",
            "ITA",
        ),
        (
            "The BKA searched the homes of 15 suspects in six states.",
            "DEU",
        ),
    ];
    for (text, country) in cases {
        let events = ex.extract_dated("case", text, Some("2025-09-01"));
        let sources: Vec<String> = events
            .iter()
            .filter(|e| e.event_type == *"raid")
            .flat_map(|e| e.actors.iter())
            .filter(|a| a.role == Role::Source)
            .filter_map(|a| a.country.clone())
            .collect();
        assert!(
            sources.iter().any(|c| c == country),
            "no {country} source in {text:?}: {sources:?}"
        );
    }
}
