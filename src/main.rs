//! The `newsevents` command: flag definitions and glue. The work happens in
//! the library's stages (see `src/lib.rs`).

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use newsevents::input::{Article, InputOptions, Inputs, Item};
use newsevents::lexicon::Lexicon;
use newsevents::output::{Stdout, WriteOutcome};
use newsevents::rules::{RuleSet, RuleSources};
use newsevents::{Event, Extractor};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: articles are allocated on the
/// reader thread and events on the workers, and all are freed on the
/// writing thread; glibc's malloc serialises such cross-thread frees on
/// its arena locks (futex wake-ups in the profile), mimalloc does not, and
/// its small allocations are cheaper too.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its `mimalloc.h`, option 15): how
/// many milliseconds freed memory is kept before it goes back to the system.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory goes back to the system after 1 ms instead of mimalloc's
/// default 10 ms, so peak RSS stays low and flat however long the input.
/// Measured at 30d6b41 (`/usr/bin/time -f %M`, 3 runs each, 20 MB / 164 MB
/// of JSON lines): 15.8–16.5 / 16.8–17.2 MiB at 1 ms against 17.4–17.9 /
/// 18.5–19.3 MiB at 10 ms; wall time within 2% (8 alternating runs, 70 MB).
///
/// During start-up nothing is given back (-1): the data files' parsers free
/// and allocate again within milliseconds, and purging after 1 ms cost 308
/// `madvise` calls and the page faults of memory touched again.
fn settle_allocator(starting: bool) {
    // SAFETY: sets one integer option; mimalloc allows setting options at
    // any time. This runs before any other thread is started, and again
    // when start-up's threads are joined and before the workers start
    // (the signal thread waits on a pipe and does not allocate).
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, if starting { -1 } else { 1 }) };
}

#[derive(Parser)]
#[command(
    name = "newsevents",
    version,
    about = "Extract pledge, tariff, raid and meeting events from news articles as JSON lines.",
    long_about = "Extract pledge, tariff, raid and meeting events from news articles as JSON lines.\n\n\
Examples:\n  newsevents extract corpus/articles/ | jq -c 'select(.type == \"tariff\")'\n  \
newsevents extract --jsonl < corpus/feed.jsonl > events.jsonl\n  \
newsevents eval --gold corpus/gold/synthetic.jsonl corpus/",
    after_help = "Exit status: 0 every input processed (warnings included); 2 some input skipped (see stderr); 1 usage or fatal error, or output that could not be written; 130/143 stopped by SIGINT/SIGTERM after the line being written."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write one JSON object per event found in the articles.
    ///
    /// Example: newsevents extract corpus/ | jq -c 'select(.type == "pledge")'
    Extract(ExtractArgs),
    /// Write one JSON object per money amount, percentage, head count and actor.
    ///
    /// Example: newsevents mentions corpus/ | jq -c 'select(.kind == "money")'
    Mentions(MentionsArgs),
    /// Compare extraction with gold annotations: precision, recall, F1 per type.
    ///
    /// Example: newsevents eval --gold corpus/gold/synthetic.jsonl corpus/
    Eval(EvalArgs),
    /// Train the sense model on gold annotations: cross-validated figures,
    /// calibration and the default thresholds; writes the model file.
    ///
    /// Example: scripts/train-sense.sh (newsevents train --gold random=corpus/gold/random-a.jsonl
    /// --out data/model/sense.json ../shared/corpus/)
    Train(Box<TrainArgs>),
    /// List or test the active event rules.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Fold events (JSON lines from `extract`) into one record per event key,
    /// with `mentions` and `docs`, in first-seen order.
    ///
    /// Example: newsevents extract corpus/ | newsevents dedupe > distinct.jsonl
    Dedupe {
        /// Event files (JSON lines). None, or "-", reads standard input.
        paths: Vec<PathBuf>,
    },
}

/// The articles to read and how: what `extract`, `mentions` and `eval` share.
#[derive(Args, Clone)]
struct InputArgs {
    /// Files or folders to read (folders recursively: .txt/.text/.md one article each,
    /// .jsonl/.ndjson one article per line). None, or "-", reads standard input.
    paths: Vec<PathBuf>,
    /// Standard input holds JSON lines ({"id","text","title"?,"date"?}), one article each
    /// (also guessed, with a note, when its first non-blank byte is '{').
    #[arg(long)]
    jsonl: bool,
    /// Skip (with a message) any article larger than this many bytes.
    #[arg(long, default_value_t = 16 * 1024 * 1024, value_name = "BYTES")]
    max_bytes: usize,
    /// Worker threads (default: number of cores).
    #[arg(short = 'j', long, value_name = "N")]
    jobs: Option<usize>,
    /// No progress bar (it is shown only when stderr is a terminal and stdout is not).
    #[arg(short, long)]
    quiet: bool,
    /// Print one summary line to stderr at the end: articles, bytes read, records
    /// per type, inputs skipped, seconds.
    #[arg(long)]
    stats: bool,
    /// The date of every article that gives none of its own (no JSON "date",
    /// no date line or dateline at the top of a text file): events' times
    /// ("on Tuesday", "next month") are resolved against it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_run_date)]
    date: Option<String>,
}

/// `--date`: an ISO 8601 day, checked as a real date.
fn parse_run_date(s: &str) -> Result<String, String> {
    let ok = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
    match newsevents::dates::Day::parse(s).filter(|_| ok) {
        Some(d) => Ok(d.to_string()),
        None => Err(format!(
            "{s:?} is not a date as YYYY-MM-DD (for example 2025-09-04)"
        )),
    }
}

