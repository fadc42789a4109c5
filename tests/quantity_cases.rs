//! Table-driven tests for the money / percentage / head-count recogniser.
//!
//! Every case is a newswire-style sentence (Reuters 1987 wire forms, BBC 2005
//! forms, modern forms) with the full list of mentions expected in it.

use newsevents::quantity::{
    CurrencyContext, PercentUnit, Quantity, QuantityKind, QuantityRecognizer,
};
use proptest::prelude::*;

/// Expected interpretation of one mention.
#[derive(Debug, Clone, Copy)]
enum K {
    M(f64, &'static str, bool, Option<f64>),
    P(f64, PercentUnit, bool),
    C(Option<f64>, &'static str, bool),
}

/// One expected mention, optionally with its exact text.
#[derive(Debug, Clone, Copy)]
struct E {
    k: K,
    text: Option<&'static str>,
}

impl E {
    const fn t(self, s: &'static str) -> E {
        E {
            k: self.k,
            text: Some(s),
        }
    }
}

const fn e(k: K) -> E {
    E { k, text: None }
}
/// Money, exact.
const fn m(v: f64, c: &'static str) -> E {
    e(K::M(v, c, false, None))
}
/// Money, hedged.
const fn ma(v: f64, c: &'static str) -> E {
    e(K::M(v, c, true, None))
}
/// Money range.
const fn mr(lo: f64, hi: f64, c: &'static str) -> E {
    e(K::M(lo, c, false, Some(hi)))
}
/// Money range, hedged.
const fn mra(lo: f64, hi: f64, c: &'static str) -> E {
    e(K::M(lo, c, true, Some(hi)))
}
/// Percent, exact.
const fn p(v: f64) -> E {
    e(K::P(v, PercentUnit::Percent, false))
}
/// Percent, hedged or a range.
const fn pa(v: f64) -> E {
    e(K::P(v, PercentUnit::Percent, true))
}
/// Percentage points.
const fn pts(v: f64) -> E {
    e(K::P(v, PercentUnit::Points, false))
}
/// Percentage points, hedged.
const fn ptsa(v: f64) -> E {
    e(K::P(v, PercentUnit::Points, true))
}
/// Count, exact.
const fn c(v: f64, of: &'static str) -> E {
    e(K::C(Some(v), of, false))
}
/// Count, hedged.
const fn ca(v: f64, of: &'static str) -> E {
    e(K::C(Some(v), of, true))
}
/// Vague count ("hundreds of workers").
const fn cv(of: &'static str) -> E {
    e(K::C(None, of, true))
}

const NONE: &[E] = &[];

#[rustfmt::skip]
const CASES: &[(&str, &[E])] = &[
    // ---- money: symbols, prefixed dollars, ISO codes -------------------------
    ("Japan pledged 1.5 billion dlrs in aid to the region.", &[m(1.5e9, "USD").t("1.5 billion dlrs")]),
    ("The fund raised US$4.7 billion last year.", &[m(4.7e9, "USD").t("US$4.7 billion")]),
    ("Revenue was USD34.6 million in the quarter.", &[m(34.6e6, "USD").t("USD34.6 million")]),
    ("Samsung will invest KRW 3.2 trillion in new chip lines.", &[m(3.2e12, "KRW").t("KRW 3.2 trillion")]),
    ("Japan will provide grant aid of LKR 1.8 billion for rural water schemes.", &[m(1.8e9, "LKR").t("LKR 1.8 billion")]),
    ("The fund lent KES 4 billion to small farmers.", &[m(4e9, "KES").t("KES 4 billion")]),
    ("Seoul and Beijing renewed a 70 tln won currency swap.", &[m(70e12, "KRW").t("70 tln won")]),
    ("Japanese firms line up $400 bil. in U.S. projects", &[m(400e9, "USD").t("$400 bil")]),
    ("The group plans to spend ₩3.2 trillion on battery plants.", &[m(3.2e12, "KRW").t("₩3.2 trillion")]),
    ("Sales reached 34.6 million USD in the first half.", &[m(34.6e6, "USD").t("34.6 million USD")]),
    ("Brussels earmarked EUR 5bn for the rail scheme.", &[m(5e9, "EUR").t("EUR 5bn")]),
    ("The bloc approved EUR5bn in emergency loans.", &[m(5e9, "EUR").t("EUR5bn")]),
    ("Quarterly profits jumped 76% to $1.13bn (£600m) for the three months to December.",
        &[p(76.0).t("76%"), m(1.13e9, "USD").t("$1.13bn"), m(600e6, "GBP").t("£600m")]),
    ("Germany will spend €5bn on rail electrification.", &[m(5e9, "EUR").t("€5bn")]),
    ("The painting sold for €25,000 at auction in Paris.", &[m(25000.0, "EUR").t("€25,000")]),
    ("The stake was valued at ¥300bn by analysts.", &[m(300e9, "JPY").t("¥300bn")]),
    ("The cabinet approved ₹500 crore for flood relief.", &[m(5e9, "INR").t("₹500 crore")]),
    ("The state will spend Rs 5 crore on rural roads.", &[m(5e7, "INR").t("Rs 5 crore")]),
    ("The scheme will cost Rs. 50 lakh a year.", &[m(5e6, "INR").t("Rs. 50 lakh")]),
    ("The municipality set aside Rs5 crore for drains.", &[m(5e7, "INR").t("Rs5 crore")]),
    ("Saudi investors committed SR24bn to Syrian projects.", &[m(24e9, "SAR").t("SR24bn")]),
    ("The deals are worth SR11 billion in all.", &[m(11e9, "SAR").t("SR11 billion")]),
    ("Customs seized cigarettes worth ₱605 million in Bulacan.", &[m(605e6, "PHP").t("₱605 million")]),
    ("The emirate set aside Dh5bn for housing loans.", &[m(5e9, "AED").t("Dh5bn")]),
    ("Putrajaya allocated RM2 billion to flood relief.", &[m(2e9, "MYR").t("RM2 billion")]),
    ("Petrobras will invest R$10 billion this year.", &[m(10e9, "BRL").t("R$10 billion")]),
    ("Qantas posted a half-year profit of A$5m.", &[m(5e6, "AUD").t("A$5m")]),
    ("The bank lent C$200 million to the miner.", &[m(200e6, "CAD").t("C$200 million")]),
    ("HSBC earned HK$3.5bn in the half.", &[m(3.5e9, "HKD").t("HK$3.5bn")]),
    ("DBS set aside S$1bn for bad loans.", &[m(1e9, "SGD").t("S$1bn")]),
    ("Fonterra paid NZ$40m for the dairy plant.", &[m(40e6, "NZD").t("NZ$40m")]),
    ("The Eurobond issue raised U.S.$1.5 billion.", &[m(1.5e9, "USD").t("U.S.$1.5 billion")]),
    ("The chipmaker hopes to raise NT$2 billion in Taipei.", &[m(2e9, "TWD").t("NT$2 billion")]),
    ("He bought a $1000 television for the lounge.", &[m(1000.0, "USD").t("$1000")]),
    ("Tickets cost $1,000 per seat at the gala.", &[m(1000.0, "USD").t("$1,000")]),
    ("The bill totals $350 billion over ten years.", &[m(350e9, "USD").t("$350 billion")]),
    ("The startup raised $5M in its first round.", &[m(5e6, "USD").t("$5M")]),
    ("The founders borrowed $50k from friends.", &[m(50e3, "USD").t("$50k")]),
    ("Brent crude traded at $65.40 a barrel.", &[m(65.4, "USD").t("$65.40")]),
    ("The deal values the group at $ 2 billion.", &[m(2e9, "USD").t("$ 2 billion")]),
    ("The Swiss bank paid SFr 300 mln in fines.", &[m(300e6, "CHF").t("SFr 300 mln")]),
    ("Bonn will issue DM5bn of federal bonds.", &[m(5e9, "DEM").t("DM5bn")]),
    ("Daimler paid 5 mln DM for the stake.", &[m(5e6, "DEM").t("5 mln DM")]),
    ("The bond is worth 20 billion yen ($140 million).", &[m(20e9, "JPY").t("20 billion yen"), m(140e6, "USD").t("$140 million")]),
    ("Tokyo lent 300 billion yen ($2.1 billion) to Jakarta.", &[m(300e9, "JPY").t("300 billion yen"), m(2.1e9, "USD").t("$2.1 billion")]),
    ("Health spending rose to $2.5 trillion.", &[m(2.5e12, "USD").t("$2.5 trillion")]),
    ("The stimulus package is worth $3tn.", &[m(3e12, "USD").t("$3tn")]),
    ("The fee is 50 cents per transaction.", &[m(0.5, "USD").t("50 cents")]),
    ("Qtly div 25 cts vs 25 cts prior", &[m(0.25, "USD").t("25 cts"), m(0.25, "USD").t("25 cts")]),
    ("Shr 1.25 dlrs vs 1.10 dlrs", &[m(1.25, "USD").t("1.25 dlrs"), m(1.1, "USD").t("1.10 dlrs")]),
    ("Net profit was 20 mln stg in the year.", &[m(20e6, "GBP").t("20 mln stg")]),
    ("The council will spend 2.5 billion stg on housing.", &[m(2.5e9, "GBP").t("2.5 billion stg")]),
    ("The board declared a dividend of 12 pence a share.", &[m(0.12, "GBP").t("12 pence")]),
    ("The unit earned 5 mil dlrs last year.", &[m(5e6, "USD").t("5 mil dlrs")]),
    ("It lent 1,200,000 dlrs to the cooperative.", &[m(1.2e6, "USD").t("1,200,000 dlrs")]),
    ("Exports rose to 3.5 mln dlrs in January.", &[m(3.5e6, "USD").t("3.5 mln dlrs")]),
    ("The contract is worth 1.5 bln dlrs.", &[m(1.5e9, "USD").t("1.5 bln dlrs")]),
    ("Remittances reached 300 mn dollars.", &[m(300e6, "USD").t("300 mn dollars")]),
    ("Britain will spend £1.5m on the study.", &[m(1.5e6, "GBP").t("£1.5m")]),
    ("The new terminal cost £600m to build.", &[m(600e6, "GBP").t("£600m")]),
    ("The tender was for 4.8 billion guilders of paper.", &[m(4.8e9, "NLG").t("4.8 billion guilders")]),
    ("The charity received £250,000 from the lottery.", &[m(250000.0, "GBP").t("£250,000")]),
    ("Apple paid $0.24 a share in dividends.", &[m(0.24, "USD").t("$0.24")]),
    ("The group reported net income of $639m year-earlier.", &[m(639e6, "USD").t("$639m")]),
    // ---- money: currency names and wire abbreviations -----------------------
    ("Officials said it would cost two billion dollars.", &[m(2e9, "USD").t("two billion dollars")]),
    ("The airport will need half a billion dollars.", &[m(5e8, "USD").t("half a billion dollars")]),
    ("The museum raised a billion dollars in ten years.", &[m(1e9, "USD").t("a billion dollars")]),
    ("The company set aside one million dlrs for legal costs.", &[m(1e6, "USD").t("one million dlrs")]),
    ("The club paid ten million pounds for the striker.", &[m(10e6, "GBP").t("ten million pounds")]),
    ("The donor gave a quarter of a million dollars.", &[m(250e3, "USD").t("a quarter of a million dollars")]),
    ("The province borrowed 200 mln Canadian dlrs.", &[m(200e6, "CAD").t("200 mln Canadian dlrs")]),
    ("Qantas ordered jets worth 250 mln Australian dlrs each.", &[m(250e6, "AUD").t("250 mln Australian dlrs")]),
    ("The issue totals 500 mln Hong Kong dollars.", &[m(500e6, "HKD").t("500 mln Hong Kong dollars")]),
    ("The port will cost 1.2 billion Singapore dollars.", &[m(1.2e9, "SGD").t("1.2 billion Singapore dollars")]),
    ("M-3 rose to 30.07 billion New Zealand dollars.", &[m(30.07e9, "NZD").t("30.07 billion New Zealand dollars")]),
    ("The central bank issued 2.14 billion Taiwan dollars of CDs.", &[m(2.14e9, "TWD").t("2.14 billion Taiwan dollars")]),
    ("Deposits rose to 17.18 billion N.Z. dlrs in January.", &[m(17.18e9, "NZD").t("17.18 billion N.Z. dlrs")]),
    ("The Treasury sold 9.0 billion U.S. dlrs of notes.", &[m(9e9, "USD").t("9.0 billion U.S. dlrs")]),
    ("The oil firm will pay 64 Canadian cts a barrel more.", &[m(0.64, "CAD").t("64 Canadian cts")]),
    ("The bank raised 750 million euros from investors.", &[m(750e6, "EUR").t("750 million euros")]),
    ("The ticket costs 15 euro.", &[m(15.0, "EUR")]),
    ("Toyota's losses are estimated at 3.1 billion yen.", &[m(3.1e9, "JPY").t("3.1 billion yen")]),
    ("The exchange rate was 6.60 won to the dollar.", &[m(6.6, "KRW").t("6.60 won")]),
    ("The budget rose to 1,000 billion won.", &[m(1e12, "KRW").t("1,000 billion won")]),
    ("China will spend 4 trillion yuan on stimulus.", &[m(4e12, "CNY").t("4 trillion yuan")]),
    ("Beijing allocated 80 billion renminbi to the railways.", &[m(80e9, "CNY").t("80 billion renminbi")]),
    ("Cocoa storage costs 23.00 pounds sterling per tonne.", &[m(23.0, "GBP").t("23.00 pounds sterling")]),
    ("The fund holds 400 mln sterling in gilts.", &[m(400e6, "GBP").t("400 mln sterling")]),
    ("Nestle earned 2 billion Swiss francs last year.", &[m(2e9, "CHF").t("2 billion Swiss francs")]),
    ("The noteholders are owed about 520,000 Swiss francs.", &[ma(520000.0, "CHF").t("about 520,000 Swiss francs")]),
    ("Renault lost 4 billion French francs in 1986.", &[m(4e9, "FRF").t("4 billion French francs")]),
    ("Petrofina earned 9.5 billion Belgian francs.", &[m(9.5e9, "BEF").t("9.5 billion Belgian francs")]),
    ("The budget deficit is around 57 billion rupees.", &[ma(57e9, "INR").t("around 57 billion rupees")]),
    ("Jakarta raised 500 billion rupiah from the sale.", &[m(500e9, "IDR").t("500 billion rupiah")]),
    ("Mexico's shr primary was 95.30 pesos.", &[m(95.3, "MXN").t("95.30 pesos")]),
    ("Buenos Aires owes 3 billion Argentine pesos.", &[m(3e9, "ARS").t("3 billion Argentine pesos")]),
    ("Manila allotted 12 billion Philippine pesos.", &[m(12e9, "PHP").t("12 billion Philippine pesos")]),
    ("Reserves rose to 4.17 billion rand in March.", &[m(4.17e9, "ZAR").t("4.17 billion rand")]),
    ("Riyadh projected a deficit of 5.472 billion riyals.", &[m(5.472e9, "SAR").t("5.472 billion riyals")]),
    ("Moscow budgeted 90 billion roubles for defence.", &[m(90e9, "RUB").t("90 billion roubles")]),
    ("Gazprom paid 3 trillion rubles in taxes.", &[m(3e12, "RUB").t("3 trillion rubles")]),
    ("Vale earned 20 billion reais last year.", &[m(20e9, "BRL").t("20 billion reais")]),
    ("Spot bean prices rose to 350 cruzados per arroba.", &[m(350.0, "BRC").t("350 cruzados")]),
    ("Issues rose to nearly five billion marks in February.", &[ma(5e9, "DEM").t("nearly five billion marks")]),
    ("Siemens earned 1.1 billion Deutsche marks.", &[m(1.1e9, "DEM").t("1.1 billion Deutsche marks")]),
    ("The Bundesbank injected 6.1 billion D-marks.", &[m(6.1e9, "DEM").t("6.1 billion D-marks")]),
    ("Fiat earned 1,200 billion lire last year.", &[m(1.2e12, "ITL").t("1,200 billion lire")]),
    ("Rome approved 500 billion lira for the south.", &[m(500e9, "ITL").t("500 billion lira")]),
    ("The loan totals 2 billion Turkish lira.", &[m(2e9, "TRY").t("2 billion Turkish lira")]),
    ("Volvo earned 7.6 billion crowns last year.", &[m(7.6e9, "SEK").t("7.6 billion crowns")]),
    ("Ericsson raised 3 billion kronor.", &[m(3e9, "SEK").t("3 billion kronor")]),
    ("Novo's sales rose to 400 mln Danish crowns.", &[m(400e6, "DKK").t("400 mln Danish crowns")]),
    ("Norsk Hydro earned 2.1 billion Norwegian crowns.", &[m(2.1e9, "NOK").t("2.1 billion Norwegian crowns")]),
    ("Vienna raised 10 billion schillings.", &[m(10e9, "ATS").t("10 billion schillings")]),
    ("Telefonica earned 60 billion pesetas.", &[m(60e9, "ESP").t("60 billion pesetas")]),
    ("The shortfall is about five billion ECUs this year.", &[ma(5e9, "XEU").t("about five billion ECUs")]),
    ("The rebate was fixed at 141 Ecus a tonne.", &[m(141.0, "XEU").t("141 Ecus")]),
    ("Dutch output rose to 500 mln dollars.", &[m(500e6, "USD").t("500 mln dollars")]),
    ("It paid 5 dlrs a share in cash.", &[m(5.0, "USD").t("5 dlrs")]),
    ("The order was worth 7,600,000 dlrs.", &[m(7.6e6, "USD").t("7,600,000 dlrs")]),
    ("The firm announced a 100 mln dlr credit line.", &[m(100e6, "USD").t("100 mln dlr")]),
    ("Citgo cut postings by 50 cts to 17.50 dlrs a barrel.", &[m(0.5, "USD").t("50 cts"), m(17.5, "USD").t("17.50 dlrs")]),
    ("The firm won a 50-million-dlr contract.", &[m(50e6, "USD").t("50-million-dlr")]),
    ("It is a 5 billion-dollar deal.", &[m(5e9, "USD").t("5 billion-dollar")]),
    // ---- money ranges ----------------------------------------------------------
    ("The award could range from $1.2 million to $23.5 million.", &[mr(1.2e6, 23.5e6, "USD").t("$1.2 million to $23.5 million")]),
    ("Fines ranged from 5 mln to 12 mln dlrs a year.", &[mr(5e6, 12e6, "USD").t("5 mln to 12 mln dlrs")]),
    ("Sales rose from $1.2 million to $3.5 million.", &[m(1.2e6, "USD"), m(3.5e6, "USD")]),
    ("Damages were put at $1.2 million to $23.5 million.", &[mr(1.2e6, 23.5e6, "USD").t("$1.2 million to $23.5 million")]),
    ("Analysts expect between $1 billion and $2 billion in new investment.", &[mr(1e9, 2e9, "USD").t("between $1 billion and $2 billion")]),
    ("Brazil seeks a loan of 1.2 to 1.5 billion dlrs.", &[mr(1.2e9, 1.5e9, "USD").t("1.2 to 1.5 billion dlrs")]),
    ("The upgrade costs $5-6 billion.", &[mr(5e9, 6e9, "USD").t("$5-6 billion")]),
    ("The upgrade costs $5–6 billion.", &[mr(5e9, 6e9, "USD").t("$5–6 billion")]),
    ("Spot bean prices rose to 340 to 350 cruzados per arroba of 15 kilos.", &[mr(340.0, 350.0, "BRC").t("340 to 350 cruzados")]),
    ("The bank stands to lose 15-20 mln dlrs.", &[mr(15e6, 20e6, "USD").t("15-20 mln dlrs")]),
    ("The house is listed at $500,000 to $1 million.", &[mr(500e3, 1e6, "USD").t("$500,000 to $1 million")]),
    ("Turnover would be between 91 mln and 104 mln dlrs.", &[mr(91e6, 104e6, "USD").t("between 91 mln and 104 mln dlrs")]),
    ("Continental will pay 250 mln to 350 mln dlrs more in taxes.", &[mr(250e6, 350e6, "USD").t("250 mln to 350 mln dlrs")]),
    ("The refit will cost £2m-£3m.", &[mr(2e6, 3e6, "GBP").t("£2m-£3m")]),
    ("The project will take a year, costing about 14 to 16 mln dlrs.", &[mra(14e6, 16e6, "USD").t("about 14 to 16 mln dlrs")]),
    ("Prices would remain at about 15-18 dlrs a barrel.", &[mra(15.0, 18.0, "USD").t("about 15-18 dlrs")]),
    ("Hutton values the warrants at two to three dlrs per share.", &[mr(2.0, 3.0, "USD").t("two to three dlrs")]),
    ("Earnings per share of 3.70 to 3.85 dlrs are expected.", &[mr(3.7, 3.85, "USD").t("3.70 to 3.85 dlrs")]),
    ("Net income rose 50 mln dlrs to 1.2 billion dlrs.", &[m(50e6, "USD").t("50 mln dlrs"), m(1.2e9, "USD").t("1.2 billion dlrs")]),
    ("Profit rose $50 million to $1.2 billion.", &[m(50e6, "USD"), m(1.2e9, "USD")]),
    ("Exports fell in calendar 1986 to 15.995 billion dlrs.", &[m(15.995e9, "USD").t("15.995 billion dlrs")]),
    ("MAGMA LOWERS COPPER 0.75 CENT TO 66 CTS", &[m(0.0075, "USD").t("0.75 CENT"), m(0.66, "USD").t("66 CTS")]),
    ("The chips represent a 12 billion to 15 billion dlr market.", &[mr(12e9, 15e9, "USD").t("12 billion to 15 billion dlr")]),
    ("Rebates ranged between 134 and 136.50 European currency units a tonne.", &[mr(134.0, 136.5, "XEU")]),
    // ---- money qualifiers ------------------------------------------------------
    ("The city has about $5 billion in reserves.", &[ma(5e9, "USD").t("about $5 billion")]),
    ("Around 300 mln dlrs was withdrawn.", &[ma(300e6, "USD").t("Around 300 mln dlrs")]),
    ("The fire caused roughly £2m of damage.", &[ma(2e6, "GBP").t("roughly £2m")]),
    ("RMJ paid some 20 mln dlrs for the unit.", &[ma(20e6, "USD").t("some 20 mln dlrs")]),
    ("The state has nearly 1 billion dlrs in debt.", &[ma(1e9, "USD").t("nearly 1 billion dlrs")]),
    ("Output is worth almost $2bn a year.", &[ma(2e9, "USD").t("almost $2bn")]),
    ("The bid values the firm at close to $10 billion.", &[ma(10e9, "USD").t("close to $10 billion")]),
    ("The plan will cost more than 6.1 billion Canadian dlrs.", &[ma(6.1e9, "CAD").t("more than 6.1 billion Canadian dlrs")]),
    ("Fans spent over £40m on tickets.", &[ma(40e6, "GBP").t("over £40m")]),
    ("The fund may invest up to $5 billion.", &[ma(5e9, "USD").t("up to $5 billion")]),
    ("The rescue will need at least 2 billion dlrs.", &[ma(2e9, "USD").t("at least 2 billion dlrs")]),
    ("Brazil could lose as much as 200 mln dlrs.", &[ma(200e6, "USD").t("as much as 200 mln dlrs")]),
    ("The bid was less than $100 million.", &[ma(100e6, "USD").t("less than $100 million")]),
    ("The house sold for under €300,000.", &[ma(300e3, "EUR").t("under €300,000")]),
    ("M-1 grew to an estimated 5.03 billion dlrs.", &[ma(5.03e9, "USD").t("an estimated 5.03 billion dlrs")]),
    ("The plant cost approximately $30 million.", &[ma(30e6, "USD").t("approximately $30 million")]),
    ("ABOUT 750 MLN DLRS OF FLOAT WAS EXPECTED", &[ma(750e6, "USD").t("ABOUT 750 MLN DLRS")]),
    // ---- percentages -------------------------------------------------------------
    ("The United States will impose tariffs of 25 pct on Japanese chips.", &[p(25.0).t("25 pct")]),
    ("U.S. TO IMPOSE 100 PCT TARIFFS ON JAPANESE GOODS", &[p(100.0).t("100 PCT")]),
    ("Inflation fell to 5 per cent in March.", &[p(5.0).t("5 per cent")]),
    ("Unemployment rose to 6 percent last month.", &[p(6.0).t("6 percent")]),
    ("Sales rose 2.5% in the quarter.", &[p(2.5).t("2.5%")]),
    ("Washington slapped a 50-percent tariff on steel.", &[p(50.0).t("50-percent")]),
    ("The group took a 25-pct stake in the bank.", &[p(25.0).t("25-pct")]),
    ("Prices rose ten percent in a year.", &[p(10.0).t("ten percent")]),
    ("The state owns twenty-five per cent of the airline.", &[p(25.0).t("twenty-five per cent")]),
    ("The shares rose 2.5 pct in heavy trading.", &[p(2.5).t("2.5 pct")]),
    ("Tariffs will rise by 10 to 15 pct.", &[pa(10.0).t("10 to 15 pct")]),
    ("Margins fell 10-15% last year.", &[pa(10.0).t("10-15%")]),
    ("Allowances will rise between 10 and 20 pct.", &[pa(10.0).t("between 10 and 20 pct")]),
    ("The prime rate is 7-3/4 pct.", &[p(7.75).t("7-3/4 pct")]),
    ("Call money was quoted at 7-1/4 to 7-1/2 pct.", &[pa(7.25).t("7-1/4 to 7-1/2 pct")]),
    ("Yields eased 1/2 pct.", &[p(0.5).t("1/2 pct")]),
    ("The Fed cut rates by 0.5 percentage point.", &[pts(0.5).t("0.5 percentage point")]),
    ("Support fell 2 percentage points in a month.", &[pts(2.0).t("2 percentage points")]),
    ("The spread widened 1.5 pct points.", &[pts(1.5).t("1.5 pct points")]),
    ("The central bank raised rates by 50 basis points.", &[pts(0.5).t("50 basis points")]),
    ("Spreads tightened 25 bps.", &[pts(0.25).t("25 bps")]),
    ("Rates rose half a percentage point.", &[pts(0.5).t("half a percentage point")]),
    ("Reserve revenues fell about 44 pct.", &[pa(44.0).t("about 44 pct")]),
    ("More than 50% of voters backed the plan.", &[pa(50.0).t("More than 50%")]),
    ("Bonuses may rise up to 30 per cent.", &[pa(30.0).t("up to 30 per cent")]),
    ("Turnout was 62 % in the capital.", &[p(62.0).t("62 %")]),
    ("Output rose 3.5 per-cent in May.", &[p(3.5).t("3.5 per-cent")]),
    ("JAPAN CAR EXPORTS FALL NEARLY 10 PCT", &[pa(10.0).t("NEARLY 10 PCT")]),
    ("The firm reported a 5 pct rise in profits.", &[p(5.0).t("5 pct")]),
    ("Fifty percent of the shares were sold.", &[p(50.0).t("Fifty percent")]),
    ("Growth slowed to one per cent.", &[p(1.0).t("one per cent")]),
    ("It bought a 15pct stake.", &[p(15.0).t("15pct")]),
    ("The index rose 2 points.", NONE),
    ("Inflation fell from 5 pct to 4 pct.", &[p(5.0).t("5 pct"), p(4.0).t("4 pct")]),
    ("The rate was cut to 33 pct from 40 pct.", &[p(33.0), p(40.0)]),
    ("Real growth was an estimated 1.9 pct in 1986.", &[pa(1.9).t("an estimated 1.9 pct")]),
    ("Exposures in excess of 25 pct need approval.", &[pa(25.0).t("in excess of 25 pct")]),
    ("Sales of previously owned homes dropped 14.5 pct in January.", &[p(14.5)]),
    ("Boost exports by five to six pct in real terms.", &[pa(5.0).t("five to six pct")]),
    ("Growth will be in the 2.0 to 2.2 pct range.", &[pa(2.0).t("2.0 to 2.2 pct")]),
    ("The coupon is 90 to 160 basis points over Treasuries.", &[ptsa(0.9).t("90 to 160 basis points")]),
    ("The euro zone grew 0.3% while Britain grew 0.5%.", &[p(0.3), p(0.5)]),
    ("ITALY INFLATION RISES 0.4 PCT IN MARCH", &[p(0.4).t("0.4 PCT")]),
    ("Rates rose a quarter percentage point.", &[pts(0.25).t("a quarter percentage point")]),
    ("Tariffs of 145% took effect on Chinese goods.", &[p(145.0).t("145%")]),
    ("The tax was raised to 17.5 per cent from 15 per cent.", &[p(17.5), p(15.0)]),
    // ---- counts of people ----------------------------------------------------------
    ("Agents detained about 475 people at the plant.", &[ca(475.0, "people").t("about 475 people")]),
    ("They included more than 300 South Korean workers.", &[ca(300.0, "workers").t("more than 300 South Korean workers")]),
    ("Police held 12 Mexican nationals.", &[c(12.0, "nationals").t("12 Mexican nationals")]),
    ("Hundreds of workers were led away in chains.", &[cv("workers").t("Hundreds of workers")]),
    ("Dozens of protesters gathered outside.", &[cv("protesters").t("Dozens of protesters")]),
    ("Scores of demonstrators were arrested.", &[cv("demonstrators").t("Scores of demonstrators")]),
    ("Thousands of farmers battled police in Saragossa.", &[cv("farmers").t("Thousands of farmers")]),
    ("A number of South Korean workers were released.", &[cv("workers").t("A number of South Korean workers")]),
    ("The firm hired two dozen employees.", &[c(24.0, "employees").t("two dozen employees")]),
    ("A hundred students marched on parliament.", &[c(100.0, "students").t("A hundred students")]),
    ("Officers arrested 475 illegal immigrants.", &[c(475.0, "immigrants").t("475 illegal immigrants")]),
    ("The city deployed 500 police officers.", &[c(500.0, "officers").t("500 police officers")]),
    ("Washington sent 300 U.S. soldiers.", &[c(300.0, "soldiers").t("300 U.S. soldiers")]),
    ("Tens of thousands of protesters filled the square.", &[cv("protesters").t("Tens of thousands of protesters")]),
    ("Several hundred students staged a sit-in.", &[cv("students").t("Several hundred students")]),
    ("Some 2,000 riot police sealed off the area.", &[ca(2000.0, "police").t("Some 2,000 riot police")]),
    ("About 1.5 million people live in the city.", &[ca(1.5e6, "people").t("About 1.5 million people")]),
    ("A dozen executives resigned.", &[c(12.0, "executives").t("A dozen executives")]),
    ("Twenty-five people were treated for fractures.", &[c(25.0, "people").t("Twenty-five people")]),
    ("The plane carried ninety-nine passengers.", &[c(99.0, "passengers").t("ninety-nine passengers")]),
    ("The plant will lay off 200 to 300 workers.", &[ca(200.0, "workers").t("200 to 300 workers")]),
    ("Between 100,000 and 150,000 workers will lose their jobs.", &[ca(100000.0, "workers").t("Between 100,000 and 150,000 workers")]),
    ("The bank employs 5,000 staff.", &[c(5000.0, "staff").t("5,000 staff")]),
    ("POLICE DETAIN 475 WORKERS IN RAID", &[c(475.0, "workers").t("475 WORKERS")]),
    ("Thousands of Spanish farmers battled police.", &[cv("farmers").t("Thousands of Spanish farmers")]),
    ("The two men met in Geneva.", &[c(2.0, "men").t("two men")]),
    ("Investigators questioned 40 suspects.", &[c(40.0, "suspects").t("40 suspects")]),
    ("The family has three children.", &[c(3.0, "children").t("three children")]),
    ("The raid involved 12 federal agents.", &[c(12.0, "agents").t("12 federal agents")]),
    ("The chain employs 2,000 part-time workers.", &[c(2000.0, "workers").t("2,000 part-time workers")]),
    ("Seven managers were charged.", &[c(7.0, "managers").t("Seven managers")]),
    ("A spokesman said up to 1,800 workers will be affected.", &[ca(1800.0, "workers").t("up to 1,800 workers")]),
    ("It said at least 2,000 Iraqi troops were killed.", &[ca(2000.0, "troops").t("at least 2,000 Iraqi troops")]),
    ("Some 208 prisoners of war were taken.", &[ca(208.0, "prisoners").t("Some 208 prisoners")]),
    ("The union represents about 2,300 workers on the Great Lakes.", &[ca(2300.0, "workers").t("about 2,300 workers")]),
    ("The strike idled 350 employees.", &[c(350.0, "employees").t("350 employees")]),
    ("The ferry carried 1,200 passengers and 80 crew.", &[c(1200.0, "passengers").t("1,200 passengers")]),
    ("Nearly 40 tourists were stranded.", &[ca(40.0, "tourists").t("Nearly 40 tourists")]),
    ("Europe's 12 mln farmers are furious.", &[c(12e6, "farmers").t("12 mln farmers")]),
    ("Unemployment totalled 1.82 mln people.", &[c(1.82e6, "people").t("1.82 mln people")]),
    ("ICE AGENTS HOLD MORE THAN 300 SOUTH KOREAN WORKERS", &[ca(300.0, "workers").t("MORE THAN 300 SOUTH KOREAN WORKERS")]),
    ("The board has nine members.", &[c(9.0, "members").t("nine members")]),
    ("Officials said 3 women and 4 children died.", &[c(3.0, "women"), c(4.0, "children")]),
    ("The rally drew 15,000 miners.", &[c(15000.0, "miners")]),
    ("The exchange licensed 37 dealers.", &[c(37.0, "dealers")]),
    ("Three black workers were killed.", &[c(3.0, "workers").t("Three black workers")]),
    ("About 10,000 angry West German farmers marched.", &[ca(10000.0, "farmers").t("About 10,000 angry West German farmers")]),
    ("The raid netted 150 suspected illegal aliens.", &[c(150.0, "aliens").t("150 suspected illegal aliens")]),
    ("Fewer than 20 residents remained.", &[ca(20.0, "residents").t("Fewer than 20 residents")]),
    ("As many as 600 citizens signed.", &[ca(600.0, "citizens").t("As many as 600 citizens")]),
    ("A few hundred brokers work there.", &[cv("brokers").t("A few hundred brokers")]),
    // ---- things that are not counts of people -----------------------------------------
    ("The ship carried 300 tonnes of steel.", NONE),
    ("Twelve firms hire workers from abroad.", NONE),
    ("Ten years ago workers earned less.", NONE),
    ("Doctors treated 3-year-old children.", NONE),
    ("On March 3 police raided the plant.", NONE),
    ("In 1987 workers struck at the plant.", NONE),
    ("The Boeing 737 passengers were evacuated.", NONE),
    ("Outside 10 Downing Street police kept watch.", NONE),
    ("It agreed to buy the 610,000 Staff Builders shares.", NONE),
    ("The plant produces 300 cars a day.", NONE),
    ("One official said the talks failed.", NONE),
    ("The two companies merged.", NONE),
    // ---- things that are not amounts at all ---------------------------------------------
    ("Trade rose sharply in 2025.", NONE),
    ("The 1987 budget was approved.", NONE),
    ("The 2012-13 season was a record.", NONE),
    ("The forecast for fiscal 1988 was cut.", NONE),
    ("Talks resumed on Oct. 29 in Geneva.", NONE),
    ("The deadline is March 3.", NONE),
    ("Results are due April 2.", NONE),
    ("Trading opened at 10:30 in London.", NONE),
    ("Boeing 737 orders rose.", NONE),
    ("G20 leaders met in Osaka.", NONE),
    ("G-7 finance ministers meet on Saturday.", NONE),
    ("The COVID-19 pandemic hit trade.", NONE),
    ("The F-35 programme was delayed.", NONE),
    ("Airbus A320 deliveries slowed.", NONE),
    ("Call 555-1234 for details.", NONE),
    ("The office is at 72 Main Street.", NONE),
    ("It finished 1st and 3rd in the rankings.", NONE),
    ("Arrivals were 155,221 bags of 60 kilos.", NONE),
    ("The total was 5.93 mln against 5.81 a year ago.", NONE),
    ("Crop estimates were around 6.4 mln bags.", NONE),
    ("The mill processed 300 tonnes.", NONE),
    ("The 1986/87 crop was smaller.", NONE),
    ("The notes were dated 10/29/87.", NONE),
    ("The index passed the 100 mark.", NONE),
    ("The team has won 11 games.", NONE),
    ("The 1990s were a boom decade.", NONE),
    ("Route 66 was closed.", NONE),
    ("He lives at No. 10.", NONE),
    ("Article 50 was triggered.", NONE),
    // a bare "francs" is French unless the article says otherwise (CurrencyContext)
    ("Sales reached 500 mln francs.", &[m(500e6, "FRF").t("500 mln francs")]),
    ("The budget is 2 bln kroner.", NONE),
    ("Shipments rose to 52.7 mln pounds.", NONE),
    ("It bought 1,000 pounds of copper.", NONE),
    ("Net 5,000,000 vs 4,000,000", NONE),
    ("Revs 25.6 mln vs 20.1 mln", NONE),
    ("The top 10 banks were fined.", NONE),
    ("The match ended 3-1.", NONE),
    ("The 747-400 has a take-off weight of 870,000 pounds.", NONE),
    ("He was born on 12 May 1960.", NONE),
    ("Version 2.1.3 was released.", NONE),
    ("The model 5K runs faster.", NONE),
    ("Windows 95 shipped in August.", NONE),
    ("The ratio was 3:1 in favour.", NONE),
    // ---- wire line breaks ----------------------------------------------------------------
    ("The Japanese government pledged 1.5\nbillion dlrs to the fund.", &[m(1.5e9, "USD").t("1.5\nbillion dlrs")]),
    ("The tariff will be raised to 25\npct from next month.", &[p(25.0).t("25\npct")]),
    ("Agents detained about\n    475 people at the site.", &[ca(475.0, "people").t("about\n    475 people")]),
    ("The company sold the unit for $1.2\n    million in cash.", &[m(1.2e6, "USD").t("$1.2\n    million")]),
    ("Reserves totalled 27.8 billion\ndlrs at end-February.", &[m(27.8e9, "USD")]),
    ("Deposits reached 30.07\nbillion N.Z. Dlrs in March.", &[m(30.07e9, "NZD")]),
    ("The rate rose 10 per\n    cent in the year.", &[p(10.0)]),
    ("Construction spending was 5.1\nbillion dlrs, or 1.4 pct, above January.", &[m(5.1e9, "USD"), p(1.4)]),
    ("Rates fell to 5.5 pct from\nsix pct in January.", &[p(5.5), p(6.0)]),
    ("The fund will help 300,000\npeople find jobs.", &[c(300000.0, "people").t("300,000\npeople")]),
    // ---- multibyte and punctuation ---------------------------------------------------------
    ("He called it “a $5 billion mistake”.", &[m(5e9, "USD").t("$5 billion")]),
    ("The café chain raised prices 5 pct — its first rise.", &[p(5.0)]),
    ("日本 pledged 30 billion yen.", &[m(30e9, "JPY")]),
    ("Zürich-based UBS paid SFr 1.2 billion.", &[m(1.2e9, "CHF")]),
    ("Growth hit 3%—the fastest in years.", &[p(3.0).t("3%")]),
    ("The levy (10 pct) applies to imports.", &[p(10.0).t("10 pct")]),
    ("Sales were ‘about 5 pct’ higher.", &[pa(5.0).t("about 5 pct")]),
    ("Profits fell to €1.2bn from €1.5bn.", &[m(1.2e9, "EUR"), m(1.5e9, "EUR")]),
    ("The price was 5\u{a0}pct higher.", &[p(5.0)]),
    // ---- titles in capitals ----------------------------------------------------------------
    ("JAPAN PLEDGES 30 BILLION DLRS FOR ASIAN RECOVERY", &[m(30e9, "USD").t("30 BILLION DLRS")]),
    ("BRITAIN RAISES 2 BILLION STG IN GILT AUCTION", &[m(2e9, "GBP").t("2 BILLION STG")]),
    ("CAECL ISSUES 12 BILLION YEN EUROBOND", &[m(12e9, "JPY").t("12 BILLION YEN")]),
    ("BUNDESBANK ADDS 3.5 BILLION MARKS", &[m(3.5e9, "DEM").t("3.5 BILLION MARKS")]),
    ("U.S. FARM LOANS SEEN AT 1.5 BLN DLRS", &[m(1.5e9, "USD").t("1.5 BLN DLRS")]),
    ("GM TO CUT 5,000 JOBS, LAY OFF 2,000 WORKERS", &[c(2000.0, "workers").t("2,000 WORKERS")]),
    ("FED SEEN CUTTING RATES 50 BASIS POINTS", &[pts(0.5).t("50 BASIS POINTS")]),
    ("SEOUL TRADE SURPLUS 400 MLN DLRS IN MARCH", &[m(400e6, "USD").t("400 MLN DLRS")]),
    ("CANADA BUDGET DEFICIT 30 BILLION CANADIAN DLRS", &[m(30e9, "CAD").t("30 BILLION CANADIAN DLRS")]),
    ("SHR PROFIT 42 CTS VS LOSS 11 CTS", &[m(0.42, "USD"), m(0.11, "USD")]),
    // ---- mixed modern copy -------------------------------------------------------------------
    ("Hyundai will invest $26bn in the US and hire 1,500 American workers.",
        &[m(26e9, "USD").t("$26bn"), c(1500.0, "workers").t("1,500 American workers")]),
    ("Tariffs of 15% apply to €600bn of EU goods.", &[p(15.0), m(600e9, "EUR")]),
    ("The ministry said 317 South Korean nationals would be flown home.", &[c(317.0, "nationals")]),
    ("Seoul pledged $350 billion in investment.", &[m(350e9, "USD").t("$350 billion")]),
    ("The fine was 4.7 billion dollars.", &[m(4.7e9, "USD").t("4.7 billion dollars")]),
    ("The company lost US$ 30 million.", &[m(30e6, "USD").t("US$ 30 million")]),
    ("Inflation hit 9.1%, the highest since 1981.", &[p(9.1)]),
    ("Google was fined €2.4bn in 2017.", &[m(2.4e9, "EUR")]),
    ("Rates rose to 5.25% in July 2023.", &[p(5.25)]),
    ("Net profit rose 12% to ¥1.2tn.", &[p(12.0), m(1.2e12, "JPY")]),
    ("Volkswagen will cut 35,000 jobs by 2030.", NONE),
    ("The raid on the battery plant in Georgia detained 475 people, including more than 300 South Koreans.", &[c(475.0, "people")]),
    ("The company will spend roughly $7.59bn.", &[ma(7.59e9, "USD").t("roughly $7.59bn")]),
    ("The government raised 400 million pounds sterling.", &[m(400e6, "GBP")]),
    ("Fuel costs $4.50 a gallon, up 20 cents.", &[m(4.5, "USD"), m(0.2, "USD")]),
    // ---- regressions found by reading corpus output ---------------------------------------
    ("Nippon Columbia's share price fell 20 to 1,260 yen.", &[m(1260.0, "JPY").t("1,260 yen")]),
    ("Reserves rose 200 mln to 7.2 billion dlrs in the quarter.", &[m(7.2e9, "USD").t("7.2 billion dlrs")]),
    ("Brent crude rose, adding $1.89 to $48.62 at the close.", &[m(1.89, "USD"), m(48.62, "USD")]),
    ("ASARCO LOWERS COPPER PRICE 1.50 CTS TO 67 CTS", &[m(0.015, "USD"), m(0.67, "USD")]),
    ("Shell raised butane 5.50 dlrs to 123 dlrs a tonne.", &[m(5.5, "USD"), m(123.0, "USD")]),
    ("The bank bought dollars at about 1.7770-80 marks.", NONE),
    ("The target was cut to between two and 2.8 per cent.", &[pa(2.0).t("between two and 2.8 per cent")]),
    ("Shr loss seven cts vs loss one ct", &[m(0.07, "USD").t("seven cts"), m(0.01, "USD").t("one ct")]),
    ("The debentures were priced at 101-3/4 pct.", &[p(101.75).t("101-3/4 pct")]),
    ("Rebates were set between 25 and 5,000 stg.", &[mr(25.0, 5000.0, "GBP")]),
    // ---- found by the hand-annotated corpus sample (corpus/gold/amounts-sample.jsonl) -------
    ("Moulinex forecast a parent company net loss of 41.7 mln francs.", &[m(41.7e6, "FRF").t("41.7 mln francs")]),
    ("TransCanada made a 4.3 billion dlr Canadian (3.22 billion U.S.) bid for Dome.", &[m(4.3e9, "CAD").t("4.3 billion dlr Canadian")]),
    ("It paid 50 mln dlrs Canadian Pacific said.", &[m(50e6, "USD").t("50 mln dlrs")]),
    ("Malaysia's growth in 1987 could be 1.5 to two pct, above target.", &[pa(1.5).t("1.5 to two pct")]),
    ("Growth of two to 2.5 pct this year is still possible.", &[pa(2.0).t("two to 2.5 pct")]),
    ("The rate rose two to 2.5 pct in March.", &[p(2.5).t("2.5 pct")]),
];

fn describe(q: &Quantity, text: &str) -> String {
    format!("{:?} {:?}", &text[q.start..q.end], q.kind)
}

/// Compares one found mention with one expected mention; `None` when they agree.
fn mismatch(q: &Quantity, x: &E, text: &str) -> Option<String> {
    let ok = match (&q.kind, x.k) {
        (
            QuantityKind::Money {
                value,
                currency,
                approx,
                max,
                ..
            },
            K::M(v, cur, a, mx),
        ) => *value == v && currency == cur && *approx == a && *max == mx,
        (
            QuantityKind::Percent {
                value,
                unit,
                approx,
            },
            K::P(v, u, a),
        ) => *value == v && *unit == u && *approx == a,
        (QuantityKind::Count { value, approx, of }, K::C(v, o, a)) => {
            *value == v && of == o && *approx == a
        }
        _ => false,
    };
    let text_ok = x.text.is_none_or(|t| &text[q.start..q.end] == t);
    if ok && text_ok {
        None
    } else {
        Some(format!(
            "expected {:?} (text {:?}), found {}",
            x.k,
            x.text,
            describe(q, text)
        ))
    }
}

#[test]
fn table_of_sentences() {
    let r = QuantityRecognizer::new();
    let mut failures = Vec::new();
    let mut with_text = 0;
    let mut mentions = 0;
    for (sentence, expected) in CASES {
        let found = r.find(sentence);
        mentions += expected.len();
        with_text += expected.iter().filter(|x| x.text.is_some()).count();
        if found.len() != expected.len() {
            let got: Vec<String> = found.iter().map(|q| describe(q, sentence)).collect();
            failures.push(format!(
                "{sentence:?}: expected {} mention(s) {:?}, found {}: {:?}",
                expected.len(),
                expected.iter().map(|x| x.k).collect::<Vec<_>>(),
                found.len(),
                got
            ));
            continue;
        }
        for (q, x) in found.iter().zip(expected.iter()) {
            if let Some(msg) = mismatch(q, x, sentence) {
                failures.push(format!("{sentence:?}: {msg}"));
            }
        }
    }
    assert!(CASES.len() >= 260, "only {} cases", CASES.len());
    assert!(
        with_text * 2 >= mentions,
        "mention text is checked for only {with_text} of {mentions} mentions"
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// Currencies of every money mention of `article` after the article's context is applied.
fn currencies_in_article(article: &str) -> Vec<String> {
    let r = QuantityRecognizer::new();
    let mut found = r.find(article);
    let cx = CurrencyContext::of_article(article, &found, &r);
    found
        .iter_mut()
        .filter_map(|q| {
            cx.resolve(q);
            match &q.kind {
                QuantityKind::Money { currency, .. } => Some(currency.clone()),
                _ => None,
            }
        })
        .collect()
}

#[test]
fn bare_dollars_and_francs_take_the_articles_currency() {
    for (article, want) in [
        // headline names a dollar country
        (
            "CANADA RETAIL SALES RISE 1.9 PCT\n\nRetail sales rose to 12.19 billion dlrs in February.",
            &["CAD"][..],
        ),
        // an exchange code in the headline decides, whatever else is named
        (
            "ROYAL BANK OF CANADA (RY.TO) 2ND QTR NET\n\nShr 83 cts vs 1.05 dlrs",
            &["CAD", "CAD"][..],
        ),
        (
            "GENERAL MOTORS <GM> BUYS CANADIAN UNIT\n\nGM paid 50 mln Canadian dlrs; it earned 2.1 billion dlrs.",
            &["CAD", "USD"][..],
        ),
        // one foreign dollar written out in the article
        (
            "BUDGET SURPLUS RAISED\n\nThe surplus was revised to 3.7 billion H.K. Dlrs from a 3.1 billion dlr estimate.",
            &["HKD", "HKD"][..],
        ),
        // written-out U.S. and Canadian dollars: bare dollars stay US
        (
            "UNIT SOLD\n\nIt sold the unit for 50 mln Canadian dlrs, or 37 mln U.S. dlrs, and earned 5 mln dlrs.",
            &["CAD", "USD", "USD"][..],
        ),
        // "(FCL)" is an abbreviation, not an exchange code
        (
            "FLETCHER DISAPPOINTED AT NZ FOREST MOVES\n\n<Fletcher Challenge Ltd> (FCL) said Rada paid 505.5 mln dlrs.",
            &["NZD"][..],
        ),
        (
            "SWISS NET CAPITAL EXPORTS RISE\n\nNet capital exports rose to 11.7 billion francs.",
            &["CHF"][..],
        ),
        (
            "MOULINEX LOSS\n\nMoulinex forecast a loss of 41.7 mln francs.",
            &["FRF"][..],
        ),
        // no context at all: US dollars, and a "$" is always explicit
        (
            "Shr 1.30 dlrs vs 1.10 dlrs, $5 mln",
            &["USD", "USD", "USD"][..],
        ),
    ] {
        assert_eq!(currencies_in_article(article), want, "{article:?}");
    }
}

#[test]
fn float_values_are_exact() {
    let r = QuantityRecognizer::new();
    for (text, want) in [
        ("US$4.7 billion", 4_700_000_000.0),
        ("USD34.6 million", 34_600_000.0),
        ("1.13bn dlrs", 1_130_000_000.0),
        ("$0.3 billion", 300_000_000.0),
        ("2.7 mln dlrs", 2_700_000.0),
        ("1.1 billion dlrs", 1_100_000_000.0),
        ("$9.99", 9.99),
        ("19.99 euros", 19.99),
    ] {
        let found = r.find(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        match &found[0].kind {
            QuantityKind::Money { value, .. } => assert_eq!(*value, want, "{text:?}"),
            k => panic!("{text:?}: not money: {k:?}"),
        }
    }
}

#[test]
fn serializes_with_kind_tags() {
    let r = QuantityRecognizer::default();
    let found = r.find("about 475 people and 25 pct and $5bn");
    let json = serde_json::to_string(&found).expect("serializes");
    assert!(json.contains(r#""kind":"count""#), "{json}");
    assert!(json.contains(r#""kind":"percent""#), "{json}");
    assert!(json.contains(r#""unit":"percent""#), "{json}");
    assert!(json.contains(r#""kind":"money""#), "{json}");
    assert!(json.contains(r#""currency":"USD""#), "{json}");
}

/// Offsets are sorted, non-overlapping, inside the text and on char boundaries.
fn check_invariants(r: &QuantityRecognizer, text: &str) -> Result<(), TestCaseError> {
    let found = r.find(text);
    let mut last_end = 0;
    for q in &found {
        prop_assert!(q.start <= q.end, "{text:?}: start > end in {q:?}");
        prop_assert!(q.end <= text.len(), "{text:?}: end past text in {q:?}");
        prop_assert!(
            q.start >= last_end,
            "{text:?}: overlap or unsorted at {q:?}"
        );
        prop_assert!(text.is_char_boundary(q.start), "{text:?}: {q:?}");
        prop_assert!(text.is_char_boundary(q.end), "{text:?}: {q:?}");
        prop_assert!(text.get(q.start..q.end).is_some(), "{text:?}: {q:?}");
        last_end = q.end;
    }
    // the article-level currency pass never panics and only renames currencies
    let cx = CurrencyContext::of_article(text, &found, r);
    for q in &found {
        let mut r = q.clone();
        cx.resolve(&mut r);
        prop_assert_eq!((r.start, r.end), (q.start, q.end));
    }
    Ok(())
}

const FRAGMENTS: &[&str] = &[
    "1",
    "25",
    "1.5",
    "4.7",
    "1,200,000",
    "2012",
    "7-3/4",
    "1/2",
    "0",
    "99999999999999999999999999999",
    "$",
    "US$",
    "U.S.$",
    "HK$",
    "€",
    "£",
    "¥",
    "₩",
    "₹",
    "R$",
    "Rs",
    "Rs.",
    "USD",
    "EUR",
    "KRW",
    "DM",
    "billion",
    "bln",
    "mln",
    "mn",
    "m",
    "bn",
    "k",
    "tn",
    "lakh",
    "crore",
    "thousand",
    "mil",
    "dlrs",
    "dollars",
    "yen",
    "stg",
    "pounds",
    "sterling",
    "Canadian",
    "Hong",
    "Kong",
    "marks",
    "won",
    "cents",
    "cts",
    "pct",
    "percent",
    "per",
    "cent",
    "%",
    "percentage",
    "points",
    "basis",
    "bps",
    "about",
    "more",
    "than",
    "up",
    "to",
    "between",
    "and",
    "from",
    "-",
    "–",
    "(",
    ")",
    ".",
    ",",
    "/",
    ":",
    "people",
    "workers",
    "South",
    "Korean",
    "hundreds",
    "of",
    "a",
    "number",
    "half",
    "quarter",
    "two",
    "twenty",
    "five",
    "dozen",
    "hundred",
    "Oct",
    "March",
    "Boeing",
    "G",
    "fiscal",
    "in",
    "“",
    "”",
    "日本",
    "é",
    "\n    ",
    "\u{a0}",
    "Ω",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_keeps_invariants(text in any::<String>()) {
        let r = QuantityRecognizer::new();
        check_invariants(&r, &text)?;
    }

    #[test]
    fn fragment_soup_keeps_invariants(
        parts in prop::collection::vec(
            (prop::sample::select(FRAGMENTS), prop::sample::select(&["", " ", "\n", "-", "  "][..])),
            0..24,
        )
    ) {
        let text: String = parts.iter().map(|(f, sep)| format!("{f}{sep}")).collect();
        let r = QuantityRecognizer::new();
        check_invariants(&r, &text)?;
    }
}

/// The headline countries come from the lexicon entries a recogniser is
/// built with: a country's `currency` (or a former one) among the
/// `headline_currencies` decides a bare "dlrs"; the United States (the
/// default dollar's country) in the headline settles nothing.
#[test]
fn headline_countries_come_from_the_lexicon() {
    let cases: &[(&str, &str)] = &[
        (
            "CANADA RETAIL SALES RISE\n\nSales rose to 12.19 billion dlrs.",
            "CAD",
        ),
        (
            "CANADIANS BUY MORE\n\nSales rose to 12.19 billion dlrs.",
            "CAD",
        ),
        (
            "KIWI EXPORTS FALL\n\nExports fell to 1.2 billion dlrs.",
            "NZD",
        ),
        (
            "U.S., CANADA TALK TRADE\n\nTrade rose to 5 billion dlrs.",
            "USD",
        ),
        (
            "TAIWAN SURPLUS RISES\n\nThe surplus rose to 5 billion dlrs.",
            "USD",
        ),
        ("BELGIUM BUDGET\n\nThe deficit is 5 billion francs.", "BEF"),
        ("SWISS BANK PROFIT\n\nProfit was 5 mln francs.", "CHF"),
    ];
    for (article, want) in cases {
        assert_eq!(
            currencies_in_article(article),
            vec![want.to_string()],
            "{article:?}"
        );
    }
    // A recogniser built without the lexicon's countries reads only the defaults.
    let r = QuantityRecognizer::with_countries(&[]);
    let article = "CANADA RETAIL SALES RISE\n\nSales rose to 12.19 billion dlrs.";
    let mut found = r.find(article);
    CurrencyContext::of_article(article, &found, &r).resolve(&mut found[0]);
    match &found[0].kind {
        QuantityKind::Money { currency, .. } => assert_eq!(currency, "USD"),
        k => panic!("{k:?}"),
    }
}

/// The dollar adjectives of countries are the lexicon's names, aliases and
/// demonyms of the countries whose currency is a dollar: written once, in
/// the lexicon, and read before a dollar or cent word and (demonyms) after
/// a dollar word. (text, the mention as written, its currency)
#[test]
fn dollar_adjectives_come_from_the_lexicon_countries() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "issuing a 150 mln Australia dlr bond",
            "150 mln Australia dlr",
            "AUD",
        ),
        (
            "worth 70 mln Zimbabwean dlrs this year",
            "70 mln Zimbabwean dlrs",
            "ZWD",
        ),
        (
            "a budget of 6.9 billion jamaica dlrs",
            "6.9 billion jamaica dlrs",
            "JMD",
        ),
        (
            "sales of 3.1 billion Canadian dlrs",
            "3.1 billion Canadian dlrs",
            "CAD",
        ),
        (
            "4.3 billion dlr Canadian issue",
            "4.3 billion dlr Canadian",
            "CAD",
        ),
        ("a 40 Singapore cents dividend", "40 Singapore cents", "SGD"),
        ("at 88.90 U.S dlrs c and f", "88.90 U.S dlrs", "USD"),
        ("a 2 mln Kiwi dollar loan", "2 mln Kiwi dollar", "NZD"),
    ];
    let r = QuantityRecognizer::new();
    for (text, want, currency) in cases {
        let found = r.find(text);
        let q = found
            .iter()
            .find(|q| &text[q.start..q.end] == *want)
            .unwrap_or_else(|| panic!("{text:?}: no {want:?} in {found:?}"));
        match &q.kind {
            QuantityKind::Money { currency: c, .. } => assert_eq!(c, currency, "{text:?}"),
            k => panic!("{text:?}: {k:?}"),
        }
    }
    // Without the lexicon's countries, "Canadian dlrs" is no currency phrase.
    let bare = QuantityRecognizer::with_countries(&[]);
    let text = "sales of 3.1 billion Canadian dlrs";
    assert!(
        bare.find(text)
            .iter()
            .all(|q| &text[q.start..q.end] != "3.1 billion Canadian dlrs"),
        "{:?}",
        bare.find(text)
    );
}
