//! Several meetings in one sentence under one trigger (src/extract/split.rs):
//! the team's own sentences, one row each with the participant countries of
//! every meeting the sentence should give, in order.

mod common;
use common::{codes, role_countries};
use newsevents::Extractor;

/// (sentence, the participants of each meeting it reports)
const CASES: &[(&str, &[&[&str]])] = &[
    // Partners each with their own day or place.
    (
        "Japan's prime minister met the Indian leader on Monday and the Australian premier on Tuesday.",
        &[&["JPN", "IND"], &["JPN", "AUS"]],
    ),
    (
        "Albanese will meet Ishiba in Tokyo on Friday and Lee Jae-myung in Seoul on Sunday.",
        &[&["AUS", "JPN"], &["AUS", "KOR"]],
    ),
    // Separate talks, met separately.
    (
        "The German chancellor held separate talks with the French president and the Polish prime minister.",
        &[&["DEU", "FRA"], &["DEU", "POL"]],
    ),
    (
        "Wang Yi met separately with the foreign ministers of Vietnam and Thailand in Vientiane.",
        &[&["CHN", "VNM"], &["CHN", "THA"]],
    ),
    // A later partner with its own preposition, sequel word or meeting noun.
    (
        "Modi held talks with Putin, and separately with Iranian President Masoud Pezeshkian.",
        &[&["IND", "RUS"], &["IND", "IRN"]],
    ),
    (
        "Macron spoke by phone with Zelensky and later with Erdogan.",
        &[&["FRA", "UKR"], &["FRA", "TUR"]],
    ),
    (
        "Xi Jinping met Vladimir Putin in Moscow and then held talks with Belarusian President Alexander Lukashenko.",
        &[&["CHN", "RUS"], &["CHN", "BLR"]],
    ),
    (
        "Meloni met Erdogan in Ankara on Sunday before travelling on to Baghdad for talks with Iraqi Prime Minister Mohammed Shia al-Sudani.",
        &[&["ITA", "TUR"], &["ITA", "IRQ"]],
    ),
    (
        "Starmer met Macron in Paris on Monday, then flew to Berlin to meet Merz.",
        &[&["GBR", "FRA"], &["GBR", "DEU"]],
    ),
    // Plural meetings with a list of partners: one each.
    (
        "Ishiba has lined up bilateral meetings with the leaders of Kenya, Ghana and Nigeria on the margins of the conference.",
        &[&["JPN", "KEN"], &["JPN", "GHA"], &["JPN", "NGA"]],
    ),
    (
        "Wang Yi held phone calls with his counterparts from Egypt and Saudi Arabia on Sunday.",
        &[&["CHN", "EGY"], &["CHN", "SAU"]],
    ),
    // One meeting: partners in one list, or a second clause with no partner.
    (
        "The meetings scheduled next month between Reagan and Prime Minister Yasuhiro Nakasone will be difficult.",
        &[&["USA", "JPN"]],
    ),
    (
        "Trump met Xi and Putin in Beijing on Friday.",
        &[&["USA", "CHN", "RUS"]],
    ),
    (
        "Blinken held talks with Japanese and South Korean officials in Tokyo.",
        &[&["USA", "JPN", "KOR"]],
    ),
    (
        "Macron met Scholz in Berlin on Tuesday and the two leaders agreed to cooperate on defence.",
        &[&["FRA", "DEU"]],
    ),
    // A second partner of a country already met is the same meeting.
    (
        "Yellen met Chinese Vice Premier He Lifeng in Guangzhou, and Chinese officials said talks would go on.",
        &[&["USA", "CHN"]],
    ),
    // A clause between the partners: not a list of partners.
    (
        "Rubio met Wang Yi in Kuala Lumpur on Friday, where the two also discussed Japan and Taiwan.",
        &[&["USA", "CHN"]],
    ),
];

#[test]
fn one_meeting_per_group_of_partners_met_apart() {
    let ex = Extractor::embedded().unwrap();
    for (text, want) in CASES {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        let got: Vec<_> = events
            .iter()
            .filter(|e| e.event_type == "meeting")
            .map(|e| role_countries(e, "participant"))
            .collect();
        let want: Vec<_> = want.iter().map(|w| codes(w)).collect();
        assert_eq!(got, want, "{text}");
    }
}
