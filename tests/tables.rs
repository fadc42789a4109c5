//! Word tables and the code mapping are data a user can extend without Rust:
//! `--tables FILE` adds currencies, scale words, abbreviations ...;
//! `--codes FILE` replaces the CAMEO/PLOVER mapping. Bad files are refused
//! with every problem named by file and line.

mod common;
use common::*;

/// A sentence whose money the built-in tables do not read as AED.
const DIRHAM_ARTICLE: &[u8] =
    b"The Gulf fund pledged 40 billion dirhams to Egypt's new city on Tuesday, officials said.\n";

fn money(o: &std::process::Output) -> Vec<(f64, String)> {
    ok_lines(o)
        .iter()
        .filter(|m| m["kind"] == "money")
        .map(|m| {
            (
                m["value"].as_f64().unwrap(),
                m["currency"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn a_tables_file_adds_a_currency_and_a_scale_word() {
    let dir = tempfile::tempdir().unwrap();
    // Without the file, "dirhams" is no currency.
    let before = run_stdin(&["mentions"], DIRHAM_ARTICLE);
    assert!(money(&before).is_empty(), "{:?}", money(&before));

    write(
        dir.path(),
        "gulf.toml",
        b"[currencies]\nnames = [[\"dirhams\", \"AED\"], [\"emirati dirhams\", \"AED\"]]\n",
    );
    let path = dir.path().join("gulf.toml");
    let after = run_stdin(
        &["mentions", "--tables", path.to_str().unwrap()],
        DIRHAM_ARTICLE,
    );
    assert_eq!(money(&after), vec![(40e9, "AED".to_string())]);

    // The same run reads a scale word added by a second file.
    write(
        dir.path(),
        "scale.toml",
        b"[quantity]\nscales = [{ word = \"arab\", value = 1000000000 }]\n",
    );
    let scale = dir.path().join("scale.toml");
    let text = b"The state pledged 3 arab rupees to the dam project in Nepal, officials said.\n";
    let o = run_stdin(&["mentions", "--tables", scale.to_str().unwrap()], text);
    assert_eq!(money(&o), vec![(3e9, "INR".to_string())]);
}

#[test]
fn a_tables_file_can_recode_a_word_in_place() {
    let dir = tempfile::tempdir().unwrap();
    // A feed from Hong Kong whose bare "dollars" are HKD.
    write(
        dir.path(),
        "hk.toml",
        b"[currencies]\ndollar_adjectives = [[\"\", \"HKD\"]]\n",
    );
    let path = dir.path().join("hk.toml");
    let text = b"The board approved a loan of 5 million dollars to the tram operator.\n";
    let base = run_stdin(&["mentions"], text);
    assert_eq!(money(&base), vec![(5e6, "USD".to_string())]);
    let o = run_stdin(&["mentions", "--tables", path.to_str().unwrap()], text);
    assert_eq!(money(&o), vec![(5e6, "HKD".to_string())]);
}

#[test]
fn bad_tables_files_are_refused_with_every_error_at_once() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "bad.toml",
        b"[currencies]\nnames = [\n  [\"zorkmids\", \"ZZZ\"],\n  [\"quatloos\", \"usd\"],\n]\n[quantity]\npersons = [\"Workers\"]\n",
    );
    let path = dir.path().join("bad.toml");
    let o = run(&[
        "extract",
        "--tables",
        path.to_str().unwrap(),
        "corpus/articles",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    let err = String::from_utf8_lossy(&o.stderr);
    let p = path.display();
    for want in [
        format!("{p}:3: names: \"ZZZ\" is not an ISO 4217 code"),
        format!("{p}:4: names: \"usd\" is not an ISO 4217 code"),
        format!("{p}:7: persons: \"Workers\" must be written in lowercase"),
    ] {
        assert!(err.contains(&want), "want {want:?} in:\n{err}");
    }
    assert_eq!(err.lines().count(), 3, "{err}");

    let o = run(&[
        "extract",
        "--tables",
        "/no/such/tables.toml",
        "corpus/articles",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("check the --tables path"), "{err}");
}

#[test]
fn a_codes_file_replaces_the_mapping() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "codes.toml",
        b"[[code]]\ntype = \"tariff\"\ncameo = \"172\"\nplover = \"COERCE\"\nlabel = \"Impose administrative sanctions\"\n",
    );
    let path = dir.path().join("codes.toml");
    let text = b"Washington imposed a 25% tariff on Canadian steel on Monday.\n";
    let base = ok_lines(&run_stdin(&["extract"], text));
    assert!(!base.is_empty());
    assert_ne!(base[0]["cameo"], "172");
    let o = ok_lines(&run_stdin(
        &["extract", "--codes", path.to_str().unwrap()],
        text,
    ));
    assert_eq!(o.len(), base.len());
    assert_eq!(o[0]["type"], "tariff");
    assert_eq!(o[0]["cameo"], "172");
    assert_eq!(o[0]["plover"], "COERCE");

    write(
        dir.path(),
        "bad-codes.toml",
        b"[[code]]\ntype = \"tariff\"\ncameo = \"16x\"\n",
    );
    let bad = dir.path().join("bad-codes.toml");
    let o = run_stdin(&["extract", "--codes", bad.to_str().unwrap()], text);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("bad-codes.toml: [[code]] #1 (tariff): cameo \"16x\" must be 2 to 4 digits"),
        "{err}"
    );
}
