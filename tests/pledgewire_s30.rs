//! Session 30 (issue #15): purchase commitments of goods the pledge rules
//! did not recognise as goods. The 1987 wire names aircraft by their model
//! alone ("an order for 12 MD-11 airliners", "BUYS TWO DC-10S") and spells
//! tonnages in words ("to buy at least four mln tonnes"). Creditors' credit
//! lines rolled over or renewed, and a development fund's replenishment,
//! which no rule read. The team's own sentences, rules alone
//! (`--min-confidence 0`).

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// The triggers of the pledges of sentence `sentence`.
fn pledge_triggers_in(text: &str, sentence: usize) -> Vec<String> {
    extractor()
        .extract_dated("case", text, Some("1987-04-01"))
        .into_iter()
        .filter(|e| e.event_type == "pledge" && e.sentence.index == sentence)
        .map(|e| e.trigger.text)
        .collect()
}

/// (article, sentence, trigger of the pledge that sentence must give)
const FOUND: &[(&str, usize, &str)] = &[
    // An aircraft order named by the model alone.
    (
        "Iberia said it would place an order for eight McDonnell Douglas \
         MD-11 long-range airliners.",
        0,
        "order",
    ),
    (
        "Olympic Airways said it will purchase three new DC-10 jumbos for \
         its New York route.",
        0,
        "purchase",
    ),
    // A headline's present tense.
    (
        "ALITALIA BUYS FOUR DC-10S FOR ITS ATLANTIC ROUTES",
        0,
        "BUYS",
    ),
    // A tonnage in words after the buying verb.
    (
        "The accord calls for Cairo to buy at least three mln tonnes of \
         U.S. wheat a year.",
        0,
        "buy",
    ),
    // Credit lines or debt rolled over for a debtor.
    (
        "Mexico's finance minister said he would ask creditor banks for a \
         60-day rollover of about 4 billion dlrs in trade credits.",
        0,
        "rollover",
    ),
    // A development fund's replenishment backed by a member.
    (
        "Britain said it would back a 4 billion stg replenishment of the \
         Asian Development Fund.",
        0,
        "replenishment",
    ),
];

/// (article, sentence): no pledge there.
const NOT: &[(&str, usize)] = &[
    // A company bought, not planes.
    ("AVIATION GROUP BUYS INTO DC-10 PARTS MAKER", 0),
    // A maker's name is no order of planes.
    (
        "McDonnell Douglas said it would buy a small software firm in \
         California.",
        0,
    ),
    // Checks ordered on a model.
    (
        "Regulators ordered checks of all DC-10s flying in Europe after \
         the crash.",
        0,
    ),
    // A central bank's bills rolled over, stocks replenished, talks renewed.
    (
        "The central bank rolled over 200 billion yen of maturing bills in \
         the market today.",
        0,
    ),
    (
        "Refiners said the replenishment of crude oil stocks was slower \
         than expected.",
        0,
    ),
    (
        "Argentina renewed talks with creditor banks on its debt in New \
         York.",
        0,
    ),
];

#[test]
fn purchases_of_goods_named_as_the_wire_names_them_are_pledges() {
    for (text, sentence, trigger) in FOUND {
        let got = pledge_triggers_in(text, *sentence);
        assert!(
            got.iter().any(|t| t == trigger),
            "no pledge on {trigger:?} in sentence {sentence} of {text:?}: {got:?}"
        );
    }
}

#[test]
fn companies_bought_bills_rolled_over_and_stocks_replenished_are_not() {
    for (text, sentence) in NOT {
        let got = pledge_triggers_in(text, *sentence);
        assert!(
            got.is_empty(),
            "pledge in sentence {sentence} of {text:?}: {got:?}"
        );
    }
}
