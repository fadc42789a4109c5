//! Event times: every event's own `when`, the time it happens or takes
//! effect (not when it was reported), normalised against the article's day.
//!
//! A stage of its own, run once per article after extraction
//! ([`annotate`]): it needs only the article text, each event's sentence,
//! trigger and modality, and the article's day.
//!
//! 1. **Recognition** ([`recognise`]): the time expressions of a sentence,
//!    with byte offsets: explicit dates in the styles news uses ("Sept. 4",
//!    "4 September 2025", "09/04" in US copy, "1987/88"), weekdays, today /
//!    yesterday / tomorrow, last / this / next week, month, year, weekend,
//!    months ("in July", "early January"), quarters and halves, "by 2028",
//!    "within 45 days", "in 21 days", "two weeks ago", "over four years",
//!    ranges ("from June 15 to 17"). The words are data
//!    (`data/time/*.toml`, [`TimeWords`]).
//! 2. **Attachment**: a time belongs to the event whose clause holds it.
//!    Clauses end at semicolons and at a comma before a clause opener
//!    ("which", "but" ...; a relative clause closed by a comma hands back to
//!    the clause it interrupts); a subordinator ("after", "when" ...) opens
//!    a clause up to the next comma, unless a time follows it at once
//!    ("before Jan. 19"). Not the event's time: a time right after a speech
//!    verb ("said on Monday", "told reporters on Tuesday"), right before one
//!    ("on Monday said"), or before one that precedes the trigger; a time
//!    after "since", "until", "ending" ...; a dateline ("WASHINGTON, Sept. 4
//!    -"); a time governed by another verb ("the package agreed in July").
//!    "Announced" reports only for types that are not made by announcing
//!    them (a pledge is). Of the times left in the trigger's clause the
//!    nearest wins; failing one, a "which" clause on the trigger, then a
//!    clause of the same moment ("as", "while", "when", "after": "..., as
//!    Modi held talks" takes the main clause's day, "two days after"
//!    shifted); none → null (never the article's date by default).
//! 3. **Resolution** ([`Expr::resolve`]) against the article's day, in the
//!    direction of the event's tense: a trigger that is a past verb decides;
//!    else the tense word nearest the time (future: "will", "takes effect"
//!    ...; past: "was", "met", "-ed" verbs), in its comma stretch, its
//!    clause, then the sentence; else future for planned, requested and
//!    hypothetical events, past otherwise ("by March" is always ahead).
//!    "On Tuesday" is then the most recent Tuesday (past) or the next one
//!    (future), the article's own day when it is a Tuesday; "in July" the
//!    nearest July in that direction. A day without a year ("Sept. 4") is
//!    its occurrence nearest the article's day when within 120 days (a
//!    wrong tense is likelier than a date a year off), else by tense.
//!
//! Values are ISO 8601: a day `2025-09-04`, a month `2025-09`, a year `2025`,
//! or an interval `2025-06-15/2025-06-17` (weeks Monday to Sunday, weekends
//! Saturday to Sunday, quarters and halves as months, "over three years" in
//! 2025 as `2025/2028`). Parts ("early January", "late 2025", "the end of
//! the year") are the month or year they are part of, as the team's gold
//! annotates them.

use crate::dates::Day;
use crate::event::{Event, Modality, When};
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

/// The embedded word tables (`data/time/*.toml`), by build.rs.
const DEFAULT_TIME_FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/time_files.rs"));

/// A point in time at the precision the text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Point {
    /// A year, `2025`.
    Year(u16),
    /// A month, `2025-09`.
    Month(u16, u8),
    /// A day, `2025-09-04`.
    Day(Day),
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Point::Year(y) => write!(f, "{y:04}"),
            Point::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Point::Day(d) => write!(f, "{d}"),
        }
    }
}

