//! `newsevents dedupe` on real extractor output: the same wire story under
//! two ids plus a different story, piped from `extract`, folds into one
//! record per event key, in first-seen order, with counts and doc ids.

use std::process::Output;

mod common;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    common::run_stdin(args, stdin)
}

fn lines(o: &Output) -> Vec<serde_json::Value> {
    common::stdout_lines(o)
}

fn parse(bytes: &[u8]) -> Vec<serde_json::Value> {
    common::parse_lines(bytes)
}

const PLEDGE: &str = "TOKYO, Feb 26 - Japan pledged 1.5 billion dlrs in aid to the Philippines, officials said. The credits will be used for roads and power plants, a ministry official said.";
/// The same pledge in other words, as a second agency would file it.
const PLEDGE_AGAIN: &str =
    "Japan promised 1,500 mln dlrs in new aid to the Philippines, the Foreign Ministry said.";
const TARIFF: &str = "The United States imposed 100 pct tariffs on 300 mln dlrs of Japanese electronic goods on Friday.";

fn articles() -> String {
    [
        ("reuters-1", "26-FEB-1987 15:01:01.79", PLEDGE),
        ("tariff-1", "26-FEB-1987 16:00:00.00", TARIFF),
        ("ap-7", "1987-02-26", PLEDGE),
        ("kyodo-3", "26 February 1987", PLEDGE_AGAIN),
        ("late", "1987-03-02", PLEDGE),
    ]
    .iter()
    .map(|(id, date, text)| {
        format!(
            "{}\n",
            serde_json::json!({"id": id, "date": date, "text": text})
        )
    })
    .collect()
}

fn events() -> Vec<u8> {
    let o = run(&["extract", "--jsonl"], articles().as_bytes());
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    o.stdout
}

