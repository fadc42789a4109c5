//! Event times: a table of realistic news sentences, each with the date of
//! the article it stands in, run through the real extractor (so the clause
//! that holds the trigger decides), and the `when` value its event should
//! get, or null. The table is `tests/when/cases.txt`, one case a line:
//!
//! ```text
//! ARTICLE-DATE | EXPECTED | TYPE | SENTENCE
//! ```
//!
//! EXPECTED is an ISO 8601 value or `null`; TYPE picks the sentence's first
//! event of that type. The floor is 95% exact; every failing case is printed.

use newsevents::Extractor;

const CASES: &str = include_str!("when/cases.txt");

/// The share of cases that must come out exact.
const FLOOR: f64 = 0.95;

struct Case<'a> {
    line: usize,
    date: &'a str,
    want: Option<&'a str>,
    event_type: &'a str,
    sentence: &'a str,
}

fn cases() -> Vec<Case<'static>> {
    CASES
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(n, l)| {
            let parts: Vec<&str> = l.splitn(4, '|').map(str::trim).collect();
            assert_eq!(parts.len(), 4, "line {}: {l:?}", n + 1);
            Case {
                line: n + 1,
                date: parts[0],
                want: (parts[1] != "null").then_some(parts[1]),
                event_type: parts[2],
                sentence: parts[3],
            }
        })
        .collect()
}

#[test]
fn event_times_floor() {
    let ex = Extractor::embedded().unwrap();
    let cases = cases();
    assert!(cases.len() >= 300, "{} cases", cases.len());
    let mut failures = Vec::new();
    for c in &cases {
        let events = ex.extract_dated("t", c.sentence, Some(c.date));
        let got = events
            .iter()
            .find(|e| e.event_type == c.event_type)
            .map(|e| {
                e.when
                    .as_ref()
                    .map(|w| (w.value.to_string(), w.text.clone()))
            });
        match got {
            Some(w) if w.as_ref().map(|w| w.0.as_str()) == c.want => {
                if let Some(w) = &w {
                    // Offsets point at the words.
                    let e = events
                        .iter()
                        .find(|e| e.event_type == c.event_type)
                        .unwrap();
                    let t = e.when.as_ref().unwrap();
                    assert_eq!(&c.sentence[t.start..t.end], w.1, "line {}", c.line);
                }
            }
            Some(w) => failures.push(format!(
                "line {}: {} {:?}: want {:?}, got {:?}",
                c.line, c.date, c.sentence, c.want, w
            )),
            None => failures.push(format!(
                "line {}: {} {:?}: no {} event",
                c.line, c.date, c.sentence, c.event_type
            )),
        }
    }
    let exact = cases.len() - failures.len();
    let share = exact as f64 / cases.len() as f64;
    eprintln!(
        "when: {exact}/{} exact ({:.1}%)",
        cases.len(),
        100.0 * share
    );
    for f in &failures {
        eprintln!("  {f}");
    }
    assert!(
        share >= FLOOR,
        "{:.1}% exact, below the {:.0}% floor",
        100.0 * share,
        100.0 * FLOOR
    );
}
