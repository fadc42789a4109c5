//! Amounts and their units: currency prefixes and suffixes, numbers with
//! scales, numbers in words, percentages.

use super::*;

impl<'a> Cx<'a> {
    /// Currency written before an amount: (ISO code, first token, token after prefix).
    pub(crate) fn prefix_currency(&self, i: usize) -> Option<(&'static str, usize, usize)> {
        match self.kind(i)? {
            TK::Sym('$') => {
                let mut code = self.r.default_dollar;
                let mut start = i;
                if self.glued(i) {
                    if self.is_word(i - 1) {
                        code = self.r.dollar_prefix.get(self.s(i - 1))?;
                        start = i - 1;
                        // e.g. "9US$": letters glued further left
                        if self.glued(start)
                            && matches!(self.kind(start - 1), Some(TK::Word | TK::Num))
                        {
                            return None;
                        }
                    } else if self.is_sym(i - 1, '.') && i >= 4 {
                        // "U.S.$": a dotted prefix, four tokens
                        let abbr = &self.text[self.toks[i - 4].start..self.toks[i - 1].end];
                        if let Some(c) = self.r.dollar_prefix.get(abbr)
                            && self.glued(i - 1)
                            && self.glued(i - 2)
                        {
                            code = c;
                            start = i - 4;
                        }
                    }
                }
                let mut next = i + 1;
                // "$US5 million", "$A10 billion"
                if self.is_word(next) && self.glued(next) {
                    let c = match self.r.dollar_suffix.get(self.s(next)) {
                        Some(c) => *c,
                        None => return None,
                    };
                    if start == i {
                        code = c;
                    }
                    next += 1;
                }
                Some((code, start, next))
            }
            TK::Sym(c) if self.r.is_currency_symbol(c) => {
                let code = self.r.symbol_currency(c)?;
                Some((code, i, i + 1))
            }
            TK::Word => {
                let w = self.s(i);
                let code = *self.r.prefix_words.get(w)?;
                if self.glued(i) && !matches!(self.sym(i - 1), Some('(' | '"' | '“')) {
                    return None;
                }
                let mut next = i + 1;
                if self.r.dotted_prefixes.contains(w) && self.is_sym(next, '.') && self.glued(next)
                {
                    next += 1;
                }
                if !self.is_num(next) {
                    return None;
                }
                Some((code, i, next))
            }
            _ => None,
        }
    }

    /// A numeric amount starting at Num token `i`.
    pub(crate) fn numeric(&self, i: usize, prev: Prev) -> Option<Amt> {
        if !self.is_num(i) {
            return None;
        }
        if self.glued(i) {
            match self.kind(i - 1)? {
                TK::Word => {
                    if prev != Prev::AfterPrefix {
                        return None;
                    }
                }
                TK::Num => return None,
                TK::Sym(c) => {
                    let ok = match c {
                        '-' | '–' | '—' => {
                            prev == Prev::RangeSecond
                                || !(self.glued(i - 1)
                                    && matches!(self.kind(i - 2), Some(TK::Word | TK::Num)))
                        }
                        '(' | '"' | '“' | '‘' | '[' | '+' | '~' | '≈' | '>' | '<' => true,
                        '.' => prev == Prev::AfterPrefix,
                        c if self.r.is_currency_symbol(c) => prev == Prev::AfterPrefix,
                        _ => false,
                    };
                    if !ok {
                        return None;
                    }
                }
            }
        }
        let txt = self.s(i);
        let (mut num, mut den) = parse_decimal(txt)?;
        let plain_int = !txt.contains(['.', ',']);
        let year_like = txt.len() == 4 && plain_int && (1800..=2100).contains(&num);
        let mut next = i + 1;
        // glued punctuation after the number
        if let Some(c) = self.sym(next)
            && self.glued(next)
            && self.is_num(next + 1)
            && self.glued(next + 1)
        {
            match c {
                ':' | '.' | ',' => return None,
                '/' => {
                    let (n2, d2) = parse_decimal(self.s(next + 1))?;
                    let proper = plain_int && d2 == 1 && fraction_den_ok(n2) && num > 0 && num < n2;
                    if !proper {
                        return None;
                    }
                    if self.sym(next + 2).is_some_and(|c| c == '/') && self.glued(next + 2) {
                        return None;
                    }
                    den = n2;
                    next += 2;
                }
                '-' if self.is_sym(next + 2, '/')
                    && self.glued(next + 2)
                    && self.is_num(next + 3)
                    && self.glued(next + 3) =>
                {
                    let (fnum, fd) = parse_decimal(self.s(next + 1))?;
                    let (fden, fd2) = parse_decimal(self.s(next + 3))?;
                    if !plain_int || fd != 1 || fd2 != 1 || !fraction_den_ok(fden) || fnum >= fden {
                        return None;
                    }
                    num = num * fden + fnum;
                    den = fden;
                    next += 4;
                }
                _ => {}
            }
        }
        let mut a = Amt {
            num,
            den,
            smul: 1,
            sden: 1,
            scaled: false,
            letter_scale: false,
            written: false,
            year_like,
            next,
            glued_word: None,
        };
        self.scales(&mut a, true);
        if self.is_word(a.next) && self.glued(a.next) {
            a.glued_word = Some(a.next);
        }
        Some(a)
    }

