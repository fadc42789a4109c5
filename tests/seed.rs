//! The article the project started from must come out exactly right:
//! these eight events, and nothing else but the few the issue allows.

mod common;
use common::{codes, role_countries};
use newsevents::{Event, Extractor};

const SEED: &str = include_str!("../corpus/articles/000_1c93f948763ff7b4.txt");

/// One required event: type, modality, a phrase of its sentence, and its arguments.
struct Expect {
    event_type: &'static str,
    modality: &'static str,
    /// A phrase that must lie inside the event's sentence, near the trigger.
    evidence: &'static str,
    source: &'static [&'static str],
    target: &'static [&'static str],
    participant: &'static [&'static str],
    amount: Option<(f64, &'static str)>,
    rate: Option<f64>,
}

const REQUIRED: &[Expect] = &[
    Expect {
        event_type: "pledge",
        modality: "requested",
        evidence: "request for South Korea to invest $350 billion",
        source: &["KOR"],
        target: &["USA"],
        participant: &[],
        amount: Some((350e9, "USD")),
        rate: None,
    },
    Expect {
        event_type: "pledge",
        modality: "asserted",
        evidence: "Japan has committed to significant investments",
        source: &["JPN"],
        target: &["USA"],
        participant: &[],
        amount: None,
        rate: None,
    },
    Expect {
        event_type: "pledge",
        modality: "asserted",
        evidence: "commitment of $550 billion in investments",
        source: &["JPN"],
        target: &[],
        participant: &[],
        amount: Some((550e9, "USD")),
        rate: None,
    },
    Expect {
        event_type: "tariff",
        modality: "asserted",
        evidence: "face a 25% tariff on automobiles",
        source: &["USA"],
        target: &["KOR"],
        participant: &[],
        amount: None,
        rate: Some(25.0),
    },
    Expect {
        event_type: "raid",
        modality: "asserted",
        evidence: "immigration raid on a Hyundai plant",
        source: &["USA"],
        target: &["KOR"],
        participant: &[],
        amount: None,
        rate: None,
    },
    Expect {
        event_type: "meeting",
        modality: "planned",
        evidence: "meeting with South Korean President Lee Jae Myung",
        source: &[],
        target: &[],
        participant: &["KOR", "USA"],
        amount: None,
        rate: None,
    },
    Expect {
        event_type: "meeting",
        modality: "planned",
        evidence: "scheduled to meet with Chinese leader Xi Jinping",
        source: &[],
        target: &[],
        participant: &["CHN", "USA"],
        amount: None,
        rate: None,
    },
    Expect {
        event_type: "meeting",
        modality: "hypothetical",
        evidence: "he would meet with North Korean leader Kim Jong Un",
        source: &[],
        target: &[],
        participant: &["PRK", "USA"],
        amount: None,
        rate: None,
    },
];

/// Events the issue allows in addition: (type, phrase of the sentence).
const ALLOWED: &[(&str, &str)] = &[
    ("pledge", "willingness to invest"),
    ("pledge", "offer loans and loan guarantees"),
    ("tariff", "automakers who face lower tariffs"),
    ("meeting", "successful visit to Japan"),
    ("meeting", "negotiations with South Korea"),
    ("meeting", "negotiations are progressing"),
];

/// The event whose trigger lies inside the evidence phrase.
fn find<'a>(events: &'a [Event], x: &Expect) -> &'a Event {
    let at = SEED.find(x.evidence).expect("evidence is in the seed");
    let end = at + x.evidence.len();
    events
        .iter()
        .find(|e| e.event_type == x.event_type && e.trigger.start >= at && e.trigger.end <= end)
        .unwrap_or_else(|| {
            panic!(
                "no {} event with its trigger in {:?}",
                x.event_type, x.evidence
            )
        })
}

#[test]
fn seed_article_yields_exactly_the_expected_events() {
    let ex = Extractor::embedded().unwrap();
    let events = ex.extract("seed.txt", SEED);
    let mut explained = vec![false; events.len()];
    for x in REQUIRED {
        let e = find(&events, x);
        let what = x.evidence;
        assert_eq!(e.modality, x.modality, "modality of {what:?}");
        assert_eq!(
            role_countries(e, "source"),
            codes(x.source),
            "source of {what:?}"
        );
        if !x.target.is_empty() || x.event_type != "pledge" {
            assert_eq!(
                role_countries(e, "target"),
                codes(x.target),
                "target of {what:?}"
            );
        }
        assert_eq!(
            role_countries(e, "participant"),
            codes(x.participant),
            "participants of {what:?}"
        );
        match x.amount {
            Some((v, c)) => {
                let a = e
                    .amount
                    .as_ref()
                    .unwrap_or_else(|| panic!("amount of {what:?}"));
                assert_eq!((a.value, a.currency.as_str()), (v, c), "amount of {what:?}");
            }
            None => assert!(e.amount.is_none(), "no amount expected in {what:?}"),
        }
        assert_eq!(e.rate.as_ref().map(|r| r.value), x.rate, "rate of {what:?}");
        let i = events.iter().position(|o| std::ptr::eq(o, e)).unwrap();
        assert!(
            !explained[i],
            "two expectations matched one event: {what:?}"
        );
        explained[i] = true;
    }
    for (e, ok) in events.iter().zip(&explained) {
        if *ok {
            continue;
        }
        assert!(
            ALLOWED
                .iter()
                .any(|(t, p)| *t == e.event_type && e.sentence.text.contains(p)),
            "unexpected {} event ({}) in {:?}",
            e.event_type,
            e.rule,
            e.sentence.text
        );
    }
}

#[test]
fn seed_tariff_raid_and_meeting_details() {
    let ex = Extractor::embedded().unwrap();
    let events = ex.extract("seed.txt", SEED);
    let tariff = find(&events, &REQUIRED[3]);
    assert_eq!(
        tariff.product.as_ref().map(|p| p.text.as_str()),
        Some("automobiles")
    );
    assert_eq!(tariff.rule, "tariff/rate");
    let raid = find(&events, &REQUIRED[4]);
    let hyundai = raid
        .actors
        .iter()
        .find(|a| a.name == "Hyundai")
        .expect("Hyundai is an actor");
    assert_eq!(
        (hyundai.role.as_str(), hyundai.kind.as_str()),
        ("target", "company")
    );
    let loc = raid.location.as_ref().expect("raid location");
    assert_eq!(
        (loc.name.as_str(), loc.country.as_deref()),
        ("Georgia", Some("USA"))
    );
    let count = raid.count.as_ref().expect("detained workers");
    assert_eq!(count.of, "workers");
    assert!(count.text.contains("South Korean workers"));
    // Two meetings in one sentence are two records with distinct ids.
    let a = find(&events, &REQUIRED[6]);
    let b = find(&events, &REQUIRED[7]);
    assert_ne!(a.id, b.id);
    assert_eq!(a.sentence.index, b.sentence.index);
    // Every offset points at its text.
    for e in &events {
        assert_eq!(&SEED[e.trigger.start..e.trigger.end], e.trigger.text);
        assert_eq!(&SEED[e.sentence.start..e.sentence.end], e.sentence.text);
        for a in &e.actors {
            assert_eq!(&SEED[a.start..a.end], a.text);
        }
    }
}
