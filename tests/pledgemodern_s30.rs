//! Session 30 (issue #14): pledge recall on modern reporting, classes read
//! on the look half of the development sets (modern-26 .. modern-41). The
//! team's own sentences, rules alone (`--min-confidence 0`).

mod common;
use common::{pledge_in, pledges_rules_alone as pledges};

/// The money of a pledge already told, named again with an abbreviation
/// written with stops or a possessive between its determiner and its noun:
/// the back-reference pattern allowed plain words only there, so "the U.S.
/// money" and "the EU’s commitment" were lost. (text, the opening of the
/// sentence that must hold a pledge)
const DOTTED_OR_POSSESSIVE_AGAIN: &[(&str, &str)] = &[
    (
        "Washington pledged $2 billion in aid to Lebanon on Tuesday. \
         Officials did not say where the U.S. money would come from.",
        "Officials did not say",
    ),
    (
        "Britain pledged £300 million to the Sahel fund. \
         Diplomats said the first grants from the U.K. money were due in spring.",
        "Diplomats said",
    ),
    (
        "Brussels pledged 2 billion euros to Morocco for its power grid. \
         Rabat said the EU’s commitment would be reviewed in 2027.",
        "Rabat said",
    ),
    (
        "Tokyo promised $550 billion of investment in the United States. \
         Unions in Japan fear the U.S. investment will drain jobs from home.",
        "Unions in Japan",
    ),
];

/// The same words outside a pledge story: no pledge.
const DOTTED_OR_POSSESSIVE_ELSEWHERE: &[&str] = &[
    "Officials did not say where the U.S. money would come from.",
    "Rabat said the EU’s commitment would be reviewed in 2027.",
];

#[test]
fn money_named_again_after_a_dotted_or_possessive_word_is_a_pledge() {
    for (text, opening) in DOTTED_OR_POSSESSIVE_AGAIN {
        assert!(
            pledge_in(text, opening),
            "no pledge at {opening:?} in {text:?}: {:?}",
            pledges(text)
        );
    }
}

#[test]
fn the_same_words_outside_a_pledge_story_are_none() {
    for text in DOTTED_OR_POSSESSIVE_ELSEWHERE {
        assert!(pledges(text).is_empty(), "{text:?}: {:?}", pledges(text));
    }
}

/// Deals or agreements stated with their worth, in a story that has told a
/// pledge: no signing verb before them ("concluded", "accounted for",
/// "participants in"), so pledge/deals-signed did not hold. (text, the
/// opening of the sentence that must hold a pledge, its sum)
const DEALS_WORTH_IN_STORY: &[(&str, &str, f64)] = &[
    (
        "Germany pledged €500 million in winter aid to Ukraine on Monday. \
         The two governments also concluded agreements worth €900 million \
         for air defence.",
        "The two governments",
        900_000_000.0,
    ),
    (
        "Gujarat said investors committed ₹2 lakh crore at the summit. \
         The port authority alone accounted for agreements worth about \
         ₹40,000 crore with logistics groups.",
        "The port authority",
        400_000_000_000.0,
    ),
    (
        "Seoul pledged $350 billion of investment in the United States. \
         Hanwha and Hyundai were named as likely partners in deals worth up \
         to $150 billion.",
        "Hanwha and Hyundai",
        150_000_000_000.0,
    ),
];

/// The same words with no pledge told before, or deals of another kind.
const DEALS_WORTH_ELSEWHERE: &[&str] = &[
    "The two governments also concluded agreements worth €900 million for air defence.",
    "Seoul pledged $350 billion of investment in the United States. \
     Its banks closed takeover deals worth $4 billion last year.",
];

#[test]
fn deals_stated_with_their_worth_in_a_pledge_story_are_pledges() {
    for (text, opening, sum) in DEALS_WORTH_IN_STORY {
        let at = text.find(opening).expect("the opening is in the text");
        assert!(
            pledges(text)
                .iter()
                .any(|(_, value, start)| *start == at && *value == Some(*sum)),
            "no pledge of {sum} at {opening:?} in {text:?}: {:?}",
            pledges(text)
        );
    }
}

#[test]
fn deals_worth_outside_a_pledge_story_or_takeovers_are_none() {
    for text in DEALS_WORTH_ELSEWHERE {
        let second = text.find(". ").map_or(usize::MAX, |i| i + 2);
        assert!(
            pledges(text).iter().all(|(_, _, start)| *start < second),
            "{text:?}: {:?}",
            pledges(text)
        );
    }
}
