//! Modern recall, by construction class (the team's own sentences, several
//! per class): each article must give an event of the type whose trigger is
//! the word named, and the sentences of the same words in another sense none.

use newsevents::Extractor;

/// (article, event type, trigger text of the event it must hold)
const CASES: &[(&str, &str, &str)] = &[
    // Meeting nouns beside "meeting" and "talks".
    (
        "It was the first encounter between the American and Syrian presidents in 25 years.",
        "meeting",
        "encounter",
    ),
    (
        "Lee and Japanese Prime Minister Takaichi had a brief pull-aside at the Group of 20 gathering.",
        "meeting",
        "pull-aside",
    ),
    (
        "Chancellor Merz arrived for an Oval Office sit-down with President Trump on Thursday.",
        "meeting",
        "sit-down",
    ),
    (
        "Modi and Prime Minister Albanese held a one-on-one before the Quad dinner.",
        "meeting",
        "one-on-one",
    ),
    // Sitting across the table, huddling: a meeting of the parties named.
    (
        "Senior American and Russian officials sat across the table for the first time in three years on Tuesday.",
        "meeting",
        "sat across the table",
    ),
    (
        "Rubio huddled with Russian Foreign Minister Sergei Lavrov in Geneva on Friday.",
        "meeting",
        "huddled with",
    ),
    // A payer taking on a named share of a cost.
    (
        "The state will shoulder 70 percent of the cost of burying power transmission lines, officials said.",
        "pledge",
        "shoulder",
    ),
    // The missing inflections of "speak with", "talk with".
    (
        "Zelensky is due to speak with President Trump later on Friday.",
        "meeting",
        "speak with",
    ),
    (
        "The Kremlin said Putin was ready to talk with Ukrainian President Zelensky.",
        "meeting",
        "talk with",
    ),
    // A forum or gathering of named states.
    (
        "Saudi Energy Minister Abdulaziz bin Salman opened the Saudi-Syrian investment forum in Damascus.",
        "meeting",
        "forum",
    ),
    (
        "Leaders of India, Brazil and South Africa gathered in Johannesburg on Saturday.",
        "meeting",
        "gathered",
    ),
    // A later round of talks the article has reported.
    (
        "U.S. and Indian negotiators met in Washington on Tuesday, President Trump said.\n\nA sixth round is planned in New Delhi for late August.",
        "meeting",
        "round",
    ),
    (
        "Greer met Vice Premier He Lifeng in Stockholm, the White House said.\n\nNo date has been set for the next round.",
        "meeting",
        "round",
    ),
    // A raid told in the passive: the agency after the verb, or the premises
    // before it.
    (
        "The offices of two fuel importers in Busan were searched by customs investigators on Monday.",
        "raid",
        "searched",
    ),
    (
        "The lawmaker's home in Changwon was also raided, the special counsel team said.",
        "raid",
        "raided",
    ),
    // Officers entering, arriving at or combing premises named after the verb.
    (
        "Anti-graft officers entered the deputy minister's apartment in Kyiv shortly after dawn.",
        "raid",
        "entered",
    ),
    (
        "Teams of the Enforcement Directorate combed the offices of three shell firms in Kolkata.",
        "raid",
        "combed",
    ),
    // The agency in the antecedent of a relative clause holding the verb.
    (
        "Officers of the income tax department, who reached the jeweller's shop at 7 a.m., were still searching the premises at midnight.",
        "raid",
        "searching",
    ),
    // Headline detention verbs with a head count at a site.
    (
        "Agents detain 120 workers at Nebraska meat plant",
        "raid",
        "detain",
    ),
    (
        "Immigration officers round up 40 foreigners at construction sites in Johor",
        "raid",
        "round up",
    ),
    // A guest named after the host's verb, by name or by a possessive title.
    (
        "President Erdogan received Syria's interim president at the presidential complex in Ankara.",
        "meeting",
        "received",
    ),
    (
        "Prime Minister Takaichi welcomed Modi at her official residence in Tokyo on Friday.",
        "meeting",
        "welcomed",
    ),
    // The host's or greeter's verb with a guest named by a modified title.
    (
        "Emir Tamim hosted the visiting German chancellor for dinner at the Amiri Diwan.",
        "meeting",
        "hosted",
    ),
    // A rate followed by what it falls on, in a tariff story, without the word
    // tariff in its clause.
    (
        "Washington doubled its tariff on Chinese goods on Tuesday.\n\nBeijing said it would charge an extra 10% on American soybeans and pork from March 10.",
        "tariff",
        "would charge",
    ),
    // Purchase commitments: procurement verbs, arms deals with their sum.
    (
        "Under the accord, Qatar will procure $40 billion worth of American defence equipment over ten years.",
        "pledge",
        "procure",
    ),
    (
        "The two leaders also announced a $30 billion arms deal covering fighter jets and air-defence systems.",
        "pledge",
        "arms deal",
    ),
    // A shorter trigger where the longest phrase at its start ends inside a
    // word ("search of" in "search offices"): the trigger is "search".
    (
        "Georgian police search offices of the ruling party in Tbilisi",
        "raid",
        "search",
    ),
    // A trigger starting inside a longer phrase that ends inside a word
    // ("office search" in "Office searched"): the trigger is "searched".
    (
        "Officers from the Serious Fraud Office searched three properties in Surrey on Tuesday.",
        "raid",
        "searched",
    ),
    // Inflections the commitment verbs lacked.
    (
        "Britain was the biggest single donor, committing £1.25bn over five years.",
        "pledge",
        "committing",
    ),
    (
        "Sweden is contributing $275 million to the NATO purchasing scheme for Ukraine.",
        "pledge",
        "contributing",
    ),
    // A typed bullet ("* ") opens a list item of a pledge story.
    (
        "Sweden, Norway and Denmark pledged $500 million for U.S. weapons for Ukraine.\n\nPledges so far:\n* Netherlands: 500 mln euros (Aug 4)\n* Canada: C$700 mln (Aug 12)",
        "pledge",
        "*",
    ),
    // A tariff measure named again by a noun of its own, after the story
    // has reported the tariff.
    (
        "The EU suspended its 25% counter-tariffs on U.S. bourbon and motorcycles for six months.\n\nTrade Commissioner Sefcovic said the freeze spared both sides an escalation.",
        "tariff",
        "the freeze",
    ),
    (
        "Washington cut its tariff on Japanese cars to 15% on Thursday.\n\nThat relief applies retroactively to Aug. 7, so importers can claim refunds.",
        "tariff",
        "That relief",
    ),
    // A verbless bullet under a tariff story gives a rate; words of trade
    // figures after the rate describe it ("on imports", "up from").
    (
        "Ottawa raised its tariffs on American steel on Monday.\n\n\u{2022} Steel: 35% from August 1, up from 25%",
        "tariff",
        "\u{2022}",
    ),
    (
        "Washington announced new tariffs on consumer electronics.\n\n\u{2022} Laptops: at least 20% on imports from Asia",
        "tariff",
        "\u{2022}",
    ),
    (
        "Washington raised its tariffs on Canadian lumber in August.\n\n\u{2022} Softwood: 10.5%, down from 14.4%",
        "tariff",
        "\u{2022}",
    ),
    // One class of enforcement agents for every entry verb.
    (
        "The central agency swooped on more than 25 locations across the state on Thursday.",
        "raid",
        "swooped on",
    ),
    (
        "Financial regulators swoop on the buyout firm's offices in Seoul.",
        "raid",
        "swoop on",
    ),
    (
        "Federal police carried out 211 searches in a pension fraud investigation on Wednesday.",
        "raid",
        "searches",
    ),
    // Teams at further premises, people held, once the story has a raid.
    (
        "Enforcement Directorate officers raided the corporation's head office in Chennai.\n\nOn Saturday, teams were also at the offices of two distilleries.",
        "raid",
        "were also at",
    ),
    (
        "Immigration officers raided a furniture factory in Selangor on Tuesday.\n\nHe said 52 foreign workers were held on suspicion of immigration offences.",
        "raid",
        "were held",
    ),
    // A verbless photo caption of two leaders at a place.
    (
        "Caption: PM Modi with President Lula at the Museum of Modern Art in Rio de Janeiro on Sunday.",
        "meeting",
        "Caption",
    ),
    (
        "Caption: Lula and Norwegian Prime Minister Jonas Gahr Store at the launch in Belem on Thursday.",
        "meeting",
        "Caption",
    ),
    // An investment stated as what will be built, with its cost.
    (
        "The announcement follows Google's plan to build a $15 billion AI hub in Visakhapatnam, India.",
        "pledge",
        "build",
    ),
    // Taking part in a meeting the story has reported.
    (
        "Trump met Kagame and Tshisekedi at the White House on Thursday.\n\nKenya's President William Ruto attended, as did the presidents of Angola and Burundi.",
        "meeting",
        "attended",
    ),
    (
        "EU leaders met in Brussels on Thursday to agree the loan.\n\nZelensky, who joined leaders of Germany and France in Brussels on Thursday, warned of a shortfall.",
        "meeting",
        "joined leaders",
    ),
    // The money of a pledge already reported, taken up again as the
    // subject of where it goes.
    (
        "Germany pledged 2 billion euros to Ukraine on Monday.\n\nChancellor Merz said the money would cover Kyiv's air defence needs through next winter.",
        "pledge",
        "cover",
    ),
    (
        "Tokyo will finance two U.S. ports worth $4 billion.\n\nThe funding will come mainly from loans by state-backed lenders.",
        "pledge",
        "come",
    ),
    (
        "Ireland pledged 3 million euros for flood victims in Pakistan.\n\nThe Irish money will be split between the Red Cross and UNICEF.",
        "pledge",
        "split",
    ),
    (
        "Amazon will spend $8bn on data centres in Spain, its chief executive said.\n\nThe money is destined for three sites in Aragon.",
        "pledge",
        "destined",
    ),
    (
        "Canberra promised A$500 million for Pacific undersea cables.\n\nMost of the money would go toward a new line to Fiji.",
        "pledge",
        "money",
    ),
    // Modern pledge classes of the twelfth session: a share of a reported
    // pledge said to go somewhere or to help; deals signed with their sum; a
    // government matching donations; a scheme cleared with its outlay; a plan
    // by a party to fund; an invitation to invest; a plea to help pay; the
    // loan or package of a reported pledge taken up again.
    (
        "Tokyo pledged $3 billion for Pacific ports on Monday.\n\nAbout $2 billion will go to a container terminal in Suva, officials said.",
        "pledge",
        "go to",
    ),
    (
        "Tokyo pledged $3 billion for Pacific ports on Monday.\n\nRoughly $400 million will help rebuild the wharf at Honiara.",
        "pledge",
        "help",
    ),
    (
        "Qatari and Egyptian companies signed agreements worth $7.5 billion during the emir's visit to Cairo.",
        "pledge",
        "agreements",
    ),
    (
        "Turkish firms sign $4 bn in deals as Erdogan visits Riyadh",
        "pledge",
        "deals",
    ),
    (
        "The Canadian government will match donations to the Red Cross appeal for Gaza, up to C$5 million.",
        "pledge",
        "match",
    ),
    (
        "The Union Cabinet approved a National Critical Mineral Mission with an outlay of ₹16,300 crore.",
        "pledge",
        "outlay",
    ),
    (
        "A plan by Riyadh to fund Lebanese army salaries was approved on Monday.",
        "pledge",
        "fund",
    ),
    (
        "Sharif invited Saudi companies to invest in Pakistan's mining sector.",
        "pledge",
        "invest",
    ),
    (
        "He asked European allies to help pay for new air-defence systems.",
        "pledge",
        "help pay for",
    ),
    (
        "EU leaders agreed a €5 billion loan for Moldova on Thursday.\n\nThe loan will be financed by joint borrowing, officials said.",
        "pledge",
        "loan",
    ),
    (
        "Japan announced a ¥2 trillion package for Ukraine.\n\nThe Japanese package, approved by the cabinet on Friday, covers reconstruction.",
        "pledge",
        "package",
    ),
    // A support package readied before its size is known; a reported
    // pledge's money expected to go somewhere; a recipient's share of it; the
    // pledges' running total; a sum sunk into a project; firms eligible to
    // receive subsidies.
    (
        "Tariffs on Lesotho textiles hit 50% on Friday; Maseru readies support package for garment workers",
        "pledge",
        "support package",
    ),
    (
        "Canada pledged C$2 billion for Ukraine's grid on Monday.\n\nThe money is expected to go toward transformers and air defence for power stations.",
        "pledge",
        "money",
    ),
    (
        "Korea launched a 100 trillion won fund for chips on Thursday.\n\nBy sector, foundries are to receive 20 trillion won and AI chip designers 10 trillion won.",
        "pledge",
        "are to receive",
    ),
    (
        "Norway will put $2 billion into the ocean fund. Pledges reached $4.5 billion by the close of the conference.",
        "pledge",
        "Pledges",
    ),
    (
        "Amazon to sink $15bn into Indiana data centres over five years",
        "pledge",
        "sink",
    ),
    (
        "Under the new scheme, small exporters will be eligible to receive subsidies of up to 5 billion won each.",
        "pledge",
        "eligible to receive",
    ),
    // A diplomatic summons, a courtesy call on a leader, leaders conferring
    // somewhere, a meal one leader gives another.
    (
        "The foreign ministry summoned Australia's ambassador on Friday over the arrests.",
        "meeting",
        "summoned",
    ),
    (
        "Chinese Foreign Minister Wang Yi called on President Lula at the Planalto palace on Wednesday.",
        "meeting",
        "called on",
    ),
    (
        "Prime Minister Shigeru Ishiba and President Xi Jinping conferred in Lima last November.",
        "meeting",
        "conferred in",
    ),
    (
        "Prime Minister Narendra Modi met President Vladimir Putin at the airport on Thursday.\n\nLater that evening Modi hosted a private dinner for his guest at his residence.",
        "meeting",
        "dinner",
    ),
    // "final" names the last of a series, not a sports final.
    (
        "In their final meeting, Xi told Biden that Beijing would work with the incoming administration.",
        "meeting",
        "meeting",
    ),
    // A leader named by surname alone after the full name.
    (
        "President Lee Jae Myung greeted President Donald Trump at the airport.\n\nLee welcomed Trump with a military honour guard at the museum.",
        "meeting",
        "welcomed",
    ),
    // Goods entering at a rate; a rate charged on a trade.
    (
        "The car tariff deal was signed on Monday.\n\nUp to 100,000 British-built vehicles a year can now enter America at 10%, down from 27.5%.",
        "tariff",
        "enter",
    ),
    (
        "Colombia's tariff dispute with Washington ended on Monday.\n\nFlower exporters said a 50% charge would have ruined the Valentine's Day trade.",
        "tariff",
        "charge",
    ),
    // A city-wide immigration sweep told by its own nouns and verbs.
    (
        "Border Patrol says Chicago sweep tops 600 arrests as the operation moves to the suburbs",
        "raid",
        "sweep",
    ),
    (
        "Federal immigration agents fanned out across Minneapolis on Monday, and more than 40 arrests were reported by evening.",
        "raid",
        "fanned out across",
    ),
    // Present-tense entry in captions and headlines.
    (
        "Caption: Investigators enter the headquarters of the construction firm in Osaka on Tuesday.",
        "raid",
        "enter",
    ),
    // "The action" for a raid the article has reported.
    (
        "Enforcement Directorate officers searched the homes of three liquor traders in Chennai on Friday.\n\nThe action is being taken under the Prevention of Money Laundering Act, officials said.",
        "raid",
        "The action",
    ),
    // Exemptions and a hike named again in a tariff story.
    (
        "Washington imposed a 40% tariff on Brazilian goods in July.\n\nThe exemptions mostly applied to orange juice and aircraft parts.",
        "tariff",
        "The exemptions",
    ),
    (
        "Trump raised the tariff on Canadian lumber to 45% on Friday.\n\nOttawa said it had received no official notice of the hike.",
        "tariff",
        "the hike",
    ),
    // Two leaders doing one thing in one place, as headlines tell a summit.
    (
        "Modi, Albanese seal trade deal in Canberra; tariffs on wine to go",
        "meeting",
        "seal",
    ),
    (
        "Xi and Lula sign energy accord in Beijing as trade ties deepen",
        "meeting",
        "sign",
    ),
    // A call told with "a" in a story that has reported a meeting.
    (
        "President Trump met Prime Minister Carney at the White House on Tuesday.\n\n\"We had a very productive call last week, and today was even better,\" Trump said.",
        "meeting",
        "call",
    ),
    // Officers going through premises, or back into them (modern-14).
    (
        "FBI agents went through the reporter's house for three hours and took two phones.",
        "raid",
        "went through",
    ),
    (
        "A second team of income tax officers is going through the jeweller's office in Chennai.",
        "raid",
        "going through",
    ),
    (
        "Investigators of the cyber unit went back into the company's headquarters building on Wednesday morning.",
        "raid",
        "went back into",
    ),
    // An agency sending investigators to a company's premises or to named firms.
    (
        "The Korea Fair Trade Commission sent 12 investigators to the offices of three flour makers in Seoul.",
        "raid",
        "sent",
    ),
    (
        "Prosecutors dispatched investigators to two steel mills in Pohang on Thursday.",
        "raid",
        "dispatched",
    ),
    // Officers carrying away or securing documents and devices.
    (
        "Investigators carted away boxes of documents from the trading house's offices.",
        "raid",
        "carted away",
    ),
    (
        "Police were expected to remove documents and hard drives from the mayor's office.",
        "raid",
        "remove",
    ),
    // Customs seizing contraband in premises they entered.
    (
        "Customs officers seized 3 million smuggled cigarettes at a warehouse in Bulacan.",
        "raid",
        "seized",
    ),
    // People arrested, with their number, in a story that has reported a raid.
    (
        "Police raided 40 addresses across three states on Tuesday.\n\nAt least 25 people were arrested, officials said.",
        "raid",
        "were arrested",
    ),
    // An on-site inspection told as part of a probe.
    (
        "The on-site inspection is part of a broader probe into whether the chains colluded on prices over several years, a person familiar with the matter said.",
        "raid",
        "on-site inspection",
    ),
    // A purchase commitment with a tonnage after the verb.
    (
        "China to buy 12 million tons of US soybeans by January",
        "pledge",
        "buy",
    ),
    (
        "Bangladesh to buy 100,000 tonnes of U.S. wheat under the new trade pact",
        "pledge",
        "buy",
    ),
    // A sum or the investment of a reported pledge said to finance or go to something.
    (
        "The World Bank approved a $600 million loan for Kenya on Tuesday.\n\nA further $200 million will finance rural roads, the bank said.",
        "pledge",
        "will finance",
    ),
    (
        "Taiwanese firms will invest $250 billion in the United States.\n\nThe direct investment will go into chip and energy plants, officials said.",
        "pledge",
        "go",
    ),
    // A leader due in a capital.
    (
        "Philippine President Marcos is due in Washington next week.",
        "meeting",
        "is due in",
    ),
    // One more party taking part in a meeting the story has told.
    (
        "Trump met Kagame and Tshisekedi at the White House on Thursday.\n\nSaudi Crown Prince Mohammed bin Salman also attended.",
        "meeting",
        "attended",
    ),
    (
        "Trump spoke with Sheinbaum by phone on Thursday.\n\nMexican Economy Secretary Marcelo Ebrard, who joined the call, said the pause would hold.",
        "meeting",
        "joined the call",
    ),
    // Counterparts: the other side of a meeting the story has told.
    (
        "Carney met Sheinbaum at the National Palace on Thursday.\n\nHis foreign and trade ministers sat down with their Mexican counterparts.",
        "meeting",
        "sat down with",
    ),
    (
        "Lee, Ishiba issue first joint statement in 17 years, revive shuttle diplomacy in Tokyo",
        "meeting",
        "shuttle diplomacy",
    ),
    // A tariff measure taken up again as the subject of its taking effect or reach.
    (
        "Washington raised tariffs on Chinese steel to 50 percent on Monday.\n\nThe increases will now take effect on January 1, 2027.",
        "tariff",
        "increases",
    ),
    (
        "Trump set a 25% tariff on imported heavy trucks.\n\nThe truck charge is expected to land hardest on Mexico, the largest supplier.",
        "tariff",
        "charge",
    ),
    (
        "China said it will add tariffs of up to 15% on American farm goods.\n\nThe measures will hit an estimated $22 billion of American farm sales.",
        "tariff",
        "The measures",
    ),
    // A competition authority's inspections of makers, or inspecting premises.
    (
        "The Fair Trade Commission raided flour millers on Tuesday.\n\nIn 2024 it carried out on-site inspections of sugar makers CJ CheilJedang and Samyang.",
        "raid",
        "on-site inspections",
    ),
    (
        "The European Commission raided the offices of ski makers on Tuesday.\n\nIn April 2024 the Commission used its new powers to inspect the Polish and Dutch premises of Nuctech, a Chinese maker of scanners.",
        "raid",
        "inspect",
    ),
    // A tariff rate taken up again, that could change or that goods pay.
    (
        "The US set a 25% tariff on British steel in June.\n\nWashington has warned the rate could double if Britain fails to meet its conditions.",
        "tariff",
        "rate",
    ),
    (
        "The US doubled its tariff on European steel to 50% in June.\n\nEU producers still pay that rate despite the July trade pact.",
        "tariff",
        "rate",
    ),
    // Talks to come between the parties of a meeting told.
    (
        "Trump spoke with Sheinbaum by phone on Thursday.\n\nTrump said the two governments would talk over the next 90 days.",
        "meeting",
        "would talk",
    ),
    // A party boycotting a summit the story has told.
    (
        "Leaders of the Group of 20 met in Johannesburg on Sunday.\n\nThey wrapped up the summit with a declaration on debt despite a boycott by the United States.",
        "meeting",
        "boycott",
    ),
    // Parties across a table; a host of leaders named by their countries
    // ("the two countries' leaders").
    (
        "Thailand and Cambodia's leaders sat across a table from each other in Putrajaya on Monday.",
        "meeting",
        "sat across a table",
    ),
    (
        "Laos and Vietnam agreed to reopen the border crossing, Thailand's prime minister said after hosting the two countries' leaders in Bangkok.",
        "meeting",
        "hosting",
    ),
    // A rate table of duties given as sums per unit.
    (
        "India imposes anti-dumping duties on Chinese chemicals\n\nThe finance ministry notified the duties on Tuesday.\n\n• Melamine: $320 a tonne on imports from China",
        "tariff",
        "•",
    ),
    // A border charge named a fee or a tax on imports or exports.
    (
        "Congressional Democrats renewed their push for an oil import fee of five dollars a barrel.",
        "tariff",
        "oil import fee",
    ),
    (
        "Ghana will charge export fees on raw cashew shipments from next month.",
        "tariff",
        "export fees",
    ),
    (
        "The Commission agreed to scrap a special tax on Irish barley exports from July.",
        "tariff",
        "tax on",
    ),
    (
        "Jakarta slapped a fee on palm oil exports to keep cooking oil cheap at home.",
        "tariff",
        "fee on",
    ),
    // Others asked, urged or called on to put up money (requested).
    (
        "The finance minister has asked parliament to finance the country's share of the new dam.",
        "pledge",
        "asked",
    ),
    (
        "The IMF chief is calling on commercial banks to increase their loans to the poorest debtors.",
        "pledge",
        "calling on",
    ),
    (
        "Charities urged rich nations to provide more aid to Somalia after the failed rains.",
        "pledge",
        "urged",
    ),
    // Money asked, pressed or lobbied for with no sum, or wanted from
    // others (requested).
    (
        "Ecuador's president pressed for fresh Chinese financing to finish the Coca Codo dam.",
        "pledge",
        "pressed for",
    ),
    (
        "Kenya is lobbying for more World Bank funding for its rail line to Uganda.",
        "pledge",
        "lobbying for",
    ),
    (
        "Indonesia's president said he wanted Korean investment in nickel smelters.",
        "pledge",
        "wanted",
    ),
    // A call named again with its length; a caption after "Photo".
    (
        "President Lula and Prime Minister Modi spoke by phone on Monday.\n\nThe hour-long call covered ethanol exports and a rail loan.",
        "meeting",
        "call",
    ),
    (
        "Photo caption: President Lula and Prime Minister Albanese at Parliament House in Canberra.",
        "meeting",
        "caption",
    ),
    // Meetings told with no meeting word: a meal with a party, two parties
    // arriving together, one joining another at a seat of office.
    (
        "Spanish Prime Minister Pedro Sanchez had dinner with Moroccan King Mohammed VI in Rabat.",
        "meeting",
        "dinner with",
    ),
    (
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un arrive at the Vostochny space centre.",
        "meeting",
        "arrive at",
    ),
    (
        "Kenyan President William Ruto joined U.S. President Joe Biden in the East Room for a state dinner.",
        "meeting",
        "joined",
    ),
    // An official due in a named place; a trip told by its traveller's
    // possessive.
    (
        "SAUDI FOREIGN MINISTER DUE IN TEHRAN ON TUESDAY",
        "meeting",
        "due in",
    ),
    (
        "Diplomats said Erdogan's Cairo trip was meant to mend ties with Sisi.",
        "meeting",
        "trip",
    ),
    // A trip told by the -ing form of its verb or by the plain "goes to";
    // leaders issuing a joint statement.
    (
        "Brazilian Finance Minister Fernando Haddad is travelling to Beijing next week for talks on trade.",
        "meeting",
        "travelling to",
    ),
    (
        "Argentine Economy Minister Luis Caputo goes to Washington on Monday for talks with the Treasury.",
        "meeting",
        "goes to",
    ),
    (
        "South African President Cyril Ramaphosa and Nigerian President Bola Tinubu issued a joint statement on trade in Abuja.",
        "meeting",
        "joint statement",
    ),
    // A raid named again by its code name; goods' rates set to rise in a
    // tariff story.
    (
        "Spanish police raided 30 properties in Malaga on Wednesday.\n\nThe operation, dubbed Operation Sunshine, targeted a money-laundering ring.",
        "raid",
        "operation",
    ),
    (
        "Washington put a 25% tariff on Mexican tomatoes in July.\n\nRates on fresh produce are expected to rise again in March.",
        "tariff",
        "Rates",
    ),
    // Pledging rounds, development-bank lending, purchase gestures, trade
    // cases and sealed premises (modern-18..21's missed classes).
    (
        "The OPEC Fund for International Development promised $500 million to the replenishment.",
        "pledge",
        "promised",
    ),
    (
        "Saudi Arabia and Kuwait were the largest donors at the Geneva conference.",
        "pledge",
        "donors",
    ),
    (
        "The pledging session ended in Paris. Eleven countries contributed to the fund for the first time.",
        "pledge",
        "contributed",
    ),
    (
        "Ireland also put $15 million into the humanitarian fund, its foreign minister said.",
        "pledge",
        "put",
    ),
    (
        "The Asian Development Bank expects to lend about $4 billion to Vietnam over three years.",
        "pledge",
        "lend",
    ),
    (
        "The World Bank lines up $1.2 billion in loans for Morocco.",
        "pledge",
        "lines up",
    ),
    (
        "Vietnam is stepping up imports of US cotton and corn to narrow its surplus.",
        "pledge",
        "stepping up",
    ),
    (
        "Canada set countervailing duties of 30% on Chinese steel wire. The final determination is due on May 4.",
        "tariff",
        "determination",
    ),
    (
        "Customs officers sealed four bonded warehouses at the port after finding undeclared goods.",
        "raid",
        "sealed",
    ),
    (
        "Prosecutors raided the sect's offices on Monday. Investigators returned to the compound two days later.",
        "raid",
        "returned to",
    ),
    (
        "Tokayev and Mirziyoyev sign a water-sharing accord in Tashkent",
        "meeting",
        "sign",
    ),
];

