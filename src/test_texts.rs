//! Texts the unit tests compare two implementations on (a scan by 64-byte
//! masks against the byte loop it replaced, a recogniser's answers): the
//! repository's own files and, when `NEWSEVENTS_SHARED` names them, the
//! shared corpora, plus made-up text. One place, so that every such test
//! reads the same files the same way.

use std::path::PathBuf;

/// The files directly inside the given repository folders (paths relative
/// to the crate root, as `cargo test` runs).
pub(crate) fn files_in(dirs: &[&str]) -> Vec<PathBuf> {
    dirs.iter()
        .flat_map(|d| std::fs::read_dir(d).into_iter().flatten().flatten())
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect()
}

/// [`files_in`] the folders, then both shared corpora when
/// `NEWSEVENTS_SHARED` names the folder that holds `corpus/`.
pub(crate) fn files_with_shared(dirs: &[&str]) -> Vec<PathBuf> {
    let mut files = files_in(dirs);
    if let Some(shared) = std::env::var_os("NEWSEVENTS_SHARED") {
        let corpus = PathBuf::from(shared).join("corpus");
        files.extend(["reuters21578.jsonl", "bbc-news.jsonl"].map(|f| corpus.join(f)));
    }
    files
}

/// Every line of the files that can be read as text.
pub(crate) fn lines_of(files: &[PathBuf]) -> Vec<String> {
    files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .flat_map(|text| text.lines().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// `count` texts of at least `min_len` bytes, each pieces drawn one after
/// another by a fixed linear congruential generator from `seed`: the
/// same texts on every run, with pieces falling across block ends.
pub(crate) fn made_up(pieces: &[&str], seed: u64, count: usize, min_len: usize) -> Vec<String> {
    let mut seed = seed;
    (0..count)
        .map(|_| {
            let mut t = String::new();
            while t.len() < min_len {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            t
        })
        .collect()
}
