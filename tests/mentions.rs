//! `newsevents mentions` over `corpus/`: every line validates against
//! `schemas/mention.schema.json` (a real JSON Schema 2020-12 validator), every
//! offset points at its text, and the gold folder is not read as articles.

use std::collections::HashSet;
use std::process::Command;

fn mentions_output(args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_newsevents"))
        .arg("mentions")
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("schemas/mention.schema.json").unwrap())
            .unwrap();
    jsonschema::draft202012::new(&schema).expect("schema compiles")
}

#[test]
fn every_corpus_mention_validates_and_points_at_its_text() {
    let validator = validator();
    let out = mentions_output(&["corpus/"]);
    let mut kinds = HashSet::new();
    let mut n = 0;
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{line}\n{errors:?}");
        let doc = v["doc"].as_str().unwrap();
        assert!(
            !doc.starts_with("gold/"),
            "gold file read as an article: {doc}"
        );
        let text = std::fs::read_to_string(format!("corpus/{doc}")).unwrap();
        let (a, b) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[a..b], v["text"].as_str().unwrap(), "in {doc}");
        kinds.insert(v["kind"].as_str().unwrap().to_string());
        n += 1;
    }
    assert!(n > 200, "checked {n} mentions");
    for k in ["money", "percent", "count", "actor"] {
        assert!(kinds.contains(k), "no {k} mention in corpus/");
    }
}

#[test]
fn schema_is_strict() {
    let validator = validator();
    let out = mentions_output(&["corpus/articles/01-us-ec-pasta-duties.txt"]);
    let money = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["kind"] == "money")
        .expect("a money mention");
    assert!(validator.is_valid(&money));
    let mut v = money.clone();
    v.as_object_mut().unwrap().remove("max");
    assert!(!validator.is_valid(&v), "a missing field must fail");
    let mut v = money.clone();
    v.as_object_mut().unwrap().insert("extra".into(), 1.into());
    assert!(!validator.is_valid(&v), "an extra field must fail");
    let mut v = money.clone();
    v["currency"] = serde_json::Value::Null;
    assert!(
        !validator.is_valid(&v),
        "money without a currency must fail"
    );
    let mut v = money;
    v["name"] = "Japan".into();
    assert!(
        !validator.is_valid(&v),
        "money with an actor name must fail"
    );
}

#[test]
fn json_lines_input_gives_figures_with_sentence_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    std::fs::write(
        &path,
        concat!(
            r#"{"id":"a1","title":"KOREA TO INVEST","text":"South Korea will invest US$4.7 billion. "#,
            r#"Exports rose 25 pct and 300 workers were hired."}"#,
            "\n"
        ),
    )
    .unwrap();
    let out = mentions_output(&[path.to_str().unwrap()]);
    let recs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let find = |kind: &str| recs.iter().find(|r| r["kind"] == kind).unwrap();
    let money = find("money");
    assert_eq!(money["text"], "US$4.7 billion");
    assert_eq!(money["value"].as_f64(), Some(4_700_000_000.0));
    assert_eq!(money["currency"], "USD");
    assert_eq!(money["sentence_index"], 1, "the title is sentence 0");
    let pct = find("percent");
    assert_eq!(
        (&pct["text"], &pct["unit"], &pct["sentence_index"]),
        (&"25 pct".into(), &"percent".into(), &2.into())
    );
    let count = find("count");
    assert_eq!(
        (&count["value"], &count["of"]),
        (&300.0.into(), &"workers".into())
    );
    let korea = recs
        .iter()
        .find(|r| r["kind"] == "actor" && r["text"] == "South Korea")
        .unwrap();
    assert_eq!(korea["country"], "KOR");
}
