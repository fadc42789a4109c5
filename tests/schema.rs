//! Every record the tool prints for `corpus/` validates against
//! `schemas/event.schema.json` (a real JSON Schema 2020-12 validator), every
//! offset points at its text, and the output goes through the real `jq`.

use std::process::{Command, Stdio};

fn corpus_output() -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_newsevents"))
        .args(["extract", "corpus/"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn every_corpus_event_validates_against_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("schemas/event.schema.json").unwrap())
            .unwrap();
    let validator = jsonschema::draft202012::new(&schema).expect("schema compiles");
    let out = corpus_output();
    let mut n = 0;
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{line}\n{errors:?}");
        n += 1;
    }
    assert!(n > 50, "checked {n} events");
    // The schema is strict: a record missing a field or with an extra one fails.
    let mut v: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    v.as_object_mut().unwrap().remove("rate");
    assert!(!validator.is_valid(&v));
    v.as_object_mut()
        .unwrap()
        .insert("rate".into(), serde_json::Value::Null);
    v.as_object_mut().unwrap().insert("extra".into(), 1.into());
    assert!(!validator.is_valid(&v));
}

#[test]
fn offsets_point_at_their_text() {
    let out = corpus_output();
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let doc = v["doc"].as_str().unwrap();
        let text = std::fs::read_to_string(format!("corpus/{doc}")).unwrap();
        let mut spans = vec![&v["trigger"], &v["sentence"]];
        for k in ["amount", "rate", "product", "location", "count"] {
            if !v[k].is_null() {
                spans.push(&v[k]);
            }
        }
        spans.extend(v["actors"].as_array().unwrap());
        for s in spans {
            let (a, b) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[a..b], s["text"].as_str().unwrap(), "in {doc}");
        }
    }
}

#[test]
fn real_jq_reads_every_line_and_the_readme_filter_works() {
    let Ok(jq) = which_jq() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "jq must be installed in CI"
        );
        eprintln!("jq not installed: skipped (CI installs it)");
        return;
    };
    let out = corpus_output();
    let run = |args: &[&str]| {
        let mut child = Command::new(&jq)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(out.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let all = run(&["-e", "-c", "."]);
    assert!(all.status.success());
    assert_eq!(
        String::from_utf8_lossy(&all.stdout).lines().count(),
        out.lines().count()
    );
    // The README's example filter.
    let tariffs = run(&["-c", r#"select(.type == "tariff")"#]);
    let n = String::from_utf8_lossy(&tariffs.stdout).lines().count();
    let expected = out
        .lines()
        .filter(|l| l.contains(r#""type":"tariff""#))
        .count();
    assert!(n > 0);
    assert_eq!(n, expected);
}

fn which_jq() -> Result<String, ()> {
    for p in ["/usr/bin/jq", "/usr/local/bin/jq"] {
        if std::path::Path::new(p).exists() {
            return Ok(p.to_string());
        }
    }
    Err(())
}

/// With an article date (`--date`), relative times resolve: every `when`
/// validates, points at its words, and the README's "events by month" jq
/// recipe counts what the JSON holds.
#[test]
fn event_times_validate_point_at_their_words_and_group_by_month() {
    let o = Command::new(env!("CARGO_BIN_EXE_newsevents"))
        .args(["extract", "--date", "2025-09-05", "corpus/"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("schemas/event.schema.json").unwrap())
            .unwrap();
    let validator = jsonschema::draft202012::new(&schema).expect("schema compiles");
    let mut by_month = std::collections::BTreeMap::<String, u64>::new();
    let mut days = 0;
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(validator.is_valid(&v), "{line}");
        let w = &v["when"];
        if w.is_null() {
            continue;
        }
        let doc = v["doc"].as_str().unwrap();
        let text = std::fs::read_to_string(format!("corpus/{doc}")).unwrap();
        let (a, b) = (
            w["start"].as_u64().unwrap() as usize,
            w["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[a..b], w["text"].as_str().unwrap(), "in {doc}");
        let value = w["value"].as_str().unwrap();
        if value.len() >= 7 && value.as_bytes()[4] == b'-' {
            *by_month.entry(value[..7].to_string()).or_default() += 1;
        }
        days += usize::from(value.len() == 10);
    }
    assert!(days >= 3, "{days} events dated to the day");
    // A record with a malformed value is rejected.
    let mut bad: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    bad["when"] = serde_json::json!({"text": "x", "start": 0, "end": 1, "value": "Sept. 4"});
    assert!(!validator.is_valid(&bad));
    let Ok(jq) = which_jq() else {
        eprintln!("jq not installed: recipe skipped (CI installs it)");
        return;
    };
    let readme = std::fs::read_to_string("README.md").unwrap();
    let recipe = readme
        .lines()
        .find(|l| l.contains("group_by(.when.value[0:7])"))
        .expect("README has the events-by-month recipe");
    let filter = recipe.split('\'').nth(1).unwrap();
    let mut child = Command::new(&jq)
        .args(["-s", "-c", filter])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(out.as_bytes())
        .unwrap();
    let got: serde_json::Value =
        serde_json::from_slice(&child.wait_with_output().unwrap().stdout).unwrap();
    let want: Vec<serde_json::Value> = by_month
        .iter()
        .map(|(m, n)| serde_json::json!({"month": m, "events": n}))
        .collect();
    assert_eq!(got, serde_json::Value::Array(want));
}
