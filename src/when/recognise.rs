//! Time expressions found in a sentence's words, with byte offsets.

use super::*;

/// A word of a sentence, with where it stands.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) raw: &'a str,
    /// Lowercase, a trailing "'s" dropped.
    pub(crate) w: String,
    /// Ends with "'s" (a possessive: "Monday's meeting").
    pub(crate) possessive: bool,
    /// Holds an ASCII digit ("15", "9am", "Q3"): such a word can always
    /// start a time expression (`TimeWords::can_start`), noted while the
    /// word is scanned rather than scanned again for every try.
    pub(crate) digit: bool,
    /// The text between the previous word and this one.
    pub(crate) gap: &'a str,
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The words of `text[start..end]`: runs of letters and digits with inner
/// apostrophes.
pub(crate) fn tokens(text: &str, start: usize, end: usize) -> Vec<Tok<'_>> {
    tokens_reusing(text, start, end, &mut Vec::new())
}

/// [`tokens`], taking the lowercase words' Strings from `spare` (emptied
/// and refilled) before allocating new ones: the time stage tokenises every
/// timed sentence of every article, and one allocation per word was most of
/// its cost. Give the Strings back with [`give_back`].
pub(crate) fn tokens_reusing<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    spare: &mut Vec<String>,
) -> Vec<Tok<'a>> {
    if text[start..end].is_ascii() {
        return ascii_tokens(text, start, end, spare);
    }
    char_tokens(text, start, end, spare)
}

/// Returns the lowercase words' Strings of `toks` to `spare` for the next
/// [`tokens_reusing`].
pub(crate) fn give_back(toks: Vec<Tok>, spare: &mut Vec<String>) {
    spare.extend(toks.into_iter().map(|t| t.w));
}

/// The ASCII `raw` in lowercase, in a String from `spare` when there is one.
fn ascii_lower(raw: &str, spare: &mut Vec<String>) -> String {
    match spare.pop() {
        Some(mut w) => {
            w.clear();
            w.push_str(raw);
            w.make_ascii_lowercase();
            w
        }
        None => raw.to_ascii_lowercase(),
    }
}

/// [`tokens`] of any text, char by char.
fn char_tokens<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    spare: &mut Vec<String>,
) -> Vec<Tok<'a>> {
    let slice = &text[start..end];
    let mut out = Vec::new();
    let mut prev_end = start;
    let mut it = slice.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut j = i + c.len_utf8();
        while let Some(&(k, d)) = it.peek() {
            if d.is_alphanumeric() {
                j = k + d.len_utf8();
                it.next();
            } else if is_apostrophe(d)
                && slice[k + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            {
                it.next();
                j = k + d.len_utf8();
            } else {
                break;
            }
        }
        let raw = &slice[i..j];
        // One allocation for the usual ASCII word (no curly apostrophe there).
        let mut w = if raw.is_ascii() {
            ascii_lower(raw, spare)
        } else {
            raw.to_lowercase().replace('’', "'")
        };
        let possessive = w.ends_with("'s");
        if possessive {
            w.truncate(w.len() - 2);
        }
        let digit = w.bytes().any(|b| b.is_ascii_digit());
        out.push(Tok {
            digit,
            start: start + i,
            end: start + j,
            raw,
            w,
            possessive,
            gap: &text[prev_end..start + i],
        });
        prev_end = start + j;
    }
    out
}

/// [`tokens`] of an ASCII `text[start..end]` (most sentences), by bytes:
/// an ASCII char is alphanumeric when its byte is, and the only apostrophe
/// is `'`, so the words, their spans and gaps are the same, without
/// decoding chars one by one (this ran over every timed sentence).
fn ascii_tokens<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    spare: &mut Vec<String>,
) -> Vec<Tok<'a>> {
    let b = &text.as_bytes()[..end];
    // About one word per six bytes of news text: no regrowth as a rule.
    let mut out = Vec::with_capacity((end - start) / 5 + 1);
    let mut prev_end = start;
    let mut i = start;
    while i < end {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut digit = b[i].is_ascii_digit();
        while j < end {
            if b[j].is_ascii_alphanumeric() {
                digit |= b[j].is_ascii_digit();
                j += 1;
            } else if b[j] == b'\'' && j + 1 < end && b[j + 1].is_ascii_alphanumeric() {
                digit |= b[j + 1].is_ascii_digit();
                j += 2;
            } else {
                break;
            }
        }
        let raw = &text[i..j];
        let mut w = ascii_lower(raw, spare);
        let possessive = w.ends_with("'s");
        if possessive {
            w.truncate(w.len() - 2);
        }
        out.push(Tok {
            digit,
            start: i,
            end: j,
            raw,
            w,
            possessive,
            gap: &text[prev_end..i],
        });
        prev_end = j;
        i = j;
    }
    out
}

