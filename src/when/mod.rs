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
//!    months ("in July", "early January"), seasons ("in the summer"),
//!    quarters and halves, "by 2028", "within 45 days", "in 21 days", "two
//!    weeks ago", "over four years", ranges ("from June 15 to 17"). The
//!    words are data
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
//!    -"); a time governed by another verb ("the package agreed in July");
//!    a time on the noun of the event's frame ("a 20% tariff under the
//!    framework agreed last year"); for tariffs, a length of years (a
//!    schedule: "will scrap duties over 15 years"); a time before a clause about a thing with a future of its own, for an
//!    event in that clause ("signed a framework on Monday under which
//!    Washington will cut the tariff").
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
//! or an interval `2025-06-15/2025-06-17` ("a two-day visit", "two days of
//! talks" from the day, or up to it after an ending word: "wrapped up two
//! days of talks on Saturday"; weeks Monday to Sunday, weekends
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

mod recognise;
mod resolve;
mod words;
use recognise::*;
pub use recognise::{Expr, Kind, Tense, recognise};
pub use words::TimeWords;
use words::*;

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
        // (A clock time counts: "entering after 12:01 a.m. Thursday".)
        let subordinator = w.subordinators.contains(&t.w)
            && !starts.get(i + 1).copied().unwrap_or(false)
            && (Recogniser { w, t: toks }).clock_at(i + 1).is_none();
        if i > 0 && !protected[i] {
            // A colon ends a clause too ("have soured this year: the U.S.
            // has ..."), but not a clock time's ("12:01").
            // Nor a label's ("• Baseline: 10% from April 5"): a verb must
            // stand before it.
            let colon = t.gap.contains(':')
                && !(num_tok(t).is_some() && num_tok(&toks[i - 1]).is_some())
                && (0..i).any(|k| tensed_at(w, toks, k));
            let semicolon = (t.gap.contains(';') || colon) && depth == 0;
            let comma = t.gap.contains(',') || t.gap.contains(" – ") || t.gap.contains(" — ");
            if semicolon {
                main = next_id;
                next_id += 1;
                sub = None;
                interrupted = None;
            } else if comma && w.coordinators.contains(&t.w) && clause_follows(w, toks, i + 1) {
                // ", and talks will continue": a clause of its own.
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

/// Whether a finite verb (a tense word or one of `finite`) stands within ten
/// words from `i`, before the next comma: what a coordinator opens is then a
/// clause, not the next item of a list.
fn clause_follows(w: &TimeWords, toks: &[Tok], i: usize) -> bool {
    let end = (i + 10).min(toks.len());
    (i..end)
        .take_while(|&k| k == i || !toks[k].gap.contains([',', ';']))
        .any(|k| {
            w.finite.contains(&toks[k].w) || w.future.any_at(toks, k) || w.past.any_at(toks, k)
        })
}

/// Whether word `k` carries a tense: a finite verb, an "-ed" verb, or a
/// past or future word or phrase starting there.
fn tensed_at(w: &TimeWords, toks: &[Tok], k: usize) -> bool {
    w.finite.contains(&toks[k].w)
        || ed_verb(w, &toks[k])
        || w.past.any_at(toks, k)
        || w.future.any_at(toks, k)
}

pub(crate) fn phrase_at(toks: &[Tok], i: usize, p: &[String]) -> bool {
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
    // Not "strengthened by Monday's meeting": an agent, not a deadline.
    if w.deadline_words.contains(&toks[x.first].w) && !toks[x.last].possessive {
        return Tense::Future;
    }
    // "a meeting to be held in September", "will be imposed": a participle
    // after a bare "be" is no past.
    let after_be = |i: usize| i > 0 && w.passive_be.contains(&toks[i - 1].w);
    let strong = |i: usize| -> Option<Tense> {
        if (after_be(i) && (w.past.any_at(toks, i) || ed_verb(w, &toks[i])))
            || w.future.any_at(toks, i)
        {
            Some(Tense::Future)
        } else if ((trig.0..trig.1).contains(&i) && toks[i].w.ends_with(w.past_suffix.as_str()))
            || w.past.any_at(toks, i)
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
        let verb =
            ed_verb(w, t) && (i == 0 || !w.determiners.contains(&toks[i - 1].w)) && !after_be(i);
        verb.then_some(Tense::Past)
    };
    let dist = |i: usize| {
        if i < x.first {
            x.first - i
        } else {
            i.saturating_sub(x.last)
        }
    };
    // "on Tuesday concluded talks on a pact that will cut duties", "told
    // Trump on Tuesday that the kingdom would invest": a tense word in a
    // "that" / "which" clause after the time and the trigger is that
    // clause's own, not the time's; unless the clause is at the thing
    // ("meetings in two weeks at which a decision will be sought").
    let embedded_after = |i: usize| {
        (x.last.max(trig.0) + 1..i).any(|k| {
            (w.complementizers.contains(&toks[k].w) || w.event_relatives.contains(&toks[k].w))
                && !w.occasion_preps.contains(&toks[k - 1].w)
        })
    };
    let strong = |i: usize| if embedded_after(i) { None } else { strong(i) };
    let weak = |i: usize| if embedded_after(i) { None } else { weak(i) };
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
    if planned_on_trigger(w, toks, trig) {
        return Tense::Future;
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
    let in_segment = |f: &dyn Fn(usize) -> Option<Tense>| {
        (seg_lo..seg_hi)
            .filter(|&i| ids[i] == clause && !(x.first..=x.last).contains(&i))
            .filter_map(|i| f(i).map(|t| (dist(i), t)))
            .min_by_key(|&(d, _)| d)
            .map(|(_, t)| t)
    };
    // Then an "-ed" verb of that stretch ("The summit ... closed on
    // Saturday amid worries that Trump ... will upend trade").
    if let Some(t) = in_segment(&strong)
        .or_else(|| in_segment(&weak))
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

/// Whether a word of `plan_attributes` stands right on the trigger at words
/// `trig`: before it after a determiner or possessive, with at most one
/// lowercase word between ("Trump's planned state visit", "the scheduled
/// talks"), or right after it before a preposition or time ("a conference
/// planned for March"). The event is then ahead, whatever the tense of the
/// sentence's other verbs ("held a call ahead of a planned visit to
/// Beijing in April").
fn planned_on_trigger(w: &TimeWords, toks: &[Tok], trig: (usize, usize)) -> bool {
    let plan = |k: usize| w.plan_attributes.contains(&toks[k].w);
    let headed =
        |k: usize| k == 0 || w.determiners.contains(&toks[k - 1].w) || toks[k - 1].possessive;
    let no_gap = |a: usize, b: usize| (a + 1..=b).all(|k| gap_is(toks[k].gap, &[]));
    let (t0, t1) = trig;
    let before = (t0 >= 1 && plan(t0 - 1) && headed(t0 - 1) && no_gap(t0 - 1, t0))
        || (t0 >= 2
            && plan(t0 - 2)
            && headed(t0 - 2)
            && toks[t0 - 1].raw.starts_with(|c: char| c.is_lowercase())
            && no_gap(t0 - 2, t0));
    let after = t1 < toks.len()
        && plan(t1)
        && gap_is(toks[t1].gap, &[])
        && toks
            .get(t1 + 1)
            .is_some_and(|t| w.month_preps.contains(&t.w) || w.verb_links.contains(&t.w));
    before || after
}

/// For `since_span_types`, a time after "since" in an event's present
/// perfect clause ("the two sides have held talks since last year", "have
/// met several times since the president took office in May 2023"): the
/// span from it to the article's day. "since" stands in the event's clause
/// (`clause`; the trigger is words `t0..t1`), right before the time or
/// opening a clause of its own with the time in it; not after an ordinal
/// ("the first visit since 1983").
fn since_span(
    w: &TimeWords,
    text: &str,
    sentence: &Analysed,
    (clause, t0, t1): (usize, usize, usize),
    event_type: &str,
    today: Option<Day>,
) -> Option<When> {
    let Analysed {
        toks, exprs, ids, ..
    } = sentence;
    if !w.since_span_types.iter().any(|t| t == event_type) {
        return None;
    }
    let today = today?;
    // Not an infinitive ("are believed to have discussed").
    // Nor a relative clause after the trigger ("the committee of banks
    // which has coordinated debt talks since 1982").
    let perfect = (0..toks.len()).any(|k| {
        ids[k] == clause
            && !(k > 0 && w.infinitive_words.contains(&toks[k - 1].w))
            && !(k > t1 && (t1..k).any(|j| w.event_relatives.contains(&toks[j].w)))
            && w.perfect_auxiliaries.iter().any(|a| {
                toks[k].w == *a || (a.starts_with('\'') && toks[k].w.ends_with(a.as_str()))
            })
    });
    if !perfect {
        return None;
    }
    // With no comma between the trigger and it ("talks on the dispute,
    // with which relations have soured since May" is another predicate's).
    let k = (0..toks.len()).find(|&k| {
        w.since_words.contains(&toks[k].w)
            && (ids[k] == clause || (k > 0 && ids[k - 1] == clause))
            && (t1..=k).all(|j| !toks[j].gap.contains([',', ';', ':']))
            // Not "the first visit since 1983", "the third time since 2016".
            && !(k.saturating_sub(6).min(t0.saturating_sub(3))..k)
                .any(|j| w.ordinals.contains_key(&toks[j].w))
    })?;
    let x = exprs
        .iter()
        .find(|x| x.first > k && x.first <= k + 12 && ids[x.first] == ids[k])?;
    let start = match x.resolve(Some(today), Tense::Past)? {
        TimeValue::At(p) | TimeValue::Span(p, _) => p,
    };
    let year = match start {
        Point::Year(y) | Point::Month(y, _) => y,
        Point::Day(d) => d.year,
    };
    if year > today.year || start == Point::Day(today) {
        return None;
    }
    Some(When {
        text: text[x.start..x.end].to_string(),
        start: x.start,
        end: x.end,
        value: TimeValue::Span(start, Point::Day(today)),
    })
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
            .is_some_and(|t| w.complementizers.contains(&t.w) || w.pronouns.contains(&t.w))
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
        if (trig.0..trig.1).contains(&s) || w.complementizers.contains(&toks[s].w) {
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
                && (toks[s].w.ends_with(['d', 's'])
                    || toks[s].w.ends_with(w.progressive_suffix.as_str()))
        })
    {
        return true;
    }
    let end = (e.last + 3).min(toks.len());
    for (s, t) in toks.iter().enumerate().take(end).skip(e.last + 1) {
        if t.gap.chars().any(|c| c.is_ascii_punctuation()) {
            break;
        }
        // "would meet Xi later this month and said he would visit China":
        // a coordinator ends the predicate the time dates.
        if (trig.0..trig.1).contains(&s) || w.coordinators.contains(&t.w) {
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
        && t.w.ends_with(w.past_suffix.as_str())
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
        && (trig.0 - e.last <= 2
            || toks
                .get(e.last + 1)
                .is_some_and(|t| w.infinitive_words.contains(&t.w)))
        && toks[e.last + 1..=trig.0]
            .iter()
            .all(|t| !t.gap.contains([',', ';', ':']));
    // "the rate it had threatened to impose from Aug. 1": a threat of its own.
    // Not the trigger's own head ("the rate it had threatened to impose").
    let infinitive = e.first >= trig.1
        && (e.first.saturating_sub(4).max(trig.1 + 4)..e.first).any(|i| {
            w.infinitive_governors.contains(&toks[i].w)
                && toks
                    .get(i + 1)
                    .is_some_and(|t| w.infinitive_words.contains(&t.w))
                && i + 3 <= e.first
                && (i + 3 == e.first || w.verb_links.contains(&toks[i + 3].w))
        });
    infinitive
        || !event_follows
            && (e.last < trig.0 || e.first >= trig.1)
            && (e.first.saturating_sub(3).max(lo)..e.first).any(|i| {
                let t = &toks[i];
                // A verb of a clause on the trigger itself is the event's ("the
                // tariffs Trump has imposed this year", "the package agreed in
                // July").
                // ("the summit of 21 Pacific Rim economies closed on
                // Saturday", "tariffs on cereals that Brussels introduced in
                // May 2024").
                // Right on it, a comma may stand between ("The $600bn
                // figure, to be reached by 2028, ...").
                let on_trigger = i >= trig.1
                    && (i - trig.1 <= 3
                        || ((i - trig.1 <= 5
                            || (i - trig.1 <= 12
                                && (trig.1..i).any(|k| w.event_relatives.contains(&toks[k].w))))
                            && toks[trig.1..=i]
                                .iter()
                                .all(|t| !t.gap.contains([',', ';', ':']))));
                // A finite verb before the trigger is the sentence's, not a
                // participle on a noun ("The agreement was announced on Sunday
                // after she met Trump").
                let finite = i < trig.0 && i > 0 && w.auxiliaries.contains(&toks[i - 1].w);
                ed_verb(w, t)
                && !on_trigger
                && !finite
                && i > 0
                && !(trig.0..trig.1).contains(&i)
                && !w.timing_participles.contains(&t.w)
                && !w.future.any_at(toks, i)
                && !w.determiners.contains(&toks[i - 1].w)
                // A verb, not an adjective ("branded drugs from Oct. 1"):
                // the time or a preposition follows it.
                && (i + 1 == e.first || w.verb_links.contains(&toks[i + 1].w))
            })
}

/// Whether a word before `e` says the time is not when the event happens
/// ("since January", "until Aug. 1", "ahead of Tuesday's vote").
fn not_event_time(w: &TimeWords, toks: &[Tok], e: &Expr, event_type: &str) -> bool {
    let since_ok = w.since_types.iter().any(|t| t == event_type);
    w.not_event_time.iter().any(|p| {
        let n = p.len();
        e.first >= n
            && phrase_at(toks, e.first - n, p)
            && !(since_ok && p.len() == 1 && w.since_words.contains(&p[0]))
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
    let mut linked_time = false;
    // "the tariff set under the July deal": after the trigger, the time of
    // another noun (before it, "Under the July deal, Washington cut its
    // tariffs" frames the clause).
    let of_other_noun = |x: &Expr| {
        x.first >= t1
            && matches!(x.kind, Kind::Month(..) | Kind::Date(..))
            && w.month_determiners.contains(&toks[x.first - 1].w)
            && toks.get(x.last + 1).is_some_and(|t| {
                t.raw.starts_with(|c: char| c.is_lowercase())
                    && gap_is(t.gap, &[])
                    && !(t0..t1).contains(&(x.last + 1))
            })
    };
    // "agreed on Thursday to provide $50 billion by the end of the year":
    // the day of the agreement gives way to a time of the event itself.
    let before_infinitive = |x: &Expr| {
        x.last < t0
            && toks
                .get(x.last + 1)
                .is_some_and(|t| w.infinitive_words.contains(&t.w))
    };
    // "hosted Trump on Tuesday and held her first summit ... on
    // Thursday": a time before a coordinated verb is the first verb's, so
    // any other time of the trigger's clause comes first (alone, it is
    // shared: "on Friday extended a credit line and agreed to ease
    // repayments").
    let coordinated = |x: &Expr| {
        x.last < t0
            && (x.last + 1..t0).any(|k| {
                w.coordinators.contains(&toks[k].w)
                    && (k + 1..(k + 3).min(t0 + 1))
                        .any(|j| tensed_at(w, toks, j) || w.auxiliaries.contains(&toks[j].w))
            })
    };
    let usable = |x: &&Expr| {
        // A possessive time right before the trigger is the event's own
        // ("since last week's raid"), and so is a year on it ("the 2023
        // inspection").
        let own = (toks[x.last].possessive && t0 > x.last && t0 - x.last <= 5)
            || (matches!(x.kind, Kind::Year(_)) && x.last + 1 == t0);
        // "said on Monday they were conducting a large-scale operation":
        // what was under way as they spoke happened that day.
        let under_way = e.modality == Modality::Asserted
            && (t0.saturating_sub(5)..t1).any(|k| {
                k > 0
                    && w.progressive_aux.contains(&toks[k - 1].w)
                    && toks[k].w.len() > 4
                    && toks[k].w.ends_with(w.progressive_suffix.as_str())
                    && !w.future.any_at(toks, k)
            });
        // "under a 1977 law", "a Marine's 2023 death": a year on another noun.
        let year_of_other_noun = matches!(x.kind, Kind::Year(_))
            && x.first > 0
            && (w.year_determiners.contains(&toks[x.first - 1].w) || toks[x.first - 1].possessive)
            && toks.get(x.last + 1).is_some_and(|t| {
                t.raw.starts_with(|c: char| c.is_lowercase())
                    && gap_is(t.gap, &[])
                    && !(t0..t1).contains(&(x.last + 1))
                    && !w.event_nouns.contains(&t.w)
            });
        // "agreed to buy $750bn of energy over three years and to invest
        // $600bn": a length is the verb phrase's it stands in, not that of
        // a verb coordinated with it.
        let length_of_other_verb = matches!(x.kind, Kind::Over(..) | Kind::Within(..)) && {
            let (lo, hi) = if x.last < t0 {
                (x.last + 1, t0)
            } else {
                (t1, x.first)
            };
            (lo..hi).any(|k| {
                w.coordinators.contains(&toks[k].w)
                    && (k + 1..(k + 3).min(hi + 1)).any(|j| {
                        tensed_at(w, toks, j)
                            || w.infinitive_words.contains(&toks[j].w)
                            || w.auxiliaries.contains(&toks[j].w)
                    })
            })
        };
        // "face a 20% tariff under the framework agreed last year", "Under
        // last year's deal, Seoul is to invest", "under the provisions of a
        // 1986 pact": a time on the noun of a phrase that names the frame of
        // the event (`frame_preps`, then a determiner or the time) dates the
        // frame, not the event. On the noun: right after the preposition
        // and its determiner, possessive or before a noun, or after a
        // participle of the phrase ("agreed", "struck"); not "qualify under
        // the pact as of Sept. 1".
        let in_frame = (x.first.saturating_sub(12)..x.first).any(|k| {
            let on_noun = x.first <= k + 2
                || toks[x.last].possessive
                || toks.get(x.last + 1).is_some_and(|t| {
                    gap_is(t.gap, &[]) && t.raw.starts_with(|c: char| c.is_lowercase())
                })
                || (k + 1..x.first).any(|i| ed_verb(w, &toks[i]) || w.past.any_at(toks, i));
            w.frame_preps.contains(&toks[k].w)
                && (k + 1 == x.first || w.determiners.contains(&toks[k + 1].w))
                && !(k..=x.last).contains(&t0)
                && on_noun
                && toks[k + 1..=x.first]
                    .iter()
                    .all(|t| !t.gap.contains([',', ';', ':', '(']))
        });
        // "will scrap duties over 15 years", "remove duties within 12
        // years": for `length_untimed_types`, a length of years is a
        // schedule, not the event's time.
        let untimed_length = matches!(
            x.kind,
            Kind::Over(_, Unit::Year, ..) | Kind::Within(_, Unit::Year)
        ) && w
            .length_untimed_types
            .iter()
            .any(|t| t == e.event_type.as_str());
        own || (!year_of_other_noun
            && !in_frame
            && !untimed_length
            && !length_of_other_verb
            && (under_way || !reporting(w, toks, x, (t0, t1), e.event_type.as_str()))
            && !of_other_noun(x)
            && !not_event_time(w, toks, x, e.event_type.as_str())
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
    // For types that take effect, a time of effect ("from Aug. 1") wins
    // over the day of the decision ("signed a proclamation on Wednesday
    // imposing a 50% tariff ... from Aug. 1").
    let effect_type = w.effect_types.iter().any(|t| t == e.event_type.as_str());
    let effect_verb_ends = |k: usize| {
        w.effect_verbs
            .iter()
            .any(|p| k >= p.len() && phrase_at(toks, k - p.len(), p))
    };
    let effect = |x: &Expr| {
        effect_type
            && x.first > 0
            && (w.effect_words.contains(&toks[x.first - 1].w)
                || effect_verb_ends(x.first)
                || (w.verb_links.contains(&toks[x.first - 1].w) && effect_verb_ends(x.first - 1)))
    };
    // "EU ministers on Thursday gave final approval to new tariffs", "the
    // Commission on Tuesday proposed ... a 50% duty": the day of a decision
    // that does not put the measure in force is not its time.
    // After the trigger, a day (not a time of effect) dates the decision
    // that stands right before it ("announced the tariffs on March 27").
    // "Trump last month threatened a 25% tariff", "threatened on Thursday
    // to put a 200% tariff": the day of a threat is not the measure's (a
    // time of effect is). The threat word follows the time, only its
    // subject between ("last month the White House threatened"), or
    // precedes it by up to two words ("his warning last week"), and stands
    // before the trigger or is it.
    let threat_time = |x: &Expr| {
        let threat = |k: usize| k < t1 && w.threat_words.contains(&toks[k].w);
        let subject = |k: usize| {
            toks[k].raw.starts_with(|c: char| c.is_uppercase())
                || w.determiners.contains(&toks[k].w)
        };
        let after = (x.last + 1..(x.last + 5).min(toks.len()))
            .take_while(|&k| !toks[k].gap.contains([',', ';', ':']))
            .take_while(|&k| threat(k) || subject(k))
            .any(threat);
        let before = (x.first.saturating_sub(2)..x.first).any(|k| {
            threat(k)
                && (k + 1..=x.first).all(|j| {
                    !toks[j].gap.contains([',', ';', ':']) && !w.purpose_preps.contains(&toks[j].w)
                })
        });
        effect_type && !effect(x) && (after || before)
    };
    let decided = |x: &Expr| {
        effect_type
            && ((x.last < t0 && (x.last + 1..t0).any(|k| w.decision_words.contains(&toks[k].w)))
                || (x.first >= t1
                    && matches!(
                        x.kind,
                        Kind::Date(..) | Kind::Weekday(..) | Kind::DayOffset(_)
                    )
                    && !effect(x)
                    && (t0.saturating_sub(3)..t0).any(|k| w.decision_words.contains(&toks[k].w))))
    };
    // "agreed on Thursday to provide $50 billion by the end of the year":
    // the day of the agreement gives way to a time of the event itself.
    // "projects under Tokyo's $550 billion investment pledge", "exporters
    // reeling under steep American tariffs": an event named as the frame of
    // another is not timed by that other's clause, only by a time on it.
    let background = (t0.saturating_sub(5)..t0).any(|k| {
        w.background_preps.contains(&toks[k].w)
            && (k + 1..t0).all(|j| {
                let t = &toks[j];
                !(ed_verb(w, t)
                    || w.finite.contains(&t.w)
                    || t.w.ends_with(w.progressive_suffix.as_str())
                    || t.gap.contains([',', ';', ':']))
            })
    });
    // A trip's purpose carries the meeting's own time: "Lee flies to
    // Washington on Sunday for his first summit with Trump on Monday".
    let travel = {
        let t = e.trigger.text.to_lowercase();
        w.travel_triggers.contains(&t)
    };
    let purpose = |x: &&Expr| {
        travel && x.first > t1 && (t1..x.first).any(|k| w.purpose_preps.contains(&toks[k].w))
    };
    // A rate stepped to after a comma ("..., rising to 25% on June 1"):
    // the times from the participle on are the step's.
    let step = (t0.saturating_sub(4)..t0).rev().find(|&k| {
        w.step_words.contains(&toks[k].w)
            && toks[k].gap.contains(',')
            && toks.get(k + 1).is_some_and(|t| t.w == "to" || t.w == "up")
    });
    // "concluded talks on Tuesday on a pact that will cut duties",
    // "released a framework on Saturday under which Washington will apply a
    // tariff": a time before a clause about a thing ("that", "which") that
    // has a future of its own (`embedded_modals`) is not the time of an event
    // in that clause; unless the clause is at the thing ("a news conference
    // today at which they will discuss": `occasion_preps`).
    let embedded = |x: &Expr| {
        x.last < t0
            && (x.last + 1..t0).any(|k| {
                ids[k] == clause
                    && w.event_relatives.contains(&toks[k].w)
                    && !w.occasion_preps.contains(&toks[k - 1].w)
                    && (k + 1..t0).any(|j| w.embedded_modals.contains(&toks[j].w))
            })
    };
    let mut best = exprs
        .iter()
        .filter(|x| step.is_none_or(|k| x.first > k))
        .filter(|x| !embedded(x))
        .filter(|x| ids[x.first] == clause || (x.first <= t0 && x.last >= t0))
        .filter(|x| !decided(x) && !threat_time(x))
        .filter(|x| !background || (x.first <= t1 + 3 && x.last + 3 >= t0))
        .filter(usable)
        .min_by_key(|x| {
            (
                coordinated(x),
                !purpose(x),
                !effect(x),
                before_infinitive(x),
                dist(x),
                x.last < t0,
            )
        });
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
        let opener = first(clause).filter(|&cs| cs > 0);
        // "said on Friday after a round of talks": the report's day.
        // "two days after": a measured distance from the clause it hangs on.
        let measured = |cs: usize| {
            let r = Recogniser { w, t: toks };
            (cs >= 2
                && r.count(cs - 2).is_some()
                && r.unit(cs - 1).is_some()
                // Not a length of something else ("pausing tariffs for 90
                // days after talks").
                && (cs < 3 || !w.length_preps.contains(&toks[cs - 3].w)))
                // "hours after": the same day, no shift.
                || (cs >= 1 && w.same_day_lags.contains(&toks[cs - 1].w))
        };
        // A report's day is not shared with a clause that came first
        // ("said on Friday after talks") nor with one inside what was said
        // ("Trump said on Tuesday exporters would pay 19% while goods would
        // enter free of duties"); it is with a clause of the same moment
        // after a comma ("told Biden on Saturday ..., as the two met").
        let not_with_report = opener.is_some_and(|cs| {
            !measured(cs) && (w.earlier.contains(&toks[cs].w) || !toks[cs].gap.contains(','))
        });
        // An event reported in its own clause ("..., where he told workers
        // he would double the levy") is not at that clause's moment.
        let reported =
            opener.is_some_and(|cs| (cs..t0).any(|k| w.speech_verbs.contains(&toks[k].w)));
        // ("Speaking at the White House on Tuesday, Trump said ... while
        // goods would enter free of duties").
        let said = |x: &Expr| {
            (x.first.saturating_sub(6)..x.first).any(|i| w.speech_verbs.contains(&toks[i].w))
                || toks
                    .get(x.last + 1)
                    .is_some_and(|t| w.speech_verbs.contains(&t.w))
        };
        // "in December, when India agreed": the time the clause hangs on.
        let relative_when = |x: &Expr| {
            opener.is_some_and(|cs| x.last + 1 == cs && w.relative_when.contains(&toks[cs].w))
        };
        // An "after" with no verb ("after two days of negotiations", "after
        // a call") names an earlier event, not a moment shared with the
        // clause it hangs on ("announced on Sunday after she met Trump").
        let has_verb = (0..toks.len()).any(|i| {
            ids[i] == clause
                && (tensed_at(w, toks, i)
                    || (toks[i].w.len() > 4 && toks[i].w.ends_with(w.progressive_suffix.as_str())))
        });
        // A tense word or finite verb in a clause ("before the pause
        // expires on July 9" is a clause, not a noun phrase).
        let clause_has_tense =
            |c: usize| (0..toks.len()).any(|i| ids[i] == c && tensed_at(w, toks, i));
        let forward = opener.is_some_and(|cs| {
            w.simultaneous.contains(&toks[cs].w)
                && !reported
                && (has_verb || measured(cs) || !w.earlier.contains(&toks[cs].w))
        });
        let linked: Vec<usize> = match first(clause) {
            Some(cs) if forward => vec![ids[cs - 1]],
            _ => {
                let mut seen = Vec::new();
                for i in 1..toks.len() {
                    // Only a clause after the trigger, at no measured
                    // distance ("barely two weeks after"), not on a report.
                    if ids[i] != ids[i - 1]
                        && ids[i - 1] == clause
                        && i >= t1
                        && (w.back_links.contains(&toks[i].w)
                            || (w.nominal_back_links.contains(&toks[i].w)
                                && !clause_has_tense(ids[i])
                                && toks.get(i + 1).is_some_and(|t| {
                                    w.determiners.contains(&t.w)
                                        || t.w.ends_with(w.progressive_suffix.as_str())
                                })))
                        && !(t1..i).any(|k| {
                            w.speech_verbs.contains(&toks[k].w)
                                || w.clause_speech_verbs.contains(&toks[k].w)
                        })
                        && !measured(i)
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
                    && (relative_when(x)
                        || matches!(
                            x.kind,
                            Kind::Date(..) | Kind::Weekday(..) | Kind::DayOffset(_) | Kind::Clock
                        ))
            })
            // The time of an announcement counts here: "announced the deal
            // on Tuesday after meeting Akazawa" (not of a statement).
            .filter(|x| {
                // "frozen since October, when Trump put him in charge of
                // talks": the time a "when" clause hangs on is its time,
                // whatever word stands before it.
                !((not_event_time(w, toks, x, e.event_type.as_str()) && !relative_when(x))
                    || (not_with_report && said(x))
                    || embedded(x)
                    || dateline(toks, x))
            })
            .min_by_key(|x| dist(x));
        linked_time = best.is_some() && !forward;
        // "two days after he cut off talks": the inherited day, shifted.
        if let Some(cs) = first(clause)
            && best.is_some()
            && cs >= 2
            && let Some(&sign) = w.shifts.get(&toks[cs].w)
            // Not a length of something else ("pausing tariffs for 90 days
            // after talks").
            && (cs < 3 || !w.length_preps.contains(&toks[cs - 3].w))
        {
            let n = Recogniser { w, t: toks }.count(cs - 2);
            let unit = w.units.get(&toks[cs - 1].w).copied();
            shift_days = match (n, unit) {
                (Some(n), Some(Unit::Day)) => sign * i64::from(n),
                (Some(n), Some(Unit::Week)) => sign * 7 * i64::from(n),
                _ => 0,
            };
        }
    }
    if best.is_none() {
        return since_span(
            w,
            text,
            sentence,
            (clause, t0, t1),
            e.event_type.as_str(),
            today,
        );
    }
    let x = best?;
    if threat_time(x) {
        return None;
    }
    // A time from a clause hanging on the event's goes by that clause's
    // tense.
    let tense_clause = if linked_time { ids[x.first] } else { clause };
    let mut value = x.resolve(
        today,
        tense(w, toks, ids, tense_clause, (t0, t1), e.modality, x),
    )?;
    if shift_days != 0 {
        value = match value.day().and_then(|d| d.plus_days(shift_days)) {
            Some(d) => TimeValue::At(Point::Day(d)),
            None => return None,
        };
    }
    // "will invest $200bn in the US by 2028", "by the end of 2028": a sum
    // that accrues up to a deadline year runs from the article's year to
    // it (not "$300bn a year by 2035", a level reached then).
    let deadline = (x.first.saturating_sub(2)..=x.first).rev().find(|&i| {
        w.deadline_words.contains(&toks[i].w)
            && (i + 1..x.first).all(|k| w.determiners.contains(&toks[k].w))
    });
    if w.accrual_types.iter().any(|t| t == e.event_type.as_str())
        && let Kind::Year(y) = x.kind
        && let Some(day) = today
        && y > day.year
        && let Some(by) = deadline
        && !(by > 0 && w.accrual_level_words.contains(&toks[by - 1].w))
    {
        value = TimeValue::Span(Point::Year(day.year), Point::Year(y));
    }
    // "arrived on Thursday evening for a two-day state visit": a day on a
    // meeting that lasts days starts a span of them.
    if w.lasting_types.iter().any(|t| t == e.event_type.as_str())
        && let Some(d) = value.day()
        && let Some((n, ends)) = lasting_days(w, toks, t0, t1)
    {
        // "wrapped up two days of talks on Saturday", "at the end of a
        // four-day visit": the day is the last of them.
        let span = if ends {
            d.plus_days(1 - i64::from(n)).map(|first| (first, d))
        } else {
            d.plus_days(i64::from(n) - 1).map(|last| (d, last))
        };
        if let Some((a, b)) = span {
            value = TimeValue::Span(Point::Day(a), Point::Day(b));
        }
    }
    Some(When {
        text: text[x.start..x.end].to_string(),
        start: x.start,
        end: x.end,
        value,
    })
}

/// The length in days of a compound "two-day" / "3-day" within five words
/// before the trigger or six after it, or of "two days of" right before it
/// ("began two days of talks"), when it is from two to fourteen; and
/// whether a word of `lasting_end_words` near it makes the event's day its
/// last ("wrapped up four days of talks", "a two-day session ending today").
fn lasting_days(w: &TimeWords, toks: &[Tok], t0: usize, t1: usize) -> Option<(u32, bool)> {
    let r = Recogniser { w, t: toks };
    let (k, n) =
        (t0.saturating_sub(5)..(t1 + 6).min(toks.len().saturating_sub(1))).find_map(|k| {
            let n = r.count(k)?;
            let next = &toks[k + 1];
            let day = w.units.get(&next.w) == Some(&Unit::Day) && (2..=14).contains(&n);
            let compound = next.gap == "-";
            // "two days of talks": the count, its unit and "of" right on the
            // trigger.
            let days_of =
                k + 3 == t0 && gap_is(next.gap, &[]) && w.of_words.contains(&toks[k + 2].w);
            (day && (compound || days_of)).then_some((k, n))
        })?;
    let ends = (k.saturating_sub(4)..(t1 + 3).min(toks.len()))
        .filter(|&i| i < k || i >= t1)
        .any(|i| w.lasting_end_words.contains(&toks[i].w));
    Some((n, ends))
}

/// Fills every event's `when` from the article text and its day (if
/// known). Called once per article after extraction, before keys are made.
pub fn annotate(events: &mut [Event], text: &str, today: Option<Day>) {
    annotate_with(TimeWords::embedded(), events, text, today)
}

/// [`annotate`] with given word tables.
pub fn annotate_with(w: &TimeWords, events: &mut [Event], text: &str, today: Option<Day>) {
    annotate_only(w, events, text, today, |_| true)
}

/// [`annotate`] for the events `need` picks (by index) only; the others
/// keep their `when`. An event's time depends on its sentence and itself
/// alone, so a later call for the rest gives what one call for all would:
/// the extractor times first the events whose modality a time may settle,
/// and the rest only once the sense model has kept them.
pub fn annotate_only(
    w: &TimeWords,
    events: &mut [Event],
    text: &str,
    today: Option<Day>,
    need: impl Fn(usize) -> bool,
) {
    SPARE_WORDS.with(|spare| {
        let mut spare = spare.borrow_mut();
        annotate_spare(w, events, text, today, need, &mut spare)
    })
}

thread_local! {
    /// The lowercase words' Strings of the sentences timed last, reused by
    /// the next ones on this thread (see [`recognise::tokens_reusing`]).
    static SPARE_WORDS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// [`annotate_only`], its words' Strings taken from and given back to
/// `spare`.
fn annotate_spare(
    w: &TimeWords,
    events: &mut [Event],
    text: &str,
    today: Option<Day>,
    need: impl Fn(usize) -> bool,
    spare: &mut Vec<String>,
) {
    let mut i = 0;
    while i < events.len() {
        let (s, end) = (events[i].sentence.start, events[i].sentence.end);
        let mut j = i;
        while j < events.len() && events[j].sentence.start == s {
            j += 1;
        }
        if text.get(s..end).is_none() || !(i..j).any(&need) {
            i = j;
            continue;
        }
        let toks = tokens_reusing(text, s, end, spare);
        let exprs = recognise_tokens(w, &toks);
        if exprs.is_empty() {
            for (k, e) in events[i..j].iter_mut().enumerate() {
                if need(i + k) {
                    e.when = None;
                }
            }
            give_back(toks, spare);
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
        for (k, e) in events[i..j].iter_mut().enumerate() {
            if need(i + k) {
                e.when = event_when(w, text, &analysed, e, today);
            }
        }
        give_back(analysed.toks, spare);
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
        // Every file's problem at once, each naming its file (after the
        // embedded tables, which they extend).
        let with = |extra: &[(&'static str, &'static str)]| {
            let mut files = DEFAULT_TIME_FILES.to_vec();
            files.extend_from_slice(extra);
            TimeWords::parse(&files)
        };
        let errs = with(&[
            ("a.toml", "[month_parts]\nearly = [10, 1]\n"),
            ("b.toml", "[units]\nfortnight = \"fortnight\"\n"),
        ])
        .unwrap_err();
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert!(errs[0].starts_with("a.toml") && errs[1].starts_with("b.toml"));
        // A word listed twice under one key, with the key's line.
        let errs = with(&[(
            "c.toml",
            "# words\n[grammar]\nrange_words = [\"to\", \"till\", \"to\"]\n",
        )])
        .unwrap_err();
        assert_eq!(errs, ["c.toml:3: range_words lists \"to\" twice"]);
        // A table set without its word endings is refused.
        let errs = TimeWords::parse(&[("d.toml", "[days]\ntoday = 0\n")]).unwrap_err();
        assert_eq!(errs.len(), 3, "{errs:?}");
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

    #[test]
    fn words_added_by_overriding_data_start_expressions() {
        // The recogniser skips words no table starts an expression with; a
        // word a run-time file adds must not be skipped.
        let cases = [
            (
                "[days]\novermorrow = 2\n",
                "The vote is overmorrow.",
                "overmorrow",
            ),
            (
                "[clock]\nwords = [\"teatime\"]\n",
                "They met at teatime.",
                "teatime",
            ),
            (
                "[numbers]\nscore = 20\n",
                "It closed score days ago.",
                "score days ago",
            ),
            (
                "[lengths]\ninside = \"within\"\n",
                "Pay inside 30 days.",
                "inside 30 days",
            ),
        ];
        for (toml, text, want) in cases {
            let mut files = DEFAULT_TIME_FILES.to_vec();
            files.push(("extra.toml", toml));
            let w = TimeWords::parse(&files).unwrap();
            let found: Vec<&str> = recognise(&w, text, 0, text.len())
                .iter()
                .map(|e| &text[e.start..e.end])
                .collect();
            assert_eq!(found, [want], "{toml}");
            let before = recognise(TimeWords::embedded(), text, 0, text.len());
            assert!(
                before.iter().all(|e| &text[e.start..e.end] != want),
                "{text}"
            );
        }
    }
}
