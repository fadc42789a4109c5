//! Companies whose home country the lexicon lacked (session 29): a meeting
//! between companies is coded by their home countries (ANNOTATION.md,
//! Actors), so a company the lexicon does not know leaves its talks with no
//! party or with a wrong one. Each row names one of the companies added to
//! `data/lexicon/companies.jsonl` in a meeting of its own.

mod common;
use common::wrong_dated_last_meetings;
use newsevents::Extractor;

/// Article text, date, then the participants of the last meeting in it.
type Case = (&'static str, &'static str, &'static [&'static str]);

const CASES: &[Case] = &[
    (
        "Petranol Plc said on Tuesday it was in takeover talks with a group of private investors.",
        "1987-03-10",
        &["GBR"],
    ),
    (
        "TransCanada PipeLines Ltd said it had suspended discussions with an unnamed buyer for its gas marketing unit.",
        "1987-03-10",
        &["CAN"],
    ),
    (
        "Freeport-McMoRan Inc officials were in Jakarta to discuss a copper mine expansion with Indonesian ministers.",
        "1987-03-10",
        &["IDN", "USA"],
    ),
    (
        "Underwoods Plc said talks with Woolworth Holdings Plc on a possible bid had ended without agreement.",
        "1987-03-10",
        &["GBR"],
    ),
];

#[test]
fn companies_bring_their_home_countries_to_talks() {
    let ex = Extractor::embedded().unwrap();
    let failures = wrong_dated_last_meetings(&ex, CASES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
