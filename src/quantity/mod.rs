//! Recognition of money amounts, percentages and counts of people in news text.
//!
//! Event extraction needs the *figures* of a story: how much was pledged, what
//! tariff rate was imposed, how many people were detained. This module finds
//! those figures in Reuters 1987 wire copy ("1.5 billion dlrs", "25 pct"),
//! BBC-style copy ("$1.13bn (£600m)", "5 per cent") and modern copy
//! ("USD34.6 million", "₩3.2 trillion", "more than 300 South Korean workers").
//!
//! Design: the text is cut once into a flat list of tokens (numbers, words,
//! single symbols, each with byte offsets), and a small hand-written grammar is
//! tried only at anchor tokens (a number, a currency symbol or code, a number
//! word such as "two" or "hundreds"). Every lookup table is built once in
//! [`QuantityRecognizer::new`]; [`QuantityRecognizer::find`] is a single linear
//! pass with a few tokens of look-ahead and look-behind, so it never
//! backtracks over the text. Values are computed from exact integer ratios so
//! "4.7 billion" is exactly `4700000000.0`.

mod currency;
mod exact;
mod grammar;
mod tables;
mod tokens;

pub(crate) use currency::ticker_at;
pub use currency::{ArticleCurrency, CurrencyContext, names_its_currency};

use exact::*;
use grammar::*;
use tables::*;
use tokens::*;

use serde::Serialize;

// FNV-hashed maps: every token of a trigger sentence is looked up in them.
type HashMap<K, V> = crate::trie::FnvMap<K, V>;

type HashSet<K> = crate::trie::FnvSet<K>;

/// Bits of [`QuantityRecognizer`]'s `short_prefixes` filter.
const SHORT_PREFIX_BITS: usize = 4096;

