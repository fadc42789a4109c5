//! Article dates: parsed once from the forms news feeds use, so the lexicon
//! can pick the office holder of the day and event keys can name the day.
//!
//! Accepted forms (anything after the date — a time, a zone — is ignored):
//!
//! | form                      | example                          |
//! |---------------------------|----------------------------------|
//! | ISO 8601                  | `2025-10-29`, `2025-10-29T08:00Z` |
//! | Reuters-21578             | `26-FEB-1987 15:01:01.79`        |
//! | day month year (RFC 2822) | `Wed, 29 Oct 2025 08:00:00 GMT`, `29 October 2025` |
//! | month day, year           | `October 29, 2025`, `Oct. 29, 2025` |

use std::fmt;

/// A calendar day. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    /// Year, e.g. 1987.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl fmt::Display for Day {
    /// ISO 8601: `1987-02-26`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Day {
    /// A day from its parts, if they make a real date (leap years included).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Day> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1000 && (1..=days).contains(&day)).then_some(Day { year, month, day })
    }

    /// Parses an article date in any of the forms in the module docs;
    /// `None` for anything else (an unparsable date is treated as unknown).
    pub fn parse(s: &str) -> Option<Day> {
        let s = s.trim();
        iso(s)
            .or_else(|| reuters(s))
            .or_else(|| day_month_year(s))
            .or_else(|| month_day_year(s))
    }
}

/// `2025-10-29...`
fn iso(s: &str) -> Option<Day> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    if b.len() > 10 && b[10].is_ascii_digit() {
        return None;
    }
    Day::new(num(&s[0..4])?, num(&s[5..7])?, num(&s[8..10])?)
}

/// `26-FEB-1987 15:01:01.79`
fn reuters(s: &str) -> Option<Day> {
    let head = s.split_whitespace().next()?;
    let mut parts = head.split('-');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    Day::new(num(y)?, month(m)?, num(d)?)
}

/// `Wed, 29 Oct 2025 08:00:00 GMT`, `29 October 2025`
fn day_month_year(s: &str) -> Option<Day> {
    three_word_date(s, 0, 1)
}

/// `October 29, 2025`, `Oct. 29, 2025`
fn month_day_year(s: &str) -> Option<Day> {
    three_word_date(s, 1, 0)
}

/// The first run of three words (split at white space and commas) that reads
/// as day, month and a four-digit year, the day and month at the given places.
fn three_word_date(s: &str, day_at: usize, month_at: usize) -> Option<Day> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).find_map(|w| {
        if w[2].len() != 4 {
            return None;
        }
        Day::new(num(w[2])?, month(w[month_at])?, num(w[day_at])?)
    })
}

fn num<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Month number from an English name or abbreviation, any case, with or
/// without a full stop ("FEB", "Feb.", "February", "Sept").
fn month(s: &str) -> Option<u8> {
    let s = s.trim_end_matches('.').to_ascii_lowercase();
    if s.len() < 3 {
        return None;
    }
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    NAMES
        .iter()
        .position(|n| n.starts_with(&s))
        .map(|i| i as u8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let cases: &[(&str, Option<&str>)] = &[
            ("26-FEB-1987 15:01:01.79", Some("1987-02-26")),
            (" 1-MAR-1987 09:00:00.00", Some("1987-03-01")),
            ("2025-10-29", Some("2025-10-29")),
            ("2025-10-29T08:15:00Z", Some("2025-10-29")),
            ("Wed, 29 Oct 2025 08:00:00 GMT", Some("2025-10-29")),
            ("29 October 2025", Some("2025-10-29")),
            ("October 29, 2025", Some("2025-10-29")),
            ("Sept. 3, 1987", Some("1987-09-03")),
            ("29-FEB-1988", Some("1988-02-29")),
            ("29-FEB-1987", None),
            ("2025-13-01", None),
            ("20251029", None),
            ("yesterday", None),
            ("", None),
            ("31-JUN-1987", None),
            ("12-MA-1987", None),
        ];
        for (s, want) in cases {
            assert_eq!(
                Day::parse(s).map(|d| d.to_string()).as_deref(),
                *want,
                "{s:?}"
            );
        }
    }

    #[test]
    fn order_is_chronological() {
        let a = Day::parse("31-DEC-1986").unwrap();
        let b = Day::parse("1987-01-01").unwrap();
        assert!(a < b);
    }
}
