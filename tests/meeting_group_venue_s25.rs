//! Meetings' parties from groups and from the story (issues #14, #16,
//! twenty-fifth session). The five Central Asian states and the Eurasian
//! Economic Union are groups with fixed membership in the lexicon, so a
//! summit with them names their members; a meeting whose only country is
//! its venue ("the G20 summit in Rio"), in a sentence naming the story's
//! pair by reference ("the two leaders"), is that pair's too. Each case is
//! the team's own sentence.

mod common;

use common::{Which, wrong_meeting_participants};

/// (text, the participants of its last meeting)
const CASES: &[(&str, &[&str])] = &[
    (
        "Japan hosted the leaders of the five Central Asian states at a summit in Tokyo on Saturday.",
        &["JPN", "KAZ", "KGZ", "TJK", "TKM", "UZB"],
    ),
    (
        "Modi held talks on Tuesday with the Eurasian Economic Union on a free trade agreement.",
        &["ARM", "BLR", "IND", "KAZ", "KGZ", "RUS"],
    ),
    (
        "Albanese held talks with Lula in Brasilia on Monday. The two leaders had only a brief exchange on the sidelines of the BRICS summit in Johannesburg in 2023.",
        &["AUS", "BRA", "ZAF"],
    ),
];

#[test]
fn groups_and_the_story_pair_name_the_parties() {
    let wrong = wrong_meeting_participants(CASES, "2025-10-30", Which::Last);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