/// Finds money amounts, percentages and counts of people in text.
///
/// Build it once (it compiles its lookup tables) and call [`find`](Self::find)
/// for every document.
pub struct QuantityRecognizer {
    /// The words of the grammar itself (ranges, articles, percent words).
    grammar: Grammar,
    /// What a bare "$" means: the first of the `dollar_currencies` table.
    default_dollar: &'static str,
    /// Upper-case names, aliases and demonyms of the lexicon's countries
    /// whose currency (or former currency) is a `headline_currencies` code,
    /// with that code: a headline naming one decides a bare "dlrs".
    /// Sorted, no empty word (see [`currency::named_in`]).
    headline_countries: currency::SortedWords<&'static str>,
    /// What a sentence must hold to write a dollar or a franc with its
    /// currency (see [`currency::CurrencyMarks`]); built on first use,
    /// off the start-up path (only articles with a bare "dlrs" the headline
    /// does not settle need it).
    currency_marks: std::sync::OnceLock<currency::CurrencyMarks>,
    /// Upper-case names, aliases and demonyms of the countries whose
    /// currency is the default dollar ("U.S."): a headline naming one
    /// decides nothing.
    /// Sorted like `headline_countries`; the second item is unused.
    home_countries: currency::SortedWords<()>,
    /// Prefix words that may be written with a period ("Rs.").
    dotted_prefixes: HashSet<&'static str>,
    /// Currency phrases written after the amount, keyed by their first word (lowercase).
    suffix: HashMap<&'static str, Vec<CurPhrase>>,
    /// ISO 4217 codes accepted before or after an amount (case-sensitive, upper case).
    iso: HashMap<&'static str, &'static str>,
    /// Case-sensitive words that may stand before an amount ("Rs", "DM", "SFr", ISO codes).
    prefix_words: HashMap<&'static str, &'static str>,
    /// Letters glued before "$" ("US$", "HK$") and the currency they select.
    dollar_prefix: HashMap<&'static str, &'static str>,
    /// Letters glued after "$" ("$US", "$A") and the currency they select.
    dollar_suffix: HashMap<&'static str, &'static str>,
    /// Currency signs other than "$" and their currency.
    symbols: Vec<(char, &'static str)>,
    /// A bit per ASCII character that is "$" or a sign of `symbols`:
    /// punctuation is a token of its own, and nearly all of it ASCII.
    ascii_signs: u128,
    /// Plural nouns that denote people (lowercase).
    persons: HashSet<&'static str>,
    /// Words that may not stand between a number and its person noun.
    chain_stop: HashSet<&'static str>,
    /// Hedging words and phrases before a figure, longest first (lowercase words).
    qualifiers: Vec<Vec<&'static str>>,
    /// Per first byte (ASCII-lowercased) of the qualifiers' last words, a
    /// bit per length (below 64): the word before a figure ends no
    /// qualifier, the usual case, in one load ([`Cx::qualifier`]).
    qualifier_last: Box<[u64; 256]>,
    /// Per last word of the qualifiers (ASCII-lowercased), the numbers of
    /// the qualifiers ending with it in `qualifiers`, in order: a word
    /// before a figure is compared with those only ([`Cx::qualifier`]).
    qualifiers_by_last: HashMap<String, Vec<usize>>,
    /// Capitalised words after which a number is a name or model ("Boeing 737").
    model_words: HashSet<&'static str>,
    /// Month names and abbreviations (as written, capitalised or upper case).
    months: HashSet<String>,
    /// Words after which a year-like number is a year ("in 1987").
    year_preps: HashSet<&'static str>,
    /// Lowercase words that may begin a figure, by length (see [`Cx::could_begin_figure`]).
    figure_words: Vec<Vec<&'static str>>,
    /// The ASCII figure words of up to eight bytes, lowercased and packed
    /// into a `u64` (as [`crate::extract::phrases::ShortWords::pack`]),
    /// sorted: one binary search instead of a case-blind compare per word
    /// of the same length, for every word of every sentence.
    figure_packed: tables::PackedSet,
    /// Per first byte (ASCII-lowercased), a bit per length (below 64) of
    /// the figure words starting with it: most words fail this one load.
    figure_first: Box<[u64; 256]>,
    /// Words before a figure that make it a change ("rose 5 pct").
    change_words: HashSet<&'static str>,
    /// The lowercase words a unit after a figure may begin with (the first
    /// words of the percent, percentage and basis-point phrases and of the
    /// currency phrases, and the ISO codes lowercased): most words after a
    /// number begin none, and [`Cx::unit`] turns them away with one lookup
    /// instead of trying every list.
    unit_first: HashSet<String>,
    /// A bit per hash of the case-sensitive prefix words of up to three
    /// bytes starting with a capital ("DM", "Rs", "USD"): most short
    /// capitalised words ("The", "It", "Inc") are none, and are no figure
    /// word either ([`Cx::could_begin_figure`]).
    short_prefixes: Box<[u64; SHORT_PREFIX_BITS / 64]>,
    /// The indefinite articles ("a", "an") that are no other figure word
    /// (packed): an anchor of these makes a figure only before a word of
    /// `article_next` ([`Cx::article_leads_nowhere`]). Empty when a word
    /// of that set cannot be packed (the test then never skips).
    plain_articles: tables::PackedSet,
    /// The words that make a figure after an indefinite article (packed):
    /// its vague nouns ("number"), quarters, multipliers and scales.
    article_next: tables::PackedSet,
    /// Words that begin a vague count ("hundreds").
    vague: HashSet<&'static str>,
    /// Number words and their values.
    numbers: HashMap<&'static str, u128>,
    /// Scale words: (multiplier, glued letter only).
    scales: HashMap<&'static str, (u128, bool)>,
}

/// One figure found in the text, with its position and interpretation.
///
/// `start`/`end` are UTF-8 byte offsets (end exclusive) so that
/// `&text[start..end]` is the mention as written, qualifier included.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// Byte offset of the first byte of the mention.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
    /// What the mention means.
    pub kind: QuantityKind,
}

/// The interpretation of a mention: money, a percentage or a head count.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum QuantityKind {
    /// An amount of money in units of `currency` (ISO 4217); `max` is the upper
    /// end of a range ("$1-2 billion"), `approx` is set by hedges ("about").
    Money {
        /// The amount in units of `currency` (the lower end of a range).
        value: f64,
        /// ISO 4217 code.
        currency: String,
        /// Hedged ("about", "more than") or a range.
        approx: bool,
        /// The upper end of a range, if any.
        max: Option<f64>,
        /// The currency word was bare ("dlrs", "cents", "francs"): `currency`
        /// is the default (USD, FRF) until [`CurrencyContext::resolve`] applies
        /// the article's own currency.
        #[serde(skip)]
        implicit: bool,
    },
    /// A percentage or a change in percentage points; ranges give the lower
    /// bound with `approx` set.
    Percent {
        /// The figure (25% is 25).
        value: f64,
        /// A level or a difference of levels.
        unit: PercentUnit,
        /// Hedged, or the lower end of a range.
        approx: bool,
    },
    /// A number of people; `value` is `None` for vague counts ("hundreds of")
    /// and `of` is the person noun in lowercase ("workers").
    Count {
        /// How many, `None` for a vague count.
        value: Option<f64>,
        /// Hedged ("about", "more than"), or vague.
        approx: bool,
        /// The person noun, lowercase.
        of: String,
    },
}

