//! The `newsevents` command: flag definitions and glue. The work happens in
//! the library's stages (see `src/lib.rs`).

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use newsevents::input::{Article, InputOptions, Inputs, Item};
use newsevents::lexicon::Lexicon;
use newsevents::output::{JsonLines, WriteOutcome};
use newsevents::rules::{RuleSet, RuleSources};
use newsevents::{Event, Extractor};
use serde::Serialize;
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
fn settle_allocator() {
    // SAFETY: sets one integer option; mimalloc allows setting options at
    // any time, and this runs before any other thread is started.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 1) };
}

#[derive(Parser)]
#[command(
    name = "newsevents",
    version,
    about = "Extract pledge, tariff, raid and meeting events from news articles as JSON lines.",
    long_about = "Extract pledge, tariff, raid and meeting events from news articles as JSON lines.\n\n\
Examples:\n  newsevents extract articles/ | jq -c 'select(.type == \"tariff\")'\n  \
newsevents extract --jsonl < feed.jsonl > events.jsonl\n  \
newsevents eval --gold corpus/gold/synthetic.jsonl corpus/",
    after_help = "Exit status: 0 every input processed; 2 some input could not be read or parsed (see stderr); 1 usage or fatal error."
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
    Mentions(ExtractArgs),
    /// Compare extraction with gold annotations: precision, recall, F1 per type.
    ///
    /// Example: newsevents eval --gold corpus/gold/synthetic.jsonl corpus/
    Eval(EvalArgs),
    /// List or test the active event rules.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Fold events (JSON lines from `extract`) into one record per event key,
    /// with `mentions` and `docs`, in first-seen order.
    ///
    /// Example: newsevents extract feed/ | newsevents dedupe > distinct.jsonl
    Dedupe {
        /// Event files (JSON lines). None, or "-", reads standard input.
        paths: Vec<PathBuf>,
    },
}

