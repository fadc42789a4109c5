//! False pledges on ordinary articles (issue #15, twenty-eighth session),
//! by class, each beside a true neighbour that must stay a pledge
//! (`pledge_context_vetoes`): a footballer sent or taken "on loan" whatever
//! word follows ("on loan to", "on loan for", "on loan as"); a payment a
//! court or regulator orders or one that settles a claim ("60 mln dlrs in
//! penalties", "to settle charges"); aid on its way to people and its
//! officials ("blocking deliveries of aid", "food aid shipments", "the U.N.
//! aid chief"). The sentences are the team's own, in 1987 wire and modern
//! styles.

use newsevents::Extractor;

/// Headline (the article's first line) or none, body, event type, and how
/// many events of that type the rules alone must find.
type Case = (Option<&'static str>, &'static str, &'static str, usize);

const CASES: &[Case] = &[
    // a footballer on loan: no pledge ...
    (
        None,
        "Leeds signed the Spanish forward for £18m and sent Brazilian winger Rafael Costa on loan to Benfica.",
        "pledge",
        0,
    ),
    (
        Some("Kessler joins Lyon on loan as Tuchel backs Pochettino to develop Chelsea prodigy"),
        "The 19-year-old will spend the rest of the season in France.",
        "pledge",
        0,
    ),
    // ... a government's loan stays one
    (
        None,
        "Japan agreed to lend Indonesia 500 mln dlrs to finance power stations.",
        "pledge",
        1,
    ),
    // a payment ordered by a court or regulator, or settling a claim: no pledge
    (
        None,
        "The company agreed to pay the U.S. Treasury 60 mln dlrs in penalties.",
        "pledge",
        0,
    ),
    (
        None,
        "The British bank agreed to pay $120 million to U.S. regulators to settle charges that it misled investors.",
        "pledge",
        0,
    ),
    // aid on its way to people, and its officials: no further pledge ...
    (
        None,
        "The European Union pledged 1.6 billion euros in aid to the Palestinians on Monday. The pledge came as Israel kept blocking deliveries of aid into Gaza, the EU's foreign policy chief said.",
        "pledge",
        1,
    ),
    (
        None,
        "Japan will give 20 mln dlrs in food aid to Bangladesh, officials said. Under the farm bill, the share of food aid shipments carried on U.S. vessels is to rise to 75 pct.",
        "pledge",
        1,
    ),
    (
        None,
        "The meeting in Geneva was co-hosted by the U.N. aid chief and Norway's foreign minister, and donors were urged to give more.",
        "pledge",
        0,
    ),
    // ... the pledge of aid stays one
    (
        None,
        "Britain pledged 50 mln stg in humanitarian aid for Sudan at the Geneva meeting.",
        "pledge",
        1,
    ),
];

#[test]
fn ordinary_feed_false_classes_of_the_twenty_eighth_session() {
    let ex = Extractor::embedded().unwrap().with_sense(None);
    let mut failures = Vec::new();
    for (headline, body, ty, want) in CASES {
        let text = match headline {
            Some(h) => format!("{h}\n\n{body}"),
            None => body.to_string(),
        };
        let got = ex
            .extract("case", &text)
            .iter()
            .filter(|e| e.event_type == *ty)
            .count();
        if got != *want {
            failures.push(format!("{text:?}: {got} {ty} events, want {want}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
