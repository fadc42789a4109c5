//! False pledges on ordinary articles (issue #15, session 33): classes of
//! the ordinary wire feed whose money words commit nothing to anyone, each
//! beside a near miss that stays a pledge. The sentences are the team's own,
//! in 1987 wire style.

mod common;

/// Headline (the article's first line) or none, body, and how many pledges
/// the rules alone must find.
type Case = (Option<&'static str>, &'static str, usize);

/// A headline that marks a securities notice or a money-market report
/// (`pledge_genre_markers`): an offering filed, set or closed, a single
/// debenture, a commercial-paper sale, the Fed's weekly borrowings. No money
/// in such an article is committed to a recipient; a headline offering a
/// country loans, or a company's bank raising its credit line, still tells
/// a pledge.
const SECURITIES_HEADLINES: &[Case] = &[
    (
        Some("HALCYON FOODS <HFI> CLOSES PUBLIC OFFERING"),
        "Halcyon said it will spend 6 mln dlrs of the proceeds on new plants in Georgia.",
        0,
    ),
    (
        Some("U.S. BANK DISCOUNT BORROWINGS 412 MLN DLRS"),
        "Total borrowings in the week fell 40 mln dlrs to 412 mln dlrs, with extended credits up 12 mln dlrs at 190 mln dlrs.",
        0,
    ),
    (
        Some("KELSO CORP LAUNCHES DEBENTURE IN EUROMARKET"),
        "The banker said the structure gives the borrower funds of 75 mln dlrs at a lower cost than a domestic loan.",
        0,
    ),
    (
        Some("JAPAN AUCTIONS 800 BILLION YEN SHORT-TERM PAPER"),
        "The Finance Ministry sold the paper to roll over 800 billion yen of six-month financing bills maturing on June 3.",
        0,
    ),
    // near misses: a headline with no securities word
    (
        Some("JAPAN OFFERS MEXICO NEW LOANS"),
        "Japan will provide Mexico with one billion dlrs in new loans to support its economic reforms, officials said.",
        2,
    ),
    (
        Some("ALCOR BOOSTS CREDIT LINE BY 20 MLN DLRS"),
        "Alcor said its banks agreed to raise its revolving line of credit to 60 mln dlrs from 40 mln dlrs.",
        1,
    ),
];

fn assert_pledge_counts(cases: &[Case]) {
    let failures = common::wrong_event_counts(
        cases
            .iter()
            .map(|&(headline, body, want)| (headline, body, "pledge", want)),
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn securities_headlines_hold_no_pledge() {
    assert_pledge_counts(SECURITIES_HEADLINES);
}
