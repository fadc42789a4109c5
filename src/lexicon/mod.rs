//! Actor dictionaries: countries, capitals, people, agencies, companies,
//! organisations and places, loaded from JSON-lines data and compiled into
//! one byte trie of their lowercase forms.
//!
//! The defaults under `data/lexicon/` are embedded in the binary at build
//! time; users add or override entries at run time with `--lexicon FILE`
//! (same format) without recompiling. One line is one entity:
//!
//! ```json
//! {"name":"South Korea","kind":"country","country":"KOR","aliases":["S. Korea","ROK"],"demonyms":["South Korean"]}
//! ```
//!
//! Matching is ASCII case-insensitive in the trie, then checked: a
//! match counts when it is spelt exactly as the alias or is written in
//! capitals (wire headlines), so "turkey" and "us" never become countries,
//! while "SOUTH KOREA" in a headline does; a lowercase alias also counts
//! capitalised at a sentence's start ("Six major industrial countries"). Matches must stand on word
//! boundaries. When several entries share an alias ("Georgia"), the entry
//! whose `cues` occur in the article wins.
//!
//! # Office holders and the article's date
//!
//! Entries may carry `valid_from` / `valid_to` (YYYY-MM-DD, both inclusive,
//! either open). When the article's date is known ([`Lexicon::find_dated`];
//! the CLI takes it from the JSON `date` field, see [`crate::dates`]), a
//! shared alias goes first to the entry whose range covers that day, then
//! by cues as above: "Stoltenberg" is Gerhard Stoltenberg in a 1987 story
//! and Jens Stoltenberg in a 2020 one, "Moscow" is `SUN` before 1992. With
//! no date, ranges are ignored (as before).
//!
//! With a date, role nouns resolve to the office holder of that day:
//!
//! | role noun in the text | office titles it stands for (`title` starts with) |
//! |-----------------------|-----------------------------------------------|
//! | president             | "President of"                                |
//! | prime minister        | "Prime Minister of", "Premier of"             |
//! | premier               | "Premier of", "Prime Minister of"             |
//! | chancellor            | "Chancellor of"                               |
//!
//! Which country's office is meant comes from the text, conservatively:
//! - a country name or adjective right before the noun ("U.S. President",
//!   "the French prime minister", "West German Chancellor") names it, and
//!   the match covers both words;
//! - bare "the president" (the word "the" right before the noun) takes the
//!   article's country context: the country named most often in the whole
//!   article (countries, their adjectives, people, agencies, capitals),
//!   only when it is named at least twice and at least twice as often as
//!   any other.
//!
//! The holder is the `person` entry of that country whose `title` starts
//! with one of the office titles and whose dates cover the article's day.
//! No holder, no clear country, no date: no match (the text is left alone).
//! Not resolved: a noun followed by "of" ("the president of the company"),
//! by a hyphen ("president-elect"), or by a capitalised word, which names
//! someone or something else ("President Reagan", which the name resolves
//! when known; "Congo President Denis Sassou-Nguesso"; "American President
//! Lines"; "the President's Export Council"), and a noun without "the" or
//! a country before it ("company president", "vice president", "former
//! president"). To make
//! a role noun resolve for another country or period, add the holder as a
//! person entry with `title`, `country`, `valid_from` and `valid_to` in a
//! `--lexicon` file; no code changes.

use crate::dates::Day;
use crate::segment::on_word_boundaries;
use serde::{Deserialize, Serialize};
use std::fmt;

mod compact;
mod first_words;
mod spellings;

/// What sort of actor an entry names; printed as `kind` in every actor record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A state, or the European Union / Community.
    Country,
    /// A named person, usually an office holder.
    Person,
    /// An international body (GATT, OPEC, IMF) or the EU as an organisation.
    Organization,
    /// A business, coded by its home country.
    Company,
    /// A national agency or ministry, coded by its country.
    Agency,
    /// A place: city, state, province, or a capital used as metonym.
    Place,
}

impl ActorKind {
    /// Preference when one alias names entries of several kinds and no cue decides.
    fn priority(self) -> u8 {
        match self {
            ActorKind::Country => 0,
            ActorKind::Person => 1,
            ActorKind::Agency => 2,
            ActorKind::Organization => 3,
            ActorKind::Company => 4,
            ActorKind::Place => 5,
        }
    }
}

/// One entity of the dictionary, as written in a lexicon file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Canonical name, printed as the actor's `name`.
    pub name: String,
    /// Kind of actor.
    pub kind: ActorKind,
    /// ISO 3166-1 alpha-3 code, `EU`, or null for international bodies.
    #[serde(default)]
    pub country: Option<String>,
    /// Other surface forms, matched as whole words.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Adjective and people forms ("South Korean"); plurals are added automatically.
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// True for places that stand for a government ("Seoul", "the White House").
    #[serde(default)]
    pub metonym: bool,
    /// First day in office (YYYY-MM-DD), for office holders.
    #[serde(default)]
    pub valid_from: Option<String>,
    /// Last day in office (YYYY-MM-DD), for office holders.
    #[serde(default)]
    pub valid_to: Option<String>,
    /// The office held, for people.
    #[serde(default)]
    pub title: Option<String>,
    /// Words whose presence in an article makes this entry win a shared alias.
    #[serde(default)]
    pub cues: Vec<String>,
    /// Member countries of a group with fixed membership ("Group of Seven"):
    /// a role filled by the group is filled by each member, so a G-7 meeting
    /// is found by a query for any of its countries.
    #[serde(default)]
    pub members: Vec<String>,
    /// True for a body whose aliases ending in a meeting word name its
    /// gathering ("EU summit" for the European Council; "economic summit"
    /// for the Group of Seven's leaders in 1975-97): a meeting trigger that
    /// ends such an alias still fires, the body (or each member) its party.
    /// With `valid_from` / `valid_to`, such an entry matches only in an
    /// article dated within its range (no date, no match): a gathering's
    /// name often means it in one period only.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub gathering: bool,
    /// True for a customs union with `members` ("Mercosur"): it sets its
    /// members' common duties, so on a tariff's or pledge's side it stands
    /// for each member, but at a meeting it is one organisation and names
    /// no country.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub trade_bloc: bool,
    /// For countries: the ISO 4217 code of the money it issues today
    /// ("CAD"), so that a country named in a headline can say what a bare
    /// "dlrs" means (see [`crate::quantity::ArticleCurrency`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// For countries: ISO 4217 codes of money it issued before (Belgium's
    /// "BEF" before the euro), read like `currency` in older copy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_currencies: Vec<String>,
    /// Free-text note for maintainers; ignored by the matcher.
    #[serde(default)]
    pub note: Option<String>,
}

/// A problem found while loading a lexicon file, with file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    /// The file (or embedded data set) the line came from.
    pub source: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.source, self.line, self.message)
    }
}

/// A surface form in the trie and the entries it may name.
#[derive(Debug, Clone)]
struct Variant {
    /// The alias as written in the lexicon.
    spelling: String,
    entry: usize,
}

/// An actor found in text: which entry, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActorMatch {
    /// Index of the entry in [`Lexicon::entry`].
    pub entry: usize,
    /// Byte offset where the alias starts.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// True when the matched form is a demonym ("Japanese") rather than a name.
    pub demonym: bool,
}

/// The compiled actor dictionary. Built once per process, shared by all threads.
#[derive(Debug)]
pub struct Lexicon {
    entries: Vec<Entry>,
    /// Pattern id -> variants sharing that lowercase form.
    patterns: Vec<Vec<(Variant, bool)>>,
    trie: FormTrie,
    /// Per entry, its `valid_from` and `valid_to` parsed.
    periods: Vec<(Option<Day>, Option<Day>)>,
    /// Entries that hold an office: people with a `title`.
    offices: Vec<usize>,
    /// A substring searcher per role noun of role noun of `data/words/people.toml`, built once:
    /// every sentence is searched for them.
    role_finders: Vec<memchr::memmem::Finder<'static>>,
    /// One packed (SIMD) searcher of every role noun, built on first use,
    /// or `None` when two occurrences of role nouns could overlap (see
    /// [`one_pass_role_searcher`]): one pass over the lowercased article
    /// then finds every start of each noun, where a searcher per noun read
    /// it once per noun.
    role_searcher: std::sync::OnceLock<Option<aho_corasick::packed::Searcher>>,
    /// Per entry, a substring searcher per cue word, built on first use.
    cue_finders: Vec<std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>>>,
    /// Per entry, bytes a caller works out from the entry alone and keeps
    /// ([`Lexicon::entry_bytes`]), made on first use.
    entry_bytes: Vec<std::sync::OnceLock<Box<[u8]>>>,
}

