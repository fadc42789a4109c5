//! The time words of `data/time/*.toml`, loaded and looked up.

use super::*;
use crate::trie::{FnvMap, FnvSet};

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

/// A calendar period a noun names ("week", "quarter").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// Monday to Sunday.
    Week,
    /// Saturday and Sunday.
    Weekend,
    /// A calendar month.
    Month,
    /// Three months.
    Quarter,
    /// Six months.
    Half,
    /// A calendar year.
    Year,
}

/// What a preposition before a length of time makes of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Length {
    /// From the article's day to the end of the length ("within 45 days").
    Within,
    /// The point the length after the article's day ("in 21 days").
    After,
    /// The length from a start ("over four years").
    Over,
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
    pub(crate) embedded_modals: Vec<String>,
    #[serde(default)]
    pub(crate) occasion_preps: Vec<String>,
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
    pub(crate) since_span_types: Vec<String>,
    #[serde(default)]
    pub(crate) perfect_auxiliaries: Vec<String>,
    #[serde(default)]
    pub(crate) plan_attributes: Vec<String>,
    #[serde(default)]
    pub(crate) threat_words: Vec<String>,
    #[serde(default)]
    pub(crate) effect_types: Vec<String>,
    #[serde(default)]
    pub(crate) lasting_types: Vec<String>,
    #[serde(default)]
    pub(crate) accrual_types: Vec<String>,
    #[serde(default)]
    pub(crate) accrual_level_words: Vec<String>,
    #[serde(default)]
    pub(crate) travel_triggers: Vec<String>,
    #[serde(default)]
    pub(crate) purpose_preps: Vec<String>,
    #[serde(default)]
    pub(crate) effect_words: Vec<String>,
    #[serde(default)]
    pub(crate) step_words: Vec<String>,
    #[serde(default)]
    pub(crate) decision_words: Vec<String>,
    #[serde(default)]
    pub(crate) auxiliaries: Vec<String>,
    #[serde(default)]
    pub(crate) progressive_aux: Vec<String>,
    #[serde(default)]
    pub(crate) background_preps: Vec<String>,
    #[serde(default)]
    pub(crate) frame_preps: Vec<String>,
    #[serde(default)]
    pub(crate) lasting_end_words: Vec<String>,
    #[serde(default)]
    pub(crate) length_untimed_types: Vec<String>,
    #[serde(default)]
    pub(crate) same_day_lags: Vec<String>,
    #[serde(default)]
    pub(crate) passive_be: Vec<String>,
    #[serde(default)]
    pub(crate) event_nouns: Vec<String>,
    #[serde(default)]
    pub(crate) effect_verbs: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct GrammarWords {
    #[serde(default)]
    pub(crate) day_suffixes: Vec<String>,
    #[serde(default)]
    pub(crate) range_words: Vec<String>,
    #[serde(default)]
    pub(crate) year_range_words: Vec<String>,
    #[serde(default)]
    pub(crate) start_words: Vec<String>,
    #[serde(default)]
    pub(crate) start_preps: Vec<String>,
    #[serde(default)]
    pub(crate) relative_need_article: Vec<String>,
    #[serde(default)]
    pub(crate) span_leads: Vec<String>,
    #[serde(default)]
    pub(crate) weekend_preps: Vec<String>,
    #[serde(default)]
    pub(crate) in_the_parts: Vec<String>,
    #[serde(default)]
    pub(crate) relative_parts: Vec<String>,
    #[serde(default)]
    pub(crate) length_preps: Vec<String>,
    #[serde(default)]
    pub(crate) articles: Vec<String>,
    #[serde(default)]
    pub(crate) year_determiners: Vec<String>,
    #[serde(default)]
    pub(crate) of_words: Vec<String>,
    #[serde(default)]
    pub(crate) indefinite: Vec<String>,
    #[serde(default)]
    pub(crate) time_nouns: Vec<String>,
    #[serde(default)]
    pub(crate) period_nouns: Vec<String>,
    #[serde(default)]
    pub(crate) ago_words: Vec<String>,
    #[serde(default)]
    pub(crate) decade_words: Vec<String>,
    #[serde(default)]
    pub(crate) fiscal_words: Vec<String>,
    #[serde(default)]
    pub(crate) through_words: Vec<String>,
    #[serde(default)]
    pub(crate) in_words: Vec<String>,
    #[serde(default)]
    pub(crate) quarter_preps: Vec<String>,
    #[serde(default)]
    pub(crate) season_preps: Vec<String>,
    #[serde(default)]
    pub(crate) deadline_words: Vec<String>,
    #[serde(default)]
    pub(crate) infinitive_words: Vec<String>,
    #[serde(default)]
    pub(crate) complementizers: Vec<String>,
    #[serde(default)]
    pub(crate) since_words: Vec<String>,
    pub(crate) past_suffix: Option<String>,
    pub(crate) progressive_suffix: Option<String>,
    pub(crate) superlative_suffix: Option<String>,
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
    pub(crate) grammar: GrammarWords,
    #[serde(default)]
    pub(crate) periods: HashMap<String, Period>,
    #[serde(default)]
    pub(crate) lengths: HashMap<String, Length>,
    #[serde(default)]
    pub(crate) shifts: HashMap<String, i64>,
    #[serde(default)]
    pub(crate) seasons: HashMap<String, [u8; 2]>,
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
    /// Modals that give a clause about a thing ("that", "which") a future
    /// of its own: an event in it is not at the time of the clause it hangs
    /// on.
    pub(crate) embedded_modals: Vec<String>,
    /// Prepositions before "which" that put its clause at the time of the
    /// thing ("a news conference today at which they will discuss").
    pub(crate) occasion_preps: Vec<String>,
    pub(crate) timing_participles: Vec<String>,
    pub(crate) clause_speech_verbs: Vec<String>,
    pub(crate) pronouns: Vec<String>,
    pub(crate) month_determiners: Vec<String>,
    pub(crate) determiners: Vec<String>,
    pub(crate) subordinators: Vec<String>,
    pub(crate) speech_verbs: Vec<String>,
    pub(crate) future: PhraseList,
    pub(crate) past: PhraseList,
    pub(crate) infinitive_governors: Vec<String>,
    pub(crate) earlier: Vec<String>,
    pub(crate) back_links: Vec<String>,
    pub(crate) nominal_back_links: Vec<String>,
    pub(crate) relative_when: Vec<String>,
    pub(crate) coordinators: Vec<String>,
    pub(crate) finite: Vec<String>,
    pub(crate) since_types: Vec<String>,
    /// Types that in a present perfect clause run from a time after "since"
    /// to the article's day ("have met several times since May 2023").
    pub(crate) since_span_types: Vec<String>,
    /// Auxiliaries of the present perfect ("has", "have").
    pub(crate) perfect_auxiliaries: Vec<String>,
    /// Participles and adjectives that, right on the trigger, put the event
    /// ahead ("the planned visit to Beijing in April").
    pub(crate) plan_attributes: Vec<String>,
    /// For `effect_types`: words of a threat, whose time is not the
    /// measure's ("threatened on Thursday to put a 200% tariff on wine").
    pub(crate) threat_words: Vec<String>,
    pub(crate) effect_types: Vec<String>,
    /// Types whose "two-day" turns a start day into a span of days.
    pub(crate) lasting_types: Vec<String>,
    /// Types whose sum accrues up to a deadline year: "by 2028" is the
    /// article's year to 2028.
    pub(crate) accrual_types: Vec<String>,
    /// Words right before "by" that make the sum a level reached by the
    /// year, not one accrued ("$300bn a year by 2035").
    pub(crate) accrual_level_words: Vec<String>,
    /// Trip triggers ("flies to"): a time after their purpose ("for talks
    /// ... on Monday") is the meeting's, not the departure's.
    pub(crate) travel_triggers: Vec<String>,
    pub(crate) purpose_preps: Vec<String>,
    pub(crate) effect_words: Vec<String>,
    /// Participles of a rate's scheduled step, after a comma and before "to"
    /// ("a 10% tariff from Feb. 1, rising to 25% on June 1"): a tariff whose
    /// trigger follows one is timed from there on.
    pub(crate) step_words: Vec<String>,
    /// Decisions on a measure that do not put it in force ("proposed",
    /// "gave final approval to"): a time before one, with the trigger after
    /// it, dates the decision, not the measure (`effect_types` only).
    pub(crate) decision_words: Vec<String>,
    pub(crate) auxiliaries: Vec<String>,
    pub(crate) progressive_aux: Vec<String>,
    pub(crate) background_preps: Vec<String>,
    /// Prepositions that open the frame of an event ("under the framework
    /// agreed last year"): a time inside the phrase dates the frame.
    pub(crate) frame_preps: Vec<String>,
    /// Words near a meeting's length of days that make its day the last
    /// ("wrapped up two days of talks on Saturday").
    pub(crate) lasting_end_words: Vec<String>,
    /// Types for which a length ("over 15 years", "within 12 years") is a
    /// schedule of steps, not the event's time.
    pub(crate) length_untimed_types: Vec<String>,
    /// A lag with no count before "after" / "before" that keeps the
    /// clause's day ("said on Friday, hours after meeting Xi").
    pub(crate) same_day_lags: Vec<String>,
    /// A bare "be" before a participle ("to be held", "will be imposed"):
    /// the participle is not a past tense.
    pub(crate) passive_be: Vec<String>,
    /// Nouns of the events themselves: a year on one ("a 2019 meeting")
    /// dates an event, not some other thing ("under a 1977 law").
    pub(crate) event_nouns: Vec<String>,
    /// Verbs of taking effect ("kicks in", "takes effect"): a time right
    /// after one (or after one and a link word: "kicking in on Aug. 1") is
    /// a time of effect, as after `effect_words`.
    pub(crate) effect_verbs: Vec<Vec<String>>,
    pub(crate) year_determiners: Vec<String>,
    pub(crate) day_suffixes: Vec<String>,
    pub(crate) range_words: Vec<String>,
    pub(crate) year_range_words: Vec<String>,
    pub(crate) start_words: Vec<String>,
    pub(crate) start_preps: Vec<String>,
    pub(crate) relative_need_article: Vec<String>,
    pub(crate) span_leads: Vec<String>,
    pub(crate) weekend_preps: Vec<String>,
    pub(crate) in_the_parts: Vec<String>,
    pub(crate) relative_parts: Vec<String>,
    pub(crate) length_preps: Vec<String>,
    /// (FNV, as the maps above: `lengths` is looked up at every word of
    /// an event's sentence.)
    pub(crate) periods: FnvMap<String, Period>,
    pub(crate) lengths: FnvMap<String, Length>,
    /// "two days after" (-1) / "before" (1): the sign of a shift.
    pub(crate) shifts: FnvMap<String, i64>,
    /// Seasons and their first and last months ("summer" = June to August).
    pub(crate) seasons: FnvMap<String, (u8, u8)>,
    pub(crate) articles: Vec<String>,
    pub(crate) of_words: Vec<String>,
    pub(crate) indefinite: Vec<String>,
    pub(crate) time_nouns: Vec<String>,
    pub(crate) period_nouns: Vec<String>,
    pub(crate) ago_words: Vec<String>,
    /// "decade": ten years ("over the next decade").
    pub(crate) decade_words: Vec<String>,
    pub(crate) fiscal_words: Vec<String>,
    pub(crate) through_words: Vec<String>,
    pub(crate) in_words: Vec<String>,
    pub(crate) quarter_preps: Vec<String>,
    /// Words right before a bare lowercase season that make it a time
    /// ("in the summer": "the"; "in spring": "in").
    pub(crate) season_preps: Vec<String>,
    pub(crate) deadline_words: Vec<String>,
    pub(crate) infinitive_words: Vec<String>,
    pub(crate) complementizers: Vec<String>,
    pub(crate) since_words: Vec<String>,
    pub(crate) past_suffix: String,
    pub(crate) progressive_suffix: String,
    pub(crate) superlative_suffix: String,
    /// After an hour ("a.m."), as the letters of each ("am").
    pub(crate) meridiem: Vec<String>,
    pub(crate) clock_words: Vec<String>,
    /// Longest first.
    pub(crate) clock_phrases: Vec<Vec<String>>,
    /// The distinct first words of `clock_phrases`, and whether one of
    /// them starts with an apostrophe (which `phrase_at` matches as a word
    /// ending): most words start no clock phrase, and are rejected with
    /// these few compares.
    pub(crate) clock_firsts: (Vec<String>, bool),
    /// Longest first.
    pub(crate) clock_lead: Vec<Vec<String>>,
    /// Every word, besides those holding a digit, that the recogniser can
    /// start an expression with: built from the tables above by `parse`
    /// (see [`TimeWords::can_start`]).
    pub(crate) expression_firsts: FnvSet<String>,
    /// Labels before a date line at the top of a text file ("published:"),
    /// lowercase.
    pub date_labels: Vec<String>,
}

