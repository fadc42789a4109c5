//! The `newsevents` command: flag definitions and glue. The work happens in
//! the library's stages (see `src/lib.rs`).

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use newsevents::input::{InputOptions, Inputs, Item};
use newsevents::lexicon::Lexicon;
use newsevents::output::{JsonLines, WriteOutcome};
use newsevents::rules::{RuleSet, RuleSources};
use newsevents::{Event, Extractor};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::process::ExitCode;

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
    /// Compare extraction with gold annotations: precision, recall, F1 per type.
    ///
    /// Example: newsevents eval --gold corpus/gold/synthetic.jsonl corpus/
    Eval(EvalArgs),
    /// List or test the active event rules.
    #[command(subcommand)]
    Rules(RulesCommand),
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
    /// Worker threads (default: number of cores).
    #[arg(short = 'j', long, value_name = "N")]
    jobs: Option<usize>,
}

#[derive(Args)]
struct ExtractArgs {
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
            eprintln!("newsevents: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(a) => extract(&a.common),
        Command::Eval(a) => eval(a),
        Command::Rules(RulesCommand::List { common }) => {
            let ex = build_extractor(&common)?;
            for r in &ex.rules().rules {
                println!("{}\t{}\t{}", r.id, r.event_type, r.triggers.join(", "));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules(RulesCommand::Test { dir }) => rules_test(dir),
    }
}

fn build_extractor(c: &Common) -> Result<Extractor> {
    let lexicon = Lexicon::with_files(&c.lexicon).map_err(|errs| {
        anyhow::anyhow!(
            "lexicon errors:\n  {}",
            errs.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n  ")
        )
    })?;
    let rules = RuleSet::load(&RuleSources {
        no_defaults: c.no_default_rules,
        dirs: c.rules.clone(),
    })
    .map_err(|errs| {
        anyhow::anyhow!(
            "rule errors:\n  {}",
            errs.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n  ")
        )
    })?;
    if let Some(j) = c.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(j.max(1))
            .build_global()
            .context("cannot start worker threads")?;
    }
    Ok(Extractor::new(lexicon, rules))
}

/// Articles per batch handed to the worker threads; output stays in input order.
const BATCH_ARTICLES: usize = 256;
/// Text bytes per batch, so one batch of huge articles stays small.
const BATCH_BYTES: usize = 8 * 1024 * 1024;

/// Runs extraction over all inputs, in batches processed in parallel and
/// written in input order; `each` receives every article's events.
fn for_each_events(
    c: &Common,
    ex: &Extractor,
    only: Option<&HashSet<String>>,
    mut each: impl FnMut(&newsevents::input::Article, Vec<Event>) -> Result<WriteOutcome>,
) -> Result<bool> {
    let inputs = Inputs::new(
        &c.paths,
        InputOptions {
            max_bytes: c.max_bytes,
            stdin_jsonl: c.jsonl,
        },
    );
    let mut had_problem = false;
    let mut batch = Vec::with_capacity(BATCH_ARTICLES);
    let mut bytes = 0usize;
    let mut inputs = inputs.peekable();
    loop {
        let item = inputs.next();
        let end = item.is_none();
        match item {
            Some(Item::Problem(p)) => {
                had_problem = true;
                eprintln!("newsevents: {}: {}", p.input, p.message);
            }
            Some(Item::Article(a)) if only.is_some_and(|o| !o.contains(&a.id)) => {}
            Some(Item::Article(a)) => {
                bytes += a.text.len();
                batch.push(a);
            }
            None => {}
        }
        if batch.len() >= BATCH_ARTICLES || bytes >= BATCH_BYTES || (end && !batch.is_empty()) {
            let results: Vec<Vec<Event>> = batch
                .par_iter()
                .map(|a| ex.extract(&a.id, &a.text))
                .collect();
            for (a, events) in batch.iter().zip(results) {
                if each(a, events)? == WriteOutcome::Closed {
                    return Ok(had_problem);
                }
            }
            batch.clear();
            bytes = 0;
        }
        if end {
            return Ok(had_problem);
        }
    }
}

fn extract(c: &Common) -> Result<ExitCode> {
    let ex = build_extractor(c)?;
    let mut out = JsonLines::new(std::io::stdout().lock());
    let mut closed = false;
    let had_problem = for_each_events(c, &ex, None, |_, events| {
        for e in &events {
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

fn rules_test(dir: Option<PathBuf>) -> Result<ExitCode> {
    let sources = RuleSources {
        no_defaults: dir.is_some(),
        dirs: dir.into_iter().collect(),
    };
    let rules = RuleSet::load(&sources).map_err(|errs| {
        anyhow::anyhow!(
            "rule errors:\n  {}",
            errs.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n  ")
        )
    })?;
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
