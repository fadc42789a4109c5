//! Parallel runs give the same bytes as a single-threaded run, in input
//! order, for folders and JSON-lines streams alike. The input is the
//! repository's article set repeated until it spans many batches of the
//! pipeline (64 articles each), with some bad input mixed in.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The repository's articles, sorted by name: (file stem, text).
fn articles() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/articles");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 10, "corpus/articles holds the article set");
    paths
        .iter()
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(p).unwrap(),
            )
        })
        .collect()
}

fn extract(jobs: usize, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsevents"))
        .arg("extract")
        .arg("-j")
        .arg(jobs.to_string())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.unwrap_or_default().to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

/// The `doc` of every output line, in output order.
fn docs(o: &Output) -> Vec<String> {
    String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("each line is JSON");
            v["doc"].as_str().unwrap().to_string()
        })
        .collect()
}

/// Runs with 1, 2 and 4 threads and checks that stdout, stderr and the exit
/// status agree byte for byte; returns the single-threaded output.
fn same_for_all_job_counts(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let one = extract(1, args, stdin);
    for jobs in [2, 4] {
        let many = extract(jobs, args, stdin);
        assert_eq!(
            one.status.code(),
            many.status.code(),
            "-j {jobs} exit status"
        );
        assert!(
            one.stdout == many.stdout,
            "-j {jobs} output differs from -j 1 ({} vs {} bytes)",
            many.stdout.len(),
            one.stdout.len()
        );
        assert_eq!(
            String::from_utf8_lossy(&one.stderr),
            String::from_utf8_lossy(&many.stderr),
            "-j {jobs} messages differ"
        );
    }
    one
}

#[test]
fn jsonl_stream_output_is_identical_for_any_job_count() {
    let arts = articles();
    let mut input = Vec::new();
    let mut order = Vec::new();
    for round in 0..40 {
        for (i, (name, text)) in arts.iter().enumerate() {
            let id = format!("r{round:02}-{name}");
            let line = serde_json::json!({"id": id, "title": format!("Story {i}"), "text": text});
            serde_json::to_writer(&mut input, &line).unwrap();
            input.push(b'\n');
            order.push(id);
        }
        // A bad line now and then: reported on stderr, the run goes on.
        if round % 13 == 5 {
            input.extend_from_slice(b"{\"id\": \"broken\", \"text\": \n");
        }
    }
    let out = same_for_all_job_counts(&["--jsonl"], Some(&input));
    assert_eq!(out.status.code(), Some(2), "malformed lines give status 2");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("malformed JSON line").count(), 3, "{stderr}");
    let seen = docs(&out);
    assert!(
        seen.len() >= 40 * 20,
        "the articles give events: {}",
        seen.len()
    );
    // Events come out in input order: doc ids never go back.
    let rank = |d: &str| {
        order
            .iter()
            .position(|o| o == d)
            .expect("doc is an input id")
    };
    assert!(
        seen.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])),
        "events are in input order"
    );
    // Every round gives the same events.
    let first: Vec<&String> = seen.iter().filter(|d| d.starts_with("r00-")).collect();
    let last: Vec<&String> = seen.iter().filter(|d| d.starts_with("r39-")).collect();
    assert_eq!(first.len(), last.len());
}

#[test]
fn folder_output_is_identical_for_any_job_count() {
    let arts = articles();
    let dir = tempfile::tempdir().unwrap();
    for round in 0..12 {
        let sub = dir.path().join(format!("batch{round:02}"));
        std::fs::create_dir(&sub).unwrap();
        for (name, text) in &arts {
            std::fs::write(sub.join(format!("{name}.txt")), text).unwrap();
        }
        // A JSON-lines file inside the folder, too.
        let mut jl = std::fs::File::create(sub.join("feed.jsonl")).unwrap();
        for (name, text) in arts.iter().take(5) {
            let line = serde_json::json!({"id": format!("feed{round}-{name}"), "text": text});
            writeln!(jl, "{line}").unwrap();
        }
    }
    std::fs::write(dir.path().join("batch03/binary.txt"), b"\x00\x01\x02").unwrap();
    let path = dir.path().to_str().unwrap();
    let out = same_for_all_job_counts(&[path], None);
    assert_eq!(out.status.code(), Some(2), "the binary file is reported");
    let seen = docs(&out);
    assert!(
        seen.len() >= 12 * 20,
        "the articles give events: {}",
        seen.len()
    );
    // Folders are walked in sorted order: batch00 before batch01 ...
    let rounds: Vec<&str> = seen
        .iter()
        .map(|d| d.split('/').next().unwrap())
        .filter(|d| d.starts_with("batch"))
        .collect();
    assert!(rounds.windows(2).all(|w| w[0] <= w[1]), "folder order kept");
    assert!(seen.iter().any(|d| d.starts_with("feed11-")));
}

/// `Extractor::extract_batch` (the stages of several articles run one
/// after another, as `extract` does) gives each article the events that
/// `extract_on` gives it alone, with the sense model's filter, with
/// explanations and with no filter.
#[test]
fn extract_batch_gives_each_article_its_own_events() {
    use newsevents::Extractor;
    let arts = articles();
    let day = newsevents::dates::Day::parse("1987-03-02");
    for ex in [
        Extractor::embedded().unwrap().with_min_confidence(None),
        Extractor::embedded().unwrap().with_explain(true),
        Extractor::embedded().unwrap(),
    ] {
        for chunk in arts.chunks(5) {
            let args: Vec<(&str, &str, Option<newsevents::dates::Day>)> = chunk
                .iter()
                .map(|(id, text)| (id.as_str(), text.as_str(), day))
                .collect();
            let batch = ex.extract_batch(&args);
            assert_eq!(batch.len(), args.len());
            for (&(id, text, day), events) in args.iter().zip(&batch) {
                assert_eq!(events, &ex.extract_on(id, text, day), "{id}");
            }
        }
    }
}
