//! The time words of `data/time/*.toml`, loaded and looked up.

use super::*;
use crate::trie::FnvMap;

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
pub(crate) struct DayParts {
    #[serde(default)]
    pub(crate) words: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct ClauseWords {
    #[serde(default)]
    pub(crate) month_preps: Vec<String>,
    #[serde(default)]
    pub(crate) not_event_time: Vec<String>,
    #[serde(default)]
    pub(crate) openers: Vec<String>,
    #[serde(default)]
    pub(crate) relatives: Vec<String>,
    #[serde(default)]
    pub(crate) event_relatives: Vec<String>,
    #[serde(default)]
    pub(crate) verb_links: Vec<String>,
    #[serde(default)]
    pub(crate) simultaneous: Vec<String>,
    #[serde(default)]
    pub(crate) not_verbs: Vec<String>,
    #[serde(default)]
    pub(crate) announce_types: Vec<String>,
    #[serde(default)]
    pub(crate) timing_participles: Vec<String>,
    #[serde(default)]
    pub(crate) clause_speech_verbs: Vec<String>,
    #[serde(default)]
    pub(crate) pronouns: Vec<String>,
    #[serde(default)]
    pub(crate) month_determiners: Vec<String>,
    #[serde(default)]
    pub(crate) determiners: Vec<String>,
    #[serde(default)]
    pub(crate) subordinators: Vec<String>,
    #[serde(default)]
    pub(crate) speech_verbs: Vec<String>,
    #[serde(default)]
    pub(crate) future: Vec<String>,
    #[serde(default)]
    pub(crate) past: Vec<String>,
    #[serde(default)]
    pub(crate) infinitive_governors: Vec<String>,
    #[serde(default)]
    pub(crate) earlier: Vec<String>,
    #[serde(default)]
    pub(crate) back_links: Vec<String>,
    #[serde(default)]
    pub(crate) nominal_back_links: Vec<String>,
    #[serde(default)]
    pub(crate) relative_when: Vec<String>,
    #[serde(default)]
    pub(crate) coordinators: Vec<String>,
    #[serde(default)]
    pub(crate) finite: Vec<String>,
    #[serde(default)]
    pub(crate) since_types: Vec<String>,
    #[serde(default)]
    pub(crate) effect_types: Vec<String>,
    #[serde(default)]
    pub(crate) effect_words: Vec<String>,
    #[serde(default)]
    pub(crate) auxiliaries: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct ClockWords {
    #[serde(default)]
    pub(crate) meridiem: Vec<String>,
    #[serde(default)]
    pub(crate) words: Vec<String>,
    #[serde(default)]
    pub(crate) phrases: Vec<String>,
    #[serde(default)]
    pub(crate) lead: Vec<String>,
}

/// A table's entries with lowercase keys.
pub(crate) fn lower<V>(m: HashMap<String, V>) -> Vec<(String, V)> {
    m.into_iter().map(|(k, v)| (k.to_lowercase(), v)).collect()
}

/// One `data/time/*.toml` file as written.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct TimeFile {
    #[serde(default)]
    pub(crate) days: HashMap<String, i64>,
    #[serde(default)]
    pub(crate) relative: HashMap<String, i32>,
    #[serde(default)]
    pub(crate) day_parts: DayParts,
    #[serde(default)]
    pub(crate) numbers: HashMap<String, u32>,
    #[serde(default)]
    pub(crate) ordinals: HashMap<String, u8>,
    #[serde(default)]
    pub(crate) units: HashMap<String, Unit>,
    #[serde(default)]
    pub(crate) parts: DayParts,
    #[serde(default)]
    pub(crate) clauses: ClauseWords,
    #[serde(default)]
    pub(crate) clock: ClockWords,
    #[serde(default)]
    pub(crate) article_dates: ArticleDates,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct ArticleDates {
    #[serde(default)]
    pub(crate) labels: Vec<String>,
}

/// The word tables of the time recogniser, merged from `data/time/*.toml`.
#[derive(Debug, Clone, Default)]
pub struct TimeWords {
    // FNV, not the default SipHash: the recogniser looks up several of
    // these per word of every sentence holding a candidate event.
    pub(crate) months: FnvMap<String, u8>,
    pub(crate) weekdays: FnvMap<String, u8>,
    pub(crate) days: FnvMap<String, i64>,
    pub(crate) relative: FnvMap<String, i32>,
    pub(crate) day_parts: Vec<String>,
    pub(crate) numbers: FnvMap<String, u32>,
    pub(crate) ordinals: FnvMap<String, u8>,
    pub(crate) units: FnvMap<String, Unit>,
    pub(crate) parts: Vec<String>,
    pub(crate) month_preps: Vec<String>,
    pub(crate) not_event_time: Vec<Vec<String>>,
    pub(crate) openers: Vec<String>,
    pub(crate) relatives: Vec<String>,
    pub(crate) event_relatives: Vec<String>,
    pub(crate) verb_links: Vec<String>,
    pub(crate) simultaneous: Vec<String>,
    pub(crate) not_verbs: Vec<String>,
    pub(crate) announce_types: Vec<String>,
    pub(crate) timing_participles: Vec<String>,
    pub(crate) clause_speech_verbs: Vec<String>,
    pub(crate) pronouns: Vec<String>,
    pub(crate) month_determiners: Vec<String>,
    pub(crate) determiners: Vec<String>,
    pub(crate) subordinators: Vec<String>,
    pub(crate) speech_verbs: Vec<String>,
    pub(crate) future: Vec<Vec<String>>,
    pub(crate) past: Vec<Vec<String>>,
    pub(crate) infinitive_governors: Vec<String>,
    pub(crate) earlier: Vec<String>,
    pub(crate) back_links: Vec<String>,
    pub(crate) nominal_back_links: Vec<String>,
    pub(crate) relative_when: Vec<String>,
    pub(crate) coordinators: Vec<String>,
    pub(crate) finite: Vec<String>,
    pub(crate) since_types: Vec<String>,
    pub(crate) effect_types: Vec<String>,
    pub(crate) effect_words: Vec<String>,
    pub(crate) auxiliaries: Vec<String>,
    /// After an hour ("a.m."), as the letters of each ("am").
    pub(crate) meridiem: Vec<String>,
    pub(crate) clock_words: Vec<String>,
    /// Longest first.
    pub(crate) clock_phrases: Vec<Vec<String>>,
    /// Longest first.
    pub(crate) clock_lead: Vec<Vec<String>>,
    /// Labels before a date line at the top of a text file ("published:"),
    /// lowercase.
    pub date_labels: Vec<String>,
}

pub(crate) fn phrases(list: &[String]) -> Vec<Vec<String>> {
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
            w.infinitive_governors.extend(low(c.infinitive_governors));
            w.earlier.extend(low(c.earlier));
            w.back_links.extend(low(c.back_links));
            w.nominal_back_links.extend(low(c.nominal_back_links));
            w.relative_when.extend(low(c.relative_when));
            w.coordinators.extend(low(c.coordinators));
            w.finite.extend(low(c.finite));
            w.since_types.extend(low(c.since_types));
            w.effect_types.extend(low(c.effect_types));
            w.effect_words.extend(low(c.effect_words));
            w.auxiliaries.extend(low(c.auxiliaries));
            let k = f.clock;
            w.meridiem.extend(k.meridiem.iter().map(|m| {
                m.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect::<String>()
            }));
            w.clock_words.extend(low(k.words));
            w.clock_phrases.extend(phrases(&k.phrases));
            w.clock_lead.extend(phrases(&k.lead));
        }
        w.clock_phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        w.clock_lead.sort_by_key(|p| std::cmp::Reverse(p.len()));
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
