//! Session 27: pledge roles read on the look half of the development sets
//! (modern-26 .. modern-41, random-l .. random-y, reuters-wire-6 .. 9). The
//! team's own sentences, rules alone (`--min-confidence 0`).

mod common;

use std::collections::BTreeSet;

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

/// The source and target countries of each pledge in `text` whose trigger
/// is `trigger`.
fn sides(text: &str, trigger: &str) -> Vec<(BTreeSet<String>, BTreeSet<String>)> {
    extractor()
        .extract_dated("case", text, Some("2025-06-01"))
        .into_iter()
        .filter(|e| e.event_type == "pledge" && e.trigger.text == trigger)
        .map(|e| {
            (
                common::role_countries(&e, "source"),
                common::role_countries(&e, "target"),
            )
        })
        .collect()
}

/// A country that is a pledge's only giver is not also one of its
/// recipients beside another country (the `home` setting of
/// `same_country`): the story's main country, or a party of the
/// agreement, read into the recipients of its own commitment. A
/// government's aid to its own industry keeps the country on both sides.
/// (article, trigger, source, target)
const LONE_GIVER: &[(&str, &str, &[&str], &[&str])] = &[
    (
        "Vietnam to buy US farm goods in trade deal\n\nHANOI — Vietnam has agreed to buy $8 billion of American farm goods and 20 Boeing jets, the White House said on Friday, as it announced a deal under which most Vietnamese goods will pay a 20% tariff in the United States.\n\nVietnam will also invest $2 billion in U.S. factories, officials said.",
        "buy",
        &["VNM"],
        &["USA"],
    ),
    (
        "BONN GIVES ZAIRE DEBT RELIEF\n\nWest Germany and Zaire signed an agreement to reschedule 40 mln marks of principal and interest payments on loans, the West German Finance Ministry said.\n\nThe payments were rescheduled over ten years under the accord, which followed a Paris Club pact.",
        "reschedule",
        &["DEU"],
        &["COD"],
    ),
    (
        "SEOUL — South Korea said on Tuesday it would give its shipbuilders 1 trillion won in low-interest loans.",
        "give",
        &["KOR"],
        &["KOR"],
    ),
];

#[test]
fn a_lone_giver_is_not_also_a_recipient_beside_another() {
    for (text, trigger, source, target) in LONE_GIVER {
        let found = sides(text, trigger);
        let want = (common::codes(source), common::codes(target));
        assert!(
            found.contains(&want),
            "{trigger:?} in {text:?}: want {want:?}, got {found:?}"
        );
    }
}
