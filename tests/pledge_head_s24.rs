//! Session 24 (issue #14): a headline or deck line that names the story's
//! pledge before the body tells it. The team's own sentences, rules alone
//! (`--min-confidence 0`).

use newsevents::Extractor;

fn extractor() -> Extractor {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
}

fn pledges_in(text: &str, sentence: usize) -> Vec<newsevents::Event> {
    extractor()
        .extract_dated("case", text, Some("2025-06-01"))
        .into_iter()
        .filter(|e| e.event_type == "pledge" && e.sentence.index == sentence)
        .collect()
}

/// (article, trigger text of the head line's pledge)
const HEAD_PLEDGES: &[(&str, &str)] = &[
    (
        "Lifeline for Kenyan farmers as drought bites\n\n\
         NAIROBI — Japan agreed on Monday to lend Kenya $500 million to help \
         its farmers through the drought, officials said.",
        "Lifeline",
    ),
    (
        "Storm-hit coast to rebuild\n\n\
         Three-year grant to pay for new sea walls and clinics\n\n\
         MANILA — South Korea pledged $120 million on Tuesday to help the \
         Philippines rebuild towns flattened by the typhoon.",
        "grant",
    ),
    (
        "Donors gather in Geneva for refugee appeal\n\n\
         Early pledges reach $2.1 billion\n\n\
         GENEVA — Norway pledged $400 million and Canada $250 million on \
         Thursday for refugees in the region, the United Nations said.",
        "pledges",
    ),
    (
        "Jakarta courts Korean capital\n\n\
         Carmakers and chipmakers among pledges\n\n\
         JAKARTA — South Korean companies pledged $6 billion of investment in \
         Indonesia on Friday, the investment ministry said.",
        "pledges",
    ),
];

#[test]
fn a_head_line_names_the_pledge_the_body_tells() {
    for (text, trigger) in HEAD_PLEDGES {
        let head = text
            .split("\n\n")
            .position(|p| p.contains(trigger))
            .unwrap();
        let found = pledges_in(text, head);
        assert!(
            found.iter().any(|e| e.trigger.text == *trigger),
            "no pledge on {trigger:?} in the head of {text:?}: {found:?}"
        );
    }
}

#[test]
fn no_body_pledge_or_a_bullet_or_companies_alone_give_no_head_pledge() {
    for (text, sentence) in [
        // No pledge in the body.
        (
            "Lifeline for Kenyan farmers as drought bites\n\n\
             NAIROBI — Kenyan farmers said on Monday the rains had come at last.",
            0,
        ),
        // A bulleted item in the body is no head line.
        (
            "Seoul pledged $3 billion on Monday to help Vietnam build power plants.\n\n\
             • Cash flows to be split evenly until the loans are repaid",
            1,
        ),
        // A corporate financing below the headline.
        (
            "Acme Steel gets new credit line\n\n\
             Acme Steel Corp said Citibank agreed to provide a $40 million \
             revolving credit line to the company.",
            0,
        ),
    ] {
        let found: Vec<_> = pledges_in(text, sentence)
            .into_iter()
            .filter(|e| e.rule == "pledge/head-money-noun")
            .collect();
        assert!(found.is_empty(), "head pledge in {text:?}: {found:?}");
    }
}
