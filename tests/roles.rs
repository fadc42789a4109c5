//! Who does what to whom: a table of realistic sentences and the countries
//! each role must hold in the event the sentence gives.

mod common;
use common::{codes, role_countries};
use newsevents::Extractor;

/// Sentence, event type, then the countries of source, target and participant.
type Case = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

const CASES: &[Case] = &[
    // Who condemns, challenges, lobbies against or braces for a tariff
    // faces it: the reacting country is the target, not the imposer.
    (
        "Mexico criticised the new 30% tariffs on steel.",
        "tariff",
        &[],
        &["MEX"],
        &[],
    ),
    (
        "Ottawa condemned the 25% duties as unjustified.",
        "tariff",
        &[],
        &["CAN"],
        &[],
    ),
    (
        "South Korea challenged the anti-dumping duties at the World Trade Organization.",
        "tariff",
        &[],
        &["KOR"],
        &[],
    ),
    (
        "Indian textile makers have lobbied hard against the 25% tariff.",
        "tariff",
        &[],
        &["IND"],
        &[],
    ),
    (
        "Japan denounced the 24% levy on Monday.",
        "tariff",
        &[],
        &["JPN"],
        &[],
    ),
    // A domestic recipient word right before a goods word names goods
    // bought, not who receives: no home target ("farm products").
    (
        "China agreed to buy $12 billion of soybeans and other farm products next year.",
        "pledge",
        &["CHN"],
        &[],
        &[],
    ),
    (
        "Vietnamese importers signed deals to buy $2 billion of farm goods.",
        "pledge",
        &["VNM"],
        &[],
        &[],
    ),
    (
        "Indonesian millers agreed to buy $1.2 billion of American farm products over two years.",
        "pledge",
        &["IDN"],
        &["USA"],
        &[],
    ),
    // (Aid to the farm sector or to farmers stays at home.)
    (
        "Seoul will provide 2 trillion won in emergency loans to the farm sector.",
        "pledge",
        &["KOR"],
        &["KOR"],
        &[],
    ),
    (
        "Japan will give its farmers 300 billion yen in aid.",
        "pledge",
        &["JPN"],
        &["JPN"],
        &[],
    ),
    // What a third party buys is what the tariff answers, not a party to
    // it, before the trigger as after ("purchases of", "buys").
    (
        "A further 25 per cent penalty linked to Brazil's purchases of Russian diesel took effect on Monday, lifting the total duty on most Brazilian goods to 60 per cent.",
        "tariff",
        &[],
        &["BRA"],
        &[],
    ),
    (
        "The White House threatened secondary tariffs of up to 100% on countries that buy Venezuelan crude.",
        "tariff",
        &["USA"],
        &[],
        &[],
    ),
    // The name a "which" clause hangs on is its subject, whatever
    // preposition stands before it: the imposer, not whose goods are hit.
    (
        "Ottawa wants to cut its reliance on the United States, which has put tariffs of 35% on Canadian steel.",
        "tariff",
        &["USA"],
        &["CAN"],
        &[],
    ),
    (
        "Delhi is weighing its options against pressure from Washington, which doubled tariffs on Indian textiles in August.",
        "tariff",
        &["USA"],
        &["IND"],
        &[],
    ),
    // Who accepts, enjoys or opposes a tariff faces it (tariff_face_verbs).
    (
        "Vietnamese exporters accepted a 20% U.S. tariff under the July framework.",
        "tariff",
        &["USA"],
        &["VNM"],
        &[],
    ),
    (
        "Vietnamese shippers lost their exemption from the 20% U.S. tariff in May.",
        "tariff",
        &["USA"],
        &["VNM"],
        &[],
    ),
    // (Nor does the verb's subject modify the tariff noun after it.)
    (
        "Under the framework deals, Thailand and Vietnam accepted 19% tariffs in return for wider market access.",
        "tariff",
        &[],
        &["THA", "VNM"],
        &[],
    ),
    (
        "Brazil has firmly opposed the unilateral tariff increases, the foreign ministry said, urging Argentina to reverse them.",
        "tariff",
        &[],
        &["BRA"],
        &[],
    ),
    // A partner after "with" is not the subject of the imposing verb.
    (
        "U.S. President Donald Trump said on Thursday he had agreed with Chinese President Xi Jinping to lower tariffs on Chinese goods.",
        "tariff",
        &[],
        &["CHN"],
        &[],
    ),
    // A quantifier before the party is no preposition: "for any U.S.
    // project", "on most American goods", "on many Indian goods".
    (
        "Japan will have 45 days to hand over the money for any U.S. project chosen by the president.",
        "pledge",
        &["JPN"],
        &["USA"],
        &[],
    ),
    (
        "South Korea says its effective tariff on most American goods is already close to zero.",
        "tariff",
        &["KOR"],
        &["USA"],
        &[],
    ),
    // A commitment to sell goods is the buyer's: the buyer pledges, the
    // seller receives (pledge/sale-commitment).
    (
        "Indonesia has agreed to sell one mln tonnes of LNG a year to South Korea's Kogas.",
        "pledge",
        &["KOR"],
        &["IDN"],
        &[],
    ),
    (
        "Sonatrach signed an accord to deliver 4.5 mln tonnes of LNG a year to Japan's Tokyo Electric.",
        "pledge",
        &["JPN"],
        &["DZA"],
        &[],
    ),
    // A relative clause on a name, set off by commas, holds the pledge's
    // parties; the main clause resumed after it names none.
    (
        "Hydro-Quebec, which agreed to sell 8 billion dlrs of power to Vermont, must satisfy regulators the power is surplus to Canadian needs.",
        "pledge",
        &["USA"],
        &["CAN"],
        &[],
    ),
    (
        "The Kuwait Fund, which will lend 40 mln dlrs to Togo, Benin and Niger, said on Monday the loans carry no interest.",
        "pledge",
        &["KWT"],
        &["BEN", "NER", "TGO"],
        &[],
    ),
    // A "from" or "in" past a comma and a clause opener belongs to
    // another verb: no lender, no recipient (pledge/clause-break).
    (
        "South Korea said it will expand its support package for shipbuilders to 5 trillion won, as yards face growing competition from Chinese rivals.",
        "pledge",
        &["KOR"],
        &[],
        &[],
    ),
    (
        "Malaysia will make loans worth 500 mln dlrs to firms willing to import machinery, preferably from Japan, the minister said.",
        "pledge",
        &["MYS"],
        &["MYS"],
        &[],
    ),
    (
        "China agreed to buy 10 million tons of U.S. soybeans, the White House said, hours after the two leaders met in South Korea.",
        "pledge",
        &["CHN"],
        &["USA"],
        &[],
    ),
    // Who speaks after "according to" is no recipient.
    (
        "Saudi Arabia will put $5 billion into the fund, according to Egyptian Finance Minister Ahmed Kouchouk.",
        "pledge",
        &["SAU"],
        &[],
        &[],
    ),
    // Where someone travels is no recipient ("visit to", "trip to").
    (
        "Qatar will raise its investment in the United States to $1 trillion, up from the $500 billion it pledged during Trump's visit to Doha.",
        "pledge",
        &["QAT"],
        &["USA"],
        &[],
    ),
    // Pledges.
    (
        "Japan pledged 1.5 billion dlrs in new loans to Mexico.",
        "pledge",
        &["JPN"],
        &["MEX"],
        &[],
    ),
    (
        "Senegal was promised 100 mln dlrs in aid by France.",
        "pledge",
        &["FRA"],
        &["SEN"],
        &[],
    ),
    (
        "The U.S. asked South Korea to invest $350 billion in the United States.",
        "pledge",
        &["KOR"],
        &["USA"],
        &[],
    ),
    (
        "South Korea is studying a plan to buy more coal from the United States.",
        "pledge",
        &["KOR"],
        &["USA"],
        &[],
    ),
    // An order the subject wins: the customer after "from" buys (source),
    // the supplier receives; not a seller as in "buy coal from".
    (
        "Boeing Co said it won an order from Japan Air Lines for ten 747 jets.",
        "pledge",
        &["JPN"],
        &["USA"],
        &[],
    ),
    (
        "Airbus said it had received an order from Lufthansa for 15 A320 airliners.",
        "pledge",
        &["DEU"],
        &["FRA"],
        &[],
    ),
    (
        "Yugoslavia reached an agreement with Western creditors on refinancing its debt.",
        "pledge",
        &[],
        &["YUG"],
        &[],
    ),
    (
        "Poland needs new credits from Western governments, officials said.",
        "pledge",
        &[],
        &["POL"],
        &[],
    ),
    (
        "The Philippines will get a 300 mln dlr Japanese loan for its land reform program.",
        "pledge",
        &["JPN"],
        &["PHL"],
        &[],
    ),
    (
        "The U.K. will supply 39,000 tonnes of wheat to China under its aid program.",
        "pledge",
        &["GBR"],
        &["CHN"],
        &[],
    ),
    (
        "Canada's federal government will provide a 350 mln dlr oil industry aid package.",
        "pledge",
        &["CAN"],
        &["CAN"],
        &[],
    ),
    (
        "Philippine Finance Minister Jaime Ongpin said Japan is expected to raise its aid to the Philippines.",
        "pledge",
        &["JPN"],
        &["PHL"],
        &[],
    ),
    (
        "The 14th yen aid package from Japan's Overseas Economic Cooperation Fund was also discussed.",
        "pledge",
        &["JPN"],
        &[],
        &[],
    ),
    (
        "An agreement could pave the way for Britain's Export Credits Guarantee Department to resume insurance cover for exports to Nigeria.",
        "pledge",
        &["GBR"],
        &["NGA"],
        &[],
    ),
    (
        "Representatives from Nigeria are meeting with officials of Britain's Export Credits Guarantee Department, the first of a series of bilateral talks to reschedule Nigeria's official debts.",
        "pledge",
        &["GBR"],
        &["NGA"],
        &[],
    ),
    (
        "The chancellor has already unveiled proposals for a G8 aid package.",
        "pledge",
        &["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN", "RUS"],
        &[],
        &[],
    ),
    // A dateline with a dash names no party; the subject of a verb gives.
    (
        "LONDON – Britain pledged £600m in loan guarantees for Ukraine's power grid, the Foreign Secretary announced on Thursday.",
        "pledge",
        &["GBR"],
        &["UKR"],
        &[],
    ),
    (
        "IMF agrees fresh Turkey funding",
        "pledge",
        &[],
        &["TUR"],
        &[],
    ),
    (
        "Japanese banks confirm Argentina loan commitment",
        "pledge",
        &["JPN"],
        &["ARG"],
        &[],
    ),
    // A "which" clause's parties include the name it hangs on.
    (
        "Indonesia, which accepted the debt moratorium offered by the Paris Club, owes about 48 billion dlrs.",
        "pledge",
        &[],
        &["IDN"],
        &[],
    ),
    // A receiving verb of an earlier verb of the same subject, before "and
    // will", is not the trigger's: the subject of the second verb gives
    // (pledge_second_verbs).
    (
        "Japan said it will receive 300 mln dlrs in port fees and will invest 2 billion dlrs in Indonesia.",
        "pledge",
        &["JPN"],
        &["IDN"],
        &[],
    ),
    (
        "Brazil said it would receive 500 mln dlrs from the asset sale and would lend 200 mln dlrs to Bolivia.",
        "pledge",
        &["BRA"],
        &["BOL"],
        &[],
    ),
    // ... while a receiving verb of the trigger's own phrase still makes its
    // subject the recipient.
    (
        "Mexico will receive 1.5 billion dlrs in new loans from Japan.",
        "pledge",
        &["JPN"],
        &["MEX"],
        &[],
    ),
    // The recipient is not also the giver; who appeals or repays receives.
    (
        "France is to provide Togo with 475 mln cfa francs of aid for a range of projects.",
        "pledge",
        &["FRA"],
        &["TGO"],
        &[],
    ),
    (
        "Ecuador has also appealed for emergency aid from about 40 foreign governments.",
        "pledge",
        &[],
        &["ECU"],
        &[],
    ),
    (
        "Uganda would repay the loan from Egypt in barter goods and hard currency.",
        "pledge",
        &["EGY"],
        &["UGA"],
        &[],
    ),
    // A list shares the role of its first member.
    (
        "Japan will extend new loans to Brazil, Mexico and Argentina.",
        "pledge",
        &["JPN"],
        &["BRA", "MEX", "ARG"],
        &[],
    ),
    // Tariffs.
    (
        "Indonesia has protested against the EC plan to increase import duties on vegetable oils.",
        "tariff",
        &["EU"],
        &["IDN"],
        &[],
    ),
    (
        "The Mexican Secretariat of Commerce has told the U.S. that a 10 pct import tariff on vegetable oils was not aimed at sunflower oil.",
        "tariff",
        &["MEX"],
        &[],
        &[],
    ),
    (
        "South Korea continues to face a 25% tariff on automobiles exported to the United States.",
        "tariff",
        &["USA"],
        &["KOR"],
        &[],
    ),
    (
        "Reagan imposed 100 pct tariffs on Japanese semiconductors.",
        "tariff",
        &["USA"],
        &["JPN"],
        &[],
    ),
    (
        "Indonesia has protested to the EC about its plan to raise import duties on vegetable oils.",
        "tariff",
        &["EU"],
        &["IDN"],
        &[],
    ),
    (
        "Officials said the most likely move against Japan would involve import duties on electronics.",
        "tariff",
        &[],
        &["JPN"],
        &[],
    ),
    // A party naming the tariff imposes it, even after "against" or "of".
    (
        "Indonesia protests against EC vegetable oil import duty.",
        "tariff",
        &["EU"],
        &["IDN"],
        &[],
    ),
    // (Corn imports named by no country fall on the country the story is
    // about: here the U.S., named twice, by its Senate too.)
    (
        "The Senate voted to seek a U.S. probe of Canadian tariffs on corn imports.",
        "tariff",
        &["CAN"],
        &["USA"],
        &[],
    ),
    // An agency after the trigger imposes; the imposer's own firms are not targets.
    (
        "The tariffs were imposed in 1983 when the U.S. International Trade Commission found that Japanese competitors were flooding the market.",
        "tariff",
        &["USA"],
        &["JPN"],
        &[],
    ),
    (
        "President Reagan imposed the tariff after Harley-Davidson said the Japanese were flooding the market.",
        "tariff",
        &["USA"],
        &["JPN"],
        &[],
    ),
    // Another person's surname is not the leader's.
    (
        "Mario Branco Peres welcomed a decision by the U.S. Commerce Department cutting its duties on imported orange juice from Brazil.",
        "tariff",
        &["USA"],
        &["BRA"],
        &[],
    ),
    // Raids.
    (
        "U.S. immigration agents raided a Hyundai plant in Georgia, detaining 475 workers.",
        "raid",
        &["USA"],
        &["KOR"],
        &[],
    ),
    // A country's agencies raiding at home: the same country on both sides.
    (
        "The Enforcement Directorate on Monday searched the Bhilai residence of a former chief minister in a money laundering case worth Rs 2,000 crore.",
        "raid",
        &["IND"],
        &["IND"],
        &[],
    ),
    (
        "NABU and SAPO said they were carrying out searches at Energoatom, the state nuclear operator.",
        "raid",
        &["UKR"],
        &["UKR"],
        &[],
    ),
    (
        "The Korea Fair Trade Commission sent investigators to the headquarters of KB Kookmin Bank and Hana Bank on Monday.",
        "raid",
        &["KOR"],
        &["KOR"],
        &[],
    ),
    // Meetings.
    (
        "Trump will meet Chinese leader Xi Jinping in Busan.",
        "meeting",
        &[],
        &[],
        &["USA", "CHN"],
    ),
    (
        "Treasury Secretary Baker met West German Finance Minister Stoltenberg in Washington.",
        "meeting",
        &[],
        &[],
        &["USA", "DEU"],
    ),
    // Where a later trip goes is that trip's, not the meeting's ...
    (
        "Abe made the recommendation at a meeting with Nakasone to pave the way for the prime minister's visit to Washington.",
        "meeting",
        &[],
        &[],
        &["JPN"],
    ),
    (
        "Abe made the recommendation at a meeting with Nakasone after returning from a visit to the United States.",
        "meeting",
        &[],
        &[],
        &["JPN"],
    ),
    // ... but a visit's own destination is a party to it.
    (
        "The Japanese prime minister's visit to Washington starts next Wednesday.",
        "meeting",
        &[],
        &[],
        &["JPN", "USA"],
    ),
    // A group with fixed membership stands for each member.
    (
        "Representatives of the Group of Seven will meet in Sardinia next week.",
        "meeting",
        &[],
        &[],
        &["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"],
    ),
    // The Group of Ten has had eleven members since 1964.
    (
        "Central bank governors from the Group of 10 countries met in Basle on Monday.",
        "meeting",
        &[],
        &[],
        &[
            "BEL", "CAN", "CHE", "DEU", "FRA", "GBR", "ITA", "JPN", "NLD", "SWE", "USA",
        ],
    ),
    // ... also when named by what its members are.
    (
        "The premier may resign before the June summit of seven industrialised nations.",
        "meeting",
        &[],
        &[],
        &["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"],
    ),
    // ... or as "powers" or "countries" rather than "nations".
    (
        "Ministers of the seven leading industrial powers will meet in Washington next week.",
        "meeting",
        &[],
        &[],
        &["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"],
    ),
    (
        "Finance ministers of the seven major industrial countries met in Paris on Sunday.",
        "meeting",
        &[],
        &[],
        &["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"],
    ),
    // A trade round named after the country where it began is not that
    // country.
    (
        "Australia's trade minister said at the start of the Taupo meeting that the Uruguay round must not fail.",
        "meeting",
        &[],
        &[],
        &["AUS"],
    ),
    // A country right after "on", past the trigger, is what the meeting is
    // about, not a party to it.
    (
        "Macron and Starmer held talks on Ukraine in Paris on Tuesday.",
        "meeting",
        &[],
        &[],
        &["FRA", "GBR"],
    ),
    (
        "Lavrov held talks with Wang Yi on North Korea on Friday.",
        "meeting",
        &[],
        &[],
        &["RUS", "CHN"],
    ),
    (
        "Germany and France will host a conference on Syria's reconstruction next month.",
        "meeting",
        &[],
        &[],
        &["DEU", "FRA"],
    ),
    // The host of a summit named right after it is a party to it when the
    // sentence names no two countries of its own ...
    (
        "Leaders signed the declaration at the APEC summit in South Korea on Saturday.",
        "meeting",
        &[],
        &[],
        &["KOR"],
    ),
    (
        "Mr Blair is at a summit in Brussels, where trade is on the agenda.",
        "meeting",
        &[],
        &[],
        &["GBR", "EU"],
    ),
    (
        "Albanese will fly on to the Group of 20 summit in Rio de Janeiro next week.",
        "meeting",
        &[],
        &[],
        &["AUS", "BRA"],
    ),
    // ... not of two parties' own summit, nor of a summit that is only the
    // occasion of a meeting named before it.
    (
        "Trump and Xi held a summit in Busan on Thursday.",
        "meeting",
        &[],
        &[],
        &["USA", "CHN"],
    ),
    (
        "Lula proposed a meeting with Trump at the ASEAN summit in Malaysia.",
        "meeting",
        &[],
        &[],
        &["BRA", "USA"],
    ),
    // The six of the Paris accord (the seven without Italy) are six members.
    (
        "Officials of the six leading industrial countries will meet in Washington next month.",
        "meeting",
        &[],
        &[],
        &["USA", "JPN", "DEU", "FRA", "GBR", "CAN"],
    ),
    (
        "Finance ministers of the seven industrial countries met in Washington on Wednesday.",
        "meeting",
        &[],
        &[],
        &["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"],
    ),
    // A list of parties runs on past ", and the ...".
    (
        "Mr Blair held talks with his Israeli counterpart, Ariel Sharon, and the Palestinian leader, Mahmoud Abbas.",
        "meeting",
        &[],
        &[],
        &["GBR", "ISR", "PSE"],
    ),
    // "The two countries" are the two the article names most.
    (
        "South Korea plans to buy more coal from the United States, South Korean officials said. The United States has pressed Seoul to cut its trade surplus. The plan would dominate energy talks between officials of the two countries next month.",
        "meeting",
        &[],
        &[],
        &["KOR", "USA"],
    ),
    (
        "Finance ministers said the London meeting of the world's seven richest nations went well.",
        "meeting",
        &[],
        &[],
        &["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"],
    ),
    (
        "Bolivia will propose an Andean summit with President Reagan in May.",
        "meeting",
        &[],
        &[],
        &["BOL", "COL", "ECU", "PER", "VEN", "USA"],
    ),
    // The name a relative clause hangs on is a party to its meeting.
    (
        "UK Foreign Secretary Jack Straw, who will hold talks with Chinese leaders on Thursday, said the arms ban should stay.",
        "meeting",
        &[],
        &[],
        &["GBR", "CHN"],
    ),
    // What a meeting is about is not a party to it.
    (
        "Moscow has agreed to discuss the problems of Afghanistan and Kampuchea in its talks with Peking.",
        "meeting",
        &[],
        &[],
        &["SUN", "CHN"],
    ),
    (
        "British Foreign Secretary Sir Geoffrey Howe and U.S. Secretary of State George Shultz will discuss trade relations with Japan in talks in Washington.",
        "meeting",
        &[],
        &[],
        &["GBR", "USA"],
    ),
    (
        "Prime Minister Mark Carney met German Chancellor Friedrich Merz for talks that covered Ukraine and Chinese steel.",
        "meeting",
        &[],
        &[],
        &["CAN", "DEU"],
    ),
    (
        "The French and Japanese finance ministers held a meeting focused on Argentina's debt.",
        "meeting",
        &[],
        &[],
        &["FRA", "JPN"],
    ),
    (
        "Tony Blair met Italian Prime Minister Silvio Berlusconi to talk about Turkey joining the EU.",
        "meeting",
        &[],
        &[],
        &["GBR", "ITA"],
    ),
    (
        "A government task force held meetings to discuss a rebuilding plan with Japanese aid agencies.",
        "meeting",
        &[],
        &[],
        &["JPN"],
    ),
    // Who stayed away is no party.
    (
        "The French and German leaders wrapped up their summit in Paris without British Prime Minister Tony Blair, who flew home early.",
        "meeting",
        &[],
        &[],
        &["DEU", "FRA"],
    ),
    (
        "Japanese and Indian leaders ended their summit on Sunday despite a boycott by the United States.",
        "meeting",
        &[],
        &[],
        &["IND", "JPN"],
    ),
    // What is on the agenda is no party.
    (
        "South Korean President Lee Jae Myung will hold his first summit with U.S. President Donald Trump on Monday, where tariffs and North Korea are expected to top the agenda.",
        "meeting",
        &[],
        &[],
        &["KOR", "USA"],
    ),
    (
        "Iran and Iraq were on the table when the French and German foreign ministers met in Paris.",
        "meeting",
        &[],
        &[],
        &["DEU", "FRA"],
    ),
    // Money and trade syntax (issue 16): passives, possessives, "obtained /
    // sought ... from", "asked X for", the asker is not the imposer, an
    // export tax is the exporter's own measure.
    (
        "Brazil was granted a 500 mln dlr loan by Japan.",
        "pledge",
        &["JPN"],
        &["BRA"],
        &[],
    ),
    (
        "Japan's 500 mln dlr loan to Brazil was signed on Monday.",
        "pledge",
        &["JPN"],
        &["BRA"],
        &[],
    ),
    (
        "Brazil obtained a 500 mln dlr loan from Japan.",
        "pledge",
        &["JPN"],
        &["BRA"],
        &[],
    ),
    (
        "Poland is seeking funds from West Germany to rebuild its industry.",
        "pledge",
        &["DEU"],
        &["POL"],
        &[],
    ),
    (
        "Mexico asked its creditor banks for 7 billion dlrs in new loans.",
        "pledge",
        &[],
        &["MEX"],
        &[],
    ),
    (
        "Japan asked the United States to cut its tariffs on Japanese cars.",
        "tariff",
        &["USA"],
        &["JPN"],
        &[],
    ),
    (
        "Indonesia imposed an export tax on palm oil.",
        "tariff",
        &["IDN"],
        &["IDN"],
        &[],
    ),
    // "Inter-American" names a regional body, not the United States.
    (
        "The Inter-American Development Bank approved a 500 mln dlr loan to Peru.",
        "pledge",
        &[],
        &["PER"],
        &[],
    ),
    // A party name that exists in several countries goes to the one the
    // article's words point to (lexicon cues).
    (
        "Australian Prime Minister Bob Hawke said the Labour Party government will give 50 mln dlrs in aid to Fiji.",
        "pledge",
        &["AUS"],
        &["FJI"],
        &[],
    ),
    // Whose goods a tariff hits, and where they are sold.
    (
        "Japanese cars shipped to the U.S. have faced a combined 27.5% tariff since April.",
        "tariff",
        &["USA"],
        &["JPN"],
        &[],
    ),
    (
        "Washington will apply a 15% tariff to most EU goods from August.",
        "tariff",
        &["USA"],
        &["EU"],
        &[],
    ),
    (
        "Canadian lumber was already paying anti-dumping duties of 35 per cent after the U.S. Commerce Department raised them.",
        "tariff",
        &["USA"],
        &["CAN"],
        &[],
    ),
    (
        "The U.S. steel tariffs imposed in March hurt exporters in Brazil.",
        "tariff",
        &["USA"],
        &[],
        &[],
    ),
    (
        "Mexican tomatoes will face a 17% anti-dumping duty imposed by the United States.",
        "tariff",
        &["USA"],
        &["MEX"],
        &[],
    ),
    // A national body named after another country's possessive or adjective
    // is that country's.
    (
        "Mexico's Senate approved tariffs of up to 50% on Chinese imports.",
        "tariff",
        &["MEX"],
        &["CHN"],
        &[],
    ),
    (
        "The Mexican Senate voted to impose a 35% tariff on cars from China.",
        "tariff",
        &["MEX"],
        &["CHN"],
        &[],
    ),
    // A country naming the tariff the money answers is no party to it (the
    // exporters are Korea's own: aid at home).
    (
        "South Korea will provide 13.6 trillion won in emergency loans to exporters hurt by U.S. tariffs.",
        "pledge",
        &["KOR"],
        &["KOR"],
        &[],
    ),
    // After "in", a city or region is where things happen, a country receives.
    (
        "Donors pledged more than 10 billion euros for Ukraine as a recovery conference opened in Rome.",
        "pledge",
        &[],
        &["UKR"],
        &[],
    ),
    (
        "Qatar will invest 7.5 billion dlrs in Egypt under a deal signed in Doha.",
        "pledge",
        &["QAT"],
        &["EGY"],
        &[],
    ),
    // The borrower and the lender: "from" names who lends, the giver's
    // object who receives.
    (
        "Ecuador signed four loans from the Inter-American Development Bank totalling 280 mln dlrs.",
        "pledge",
        &[],
        &["ECU"],
        &[],
    ),
    (
        "Brazil agreed the terms of a 600 mln dlr loan from Japan's Eximbank.",
        "pledge",
        &["JPN"],
        &["BRA"],
        &[],
    ),
    (
        "The World Bank said it has extended Pakistan 220 mln dlrs in three loans.",
        "pledge",
        &[],
        &["PAK"],
        &[],
    ),
    // Where a meeting is held or a party came from is no party.
    (
        "U.S. and Chinese negotiators agreed a framework after marathon London talks.",
        "meeting",
        &[],
        &[],
        &["CHN", "USA"],
    ),
    (
        "Trump met Emperor Naruhito in Tokyo on Monday after arriving from Malaysia.",
        "meeting",
        &[],
        &[],
        &["JPN", "USA"],
    ),
    (
        "Japanese officials held talks with officials from Malaysia on Monday.",
        "meeting",
        &[],
        &[],
        &["JPN", "MYS"],
    ),
    // Mutual tariffs: both countries on both sides.
    (
        "The United States and China agreed to roll back the tariffs they had piled on each other's goods.",
        "tariff",
        &["CHN", "USA"],
        &["CHN", "USA"],
        &[],
    ),
    (
        "Japan and South Korea have slapped tit-for-tat tariffs on steel since March.",
        "tariff",
        &["JPN", "KOR"],
        &["JPN", "KOR"],
        &[],
    ),
    // Purchases: whose goods are bought sells them (receives).
    (
        "The European Union promised 750 billion dlrs of US energy purchases over three years.",
        "pledge",
        &["EU"],
        &["USA"],
        &[],
    ),
    (
        "South Korea will buy 3 billion dlrs of American aircraft and LNG next year.",
        "pledge",
        &["KOR"],
        &["USA"],
        &[],
    ),
    // An industry named by its goods asks for duties as often as it faces them.
    (
        "U.S. steel makers asked Washington to impose anti-dumping duties on imports from Brazil.",
        "tariff",
        &["USA"],
        &["BRA"],
        &[],
    ),
    // A list shares the goods of its last member.
    (
        "EU ministers approved new tariffs on Russian and Belarusian farm products entering the bloc.",
        "tariff",
        &["EU"],
        &["BLR", "RUS"],
        &[],
    ),
    // The subject of an imposing verb imposes; its object faces the tariff.
    (
        "The president hit Brazil with a 50% levy on Thursday.",
        "tariff",
        &[],
        &["BRA"],
        &[],
    ),
    (
        "Washington hits Brazil with a 50% levy over a court case.",
        "tariff",
        &["USA"],
        &["BRA"],
        &[],
    ),
    (
        "The White House delays 50% EU tariff to July 9 after a call with Brussels.",
        "tariff",
        &["USA"],
        &["EU"],
        &[],
    ),
    (
        "Washington pauses Canada, Mexico tariffs for 30 days.",
        "tariff",
        &["USA"],
        &["CAN", "MEX"],
        &[],
    ),
    (
        "Beijing slaps Canadian canola with a 75.8% anti-dumping deposit.",
        "tariff",
        &["CHN"],
        &["CAN"],
        &[],
    ),
    // ... but not a noun after a determiner, nor a passive.
    (
        "Tokyo won a cut in the U.S. tariff on cars to 15%.",
        "tariff",
        &["USA"],
        &["JPN"],
        &[],
    ),
    (
        "Canada and Mexico were spared the new 10% tariff.",
        "tariff",
        &[],
        &["CAN", "MEX"],
        &[],
    ),
    // The country's own spelling, as its press writes it.
    (
        "Trump wrote that Việt Nam would pay a 20% tariff on all goods sent into the United States.",
        "tariff",
        &["USA"],
        &["VNM"],
        &[],
    ),
    // Who averts, avoids or escapes a tariff is who would face it.
    (
        "Analysts saw little chance Japan could act quickly enough to avert the U.S. tariffs.",
        "tariff",
        &["USA"],
        &["JPN"],
        &[],
    ),
    (
        "Brazil is racing to avoid a 50% U.S. tariff on its beef.",
        "tariff",
        &["USA"],
        &["BRA"],
        &[],
    ),
    (
        "Mexico escaped the new tariffs announced by the U.S. on Wednesday.",
        "tariff",
        &["USA"],
        &["MEX"],
        &[],
    ),
    // What a tariff answers is no party to it.
    (
        "Washington imposed an additional 25% tariff on India over Russian oil.",
        "tariff",
        &["USA"],
        &["IND"],
        &[],
    ),
    (
        "The U.S. imposed a 25% duty on Indian goods as a penalty for purchases of Russian crude.",
        "tariff",
        &["USA"],
        &["IND"],
        &[],
    ),
    // A list after a target shares its role.
    (
        "The U.S. set anti-dumping duties of 40% on solar panels from Cambodia, Malaysia and Thailand.",
        "tariff",
        &["USA"],
        &["KHM", "MYS", "THA"],
        &[],
    ),
    // ... with a determiner before a listed name ("the Netherlands").
    (
        "Washington will hit goods from Norway, the Netherlands and the United Kingdom with a 15% import tax from June.",
        "tariff",
        &["USA"],
        &["GBR", "NLD", "NOR"],
        &[],
    ),
    (
        "Ottawa said it would put a 20% surtax on steel from Vietnam, the Philippines and Indonesia.",
        "tariff",
        &["CAN"],
        &["IDN", "PHL", "VNM"],
        &[],
    ),
    // A country naming the tariff after "in" is a party, not a place.
    (
        "Switzerland wins a cut in the U.S. tariff to 15% from 39%.",
        "tariff",
        &["USA"],
        &["CHE"],
        &[],
    ),
    // A company that only owns the party is no party.
    (
        "The Canadian unit of General Motors Corp and its union remain far apart in contract talks.",
        "meeting",
        &[],
        &[],
        &["CAN"],
    ),
    (
        "Imperial Oil Ltd, 70 pct-owned by Exxon Corp, is negotiating with the Alberta government.",
        "meeting",
        &[],
        &[],
        &["CAN"],
    ),
    (
        "Ford Motor Co of Canada held talks with the union on Tuesday.",
        "meeting",
        &[],
        &[],
        &["CAN"],
    ),
    // A list ending in the subject shares its role.
    (
        "Saudi Arabia, the United Arab Emirates and China agreed to roll over $5 billion of loans to Pakistan.",
        "pledge",
        &["ARE", "CHN", "SAU"],
        &["PAK"],
        &[],
    ),
    (
        "Kuwait and Qatar will jointly pay off about $15 million that Lebanon owes the World Bank.",
        "pledge",
        &["KWT", "QAT"],
        &[],
        &[],
    ),
    // A speaker whose reported clause speaks of itself is the party.
    (
        "The U.S. said on Monday it has agreed to provide Samsung with up to $6.4 billion in grants.",
        "pledge",
        &["USA"],
        &["KOR"],
        &[],
    ),
    // Aid at home: the recipient word may stand at the clause's end.
    (
        "Ottawa has promised up to $1.2 billion in loans and support to help lumber producers.",
        "pledge",
        &["CAN"],
        &["CAN"],
        &[],
    ),
    // Whose people were detained in a raid; goods name no party.
    (
        "U.S. immigration agents raided a meat plant in Omaha and arrested 70 workers from Mexico, Guatemala and Honduras.",
        "raid",
        &["USA"],
        &["GTM", "HND", "MEX"],
        &[],
    ),
    // ... before the trigger too, through the list of their countries.
    (
        "Four men from Honduras, Mexico and El Salvador were detained when U.S. immigration agents raided a car wash in New Orleans.",
        "raid",
        &["USA"],
        &["HND", "MEX", "SLV"],
        &[],
    ),
    (
        "Italian police raided two Amazon warehouses in a probe into the smuggling of Chinese goods.",
        "raid",
        &["ITA"],
        &["USA"],
        &[],
    ),
    // Where the goods are made faces the tariff.
    (
        "The European Commission announced duties of up to 37.6% on electric vehicles made in China.",
        "tariff",
        &["EU"],
        &["CHN"],
        &[],
    ),
    // An order is a purchase: the maker of the planes or the company the
    // order is placed with sells.
    (
        "Air India has ordered 30 Airbus A320 planes in a $1.8bn deal.",
        "pledge",
        &["IND"],
        &["FRA"],
        &[],
    ),
    (
        "Qantas has placed a firm order with Boeing Co for four 747-400 aircraft at a cost of 1 billion dlrs.",
        "pledge",
        &["AUS"],
        &["USA"],
        &[],
    ),
    // An instrument code in angle brackets is no actor ("<BA>" is Boeing's
    // listing, not British Airways).
    (
        "CANADIAN AIRLINES TO PURCHASE SIX BOEING <BA> JETS FOR 1.6 BILLION DLRS",
        "pledge",
        &["CAN"],
        &["USA"],
        &[],
    ),
    // Who faces a tariff stands after the verb that tells them; who tells
    // imposes.
    (
        "Washington has notified South Korea that all Korean products will face a 25 percent tariff from Aug. 1.",
        "tariff",
        &["USA"],
        &["KOR"],
        &[],
    ),
    // With the recipient as subject, a region after "for" is the purpose.
    (
        "Samsung is to get up to $6.4 billion in federal grants for its Texas chip cluster.",
        "pledge",
        &[],
        &["KOR"],
        &[],
    ),
    // An imposing verb in any form; its subject imposes, the name it
    // governs faces the tariff; with no subject, a name modifying the
    // tariff is its imposer.
    (
        "Trump signs order cutting Japan car tariff to 15%",
        "tariff",
        &["USA"],
        &["JPN"],
        &[],
    ),
    (
        "The truce that cut U.S. tariffs on Chinese goods to 55% expires in November.",
        "tariff",
        &["USA"],
        &["CHN"],
        &[],
    ),
    (
        "Ottawa is lowering its surtax on Chinese electric vehicles to 50 per cent.",
        "tariff",
        &["CAN"],
        &["CHN"],
        &[],
    ),
    // A possessive between the imposer and its tariff keeps it the imposer.
    (
        "Currency futures surged on the heels of the Reagan administration's proposed tariffs on Japanese imports.",
        "tariff",
        &["USA"],
        &["JPN"],
        &[],
    ),
    // Who asks for a tariff cut is whose goods it is about, not the imposer.
    (
        "Taiwan's cabinet recommended tariff cuts on 66 products requested by Washington.",
        "tariff",
        &["TWN"],
        &["USA"],
        &[],
    ),
    (
        "Seoul will cut tariffs on farm goods at the request of Washington.",
        "tariff",
        &["KOR"],
        &["USA"],
        &[],
    ),
    // A country whose goods a cue names faces the tariff, even where word
    // order alone would have made it the imposer; the imposer is named
    // elsewhere in the sentence.
    (
        "Relations between Pretoria and Washington have soured this year: the U.S. has cut aid and imposed a 30% tariff on South African goods.",
        "tariff",
        &["USA"],
        &["ZAF"],
        &[],
    ),
    (
        "Sentiment improved after Chinese negotiators said they had a framework that would head off the 100 percent tariff President Donald Trump had threatened to slap on Chinese goods.",
        "tariff",
        &["USA"],
        &["CHN"],
        &[],
    ),
    (
        "Japan agreed to invest in the United States in return for a 15% tariff on most Japanese goods.",
        "tariff",
        &[],
        &["JPN"],
        &[],
    ),
    // Who is asked for money gives it; who asks receives: the object of
    // the request, before a noun trigger or after the request as trigger.
    (
        "Turkey asked Qatar for a 5 billion dlr currency swap.",
        "pledge",
        &["QAT"],
        &["TUR"],
        &[],
    ),
    (
        "Pakistan has asked Saudi Arabia for a 3 billion dlr loan to shore up its reserves.",
        "pledge",
        &["SAU"],
        &["PAK"],
        &[],
    ),
    (
        "Ghana appealed to China for debt relief on 2 billion dlrs of loans.",
        "pledge",
        &["CHN"],
        &["GHA"],
        &[],
    ),
    // The market where goods are sold imposes the tariff.
    (
        "Vietnamese exporters now face a 20% tariff in the U.S. market.",
        "tariff",
        &["USA"],
        &["VNM"],
        &[],
    ),
    (
        "Beijing's 100% duty prices Canadian canola out of the Chinese market.",
        "tariff",
        &["CHN"],
        &["CAN"],
        &[],
    ),
    // A demonym before a goods word and a firm word names the firm, a party
    // ("a Venezuelan oil firm"), not goods.
    (
        "FBI agents searched the Miami offices of a Venezuelan oil firm.",
        "raid",
        &["USA"],
        &["VEN"],
        &[],
    ),
    // Bodies named by their short forms where the story's country cues
    // them: the (European) Commission, Korea's trade commission, India's
    // "Centre"; without an EU cue "the Commission" names no one.
    (
        "The Commission will impose duties of 35% on Chinese electric vehicles, EU officials said.",
        "tariff",
        &["EU"],
        &["CHN"],
        &[],
    ),
    (
        "Seoul's KTC recommended duties of 21.6% on stainless steel plates from Chinese firms.",
        "tariff",
        &["KOR"],
        &["CHN"],
        &[],
    ),
    (
        "The Centre cut the basic customs duty on gold imports to 6 per cent, India's finance ministry said.",
        "tariff",
        &["IND"],
        &[],
        &[],
    ),
    (
        "The Commission imposed duties of 35% on Chinese steel, a spokesman for the U.S. Commerce Department said.",
        "tariff",
        &["USA"],
        &["CHN"],
        &[],
    ),
    // A country naming what the money funds receives; not one in a
    // relative clause, who invests.
    (
        "Japan will finance three U.S. projects worth a combined $36 billion.",
        "pledge",
        &["JPN"],
        &["USA"],
        &[],
    ),
    (
        "Kenya secured a $500 million loan for projects that Chinese firms will build.",
        "pledge",
        &[],
        &["KEN"],
        &[],
    ),
    // "help" names the beneficiary, like "provide Togo with aid".
    (
        "Britain will provide an extra £5 million in emergency funding to help Jamaica recover from the hurricane.",
        "pledge",
        &["GBR"],
        &["JAM"],
        &[],
    ),
    // Farm goods bought are the seller's; the other side of a bargain
    // ("in return for Beijing ...") is not the recipient.
    (
        "Bessent said Beijing had committed to purchase 12 million metric tons of U.S. soybeans by the end of the year.",
        "pledge",
        &["CHN"],
        &["USA"],
        &[],
    ),
    (
        "Trump said he had agreed with Xi to lower tariffs on Chinese goods in return for Beijing cracking down on fentanyl, resuming purchases of American soybeans and keeping rare earths flowing.",
        "pledge",
        &["CHN"],
        &["USA"],
        &[],
    ),
    // An export duty is levied by the country whose goods leave and borne
    // by its own exporters, not by where they are sold.
    (
        "Ottawa defended the 15 pct export tax on shipments of Canadian softwood lumber to the U.S.",
        "tariff",
        &["CAN"],
        &["CAN"],
        &[],
    ),
    // A congressional committee is its country's agency.
    (
        "The Senate Agriculture Committee approved a bill to provide 500 mln dlrs in disaster aid to farmers hit by floods.",
        "pledge",
        &["USA"],
        &["USA"],
        &[],
    ),
    // A group with fixed membership stands for its members.
    (
        "EFTA pledged to invest $100 billion in India over 15 years.",
        "pledge",
        &["CHE", "ISL", "LIE", "NOR"],
        &["IND"],
        &[],
    ),
    // A customs union (`trade_bloc` in the lexicon) stands for its members
    // on a tariff's sides, whichever side it is (session 32) ...
    (
        "Mercosur will cut duties on 90% of Canadian goods over ten years under the pact.",
        "tariff",
        &["ARG", "BRA", "PRY", "URY"],
        &["CAN"],
        &[],
    ),
    (
        "Canada will scrap tariffs on 95% of Mercosur products within eight years.",
        "tariff",
        &["CAN"],
        &["ARG", "BRA", "PRY", "URY"],
        &[],
    ),
    // ... but at a meeting it is one organisation and names no country.
    (
        "Trade ministers of Mercosur met Canadian negotiators in Montevideo on Tuesday.",
        "meeting",
        &[],
        &[],
        &["CAN"],
    ),
];

