//! Article-level currency: what a bare "dlrs", "cents" or "francs" stands
//! for in one article.

use super::*;

/// Which currency a bare "dlrs", "cents" or "francs" stands for in one
/// article. Wire copy from Toronto, Sydney, Hong Kong or Singapore writes the
/// local dollar as plain "dlrs" ("Statistics Canada said retail sales rose to
/// 12.19 billion dlrs"), and copy from Zurich writes Swiss francs as
/// "francs"; a sentence alone cannot tell, the article can.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CurrencyContext {
    /// ISO 4217 code of a bare dollar or cent.
    pub dollar: &'static str,
    /// ISO 4217 code of a bare franc.
    pub franc: &'static str,
}

impl Default for CurrencyContext {
    fn default() -> Self {
        CurrencyContext {
            dollar: default_dollar(),
            franc: default_franc(),
        }
    }
}

/// What a bare "dlrs" means when the article does not say: the first of the
/// `dollar_currencies` table.
pub(crate) fn default_dollar() -> &'static str {
    &crate::vocab::get().currencies.dollar_currencies[0]
}

/// What a bare "francs" means when the article does not say: the first of
/// the `franc_currencies` table.
pub(crate) fn default_franc() -> &'static str {
    &crate::vocab::get().currencies.franc_currencies[0]
}

/// Whether a code is one of the francs a bare "francs" may mean.
pub(crate) fn is_franc(code: &str) -> bool {
    crate::vocab::get()
        .currencies
        .franc_currencies
        .iter()
        .any(|c| c == code)
}

/// Whether a code is one of the dollars a bare "dlrs" may mean.
pub(crate) fn is_dollar(code: &str) -> bool {
    crate::vocab::get()
        .currencies
        .dollar_currencies
        .iter()
        .any(|c| c == code)
}

/// The headline: the title of a JSON-lines article (before the blank line),
/// else the first line, at most 200 bytes.
pub(crate) fn headline(article: &str) -> &str {
    // Only the first 400 bytes can hold the end, so only they are searched
    // (the whole article was, twice when it has no blank line): a blank
    // line starting at 400 or before lies within the first 402 bytes, and
    // a first line end past 400, or none, gives 400 either way.
    let b = article.as_bytes();
    let mut end = memchr::memmem::find(&b[..b.len().min(402)], b"\n\n")
        .or_else(|| memchr::memchr(b'\n', &b[..b.len().min(400)]))
        .unwrap_or(b.len())
        .min(400);
    while !article.is_char_boundary(end) {
        end -= 1;
    }
    &article[..end]
}

/// The first instrument code ("<GL.TO>", "(RY.TO)", "<GM>") in `s`, as the
/// currency of its exchange, or USD for a code without a foreign suffix.
/// Names in angle brackets ("<Placer Pacific Ltd>") and abbreviations in
/// parentheses ("(FCL)") are not codes.
pub(crate) fn ticker_currency(s: &str) -> Option<&'static str> {
    ticker_at(s).map(|t| t.2)
}

/// The first instrument code in `s` as [`ticker_currency`] reads it, with
/// its byte span (the brackets included): `(start, end, currency)`. The
/// roles stage takes a listed company's home market from it.
pub(crate) fn ticker_at(s: &str) -> Option<(usize, usize, &'static str)> {
    let b = s.as_bytes();
    // Only the brackets are looked at, found by a SIMD search.
    for i in memchr::memchr2_iter(b'<', b'(', b) {
        let close = match b[i] {
            b'<' => b'>',
            b'(' => b')',
            _ => continue,
        };
        let rest = &b[i + 1..];
        let Some(len) = rest.iter().take(16).position(|&x| x == close) else {
            continue;
        };
        let code = &s[i + 1..i + 1 + len];
        let (sym, suffix) = code.split_once('.').unwrap_or((code, ""));
        let sym_ok = !sym.is_empty()
            && sym
                .bytes()
                .all(|x| x.is_ascii_uppercase() || x.is_ascii_digit())
            && sym.as_bytes()[0].is_ascii_uppercase();
        // "(FCL)" is an abbreviation; "(RY.TO)" and "<GM>" are codes
        let suffix_ok =
            suffix.bytes().all(|x| x.is_ascii_uppercase()) && (close == b'>' || !suffix.is_empty());
        if !sym_ok || !suffix_ok || sym.len() < 2 {
            continue;
        }
        return Some((
            i,
            i + len + 2,
            crate::vocab::get()
                .currencies
                .ticker_suffixes
                .iter()
                .find(|t| t.words == suffix)
                .map_or(default_dollar(), |t| t.code.as_str()),
        ));
    }
    None
}

