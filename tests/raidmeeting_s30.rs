//! Raid and meeting recall on modern reporting (issue #14, thirtieth
//! session). "Negotiates", the third-person form of the talks verb, was no
//! trigger: "as Mexico negotiates with the United States" told no meeting.
//! It is one only with two parties named in its sentence, since a
//! company's headline uses it for its own financing with lenders unnamed
//! ("X NEGOTIATES NEW CREDIT LINE"). A government sending its minister,
//! team or delegation to another's capital ("Korea sends trade team to
//! Washington") told no visit either. Each case is the team's own text.

mod common;

use common::wrong_meeting_lists;
use newsevents::Extractor;

/// (text, the participants of each meeting it gives, in order)
const NEGOTIATES: &[(&str, &[&[&str]])] = &[
    (
        "The tariff cut comes as Canada negotiates a new trade pact with Washington.",
        &[&["CAN", "USA"]],
    ),
    (
        "Seoul negotiates with Tokyo over the fisheries quota each spring.",
        &[&["JPN", "KOR"]],
    ),
    (
        "The European Commission said the duties could be dropped if Beijing negotiates.",
        &[&["CHN", "EU"]],
    ),
    // One party, or a firm's own financing: no meeting.
    (
        "The German carmaker negotiates new financing with its banks.",
        &[],
    ),
    (
        "The European Union, which negotiates trade on behalf of its member states, did not reply.",
        &[],
    ),
];

#[test]
fn negotiates_with_two_named_parties_is_a_meeting() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    let wrong = wrong_meeting_lists(&ex, NEGOTIATES, "2026-03-02");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A government sending its officials to another's capital: the envoys'
/// visit is a meeting of the sender and the place; a letter or a consular
/// team sent is none, and "sent ... for talks" is the talks' one event.
const SENT_TO_CAPITAL: &[(&str, &[&[&str]])] = &[
    (
        "Ottawa sends trade team to Washington to seek steel relief",
        &[&["CAN", "USA"]],
    ),
    (
        "Indonesia has dispatched a senior trade delegation to Beijing to settle the nickel dispute, the ministry said.",
        &[&["CHN", "IDN"]],
    ),
    (
        "Brasilia had sent its foreign minister, Mauro Vieira, to Paris last week to argue for the pact.",
        &[&["BRA", "FRA"]],
    ),
    (
        "The ministry sent a letter to Washington asking for an exemption.",
        &[],
    ),
    (
        "The Foreign Office has sent a consular team to Kingston to help stranded British nationals.",
        &[],
    ),
    (
        "Seoul is sending its trade minister to Washington for talks next week.",
        &[&["KOR", "USA"]],
    ),
];

#[test]
fn officials_sent_to_a_capital_meet_there() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    let wrong = wrong_meeting_lists(&ex, SENT_TO_CAPITAL, "2026-03-02");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