/// Embedded default lexicon files: (name, contents), generated by build.rs.
const DEFAULT_LEXICON: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/lexicon_files.rs"));

/// The compact form of each embedded lexicon file (see [`compact`]), in
/// the order of [`DEFAULT_LEXICON`]; empty for a file build.rs left as JSON.
const DEFAULT_LEXICON_COMPACT: &[&[u8]] = include!(concat!(env!("OUT_DIR"), "/lexicon_compact.rs"));

/// The embedded lexicon's forms and their actor trie, built by build.rs
/// (`lexicon_trie`): each form a u32 length (little-endian) and its bytes,
/// then the trie as [`crate::trie::ByteTrie::to_bytes`] writes it (aligned
/// for its `u32`s, so it is read in place), then the form of each
/// non-blank spelling in the order `Lexicon::compile` visits them (a u32
/// each). All empty when build.rs could not read the lexicon.
const EMBEDDED_FORM_TRIE: (&[u8], &crate::phrases_dfa::Aligned<[u8]>, &[u8]) =
    include!(concat!(env!("OUT_DIR"), "/lexicon_trie.rs"));

/// The embedded forms of [`EMBEDDED_FORM_TRIE`], in order; `None` when
/// build.rs wrote none (or they do not read).
fn embedded_forms() -> Option<Vec<&'static str>> {
    let (mut bytes, _, _) = EMBEDDED_FORM_TRIE;
    if bytes.is_empty() {
        return None;
    }
    let mut forms = Vec::with_capacity(8192);
    while let Some((len, rest)) = bytes.split_first_chunk::<4>() {
        let (form, rest) = rest.split_at_checked(u32::from_le_bytes(*len) as usize)?;
        forms.push(std::str::from_utf8(form).ok()?);
        bytes = rest;
    }
    Some(forms)
}

/// Each variant list of a lexicon (form `id`'s at `id`), and the forms.
type Patterns<'f> = (Vec<Vec<(Variant, bool)>>, Vec<&'f str>);

/// Adds one spelling of entry `entry` to a form's variant list unless the
/// list holds it already: the one step both ways of numbering the forms
/// (the embedded numbering from build.rs and the map) share.
fn add_variant(list: &mut Vec<(Variant, bool)>, spelling: &str, entry: usize, demonym: bool) {
    if !list
        .iter()
        .any(|(v, _)| v.entry == entry && v.spelling == spelling)
    {
        list.push((
            Variant {
                spelling: spelling.to_string(),
                entry,
            },
            demonym,
        ));
    }
}

/// The variant lists of `entries` numbered by the forms build.rs worked
/// out for the embedded lexicon ([`EMBEDDED_FORM_TRIE`]), without a map
/// from each lowercased spelling to its form (3M instructions and half a
/// megabyte of fresh memory at start-up); `None` when they do not fit.
///
/// The same numbering as the map's (form `id` = the `id`-th distinct
/// lowercased spelling, first seen first): every spelling is checked to
/// be its form's in ASCII lowercase, and each form to be numbered when
/// first seen (its id the next one) and only then; the embedded forms are
/// distinct (build.rs numbered them with a map). Entries other than the
/// embedded ones (a `--lexicon` file adding or changing a spelling) miss
/// at the first spelling that differs, or at the end when there are more
/// or fewer.
fn embedded_patterns(entries: &[Entry]) -> Option<Patterns<'static>> {
    let (_, _, ids) = EMBEDDED_FORM_TRIE;
    let forms = embedded_forms()?;
    let mut ids = ids
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize);
    let mut patterns: Vec<Vec<(Variant, bool)>> = Vec::with_capacity(forms.len());
    let mut fits = true;
    for (i, e) in entries.iter().enumerate() {
        let add = |spelling: &str, demonym: bool| {
            let spelling = spelling.trim();
            if !fits || spelling.is_empty() {
                return;
            }
            let id = match ids.next() {
                Some(id)
                    if id <= patterns.len()
                        && forms
                            .get(id)
                            .is_some_and(|f| spelling.eq_ignore_ascii_case(f)) =>
                {
                    id
                }
                _ => {
                    fits = false;
                    return;
                }
            };
            if id == patterns.len() {
                // Room for one variant, as in `Lexicon::compile`.
                patterns.push(Vec::with_capacity(1));
            }
            add_variant(&mut patterns[id], spelling, i, demonym);
        };
        spellings::entry_spellings(&e.name, &e.aliases, &e.demonyms, add);
        if !fits {
            return None;
        }
    }
    (ids.next().is_none() && patterns.len() == forms.len()).then_some((patterns, forms))
}

/// The trie of `forms` read from [`EMBEDDED_FORM_TRIE`] when they are the
/// forms it was built from (the embedded lexicon, or user files that
/// change no form): building it took 7M instructions at start-up; it is
/// read in place, without a copy. `None` otherwise.
fn embedded_trie(forms: &[&str]) -> Option<crate::trie::ByteTrie> {
    if embedded_forms()? != forms {
        return None;
    }
    crate::trie::ByteTrie::from_static(&EMBEDDED_FORM_TRIE.1.bytes)
}

/// Entries as they are read, file after file: a later entry of the same
/// name, kind and `valid_from` replaces an earlier one in place; every
/// problem is kept, to be reported at once.
struct Loader {
    entries: Vec<Entry>,
    /// One line per office: the same person may appear with several date
    /// ranges. An entry's key is its name, kind and `valid_from`; the map
    /// holds a hash of the key ([`Loader::key_hash`]) and the last entry
    /// of that hash, `same_hash` the one before it, so a lookup compares
    /// the entries themselves: no copy of the strings per entry (the map
    /// of cloned keys was 0.5 MB of fresh memory at start-up).
    by_key: crate::trie::FnvMap<u64, u32>,
    /// Per entry, the entry before it whose key has the same hash, or
    /// `u32::MAX`.
    same_hash: Vec<u32>,
    errors: Vec<LexiconError>,
}

impl Loader {
    fn new() -> Self {
        // Room for the embedded lexicon's ~2,400 entries up front (the
        // entries grown one doubling at a time were copied 1.3M
        // instructions' worth).
        Loader {
            entries: Vec::with_capacity(3072),
            by_key: crate::trie::FnvMap::with_capacity_and_hasher(3072, Default::default()),
            same_hash: Vec::with_capacity(3072),
            errors: Vec::new(),
        }
    }

    /// The embedded files: their compact form, or their JSON where
    /// build.rs left none.
    fn add_embedded(&mut self) {
        debug_assert_eq!(DEFAULT_LEXICON.len(), DEFAULT_LEXICON_COMPACT.len());
        for ((source, text), &bytes) in DEFAULT_LEXICON.iter().zip(DEFAULT_LEXICON_COMPACT) {
            if bytes.is_empty() {
                self.add_json(source, text);
            } else {
                for (line, entry) in compact::entries(bytes) {
                    self.add(source, line, Ok(entry));
                }
            }
        }
    }

