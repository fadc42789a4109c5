//! Embeds the default data files (`data/lexicon/*.jsonl`, `data/rules/*.toml`,
//! `data/time/*.toml`, and the sense model's `data/model/sense.json` and
//! `data/sense/cues.toml`)
//! into the binary, so the tool runs with no files beside it and a
//! maintainer adds a data file without touching Rust.

use regex_automata::MatchKind;
use regex_automata::dfa::{StartKind, dense};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::syntax;
use std::env;
use std::fs;
use std::path::Path;

#[path = "src/ascii_hir.rs"]
mod ascii_hir;

// The library's byte trie, to build the embedded lexicon's actor trie here
// (`lexicon_trie`); most of it only the library uses.
#[allow(dead_code)]
#[path = "src/trie.rs"]
mod trie;

// The spellings each lexicon entry is matched by, as the library numbers
// its forms (`lexicon_forms`).
#[path = "src/lexicon/spellings.rs"]
mod spellings;

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
    lexicon_compact();
    lexicon_trie();
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
    sense_compact();
    phrase_dfas();
    pattern_dfas();
    rules_json();
    rules_compact();
    tables_compact(&["data/quantity", "data/segment", "data/words"]);
}

/// The embedded word tables (`table_files.rs`'s files, in its order),
/// merged as `src/vocab.rs` merges them (a later file's entry for a word
/// already listed replaces it in place), in the compact form its
/// `Tables::decode` reads (`tables.bin`): start-up spent 5.6M instructions
/// parsing their TOML. Each table: a kind byte (0 words, 1 (word, code)
/// pairs, 2 number words, 3 role nouns, 4 calendar names), its name, its
/// entry count, the entries; strings as `u32` length and bytes, numbers
/// `u128` little-endian. A file this encoder cannot read as the library
/// would (a section, field or shape it does not know, a word twice in one
/// file) empties the whole form: the library then parses the TOML, which
/// reports the problem with its line. The library's test
/// `embedded_compact_tables_equal_the_toml_ones` checks the two agree.
fn tables_compact(dirs: &[&str]) {
    let mut files = Vec::new();
    for dir in dirs {
        files.extend(toml_files(dir));
    }
    let bytes = encode_tables(&files).unwrap_or_default();
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("tables.bin");
    fs::write(out, bytes).expect("write tables.bin");
}

/// One merged table: its kind byte and entries (key, encoded entry).
type CompactTable = (u8, Vec<(String, Vec<u8>)>);