/// Lists of donors after a pledge: (article, the sums of the sentence's
/// pledges in text order, their sources in text order).
const DONOR_LISTS: &[(&str, &[f64], &[&str])] = &[
    (
        "Sweden is contributing $275 million, Norway about $135 million and Denmark roughly 580 million Danish crowns ($90 million), the ministries said.",
        &[275e6, 135e6, 580e6],
        &["SWE", "NOR", "DNK"],
    ),
    (
        "Japan pledged $500 million at the conference in Rome, Germany 300 million euros and Canada C$200 million.",
        &[500e6, 300e6, 200e6],
        &["JPN", "DEU", "CAN"],
    ),
    (
        "Sweden, Norway and Denmark pledged $500 million for Ukraine on Tuesday.\n\n* Aug 5: Sweden $275 mln, Norway about $135 mln, Denmark about $90 mln",
        &[275e6, 135e6, 90e6],
        &["SWE", "NOR", "DNK"],
    ),
    // A sum after a verb of its own, or a comparison, is no list item.
    (
        "Japan pledged $500 million in aid, up from $300 million last year.",
        &[500e6],
        &["JPN"],
    ),
];

#[test]
fn a_list_of_donors_gives_one_pledge_each() {
    let ex = Extractor::embedded().unwrap();
    for (text, sums, sources) in DONOR_LISTS {
        // The last sentence is the list (an earlier one sets the story).
        let events = ex.extract_dated("case", text, Some("2025-08-05"));
        let last_start = text.rfind("\n").map_or(0, |i| i + 1);
        let pledges: Vec<_> = events
            .iter()
            .filter(|e| e.event_type == "pledge" && e.trigger.start >= last_start)
            .collect();
        let got: Vec<f64> = pledges
            .iter()
            .filter_map(|e| e.amount.as_ref().map(|a| a.value))
            .collect();
        assert_eq!(got, *sums, "{text}");
        let got: Vec<&str> = pledges
            .iter()
            .map(|e| {
                e.actors
                    .iter()
                    .find(|a| a.role == newsevents::event::Role::Source)
                    .and_then(|a| a.country.as_deref())
                    .unwrap_or("-")
            })
            .collect();
        assert_eq!(got, *sources, "{text}");
    }
}

