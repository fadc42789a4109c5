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
    let mut end = article
        .find("\n\n")
        .filter(|&e| e <= 400)
        .or_else(|| article.find('\n'))
        .unwrap_or(article.len())
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
    for (i, &c) in b.iter().enumerate() {
        let close = match c {
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
                .get_or_init(|| self.recognizer.find(self.article))
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
        if currency == default_dollar() {
            *currency = dollar().to_string();
        } else if currency == default_franc() {
            *currency = franc().to_string();
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
