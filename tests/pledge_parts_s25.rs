//! Session 25 (issue #14): the parts of a package named with their own sums
//! in the pledge's sentence, after "and", a semicolon or a colon, are lines
//! of their own (REVIEW.md, harmonisation s22, class 1); a breakdown after a
//! bare comma ("including $X for ...") and a conversion are not. A list of
//! companies of one country, each with its sum, gives one pledge each. The
//! team's own sentences, rules alone (`--min-confidence 0`).

mod common;

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// (sentence, the sums of its pledges)
const PARTS: &[(&str, &[f64])] = &[
    (
        "Japan will invest $40 billion in India over five years: $25 billion for railways and $15 billion for ports.",
        &[40e9, 25e9, 15e9],
    ),
    (
        "The European Union will lend 9 billion euros to Ukraine for gas purchases and a further 3 billion euros for repairs to the grid.",
        &[9e9, 3e9],
    ),
    (
        "Denmark pledged 5 billion crowns to the fund; 3 billion crowns for clinics and 2 billion crowns for schools.",
        &[5e9, 3e9, 2e9],
    ),
];

/// (sentence, the sums of its pledges)
const NOT_PARTS: &[(&str, &[f64])] = &[
    // a breakdown after a bare comma
    (
        "Toyota will invest $10 billion in Texas, including $4 billion for a battery plant.",
        &[10e9],
    ),
    (
        "The bank will lend $9 billion to Egypt, $5 billion for power, $3 billion for water and $1 billion for roads.",
        &[9e9],
    ),
    // a conversion
    (
        "Norway pledged 30 billion crowns, about $3 billion, to the rainforest fund.",
        &[30e9],
    ),
];

#[test]
fn parts_after_and_a_colon_or_a_semicolon_are_pledges() {
    for (text, sums) in PARTS {
        let found = common::pledge_sums(&extractor(), text);
        for s in *sums {
            assert!(
                found.iter().any(|f| (f - s).abs() < 1.0),
                "{text}: no pledge of {s} in {found:?}"
            );
        }
    }
}

#[test]
fn breakdowns_after_a_comma_and_conversions_are_not() {
    for (text, sums) in NOT_PARTS {
        let found = common::pledge_sums(&extractor(), text);
        assert_eq!(found.len(), sums.len(), "{text}: {found:?}");
    }
}

/// (sentence, the givers of its pledges, in order)
const COMPANY_LISTS: &[(&str, &[&str])] = &[
    (
        "Toyota pledged $10 billion for plants in Kentucky, Honda $4 billion and Nissan about $2 billion.",
        &["Toyota", "Honda", "Nissan"],
    ),
    (
        "Samsung will invest $300 billion in Texas over five years, LG $80 billion and SK Group $90 billion.",
        &["Samsung", "LG", "SK Group"],
    ),
];

#[test]
fn companies_of_one_country_listed_with_their_sums_are_pledges_each() {
    for (text, givers) in COMPANY_LISTS {
        let found: Vec<Vec<String>> = extractor()
            .extract_dated("case", text, Some("2025-06-01"))
            .into_iter()
            .filter(|e| e.event_type == "pledge")
            .map(|e| {
                e.actors
                    .iter()
                    .filter(|a| a.role == newsevents::event::Role::Source)
                    .map(|a| a.name.clone())
                    .collect()
            })
            .collect();
        for g in *givers {
            assert!(
                found.iter().any(|names| names.iter().any(|n| n == g)),
                "{text}: no pledge by {g} in {found:?}"
            );
        }
    }
}
