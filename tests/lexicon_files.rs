//! User lexicon files (`--lexicon FILE`, repeatable): a new alias, a new
//! actor and an override take effect at run time, later files win, and bad
//! lines are reported with file and line — all through the binary, with no
//! recompiling.

use std::io::Write;
use std::process::Output;

const ARTICLES: &str = concat!(
    r#"{"id":"alias","text":"Japan pledged 1.5 billion dlrs in aid to Pinas, officials said."}"#,
    "\n",
    r#"{"id":"new","text":"Ruritania pledged 50 mln dlrs in aid to the Philippines, officials said."}"#,
    "\n",
);

mod common;

fn extract(lexicons: &[&std::path::Path]) -> Output {
    // Every candidate: what is tested is the actors a lexicon gives, not the
    // sense filter (which rightly trusts a pledge with no known recipient less).
    let mut args: Vec<String> = ["extract", "--jsonl", "--min-confidence", "0"]
        .map(String::from)
        .to_vec();
    for l in lexicons {
        args.push("--lexicon".into());
        args.push(l.display().to_string());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    common::run_stdin(&args, ARTICLES.as_bytes())
}

/// (doc, role, name, country, text) of every actor of every event.
fn actors(o: &Output) -> Vec<(String, String, String, String, String)> {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let mut out = Vec::new();
    for line in String::from_utf8(o.stdout.clone()).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for a in v["actors"].as_array().unwrap() {
            let s = |k: &str| a[k].as_str().unwrap_or("null").to_string();
            out.push((
                v["doc"].as_str().unwrap().to_string(),
                s("role"),
                s("name"),
                s("country"),
                s("text"),
            ));
        }
    }
    out
}

fn lexicon_file(lines: &[&str]) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new()
        .suffix(".jsonl")
        .tempfile()
        .unwrap();
    for l in lines {
        writeln!(f, "{l}").unwrap();
    }
    f
}

fn row(
    doc: &str,
    role: &str,
    name: &str,
    country: &str,
    text: &str,
) -> (String, String, String, String, String) {
    (
        doc.into(),
        role.into(),
        name.into(),
        country.into(),
        text.into(),
    )
}

#[test]
fn new_alias_and_new_actor_work_without_recompiling() {
    // Built in: "Pinas" and "Ruritania" are unknown, so each pledge lacks a side.
    let before = actors(&extract(&[]));
    assert_eq!(
        before,
        vec![
            row("alias", "source", "Japan", "JPN", "Japan"),
            row("new", "target", "Philippines", "PHL", "Philippines"),
        ]
    );
    // The override restates the Philippines entry with a new alias; the
    // second line adds a country.
    let lex = lexicon_file(&[
        r#"{"name":"Philippines","kind":"country","country":"PHL","aliases":["Pinas","The Philippines"],"demonyms":["Philippine","Filipino"]}"#,
        r#"{"name":"Ruritania","kind":"country","country":"RUR","demonyms":["Ruritanian"]}"#,
    ]);
    let after = actors(&extract(&[lex.path()]));
    assert_eq!(
        after,
        vec![
            row("alias", "source", "Japan", "JPN", "Japan"),
            row("alias", "target", "Philippines", "PHL", "Pinas"),
            row("new", "source", "Ruritania", "RUR", "Ruritania"),
            row("new", "target", "Philippines", "PHL", "Philippines"),
        ]
    );
}

