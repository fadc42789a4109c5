//! Meeting recall class of the twenty-first session (issue #14), the team's
//! own sentences, rules alone: a later mention of a leader's trip or tour in
//! a story that has reported a meeting, by a possessive name ("Trump's trip
//! would be his first"), a length ("his four-day tour") or its end ("wraps
//! Abu Dhabi trip"), is a `meeting/trip-named-again`; a band's or a firm's
//! tour, a factory tour or a trip to a region ("Asia trip") is none.

use newsevents::Extractor;

/// (article, trigger text)
const CASES: &[(&str, &str)] = &[
    (
        "Prime Minister Modi met President Lula in Brasilia on Tuesday. \
         Modi's five-nation tour continues in Namibia.",
        "tour",
    ),
    (
        "President Trump and President Xi spoke by phone on Monday. \
         Trump's trip would be his first to China since 2017.",
        "trip",
    ),
    (
        "UAE to invest US$50 bn in Canada as Prime Minister Carney wraps Abu Dhabi trip",
        "trip",
    ),
    (
        "Prime Minister Modi held talks with President Lula on Tuesday. \
         It was the last stop of his four-day tour.",
        "tour",
    ),
];

const NOT: &[&str] = &[
    "President Macron opened the exhibition on Friday. The band's world tour ends in Paris next week.",
    "The president visited the plant on Monday. His factory tour lasted two hours.",
    "President Ruto met the IMF team on Monday. The firm's three-city tour of investors ends on Friday.",
    "South Korea's trade deal faces hurdles despite President Trump's Asia trip.",
];

#[test]
fn a_leaders_trip_or_tour_named_again_is_a_meeting() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    for (text, trigger) in CASES {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        assert!(
            events
                .iter()
                .any(|e| e.rule == "meeting/trip-named-again" && e.trigger.text == *trigger),
            "no back-reference {trigger:?} in {text:?}: {events:?}"
        );
    }
    for text in NOT {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        assert!(
            !events.iter().any(|e| e.rule == "meeting/trip-named-again"),
            "trip named again in {text:?}: {events:?}"
        );
    }
}
