//! Helpers shared by the integration tests: run the real binary and read
//! its JSON-lines output. (Each test crate uses a subset.)
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

/// The `newsevents` binary built for these tests.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsevents"))
}

/// Runs the binary with arguments and no input.
pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("binary runs")
}

/// Starts the binary with arguments and all three standard streams piped,
/// for tests that feed it or read it while it runs.
pub fn spawn_piped(args: &[&str]) -> Child {
    bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary starts")
}

/// Runs the binary with arguments, feeding `input` on standard input.
pub fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = spawn_piped(args);
    // A run refused before it reads its input (a bad flag or data file)
    // closes the pipe early: that is not the test's failure.
    if let Err(e) = child.stdin.take().unwrap().write_all(input) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

/// JSON lines from bytes, each line parsed.
pub fn parse_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(bytes.to_vec())
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// The binary's standard output as parsed JSON lines.
pub fn stdout_lines(o: &Output) -> Vec<serde_json::Value> {
    parse_lines(&o.stdout)
}

/// Writes a file into a test folder.
pub fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// Runs the binary and returns its JSON lines, failing (with its stderr)
/// unless it exits 0.
pub fn ok_lines(o: &Output) -> Vec<serde_json::Value> {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    stdout_lines(o)
}

/// The countries an event gives a role, without nulls.
pub fn role_countries(e: &newsevents::Event, role: &str) -> std::collections::BTreeSet<String> {
    e.actors
        .iter()
        .filter(|a| a.role == role)
        .filter_map(|a| a.country.clone())
        .collect()
}

/// A set of country codes, for comparing with [`role_countries`].
pub fn codes(list: &[&str]) -> std::collections::BTreeSet<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// The shared corpora's folder (`$NEWSEVENTS_SHARED/corpus`, else
/// `../shared/corpus` or `../../shared/corpus` from the crate), where
/// Reuters-21578 is present; `None` where it is not, so the tests that
/// read the whole corpora can say so and pass.
pub fn shared_corpus() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("NEWSEVENTS_SHARED")
        .map(PathBuf::from)
        .into_iter()
        .chain([root.join("../shared"), root.join("../../shared")])
        .map(|p| p.join("corpus"))
        .find(|p| p.join("reuters21578.jsonl").is_file())
}

/// Lowercased triggers of the `ty` events whose trigger lies in the last
/// paragraph of `text` (extracted as of 2025-09-01): cases whose earlier
/// paragraphs set the story and whose last one is under test.
pub fn last_paragraph_triggers(ex: &newsevents::Extractor, text: &str, ty: &str) -> Vec<String> {
    let last_start = text.rfind('\n').map_or(0, |i| i + 1);
    ex.extract_dated("case", text, Some("2025-09-01"))
        .into_iter()
        .filter(|e| e.trigger.start >= last_start && e.event_type == *ty)
        .map(|e| e.trigger.text.to_lowercase())
        .collect()
}

/// The first `ty` event whose trigger lies in the last paragraph of `text`
/// (extracted by `ex` as of 2025-09-01): the event under test in cases
/// whose earlier paragraphs set the story.
pub fn last_paragraph_event(
    ex: &newsevents::Extractor,
    text: &str,
    ty: &str,
) -> Option<newsevents::Event> {
    let last_start = text.rfind('\n').map_or(0, |i| i + 1);
    ex.extract_dated("case", text, Some("2025-09-01"))
        .into_iter()
        .find(|e| e.event_type == *ty && e.trigger.start >= last_start)
}

/// Which meeting of a case's text a participants table checks.
#[derive(Clone, Copy)]
pub enum Which {
    /// The first meeting the text gives.
    First,
    /// The last one (a later sentence's, or a sentence's second).
    Last,
}