/// What a time expression says, before resolution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// A day of a month, with or without a year.
    Date(Option<u16>, u8, u8),
    /// From one day to another ("June 15-17", "from Aug. 1 to Sept. 30").
    DateSpan(Option<u16>, u8, u8, Option<u16>, u8, u8),
    /// A month (or part of one: "early January"), with or without a year.
    Month(Option<u16>, u8),
    /// A month named relative to the article's: last (-1), next (1), or
    /// this (0, by tense) ("last July", "next November").
    MonthRel(u8, i32),
    /// A month of a year relative to the article's ("October last year").
    MonthInYear(u8, i32),
    /// A clock time or part of a day with no date ("at 9 a.m.", "early in
    /// the morning"): the article's day for a past event.
    Clock,
    /// A year, or part of one ("late 2025").
    Year(u16),
    /// Years from one to another ("1987/88", "2026-2030").
    YearSpan(u16, u16),
    /// From a year (given, or relative to the article's) through another
    /// ("from this year through 2028", "through 2028").
    YearsThrough(Option<u16>, i32, u16),
    /// Last / this / next year, or part of it.
    RelYear(i32),
    /// Last / this / next month, or part of it.
    RelMonth(i32),
    /// Last / this / next week.
    RelWeek(i32),
    /// A weekend: last / next, or by tense.
    Weekend(Option<i32>),
    /// A weekday (0 = Monday): last / next, or by tense.
    Weekday(u8, Option<i32>),
    /// From one weekday to another, the first by tense ("on Monday and
    /// Tuesday").
    WeekdaySpan(u8, u8, Option<i32>),
    /// Days from the article's day (today, yesterday, "two days ago").
    DayOffset(i64),
    /// A season (its first and last months), relative to the article's
    /// (last -1, this 0, next 1) or by tense ("in the summer").
    Season(u8, u8, Option<i32>),
    /// A quarter of a year given, of a relative year, or by tense.
    Quarter(u8, Option<u16>, Option<i32>),
    /// A half of a year given, of a relative year, or by tense.
    Half(u8, Option<u16>, Option<i32>),
    /// The point a length of time after the article's day ("in 21 days").
    After(u32, Unit),
    /// The article's day to a length of time after it ("within 45 days").
    Within(u32, Unit),
    /// A length of time starting a year given, or the article's day
    /// forward (+1) or back (-1) ("over four years", "over the past year").
    Over(u32, Unit, Option<u16>, i32),
}

/// A time expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// Byte offset of its first word.
    pub start: usize,
    /// Byte offset one past its last word.
    pub end: usize,
    /// What it says.
    pub kind: Kind,
    pub(crate) first: usize,
    pub(crate) last: usize,
}

/// Direction of an event in time relative to the article's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Has happened (or is happening).
    Past,
    /// Will happen.
    Future,
}

pub(crate) fn num_tok(t: &Tok) -> Option<u32> {
    if t.w.len() <= 9 && !t.w.is_empty() && t.w.bytes().all(|b| b.is_ascii_digit()) {
        t.w.parse().ok()
    } else {
        None
    }
}

/// A day of the month: "4", "4th", "21st".
pub(crate) fn day_tok(t: &Tok) -> Option<u8> {
    let digits: String = t.w.chars().take_while(char::is_ascii_digit).collect();
    let rest = &t.w[digits.len()..];
    if digits.is_empty()
        || digits.len() > 2
        || !(rest.is_empty() || TimeWords::embedded().day_suffixes.iter().any(|s| s == rest))
    {
        return None;
    }
    let d: u8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

pub(crate) fn year_tok(t: &Tok) -> Option<u16> {
    if t.w.len() != 4 {
        return None;
    }
    let y = num_tok(t)?;
    (1900..=2099).contains(&y).then_some(y as u16)
}

pub(crate) fn gap_is(g: &str, allowed: &[char]) -> bool {
    g.chars().all(|c| c.is_whitespace() || allowed.contains(&c))
}

pub(crate) struct Recogniser<'w, 'a> {
    pub(crate) w: &'w TimeWords,
    pub(crate) t: &'a [Tok<'a>],
}

impl Recogniser<'_, '_> {
    pub(crate) fn word(&self, i: usize) -> Option<&str> {
        self.t.get(i).map(|t| t.w.as_str())
    }

    pub(crate) fn is_in(&self, i: usize, list: &[String]) -> bool {
        self.word(i).is_some_and(|w| list.iter().any(|x| x == w))
    }

    /// The calendar period a word at `i` names ("week", "quarter").
    pub(crate) fn period(&self, i: usize) -> Option<Period> {
        self.w.periods.get(self.word(i)?).copied()
    }

    pub(crate) fn is_period(&self, i: usize, p: Period) -> bool {
        self.period(i) == Some(p)
    }

    /// A month word at `i`: with `strict`, "May"/"March"-like words need a
    /// capital and a month name needs a capital or the whole word in capitals.
    pub(crate) fn month(&self, i: usize) -> Option<u8> {
        let t = self.t.get(i)?;
        let m = *self.w.months.get(&t.w)?;
        let first = t.raw.chars().next()?;
        if !first.is_uppercase() {
            return None;
        }
        Some(m)
    }

