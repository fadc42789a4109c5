//! Rule `patterns`: regular expressions that count as `near` words, run
//! only on sentences holding a trigger of the rule, in linear time.

use newsevents::Extractor;
use newsevents::lexicon::Lexicon;
use newsevents::rules::RuleSet;

/// A rule file defining `embargo` whose condition is only patterns.
const EMBARGO: &str = r#"
[[rule]]
id = "embargo/goods"
type = "embargo"
triggers = ["embargo"]
requires = ["actor"]
patterns = ['\bship(s|ped|ping|ments?)?\b', '\bexport(s|ed|ing)?\b']
window = 5
examples = [
  { text = "Canada imposed an embargo on grain shipments to Libya.", fires = true },
  { text = "Canada imposed an embargo on news about the talks.", fires = false },
]
"#;

fn extractor(files: &[(&str, &str)]) -> Result<Extractor, Vec<newsevents::rules::RuleError>> {
    let rules = RuleSet::from_texts(files.iter().map(|(n, t)| (n.to_string(), t.to_string())))?;
    Ok(Extractor::new(Lexicon::embedded().unwrap(), rules))
}

#[test]
fn patterns_stand_for_inflection_families_within_the_window() {
    let ex = extractor(&[("embargo.toml", EMBARGO)]).unwrap();
    // (sentence, fires?)
    let cases = [
        (
            "Canada imposed an embargo on grain shipments to Libya.",
            true,
        ),
        (
            "Canada imposed an embargo on grain shipment to Libya.",
            true,
        ),
        ("Canada imposed an embargo on oil SHIPPED to Libya.", true),
        (
            "Canada imposed an embargo on exporting arms to Libya.",
            true,
        ),
        ("Canada imposed an embargo on arms exports to Libya.", true),
        ("Canada imposed an embargo on news about the talks.", false),
        // "shipyard" is no inflection of "ship".
        ("Canada imposed an embargo on the shipyard in Libya.", false),
        // Out of the window of five words.
        (
            "Canada imposed an embargo on the sale of arms, ammunition and military equipment to Libya, and on shipments.",
            false,
        ),
    ];
    for (text, fires) in cases {
        let got = ex
            .extract("p", text)
            .iter()
            .any(|e| e.event_type == "embargo");
        assert_eq!(got, fires, "{text:?}");
    }
}

#[test]
fn a_bad_pattern_is_reported_with_its_file_and_line() {
    let bad = EMBARGO.replace(r"'\bexport(s|ed|ing)?\b'", "'export(s'");
    let Err(errors) = extractor(&[("embargo.toml", &bad)]) else {
        panic!("a bad pattern was accepted");
    };
    let line = bad.lines().position(|l| l.starts_with("id = ")).unwrap() + 1;
    assert!(
        errors.iter().any(|e| e.source == "embargo.toml"
            && e.line == line
            && e.message
                .contains("pattern \"export(s\" is not a valid regular expression")),
        "{errors:?}"
    );
}

#[test]
fn a_pattern_that_would_backtrack_runs_in_linear_time() {
    // (a+)+$ takes exponential time in a backtracking engine on "aaa...!".
    let file = EMBARGO.replace(r"'\bexport(s|ed|ing)?\b'", "'(a+)+$'");
    let ex = extractor(&[("embargo.toml", &file)]).unwrap();
    let text = format!("Canada imposed an embargo on {}!", "a".repeat(50_000));
    assert!(ex.extract("p", &text).is_empty());
}