impl FromStr for Point {
    type Err = String;
    fn from_str(s: &str) -> Result<Point, String> {
        let bad = || format!("{s:?} is not a year, month or day in ISO 8601");
        let num = |t: &str| -> Result<u16, String> {
            if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            t.parse().map_err(|_| bad())
        };
        match s.len() {
            4 => Ok(Point::Year(num(s)?)),
            7 if s.as_bytes()[4] == b'-' => {
                let m = num(&s[5..])?;
                if (1..=12).contains(&m) {
                    Ok(Point::Month(num(&s[..4])?, m as u8))
                } else {
                    Err(bad())
                }
            }
            10 => Day::parse(s).map(Point::Day).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

/// The value of `when`: a point, or an interval between two points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeValue {
    /// One day, month or year.
    At(Point),
    /// From the first point to the second, both included (`a/b`).
    Span(Point, Point),
}

impl TimeValue {
    /// The day, when the value is exactly one day (event keys use it).
    pub fn day(&self) -> Option<Day> {
        match self {
            TimeValue::At(Point::Day(d)) => Some(*d),
            _ => None,
        }
    }
}

impl fmt::Display for TimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeValue::At(p) => write!(f, "{p}"),
            TimeValue::Span(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

impl FromStr for TimeValue {
    type Err = String;
    fn from_str(s: &str) -> Result<TimeValue, String> {
        match s.split_once('/') {
            Some((a, b)) => Ok(TimeValue::Span(a.parse()?, b.parse()?)),
            None => Ok(TimeValue::At(s.parse()?)),
        }
    }
}

impl serde::Serialize for TimeValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for TimeValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<TimeValue, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A length-of-time unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Days.
    Day,
    /// Weeks (seven days).
    Week,
    /// Calendar months.
    Month,
    /// Calendar years.
    Year,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct DayParts {
    #[serde(default)]
    words: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ClauseWords {
    #[serde(default)]
    month_preps: Vec<String>,
    #[serde(default)]
    not_event_time: Vec<String>,
    #[serde(default)]
    openers: Vec<String>,
    #[serde(default)]
    relatives: Vec<String>,
    #[serde(default)]
    event_relatives: Vec<String>,
    #[serde(default)]
    verb_links: Vec<String>,
    #[serde(default)]
    simultaneous: Vec<String>,
    #[serde(default)]
    not_verbs: Vec<String>,
    #[serde(default)]
    announce_types: Vec<String>,
    #[serde(default)]
    timing_participles: Vec<String>,
    #[serde(default)]
    clause_speech_verbs: Vec<String>,
    #[serde(default)]
    pronouns: Vec<String>,
    #[serde(default)]
    month_determiners: Vec<String>,
    #[serde(default)]
    determiners: Vec<String>,
    #[serde(default)]
    subordinators: Vec<String>,
    #[serde(default)]
    speech_verbs: Vec<String>,
    #[serde(default)]
    future: Vec<String>,
    #[serde(default)]
    past: Vec<String>,
}

/// A table's entries with lowercase keys.
fn lower<V>(m: HashMap<String, V>) -> Vec<(String, V)> {
    m.into_iter().map(|(k, v)| (k.to_lowercase(), v)).collect()
}

/// One `data/time/*.toml` file as written.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct TimeFile {
    #[serde(default)]
    days: HashMap<String, i64>,
    #[serde(default)]
    relative: HashMap<String, i32>,
    #[serde(default)]
    day_parts: DayParts,
    #[serde(default)]
    numbers: HashMap<String, u32>,
    #[serde(default)]
    ordinals: HashMap<String, u8>,
    #[serde(default)]
    units: HashMap<String, Unit>,
    #[serde(default)]
    parts: DayParts,
    #[serde(default)]
    clauses: ClauseWords,
    #[serde(default)]
    article_dates: ArticleDates,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ArticleDates {
    #[serde(default)]
    labels: Vec<String>,
}

/// The word tables of the time recogniser, merged from `data/time/*.toml`.
#[derive(Debug, Clone, Default)]
pub struct TimeWords {
    months: HashMap<String, u8>,
    weekdays: HashMap<String, u8>,
    days: HashMap<String, i64>,
    relative: HashMap<String, i32>,
    day_parts: Vec<String>,
    numbers: HashMap<String, u32>,
    ordinals: HashMap<String, u8>,
    units: HashMap<String, Unit>,
    parts: Vec<String>,
    month_preps: Vec<String>,
    not_event_time: Vec<Vec<String>>,
    openers: Vec<String>,
    relatives: Vec<String>,
    event_relatives: Vec<String>,
    verb_links: Vec<String>,
    simultaneous: Vec<String>,
    not_verbs: Vec<String>,
    announce_types: Vec<String>,
    timing_participles: Vec<String>,
    clause_speech_verbs: Vec<String>,
    pronouns: Vec<String>,
    month_determiners: Vec<String>,
    determiners: Vec<String>,
    subordinators: Vec<String>,
    speech_verbs: Vec<String>,
    future: Vec<Vec<String>>,
    past: Vec<Vec<String>>,
    /// Labels before a date line at the top of a text file ("published:"),
    /// lowercase.
    pub date_labels: Vec<String>,
}

fn phrases(list: &[String]) -> Vec<Vec<String>> {
    list.iter()
        .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
        .collect()
}

impl TimeWords {
    /// The embedded tables, parsed once per process.
    pub fn embedded() -> &'static TimeWords {
        static WORDS: OnceLock<TimeWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            TimeWords::parse(DEFAULT_TIME_FILES)
                .unwrap_or_else(|e| panic!("data/time is invalid: {}", e.join("; ")))
        })
    }

    /// Parses and merges word-table files (name, TOML text), reporting every
    /// problem at once.
    pub fn parse(files: &[(&str, &str)]) -> Result<TimeWords, Vec<String>> {
        let mut w = TimeWords::default();
        let mut errors = Vec::new();
        for (name, text) in files {
            let f: TimeFile = match toml::from_str(text) {
                Ok(f) => f,
                Err(e) => {
                    errors.push(format!("{name}: {e}"));
                    continue;
                }
            };
            w.days.extend(lower(f.days));
            w.relative.extend(lower(f.relative));
            w.numbers.extend(lower(f.numbers));
            w.ordinals.extend(lower(f.ordinals));
            w.units.extend(lower(f.units));
            let low = |v: Vec<String>| v.into_iter().map(|s| s.to_lowercase()).collect::<Vec<_>>();
            w.day_parts.extend(low(f.day_parts.words));
            w.parts.extend(low(f.parts.words));
            w.date_labels.extend(low(f.article_dates.labels));
            let c = f.clauses;
            w.month_preps.extend(low(c.month_preps));
            w.not_event_time.extend(phrases(&c.not_event_time));
            w.openers.extend(low(c.openers));
            w.relatives.extend(low(c.relatives));
            w.event_relatives.extend(low(c.event_relatives));
            w.verb_links.extend(low(c.verb_links));
            w.simultaneous.extend(low(c.simultaneous));
            w.not_verbs.extend(low(c.not_verbs));
            w.announce_types.extend(low(c.announce_types));
            w.timing_participles.extend(low(c.timing_participles));
            w.clause_speech_verbs.extend(low(c.clause_speech_verbs));
            w.pronouns.extend(low(c.pronouns));
            w.month_determiners.extend(low(c.month_determiners));
            w.determiners.extend(low(c.determiners));
            w.subordinators.extend(low(c.subordinators));
            w.speech_verbs.extend(low(c.speech_verbs));
            w.future.extend(phrases(&c.future));
            w.past.extend(phrases(&c.past));
        }
        // Month and weekday names: the shared calendar's.
        let calendar = &crate::vocab::get().calendar;
        for (i, m) in calendar.months.iter().enumerate() {
            for n in std::iter::once(&m.name).chain(&m.abbreviations) {
                w.months.insert(n.to_lowercase(), i as u8 + 1);
            }
        }
        for (i, d) in calendar.weekdays.iter().enumerate() {
            // Three-letter abbreviations ("Sun", "Sat", "Wed") are common
            // words: only longer ones stand for a weekday.
            for n in std::iter::once(&d.name).chain(d.abbreviations.iter().filter(|a| a.len() > 3))
            {
                w.weekdays.insert(n.to_lowercase(), i as u8);
            }
        }
        if errors.is_empty() {
            Ok(w)
        } else {
            Err(errors)
        }
    }
}

/// A word of a sentence, with where it stands.
#[derive(Debug, Clone)]
struct Tok<'a> {
    start: usize,
    end: usize,
    raw: &'a str,
    /// Lowercase, a trailing "'s" dropped.
    w: String,
    /// Ends with "'s" (a possessive: "Monday's meeting").
    possessive: bool,
    /// The text between the previous word and this one.
    gap: &'a str,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The words of `text[start..end]`: runs of letters and digits with inner
/// apostrophes.
fn tokens(text: &str, start: usize, end: usize) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let slice = &text[start..end];
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
        let mut w = raw.to_lowercase().replace('’', "'");
        let possessive = w.ends_with("'s");
        if possessive {
            w.truncate(w.len() - 2);
        }
        out.push(Tok {
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
    /// Days from the article's day (today, yesterday, "two days ago").
    DayOffset(i64),
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
    first: usize,
    last: usize,
}

/// Direction of an event in time relative to the article's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Has happened (or is happening).
    Past,
    /// Will happen.
    Future,
}

fn num_tok(t: &Tok) -> Option<u32> {
    if t.w.len() <= 9 && !t.w.is_empty() && t.w.bytes().all(|b| b.is_ascii_digit()) {
        t.w.parse().ok()
    } else {
        None
    }
}

/// A day of the month: "4", "4th", "21st".
fn day_tok(t: &Tok) -> Option<u8> {
    let digits: String = t.w.chars().take_while(char::is_ascii_digit).collect();
    let rest = &t.w[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !["", "st", "nd", "rd", "th"].contains(&rest) {
        return None;
    }
    let d: u8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_tok(t: &Tok) -> Option<u16> {
    if t.w.len() != 4 {
        return None;
    }
    let y = num_tok(t)?;
    (1900..=2099).contains(&y).then_some(y as u16)
}

fn gap_is(g: &str, allowed: &[char]) -> bool {
    g.chars().all(|c| c.is_whitespace() || allowed.contains(&c))
}

struct Recogniser<'w, 'a> {
    w: &'w TimeWords,
    t: &'a [Tok<'a>],
}

impl Recogniser<'_, '_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.t.get(i).map(|t| t.w.as_str())
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.word(i) == Some(s)
    }

