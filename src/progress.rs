//! What a long run tells the person waiting for it, on stderr: problem
//! lines, a progress bar when stderr is a terminal, and the `--stats`
//! summary line at the end.
//!
//! The command-line glue owns one [`Progress`] per run and calls it for
//! every problem ([`Progress::problem`]) and every article with its records
//! ([`Progress::article`]); the input reader adds the bytes it reads to
//! [`Progress::input_counter`]. Output records stay on stdout, so none of
//! this changes what `jq` or DuckDB read.
//!
//! The bar is shown only when stderr is a terminal and stdout is not (on a
//! terminal it would be drawn among the JSON lines), the inputs are files
//! or folders (not standard input), and `--quiet` is not given. It shows
//! articles, bytes read out of the inputs' total, speed and ETA; problem
//! lines are printed above it, so they stay readable. The bar and the
//! `--stats` line count the same bytes: those read from the inputs (JSON
//! syntax and skipped inputs included), the unit of the inputs' sizes.

use crate::Event;
use crate::input::Problem;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Records whose kinds the `--stats` line counts (events by `type`,
/// mentions by `kind`).
pub trait Tally {
    /// What the records are called in the summary ("events").
    const NOUN: &'static str;
    /// Calls `count` with the kind of every record held ("tariff").
    fn tally(&self, count: &mut dyn FnMut(&str));
}

impl Tally for Event {
    const NOUN: &'static str = "events";
    fn tally(&self, count: &mut dyn FnMut(&str)) {
        count(self.event_type.as_str())
    }
}

impl Tally for crate::mentions::Mention {
    const NOUN: &'static str = "mentions";
    fn tally(&self, count: &mut dyn FnMut(&str)) {
        count(match self.kind {
            crate::mentions::MentionKind::Actor => "actor",
            crate::mentions::MentionKind::Money => "money",
            crate::mentions::MentionKind::Percent => "percent",
            crate::mentions::MentionKind::Count => "count",
        })
    }
}

/// An article's whole result: every record in it.
impl Tally for crate::mentions::MentionLines {
    const NOUN: &'static str = "mentions";
    fn tally(&self, count: &mut dyn FnMut(&str)) {
        for k in &self.kinds {
            count(match k {
                crate::mentions::MentionKind::Actor => "actor",
                crate::mentions::MentionKind::Money => "money",
                crate::mentions::MentionKind::Percent => "percent",
                crate::mentions::MentionKind::Count => "count",
            })
        }
    }
}

/// A worker's records or what kept it from making them (counted: none).
impl<T: Tally, E> Tally for Result<T, E> {
    const NOUN: &'static str = T::NOUN;
    fn tally(&self, count: &mut dyn FnMut(&str)) {
        if let Ok(records) = self {
            records.tally(count);
        }
    }
}

impl<T: Tally> Tally for Vec<T> {
    const NOUN: &'static str = T::NOUN;
    fn tally(&self, count: &mut dyn FnMut(&str)) {
        for r in self {
            r.tally(count);
        }
    }
}

/// What the user asked for on the command line.
#[derive(Debug, Clone, Copy, Default)]
pub struct ProgressOptions {
    /// `--quiet`: no progress bar (problem lines are still printed).
    pub quiet: bool,
    /// `--stats`: print the summary line at the end.
    pub stats: bool,
}

/// Counts of one run, as printed by `--stats`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stats {
    /// Articles processed.
    pub articles: u64,
    /// Bytes read from the inputs (files as they are on disk, JSON lines
    /// with their syntax, skipped inputs too): what the bar counts.
    pub bytes: u64,
    /// Records written, by kind (sorted by name).
    pub by_kind: BTreeMap<String, u64>,
    /// Problems after which an input (file, line) was left out.
    pub skipped: u64,
    /// Problems after which the input was still processed (invalid UTF-8).
    pub warnings: u64,
    /// Wall-clock time of the run.
    pub seconds: f64,
}

impl Stats {
    /// The `--stats` line, e.g. `newsevents: stats: 17 articles, 0.07 MB,
    /// 85 events (meeting 20, pledge 30), 0 inputs skipped, 0 warnings, 0.12 s`.
    /// The kinds in parentheses are `name count` pairs so scripts can parse them.
    pub fn line(&self, noun: &str) -> String {
        let total: u64 = self.by_kind.values().sum();
        let kinds: Vec<String> = self
            .by_kind
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        format!(
            "newsevents: stats: {} articles, {:.2} MB, {total} {noun} ({}), {} inputs skipped, {} warnings, {:.2} s",
            self.articles,
            self.bytes as f64 / 1e6,
            kinds.join(", "),
            self.skipped,
            self.warnings,
            self.seconds
        )
    }
}

/// Progress bar, problem lines and statistics of one run.
pub struct Progress {
    bar: Option<ProgressBar>,
    read: Arc<AtomicU64>,
    stats: Stats,
    noun: &'static str,
    options: ProgressOptions,
    start: Instant,
}

