//! Tariff roles and rates, twenty-seventh session: each case is the team's
//! own text.

mod common;

use common::tariff_rates as rates;

use newsevents::Extractor;

/// A tariff revoked, dropped, freed of or no longer charged has rate zero
/// (ANNOTATION.md: where a rate changes, the new rate); "drop" only with the
/// tariff for its object or as its passive, not "a drop in revenue", "would
/// drop by", "drop its request for a duty", nor a removal another tariff
/// is the object of or that only conditions the tariff ("unless it is
/// revoked").
#[test]
fn removal_verbs_make_rate_zero() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &[f64])] = &[
        (
            "An executive order signed on Friday revoked the extra 20% duty on Brazilian coffee.",
            &[0.0],
        ),
        (
            "Ottawa said it would drop the 25 per cent surtax on American steel from next month.",
            &[0.0],
        ),
        (
            "The United States will drop its tariffs on Chilean copper under the deal.",
            &[0.0],
        ),
        (
            "Solar panels and wind turbine parts are to be freed of customs duty under the budget.",
            &[0.0],
        ),
        (
            "Japan will stop charging import duties on American beef from April.",
            &[0.0],
        ),
        (
            "Peru and Chile sign a pact scrapping tariffs on 900 Peruvian goods.",
            &[0.0],
        ),
        (
            "The Korean import fee would be dropped if rice prices fell, officials said.",
            &[0.0],
        ),
        // Other senses of "drop", and removals that are not this tariff's.
        (
            "Mexico's revenue suffered from a drop in income from import duties last year.",
            &[f64::NAN],
        ),
        (
            "Economists said a 30% tariff on Vietnamese shoes could make retail sales drop by 2 billion dlrs.",
            &[30.0],
        ),
        (
            "The 18% duty on Turkish steel will stay in force for four years unless it is revoked earlier.",
            &[18.0],
        ),
    ];
    let mut wrong = Vec::new();
    for (text, want) in cases {
        let got = rates(&ex, text);
        let same = got.len() == want.len()
            && got
                .iter()
                .zip(want.iter())
                .all(|(g, w)| (g.is_nan() && w.is_nan()) || g == w);
        if !same {
            wrong.push(format!("{text}\n  want {want:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The subject of a relative clause on the tariff that imposes it is its
/// source, not whose goods face it ("the duty that India charges on
/// imports", "the tariffs that Washington imposed"); goods named by a
/// demonym there ("the duties that Chinese exporters paid") still face it.
#[test]
fn relative_clause_imposer() {
    let ex = Extractor::embedded().unwrap();
    // (text, the source and the target countries of its one tariff)
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "The safeguard duty that Turkey charges on imports of certain steel products fell to 10 per cent on Monday.",
            &["TUR"],
            &[],
        ),
        (
            "The 15 per cent levy that Ottawa placed on steel imports took effect on Friday.",
            &["CAN"],
            &[],
        ),
        (
            "Exporters still pay the 20% tariffs that Washington imposed on both neighbours in March.",
            &["USA"],
            &[],
        ),
        (
            "The duties that Chinese exporters paid last year rose to 20% under the new schedule.",
            &[],
            &["CHN"],
        ),
    ];
    let mut wrong = Vec::new();
    for (text, sources, targets) in cases {
        let events: Vec<_> = ex
            .extract("case", text)
            .into_iter()
            .filter(|e| e.event_type == "tariff")
            .collect();
        let got: Vec<_> = events
            .iter()
            .map(|e| {
                (
                    common::role_countries(e, "source"),
                    common::role_countries(e, "target"),
                )
            })
            .collect();
        let want = (common::codes(sources), common::codes(targets));
        if got != [want.clone()] {
            wrong.push(format!("{text}\n  want {want:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