#[test]
fn roles_table() {
    let ex = Extractor::embedded().unwrap();
    let mut failures = Vec::new();
    for (text, t, source, target, participant) in CASES {
        let events = ex.extract("case", text);
        let Some(e) = events.iter().find(|e| e.event_type == *t) else {
            failures.push(format!("no {t} event in {text:?}"));
            continue;
        };
        let got = (
            role_countries(e, "source"),
            role_countries(e, "target"),
            role_countries(e, "participant"),
        );
        let want = (codes(source), codes(target), codes(participant));
        if got != want {
            failures.push(format!("{text:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A gathering named in the lexicon ("an EU summit"), or by a name that
/// meant one gathering in its period ("the Venice summit", "the economic
/// summit" in 1987 wire copy: the Group of Seven's; "the Paris meeting" of
/// February 1987: the six of the Louvre accord), is a meeting of that body's
/// members, and only in that period. (Article date, sentence, trigger,
/// participant countries exactly.)
const NAMED_GATHERINGS: &[(&str, &str, &str, &[&str])] = &[
    (
        "2025-03-01",
        "Leaders approved the defence plan at an EU summit in Brussels on Friday.",
        "summit",
        &["EU"],
    ),
    (
        "1987-05-20",
        "Bonn will resist calls for new stimulus at next month's economic summit in Venice, officials said.",
        "summit",
        &["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"],
    ),
    (
        "1987-05-20",
        "Analysts expect little from the Venice summit, a Treasury official said.",
        "summit",
        &["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"],
    ),
    (
        "1987-04-10",
        "The ministers reaffirmed the currency ranges agreed at the Louvre meeting in February.",
        "meeting",
        &["USA", "JPN", "DEU", "FRA", "GBR", "CAN"],
    ),
    (
        "1987-03-30",
        "Dealers said central banks had defended the floor for the dollar set at the Paris meeting.",
        "meeting",
        &["USA", "JPN", "DEU", "FRA", "GBR", "CAN"],
    ),
    // A gathering's name in title case; the Plaza meeting is the five's.
    (
        "1987-04-07",
        "Officials will try to build on proposals made at the 1986 Tokyo Summit, they said.",
        "Summit",
        &["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"],
    ),
    (
        "1987-03-25",
        "Dealers said the dollar had fallen steadily since the Plaza meeting of September 1985.",
        "meeting",
        &["USA", "JPN", "DEU", "FRA", "GBR"],
    ),
    // The gathering a meeting prepares for is another meeting, with its
    // own parties.
    (
        "1987-04-02",
        "Nakasone will meet President Reagan this month to prepare for the Venice summit.",
        "meet",
        &["JPN", "USA"],
    ),
    // Out of its period the name is no group's.
    (
        "2025-03-01",
        "Saudi officials said leaders will gather for an economic summit in Riyadh next month.",
        "summit",
        &["SAU"],
    ),
];

#[test]
fn named_gatherings_are_their_bodys_meetings_in_their_period() {
    let ex = Extractor::embedded().unwrap();
    let mut failures = Vec::new();
    for (date, text, trigger, participant) in NAMED_GATHERINGS {
        let events = ex.extract_dated("case", text, Some(date));
        let Some(e) = events
            .iter()
            .find(|e| e.event_type == "meeting" && e.trigger.text == *trigger)
        else {
            failures.push(format!("no meeting on {trigger:?} in {text:?}: {events:?}"));
            continue;
        };
        let got = role_countries(e, "participant");
        if got != codes(participant) {
            failures.push(format!("{text:?}: got {got:?}, want {participant:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The committed sum is the one written, not a conversion in brackets.
#[test]
fn amount_is_the_sum_not_its_conversion() {
    let ex = Extractor::embedded().unwrap();
    let text = "The European Union has said it will deliver 3m euros (£2.1m; $4.1m) of aid, according to the Wall Street Journal.";
    let events = ex.extract("case", text);
    let pledge = events
        .iter()
        .find(|e| e.event_type == "pledge")
        .expect("a pledge");
    let amount = pledge.amount.as_ref().expect("an amount");
    assert_eq!(
        (amount.value, amount.currency.as_str()),
        (3_000_000.0, "EUR")
    );
}

/// Tariffs of one sentence that state different rates are different events;
/// two words for one tariff at one rate are one.
#[test]
fn tariffs_of_one_sentence() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &[f64])] = &[
        (
            "Vietnam would pay a 20% tariff on all goods sent into the United States and a 40% tariff on any transshipping.",
            &[20.0, 40.0],
        ),
        (
            "Washington will apply a 15% tariff to most EU goods, half the 30% rate Trump had threatened.",
            &[15.0, 30.0],
        ),
        (
            "Japan faces a 25% tariff on cars, a duty that took effect in April.",
            &[25.0],
        ),
        // Two mentions of one value are two tariffs when each has its own rate.
        (
            "Washington has already put 25 percent duties on imported steel, and a 25 percent tariff on foreign cars is expected in April.",
            &[25.0, 25.0],
        ),
        // A rate right before or just after the trigger is its own, not the
        // "to" rate of a change elsewhere in the clause.
        (
            "Beijing answered with a matching 34 percent tariff on all American goods, then raised it to 84 percent on Wednesday.",
            &[34.0, 84.0],
        ),
        (
            "The United States will lower its tariff on Indian goods to 18 per cent from 25 per cent, ending a standoff that had left Indian exporters facing a combined 50 per cent duty.",
            &[18.0, 50.0],
        ),
    ];
    for (text, want) in cases {
        let rates: Vec<f64> = ex
            .extract("case", text)
            .iter()
            .filter(|e| e.event_type == "tariff")
            .map(|e| e.rate.as_ref().map_or(f64::NAN, |r| r.value))
            .collect();
        assert_eq!(&rates, want, "{text}");
    }
}

/// A list of rates in one frame is one tariff per rate, each with the
/// countries of its own part of the list; a change or a comparison after a
/// tariff is no further rate.
#[test]
fn rate_lists_are_one_tariff_per_rate() {
    let ex = Extractor::embedded().unwrap();
    type Row = (&'static str, &'static [(f64, &'static [&'static str])]);
    let cases: &[Row] = &[
        (
            "Beijing put 100% tariffs on Canadian rapeseed oil and meal and 25% on Canadian pork and seafood.",
            &[(100.0, &["CAN"]), (25.0, &["CAN"])],
        ),
        (
            "Washington set the tariff on British furniture at 10 per cent, and on furniture from the European Union and Japan at 15 per cent.",
            &[(10.0, &["GBR"]), (15.0, &["EU", "JPN"])],
        ),
        (
            "The European Union will impose duties of 17% on BYD, 18.8% on Geely and 35.3% on SAIC.",
            &[(17.0, &["CHN"]), (18.8, &["CHN"]), (35.3, &["CHN"])],
        ),
        (
            "The United States raised its tariff on Chinese steel to 25% from 10%.",
            &[(25.0, &["CHN"])],
        ),
        (
            "Canada imposed a 25% tariff on U.S. steel and exports rose 2% on the year.",
            &[(25.0, &["USA"])],
        ),
    ];
    for (text, want) in cases {
        let got: Vec<(f64, std::collections::BTreeSet<String>)> = ex
            .extract("case", text)
            .iter()
            .filter(|e| e.event_type == "tariff")
            .map(|e| {
                (
                    e.rate.as_ref().map_or(f64::NAN, |r| r.value),
                    role_countries(e, "target"),
                )
            })
            .collect();
        let want: Vec<(f64, std::collections::BTreeSet<String>)> =
            want.iter().map(|(r, t)| (*r, codes(t))).collect();
        assert_eq!(got, want, "{text}");
    }
}

/// A tariff's rate is the one it has after a change: the far end of a range
/// or of a "from X to Y" or "X → Y" step, zero when it is taken away or
/// stated as none; a share of trade ("97% of tariff lines") is no rate.
#[test]
fn rate_after_a_change_range_or_removal() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &[f64])] = &[
        (
            "Under the pact, whisky duties will fall from 150% to 75% on entry into force.",
            &[75.0],
        ),
        (
            "India said car tariffs of more than 100% will drop to 10% within a quota.",
            &[10.0],
        ),
        (
            "Beijing will impose anti-dumping duties of between 12.5% and 41.3% on brandy from France.",
            &[41.3],
        ),
        (
            "Seoul will levy duties ranging from 21.6 percent to 38.2 percent on the plates.",
            &[38.2],
        ),
        (
            "The truce cut U.S. tariffs on Chinese goods to 30% and China's levies on U.S. goods to 10%.",
            &[30.0, 10.0],
        ),
        (
            "The 20% duty on Canadian aluminium is to be removed, the White House said.",
            &[0.0],
        ),
        (
            "Malawi has lifted import duties on fertiliser and seed.",
            &[0.0],
        ),
        (
            "The agreement will phase out tariffs on 97% of tariff lines over ten years.",
            &[0.0],
        ),
        (
            "Farm goods from Chile would be sold into Korea at zero tariff, the minister said.",
            &[0.0],
        ),
        // Negated removal, a new rate after "to": the percent stays.
        (
            "Ottawa did not lift the 25% surtax on Chinese electric vehicles.",
            &[25.0],
        ),
        (
            "Trump lifted the tariff on Canadian goods to 35% from 25%.",
            &[35.0],
        ),
    ];
    for (text, want) in cases {
        let rates: Vec<f64> = ex
            .extract("case", text)
            .iter()
            .filter(|e| e.event_type == "tariff")
            .map(|e| e.rate.as_ref().map_or(f64::NAN, |r| r.value))
            .collect();
        assert_eq!(&rates, want, "{text}");
    }
}

/// A commitment verb coordinated with an earlier pledge's verb is a second
/// pledge with its own object; a list of nouns is one pledge.
#[test]
fn coordinated_commitments() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, usize)] = &[
        (
            "Tokyo also agreed to buy roughly $8 billion of U.S. farm products a year, take more American rice, and purchase 100 Boeing aircraft.",
            2,
        ),
        (
            "Japan will provide up to $550 billion in investment, loans and loan guarantees for projects in the United States.",
            1,
        ),
        // Easing the repayments of an existing loan is credit for the future.
        (
            "India extends a Rs 4,850-crore line of credit to the Maldives, cuts debt repayments as Modi visits Male",
            2,
        ),
    ];
    for (text, want) in cases {
        let n = ex
            .extract("case", text)
            .iter()
            .filter(|e| e.event_type == "pledge")
            .count();
        assert_eq!(n, *want, "{text}");
    }
}