/// Word phrases ("set to", "'ll") indexed by their first word: whether any
/// starts at a word is one hash lookup instead of a pass over the list (the
/// tense step asks it of nearly every word of a sentence).
#[derive(Debug, Clone, Default)]
pub(crate) struct PhraseList {
    phrases: Vec<Vec<String>>,
    /// First word -> the phrases that start with it.
    by_first: FnvMap<String, Vec<usize>>,
    /// Phrases whose first word starts with an apostrophe ("'ll"): they
    /// match the end of a word ("we'll"), so they are tried everywhere.
    suffixes: Vec<usize>,
}

impl PhraseList {
    /// Adds phrases (lists of lowercase words).
    pub(crate) fn extend(&mut self, more: Vec<Vec<String>>) {
        for p in more {
            let i = self.phrases.len();
            match p.first() {
                None => {}
                Some(f) if f.starts_with('\'') => self.suffixes.push(i),
                Some(f) => self.by_first.entry(f.clone()).or_default().push(i),
            }
            self.phrases.push(p);
        }
    }

    /// Whether one of the phrases starts at word `i` (as [`phrase_at`]).
    pub(crate) fn any_at(&self, toks: &[Tok], i: usize) -> bool {
        let Some(t) = toks.get(i) else {
            return false;
        };
        self.by_first
            .get(t.w.as_str())
            .is_some_and(|ps| ps.iter().any(|&k| phrase_at(toks, i, &self.phrases[k])))
            || self
                .suffixes
                .iter()
                .any(|&k| phrase_at(toks, i, &self.phrases[k]))
    }
}