    /// Consumes scale words after an amount ("bn", "million", "thousand million").
    pub(crate) fn scales(&self, a: &mut Amt, allow_glued: bool) {
        let j = a.next;
        let (k, lc) = if self.is_word(j) && self.glued(j) {
            if !allow_glued {
                return;
            }
            (j, self.lc(j))
        } else if let Some(k) = self.next_part(j) {
            (k, self.lc(k))
        } else {
            return;
        };
        let glued = self.glued(k) && !self.is_sym(k - 1, '-');
        let Some((mul, letter)) = self.r.scale_of(lc.as_str()) else {
            return;
        };
        if letter && !glued {
            return;
        }
        a.smul *= mul;
        a.scaled = true;
        a.letter_scale = letter;
        a.next = k + 1;
        // "thousand million", "lakh crore"
        if self.r.grammar.compound_scales.has(lc.as_str())
            && let Some(k2) = self.next_part(a.next)
        {
            let l2 = self.lc(k2);
            if let Some((m2, false)) = self.r.scale_of(l2.as_str())
                && m2 >= 1_000_000
            {
                a.smul *= m2;
                a.next = k2 + 1;
            }
        }
    }

    /// A spelled-out amount at word `i` ("two", "twenty-five", "a billion",
    /// "half a million", "two dozen", "three hundred").
    pub(crate) fn written(&self, i: usize) -> Option<Amt> {
        let lc = self.lc(i);
        let w = lc.as_str();
        let mut a = Amt {
            num: 0,
            den: 1,
            smul: 1,
            sden: 1,
            scaled: false,
            letter_scale: false,
            written: true,
            year_like: false,
            next: i + 1,
            glued_word: None,
        };
        let g = &self.r.grammar;
        // the first word of a percent or percentage word ("per cent")
        let is_pct_word = |k: usize| {
            let l = self.lc(k);
            g.percent
                .phrases()
                .iter()
                .chain(g.percentage.phrases())
                .any(|p| p[0] == l.as_str())
        };
        let big = |k: usize| -> Option<u128> {
            let l = self.lc(k);
            g.multiplier(l.as_str())
                .or_else(|| match self.r.scale_of(l.as_str()) {
                    Some((m, false)) => Some(m),
                    _ => None,
                })
        };
        if g.articles.has(w) {
            let j = self.next_part(i + 1)?;
            if self.word_in(j, &g.quarter) {
                // "a quarter of a million", "a quarter percentage point"
                if self.spaced_word_in(j + 1, &g.of) && self.spaced_word_in(j + 2, &g.articles) {
                    if let Some(m) = big(j + 3) {
                        a.num = m;
                        a.den = 4;
                        a.next = j + 4;
                    } else if is_pct_word(j + 3) {
                        a.num = 1;
                        a.den = 4;
                        a.next = j + 3;
                        return Some(a);
                    } else {
                        return None;
                    }
                } else if is_pct_word(j + 1) && !self.glued(j + 1) {
                    a.num = 1;
                    a.den = 4;
                    a.next = j + 1;
                    return Some(a);
                } else {
                    return None;
                }
            } else {
                let m = big(j)?;
                a.num = m;
                a.next = j + 1;
            }
        } else if g.half.has(w) {
            if !self.spaced_word_in(i + 1, &g.articles) {
                return None;
            }
            let j = i + 2;
            if let Some(m) = big(j).filter(|_| !self.glued(j)) {
                a.num = m;
                a.den = 2;
                a.next = j + 1;
            } else if is_pct_word(j) && !self.glued(j) {
                a.num = 1;
                a.den = 2;
                a.next = j;
                return Some(a);
            } else {
                return None;
            }
        } else {
            let mut v = self.r.small_number(w)?;
            let mut j = i + 1;
            if v >= 20
                && v % 10 == 0
                && let Some(k) = self.next_part(j)
                && let Some(u) = self.r.small_number(self.lc(k).as_str()).filter(|u| *u < 10)
            {
                v += u;
                j = k + 1;
            }
            if let Some(k) = self.next_part(j)
                && let Some(m) = g.multiplier(self.lc(k).as_str())
            {
                v *= m;
                j = k + 1;
                // a hundred takes tens and units: "three hundred and five"
                if m == 100 {
                    let mut k2 = j;
                    if self.spaced_word_in(k2, &g.number_and) {
                        k2 += 1;
                    }
                    if self.is_word(k2) && !self.glued(k2) {
                        let l2 = self.lc(k2);
                        if let Some(mut u) = self.r.small_number(l2.as_str()) {
                            let mut e = k2 + 1;
                            if u >= 20
                                && let Some(k3) = self.next_part(e)
                                && let Some(u2) = self
                                    .r
                                    .small_number(self.lc(k3).as_str())
                                    .filter(|x| *x < 10)
                            {
                                u += u2;
                                e = k3 + 1;
                            }
                            v += u;
                            j = e;
                        }
                    }
                }
            }
            a.num = v;
            a.next = j;
        }
        let before = a.next;
        self.scales(&mut a, false);
        if a.next == before && (g.articles.has(w) || g.half.has(w)) {
            a.scaled = true; // "a million", "half a billion": the word itself is the scale
        }
        Some(a)
    }

