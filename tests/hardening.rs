//! Messy archives, as users meet them: unreadable files, FIFOs and folders
//! where articles should be, Latin-1 wire copy, scraped HTML, output piped
//! into `head`, the `--stats` line, and fatal errors that must read as one
//! helpful line. (`tests/cli.rs` covers the other kinds of bad input.)

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_newsevents");

const TARIFF: &str = "U.S. TO IMPOSE 100 PCT TARIFFS ON JAPANESE GOODS\n\nThe United States will impose 100 pct tariffs on Japanese electronic goods, officials said.\n";
const PLEDGE: &str =
    "Japan pledged 1.5 billion dlrs in aid to the Philippines, the Finance Ministry said.\n";

mod common;
use common::{stdout_lines as json_lines, write};

/// Runs the binary, killing it (and failing) if it has not ended in 60 s:
/// an input that blocks the run forever is a bug.
fn run_with_timeout(mut cmd: Command) -> Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("newsevents did not finish within 60 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// Whether this process runs as root (file modes do not stop root reading).
fn running_as_root(dir: &Path) -> bool {
    let probe = dir.join(".uid-probe");
    std::fs::write(&probe, b"").unwrap();
    let uid = std::fs::metadata(&probe).unwrap().uid();
    std::fs::remove_file(probe).unwrap();
    uid == 0
}

/// The command to run newsevents as a user that file modes apply to: as is
/// when not root; as root, under `setpriv` with the uid and gid of `nobody`
/// (65534), so that `chmod 000` really stops the read. The binary is copied
/// into `bin_dir` (mode 755) first, since the checkout may not be open to
/// `nobody`.
fn unprivileged(bin_dir: &Path) -> Option<Command> {
    if !running_as_root(bin_dir) {
        return Some(Command::new(BIN));
    }
    let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"]
        .into_iter()
        .find(|p| Path::new(p).exists())?;
    let copy = bin_dir.join("newsevents");
    if !copy.exists() {
        std::fs::copy(BIN, &copy).unwrap();
    }
    for p in [bin_dir, copy.as_path()] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut c = Command::new(setpriv);
    c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
    c.arg(copy);
    Some(c)
}

#[test]
fn unreadable_files_fifos_and_folders_named_like_articles_are_skipped() {
    let good = tempfile::tempdir().unwrap();
    write(good.path(), "a-tariff.txt", TARIFF.as_bytes());
    write(good.path(), "z-pledge.txt", PLEDGE.as_bytes());
    let mixed = tempfile::tempdir().unwrap();
    for d in [&good, &mixed] {
        std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    write(mixed.path(), "a-tariff.txt", TARIFF.as_bytes());
    write(mixed.path(), "z-pledge.txt", PLEDGE.as_bytes());
    // A file nobody may read, a FIFO (opening it would wait for a writer
    // forever) and a folder that only looks like an article.
    write(mixed.path(), "b-secret.txt", PLEDGE.as_bytes());
    std::fs::set_permissions(
        mixed.path().join("b-secret.txt"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    let fifo = mixed.path().join("c-pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    std::fs::create_dir(mixed.path().join("d-folder.txt")).unwrap();
    std::fs::set_permissions(
        mixed.path().join("d-folder.txt"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();

    let bin_dir = tempfile::tempdir().unwrap();
    let Some(mut as_user) = unprivileged(bin_dir.path()) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI runs as root and needs setpriv (util-linux) for this test"
        );
        eprintln!("root without setpriv: the permission case cannot be tested here");
        return;
    };
    as_user.args(["extract", mixed.path().to_str().unwrap()]);
    let o = run_with_timeout(as_user);
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let err = String::from_utf8_lossy(&o.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "one line per bad input:\n{err}");
    assert!(
        lines[0].ends_with("b-secret.txt: permission denied"),
        "{err}"
    );
    assert!(
        lines[1].ends_with("c-pipe.txt: not a regular file (FIFO, socket or device): skipped"),
        "{err}"
    );

    let mut as_user = unprivileged(bin_dir.path()).unwrap();
    as_user.args(["extract", good.path().to_str().unwrap()]);
    let clean = run_with_timeout(as_user);
    assert_eq!(clean.status.code(), Some(0));
    let clean_events = json_lines(&clean);
    assert!(clean_events.iter().any(|e| e["type"] == "tariff"));
    assert!(clean_events.iter().any(|e| e["type"] == "pledge"));
    assert_eq!(json_lines(&o), clean_events);
}

#[test]
fn a_fifo_named_on_the_command_line_is_read() {
    // `newsevents extract <(zcat feed.txt.gz)` passes a pipe: that one is read.
    let d = tempfile::tempdir().unwrap();
    let fifo = d.path().join("feed");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, PLEDGE).unwrap())
    };
    let mut cmd = Command::new(BIN);
    cmd.args(["extract", fifo.to_str().unwrap()]);
    let o = run_with_timeout(cmd);
    writer.join().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let events = json_lines(&o);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["type"], "pledge");
}

/// Checks that every span of `event` is the slice of `text` it points at.
fn assert_spans_point_into(event: &serde_json::Value, text: &str) {
    let mut spans = vec![&event["trigger"], &event["sentence"]];
    for k in ["amount", "rate", "product", "location", "count"] {
        if !event[k].is_null() {
            spans.push(&event[k]);
        }
    }
    spans.extend(event["actors"].as_array().unwrap());
    for s in spans {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[a..b], s["text"].as_str().unwrap());
    }
}

