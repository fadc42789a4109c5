//! A raid's detentions told after the raid (session 31, issue #14): who the
//! people arrested were ("those arrested"), as "those detained" tells it,
//! and people held with no count ("some citizens were also held"), in a
//! story that has reported a raid (ANNOTATION.md: detentions made in a raid
//! are part of it). Each case is the team's own sentence; the first
//! paragraph sets the story, and only events of the last paragraph count.

mod common;

use common::last_paragraph_triggers;
use newsevents::Extractor;

/// (article, trigger of the raid its last paragraph must give)
const ARRESTED: &[(&str, &str)] = &[
    (
        "Immigration officers raided a garment workshop in Leicester on Tuesday.\n\nThose arrested were nine Indian men and three Pakistani women, the Home Office said.",
        "arrested",
    ),
    (
        "Federal agents swept through a poultry plant in Mississippi on Thursday.\n\nEight of those arrested had earlier removal orders, the agency said.",
        "arrested",
    ),
    (
        "Customs officers searched two bonded warehouses in Durban on Monday.\n\nAmong those arrested was the warehouse manager, officials said.",
        "arrested",
    ),
];

/// (article, trigger of the raid its last paragraph must give): people held.
const HELD: &[(&str, &str)] = &[
    (
        "Immigration agents raided a packing plant in Nebraska on Wednesday.\n\nSome U.S. citizens were also held, their lawyers said.",
        "held",
    ),
    (
        "Federal agents descended on an apartment block in Denver before dawn.\n\nTenants say they were handcuffed and held for hours in the car park.",
        "held",
    ),
];

/// Articles whose last paragraph must give no raid.
const NOT: &[&str] = &[
    // No raid in the story: an arrest after a brawl.
    "Police broke up a fight outside a nightclub in Cardiff on Saturday.\n\nThose arrested were aged between 19 and 24, a spokesman said.",
    // Arrest statistics in a raid story stay vetoed.
    "Officers raided a car wash in Leeds on Monday.\n\nThe number of those arrested rose to 900 in 2025, up from 600.",
    // Talks held in a raid story; people held with no raid in the story.
    "Immigration agents raided a packing plant in Nebraska on Wednesday.\n\nTalks between the union and the company were held on Friday.",
    "A brawl broke out outside a bar in Denver on Saturday.\n\nSeveral men were held overnight, police said.",
];

#[test]
fn those_arrested_in_a_raid_story_is_the_raid() {
    let ex = Extractor::embedded().unwrap();
    for (text, trigger) in ARRESTED {
        let got = last_paragraph_triggers(&ex, text, "raid");
        assert!(
            got.iter().any(|t| t == trigger),
            "no raid on {trigger:?} in {text:?}: {got:?}"
        );
    }
}

#[test]
fn people_held_in_a_raid_story_is_the_raid() {
    let ex = Extractor::embedded().unwrap();
    for (text, trigger) in HELD {
        let got = last_paragraph_triggers(&ex, text, "raid");
        assert!(
            got.iter().any(|t| t == trigger),
            "no raid on {trigger:?} in {text:?}: {got:?}"
        );
    }
}

#[test]
fn those_arrested_elsewhere_is_no_raid() {
    let ex = Extractor::embedded().unwrap();
    for text in NOT {
        let got = last_paragraph_triggers(&ex, text, "raid");
        assert!(got.is_empty(), "raid in {text:?}: {got:?}");
    }
}