    pub(crate) fn amount(&self, i: usize, prev: Prev) -> Option<Amt> {
        if self.is_num(i) {
            self.numeric(i, prev)
        } else if self.is_word(i) && prev != Prev::AfterPrefix {
            self.written(i)
        } else {
            None
        }
    }

    /// A unit after an amount: percent words or a currency.
    pub(crate) fn unit(&self, j: usize, a: &Amt) -> Option<Unit> {
        if let Some(c) = self.sym(j)
            && (c == '%' || c == '％')
        {
            let mut next = j + 1;
            let mut unit = PercentUnit::Percent;
            if let Some(k) = self.next_part(next)
                && self.r.grammar.points.has(self.lc(k).as_str())
            {
                unit = PercentUnit::Points;
                next = k + 1;
            }
            return Some(Unit::Pct { unit, den: 1, next });
        }
        let k = if self.is_word(j) && self.glued(j) {
            j
        } else {
            self.next_part(j)?
        };
        let g = &self.r.grammar;
        let lc = self.lc(k);
        let w = lc.as_str();
        // Most words after a number begin no unit: turned away by one
        // lookup. (Not a word read only through its lowercase copy, which
        // is empty for a long or non-ASCII word, nor "U." of a dotted
        // compound, "U.S. dlrs", looked up as a whole below.)
        let dotted = self.is_sym(k + 1, '.') && self.glued(k + 1) && self.s(k).len() <= 2;
        if !w.is_empty() && !dotted && !self.r.may_begin_unit(w) {
            return None;
        }
        // percentages; a percentage word needs points after it
        let pct_end = self
            .phrase_end(k, w, &g.percent)
            .map(|e| (e, false))
            .or_else(|| self.phrase_end(k, w, &g.percentage).map(|e| (e, true)));
        if let Some((mut e, needs_points)) = pct_end {
            let mut unit = PercentUnit::Percent;
            if let Some(p) = self.next_part(e)
                && g.points.has(self.lc(p).as_str())
            {
                unit = PercentUnit::Points;
                e = p + 1;
            }
            if needs_points && unit != PercentUnit::Points {
                return None;
            }
            return Some(Unit::Pct {
                unit,
                den: 1,
                next: e,
            });
        }
        if let Some(e) = self.phrase_end(k, w, &g.basis_points) {
            return Some(Unit::Pct {
                unit: PercentUnit::Points,
                den: 100,
                next: e,
            });
        }
        // ISO code after the amount
        if let Some(code) = self.r.iso.get(self.s(k)) {
            return Some(Unit::Cur {
                code,
                den: 1,
                next: k + 1,
                implicit: false,
            });
        }
        // currency phrases
        let first = if self.is_word(k) {
            self.compound_first(k)
        } else {
            None
        };
        let (first_end, first_lc) = first?;
        let phrases = self.r.suffix.get(first_lc.as_str())?;
        // The part after the first word, read once for all the phrases
        // (a bare dollar word has a score of them, one per country that
        // may follow it): lowercased when short ASCII, compared as such.
        let second = self.next_part(first_end);
        let second_lc = second.map_or(Lc::EMPTY, |n| self.lc(n));
        'p: for p in phrases {
            let mut e = first_end;
            for (x, w) in p.words[1..].iter().enumerate() {
                let n = if x == 0 { second } else { self.next_part(e) };
                let Some(n) = n else {
                    continue 'p;
                };
                let same = if x == 0 && !second_lc.as_str().is_empty() {
                    second_lc.as_str().eq_ignore_ascii_case(w)
                } else {
                    self.word_is(n, w)
                };
                if !same {
                    continue 'p;
                }
                e = n + 1;
            }
            match p.guard {
                Guard::None => {}
                Guard::Numeric => {
                    // "won" is also a verb: "the 11 won"
                    let big = a.scaled || !a.is_integer() || a.value(1) >= 1000.0;
                    let rate = self.spaced_word_in(e, &g.rate_words);
                    if a.written || !(big || rate) {
                        continue;
                    }
                }
                Guard::PostAdj => {
                    if self.is_word(e) && self.s(e).starts_with(|c: char| c.is_uppercase()) {
                        continue;
                    }
                }
                Guard::BarePound => {
                    if !a.written || self.spaced_word_in(e, &g.weight_followers) {
                        continue;
                    }
                }
            }
            return Some(Unit::Cur {
                code: p.code,
                den: p.den,
                next: e,
                implicit: p.implicit,
            });
        }
        None
    }

    /// Money with a currency before the amount ("$5-6 billion", "USD34.6 million").
    pub(crate) fn prefixed_money(
        &self,
        code: &'static str,
        pstart: usize,
        j: usize,
        between: bool,
    ) -> Option<Hit> {
        let a1 = self.numeric(j, Prev::AfterPrefix)?;
        let after_from = self.after_from(pstart);
        if let Some(c) = self.connector(a1.next, between, after_from) {
            let mut k = c;
            let mut second_prefixed = false;
            if let Some((code2, _, j2)) = self.prefix_currency(c) {
                if code2 != code {
                    return self.single_prefixed(code, pstart, a1, between);
                }
                k = j2;
                second_prefixed = true;
            }
            let prev = if second_prefixed {
                Prev::AfterPrefix
            } else {
                Prev::RangeSecond
            };
            if let Some(a2) = self.numeric(k, prev) {
                let mut lo = a1;
                let mut ok = true;
                if !a1.scaled && a2.scaled {
                    if a1.raw_le(&a2) {
                        lo = a1.with_scale_of(&a2);
                    }
                } else if a1.scaled && !a2.scaled {
                    ok = false;
                }
                // "$5 to 10 pct" or "$5 to 6 dlrs": the second figure has its own unit
                if !second_prefixed && self.unit(a2.next, &a2).is_some() {
                    ok = false;
                }
                // "rose $50 million to $1.2 billion" is a change, not a range
                if second_prefixed && self.is_to(a1.next) && self.change_before(pstart) {
                    ok = false;
                }
                if ok
                    && self.range_ok(lo.value(1), a2.value(1), a1.next, pstart, between)
                    && self.glued_ok(&[&a1, &a2], a2.next)
                {
                    return Some(Hit {
                        start: pstart,
                        end: a2.next,
                        kind: QuantityKind::Money {
                            value: lo.value(1),
                            currency: code.to_string(),
                            approx: false,
                            max: Some(a2.value(1)),
                            implicit: false,
                        },
                    });
                }
            }
        }
        self.single_prefixed(code, pstart, a1, between)
    }

    pub(crate) fn single_prefixed(
        &self,
        code: &'static str,
        pstart: usize,
        a1: Amt,
        between: bool,
    ) -> Option<Hit> {
        if between || !self.glued_ok(&[&a1], a1.next) {
            return None;
        }
        Some(Hit {
            start: pstart,
            end: a1.next,
            kind: QuantityKind::Money {
                value: a1.value(1),
                currency: code.to_string(),
                approx: false,
                max: None,
                implicit: false,
            },
        })
    }
}
