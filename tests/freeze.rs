//! Roles as data: `tests/rules-freeze/freeze.toml` defines a `freeze`
//! event type (asset freezes) with its role frame in `[roles.freeze]` and
//! no Rust of its own; these sentences must give the event with the right
//! source and target. The same table with the frame left out shows what
//! the frame decides (passives, "by", verbs before the trigger).

use newsevents::Extractor;
use newsevents::lexicon::Lexicon;
use newsevents::rules::{RuleSet, RuleSources};

/// (sentence, source country, target country)
const CASES: &[(&str, &str, &str)] = &[
    (
        "The EU froze the assets of three Russian banks.",
        "EU",
        "RUS",
    ),
    (
        "Britain froze the assets of Libya's central bank on Monday.",
        "GBR",
        "LBY",
    ),
    (
        "The United States has frozen Iranian assets worth 12 billion dlrs.",
        "USA",
        "IRN",
    ),
    (
        "Switzerland froze accounts belonging to the former Philippine president.",
        "CHE",
        "PHL",
    ),
    (
        "Iranian assets were frozen by the United States in 1979.",
        "USA",
        "IRN",
    ),
    (
        "Russian banks' assets have been frozen by the European Union.",
        "EU",
        "RUS",
    ),
    (
        "Kuwaiti assets were frozen by Britain after the invasion.",
        "GBR",
        "KWT",
    ),
    (
        "Japan will freeze the assets of North Korean trading firms.",
        "JPN",
        "PRK",
    ),
    (
        "Canada is freezing the assets of Venezuelan officials.",
        "CAN",
        "VEN",
    ),
    (
        "Australia froze Myanmar's assets, the foreign ministry said.",
        "AUS",
        "MMR",
    ),
    (
        "France ordered an asset freeze on Syrian government accounts.",
        "FRA",
        "SYR",
    ),
    (
        "South Korea froze the assets of North Korea's shipping companies.",
        "KOR",
        "PRK",
    ),
    (
        "The European Union froze the assets of Belarus's president.",
        "EU",
        "BLR",
    ),
    (
        "Italy froze the accounts of Libyan companies on Friday.",
        "ITA",
        "LBY",
    ),
    (
        "The Netherlands froze the assets of Iraqi firms.",
        "NLD",
        "IRQ",
    ),
    (
        "Sweden freezes the assets of South African companies.",
        "SWE",
        "ZAF",
    ),
    (
        "Turkey froze the assets of Syrian officials on Monday.",
        "TUR",
        "SYR",
    ),
    (
        "Japan froze 2 billion dlrs of Iranian assets.",
        "JPN",
        "IRN",
    ),
    (
        "China has frozen the funds of Taiwanese firms.",
        "CHN",
        "TWN",
    ),
    (
        "Nigeria froze bank accounts owned by Ghanaian traders.",
        "NGA",
        "GHA",
    ),
    (
        "Libyan funds are frozen by Italy under the new decree.",
        "ITA",
        "LBY",
    ),
    (
        "Russian banks hit by the EU asset freeze lost access to their reserves.",
        "EU",
        "RUS",
    ),
];

fn extractor(frame: bool) -> Extractor {
    let dir = if frame {
        std::path::PathBuf::from("tests/rules-freeze")
    } else {
        // The same rules without [roles.freeze].
        let tmp = tempfile::tempdir().unwrap().keep();
        let text = std::fs::read_to_string("tests/rules-freeze/freeze.toml").unwrap();
        let rules_only = &text[..text.find("\n[roles.freeze]").unwrap()];
        std::fs::write(tmp.join("freeze.toml"), rules_only).unwrap();
        tmp
    };
    let rules = RuleSet::load(&RuleSources {
        no_defaults: false,
        dirs: vec![dir],
    })
    .expect("rules load");
    Extractor::new(Lexicon::embedded().expect("lexicon loads"), rules)
}

/// The sentences whose freeze event lacks the expected source or target.
fn failures(ex: &Extractor) -> Vec<String> {
    let mut out = Vec::new();
    for &(text, source, target) in CASES {
        let events = ex.extract("f", text);
        let Some(e) = events.iter().find(|e| e.event_type == "freeze") else {
            out.push(format!("{text:?}: no freeze event"));
            continue;
        };
        let has = |role: &str, c: &str| {
            e.actors
                .iter()
                .any(|a| a.role == role && a.country.as_deref() == Some(c))
        };
        let wrong = e.actors.iter().any(|a| {
            a.country.as_deref() == Some(source) && a.role == "target"
                || a.country.as_deref() == Some(target) && a.role == "source"
        });
        if !has("source", source) || !has("target", target) || wrong {
            let got: Vec<String> = e
                .actors
                .iter()
                .map(|a| format!("{}:{}", a.role, a.country.as_deref().unwrap_or("-")))
                .collect();
            out.push(format!("{text:?}: got {got:?}"));
        }
    }
    out
}

#[test]
fn a_type_defined_only_in_files_gets_source_and_target() {
    assert!(CASES.len() >= 20);
    let f = failures(&extractor(true));
    assert!(f.is_empty(), "{}", f.join("\n"));
}

#[test]
fn the_frame_decides_passives_and_verbs() {
    // Without [roles.freeze], word order alone gets the passives wrong.
    let f = failures(&extractor(false));
    for text in [
        "Iranian assets were frozen by the United States in 1979.",
        "Kuwaiti assets were frozen by Britain after the invasion.",
        "Russian banks hit by the EU asset freeze lost access to their reserves.",
    ] {
        assert!(
            f.iter().any(|l| l.contains(text)),
            "{text:?} passes without the frame"
        );
    }
}

#[test]
fn role_frames_are_checked() {
    let load =
        |text: &str| RuleSet::from_texts([("x.toml".to_string(), text.to_string())]).map(|_| ());
    let rule = std::fs::read_to_string("tests/rules-freeze/freeze.toml").unwrap();
    let rules_only = &rule[..rule.find("\n[roles.freeze]").unwrap()];
    for (extra, words) in [
        (
            "[roles.freeze]\nbefore = \"giver\"\n",
            "unknown variant `giver`",
        ),
        (
            "[roles.freeze]\nsource_prep = [\"by\"]\n",
            "unknown field `source_prep`",
        ),
        (
            "[roles.seize]\nsource_preps = [\"by\"]\n",
            "no rule makes events of type \"seize\"",
        ),
        (
            "[roles.tariff]\nsource_preps = [\"by\"]\n",
            "has role logic of its own",
        ),
    ] {
        let errors = load(&format!("{rules_only}{extra}")).unwrap_err();
        assert!(
            errors.iter().any(|e| e.to_string().contains(words)),
            "{extra:?}: {errors:?}"
        );
    }
    assert!(load(&rule).is_ok());
}
