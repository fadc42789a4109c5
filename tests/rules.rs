//! Rule folders as a user writes them: every mistake in a folder is reported
//! in one run, each with its file and line, whether the folder is tested
//! (`rules test --rules DIR`) or used (`extract --rules DIR`).

use std::path::Path;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsevents"))
}

/// A folder with two bad rules in one file, a rule with a misspelt field
/// and one with a wrongly typed field in a second, and a file that is not
/// valid TOML.
fn broken_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let w = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    w(
        "aid.toml",
        r#"# Aid pledges, with two mistakes.
[[rule]]
id = "pledge/grant"
type = "pledge"
triggers = ["granted"]
examples = [
  { text = "Japan granted 20 mln dlrs in aid to Bangladesh.", fires = true },
  { text = "The court granted bail.", fires = false },
]

[[rule]]
id = "grant-loan"
type = "pledge"
triggers = ["loaned"]
examples = [
  { text = "Japan loaned 20 mln dlrs to Bangladesh.", fires = true },
  { text = "He loaned his car.", fires = false },
]

[[rule]]
id = "pledge/vow"
type = "pledge"
triggers = ["vowed"]
modality = "probable"
examples = [{ text = "Japan vowed 20 mln dlrs to Bangladesh.", fires = true }]
"#,
    );
    w("cues.toml", "[cues.roles]\nconditonal = [\"if\"]\n");
    w(
        "fields.toml",
        r#"[[rule]]
id = "meeting/talks"
type = "meeting"
trigers = ["talks"]
examples = []

[[rule]]
id = "meeting/summit"
type = "meeting"
triggers = "summit"
"#,
    );
    w(
        "syntax.toml",
        "[[rule]]\nid = \"tariff/duty\"\ntype = \"tariff\"\ntriggers = [\"duty\"\nexamples = []\n",
    );
    // Not a rule file: ignored.
    w("notes.txt", "not TOML at all [[[");
    dir
}

/// (file, line, words the message must contain) for every expected error.
const EXPECTED: &[(&str, usize, &str)] = &[
    ("aid.toml", 12, "id must be hierarchical"),
    ("aid.toml", 21, "unknown modality \"probable\""),
    (
        "aid.toml",
        21,
        "needs at least one example that fires and one that does not",
    ),
    ("fields.toml", 4, "unknown field `trigers`"),
    ("fields.toml", 10, "invalid type: string \"summit\""),
    ("syntax.toml", 5, "missing comma"),
    (
        "cues.toml",
        1,
        "unknown cue list \"conditonal\" in [cues.roles]",
    ),
];

fn assert_all_listed(stderr: &str, dir: &Path) {
    for (file, line, words) in EXPECTED {
        let at = format!("{}:{line}: ", dir.join(file).display());
        assert!(
            stderr.lines().any(|l| l.contains(&at) && l.contains(words)),
            "missing {at}{words} in:\n{stderr}"
        );
    }
    let reported = stderr.lines().filter(|l| l.contains(".toml:")).count();
    assert_eq!(reported, EXPECTED.len(), "{stderr}");
    assert!(!stderr.contains("notes.txt"), "{stderr}");
}

#[test]
fn rules_test_lists_every_error_with_file_and_line() {
    let dir = broken_folder();
    let o = bin()
        .args(["rules", "test", "--rules"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert_all_listed(&String::from_utf8_lossy(&o.stderr), dir.path());
}

#[test]
fn extract_with_a_broken_folder_lists_every_error_and_writes_nothing() {
    let dir = broken_folder();
    let article = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        article.path(),
        "Japan pledged 1.5 billion dlrs in aid to the Philippines.\n",
    )
    .unwrap();
    let o = bin()
        .arg("extract")
        .arg("--rules")
        .arg(dir.path())
        .arg(article.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert_all_listed(&String::from_utf8_lossy(&o.stderr), dir.path());
}

#[test]
fn a_missing_folder_is_reported_with_the_errors_of_the_others() {
    let dir = broken_folder();
    let o = bin()
        .arg("extract")
        .arg("--rules")
        .arg(dir.path().join("no-such-folder"))
        .arg("--rules")
        .arg(dir.path())
        .arg("--no-default-rules")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("no-such-folder: cannot read rules folder"),
        "{stderr}"
    );
    assert_all_listed(&stderr, dir.path());
}

#[test]
fn the_fixed_folder_loads() {
    // The same folder with its mistakes corrected passes `rules test`,
    // which shows the errors above came from the mistakes alone. (On its
    // own: beside the built-in rules, pledge/offer-finance takes "granted
    // 20 mln dlrs in aid", which `rules test` now reports as production has it.)
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("aid.toml"),
        r#"[[rule]]
id = "pledge/grant"
type = "pledge"
triggers = ["granted"]
requires = ["amount"]
examples = [
  { text = "Japan granted 20 mln dlrs in aid to Bangladesh.", fires = true },
  { text = "The court granted bail.", fires = false },
]
"#,
    )
    .unwrap();
    let o = bin()
        .args(["rules", "test", "--no-default-rules", "--rules"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(stdout.contains("2 passed, 0 failed"), "{stdout}");
}

/// Every embedded rule whose events have a source and a target states
/// whether one country may stand on both sides (`same_country`): a rule added
/// without it would silently fall back to `never` and lose the domestic aid,
/// home raids and mutual tariffs the gold codes that way.
#[test]
fn every_two_sided_embedded_rule_states_same_country() {
    let mut missing = Vec::new();
    for (path, r) in embedded_rules() {
        let t = r.get("type").and_then(|t| t.as_str()).unwrap_or("");
        if matches!(t, "pledge" | "raid" | "tariff") && r.get("same_country").is_none() {
            missing.push(format!("{}: {}", path.display(), r["id"]));
        }
    }
    assert!(
        missing.is_empty(),
        "rules without same_country:\n{}",
        missing.join("\n")
    );
}

/// No word list of an embedded rule names a word twice: a repeated entry
/// does nothing, and it is the mark of a list copied from another rule and
/// extended by hand (twenty-first session: 11 lists held one).
#[test]
fn no_embedded_rule_list_repeats_a_word() {
    let mut repeated = Vec::new();
    for (path, r) in embedded_rules() {
        for (key, value) in r.as_table().into_iter().flatten() {
            let Some(list) = value.as_array() else {
                continue;
            };
            let mut seen = std::collections::HashSet::new();
            for word in list.iter().filter_map(|w| w.as_str()) {
                if !seen.insert(word) {
                    repeated.push(format!("{}: {} {key}: {word:?}", path.display(), r["id"]));
                }
            }
        }
    }
    assert!(
        repeated.is_empty(),
        "words listed twice:\n{}",
        repeated.join("\n")
    );
}

/// Every rule of the embedded rule files (`data/rules/*.toml`), with its file.
fn embedded_rules() -> Vec<(std::path::PathBuf, toml::Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/rules");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let doc: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
        let rules = doc
            .get("rule")
            .and_then(|r| r.as_array())
            .cloned()
            .unwrap_or_default();
        out.extend(rules.into_iter().map(|r| (path.clone(), r)));
    }
    out
}
