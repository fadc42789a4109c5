//! The trigger scan steps its DFA four bytes at a time while no state it
//! reaches is special (a match, the dead state): the triggers it finds must
//! not depend on where a phrase falls against those four-byte steps, nor on
//! whether it ends the text. Each sentence is scanned as written, shifted
//! by one to seven bytes of filler, and cut right after its last trigger.

use newsevents::rules::RuleSet;

/// (sentence, trigger phrases it holds, in order).
const TABLE: &[(&str, &[&str])] = &[
    (
        "Norway pledged 40 million crowns to the relief fund on Monday.",
        &["pledged"],
    ),
    (
        "The finance ministers will meet in Ottawa next week to discuss tariffs.",
        &["meet", "tariffs"],
    ),
    (
        "Customs officers raided two warehouses near the port.",
        &["raided"],
    ),
    ("Tokyo imposed a 25 pct tariff", &["imposed", "tariff"]),
    ("talks", &["talks"]),
    ("Ministers held talks.", &["talks"]),
];

/// The phrases `rules` finds in `text`, with their offsets from `base`.
fn found(rules: &RuleSet, text: &str, base: usize) -> Vec<(usize, String)> {
    let mut v: Vec<(usize, String)> = rules
        .find_triggers(text)
        .iter()
        .filter(|t| t.start >= base)
        .map(|t| (t.start - base, text[t.start..t.end].to_string()))
        .collect();
    v.dedup();
    v
}

#[test]
fn triggers_do_not_depend_on_their_offset() {
    let rules = RuleSet::embedded().expect("embedded rules");
    for &(sentence, phrases) in TABLE {
        let base = found(&rules, sentence, 0);
        let words: Vec<&str> = base.iter().map(|(_, p)| p.as_str()).collect();
        for p in phrases {
            assert!(words.contains(p), "{sentence}: {p} not in {words:?}");
        }
        let last_end = base.iter().map(|(s, p)| s + p.len()).max().unwrap_or(0);
        for cut in [sentence.len(), last_end] {
            let text = &sentence[..cut];
            let want = found(&rules, text, 0);
            assert_eq!(want.is_empty(), base.is_empty(), "{text}");
            for shift in 1..8 {
                let shifted = format!("{}{text}", " ".repeat(shift));
                let pad = shifted.len() - text.len();
                assert_eq!(found(&rules, &shifted, pad), want, "{shifted:?}");
            }
        }
    }
}
