//! Recognition of money amounts, percentages and counts of people in news text.
//!
//! Event extraction needs the *figures* of a story: how much was pledged, what
//! tariff rate was imposed, how many people were detained. This module finds
//! those figures in Reuters 1987 wire copy ("1.5 billion dlrs", "25 pct"),
//! BBC-style copy ("$1.13bn (£600m)", "5 per cent") and modern copy
//! ("USD34.6 million", "₩3.2 trillion", "more than 300 South Korean workers").
//!
//! Design: the text is cut once into a flat list of tokens (numbers, words,
//! single symbols, each with byte offsets), and a small hand-written grammar is
//! tried only at anchor tokens (a number, a currency symbol or code, a number
//! word such as "two" or "hundreds"). Every lookup table is built once in
//! [`QuantityRecognizer::new`]; [`QuantityRecognizer::find`] is a single linear
//! pass with a few tokens of look-ahead and look-behind, so it never
//! backtracks over the text. Values are computed from exact integer ratios so
//! "4.7 billion" is exactly `4700000000.0`.

use serde::Serialize;
// FNV-hashed maps: every token of a trigger sentence is looked up in them.
type HashMap<K, V> = crate::trie::FnvMap<K, V>;
type HashSet<K> = crate::trie::FnvSet<K>;

/// Finds money amounts, percentages and counts of people in text.
///
/// Build it once (it compiles its lookup tables) and call [`find`](Self::find)
/// for every document.
pub struct QuantityRecognizer {
    /// Currency phrases written after the amount, keyed by their first word (lowercase).
    suffix: HashMap<&'static str, Vec<CurPhrase>>,
    /// ISO 4217 codes accepted before or after an amount (case-sensitive, upper case).
    iso: HashMap<&'static str, &'static str>,
    /// Case-sensitive words that may stand before an amount ("Rs", "DM", "SFr", ISO codes).
    prefix_words: HashMap<&'static str, &'static str>,
    /// Letters glued before "$" ("US$", "HK$") and the currency they select.
    dollar_prefix: HashMap<&'static str, &'static str>,
    /// Plural nouns that denote people (lowercase).
    persons: HashSet<&'static str>,
    /// Words that may not stand between a number and its person noun.
    chain_stop: HashSet<&'static str>,
    /// Hedging words and phrases before a figure, longest first (lowercase words).
    qualifiers: Vec<Vec<&'static str>>,
    /// Capitalised words after which a number is a name or model ("Boeing 737").
    model_words: HashSet<&'static str>,
    /// Month names and abbreviations (as written, capitalised or upper case).
    months: HashSet<&'static str>,
    /// Words after which a year-like number is a year ("in 1987").
    year_preps: HashSet<&'static str>,
    /// Lowercase words that may begin a figure, by length (see [`Cx::could_begin_figure`]).
    figure_words: Vec<Vec<&'static str>>,
}

/// One figure found in the text, with its position and interpretation.
///
/// `start`/`end` are UTF-8 byte offsets (end exclusive) so that
/// `&text[start..end]` is the mention as written, qualifier included.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// Byte offset of the first byte of the mention.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
    /// What the mention means.
    pub kind: QuantityKind,
}

/// The interpretation of a mention: money, a percentage or a head count.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum QuantityKind {
    /// An amount of money in units of `currency` (ISO 4217); `max` is the upper
    /// end of a range ("$1-2 billion"), `approx` is set by hedges ("about").
    Money {
        value: f64,
        currency: String,
        approx: bool,
        max: Option<f64>,
        /// The currency word was bare ("dlrs", "cents", "francs"): `currency`
        /// is the default (USD, FRF) until [`CurrencyContext::resolve`] applies
        /// the article's own currency.
        #[serde(skip)]
        implicit: bool,
    },
    /// A percentage or a change in percentage points; ranges give the lower
    /// bound with `approx` set.
    Percent {
        value: f64,
        unit: PercentUnit,
        approx: bool,
    },
    /// A number of people; `value` is `None` for vague counts ("hundreds of")
    /// and `of` is the person noun in lowercase ("workers").
    Count {
        value: Option<f64>,
        approx: bool,
        of: String,
    },
}

/// Whether a percentage figure is a level ("5 pct") or a difference of levels
/// ("2 percentage points", "50 basis points").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PercentUnit {
    /// A plain percentage.
    Percent,
    /// Percentage points (basis points are converted to points).
    Points,
}

impl Default for QuantityRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TK {
    Num,
    Word,
    Sym(char),
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    kind: TK,
}

fn tokenize(text: &str, out: &mut Vec<Tok>) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        let c = b[i];
        if c < 0x80 {
            if c.is_ascii_whitespace() {
                i += 1;
            } else if c.is_ascii_digit() {
                let s = i;
                while i < n && b[i].is_ascii_digit() {
                    i += 1;
                }
                // thousands groups ",ddd" not followed by another digit
                while b.get(i) == Some(&b',')
                    && b.get(i + 1..i + 4)
                        .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                    && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
                {
                    i += 4;
                }
                if i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_digit() {
                    i += 1;
                    while i < n && b[i].is_ascii_digit() {
                        i += 1;
                    }
                }
                out.push(Tok {
                    start: s,
                    end: i,
                    kind: TK::Num,
                });
            } else if c.is_ascii_alphabetic() {
                let s = i;
                i = word_end(text, i);
                out.push(Tok {
                    start: s,
                    end: i,
                    kind: TK::Word,
                });
            } else {
                out.push(Tok {
                    start: i,
                    end: i + 1,
                    kind: TK::Sym(c as char),
                });
                i += 1;
            }
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            let l = ch.len_utf8();
            if ch.is_whitespace() {
                i += l;
            } else if ch.is_alphabetic() {
                let s = i;
                i = word_end(text, i);
                out.push(Tok {
                    start: s,
                    end: i,
                    kind: TK::Word,
                });
            } else {
                out.push(Tok {
                    start: i,
                    end: i + l,
                    kind: TK::Sym(ch),
                });
                i += l;
            }
        }
    }
}

/// End of the run of alphabetic characters starting at `i`.
fn word_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c.is_ascii_alphabetic() {
                i += 1;
            } else {
                break;
            }
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            if ch.is_alphabetic() {
                i += ch.len_utf8();
            } else {
                break;
            }
        }
    }
    i
}

/// A lowercase copy of a short ASCII word, kept on the stack.
#[derive(Clone, Copy)]
struct Lc {
    buf: [u8; 24],
    len: usize,
}

