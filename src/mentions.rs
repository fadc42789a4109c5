//! Mentions: every money amount, percentage, head count and known actor in
//! an article, one flat record each, for `newsevents mentions`.
//!
//! Events need a trigger; mentions do not. They expose what the recogniser
//! ([`crate::quantity`]) and the actor dictionary ([`crate::lexicon`]) see in
//! every sentence, so users can index figures and actors directly and we can
//! measure the recogniser on real text (`scripts/eval-amounts.sh`).
//!
//! Records use the same conventions as events: byte offsets into the article
//! text (end exclusive), sentences numbered from 0 by
//! [`crate::segment::split_sentences`], and recognisers run per sentence.
//!
//! ```
//! let ex = newsevents::Extractor::embedded().unwrap();
//! let m = newsevents::mentions::mentions(&ex, "doc", "Japan pledged 1.5 billion dlrs.");
//! assert_eq!(m[0].kind, newsevents::mentions::MentionKind::Actor);
//! assert_eq!(m[1].value, Some(1.5e9));
//! assert_eq!(m[1].currency.as_deref(), Some("USD"));
//! ```

use crate::event_json::{json_str, json_usize};
use crate::extract::Extractor;
use crate::lexicon::kind_name;
use crate::quantity::{PercentUnit, QuantityKind};
use serde::Serialize;

/// What a mention is; printed as `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// An actor from the lexicon (country, person, company, ...).
    Actor,
    /// An amount of money.
    Money,
    /// A percentage or a change in percentage points.
    Percent,
    /// A number of people.
    Count,
}

/// One line of `newsevents mentions` output (see `schemas/mention.schema.json`).
///
/// The record is flat and every field is always present, so that `jq` filters
/// and columnar tools need no per-kind schema; fields that do not apply to the
/// mention's kind are null.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// Article id, as in events.
    pub doc: String,
    /// money, percent, count or actor.
    pub kind: MentionKind,
    /// The mention as written: `article[start..end]`.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
    /// Number of the sentence that holds the mention, from 0.
    pub sentence_index: usize,
    /// Money: amount in units of `currency`; percent: the figure (25% is 25);
    /// count: number of people, null for vague counts ("hundreds of").
    pub value: Option<f64>,
    /// Money: ISO 4217 code.
    pub currency: Option<String>,
    /// Money, percent, count: the figure is hedged ("about") or a range's lower end.
    pub approx: Option<bool>,
    /// Money: the upper end of a range ("$1.2 million to $23.5 million").
    pub max: Option<f64>,
    /// Percent: a level ("percent") or a difference of levels ("points").
    pub unit: Option<PercentUnit>,
    /// Count: who is counted, the person noun in lowercase ("workers").
    pub of: Option<String>,
    /// Actor: canonical name from the lexicon.
    pub name: Option<String>,
    /// Actor: country, person, organization, company, agency or place.
    pub actor_kind: Option<&'static str>,
    /// Actor: ISO 3166-1 alpha-3 code or EU; null for international bodies.
    pub country: Option<String>,
}

/// A mention's fields borrowed from where they were found (the article,
/// the lexicon, the quantity), for writing its JSON line without building
/// a [`Mention`] of owned strings first: `newsevents mentions` writes some
/// ten lines per article.
#[derive(Debug, Clone, Copy)]
struct MentionRef<'a> {
    doc: &'a str,
    kind: MentionKind,
    text: &'a str,
    start: usize,
    end: usize,
    sentence_index: usize,
    value: Option<f64>,
    currency: Option<&'a str>,
    approx: Option<bool>,
    max: Option<f64>,
    unit: Option<PercentUnit>,
    of: Option<&'a str>,
    name: Option<&'a str>,
    actor_kind: Option<&'static str>,
    country: Option<&'a str>,
    /// An actor's `name`, `actor_kind` and `country` fields as JSON and
    /// the closing brace, when kept for its lexicon entry
    /// ([`actor_fields`]): written as they stand instead.
    actor_json: Option<&'a [u8]>,
}

