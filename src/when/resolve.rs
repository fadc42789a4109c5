//! Time expressions resolved against the article's day and the event's tense.

use super::*;

pub(crate) fn day(y: u16, m: u8, d: u8) -> Option<Day> {
    Day::new(y, m, d)
}

pub(crate) fn add_months(y: u16, m: u8, n: i32) -> (u16, u8) {
    let total = i32::from(y) * 12 + i32::from(m) - 1 + n;
    (
        total.div_euclid(12) as u16,
        (total.rem_euclid(12) + 1) as u8,
    )
}

/// Months `a` to `b` of year `y`.
pub(crate) fn year_months(y: u16, (a, b): (u8, u8)) -> TimeValue {
    TimeValue::Span(Point::Month(y, a), Point::Month(y, b))
}

pub(crate) fn shift(d: Day, n: u32, u: Unit, sign: i64) -> Option<Day> {
    let n = i64::from(n) * sign;
    match u {
        Unit::Day => d.plus_days(n),
        Unit::Week => d.plus_days(7 * n),
        Unit::Month => d.plus_months(n as i32),
        Unit::Year => d.plus_months(12 * n as i32),
    }
}

/// The days `a` to `b` as a span at the precision of `u`: months for a
/// length in months ("within six months" from 21 October 2025 is
/// `2025-10/2026-04`), days otherwise.
pub(crate) fn span_in(a: Day, b: Day, u: Unit) -> TimeValue {
    match u {
        Unit::Month => {
            TimeValue::Span(Point::Month(a.year, a.month), Point::Month(b.year, b.month))
        }
        _ => TimeValue::Span(Point::Day(a), Point::Day(b)),
    }
}

/// How far from the article's day an explicit day ("Sept. 4") without a
/// year may lie for its nearest occurrence to be taken whatever the tense:
/// news dates days near the article, and a wrong tense is likelier than a
/// day a year off.
pub(crate) const NEAREST_DAYS: i64 = 120;

/// The year of month `m` (day `d`): for a day, its occurrence nearest the
/// article's day when that is within [`NEAREST_DAYS`]; otherwise the nearest
/// in the direction of the tense, the article's own month or day included.
pub(crate) fn year_for(today: Day, m: u8, d: Option<u8>, tense: Tense) -> u16 {
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

pub(crate) fn resolve(kind: Kind, today: Option<Day>, tense: Tense) -> Option<TimeValue> {
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
        Kind::MonthInYear(m, r) => {
            TimeValue::At(Point::Month((i32::from(need()?.year) + r) as u16, m))
        }
        // A clock time with no date: today for what has happened; a future
        // one may be any day.
        Kind::Clock => match tense {
            Tense::Past => TimeValue::At(Point::Day(need()?)),
            Tense::Future => return None,
        },
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
                // "this weekend" in a Monday or Tuesday story told in the
                // past: the one just gone ("talks held this weekend").
                (Some(0), Tense::Past) if wd <= 1 => this_sat.plus_days(-7)?,
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
        Kind::WeekdaySpan(a, b, r) => {
            let TimeValue::At(Point::Day(first)) = resolve(Kind::Weekday(a, r), today, tense)?
            else {
                return None;
            };
            let days = (i64::from(b) - i64::from(a)).rem_euclid(7);
            TimeValue::Span(Point::Day(first), Point::Day(first.plus_days(days)?))
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
        // "last summer" is the year of the one gone by; "this summer",
        // "next spring", "in the summer" its months.
        Kind::Season(_, b, Some(r)) if r < 0 => {
            let t = need()?;
            TimeValue::At(Point::Year(if t.month > b { t.year } else { t.year - 1 }))
        }
        Kind::Season(a, b, r) => {
            let t = need()?;
            let y = match (r, tense) {
                (Some(0), _) => t.year,
                (Some(_), _) if t.month < a => t.year,
                (Some(_), _) => t.year + 1,
                (None, Tense::Past) if t.month < a => t.year - 1,
                (None, Tense::Future) if t.month > b => t.year + 1,
                (None, _) => t.year,
            };
            year_months(y, (a, b))
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
        // The point a length from the article's day forward ("in three
        // years") does not time what has happened ("had met three times in
        // three years").
        Kind::After(..) if tense == Tense::Past => return None,
        Kind::After(n, u) => {
            let t = need()?;
            let d = shift(t, n, u, 1)?;
            match u {
                Unit::Day | Unit::Week => TimeValue::At(Point::Day(d)),
                Unit::Month => TimeValue::At(Point::Month(d.year, d.month)),
                Unit::Year => TimeValue::At(Point::Year(d.year)),
            }
        }
        // At the unit's precision: "within 45 days" runs day to day,
        // "within six months" month to month.
        Kind::Within(n, u) => {
            let t = need()?;
            span_in(t, shift(t, n, u, 1)?, u)
        }
        Kind::Over(n, u, start, dir) => match (start, u) {
            // Years count in calendar years. From a start year given they
            // are whole years: "over four years starting in 2026" is
            // 2026/2029. From the article's day they run to its day n years
            // on: "over three years" in July 2025 is 2025/2028; in December
            // the year has all but gone, so "over the next two years" from
            // 19 December 2025 is 2026/2027.
            (_, Unit::Year) => {
                let n = u16::try_from(n).ok()?;
                match start {
                    Some(y) if dir > 0 => TimeValue::Span(
                        Point::Year(y),
                        Point::Year(y.checked_add(n.saturating_sub(1))?),
                    ),
                    Some(y) => TimeValue::Span(Point::Year(y.checked_sub(n)?), Point::Year(y)),
                    None => {
                        let t = need()?;
                        let y = t.year;
                        if dir < 0 {
                            TimeValue::Span(Point::Year(y.checked_sub(n)?), Point::Year(y))
                        } else {
                            let first = if t.month == 12 && n > 1 { y + 1 } else { y };
                            TimeValue::Span(Point::Year(first), Point::Year(y.checked_add(n)?))
                        }
                    }
                }
            }
            (Some(_), _) => return None,
            // "talks over two days" in the past: a length, not a time.
            (None, Unit::Day | Unit::Week) if dir > 0 && tense == Tense::Past => return None,
            (None, _) => {
                let t = need()?;
                if dir < 0 {
                    span_in(shift(t, n, u, -1)?, t, u)
                } else {
                    span_in(t, shift(t, n, u, 1)?, u)
                }
            }
        },
    })
}