pub(crate) fn phrases(list: &[String]) -> Vec<Vec<String>> {
    list.iter()
        .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
        .collect()
}

/// Reports every word listed twice under one key of a file, as
/// `file:line: key lists "word" twice` (the line of the key), in every
/// table.
fn duplicates(name: &str, text: &str, errors: &mut Vec<String>) {
    fn walk(name: &str, text: &str, table: &toml::Table, errors: &mut Vec<String>) {
        for (key, value) in table {
            match value {
                toml::Value::Table(t) => walk(name, text, t, errors),
                toml::Value::Array(list) => {
                    let mut seen = std::collections::HashSet::new();
                    for word in list.iter().filter_map(toml::Value::as_str) {
                        if !seen.insert(word.to_lowercase()) {
                            let at = text.find(&format!("\n{key} =")).map_or(0, |p| p + 1);
                            let line = crate::rules::line_at(text, at);
                            errors.push(format!("{name}:{line}: {key} lists {word:?} twice"));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    if let Ok(table) = text.parse::<toml::Table>() {
        walk(name, text, &table, errors);
    }
}

impl TimeWords {
    /// Whether the word right before byte `at` of `text` is one of
    /// `effect_words` ("from Aug. 1", "effective Jan. 1"): the time there
    /// is when a measure takes effect.
    pub fn is_effect_word_before(&self, text: &str, at: usize) -> bool {
        let before = text.get(..at).unwrap_or("").trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        !word.is_empty()
            && self
                .effect_words
                .iter()
                .any(|x| x.eq_ignore_ascii_case(word))
    }

    /// The embedded tables, parsed once per process.
    pub fn embedded() -> &'static TimeWords {
        static WORDS: OnceLock<TimeWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            TimeWords::parse_files(DEFAULT_TIME_FILES, false)
                .unwrap_or_else(|e| panic!("data/time is invalid: {}", e.join("; ")))
        })
    }

    /// Parses and merges word-table files (name, TOML text), reporting every
    /// problem at once.
    pub fn parse(files: &[(&str, &str)]) -> Result<TimeWords, Vec<String>> {
        Self::parse_files(files, true)
    }

    /// [`TimeWords::parse`], with the words listed twice looked for or
    /// not. That search parses each file a second time, as a TOML table
    /// (1.6M instructions of start-up for the embedded files); it only
    /// reports errors, so the embedded files, which the test
    /// `when::tests::bad_tables_are_rejected_with_every_problem` parses with
    /// it and finds none in, skip it and read as the same tables.
    fn parse_files(
        files: &[(&str, &str)],
        check_duplicates: bool,
    ) -> Result<TimeWords, Vec<String>> {
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
            if check_duplicates {
                duplicates(name, text, &mut errors);
            }
            w.days.extend(lower(f.days));
            w.periods.extend(lower(f.periods));
            w.lengths.extend(lower(f.lengths));
            w.shifts.extend(lower(f.shifts));
            for (season, [a, b]) in lower(f.seasons) {
                if (1..=12).contains(&a) && (a..=12).contains(&b) {
                    w.seasons.insert(season, (a, b));
                } else {
                    errors.push(format!(
                        "{name}: [seasons] {season} = [{a}, {b}] is not two months of one year in order"
                    ));
                }
            }
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
            w.embedded_modals.extend(low(c.embedded_modals));
            w.occasion_preps.extend(low(c.occasion_preps));
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
            w.since_span_types.extend(low(c.since_span_types));
            w.perfect_auxiliaries.extend(low(c.perfect_auxiliaries));
            w.plan_attributes.extend(low(c.plan_attributes));
            w.threat_words.extend(low(c.threat_words));
            w.effect_types.extend(low(c.effect_types));
            w.lasting_types.extend(low(c.lasting_types));
            w.accrual_types.extend(low(c.accrual_types));
            w.accrual_level_words.extend(low(c.accrual_level_words));
            w.travel_triggers.extend(low(c.travel_triggers));
            w.purpose_preps.extend(low(c.purpose_preps));
            w.effect_words.extend(low(c.effect_words));
            w.step_words.extend(low(c.step_words));
            w.decision_words.extend(low(c.decision_words));
            w.auxiliaries.extend(low(c.auxiliaries));
            w.progressive_aux.extend(low(c.progressive_aux));
            w.background_preps.extend(low(c.background_preps));
            w.frame_preps.extend(low(c.frame_preps));
            w.lasting_end_words.extend(low(c.lasting_end_words));
            w.length_untimed_types.extend(low(c.length_untimed_types));
            w.same_day_lags.extend(low(c.same_day_lags));
            w.passive_be.extend(low(c.passive_be));
            w.event_nouns.extend(low(c.event_nouns));
            w.effect_verbs.extend(phrases(&c.effect_verbs));
            let g = f.grammar;
            w.day_suffixes.extend(low(g.day_suffixes));
            w.range_words.extend(low(g.range_words));
            w.year_range_words.extend(low(g.year_range_words));
            w.start_words.extend(low(g.start_words));
            w.start_preps.extend(low(g.start_preps));
            w.relative_need_article.extend(low(g.relative_need_article));
            w.span_leads.extend(low(g.span_leads));
            w.weekend_preps.extend(low(g.weekend_preps));
            w.in_the_parts.extend(low(g.in_the_parts));
            w.relative_parts.extend(low(g.relative_parts));
            w.length_preps.extend(low(g.length_preps));
            w.articles.extend(low(g.articles));
            w.year_determiners.extend(low(g.year_determiners));
            w.of_words.extend(low(g.of_words));
            w.indefinite.extend(low(g.indefinite));
            w.time_nouns.extend(low(g.time_nouns));
            w.period_nouns.extend(low(g.period_nouns));
            w.ago_words.extend(low(g.ago_words));
            w.decade_words.extend(low(g.decade_words));
            w.fiscal_words.extend(low(g.fiscal_words));
            w.through_words.extend(low(g.through_words));
            w.in_words.extend(low(g.in_words));
            w.quarter_preps.extend(low(g.quarter_preps));
            w.season_preps.extend(low(g.season_preps));
            w.deadline_words.extend(low(g.deadline_words));
            w.infinitive_words.extend(low(g.infinitive_words));
            w.complementizers.extend(low(g.complementizers));
            w.since_words.extend(low(g.since_words));
            for (to, from) in [
                (&mut w.past_suffix, g.past_suffix),
                (&mut w.progressive_suffix, g.progressive_suffix),
                (&mut w.superlative_suffix, g.superlative_suffix),
            ] {
                if let Some(x) = from {
                    *to = x.to_lowercase();
                }
            }
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
        // An empty suffix would make every word end with it.
        for (key, v) in [
            ("past_suffix", &w.past_suffix),
            ("progressive_suffix", &w.progressive_suffix),
            ("superlative_suffix", &w.superlative_suffix),
        ] {
            if v.is_empty() && !files.is_empty() {
                errors.push(format!("data/time: [grammar] {key} is not set"));
            }
        }
        w.clock_phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let mut firsts: Vec<String> = w
            .clock_phrases
            .iter()
            .filter_map(|p| p.first().cloned())
            .collect();
        firsts.sort();
        firsts.dedup();
        let apostrophe = firsts.iter().any(|f| f.starts_with('\''));
        w.clock_firsts = (firsts, apostrophe);
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
        w.expression_firsts = w.expression_starts();
        if errors.is_empty() {
            Ok(w)
        } else {
            Err(errors)
        }
    }

    /// The words the branches of `Recogniser::at` begin with: month,
    /// weekday, day, relative, number, ordinal, period and length words,
    /// parts, clock words and clock phrases' first words. A new branch of
    /// `at` that begins with another table's word must add that table here.
    fn expression_starts(&self) -> FnvSet<String> {
        let keys = [
            self.months.keys().collect::<Vec<_>>(),
            self.weekdays.keys().collect(),
            self.days.keys().collect(),
            self.relative.keys().collect(),
            self.numbers.keys().collect(),
            self.ordinals.keys().collect(),
            self.periods.keys().collect(),
            self.lengths.keys().collect(),
            self.seasons.keys().collect(),
        ];
        let lists = [
            &self.parts,
            &self.in_the_parts,
            &self.relative_parts,
            &self.clock_words,
            &self.clock_firsts.0,
        ];
        keys.into_iter()
            .flatten()
            .chain(lists.into_iter().flatten())
            .cloned()
            .collect()
    }

    /// Whether a time expression can begin at word `t`. The recogniser tries
    /// every word of a sentence, and most begin none: this one lookup
    /// rejects them before the dozen lookups of a full try. A word holding
    /// a digit ("15", "9am", "Q3") always passes, and so does every word
    /// when a clock phrase starts with an apostrophe (it matches the end of
    /// any word).
    pub(crate) fn can_start(&self, t: &Tok) -> bool {
        t.digit || self.clock_firsts.1 || self.expression_firsts.contains(&t.w)
    }
}
