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

    /// Days in this day's month.
    pub fn month_len(year: u16, month: u8) -> u8 {
        (28..=31u8)
            .rev()
            .find(|&d| Day::new(year, month, d).is_some())
            .unwrap_or(28)
    }

    /// Days since 1970-01-01 (negative before), for date arithmetic
    /// (the civil-from-days algorithm of H. Hinnant).
    pub fn epoch_days(self) -> i64 {
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `n` days after 1970-01-01; `None` outside years 1000–9999.
    pub fn from_epoch_days(n: i64) -> Option<Day> {
        let z = n + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        if !(1000..=9999).contains(&y) {
            return None;
        }
        Day::new(y as u16, m as u8, d as u8)
    }

    /// The day `n` days later (earlier when negative).
    pub fn plus_days(self, n: i64) -> Option<Day> {
        Day::from_epoch_days(self.epoch_days() + n)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.epoch_days() + 3).rem_euclid(7)) as u8
    }

    /// The same day `n` months later (earlier when negative), moved back to
    /// the month's last day where it has fewer days ("Jan. 31" + 1 month is
    /// Feb. 28 or 29).
    pub fn plus_months(self, n: i32) -> Option<Day> {
        let total = i32::from(self.year) * 12 + i32::from(self.month) - 1 + n;
        let (y, m) = (total.div_euclid(12), total.rem_euclid(12) + 1);
        let y = u16::try_from(y).ok()?;
        let d = self.day.min(Day::month_len(y, m as u8));
        Day::new(y, m as u8, d)
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

impl Day {
    /// The date of a plain-text article from its top: a date line among the
    /// first five lines ("4 September 2025", "Published: Sept. 4, 2025",
    /// "Thursday, 4 September 2025"), or a dateline opening the text
    /// ("WASHINGTON, Sept. 4, 2025 – ..."). Only dates with a year count.
    pub fn at_top(text: &str) -> Option<Day> {
        let labels = &crate::when::TimeWords::embedded().date_labels;
        for line in text.lines().filter(|l| !l.trim().is_empty()).take(5) {
            let line = line.trim();
            // A date line: the date alone, after a label or a weekday.
            if line.len() <= 60 {
                let lower = line.to_lowercase();
                let rest = labels
                    .iter()
                    .find_map(|l| {
                        lower
                            .strip_prefix(l.as_str())
                            .map(|r| &line[line.len() - r.len()..])
                    })
                    .unwrap_or(line);
                if rest.split_whitespace().count() <= 6
                    && let Some(d) = Day::parse(rest.trim_start_matches([':', ' ']))
                {
                    return Some(d);
                }
            }
            // A dateline: "CITY, <date> –".
            let head = ["–", "—", " - ", "(Reuters)"]
                .iter()
                .filter_map(|d| line.find(d))
                .min()
                .map(|i| &line[..i]);
            if let Some(head) = head
                && head.len() <= 60
                && let Some((city, date)) = head.split_once(',')
                && city.chars().any(char::is_uppercase)
                && !city.chars().any(char::is_lowercase)
                && let Some(d) = Day::parse(date)
            {
                return Some(d);
            }
        }
        None
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
/// without a full stop ("FEB", "Feb.", "February", "Sept"): any prefix of
/// three letters or more of a month name of the shared calendar
/// (`data/words/calendar.toml`).
fn month(s: &str) -> Option<u8> {
    let s = s.trim_end_matches('.');
    // An ASCII word ("FEB", the Reuters dates' every article) is compared
    // ASCII case aside, as it stands: its lowercase form is as long and
    // compares the same, so none is made.
    let lower = if s.is_ascii() {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    };
    if lower.len() < 3 {
        return None;
    }
    crate::vocab::get()
        .calendar
        .months
        .iter()
        .position(|m| {
            // An ASCII name is compared as it stands, ASCII case aside: no
            // lowercase copy of each month's name.
            if m.name.is_ascii() {
                m.name
                    .as_bytes()
                    .get(..lower.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(lower.as_bytes()))
            } else {
                // (`lower` is the word itself when ASCII: lowered here.)
                let word = if s.is_ascii() {
                    std::borrow::Cow::Owned(s.to_ascii_lowercase())
                } else {
                    lower.clone()
                };
                m.name.to_lowercase().starts_with(&*word)
            }
        })
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
    fn arithmetic() {
        let d = |s: &str| Day::parse(s).unwrap();
        assert_eq!(d("1970-01-01").epoch_days(), 0);
        assert_eq!(d("2025-09-04").weekday(), 3, "a Thursday");
        assert_eq!(d("1987-02-26").weekday(), 3, "a Thursday");
        assert_eq!(d("2024-02-28").plus_days(1), Some(d("2024-02-29")));
        assert_eq!(d("2025-12-31").plus_days(1), Some(d("2026-01-01")));
        assert_eq!(d("1987-03-01").plus_days(-1), Some(d("1987-02-28")));
        assert_eq!(d("2025-01-31").plus_months(1), Some(d("2025-02-28")));
        assert_eq!(d("2025-01-15").plus_months(-1), Some(d("2024-12-15")));
        for n in [-800_000i64, -1, 0, 1, 19_000, 2_000_000] {
            if let Some(x) = Day::from_epoch_days(n) {
                assert_eq!(x.epoch_days(), n);
            }
        }
    }

    #[test]
    fn dates_at_the_top_of_a_text_file() {
        let cases: &[(&str, Option<&str>)] = &[
            ("4 September 2025\n\nJapan pledged ...", Some("2025-09-04")),
            (
                "Headline here\nPublished: Sept. 4, 2025\nText.",
                Some("2025-09-04"),
            ),
            ("Thursday, 4 September 2025\nText.", Some("2025-09-04")),
            ("Date: 2025-09-04\nText.", Some("2025-09-04")),
            (
                "WASHINGTON, Sept. 4, 2025 – The United States ...",
                Some("2025-09-04"),
            ),
            (
                "Headline\nLONDON, 4 September 2025 (Reuters) - Britain ...",
                Some("2025-09-04"),
            ),
            ("WASHINGTON, Sept. 4 – no year in this dateline", None),
            (
                "ELLABELL, Georgia – agents raided a plant on Thursday.",
                None,
            ),
            (
                "Japan pledged aid. Talks are set for 4 September 2025 in a city far away from here.",
                None,
            ),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(
                Day::at_top(text).map(|d| d.to_string()).as_deref(),
                *want,
                "{text:?}"
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