    /// A month word that may stand alone: a capital, and a preposition or
    /// part word before it (or a year after it).
    pub(crate) fn lone_month_ok(&self, i: usize) -> bool {
        let before = |list: &[String]| {
            i > 0
                && self
                    .word(i - 1)
                    .is_some_and(|p| list.iter().any(|m| m == p))
        };
        // "the July deal", "his April tariff blitz": a determiner before, a
        // lowercase noun after.
        let noun_after = self
            .t
            .get(i + 1)
            .is_some_and(|t| t.raw.starts_with(|c: char| c.is_lowercase()) && gap_is(t.gap, &[]));
        before(&self.w.month_preps) || (before(&self.w.month_determiners) && noun_after)
    }

    pub(crate) fn count(&self, i: usize) -> Option<u32> {
        let t = self.t.get(i)?;
        if let Some(n) = num_tok(t) {
            return (n <= 10_000).then_some(n);
        }
        self.w.numbers.get(&t.w).copied()
    }

    pub(crate) fn unit(&self, i: usize) -> Option<Unit> {
        self.w.units.get(self.word(i)?).copied()
    }

    pub(crate) fn rel(&self, i: usize) -> Option<i32> {
        self.w.relative.get(self.word(i)?).copied()
    }

    /// "year 2026", "next year", "this year", "the year" after a quarter
    /// or part: (year given, relative year, tokens used).
    pub(crate) fn year_ref(&self, i: usize) -> Option<(Option<u16>, Option<i32>, usize)> {
        if let Some(y) = self.t.get(i).and_then(year_tok) {
            return Some((Some(y), None, 1));
        }
        if let Some(r) = self.rel(i)
            && self.is_period(i + 1, Period::Year)
        {
            return Some((None, Some(r), 2));
        }
        if self.is_in(i, &self.w.fiscal_words)
            && let Some(y) = self.t.get(i + 1).and_then(year_tok)
        {
            return Some((Some(y), None, 2));
        }
        None
    }

    /// "15", "15th", "June 15" after a range word: (month if given, day, tokens).
    pub(crate) fn range_end(&self, i: usize) -> Option<(Option<u8>, u8, usize)> {
        if let Some(m) = self.month(i)
            && let Some(d) = self.t.get(i + 1).and_then(day_tok)
        {
            return Some((Some(m), d, 2));
        }
        let d = self.t.get(i).and_then(day_tok)?;
        // "15 June" in British copy.
        if let Some(m) = self.month(i + 1) {
            return Some((Some(m), d, 2));
        }
        Some((None, d, 1))
    }

    /// ", 2025" or " 2025" after a day.
    pub(crate) fn trailing_year(&self, i: usize) -> Option<u16> {
        let t = self.t.get(i)?;
        if !gap_is(t.gap, &[',']) {
            return None;
        }
        year_tok(t)
    }

