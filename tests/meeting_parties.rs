//! Meeting parties by class: a table of realistic articles (the sentence
//! with the meeting last) and the countries its meeting must hold. Each
//! class is one the development sets showed in several articles.

mod common;
use common::wrong_dated_last_meetings;
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
    // A gathering named as the setting of a sidelines meeting has its host
    // as a party besides those who met there: the place after it ...
    (
        "Japan's prime minister and the Chinese president held their first talks on Friday on the sidelines of the APEC summit in South Korea.",
        "2025-11-03",
        &["CHN", "JPN", "KOR"],
    ),
    // ... else a place the sentence names before it ...
    (
        "The Brazilian and Indian leaders met at a hotel in Johannesburg on the sidelines of the G20 summit.",
        "2025-11-23",
        &["BRA", "IND", "ZAF"],
    ),
    // ... else the sentence's own dateline ("here").
    (
        "MANILA, Nov 3 — India's foreign minister met his Chinese counterpart on the margins of the ASEAN summit here on Monday.",
        "2025-11-03",
        &["CHN", "IND", "PHL"],
    ),
    // A country after a place of its own and a comma is where, not who.
    (
        "Japanese Prime Minister Shigeru Ishiba and Chinese President Xi Jinping met in Lima, Peru, in November.",
        "2025-01-10",
        &["CHN", "JPN"],
    ),
    // A bilateral summit held in a third country keeps the venue out.
    (
        "Trump and Xi held a summit in Busan on Thursday.",
        "2025-10-30",
        &["CHN", "USA"],
    ),
    // One who reports, urges or advises others' meeting, its sides named
    // after the verb, is no party to it (`meeting_sponsor_verbs`) ...
    (
        "Japan's foreign minister said India and Pakistan would hold talks in the coming weeks.",
        "2025-06-10",
        &["IND", "PAK"],
    ),
    (
        "The French president urged Armenia and Azerbaijan to resolve their differences through negotiations.",
        "2025-06-10",
        &["ARM", "AZE"],
    ),
    // ... nor of one country's talks with its own counterparts ...
    (
        "Britain's finance minister said he would advise Argentina to open discussions with its creditor banks.",
        "1987-04-02",
        &["ARG"],
    ),
    // ... but a pronoun carries the speaker into the meeting ...
    (
        "Trump said he would meet Xi and Putin next month.",
        "2025-06-10",
        &["CHN", "RUS", "USA"],
    ),
    (
        "German officials said they would raise the issue with France and Poland at the summit.",
        "2025-06-10",
        &["DEU", "FRA", "POL"],
    ),
    // ... and a meeting that is the setting of what is reported keeps them.
    (
        "Spanish officials said only Portugal and Italy backed the plan at Tuesday's meeting.",
        "1987-06-02",
        &["ESP", "ITA", "PRT"],
    ),
];

#[test]
fn meeting_parties_table() {
    let ex = Extractor::embedded().unwrap();
    let failures = wrong_dated_last_meetings(&ex, CASES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
