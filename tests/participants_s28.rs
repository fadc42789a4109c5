//! Meeting parties inherited from the meeting last named (session 28): a
//! sentence naming no party of its own ("The talks lasted two hours") takes
//! the parties of the meeting before it, but not the place that meeting was
//! held at when that one met two or three countries (a sidelines meeting's
//! gathering and its host, "the APEC summit in Gyeongju"): the venue of a
//! bilateral meeting is no party. Capitals named as the parties themselves
//! (no preposition placing them) stay.

mod common;
use common::wrong_dated_last_meetings;
use newsevents::Extractor;

/// Article text, date, then the participants of the last meeting in it.
type Case = (&'static str, &'static str, &'static [&'static str]);

const CASES: &[Case] = &[
    // The host of the gathering a bilateral was held beside stays with the
    // gathering, not with the talks that refer back to the bilateral.
    (
        "Chinese President Xi Jinping and Canadian Prime Minister Mark Carney met on the sidelines of the APEC summit in Gyeongju on Friday. The talks lasted nearly two hours, officials said.",
        "2025-11-02",
        &["CAN", "CHN"],
    ),
    (
        "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Sanae Takaichi on the sidelines of the G20 summit in Johannesburg. The meeting was their first, a spokesman said.",
        "2025-11-24",
        &["IND", "JPN"],
    ),
    (
        "Photo: Egyptian President Abdel Fattah al-Sisi meets Turkish President Recep Tayyip Erdogan in Doha on the sidelines of the Arab-Islamic summit. The call came a week later.",
        "2025-09-16",
        &["EGY", "TUR"],
    ),
    // The gathering itself keeps its host.
    (
        "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Sanae Takaichi on the sidelines of the G20 summit in Johannesburg.",
        "2025-11-24",
        &["IND", "JPN", "ZAF"],
    ),
    // Capitals naming the parties are no venue: a back-reference keeps them.
    (
        "Tokyo and Seoul held talks on fisheries on Monday. The talks lasted two hours.",
        "2025-05-08",
        &["JPN", "KOR"],
    ),
];

#[test]
fn inherited_parties_leave_the_venue() {
    let ex = Extractor::embedded().unwrap();
    let failures = wrong_dated_last_meetings(&ex, CASES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