impl<'a> MentionRef<'a> {
    /// A mention of `kind` at `start..end` of `text` with no value, unit or
    /// actor fields yet: the common start of every kind's record.
    fn blank(
        doc: &'a str,
        kind: MentionKind,
        text: &'a str,
        (start, end): (usize, usize),
        sentence_index: usize,
    ) -> Self {
        MentionRef {
            doc,
            kind,
            text: &text[start..end],
            start,
            end,
            sentence_index,
            value: None,
            currency: None,
            approx: None,
            max: None,
            unit: None,
            of: None,
            name: None,
            actor_kind: None,
            country: None,
            actor_json: None,
        }
    }

    /// Appends the mention's JSON object to `out`: the bytes [`Mention`]'s
    /// derived `Serialize` gives through `serde_json`, with the keys
    /// written as they stand instead of escaped one by one. Strings and
    /// numbers still go through `serde_json`, so escapes and number forms
    /// are its own.
    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        self.write_json_after(&doc_head(self.doc), out)
    }

    /// [`MentionRef::write_json`] with the line's head up to the kind's
    /// value, `head` ([`doc_head`] of the mention's article id), already
    /// written: an article's mentions share it, escaped once.
    fn write_json_after(&self, head: &[u8], out: &mut Vec<u8>) -> serde_json::Result<()> {
        out.extend_from_slice(head);
        // The kind's and the flag's JSON as they stand (what serde_json
        // writes for them, without a serializer per field).
        out.extend_from_slice(match self.kind {
            MentionKind::Actor => b"\"actor\",\"text\":",
            MentionKind::Money => b"\"money\",\"text\":",
            MentionKind::Percent => b"\"percent\",\"text\":",
            MentionKind::Count => b"\"count\",\"text\":",
        });
        json_str(out, self.text);
        out.extend_from_slice(b",\"start\":");
        json_usize(out, self.start);
        out.extend_from_slice(b",\"end\":");
        json_usize(out, self.end);
        out.extend_from_slice(b",\"sentence_index\":");
        json_usize(out, self.sentence_index);
        // An actor has no figure's fields and a figure no actor's: each
        // group's nulls in one piece when all are null, where a piece per
        // field was a third of the line's copies.
        if self.value.is_none()
            && self.currency.is_none()
            && self.approx.is_none()
            && self.max.is_none()
            && self.unit.is_none()
            && self.of.is_none()
        {
            out.extend_from_slice(
                b",\"value\":null,\"currency\":null,\"approx\":null,\"max\":null,\"unit\":null,\"of\":null",
            );
        } else {
            self.write_figure_fields(out)?;
        }
        if let Some(tail) = self.actor_json {
            out.extend_from_slice(tail);
            return Ok(());
        }
        self.write_actor_fields(out);
        Ok(())
    }

    /// The actor's fields of [`MentionRef::write_json`], from `name` to
    /// the closing brace.
    fn write_actor_fields(&self, out: &mut Vec<u8>) {
        if self.name.is_none() && self.actor_kind.is_none() && self.country.is_none() {
            out.extend_from_slice(b",\"name\":null,\"actor_kind\":null,\"country\":null}");
            return;
        }
        opt_str(out, b",\"name\":", self.name);
        opt_str(out, b",\"actor_kind\":", self.actor_kind);
        opt_str(out, b",\"country\":", self.country);
        out.push(b'}');
    }

    /// The figure's fields of [`MentionRef::write_json`], from `value` to
    /// `of`.
    fn write_figure_fields(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        opt(out, b",\"value\":", &self.value)?;
        opt_str(out, b",\"currency\":", self.currency);
        out.extend_from_slice(b",\"approx\":");
        out.extend_from_slice(match self.approx {
            Some(true) => b"true",
            Some(false) => b"false",
            None => b"null",
        });
        opt(out, b",\"max\":", &self.max)?;
        opt(out, b",\"unit\":", &self.unit)?;
        opt_str(out, b",\"of\":", self.of);
        Ok(())
    }

    /// The owned record.
    fn to_owned(self) -> Mention {
        Mention {
            doc: self.doc.to_string(),
            kind: self.kind,
            text: self.text.to_string(),
            start: self.start,
            end: self.end,
            sentence_index: self.sentence_index,
            value: self.value,
            currency: self.currency.map(str::to_string),
            approx: self.approx,
            max: self.max,
            unit: self.unit,
            of: self.of.map(str::to_string),
            name: self.name.map(str::to_string),
            actor_kind: self.actor_kind,
            country: self.country.map(str::to_string),
        }
    }
}

