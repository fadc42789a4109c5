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

/// A short list of lowercase words (or phrases, words separated by single
/// spaces) the grammar compares tokens with, from `[quantity_grammar]`.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordList(
    pub(crate) Vec<&'static str>,
    pub(crate) Vec<Vec<&'static str>>,
);

impl WordList {
    fn of(list: &'static [String]) -> Self {
        WordList(
            strs(list).collect(),
            strs(list).map(|p| p.split(' ').collect()).collect(),
        )
    }

    /// The entries as words (an entry of one word is a list of one).
    pub(crate) fn phrases(&self) -> &[Vec<&'static str>] {
        &self.1
    }

    /// Whether the lowercase word `w` is in the list.
    pub(crate) fn has(&self, w: &str) -> bool {
        self.0.contains(&w)
    }
}

/// The words of the quantity grammar (see `data/quantity/grammar.toml`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Grammar {
    pub(crate) articles: WordList,
    pub(crate) between: WordList,
    pub(crate) between_and: WordList,
    pub(crate) to: WordList,
    pub(crate) from: WordList,
    pub(crate) range_verbs: WordList,
    pub(crate) half: WordList,
    pub(crate) quarter: WordList,
    pub(crate) of: WordList,
    pub(crate) number_and: WordList,
    pub(crate) multipliers: Vec<(&'static str, u128)>,
    pub(crate) compound_scales: WordList,
    pub(crate) percent: WordList,
    pub(crate) percentage: WordList,
    pub(crate) points: WordList,
    pub(crate) basis_points: WordList,
    pub(crate) rate_words: WordList,
    pub(crate) weight_followers: WordList,
    pub(crate) article_vague: WordList,
    pub(crate) vague_multiplied: WordList,
    pub(crate) vague_multipliers: WordList,
    pub(crate) vague_chain: WordList,
    pub(crate) vague_too_large: WordList,
    pub(crate) not_plural_endings: WordList,
}

impl Grammar {
    fn new(g: &'static crate::vocab::QuantityGrammar) -> Self {
        Grammar {
            articles: WordList::of(&g.indefinite_articles),
            between: WordList::of(&g.range_between),
            between_and: WordList::of(&g.range_between_and),
            to: WordList::of(&g.range_to),
            from: WordList::of(&g.range_from),
            range_verbs: WordList::of(&g.range_verbs),
            half: WordList::of(&g.half_words),
            quarter: WordList::of(&g.quarter_words),
            of: WordList::of(&g.of_words),
            number_and: WordList::of(&g.number_and),
            multipliers: g
                .number_multipliers
                .iter()
                .map(|n| (n.word.as_str(), n.value))
                .collect(),
            compound_scales: WordList::of(&g.compound_scales),
            percent: WordList::of(&g.percent_words),
            percentage: WordList::of(&g.percentage_words),
            points: WordList::of(&g.point_words),
            basis_points: WordList::of(&g.basis_points),
            rate_words: WordList::of(&g.rate_words),
            weight_followers: WordList::of(&g.weight_followers),
            article_vague: WordList::of(&g.article_vague),
            vague_multiplied: WordList::of(&g.vague_multiplied),
            vague_multipliers: WordList::of(&g.vague_multipliers),
            vague_chain: WordList::of(&g.vague_chain),
            vague_too_large: WordList::of(&g.vague_too_large),
            not_plural_endings: WordList::of(&g.not_plural_endings),
        }
    }

    /// The value of a multiplier word ("hundred" → 100).
    pub(crate) fn multiplier(&self, w: &str) -> Option<u128> {
        self.multipliers
            .iter()
            .find(|(m, _)| *m == w)
            .map(|(_, v)| *v)
    }
}

/// The lowercase words that may begin a figure in [`Cx::try_at`], by
/// length: the range openers, articles and halves of the grammar, the vague
/// counts and the number words.
pub(crate) fn figure_words_by_length() -> Vec<Vec<&'static str>> {
    let q = &words().quantity;
    let g = &words().grammar;
    let mut by_len: Vec<Vec<&'static str>> = Vec::new();
    for w in strs(&g.range_between)
        .chain(strs(&g.indefinite_articles))
        .chain(strs(&g.half_words))
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

/// The ASCII words of [`figure_words_by_length`] of up to eight bytes,
/// packed (see `QuantityRecognizer::figure_packed`).
pub(crate) fn figure_words_packed() -> PackedSet {
    PackedSet::new(
        figure_words_by_length()
            .iter()
            .flatten()
            .filter_map(|w| crate::extract::phrases::ShortWords::pack(w.as_bytes())),
    )
}

