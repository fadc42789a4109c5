//! Meeting parties by class: a table of realistic articles (the sentence
//! with the meeting last) and the countries its meeting must hold. Each
//! class is one the development sets showed in several articles.

mod common;
use common::{codes, role_countries};
use newsevents::Extractor;

/// Article text, date, then the participants of the last meeting in it.
type Case = (&'static str, &'static str, &'static [&'static str]);

const CASES: &[Case] = &[
    // A name with an apostrophe is matched with the typographic one too
    // (modern copy sets "’"): "National People’s Congress" is China's
    // legislature, not "Congress".
    (
        "The prime minister arrived in China on Monday. Australian Prime Minister Anthony Albanese will meet the chairman of the National People’s Congress on Wednesday.",
        "2025-07-14",
        &["AUS", "CHN"],
    ),
    (
        "Ghana is seeking help from China. Ghana’s finance minister held talks with the People’s Bank of China on a currency swap.",
        "2025-03-04",
        &["CHN", "GHA"],
    ),
    // ... and the straight one as before.
    (
        "Ghana is seeking help from China. Ghana's finance minister held talks with the People's Bank of China on a currency swap.",
        "2025-03-04",
        &["CHN", "GHA"],
    ),
];

#[test]
fn meeting_parties_table() {
    let ex = Extractor::embedded().unwrap();
    let mut failures = Vec::new();
    for (text, date, participants) in CASES {
        let events = ex.extract_dated("case", text, Some(date));
        let Some(e) = events.iter().rfind(|e| e.event_type == "meeting") else {
            failures.push(format!("no meeting in {text:?}"));
            continue;
        };
        let got = role_countries(e, "participant");
        if got != codes(participants) {
            failures.push(format!("{text:?}: got {got:?}, want {participants:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