fn encode_tables(files: &[std::path::PathBuf]) -> Option<Vec<u8>> {
    fn str_bytes(out: &mut Vec<u8>, s: &str) -> Option<()> {
        out.extend_from_slice(&u32::try_from(s.len()).ok()?.to_le_bytes());
        out.extend_from_slice(s.as_bytes());
        Some(())
    }
    fn strings(out: &mut Vec<u8>, v: &toml::Value) -> Option<()> {
        let a = v.as_array()?;
        out.extend_from_slice(&u32::try_from(a.len()).ok()?.to_le_bytes());
        for s in a {
            str_bytes(out, s.as_str()?)?;
        }
        Some(())
    }
    /// The fields of an entry table, none but `allowed`.
    fn only(t: &toml::Table, allowed: &[&str]) -> Option<()> {
        t.keys()
            .all(|k| allowed.contains(&k.as_str()))
            .then_some(())
    }
    /// (kind, key, encoded entry) of one list element.
    fn entry(v: &toml::Value) -> Option<(u8, String, Vec<u8>)> {
        let mut out = Vec::new();
        if let Some(s) = v.as_str() {
            str_bytes(&mut out, s)?;
            return Some((0, s.to_string(), out));
        }
        if let Some(a) = v.as_array() {
            let [w, c] = a.as_slice() else { return None };
            let w = w.as_str()?;
            str_bytes(&mut out, w)?;
            str_bytes(&mut out, c.as_str()?)?;
            return Some((1, w.to_string(), out));
        }
        let t = v.as_table()?;
        if let Some(w) = t.get("word") {
            only(t, &["word", "value", "glued_only"])?;
            let w = w.as_str()?;
            let value = u128::try_from(t.get("value")?.as_integer()?).ok()?;
            let glued = match t.get("glued_only") {
                Some(g) => g.as_bool()?,
                None => false,
            };
            str_bytes(&mut out, w)?;
            out.extend_from_slice(&value.to_le_bytes());
            out.push(glued as u8);
            return Some((2, w.to_string(), out));
        }
        if let Some(n) = t.get("noun") {
            only(t, &["noun", "titles"])?;
            let n = n.as_str()?;
            str_bytes(&mut out, n)?;
            strings(&mut out, t.get("titles")?)?;
            return Some((3, n.to_string(), out));
        }
        only(t, &["name", "abbreviations"])?;
        let n = t.get("name")?.as_str()?;
        str_bytes(&mut out, n)?;
        strings(&mut out, t.get("abbreviations")?)?;
        Some((4, n.to_lowercase(), out))
    }
    const SECTIONS: [&str; 7] = [
        "currencies",
        "iso4217",
        "quantity",
        "quantity_grammar",
        "segment",
        "people",
        "calendar",
    ];
    let mut tables: Vec<(String, CompactTable)> = Vec::new();
    for f in files {
        let doc: toml::Table = fs::read_to_string(f).ok()?.parse().ok()?;
        let mut this_file: std::collections::HashSet<(String, String)> = Default::default();
        for (section, keys) in &doc {
            if !SECTIONS.contains(&section.as_str()) {
                return None;
            }
            for (key, list) in keys.as_table()? {
                let name = if section == "iso4217" {
                    if key != "active" && key != "withdrawn" {
                        return None;
                    }
                    "iso4217".to_string()
                } else {
                    key.clone()
                };
                for v in list.as_array()? {
                    let (kind, k, bytes) = entry(v)?;
                    if !this_file.insert((name.clone(), k.clone())) {
                        return None;
                    }
                    let i = match tables.iter().position(|(n, _)| *n == name) {
                        Some(i) => i,
                        None => {
                            tables.push((name.clone(), (kind, Vec::new())));
                            tables.len() - 1
                        }
                    };
                    let (table_kind, entries) = &mut tables[i].1;
                    if *table_kind != kind {
                        return None;
                    }
                    match entries.iter_mut().find(|(key, _)| *key == k) {
                        Some(e) => e.1 = bytes,
                        None => entries.push((k, bytes)),
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    for (name, (kind, entries)) in &tables {
        out.push(*kind);
        str_bytes(&mut out, name)?;
        out.extend_from_slice(&u32::try_from(entries.len()).ok()?.to_le_bytes());
        for (_, e) in entries {
            out.extend_from_slice(e);
        }
    }
    Some(out)
}

/// The embedded rule files again, each pre-parsed into the compact form
/// `src/rules/compact.rs` reads (`rule_compact.rs`: one byte string per
/// file, in the order of `rule_files.rs`, each included from its
/// `rules-NAME.bin` beside it): start-up spent 9.5M instructions parsing
/// their JSON. A file this encoder cannot write as serde would read it (a
/// table or field it does not know, a value of another type) gets an empty
/// string: the library then reads the JSON, or the TOML, which reports the
/// problem with its line.
fn rules_compact() {
    write_compact_forms(
        &toml_files("data/rules"),
        "rules",
        "rule_compact.rs",
        |text| {
            text.parse::<toml::Table>()
                .ok()
                .and_then(|table| serde_json::to_value(table).ok())
                .and_then(|value| encode_rule_file(&value))
        },
    );
}

/// Writes each file's compact form (`encode` of its text; empty when it
/// cannot encode it, so the run-time path parses the file instead) to
/// `OUT_DIR/PREFIX-NAME.bin`, and `OUT_DIR/LIST` as a slice of their
/// `include_bytes!`, in the files' order: what the rules' and the lexicon's
/// compact readers index by file.
fn write_compact_forms(
    files: &[std::path::PathBuf],
    prefix: &str,
    list: &str,
    encode: impl Fn(&str) -> Option<Vec<u8>>,
) {
    let out = env::var("OUT_DIR").unwrap();
    let mut code = String::from("&[\n");
    for f in files {
        let bytes = fs::read_to_string(f)
            .ok()
            .and_then(|text| encode(&text))
            .unwrap_or_default();
        let name = f.file_name().unwrap().to_string_lossy();
        let bin = Path::new(&out).join(format!("{prefix}-{name}.bin"));
        fs::write(&bin, bytes).expect("write a compact form");
        code.push_str(&format!(
            "    include_bytes!({:?}),\n",
            bin.display().to_string()
        ));
    }
    code.push(']');
    fs::write(Path::new(&out).join(list), code).expect("write the list of compact forms");
}

/// Writes the compact form of values: numbers `u32` little-endian, a
/// string its byte length (its bytes go to the text, `.1`, one string after
/// the other), a list of strings its length and each; `None` from any
/// method when the value is not of that kind. [`Compact::finish`]: the
/// text's length, the text, then the rest.
struct Compact(Vec<u8>, String);

impl Compact {
    fn u32(&mut self, n: usize) -> Option<()> {
        self.0
            .extend_from_slice(&u32::try_from(n).ok()?.to_le_bytes());
        Some(())
    }

    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    /// A required string.
    fn str(&mut self, v: Option<&serde_json::Value>) -> Option<()> {
        let s = v?.as_str()?;
        self.u32(s.len())?;
        self.1.push_str(s);
        Some(())
    }

    fn finish(self) -> Option<Vec<u8>> {
        let mut out = u32::try_from(self.1.len()).ok()?.to_le_bytes().to_vec();
        out.extend_from_slice(self.1.as_bytes());
        out.extend_from_slice(&self.0);
        Some(out)
    }

    /// A string with a default when absent.
    fn str_or(&mut self, v: Option<&serde_json::Value>, default: &str) -> Option<()> {
        match v {
            None => self.str(Some(&serde_json::Value::from(default))),
            some => self.str(some),
        }
    }

    /// An optional string (absent or null: none): a byte 0, or 1 and the string.
    fn opt(&mut self, v: Option<&serde_json::Value>) -> Option<()> {
        match v {
            None | Some(serde_json::Value::Null) => {
                self.byte(0);
                Some(())
            }
            some => {
                self.byte(1);
                self.str(some)
            }
        }
    }

    /// A list of strings (absent: empty, when `default`).
    fn list(&mut self, v: Option<&serde_json::Value>, default: bool) -> Option<()> {
        let items = if default {
            array_or_empty(v)?
        } else {
            v?.as_array()?
        };
        self.u32(items.len())?;
        for item in items {
            self.str(Some(item))?;
        }
        Some(())
    }

    /// A table of string lists (absent: empty): its size, then each key and list.
    fn lists(&mut self, v: Option<&serde_json::Value>) -> Option<()> {
        let empty = serde_json::Map::new();
        let map = match v {
            None => &empty,
            Some(v) => v.as_object()?,
        };
        self.u32(map.len())?;
        for (k, list) in map {
            self.str(Some(&serde_json::Value::from(k.as_str())))?;
            self.list(Some(list), false)?;
        }
        Some(())
    }
}

/// `None` when `table` has a key outside `known` (serde's `deny_unknown_fields`).
fn only_keys(table: &serde_json::Map<String, serde_json::Value>, known: &[&str]) -> Option<()> {
    table
        .keys()
        .all(|k| known.contains(&k.as_str()))
        .then_some(())
}

/// An array a file may leave out (serde's default: empty); `None` when the
/// value is there but no array.
fn array_or_empty(v: Option<&serde_json::Value>) -> Option<&[serde_json::Value]> {
    match v {
        None => Some(&[]),
        Some(v) => v.as_array().map(Vec::as_slice),
    }
}

/// A rule file (its TOML as a JSON value) in the compact form
/// `src/rules/compact.rs` reads, field by field as `rules::Rule`,
/// `rules::Example`, `rules::Cues` and `rules::RoleFrame` declare them
/// (enums as their names, which the library reads with serde); `None`
/// when serde would not read it so.
fn encode_rule_file(file: &serde_json::Value) -> Option<Vec<u8>> {
    let file = file.as_object()?;
    only_keys(file, &["rule", "cues", "roles"])?;
    let mut w = Compact(Vec::new(), String::new());
    let rules = array_or_empty(file.get("rule"))?;
    w.u32(rules.len())?;
    for rule in rules {
        let r = rule.as_object()?;
        only_keys(
            r,
            &[
                "id",
                "type",
                "description",
                "triggers",
                "requires",
                "near",
                "patterns",
                "before",
                "article",
                "veto",
                "veto_before_near",
                "window",
                "modality",
                "examples",
                "same_country",
            ],
        )?;
        w.str(r.get("id"))?;
        w.str(r.get("type"))?;
        w.str_or(r.get("description"), "")?;
        w.list(r.get("triggers"), false)?;
        for list in [
            "requires",
            "near",
            "patterns",
            "before",
            "article",
            "veto",
            "veto_before_near",
        ] {
            w.list(r.get(list), true)?;
        }
        match r.get("window") {
            None => w.u32(4)?,
            Some(v) => w.u32(usize::try_from(v.as_u64()?).ok()?)?,
        }
        w.opt(r.get("modality"))?;
        let examples = array_or_empty(r.get("examples"))?;
        w.u32(examples.len())?;
        for example in examples {
            let e = example.as_object()?;
            only_keys(e, &["text", "fires", "modality"])?;
            w.str(e.get("text"))?;
            w.byte(u8::from(e.get("fires")?.as_bool()?));
            w.opt(e.get("modality"))?;
        }
        w.str_or(r.get("same_country"), "never")?;
    }
    match file.get("cues") {
        None => w.byte(0),
        Some(cues) => {
            let c = cues.as_object()?;
            only_keys(c, &["modality", "roles"])?;
            w.byte(1);
            w.lists(c.get("modality"))?;
            w.lists(c.get("roles"))?;
        }
    }
    match file.get("roles") {
        None => w.byte(0),
        Some(roles) => {
            let frames = roles.as_object()?;
            w.byte(1);
            w.u32(frames.len())?;
            for (ty, frame) in frames {
                let f = frame.as_object()?;
                only_keys(
                    f,
                    &[
                        "before",
                        "after",
                        "source_preps",
                        "target_preps",
                        "passive",
                        "target_verbs",
                    ],
                )?;
                w.str(Some(&serde_json::Value::from(ty.as_str())))?;
                w.str_or(f.get("before"), "source")?;
                w.str_or(f.get("after"), "target")?;
                for list in ["source_preps", "target_preps", "passive", "target_verbs"] {
                    w.list(f.get(list), true)?;
                }
            }
        }
    }
    w.finish()
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

/// The embedded lexicon files again, each pre-parsed into the compact form
/// `src/lexicon/compact.rs` reads (`lexicon_compact.rs`: one byte string
/// per file, in the order of `lexicon_files.rs`, each included from its
/// `lexicon-NAME.bin` beside it): start-up spent 16M
/// instructions parsing their JSON. A file with a line this encoder does
/// not understand (bad JSON, an unknown field, a wrong type) gets an empty
/// string: the library then parses its JSON, and reports the problem with
/// its line.
fn lexicon_compact() {
    let mut files: Vec<_> = fs::read_dir("data/lexicon")
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "jsonl"));
    files.sort();
    write_compact_forms(&files, "lexicon", "lexicon_compact.rs", encode_lexicon);
}

/// The embedded lexicon's actor trie, built as `Lexicon::compile` builds
/// it (src/lexicon/mod.rs), with the forms it was built from and the form
/// of each spelling (`lexicon_trie.rs`: `(forms, trie, spelling_forms)`,
/// each included from a file beside it; the forms each a u32 length,
/// little-endian, and the bytes; the spellings' forms a u32 each). At
/// start-up the lexicon numbers its spellings' forms by these, checking
/// each spelling against its form, and reads the trie instead of building
/// it (7M instructions) and the forms instead of a map of them (3M);
/// a user file that changes a form, or any other mismatch, sends it down
/// the run-time path. All empty when a file does not parse here (the
/// library then builds everything itself).
fn lexicon_trie() {
    let out = env::var("OUT_DIR").unwrap();
    let (forms, spelling_forms) = lexicon_forms().unwrap_or_default();
    let (forms_bin, trie_bin, ids_bin) = if forms.is_empty() {
        (Vec::new(), Vec::new(), Vec::new())
    } else {
        let mut bin = Vec::new();
        for f in &forms {
            bin.extend_from_slice(&(f.len() as u32).to_le_bytes());
            bin.extend_from_slice(f.as_bytes());
        }
        let ids: Vec<u8> = spelling_forms
            .iter()
            .flat_map(|&i| (i as u32).to_le_bytes())
            .collect();
        (bin, trie::ByteTrie::new(&forms).to_bytes(), ids)
    };
    let forms_path = Path::new(&out).join("lexicon-forms.bin");
    let trie_path = Path::new(&out).join("lexicon-trie.bin");
    let ids_path = Path::new(&out).join("lexicon-spelling-forms.bin");
    fs::write(&forms_path, forms_bin).expect("write lexicon-forms.bin");
    fs::write(&trie_path, trie_bin).expect("write lexicon-trie.bin");
    fs::write(&ids_path, ids_bin).expect("write lexicon-spelling-forms.bin");
    let code = format!(
        "(include_bytes!({:?}), &crate::phrases_dfa::Aligned {{ _align: [], bytes: *include_bytes!({:?}) }}, include_bytes!({:?}))",
        forms_path.display().to_string(),
        trie_path.display().to_string(),
        ids_path.display().to_string()
    );
    fs::write(Path::new(&out).join("lexicon_trie.rs"), code).expect("write lexicon_trie.rs");
}

/// The lowercase forms of the embedded lexicon, form `i` the one
/// `Lexicon::compile` numbers `i`: entries loaded file by file, a later
/// entry of the same name, kind and `valid_from` replacing an earlier one
/// in place (`Loader::add`); then each entry's spellings as
/// `spellings::entry_spellings` gives them; and the form of each
/// non-blank spelling in that order.
/// `None` when a line does not parse.
fn lexicon_forms() -> Option<(Vec<String>, Vec<usize>)> {
    use serde_json::Value;
    let mut files: Vec<_> = fs::read_dir("data/lexicon")
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "jsonl"));
    files.sort();
    // (name, aliases, demonyms) per entry, in load order.
    type Spellings = (String, Vec<String>, Vec<String>);
    let mut entries: Vec<Spellings> = Vec::new();
    let mut by_key: std::collections::HashMap<(String, String, Option<String>), usize> =
        std::collections::HashMap::new();
    for f in &files {
        let text = fs::read_to_string(f).ok()?;
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with("//") {
                continue;
            }
            let Value::Object(obj) = serde_json::from_str(line).ok()? else {
                return None;
            };
            let string = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_string);
            let list = |k: &str| -> Option<Vec<String>> {
                match obj.get(k) {
                    None => Some(Vec::new()),
                    Some(Value::Array(items)) => items
                        .iter()
                        .map(|i| i.as_str().map(str::to_string))
                        .collect(),
                    Some(_) => None,
                }
            };
            let name = string("name")?;
            let kind = string("kind")?;
            let valid_from = match obj.get("valid_from") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) => Some(s.clone()),
                Some(_) => return None,
            };
            let entry = (name.clone(), list("aliases")?, list("demonyms")?);
            match by_key.get(&(name.clone(), kind.clone(), valid_from.clone())) {
                Some(&i) => entries[i] = entry,
                None => {
                    by_key.insert((name, kind, valid_from), entries.len());
                    entries.push(entry);
                }
            }
        }
    }
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut forms: Vec<String> = Vec::new();
    let mut spelling_forms: Vec<usize> = Vec::new();
    let mut add = |spelling: &str, _demonym: bool| {
        let spelling = spelling.trim();
        if spelling.is_empty() {
            return;
        }
        let key = spelling.to_ascii_lowercase();
        let id = *index.entry(key.clone()).or_insert_with(|| {
            forms.push(key);
            forms.len() - 1
        });
        spelling_forms.push(id);
    };
    for (name, aliases, demonyms) in &entries {
        spellings::entry_spellings(name, aliases, demonyms, &mut add);
    }
    Some((forms, spelling_forms))
}