impl Progress {
    /// Starts reporting on a run over `paths` (empty or `-`: standard input).
    /// The bar appears only if stderr is a terminal and stdout is not; see
    /// the module docs.
    pub fn start(paths: &[PathBuf], options: ProgressOptions) -> Self {
        let on_terminal = std::io::stderr().is_terminal() && !std::io::stdout().is_terminal();
        Self::with_terminal(paths, options, on_terminal)
    }

    /// [`Progress::start`] with the terminal test made by the caller (tests):
    /// `terminal` says whether a bar may be drawn.
    pub fn with_terminal(paths: &[PathBuf], options: ProgressOptions, terminal: bool) -> Self {
        let from_files = !paths.is_empty() && paths.iter().all(|p| p.as_os_str() != "-");
        let bar = (terminal && from_files && !options.quiet).then(|| {
            let bar = ProgressBar::with_draw_target(
                Some(crate::input::total_input_bytes(paths)),
                ProgressDrawTarget::stderr_with_hz(5),
            );
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} {msg} [{elapsed_precise}] {wide_bar} {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec} ETA {eta}",
                )
                .expect("the template is valid"),
            );
            bar.set_message("0 articles");
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress {
            bar,
            read: Arc::new(AtomicU64::new(0)),
            stats: Stats::default(),
            noun: "events",
            options,
            start: Instant::now(),
        }
    }

    /// The counter the input reader adds its bytes to
    /// (`Inputs::with_progress`); it moves the bar.
    pub fn input_counter(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.read)
    }

    /// Whether a bar is being drawn.
    pub fn has_bar(&self) -> bool {
        self.bar.is_some()
    }

    /// Prints a problem as one line, `newsevents: INPUT: MESSAGE`, and counts it.
    pub fn problem(&mut self, p: &Problem) {
        if p.skipped {
            self.stats.skipped += 1;
        } else {
            self.stats.warnings += 1;
        }
        let line = format!("newsevents: {}: {}", p.input, p.message);
        match &self.bar {
            Some(bar) => bar.suspend(|| crate::say!("{line}")),
            None => crate::say!("{line}"),
        }
    }

    /// Counts one processed article and the records made from it.
    pub fn article<T: Tally>(&mut self, records: &T) {
        self.noun = T::NOUN;
        self.stats.articles += 1;
        let by_kind = &mut self.stats.by_kind;
        records.tally(&mut |kind| match by_kind.get_mut(kind) {
            Some(n) => *n += 1,
            None => {
                by_kind.insert(kind.to_string(), 1);
            }
        });
        if let Some(bar) = &self.bar {
            bar.set_position(self.read.load(Ordering::Relaxed));
            bar.set_message(format!("{} articles", self.stats.articles));
        }
    }

    /// The counts so far.
    pub fn stats(&self) -> Stats {
        Stats {
            seconds: self.start.elapsed().as_secs_f64(),
            bytes: self.read.load(Ordering::Relaxed),
            ..self.stats.clone()
        }
    }

    /// Clears the bar and, with `--stats`, prints the summary line.
    pub fn finish(self) -> Stats {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        let stats = self.stats();
        if self.options.stats {
            crate::say!("{}", stats.line(self.noun));
        }
        stats
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_line_counts_kinds_skips_and_warnings() {
        let ex = crate::Extractor::embedded().unwrap();
        let text = "Japan pledged 1.5 billion dlrs in aid to the Philippines. Reagan will meet Nakasone in Washington next week.";
        let events = ex.extract("a", text);
        let mut p = Progress::with_terminal(&[], ProgressOptions::default(), false);
        assert!(!p.has_bar());
        // The input reader counts the bytes it reads.
        p.input_counter()
            .fetch_add((text.len() + 17) as u64, Ordering::Relaxed);
        p.article(&events);
        p.article(&Vec::<Event>::new());
        p.problem(&Problem {
            input: "x.txt".into(),
            message: "binary file (NUL bytes): skipped".into(),
            skipped: true,
        });
        p.problem(&Problem {
            input: "y.txt".into(),
            message: "invalid UTF-8".into(),
            skipped: false,
        });
        let s = p.finish();
        assert_eq!(s.articles, 2);
        assert_eq!(s.bytes, (text.len() + 17) as u64);
        assert_eq!(s.by_kind.get("pledge"), Some(&1));
        assert_eq!(s.by_kind.get("meeting"), Some(&1));
        let line = s.line("events");
        assert!(
            line.contains(
                "2 articles, 0.00 MB, 2 events (meeting 1, pledge 1), 1 inputs skipped, 1 warnings"
            ),
            "{line}"
        );
    }

    #[test]
    fn no_bar_without_terminal_on_stdin_or_when_quiet() {
        let dir = vec![PathBuf::from("corpus/articles")];
        let loud = ProgressOptions::default();
        let quiet = ProgressOptions {
            quiet: true,
            stats: false,
        };
        assert!(Progress::with_terminal(&dir, loud, true).has_bar());
        assert!(!Progress::with_terminal(&dir, loud, false).has_bar());
        assert!(!Progress::with_terminal(&dir, quiet, true).has_bar());
        assert!(!Progress::with_terminal(&[], loud, true).has_bar());
        assert!(!Progress::with_terminal(&[PathBuf::from("-")], loud, true).has_bar());
    }
}