#[test]
fn same_event_in_several_articles_shares_one_key() {
    let events = events();
    let all = parse(&events);
    let key_of = |doc: &str, ty: &str| {
        all.iter()
            .find(|e| e["doc"] == doc && e["type"] == ty)
            .map(|e| e["key"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("no {ty} in {doc}"))
    };
    let k = key_of("reuters-1", "pledge");
    assert_eq!(k, key_of("ap-7", "pledge"));
    assert_eq!(k, key_of("kyodo-3", "pledge"), "same pledge, other words");
    assert_ne!(k, key_of("late", "pledge"), "another day is another key");
    assert_ne!(k, key_of("tariff-1", "tariff"));
    // The key is the documented hash of the documented canonical string.
    let text =
        "v1|pledge|source=JPN|target=PHL|participant=|amount=1500000000 USD|rate=|day=1987-02-26";
    assert_eq!(k, format!("{:016x}", fnv1a64(text.as_bytes())));
}

/// FNV-1a 64, written out here so the test checks the documented algorithm.
fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

#[test]
fn dedupe_folds_by_key_in_first_seen_order() {
    let events = events();
    let o = run(&["dedupe"], &events);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let records = lines(&o);
    let n_events = String::from_utf8_lossy(&events).lines().count();
    let total: u64 = records
        .iter()
        .map(|r| r["mentions"].as_u64().unwrap())
        .sum();
    assert_eq!(total as usize, n_events, "every event counted once");
    // (type, docs) in first-seen order.
    let summary: Vec<(String, Vec<String>)> = records
        .iter()
        .map(|r| {
            (
                r["type"].as_str().unwrap().to_string(),
                r["docs"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|d| d.as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect();
    let first_pledge = summary.iter().position(|s| s.0 == "pledge").unwrap();
    assert_eq!(
        summary[first_pledge].1,
        vec!["reuters-1", "ap-7", "kyodo-3"],
        "{summary:?}"
    );
    assert!(
        summary
            .iter()
            .any(|s| s.0 == "pledge" && s.1 == vec!["late"])
    );
    assert!(
        summary
            .iter()
            .any(|s| s.0 == "tariff" && s.1 == vec!["tariff-1"])
    );
    // The record is the first mention's event, plus mentions and docs.
    let r = &records[first_pledge];
    assert_eq!(r["doc"], "reuters-1");
    assert_eq!(r["id"], "reuters-1#1");
    assert_eq!(r["mentions"], 3);
    // Keys are unique in the output.
    let mut keys: Vec<&str> = records.iter().map(|r| r["key"].as_str().unwrap()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), records.len());
    // Deterministic: a second run gives the same bytes.
    assert_eq!(run(&["dedupe"], &events).stdout, o.stdout);
}

#[test]
fn dedupe_records_validate_against_the_schemas() {
    let o = run(&["dedupe"], &events());
    let dedupe: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("schemas/dedupe.schema.json").unwrap())
            .unwrap();
    let event: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("schemas/event.schema.json").unwrap())
            .unwrap();
    let dedupe = jsonschema::draft202012::new(&dedupe).unwrap();
    let event = jsonschema::draft202012::new(&event).unwrap();
    let records = lines(&o);
    assert!(!records.is_empty());
    for r in &records {
        assert!(dedupe.is_valid(r), "{r}");
        // Without mentions and docs it is an event record.
        let mut e = r.clone();
        e.as_object_mut().unwrap().remove("mentions");
        e.as_object_mut().unwrap().remove("docs");
        assert!(event.is_valid(&e), "{e}");
    }
    let mut bad = records[0].clone();
    bad["mentions"] = 0.into();
    assert!(!dedupe.is_valid(&bad));
}

#[test]
fn files_and_bad_lines() {
    let events = events();
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.jsonl");
    let b = dir.path().join("b.jsonl");
    let text = String::from_utf8(events.clone()).unwrap();
    let (first, rest) = text.split_at(text.find('\n').unwrap() + 1);
    std::fs::write(&a, first).unwrap();
    // A truncated line and an event without a key, among good ones.
    std::fs::write(
        &b,
        format!("{{\"doc\": \"x\"\n{rest}{{\"doc\":\"y\",\"type\":\"pledge\"}}\n"),
    )
    .unwrap();
    let o = run(&["dedupe", a.to_str().unwrap(), b.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    let last = rest.lines().count() + 2;
    assert!(
        stderr.contains(&format!("{}:1: not JSON", b.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{}:{last}: no \"key\"", b.display())),
        "{stderr}"
    );
    // The good lines give the same records as reading them from stdin.
    assert_eq!(o.stdout, run(&["dedupe"], &events).stdout);
}

/// Two articles written days apart about the same raid, one dating it "on
/// Thursday" and the other "on Sept. 4": the key names the raid's own day,
/// so they share it and `dedupe` folds them; a report with no time keeps
/// the article's day and stays apart.
#[test]
fn reports_days_apart_share_the_key_of_the_events_own_day() {
    let articles: String = [
        ("wire-1", "2025-09-05", "US immigration agents raided a Hyundai battery plant in Georgia on Thursday, detaining 475 South Korean workers."),
        ("weekly-2", "2025-09-08", "US immigration agents raided the Hyundai battery plant in Georgia on Sept. 4, detaining 475 South Korean workers."),
        ("undated-3", "2025-09-08", "US immigration agents raided the Hyundai battery plant in Georgia, detaining 475 South Korean workers."),
    ]
    .iter()
    .map(|(id, date, text)| format!("{}\n", serde_json::json!({"id": id, "date": date, "text": text})))
    .collect();
    let o = run(&["extract", "--jsonl"], articles.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let all = parse(&o.stdout);
    let raid = |doc: &str| {
        all.iter()
            .find(|e| e["doc"] == doc && e["type"] == "raid")
            .unwrap()
    };
    assert_eq!(raid("wire-1")["when"]["value"], "2025-09-04");
    assert_eq!(raid("weekly-2")["when"]["value"], "2025-09-04");
    assert!(raid("undated-3")["when"].is_null());
    assert_eq!(raid("wire-1")["key"], raid("weekly-2")["key"]);
    assert_ne!(raid("wire-1")["key"], raid("undated-3")["key"]);
    let text = "v1|raid|source=USA|target=KOR|participant=|amount=|rate=|day=2025-09-04";
    assert_eq!(
        raid("wire-1")["key"].as_str().unwrap(),
        format!("{:016x}", fnv1a64(text.as_bytes()))
    );
    let d = run(&["dedupe"], &o.stdout);
    let records = lines(&d);
    let docs: Vec<&serde_json::Value> = records.iter().map(|r| &r["docs"]).collect();
    assert_eq!(
        docs,
        [
            &serde_json::json!(["wire-1", "weekly-2"]),
            &serde_json::json!(["undated-3"])
        ]
    );
}
