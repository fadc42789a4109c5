//! Pledges and meetings as today's reporting writes them (issue #14), and the
//! other senses of their trigger words on an ordinary feed (issue #15): a
//! table of realistic sentences, each with the number of pledge and meeting
//! events it must give.

use newsevents::Extractor;

/// Sentence, then how many pledge and meeting events it gives.
type Case = (&'static str, usize, usize);

const CASES: &[Case] = &[
    // Modern commitment forms.
    (
        "The European Union will buy $750bn of American energy over three years and steer a further $600bn of investment into the US.",
        2,
        0,
    ),
    ("Hyundai Motor Group to invest $21 billion in the US", 1, 0),
    (
        "South Korea will pay $200 billion in yearly tranches capped at $20 billion, while the remaining $150 billion will go toward shipbuilding cooperation.",
        2,
        0,
    ),
    (
        "The United States finalized a $20 billion currency swap line with Argentina's central bank.",
        1,
        0,
    ),
    (
        "Korean Air agreed to buy 103 Boeing aircraft worth $36.2 billion, the White House said.",
        1,
        0,
    ),
    (
        "Seoul said on Monday it would pour 13.6 trillion won into firms hit by the US tariffs.",
        1,
        0,
    ),
    // Modern meeting forms, curly quotes included.
    (
        "Canadian Prime Minister Mark Carney said he had a “very good call” with Trump on Monday.",
        0,
        1,
    ),
    (
        "Saudi Crown Prince Mohammed bin Salman hosted Syrian President Ahmed al-Sharaa in Riyadh.",
        0,
        1,
    ),
    (
        "Japanese Prime Minister Sanae Takaichi greets U.S. President Donald Trump in Tokyo.",
        0,
        1,
    ),
    (
        "Leaders from more than 50 nations converged on Beijing for the China-Africa forum.",
        0,
        1,
    ),
    // Later sentences of a pledge story and money on its way (issue #14):
    // two sums of two kinds, money to be provided or released, debts paid
    // off for another, recipients who will get aid, "the pledge" again.
    (
        "The chipmaker will receive up to $6.6 billion in grants plus $5 billion in loans from Washington.",
        2,
        0,
    ),
    (
        "Riyadh will extend a $1bn oil facility and roll over $3bn of deposits for Cairo.",
        2,
        0,
    ),
    (
        "The rest will be provided by the Export-Import Bank of Korea, officials in Seoul said.",
        1,
        0,
    ),
    (
        "New Delhi will release the first instalment of the disaster fund to Kerala next week.",
        1,
        0,
    ),
    (
        "Qatar and Saudi Arabia will pay off the $15 million that Lebanon owes the IMF.",
        1,
        0,
    ),
    (
        "Small exporters will get interest subvention on shipment credit under the new Indian scheme.",
        1,
        0,
    ),
    (
        "Tokyo pledged $550 billion in US projects. Officials said the pledge would be financed mostly with loans.",
        2,
        0,
    ),
    (
        "Crown Prince Mohammed bin Salman welcomed Turkish President Recep Tayyip Erdogan in Jeddah.",
        0,
        1,
    ),
    (
        "The IMF board approved a $7 billion bailout for Pakistan, with $1 billion to land within days.",
        2,
        0,
    ),
    (
        "Indian Prime Minister Narendra Modi sat down with US President Donald Trump at the White House.",
        0,
        1,
    ),
    (
        "President Trump and Xi Jinping spoke by phone on Thursday. Trump described the call as very good.",
        0,
        2,
    ),
    (
        "Indonesia pledged to spend $19.5 billion on American goods. The deal includes:\n• $15 billion of U.S. energy, including LPG and crude\n• $4.5 billion of American farm products",
        3,
        0,
    ),
    (
        "Roche and Novartis have already pledged tens of billions of dollars in US plants.",
        1,
        0,
    ),
    // ... and the same words in other senses.
    (
        "Japan pledged $2 billion in aid. Trade figures for March:\n• Exports fell 5% to $60 billion",
        1,
        0,
    ),
    ("The party promised to create millions of jobs.", 0, 0),
    (
        "Rescue teams worked through the night at a cost of $2 million, the Red Cross said.",
        0,
        0,
    ),
    (
        "The new shares will be made available to investors at 120 pence each.",
        0,
        0,
    ),
    (
        "Scotland forward Simon Taylor looks certain to get the call, his coach said.",
        0,
        0,
    ),
    (
        "The company will release its quarterly figures on Monday.",
        0,
        0,
    ),
    ("The dividend will be paid to shareholders on June 1.", 0, 0),
    (
        "Shareholders will receive a dividend of 20 cents a share.",
        0,
        0,
    ),
    ("The party renewed its commitment to lower taxes.", 0, 0),
    (
        "Canada welcomed Japan's decision to cut tariffs on lumber.",
        0,
        0,
    ),
    // Not pledges: names, market reporting, money already given.
    (
        "Christian Aid said the move would cost a million jobs in Bangladesh.",
        0,
        0,
    ),
    (
        "Commercial and industrial loans at the ten major banks fell 1.31 billion dlrs in the week ended April 1, the Federal Reserve said.",
        0,
        0,
    ),
    (
        "Belgium is to issue a 150 billion franc, eight-year state loan carrying a coupon of eight pct.",
        0,
        0,
    ),
    (
        "The Bank of England said it provided 17 mln stg assistance to the money market this morning.",
        0,
        0,
    ),
    (
        "Drawings on the revolving credit will be at 10 basis points over Libor.",
        0,
        0,
    ),
    // Not meetings: a target or a rule met, sports, one body's own meeting,
    // a visit to a site.
    (
        "The chancellor said her plans met both of her fiscal rules with a margin of £22bn.",
        0,
        0,
    ),
    (
        "The Swede broke the world record at the Diamond League meeting in Stockholm.",
        0,
        0,
    ),
    (
        "The Federal Reserve's next policy meeting is scheduled for March 18-19.",
        0,
        0,
    ),
    (
        "Visitors to the museum in London were up 10% on the year.",
        0,
        0,
    ),
];

#[test]
fn pledge_and_meeting_senses() {
    let ex = Extractor::embedded().unwrap();
    let mut failures = Vec::new();
    for (text, pledges, meetings) in CASES {
        let events = ex.extract("case", text);
        let count = |t: &str| events.iter().filter(|e| e.event_type == t).count();
        let got = (count("pledge"), count("meeting"));
        if got != (*pledges, *meetings) {
            failures.push(format!(
                "{text:?}: got {got:?} (pledge, meeting), want {:?}",
                (pledges, meetings)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