/// The JSON an actor's line ends with for lexicon entry `entry` (its
/// `name`, `actor_kind` and `country` fields and the closing brace), as
/// [`MentionRef::write_json`] writes them: the same for every mention of
/// the entry, so written once per process and kept by the lexicon
/// ([`crate::lexicon::Lexicon::entry_bytes`]), where escaping the three
/// strings again on every line was a third of the writing.
fn actor_fields(ex: &Extractor, entry: usize) -> &[u8] {
    ex.lexicon().entry_bytes(entry, |e| {
        let mut out = Vec::new();
        MentionRef {
            name: Some(&e.name),
            actor_kind: Some(kind_name(e.kind)),
            country: e.country.as_deref(),
            ..MentionRef::blank("", MentionKind::Actor, "", (0, 0), 0)
        }
        .write_actor_fields(&mut out);
        out
    })
}

/// The JSON of a mention of article `doc` up to the kind's value:
/// `{"doc":` and the id, then `,"kind":`.
fn doc_head(doc: &str) -> Vec<u8> {
    let mut head = b"{\"doc\":".to_vec();
    json_str(&mut head, doc);
    head.extend_from_slice(b",\"kind\":");
    head
}

/// A field that may be null: strings and flags written here,
/// floats and the unit through `serde_json`.
fn opt_str(out: &mut Vec<u8>, key: &[u8], v: Option<&str>) {
    out.extend_from_slice(key);
    match v {
        Some(v) => json_str(out, v),
        None => out.extend_from_slice(b"null"),
    }
}

/// A field that may be null, its value through `serde_json` (floats, the
/// percent unit).
fn opt<T: Serialize>(out: &mut Vec<u8>, key: &[u8], v: &Option<T>) -> serde_json::Result<()> {
    out.extend_from_slice(key);
    match v {
        Some(v) => serde_json::to_writer(&mut *out, v),
        None => {
            out.extend_from_slice(b"null");
            Ok(())
        }
    }
}

impl Mention {
    /// Appends the mention's JSON object to `out`: the bytes its derived
    /// `Serialize` gives through `serde_json` (see [`MentionRef::write_json`]).
    pub fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        MentionRef {
            doc: &self.doc,
            kind: self.kind,
            text: &self.text,
            start: self.start,
            end: self.end,
            sentence_index: self.sentence_index,
            value: self.value,
            currency: self.currency.as_deref(),
            approx: self.approx,
            max: self.max,
            unit: self.unit,
            of: self.of.as_deref(),
            name: self.name.as_deref(),
            actor_kind: self.actor_kind,
            country: self.country.as_deref(),
            actor_json: None,
        }
        .write_json(out)
    }
}

/// Every mention in `text`, ordered by start offset (actors before figures
/// that start at the same byte), for an article of unknown date.
pub fn mentions(ex: &Extractor, doc: &str, text: &str) -> Vec<Mention> {
    mentions_dated(ex, doc, text, None)
}

/// [`mentions`] for an article published on `date`. The sentences are
/// read as the extractor's analysed-sentence stage reads them
/// ([`Extractor::analyse_sentences`], the one event rules read), so
/// mentions agree with what events are built from: the same actors
/// (office holders resolved by the article's day) and the same figures,
/// with bare "dlrs" and "francs" in the article's currency
/// (`mentions_are_the_analysed_sentences` checks it).
pub fn mentions_dated(ex: &Extractor, doc: &str, text: &str, date: Option<&str>) -> Vec<Mention> {
    let found = Found::of(ex, text, date);
    found
        .order()
        .map(|i| found.mention(ex, doc, text, i).to_owned())
        .collect()
}

/// One article's mentions as JSON lines (each line as [`Mention`]'s
/// `Serialize` writes it, then a line end), written where they are found:
/// what `newsevents mentions` prints, without a [`Mention`] of owned
/// strings per line.
#[derive(Debug, Default)]
pub struct MentionLines {
    /// The lines, each ending with `\n`.
    pub bytes: Vec<u8>,
    /// The kind of each line, in order (for the run's summary).
    pub kinds: Vec<MentionKind>,
}

