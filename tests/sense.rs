//! The sense model: the features it sees on realistic sentences, that
//! training is reproducible, that model files load or fail with a file:line
//! message, and that `--min-confidence` and `--explain` do what they say.

use newsevents::Extractor;
use newsevents::eval::Gold;
use newsevents::sense::features::{ArticleCues, Cues, event_features};
use newsevents::sense::train::{self, DevSet, Options};
use newsevents::sense::{EMBEDDED_MODEL, Sense};

mod common;
use common::{features_of, ok_lines, run, run_stdin};

#[test]
fn features_of_realistic_sentences() {
    // (article, type, features present, features absent)
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "Japan pledged 1.5 billion dlrs in aid to the Philippines, officials said.",
            "pledge",
            &[
                "pledge|bias",
                "rule:pledge/commit-amount",
                "pledge|trig:pledged",
                "pledge|mod:asserted",
                "pledge|prev:#cap",
                "pledge|next:#num",
                "pledge|word:aid",
                "pledge|roles:source+target",
                "pledge|countries:2-3",
                "pledge|amount:true",
                "pledge|first-sentence",
                "pledge|rule-mod:commit-amount+asserted",
                "pledge|rule-amount:commit-amount+amount",
                "pledge|nums:1",
                "pledge|sent-len:mid",
            ],
            // Names are not words: the country and role features speak
            // for them.
            &[
                "pledge|actor:source:country",
                "pledge|word:philippines",
                "pledge|art:market-report",
                "pledge|trig-capitalised",
            ],
        ),
        (
            // (Not "assistance to the money market": the rules' class cues,
            // pledge_context_vetoes, no longer propose that one.)
            "The Bank of England said it provided 300 mln stg of assistance in the morning \
             session to ease the shortage. The shortage was revised to 700 mln stg.",
            "pledge",
            &[
                "pledge|trig:provided",
                "pledge|art:market-report",
                "pledge|sent:market-report",
                "pledge|sent:aid",
                "pledge|countries:1",
                "pledge|before:said",
                "pledge|after:#num",
                // Numbers are counted in the candidate's sentence only.
                "pledge|nums:1",
                "pledge|sent-len:mid",
            ],
            &[
                "pledge|art:sports",
                "pledge|same-source-target",
                "pledge|nums:2-3",
            ],
        ),
        (
            "Reagan will meet Nakasone in Washington next week, officials said.",
            "meeting",
            &[
                "meeting|trig:meet",
                "meeting|mod:planned",
                "meeting|prev:will",
                "meeting|roles:participant",
                "meeting|amount:false",
                "meeting|same-type-events:1",
                "meeting|other-at:none",
            ],
            &["meeting|caps-headline", "meeting|also:pledge"],
        ),
        (
            // The kinds of party named, as one set, and what the trigger
            // takes as its object: a name, past "with".
            "Petrobras will hold talks with Brazil's Finance Minister Dilson Funaro \
             next week, the company said.",
            "meeting",
            &[
                "meeting|kinds:company+country+person",
                "meeting|object:name",
                "meeting|trig:talks|object:name",
            ],
            &["meeting|kinds:none", "meeting|object:word"],
        ),
        (
            // No party named; a word after the trigger, no name.
            "They said talks would continue.",
            "meeting",
            &["meeting|kinds:none", "meeting|object:word"],
            &["meeting|object:name", "meeting|object:none"],
        ),
        (
            "U.S. TO IMPOSE 100 PCT TARIFFS ON JAPANESE GOODS\n\nThe United States will impose \
             100 pct tariffs on Japanese electronic goods, officials said.",
            "tariff",
            &[
                "tariff|caps-headline",
                "tariff|first-sentence",
                "tariff|trig:tariffs",
                "tariff|rate:true",
                "tariff|same-type-events:2-3",
                // In a line in capitals, case says nothing: words stay words.
                "tariff|word:impose",
                // The other tariff candidate stands in the sentence after.
                "tariff|other-at:lead",
            ],
            &["tariff|trig-capitalised", "tariff|prev:#cap"],
        ),
        (
            "The Federal Home Loan Bank of Chicago said it will offer 300 mln dlrs of loans \
             to member banks.",
            "pledge",
            // The trigger is the plain "loans", not the "Loan" of the name.
            &[
                "pledge|trig:loans",
                "pledge|mod:planned",
                "pledge|prev:of",
                "pledge|next:to",
                "pledge|before:#num",
            ],
            &[
                "pledge|trig-capitalised",
                "pledge|trig:loan",
                "pledge|in-name",
            ],
        ),
        (
            // (Not "will meet": in a sports story the rules read that as a
            // fixture, senses.rs.)
            "The striker scored twice in the cup match. Reagan will hold talks with \
             Nakasone in Tokyo next week.",
            "meeting",
            // A sports story: the genre conjoined with the trigger, and the
            // two countries counted.
            &[
                "meeting|art:sports",
                "meeting|trig:talks|art:sports",
                "meeting|mod:planned|art:sports",
                "meeting|countries:2-3",
            ],
            &["meeting|no-genre"],
        ),
        (
            "Japan will lend 500 mln dlrs to Mexico this year, up from 300 mln dlrs a year \
             earlier, officials said.",
            "pledge",
            // A level that moved (lending statistics read so), and who
            // commits to whom.
            &[
                "pledge|sent:level-change",
                "pledge|roles:source+target",
                "pledge|amount:true",
            ],
            &["pledge|parties:source:1", "pledge|in-name"],
        ),
        (
            // What the trigger takes right after it: money words, and the
            // sum two words on.
            "Japan will lend Iraq 71.7 mln dlrs to finance its trade, officials said.",
            "pledge",
            &["pledge|near-after:money", "pledge|amount-at:after-near"],
            &[
                "pledge|near-after:securities",
                "pledge|near-after:past",
                "pledge|amount-at:none",
                // A list of scope "near" makes no article or sentence feature.
                "pledge|sent:money",
                "pledge|art:money",
            ],
        ),
        (
            // A total lent, in a story of shares held as collateral: the
            // sum stands five words after the trigger, and what follows the
            // trigger is no money word.
            "Dome has pledged its 42.5 mln Encor shares as security for part of its debt \
             to the bank, whose total loans to the group stood at 947 mln Canadian dlrs last year.",
            "pledge",
            &[
                "pledge|trig:loans",
                "pledge|near-after:determiner",
                "pledge|sent:securities",
                "pledge|sent:statistic",
                "pledge|amount-at:after-far",
            ],
            &["pledge|near-after:money", "pledge|amount-at:after-near"],
        ),
        (
            // The sum right before the noun it measures.
            "The education project will be supported by a 145 mln dlr loan through the \
             International Development Association, the bank said.",
            "pledge",
            &["pledge|trig:loan", "pledge|amount-at:before-near"],
            &["pledge|amount-at:after-near", "pledge|amount-at:none"],
        ),
    ];
    for (text, ty, present, absent) in cases {
        let f = features_of(text, ty);
        for p in *present {
            assert!(f.iter().any(|x| x == p), "{p} missing for {text:?}: {f:?}");
        }
        for a in *absent {
            assert!(!f.iter().any(|x| x == a), "{a} present for {text:?}: {f:?}");
        }
        let mut sorted = f.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted, f, "features come sorted and unique");
    }
}