/// Lists of sums after a pledge, each with its own recipient or lender, or
/// with a party before it that takes the role of the first pledge's party:
/// (article, the sums of its pledges in text order, the role read, the
/// country of that role in each pledge, "-" for none).
const PARTY_LISTS: &[(&str, &[f64], &str, &[&str])] = &[
    (
        "Tokyo has pledged $4 billion for Indonesia and about $2.5 billion for Vietnam over the next three years.",
        &[4e9, 2.5e9],
        "target",
        &["IDN", "VNM"],
    ),
    (
        "The Asian Development Bank approved a 300 mln dlr loan to Pakistan, 120 mln dlrs to Nepal and 75 mln dlrs for Bhutan.",
        &[300e6, 120e6, 75e6],
        "target",
        &["PAK", "NPL", "BTN"],
    ),
    (
        "Kenya is negotiating credits of 200 mln dlrs from France, 150 mln dlrs from Japan and 90 mln dlrs from Italy.",
        &[200e6, 150e6, 90e6],
        "source",
        &["FRA", "JPN", "ITA"],
    ),
    // The party before its sum is a recipient when the first one is.
    (
        "Under the programme Ghana was given a 40 mln dlr credit, Zambia 25 mln dlrs and Malawi 10 mln dlrs.",
        &[40e6, 25e6, 10e6],
        "target",
        &["GHA", "ZMB", "MWI"],
    ),
    // Parts of the first sum, conversions and comparisons are no items.
    (
        "Hyundai will invest $21 billion in the United States, including $6 billion for a steel mill in Louisiana.",
        &[21e9],
        "target",
        &["USA"],
    ),
    (
        "Oslo will pour up to 30 billion crowns, about $3 billion, into a rainforest programme run by Brazil.",
        &[30e9],
        "source",
        &["NOR"],
    ),
    (
        "Seoul pledged $2 billion in loans to Poland, up from $1 billion last year.",
        &[2e9],
        "target",
        &["POL"],
    ),
];

