//! Checks of the output contract that must hold for any input text: every
//! offset lies on a char boundary inside the article, and every span's
//! `text` is exactly the slice it points at. Used by the property tests
//! (`tests/robustness.rs`) and the fuzz target (`fuzz/`), so that both
//! check the same promise the schema makes.

use crate::Event;

/// Every way `event` breaks the offset contract for `text` (empty when it keeps it).
pub fn offset_violations(event: &Event, text: &str) -> Vec<String> {
    let mut spans: Vec<(&str, usize, usize, &str)> = vec![
        (
            "trigger",
            event.trigger.start,
            event.trigger.end,
            &event.trigger.text,
        ),
        (
            "sentence",
            event.sentence.start,
            event.sentence.end,
            &event.sentence.text,
        ),
    ];
    for a in &event.actors {
        spans.push(("actor", a.start, a.end, &a.text));
    }
    if let Some(x) = &event.amount {
        spans.push(("amount", x.start, x.end, &x.text));
    }
    if let Some(x) = &event.rate {
        spans.push(("rate", x.start, x.end, &x.text));
    }
    if let Some(x) = &event.product {
        spans.push(("product", x.start, x.end, &x.text));
    }
    if let Some(x) = &event.location {
        spans.push(("location", x.start, x.end, &x.text));
    }
    if let Some(x) = &event.count {
        spans.push(("count", x.start, x.end, &x.text));
    }
    let mut out = Vec::new();
    for (name, start, end, shown) in spans {
        match text.get(start..end) {
            None => out.push(format!(
                "{}: {name} {start}..{end} is not a char-boundary range inside the text ({} bytes)",
                event.id,
                text.len()
            )),
            Some(slice) if slice != shown => out.push(format!(
                "{}: {name} {start}..{end} is {slice:?} but the record says {shown:?}",
                event.id
            )),
            Some(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Extractor;

    #[test]
    fn a_shifted_span_is_caught() {
        let text = "Japan pledged 1.5 billion dlrs in aid to the Philippines.";
        let ex = Extractor::embedded().unwrap();
        let mut events = ex.extract("d", text);
        assert!(!events.is_empty());
        assert!(offset_violations(&events[0], text).is_empty());
        events[0].trigger.start += 1;
        assert_eq!(offset_violations(&events[0], text).len(), 1);
        events[0].trigger.end = text.len() + 5;
        assert!(offset_violations(&events[0], text)[0].contains("char-boundary"));
    }
}
