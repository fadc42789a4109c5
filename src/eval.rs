//! Evaluation against gold annotations: precision, recall and F1 per event
//! type, and the accuracy of each argument, so accuracy is measured rather
//! than assumed.
//!
//! Gold files are JSON lines written by reading the articles
//! (`../shared/ANNOTATION.md`). Two kinds of line:
//!
//! - a declaration `{"doc":"r123","annotated":true,"category":"tariff"}`:
//!   the article was annotated exhaustively (an article with no events still
//!   counts: every event predicted there is a false positive);
//! - an event `{"doc","type","quote","modality":[..],"source":[..],
//!   "target":[..],"participant":[..],"amount":{"value","currency"},
//!   "rate","optional"}`.
//!
//! A predicted event matches a gold event when the doc ids and types agree
//! and the predicted sentence contains the quote (white space folded,
//! case-insensitive), one to one. An optional gold event that is matched is
//! neither a hit nor a false positive; missed, it is not a miss.
//!
//! Two scores come out. The lenient one counts a match as a hit whatever
//! its arguments say, and checks the arguments separately (argument
//! accuracy). The strict one counts a match as a hit only when every
//! argument the gold states is right ([`strict_hit`]): a user filtering on
//! `modality` or `source` sees the strict figure, not the lenient one.

use crate::event::Event;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One gold event.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct GoldEvent {
    /// Article id.
    pub doc: String,
    /// Event type.
    #[serde(rename = "type")]
    pub event_type: String,
    /// Words copied from the sentence that carries the event.
    pub quote: String,
    /// Acceptable modalities.
    #[serde(default)]
    pub modality: Vec<String>,
    /// Countries of the source role, when the sentence makes it clear.
    #[serde(default)]
    pub source: Option<Vec<String>>,
    /// Countries of the target role.
    #[serde(default)]
    pub target: Option<Vec<String>>,
    /// Countries of the meeting's participants.
    #[serde(default)]
    pub participant: Option<Vec<String>>,
    /// Money amount.
    #[serde(default)]
    pub amount: Option<GoldAmount>,
    /// Tariff rate in percent.
    #[serde(default)]
    pub rate: Option<f64>,
    /// Borderline: neither finding nor missing it counts.
    #[serde(default)]
    pub optional: bool,
    /// When the event happens or takes effect (ISO 8601 day, month, year or
    /// interval), `Some(None)` when the gold says the sentence gives no time,
    /// `None` when the gold line does not annotate time at all.
    #[serde(default, deserialize_with = "present")]
    pub when: Option<Option<String>>,
}

/// Keeps a key that is present with `null` apart from a missing key.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

/// A gold money amount.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct GoldAmount {
    /// Value in units.
    pub value: f64,
    /// ISO 4217 code.
    pub currency: String,
}

/// All gold lines of one or more files.
#[derive(Debug, Clone, Default)]
pub struct Gold {
    /// Annotated article ids with their category.
    pub docs: BTreeMap<String, String>,
    /// Gold events in file order.
    pub events: Vec<GoldEvent>,
}

#[derive(Deserialize)]
struct Declaration {
    doc: String,
    #[serde(default)]
    category: Option<String>,
}

impl Gold {
    /// Adds the lines of one gold file; errors name the file and line.
    pub fn add_jsonl(&mut self, name: &str, text: &str) -> Result<(), Vec<String>> {
        let mut errors = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let value: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    errors.push(format!("{name}:{}: {e}", n + 1));
                    continue;
                }
            };
            if value.get("type").is_none() && value.get("annotated").is_some() {
                match serde_json::from_value::<Declaration>(value) {
                    Ok(d) => {
                        self.docs
                            .insert(d.doc, d.category.unwrap_or_else(|| "-".into()));
                    }
                    Err(e) => errors.push(format!("{name}:{}: {e}", n + 1)),
                }
                continue;
            }
            match serde_json::from_value::<GoldEvent>(value) {
                Ok(e) => {
                    self.docs.entry(e.doc.clone()).or_insert_with(|| "-".into());
                    self.events.push(e);
                }
                Err(e) => errors.push(format!("{name}:{}: {e}", n + 1)),
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// Counts for one event type.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TypeScore {
    /// Predicted events matched to non-optional gold events.
    pub tp: usize,
    /// Predicted events matched to nothing.
    pub fp: usize,
    /// Non-optional gold events no prediction matched.
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// tp / (tp + fp).
    pub precision: f64,
    /// tp / (tp + fn).
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl TypeScore {
    fn finish(&mut self) {
        self.precision = ratio(self.tp, self.tp + self.fp);
        self.recall = ratio(self.tp, self.tp + self.fn_);
        self.f1 = if self.precision + self.recall > 0.0 {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        } else {
            0.0
        };
    }
}

/// Correct / checked for one argument.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ArgScore {
    /// Checks that agreed with gold.
    pub correct: usize,
    /// Checks made (gold states the argument).
    pub total: usize,
    /// correct / total.
    pub accuracy: f64,
}

