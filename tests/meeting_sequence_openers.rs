//! A meeting named after another in a clause opened by "preceded" or
//! "followed" (`meeting_other_event_openers`) is another meeting when it
//! names a party of its own; a meeting "during a visit" or "during their
//! talks" is held on that trip or is those talks. The team's own
//! sentences: (sentence, meetings wanted).

use newsevents::Extractor;

const CASES: &[(&str, usize)] = &[
    (
        "Albanese met Xi in Beijing on Tuesday, a visit that preceded a summit with Modi in New Delhi.",
        2,
    ),
    (
        "The minister met Chinese Premier Li Qiang in Beijing during a visit to open a trade fair.",
        1,
    ),
    (
        "Lee's visit to Tokyo in June followed a summit with Trump in Washington.",
        2,
    ),
    ("Modi held talks with Lula in Brasilia during the visit.", 1),
    (
        "Starmer met Carney on Monday during their talks in Ottawa.",
        1,
    ),
];

#[test]
fn a_meeting_before_or_after_another_with_its_own_party_is_its_own() {
    let ex = Extractor::embedded().unwrap();
    for (text, n) in CASES {
        let events = ex.extract_dated("case", text, Some("2025-09-01"));
        let got = events.iter().filter(|e| e.event_type == "meeting").count();
        assert_eq!(
            got,
            *n,
            "{text}: {:?}",
            events
                .iter()
                .map(|e| (&e.event_type, &e.trigger.text))
                .collect::<Vec<_>>()
        );
    }
}