    /// One JSON-lines text: an entry per line, blank lines and `//`
    /// comments skipped.
    fn add_json(&mut self, source: &str, content: &str) {
        for (n, line) in content.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with("//") {
                continue;
            }
            let entry = serde_json::from_str::<Entry>(line).map_err(|e| e.to_string());
            self.add(source, n + 1, entry);
        }
    }

    /// The entry of line `line` of `source`, or what is wrong with it.
    fn add(&mut self, source: &str, line: usize, entry: Result<Entry, String>) {
        let entry = entry.and_then(|e| match validate(&e) {
            Some(problem) => Err(problem),
            None => Ok(e),
        });
        match entry {
            Ok(entry) => {
                let hash = Self::key_hash(&entry);
                let head = self.by_key.get(&hash).copied().unwrap_or(u32::MAX);
                let mut at = head;
                while at != u32::MAX {
                    let e = &self.entries[at as usize];
                    if e.name == entry.name
                        && e.kind == entry.kind
                        && e.valid_from == entry.valid_from
                    {
                        break;
                    }
                    at = self.same_hash[at as usize];
                }
                if at == u32::MAX {
                    let i = self.entries.len() as u32;
                    self.by_key.insert(hash, i);
                    self.same_hash.push(head);
                    self.entries.push(entry);
                } else {
                    self.entries[at as usize] = entry;
                }
            }
            Err(message) => self.errors.push(LexiconError {
                source: source.to_string(),
                line,
                message,
            }),
        }
    }

    /// The hash of an entry's name, kind and `valid_from`.
    fn key_hash(e: &Entry) -> u64 {
        use std::hash::BuildHasher;
        std::hash::BuildHasherDefault::<crate::trie::Fnv>::default().hash_one((
            &e.name,
            e.kind,
            &e.valid_from,
        ))
    }

    fn finish(self) -> Result<Lexicon, Vec<LexiconError>> {
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        Ok(Lexicon::compile(self.entries))
    }
}

impl Lexicon {
    /// The embedded defaults.
    pub fn embedded() -> Result<Self, Vec<LexiconError>> {
        Self::with_files(&[])
    }

