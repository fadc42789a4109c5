//! The records the tool writes: one [`Event`] per line of `extract` output.
//! Their shape is the contract documented in `schemas/event.schema.json`:
//! every field is always present (null when it does not apply), offsets are
//! UTF-8 byte offsets into the article text, end exclusive.

use serde::{Deserialize, Serialize};

/// A piece of the article text and where it stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    /// The text, exactly `article[start..end]`.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

/// The sentence an event was found in: its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceRef {
    /// Position of the sentence in the article, from 0 (the title, if any, is 0).
    pub index: usize,
    /// Byte offset of the sentence.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// The sentence text.
    pub text: String,
}

impl SentenceRef {
    /// The sentence's text between two article byte offsets (the gap
    /// between two mentions in it); none when either lies outside it.
    pub fn between(&self, lo: usize, hi: usize) -> Option<&str> {
        let (a, b) = (lo.checked_sub(self.start)?, hi.checked_sub(self.start)?);
        self.text.get(a..b)
    }
}

/// An actor of an event with its role and country code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// `source`, `target` or `participant`.
    pub role: Role,
    /// The words in the text.
    pub text: String,
    /// Canonical name from the lexicon.
    pub name: String,
    /// `country`, `person`, `organization`, `company`, `agency` or `place`.
    pub kind: String,
    /// ISO 3166-1 alpha-3, `EU`, or null when unknown.
    pub country: Option<String>,
    /// Byte offset of `text`.
    pub start: usize,
    /// Byte offset one past `text`.
    pub end: usize,
}

/// A money amount, normalised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    /// The words in the text ("$350 billion", "1.5 billion dlrs").
    pub text: String,
    /// Value in units of the currency (350000000000).
    pub value: f64,
    /// ISO 4217 code.
    pub currency: String,
    /// Byte offset of `text`.
    pub start: usize,
    /// Byte offset one past `text`.
    pub end: usize,
}

/// A tariff rate in percent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rate {
    /// The words in the text ("25%", "100 pct").
    pub text: String,
    /// The rate in percent (25.0); where it changes, the new rate.
    pub value: f64,
    /// Byte offset of `text`.
    pub start: usize,
    /// Byte offset one past `text`.
    pub end: usize,
}

/// People detained or arrested in a raid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Count {
    /// The words in the text ("a number of South Korean workers").
    pub text: String,
    /// How many, or null when the text gives no number ("hundreds of").
    pub value: Option<f64>,
    /// Who ("workers").
    pub of: String,
    /// Byte offset of `text`.
    pub start: usize,
    /// Byte offset one past `text`.
    pub end: usize,
}

/// Where an event happens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// The words in the text.
    pub text: String,
    /// Canonical place name.
    pub name: String,
    /// ISO 3166-1 alpha-3 of the place, or null.
    pub country: Option<String>,
    /// Byte offset of `text`.
    pub start: usize,
    /// Byte offset one past `text`.
    pub end: usize,
}

/// An event's own time: the time expression and its normalised value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct When {
    /// The words in the text ("Aug. 1", "last week", "from June 15 to 17").
    pub text: String,
    /// Byte offset of `text`.
    pub start: usize,
    /// Byte offset one past `text`.
    pub end: usize,
    /// ISO 8601: a day `2025-09-04`, a month `2025-09`, a year `2025`, or an
    /// interval `2025-06-15/2025-06-17`.
    pub value: crate::when::TimeValue,
}

/// One event: a line of `newsevents extract` output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The article id.
    pub doc: String,
    /// `doc#n`, n counting the article's events from 1 in text order; stable across runs.
    pub id: String,
    /// `pledge`, `tariff`, `raid`, `meeting` (or a type added by rule files).
    #[serde(rename = "type")]
    pub event_type: EventType,
    /// `asserted`, `planned`, `requested`, `hypothetical` or `negated`.
    pub modality: Modality,
    /// The word or phrase that triggered the event.
    pub trigger: Span,
    /// The sentence it was found in.
    pub sentence: SentenceRef,
    /// Who, in which role.
    pub actors: Vec<Actor>,
    /// Money committed (pledges) or trade covered (tariffs).
    pub amount: Option<Amount>,
    /// Tariff rate.
    pub rate: Option<Rate>,
    /// Goods a tariff applies to.
    pub product: Option<Span>,
    /// Where it happens.
    pub location: Option<Location>,
    /// People detained or arrested.
    pub count: Option<Count>,
    /// When it happens or takes effect (not when it was reported), or null
    /// when its clause gives no time (see [`crate::when`]).
    #[serde(default)]
    pub when: Option<When>,
    /// Id of the rule that made the event.
    pub rule: String,
    /// CAMEO code from `data/codes.toml` (see [`crate::codes`]), or null.
    #[serde(default)]
    pub cameo: Option<String>,
    /// PLOVER event type from `data/codes.toml`, or null.
    #[serde(default)]
    pub plover: Option<String>,
    /// Stable key shared by every report of the same event: type, actor
    /// countries by role, amount or rate, article day (see [`crate::codes`]).
    #[serde(default)]
    pub key: String,
    /// How likely the event is real, 0-1: the sense model's calibrated
    /// probability (see [`crate::sense`]); of the events near 0.8, about 80%
    /// were right on held-out data.
    #[serde(default = "certain")]
    pub confidence: f64,
    /// Why the event exists; present only with `--explain`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explain: Option<Explain>,
}

