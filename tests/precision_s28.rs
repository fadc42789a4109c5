//! False events on ordinary articles (issue #15, twenty-eighth session),
//! by class, each beside a true neighbour that must stay an event: a
//! footballer sent or taken "on loan" whatever word follows
//! (`pledge_context_vetoes`: "on loan to", "on loan for", "on loan as"); a
//! payment a court or regulator orders or one that settles a claim ("60 mln
//! dlrs in penalties", "to settle charges"); aid on its way to people and
//! its officials ("blocking deliveries of aid", "food aid shipments", "the
//! U.N. aid chief"); an athletics circuit's "meetings" and legs in a sports
//! story (`sports_genre_words`, `genre_meeting_words`); a union's own
//! membership or mass meetings and its bargaining committee (meeting/meet
//! and meeting/talks vetoes); and a "round" of tariffs or raids read back as
//! a round of talks (meeting/back-reference vetoes). The sentences are the
//! team's own, in 1987 wire and modern styles.

mod common;

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
    // an athletics circuit's meetings and legs: no meeting ...
    (
        Some("Rome to host third Diamond League meeting as sprinters chase world record"),
        "The season's 15 meetings take the world's best athletes from Qatar to China and the United States, and the javelin and pole vault are the highlights in Rome.",
        "meeting",
        0,
    ),
    (
        None,
        "Doha opens the season on Friday. Last year's Doha meeting saw two athletes from Kenya and Ethiopia break the world record in the steeplechase, and the javelin final drew a record crowd.",
        "meeting",
        0,
    ),
    (
        None,
        "The Diamond League opens in Doha on Friday, where Kenyan athletes will chase the world record in the steeplechase and the javelin. After Doha, the circuit heads to China on May 16 before the Rabat leg.",
        "meeting",
        0,
    ),
    // ... a sports body's officials meeting a government's minister stay one
    (
        None,
        "The Kenyan athletics federation's officials met Qatar's sports minister in Doha on Monday to discuss hosting a Diamond League meeting.",
        "meeting",
        1,
    ),
    // a union's own meetings and bargaining committee: no meeting ...
    (
        None,
        "The Canadian autoworkers' union will hold membership meetings in Windsor on Sunday to vote on the offer from General Motors.",
        "meeting",
        0,
    ),
    (
        None,
        "Opposition leaders in Jakarta said mass meetings would be held across Indonesia before the vote.",
        "meeting",
        0,
    ),
    (
        None,
        "The company said the union's bargaining committee in Ontario rejected its final offer.",
        "meeting",
        0,
    ),
    // ... the union's talks with the company stay a meeting
    (
        None,
        "The union said its negotiators met General Motors officials in Detroit on Monday.",
        "meeting",
        1,
    ),
    // a round of tariffs or raids after a meeting: no round of talks ...
    (
        None,
        "Prime Minister Carney met President Trump at the White House on Tuesday. Canadian steelmakers fear another round of tariffs in the spring.",
        "meeting",
        1,
    ),
    (
        None,
        "Prime Minister Modi met President Trump at the White House on Thursday. Indian police launched a fresh round of raids in Mumbai on Friday.",
        "meeting",
        1,
    ),
    // ... the next round of talks stays the meeting again
    (
        None,
        "Trade Representative Greer met Vice Premier He Lifeng in Geneva on Sunday. No date has been set for the next round.",
        "meeting",
        2,
    ),
];

#[test]
fn ordinary_feed_false_classes_of_the_twenty_eighth_session() {
    let failures = common::wrong_event_counts(CASES.iter().copied());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
