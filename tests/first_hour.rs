//! What a new user meets in the first hour (issue #19): standard input in
//! the wrong format or over the size limit, output into closed pipes and
//! full disks, Ctrl-C in the middle of a run, byte-order marks and lone
//! surrogate escapes, undated events in `dedupe`, flags that are accepted
//! and ignored, and the exit status of a run that only warned.

use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::{bin, run, run_stdin, spawn_piped, stdout_lines, write};

const PLEDGE: &str =
    "Japan pledged 1.5 billion dlrs in aid to the Philippines, the Finance Ministry said.";
const TARIFF: &str =
    "The United States will impose 100 pct tariffs on Japanese electronic goods, officials said.";

/// Waits for `child` at most `secs` seconds, killing it (and failing the
/// test) after that: an input that blocks the run forever is a bug. Its
/// output is read meanwhile, so a full pipe cannot stop it.
fn wait_at_most(mut child: std::process::Child, secs: u64, what: &str) -> Output {
    let drain = |r: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|r| Box::new(r) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|r| Box::new(r) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(secs) {
            child.kill().unwrap();
            panic!("{what}: newsevents did not finish within {secs} s");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    }
}

/// Runs the binary with `input` on stdin, failing if it takes over 30 s.
fn run_stdin_bounded(args: &[&str], input: Vec<u8>) -> Output {
    let mut child = spawn_piped(args);
    let mut stdin = child.stdin.take().unwrap();
    // A writer thread, so a child that stops reading cannot block the test.
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let o = wait_at_most(child, 30, &format!("{args:?}"));
    feeder.join().unwrap();
    o
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn jsonl(articles: &[(&str, &str)]) -> String {
    articles
        .iter()
        .map(|(id, text)| format!("{}\n", serde_json::json!({"id": id, "text": text})))
        .collect()
}

// Defect 1: a plain-text article on stdin over --max-bytes hung forever.
#[test]
fn oversized_plain_text_on_stdin_is_skipped_not_hung() {
    for cmd in ["extract", "mentions"] {
        let text = format!("{PLEDGE}\n").repeat(40);
        let o = run_stdin_bounded(&[cmd, "--max-bytes", "1000"], text.into_bytes());
        assert_eq!(o.status.code(), Some(2), "{cmd}: {}", stderr(&o));
        assert!(o.stdout.is_empty());
        assert!(
            stderr(&o).contains("<stdin>: article is larger than --max-bytes (1000 bytes)"),
            "{cmd}: {}",
            stderr(&o)
        );
    }
    // Exactly at the limit is processed.
    let text = format!("{PLEDGE}\n");
    let limit = text.len().to_string();
    let o = run_stdin_bounded(&["extract", "--max-bytes", &limit], text.into_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout_lines(&o).len(), 1);
}

// Defect 2: a JSON-lines feed on stdin without --jsonl was read as one
// plain-text article (raw JSON in the sentences, exit 0).
#[test]
fn json_lines_on_stdin_without_the_flag_are_read_as_json_lines_with_a_note() {
    let feed = format!(
        "\n  {}",
        jsonl(&[("a1", PLEDGE), ("a2", "Nothing happened."), ("a3", TARIFF)])
    );
    let o = run_stdin_bounded(&["extract"], feed.clone().into_bytes());
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("<stdin>") && err.contains("JSON lines") && err.contains("--jsonl"),
        "{err}"
    );
    let events = stdout_lines(&o);
    let docs: Vec<&str> = events.iter().map(|e| e["doc"].as_str().unwrap()).collect();
    assert_eq!(docs, ["a1", "a3"]);
    for e in &events {
        assert!(!e["sentence"]["text"].as_str().unwrap().contains("\"id\""));
    }
    // The same feed with the flag: same events, no note.
    let with_flag = run_stdin_bounded(&["extract", "--jsonl"], feed.into_bytes());
    assert_eq!(with_flag.stdout, o.stdout);
    assert!(with_flag.stderr.is_empty(), "{}", stderr(&with_flag));
}