    /// The embedded defaults plus user files, later files overriding earlier
    /// entries of the same name and kind.
    pub fn with_files(files: &[std::path::PathBuf]) -> Result<Self, Vec<LexiconError>> {
        let mut texts = Vec::new();
        let mut errors = Vec::new();
        for f in files {
            match std::fs::read_to_string(f) {
                Ok(c) => texts.push((f.display().to_string(), c)),
                Err(e) => errors.push(LexiconError {
                    source: f.display().to_string(),
                    line: 0,
                    message: format!("cannot read lexicon file: {e}"),
                }),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut loader = Loader::new();
        loader.add_embedded();
        for (source, text) in &texts {
            loader.add_json(source, text);
        }
        loader.finish()
    }

    /// Parses every source (name, JSON-lines text), reporting all errors at once.
    pub fn from_sources(
        sources: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, Vec<LexiconError>> {
        let mut loader = Loader::new();
        for (source, text) in sources {
            loader.add_json(&source, &text);
        }
        loader.finish()
    }

    fn compile(entries: Vec<Entry>) -> Self {
        let (patterns, trie) = match embedded_patterns(&entries) {
            Some((patterns, forms)) => {
                // The forms are the trie's own: read it without comparing them.
                let built = crate::trie::ByteTrie::from_static(&EMBEDDED_FORM_TRIE.1.bytes);
                let trie = FormTrie::new(
                    &forms,
                    patterns.iter().flatten().map(|(v, _)| v.spelling.as_str()),
                    built,
                );
                (patterns, trie)
            }
            None => Self::mapped_patterns(&entries),
        };
        Self::with_patterns(entries, patterns, trie)
    }

    /// The variant lists of `entries` (form `id`'s at `id`, the forms
    /// numbered by a map from each lowercased spelling) and their trie.
    fn mapped_patterns(entries: &[Entry]) -> (Vec<Vec<(Variant, bool)>>, FormTrie) {
        // About two forms per entry; reserved so the maps are not rebuilt as they grow.
        let capacity = entries.len() * 2;
        let mut index: crate::trie::FnvMap<String, usize> =
            crate::trie::FnvMap::with_capacity_and_hasher(capacity, Default::default());
        let mut patterns: Vec<Vec<(Variant, bool)>> = Vec::with_capacity(capacity);
        for (i, e) in entries.iter().enumerate() {
            let add = |spelling: &str, demonym: bool| {
                let spelling = spelling.trim();
                if spelling.is_empty() {
                    return;
                }
                let key = spelling.to_ascii_lowercase();
                // The lowercase form is kept once, as the map's key.
                let id = *index.entry(key).or_insert_with(|| {
                    // Most forms name one entry: room for one variant, where
                    // a first push would make room for four (fresh pages
                    // zeroed at start-up).
                    patterns.push(Vec::with_capacity(1));
                    patterns.len() - 1
                });
                add_variant(&mut patterns[id], spelling, i, demonym);
            };
            spellings::entry_spellings(&e.name, &e.aliases, &e.demonyms, add);
        }
        // Form `id` is the key the map gives `id`.
        let mut forms: Vec<&str> = vec![""; patterns.len()];
        for (form, &id) in &index {
            forms[id] = form;
        }
        let trie = FormTrie::new(
            &forms,
            patterns.iter().flatten().map(|(v, _)| v.spelling.as_str()),
            None,
        );
        (patterns, trie)
    }

    fn with_patterns(
        entries: Vec<Entry>,
        patterns: Vec<Vec<(Variant, bool)>>,
        trie: FormTrie,
    ) -> Self {
        // Dates were checked by `validate`; a range that does not parse is open.
        let periods = entries
            .iter()
            .map(|e| {
                let d = |s: &Option<String>| s.as_deref().and_then(Day::parse);
                (d(&e.valid_from), d(&e.valid_to))
            })
            .collect();
        let offices = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == ActorKind::Person && e.title.is_some())
            .map(|(i, _)| i)
            .collect();
        Lexicon {
            cue_finders: entries.iter().map(|_| Default::default()).collect(),
            entry_bytes: entries.iter().map(|_| Default::default()).collect(),
            entries,
            patterns,
            trie,
            periods,
            offices,
            role_searcher: Default::default(),
            role_finders: crate::vocab::get()
                .people
                .role_nouns
                .iter()
                .map(|r| memchr::memmem::Finder::new(r.noun.as_bytes()))
                .collect(),
        }
    }

    /// Bytes worked out from entry `i` alone by `make`, made on the first
    /// call and kept for the process: what `newsevents mentions` writes
    /// for an actor after its offsets (the entry's name, kind and country
    /// as JSON), the same on every line that names the entry. One kind of
    /// bytes per lexicon: the first caller's `make` is the one kept.
    pub(crate) fn entry_bytes(&self, i: usize, make: impl FnOnce(&Entry) -> Vec<u8>) -> &[u8] {
        self.entry_bytes[i].get_or_init(|| make(&self.entries[i]).into_boxed_slice())
    }

    /// True when entry `i` is valid on `day` (entries without dates always are).
    pub fn valid_on(&self, i: usize, day: Day) -> bool {
        let (from, to) = self.periods[i];
        from.is_none_or(|f| f <= day) && to.is_none_or(|t| day <= t)
    }

    /// Every entry, in load order (a later file's entry replaces an
    /// earlier one in place).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry behind a match.
    pub fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }

    /// Number of entries (after overrides).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the lexicon has no entries at all.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every actor mention in `text[range]`, longest match first at each
    /// position, non-overlapping, in order. `article` is the whole article,
    /// used to resolve shared aliases by their cues; offsets are article offsets.
    pub fn find(&self, article: &str, start: usize, end: usize) -> Vec<ActorMatch> {
        self.find_dated(article, start, end, None)
    }

    /// [`Lexicon::find`] for an article published on `date`: shared aliases
    /// go to the entry valid on that day, and role nouns ("the president")
    /// resolve to the office holder of the day (see the module docs).
    pub fn find_dated(
        &self,
        article: &str,
        start: usize,
        end: usize,
        date: Option<Day>,
    ) -> Vec<ActorMatch> {
        self.find_in(&ArticleScope::new(article), start, end, date)
    }

    /// [`Lexicon::find_dated`] in an article whose [`ArticleScope`] is kept
    /// from one call to the next: what the lexicon needs to know about the
    /// whole article is then worked out once, not for every sentence.
    pub fn find_in(
        &self,
        scope: &ArticleScope,
        start: usize,
        end: usize,
        date: Option<Day>,
    ) -> Vec<ActorMatch> {
        let article = scope.article;
        let mut candidates = self.candidates(scope, start, end, date);
        if let Some(day) = date {
            let roles = self.role_candidates(scope, start, end, day, &candidates);
            candidates.extend(roles);
        }
        // Longest first at each start, then greedy left-to-right without
        // overlap, kept in place (`retain` visits them in order; `last` is
        // the one kept last): no second vector per sentence.
        candidates.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut last: Option<ActorMatch> = None;
        candidates.retain(|&c| {
            if last.is_some_and(|l| c.start < l.end) {
                return false;
            }
            if self.entries[c.entry].kind == ActorKind::Person && someone_elses_surname(article, &c)
            {
                return false;
            }
            // "BOEING <BA>": an instrument code names a listing, not an actor.
            if is_instrument_code(article, &c) {
                return false;
            }
            // "Mexico's Senate", "the Mexican Senate": a national body named
            // after another country's possessive or adjective is that
            // country's own, not the one the lexicon files it under; the
            // country's mention stands for it.
            if let Some(l) = last
                && self.entries[c.entry].kind == ActorKind::Agency
                && self.entries[l.entry].kind == ActorKind::Country
                && self.entries[l.entry].country != self.entries[c.entry].country
                && names_its_owner(&article[l.end..c.start], l.demonym)
            {
                return false;
            }
            last = Some(c);
            true
        });
        candidates
    }

    /// [`Lexicon::find_in`] over the whole article, worked out once per
    /// scope for one date: the article's country tally and its sole
    /// country both read it (each had scanned the whole article).
    pub fn find_whole<'s>(
        &self,
        scope: &'s ArticleScope,
        date: Option<Day>,
    ) -> std::borrow::Cow<'s, [ActorMatch]> {
        use std::borrow::Cow;
        if let Some((d, found)) = scope.whole.get()
            && *d == date
        {
            return Cow::Borrowed(found);
        }
        // Not `get_or_init`: the scan may ask for the article's undated
        // country context, which scans the whole article in turn.
        let found = self.find_in(scope, 0, scope.article.len(), date);
        match scope.whole.set((date, found)) {
            Ok(()) => Cow::Borrowed(&scope.whole.get().expect("just set").1),
            Err((_, found)) => Cow::Owned(found),
        }
    }

    /// Every alias match in `article[start..end]`, overlapping, each with
    /// the entry it most likely names.
    fn candidates(
        &self,
        scope: &ArticleScope,
        start: usize,
        end: usize,
        date: Option<Day>,
    ) -> Vec<ActorMatch> {
        let text = &scope.article[start..end];
        let lowercase = scope.lowercase();
        // The matches go to one buffer per thread, reused from sentence to
        // sentence (taken out while in use, so a nested call gets its
        // own); the candidates get room for every match at once.
        let mut raw = RAW_MATCHES.take();
        raw.clear();
        self.trie.find_all(text, lowercase, &mut raw);
        let mut candidates: Vec<ActorMatch> = Vec::with_capacity(raw.len());
        for &(s, e, pattern) in &raw {
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            if !on_word_boundaries(text, s, e) {
                continue;
            }
            let found = &text[s..e];
            // Asked only of a match not spelt as the alias (most are).
            let mut in_capitals = None;
            let mut opens_sentence_here = None;
            let mut best: Option<(usize, bool)> = None;
            for (v, demonym) in &self.patterns[pattern as usize] {
                let spelled_right = v.spelling == found
                    || (*in_capitals
                        .get_or_insert_with(|| !found.chars().any(|c| c.is_lowercase()))
                        && !is_acronym(&v.spelling)
                        && found.len() > 3)
                    || (*opens_sentence_here
                        .get_or_insert_with(|| opens_sentence(&scope.article[..start + s]))
                        && capitalised(&v.spelling, found))
                    || (lowercase && self.reads_lowercase(v.entry, &v.spelling, found))
                    // "the 1986 Tokyo Summit": a gathering's name in
                    // title case.
                    || (self.entries[v.entry].gathering && title_cased(&v.spelling, found));
                // A body (an organisation or agency) that carries cues
                // names its alias only in an article where one of them
                // occurs: "Labour Party" is no British party in an
                // Australian story, "conservative party" none in a
                // Colombian one, "Competition Commission" not Britain's in
                // a Johannesburg one. (Places keep their cues for choosing
                // among entries only: "Washington" is the capital unless
                // the state's cues occur.)
                let body = matches!(
                    self.entries[v.entry].kind,
                    ActorKind::Organization | ActorKind::Agency
                );
                if !spelled_right || (body && !self.cued(v.entry, scope)) {
                    continue;
                }
                // A gathering named for its period ("the economic summit":
                // the G-7's in 1987, an EU one in 2005) names it only then.
                if self.entries[v.entry].gathering
                    && self.periods[v.entry] != (None, None)
                    && !date.is_some_and(|d| self.valid_on(v.entry, d))
                {
                    continue;
                }
                best = Some(match best {
                    None => (v.entry, *demonym),
                    Some((b, bd)) => {
                        if self.prefer(v.entry, b, scope, date) {
                            (v.entry, *demonym)
                        } else {
                            (b, bd)
                        }
                    }
                });
            }
            if let Some((entry, demonym)) = best {
                candidates.push(ActorMatch {
                    entry,
                    start: start + s,
                    end: start + e,
                    demonym,
                });
            }
        }
        RAW_MATCHES.set(raw);
        candidates
    }

    /// Every start of each role noun (overlapping) in `article` lowercased,
    /// in order, per noun: what a sentence's [`Lexicon::role_candidates`]
    /// reads when the scope scans role nouns once for the whole article.
    fn role_hits(&self, article: &str) -> Vec<Vec<usize>> {
        let lower = article.to_ascii_lowercase();
        let searcher = self
            .role_searcher
            .get_or_init(|| one_pass_role_searcher(&self.role_finders));
        if let Some(searcher) = searcher {
            // No two occurrences of the nouns overlap, so the searcher's
            // non-overlapping matches are every occurrence of each, in
            // order: what a search per noun finds.
            let mut hits = vec![Vec::new(); self.role_finders.len()];
            for m in searcher.find_iter(lower.as_bytes()) {
                hits[m.pattern().as_usize()].push(m.start());
            }
            return hits;
        }
        self.role_hits_each(&lower)
    }

    /// [`Lexicon::role_hits`] in `lower`, the article lowercased, a search
    /// per noun.
    fn role_hits_each(&self, lower: &str) -> Vec<Vec<usize>> {
        self.role_finders
            .iter()
            .map(|finder| {
                let mut hits = Vec::new();
                let mut from = 0;
                while let Some(p) = finder.find(&lower.as_bytes()[from..]) {
                    hits.push(from + p);
                    from += p + 1;
                }
                hits
            })
            .collect()
    }

    /// Role nouns in `article[start..end]` that name an office holder on
    /// `day`, given the alias matches already found there.
    fn role_candidates(
        &self,
        scope: &ArticleScope,
        start: usize,
        end: usize,
        day: Day,
        found: &[ActorMatch],
    ) -> Vec<ActorMatch> {
        let article = scope.article;
        // Per role noun, its matches in the lowercased article (see
        // [`ArticleScope::scan_role_nouns_once`]), else none yet.
        let whole = scope
            .role_scan_once
            .get()
            .then(|| scope.role_hits.get_or_init(|| self.role_hits(article)));
        // The first whole-article hit of each noun at or after `start`
        // (the hits are in order): where the sentence's share begins.
        let first_from = |hits: &[usize]| hits.partition_point(|&s| s < start);
        if let Some(hits) = whole {
            // No role noun lies within the stretch (most sentences):
            // nothing to resolve, without the nouns' loop below.
            let none = hits.iter().zip(&self.role_finders).all(|(h, finder)| {
                h.get(first_from(h))
                    .is_none_or(|&s| s + finder.needle().len() > end)
            });
            if none {
                return Vec::new();
            }
        }
        let lower = match whole {
            Some(_) => String::new(),
            None => article[start..end].to_ascii_lowercase(),
        };
        let mut out = Vec::new();
        let role_nouns = &crate::vocab::get().people.role_nouns;
        for (k, (role, finder)) in role_nouns.iter().zip(&self.role_finders).enumerate() {
            let (noun, titles) = (&role.noun, &role.titles);
            // The starts a search of `lower` from its start finds, each
            // search going on after the last match.
            let mut starts: Vec<usize> = Vec::new();
            match whole {
                Some(hits) => {
                    let mut from = start;
                    let hits = &hits[k][first_from(&hits[k])..];
                    for &s in hits {
                        if s < from {
                            continue;
                        }
                        if s + finder.needle().len() > end {
                            break;
                        }
                        starts.push(s);
                        from = s + noun.len();
                    }
                }
                None => {
                    let mut from = 0;
                    while let Some(p) = finder.find(&lower.as_bytes()[from..]) {
                        starts.push(start + from + p);
                        from += p + noun.len();
                    }
                }
            }
            for s in starts {
                let e = s + noun.len();
                if !on_word_boundaries(article, s, e) {
                    continue;
                }
                let rest = article[e..].trim_start();
                let rest = rest
                    .strip_prefix("'s ")
                    .or_else(|| rest.strip_prefix("’s "))
                    .unwrap_or(rest);
                let next_word = rest.split(|c: char| !c.is_alphanumeric()).next();
                // A capitalised word next is a name: the person named
                // ("Congo President Denis Sassou-Nguesso"), a firm
                // ("American President Lines") or a body ("the President's
                // Export Council"); in a headline in capitals it is not.
                let name_follows = next_word.is_some_and(|w| {
                    w.starts_with(|c: char| c.is_uppercase()) && w.chars().any(|c| c.is_lowercase())
                });
                if article[e..].starts_with('-')
                    || name_follows
                    || next_word.is_some_and(|w| w.eq_ignore_ascii_case("of"))
                    || found.iter().any(|m| {
                        m.start >= e
                            && article[e..m.start].trim().is_empty()
                            && self.entries[m.entry].kind == ActorKind::Person
                    })
                {
                    continue;
                }
                // A country right before the noun, else "the" and the article's context.
                let qualifier = found.iter().find(|m| {
                    m.end < s
                        && article[m.end..s] == *" "
                        && self.entries[m.entry].kind == ActorKind::Country
                });
                let (span_start, country) = match qualifier {
                    Some(q) => (q.start, self.entries[q.entry].country.clone()),
                    None => {
                        let before = article[..s].trim_end_matches(' ');
                        let the = before
                            .get(before.len().saturating_sub(3)..)
                            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                            && on_word_boundaries(article, before.len() - 3, before.len());
                        if !the {
                            continue;
                        }
                        let c = scope.context.get_or_init(|| self.context_country_in(scope));
                        (s, c.clone())
                    }
                };
                let Some(country) = country else { continue };
                // A noun with no office titles stands for the country itself
                // ("the government", "the cabinet").
                let resolved = if titles.is_empty() {
                    self.country_entry(&country)
                } else {
                    self.holder(titles, &country, day)
                };
                if let Some(holder) = resolved {
                    out.push(ActorMatch {
                        entry: holder,
                        start: span_start,
                        end: e,
                        demonym: false,
                    });
                }
            }
        }
        out
    }

    /// The entry of `country` itself (its first `country` line with no
    /// members): what "the government" of that country resolves to.
    fn country_entry(&self, country: &str) -> Option<usize> {
        self.entries.iter().position(|e| {
            e.kind == ActorKind::Country
                && e.members.is_empty()
                && e.country.as_deref() == Some(country)
        })
    }

    /// The person holding one of `titles` (lowercase prefixes) for
    /// `country` on `day`; the latest to take office on a hand-over day.
    fn holder(&self, titles: &[String], country: &str, day: Day) -> Option<usize> {
        self.offices
            .iter()
            .copied()
            .filter(|&i| {
                let e = &self.entries[i];
                e.country.as_deref() == Some(country)
                    && self.valid_on(i, day)
                    && self.periods[i].0.is_some()
                    && e.title.as_deref().is_some_and(|t| {
                        let t = t.to_ascii_lowercase();
                        titles.iter().any(|p| t.starts_with(p.as_str()))
                    })
            })
            .max_by_key(|&i| self.periods[i].0)
    }

    /// The article's country context: the country of its dateline when the
    /// article names that country at least twice (the dateline's capital
    /// included), else the country named most often, when named at least
    /// twice and at least twice as often as any other.
    pub fn context_country(&self, article: &str) -> Option<String> {
        self.context_country_in(&ArticleScope::new(article))
    }

    fn context_country_in(&self, scope: &ArticleScope) -> Option<String> {
        let counts = self.country_mentions_in(scope, None, true);
        // A story filed from a country it names again is about that
        // country's "government" and "president", however often it names
        // the other side ("SEOUL, April 15 (Yonhap) -- The government
        // said ..." in a story about U.S. tariffs).
        if let Some(d) = self.dateline_country_in(scope)
            && counts.iter().any(|c| c.0 == d && c.1 >= 2)
        {
            return Some(d);
        }
        let top = counts.first()?;
        let second = counts.get(1).map_or(0, |c| c.1);
        (top.1 >= 2 && top.1 >= 2 * second).then(|| top.0.clone())
    }

    /// The one country an article's dateline names ("SEOUL, April 15
    /// (Yonhap) --", "ALOR SETAR, Aug 21 --", "NEW DELHI: "), by any
    /// lexicon entry with a country ([`Lexicon::dateline_match`]).
    fn dateline_country_in(&self, scope: &ArticleScope) -> Option<String> {
        let m = self.dateline_match(scope)?;
        self.entries[m.entry].country.clone()
    }

    /// The dateline's first mention of the one country it names, looked
    /// for in the article's first [`DATELINE_REACH`] sentences and worked
    /// out once per scope: where the story is filed from, most often the
    /// country it is about. None when the dateline names two countries
    /// ("TOKYO/WASHINGTON --") or no known place.
    pub fn dateline_match(&self, scope: &ArticleScope) -> Option<ActorMatch> {
        *scope.dateline.get_or_init(|| {
            let article = scope.article;
            let sentences = crate::segment::split_sentences_upto(article, DATELINE_BYTES);
            let (start, end) = sentences.iter().take(DATELINE_REACH).find_map(|s| {
                crate::segment::dateline_end(&article[s.start..s.end])
                    .map(|e| (s.start, s.start + e))
            })?;
            let found = self.find_in(scope, start, end, None);
            self.sole_country_match(&found).copied()
        })
    }

    /// The first of `found` that has a country, when every one of them that
    /// has a country has that same one: the one country a stretch of text
    /// names (places, people, companies and bodies included).
    pub fn sole_country_match<'m>(&self, found: &'m [ActorMatch]) -> Option<&'m ActorMatch> {
        let mut with_country = found
            .iter()
            .filter(|m| self.entries[m.entry].country.is_some());
        let first = with_country.next()?;
        let country = &self.entries[first.entry].country;
        with_country
            .all(|m| &self.entries[m.entry].country == country)
            .then_some(first)
    }

    /// The countries `article` names, most named first (ties in order of
    /// first mention), each with how often and its first mention. Countries,
    /// their agencies and capitals standing for them count, and people when
    /// `people` is set; companies and international bodies do not.
    pub fn country_mentions(
        &self,
        article: &str,
        date: Option<Day>,
        people: bool,
    ) -> Vec<(String, usize, ActorMatch)> {
        self.country_mentions_in(&ArticleScope::new(article), date, people)
    }

    /// [`Lexicon::country_mentions`] with the article's scope kept.
    pub fn country_mentions_in(
        &self,
        scope: &ArticleScope,
        date: Option<Day>,
        people: bool,
    ) -> Vec<(String, usize, ActorMatch)> {
        let found = self.find_whole(scope, date);
        let mentions = found.iter().copied().filter_map(|m| {
            let e = &self.entries[m.entry];
            let counts_here = match e.kind {
                ActorKind::Country | ActorKind::Agency => true,
                ActorKind::Person => people,
                ActorKind::Place => e.metonym,
                // A union coded as a party of its own (`EU`: no ISO
                // alpha-3 country code) counts as one; a national
                // body's or company's country does not.
                ActorKind::Organization => e.country.as_ref().is_some_and(|c| c.len() != 3),
                ActorKind::Company => false,
            };
            let c = e.country.as_ref().filter(|_| counts_here)?;
            Some((c.clone(), m))
        });
        tally(mentions)
    }

    /// Whether `found`, lowercase in an article written all in lowercase,
    /// names entry `entry` by its alias `spelling`: a country's name or
    /// adjective of four letters or more that is no common word
    /// (`lowercase_stops`: "turkey", "polish"), or a name of two words or
    /// more ("bank of japan"); not a one-word name of a person or firm
    /// ("baker", "shell").
    fn reads_lowercase(&self, entry: usize, spelling: &str, found: &str) -> bool {
        if found.chars().any(char::is_uppercase) || !spelling.eq_ignore_ascii_case(found) {
            return false;
        }
        if found.contains(' ') {
            return true;
        }
        self.entries[entry].kind == ActorKind::Country
            && found.len() >= 4
            && !crate::vocab::get()
                .people
                .lowercase_stops
                .iter()
                .any(|w| w == found)
    }

    /// Whether entry `i` may be named in the article of `scope`: it has no
    /// cues, or one of them occurs there.
    fn cued(&self, i: usize, scope: &ArticleScope) -> bool {
        if self.entries[i].cues.is_empty() {
            return true;
        }
        *scope.cues.borrow_mut().entry(i).or_insert_with(|| {
            // Each cue's searcher built once per process, on first use
            // (building one cost more than searching an article).
            self.cue_finders[i]
                .get_or_init(|| {
                    self.entries[i]
                        .cues
                        .iter()
                        .map(|c| memchr::memmem::Finder::new(c.as_bytes()).into_owned())
                        .collect()
                })
                .iter()
                .any(|f| contains_word_by(scope.article, f))
        })
    }

    /// Whether entry `a` should win a shared alias over entry `b` in this
    /// article: the one valid on the article's date, else the one whose cues
    /// occur, else by kind.
    fn prefer(&self, a: usize, b: usize, scope: &ArticleScope, date: Option<Day>) -> bool {
        if let Some(day) = date {
            let (va, vb) = (self.valid_on(a, day), self.valid_on(b, day));
            if va != vb {
                return va;
            }
        }
        let cue = |i: usize| !self.entries[i].cues.is_empty() && self.cued(i, scope);
        let (ca, cb) = (cue(a), cue(b));
        if ca != cb {
            return ca;
        }
        let (ka, kb) = (self.entries[a].kind, self.entries[b].kind);
        ka.priority() < kb.priority()
    }
}

