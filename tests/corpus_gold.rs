//! The team's own articles (`corpus/articles/`, written in newswire style and
//! annotated by hand in `corpus/gold/seed.jsonl` and `synthetic.jsonl`) are
//! extracted with the accuracy we promise: the scores below are floors, a
//! little under what the tool reaches, so any regression fails here.

use newsevents::Extractor;
use newsevents::eval::{Gold, evaluate};
use std::collections::HashMap;

fn report() -> newsevents::eval::Report {
    let mut gold = Gold::default();
    for f in ["corpus/gold/seed.jsonl", "corpus/gold/synthetic.jsonl"] {
        gold.add_jsonl(f, &std::fs::read_to_string(f).unwrap())
            .unwrap();
    }
    let ex = Extractor::embedded().unwrap();
    let mut predicted = HashMap::new();
    for doc in gold.docs.keys() {
        let text = std::fs::read_to_string(format!("corpus/{doc}")).unwrap();
        predicted.insert(doc.clone(), ex.extract(doc, &text));
    }
    evaluate(&gold, &predicted)
}

#[test]
fn team_corpus_meets_its_floors() {
    let r = report();
    assert!(r.docs_not_found.is_empty(), "{:?}", r.docs_not_found);
    assert_eq!(r.docs, 17, "the seed and 16 team articles");
    let floors = [
        ("micro", 0.90),
        ("meeting", 0.90),
        ("pledge", 0.85),
        ("raid", 0.90),
        ("tariff", 0.90),
    ];
    for (name, floor) in floors {
        let s = if name == "micro" {
            &r.micro
        } else {
            &r.types[name]
        };
        assert!(
            s.f1 >= floor,
            "{name} F1 {:.3} below {floor}: {}",
            s.f1,
            newsevents::eval::render(&r, true)
        );
    }
    assert!(
        r.micro.precision >= 0.97,
        "precision {:.3}",
        r.micro.precision
    );
    assert!(
        r.argument_accuracy.accuracy >= 0.85,
        "argument accuracy {:.3}",
        r.argument_accuracy.accuracy
    );
    assert_eq!(
        r.distractors_clean, r.distractors,
        "every distractor article (shareholder meetings, air raids, duty-free, earnings) is free of events"
    );
}