/// Later mentions of a raid are raids only in an article that reported one.
#[test]
fn raid_back_references_need_a_raid() {
    let ex = Extractor::embedded().unwrap();
    let raids = |text: &str| {
        ex.extract("case", text)
            .iter()
            .filter(|e| e.event_type == "raid")
            .count()
    };
    assert_eq!(
        raids(
            "Federal immigration agents raided a meat plant in Omaha on Tuesday. Outside, a small crowd gathered to protest the raid. The searches went on all day."
        ),
        3
    );
    assert_eq!(
        raids(
            "The company expanded its operations in Omaha. A small crowd gathered to protest the searches of its website."
        ),
        0
    );
}

/// Parties an article leaves implicit: "the government" is the article's
/// clear country, talks between a union and employers are held in it, and a
/// raid nobody is said to conduct is its own police at work.
/// A tariff's imposer inherited from the article is never the country its
/// own sentence names as facing it: the story's other imposer is.
#[test]
fn inherited_imposer_is_not_the_side_facing_the_tariff() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "The United States raised its tariff on European steel to 50%. Brussels answered with 25% tariffs on American motorcycles. In return the commission has suspended retaliatory tariffs on American goods.",
            &["EU"],
            &["USA"],
        ),
        (
            "Canada put a 25% surtax on American steel on Monday. Washington then doubled its duties on Canadian aluminium. The government said on Friday it would suspend the tariffs on U.S. goods for a month.",
            &["CAN"],
            &["USA"],
        ),
    ];
    for (text, source, target) in cases {
        let events = ex.extract("case", text);
        let e = events
            .iter()
            .rfind(|e| e.event_type == newsevents::event::EventType::Tariff)
            .unwrap_or_else(|| panic!("no tariff in {text:?}"));
        assert_eq!(
            (role_countries(e, "source"), role_countries(e, "target")),
            (codes(source), codes(target)),
            "{text:?}"
        );
    }
}