impl Lc {
    const EMPTY: Lc = Lc {
        buf: [0; 24],
        len: 0,
    };
    fn new(s: &str) -> Lc {
        if s.len() > 24 || !s.is_ascii() {
            return Lc::EMPTY;
        }
        let mut buf = [0u8; 24];
        for (d, c) in buf.iter_mut().zip(s.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        Lc { buf, len: s.len() }
    }
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

// ---------------------------------------------------------------------------
// Tables

/// A currency written after the amount, e.g. ["canadian", "dlrs"] -> CAD.
#[derive(Debug, Clone)]
struct CurPhrase {
    words: Vec<&'static str>,
    code: &'static str,
    /// 100 for cents and pence, else 1.
    den: u128,
    /// Needs a guard: bare "pounds" is usually weight in wire copy.
    guard: Guard,
    /// A bare "dlrs", "cents" or "francs": the article decides which currency.
    implicit: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Guard {
    None,
    /// Only with a spelled-out amount ("ten million pounds") and not "pounds of".
    BarePound,
    /// Only after a numeric amount ("won" is also a verb).
    Numeric,
    /// A nationality after the currency ("4.3 billion dlr Canadian"): not when a
    /// capitalised word follows ("dlrs Canadian Pacific").
    PostAdj,
}

const DOLLARS: [&str; 4] = ["dollars", "dollar", "dlrs", "dlr"];

const DOLLAR_ADJ: &[(&[&str], &str)] = &[
    (&[], "USD"),
    (&["u.s."], "USD"),
    (&["us"], "USD"),
    (&["american"], "USD"),
    (&["canadian"], "CAD"),
    (&["australian"], "AUD"),
    (&["hong", "kong"], "HKD"),
    (&["hongkong"], "HKD"),
    (&["h.k."], "HKD"),
    (&["hk"], "HKD"),
    (&["singapore"], "SGD"),
    (&["new", "zealand"], "NZD"),
    (&["n.z."], "NZD"),
    (&["nz"], "NZD"),
    (&["taiwan"], "TWD"),
    (&["new", "taiwan"], "TWD"),
    (&["zimbabwe"], "ZWD"),
    (&["jamaican"], "JMD"),
    (&["brunei"], "BND"),
    (&["fiji"], "FJD"),
];

const OTHER_CUR: &[(&[&str], &str)] = &[
    (&["euros"], "EUR"),
    (&["euro"], "EUR"),
    (&["yen"], "JPY"),
    (&["japanese", "yen"], "JPY"),
    (&["yuan"], "CNY"),
    (&["renminbi"], "CNY"),
    (&["chinese", "yuan"], "CNY"),
    (&["sterling"], "GBP"),
    (&["stg"], "GBP"),
    (&["pounds", "sterling"], "GBP"),
    (&["pound", "sterling"], "GBP"),
    (&["british", "pounds"], "GBP"),
    (&["egyptian", "pounds"], "EGP"),
    (&["irish", "pounds"], "IEP"),
    (&["irish", "punts"], "IEP"),
    (&["cyprus", "pounds"], "CYP"),
    (&["lebanese", "pounds"], "LBP"),
    (&["syrian", "pounds"], "SYP"),
    (&["swiss", "francs"], "CHF"),
    (&["swiss", "franc"], "CHF"),
    (&["french", "francs"], "FRF"),
    (&["belgian", "francs"], "BEF"),
    (&["luxembourg", "francs"], "LUF"),
    (&["rupees"], "INR"),
    (&["rupee"], "INR"),
    (&["indian", "rupees"], "INR"),
    (&["pakistani", "rupees"], "PKR"),
    (&["sri", "lankan", "rupees"], "LKR"),
    (&["rupiah"], "IDR"),
    (&["indonesian", "rupiah"], "IDR"),
    (&["pesos"], "MXN"),
    (&["peso"], "MXN"),
    (&["mexican", "pesos"], "MXN"),
    (&["argentine", "pesos"], "ARS"),
    (&["argentinian", "pesos"], "ARS"),
    (&["philippine", "pesos"], "PHP"),
    (&["chilean", "pesos"], "CLP"),
    (&["colombian", "pesos"], "COP"),
    (&["rand"], "ZAR"),
    (&["south", "african", "rand"], "ZAR"),
    (&["riyals"], "SAR"),
    (&["riyal"], "SAR"),
    (&["saudi", "riyals"], "SAR"),
    (&["qatari", "riyals"], "QAR"),
    (&["roubles"], "RUB"),
    (&["rouble"], "RUB"),
    (&["rubles"], "RUB"),
    (&["ruble"], "RUB"),
    (&["reais"], "BRL"),
    (&["reals"], "BRL"),
    (&["brazilian", "reais"], "BRL"),
    (&["brazilian", "real"], "BRL"),
    (&["cruzados"], "BRC"),
    (&["cruzado"], "BRC"),
    (&["marks"], "DEM"),
    (&["deutsche", "marks"], "DEM"),
    (&["deutsche", "mark"], "DEM"),
    (&["deutschemarks"], "DEM"),
    (&["deutschmarks"], "DEM"),
    (&["d", "marks"], "DEM"),
    (&["d", "mark"], "DEM"),
    (&["german", "marks"], "DEM"),
    (&["west", "german", "marks"], "DEM"),
    (&["finnish", "marks"], "FIM"),
    (&["markkaa"], "FIM"),
    (&["lire"], "ITL"),
    (&["lira"], "ITL"),
    (&["italian", "lire"], "ITL"),
    (&["turkish", "lira"], "TRY"),
    (&["turkish", "liras"], "TRY"),
    (&["turkish", "lire"], "TRY"),
    (&["guilders"], "NLG"),
    (&["guilder"], "NLG"),
    (&["dutch", "guilders"], "NLG"),
    (&["crowns"], "SEK"),
    (&["kronor"], "SEK"),
    (&["swedish", "crowns"], "SEK"),
    (&["swedish", "kronor"], "SEK"),
    (&["danish", "crowns"], "DKK"),
    (&["danish", "kroner"], "DKK"),
    (&["norwegian", "crowns"], "NOK"),
    (&["norwegian", "kroner"], "NOK"),
    (&["icelandic", "crowns"], "ISK"),
    (&["schillings"], "ATS"),
    (&["austrian", "schillings"], "ATS"),
    (&["pesetas"], "ESP"),
    (&["peseta"], "ESP"),
    (&["spanish", "pesetas"], "ESP"),
    (&["ecus"], "XEU"),
    (&["ecu"], "XEU"),
    (&["european", "currency", "units"], "XEU"),
    (&["drachmas"], "GRD"),
    (&["escudos"], "PTE"),
    (&["shekels"], "ILS"),
    (&["baht"], "THB"),
    (&["ringgit"], "MYR"),
    (&["zlotys"], "PLN"),
    (&["zloty"], "PLN"),
    (&["forints"], "HUF"),
    (&["naira"], "NGN"),
    (&["francs"], "FRF"),
    (&["franc"], "FRF"),
];

const ISO_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "KRW", "CNY", "INR", "CAD", "AUD", "HKD", "SGD", "NZD", "CHF",
    "SEK", "NOK", "DKK", "BRL", "MXN", "ZAR", "RUB", "SAR", "IDR", "TWD", "THB", "MYR", "PHP",
    "PLN", "ARS", "CLP", "COP", "PKR", "EGP", "NGN", "AED", "QAR", "KWD", "ILS", "HUF", "CZK",
    "VND", "UAH", "DEM", "FRF", "ITL", "NLG", "BEF", "ATS", "ESP", "XEU", "TRY",
];

const PERSONS: &[&str] = &[
    "people",
    "persons",
    "workers",
    "employees",
    "employes",
    "staff",
    "staffers",
    "immigrants",
    "migrants",
    "aliens",
    "nationals",
    "citizens",
    "residents",
    "suspects",
    "officers",
    "agents",
    "police",
    "policemen",
    "policewomen",
    "officials",
    "executives",
    "managers",
    "men",
    "women",
    "children",
    "students",
    "protesters",
    "protestors",
    "demonstrators",
    "traders",
    "brokers",
    "dealers",
    "soldiers",
    "troops",
    "passengers",
    "tourists",
    "members",
    "miners",
    "farmers",
    "civilians",
    "refugees",
    "detainees",
    "prisoners",
    "hostages",
    "journalists",
    "workmen",
    "teachers",
    "doctors",
    "nurses",
    "pilots",
    "strikers",
    "rebels",
    "militants",
    "guards",
    "inmates",
    "seamen",
    "sailors",
    "laborers",
    "labourers",
    "labourers",
    "youths",
    "adults",
    "villagers",
    "activists",
    "lawyers",
    "diplomats",
    "engineers",
    "scientists",
    "crewmen",
    "volunteers",
    "pensioners",
    "patients",
    "victims",
    "boys",
    "girls",
    "individuals",
];

const CHAIN_STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "without",
    "and",
    "or",
    "but",
    "nor",
    "than",
    "as",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "this",
    "these",
    "those",
    "it",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "shall",
    "can",
    "do",
    "does",
    "did",
    "said",
    "says",
    "say",
    "per",
    "pct",
    "percent",
    "cent",
    "not",
    "no",
    "more",
    "less",
    "over",
    "under",
    "about",
    "into",
    "after",
    "before",
    "since",
    "during",
    "while",
    "when",
    "where",
    "if",
    "so",
    "also",
    "each",
    "all",
    "both",
    "other",
    "such",
    "only",
    "just",
    "up",
    "down",
    "out",
    "off",
    "vs",
    "against",
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "ago",
    "time",
    "street",
    "st",
    "avenue",
    "road",
    "square",
    "lane",
    "drive",
    "boulevard",
    "plaza",
    "dollar",
    "dlr",
    "mln",
    "million",
    "billion",
    "bln",
    "thousand",
    "hundred",
    "dozen",
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
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yen",
    "won",
    "rand",
    "yuan",
    "euro",
    "then",
    "there",
    "here",
    "now",
    "most",
    "some",
    "any",
    "every",
    "further",
    "another",
    "among",
    "between",
    "including",
    "via",
    "like",
    "whether",
    "because",
    "though",
    "although",
    "yet",
];

const QUALIFIERS: &[&str] = &[
    "as much as",
    "as many as",
    "as little as",
    "as few as",
    "as high as",
    "as low as",
    "in excess of",
    "in the region of",
    "close to",
    "more than",
    "less than",
    "fewer than",
    "up to",
    "at least",
    "at most",
    "an estimated",
    "upwards of",
    "just over",
    "just under",
    "well over",
    "well above",
    "just above",
    "just below",
    "some",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "over",
    "under",
    "approximately",
    "approx",
    "estimated",
    "above",
    "below",
    "circa",
    "almost",
];

const CHANGE_WORDS: &[&str] = &[
    "by",
    "rose",
    "fell",
    "up",
    "down",
    "increased",
    "decreased",
    "gained",
    "lost",
    "climbed",
    "dropped",
    "declined",
    "jumped",
    "slipped",
    "eased",
    "added",
    "shed",
    "grew",
    "raised",
    "cut",
    "lowered",
    "reduced",
    "boosted",
    "plunged",
    "soared",
    "surged",
    "slumped",
    "advanced",
    "improved",
    "widened",
    "narrowed",
    "expanded",
    "shrank",
    "contracted",
    "rise",
    "fall",
    "increase",
    "decrease",
    "gain",
    "drop",
    "decline",
    "jump",
    "climb",
    "dipped",
    "tumbled",
    "rising",
    "falling",
    "lowers",
    "adding",
    "gaining",
    "losing",
    "shedding",
    "climbing",
    "dropping",
    "cutting",
    "raising",
    "lowering",
    "trimming",
    "lifting",
    "lost",
    "raises",
    "cuts",
    "lifts",
    "lifted",
    "trims",
    "trimmed",
    "hikes",
    "hiked",
    "boosts",
    "increases",
    "reduces",
    "rises",
    "falls",
    "gains",
    "drops",
    "from",
];

const MODEL_WORDS: &[&str] = &[
    "Boeing",
    "Airbus",
    "DC",
    "MD",
    "Model",
    "Flight",
    "Route",
    "Highway",
    "No",
    "Number",
    "Article",
    "Section",
    "Chapter",
    "Resolution",
    "Room",
    "Gate",
    "Platform",
    "Terminal",
    "Apollo",
    "Windows",
    "Channel",
    "Level",
    "Phase",
    "Stage",
    "Class",
    "Type",
    "Series",
    "Division",
    "Interstate",
    "Proposition",
    "Rule",
    "Regulation",
    "Title",
    "Page",
    "Item",
    "Paragraph",
    "Clause",
    "Line",
    "Pier",
    "Berth",
    "Unit",
    "Block",
    "Suite",
    "Floor",
    "Lot",
    "Apartment",
    "Box",
    "Tower",
    "Studio",
    "Version",
    "Mark",
    "Formula",
    "Vol",
    "Volume",
    "Figure",
    "Table",
    "Exhibit",
    "Bill",
    "Amendment",
    "Law",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "JANUARY",
    "FEBRUARY",
    "MARCH",
    "APRIL",
    "MAY",
    "JUNE",
    "JULY",
    "AUGUST",
    "SEPTEMBER",
    "OCTOBER",
    "NOVEMBER",
    "DECEMBER",
    "JAN",
    "FEB",
    "MAR",
    "APR",
    "JUN",
    "JUL",
    "AUG",
    "SEP",
    "SEPT",
    "OCT",
    "NOV",
    "DEC",
];

const YEAR_PREPS: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "of", "for", "during", "before", "after",
    "fiscal", "year", "mid", "early", "late", "through", "to", "constant", "calendar", "end",
    "spring", "summer", "autumn", "fall", "winter", "and", "between", "than",
];

// ---------------------------------------------------------------------------
// Numbers