/// A candidate in an article's body knows where the article's earliest
/// other candidate of its type stands: in the headline (the story is about
/// such an event), the lead, further down, or nowhere.
#[test]
fn other_candidates_of_the_type_place_the_story() {
    let ex = Extractor::embedded().unwrap().with_sense(None);
    let cues = Cues::embedded();
    // (article, type, feature of its last candidate of the type)
    let cases = [
        (
            "JAPAN AND U.S. TO HOLD TRADE TALKS\n\nTrade officials said on Monday that \
             the two sides would resume the discussions. Reagan will meet Nakasone in \
             Washington next week, officials said.",
            "meeting",
            "meeting|other-at:head",
        ),
        (
            "Tokyo stocks closed higher on Monday. Reagan will meet Nakasone in Washington \
             next week, officials said. Brokers said trading was light.",
            "meeting",
            "meeting|other-at:none",
        ),
    ];
    for (text, ty, want) in cases {
        let events = ex.extract("doc", text);
        let e = events
            .iter()
            .rev()
            .find(|e| e.event_type.as_str() == ty)
            .unwrap_or_else(|| panic!("no {ty} candidate in {text:?}"));
        let art = ArticleCues::new(&cues, text, &events);
        let f = event_features(&cues, &art, text, e);
        let at: Vec<&String> = f.iter().filter(|x| x.contains("|other-at:")).collect();
        assert_eq!(at, [want], "{text:?}: {events:?}");
    }
}