thread_local! {
    /// [`Lexicon::candidates`]' buffer of [`FormTrie::find_all`] matches.
    static RAW_MATCHES: std::cell::Cell<Vec<(usize, usize, u32)>> =
        const { std::cell::Cell::new(Vec::new()) };
}

/// What the lexicon works out about one whole article and reuses for every
/// lookup in it: whether each entry's cue words occur in the article (to
/// choose between entries that share an alias) and the article's country
/// context (for a bare "the president"). Looked up afresh for every
/// sentence, these made one long article cost time quadratic in its length
/// (a trigger-dense 200 KB article: 78 s); kept here, each is worked out
/// once per article, on first use.
pub struct ArticleScope<'a> {
    article: &'a str,
    /// Entry -> whether one of its cue words occurs in the article.
    cues: std::cell::RefCell<crate::trie::FnvMap<usize, bool>>,
    context: std::cell::OnceCell<Option<String>>,
    /// The first whole-article [`Lexicon::find_in`] asked for, with the
    /// date it was asked for ([`Lexicon::find_whole`]).
    whole: std::cell::OnceCell<(Option<Day>, Vec<ActorMatch>)>,
    lowercase: std::cell::OnceCell<bool>,
    /// Search the role nouns once in the whole article, not per sentence
    /// ([`ArticleScope::scan_role_nouns_once`]).
    role_scan_once: std::cell::Cell<bool>,
    /// Per role noun, its starts in the lowercased article.
    role_hits: std::cell::OnceCell<Vec<Vec<usize>>>,
    /// The dateline's country mention ([`Lexicon::dateline_match`]).
    dateline: std::cell::OnceCell<Option<ActorMatch>>,
}