    /// The expression starting at word `i`, if any: (kind, words used).
    pub(crate) fn at(&self, i: usize) -> Option<(Kind, usize)> {
        let t = &self.t[i];
        if !self.w.can_start(t) {
            return None;
        }
        let w = t.w.as_str();
        if let Some(n) = self.clock_at(i) {
            return Some((Kind::Clock, n));
        }
        // "within 45 days", "in 21 days", "over four years", "over the next
        // two years", "over the past year".
        if let Some(&length) = self.w.lengths.get(w) {
            let mut j = i + 1;
            let mut dir = 1;
            // ("within the next two weeks", as "over the next two years".)
            if matches!(length, Length::Over | Length::Within) && self.is_in(j, &self.w.articles) {
                j += 1;
                if let Some(r) = self.rel(j) {
                    dir = if r < 0 { -1 } else { 1 };
                    j += 1;
                }
            }
            // "the first talks in six years", "the highest in a decade": not a time.
            // "the third mega-award under the CHIPS Act in a month".
            let superlative = (i.saturating_sub(10)..i).any(|k| {
                let x = self.t[k].w.as_str();
                self.w.ordinals.contains_key(x)
                    || (k + 4 >= i
                        && x.len() > 4
                        && x.ends_with(self.w.superlative_suffix.as_str()))
            });
            if length == Length::After && superlative {
                return None;
            }
            // "a four-year period", "a year".
            if let (Some(n), Some(u)) = (self.count(j), self.unit(j + 1)) {
                let mut used = j + 2 - i;
                if self.is_in(j + 2, &self.w.time_nouns) {
                    used += 1;
                }
                let kind = match length {
                    Length::Within => Kind::Within(n, u),
                    Length::After => Kind::After(n, u),
                    Length::Over => Kind::Over(n, u, self.over_start(j + 2), dir),
                };
                return Some((kind, used));
            }
            if length == Length::Over
                && self.is_in(j, &self.w.indefinite)
                && let (Some(n), Some(u)) = (self.count(j + 1), self.unit(j + 2))
                && self.is_in(j + 3, &self.w.period_nouns)
            {
                return Some((Kind::Over(n, u, self.over_start(j + 4), dir), j + 4 - i));
            }
            // "over the next decade", "over a decade": ten years.
            if length == Length::Over
                && (j > i + 1 || self.is_in(j, &self.w.indefinite))
                && let Some(k) = [j, j + 1]
                    .into_iter()
                    .find(|&k| self.is_in(k, &self.w.decade_words))
                && (k == j || self.is_in(j, &self.w.indefinite))
            {
                return Some((Kind::Over(10, Unit::Year, None, dir), k + 1 - i));
            }
            if length == Length::Over && dir == -1 && self.unit(j) == Some(Unit::Year) {
                return Some((Kind::Over(1, Unit::Year, None, -1), j + 1 - i));
            }
        }
        // "two weeks ago".
        if let (Some(n), Some(u)) = (self.count(i), self.unit(i + 1))
            && self.is_in(i + 2, &self.w.ago_words)
        {
            let days = match u {
                Unit::Day => i64::from(n),
                Unit::Week => 7 * i64::from(n),
                _ => return None,
            };
            return Some((Kind::DayOffset(-days), 3));
        }
        // today, yesterday, tomorrow ("yesterday morning").
        if let Some(&d) = self.w.days.get(w)
            && !t.possessive
        {
            let more = usize::from(
                self.word(i + 1)
                    .is_some_and(|p| self.w.day_parts.iter().any(|x| x == p)),
            );
            return Some((Kind::DayOffset(d), 1 + more));
        }
        if let Some(&d) = self.w.days.get(w) {
            return Some((Kind::DayOffset(d), 1));
        }
        // Parts: "early January", "mid-July", "the end of June", "late 2025",
        // "early next year", "end of this month", "late Tuesday": the month,
        // year or day they are part of.
        if self.w.parts.iter().any(|p| p == w) {
            let mut j = i + 1;
            if self.is_in(j, &self.w.of_words) {
                j += 1;
                if self.is_in(j, &self.w.articles) {
                    j += 1;
                }
            }
            if let Some(m) = self.month(j) {
                // "beginning Oct. 1": a word of effect before a whole date,
                // not a part of its month; the date is read on its own.
                if j == i + 1
                    && self.t.get(j + 1).and_then(day_tok).is_some()
                    && gap_is(self.t[j + 1].gap, &['.'])
                {
                    return None;
                }
                if let Some(y) = self.trailing_year(j + 1) {
                    return Some((Kind::Month(Some(y), m), j + 2 - i));
                }
                return Some((Kind::Month(None, m), j + 1 - i));
            }
            if let Some(y) = self.t.get(j).and_then(year_tok) {
                return Some((Kind::Year(y), j + 1 - i));
            }
            if let Some(r) = self.rel(j) {
                if self.is_period(j + 1, Period::Year) {
                    return Some((Kind::RelYear(r), j + 2 - i));
                }
                if self.is_period(j + 1, Period::Month) {
                    return Some((Kind::RelMonth(r), j + 2 - i));
                }
                if self.is_period(j + 1, Period::Week) {
                    return Some((Kind::RelWeek(r), j + 2 - i));
                }
            }
            if j == i + 1
                && let Some(&d) = self.w.weekdays.get(self.word(j).unwrap_or(""))
                && self.t[j].raw.chars().next().is_some_and(char::is_uppercase)
            {
                return Some((Kind::Weekday(d, None), 2));
            }
            // "the end of the year", "end of the month" ("the" skipped above).
            let k = if self.is_in(j, &self.w.articles) {
                j + 1
            } else {
                j
            };
            if k > i + 1 && self.is_period(k, Period::Year) {
                return Some((Kind::RelYear(0), k + 1 - i));
            }
            if k > i + 1 && self.is_period(k, Period::Month) {
                return Some((Kind::RelMonth(0), k + 1 - i));
            }
        }
        // "earlier in the week", "later in the year": the current one.
        if self.w.in_the_parts.iter().any(|x| x == w)
            && self.is_in(i + 1, &self.w.in_words)
            && self.is_in(i + 2, &self.w.articles)
        {
            let kind = match self.period(i + 3) {
                Some(Period::Week) => Some(Kind::RelWeek(0)),
                Some(Period::Month) => Some(Kind::RelMonth(0)),
                Some(Period::Year) => Some(Kind::RelYear(0)),
                _ => None,
            };
            if let Some(k) = kind {
                return Some((k, 4));
            }
        }
        // "earlier this week", "later this year".
        if self.w.relative_parts.iter().any(|x| x == w)
            && self.rel(i + 1) == Some(0)
            && let Some((k, n)) = self.relative_at(i + 1)
        {
            return Some((k, n + 1));
        }
        if let Some(found) = self.relative_at(i) {
            return Some(found);
        }
        // Quarters and halves: "the third quarter (of 2025 | of next year)",
        // "Q3 2025", "H1", "first-half".
        if let Some(&n) = self.w.ordinals.get(w) {
            let which = self.period(i + 1);
            if matches!(which, Some(Period::Quarter) | Some(Period::Half)) {
                let mut j = i + 2;
                if self.is_in(j, &self.w.quarter_preps) {
                    j += 1;
                }
                let (y, r, used) = self.year_ref(j).unwrap_or((None, None, 0));
                let end = if used > 0 { j + used } else { i + 2 };
                let kind = if which == Some(Period::Quarter) {
                    Kind::Quarter(n, y, r)
                } else if n <= 2 {
                    Kind::Half(n, y, r)
                } else {
                    return None;
                };
                return Some((kind, end - i));
            }
        }
        if t.raw.len() == 2 && (t.raw.starts_with('Q') || t.raw.starts_with('H')) {
            let n = t.raw.as_bytes()[1].wrapping_sub(b'0');
            let y = self.t.get(i + 1).and_then(year_tok);
            let used = 1 + usize::from(y.is_some());
            if t.raw.starts_with('Q') && (1..=4).contains(&n) {
                return Some((Kind::Quarter(n, y, None), used));
            }
            if t.raw.starts_with('H') && (1..=2).contains(&n) && y.is_some() {
                return Some((Kind::Half(n, y, None), used));
            }
        }
        // A bare season after "the" or "in" ("over the summer"), in lower
        // case (not "the IMF's Spring meetings").
        if let Some(&(a, b)) = self.w.seasons.get(w)
            && t.raw.starts_with(char::is_lowercase)
            && i > 0
            && self.is_in(i - 1, &self.w.season_preps)
        {
            return Some((Kind::Season(a, b, None), 1));
        }
        // Weekdays: "Tuesday", "Tuesday morning".
        if let Some(&d) = self.w.weekdays.get(w)
            && t.raw.chars().next().is_some_and(char::is_uppercase)
        {
            let more = usize::from(
                !t.possessive
                    && self
                        .word(i + 1)
                        .is_some_and(|p| self.w.day_parts.iter().any(|x| x == p)),
            );
            // "on Monday and Tuesday".
            if more == 0
                && !t.possessive
                && self.is_in(i + 1, &self.w.range_words)
                && let Some(&d2) = self.w.weekdays.get(self.word(i + 2).unwrap_or(""))
                && self.t[i + 2].raw.starts_with(char::is_uppercase)
                && d2 != d
            {
                return Some((Kind::WeekdaySpan(d, d2, None), 3));
            }
            return Some((Kind::Weekday(d, None), 1 + more));
        }
        // "(the) weekend".
        if self.is_period(i, Period::Weekend) && i > 0 && self.is_in(i - 1, &self.w.articles) {
            return Some((Kind::Weekend(None), 1));
        }
        // Dates led by a month: "Sept. 4", "September 4th, 2025", "June
        // 15-17", "June 15 to July 2", "September 2025", "in July".
        if let Some(m) = self.month(i) {
            if let Some(d) = self.t.get(i + 1).and_then(day_tok)
                && gap_is(self.t[i + 1].gap, &['.'])
            {
                let mut j = i + 2;
                let y = self.trailing_year(j);
                if y.is_some() {
                    j += 1;
                }
                if let Some(found) = self.span_from(j, y, m, d) {
                    return Some(found.shift(i));
                }
                return Some((Kind::Date(y, m, d), j - i));
            }
            if let Some(y) = self.trailing_year(i + 1) {
                return Some((Kind::Month(Some(y), m), 2));
            }
            // "in October last year".
            if let Some(r) = self.rel(i + 1)
                && self.is_period(i + 2, Period::Year)
                && gap_is(self.t[i + 1].gap, &[])
            {
                return Some((Kind::MonthInYear(m, r), 3));
            }
            if self.lone_month_ok(i) {
                return Some((Kind::Month(None, m), 1));
            }
            return None;
        }
        // Dates led by the day: "4 September", "4th of September 2025",
        // "15-17 June".
        if let Some(d) = day_tok(t) {
            let mut j = i + 1;
            // "15-17 June", "15 to 17 June".
            if let Some(d2) = self.t.get(j).and_then(day_tok)
                && gap_is(self.t[j].gap, &['-', '–'])
                && !self.t[j].gap.trim().is_empty()
                && let Some(m) = self.month(j + 1)
            {
                let y = self.trailing_year(j + 2);
                let used = j + 2 + usize::from(y.is_some()) - i;
                return Some((Kind::DateSpan(y, m, d, y, m, d2), used));
            }
            if self.is_in(j, &self.w.of_words) {
                j += 1;
            }
            if let Some(m) = self.month(j)
                && gap_is(self.t[j].gap, &[])
            {
                let y = self.t.get(j + 1).and_then(year_tok);
                let end = j + 1 + usize::from(y.is_some());
                // "1 to 5 September" is rare; "1 August to 5 September":
                if let Some(found) = self.span_from(end, y, m, d) {
                    return Some(found.shift(i));
                }
                return Some((Kind::Date(y, m, d), end - i));
            }
        }
        // Numeric dates: "09/04" (US: month first), "9/4/2025", ISO
        // "2025-09-04", years "1987/88", "2025-26".
        if let Some(a) = num_tok(t) {
            let b = self.t.get(i + 1);
            let sep = b.map(|b| b.gap.trim()).unwrap_or("");
            // "2026–27": years joined by an en dash too.
            let dash = sep == "-" || (sep == "–" && year_tok(t).is_some());
            if let Some(b) = b
                && let Some(bn) = num_tok(b)
                && (sep == "/" || dash)
            {
                let c = self.t.get(i + 2).filter(|c| c.gap.trim() == sep);
                if t.w.len() == 4
                    && let Some(c) = c
                    && let (Some(m), Some(d)) = (u8::try_from(bn).ok(), day_tok(c))
                    && b.w.len() == 2
                    && let Some(y) = year_tok(t)
                    && Day::new(y, m, d).is_some()
                {
                    return Some((Kind::Date(Some(y), m, d), 3));
                }
                if let Some(y) = year_tok(t) {
                    let second = match b.w.len() {
                        2 => Some(y / 100 * 100 + bn as u16),
                        4 => u16::try_from(bn).ok(),
                        _ => None,
                    };
                    return match second {
                        Some(z) if z == y + 1 => Some((Kind::YearSpan(y, z), 2)),
                        // "2026-30": a range of years written short.
                        Some(z) if dash && z > y && z <= y + 30 => Some((Kind::YearSpan(y, z), 2)),
                        Some(z) if b.w.len() == 4 && z > y && z <= y + 30 => {
                            Some((Kind::YearSpan(y, z), 2))
                        }
                        _ => None,
                    };
                }
                if sep == "/" && t.w.len() <= 2 && b.w.len() <= 2 {
                    let (m, d) = (a, bn);
                    let year = c.and_then(year_tok);
                    let valid = (1..=12).contains(&m) && (1..=31).contains(&d);
                    if valid && (year.is_some() || (t.w.len() == 2 && b.w.len() == 2)) {
                        let used = 2 + usize::from(year.is_some());
                        return Some((Kind::Date(year, m as u8, d as u8), used));
                    }
                }
            }
            // Years after a preposition: "in 2026", "by 2028", "fiscal 1988".
            if let Some(y) = year_tok(t)
                && i > 0
                && self
                    .word(i - 1)
                    .is_some_and(|p| self.w.month_preps.iter().any(|m| m == p))
                && gap_is(t.gap, &[])
            {
                return Some(self.years_through(i, y));
            }
            // A year before a noun after a determiner or possessive ("the
            // Commission's 2023 inspection", "a 2019 meeting").
            if let Some(y) = year_tok(t)
                && i > 0
                && gap_is(t.gap, &[])
                && (self.t[i - 1].possessive || self.is_in(i - 1, &self.w.year_determiners))
                && self.t.get(i + 1).is_some_and(|n| {
                    gap_is(n.gap, &[]) && n.raw.starts_with(|c: char| c.is_lowercase())
                })
            {
                return Some((Kind::Year(y), 1));
            }
        }
        None
    }