/// The date an article is resolved against: its own if readable, else `--date`.
fn article_date<'a>(a: &'a Article, c: &'a InputArgs) -> Option<&'a str> {
    a.date
        .as_deref()
        .filter(|d| newsevents::dates::Day::parse(d).is_some())
        .or(c.date.as_deref())
}

/// [`article_date`] read as a day, each date parsed once (parsing the
/// Reuters form twice an article was 1.2% of `extract`'s instructions).
fn article_day(a: &Article, c: &InputArgs) -> Option<newsevents::dates::Day> {
    let parse = |d: &Option<String>| d.as_deref().and_then(newsevents::dates::Day::parse);
    parse(&a.date).or_else(|| parse(&c.date))
}

/// Extra actor dictionaries and word tables.
#[derive(Args, Clone)]
struct LexiconArgs {
    /// Extra actor lexicon (JSON lines; see README). Repeatable; later files override.
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
    /// Extra word tables (TOML; see docs/RULES.md): currencies, scale words,
    /// abbreviations, titles ... Repeatable; later files add entries and re-code words.
    #[arg(long, value_name = "FILE")]
    tables: Vec<PathBuf>,
}

/// The ontology code mapping of events.
#[derive(Args, Clone)]
struct CodesArgs {
    /// Event-to-code mapping (TOML in the form of data/codes.toml) used instead
    /// of the built-in one for `cameo`, `plover` and `key`.
    #[arg(long, value_name = "FILE")]
    codes: Option<PathBuf>,
}

/// The sense model that gives events their confidence, and which to keep.
#[derive(Args, Clone)]
struct ModelArgs {
    /// Sense model file (JSON, as written by `newsevents train`) instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    /// Drop events whose confidence is below X (0 keeps every event; default: the
    /// model's threshold for the event's type: meetings and pledges each for the best
    /// F1 on articles drawn at random, cross-validated, at precision >= 0.90 on the
    /// rules' candidates and >= 0.85 with the candidates the rules' vetoes remove counted
    /// as unseen text would hold them, the median of that choice made on 25 folds (five
    /// fold splits); tariffs and raids for precision >= 0.90).
    #[arg(long, value_name = "X")]
    min_confidence: Option<f64>,
}

/// Which event rules are active.
#[derive(Args, Clone)]
struct RuleArgs {
    /// Extra rule folder (*.toml; see README). Repeatable.
    #[arg(long, value_name = "DIR")]
    rules: Vec<PathBuf>,
    /// Start without the built-in rules and cues (use with --rules).
    #[arg(long)]
    no_default_rules: bool,
    /// Ignore every rule's `veto` list and the trigger-sense checks ("meet"
    /// a target, one body's own meeting, a pledge verb with no money, a
    /// domestic levy): shows what they remove, the candidates of text they
    /// were not tuned on (`train` adds these itself).
    #[arg(long)]
    no_vetoes: bool,
}

#[derive(Args)]
struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    lexicon: LexiconArgs,
    #[command(flatten)]
    rules: RuleArgs,
    #[command(flatten)]
    codes: CodesArgs,
    #[command(flatten)]
    model: ModelArgs,
    /// Add to each event an "explain" object: the rule and its description, the
    /// cue words (with offsets) behind its modality, its conditions and each actor's
    /// role, and the sense model's score and weightiest features.
    ///
    /// Example: newsevents extract --explain corpus/ | jq -c '.explain'
    #[arg(long)]
    explain: bool,
}

#[derive(Args)]
struct MentionsArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    lexicon: LexiconArgs,
}

#[derive(Args)]
struct EvalArgs {
    /// Gold annotation file (JSON lines, see ../shared/ANNOTATION.md). Repeatable.
    #[arg(long, required = true, value_name = "FILE")]
    gold: Vec<PathBuf>,
    /// List every miss, false positive and wrong argument with its sentence.
    #[arg(long)]
    verbose: bool,
    /// Print the figures as one JSON object.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    lexicon: LexiconArgs,
    #[command(flatten)]
    rules: RuleArgs,
    #[command(flatten)]
    codes: CodesArgs,
    #[command(flatten)]
    model: ModelArgs,
}

