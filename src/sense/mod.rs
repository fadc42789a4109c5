//! The sense decision: the rules propose event candidates, and a small
//! learned model (logistic regression over sparse, named features, see
//! [`features`]) decides how likely each is to be a real event of its type.
//! Its calibrated probability becomes the event's `confidence`; `extract`
//! drops events below a threshold chosen on held-out data.
//!
//! The model runs as one post-pass over an article's events
//! ([`Sense::score`]), after the rules, so it depends only on the event
//! records and the article text. The weights are a data file
//! (`data/model/sense.json`, embedded; `--model FILE` overrides), written by
//! `newsevents train` ([`train`]).

pub mod features;
pub mod train;

use crate::byte_reader::ByteReader;
use crate::event::{Contribution, Event};
use features::{ArticleCues, Cues};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

/// The format tag a model file must carry.
pub const FORMAT: &str = "newsevents-sense-1";

/// The embedded model file.
pub const EMBEDDED_MODEL: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/model/sense.json"
));

/// The embedded model in the compact form build.rs writes
/// (`sense_compact`: thresholds, calibration and weights with their f64
/// bits, the names sorted), read by [`Sense::from_compact`] without
/// parsing JSON; empty when build.rs could not read the model as one.
const EMBEDDED_COMPACT: &[u8] = include!(concat!(env!("OUT_DIR"), "/sense_compact.rs"));

/// Platt scaling: confidence = 1 / (1 + exp(-(a * score + b))), fitted on
/// out-of-fold scores so that confidence reads as a probability.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Calibration {
    /// Slope on the raw score.
    pub a: f64,
    /// Offset.
    pub b: f64,
}

/// A model file as written by `newsevents train` (`data/model/sense.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// How the file was made (command, data, figures).
    #[serde(default)]
    pub about: Vec<String>,
    /// The default `--min-confidence` per event type (types not listed: 0).
    pub thresholds: BTreeMap<String, f64>,
    /// Platt scaling of the raw score.
    pub calibration: Calibration,
    /// The L2 strength it was trained with.
    pub l2: f64,
    /// Feature name -> weight; features absent here weigh 0.
    #[serde(deserialize_with = "weights_in_bulk")]
    pub weights: BTreeMap<String, f64>,
}

/// The weights map read as a list and built in one go: inserting some ten
/// thousand names one by one into a `BTreeMap` was about half of parsing
/// the model at start-up. A name given twice keeps its last weight, as with
/// inserts.
fn weights_in_bulk<'de, D>(d: D) -> Result<BTreeMap<String, f64>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Pairs;
    impl<'de> serde::de::Visitor<'de> for Pairs {
        type Value = Vec<(String, f64)>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut m: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = Vec::with_capacity(m.size_hint().unwrap_or(0));
            while let Some(kv) = m.next_entry::<String, f64>()? {
                out.push(kv);
            }
            Ok(out)
        }
    }
    // (FromIterator sorts stably and keeps the last of equal keys.)
    Ok(d.deserialize_map(Pairs)?.into_iter().collect())
}

/// A loaded model: weights, calibration, threshold and the cue lists its
/// features use.
#[derive(Debug, Clone)]
pub struct Sense {
    /// Feature name -> its index in `names` and `values`, which are in the
    /// names' sorted order (the model file's): summing weights by sorted
    /// index adds them in the same order as summing by sorted name.
    index: NameMap<u32>,
    /// The word features' indices by event type and family
    /// ([`features::WordFamily::ALL`] order), keyed by the word alone:
    /// `index` split for [`features::FeatureSink::add_word`].
    words: Vec<(String, [NameMap<u32>; 5])>,
    /// The `art-word` features' (event type's place in `art_types`, index)
    /// keyed by the word alone: a word of the article's head is looked up
    /// once for every type ([`features::FeatureSink::add_head_words`]).
    art_words: NameMap<Vec<(u32, u32)>>,
    /// The event types of `art_words`.
    art_types: Vec<String>,
    names: Vec<String>,
    values: Vec<f64>,
    calibration: Calibration,
    thresholds: HashMap<String, f64>,
    cues: Arc<Cues>,
}

