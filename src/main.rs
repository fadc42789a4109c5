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
    /// Train the sense model on gold annotations: cross-validated figures,
    /// calibration and the default threshold; writes the model file.
    ///
    /// Example: scripts/train-sense.sh (newsevents train --gold random=corpus/gold/random-a.jsonl
    /// --out data/model/sense.json ../shared/corpus/)
    Train(TrainArgs),
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
    /// Sense model file (JSON, as written by `newsevents train`) instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
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
    /// Drop events whose confidence is below X (0 keeps every event; default: the
    /// model's threshold for the event's type, chosen for precision >= 0.90 on
    /// articles drawn at random, cross-validated).
    #[arg(long, value_name = "X")]
    min_confidence: Option<f64>,
}

#[derive(Args)]
struct TrainArgs {
    /// Gold file, optionally named by its development set: `random=corpus/gold/random-a.jsonl`
    /// (without `SET=`, the file name is the set). Repeatable.
    #[arg(long, required = true, value_name = "[SET=]FILE")]
    gold: Vec<String>,
    /// Write the model here (e.g. data/model/sense.json); without it only the figures are printed.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Cross-validation folds (articles assigned by a hash of their id).
    #[arg(long, default_value_t = 5)]
    folds: usize,
    /// L2 regularisation strength.
    #[arg(long, default_value_t = 1.0)]
    l2: f64,
    /// The set whose cross-validated precision picks the default threshold.
    #[arg(long, default_value = "random")]
    threshold_set: String,
    /// Precision every type must reach on that set at the default threshold.
    #[arg(long, default_value_t = 0.90)]
    target_precision: f64,
    /// How far a type's cross-validated F1 on the other sets may fall below its
    /// unfiltered value before the threshold stops rising.
    #[arg(long, default_value_t = 0.01)]
    f1_tolerance: f64,
    /// How much a set's candidates count in the fit, as SET=WEIGHT (default 1). Repeatable.
    #[arg(long, value_name = "SET=WEIGHT")]
    set_weight: Vec<String>,
    #[command(flatten)]
    common: Common,
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
    /// Drop predicted events whose confidence is below X before scoring (default: as extract).
    #[arg(long, value_name = "X")]
    min_confidence: Option<f64>,
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
        Command::Extract(a) => extract(&a.common, a.explain, a.min_confidence),
        Command::Train(a) => train(a),
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
    let (lexicon, rules, sense) = std::thread::scope(|scope| {
        let lexicon = scope.spawn(|| Lexicon::with_files(&c.lexicon));
        // The sense model (a few hundred kB of JSON) is parsed beside them.
        let sense = scope.spawn(|| match &c.model {
            Some(m) => newsevents::sense::Sense::load(m).map(std::sync::Arc::new),
            None => Ok(newsevents::sense::Sense::embedded()),
        });
        let rules = RuleSet::load(&RuleSources {
            no_defaults: c.no_default_rules,
            dirs: c.rules.clone(),
        });
        let lexicon = lexicon
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let sense = sense
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (lexicon, rules, sense)
    });
    let lexicon =
        lexicon.map_err(|errs| anyhow::anyhow!(newsevents::diagnostics::lexicon_errors(&errs)))?;
    let rules =
        rules.map_err(|errs| anyhow::anyhow!(newsevents::diagnostics::rule_errors(&errs)))?;
    let sense = sense.map_err(|e| anyhow::anyhow!(e))?;
    let ex = Extractor::new(lexicon, rules).with_sense(Some(sense));
    if let Some(j) = c.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(j.max(1))
            .build_global()
            .context("cannot start worker threads")?;
    }
    Ok(ex)
}

/// Which events to keep: confidence at least the flag's value, else at least
/// the model's default threshold for the event's type (all without a model).
#[derive(Clone, Copy)]
struct MinConfidence<'a> {
    flag: Option<f64>,
    sense: Option<&'a newsevents::sense::Sense>,
}

impl<'a> MinConfidence<'a> {
    fn new(ex: &'a Extractor, flag: Option<f64>) -> Result<Self> {
        if let Some(x) = flag
            && !(0.0..=1.0).contains(&x)
        {
            anyhow::bail!("--min-confidence {x} is not between 0 and 1");
        }
        Ok(MinConfidence {
            flag,
            sense: ex.sense(),
        })
    }

    fn keeps(&self, e: &Event) -> bool {
        let min = match (self.flag, self.sense) {
            (Some(x), _) => x,
            (None, Some(s)) => s.threshold(e.event_type.as_str()),
            (None, None) => 0.0,
        };
        e.confidence >= min
    }
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
        |a| ex.extract_dated(&a.id, &a.text, a.date.as_deref()),
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

fn extract(c: &Common, explain: bool, min: Option<f64>) -> Result<ExitCode> {
    let ex = build_extractor(c)?.with_explain(explain);
    let min = MinConfidence::new(&ex, min)?;
    let done = print_records(c, |a| {
        let mut events = ex.extract_dated(&a.id, &a.text, a.date.as_deref());
        events.retain(|e| min.keeps(e));
        events
    });
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
    let min = MinConfidence::new(&ex, a.min_confidence)?;
    let wanted: HashSet<String> = gold.docs.keys().cloned().collect();
    let mut predicted: HashMap<String, Vec<Event>> = HashMap::new();
    let had_problem = for_each_events(&a.common, &ex, Some(&wanted), |article, events| {
        predicted
            .entry(article.id.clone())
            .or_default()
            .extend(events.into_iter().filter(|e| min.keeps(e)));
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
    let ex = build_extractor(&a.common)?.with_sense(None);
    let wanted: HashSet<String> = sets
        .iter()
        .flat_map(|(_, g)| g.docs.keys().cloned())
        .collect();
    let mut found: HashMap<String, (String, Vec<Event>)> = HashMap::new();
    let had_problem = for_each_events(&a.common, &ex, Some(&wanted), |article, events| {
        found.insert(article.id.clone(), (article.text.clone(), events));
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
            }
            cands.extend(tr::candidates(&cues, si, doc, text, events, &golds));
        }
        dev.push(set);
    }
    if missing > 0 {
        eprintln!("newsevents: {missing} annotated articles not found in the input");
    }
    let mut set_weights = std::collections::BTreeMap::new();
    for sw in &a.set_weight {
        let (n, w) = sw
            .split_once('=')
            .and_then(|(n, w)| Some((n.to_string(), w.parse::<f64>().ok()?)))
            .with_context(|| format!("--set-weight {sw:?}: expected SET=NUMBER"))?;
        set_weights.insert(n, w);
    }
    let opts = tr::Options {
        set_weights,
        f1_tolerance: a.f1_tolerance,
        folds: a.folds,
        l2: a.l2,
        target_precision: a.target_precision,
        threshold_set: a.threshold_set.clone(),
        ..Default::default()
    };
    let trained = tr::train(&dev, &cands, &opts);
    print!("{}", trained.report);
    if let Some(out) = &a.out {
        let text = serde_json::to_string_pretty(&trained.model)? + "\n";
        std::fs::write(out, text).with_context(|| format!("cannot write {}", out.display()))?;
        eprintln!("newsevents: model written to {}", out.display());
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
