//! Pledge recall classes of the twentieth session (issue #14), the team's
//! own sentences, several per class, rules alone (`--min-confidence 0`: the
//! sense model scores these candidates like any other): each article must
//! give a pledge of the rule named whose trigger is the word named, with the
//! sum named; the sentences of the same words in another sense, or outside
//! a story of pledges, none.

use newsevents::Extractor;

/// (article, rule id, trigger text, the pledge's sum in units or None)
const CASES: &[(&str, &str, &str, Option<f64>)] = &[
    // A tranche, instalment or disbursement of a loan the story reported, or a
    // lender's disbursement of a sum.
    (
        "The Asian Development Bank approved a $400 million loan to Laos for rural roads. \
         The first tranche is expected to be disbursed in March, the finance ministry said.",
        "pledge/disbursement-due",
        "to be disbursed",
        None,
    ),
    (
        "The World Bank board signed off on a $250 million credit for Malawi's energy grid. \
         Disbursement of the money will begin once parliament ratifies the financing agreement.",
        "pledge/disbursement-due",
        "Disbursement",
        None,
    ),
    (
        "The fund agreed to lend Ghana $600 million over three years. \
         The next instalment would be released after the June review, officials said.",
        "pledge/disbursement-due",
        "be released",
        None,
    ),
    (
        "The IMF board completed its review, allowing an immediate disbursement of about $800 million to Sri Lanka.",
        "pledge/tranche-swap",
        "disbursement",
        Some(800e6),
    ),
    // A memorandum or investment agreement named by its sum.
    (
        "The chip plant is part of a Rs 14,000 crore MoU between the company and the Odisha government.",
        "pledge/memorandum-sum",
        "MoU",
        Some(140e9),
    ),
    (
        "Saudi and Egyptian firms exchanged memoranda of understanding worth $3.2 billion at the forum in Cairo.",
        "pledge/memorandum-sum",
        "memoranda of understanding",
        Some(3.2e9),
    ),
    (
        "The province said $2 billion in investment agreements with Korean battery makers were ready.",
        "pledge/memorandum-sum",
        "investment agreements",
        Some(2e9),
    ),
    // A sum offered over a period to a recipient, in today's money forms too.
    (
        "Britain has offered 500 mln stg over ten years to the global vaccine scheme.",
        "pledge/offer-sum",
        "offered",
        Some(500e6),
    ),
    (
        "Kuwait offered 200 mln dlrs a year to Jordan, officials said.",
        "pledge/offer-sum",
        "offered",
        Some(200e6),
    ),
    (
        "Norway offered $40 million over the next five years to the regional health fund.",
        "pledge/offer-sum",
        "offered",
        Some(40e6),
    ),
    (
        "India has offered Rs 500 crore a year to Nepal for hydropower projects.",
        "pledge/offer-sum",
        "offered",
        Some(5e9),
    ),
    (
        "Seoul offered ₩2 trillion over five years to the regional development bank.",
        "pledge/offer-sum",
        "offered",
        Some(2e12),
    ),
    // A package named by a sum in millions.
    (
        "Canada will pay for a $200 million package of air-defence equipment for Poland.",
        "pledge/package",
        "package",
        Some(200e6),
    ),
    // In a pledge story, the giver or its money that will fund or pay for
    // something.
    (
        "Ireland pledged 3 million euros in aid to Malawi. It will pay for water pumps and seed for the next planting season.",
        "pledge/will-fund",
        "will pay for",
        None,
    ),
    (
        "The Gulf fund committed $50 million to Yemen's health ministry. The money will also fund vaccines for children under five.",
        "pledge/will-fund",
        "will also fund",
        None,
    ),
    (
        "Norway pledged $20 million to the relief appeal. The grant would finance tents and clean water for displaced families.",
        "pledge/will-fund",
        "would finance",
        None,
    ),
];

/// Articles that must give no pledge: a disbursement with no lending story
/// before it, a dividend paid out, a memorandum with no sum, a share price
/// offered, a company financing itself, money that will pay for something
/// in no story of pledges.
const NOT: &[&str] = &[
    "The first tranche of the loan is expected to be disbursed next month.",
    "The company said its dividend will be paid out in June. The quarterly dividend of 20 cents will be released to holders of record on May 1.",
    "The two universities signed a memorandum on student exchanges, the dean said.",
    "The group offered 30 dlrs a share over two weeks to holders of the company's stock.",
    "The firm said the new notes will finance its own headquarters.",
    "It will pay for water pumps and seed for the next planting season.",
];

#[test]
fn pledge_recall_classes_give_a_pledge_of_their_rule() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    for (text, rule, trigger, sum) in CASES {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        let p = events
            .iter()
            .find(|e| e.event_type == "pledge" && e.rule == *rule)
            .unwrap_or_else(|| panic!("no {rule} pledge in {text:?}: {events:?}"));
        assert_eq!(p.trigger.text, *trigger, "{text}");
        assert_eq!(p.amount.as_ref().map(|a| a.value), *sum, "{text}");
    }
    for text in NOT {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        assert!(
            !events.iter().any(|e| e.event_type == "pledge"),
            "pledge in {text:?}"
        );
    }
}

/// A memorandum the sentence names beside a sum it does not hold ("a
/// memorandum to govern the $90 billion fund") is no memorandum pledge.
#[test]
fn a_memorandum_beside_another_sum_is_not_its_pledge() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    let text = "Officials are still drafting a memorandum of understanding to govern the $90 billion fund.";
    let events = ex.extract_dated("case", text, Some("2025-06-01"));
    assert!(
        !events.iter().any(|e| e.rule == "pledge/memorandum-sum"),
        "{events:?}"
    );
}
