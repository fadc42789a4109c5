//! Modality, session 27: classes found in the look half of the gold.
//! Sentences written for the test, one table per class, each case exact.
//!
//! - A trailing "unless" names the exception to what the clause says will
//!   happen ("stays in force for four years unless it is withdrawn"): the
//!   event is the default, not a condition; only a conditional "would"
//!   before it makes it one.
//! - What an event already there does to others, told after it with a
//!   future or conditional auxiliary ("the loan would steady the rupee",
//!   "the pledge will keep Seoul off the list", "the tariffs would
//!   seriously damage ties"), does not put the event in the future.
//! - A tariff whose onset is told in the present with "today" or
//!   "immediately" ("take effect today") is in force as the story is told;
//!   "will take effect today" and "take effect on Friday" stay planned.

mod common;

/// Sentence, event type, trigger text, expected modality.
type Case = (&'static str, &'static str, &'static str, &'static str);

const EXCEPTIONS: &[Case] = &[
    (
        "The anti-dumping duty on Thai steel pipes will stay in force for four years unless the ministry withdraws it earlier.",
        "tariff",
        "duty",
        "asserted",
    ),
    (
        "Japan's retaliatory tariffs on U.S. beef will rise to 50 percent in 30 days unless Washington lifts its steel duties.",
        "tariff",
        "tariffs",
        "planned",
    ),
    // An end still to come is planned (session 28, tests/modal_s28.rs),
    // and the trailing "unless" leaves it planned, not hypothetical.
    (
        "The emergency tariff on Vietnamese steel lapses in September unless parliament votes to extend it.",
        "tariff",
        "tariff",
        "planned",
    ),
    // A conditional "would" before it: a condition, still hypothetical.
    (
        "Trump said he would raise the tariffs on Canadian lumber to 40 percent unless Ottawa drops its digital tax.",
        "tariff",
        "tariffs",
        "hypothetical",
    ),
    // "if" is a condition whatever the auxiliary.
    (
        "Brussels will impose tariffs on Chinese electric cars if Beijing refuses to cut its subsidies.",
        "tariff",
        "tariffs",
        "hypothetical",
    ),
];

const EFFECTS: &[Case] = &[
    (
        "Economists said the IMF loan to Pakistan would steady the rupee through the summer.",
        "pledge",
        "loan",
        "asserted",
    ),
    (
        "Officials in Seoul hope the investment pledge to the United States will keep South Korea off the tariff list.",
        "pledge",
        "pledge",
        "asserted",
    ),
    (
        "Analysts said the new tariff on Chinese steel would push up building costs.",
        "tariff",
        "tariff",
        "asserted",
    ),
    (
        "Beijing said the U.S. tariffs would seriously damage trade ties.",
        "tariff",
        "tariffs",
        "asserted",
    ),
    // The auxiliary governing the event's own onset: still to come.
    (
        "The new tariff on Chinese steel will take effect next month.",
        "tariff",
        "tariff",
        "planned",
    ),
];

const ONSETS_TODAY: &[Case] = &[
    (
        "Peru's new tariffs on imported Chinese tyres take effect today.",
        "tariff",
        "tariffs",
        "asserted",
    ),
    (
        "India's 20 percent duty on Australian barley comes into force immediately.",
        "tariff",
        "duty",
        "asserted",
    ),
    (
        "Canada's surtax on U.S. steel starts today.",
        "tariff",
        "surtax",
        "asserted",
    ),
    // A future auxiliary, "to", or another day: planned.
    (
        "Canada's tariffs on U.S. steel will take effect today.",
        "tariff",
        "tariffs",
        "planned",
    ),
    (
        "Canada's tariffs on U.S. steel are due to start today.",
        "tariff",
        "tariffs",
        "planned",
    ),
    (
        "Peru's new tariffs on imported Chinese tyres take effect on Friday.",
        "tariff",
        "tariffs",
        "planned",
    ),
];

fn check(table: &[Case]) -> Vec<String> {
    common::wrong_modalities(table)
}

#[test]
fn a_trailing_unless_is_an_exception_not_a_condition() {
    let failures = check(EXCEPTIONS);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn what_an_event_does_after_it_is_no_future_of_its_own() {
    let failures = check(EFFECTS);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_tariff_that_takes_effect_today_is_in_force() {
    let failures = check(ONSETS_TODAY);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