    /// A clock time or part of a day at word `i`: "9 a.m.", "8:50 pm",
    /// "9am", "noon", "early in the morning" (words used).
    pub(crate) fn clock_at(&self, i: usize) -> Option<usize> {
        let (firsts, apostrophe) = &self.w.clock_firsts;
        if let Some(p) = self
            .t
            .get(i)
            .filter(|t| *apostrophe || firsts.contains(&t.w))
            .and_then(|_| {
                self.w
                    .clock_phrases
                    .iter()
                    .find(|p| phrase_at(self.t, i, p))
            })
        {
            return Some(p.len());
        }
        let t = self.t.get(i)?;
        if self.w.clock_words.contains(&t.w) && t.raw.starts_with(|c: char| c.is_lowercase()) {
            return Some(1);
        }
        let hour = |t: &Tok| num_tok(t).filter(|h| (1..=12).contains(h) && t.w.len() <= 2);
        // "9am": the hour and its letters in one word.
        let digits = t.w.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&digits)
            && self.w.meridiem.iter().any(|m| *m == t.w[digits..])
            && t.w[..digits]
                .parse::<u8>()
                .is_ok_and(|h| (1..=12).contains(&h))
        {
            return Some(1);
        }
        hour(t)?;
        let mut j = i + 1;
        // "8:50".
        if let Some(m) = self.t.get(j)
            && m.gap == ":"
            && m.w.len() == 2
            && num_tok(m).is_some_and(|m| m < 60)
        {
            j += 1;
        }
        // "a.m.", "am", "a m": the meridiem letters over one or two words.
        let one = self.t.get(j).map(|t| t.w.clone());
        let two = self
            .t
            .get(j + 1)
            .filter(|t| gap_is(t.gap, &['.']))
            .and_then(|b| one.as_ref().map(|a| format!("{a}{}", b.w)));
        if one
            .as_ref()
            .is_some_and(|a| a.len() == 2 && self.w.meridiem.contains(a))
        {
            return Some(j + 1 - i);
        }
        if two.is_some_and(|a| self.w.meridiem.contains(&a)) {
            return Some(j + 2 - i);
        }
        None
    }

    /// A range after a first date ending at word `j`: "-17", " to 17",
    /// " through July 2", " and 17" (after "between").
    pub(crate) fn span_from(
        &self,
        j: usize,
        y: Option<u16>,
        m: u8,
        d: u8,
    ) -> Option<RelativeFound> {
        let t = self.t.get(j)?;
        let k = if gap_is(t.gap, &['-', '–']) && !t.gap.trim().is_empty() {
            j
        } else if self.w.range_words.contains(&t.w) {
            j + 1
        } else {
            return None;
        };
        let (m2, d2, used) = self.range_end(k)?;
        let mut end = k + used;
        let y2 = self.trailing_year(end);
        if y2.is_some() {
            end += 1;
        }
        let m2 = m2.unwrap_or(m);
        let (y1, y2) = match (y, y2) {
            (None, Some(b)) => (Some(b), Some(b)),
            (a, None) => (a, a),
            (a, b) => (a, b),
        };
        if (m2, d2) <= (m, d) && y1 == y2 {
            return None;
        }
        Some(RelativeFound(Kind::DateSpan(y1, m, d, y2, m2, d2), end))
    }

    /// A year after a preposition at word `i`, or a range of years: "through
    /// 2028" (from the article's year), "from 2026 to 2030".
    pub(crate) fn years_through(&self, i: usize, y: u16) -> (Kind, usize) {
        if self.is_in(i - 1, &self.w.through_words) {
            return (Kind::YearsThrough(None, 0, y), 1);
        }
        // "between 2025 and 2028" (a range word after a span lead), "for
        // 2026 and 2027" (two years in a row: both of them).
        let lead = self.is_in(i - 1, &self.w.span_leads);
        let joined = self.is_in(i + 1, &self.w.range_words);
        if let Some(z) = self.t.get(i + 2).and_then(year_tok)
            && z > y
            && (self.is_in(i + 1, &self.w.year_range_words) || (joined && (lead || z == y + 1)))
        {
            return (Kind::YearsThrough(Some(y), 0, z), 3);
        }
        (Kind::Year(y), 1)
    }

    /// The start year of "over four years starting in 2026" / "from 2026".
    pub(crate) fn over_start(&self, j: usize) -> Option<u16> {
        let mut k = j;
        if self
            .word(k)
            .is_some_and(|x| self.w.start_words.iter().any(|r| r == x))
        {
            k += 1;
        }
        if self
            .word(k)
            .is_some_and(|x| self.w.start_preps.iter().any(|r| r == x))
        {
            k += 1;
        }
        (k > j).then(|| self.t.get(k).and_then(year_tok)).flatten()
    }

    /// "last week", "this month", "next year", "the coming week", "last
    /// Tuesday", "this weekend", "this morning", "this quarter", "next
    /// year's".
    pub(crate) fn relative_at(&self, i: usize) -> Option<(Kind, usize)> {
        let r = self.rel(i)?;
        let w = self.word(i + 1)?;
        // "this summer", "last autumn"; not "next summer's tournament", a
        // season on another noun.
        if let Some(&(a, b)) = self.w.seasons.get(w)
            && !self.t[i + 1].possessive
        {
            return Some((Kind::Season(a, b, Some(r)), 2));
        }
        let kind = match self.w.periods.get(w).copied() {
            Some(Period::Week) => Kind::RelWeek(r),
            Some(Period::Month) => Kind::RelMonth(r),
            Some(Period::Year) if r == 0 && self.is_in(i + 2, &self.w.through_words) => {
                let y = self.t.get(i + 3).and_then(year_tok)?;
                return Some((Kind::YearsThrough(None, 0, y), 4));
            }
            Some(Period::Year) => Kind::RelYear(r),
            // "this weekend" is this week's (Monday to Sunday), whatever the
            // tense of a story filed before it ("before hosting a meeting in
            // Belgium this weekend"); see resolve.rs for early-week past.
            Some(Period::Weekend) => Kind::Weekend(Some(r)),
            Some(Period::Quarter) => Kind::Quarter(0, None, Some(r)),
            _ if r == 0 && self.w.day_parts.iter().any(|p| p == w) => Kind::DayOffset(0),
            _ if self.month(i + 1).is_some() => Kind::MonthRel(self.month(i + 1)?, r),
            _ => {
                let d = *self.w.weekdays.get(w)?;
                let r = if r == 0 { None } else { Some(r) };
                // "next Monday and Tuesday": both days of that week.
                if self.is_in(i + 2, &self.w.range_words)
                    && let Some(&d2) = self.w.weekdays.get(self.word(i + 3).unwrap_or(""))
                    && self.t[i + 3].raw.starts_with(char::is_uppercase)
                    && d2 != d
                    && r.is_some()
                {
                    return Some((Kind::WeekdaySpan(d, d2, r), 4));
                }
                Kind::Weekday(d, r)
            }
        };
        // "past" and "coming" need "the" before them ("the past week").
        if self
            .word(i)
            .is_some_and(|x| self.w.relative_need_article.iter().any(|r| r == x))
            && (i == 0 || !self.is_in(i - 1, &self.w.articles))
        {
            return None;
        }
        Some((kind, 2))
    }
}