/// The cases whose meeting (the first or the last of the text, read as
/// published on `date`) does not have exactly the case's participants, as
/// messages; a case with no meeting is wrong too. The shared body of the
/// meeting-participant tables.
pub fn wrong_meeting_participants(
    cases: &[(&str, &[&str])],
    date: &str,
    which: Which,
) -> Vec<String> {
    let ex = newsevents::Extractor::embedded().unwrap();
    let mut wrong = Vec::new();
    for (text, want) in cases {
        let events = ex.extract_dated("case", text, Some(date));
        let mut meetings = events.iter().filter(|e| e.event_type == "meeting");
        let found = match which {
            Which::First => meetings.next(),
            Which::Last => meetings.next_back(),
        };
        let Some(e) = found else {
            wrong.push(format!("{text}\n  no meeting"));
            continue;
        };
        let got = role_countries(e, "participant");
        if got != codes(want) {
            wrong.push(format!("{text}\n  want {want:?}, got {got:?}"));
        }
    }
    wrong
}

/// The cases (text, publication date, participants) whose last meeting
/// does not have exactly the case's participants, as messages; a case with
/// no meeting is wrong too. For tables whose cases carry their own dates.
pub fn wrong_dated_last_meetings(
    ex: &newsevents::Extractor,
    cases: &[(&str, &str, &[&str])],
) -> Vec<String> {
    let mut failures = Vec::new();
    for (text, date, participants) in cases {
        let events = ex.extract_dated("case", text, Some(date));
        let Some(e) = events.iter().rfind(|e| e.event_type == "meeting") else {
            failures.push(format!("no meeting in {text:?}"));
            continue;
        };
        let got = role_countries(e, "participant");
        if got != codes(participants) {
            failures.push(format!("{text:?}: got {got:?}, want {participants:?}"));
        }
    }
    failures
}

/// The cases whose meetings, every one the text gives in order (read as
/// published on `date` by `ex`), do not have exactly the case's
/// participant lists, as messages: the shared body of the tables that
/// check how many meetings a sentence holds and who is at each.
pub fn wrong_meeting_lists(
    ex: &newsevents::Extractor,
    cases: &[(&str, &[&[&str]])],
    date: &str,
) -> Vec<String> {
    wrong_meeting_lists_from(ex, cases, date, |_| 0)
}

/// As [`wrong_meeting_lists`], counting only the meetings of the text's
/// last sentence (after its first full stop and space): the tables whose
/// first sentence only sets up the story a later mention refers to.
pub fn wrong_last_sentence_meeting_lists(
    ex: &newsevents::Extractor,
    cases: &[(&str, &[&[&str]])],
    date: &str,
) -> Vec<String> {
    wrong_meeting_lists_from(ex, cases, date, |text| text.find(". ").map_or(0, |i| i + 2))
}

fn wrong_meeting_lists_from(
    ex: &newsevents::Extractor,
    cases: &[(&str, &[&[&str]])],
    date: &str,
    from: impl Fn(&str) -> usize,
) -> Vec<String> {
    let mut wrong = Vec::new();
    for (text, want) in cases {
        let start = from(text);
        let got: Vec<std::collections::BTreeSet<String>> = ex
            .extract_dated("case", text, Some(date))
            .iter()
            .filter(|e| e.event_type == "meeting" && e.sentence.start >= start)
            .map(|e| role_countries(e, "participant"))
            .collect();
        let want: Vec<std::collections::BTreeSet<String>> = want.iter().map(|c| codes(c)).collect();
        if got != want {
            wrong.push(format!("{text}\n  want {want:?}, got {got:?}"));
        }
    }
    wrong
}

/// The sums of the pledges `ex` finds in `text` (dated 2025-06-01), in
/// order: how the tests of pledge parts and breakdowns read a case.
pub fn pledge_sums(ex: &newsevents::Extractor, text: &str) -> Vec<f64> {
    ex.extract_dated("case", text, Some("2025-06-01"))
        .into_iter()
        .filter(|e| e.event_type == "pledge")
        .filter_map(|e| e.amount.map(|a| a.value))
        .collect()
}

/// The rates of a text's tariffs, in order (NaN for none): the tariff
/// rate tables' reading of a case.
pub fn tariff_rates(ex: &newsevents::Extractor, text: &str) -> Vec<f64> {
    ex.extract("case", text)
        .iter()
        .filter(|e| e.event_type == "tariff")
        .map(|e| e.rate.as_ref().map_or(f64::NAN, |r| r.value))
        .collect()
}