/// One line of the verbose listing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// `miss`, `false-positive` or `wrong-<argument>`.
    pub kind: String,
    /// Article id.
    pub doc: String,
    /// Event type.
    #[serde(rename = "type")]
    pub event_type: String,
    /// What was expected and what came out.
    pub detail: String,
    /// The gold quote or the predicted sentence.
    pub text: String,
}

/// The evaluation result.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    /// Annotated articles evaluated.
    pub docs: usize,
    /// Per event type.
    pub types: BTreeMap<String, TypeScore>,
    /// All types together.
    pub micro: TypeScore,
    /// Per event type, a hit only when every argument the gold states is
    /// right (see [`strict_hit`]).
    pub strict: BTreeMap<String, TypeScore>,
    /// All types together, strict.
    pub strict_micro: TypeScore,
    /// Per argument (modality, source, target, participant, amount_value, amount_currency, rate).
    pub arguments: BTreeMap<String, ArgScore>,
    /// All argument checks together.
    pub argument_accuracy: ArgScore,
    /// Distractor articles (category "distractor") evaluated.
    pub distractors: usize,
    /// Distractor articles with no predicted event at all.
    pub distractors_clean: usize,
    /// Annotated articles missing from the input.
    pub docs_not_found: Vec<String>,
    /// Misses, false positives and wrong arguments.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<Finding>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// White space folded to single spaces, lowercased, typographic quotes folded.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(
            &w.to_lowercase()
                .replace(['’', '‘'], "'")
                .replace(['“', '”'], "\""),
        );
    }
    out
}

/// Compares predictions (article id -> its events) with gold.
pub fn evaluate(gold: &Gold, predicted: &HashMap<String, Vec<Event>>) -> Report {
    let mut report = Report {
        docs: 0,
        ..Default::default()
    };
    let mut by_doc: HashMap<&str, Vec<&GoldEvent>> = HashMap::new();
    for g in &gold.events {
        by_doc.entry(g.doc.as_str()).or_default().push(g);
    }
    let types: BTreeSet<String> = gold
        .events
        .iter()
        .map(|g| g.event_type.clone())
        .chain(
            predicted
                .values()
                .flatten()
                .map(|e| e.event_type.to_string()),
        )
        .collect();
    for t in &types {
        report.types.insert(t.clone(), TypeScore::default());
        report.strict.insert(t.clone(), TypeScore::default());
    }
    for (doc, category) in &gold.docs {
        let Some(preds) = predicted.get(doc) else {
            report.docs_not_found.push(doc.clone());
            continue;
        };
        report.docs += 1;
        if category == "distractor" {
            report.distractors += 1;
            if preds.is_empty() {
                report.distractors_clean += 1;
            }
        }
        let golds = by_doc.get(doc.as_str()).cloned().unwrap_or_default();
        evaluate_doc(doc, &golds, preds, &mut report);
    }
    let mut micro = TypeScore::default();
    for s in report.types.values_mut() {
        s.finish();
        micro.tp += s.tp;
        micro.fp += s.fp;
        micro.fn_ += s.fn_;
    }
    micro.finish();
    report.micro = micro;
    let mut strict_micro = TypeScore::default();
    for (t, s) in report.strict.iter_mut() {
        // A lenient hit with a wrong argument is both a false positive and
        // a miss under the strict score.
        let lenient = &report.types[t];
        s.fp = lenient.tp + lenient.fp - s.tp;
        s.fn_ = lenient.tp + lenient.fn_ - s.tp;
        s.finish();
        strict_micro.tp += s.tp;
        strict_micro.fp += s.fp;
        strict_micro.fn_ += s.fn_;
    }
    strict_micro.finish();
    report.strict_micro = strict_micro;
    let mut all = ArgScore::default();
    for (name, a) in report.arguments.iter_mut() {
        a.accuracy = ratio(a.correct, a.total);
        // Time is scored on its own line; argument accuracy keeps the six
        // arguments of issue 16 (modality, roles, amount, rate).
        if name != "when" {
            all.correct += a.correct;
            all.total += a.total;
        }
    }
    all.accuracy = ratio(all.correct, all.total);
    report.argument_accuracy = all;
    report
}

