//! Checks of the output contract that must hold for any input text: every
//! offset lies on a char boundary inside the article, and every span's
//! `text` is exactly the slice it points at ([`offset_violations`]); and the
//! roles are consistent ([`role_violations`]): one actor mention holds one
//! role (even where a country may stand on both sides, the second side
//! needs a mention of its own), an actor inherited from outside the
//! sentence never duplicates a role filled inside it (for a participant,
//! its country), and one country stands on both sides only where the
//! event's rule allows it. Used by the property tests
//! (`tests/robustness.rs`), the fuzz target (`fuzz/`) and the extractor
//! itself ([`enforce_roles`] runs on every event), so all check the same
//! promise.

use crate::Event;
use crate::event::{Actor, Role};
use crate::rules::SameCountry;
use std::collections::BTreeSet;

/// Whether the actor's words lie inside the event's sentence (an actor
/// outside it was inherited from the article).
fn inside(e: &Event, a: &Actor) -> bool {
    within((e.sentence.start, e.sentence.end), a)
}

/// Whether the actor's words lie inside the byte span `start..end`.
fn within((start, end): (usize, usize), a: &Actor) -> bool {
    a.start >= start && a.end <= end
}

fn countries(e: &Event, role: Role) -> BTreeSet<&str> {
    e.actors
        .iter()
        .filter(|a| a.role == role)
        .filter_map(|a| a.country.as_deref())
        .collect()
}

/// An export duty (the trigger starts with one of `export_words`, the
/// `[cues.roles]` list, or follows one: "export tariffs", "export duty"):
/// the exporting country's own measure, paid by its own exporters.
pub fn is_export_duty(e: &Event, export_words: &[String]) -> bool {
    let before = e
        .trigger
        .start
        .checked_sub(e.sentence.start)
        .and_then(|o| e.sentence.text.get(..o))
        .unwrap_or("");
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| export_words.iter().any(|x| w.eq_ignore_ascii_case(x)))
        || export_words
            .iter()
            .any(|x| e.trigger.text.to_ascii_lowercase().starts_with(x.as_str()))
}

/// Whether a country on both sides of `e` is allowed under `rule`.
fn both_sides_allowed(e: &Event, rule: SameCountry, export_words: &[String]) -> bool {
    match rule {
        SameCountry::Allowed => true,
        SameCountry::Never => false,
        SameCountry::Mutual => {
            let (s, t) = (countries(e, Role::Source), countries(e, Role::Target));
            (s == t && s.len() >= 2) || is_export_duty(e, export_words)
        }
        SameCountry::Home => {
            let (s, t) = (countries(e, Role::Source), countries(e, Role::Target));
            !(s.len() == 1 && t.len() > 1 && t.is_superset(&s))
        }
    }
}

/// Whether `x` and `y` are one party read from one mention (a group named
/// once, "the G8", stands for several members at the same offsets: those
/// are different parties).
fn same_party(x: &Actor, y: &Actor) -> bool {
    x.start == y.start && x.end == y.end && x.country == y.country && x.name == y.name
}

/// Whether `x`, inherited from outside the sentence, is the party `y`
/// (inherited too) already brings in its role: the same country, or for a
/// party without one the same name ("OPEC" in the headline and the lead
/// is one participant).
fn inherited_again(x: &Actor, y: &Actor) -> bool {
    y.role == x.role && y.country == x.country && (x.country.is_some() || y.name == x.name)
}

/// Whether `x`, an actor inherited from outside the sentence, duplicates
/// what the sentence fills: its role (source, target), or for a
/// participant, its country or, for a party without one (OPEC, the IMF),
/// the same party named again.
fn duplicates_inside(e: &Event, x: &Actor) -> bool {
    e.actors.iter().filter(|y| inside(e, y)).any(|y| {
        if x.role == Role::Participant {
            (y.country.is_some() && y.country == x.country)
                || (y.country.is_none() && x.country.is_none() && y.name == x.name)
        } else {
            y.role == x.role
        }
    })
}