/// The story and role features: whether an earlier sentence holds a
/// candidate of the type, the rule with where its sum stands and with what
/// the trigger takes as its object, and the kind of party in each role.
#[test]
fn story_rule_and_role_kind_features() {
    let ex = Extractor::embedded().unwrap().with_sense(None);
    let cues = Cues::embedded();
    // (article, type, features of its last candidate of the type, features absent)
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "Japan pledged 2 billion dlrs in aid to the Philippines on Monday. \
             Officials said Japan will lend the Philippines a further 500 mln dlrs next year.",
            "pledge",
            &["pledge|earlier-same:yes", "pledge|role-kind:source=country"],
            &["pledge|earlier-same:no"],
        ),
        (
            "Tokyo stocks closed higher on Monday. The World Bank will lend Kenya \
             120 mln dlrs for road building, the bank said.",
            "pledge",
            &["pledge|earlier-same:no"],
            &["pledge|earlier-same:yes"],
        ),
        (
            "Trade ministers of the two countries will meet in Geneva next week, \
             officials said.",
            "meeting",
            &["meeting|earlier-same:no"],
            &["meeting|earlier-same:yes"],
        ),
    ];
    for (text, ty, want, absent) in cases {
        let events = ex.extract("doc", text);
        let e = events
            .iter()
            .rev()
            .find(|e| e.event_type.as_str() == *ty)
            .unwrap_or_else(|| panic!("no {ty} candidate in {text:?}"));
        let art = ArticleCues::new(&cues, text, &events);
        let f = event_features(&cues, &art, text, e);
        for w in *want {
            assert!(f.contains(&w.to_string()), "{w} in {text:?}: {f:?}");
        }
        for a in *absent {
            assert!(!f.contains(&a.to_string()), "{a} not in {text:?}: {f:?}");
        }
        // The rule crosses name the candidate's own rule.
        let rule = e.rule.split_once('/').map_or(e.rule.as_str(), |(_, r)| r);
        for fam in ["rule-at", "rule-object"] {
            let prefix = format!("{ty}|{fam}:{rule}+");
            assert!(
                f.iter().any(|x| x.starts_with(&prefix)),
                "{prefix} in {text:?}: {f:?}"
            );
        }
    }
}

/// Labelled candidates of the team's own articles (corpus/articles, with
/// the seed and synthetic gold), as `newsevents train` builds them.
fn team_candidates() -> (Vec<DevSet>, Vec<train::Candidate>) {
    let mut gold = Gold::default();
    for f in ["corpus/gold/seed.jsonl", "corpus/gold/synthetic.jsonl"] {
        gold.add_jsonl(f, &std::fs::read_to_string(f).unwrap())
            .unwrap();
    }
    let ex = Extractor::embedded().unwrap().with_sense(None);
    let cues = Cues::embedded();
    let mut set = DevSet {
        name: "team".into(),
        ..Default::default()
    };
    let mut cands = Vec::new();
    for doc in gold.docs.keys() {
        let text = std::fs::read_to_string(format!("corpus/{doc}")).unwrap();
        let events = ex.extract(doc, &text);
        let golds: Vec<_> = gold.events.iter().filter(|g| &g.doc == doc).collect();
        for g in golds.iter().filter(|g| !g.optional) {
            *set.gold.entry(g.event_type.clone()).or_default() += 1;
        }
        cands.extend(train::candidates(&cues, 0, doc, &text, &events, &golds));
    }
    (vec![set], cands)
}

/// The extractor with every rule's veto list cleared (`--no-vetoes`).
fn without_vetoes() -> Extractor {
    let mut rules = newsevents::rules::RuleSet::embedded().unwrap();
    rules.rules.iter_mut().for_each(|r| r.veto.clear());
    Extractor::new(newsevents::lexicon::Lexicon::embedded().unwrap(), rules).with_sense(None)
}