/// How one predicted event fared against an article's gold: the label the
/// sense model learns from (`newsevents train`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Matched to a non-optional gold event: a true positive.
    Hit,
    /// Matched only to an optional gold event: neither right nor wrong.
    Optional,
    /// Matched to nothing: a false positive.
    FalsePositive,
}

/// The one-to-one matching `evaluate` scores by: for each gold event of one
/// article (in the order given), the index of the prediction it took.
///
/// A prediction can take a gold event when the types agree and its sentence
/// contains the quote. Among all one-to-one matchings the one chosen is best
/// by, in this order: the most non-optional gold events matched (recall),
/// the most optional ones matched (a prediction of a borderline event is
/// not counted false), the most arguments agreeing, then the most
/// predictions whose trigger lies inside the quote. Matching is by sentence,
/// so what tells two events of one sentence apart is what they say (their
/// sums, parties, rates), not which of its words the rule fired on: a greedy
/// pass in gold order that preferred the trigger paired two events of one
/// sentence crosswise (two right sums scored as two wrong ones) and could
/// let one gold event take the only prediction another needed. The
/// assignment is solved exactly instead ([`max_weight_matching`]).
pub fn align(golds: &[&GoldEvent], preds: &[Event]) -> Vec<Option<usize>> {
    let folded: Vec<String> = preds.iter().map(|p| fold(&p.sentence.text)).collect();
    let triggers: Vec<String> = preds.iter().map(|p| fold(&p.trigger.text)).collect();
    // Lexicographic tiers as one integer weight: a matching has at most
    // `k` pairs, so each tier's unit exceeds the largest sum every lower
    // tier can reach over one matching (an agreement counts at most 16).
    let k = golds.len().min(preds.len()) as i64 + 1;
    let trigger_unit = 1i64;
    let agreement_unit = trigger_unit * k + 1;
    let optional_unit = (agreement_unit * 16 + trigger_unit) * k + 1;
    let required_unit = (optional_unit + agreement_unit * 16 + trigger_unit) * k + 1;
    let weights: Vec<Vec<i64>> = golds
        .iter()
        .map(|g| {
            let quote = fold(&g.quote);
            preds
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    if p.event_type != g.event_type || !folded[i].contains(&quote) {
                        return 0;
                    }
                    let tier = if g.optional {
                        optional_unit
                    } else {
                        required_unit
                    };
                    tier + trigger_unit * quote.contains(&triggers[i]) as i64
                        + agreement_unit * agreement(g, p) as i64
                })
                .collect()
        })
        .collect();
    max_weight_matching(&weights)
}

/// Maximum-weight one-to-one matching of rows to columns (the Hungarian
/// method, O(n²m)); a zero weight means "may not pair". Returns each row's
/// column. Kept small and local: the matrices are one article's events.
pub fn max_weight_matching(weights: &[Vec<i64>]) -> Vec<Option<usize>> {
    let rows = weights.len();
    let cols = weights.first().map_or(0, Vec::len);
    if rows == 0 || cols == 0 {
        return vec![None; rows];
    }
    // Square cost matrix (minimise cost = max - weight), padded with zeros.
    let n = rows.max(cols);
    let top = weights.iter().flatten().copied().max().unwrap_or(0);
    let cost = |r: usize, c: usize| -> i64 {
        if r < rows && c < cols {
            top - weights[r][c]
        } else {
            top
        }
    };
    // e-maxx formulation, 1-based with a virtual column 0.
    let inf = i64::MAX / 4;
    let mut u = vec![0i64; n + 1];
    let mut v = vec![0i64; n + 1];
    let mut row_of = vec![0usize; n + 1];
    let mut way = vec![0usize; n + 1];
    for r in 1..=n {
        row_of[0] = r;
        let mut col = 0usize;
        let mut min_to = vec![inf; n + 1];
        let mut done = vec![false; n + 1];
        loop {
            done[col] = true;
            let row = row_of[col];
            let mut delta = inf;
            let mut next = 0usize;
            for c in 1..=n {
                if done[c] {
                    continue;
                }
                let reduced = cost(row - 1, c - 1) - u[row] - v[c];
                if reduced < min_to[c] {
                    min_to[c] = reduced;
                    way[c] = col;
                }
                if min_to[c] < delta {
                    delta = min_to[c];
                    next = c;
                }
            }
            for c in 0..=n {
                if done[c] {
                    u[row_of[c]] += delta;
                    v[c] -= delta;
                } else {
                    min_to[c] -= delta;
                }
            }
            col = next;
            if row_of[col] == 0 {
                break;
            }
        }
        loop {
            let prev = way[col];
            row_of[col] = row_of[prev];
            col = prev;
            if col == 0 {
                break;
            }
        }
    }
    let mut out = vec![None; rows];
    for c in 1..=n {
        let r = row_of[c];
        if r >= 1 && r <= rows && c <= cols && weights[r - 1][c - 1] > 0 {
            out[r - 1] = Some(c - 1);
        }
    }
    out
}

