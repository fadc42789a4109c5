//! Modern recall, by construction class (the team's own sentences, several
//! per class): each article must give an event of the type whose trigger is
//! the word named, and the sentences of the same words in another sense none.

use newsevents::Extractor;

/// (article, event type, trigger text of the event it must hold)
const CASES: &[(&str, &str, &str)] = &[
    // Meeting nouns beside "meeting" and "talks".
    (
        "It was the first encounter between the American and Syrian presidents in 25 years.",
        "meeting",
        "encounter",
    ),
    (
        "Lee and Japanese Prime Minister Takaichi had a brief pull-aside at the Group of 20 gathering.",
        "meeting",
        "pull-aside",
    ),
    (
        "Chancellor Merz arrived for an Oval Office sit-down with President Trump on Thursday.",
        "meeting",
        "sit-down",
    ),
    (
        "Modi and Prime Minister Albanese held a one-on-one before the Quad dinner.",
        "meeting",
        "one-on-one",
    ),
    // The missing inflections of "speak with", "talk with".
    (
        "Zelensky is due to speak with President Trump later on Friday.",
        "meeting",
        "speak with",
    ),
    (
        "The Kremlin said Putin was ready to talk with Ukrainian President Zelensky.",
        "meeting",
        "talk with",
    ),
    // A forum or gathering of named states.
    (
        "Saudi Energy Minister Abdulaziz bin Salman opened the Saudi-Syrian investment forum in Damascus.",
        "meeting",
        "forum",
    ),
    (
        "Leaders of India, Brazil and South Africa gathered in Johannesburg on Saturday.",
        "meeting",
        "gathered",
    ),
    // A later round of talks the article has reported.
    (
        "U.S. and Indian negotiators met in Washington on Tuesday, President Trump said.\n\nA sixth round is planned in New Delhi for late August.",
        "meeting",
        "round",
    ),
    (
        "Greer met Vice Premier He Lifeng in Stockholm, the White House said.\n\nNo date has been set for the next round.",
        "meeting",
        "round",
    ),
];

/// The same words in another sense: no event of the type.
const NOT: &[(&str, &str)] = &[
    (
        "Three militants were killed in an encounter with Indian troops in Kashmir.",
        "meeting",
    ),
    (
        "Exporters may encounter delays at the Chinese border, the ministry said.",
        "meeting",
    ),
    (
        "President Lula watched the Brazilian side go out in the second round.",
        "meeting",
    ),
    (
        "None of the candidates won a majority in the first round, Prime Minister Ishiba said.",
        "meeting",
    ),
];

#[test]
fn modern_constructions_give_their_event() {
    let ex = Extractor::embedded().unwrap();
    for (text, ty, trigger) in CASES {
        let events = ex.extract_dated("case", text, Some("2025-09-01"));
        assert!(
            events
                .iter()
                .any(|e| e.event_type == *ty && e.trigger.text.eq_ignore_ascii_case(trigger)),
            "no {ty} on {trigger:?} in {text:?}: {:?}",
            events
                .iter()
                .map(|e| (&e.event_type, &e.trigger.text))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_same_words_in_another_sense_give_none() {
    let ex = Extractor::embedded().unwrap();
    for (text, ty) in NOT {
        let events = ex.extract_dated("case", text, Some("2025-09-01"));
        assert!(
            !events.iter().any(|e| e.event_type == *ty),
            "{ty} in {text:?}: {:?}",
            events.iter().map(|e| &e.trigger.text).collect::<Vec<_>>()
        );
    }
}