#[test]
fn latin1_wire_copy_is_decoded_with_replacements_and_still_yields_events() {
    // An old wire story saved as Latin-1: "Bogotá", "Müller", "£" are single
    // bytes that are not valid UTF-8.
    let mut bytes: Vec<u8> = Vec::new();
    bytes.extend_from_slice(b"BOGOT\xc1, March 3 - Japan pledged 1.5 billion dlrs in aid to Colombia, officials in Bogot\xe1 said.\n");
    bytes.extend_from_slice(
        b"Finance Minister Hans M\xfcller will meet Japanese officials in Bonn next week.\n",
    );
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "wire.txt", &bytes);
    let o = Command::new(BIN)
        .args(["extract", d.path().join("wire.txt").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "the article was processed: a warning leaves status 0"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("wire.txt: invalid UTF-8 at byte 5: decoded with U+FFFD replacements (offsets refer to the decoded text)"),
        "{err}"
    );
    let events = json_lines(&o);
    let decoded = String::from_utf8_lossy(&bytes);
    assert!(events.iter().any(|e| e["type"] == "pledge"), "{events:?}");
    assert!(events.iter().any(|e| e["type"] == "meeting"));
    for e in &events {
        assert_spans_point_into(e, &decoded);
    }
    assert!(
        events
            .iter()
            .any(|e| e["sentence"]["text"].as_str().unwrap().contains('\u{FFFD}')),
        "the replacement character is in the evidence"
    );
}

#[test]
fn scraped_html_keeps_its_events_and_offsets_count_in_the_raw_text() {
    let html = "<html><head><title>Japan pledges aid</title></head><body>\n\
<p class=\"lead\">Japan pledged 1.5 billion dlrs in aid to the Philippines, the Finance Ministry said.</p>\n\
<p>The United States will impose 100 pct tariffs on Japanese electronic goods &amp; computers, officials said.</p>\n\
<script>var x = \"<p>Reagan will meet Nakasone</p>\";</script>\n\
</body></html>\n";
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "page.txt", html.as_bytes());
    // Every candidate kept: this test is about markup and offsets; how sure
    // the sense model is of a pledge in a page's lead is another matter.
    let o = Command::new(BIN)
        .args([
            "extract",
            "--min-confidence",
            "0",
            d.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stderr.is_empty());
    let events = json_lines(&o);
    let types: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert!(types.contains(&"pledge"), "{types:?}");
    assert!(types.contains(&"tariff"), "{types:?}");
    for e in &events {
        assert_spans_point_into(e, html);
        // Evidence is text, never a tag cut in half.
        let trigger = e["trigger"]["text"].as_str().unwrap();
        assert!(
            !trigger.contains('<') && !trigger.contains('>'),
            "{trigger}"
        );
    }
}