/// Where in `text` (1-based line) the first occurrence of `needle` is, for
/// error messages about a field.
fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle)
        .map(|p| text[..p].lines().count().max(1))
        .unwrap_or(1)
}

impl Sense {
    /// Parses a model file; every error names `name` and the line.
    pub fn parse(name: &str, text: &str) -> Result<Self, String> {
        let file: ModelFile =
            serde_json::from_str(text).map_err(|e| format!("{name}:{}: {e}", e.line()))?;
        if file.format != FORMAT {
            return Err(format!(
                "{name}:{}: format is {:?}, expected {FORMAT:?}",
                line_of(text, "\"format\""),
                file.format
            ));
        }
        for (ty, t) in &file.thresholds {
            if !(0.0..=1.0).contains(t) {
                return Err(format!(
                    "{name}:{}: threshold {t} of {ty:?} is not between 0 and 1",
                    line_of(text, "\"thresholds\"")
                ));
            }
        }
        if !file.calibration.a.is_finite() || !file.calibration.b.is_finite() {
            return Err(format!(
                "{name}:{}: calibration is not finite",
                line_of(text, "\"calibration\"")
            ));
        }
        for (k, w) in &file.weights {
            if !w.is_finite() {
                return Err(format!(
                    "{name}:{}: weight of {k:?} is not finite",
                    line_of(text, &format!("{k:?}"))
                ));
            }
        }
        Ok(Self::from_file(file, Arc::new(Cues::embedded())))
    }

    /// A model from its parsed file and the cue lists its features use.
    pub fn from_file(file: ModelFile, cues: Arc<Cues>) -> Self {
        Self::from_parts(
            file.weights.into_iter(),
            file.calibration,
            file.thresholds.into_iter().collect(),
            cues,
        )
    }

    /// The model of the compact form build.rs writes of the embedded one
    /// ([`EMBEDDED_COMPACT`]), with the embedded cue lists; `None` when
    /// `bytes` is not one (empty: build.rs could not read the model).
    /// The same model as [`Sense::parse`] of the JSON: the same weights
    /// (their f64 bits, read by serde_json in build.rs) in the same
    /// sorted order, checked by build.rs as `parse` checks them.
    fn from_compact(bytes: &[u8]) -> Option<Self> {
        fn pair(r: &mut ByteReader) -> Option<(String, f64)> {
            Some((r.str()?, r.f64()?))
        }
        let mut r = ByteReader::new(bytes);
        let n = r.u32()?;
        let thresholds = (0..n).map(|_| pair(&mut r)).collect::<Option<_>>()?;
        let calibration = Calibration {
            a: r.f64()?,
            b: r.f64()?,
        };
        let n = r.u32()?;
        // (At most one weight per eight bytes left: a wrong count cannot
        // reserve more than the bytes hold.)
        let mut weights = Vec::with_capacity(n.min(r.rest().len() / 8));
        for _ in 0..n {
            weights.push(pair(&mut r)?);
        }
        if !r.rest().is_empty() {
            return None;
        }
        Some(Self::from_parts(
            weights.into_iter(),
            calibration,
            thresholds,
            Arc::new(Cues::embedded()),
        ))
    }

