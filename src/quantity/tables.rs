//! The word tables of the quantity grammar (currencies, person nouns,
//! qualifiers, number and scale words ...) and the lookup tables
//! [`QuantityRecognizer::new`] builds from them.

use super::*;

/// A currency written after the amount, e.g. ["canadian", "dlrs"] -> CAD.
#[derive(Debug, Clone)]
pub(crate) struct CurPhrase {
    pub(crate) words: Vec<&'static str>,
    pub(crate) code: &'static str,
    /// 100 for cents and pence, else 1.
    pub(crate) den: u128,
    /// Needs a guard: bare "pounds" is usually weight in wire copy.
    pub(crate) guard: Guard,
    /// A bare "dlrs", "cents" or "francs": the article decides which currency.
    pub(crate) implicit: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Guard {
    None,
    /// Only with a spelled-out amount ("ten million pounds") and not "pounds of".
    BarePound,
    /// Only after a numeric amount ("won" is also a verb).
    Numeric,
    /// A nationality after the currency ("4.3 billion dlr Canadian"): not when a
    /// capitalised word follows ("dlrs Canadian Pacific").
    PostAdj,
}

/// The word tables of this process (see [`crate::vocab`]).
fn words() -> &'static crate::vocab::Vocabulary {
    crate::vocab::get()
}

/// Borrowed strings of a word list.
fn strs(list: &'static [String]) -> impl Iterator<Item = &'static str> {
    list.iter().map(String::as_str)
}

/// (words, code) of a currency table, the words split at spaces.
fn phrases(
    list: &'static [crate::vocab::CurrencyWord],
) -> impl Iterator<Item = (Vec<&'static str>, &'static str)> {
    list.iter().map(|c| {
        let words = if c.words.is_empty() {
            Vec::new()
        } else {
            c.words.split(' ').collect()
        };
        (words, c.code.as_str())
    })
}

/// (word, code) pairs of a currency table.
fn pairs(
    list: &'static [crate::vocab::CurrencyWord],
) -> impl Iterator<Item = (&'static str, &'static str)> {
    list.iter().map(|c| (c.words.as_str(), c.code.as_str()))
}

/// The lowercase words that may begin a figure in [`Cx::try_at`], by
/// length: "between", "a", "an", "half", the vague counts and the number words.
pub(crate) fn figure_words_by_length() -> Vec<Vec<&'static str>> {
    let q = &words().quantity;
    let mut by_len: Vec<Vec<&'static str>> = Vec::new();
    for w in ["between", "a", "an", "half"]
        .into_iter()
        .chain(strs(&q.vague_counts))
        .chain(q.number_words.iter().map(|n| n.word.as_str()))
    {
        if by_len.len() <= w.len() {
            by_len.resize(w.len() + 1, Vec::new());
        }
        by_len[w.len()].push(w);
    }
    by_len
}