/// How a field of a lexicon entry is written in the compact form.
#[derive(Clone, Copy, PartialEq)]
enum LexField {
    /// A required string: its length (u32, little-endian); its bytes are
    /// the text's next ones (`encode_lexicon`).
    Str,
    /// The actor kind: one byte, its index in [`LEXICON_KINDS`].
    Kind,
    /// An optional string (null or absent: none): a byte 0, or 1 and the string.
    OptStr,
    /// A list of strings (absent: empty): their number (u32), then each.
    List,
    /// A boolean (absent: false): one byte, 0 or 1.
    Bool,
}

/// The fields of `lexicon::Entry`, in the order the compact form writes
/// them (and `src/lexicon/compact.rs` reads them).
const LEXICON_FIELDS: &[(&str, LexField)] = &[
    ("name", LexField::Str),
    ("kind", LexField::Kind),
    ("country", LexField::OptStr),
    ("aliases", LexField::List),
    ("demonyms", LexField::List),
    ("metonym", LexField::Bool),
    ("gathering", LexField::Bool),
    ("trade_bloc", LexField::Bool),
    ("valid_from", LexField::OptStr),
    ("valid_to", LexField::OptStr),
    ("title", LexField::OptStr),
    ("cues", LexField::List),
    ("members", LexField::List),
    ("currency", LexField::OptStr),
    ("former_currencies", LexField::List),
    ("note", LexField::OptStr),
];