    /// A model from its weights in their names' sorted order, its
    /// calibration and thresholds, and the cue lists its features use.
    fn from_parts(
        weights: impl ExactSizeIterator<Item = (String, f64)>,
        calibration: Calibration,
        thresholds: HashMap<String, f64>,
        cues: Arc<Cues>,
    ) -> Self {
        let mut index = NameMap::default();
        index.reserve(weights.len());
        let mut names = Vec::with_capacity(weights.len());
        let mut values = Vec::with_capacity(weights.len());
        for (i, (k, w)) in weights.enumerate() {
            index.insert(k.clone(), i as u32);
            names.push(k);
            values.push(w);
        }
        let mut words: Vec<(String, [NameMap<u32>; 5])> = Vec::new();
        let mut art_words: NameMap<Vec<(u32, u32)>> = NameMap::default();
        let mut art_types: Vec<String> = Vec::new();
        for (name, &i) in &index {
            // (An event type holds no `|`: the name's first one ends it.)
            let Some(bar) = name.find('|') else {
                continue;
            };
            let (t, rest) = name.split_at(bar);
            if let Some(word) = rest.strip_prefix(features::ART_WORD) {
                let k = match art_types.iter().position(|ty| ty == t) {
                    Some(k) => k,
                    None => {
                        art_types.push(t.to_string());
                        art_types.len() - 1
                    }
                };
                art_words
                    .entry(word.to_string())
                    .or_default()
                    .push((k as u32, i));
                continue;
            }
            let Some((f, word)) = features::WordFamily::ALL
                .iter()
                .enumerate()
                .find_map(|(f, fam)| rest.strip_prefix(fam.prefix()).map(|w| (f, w)))
            else {
                continue;
            };
            let k = match words.iter().position(|(ty, _)| ty == t) {
                Some(k) => k,
                None => {
                    words.push((t.to_string(), Default::default()));
                    words.len() - 1
                }
            };
            words[k].1[f].insert(word.to_string(), i);
        }
        Sense {
            index,
            words,
            art_words,
            art_types,
            names,
            values,
            calibration,
            thresholds,
            cues,
        }
    }

    /// Reads a model file from disk.
    pub fn load(path: &std::path::Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read model file {}: {e}", path.display()))?;
        Self::parse(&path.display().to_string(), &text)
    }

    /// The embedded model (parsed once per process).
    pub fn embedded() -> Arc<Self> {
        Self::embedded_arc().clone()
    }

    /// The embedded model, borrowed (parsed once per process).
    pub fn embedded_ref() -> &'static Self {
        Self::embedded_arc()
    }

    fn embedded_arc() -> &'static Arc<Self> {
        static MODEL: OnceLock<Arc<Sense>> = OnceLock::new();
        MODEL.get_or_init(|| {
            // The compact form build.rs wrote; the JSON when there is none.
            Arc::new(Self::from_compact(EMBEDDED_COMPACT).unwrap_or_else(|| {
                Self::parse("embedded:data/model/sense.json", EMBEDDED_MODEL)
                    .expect("embedded data/model/sense.json is valid (tests/sense.rs)")
            }))
        })
    }

    /// The default `--min-confidence` of an event type, chosen on
    /// cross-validated scores (0 for a type the model does not know).
    pub fn threshold(&self, event_type: &str) -> f64 {
        self.thresholds.get(event_type).copied().unwrap_or(0.0)
    }

    /// The cue lists the features use.
    pub fn cues(&self) -> &Cues {
        &self.cues
    }

    /// Raw score (log-odds before calibration) of one feature list: the
    /// weight named `bias`, which every candidate has, plus its features'.
    pub fn raw(&self, features: &[String]) -> f64 {
        self.weight("bias").unwrap_or(0.0)
            + features.iter().filter_map(|f| self.weight(f)).sum::<f64>()
    }

    /// The weight of one feature name, if the model has it.
    fn weight(&self, name: &str) -> Option<f64> {
        self.index.get(name).map(|&i| self.values[i as usize])
    }

    /// Calibrated probability of a raw score.
    pub fn calibrate(&self, raw: f64) -> f64 {
        sigmoid(self.calibration.a * raw + self.calibration.b)
    }

    /// The post-pass: sets `confidence` on every event of one article and,
    /// when an event carries an explain block, the features that decided.
    pub fn score(&self, text: &str, events: &mut [Event]) {
        self.score_with(text, events, None);
    }

    /// What [`Sense::score`] reads of the article `text` and its
    /// candidates `events` (the cue scan of its head and of their
    /// sentences), for a caller that scans several articles in a row
    /// ([`Sense::score_with`]): the cue automaton then stays in the cache.
    pub fn article_cues(&self, text: &str, events: &[Event]) -> ArticleCues {
        ArticleCues::new(&self.cues, text, events)
    }

    /// [`Sense::score`] with the article's cues found already
    /// ([`Sense::article_cues`] of the same text and events; `None`: found
    /// here).
    pub fn score_with(&self, text: &str, events: &mut [Event], art: Option<ArticleCues>) {
        if events.is_empty() {
            return;
        }
        let art = art.unwrap_or_else(|| self.article_cues(text, events));
        let bias = self.weight("bias").unwrap_or(0.0);
        let mut sink = IdSink {
            sense: self,
            buf: String::with_capacity(64),
            // (Some 45 features per candidate and sixty `art-word` ones.)
            ids: Vec::with_capacity(128),
            head: None,
        };
        // Each candidate's ids are sorted and deduped in the sink's own
        // buffer, and scored there: no list per candidate.
        for e in events.iter_mut() {
            sink.ids.clear();
            features::features_into(&self.cues, &art, text, e, &mut sink);
            sink.ids.sort_unstable();
            sink.ids.dedup();
            let f = &sink.ids;
            // The order of `raw`: bias, then the features' weights summed in
            // sorted-name order.
            let raw = bias + f.iter().map(|&i| self.values[i as usize]).sum::<f64>();
            e.confidence = round3(self.calibrate(raw));
            if let Some(x) = e.explain.as_mut() {
                let mut c: Vec<Contribution> = f
                    .iter()
                    .map(|&i| Contribution {
                        feature: self.names[i as usize].clone(),
                        weight: round3(self.values[i as usize]),
                    })
                    .collect();
                c.sort_by(|a, b| {
                    b.weight
                        .abs()
                        .total_cmp(&a.weight.abs())
                        .then(a.feature.cmp(&b.feature))
                });
                c.truncate(8);
                x.score = Some(round3(raw));
                x.features = c;
            }
        }
    }
}

