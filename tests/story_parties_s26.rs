//! The story's parties filling roles a sentence leaves open
//! (src/extract/article.rs `inherit_roles`): a table of short
//! articles, the sentence whose event is checked, and the countries its
//! source and target must hold (empty: the role is left open).
//!
//! - the headline's imposer is the story's, not the country a closing
//!   paragraph on another country's tariffs names more often;
//!   (one vote per sentence: "the United States" and "Washington" in one
//!   sentence, or three events of it, are one voice; the headline's two).

mod common;
use common::{codes, role_countries};
use newsevents::Extractor;

/// Article, event type, start of the checked sentence, source countries,
/// target countries.
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

fn check(cases: &[Case]) {
    let ex = Extractor::embedded().unwrap();
    let mut failures = Vec::new();
    for (text, ty, sentence, source, target) in cases {
        let events = ex.extract_dated("case", text, Some("2025-08-01"));
        let got = events
            .iter()
            .find(|e| e.event_type == *ty && e.sentence.text.starts_with(sentence))
            .map(|e| (role_countries(e, "source"), role_countries(e, "target")));
        if got != Some((codes(source), codes(target))) {
            failures.push(format!(
                "{sentence:?}: got {got:?}, want {source:?} {target:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const THAI_STEEL: &str = "Thailand keeps anti-dumping duties on Chinese steel for five more years\n\nBANGKOK - The commerce ministry has extended anti-dumping duties on certain cold-rolled steel from China until 2030, after a review found that dumping would probably resume.\n\nThe duties were first imposed in 2020 at rates of 5 per cent to 30 per cent for Chinese producers.\n\nThe ministry left those rates unchanged after an earlier review.\n\nSteel trade is also under pressure from the other direction. Thai goods entering the United States face a 19 per cent tariff under the framework agreed with Washington, and shipments judged to have been transshipped face 40 per cent.";

#[test]
fn headline_imposer_outweighs_late_paragraph() {
    check(&[
        (
            THAI_STEEL,
            "tariff",
            "The duties were first imposed",
            &["THA"],
            &["CHN"],
        ),
        (
            THAI_STEEL,
            "tariff",
            "BANGKOK - The commerce ministry",
            &["THA"],
            &["CHN"],
        ),
    ]);
}
