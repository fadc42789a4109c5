//! A participle clause set off by a comma after a meeting's clause that
//! names two countries ("..., putting its carmakers on an equal footing
//! with Japanese rivals", "..., noting recent exchanges between Beijing and
//! Manila") comments on the meeting: the countries it names are no parties
//! (issue #16, twenty-fourth session). "-ing" words that go on with the
//! parties ("including Japan") or open another meeting keep theirs. Each
//! case is the team's own sentence.

mod common;

use common::{Which, wrong_meeting_participants};

/// (sentence, the participants of its first meeting)
const CASES: &[(&str, &[&str])] = &[
    (
        "Lee and Trump settled the details of their deal at a summit in Gyeongju on Wednesday, putting Hyundai on an equal footing with Japanese rivals.",
        &["KOR", "USA"],
    ),
    (
        "Modi held talks with Albanese in Canberra on Friday, noting recent exchanges between Beijing and Manila.",
        &["AUS", "IND"],
    ),
    (
        "Macron met Lula in Brasilia on Tuesday, calling Germany a key partner in the trade deal.",
        &["BRA", "FRA"],
    ),
    (
        "Ramaphosa held talks with Lula in Pretoria, urging Nigeria and Kenya to join the new payments system.",
        &["BRA", "ZAF"],
    ),
    // Going on with the parties: they stay.
    (
        "Trump held talks with the leaders of ten countries, including Japan and India.",
        &["IND", "JPN", "USA"],
    ),
    // One country before the comma: the participle may name the other side.
    (
        "Albanese spent two hours at the Great Hall of the People, meeting Xi Jinping and Premier Li Qiang.",
        &["AUS", "CHN"],
    ),
];

#[test]
fn a_comment_participle_adds_no_party() {
    let wrong = wrong_meeting_participants(CASES, "2025-10-30", Which::First);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
