//! Article-level passes over a finished article's events: roles inherited
//! from the article, same-type mentions of one sentence merged.

use super::*;
use crate::event::{Actor, Event};

impl Extractor {
    /// The countries the whole article names, most named first, each with
    /// its first mention as an actor (for "the two countries"). Countries,
    /// their agencies and capitals count; people do not (a visiting minister
    /// is named often in a story about two other countries).
    pub(crate) fn article_countries(
        &self,
        text: &str,
        day: Option<crate::dates::Day>,
    ) -> Vec<(String, usize, Actor)> {
        self.lexicon
            .country_mentions(text, day, false)
            .into_iter()
            .map(|(c, n, m)| (c, n, self.actor_from(text, &m, Role::Participant)))
            .collect()
    }
}

/// Fills roles a sentence leaves implicit from the article's previous event
/// of the same type ("the tariffs would be ended as soon as Japan ..." after
/// "U.S. tariffs on Japanese goods"), the way a reader resolves them. An
/// export duty is borne by the exporting country's own exporters, so its
/// target is its source.
pub(crate) fn inherit_roles(
    text: &str,
    events: &mut [Event],
    pairs: &[bool],
    article_countries: &dyn Fn() -> Vec<(String, usize, Actor)>,
) {
    // The article's most frequent actor countries, for meetings that name
    // only one side ("talks with the Japanese" in a U.S.-Japan story).
    let freq: Vec<(String, usize, Actor)> = tally_countries(events.iter().flat_map(|e| &e.actors))
        .into_iter()
        .map(|(c, n, a)| (c.to_string(), n, a.clone()))
        .collect();
    // For each type and role, the country that holds the role in most of the
    // article's events of the type, counted before any inheriting (at least
    // twice and more than any other).
    let mut holders: Vec<(EventType, Role, Actor)> = Vec::new();
    let mut types: Vec<&EventType> = Vec::new();
    for t in events.iter().map(|e| &e.event_type) {
        if *t == EventType::Meeting || types.contains(&t) {
            continue;
        }
        types.push(t);
        for role in [Role::Source, Role::Target] {
            let tally = tally_countries(
                events
                    .iter()
                    .filter(|e| &e.event_type == t)
                    .flat_map(|e| &e.actors)
                    .filter(|a| a.role == role),
            );
            if let [first, rest @ ..] = tally.as_slice()
                && first.1 >= 2
                && rest.first().is_none_or(|s| first.1 > s.1)
            {
                holders.push((t.clone(), role, first.2.clone()));
            }
        }
    }
    for i in 0..events.len() {
        let t = events[i].event_type.clone();
        if t == EventType::Meeting {
            let e = &mut events[i];
            let mut countries: Vec<&String> =
                e.actors.iter().filter_map(|a| a.country.as_ref()).collect();
            countries.dedup();
            // "talks between officials of the two countries": the article's
            // two leading countries.
            let pair = pairs[i];
            let article = if pair && countries.len() < 2 {
                article_countries()
            } else {
                Vec::new()
            };
            if article.len() >= 2 && article[1].1 >= 2 {
                for f in &article[..2] {
                    if !e.actors.iter().any(|a| a.country.as_ref() == Some(&f.0)) {
                        e.actors.push(Actor {
                            role: Role::Participant,
                            ..f.2.clone()
                        });
                    }
                }
                continue;
            }
            if countries.is_empty() {
                // "The January talks focussed on ...": the talks last named.
                let donor = events[..i].iter().rev().find(|d| {
                    d.event_type == EventType::Meeting
                        && d.actors.iter().any(|a| a.country.is_some())
                });
                let inherited: Vec<Actor> = donor.map(|d| d.actors.clone()).unwrap_or_default();
                events[i].actors.extend(inherited);
                continue;
            }
            // A meeting with an international body is complete with one country.
            let with_body = e
                .actors
                .iter()
                .any(|a| a.country.is_none() && a.kind == "organization");
            if countries.len() == 1 && !with_body {
                let present = countries[0].clone();
                if let Some(f) = freq.iter().find(|f| f.0 != present && f.1 >= 2) {
                    e.actors.push(Actor {
                        role: Role::Participant,
                        ..f.2.clone()
                    });
                }
            }
            continue;
        }
        for role in [Role::Source, Role::Target] {
            if events[i]
                .actors
                .iter()
                .any(|a| a.role == role && a.country.is_some())
            {
                continue;
            }
            let has_role = |e: &&Event| {
                e.event_type == t
                    && e.actors
                        .iter()
                        .any(|a| a.role == role && a.country.is_some())
            };
            // The article's clear holder of the role ...
            let dominant = holders
                .iter()
                .find(|h| h.0 == t && h.1 == role)
                .map(|h| h.2.clone());
            // ... else the previous event of the type, or for the first
            // (often the headline) the next one.
            let inherited: Vec<Actor> = match dominant {
                Some(a) => vec![a],
                None => events[..i]
                    .iter()
                    .rev()
                    .find(has_role)
                    .or_else(|| events[i + 1..].iter().find(has_role))
                    .map(|e| {
                        e.actors
                            .iter()
                            .filter(|a| a.role == role)
                            .cloned()
                            .collect()
                    })
                    .unwrap_or_default(),
            };
            events[i].actors.extend(inherited);
        }
        let e = &mut events[i];
        let export = text[..e.trigger.start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.eq_ignore_ascii_case("export"))
            || e.trigger.text.to_ascii_lowercase().starts_with("export");
        if t == EventType::Tariff && export && !e.actors.iter().any(|a| a.role == Role::Target) {
            let as_target: Vec<Actor> = e
                .actors
                .iter()
                .filter(|a| a.role == Role::Source)
                .map(|a| Actor {
                    role: Role::Target,
                    ..a.clone()
                })
                .collect();
            e.actors.extend(as_target);
        }
    }
    // A raid whose sentence and article name no one raided is a country's
    // agencies acting at home (ANNOTATION.md: a raid by a country's own
    // agencies on its own people has that country as source and target):
    // "ED searches Bhupesh Baghel's Bhilai home", "agents raided a meat plant
    // in Omaha".
    for e in events
        .iter_mut()
        .filter(|e| e.event_type == EventType::Raid)
    {
        if e.actors.iter().any(|a| a.role == Role::Target) {
            continue;
        }
        let at_home: Vec<Actor> = e
            .actors
            .iter()
            .filter(|a| a.role == Role::Source && a.country.is_some())
            .map(|a| Actor {
                role: Role::Target,
                ..a.clone()
            })
            .collect();
        e.actors.extend(at_home);
    }
}