/// The actor kinds as written, in the order of `lexicon::ActorKind`.
const LEXICON_KINDS: [&str; 6] = [
    "country",
    "person",
    "organization",
    "company",
    "agency",
    "place",
];

/// A lexicon file's entries in the compact form: the length (u32) of the
/// text that holds every string's bytes, one after the other, and the text;
/// then per entry its line number (u32) and its fields as
/// [`LEXICON_FIELDS`] lists them (a string's length; its bytes are the
/// text's next ones).
/// Lines are skipped as the library skips them (blank, `//`). `None`
/// when a line is not an entry this encoder can write.
fn encode_lexicon(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    // Every string's bytes, one after the other (its length is in `out`).
    let mut strings = String::new();
    let mut put_str = |out: &mut Vec<u8>, s: &str| {
        out.extend_from_slice(&u32::try_from(s.len()).ok()?.to_le_bytes());
        strings.push_str(s);
        Some(())
    };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        let serde_json::Value::Object(obj) = serde_json::from_str(line).ok()? else {
            return None;
        };
        if obj
            .keys()
            .any(|k| !LEXICON_FIELDS.iter().any(|(f, _)| f == k))
        {
            return None;
        }
        out.extend_from_slice(&u32::try_from(n + 1).ok()?.to_le_bytes());
        for &(field, how) in LEXICON_FIELDS {
            use serde_json::Value;
            match (how, obj.get(field)) {
                (LexField::Str, Some(Value::String(s))) => put_str(&mut out, s)?,
                (LexField::Kind, Some(Value::String(s))) => {
                    out.push(LEXICON_KINDS.iter().position(|k| k == s)? as u8);
                }
                (LexField::OptStr, None | Some(Value::Null)) => out.push(0),
                (LexField::OptStr, Some(Value::String(s))) => {
                    out.push(1);
                    put_str(&mut out, s)?;
                }
                (LexField::List, None) => out.extend_from_slice(&0u32.to_le_bytes()),
                (LexField::List, Some(Value::Array(items))) => {
                    out.extend_from_slice(&u32::try_from(items.len()).ok()?.to_le_bytes());
                    for item in items {
                        put_str(&mut out, item.as_str()?)?;
                    }
                }
                (LexField::Bool, None) => out.push(0),
                (LexField::Bool, Some(Value::Bool(b))) => out.push(u8::from(*b)),
                _ => return None,
            }
        }
    }
    // The text first (its length, then it), then the rest.
    let mut all = u32::try_from(strings.len()).ok()?.to_le_bytes().to_vec();
    all.extend_from_slice(strings.as_bytes());
    all.extend_from_slice(&out);
    Some(all)
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

