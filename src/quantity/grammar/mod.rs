//! The quantity grammar, tried at anchor tokens: ranges, qualifiers and
//! the contexts that rule a number out (years, models, dates).

use super::*;

mod amount;
mod count;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Unit {
    Cur {
        code: &'static str,
        den: u128,
        next: usize,
        implicit: bool,
    },
    Pct {
        unit: PercentUnit,
        den: u128,
        next: usize,
    },
}

impl Unit {
    pub(crate) fn next(&self) -> usize {
        match *self {
            Unit::Cur { next, .. } | Unit::Pct { next, .. } => next,
        }
    }

    pub(crate) fn same(&self, o: &Unit) -> bool {
        match (self, o) {
            (
                Unit::Cur {
                    code: a, den: x, ..
                },
                Unit::Cur {
                    code: b, den: y, ..
                },
            ) => a == b && x == y,
            (
                Unit::Pct {
                    unit: a, den: x, ..
                },
                Unit::Pct {
                    unit: b, den: y, ..
                },
            ) => a == b && x == y,
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prev {
    /// An amount standing on its own: nothing may be glued before it.
    Normal,
    /// Right after a currency prefix, which may be glued to it.
    AfterPrefix,
    /// The second figure of a range, glued to a dash ("5-6").
    RangeSecond,
}

/// A parse found at an anchor, before qualifier look-behind.
pub(crate) struct Hit {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: QuantityKind,
}

pub(crate) struct Cx<'a> {
    pub(crate) r: &'a QuantityRecognizer,
    pub(crate) text: &'a str,
    pub(crate) toks: &'a [Tok],
}

impl<'a> Cx<'a> {
    pub(crate) fn kind(&self, i: usize) -> Option<TK> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub(crate) fn s(&self, i: usize) -> &'a str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TK::Word)
    }

    pub(crate) fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TK::Num)
    }

    pub(crate) fn is_sym(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(TK::Sym(c))
    }

    pub(crate) fn sym(&self, i: usize) -> Option<char> {
        match self.kind(i) {
            Some(TK::Sym(c)) => Some(c),
            _ => None,
        }
    }

    /// Token `i` touches token `i - 1` (no whitespace between).
    pub(crate) fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i].start == self.toks[i - 1].end
    }

    pub(crate) fn lc(&self, i: usize) -> Lc {
        if self.is_word(i) {
            Lc::new(self.s(i))
        } else {
            Lc::EMPTY
        }
    }

    /// A cheap test that word `w` may begin a figure: one of the words
    /// [`Cx::try_at`] looks at, or a capitalised word of at most 3 letters
    /// that may be a currency prefix (such as "DM"). Most words fail it without being
    /// lowercased. (Always inlined, up to [`Cx::is_figure_word`]: asked of
    /// nearly every word, and the call cost as much as the answer.)
    #[inline(always)]
    pub(crate) fn could_begin_figure(&self, w: &str) -> bool {
        self.could_begin_figure_bytes(w.as_bytes())
    }

    /// [`Cx::could_begin_figure`] of a word's bytes.
    #[inline(always)]
    fn could_begin_figure_bytes(&self, b: &[u8]) -> bool {
        Self::figure_bytes(self.r, b)
    }

    /// [`Cx::could_begin_figure_bytes`] for recogniser `r`, asked before
    /// the sentence's tokens are all cut.
    #[inline(always)]
    fn figure_bytes(r: &QuantityRecognizer, b: &[u8]) -> bool {
        // A short capitalised word may be a currency prefix ("DM", "Rs"):
        // most ("The", "It", "Inc") are certainly none, and go on to the
        // figure words like any other.
        if b.len() <= 3 && b.first().is_some_and(u8::is_ascii_uppercase) && r.may_be_short_prefix(b)
        {
            return true;
        }
        // No figure word of this first letter and length: the usual case.
        // (A word equal to a figure word, ASCII case aside, has its first
        // byte lowercased and its length; longer words are looked up.)
        if let Some(&f) = b.first()
            && b.len() < 64
            && r.figure_first[usize::from(f.to_ascii_lowercase())] >> b.len() & 1 == 0
        {
            return false;
        }
        Self::is_figure_word(r, b)
    }

    /// Whether `b` is one of the words that begin a figure, ASCII case
    /// aside (the lookup behind [`Cx::could_begin_figure`]).
    fn is_figure_word(r: &QuantityRecognizer, b: &[u8]) -> bool {
        // Packed words of up to eight bytes keep their length (no zero
        // byte in a word), so equal keys are equal words, any case.
        if let Some(key) = crate::extract::phrases::ShortWords::pack(b) {
            return r.figure_packed.contains(key);
        }
        r.figure_words
            .get(b.len())
            .is_some_and(|list| list.iter().any(|f| f.as_bytes().eq_ignore_ascii_case(b)))
    }

    /// Whether [`Cx::try_at`] may find a figure at token `t` of `text` for
    /// recogniser `r`: a number, a currency sign, or a word that
    /// [`Cx::could_begin_figure`] lets by (the checks `try_at` makes
    /// first, on its own token only).
    #[inline(always)]
    pub(crate) fn could_begin_token(r: &QuantityRecognizer, text: &[u8], t: &Tok) -> bool {
        match t.kind {
            TK::Num => true,
            TK::Sym(c) => r.is_currency_symbol(c),
            TK::Word => Self::figure_bytes(r, &text[t.start..t.end]),
        }
    }

    /// An indefinite article at token `i` ("a", "an") that begins no
    /// figure: the word after it (or after a glued hyphen) is none of the
    /// words that make one ("a number of", "a quarter", "a hundred", "a
    /// million"). `try_at` would find nothing there; articles are a third
    /// of the anchors and most lead nowhere.
    #[inline]
    pub(crate) fn article_leads_nowhere(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if t.kind != TK::Word || t.end - t.start > 2 {
            return false;
        }
        let b = &self.text.as_bytes()[t.start..t.end];
        let Some(key) = crate::extract::phrases::ShortWords::pack(b) else {
            return false;
        };
        if !self.r.plain_articles.contains(key) || self.r.prefix_words.contains_key(self.s(i)) {
            return false;
        }
        // What follows may make a figure of it: a word of the set (a word
        // that does not pack, longer or not ASCII, equals none of them,
        // all packed), right after it or after a symbol (a glued hyphen:
        // "a-million").
        let is_next = |k: usize| match self.toks.get(k) {
            Some(n) if n.kind == TK::Word => {
                crate::extract::phrases::ShortWords::pack(&self.text.as_bytes()[n.start..n.end])
                    .is_some_and(|key| self.r.article_next.contains(key))
            }
            _ => false,
        };
        let follows = match self.kind(i + 1) {
            Some(TK::Word) => is_next(i + 1),
            Some(TK::Sym(_)) => is_next(i + 2),
            _ => false,
        };
        !follows
    }

    pub(crate) fn word_is(&self, i: usize, w: &str) -> bool {
        self.is_word(i) && self.s(i).eq_ignore_ascii_case(w)
    }

    /// Token `i` is a word of `list`, any case.
    pub(crate) fn word_in(&self, i: usize, list: &WordList) -> bool {
        self.is_word(i) && list.0.iter().any(|w| self.s(i).eq_ignore_ascii_case(w))
    }

    /// A spaced word of `list` at `i` (not glued to what precedes).
    pub(crate) fn spaced_word_in(&self, i: usize, list: &WordList) -> bool {
        self.word_in(i, list) && !self.glued(i)
    }

    /// An entry of `list` starting at word `k`, whose lowercase form is
    /// `first`, its words separated by whitespace or a glued hyphen ("per
    /// cent"): the token after it.
    pub(crate) fn phrase_end(&self, k: usize, first: &str, list: &WordList) -> Option<usize> {
        'p: for p in list.phrases() {
            if p[0] != first {
                continue;
            }
            let mut e = k + 1;
            for w in &p[1..] {
                match self.next_part(e) {
                    Some(n) if self.word_is(n, w) => e = n + 1,
                    _ => continue 'p,
                }
            }
            return Some(e);
        }
        None
    }

    /// Index of the word after `j` when separated by whitespace or a glued hyphen.
    pub(crate) fn next_part(&self, j: usize) -> Option<usize> {
        if self.is_word(j) && !self.glued(j) {
            Some(j)
        } else if self.is_sym(j, '-') && self.glued(j) && self.is_word(j + 1) && self.glued(j + 1) {
            Some(j + 1)
        } else {
            None
        }
    }

    /// A "compound" word at `k`: dotted abbreviation ("U.S.") or hyphenated
    /// ("part-time"). Returns (token after it, lowercase text if ASCII-short).
    pub(crate) fn compound(&self, k: usize) -> Option<(usize, LcText)> {
        if !self.is_word(k) {
            return None;
        }
        let mut e = k + 1;
        loop {
            let prev_len = self.toks[e - 1].end - self.toks[e - 1].start;
            if self.is_sym(e, '.')
                && self.glued(e)
                && self.is_word(e - 1)
                && prev_len <= 2
                && self.s(e - 1).chars().next().is_some_and(char::is_uppercase)
            {
                e += 1;
                if self.is_word(e) && self.glued(e) && self.toks[e].end - self.toks[e].start <= 2 {
                    e += 1;
                    continue;
                }
                break;
            }
            if self.is_sym(e, '-') && self.glued(e) && self.is_word(e + 1) && self.glued(e + 1) {
                e += 2;
                continue;
            }
            break;
        }
        let s = &self.text[self.toks[k].start..self.toks[e - 1].end];
        Some((e, LcText::new(s)))
    }

    pub(crate) fn try_at(&self, i: usize, floor: usize) -> Option<Hit> {
        let kind = self.kind(i)?;
        let mut hit = match kind {
            TK::Num => self.core(i, false, floor),
            TK::Sym(c) if self.r.is_currency_symbol(c) => self.core(i, false, floor),
            TK::Sym(_) => None,
            TK::Word if !self.could_begin_figure(self.s(i)) => None,
            TK::Word => {
                let lc = self.lc(i);
                let w = lc.as_str();
                let g = &self.r.grammar;
                if g.between.has(w) {
                    self.core(i + 1, true, floor).map(|mut h| {
                        h.start = i;
                        h
                    })
                } else if self.r.vague.contains(w)
                    || (g.articles.has(w) && self.word_in(i + 1, &g.article_vague))
                {
                    self.vague(i)
                } else if g.articles.has(w)
                    || g.half.has(w)
                    || self.r.small_number(w).is_some()
                    || (self.s(i).len() <= 3
                        && self.s(i).starts_with(|c: char| c.is_ascii_uppercase())
                        && self.r.prefix_words.contains_key(self.s(i)))
                {
                    self.core(i, false, floor)
                } else {
                    None
                }
            }
        }?;
        if hit.start < floor {
            return None;
        }
        // qualifier look-behind
        if let Some(q) = self.qualifier(hit.start, floor) {
            hit.start = q;
            match &mut hit.kind {
                QuantityKind::Money { approx, .. }
                | QuantityKind::Percent { approx, .. }
                | QuantityKind::Count { approx, .. } => *approx = true,
            }
        }
        Some(hit)
    }

    /// Start token of a hedge ending right before token `s`.
    pub(crate) fn qualifier(&self, s: usize, floor: usize) -> Option<usize> {
        // A qualifier's last word is the word right before `s`: none whose
        // last word has that word's first letter and length, no qualifier
        // (a word of 64 bytes or more is looked for in full).
        if s == 0 || !self.is_word(s - 1) {
            return None;
        }
        let w = self.s(s - 1).as_bytes();
        if let Some(&f) = w.first()
            && w.len() < 64
            && self.r.qualifier_last[usize::from(f.to_ascii_lowercase())] >> w.len() & 1 == 0
        {
            return None;
        }
        let fits = |q: &[&str]| {
            let n = q.len();
            if s < n || s - n < floor {
                return None;
            }
            let b = s - n;
            let ok = q.iter().enumerate().all(|(k, w)| {
                let t = b + k;
                self.word_is(t, w) && (k == 0 || !self.glued(t))
            }) && !self.glued(s);
            ok.then_some(b)
        };
        // Only the qualifiers ending with the word before `s` can match,
        // tried in the order of the whole list (a short ASCII word is
        // looked up lowercased; another word tries every qualifier).
        let last = Lc::new(self.s(s - 1));
        if last.as_str().is_empty() {
            return self.r.qualifiers.iter().find_map(|q| fits(q));
        }
        self.r
            .qualifiers_by_last
            .get(last.as_str())?
            .iter()
            .find_map(|&k| fits(&self.r.qualifiers[k]))
    }

    /// Whether the word before token `s` (skipping one single-word hedge) is
    /// "from", so that "from X to Y" reads as a change, not a range; "ranging
    /// from X to Y" is still a range.
    pub(crate) fn after_from(&self, s: usize) -> bool {
        let g = &self.r.grammar;
        let from = if s >= 1 && self.word_in(s - 1, &g.from) {
            s - 1
        } else if s >= 2 && self.word_in(s - 2, &g.from) {
            let w = self.lc(s - 1);
            if !self
                .r
                .qualifiers
                .iter()
                .any(|q| q.len() == 1 && q[0] == w.as_str())
            {
                return false;
            }
            s - 2
        } else {
            return false;
        };
        !self.range_verb_before(from)
    }

    /// "range from", "varying from": the word before `from` makes "from X to
    /// Y" a range.
    pub(crate) fn range_verb_before(&self, from: usize) -> bool {
        from > 0 && self.r.grammar.range_verbs.has(self.lc(from - 1).as_str())
    }

    /// First word of a currency phrase: a dotted abbreviation ("U.S.") or a plain word.
    pub(crate) fn compound_first(&self, k: usize) -> Option<(usize, LcText)> {
        if self.is_sym(k + 1, '.')
            && self.glued(k + 1)
            && self.s(k).len() <= 2
            && let Some((e, s)) = self.compound(k)
            && s.as_str().contains('.')
            && !s.as_str().contains('-')
        {
            return Some((e, s));
        }
        Some((k + 1, LcText::Short(self.lc(k))))
    }

    pub(crate) fn is_to(&self, j: usize) -> bool {
        self.spaced_word_in(j, &self.r.grammar.to)
    }

    /// The word before token `s` (or before its hedge) announces a change
    /// ("rose", "by"), so "X to Y" is a movement rather than a range.
    pub(crate) fn change_before(&self, s: usize) -> bool {
        let mut p = s;
        if let Some(q) = self.qualifier(s, 0) {
            p = q;
        }
        // "rose 50 mln dlrs to ...", "LOWERS COPPER 0.75 CENT TO ..."
        for back in 1..=3 {
            if p < back {
                return false;
            }
            let w = self.lc(p - back);
            if self.r.change_words.contains(w.as_str())
                && !(self.r.grammar.from.has(w.as_str()) && self.range_verb_before(p - back))
            {
                return true;
            }
            if !self.is_word(p - back) {
                return false;
            }
        }
        false
    }

    /// Whether `lo`..`hi` is plausible as a range: ordered, and not so wide
    /// that "rose 20 to 1,260 yen" (a change to a level) or "1.7770-80 marks"
    /// (a dealer's quote) is misread. Ranges after "between" are explicit.
    pub(crate) fn range_ok(
        &self,
        lo: f64,
        hi: f64,
        to_at: usize,
        start: usize,
        between: bool,
    ) -> bool {
        if lo > hi {
            return false;
        }
        if between {
            return true;
        }
        let limit = if self.is_to(to_at) && self.change_before(start) {
            3.0
        } else {
            25.0
        };
        hi <= lo * limit
    }

    /// Connector between the two figures of a range; returns the token after it.
    pub(crate) fn connector(&self, j: usize, between: bool, after_from: bool) -> Option<usize> {
        if between {
            if self.spaced_word_in(j, &self.r.grammar.between_and) {
                return Some(j + 1);
            }
        } else if self.is_to(j) && !after_from {
            return Some(j + 1);
        }
        if self.sym(j).is_some_and(is_dash) {
            let next_glued = self.glued(j + 1);
            let prev_glued = self.glued(j);
            // "5-6" or "5 - 6", not "5- 6"
            if next_glued == prev_glued {
                return Some(j + 1);
            }
        }
        None
    }

    /// The amount-led parse at token `i` (after "between" when `between`).
    pub(crate) fn core(&self, i: usize, between: bool, floor: usize) -> Option<Hit> {
        if let Some((code, pstart, j)) = self.prefix_currency(i) {
            if pstart < floor {
                return None;
            }
            return self.prefixed_money(code, pstart, j, between);
        }
        let a1 = self.amount(i, Prev::Normal)?;
        if !a1.written && self.bad_context(i, &a1) {
            return None;
        }
        let after_from = self.after_from(i);
        let u1 = self.unit(a1.next, &a1);
        let after1 = u1.map_or(a1.next, |u| u.next());
        // try a range
        if let Some(c) = self.connector(after1, between, after_from)
            && let Some(a2) = self.amount(c, Prev::RangeSecond)
            && (between || a1.written == a2.written || self.mixed_percent_range(i, &a1, u1, &a2))
        {
            let u2 = self.unit(a2.next, &a2);
            let mut lo = a1;
            // "for 1986 to 15.9 billion dlrs": a year, not the low end of a range
            let mut ok = !(a1.year_like && !a1.scaled && (a2.scaled || self.year_context(i)));
            if !a1.scaled && a2.scaled {
                if a1.raw_le(&a2) {
                    lo = a1.with_scale_of(&a2);
                }
            } else if a1.scaled && !a2.scaled {
                ok = false;
            }
            let unit = match (u1, u2) {
                (Some(x), Some(y)) if x.same(&y) => {
                    // "rose 50 mln dlrs to 1.2 billion dlrs" is a change, not a
                    // range; so is "butane 5.50 dlrs to 123 dlrs"
                    if self.is_to(after1)
                        && (self.change_before(i) || a2.value(1) > lo.value(1) * 3.0)
                    {
                        ok = false;
                    }
                    Some(y)
                }
                (None, Some(y)) => Some(y),
                (None, None) => None,
                _ => {
                    ok = false;
                    None
                }
            };
            if ok
                && self.range_ok(lo.value(1), a2.value(1), after1, i, between)
                && self.glued_ok(&[&a1, &a2], a2.next)
            {
                match unit {
                    Some(Unit::Cur {
                        code,
                        den,
                        next,
                        implicit,
                    }) => {
                        if self.glued_ok(&[&a1, &a2], next) {
                            return Some(Hit {
                                start: i,
                                end: next,
                                kind: QuantityKind::Money {
                                    value: lo.value(den),
                                    currency: code.to_string(),
                                    approx: false,
                                    max: Some(a2.value(den)),
                                    implicit,
                                },
                            });
                        }
                    }
                    Some(Unit::Pct { unit, den, next }) => {
                        if !lo.letter_scale && !a2.letter_scale {
                            return Some(Hit {
                                start: i,
                                end: next,
                                kind: QuantityKind::Percent {
                                    value: lo.value(den),
                                    unit,
                                    approx: true,
                                },
                            });
                        }
                    }
                    None => {
                        if lo.is_integer()
                            && a2.is_integer()
                            && !lo.letter_scale
                            && !a2.letter_scale
                            && let Some((end, of)) = self.person_chain(a2.next)
                        {
                            return Some(Hit {
                                start: i,
                                end,
                                kind: QuantityKind::Count {
                                    value: Some(lo.value(1)),
                                    approx: true,
                                    of,
                                },
                            });
                        }
                    }
                }
            }
        }
        if between {
            return None;
        }
        match u1 {
            Some(Unit::Cur {
                code,
                den,
                next,
                implicit,
            }) => {
                if a1.year_like && !a1.scaled && self.year_context(i) {
                    return None;
                }
                self.glued_ok(&[&a1], next).then(|| Hit {
                    start: i,
                    end: next,
                    kind: QuantityKind::Money {
                        value: a1.value(den),
                        currency: code.to_string(),
                        approx: false,
                        max: None,
                        implicit,
                    },
                })
            }
            Some(Unit::Pct { unit, den, next }) => {
                (!a1.letter_scale && self.glued_ok(&[&a1], next)).then(|| Hit {
                    start: i,
                    end: next,
                    kind: QuantityKind::Percent {
                        value: a1.value(den),
                        unit,
                        approx: false,
                    },
                })
            }
            None => {
                if !a1.is_integer()
                    || a1.letter_scale
                    || a1.num == 0
                    || (a1.year_like && !a1.scaled && self.year_context(i))
                {
                    return None;
                }
                let (end, of) = self.person_chain(a1.next)?;
                self.glued_ok(&[&a1], end).then(|| Hit {
                    start: i,
                    end,
                    kind: QuantityKind::Count {
                        value: Some(a1.value(1)),
                        approx: false,
                        of,
                    },
                })
            }
        }
    }

    /// "1.5 to two pct", "two to 2.5 pct": a percentage range may mix a
    /// spelled-out and a numeric figure, unless it follows a change word
    /// ("rose two to 2.5 pct" is a rise of two points).
    pub(crate) fn mixed_percent_range(
        &self,
        i: usize,
        a1: &Amt,
        u1: Option<Unit>,
        a2: &Amt,
    ) -> bool {
        u1.is_none()
            && !a1.scaled
            && !a2.scaled
            && a1.value(1) <= 100.0
            && a2.value(1) <= 100.0
            && matches!(self.unit(a2.next, a2), Some(Unit::Pct { .. }))
            && !self.change_before(i)
    }

    /// Every word glued to an amount ("1st", "737s") must be part of the mention.
    pub(crate) fn glued_ok(&self, amts: &[&Amt], end: usize) -> bool {
        amts.iter().all(|a| a.glued_word.is_none_or(|g| g < end))
    }

    /// The number at `i` is part of a date ("Oct. 29") or a name ("Boeing 737").
    pub(crate) fn bad_context(&self, i: usize, a: &Amt) -> bool {
        if i == 0 {
            return false;
        }
        let mut p = i - 1;
        if self.is_sym(p, '.') && p > 0 && self.glued(p) {
            p -= 1;
        }
        if !self.is_word(p) {
            return false;
        }
        let w = self.s(p);
        if self.r.months.contains(w)
            && !a.scaled
            && a.den == 1
            && a.num >= 1
            && a.num <= 31
            && self.s(i).len() <= 2
        {
            return true;
        }
        p == i - 1 && self.r.model_words.contains(w)
    }

    /// A year-like number is preceded by "in", "fiscal", "since" etc.
    pub(crate) fn year_context(&self, i: usize) -> bool {
        i > 0 && self.r.year_preps.contains(self.lc(i - 1).as_str())
    }
}
