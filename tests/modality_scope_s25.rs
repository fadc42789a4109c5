//! Modality, session 25 (issue 16): which clause a modality cue belongs to.
//! Sentences written for the test, one table per class, each case exact.
//!
//! - An anterior preposition ("before the summit") makes an event planned
//!   only in a sentence that looks ahead: told in the past, with no modal or
//!   future auxiliary, the event after the past one has come too.
//! - A future after the trigger in a predicate coordinated with the
//!   trigger's own past verb ("took effect overnight and will last five
//!   years") is that other predicate's.
//! - An obligation ("should", "must", "needed") asks for the verb it governs
//!   and that verb's object, not for an event named further on behind
//!   another verb ("needed to adjust quickly to the steep U.S. tariffs").

mod common;

/// Sentence, event type, trigger text, expected modality.
type Case = (&'static str, &'static str, &'static str, &'static str);

const ANTERIOR: &[Case] = &[
    (
        "The two foreign ministers placed a wreath at the war memorial before the formal talks in Hanoi.",
        "meeting",
        "talks",
        "asserted",
    ),
    (
        "Before the summit with South Korea, Japanese officials had played down hopes of a breakthrough.",
        "meeting",
        "summit",
        "asserted",
    ),
    (
        "Brazil's central bank cut its benchmark rate days before the talks with Argentine officials.",
        "meeting",
        "talks",
        "asserted",
    ),
    // Still ahead: a future auxiliary, or a present with no past verb.
    (
        "The ministers will meet again before the summit in Jakarta next month.",
        "meeting",
        "meet",
        "planned",
    ),
    (
        "The decision comes weeks before an EU-China summit in Beijing.",
        "meeting",
        "summit",
        "planned",
    ),
];

const COORDINATED: &[Case] = &[
    (
        "Seoul said the anti-dumping duties took effect overnight and will last five years.",
        "tariff",
        "duties",
        "asserted",
    ),
    (
        "Manila said the rice tariff took effect overnight and will last until June.",
        "tariff",
        "tariff",
        "asserted",
    ),
    // No past predicate of its own: the future is the event's.
    (
        "The anti-dumping duties on Chinese steel will take effect in March and will run for five years.",
        "tariff",
        "duties",
        "planned",
    ),
];

const OBLIGATIONS: &[Case] = &[
    (
        "Farm groups said exporters needed to adjust quickly to the steep U.S. tariffs imposed on Vietnamese shrimp.",
        "tariff",
        "tariffs",
        "asserted",
    ),
    // Governed at once, or in its verb's object: still asked for.
    (
        "The lender said Kenya must raise about 2 billion dollars in fresh loans from its partners.",
        "pledge",
        "loans",
        "requested",
    ),
    (
        "The finance minister said Berlin should offer Athens a new loan.",
        "pledge",
        "offer",
        "requested",
    ),
    (
        "Import duties on medicines should be scrapped, the minister said.",
        "tariff",
        "duties",
        "requested",
    ),
];

fn check(table: &[Case]) -> Vec<String> {
    common::wrong_modalities(table)
}

#[test]
fn anterior_prepositions_look_ahead_only_from_a_sentence_that_does() {
    let failures = check(ANTERIOR);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_future_of_a_coordinated_predicate_is_not_the_events() {
    let failures = check(COORDINATED);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn obligations_ask_only_for_what_they_govern() {
    let failures = check(OBLIGATIONS);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