/// The values of the entries of `words` (sorted by word, none empty) that
/// `upper` names as whole words: each start of a word of `upper` is
/// compared only with the entries beginning with its first byte, so a
/// headline is read once whatever the number of country words.
pub(crate) fn named_in<'w, T>(
    upper: &'w str,
    words: &'w SortedWords<T>,
) -> impl Iterator<Item = &'w T> + 'w {
    let mut prev_word = false;
    let starts = upper.char_indices().filter_map(move |(i, c)| {
        let w = crate::segment::is_word_char(c);
        let start = w && !prev_word;
        prev_word = w;
        start.then_some(i)
    });
    starts.flat_map(move |s| {
        let b = upper.as_bytes()[s];
        // The second byte first: most entries sharing the first differ there.
        let second = upper.as_bytes().get(s + 1).copied();
        words
            .starting_with(b)
            .iter()
            .filter(move |(w, _)| {
                w.as_bytes().get(1).is_none_or(|&c| Some(c) == second)
                    && upper[s..].starts_with(w.as_str())
                    && crate::segment::on_word_boundaries(upper, s, s + w.len())
            })
            .map(|(_, v)| v)
    })
}

/// Words with a value, sorted and without duplicates or empty words,
/// with where the words of each first byte lie: [`named_in`] asks at every
/// word start of a headline, where two binary searches of the list cost
/// more than the rest of the article's currency clues.
#[derive(Debug, Clone)]
pub(crate) struct SortedWords<T> {
    words: Vec<(String, T)>,
    /// Per first byte, the range of `words` starting with it.
    by_first: Box<[(u32, u32); 256]>,
}

impl<T: Ord> SortedWords<T> {
    /// `words` sorted, duplicates and empty words dropped.
    pub(crate) fn new(mut words: Vec<(String, T)>) -> Self {
        words.retain(|(w, _)| !w.is_empty());
        words.sort();
        words.dedup();
        let mut by_first = Box::new([(0u32, 0u32); 256]);
        for (b, range) in by_first.iter_mut().enumerate() {
            let lo = words.partition_point(|(w, _)| usize::from(w.as_bytes()[0]) < b);
            let hi = words.partition_point(|(w, _)| usize::from(w.as_bytes()[0]) <= b);
            *range = (lo as u32, hi as u32);
        }
        SortedWords { words, by_first }
    }
}

impl<T> SortedWords<T> {
    /// The words starting with byte `b`, in order.
    #[inline]
    pub(crate) fn starting_with(&self, b: u8) -> &[(String, T)] {
        let (lo, hi) = self.by_first[usize::from(b)];
        &self.words[lo as usize..hi as usize]
    }
}