/// Every way `event` breaks the role contract (empty when it keeps it);
/// `same_country` is the rule's [`SameCountry`], `export_words` the rule
/// set's (see [`is_export_duty`]).
pub fn role_violations(
    event: &Event,
    same_country: SameCountry,
    export_words: &[String],
) -> Vec<String> {
    let mut out = Vec::new();
    let a = &event.actors;
    for (i, x) in a.iter().enumerate() {
        let two_roles = a[..i]
            .iter()
            .any(|y| y.start == x.start && y.end == x.end && y.role != x.role);
        if two_roles {
            out.push(format!(
                "{}: the mention {:?} at {} holds two roles",
                event.id, x.text, x.start
            ));
        }
        if a[..i].iter().any(|y| same_party(x, y) && y.role == x.role) {
            out.push(format!(
                "{}: the mention {:?} at {} is listed twice",
                event.id, x.text, x.start
            ));
        }
        if !inside(event, x)
            && a[..i]
                .iter()
                .any(|y| !inside(event, y) && !same_party(x, y) && inherited_again(x, y))
        {
            out.push(format!(
                "{}: inherited {:?} ({}) repeats a party already inherited",
                event.id, x.text, x.role
            ));
        }
        if !inside(event, x) && duplicates_inside(event, x) {
            out.push(format!(
                "{}: inherited {:?} ({}) duplicates a role filled in the sentence",
                event.id, x.text, x.role
            ));
        }
    }
    let (s, t) = (
        countries(event, Role::Source),
        countries(event, Role::Target),
    );
    let both: Vec<&&str> = s.intersection(&t).collect();
    if !both.is_empty() && !both_sides_allowed(event, same_country, export_words) {
        out.push(format!(
            "{}: {both:?} on both sides, which its rule does not allow",
            event.id
        ));
    }
    out
}

/// Repairs what [`role_violations`] finds, so every event the extractor
/// writes keeps the role contract: an inherited actor that duplicates what
/// the sentence fills, or another inherited actor, is dropped; a mention keeps the first role it was
/// given and is listed once; a country on both sides where the rule does not allow it leaves
/// the side where it has company (the U.S. in "U.S. tariff on Chinese
/// goods" is not also a target), or, alone on both sides, the target (the
/// source is the better read role).
pub fn enforce_roles(event: &mut Event, same_country: SameCountry, export_words: &[String]) {
    let keep: Vec<bool> = event
        .actors
        .iter()
        .map(|x| inside(event, x) || !duplicates_inside(event, x))
        .collect();
    let mut k = keep.iter();
    event.actors.retain(|_| *k.next().unwrap_or(&true));
    // `inside` by the sentence's span: `event.actors` is drained below.
    let sentence = (event.sentence.start, event.sentence.end);
    let outside = |a: &Actor| !within(sentence, a);
    let mut kept: Vec<Actor> = Vec::with_capacity(event.actors.len());
    for x in event.actors.drain(..) {
        let repeated = kept.iter().any(|y| {
            (y.start == x.start && y.end == x.end && (y.role != x.role || same_party(&x, y)))
                || (outside(&x) && outside(y) && inherited_again(&x, y))
        });
        if !repeated {
            kept.push(x);
        }
    }
    event.actors = kept;
    if both_sides_allowed(event, same_country, export_words) {
        return;
    }
    let shared: Vec<String> = {
        let (s, t) = (
            countries(event, Role::Source),
            countries(event, Role::Target),
        );
        s.intersection(&t).map(|c| c.to_string()).collect()
    };
    for c in shared {
        let (ns, nt) = (
            countries(event, Role::Source).len(),
            countries(event, Role::Target).len(),
        );
        let drop = if ns > nt { Role::Source } else { Role::Target };
        event
            .actors
            .retain(|a| !(a.role == drop && a.country.as_deref() == Some(&c)));
    }
}

/// Every way `event` breaks the offset contract for `text` (empty when it keeps it).
pub fn offset_violations(event: &Event, text: &str) -> Vec<String> {
    let mut spans: Vec<(&str, usize, usize, &str)> = vec![
        (
            "trigger",
            event.trigger.start,
            event.trigger.end,
            &event.trigger.text,
        ),
        (
            "sentence",
            event.sentence.start,
            event.sentence.end,
            &event.sentence.text,
        ),
    ];
    for a in &event.actors {
        spans.push(("actor", a.start, a.end, &a.text));
    }
    if let Some(x) = &event.amount {
        spans.push(("amount", x.start, x.end, &x.text));
    }
    if let Some(x) = &event.rate {
        spans.push(("rate", x.start, x.end, &x.text));
    }
    if let Some(x) = &event.product {
        spans.push(("product", x.start, x.end, &x.text));
    }
    if let Some(x) = &event.location {
        spans.push(("location", x.start, x.end, &x.text));
    }
    if let Some(x) = &event.count {
        spans.push(("count", x.start, x.end, &x.text));
    }
    let mut out = Vec::new();
    for (name, start, end, shown) in spans {
        match text.get(start..end) {
            None => out.push(format!(
                "{}: {name} {start}..{end} is not a char-boundary range inside the text ({} bytes)",
                event.id,
                text.len()
            )),
            Some(slice) if slice != shown => out.push(format!(
                "{}: {name} {start}..{end} is {slice:?} but the record says {shown:?}",
                event.id
            )),
            Some(_) => {}
        }
    }
    out
}

