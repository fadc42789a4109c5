//! Tariff rates named by the kind of rate a tariff schedule sets, with no
//! figure ("the revised rates take effect from February 2", "keep charging
//! conventional rates", "the provisional rates will apply"), in a story
//! that has reported a tariff, are tariffs (issue #14, twenty-sixth
//! session); interest, mortgage and tax rates in the same story are not.
//! Each case is the team's own text; only events of the last paragraph
//! count.

mod common;

use common::last_paragraph_triggers;
use newsevents::Extractor;

/// (article, a trigger of the tariff its last paragraph must give, or none)
const RATES: &[(&str, Option<&str>)] = &[
    (
        "India cut basic customs duty on dozens of inputs in its budget on Sunday, easing tariffs on electronics.\n\n\
         The revised rates take effect from February 2, the finance ministry said.",
        Some("rates"),
    ),
    (
        "China will lower tariffs on 900 items from January 1.\n\n\
         Beijing will keep charging conventional rates to 30 trading partners under its free-trade deals.",
        Some("rates"),
    ),
    (
        "Vietnam extended anti-dumping tariffs on Chinese steel on Monday.\n\n\
         The provisional rates will apply until the end of the year, the ministry said.",
        Some("rates"),
    ),
    // Interest, tax and utility rates in a tariff story are no tariffs.
    (
        "The U.S. raised tariffs on Chinese goods to 30% in May.\n\n\
         The central bank kept interest rates on hold, and mortgage rates fell.",
        None,
    ),
];

#[test]
fn schedule_rates_in_a_tariff_story() {
    let ex = Extractor::embedded().unwrap();
    let mut wrong = Vec::new();
    for (text, want) in RATES {
        let got = last_paragraph_triggers(&ex, text, "tariff");
        match want {
            Some(w) if !got.iter().any(|g| g == w) => {
                wrong.push(format!("{text}\n  want {w:?}, got {got:?}"))
            }
            None if !got.is_empty() => wrong.push(format!("{text}\n  want none, got {got:?}")),
            _ => {}
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
