//! A new event type without Rust: `tests/rules/sanction.toml` adds
//! `sanction` (sanctions, embargoes, export bans, asset freezes) as data
//! only, and the binary finds those events with `--rules tests/rules`.

mod common;
use common::bin;

/// A wire story in the style of the 1986 Libya sanctions reports, plus a
/// story about lifting sanctions, which must not count as imposing them.
const ARTICLES: &str = concat!(
    r#"{"id":"libya","date":"8-JAN-1986 10:00:00.00","title":"U.S. IMPOSES SANCTIONS ON LIBYA","text":"WASHINGTON, Jan 8 - The United States imposed economic sanctions on Libya on Tuesday, ordering a freeze of Libyan government assets in American banks.\n    Treasury officials said the asset freeze covered deposits at U.S. banks and their overseas branches.\n    The European Community said it would not join the sanctions, but Britain will maintain its arms embargo against Libya, diplomats said.\n    Separately, Canada banned exports of uranium to France, the government said.\n    Analysts said the sanctions debate could last for months."}"#,
    "\n",
    r#"{"id":"lift","text":"The United States lifted sanctions on Poland on Thursday, officials said."}"#,
    "\n",
);

fn extract(args: &[&str]) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles.jsonl");
    std::fs::write(&input, ARTICLES).unwrap();
    let o = bin()
        .arg("extract")
        .args(args)
        .arg(&input)
        .output()
        .unwrap();
    common::ok_lines(&o)
}

/// The country of the first actor in `role`, if any.
fn first(e: &serde_json::Value, role: &str) -> Option<String> {
    e["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["role"] == role)
        .and_then(|a| a["country"].as_str().map(str::to_string))
}

#[test]
fn rule_examples_pass() {
    let o = bin()
        .args(["rules", "test", "--rules", "tests/rules"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("7 passed, 0 failed"), "{stdout}");
}

#[test]
fn rules_list_shows_the_new_type() {
    let o = bin()
        .args(["rules", "list", "--rules", "tests/rules"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("sanction/impose\tsanction\t")),
        "{stdout}"
    );
    assert!(stdout.lines().any(|l| l.starts_with("pledge/")), "{stdout}");
}

#[test]
fn sanction_events_from_a_rule_file() {
    let events = extract(&["--rules", "tests/rules"]);
    let sanctions: Vec<&serde_json::Value> =
        events.iter().filter(|e| e["type"] == "sanction").collect();
    // (trigger, modality, rule, source country, first target country)
    let want: &[(&str, &str, &str, &str, &str)] = &[
        ("SANCTIONS", "asserted", "sanction/impose", "USA", "LBY"),
        ("economic sanctions", "", "sanction/impose", "USA", "LBY"),
        ("asset freeze", "asserted", "sanction/impose", "USA", "LBY"),
        ("sanctions", "negated", "sanction/impose", "EU", "LBY"),
        ("arms embargo", "planned", "sanction/impose", "GBR", "LBY"),
        (
            "banned exports",
            "asserted",
            "sanction/ban-exports",
            "CAN",
            "FRA",
        ),
    ];
    assert_eq!(sanctions.len(), want.len(), "{sanctions:#?}");
    for (e, (trigger, modality, rule, source, target)) in sanctions.iter().zip(want) {
        assert_eq!(e["doc"], "libya");
        assert_eq!(e["trigger"]["text"], *trigger);
        if !modality.is_empty() {
            assert_eq!(e["modality"], *modality, "{e}");
        }
        assert_eq!(e["rule"], *rule);
        assert_eq!(first(e, "source").as_deref(), Some(*source), "{e}");
        assert_eq!(first(e, "target").as_deref(), Some(*target), "{e}");
        assert!(
            e["sentence"]["text"]
                .as_str()
                .unwrap()
                .contains(e["trigger"]["text"].as_str().unwrap())
        );
    }
    // Lifting sanctions and talk about sanctions are not sanctions imposed.
    assert!(!sanctions.iter().any(|e| e["doc"] == "lift"));
    assert!(
        !sanctions
            .iter()
            .any(|e| e["sentence"]["text"].as_str().unwrap().contains("Analysts"))
    );
}

#[test]
fn the_type_exists_only_with_the_rule_file() {
    assert!(!extract(&[]).iter().any(|e| e["type"] == "sanction"));
    // Alone, the rule file gives sanctions and nothing else.
    let only = extract(&["--no-default-rules", "--rules", "tests/rules"]);
    assert!(!only.is_empty());
    assert!(only.iter().all(|e| e["type"] == "sanction"), "{only:#?}");
}
