//! A country's plain name right before a tariff word ("the Brazil tariffs",
//! "raises China rate to 125%", "Canada duties") names whose goods face the
//! tariff, where a demonym or an abbreviation ("Canadian duties", "U.S.
//! tariffs") names its imposer (issue #16, twenty-fourth session). The
//! imposer is then the article's; and where the article's stated tariffs
//! have that country imposing duties, not facing them, the name is the
//! imposer again. Each case is the team's own text; only the tariff whose
//! trigger lies in the last paragraph counts.

mod common;

use common::{codes, last_paragraph_event, role_countries};
use newsevents::Extractor;

/// (article, source countries, target countries of the last paragraph's
/// first tariff)
type Case = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

const CASES: &[Case] = &[
    // The name on the tariff faces it; the story's imposer imposes.
    (
        "The United States imposed a 40% tariff on Brazilian goods in July.\n\n\
         Senators voted on Tuesday to end the emergency behind the Brazil tariffs.",
        &["USA"],
        &["BRA"],
    ),
    (
        "President Trump imposed new tariffs on Chinese goods this spring.\n\n\
         Trump pauses most tariffs but raises China rate to 125%",
        &["USA"],
        &["CHN"],
    ),
    (
        "Washington slapped a 35% levy on Canadian goods last month.\n\n\
         Retailers said the 35% Canada duties were already raising prices.",
        &["USA"],
        &["CAN"],
    ),
    (
        "The U.S. imposed a 50% tariff on Indian goods in August.\n\n\
         Exporters in Mumbai said the India tariffs had cut orders by a third.",
        &["USA"],
        &["IND"],
    ),
    // A story that states no imposer: the name still faces the tariff,
    // and no imposer is guessed.
    (
        "Brazil's coffee exports fell in August, the trade ministry said.\n\n\
         Exporters said the Brazil tariffs of 50% had cut orders by a third.",
        &[],
        &["BRA"],
    ),
    (
        "Japan and the United States resumed trade talks in Washington on Monday.\n\n\
         Japanese exporters say the 25% Japan tariffs have cut car sales.",
        &[],
        &["JPN"],
    ),
    // ... and a leader of that country named after the tariff is no imposer.
    (
        "The United States imposed a 57% tariff on Chinese goods this year.\n\n\
         Trump says China tariffs cut to 47% after meeting with Xi",
        &["USA"],
        &["CHN"],
    ),
    // A demonym or an abbreviation on the tariff is its imposer.
    (
        "Ottawa imposed a 25% surtax on American steel in March.\n\n\
         The Canadian duties rose to 35% on Friday.",
        &["CAN"],
        &[],
    ),
    // A story whose stated tariffs have the named country imposing: its
    // plain name on the tariff is the imposer.
    (
        "Canada imposed 25% counter-tariffs on American goods in March.\n\n\
         Canada imposed a further 10% levy on U.S. steel in April.\n\n\
         Importers in Toronto said the Canada tariffs were raising costs.",
        &["CAN"],
        &[],
    ),
];

#[test]
fn a_plain_name_on_a_tariff_faces_it() {
    let ex = Extractor::embedded().unwrap();
    let mut wrong = Vec::new();
    for (text, source, target) in CASES {
        let Some(e) = last_paragraph_event(&ex, text, "tariff") else {
            wrong.push(format!("{text}\n  no tariff in the last paragraph"));
            continue;
        };
        let (s, t) = (role_countries(&e, "source"), role_countries(&e, "target"));
        let target_ok = target.is_empty() || t == codes(target);
        if s != codes(source) || !target_ok {
            wrong.push(format!(
                "{text}\n  want source {source:?} target {target:?}, got {s:?} {t:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