#[test]
fn implicit_parties_are_the_articles_country() {
    let ex = Extractor::embedded().unwrap();
    // (article, event type, role, countries wanted)
    let cases: &[(&str, &str, &str, &[&str])] = &[
        (
            "South Korea unveiled support for exporters on Monday. Officials in Seoul said South Korea would act fast. The government will provide 13.6 trillion won in emergency loans to companies hurt by tariffs.",
            "pledge",
            "source",
            &["KOR"],
        ),
        (
            "India approved an export mission. Exporters in India welcomed it. The Centre will release 2,000 crore rupees in aid to exporters next month.",
            "pledge",
            "source",
            &["IND"],
        ),
        (
            "Dutch port workers struck again in the Netherlands. The Netherlands port authority said losses were mounting. Talks between the unions and employers resumed on Friday.",
            "meeting",
            "participant",
            &["NLD"],
        ),
        (
            "Britain's postal vote fraud trial opened in Birmingham. Britain tightened the rules last year. Police found the trio handling ballots in a warehouse during a late-night raid.",
            "raid",
            "source",
            &["GBR"],
        ),
        // A country named once, or only through a city, a union or a
        // national side, is still the only one the story names.
        (
            "AMSTERDAM, March 3 - Dock workers stopped work for a second day. Talks between the unions and employers broke up without agreement, a union spokesman said.",
            "meeting",
            "participant",
            &["NLD"],
        ),
        (
            "The England midfielder is said to have met the club's manager in a London hotel last month. The club has yet to comment on the meeting.",
            "meeting",
            "participant",
            &["GBR"],
        ),
        // Two countries named: no guess.
        (
            "The striker joined from an Italian side after a spell in Germany. The club's chairman held talks with his agent on Saturday.",
            "meeting",
            "participant",
            &[],
        ),
        // A pledge whose sentence and article name no recipient is for the
        // country the story is about ...
        (
            "Sri Lanka counted the cost of the tsunami. Sri Lanka's tourism has been hit hard. The island state is seeking a $320m emergency loan from the International Monetary Fund, officials said.",
            "pledge",
            "target",
            &["LKA"],
        ),
        // ... and not from it when the sentence names the lender.
        (
            "Sri Lanka counted the cost of the tsunami. Sri Lanka's tourism has been hit hard. The island state is seeking a $320m emergency loan from the International Monetary Fund, officials said.",
            "pledge",
            "source",
            &[],
        ),
        // Money at home: nobody else named, the country gives and receives.
        (
            "Canada's sugar beet growers face a price cut. Canada will phase out its support. Growers would be compensated with direct payments worth 50 mln dlrs.",
            "pledge",
            "source",
            &["CAN"],
        ),
        (
            "Canada's sugar beet growers face a price cut. Canada will phase out its support. Growers would be compensated with direct payments worth 50 mln dlrs.",
            "pledge",
            "target",
            &["CAN"],
        ),
        // A country named only through its cities is still the story's.
        (
            "Police and labour inspectors on Tuesday raided the Seoul headquarters of a bakery chain and its plant in Incheon after a worker died.",
            "raid",
            "source",
            &["KOR"],
        ),
        (
            "The city council in Incheon will set aside 20 billion won in loans for flooded shops, officials said.",
            "pledge",
            "target",
            &["KOR"],
        ),
        // The Mexican government is Mexico's, whatever the article is about.
        (
            "The United States and the United States alone will decide, U.S. officials said. The Mexican government pledged 500 mln dlrs in aid to farmers.",
            "pledge",
            "source",
            &["MEX"],
        ),
        // "The government" of a story filed from a country it names again
        // is that country's, however often the other side is named ...
        (
            "SEOUL, April 15 (Yonhap) -- The government said Tuesday it will provide 3 trillion won in emergency loans to exporters as Washington weighs U.S. tariffs on chips. U.S. President Donald Trump has said chip tariffs would be announced shortly, and U.S. Commerce Secretary Howard Lutnick is reviewing imports. Seoul has been seeking an exemption.",
            "pledge",
            "source",
            &["KOR"],
        ),
        // ... but not of a country the story names only in its dateline.
        (
            "LONDON, March 3 - Zambia's copper output fell sharply last year, Zambia's mines ministry said. The government will provide 20 mln dlrs in aid to miners, the ministry said.",
            "pledge",
            "source",
            &["ZMB"],
        ),
        // A tariff nobody is said to impose is the story's clear country's
        // own ...
        (
            "Australia's inflation rose again in the March quarter. Economists in Australia expect the dollar to weaken further. Import tariffs on cars and clothing should be cut faster, one economist said.",
            "tariff",
            "source",
            &["AUS"],
        ),
        // ... but not when that country faces it.
        (
            "Japan's chipmakers fear a slump. Japan's exporters are bracing for the worst. Tariffs of 25 pct on Japanese chips would start in April, officials said.",
            "tariff",
            "source",
            &[],
        ),
        // A dateline's town names its country too.
        (
            "ALOR SETAR, Aug 21 -- The Immigration Department detained 52 foreign workers in a raid on an electronics factory in Kulim yesterday.",
            "raid",
            "target",
            &["MYS"],
        ),
    ];
    let mut failures = Vec::new();
    for (text, t, role, want) in cases {
        let events = ex.extract_dated("case", text, Some("2025-06-02"));
        let got = events
            .iter()
            .find(|e| e.event_type == *t)
            .map(|e| role_countries(e, role));
        if got.as_ref() != Some(&codes(want)) {
            failures.push(format!("{text:?}: {role} {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// "The two sides" of a mutual tariff are the article's two leading
/// countries; "the two sides would meet" far from the tariff word is not.
#[test]
fn mutual_tariffs_by_reference() {
    let ex = Extractor::embedded().unwrap();
    let article = "The United States and China ended trade talks in Geneva. China and the United States issued a statement on tariffs. U.S. Treasury Secretary Scott Bessent said the two sides would each lower their levies by 115 percentage points.";
    let events = ex.extract_dated("case", article, Some("2025-05-12"));
    let t = events
        .iter()
        .find(|e| e.event_type == "tariff" && e.trigger.text == "levies")
        .expect("a tariff");
    assert_eq!(role_countries(t, "source"), codes(&["CHN", "USA"]));
    assert_eq!(role_countries(t, "target"), codes(&["CHN", "USA"]));
    // The EU, a union coded as a party of its own, is one of the two sides.
    let article = "The European Union and the United States struck a trade deal on Sunday. The EU will buy more U.S. energy, and the United States will lower its tariff on EU cars. Both sides will scrap tariffs on aircraft and parts.";
    let events = ex.extract_dated("case", article, Some("2025-07-28"));
    let t = events
        .iter()
        .find(|e| e.event_type == "tariff" && e.sentence.text.starts_with("Both sides"))
        .expect("a tariff");
    assert_eq!(role_countries(t, "source"), codes(&["EU", "USA"]));
    assert_eq!(role_countries(t, "target"), codes(&["EU", "USA"]));
    let article = "Japan faces U.S. tariffs on chips. Officials said Japan would ask for talks and that the two sides would probably meet next week, days before the deadline set by Washington for the tariffs to take effect.";
    let events = ex.extract_dated("case", article, Some("1987-04-01"));
    let last = events
        .iter()
        .rfind(|e| e.event_type == "tariff")
        .expect("a tariff");
    assert!(!role_countries(last, "target").contains("USA"), "{last:?}");
}

/// A bulleted rate line in a tariff story lists who faces the rate; the
/// imposer is the story's, unless the line has an imposing verb of its own.
#[test]
fn bulleted_rate_lines_name_targets() {
    let ex = Extractor::embedded().unwrap();
    let text = "Washington sets new tariff rates\n\nThe United States imposed tariffs of 10% to 40% on goods from 14 countries on Monday.\n\n\u{2022} Algeria, Libya and Iraq: 30%\n\n\u{2022} Tunisia faces 25%\n\n\u{2022} Canada scraps duties on 40% of American exports";
    let events = ex.extract("case", text);
    let line = |start: &str| {
        events
            .iter()
            .find(|e| e.event_type == "tariff" && e.sentence.text.contains(start))
            .unwrap_or_else(|| panic!("no tariff event on the line {start:?}"))
    };
    let cases: &[(&str, &[&str], &[&str])] = &[
        ("Algeria", &["USA"], &["DZA", "IRQ", "LBY"]),
        ("Tunisia", &["USA"], &["TUN"]),
        ("Canada scraps", &["CAN"], &["USA"]),
    ];
    for (start, source, target) in cases {
        let e = line(start);
        assert_eq!(
            (role_countries(e, "source"), role_countries(e, "target")),
            (codes(source), codes(target)),
            "{start}"
        );
    }
}

/// A meeting that names one country takes the other side the story leaves
/// implied: the country the article names most besides it, when named at
/// least four times; a country named in passing is no party.
#[test]
fn implied_other_side_of_talks() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &[&str])] = &[
        (
            "India's exports fell in July. India's commerce ministry said India would not cut its rice duties. Officials in New Delhi said India expects a trade deal by autumn. A US embassy spokesperson described Lynch's meeting with Agrawal as constructive.",
            &["IND", "USA"],
        ),
        (
            "Rice exports from India fell in July, traders said. Prices in India were steady. A US embassy spokesperson described Lynch's meeting with Agrawal as constructive.",
            &["USA"],
        ),
    ];
    assert_meeting_participants(&ex, "2025-09-17", cases);
}

/// The other side of talks that name one country is a country met in the
/// article's other meetings, not the recipient of its pledges ("Carney met
/// him face to face" after Carney met Trump, in a story on aid to Ukraine).
#[test]
fn other_side_of_talks_comes_from_meetings() {
    let ex = Extractor::embedded().unwrap();
    let text = "Prime Minister Mark Carney met U.S. President Donald Trump at the White House. Canada pledged 2 billion dlrs in aid to Ukraine. Canada will also provide 500 mln dlrs in loans to Ukraine, and a further 300 mln dlrs in grants to Ukraine. Carney met him face to face on Monday morning.";
    let events = ex.extract_dated("case", text, Some("2025-06-17"));
    let last = events
        .iter()
        .rfind(|e| e.event_type == "meeting")
        .expect("a meeting");
    assert_eq!(role_countries(last, "participant"), codes(&["CAN", "USA"]));
}

/// Talks between companies in a story that names no country take the home
/// market of the listed company it is about, from its instrument code: no
/// suffix is a U.S. listing, ".TO" Toronto.
#[test]
fn listed_company_gives_the_home_of_company_talks() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &[&str])] = &[
        (
            "ACME WIDGETS <AWD> IN MERGER TALKS\nAcme Widgets Inc said it has held preliminary talks with a privately held company about a possible merger.",
            &["USA"],
        ),
        (
            "NORTHERN MINES <NMX.TO> IN TALKS\nNorthern Mines Ltd said it is in talks with a group of creditors on its debt.",
            &["CAN"],
        ),
        // A country the story names wins over the code.
        (
            "ACME WIDGETS <AWD> IN TALKS\nAcme Widgets Inc said it held talks in Japan with a Japanese partner about a joint venture in Japan.",
            &["JPN"],
        ),
    ];
    assert_meeting_participants(&ex, "1987-04-24", cases);
}

