//! Ontology codes and event keys: what each event is in CAMEO and PLOVER
//! terms, and a stable key shared by every report of the same event.
//!
//! **Codes.** The mapping is data, `data/codes.toml` (embedded): entries
//! keyed by event type, modality, rule id, trigger words, words near the
//! trigger and which fields are present; the first entry that fits an
//! event gives its `cameo` and `plover`. Types without an entry (types
//! added by rule files) get nulls. The file documents each condition.
//!
//! **Keys.** `key` is 16 lowercase hex digits: the FNV-1a 64-bit hash of
//! the canonical string
//!
//! ```text
//! v1|<type>|source=<countries>|target=<countries>|participant=<countries>|amount=<value> <currency>|rate=<value>|<scope>
//! ```
//!
//! where `<countries>` are the distinct actor country codes in that role,
//! sorted, comma-separated (actors without a country are left out); the
//! amount value is rounded to three significant digits and printed as an
//! integer ("1.5 billion dlrs" and "1,500 mln dlrs" are both
//! `1500000000 USD`); the rate has at most two decimals; absent parts are
//! empty; `<scope>` is `day=<YYYY-MM-DD>`, the event's own day when its
//! `when` is one day ([`crate::when`]: two articles written days apart
//! about the raid "on Sept. 4" share a key), else the article's date when it
//! is known, and otherwise `doc=<article id>`, so that undated events of
//! different articles (a 2025 visit and a 1987 meeting in one feed) are
//! never merged ([`key_scope`]). So the same pledge
//! reported by twenty articles of one day shares one key, whatever the
//! wording, and `newsevents dedupe` folds them into one record. Modality,
//! names and offsets are deliberately not part of the key, nor is the
//! document id when the day is known.
//! FNV-1a is fixed, tiny, has no seed and no dependency, so keys are the
//! same on every machine and in every version that keeps the `v1` format;
//! 64 bits make a collision unlikely below about 10^8 distinct events.

use crate::dates::Day;
use crate::event::Event;
use crate::event::{Modality, Role};
use serde::Deserialize;
use std::sync::OnceLock;

/// The embedded mapping.
const DEFAULT_CODES: &str = include_str!("../data/codes.toml");

/// PLOVER event types a mapping may use.
pub const PLOVER_TYPES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

/// One entry of the mapping, as written in `data/codes.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeEntry {
    /// Event type it applies to.
    #[serde(rename = "type")]
    pub event_type: String,
    /// Modalities it applies to (empty: any).
    #[serde(default)]
    pub modality: Vec<String>,
    /// Rule ids, or prefixes ending in `*` (empty: any).
    #[serde(default)]
    pub rule: Vec<String>,
    /// Words one of which the trigger text must hold (empty: any); kept
    /// lowercase, as they are compared.
    #[serde(default)]
    pub trigger: Vec<String>,
    /// Words one of which must stand within [`NEAR_WINDOW`] words of the trigger.
    #[serde(default)]
    pub near: Vec<String>,
    /// Fields that must not be null: amount, rate, count, product, location.
    #[serde(default)]
    pub with: Vec<String>,
    /// CAMEO code, or none.
    #[serde(default)]
    pub cameo: Option<String>,
    /// PLOVER event type, or none.
    #[serde(default)]
    pub plover: Option<String>,
    /// The CAMEO description, for readers of the file.
    #[serde(default)]
    pub label: String,
}

/// How many words either side of the trigger `near` looks at.
pub const NEAR_WINDOW: usize = 6;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeFile {
    #[serde(default)]
    code: Vec<CodeEntry>,
}

/// The CAMEO and PLOVER codes of one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Codes<'a> {
    /// CAMEO code, e.g. "0331".
    pub cameo: Option<&'a str>,
    /// PLOVER event type, e.g. "AGREE".
    pub plover: Option<&'a str>,
}

/// The mapping from events to codes, in file order.
#[derive(Debug, Clone)]
pub struct CodeTable {
    /// Entries in the order they are tried.
    pub entries: Vec<CodeEntry>,
}

/// The mapping of this process when `--codes` gave one.
static INSTALLED: OnceLock<CodeTable> = OnceLock::new();

impl CodeTable {
    /// Makes `table` the mapping of this process (`--codes FILE`). Call once
    /// at start-up, before any article is read; returns it back if a mapping
    /// was already installed.
    pub fn install(table: CodeTable) -> Result<(), Box<CodeTable>> {
        INSTALLED.set(table).map_err(Box::new)
    }

