//! Embeds the default data files (`data/lexicon/*.jsonl`, `data/rules/*.toml`,
//! `data/time/*.toml`, and the sense model's `data/model/sense.json` and
//! `data/sense/cues.toml`)
//! into the binary, so the tool runs with no files beside it and a
//! maintainer adds a data file without touching Rust.

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
}
