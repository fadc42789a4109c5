//! Financial-market reporting and other non-pledge senses of money words
//! (issue #15, ANNOTATION.md): whatever pledge rule a trigger meets, the
//! `pledge_context_vetoes` and `pledge_genre_markers` cues of cues.toml
//! reject central-bank money-market operations, securities issues, fund
//! assets, a bank's loan book and provisions, dividends, takeovers, home
//! loans, a footballer on loan, aid in other senses, results statements and
//! money already given (`pledge_completed_flows`);
//! the near misses after them (a government's loan, an IMF standby credit, a
//! purchase commitment, aid pledged by donors, an investment) stay pledges.
//! The sentences are the team's own, in 1987 wire and 2025 styles.

mod common;

/// Headline (the article's first line), body, and how many pledges the
/// rules alone must find.
type Case = (Option<&'static str>, &'static str, usize);

const CASES: &[Case] = &[
    // (headline or None, text, pledges expected)
    // central-bank money-market operations
    (
        None,
        "The Bank of England said it provided 215 mln stg assistance to the money market in the morning session.",
        0,
    ),
    (
        None,
        "The Bundesbank offered banks 6 billion marks in liquidity through a 28-day securities repurchase agreement.",
        0,
    ),
    (
        None,
        "The ECB lent banks 120 billion euros in its weekly refinancing operation, a repo at 4.25%.",
        0,
    ),
    // bond, eurobond, note and share issues
    (
        None,
        "Ontario Hydro is issuing a 200 mln dlr eurobond due 1994 with a 9-1/4 pct coupon, lead manager Nomura said.",
        0,
    ),
    (
        Some("ACME FINANCE ISSUES 100 MLN DLR EUROBOND"),
        "The proceeds will provide funds for lending to its customers in Britain.",
        0,
    ),
    (
        None,
        "Siemens will raise 1.2 billion euros through a rights issue to fund its expansion in China.",
        0,
    ),
    // fund assets, loan sales, lending statistics, a bank's loan book, provisions
    (
        None,
        "The fund's net assets rose to 3.1 billion dlrs, and it will invest 200 mln dlrs of new money in Japanese equities, the fund manager said.",
        0,
    ),
    (
        None,
        "Commercial and industrial loans on the books of the major banks fell 600 mln dlrs in the week ended March 11.",
        0,
    ),
    (
        None,
        "Chartered bank loans to Brazil total 1.2 billion dlrs, and the bank said it would place them on non-accrual status.",
        0,
    ),
    (
        None,
        "The bank set aside 250 mln dlrs in provisions for loan losses on its Latin American loans.",
        0,
    ),
    (
        None,
        "Barclays said bad loans to developing countries of 400 mln stg would be covered by new provisions.",
        0,
    ),
    // dividends, takeovers and tender offers, credit a company arranges for itself
    (
        None,
        "The company will provide shareholders with a special dividend of 2 dlrs per share, worth 150 mln dlrs.",
        0,
    ),
    (
        None,
        "Acme said it arranged a 500 mln dlr revolving credit with a group of banks to finance its tender offer for Zenith.",
        0,
    ),
    (
        None,
        "The group will lend 300 mln dlrs to the management buyout of the retailer, the banks said.",
        0,
    ),
    // home loans, a footballer on loan, aid in other senses
    (
        None,
        "Nationwide will lend 2 billion pounds in mortgages to first-time buyers this year.",
        0,
    ),
    (
        None,
        "The striker, on loan from Chelsea, will give the side extra funds of energy in attack.",
        0,
    ),
    (
        None,
        "Stars played a benefit concert in aid of the flood victims in Mozambique.",
        0,
    ),
    // company results statements
    (
        Some("ZENITH CORP 1ST QTR NET"),
        "Zenith said it received a 20 mln dlr loan from its banks during the quarter.",
        0,
    ),
    // near misses: these stay pledges
    (
        None,
        "Japan agreed to lend Mexico 1 billion dlrs in new loans to support its economic program.",
        1,
    ),
    (
        None,
        "The IMF approved a 1.4 billion dlr standby credit for Argentina.",
        1,
    ),
    (
        None,
        "Under the trade deal, China agreed to buy 8 billion dlrs of U.S. farm products.",
        1,
    ),
    (
        None,
        "Donors pledged $2.4bn in aid for Sudan at a conference in London.",
        1,
    ),
    (
        None,
        "Saudi Arabia will roll over $5bn of deposits at Pakistan's central bank.",
        1,
    ),
    (
        None,
        "Seoul rolled out a 28.6 trillion won package of emergency liquidity for exporters hit by US tariffs.",
        1,
    ),
    (
        None,
        "Samsung will invest $17 billion in a new chip plant in Texas.",
        1,
    ),
    (
        None,
        "Analysts said the pledge was a response to US pressure after Japan pledged $550 billion of investment.",
        1,
    ),
    (
        None,
        "Last week, the IMF approved Sri Lanka's request for a freeze on loan repayments.",
        1,
    ),
    // money already given or lent: a past verb of giving with a past period
    (
        None,
        "The World Bank lent 3.04 billion dlrs to Latin American countries last year, the bank said.",
        0,
    ),
    (
        None,
        "Britain has so far disbursed 40 million pounds in aid to the flood-hit region.",
        0,
    ),
    (
        None,
        "Germany spent 2 billion euros on aid to Ukraine last year, the ministry said.",
        0,
    ),
    // near misses: a commitment made in the past, or lending planned against last year's
    (
        None,
        "Japan pledged 2 billion dlrs in aid to the Philippines last year.",
        1,
    ),
    (
        None,
        "The Asian Development Bank said it intends this year to lend Indonesia more than the 1.5 billion dlrs it lent last year.",
        1,
    ),
    (
        None,
        "Tokyo will provide another 500 mln dlrs in loans to Manila next year.",
        1,
    ),
    // a state loan or bond issued on the market, an aid agency, a company's own capital
    (
        None,
        "Belgium is to issue a 150 billion franc state loan carrying a coupon of eight pct.",
        0,
    ),
    (
        None,
        "Italy will issue 5 billion euros of bonds to fund its budget, the Treasury said.",
        0,
    ),
    (
        None,
        "British aid agencies will host a debate on aid to Africa in London on Wednesday.",
        0,
    ),
    (
        None,
        "Initial capital of 25 mln dlrs was provided by the two partners.",
        0,
    ),
    // the ordinary feed (random-e..h, issue #15): a fiscal rule, credit growth,
    // a company's own network and creditors, tied aid, a refinancing among
    // lenders, an arms buying spree, a currency promise, fresh liquidity
    (
        None,
        "Mr Brown said he would borrow only to invest, promising 6 billion pounds for schools and hospitals.",
        0,
    ),
    (
        None,
        "Credit growth of 4 billion stg in July will worry the Bank of England, economists said.",
        0,
    ),
    (
        None,
        "Total credit granted by Norwegian finance companies reached 21 billion crowns at the end of 1986.",
        0,
    ),
    (
        None,
        "BT said it will invest 3 billion pounds in its network over the next five years.",
        0,
    ),
    (
        None,
        "The company will set aside a fund of 5 mln dlrs to pay its creditors under the plan.",
        0,
    ),
    (
        None,
        "OECD members agreed to curb tied aid credits to developing countries worth about 2 billion dlrs a year.",
        0,
    ),
    (
        None,
        "The bill would set up aid missions to promote the use of U.S. food aid by overseas buyers.",
        0,
    ),
    (
        None,
        "The refinancing, done through a group of lenders including Citicorp, replaces the company's bank debt.",
        0,
    ),
    (
        None,
        "Officials fear it would lead to a buying spree for arms by Taiwan worth billions of dollars.",
        0,
    ),
    (
        None,
        "Japan and West Germany committed themselves last month to stabilize the dollar above 150 yen.",
        0,
    ),
    (
        None,
        "The Bundesbank could offer fresh liquidity of several billion marks if conditions tighten, dealers said.",
        0,
    ),
    // near misses: a loan for a recipient's network, aid pledged, stay pledges
    (
        None,
        "The World Bank agreed to lend Poland 300 mln dlrs to modernise its telephone network.",
        1,
    ),
    (
        None,
        "Japan pledged 50 mln dlrs in aid to Bangladesh after the floods.",
        1,
    ),
];