#[derive(Args)]
struct TrainArgs {
    /// Gold file, optionally named by its development set: `random=corpus/gold/random-a.jsonl`
    /// (without `SET=`, the file name is the set). Repeatable.
    #[arg(long, required = true, value_name = "[SET=]FILE")]
    gold: Vec<String>,
    /// Judged output of unannotated articles, as `SET=FILE` (JSON lines
    /// `{"doc","type","start","verdict"}`, verdict `real`, `false` or
    /// `borderline`): the candidates judged real or false join the fit and
    /// are scored like the gold sets' (precision only: no recall). Repeatable.
    #[arg(long, value_name = "SET=FILE")]
    audit: Vec<String>,
    /// Write the model here (e.g. data/model/sense.json); without it only the figures are printed.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Cross-validation folds (articles assigned by a hash of their id).
    #[arg(long, default_value_t = 5)]
    folds: usize,
    /// L2 regularisation strength (4: the best 5-fold F1 on the random set's
    /// fresh candidates among 0.5, 1, 2, 3, 4 and 6, and better than 0.5 when
    /// the random set is scored by a model fitted on the other sets only).
    #[arg(long, default_value_t = 4.0)]
    l2: f64,
    /// L2 strength of the word features (sentence words, the window around
    /// the trigger, the article head's words). 12, three times --l2:
    /// twenty-eighth session, with rule-kinds, random set with the
    /// thresholds cross-validated micro F1 0.798 at 4, 0.802 at 8, 0.804 at
    /// 12; random left one set out 0.780, 0.786, 0.790; no set lower.
    #[arg(long, default_value_t = 12.0)]
    word_l2: f64,
    /// The set whose cross-validated precision picks the default thresholds.
    #[arg(long, default_value = "random")]
    threshold_set: String,
    /// Precision every type should reach on that set at its default threshold.
    #[arg(long, default_value_t = 0.90)]
    target_precision: f64,
    /// Write every labelled candidate's out-of-fold confidence here, one JSON
    /// line each ({"set","doc","type","vetoed","right","confidence","leave_set_out","what","features"}).
    #[arg(long, value_name = "FILE")]
    out_of_fold: Option<PathBuf>,
    /// A type's own precision target, as TYPE=P (others: --target-precision). Repeatable.
    #[arg(long, value_name = "TYPE=P")]
    type_precision: Vec<String>,
    /// Choose the thresholds of the types the threshold set holds enough of
    /// together: the best micro F1 on its fresh pool at this micro precision.
    #[arg(long, value_name = "P", overrides_with = "micro_precision")]
    micro_precision: Option<f64>,
    /// With --micro-precision: the precision each type chosen together must
    /// keep on its own on that pool (default 0: none). Given twice, the last wins
    /// (scripts/train-sense.sh sets it; flags passed to the script come after).
    #[arg(
        long,
        value_name = "P",
        default_value_t = 0.0,
        overrides_with = "type_floor"
    )]
    type_floor: f64,
    /// Keep the words of the rules' veto lists as word features (by default
    /// they are masked: see `sense::train::mask_words`).
    #[arg(long)]
    no_mask_vetoes: bool,
    /// Fit only on the shipped rules' candidates, not also on those their
    /// vetoes remove (which are measured either way).
    #[arg(long)]
    no_fit_vetoed: bool,
    /// How much a set's candidates count in the fit, as SET=WEIGHT (default 1). Repeatable.
    #[arg(long, value_name = "SET=WEIGHT")]
    set_weight: Vec<String>,
    /// Leave out one family of features (`word`, `before`, `trig`, `rule`,
    /// `trig-art` ...: see `sense::train::family`), to measure what it is
    /// worth. Repeatable.
    #[arg(long, value_name = "FAMILY")]
    drop_feature: Vec<String>,
    /// Leave out features found in fewer than N annotated articles (15: on
    /// the eighth session's rules, of 5, 10, 15, 20 and 40 the best random-set
    /// F1 left one set out, 0.732 against 0.724 at 20, and 5-fold 0.762
    /// against 0.756 averaged over 4 to 10 folds; about 700 features of 12,400).
    #[arg(long, value_name = "N", default_value_t = 15)]
    min_docs: usize,
    /// Choose the thresholds of the types the threshold set holds enough of
    /// one type at a time: the best F1 on its fresh pool among the
    /// thresholds with precision >= --target-precision (or the type's own)
    /// on its shipped candidates and >= P on the fresh pool; the shipped
    /// threshold is the median of that choice on every fold's complement.
    /// --micro-precision, when also given, wins.
    #[arg(long, value_name = "P", overrides_with = "fresh_floor")]
    fresh_floor: Option<f64>,
    /// With --fresh-floor: the F1 of each threshold step is averaged over N
    /// steps of 0.01 either side.
    #[arg(long, value_name = "N", default_value_t = 0, overrides_with = "smooth")]
    smooth: usize,
    /// With --fresh-floor: how many fold splits (seeds --fold-seed,
    /// --fold-seed + 1, ...) the threshold choice is made on; the median is
    /// taken over the picks of all their folds.
    #[arg(
        long,
        value_name = "N",
        default_value_t = 1,
        overrides_with = "threshold_repeats"
    )]
    threshold_repeats: usize,
    /// Seed of the fold split (0: FNV-1a of the article id, the split used
    /// so far); another seed is another reproducible split, for measuring
    /// how much the figures and thresholds depend on it.
    #[arg(long, value_name = "N", default_value_t = 0)]
    fold_seed: u64,
    /// Leave out the candidates of this rule (its right ones become
    /// misses), as if the rule were removed: for measuring how much the
    /// thresholds move with the data. Repeatable.
    #[arg(long, value_name = "ID")]
    drop_rule: Vec<String>,
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    lexicon: LexiconArgs,
    #[command(flatten)]
    rules: RuleArgs,
    #[command(flatten)]
    codes: CodesArgs,
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Print the active rules: id, type, triggers.
    List {
        #[command(flatten)]
        rules: RuleArgs,
        #[command(flatten)]
        lexicon: LexiconArgs,
    },
    /// Run rule examples exactly as `extract` with the same flags would (built-in
    /// rules and cues unless --no-default-rules): every rule's, or with --rules
    /// only those of the given folders. Exit 1 if any fails.
    ///
    /// Example: newsevents rules test --rules tests/rules
    Test {
        #[command(flatten)]
        rules: RuleArgs,
        #[command(flatten)]
        lexicon: LexiconArgs,
    },
}

fn main() -> ExitCode {
    settle_allocator(true);
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => return clap_exit(e),
    };
    if let Err(e) = newsevents::output::stop_on_signals() {
        newsevents::say!("newsevents: cannot watch for signals: {e}");
        return ExitCode::from(1);
    }
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            newsevents::say!(
                "newsevents: {}",
                newsevents::diagnostics::tidy(&format!("{e:#}"))
            );
            ExitCode::from(1)
        }
    }
}

/// Prints clap's help, version or usage error. Help and version go to
/// stdout like any output: quiet into a closed pipe, status 1 when they
/// cannot be written.
fn clap_exit(e: clap::Error) -> ExitCode {
    use std::io::Write;
    let code = if e.use_stderr() { 1 } else { 0 };
    let printed = e.print().and_then(|()| std::io::stdout().flush());
    match printed {
        Err(err) if code == 0 && err.kind() != std::io::ErrorKind::BrokenPipe => {
            newsevents::say!(
                "newsevents: {}",
                newsevents::diagnostics::tidy(&format!("cannot write output: {err}"))
            );
            ExitCode::from(1)
        }
        _ => ExitCode::from(code),
    }
}

