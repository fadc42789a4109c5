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
//!    ("which", "but" ...); a subordinator ("after", "when" ...) opens a
//!    clause up to the next comma. A time right after a speech verb ("said
//!    on Monday", "told reporters on Tuesday") or right before one ("on
//!    Monday said") dates the report, not the event; a time after "since",
//!    "until", "after" ... is not the event's time either. Of the times left
//!    in the trigger's clause, the nearest to the trigger wins; none → null
//!    (never the article's date by default).
//! 3. **Resolution** ([`Expr::resolve`]) against the article's day, in the
//!    direction of the event's tense: future when its clause holds a future
//!    word ("will", "takes effect" ...) or, failing past-tense evidence, when
//!    the event is planned, requested or hypothetical; past otherwise. "On
//!    Tuesday" is then the most recent Tuesday (past) or the next one
//!    (future), the article's own day when it is a Tuesday; "in July" and
//!    "Sept. 4" without a year the nearest one in that direction.
//!
//! Values are ISO 8601: a day `2025-09-04`, a month `2025-09`, a year `2025`,
//! or an interval `2025-06-15/2025-06-17` (weeks Monday to Sunday, weekends
//! Saturday to Sunday, "early/mid/late" thirds of a month as days 1–10,
//! 11–20, 21–end, quarters and halves as months).

