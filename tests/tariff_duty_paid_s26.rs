//! "Duty" in the customs-enforcement sense — the duty-paid value of
//! seized goods, duty-unpaid cigarettes, duty shortfalls recovered — is no
//! tariff, even in a story that talks of imports and customs (issue #16's
//! precision side, twenty-sixth session); a duty imposed in the same kind
//! of story still is. Each case is the team's own text.

use newsevents::Extractor;

/// (text, whether it holds a tariff)
const CASES: &[(&str, bool)] = &[
    (
        "Customs officers in Lagos seized 14 containers of imported rice with a duty-paid value of N2.1 billion at the port.",
        false,
    ),
    (
        "Officers found 3,000 cartons of duty-unpaid cigarettes hidden in a lorry at the checkpoint, customs said.",
        false,
    ),
    (
        "The customs unit said it had recovered N40 million in duty shortfalls from importers through demand notices.",
        false,
    ),
    (
        "Customs officers said the government would impose a 20% duty on imported rice from next month.",
        true,
    ),
];

#[test]
fn customs_enforcement_duty_is_no_tariff() {
    let ex = Extractor::embedded().unwrap();
    let mut wrong = Vec::new();
    for (text, want) in CASES {
        let got = ex
            .extract_dated("case", text, Some("2025-09-01"))
            .iter()
            .any(|e| e.event_type == "tariff");
        if got != *want {
            wrong.push(format!("{text}\n  want tariff {want}, got {got}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