/// Status 0, or 2 when some input was skipped.
fn status(had_problem: bool) -> ExitCode {
    if had_problem {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(a) => extract(&a),
        Command::Mentions(a) => mentions(&a),
        Command::Eval(a) => eval(a),
        Command::Train(a) => train(*a),
        Command::Rules(RulesCommand::List { rules, lexicon }) => {
            let ex = build_extractor(&lexicon, Some(&rules), None, None, None, false)?;
            let mut out = Stdout::default();
            for r in &ex.rules().rules {
                let line = format!("{}\t{}\t{}\n", r.id, r.event_type, r.triggers.join(", "));
                if out.text(&line).context("cannot write output")? == WriteOutcome::Closed {
                    return Ok(ExitCode::SUCCESS);
                }
            }
            out.flush().context("cannot write output")?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules(RulesCommand::Test { rules, lexicon }) => rules_test(&rules, &lexicon),
        Command::Dedupe { paths } => {
            // No start-up to speak of: freed memory goes back after 1 ms.
            settle_allocator(false);
            dedupe(&paths)
        }
    }
}

/// The word tables, lexicon, rules and code mapping the flags name, with
/// every error of the lexicon and the rules reported at once.
fn build_extractor(
    lexicon: &LexiconArgs,
    rules: Option<&RuleArgs>,
    codes: Option<&CodesArgs>,
    jobs: Option<usize>,
    model: Option<&std::path::Path>,
    scores: bool,
) -> Result<Extractor> {
    // The sense model (a few hundred kB of JSON) reads no word tables: it is
    // parsed from the start, beside the tables and then the lexicon and rules.
    // The embedded one only for a command that scores events (the
    // extractor parses it on first use otherwise).
    let model = model.map(std::path::Path::to_path_buf);
    // A command that makes events (it has rule arguments) reads the time
    // words and, without --codes, the embedded code mapping for its first
    // event; both are parsed on first use (3.6M instructions), so the same
    // thread parses them now, after the model, instead of the first
    // article.
    // The time words read the word tables (the month names): they wait
    // for the tables to be installed (a signal from this thread), or they
    // would install the embedded ones first.
    let events = rules.is_some();
    let warm_codes = events && codes.and_then(|c| c.codes.as_ref()).is_none();
    let (side_tables_in, side_tables_installed) = std::sync::mpsc::channel::<()>();
    let sense = (scores || model.is_some() || events).then(|| {
        std::thread::spawn(move || {
            let sense = match model {
                Some(m) => newsevents::sense::Sense::load(&m).map(|s| Some(std::sync::Arc::new(s))),
                None if scores => Ok(Some(newsevents::sense::Sense::embedded())),
                None => Ok(None),
            };
            // No signal: the tables failed, and the run ends with their error.
            if events && side_tables_installed.recv().is_ok() {
                newsevents::when::TimeWords::embedded();
                if warm_codes {
                    newsevents::codes::CodeTable::embedded();
                }
            }
            sense
        })
    });
    // The rules read no word tables either: they are built on their own
    // thread from the start, while this one builds the tables and then the
    // lexicon (which reads them).
    // No rule arguments: a command that reads no rules (`mentions`) gets
    // an empty rule set, and start-up skips loading and compiling the
    // embedded rules (more than half its instructions).
    let sources = rules.map(|rules| RuleSources {
        no_defaults: rules.no_default_rules,
        dirs: rules.rules.clone(),
    });
    // The rules' words are compiled into ids on the same thread once the
    // word tables are installed (a signal from this thread), beside the
    // lexicon, so that `Extractor::with_rule_words` has little left to do.
    let no_vetoes = rules.is_some_and(|r| r.no_vetoes);
    let (tables_in, tables_installed) = std::sync::mpsc::channel::<()>();
    let rule_set = std::thread::spawn(move || {
        let mut rules = match sources {
            Some(sources) => RuleSet::load(&sources)?,
            None => RuleSet::from_texts(std::iter::empty())?,
        };
        if no_vetoes {
            rules.rules.iter_mut().for_each(|rule| rule.clear_vetoes());
        }
        // No signal: the tables failed, and the run ends with their error.
        let _ = tables_installed.recv();
        let words = newsevents::RuleWords::new(&rules);
        Ok::<_, Vec<newsevents::rules::RuleError>>((rules, words))
    });
    // The word tables first: the lexicon and the recognisers read them.
    let tables = newsevents::vocab::Vocabulary::load(&lexicon.tables)
        .map_err(|errs| anyhow::anyhow!(newsevents::diagnostics::table_errors(&errs)))?;
    // Installed once per process; a second build (never in this program) keeps the first.
    let _ = newsevents::vocab::install(tables);
    let _ = tables_in.send(());
    let _ = side_tables_in.send(());
    if let Some(path) = codes.and_then(|c| c.codes.as_ref()) {
        let text = std::fs::read_to_string(path).map_err(|e| {
            anyhow::anyhow!(
                "{}: cannot read code mapping: {}; check the --codes path",
                path.display(),
                newsevents::diagnostics::tidy(&e.to_string())
            )
        })?;
        let table = newsevents::codes::CodeTable::parse(&text).map_err(|errs| {
            let at = path.display().to_string();
            let lines: Vec<String> = errs.iter().map(|e| format!("{at}: {e}")).collect();
            anyhow::anyhow!(lines.join("\nnewsevents: "))
        })?;
        let _ = newsevents::codes::CodeTable::install(table);
    }
    let lexicon = Lexicon::with_files(&lexicon.lexicon);
    // The quantity recogniser reads the lexicon alone: built here, while
    // the rules' words are still being compiled, not after them; and for
    // a command that makes events, what it builds on first use too.
    let quantities = lexicon.as_ref().ok().map(|l| {
        let q = newsevents::quantity::QuantityRecognizer::with_countries(l.entries());
        if events {
            q.prepare();
        }
        q
    });
    let rules = rule_set
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    let sense = match sense {
        Some(s) => s
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        None => Ok(None),
    };
    let sense = sense.map_err(|e| anyhow::anyhow!(e))?;
    let (lexicon, rules) = match (lexicon, rules) {
        (Ok(l), Ok(r)) => (l, r),
        (l, r) => {
            let mut lines = Vec::new();
            if let Err(errs) = l {
                lines.push(newsevents::diagnostics::lexicon_errors(&errs));
            }
            if let Err(errs) = r {
                lines.push(newsevents::diagnostics::rule_errors(&errs));
            }
            anyhow::bail!(lines.join("\nnewsevents: "));
        }
    };
    let (rules, words) = rules;
    let ex = match quantities {
        Some(q) => Extractor::with_parts(lexicon, q, rules, words),
        None => Extractor::with_rule_words(lexicon, rules, words),
    };
    // Start-up is over: freed memory goes back after 1 ms again.
    settle_allocator(false);
    if let Some(j) = jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(j.max(1))
            .build_global()
            .context("cannot start worker threads")?;
    }
    Ok(match sense {
        Some(s) => ex.with_sense(Some(s)),
        None => ex,
    })
}

