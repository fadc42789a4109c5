//! Event times, session 24 (issue 16): the classes of `when` errors fixed
//! in the twenty-fourth session, one table (`tests/when/clauses_s24.txt`,
//! `ARTICLE-DATE | EXPECTED | TYPE | SENTENCE`, sentences written for the
//! test), every case exact: a year on another noun ("under a 1977 law") is
//! not the event's; a time before a coordinated verb ("toured ... on
//! Tuesday and held her first summit ... on Thursday") gives way to the
//! trigger's own; a day after an announced tariff dates the announcement;
//! "hours after" shares the clause's day; "by Monday's meeting" is no
//! deadline; a participle after a bare "be" ("to be held") is not past;
//! a time after a verb of taking effect ("kicking in on Aug. 1") is a time
//! of effect; "likely to" looks ahead and an irregular past ("spent") back;
//! a length ("over three years", "within a year") is not that of a verb
//! coordinated with its own.

mod common;

const CASES: &str = include_str!("when/clauses_s24.txt");

#[test]
fn time_words_attach_to_their_own_clause_and_event() {
    let (n, failures) = common::wrong_times(CASES);
    assert!(n >= 15, "{n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