/// The [`SameCountry`] setting of the rule that made `event` (`Never` for
/// an unknown rule id).
pub fn same_country_of(rules: &crate::rules::RuleSet, event: &Event) -> SameCountry {
    rules
        .rules
        .iter()
        .find(|r| r.id == event.rule)
        .map_or(SameCountry::Never, |r| r.same_country)
}

/// Every contract violation of `event` over `text`: offsets and roles, with
/// the role rule of the extractor that made it. What the property tests and
/// the fuzz target check.
pub fn violations(ex: &crate::Extractor, event: &Event, text: &str) -> Vec<String> {
    let mut out = offset_violations(event, text);
    let export_words = ex.rules().role_cues("export_words");
    out.extend(role_violations(
        event,
        same_country_of(ex.rules(), event),
        export_words,
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Extractor;

    #[test]
    fn a_shifted_span_is_caught() {
        let text = "Japan pledged 1.5 billion dlrs in aid to the Philippines.";
        let ex = Extractor::embedded().unwrap();
        let mut events = ex.extract("d", text);
        assert!(!events.is_empty());
        assert!(offset_violations(&events[0], text).is_empty());
        events[0].trigger.start += 1;
        assert_eq!(offset_violations(&events[0], text).len(), 1);
        events[0].trigger.end = text.len() + 5;
        assert!(offset_violations(&events[0], text)[0].contains("char-boundary"));
    }

    /// An actor with a country code, or ("org:NAME") a party without one.
    fn actor(role: &str, country: &str, start: usize, end: usize) -> Actor {
        let org = country.strip_prefix("org:");
        Actor {
            role: Role::parse(role).expect("a role name"),
            text: "x".into(),
            name: org.unwrap_or(country).into(),
            kind: if org.is_some() {
                "organization"
            } else {
                "country"
            }
            .into(),
            country: if org.is_some() {
                None
            } else {
                Some(country.into())
            },
            start,
            end,
        }
    }

    /// A tariff in a sentence at bytes 100..200 with the given actors.
    fn tariff(trigger: &str, actors: Vec<Actor>) -> Event {
        let ex = Extractor::embedded().unwrap();
        let text = "Washington imposed a 25% tariff on Japanese steel.";
        let mut e = ex.extract("d", text).remove(0);
        e.sentence.start = 100;
        e.sentence.end = 200;
        e.trigger.start = 120;
        e.trigger.end = 120 + trigger.len();
        e.trigger.text = trigger.into();
        e.actors = actors;
        e
    }

    /// (case, trigger, actors, rule setting, violations expected, actors
    /// left after enforce_roles as (role, country)).
    type Case = (
        &'static str,
        &'static str,
        Vec<Actor>,
        SameCountry,
        usize,
        Vec<(&'static str, &'static str)>,
    );

    #[test]
    fn role_contract_table() {
        use SameCountry::*;
        // (case, trigger, actors, rule setting, violations expected, actors
        // left after enforce_roles as (role, country))
        let table: Vec<Case> = vec![
            (
                "clean",
                "tariff",
                vec![
                    actor("source", "USA", 100, 110),
                    actor("target", "JPN", 130, 138),
                ],
                Never,
                0,
                vec![("source", "USA"), ("target", "JPN")],
            ),
            (
                "one mention in two roles",
                "tariff",
                vec![
                    actor("source", "USA", 100, 110),
                    actor("target", "USA", 100, 110),
                ],
                Never,
                2,
                vec![("source", "USA")],
            ),
            (
                "inherited source while the sentence has one",
                "tariff",
                vec![
                    actor("source", "USA", 100, 110),
                    actor("source", "CAN", 10, 16),
                    actor("target", "JPN", 130, 138),
                ],
                Never,
                1,
                vec![("source", "USA"), ("target", "JPN")],
            ),
            (
                "inherited participant already in the sentence",
                "tariff",
                vec![
                    actor("participant", "USA", 10, 16),
                    actor("participant", "USA", 100, 110),
                ],
                Never,
                1,
                vec![("participant", "USA")],
            ),
            (
                "one mention listed twice in its role",
                "meeting",
                vec![
                    actor("participant", "org:OPEC", 100, 104),
                    actor("participant", "org:OPEC", 100, 104),
                ],
                Never,
                1,
                vec![("participant", "")],
            ),
            (
                "one party inherited from two mentions",
                "meeting",
                vec![
                    actor("participant", "org:OPEC", 0, 4),
                    actor("participant", "org:OPEC", 49, 53),
                    actor("participant", "USA", 10, 14),
                    actor("participant", "USA", 60, 73),
                    actor("participant", "JPN", 120, 125),
                ],
                Never,
                2,
                vec![
                    ("participant", ""),
                    ("participant", "USA"),
                    ("participant", "JPN"),
                ],
            ),
            (
                "a group's members share its mention",
                "meeting",
                vec![
                    actor("participant", "USA", 100, 102),
                    actor("participant", "JPN", 100, 102),
                ],
                Never,
                0,
                vec![("participant", "USA"), ("participant", "JPN")],
            ),
            (
                "inherited party without a country, named again in the sentence",
                "meeting",
                vec![
                    actor("participant", "org:OPEC", 120, 124),
                    actor("participant", "org:OPEC", 0, 4),
                    actor("participant", "org:IMF", 30, 33),
                ],
                Never,
                1,
                vec![("participant", ""), ("participant", "")],
            ),
            (
                "export duty: one mention on both sides",
                "export duty",
                vec![
                    actor("source", "IND", 100, 110),
                    actor("target", "IND", 100, 110),
                ],
                Mutual,
                1,
                vec![("source", "IND")],
            ),
            (
                "import tariff: one mention on both sides",
                "tariff",
                vec![
                    actor("source", "IND", 100, 110),
                    actor("target", "IND", 100, 110),
                ],
                Mutual,
                2,
                vec![("source", "IND")],
            ),
            (
                "country on both sides with company: leaves that side",
                "tariff",
                vec![
                    actor("source", "USA", 100, 110),
                    actor("target", "CHN", 130, 138),
                    actor("target", "USA", 150, 160),
                ],
                Never,
                1,
                vec![("source", "USA"), ("target", "CHN")],
            ),
            (
                "domestic aid is allowed",
                "tariff",
                vec![
                    actor("source", "KOR", 100, 110),
                    actor("target", "KOR", 130, 138),
                ],
                Allowed,
                0,
                vec![("source", "KOR"), ("target", "KOR")],
            ),
            (
                "mutual tariffs: both countries on both sides",
                "tariff",
                vec![
                    actor("source", "USA", 100, 110),
                    actor("source", "CHN", 112, 117),
                    actor("target", "USA", 130, 138),
                    actor("target", "CHN", 140, 145),
                ],
                Mutual,
                0,
                vec![
                    ("source", "USA"),
                    ("source", "CHN"),
                    ("target", "USA"),
                    ("target", "CHN"),
                ],
            ),
            (
                "home aid: one country alone on both sides of a pledge",
                "aid",
                vec![
                    actor("source", "KOR", 100, 110),
                    actor("target", "KOR", 130, 138),
                ],
                Home,
                0,
                vec![("source", "KOR"), ("target", "KOR")],
            ),
            (
                "a lone giver also among the recipients: the giver only",
                "invest",
                vec![
                    actor("source", "KOR", 100, 110),
                    actor("target", "USA", 130, 138),
                    actor("target", "KOR", 150, 160),
                ],
                Home,
                1,
                vec![("source", "KOR"), ("target", "USA")],
            ),
            (
                "a recipient also among several givers is allowed",
                "credit",
                vec![
                    actor("source", "USA", 100, 110),
                    actor("source", "CAN", 112, 117),
                    actor("target", "CAN", 130, 138),
                ],
                Home,
                0,
                vec![("source", "USA"), ("source", "CAN"), ("target", "CAN")],
            ),
            (
                "one country alone on both sides of an import tariff",
                "tariff",
                vec![
                    actor("source", "JPN", 100, 110),
                    actor("target", "JPN", 130, 138),
                ],
                Mutual,
                1,
                vec![("source", "JPN")],
            ),
        ];
        let export = vec!["export".to_string()];
        for (case, trigger, actors, rule, n, left) in table {
            let mut e = tariff(trigger, actors);
            assert_eq!(
                role_violations(&e, rule, &export).len(),
                n,
                "{case}: {:?}",
                role_violations(&e, rule, &export)
            );
            enforce_roles(&mut e, rule, &export);
            assert!(
                role_violations(&e, rule, &export).is_empty(),
                "{case}: after enforcing"
            );
            let got: Vec<(&str, &str)> = e
                .actors
                .iter()
                .map(|a| (a.role.as_str(), a.country.as_deref().unwrap_or("")))
                .collect();
            assert_eq!(got, left, "{case}");
        }
    }
}
