//! Overlapping trigger phrases (`RuleSet::find_triggers`): a longer phrase
//! no longer hides a phrase of another rule that starts inside it and ends
//! after it, while a phrase wholly inside a longer one still takes its sense
//! from it; overlapping triggers share a site.

use newsevents::rules::RuleSet;

/// Rules whose triggers overlap in ordinary sentences.
const RULES: &str = r#"
[[rule]]
id = "pledge/help-pay"
type = "pledge"
triggers = ["help pay"]
examples = [
  { text = "Japan will help pay for the dam.", fires = true },
  { text = "It did not help.", fires = false },
]

[[rule]]
id = "pledge/clear"
type = "pledge"
triggers = ["pay off", "pays off"]
examples = [
  { text = "Qatar will pay off Syria's arrears.", fires = true },
  { text = "It did not help.", fires = false },
]

[[rule]]
id = "pledge/to-arrive"
type = "pledge"
triggers = ["to arrive"]
examples = [
  { text = "The first $1bn is to arrive in May.", fires = true },
  { text = "It did not help.", fires = false },
]

[[rule]]
id = "pledge/package"
type = "pledge"
triggers = ["package", "financing package"]
examples = [
  { text = "Japan offered a $1bn package.", fires = true },
  { text = "It did not help.", fires = false },
]

[[rule]]
id = "pledge/lender"
type = "pledge"
triggers = ["financing package"]
examples = [
  { text = "The IMF approved a $1bn financing package.", fires = true },
  { text = "It did not help.", fires = false },
]

[[rule]]
id = "tariff/pay"
type = "tariff"
triggers = ["pay"]
examples = [
  { text = "Exporters pay a 10% duty.", fires = true },
  { text = "It did not help.", fires = false },
]

[[rule]]
id = "meeting/arrive"
type = "meeting"
triggers = ["arrive in", "arrives in"]
examples = [
  { text = "Modi will arrive in Tokyo on Friday.", fires = true },
  { text = "It did not help.", fires = false },
]
"#;

/// A trigger as found: the phrase as written in the text, the rule id, the site.
type Found<'a> = (&'a str, &'a str, usize);

fn rules() -> RuleSet {
    RuleSet::from_texts([("overlap.toml".to_string(), RULES.to_string())])
        .unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn triggers_of_other_rules_that_start_inside_a_longer_one_are_found() {
    let rules = rules();
    // (text, expected (phrase as written in the text, rule id, site)).
    let table: &[(&str, &[Found])] = &[
        // A straddling phrase of the same type: both rules, one site.
        (
            "Riyadh will help pay off Syria's arrears.",
            &[
                ("help pay", "pledge/help-pay", 0),
                ("pay off", "pledge/clear", 0),
            ],
        ),
        // ... and of another type.
        (
            "Relief supplies began to arrive in the region on Friday.",
            &[
                ("to arrive", "pledge/to-arrive", 0),
                ("arrive in", "meeting/arrive", 0),
            ],
        ),
        // A phrase wholly inside a longer one ("pay" in "pay off") is not a
        // trigger of its own.
        (
            "Egypt pays off its debts.",
            &[("pays off", "pledge/clear", 0)],
        ),
        ("Exporters pay a 10% duty.", &[("pay", "tariff/pay", 0)]),
        // A phrase of several rules: every rule, in file order; each rule
        // reads its own longest phrase ("financing package", not "package").
        (
            "The IMF approved a financing package and a second package.",
            &[
                ("financing package", "pledge/package", 0),
                ("financing package", "pledge/lender", 0),
                ("package", "pledge/package", 1),
            ],
        ),
        // On word boundaries only.
        ("Taxpayers repay nothing.", &[]),
    ];
    for (text, want) in table {
        let got: Vec<Found> = rules
            .find_triggers(text)
            .iter()
            .map(|t| {
                (
                    &text[t.start..t.end],
                    rules.rules[t.rule].id.as_str(),
                    t.site,
                )
            })
            .collect();
        assert_eq!(&got, want, "{text}");
    }
}