/// Denominators accepted in fractions such as "7-3/4 pct".
fn fraction_den_ok(d: u128) -> bool {
    matches!(d, 2 | 3 | 4 | 8 | 16 | 32 | 64)
}

/// Parses "1,234.5" into an exact ratio (12345, 10).
fn parse_decimal(s: &str) -> Option<(u128, u128)> {
    let mut num: u128 = 0;
    let mut den: u128 = 1;
    let mut frac = false;
    let mut digits = 0;
    for c in s.bytes() {
        match c {
            b'0'..=b'9' => {
                digits += 1;
                if digits > 26 {
                    return None;
                }
                num = num * 10 + u128::from(c - b'0');
                if frac {
                    den *= 10;
                }
            }
            b'.' => frac = true,
            _ => {}
        }
    }
    Some((num, den))
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

/// Nearest f64 to the ratio n/d (exact whenever the reduced terms fit in 53 bits).
fn ratio(n: u128, d: u128) -> f64 {
    if d == 0 {
        return 0.0;
    }
    if n.is_multiple_of(d) {
        return (n / d) as f64;
    }
    let g = gcd(n, d);
    (n / g) as f64 / (d / g) as f64
}

/// Exact value of (a*b)/(c*d*e), falling back to floating point on overflow.
fn value_of(nums: &[u128], dens: &[u128]) -> f64 {
    let mut n: Option<u128> = Some(1);
    for &x in nums {
        n = n.and_then(|v| v.checked_mul(x));
    }
    let mut d: Option<u128> = Some(1);
    for &x in dens {
        d = d.and_then(|v| v.checked_mul(x));
    }
    match (n, d) {
        (Some(n), Some(d)) => ratio(n, d),
        _ => {
            let n: f64 = nums.iter().map(|&x| x as f64).product();
            let d: f64 = dens.iter().map(|&x| x as f64).product();
            n / d
        }
    }
}

fn scale_of(w: &str) -> Option<(u128, bool)> {
    // (multiplier, letter-only scale that must be glued and only means money)
    Some(match w {
        "thousand" => (1_000, false),
        "k" => (1_000, true),
        "m" => (1_000_000, true),
        "mn" | "mln" | "mil" | "million" | "mio" => (1_000_000, false),
        "b" => (1_000_000_000, true),
        "bn" | "bln" | "billion" => (1_000_000_000, false),
        "tn" | "trn" | "trln" | "trillion" => (1_000_000_000_000, false),
        "lakh" | "lakhs" | "lac" => (100_000, false),
        "crore" | "crores" => (10_000_000, false),
        _ => return None,
    })
}

fn small_number(w: &str) -> Option<u128> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Words that begin a vague count ("hundreds of workers").
const VAGUE_WORDS: &[&str] = &[
    "tens",
    "hundreds",
    "thousands",
    "millions",
    "dozens",
    "scores",
    "several",
    "few",
];

/// The number words [`small_number`] reads, for the table of words that
/// may begin a figure.
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

/// The lowercase words that may begin a figure in [`Cx::try_at`], by
/// length: "between", "a", "an", "half", the vague counts and the number words.
fn figure_words_by_length() -> Vec<Vec<&'static str>> {
    let mut by_len: Vec<Vec<&'static str>> = Vec::new();
    for w in ["between", "a", "an", "half"]
        .into_iter()
        .chain(VAGUE_WORDS.iter().copied())
        .chain(NUMBER_WORDS.iter().copied())
    {
        if by_len.len() <= w.len() {
            by_len.resize(w.len() + 1, Vec::new());
        }
        by_len[w.len()].push(w);
    }
    by_len
}

