//! Two named parties who "spoke" or "talked", with no word for the call,
//! in a story that has reported a meeting (issue #14, twenty-sixth
//! session): "the two leaders talked about their economies", "Brazil and
//! the United States spoke again" tell a call or meeting by the verb alone.
//! A speech, a briefing or one speaker's words are none, and a call word
//! after the verb leaves the event to the call rule. Each case is the
//! team's own text.

mod common;

use common::wrong_last_sentence_meeting_lists;
use newsevents::Extractor;

/// (text, the participants of each meeting found in its last sentence)
const CASES: &[(&str, &[&[&str]])] = &[
    (
        "The Brazilian president met the U.S. president in Kuala Lumpur in October. \
         On Monday Brazil and the United States spoke again about the trade dispute.",
        &[&["BRA", "USA"]],
    ),
    (
        "The Japanese prime minister met the Indian prime minister in Delhi last month. \
         The Japanese and Indian leaders talked about shipbuilding and rare earths.",
        &[&["IND", "JPN"]],
    ),
    // A speech, a briefing, an anonymous source: no meeting.
    (
        "The French president met the German chancellor in Paris on Monday. \
         The German chancellor later spoke at a rally in Berlin about Russia.",
        &[],
    ),
    (
        "The Canadian prime minister met the Mexican president on Friday. \
         Canadian and Mexican officials who spoke on condition of anonymity said no deal was near.",
        &[],
    ),
    // With a call word after the verb the call rule tells it (one event).
    (
        "The Korean president met the Chinese president in Gyeongju in November. \
         South Korea and China spoke again by phone on Tuesday.",
        &[&["CHN", "KOR"]],
    ),
];

#[test]
fn parties_who_spoke_or_talked_met() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    let wrong = wrong_last_sentence_meeting_lists(&ex, CASES, "2025-11-30");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
