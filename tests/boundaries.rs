//! One word boundary for triggers, lexicon and tokens: typographic quotes,
//! dashes, no-break spaces, apostrophes and hyphens stand between words,
//! so the events in such sentences are found; and `extract` and `mentions`
//! read sentences through one analysed-sentence stage, so they agree.

use newsevents::Extractor;
use newsevents::mentions::{MentionKind, mentions_dated};

fn ex() -> Extractor {
    Extractor::embedded().expect("embedded data loads")
}

/// (sentence, event type, trigger as written, source country, target country)
const TYPOGRAPHY: &[(&str, &str, &str, &str, &str)] = &[
    (
        "The United States imposed “tariffs” on Japanese cars.",
        "tariff",
        "tariffs",
        "USA",
        "JPN",
    ),
    (
        "The United States imposed ‘tariffs’ on Japanese cars.",
        "tariff",
        "tariffs",
        "USA",
        "JPN",
    ),
    (
        "The United States imposed «tariffs» on Japanese cars.",
        "tariff",
        "tariffs",
        "USA",
        "JPN",
    ),
    (
        "The United States imposed tariffs—a blow to Tokyo—on Japanese cars.",
        "tariff",
        "tariffs",
        "USA",
        "JPN",
    ),
    (
        "The United States imposed tariffs – a blow to Tokyo – on Japanese cars.",
        "tariff",
        "tariffs",
        "USA",
        "JPN",
    ),
    (
        "The United States imposed tariffs\u{a0}on Japanese cars.",
        "tariff",
        "tariffs",
        "USA",
        "JPN",
    ),
    (
        "The United States imposed\u{a0}tariffs on Japanese cars.",
        "tariff",
        "tariffs",
        "USA",
        "JPN",
    ),
    (
        "The United States imposed tariffs\u{202f}on Japanese cars.",
        "tariff",
        "tariffs",
        "USA",
        "JPN",
    ),
    (
        "The United States imposed tariffs on Japan’s cars.",
        "tariff",
        "tariffs",
        "USA",
        "JPN",
    ),
    (
        "The United States imposed anti-dumping tariffs on Japanese cars.",
        "tariff",
        "tariffs",
        "USA",
        "JPN",
    ),
    (
        "Japan pledged\u{a0}$1.5\u{a0}billion in aid to the Philippines.",
        "pledge",
        "pledged",
        "JPN",
        "PHL",
    ),
    (
        "Japan “pledged” 1.5 billion dlrs in aid to the Philippines.",
        "pledge",
        "pledged",
        "JPN",
        "PHL",
    ),
];

#[test]
fn triggers_next_to_typography_give_events() {
    let ex = ex();
    let mut failures = Vec::new();
    for &(text, ty, trigger, source, target) in TYPOGRAPHY {
        let events = ex.extract("t", text);
        let Some(e) = events.iter().find(|e| e.event_type == ty) else {
            failures.push(format!("{text:?}: no {ty} event"));
            continue;
        };
        let country = |role: &str| {
            e.actors
                .iter()
                .find(|a| a.role == role)
                .and_then(|a| a.country.clone())
                .unwrap_or_default()
        };
        let got = (
            e.trigger.text.as_str(),
            country("source"),
            country("target"),
        );
        if got != (trigger, source.to_string(), target.to_string()) {
            failures.push(format!("{text:?}: got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_trigger_glued_to_a_letter_of_any_script_is_no_trigger() {
    let ex = ex();
    for text in [
        "The United States imposed tariffé on Japanese cars.",
        "The United States imposed éinfuhrtariffs on Japanese cars.",
    ] {
        assert!(
            ex.extract("t", text)
                .iter()
                .all(|e| e.event_type != "tariff"),
            "{text:?}"
        );
    }
}

#[test]
fn extract_and_mentions_see_the_same_actors_in_a_dated_article() {
    let ex = ex();
    let text = "U.S. PRESIDENT TO MEET NAKASONE\n\nU.S. President Reagan will meet \
                Japanese Prime Minister Yasuhiro Nakasone in Washington next month.";
    let date = Some("1987-03-02");
    let events = ex.extract_dated("d", text, date);
    let mentions = mentions_dated(&ex, "d", text, date);
    let headline = events
        .iter()
        .find(|e| e.sentence.index == 0)
        .expect("the headline's meeting");
    let president = headline
        .actors
        .iter()
        .find(|a| a.text == "U.S. PRESIDENT")
        .expect("U.S. PRESIDENT is a party");
    assert_eq!(president.name, "Ronald Reagan");
    // Every party of every event is a mention with the same name.
    for a in events.iter().flat_map(|e| &e.actors) {
        assert!(
            mentions.iter().any(|m| m.kind == MentionKind::Actor
                && (m.start, m.end) == (a.start, a.end)
                && m.name.as_deref() == Some(a.name.as_str())),
            "{} ({}) at {} is no mention",
            a.text,
            a.name,
            a.start
        );
    }
}

/// The quantity tokenizer cuts words on the same boundary: figures next to
/// typographic quotes, dashes, no-break spaces and apostrophes are read
/// with their units. (sentence, the figure as written, its value)
const FIGURES: &[(&str, &str, f64)] = &[
    ("It imposed a “25 pct” tariff.", "25 pct", 25.0),
    ("It imposed a ‘25 pct’ tariff.", "25 pct", 25.0),
    ("It imposed a 25 pct—or higher—tariff.", "25 pct", 25.0),
    ("It imposed a 25 pct – or higher – tariff.", "25 pct", 25.0),
    ("It pledged $5\u{a0}billion in aid.", "$5\u{a0}billion", 5e9),
    ("It pledged 5\u{202f}mln dlrs.", "5\u{202f}mln dlrs", 5e6),
    (
        "Rates rose 5\u{a0}per\u{a0}cent.",
        "5\u{a0}per\u{a0}cent",
        5.0,
    ),
    ("Japan’s 300 workers were detained.", "300 workers", 300.0),
    (
        "Police detained 475 South Korean workers.",
        "475 South Korean workers",
        475.0,
    ),
    ("It set a 10 pct anti-dumping duty.", "10 pct", 10.0),
    ("Il a promis 5 mln dlrs—pas plus.", "5 mln dlrs", 5e6),
];

#[test]
fn figures_next_to_typography_are_read() {
    use newsevents::quantity::{QuantityKind, QuantityRecognizer};
    let r = QuantityRecognizer::new();
    for (text, want, value) in FIGURES {
        let found = r.find(text);
        let q = found
            .iter()
            .find(|q| &text[q.start..q.end] == *want)
            .unwrap_or_else(|| panic!("{text:?}: no {want:?} in {found:?}"));
        let got = match &q.kind {
            QuantityKind::Money { value, .. } | QuantityKind::Percent { value, .. } => *value,
            QuantityKind::Count { value, .. } => value.unwrap_or(f64::NAN),
        };
        assert_eq!(got, *value, "{text:?}");
    }
}
