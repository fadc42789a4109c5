//! Pledge constructions by class, eighteenth session (the team's own
//! sentences, several per class): a sum offered or approved with no money
//! noun, a sum to be received from a named giver, money refused or ruled
//! out, others pressed to buy goods or to contribute, a loan got, signed
//! or given in a headline. Each gives a pledge of the rules (confidence 0:
//! the rules alone) with its modality and the countries in its roles; the
//! sentences of the same words below give none.

mod common;

use common::{codes, role_countries};
use newsevents::Extractor;
use newsevents::event::Modality;

struct Case {
    text: &'static str,
    /// The modalities the guide allows (ANNOTATION.md lists both readings
    /// where two are defensible: "is set to receive" is asserted or planned).
    modality: &'static [Modality],
    sources: &'static [&'static str],
    targets: &'static [&'static str],
    sum: Option<f64>,
}

const CASES: &[Case] = &[
    // "award" gives as "grant" does: its object receives (give_verbs).
    Case {
        text: "Washington agreed to award Samsung up to 6.4 billion dlrs in grants.",
        modality: &[Modality::Asserted, Modality::Planned],
        sources: &["USA"],
        targets: &["KOR"],
        sum: Some(6.4e9),
    },
    // A sum offered to a recipient named between the verb and the sum.
    Case {
        text: "The Community has offered Yugoslavia 380 mln ECUs over five years, the diplomat said.",
        modality: &[Modality::Asserted],
        sources: &[],
        targets: &["YUG"],
        sum: Some(380e6),
    },
    Case {
        text: "Tokyo offered Manila 500 mln dlrs at the donors' meeting.",
        modality: &[Modality::Asserted],
        sources: &["JPN"],
        targets: &["PHL"],
        sum: Some(500e6),
    },
    // A sum approved for a recipient, no loan word.
    Case {
        text: "The Asian Development Bank approved $900 million for Bangladesh on Thursday.",
        modality: &[Modality::Asserted],
        sources: &[],
        targets: &["BGD"],
        sum: Some(900e6),
    },
    Case {
        text: "The World Bank's board approved 120 mln dlrs for Kenya's water projects.",
        modality: &[Modality::Asserted],
        sources: &[],
        targets: &["KEN"],
        sum: Some(120e6),
    },
    // A sum to be received from a named giver: the subject receives.
    Case {
        text: "Egypt will receive 200 mln dlrs from the United States next year, officials said.",
        modality: &[Modality::Planned],
        sources: &["USA"],
        targets: &["EGY"],
        sum: Some(200e6),
    },
    Case {
        text: "Ghana is set to receive more than $1.5 billion from Japan over three years.",
        modality: &[Modality::Planned, Modality::Asserted],
        sources: &["JPN"],
        targets: &["GHA"],
        sum: Some(1.5e9),
    },
    // Money refused or ruled out by the giver.
    Case {
        text: "Prime Minister Nakasone ruled out Japanese financial help for the Gulf patrols.",
        modality: &[Modality::Negated],
        sources: &["JPN"],
        targets: &[],
        sum: None,
    },
    Case {
        text: "West Germany refused to provide more credits to the Soviet Union, officials said.",
        modality: &[Modality::Negated],
        sources: &["DEU"],
        targets: &["SUN"],
        sum: None,
    },
    // ... or by the recipient, whom a refusing verb with no infinitive
    // makes the subject of the money.
    Case {
        text: "Brazil rejected new loans from the IMF on Tuesday.",
        modality: &[Modality::Negated],
        sources: &[],
        targets: &["BRA"],
        sum: None,
    },
    // Others asked to buy goods or to give money: the asked pledge.
    Case {
        text: "Washington pressed Tokyo to buy more American rice.",
        modality: &[Modality::Requested],
        sources: &["JPN"],
        targets: &["USA"],
        sum: None,
    },
    Case {
        text: "Kenya called on donor countries to contribute to its drought appeal.",
        modality: &[Modality::Requested],
        sources: &[],
        targets: &["KEN"],
        sum: None,
    },
    // Headline verbs of a loan got, signed or given.
    Case {
        text: "PERU GETS WORLD BANK LOAN FOR IRRIGATION",
        modality: &[Modality::Asserted],
        sources: &[],
        targets: &["PER"],
        sum: None,
    },
    Case {
        text: "TOKYO GIVES NEW LOANS TO INDONESIA",
        modality: &[Modality::Asserted],
        sources: &["JPN"],
        targets: &["IDN"],
        sum: None,
    },
];

/// The same words, no pledge.
const NOT: &[&str] = &[
    "The group offered holders 34 dlrs a share for the company's stock.",
    "Shareholders approved 300 mln dlrs of new notes, the company said.",
    "The city council approved 40 mln dlrs in spending cuts for the year.",
    "Shareholders of the Canadian unit will receive 20 dlrs a share from the buyer.",
    "France will receive 300 mln francs from the sale of its stake in the bank.",
    "The chairman declined to comment on the loan talks with Brazil.",
    "The board rejected the 30 dlrs a share takeover bid from the Canadian group.",
    "Finance Minister Balladur ruled out action to stimulate the French economy.",
    "The minister refused to take credit for the fall in inflation in Italy.",
    "The chairman urged members to contribute ideas for the party's manifesto in Spain.",
    "Farm credit conditions in Kansas showed further signs of stabilizing, U.S. bankers said.",
    "If Congress approves 36 billion dlrs in reductions, the U.S. deficit would be smaller.",
];

#[test]
fn offered_approved_received_and_refused_sums_are_pledges() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    for c in CASES {
        let events = ex.extract_dated("case", c.text, Some("1987-04-01"));
        let p = events
            .iter()
            .find(|e| e.event_type == "pledge")
            .unwrap_or_else(|| panic!("no pledge in {:?}", c.text));
        assert!(
            c.modality.contains(&p.modality),
            "{}: {:?}",
            c.text,
            p.modality
        );
        assert_eq!(role_countries(p, "source"), codes(c.sources), "{}", c.text);
        assert_eq!(role_countries(p, "target"), codes(c.targets), "{}", c.text);
        assert_eq!(p.amount.as_ref().map(|a| a.value), c.sum, "{}", c.text);
    }
    for text in NOT {
        let events = ex.extract_dated("case", text, Some("1987-04-01"));
        assert!(
            !events.iter().any(|e| e.event_type == "pledge"),
            "pledge in {text:?}"
        );
    }
}

/// Two commitments of one subject coordinated with "and to": two pledges
/// ("to buy more coal ... and to start importing crude").
#[test]
fn coordinated_commitment_verbs_are_two_pledges() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    for text in [
        "Taiwan is studying a plan to buy more corn from the United States and to start importing Alaskan crude oil.",
        "Egypt agreed to purchase more U.S. wheat and to begin importing American coal next year.",
    ] {
        let events = ex.extract_dated("case", text, Some("1987-04-01"));
        let n = events.iter().filter(|e| e.event_type == "pledge").count();
        assert_eq!(n, 2, "{text}");
    }
}