/// Why an event exists (`extract --explain`): the rule that made it and the
/// words that decided its modality, conditions and roles, so a user can see
/// why a line is there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explain {
    /// The rule id (also in `rule`).
    pub rule: String,
    /// What the rule is for, from its rule file.
    pub description: String,
    /// The words that decided the event, in text order.
    pub cues: Vec<Cue>,
    /// The sense model's raw score (log-odds before calibration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The sense model's features that weighed most, largest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<Contribution>,
}

/// One feature of the sense model and its weight in an event's score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    /// The feature name (`pledge|trig:loan`, `rule:meeting/talks`).
    pub feature: String,
    /// Its weight: positive for, negative against.
    pub weight: f64,
}

/// Events read back without a confidence were not scored: full confidence.
fn certain() -> f64 {
    1.0
}

/// One word or phrase behind an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    /// What it decided: `modality:planned`, `near`, `before`, `role:source after` ...
    pub what: String,
    /// The words in the text.
    pub text: String,
    /// Byte offset of `text`.
    pub start: usize,
    /// Byte offset one past `text`.
    pub end: usize,
}

/// Compares a typed name with its spelling in strings, so `e.modality ==
/// "planned"` reads as it did when these were strings.
macro_rules! str_eq {
    ($t:ty) => {
        impl PartialEq<str> for $t {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }
        impl PartialEq<&str> for $t {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
        impl PartialEq<String> for $t {
            fn eq(&self, other: &String) -> bool {
                self.as_str() == other
            }
        }
        impl PartialEq<$t> for &str {
            fn eq(&self, other: &$t) -> bool {
                *self == other.as_str()
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// How the text reports an event: as fact, as a plan, as a request, as a
/// possibility, or as denied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// It happened or is happening ("imposed", "met").
    Asserted,
    /// It is announced for the future ("will meet", "plans to impose").
    Planned,
    /// Someone asks for it ("urged Japan to pledge").
    Requested,
    /// It is threatened or conditional ("could impose", "if ...").
    Hypothetical,
    /// It is denied or refused ("did not impose").
    Negated,
}

impl Modality {
    /// Every modality, in the order the cue checks try them.
    pub const ALL: [Modality; 5] = [
        Modality::Asserted,
        Modality::Planned,
        Modality::Requested,
        Modality::Hypothetical,
        Modality::Negated,
    ];

    /// The name printed in the output and written in rule and cue files.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Planned => "planned",
            Modality::Requested => "requested",
            Modality::Hypothetical => "hypothetical",
            Modality::Negated => "negated",
        }
    }

    /// The modality named `name`, or `None` for an unknown name.
    pub fn parse(name: &str) -> Option<Modality> {
        Modality::ALL.into_iter().find(|m| m.as_str() == name)
    }
}

str_eq!(Modality);

/// The part an actor plays in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Who acts: imposes the tariff, gives the aid, carries out the raid.
    Source,
    /// Who is acted on: whose goods are taxed, who receives, who is raided.
    Target,
    /// A party to a meeting, where no side acts on the other.
    Participant,
}

impl Role {
    /// The other side of a two-sided event: source and target trade
    /// places (a sentence read the other way round); a participant stays one.
    pub fn swapped(self) -> Role {
        match self {
            Role::Source => Role::Target,
            Role::Target => Role::Source,
            Role::Participant => Role::Participant,
        }
    }

    /// The name printed in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Source => "source",
            Role::Target => "target",
            Role::Participant => "participant",
        }
    }

    /// The role named `name`, or `None` for an unknown name.
    pub fn parse(name: &str) -> Option<Role> {
        [Role::Source, Role::Target, Role::Participant]
            .into_iter()
            .find(|r| r.as_str() == name)
    }
}

str_eq!(Role);

/// An event type: the four the tool ships with role logic for, or a type
/// that rule files define (`type = "sanction"`), carried by name. An enum
/// rather than an interned id so that events stay plain values (no registry
/// to consult when printing or comparing) while the built-in types can be
/// matched without comparing strings.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventType {
    /// A pledge of aid, loans or investment.
    Pledge,
    /// A tariff or duty.
    Tariff,
    /// A raid by police, customs or troops.
    Raid,
    /// A meeting, talks, a summit.
    Meeting,
    /// A type defined only by rule files (never one of the names above).
    Other(Box<str>),
}

impl EventType {
    /// The type named `name`: a built-in variant when it is one.
    pub fn new(name: &str) -> EventType {
        match name {
            "pledge" => EventType::Pledge,
            "tariff" => EventType::Tariff,
            "raid" => EventType::Raid,
            "meeting" => EventType::Meeting,
            other => EventType::Other(other.into()),
        }
    }

    /// The name printed in the output and written in rule files.
    pub fn as_str(&self) -> &str {
        match self {
            EventType::Pledge => "pledge",
            EventType::Tariff => "tariff",
            EventType::Raid => "raid",
            EventType::Meeting => "meeting",
            EventType::Other(name) => name,
        }
    }
}

str_eq!(EventType);

impl From<&str> for EventType {
    fn from(name: &str) -> Self {
        EventType::new(name)
    }
}

impl Serialize for EventType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for EventType {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Ok(EventType::new(&name))
    }
}