/// Refuses a `--min-confidence` outside 0..=1; the filter itself is
/// [`Extractor::with_min_confidence`] (the flag's value, else the model's
/// threshold for each type).
fn check_min_confidence(flag: Option<f64>) -> Result<()> {
    if let Some(x) = flag
        && !(0.0..=1.0).contains(&x)
    {
        anyhow::bail!("--min-confidence {x} is not between 0 and 1");
    }
    Ok(())
}

/// Runs extraction over all inputs, in batches processed in parallel and
/// written in input order; `each` receives every article's events.
fn for_each_events(
    c: &InputArgs,
    ex: &Extractor,
    only: Option<&HashSet<String>>,
    each: impl FnMut(&Article, Vec<Event>) -> Result<WriteOutcome>,
) -> Result<bool> {
    for_each_article_chunked(
        c,
        only,
        EXTRACT_CHUNK,
        |arts| extract_chunk(ex, c, arts),
        each,
    )
}

/// Articles extracted together, stage by stage ([`Extractor::extract_batch`]):
/// a quarter of a full batch, so two workers still share one.
const EXTRACT_CHUNK: usize = 16;

/// The events of each of `arts`, in order.
fn extract_chunk(ex: &Extractor, c: &InputArgs, arts: &[&Article]) -> Vec<Vec<Event>> {
    let args: Vec<(&str, &str, Option<newsevents::dates::Day>)> = arts
        .iter()
        .map(|a| (a.id.as_str(), a.text.as_str(), article_day(a, c)))
        .collect();
    ex.extract_batch(&args)
}

/// Reads all inputs and runs `work` on every article, in batches processed in
/// parallel; `each` receives the results in input order. Returns whether some
/// input was skipped.
fn for_each_article<T: newsevents::progress::Tally + Send + 'static>(
    c: &InputArgs,
    only: Option<&HashSet<String>>,
    work: impl Fn(&Article) -> T + Sync,
    each: impl FnMut(&Article, T) -> Result<WriteOutcome>,
) -> Result<bool> {
    for_each_article_chunked(
        c,
        only,
        1,
        |arts| arts.iter().map(|a| work(a)).collect(),
        each,
    )
}

/// [`for_each_article`] with `work` called on up to `chunk` articles at a
/// time (one result per article, in order).
fn for_each_article_chunked<T: newsevents::progress::Tally + Send + 'static>(
    c: &InputArgs,
    only: Option<&HashSet<String>>,
    chunk: usize,
    work: impl Fn(&[&Article]) -> Vec<T> + Sync,
    mut each: impl FnMut(&Article, T) -> Result<WriteOutcome>,
) -> Result<bool> {
    let paths = c.paths.clone();
    let options = InputOptions {
        max_bytes: c.max_bytes,
        stdin_jsonl: c.jsonl,
    };
    let mut had_problem = false;
    let mut progress = newsevents::progress::Progress::start(
        &c.paths,
        newsevents::progress::ProgressOptions {
            quiet: c.quiet,
            stats: c.stats,
        },
    );
    let counter = progress.input_counter();
    fn wanted<'i>(item: &'i Item, only: Option<&HashSet<String>>) -> Option<&'i Article> {
        match item {
            Item::Article(a) if only.is_none_or(|o| o.contains(&a.id)) => Some(a),
            _ => None,
        }
    }
    newsevents::pipeline::Pipeline::default().run_chunked(
        move || Inputs::new(&paths, options).with_progress(counter),
        chunk,
        |items: &[Item]| {
            let arts: Vec<&Article> = items.iter().filter_map(|i| wanted(i, only)).collect();
            let mut done = work(&arts).into_iter();
            items
                .iter()
                .map(|item| wanted(item, only).and_then(|_| done.next()))
                .collect::<Vec<Option<T>>>()
        },
        |item, result| -> Result<std::ops::ControlFlow<()>> {
            match (item, result) {
                (Item::Problem(p), _) => {
                    // A warning (input decoded with U+FFFD, a note on the
                    // input's format) leaves the input processed: status 0.
                    had_problem |= p.skipped;
                    progress.problem(&p);
                }
                (Item::Article(a), Some(r)) => {
                    progress.article(&r);
                    if each(&a, r)? == WriteOutcome::Closed {
                        return Ok(std::ops::ControlFlow::Break(()));
                    }
                }
                (Item::Article(_), None) => {}
            }
            Ok(std::ops::ControlFlow::Continue(()))
        },
    )?;
    progress.finish();
    Ok(had_problem)
}