// Defect 2, the other way round: plain text given with --jsonl.
#[test]
fn plain_text_with_the_jsonl_flag_gets_a_hint_after_a_few_bad_lines() {
    let text = format!("{PLEDGE}\n{TARIFF}\n{PLEDGE}\n{TARIFF}\n{PLEDGE}\n{TARIFF}\n");
    let o = run_stdin_bounded(&["extract", "--jsonl"], text.into_bytes());
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    let hints: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("may not be JSON lines"))
        .collect();
    assert_eq!(hints.len(), 1, "one hint, not one per line: {err}");
    assert!(hints[0].contains("without --jsonl"), "{err}");
    // Two bad lines among good ones are just bad lines.
    let mut mixed = jsonl(&[("a1", PLEDGE)]);
    mixed.push_str("{not json\n{\"id\":\"x\"\n");
    mixed.push_str(&jsonl(&[("a2", TARIFF)]));
    let o = run_stdin_bounded(&["extract", "--jsonl"], mixed.into_bytes());
    assert!(
        !stderr(&o).contains("may not be JSON lines"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stdout_lines(&o).len(), 2);
}

/// Runs `args` with stdout a pipe whose reading end is already closed.
fn into_closed_pipe(args: &[&str]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    wait_at_most(child, 60, &format!("{args:?}"))
}

/// Runs `args` with stdout on /dev/full (every write fails with ENOSPC).
fn into_full_disk(args: &[&str]) -> Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let child = bin()
        .args(args)
        .stdin(Stdio::null())
        .stdout(full)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_at_most(child, 60, &format!("{args:?}"))
}

const EVERY_PRINTING_COMMAND: &[&[&str]] = &[
    &["extract", "corpus/"],
    &["mentions", "corpus/"],
    &["rules", "list"],
    &["rules", "test"],
    &["eval", "--gold", "corpus/gold/synthetic.jsonl", "corpus/"],
    &[
        "eval",
        "--json",
        "--gold",
        "corpus/gold/synthetic.jsonl",
        "corpus/",
    ],
    &["--help"],
    &["extract", "--help"],
    &["--version"],
];

/// The events of the bundled corpus, in a file for `dedupe`.
fn events_file() -> tempfile::NamedTempFile {
    let o = run(&["extract", "corpus/"]);
    assert_eq!(o.status.code(), Some(0));
    let f = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(f.path(), &o.stdout).unwrap();
    f
}

// Defect 3: `rules list | true` and the like panicked (exit 101).
#[test]
fn every_command_ends_quietly_on_a_closed_pipe() {
    let events = events_file();
    let dedupe = ["dedupe", events.path().to_str().unwrap()];
    for args in EVERY_PRINTING_COMMAND.iter().copied().chain([&dedupe[..]]) {
        for _ in 0..3 {
            let o = into_closed_pipe(args);
            let err = stderr(&o);
            assert!(!err.contains("panicked"), "{args:?}: {err}");
            assert!(!err.contains("cannot write"), "{args:?}: {err}");
            assert_eq!(o.status.code(), Some(0), "{args:?}: {err}");
        }
    }
}