/// What a sentence must hold to write money in a dollar or a franc with
/// its currency ("C$", "Canadian dlrs", "CHF", "Swiss francs"): a "$", a
/// sign naming such a currency, a word that every such amount has among
/// its words (an ISO code, a prefix word, the last word of a currency
/// phrase), or a bare currency word ("dlrs", "francs") right after a word
/// that ends one of its phrases' adjectives ("Canadian", "H.K.") or right
/// before one that begins them. The article currency's whole-article money
/// scan reads only the sentences holding one: most sentences of an
/// article, and most of those with money, write no currency of their own.
#[derive(Debug, Clone)]
pub(crate) struct CurrencyMarks {
    /// Lowercase runs of ASCII letters (any case in the text), each with
    /// whether it is a bare currency word that counts only beside `before`
    /// or `after`.
    words: SortedWords<bool>,
    /// The last letter runs of the words before a bare currency word.
    before: SortedWords<()>,
    /// The first letter runs of the words after a bare currency word.
    after: SortedWords<()>,
    /// The longest word of the three lists.
    max_len: usize,
    /// Per lowercase first byte, a bit per length (below 64) of the
    /// entries of `words`: most words of a text are turned away by it.
    shapes: Box<[u64; 256]>,
    /// Signs other than "$" that name a dollar or a franc.
    symbols: Vec<char>,
}

/// The runs of ASCII letters of `w`, lowercased: a phrase word is matched
/// token by token ("h.k." is "h", ".", "k", ".").
fn letter_runs(w: &str) -> impl Iterator<Item = String> + '_ {
    w.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|r| !r.is_empty())
        .map(|r| r.to_ascii_lowercase())
}

/// Whether the ASCII letters `w` are a word of `list`, any case.
#[inline]
fn listed<'l, T>(list: &'l SortedWords<T>, w: &[u8]) -> Option<&'l T> {
    list.starting_with(w[0].to_ascii_lowercase())
        .iter()
        .find(|(m, _)| m.as_bytes().eq_ignore_ascii_case(w))
        .map(|(_, v)| v)
}

impl CurrencyMarks {
    /// The marks of the recogniser's tables whose code is a dollar or a
    /// franc: `phrases` (currency phrases after an amount, with whether
    /// each is a bare word the article decides), `bare` (whether a word is
    /// one), `codes` (ISO codes and prefix words) and `symbols`.
    pub(crate) fn new<'p>(
        phrases: impl Iterator<Item = (&'p [&'p str], &'p str, bool)>,
        bare: impl Fn(&str) -> bool,
        codes: impl Iterator<Item = (&'p str, &'p str)>,
        symbols: &[(char, &str)],
    ) -> Self {
        let named = |code: &str| is_dollar(code) || is_franc(code);
        // Phrase words first, each once (thousands of phrases share them),
        // then their letter runs.
        let mut last_words: HashSet<(&str, bool)> = HashSet::default();
        let (mut before_words, mut after_words): (HashSet<&str>, HashSet<&str>) =
            Default::default();
        for (phrase, code, implicit) in phrases {
            let (Some(&first), Some(&last)) = (phrase.first(), phrase.last()) else {
                continue;
            };
            if implicit || !named(code) {
                continue;
            }
            let n = phrase.len();
            if n >= 2 && bare(last) {
                before_words.insert(phrase[n - 2]);
                last_words.insert((last, true));
            } else if n >= 2 && bare(first) {
                after_words.insert(phrase[1]);
                last_words.insert((first, true));
            } else {
                last_words.insert((last, false));
            }
        }
        let mut words: Vec<(String, bool)> = last_words
            .into_iter()
            .flat_map(|(w, b)| letter_runs(w).map(move |r| (r, b)))
            .collect();
        let before: Vec<(String, ())> = before_words
            .into_iter()
            .filter_map(|w| letter_runs(w).last().map(|r| (r, ())))
            .collect();
        let after: Vec<(String, ())> = after_words
            .into_iter()
            .filter_map(|w| letter_runs(w).next().map(|r| (r, ())))
            .collect();
        for (word, code) in codes {
            if named(code) {
                words.extend(letter_runs(word).map(|r| (r, false)));
            }
        }
        let max_len = words
            .iter()
            .map(|(w, _)| w.len())
            .chain(before.iter().chain(&after).map(|(w, _)| w.len()))
            .max()
            .unwrap_or(0);
        let mut shapes = Box::new([0u64; 256]);
        for (w, _) in &words {
            shapes[usize::from(w.as_bytes()[0])] |= 1 << w.len().min(63);
        }
        CurrencyMarks {
            shapes,
            words: SortedWords::new(words),
            before: SortedWords::new(before),
            after: SortedWords::new(after),
            max_len,
            symbols: symbols
                .iter()
                .filter(|(_, code)| named(code))
                .map(|(c, _)| *c)
                .collect(),
        }
    }

    /// Whether `text` holds a mark (see [`CurrencyMarks`]): if not, no
    /// money in it names a dollar or a franc.
    pub(crate) fn in_text(&self, text: &str) -> bool {
        if self.symbols.iter().any(|&c| text.contains(c)) {
            return true;
        }
        let b = text.as_bytes();
        // The run of ASCII letters before the current one.
        let mut prev: &[u8] = &[];
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if !c.is_ascii_alphabetic() {
                if c == b'$' {
                    return true;
                }
                i += 1;
                continue;
            }
            let start = i;
            i = crate::segment::ascii_letters_end(b, i + 1);
            let w = &b[start..i];
            if self.shapes[usize::from(c.to_ascii_lowercase())] >> w.len().min(63) & 1 != 0
                && let Some(&bare) = listed(&self.words, w)
            {
                if !bare
                    || (!prev.is_empty()
                        && prev.len() <= self.max_len
                        && listed(&self.before, prev).is_some())
                {
                    return true;
                }
                let next_start = (i..b.len()).find(|&j| b[j].is_ascii_alphabetic());
                if let Some(j) = next_start {
                    let next = &b[j..crate::segment::ascii_letters_end(b, j + 1)];
                    if next.len() <= self.max_len && listed(&self.after, next).is_some() {
                        return true;
                    }
                }
            }
            prev = w;
        }
        false
    }
}

