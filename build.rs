//! Embeds the default data files (`data/lexicon/*.jsonl`, `data/rules/*.toml`,
//! `data/time/*.toml`, and the sense model's `data/model/sense.json` and
//! `data/sense/cues.toml`)
//! into the binary, so the tool runs with no files beside it and a
//! maintainer adds a data file without touching Rust.

use regex_automata::MatchKind;
use regex_automata::dfa::{StartKind, dense};
use regex_automata::nfa::thompson;
use regex_automata::util::syntax;
use std::env;
use std::fs;
use std::path::Path;

fn embed(dir: &str, ext: &str, out_name: &str) {
    embed_dirs(&[dir], ext, out_name);
}

/// One index of the `ext` files of several folders, folder by folder.
fn embed_dirs(dirs: &[&str], ext: &str, out_name: &str) {
    let mut files = Vec::new();
    for dir in dirs {
        println!("cargo:rerun-if-changed={dir}");
        let mut these: Vec<_> = fs::read_dir(dir)
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        these.retain(|p| p.extension().is_some_and(|e| e == ext));
        these.sort();
        files.extend(these.into_iter().map(|p| (dir, p)));
    }
    let mut code = String::from("&[\n");
    for (dir, f) in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let abs = fs::canonicalize(f).expect("data file path");
        let name = f.file_name().unwrap().to_string_lossy();
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            format!("embedded:{dir}/{name}"),
            abs.display().to_string()
        ));
    }
    code.push(']');
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join(out_name);
    fs::write(out, code).expect("write embedded data index");
}

fn main() {
    embed("data/lexicon", "jsonl", "lexicon_files.rs");
    embed("data/rules", "toml", "rule_files.rs");
    embed("data/time", "toml", "time_files.rs");
    embed_dirs(
        &["data/quantity", "data/segment", "data/words"],
        "toml",
        "table_files.rs",
    );
    // The sense model and its cue lists are included by path (src/sense/);
    // a change to them must rebuild.
    for f in ["data/model/sense.json", "data/sense/cues.toml"] {
        println!("cargo:rerun-if-changed={f}");
    }
    phrase_dfas();
    rules_json();
}

/// The embedded rule files again, each converted to JSON (`rule_json.rs`:
/// name, JSON text, in the order of `rule_files.rs`): the library parses
/// JSON several times faster than TOML, and start-up parsed the rules'
/// TOML. A file that does not parse gets an empty text: the library then
/// parses the TOML, and reports the problem with its line.
fn rules_json() {
    let out = env::var("OUT_DIR").unwrap();
    let mut code = String::from("&[\n");
    for f in toml_files("data/rules") {
        let json = fs::read_to_string(&f)
            .ok()
            .and_then(|text| text.parse::<toml::Table>().ok())
            .and_then(|table| serde_json::to_string(&table).ok())
            .unwrap_or_default();
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        code.push_str(&format!(
            "    ({:?}, {:?}),\n",
            format!("embedded:data/rules/{name}"),
            json
        ));
    }
    code.push(']');
    fs::write(Path::new(&out).join("rule_json.rs"), code).expect("write rule_json.rs");
}

/// The `*.toml` files of `dir`, sorted, as the library embeds them.
fn toml_files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    files.sort();
    files
}

/// The strings of array `key` of every table of array `tables` in `file`;
/// `None` when the file does not parse (the library then reports it).
fn strings_of(file: &Path, tables: &str, key: &str) -> Option<Vec<String>> {
    let text = fs::read_to_string(file).ok()?;
    let doc: toml::Table = text.parse().ok()?;
    let mut out = Vec::new();
    for t in doc
        .get(tables)
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
    {
        for s in t.get(key).and_then(|v| v.as_array()).into_iter().flatten() {
            out.push(s.as_str()?.to_string());
        }
    }
    Some(out)
}

/// Distinct keys in first-seen order.
fn distinct(keys: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    keys.into_iter()
        .filter(|k| seen.insert(k.clone()))
        .collect()
}