fn is_currency_symbol(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₩' | '₹' | '￥')
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

/// A parsed amount: raw number times a scale, with the tokens it covers.
#[derive(Debug, Clone, Copy)]
struct Amt {
    num: u128,
    den: u128,
    smul: u128,
    sden: u128,
    scaled: bool,
    letter_scale: bool,
    written: bool,
    year_like: bool,
    /// Token after the amount.
    next: usize,
    /// A word glued to the amount that is not a scale ("1st"); must be consumed.
    glued_word: Option<usize>,
}

impl Amt {
    fn value(&self, extra_den: u128) -> f64 {
        value_of(&[self.num, self.smul], &[self.den, self.sden, extra_den])
    }
    fn raw_le(&self, other: &Amt) -> bool {
        // num/den <= other.num/other.den (ignoring scale)
        match (
            self.num.checked_mul(other.den),
            other.num.checked_mul(self.den),
        ) {
            (Some(a), Some(b)) => a <= b,
            _ => (self.num as f64 / self.den as f64) <= (other.num as f64 / other.den as f64),
        }
    }
    fn is_integer(&self) -> bool {
        match (
            self.num.checked_mul(self.smul),
            self.den.checked_mul(self.sden),
        ) {
            (Some(n), Some(d)) => d != 0 && n % d == 0,
            _ => false,
        }
    }
    fn with_scale_of(mut self, other: &Amt) -> Amt {
        self.smul = other.smul;
        self.sden = other.sden;
        self.scaled = true;
        self.letter_scale = other.letter_scale;
        self
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Cur {
        code: &'static str,
        den: u128,
        next: usize,
        implicit: bool,
    },
    Pct {
        unit: PercentUnit,
        den: u128,
        next: usize,
    },
}

impl Unit {
    fn next(&self) -> usize {
        match *self {
            Unit::Cur { next, .. } | Unit::Pct { next, .. } => next,
        }
    }
    fn same(&self, o: &Unit) -> bool {
        match (self, o) {
            (
                Unit::Cur {
                    code: a, den: x, ..
                },
                Unit::Cur {
                    code: b, den: y, ..
                },
            ) => a == b && x == y,
            (
                Unit::Pct {
                    unit: a, den: x, ..
                },
                Unit::Pct {
                    unit: b, den: y, ..
                },
            ) => a == b && x == y,
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// An amount standing on its own: nothing may be glued before it.
    Normal,
    /// Right after a currency prefix, which may be glued to it.
    AfterPrefix,
    /// The second figure of a range, glued to a dash ("5-6").
    RangeSecond,
}

/// A parse found at an anchor, before qualifier look-behind.
struct Hit {
    start: usize,
    end: usize,
    kind: QuantityKind,
}

// ---------------------------------------------------------------------------

impl QuantityRecognizer {
    /// Builds all lookup tables; call once and reuse.
    pub fn new() -> Self {
        let mut suffix: HashMap<&'static str, Vec<CurPhrase>> = HashMap::default();
        let mut add = |words: Vec<&'static str>, code: &'static str, den: u128, guard: Guard| {
            let implicit = words.len() == 1
                && (DOLLARS.contains(&words[0])
                    || matches!(
                        words[0],
                        "cents" | "cts" | "cent" | "ct" | "francs" | "franc"
                    ));
            suffix.entry(words[0]).or_default().push(CurPhrase {
                words,
                code,
                den,
                guard,
                implicit,
            });
        };
        for (adj, code) in DOLLAR_ADJ {
            for d in DOLLARS {
                let mut w: Vec<&'static str> = adj.to_vec();
                w.push(d);
                add(w, code, 1, Guard::None);
            }
        }
        for d in DOLLARS {
            add(vec![d, "canadian"], "CAD", 1, Guard::PostAdj);
            add(vec![d, "australian"], "AUD", 1, Guard::PostAdj);
        }
        for (words, code) in OTHER_CUR {
            add(words.to_vec(), code, 1, Guard::None);
        }
        add(vec!["won"], "KRW", 1, Guard::Numeric);
        add(vec!["south", "korean", "won"], "KRW", 1, Guard::None);
        add(vec!["korean", "won"], "KRW", 1, Guard::None);
        add(vec!["pounds"], "GBP", 1, Guard::BarePound);
        for c in ["cents", "cts", "cent", "ct"] {
            add(vec![c], "USD", 100, Guard::None);
            add(vec!["u.s.", c], "USD", 100, Guard::None);
            add(vec!["canadian", c], "CAD", 100, Guard::None);
            add(vec!["australian", c], "AUD", 100, Guard::None);
        }
        add(vec!["pence"], "GBP", 100, Guard::None);
        for v in suffix.values_mut() {
            v.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }

        let mut iso: HashMap<&'static str, &'static str> =
            ISO_CODES.iter().map(|c| (*c, *c)).collect();
        iso.insert("DM", "DEM");
        iso.insert("RMB", "CNY");
        let mut prefix_words: HashMap<&'static str, &'static str> = ISO_CODES
            .iter()
            .filter(|c| **c != "TRY" && **c != "ESP")
            .map(|c| (*c, *c))
            .collect();
        for (w, c) in [
            ("Rs", "INR"),
            ("DM", "DEM"),
            ("SFr", "CHF"),
            ("Sfr", "CHF"),
            ("FFr", "FRF"),
            ("Ffr", "FRF"),
            ("BFr", "BEF"),
            ("Bfr", "BEF"),
            ("Skr", "SEK"),
            ("SKr", "SEK"),
            ("Dkr", "DKK"),
            ("DKr", "DKK"),
            ("Nkr", "NOK"),
            ("NKr", "NOK"),
            ("Rp", "IDR"),
            ("RMB", "CNY"),
            ("Rmb", "CNY"),
            ("ECU", "XEU"),
            ("Ecu", "XEU"),
        ] {
            prefix_words.insert(w, c);
        }
        let dollar_prefix: HashMap<&'static str, &'static str> = [
            ("US", "USD"),
            ("U.S.", "USD"),
            ("C", "CAD"),
            ("Can", "CAD"),
            ("CAN", "CAD"),
            ("Cdn", "CAD"),
            ("CDN", "CAD"),
            ("A", "AUD"),
            ("AU", "AUD"),
            ("Aus", "AUD"),
            ("HK", "HKD"),
            ("S", "SGD"),
            ("NZ", "NZD"),
            ("NT", "TWD"),
            ("R", "BRL"),
            ("Z", "ZWD"),
        ]
        .into_iter()
        .collect();
        let mut qualifiers: Vec<Vec<&'static str>> =
            QUALIFIERS.iter().map(|q| q.split(' ').collect()).collect();
        qualifiers.sort_by_key(|q| std::cmp::Reverse(q.len()));
        let mut chain_stop: HashSet<&'static str> = CHAIN_STOP.iter().copied().collect();
        for p in suffix.values().flatten() {
            if p.words.len() == 1 {
                chain_stop.insert(p.words[0]);
            }
        }
        QuantityRecognizer {
            suffix,
            iso,
            prefix_words,
            dollar_prefix,
            persons: PERSONS.iter().copied().collect(),
            chain_stop,
            qualifiers,
            model_words: MODEL_WORDS.iter().copied().collect(),
            months: MONTHS.iter().copied().collect(),
            year_preps: YEAR_PREPS.iter().copied().collect(),
            figure_words: figure_words_by_length(),
        }
    }

    /// Finds every money amount, percentage and head count in `text`, sorted
    /// by start offset and non-overlapping.
    pub fn find(&self, text: &str) -> Vec<Quantity> {
        let mut toks = Vec::with_capacity(text.len() / 5 + 4);
        tokenize(text, &mut toks);
        let cx = Cx {
            r: self,
            text,
            toks: &toks,
        };
        let mut out = Vec::new();
        let mut floor = 0;
        let mut i = 0;
        while i < toks.len() {
            match cx.try_at(i, floor) {
                Some(h) => {
                    out.push(Quantity {
                        start: toks[h.start].start,
                        end: toks[h.end - 1].end,
                        kind: h.kind,
                    });
                    floor = h.end;
                    i = h.end;
                }
                None => i += 1,
            }
        }
        out
    }
}

struct Cx<'a> {
    r: &'a QuantityRecognizer,
    text: &'a str,
    toks: &'a [Tok],
}

impl<'a> Cx<'a> {
    fn kind(&self, i: usize) -> Option<TK> {
        self.toks.get(i).map(|t| t.kind)
    }
    fn s(&self, i: usize) -> &'a str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }
    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TK::Word)
    }
    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TK::Num)
    }
    fn is_sym(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(TK::Sym(c))
    }
    fn sym(&self, i: usize) -> Option<char> {
        match self.kind(i) {
            Some(TK::Sym(c)) => Some(c),
            _ => None,
        }
    }
    /// Token `i` touches token `i - 1` (no whitespace between).
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i].start == self.toks[i - 1].end
    }
    fn lc(&self, i: usize) -> Lc {
        if self.is_word(i) {
            Lc::new(self.s(i))
        } else {
            Lc::EMPTY
        }
    }
    /// A cheap test that word `w` may begin a figure: one of the words
    /// [`Cx::try_at`] looks at, or a capitalised word of at most 3 letters
    /// (a currency prefix such as "DM"). Most words fail it without being
    /// lowercased.
    fn could_begin_figure(&self, w: &str) -> bool {
        let b = w.as_bytes();
        if b.len() <= 3 && b.first().is_some_and(u8::is_ascii_uppercase) {
            return true;
        }
        self.r
            .figure_words
            .get(b.len())
            .is_some_and(|list| list.iter().any(|f| f.eq_ignore_ascii_case(w)))
    }
    fn word_is(&self, i: usize, w: &str) -> bool {
        self.is_word(i) && self.s(i).eq_ignore_ascii_case(w)
    }
    /// A spaced word `w` at `i` (not glued to what precedes).
    fn spaced_word_is(&self, i: usize, w: &str) -> bool {
        self.word_is(i, w) && !self.glued(i)
    }
    /// Index of the word after `j` when separated by whitespace or a glued hyphen.
    fn next_part(&self, j: usize) -> Option<usize> {
        if self.is_word(j) && !self.glued(j) {
            Some(j)
        } else if self.is_sym(j, '-') && self.glued(j) && self.is_word(j + 1) && self.glued(j + 1) {
            Some(j + 1)
        } else {
            None
        }
    }

    /// A "compound" word at `k`: dotted abbreviation ("U.S.") or hyphenated
    /// ("part-time"). Returns (token after it, lowercase text if ASCII-short).
    fn compound(&self, k: usize) -> Option<(usize, String)> {
        if !self.is_word(k) {
            return None;
        }
        let mut e = k + 1;
        loop {
            let prev_len = self.toks[e - 1].end - self.toks[e - 1].start;
            if self.is_sym(e, '.')
                && self.glued(e)
                && self.is_word(e - 1)
                && prev_len <= 2
                && self.s(e - 1).chars().next().is_some_and(char::is_uppercase)
            {
                e += 1;
                if self.is_word(e) && self.glued(e) && self.toks[e].end - self.toks[e].start <= 2 {
                    e += 1;
                    continue;
                }
                break;
            }
            if self.is_sym(e, '-') && self.glued(e) && self.is_word(e + 1) && self.glued(e + 1) {
                e += 2;
                continue;
            }
            break;
        }
        let s = &self.text[self.toks[k].start..self.toks[e - 1].end];
        Some((e, s.to_ascii_lowercase()))
    }

    // -----------------------------------------------------------------------

    fn try_at(&self, i: usize, floor: usize) -> Option<Hit> {
        let kind = self.kind(i)?;
        let mut hit = match kind {
            TK::Num => self.core(i, false, floor),
            TK::Sym(c) if is_currency_symbol(c) => self.core(i, false, floor),
            TK::Sym(_) => None,
            TK::Word if !self.could_begin_figure(self.s(i)) => None,
            TK::Word => {
                let lc = self.lc(i);
                let w = lc.as_str();
                if w == "between" {
                    self.core(i + 1, true, floor).map(|mut h| {
                        h.start = i;
                        h
                    })
                } else if VAGUE_WORDS.contains(&w)
                    || ((w == "a" || w == "an")
                        && (self.word_is(i + 1, "number")
                            || self.word_is(i + 1, "handful")
                            || self.word_is(i + 1, "few")))
                {
                    self.vague(i)
                } else if w == "a"
                    || w == "an"
                    || w == "half"
                    || small_number(w).is_some()
                    || (self.s(i).len() <= 3
                        && self.s(i).starts_with(|c: char| c.is_ascii_uppercase())
                        && self.r.prefix_words.contains_key(self.s(i)))
                {
                    self.core(i, false, floor)
                } else {
                    None
                }
            }
        }?;
        if hit.start < floor {
            return None;
        }
        // qualifier look-behind
        if let Some(q) = self.qualifier(hit.start, floor) {
            hit.start = q;
            match &mut hit.kind {
                QuantityKind::Money { approx, .. }
                | QuantityKind::Percent { approx, .. }
                | QuantityKind::Count { approx, .. } => *approx = true,
            }
        }
        Some(hit)
    }

    /// Start token of a hedge ending right before token `s`.
    fn qualifier(&self, s: usize, floor: usize) -> Option<usize> {
        for q in &self.r.qualifiers {
            let n = q.len();
            if s < n || s - n < floor {
                continue;
            }
            let b = s - n;
            let ok = q.iter().enumerate().all(|(k, w)| {
                let t = b + k;
                self.word_is(t, w) && (k == 0 || !self.glued(t))
            }) && !self.glued(s);
            if ok {
                return Some(b);
            }
        }
        None
    }

    /// Whether the word before token `s` (skipping one single-word hedge) is
    /// "from", so that "from X to Y" reads as a change, not a range; "ranging
    /// from X to Y" is still a range.
    fn after_from(&self, s: usize) -> bool {
        let from = if s >= 1 && self.word_is(s - 1, "from") {
            s - 1
        } else if s >= 2 && self.word_is(s - 2, "from") {
            let w = self.lc(s - 1);
            if !self
                .r
                .qualifiers
                .iter()
                .any(|q| q.len() == 1 && q[0] == w.as_str())
            {
                return false;
            }
            s - 2
        } else {
            return false;
        };
        !self.range_verb_before(from)
    }

    /// "range from", "varying from": the word before `from` makes "from X to
    /// Y" a range.
    fn range_verb_before(&self, from: usize) -> bool {
        from > 0
            && matches!(
                self.lc(from - 1).as_str(),
                "range"
                    | "ranges"
                    | "ranged"
                    | "ranging"
                    | "vary"
                    | "varies"
                    | "varied"
                    | "varying"
                    | "anywhere"
                    | "anything"
            )
    }

    /// Currency written before an amount: (ISO code, first token, token after prefix).
    fn prefix_currency(&self, i: usize) -> Option<(&'static str, usize, usize)> {
        match self.kind(i)? {
            TK::Sym('$') => {
                let mut code = "USD";
                let mut start = i;
                if self.glued(i) {
                    if self.is_word(i - 1) {
                        code = self.r.dollar_prefix.get(self.s(i - 1))?;
                        start = i - 1;
                        // e.g. "9US$": letters glued further left
                        if self.glued(start)
                            && matches!(self.kind(start - 1), Some(TK::Word | TK::Num))
                        {
                            return None;
                        }
                    } else if self.is_sym(i - 1, '.') && i >= 4 {
                        let abbr = &self.text[self.toks[i - 4].start..self.toks[i - 1].end];
                        if abbr == "U.S." && self.glued(i - 1) && self.glued(i - 2) {
                            start = i - 4;
                        }
                    }
                }
                let mut next = i + 1;
                // "$US5 million", "$A10 billion"
                if self.is_word(next) && self.glued(next) {
                    let c = match self.s(next) {
                        "US" => "USD",
                        "A" => "AUD",
                        "C" => "CAD",
                        "NZ" => "NZD",
                        "HK" => "HKD",
                        "S" => "SGD",
                        _ => return None,
                    };
                    if start == i {
                        code = c;
                    }
                    next += 1;
                }
                Some((code, start, next))
            }
            TK::Sym(c) if is_currency_symbol(c) => {
                let code = match c {
                    '€' => "EUR",
                    '£' => "GBP",
                    '¥' | '￥' => "JPY",
                    '₩' => "KRW",
                    '₹' => "INR",
                    _ => return None,
                };
                Some((code, i, i + 1))
            }
            TK::Word => {
                let w = self.s(i);
                let code = *self.r.prefix_words.get(w)?;
                if self.glued(i) && !matches!(self.sym(i - 1), Some('(' | '"' | '“')) {
                    return None;
                }
                let mut next = i + 1;
                if w == "Rs" && self.is_sym(next, '.') && self.glued(next) {
                    next += 1;
                }
                if !self.is_num(next) {
                    return None;
                }
                Some((code, i, next))
            }
            _ => None,
        }
    }

    /// A numeric amount starting at Num token `i`.
    fn numeric(&self, i: usize, prev: Prev) -> Option<Amt> {
        if !self.is_num(i) {
            return None;
        }
        if self.glued(i) {
            match self.kind(i - 1)? {
                TK::Word => {
                    if prev != Prev::AfterPrefix {
                        return None;
                    }
                }
                TK::Num => return None,
                TK::Sym(c) => {
                    let ok = match c {
                        '-' | '–' | '—' => {
                            prev == Prev::RangeSecond
                                || !(self.glued(i - 1)
                                    && matches!(self.kind(i - 2), Some(TK::Word | TK::Num)))
                        }
                        '(' | '"' | '“' | '‘' | '[' | '+' | '~' | '≈' | '>' | '<' => true,
                        '.' => prev == Prev::AfterPrefix,
                        c if is_currency_symbol(c) => prev == Prev::AfterPrefix,
                        _ => false,
                    };
                    if !ok {
                        return None;
                    }
                }
            }
        }
        let txt = self.s(i);
        let (mut num, mut den) = parse_decimal(txt)?;
        let plain_int = !txt.contains(['.', ',']);
        let year_like = txt.len() == 4 && plain_int && (1800..=2100).contains(&num);
        let mut next = i + 1;
        // glued punctuation after the number
        if let Some(c) = self.sym(next)
            && self.glued(next)
            && self.is_num(next + 1)
            && self.glued(next + 1)
        {
            match c {
                ':' | '.' | ',' => return None,
                '/' => {
                    let (n2, d2) = parse_decimal(self.s(next + 1))?;
                    let proper = plain_int && d2 == 1 && fraction_den_ok(n2) && num > 0 && num < n2;
                    if !proper {
                        return None;
                    }
                    if self.sym(next + 2).is_some_and(|c| c == '/') && self.glued(next + 2) {
                        return None;
                    }
                    den = n2;
                    next += 2;
                }
                '-' if self.is_sym(next + 2, '/')
                    && self.glued(next + 2)
                    && self.is_num(next + 3)
                    && self.glued(next + 3) =>
                {
                    let (fnum, fd) = parse_decimal(self.s(next + 1))?;
                    let (fden, fd2) = parse_decimal(self.s(next + 3))?;
                    if !plain_int || fd != 1 || fd2 != 1 || !fraction_den_ok(fden) || fnum >= fden {
                        return None;
                    }
                    num = num * fden + fnum;
                    den = fden;
                    next += 4;
                }
                _ => {}
            }
        }
        let mut a = Amt {
            num,
            den,
            smul: 1,
            sden: 1,
            scaled: false,
            letter_scale: false,
            written: false,
            year_like,
            next,
            glued_word: None,
        };
        self.scales(&mut a, true);
        if self.is_word(a.next) && self.glued(a.next) {
            a.glued_word = Some(a.next);
        }
        Some(a)
    }

    /// Consumes scale words after an amount ("bn", "million", "thousand million").
    fn scales(&self, a: &mut Amt, allow_glued: bool) {
        let j = a.next;
        let (k, lc) = if self.is_word(j) && self.glued(j) {
            if !allow_glued {
                return;
            }
            (j, self.lc(j))
        } else if let Some(k) = self.next_part(j) {
            (k, self.lc(k))
        } else {
            return;
        };
        let glued = self.glued(k) && !self.is_sym(k - 1, '-');
        let Some((mul, letter)) = scale_of(lc.as_str()) else {
            return;
        };
        if letter && !glued {
            return;
        }
        a.smul *= mul;
        a.scaled = true;
        a.letter_scale = letter;
        a.next = k + 1;
        // "thousand million", "lakh crore"
        let first = lc.as_str();
        if matches!(first, "thousand" | "lakh" | "lakhs")
            && let Some(k2) = self.next_part(a.next)
        {
            let l2 = self.lc(k2);
            if let Some((m2, false)) = scale_of(l2.as_str())
                && m2 >= 1_000_000
            {
                a.smul *= m2;
                a.next = k2 + 1;
            }
        }
    }

    /// A spelled-out amount at word `i` ("two", "twenty-five", "a billion",
    /// "half a million", "two dozen", "three hundred").
    fn written(&self, i: usize) -> Option<Amt> {
        let lc = self.lc(i);
        let w = lc.as_str();
        let mut a = Amt {
            num: 0,
            den: 1,
            smul: 1,
            sden: 1,
            scaled: false,
            letter_scale: false,
            written: true,
            year_like: false,
            next: i + 1,
            glued_word: None,
        };
        let is_pct_word = |k: usize| {
            self.word_is(k, "percentage")
                || self.word_is(k, "percent")
                || self.word_is(k, "pct")
                || self.word_is(k, "per")
        };
        let big = |k: usize| -> Option<u128> {
            let l = self.lc(k);
            match l.as_str() {
                "hundred" => Some(100),
                "dozen" => Some(12),
                s => match scale_of(s) {
                    Some((m, false)) => Some(m),
                    _ => None,
                },
            }
        };
        match w {
            "a" | "an" => {
                let j = self.next_part(i + 1)?;
                if self.word_is(j, "quarter") {
                    // "a quarter of a million", "a quarter percentage point"
                    if self.spaced_word_is(j + 1, "of")
                        && (self.spaced_word_is(j + 2, "a") || self.spaced_word_is(j + 2, "an"))
                    {
                        if let Some(m) = big(j + 3) {
                            a.num = m;
                            a.den = 4;
                            a.next = j + 4;
                        } else if is_pct_word(j + 3) {
                            a.num = 1;
                            a.den = 4;
                            a.next = j + 3;
                            return Some(a);
                        } else {
                            return None;
                        }
                    } else if is_pct_word(j + 1) && !self.glued(j + 1) {
                        a.num = 1;
                        a.den = 4;
                        a.next = j + 1;
                        return Some(a);
                    } else {
                        return None;
                    }
                } else {
                    let m = big(j)?;
                    a.num = m;
                    a.next = j + 1;
                }
            }
            "half" => {
                if !(self.spaced_word_is(i + 1, "a") || self.spaced_word_is(i + 1, "an")) {
                    return None;
                }
                let j = i + 2;
                if let Some(m) = big(j).filter(|_| !self.glued(j)) {
                    a.num = m;
                    a.den = 2;
                    a.next = j + 1;
                } else if is_pct_word(j) && !self.glued(j) {
                    a.num = 1;
                    a.den = 2;
                    a.next = j;
                    return Some(a);
                } else {
                    return None;
                }
            }
            _ => {
                let mut v = small_number(w)?;
                let mut j = i + 1;
                if v >= 20
                    && v % 10 == 0
                    && let Some(k) = self.next_part(j)
                    && let Some(u) = small_number(self.lc(k).as_str()).filter(|u| *u < 10)
                {
                    v += u;
                    j = k + 1;
                }
                if let Some(k) = self.next_part(j) {
                    let l = self.lc(k);
                    if l.as_str() == "hundred" {
                        v *= 100;
                        j = k + 1;
                        let mut k2 = j;
                        if self.spaced_word_is(k2, "and") {
                            k2 += 1;
                        }
                        if self.is_word(k2) && !self.glued(k2) {
                            let l2 = self.lc(k2);
                            if let Some(mut u) = small_number(l2.as_str()) {
                                let mut e = k2 + 1;
                                if u >= 20
                                    && let Some(k3) = self.next_part(e)
                                    && let Some(u2) =
                                        small_number(self.lc(k3).as_str()).filter(|x| *x < 10)
                                {
                                    u += u2;
                                    e = k3 + 1;
                                }
                                v += u;
                                j = e;
                            }
                        }
                    } else if l.as_str() == "dozen" {
                        v *= 12;
                        j = k + 1;
                    }
                }
                a.num = v;
                a.next = j;
            }
        }
        let before = a.next;
        self.scales(&mut a, false);
        if a.next == before && (w == "a" || w == "an" || w == "half") {
            a.scaled = true; // "a million", "half a billion": the word itself is the scale
        }
        Some(a)
    }

    fn amount(&self, i: usize, prev: Prev) -> Option<Amt> {
        if self.is_num(i) {
            self.numeric(i, prev)
        } else if self.is_word(i) && prev != Prev::AfterPrefix {
            self.written(i)
        } else {
            None
        }
    }

    /// A unit after an amount: percent words or a currency.
    fn unit(&self, j: usize, a: &Amt) -> Option<Unit> {
        if let Some(c) = self.sym(j)
            && (c == '%' || c == '％')
        {
            let mut next = j + 1;
            let mut unit = PercentUnit::Percent;
            if let Some(k) = self.next_part(next)
                && matches!(self.lc(k).as_str(), "points" | "point" | "pts" | "pt")
            {
                unit = PercentUnit::Points;
                next = k + 1;
            }
            return Some(Unit::Pct { unit, den: 1, next });
        }
        let k = if self.is_word(j) && self.glued(j) {
            j
        } else {
            self.next_part(j)?
        };
        let lc = self.lc(k);
        let w = lc.as_str();
        // percentages
        let pct_end = match w {
            "pct" | "percent" => Some(k + 1),
            "per" => self
                .next_part(k + 1)
                .filter(|&c| self.word_is(c, "cent"))
                .map(|c| c + 1),
            "percentage" => Some(k + 1),
            _ => None,
        };
        if let Some(mut e) = pct_end {
            let mut unit = PercentUnit::Percent;
            if let Some(p) = self.next_part(e)
                && matches!(self.lc(p).as_str(), "points" | "point" | "pts")
            {
                unit = PercentUnit::Points;
                e = p + 1;
            }
            if w == "percentage" && unit != PercentUnit::Points {
                return None;
            }
            return Some(Unit::Pct {
                unit,
                den: 1,
                next: e,
            });
        }
        if w == "basis"
            && let Some(p) = self.next_part(k + 1)
            && matches!(self.lc(p).as_str(), "points" | "point")
        {
            return Some(Unit::Pct {
                unit: PercentUnit::Points,
                den: 100,
                next: p + 1,
            });
        }
        if matches!(w, "bps" | "bp" | "bpts") {
            return Some(Unit::Pct {
                unit: PercentUnit::Points,
                den: 100,
                next: k + 1,
            });
        }
        // ISO code after the amount
        if let Some(code) = self.r.iso.get(self.s(k)) {
            return Some(Unit::Cur {
                code,
                den: 1,
                next: k + 1,
                implicit: false,
            });
        }
        // currency phrases
        let first = if self.is_word(k) {
            self.compound_first(k)
        } else {
            None
        };
        let (first_end, first_lc) = first?;
        let phrases = self.r.suffix.get(first_lc.as_str())?;
        'p: for p in phrases {
            let mut e = first_end;
            for w in &p.words[1..] {
                let Some(n) = self.next_part(e) else {
                    continue 'p;
                };
                if !self.word_is(n, w) {
                    continue 'p;
                }
                e = n + 1;
            }
            match p.guard {
                Guard::None => {}
                Guard::Numeric => {
                    // "won" is also a verb: "the 11 won"
                    let big = a.scaled || !a.is_integer() || a.value(1) >= 1000.0;
                    let rate = ["per", "a", "to", "against"]
                        .iter()
                        .any(|w| self.spaced_word_is(e, w));
                    if a.written || !(big || rate) {
                        continue;
                    }
                }
                Guard::PostAdj => {
                    if self.is_word(e) && self.s(e).starts_with(|c: char| c.is_uppercase()) {
                        continue;
                    }
                }
                Guard::BarePound => {
                    if !a.written
                        || self.spaced_word_is(e, "of")
                        || self.spaced_word_is(e, "per")
                        || self.spaced_word_is(e, "in")
                    {
                        continue;
                    }
                }
            }
            return Some(Unit::Cur {
                code: p.code,
                den: p.den,
                next: e,
                implicit: p.implicit,
            });
        }
        None
    }

    /// First word of a currency phrase: a dotted abbreviation ("U.S.") or a plain word.
    fn compound_first(&self, k: usize) -> Option<(usize, String)> {
        if self.is_sym(k + 1, '.')
            && self.glued(k + 1)
            && self.s(k).len() <= 2
            && let Some((e, s)) = self.compound(k)
            && s.contains('.')
            && !s.contains('-')
        {
            return Some((e, s));
        }
        Some((k + 1, self.lc(k).as_str().to_string()))
    }

    fn is_to(&self, j: usize) -> bool {
        self.spaced_word_is(j, "to")
    }

    /// The word before token `s` (or before its hedge) announces a change
    /// ("rose", "by"), so "X to Y" is a movement rather than a range.
    fn change_before(&self, s: usize) -> bool {
        let mut p = s;
        if let Some(q) = self.qualifier(s, 0) {
            p = q;
        }
        // "rose 50 mln dlrs to ...", "LOWERS COPPER 0.75 CENT TO ..."
        for back in 1..=3 {
            if p < back {
                return false;
            }
            let w = self.lc(p - back);
            if CHANGE_WORDS.contains(&w.as_str())
                && !(w.as_str() == "from" && self.range_verb_before(p - back))
            {
                return true;
            }
            if !self.is_word(p - back) {
                return false;
            }
        }
        false
    }

    /// Whether `lo`..`hi` is plausible as a range: ordered, and not so wide
    /// that "rose 20 to 1,260 yen" (a change to a level) or "1.7770-80 marks"
    /// (a dealer's quote) is misread. Ranges after "between" are explicit.
    fn range_ok(&self, lo: f64, hi: f64, to_at: usize, start: usize, between: bool) -> bool {
        if lo > hi {
            return false;
        }
        if between {
            return true;
        }
        let limit = if self.is_to(to_at) && self.change_before(start) {
            3.0
        } else {
            25.0
        };
        hi <= lo * limit
    }

    /// Connector between the two figures of a range; returns the token after it.
    fn connector(&self, j: usize, between: bool, after_from: bool) -> Option<usize> {
        if between {
            if self.spaced_word_is(j, "and") {
                return Some(j + 1);
            }
        } else if self.spaced_word_is(j, "to") && !after_from {
            return Some(j + 1);
        }
        if self.sym(j).is_some_and(is_dash) {
            let next_glued = self.glued(j + 1);
            let prev_glued = self.glued(j);
            // "5-6" or "5 - 6", not "5- 6"
            if next_glued == prev_glued {
                return Some(j + 1);
            }
        }
        None
    }

    /// The amount-led parse at token `i` (after "between" when `between`).
    fn core(&self, i: usize, between: bool, floor: usize) -> Option<Hit> {
        if let Some((code, pstart, j)) = self.prefix_currency(i) {
            if pstart < floor {
                return None;
            }
            return self.prefixed_money(code, pstart, j, between);
        }
        let a1 = self.amount(i, Prev::Normal)?;
        if !a1.written && self.bad_context(i, &a1) {
            return None;
        }
        let after_from = self.after_from(i);
        let u1 = self.unit(a1.next, &a1);
        let after1 = u1.map_or(a1.next, |u| u.next());
        // try a range
        if let Some(c) = self.connector(after1, between, after_from)
            && let Some(a2) = self.amount(c, Prev::RangeSecond)
            && (between || a1.written == a2.written || self.mixed_percent_range(i, &a1, u1, &a2))
        {
            let u2 = self.unit(a2.next, &a2);
            let mut lo = a1;
            // "for 1986 to 15.9 billion dlrs": a year, not the low end of a range
            let mut ok = !(a1.year_like && !a1.scaled && (a2.scaled || self.year_context(i)));
            if !a1.scaled && a2.scaled {
                if a1.raw_le(&a2) {
                    lo = a1.with_scale_of(&a2);
                }
            } else if a1.scaled && !a2.scaled {
                ok = false;
            }
            let unit = match (u1, u2) {
                (Some(x), Some(y)) if x.same(&y) => {
                    // "rose 50 mln dlrs to 1.2 billion dlrs" is a change, not a
                    // range; so is "butane 5.50 dlrs to 123 dlrs"
                    if self.is_to(after1)
                        && (self.change_before(i) || a2.value(1) > lo.value(1) * 3.0)
                    {
                        ok = false;
                    }
                    Some(y)
                }
                (None, Some(y)) => Some(y),
                (None, None) => None,
                _ => {
                    ok = false;
                    None
                }
            };
            if ok
                && self.range_ok(lo.value(1), a2.value(1), after1, i, between)
                && self.glued_ok(&[&a1, &a2], a2.next)
            {
                match unit {
                    Some(Unit::Cur {
                        code,
                        den,
                        next,
                        implicit,
                    }) => {
                        if self.glued_ok(&[&a1, &a2], next) {
                            return Some(Hit {
                                start: i,
                                end: next,
                                kind: QuantityKind::Money {
                                    value: lo.value(den),
                                    currency: code.to_string(),
                                    approx: false,
                                    max: Some(a2.value(den)),
                                    implicit,
                                },
                            });
                        }
                    }
                    Some(Unit::Pct { unit, den, next }) => {
                        if !lo.letter_scale && !a2.letter_scale {
                            return Some(Hit {
                                start: i,
                                end: next,
                                kind: QuantityKind::Percent {
                                    value: lo.value(den),
                                    unit,
                                    approx: true,
                                },
                            });
                        }
                    }
                    None => {
                        if lo.is_integer()
                            && a2.is_integer()
                            && !lo.letter_scale
                            && !a2.letter_scale
                            && let Some((end, of)) = self.person_chain(a2.next)
                        {
                            return Some(Hit {
                                start: i,
                                end,
                                kind: QuantityKind::Count {
                                    value: Some(lo.value(1)),
                                    approx: true,
                                    of,
                                },
                            });
                        }
                    }
                }
            }
        }
        if between {
            return None;
        }
        match u1 {
            Some(Unit::Cur {
                code,
                den,
                next,
                implicit,
            }) => {
                if a1.year_like && !a1.scaled && self.year_context(i) {
                    return None;
                }
                self.glued_ok(&[&a1], next).then(|| Hit {
                    start: i,
                    end: next,
                    kind: QuantityKind::Money {
                        value: a1.value(den),
                        currency: code.to_string(),
                        approx: false,
                        max: None,
                        implicit,
                    },
                })
            }
            Some(Unit::Pct { unit, den, next }) => {
                (!a1.letter_scale && self.glued_ok(&[&a1], next)).then(|| Hit {
                    start: i,
                    end: next,
                    kind: QuantityKind::Percent {
                        value: a1.value(den),
                        unit,
                        approx: false,
                    },
                })
            }
            None => {
                if !a1.is_integer()
                    || a1.letter_scale
                    || a1.num == 0
                    || (a1.year_like && !a1.scaled && self.year_context(i))
                {
                    return None;
                }
                let (end, of) = self.person_chain(a1.next)?;
                self.glued_ok(&[&a1], end).then(|| Hit {
                    start: i,
                    end,
                    kind: QuantityKind::Count {
                        value: Some(a1.value(1)),
                        approx: false,
                        of,
                    },
                })
            }
        }
    }

    /// "1.5 to two pct", "two to 2.5 pct": a percentage range may mix a
    /// spelled-out and a numeric figure, unless it follows a change word
    /// ("rose two to 2.5 pct" is a rise of two points).
    fn mixed_percent_range(&self, i: usize, a1: &Amt, u1: Option<Unit>, a2: &Amt) -> bool {
        u1.is_none()
            && !a1.scaled
            && !a2.scaled
            && a1.value(1) <= 100.0
            && a2.value(1) <= 100.0
            && matches!(self.unit(a2.next, a2), Some(Unit::Pct { .. }))
            && !self.change_before(i)
    }

    /// Money with a currency before the amount ("$5-6 billion", "USD34.6 million").
    fn prefixed_money(
        &self,
        code: &'static str,
        pstart: usize,
        j: usize,
        between: bool,
    ) -> Option<Hit> {
        let a1 = self.numeric(j, Prev::AfterPrefix)?;
        let after_from = self.after_from(pstart);
        if let Some(c) = self.connector(a1.next, between, after_from) {
            let mut k = c;
            let mut second_prefixed = false;
            if let Some((code2, _, j2)) = self.prefix_currency(c) {
                if code2 != code {
                    return self.single_prefixed(code, pstart, a1, between);
                }
                k = j2;
                second_prefixed = true;
            }
            let prev = if second_prefixed {
                Prev::AfterPrefix
            } else {
                Prev::RangeSecond
            };
            if let Some(a2) = self.numeric(k, prev) {
                let mut lo = a1;
                let mut ok = true;
                if !a1.scaled && a2.scaled {
                    if a1.raw_le(&a2) {
                        lo = a1.with_scale_of(&a2);
                    }
                } else if a1.scaled && !a2.scaled {
                    ok = false;
                }
                // "$5 to 10 pct" or "$5 to 6 dlrs": the second figure has its own unit
                if !second_prefixed && self.unit(a2.next, &a2).is_some() {
                    ok = false;
                }
                // "rose $50 million to $1.2 billion" is a change, not a range
                if second_prefixed && self.is_to(a1.next) && self.change_before(pstart) {
                    ok = false;
                }
                if ok
                    && self.range_ok(lo.value(1), a2.value(1), a1.next, pstart, between)
                    && self.glued_ok(&[&a1, &a2], a2.next)
                {
                    return Some(Hit {
                        start: pstart,
                        end: a2.next,
                        kind: QuantityKind::Money {
                            value: lo.value(1),
                            currency: code.to_string(),
                            approx: false,
                            max: Some(a2.value(1)),
                            implicit: false,
                        },
                    });
                }
            }
        }
        self.single_prefixed(code, pstart, a1, between)
    }

    fn single_prefixed(
        &self,
        code: &'static str,
        pstart: usize,
        a1: Amt,
        between: bool,
    ) -> Option<Hit> {
        if between || !self.glued_ok(&[&a1], a1.next) {
            return None;
        }
        Some(Hit {
            start: pstart,
            end: a1.next,
            kind: QuantityKind::Money {
                value: a1.value(1),
                currency: code.to_string(),
                approx: false,
                max: None,
                implicit: false,
            },
        })
    }

    /// Every word glued to an amount ("1st", "737s") must be part of the mention.
    fn glued_ok(&self, amts: &[&Amt], end: usize) -> bool {
        amts.iter().all(|a| a.glued_word.is_none_or(|g| g < end))
    }

    /// The number at `i` is part of a date ("Oct. 29") or a name ("Boeing 737").
    fn bad_context(&self, i: usize, a: &Amt) -> bool {
        if i == 0 {
            return false;
        }
        let mut p = i - 1;
        if self.is_sym(p, '.') && p > 0 && self.glued(p) {
            p -= 1;
        }
        if !self.is_word(p) {
            return false;
        }
        let w = self.s(p);
        if self.r.months.contains(w)
            && !a.scaled
            && a.den == 1
            && a.num >= 1
            && a.num <= 31
            && self.s(i).len() <= 2
        {
            return true;
        }
        p == i - 1 && self.r.model_words.contains(w)
    }

    /// A year-like number is preceded by "in", "fiscal", "since" etc.
    fn year_context(&self, i: usize) -> bool {
        i > 0 && self.r.year_preps.contains(self.lc(i - 1).as_str())
    }

    /// Up to three modifiers then a person noun, starting at token `j`.
    /// Returns (token after the noun, noun in lowercase).
    fn person_chain(&self, j: usize) -> Option<(usize, String)> {
        let mut k = j;
        for _ in 0..4 {
            if !self.is_word(k) || self.glued(k) {
                return None;
            }
            let (e, lc) = self.compound(k)?;
            let last_lc = self.lc(e - 1);
            let last = last_lc.as_str();
            let is_noun = if e == k + 1 {
                self.r.persons.contains(lc.as_str())
            } else {
                // "ex-workers" counts, "U.S." never
                self.is_sym(e - 2, '-') && self.r.persons.contains(last)
            };
            // "610,000 Staff Builders common": a capitalised noun inside a name
            let raw_noun = self.s(e - 1);
            let title_case = raw_noun.starts_with(|c: char| c.is_ascii_uppercase())
                && raw_noun[1..].chars().any(|c| c.is_ascii_lowercase());
            if is_noun
                && title_case
                && self.is_word(e)
                && self.s(e).starts_with(|c: char| c.is_ascii_uppercase())
            {
                return None;
            }
            if is_noun {
                let mut end = e;
                let mut noun = last.to_string();
                if self.is_word(end)
                    && !self.glued(end)
                    && self.r.persons.contains(self.lc(end).as_str())
                {
                    noun = self.lc(end).as_str().to_string();
                    end += 1;
                }
                return Some((end, noun));
            }
            if self.r.chain_stop.contains(lc.as_str())
                || (e == k + 1 && self.r.chain_stop.contains(last))
            {
                return None;
            }
            let raw = self.s(k);
            let lower_initial = raw.chars().next().is_some_and(char::is_lowercase);
            if lower_initial
                && e == k + 1
                && raw.len() > 3
                && raw.ends_with('s')
                && !raw.ends_with("ss")
                && !raw.ends_with("us")
                && !raw.ends_with("is")
            {
                return None; // a plural noun or a verb: "12 firms hire workers"
            }
            if scale_of(lc.as_str()).is_some() {
                return None;
            }
            k = e;
        }
        None
    }

    /// Vague head counts: "hundreds of", "tens of thousands of", "a number of",
    /// "several hundred", "a few dozen".
    fn vague(&self, i: usize) -> Option<Hit> {
        let lc = self.lc(i);
        let w = lc.as_str();
        let mut j;
        match w {
            "a" | "an" => {
                if self.spaced_word_is(i + 1, "few") {
                    let l = self.lc(i + 2);
                    if !matches!(l.as_str(), "hundred" | "thousand" | "dozen") {
                        return None;
                    }
                    j = i + 3;
                } else {
                    if !self.spaced_word_is(i + 2, "of") {
                        return None;
                    }
                    j = i + 3;
                }
            }
            "several" | "few" => {
                let l = self.lc(i + 1);
                if !matches!(l.as_str(), "hundred" | "thousand" | "dozen") || self.glued(i + 1) {
                    return None;
                }
                j = i + 2;
            }
            _ => {
                if !self.spaced_word_is(i + 1, "of") {
                    return None;
                }
                j = i + 2;
                while matches!(self.lc(j).as_str(), "hundreds" | "thousands" | "millions")
                    && self.spaced_word_is(j + 1, "of")
                {
                    j += 2;
                }
            }
        }
        if matches!(self.lc(j).as_str(), "thousands" | "millions") {
            // "a few thousand" handled above; "hundreds of millions of" never counts people here
            return None;
        }
        let (end, of) = self.person_chain(j)?;
        Some(Hit {
            start: i,
            end,
            kind: QuantityKind::Count {
                value: None,
                approx: true,
                of,
            },
        })
    }
}

