//! Event times, session 33: the classes of `when` errors fixed in the
//! thirty-third session, one table (`tests/when/s33.txt`, `ARTICLE-DATE |
//! EXPECTED | TYPE | SENTENCE`, sentences written for the test), every case
//! exact: a time on the noun of an "under" phrase dates the event's frame,
//! not the event ("face a 20% tariff under the framework agreed last
//! year"); for tariffs a length of years is a schedule, not a time ("will
//! scrap duties over 15 years"); "two days of talks" spans its days, and an
//! ending word makes the day the last ("wrapped up two days of talks on
//! Saturday", "at the end of a four-day visit"); a tense word in a "that"
//! clause after the time and the trigger does not turn the time's day
//! ("on Tuesday concluded talks on a pact that will cut duties"); a "when"
//! clause right after a time after "since" takes that time ("since
//! October, when Trump put him in charge of talks").

mod common;

const CASES: &str = include_str!("when/s33.txt");

#[test]
fn frames_schedules_lasting_meetings_tenses_and_when_clauses() {
    let (n, failures) = common::wrong_times(CASES);
    assert!(n >= 21, "{n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
