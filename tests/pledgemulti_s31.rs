//! Session 31 (issue #14): a pledge's sum broken down into its parts, each
//! with its own sum, is one pledge per part with the first pledge's
//! parties (REVIEW.md, harmonisation s22, class 1). The breakdown opens
//! with a colon, a dash or a `listed_part_openers` phrase ("of which",
//! "made up of"); inside it a part after a comma counts, "plus" joins parts
//! as "and" does, and a short phrase leading to a sum inside a part
//! ("capped at $5 billion a year") is passed over. A sum in another
//! currency after the dash is a conversion. The parts of one sentence are
//! one vote for the article's sides. The team's own sentences, rules alone
//! (`--min-confidence 0`).

use newsevents::Extractor;
use newsevents::event::Role;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// A pledge found: its sum and the countries of its givers and recipients.
struct Found {
    sum: Option<f64>,
    sources: Vec<String>,
    targets: Vec<String>,
}

fn pledges(text: &str) -> Vec<Found> {
    extractor()
        .extract_dated("case", text, Some("2025-06-01"))
        .into_iter()
        .filter(|e| e.event_type == "pledge")
        .map(|e| {
            let of = |r: Role| {
                let mut c: Vec<String> = e
                    .actors
                    .iter()
                    .filter(|a| a.role == r)
                    .filter_map(|a| a.country.clone())
                    .collect();
                c.sort();
                c.dedup();
                c
            };
            Found {
                sum: e.amount.as_ref().map(|a| a.value),
                sources: of(Role::Source),
                targets: of(Role::Target),
            }
        })
        .collect()
}

/// (sentence, the sums of its pledges, the giver and recipient of each)
const BREAKDOWNS: &[(&str, &[f64], &str, &str)] = &[
    // a dash, a sum inside a part, a part after "and"
    (
        "Poland agreed to invest $80 billion in Germany — $50 billion in cash, paid out over ten years, and $30 billion for rail links.",
        &[80e9, 50e9, 30e9],
        "POL",
        "DEU",
    ),
    // "plus" after a sum inside the first part
    (
        "Canada committed $40 billion in cash investment in Mexico, capped at $5 billion a year, plus $12 billion for port upgrades.",
        &[40e9, 12e9],
        "CAN",
        "MEX",
    ),
    // "of which", the part named with no word of use after it
    (
        "Sweden pledged €3.2 billion to Moldova, of which €2.1 billion is in grants and €1.1 billion in loans.",
        &[3.2e9, 2.1e9, 1.1e9],
        "SWE",
        "MDA",
    ),
    // "made up of"
    (
        "Japan offered a $900 million aid package to the Philippines, made up of $600 million for flood defences and $300 million for housing.",
        &[900e6, 600e6, 300e6],
        "JPN",
        "PHL",
    ),
    // a colon and "on" as the word of use
    (
        "Intel has committed to spend about $90 billion in Ireland: roughly $70 billion on new plants and $20 billion on research.",
        &[90e9, 70e9, 20e9],
        "USA",
        "IRL",
    ),
    // parts after commas, each named by its use alone
    (
        "Germany has launched the first projects under its $40 billion pledge to France: a $6 billion wind farm in Brittany, a $3 billion rail depot near Lyon and a $500 million lab in Toulouse.",
        &[40e9, 6e9, 3e9, 500e6],
        "DEU",
        "FRA",
    ),
];

#[test]
fn each_part_of_a_broken_down_sum_is_a_pledge_with_the_first_ones_parties() {
    for (text, sums, source, target) in BREAKDOWNS {
        let found = pledges(text);
        for s in *sums {
            let Some(p) = found
                .iter()
                .find(|p| p.sum.is_some_and(|f| (f - s).abs() < 1.0))
            else {
                panic!("{text}: no pledge of {s}");
            };
            assert_eq!(p.sources, [*source], "{text}: the giver of {s}");
            assert_eq!(p.targets, [*target], "{text}: the recipient of {s}");
        }
    }
}

/// (sentence, the sums of its pledges)
const NOT_PARTS: &[(&str, &[f64])] = &[
    // a conversion between dashes
    (
        "Qatar has agreed to invest US$20 billion — roughly C$28 billion — in Canada, the prime minister's office said.",
        &[20e9],
    ),
    // a dash aside with no sum
    (
        "Australia pledged $400 million to Indonesia — double what it gave in 2020 — for flood defences.",
        &[400e6],
    ),
    // a comma breakdown with no opener stays one pledge (s25)
    (
        "The bank will lend $9 billion to Egypt, $5 billion for power, $3 billion for water and $1 billion for roads.",
        &[9e9],
    ),
];

#[test]
fn conversions_asides_and_comma_breakdowns_are_not_parts() {
    for (text, sums) in NOT_PARTS {
        let found: Vec<Option<f64>> = pledges(text).into_iter().map(|p| p.sum).collect();
        assert_eq!(
            found,
            sums.iter().map(|s| Some(*s)).collect::<Vec<_>>(),
            "{text}"
        );
    }
}

/// (article, the sum of a pledge whose giver is asked, that giver): the
/// parts of one sentence are one vote on the article's sides, not one per
/// part, so a sentence broken into parts does not make its recipient the
/// story's borrower.
const SIDES: &[(&str, f64, &str)] = &[(
    "Chip pledges carry US factory boom into next year\n\n\
     Micron has committed to spend about $200 billion in the United States: \
     roughly $150 billion on new fabs, $30 billion on packaging and $20 billion on research. \
     Taiwan Semiconductor Manufacturing Co. has committed $100 billion to its plants in Arizona. \
     The Commerce Department has agreed to provide $6 billion in grants toward the effort.",
    6e9,
    "USA",
)];

#[test]
fn the_parts_of_one_sentence_are_one_vote_on_the_articles_sides() {
    for (text, sum, source) in SIDES {
        let found = pledges(text);
        let Some(p) = found
            .iter()
            .find(|p| p.sum.is_some_and(|f| (f - sum).abs() < 1.0))
        else {
            panic!("{text}: no pledge of {sum}");
        };
        assert_eq!(p.sources, [*source], "{text}");
    }
}