/// An acronym shared by bodies of several periods goes to the one of the
/// article's day: "FCA" is the U.S. Farm Credit Administration in 1987 (the
/// British Financial Conduct Authority dates from 2013).
#[test]
fn dated_acronyms_in_roles() {
    let ex = Extractor::embedded().unwrap();
    let text = "Senator Boren urged the Farm Credit Administration (FCA) to make a formal request for aid to the farm credit system.\nThe FCA has asked Congress for a rescue package of 800 mln dlrs for farmers.";
    let events = ex.extract_dated("case", text, Some("1987-03-02"));
    let countries: std::collections::BTreeSet<String> = events
        .iter()
        .flat_map(|e| e.actors.iter())
        .filter_map(|a| a.country.clone())
        .collect();
    assert!(!events.is_empty(), "no event in {text:?}");
    assert!(!countries.contains("GBR"), "{countries:?}");
}

/// A tariff that names only who imposes it takes its target from the
/// nearest tariff of the story with the same imposer, not from the story's
/// most frequent target (here the imposer itself, in the other dispute).
#[test]
fn tariff_target_from_the_same_imposers_tariff() {
    let ex = Extractor::embedded().unwrap();
    let text = "China slaps duties of up to 62.4% on EU pork\n\nChina will impose anti-dumping duties of up to 62.4% on pork from the European Union from Sept. 10.\nImporters will have to post deposits with Chinese customs for EU pork.\nBeijing opened the probe after the European Commission announced duties of up to 37.6% on electric vehicles made in China.\nThe EU later confirmed definitive duties of up to 35.3% for five years.";
    let events = ex.extract_dated("case", text, Some("2025-09-05"));
    let later = events
        .iter()
        .find(|e| e.event_type == "tariff" && e.sentence.text.starts_with("The EU later"))
        .expect("the EU's later tariff");
    assert_eq!(
        (
            role_countries(later, "source"),
            role_countries(later, "target")
        ),
        (codes(&["EU"]), codes(&["CHN"]))
    );
}

/// A tariff sentence naming one side takes the other from the article's
/// clear holder of that role before a neighbouring tariff on the same
/// country: the neighbour is often another country's duty listed beside
/// it (Canada's surtax in a story on U.S. tariffs, the U.S. tariff in a
/// story on the EU's).
#[test]
fn clear_imposer_before_a_neighbours() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "Trump raises tariffs on Chinese goods to 125%\n\nPresident Trump raised U.S. tariffs on Chinese goods to 125% on Wednesday. The United States had already imposed a 20% tariff on Chinese imports in March. Canada imposed a 100% surtax on Chinese electric vehicles last year. The 125% rate on Chinese goods takes effect immediately.",
            "The 125% rate",
            &["USA"],
            &["CHN"],
        ),
        (
            "EU confirms duties on Chinese electric cars\n\nThe European Union imposed duties of up to 35.3% on Chinese electric vehicles on Tuesday. Brussels had set provisional EU duties on Chinese electric cars in July. The United States quadrupled its tariff on Chinese electric cars to 100% in May. The definitive duties on Chinese-made cars will last five years.",
            "The definitive duties",
            &["EU"],
            &["CHN"],
        ),
    ];
    assert_tariff_roles(&ex, "2025-04-10", cases);
}

/// Each case's first meeting, extracted as of `date`, has exactly the
/// participants listed.
/// Names in a time clause after a meeting ("ahead of the G-7 meeting",
/// "since the Group of Seven summit", "called off after Washington
/// doubled its tariff") are another event's, not this meeting's parties;
/// a second meeting named there is an event of its own, while "before
/// their summit" is the same one.
#[test]
fn another_events_time_clause_adds_no_party() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &[&str])] = &[
        (
            "U.S. Treasury Secretary Scott Bessent met Japanese Finance Minister Katsunobu Kato in Washington today ahead of the G-7 meeting.",
            &["JPN", "USA"],
        ),
        (
            "It is Modi's first trip to Japan since the Group of Seven summit in Hiroshima in May 2023.",
            &["IND", "JPN"],
        ),
        (
            "Indian and U.S. negotiators held a fifth round of talks in July, weeks before Washington doubled its tariff over purchases of Russian oil.",
            &["IND", "USA"],
        ),
        // ("amid", "despite", "comes as", "only if" open another state of
        // affairs, whose parties are not the meeting's.)
        (
            "Japanese Prime Minister Shigeru Ishiba held talks with Indian Prime Minister Narendra Modi in Tokyo on Friday amid tensions with China.",
            &["IND", "JPN"],
        ),
        (
            "EU leaders agreed to open formal talks with Turkey despite objections from Cyprus.",
            &["EU", "TUR"],
        ),
        // The gathering a meeting was held beside is another event: its
        // members and host are not the meeting's parties.
        (
            "Australian Prime Minister Anthony Albanese met Indonesian President Prabowo Subianto on the sidelines of the Group of Seven summit in Kananaskis, Canada.",
            &["AUS", "IDN"],
        ),
        (
            "Chinese President Xi Jinping met Thai Prime Minister Anutin Charnvirakul on the margins of the APEC gatherings in South Korea on Friday.",
            &["CHN", "THA"],
        ),
    ];
    assert_meeting_participants(&ex, "2025-09-17", cases);
    let meetings = |text: &str| {
        ex.extract("case", text)
            .iter()
            .filter(|e| e.event_type == "meeting")
            .count()
    };
    assert_eq!(
        meetings(
            "Bessent met Japan's finance minister in Washington today ahead of the G-7 meeting."
        ),
        2
    );
    assert_eq!(
        meetings(
            "Lee Jae Myung and Shigeru Ishiba shake hands before their summit in Tokyo on Saturday."
        ),
        1
    );
}

/// Each case's tariff in the sentence starting with the given words,
/// extracted as of `date`, has exactly the source and target countries
/// listed: (article, start of the tariff's sentence, source, target).
fn assert_tariff_roles(ex: &Extractor, date: &str, cases: &[(&str, &str, &[&str], &[&str])]) {
    let mut failures = Vec::new();
    for (text, sentence, source, target) in cases {
        let events = ex.extract_dated("case", text, Some(date));
        let got = events
            .iter()
            .find(|e| e.event_type == "tariff" && e.sentence.text.starts_with(sentence))
            .map(|e| (role_countries(e, "source"), role_countries(e, "target")));
        if got != Some((codes(source), codes(target))) {
            failures.push(format!("{text:?}: got {got:?}, want {source:?} {target:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn assert_meeting_participants(ex: &Extractor, date: &str, cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        let events = ex.extract_dated("case", text, Some(date));
        let meeting = events
            .iter()
            .find(|e| e.event_type == "meeting")
            .unwrap_or_else(|| panic!("no meeting in {text:?}"));
        assert_eq!(
            role_countries(meeting, "participant"),
            codes(want),
            "{text}"
        );
    }
}

/// A party that only speaks of a tariff ("Akazawa said the 50% duties
/// would remain") does not impose it: the article's imposer does; one whose
/// reported clause speaks of itself ("said it would impose") still does.
/// (article, start of the tariff's sentence, source, target)
#[test]
fn speakers_of_a_tariff_do_not_impose_it() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "The United States imposed 50% duties on Japanese steel in June. The United States kept the duties on Japanese steel in the trade deal. Japan's negotiator Ryosei Akazawa said the 50% duties on steel would remain in place.",
            "Japan's negotiator",
            &["USA"],
            &["JPN"],
        ),
        (
            "The United States imposed 50% duties on Japanese steel in June. The United States kept the duties on Japanese steel in the trade deal. Japan's negotiator Ryosei Akazawa said Tokyo would impose 20% duties on American beef.",
            "Japan's negotiator",
            &["JPN"],
            &["USA"],
        ),
        (
            "Canada's steel makers asked for help. Canada's trade minister said it would impose a 25% tariff on Chinese steel from next month.",
            "Canada's trade minister",
            &["CAN"],
            &["CHN"],
        ),
    ];
    assert_tariff_roles(&ex, "2025-07-24", cases);
}

/// A pronoun standing for the imposer, the subject of the imposing verb ("In
/// March he imposed", "she would slap") or a possessive on the tariff ("his
/// emergency tariffs"), is the person last named: the sentence's first
/// before it, else the nearest sentence before. A passive subject ("He was
/// hit with questions") imposes nothing.
/// (article, start of the tariff's sentence, source, target)
#[test]
fn pronoun_imposers_are_the_person_last_named() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "Prime Minister Mark Carney spoke to reporters in Ottawa on Friday. In March he imposed a 25% surtax on American steel.",
            "In March he imposed",
            &["CAN"],
            &["USA"],
        ),
        (
            "Mexican President Claudia Sheinbaum met business leaders on Monday. She said she would slap tariffs of up to 50% on Chinese cars.",
            "She said",
            &["MEX"],
            &["CHN"],
        ),
        (
            "Donald Trump spoke about trade at a rally in Ohio on Friday. Courts are weighing whether his emergency tariffs on Canadian goods are lawful.",
            "Courts are weighing",
            &["USA"],
            &["CAN"],
        ),
        (
            "Prime Minister Mark Carney spoke on Friday. He was hit with questions about the 25% tariff on American steel.",
            "He was hit",
            &[],
            &["USA"],
        ),
    ];
    assert_tariff_roles(&ex, "2025-07-24", cases);
}

/// Reported speech: the "I" or "we" of a quote is its speaker, named next to
/// a speech verb after it, a party to the meeting the quote reports.
#[test]
fn quoted_first_person_is_the_speaker() {
    let ex = Extractor::embedded().unwrap();
    assert_meeting_participants(
        &ex,
        "2025-06-01",
        &[
            (
                "\"I spoke with Prime Minister Modi this morning, and we agreed to keep talking,\" Trump said.",
                &["USA", "IND"],
            ),
            (
                "\"We held very good talks with the Japanese delegation,\" said President Lee Jae-myung.",
                &["KOR", "JPN"],
            ),
            (
                "\"I will meet with President Xi in two weeks,\" Trump wrote on Truth Social.",
                &["USA", "CHN"],
            ),
        ],
    );
}

