//! Tariff roles, twenty-ninth session: a possessive names the owner of its
//! own tariff word. Each case is the team's own text.

mod common;
use common::{codes, role_countries};
use newsevents::Extractor;

/// Text, the trigger word of the event checked, then the countries its
/// source and target must hold.
type Case = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

/// A possessive on another tariff word of the sentence ("answered Trump's
/// first 10% tariff ... with duties", "..., and Beijing's levies") owns that
/// tariff, not the trigger's; on a bulleted rate line ("• Peru's extra
/// tariff on US goods: 40%") it owns the line's tariff and imposes it. Not
/// when it is the trigger's only named imposer ("Hanoi's duties ...,
/// replacing levies it had applied"), nor with the rate after "of" or a
/// colon restating the tariff.
const CASES: &[Case] = &[
    (
        "Ottawa answered Trump's first 10% tariff in March with duties of 15% on American coal.",
        "duties",
        &["CAN"],
        &["USA"],
    ),
    (
        "Tokyo is studying a 20% duty on Korean ships, and it has singled out Seoul's subsidies and Beijing's levies as unfair.",
        "duty",
        &["JPN"],
        &["KOR"],
    ),
    (
        "Steel tariffs at a glance\n\n• Peru's extra tariff on US goods: 40%, from May 3",
        "•",
        &["PER"],
        &["USA"],
    ),
    // The owner stays where nothing else of the sentence imposes.
    (
        "Hanoi's duties of 23 to 28 percent on Chinese steel took effect on Monday, replacing provisional levies it had applied since March.",
        "levies",
        &["VNM"],
        &["CHN"],
    ),
];

#[test]
fn possessive_owns_its_own_tariff_word() {
    let ex = Extractor::embedded().unwrap();
    let mut wrong = Vec::new();
    for &(text, trigger, source, target) in CASES {
        let events = ex.extract("case", text);
        let Some(e) = events
            .iter()
            .find(|e| e.event_type == "tariff" && e.trigger.text == trigger)
        else {
            wrong.push(format!("no tariff at {trigger:?}: {text}"));
            continue;
        };
        let (s, t) = (role_countries(e, "source"), role_countries(e, "target"));
        if s != codes(source) || t != codes(target) {
            wrong.push(format!(
                "{text}\n  at {trigger:?}: source {s:?} target {t:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
