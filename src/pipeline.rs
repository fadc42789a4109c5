//! The parallel driver: read, process and consume a stream of items at the
//! same time, on all cores, with results delivered in input order and
//! memory bounded however long the stream.
//!
//! Three kinds of threads share the work:
//! - a reader thread pulls items from the source (for `newsevents`, the
//!   lazy [`crate::input::Inputs`] iterator: file reads, JSON parsing) and
//!   groups them into batches;
//! - the rayon pool (`-j N` threads) runs the `work` closure on every item of
//!   every batch, several batches at once;
//! - the calling thread hands batches to the pool and passes the results,
//!   reordered, to the `consume` closure (for `newsevents`, the JSON-lines
//!   writer on stdout).
//!
//! Reading, extraction and writing therefore overlap, and the output is
//! byte-for-byte the same whatever the number of threads. Memory is bounded
//! by a byte budget: the reader does not read further while the items read
//! but not yet consumed weigh more than [`Pipeline::budget_bytes`] (a single
//! item heavier than the budget is still let through, alone).
//!
//! ```
//! use newsevents::pipeline::{Pipeline, Weight};
//! use std::ops::ControlFlow;
//!
//! struct Line(String);
//! impl Weight for Line {
//!     fn weight(&self) -> usize {
//!         self.0.len()
//!     }
//! }
//! let lines: Vec<Line> = (0..1000).map(|i| Line(format!("line {i}"))).collect();
//! let mut out = Vec::new();
//! Pipeline::default()
//!     .run(
//!         move || lines.into_iter(),
//!         |l: &Line| l.0.len(),
//!         |l: Line, n: usize| {
//!             out.push((l.0, n));
//!             Ok::<_, ()>(ControlFlow::Continue(()))
//!         },
//!     )
//!     .unwrap();
//! assert_eq!(out[999], ("line 999".to_string(), 8));
//! ```

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};

/// How heavy an item is in memory, in bytes (roughly): what the pipeline
/// counts against its budget so that memory stays flat.
pub trait Weight {
    /// Approximate bytes held by the item.
    fn weight(&self) -> usize;
}

impl Weight for crate::input::Article {
    fn weight(&self) -> usize {
        self.text.len() + self.id.len() + 64
    }
}

impl Weight for crate::input::Item {
    fn weight(&self) -> usize {
        match self {
            crate::input::Item::Article(a) => a.weight(),
            crate::input::Item::Problem(p) => p.input.len() + p.message.len() + 64,
        }
    }
}

/// Batch and memory limits of the parallel driver. The defaults suit news
/// articles (a few KiB each) on any number of cores.
#[derive(Debug, Clone)]
pub struct Pipeline {
    /// Most items in one batch (a batch is the unit handed to the pool).
    pub batch_items: usize,
    /// A batch is closed once its items weigh this many bytes.
    pub batch_bytes: usize,
    /// Most bytes read but not yet consumed; the reader waits beyond it.
    pub budget_bytes: usize,
}

impl Default for Pipeline {
    /// Batches of at most 64 items or 64 KiB, and four batches per worker
    /// thread of the rayon pool in flight (at least 1 MiB): enough to keep
    /// every core busy, little enough that memory does not depend on the corpus.
    fn default() -> Self {
        let batch_bytes = 64 * 1024;
        Pipeline {
            batch_items: 64,
            batch_bytes,
            budget_bytes: (4 * batch_bytes * rayon::current_num_threads()).max(1024 * 1024),
        }
    }
}

/// Bytes read but not yet consumed, shared by the reader and the consumer.
struct Budget {
    state: Mutex<BudgetState>,
    freed: Condvar,
    limit: usize,
}

struct BudgetState {
    in_flight: usize,
    /// The consumer stopped early: the reader must stop too.
    closed: bool,
}

impl Budget {
    /// Takes `w` bytes if they fit now (or nothing is in flight).
    fn try_take(&self, w: usize) -> bool {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if s.closed {
            return false;
        }
        if s.in_flight == 0 || s.in_flight + w <= self.limit {
            s.in_flight += w;
            true
        } else {
            false
        }
    }

    /// Waits until `w` bytes fit (or nothing is in flight) and takes them;
    /// false when the consumer has stopped.
    fn take(&self, w: usize) -> bool {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while !s.closed && s.in_flight != 0 && s.in_flight + w > self.limit {
            s = self.freed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        if s.closed {
            return false;
        }
        s.in_flight += w;
        true
    }

    fn give_back(&self, w: usize) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.in_flight = s.in_flight.saturating_sub(w);
        self.freed.notify_all();
    }

