//! Modality: a table of realistic newswire sentences (with the article's date
//! where time words matter) and the modality of the event each one gives.

use newsevents::Extractor;

/// Sentence, article date (or none), event type, expected modality.
type Case = (
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
);

const CASES: &[Case] = &[
    // A trailing "unless" is the exception to a default, not a condition
    // (session 27), unless "would" governs the clause.
    (
        "The safeguard duty on imported ceramic tiles stays in place for three years unless the commission revokes it.",
        None,
        "tariff",
        "asserted",
    ),
    (
        "Ottawa's counter-tariffs on U.S. dairy will widen to a further C$20 billion of goods next month unless Washington backs down.",
        None,
        "tariff",
        "planned",
    ),
    (
        "The president said he would double the tariffs on Brazilian beef unless Brasilia dropped its ethanol levy.",
        None,
        "tariff",
        "hypothetical",
    ),
    // What a pledge or tariff already there does, told with "would" or
    // "will" after it (session 27).
    (
        "Bankers said the ADB loan to Sri Lanka would steady the rupee ahead of the budget.",
        None,
        "pledge",
        "asserted",
    ),
    (
        "Builders said the 25 percent tariff on Canadian lumber would push up the price of new homes.",
        None,
        "tariff",
        "asserted",
    ),
    // A tariff that takes effect "today" or "immediately", in the present
    // tense, is in force (session 27).
    (
        "Indonesia's new import tariff on Chinese textiles takes effect today.",
        None,
        "tariff",
        "asserted",
    ),
    (
        "Indonesia's new import tariff on Chinese textiles will take effect today.",
        None,
        "tariff",
        "planned",
    ),
    // What an event does to others, told with "would" after it, is no
    // plan for the event: it is there.
    (
        "U.S. steelmakers said the new anti-dumping duty on Chinese steel would give domestic mills time to modernise.",
        None,
        "tariff",
        "asserted",
    ),
    (
        "Opposition leaders said the EU loan to Greece would change little for ordinary Greeks.",
        None,
        "pledge",
        "asserted",
    ),
    (
        "Officials said the Lisbon summit would be remembered as a turning point for debt relief.",
        None,
        "meeting",
        "asserted",
    ),
    // ... but a hoped-for outcome of a trip still ahead leaves it planned.
    (
        "UK HOPES BLAIR'S BEIJING TRIP WILL EASE TENSIONS",
        None,
        "meeting",
        "planned",
    ),
    // A traveller setting off in the present for the meeting: still ahead.
    (
        "Indonesia's trade minister leaves tomorrow for Canberra for trade talks with Australian officials.",
        None,
        "meeting",
        "planned",
    ),
    (
        "The Danish foreign minister departs on Sunday for Nairobi for talks on drought relief.",
        None,
        "meeting",
        "planned",
    ),
    (
        "EU leaders fly on to Tokyo for talks with the Japanese prime minister.",
        None,
        "meeting",
        "planned",
    ),
    (
        "The finance minister heads this weekend to Riyadh for a meeting with Saudi officials.",
        None,
        "meeting",
        "planned",
    ),
    // ... but a trip made, or under way, is no plan.
    (
        "The Kenyan president flew to Addis Ababa on Monday for talks with the Ethiopian prime minister.",
        None,
        "meeting",
        "asserted",
    ),
    // A trigger opening with a future verb phrase is still to come.
    (
        "Ghana is due to receive 600 mln dlrs in export credits from Japan under the agreement.",
        None,
        "pledge",
        "planned",
    ),
    (
        "Jordan is set to receive 300 million dollars in budget aid from Kuwait next year.",
        None,
        "pledge",
        "planned",
    ),
    // A host's greeting is the visit under way, whatever a "would" in the
    // main clause says.
    (
        "Qatar's emir said his country would buy more American jets, as President Trump welcomed him to the White House on Tuesday.",
        None,
        "meeting",
        "asserted",
    ),
    (
        "Prime Minister Modi said India would open its market further as President Biden welcomed him at the White House.",
        None,
        "meeting",
        "asserted",
    ),
    // A duty already borne is in force, whatever future words stand
    // before it.
    (
        "Shrimp exporters, who will also lose subsidies next year, are already grappling with 25% U.S. duties.",
        None,
        "tariff",
        "asserted",
    ),
    // A past tense verb on the trigger outweighs a month after it.
    (
        "It said President Reagan imposed the tariff in April 1983 on Japanese motorcycles.",
        Some("01-APR-1987"),
        "tariff",
        "asserted",
    ),
    (
        "Canada slapped a 1.05 dlrs per bushel duty on U.S. corn imports in November 1986.",
        Some("20-MAR-1987"),
        "tariff",
        "asserted",
    ),
    // A participle of expectation after the trigger makes it planned.
    (
        "The union named Chrysler as the target company in talks expected to open in late July.",
        Some("02-JUN-1987"),
        "meeting",
        "planned",
    ),
    // A relative clause on the trigger with a conditional or possible
    // modal leaves the event hypothetical ...
    (
        "Shultz outlined a regional conference that could bring Israel and Jordan together.",
        Some("02-APR-1987"),
        "meeting",
        "hypothetical",
    ),
    (
        "The EC tariffs, which might cost U.S. exporters 400 mln dlrs a year, were criticised by Washington.",
        Some("02-APR-1987"),
        "tariff",
        "hypothetical",
    ),
    // ... unless a time after the modal schedules it.
    (
        "The U.S. tariffs, which would take effect on April 17, cover Japanese televisions and computers.",
        Some("02-APR-1987"),
        "tariff",
        "planned",
    ),
    // Leaving talks denies them for the one who leaves.
    (
        "France pulled out of the Brussels farm talks with West Germany on Monday, officials said.",
        Some("02-APR-1987"),
        "meeting",
        "negated",
    ),
    // A month with no year, or this year, still points ahead.
    (
        "The United States will put 100 pct tariffs on Japanese electronic goods on April 17.",
        Some("30-MAR-1987"),
        "tariff",
        "planned",
    ),
    (
        "Talks with Japan begin in Washington in April 1987, officials said.",
        Some("20-MAR-1987"),
        "meeting",
        "planned",
    ),
    // A year before the article's is the past, even with "in March".
    (
        "Coffee talks between Brazil and the United States in March 1985 ended without agreement.",
        Some("20-MAR-1987"),
        "meeting",
        "asserted",
    ),
    // Future words after the trigger.
    (
        "Talks between Yugoslavia and its commercial bank creditors will follow in April.",
        Some("20-MAR-1987"),
        "meeting",
        "planned",
    ),
    (
        "Deputy Prime Minister Janez Zemljaric, speaking before a meeting with the Paris Club, said Yugoslavia would seek new terms.",
        None,
        "meeting",
        "planned",
    ),
    (
        "Turkey welcomed the deal to open formal talks with the European Union.",
        None,
        "meeting",
        "planned",
    ),
    (
        "Mr Blair also made a surprise trip to Iraq this week.",
        None,
        "meeting",
        "asserted",
    ),
    // A request far before the trigger governs something else.
    (
        "Government officials said Japan would make a formal request next week to Washington and that the two sides would probably meet the week after, before the tariffs take effect.",
        Some("30-MAR-1987"),
        "tariff",
        "planned",
    ),
    // A request for a probe is not a request for the tariff it examines, and
    // "if" after "determine" is "whether".
    (
        "The Senate voted to seek an expedited U.S. probe of Canadian tariffs on corn imports to determine if the United States should retaliate.",
        Some("26-MAR-1987"),
        "tariff",
        "asserted",
    ),
    (
        "The EC could impose the duties on Japanese imports if talks fail.",
        None,
        "tariff",
        "hypothetical",
    ),
    (
        "South Korea is studying a plan to buy more coal from the United States.",
        None,
        "pledge",
        "hypothetical",
    ),
    (
        "Japan has withheld new official credits to Poland since 1982.",
        Some("08-APR-1987"),
        "pledge",
        "negated",
    ),
    (
        "Brazil and its bank advisory committee agreed on a new credit request for 1987.",
        None,
        "pledge",
        "requested",
    ),
    // Negation reaches six words back within the trigger's phrase, but not
    // through "comment on".
    (
        "In return, the United States waived its right to impose import duties on Japanese microchips.",
        Some("27-MAR-1987"),
        "tariff",
        "negated",
    ),
    (
        "Finance Minister Gerhard Stoltenberg declined to comment on the meeting with Treasury Secretary James Baker.",
        Some("08-APR-1987"),
        "meeting",
        "asserted",
    ),
    // "likely" near the trigger is a possibility; far before it, a plan.
    (
        "The Soviet Union will likely honor its commitment to buy four mln tonnes of U.S. corn this year.",
        Some("02-MAR-1987"),
        "pledge",
        "hypothetical",
    ),
    (
        "Washington is likely to announce today a series of tariff sanctions against Japanese electronics.",
        Some("27-MAR-1987"),
        "tariff",
        "planned",
    ),
    // A time word after the trigger that the time stage places before the
    // article's day dates a past event, not a plan.
    (
        "The two presidents settled the dispute over rice quotas at a summit in Manila on Tuesday.",
        Some("2025-03-13"),
        "meeting",
        "asserted",
    ),
    (
        "Relations improved after the prime minister's visit to Canberra in March last year.",
        Some("2025-06-02"),
        "meeting",
        "asserted",
    ),
    (
        "The prime minister will make a visit to Canberra in March, officials said.",
        Some("2025-01-20"),
        "meeting",
        "planned",
    ),
    // A dateline's month is no modal: "May" there is no "may".
    (
        "MANILA, May 6 — The defence ministers of Japan and the Philippines signed a maritime accord on coast guard training during an official visit to Manila.",
        Some("2025-05-07"),
        "meeting",
        "asserted",
    ),
    // A deck under the title reads as a headline: "to" is the future.
    (
        "Lisbon and Brasilia settle beef dispute\n\nPortugal to cut levies on Brazilian beef to 5 percent; Brasilia to lower its rate\n\nLISBON - Officials said the agreement was signed.",
        None,
        "tariff",
        "planned",
    ),
    // An event no cue decides whose own time lies after the article's day
    // is still to come; a past verb right after the trigger, or an end
    // date of a measure in force, keeps it asserted.
    (
        "The Paris Club of creditor nations meets on 12 January to discuss a debt moratorium for the flood-hit countries.",
        Some("2005-01-05"),
        "meeting",
        "planned",
    ),
    (
        "The March talks with Brazil focused on coffee export quotas and ended without a deal.",
        Some("1987-02-10"),
        "meeting",
        "asserted",
    ),
    (
        "The truce that cut U.S. tariffs on Chinese goods to 30% expires on Nov. 10.",
        Some("2025-10-01"),
        "tariff",
        "asserted",
    ),
    // "must" asks.
    (
        "Kyiv must secure about 5 billion dlrs in new loans from its allies this year, the fund said.",
        Some("2025-03-01"),
        "pledge",
        "requested",
    ),
    // A request close to the trigger is a request.
    (
        "The United States asked South Korea to invest 350 billion dlrs in American industry.",
        None,
        "pledge",
        "requested",
    ),
    // The noun "possibility" makes the event a possibility, like "possible".
    (
        "The premier raised the possibility of fresh loans to Kenya next year.",
        None,
        "pledge",
        "hypothetical",
    ),
    // A trigger that is itself the threat: no date after it makes it planned.
    (
        "Last week Washington had threatened a 40 percent tariff on Brazilian steel from Aug. 1.",
        Some("2025-07-20"),
        "tariff",
        "hypothetical",
    ),
    (
        "Washington will impose a 40 percent tariff on Brazilian steel from Aug. 1.",
        Some("2025-07-20"),
        "tariff",
        "planned",
    ),
    // A negation's barrier is read after the whole cue and not inside a compound;
    // a negation of a dispute or reprisal over the event leaves it standing.
    (
        "The two unions said there was no point in further talks with the employers.",
        None,
        "meeting",
        "negated",
    ),
    (
        "There have not been in-depth talks between the two governments.",
        None,
        "meeting",
        "negated",
    ),
    (
        "Tokyo and Seoul see no trade war over the new tariffs on steel.",
        None,
        "tariff",
        "asserted",
    ),
    (
        "Lula said Brazil would not be blackmailed over the U.S. tariffs.",
        None,
        "tariff",
        "planned",
    ),
    (
        "The sixth round of talks was called off after Washington doubled its tariff on Indian goods.",
        None,
        "tariff",
        "asserted",
    ),
    (
        "In return, Ottawa agreed to forgo countervailing duties on U.S. corn.",
        None,
        "tariff",
        "negated",
    ),
    (
        "Trump said all trade negotiations with Canada are hereby terminated.",
        None,
        "meeting",
        "negated",
    ),
    // Obligations: set by others ("supposed to") or still to be met ("has to").
    (
        "The banks were supposed to confirm their loan commitments to Peru by May 1.",
        Some("1987-04-20"),
        "pledge",
        "requested",
    ),
    (
        "Argentina still has to obtain new loans from its creditor banks.",
        None,
        "pledge",
        "planned",
    ),
    (
        "Exporters still pay a 25 percent tariff on steel shipped to the United States.",
        None,
        "tariff",
        "asserted",
    ),
    (
        "Imports from Vietnam will be charged a 20 percent tariff, effective immediately.",
        None,
        "tariff",
        "asserted",
    ),
    // A headline "TO" after "SAID" reports a view, not a future.
    (
        "JAPAN SAID TO REGARD VENICE SUMMIT AS A SETBACK",
        Some("12-JUN-1987"),
        "meeting",
        "asserted",
    ),
    (
        "U.S. REPORTED TO WELCOME OUTCOME OF TOKYO TALKS",
        Some("12-JUN-1987"),
        "meeting",
        "asserted",
    ),
    // "probable", like "possible", before the trigger makes it a possibility.
    (
        "Currency markets are watching for a probable meeting between the U.S. and Japanese finance ministers.",
        None,
        "meeting",
        "hypothetical",
    ),
    // A predicate after the trigger's subject rules it out or makes it possible.
    // "unlikely to" with another verb judges the effect of an event still
    // to come; with the event's own taking place it rules the event out.
    (
        "Dealers said the talks between Washington and Tokyo were unlikely to lift the dollar.",
        None,
        "meeting",
        "planned",
    ),
    (
        "Diplomats said the talks between Athens and Ankara are unlikely to resolve the dispute.",
        None,
        "meeting",
        "planned",
    ),
    (
        "Diplomats said talks between Athens and Ankara are unlikely to resume before June.",
        None,
        "meeting",
        "negated",
    ),
    (
        "A senior official said an early meeting of Group of Seven finance ministers was unlikely.",
        None,
        "meeting",
        "negated",
    ),
    (
        "A senior official said an early meeting of Group of Seven finance ministers would take place next week.",
        None,
        "meeting",
        "planned",
    ),
    (
        "NAKASONE VISIT TO WASHINGTON POSSIBLE, OFFICIALS SAY",
        None,
        "meeting",
        "hypothetical",
    ),
    (
        "Talks with Fiat on a possible merger ended on Friday without agreement.",
        None,
        "meeting",
        "asserted",
    ),
    // A request of something else ("against", "include ... in") is no request.
    (
        "German carmakers had lobbied hard against the tariffs on Chinese electric vehicles.",
        None,
        "tariff",
        "asserted",
    ),
    (
        "German carmakers have called for tariffs on Chinese electric vehicles.",
        None,
        "tariff",
        "requested",
    ),
    // A condition after a speech verb is the reported clause's, not the trigger's.
    (
        "Hitachi, which has faced a U.S. dumping duty since January, said it may leave the market if the final rate is too high.",
        None,
        "tariff",
        "asserted",
    ),
    (
        "Washington will impose a dumping duty on Japanese tubes if talks fail.",
        None,
        "tariff",
        "hypothetical",
    ),
    // Headlinese: any "to" before a verb is the future, not only the last "to".
    (
        "Samsung to get up to $6.4 billion in federal grants for Texas plant",
        None,
        "pledge",
        "planned",
    ),
    // "would invest" reports a decision: planned, not a possibility.
    (
        "Officials said Toyota would invest more than $10 billion in new plants in Kentucky.",
        None,
        "pledge",
        "planned",
    ),
    // A predicate after the subject: a bare adjective at the end of its phrase
    // or before its time.
    (
        "GATT MINISTERS MEETING UNLIKELY - BRAZILIAN OFFICIAL",
        None,
        "meeting",
        "negated",
    ),
    (
        "EC FARM MINISTERS MEETING UNLIKELY THIS MONTH",
        None,
        "meeting",
        "negated",
    ),
    // A refusal or unlikelihood reaches its infinitive's object further back,
    // unless a barrier or a past verb of its own stands between.
    (
        "Trump is unlikely to honour any new climate finance commitments to poor countries.",
        None,
        "pledge",
        "negated",
    ),
    (
        "Tokyo is unlikely to object because Washington imposed the tariff on Brazil last year.",
        None,
        "tariff",
        "asserted",
    ),
    // A trigger heading its phrase after a comma takes that phrase's predicate.
    (
        "No agreement has been reached, and serious negotiations with the union have not begun.",
        None,
        "meeting",
        "negated",
    ),
    // A consequence still to come of an event that is there: asserted.
    (
        "The Georgia raid will make Korean firms think twice about U.S. plants.",
        None,
        "raid",
        "asserted",
    ),
    (
        "Talks with the union will take place next week in Detroit.",
        None,
        "meeting",
        "planned",
    ),
    // An invitation to a verb trigger asks for it; one to attend an event does not.
    (
        "Xi invited Trump to visit China next year.",
        None,
        "meeting",
        "requested",
    ),
    (
        "Mexico and India were invited to attend some of the summit sessions in Kananaskis.",
        None,
        "meeting",
        "asserted",
    ),
    // Delayed is still to come; a loss of aid is none.
    (
        "The Japanese aid package for Manila, originally scheduled for March, was delayed because of the election.",
        None,
        "pledge",
        "planned",
    ),
    (
        "The Japanese aid package for Manila was signed on Friday after months of talks.",
        None,
        "pledge",
        "asserted",
    ),
    (
        "The loss of U.S. aid will cost Fiji about 10 mln dlrs a year.",
        None,
        "pledge",
        "negated",
    ),
    // Talks that collapsed or broke down come to nothing.
    (
        "The unions would react to the collapse of the talks with warning strikes.",
        None,
        "meeting",
        "negated",
    ),
    // "effective" after a determiner is "actual", not a start date.
    (
        "Korea argues its effective tariff on American goods is already close to zero.",
        None,
        "tariff",
        "asserted",
    ),
    (
        "The new tariff on American goods becomes effective on April 1, officials said.",
        Some("2025-03-01"),
        "tariff",
        "planned",
    ),
    // A request cue is a past tense verb too: its clause's date is past.
    (
        "Tax inspectors pressed on with their searches of the producer's offices for a second day on Wednesday.",
        Some("2025-01-23"),
        "raid",
        "asserted",
    ),
    (
        "At meetings in Tokyo this week, British officials pressed their Japanese counterparts to open the bond market.",
        Some("1987-04-03"),
        "meeting",
        "asserted",
    ),
    (
        "At meetings in Tokyo this week, British officials will press their Japanese counterparts to open the bond market.",
        Some("1987-04-03"),
        "meeting",
        "planned",
    ),
    // The trigger named as something the subject holds, source of what is planned.
    (
        "Seoul will hand over $200 billion of its $350 billion investment package in cash, officials said.",
        None,
        "pledge",
        "asserted",
    ),
    (
        "Seoul will hand over a $350 billion investment package in cash, officials said.",
        None,
        "pledge",
        "planned",
    ),
    // A conditional word after an auxiliary is a participle, no condition.
    (
        "An export credit of 250 mln dlrs had been provided for engineering goods exports to Africa.",
        None,
        "pledge",
        "asserted",
    ),
    (
        "Japan will extend the credit to Manila provided that it accepts IMF terms.",
        None,
        "pledge",
        "hypothetical",
    ),
    // "in favour of" is support given, no request.
    (
        "The WTO panel ruled in favour of a duty on U.S. corn imports.",
        None,
        "tariff",
        "asserted",
    ),
    (
        "Corn growers favour a duty on Canadian corn imports.",
        None,
        "tariff",
        "requested",
    ),
    // "not ... until" puts the event off.
    (
        "Japan said it would not meet EC officials until May.",
        Some("1987-03-01"),
        "meeting",
        "planned",
    ),
    (
        "Japan said it would not meet EC officials in May.",
        Some("1987-03-01"),
        "meeting",
        "negated",
    ),
    // A condition after the trigger, with no past verb between, is the trigger's.
    (
        "Officials said the tariffs would be ended as soon as Japan started honouring the pact.",
        None,
        "tariff",
        "hypothetical",
    ),
    // A possibility of what happens at the event is not the event's.
    (
        "The British budget was likely to be rejected at a meeting of EC finance ministers next week.",
        Some("1987-03-01"),
        "meeting",
        "planned",
    ),
    (
        "The British budget was likely to be rejected by EC finance ministers, who may meet next week.",
        Some("1987-03-01"),
        "meeting",
        "hypothetical",
    ),
    (
        "GREEK PREMIER HINTS AT TALKS WITH ANKARA",
        None,
        "meeting",
        "hypothetical",
    ),
    // A trigger naming a plan or goal, or modifying one, is planned.
    (
        "Tokyo opens Africa summit with $5.5bn loan plan",
        Some("2025-08-20"),
        "pledge",
        "planned",
    ),
    (
        "Japan sets 10 trillion yen private investment goal for India",
        Some("2025-08-20"),
        "pledge",
        "planned",
    ),
    (
        "Tokyo opened the Africa summit with a $5.5bn loan to Kenya",
        Some("2025-08-20"),
        "pledge",
        "asserted",
    ),
    // An event the sentence gives as a cause has happened.
    (
        "Trade is expected to grow as a result of the prime minister's visit to China.",
        None,
        "meeting",
        "asserted",
    ),
    // The preposition's reach is counted from its last word, so a long
    // one ("as a result of", "in the wake of") carries a titled name.
    (
        "A rise in exports is expected as a result of Danish Prime Minister Poul Schlueter's visit to Beijing.",
        None,
        "meeting",
        "asserted",
    ),
    (
        "A pick-up in investment is expected in the wake of Finnish Foreign Minister Kalevi Sorsa's visit to Seoul.",
        None,
        "meeting",
        "asserted",
    ),
    (
        "Trade is expected to grow during the prime minister's visit to China next month.",
        None,
        "meeting",
        "planned",
    ),
    // A bulleted rate with no cue in its first phrase: in force later in the line.
    (
        "New tariff rates:\n• China: 125% tariff, effective immediately",
        Some("2025-04-10"),
        "tariff",
        "asserted",
    ),
    (
        "New tariff rates:\n• China: 125% tariff, from July 9",
        Some("2025-04-10"),
        "tariff",
        "planned",
    ),
    // Approval sets a tariff or talks up for later; a pledge approved is made.
    (
        "The cabinet approved negotiations with foreign bank creditors on the debt.",
        None,
        "meeting",
        "planned",
    ),
    (
        "Ministers gave final approval to new tariffs on Russian fertiliser.",
        None,
        "tariff",
        "planned",
    ),
    (
        "The World Bank approved a 40 mln dlr loan to Brazil.",
        None,
        "pledge",
        "asserted",
    ),
    // A past participle after "would have" is a counterfactual.
    (
        "The orders would have hit almost all Canadian and Mexican imports with a 25% duty.",
        Some("2025-06-01"),
        "tariff",
        "hypothetical",
    ),
    (
        "The orders have hit almost all Canadian and Mexican imports with a 25% duty.",
        Some("2025-06-01"),
        "tariff",
        "asserted",
    ),
    // "nor" carries the earlier negation, and its barrier.
    (
        "Officials said the pause does not affect cars, nor the 25 percent levies on Canadian lumber.",
        Some("2025-06-01"),
        "tariff",
        "asserted",
    ),
    (
        "Japan will not open its rice market, nor will it lower tariffs on beef.",
        Some("2025-06-01"),
        "tariff",
        "negated",
    ),
    // Headline: the "to" of a compound is no future infinitive.
    (
        "EU ministers hold back-to-back talks with Japan, meet Korean envoy",
        Some("2025-06-01"),
        "meeting",
        "asserted",
    ),
    (
        "Modi holds face-to-face talks with Anwar in Kuala Lumpur",
        Some("2025-06-01"),
        "meeting",
        "asserted",
    ),
    // Headline: "X to VERB" reaches a trigger far down a long object.
    (
        "Intel to receive up to $8.5 billion in federal chip subsidies and loans",
        Some("2025-06-01"),
        "pledge",
        "planned",
    ),
    // A comma inside a list of countries does not cut the negation's phrase.
    (
        "EU pauses Canada, Mexico tariffs for 90 days",
        Some("2025-06-01"),
        "tariff",
        "negated",
    ),
    (
        "Washington shelves 30% levy on Brazilian steel",
        Some("2025-06-01"),
        "tariff",
        "negated",
    ),
    // Something worked to avoid or withheld did not happen: "trying to
    // avoid", "withhold".
    (
        "Gulf producers were trying to avoid an emergency OPEC meeting before June, delegates said.",
        Some("14-APR-1987"),
        "meeting",
        "negated",
    ),
    (
        "The minister said Washington would withhold further funding of $2 billion until the agency reforms.",
        Some("2025-06-01"),
        "pledge",
        "negated",
    ),
    // "this week" dates a past event as often as a future one: no cue.
    (
        "In a meeting with exporters this week, Secretary of Agriculture Richard Lyng refused to comment on their request.",
        Some("14-APR-1987"),
        "meeting",
        "asserted",
    ),
    // Awaited: "in anticipation of" a duty, however many words before it.
    (
        "The Singapore unit suspended sales of colour tubes to the United States in anticipation of a \"dumping duty\" on its shipments.",
        Some("14-APR-1987"),
        "tariff",
        "planned",
    ),
    // "reduced" before the trigger is an adjective, no past verb: the
    // clause's "will" decides; the verb has no need of the list.
    (
        "Ottawa will let 49,000 Chinese electric vehicles a year into its market at a sharply reduced tariff of 6.1%.",
        Some("2025-06-01"),
        "tariff",
        "planned",
    ),
    (
        "In January, Taiwan reduced import tariffs of up to 50 pct on some 1,700 foreign products.",
        Some("14-APR-1987"),
        "tariff",
        "asserted",
    ),
    // "hoped to" names an aim, as "hopes to" does: planned; "hoped that"
    // a talk "would" begin is a wish: hypothetical.
    (
        "He also said Tokyo hoped to wrap up free-trade negotiations with Canberra by the end of the year.",
        Some("2025-06-01"),
        "meeting",
        "planned",
    ),
    (
        "The minister said he hoped the talks with Ankara next week could produce a date for membership.",
        Some("2005-01-10"),
        "meeting",
        "planned",
    ),
    (
        "Bankers had hoped that talks with Nigeria would commence on a resumption of cover.",
        Some("14-APR-1987"),
        "meeting",
        "hypothetical",
    ),
    // Put off, or kept clear of: "delays", "reprieve from", "stay free
    // of", "remain outside"; not the passive "was delayed by", whose
    // agent is the event.
    (
        "Trump delays higher tariffs on Mexican trucks by six months",
        Some("2025-06-01"),
        "tariff",
        "negated",
    ),
    (
        "Ottawa wins 60-day reprieve from 35% US tariff on lumber",
        Some("2025-06-01"),
        "tariff",
        "negated",
    ),
    (
        "Goods that meet the pact's rules of origin will stay free of the 25% tariff on Mexican imports, the minister said.",
        Some("2025-06-01"),
        "tariff",
        "negated",
    ),
    (
        "Medicines remain outside the 20% reciprocal tariff on Swiss goods for now, officials said.",
        Some("2025-06-01"),
        "tariff",
        "negated",
    ),
    (
        "The Council session started late after the scheduled start was delayed by an EC coordination meeting.",
        Some("14-APR-1987"),
        "meeting",
        "asserted",
    ),
    // Weighed: hypothetical ("Washington weighs new duties").
    (
        "Washington weighs 25% duties on Chinese solar panels under a Section 232 probe.",
        Some("2025-06-01"),
        "tariff",
        "hypothetical",
    ),
    // A plan in the past perfect was overtaken: negated.
    (
        "Zelenskyy had expected to meet Trump at the summit; instead he sat down with Carney.",
        Some("2025-06-20"),
        "meeting",
        "negated",
    ),
    (
        "The higher U.S. tariffs on Chinese kitchen cabinets had been due to take effect on January 1.",
        Some("2025-12-01"),
        "tariff",
        "negated",
    ),
    // A schedule sets meetings down for later.
    (
        "Vieira said a schedule of meetings between Brazil and the United States had already been set.",
        Some("2025-10-27"),
        "meeting",
        "planned",
    ),
    // "any" in the trigger's noun phrase names no particular event:
    // hypothetical; not "any" of another noun.
    (
        "Seoul warned that any retaliation against U.S. goods will be added on top of the 25% tariff.",
        Some("2025-06-01"),
        "tariff",
        "hypothetical",
    ),
    (
        "Any new U.S. duty on Swiss watches would stack on top of the 15% rate.",
        Some("2025-06-01"),
        "tariff",
        "hypothetical",
    ),
    (
        "Company sources said any negotiations with Algeria would emphasize looser arrangements.",
        Some("14-APR-1987"),
        "meeting",
        "hypothetical",
    ),
    (
        "Coffee prices rose on reports of any progress in the talks between Brazil and its creditors last week.",
        Some("14-APR-1987"),
        "meeting",
        "asserted",
    ),
    // Pushed or backed as an idea: requested.
    (
        "Baker has been pushing the idea of a budget summit with Reagan and congressional leaders.",
        Some("14-APR-1987"),
        "meeting",
        "requested",
    ),
    (
        "The federation backed the idea of retaliatory tariffs on Japanese electronic goods.",
        Some("14-APR-1987"),
        "tariff",
        "requested",
    ),
    // Left possible: "room for", "leaves open"; not a room left.
    (
        "Officials said no deal was offered in that meeting but there was room for further negotiations with the unions.",
        Some("2005-01-10"),
        "meeting",
        "hypothetical",
    ),
    (
        "The proclamation also leaves open a phased U.S. duty of 15% on refined copper from Chile.",
        Some("2025-08-01"),
        "tariff",
        "hypothetical",
    ),
    (
        "Trump left the room for the call with Putin, aides said.",
        Some("2025-08-01"),
        "meeting",
        "asserted",
    ),
    // Set aside for something else: rather than, instead of, in place of.
    (
        "Egypt will rely on Gulf deposits rather than new IMF loans, the minister said.",
        Some("2025-06-01"),
        "pledge",
        "negated",
    ),
    (
        "The country chose to cover the deficit from its own reserves instead of foreign aid.",
        Some("2025-06-01"),
        "pledge",
        "negated",
    ),
    // Goods liable to a tariff, or facing an effective rate, are under one in force.
    (
        "Korean steel plates have been subject to provisional anti-dumping duties since March.",
        Some("2025-06-01"),
        "tariff",
        "asserted",
    ),
    (
        "Apparel now faces an effective tariff of about 60 per cent in the U.S. market.",
        Some("2025-06-01"),
        "tariff",
        "asserted",
    ),
    // "better than expected" is a comparison, not a plan.
    (
        "Exports held up better than expected despite the 25 percent tariff Washington charges on Korean cars.",
        Some("2025-06-01"),
        "tariff",
        "asserted",
    ),
    // A meeting that is the setting of a request or agreement is not what is asked.
    (
        "Lula asks Trump to lift steel surcharge in first phone call",
        Some("2025-06-01"),
        "meeting",
        "asserted",
    ),
    (
        "Japan, Korea agree to cut fishing quotas at Tokyo summit",
        Some("2025-06-01"),
        "meeting",
        "asserted",
    ),
    (
        "Japan will ask Washington to lower tariffs at next week's talks.",
        Some("2025-06-01"),
        "meeting",
        "planned",
    ),
    // A relative clause opened by a preposition has its own modality.
    (
        "She will honor the deal, under which a 15 percent tariff applies to most Japanese goods.",
        Some("2025-06-01"),
        "tariff",
        "asserted",
    ),
    // A subordinate clause after "that" ends at its comma; a condition there governs what follows.
    (
        "Officials said that while the agency could not yet announce new credit, it was holding talks with Nigeria.",
        Some("2025-06-01"),
        "meeting",
        "asserted",
    ),
    (
        "Officials said that if the talks fail, Washington would impose tariffs on French wine.",
        Some("2025-06-01"),
        "tariff",
        "hypothetical",
    ),
    // A document that calls for something sets it out: planned, not requested.
    (
        "The accord calls for rescheduling the debts over twenty years.",
        Some("2025-06-01"),
        "pledge",
        "planned",
    ),
    (
        "The county ratified a contract which calls for investment of 45 mln dlrs in the plant.",
        Some("2025-06-01"),
        "pledge",
        "planned",
    ),
    (
        "The union calls for investment of 45 mln dlrs in the plant.",
        Some("2025-06-01"),
        "pledge",
        "requested",
    ),
    // A meeting broken off was held.
    (
        "Union leaders broke off talks with the carmaker on Tuesday to consult members.",
        Some("2025-06-01"),
        "meeting",
        "asserted",
    ),
    // In a headline a comma joins predicates: the request does not reach the next one.
    (
        "Prosecutors seek arrest of party chief, raid its headquarters",
        Some("2025-06-01"),
        "raid",
        "asserted",
    ),
    // "needed" after a noun with a determiner is a participle, no request; a suspension asked for is a request.
    (
        "The Commission will take the steps needed to suspend the retaliatory duties on U.S. goods.",
        Some("2025-06-01"),
        "tariff",
        "negated",
    ),
    (
        "Member states failed to find the majority needed to block the anti-dumping duties on Chinese steel.",
        Some("2025-06-01"),
        "tariff",
        "asserted",
    ),
    (
        "Brazil asked Washington to suspend the tariffs while talks continue.",
        Some("2025-06-01"),
        "tariff",
        "requested",
    ),
    // "no" negates its noun, not a later verb.
    (
        "Exporters that made no such offer will pay the anti-dumping duty.",
        Some("2025-06-01"),
        "tariff",
        "planned",
    ),
    // A condition after the trigger is not its own when a time preposition or a past event's relative clause stands between.
    (
        "The prime minister may be forced to resign before the June summit in Venice if his party loses the local elections.",
        Some("2025-06-01"),
        "meeting",
        "planned",
    ),
    (
        "Customs officers raided a warehouse and seized fake watches that would be worth 2 billion won if genuine.",
        Some("2025-06-01"),
        "raid",
        "asserted",
    ),
    // A planned adjective of another noun across a preposition does not reach the trigger.
    (
        "The aid agency raised 2 billion dlrs for its next budget at a donors' summit in Geneva.",
        Some("1987-03-03"),
        "meeting",
        "asserted",
    ),
    (
        "The scheduled start of the council session was delayed by an EC coordination meeting.",
        Some("1987-03-03"),
        "meeting",
        "asserted",
    ),
    // A passive request after the trigger; a condition set for it.
    (
        "Trade journals reported that renegotiation was being sought by the Saudi side.",
        Some("1987-03-03"),
        "meeting",
        "requested",
    ),
    (
        "Creditors want a cash payment as a condition to discuss a rescheduling.",
        Some("1987-03-03"),
        "pledge",
        "hypothetical",
    ),
    // The future infinitive of another verb after a past clause is not the trigger's.
    (
        "Officials wrapped up the aviation talks in London, allowing airlines to start flights in May.",
        Some("1987-03-03"),
        "meeting",
        "asserted",
    ),
    (
        "Negotiators reached agreement at the aviation talks in London, allowing airlines to start flights next month.",
        Some("1987-03-03"),
        "meeting",
        "asserted",
    ),
    // A relative clause right after the trigger that makes it a possibility.
    (
        "The bill would raise the size of any countervailing duties that might be imposed on Canadian lumber.",
        Some("1987-04-10"),
        "tariff",
        "hypothetical",
    ),
    // Held up, still to come, past a long apposition of the subject.
    (
        "The aid package, originally scheduled for Japan's 1986/87 fiscal year ended March, was delayed because of the change of government.",
        Some("1987-04-10"),
        "pledge",
        "planned",
    ),
    // A deck line under the title ending in a closing quote with no stop is headline style.
    (
        "Leaders sign minerals pact at White House\n\nBoth governments to put in US$1bn within six months; Trump says the pact is “ready to go”\n\nThe leaders met on Monday.",
        Some("2025-10-21"),
        "pledge",
        "planned",
    ),
    // A conditional "would" under a warning or a possibility is hypothetical; reported, it is planned.
    (
        "Analysts warned that cars shipped through Mexico to avoid the new tariff would be hit harder.",
        Some("1987-04-10"),
        "tariff",
        "hypothetical",
    ),
    (
        "It was also possible Washington would reimpose a 40 pct tariff on EC pasta.",
        Some("1987-04-10"),
        "tariff",
        "hypothetical",
    ),
    (
        "Officials said Washington would reimpose a 40 pct tariff on EC pasta next month.",
        Some("1987-04-10"),
        "tariff",
        "planned",
    ),
    // A tariff the subject faces in a relative clause is in force; a relative clause telling the trigger's effect makes it asserted.
    (
        "Shipbuilders, which face a 50 percent U.S. duty on their steel, will receive 2 trillion won in state support.",
        Some("2025-06-01"),
        "tariff",
        "asserted",
    ),
    (
        "Delhi also has a credit guarantee scheme that will unlock 20,000 crore rupees in loans for exporters.",
        Some("2025-06-01"),
        "pledge",
        "asserted",
    ),
    (
        "The two countries have hit each other's goods with tariffs that analysts say will choke off trade.",
        Some("2025-06-01"),
        "tariff",
        "asserted",
    ),
    // An adverb inside a cue after the trigger ("was also discussed", "will also remain").
    (
        "A new yen aid package for Manila was also discussed.",
        Some("2025-06-01"),
        "pledge",
        "planned",
    ),
    (
        "The 25 percent duty on Japanese steel will also remain in place.",
        Some("2025-06-01"),
        "tariff",
        "asserted",
    ),
    (
        "The summit with Seoul was also cancelled.",
        Some("2025-06-01"),
        "meeting",
        "negated",
    ),
    // A party keeping away from a meeting negates it; a levy opposed is still in force.
    (
        "Taiwan boycotted the annual meeting of the Asian Development Bank last year.",
        Some("2025-06-01"),
        "meeting",
        "negated",
    ),
    (
        "The president is still opposed to a budget summit with Congress.",
        Some("2025-06-01"),
        "meeting",
        "negated",
    ),
    (
        "Farmers have opposed the levy on imported rice.",
        Some("2025-06-01"),
        "tariff",
        "asserted",
    ),
    // A document stipulating past an apposition.
    (
        "He said the accord, reached in the Paris Club of western governments, calls for rescheduling the debts of African countries over long periods.",
        Some("1987-03-03"),
        "pledge",
        "planned",
    ),
    // A party not invited to a meeting does not negate it.
    (
        "Ukraine was not invited to Friday's summit in Alaska between Trump and Putin.",
        Some("2025-08-18"),
        "meeting",
        "asserted",
    ),
    // A day-first date after the trigger ("on 12 January") is a future word; a participle after its noun ("nations hit by") is no past verb of the clause.
    (
        "The Paris Club meets on 12 January to discuss relief for the nations hit by the tsunami.",
        None,
        "meeting",
        "planned",
    ),
    (
        "Paris Club creditors met on 12 January to discuss relief for the nations hit by the tsunami.",
        None,
        "meeting",
        "asserted",
    ),
    // A time word in the trigger's noun phrase that places it before the
    // article: the event happened, whatever verb governs the phrase.
    (
        "Ministers said the accord reached at yesterday's meetings of the Group of Seven would hold.",
        Some("1987-04-10"),
        "meeting",
        "asserted",
    ),
    (
        "Seoul will press for a follow-up to last week's talks with Washington on auto tariffs.",
        Some("2025-09-05"),
        "meeting",
        "asserted",
    ),
    (
        "The minister declined to attend the previous meeting of the cocoa council in London.",
        Some("1987-04-10"),
        "meeting",
        "asserted",
    ),
    // ... but not a clause's adverb: "Earlier this month" dates the threat.
    (
        "Earlier this month Trump had threatened an extra 50 percent tariff on Brazilian coffee from Nov. 1.",
        Some("2025-10-20"),
        "tariff",
        "hypothetical",
    ),
    // An onset in the present, in a clause of the same moment, is now.
    (
        "Qatari investors pledge $6 billion for Egypt as first Qatar-Egypt business forum opens in Cairo",
        Some("2025-07-24"),
        "meeting",
        "asserted",
    ),
    (
        "Pound rallies as Macron state visit begins in London",
        Some("2025-07-08"),
        "meeting",
        "asserted",
    ),
    (
        "The Qatar-Egypt business forum opens in Cairo on Thursday, officials said.",
        Some("2025-07-20"),
        "meeting",
        "planned",
    ),
    // A tariff already imposed, named as the object of another verb.
    (
        "The two leaders agreed their negotiators would start talks on the 40% tariffs Washington has imposed on Indian shrimp.",
        Some("2025-10-26"),
        "tariff",
        "asserted",
    ),
    (
        "Exporters said a 20 pct export levy imposed last January on Canadian shakes would hurt sales.",
        Some("1987-04-10"),
        "tariff",
        "asserted",
    ),
    // A bullet's "to" is a headline's future; so is "named to".
    (
        "Key points of the deal:\n• Norway to cut tariffs on U.S. shellfish and machinery\n",
        Some("2025-11-14"),
        "tariff",
        "planned",
    ),
    (
        "• Carney named to negotiate with Lutnick and Greer on steel",
        Some("2025-10-01"),
        "meeting",
        "planned",
    ),
    // A trigger deep in its clause's subject takes the clause's modal.
    (
        "Delegates at the three-day meeting between Japan and Australia in Canberra will draft a new beef agreement.",
        Some("1987-04-10"),
        "meeting",
        "planned",
    ),
    (
        "Agreement in the Uruguay Round farm talks could also ease pressure on grain prices.",
        Some("1987-04-10"),
        "meeting",
        "hypothetical",
    ),
    // Countermeasures readied are held in reserve.
    (
        "Mexico has readied retaliatory tariffs on $20 billion of American farm goods.",
        Some("2025-03-03"),
        "tariff",
        "hypothetical",
    ),
    (
        "Brussels drew up counter-tariffs on 4 billion euros of U.S. goods, officials said.",
        Some("2025-03-03"),
        "tariff",
        "hypothetical",
    ),
    // A tariff decided in the past whose time of effect is still ahead.
    (
        "Trump signed an order on Monday imposing a 25% tariff on imported trucks from Nov. 1.",
        Some("2025-10-20"),
        "tariff",
        "planned",
    ),
    // ... and one whose time of effect has passed is in force.
    (
        "Trump signed an order on Monday imposing a 25% tariff on imported trucks from Oct. 1.",
        Some("2025-10-20"),
        "tariff",
        "asserted",
    ),
    // A request accepted is settled; one passed on is still a request.
    (
        "Thailand agreed to a Japanese request to hold talks on rice tariffs in May.",
        Some("1987-04-10"),
        "meeting",
        "planned",
    ),
    // A threat or a possibility of ending talks speaks of talks under way.
    (
        "Seoul threatened to pull out of the trade talks with Tokyo over the export curbs.",
        Some("2019-08-02"),
        "meeting",
        "asserted",
    ),
    (
        "Officials warned that the talks between Ottawa and Washington could collapse this week.",
        Some("2025-10-20"),
        "meeting",
        "asserted",
    ),
    // A tariff whose removal is negated stands.
    (
        "The 25% duty on Korean washing machines was never lifted, exporters said.",
        Some("2025-10-20"),
        "tariff",
        "asserted",
    ),
    // An offer of money is the pledge made; an offer to meet, or a modal offer, is a possibility.
    (
        "The Asian Development Bank offered to lend Sri Lanka 150 mln dlrs for reconstruction.",
        None,
        "pledge",
        "asserted",
    ),
    (
        "Beijing offered to buy 25 million tonnes of American soybeans a year.",
        None,
        "pledge",
        "asserted",
    ),
    (
        "Seoul offered to hold talks with Pyongyang on the border dispute.",
        None,
        "meeting",
        "hypothetical",
    ),
    (
        "The World Bank could offer Kenya a 200 mln dlr loan if the reforms go ahead.",
        None,
        "pledge",
        "hypothetical",
    ),
    // A request noun closed by a comma or a preposition of setting asks for nothing after it; one with its complement still asks.
    (
        "Following the importers' request, representatives of the Thai rice exporters met with officials of the Philippine trade ministry.",
        None,
        "meeting",
        "asserted",
    ),
    (
        "The strikes, in support of union demands in negotiations over a new wage agreement, began on Monday when dockers walked out.",
        None,
        "meeting",
        "asserted",
    ),
    (
        "The state newspaper printed Beijing's demands in an editorial timed to coincide with the visit of the U.S. trade representative.",
        None,
        "meeting",
        "asserted",
    ),
    (
        "The strikes back union demands for negotiations over a new wage agreement.",
        None,
        "meeting",
        "requested",
    ),
    (
        "Tokyo made a formal request for emergency talks with Washington.",
        None,
        "meeting",
        "requested",
    ),
    (
        "Japan renewed its request that the two countries meet next month.",
        None,
        "meeting",
        "requested",
    ),
    // "after which": the preposition governs the relative pronoun, and the event after it takes the sentence's future; "after the talks" is still past.
    (
        "The envoy will spend two days in Seoul, after which she flies to Tokyo for talks with Prime Minister Takaichi.",
        None,
        "meeting",
        "planned",
    ),
    (
        "The mission will tour the flooded provinces first, after which it meets Pakistani officials in Islamabad.",
        None,
        "meeting",
        "planned",
    ),
    (
        "Tariffs on Chinese goods were cut after the talks in Geneva.",
        None,
        "meeting",
        "asserted",
    ),
    // A commitment made in a relative clause after a pledge trigger ("the package Riyadh agreed to in March") is a pledge made.
    (
        "Construction will begin next year under the 20 billion dollar investment package Riyadh agreed to in March.",
        None,
        "pledge",
        "asserted",
    ),
    (
        "Riyadh will announce a 20 billion dollar investment package for Egypt at the summit next month.",
        None,
        "pledge",
        "planned",
    ),
    // What a new charge is stacked on is in force.
    (
        "Carmakers will pay a new fee on top of the 25% Section 232 duties on foreign-made cars.",
        None,
        "tariff",
        "asserted",
    ),
    (
        "Washington will add ten points on top of the 25% duties on Japanese steel.",
        None,
        "tariff",
        "asserted",
    ),
    // A present-period date ("this week") in a clause with a perfect dates a past event, not a plan one.
    (
        "The ICO board's regular session this week has so far been confined to routine matters, delegates said.",
        None,
        "meeting",
        "asserted",
    ),
    (
        "The talks this week have ended without agreement, delegates said.",
        None,
        "meeting",
        "asserted",
    ),
    (
        "The talks this week have been scheduled to cover farm trade, delegates said.",
        None,
        "meeting",
        "planned",
    ),
    // A "to" left at the end of a relative clause, before a preposition, opens no infinitive; "agreed to meet" still plans.
    (
        "The finance ministers reaffirmed the currency range they agreed to in the Paris talks.",
        None,
        "meeting",
        "asserted",
    ),
    (
        "The finance ministers agreed to meet in Paris next week.",
        None,
        "meeting",
        "planned",
    ),
    // A clause of time after an opening condition names when the main clause happens: the event there is planned, not hypothetical.
    (
        "If the yen keeps rising, Tokyo could face pressure to act when finance ministers meet in Washington next month.",
        None,
        "meeting",
        "planned",
    ),
    (
        "If the yen keeps rising, finance ministers could meet in Washington next month.",
        None,
        "meeting",
        "hypothetical",
    ),
    // A trigger heading the subject of a "that" clause takes its own predicate, as after a speech verb.
    (
        "The consensus among dealers is that the G-7 meeting is unlikely to change sentiment toward the dollar.",
        None,
        "meeting",
        "planned",
    ),
    (
        "Dealers said that the G-7 meeting is unlikely to take place before June.",
        None,
        "meeting",
        "negated",
    ),
    // A negated outcome of an event is no negation of the event.
    (
        "Ottawa said that the talks had not produced a way out of the dispute.",
        None,
        "meeting",
        "asserted",
    ),
    (
        "Ottawa said that the talks had not begun.",
        None,
        "meeting",
        "negated",
    ),
    // A headline's "to" does not govern a trigger in a subordinate clause after it.
    (
        "Carmaker swings to loss as US tariffs cost 7.5 billion euros",
        None,
        "tariff",
        "asserted",
    ),
    (
        "Japan to cut tariffs on U.S. beef",
        None,
        "tariff",
        "planned",
    ),
    // "after" between a request cue and the trigger sets the trigger before the request: "calls on" there is a visit.
    (
        "China's foreign minister calls on the prime minister after border talks with India's national security adviser",
        None,
        "meeting",
        "asserted",
    ),
    (
        "The opposition called for talks with Beijing on the border dispute.",
        None,
        "meeting",
        "requested",
    ),
    // A plan in the progressive: "is proposing paying", "hoping to hold".
    (
        "Agriculture Commissioner Andriessen is proposing paying farmers 2,000 dlrs a year to leave the land.",
        None,
        "pledge",
        "planned",
    ),
    // A ruling that wipes out tariffs negates them, whatever date they were imposed on.
    (
        "The ruling wipes out the tariffs imposed on Chinese goods in April.",
        Some("2025-06-01"),
        "tariff",
        "negated",
    ),
    // "if anything" is no condition.
    (
        "Baker said he plans to have more talks with Senate leaders before the White House decides what it is going to do, if anything.",
        None,
        "meeting",
        "planned",
    ),
    (
        "Baker said he would have more talks with Senate leaders if the budget summit fails.",
        None,
        "meeting",
        "hypothetical",
    ),
    // A modal that hedges the speaker's own words governs no event after it.
    (
        "\"I would say the yen is still inside the range we agreed to in the discussions in Paris,\" Miyazawa said.",
        Some("08-APR-1987"),
        "meeting",
        "asserted",
    ),
    (
        "Miyazawa said the ministers would hold discussions in Paris next week.",
        Some("08-APR-1987"),
        "meeting",
        "planned",
    ), // A condition after a comma that opens a clause of its own (a modal or
    // "that" with its own verb) is that clause's, not the trigger's.
    (
        "U.S. Customs had collected about $2 billion in tariffs on Chinese goods by June, and importers could claim refunds if the court rules against the government.",
        Some("2025-11-20"),
        "tariff",
        "asserted",
    ),
    (
        "The treasury, in its talks with the Japanese banks on Monday, agreed that the fee was fair if the banks committed to the full issue.",
        Some("2025-11-20"),
        "meeting",
        "asserted",
    ),
    // (Not a condition right after the comma: the event's own.)
    (
        "The tariff cut on Australian barley, if approved by Beijing, would take effect in January.",
        Some("2025-11-20"),
        "tariff",
        "hypothetical",
    ),
    // A reaction withheld is not the event denied.
    (
        "Samsung has not responded to the police raid on its Suwon offices.",
        Some("2025-11-20"),
        "raid",
        "asserted",
    ),
    (
        "The ruling party has not reacted to the tax raid on the newspaper's Chennai offices.",
        Some("2025-11-20"),
        "raid",
        "asserted",
    ),
    // A tariff paid on and on is in force, whatever "will" governs the clause.
    (
        "Under the interim deal, Vietnam will keep paying a 20% tariff on most of its exports to the United States.",
        Some("2025-11-20"),
        "tariff",
        "asserted",
    ),
    (
        "Trump sets new rates for Japan\nKey points:\n• Unchanged: 25% U.S. tariff on Japanese cars\n• New: 15% on other goods",
        Some("2025-11-20"),
        "tariff",
        "asserted",
    ),
    // A tariff kept while others change ("retaining", "stays", "retained")
    // is in force.
    (
        "Under the new deal, India will go on retaining a 30% tariff on American almonds.",
        Some("2025-11-20"),
        "tariff",
        "asserted",
    ),
    (
        "Under the agreement, the 15% levy on Japanese cars stays while talks on chips will continue next year.",
        Some("2025-11-20"),
        "tariff",
        "asserted",
    ),
    (
        "Under the plan, the 10% levy on U.S. whiskey will be retained while other duties are dropped.",
        Some("2025-11-20"),
        "tariff",
        "asserted",
    ),
    // A commitment in a participle phrase is the pledge made.
    (
        "Washington will lower its duties on Thai goods to 19%, with Thai firms promising to invest $15 billion in American factories.",
        Some("2025-11-20"),
        "pledge",
        "asserted",
    ),
    // A delay denied lets the event go ahead, still to come.
    (
        "Officials in Ottawa said next week's talks with Washington are unlikely to delay the 35% U.S. tariff on Canadian goods.",
        Some("2025-11-20"),
        "tariff",
        "planned",
    ),
    (
        "EU SEES NO DELAY TO U.S. STEEL TARIFFS",
        Some("2025-11-20"),
        "tariff",
        "planned",
    ),
    (
        "Japan's trade ministry said it would not delay the talks with Seoul.",
        Some("2025-11-20"),
        "meeting",
        "planned",
    ),
    // (A delay alone still puts the event off.)
    (
        "Trump delays the 50% tariff on European goods to July 9.",
        Some("2025-05-26"),
        "tariff",
        "negated",
    ),
    // An event whose consequence the modal tells is there already.
    (
        "Press groups said the raid on the reporter's home would chill sources across the industry.",
        Some("2025-11-20"),
        "raid",
        "asserted",
    ),
    // An exclusion denied after the trigger leaves it possible, not negated.
    (
        "Prosecutors said more raids on the company's offices could not be ruled out.",
        Some("2025-06-10"),
        "raid",
        "hypothetical",
    ),
    (
        "Further searches of the firm's warehouses cannot be ruled out, a police spokesman said.",
        Some("2025-06-10"),
        "raid",
        "hypothetical",
    ),
    // A tariff answered by another measure is in force, whatever modal
    // governs the answer.
    (
        "Analysts called Beijing's pork investigation retaliation for Ottawa's tariffs on Chinese steel, though officials will deny it.",
        Some("2025-03-08"),
        "tariff",
        "asserted",
    ),
    (
        "Washington will call the boycott of American wine payback for its tariffs on Canadian lumber.",
        Some("2025-03-08"),
        "tariff",
        "asserted",
    ),
    // ... but not one still proposed after the trigger.
    (
        "Tokyo warned of retaliation for the tariffs proposed by Washington on Japanese cars.",
        Some("2025-03-08"),
        "tariff",
        "hypothetical",
    ),
    // A tariff kept as it is stays in force, though a future verb keeps it.
    (
        "Mexico will keep its countermeasures on American pork and cheese while talks continue.",
        Some("2025-09-02"),
        "tariff",
        "asserted",
    ),
    (
        "The government expects to keep its steel levies on Chinese imports through 2026, officials said.",
        Some("2025-09-02"),
        "tariff",
        "asserted",
    ),
    // ... but kept off is no tariff in force.
    (
        "Beijing will keep its 20% additional levy on American farm goods suspended for another year.",
        Some("2025-09-02"),
        "tariff",
        "planned",
    ),
    // A traveller on the way in the simple present: the meeting is ahead.
    (
        "Brazil's finance minister leaves for Tokyo for talks with Japanese officials, his office said.",
        Some("09-APR-1987"),
        "meeting",
        "planned",
    ),
    (
        "Kenya's trade secretary, who flies to Brussels for talks with EU officials, said exporters were worried.",
        Some("2025-06-10"),
        "meeting",
        "planned",
    ),
    (
        "Indonesian trade minister heads to Washington as tariff deadline nears",
        Some("2025-07-01"),
        "meeting",
        "planned",
    ),
    // ... but not a trip made, nor one under way.
    (
        "The foreign minister flew to Ankara for talks with Turkish officials, the ministry said.",
        Some("2025-06-10"),
        "meeting",
        "asserted",
    ),
    (
        "Shultz, travelling to Seoul for a three-day visit, declined to comment on the report.",
        Some("03-MAR-1987"),
        "meeting",
        "asserted",
    ),
    // Talks "current" or "ongoing" are under way, whatever modal governs
    // the phrase.
    (
        "Such a quota would derail the current round of negotiations with Japan, the minister warned.",
        Some("12-MAR-1987"),
        "meeting",
        "asserted",
    ),
    (
        "India's commerce minister said the ongoing negotiations with the European Union would conclude soon.",
        Some("2025-06-10"),
        "meeting",
        "asserted",
    ),
    // A headline's "to" before a figure's approximator is a preposition,
    // no future: the visit is the occasion of what the headline tells.
    (
        "Qatar lifts investment pledge to nearly $600 billion in White House visit",
        Some("2025-05-14"),
        "meeting",
        "asserted",
    ),
    // A trigger named a threat by the word after it is threatened, whatever
    // verb or modal governs the phrase (session 32); a negation above it
    // still decides.
    (
        "Vietnam's trade minister called the tariff threat an act of economic pressure.",
        Some("2026-02-03"),
        "tariff",
        "hypothetical",
    ),
    (
        "Ottawa would answer the U.S. tariff threat with counter-tariffs of its own, the finance minister said.",
        Some("2026-02-03"),
        "tariff",
        "hypothetical",
    ),
    (
        "Furniture exporters in Penang shrugged off the latest U.S. tariff threats against Malaysia.",
        Some("2026-02-03"),
        "tariff",
        "hypothetical",
    ),
    (
        "Seoul said there was no tariff threat against its carmakers on the table.",
        Some("2026-02-03"),
        "tariff",
        "negated",
    ),
    // A future cue after the trigger, past the opening of a reported clause
    // with its own subject ("... that the minister will", "and says Rome
    // will"), governs that clause's verb, not the meeting (session 33).
    (
        "Modi and Albanese agreed in a phone call on Thursday that their trade ministers will meet in Canberra to settle the deal.",
        Some("2026-03-07"),
        "meeting",
        "asserted",
    ),
    (
        "The Elysee said the talks with Rome had been frank and that both governments would press ahead with the rail tunnel.",
        Some("2026-03-07"),
        "meeting",
        "asserted",
    ),
    (
        "Berlin describes the conversation with Warsaw as useful and says Poland will send a delegation in April.",
        Some("2026-03-07"),
        "meeting",
        "asserted",
    ),
    (
        "Ankara called the meeting with Athens positive, adding that the two navies would hold joint drills.",
        Some("2026-03-07"),
        "meeting",
        "asserted",
    ),
    // A relative clause on the trigger keeps its future: "talks that will",
    // "a fund that it says will" (session 33).
    (
        "Peru's trade minister said the talks with Chile that will open in Santiago next month would focus on lithium.",
        Some("2026-03-07"),
        "meeting",
        "planned",
    ),
    (
        "The Commission on Tuesday launched a credit line that it says will lend €5 billion to Baltic port operators over the next three years.",
        Some("2026-03-07"),
        "pledge",
        "planned",
    ),
    // A measure whose document is still being drafted or written is
    // planned (session 33).
    (
        "Mexico's economy minister said a decree raising the tariff on Asian footwear to 35% is being drafted.",
        Some("2026-03-07"),
        "tariff",
        "planned",
    ),
    (
        "Ottawa: order lifting surtax on Chinese steel to 50% being written as talks stall",
        Some("2026-03-07"),
        "tariff",
        "planned",
    ),
];