// ---------------------------------------------------------------------------
// Article-level currency

/// Which currency a bare "dlrs", "cents" or "francs" stands for in one
/// article. Wire copy from Toronto, Sydney, Hong Kong or Singapore writes the
/// local dollar as plain "dlrs" ("Statistics Canada said retail sales rose to
/// 12.19 billion dlrs"), and copy from Zurich writes Swiss francs as
/// "francs"; a sentence alone cannot tell, the article can.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CurrencyContext {
    /// ISO 4217 code of a bare dollar or cent.
    pub dollar: &'static str,
    /// ISO 4217 code of a bare franc.
    pub franc: &'static str,
}

impl Default for CurrencyContext {
    fn default() -> Self {
        CurrencyContext {
            dollar: "USD",
            franc: "FRF",
        }
    }
}

/// Exchange suffixes of Reuters instrument codes ("<GL.TO>") and the
/// currency of the exchange's country.
const TICKER_SUFFIXES: &[(&str, &str)] = &[
    ("TO", "CAD"),
    ("M", "CAD"),
    ("V", "CAD"),
    ("S", "AUD"),
    ("ME", "AUD"),
    ("AX", "AUD"),
    ("HK", "HKD"),
    ("HKG", "HKD"),
    ("SI", "SGD"),
    ("SES", "SGD"),
    ("WE", "NZD"),
    ("Z", "CHF"),
    ("ZU", "CHF"),
    ("BR", "BEF"),
    ("PA", "FRF"),
];

