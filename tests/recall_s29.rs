//! Session 29 (issue #14): raids and tariffs named in a head line by a word
//! that needs the story's event ("Aurora arrests deepen anger", "inspection
//! order upheld", "surtax lifted"), read again once the body has told it;
//! and "the measure" a tariff story takes up again as the object of
//! imposing, or as what replaces or extends an earlier measure; and
//! immigration agents deployed in a story that has told their sweep. The team's
//! own sentences, rules alone (`--min-confidence 0`).

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// The triggers of the events of type `ty` in sentence `sentence`.
fn triggers_in(text: &str, ty: &str, sentence: usize) -> Vec<String> {
    extractor()
        .extract_dated("case", text, Some("2025-06-01"))
        .into_iter()
        .filter(|e| e.event_type == ty && e.sentence.index == sentence)
        .map(|e| e.trigger.text)
        .collect()
}

/// (article, type, sentence, trigger of the event that sentence must give)
const FOUND: &[(&str, &str, usize, &str)] = &[
    // A head line's arrests, searches or inspection, the raid told below.
    (
        "Aurora arrests deepen anger among car wash owners\n\n\
         AURORA — Federal immigration agents raided two car washes on \
         Tuesday, detaining 14 workers, officials said.",
        "raid",
        0,
        "arrests",
    ),
    (
        "Appeals court says 2024 inspection order was lawful\n\n\
         EU competition officials carried out unannounced inspections at the \
         premises of two packaging makers in 2024, the Commission said.",
        "raid",
        0,
        "inspection",
    ),
    // Immigration agents deployed, in a story that has told the sweep.
    (
        "Border Patrol agents swept through three car washes in Aurora on \
         Tuesday, detaining 14 workers.\n\n\
         Since June, hundreds of ICE officers have been deployed across the \
         metro area, officials said.",
        "raid",
        1,
        "deployed",
    ),
    // A head line's surtax, the tariff told below.
    (
        "Surtax lifted for goods that meet CUSMA rules\n\n\
         OTTAWA — Canada imposed 25% tariffs on U.S. steel and aluminium in \
         March, the finance department said.",
        "tariff",
        0,
        "Surtax",
    ),
    // "The measure" imposed, replacing or extending one, in a tariff story.
    (
        "India imposed a 12% anti-dumping duty on steel wire from China in \
         April. The commerce ministry urged the finance ministry to \
         impose the measure on wire from Vietnam too.",
        "tariff",
        1,
        "the measure",
    ),
    (
        "Britain set a 25% tariff on steel above its quotas from July 1. \
         The measure replaces the safeguard that expired in June.",
        "tariff",
        1,
        "The measure",
    ),
    (
        "China cut tariffs to zero on goods from 33 African countries in \
         2024. The measure extends that treatment to 20 more states.",
        "tariff",
        1,
        "The measure",
    ),
];

/// (article, type, sentence) that must give no event of the type.
const NOT: &[(&str, &str, usize)] = &[
    // No raid in the body: the head line's arrests are no raid.
    (
        "Aurora arrests deepen anger among fans\n\n\
         Police arrested a man outside the stadium after the match on Saturday.",
        "raid",
        0,
    ),
    // A surtax on incomes in the head of a tariff story.
    (
        "The province keeps its surtax on high earners\n\n\
         OTTAWA — Canada imposed 25% tariffs on U.S. steel and aluminium in \
         March, the finance department said.",
        "tariff",
        0,
    ),
    // The National Guard's deployment, or agents deployed with no sweep told.
    (
        "Border Patrol agents swept through three car washes in Aurora on \
         Tuesday, detaining 14 workers.\n\n\
         The governor condemned the deployment of National Guard troops to the city.",
        "raid",
        1,
    ),
    (
        "Hundreds of ICE officers have been deployed across the metro area \
         since June, officials said.",
        "raid",
        0,
    ),
    // A first line ending in a colon opens a list: no head line.
    (
        "New tariff rates:\n• Canada: 35% tariff, from August 1",
        "tariff",
        0,
    ),
    // "The measure" with no tariff in the story, or one of support.
    (
        "The council voted on Monday to impose the measure on all new buildings.",
        "tariff",
        0,
    ),
    (
        "Britain set a 25% tariff on steel above its quotas from July 1. \
         The measure to support steelworkers was extended to December.",
        "tariff",
        1,
    ),
];

#[test]
fn head_lines_and_measures_give_the_story_event() {
    for (text, ty, sentence, trigger) in FOUND {
        let got = triggers_in(text, ty, *sentence);
        assert!(
            got.iter().any(|t| t == trigger),
            "no {ty} on {trigger:?} in sentence {sentence} of {text:?}: {got:?}"
        );
    }
}

#[test]
fn the_same_words_without_the_story_give_none() {
    for (text, ty, sentence) in NOT {
        let got = triggers_in(text, ty, *sentence);
        assert!(
            got.is_empty(),
            "{ty} in sentence {sentence} of {text:?}: {got:?}"
        );
    }
}

/// (article, trigger of the one raid its head line must give): a head
/// line whose first reading found its raid keeps it, with no
/// back-reference beside it once the body is read.
const HEAD_RAID_STANDS: &[(&str, &str)] = &[(
    "Police raid 31 sites in betting probe; Rs 12 crore cash seized\n\n\
     BENGALURU — Police searched 31 premises linked to an online betting \
     ring on Friday, officials said.",
    "raid",
)];

#[test]
fn a_head_line_raid_found_first_stands_alone() {
    for (text, trigger) in HEAD_RAID_STANDS {
        let got = triggers_in(text, "raid", 0);
        assert_eq!(got, vec![trigger.to_string()], "in {text:?}");
    }
}