/// Whether a percentage figure is a level ("5 pct") or a difference of levels
/// ("2 percentage points", "50 basis points").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PercentUnit {
    /// A plain percentage.
    Percent,
    /// Percentage points (basis points are converted to points).
    Points,
}

impl Default for QuantityRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

impl QuantityRecognizer {
    /// Finds every money amount, percentage and head count in `text`, sorted
    /// by start offset and non-overlapping.
    pub fn find(&self, text: &str) -> Vec<Quantity> {
        // The tokens and anchors of one sentence, kept per thread from one
        // call to the next (a sentence is short, and its allocations cost
        // as much as its anchors' test); fresh ones if a caller holds them.
        thread_local! {
            static SCRATCH: std::cell::RefCell<(Vec<Tok>, Vec<u32>)> =
                const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
        }
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => {
                let (toks, anchors) = &mut *scratch;
                self.find_with(text, toks, anchors)
            }
            Err(_) => self.find_with(text, &mut Vec::new(), &mut Vec::new()),
        })
    }

    /// [`QuantityRecognizer::find`] with the token and anchor buffers given.
    fn find_with(&self, text: &str, toks: &mut Vec<Tok>, anchors: &mut Vec<u32>) -> Vec<Quantity> {
        toks.clear();
        anchors.clear();
        // Most tokens are words that begin no figure: marked as the text
        // is cut ([`Cx::could_begin_token`]), only the others are tried,
        // as try_at would reject the rest without a look around.
        tokenize_marking(text, toks, anchors, |t| {
            Cx::could_begin_token(self, text.as_bytes(), t)
        });
        let mut out = Vec::new();
        if anchors.is_empty() {
            return out;
        }
        let cx = Cx {
            r: self,
            text,
            toks,
        };
        let mut floor = 0;
        for &a in anchors.iter() {
            let i = a as usize;
            // Inside the figure found last.
            if i < floor {
                continue;
            }
            if cx.article_leads_nowhere(i) {
                continue;
            }
            if let Some(h) = cx.try_at(i, floor) {
                out.push(Quantity {
                    start: toks[h.start].start,
                    end: toks[h.end - 1].end,
                    kind: h.kind,
                });
                floor = h.end;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_currency_resolves_as_the_whole_context() {
        let r = QuantityRecognizer::new();
        let articles = [
            "CANADA RETAIL SALES RISE\n\nSales rose to 12.19 billion dlrs, 2 mln francs.",
            "U.S. AND CANADA TALK\n\nIt cost 5 mln dlrs.",
            "GULF CANADA <GOC.TO> PROFIT\n\nProfit was 3 mln dlrs.",
            "ZURICH FIRM\n\nIt made 3 mln Swiss francs, then 2 mln francs and 4 mln dlrs.",
            "HK PROPERTY\n\n3.7 billion H.K. Dlrs against a 3.1 billion dlr estimate.",
            "MIXED\n\n3 mln Canadian dlrs and 2 mln Australian dlrs; 5 mln dlrs; 4 francs.",
            "NOTHING\n\n40 cents a share, 7 dlrs.",
        ];
        for a in articles {
            let found = r.find(a);
            let whole = CurrencyContext::of_article(a, &found, &r);
            let lazy = ArticleCurrency::new(a, &r);
            for q in &found {
                let (mut x, mut y) = (q.clone(), q.clone());
                whole.resolve(&mut x);
                lazy.resolve(&mut y);
                assert_eq!(x, y, "{a}");
            }
        }
    }

    /// The repository's articles (JSON lines' title and text, plain text
    /// files), and those of the files named in `NEWSEVENTS_MORE_ARTICLES`
    /// (colon-separated JSON lines).
    fn repository_articles() -> Vec<String> {
        let mut files =
            crate::test_texts::files_in(&["corpus/modern", "corpus/articles", "corpus"]);
        if let Ok(more) = std::env::var("NEWSEVENTS_MORE_ARTICLES") {
            files.extend(more.split(':').map(std::path::PathBuf::from));
        }
        let mut out = Vec::new();
        for f in files {
            let Ok(text) = std::fs::read_to_string(&f) else {
                continue;
            };
            if f.extension().is_some_and(|e| e == "jsonl") {
                for line in text.lines() {
                    if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                        let title = v["title"].as_str().unwrap_or("");
                        let body = v["text"].as_str().unwrap_or("");
                        out.push(format!("{title}\n\n{body}"));
                    }
                }
            } else if f.extension().is_some_and(|e| e == "txt") {
                out.push(text);
            }
        }
        out
    }

    #[test]
    fn the_marked_sentences_hold_all_the_written_dollars_and_francs() {
        let r = QuantityRecognizer::new();
        let articles = repository_articles();
        assert!(articles.len() > 300, "{}", articles.len());
        // Articles whose own money settles a bare "dlrs" or "francs".
        let (mut differ, mut settled) = (0, 0);
        for a in &articles {
            let whole = r.find(a);
            let marked = r.written_money(a);
            for keep in [currency::is_dollar, currency::is_franc] {
                settled += usize::from(currency::written(&whole, keep).is_some());
                if currency::written(&whole, keep) != currency::written(&marked, keep) {
                    differ += 1;
                    eprintln!("{}", &a[..a.len().min(300)]);
                }
            }
        }
        assert_eq!(differ, 0, "of {} articles", articles.len());
        assert!(settled > 10, "{settled}");
    }

    /// An article the anchor loop skips is one where `try_at` finds
    /// nothing, on every article of the repository's texts; and the skip
    /// does skip most of them.
    #[test]
    fn skipped_articles_begin_no_figure() {
        let r = QuantityRecognizer::new();
        let (mut skipped, mut articles) = (0, 0);
        let mut texts = repository_articles();
        texts.extend(
            [
                "a number of workers, an estimated a-million dlrs, a quarter of a million",
                "A hundred people and a few dozen more; a handful of firms paid a billion yen",
            ]
            .map(String::from),
        );
        for a in &texts {
            let mut toks = Vec::new();
            tokenize(a, &mut toks);
            let cx = Cx {
                r: &r,
                text: a,
                toks: &toks,
            };
            for i in 0..toks.len() {
                if !r.grammar.articles.has(&cx.s(i).to_ascii_lowercase()) {
                    continue;
                }
                articles += 1;
                if cx.article_leads_nowhere(i) {
                    skipped += 1;
                    assert!(cx.try_at(i, 0).is_none(), "{}", &a[toks[i].start..]);
                }
            }
        }
        assert!(skipped * 10 > articles * 9, "{skipped} of {articles}");
    }

    #[test]
    fn the_figure_word_table_matches_the_parser() {
        let r = QuantityRecognizer::new();
        // The table's number words are words small_number reads.
        for n in &crate::vocab::get().quantity.number_words {
            assert_eq!(r.small_number(&n.word), Some(n.value), "{}", n.word);
        }
        for w in ["hundred", "zero", "dozen", "a", "nil", "onee"] {
            assert!(r.small_number(w).is_none(), "{w}");
        }
        let toks = Vec::new();
        let cx = Cx {
            r: &r,
            text: "",
            toks: &toks,
        };
        for w in [
            "between", "A", "an", "Half", "HUNDREDS", "few", "Twenty", "DM", "Rs", "USD",
        ] {
            assert!(cx.could_begin_figure(w), "{w}");
        }
        // Short capitalised words that are no prefix ("US" only in "US$",
        // read from the sign) are turned away too.
        for w in [
            "pledged", "the", "and", "Japan", "tenth", "ONES", "é", "The", "It", "Inc", "US",
        ] {
            assert!(!cx.could_begin_figure(w), "{w}");
        }
        for w in r.prefix_words.keys() {
            assert!(w.len() > 3 || cx.could_begin_figure(w), "{w}");
        }
    }
}