/// How many sentences from an article's start (headline, standfirst,
/// caption, byline) [`Lexicon::dateline_match`] reads for a dateline.
const DATELINE_REACH: usize = 6;

/// How many bytes from an article's start are split into sentences to look
/// for its dateline (the [`DATELINE_REACH`] sentences end sooner).
const DATELINE_BYTES: usize = 1200;

/// The fewest words of four letters or more an article needs before it can
/// count as written all in lowercase ([`ArticleScope::lowercase`]).
const LOWERCASE_MIN_WORDS: usize = 20;

/// An article is written in lowercase when fewer than one in this many of
/// its longer words is capitalised.
const LOWERCASE_RATIO: usize = 25;

impl<'a> ArticleScope<'a> {
    /// A scope for `article`, with nothing worked out yet.
    pub fn new(article: &'a str) -> Self {
        ArticleScope {
            article,
            cues: Default::default(),
            context: Default::default(),
            whole: Default::default(),
            lowercase: Default::default(),
            role_scan_once: Default::default(),
            role_hits: Default::default(),
            dateline: Default::default(),
        }
    }

    /// Makes the role nouns be searched once in the whole article instead
    /// of once per sentence asked about: for a caller that looks up the
    /// actors of every sentence (`mentions`), where seven searches of each
    /// short sentence cost more than seven of the article. The matches
    /// are the same either way.
    pub fn scan_role_nouns_once(&self) {
        self.role_scan_once.set(true);
    }

    /// Whether the article is written all in lowercase, as some wire copy
    /// is ("mexico's minister of energy and mines, alfredo del mazo"): of
    /// its words of four letters or more not written in capitals (at least
    /// [`LOWERCASE_MIN_WORDS`]), fewer than one in [`LOWERCASE_RATIO`] is
    /// capitalised.
    pub fn lowercase(&self) -> bool {
        *self
            .lowercase
            .get_or_init(|| written_in_lowercase(self.article.as_bytes()))
    }

    /// The article.
    pub fn article(&self) -> &'a str {
        self.article
    }
}

/// [`ArticleScope::lowercase`] worked out: the runs of ASCII letters of
/// `text` (words all in capitals, a wire headline's, count neither way).
/// Split by bytes, not characters: every byte of a non-ASCII character is
/// no ASCII letter either, so the runs of letters are the same, found
/// without decoding the article. It was a tenth of `mentions`' work (every
/// article is asked), hence the tight loop and the early answer: once the
/// capitalised words are too many for the rest of the text to outweigh
/// (each further word of four letters takes five bytes with the byte
/// before it), the article is not in lowercase whatever follows.
///
/// The runs are found from [`crate::segment::byte_masks`]' letters, 64
/// bytes at a time (no loop step per byte between words); a run's end
/// from the mask when it lies in the block.
fn written_in_lowercase(text: &[u8]) -> bool {
    let (mut words, mut capitalised) = (0usize, 0usize);
    let n = text.len();
    let mut base = 0;
    // Whether the byte before the block is a letter.
    let mut after_letter = 0u64;
    while base < n {
        let letters = crate::segment::byte_masks(text, base).letter;
        let mut starts = letters & !((letters << 1) | after_letter);
        after_letter = letters >> 63;
        while starts != 0 {
            let k = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let start = base + k;
            let rest = !letters >> k;
            let i = if rest != 0 {
                start + rest.trailing_zeros() as usize
            } else {
                crate::segment::ascii_letters_end(text, base + 64)
            };
            // Of ASCII letters, the lowercase ones are those from b'a' on.
            if i - start >= 4 && text[start..i].iter().any(|&c| c >= b'a') {
                words += 1;
                capitalised += usize::from(text[start] < b'a');
                if capitalised * LOWERCASE_RATIO >= words + (n - i) / 5 {
                    return false;
                }
            }
        }
        base += 64;
    }
    words >= LOWERCASE_MIN_WORDS && capitalised * LOWERCASE_RATIO < words
}