/// A set of packed words ([`crate::extract::phrases::ShortWords::pack`]:
/// never zero) in an open-addressing table: one multiply and usually one
/// probe, where a binary search of the sorted keys took several
/// mispredicted steps (asked of most words that pass the figure words'
/// first-letter test).
#[derive(Debug, Clone)]
pub(crate) struct PackedSet {
    /// A power of two of slots, at most a quarter full; 0 is empty.
    slots: Box<[u64]>,
}

impl PackedSet {
    fn new(keys: impl Iterator<Item = u64>) -> Self {
        let keys: Vec<u64> = keys.collect();
        let len = (keys.len() * 4).next_power_of_two().max(16);
        let mut set = PackedSet {
            slots: vec![0; len].into_boxed_slice(),
        };
        for k in keys {
            let mut slot = set.slot(k);
            while set.slots[slot] != 0 && set.slots[slot] != k {
                slot = (slot + 1) & (len - 1);
            }
            set.slots[slot] = k;
        }
        set
    }

    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & (self.slots.len() - 1)
    }

    /// Whether packed word `key` is in the set.
    #[inline]
    pub(crate) fn contains(&self, key: u64) -> bool {
        let mut slot = self.slot(key);
        loop {
            match self.slots[slot] {
                0 => return false,
                k if k == key => return true,
                _ => slot = (slot + 1) & (self.slots.len() - 1),
            }
        }
    }
}

/// Per first byte, ASCII-lowercased, the lengths (bits below 64) of the
/// figure words of [`figure_words_by_length`] starting with it.
pub(crate) fn figure_words_first() -> Box<[u64; 256]> {
    let mut first = Box::new([0u64; 256]);
    for w in figure_words_by_length().iter().flatten() {
        if let Some(&b) = w.as_bytes().first()
            && w.len() < 64
        {
            first[usize::from(b.to_ascii_lowercase())] |= 1 << w.len();
        }
    }
    first
}

/// The bit of `QuantityRecognizer::short_prefixes` for a word of one to
/// three bytes starting with an ASCII capital (its bytes as they stand,
/// hashed), or none for any other word.
#[inline]
fn short_prefix_bit(w: &[u8]) -> Option<usize> {
    if w.is_empty() || w.len() > 3 || !w[0].is_ascii_uppercase() {
        return None;
    }
    let key = w.iter().rev().fold(0u32, |k, &b| (k << 8) | u32::from(b));
    Some((key.wrapping_mul(0x9e37_79b1) >> 20) as usize % SHORT_PREFIX_BITS)
}

/// Upper-case country words with a value (a currency, or nothing).
type CountryWords<T> = super::currency::SortedWords<T>;

/// (headline words with their currency, home-dollar words) of `countries`
/// (see [`QuantityRecognizer::with_countries`]), each sorted.
fn country_words(
    countries: &[crate::lexicon::Entry],
) -> (CountryWords<&'static str>, CountryWords<()>) {
    let cur = &words().currencies;
    let home = super::currency::default_dollar();
    let mut headline = Vec::new();
    let mut home_words = Vec::new();
    for e in countries {
        if e.kind != crate::lexicon::ActorKind::Country {
            continue;
        }
        let forms = || {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .chain(&e.demonyms)
                .map(|w| w.to_uppercase())
                .filter(|w| !w.is_empty())
        };
        for c in e.currency.iter().chain(&e.former_currencies) {
            if let Some(code) = cur.headline_currencies.iter().find(|h| *h == c) {
                headline.extend(forms().map(|w| (w, code.as_str())));
            }
        }
        if e.currency.as_deref() == Some(home) {
            home_words.extend(forms().map(|w| (w, ())));
        }
    }
    (
        super::currency::SortedWords::new(headline),
        super::currency::SortedWords::new(home_words),
    )
}

/// A word derived from the lexicon, kept for the life of the process like
/// the word tables; interned, so building another recogniser from the same
/// lexicon keeps nothing more.
fn keep(word: String) -> &'static str {
    static KEPT: std::sync::OnceLock<std::sync::Mutex<HashSet<&'static str>>> =
        std::sync::OnceLock::new();
    let mut kept = KEPT
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(w) = kept.get(word.as_str()) {
        return w;
    }
    let w: &'static str = Box::leak(word.into_boxed_str());
    kept.insert(w);
    w
}