/// The embedded sense model (`data/model/sense.json`) in the compact form
/// `Sense::from_compact` reads (`sense_compact.rs`: its bytes), where
/// parsing the JSON cost some 2M instructions at start-up: the thresholds
/// (a u32 count, then each type's name as a u32 length and bytes and its
/// value as the f64's bits, u64 little-endian), the calibration's `a` and
/// `b`, then the weights likewise in the names' sorted order. Numbers are
/// read by serde_json, as the library reads the JSON. Empty (the library
/// parses the JSON, which reports the problem) for a file that does not
/// read as a model: not JSON, a field unknown or missing or of another
/// type, another format, a threshold outside 0..=1. `the_compact_model_
/// reads_as_its_json` (src/sense/) compares the two.
fn sense_compact() {
    let out = env::var("OUT_DIR").unwrap();
    let bin = fs::read_to_string("data/model/sense.json")
        .ok()
        .and_then(|text| encode_sense(&text))
        .unwrap_or_default();
    let path = Path::new(&out).join("sense-model.bin");
    fs::write(&path, bin).expect("write sense-model.bin");
    fs::write(
        Path::new(&out).join("sense_compact.rs"),
        format!("include_bytes!({:?})", path.display().to_string()),
    )
    .expect("write sense_compact.rs");
}