impl QuantityRecognizer {
    /// Builds now what the recogniser otherwise builds on first use (its
    /// [`CurrencyMarks`]): start-up calls it on a thread that would
    /// otherwise wait, so the first article does not pay for it.
    pub fn prepare(&self) {
        let _ = self.currency_marks();
    }

    /// The [`CurrencyMarks`] of the recogniser's tables, built on first
    /// use. A currency word is bare when it is a single-word phrase the
    /// article decides (`article_decides`); one of that list without such
    /// a phrase is not taken for bare, so it marks wherever it stands.
    fn currency_marks(&self) -> &CurrencyMarks {
        self.currency_marks.get_or_init(|| {
            let bare: HashSet<&str> = self
                .suffix
                .values()
                .flatten()
                .filter(|p| p.implicit && p.words.len() == 1)
                .map(|p| p.words[0])
                .collect();
            CurrencyMarks::new(
                self.suffix
                    .values()
                    .flatten()
                    .map(|p| (p.words.as_slice(), p.code, p.implicit)),
                |w| bare.contains(w),
                self.iso
                    .iter()
                    .chain(self.prefix_words.iter())
                    .map(|(w, c)| (*w, *c)),
                &self.symbols,
            )
        })
    }

    /// The money of `article` that [`names_its_currency`] in a dollar or a
    /// franc, in order: what [`written`] reads of [`QuantityRecognizer::find`]
    /// over the whole article, found only in the sentences holding a
    /// [`CurrencyMarks`] mark.
    pub(crate) fn written_money(&self, article: &str) -> Vec<Quantity> {
        let mut out = Vec::new();
        // Most articles hold no mark at all: one pass over the text, no
        // sentences (a sentence's mark is one of the article's).
        let marks = self.currency_marks();
        if !marks.in_text(article) {
            return out;
        }
        for s in crate::segment::split_sentences(article) {
            let text = &article[s.start..s.end];
            if !marks.in_text(text) {
                continue;
            }
            out.extend(
                self.find(text)
                    .into_iter()
                    .filter(names_its_currency)
                    .map(|mut q| {
                        q.start += s.start;
                        q.end += s.start;
                        q
                    }),
            );
        }
        out
    }
}

