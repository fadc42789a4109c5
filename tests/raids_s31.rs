//! Who the people arrested in a raid were (session 31, issue #14): "those
//! arrested" in a story that has reported a raid tells the raid's
//! detentions, as "those detained" does (ANNOTATION.md: detentions made in
//! a raid are part of it). Each case is the team's own sentence; the first
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

/// Articles whose last paragraph must give no raid.
const NOT: &[&str] = &[
    // No raid in the story: an arrest after a brawl.
    "Police broke up a fight outside a nightclub in Cardiff on Saturday.\n\nThose arrested were aged between 19 and 24, a spokesman said.",
    // Arrest statistics in a raid story stay vetoed.
    "Officers raided a car wash in Leeds on Monday.\n\nThe number of those arrested rose to 900 in 2025, up from 600.",
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
fn those_arrested_elsewhere_is_no_raid() {
    let ex = Extractor::embedded().unwrap();
    for text in NOT {
        let got = last_paragraph_triggers(&ex, text, "raid");
        assert!(got.is_empty(), "raid in {text:?}: {got:?}");
    }
}