#[test]
fn a_list_of_recipients_or_lenders_gives_one_pledge_each() {
    let ex = Extractor::embedded().unwrap();
    for (text, sums, role, countries) in PARTY_LISTS {
        let events = ex.extract_dated("case", text, Some("2025-08-05"));
        let pledges: Vec<_> = events.iter().filter(|e| e.event_type == "pledge").collect();
        let got: Vec<f64> = pledges
            .iter()
            .filter_map(|e| e.amount.as_ref().map(|a| a.value))
            .collect();
        assert_eq!(got, *sums, "{text}");
        let want_role = if *role == "target" {
            newsevents::event::Role::Target
        } else {
            newsevents::event::Role::Source
        };
        let got: Vec<String> = pledges
            .iter()
            .map(|e| {
                let mut c: Vec<&str> = e
                    .actors
                    .iter()
                    .filter(|a| a.role == want_role)
                    .filter_map(|a| a.country.as_deref())
                    .collect();
                c.sort();
                c.dedup();
                if c.is_empty() {
                    "-".to_string()
                } else {
                    c.join("+")
                }
            })
            .collect();
        assert_eq!(got, *countries, "{text}");
    }
}

/// The same words in another sense: no event of the type.
const NOT: &[(&str, &str)] = &[
    // A shoulder injured, blame shouldered; a coach's huddle with players.
    (
        "The striker injured his shoulder in the second half and will miss the cup final.",
        "pledge",
    ),
    (
        "Banks will shoulder the blame for the losses, the minister said.",
        "pledge",
    ),
    (
        "The coach huddled with his players before the final against Brazil.",
        "meeting",
    ),
    // Money going somewhere with no pledge reported before, or money of
    // another kind.
    (
        "Police said the money would go to the gang's leaders in Naples.",
        "pledge",
    ),
    (
        "Japan pledged $2 billion in aid to the Philippines.\n\nThe stolen money will be paid back to the bank's customers, the court said.",
        "pledge",
    ),
    // A court's summons, an appeal to a leader, an honour conferred, a
    // company's dinner, visitors entering at a discount.
    (
        "The court summoned the former ambassador to testify on Tuesday.",
        "meeting",
    ),
    (
        "Union leaders called on President Reagan to retaliate against Japan.",
        "meeting",
    ),
    (
        "The president conferred the country's highest honour on the visiting prime minister.",
        "meeting",
    ),
    (
        "Trump met Xi in Busan on Thursday.\n\nThe company hosted a charity dinner for its staff in London.",
        "meeting",
    ),
    (
        "New tariffs on steel took effect last year.\n\nVisitors can enter the museum at 10% off on Mondays.",
        "tariff",
    ),
    // Joining a body is no meeting, even in a story with one.
    (
        "Trump met Kagame at the White House on Thursday.\n\nSpain and Portugal joined the European Community in 1986.",
        "meeting",
    ),
    // A caption with a verb, or naming one party.
    (
        "Caption: Prime Minister Ishiba holds up a chart of U.S. tariff rates in Tokyo on Friday.",
        "meeting",
    ),
    (
        "Caption: Rachel Reeves outside 11 Downing Street on Wednesday.",
        "meeting",
    ),
    // No raid reported before: presence and holding are no raid.
    (
        "Teams were at the offices of the two firms all week to finish the audit.",
        "raid",
    ),
    (
        "The ministry said 352 people were held in January, up from last year.",
        "raid",
    ),
    // The passive of a search that is no raid: people stopped in the street,
    // ruins searched by rescuers.
    (
        "Young men in the city are twice as likely to be stopped and searched by police, the report said.",
        "raid",
    ),
    (
        "The collapsed building was searched by rescue teams through the night.",
        "raid",
    ),
    // Entering or arriving somewhere that is no premises, or in a deal.
    (
        "Investigators from the aviation agency arrived at the crash site on Tuesday.",
        "raid",
    ),
    (
        "Officials said the two companies entered a purchase agreement for the plant.",
        "raid",
    ),
    // Welcoming a day's news or a country's move is no meeting.
    (
        "Finance Minister Kato said he welcomed Monday's agreement on the exchange rate.",
        "meeting",
    ),
    (
        "The World Bank welcomed Vietnam joining the trade pact.",
        "meeting",
    ),
    // Hosting an event is no meeting of the host with a guest.
    (
        "Qatar hosted the opening match of the tournament against Ecuador in Doha.",
        "meeting",
    ),
    // Arms sales statistics and a rate with no tariff story are no event.
    (
        "Arms deals with Gulf buyers fell to $12 billion last year, the institute said.",
        "pledge",
    ),
    (
        "The bank said mortgage lenders would charge an extra 1% on new loans from April.",
        "tariff",
    ),
    // A trigger inside a longer word is none.
    (
        "Police said the university had opened new research offices in Tbilisi.",
        "raid",
    ),
    // No tariff reported before: the noun alone is none.
    (
        "The regulator said electricity tariffs for homes would stay unchanged.\n\nThe regulator said the pause would cost suppliers little.",
        "tariff",
    ),
    (
        "The fraudsters milk money out of people by promising them a cut of a larger cash pile.",
        "pledge",
    ),
    // The same words of the twelfth session's pledge classes in other senses.
    (
        "The company sold its Texas unit for $2 billion.\n\nAbout $1.5 billion will go to repay debt.",
        "pledge",
    ),
    (
        "The British group signed a $2 billion deal to acquire the US chemicals maker.",
        "pledge",
    ),
    (
        "Donations rose after the match between England and France, the charity said.",
        "pledge",
    ),
    (
        "The board approved a $300 million share buyback scheme.",
        "pledge",
    ),
    (
        "The interest-free loan will be financed by borrowing guaranteed by the budget.",
        "pledge",
    ),
    (
        "The company plans to finance the acquisition with new bonds.",
        "pledge",
    ),
    (
        "Brokers said pledges of shares worth $5 million were released as collateral.",
        "pledge",
    ),
    (
        "Shares of the miner sink 12% as copper falls below $9,000 a tonne",
        "pledge",
    ),
    (
        "The government is preparing a package of retaliatory measures against US goods.",
        "pledge",
    ),
    (
        "Three militants were killed in an encounter with Indian troops in Kashmir.",
        "meeting",
    ),
    (
        "Exporters may encounter delays at the Chinese border, the ministry said.",
        "meeting",
    ),
    (
        "President Lula watched the Brazilian side go out in the second round.",
        "meeting",
    ),
    (
        "None of the candidates won a majority in the first round, Prime Minister Ishiba said.",
        "meeting",
    ),
    // A sweep or surge in another sense, even in an immigration story.
    (
        "Immigration officials said the party's sweep of the suburbs in the election was a surprise.",
        "raid",
    ),
    (
        "Immigration agents reported a surge in border crossings in March.",
        "raid",
    ),
    // Agencies that may enter premises: a power, not a raid.
    (
        "Competition officials can enter business premises without warning under the new law.",
        "raid",
    ),
    // Industrial or legal action in a raid story.
    (
        "Police raided the depot on Monday.\n\nThe union said industrial action would follow if the talks failed.",
        "raid",
    ),
    // Exemptions from a tax, and exemptions sought, in a tariff story.
    (
        "Washington imposed a 40% tariff on Brazilian goods in July.\n\nThe bonds are exempt from state income tax.",
        "tariff",
    ),
    // A strike in a place is an attack; a date after "in" is no place.
    (
        "Israel strikes Hamas leaders in Doha as they weigh a ceasefire plan",
        "meeting",
    ),
    (
        "Japan and the United States agreed in July to cut tariffs on cars.",
        "meeting",
    ),
    // A call that is a decision.
    (
        "President Trump met Prime Minister Carney at the White House on Tuesday.\n\nCarney said it was a tough call for Ottawa to drop the tax.",
        "meeting",
    ),
    // The same verbs with no search, no firm's premises or no contraband.
    (
        "Police went through the motions of a routine inquiry, the lawyer said.",
        "raid",
    ),
    (
        "The safety board sent investigators to the crash site near the factory.",
        "raid",
    ),
    (
        "Police removed the bodies and secured the crime scene after the shooting.",
        "raid",
    ),
    (
        "Rebels seized control of the town and looted the warehouses.",
        "raid",
    ),
    (
        "Argentina's next bond payment is due in January.",
        "meeting",
    ),
    (
        "Indonesia has issued licences to traders to import 135,000 tonnes of palm oil.",
        "pledge",
    ),
    // A lone attendee of no meeting; a rise that is no tariff's.
    (
        "Trump met Ishiba at the White House on Friday.\n\nBank of Japan Governor Kazuo Ueda attends a news conference in Tokyo.",
        "meeting",
    ),
    (
        "Trump met Xi in Busan on Thursday.\n\nThe union local representing 17,000 workers at the Oshawa plant said it would strike.",
        "meeting",
    ),
    (
        "The central bank raised interest rates on Monday.\n\nThe increases will take effect on January 1.",
        "tariff",
    ),
    (
        "The US set a 25% tariff on British steel in June.\n\nEconomists warned the jobless rate could double by next year.",
        "tariff",
    ),
    // The same words before a bullet's figure make it a trade figure.
    (
        "Washington announced new tariffs on consumer electronics.\n\n\u{2022} Imports: up 6% on the year",
        "tariff",
    ),
    (
        "Ottawa raised its tariffs on American steel on Monday.\n\n\u{2022} Exports down 3% in the third quarter",
        "tariff",
    ),
    (
        "Leaders of the Group of 20 met in Johannesburg on Sunday.\n\nChinese consumers called for a boycott of Japanese goods.",
        "meeting",
    ),
    // A price per unit in a tariff story's list is no duty.
    (
        "India imposes anti-dumping duties on Chinese chemicals\n\n• Melamine prices: $900 a tonne, up 4% on the month",
        "tariff",
    ),
    // A tax on profits or goods that merely sits near trade words.
    (
        "The tax on profits earned from exports will fall to 15 pct next year.",
        "tariff",
    ),
    (
        "A tax on cigarettes will help offset falling imports, the minister said.",
        "tariff",
    ),
    // Asked or urged to do something other than put up money.
    (
        "The union asked its members to vote against the pay offer on Friday.",
        "pledge",
    ),
    (
        "The chairman urged shareholders to fund the takeover by buying new shares.",
        "pledge",
    ),
    // Pressing for, wanting, dining, arriving, joining, an operation named
    // and rates rising in other senses.
    (
        "The striker's agent pressed for a bigger transfer fee from the club.",
        "pledge",
    ),
    (
        "Investors wanted higher returns from the fund's cash pile.",
        "pledge",
    ),
    (
        "The prime minister had lunch with students at a school in Leeds.",
        "meeting",
    ),
    (
        "Japan and the United States arrived at a deal on car parts.",
        "meeting",
    ),
    ("Sweden joined Finland in the alliance in 2024.", "meeting"),
    (
        "The military operation, code-named Iron Wall, entered its third week.",
        "raid",
    ),
    (
        "Rates on new mortgages are expected to fall in the spring, the bank said.",
        "tariff",
    ),
    (
        "The defence minister is due in court in Lagos on Monday.",
        "meeting",
    ),
    (
        "Liverpool's Hong Kong trip ended in a 3-1 win over Milan.",
        "meeting",
    ),
    (
        "Thousands of Britons are travelling to Spain this summer despite the heatwave.",
        "meeting",
    ),
    (
        "Most of the extra soybean exports went to China, the ministry said.",
        "meeting",
    ),
    (
        "The Indonesian student came to Australia to study engineering.",
        "meeting",
    ),
    (
        "The two banks issued a joint statement on the merger.",
        "meeting",
    ),
    (
        "The pledging conference closed in Oslo. Higher oil prices contributed to the rise in inflation.",
        "pledge",
    ),
    (
        "Farmers locked in prices for their wheat before the harvest.",
        "pledge",
    ),
    (
        "The ministers sealed the deal at a ceremony in the capital.",
        "raid",
    ),
    (
        "Of those detained, 400 have been returned to their home countries.",
        "raid",
    ),
];

