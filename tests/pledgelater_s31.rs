//! Session 31 (issue #14): pledges on modern reporting, classes read on the
//! look half of the development sets (modern-26 .. modern-41). The team's
//! own sentences, rules alone (`--min-confidence 0`).

mod common;
use common::{pledge_in, pledges_rules_alone as pledges};

/// A share or kind of a pledge's money, named again with the use it will
/// be put to, in a story that has told the pledge: "the remainder",
/// "the support", "the financing" were no back-reference nouns, so the
/// sentence was lost. (text, the opening of the sentence that must hold a
/// pledge)
const SHARE_NAMED_AGAIN: &[(&str, &str)] = &[
    (
        "Canberra pledged A$40 million to help Vanuatu rebuild after the \
         earthquake. Most of the support will flow through the island's \
         public works ministry.",
        "Most of the support",
    ),
    (
        "Seoul promised $250 million for Ukraine's power grid on Friday. \
         About $90 million is for transformers; the remainder will go to \
         repairing substations near Kharkiv.",
        "About $90 million",
    ),
    (
        "The World Bank approved a $700 million loan to Kenya. \
         Officials said the financing would support road links to the port \
         of Mombasa.",
        "Officials said",
    ),
];

/// The same nouns where no pledge was told, or in the market sense.
const SHARE_ELSEWHERE: &[&str] = &[
    "Most of the support will flow through the island's public works ministry.",
    "The company sold 40% of the issue to funds; the remainder will go to \
     retail bidders at auction.",
];

#[test]
fn a_share_of_the_money_named_again_with_its_use_is_a_pledge() {
    for (text, opening) in SHARE_NAMED_AGAIN {
        assert!(
            pledge_in(text, opening),
            "no pledge at {opening:?} in {text:?}: {:?}",
            pledges(text)
        );
    }
}

#[test]
fn a_share_noun_outside_a_pledge_story_is_none() {
    for text in SHARE_ELSEWHERE {
        assert!(pledges(text).is_empty(), "{text:?}: {:?}", pledges(text));
    }
}

/// A state committing to buy "more" from another, with no sum and no goods
/// named: the purchase rule wants goods near its verb, and "buy more" had
/// no rule of its own. (text, the opening of the sentence that must
/// hold a pledge)
const BUY_MORE: &[(&str, &str)] = &[
    (
        "Vietnam agreed to buy more from the United States, its trade \
         minister said.",
        "Vietnam agreed",
    ),
    (
        "Bangkok has offered to buy more from the US to narrow its trade \
         surplus.",
        "Bangkok has offered",
    ),
    (
        "Kuala Lumpur agreed to buy more from Washington, the trade ministry \
         said on Monday.",
        "Kuala Lumpur agreed",
    ),
];

/// Buying more in another sense: shoppers, investors, markets.
const BUY_MORE_ELSEWHERE: &[&str] = &[
    "Shoppers are expected to buy more online this Christmas, retailers said.",
    "Pension funds will buy more bonds as yields rise, analysts said.",
];

#[test]
fn a_state_committing_to_buy_more_is_a_pledge() {
    for (text, opening) in BUY_MORE {
        assert!(
            pledge_in(text, opening),
            "no pledge at {opening:?} in {text:?}: {:?}",
            pledges(text)
        );
    }
}

#[test]
fn buying_more_in_another_sense_is_none() {
    for text in BUY_MORE_ELSEWHERE {
        assert!(pledges(text).is_empty(), "{text:?}: {:?}", pledges(text));
    }
}
