//! The command line as a user meets it: exit codes, messages on stderr,
//! pipes, JSON-lines streams and bad input mixed with good.

use std::io::{Read, Write};

mod common;
use common::{run, run_stdin, spawn_piped, stdout_lines, write};

const TARIFF: &str = "U.S. TO IMPOSE 100 PCT TARIFFS ON JAPANESE GOODS\n\nThe United States will impose 100 pct tariffs on Japanese electronic goods, officials said.\n";
const MEETING: &str = "Reagan will meet Nakasone in Washington next week, officials said.\n";

#[test]
fn corpus_runs_clean_and_every_line_is_json() {
    let o = run(&["extract", "corpus/"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let lines = stdout_lines(&o);
    assert!(
        lines.len() >= 60,
        "corpus gives many events, got {}",
        lines.len()
    );
    assert!(o.stderr.is_empty(), "no messages on a clean corpus");
}

#[test]
fn version_and_help() {
    let o = run(&["--version"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("newsevents "));
    let o = run(&["extract", "--help"]);
    let help = String::from_utf8_lossy(&o.stdout);
    for flag in [
        "--jsonl",
        "--max-bytes",
        "--lexicon",
        "--rules",
        "--jobs",
        "Example",
    ] {
        assert!(help.contains(flag), "help mentions {flag}");
    }
}

#[test]
fn usage_errors_exit_1_with_one_line() {
    let o = run(&["extract", "--no-such-flag"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--no-such-flag"), "{err}");
    assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"));
    let o = run(&["extract", "--lexicon", "/no/such/lexicon.jsonl", "corpus/"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("/no/such/lexicon.jsonl") && err.contains("cannot read"),
        "{err}"
    );
}

#[test]
fn jsonl_stdin_with_title_counts_offsets_in_title_plus_text() {
    let line = serde_json::json!({"id": "r1", "title": "U.S. TO IMPOSE 100 PCT TARIFFS ON JAPANESE GOODS", "text": "Officials said the tariffs take effect April 17.", "extra": 1});
    let input = format!("{line}\n");
    let o = run_stdin(&["extract", "--jsonl"], input.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let events = stdout_lines(&o);
    let first = &events[0];
    assert_eq!(first["doc"], "r1");
    assert_eq!(first["type"], "tariff");
    assert_eq!(first["sentence"]["index"], 0);
    assert_eq!(first["rate"]["value"], 100.0);
    let combined = "U.S. TO IMPOSE 100 PCT TARIFFS ON JAPANESE GOODS\n\nOfficials said the tariffs take effect April 17.";
    for e in &events {
        let (s, t) = (
            e["trigger"]["start"].as_u64().unwrap() as usize,
            e["trigger"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&combined[s..t], e["trigger"]["text"].as_str().unwrap());
    }
}

#[test]
fn plain_stdin_is_one_article() {
    let o = run_stdin(&["extract"], MEETING.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let events = stdout_lines(&o);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["type"], "meeting");
    assert_eq!(events[0]["modality"], "planned");
}

#[test]
fn closed_pipe_ends_quietly() {
    // Enough articles that output far exceeds the pipe buffer.
    let mut feed = String::new();
    for i in 0..5000 {
        feed.push_str(&serde_json::json!({"id": i, "text": TARIFF}).to_string());
        feed.push('\n');
    }
    let mut child = spawn_piped(&["extract", "--jsonl"]);
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(feed.as_bytes());
    });
    let mut first = [0u8; 64];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    writer.join().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn bad_input_is_reported_and_good_input_is_kept() {
    let good = tempfile::tempdir().unwrap();
    write(good.path(), "a-tariff.txt", TARIFF.as_bytes());
    write(good.path(), "b-meeting.txt", MEETING.as_bytes());
    let feed = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "f1", "text": TARIFF}),
        serde_json::json!({"id": "f2", "text": MEETING})
    );
    write(good.path(), "c-feed.jsonl", feed.as_bytes());
    let clean = run(&["extract", good.path().to_str().unwrap()]);
    assert_eq!(clean.status.code(), Some(0));
    let clean_events = stdout_lines(&clean);
    assert!(clean_events.len() >= 4);

    // The same good articles, with every kind of bad input mixed in.
    let mixed = tempfile::tempdir().unwrap();
    write(mixed.path(), "a-tariff.txt", TARIFF.as_bytes());
    write(mixed.path(), "b-meeting.txt", MEETING.as_bytes());
    let bad_feed = format!(
        "{}\n{{\"id\": \"broken\", \"text\": \n{}\n{{\"id\": \"no-text\"}}\n{}\n",
        serde_json::json!({"id": "f1", "text": TARIFF}),
        serde_json::json!({"id": "f2", "text": MEETING}),
        serde_json::json!({"id": "huge", "text": "x".repeat(5000)}),
    );
    write(mixed.path(), "c-feed.jsonl", bad_feed.as_bytes());
    write(mixed.path(), "d-binary.txt", b"\x7fELF\x00\x00\x01binary");
    write(mixed.path(), "e-empty.txt", b"");
    write(
        mixed.path(),
        "f-latin1.txt",
        b"Caf\xe9 owners met nobody.\n",
    );
    write(
        mixed.path(),
        "g-oversized.txt",
        "word ".repeat(1000).as_bytes(),
    );
    std::os::unix::fs::symlink(mixed.path(), mixed.path().join("h-loop")).unwrap();
    let o = run(&[
        "extract",
        "--max-bytes",
        "4000",
        mixed.path().to_str().unwrap(),
        "/no/such/path",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    for expected in [
        "c-feed.jsonl:2: malformed JSON line",
        "c-feed.jsonl:4: JSON line has no string \"text\"",
        "c-feed.jsonl:5: line is longer than --max-bytes",
        "d-binary.txt: binary file",
        "f-latin1.txt: invalid UTF-8",
        "g-oversized.txt: article is larger than --max-bytes",
        "h-loop: symbolic link loop",
        "/no/such/path: no such file or directory",
    ] {
        assert!(err.contains(expected), "stderr lacks {expected:?}:\n{err}");
    }
    assert!(!err.contains("e-empty"), "an empty file is not an error");
    for line in err.lines() {
        assert!(
            line.starts_with("newsevents: "),
            "one clear line each: {line}"
        );
    }
    let mixed_events = stdout_lines(&o);
    // Offsets and doc ids agree, so the records are identical.
    assert_eq!(mixed_events, clean_events);
}

#[test]
fn explain_names_the_rule_and_the_cue_words() {
    let o = run_stdin(
        &["extract", "--explain"],
        b"Nakasone will visit Washington next month, officials said.\n",
    );
    assert_eq!(o.status.code(), Some(0));
    let events = stdout_lines(&o);
    assert_eq!(events.len(), 1);
    let e = &events[0];
    assert_eq!(e["modality"], "planned");
    let x = &e["explain"];
    assert_eq!(x["rule"], e["rule"]);
    assert!(!x["description"].as_str().unwrap().is_empty());
    let cues = x["cues"].as_array().unwrap();
    let modality = cues
        .iter()
        .find(|c| c["what"] == "modality:planned")
        .expect("the cue behind the modality");
    assert_eq!(modality["text"], "will");
    // Without the flag the field is absent, so the default shape is unchanged.
    let plain = run_stdin(
        &["extract"],
        b"Nakasone will visit Washington next month.\n",
    );
    assert!(stdout_lines(&plain)[0].get("explain").is_none());
}

/// The article date that event times resolve against: a date line at the top
/// of a text file, else `--date`; a JSON `date` beats `--date`; a bad
/// `--date` is a usage error naming the flag.
#[test]
fn article_dates_for_event_times() {
    let dir = tempfile::tempdir().unwrap();
    let raid = "Police raided the offices of the company in Milan on Tuesday.\n";
    write(
        dir.path(),
        "dated.txt",
        format!("Published: Sept. 5, 2025\n\n{raid}").as_bytes(),
    );
    write(dir.path(), "undated.txt", raid.as_bytes());
    let when = |o: &std::process::Output| -> Vec<(String, serde_json::Value)> {
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        stdout_lines(o)
            .iter()
            .map(|e| {
                (
                    e["doc"].as_str().unwrap().to_string(),
                    e["when"]["value"].clone(),
                )
            })
            .collect()
    };
    let d = dir.path().to_str().unwrap();
    // 2025-09-05 is a Friday: its Tuesday is the 2nd; 2004-11-15 is a Monday.
    assert_eq!(
        when(&run(&["extract", d])),
        [
            ("dated.txt".to_string(), serde_json::json!("2025-09-02")),
            ("undated.txt".to_string(), serde_json::Value::Null)
        ]
    );
    assert_eq!(
        when(&run(&["extract", "--date", "2004-11-15", d])),
        [
            ("dated.txt".to_string(), serde_json::json!("2025-09-02")),
            ("undated.txt".to_string(), serde_json::json!("2004-11-09"))
        ]
    );
    let line = serde_json::json!({"id": "j", "date": "1987-03-12", "text": raid});
    let o = run_stdin(
        &["extract", "--jsonl", "--date", "2004-11-15"],
        format!("{line}\n").as_bytes(),
    );
    assert_eq!(
        when(&o),
        [("j".to_string(), serde_json::json!("1987-03-10"))]
    );
    for bad in ["2025-02-30", "5 Sept 2025", "2025-9-5"] {
        let o = run(&["extract", "--date", bad, d]);
        assert_eq!(o.status.code(), Some(1), "{bad}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("--date") && err.contains("YYYY-MM-DD"),
            "{err}"
        );
        assert!(o.stdout.is_empty());
    }
}
