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

use newsevents::Extractor;

const CASES: &str = include_str!("when/clauses_s24.txt");

#[test]
fn time_words_attach_to_their_own_clause_and_event() {
    let ex = Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    let mut failures = Vec::new();
    let mut n = 0;
    for (line, l) in CASES.lines().enumerate() {
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = l.splitn(4, '|').map(str::trim).collect();
        assert_eq!(parts.len(), 4, "line {}: {l:?}", line + 1);
        let (date, want, event_type, sentence) = (parts[0], parts[1], parts[2], parts[3]);
        let want = (want != "null").then_some(want);
        n += 1;
        let events = ex.extract_dated("t", sentence, Some(date));
        match events.iter().find(|e| e.event_type == event_type) {
            Some(e) => {
                let got = e.when.as_ref().map(|w| w.value.to_string());
                if got.as_deref() != want {
                    failures.push(format!(
                        "line {}: {date} {sentence:?}: want {want:?}, got {got:?}",
                        line + 1
                    ));
                }
            }
            None => failures.push(format!(
                "line {}: {date} {sentence:?}: no {event_type} event",
                line + 1
            )),
        }
    }
    assert!(n >= 15, "{n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
