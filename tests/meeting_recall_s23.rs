//! Meeting recall classes of the twenty-third session (issue #14), the
//! team's own sentences, rules alone.
//!
//! The annual meeting of an international body the story is about, named by
//! its possessive ("the bank's annual meeting", "the IADB's annual
//! meeting") or attended by a delegate, is a meeting of its member
//! governments (`meeting/annual-meeting-of-body-in-story`); a company's
//! annual meeting, its shareholders' own, is none, nor an annual meeting in
//! a story on no such body.
//!
//! A session of a commodity organisation of states, its board or council
//! ("an ICO special meeting", "the ICO executive board meeting"), is a
//! gathering of its member states (`meeting/commodity-body-session`), where
//! "board" and "special meeting" in a company story are its own.

use newsevents::Extractor;

/// (article, rule)
const CASES: &[(&str, &str)] = &[
    (
        "The Asian Development Bank opened its session in Manila on Monday. \
         A Japanese delegate at the bank's annual meeting said the plan was sound.",
        "meeting/annual-meeting-of-body-in-story",
    ),
    (
        "The Inter-American Development Bank approved loans to Peru. \
         A Brazilian delegate to the bank's annual meeting criticised the plan.",
        "meeting/annual-meeting-of-body-in-story",
    ),
    (
        "World Bank lending to Africa rose last year. \
         Delegates at the fund's annual meeting in Washington said debt relief was overdue.",
        "meeting/annual-meeting-of-body-in-story",
    ),
];

const NOT: &[&str] = &[
    "The bank's annual meeting approved a higher dividend, the chairman told shareholders.",
    "Shareholders will vote on the merger at the company's annual meeting, a spokesman said.",
    "The Asian Development Bank lent more last year. The chairman of Fuji Bank told the bank's annual meeting that the company's profits would rise.",
];

fn ex() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

#[test]
fn an_international_bodys_annual_meeting_in_its_story_is_a_meeting() {
    let ex = ex();
    for (text, rule) in CASES {
        let events = ex.extract_dated("case", text, Some("1987-04-01"));
        assert!(
            events.iter().any(|e| e.rule == *rule),
            "no {rule} in {text:?}: {events:?}"
        );
    }
    for text in NOT {
        let events = ex.extract_dated("case", text, Some("1987-04-01"));
        assert!(
            !events
                .iter()
                .any(|e| e.rule == "meeting/annual-meeting-of-body-in-story"),
            "a body's annual meeting in {text:?}: {events:?}"
        );
    }
}

const SESSIONS: &[&str] = &[
    "Coffee producers gathered in London. An ICO special meeting ended last night without agreement on export quotas.",
    "Brazil's coffee institute chief will not attend the ICO executive board meeting next week, a spokesman said.",
    "The International Cocoa Organization council session opened in London on Monday with delegates from Ivory Coast and Brazil.",
];

const NOT_SESSIONS: &[&str] = &[
    "The roaster's special meeting of shareholders approved the merger.",
    "The coffee company's board meeting approved a dividend.",
    "Cocoa prices fell after the board meeting of the exporters' association.",
];

#[test]
fn a_commodity_bodys_session_is_a_meeting() {
    let ex = ex();
    for text in SESSIONS {
        let events = ex.extract_dated("case", text, Some("1987-04-01"));
        assert!(
            events
                .iter()
                .any(|e| e.rule == "meeting/commodity-body-session"),
            "no commodity body session in {text:?}: {events:?}"
        );
    }
    for text in NOT_SESSIONS {
        let events = ex.extract_dated("case", text, Some("1987-04-01"));
        assert!(
            !events
                .iter()
                .any(|e| e.event_type == newsevents::event::EventType::Meeting),
            "a meeting in {text:?}: {events:?}"
        );
    }
}