/// The countries of `actors`, most frequent first (ties in order of first
/// appearance), each with its count and first actor.
pub(crate) fn tally_countries<'a>(
    actors: impl Iterator<Item = &'a Actor>,
) -> Vec<(&'a str, usize, &'a Actor)> {
    crate::lexicon::tally(actors.filter_map(|a| a.country.as_deref().map(|c| (c, a))))
}

/// Whether two tariff mentions of one sentence state different tariffs, even
/// within one clause: each with its own rate ("a 20% tariff on all goods and
/// a 40% tariff on transshipping", "a 15% tariff, half the 30% rate Trump
/// had threatened"), or other countries imposing
/// and facing it ("the U.S. tariff on Chinese goods ... and China's levy on
/// American products"). The gold counts each as an event, as a reader does.
fn distinct_tariffs(a: &Event, b: &Event) -> bool {
    if a.event_type != EventType::Tariff || b.event_type != EventType::Tariff {
        return false;
    }
    let rates =
        matches!((&a.rate, &b.rate), (Some(x), Some(y)) if (x.value - y.value).abs() > 1e-9);
    let countries = |e: &Event, role: Role| -> std::collections::BTreeSet<String> {
        e.actors
            .iter()
            .filter(|x| x.role == role)
            .filter_map(|x| x.country.clone())
            .collect()
    };
    // Both roles named on both sides, and both different: two countries'
    // own measures, not one measure seen from two words of the sentence.
    let differ = |role: Role| {
        let (x, y) = (countries(a, role), countries(b, role));
        !x.is_empty() && !y.is_empty() && x != y
    };
    rates || (differ(Role::Source) && differ(Role::Target))
}

/// One event per distinct event: a same-type draft in the same clause as an
/// earlier one, or adding no actor, amount or rate of its own, is folded into it.
pub(crate) fn merge_same_type(drafts: Vec<Draft>) -> Vec<Draft> {
    let mut kept: Vec<Draft> = Vec::new();
    for d in drafts {
        let Some(prev) = kept
            .iter_mut()
            .rev()
            .find(|k| k.event.event_type == d.event.event_type)
        else {
            kept.push(d);
            continue;
        };
        let same_clause = prev.clause == d.clause;
        let adds_something = d.event.actors.iter().any(|a| {
            !prev
                .event
                .actors
                .iter()
                .any(|b| b.country == a.country && b.name == a.name)
        }) || (d.event.amount.is_some()
            && d.event.amount != prev.event.amount)
            || (d.event.rate.is_some() && d.event.rate != prev.event.rate);
        if (same_clause || !adds_something) && !distinct_tariffs(&prev.event, &d.event) {
            let e = &mut prev.event;
            if e.amount.is_none() {
                e.amount = d.event.amount;
            }
            if e.rate.is_none() {
                e.rate = d.event.rate;
            }
            if e.product.is_none() {
                e.product = d.event.product;
            }
            if e.location.is_none() {
                e.location = d.event.location;
            }
            if e.count.is_none() {
                e.count = d.event.count;
            }
            // A folded mention adds only countries the event does not have yet:
            // its own roles come from another trigger's point of view.
            for a in d.event.actors {
                if !e
                    .actors
                    .iter()
                    .any(|b| b.start == a.start || (a.country.is_some() && b.country == a.country))
                {
                    e.actors.push(a);
                }
            }
        } else {
            kept.push(d);
        }
    }
    for k in &mut kept {
        let order = |r: Role| match r {
            Role::Source => 0,
            Role::Target => 1,
            Role::Participant => 2,
        };
        k.event.actors.sort_by(|a, b| {
            order(a.role)
                .cmp(&order(b.role))
                .then(a.start.cmp(&b.start))
        });
    }
    kept
}
