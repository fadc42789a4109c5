//! "The two sides" and "the two leaders" after a meeting the story has just
//! told (session 31): the pair is that meeting's parties when the sentence
//! names its people as a pair or one of its countries, not the article's
//! two most named countries ("the two leaders talked for 90 minutes" after
//! a Trump-Putin call in a story on the war in Ukraine). A pair named with
//! nothing of the last meeting stays the story's pair.

mod common;
use common::wrong_dated_last_meetings;
use newsevents::Extractor;

/// Article text, date, then the participants of the last meeting in it.
type Case = (&'static str, &'static str, &'static [&'static str]);

const CASES: &[Case] = &[
    // The people of the last meeting as a pair: that call's two sides, not
    // the two countries the war story names most.
    (
        "Ukraine said Russian drones struck Kyiv overnight. Russia said it had hit Ukrainian arms depots near Kharkiv. Ukraine asked its allies for more air defence systems. Trump and Putin held a phone call on Tuesday. The two leaders talked for 90 minutes, both sides said.",
        "2025-03-18",
        &["RUS", "USA"],
    ),
    // One country of the last meeting named, which met its own banks: the
    // sides are that country and its creditors, not Mexico.
    (
        "Mexico signed its debt package last week. Mexico's finance minister said Mexico would not seek new loans. Argentina's economy minister met Mexico's finance minister on Monday. Debt talks between the Philippine government and its bank advisory committee resumed on Tuesday. Manila said the two sides would meet again on Friday.",
        "1987-03-18",
        &["PHL"],
    ),
    // Nothing of the last meeting (a visitor's talks) named: "both sides"
    // is the story's pair.
    (
        "India and Pakistan agreed to reopen a bus link after their foreign ministers met in Islamabad. Pakistan said India had agreed to more flights. British Foreign Secretary Jack Straw is visiting India this week. He will hold talks with the Indian government on Friday. Both sides agreed to begin talks on reducing the risk of nuclear accidents.",
        "2005-02-17",
        &["IND", "PAK"],
    ),
];

#[test]
fn the_two_sides_are_the_last_meetings_pair() {
    let ex = Extractor::embedded().unwrap();
    let failures = wrong_dated_last_meetings(&ex, CASES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