impl QuantityRecognizer {
    /// Builds all lookup tables; call once and reuse.
    pub fn new() -> Self {
        let v = words();
        let cur = &v.currencies;
        let mut suffix: HashMap<&'static str, Vec<CurPhrase>> = HashMap::default();
        let decides: HashSet<&'static str> = strs(&cur.article_decides).collect();
        let mut add = |words: Vec<&'static str>, code: &'static str, den: u128, guard: Guard| {
            let implicit = words.len() == 1 && decides.contains(words[0]);
            suffix.entry(words[0]).or_default().push(CurPhrase {
                words,
                code,
                den,
                guard,
                implicit,
            });
        };
        for (adj, code) in phrases(&cur.dollar_adjectives) {
            for d in strs(&cur.dollar_words) {
                let mut w = adj.clone();
                w.push(d);
                add(w, code, 1, Guard::None);
            }
        }
        for d in strs(&cur.dollar_words) {
            for (adj, code) in phrases(&cur.dollar_post_adjectives) {
                let mut w = vec![d];
                w.extend(adj);
                add(w, code, 1, Guard::PostAdj);
            }
        }
        for (words, code) in phrases(&cur.names) {
            add(words, code, 1, Guard::None);
        }
        for (words, code) in phrases(&cur.numeric_only_names) {
            add(words, code, 1, Guard::Numeric);
        }
        for (words, code) in phrases(&cur.weight_names) {
            add(words, code, 1, Guard::BarePound);
        }
        for c in strs(&cur.cent_words) {
            for (adj, code) in phrases(&cur.cent_adjectives) {
                let mut w = adj;
                w.push(c);
                add(w, code, 100, Guard::None);
            }
        }
        for (words, code) in phrases(&cur.hundredth_names) {
            add(words, code, 100, Guard::None);
        }
        for v in suffix.values_mut() {
            v.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }

        let mut iso: HashMap<&'static str, &'static str> =
            strs(&cur.iso_codes).map(|c| (c, c)).collect();
        iso.extend(pairs(&cur.iso_aliases));
        let not_before: HashSet<&'static str> = strs(&cur.not_before_figure).collect();
        let mut prefix_words: HashMap<&'static str, &'static str> = strs(&cur.iso_codes)
            .filter(|c| !not_before.contains(c))
            .map(|c| (c, c))
            .collect();
        prefix_words.extend(pairs(&cur.prefix_words));
        let dollar_prefix: HashMap<&'static str, &'static str> =
            pairs(&cur.dollar_prefixes).collect();
        let dollar_suffix: HashMap<&'static str, &'static str> =
            pairs(&cur.dollar_suffixes).collect();
        let symbols: Vec<(char, &'static str)> = pairs(&cur.symbols)
            .filter_map(|(s, c)| Some((s.chars().next()?, c)))
            .collect();
        let q = &v.quantity;
        let mut qualifiers: Vec<Vec<&'static str>> = strs(&q.qualifiers)
            .map(|q| q.split(' ').collect())
            .collect();
        qualifiers.sort_by_key(|q| std::cmp::Reverse(q.len()));
        let mut chain_stop: HashSet<&'static str> = strs(&q.chain_stop).collect();
        for p in suffix.values().flatten() {
            if p.words.len() == 1 {
                chain_stop.insert(p.words[0]);
            }
        }
        let mut months: HashSet<String> = HashSet::default();
        for m in &v.calendar.months {
            for w in std::iter::once(&m.name).chain(&m.abbreviations) {
                months.insert(w.clone());
                months.insert(w.to_uppercase());
            }
        }
        QuantityRecognizer {
            suffix,
            iso,
            prefix_words,
            dollar_prefix,
            dollar_suffix,
            symbols,
            persons: strs(&q.persons).collect(),
            chain_stop,
            qualifiers,
            model_words: strs(&q.model_words).collect(),
            months,
            year_preps: strs(&q.year_prepositions).collect(),
            figure_words: figure_words_by_length(),
            vague: strs(&q.vague_counts).collect(),
            change_words: strs(&q.change_words).collect(),
            numbers: q
                .number_words
                .iter()
                .map(|n| (n.word.as_str(), n.value))
                .collect(),
            scales: q
                .scales
                .iter()
                .map(|n| (n.word.as_str(), (n.value, n.glued_only)))
                .collect(),
        }
    }

    /// The value of a number word ("ten" → 10).
    pub(crate) fn small_number(&self, w: &str) -> Option<u128> {
        self.numbers.get(w).copied()
    }

    /// (multiplier, letter-only scale that must be glued and only means
    /// money) of a scale word ("mln", "bn", "crore", "m").
    pub(crate) fn scale_of(&self, w: &str) -> Option<(u128, bool)> {
        self.scales.get(w).copied()
    }

    /// Whether `c` is "$" or a sign of the `symbols` table.
    pub(crate) fn is_currency_symbol(&self, c: char) -> bool {
        c == '$' || self.symbol_currency(c).is_some()
    }

    /// The currency of a sign other than "$" ("€" → EUR).
    pub(crate) fn symbol_currency(&self, c: char) -> Option<&'static str> {
        self.symbols
            .iter()
            .find(|(s, _)| *s == c)
            .map(|(_, code)| *code)
    }
}
