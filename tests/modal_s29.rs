//! Modality, session 29: three classes read on the look half of the gold.
//! Sentences written for the test, one table per class, each case exact.
//!
//! - A suspension or waiver that is only possible or permitted ("the
//!   ministry may suspend the preferential rate", "a safeguard that allows
//!   Brussels to suspend the tariff cuts") makes the measure
//!   hypothetical, not negated; a suspension announced ("will suspend"),
//!   done ("suspended") or refused ("refused to suspend") stays negated.
//! - A tariff opened by an indefinite article and heading its clause's
//!   subject, with a conditional "would" ("an import fee would raise
//!   prices", "a 200% duty would stack on top of that rate"), is a measure
//!   imagined for its effects: hypothetical. A measure being made ("a 25%
//!   tariff would be imposed"), one with a time of effect ("would take
//!   effect on July 1") and a definite one ("the duty would give mills
//!   room") keep their reading.
//! - A measure or fund a party is kept clear of ("shielded from the
//!   duties", "left out of the levy", "stays out of the fund") is negated;
//!   a party "excluded from" a meeting that was held leaves it asserted.

mod common;

/// Sentence, event type, trigger text, expected modality.
type Case = (&'static str, &'static str, &'static str, &'static str);

const POSSIBLE_SUSPENSIONS: &[Case] = &[
    (
        "Under the new regulation the ministry may suspend the 12% duty on Turkish cement if imports keep rising.",
        "tariff",
        "duty",
        "hypothetical",
    ),
    (
        "The accord includes a safeguard that allows Canberra to suspend the tariff cuts on Thai rice if shipments surge.",
        "tariff",
        "tariff cuts",
        "hypothetical",
    ),
    (
        "The clause would let Ottawa suspend the preferences and reinstate tariffs on Korean steel should imports jump.",
        "tariff",
        "tariffs",
        "hypothetical",
    ),
    (
        "Officials said the president could also waive the 20% duty on Mexican tomatoes for humanitarian reasons.",
        "tariff",
        "duty",
        "hypothetical",
    ),
    // Announced, done or denied: negated as before.
    (
        "The ministry will suspend the 12% duty on Turkish cement from next month.",
        "tariff",
        "duty",
        "negated",
    ),
    (
        "The ministry suspended the 12% duty on Turkish cement on Monday.",
        "tariff",
        "duty",
        "negated",
    ),
    (
        "Seoul refused to suspend the 25% levy on Japanese steel.",
        "tariff",
        "levy",
        "negated",
    ),
];

const IMAGINED_MEASURES: &[Case] = &[
    (
        "Economists said an import fee would raise heating costs for households in the Northeast.",
        "tariff",
        "import fee",
        "hypothetical",
    ),
    (
        "A 150% duty would all but shut Chilean wineries out of the market, exporters said.",
        "tariff",
        "duty",
        "hypothetical",
    ),
    (
        "Economists said a 40% tariff would stack on top of the existing rate and push prices higher.",
        "tariff",
        "tariff",
        "hypothetical",
    ),
    // Made, scheduled or already there: unchanged.
    (
        "The minister said a 25% tariff would be imposed on imported motorcycles.",
        "tariff",
        "tariff",
        "planned",
    ),
    (
        "Officials said a 25% tariff on imported motorcycles would take effect on July 1.",
        "tariff",
        "tariff",
        "planned",
    ),
    (
        "Steelmakers said the 25% duty would give domestic mills room to raise prices.",
        "tariff",
        "duty",
        "asserted",
    ),
];

const KEPT_CLEAR: &[Case] = &[
    (
        "Generic drugmakers had already been shielded from the 50% U.S. duties on Indian goods.",
        "tariff",
        "duties",
        "negated",
    ),
    (
        "Rice and dairy were left out of the new 15% levy on Vietnamese imports.",
        "tariff",
        "levy",
        "negated",
    ),
    (
        "Wellington stays out of the Pacific climate fund, worth $2 billion.",
        "pledge",
        "fund",
        "negated",
    ),
    // A party shut out of a meeting that was held: unchanged.
    (
        "Rome boycotted the Paris meeting of G-7 finance ministers after being excluded from an earlier session of talks.",
        "meeting",
        "session",
        "asserted",
    ),
];

fn check(table: &[Case]) -> Vec<String> {
    common::wrong_modalities(table)
}

#[test]
fn a_suspension_only_possible_or_permitted_is_hypothetical() {
    let failures = check(POSSIBLE_SUSPENSIONS);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_tariff_imagined_for_its_effects_is_hypothetical() {
    let failures = check(IMAGINED_MEASURES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_measure_or_fund_kept_clear_of_is_negated() {
    let failures = check(KEPT_CLEAR);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