#[test]
fn modality_table() {
    let ex = Extractor::embedded().unwrap();
    let mut failures = Vec::new();
    for (text, date, t, want) in CASES {
        let events = ex.extract_dated("case", text, *date);
        match events.iter().find(|e| e.event_type == *t) {
            None => failures.push(format!("no {t} event in {text:?}")),
            Some(e) if e.modality != *want => {
                failures.push(format!("{text:?}: got {}, want {want}", e.modality))
            }
            Some(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One line of tests/data/modality_cases.jsonl: 510 blind cases written
/// before looking at the tool's output, each a sentence, its trigger word,
/// the event type, the acceptable modalities and the class of difficulty
/// (headline, conditional, reported_speech, negation_scope ...).
#[derive(serde::Deserialize)]
struct BlindCase {
    sentence: String,
    trigger: String,
    #[serde(rename = "type")]
    event_type: String,
    modality: Vec<String>,
    class: String,
}

/// Runs every blind case through the real extractor, prints accuracy per
/// class and every failure, and holds a floor: at least 90% of the cases
/// whose event is found get a modality the case accepts, and most events
/// are found at all (the table measures modality, not recall).
#[test]
fn modality_blind_cases() {
    let ex = Extractor::embedded().unwrap();
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/modality_cases.jsonl"),
    )
    .unwrap();
    let cases: Vec<BlindCase> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("case line parses"))
        .collect();
    assert!(cases.len() >= 400, "{} cases", cases.len());
    // class -> (cases, found, right)
    let mut by_class: std::collections::BTreeMap<&str, (usize, usize, usize)> = Default::default();
    let mut failures = Vec::new();
    for c in &cases {
        let events = ex.extract_dated("case", &c.sentence, None);
        let trig = c.trigger.to_lowercase();
        // The event of the case's type whose trigger is the case's trigger
        // word (or contains it), else any event of that type.
        let found = events
            .iter()
            .filter(|e| e.event_type == c.event_type)
            .max_by_key(|e| {
                let t = e.trigger.text.to_lowercase();
                (t == trig) as u8 * 2 + (t.contains(&trig) || trig.contains(&t)) as u8
            });
        let row = by_class.entry(c.class.as_str()).or_default();
        row.0 += 1;
        let Some(e) = found else { continue };
        row.1 += 1;
        if c.modality.iter().any(|m| m == e.modality.as_str()) {
            row.2 += 1;
        } else {
            failures.push(format!(
                "[{}] got {}, want {:?} (trigger {:?}): {}",
                c.class, e.modality, c.modality, e.trigger.text, c.sentence
            ));
        }
    }
    let (mut n, mut found, mut right) = (0, 0, 0);
    println!(
        "{:<24} {:>5} {:>5} {:>5} {:>8}",
        "class", "cases", "found", "right", "accuracy"
    );
    for (class, (c, f, r)) in &by_class {
        println!(
            "{class:<24} {c:>5} {f:>5} {r:>5} {:>8.3}",
            *r as f64 / (*f).max(1) as f64
        );
        n += c;
        found += f;
        right += r;
    }
    let accuracy = right as f64 / found.max(1) as f64;
    println!("{:<24} {n:>5} {found:>5} {right:>5} {accuracy:>8.3}", "all");
    for f in &failures {
        println!("{f}");
    }
    // 413 of the 510 cases give an event of their type (measured at e949b52); the
    // rest are recall, which this table does not measure.
    assert!(
        found * 4 >= n * 3,
        "only {found} of {n} cases give an event of their type"
    );
    assert!(
        accuracy >= 0.90,
        "modality accuracy {accuracy:.3} on {found} found cases"
    );
}

/// Article, trigger word of the later mention, expected modality of the
/// last event with that trigger: a later mention of a measure ("the levy",
/// "the new duties") with no cue of its own takes "planned" from the
/// article's earlier event of its type, and only then.
const BACK_REFERENCES: &[(&str, &str, &str)] = &[
    // Announced as to come, then referred back to with no cue: planned.
    (
        "China said on Tuesday it would impose tariffs of 10% to 15% on U.S. farm goods from March 10. \
         Analysts said the levy on sorghum, soybeans, pork and beef hits American farmers hard.",
        "levy",
        "planned",
    ),
    // One modifier may stand between ("the extra levy").
    (
        "China said on Tuesday it would impose tariffs of 10% to 15% on U.S. farm goods from March 10. \
         Analysts said the extra levy on sorghum, soybeans, pork and beef hits American farmers hard.",
        "levy",
        "planned",
    ),
    // An earlier measure already in force: the later mention stays asserted.
    (
        "China imposed tariffs of 10% to 15% on U.S. farm goods on March 10 last year. \
         Analysts said the levy on sorghum, soybeans, pork and beef hits American farmers hard.",
        "levy",
        "asserted",
    ),
    // The measure is said to hold now: no inheritance.
    (
        "China said on Tuesday it would impose tariffs of 10% to 15% on U.S. farm goods from March 10. \
         Analysts said the levy now on sorghum, soybeans, pork and beef hits American farmers hard.",
        "levy",
        "asserted",
    ),
];

#[test]
fn back_reference_takes_earlier_planned() {
    let ex = Extractor::embedded().unwrap();
    let mut failures = Vec::new();
    for (text, trigger, want) in BACK_REFERENCES {
        let events = ex.extract_dated("case", text, None);
        match events
            .iter()
            .rev()
            .find(|e| e.trigger.text.eq_ignore_ascii_case(trigger))
        {
            None => failures.push(format!("no {trigger:?} event in {text:?}")),
            Some(e) if e.modality != *want => {
                failures.push(format!("{text:?}: got {}, want {want}", e.modality))
            }
            Some(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