/// The distinct keys of `items`, most frequent first (ties in order of
/// first appearance), each with its count and the item it first came with:
/// the country counts of an article and of its events.
pub fn tally<K: PartialEq, T>(items: impl IntoIterator<Item = (K, T)>) -> Vec<(K, usize, T)> {
    tally_weighted(items.into_iter().map(|(k, item)| (k, 1, item)))
}

/// [`tally`] with a weight per item: the distinct keys, most weight first
/// (ties in order of first appearance), each with its summed weight and
/// the item it first came with (the sentence votes of an article's role
/// holders, where a headline weighs more).
pub fn tally_weighted<K: PartialEq, T>(
    items: impl IntoIterator<Item = (K, usize, T)>,
) -> Vec<(K, usize, T)> {
    let mut counts: Vec<(K, usize, T)> = Vec::new();
    for (k, w, item) in items {
        match counts.iter_mut().find(|c| c.0 == k) {
            Some(c) => c.1 += w,
            None => counts.push((k, w, item)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts
}

/// Whether the text between a country's mention and the name after it
/// makes the country its owner: a possessive ("Mexico's Senate") or, after
/// an adjective, a plain space ("the Mexican Senate").
fn names_its_owner(between: &str, demonym: bool) -> bool {
    matches!(between, "'s " | "’s " | "' " | "’ ") || (demonym && between == " ")
}

/// A one-word person alias right after a capitalised given name that is not
/// a title ("Mario Branco Peres" is not Shimon Peres). Text in capitals
/// (headlines) and a sentence's first word are not judged.
fn someone_elses_surname(article: &str, m: &ActorMatch) -> bool {
    let found = &article[m.start..m.end];
    if found.contains(' ') || !found.chars().any(|c| c.is_lowercase()) {
        return false;
    }
    let before = &article[..m.start];
    let Some(prev) = before.strip_suffix(' ') else {
        return false;
    };
    let word_start = prev
        .rfind(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
        .map_or(0, |i| {
            i + prev[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &prev[word_start..];
    let capitalised = word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase);
    if !capitalised
        || crate::vocab::get()
            .people
            .titles
            .iter()
            .any(|t| word.eq_ignore_ascii_case(t))
    {
        return false;
    }
    // The sentence's first word ("But Peres said") says nothing.
    let head = prev[..word_start].trim_end_matches([' ', '"', '(', '\'']);
    !(head.is_empty() || head.ends_with(['.', '!', '?', '\n', ':']))
}

/// The lexicon's lowercase forms as a byte trie ([`crate::trie`]),
/// searched from every byte where a name may start (not inside a word):
/// a few steps per word, where the Aho-Corasick automaton used before
/// scanned overlapping matches byte by byte (and cost more to build).
#[derive(Debug)]
struct FormTrie {
    trie: crate::trie::ByteTrie,
    /// The first two bytes of the aliases spelt with a lowercase ASCII
    /// letter first ("de Villepin", "al-Sisi"), by letter. A match is kept
    /// only when spelt as an alias or written in capitals, so no match
    /// starting with another lowercase pair ("said", "and": most words of
    /// the text) is, and the trie is not walked there.
    lowercase_pairs: Box<[[bool; 256]; 26]>,
    /// The lowercase letters that are an alias on their own.
    lowercase_singles: [bool; 26],
    /// The forms' first words: a word start whose ASCII run is none of
    /// them begins no form on word boundaries ([`first_words`]).
    first_words: first_words::FirstWords,
    /// Each byte's [`Class`]: one load decides what the scan does with
    /// it (most bytes between words are passed over at once).
    classes: [Class; 256],
}

impl FormTrie {
    /// Builds the trie of `forms` (non-empty, distinct; form `i` is
    /// reported as `i`), given the aliases as spelt; `trie` is theirs when
    /// already known (otherwise the embedded one if it is, or built).
    fn new<'s>(
        forms: &[&str],
        spellings: impl IntoIterator<Item = &'s str>,
        trie: Option<crate::trie::ByteTrie>,
    ) -> Self {
        let mut lowercase_pairs = Box::new([[false; 256]; 26]);
        let mut lowercase_singles = [false; 26];
        for s in spellings {
            match s.as_bytes() {
                [c, rest @ ..] if c.is_ascii_lowercase() => {
                    let letter = usize::from(c - b'a');
                    match rest.first() {
                        Some(&second) => lowercase_pairs[letter][usize::from(second)] = true,
                        None => lowercase_singles[letter] = true,
                    }
                }
                _ => {}
            }
        }
        let trie = trie
            .or_else(|| embedded_trie(forms))
            .unwrap_or_else(|| crate::trie::ByteTrie::new(forms));
        let classes = std::array::from_fn(|c| {
            let c = c as u8;
            if c.is_ascii_lowercase() {
                Class::Lower
            } else if c.is_ascii_alphanumeric() {
                Class::UpperOrDigit
            } else if trie.start(c).is_some() {
                Class::Other
            } else {
                Class::Skip
            }
        });
        FormTrie {
            trie,
            lowercase_pairs,
            lowercase_singles,
            first_words: first_words::FirstWords::new(forms),
            classes,
        }
    }

    /// Every occurrence `(start, end, form)` in `text`, ASCII-lowercased,
    /// of a form, overlapping, except those starting with a letter or digit
    /// right after another (which [`on_word_boundaries`] rejects anyway),
    /// those starting with two bytes no alias spelt lowercase starts with,
    /// and those at a word start whose ASCII run is no form's first word
    /// (which that check rejects too).
    ///
    /// The bytes the scan stops at (word starts, and bytes between words
    /// other than spaces) are read from [`crate::segment::alnum_space_masks`]
    /// 64 bytes at a time; a word's end is looked for only when it is not
    /// turned away by its first two bytes.
    fn find_all(&self, text: &str, lowercase: bool, out: &mut Vec<(usize, usize, u32)>) {
        let b = text.as_bytes();
        let mut base = 0;
        // Whether the byte before the block is a letter or digit.
        let mut after_alnum = 0u64;
        while base < b.len() {
            let (alnum, space) = crate::segment::alnum_space_masks(b, base);
            let valid = match b.len() - base {
                n if n >= 64 => u64::MAX,
                n => (1 << n) - 1,
            };
            let starts = alnum & !((alnum << 1) | after_alnum);
            let between = !alnum & !space & valid;
            after_alnum = alnum >> 63;
            let mut visit = starts | between;
            while visit != 0 {
                let k = visit.trailing_zeros() as usize;
                visit &= visit - 1;
                let start = base + k;
                if between >> k & 1 == 1 {
                    // Not a letter or digit: passed over unless a form
                    // starts with it.
                    if self.classes[usize::from(b[start])] == Class::Other {
                        self.trie
                            .prefixes_at(b, start, |end, form| out.push((start, end, form as u32)));
                    }
                    continue;
                }
                self.word_at(text, start, lowercase, out);
            }
            base += 64;
        }
    }

    /// [`FormTrie::find_all`] at a word start (an ASCII letter or digit
    /// after none): the rest of its ASCII run is glued to it.
    #[inline(always)]
    fn word_at(
        &self,
        text: &str,
        start: usize,
        lowercase: bool,
        out: &mut Vec<(usize, usize, u32)>,
    ) {
        let b = text.as_bytes();
        let c = b[start];
        // (The pair test first, which turns away most lowercase words
        // for less; the run is hashed for the first-word filter.)
        if c.is_ascii_lowercase() && !lowercase {
            let letter = usize::from(c - b'a');
            let pair = b
                .get(start + 1)
                .is_some_and(|&next| self.lowercase_pairs[letter][usize::from(next)]);
            if !pair && !self.lowercase_singles[letter] {
                return;
            }
        }
        let s = crate::segment::ascii_alnum_end(b, start + 1);
        if start > 0 && !b[start - 1].is_ascii() {
            let glued = text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if glued {
                return;
            }
        }
        if !self
            .first_words
            .may_contain(first_words::run_hash(b, start, s))
        {
            return;
        }
        self.trie
            .prefixes_at(b, start, |end, form| out.push((start, end, form as u32)));
    }

    /// [`FormTrie::find_all`] a byte at a time, as it was before the
    /// masks: what it must find.
    #[cfg(test)]
    fn find_all_bytes(&self, text: &str, lowercase: bool, out: &mut Vec<(usize, usize, u32)>) {
        let b = text.as_bytes();
        let mut s = 0;
        while s < b.len() {
            let c = b[s];
            let start = s;
            s += 1;
            let class = self.classes[usize::from(c)];
            if class == Class::Skip {
                continue;
            }
            if class == Class::Other {
                self.trie
                    .prefixes_at(b, start, |end, form| out.push((start, end, form as u32)));
                continue;
            }
            // A word start: the rest of its ASCII run is glued to it, and
            // the word is tested as the masked scan tests it.
            self.word_at(text, start, lowercase, out);
            s = crate::segment::ascii_alnum_end(b, s);
        }
    }
}

/// One packed searcher of the role nouns searched by `finders`, noun `k`
/// reported as pattern `k`, when no two occurrences of them can overlap in
/// any text (no noun empty, none repeated or inside another, no noun's end
/// the start of another's or its own): its non-overlapping matches are
/// then every occurrence of every noun. `None` otherwise, or when the
/// packed searcher cannot be built (then each noun is searched on its own).
fn one_pass_role_searcher(
    finders: &[memchr::memmem::Finder<'static>],
) -> Option<aho_corasick::packed::Searcher> {
    let nouns: Vec<&[u8]> = finders.iter().map(|f| f.needle()).collect();
    if nouns.is_empty() || !occurrences_never_overlap(&nouns) {
        return None;
    }
    crate::extract::cues::packed_searcher(nouns.iter().copied())
}

/// Whether no occurrence of a word of `words` in any text can overlap
/// another's (a word repeated counts as two words overlapping): for every
/// two words `x` and `y` and every shift `d` of `y` against `x` inside
/// `x`, other than a word against itself unshifted, their bytes disagree
/// somewhere they meet. No empty word.
fn occurrences_never_overlap(words: &[&[u8]]) -> bool {
    for (i, x) in words.iter().enumerate() {
        if x.is_empty() {
            return false;
        }
        for (j, y) in words.iter().enumerate() {
            for d in 0..x.len() {
                if i == j && d == 0 {
                    continue;
                }
                let m = (x.len() - d).min(y.len());
                if x[d..d + m] == y[..m] {
                    return false;
                }
            }
        }
    }
    true
}

/// What [`FormTrie::find_all`] does at a byte that is not inside a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// No form starts with it, and it starts no word: passed over.
    Skip,
    /// An ASCII lowercase letter: a word start, tested by its first two
    /// bytes before anything else.
    Lower,
    /// An ASCII capital or digit: a word start.
    UpperOrDigit,
    /// Another byte some form starts with: the trie is walked from it.
    Other,
}

/// The countries of the embedded lexicon (entries of kind `country`), for
/// a [`crate::quantity::QuantityRecognizer`] built without a lexicon.
pub fn embedded_countries() -> Vec<Entry> {
    DEFAULT_LEXICON
        .iter()
        .flat_map(|(_, text)| text.lines())
        .filter_map(|line| serde_json::from_str::<Entry>(line.trim()).ok())
        .filter(|e| e.kind == ActorKind::Country)
        .collect()
}

/// Validates the fields serde cannot check.
fn validate(e: &Entry) -> Option<String> {
    if e.name.trim().is_empty() {
        return Some("empty \"name\"".into());
    }
    let code_ok =
        |c: &str| c == "EU" || (c.len() == 3 && c.chars().all(|c| c.is_ascii_uppercase()));
    if let Some(c) = &e.country
        && !code_ok(c)
    {
        return Some(format!(
            "\"country\" must be an ISO 3166-1 alpha-3 code, \"EU\" or null, not {c:?}"
        ));
    }
    if let Some(m) = e.members.iter().find(|m| !code_ok(m)) {
        return Some(format!(
            "\"members\" must be ISO 3166-1 alpha-3 codes or \"EU\", not {m:?}"
        ));
    }
    if !e.members.is_empty() && e.country.is_some() {
        return Some(
            "an entry with \"members\" stands for several countries: its \"country\" must be null"
                .into(),
        );
    }
    let currencies: Vec<&String> = e.currency.iter().chain(&e.former_currencies).collect();
    if !currencies.is_empty() && e.kind != ActorKind::Country {
        return Some("only a country has a \"currency\"".into());
    }
    let iso4217 = &crate::vocab::get().iso4217;
    if let Some(c) = currencies.iter().find(|c| !iso4217.contains(c.as_str())) {
        return Some(format!(
            "{c:?} is not an ISO 4217 code (data/quantity/iso4217.toml)"
        ));
    }
    for d in [&e.valid_from, &e.valid_to].into_iter().flatten() {
        let ok = d.len() == 10
            && d.char_indices().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if !ok {
            return Some(format!("dates must be YYYY-MM-DD, not {d:?}"));
        }
        if crate::dates::Day::parse(d).is_none() {
            return Some(format!("{d:?} is not a real date"));
        }
    }
    None
}

/// Whether a word after `before` (the article up to it) opens a sentence:
/// the article's start, or after a full stop, question or exclamation mark,
/// colon or a line break, quotes or a dash between ("Six major industrial
/// countries agreed ...").
fn opens_sentence(before: &str) -> bool {
    let t = before.trim_end_matches([' ', '"', '“', '‘', '\'', '(']);
    t.is_empty() || t.ends_with(['.', '?', '!', ':', '\n', '—'])
}

/// Whether `found` is the lowercase alias `spelling` with its first letter
/// capitalised, as at the start of a sentence ("six major industrial
/// countries" read in "Six major industrial countries agreed").
fn capitalised(spelling: &str, found: &str) -> bool {
    let (mut a, mut b) = (spelling.chars(), found.chars());
    match (a.next(), b.next()) {
        (Some(x), Some(y)) => {
            x.is_lowercase() && y.is_uppercase() && x.to_uppercase().eq([y]) && a.eq(b)
        }
        _ => false,
    }
}

/// Whether `found` is `spelling` with some of its words capitalised
/// ("Tokyo Summit" for "Tokyo summit"), word for word.
fn title_cased(spelling: &str, found: &str) -> bool {
    spelling.len() == found.len()
        && spelling.contains(' ')
        && spelling
            .split(' ')
            .zip(found.split(' '))
            .all(|(a, b)| a == b || capitalised(a, b))
}

/// Short all-capital aliases ("US", "EC", "LG") only ever match as written.
fn is_acronym(alias: &str) -> bool {
    // At most four letters, all capitals (counted without collecting them).
    let mut letters = 0;
    for c in alias.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if letters > 4 || !c.is_uppercase() {
            return false;
        }
    }
    true
}

/// True when `needle` occurs in `hay` as a whole word.
pub fn contains_word(hay: &str, needle: &str) -> bool {
    contains_word_by(hay, &memchr::memmem::Finder::new(needle))
}

/// [`contains_word`] with the needle's searcher built beforehand, for a
/// needle looked for in many texts (building one costs more than a search
/// of a short article).
pub fn contains_word_by(hay: &str, needle: &memchr::memmem::Finder) -> bool {
    let len = needle.needle().len();
    if len == 0 {
        return false;
    }
    let mut from = 0;
    // memmem (SIMD) instead of `str::find`: the same first match, found
    // faster; this runs over whole articles for cue words.
    while let Some(p) = needle.find(&hay.as_bytes()[from..]) {
        let s = from + p;
        let e = s + len;
        if on_word_boundaries(hay, s, e) {
            return true;
        }
        from = s + len;
        while from < hay.len() && !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// The name printed for an actor kind.
pub fn kind_name(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Country => "country",
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
        ActorKind::Company => "company",
        ActorKind::Agency => "agency",
        ActorKind::Place => "place",
    }
}

#[cfg(test)]
mod tests;

/// Whether match `m` is a Reuters instrument code in angle brackets
/// ("<BA>", "<GL.TO>"): an opening bracket right before it and a closing
/// bracket, or an exchange suffix, right after it.
fn is_instrument_code(article: &str, m: &ActorMatch) -> bool {
    article[..m.start].ends_with('<')
        && article[m.end..]
            .chars()
            .next()
            .is_some_and(|c| c == '>' || c == '.')
}
