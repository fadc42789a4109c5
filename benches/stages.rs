//! Per-stage benchmarks on a fixed article set (corpus/articles/*.txt, in
//! the repository), so a change to one stage shows up in its own figure.
//! Run: `cargo bench --bench stages` (add `-- segment` to run one group).
//!
//! Every group reports bytes of article text per second. The whole-process
//! figures (against ripgrep, folder mode, startup) come from
//! `benches/throughput.sh`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsevents::input::{InputOptions, Inputs, Item};
use newsevents::output::JsonLines;
use newsevents::{Event, Extractor, segment};
use std::hint::black_box;
use std::io::Cursor;

/// The fixed article set, sorted by file name.
fn articles() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/articles exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no articles in {dir}");
    paths
        .iter()
        .map(|p| {
            let id = p.file_name().unwrap().to_string_lossy().into_owned();
            (id, std::fs::read_to_string(p).unwrap())
        })
        .collect()
}

fn total_bytes(arts: &[(String, String)]) -> u64 {
    arts.iter().map(|(_, t)| t.len() as u64).sum()
}

fn stages(c: &mut Criterion) {
    let arts = articles();
    let bytes = total_bytes(&arts);
    let ex = Extractor::embedded().expect("embedded data is valid");

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(bytes));

    g.bench_function("input_jsonl", |b| {
        let mut jsonl = Vec::new();
        for (id, text) in &arts {
            serde_json::to_writer(&mut jsonl, &serde_json::json!({"id": id, "text": text}))
                .unwrap();
            jsonl.push(b'\n');
        }
        b.iter(|| {
            let reader = Box::new(Cursor::new(jsonl.clone()));
            let n = Inputs::from_jsonl_reader("bench", reader, InputOptions::default())
                .filter(|i| matches!(i, Item::Article(_)))
                .count();
            assert_eq!(n, arts.len());
        })
    });
    g.bench_function("triggers", |b| {
        b.iter(|| {
            for (_, t) in &arts {
                black_box(ex.rules().find_triggers(black_box(t)));
            }
        })
    });
    g.bench_function("segment_sentences", |b| {
        b.iter(|| {
            for (_, t) in &arts {
                black_box(segment::split_sentences(black_box(t)));
            }
        })
    });
    g.bench_function("segment_tokens", |b| {
        b.iter(|| {
            for (_, t) in &arts {
                black_box(segment::tokens(black_box(t), 0));
            }
        })
    });
    g.bench_function("lexicon_actors", |b| {
        b.iter(|| {
            for (_, t) in &arts {
                black_box(ex.lexicon().find(black_box(t), 0, t.len()));
            }
        })
    });
    g.bench_function("quantities", |b| {
        b.iter(|| {
            for (_, t) in &arts {
                black_box(ex.quantities().find(black_box(t)));
            }
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            for (id, t) in &arts {
                black_box(ex.extract(id, black_box(t)));
            }
        })
    });
    let events: Vec<Event> = arts.iter().flat_map(|(id, t)| ex.extract(id, t)).collect();
    assert!(!events.is_empty(), "the article set yields events");
    g.bench_function("output_json", |b| {
        b.iter(|| {
            let mut out = JsonLines::new(Vec::with_capacity(1 << 20));
            for e in &events {
                out.write(e).unwrap();
            }
            out.flush().unwrap();
        })
    });
    g.finish();

    let mut g = c.benchmark_group("startup");
    g.sample_size(10);
    g.bench_function("extractor_embedded", |b| {
        b.iter(|| black_box(Extractor::embedded().unwrap()))
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
