//! Modality, session 28: two classes read on the look half of the gold.
//! Sentences written for the test, one table per class, each case exact.
//!
//! - A tariff whose own end is still to come ("the duty lapses on
//!   September 30 unless parliament renews it", "the duties can last only
//!   150 days") is planned, not in force; an end of another subject ("the
//!   truce that cut the duties expires") or one already past ("lapsed last
//!   year") leaves it as it was.
//! - A meeting said to go on ("as talks continued", "while negotiations
//!   continue", "talks are under way") is asserted, whatever modal,
//!   negation or request governs the sentence around it; "talks will
//!   continue", "continue tomorrow" and another predicate's "continue"
//!   ("start negotiations but continue its strike") stay planned.

mod common;

/// Sentence, event type, trigger text, expected modality.
type Case = (&'static str, &'static str, &'static str, &'static str);

const EXPIRIES: &[Case] = &[
    (
        "The safeguard duty on imported ceramic tiles lapses on September 30 unless parliament votes to renew it.",
        "tariff",
        "duty",
        "planned",
    ),
    (
        "Under the statute the emergency duties can last only 150 days, trade lawyers said.",
        "tariff",
        "duties",
        "planned",
    ),
    (
        "Lawyers said the 10% tariff on Swiss watches will expire in December unless the commission renews it.",
        "tariff",
        "tariff",
        "planned",
    ),
    // An end already past, or another subject's end: unchanged.
    (
        "The tariff on Chilean copper lapsed last year when parliament failed to renew it.",
        "tariff",
        "tariff",
        "asserted",
    ),
    (
        "The truce that cut Beijing's duties on soybeans to 10% expires on November 10.",
        "tariff",
        "duties",
        "asserted",
    ),
];

const ONGOING: &[Case] = &[
    (
        "The minister said Ottawa could still meet Washington halfway as talks continued in Geneva.",
        "meeting",
        "talks",
        "asserted",
    ),
    (
        "Seoul's 25% levy on Japanese steel has been suspended until August as negotiations continue.",
        "meeting",
        "negotiations",
        "asserted",
    ),
    (
        "Union leaders urged patience while talks with the carmakers continue.",
        "meeting",
        "talks",
        "asserted",
    ),
    (
        "The spokesman declined to comment because talks with the lenders are under way.",
        "meeting",
        "talks",
        "asserted",
    ),
    // Still to come, or another predicate's verb: planned.
    (
        "The ministry said talks with Ottawa will continue in Brussels next week.",
        "meeting",
        "talks",
        "planned",
    ),
    (
        "Both sides said talks with Tokyo continue tomorrow in Vienna.",
        "meeting",
        "talks",
        "planned",
    ),
    (
        "The two central banks agreed that the meetings with Swiss officials should continue.",
        "meeting",
        "meetings",
        "requested",
    ),
    (
        "The union said it would start negotiations with the mine owners but continue its strike.",
        "meeting",
        "negotiations",
        "planned",
    ),
];

fn check(table: &[Case]) -> Vec<String> {
    common::wrong_modalities(table)
}

#[test]
fn a_tariffs_own_end_still_to_come_is_planned() {
    let failures = check(EXPIRIES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_meeting_said_to_go_on_is_under_way() {
    let failures = check(ONGOING);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
