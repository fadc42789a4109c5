//! Raids told step by step (issue #14): officers boarding a vessel they
//! search or reaching premises, and arrests told in a story that has
//! reported a raid. Each case is the team's own sentence; an earlier
//! paragraph may set the story, and only events of the last paragraph
//! count.

mod common;

use common::last_paragraph_triggers;
use newsevents::Extractor;

/// (article, trigger of the raid its last paragraph must give)
const STEPS: &[(&str, &str)] = &[
    // Officers boarding a ship or boat: the raid's entry.
    (
        "Customs officers boarding a bulk carrier at Rotterdam found 800 kg of heroin in its ballast tanks.",
        "boarding",
    ),
    (
        "Coastguard officers boarded the fishing trawler off Cork on Sunday and detained its crew of six.",
        "boarded",
    ),
    (
        "Police and customs agents boarded two cargo ships in the port of Santos, the federal police said.",
        "boarded",
    ),
    // Officers reaching premises named after the verb.
    (
        "Teams of the Enforcement Directorate reached the trader's two warehouses in Surat shortly after dawn on Friday.",
        "reached",
    ),
    // Arrests told after the raid was reported.
    (
        "Immigration officers raided three nail bars in Bristol on Wednesday.\n\nThe workers were arrested and given notices of removal.",
        "were arrested",
    ),
    (
        "Federal agents swept through two meatpacking plants in Nebraska on Tuesday.\n\nAgents made 76 arrests by nightfall, a spokesman said.",
        "arrests",
    ),
];

/// (article, type) whose last paragraph must give no raid.
const NOT: &[(&str, &str)] = &[
    (
        "Hundreds of passengers boarded the cruise ship in Barcelona on Saturday.",
        "raid",
    ),
    (
        "Navy commandos boarded the tanker after pirates seized it in the Gulf of Aden.",
        "raid",
    ),
    // Reaching premises in another sense.
    (
        "The finance minister reached the headquarters of the central bank for talks.",
        "raid",
    ),
    // An arrest with no raid in the story.
    (
        "Police arrested a fan outside the ground after the match on Saturday.",
        "raid",
    ),
    // Arrest statistics and goals in a raid story.
    (
        "Agents raided a meat plant in Omaha on Tuesday.\n\nThe agency has set a goal of 3,000 arrests a day.",
        "raid",
    ),
    (
        "Officers raided a car wash in Leeds on Monday.\n\nThe region recorded more than 900 arrests in 2025, up from 600.",
        "raid",
    ),
];

#[test]
fn raid_steps_give_a_raid() {
    let ex = Extractor::embedded().unwrap();
    for (text, trigger) in STEPS {
        let got = last_paragraph_triggers(&ex, text, "raid");
        assert!(
            got.iter().any(|t| t == trigger),
            "no raid on {trigger:?} in {text:?}: {got:?}"
        );
    }
}

#[test]
fn the_same_words_elsewhere_give_no_raid() {
    let ex = Extractor::embedded().unwrap();
    for (text, ty) in NOT {
        let got = last_paragraph_triggers(&ex, text, ty);
        assert!(got.is_empty(), "{ty} in {text:?}: {got:?}");
    }
}
