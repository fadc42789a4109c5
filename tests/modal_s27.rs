//! Modality, session 27: classes found in the look half of the gold.
//! Sentences written for the test, one table per class, each case exact.
//!
//! - A trailing "unless" names the exception to what the clause says will
//!   happen ("stays in force for four years unless it is withdrawn"): the
//!   event is the default, not a condition; only a conditional "would"
//!   before it makes it one.

use newsevents::Extractor;

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
    (
        "The emergency tariff on Vietnamese steel lapses in September unless parliament votes to extend it.",
        "tariff",
        "tariff",
        "asserted",
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

fn check(table: &[Case]) -> Vec<String> {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    let mut failures = Vec::new();
    for (text, event_type, trigger, want) in table {
        let events = ex.extract_dated("t", text, Some("2025-06-10"));
        match events
            .iter()
            .find(|e| e.event_type == *event_type && e.trigger.text == *trigger)
        {
            None => failures.push(format!("no {event_type} event on {trigger:?} in {text:?}")),
            Some(e) if e.modality != *want => {
                failures.push(format!("{text:?}: got {}, want {want}", e.modality))
            }
            Some(_) => {}
        }
    }
    failures
}

#[test]
fn a_trailing_unless_is_an_exception_not_a_condition() {
    let failures = check(EXCEPTIONS);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
