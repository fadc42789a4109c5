//! Tariff arguments, twenty-eighth session: each case is the team's own
//! text.

mod common;

use common::tariff_rates as rates;

use newsevents::Extractor;

/// Where a tariff's stated rate is then brought "to" another past the
/// trigger, with no break between, the new rate is the event's
/// (ANNOTATION.md: where a rate changes, the new rate), zero for "to zero"
/// or "to nil"; a rate before a break keeps its own tariff.
#[test]
fn new_rate_after_to() {
    let ex = Extractor::embedded().unwrap();
    let cases: &[(&str, &[f64])] = &[
        (
            "Washington agreed to bring the 40 per cent tariff on Brazilian coffee down to 10 per cent.",
            &[10.0],
        ),
        (
            "Talks on cutting the 25% U.S. duty on Swiss watches to zero stalled in June.",
            &[0.0],
        ),
        (
            "The customs duty on lithium ore has been brought down from 5 per cent to nil in the budget.",
            &[0.0],
        ),
        (
            "Ottawa wants the 10% American levy on its potash reduced to zero before the review.",
            &[0.0],
        ),
        // A break before the "to" rate: the first rate is its own tariff's.
        (
            "Seoul answered with a 20 percent tariff on U.S. beef, then raised it to 40 percent in May.",
            &[20.0, 40.0],
        ),
        (
            "India kept its 15% duty on palm oil, while Indonesia cut its levy on soybeans to 5%.",
            &[15.0, 5.0],
        ),
        // The tariff as the subject of a predicate of its own: the rate it
        // was stated with stays its own.
        (
            "Seoul said the 30% duty it had imposed on Japanese bearings would be cut to 15% next year.",
            &[30.0],
        ),
    ];
    for (text, want) in cases {
        let got = rates(&ex, text);
        assert_eq!(got.len(), want.len(), "{text}: {got:?}");
        for (g, w) in got.iter().zip(*want) {
            assert!(
                (g.is_nan() && w.is_nan()) || g == w,
                "{text}: {got:?}, want {want:?}"
            );
        }
    }
}