/// What the headline and lead of an article say about its currency (see
/// [`CurrencyContext::of_article`]), before the article's own money is
/// looked at.
pub(crate) struct HeadlineClues {
    /// The currency of an instrument code in the headline or lead.
    pub(crate) ticker: Option<&'static str>,
    /// The one dollar country named in the headline.
    pub(crate) named_dollar: Option<&'static str>,
    /// The one franc country named in the headline.
    pub(crate) named_franc: Option<&'static str>,
    /// The headline names the United States.
    pub(crate) us_in_headline: bool,
}

impl HeadlineClues {
    pub(crate) fn of(article: &str, r: &QuantityRecognizer) -> Self {
        let head = headline(article);
        let mut lead_end = (head.len() + 300).min(article.len());
        while !article.is_char_boundary(lead_end) {
            lead_end -= 1;
        }
        let ticker = ticker_currency(head).or_else(|| ticker_currency(&article[..lead_end]));
        let upper = head.to_uppercase();
        // The headline's country words, read once for dollars and francs.
        let named_codes: Vec<&'static str> =
            named_in(&upper, &r.headline_countries).copied().collect();
        let named = |keep: fn(&str) -> bool| -> Option<&'static str> {
            let mut codes = named_codes.iter().filter(|code| keep(code)).copied();
            let first = codes.next()?;
            codes.all(|c| c == first).then_some(first)
        };
        let us_in_headline = named_in(&upper, &r.home_countries).next().is_some();
        HeadlineClues {
            ticker,
            named_dollar: named(is_dollar),
            named_franc: named(is_franc),
            us_in_headline,
        }
    }

    /// The currency of a bare dollar; `found` (all the article's money) is
    /// called only when the headline and lead do not settle it.
    pub(crate) fn dollar<'q>(&self, found: impl FnOnce() -> &'q [Quantity]) -> &'static str {
        match self.ticker {
            Some(c) if is_dollar(c) => c,
            Some(_) => default_dollar(),
            None => match self.named_dollar.filter(|_| !self.us_in_headline) {
                Some(c) => c,
                None => written(found(), is_dollar).unwrap_or(default_dollar()),
            },
        }
    }

    /// The currency of a bare franc, likewise.
    pub(crate) fn franc<'q>(&self, found: impl FnOnce() -> &'q [Quantity]) -> &'static str {
        if let Some(c) = self.ticker.filter(|c| is_franc(c)) {
            return c;
        }
        self.named_franc
            .or_else(|| written(found(), is_franc))
            .unwrap_or(default_franc())
    }
}

/// Whether `q` is money written with its currency ("C$", "Canadian
/// dlrs"), not a bare "dlrs" or "francs": the only quantities the article's
/// currency is read from.
pub fn names_its_currency(q: &Quantity) -> bool {
    matches!(
        q.kind,
        QuantityKind::Money {
            implicit: false,
            ..
        }
    )
}

/// The one non-US dollar (or franc, by `keep`) written out in the money
/// `found`, if there is exactly one.
pub(crate) fn written(found: &[Quantity], keep: fn(&str) -> bool) -> Option<&'static str> {
    let mut one: Option<&str> = None;
    for q in found.iter().filter(|q| names_its_currency(q)) {
        if let QuantityKind::Money { currency, .. } = &q.kind
            && keep(currency)
        {
            match one {
                None => one = Some(currency),
                Some(o) if o == currency => {}
                Some(_) => return None,
            }
        }
    }
    let code = one?;
    // The same code, borrowed from the tables for the article's lifetime.
    let c = &crate::vocab::get().currencies;
    c.dollar_currencies
        .iter()
        .chain(&c.franc_currencies)
        .find(|c| **c == code)
        .map(String::as_str)
}