/// [`mentions_dated`] written as JSON lines ([`MentionLines`]).
pub fn mention_lines_dated(
    ex: &Extractor,
    doc: &str,
    text: &str,
    date: Option<&str>,
) -> serde_json::Result<MentionLines> {
    let found = Found::of(ex, text, date);
    let mut out = MentionLines {
        bytes: Vec::with_capacity(found.len() * 256),
        kinds: Vec::with_capacity(found.len()),
    };
    let head = doc_head(doc);
    for i in found.order() {
        let m = found.mention(ex, doc, text, i);
        m.write_json_after(&head, &mut out.bytes)?;
        out.bytes.push(b'\n');
        out.kinds.push(m.kind);
    }
    Ok(out)
}

/// What the analysed-sentence stage found in an article, with each
/// finding's sentence: the actors in text order, then the figures.
struct Found {
    actors: Vec<(usize, crate::lexicon::ActorMatch)>,
    quantities: Vec<(usize, crate::quantity::Quantity)>,
}

impl Found {
    /// The analysed-sentence stage ([`Extractor::analyse_sentences`]) run
    /// here for every sentence, without a sentence view per sentence: the
    /// same sentences, the same lexicon lookups (one scope for the
    /// article, role nouns searched once in it, the article's day) and the
    /// same quantities in the article's currency, each sentence's actors
    /// and figures put straight into the article's two lists. Each
    /// sentence's figures are found once and shifted to article offsets
    /// in place; the money written with its currency is copied for the
    /// article currency only when a bare "dlrs" or "francs" may need it.
    fn of(ex: &Extractor, text: &str, date: Option<&str>) -> Found {
        let day = date.and_then(crate::dates::Day::parse);
        let scope = crate::lexicon::ArticleScope::new(text);
        // Every sentence's actors are looked up here.
        scope.scan_role_nouns_once();
        let currency = crate::quantity::ArticleCurrency::new(text, ex.quantities());
        let sentences = crate::segment::split_sentences(text);
        let mut found = Found {
            actors: Vec::new(),
            quantities: Vec::new(),
        };
        for s in &sentences {
            let start = s.start;
            found
                .quantities
                .extend(
                    ex.quantities()
                        .find(&text[start..s.end])
                        .into_iter()
                        .map(|mut q| {
                            q.start += start;
                            q.end += start;
                            (s.index, q)
                        }),
                );
        }
        // Only a bare currency word reads the article's money.
        let implicit = found
            .quantities
            .iter()
            .any(|(_, q)| matches!(q.kind, QuantityKind::Money { implicit: true, .. }));
        if implicit {
            currency.set_found(
                found
                    .quantities
                    .iter()
                    .map(|(_, q)| q)
                    .filter(|q| crate::quantity::names_its_currency(q))
                    .cloned()
                    .collect(),
            );
        }
        for s in &sentences {
            let actors = ex.lexicon().find_in(&scope, s.start, s.end, day);
            found
                .actors
                .extend(actors.into_iter().map(|m| (s.index, m)));
        }
        for (_, q) in &mut found.quantities {
            currency.resolve(q);
        }
        found
    }

    fn len(&self) -> usize {
        self.actors.len() + self.quantities.len()
    }

    /// Finding `i` (actors first, then figures) as start and kind.
    fn key(&self, i: usize) -> (usize, MentionKind) {
        match self.actors.get(i) {
            Some((_, m)) => (m.start, MentionKind::Actor),
            None => {
                let q = &self.quantities[i - self.actors.len()].1;
                let kind = match q.kind {
                    QuantityKind::Money { .. } => MentionKind::Money,
                    QuantityKind::Percent { .. } => MentionKind::Percent,
                    QuantityKind::Count { .. } => MentionKind::Count,
                };
                (q.start, kind)
            }
        }
    }

    /// The findings' numbers ordered by start offset, actors (in text
    /// order) before figures that start at the same byte: a stable sort.
    fn order(&self) -> impl Iterator<Item = usize> {
        let mut order: Vec<usize> = (0..self.len()).collect();
        order.sort_by_key(|&i| self.key(i));
        order.into_iter()
    }

