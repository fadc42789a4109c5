//! Event times, session 27: the classes of `when` errors fixed in the
//! twenty-seventh session, one table (`tests/when/s27.txt`, `ARTICLE-DATE |
//! EXPECTED | TYPE | SENTENCE`, sentences written for the test), every case
//! exact: a meeting or raid in a present perfect clause "since" a time runs
//! from that time to the article's day ("have met four times since last
//! year"), but not in a past perfect, an infinitive perfect or another
//! predicate; a planned, scheduled or expected meeting right on its trigger
//! ("the president's planned visit to Tokyo in April") is ahead, whatever
//! the tense of the sentence's other verbs.

use newsevents::Extractor;

const CASES: &str = include_str!("when/s27.txt");

#[test]
fn since_spans_and_planned_events() {
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
    assert!(n >= 12, "{n} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