/// A country inside a sum of money names its currency ("1.6 billion
/// Canadian dlrs", "three mln U.S. dlrs"), firms that lead the work
/// ("cooperation led by Korean firms") are not the money's home recipients,
/// and the maker named before goods is no subject of a later verb ("buy 40
/// Boeing aircraft ... and signed a deal" is the airline's deal).
/// (article, trigger, role, countries wanted)
#[test]
fn currencies_and_agents_are_not_parties() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &str, &[&str])] = &[
        (
            "Falconbridge said it may spend as much as three mln U.S. dlrs to reopen its Quebec mine.",
            "spend",
            "source",
            &[],
        ),
        (
            "Venalum is negotiating credits of 14.9 mln US dlrs from the Swiss Bank Corporation.",
            "credits",
            "source",
            &["CHE"],
        ),
        (
            "South Korea agreed to invest 350 billion dlrs in the United States. Under the deal, South Korea will provide 200 billion dlrs in cash, while 150 billion dlrs will go toward shipbuilding cooperation led by Korean firms.",
            "go toward",
            "target",
            &["USA"],
        ),
        (
            "LOT Polish Airlines agreed to buy 40 Boeing aircraft worth $9 billion and signed a $1.5 billion engine service deal with GE Aerospace.",
            "deal",
            "source",
            &["POL"],
        ),
        (
            "LOT Polish Airlines agreed to buy 40 Boeing aircraft worth $9 billion and signed a $1.5 billion engine service deal with GE Aerospace.",
            "deal",
            "target",
            &["USA"],
        ),
    ];
    let mut failures = Vec::new();
    for (text, trigger, role, want) in cases {
        let events = ex.extract_dated("case", text, Some("2025-10-20"));
        let got = events
            .iter()
            .find(|e| e.event_type == "pledge" && e.trigger.text == *trigger)
            .map(|e| role_countries(e, role));
        if got.as_ref() != Some(&codes(want)) {
            failures.push(format!("{text:?}: {role} {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A tariff sentence naming one side, placed before the trigger by word
/// order alone, names the side that faces the story's tariff when the
/// article's tariffs with a stated imposer have that country facing them
/// ("Toyota forecast a hit from the levies"); its own duties stay its own
/// ("will retaliate with its own tariffs", "China has since imposed").
/// A tariff whose story names no goods falls on the story's country.
/// (article, start of the tariff's sentence, source, target)
#[test]
fn one_sided_tariffs_follow_the_story() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "U.S. President Donald Trump signed an order cutting Japan car tariff to 15%. Toyota Motor forecast a 1.4 trillion yen hit to operating profit from the levies.",
            "Toyota",
            &["USA"],
            &["JPN"],
        ),
        (
            "Washington hits Brazil with a 50% tariff on Brazilian coffee. The order angered Brasilia. Brazil said it would not be blackmailed over the tariffs.",
            "Brazil said",
            &["USA"],
            &["BRA"],
        ),
        (
            "Trump hits Canada with 25% tariffs on Canadian steel. Canada will retaliate with its own tariffs, Ottawa said.",
            "Canada will",
            &["CAN"],
            &[],
        ),
        (
            "Brussels imposed duties on Chinese electric cars last year. China has since imposed anti-dumping duties of up to 34.9% on brandy.",
            "China has",
            &["CHN"],
            &[],
        ),
        (
            "Malaysia has agreed to buy more U.S. aircraft. Malaysia's trade minister welcomed the deal for Malaysia. The US tariff of 19 per cent takes effect on Aug 8.",
            "The US tariff",
            &["USA"],
            &["MYS"],
        ),
        // A bulleted rate line with a passive verb: its subject faces it.
        (
            "EU sets tariffs on Chinese electric cars\n\nBrussels confirmed countervailing duties on Chinese electric cars on Tuesday.\n\n• Geely is hit with 18.8%\n\nThe tariffs take effect on Wednesday.",
            "• Geely",
            &["EU"],
            &["CHN"],
        ),
        // A country's plain name on the tariff ("China tariffs") names its
        // imposer or its target: the story's stated tariffs decide. A
        // possessive or an abbreviation used as a demonym ("U.S.") does not.
        (
            "Trump says China tariffs cut to 47% after meeting with Xi\n\nThe U.S. imposed tariffs on Chinese goods in February. Trump raised his tariffs on Chinese imports in April.",
            "Trump says",
            &["USA"],
            &["CHN"],
        ),
        (
            "China retaliated against U.S. goods with 15% levies. Beijing said the U.S. tariffs of 20% were unfair.",
            "Beijing said",
            &["USA"],
            &[],
        ),
        // A verb of facing as the trigger: the names before it are its
        // subject, who faces the rate, not a name modifying a tariff noun.
        (
            "Trump unveiled sweeping tariffs on imports. China faces a 34% levy. Britain, Australia and Saudi Arabia drew only the 10 percent minimum.",
            "Britain, Australia",
            &["USA"],
            &["AUS", "GBR", "SAU"],
        ),
    ];
    assert_tariff_roles(&ex, "2025-08-01", cases);
}

/// A tariff whose two sides word order alone placed (a name before the
/// trigger with no imposing verb, a name after it with no preposition of
/// the goods) is read the other way round when the article's stated
/// tariffs have that imposer facing the other's duties, and none of its
/// own: the side that speaks of a duty, or absorbs it, is the one it hits.
/// A story where both impose keeps the sentence's order.
/// (article, start of the tariff's sentence, source, target)
#[test]
fn word_order_pairs_follow_the_story() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "The United States imposed a 25% tariff on steel from South Korea on Monday. Seoul said it had not been warned of the levy and that its trade minister would fly to Washington for talks.",
            "Seoul said",
            &["USA"],
            &["KOR"],
        ),
        (
            "The United States imposed a 25% tariff on Japanese cars in April. Japanese automakers have swallowed most of the levy so far to keep U.S. showroom prices flat.",
            "Japanese automakers",
            &["USA"],
            &["JPN"],
        ),
        (
            "Brussels put duties of up to 35% on Chinese electric cars last year. Beijing's trade ministry called the duties unfair and said it would keep talking to Brussels.",
            "Beijing's trade",
            &["EU"],
            &["CHN"],
        ),
        (
            "Canada imposed 25% duties on American steel on Monday. Ottawa said the surtax was meant to bring Washington back to the table. The United States imposed a 10% tariff on Canadian lumber in March.",
            "Ottawa said",
            &["CAN"],
            &["USA"],
        ),
    ];
    assert_tariff_roles(&ex, "2025-08-01", cases);
}