#[test]
fn vetoed_candidates_are_those_only_the_loose_rules_propose() {
    // (article, gold lines, vetoed candidates expected: (type, right))
    type Case<'a> = (&'a str, &'a str, &'a [(&'a str, bool)]);
    let cases: &[Case] = &[
        // An athletics meeting is vetoed by its rule ("meet demand" no
        // longer reaches the rules: the sense stage drops a "meet" whose
        // object names no party, vetoes or not); the article is annotated
        // with no event, so the loose rules' meeting is a wrong candidate.
        (
            "The Bislett athletics meeting in Oslo drew Kenyan runners on Friday.",
            "",
            &[("meeting", false)],
        ),
        // A real meeting passes the vetoes: nothing only the loose rules see.
        (
            "Reagan will meet Nakasone in Washington next week, officials said.",
            r#"{"doc":"d","type":"meeting","quote":"Reagan will meet Nakasone in Washington","modality":["planned"]}"#,
            &[],
        ),
    ];
    let shipped = Extractor::embedded().unwrap().with_sense(None);
    let loose = without_vetoes();
    let cues = Cues::embedded();
    for (text, gold_lines, want) in cases {
        let mut gold = Gold::default();
        let header = r#"{"doc":"d","annotated":true}"#;
        gold.add_jsonl("g.jsonl", &format!("{header}\n{gold_lines}\n"))
            .unwrap();
        let golds: Vec<_> = gold.events.iter().collect();
        let events = shipped.extract("d", text);
        let more = loose.extract("d", text);
        let got = train::vetoed_candidates(&cues, 0, "d", text, &events, &more, &golds);
        let got: Vec<(&str, bool)> = got
            .iter()
            .map(|c| {
                assert!(c.vetoed);
                (c.event_type.as_str(), c.hit)
            })
            .collect();
        assert_eq!(&got, want, "{text}");
        // The shipped candidates are never among them.
        for c in train::candidates(&cues, 0, "d", text, &events, &golds) {
            assert!(!c.vetoed);
        }
    }
}

#[test]
fn no_vetoes_flag_shows_what_the_vetoes_remove() {
    let article = "{\"id\":\"t\",\"text\":\"The Bislett athletics meeting in Oslo drew Kenyan runners on Friday.\"}\n";
    let shipped = ok_lines(&run_stdin(
        &["extract", "--jsonl", "--min-confidence", "0"],
        article.as_bytes(),
    ));
    let loose = ok_lines(&run_stdin(
        &["extract", "--jsonl", "--min-confidence", "0", "--no-vetoes"],
        article.as_bytes(),
    ));
    assert!(shipped.is_empty(), "{shipped:?}");
    assert_eq!(loose.len(), 1, "{loose:?}");
    assert_eq!(loose[0]["type"], "meeting");
}

#[test]
fn training_twice_gives_identical_weights() {
    let (sets, cands) = team_candidates();
    assert!(
        cands.len() >= 80,
        "the team's articles give many candidates"
    );
    let o = Options {
        folds: 3,
        iterations: 100,
        threshold_set: "team".into(),
        ..Default::default()
    };
    let a = train::train(&sets, &cands, &o);
    let b = train::train(&sets, &cands, &o);
    let (ja, jb) = (
        serde_json::to_string_pretty(&a.model).unwrap(),
        serde_json::to_string_pretty(&b.model).unwrap(),
    );
    assert_eq!(ja, jb, "same data, same weights");
    assert_eq!(a.report, b.report);
    assert!(a.model.weights.len() > 100, "weights learned");
    assert!(a.report.contains("cross-validated figures"));
    // What it wrote loads back.
    let back = Sense::parse("trained.json", &ja).expect("trained model loads");
    assert!(
        (0.0..=1.0).contains(&back.threshold("pledge")),
        "threshold is a probability"
    );
}

#[test]
fn folds_depend_only_on_the_article_id() {
    for doc in ["r123", "articles/01-us-ec-pasta-duties.txt", "m1-001"] {
        let f = train::fold_of(doc, 5);
        assert!(f < 5);
        assert_eq!(f, train::fold_of(doc, 5));
    }
    let folds: std::collections::BTreeSet<usize> = (0..200)
        .map(|i| train::fold_of(&format!("r{i}"), 5))
        .collect();
    assert_eq!(folds.len(), 5, "ids spread over every fold");
}

#[test]
fn feature_families_group_names_for_ablation() {
    // (feature of a realistic sentence, its family)
    let cases = [
        ("rule:pledge/offer-finance", "rule"),
        ("pledge|before:will", "before"),
        ("pledge|word:lend", "word"),
        ("meeting|trig:meet|art:sports", "trig-art"),
        ("meeting|mod:planned|art:sports", "mod-art"),
        ("pledge|first-sentence", "first-sentence"),
        ("meeting|countries:2-3", "countries"),
        ("pledge|rule-mod:offer-finance+planned", "rule-mod"),
        ("pledge|nums:2-3", "nums"),
        ("pledge|earlier-same:yes", "earlier-same"),
        ("pledge|rule-at:loan-amount+after-near", "rule-at"),
        ("pledge|rule-object:commit-amount+number", "rule-object"),
        ("pledge|role-kind:source=country", "role-kind"),
        ("bias", "bias"),
    ];
    for (f, fam) in cases {
        assert_eq!(train::family(f), fam, "{f}");
    }
    let text = "Japan will lend Indonesia 300 mln dlrs to finance imports, officials said.";
    let f = features_of(text, "pledge");
    let mut cands = vec![train::Candidate {
        set: 0,
        doc: "d".into(),
        event_type: "pledge".into(),
        features: f.clone(),
        hit: true,
        vetoed: false,
        what: String::new(),
    }];
    let drop: std::collections::HashSet<String> = ["word".to_string(), "before".to_string()].into();
    train::drop_families(&mut cands, &drop);
    assert!(f.iter().any(|x| x.starts_with("pledge|word:")), "{f:?}");
    assert!(
        cands[0]
            .features
            .iter()
            .all(|x| !x.starts_with("pledge|word:") && !x.starts_with("pledge|before:")),
        "{:?}",
        cands[0].features
    );
    assert!(
        cands[0]
            .features
            .iter()
            .any(|x| x.starts_with("pledge|after:"))
    );
}

#[test]
fn rare_features_are_left_out_but_not_bias_or_rule() {
    // Two pledges from two articles: what only one sentence holds is rare.
    let a = features_of(
        "Japan will lend Indonesia 300 mln dlrs to finance imports, officials said.",
        "pledge",
    );
    let b = features_of(
        "Japan will lend Mexico 500 mln dlrs for a dam, officials said.",
        "pledge",
    );
    let cand = |doc: &str, features: Vec<String>| train::Candidate {
        set: 0,
        doc: doc.into(),
        event_type: "pledge".into(),
        features,
        hit: true,
        vetoed: false,
        what: String::new(),
    };
    let mut cands = vec![cand("a", a.clone()), cand("b", b.clone())];
    train::drop_rare(&mut cands, 2);
    let kept = &cands[0].features;
    assert!(a.contains(&"pledge|word:imports".to_string()), "{a:?}");
    assert!(
        !kept.contains(&"pledge|word:imports".to_string()),
        "{kept:?}"
    );
    assert!(kept.contains(&"pledge|word:lend".to_string()), "{kept:?}");
    assert!(kept.contains(&"pledge|bias".to_string()), "{kept:?}");
    assert!(kept.iter().any(|f| f.starts_with("rule:")), "{kept:?}");
    // Seen in one article but kept: the rule id.
    let mut one = vec![cand("a", a.clone())];
    train::drop_rare(&mut one, 2);
    assert!(
        one[0]
            .features
            .iter()
            .all(|f| f.starts_with("rule:") || f.ends_with("|bias"))
    );
}

#[test]
fn bundled_model_loads() {
    let s = Sense::parse("embedded", EMBEDDED_MODEL).expect("bundled model is valid");
    for ty in ["pledge", "tariff", "raid", "meeting"] {
        assert!((0.0..=1.0).contains(&s.threshold(ty)));
    }
    // The bundled model tells a wire pledge from a money-market operation.
    let ex = Extractor::embedded().unwrap();
    let good = ex.extract(
        "d",
        "Japan will extend 500 mln dlrs in new loans to Mexico to support its economic \
         recovery, the Finance Ministry said.",
    );
    let bad = ex.extract(
        "d",
        "The Bank of England said it provided 300 mln stg of assistance in the morning session \
         to ease the shortage. The shortage was revised to 700 mln stg.",
    );
    let conf = |v: &[newsevents::Event]| {
        v.iter()
            .find(|e| e.event_type.as_str() == "pledge")
            .unwrap()
            .confidence
    };
    assert!(
        conf(&good) > conf(&bad),
        "{} vs {}",
        conf(&good),
        conf(&bad)
    );
}

#[test]
fn malformed_models_name_file_and_line() {
    let ok = r#"{
  "format": "newsevents-sense-1",
  "thresholds": {"pledge": 0.5},
  "calibration": {"a": 1.0, "b": 0.0},
  "l2": 1.0,
  "weights": {"bias": 0.5}
}"#;
    assert!(Sense::parse("m.json", ok).is_ok());
    let cases = [
        // (model text, expected start of the message)
        (ok.replace("\"l2\": 1.0,", "\"l2\": 1.0"), "m.json:6:"),
        (ok.replace("0.5}\n}", "oops}\n}"), "m.json:6:"),
        (
            ok.replace("newsevents-sense-1", "something-else"),
            "m.json:2: format",
        ),
        (
            ok.replace("\"pledge\": 0.5", "\"pledge\": 1.5"),
            "m.json:3: threshold",
        ),
        (ok.replace("\"l2\"", "\"lambda\""), "m.json:5:"),
        (String::new(), "m.json:1:"),
    ];
    for (text, want) in cases {
        let e = Sense::parse("m.json", &text).expect_err(&text);
        assert!(e.starts_with(want), "{e:?} should start with {want:?}");
    }
}

const ARTICLE: &str = "{\"id\":\"a1\",\"title\":\"JAPAN TO LEND MEXICO 500 MLN DLRS\",\"text\":\"Japan will extend 500 mln dlrs in new loans to Mexico, the Finance Ministry said. The Bank of England said it provided 300 mln stg of assistance to the money market in the morning session. Reagan will meet Nakasone in Washington next week.\"}\n";

#[test]
fn min_confidence_filters() {
    let all = ok_lines(&run_stdin(
        &["extract", "--jsonl", "--min-confidence", "0"],
        ARTICLE.as_bytes(),
    ));
    assert!(all.len() >= 3, "every candidate at 0: {all:?}");
    let conf: Vec<f64> = all
        .iter()
        .map(|e| e["confidence"].as_f64().unwrap())
        .collect();
    assert!(conf.iter().all(|c| (0.0..=1.0).contains(c)));
    let mid = {
        let mut c = conf.clone();
        c.sort_by(f64::total_cmp);
        c[c.len() / 2]
    };
    let some = ok_lines(&run_stdin(
        &["extract", "--jsonl", "--min-confidence", &mid.to_string()],
        ARTICLE.as_bytes(),
    ));
    assert_eq!(
        some.len(),
        conf.iter().filter(|c| **c >= mid).count(),
        "exactly the events at or above {mid}"
    );
    // Ids stay those of the unfiltered run.
    for e in &some {
        assert!(
            all.iter()
                .any(|a| a["id"] == e["id"] && a["trigger"] == e["trigger"])
        );
    }
    // The default: the model's threshold per type.
    let model = Sense::parse("embedded", EMBEDDED_MODEL).unwrap();
    let default = ok_lines(&run_stdin(&["extract", "--jsonl"], ARTICLE.as_bytes()));
    let expected = all
        .iter()
        .filter(|e| {
            e["confidence"].as_f64().unwrap() >= model.threshold(e["type"].as_str().unwrap())
        })
        .count();
    assert_eq!(default.len(), expected);
    let o = run_stdin(
        &["extract", "--jsonl", "--min-confidence", "1.5"],
        ARTICLE.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--min-confidence 1.5"));
}

#[test]
fn model_flag_reads_a_file_and_reports_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    // A model that trusts nothing but meetings.
    let path = dir.path().join("meetings.json");
    std::fs::write(
        &path,
        r#"{"format": "newsevents-sense-1", "thresholds": {"meeting": 0.5, "pledge": 0.5},
            "calibration": {"a": 1.0, "b": 0.0}, "l2": 1.0,
            "weights": {"bias": -3.0, "meeting|bias": 6.0}}"#,
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let lines = ok_lines(&run_stdin(
        &["extract", "--jsonl", "--model", p],
        ARTICLE.as_bytes(),
    ));
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|e| e["type"] == "meeting"), "{lines:?}");
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        "{\n  \"format\": \"newsevents-sense-1\",\n  \"thresholds\": [\n}",
    )
    .unwrap();
    let o = run(&[
        "extract",
        "--model",
        bad.to_str().unwrap(),
        "corpus/articles",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("bad.json:3:"), "{err}");
}