/// The outcome of every prediction of one annotated article, by [`align`].
pub fn outcomes(golds: &[&GoldEvent], preds: &[Event]) -> Vec<Outcome> {
    let mut out = vec![Outcome::FalsePositive; preds.len()];
    for (k, t) in align(golds, preds).into_iter().enumerate() {
        if let Some(i) = t {
            out[i] = if golds[k].optional {
                Outcome::Optional
            } else {
                Outcome::Hit
            };
        }
    }
    out
}

fn evaluate_doc(doc: &str, golds: &[&GoldEvent], preds: &[Event], report: &mut Report) {
    let taken = align(golds, preds);
    let mut used = vec![false; preds.len()];
    for (g, best) in golds.iter().zip(taken) {
        let score = report.types.get_mut(&g.event_type).expect("type listed");
        match best {
            Some(i) => {
                used[i] = true;
                if !g.optional {
                    score.tp += 1;
                    if strict_hit(g, &preds[i]) {
                        report
                            .strict
                            .get_mut(&g.event_type)
                            .expect("type listed")
                            .tp += 1;
                    }
                    check_arguments(doc, g, &preds[i], report);
                }
            }
            None => {
                if !g.optional {
                    score.fn_ += 1;
                    report.findings.push(Finding {
                        kind: "miss".into(),
                        doc: doc.into(),
                        event_type: g.event_type.clone(),
                        detail: format!("modality {:?}", g.modality),
                        text: g.quote.clone(),
                    });
                }
            }
        }
    }
    for (i, p) in preds.iter().enumerate() {
        if !used[i] {
            report
                .types
                .get_mut(p.event_type.as_str())
                .expect("type listed")
                .fp += 1;
            report.findings.push(Finding {
                kind: "false-positive".into(),
                doc: doc.into(),
                event_type: p.event_type.to_string(),
                detail: format!("trigger {:?}, rule {}", p.trigger.text, p.rule),
                text: p.sentence.text.clone(),
            });
        }
    }
}

/// Countries the prediction gives a role, without nulls.
fn role_countries(p: &Event, role: &str) -> BTreeSet<String> {
    p.actors
        .iter()
        .filter(|a| a.role == role)
        .filter_map(|a| a.country.clone())
        .collect()
}

/// Argument checks (name, correct?) for one matched pair.
fn checks(g: &GoldEvent, p: &Event) -> Vec<(&'static str, bool, String)> {
    let mut out = Vec::new();
    if !g.modality.is_empty() {
        out.push((
            "modality",
            g.modality.iter().any(|m| p.modality == *m),
            format!("gold {:?}, got {:?}", g.modality, p.modality.as_str()),
        ));
    }
    for (name, list) in [
        ("source", &g.source),
        ("target", &g.target),
        ("participant", &g.participant),
    ] {
        if let Some(list) = list {
            let want: BTreeSet<String> = list.iter().cloned().collect();
            let got = role_countries(p, name);
            out.push((name, want == got, format!("gold {want:?}, got {got:?}")));
        }
    }
    if let Some(a) = &g.amount {
        let got = p.amount.as_ref();
        let value_ok =
            got.is_some_and(|m| (m.value - a.value).abs() <= 1e-6 * a.value.abs().max(1.0));
        let cur_ok = got.is_some_and(|m| m.currency == a.currency);
        let shown = got
            .map(|m| format!("{} {}", m.value, m.currency))
            .unwrap_or_else(|| "none".into());
        out.push((
            "amount_value",
            value_ok,
            format!("gold {}, got {shown}", a.value),
        ));
        out.push((
            "amount_currency",
            cur_ok,
            format!("gold {}, got {shown}", a.currency),
        ));
    }
    if let Some(r) = g.rate {
        let got = p.rate.as_ref().map(|r| r.value);
        out.push((
            "rate",
            got.is_some_and(|v| (v - r).abs() < 1e-9),
            format!("gold {r}, got {got:?}"),
        ));
    }
    out
}

