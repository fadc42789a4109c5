//! Session 32 (issue #15, ordinary feeds): the offer-finance rule's
//! "offering", "extended" and bare "lend" are, in ordinary news, mostly
//! other senses than money given to someone: a securities offering (the
//! noun), a prize-money offer, relief "extended" from a levy or a rule
//! "extended to cover" loans, the Fed's "extended credits", banks' general
//! willingness "to lend". Where the words do give money ("extended a loan
//! to", "offering ... new loans", "will lend India 500 mln dlrs"), the money
//! noun's or the sum's own rules find the pledge; those near misses stay
//! pledges. The sentences are the team's own,
//! in 1987 wire and 2025 styles.

mod common;

/// Headline (the article's first line), body, and how many pledges the
/// rules alone must find.
type Case = (Option<&'static str>, &'static str, usize);

const OFFERING_EXTENDED: &[Case] = &[
    // a securities offering, a prize-money offer
    (
        None,
        "Western Auto Loans Inc said it has commenced an offering of 150 mln dlrs of AAA-rated receivable-backed certificates.",
        0,
    ),
    (
        None,
        "The Qatar event will join the Australian and French Opens in offering equal prize money for women.",
        0,
    ),
    // relief extended from a levy: no money to anyone
    (
        None,
        "Ottawa also extended relief from its counter-tariffs on some U.S. steel goods to give importers more time to adjust.",
        0,
    ),
    // banks' willingness to lend in general: no lender commits a sum
    (
        None,
        "Officials said the creditors had not agreed on how willing banks in Japan and Europe would be to lend the money.",
        0,
    ),
    // near misses that stay pledges
    (
        None,
        "Kuwait said it would lend Egypt 300 mln dlrs to buy wheat.",
        1,
    ),
    (
        None,
        "The World Bank will lend India 500 mln dlrs for rural roads.",
        1,
    ),
    (
        None,
        "Japan has extended a 30 billion yen loan to Bangladesh, Finance Ministry officials said.",
        1,
    ),
    (
        None,
        "Tokyo is offering Manila 500 mln dlrs in new loans to rebuild its power grid, officials said.",
        1,
    ),
    (
        None,
        "India extended a fresh line of credit of 400 mln dlrs to Sri Lanka on Friday.",
        1,
    ),
    (
        None,
        "Germany said it was offering Kenya development loans worth 200 mln euros over three years.",
        1,
    ),
];

#[test]
fn an_offering_or_an_extension_that_gives_no_money_is_no_pledge() {
    let failures = common::wrong_event_counts(
        OFFERING_EXTENDED
            .iter()
            .map(|&(h, body, want)| (h, body, "pledge", want)),
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