#[test]
fn modern_constructions_give_their_event() {
    let ex = Extractor::embedded().unwrap();
    for (text, ty, trigger) in CASES {
        let events = ex.extract_dated("case", text, Some("2025-09-01"));
        assert!(
            events
                .iter()
                .any(|e| e.event_type == *ty && e.trigger.text.eq_ignore_ascii_case(trigger)),
            "no {ty} on {trigger:?} in {text:?}: {:?}",
            events
                .iter()
                .map(|e| (&e.event_type, &e.trigger.text))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_same_words_in_another_sense_give_none() {
    let ex = Extractor::embedded().unwrap();
    for (text, ty) in NOT {
        // Only the last paragraph is the case (an earlier one sets the story).
        let last_start = text.rfind('\n').map_or(0, |i| i + 1);
        let events: Vec<_> = ex
            .extract_dated("case", text, Some("2025-09-01"))
            .into_iter()
            .filter(|e| e.trigger.start >= last_start)
            .collect();
        assert!(
            !events.iter().any(|e| e.event_type == *ty),
            "{ty} in {text:?}: {:?}",
            events.iter().map(|e| &e.trigger.text).collect::<Vec<_>>()
        );
    }
}

/// Lists of tariff measures, each a noun phrase of its own: (sentence, the
/// number of tariffs it states).
const MEASURE_LISTS: &[(&str, usize)] = &[
    (
        "The ruling wipes out the reciprocal tariffs announced on April 2 and the separate fentanyl-related duties on China, Canada and Mexico.",
        2,
    ),
    (
        "The court's decision covers the worldwide tariff imposed by Washington, and the levies on Canada, Mexico and China.",
        2,
    ),
    // One measure named twice is one.
    (
        "Washington imposed the tariffs on Chinese steel, and the duties took effect on Friday.",
        1,
    ),
];

#[test]
fn a_list_of_tariff_measures_gives_one_tariff_each() {
    let ex = Extractor::embedded().unwrap();
    for (text, n) in MEASURE_LISTS {
        let events = ex.extract_dated("case", text, Some("2025-09-01"));
        let tariffs = events.iter().filter(|e| e.event_type == "tariff").count();
        assert_eq!(tariffs, *n, "{text}");
    }
}

/// Two events of one type in one sentence, the second opened by "after",
/// "before", "following", "since", "until" or "the same day" (an event
/// earlier or later than the first, or beside it); with "their", "the" or
/// "its" after the word it is the first one again, unless a past verb with
/// its own subject follows or, after a possessive, a partner the first
/// lacks: (sentence, type, events of the type).
const SEQUENCES: &[(&str, &str, usize)] = &[
    (
        "Prosecutors raided the party's headquarters in Seoul on Friday, after searching the homes of two aides on Wednesday.",
        "raid",
        2,
    ),
    (
        "Carney will meet Xi in Beijing on Thursday before heading to New Delhi for talks with Modi.",
        "meeting",
        2,
    ),
    // A past verb with a subject of its own between it and the sequence
    // word, or after "the same day": an event of its own, even beside a
    // mention that refers back to the article's event.
    (
        "The raid comes three months after the Busan District Prosecutors' Office searched the offices of Hanil Shipping in a bribery case.",
        "raid",
        2,
    ),
    (
        "Tax officials searched Hanmi Motors' headquarters in Seoul on Tuesday. The searches come a week after the customs agency raided the carmaker's plant in Ulsan.",
        "raid",
        3,
    ),
    (
        "Chinese Premier Li Qiang arrived in Jakarta on Sunday, the same day he met Indonesian President Prabowo Subianto at the palace.",
        "meeting",
        2,
    ),
    (
        "The commission raided three carmakers in Turin in March and in the same month it also inspected two tyre makers.",
        "raid",
        2,
    ),
    // What was done in the raid is the raid; "same day" before a noun
    // opens no clause.
    (
        "Dozens of workers were detained after immigration agents raided the factory in Georgia on Thursday.",
        "raid",
        1,
    ),
    (
        "The facility provides same day availability of funds of up to 30 mln dlrs, the bank said.",
        "pledge",
        1,
    ),
    // The same meeting named again.
    (
        "Caption: Prime Minister Carney and President Lula shake hands before their talks in Brasilia on Monday.",
        "meeting",
        1,
    ),
    (
        "Customs officers searched the warehouse in Felixstowe, before the raid was made public on Friday.",
        "raid",
        1,
    ),
    // A definite noun and a later verb of its stem name one event.
    (
        "Officials said the raid came weeks after police raided the party's offices in Tbilisi.",
        "raid",
        1,
    ),
    // The named gathering a bilateral was held beside is a meeting of its
    // own; an unnamed one ("the summit") is the one the article told.
    (
        "Prime Minister Albanese met President Prabowo on the sidelines of the Group of 20 summit in Rio de Janeiro on Monday.",
        "meeting",
        2,
    ),
    (
        "Ishiba and Lee held talks on the margins of the ASEAN summit in Vientiane.",
        "meeting",
        2,
    ),
    (
        "Finance ministers will hold talks in Paris next week in advance of a meeting of the International Monetary Fund.",
        "meeting",
        2,
    ),
    (
        "Modi and Xi are expected to hold a bilateral meeting on the margins of the summit.",
        "meeting",
        1,
    ),
    // "his" or "their" after the word, and a partner after the second
    // trigger whom the first meeting lacks: another meeting.
    (
        "Lee flew to Tokyo on Aug. 23, two days before his summit with US President Donald Trump at the White House.",
        "meeting",
        2,
    ),
    (
        "Albanese visited Jakarta in May, weeks before his talks with Chinese Premier Li Qiang in Canberra.",
        "meeting",
        2,
    ),
    (
        "Prime Minister Albanese visited Jakarta in May, days before his talks with President Prabowo there.",
        "meeting",
        1,
    ),
];

/// Runs each (sentence, type, events wanted) case and asserts how many
/// events of the type it gives, listing what it gave when it differs.
fn assert_type_counts(cases: &[(&str, &str, usize)]) {
    let ex = Extractor::embedded().unwrap();
    for (text, ty, n) in cases {
        let events = ex.extract_dated("case", text, Some("2025-09-01"));
        let got = events.iter().filter(|e| e.event_type == *ty).count();
        assert_eq!(
            got,
            *n,
            "{text}: {:?}",
            events
                .iter()
                .map(|e| (&e.event_type, &e.trigger.text))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn an_event_before_or_after_another_is_its_own() {
    assert_type_counts(SEQUENCES);
}

/// Two tariffs or pledges of one sentence that the search for a rate or sum
/// gave one rate or sum: a rate right before a later tariff noun, far from
/// the earlier one, is the later tariff's ("stack on top of the 15% rate
/// already applied"), but not the one a relief is from; two sums under
/// words of two stems are two pledges, and so are two of one value when
/// the later is marked as further money ("a further", "plus"); a sum
/// restated in another currency, or named again, is one: (sentence, type,
/// events of the type).
const SHARED_RATES_AND_SUMS: &[(&str, &str, usize)] = &[
    (
        "Washington threatened new tariffs on European drugs on Monday. Any new duty on European medicines would stack on top of the 15% rate already applied to most EU goods.",
        "tariff",
        3,
    ),
    (
        "The proclamation delays the planned increase in tariffs on kitchen cabinets by a year, keeping the current 25 percent rate in place.",
        "tariff",
        2,
    ),
    (
        "The United States set a 30% tariff on South African goods in August. The new rate, first set out in a letter to President Ramaphosa, replaces the 10% baseline that had applied since April.",
        "tariff",
        3,
    ),
    // The rate of the tariff the first mention relieves, or one measure.
    (
        "The Centre exempted raw cotton from the 11 per cent levy until September.",
        "tariff",
        1,
    ),
    (
        "The U.S. imposed a 10% duty on all Chinese goods on Tuesday.",
        "tariff",
        1,
    ),
    (
        "The ruling makes $6 billion available at once, with about $1.5 billion more to follow by June.",
        "pledge",
        2,
    ),
    (
        "The forest fund was launched at a summit in Belem on Thursday. With $1 billion apiece already committed by Brazil and Indonesia, initial pledges stood at roughly $5.5 billion by the end of the day.",
        "pledge",
        2,
    ),
    // A second sum of the same value, marked as further money.
    (
        "Japan will spend $5 billion on new reactors and extend a further $5 billion in loans to utilities.",
        "pledge",
        2,
    ),
    (
        "The bank pledged $3 billion of loans to Egypt plus $3 billion in trade guarantees.",
        "pledge",
        2,
    ),
    // The same sum named again.
    (
        "Japan pledged $5 billion in aid to Ukraine and will provide the $5 billion over three years.",
        "pledge",
        1,
    ),
    (
        "The fund will provide $2 billion in loans to Kenya, and $2 billion of that will go to schools.",
        "pledge",
        1,
    ),
    // One sum in two currencies, or a list of loans under one word.
    (
        "Japan committed 1 trillion yen (about $6.7 billion) in new loans to India over five years.",
        "pledge",
        1,
    ),
    (
        "Britain pledged £2.5 billion ($3.2 billion) in military aid to Ukraine for next year.",
        "pledge",
        1,
    ),
    (
        "The EU promised $750bn (£560bn) of US energy purchases over three years.",
        "pledge",
        1,
    ),
    (
        "The bank said two loans will support the reform program -- a 40 mln dlr loan for trade and a 20 mln dlr loan for the power sector.",
        "pledge",
        1,
    ),
];

#[test]
fn a_rate_or_sum_given_two_mentions_parts_them_by_its_owner() {
    assert_type_counts(SHARED_RATES_AND_SUMS);
}

/// Two mentions of one type in one sentence, parted or not by their
/// predicates (src/extract/segments.rs): each in a predicate of its own
/// (a coordinated clause with its own finite verb, "and said", "while ...
/// would", a headline's ", spares") is an event of its own, as is one marked
/// as another ("meet again", "further talks"); a definite noun, a predicate
/// noun ("were their fourth meeting"), what was said at the meeting
/// ("and discussed") or a raid's arrests name the first again:
/// (sentence, type, events of the type).
const PREDICATES: &[(&str, &str, usize)] = &[
    (
        "Foreign Minister Cho met Secretary of State Rubio in Washington on Monday and said he would visit Beijing next month.",
        "meeting",
        2,
    ),
    (
        "Presidents Trump and Xi spoke by phone on Thursday and agreed that their trade teams would meet again in London.",
        "meeting",
        2,
    ),
    (
        "Japanese negotiator Akazawa held talks with Commerce Secretary Lutnick on Friday and is expected to meet Treasury Secretary Bessent next week.",
        "meeting",
        2,
    ),
    (
        "Australian beef will be exempt from the new duties, while Brazilian beef would pay a tariff of 40 percent.",
        "tariff",
        2,
    ),
    (
        "Trump orders 50% tariff on imported copper pipes, spares cathodes",
        "tariff",
        2,
    ),
    (
        "EU pledges €2 bn for Kenya at first summit since 2019, opens trade talks",
        "meeting",
        2,
    ),
    // Another party's answer in a conjunct of its own.
    (
        "Washington raised tariffs on Chinese steel in May and Beijing hit back with duties of its own on American pork.",
        "tariff",
        2,
    ),
    // A word right before the trigger naming another event.
    (
        "Officials said no G-7 meeting was planned, since the accords reached at the last meeting in Paris still held.",
        "meeting",
        2,
    ),
    // One event named again.
    (
        "Prime Minister Carney met President Sheinbaum in Mexico City on Thursday and discussed the steel quotas.",
        "meeting",
        1,
    ),
    (
        "The talks, held at a hotel near the harbour, were their fourth meeting since the election.",
        "meeting",
        1,
    ),
    (
        "Washington imposed a 25% tariff on Indian textiles, and the duty took effect at midnight.",
        "tariff",
        1,
    ),
    (
        "Immigration agents raided a battery plant in Georgia on Thursday and detained 475 workers.",
        "raid",
        1,
    ),
    // The first meeting's subject going on, with no party of its own.
    (
        "Foreign Minister Wang Yi met Brazilian Foreign Minister Mauro Vieira in Brasilia on Monday and will hold talks on Tuesday.",
        "meeting",
        1,
    ),
];

#[test]
fn mentions_in_predicates_of_their_own_are_events_of_their_own() {
    assert_type_counts(PREDICATES);
}

/// A tariff after "payback for", "in response to", "retaliation for" ...
/// is the measure another tariff of the sentence answers, a tariff apart;
/// a tariff answering something else is one: (sentence, type, events).
const ANSWERED_MEASURES: &[(&str, &str, usize)] = &[
    (
        "Beijing will impose duties of up to 30% on European pork from Monday, a step seen in Brussels as payback for its tariffs on Chinese electric cars.",
        "tariff",
        2,
    ),
    (
        "Ottawa's levies on American steel took effect on Friday, in response to the U.S. tariffs announced in March.",
        "tariff",
        2,
    ),
    (
        "Washington imposed the duties on Chinese magnets in retaliation for Beijing's export curbs on rare earths.",
        "tariff",
        1,
    ),
];

#[test]
fn a_measure_another_answers_is_a_tariff_apart() {
    assert_type_counts(ANSWERED_MEASURES);
}

/// A summit or talks of a hyphenated pair of parties, the bloc first or
/// second ("the Japan-EU summit", "the EU-China summit"): a meeting of both,
/// though "EU summit" alone names the European Council. (sentence, trigger,
/// participant countries the meeting must hold.)
const PAIR_GATHERINGS: &[(&str, &str, &[&str])] = &[
    (
        "Prime Minister Kishida will attend the Japan-EU summit in Brussels on Thursday.",
        "summit",
        &["JPN", "EU"],
    ),
    (
        "Premier Li Qiang will attend the EU-China summit in Brussels on Thursday.",
        "summit",
        &["EU", "CHN"],
    ),
    (
        "The India-EU summit in New Delhi is scheduled for January 27, officials said.",
        "summit",
        &["IND", "EU"],
    ),
    (
        "The Canada-EU summit opened in Brussels on Monday with a defence pact on the agenda.",
        "summit",
        &["CAN", "EU"],
    ),
    (
        "Officials said the Japan-EU talks in Tokyo would resume next month.",
        "talks",
        &["JPN", "EU"],
    ),
];

#[test]
fn a_pair_gathering_is_a_meeting_of_both_parties() {
    let ex = Extractor::embedded().unwrap();
    for (text, trigger, countries) in PAIR_GATHERINGS {
        let events = ex.extract_dated("case", text, Some("2025-09-01"));
        let meeting = events
            .iter()
            .find(|e| e.event_type == "meeting" && e.trigger.text == *trigger);
        let Some(meeting) = meeting else {
            panic!("{text}: no meeting on {trigger:?} in {events:?}");
        };
        for c in *countries {
            assert!(
                meeting
                    .actors
                    .iter()
                    .any(|a| a.country.as_deref() == Some(*c)),
                "{text}: no {c} participant in {:?}",
                meeting.actors
            );
        }
    }
}

/// A pledge in a clause with a subject of its own, after "and", "while" or
/// a comma and "and", is that subject's commitment beside the sentence's
/// first, and a verb coordinated after "and agreed to" is a commitment of
/// its own; a list of subjects ("as Trump and von der Leyen struck a
/// deal"), a sum and an actor in one noun phrase ("and $100 billion in
/// U.S. energy purchases") and a commitment named again ("welcomed the
/// pledge") are not: (sentence, type, events of the type).
const OTHER_SUBJECT_COMMITMENTS: &[(&str, &str, usize)] = &[
    (
        "Japan pledged $500 million to the fund, and South Korea promised $200 million.",
        "pledge",
        2,
    ),
    (
        "Norway said it was ready to contribute, and Denmark set aside $20 million for the scheme.",
        "pledge",
        2,
    ),
    (
        "Canada will provide C$50 million in food aid while Australia pledged A$30 million.",
        "pledge",
        2,
    ),
    (
        "Japan on Monday extended a $2 billion credit line to Sri Lanka and agreed to defer repayments on earlier loans.",
        "pledge",
        2,
    ),
    (
        "China granted Laos a 3 billion yuan loan and agreed to ease repayments on its railway debt.",
        "pledge",
        2,
    ),
    (
        "The EU promised $600 billion of investment as Trump and von der Leyen struck a deal in Scotland.",
        "pledge",
        1,
    ),
    (
        "Japan pledged $500 million, and Tokyo's finance minister welcomed the pledge.",
        "pledge",
        1,
    ),
    (
        "Seoul will invest $350 billion in exchange for the lower tariff and $100 billion in U.S. energy purchases.",
        "pledge",
        2,
    ),
    (
        "Quantinuum and Qatar's Al Rabban Capital plan to invest up to $1 billion in quantum technology.",
        "pledge",
        1,
    ),
];

#[test]
fn a_pledge_with_a_subject_of_its_own_is_a_commitment_apart() {
    assert_type_counts(OTHER_SUBJECT_COMMITMENTS);
}

/// A bulleted line of rates parted by semicolons is one list, a tariff per
/// rate: each after a colon ("• Cabinets and vanities: 50%; upholstered
/// furniture: 30%") or in the same frame ("50% on Chinese mills; 25% on
/// Korean mills"); one rate given twice is one: (article, tariffs on its
/// last line).
const BULLET_RATE_LISTS: &[(&str, usize)] = &[
    (
        "Trump raises tariffs on furniture and kitchen cabinets\n\nThe new duties take effect on January 1.\n\n• Cabinets and vanities: 50%; upholstered furniture: 30%",
        2,
    ),
    (
        "Washington raises tariffs on steel\n\nThe new duties take effect on Monday.\n\n• Steel: 50% on Chinese mills; 25% on Korean mills",
        2,
    ),
    (
        "Trump raises tariffs on vehicles\n\nThe new duties take effect on January 1.\n\n• Cars: 25%; trucks: 25%",
        1,
    ),
];

#[test]
fn a_bulleted_line_of_rates_gives_one_tariff_per_rate() {
    let ex = Extractor::embedded().unwrap();
    for (text, n) in BULLET_RATE_LISTS {
        let last_start = text.rfind('\n').map_or(0, |i| i + 1);
        let events: Vec<_> = ex
            .extract_dated("case", text, Some("2025-09-01"))
            .into_iter()
            .filter(|e| e.event_type == "tariff" && e.trigger.start >= last_start)
            .collect();
        assert_eq!(
            events.len(),
            *n,
            "{text:?}: {:?}",
            events.iter().map(|e| &e.trigger.text).collect::<Vec<_>>()
        );
    }
}

/// A gathering named by its own name beside another meeting of its sentence
/// (src/extract/article.rs, `own_gathering`): (article, the triggers of the
/// meetings it must give, in text order). A gathering that frames another
/// act ("attend", "at", "for" after a trip, a host's summit), an unnamed one
/// or one named by the parties of the other stays one event.
const NAMED_GATHERINGS: &[(&str, &[&str])] = &[
    // Two meetings: a bilateral and the ministers' meeting it was held during.
    (
        "Wong and Wang Yi also met in Vientiane in July, during a meeting of ASEAN foreign ministers.",
        &["met", "meeting"],
    ),
    // Two gatherings, each with its own name.
    (
        "Officials in Canberra named the Pacific Islands Forum summit in Honiara in September and the ASEAN summit in Kuala Lumpur in October as possible venues.",
        &["Forum", "summit"],
    ),
    // One: a part taken in the gathering.
    (
        "Albanese will attend the APEC summit in Gyeongju next week.",
        &["summit"],
    ),
    // One: a trip made for the summit.
    (
        "Albanese flew to Kuala Lumpur on Saturday for the ASEAN summit.",
        &["flew to"],
    ),
    // One: the host's own summit, named by its parties.
    (
        "Starmer hosted Macron at Downing Street for the annual UK-France summit.",
        &["hosted"],
    ),
    // One: the gathering is where the meeting would be held.
    (
        "Carney told reporters he had no plans to meet Modi at the Commonwealth summit.",
        &["meet"],
    ),
    // One: the meeting named again, with no name of its own.
    (
        "Albanese met Luxon in Wellington on Friday; the talks covered trade.",
        &["met"],
    ),
];

#[test]
fn a_named_gathering_beside_another_meeting_is_its_own_event() {
    let ex = Extractor::embedded().unwrap();
    for (text, want) in NAMED_GATHERINGS {
        let events = ex.extract_dated("case", text, Some("2025-06-01"));
        let got: Vec<&str> = events
            .iter()
            .filter(|e| e.event_type == "meeting")
            .map(|e| e.trigger.text.as_str())
            .collect();
        assert_eq!(got, *want, "{text}");
    }
}

/// A percent of a tariff sentence that no trigger holds, standing as a
/// rate of its own, is a tariff of its own; a change's old rate, a share, an
/// end of a range, a comparison's figure and a trigger's own figure are not:
/// (article, the rates of its tariffs in text order, NaN for none).
const UNOWNED_RATES: &[(&str, &[f64])] = &[
    (
        "Brazilian steel will face a new 30 percent levy from March, on top of the 12 percent the commerce ministry imposed last year.",
        &[30.0, 12.0],
    ),
    (
        "Ottawa set a 14% duty on Vietnamese furniture, well below the 40% the domestic industry had asked for.",
        &[14.0, 40.0],
    ),
    (
        "The tariff on Korean ships was set at 35% in June, although Japan negotiated a 20% cap.",
        &[35.0, 20.0],
    ),
    (
        "The EU will impose a steel safeguard tariff. Imports above the quota would pay 60%, double the 30% levied under the safeguard that expires in May.",
        &[f64::NAN, 60.0, 30.0],
    ),
    // The old rate of a change, a share of goods, a range's other end.
    (
        "Washington will lower its tariff on Thai rice to 12 percent from 36 percent.",
        &[12.0],
    ),
    (
        "The pact removes duties on 97% of the goods Chile sells to India.",
        &[0.0],
    ),
    (
        "Peru will levy anti-dumping duties of between 8.5% and 21.3% on Chinese tiles.",
        &[21.3],
    ),
    // A figure that a tariff word right after it holds.
    (
        "The president lifted the 40% tariff he imposed on Argentine lemons in April.",
        &[0.0],
    ),
    // Growth figures in a tariff story.
    (
        "Ghana's cocoa exports rose 8% last year even as the 15% duty on cocoa butter took effect in Europe.",
        &[15.0],
    ),
];

#[test]
fn a_rate_no_trigger_holds_is_a_tariff_of_its_own() {
    let ex = Extractor::embedded().unwrap();
    for (text, rates) in UNOWNED_RATES {
        let events = ex.extract_dated("case", text, Some("2025-09-01"));
        let got: Vec<f64> = events
            .iter()
            .filter(|e| e.event_type == "tariff")
            .map(|e| e.rate.as_ref().map_or(f64::NAN, |r| r.value))
            .collect();
        assert_eq!(
            got.len(),
            rates.len(),
            "{text}: {:?}",
            events
                .iter()
                .map(|e| (
                    &e.event_type,
                    &e.trigger.text,
                    e.rate.as_ref().map(|r| r.value)
                ))
                .collect::<Vec<_>>()
        );
        for (g, w) in got.iter().zip(rates.iter()) {
            let same = (g.is_nan() && w.is_nan()) || (g - w).abs() < 1e-9;
            assert!(same, "{text}: rates {got:?}, want {rates:?}");
        }
    }
}

/// A trip named after a meeting, past an opener of another event ("ahead
/// of", "to pave the way for", "sets the stage for"), is a meeting of its own
/// when it goes to a party the first meeting does not have; a trip within
/// the first meeting's country is its sequel: (article, type, events).
const TRIPS_AFTER_A_MEETING: &[(&str, &str, usize)] = &[
    (
        "Thatcher left Bonn on Sunday after talks with Chancellor Helmut Kohl ahead of her visit to Moscow next week.",
        "meeting",
        2,
    ),
    (
        "Abe met Nakasone on Monday to pave the way for the prime minister's visit to Washington next week.",
        "meeting",
        2,
    ),
    (
        "The Chinese foreign minister's two-day visit to New Delhi sets the stage for Modi's trip to Tianjin.",
        "meeting",
        2,
    ),
    (
        "Merkel held talks with Macron in Paris ahead of her visit to Lyon on Friday.",
        "meeting",
        1,
    ),
];

#[test]
fn a_trip_to_another_party_after_a_meeting_is_its_own() {
    assert_type_counts(TRIPS_AFTER_A_MEETING);
}

/// Such a trip meets where it goes, not the first meeting's partners named
/// between the two, nor a place of theirs left behind: (article, the trip's
/// trigger, its participants' countries).
const TRIP_PARTIES: &[(&str, &str, &[&str])] = &[
    (
        "Thatcher left Bonn on Sunday after talks with Chancellor Helmut Kohl ahead of her visit to Moscow next week.",
        "visit",
        &["GBR", "SUN"],
    ),
    (
        "Former Foreign Minister Shintaro Abe met Nakasone on Monday to pave the way for the prime minister's visit to Washington next week.",
        "visit",
        &["JPN", "USA"],
    ),
];

#[test]
fn a_trip_apart_meets_where_it_goes() {
    let ex = Extractor::embedded().unwrap();
    for (text, trigger, want) in TRIP_PARTIES {
        let events = ex.extract_dated("case", text, Some("1987-03-25"));
        let trip = events
            .iter()
            .find(|e| e.event_type == "meeting" && e.trigger.text == *trigger)
            .unwrap_or_else(|| panic!("{text}: no meeting at {trigger}"));
        let mut got: Vec<&str> = trip
            .actors
            .iter()
            .filter_map(|a| a.country.as_deref())
            .collect();
        got.sort_unstable();
        got.dedup();
        assert_eq!(got, *want, "{text}");
    }
}

/// A participial clause after a comma ("..., pushing the levy past 45%",
/// "..., adding that he would visit") is a predicate of its own; an "-ing"
/// preposition ("including") opens none, and a trigger phrase opening with
/// a definite determiner ("the measure") names the event told:
/// (sentence, type, events).
const PARTICIPLES: &[(&str, &str, usize)] = &[
    (
        "Washington's duties on Canadian lumber rose on Friday, pushing the combined levy on softwood above 45%.",
        "tariff",
        2,
    ),
    (
        "The prime minister met President Lula in Brasilia on Monday, adding that he would visit Beijing in June.",
        "meeting",
        2,
    ),
    (
        "Mexico raised tariffs on imported shoes to 30% on Tuesday, including a levy on Chinese sneakers.",
        "tariff",
        1,
    ),
    (
        "The senate approved tariff increases of up to 35% on Chinese cars on Wednesday, sending the measure to the president for signature.",
        "tariff",
        1,
    ),
];

#[test]
fn a_participial_clause_is_a_predicate_of_its_own() {
    assert_type_counts(PARTICIPLES);
}

/// A conjunct whose name is followed by a past verb has a subject and
/// predicate of its own ("..., and Ruto proposed a second summit"); a noun
/// list with a participle after it ("Canada and Mexico imposed in March")
/// stays one mention: (sentence, type, events).
const NAMED_SUBJECTS: &[(&str, &str, usize)] = &[
    (
        "Macron met the Kenyan president in Nairobi on Monday, and Ruto proposed a second summit in Paris next year.",
        "meeting",
        2,
    ),
    (
        "Tariffs on steel from Canada and Mexico imposed in March stay in force.",
        "tariff",
        1,
    ),
];

#[test]
fn a_conjunct_with_a_named_subject_and_past_verb_is_a_predicate_of_its_own() {
    assert_type_counts(NAMED_SUBJECTS);
}