/// The sense model's features of the first candidate of `ty` the rules
/// propose in `text` (the model left out, so every candidate stays).
pub fn features_of(text: &str, ty: &str) -> Vec<String> {
    use newsevents::sense::features::{ArticleCues, Cues, event_features};
    let ex = newsevents::Extractor::embedded().unwrap().with_sense(None);
    let events = ex.extract("doc", text);
    let e = events
        .iter()
        .find(|e| e.event_type.as_str() == ty)
        .unwrap_or_else(|| panic!("no {ty} candidate in {text:?}: {events:?}"));
    let cues = Cues::embedded();
    let art = ArticleCues::new(&cues, text, &events);
    event_features(&cues, &art, text, e)
}

/// The cases of a modality table, `(text, event type, trigger, modality)`
/// read as published on 2025-06-10, whose event on that trigger is missing
/// or has another modality, as messages: the shared body of the modality
/// tables (`tests/modality_scope_s25.rs`, `tests/modal_s27.rs`).
pub fn wrong_modalities(table: &[(&str, &str, &str, &str)]) -> Vec<String> {
    let ex = newsevents::Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    let mut failures = Vec::new();
    for (text, event_type, trigger, want) in table {
        let events = ex.extract_dated("t", text, Some("2025-06-10"));
        match events
            .iter()
            .find(|e| e.event_type == *event_type && e.trigger.text == *trigger)
        {
            None => failures.push(format!("no {event_type} event on {trigger:?} in {text:?}")),
            Some(e) if e.modality != *want => {
                failures.push(format!("{text:?}: got {}, want {want}", e.modality))
            }
            Some(_) => {}
        }
    }
    failures
}

/// The cases of a time table (lines `ARTICLE-DATE | EXPECTED | TYPE |
/// SENTENCE`, `null` for no time, `#` comments) whose first event of the
/// type has another `when` or is missing, as messages, with the number of
/// cases read: the shared body of the `tests/when/*.txt` tables
/// (`tests/when_clauses_s24.rs`, `tests/when_s27.rs`).
pub fn wrong_times(cases: &str) -> (usize, Vec<String>) {
    let ex = newsevents::Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0));
    let mut failures = Vec::new();
    let mut n = 0;
    for (line, l) in cases.lines().enumerate() {
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
    (n, failures)
}

/// The cases `(headline, body, event type, events wanted)` whose article
/// (the headline, a blank line and the body) gives the rules alone another
/// number of events of the type, as messages: the shared body of the
/// false-event tables (`tests/pledge_market_classes.rs`,
/// `tests/precision_s28.rs`).
pub fn wrong_event_counts<'a>(
    cases: impl IntoIterator<Item = (Option<&'a str>, &'a str, &'a str, usize)>,
) -> Vec<String> {
    let ex = newsevents::Extractor::embedded().unwrap().with_sense(None);
    let mut failures = Vec::new();
    for (headline, body, ty, want) in cases {
        let text = match headline {
            Some(h) => format!("{h}\n\n{body}"),
            None => body.to_string(),
        };
        let got = ex
            .extract("case", &text)
            .iter()
            .filter(|e| e.event_type == ty)
            .count();
        if got != want {
            failures.push(format!("{text:?}: {got} {ty} events, want {want}"));
        }
    }
    failures
}

/// One pledge found by the rules alone: rule, sum, the sentence's byte start.
pub type FoundPledge = (String, Option<f64>, usize);

/// The pledges the rules alone (`--min-confidence 0`) find in `text`,
/// dated 2025-06-01: the pledge-recall tables ask which sentence holds one.
pub fn pledges_rules_alone(text: &str) -> Vec<FoundPledge> {
    newsevents::Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
        .extract_dated("case", text, Some("2025-06-01"))
        .into_iter()
        .filter(|e| e.event_type == "pledge")
        .map(|e| (e.rule.clone(), e.amount.map(|a| a.value), e.sentence.start))
        .collect()
}

/// Whether the rules alone find a pledge in the sentence of `text` that
/// starts with `opening`.
pub fn pledge_in(text: &str, opening: &str) -> bool {
    let at = text.find(opening).expect("the opening is in the text");
    pledges_rules_alone(text)
        .iter()
        .any(|(_, _, start)| *start == at)
}
