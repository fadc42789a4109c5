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