#[test]
fn stats_line_agrees_with_the_output_and_nothing_else_is_drawn() {
    let o = Command::new(BIN)
        .args(["extract", "--stats", "corpus/"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    let err = String::from_utf8(o.stderr.clone()).unwrap();
    // stderr is not a terminal here: no bar, no escape codes, one line.
    assert!(!err.contains('\x1b') && !err.contains('\r'), "{err:?}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let line = err.trim_end();
    assert!(line.starts_with("newsevents: stats: "), "{line}");
    let events = json_lines(&o);
    let mut counts = std::collections::BTreeMap::new();
    for e in &events {
        *counts
            .entry(e["type"].as_str().unwrap().to_string())
            .or_insert(0) += 1;
    }
    let listed: Vec<String> = counts.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let articles = std::fs::read_dir("corpus/articles").unwrap().count();
    let expected = format!(
        "{articles} articles, {:.2} MB, {} events ({}), 0 inputs skipped, 0 warnings, ",
        article_bytes() as f64 / 1e6,
        events.len(),
        listed.join(", ")
    );
    assert!(line.contains(&expected), "{line}\nwanted {expected}");
    assert!(line.ends_with(" s"));

    // --quiet changes nothing off a terminal.
    let q = Command::new(BIN)
        .args(["extract", "--quiet", "corpus/"])
        .output()
        .unwrap();
    assert_eq!(q.stdout, o.stdout);
    assert!(q.stderr.is_empty());
}

fn article_bytes() -> u64 {
    std::fs::read_dir("corpus/articles")
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum()
}

#[test]
fn folder_output_into_head_ends_quietly_with_a_whole_line() {
    // The shell pipeline users type; pipefail makes the status newsevents'.
    let d = tempfile::tempdir().unwrap();
    for i in 0..400 {
        write(
            d.path(),
            &format!("{i:04}.txt"),
            TARIFF.repeat(20).as_bytes(),
        );
    }
    let script = format!(
        "set -o pipefail; '{BIN}' extract '{}' | head -1",
        d.path().display()
    );
    let o = Command::new("bash").args(["-c", &script]).output().unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(out.lines().count(), 1);
    let first: serde_json::Value = serde_json::from_str(out.trim_end()).unwrap();
    assert_eq!(first["doc"], "0000.txt");
}

/// Runs a command expected to fail with status 1 and returns its one stderr line.
fn fatal_line(args: &[&str]) -> String {
    let o = Command::new(BIN).args(args).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{args:?}");
    let err = String::from_utf8(o.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "one line for {args:?}:\n{err}");
    for junk in ["os error", "panicked", "RUST_BACKTRACE", "Error {", "Os {"] {
        assert!(!err.contains(junk), "{err}");
    }
    assert!(err.starts_with("newsevents: "), "{err}");
    err.trim_end().to_string()
}

#[test]
fn fatal_errors_are_one_line_with_what_to_do() {
    let d = tempfile::tempdir().unwrap();
    let missing = d.path().join("missing.jsonl");
    let line = fatal_line(&["extract", "--lexicon", missing.to_str().unwrap(), "corpus/"]);
    assert!(
        line.ends_with("missing.jsonl: cannot read lexicon file: no such file or directory; check the --lexicon path"),
        "{line}"
    );
    // A folder given as the lexicon file.
    let line = fatal_line(&[
        "extract",
        "--lexicon",
        d.path().to_str().unwrap(),
        "corpus/",
    ]);
    assert!(
        line.contains("cannot read lexicon file") && line.contains("check the --lexicon path"),
        "{line}"
    );
    write(
        d.path(),
        "bad.jsonl",
        b"{\"name\": \"Atlantis\", \"kind\": \n",
    );
    let line = fatal_line(&[
        "extract",
        "--lexicon",
        d.path().join("bad.jsonl").to_str().unwrap(),
        "corpus/",
    ]);
    assert!(
        line.contains("bad.jsonl:1: ") && line.contains("one JSON object per line"),
        "{line}"
    );
    let rules = d.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    write(&rules, "broken.toml", b"[[rule]]\nid = \"x\nfoo = [\n");
    let line = fatal_line(&["extract", "--rules", rules.to_str().unwrap(), "corpus/"]);
    assert!(
        line.contains("broken.toml") && line.contains("newsevents rules test --rules FOLDER"),
        "{line}"
    );
    let line = fatal_line(&["extract", "--rules", "/no/such/rules", "corpus/"]);
    assert!(line.ends_with("check the --rules path"), "{line}");
    let line = fatal_line(&["eval", "--gold", "/no/such/gold.jsonl", "corpus/"]);
    assert!(
        line.ends_with("cannot read gold file /no/such/gold.jsonl: no such file or directory"),
        "{line}"
    );
}