#[test]
fn explain_shows_the_features_that_decided() {
    let lines = ok_lines(&run_stdin(
        &["extract", "--jsonl", "--explain", "--min-confidence", "0"],
        ARTICLE.as_bytes(),
    ));
    for e in &lines {
        let x = &e["explain"];
        let feats = x["features"].as_array().expect("features listed");
        assert!(!feats.is_empty() && feats.len() <= 8);
        let w: Vec<f64> = feats
            .iter()
            .map(|f| f["weight"].as_f64().unwrap().abs())
            .collect();
        assert!(w.windows(2).all(|p| p[0] >= p[1]), "largest first: {w:?}");
        assert!(x["score"].is_number());
    }
}

/// Audit files: real and false verdicts label the judged candidates,
/// borderline (or optional) ones and candidates nobody judged are left out, and a bad
/// line names the file and line.
#[test]
fn audited_candidates_take_their_verdicts() {
    let text = "Reagan will meet Nakasone in Washington next week, officials said. \
                The two leaders held talks in Tokyo in May. Japan pledged 1.5 billion \
                dlrs in aid to the Philippines.";
    let ex = Extractor::embedded().unwrap().with_sense(None);
    let events = ex.extract("doc", text);
    let start = |trigger: &str| {
        events
            .iter()
            .find(|e| e.trigger.text == trigger)
            .unwrap_or_else(|| panic!("no {trigger:?} candidate: {events:?}"))
            .trigger
            .start
    };
    let lines = format!(
        "{{\"doc\":\"doc\",\"type\":\"meeting\",\"start\":{},\"verdict\":\"real\"}}\n\
         {{\"doc\":\"doc\",\"type\":\"meeting\",\"start\":{},\"verdict\":\"false\"}}\n\
         {{\"doc\":\"doc\",\"type\":\"pledge\",\"start\":{},\"verdict\":\"borderline\"}}\n\
         {{\"doc\":\"doc\",\"type\":\"pledge\",\"start\":{},\"verdict\":\"optional\"}}\n",
        start("meet"),
        start("talks"),
        start("pledged"),
        start("pledged"),
    );
    let verdicts = train::parse_verdicts("a.jsonl", &lines).unwrap();
    let cues = Cues::embedded();
    let cands = train::audited_candidates(&cues, 3, "doc", text, &events, &[], &verdicts);
    let got: Vec<(&str, bool, usize)> = cands
        .iter()
        .map(|c| (c.event_type.as_str(), c.hit, c.set))
        .collect();
    assert_eq!(
        got,
        [("meeting", true, 3), ("meeting", false, 3)],
        "{cands:?}"
    );
    assert!(cands.iter().all(|c| !c.vetoed && !c.features.is_empty()));
    // (line, what the error says)
    let bad = [
        (
            "{\"doc\":\"d\",\"type\":\"meeting\",\"start\":1,\"verdict\":\"maybe\"}",
            "a.jsonl:2: verdict \"maybe\"",
        ),
        ("{\"doc\":\"d\",\"type\":\"meeting\"}", "a.jsonl:2:"),
    ];
    for (line, want) in bad {
        let text = format!("{}\n{line}\n", lines.lines().next().unwrap());
        let err = train::parse_verdicts("a.jsonl", &text).unwrap_err();
        assert!(err.starts_with(want), "{err}");
    }
}
