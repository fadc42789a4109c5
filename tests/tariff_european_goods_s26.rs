//! The bloc's goods, producers and exporters called European ("European
//! cars", "a 200% tariff on European wine", "Japanese and European
//! truckmakers") are the EU's in a story that names the EU: where they face
//! a tariff, the EU is its target (issue #16, twenty-sixth session). The
//! bare adjective names no one ("European cities", "European currency
//! units"), nor does it in a story that never names the EU. Each case is
//! the team's own text; only the tariff whose trigger lies in the last
//! paragraph counts.

mod common;

use common::{codes, last_paragraph_event, role_countries};
use newsevents::Extractor;

/// (article, source countries, target countries of the last paragraph's
/// first tariff; an empty list is not checked)
type Case = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

const CASES: &[Case] = &[
    (
        "India and the European Union concluded their trade talks in New Delhi on Tuesday.\n\n\
         India will lower its tariffs on European cars to 10% over five years.",
        &["IND"],
        &["EU"],
    ),
    (
        "The EU said it would answer the new U.S. duties on steel.\n\n\
         Trump threatened a 200% tariff on European wine and champagne.",
        &["USA"],
        &["EU"],
    ),
    (
        "Brussels agreed a framework trade deal with Washington in July.\n\n\
         The 15% tariff on European exporters took effect on Friday, the U.S. said.",
        &[],
        &["EU"],
    ),
    (
        "EU ministers met in Luxembourg to discuss the U.S. tariffs.\n\n\
         China imposed duties of up to 35% on European brandy last year.",
        &["CHN"],
        &["EU"],
    ),
];

#[test]
fn european_goods_are_the_eus_in_an_eu_story() {
    let ex = Extractor::embedded().unwrap();
    let mut wrong = Vec::new();
    for (text, source, target) in CASES {
        let Some(e) = last_paragraph_event(&ex, text, "tariff") else {
            wrong.push(format!("{text}\n  no tariff in the last paragraph"));
            continue;
        };
        let (s, t) = (role_countries(&e, "source"), role_countries(&e, "target"));
        let ok = |want: &[&str], got: &std::collections::BTreeSet<String>| {
            want.is_empty() || *got == codes(want)
        };
        if !ok(source, &s) || !ok(target, &t) {
            wrong.push(format!(
                "{text}\n  want source {source:?} target {target:?}, got {s:?} {t:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Stories where "European" names no party: the bare adjective, and goods
/// called European in a story that never names the EU.
const NO_EU: &[&str] = &[
    "The airline said it would add flights between European cities next summer, and ministers will meet in Madrid on Monday to discuss the routes.",
    "Japan imposed a 20% tariff on imported cheese on Tuesday, and analysts said European wine makers would watch the talks.",
];

#[test]
fn the_bare_adjective_names_no_one() {
    let ex = Extractor::embedded().unwrap();
    let mut wrong = Vec::new();
    for text in NO_EU {
        for e in ex.extract_dated("case", text, Some("2025-09-01")) {
            if e.actors.iter().any(|a| a.country.as_deref() == Some("EU")) {
                wrong.push(format!("{text}\n  {} names the EU", e.trigger.text));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
