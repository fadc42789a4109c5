//! Session 29 (issues #14, #15): pledge recall, classes read on the look
//! half of the development sets (modern-26 .. modern-41, random-l .. y,
//! reuters-wire-6 .. 9). The team's own sentences, rules alone
//! (`--min-confidence 0`).

mod common;
use common::{pledge_in, pledges_rules_alone as pledges};

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

/// A commitment verb with its sum right after it, the giver a foundation,
/// a group of funds or "investors" that the lexicon names with no country
/// (pledge/commit-sum-unnamed): (text, sum).
const COMMITTED_UNNAMED: &[(&str, f64)] = &[
    (
        "Investors committed $2.1 billion to 14 solar and port projects at this year's forum, the organisers said.",
        2.1e9,
    ),
    (
        "The Hewlett Trust, which has already committed $8 million to the programme, said it could add more.",
        8e6,
    ),
    (
        "A coalition of philanthropies pledged 400 million euros to the new malaria programme on Tuesday.",
        400e6,
    ),
];

/// Sums committed that are no pledge: collateral, a takeover, exploration.
const COMMITTED_NOT_PLEDGES: &[&str] = &[
    "The fund pledged 3 mln shares as collateral for the bridge loan.",
    "The oil companies had committed about 40 mln dlrs to exploration drilling in the Beaufort Sea.",
    "The fund has committed 300 mln dlrs to the takeover bid for the retailer.",
];

#[test]
fn a_sum_committed_by_an_unnamed_giver_is_a_pledge() {
    for (text, sum) in COMMITTED_UNNAMED {
        let found = pledges(text);
        assert!(
            found
                .iter()
                .any(|(_, a, _)| a.is_some_and(|v| (v - sum).abs() < 1.0)),
            "{text:?}: {found:?}"
        );
    }
}

#[test]
fn a_sum_committed_to_collateral_a_bid_or_exploration_is_none() {
    for text in COMMITTED_NOT_PLEDGES {
        assert!(pledges(text).is_empty(), "{text:?}: {:?}", pledges(text));
    }
}

/// In a pledge story, a giver with no country (a facility, a scheme's
/// trustee) that will provide grants or give guarantee cover
/// (pledge/provide-in-story): (text, the opening of the sentence that must
/// hold a pledge).
const PROVIDED_IN_STORY: &[(&str, &str)] = &[
    (
        "Canada pledged C$60 million to a new Caribbean resilience fund. \
         The mechanism will provide small grants to fishing villages hit by storms.",
        "The mechanism",
    ),
    (
        "India pledged Rs 500 crore for small exporters on Monday. \
         Under the scheme, the trustee company will give full guarantee cover to lending institutions on the extra credit.",
        "Under the scheme",
    ),
];

/// The same verbs outside a pledge story, or with no money: no pledge there.
const PROVIDED_ELSEWHERE: &[(&str, &str)] = &[
    (
        "The mechanism will provide small grants to fishing villages hit by storms.",
        "The mechanism",
    ),
    (
        "Germany pledged 200 million euros to a Kenyan water fund. \
         The lender will offer its customers a new credit card in May.",
        "The lender",
    ),
];

#[test]
fn a_giver_with_no_country_in_a_pledge_story_pledges() {
    for (text, opening) in PROVIDED_IN_STORY {
        assert!(
            pledge_in(text, opening),
            "no pledge at {opening:?} in {text:?}: {:?}",
            pledges(text)
        );
    }
}

#[test]
fn the_same_verbs_outside_a_story_or_without_money_are_none() {
    for (text, opening) in PROVIDED_ELSEWHERE {
        assert!(
            !pledge_in(text, opening),
            "a pledge at {opening:?} in {text:?}: {:?}",
            pledges(text)
        );
    }
}