/// A meeting naming one member of the group whose meeting the story last
/// told, often as its venue ("the recent Paris meeting" after the G-7's),
/// is the group's; one held on the sidelines, or a place named in passing
/// in the earlier meeting, makes no such reference.
#[test]
fn group_meetings_referred_back() {
    let ex = Extractor::embedded().unwrap();
    let g7: &[&str] = &["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"];
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "The finance ministers of the Group of Seven met in Washington on Wednesday. They reaffirmed the approach agreed at the recent Paris meeting.",
            "They reaffirmed",
            g7,
        ),
        (
            "Leaders of the Group of Seven met in Kananaskis on Monday. Japan's prime minister held a one-on-one meeting on the sidelines.",
            "Japan's prime minister",
            &["JPN"],
        ),
    ];
    let mut failures = Vec::new();
    for (text, sentence, want) in cases {
        let events = ex.extract_dated("case", text, Some("2025-06-16"));
        let got = events
            .iter()
            .find(|e| e.event_type == "meeting" && e.sentence.text.starts_with(sentence))
            .map(|e| role_countries(e, "participant"));
        if got.as_ref() != Some(&codes(want)) {
            failures.push(format!("{text:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A meeting noun naming two or three of the group's countries in a story
/// on the group's meeting ("declined to comment on the meeting") is the
/// group's; not one naming its other side ("a meeting with"), one held
/// aside, nor one naming a group of its own ("the Louvre meeting": the six).
#[test]
fn group_meetings_named_by_some_members() {
    let ex = Extractor::embedded().unwrap();
    let g7: &[&str] = &["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"];
    let g6: &[&str] = &["CAN", "DEU", "FRA", "GBR", "JPN", "USA"];
    let opening =
        "Finance ministers of the Group of Seven met in Washington today to review the dollar. ";
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "West German Finance Minister Gerhard Stoltenberg and Japan's Kiichi Miyazawa declined to comment on the meeting as they left.",
            "West German",
            g7,
        ),
        (
            "Canadian Finance Minister Michael Wilson said on entering the meeting that the ministers would review the Paris agreement.",
            "Canadian Finance",
            g7,
        ),
        (
            "Earlier Treasury Secretary James Baker held a meeting with Japan's Kiichi Miyazawa on trade.",
            "Earlier Treasury",
            &["JPN", "USA"],
        ),
        (
            "Baker and Japan's Miyazawa also held a bilateral meeting on trade.",
            "Baker and",
            &["JPN", "USA"],
        ),
        (
            "They reaffirmed the policy intentions outlined at the Louvre meeting.",
            "They reaffirmed",
            g6,
        ),
    ];
    let mut failures = Vec::new();
    for (second, sentence, want) in cases {
        let text = format!("{opening}{second}");
        let events = ex.extract_dated("case", &text, Some("1987-04-08"));
        let got = events
            .iter()
            .find(|e| e.event_type == "meeting" && e.sentence.text.starts_with(sentence))
            .map(|e| role_countries(e, "participant"));
        if got.as_ref() != Some(&codes(want)) {
            failures.push(format!("{second:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A pair of people named by reference ("the two leaders", "between the
/// two men") stands for the parties of the meeting the story has told, so
/// a meeting word that needs two parties is a meeting of theirs; with no
/// meeting told before, the pair makes none.
/// (article, start of the sentence, participants wanted; none: no meeting)
#[test]
fn a_pair_named_by_reference_is_the_last_meetings() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, Option<&[&str]>)] = &[
        (
            "Trump met Putin at a military base in Alaska on Friday. The two leaders shook hands on a red carpet as bombers flew overhead.",
            "The two leaders",
            Some(&["RUS", "USA"]),
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman met President Trump at the White House on Tuesday. The figure was first floated in a phone call between the two men in January.",
            "The figure",
            Some(&["SAU", "USA"]),
        ),
        (
            "President Lee Jae Myung held summit talks with Japanese Prime Minister Sanae Takaichi in Nara on Tuesday. It is the third encounter between the two since October.",
            "It is the third",
            Some(&["JPN", "KOR"]),
        ),
        (
            "Real Madrid beat Barcelona 2-1 in the league on Sunday. The two men shook hands after the match.",
            "The two men",
            None,
        ),
    ];
    let mut failures = Vec::new();
    for (text, sentence, want) in cases {
        let events = ex.extract_dated("case", text, Some("2025-08-15"));
        let got = events
            .iter()
            .find(|e| e.event_type == "meeting" && e.sentence.text.starts_with(sentence))
            .map(|e| role_countries(e, "participant"));
        if got != want.map(codes) {
            failures.push(format!("{text:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Wire copy written all in lowercase names its countries all the same
/// ("mexican", "peruvian"), but not by words that are also common words
/// ("turkey"); a body whose lexicon entry carries cues ("Competition
/// Commission", Britain's) is that body only where a cue occurs.
/// (article, event type, role, countries wanted)
#[test]
fn lowercase_copy_and_cued_bodies() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &str, &[&str])] = &[
        (
            "mexico's trade minister held talks here yesterday with peruvian officials on turkey and poultry exports, a ministry spokesman said. the talks covered silver marketing and farm goods, officials said, and will resume next month.",
            "meeting",
            "participant",
            &["MEX", "PER"],
        ),
        (
            "JOHANNESBURG — Competition Commission investigators entered the premises of four scrap metal buyers in Gauteng on Friday in a search and seizure operation. South Africa's competition watchdog said the firms had fixed prices.",
            "raid",
            "source",
            &["ZAF"],
        ),
        (
            "Britain's Competition Commission raided the offices of two builders in London on Tuesday.",
            "raid",
            "source",
            &["GBR"],
        ),
    ];
    let mut failures = Vec::new();
    for (text, t, role, want) in cases {
        let events = ex.extract_dated("case", text, Some("2025-04-24"));
        let got = events
            .iter()
            .find(|e| e.event_type == *t)
            .map(|e| role_countries(e, role));
        if got.as_ref() != Some(&codes(want)) {
            failures.push(format!("{text:?}: {role} {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A retaliation and the tariff it answers in one clause are two events,
/// each with its own sides: "JAPAN WILL NOT RETALIATE NOW AGAINST U.S.
/// TARIFFS" is Japan's retaliation against the U.S. and the U.S. tariff.
#[test]
fn retaliation_and_the_tariff_it_answers() {
    let ex = Extractor::embedded().unwrap();
    for text in [
        "JAPAN WILL NOT RETALIATE NOW AGAINST U.S. TARIFFS",
        "Japan will not retaliate now against U.S. tariffs on its electronic goods, officials said.",
    ] {
        let sources: Vec<_> = ex
            .extract("case", text)
            .iter()
            .filter(|e| e.event_type == "tariff")
            .map(|e| role_countries(e, "source"))
            .collect();
        assert_eq!(sources, vec![codes(&["JPN"]), codes(&["USA"])], "{text}");
    }
}

/// The nationalities of people held in a raid ("40 Bangladeshi and
/// Indonesian workers", "a Vietnamese national") are its targets, never its
/// conductors, and no model for the article's other raids, whose target is
/// whose premises were searched (here the country's own: the raid at home).
#[test]
fn people_held_in_a_raid_are_no_model_for_other_raids() {
    let ex = Extractor::embedded().unwrap();
    // (article, trigger, source, target)
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "Malaysian immigration officers detained 40 Bangladeshi and Indonesian workers in a raid on a furniture factory in Johor on Monday.",
            "raid",
            &["MYS"],
            &["BGD", "IDN"],
        ),
        (
            "Malaysian immigration officers detained 40 Bangladeshi and Indonesian workers in a raid on a furniture factory in Johor on Monday. Officers also searched a hostel nearby, the state immigration director said.",
            "searched",
            &["MYS"],
            &["MYS"],
        ),
        (
            "Thai police raided a call centre in Bangkok on Tuesday. Those detained in the sweep included 25 Chinese nationals and 12 Cambodian workers. The raid followed a tip from a bank, police said.",
            "raid",
            &["THA"],
            &["THA"],
        ),
        // (A list of nationalities, a country's name among them, before
        // the word for people.)
        (
            "Thai police raided a call centre in Bangkok on Tuesday. Among the 310 people checked in the sweep were Vietnamese, Cambodian, Myanmar and Chinese nationals. The raid followed a tip from a bank, police said.",
            "raid",
            &["THA"],
            &["THA"],
        ),
    ];
    let mut failures = Vec::new();
    for (text, trigger, source, target) in cases {
        let events = ex.extract("case", text);
        let Some(e) = events
            .iter()
            .rfind(|e| e.event_type == "raid" && e.trigger.text == *trigger)
        else {
            failures.push(format!("no raid at {trigger:?} in {text:?}"));
            continue;
        };
        let got = (role_countries(e, "source"), role_countries(e, "target"));
        let want = (codes(source), codes(target));
        if got != want {
            failures.push(format!(
                "{text:?} at {trigger:?}: got {got:?}, want {want:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A group's lowercase name opening a sentence ("Six major industrial
/// countries agreed at a meeting") still names its members.
#[test]
fn group_named_at_a_sentence_start() {
    let ex = Extractor::embedded().unwrap();
    let g7: &[&str] = &["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"];
    let cases: &[(&str, &[&str])] = &[
        (
            "Six major industrial countries agreed at a meeting in Paris in February to foster currency stability.",
            &["CAN", "DEU", "FRA", "GBR", "JPN", "USA"],
        ),
        // Wire copy names the Seven without their number.
        (
            "Finance ministers of leading industrial nations will meet in Washington next week to review currency markets.",
            g7,
        ),
        (
            "Ottawa will host a summit of the Western industrial democracies in July.",
            g7,
        ),
    ];
    assert_meeting_participants(&ex, "1987-04-08", cases);
}

/// A relative clause on a name, set off by commas, holds its meeting's
/// parties when it names both sides; the main clause resumed after it does
/// not ("Sánchez, who visited Beijing in April, has urged the EU ...").
/// Naming one side only, the main clause may hold the other.
#[test]
fn relative_clause_on_a_name_ends_at_its_comma() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &[&str])] = &[
        (
            "Spanish Prime Minister Pedro Sánchez, who visited Beijing in April, has urged the EU to drop its duties on Chinese cars.",
            &["CHN", "ESP"],
        ),
        (
            "Swiss Economy Minister Guy Parmelin, who held talks in Washington with U.S. Trade Representative Jamieson Greer on Thursday, told reporters the deal put Switzerland level with the European Union.",
            &["CHE", "USA"],
        ),
        (
            "President Volodymyr Zelenskiy, who was holding talks with Turkish President Tayyip Erdogan in Ankara, said Kyiv would not accept any deal made without it.",
            &["TUR", "UKR"],
        ),
    ];
    assert_meeting_participants(&ex, "2025-10-20", cases);
}

/// Parties known by a name the lexicon dates or holds as a person: in 1987
/// Aramco was the U.S. partners' company, later Saudi Arabia's own.
#[test]
fn dated_company_and_owner_names() {
    let ex = Extractor::embedded().unwrap();
    assert_meeting_participants(
        &ex,
        "1987-06-01",
        &[(
            "Saudi Arabia's renegotiation of its supply agreement with Aramco is moving along, industry sources said.",
            &["SAU", "USA"],
        )],
    );
    assert_meeting_participants(
        &ex,
        "2005-05-10",
        &[(
            "The Irish pair have cut off talks with Glazer over the proposed sale of their shares.",
            &["IRL", "USA"],
        )],
    );
}

// Session 13 (issue #16, source and target roles).

/// A tariff whose sentence and article name no target falls on the country
/// the story is filed from when the story's most-named country is the
/// imposer: the dateline's country ("SEOUL, May 2 (Yonhap) --"); a dateline
/// of the imposer, or of two countries, names none.
#[test]
fn dateline_country_faces_the_story_tariff() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "Chipmakers brace for duties\n\nSEOUL, May 2 (Yonhap) -- Chipmakers braced on Friday for U.S. tariffs, as Washington finished a review of imports. U.S. officials said a decision would come within weeks.\n\nThe 25 percent rate would take effect in June, officials said.",
            "The 25 percent rate",
            &["USA"],
            &["KOR"],
        ),
        (
            "Palm oil exporters count the cost\n\nKUALA LUMPUR: Exporters said on Monday that the U.S. tariff of 19 per cent announced by Washington would cut shipments. The U.S. is the third-largest buyer.\n\nThe 19 per cent rate takes effect on Aug 8.",
            "The 19 per cent rate",
            &["USA"],
            &["MYS"],
        ),
        (
            "Steel users brace for duties\n\nWASHINGTON, May 2 - Steel users braced on Friday for U.S. tariffs, as Washington finished a review of imports. U.S. officials said a decision would come within weeks.\n\nThe 25 percent rate would take effect in June, officials said.",
            "The 25 percent rate",
            &["USA"],
            &[],
        ),
    ];
    assert_tariff_roles(&ex, "2025-08-01", cases);
}

// Meeting participants (session 13, issue #16): one test per class of error.

/// A country named only as a currency's prefix ("US$10 billion", "C$70
/// billion") or inside a sum ("54.9 mln US dlrs") is no party to a meeting.
#[test]
fn currency_prefixes_are_no_meeting_parties() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &[&str])] = &[
        (
            "Saudi Arabia agreed to invest US$20 billion in Indonesia after President Prabowo Subianto held talks with Crown Prince Mohammed bin Salman in Jeddah.",
            &["IDN", "SAU"],
        ),
        (
            "Canadian Prime Minister Mark Carney met Emirati President Sheikh Mohamed bin Zayed in Abu Dhabi, where the Gulf state promised to invest C$70 billion, or about US$50 billion, in Canada.",
            &["ARE", "CAN"],
        ),
    ];
    assert_meeting_participants(&ex, "2025-11-21", cases);
}

/// Each case's meeting in the sentence starting with the given words,
/// extracted as of `date`, has exactly the participants listed.
fn assert_meeting_in(ex: &Extractor, date: &str, cases: &[(&str, &str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, sentence, want) in cases {
        let events = ex.extract_dated("case", text, Some(date));
        let got = events
            .iter()
            .find(|e| e.event_type == "meeting" && e.sentence.text.starts_with(sentence))
            .map(|e| role_countries(e, "participant"));
        if got.as_ref() != Some(&codes(want)) {
            failures.push(format!("{text:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A tariff truce or tariff war is mutual: both countries the clause names
/// impose and face the tariffs it suspends or wages.
#[test]
fn truces_and_tariff_wars_are_mutual() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "U.S. and Chinese officials met in London on Monday to put their fragile tariff truce back on track.",
            "U.S. and Chinese",
            &["CHN", "USA"],
            &["CHN", "USA"],
        ),
        (
            "Trump met Xi in Busan on Thursday, where the two leaders agreed to pause a tariff war that had rattled markets.",
            "Trump met",
            &["CHN", "USA"],
            &["CHN", "USA"],
        ),
    ];
    assert_tariff_roles(&ex, "2025-10-30", cases);
}

/// A two-way deal's tariff cut is mutual: both sides cut and both face the
/// lower tariffs (the sides named in the clause, or, for a deal word, the
/// article's two leading countries); a cut the clause gives a direction
/// (one country cutting, tariffs "on" a country's goods, a country's own
/// tariffs) stays one side's.
/// (article, start of the tariff's sentence, source, target)
#[test]
fn two_way_deals_cut_tariffs_on_both_sides() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "Vietnam and South Korea agree to slash tariffs on farm goods from July.",
            "Vietnam and South Korea",
            &["KOR", "VNM"],
            &["KOR", "VNM"],
        ),
        (
            "Chile and India signed a free trade agreement on Monday that will phase out tariffs on most goods over ten years.",
            "Chile and India",
            &["CHL", "IND"],
            &["CHL", "IND"],
        ),
        (
            "Mexico signed a trade deal with Brazil. Mexico and Brazil have long traded cars. The pact will eliminate tariffs on most farm goods within five years.",
            "The pact will",
            &["BRA", "MEX"],
            &["BRA", "MEX"],
        ),
        (
            "Under the deal, Washington will cut tariffs on Japanese cars to 15%.",
            "Under the deal",
            &["USA"],
            &["JPN"],
        ),
        (
            "The deal cuts U.S. tariffs on Swiss goods to 15% from 39%.",
            "The deal cuts",
            &["USA"],
            &["CHE"],
        ),
        (
            "India agreed to cut tariffs on motorcycles. The move was welcomed by exporters.",
            "India agreed",
            &["IND"],
            &[],
        ),
    ];
    assert_tariff_roles(&ex, "2025-05-12", cases);
}

/// A gathering whose one country is a bloc is its members' own summit, and
/// one held in its one country's city is the host's: neither takes the
/// country the story names most besides as a party.
#[test]
fn one_sided_gatherings_take_no_other_side() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "EU leaders agreed to lend Ukraine 90 billion euros over the next two years. Ukraine's President Volodymyr Zelensky thanked the EU for the money. Ukraine will receive the first tranche in the spring, and Ukraine will repay the loan only if Russia pays reparations to Ukraine. “We delivered,” European Council President António Costa wrote after the summit, which ran late into Thursday night.",
            "“We delivered,”",
            &["EU"],
        ),
        (
            "The United Arab Emirates will invest up to 50 billion euros in an AI data centre in France. Emirati President Sheikh Mohamed bin Zayed met French President Emmanuel Macron at the Elysee on Thursday. The United Arab Emirates and France signed a framework agreement, and the United Arab Emirates will also fund a campus. The deal comes days before an AI summit in Paris, where Macron is expected to announce private investment pledges for French AI.",
            "The deal comes",
            &["FRA"],
        ),
    ];
    assert_meeting_in(&ex, "2025-10-24", cases);
}

/// A meeting whose one party is a bloc named only as itself (the body or
/// its agency) is its members' own business, or talks with a party the
/// codes leave out: it takes no country the story names besides. A bare
/// back-reference ("the negotiations") in a story on the bloc's talks with
/// a country, and a meeting of the bloc's leaders named as people, still
/// may.
#[test]
fn a_bloc_named_alone_meets_no_story_country() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "Brazil asked the European Community to lift its levies on Brazilian soymeal. Brazil's trade minister met EC officials in Brussels on Monday. Brazil has threatened retaliation. Diplomats said the EC faces a budget crisis if the farm price talks collapse next week.",
            "Diplomats said",
            &["EU"],
        ),
        (
            "Argentina wants the European Community to open its market to Argentine beef. Argentine ministers met EC officials on Tuesday. Argentina will press its case in Geneva. An EC negotiator taking part in the two-day talks said progress was slow.",
            "An EC negotiator",
            &["EU"],
        ),
        (
            "Japan and the European Union will deepen their trade ties. Japanese officials met EU trade chief Maros Sefcovic in Tokyo. Japan wants the EU to cut duties on Japanese cars. The European Commission said the negotiations would resume in July.",
            "The European Commission said",
            &["EU", "JPN"],
        ),
        (
            "Japan and the European Union will deepen their trade ties. Japanese officials met EU trade chief Maros Sefcovic in Tokyo. Japan wants the EU to cut duties on Japanese cars.",
            "Japanese officials met",
            &["EU", "JPN"],
        ),
    ];
    assert_meeting_in(&ex, "2025-06-02", cases);
}

// --- Issue #16: helpers, names inside names, goods from a country ---

/// A body that backs, supports or assists a raid is not its source
/// (ANNOTATION.md: the source conducts the raid); a country inside an
/// agreement's name is no party; goods from a country, and the countries
/// listed with it, face the tariff. Each case: the event (type, sentence
/// start, trigger), its source and target countries (an empty list is not
/// checked), and countries that must hold no role in it.
#[test]
fn helpers_and_names_inside_names_are_no_parties() {
    let ex = Extractor::embedded().unwrap();
    type Case<'a> = (
        &'a str,
        &'a str,
        &'a str,
        &'a str,
        &'a [&'a str],
        &'a [&'a str],
        &'a [&'a str],
    );
    let cases: &[Case] = &[
        (
            "Spanish police raided 14 properties in Malaga on Wednesday in an operation backed by Europol, arresting nine suspects.",
            "raid",
            "Spanish police raided",
            "raided",
            &["ESP"],
            &[],
            &["EU"],
        ),
        (
            "Dutch investigators searched a warehouse in Rotterdam on Monday. Officers from Europol supported the search, the prosecutor said.",
            "raid",
            "Officers from Europol",
            "search",
            &[],
            &[],
            &["EU"],
        ),
        (
            "The United States imposed a 25% tariff on heavy trucks, but trucks that meet the rules of the United States-Mexico-Canada Agreement will pay the duty only on their non-U.S. parts.",
            "tariff",
            "The United States imposed",
            "imposed",
            &["USA"],
            &[],
            &["CAN", "MEX"],
        ),
        (
            "Washington said the 25% tariff would not apply to goods from Canada and Mexico that qualify under the Canada-U.S.-Mexico Agreement.",
            "tariff",
            "Washington said",
            "tariff",
            &[],
            &["CAN", "MEX"],
            &[],
        ),
    ];
    let mut failures = Vec::new();
    for (text, kind, sentence, trigger, source, target, absent) in cases {
        let events = ex.extract_dated("case", text, Some("2025-10-24"));
        let Some(e) = events.iter().find(|e| {
            e.event_type == *kind
                && e.sentence.text.starts_with(sentence)
                && e.trigger.text == *trigger
        }) else {
            failures.push(format!("{text:?}: no {kind} event at {trigger:?}"));
            continue;
        };
        let (s, t) = (role_countries(e, "source"), role_countries(e, "target"));
        let ok = (source.is_empty() || s == codes(source))
            && (target.is_empty() || t == codes(target))
            && absent.iter().all(|c| !s.contains(*c) && !t.contains(*c));
        if !ok {
            failures.push(format!(
                "{text:?}: got {s:?} {t:?}, want {source:?} {target:?}, none of {absent:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A meeting whose one country, named before the trigger, meets that
/// country's own counterparts (banks, exporters, senators:
/// `meeting_home_parties`) is complete with it: it takes no second country
/// from the article. One whose country is named only after the trigger may
/// be the counterpart's, and still takes the story's other side.
#[test]
fn home_counterparts_bring_no_second_country() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "Manila is seeking to reschedule its foreign debt. U.S. banks hold most of it, and U.S. officials have urged a deal. The U.S. Treasury said it backed the plan, and U.S. regulators agreed. Philippine negotiators and a bank advisory committee have been meeting in New York since March.",
            "Philippine negotiators",
            &["PHL"],
        ),
        (
            "New Delhi is weighing its response to the 50 pct U.S. tariffs. The U.S. duties hit textiles hardest, and U.S. buyers have cancelled orders. Exporters fear the U.S. market is lost. Prime Minister Narendra Modi met heads of several export promotion councils on Tuesday to hear their concerns.",
            "Prime Minister Narendra Modi met",
            &["IND"],
        ),
    ];
    assert_meeting_in(&ex, "2025-09-02", cases);
}

/// Office holders of the dev articles' periods the lexicon knows by surname
/// ("Baker" in 1987 wire copy is the U.S. Treasury Secretary).
#[test]
fn surnames_of_office_holders_give_their_countries() {
    let ex = Extractor::embedded().unwrap();
    let wire: &[(&str, &str, &[&str])] = &[
        (
            "Treasury Secretary James Baker said the dollar had fallen far enough. Baker was scheduled to visit Belgium this week.",
            "Baker was scheduled",
            &["BEL", "USA"],
        ),
        (
            "Azpurua held talks with West German officials in Caracas on Monday about new credits.",
            "Azpurua held talks",
            &["DEU", "VEN"],
        ),
    ];
    assert_meeting_in(&ex, "1987-04-20", wire);
    let modern: &[(&str, &str, &[&str])] = &[(
        "Prime Minister Narendra Modi met Anwar in Rio de Janeiro on Sunday to discuss trade.",
        "Prime Minister Narendra Modi met",
        &["IND", "MYS"],
    )];
    assert_meeting_in(&ex, "2025-07-06", modern);
}

/// A country meeting its own banks, creditors or provincial premiers is
/// the meeting's one side, named after the trigger as before it ("talks
/// between the Venezuelan government and its bank advisory committee",
/// "banks will meet with ... Volcker"): no other country of the story
/// joins it, not even through "the two sides". Banks of a country named
/// only as their modifier ("talks with Japanese banks") are still the
/// counterparts of the story's other side.
#[test]
fn a_countrys_own_counterparts_bring_no_other_country() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "Mexican Finance Minister Gustavo Petricioli met U.S. Treasury Secretary James Baker in Washington on Monday. Mexico's talks with the United States on trade will resume next week. Debt talks between the Venezuelan government and its bank advisory committee were delicately poised after a brief meeting between the two sides on Tuesday.",
            "Debt talks between",
            &["VEN"],
        ),
        (
            "Brazilian Finance Minister Dilson Funaro held talks with Japanese Finance Minister Kiichi Miyazawa in Tokyo on Friday. Funaro met Japanese bankers on Saturday. Several small regional banks will meet with Federal Reserve Chairman Paul Volcker here tomorrow.",
            "Several small regional banks",
            &["USA"],
        ),
        (
            "Canadian Prime Minister Brian Mulroney met President Reagan in Ottawa on Monday. Canada's trade talks with the United States resume next week. Speaking after five hours of meetings with the 10 provincial premiers, Mulroney said more discussions would be held in June.",
            "Speaking after five hours",
            &["CAN"],
        ),
        (
            "Brazilian Finance Minister Dilson Funaro met U.S. Treasury Secretary James Baker in Washington on Monday. Funaro met Japanese Finance Minister Kiichi Miyazawa in Tokyo on Friday. Talks with Japanese banks will follow next week.",
            "Talks with Japanese banks",
            &["BRA", "JPN"],
        ),
        // A meeting naming no country with such counterparts is the
        // story's country's alone, not the last meeting's two sides.
        (
            "Argentine Economy Minister Juan Sourrouille held talks with West German Chancellor Helmut Kohl in Bonn on Monday. Argentina wants new loans, and Argentina's central bank said the economy was recovering. The minister then begins talks with 11 creditor banks on Wednesday.",
            "The minister then begins",
            &["ARG"],
        ),
        (
            "Prime Minister Brian Mulroney met President Ronald Reagan in Quebec City last month. Canada's provinces must approve any trade deal, and Canada's ten premiers want a say in it. After five hours of meetings with the ten premiers, the prime minister said the provinces would be consulted again.",
            "After five hours",
            &["CAN"],
        ),
        (
            "Brazil's finance minister met U.S. Treasury Secretary James Baker in Washington on Monday. Brazil suspended interest payments in February, and Brazil wants new money. Financing talks with the banks are likely to be tough, bankers said.",
            "Financing talks",
            &["BRA"],
        ),
        // With its own counterparts as the other side, the places and
        // countries named after them are the meeting's subject; a person,
        // a firm or a country joined by "and" is still a party.
        (
            "Slow progress in talks between Brazil and its foreign creditors has raised the likelihood that U.S. banks will write down their loans, bankers said.",
            "Slow progress",
            &["BRA"],
        ),
        (
            "In a meeting with exporters this week, Agriculture Secretary Richard Lyng declined to comment on their request for subsidized wheat sales to Moscow.",
            "In a meeting",
            &["USA"],
        ),
        (
            "Venezuelan Finance Minister Hector Hurtado will meet his bank advisory committee, led by Morgan Guaranty, in New York next week.",
            "Venezuelan Finance Minister",
            &["USA", "VEN"],
        ),
        (
            "Argentine officials began talks with the creditor banks and Japan on Monday.",
            "Argentine officials",
            &["ARG", "JPN"],
        ),
    ];
    assert_meeting_in(&ex, "1987-04-02", cases);
}

