//! Session 32 (issue #14): a sum that is the subject of a pledge verb,
//! only a passive or future auxiliary between ("$4bn is earmarked for
//! ports", "€2bn has been set aside for"), is that verb's own sum
//! (`amount_subject_auxiliaries`), not the next sum after the verb; a
//! further sum of the same list ("... and $1bn for roads") is then a part
//! of its own (REVIEW.md, harmonisation s22, class 1). Before, the verb
//! took the later sum and the subject's sum was lost.
//!
//! A pledge named again by its money noun with a word between the noun and
//! its verb ("the money itself is modest", "the sums pledged fall short")
//! or a plural present verb ("the new funds come as") is a later mention
//! of it (pledge/money-noun-back-reference); "the sums" only with such a
//! participle.
//!
//! A sum in the IMF's Special Drawing Rights ("SDR 760 million", "1.5
//! billion SDRs", "Special Drawing Rights") is money (XDR), so the pledge
//! it is written in has its sum. The team's own sentences, rules alone
//! (`--min-confidence 0`).

mod common;

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// (story, the sums of its pledges in order)
const SUBJECT_SUMS: &[(&str, &[f64])] = &[
    // "is earmarked for", a second part after "and"
    (
        "Denmark will give $900 million to Kenya over three years. Of that sum, $600 million is earmarked for water projects and $300 million for rural schools.",
        &[900e6, 600e6, 300e6],
    ),
    // "has been set aside for"
    (
        "Germany pledged €3 billion to Jordan on Monday. Of the German money, €1.2 billion has been set aside for housing and €800 million for clinics, the ministry said.",
        &[3e9, 1.2e9, 0.8e9],
    ),
    // "will be extended as", a second part with its own use
    (
        "India will lend $500 million to Nepal. Of the total, $350 million will be extended as lines of credit and $150 million as grants, the minister said.",
        &[500e6, 350e6, 150e6],
    ),
];

#[test]
fn a_sum_before_its_passive_verb_is_the_verbs_own() {
    for (text, sums) in SUBJECT_SUMS {
        let found = common::pledge_sums(&extractor(), text);
        assert_eq!(found.len(), sums.len(), "{text}: {found:?}");
        for (f, s) in found.iter().zip(sums.iter()) {
            assert!((f - s).abs() < 1.0, "{text}: {found:?}, wanted {sums:?}");
        }
    }
}

/// (sentence, the one sum its pledge has): a sum that is no subject of the
/// verb stays out ("$2bn more than planned" is no auxiliary; a sum in
/// another clause is not the verb's).
const NOT_SUBJECT: &[(&str, f64)] = &[(
    "Exports reached $4 billion last year, and Canada has earmarked $300 million for export credit.",
    300e6,
)];

#[test]
fn a_sum_in_another_clause_is_not_the_verbs() {
    for (text, sum) in NOT_SUBJECT {
        let found = common::pledge_sums(&extractor(), text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!((found[0] - sum).abs() < 1.0, "{text}: {found:?}");
    }
}

/// The sentence indices of the pledges found in `text`.
fn pledge_sentences(text: &str) -> Vec<usize> {
    extractor()
        .extract_dated("case", text, Some("2025-06-01"))
        .into_iter()
        .filter(|e| e.event_type == "pledge")
        .map(|e| e.sentence.index)
        .collect()
}

/// (story, whether its second sentence names the first's pledge again)
const LATER_MENTIONS: &[(&str, bool)] = &[
    (
        "Britain pledged £300 million to Ukraine for its power grid. The money itself is modest next to the damage, engineers said.",
        true,
    ),
    (
        "Canada and Norway pledged $600 million for Sudan on Monday. The new funds come as famine spreads in Darfur.",
        true,
    ),
    (
        "Donors pledged $1.2 billion for Haiti at the conference. The sums pledged fall far short of the UN appeal.",
        true,
    ),
    // "the sums" with no participle of a pledge: any money
    (
        "Donors pledged $1.2 billion for Haiti. The sums involved are large, one diplomat said.",
        false,
    ),
];

#[test]
fn a_money_noun_named_again_is_a_later_mention() {
    for (text, again) in LATER_MENTIONS {
        let found = pledge_sentences(text);
        assert!(found.contains(&0), "{text}: {found:?}");
        assert_eq!(found.contains(&1), *again, "{text}: {found:?}");
    }
}

/// (sentence, the sum and currency of its pledge)
const SDR_SUMS: &[(&str, f64, &str)] = &[
    (
        "Japan agreed to lend Kenya SDR 900 million under a new facility.",
        900e6,
        "XDR",
    ),
    (
        "Canada will contribute 1.2 billion Special Drawing Rights to the IMF trust for Ghana.",
        1.2e9,
        "XDR",
    ),
];

#[test]
fn a_sum_in_special_drawing_rights_is_the_pledges() {
    for (text, value, currency) in SDR_SUMS {
        let found: Vec<(f64, String)> = extractor()
            .extract_dated("case", text, Some("2025-06-01"))
            .into_iter()
            .filter(|e| e.event_type == "pledge")
            .filter_map(|e| e.amount.map(|a| (a.value, a.currency.to_string())))
            .collect();
        assert!(
            found
                .iter()
                .any(|(v, c)| (v - value).abs() < 1.0 && c == currency),
            "{text}: {found:?}"
        );
    }
}