/// The event's time value as its JSON line carries it (`when.value`),
/// `Some(None)` for a null `when`, `None` when events have no `when` field
/// (the time stage is not built in). Read from the serialised event so the
/// evaluation does not depend on the time stage's types.
fn event_when(p: &Event) -> Option<Option<String>> {
    let v = serde_json::to_value(p).ok()?;
    let w = v.get("when")?;
    Some(w.get("value").and_then(|v| v.as_str()).map(str::to_string))
}

/// The time check, when both the gold line and the event speak of time.
fn when_check(g: &GoldEvent, p: &Event) -> Option<(bool, String)> {
    let want = g.when.as_ref()?;
    let got = event_when(p)?;
    Some((want == &got, format!("gold {want:?}, got {got:?}")))
}

/// True when a matched prediction has every argument the gold states right:
/// modality among the gold's, the source, target and participant country
/// sets, amount value and currency, rate. The event's time (`when`) is
/// scored on its own argument line, not here, so the strict figure stays
/// the arguments' figure.
pub fn strict_hit(g: &GoldEvent, p: &Event) -> bool {
    checks(g, p).iter().all(|c| c.1)
}

fn agreement(g: &GoldEvent, p: &Event) -> usize {
    checks(g, p).iter().filter(|c| c.1).count()
}

fn check_arguments(doc: &str, g: &GoldEvent, p: &Event, report: &mut Report) {
    let when = when_check(g, p).map(|(ok, detail)| ("when", ok, detail));
    for (name, ok, detail) in checks(g, p).into_iter().chain(when) {
        let a = report.arguments.entry(name.to_string()).or_default();
        a.total += 1;
        if ok {
            a.correct += 1;
        } else {
            report.findings.push(Finding {
                kind: format!("wrong-{name}"),
                doc: doc.into(),
                event_type: g.event_type.clone(),
                // The gold quote and the trigger say which event of the
                // sentence it is when the sentence holds several.
                detail: format!(
                    "{detail} [gold {:?}, trigger {:?}]",
                    g.quote, p.trigger.text
                ),
                text: p.sentence.text.clone(),
            });
        }
    }
}