/// A name right after an "as" that opens the meeting's background ("as
/// Taiwan tensions deepened", "as US tariffs upend trade flows") is no
/// party; "such as" and "as well as" still list parties.
#[test]
fn background_after_as_adds_no_party() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &[&str])] = &[
        (
            "Japanese and Chinese diplomats met in Beijing on Tuesday as Taiwan tensions deepened.",
            &["CHN", "JPN"],
        ),
        (
            "Leaders of Malaysia and China met in Kuala Lumpur on Tuesday as US tariffs upend trade flows.",
            &["CHN", "MYS"],
        ),
        (
            "South Korean President Lee Jae Myung held talks with leaders of Asian economies such as Japan and Vietnam.",
            &["JPN", "KOR", "VNM"],
        ),
        (
            "South Korean President Lee Jae Myung held talks with Japan as well as Vietnam on Tuesday.",
            &["JPN", "KOR", "VNM"],
        ),
    ];
    assert_meeting_participants(&ex, "2025-11-20", cases);
}

/// A capital right after "talks in" or "met in", where a meeting of one
/// named country is held, is its host's, the other side ("who will hold
/// talks in Beijing", "his talks in Washington"); not a city that is no
/// capital ("talks in Geneva"), the visitor's own capital, nor a body's
/// gathering ("the OPEC ministerial meeting in Vienna").
#[test]
fn capital_a_one_country_meeting_is_held_in_is_the_other_side() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &[&str])] = &[
        (
            "UK Foreign Secretary Jack Straw, who will hold talks in Beijing on Thursday, said an EU arms code was more effective than the ban.",
            &["CHN", "GBR"],
        ),
        (
            "Brazilian Finance Minister Dilson Funaro said his talks in Washington last week were aimed at gaining official support.",
            &["BRA", "USA"],
        ),
        (
            "Indian External Affairs Minister Subrahmanyam Jaishankar met in Beijing with officials in July.",
            &["CHN", "IND"],
        ),
        (
            "Japanese Finance Minister Kiichi Miyazawa held talks in Tokyo with bankers on Monday.",
            &["JPN"],
        ),
        (
            "Brazilian officials held talks in Geneva with GATT officials on Monday.",
            &["BRA"],
        ),
        (
            "Saudi Oil Minister Hisham Nazer had just attended the OPEC ministerial meeting in Vienna.",
            &["SAU"],
        ),
    ];
    assert_meeting_participants(&ex, "1987-04-10", cases);
}

/// The event of `kind` whose trigger is `trigger` in the sentence starting
/// with `sentence`, as (source, target) countries; none when absent.
fn sides_of(
    ex: &Extractor,
    text: &str,
    kind: &str,
    sentence: &str,
    trigger: &str,
) -> Option<(
    std::collections::BTreeSet<String>,
    std::collections::BTreeSet<String>,
)> {
    ex.extract_dated("case", text, Some("2025-08-20"))
        .iter()
        .find(|e| {
            e.event_type == kind
                && e.sentence.text.starts_with(sentence)
                && e.trigger.text == trigger
        })
        .map(|e| (role_countries(e, "source"), role_countries(e, "target")))
}

/// (article, event type, start of the event's sentence, trigger, source, target)
type SideCase = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

fn assert_sides(cases: &[SideCase]) {
    let ex = Extractor::embedded().unwrap();
    let mut failures = Vec::new();
    for (text, kind, sentence, trigger, source, target) in cases {
        let got = sides_of(&ex, text, kind, sentence, trigger);
        if got != Some((codes(source), codes(target))) {
            failures.push(format!(
                "{sentence:?} ({trigger}): got {got:?}, want {source:?} {target:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A role a pledge's sentence leaves open is not filled with the country
/// that gives in it when the article's sentences name that country as the
/// giver: the nearest pledge whose sentence names a recipient of its own
/// gives it ("Japanese exporters will receive" is no model for Tokyo's
/// next loan). And a country a pledge's sentence names as the giver by
/// word order alone, with no recipient, is the recipient when the
/// article's sentences name it so and another country gives.
#[test]
fn pledge_roles_follow_the_articles_sides() {
    assert_sides(&[
        (
            "NAIROBI, Aug 20 - Japan pledged $5 billion in loans to Kenya on Wednesday. Japanese exporters will receive $1 billion in insurance cover, the trade ministry said. Tokyo will extend a further $2 billion in credit lines next year.",
            "pledge",
            "Tokyo will extend",
            "extend",
            &["JPN"],
            &["KEN"],
        ),
        (
            "ISLAMABAD, Dec 2 - Pakistan will receive $2 billion in new loans from Saudi Arabia, the finance ministry said. Saudi Arabia also pledged $1 billion in oil credit to Pakistan last year. The IMF board can approve the programme only after Pakistan signed financing agreements worth $3 billion.",
            "pledge",
            "The IMF board",
            "signed",
            &["SAU"],
            &["PAK"],
        ),
        // Money at home, no other giver named: the country stays on both
        // sides.
        (
            "Apple lifts U.S. investment pledge to $600 billion. Apple will spend an additional $100 billion in the United States over four years, the company said. The money will go to plants in Kentucky and Texas.",
            "pledge",
            "The money will go",
            "money",
            &["USA"],
            &["USA"],
        ),
    ]);
}

/// Where a party travelled from is no party, the travel verb a few words
/// before "from" ("arrived in Muscat on Wednesday evening from Ethiopia"),
/// not past a comma ("arrived on Monday, with officials from Japan").
#[test]
fn a_trips_origin_is_no_party() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, bool)] = &[
        (
            "Mr Modi arrived in Muscat on Wednesday evening from Ethiopia, the second stop of his tour, and met Oman's Sultan Haitham bin Tarik.",
            "ETH",
            false,
        ),
        (
            "The French minister flew back to Paris late on Friday from talks in Tokyo with Japanese officials.",
            "FRA",
            true,
        ),
    ];
    for (text, country, wanted) in cases {
        let events = ex.extract_dated("case", text, Some("2025-12-17"));
        let named = events
            .iter()
            .filter(|e| e.event_type == "meeting")
            .any(|e| role_countries(e, "participant").contains(*country));
        assert_eq!(named, *wanted, "{country} in {text:?}");
    }
}

/// The nationalities of people held ("nine Indian students", "12 Indian and
/// Pakistani nationals; seven were detained") are no model for another
/// raid's target: the raids at home stay the home country's.
#[test]
fn detained_peoples_nationality_is_no_raid_target_for_others() {
    assert_sides(&[(
        "LONDON - Immigration Enforcement officers raided more than 17,000 businesses in Britain last year, the Home Office said. On May 13 a team entered a factory in Wolverhampton and arrested 12 Indian and Pakistani nationals; seven were detained for removal. On June 4 officers visited a warehouse in the same city, arresting nine Indian students at the scene. The operations led to 12,000 arrests.",
        "raid",
        "The operations led",
        "operations",
        &["GBR"],
        &["GBR"],
    )]);
}

/// A raid nobody is said to conduct is the article country's own police,
/// also when the one mention of that country holds the target ("Police
/// raid Argentine FA"): the source's mention is then the trigger.
#[test]
fn home_raid_source_beside_its_target_mention() {
    assert_sides(&[(
        "Police raid Argentine FA and 18 clubs in money-laundering probe. Federal judges in Argentina ordered the searches on Tuesday, and Argentina's tax agency joined the operation. Officers searched the association's offices in Buenos Aires.",
        "raid",
        "Police raid",
        "raid",
        &["ARG"],
        &["ARG"],
    )]);
}

/// Whose goods a reference after the tariff names: a possessive after its
/// target preposition with goods after it ("on its exports", "on most of
/// their goods") is the nearest country (or list) before it that does not
/// impose the tariff; a pair ("on both partners", "both countries that
/// face") the two countries named last, else the article's leading two.
/// (article, start of the tariff's sentence, source, target)
#[test]
fn goods_named_by_a_pronoun_or_a_pair() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "Brazil and Argentina signed a framework with Washington that caps U.S. tariffs on most of their goods at 10%.",
            "Brazil and Argentina",
            &["USA"],
            &["ARG", "BRA"],
        ),
        (
            "Thailand struck a deal in July that cut the U.S. tariff on its exports to 19%.",
            "Thailand struck",
            &["USA"],
            &["THA"],
        ),
        (
            "Chile and Peru concluded a free trade agreement on Monday. Chile and Peru had negotiated for six years. Trade officials said Washington's new levies on both partners had slowed the negotiations.",
            "Trade officials",
            &["USA"],
            &["CHL", "PER"],
        ),
        (
            "Most sneakers sold in Europe are made in Cambodia, while many jackets come from Bangladesh, both countries that face steep U.S. tariffs this year.",
            "Most sneakers",
            &["USA"],
            &["BGD", "KHM"],
        ),
        (
            "Washington hit Kenya with a 10% tariff in April. Kenya said the tariff on its tea exports would hurt farmers.",
            "Kenya said",
            &["USA"],
            &["KEN"],
        ),
        // (A possessive before the tariff is the imposer's own.)
        (
            "The EU said its tariffs on American whiskey would double in March.",
            "The EU said",
            &["EU"],
            &["USA"],
        ),
    ];
    assert_tariff_roles(&ex, "2025-08-01", cases);
}

/// A sentence listing several tariffs ("the tariffs on Chile ..., and the
/// duties on Kenya", "tariffs on American steel ..., the day Washington's
/// duties on Canadian metal took effect"): past a list's break, another
/// tariff word or another rate opens another tariff, whose countries are
/// not the first one's. (article, trigger, source, target)
#[test]
fn each_tariff_of_a_list_has_its_own_countries() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "The ruling strikes down the tariffs on Chile, Peru and Colombia, and the duties on Kenya and Ghana.",
            "tariffs",
            &[],
            &["CHL", "COL", "PER"],
        ),
        (
            "The ruling strikes down the tariffs on Chile, Peru and Colombia, and the duties on Kenya and Ghana.",
            "duties",
            &[],
            &["GHA", "KEN"],
        ),
        (
            "Ottawa slapped 20 per cent tariffs on American steel on Monday, the day Washington's duties on Canadian and Mexican metal took effect.",
            "tariffs",
            &["CAN"],
            &["USA"],
        ),
        (
            "Ottawa slapped 20 per cent tariffs on American steel on Monday, the day Washington's duties on Canadian and Mexican metal took effect.",
            "duties",
            &["USA"],
            &["CAN", "MEX"],
        ),
        (
            "Washington set a 20% tariff on Thai goods and 30% on Laotian goods.",
            "set",
            &["USA"],
            &["THA"],
        ),
    ];
    let mut failures = Vec::new();
    for (text, trigger, source, target) in cases {
        let events = ex.extract_dated("case", text, Some("2025-08-01"));
        let got = events
            .iter()
            .find(|e| e.event_type == "tariff" && e.trigger.text == *trigger)
            .map(|e| (role_countries(e, "source"), role_countries(e, "target")));
        if got != Some((codes(source), codes(target))) {
            failures.push(format!(
                "{text:?} {trigger}: got {got:?}, want {source:?} {target:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Of a list of givers named by word order ("Oman, India seal $6 billion
/// investment package"), one the article's other pledges mostly name as the
/// recipient is the recipient here too; with no such story (a swap between
/// the two) both stay givers. (article, trigger, source, target)
#[test]
fn listed_givers_the_story_names_as_recipient_receive() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "Oman, India seal $6 billion investment package.\n\nOman will invest $5 billion in India over five years, officials said on Monday. Oman's sovereign fund will also put $1 billion into India, the fund said.",
            "package",
            &["OMN"],
            &["IND"],
        ),
        (
            "Oman, India seal $6 billion currency swap.\n\nThe central banks of the two countries will exchange rupees and rials under the swap.",
            "currency swap",
            &["IND", "OMN"],
            &[],
        ),
    ];
    let mut failures = Vec::new();
    for (text, trigger, source, target) in cases {
        let events = ex.extract_dated("case", text, Some("2025-08-01"));
        let got = events
            .iter()
            .find(|e| e.event_type == "pledge" && e.trigger.text == *trigger)
            .map(|e| (role_countries(e, "source"), role_countries(e, "target")));
        if got != Some((codes(source), codes(target))) {
            failures.push(format!(
                "{text:?} {trigger}: got {got:?}, want {source:?} {target:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
