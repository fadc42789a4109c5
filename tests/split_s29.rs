//! Session 29 (issue #14): several meetings of one sentence. A call held
//! by telephone or video and a trip in one sentence are two meetings
//! whatever their modality (`meeting_remote_words`, `merge_same_type`).
//! The team's own sentences, rules alone (`--min-confidence 0`).

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// The trigger texts of the meetings found in `text`, in order.
fn meeting_triggers(text: &str) -> Vec<String> {
    extractor()
        .extract_dated("case", text, Some("2026-03-01"))
        .into_iter()
        .filter(|e| e.event_type == "meeting")
        .map(|e| e.trigger.text)
        .collect()
}

/// (sentence, the triggers of its meetings): a call held by telephone or
/// video and a trip in one sentence are two meetings whatever their
/// modality (`meeting_remote_words`); a trip made to talk to someone is one.
const CALL_AND_TRIP: &[(&str, &[&str])] = &[
    (
        "Japanese Prime Minister Taro Aso and U.S. President Donald Trump agreed in a telephone conversation on Monday that officials will prepare an Aso visit to Washington in the spring.",
        &["telephone conversation", "visit"],
    ),
    (
        "Merz, Trump agree on White House visit in 40-minute call; trade on the agenda",
        &["visit", "call"],
    ),
    (
        "The minister said he hoped next month to travel to talk to Korean and Indian trade officials.",
        &["travel to"],
    ),
];

#[test]
fn a_call_and_a_trip_are_two_meetings() {
    for (text, triggers) in CALL_AND_TRIP {
        assert_eq!(meeting_triggers(text), triggers.to_vec(), "{text}");
    }
}
