//! Event times, session 27: the classes of `when` errors fixed in the
//! twenty-seventh session, one table (`tests/when/s27.txt`, `ARTICLE-DATE |
//! EXPECTED | TYPE | SENTENCE`, sentences written for the test), every case
//! exact: a meeting or raid in a present perfect clause "since" a time runs
//! from that time to the article's day ("have met four times since last
//! year"), but not in a past perfect, an infinitive perfect or another
//! predicate; a planned, scheduled or expected meeting right on its trigger
//! ("the president's planned visit to Tokyo in April") is ahead, whatever
//! the tense of the sentence's other verbs.

mod common;

const CASES: &str = include_str!("when/s27.txt");

#[test]
fn since_spans_and_planned_events() {
    let (n, failures) = common::wrong_times(CASES);
    assert!(n >= 12, "{n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