fn extract(a: &ExtractArgs) -> Result<ExitCode> {
    let ex = build_extractor(
        &a.lexicon,
        Some(&a.rules),
        Some(&a.codes),
        a.input.jobs,
        a.model.model.as_deref(),
        true,
    )?
    .with_explain(a.explain)
    .with_min_confidence(a.model.min_confidence);
    check_min_confidence(a.model.min_confidence)?;
    let done = print_records(&a.input, EXTRACT_CHUNK, |arts| {
        extract_chunk(&ex, &a.input, arts)
    });
    // The process ends here: its memory goes back to the system without
    // taking the dictionaries and automata apart piece by piece.
    std::mem::forget(ex);
    done
}

fn mentions(a: &MentionsArgs) -> Result<ExitCode> {
    // Mentions read no rules: the lexicon and the recognisers alone.
    let ex = build_extractor(&a.lexicon, None, None, a.input.jobs, None, false)?;
    // Each article's lines are written by the worker that found its
    // mentions, straight from the findings (no record of owned strings per
    // line), and go out under one lock.
    let mut out = Stdout::default();
    let mut closed = false;
    let had_problem = for_each_article(
        &a.input,
        None,
        |art| {
            newsevents::mentions::mention_lines_dated(
                &ex,
                &art.id,
                &art.text,
                article_date(art, &a.input),
            )
            .map_err(|e| e.to_string())
        },
        |_, lines| {
            let lines = lines
                .map_err(anyhow::Error::msg)
                .context("cannot write output")?;
            let outcome = out.lines(&lines.bytes).context("cannot write output")?;
            closed |= outcome == WriteOutcome::Closed;
            Ok(outcome)
        },
    );
    std::mem::forget(ex); // as in `extract`
    let had_problem = had_problem?;
    if closed {
        return Ok(ExitCode::SUCCESS);
    }
    out.flush().context("cannot write output")?;
    Ok(status(had_problem))
}

/// Prints every record `work` makes from each article as JSON lines, in input order.
fn print_records<T: newsevents::output::JsonLine + newsevents::progress::Tally + Send + 'static>(
    c: &InputArgs,
    chunk: usize,
    work: impl Fn(&[&Article]) -> Vec<Vec<T>> + Sync,
) -> Result<ExitCode> {
    let mut out = Stdout::default();
    let mut closed = false;
    let had_problem = for_each_article_chunked(c, None, chunk, work, |_, records| {
        for e in &records {
            if out.line(e).context("cannot write output")? == WriteOutcome::Closed {
                closed = true;
                return Ok(WriteOutcome::Closed);
            }
        }
        Ok(WriteOutcome::Written)
    })?;
    if closed {
        return Ok(ExitCode::SUCCESS);
    }
    out.flush().context("cannot write output")?;
    Ok(status(had_problem))
}

fn eval(a: EvalArgs) -> Result<ExitCode> {
    let mut gold = newsevents::eval::Gold::default();
    for f in &a.gold {
        let text = std::fs::read_to_string(f)
            .with_context(|| format!("cannot read gold file {}", f.display()))?;
        gold.add_jsonl(&f.display().to_string(), &text)
            .map_err(|errs| anyhow::anyhow!("gold file errors:\n  {}", errs.join("\n  ")))?;
    }
    let ex = build_extractor(
        &a.lexicon,
        Some(&a.rules),
        Some(&a.codes),
        a.input.jobs,
        a.model.model.as_deref(),
        true,
    )?
    .with_min_confidence(a.model.min_confidence);
    check_min_confidence(a.model.min_confidence)?;
    let wanted: HashSet<String> = gold.docs.keys().cloned().collect();
    let mut predicted: HashMap<String, Vec<Event>> = HashMap::new();
    let had_problem = for_each_events(&a.input, &ex, Some(&wanted), |article, events| {
        predicted
            .entry(article.id.clone())
            .or_default()
            .extend(events);
        Ok(WriteOutcome::Written)
    })?;
    let report = newsevents::eval::evaluate(&gold, &predicted);
    let text = if a.json {
        format!("{}\n", serde_json::to_string(&report)?)
    } else {
        newsevents::eval::render(&report, a.verbose)
    };
    let mut out = Stdout::default();
    if out.text(&text).context("cannot write output")? == WriteOutcome::Closed
        || out.flush().context("cannot write output")? == WriteOutcome::Closed
    {
        return Ok(ExitCode::SUCCESS);
    }
    Ok(status(had_problem))
}

