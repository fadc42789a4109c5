//! Session 31 (issue #15, ordinary feeds): a verb of giving or asking whose
//! object is a thing commits no money, whatever sum its clause names after
//! that object ("could give no reason ... 600 mln dlrs", "seeking savings of
//! 14 billion francs", "called for more discipline to", "offers a good way to");
//! beside them, the near misses that stay pledges (the sum given to a
//! recipient after "with", an object of joined conjuncts ending in money,
//! "grant" and "offer" read as nouns, a plea for a plan). The sentences are
//! the team's own, in 1987 wire and 2025 styles.

mod common;

/// Headline (the article's first line), body, and how many pledges the
/// rules alone must find.
type Case = (Option<&'static str>, &'static str, usize);

const THING_OBJECTS: &[Case] = &[
    // a thing given, a sum named after the object's end
    (
        None,
        "Float ranged from 100 mln dlrs on Monday, for which the Fed could give no explanation, to 600 mln dlrs on Friday.",
        0,
    ),
    (
        None,
        "Creditor banks complained that Lusinchi would not give any indication as to when payments on the 12 billion dlrs of debt would resume.",
        0,
    ),
    (
        None,
        "The budget minister said he was seeking savings of at least 14 billion francs to hold the deficit at 5 pct of output.",
        0,
    ),
    (
        None,
        "Economists called for more discipline to help the country cut its 4 billion dlr deficit.",
        0,
    ),
    (
        None,
        "Analysts said the takeover of Ferro Foods offers a good way to enter the market, which is worth 300 mln dlrs a year.",
        0,
    ),
    // near misses that stay pledges
    (
        None,
        "Japan said it would provide the state power company with 400 mln dlrs to rebuild its plants.",
        1,
    ),
    (
        None,
        "The minister said Kuwait will give Egypt and Jordan new loans worth 250 mln dlrs this year.",
        1,
    ),
    (
        None,
        "Saudi Arabia agreed to provide technical and financial assistance to Sudan for its irrigation schemes.",
        1,
    ),
    (
        None,
        "Kyiv's prime minister asked the donors' conference for more, calling for a new Marshall Plan and for money to repair the power grid.",
        1,
    ),
    (
        None,
        "The 40 mln stg grant will be disbursed over three years to help Kenya build new roads.",
        1,
    ),
];

#[test]
fn a_thing_given_or_asked_for_is_no_pledge() {
    let failures = common::wrong_event_counts(
        THING_OBJECTS
            .iter()
            .map(|&(h, body, want)| (h, body, "pledge", want)),
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A lending agency or international body right before the one word that
/// modifies its money noun names the lender, which commits it as "IMF
/// loans" does ("covered by COFACE export credits"); a state or firm there
/// does not ("the Ford of Canada assembly facility"), nor the agency named
/// as itself ("the French export credit agency").
const LENDER_BEFORE_MODIFIER: &[Case] = &[
    (
        None,
        "Algeria bought 200,000 tonnes of barley with COFACE export credit, exporters said.",
        1,
    ),
    (
        None,
        "The Ford of Canada assembly facility in Oakville will be closed for two weeks.",
        0,
    ),
    (
        None,
        "Officials of Ghana will hold talks tomorrow with Coface, the French export credit agency.",
        0,
    ),
];

#[test]
fn a_lender_before_its_modifier_commits_the_money() {
    let failures = common::wrong_event_counts(
        LENDER_BEFORE_MODIFIER
            .iter()
            .map(|&(h, body, want)| (h, body, "pledge", want)),
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