/// Headline words naming a dollar or franc country (upper case).
const HEADLINE_COUNTRIES: &[(&str, &str)] = &[
    ("CANADA", "CAD"),
    ("CANADIAN", "CAD"),
    ("AUSTRALIA", "AUD"),
    ("AUSTRALIAN", "AUD"),
    ("SINGAPORE", "SGD"),
    ("HONG KONG", "HKD"),
    ("NEW ZEALAND", "NZD"),
    ("N.Z.", "NZD"),
    ("NZ", "NZD"),
    ("SWISS", "CHF"),
    ("SWITZERLAND", "CHF"),
    ("BELGIAN", "BEF"),
    ("BELGIUM", "BEF"),
];

fn is_franc(code: &str) -> bool {
    matches!(code, "FRF" | "CHF" | "BEF" | "LUF")
}

fn is_dollar(code: &str) -> bool {
    matches!(
        code,
        "USD" | "CAD" | "AUD" | "HKD" | "SGD" | "NZD" | "TWD" | "ZWD" | "JMD" | "BND" | "FJD"
    )
}

/// The headline: the title of a JSON-lines article (before the blank line),
/// else the first line, at most 200 bytes.
fn headline(article: &str) -> &str {
    let mut end = article
        .find("\n\n")
        .filter(|&e| e <= 400)
        .or_else(|| article.find('\n'))
        .unwrap_or(article.len())
        .min(400);
    while !article.is_char_boundary(end) {
        end -= 1;
    }
    &article[..end]
}