/// The scorer's feature sink: each name is copied into one reused buffer
/// and only the model's index of it is kept (names the model does not know
/// weigh 0 and are dropped).
struct IdSink<'a> {
    sense: &'a Sense,
    buf: String,
    ids: Vec<u32>,
    /// The `art-word` (type, id) pairs of the article's head words, looked
    /// up once per article for every type, on its first candidate (some
    /// sixty words per candidate otherwise; repeats are dropped with the
    /// candidate's other repeated ids).
    head: Option<Vec<(u32, u32)>>,
}

impl features::FeatureSink for IdSink<'_> {
    fn add_word(&mut self, t: &str, family: features::WordFamily, word: &str) {
        let f = features::WordFamily::ALL
            .iter()
            .position(|&x| x == family)
            .expect("every family is in ALL");
        let found = self
            .sense
            .words
            .iter()
            .find(|(ty, _)| ty == t)
            .and_then(|(_, maps)| maps[f].get(word));
        if let Some(&i) = found {
            self.ids.push(i);
        }
    }

    fn add_head_words(&mut self, t: &str, head: &str) {
        let art_words = &self.sense.art_words;
        let found = self.head.get_or_insert_with(|| {
            let mut found = Vec::with_capacity(64);
            for w in features::words(head) {
                if features::is_head_word(&w.2)
                    && let Some(ids) = art_words.get(w.2.as_ref())
                {
                    found.extend_from_slice(ids);
                }
            }
            found
        });
        let Some(k) = self.sense.art_types.iter().position(|ty| ty == t) else {
            return;
        };
        let k = k as u32;
        self.ids
            .extend(found.iter().filter(|&&(ty, _)| ty == k).map(|&(_, i)| i));
    }

    fn add(&mut self, parts: &[&str]) {
        self.buf.clear();
        for p in parts {
            self.buf.push_str(p);
        }
        if let Some(&i) = self.sense.index.get(self.buf.as_str()) {
            self.ids.push(i);
        }
    }
}

/// A hash map keyed by feature names, hashed eight bytes at a time
/// ([`NameHasher`]).
pub(crate) type NameMap<V> =
    std::collections::HashMap<String, V, std::hash::BuildHasherDefault<NameHasher>>;

/// A hash for feature names (`pledge|before:loan`, some twenty bytes):
/// eight bytes at a time, multiplied and rotated, where FNV-1a's byte at a
/// time made hashing most of the cost of the scorer's ~45 name lookups per
/// candidate. The names are the model's own and the text's words, hashed
/// only to find a weight (no untrusted-input concern), and the map is never
/// iterated, so the order of its entries reaches no output.
pub struct NameHasher(u64);

