//! The spellings an entry is matched by, shared by the lexicon's compile
//! step and build.rs (which numbers the embedded lexicon's forms the same
//! way to build their trie ahead of start-up), so the two cannot drift.

/// Calls `add(spelling, is_demonym)` for each spelling of an entry, in the
/// order its forms are numbered: the name and aliases, each with an
/// apostrophe also in the typographic one modern copy sets ("National
/// People’s Congress", "Côte d’Ivoire"); then the demonyms, with the plural
/// of those ending in n or i ("Americans", "South Koreans": the people).
pub(crate) fn entry_spellings(
    name: &str,
    aliases: &[String],
    demonyms: &[String],
    mut add: impl FnMut(&str, bool),
) {
    for a in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
        add(a, false);
        if a.contains('\'') {
            add(&a.replace('\'', "\u{2019}"), false);
        }
    }
    for d in demonyms {
        add(d, true);
        if d.ends_with('n') || d.ends_with('i') {
            add(&format!("{d}s"), true);
        }
    }
}
