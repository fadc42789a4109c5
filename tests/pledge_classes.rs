//! Today's pledge phrasings, by construction class (the team's own
//! sentences, several per class): each must give a pledge with its sum.

use newsevents::Extractor;

/// (sentence, the pledge's sum in units, or None when it names no sum)
const CASES: &[(&str, Option<f64>)] = &[
    // Requests for a sum.
    (
        "Kenya requested $1 billion from the IMF to shore up its reserves.",
        Some(1e9),
    ),
    (
        "Sri Lanka has sought $3 billion in emergency support from China.",
        Some(3e9),
    ),
    (
        "Egypt asked the Gulf states for $20 billion in fresh deposits.",
        Some(20e9),
    ),
    (
        "Argentina is asking Washington for a $20 billion lifeline.",
        Some(20e9),
    ),
    // Deposits in a central bank.
    (
        "Riyadh is ready to deposit $5 billion in Pakistan's central bank.",
        Some(5e9),
    ),
    (
        "Qatar will deposit $3 billion with Egypt's central bank, officials said.",
        Some(3e9),
    ),
    // Sums sent, transferred or disbursed.
    (
        "Berlin will send Kyiv 2 billion euros in military support next year.",
        Some(2e9),
    ),
    (
        "The bank will disburse $1.2 billion to Egypt once the reforms pass.",
        Some(1.2e9),
    ),
    (
        "Riyadh agreed to transfer $3 billion to the central bank in Damascus.",
        Some(3e9),
    ),
    // Purchases counted in units.
    (
        "India will acquire 26 Rafale fighters from France under the deal.",
        None,
    ),
    ("Indonesia committed to purchasing 50 Boeing jets.", None),
    (
        "Poland signed a contract to procure 96 Apache helicopters.",
        None,
    ),
    (
        "China agreed to take at least 25 million tonnes of U.S. soybeans a year.",
        None,
    ),
    // Creditors offering a freeze on repayments.
    (
        "The Paris Club of creditor nations offered a freeze on debt repayments for the flood-hit countries.",
        None,
    ),
    (
        "Germany proposed a moratorium on the debts of the tsunami-hit nations.",
        None,
    ),
    // A sum bought right after the verb.
    (
        "Egypt agreed to purchase $1 billion of U.S. machinery over two years.",
        Some(1e9),
    ),
    // Headline present tense: "puts up", "chip in" with the sum after.
    (
        "Qatar puts up $2 billion as Syria's reconstruction fund opens",
        Some(2e9),
    ),
    (
        "Japan and South Korea chip in $500 million each for the Mekong power grid",
        Some(500e6),
    ),
    // Money made available, in the past tense.
    (
        "Bonn made 300 mln marks available to Warsaw for grain imports, the ministry said.",
        Some(300e6),
    ),
];

/// Sentences of the same words that are no pledge.
const NOT: &[&str] = &[
    "The shareholders are seeking $50 million in damages from the company.",
    "Deposits at the central bank rose 5 billion dlrs in the week, the bank said.",
    "Migrants send home $20 billion a year in remittances.",
    "The group agreed to acquire 51 pct of the company for 300 mln dlrs.",
    "The board agreed to buy back $5 billion of its own shares.",
    "Brazil declared a moratorium on interest payments on its commercial bank debt.",
    "Arsenal's Henry chips in with 12 goals as the Gunners win again.",
    "The company made its annual report available to shareholders on Monday.",
    // Money drawn or owed under credit already in place, and standing programmes.
    "Vesta received 40 mln dlrs pursuant to a credit agreement with Citibank and the Bank of Montreal.",
    "The finance minister said falling coffee prices would not affect Colombia's external credit situation.",
    "Menatep said it will ask Rosneft to repay a loan that its unit had secured on its assets.",
    "Senators proposed saving 100 mln dlrs by freezing the Agriculture Department's research and credit programs.",
    // Aid in general or as a measure; "back" and "grant" in other senses;
    // hours spent, fund inflows; finance not to be had, debts no longer
    // rescheduled.
    "The report said farm subsidies in rich nations were 30 times the sum provided as aid for farming in poor countries.",
    "Rich countries should freeze and then cut government aid measures that distort world grain prices, Carney said.",
    "Asked whether Gates would be confirmed, the Georgia senator shot back: \"I wouldn't bet any money on it.\"",
    "Caputo said investment that had been held back would now start to arrive in Argentina.",
    "British savers hold around £300bn in cash Isas, and many spend hours searching for the best rates.",
    "Gold-backed exchange-traded funds drew inflows for a fifth month, lifting their assets to a record $503 billion.",
    "Any industry to which Canadian governments grant rights to fish, mine or cut timber could face a subsidy finding, he said.",
    "Tunisia intends to stop rescheduling its foreign debts and to pay them off instead, the finance minister said.",
    "The Milwaukee maker of farm machinery said new financing facilities were not available outside of Chapter 11, adding that its U.S. assets were pledged to lenders.",
];

#[test]
fn todays_pledge_phrasings_give_a_pledge_with_its_sum() {
    let ex = Extractor::embedded().unwrap();
    for (text, sum) in CASES {
        let events = ex.extract_dated("case", text, Some("2025-09-01"));
        let pledge = events
            .iter()
            .find(|e| e.event_type == "pledge")
            .unwrap_or_else(|| panic!("no pledge in {text:?}"));
        assert_eq!(pledge.amount.as_ref().map(|a| a.value), *sum, "{text}");
    }
    for text in NOT {
        let events = ex.extract_dated("case", text, Some("2025-09-01"));
        assert!(
            !events.iter().any(|e| e.event_type == "pledge"),
            "pledge in {text:?}"
        );
    }
}
