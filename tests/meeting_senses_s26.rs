//! Meeting words in senses that tell no meeting between parties (issue #16,
//! twenty-sixth session, precision on ordinary articles): the verb "talks"
//! of one speaker, with a pronoun subject ("he talks of his years in
//! office"), and "negotiated" as the adjective of a company's buy-back ("in
//! privately negotiated transactions"). The same words as meetings still
//! fire. Each case is the team's own sentence.

mod common;

use common::wrong_meeting_lists;
use newsevents::Extractor;

/// (sentence, the participants of each meeting found, in order)
const CASES: &[(&str, &[&[&str]])] = &[
    // One speaker's "talks": no meeting.
    (
        "In the interview the former French minister talks of Germany; she talks of the years she spent in Berlin.",
        &[],
    ),
    (
        "Asked about Japan, the Canadian coach said he often talks with his players after training.",
        &[],
    ),
    (
        "He also talks of India as the market that will decide the firm's future, the British executive said.",
        &[],
    ),
    // A buy-back "in negotiated transactions": no meeting.
    (
        "The Ohio retailer said it would buy back up to two million shares in the open market or in privately negotiated transactions.",
        &[],
    ),
    (
        "The U.S. insurer may acquire more of the stock through negotiated transactions, it said.",
        &[],
    ),
    // The same words as meetings still fire.
    (
        "Japanese and U.S. officials held talks on semiconductors in Tokyo on Monday.",
        &[&["JPN", "USA"]],
    ),
    (
        "The Canadian prime minister negotiated with Mexican President Claudia Sheinbaum for two hours.",
        &[&["CAN", "MEX"]],
    ),
];

#[test]
fn one_speakers_talk_and_negotiated_trades_are_no_meetings() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    let wrong = wrong_meeting_lists(&ex, CASES, "2025-10-30");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