    /// Finding `i` as a mention.
    fn mention<'a>(
        &'a self,
        ex: &'a Extractor,
        doc: &'a str,
        text: &'a str,
        i: usize,
    ) -> MentionRef<'a> {
        let (start, kind) = self.key(i);
        let blank = |sentence_index: usize, end: usize| {
            MentionRef::blank(doc, kind, text, (start, end), sentence_index)
        };
        if let Some((index, m)) = self.actors.get(i) {
            let e = ex.lexicon().entry(m.entry);
            return MentionRef {
                name: Some(&e.name),
                actor_kind: Some(kind_name(e.kind)),
                country: e.country.as_deref(),
                actor_json: Some(actor_fields(ex, m.entry)),
                ..blank(*index, m.end)
            };
        }
        let (index, q) = &self.quantities[i - self.actors.len()];
        let r = blank(*index, q.end);
        match &q.kind {
            QuantityKind::Money {
                value,
                currency,
                approx,
                max,
                ..
            } => MentionRef {
                value: Some(*value),
                currency: Some(currency),
                approx: Some(*approx),
                max: *max,
                ..r
            },
            QuantityKind::Percent {
                value,
                unit,
                approx,
            } => MentionRef {
                value: Some(*value),
                unit: Some(*unit),
                approx: Some(*approx),
                ..r
            },
            QuantityKind::Count { value, approx, of } => MentionRef {
                value: *value,
                approx: Some(*approx),
                of: Some(of),
                ..r
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex() -> Extractor {
        Extractor::embedded().expect("embedded data loads")
    }

    /// [`Found::of`] finds what the analysed-sentence stage hands over,
    /// sentence by sentence, on the repository's articles and, with
    /// `NEWSEVENTS_SHARED`, the shared corpora: the same actors and the
    /// same figures in the article's currency, with the same sentences.
    #[test]
    fn mentions_are_the_analysed_sentences() {
        let ex = ex();
        let lines = crate::test_texts::lines_of(&crate::test_texts::files_with_shared(&[
            "corpus/modern",
            "corpus/articles",
            "corpus/gold",
            "corpus",
        ]));
        let mut articles = 0;
        for line in &lines {
            let (text, date) = match serde_json::from_str::<serde_json::Value>(line) {
                Ok(v) => (
                    format!(
                        "{}\n\n{}",
                        v["title"].as_str().unwrap_or(""),
                        v["text"].as_str().unwrap_or("")
                    ),
                    v["date"].as_str().map(str::to_string),
                ),
                Err(_) => (line.clone(), None),
            };
            let found = Found::of(&ex, &text, date.as_deref());
            let (mut actors, mut quantities) = (Vec::new(), Vec::new());
            ex.analyse_sentences(&text, date.as_deref(), |s| {
                actors.extend(s.actors.into_iter().map(|m| (s.index, m)));
                quantities.extend(s.quantities.into_iter().map(|q| (s.index, q)));
            });
            assert_eq!(found.actors, actors, "{text}");
            assert_eq!(found.quantities, quantities, "{text}");
            articles += 1;
        }
        assert!(articles > 1000, "{articles}");
    }

    /// The hand-written JSON of a mention is the derived serialisation's,
    /// byte for byte: every kind, null and set fields, escapes in the
    /// article id and the mention text (a quote, a line break, non-ASCII).
    #[test]
    fn written_json_is_the_derived_serialisation() {
        let ex = ex();
        let cases = [
            (
                "doc \"1\"",
                "Japan pledged 1.5 billion dlrs to the\nPhilippines, \"officials\" said.",
            ),
            (
                "é/2",
                "Inflation rose 2.5 percentage points; 300 workers and about 12 pct of \
                 Brazil's 1,750 to 1,780 dlrs — Côte d'Ivoire's 5 mln francs.",
            ),
            (
                "tab\t",
                "The European Union and China met; hundreds of police raided 40 firms.",
            ),
        ];
        let mut kinds = std::collections::BTreeSet::new();
        for (doc, text) in cases {
            // The lines `newsevents mentions` writes (actors' fields kept
            // per lexicon entry: each case twice, the second time from
            // what the first kept) are the records' serialisations.
            for _ in 0..2 {
                let lines = mention_lines_dated(&ex, doc, text, Some("2024-05-01")).unwrap();
                let want: String = mentions_dated(&ex, doc, text, Some("2024-05-01"))
                    .iter()
                    .map(|m| serde_json::to_string(m).unwrap() + "\n")
                    .collect();
                assert_eq!(String::from_utf8(lines.bytes).unwrap(), want);
            }
            for m in mentions_dated(&ex, doc, text, Some("2024-05-01")) {
                kinds.insert(m.kind);
                let mut out = Vec::new();
                m.write_json(&mut out).unwrap();
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    serde_json::to_string(&m).unwrap(),
                    "{m:?}"
                );
            }
        }
        assert_eq!(
            kinds.len(),
            4,
            "every kind of mention is checked: {kinds:?}"
        );
    }

    /// The string and integer writers give `serde_json`'s bytes: every
    /// ASCII character alone and inside text, non-ASCII, DEL, the empty
    /// string; integers from 0 to the largest.
    #[test]
    fn strings_and_integers_are_written_as_serde_json_writes_them() {
        let mut strings: Vec<String> = (0u8..0x80)
            .map(|b| char::from(b).to_string())
            .chain((0u8..0x80).map(|b| format!("ab{}cd", char::from(b))))
            .collect();
        strings.extend(["".into(), "Côte d'Ivoire".into(), "€5 млн".into()]);
        for s in &strings {
            let mut out = Vec::new();
            json_str(&mut out, s);
            assert_eq!(out, serde_json::to_vec(s).unwrap(), "{s:?}");
        }
        for n in [
            0,
            7,
            10,
            99,
            100,
            101,
            1_000,
            1_009,
            12_345,
            99_999,
            100_000,
            usize::MAX,
        ] {
            let mut out = Vec::new();
            json_usize(&mut out, n);
            assert_eq!(out, serde_json::to_vec(&n).unwrap(), "{n}");
        }
    }

    #[test]
    fn figures_and_actors_of_a_modern_sentence() {
        let text = "Seoul said on Friday. South Korea will invest US$4.7 billion, \
                    about 25 pct more, and hire 300 workers.";
        let m = mentions(&ex(), "d", text);
        let money = m.iter().find(|r| r.kind == MentionKind::Money).unwrap();
        assert_eq!(money.text, "US$4.7 billion");
        assert_eq!(money.value, Some(4_700_000_000.0));
        assert_eq!(money.currency.as_deref(), Some("USD"));
        assert_eq!(money.sentence_index, 1);
        let pct = m.iter().find(|r| r.kind == MentionKind::Percent).unwrap();
        assert_eq!(
            (pct.text.as_str(), pct.value, pct.unit, pct.approx),
            (
                "about 25 pct",
                Some(25.0),
                Some(PercentUnit::Percent),
                Some(true)
            )
        );
        let count = m.iter().find(|r| r.kind == MentionKind::Count).unwrap();
        assert_eq!(
            (count.value, count.of.as_deref()),
            (Some(300.0), Some("workers"))
        );
        let korea = m
            .iter()
            .find(|r| r.kind == MentionKind::Actor && r.text == "South Korea")
            .unwrap();
        assert_eq!(korea.country.as_deref(), Some("KOR"));
        assert_eq!(korea.actor_kind, Some("country"));
        for r in &m {
            assert_eq!(&text[r.start..r.end], r.text);
        }
        assert!(m.windows(2).all(|w| w[0].start <= w[1].start));
    }

    #[test]
    fn ranges_keep_their_upper_end() {
        let m = mentions(
            &ex(),
            "d",
            "Fines ranged from $1.2 million to $23.5 million.",
        );
        let money: Vec<_> = m.iter().filter(|r| r.kind == MentionKind::Money).collect();
        assert_eq!(money.len(), 1, "{m:?}");
        assert_eq!(money[0].value, Some(1_200_000.0));
        assert_eq!(money[0].max, Some(23_500_000.0));
        assert_eq!(money[0].text, "$1.2 million to $23.5 million");
    }
}