/// A phrase as its words (lowercase, split at spaces) and its currency.
type Adjective = (Vec<&'static str>, &'static str);

/// The dollar adjectives of `countries`: (every name, alias and demonym;
/// the demonyms alone) of each country whose currency or former currency is
/// one of the `dollar_currencies`, lowercase, with that currency. They
/// join the tables' own adjectives ("canadian dlrs", "4.3 billion dlr
/// Canadian", "15 Singapore cents"), so a demonym is written once, in the
/// lexicon.
fn dollar_countries(countries: &[crate::lexicon::Entry]) -> (Vec<Adjective>, Vec<Adjective>) {
    let dollars = &words().currencies.dollar_currencies;
    let mut forms = Vec::new();
    let mut demonyms = Vec::new();
    for e in countries {
        if e.kind != crate::lexicon::ActorKind::Country {
            continue;
        }
        for c in e.currency.iter().chain(&e.former_currencies) {
            let Some(code) = dollars.iter().find(|d| *d == c) else {
                continue;
            };
            let phrase = |w: &String| -> Vec<&'static str> {
                w.to_lowercase()
                    .split(' ')
                    .map(|p| keep(p.to_string()))
                    .collect()
            };
            for w in std::iter::once(&e.name).chain(&e.aliases) {
                forms.push((phrase(w), code.as_str()));
            }
            for w in &e.demonyms {
                forms.push((phrase(w), code.as_str()));
                demonyms.push((phrase(w), code.as_str()));
            }
        }
    }
    (forms, demonyms)
}

/// `table` then `derived`, each phrase once (the first wins).
fn merged(table: Vec<Adjective>, derived: &[Adjective]) -> Vec<Adjective> {
    let mut out: Vec<Adjective> = Vec::with_capacity(table.len() + derived.len());
    for (words, code) in table.into_iter().chain(derived.iter().cloned()) {
        if !out.iter().any(|(w, _)| *w == words) {
            out.push((words, code));
        }
    }
    out
}

impl QuantityRecognizer {
    /// Builds all lookup tables with the embedded lexicon's countries; call
    /// once and reuse.
    pub fn new() -> Self {
        Self::with_countries(&crate::lexicon::embedded_countries())
    }

