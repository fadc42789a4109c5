//! Twenty-eighth session's sense model changes: the rule conjoined with
//! the kinds of party named (`rule-kinds`), and the word features fitted
//! with their own L2 strength (`newsevents train --word-l2`): shrunk
//! harder than the word-free features, they leave more of the ranking to
//! what carries over to text the gold lacks.

use newsevents::Extractor;
use newsevents::sense::features::{ArticleCues, Cues, event_features};
use newsevents::sense::train::{self, Candidate, DevSet, Options};

/// The rule with the kinds of party named, on sentences of our own: (article,
/// type, the kinds the feature names after the candidate's rule).
#[test]
fn rule_kinds_names_the_rule_and_the_kinds_of_party() {
    let ex = Extractor::embedded().unwrap().with_sense(None);
    let cues = Cues::embedded();
    let cases = [
        (
            "Japan will lend Indonesia 300 mln dlrs to build power stations, officials said.",
            "pledge",
            "country",
        ),
        (
            "Finance ministers of France and Germany will meet in Brussels on Tuesday.",
            "meeting",
            "country",
        ),
        (
            "The talks dragged on late into the night, a spokesman said.",
            "meeting",
            "none",
        ),
    ];
    let mut n = 0;
    for (text, ty, kinds) in cases {
        let events = ex.extract("doc", text);
        let Some(e) = events.iter().find(|e| e.event_type.as_str() == ty) else {
            assert_eq!(kinds, "none", "a {ty} candidate in {text:?}");
            continue;
        };
        let art = ArticleCues::new(&cues, text, &events);
        let f = event_features(&cues, &art, text, e);
        let rule = e.rule.split_once('/').map_or(e.rule.as_str(), |(_, r)| r);
        let want = format!("{ty}|rule-kinds:{rule}+{kinds}");
        assert!(f.contains(&want), "{want} in {text:?}: {f:?}");
        assert_eq!(
            f.iter().filter(|x| x.contains("|rule-kinds:")).count(),
            1,
            "one rule-kinds feature: {f:?}"
        );
        assert!(f.contains(&format!("{ty}|kinds:{kinds}")), "{f:?}");
        assert_eq!(train::family(&want), "rule-kinds");
        n += 1;
    }
    assert!(n >= 2, "{n} candidates checked");
}

/// Which features take the word features' strength: (a feature of the
/// sentence "Japan agreed to lend Indonesia 300 mln dlrs", its L2 strength
/// with `l2` 4 and `word_l2` 12).
#[test]
fn word_features_take_the_word_strength() {
    let o = Options {
        l2: 4.0,
        word_l2: Some(12.0),
        ..Default::default()
    };
    let cases = [
        ("pledge|word:agreed", 12.0),
        ("pledge|before:agreed", 12.0),
        ("pledge|prev:to", 12.0),
        ("pledge|after:#cap", 12.0),
        ("pledge|next:#cap", 12.0),
        ("pledge|art-word:indonesia", 12.0),
        ("pledge|trig:lend", 4.0),
        ("rule:pledge/offer-finance", 4.0),
        ("pledge|rule-at:offer-finance+after-near", 4.0),
        ("pledge|role-kind:source=country", 4.0),
        ("pledge|near-after:money", 4.0),
        ("pledge|art:aid", 4.0),
    ];
    for (f, want) in cases {
        assert_eq!(o.l2_of(f), want, "{f}");
        // Without a word strength, every feature takes `l2`.
        let plain = Options {
            l2: 4.0,
            ..Default::default()
        };
        assert_eq!(plain.l2_of(f), 4.0, "{f}");
    }
}

/// Two features with the same evidence (each on 40 candidates, 32 of them
/// right, against 40 others with neither, 8 right), one a word and one
/// not: at one strength they weigh the same; with the word strength
/// higher, the word weighs less, and the more so the higher it is.
#[test]
fn a_stronger_word_l2_shrinks_word_weights_only() {
    let mut cands = Vec::new();
    for (k, extra) in [Some("pledge|word:agreed"), Some("pledge|trig:lend"), None]
        .into_iter()
        .enumerate()
    {
        for i in 0..40 {
            let mut features = vec!["pledge|bias".to_string(), "rule:pledge/x".to_string()];
            features.extend(extra.map(str::to_string));
            let right = if extra.is_some() {
                i % 5 != 0
            } else {
                i % 5 == 0
            };
            cands.push(Candidate {
                set: 0,
                doc: format!("d{k}-{i}"),
                event_type: "pledge".into(),
                features,
                hit: right,
                vetoed: false,
                what: String::new(),
            });
        }
    }
    let sets = vec![DevSet {
        name: "team".into(),
        ..Default::default()
    }];
    // (word strength, word weight / other weight: lowest, highest)
    let cases = [
        (None, 0.999, 1.001),
        (Some(4.0), 0.999, 1.001),
        (Some(16.0), 0.2, 0.9),
        (Some(64.0), 0.0, 0.5),
    ];
    for (word_l2, lo, hi) in cases {
        let o = Options {
            folds: 3,
            iterations: 300,
            l2: 4.0,
            word_l2,
            threshold_set: "team".into(),
            ..Default::default()
        };
        let t = train::train(&sets, &cands, &o);
        let w = |f: &str| t.model.weights.get(f).copied().unwrap_or(0.0);
        let (word, other) = (w("pledge|word:agreed"), w("pledge|trig:lend"));
        assert!(
            other > 0.1,
            "{word_l2:?}: the evidence is learned ({other})"
        );
        let ratio = word / other;
        assert!(
            (lo..=hi).contains(&ratio),
            "{word_l2:?}: word {word} other {other} ratio {ratio}"
        );
    }
}
