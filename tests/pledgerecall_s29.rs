//! Session 29 (issues #14, #15): pledge recall, classes read on the look
//! half of the development sets (modern-26 .. modern-41, random-l .. y,
//! reuters-wire-6 .. 9). The team's own sentences, rules alone
//! (`--min-confidence 0`).

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// One pledge found: rule, sum, the sentence's start in the text.
type Found = (String, Option<f64>, usize);

/// The pledges found in `text`.
fn pledges(text: &str) -> Vec<Found> {
    extractor()
        .extract_dated("case", text, Some("2025-06-01"))
        .into_iter()
        .filter(|e| e.event_type == "pledge")
        .map(|e| (e.rule.clone(), e.amount.map(|a| a.value), e.sentence.start))
        .collect()
}

/// Whether `text` holds a pledge in the sentence that starts with `opening`.
fn pledge_in(text: &str, opening: &str) -> bool {
    let at = text.find(opening).expect("the opening is in the text");
    pledges(text).iter().any(|(_, _, start)| *start == at)
}

/// "new money" / "fresh money" taken up again in a pledge story: the
/// longer phrase (a trigger of pledge/finance-commitment) used to hide the
/// "money" inside it from the back-reference rules, so the later mention
/// was lost. (text, the opening of the sentence that must hold a pledge)
const NEW_MONEY_AGAIN: &[(&str, &str)] = &[
    (
        "Kuwait pledged $40 billion of investment in Britain on Monday. \
         The emir said most of the new money would go to offshore wind.",
        "The emir said",
    ),
    (
        "Norway will give Kenya 2 billion crowns in aid over three years. \
         The fresh money will include grants for drought-hit farmers.",
        "The fresh money",
    ),
    (
        "Japan agreed to lend Peru $900 million for flood defences. \
         Officials said the new money carries no interest for ten years.",
        "Officials said",
    ),
];

/// The same words outside a pledge story, or in another sense: no pledge.
const NEW_MONEY_ELSEWHERE: &[&str] = &[
    "The new money would go to computing, the chipmaker's chief said.",
    "Dealers said new money flowed into the money market funds this week.",
];

#[test]
fn new_money_named_again_is_a_pledge() {
    for (text, opening) in NEW_MONEY_AGAIN {
        assert!(
            pledge_in(text, opening),
            "no pledge at {opening:?} in {text:?}: {:?}",
            pledges(text)
        );
    }
}

#[test]
fn new_money_outside_a_pledge_story_is_none() {
    for text in NEW_MONEY_ELSEWHERE {
        assert!(pledges(text).is_empty(), "{text:?}: {:?}", pledges(text));
    }
}