/// An article's [`CurrencyContext`] worked out part by part on first use:
/// the dollar only for a bare "dlrs", the franc only for a bare "francs",
/// and the article's money (a scan of the whole article) only when the
/// headline and lead do not settle it. Resolves as
/// [`CurrencyContext::of_article`] over [`QuantityRecognizer::find`] does.
pub struct ArticleCurrency<'a> {
    article: &'a str,
    recognizer: &'a QuantityRecognizer,
    clues: std::cell::OnceCell<HeadlineClues>,
    found: std::cell::OnceCell<Vec<Quantity>>,
    dollar: std::cell::OnceCell<&'static str>,
    franc: std::cell::OnceCell<&'static str>,
}

impl<'a> ArticleCurrency<'a> {
    /// Nothing is worked out yet.
    pub fn new(article: &'a str, recognizer: &'a QuantityRecognizer) -> Self {
        ArticleCurrency {
            article,
            recognizer,
            clues: std::cell::OnceCell::new(),
            found: std::cell::OnceCell::new(),
            dollar: std::cell::OnceCell::new(),
            franc: std::cell::OnceCell::new(),
        }
    }

    /// Gives the article's money when the caller has found it already
    /// (every sentence's quantities, in order, or only those that
    /// [`names_its_currency`]: the others are not read), so that resolving
    /// needs no second scan of the article; no effect once the money is
    /// known.
    pub fn set_found(&self, found: Vec<Quantity>) {
        let _ = self.found.set(found);
    }

    /// Gives a mention with a bare currency word the article's currency
    /// (see [`CurrencyContext::resolve`]).
    pub fn resolve(&self, q: &mut Quantity) {
        let clues = || {
            self.clues
                .get_or_init(|| HeadlineClues::of(self.article, self.recognizer))
        };
        let found = || {
            self.found
                .get_or_init(|| self.recognizer.written_money(self.article))
                .as_slice()
        };
        give_currency(
            q,
            || self.dollar.get_or_init(|| clues().dollar(found)),
            || self.franc.get_or_init(|| clues().franc(found)),
        );
    }
}

/// Gives a mention with a bare "dlrs" (USD) or "francs" (FRF) the currency
/// `dollar()` or `franc()` names, each called only when needed; any other
/// quantity is left as it is.
pub(crate) fn give_currency<'c>(
    q: &mut Quantity,
    dollar: impl FnOnce() -> &'c str,
    franc: impl FnOnce() -> &'c str,
) {
    if let QuantityKind::Money {
        currency,
        implicit: true,
        ..
    } = &mut q.kind
    {
        // (Replaced only when it changes: most bare dollars stay USD, and
        // a new string for each was an allocation per mention.)
        let given = if currency == default_dollar() {
            dollar()
        } else if currency == default_franc() {
            franc()
        } else {
            return;
        };
        if currency != given {
            *currency = given.to_string();
        }
    }
}

impl CurrencyContext {
    /// Works out what bare currency words mean in `article`, given all the
    /// money `found` in it (as from [`QuantityRecognizer::find`], any order).
    ///
    /// In order: an instrument code in the headline or lead ("<GL.TO>" is
    /// Toronto, so Canadian dollars; "<GM>" is New York, so US dollars); else
    /// a single dollar or franc country named in the headline ("CANADA RETAIL
    /// SALES RISE"); else a single non-US dollar (franc) written out in the
    /// article ("3.7 billion H.K. Dlrs ... a 3.1 billion dlr estimate"). Taiwan
    /// is left to the last rule: Taiwan copy gives trade and reserves in US
    /// dollars.
    /// The countries are those `recognizer` was built with.
    pub fn of_article(article: &str, found: &[Quantity], recognizer: &QuantityRecognizer) -> Self {
        let clues = HeadlineClues::of(article, recognizer);
        CurrencyContext {
            dollar: clues.dollar(|| found),
            franc: clues.franc(|| found),
        }
    }

    /// Gives a mention with a bare currency word the article's currency.
    pub fn resolve(&self, q: &mut Quantity) {
        give_currency(q, || self.dollar, || self.franc);
    }
}
