//! Raid and tariff wordings of modern reporting (issue #14, twenty-first
//! session): what searchers find in a raid story, a raid's later nouns
//! ("the swoop", "among the targets"), singular searches carried out,
//! surprise visits, roundups; retaliatory packages, safeguard and
//! trade-remedy measures, a tariff going ahead, goods shipped spared. Each
//! case is the team's own
//! sentence; an earlier paragraph may set the story, and only events of the
//! last paragraph count.

mod common;

use common::last_paragraph_triggers;
use newsevents::Extractor;

/// (article, type, a trigger its last paragraph must give)
const FOUND: &[(&str, &str, &str)] = &[
    // What searchers find in a story that has reported the raid.
    (
        "Immigration officers raided two car washes in Leicester on Tuesday.\n\nOfficers acting on a tip-off found six men working without permission.",
        "raid",
        "found",
    ),
    (
        "Customs officers searched a bonded warehouse in Durban on Friday.\n\nThe team confiscated 900 cartons of cigarettes with no tax stamps.",
        "raid",
        "confiscated",
    ),
    // A raid's later nouns.
    (
        "Police raided the offices of two construction firms in Turin on Tuesday.\n\nA former regional councillor was also among the targets.",
        "raid",
        "among the targets",
    ),
    (
        "Tax officers searched the homes of three textile traders in Surat on Thursday.\n\nThe swoop followed a year-long inquiry into fake invoices.",
        "raid",
        "swoop",
    ),
    // Verbs and nouns of a raid told in full.
    (
        "Tax officers swooped at dawn at the brewer's offices and two bottling plants.",
        "raid",
        "swooped",
    ),
    (
        "Anti-corruption prosecutors conducted a search at the transport ministry's offices on Tuesday.",
        "raid",
        "conducted a search",
    ),
    (
        "Competition officials paid surprise visits to the offices of three cement makers suspected of price fixing.",
        "raid",
        "surprise visits",
    ),
    (
        "Immigration agents detained 95 people in a weekend roundup across the city.",
        "raid",
        "roundup",
    ),
    // Tariff measures by their kind.
    (
        "Washington raised tariffs on European steel to 50% in June.\n\nBrussels readied a retaliatory package aimed at American bourbon and motorcycles.",
        "tariff",
        "retaliatory package",
    ),
    (
        "India imposed a 12% safeguard tariff on flat steel imports in April.\n\nThe safeguard measures will run for three years.",
        "tariff",
        "safeguard measures",
    ),
    // A tariff taken up again as going ahead, or goods shipped spared.
    (
        "Washington set 25% tariffs on imported heavy trucks from October.\n\nThe increases will go ahead unless partners agree to quotas.",
        "tariff",
        "increases",
    ),
    (
        "Beijing will add a 15% tariff on U.S. farm goods from March 10.\n\nConsignments shipped before that date are spared.",
        "tariff",
        "spared",
    ),
];

/// (article, type) whose last paragraph must give no event of the type.
const NOT: &[(&str, &str)] = &[
    // Finding with no raid in the story, or a probe's finding.
    (
        "Officers found the stolen van abandoned on a country road on Sunday.",
        "raid",
    ),
    (
        "Police raided the warehouse on Monday.\n\nInvestigators found that the firm had kept no payroll records since 2021.",
        "raid",
    ),
    // A package in another sense.
    (
        "The government announced a relief package for farmers hit by the drought.",
        "tariff",
    ),
    (
        "The central bank raised interest rates twice this year.\n\nThe increases will go ahead in smaller steps, the governor said.",
        "tariff",
    ),
];

#[test]
fn raid_and_tariff_wordings_give_their_event() {
    let ex = Extractor::embedded().unwrap();
    for (text, ty, trigger) in FOUND {
        let got = last_paragraph_triggers(&ex, text, ty);
        assert!(
            got.iter().any(|t| t == trigger),
            "no {ty} on {trigger:?} in {text:?}: {got:?}"
        );
    }
}

#[test]
fn the_same_words_elsewhere_give_none() {
    let ex = Extractor::embedded().unwrap();
    for (text, ty) in NOT {
        let got = last_paragraph_triggers(&ex, text, ty);
        assert!(got.is_empty(), "{ty} in {text:?}: {got:?}");
    }
}