/// Runs each (headline, body, pledges wanted) case through the rules alone
/// and fails with every case whose pledge count differs.
fn assert_pledge_counts(cases: &[Case]) {
    let failures = common::wrong_event_counts(
        cases
            .iter()
            .map(|&(h, body, want)| (h, body, "pledge", want)),
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn market_reporting_is_no_pledge() {
    assert_pledge_counts(CASES);
}

/// Commitments of the ordinary wire feed that no money verb states (issue
/// #15, random-set recall): export credit guarantee lines for a country's
/// purchases, contracts and orders won to supply goods, accords to deliver
/// or import them, a sale of goods agreed, a deal named by its goods, a
/// purchase a contract binds a buyer to, funding available to named
/// recipients, a state's debt restructured, a donor raising its figure, and
/// new repayment terms or a deferral agreed by creditors; beside each class,
/// the same words in a sense that is no pledge (an export bonus, a labour
/// contract, a takeover agreement, court orders, an exploration deal, credit
/// not available, a company's restructuring, a profit forecast, a deferred
/// dividend). Headline, body, and how
/// many pledges the rules alone must find.
const ORDINARY_FEED: &[Case] = &[
    // export credit guarantee lines
    (
        Some("CCC CREDIT GUARANTEES FOR MOROCCO SWITCHED"),
        "The Commodity Credit Corporation has transferred 5.0 mln dlrs in credit guarantees previously earmarked for sales of U.S. wheat to Morocco to cover sales of vegetable oil, the Agriculture Department said.",
        2,
    ),
    (
        None,
        "The guarantee line for sales of U.S. feedgrains to Tunisia has been raised to 30 mln dlrs from 20 mln, the department said.",
        1,
    ),
    (
        Some("CCC ACCEPTS EXPORT BONUS BID ON BARLEY TO JORDAN"),
        "The Commodity Credit Corporation accepted a bid for an export bonus to cover a sale of 20,000 tonnes of barley to Jordan.",
        0,
    ),
    // contracts, orders and accords to supply, deliver or import goods
    (
        None,
        "Alsthom said it has signed a contract to supply four gas turbines to Pakistan's state power authority.",
        1,
    ),
    (
        None,
        "Marathon Gas said it reached agreement with a Norwegian producer to import natural gas for its customers in New England.",
        1,
    ),
    (
        Some("ERICSSON WINS BRAZILIAN PHONE ORDER"),
        "The equipment will be delivered over two years, the company said.",
        1,
    ),
    (
        None,
        "Autoworkers at the Ford plant in Ontario signed a new contract with the union after a two-week strike.",
        0,
    ),
    (
        None,
        "Fairfield Corp said it signed a definitive agreement to buy Apex Video Inc for stock.",
        0,
    ),
    (
        Some("SEC WINS EXTENSION OF ORDERS AGAINST BROKER"),
        "A federal judge extended the orders freezing the broker's assets, the Securities and Exchange Commission said.",
        0,
    ),
    // a sale of goods agreed
    (
        None,
        "Boeing said it had agreed with Turkish Airlines the sale of eight 737 planes for $400m.",
        1,
    ),
    // a deal for goods signed, named by the goods
    (
        Some("NIGERIA SIGNS LNG DEAL WITH ITALIAN GROUP"),
        "The accord runs for 20 years, the oil ministry said.",
        1,
    ),
    (
        Some("BRITISH GAS SIGNS NORTH SEA EXPLORATION DEAL WITH NORWAY"),
        "The licence covers two blocks, the company said.",
        0,
    ),
    // a purchase a contract bound a buyer to
    (
        None,
        "Under the old contract the state refiner was to purchase 200,000 bpd of Saudi crude oil.",
        1,
    ),
    // funding available to named recipients
    (
        None,
        "The World Bank said funding was available to countries such as Kenya to help them adjust to the new rules.",
        1,
    ),
    (
        None,
        "Bankers said new credit was not available to Brazil until it resumed interest payments.",
        0,
    ),
    // a state's foreign debt restructured by its creditors
    (
        None,
        "Creditor banks agreed on Friday to restructure 2.1 billion dlrs of Peru's foreign debt.",
        1,
    ),
    (
        None,
        "The company said the restructuring of its debt would lead to a charge of 20 mln dlrs.",
        0,
    ),
    // a donor raising its figure
    (
        None,
        "Norway pledged 300 mln crowns in aid to Tanzania. Denmark raised its figure to 120 mln crowns from 90 mln.",
        2,
    ),
    (
        None,
        "The company raised its profit forecast to 40 mln dlrs for the year.",
        0,
    ),
    // new repayment terms or a deferral agreed by creditors
    (
        Some("CHILE AND BANKS AGREE NEW TERMS ON DEBT"),
        "Chile and its commercial bank creditors have agreed new terms covering repayments of 6 billion dlrs of debt due through 1991.",
        2,
    ),
    (
        None,
        "Finance ministers of the Group of Seven agreed to defer debt repayments for the countries hit by the floods until next year.",
        1,
    ),
    (
        None,
        "The utility deferred the dividend on its preferred stock.",
        0,
    ),
];

#[test]
fn ordinary_feed_commitments_are_pledges() {
    assert_pledge_counts(ORDINARY_FEED);
}

/// The ordinary feed's pledge classes of the fourteenth session (issue
/// #15, random and wire dev sets): a lender's total of loans or credits
/// approved or negotiated (a total of lending reported is none), a debt
/// freeze declined, weighed or hoped for by the debtor (a wage freeze is
/// none), finance commitments honoured (a commitment honoured with no money
/// is none), a company's euro-market facility or syndicated credit with its
/// margin and financing whose details are not available (no pledge) beside
/// a state's loan, and farm payments proposed
/// beside a company missing its note payment. Headline, body, and how many
/// pledges the rules alone must find.
const ORDINARY_FEED_S14: &[Case] = &[
    // a total of loans or credits
    (
        None,
        "The Asian Development Bank approved a total of 84.5 mln dlrs of project loans to Nepal and Bhutan, the bank said.",
        1,
    ),
    (
        None,
        "Petroperu is negotiating a total of 310 mln dlrs in credits from Japanese and West German banks for a refinery expansion, the energy minister said.",
        1,
    ),
    (
        None,
        "Total loans of the commercial banks rose 2.1 billion dlrs to 412.6 billion dlrs in the week, the Fed said.",
        0,
    ),
    // a debt freeze answered by the debtor
    (
        Some("THAILAND DECLINES DEBT FREEZE"),
        "Thailand said it would cope with its own resources.",
        1,
    ),
    (
        None,
        "The Philippines said it would not opt for a debt repayment freeze but would ask its banks for new loans.",
        1,
    ),
    (
        None,
        "Jamaica is hoping for a broader freeze from its commercial bank creditors.",
        1,
    ),
    (
        None,
        "The government declined to comment on a wage freeze for civil servants.",
        0,
    ),
    // commitments honoured
    (
        None,
        "Washington is unlikely to honour any new finance commitments to the fund, officials said.",
        1,
    ),
    (
        None,
        "\"We expect the union to honor that commitment,\" the company's president said.",
        0,
    ),
    // a company's euro-market facility or syndicated credit
    (
        Some("GUINNESS SEEKS 300 MLN STG FACILITY, CP PROGRAM"),
        "Guinness Plc is seeking a 300 mln stg multiple option facility including a commercial paper program, banking sources said.",
        0,
    ),
    (
        None,
        "The 150 mln dlr credit for the property group will be arranged by Morgan Grenfell and carries a margin of 3/8 point over LIBOR.",
        0,
    ),
    (
        None,
        "Japan will lend Nigeria 150 mln dlrs to finance imports of spare parts, the embassy said.",
        1,
    ),
    (
        None,
        "Financing details of the 900 mln dlr purchase of the stations were not available, the agency said.",
        0,
    ),
    // farm payments
    (
        None,
        "The Commission is proposing payments to farmers of up to 2,000 dlrs a year to take land out of production.",
        1,
    ),
    (
        Some("BRAND FARM <BFC> TO MISS NOTE PAYMENT"),
        "Brand Farm Corp said it will not make the payment due on its senior notes.",
        0,
    ),
];

#[test]
fn ordinary_feed_commitments_of_the_fourteenth_session() {
    assert_pledge_counts(ORDINARY_FEED_S14);
}

/// The ordinary feed's pledge classes of the fifteenth session (issue
/// #15 and #14, wire and random recall): goods lent as a loan in kind
/// (lending in general is none), capital or cash a party will provide (a
/// bidder's cash for its offer is none), a total of money a donor agrees
/// to release, a government guaranteeing loans (a tally of guaranteed
/// loans is none), a rescue, aid or relief bill or a bill providing
/// money (a trade relief bill and treasury bills are none), a sum offered
/// to a recipient (a bid for shares is none), and a rescue plan or a
/// sector's rescue (rescue teams are none). Headline, body, and how many
/// pledges the rules alone must find.
const ORDINARY_FEED_S15: &[Case] = &[
    // goods lent in kind
    (
        None,
        "Libya will lend Malta two mln barrels of crude oil, to be repaid in kind within a year, the minister said.",
        1,
    ),
    (
        Some("ALGERIA TO LEND TUNISIA 20,000 BPD OF CRUDE"),
        "No details were given.",
        1,
    ),
    (
        None,
        "Banks cut their lending to oil companies as crude prices fell.",
        0,
    ),
    // capital or cash to be provided
    (
        None,
        "The Japanese partner will provide capital for the new smelter, the ministry said.",
        1,
    ),
    (
        None,
        "Tokyo is providing the capital, the minister said.",
        1,
    ),
    (
        None,
        "The bidder said it will provide the cash for its offer from its own resources.",
        0,
    ),
    // a total released
    (
        None,
        "France agreed to release a total of 40 mln dlrs to finance imports of fertiliser for Senegal.",
        1,
    ),
    // a government guaranteeing loans
    (
        None,
        "The finance minister defended the government for guaranteeing loans to exporters hit by the strike.",
        1,
    ),
    (
        None,
        "Outstanding government-guaranteed loans of the utilities totalled 4 billion dlrs at the end of March.",
        0,
    ),
    // rescue, aid and relief bills
    (
        Some("HOUSE PANEL CLEARS DROUGHT RELIEF BILL"),
        "The panel voted 30 to 12 on Tuesday.",
        1,
    ),
    (
        None,
        "The bill provides 900 mln dlrs in emergency aid to farmers hit by the floods.",
        1,
    ),
    (
        None,
        "The Senate passed a trade relief bill for the shoe industry.",
        0,
    ),
    (
        None,
        "The central bank sold 300 mln stg of treasury bills to the market.",
        0,
    ),
    // a sum offered to a recipient
    (
        None,
        "Kuwait offered 150 mln dlrs to Egypt, the news agency said.",
        1,
    ),
    (
        None,
        "The group offered 34 dlrs a share to holders of the company's stock.",
        0,
    ),
    // a rescue plan or a sector's rescue, with no sum
    (
        None,
        "The World Bank will study prospects for a rescue plan for Zambia's copper industry.",
        1,
    ),
    (
        None,
        "Congress will take up a federal rescue of the farm credit system this summer.",
        1,
    ),
    (
        None,
        "Rescue teams worked through the night to free the trapped miners.",
        0,
    ),
];

#[test]
fn ordinary_feed_commitments_of_the_fifteenth_session() {
    assert_pledge_counts(ORDINARY_FEED_S15);
}

/// Seventeenth session (issue #15, ordinary feeds): a creditors' accord on a
/// state's debt and creditors agreeing to its terms, a sum granted in the
/// passive, the headline present "reschedules", money pumped into a sector;
/// beside them the financial-market reporting and bookkeeping that is no
/// pledge (the daily money-market report's help to the market, the proceeds
/// of a share sale, a fund's assets, a lender's figures for a past year,
/// debt rescheduled years ago, a bank's provisions for possible losses,
/// lending to consumers, a budget's deficit-cutting package and financing
/// requirement) and the same words in other senses (commodity
/// pacts, a company's accord with its lenders, a debtor agreeing to pay,
/// options granted, a meeting rescheduled). Headline, body, and how many
/// pledges the rules alone must find.
const ORDINARY_FEED_S17: &[Case] = &[
    // creditors' accords on a state's debt
    (
        Some("YUGOSLAVIA REACHES PARIS PACT ON PART DEBT"),
        "Yugoslav officials gave no figures.",
        1,
    ),
    (
        None,
        "Peru and its creditor banks signed a new debt agreement covering 8 billion dlrs of maturities.",
        1,
    ),
    (
        Some("CHILE, CREDITOR BANKS AGREE ON DEBT PLAN"),
        "Officials in Santiago welcomed the news.",
        1,
    ),
    (
        None,
        "Most commodity agreements are close to collapse and the debt problem weighs on Bangladesh.",
        0,
    ),
    (
        None,
        "Brazil agreed to resume interest payments on its foreign debt in April.",
        0,
    ),
    // a sum granted in the passive
    (
        None,
        "After months of lobbying, the Scottish farmers were granted 49 mln stg by the European Commission.",
        1,
    ),
    (
        None,
        "The executives were granted options on 2 mln shares.",
        0,
    ),
    // the headline present of rescheduling
    (
        Some("PARIS CLUB RESCHEDULES ZAIRE DEBT"),
        "No terms were given.",
        1,
    ),
    (
        Some("ACME CORP RESCHEDULES ANNUAL MEETING"),
        "The meeting will now be held on May 5.",
        0,
    ),
    // money pumped into a sector, and into the money market
    (
        None,
        "The government will pump 300 mln stg into the rail network over the next five years.",
        1,
    ),
    (
        None,
        "The Bank of Japan will pump 500 billion yen into the money market today.",
        0,
    ),
    // the daily money-market report
    (
        None,
        "The Bank of England provided 345 mln stg of help to the market in the morning session.",
        0,
    ),
    (
        None,
        "The Bank of England gave the market a further 300 mln stg of assistance this afternoon.",
        0,
    ),
    // share-sale proceeds, fund assets, a lender's past figures
    (
        None,
        "Proceeds from the share offering, about 200 mln dlrs, will be used to fund expansion.",
        0,
    ),
    (
        None,
        "The fund has assets of 1.2 billion dlrs invested in U.S. equities.",
        0,
    ),
    (
        None,
        "The World Bank lent a record 14 billion dlrs in fiscal 1986.",
        0,
    ),
    (
        None,
        "Around 200 billion dlrs in commercial bank debt has been rescheduled over the past four years.",
        0,
    ),
    // a bank's provisions for losses, lending to consumers
    (
        None,
        "Chemical Bank set aside an additional 500 mln dlrs for possible losses on Latin American loans.",
        0,
    ),
    (
        None,
        "Banks lent a record 5.4 billion stg to consumers in March, the Bank of England said.",
        0,
    ),
    // a budget's package and financing requirement
    (
        None,
        "The panel must come up with a package of 36 billion dlrs in deficit-reducing measures.",
        0,
    ),
    (
        None,
        "The minister wants to keep the financing requirement at 418 billion francs this year.",
        0,
    ),
    // near misses that stay pledges
    (
        None,
        "Japan will lend China 1.2 billion dlrs over the next three years.",
        1,
    ),
    (
        None,
        "Kuwait said it would provide Egypt with 300 mln dlrs in financing for power stations.",
        1,
    ),
];

#[test]
fn ordinary_feed_commitments_of_the_seventeenth_session() {
    assert_pledge_counts(ORDINARY_FEED_S17);
}