/// The first instrument code ("<GL.TO>", "(RY.TO)", "<GM>") in `s`, as the
/// currency of its exchange, or USD for a code without a foreign suffix.
/// Names in angle brackets ("<Placer Pacific Ltd>") and abbreviations in
/// parentheses ("(FCL)") are not codes.
fn ticker_currency(s: &str) -> Option<&'static str> {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        let close = match c {
            b'<' => b'>',
            b'(' => b')',
            _ => continue,
        };
        let rest = &b[i + 1..];
        let Some(len) = rest.iter().take(16).position(|&x| x == close) else {
            continue;
        };
        let code = &s[i + 1..i + 1 + len];
        let (sym, suffix) = code.split_once('.').unwrap_or((code, ""));
        let sym_ok = !sym.is_empty()
            && sym
                .bytes()
                .all(|x| x.is_ascii_uppercase() || x.is_ascii_digit())
            && sym.as_bytes()[0].is_ascii_uppercase();
        // "(FCL)" is an abbreviation; "(RY.TO)" and "<GM>" are codes
        let suffix_ok =
            suffix.bytes().all(|x| x.is_ascii_uppercase()) && (close == b'>' || !suffix.is_empty());
        if !sym_ok || !suffix_ok || sym.len() < 2 {
            continue;
        }
        return Some(
            TICKER_SUFFIXES
                .iter()
                .find(|(x, _)| *x == suffix)
                .map_or("USD", |(_, cur)| cur),
        );
    }
    None
}