/// `newsevents train`: extracts the raw candidates (no sense model) of every
/// annotated article, labels them against the gold, and trains.
fn train(a: TrainArgs) -> Result<ExitCode> {
    use newsevents::eval::Gold;
    use newsevents::sense::train as tr;
    // Gold files grouped by set, sets in order of first mention.
    let mut sets: Vec<(String, Gold)> = Vec::new();
    for spec in &a.gold {
        let (name, path) = match spec.split_once('=') {
            Some((n, p)) if !n.is_empty() && !n.contains('/') => (n.to_string(), PathBuf::from(p)),
            _ => {
                let p = PathBuf::from(spec);
                let stem = p
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (stem, p)
            }
        };
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read gold file {}", path.display()))?;
        let i = match sets.iter().position(|(n, _)| *n == name) {
            Some(i) => i,
            None => {
                sets.push((name, Gold::default()));
                sets.len() - 1
            }
        };
        sets[i]
            .1
            .add_jsonl(&path.display().to_string(), &text)
            .map_err(|errs| anyhow::anyhow!("gold file errors:\n  {}", errs.join("\n  ")))?;
    }
    let ex = build_extractor(
        &a.lexicon,
        Some(&a.rules),
        Some(&a.codes),
        a.input.jobs,
        None,
        false,
    )?
    .with_sense(None);
    // The same rules without their veto lists: the candidates of text the
    // vetoes were not tuned on. Those the vetoes remove are labelled too and
    // join the fit (they are what an unseen feed holds), and give the
    // "rule-fresh" figures.
    let loose_rules = RuleArgs {
        no_vetoes: true,
        ..a.rules.clone()
    };
    let loose =
        build_extractor(&a.lexicon, Some(&loose_rules), None, None, None, false)?.with_sense(None);
    // Audit files: per set, (doc, type, trigger start) -> judged real.
    let mut audits: Vec<(String, tr::Verdicts)> = Vec::new();
    for spec in &a.audit {
        let (name, path) = spec
            .split_once('=')
            .filter(|(n, _)| !n.is_empty())
            .with_context(|| format!("--audit {spec:?}: expected SET=FILE"))?;
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read audit file {path}"))?;
        let v = tr::parse_verdicts(path, &text).map_err(|e| anyhow::anyhow!(e))?;
        match audits.iter_mut().find(|(n, _)| n == name) {
            Some((_, have)) => have.extend(v),
            None => audits.push((name.to_string(), v)),
        }
    }
    let wanted: HashSet<String> = sets
        .iter()
        .flat_map(|(_, g)| g.docs.keys().cloned())
        .chain(audits.iter().flat_map(|(_, v)| v.docs()))
        .collect();
    let mut found: HashMap<String, (String, Vec<Event>)> = HashMap::new();
    let mut had_problem = for_each_events(&a.input, &ex, Some(&wanted), |article, events| {
        found.insert(article.id.clone(), (article.text.clone(), events));
        Ok(WriteOutcome::Written)
    })?;
    let mut found_loose: HashMap<String, Vec<Event>> = HashMap::new();
    had_problem |= for_each_events(&a.input, &loose, Some(&wanted), |article, events| {
        found_loose.insert(article.id.clone(), events);
        Ok(WriteOutcome::Written)
    })?;
    let cues = newsevents::sense::features::Cues::embedded();
    let mut dev = Vec::new();
    let mut cands = Vec::new();
    let mut missing = 0usize;
    for (si, (name, gold)) in sets.iter().enumerate() {
        let mut by_doc: HashMap<&str, Vec<&newsevents::eval::GoldEvent>> = HashMap::new();
        for g in &gold.events {
            by_doc.entry(g.doc.as_str()).or_default().push(g);
        }
        let mut set = tr::DevSet {
            name: name.clone(),
            ..Default::default()
        };
        for doc in gold.docs.keys() {
            let Some((text, events)) = found.get(doc) else {
                missing += 1;
                continue;
            };
            let golds = by_doc.get(doc.as_str()).cloned().unwrap_or_default();
            for g in golds.iter().filter(|g| !g.optional) {
                *set.gold.entry(g.event_type.clone()).or_default() += 1;
                *set.doc_gold.entry(doc.clone()).or_default() += 1;
                *set.doc_type_gold
                    .entry((doc.clone(), g.event_type.clone()))
                    .or_default() += 1;
            }
            cands.extend(tr::candidates(&cues, si, doc, text, events, &golds));
            if let Some(more) = found_loose.get(doc) {
                cands.extend(tr::vetoed_candidates(
                    &cues, si, doc, text, events, more, &golds,
                ));
            }
        }
        dev.push(set);
    }
    for (name, verdicts) in &audits {
        let si = dev.len();
        let mut docs: Vec<String> = verdicts.docs().collect();
        docs.sort();
        docs.dedup();
        for doc in &docs {
            let Some((text, events)) = found.get(doc) else {
                missing += 1;
                continue;
            };
            let loose = found_loose.get(doc).map(Vec::as_slice).unwrap_or(&[]);
            cands.extend(tr::audited_candidates(
                &cues, si, doc, text, events, loose, verdicts,
            ));
        }
        dev.push(tr::DevSet {
            name: name.clone(),
            ..Default::default()
        });
    }
    if !a.drop_rule.is_empty() {
        let dropped: HashSet<String> = a.drop_rule.iter().map(|r| format!("rule:{r}")).collect();
        cands.retain(|c| !c.features.iter().any(|f| dropped.contains(f)));
    }
    if !a.no_mask_vetoes {
        let rules = RuleSet::load(&RuleSources {
            no_defaults: a.rules.no_default_rules,
            dirs: a.rules.rules.clone(),
        })
        .map_err(|errs| anyhow::anyhow!(newsevents::diagnostics::rule_errors(&errs)))?;
        let masked = tr::veto_words(rules.rules.iter().flat_map(|r| r.veto_phrases()));
        tr::mask_words(&mut cands, &masked);
    }
    tr::drop_families(&mut cands, &a.drop_feature.iter().cloned().collect());
    tr::drop_rare(&mut cands, a.min_docs);
    if missing > 0 {
        newsevents::say!("newsevents: {missing} annotated articles not found in the input");
    }
    let mut set_weights = std::collections::BTreeMap::new();
    for sw in &a.set_weight {
        let (n, w) = sw
            .split_once('=')
            .and_then(|(n, w)| Some((n.to_string(), w.parse::<f64>().ok()?)))
            .with_context(|| format!("--set-weight {sw:?}: expected SET=NUMBER"))?;
        set_weights.insert(n, w);
    }
    let mut type_precision = std::collections::BTreeMap::new();
    for tp in &a.type_precision {
        let (n, p) = tp
            .split_once('=')
            .and_then(|(n, p)| Some((n.to_string(), p.parse::<f64>().ok()?)))
            .filter(|(_, p)| (0.0..=1.0).contains(p))
            .with_context(|| format!("--type-precision {tp:?}: expected TYPE=P, P from 0 to 1"))?;
        type_precision.insert(n, p);
    }
    let opts = tr::Options {
        type_precision,
        micro_precision: a.micro_precision,
        type_floor: a.type_floor,
        set_weights,
        fit_vetoed: !a.no_fit_vetoed,
        folds: a.folds,
        l2: a.l2,
        word_l2: Some(a.word_l2),
        target_precision: a.target_precision,
        threshold_set: a.threshold_set.clone(),
        fresh_floor: a.fresh_floor,
        smooth: a.smooth,
        repeats: a.threshold_repeats,
        fold_seed: a.fold_seed,
        ..Default::default()
    };
    let trained = tr::train(&dev, &cands, &opts);
    print!("{}", trained.report);
    if let Some(path) = &a.out_of_fold {
        let mut text = String::new();
        for ((c, p), l) in cands
            .iter()
            .zip(&trained.out_of_fold)
            .zip(&trained.leave_set_out)
        {
            let line = serde_json::json!({
                "set": dev[c.set].name, "doc": c.doc, "type": c.event_type,
                "vetoed": c.vetoed, "right": c.hit, "confidence": p,
                "leave_set_out": l, "what": c.what,
                "features": c.features,
            });
            text.push_str(&format!("{line}\n"));
        }
        std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    if let Some(out) = &a.out {
        let text = serde_json::to_string_pretty(&trained.model)? + "\n";
        std::fs::write(out, text).with_context(|| format!("cannot write {}", out.display()))?;
        newsevents::say!("newsevents: model written to {}", out.display());
    }
    Ok(if had_problem {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Streams events from `paths` (or stdin) through [`newsevents::dedupe::Dedupe`]
/// and prints its records; bad lines are reported and give exit status 2.
fn dedupe(paths: &[PathBuf]) -> Result<ExitCode> {
    let mut d = newsevents::dedupe::Dedupe::default();
    let mut had_problem = false;
    let stdin_only = [PathBuf::from("-")];
    let paths = if paths.is_empty() {
        &stdin_only[..]
    } else {
        paths
    };
    for p in paths {
        let shown = if p.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            p.display().to_string()
        };
        let mut report = |line: usize, message: String| {
            had_problem = true;
            newsevents::say!("newsevents: {shown}:{line}: {message}");
        };
        let read = if p.as_os_str() == "-" {
            d.add_reader(std::io::stdin().lock(), &mut report)
        } else {
            match std::fs::File::open(p) {
                Ok(f) => d.add_reader(std::io::BufReader::new(f), &mut report),
                Err(e) => Err(e),
            }
        };
        if let Err(e) = read {
            had_problem = true;
            newsevents::say!(
                "newsevents: {}",
                newsevents::diagnostics::tidy(&format!("cannot read {shown}: {e}"))
            );
        }
    }
    let mut out = Stdout::default();
    for r in d.records() {
        if out.record(&r).context("cannot write output")? == WriteOutcome::Closed {
            return Ok(ExitCode::SUCCESS);
        }
    }
    if out.flush().context("cannot write output")? == WriteOutcome::Closed {
        return Ok(ExitCode::SUCCESS);
    }
    Ok(status(had_problem))
}

/// Runs rule examples through an extractor built exactly as `extract`
/// builds it from the same flags (built-in rules and their cues, extra
/// folders, lexicons), so an example passes here only if production
/// agrees. With `--rules`, only the examples of those folders' rules run.
fn rules_test(rule_args: &RuleArgs, lexicon: &LexiconArgs) -> Result<ExitCode> {
    let ex = build_extractor(lexicon, Some(rule_args), None, None, None, true)?;
    // Defaults load first, so the given folders' rules are the ones after them.
    let first = if rule_args.rules.is_empty() || rule_args.no_default_rules {
        0
    } else {
        RuleSet::embedded()
            .map(|r| r.rules.len())
            .map_err(|e| anyhow::anyhow!(newsevents::diagnostics::rule_errors(&e)))?
    };
    let mut out = Stdout::default();
    let (mut passed, mut failed) = (0, 0);
    for r in &ex.rules().rules[first..] {
        for e in &r.examples {
            let events = ex.extract("example", &e.text);
            let mine: Vec<&Event> = events.iter().filter(|ev| ev.rule == r.id).collect();
            let fired = !mine.is_empty();
            let modality_ok = match (&e.modality, mine.first()) {
                (Some(want), Some(ev)) => ev.modality.as_str() == want,
                _ => true,
            };
            if fired == e.fires && modality_ok {
                passed += 1;
                continue;
            }
            failed += 1;
            let line = if fired != e.fires {
                let got: Vec<&str> = events.iter().map(|e| e.rule.as_str()).collect();
                format!(
                    "FAIL {}: expected it {} on {:?} (rules that fired: {:?})\n",
                    r.id,
                    if e.fires { "to fire" } else { "not to fire" },
                    e.text,
                    got
                )
            } else {
                format!(
                    "FAIL {}: expected modality {:?} on {:?}, got {:?}\n",
                    r.id,
                    e.modality.as_deref().unwrap_or_default(),
                    e.text,
                    mine[0].modality.as_str()
                )
            };
            if out.text(&line).context("cannot write output")? == WriteOutcome::Closed {
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
    let summary = format!("{passed} passed, {failed} failed\n");
    if out.text(&summary).context("cannot write output")? == WriteOutcome::Closed
        || out.flush().context("cannot write output")? == WriteOutcome::Closed
    {
        return Ok(ExitCode::SUCCESS);
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