/// The report as the aligned table `newsevents eval` prints.
pub fn render(report: &Report, verbose: bool) -> String {
    let mut s = String::new();
    s.push_str(&format!("articles evaluated: {}\n", report.docs));
    s.push_str(&format!(
        "{:<10} {:>5} {:>5} {:>5} {:>9} {:>7} {:>6}   {:>6} {:>8} {:>8} {:>6}\n",
        "type",
        "tp",
        "fp",
        "fn",
        "precision",
        "recall",
        "f1",
        "strict",
        "s-prec",
        "s-recall",
        "s-f1"
    ));
    let empty = TypeScore::default();
    let row = |name: &str, t: &TypeScore, st: &TypeScore| {
        format!(
            "{:<10} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>6.3}   {:>6} {:>8.3} {:>8.3} {:>6.3}\n",
            name,
            t.tp,
            t.fp,
            t.fn_,
            t.precision,
            t.recall,
            t.f1,
            st.tp,
            st.precision,
            st.recall,
            st.f1
        )
    };
    for (name, t) in &report.types {
        s.push_str(&row(name, t, report.strict.get(name).unwrap_or(&empty)));
    }
    s.push_str(&row("micro", &report.micro, &report.strict_micro));
    s.push_str("(strict: a hit only when every argument the gold states is right)\n");
    s.push_str("\narguments (matched events whose gold states the argument)\n");
    for (name, a) in &report.arguments {
        s.push_str(&format!(
            "{:<16} {:>5}/{:<5} {:.3}\n",
            name, a.correct, a.total, a.accuracy
        ));
    }
    let a = &report.argument_accuracy;
    s.push_str(&format!(
        "{:<16} {:>5}/{:<5} {:.3}\n",
        "all", a.correct, a.total, a.accuracy
    ));
    s.push_str(&format!(
        "\ndistractor articles with no events: {} of {}\n",
        report.distractors_clean, report.distractors
    ));
    if !report.docs_not_found.is_empty() {
        s.push_str(&format!(
            "annotated articles not found in the input: {}\n",
            report.docs_not_found.join(" ")
        ));
    }
    if verbose {
        s.push('\n');
        for f in &report.findings {
            s.push_str(&format!(
                "{:<20} {:<10} {:<8} {}\n    {}\n",
                f.kind,
                f.doc,
                f.event_type,
                f.detail,
                f.text.split_whitespace().collect::<Vec<_>>().join(" ")
            ));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{Actor, Amount, Rate, SentenceRef, Span};

    const SENTENCE: &str = "Washington imposed a 25% tariff on $2 billion of Japanese steel.";

    /// A predicted tariff in [`SENTENCE`] with the given modality, roles
    /// (role, country) and amount/rate.
    fn event(
        modality: &str,
        roles: &[(&str, &str)],
        amount: Option<(f64, &str)>,
        rate: Option<f64>,
    ) -> Event {
        let span = |t: &str| Span {
            text: t.into(),
            start: 0,
            end: t.len(),
        };
        Event {
            doc: "d".into(),
            id: "d#1".into(),
            event_type: "tariff".into(),
            modality: crate::event::Modality::parse(modality).expect("a modality name"),
            trigger: span("tariff"),
            sentence: SentenceRef {
                index: 0,
                start: 0,
                end: SENTENCE.len(),
                text: SENTENCE.into(),
            },
            actors: roles
                .iter()
                .map(|(role, c)| Actor {
                    role: crate::event::Role::parse(role).expect("a role name"),
                    text: (*c).into(),
                    name: (*c).into(),
                    kind: "country".into(),
                    country: Some((*c).into()),
                    start: 0,
                    end: 0,
                })
                .collect(),
            amount: amount.map(|(value, currency)| Amount {
                text: "$2 billion".into(),
                value,
                currency: currency.into(),
                start: 0,
                end: 0,
            }),
            rate: rate.map(|value| Rate {
                text: "25%".into(),
                value,
                start: 0,
                end: 0,
            }),
            product: None,
            location: None,
            count: None,
            when: None,
            rule: "t".into(),
            cameo: None,
            plover: None,
            key: String::new(),
            confidence: 1.0,
            explain: None,
        }
    }

    fn gold(line: &str) -> Gold {
        let mut g = Gold::default();
        g.add_jsonl("test", line).expect("gold line parses");
        g
    }

    #[test]
    fn strict_hit_needs_every_stated_argument() {
        let g = r#"{"doc":"d","type":"tariff","quote":"imposed a 25% tariff","modality":["asserted","planned"],"source":["USA"],"target":["JPN"],"amount":{"value":2000000000,"currency":"USD"},"rate":25}"#;
        let right = [("source", "USA"), ("target", "JPN")];
        let m = Some((2e9, "USD"));
        // (case, predicted event, strict hit?)
        let table: Vec<(&str, Event, bool)> = vec![
            ("all right", event("asserted", &right, m, Some(25.0)), true),
            (
                "second gold modality",
                event("planned", &right, m, Some(25.0)),
                true,
            ),
            (
                "modality outside the gold's",
                event("hypothetical", &right, m, Some(25.0)),
                false,
            ),
            (
                "roles reversed",
                event(
                    "asserted",
                    &[("source", "JPN"), ("target", "USA")],
                    m,
                    Some(25.0),
                ),
                false,
            ),
            (
                "target missing",
                event("asserted", &[("source", "USA")], m, Some(25.0)),
                false,
            ),
            (
                "extra target",
                event(
                    "asserted",
                    &[("source", "USA"), ("target", "JPN"), ("target", "KOR")],
                    m,
                    Some(25.0),
                ),
                false,
            ),
            (
                "amount value wrong",
                event("asserted", &right, Some((2e6, "USD")), Some(25.0)),
                false,
            ),
            (
                "currency wrong",
                event("asserted", &right, Some((2e9, "JPY")), Some(25.0)),
                false,
            ),
            (
                "amount missing",
                event("asserted", &right, None, Some(25.0)),
                false,
            ),
            (
                "rate wrong",
                event("asserted", &right, m, Some(10.0)),
                false,
            ),
            ("rate missing", event("asserted", &right, m, None), false),
        ];
        let gold = gold(g);
        for (case, p, want) in table {
            assert_eq!(strict_hit(&gold.events[0], &p), want, "{case}");
        }
    }

    #[test]
    fn unstated_arguments_are_not_checked() {
        // Gold states only the source: a target, amount or rate the
        // prediction adds does not make it wrong.
        let gold = gold(
            r#"{"doc":"d","type":"tariff","quote":"imposed a 25% tariff","modality":["asserted"],"source":["USA"]}"#,
        );
        let p = event(
            "asserted",
            &[("source", "USA"), ("target", "CHN")],
            Some((5.0, "EUR")),
            Some(99.0),
        );
        assert!(strict_hit(&gold.events[0], &p));
    }

    #[test]
    fn gold_when_key_null_and_missing_differ() {
        let g = gold(concat!(
            r#"{"doc":"d","type":"tariff","quote":"a","when":null}"#,
            "\n",
            r#"{"doc":"d","type":"tariff","quote":"b","when":"2025-08-01"}"#,
            "\n",
            r#"{"doc":"d","type":"tariff","quote":"c"}"#
        ));
        let whens: Vec<_> = g.events.iter().map(|e| e.when.clone()).collect();
        assert_eq!(
            whens,
            vec![Some(None), Some(Some("2025-08-01".to_string())), None]
        );
    }

    #[test]
    fn strict_scores_count_a_wrong_argument_as_false_positive_and_miss() {
        let g = gold(concat!(
            r#"{"doc":"d","annotated":true}"#,
            "\n",
            r#"{"doc":"d","type":"tariff","quote":"imposed a 25% tariff","modality":["asserted"],"source":["USA"],"target":["JPN"]}"#,
            "\n",
            r#"{"doc":"d","type":"tariff","quote":"Japanese steel","modality":["asserted"],"source":["USA"]}"#,
            "\n",
            r#"{"doc":"d","type":"tariff","quote":"a gold line nothing matches"}"#
        ));
        // (predicted modalities in order, lenient tp/fp/fn, strict tp/fp/fn)
        let table = [
            (vec!["asserted", "asserted"], (2, 0, 1), (2, 0, 1)),
            (vec!["asserted", "planned"], (2, 0, 1), (1, 1, 2)),
            (vec!["negated", "planned"], (2, 0, 1), (0, 2, 3)),
            (
                vec!["asserted", "asserted", "asserted"],
                (2, 1, 1),
                (2, 1, 1),
            ),
        ];
        for (mods, lenient, strict) in table {
            let preds: Vec<Event> = mods
                .iter()
                .map(|m| event(m, &[("source", "USA"), ("target", "JPN")], None, None))
                .collect();
            let r = evaluate(&g, &HashMap::from([("d".to_string(), preds)]));
            let t = &r.types["tariff"];
            let s = &r.strict["tariff"];
            assert_eq!((t.tp, t.fp, t.fn_), lenient, "{mods:?} lenient");
            assert_eq!((s.tp, s.fp, s.fn_), strict, "{mods:?} strict");
            assert_eq!(r.strict_micro.tp, strict.0);
            assert!(r.strict_micro.f1 <= r.micro.f1 + 1e-12);
        }
    }

    #[test]
    fn max_weight_matching_finds_the_best_assignment_not_the_greedy_one() {
        // (case, weights: rows gold, columns predictions, expected row -> column)
        /// Rows' chosen columns.
        type Assignment = Vec<Option<usize>>;
        let table: Vec<(&str, Vec<Vec<i64>>, Assignment)> = vec![
            ("empty", vec![], vec![]),
            ("no predictions", vec![vec![], vec![]], vec![None, None]),
            ("one pair", vec![vec![3]], vec![Some(0)]),
            ("zero never pairs", vec![vec![0, 2]], vec![Some(1)]),
            (
                "greedy row 0 would take column 0 and starve row 1",
                vec![vec![5, 4], vec![4, 0]],
                vec![Some(1), Some(0)],
            ),
            (
                "crosswise is better",
                vec![vec![1, 9], vec![9, 1]],
                vec![Some(1), Some(0)],
            ),
            (
                "more rows than columns",
                vec![vec![2], vec![7], vec![0]],
                vec![None, Some(0), None],
            ),
            ("more columns than rows", vec![vec![1, 0, 6]], vec![Some(2)]),
        ];
        for (case, weights, want) in table {
            assert_eq!(max_weight_matching(&weights), want, "{case}");
        }
    }

    #[test]
    fn two_sums_in_one_sentence_pair_by_what_they_say_not_by_trigger() {
        // Two pledges in one sentence whose triggers the rules took from the
        // other's clause: each prediction carries a right sum, and each is
        // scored right.
        let sentence =
            "Seoul will provide 248 trillion won in financing and set up a 50 trillion-won fund.";
        let g = gold(concat!(
            r#"{"doc":"d","annotated":true}"#,
            "\n",
            r#"{"doc":"d","type":"pledge","quote":"will provide 248 trillion won","amount":{"value":248e12,"currency":"KRW"}}"#,
            "\n",
            r#"{"doc":"d","type":"pledge","quote":"a 50 trillion-won fund","amount":{"value":50e12,"currency":"KRW"}}"#
        ));
        let pledge = |trigger: &str, value: f64| {
            let mut e = event("asserted", &[], Some((value, "KRW")), None);
            e.event_type = "pledge".into();
            e.trigger.text = trigger.into();
            e.sentence.text = sentence.into();
            e.sentence.end = sentence.len();
            e
        };
        let preds = vec![pledge("provide", 50e12), pledge("fund", 248e12)];
        let r = evaluate(&g, &HashMap::from([("d".to_string(), preds)]));
        assert_eq!(r.types["pledge"].tp, 2);
        assert_eq!(r.strict["pledge"].tp, 2, "both sums right");
        assert_eq!(r.arguments["amount_value"].correct, 2);
    }

    #[test]
    fn gold_matches_by_folded_quote_and_optional_gold_never_counts() {
        let tariff = |quote: &str, optional: bool| {
            format!(r#"{{"doc":"d","type":"tariff","quote":"{quote}","optional":{optional}}}"#)
        };
        // (case, gold lines after the declaration, predictions, tp/fp/fn)
        /// True positives, false positives, misses.
        type Counts = (usize, usize, usize);
        let table: Vec<(&str, Vec<String>, usize, Counts)> = vec![
            (
                "exact quote",
                vec![tariff("imposed a 25% tariff", false)],
                1,
                (1, 0, 0),
            ),
            (
                "case and spacing folded",
                vec![tariff(r"IMPOSED   a 25%\ttariff", false)],
                1,
                (1, 0, 0),
            ),
            (
                "quote from another sentence",
                vec![tariff("lifted the duties", false)],
                1,
                (0, 1, 1),
            ),
            (
                "nothing predicted",
                vec![tariff("imposed a 25% tariff", false)],
                0,
                (0, 0, 1),
            ),
            (
                "optional, found",
                vec![tariff("imposed a 25% tariff", true)],
                1,
                (0, 0, 0),
            ),
            (
                "optional, not found",
                vec![tariff("imposed a 25% tariff", true)],
                0,
                (0, 0, 0),
            ),
            (
                "one prediction, two gold lines on it",
                vec![
                    tariff("imposed a 25% tariff", false),
                    tariff("Japanese steel", false),
                ],
                1,
                (1, 0, 1),
            ),
            (
                "real gold takes the prediction before optional gold",
                vec![
                    tariff("Japanese steel", true),
                    tariff("imposed a 25% tariff", false),
                ],
                1,
                (1, 0, 0),
            ),
        ];
        for (case, lines, n, want) in table {
            let text = std::iter::once(r#"{"doc":"d","annotated":true}"#.to_string())
                .chain(lines)
                .collect::<Vec<_>>()
                .join("\n");
            let g = gold(&text);
            let preds: Vec<Event> = (0..n).map(|_| event("asserted", &[], None, None)).collect();
            let r = evaluate(&g, &HashMap::from([("d".to_string(), preds)]));
            let t = &r.types["tariff"];
            assert_eq!((t.tp, t.fp, t.fn_), want, "{case}");
        }
    }

    #[test]
    fn distractors_and_missing_articles_are_counted() {
        let g = gold(concat!(
            r#"{"doc":"quiet","annotated":true,"category":"distractor"}"#,
            "\n",
            r#"{"doc":"noisy","annotated":true,"category":"distractor"}"#,
            "\n",
            r#"{"doc":"absent","annotated":true}"#
        ));
        let predicted = HashMap::from([
            ("quiet".to_string(), Vec::new()),
            (
                "noisy".to_string(),
                vec![event("asserted", &[("source", "USA")], None, None)],
            ),
        ]);
        let r = evaluate(&g, &predicted);
        assert_eq!((r.docs, r.distractors, r.distractors_clean), (2, 2, 1));
        assert_eq!(r.docs_not_found, vec!["absent".to_string()]);
        assert_eq!(r.types["tariff"].fp, 1);
    }
}