#[test]
fn later_files_override_earlier_ones() {
    let first = lexicon_file(&[r#"{"name":"Ruritania","kind":"country","country":"RUR"}"#]);
    let second = lexicon_file(&[r#"{"name":"Ruritania","kind":"country","country":"RUT"}"#]);
    let country_of_ruritania = |files: &[&std::path::Path]| {
        actors(&extract(files))
            .into_iter()
            .find(|a| a.2 == "Ruritania")
            .map(|a| a.3)
    };
    assert_eq!(
        country_of_ruritania(&[first.path(), second.path()]).as_deref(),
        Some("RUT")
    );
    assert_eq!(
        country_of_ruritania(&[second.path(), first.path()]).as_deref(),
        Some("RUR")
    );
    // Overriding a built-in entry: Japan coded as something else.
    let japan = lexicon_file(&[r#"{"name":"Japan","kind":"country","country":"JAP"}"#]);
    let a = actors(&extract(&[japan.path()]));
    assert!(
        a.contains(&row("alias", "source", "Japan", "JAP", "Japan")),
        "{a:?}"
    );
}

#[test]
fn bad_lexicon_lines_are_all_reported_with_file_and_line() {
    let lex = lexicon_file(&[
        r#"{"name":"Ruritania","kind":"country","country":"RUR"}"#,
        r#"{"name":"Freedonia","kind":"country","country":"fr"}"#,
        r#"{"name":"Sylvania","kind":"nation","country":"SYL"}"#,
        r#"{"name":"Marsha Tsar","kind":"person","country":"RUR","valid_from":"1987-2-1"}"#,
        r#"{"name":"Rufus Firefly","kind":"person","country":"RUR","valid_from":"1990-13-45"}"#,
        r#"{"name":"Grand Fenwick","kind":"country","country":"GFW","currency":"ZZZ"}"#,
        r#"{"name":"Chico Marx","kind":"person","country":"RUR","currency":"USD"}"#,
    ]);
    let o = extract(&[lex.path()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&o.stderr);
    let path = lex.path().display().to_string();
    for line in [2, 3, 4, 5, 6, 7] {
        assert!(
            stderr.contains(&format!("{path}:{line}:")),
            "line {line} not reported:\n{stderr}"
        );
    }
    // A date in the right shape that is no real day is refused too.
    assert!(
        stderr.contains("\"1990-13-45\" is not a real date"),
        "{stderr}"
    );
    // Currencies are ISO 4217 codes, and only countries have one.
    assert!(
        stderr.contains("\"ZZZ\" is not an ISO 4217 code"),
        "{stderr}"
    );
    assert!(
        stderr.contains("only a country has a \"currency\""),
        "{stderr}"
    );
    assert!(!stderr.contains(&format!("{path}:1:")), "{stderr}");
}

/// The built-in files never give two lines the same name, kind and
/// `valid_from`: the later line would silently replace the earlier one (an
/// Indian "Congress" entry with its cue words was lost that way, and the
/// Costa Rican San Jose to the Californian one).
#[test]
fn built_in_lines_do_not_replace_each_other() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut seen: std::collections::HashMap<(String, String, String), String> = Default::default();
    let mut clashes = Vec::new();
    for f in &files {
        for (i, line) in std::fs::read_to_string(f).unwrap().lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let field = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            let key = (field("name"), field("kind"), field("valid_from"));
            let here = format!("{}:{}", f.display(), i + 1);
            if let Some(first) = seen.insert(key.clone(), here.clone()) {
                clashes.push(format!("{key:?}: {first} and {here}"));
            }
        }
    }
    assert!(clashes.is_empty(), "{}", clashes.join("\n"));
}

/// A country's `currency` decides what a bare "dlrs" means in an article
/// whose headline names it: a user's country takes effect at run time.
#[test]
fn a_country_currency_decides_bare_dollars_under_its_headline() {
    let article = concat!(
        r#"{"id":"cur","title":"RURITANIA PLEDGES AID","#,
        r#""text":"Ruritania pledged 50 mln dlrs in aid to the Philippines, officials said."}"#,
        "\n",
    );
    let currency = |lines: &[&str]| {
        let lex = lexicon_file(lines);
        let args = [
            "extract",
            "--jsonl",
            "--lexicon",
            &lex.path().display().to_string(),
        ];
        let args: Vec<&str> = args.iter().map(|s| s.as_ref()).collect();
        let o = common::run_stdin(&args, article.as_bytes());
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let out = String::from_utf8(o.stdout).unwrap();
        // The body's pledge carries the amount (the headline's has none).
        out.lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .find_map(|v| v["amount"]["currency"].as_str().map(str::to_string))
            .expect("a pledge with an amount")
    };
    let plain =
        r#"{"name":"Ruritania","kind":"country","country":"RUR","demonyms":["Ruritanian"]}"#;
    let dollar = r#"{"name":"Ruritania","kind":"country","country":"RUR","currency":"AUD","demonyms":["Ruritanian"]}"#;
    assert_eq!(currency(&[plain]), "USD");
    assert_eq!(currency(&[dollar]), "AUD");
}