/// A span found from an inner position: (kind, end word index, exclusive).
pub(crate) struct RelativeFound(Kind, usize);

impl RelativeFound {
    pub(crate) fn shift(self, i: usize) -> (Kind, usize) {
        (self.0, self.1 - i)
    }
}

/// Every time expression in `text[start..end]`, left to right, not
/// overlapping.
pub fn recognise(words: &TimeWords, text: &str, start: usize, end: usize) -> Vec<Expr> {
    let toks = tokens(text, start, end);
    recognise_tokens(words, &toks)
}

pub(crate) fn recognise_tokens(words: &TimeWords, toks: &[Tok]) -> Vec<Expr> {
    let r = Recogniser { w: words, t: toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match r.at(i) {
            Some((kind, used)) if used > 0 => {
                let mut first = i;
                let last = i + used - 1;
                // Words that belong to the expression's meaning: "by 2028",
                // "from June 15 to 17", "between June 15 and 17".
                if kind == Kind::Clock
                    && let Some(p) = words
                        .clock_lead
                        .iter()
                        .find(|p| first >= p.len() && phrase_at(toks, first - p.len(), p))
                {
                    first -= p.len();
                } else if first > 0 {
                    let p = toks[first - 1].w.as_str();
                    let take = match kind {
                        Kind::DateSpan(..) => words.span_leads.iter().any(|x| x == p),
                        Kind::Weekend(None) => words.articles.iter().any(|x| x == p),
                        _ => words.deadline_words.iter().any(|x| x == p),
                    };
                    if take {
                        first -= 1;
                        if matches!(kind, Kind::Weekend(None))
                            && first > 0
                            && words.weekend_preps.contains(&toks[first - 1].w)
                        {
                            first -= 1;
                        }
                    }
                }
                out.push(Expr {
                    start: toks[first].start,
                    end: toks[last].end,
                    kind,
                    first,
                    last,
                });
                i = last + 1;
            }
            _ => i += 1,
        }
    }
    // A clock time next to a date or weekday leaves the time to it ("at
    // 12:01 a.m. on Wednesday, June 4", "after 12:01 a.m. Thursday").
    let dated: Vec<(usize, usize)> = out
        .iter()
        .filter(|x| x.kind != Kind::Clock)
        .map(|x| (x.first, x.last))
        .collect();
    out.retain(|x| {
        x.kind != Kind::Clock
            || !dated
                .iter()
                .any(|&(f, l)| f <= x.last + 4 && x.first <= l + 4)
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte scan of an ASCII span gives the words, spans, lowercase
    /// forms, possessives and gaps of the char scan: on every line of the
    /// repository's articles and on edge cases (apostrophes at either end
    /// and doubled, a span not starting at 0, digits and underscores).
    #[test]
    fn ascii_tokens_are_the_char_scan_s() {
        type Key<'a> = (usize, usize, &'a str, String, bool, bool, &'a str);
        fn key<'a>(t: &Tok<'a>) -> Key<'a> {
            (
                t.start,
                t.end,
                t.raw,
                t.w.clone(),
                t.possessive,
                t.digit,
                t.gap,
            )
        }
        let mut texts: Vec<String> = vec![
            "'Tis the U.S.'s 1987/88 plan: Japan's and Britain's talks ''on'' x'".into(),
            "don't stop__now ends' 'starts O'Neill's 3'4 a''b x'9 rock'n'roll".into(),
        ];
        for t in crate::phrases_dfa::repository_texts() {
            texts.extend(t.lines().filter(|l| l.is_ascii()).map(str::to_string));
        }
        let mut words = 0;
        // Strings left by earlier lines, longer and shorter than the words
        // that take them: reused, they give what new ones would.
        let mut spare = vec!["LEFT OVER FROM A LONG WORD".to_string(), String::new()];
        for t in &texts {
            for (s, e) in [(0, t.len()), (t.len().min(3), t.len()), (0, t.len() / 2)] {
                let want: Vec<_> = char_tokens(t, s, e, &mut Vec::new())
                    .iter()
                    .map(key)
                    .collect();
                let toks = ascii_tokens(t, s, e, &mut spare);
                let got: Vec<_> = toks.iter().map(key).collect();
                give_back(toks, &mut spare);
                assert_eq!(got, want, "{t:?} {s}..{e}");
                let toks = char_tokens(t, s, e, &mut spare);
                let reused: Vec<_> = toks.iter().map(key).collect();
                give_back(toks, &mut spare);
                assert_eq!(reused, want, "{t:?} {s}..{e} (reused)");
                words += got.len();
            }
        }
        assert!(words > 10_000, "{words} words compared");
    }
}
