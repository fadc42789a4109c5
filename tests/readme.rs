//! Every shell command of README.md, run as a new user types it: from the
//! top folder of a fresh copy of the repository (its tracked files), with
//! `newsevents` on PATH the way `cargo install --path . --profile dist` puts it there
//! (here: the folder of the binary these tests were built with, first on
//! PATH), in `bash -o pipefail`, one block after another in README order
//! (so `events.jsonl` written by one command is read by a later one).
//!
//! Not run, by design: lines starting with `cargo` (building and testing is
//! what produced this binary), `.ci/run` (CI itself) and blocks that call
//! `spark-submit` (the cluster examples; `examples/spark/test.sh` checks
//! them). Commands that read `../shared/corpus` run only where it exists.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The shell commands of the README's ```sh blocks, and the `newsevents`
/// lines of its plain ``` blocks (which also show output), each with its
/// block's first line number; continuation lines are joined.
fn readme_commands() -> Vec<(usize, Vec<String>)> {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let mut blocks = Vec::new();
    let mut current: Option<(usize, Vec<String>)> = None;
    let mut plain = false;
    let mut pending = String::new();
    for (n, line) in readme.lines().enumerate() {
        let fence = line.trim_start();
        if let Some(info) = fence.strip_prefix("```") {
            match current.take() {
                Some(block) => blocks.push(block),
                None if info.trim().is_empty() || info.trim() == "sh" => {
                    plain = info.trim().is_empty();
                    current = Some((n + 1, Vec::new()))
                }
                None => current = Some((0, Vec::new())), // another language
            }
            continue;
        }
        let Some((first, commands)) = current.as_mut() else {
            continue;
        };
        if *first == 0 {
            continue;
        }
        let line = line.trim();
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if plain && pending.is_empty() && !line.starts_with("newsevents ") {
            continue;
        }
        if let Some(head) = line.strip_suffix('\\') {
            pending.push_str(head);
            pending.push(' ');
            continue;
        }
        pending.push_str(line);
        commands.push(std::mem::take(&mut pending));
    }
    blocks.retain(|(first, _)| *first > 0);
    blocks
}

/// The repository's files (tracked, or new and not ignored) copied into `to`.
fn fresh_copy(to: &Path) {
    let listed = Command::new("git")
        .args([
            "ls-files",
            "--cached",
            "--others",
            "--exclude-standard",
            "-z",
        ])
        .output()
        .expect("git lists the repository's files");
    assert!(listed.status.success());
    for name in listed.stdout.split(|&b| b == 0).filter(|n| !n.is_empty()) {
        let name = std::str::from_utf8(name).unwrap();
        let (from, dest) = (Path::new(name), to.join(name));
        if !from.is_file() {
            continue; // deleted in the work tree
        }
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::copy(from, &dest).unwrap();
    }
}

#[test]
fn every_readme_command_runs_as_written() {
    let blocks = readme_commands();
    // The copy sits in a folder of its own with `shared` beside it (a link
    // to ../shared where that exists), as a fresh clone does in CI.
    let parent = tempfile::tempdir().unwrap();
    let copy = parent.path().join("repo");
    std::fs::create_dir(&copy).unwrap();
    fresh_copy(&copy);
    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_newsevents"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let shared = Path::new("../shared/corpus").exists();
    if shared {
        let real = std::fs::canonicalize("../shared").unwrap();
        std::os::unix::fs::symlink(real, parent.path().join("shared")).unwrap();
    }
    let mut ran = 0;
    for (line, commands) in &blocks {
        if commands.iter().any(|c| c.contains("spark-submit")) {
            continue;
        }
        for c in commands {
            if c.starts_with("cargo ") || c.starts_with(".ci/run") {
                continue;
            }
            // The team's scripts read the shared corpora.
            if (c.contains("../shared/") || c.starts_with("scripts/")) && !shared {
                continue;
            }
            let o = Command::new("bash")
                .args(["-o", "pipefail", "-c", c])
                .current_dir(&copy)
                .env("PATH", &path)
                // The scripts run this binary rather than building their own.
                .env("NEWSEVENTS_BIN", env!("CARGO_BIN_EXE_newsevents"))
                .stdin(std::process::Stdio::null())
                .output()
                .unwrap();
            assert!(
                o.status.success(),
                "README.md block at line {line}: `{c}` exited {:?}\n{}",
                o.status.code(),
                String::from_utf8_lossy(&o.stderr)
            );
            ran += 1;
        }
    }
    // The Quick start, Everyday use and the recipes: far more than a few.
    assert!(ran >= 15, "only {ran} README commands found");
}

#[test]
fn the_sample_feed_holds_the_sample_articles() {
    // corpus/feed.jsonl is scripts/make-feed.sh's output: one line per
    // article of corpus/articles, title + "\n" + text = the file.
    let feed = std::fs::read_to_string("corpus/feed.jsonl").unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir("corpus/articles")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let lines: Vec<serde_json::Value> = feed
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), files.len());
    for (l, f) in lines.iter().zip(&files) {
        assert_eq!(l["id"], f.file_stem().unwrap().to_str().unwrap());
        let whole = format!(
            "{}\n{}",
            l["title"].as_str().unwrap(),
            l["text"].as_str().unwrap()
        );
        assert_eq!(
            whole,
            std::fs::read_to_string(f).unwrap(),
            "{}",
            f.display()
        );
    }
    // And `extract corpus/` reads each article once, not twice.
    let o = Command::new(env!("CARGO_BIN_EXE_newsevents"))
        .args(["extract", "--stats", "corpus/"])
        .output()
        .unwrap();
    let stats = String::from_utf8_lossy(&o.stderr);
    assert!(
        stats.contains(&format!("stats: {} articles", files.len())),
        "{stats}"
    );
}
