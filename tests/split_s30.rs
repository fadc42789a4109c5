//! Session 30 (issue #14): several tariffs of one sentence. A tariff's rate
//! now and the rate it steps to later, after a comma and a participle ("a
//! 10% tariff from Feb. 1, rising to 25% on June 1"), are two tariffs, each
//! with its own time (`rate_step_words`, `Extractor::step_rates`; the time
//! words' `step_words`); a finite change names the one tariff's new rate.
//! An answering tariff and the measure named after it by "over" or
//! "against" are two tariffs (`tariff_answer_preps`).
//! The team's own sentences, rules alone (`--min-confidence 0`).

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// (rate, time) of each tariff found in `text`, in order.
fn tariffs(text: &str) -> Vec<(f64, Option<String>)> {
    extractor()
        .extract_dated("case", text, Some("2026-01-20"))
        .into_iter()
        .filter(|e| e.event_type == "tariff")
        .map(|e| {
            (
                e.rate.map_or(f64::NAN, |r| r.value),
                e.when.map(|w| w.value.to_string()),
            )
        })
        .collect()
}

/// A tariff's rate and time (ISO 8601), as the table states it.
type RateTime = (f64, Option<&'static str>);

/// (sentence, the (rate, time) of its tariffs): a step after a comma and a
/// participle is a tariff of its own, timed from the participle on; a rate
/// changed by a finite verb is one tariff.
const STEPS: &[(&str, &[RateTime])] = &[
    (
        "Imports from Sweden and Finland will face a 15% tariff from March 1, rising to 30% on July 1, the White House said.",
        &[(15.0, Some("2026-03-01")), (30.0, Some("2026-07-01"))],
    ),
    (
        "Brazilian coffee would pay a 12% duty from April 1, rising to 18% in October, the commerce department said.",
        &[(12.0, Some("2026-04-01")), (18.0, Some("2026-10"))],
    ),
    (
        "Mexico to put 20% levy on Chinese shoes from May, climbing to 35% next year",
        &[(20.0, Some("2026-05")), (35.0, Some("2027"))],
    ),
    (
        "Under the pact, car tariffs of more than 100% will drop to 10% within a quota.",
        &[(10.0, None)],
    ),
];

#[test]
fn a_rate_and_its_step_are_two_tariffs() {
    for (text, want) in STEPS {
        let got = tariffs(text);
        let want: Vec<(f64, Option<String>)> = want
            .iter()
            .map(|(r, w)| (*r, w.map(str::to_string)))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

/// The trigger texts of the tariffs found in `text`, in order.
fn tariff_triggers(text: &str) -> Vec<String> {
    extractor()
        .extract_dated("case", text, Some("2026-01-20"))
        .into_iter()
        .filter(|e| e.event_type == "tariff")
        .map(|e| e.trigger.text)
        .collect()
}

/// (sentence, the triggers of its tariffs): an answering tariff and the
/// measure named after it by "over" or "against" are two tariffs
/// (`tariff_answer_preps`); an answering tariff alone is one.
const ANSWERS: &[(&str, &[&str])] = &[
    (
        "Ottawa approved counter-tariffs on American whiskey over the steel duties Washington imposed in March.",
        &["counter-tariffs", "duties"],
    ),
    (
        "Seoul is weighing retaliatory levies against the 25% U.S. tariffs on Korean cars, officials said.",
        &["retaliatory levies", "tariffs"],
    ),
    (
        "Canada imposed counter-tariffs on U.S. goods worth C$30 billion on Tuesday.",
        &["counter-tariffs"],
    ),
];

#[test]
fn an_answer_and_the_measure_it_answers_are_two_tariffs() {
    for (text, triggers) in ANSWERS {
        assert_eq!(tariff_triggers(text), triggers.to_vec(), "{text}");
    }
}
