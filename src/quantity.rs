//! TEMPORARY stand-in until the real recogniser lands (same API).
use regex::Regex;
use serde::Serialize;

/// Finds money amounts, percentages and counts of people in text.
pub struct QuantityRecognizer {
    money: Regex,
    pct: Regex,
    count: Regex,
}
/// A mention.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub kind: QuantityKind,
}
/// Kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum QuantityKind {
    Money {
        value: f64,
        currency: String,
        approx: bool,
        max: Option<f64>,
    },
    Percent {
        value: f64,
        unit: PercentUnit,
        approx: bool,
    },
    Count {
        value: Option<f64>,
        approx: bool,
        of: String,
    },
}
/// Unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PercentUnit {
    Percent,
    Points,
}
impl Default for QuantityRecognizer {
    fn default() -> Self {
        Self::new()
    }
}
impl QuantityRecognizer {
    pub fn new() -> Self {
        QuantityRecognizer {
            money: Regex::new(
                r"\$(\d+(?:\.\d+)?) (billion|million)|(\d+(?:\.\d+)?)\s+(mln|billion|bln)\s+dlrs",
            )
            .unwrap(),
            pct: Regex::new(r"(\d+(?:\.\d+)?)(%|\s+pct)").unwrap(),
            count: Regex::new(r"a number of ((?:[A-Z]\w+ )*)(workers)").unwrap(),
        }
    }
    pub fn find(&self, text: &str) -> Vec<Quantity> {
        let mut out = Vec::new();
        for c in self.money.captures_iter(text) {
            let m = c.get(0).unwrap();
            let (n, s) = if let Some(n) = c.get(1) {
                (n.as_str(), c.get(2).unwrap().as_str())
            } else {
                (c.get(3).unwrap().as_str(), c.get(4).unwrap().as_str())
            };
            let scale = if s.starts_with('b') { 1e9 } else { 1e6 };
            out.push(Quantity {
                start: m.start(),
                end: m.end(),
                kind: QuantityKind::Money {
                    value: (n.parse::<f64>().unwrap() * scale).round(),
                    currency: "USD".into(),
                    approx: false,
                    max: None,
                },
            });
        }
        for c in self.pct.captures_iter(text) {
            let m = c.get(0).unwrap();
            out.push(Quantity {
                start: m.start(),
                end: m.end(),
                kind: QuantityKind::Percent {
                    value: c[1].parse().unwrap(),
                    unit: PercentUnit::Percent,
                    approx: false,
                },
            });
        }
        for c in self.count.captures_iter(text) {
            let m = c.get(0).unwrap();
            out.push(Quantity {
                start: m.start(),
                end: m.end(),
                kind: QuantityKind::Count {
                    value: None,
                    approx: true,
                    of: c[2].to_string(),
                },
            });
        }
        out.sort_by_key(|q| q.start);
        out
    }
}