    /// Builds all lookup tables; `countries` are the lexicon entries whose
    /// `currency` says what a bare "dlrs" means in a headline naming them.
    pub fn with_countries(countries: &[crate::lexicon::Entry]) -> Self {
        let (headline_countries, home_countries) = country_words(countries);
        let v = words();
        let cur = &v.currencies;
        let (country_forms, country_demonyms) = dollar_countries(countries);
        let dollar_adjectives = merged(phrases(&cur.dollar_adjectives).collect(), &country_forms);
        let post_adjectives = merged(
            phrases(&cur.dollar_post_adjectives).collect(),
            &country_demonyms,
        );
        let cent_adjectives = merged(phrases(&cur.cent_adjectives).collect(), &country_forms);
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
        for (adj, code) in &dollar_adjectives {
            let (adj, code) = (adj.clone(), *code);
            for d in strs(&cur.dollar_words) {
                let mut w = adj.clone();
                w.push(d);
                add(w, code, 1, Guard::None);
            }
        }
        for d in strs(&cur.dollar_words) {
            for (adj, code) in &post_adjectives {
                let code = *code;
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
            for (adj, code) in &cent_adjectives {
                let code = *code;
                let mut w = adj.clone();
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
        let mut dotted_prefixes: HashSet<&'static str> = HashSet::default();
        for (w, code) in pairs(&cur.prefix_words) {
            let bare = match w.strip_suffix('.') {
                Some(b) => {
                    dotted_prefixes.insert(b);
                    b
                }
                None => w,
            };
            prefix_words.insert(bare, code);
        }
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
        let mut qualifier_last = Box::new([0u64; 256]);
        for q in &qualifiers {
            if let Some(w) = q.last()
                && let Some(&b) = w.as_bytes().first()
                && w.len() < 64
            {
                qualifier_last[usize::from(b.to_ascii_lowercase())] |= 1 << w.len();
            }
        }
        let mut qualifiers_by_last: HashMap<String, Vec<usize>> = HashMap::default();
        for (k, q) in qualifiers.iter().enumerate() {
            if let Some(w) = q.last() {
                qualifiers_by_last
                    .entry(w.to_ascii_lowercase())
                    .or_default()
                    .push(k);
            }
        }
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
        let grammar = Grammar::new(&v.grammar);
        let unit_first: HashSet<String> =
            [&grammar.percent, &grammar.percentage, &grammar.basis_points]
                .iter()
                .flat_map(|list| list.phrases().iter().filter_map(|p| p.first()))
                .map(|w| w.to_string())
                .chain(suffix.keys().map(|w| w.to_string()))
                .chain(iso.keys().map(|w| w.to_ascii_lowercase()))
                .collect();
        let mut short_prefixes = Box::new([0u64; SHORT_PREFIX_BITS / 64]);
        for w in prefix_words.keys() {
            if let Some(bit) = short_prefix_bit(w.as_bytes()) {
                short_prefixes[bit / 64] |= 1 << (bit % 64);
            }
        }
        let (plain_articles, article_next) = article_tables(&grammar);
        let ascii_signs = symbols
            .iter()
            .map(|(c, _)| *c)
            .chain(['$'])
            .filter(char::is_ascii)
            .fold(0u128, |m, c| m | 1 << (c as u32));
        QuantityRecognizer {
            ascii_signs,
            plain_articles,
            article_next,
            currency_marks: std::sync::OnceLock::new(),
            grammar,
            unit_first,
            short_prefixes,
            default_dollar: cur.dollar_currencies[0].as_str(),
            dotted_prefixes,
            headline_countries,
            home_countries,
            suffix,
            iso,
            prefix_words,
            dollar_prefix,
            dollar_suffix,
            symbols,
            persons: strs(&q.persons).collect(),
            chain_stop,
            qualifiers,
            qualifier_last,
            qualifiers_by_last,
            model_words: strs(&q.model_words).collect(),
            months,
            year_preps: strs(&q.year_prepositions).collect(),
            figure_words: figure_words_by_length(),
            figure_packed: figure_words_packed(),
            figure_first: figure_words_first(),
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

    /// Whether `w` (up to three bytes, a capital first) may be one of the
    /// prefix words: false means certainly not.
    #[inline]
    pub(crate) fn may_be_short_prefix(&self, w: &[u8]) -> bool {
        short_prefix_bit(w).is_some_and(|bit| self.short_prefixes[bit / 64] >> (bit % 64) & 1 == 1)
    }

    /// Whether the lowercase word `w` may begin a unit after a figure (see
    /// `QuantityRecognizer::unit_first`).
    pub(crate) fn may_begin_unit(&self, w: &str) -> bool {
        self.unit_first.contains(w)
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
    #[inline]
    pub(crate) fn is_currency_symbol(&self, c: char) -> bool {
        if c.is_ascii() {
            return self.ascii_signs >> (c as u32) & 1 == 1;
        }
        self.symbol_currency(c).is_some()
    }

    /// The currency of a sign other than "$" ("€" → EUR).
    pub(crate) fn symbol_currency(&self, c: char) -> Option<&'static str> {
        self.symbols
            .iter()
            .find(|(s, _)| *s == c)
            .map(|(_, code)| *code)
    }
}

/// `QuantityRecognizer::plain_articles` and `article_next`: the articles
/// that are no other figure word, and what makes a figure after one (see
/// [`Cx::article_leads_nowhere`]). No articles when a word of either set
/// does not pack into a `u64` (ASCII, at most eight bytes).
fn article_tables(g: &Grammar) -> (PackedSet, PackedSet) {
    let q = &words().quantity;
    let pack = |w: &str| crate::extract::phrases::ShortWords::pack(w.as_bytes());
    let next: Vec<&str> = g
        .article_vague
        .0
        .iter()
        .chain(&g.quarter.0)
        .copied()
        .chain(g.multipliers.iter().map(|(w, _)| *w))
        .chain(q.scales.iter().map(|n| n.word.as_str()))
        .collect();
    let other_figure_word = |w: &str| {
        g.between.has(w)
            || g.half.has(w)
            || strs(&q.vague_counts).any(|v| v == w)
            || q.number_words.iter().any(|n| n.word == w)
    };
    let articles: Vec<&str> = g
        .articles
        .0
        .iter()
        .copied()
        .filter(|w| !other_figure_word(w))
        .collect();
    let packed = |list: &[&str]| list.iter().map(|w| pack(w)).collect::<Option<Vec<u64>>>();
    match (packed(&articles), packed(&next)) {
        (Some(a), Some(n)) => (PackedSet::new(a.into_iter()), PackedSet::new(n.into_iter())),
        _ => (
            PackedSet::new(std::iter::empty()),
            PackedSet::new(std::iter::empty()),
        ),
    }
}