/// What the headline and lead of an article say about its currency (see
/// [`CurrencyContext::of_article`]), before the article's own money is
/// looked at.
struct HeadlineClues {
    /// The currency of an instrument code in the headline or lead.
    ticker: Option<&'static str>,
    /// The one dollar country named in the headline.
    named_dollar: Option<&'static str>,
    /// The one franc country named in the headline.
    named_franc: Option<&'static str>,
    /// The headline names the United States.
    us_in_headline: bool,
}

impl HeadlineClues {
    fn of(article: &str) -> Self {
        let head = headline(article);
        let mut lead_end = (head.len() + 300).min(article.len());
        while !article.is_char_boundary(lead_end) {
            lead_end -= 1;
        }
        let ticker = ticker_currency(head).or_else(|| ticker_currency(&article[..lead_end]));
        let upper = head.to_uppercase();
        let named = |keep: fn(&str) -> bool| -> Option<&'static str> {
            let mut codes = HEADLINE_COUNTRIES
                .iter()
                .filter(|(w, c)| keep(c) && crate::lexicon::contains_word(&upper, w))
                .map(|(_, c)| *c);
            let first = codes.next()?;
            codes.all(|c| c == first).then_some(first)
        };
        let us_in_headline = ["U.S.", "US", "AMERICAN", "UNITED STATES"]
            .iter()
            .any(|w| crate::lexicon::contains_word(&upper, w));
        HeadlineClues {
            ticker,
            named_dollar: named(is_dollar),
            named_franc: named(is_franc),
            us_in_headline,
        }
    }

    /// The currency of a bare dollar; `found` (all the article's money) is
    /// called only when the headline and lead do not settle it.
    fn dollar<'q>(&self, found: impl FnOnce() -> &'q [Quantity]) -> &'static str {
        match self.ticker {
            Some(c) if is_dollar(c) => c,
            Some(_) => "USD",
            None => match self.named_dollar.filter(|_| !self.us_in_headline) {
                Some(c) => c,
                None => written(found(), is_dollar).unwrap_or("USD"),
            },
        }
    }

    /// The currency of a bare franc, likewise.
    fn franc<'q>(&self, found: impl FnOnce() -> &'q [Quantity]) -> &'static str {
        if let Some(c) = self.ticker.filter(|c| is_franc(c)) {
            return c;
        }
        self.named_franc
            .or_else(|| written(found(), is_franc))
            .unwrap_or("FRF")
    }
}

/// The one non-US dollar (or franc, by `keep`) written out in the money
/// `found`, if there is exactly one.
fn written(found: &[Quantity], keep: fn(&str) -> bool) -> Option<&'static str> {
    let mut one: Option<&str> = None;
    for q in found {
        if let QuantityKind::Money {
            currency,
            implicit: false,
            ..
        } = &q.kind
            && keep(currency)
        {
            match one {
                None => one = Some(currency),
                Some(o) if o == currency => {}
                Some(_) => return None,
            }
        }
    }
    let code = one?;
    [
        "CAD", "AUD", "HKD", "SGD", "NZD", "TWD", "ZWD", "JMD", "BND", "FJD", "CHF", "BEF", "LUF",
        "FRF",
    ]
    .into_iter()
    .find(|c| *c == code)
}

/// An article's [`CurrencyContext`] worked out part by part on first use:
/// the dollar only for a bare "dlrs", the franc only for a bare "francs",
/// and the article's money (a scan of the whole article) only when the
/// headline and lead do not settle it. Resolves as
/// [`CurrencyContext::of_article`] over [`QuantityRecognizer::find`] does.
pub struct ArticleCurrency<'a> {
    article: &'a str,
    recognizer: &'a QuantityRecognizer,
    clues: std::cell::OnceCell<HeadlineClues>,
    found: std::cell::OnceCell<Vec<Quantity>>,
    dollar: std::cell::OnceCell<&'static str>,
    franc: std::cell::OnceCell<&'static str>,
}

impl<'a> ArticleCurrency<'a> {
    /// Nothing is worked out yet.
    pub fn new(article: &'a str, recognizer: &'a QuantityRecognizer) -> Self {
        ArticleCurrency {
            article,
            recognizer,
            clues: std::cell::OnceCell::new(),
            found: std::cell::OnceCell::new(),
            dollar: std::cell::OnceCell::new(),
            franc: std::cell::OnceCell::new(),
        }
    }

    /// Gives a mention with a bare currency word the article's currency
    /// (see [`CurrencyContext::resolve`]).
    pub fn resolve(&self, q: &mut Quantity) {
        let clues = || self.clues.get_or_init(|| HeadlineClues::of(self.article));
        let found = || {
            self.found
                .get_or_init(|| self.recognizer.find(self.article))
                .as_slice()
        };
        give_currency(
            q,
            || self.dollar.get_or_init(|| clues().dollar(found)),
            || self.franc.get_or_init(|| clues().franc(found)),
        );
    }
}

/// Gives a mention with a bare "dlrs" (USD) or "francs" (FRF) the currency
/// `dollar()` or `franc()` names, each called only when needed; any other
/// quantity is left as it is.
fn give_currency<'c>(
    q: &mut Quantity,
    dollar: impl FnOnce() -> &'c str,
    franc: impl FnOnce() -> &'c str,
) {
    if let QuantityKind::Money {
        currency,
        implicit: true,
        ..
    } = &mut q.kind
    {
        if currency == "USD" {
            *currency = dollar().to_string();
        } else if currency == "FRF" {
            *currency = franc().to_string();
        }
    }
}

impl CurrencyContext {
    /// Works out what bare currency words mean in `article`, given all the
    /// money `found` in it (as from [`QuantityRecognizer::find`], any order).
    ///
    /// In order: an instrument code in the headline or lead ("<GL.TO>" is
    /// Toronto, so Canadian dollars; "<GM>" is New York, so US dollars); else
    /// a single dollar or franc country named in the headline ("CANADA RETAIL
    /// SALES RISE"); else a single non-US dollar (franc) written out in the
    /// article ("3.7 billion H.K. Dlrs ... a 3.1 billion dlr estimate"). Taiwan
    /// is left to the last rule: Taiwan copy gives trade and reserves in US
    /// dollars.
    pub fn of_article(article: &str, found: &[Quantity]) -> Self {
        let clues = HeadlineClues::of(article);
        CurrencyContext {
            dollar: clues.dollar(|| found),
            franc: clues.franc(|| found),
        }
    }

    /// Gives a mention with a bare currency word the article's currency.
    pub fn resolve(&self, q: &mut Quantity) {
        give_currency(q, || self.dollar, || self.franc);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_currency_resolves_as_the_whole_context() {
        let r = QuantityRecognizer::new();
        let articles = [
            "CANADA RETAIL SALES RISE\n\nSales rose to 12.19 billion dlrs, 2 mln francs.",
            "U.S. AND CANADA TALK\n\nIt cost 5 mln dlrs.",
            "GULF CANADA <GOC.TO> PROFIT\n\nProfit was 3 mln dlrs.",
            "ZURICH FIRM\n\nIt made 3 mln Swiss francs, then 2 mln francs and 4 mln dlrs.",
            "HK PROPERTY\n\n3.7 billion H.K. Dlrs against a 3.1 billion dlr estimate.",
            "MIXED\n\n3 mln Canadian dlrs and 2 mln Australian dlrs; 5 mln dlrs; 4 francs.",
            "NOTHING\n\n40 cents a share, 7 dlrs.",
        ];
        for a in articles {
            let found = r.find(a);
            let whole = CurrencyContext::of_article(a, &found);
            let lazy = ArticleCurrency::new(a, &r);
            for q in &found {
                let (mut x, mut y) = (q.clone(), q.clone());
                whole.resolve(&mut x);
                lazy.resolve(&mut y);
                assert_eq!(x, y, "{a}");
            }
        }
    }

    #[test]
    fn the_figure_word_table_matches_the_parser() {
        // The table's number words are words small_number reads.
        for w in NUMBER_WORDS {
            assert!(small_number(w).is_some(), "{w}");
        }
        for w in ["hundred", "zero", "dozen", "a", "nil", "onee"] {
            assert!(small_number(w).is_none(), "{w}");
        }
        let r = QuantityRecognizer::new();
        let toks = Vec::new();
        let cx = Cx {
            r: &r,
            text: "",
            toks: &toks,
        };
        for w in [
            "between", "A", "an", "Half", "HUNDREDS", "few", "Twenty", "DM", "Rs", "US",
        ] {
            assert!(cx.could_begin_figure(w), "{w}");
        }
        for w in ["pledged", "the", "and", "Japan", "tenth", "ONES", "é"] {
            assert!(!cx.could_begin_figure(w), "{w}");
        }
        for w in r.prefix_words.keys() {
            assert!(w.len() > 3 || cx.could_begin_figure(w), "{w}");
        }
    }
}