// Defect 3: the same commands into /dev/full panicked or claimed success.
#[test]
fn every_command_reports_a_failed_write_and_exits_1() {
    let events = events_file();
    let dedupe = ["dedupe", events.path().to_str().unwrap()];
    for args in EVERY_PRINTING_COMMAND.iter().copied().chain([&dedupe[..]]) {
        let o = into_full_disk(args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        let last = err.lines().last().unwrap_or_default();
        assert!(
            last.starts_with("newsevents: cannot write output: ")
                && last.contains("no space left on device"),
            "{args:?}: {err}"
        );
    }
}

// Diagnostics that cannot be shown (stderr on a full disk) must not turn
// a run into a crash: the events are still written and the exit status
// still says an input failed.
#[test]
fn an_unwritable_stderr_never_crashes_the_run() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    let cases: &[(&[&str], Option<i32>, bool)] = &[
        // a missing input among good ones: status 2, the good events kept
        (&["extract", "/nonexistent/input", "corpus/"], Some(2), true),
        // --stats prints its summary line to stderr
        (&["extract", "--stats", "corpus/"], Some(0), true),
        // a usage error
        (&["extract", "--no-such-flag"], Some(1), false),
    ];
    for (args, code, events) in cases {
        let child = bin()
            .args(*args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(full())
            .spawn()
            .unwrap();
        let o = wait_at_most(child, 60, &format!("{args:?}"));
        assert_eq!(o.status.code(), *code, "{args:?}");
        assert_eq!(!o.stdout.is_empty(), *events, "{args:?}");
    }
}

/// Starts `extract --jsonl` reading an endless feed, waits until it has
/// written more than `bytes` of output, sends `signal` and returns
/// everything it wrote and its exit status.
fn interrupted(signal: &str, bytes: usize) -> (Vec<u8>, Option<i32>) {
    let mut child = bin()
        .args(["extract", "--jsonl", "-j", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let mut n = 0u64;
        loop {
            let mut chunk = String::new();
            for _ in 0..200 {
                n += 1;
                let text = format!("{TARIFF} {PLEDGE} Reagan will meet Nakasone in Washington.");
                chunk.push_str(&format!(
                    "{}\n",
                    serde_json::json!({"id": format!("feed-{n}"), "text": text})
                ));
            }
            if stdin.write_all(chunk.as_bytes()).is_err() {
                return;
            }
        }
    });
    let mut out = child.stdout.take().unwrap();
    let mut got = Vec::new();
    let mut buf = [0u8; 8192];
    while got.len() <= bytes {
        let n = out.read(&mut buf).unwrap();
        assert!(n > 0, "output ended before the signal");
        got.extend_from_slice(&buf[..n]);
    }
    // Stop reading for a moment: the pipe fills and the tool is blocked in
    // the middle of a write, as it is behind a slow `jq`.
    std::thread::sleep(Duration::from_millis(300));
    let kill = Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    out.read_to_end(&mut got).unwrap();
    let status = wait_at_most(child, 30, signal).status;
    feeder.join().unwrap();
    (got, status.code())
}

// Defect 4: Ctrl-C left a partial last line.
#[test]
fn interrupt_and_terminate_stop_at_a_line_boundary() {
    for (signal, code) in [("INT", 130), ("TERM", 143)] {
        for _ in 0..3 {
            let (out, status) = interrupted(signal, 200_000);
            assert_eq!(out.last(), Some(&b'\n'), "SIG{signal}: torn last line");
            assert_eq!(status, Some(code), "SIG{signal}");
            let lines = common::parse_lines(&out);
            assert!(lines.len() > 100);
        }
    }
}

// Defect 5: a byte-order mark lost the first article of a file or of stdin.
#[test]
fn a_byte_order_mark_does_not_lose_the_first_article() {
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend_from_slice(jsonl(&[("first", PLEDGE), ("second", TARIFF)]).as_bytes());
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "feed.jsonl", &bom);
    let from_file = run(&["extract", d.path().join("feed.jsonl").to_str().unwrap()]);
    let from_stdin = run_stdin_bounded(&["extract", "--jsonl"], bom.clone());
    let guessed = run_stdin_bounded(&["extract"], bom);
    for (what, o) in [("file", &from_file), ("stdin", &from_stdin)] {
        assert_eq!(o.status.code(), Some(0), "{what}: {}", stderr(o));
        assert!(o.stderr.is_empty(), "{what}: {}", stderr(o));
        let docs: Vec<String> = stdout_lines(o)
            .iter()
            .map(|e| e["doc"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(docs, ["first", "second"], "{what}");
    }
    assert_eq!(guessed.stdout, from_stdin.stdout, "{}", stderr(&guessed));
}

// Defect 5: a lone surrogate escape dropped the whole article with a
// misleading message.
#[test]
fn lone_surrogate_escapes_become_replacement_characters_with_a_warning() {
    let lines = [
        r#"{"id":"in-text","text":"Japan pledged 1.5 billion dlrs \ud800 in aid to the Philippines."}"#,
        r#"{"id":"in-title","title":"Manila \udc00 report","text":"Japan pledged 1.5 billion dlrs in aid to the Philippines."}"#,
        r#"{"id":"in-id-\ud83d","text":"Japan pledged 1.5 billion dlrs in aid to the Philippines."}"#,
        r#"{"id":"paired","text":"Japan \ud83d\ude00 pledged 1.5 billion dlrs in aid to the Philippines, \\ud800 is text."}"#,
    ];
    let input = lines.join("\n") + "\n";
    // Every candidate kept: this test is about decoding, not the sense filter.
    let o = run_stdin_bounded(
        &["extract", "--jsonl", "--min-confidence", "0"],
        input.into_bytes(),
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "warnings only: {err}");
    assert_eq!(err.lines().count(), 3, "{err}");
    for (n, l) in err.lines().enumerate() {
        assert!(
            l.starts_with(&format!("newsevents: <stdin>:{}: ", n + 1))
                && l.contains("lone surrogate")
                && l.contains("U+FFFD"),
            "{err}"
        );
    }
    let events = stdout_lines(&o);
    let docs: Vec<&str> = events.iter().map(|e| e["doc"].as_str().unwrap()).collect();
    assert_eq!(docs, ["in-text", "in-title", "in-id-\u{FFFD}", "paired"]);
    assert!(
        events[0]["sentence"]["text"]
            .as_str()
            .unwrap()
            .contains('\u{FFFD}')
    );
    let paired = events[3]["sentence"]["text"].as_str().unwrap();
    assert!(paired.contains('\u{1F600}') && paired.contains("\\ud800"));
}

// Defect 7: with no article date, events of different articles shared a key.
#[test]
fn undated_events_of_different_articles_never_share_a_key() {
    let feed = jsonl(&[
        (
            "visit-2025",
            "Prime Minister Shigeru Ishiba met President Donald Trump in Tokyo on Tuesday.",
        ),
        (
            "talks-1987",
            "Prime Minister Yasuhiro Nakasone met President Ronald Reagan in Tokyo on Tuesday.",
        ),
    ]);
    let o = run_stdin_bounded(&["extract", "--jsonl"], feed.into_bytes());
    let events = stdout_lines(&o);
    assert_eq!(events.len(), 2, "{}", String::from_utf8_lossy(&o.stdout));
    assert_eq!(events[0]["type"], "meeting");
    assert_eq!(events[1]["type"], "meeting");
    assert_ne!(events[0]["key"], events[1]["key"]);
    let d = run_stdin(&["dedupe"], &o.stdout);
    assert_eq!(stdout_lines(&d).len(), 2);

    // Dated, the same event in two articles still shares its key.
    let dated: String = ["a", "b"]
        .iter()
        .map(|id| {
            format!(
                "{}\n",
                serde_json::json!({"id": id, "date": "1987-02-26", "text": PLEDGE})
            )
        })
        .collect();
    let o = run_stdin_bounded(&["extract", "--jsonl"], dated.into_bytes());
    let events = stdout_lines(&o);
    assert_eq!(events.len(), 2);
    assert_eq!(events[0]["key"], events[1]["key"]);
}

// Friction 9: flags that were accepted and did nothing are refused.
#[test]
fn flags_a_command_would_ignore_are_refused() {
    for args in [
        &["mentions", "--explain", "corpus/"][..],
        &["mentions", "--rules", "tests/rules", "corpus/"],
        &["mentions", "--no-default-rules", "corpus/"],
        &["rules", "list", "corpus/"],
        &["rules", "list", "--jsonl"],
        &["rules", "list", "--max-bytes", "10"],
        &["rules", "test", "--stats"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{args:?}");
    }
}

// Friction 9 and issue 13: `rules test` takes --rules and --lexicon like
// `rules list`, and runs the examples with the cues production uses.
#[test]
fn rules_test_takes_the_flags_of_rules_list_and_production_cues() {
    let o = run(&["rules", "test", "--rules", "tests/rules"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}{}", stderr(&o));
    assert!(out.contains("7 passed, 0 failed"), "{out}");

    // A rule whose example only passes without the default cues: production
    // reads "did not impose" as negated, so the example must say so.
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "embargo.toml",
        br#"[[rule]]
id = "embargo/impose"
type = "embargo"
triggers = ["embargo"]
requires = ["actor"]
examples = [
  { text = "Japan did not impose an embargo on Iran, officials said.", fires = true, modality = "asserted" },
  { text = "The embargo debate went on.", fires = false },
]
"#,
    );
    let o = bin()
        .args(["rules", "test", "--rules"])
        .arg(d.path())
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}{}", stderr(&o));
    assert!(
        out.contains("FAIL embargo/impose") && out.contains("negated"),
        "{out}"
    );

    // A missing folder and a broken lexicon are reported together.
    let lex = d.path().join("bad.jsonl");
    std::fs::write(&lex, "{\"name\": 5}\n").unwrap();
    let o = bin()
        .args(["rules", "test", "--rules", "/no/such/rules", "--lexicon"])
        .arg(&lex)
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("/no/such/rules") && err.contains("bad.jsonl:1"),
        "{err}"
    );
}

// Friction 9: a file read with replacement characters was processed, so the
// run says 0 (README: 0 when every input was processed); skipped input says 2.
#[test]
fn a_warning_alone_leaves_the_exit_status_0() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "latin1.txt",
        b"Japan pledged 1.5 billion dlrs in aid to Bogot\xe1.\n",
    );
    let o = run(&["extract", d.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("invalid UTF-8"));
    write(d.path(), "binary.txt", b"\0\0\0");
    let o = run(&["extract", d.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

// Friction 11: `--stats` and the progress bar count the same bytes: what
// was read from the inputs.
#[test]
fn stats_count_the_bytes_read_from_the_inputs() {
    let d = tempfile::tempdir().unwrap();
    let feed = jsonl(&[("a1", PLEDGE), ("a2", TARIFF)]);
    write(d.path(), "feed.jsonl", feed.repeat(2000).as_bytes());
    let o = run(&["extract", "--stats", d.path().to_str().unwrap()]);
    let err = stderr(&o);
    let want = format!("4000 articles, {:.2} MB,", (feed.len() * 2000) as f64 / 1e6);
    assert!(err.contains(&want), "{err}\nwanted {want}");
}

// Friction 11: with stdout on the terminal the bar would be drawn among the
// JSON lines; it is drawn only when stdout is not a terminal.
#[test]
fn no_progress_bar_among_json_lines_on_a_terminal() {
    let d = tempfile::tempdir().unwrap();
    let feed = jsonl(&[("a1", PLEDGE), ("a2", TARIFF)]);
    write(d.path(), "feed.jsonl", feed.repeat(30_000).as_bytes());
    // `script` gives the command a terminal for stdout and stderr.
    let cmd = format!(
        "'{}' extract -j 1 '{}' | tail -c 1",
        env!("CARGO_BIN_EXE_newsevents"),
        d.path().display()
    );
    let piped = Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&piped.stdout);
    assert!(
        shown.contains("articles"),
        "a bar when stdout is a pipe: {shown:?}"
    );
    let cmd = format!(
        "'{}' extract -j 1 '{}'",
        env!("CARGO_BIN_EXE_newsevents"),
        d.path().display()
    );
    let o = Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&o.stdout);
    assert!(
        shown.contains("\"doc\""),
        "{}",
        &shown[..shown.len().min(300)]
    );
    assert!(
        !shown.contains("articles") && !shown.contains('\x1b'),
        "bar drawn among the lines"
    );
}

// Defect 6: one large article cost time far beyond its size (the article
// was rescanned for every sentence and every event). 8 MB of the team's own
// articles run together as one article took 48 s before the fix and about
// 3 s after; the bound leaves room for a loaded machine.
#[test]
fn one_large_article_costs_time_in_proportion_to_its_size() {
    let mut one = String::new();
    let mut names: Vec<_> = std::fs::read_dir("corpus/articles")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for p in names {
        one.push_str(&std::fs::read_to_string(p).unwrap());
        one.push_str("\n\n");
    }
    let article = one.repeat(8_000_000 / one.len() + 1);
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "big.txt", article.as_bytes());
    let start = Instant::now();
    // Every candidate the rules propose (--min-confidence 0): the sense
    // model's article-level features see one 8 MB article here, not the
    // articles it copies, so whether a candidate passes its threshold in it
    // is the model's business, not this test's.
    let child = bin()
        .args(["extract", "--min-confidence", "0", "-j", "1"])
        .arg(d.path().join("big.txt"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let o = wait_at_most(child, 30, "an 8 MB article");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let events = o.stdout.iter().filter(|&&b| b == b'\n').count();
    // Every copy of the articles gives its events.
    let once = run(&["extract", "--min-confidence", "0", "corpus/articles"]);
    let per_copy = once.stdout.iter().filter(|&&b| b == b'\n').count();
    assert!(events >= per_copy * (8_000_000 / one.len()), "{events}");
    eprintln!("8 MB article: {events} events in {:?}", start.elapsed());
}