/// The compact form of a model file's text (see [`sense_compact`]).
fn encode_sense(text: &str) -> Option<Vec<u8>> {
    use serde_json::Value;
    let v: Value = serde_json::from_str(text).ok()?;
    let obj = v.as_object()?;
    let known = [
        "format",
        "about",
        "thresholds",
        "calibration",
        "l2",
        "weights",
    ];
    if obj.keys().any(|k| !known.contains(&k.as_str())) {
        return None;
    }
    if obj.get("format")?.as_str()? != "newsevents-sense-1" {
        return None;
    }
    if let Some(about) = obj.get("about")
        && !about.as_array()?.iter().all(Value::is_string)
    {
        return None;
    }
    obj.get("l2")?.as_f64()?;
    let calibration = obj.get("calibration")?.as_object()?;
    if calibration.keys().any(|k| k != "a" && k != "b") {
        return None;
    }
    let (a, b) = (
        calibration.get("a")?.as_f64()?,
        calibration.get("b")?.as_f64()?,
    );
    if !a.is_finite() || !b.is_finite() {
        return None;
    }
    let mut out = Vec::new();
    let pairs = |map: &serde_json::Map<String, Value>, out: &mut Vec<u8>| -> Option<()> {
        out.extend_from_slice(&u32::try_from(map.len()).ok()?.to_le_bytes());
        // Sorted by name, as the model's `BTreeMap`s are.
        let sorted: std::collections::BTreeMap<&String, &Value> = map.iter().collect();
        for (k, v) in sorted {
            let x = v.as_f64()?;
            if !x.is_finite() {
                return None;
            }
            out.extend_from_slice(&u32::try_from(k.len()).ok()?.to_le_bytes());
            out.extend_from_slice(k.as_bytes());
            out.extend_from_slice(&x.to_bits().to_le_bytes());
        }
        Some(())
    };
    let thresholds = obj.get("thresholds")?.as_object()?;
    if thresholds
        .values()
        .any(|t| !t.as_f64().is_some_and(|t| (0.0..=1.0).contains(&t)))
    {
        return None;
    }
    pairs(thresholds, &mut out)?;
    out.extend_from_slice(&a.to_bits().to_le_bytes());
    out.extend_from_slice(&b.to_bits().to_le_bytes());
    pairs(obj.get("weights")?.as_object()?, &mut out)?;
    Some(out)
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
/// character: the syntax runs with Unicode off, so a phrase may end inside
/// a character).
fn pattern(phrase: &[u8], ascii_case_insensitive: bool) -> String {
    let mut out = String::with_capacity(phrase.len() * 4);
    for &b in phrase {
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
        .map(|&i| pattern(phrases[i as usize].as_bytes(), ascii_case_insensitive))
        .collect();
    unanchored_byte_dfa(&patterns, dense::Config::new().minimize(true))
}

/// Byte regexes written by [`pattern`] as one unanchored leftmost-first
/// DFA, Unicode and UTF-8 off, with `config`'s other settings (minimised
/// for the trigger phrases, size-bounded for a pattern's prefilter words).
fn unanchored_byte_dfa(
    patterns: &[String],
    config: dense::Config,
) -> Result<dense::DFA<Vec<u32>>, String> {
    dense::Builder::new()
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .thompson(thompson::Config::new().utf8(false))
        .configure(
            config
                .match_kind(MatchKind::LeftmostFirst)
                .start_kind(StartKind::Unanchored),
        )
        .build_many(patterns)
        .map_err(|e| e.to_string())
}

/// The largest forward DFA of one rule pattern that `pattern_dfas` embeds
/// (its reverse DFA is smaller): the embedded rules' patterns mostly take
/// 2-70 KB, a common one 550 KB; those that would take more (a long list
/// of titles after up to three free words) run on the lazy DFA instead.
/// Measured in the thirtieth session (`benches/instructions.sh`, peak RSS
/// of `extract -j 2` over both shared corpora): 640 KB 854.5M
/// instructions per article, 34.1 MB binary, 58.6 MiB; 1 MB 848.1M, 38.8
/// MB, 58.9 MiB; 2 MB 823.3M but 62.7 MB and 66.6 MiB, past the 64 MiB
/// the throughput issue allows.
const PATTERN_DFA_LIMIT: usize = 1 << 20;

/// The distinct `patterns` of the embedded rules, in file order.
fn rule_patterns() -> Option<Vec<String>> {
    let mut all = Vec::new();
    for f in toml_files("data/rules") {
        all.extend(strings_of(&f, "rule", "patterns")?);
    }
    Some(distinct(all))
}

/// Compiles the embedded rules' patterns, in their form for plain text
/// (src/ascii_hir.rs), to dense forward and reverse DFAs (as
/// `regex_automata::dfa::regex::Regex` pairs them), and writes them
/// serialised to `pattern_dfas.dfa` with their index `pattern_dfas.rs`
/// (pattern, forward DFA's offset and length, reverse DFA's offset and
/// length, the characters past ASCII the pattern names, whether its form
/// stands for it on plain text, and the form's syntax tree): an ASCII
/// sentence (most) is then searched with no pattern compiled and no lazy
/// DFA state built at run time (src/rules.rs). A pattern whose DFA is too
/// large has lengths 0: the library compiles its form from its syntax
/// tree, embedded as numbers, without parsing the pattern again. A
/// pattern that does not parse is left out.
fn pattern_dfas() {
    let out = env::var("OUT_DIR").unwrap();
    let mut blob: Vec<u8> = Vec::new();
    let mut index = Vec::new();
    for p in rule_patterns().unwrap_or_default() {
        let Some(form) = pattern_form(&p) else {
            continue;
        };
        let mut place = |dfa: &dense::DFA<Vec<u32>>| {
            let (buf, pad) = dfa.to_bytes_native_endian();
            let at = blob.len();
            blob.extend_from_slice(&buf[pad..]);
            // (Each DFA starts on an 8-byte boundary of the aligned blob.)
            blob.resize(blob.len().next_multiple_of(8), 0);
            (at, buf.len() - pad)
        };
        let (f, r) = match &form.dfas {
            Some((fwd, rev)) => (place(fwd), place(rev)),
            None => ((0, 0), (0, 0)),
        };
        let l = form.literals.as_ref().map_or((0, 0), &mut place);
        let s = form.starts.as_ref().map_or((0, 0), &mut place);
        index.push(format!(
            "    ({p:?}, {}, {}, {}, {}, {}, {}, {}, {}, &{:?}, {}, &{:?}),\n",
            f.0, f.1, r.0, r.1, l.0, l.1, s.0, s.1, form.alphabet, form.plain, form.code
        ));
    }
    let file = Path::new(&out).join("pattern_dfas.dfa");
    fs::write(&file, &blob).expect("write the pattern DFAs");
    let index = index.concat();
    let code = format!(
        "/// The embedded rules' patterns with their DFAs' places in\n\
         /// [`PATTERN_DFA_BYTES`] and the non-ASCII characters the patterns\n\
         /// as written can match: (pattern, forward offset, forward length,\n\
         /// reverse offset, reverse length (0: no DFAs), literal prefilter\n\
         /// offset and length (0: none; only where no DFAs), the start words'\n\
         /// prefilter offset and length (0: none), character ranges,\n\
         /// whether the form also stands for the pattern on text with plain\n\
         /// characters past ASCII, the form's syntax tree as numbers where\n\
         /// it has no DFAs) (build.rs).\n\
         pub(crate) static PATTERN_DFAS: &[(&str, usize, usize, usize, usize, usize, usize, usize, usize, &[(u32, u32)], bool, &[u32])] = &[\n{index}];\n\
         /// The DFAs of [`PATTERN_DFAS`], serialised in this host's byte order.\n\
         pub(crate) static PATTERN_DFA_BYTES: &crate::phrases_dfa::Aligned<[u8]> = \
         &crate::phrases_dfa::Aligned {{ _align: [], bytes: *include_bytes!({file:?}) }};\n"
    );
    fs::write(Path::new(&out).join("pattern_dfas.rs"), code).expect("write pattern_dfas.rs");
}

/// A pattern's forward and reverse DFAs.
type DfaPair = (dense::DFA<Vec<u32>>, dense::DFA<Vec<u32>>);

/// A pattern's form for plain text, as `pattern_dfas` embeds it.
struct PatternForm {
    /// Its forward and reverse DFAs, unless too large.
    dfas: Option<DfaPair>,
    /// The non-ASCII characters the pattern as written names (ranges,
    /// merged; `ascii_hir::alphabet`).
    alphabet: Vec<(u32, u32)>,
    /// Whether the form stands for the pattern on text with plain
    /// characters (`ascii_hir::plain_safe`).
    plain: bool,
    /// The form's syntax tree as numbers (`ascii_hir::encode`) when it
    /// has no DFAs (else empty): the library rebuilds the tree from them
    /// instead of parsing the pattern (with its Unicode case folding)
    /// again.
    code: Vec<u32>,
    /// Where it has no DFAs: the DFA of the words one of which ends (or
    /// starts) each of its matches (`ascii_hir::literal_words`), ASCII
    /// case-insensitive, searched before the form is compiled or run.
    literals: Option<dense::DFA<Vec<u32>>>,
    /// Where `literals` are the words that end each match: the DFA of the
    /// words one of which starts each (`ascii_hir::start_words`), when
    /// they differ, searched too.
    starts: Option<dense::DFA<Vec<u32>>>,
}

/// Pattern `p`'s form for plain text, parsed as the library parses it
/// (case-insensitive, Unicode) and then cut to ASCII and the plain
/// characters (src/ascii_hir.rs), with its forward and reverse DFAs
/// unless they are too large; `None` when it does not parse.
fn pattern_form(p: &str) -> Option<PatternForm> {
    let written =
        syntax::parse_with(p, &syntax::Config::new().case_insensitive(true).utf8(true)).ok()?;
    let hir = ascii_hir::ascii_form(&written);
    let config = dense::Config::new()
        .match_kind(MatchKind::LeftmostFirst)
        .start_kind(StartKind::Unanchored)
        .dfa_size_limit(Some(PATTERN_DFA_LIMIT))
        .determinize_size_limit(Some(4 * PATTERN_DFA_LIMIT));
    let nfa = |reverse: bool| {
        thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .utf8(false)
                    .reverse(reverse)
                    .which_captures(WhichCaptures::None),
            )
            .build_from_hir(&hir)
            .ok()
    };
    let dfas = (|| {
        let fwd = dense::Builder::new()
            .configure(config.clone())
            .build_from_nfa(&nfa(false)?)
            .ok()?;
        // As `dfa::regex::Builder` configures a regex's reverse DFA.
        let rev = dense::Builder::new()
            .configure(
                config
                    .clone()
                    .prefilter(None)
                    .specialize_start_states(false)
                    .start_kind(StartKind::Anchored)
                    .match_kind(MatchKind::All),
            )
            .build_from_nfa(&nfa(true)?)
            .ok()?;
        Some((fwd, rev))
    })();
    let (literals, starts) = if dfas.is_none() {
        (
            words_dfa(ascii_hir::literal_words(&hir)),
            words_dfa(ascii_hir::start_words(&hir)),
        )
    } else {
        (None, None)
    };
    Some(PatternForm {
        literals,
        starts,
        alphabet: ascii_hir::alphabet(&written),
        plain: ascii_hir::plain_safe(&written),
        code: if dfas.is_none() {
            let mut code = Vec::new();
            ascii_hir::encode(&hir, &mut code);
            code
        } else {
            Vec::new()
        },
        dfas,
    })
}

/// A literal prefilter of a pattern's form (`PatternForm::literals`,
/// `PatternForm::starts`): its words as one unanchored DFA over bytes,
/// ASCII letters either case; `None` when the form has no such words or
/// the DFA does not build.
fn words_dfa(words: Option<Vec<Vec<u8>>>) -> Option<dense::DFA<Vec<u32>>> {
    let words = words?;
    let patterns: Vec<String> = words.iter().map(|w| pattern(w, true)).collect();
    unanchored_byte_dfa(
        &patterns,
        dense::Config::new().dfa_size_limit(Some(PATTERN_DFA_LIMIT)),
    )
    .ok()
}