    fn close(&self) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.closed = true;
        self.freed.notify_all();
    }
}

/// A panic payload carried from another thread to the caller.
type Panic = Box<dyn std::any::Any + Send + 'static>;

/// What the calling thread receives, from the reader or from the pool.
enum Message<T, R> {
    /// A batch read, with its sequence number and weight.
    Batch(usize, Vec<T>, usize),
    /// A batch processed (or the panic of its `work`), with its sequence number.
    Done(usize, Vec<T>, Result<Vec<R>, Panic>, usize),
    /// The reader has no more items; the number of batches it sent.
    End(usize),
    /// The source panicked.
    ReaderPanicked(Panic),
}

impl Pipeline {
    /// Runs `work` on every item of `source` on the rayon pool and calls
    /// `consume` with each item and its result, in source order, on the
    /// calling thread. `source` is called on a reader thread of its own (so
    /// the iterator need not be `Send`, only the closure making it).
    ///
    /// `consume` returning `ControlFlow::Break` (the output pipe closed) or
    /// an error stops the run: no further item is consumed and the reader
    /// stops at its next item (it is not waited for: it may be blocked on a
    /// terminal). A panic in the source or in `work` is propagated.
    pub fn run<T, R, E, I, S, W, C>(&self, source: S, work: W, consume: C) -> Result<(), E>
    where
        S: FnOnce() -> I + Send + 'static,
        I: Iterator<Item = T>,
        T: Weight + Send + Sync + 'static,
        R: Send + 'static,
        W: Fn(&T) -> R + Sync,
        C: FnMut(T, R) -> Result<ControlFlow<()>, E>,
    {
        self.run_batches(
            source,
            |items: &[T]| {
                use rayon::prelude::*;
                items.par_iter().map(&work).collect()
            },
            consume,
        )
    }

    /// [`Pipeline::run`] with `work` called on runs of up to `chunk`
    /// consecutive items of a batch (one result per item, in order), for
    /// work that pays to do stage by stage over several items (an
    /// automaton run over each item in turn stays in the cache).
    pub fn run_chunked<T, R, E, I, S, W, C>(
        &self,
        source: S,
        chunk: usize,
        work: W,
        consume: C,
    ) -> Result<(), E>
    where
        S: FnOnce() -> I + Send + 'static,
        I: Iterator<Item = T>,
        T: Weight + Send + Sync + 'static,
        R: Send + 'static,
        W: Fn(&[T]) -> Vec<R> + Sync,
        C: FnMut(T, R) -> Result<ControlFlow<()>, E>,
    {
        let chunk = chunk.max(1);
        self.run_batches(
            source,
            |items: &[T]| {
                use rayon::prelude::*;
                let done: Vec<Vec<R>> = items.par_chunks(chunk).map(&work).collect();
                done.into_iter().flatten().collect()
            },
            consume,
        )
    }