    /// The mapping in use: the installed one, else the embedded one.
    pub fn active() -> &'static CodeTable {
        INSTALLED.get().unwrap_or_else(CodeTable::embedded)
    }

    /// The embedded mapping, parsed once per process.
    pub fn embedded() -> &'static CodeTable {
        static TABLE: OnceLock<CodeTable> = OnceLock::new();
        TABLE.get_or_init(|| {
            CodeTable::parse(DEFAULT_CODES)
                .unwrap_or_else(|e| panic!("data/codes.toml is invalid: {}", e.join("; ")))
        })
    }

    /// Parses and checks a mapping, reporting every problem at once.
    pub fn parse(text: &str) -> Result<CodeTable, Vec<String>> {
        let file: CodeFile = toml::from_str(text).map_err(|e| vec![e.to_string()])?;
        let mut errors = Vec::new();
        for (i, e) in file.code.iter().enumerate() {
            let at = format!("[[code]] #{} ({})", i + 1, e.event_type);
            if let Some(c) = &e.cameo
                && (!(2..=4).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_digit()))
            {
                errors.push(format!("{at}: cameo {c:?} must be 2 to 4 digits"));
            }
            if let Some(p) = &e.plover
                && !PLOVER_TYPES.contains(&p.as_str())
            {
                errors.push(format!("{at}: unknown PLOVER type {p:?}"));
            }
            for m in &e.modality {
                if Modality::parse(m).is_none() {
                    errors.push(format!("{at}: unknown modality {m:?}"));
                }
            }
            for w in &e.with {
                if !["amount", "rate", "count", "product", "location"].contains(&w.as_str()) {
                    errors.push(format!("{at}: unknown field {w:?} in `with`"));
                }
            }
        }
        if errors.is_empty() {
            let mut entries = file.code;
            // Trigger words are compared lowercase: lowercased once here.
            for e in &mut entries {
                for t in &mut e.trigger {
                    *t = t.to_lowercase();
                }
            }
            Ok(CodeTable { entries })
        } else {
            Err(errors)
        }
    }

    /// The first entry that fits `event`, if any.
    pub fn entry_for(&self, event: &Event) -> Option<&CodeEntry> {
        let words = EventWords::default();
        self.entries.iter().find(|c| fits(c, event, &words))
    }

    /// The codes of `event` (nulls when no entry fits).
    pub fn codes(&self, event: &Event) -> Codes<'_> {
        self.entry_for(event)
            .map(|c| Codes {
                cameo: c.cameo.as_deref(),
                plover: c.plover.as_deref(),
            })
            .unwrap_or_default()
    }
}

/// The words of an event that entries test, split on first use and shared
/// by all entries tried: most entries test other fields first.
#[derive(Default)]
struct EventWords {
    trigger: std::cell::OnceCell<Vec<String>>,
    near: std::cell::OnceCell<Vec<String>>,
}

fn fits(c: &CodeEntry, e: &Event, w: &EventWords) -> bool {
    if e.event_type != c.event_type {
        return false;
    }
    if !c.modality.is_empty() && !c.modality.iter().any(|m| e.modality == *m) {
        return false;
    }
    if !c.rule.is_empty()
        && !c.rule.iter().any(|r| match r.strip_suffix('*') {
            Some(prefix) => e.rule.starts_with(prefix),
            None => *r == e.rule,
        })
    {
        return false;
    }
    if !c.trigger.is_empty() {
        let words = w.trigger.get_or_init(|| words(&e.trigger.text));
        if !c.trigger.iter().any(|t| words.contains(t)) {
            return false;
        }
    }
    if !c.near.is_empty()
        && !w
            .near
            .get_or_init(|| near_trigger(e))
            .iter()
            .any(|w| c.near.contains(w))
    {
        return false;
    }
    c.with.iter().all(|f| match f.as_str() {
        "amount" => e.amount.is_some(),
        "rate" => e.rate.is_some(),
        "count" => e.count.is_some(),
        "product" => e.product.is_some(),
        "location" => e.location.is_some(),
        _ => false,
    })
}

/// Lowercase words (letters, digits, apostrophes) of `s`.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The words of the event's sentence within [`NEAR_WINDOW`] words of its
/// trigger (the trigger's own words included).
fn near_trigger(e: &Event) -> Vec<String> {
    let s = &e.sentence;
    let (Some(before), Some(after)) = (
        e.trigger
            .start
            .checked_sub(s.start)
            .and_then(|o| s.text.get(..o)),
        e.trigger
            .end
            .checked_sub(s.start)
            .and_then(|o| s.text.get(o..)),
    ) else {
        return words(&e.trigger.text);
    };
    // Only the words within the window are lowercased: the last ones
    // before the trigger (split from the end) and the first ones after.
    let not_word = |c: char| !(c.is_alphanumeric() || c == '\'');
    let mut out: Vec<String> = before
        .rsplit(not_word)
        .filter(|w| !w.is_empty())
        .take(NEAR_WINDOW)
        .map(str::to_lowercase)
        .collect();
    out.reverse();
    out.extend(words(&e.trigger.text));
    out.extend(
        after
            .split(not_word)
            .filter(|w| !w.is_empty())
            .take(NEAR_WINDOW)
            .map(str::to_lowercase),
    );
    out
}