#[derive(Args, Clone)]
struct Common {
    /// Files or folders to read (folders recursively: .txt/.text/.md one article each,
    /// .jsonl/.ndjson one article per line). None, or "-", reads standard input.
    paths: Vec<PathBuf>,
    /// Standard input holds JSON lines ({"id","text","title"?,"date"?}), one article each.
    #[arg(long)]
    jsonl: bool,
    /// Skip (with a message) any article larger than this many bytes.
    #[arg(long, default_value_t = 16 * 1024 * 1024, value_name = "BYTES")]
    max_bytes: usize,
    /// Extra actor lexicon (JSON lines; see README). Repeatable; later files override.
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
    /// Extra rule folder (*.toml; see README). Repeatable.
    #[arg(long, value_name = "DIR")]
    rules: Vec<PathBuf>,
    /// Start without the built-in rules (use with --rules).
    #[arg(long)]
    no_default_rules: bool,
    /// Extra word tables (TOML; see docs/RULES.md): currencies, scale words,
    /// abbreviations, titles ... Repeatable; later files add entries and re-code words.
    #[arg(long, value_name = "FILE")]
    tables: Vec<PathBuf>,
    /// Event-to-code mapping (TOML in the form of data/codes.toml) used instead
    /// of the built-in one for `cameo`, `plover` and `key`.
    #[arg(long, value_name = "FILE")]
    codes: Option<PathBuf>,
    /// Worker threads (default: number of cores).
    #[arg(short = 'j', long, value_name = "N")]
    jobs: Option<usize>,
    /// No progress bar (it is shown only when stderr is a terminal anyway).
    #[arg(short, long)]
    quiet: bool,
    /// Print one summary line to stderr at the end: articles, bytes, records
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
fn article_date<'a>(a: &'a Article, c: &'a Common) -> Option<&'a str> {
    a.date
        .as_deref()
        .filter(|d| newsevents::dates::Day::parse(d).is_some())
        .or(c.date.as_deref())
}

#[derive(Args)]
struct ExtractArgs {
    #[command(flatten)]
    common: Common,
    /// Add to each event an "explain" object: the rule and its description, and the
    /// cue words (with offsets) behind its modality, its conditions and each actor's role.
    ///
    /// Example: newsevents extract --explain corpus/ | jq -c '.explain'
    #[arg(long)]
    explain: bool,
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
    common: Common,
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Print the active rules: id, type, triggers.
    List {
        #[command(flatten)]
        common: Common,
    },
    /// Run every rule's examples; exit 1 if any fails.
    Test {
        /// Rule folder to test (default: the built-in rules).
        dir: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    settle_allocator();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 1 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!(
                "newsevents: {}",
                newsevents::diagnostics::tidy(&format!("{e:#}"))
            );
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(a) => extract(&a.common, a.explain),
        Command::Mentions(a) => mentions(&a.common),
        Command::Eval(a) => eval(a),
        Command::Rules(RulesCommand::List { common }) => {
            let ex = build_extractor(&common)?;
            for r in &ex.rules().rules {
                println!("{}\t{}\t{}", r.id, r.event_type, r.triggers.join(", "));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules(RulesCommand::Test { dir }) => rules_test(dir),
        Command::Dedupe { paths } => dedupe(&paths),
    }
}

fn build_extractor(c: &Common) -> Result<Extractor> {
    // The word tables first: the lexicon and the recognisers read them.
    let tables = newsevents::vocab::Vocabulary::load(&c.tables)
        .map_err(|errs| anyhow::anyhow!(newsevents::diagnostics::table_errors(&errs)))?;
    // Installed once per process; a second build (never in this program) keeps the first.
    let _ = newsevents::vocab::install(tables);
    if let Some(path) = &c.codes {
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
    // The lexicon and the rules are built side by side: together they are
    // nearly all of the start-up time, and neither needs the other.
    let (lexicon, rules) = std::thread::scope(|scope| {
        let lexicon = scope.spawn(|| Lexicon::with_files(&c.lexicon));
        let rules = RuleSet::load(&RuleSources {
            no_defaults: c.no_default_rules,
            dirs: c.rules.clone(),
        });
        let lexicon = lexicon
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (lexicon, rules)
    });
    let lexicon =
        lexicon.map_err(|errs| anyhow::anyhow!(newsevents::diagnostics::lexicon_errors(&errs)))?;
    let rules =
        rules.map_err(|errs| anyhow::anyhow!(newsevents::diagnostics::rule_errors(&errs)))?;
    if let Some(j) = c.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(j.max(1))
            .build_global()
            .context("cannot start worker threads")?;
    }
    Ok(Extractor::new(lexicon, rules))
}

/// Runs extraction over all inputs, in batches processed in parallel and
/// written in input order; `each` receives every article's events.
fn for_each_events(
    c: &Common,
    ex: &Extractor,
    only: Option<&HashSet<String>>,
    each: impl FnMut(&Article, Vec<Event>) -> Result<WriteOutcome>,
) -> Result<bool> {
    for_each_article(
        c,
        only,
        |a| ex.extract_dated(&a.id, &a.text, article_date(a, c)),
        each,
    )
}

/// Reads all inputs and runs `work` on every article, in batches processed in
/// parallel; `each` receives the results in input order. Returns whether some
/// input could not be read.
fn for_each_article<T: newsevents::progress::Tally + Send + 'static>(
    c: &Common,
    only: Option<&HashSet<String>>,
    work: impl Fn(&Article) -> T + Sync,
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
    newsevents::pipeline::Pipeline::default().run(
        move || Inputs::new(&paths, options).with_progress(counter),
        |item: &Item| match item {
            Item::Article(a) if only.is_none_or(|o| o.contains(&a.id)) => Some(work(a)),
            _ => None,
        },
        |item, result| -> Result<std::ops::ControlFlow<()>> {
            match (item, result) {
                (Item::Problem(p), _) => {
                    had_problem = true;
                    progress.problem(&p);
                }
                (Item::Article(a), Some(r)) => {
                    progress.article(&a, &r);
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

fn extract(c: &Common, explain: bool) -> Result<ExitCode> {
    let ex = build_extractor(c)?.with_explain(explain);
    let done = print_records(c, |a| ex.extract_dated(&a.id, &a.text, article_date(a, c)));
    // The process ends here: its memory goes back to the system without
    // taking the dictionaries and automata apart piece by piece.
    std::mem::forget(ex);
    done
}

fn mentions(c: &Common) -> Result<ExitCode> {
    let ex = build_extractor(c)?;
    let done = print_records(c, |a| newsevents::mentions::mentions(&ex, &a.id, &a.text));
    std::mem::forget(ex); // as in `extract`
    done
}

/// Prints every record `work` makes from each article as JSON lines, in input order.
fn print_records<T: Serialize + newsevents::progress::Tally + Send + 'static>(
    c: &Common,
    work: impl Fn(&Article) -> Vec<T> + Sync,
) -> Result<ExitCode> {
    let mut out = JsonLines::new(std::io::stdout().lock());
    let mut closed = false;
    let had_problem = for_each_article(c, None, work, |_, records| {
        for e in &records {
            if out.write(e).context("cannot write output")? == WriteOutcome::Closed {
                closed = true;
                return Ok(WriteOutcome::Closed);
            }
        }
        Ok(WriteOutcome::Written)
    })?;
    if !closed {
        out.flush().context("cannot write output")?;
    }
    Ok(if had_problem {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn eval(a: EvalArgs) -> Result<ExitCode> {
    let mut gold = newsevents::eval::Gold::default();
    for f in &a.gold {
        let text = std::fs::read_to_string(f)
            .with_context(|| format!("cannot read gold file {}", f.display()))?;
        gold.add_jsonl(&f.display().to_string(), &text)
            .map_err(|errs| anyhow::anyhow!("gold file errors:\n  {}", errs.join("\n  ")))?;
    }
    let ex = build_extractor(&a.common)?;
    let wanted: HashSet<String> = gold.docs.keys().cloned().collect();
    let mut predicted: HashMap<String, Vec<Event>> = HashMap::new();
    let had_problem = for_each_events(&a.common, &ex, Some(&wanted), |article, events| {
        predicted
            .entry(article.id.clone())
            .or_default()
            .extend(events);
        Ok(WriteOutcome::Written)
    })?;
    let report = newsevents::eval::evaluate(&gold, &predicted);
    if a.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        print!("{}", newsevents::eval::render(&report, a.verbose));
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
            eprintln!("newsevents: {shown}:{line}: {message}");
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
            eprintln!(
                "newsevents: {}",
                newsevents::diagnostics::tidy(&format!("cannot read {shown}: {e}"))
            );
        }
    }
    let mut out = JsonLines::new(std::io::stdout().lock());
    for r in d.records() {
        if out.write(&r).context("cannot write output")? == WriteOutcome::Closed {
            return Ok(ExitCode::SUCCESS);
        }
    }
    out.flush().context("cannot write output")?;
    Ok(if had_problem {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn rules_test(dir: Option<PathBuf>) -> Result<ExitCode> {
    let sources = RuleSources {
        no_defaults: dir.is_some(),
        dirs: dir.into_iter().collect(),
    };
    let rules = RuleSet::load(&sources)
        .map_err(|errs| anyhow::anyhow!(newsevents::diagnostics::rule_errors(&errs)))?;
    let lexicon = Lexicon::embedded().map_err(|e| anyhow::anyhow!("lexicon: {}", e[0]))?;
    let rule_list = rules.rules.clone();
    let ex = Extractor::new(lexicon, rules);
    let (mut passed, mut failed) = (0, 0);
    for r in &rule_list {
        for e in &r.examples {
            let events = ex.extract("example", &e.text);
            let fired = events.iter().any(|ev| ev.rule == r.id);
            if fired == e.fires {
                passed += 1;
            } else {
                failed += 1;
                let got: Vec<&str> = events.iter().map(|e| e.rule.as_str()).collect();
                println!(
                    "FAIL {}: expected it {} on {:?} (rules that fired: {:?})",
                    r.id,
                    if e.fires { "to fire" } else { "not to fire" },
                    e.text,
                    got
                );
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