    /// The pipeline of [`Pipeline::run`], `work` making a whole batch's results.
    fn run_batches<T, R, E, I, S, W, C>(&self, source: S, work: W, mut consume: C) -> Result<(), E>
    where
        S: FnOnce() -> I + Send + 'static,
        I: Iterator<Item = T>,
        T: Weight + Send + Sync + 'static,
        R: Send + 'static,
        W: Fn(&[T]) -> Vec<R> + Sync,
        C: FnMut(T, R) -> Result<ControlFlow<()>, E>,
    {
        let budget = Arc::new(Budget {
            state: Mutex::new(BudgetState {
                in_flight: 0,
                closed: false,
            }),
            freed: Condvar::new(),
            limit: self.budget_bytes.max(1),
        });
        let (tx, rx) = mpsc::channel::<Message<T, R>>();
        let reader = {
            let budget = Arc::clone(&budget);
            let tx = tx.clone();
            let (max_items, max_bytes) = (self.batch_items.max(1), self.batch_bytes.max(1));
            std::thread::Builder::new()
                .name("newsevents-reader".into())
                .spawn(move || {
                    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        read_batches(source, &budget, &tx, max_items, max_bytes)
                    }));
                    if let Err(panic) = read {
                        let _ = tx.send(Message::ReaderPanicked(panic));
                    }
                })
                .expect("cannot start the reader thread")
        };
        let work = &work;
        let mut outcome: Result<(), E> = Ok(());
        let mut panicked: Option<Panic> = None;
        let mut reader_done = false;
        rayon::in_place_scope(|scope| {
            let mut next = 0usize; // next batch to consume
            let mut total: Option<usize> = None; // batches the reader sent
            let mut finished: BTreeMap<usize, (Vec<T>, Vec<R>, usize)> = BTreeMap::new();
            'run: while total != Some(next) {
                // The caller holds a sender, so this only fails if all is lost.
                let Ok(msg) = rx.recv() else { break };
                match msg {
                    Message::Batch(seq, items, weight) => {
                        let tx = tx.clone();
                        scope.spawn(move |_| {
                            let results =
                                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                    work(&items[..])
                                }));
                            let _ = tx.send(Message::Done(seq, items, results, weight));
                        });
                    }
                    Message::End(n) => {
                        total = Some(n);
                        reader_done = true;
                    }
                    Message::ReaderPanicked(p) => {
                        panicked = Some(p);
                        break 'run;
                    }
                    Message::Done(_, _, Err(p), _) => {
                        panicked = Some(p);
                        break 'run;
                    }
                    Message::Done(seq, items, Ok(results), weight) => {
                        finished.insert(seq, (items, results, weight));
                        while let Some((items, results, weight)) = finished.remove(&next) {
                            for (item, result) in items.into_iter().zip(results) {
                                match consume(item, result) {
                                    Ok(ControlFlow::Continue(())) => {}
                                    Ok(ControlFlow::Break(())) => break 'run,
                                    Err(e) => {
                                        outcome = Err(e);
                                        break 'run;
                                    }
                                }
                            }
                            budget.give_back(weight);
                            next += 1;
                        }
                    }
                }
            }
            // Stop the reader if it is still going; leaving the scope waits
            // for the batches still being processed (their results are dropped).
            budget.close();
        });
        if let Some(p) = panicked {
            std::panic::resume_unwind(p);
        }
        if reader_done {
            // It sent End and is returning; nothing can fail here.
            let _ = reader.join();
        }
        outcome
    }
}

