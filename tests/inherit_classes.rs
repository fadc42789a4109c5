//! Roles a sentence leaves open and the article fills (src/extract/article.rs
//! `inherit_roles`): a table of short articles, the sentence whose tariff is
//! checked, and the countries its source and target must hold (empty: the
//! role is left open).

mod common;
use common::{codes, role_countries};
use newsevents::Extractor;

/// Article, start of the checked sentence, source countries, target countries.
type Case = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

fn check(cases: &[Case]) {
    let ex = Extractor::embedded().unwrap();
    let mut failures = Vec::new();
    for (text, sentence, source, target) in cases {
        let events = ex.extract_dated("case", text, Some("2025-08-01"));
        let got = events
            .iter()
            .find(|e| e.event_type == "tariff" && e.sentence.text.starts_with(sentence))
            .map(|e| (role_countries(e, "source"), role_countries(e, "target")));
        if got != Some((codes(source), codes(target))) {
            failures.push(format!(
                "{sentence:?}: got {got:?}, want {source:?} {target:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A tariff named as the measure another answers ("an answer to
/// Washington's tariffs", "in retaliation for Ottawa's levies") is the
/// other side's in a two-way story: its roles are not inherited by the
/// story's later tariffs.
#[test]
fn answered_measure_gives_no_roles() {
    check(&[
        (
            "The European Commission on Monday approved duties on American whiskey and motorcycles. Officials called the list an answer to Washington's 50 percent tariffs on steel. The duties take effect on June 1.",
            "The duties take effect",
            &["EU"],
            &["USA"],
        ),
        (
            "Mexico on Tuesday approved levies on American pork and cheese. Ministers described them as retaliation for Washington's tariffs on Mexican tomatoes. The levies will be collected from July 1.",
            "The levies will be collected",
            &["MEX"],
            &["USA"],
        ),
    ]);
}

/// On a tariff's target side, a story naming three or more countries there
/// (a duty on nearly all imports, with some countries spared and others
/// hit harder) gives a sentence naming none no target, unless one country
/// is named there by more than one sentence: the guess would be a split,
/// weak one.
#[test]
fn split_weak_target_is_left_open() {
    check(&[
        (
            "Washington doubles steel duties; Japan, Brazil and India protest\n\nPresident Trump on Tuesday raised the tariff on imported steel to 50 percent. Japanese mills already face a separate 24 percent duty on their goods. Brazil and India will keep their quotas under earlier deals. South Korea's exporters pay 25 percent on cars. The higher rate takes effect on Friday. Importers must pay the new duty from that day. Canada and Mexico are spared for now.",
            "The higher rate takes effect",
            &["USA"],
            &[],
        ),
        // (One country named as target by two sentences holds the side.)
        (
            "Washington raises duties on Japanese cars\n\nThe United States will raise its tariff on Japanese cars to 25 percent. Tokyo's carmakers also face a 10 percent duty on parts. Canada and Mexico are spared this round. The higher rate takes effect on Friday.",
            "The higher rate takes effect",
            &["USA"],
            &["JPN"],
        ),
    ]);
}

const THAI_STEEL: &str = "Thailand keeps anti-dumping duties on Chinese steel for five more years\n\nBANGKOK - The commerce ministry has extended anti-dumping duties on certain cold-rolled steel from China until 2030, after a review found that dumping would probably resume.\n\nThe duties were first imposed in 2020 at rates of 5 per cent to 30 per cent for Chinese producers.\n\nThe ministry left those rates unchanged after an earlier review.\n\nSteel trade is also under pressure from the other direction. Thai goods entering the United States face a 19 per cent tariff under the framework agreed with Washington, and shipments judged to have been transshipped face 40 per cent.";

/// The headline's imposer is the story's, not the country a closing
/// paragraph on another country's tariffs names more often (the story's
/// holder of a role is voted by sentences, the headline's twice:
/// "the United States" and "Washington" in one sentence are one voice).
#[test]
fn headline_imposer_outweighs_late_paragraph() {
    check(&[
        (
            THAI_STEEL,
            "The duties were first imposed",
            &["THA"],
            &["CHN"],
        ),
        (
            THAI_STEEL,
            "BANGKOK - The commerce ministry",
            &["THA"],
            &["CHN"],
        ),
    ]);
}
