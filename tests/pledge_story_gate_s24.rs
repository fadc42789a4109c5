//! Session 24 (issue #15): a pledge's money named again by its noun alone
//! (`pledge/money-noun-back-reference`) only in a story whose earlier
//! pledge has a state as a party, not after a company's credit line. The
//! team's own sentences, rules alone (`--min-confidence 0`).

use newsevents::Extractor;

const RULE: &str = "pledge/money-noun-back-reference";

fn fires(text: &str) -> bool {
    Extractor::embedded()
        .unwrap()
        .with_min_confidence(Some(0.0))
        .extract_dated("case", text, Some("1987-04-01"))
        .iter()
        .any(|e| e.rule == RULE)
}

#[test]
fn a_states_loan_named_again_is_a_pledge() {
    for text in [
        "Japan agreed to lend Kenya 40 billion yen for a new port. \
         The loan carries interest of 2.5 pct and runs for 30 years.",
        "West Germany pledged 200 mln marks in aid to Sudan on Monday. \
         Officials in Khartoum welcomed the aid.",
    ] {
        assert!(fires(text), "no {RULE} in {text:?}");
    }
}

#[test]
fn a_companys_credit_line_named_again_is_none() {
    for text in [
        "Acme Holdings Inc said Citibank agreed to lend it 150 mln dlrs \
         under a new credit facility. The facility will mature in 1994.",
        "Chemical Bank will provide a 75 mln dlr loan to Acme Holdings Inc. \
         The loan carries interest of half a point over LIBOR.",
    ] {
        assert!(!fires(text), "{RULE} in {text:?}");
    }
}
