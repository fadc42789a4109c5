//! A tariff named again by its own noun ("the levies") in a predicate of
//! its own is a mention of its own (issue #14, twenty-first session). The
//! case is the team's own sentence.

use newsevents::Extractor;

/// Events of `ty` whose trigger lies in the last paragraph of `text`.
fn last_paragraph_triggers(ex: &Extractor, text: &str, ty: &str) -> Vec<String> {
    let last_start = text.rfind('\n').map_or(0, |i| i + 1);
    ex.extract_dated("case", text, Some("2025-09-01"))
        .into_iter()
        .filter(|e| e.trigger.start >= last_start && e.event_type == *ty)
        .map(|e| e.trigger.text.to_lowercase())
        .collect()
}

/// A tariff named again by its own noun in a predicate of its own is a
/// mention of its own (the gold counts one event per mention); "the new
/// rate" only restates it.
#[test]
fn a_tariff_noun_in_its_own_predicate_is_a_second_mention() {
    let ex = Extractor::embedded().unwrap();
    let two = "Member states failed to block countervailing duties of up to 30% on Chinese electric cars, clearing the way for the Commission to make the levies definitive next month.";
    let got = last_paragraph_triggers(&ex, two, "tariff");
    assert_eq!(got.len(), 2, "{two:?}: {got:?}");
}
