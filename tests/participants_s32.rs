//! Meeting parties named by a minister or leader the persons table lacked
//! (session 32): a trade minister seeking talks, a foreign minister met by
//! surname, an heir on a state visit, a prime minister holding bilateral
//! talks. With no entry the meeting had only its other side, or the
//! article's other country; with one, the person's own country is a party.

mod common;
use common::wrong_dated_last_meetings;
use newsevents::Extractor;

/// Article text, date, then the participants of the last meeting in it.
type Case = (&'static str, &'static str, &'static [&'static str]);

const CASES: &[Case] = &[
    // A trade minister named by surname alone seeking talks with a capital.
    (
        "Exporters were caught off guard by the new rate table. McClay said he would seek talks with Washington before the duties take effect.",
        "2025-08-01",
        &["NZL", "USA"],
    ),
    // A foreign minister met by surname alone, the visitor by pronoun.
    (
        "Jaishankar spent three days in Washington this week. On Thursday he held talks with de Zela on mining and fisheries.",
        "2026-02-05",
        &["IND", "PER"],
    ),
    // An heir on a visit to a host named by title.
    (
        "Prince William arrived in Riyadh on Monday for talks with the Saudi crown prince on investment and conservation.",
        "2026-02-10",
        &["GBR", "SAU"],
    ),
    // A host prime minister named by his first name, as the press does.
    (
        "African leaders gathered for the annual summit. Abiy held bilateral talks with Italian Prime Minister Giorgia Meloni on Saturday.",
        "2026-02-15",
        &["ETH", "ITA"],
    ),
];

#[test]
fn ministers_and_leaders_bring_their_country() {
    let ex = Extractor::embedded().unwrap();
    let failures = wrong_dated_last_meetings(&ex, CASES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