/// Fills every event's `cameo`, `plover` and `key`; `date` is the
/// article's date as given (any form [`Day::parse`] reads), if known.
/// Called at the end of [`crate::Extractor::extract_dated`].
pub fn annotate(events: &mut [Event], date: Option<&str>) {
    annotate_on(events, date.and_then(Day::parse))
}

/// [`annotate`] for an article whose date is already read (`day`): the
/// extractor has parsed it once for the whole article.
pub fn annotate_on(events: &mut [Event], day: Option<Day>) {
    let table = CodeTable::active();
    for e in events.iter_mut() {
        let c = table.codes(e);
        e.cameo = c.cameo.map(str::to_string);
        e.plover = c.plover.map(str::to_string);
        // The event's own day when it has one, so reports written days
        // apart share a key; otherwise the article's.
        let own = e.when.as_ref().and_then(|w| w.value.day());
        e.key = key(e, own.or(day));
    }
}

/// FNV-1a, 64 bits: offset basis 0xcbf29ce484222325, prime 0x100000001b3
/// (the hasher of the dictionary maps, [`crate::trie::Fnv`]).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::trie::Fnv::default();
    h.write(bytes);
    h.finish()
}

/// The canonical string an event's key hashes (see the module docs).
pub fn key_text(e: &Event, day: Option<Day>) -> String {
    let countries = |role: Role| {
        let mut cs: Vec<&str> = e
            .actors
            .iter()
            .filter(|a| a.role == role)
            .filter_map(|a| a.country.as_deref())
            .collect();
        cs.sort_unstable();
        cs.dedup();
        cs.join(",")
    };
    let amount = e
        .amount
        .as_ref()
        .map(|a| format!("{} {}", round3(a.value), a.currency))
        .unwrap_or_default();
    let rate = e
        .rate
        .as_ref()
        .map(|r| {
            let s = format!("{:.2}", r.value);
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        })
        .unwrap_or_default();
    format!(
        "v1|{}|source={}|target={}|participant={}|amount={}|rate={}|{}",
        e.event_type,
        countries(Role::Source),
        countries(Role::Target),
        countries(Role::Participant),
        amount,
        rate,
        key_scope(e, day)
    )
}

/// The part of the key that keeps apart events no one could tell are the
/// same: `day=YYYY-MM-DD` when the day is known, else `doc=<article id>`
/// (an event without a day is only ever merged within its own article).
fn key_scope(e: &Event, day: Option<Day>) -> String {
    match day {
        Some(d) => format!("day={d}"),
        None => format!("doc={}", e.doc),
    }
}

/// The event's key: 16 hex digits of FNV-1a 64 over [`key_text`].
pub fn key(e: &Event, day: Option<Day>) -> String {
    format!("{:016x}", fnv1a64(key_text(e, day).as_bytes()))
}

/// `v` rounded to three significant digits, printed as an integer
/// (amounts are in currency units, so sub-unit precision never matters).
fn round3(v: f64) -> String {
    if !v.is_finite() || v <= 0.0 {
        return "0".into();
    }
    let digits = v.log10().floor() as i32;
    let scale = 10f64.powi(digits - 2);
    let r = (v / scale).round() * scale;
    format!("{:.0}", r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_reference_values() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn amounts_round_to_three_significant_digits() {
        let cases = [
            (1.5e9, "1500000000"),
            (1_499_999_999.0, "1500000000"),
            (350e9, "350000000000"),
            (12_345.0, "12300"),
            (7.0, "7"),
            (0.0, "0"),
        ];
        for (v, want) in cases {
            assert_eq!(round3(v), want, "{v}");
        }
    }

    #[test]
    fn embedded_table_is_valid_and_covers_the_built_in_types() {
        let t = CodeTable::embedded();
        for ty in ["pledge", "tariff", "raid", "meeting"] {
            assert!(t.entries.iter().any(|e| e.event_type == ty), "{ty}");
        }
    }

    #[test]
    fn bad_tables_are_rejected_with_every_problem() {
        let errs = CodeTable::parse(
            r#"
[[code]]
type = "pledge"
modality = ["maybe"]
cameo = "03a"
plover = "HUG"
with = ["colour"]
"#,
        )
        .unwrap_err();
        assert_eq!(errs.len(), 4, "{errs:?}");
    }
}