/// The trigger phrases of the embedded rules, in the order
/// `RuleSet::from_texts` numbers them.
fn trigger_phrases() -> Option<Vec<String>> {
    let mut keys = Vec::new();
    for f in toml_files("data/rules") {
        let triggers = strings_of(&f, "rule", "triggers")?;
        keys.extend(triggers.iter().map(|t| t.trim().to_ascii_lowercase()));
    }
    Some(distinct(keys))
}

/// The words of the embedded sense cue lists, in the order `Cues::parse`
/// numbers them.
fn sense_cue_phrases() -> Option<Vec<String>> {
    let words = strings_of(Path::new("data/sense/cues.toml"), "cue", "words")?;
    Some(distinct(
        words
            .iter()
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty()),
    ))
}

/// Compiles the phrase automata of the embedded data (src/phrases_dfa/)
/// and writes them serialised, with the phrases they were compiled from,
/// to `phrase_dfas.rs` and its `.dfa` files. Data that does not parse or
/// compile gets an empty entry: the library then compiles at run time,
/// and reports the problem as it would without this.
fn phrase_dfas() {
    let out = env::var("OUT_DIR").unwrap();
    let mut code = String::new();
    for (name, phrases, ci) in [
        ("TRIGGERS", trigger_phrases(), true),
        ("SENSE_CUES", sense_cue_phrases(), false),
    ] {
        let (phrases, order, bytes) = phrases
            .and_then(|p| {
                let order = priority(&p);
                let dfa = compile(&p, &order, ci).ok()?;
                let (buf, pad) = dfa.to_bytes_native_endian();
                Some((p, order, buf[pad..].to_vec()))
            })
            .unwrap_or_default();
        let file = Path::new(&out).join(format!("{}.dfa", name.to_lowercase()));
        fs::write(&file, bytes).expect("write a phrase DFA");
        code.push_str(&format!(
            "/// The embedded automaton of {name} (build.rs).\n\
             pub(crate) static {name}: Embedded = Embedded {{\n    \
             phrases: &{phrases:?},\n    order: &{order:?},\n    \
             ascii_case_insensitive: {ci},\n    \
             bytes: &Aligned {{ _align: [], bytes: *include_bytes!({file:?}) }},\n}};\n",
        ));
    }
    fs::write(Path::new(&out).join("phrase_dfas.rs"), code).expect("write phrase_dfas.rs");
}

/// The order the phrases are given to the DFA in: longest first (stable),
/// so that leftmost-first finds the longest phrase at the leftmost start.
/// DFA pattern `k` is phrase `order[k]`.
fn priority(phrases: &[String]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..phrases.len() as u32).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(phrases[i as usize].len()));
    order
}

/// One phrase as a byte regex: ASCII letters as `[aA]` when
/// `ascii_case_insensitive`, every other byte as `\xHH` (a byte, not a
/// character: the syntax runs with Unicode off).
fn pattern(phrase: &str, ascii_case_insensitive: bool) -> String {
    let mut out = String::with_capacity(phrase.len() * 4);
    for b in phrase.bytes() {
        if ascii_case_insensitive && b.is_ascii_alphabetic() {
            out.push('[');
            out.push(b.to_ascii_lowercase() as char);
            out.push(b.to_ascii_uppercase() as char);
            out.push(']');
        } else {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

/// The phrases, in `order`, as one unanchored leftmost-first DFA over
/// bytes, minimised: the same matches as the run-time Aho-Corasick
/// automaton (leftmost-longest) of src/phrases_dfa/, which tests compare.
fn compile(
    phrases: &[String],
    order: &[u32],
    ascii_case_insensitive: bool,
) -> Result<dense::DFA<Vec<u32>>, String> {
    let patterns: Vec<String> = order
        .iter()
        .map(|&i| pattern(&phrases[i as usize], ascii_case_insensitive))
        .collect();
    dense::Builder::new()
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .thompson(thompson::Config::new().utf8(false))
        .configure(
            dense::Config::new()
                .match_kind(MatchKind::LeftmostFirst)
                .start_kind(StartKind::Unanchored)
                .minimize(true),
        )
        .build_many(&patterns)
        .map_err(|e| e.to_string())
}