use crate::dates::Day;
use crate::event::{Event, When};
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
    months: HashMap<String, u8>,
    #[serde(default)]
    weekdays: HashMap<String, u8>,
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
    month_parts: HashMap<String, [u8; 2]>,
    #[serde(default)]
    year_parts: HashMap<String, [u8; 2]>,
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
    /// The longest name of each month (its full name), index 0 = January.
    month_names: [String; 12],
    weekdays: HashMap<String, u8>,
    days: HashMap<String, i64>,
    relative: HashMap<String, i32>,
    day_parts: Vec<String>,
    numbers: HashMap<String, u32>,
    ordinals: HashMap<String, u8>,
    units: HashMap<String, Unit>,
    month_parts: HashMap<String, (u8, u8)>,
    year_parts: HashMap<String, (u8, u8)>,
    month_preps: Vec<String>,
    not_event_time: Vec<Vec<String>>,
    openers: Vec<String>,
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
            for (k, v) in lower(f.months) {
                if !(1..=12).contains(&v) {
                    errors.push(format!("{name}: month {k:?} = {v} is not 1 to 12"));
                }
                w.months.insert(k, v);
            }
            for (k, v) in lower(f.weekdays) {
                if !(1..=7).contains(&v) {
                    errors.push(format!("{name}: weekday {k:?} = {v} is not 1 to 7"));
                }
                w.weekdays.insert(k, v.saturating_sub(1));
            }
            w.days.extend(lower(f.days));
            w.relative.extend(lower(f.relative));
            w.numbers.extend(lower(f.numbers));
            w.ordinals.extend(lower(f.ordinals));
            w.units.extend(lower(f.units));
            for (k, [a, b]) in lower(f.month_parts) {
                if !(1..=31).contains(&a) || !(a..=31).contains(&b) {
                    errors.push(format!(
                        "{name}: month part {k:?} must be two days, in order"
                    ));
                }
                w.month_parts.insert(k, (a, b));
            }
            for (k, [a, b]) in lower(f.year_parts) {
                if !(1..=12).contains(&a) || !(a..=12).contains(&b) {
                    errors.push(format!(
                        "{name}: year part {k:?} must be two months, in order"
                    ));
                }
                w.year_parts.insert(k, (a, b));
            }
            let low = |v: Vec<String>| v.into_iter().map(|s| s.to_lowercase()).collect::<Vec<_>>();
            w.day_parts.extend(low(f.day_parts.words));
            w.date_labels.extend(low(f.article_dates.labels));
            let c = f.clauses;
            w.month_preps.extend(low(c.month_preps));
            w.not_event_time.extend(phrases(&c.not_event_time));
            w.openers.extend(low(c.openers));
            w.subordinators.extend(low(c.subordinators));
            w.speech_verbs.extend(low(c.speech_verbs));
            w.future.extend(phrases(&c.future));
            w.past.extend(phrases(&c.past));
        }
        for (k, &m) in &w.months {
            let slot = &mut w.month_names[usize::from(m.clamp(1, 12)) - 1];
            if k.len() > slot.len() {
                *slot = k.clone();
            }
        }
        if let Some(i) = w.month_names.iter().position(String::is_empty) {
            errors.push(format!("no name for month {}", i + 1));
        }
        if errors.is_empty() {
            Ok(w)
        } else {
            Err(errors)
        }
    }

    /// Month number of a full name or any prefix of it of three letters or
    /// more, any case, with or without a full stop ("FEB", "Sept.",
    /// "February"): the reading article dates need.
    pub fn month_prefix(&self, s: &str) -> Option<u8> {
        let s = s.trim_end_matches('.').to_ascii_lowercase();
        if s.len() < 3 {
            return None;
        }
        self.month_names
            .iter()
            .position(|n| n.starts_with(&s))
            .map(|i| i as u8 + 1)
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
    /// A month, with or without a year, perhaps only part of it (days).
    Month(Option<u16>, u8, Option<(u8, u8)>),
    /// A year, perhaps only part of it (months).
    Year(u16, Option<(u8, u8)>),
    /// Two consecutive years ("1987/88").
    YearSpan(u16, u16),
    /// Last / this / next year, perhaps part of it.
    RelYear(i32, Option<(u8, u8)>),
    /// Last / this / next month, perhaps part of it.
    RelMonth(i32, Option<(u8, u8)>),
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
        i > 0
            && self
                .word(i - 1)
                .is_some_and(|p| self.w.month_preps.iter().any(|m| m == p))
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
        // "early next year", "end of this month".
        if let Some(&mp) = self.w.month_parts.get(w) {
            let mut j = i + 1;
            if self.is(j, "of") {
                j += 1;
                if self.is(j, "the") {
                    j += 1;
                }
            }
            let yp = self.w.year_parts.get(w).copied();
            if let Some(m) = self.month(j) {
                if let Some(y) = self.trailing_year(j + 1) {
                    return Some((Kind::Month(Some(y), m, Some(mp)), j + 2 - i));
                }
                return Some((Kind::Month(None, m, Some(mp)), j + 1 - i));
            }
            if let Some(y) = self.t.get(j).and_then(year_tok) {
                return Some((Kind::Year(y, yp), j + 1 - i));
            }
            if let Some(r) = self.rel(j) {
                if self.is(j + 1, "year") {
                    return Some((Kind::RelYear(r, yp), j + 2 - i));
                }
                if self.is(j + 1, "month") {
                    return Some((Kind::RelMonth(r, Some(mp)), j + 2 - i));
                }
                if self.is(j + 1, "week") {
                    return Some((Kind::RelWeek(r), j + 2 - i));
                }
            }
            // "the end of the year", "end of the month" ("the" skipped above).
            let k = if self.is(j, "the") { j + 1 } else { j };
            if k > i + 1 && self.is(k, "year") {
                return Some((Kind::RelYear(0, yp), k + 1 - i));
            }
            if k > i + 1 && self.is(k, "month") {
                return Some((Kind::RelMonth(0, Some(mp)), k + 1 - i));
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
                return Some((Kind::Month(Some(y), m, None), 2));
            }
            if self.lone_month_ok(i) {
                return Some((Kind::Month(None, m, None), 1));
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
                    if second == Some(y + 1) {
                        return Some((Kind::YearSpan(y, y + 1), 2));
                    }
                    return None;
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
                return Some((Kind::Year(y, None), 1));
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
            "month" => Kind::RelMonth(r, None),
            "year" => Kind::RelYear(r, None),
            "weekend" => Kind::Weekend(if r == 0 { None } else { Some(r) }),
            "quarter" => Kind::Quarter(0, None, Some(r)),
            _ if r == 0 && self.w.day_parts.iter().any(|p| p == w) => Kind::DayOffset(0),
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

fn month_end(y: u16, m: u8) -> u8 {
    Day::month_len(y, m)
}

fn add_months(y: u16, m: u8, n: i32) -> (u16, u8) {
    let total = i32::from(y) * 12 + i32::from(m) - 1 + n;
    (
        total.div_euclid(12) as u16,
        (total.rem_euclid(12) + 1) as u8,
    )
}

fn span(a: Point, b: Point) -> TimeValue {
    if a == b {
        TimeValue::At(a)
    } else {
        TimeValue::Span(a, b)
    }
}

/// A month's days from..to (to clamped to the month's length).
fn month_days(y: u16, m: u8, (a, b): (u8, u8)) -> Option<TimeValue> {
    let last = month_end(y, m);
    Some(span(
        Point::Day(day(y, m, a.min(last))?),
        Point::Day(day(y, m, b.min(last))?),
    ))
}

fn year_months(y: u16, (a, b): (u8, u8)) -> TimeValue {
    span(Point::Month(y, a), Point::Month(y, b))
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

/// The year of month `m` (day `d`) nearest the article's day in the
/// direction of the tense, the article's own month or day included.
fn year_for(today: Day, m: u8, d: Option<u8>, tense: Tense) -> u16 {
    let here = (m, d.unwrap_or(today.day));
    let now = (today.month, today.day);
    let here = if d.is_none() { (m, 0) } else { here };
    let now = if d.is_none() { (today.month, 0) } else { now };
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
        Kind::Month(y, m, part) => {
            let y = match y {
                Some(y) => y,
                None => year_for(need()?, m, None, tense),
            };
            match part {
                Some(p) => month_days(y, m, p)?,
                None => TimeValue::At(Point::Month(y, m)),
            }
        }
        Kind::Year(y, part) => match part {
            Some(p) => year_months(y, p),
            None => TimeValue::At(Point::Year(y)),
        },
        Kind::YearSpan(a, b) => TimeValue::Span(Point::Year(a), Point::Year(b)),
        Kind::RelYear(r, part) => {
            let y = (i32::from(need()?.year) + r) as u16;
            match part {
                Some(p) => year_months(y, p),
                None => TimeValue::At(Point::Year(y)),
            }
        }
        Kind::RelMonth(r, part) => {
            let t = need()?;
            let (y, m) = add_months(t.year, t.month, r);
            match part {
                Some(p) => month_days(y, m, p)?,
                None => TimeValue::At(Point::Month(y, m)),
            }
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
            (Some(y), Unit::Year) => TimeValue::Span(Point::Year(y), Point::Year(y + n as u16 - 1)),
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
fn clauses(w: &TimeWords, toks: &[Tok], protected: &[bool]) -> Vec<usize> {
    let mut ids = vec![0usize; toks.len()];
    let mut next_id = 1;
    let mut main = 0;
    let mut sub: Option<usize> = None;
    let mut depth = 0i32;
    for (i, t) in toks.iter().enumerate() {
        depth =
            (depth + t.gap.matches('(').count() as i32 - t.gap.matches(')').count() as i32).max(0);
        let subordinator = w.subordinators.contains(&t.w);
        if i > 0 && !protected[i] {
            let semicolon = t.gap.contains(';') && depth == 0;
            let comma = t.gap.contains(',') || t.gap.contains(" – ") || t.gap.contains(" — ");
            if semicolon || (comma && w.openers.contains(&t.w)) {
                main = next_id;
                next_id += 1;
                sub = None;
            } else if comma {
                // Back to the main clause after a subordinate one.
                sub = None;
            }
        }
        if subordinator && (i == 0 || !protected[i]) {
            sub = Some(next_id);
            next_id += 1;
        }
        ids[i] = sub.unwrap_or(main);
    }
    ids
}

fn phrase_at(toks: &[Tok], i: usize, p: &[String]) -> bool {
    !p.is_empty()
        && i + p.len() <= toks.len()
        && p.iter()
            .zip(&toks[i..])
            .all(|(a, t)| *a == t.w || (a.starts_with('\'') && t.w.ends_with(a.as_str())))
}

/// The event's direction in time, from its clause (words `lo..hi`), its
/// trigger words and its modality.
fn tense(
    w: &TimeWords,
    toks: &[Tok],
    ids: &[usize],
    clause: usize,
    trig: (usize, usize),
    modality: &str,
) -> Tense {
    let has = |list: &[Vec<String>], own: bool| {
        (0..toks.len())
            .any(|i| (ids[i] == clause) == own && list.iter().any(|p| phrase_at(toks, i, p)))
    };
    if has(&w.future, true) {
        return Tense::Future;
    }
    let trigger_past = toks[trig.0..trig.1]
        .iter()
        .any(|t| t.w.ends_with("ed") || w.past.iter().any(|p| p.len() == 1 && p[0] == t.w));
    if trigger_past || has(&w.past, true) {
        return Tense::Past;
    }
    // Nothing in the event's clause: the rest of the sentence.
    if has(&w.future, false) {
        return Tense::Future;
    }
    if has(&w.past, false) {
        return Tense::Past;
    }
    if matches!(modality, "planned" | "requested" | "hypothetical") {
        Tense::Future
    } else {
        Tense::Past
    }
}

/// Whether `e` dates a report rather than the event whose trigger is at
/// words `trig`: right after a speech verb (up to five words on, no trigger
/// or "that" between) or right before one.
fn reporting(w: &TimeWords, toks: &[Tok], e: &Expr, trig: (usize, usize)) -> bool {
    let speech = |i: usize| w.speech_verbs.iter().any(|s| *s == toks[i].w);
    // A possessive time right before the trigger is the event's ("Monday's talks").
    if toks[e.last].possessive && trig.0 > e.last && trig.0 - e.last <= 2 {
        return false;
    }
    let lo = e.first.saturating_sub(6);
    for s in (lo..e.first).rev() {
        if (trig.0..trig.1).contains(&s) || toks[s].w == "that" {
            break;
        }
        if speech(s) {
            // Nothing between the verb and the time but adjuncts.
            let between_ok = (s + 1..e.first).all(|k| !(trig.0..trig.1).contains(&k))
                && toks[s + 1..=e.first].iter().all(|t| !t.gap.contains(';'));
            if between_ok {
                return true;
            }
        }
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

/// Whether a word before `e` says the time is not when the event happens
/// ("since January", "until Aug. 1", "ahead of Tuesday's vote").
fn not_event_time(w: &TimeWords, toks: &[Tok], e: &Expr) -> bool {
    w.not_event_time.iter().any(|p| {
        let n = p.len();
        e.first >= n && phrase_at(toks, e.first - n, p)
    })
}

/// A dateline date at the start of a sentence ("WASHINGTON, Sept. 4 -").
fn dateline(toks: &[Tok], e: &Expr) -> bool {
    e.first <= 4
        && e.first > 0
        && toks[e.first].gap.contains(',')
        && toks[..e.first]
            .iter()
            .all(|t| t.raw.chars().all(|c| !c.is_lowercase()))
        && toks.get(e.last + 1).is_none_or(|t| {
            t.gap.contains('-') || t.gap.contains('–') || t.gap.contains('—') || t.gap.contains('(')
        })
}

/// The time of one event, given the sentence's words and time expressions.
fn event_when(
    w: &TimeWords,
    text: &str,
    toks: &[Tok],
    exprs: &[Expr],
    ids: &[usize],
    e: &Event,
    today: Option<Day>,
) -> Option<When> {
    let t0 = toks.iter().position(|t| t.end > e.trigger.start)?;
    let t1 = toks
        .iter()
        .rposition(|t| t.start < e.trigger.end)
        .map_or(t0 + 1, |p| p + 1)
        .max(t0 + 1);
    let clause = ids[t0];
    let usable = |x: &&Expr| {
        !reporting(w, toks, x, (t0, t1)) && !not_event_time(w, toks, x) && !dateline(toks, x)
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
        // on steel, which take effect on Aug. 1").
        if let Some(r) = (t1..(t1 + 5).min(toks.len())).find(|&k| {
            ids[k] != clause
                && matches!(toks[k].w.as_str(), "which" | "that")
                && toks[k].gap.contains(',')
        }) {
            let rel = ids[r];
            best = exprs
                .iter()
                .filter(|x| ids[x.first] == rel)
                .filter(usable)
                .min_by_key(|x| dist(x));
        }
    }
    let x = best?;
    let tense_clause = clause;
    let value = x.resolve(
        today,
        tense(w, toks, ids, tense_clause, (t0, t1), &e.modality),
    )?;
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
        let ids = clauses(w, &toks, &protected);
        for e in &mut events[i..j] {
            e.when = event_when(w, text, &toks, &exprs, &ids, e, today);
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
    fn embedded_tables_are_valid() {
        let w = TimeWords::embedded();
        assert_eq!(w.month_prefix("Sept."), Some(9));
        assert_eq!(w.month_prefix("FEB"), Some(2));
        assert_eq!(w.month_prefix("ma"), None);
    }

    #[test]
    fn bad_tables_are_rejected_with_every_problem() {
        let errs = TimeWords::parse(&[(
            "bad.toml",
            "[months]\njanuary = 13\n[weekdays]\nmonday = 0\n[month_parts]\nearly = [10, 1]\n",
        )])
        .unwrap_err();
        assert_eq!(errs.len(), 4, "{errs:?}"); // three entries, and eleven months unnamed
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