impl Default for NameHasher {
    fn default() -> Self {
        NameHasher(0x243f_6a88_85a3_08d3)
    }
}

impl NameHasher {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;

    #[inline]
    fn mix(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(Self::K).rotate_left(29);
    }
}

impl std::hash::Hasher for NameHasher {
    #[inline]
    fn finish(&self) -> u64 {
        // Both ends of the hash well mixed: the table uses its low bits
        // for the slot and its high bits for the tag.
        let h = self.0.wrapping_mul(Self::K);
        h ^ (h >> 32)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        // The length tells "ab" from "ab\0".
        self.mix(u64::from_le_bytes(last) ^ ((bytes.len() as u64) << 56));
    }
}

/// The logistic function.
pub fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// build.rs wrote the embedded model's compact form, and it reads as
    /// the same model as its JSON: names, weights (bit for bit), their
    /// order, calibration and thresholds. Bytes that are not one read as
    /// none.
    #[test]
    fn the_compact_model_reads_as_its_json() {
        assert!(
            !EMBEDDED_COMPACT.is_empty(),
            "build.rs wrote no compact model"
        );
        let compact = Sense::from_compact(EMBEDDED_COMPACT).expect("the compact model reads");
        let json = Sense::parse("sense.json", EMBEDDED_MODEL).expect("the JSON model reads");
        assert_eq!(compact.names, json.names);
        let bits = |s: &Sense| s.values.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&compact), bits(&json));
        assert_eq!(compact.index, json.index);
        assert_eq!(compact.words, json.words);
        assert_eq!(compact.art_words, json.art_words);
        assert_eq!(compact.art_types, json.art_types);
        assert_eq!(compact.calibration, json.calibration);
        assert_eq!(compact.thresholds, json.thresholds);
        let n = EMBEDDED_COMPACT.len();
        assert!(Sense::from_compact(&EMBEDDED_COMPACT[..n - 1]).is_none());
        assert!(Sense::from_compact(&[EMBEDDED_COMPACT, &[0]].concat()).is_none());
        assert!(Sense::from_compact(&[]).is_none());
    }

    /// The scorer's sink (word features looked up by the word in their
    /// type's and family's table, hashed with [`NameHasher`]; the rest by
    /// name) keeps exactly the model indices of the names `event_features`
    /// gives, for every candidate in the repository's articles.
    #[test]
    fn scorer_sink_finds_the_features_named() {
        let sense = Sense::embedded_ref();
        let ex = crate::extract::Extractor::embedded()
            .expect("the embedded data loads")
            .with_sense(None);
        let (mut candidates, mut words, mut head_words) = (0, 0, 0);
        for text in crate::phrases_dfa::repository_texts() {
            let events = ex.extract("t", &text);
            if events.is_empty() {
                continue;
            }
            let art = ArticleCues::new(&sense.cues, &text, &events);
            // One sink per article, as the scorer keeps it (the head's
            // `art-word` ids are looked up for its first candidate).
            let mut sink = IdSink {
                sense,
                buf: String::new(),
                ids: Vec::new(),
                head: None,
            };
            for e in &events {
                sink.ids.clear();
                features::features_into(&sense.cues, &art, &text, e, &mut sink);
                let mut got = sink.ids.clone();
                got.sort_unstable();
                got.dedup();
                let mut want: Vec<u32> = features::event_features(&sense.cues, &art, &text, e)
                    .iter()
                    .filter_map(|n| sense.index.get(n.as_str()).copied())
                    .collect();
                want.sort_unstable();
                assert_eq!(got, want, "{:?} in {:?}", e.trigger.text, e.sentence.text);
                candidates += 1;
                words += want
                    .iter()
                    .filter(|&&i| sense.names[i as usize].contains("|word:"))
                    .count();
                head_words += want
                    .iter()
                    .filter(|&&i| sense.names[i as usize].contains(features::ART_WORD))
                    .count();
            }
        }
        assert!(
            candidates > 50 && words > 200 && head_words > 100,
            "{candidates} candidates, {words} word features, {head_words} art-word features"
        );
    }
}