    /// A month word at `i`: with `strict`, "May"/"March"-like words need a
    /// capital and a month name needs a capital or the whole word in capitals.
    fn month(&self, i: usize) -> Option<u8> {
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
    fn lone_month_ok(&self, i: usize) -> bool {
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

    fn count(&self, i: usize) -> Option<u32> {
        let t = self.t.get(i)?;
        if let Some(n) = num_tok(t) {
            return (n <= 10_000).then_some(n);
        }
        self.w.numbers.get(&t.w).copied()
    }

    fn unit(&self, i: usize) -> Option<Unit> {
        self.w.units.get(self.word(i)?).copied()
    }

    fn rel(&self, i: usize) -> Option<i32> {
        self.w.relative.get(self.word(i)?).copied()
    }

    /// "year 2026", "next year", "this year", "the year" after a quarter
    /// or part: (year given, relative year, tokens used).
    fn year_ref(&self, i: usize) -> Option<(Option<u16>, Option<i32>, usize)> {
        if let Some(y) = self.t.get(i).and_then(year_tok) {
            return Some((Some(y), None, 1));
        }
        if let Some(r) = self.rel(i)
            && self.is(i + 1, "year")
        {
            return Some((None, Some(r), 2));
        }
        if self.is(i, "fiscal")
            && let Some(y) = self.t.get(i + 1).and_then(year_tok)
        {
            return Some((Some(y), None, 2));
        }
        None
    }

    /// "15", "15th", "June 15" after a range word: (month if given, day, tokens).
    fn range_end(&self, i: usize) -> Option<(Option<u8>, u8, usize)> {
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
    fn trailing_year(&self, i: usize) -> Option<u16> {
        let t = self.t.get(i)?;
        if !gap_is(t.gap, &[',']) {
            return None;
        }
        year_tok(t)
    }

    /// The expression starting at word `i`, if any: (kind, words used).
    fn at(&self, i: usize) -> Option<(Kind, usize)> {
        let t = &self.t[i];
        let w = t.w.as_str();
        // "within 45 days", "in 21 days", "over four years", "over the next
        // two years", "over the past year".
        if matches!(w, "within" | "in" | "over") {
            let mut j = i + 1;
            let mut dir = 1;
            if w == "over" && self.is(j, "the") {
                j += 1;
                if let Some(r) = self.rel(j) {
                    dir = if r < 0 { -1 } else { 1 };
                    j += 1;
                }
            }
            // "the first talks in six years", "the highest in a decade": not a time.
            let superlative = (i.saturating_sub(4)..i).any(|k| {
                let x = self.t[k].w.as_str();
                self.w.ordinals.contains_key(x) || (x.len() > 4 && x.ends_with("est"))
            });
            if w == "in" && superlative {
                return None;
            }
            // "a four-year period", "a year".
            if let (Some(n), Some(u)) = (self.count(j), self.unit(j + 1)) {
                let mut used = j + 2 - i;
                if self.is(j + 2, "time") {
                    used += 1;
                }
                let kind = match w {
                    "within" => Kind::Within(n, u),
                    "in" => Kind::After(n, u),
                    _ => Kind::Over(n, u, self.over_start(j + 2), dir),
                };
                return Some((kind, used));
            }
            if w == "over"
                && self.is(j, "a")
                && let (Some(n), Some(u)) = (self.count(j + 1), self.unit(j + 2))
                && self.is(j + 3, "period")
            {
                return Some((Kind::Over(n, u, self.over_start(j + 4), dir), j + 4 - i));
            }
            if w == "over" && dir == -1 && self.unit(j) == Some(Unit::Year) {
                return Some((Kind::Over(1, Unit::Year, None, -1), j + 1 - i));
            }
        }
        // "two weeks ago".
        if let (Some(n), Some(u)) = (self.count(i), self.unit(i + 1))
            && self.is(i + 2, "ago")
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
            if self.is(j, "of") {
                j += 1;
                if self.is(j, "the") {
                    j += 1;
                }
            }
            if let Some(m) = self.month(j) {
                if let Some(y) = self.trailing_year(j + 1) {
                    return Some((Kind::Month(Some(y), m), j + 2 - i));
                }
                return Some((Kind::Month(None, m), j + 1 - i));
            }
            if let Some(y) = self.t.get(j).and_then(year_tok) {
                return Some((Kind::Year(y), j + 1 - i));
            }
            if let Some(r) = self.rel(j) {
                if self.is(j + 1, "year") {
                    return Some((Kind::RelYear(r), j + 2 - i));
                }
                if self.is(j + 1, "month") {
                    return Some((Kind::RelMonth(r), j + 2 - i));
                }
                if self.is(j + 1, "week") {
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
            let k = if self.is(j, "the") { j + 1 } else { j };
            if k > i + 1 && self.is(k, "year") {
                return Some((Kind::RelYear(0), k + 1 - i));
            }
            if k > i + 1 && self.is(k, "month") {
                return Some((Kind::RelMonth(0), k + 1 - i));
            }
        }
        // "earlier in the week", "later in the year": the current one.
        if matches!(w, "earlier" | "later" | "early" | "late")
            && self.is(i + 1, "in")
            && self.is(i + 2, "the")
        {
            let kind = match self.word(i + 3) {
                Some("week") => Some(Kind::RelWeek(0)),
                Some("month") => Some(Kind::RelMonth(0)),
                Some("year") => Some(Kind::RelYear(0)),
                _ => None,
            };
            if let Some(k) = kind {
                return Some((k, 4));
            }
        }
        // "earlier this week", "later this year".
        if matches!(w, "earlier" | "later")
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
            let which = self.word(i + 1);
            if matches!(which, Some("quarter") | Some("half")) {
                let mut j = i + 2;
                if matches!(self.word(j), Some("of") | Some("in")) {
                    j += 1;
                }
                let (y, r, used) = self.year_ref(j).unwrap_or((None, None, 0));
                let end = if used > 0 { j + used } else { i + 2 };
                let kind = if which == Some("quarter") {
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
            return Some((Kind::Weekday(d, None), 1 + more));
        }
        // "(the) weekend".
        if w == "weekend" && i > 0 && self.is(i - 1, "the") {
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
            if self.is(j, "of") {
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
            if let Some(b) = b
                && let Some(bn) = num_tok(b)
                && (sep == "/" || sep == "-")
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
        }
        None
    }

    /// A range after a first date ending at word `j`: "-17", " to 17",
    /// " through July 2", " and 17" (after "between").
    fn span_from(&self, j: usize, y: Option<u16>, m: u8, d: u8) -> Option<RelativeFound> {
        let t = self.t.get(j)?;
        let k = if gap_is(t.gap, &['-', '–']) && !t.gap.trim().is_empty() {
            j
        } else if matches!(t.w.as_str(), "to" | "through" | "until" | "till" | "and") {
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
    fn years_through(&self, i: usize, y: u16) -> (Kind, usize) {
        if self.is(i - 1, "through") {
            return (Kind::YearsThrough(None, 0, y), 1);
        }
        if matches!(
            self.word(i + 1),
            Some("through") | Some("to") | Some("until")
        ) && let Some(z) = self.t.get(i + 2).and_then(year_tok)
            && z > y
        {
            return (Kind::YearsThrough(Some(y), 0, z), 3);
        }
        (Kind::Year(y), 1)
    }

    /// The start year of "over four years starting in 2026" / "from 2026".
    fn over_start(&self, j: usize) -> Option<u16> {
        let mut k = j;
        if matches!(self.word(k), Some("starting") | Some("beginning")) {
            k += 1;
        }
        if matches!(self.word(k), Some("from") | Some("in")) {
            k += 1;
        }
        (k > j).then(|| self.t.get(k).and_then(year_tok)).flatten()
    }

    /// "last week", "this month", "next year", "the coming week", "last
    /// Tuesday", "this weekend", "this morning", "this quarter", "next
    /// year's".
    fn relative_at(&self, i: usize) -> Option<(Kind, usize)> {
        let r = self.rel(i)?;
        let w = self.word(i + 1)?;
        let kind = match w {
            "week" => Kind::RelWeek(r),
            "month" => Kind::RelMonth(r),
            "year" if r == 0 && self.is(i + 2, "through") => {
                let y = self.t.get(i + 3).and_then(year_tok)?;
                return Some((Kind::YearsThrough(None, 0, y), 4));
            }
            "year" => Kind::RelYear(r),
            "weekend" => Kind::Weekend(if r == 0 { None } else { Some(r) }),
            "quarter" => Kind::Quarter(0, None, Some(r)),
            _ if r == 0 && self.w.day_parts.iter().any(|p| p == w) => Kind::DayOffset(0),
            _ if self.month(i + 1).is_some() => Kind::MonthRel(self.month(i + 1)?, r),
            _ => {
                let d = *self.w.weekdays.get(w)?;
                Kind::Weekday(d, if r == 0 { None } else { Some(r) })
            }
        };
        // "past" and "coming" need "the" before them ("the past week").
        if matches!(
            self.word(i),
            Some("past") | Some("coming") | Some("previous")
        ) && (i == 0 || !self.is(i - 1, "the"))
        {
            return None;
        }
        Some((kind, 2))
    }
}

/// A span found from an inner position: (kind, end word index, exclusive).
struct RelativeFound(Kind, usize);

impl RelativeFound {
    fn shift(self, i: usize) -> (Kind, usize) {
        (self.0, self.1 - i)
    }
}

/// Every time expression in `text[start..end]`, left to right, not
/// overlapping.
pub fn recognise(words: &TimeWords, text: &str, start: usize, end: usize) -> Vec<Expr> {
    let toks = tokens(text, start, end);
    recognise_tokens(words, &toks)
}

fn recognise_tokens(words: &TimeWords, toks: &[Tok]) -> Vec<Expr> {
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
                if first > 0 {
                    let p = toks[first - 1].w.as_str();
                    let take = match kind {
                        Kind::DateSpan(..) => matches!(p, "from" | "between"),
                        Kind::Weekend(None) => matches!(p, "the"),
                        _ => p == "by",
                    };
                    if take {
                        first -= 1;
                        if matches!(kind, Kind::Weekend(None))
                            && first > 0
                            && matches!(toks[first - 1].w.as_str(), "over" | "at" | "during")
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
    out
}

fn day(y: u16, m: u8, d: u8) -> Option<Day> {
    Day::new(y, m, d)
}

fn add_months(y: u16, m: u8, n: i32) -> (u16, u8) {
    let total = i32::from(y) * 12 + i32::from(m) - 1 + n;
    (
        total.div_euclid(12) as u16,
        (total.rem_euclid(12) + 1) as u8,
    )
}

/// Months `a` to `b` of year `y`.
fn year_months(y: u16, (a, b): (u8, u8)) -> TimeValue {
    TimeValue::Span(Point::Month(y, a), Point::Month(y, b))
}

fn shift(d: Day, n: u32, u: Unit, sign: i64) -> Option<Day> {
    let n = i64::from(n) * sign;
    match u {
        Unit::Day => d.plus_days(n),
        Unit::Week => d.plus_days(7 * n),
        Unit::Month => d.plus_months(n as i32),
        Unit::Year => d.plus_months(12 * n as i32),
    }
}

/// How far from the article's day an explicit day ("Sept. 4") without a
/// year may lie for its nearest occurrence to be taken whatever the tense:
/// news dates days near the article, and a wrong tense is likelier than a
/// day a year off.
const NEAREST_DAYS: i64 = 120;

/// The year of month `m` (day `d`): for a day, its occurrence nearest the
/// article's day when that is within [`NEAREST_DAYS`]; otherwise the nearest
/// in the direction of the tense, the article's own month or day included.
fn year_for(today: Day, m: u8, d: Option<u8>, tense: Tense) -> u16 {
    if let Some(d) = d {
        let nearest = [today.year - 1, today.year, today.year + 1]
            .into_iter()
            .filter_map(|y| {
                Day::new(y, m, d).map(|x| (y, (x.epoch_days() - today.epoch_days()).abs()))
            })
            .min_by_key(|&(_, dist)| dist);
        if let Some((y, dist)) = nearest
            && dist <= NEAREST_DAYS
        {
            return y;
        }
    }
    let here = (m, d.unwrap_or(0));
    let now = (today.month, if d.is_some() { today.day } else { 0 });
    match tense {
        Tense::Past if here > now => today.year - 1,
        Tense::Future if here < now => today.year + 1,
        _ => today.year,
    }
}

impl Expr {
    /// The value of the expression for an event of the given tense in an
    /// article of day `today` (unknown: only expressions with a year resolve).
    pub fn resolve(&self, today: Option<Day>, tense: Tense) -> Option<TimeValue> {
        resolve(self.kind, today, tense)
    }
}

fn resolve(kind: Kind, today: Option<Day>, tense: Tense) -> Option<TimeValue> {
    let need = || today;
    Some(match kind {
        Kind::Date(y, m, d) => {
            let y = match y {
                Some(y) => y,
                None => year_for(need()?, m, Some(d), tense),
            };
            TimeValue::At(Point::Day(day(y, m, d)?))
        }
        Kind::DateSpan(y1, m1, d1, y2, m2, d2) => {
            let y1 = match y1 {
                Some(y) => y,
                None => year_for(need()?, m1, Some(d1), tense),
            };
            let y2 = y2.unwrap_or(if (m2, d2) < (m1, d1) { y1 + 1 } else { y1 });
            TimeValue::Span(Point::Day(day(y1, m1, d1)?), Point::Day(day(y2, m2, d2)?))
        }
        Kind::Month(y, m) => {
            let y = match y {
                Some(y) => y,
                None => year_for(need()?, m, None, tense),
            };
            TimeValue::At(Point::Month(y, m))
        }
        Kind::MonthRel(m, r) => {
            let t = need()?;
            let y = match r.signum() {
                -1 if m >= t.month => t.year - 1,
                1 if m <= t.month => t.year + 1,
                0 => year_for(t, m, None, tense),
                _ => t.year,
            };
            TimeValue::At(Point::Month(y, m))
        }
        Kind::Year(y) => TimeValue::At(Point::Year(y)),
        Kind::YearSpan(a, b) => TimeValue::Span(Point::Year(a), Point::Year(b)),
        Kind::YearsThrough(start, r, end) => {
            let start = match start {
                Some(y) => y,
                None => match today {
                    Some(t) => (i32::from(t.year) + r) as u16,
                    None => return Some(TimeValue::At(Point::Year(end))),
                },
            };
            if start >= end {
                TimeValue::At(Point::Year(end))
            } else {
                TimeValue::Span(Point::Year(start), Point::Year(end))
            }
        }
        Kind::RelYear(r) => TimeValue::At(Point::Year((i32::from(need()?.year) + r) as u16)),
        Kind::RelMonth(r) => {
            let t = need()?;
            let (y, m) = add_months(t.year, t.month, r);
            TimeValue::At(Point::Month(y, m))
        }
        Kind::RelWeek(r) => {
            let t = need()?;
            let monday = t.plus_days(-i64::from(t.weekday()) + 7 * i64::from(r))?;
            TimeValue::Span(Point::Day(monday), Point::Day(monday.plus_days(6)?))
        }
        Kind::Weekend(r) => {
            let t = need()?;
            let wd = i64::from(t.weekday());
            // The Saturday of this week (Monday to Sunday).
            let this_sat = t.plus_days(5 - wd)?;
            let sat = match (r, tense) {
                (Some(r), _) => this_sat.plus_days(7 * i64::from(r))?,
                // Past: the weekend just gone (this one when today is in it).
                (None, Tense::Past) if wd >= 5 => this_sat,
                (None, Tense::Past) => this_sat.plus_days(-7)?,
                (None, Tense::Future) => this_sat,
            };
            TimeValue::Span(Point::Day(sat), Point::Day(sat.plus_days(1)?))
        }
        Kind::Weekday(d, r) => {
            let t = need()?;
            let wd = i64::from(t.weekday());
            let d = i64::from(d);
            let back = (wd - d).rem_euclid(7); // days back to the most recent
            let fwd = (d - wd).rem_euclid(7); // days on to the next
            let off = match (r, tense) {
                (Some(r), _) if r < 0 => -(if back == 0 { 7 } else { back }),
                (Some(_), _) => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                (None, Tense::Past) => -back,
                (None, Tense::Future) => fwd,
            };
            TimeValue::At(Point::Day(t.plus_days(off)?))
        }
        Kind::DayOffset(n) => TimeValue::At(Point::Day(need()?.plus_days(n)?)),
        Kind::Quarter(n, y, r) => {
            let t = need();
            let (n, y) = match (n, y, r) {
                (0, _, Some(r)) => {
                    let t = t?;
                    let q = i32::from((t.month - 1) / 3) + r;
                    let y = i32::from(t.year) + q.div_euclid(4);
                    (q.rem_euclid(4) as u8 + 1, y as u16)
                }
                (_, Some(y), _) => (n, y),
                (_, None, Some(r)) => (n, (i32::from(t?.year) + r) as u16),
                _ => {
                    let t = t?;
                    let cur = (t.month - 1) / 3 + 1;
                    let y = match tense {
                        Tense::Past if n > cur => t.year - 1,
                        Tense::Future if n < cur => t.year + 1,
                        _ => t.year,
                    };
                    (n, y)
                }
            };
            if !(1..=4).contains(&n) {
                return None;
            }
            year_months(y, (3 * n - 2, 3 * n))
        }
        Kind::Half(n, y, r) => {
            let y = match (y, r) {
                (Some(y), _) => y,
                (None, Some(r)) => (i32::from(need()?.year) + r) as u16,
                _ => {
                    let t = need()?;
                    let cur = if t.month <= 6 { 1 } else { 2 };
                    match tense {
                        Tense::Past if n > cur => t.year - 1,
                        Tense::Future if n < cur => t.year + 1,
                        _ => t.year,
                    }
                }
            };
            year_months(y, (6 * n - 5, 6 * n))
        }
        Kind::After(n, u) => {
            let t = need()?;
            let d = shift(t, n, u, 1)?;
            match u {
                Unit::Day | Unit::Week => TimeValue::At(Point::Day(d)),
                Unit::Month => TimeValue::At(Point::Month(d.year, d.month)),
                Unit::Year => TimeValue::At(Point::Year(d.year)),
            }
        }
        Kind::Within(n, u) => {
            let t = need()?;
            TimeValue::Span(Point::Day(t), Point::Day(shift(t, n, u, 1)?))
        }
        Kind::Over(n, u, start, dir) => match (start, u) {
            // Years count in calendar years, from the start year given or
            // the article's: "over three years" in 2025 is 2025/2028.
            (_, Unit::Year) => {
                let y = match start {
                    Some(y) => y,
                    None => need()?.year,
                };
                let n = u16::try_from(n).ok()?;
                if dir < 0 {
                    TimeValue::Span(Point::Year(y.checked_sub(n)?), Point::Year(y))
                } else {
                    TimeValue::Span(Point::Year(y), Point::Year(y.checked_add(n)?))
                }
            }
            (Some(_), _) => return None,
            (None, _) => {
                let t = need()?;
                if dir < 0 {
                    TimeValue::Span(Point::Day(shift(t, n, u, -1)?), Point::Day(t))
                } else {
                    TimeValue::Span(Point::Day(t), Point::Day(shift(t, n, u, 1)?))
                }
            }
        },
    })
}

/// Which clause each word of a sentence belongs to (see the module docs).
/// Also gives, for each relative clause closed by a comma, the clause it
/// interrupts.
fn clauses(
    w: &TimeWords,
    toks: &[Tok],
    protected: &[bool],
    starts: &[bool],
) -> (Vec<usize>, HashMap<usize, usize>) {
    let mut parents = HashMap::new();
    let mut relative_word: HashMap<usize, String> = HashMap::new();
    let mut ids = vec![0usize; toks.len()];
    let mut next_id = 1;
    let mut main = 0;
    let mut sub: Option<usize> = None;
    // The clause a relative clause (", which ...") interrupts, to go back
    // to at its closing comma.
    let mut interrupted: Option<usize> = None;
    let mut depth = 0i32;
    for (i, t) in toks.iter().enumerate() {
        depth =
            (depth + t.gap.matches('(').count() as i32 - t.gap.matches(')').count() as i32).max(0);
        // "before Jan. 19": a preposition before a time, not a clause.
        let subordinator =
            w.subordinators.contains(&t.w) && !starts.get(i + 1).copied().unwrap_or(false);
        if i > 0 && !protected[i] {
            let semicolon = t.gap.contains(';') && depth == 0;
            let comma = t.gap.contains(',') || t.gap.contains(" – ") || t.gap.contains(" — ");
            if semicolon {
                main = next_id;
                next_id += 1;
                sub = None;
                interrupted = None;
            } else if comma && w.openers.contains(&t.w) {
                if w.relatives.contains(&t.w) && interrupted.is_none() {
                    relative_word.insert(next_id, t.w.clone());
                    interrupted = Some(main);
                }
                main = next_id;
                next_id += 1;
                sub = None;
            } else if comma {
                // Back to the main clause after a subordinate or relative one.
                sub = None;
                if let Some(m) = interrupted.take() {
                    // A relative clause ("which", "that": about a thing)
                    // closed by a comma interrupted `m`.
                    if relative_word
                        .get(&main)
                        .is_some_and(|r| w.event_relatives.contains(r))
                    {
                        parents.insert(main, m);
                    }
                    main = m;
                }
            }
        }
        if subordinator && (i == 0 || !protected[i]) {
            sub = Some(next_id);
            next_id += 1;
        }
        ids[i] = sub.unwrap_or(main);
    }
    (ids, parents)
}

fn phrase_at(toks: &[Tok], i: usize, p: &[String]) -> bool {
    !p.is_empty()
        && i + p.len() <= toks.len()
        && p.iter()
            .zip(&toks[i..])
            .all(|(a, t)| *a == t.w || (a.starts_with('\'') && t.w.ends_with(a.as_str())))
}

/// The event's direction in time: the tense word nearest the time
/// expression in the event's clause (future words; past words, a trigger
/// ending in "-ed"), then other "-ed" verbs of the clause, then the nearest
/// tense word elsewhere in the sentence; failing all, future for planned,
/// requested and hypothetical events, past otherwise. A deadline ("by
/// March") points ahead.
fn tense(
    w: &TimeWords,
    toks: &[Tok],
    ids: &[usize],
    clause: usize,
    trig: (usize, usize),
    modality: Modality,
    x: &Expr,
) -> Tense {
    if toks[x.first].w == "by" {
        return Tense::Future;
    }
    let strong = |i: usize| -> Option<Tense> {
        if w.future.iter().any(|p| phrase_at(toks, i, p)) {
            Some(Tense::Future)
        } else if ((trig.0..trig.1).contains(&i) && toks[i].w.ends_with("ed"))
            || w.past.iter().any(|p| phrase_at(toks, i, p))
        {
            Some(Tense::Past)
        } else {
            None
        }
    };
    // A lowercase verb in "-ed" not after a determiner ("the planned
    // tariffs" is not past).
    let weak = |i: usize| -> Option<Tense> {
        let t = &toks[i];
        let verb = ed_verb(w, t) && (i == 0 || !w.determiners.contains(&toks[i - 1].w));
        verb.then_some(Tense::Past)
    };
    let dist = |i: usize| {
        if i < x.first {
            x.first - i
        } else {
            i.saturating_sub(x.last)
        }
    };
    let nearest = |own: bool, f: &dyn Fn(usize) -> Option<Tense>| {
        (0..toks.len())
            .filter(|&i| (ids[i] == clause) == own && !(x.first..=x.last).contains(&i))
            .filter_map(|i| f(i).map(|t| (dist(i), t)))
            .min_by_key(|&(d, _)| d)
            .map(|(_, t)| t)
    };
    // A trigger that is itself a past verb ("pledged", "met") decides.
    let trigger_tense = (trig.0..trig.1).find_map(|i| match strong(i) {
        Some(Tense::Past) => Some(Tense::Past),
        _ => None,
    });
    // With no tense word at all, an event in a clause opened by "after",
    // "before" ... is reported, not announced ("shake hands after their
    // meeting on Sunday").
    let subordinate = (0..toks.len())
        .find(|&i| ids[i] == clause)
        .is_some_and(|i| w.subordinators.contains(&toks[i].w));
    if let Some(t) = trigger_tense {
        return t;
    }
    // The comma-delimited stretch that holds the time first ("the levy
    // Trump imposed in April stays in place, and talks will continue").
    let seg_lo = (0..=x.first)
        .rev()
        .find(|&i| i == 0 || toks[i].gap.contains([',', ';']))
        .unwrap_or(0);
    let seg_hi = (x.last + 1..toks.len())
        .find(|&i| toks[i].gap.contains([',', ';']))
        .unwrap_or(toks.len());
    let in_segment = (seg_lo..seg_hi)
        .filter(|&i| ids[i] == clause && !(x.first..=x.last).contains(&i))
        .filter_map(|i| strong(i).map(|t| (dist(i), t)))
        .min_by_key(|&(d, _)| d)
        .map(|(_, t)| t);
    if let Some(t) = in_segment
        .or_else(|| nearest(true, &strong))
        .or_else(|| nearest(true, &weak))
        .or_else(|| nearest(false, &strong))
    {
        return t;
    }
    if subordinate {
        return Tense::Past;
    }
    match modality {
        Modality::Planned | Modality::Requested | Modality::Hypothetical => Tense::Future,
        _ => Tense::Past,
    }
}

/// Whether `e` dates a report rather than the event whose trigger is at
/// words `trig`: right after a speech verb (up to ten words on, no trigger
/// or "that" between), right before one, or before one that stands before
/// the trigger.
fn reporting(
    w: &TimeWords,
    toks: &[Tok],
    e: &Expr,
    trig: (usize, usize),
    event_type: &str,
) -> bool {
    // "announced" reports only when a clause follows it ("announced on
    // Monday that ..."); "on Tuesday announced financial aid" is the event.
    let clause_after = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.w == "that" || w.pronouns.contains(&t.w))
    };
    let announce_is_event = w.announce_types.iter().any(|t| t == event_type);
    let speech_at = |i: usize, next: usize| {
        w.speech_verbs.contains(&toks[i].w)
            || (w.clause_speech_verbs.contains(&toks[i].w)
                && (!announce_is_event || clause_after(next)))
    };
    let speech = |i: usize| speech_at(i, i + 1);
    // A possessive time right before the trigger is the event's ("Monday's talks").
    if toks[e.last].possessive && trig.0 > e.last && trig.0 - e.last <= 5 {
        return false;
    }
    let lo = e.first.saturating_sub(10);
    for s in (lo..e.first).rev() {
        if (trig.0..trig.1).contains(&s) || toks[s].w == "that" {
            break;
        }
        if speech_at(s, e.last + 1) {
            // Nothing between the verb and the time but adjuncts.
            let between_ok = (s + 1..e.first).all(|k| !(trig.0..trig.1).contains(&k))
                && toks[s + 1..=e.first].iter().all(|t| !t.gap.contains(';'));
            if between_ok {
                return true;
            }
        }
    }
    // "On Sunday, Cho said he was ready to fly to Washington for talks": a
    // speech verb between the time and the trigger dates the speech.
    if e.last < trig.0
        && (e.last + 1..trig.0).any(|s| {
            speech(s)
                && toks[s].raw.starts_with(|c: char| c.is_lowercase())
                && toks[s].w.ends_with(['d', 's'])
        })
    {
        return true;
    }
    let end = (e.last + 3).min(toks.len());
    for (s, t) in toks.iter().enumerate().take(end).skip(e.last + 1) {
        if t.gap.chars().any(|c| c.is_ascii_punctuation()) {
            break;
        }
        if (trig.0..trig.1).contains(&s) {
            break;
        }
        if speech(s) {
            return true;
        }
    }
    false
}

/// A lowercase word in "-ed" that is a verb ("agreed", "imposed"; not
/// "hundred", "need").
fn ed_verb(w: &TimeWords, t: &Tok) -> bool {
    t.w.len() > 4
        && t.w.ends_with("ed")
        && t.raw.starts_with(|c: char| c.is_lowercase())
        && !w.not_verbs.contains(&t.w)
}

/// Whether a time after the trigger belongs to a participle or past verb of
/// its own right before it ("the package agreed in July", "a memorandum
/// signed here on Thursday", "the 39% it imposed in August"): up to two
/// words between that verb and the time.
fn governed_by_other_verb(w: &TimeWords, toks: &[Tok], e: &Expr, trig: (usize, usize)) -> bool {
    // Before the trigger too: "The orders signed on Saturday would have hit
    // imports with a 25% duty" (but "talks planned for Monday" are timed).
    let lo = if e.first >= trig.1 { trig.1 } else { 0 };
    // Not when the event follows right on ("agreed on Wednesday to buy",
    // "arrested in January raids").
    let event_follows = e.last < trig.0
        && (trig.0 - e.last <= 2 || toks.get(e.last + 1).is_some_and(|t| t.w == "to"));
    !event_follows
        && (e.last < trig.0 || e.first >= trig.1)
        && (e.first.saturating_sub(3).max(lo)..e.first).any(|i| {
            let t = &toks[i];
            ed_verb(w, t)
                && i > 0
                && !(trig.0..trig.1).contains(&i)
                && !w.timing_participles.contains(&t.w)
                && !w.future.iter().any(|p| phrase_at(toks, i, p))
                && !w.determiners.contains(&toks[i - 1].w)
                // A verb, not an adjective ("branded drugs from Oct. 1"):
                // the time or a preposition follows it.
                && (i + 1 == e.first || w.verb_links.contains(&toks[i + 1].w))
        })
}

/// Whether a word before `e` says the time is not when the event happens
/// ("since January", "until Aug. 1", "ahead of Tuesday's vote").
fn not_event_time(w: &TimeWords, toks: &[Tok], e: &Expr) -> bool {
    w.not_event_time.iter().any(|p| {
        let n = p.len();
        e.first >= n && phrase_at(toks, e.first - n, p)
    })
}

/// A dateline date at the start of a sentence ("WASHINGTON, Sept. 4 -",
/// "New Delhi, Feb 3:", "Colombo, Apr 5 (PTI)").
fn dateline(toks: &[Tok], e: &Expr) -> bool {
    (1..=5).contains(&e.first)
        && toks[e.first].gap.contains(',')
        && toks[..e.first]
            .iter()
            .all(|t| t.raw.starts_with(|c: char| c.is_uppercase()))
        && toks
            .get(e.last + 1)
            .is_none_or(|t| t.gap.contains(['-', '–', '—', '(', ':']))
}

/// One sentence as the attachment step sees it.
struct Analysed<'a> {
    /// Its words.
    toks: Vec<Tok<'a>>,
    /// Its time expressions.
    exprs: Vec<Expr>,
    /// The clause of each word.
    ids: Vec<usize>,
    /// For a relative clause closed by a comma, the clause it interrupts.
    parents: HashMap<usize, usize>,
}

/// The time of one event, given the sentence's words and time expressions.
fn event_when(
    w: &TimeWords,
    text: &str,
    sentence: &Analysed,
    e: &Event,
    today: Option<Day>,
) -> Option<When> {
    let Analysed {
        toks,
        exprs,
        ids,
        parents,
    } = sentence;
    let (toks, exprs, ids) = (toks.as_slice(), exprs.as_slice(), ids.as_slice());
    let t0 = toks.iter().position(|t| t.end > e.trigger.start)?;
    let t1 = toks
        .iter()
        .rposition(|t| t.start < e.trigger.end)
        .map_or(t0 + 1, |p| p + 1)
        .max(t0 + 1);
    let clause = ids[t0];
    let mut shift_days = 0i64;
    let usable = |x: &&Expr| {
        // A possessive time right before the trigger is the event's own
        // ("since last week's raid").
        let own = toks[x.last].possessive && t0 > x.last && t0 - x.last <= 5;
        own || (!reporting(w, toks, x, (t0, t1), e.event_type.as_str())
            && !not_event_time(w, toks, x)
            && !governed_by_other_verb(w, toks, x, (t0, t1))
            && !dateline(toks, x))
    };
    let dist = |x: &Expr| {
        if x.last < t0 {
            t0 - x.last
        } else {
            x.first.saturating_sub(t1 - 1)
        }
    };
    let mut best = exprs
        .iter()
        .filter(|x| ids[x.first] == clause || (x.first <= t0 && x.last >= t0))
        .filter(usable)
        .min_by_key(|x| (dist(x), x.last < t0));
    if best.is_none() {
        // A relative clause right after the trigger speaks of it ("tariffs
        // on steel, which take effect on Aug. 1"), and so does one that
        // interrupts its clause ("The reduction, which takes effect on Nov.
        // 10, lowers the tariff").
        let after = (t1..(t1 + 5).min(toks.len())).find(|&k| {
            ids[k] != clause && w.event_relatives.contains(&toks[k].w) && toks[k].gap.contains(',')
        });
        let rel: Vec<usize> = after
            .map(|r| ids[r])
            .into_iter()
            .chain(
                parents
                    .iter()
                    .filter(|(_, p)| **p == clause)
                    .map(|(c, _)| *c),
            )
            .collect();
        best = exprs
            .iter()
            .filter(|x| {
                let c = ids[x.first];
                (after.is_some_and(|r| ids[r] == c)) || (rel.contains(&c) && x.last < t0)
            })
            .filter(usable)
            .min_by_key(|x| dist(x));
    }
    if best.is_none() {
        // Clauses of the same moment ("as", "while", "when"): an event in one
        // takes the time of the clause it hangs on ("India on Friday extended
        // a credit line, as Modi held talks with Muizzu"), and an event takes
        // the time of a "when" clause hanging on its own ("discuss trade when
        // they meet on Thursday").
        let first = |c: usize| (0..toks.len()).find(|&i| ids[i] == c);
        let linked: Vec<usize> = match first(clause) {
            Some(cs) if cs > 0 && w.simultaneous.contains(&toks[cs].w) => vec![ids[cs - 1]],
            _ => {
                let mut seen = Vec::new();
                for i in 1..toks.len() {
                    if ids[i] != ids[i - 1]
                        && ids[i - 1] == clause
                        && toks[i].w == "when"
                        && !seen.contains(&ids[i])
                    {
                        seen.push(ids[i]);
                    }
                }
                seen
            }
        };
        best = exprs
            .iter()
            // Only a day is shared ("on Friday", "yesterday"), not a span.
            .filter(|x| {
                linked.contains(&ids[x.first])
                    && matches!(
                        x.kind,
                        Kind::Date(..) | Kind::Weekday(..) | Kind::DayOffset(_)
                    )
            })
            // The time of a report counts here: "announced the deal on
            // Tuesday after meeting Akazawa".
            .filter(|x| {
                !not_event_time(w, toks, x)
                    && !governed_by_other_verb(w, toks, x, (t0, t1))
                    && !dateline(toks, x)
            })
            .min_by_key(|x| dist(x));
        // "two days after he cut off talks": the inherited day, shifted.
        if let Some(cs) = first(clause)
            && best.is_some()
            && cs >= 2
            && matches!(toks[cs].w.as_str(), "after" | "before")
            // Not a length of something else ("pausing tariffs for 90 days
            // after talks").
            && (cs < 3 || !matches!(toks[cs - 3].w.as_str(), "for" | "in" | "within" | "over"))
        {
            let sign = if toks[cs].w == "after" { -1 } else { 1 };
            let n = Recogniser { w, t: toks }.count(cs - 2);
            let unit = w.units.get(&toks[cs - 1].w).copied();
            shift_days = match (n, unit) {
                (Some(n), Some(Unit::Day)) => sign * i64::from(n),
                (Some(n), Some(Unit::Week)) => sign * 7 * i64::from(n),
                _ => 0,
            };
        }
    }
    let x = best?;
    let mut value = x.resolve(today, tense(w, toks, ids, clause, (t0, t1), e.modality, x))?;
    if shift_days != 0 {
        value = match value.day().and_then(|d| d.plus_days(shift_days)) {
            Some(d) => TimeValue::At(Point::Day(d)),
            None => return None,
        };
    }
    Some(When {
        text: text[x.start..x.end].to_string(),
        start: x.start,
        end: x.end,
        value,
    })
}

/// Fills every event's `when` from the article text and its day (if
/// known). Called once per article after extraction, before keys are made.
pub fn annotate(events: &mut [Event], text: &str, today: Option<Day>) {
    annotate_with(TimeWords::embedded(), events, text, today)
}

/// [`annotate`] with given word tables.
pub fn annotate_with(w: &TimeWords, events: &mut [Event], text: &str, today: Option<Day>) {
    let mut i = 0;
    while i < events.len() {
        let (s, end) = (events[i].sentence.start, events[i].sentence.end);
        let mut j = i;
        while j < events.len() && events[j].sentence.start == s {
            j += 1;
        }
        if text.get(s..end).is_none() {
            i = j;
            continue;
        }
        let toks = tokens(text, s, end);
        let exprs = recognise_tokens(w, &toks);
        if exprs.is_empty() {
            for e in &mut events[i..j] {
                e.when = None;
            }
            i = j;
            continue;
        }
        let mut protected = vec![false; toks.len()];
        for x in &exprs {
            for p in &mut protected[x.first + 1..=x.last] {
                *p = true;
            }
        }
        let mut starts = vec![false; toks.len()];
        for x in &exprs {
            starts[x.first] = true;
        }
        let (ids, parents) = clauses(w, &toks, &protected, &starts);
        let analysed = Analysed {
            toks,
            exprs,
            ids,
            parents,
        };
        for e in &mut events[i..j] {
            e.when = event_when(w, text, &analysed, e, today);
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_and_parse_as_iso_8601() {
        for s in [
            "2025-09-04",
            "2025-09",
            "2025",
            "2025-06-15/2025-06-17",
            "1987/1988",
            "2025-07/2025-09",
        ] {
            let v: TimeValue = s.parse().unwrap();
            assert_eq!(v.to_string(), s);
        }
        for s in ["2025-13", "25", "2025-09-31", "x/2025", ""] {
            assert!(s.parse::<TimeValue>().is_err(), "{s}");
        }
        let d: TimeValue = "2025-09-04".parse().unwrap();
        assert!(d.day().is_some());
        assert!(
            "2025-09-04/2025-09-05"
                .parse::<TimeValue>()
                .unwrap()
                .day()
                .is_none()
        );
    }

    #[test]
    fn bad_tables_are_rejected_with_every_problem() {
        // Every file's problem at once, each naming its file.
        let errs = TimeWords::parse(&[
            ("a.toml", "[month_parts]\nearly = [10, 1]\n"),
            ("b.toml", "[units]\nfortnight = \"fortnight\"\n"),
        ])
        .unwrap_err();
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert!(errs[0].starts_with("a.toml") && errs[1].starts_with("b.toml"));
        assert!(TimeWords::parse(DEFAULT_TIME_FILES).is_ok());
    }

    #[test]
    fn recognises_expressions_with_offsets() {
        let w = TimeWords::embedded();
        let text = "Tariffs take effect from Aug. 1, he said on Monday.";
        let found: Vec<&str> = recognise(w, text, 0, text.len())
            .iter()
            .map(|e| &text[e.start..e.end])
            .collect();
        assert_eq!(found, ["Aug. 1", "Monday"]);
    }
}
