//! The up-front trigger filter (`may_hold_in`, `may_hold_after` in
//! src/extract/mod.rs) changes no output: it drops a trigger before its
//! sentence is tokenised only when `try_rule` would reject it anyway, which
//! holds as long as every check `try_rule` runs before the topic check has
//! no side effects. Each sample below is extracted with the filter on and
//! off and every event (all candidates, before any confidence threshold)
//! must be the same. The shared corpora (both whole: a few seconds) run
//! only where they are present (`$NEWSEVENTS_SHARED`, else `../shared` or `../../shared` from
//! the crate); elsewhere they are skipped with a message.

mod common;
use common::shared_corpus;
use newsevents::Extractor;
use newsevents::input::{InputOptions, Inputs, Item};
use std::io::BufReader;
use std::path::Path;

fn options() -> InputOptions {
    InputOptions {
        max_bytes: 16 << 20,
        stdin_jsonl: true,
    }
}

/// Where a sample's articles come from.
enum Source {
    /// A folder or JSON-lines file of the repository, read whole.
    Repo(&'static str),
    /// A shared corpus file, read whole.
    Shared(&'static str),
}

/// The articles of one sample, read by the CLI's own reader (so texts,
/// offsets and dates are those of `newsevents extract`); `None` when a
/// shared corpus is absent.
fn articles(source: &Source) -> Option<Vec<newsevents::input::Article>> {
    let items: Vec<Item> = match *source {
        Source::Repo(path) => {
            let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
            Inputs::new(&[path], options()).collect()
        }
        Source::Shared(file) => {
            let path = shared_corpus()?.join(file);
            let reader = BufReader::new(std::fs::File::open(path).unwrap());
            Inputs::from_jsonl_reader(file, Box::new(reader), options()).collect()
        }
    };
    Some(
        items
            .into_iter()
            .map(|item| match item {
                Item::Article(a) => a,
                Item::Problem(p) => panic!("{}: {}", p.input, p.message),
            })
            .collect(),
    )
}

#[test]
fn the_up_front_trigger_filter_changes_no_event() {
    // (sample, source, at least this many articles, at least this many events)
    let table: &[(&str, Source, usize, usize)] = &[
        ("team articles", Source::Repo("corpus/articles"), 17, 20),
        (
            "modern batch 18",
            Source::Repo("corpus/modern/articles-18.jsonl"),
            16,
            10,
        ),
        (
            "Reuters-21578",
            Source::Shared("reuters21578.jsonl"),
            19000,
            5000,
        ),
        ("BBC News", Source::Shared("bbc-news.jsonl"), 2200, 1000),
    ];
    let on = Extractor::embedded().unwrap();
    let off = Extractor::embedded().unwrap().with_prefilter(false);
    for (name, source, min_articles, min_events) in table {
        let Some(articles) = articles(source) else {
            eprintln!("{name}: shared corpora not found: skipped");
            continue;
        };
        assert!(
            articles.len() >= *min_articles,
            "{name}: {} articles",
            articles.len()
        );
        let (mut events, mut differ) = (0usize, Vec::new());
        for a in &articles {
            let filtered = on.extract_dated(&a.id, &a.text, a.date.as_deref());
            let unfiltered = off.extract_dated(&a.id, &a.text, a.date.as_deref());
            events += unfiltered.len();
            // Whole events compared; a difference is shown by rule and trigger.
            let json = |es: &[newsevents::Event]| {
                es.iter()
                    .map(|e| serde_json::to_string(e).unwrap())
                    .collect::<Vec<_>>()
            };
            let (f, u) = (json(&filtered), json(&unfiltered));
            if f != u {
                let only = |es: &[newsevents::Event], other: &[String]| {
                    es.iter()
                        .zip(json(es))
                        .filter(|(_, j)| !other.contains(j))
                        .map(|(e, _)| {
                            format!("{} {:?}@{}", e.rule, e.trigger.text, e.trigger.start)
                        })
                        .collect::<Vec<_>>()
                };
                differ.push(format!(
                    "{}: filter on {} events, off {}; only on: {:?}; only off: {:?}",
                    a.id,
                    f.len(),
                    u.len(),
                    only(&filtered, &u),
                    only(&unfiltered, &f),
                ));
            }
        }
        assert!(
            events >= *min_events,
            "{name}: only {events} events over {} articles",
            articles.len()
        );
        assert!(
            differ.is_empty(),
            "{name}: {} of {} articles differ with the filter off:\n{}",
            differ.len(),
            articles.len(),
            differ[..differ.len().min(5)].join("\n")
        );
    }
}
