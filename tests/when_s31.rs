//! Event times, session 31: the classes of `when` errors fixed in the
//! thirty-first session, one table (`tests/when/s31.txt`, `ARTICLE-DATE |
//! EXPECTED | TYPE | SENTENCE`, sentences written for the test), every case
//! exact: a time before a clause about a thing with a future of its own
//! ("signed a framework on Thursday under which Washington will lower the
//! tariff") does not time an event in that clause, unless the clause is at
//! the thing ("a news conference today at which ..."); seasons are times
//! ("over the summer" June to August, "last autumn" its year).

mod common;

const CASES: &str = include_str!("when/s31.txt");

#[test]
fn embedded_future_clauses_and_seasons() {
    let (n, failures) = common::wrong_times(CASES);
    assert!(n >= 12, "{n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