/// The reader thread: items from the source, grouped into batches, each
/// item's bytes taken from the budget before it is read further.
fn read_batches<T: Weight, R, I: Iterator<Item = T>>(
    source: impl FnOnce() -> I,
    budget: &Budget,
    tx: &mpsc::Sender<Message<T, R>>,
    max_items: usize,
    max_bytes: usize,
) {
    let mut seq = 0usize;
    let mut batch: Vec<T> = Vec::with_capacity(max_items);
    let mut bytes = 0usize;
    let mut send = |batch: &mut Vec<T>, bytes: &mut usize| -> bool {
        if batch.is_empty() {
            return true;
        }
        let full = std::mem::replace(batch, Vec::with_capacity(max_items));
        let ok = tx.send(Message::Batch(seq, full, *bytes)).is_ok();
        seq += 1;
        *bytes = 0;
        ok
    };
    for item in source() {
        let w = item.weight();
        if !budget.try_take(w) {
            // Send what is held before waiting, or the wait could be for
            // bytes this very batch holds.
            if !send(&mut batch, &mut bytes) || !budget.take(w) {
                return;
            }
        }
        bytes += w;
        batch.push(item);
        if (batch.len() >= max_items || bytes >= max_bytes) && !send(&mut batch, &mut bytes) {
            return;
        }
    }
    if send(&mut batch, &mut bytes) {
        let _ = tx.send(Message::End(seq));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    struct Blob(usize, Vec<u8>);
    impl Weight for Blob {
        fn weight(&self) -> usize {
            self.1.len()
        }
    }

    fn blobs(n: usize, size: usize) -> impl Iterator<Item = Blob> {
        (0..n).map(move |i| Blob(i, vec![(i % 251) as u8; size]))
    }

    #[test]
    fn results_arrive_in_source_order_with_tiny_batches() {
        let p = Pipeline {
            batch_items: 3,
            batch_bytes: 1 << 20,
            budget_bytes: 1 << 20,
        };
        let mut seen = Vec::new();
        p.run(
            || blobs(1000, 10),
            |b: &Blob| {
                // Uneven work so that batches finish out of order.
                if b.0.is_multiple_of(7) {
                    std::thread::sleep(std::time::Duration::from_micros(200));
                }
                b.0 * 2
            },
            |b: Blob, r: usize| {
                assert_eq!(r, b.0 * 2);
                seen.push(b.0);
                Ok::<_, ()>(ControlFlow::Continue(()))
            },
        )
        .unwrap();
        assert_eq!(seen, (0..1000).collect::<Vec<_>>());
    }

    /// `run_chunked` hands `work` runs of at most `chunk` consecutive items
    /// of a batch and gives each item its own result, in source order.
    #[test]
    fn chunked_results_arrive_in_source_order() {
        for (batch_items, chunk) in [(64, 16), (10, 3), (5, 8), (1, 1)] {
            let p = Pipeline {
                batch_items,
                batch_bytes: 1 << 20,
                budget_bytes: 1 << 20,
            };
            let mut seen = Vec::new();
            p.run_chunked(
                || blobs(500, 10),
                chunk,
                |run: &[Blob]| {
                    assert!(!run.is_empty() && run.len() <= chunk);
                    assert!(run.windows(2).all(|w| w[1].0 == w[0].0 + 1));
                    run.iter().map(|b| b.0 * 3).collect()
                },
                |b: Blob, r: usize| {
                    assert_eq!(r, b.0 * 3);
                    seen.push(b.0);
                    Ok::<_, ()>(ControlFlow::Continue(()))
                },
            )
            .unwrap();
            assert_eq!(seen, (0..500).collect::<Vec<_>>());
        }
    }

    #[test]
    fn items_in_flight_stay_within_the_budget() {
        // 200 items of 10 KiB with a 50 KiB budget: never more than ~5 read
        // ahead of the consumer.
        let p = Pipeline {
            batch_items: 2,
            batch_bytes: 1 << 20,
            budget_bytes: 50 * 1024,
        };
        let read = Arc::new(AtomicUsize::new(0));
        let read2 = Arc::clone(&read);
        let mut consumed = 0usize;
        let mut most_ahead = 0usize;
        p.run(
            move || {
                blobs(200, 10 * 1024).inspect(move |_| {
                    read2.fetch_add(1, Ordering::SeqCst);
                })
            },
            |b: &Blob| b.1.len(),
            |_b: Blob, _r: usize| {
                consumed += 1;
                std::thread::sleep(std::time::Duration::from_micros(100));
                most_ahead = most_ahead.max(read.load(Ordering::SeqCst) - consumed);
                Ok::<_, ()>(ControlFlow::Continue(()))
            },
        )
        .unwrap();
        assert_eq!(consumed, 200);
        // 5 items fit in the budget, plus the one the reader holds while waiting.
        assert!(most_ahead <= 6, "{most_ahead} items were read ahead");
    }

    #[test]
    fn an_item_larger_than_the_budget_still_passes() {
        let p = Pipeline {
            batch_items: 4,
            batch_bytes: 1024,
            budget_bytes: 1024,
        };
        let mut sizes = Vec::new();
        p.run(
            || {
                [10usize, 5000, 10, 7000, 10]
                    .into_iter()
                    .enumerate()
                    .map(|(i, n)| Blob(i, vec![0; n]))
            },
            |b: &Blob| b.1.len(),
            |_b: Blob, r: usize| {
                sizes.push(r);
                Ok::<_, ()>(ControlFlow::Continue(()))
            },
        )
        .unwrap();
        assert_eq!(sizes, vec![10, 5000, 10, 7000, 10]);
    }

    #[test]
    fn break_stops_consuming_and_errors_are_returned() {
        let mut n = 0;
        Pipeline::default()
            .run(
                || blobs(10_000, 1),
                |b: &Blob| b.0,
                |_b: Blob, _r: usize| {
                    n += 1;
                    Ok::<_, ()>(if n == 5 {
                        ControlFlow::Break(())
                    } else {
                        ControlFlow::Continue(())
                    })
                },
            )
            .unwrap();
        assert_eq!(n, 5);
        let mut m = 0;
        let r = Pipeline::default().run(
            || blobs(10_000, 1),
            |b: &Blob| b.0,
            |_b: Blob, r: usize| {
                m += 1;
                if r == 41 {
                    Err("disk full")
                } else {
                    Ok(ControlFlow::Continue(()))
                }
            },
        );
        assert_eq!(r, Err("disk full"));
        assert_eq!(m, 42);
    }

    #[test]
    fn an_empty_source_consumes_nothing() {
        let mut n = 0;
        Pipeline::default()
            .run(
                std::iter::empty::<Blob>,
                |b: &Blob| b.0,
                |_b: Blob, _r: usize| {
                    n += 1;
                    Ok::<_, ()>(ControlFlow::Continue(()))
                },
            )
            .unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    #[should_panic(expected = "work failed")]
    fn a_panic_in_work_reaches_the_caller() {
        let _ = Pipeline::default().run(
            || blobs(100, 1),
            |b: &Blob| {
                if b.0 == 50 {
                    panic!("work failed");
                }
                b.0
            },
            |_b: Blob, _r: usize| Ok::<_, ()>(ControlFlow::Continue(())),
        );
    }
}
