//! Article-level passes over a finished article's events: roles inherited
//! from the article, same-type mentions of one sentence merged.

use super::*;
use crate::event::{Actor, Event};
use crate::lexicon::{ActorKind, kind_name};

impl Extractor {
    /// The countries the whole article names, most named first, each with
    /// its first mention as an actor (for "the two countries"). Countries,
    /// their agencies and capitals count; people do not (a visiting minister
    /// is named often in a story about two other countries).
    pub(crate) fn article_countries(&self, article: &ArticleCx) -> Vec<(String, usize, Actor)> {
        article
            .countries
            .get_or_init(|| {
                let text = article.text;
                self.lexicon
                    .country_mentions_in(&article.scope, article.day, false)
                    .into_iter()
                    .map(|(c, n, m)| (c, n, self.actor_from(text, &m, Role::Participant)))
                    .collect()
            })
            .clone()
    }

    /// The countries of the actors the lexicon finds between bytes `start`
    /// and `end` of the article (`None` for a body with no country), places
    /// where events happen left out: who a sentence names as parties.
    pub(crate) fn countries_named(
        &self,
        article: &ArticleCx,
        start: usize,
        end: usize,
    ) -> Vec<Option<String>> {
        self.lexicon
            .find_in(&article.scope, start, end, article.day)
            .iter()
            .map(|m| self.lexicon.entry(m.entry))
            .filter(|e| e.kind != ActorKind::Place)
            .map(|e| e.country.clone())
            .collect()
    }

    /// The one country an article names, by any mention with a country
    /// (places, people, companies and bodies included), with its first
    /// mention as an actor; none when two countries are named. For talks
    /// whose parties have no country of their own in a story that mentions
    /// a country too rarely for [`Self::article_countries`] to be clear
    /// ("talks between unions and employers" under a ROTTERDAM dateline,
    /// "met Mourinho in a London hotel").
    pub(crate) fn sole_country(&self, article: &ArticleCx) -> Option<Actor> {
        let found = self.lexicon.find_whole(&article.scope, article.day);
        let first = self.lexicon.sole_country_match(&found)?;
        Some(self.actor_from(article.text, first, Role::Participant))
    }

    /// The one country an article's dateline names ("SEOUL, April 15
    /// (Yonhap) --", "KUALA LUMPUR: Malaysia has agreed ..."), as an actor
    /// whose mention is the dateline's name: where the story is filed from,
    /// most often the country it is about ([`crate::lexicon::Lexicon::dateline_match`]).
    pub(crate) fn dateline_country(&self, article: &ArticleCx) -> Option<Actor> {
        let m = self.lexicon.dateline_match(&article.scope)?;
        Some(self.actor_from(article.text, &m, Role::Participant))
    }
}

/// Bytes of an article's start (headline and lead) searched for the
/// instrument code of the company the story is about.
const LISTING_HEAD: usize = 600;

impl Extractor {
    /// The home country of the listed company an article is about, from the
    /// first instrument code in its headline or lead ("HARCOURT BRACE <HBJ>
    /// SETS DEADLINE" is a U.S. listing, "<GL.TO>" a Toronto one), as an
    /// actor whose mention is the code. The exchange gives a currency
    /// (`ticker_suffixes`), the currency its issuer: the lexicon country
    /// issuing it (now or before the euro) whose code starts with the
    /// currency's first two letters, as ISO 4217 codes do (USD: USA).
    pub(crate) fn listed_home(&self, text: &str) -> Option<Actor> {
        let mut n = LISTING_HEAD.min(text.len());
        while !text.is_char_boundary(n) {
            n -= 1;
        }
        let (start, end, currency) = crate::quantity::ticker_at(&text[..n])?;
        let issuer = self.lexicon.entries().iter().find(|e| {
            e.kind == ActorKind::Country
                && e.currency
                    .iter()
                    .chain(&e.former_currencies)
                    .any(|c| c == currency)
                && e.country
                    .as_deref()
                    .is_some_and(|k| k.get(..2) == currency.get(..2))
        })?;
        Some(Actor {
            role: Role::Participant,
            text: text[start..end].to_string(),
            name: text[start + 1..end - 1].to_string(),
            kind: kind_name(ActorKind::Company).to_string(),
            country: issuer.country.clone(),
            start,
            end,
        })
    }
}

/// What the sentence stage found about each event that the article stage
/// needs, in the order of the events.
#[derive(Clone, Copy, Default)]
pub(crate) struct SentenceFacts {
    /// The sentence names two parties by reference ("the two countries").
    pub(crate) pair: bool,
    /// The sentence names a meeting's people as a pair (`pair_people`: "the
    /// two leaders", "the pair"): a meeting in it whose only country is a
    /// place's (the venue of "the G20 summit in Rio") is the pair's too.
    pub(crate) pair_people: bool,
    /// A meeting whose one country meets that country's own counterparts
    /// (`meeting_home_parties`: "Philippine officials and a 12-bank
    /// committee have been meeting", "talks between the Philippine
    /// government and its bank advisory committee"; see
    /// `Extractor::meets_home_parties`): complete with that country, it
    /// takes no other from the article.
    pub(crate) home: bool,
    /// Its one side's role is a guess from word order
    /// ([`super::roles::Args::guessed`]).
    pub(crate) guessed: bool,
    /// A cue placed its imposer ([`super::roles::Args::cued`]).
    pub(crate) cued: bool,
    /// Both its sides are guesses from word order
    /// ([`super::roles::Args::order_pair`]).
    pub(crate) order_pair: bool,
    /// Its one target is a plain country name on the tariff
    /// ([`super::roles::Args::bare_target`]).
    pub(crate) bare_target: bool,
    /// Its raid targets are the nationalities of people held
    /// ([`super::roles::Args::people_target`]): no model for another raid's.
    pub(crate) people_target: bool,
    /// Its giver is a body with no country
    /// ([`super::roles::Args::countryless_giver`]): no other is inherited.
    pub(crate) countryless_giver: bool,
}

/// The fewest countries named in a role by an article's own sentences that
/// make the role a list, in which a weakly held country is not inherited
/// ([`inherit_roles`]).
const SPLIT_COUNTRIES: usize = 3;

/// How many events away [`inherit_roles`] looks for an event of the same
/// type with the same other side (bounded so a long article stays linear).
const PAIR_REACH: usize = 12;

/// The fewest countries that make a meeting a group's ("G-7", "the six
/// Gulf states"), whose later mentions naming one member are the group's.
const GROUP_SIZE: usize = 4;

/// What [`inherit_roles`] may ask about the whole article, computed only
/// when asked.
#[derive(Clone, Copy)]
pub(crate) struct ArticleFacts<'a> {
    /// [`Extractor::article_countries`].
    pub(crate) countries: &'a dyn Fn() -> Vec<(String, usize, Actor)>,
    /// [`Extractor::listed_home`].
    pub(crate) listed_home: &'a dyn Fn() -> Option<Actor>,
    /// [`Extractor::sole_country`].
    pub(crate) sole_country: &'a dyn Fn() -> Option<Actor>,
    /// [`Extractor::countries_named`] between two byte offsets.
    pub(crate) countries_named: &'a dyn Fn(usize, usize) -> Vec<Option<String>>,
    /// [`Extractor::dateline_country`].
    pub(crate) dateline: &'a dyn Fn() -> Option<Actor>,
}

/// Adds another meeting's parties to `e` as participants, each country
/// once: a meeting named only by reference ("the two sides", "the two
/// leaders") takes the parties of the meeting it refers to.
fn join_as_participants(e: &mut Event, parties: Vec<Actor>) {
    for a in parties {
        if !e.actors.iter().any(|b| b.country == a.country) {
            e.actors.push(Actor {
                role: Role::Participant,
                ..a
            });
        }
    }
}

/// The parties of meeting `m` when they are a pair: two countries (not
/// counting venues), or one country meeting its own counterparts (`home`:
/// a government and its bank committee); each country's first mention.
fn meeting_pair(m: &Event, home: bool) -> Option<Vec<Actor>> {
    let mut parties: Vec<Actor> = Vec::new();
    for a in &m.actors {
        if a.country.is_some()
            && a.kind != kind_name(ActorKind::Place)
            && !parties.iter().any(|b| b.country == a.country)
        {
            parties.push(a.clone());
        }
    }
    (parties.len() == 2 || (parties.len() == 1 && home)).then_some(parties)
}

/// Fills roles a sentence leaves implicit from the article's previous event
/// of the same type ("the tariffs would be ended as soon as Japan ..." after
/// "U.S. tariffs on Japanese goods"), the way a reader resolves them. An
/// export duty is borne by the exporting country's own exporters, so its
/// target is its source.
pub(crate) fn inherit_roles(
    text: &str,
    events: &mut [Event],
    told: &[SentenceFacts],
    facts: &ArticleFacts,
    export_words: &[String],
    words: &MeetingWords,
) {
    let aside_words = words.aside;
    // Tariffs named as the measure another answers ("the EU's answer to
    // Washington's steel tariffs", "in retaliation for Ottawa's levies"):
    // the other side's measure in a two-way story, whose roles are no
    // model for the story's other tariffs (neither counted for the
    // article's holder of a role nor inherited from).
    let answering: Vec<bool> = events
        .iter()
        .map(|e| e.event_type == EventType::Tariff && answered_measure(e, words.answered))
        .collect();
    story_sides(events, told);
    reaction_sides(events);
    pledge_sides(events, told);
    let ArticleFacts {
        countries: article_countries,
        listed_home,
        sole_country,
        countries_named,
        dateline,
    } = *facts;
    // The article's clear country (named at least twice and twice as often
    // as any other), for events whose parties the article leaves implicit:
    // talks between a union and employers, police raids at home.
    let context = || -> Option<Actor> {
        let counts = article_countries();
        let top = counts.first()?;
        let second = counts.get(1).map_or(0, |c| c.1);
        (top.1 >= 2 && top.1 > second).then(|| top.2.clone())
    };
    // The most frequent countries of the article's meetings, for meetings
    // that name only one side ("talks with the Japanese" in a U.S.-Japan
    // story; not the recipient of the article's pledges).
    let freq: Vec<(String, usize, Actor)> = tally_countries(
        events
            .iter()
            .filter(|e| e.event_type == EventType::Meeting)
            .flat_map(|e| &e.actors),
    )
    .into_iter()
    .map(|(c, n, a)| (c.to_string(), n, a.clone()))
    .collect();
    // For each type and role, the country that holds the role in most of the
    // article's sentences with events of the type, counted before any
    // inheriting, the headline's twice ([`sentence_votes`]; at least two
    // votes and more than any other).
    let mut holders: Vec<(EventType, Role, Actor)> = Vec::new();
    let mut types: Vec<&EventType> = Vec::new();
    for t in events.iter().map(|e| &e.event_type) {
        if *t == EventType::Meeting || types.contains(&t) {
            continue;
        }
        types.push(t);
        for role in [Role::Source, Role::Target] {
            let tally = sentence_votes(
                events
                    .iter()
                    .zip(told)
                    .zip(&answering)
                    .filter(|((e, f), answered)| {
                        &e.event_type == t
                            && !**answered
                            && !(role == Role::Target && f.people_target)
                    })
                    .map(|((e, _), _)| e),
                role,
            );
            if let [first, rest @ ..] = tally.as_slice()
                && first.1 >= 2
                && rest.first().is_none_or(|s| first.1 > s.1)
            {
                holders.push((t.clone(), role, first.2.clone()));
            }
        }
    }
    // For each type and country, how often the article's sentences name it
    // as source and as target themselves (before any inheriting): the side
    // the story puts it on.
    let sides = explicit_sides(events, told);
    // On the side a type's stories list (the countries one imposer's
    // duties fall on, the givers to one recipient), an article whose own
    // sentences name three or more countries in the role gives a sentence
    // naming none no holder of it unless the story stands behind that one:
    // countries named in the role by at most one sentence, or by fewer than
    // an eighth of the article's events of the type, are a split, weak
    // choice ("Canada and Mexico are spared" in a story on duties on nearly
    // all imports), left out rather than guessed.
    let per_type: Vec<(EventType, usize)> = [EventType::Tariff, EventType::Pledge]
        .into_iter()
        .map(|t| {
            let n = events.iter().filter(|e| e.event_type == t).count();
            (t, n)
        })
        .collect();
    let split_weak = |t: &EventType, role: Role, inherited: &[Actor]| -> bool {
        let list_side = matches!(
            (t, role),
            (EventType::Tariff, Role::Target) | (EventType::Pledge, Role::Source)
        );
        if !list_side {
            return false;
        }
        let count = |(s, g): (usize, usize)| if role == Role::Source { s } else { g };
        let named = sides
            .iter()
            .filter(|(ty, _, c)| ty == t && count(*c) > 0)
            .count();
        if named < SPLIT_COUNTRIES {
            return false;
        }
        let of_type = per_type.iter().find(|(k, _)| k == t).map_or(0, |x| x.1);
        let strength = inherited
            .iter()
            .filter_map(|a| a.country.as_deref())
            .map(|c| {
                sides
                    .iter()
                    .find(|(ty, k, _)| ty == t && k == c)
                    .map_or(0, |x| count(x.2))
            })
            .max();
        strength.is_some_and(|n| n <= 1 || n * 8 < of_type)
    };
    // A country the article's events of type `t` name mostly on the side
    // other than `role` (at least twice): India giving in a story on its
    // package for Sri Lanka is no recipient of the story's other pledges.
    let against = |t: &EventType, role: Role, c: &str| -> bool {
        sides
            .iter()
            .find(|(ty, k, _)| ty == t && k == c)
            .is_some_and(|(_, _, (s, g))| {
                let (own, other) = if role == Role::Source {
                    (*s, *g)
                } else {
                    (*g, *s)
                };
                other >= 2 && other >= 3 * own
            })
    };
    // Where the role a sentence leaves open can come from, kept as the
    // loop goes instead of searched for each event (a search over all
    // earlier events made one long article cost time quadratic in its
    // events): the latest finished event holding each type's role, the
    // latest meeting with a country, and the later events (as extracted)
    // holding each type's role.
    let holds = |e: &Event, role: Role| {
        e.actors
            .iter()
            .any(|a| a.role == role && a.country.is_some())
    };
    // (A raid's detainees' nationalities are no model for another raid's
    // target: "Bangladeshi and Nepalese nationals" were held, the factory
    // raided is Malaysian.)
    let donor = |e: &Event, j: usize, role: Role| {
        holds(e, role) && !(role == Role::Target && told[j].people_target) && !answering[j]
    };
    let mut later: Vec<((EventType, Role), Vec<usize>)> = Vec::new();
    for (j, e) in events.iter().enumerate() {
        for role in [Role::Source, Role::Target] {
            if donor(e, j, role) {
                let key = (e.event_type.clone(), role);
                match later.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, list)) => list.push(j),
                    None => later.push((key, vec![j])),
                }
            }
        }
    }
    let mut latest: Vec<((EventType, Role), usize)> = Vec::new();
    let mut latest_meeting: Option<usize> = None;
    for i in 0..events.len() {
        if let Some(p) = i.checked_sub(1) {
            let done = &events[p];
            if done.event_type == EventType::Meeting
                && done.actors.iter().any(|a| a.country.is_some())
            {
                latest_meeting = Some(p);
            }
            for role in [Role::Source, Role::Target] {
                if donor(done, p, role) {
                    let key = (done.event_type.clone(), role);
                    match latest.iter_mut().find(|(k, _)| *k == key) {
                        Some((_, j)) => *j = p,
                        None => latest.push((key, p)),
                    }
                }
            }
        }
        let t = events[i].event_type.clone();
        if t == EventType::Meeting {
            // The participants of the meeting last named, when a group's.
            let group: Option<Vec<Actor>> = latest_meeting
                .map(|d| events[d].actors.clone())
                .filter(|acts| {
                    // (Cities named in passing make no group: "Euronext,
                    // which combines the Paris, Amsterdam and Lisbon
                    // exchanges".)
                    let mut members: Vec<&String> = acts
                        .iter()
                        .filter(|a| a.kind != kind_name(ActorKind::Place))
                        .filter_map(|a| a.country.as_ref())
                        .collect();
                    members.sort();
                    members.dedup();
                    members.len() >= GROUP_SIZE
                });
            let pair = told[i].pair;
            // The parties of the meeting last named, for a meeting named by
            // its pair ("the two sides"), when they are a pair.
            let last_pair = latest_meeting
                .filter(|_| pair && !told[i].home)
                .and_then(|d| meeting_pair(&events[d], told[d].home));
            let e = &mut events[i];
            let mut countries: Vec<&String> =
                e.actors.iter().filter_map(|a| a.country.as_ref()).collect();
            countries.dedup();
            // "the two leaders spoke for two hours, according to both
            // sides", "Manila said the two sides would meet again": the pair
            // of the meeting last named, when it was one, and the sentence
            // names the pair's people or one of its countries. (Not "both
            // sides agreed to begin talks" after a visitor's talks with one
            // of the story's two countries: that is the story's pair.)
            let refers_to_last = |last: &[Actor]| match countries.as_slice() {
                [] => told[i].pair_people,
                [one] => last.iter().any(|a| a.country.as_ref() == Some(*one)),
                _ => false,
            };
            if let Some(last) = last_pair.filter(|l| refers_to_last(l)) {
                join_as_participants(e, last);
                continue;
            }
            // ... else "talks between officials of the two countries": the
            // article's two leading countries.
            // (Not where the sentence names a country's own counterparts:
            // "a brief meeting between the two sides" of a government and
            // its bank advisory committee is that country's.)
            let article = if pair && countries.len() < 2 && !told[i].home {
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
                // ... else, for talks whose parties have no country of their
                // own ("talks between unions and employers"), the article's
                // country.
                // ... and for talks between companies in a story naming no
                // country, the home of the listed company it is about
                // ("MOLECULAR GENETICS <MOGN.O> IN MERGER TALKS").
                // (A meeting with the country's own counterparts, "talks
                // with 11 banks" in a story on Argentina's debt, is that
                // country's alone: of the meeting last named, only the
                // article's clear country.)
                let own = told[i].home.then(context).flatten().map(|c| {
                    let kept: Vec<Actor> = latest_meeting
                        .iter()
                        .flat_map(|&d| &events[d].actors)
                        .filter(|a| a.country.is_some() && a.country == c.country)
                        .cloned()
                        .collect();
                    if kept.is_empty() {
                        vec![Actor {
                            role: Role::Participant,
                            ..c
                        }]
                    } else {
                        kept
                    }
                });
                let inherited: Vec<Actor> = match (own, latest_meeting) {
                    (Some(own), _) => own,
                    (None, Some(d)) => {
                        parties_not_venues(text, &events[d].actors, words.venue_preps)
                    }
                    (None, None) => context()
                        .map(|a| Actor {
                            role: Role::Participant,
                            ..a
                        })
                        .or_else(sole_country)
                        .or_else(|| article_countries().is_empty().then(listed_home).flatten())
                        .into_iter()
                        .collect(),
                };
                events[i].actors.extend(inherited);
                continue;
            }
            // A meeting with an international body is complete with one country.
            let with_body = e
                .actors
                .iter()
                .any(|a| a.country.is_none() && a.kind == kind_name(ActorKind::Organization));
            // "after a four-hour meeting at the U.S. Treasury" naming two
            // of the group's countries in a story on the group's meeting:
            // a meeting noun whose countries are all the group's, with no
            // other side named after it and none held aside, is the
            // group's, as the meeting last named. (Not one naming a group
            // of its own: "the Louvre meeting" is the six's in a G-7 story.)
            let aside = || {
                e.sentence
                    .text
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .any(|w| cues::listed(aside_words, w))
            };
            let distinct: std::collections::BTreeSet<&String> = countries.iter().copied().collect();
            if (2..GROUP_SIZE).contains(&distinct.len()) && !told[i].home {
                let noun = e
                    .trigger
                    .text
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| cues::listed(words.group_nouns, w));
                let other_side = text
                    .get(e.trigger.end..)
                    .and_then(|t| t.split_whitespace().next())
                    .is_some_and(|w| cues::listed(words.other_side, w));
                let subset = group.as_ref().filter(|g| {
                    let members: std::collections::BTreeSet<&String> =
                        g.iter().filter_map(|a| a.country.as_ref()).collect();
                    distinct.is_subset(&members) && members.len() > distinct.len()
                });
                if noun
                    && !other_side
                    && let Some(g) = subset
                    && !aside()
                {
                    let joined: Vec<Actor> = g
                        .iter()
                        .filter(|a| {
                            a.country.is_some() && !e.actors.iter().any(|b| b.country == a.country)
                        })
                        .cloned()
                        .collect();
                    e.actors.extend(joined);
                    continue;
                }
            }
            // "The two leaders, who last met on the sidelines of the G20
            // summit in Rio": a meeting whose countries are only places
            // (its venue) in a sentence naming the pair by reference is the
            // pair's, the parties of the meeting last named, at its venue.
            let only_places = e
                .actors
                .iter()
                .filter(|a| a.country.is_some())
                .all(|a| a.kind == kind_name(ActorKind::Place));
            if told[i].pair_people && only_places && !told[i].home {
                let pair: Vec<Actor> = latest_meeting
                    .iter()
                    .flat_map(|&d| &events[d].actors)
                    .filter(|a| a.country.is_some() && a.kind != kind_name(ActorKind::Place))
                    .cloned()
                    .collect();
                join_as_participants(&mut events[i], pair);
                continue;
            }
            if countries.len() == 1 && !with_body && !told[i].home {
                let present = countries[0].clone();
                // "agreed at the 1986 Tokyo summit", "the recent Paris
                // meeting" in a story on a group's meeting: a meeting naming
                // one of the group's countries, as its venue often, is the
                // group's, as the meeting last named.
                let aside = aside();
                let group = group
                    .filter(|g| !aside && g.iter().any(|a| a.country.as_ref() == Some(&present)));
                if let Some(g) = group {
                    let joined: Vec<Actor> = g
                        .into_iter()
                        .filter(|a| a.country.is_some() && a.country.as_ref() != Some(&present))
                        .collect();
                    e.actors.extend(joined);
                    continue;
                }
                // ... else the country the article itself names most
                // besides it, named at least four times ("Lynch's meeting
                // with Agrawal" in a story on India's trade talks with the
                // U.S.); fewer mentions are often a passing place.
                let other = freq
                    .iter()
                    .find(|f| f.0 != present && f.1 >= 2)
                    .map(|f| f.2.clone())
                    .or_else(|| {
                        article_countries()
                            .into_iter()
                            .find(|f| f.0 != present && f.1 >= 4)
                            .map(|f| f.2)
                    });
                // (Not for a gathering whose one country is a bloc, its
                // members' own summit ("Costa, who chaired the summit"), or
                // the host a summit is held in ("an AI summit in Paris"):
                // the story's other country is no party to it.)
                let gathering = e
                    .trigger
                    .text
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| words.gathering.iter().any(|g| g.eq_ignore_ascii_case(w)));
                let blocs_own = words.blocs.contains(&present);
                let hosts = e.location.as_ref().is_some_and(|l| {
                    l.start > e.trigger.start && l.country.as_ref() == Some(&present)
                });
                // Nor for any meeting whose one party is a bloc named only
                // as itself, as a body or its agency ("the EC faces
                // bankruptcy if the farm price talks fail", "an EC
                // negotiator taking part in the three-day talks"): its
                // members' own business, or talks with a party the codes
                // leave out. (A bloc's leader or official named may still be
                // meeting the story's other country, and so may the bloc in
                // a bare back-reference, "the Commission said the
                // negotiations would resume", in a story on its talks with
                // that country.)
                let bare_reference = text
                    .get(..e.trigger.start)
                    .and_then(|t| t.split_whitespace().last())
                    .is_some_and(|w| w.eq_ignore_ascii_case("the"));
                let bloc_itself = blocs_own
                    && !bare_reference
                    && e.actors.iter().filter(|a| a.country.is_some()).all(|a| {
                        a.kind == kind_name(ActorKind::Organization)
                            || a.kind == kind_name(ActorKind::Agency)
                    });
                let other = other.filter(|_| !(gathering && (blocs_own || hosts)) && !bloc_itself);
                if let Some(f) = other {
                    e.actors.push(Actor {
                        role: Role::Participant,
                        ..f
                    });
                }
            }
            continue;
        }
        let export = export_span(text, &events[i], export_words);
        for role in [Role::Source, Role::Target] {
            if holds(&events[i], role) {
                continue;
            }
            // A pledge whose sentence names its giver as a body with no
            // country has its giver: the story's is not it.
            if t == EventType::Pledge && role == Role::Source && told[i].countryless_giver {
                continue;
            }
            // (An export duty's target is its own imposer, added below: no
            // other tariff's target is its.)
            if role == Role::Target
                && t == EventType::Tariff
                && export.is_some()
                && holds(&events[i], Role::Source)
            {
                continue;
            }
            // The nearest tariff (before, else after, at most PAIR_REACH
            // away) whose other side is this one's: "the EU later
            // confirmed definitive duties" after "the European Commission
            // announced duties on vehicles made in China" are China's too.
            let other = match role {
                Role::Source => Role::Target,
                _ => Role::Source,
            };
            let own: Vec<&str> = events[i]
                .actors
                .iter()
                .filter(|a| a.role == other)
                .filter_map(|a| a.country.as_deref())
                .collect();
            // (Tariffs only: a country's duties in one story are on one
            // partner, while one giver pledges to many recipients.)
            let paired = |j: usize| {
                let e = &events[j];
                t == EventType::Tariff
                    && e.event_type == t
                    && holds(e, role)
                    && !own.is_empty()
                    && e.actors
                        .iter()
                        .filter(|a| a.role == other)
                        .filter_map(|a| a.country.as_deref())
                        .collect::<Vec<_>>()
                        == own
            };
            // The article's clear holder of the role ...
            let dominant = holders
                .iter()
                .find(|h| h.0 == t && h.1 == role)
                .map(|h| h.2.clone());
            // (... comes first: a neighbour sharing the other side is often
            // a different party's duty on the same country, the retaliation
            // or a third country's levy, listed next to it: "a matching 34
            // percent duty on all American goods" in a story on U.S. duties.)
            let pair = (i.saturating_sub(PAIR_REACH)..i)
                .rev()
                .find(|&j| paired(j))
                .or_else(|| (i + 1..(i + 1 + PAIR_REACH).min(events.len())).find(|&j| paired(j)))
                .filter(|_| dominant.is_none());
            if let Some(j) = pair {
                let inherited: Vec<Actor> = events[j]
                    .actors
                    .iter()
                    .filter(|a| a.role == role)
                    .cloned()
                    .collect();
                if !split_weak(&t, role, &inherited) {
                    events[i].actors.extend(inherited);
                }
                continue;
            }
            // ... else the previous event of the type, or for the first
            // (often the headline) the next one.
            let inherited: Vec<Actor> = match dominant {
                Some(a) => vec![a],
                None => {
                    let key = (t.clone(), role);
                    let before = latest.iter().find(|(k, _)| *k == key).map(|(_, j)| *j);
                    let after = || {
                        let (_, list) = later.iter().find(|(k, _)| *k == key)?;
                        list.get(list.partition_point(|&j| j <= i)).copied()
                    };
                    before
                        .or_else(after)
                        .map(|d| {
                            events[d]
                                .actors
                                .iter()
                                .filter(|a| a.role == role)
                                .cloned()
                                .collect()
                        })
                        .unwrap_or_default()
                }
            };
            // A pledge's or raid's role is not inherited by a country that
            // holds the other side in this event or, in the article's own
            // sentences, mostly holds the other side ("India commits $450 mn
            // to Sri Lanka" then "the money will go to five areas": Sri Lanka
            // receives, not India): the nearest event of the type, at most
            // PAIR_REACH away, whose sentence names a holder that fits.
            let inherited = if t == EventType::Tariff {
                inherited
            } else {
                let opposite: Vec<&str> = events[i]
                    .actors
                    .iter()
                    .filter(|a| a.role == other)
                    .filter_map(|a| a.country.as_deref())
                    .collect();
                let fits = |a: &Actor| {
                    a.country
                        .as_deref()
                        .is_none_or(|c| !(opposite.contains(&c) && against(&t, role, c)))
                };
                if inherited.iter().all(fits) {
                    inherited
                } else {
                    let holders_of = |d: usize| -> Vec<Actor> {
                        let e = &events[d];
                        e.actors
                            .iter()
                            .filter(|a| a.role == role && a.country.is_some())
                            .filter(|a| stated(e, a) && fits(a))
                            .cloned()
                            .collect()
                    };
                    let usable =
                        |j: &usize| events[*j].event_type == t && !holders_of(*j).is_empty();
                    (i.saturating_sub(PAIR_REACH)..i)
                        .rev()
                        .find(usable)
                        .or_else(|| (i + 1..(i + 1 + PAIR_REACH).min(events.len())).find(usable))
                        .map(holders_of)
                        // (With none, money at home: "Apple will spend an
                        // additional $100 billion in the United States" in a
                        // story naming no other side keeps its country.)
                        .unwrap_or(inherited)
                }
            };
            // A country a tariff already has on the other side is inherited
            // for this one only when the article offers no other
            // ("the commission suspended retaliatory tariffs on American
            // goods" in a story on U.S. duties: the imposer is the story's
            // other side): the nearest tariff, at most PAIR_REACH away,
            // whose holder is another country.
            let opposite: Vec<String> = events[i]
                .actors
                .iter()
                .filter(|a| a.role == other)
                .filter_map(|a| a.country.clone())
                .collect();
            let fits = |a: &Actor| a.country.as_ref().is_none_or(|c| !opposite.contains(c));
            // (Tariffs only: a pledge's giver and recipient are one country
            // as often as not, money at home.)
            let inherited = if t != EventType::Tariff || inherited.iter().all(&fits) {
                inherited
            } else {
                let holders_of = |d: usize| -> Vec<Actor> {
                    events[d]
                        .actors
                        .iter()
                        .filter(|a| a.role == role && a.country.is_some())
                        .filter(|a| fits(a))
                        .cloned()
                        .collect()
                };
                let usable = |j: &usize| events[*j].event_type == t && !holders_of(*j).is_empty();
                (i.saturating_sub(PAIR_REACH)..i)
                    .rev()
                    .find(usable)
                    .or_else(|| (i + 1..(i + 1 + PAIR_REACH).min(events.len())).find(usable))
                    .map(holders_of)
                    // (With none, the country stays for src/invariants.rs
                    // to settle: a sentence's second imposer "Canada and
                    // China" is dropped as the inherited target, a lone
                    // target rather than the imposer the article names
                    // throughout. But a target that would be dropped as the
                    // lone imposer's own is none: the story's country or
                    // its dateline may be, below.)
                    .unwrap_or_else(|| {
                        let distinct = |v: Vec<&String>| {
                            let mut v = v;
                            v.sort();
                            v.dedup();
                            v.len()
                        };
                        let lost = role == Role::Target
                            && distinct(opposite.iter().collect())
                                <= distinct(
                                    inherited
                                        .iter()
                                        .filter_map(|a| a.country.as_ref())
                                        .collect(),
                                );
                        if lost { Vec::new() } else { inherited }
                    })
            };
            // A raid nobody in the article is said to conduct is the article
            // country's own police at work ("Police found the trio ... during
            // a late-night raid"), or of the one country it names at all,
            // by its places too ("raided the Seoul headquarters of SPC Samlip
            // and its bread factory in Siheung").
            // (Its mention is the trigger when the event already holds that
            // mention in the other role, "Police raid Argentine FA" with the
            // article's country named first there: one mention, one role.)
            let inherited = if inherited.is_empty() && t == EventType::Raid && role == Role::Source
            {
                let e = &events[i];
                context()
                    .or_else(sole_country)
                    .map(|a| {
                        let taken = e
                            .actors
                            .iter()
                            .any(|b| b.start == a.start && b.end == a.end);
                        let mut a = Actor {
                            role: Role::Source,
                            ..a
                        };
                        if taken {
                            a.text = e.trigger.text.clone();
                            (a.start, a.end) = (e.trigger.start, e.trigger.end);
                        }
                        a
                    })
                    .into_iter()
                    .collect()
            } else {
                inherited
            };
            // A tariff nobody in the sentence or the article's other tariffs
            // is said to impose is the clear country's of the story ("Import
            // tariffs should be lowered to minimise the inflationary impact"
            // in a story on New Zealand's economy), when that country does
            // not face it. The source's mention is the trigger, so no
            // mention holds two roles (src/invariants.rs).
            let inherited =
                if inherited.is_empty() && t == EventType::Tariff && role == Role::Source {
                    let e = &events[i];
                    context()
                        .filter(|c| {
                            !e.actors
                                .iter()
                                .any(|a| a.role == Role::Target && a.country == c.country)
                        })
                        .map(|c| Actor {
                            role: Role::Source,
                            text: e.trigger.text.clone(),
                            start: e.trigger.start,
                            end: e.trigger.end,
                            ..c
                        })
                        .into_iter()
                        .collect()
                } else {
                    inherited
                };
            // A tariff whose goods neither its sentence nor the article's
            // other tariffs name falls on the country the story is about
            // ("Malaysia commits $240bn to win 19% US tariff", "The 19 per
            // cent rate takes effect on Aug 8"), if it is not the imposer:
            // the article's clear country, else the one its dateline names
            // (a story filed from KUALA LUMPUR or SEOUL on "the 19% US
            // tariff" that names the U.S. more often than the home country).
            // The target's mention is the trigger, so no mention holds two
            // roles (src/invariants.rs).
            let inherited =
                if inherited.is_empty() && t == EventType::Tariff && role == Role::Target {
                    let e = &events[i];
                    let faces = |c: &Actor| {
                        !e.actors
                            .iter()
                            .any(|a| a.role == Role::Source && a.country == c.country)
                            && e.actors.iter().any(|a| a.role == Role::Source)
                    };
                    context()
                        .filter(faces)
                        .or_else(|| dateline().filter(faces))
                        .map(|c| Actor {
                            role: Role::Target,
                            text: e.trigger.text.clone(),
                            start: e.trigger.start,
                            end: e.trigger.end,
                            ..c
                        })
                        .into_iter()
                        .collect()
                } else {
                    inherited
                };
            if split_weak(&t, role, &inherited) {
                continue;
            }
            events[i].actors.extend(inherited);
        }
        if t == EventType::Pledge {
            let giver_named = told[i].countryless_giver;
            home_pledge(
                &mut events[i],
                giver_named,
                context,
                sole_country,
                countries_named,
            );
        }
        let e = &mut events[i];
        // The word "export" that makes the duty an export duty names its
        // target, the exporting country's own exporters (a mention of its
        // own, so no mention holds two roles).
        if t == EventType::Tariff
            && let Some((start, end)) = export
            && !e.actors.iter().any(|a| a.role == Role::Target)
        {
            let as_target: Vec<Actor> = e
                .actors
                .iter()
                .filter(|a| a.role == Role::Source)
                .map(|a| Actor {
                    role: Role::Target,
                    text: text[start..end].to_string(),
                    start,
                    end,
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
        // The target's mention is the raid word itself (the operation at
        // home), so the source's mention keeps one role (src/invariants.rs).
        let trigger = e.trigger.clone();
        let at_home: Vec<Actor> = e
            .actors
            .iter()
            .filter(|a| a.role == Role::Source && a.country.is_some())
            .map(|a| Actor {
                role: Role::Target,
                text: trigger.text.clone(),
                start: trigger.start,
                end: trigger.end,
                ..a.clone()
            })
            .collect();
        e.actors.extend(at_home);
    }
    answered_sides(events, words.answer_words, words.answer_preps);
}

/// Gives the measure an answering tariff names ("counter-tariffs on US
/// goods over steel duties", "countermeasures against Trump's tariffs"; see
/// [`answer_prep_at`]) its own sides, the reverse of the answer's: the
/// parties named from the preposition on keep their roles ("Trump's
/// tariffs", "duties Trump imposed"); a side they leave open is the
/// answer's other side (the answered measure's imposer is the party the
/// answer targets, its target the party answering), and no party of the
/// answer's own side stays on the same side of the measure it answers.
fn answered_sides(events: &mut [Event], answer_words: &[String], preps: &[String]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.event_type != EventType::Tariff {
            continue;
        }
        let Some(prep) = answer_prep_at(e, answer_words, preps) else {
            continue;
        };
        let trigger = e.trigger.text.to_lowercase();
        if answer_words.iter().any(|a| trigger.starts_with(a.as_str())) {
            continue;
        }
        // The answer: the sentence's last tariff whose trigger ends before
        // the preposition.
        let Some(answer) = events[..i].iter().rev().find(|a| {
            a.event_type == EventType::Tariff
                && a.sentence.start == e.sentence.start
                && a.trigger.end <= prep
        }) else {
            continue;
        };
        let end = e.sentence.start + e.sentence.text.len();
        let own = |a: &Actor| a.start >= prep && a.start < end;
        let flipped = |role: Role, to: Role| -> Vec<Actor> {
            answer
                .actors
                .iter()
                .filter(|a| a.role == role)
                .map(|a| Actor {
                    role: to,
                    ..a.clone()
                })
                .collect()
        };
        let side = |role: Role, other: Role| -> Vec<Actor> {
            let named: Vec<Actor> = e
                .actors
                .iter()
                .filter(|a| a.role == role && own(a))
                .cloned()
                .collect();
            if !named.is_empty() {
                return named;
            }
            let from_answer = flipped(other, role);
            if !from_answer.is_empty() {
                return from_answer;
            }
            let same = side_countries(answer, role);
            e.actors
                .iter()
                .filter(|a| a.role == role)
                .filter(|a| a.country.as_ref().is_none_or(|c| !same.contains(c)))
                .cloned()
                .collect()
        };
        let sources = side(Role::Source, Role::Target);
        let mut targets = side(Role::Target, Role::Source);
        let imposers: Vec<&String> = sources.iter().filter_map(|a| a.country.as_ref()).collect();
        targets.retain(|a| a.country.as_ref().is_none_or(|c| !imposers.contains(&c)));
        let rest: Vec<Actor> = e
            .actors
            .iter()
            .filter(|a| a.role != Role::Source && a.role != Role::Target)
            .cloned()
            .collect();
        let actors = sources.into_iter().chain(targets).chain(rest).collect();
        events[i].actors = actors;
    }
}

/// The span of the word that makes event `e` an export duty: one of
/// `export_words` starting its trigger ("export tax") or right before it
/// ("export duties").
fn export_span(text: &str, e: &Event, export_words: &[String]) -> Option<(usize, usize)> {
    let before = text[..e.trigger.start].trim_end();
    let trigger = e.trigger.text.to_ascii_lowercase();
    if let Some(x) = export_words
        .iter()
        .find(|x| trigger.starts_with(x.as_str()))
    {
        Some((e.trigger.start, e.trigger.start + x.len()))
    } else {
        before
            .rsplit(char::is_whitespace)
            .next()
            .filter(|w| export_words.iter().any(|x| w.eq_ignore_ascii_case(x)))
            .map(|w| (before.len() - w.len(), before.len()))
    }
}

/// Whether actor `a` of `e` is named by its own sentence (not inherited,
/// and not the trigger standing for a country filled in at home).
fn stated(e: &Event, a: &Actor) -> bool {
    a.start >= e.sentence.start && a.end <= e.sentence.end && a.start != e.trigger.start
}

/// What casts one vote on an article's sides in [`explicit_sides`]: a
/// pledge's sentence (the parts of a listed sum are one list, not more
/// votes), any other event itself.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ballot {
    Sentence(usize),
    Event(usize),
}

/// For each event type and country, how many of the article's events of
/// the type name the country in their own sentence as source and as target
/// (a country counted once per event and role, and for pledges once per
/// sentence, however many pledges it holds: the parts of a listed sum,
/// [`crate::Extractor`]'s `listed_sums`, are one list, not more votes; a
/// raid's detained nationalities not as targets).
fn explicit_sides(
    events: &[Event],
    told: &[SentenceFacts],
) -> Vec<(EventType, String, (usize, usize))> {
    let mut out: Vec<(EventType, String, (usize, usize))> = Vec::new();
    let mut seen: Vec<(Ballot, &EventType, Role, &str)> = Vec::new();
    for (i, (e, f)) in events.iter().zip(told).enumerate() {
        if e.event_type == EventType::Meeting {
            continue;
        }
        for role in [Role::Source, Role::Target] {
            if role == Role::Target && f.people_target {
                continue;
            }
            for a in e.actors.iter().filter(|a| a.role == role && stated(e, a)) {
                let Some(c) = a.country.as_deref() else {
                    continue;
                };
                let ballot = if e.event_type == EventType::Pledge {
                    Ballot::Sentence(e.sentence.index)
                } else {
                    Ballot::Event(i)
                };
                let key = (ballot, &e.event_type, role, c);
                if seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                let slot = match out
                    .iter_mut()
                    .find(|(t, k, _)| *t == e.event_type && k == c)
                {
                    Some(x) => &mut x.2,
                    None => {
                        out.push((e.event_type.clone(), c.to_string(), (0, 0)));
                        &mut out.last_mut().expect("just pushed").2
                    }
                };
                if role == Role::Source {
                    slot.0 += 1;
                } else {
                    slot.1 += 1;
                }
            }
        }
    }
    out
}

/// A pledge whose sentence names one country, as the giver by word order,
/// and no recipient, when the article's sentences name that country as the
/// recipient more often (at least twice) than as the giver: the story's
/// borrower ("Pakistan obtained financing assurances", "Morocco secures
/// bulk of extra aid sought" in stories on their loans), so the recipient;
/// its giver is then left to the article.
fn pledge_sides(events: &mut [Event], told: &[SentenceFacts]) {
    // (Only pledges' rows are read: a raid's detained nationalities, which
    // `told` keeps out of the counts, do not touch them.)
    let sides = explicit_sides(events, told);
    for e in events
        .iter_mut()
        .filter(|e| e.event_type == EventType::Pledge)
    {
        let mut sources: Vec<&str> = e
            .actors
            .iter()
            .filter(|a| a.role == Role::Source && stated(e, a))
            .filter_map(|a| a.country.as_deref())
            .collect();
        sources.sort();
        sources.dedup();
        if e.actors.iter().any(|a| a.role == Role::Target) {
            continue;
        }
        let mostly_receives = |c: &str| {
            sides
                .iter()
                .find(|(t, k, _)| *t == EventType::Pledge && k == c)
                .is_some_and(|(_, _, (s, g))| *g >= 2 && g > s)
        };
        // "Qatar, Egypt agree to work toward a $7.5 billion package", "Seoul,
        // Washington seal $350 billion investment package": of a list of
        // givers named by word order, one the article's other pledges
        // mostly name as the recipient is the recipient here too, when
        // another stays the giver.
        if sources.len() >= 2 {
            // (Not a member of a group named once, "the Andean Development
            // Corp": one mention holds one role.)
            let shared = |c: &str| {
                e.actors.iter().any(|a| {
                    a.role == Role::Source
                        && a.country.as_deref() == Some(c)
                        && e.actors.iter().any(|b| {
                            b.role == Role::Source
                                && b.country.as_deref() != Some(c)
                                && (b.start, b.end) == (a.start, a.end)
                        })
                })
            };
            let receiving: Vec<String> = sources
                .iter()
                .filter(|c| mostly_receives(c) && !shared(c))
                .map(|c| c.to_string())
                .collect();
            if !receiving.is_empty() && receiving.len() < sources.len() {
                for a in e.actors.iter_mut().filter(|a| {
                    a.role == Role::Source
                        && a.country.as_ref().is_some_and(|c| receiving.contains(c))
                }) {
                    a.role = Role::Target;
                }
            }
            continue;
        }
        let [c] = sources.as_slice() else {
            continue;
        };
        let recipient = mostly_receives(c);
        // (Only where the article names another giver: with none, the
        // story is the country's money at home, "Apple lifts U.S.
        // investment pledge", the country on both sides.)
        let other_giver = sides
            .iter()
            .any(|(t, k, (s, g))| *t == EventType::Pledge && k != c && *s >= 1 && s > g);
        if recipient && other_giver {
            let c = c.to_string();
            for a in e
                .actors
                .iter_mut()
                .filter(|a| a.role == Role::Source && a.country.as_deref() == Some(&c))
            {
                a.role = Role::Target;
            }
        }
    }
}

/// The distinct countries an event gives one role, sorted: what the story
/// steps compare between a sentence's event and the article's others.
fn side_countries(e: &Event, role: Role) -> Vec<String> {
    let mut v: Vec<String> = e
        .actors
        .iter()
        .filter(|a| a.role == role)
        .filter_map(|a| a.country.clone())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Reads a later mention of a pledge by its money noun (a rule whose id ends
/// in `back-reference`) whose one country stands as its source (and perhaps
/// its target too) as the recipient, when the nearest earlier pledge of the
/// article with both sides named has that country as its recipient: the
/// recipient's reaction or use of the money ("Tunisian officials welcomed
/// the package", "Kenya will use the loan for roads"), not its own money.
/// The giver is then the earlier pledge's.
fn reaction_sides(events: &mut [Event]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.event_type != EventType::Pledge || !refers_back(e) {
            continue;
        }
        let (src, tgt) = (
            side_countries(e, Role::Source),
            side_countries(e, Role::Target),
        );
        let [x] = src.as_slice() else {
            continue;
        };
        if !(tgt.is_empty() || tgt == src) {
            continue;
        }
        let earlier = (0..i).rev().find(|&j| {
            let p = &events[j];
            let (s, t) = (
                side_countries(p, Role::Source),
                side_countries(p, Role::Target),
            );
            p.event_type == EventType::Pledge
                && !s.is_empty()
                && !t.is_empty()
                && s.iter().all(|c| !t.contains(c))
        });
        let Some(j) = earlier else {
            continue;
        };
        if !side_countries(&events[j], Role::Target).contains(x) {
            continue;
        }
        let x = x.clone();
        let givers: Vec<Actor> = events[j]
            .actors
            .iter()
            .filter(|a| a.role == Role::Source)
            .cloned()
            .collect();
        let e = &mut events[i];
        e.actors.retain(|a| a.role != Role::Target);
        for a in e.actors.iter_mut() {
            if a.country.as_deref() == Some(x.as_str()) {
                a.role = Role::Target;
            }
        }
        e.actors.extend(givers);
    }
}

/// Reads the one side of a tariff whose role its sentence only guessed from
/// word order ([`crate::extract::roles::Args::guessed`]) as the side that
/// faces the story's tariff, when the article's other tariffs whose sentences
/// say both sides, by a cue for the imposer ("Trump signs order cutting Japan
/// car tariff"), have that country facing duties more often than imposing
/// them: "Toyota forecast a
/// hit from the levies", "a glitch that has irked Tokyo: the 15% levy" in a
/// story on U.S. tariffs on Japanese cars. The imposer is then inherited
/// like any role a sentence leaves out.
fn story_sides(events: &mut [Event], told: &[SentenceFacts]) {
    // The tariffs whose sentences name both sides, as (imposers, targets).
    let stated: Vec<(Vec<String>, Vec<String>)> = events
        .iter()
        .zip(told)
        .filter(|(e, f)| e.event_type == EventType::Tariff && f.cued)
        .map(|(e, _)| {
            (
                side_countries(e, Role::Source),
                side_countries(e, Role::Target),
            )
        })
        .filter(|(s, t)| !s.is_empty() && !t.is_empty() && s != t)
        .collect();
    for (e, _) in events
        .iter_mut()
        .zip(told)
        .filter(|(e, f)| e.event_type == EventType::Tariff && f.guessed)
    {
        let sources = side_countries(e, Role::Source);
        let [x] = sources.as_slice() else {
            continue;
        };
        if !side_countries(e, Role::Target).is_empty() {
            continue;
        }
        let (n_faces, n_imposes) = facing_and_imposing(&stated, x, None);
        if n_faces > n_imposes {
            for a in e.actors.iter_mut().filter(|a| a.role == Role::Source) {
                a.role = Role::Target;
            }
        }
    }
    // A tariff whose one side is a plain country name on it ("the Brazil
    // tariffs", [`crate::extract::roles::Args::bare_target`]), read as
    // facing it, is that country's own when the article's stated tariffs
    // have it imposing duties more often than facing them: "Canada tariffs"
    // in a story on Ottawa's counter-duties.
    for (e, _) in events
        .iter_mut()
        .zip(told)
        .filter(|(e, f)| e.event_type == EventType::Tariff && f.bare_target)
    {
        if !side_countries(e, Role::Source).is_empty() {
            continue;
        }
        let targets = side_countries(e, Role::Target);
        let [x] = targets.as_slice() else {
            continue;
        };
        let (n_faces, n_imposes) = facing_and_imposing(&stated, x, None);
        if n_imposes > n_faces {
            for a in e.actors.iter_mut().filter(|a| a.role == Role::Target) {
                a.role = Role::Source;
            }
        }
    }
    // A tariff whose two sides word order alone placed
    // ([`crate::extract::roles::Args::order_pair`]: "Japanese carmakers
    // absorbed the tariff cost to keep U.S. prices stable") is read the
    // other way round when the article's stated tariffs have its imposer
    // facing that very country's duties more often than imposing any.
    for (e, _) in events
        .iter_mut()
        .zip(told)
        .filter(|(e, f)| e.event_type == EventType::Tariff && f.order_pair)
    {
        let (sources, targets) = (
            side_countries(e, Role::Source),
            side_countries(e, Role::Target),
        );
        let ([x], [y]) = (sources.as_slice(), targets.as_slice()) else {
            continue;
        };
        if x == y {
            continue;
        }
        let (n_faces, n_imposes) = facing_and_imposing(&stated, x, Some(y));
        if n_faces > n_imposes {
            for a in e.actors.iter_mut() {
                a.role = a.role.swapped();
            }
        }
    }
}

/// Of the tariffs whose sentences state both sides (imposers, targets), how
/// many have `x` facing duties it does not impose itself (imposed by `by`,
/// when given) and how many have it imposing duties it does not face:
/// which side of the story [`story_sides`] puts `x` on.
fn facing_and_imposing(
    stated: &[(Vec<String>, Vec<String>)],
    x: &String,
    by: Option<&String>,
) -> (usize, usize) {
    let faces = stated
        .iter()
        .filter(|(s, t)| t.contains(x) && !s.contains(x) && by.is_none_or(|y| s.contains(y)))
        .count();
    let imposes = stated
        .iter()
        .filter(|(s, t)| s.contains(x) && !t.contains(x))
        .count();
    (faces, imposes)
}

/// Fills the roles of a pledge that neither its sentence nor the rest of
/// its article names with the article's country: its clear country
/// (`clear`), else the one country it names at all (`sole`). That country
/// receives: the country the story is about ("the island state is seeking
/// a loan", "the EU also confirmed a new aid package" in a story on Iraq);
/// but a lone country's government or agency named as the giver is no
/// clear recipient ("an aid package from Japan's OECF" in a story naming
/// only Japan), while its companies mostly invest at home. When the
/// sentence names no recipient and no other party at all, the country
/// gives too: money at home ("growers would be compensated with direct
/// payments", "the bank has 5bn rupees set aside to lend"); not "asking
/// for a loan from the IMF", nor "Mexico asked its banks for new loans"
/// (the giver is there, unnamed), nor where the sentence names the giver
/// as a body with no country (`giver_named`: "the IADB loan will cover 29.9
/// pct"), whose role stays empty. The second role takes the trigger as its
/// mention, so no mention holds two roles (src/invariants.rs).
fn home_pledge(
    e: &mut Event,
    giver_named: bool,
    clear: impl Fn() -> Option<Actor>,
    sole: impl Fn() -> Option<Actor>,
    countries_named: &dyn Fn(usize, usize) -> Vec<Option<String>>,
) {
    let holds = |e: &Event, role: Role| {
        e.actors
            .iter()
            .any(|a| a.role == role && a.country.is_some())
    };
    let has_source = holds(e, Role::Source) || giver_named;
    let has_target = holds(e, Role::Target);
    if has_source && has_target {
        return;
    }
    let clear = clear();
    let is_clear = clear.is_some();
    let Some(home) = clear.or_else(sole) else {
        return;
    };
    let gives = e.actors.iter().any(|a| {
        a.role == Role::Source
            && a.country == home.country
            && a.kind != kind_name(ActorKind::Company)
    });
    let place = |e: &Event, role: Role| {
        let taken = e
            .actors
            .iter()
            .any(|b| b.start == home.start && b.end == home.end);
        if taken {
            Actor {
                role,
                text: e.trigger.text.clone(),
                start: e.trigger.start,
                end: e.trigger.end,
                ..home.clone()
            }
        } else {
            Actor {
                role,
                ..home.clone()
            }
        }
    };
    if !has_target && (!gives || is_clear) {
        let a = place(e, Role::Target);
        e.actors.push(a);
    }
    // The recipient is the home country, and not named in the sentence
    // (filled here or inherited from the article) ...
    let (start, end) = (e.sentence.start, e.sentence.end);
    let home_only = e.actors.iter().filter(|a| a.role == Role::Target).all(|a| {
        a.country == home.country && (a.start < start || a.end > end || a.start == e.trigger.start)
    });
    // ... and the sentence names no other party (not the lender the home
    // country asks: "asking for $320m from the International Monetary Fund").
    let alone = || {
        countries_named(start, end)
            .iter()
            .all(|c| *c == home.country)
    };
    if !has_source && home_only && e.actors.iter().any(|a| a.role == Role::Target) && alone() {
        let a = place(e, Role::Source);
        e.actors.push(a);
    }
}

/// The votes of a headline for the holder of a role ([`sentence_votes`]);
/// any other sentence has one.
const HEADLINE_VOTES: usize = 2;

/// The countries holding `role` in `events`, most votes first (ties in
/// order of first appearance), each with its votes and first actor: one
/// vote per sentence naming the country in the role (a sentence naming
/// "the United States" and "Washington", or three events of one sentence,
/// is one voice), the headline's worth more (what the story is about: a
/// closing paragraph on another country's tariffs does not outvote it).
fn sentence_votes<'a>(
    events: impl Iterator<Item = &'a Event>,
    role: Role,
) -> Vec<(&'a str, usize, &'a Actor)> {
    let mut seen: Vec<(usize, &str)> = Vec::new();
    let mut ballots: Vec<(&str, usize, &Actor)> = Vec::new();
    for e in events {
        for a in e.actors.iter().filter(|a| a.role == role) {
            let Some(c) = a.country.as_deref() else {
                continue;
            };
            if seen.contains(&(e.sentence.index, c)) {
                continue;
            }
            seen.push((e.sentence.index, c));
            let w = if e.sentence.index == 0 {
                HEADLINE_VOTES
            } else {
                1
            };
            ballots.push((c, w, a));
        }
    }
    crate::lexicon::tally_weighted(ballots)
}

/// The countries of `actors`, most frequent first (ties in order of first
/// appearance), each with its count and first actor.
pub(crate) fn tally_countries<'a>(
    actors: impl Iterator<Item = &'a Actor>,
) -> Vec<(&'a str, usize, &'a Actor)> {
    crate::lexicon::tally(actors.filter_map(|a| a.country.as_deref().map(|c| (c, a))))
}

/// Bytes between two pledge triggers in one clause beyond which they can be
/// two commitments rather than two words for one ("pledged ... in aid"); the
/// two sums must differ as well, so a short gap suffices ("extend a $1bn
/// facility, roll over $5bn").
const COMMITMENT_GAP: usize = 8;

/// Whether the pledge draft `d` is a commitment of its own beside `prev` in
/// the same clause: found by another rule or a word of another stem, away
/// from `prev`'s trigger, each with its own sum ("will buy $750bn of energy
/// and steer a further $600bn of investment into the US", "makes $12
/// billion available immediately, with roughly $2 billion more to follow").
/// A list of sums under one word ("two loans ... a 40 mln loan and a 30 mln loan") stays
/// one event, and so does a sum restated in another currency
/// ([`conversion`]: "$750bn (£560bn)"). A later sum marked as further money
/// is another even of the same value ([`additional_sum`]: "will invest $250
/// billion, and the government will provide another $250 billion").
fn two_commitments(prev: &Event, d: &Event, additional: &[String]) -> bool {
    let other_rule = prev.rule != d.rule || !same_stem(prev, d);
    prev.event_type == EventType::Pledge
        && other_rule
        && d.trigger.start >= prev.trigger.end + COMMITMENT_GAP
        && match (&prev.amount, &d.amount) {
            (Some(a), Some(b)) => {
                a.start != b.start
                    && (other_sum(&d.sentence, a, b)
                        || additional_sum(&d.sentence, a, b, additional))
            }
            _ => false,
        }
}

/// Whether the later sum `b` is marked as money beside the earlier `a` by
/// one of `additional` right before it ("another $250 billion", "a further
/// $600bn", "plus $250bn"): a second sum even of the same value.
fn additional_sum(
    s: &crate::event::SentenceRef,
    a: &crate::event::Amount,
    b: &crate::event::Amount,
    additional: &[String],
) -> bool {
    b.start > a.end
        && s.between(s.start, b.start).is_some_and(|before| {
            before
                .split_whitespace()
                .next_back()
                .is_some_and(|w| cues::listed(additional, w))
        })
}

/// Whether two sums of one sentence are two sums: of another value or
/// another currency ("a $500 million package ... after the Netherlands
/// committed 500 million euros"), and not one restated in another currency
/// ([`conversion`]).
fn other_sum(
    s: &crate::event::SentenceRef,
    a: &crate::event::Amount,
    b: &crate::event::Amount,
) -> bool {
    (a.value != b.value || a.currency != b.currency) && !conversion(s, a, b)
}

/// Words that may stand between a sum and the same sum in another currency
/// ("$750bn (£560bn)", "30 billion crowns, about $3 billion").
const CONVERSION_WORDS: [&str; 8] = [
    "about",
    "around",
    "roughly",
    "some",
    "approximately",
    "nearly",
    "or",
    "almost",
];

/// Whether the later of two sums restates the earlier in another currency
/// right after it ("$750bn (£560bn)", "₹4,850 crore (about USD 565
/// million)"): a conversion, not a second sum.
fn conversion(
    s: &crate::event::SentenceRef,
    a: &crate::event::Amount,
    b: &crate::event::Amount,
) -> bool {
    let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
    if first.currency == second.currency || second.start < first.end {
        return false;
    }
    s.between(first.end, second.start).is_some_and(|gap| {
        gap.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| CONVERSION_WORDS.iter().any(|x| x.eq_ignore_ascii_case(w)))
            && gap.split_whitespace().count() <= 3
    })
}

/// Words at least between an earlier tariff's trigger and a rate that
/// stands right before a later tariff's trigger for the rate to be the later
/// one's alone ([`rate_of_later`]).
const RATE_OWNER_GAP: usize = 4;

/// Whether two tariff mentions that were given one rate are two tariffs,
/// the rate the later one's: it stands right before the later trigger (at
/// most one word between: "keeping the current 25 percent rate in place",
/// "replaces the 10% baseline") and at least [`RATE_OWNER_GAP`] words after
/// the earlier trigger ("any new duty would stack on top of the 15% rate
/// already applied"), which has no rate of its own.
fn rate_of_later(prev: &Event, d: &Event) -> bool {
    if prev.event_type != EventType::Tariff || d.event_type != EventType::Tariff || refers_back(d) {
        return false;
    }
    let (Some(x), Some(y)) = (&prev.rate, &d.rate) else {
        return false;
    };
    if x.start != y.start || prev.trigger.end > x.start || x.end > d.trigger.start {
        return false;
    }
    let s = &d.sentence;
    let words = |lo: usize, hi: usize| s.between(lo, hi).map(|t| t.split_whitespace().count());
    // ("exempted cotton from the 11 per cent levy", "relief from the 50
    // per cent duty": the tariff the first is a relief from.)
    let from = |lo: usize, hi: usize| {
        s.between(lo, hi)
            .is_some_and(|t| t.split_whitespace().any(|w| w.eq_ignore_ascii_case("from")))
    };
    prev.trigger.text.chars().any(char::is_alphabetic)
        && words(x.end, d.trigger.start).is_some_and(|n| n <= 1)
        && words(prev.trigger.end, x.start).is_some_and(|n| n >= RATE_OWNER_GAP)
        && !from(prev.trigger.end, x.start)
}

/// Whether the pledge draft `d` is a further item of a list of donors
/// ([`Extractor::listed_sums`]): its trigger is its own sum, another than
/// `prev`'s ("Sweden is contributing $275 million, Norway about $135
/// million").
fn listed_item(prev: &Event, d: &Event) -> bool {
    prev.event_type == EventType::Pledge
        && d.event_type == EventType::Pledge
        && match (&prev.amount, &d.amount) {
            (Some(a), Some(b)) => b.start == d.trigger.start && a.start != b.start,
            _ => false,
        }
}

/// Whether a pledge's trigger is a verb coordinated with an earlier pledge's
/// ("agreed to buy $8 billion of farm products ... and purchase 100 Boeing
/// aircraft", "will provide grants of LKR 2.4 billion ... and fund rooftop
/// solar systems"): a second commitment with its own object. The later
/// trigger starts with a verb of `pledge_verbs` (not a noun of a list: "investment,
/// loans and loan guarantees"), follows "and" (or a comma) right before it,
/// is another word than the first, and has no sum of its own equal to the
/// first's.
fn coordinated_commitment(prev: &Event, d: &Event, pledges: &PledgeLists) -> bool {
    let pledge_verbs = pledges.verbs;
    if prev.event_type != EventType::Pledge || d.event_type != EventType::Pledge {
        return false;
    }
    let s = &d.sentence;
    if d.trigger.start <= prev.trigger.end + COMMITMENT_GAP
        || d.trigger.start < s.start
        || d.trigger.start > s.end
        || prev.trigger.text.eq_ignore_ascii_case(&d.trigger.text)
        || !d
            .trigger
            .text
            .split_whitespace()
            .next()
            .is_some_and(|first| pledge_verbs.iter().any(|w| w.eq_ignore_ascii_case(first)))
    {
        return false;
    }
    let mut before = s.text[..d.trigger.start - s.start].trim_end();
    // "and agreed to ease repayments": lead-ins between the coordinator and
    // the verb.
    while let Some(rest) = pledges.leadins.iter().find_map(|l| {
        let cut = before.len().checked_sub(l.len())?;
        let (head, tail) = (before.get(..cut)?, before.get(cut..)?);
        (tail.eq_ignore_ascii_case(l) && head.ends_with(char::is_whitespace))
            .then(|| head.trim_end())
    }) {
        before = rest;
    }
    let coordinated = before.ends_with(',')
        || before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("and"));
    // A sum after the later trigger must differ from the first's; one before
    // it is the first verb's (the caller clears it).
    let own_sum = match (&prev.amount, &d.amount) {
        (Some(a), Some(b)) if b.start > d.trigger.start => other_sum(s, a, b),
        _ => true,
    };
    coordinated && own_sum
}

/// Whether the pledge draft `d` is another actor's commitment beside the
/// earlier `prev`: between the two triggers stands one of `coordinators`
/// (`pledge_subject_coordinators`: "and", "while", a semicolon ...), and
/// after it, with no comma on the way, one of `d`'s actors as the subject
/// of its own verb ("put in $1.6bn, and the European Commission pledged
/// €360m", "was prepared to contribute, and Portugal set aside $1
/// million"). Gives the byte offset where that clause starts. A mention
/// that refers back ("and Tokyo welcomed the pledge") is none.
fn other_subject_commitment(prev: &Event, d: &Event, pledges: &PledgeLists) -> Option<usize> {
    let coordinators = pledges.subject_coordinators;
    if prev.event_type != EventType::Pledge
        || d.event_type != EventType::Pledge
        || refers_back(d)
        || word_before(d).is_some_and(|w| cues::listed(pledges.definite, w))
        || d.trigger.start < prev.trigger.end + COMMITMENT_GAP
    {
        return None;
    }
    let s = &d.sentence;
    let between = s.between(prev.trigger.end, d.trigger.start)?;
    let lower = between.to_lowercase();
    if lower.len() != between.len() {
        return None;
    }
    // The last coordinator between the triggers: a word, or a mark.
    let at = coordinators
        .iter()
        .filter_map(|c| {
            if coordinators_word(c) {
                whole_word_starts(&lower, c).last().map(|at| at + c.len())
            } else {
                lower.rfind(c.as_str()).map(|at| at + c.len())
            }
        })
        .max()?;
    let clause = &between[at..];
    if clause.contains([',', ';', ':', '(']) || clause.split_whitespace().count() > SUBJECT_REACH {
        return None;
    }
    let from = prev.trigger.end + at;
    // The coordinator closes a clause: a comma before it, or the earlier
    // pledge's sum ("pledged $5bn and Japan promised $2bn"); not a list of
    // subjects ("as Trump and von der Leyen strike deal").
    let head = between[..at].trim_end();
    let word_start = head.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
    let head = head[..word_start].trim_end();
    let closed = between[..at].ends_with(';')
        || head.ends_with([',', ';'])
        || prev
            .amount
            .as_ref()
            .is_some_and(|a| a.start >= prev.trigger.end && a.end <= from);
    let listed = prev.actors.iter().chain(&d.actors).any(|a| {
        a.end <= from
            && s.between(a.end, prev.trigger.end + word_start)
                .is_some_and(|g| g.trim().is_empty())
    });
    // Its subject opens the clause ("and the European Commission pledged").
    let subject = d.actors.iter().any(|a| {
        a.start >= from
            && a.end <= d.trigger.start
            && s.between(from, a.start)
                .is_some_and(|g| g.split_whitespace().count() <= 1)
    });
    (closed && !listed && subject).then_some(from)
}

/// The word right before an event's trigger in its sentence, if any.
fn word_before(e: &Event) -> Option<&str> {
    e.sentence
        .between(e.sentence.start, e.trigger.start)?
        .split_whitespace()
        .next_back()
}

/// Whether a coordinator is a word ("and"), not a mark (";").
fn coordinators_word(c: &str) -> bool {
    c.chars().any(char::is_alphanumeric)
}

/// Most words from a clause's coordinator to its pledge trigger for the
/// words between to be the clause's subject ("and the European Commission
/// pledged", "while the Gates Foundation will also put up").
const SUBJECT_REACH: usize = 7;

/// Whether two tariff mentions of one sentence state different tariffs, even
/// within one clause: a retaliation (trigger starting with one of
/// `answer_words`) and the tariff it answers; each with its own rate ("a 20% tariff on all goods and
/// a 40% tariff on transshipping", "a 15% tariff, half the 30% rate Trump
/// had threatened"), or other countries imposing
/// and facing it ("the U.S. tariff on Chinese goods ... and China's levy on
/// American products"). The gold counts each as an event, as a reader does.
fn distinct_tariffs(a: &Event, b: &Event, answer_words: &[String], lists: &MeasureLists) -> bool {
    if a.event_type != EventType::Tariff || b.event_type != EventType::Tariff {
        return false;
    }
    // Two rates of their own, even of one value: "25 percent duties on
    // steel, and a 25 percent tariff on foreign cars is expected".
    let rates = matches!((&a.rate, &b.rate), (Some(x), Some(y))
        if (x.value - y.value).abs() > 1e-9 || x.start != y.start);
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
    // A retaliation and the tariff it answers ("JAPAN WILL NOT RETALIATE
    // NOW AGAINST U.S. TARIFFS"): one's imposer is the other's target.
    let answers = |x: &Event| {
        let t = x.trigger.text.to_ascii_lowercase();
        answer_words.iter().any(|w| t.starts_with(w.as_str()))
    };
    let answered = |r: &Event, t: &Event| {
        let imposer = countries(t, Role::Source);
        answers(r)
            && !answers(t)
            && !imposer.is_empty()
            && imposer == countries(r, Role::Target)
            && imposer.is_disjoint(&countries(r, Role::Source))
    };
    rates
        || (differ(Role::Source) && differ(Role::Target))
        || answered_measure(a, lists.answered) != answered_measure(b, lists.answered)
        || answer_object(a, answer_words, lists.answer_preps)
            != answer_object(b, answer_words, lists.answer_preps)
        || answered(a, b)
        || answered(b, a)
        || listed_measures(a, b, lists)
}

/// The cue lists [`listed_measures`] reads (from `[cues.roles]`).
pub(crate) struct MeasureLists<'a> {
    /// Nouns naming a tariff measure ("tariffs", "levies").
    pub nouns: &'a [String],
    /// Phrases opening a further item of a list ("and the", "on top of a").
    pub openers: &'a [String],
    /// Words after a measure noun that make it a phrase of its own ("on").
    pub modifiers: &'a [String],
    /// `tariff_answered_openers`: phrases before a tariff naming the
    /// measure another answers ("in retaliation for", "payback for").
    pub answered: &'a [String],
    /// `tariff_answer_preps`: "over", "against" after an answering tariff
    /// ("counter-tariffs over steel duties").
    pub answer_preps: &'a [String],
}

/// Words before a tariff's trigger searched for an `answered` opener ("its
/// answer to Trump's decision to double his tariff": seven), and for an
/// answering tariff word with the preposition naming the measure it answers
/// (here and in the modality stage's `answer_prep`, which must agree).
pub(crate) const ANSWERED_REACH: usize = 8;

/// Whether a tariff's trigger follows, within [`ANSWERED_REACH`] words and
/// no comma, one of `openers` ("seen as retaliation for EU tariffs on
/// Chinese cars", "payback for its tariffs on electric cars"): the measure
/// another tariff of the sentence answers, a tariff apart from it.
fn answered_measure(e: &Event, openers: &[String]) -> bool {
    let s = &e.sentence;
    let Some(head) = s.between(s.start, e.trigger.start) else {
        return false;
    };
    let clause = head.rsplit([',', ';', ':']).next().unwrap_or_default();
    let words: Vec<String> = clause
        .split_whitespace()
        .rev()
        .take(ANSWERED_REACH)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let near = words.into_iter().rev().collect::<Vec<_>>().join(" ");
    openers
        .iter()
        .any(|o| whole_word_starts(&near, &o.to_lowercase()).next().is_some())
}

/// Whether a tariff's trigger follows, within [`ANSWERED_REACH`] words and
/// no comma, an answering tariff word (`answer_words`: "counter-tariffs",
/// "retaliatory") and then one of `preps` ("EU backs counter-tariffs on US
/// goods over steel and aluminium duties", "countermeasures against Trump's
/// tariffs"): the measure the other answers, a tariff apart from it.
fn answer_object(e: &Event, answer_words: &[String], preps: &[String]) -> bool {
    answer_prep_at(e, answer_words, preps).is_some()
}

/// The byte offset of the preposition that makes a tariff the measure an
/// answering tariff names ([`answer_object`]: "counter-tariffs over steel
/// duties"), the first such after the answer word; None when there is none.
fn answer_prep_at(e: &Event, answer_words: &[String], preps: &[String]) -> Option<usize> {
    let s = &e.sentence;
    let head = s.between(s.start, e.trigger.start)?;
    let clause = head.rsplit([',', ';', ':']).next().unwrap_or_default();
    let clause_at = s.start + head.len() - clause.len();
    let mut words: Vec<(usize, String)> = clause
        .split_whitespace()
        .rev()
        .take(ANSWERED_REACH)
        .map(|w| {
            let at = clause_at + (w.as_ptr() as usize - clause.as_ptr() as usize);
            let word = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            (at, word)
        })
        .collect();
    words.reverse();
    // Read forwards: an answer word, then a preposition after it.
    let mut answered = false;
    for (at, w) in &words {
        if answer_words.iter().any(|a| w.starts_with(a.as_str())) {
            answered = true;
        } else if answered && preps.iter().any(|p| p == w) {
            return Some(*at);
        }
    }
    None
}

/// Whether two tariff nouns of one sentence head two noun phrases of a list
/// ("the 10 percent worldwide tariff, the higher country-by-country rates
/// ... and the levies on Canada, Mexico and China"; "the reciprocal tariffs
/// announced on April 2 and the separate fentanyl-related duties"): a
/// coordinator and a determiner stand between them, the later noun is its
/// phrase's head, and each is a measure noun.
fn listed_measures(a: &Event, b: &Event, lists: &MeasureLists) -> bool {
    let noun = |e: &Event| {
        lists
            .nouns
            .iter()
            .any(|n| e.trigger.text.eq_ignore_ascii_case(n))
    };
    let (first, second) = if a.trigger.start <= b.trigger.start {
        (a, b)
    } else {
        (b, a)
    };
    if !noun(first) || !noun(second) || second.trigger.start <= first.trigger.end {
        return false;
    }
    let s = &second.sentence;
    let (lo, hi) = (first.trigger.end, second.trigger.start);
    if lo < s.start || hi > s.end {
        return false;
    }
    let gap = s.text[lo - s.start..hi - s.start].to_lowercase();
    if gap.len() >= 120 {
        return false;
    }
    // The later noun heads a phrase of its own: words of its own before it
    // ("and the separate fentanyl-related duties") or a modifier after it
    // ("and the levies on Canada"); "and the duties took effect" names the
    // same measure again.
    let Some(open_end) = lists
        .openers
        .iter()
        .map(|o| {
            let o = o.trim().to_lowercase();
            if o.starts_with(',') {
                format!("{o} ")
            } else {
                format!(" {o} ")
            }
        })
        .filter_map(|o| gap.rfind(&o).map(|i| i + o.len()))
        .max()
    else {
        return false;
    };
    let premodified = !gap[open_end..].trim().is_empty();
    let next = s.text[hi - s.start + second.trigger.text.len()..]
        .split_whitespace()
        .next()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        });
    let modified = next.is_some_and(|w| lists.modifiers.iter().any(|m| m.eq_ignore_ascii_case(&w)));
    premodified || modified
}

/// Words that open a mention of an event before or after another in the
/// same sentence (`sequence_words`), and the words that, between one of them
/// and the trigger, make the mention the other's again (`sequence_same_event`:
/// "before their summit").
pub(crate) struct SequenceLists<'a> {
    /// "after", "before", "following", "the same day" ...
    pub words: &'a [String],
    /// "the", "their", "that" ...
    pub same_event: &'a [String],
    /// `past_triggers`: a trigger opening with one of these is a verb with
    /// a subject of its own ("after the prosecutors' office searched").
    pub verbs: &'a [String],
    /// `sequence_clause_words`: phrases that open a clause beside another
    /// event, only before such a verb ("the same day he met").
    pub clause_words: &'a [String],
    /// `event_outcomes`: triggers telling an event's outcome ("detained"),
    /// part of the event a sequence word ties them to.
    pub outcomes: &'a [String],
}

/// Whether the event is named by a definite noun phrase ("the pledge was a
/// response ... after Japan pledged $550 billion"): the word before its
/// trigger, or the trigger's first word, is a `sequence_same_event` word, so
/// a later sequenced mention of the same stem is the very event it names.
fn definite(e: &Event, lists: &SequenceLists) -> bool {
    let s = &e.sentence;
    let at = e.trigger.start;
    if at < s.start || at > s.start + s.text.len() || !s.text.is_char_boundary(at - s.start) {
        return false;
    }
    let is = |w: &str| cues::listed(lists.same_event, w);
    let first = e.trigger.text.split_whitespace().next().unwrap_or_default();
    let before = word_before(e)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .unwrap_or_default();
    is(first) || is(before)
}

/// Whether two triggers share their first four letters ("the pledge" and
/// "pledged", "the raid" and "raided"): a definite noun and a later verb of
/// one stem name one event.
fn same_stem(a: &Event, b: &Event) -> bool {
    let stem = |e: &Event| {
        e.trigger
            .text
            .split_whitespace()
            .last()
            .unwrap_or_default()
            .to_lowercase()
            .chars()
            .take(4)
            .collect::<String>()
    };
    let (x, y) = (stem(a), stem(b));
    x.chars().count() == 4 && x == y
}

/// Words before a trigger searched for a sequence word: [`SEQUENCE_NEAR`]
/// for any trigger, [`SEQUENCE_CLAUSE`] for a verb with its subject between.
const SEQUENCE_NEAR: usize = 3;

/// See [`SEQUENCE_NEAR`]: "after the Seoul Central District Prosecutors'
/// Office searched" (seven words).
const SEQUENCE_CLAUSE: usize = 8;

/// Whether the event's trigger is opened by a sequence word or phrase with
/// no comma between, and `other`'s trigger not between: within
/// [`SEQUENCE_NEAR`] words before it, with no same-event word between
/// ("after searching the homes", "before travelling on to", "after a call
/// with"), and the trigger itself does not start with a same-event word
/// ("before the new rate applied"); or, when the trigger is a past verb
/// (`verbs`: "searched", "met"; or a lowercase "-ed" word), within [`SEQUENCE_CLAUSE`] words, the
/// words between being the verb's own subject ("weeks after the
/// prosecutors' office searched"; "the same day he met", by a
/// `clause_words` phrase) unless the other mention is that subject ("before
/// major assistance is provided").
fn sequenced(e: &Event, other: &Event, lists: &SequenceLists) -> bool {
    let s = &e.sentence;
    let at = e.trigger.start;
    if at < s.start || at > s.start + s.text.len() || !s.text.is_char_boundary(at - s.start) {
        return false;
    }
    let is = cues::listed;
    let first_of_trigger = e.trigger.text.split_whitespace().next().unwrap_or_default();
    if is(lists.same_event, first_of_trigger) {
        return false;
    }
    let lower = e.trigger.text.to_lowercase();
    // A listed past verb, or a lowercase "-ed" word ("inspected").
    let verb = first_of_trigger
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
        && ((first_of_trigger.len() > 4 && first_of_trigger.ends_with("ed"))
            || lists.verbs.iter().any(|v| {
                lower
                    .strip_prefix(v.as_str())
                    .is_some_and(|r| r.is_empty() || r.starts_with(' '))
            }));
    let reach = if verb { SEQUENCE_CLAUSE } else { SEQUENCE_NEAR };
    // The words before the trigger, nearest first, up to a comma, each with
    // its offset in the article.
    let mut words: Vec<(String, usize)> = Vec::with_capacity(reach + 3);
    let head = &s.text[..at - s.start];
    let mut end = head.len();
    for (n, raw) in head.split_whitespace().rev().enumerate() {
        if n >= reach + 2 || (n > 0 && raw.ends_with([',', ';', ':'])) {
            break;
        }
        let from = head[..end].rfind(raw).unwrap_or(0);
        end = from;
        let w = raw
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        words.push((w, s.start + from));
    }
    // Whether a phrase of `list` ends at word `n` (counted back); where
    // its first word starts.
    let phrase_ends_at = |list: &[String], n: usize| {
        list.iter().find_map(|p| {
            let mut k = n;
            let all = p.split_whitespace().rev().all(|w| {
                let hit = words.get(k).is_some_and(|x| x.0.eq_ignore_ascii_case(w));
                k += 1;
                hit
            });
            all.then(|| words[k - 1].1)
        })
    };
    for (n, (w, _)) in words.iter().enumerate().take(reach) {
        let clause = if verb {
            phrase_ends_at(lists.clause_words, n)
        } else {
            None
        };
        if let Some(from) = phrase_ends_at(lists.words, n).or(clause) {
            return !(from..at).contains(&other.trigger.start);
        }
        if !verb && is(lists.same_event, w) {
            return false;
        }
    }
    false
}

/// Whether an event comes from a rule that only refers back to an event the
/// article reported before ("the pledge", "the call", "the pause", "Ruto
/// attended"): its id ends in `back-reference` ("tariff/back-reference",
/// "meeting/take-part-back-reference").
fn refers_back(e: &Event) -> bool {
    e.rule.ends_with("back-reference")
}

/// Whether meeting `second` is another meeting than `first`, named with its
/// own parties in a time clause that follows `first`'s trigger, opened by one
/// of `openers` with no comma on the way ("a meeting between Baker and
/// Miyazawa ahead of the G-7 meeting", "the first Japan-China leaders'
/// meeting since Ishiba and Xi conferred in Lima"); not "shake hands before
/// their summit", one meeting whose parties are named before it.
fn another_meeting(first: &Event, second: &Event, openers: &MeetingOpeners, trip: bool) -> bool {
    if first.event_type != EventType::Meeting || second.event_type != EventType::Meeting {
        return false;
    }
    let s = &first.sentence;
    let Some(between) = s.between(first.trigger.end, second.trigger.start) else {
        return false;
    };
    let lower = between.to_lowercase();
    if at_venue(between, &lower, openers.venue) {
        return true;
    }
    let openers = openers.other;
    // The last opener before the second trigger, as a whole word or phrase.
    let opener_end = openers
        .iter()
        .filter_map(|o| whole_word_starts(&lower, o).last().map(|at| at + o.len()))
        .max();
    let Some(end) = opener_end else {
        return false;
    };
    if lower[end..].contains([',', ';']) {
        return false;
    }
    // ("before their summit", "after his talks": the same parties' meeting,
    // unless a partner named after the second trigger is no party of the
    // first named before the opener: "flew to Tokyo on Aug. 23, two days
    // before his summit with Trump" is another meeting.)
    let next = lower[end..].split_whitespace().next().unwrap_or("");
    let (from, to) = (first.trigger.end + end, second.trigger.start);
    let earlier: Vec<&str> = first
        .actors
        .iter()
        .filter(|a| a.start < from)
        .filter_map(|a| a.country.as_deref())
        .collect();
    // A partner named after the second trigger that is no party of the
    // first; where a trip goes is whom it meets ("after talks with Kohl
    // ahead of her visit to Moscow", "to pave the way for the prime
    // minister's visit to Washington").
    let partner_of_its_own = !earlier.is_empty()
        && second.actors.iter().any(|a| {
            a.start >= second.trigger.end
                && (trip || a.kind != kind_name(ActorKind::Place))
                && a.country.as_deref().is_some_and(|c| !earlier.contains(&c))
        });
    if ["their", "his", "her", "its", "our"].contains(&next) {
        return partner_of_its_own;
    }
    // ("ahead of an EU summit": another meeting, by its article.)
    ["a", "an"].contains(&next)
        || (trip && partner_of_its_own)
        || second.actors.iter().any(|a| {
            a.start >= from
                    && a.start < to
                    && a.country.is_some()
                    // ("before travelling on to Baghdad for talks with ...":
                    // where the subject goes next is the same traveller's
                    // sequel, which split.rs parts.)
                    && a.kind != kind_name(ActorKind::Place)
        })
}

/// A trip parted from the meeting before it ([`another_meeting`]) does not
/// take that meeting's partners named between the two triggers ("after
/// talks with Kohl ahead of her visit to Moscow": Kohl is not visited), nor
/// a place of their country named before the meeting ("left Bonn after
/// talks with Kohl"), unless the trip goes there.
fn drop_first_partners(first: &Event, trip: &mut Event) {
    let between =
        |a: &crate::event::Actor| a.start >= first.trigger.end && a.start < trip.trigger.start;
    let partners: Vec<(usize, &str)> = first
        .actors
        .iter()
        .filter(|a| between(a))
        .filter_map(|a| a.country.as_deref().map(|c| (a.start, c)))
        .collect();
    let destinations: Vec<&str> = trip
        .actors
        .iter()
        .filter(|a| a.start >= trip.trigger.end)
        .filter_map(|a| a.country.as_deref())
        .collect();
    let theirs: Vec<String> = partners
        .iter()
        .map(|&(_, c)| c)
        .filter(|c| !destinations.contains(c))
        .map(str::to_string)
        .collect();
    trip.actors.retain(|a| {
        let Some(c) = a.country.as_ref().filter(|c| theirs.contains(c)) else {
            return true;
        };
        let partner = partners.iter().any(|&(at, pc)| at == a.start && pc == c);
        let their_place = a.start < first.trigger.start && a.kind == kind_name(ActorKind::Place);
        !partner && !their_place
    });
}

/// The meeting word lists [`inherit_roles`] reads.
pub(crate) struct MeetingWords<'a> {
    /// `meeting_aside_words`: a meeting held beside a group's ("sidelines").
    pub aside: &'a [String],
    /// `meeting_group_nouns`: a meeting noun that may name a group's
    /// meeting by its members ("after a meeting at the U.S. Treasury").
    pub group_nouns: &'a [String],
    /// `meeting_other_side`: words after such a noun naming its other side
    /// ("a meeting with", "talks between"): then no group's.
    pub other_side: &'a [String],
    /// `meeting_gathering_nouns`: a trigger naming a gathering ("summit").
    pub gathering: &'a [String],
    /// `meeting_blocs`: codes of blocs whose gatherings are their members'.
    pub blocs: &'a [String],
    /// `location_preps`: a place right after one is where a meeting was
    /// held, not who met, and no party of a meeting inheriting its parties.
    pub venue_preps: &'a [String],
    /// `tariff_answered_openers` (not a meeting list, read by the same
    /// pass): a tariff named as the measure another answers ("in retaliation
    /// for Ottawa's levies") is the other side's, no model for the story's
    /// roles.
    pub answered: &'a [String],
    /// `tariff_answer_words` (not a meeting list either): an answering
    /// tariff's word ("counter-tariffs"), read with `answer_preps` to give
    /// the measure it answers its own sides ([`answered_sides`]).
    pub answer_words: &'a [String],
    /// `tariff_answer_preps`: "over", "against" after such a word.
    pub answer_preps: &'a [String],
}

/// The word lists that part two pledges of one clause: `verbs` of a
/// commitment ([`coordinated_commitment`]) and `additional` words marking a
/// sum as further money ([`additional_sum`]).
pub(crate) struct PledgeLists<'a> {
    /// `pledge_verbs`: "buy", "provide", "invest" ...
    pub verbs: &'a [String],
    /// `pledge_additional_words`: "another", "further", "plus" ...
    pub additional: &'a [String],
    /// `pledge_verb_leadins`: "agreed to", "will", "also" ...
    pub leadins: &'a [String],
    /// `pledge_subject_coordinators`: "and", "while", ";" ...
    pub subject_coordinators: &'a [String],
    /// `definite_determiners`: "the", "that" ... (a commitment named again)
    pub definite: &'a [String],
    /// `determiners`: "the", "a", "its" ... (a noun, not a verb)
    pub determiners: &'a [String],
}

/// The opener lists of [`another_meeting`]: `other` opens a time clause
/// about another event ("ahead of", "since"), `venue` names the gathering a
/// meeting is held beside ("on the sidelines of").
pub(crate) struct MeetingOpeners<'a> {
    /// `meeting_other_event_openers`: "after", "ahead of", "since" ...
    pub other: &'a [String],
    /// `meeting_venue_openers`: "on the sidelines of", "on the margins of" ...
    pub venue: &'a [String],
}

/// Where `phrase` stands in `lower` as a whole word or phrase (no letter or
/// digit touching either end): the byte offsets of its starts.
fn whole_word_starts<'a>(lower: &'a str, phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
    phrase_starts(lower, phrase).filter(move |&at| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Where `phrase` occurs in `text`, left to right and not overlapping:
/// the starts `str::match_indices` gives (every character boundary for
/// an empty phrase), found by the phrase's first byte and a comparison,
/// without the two-way searcher `match_indices` sets up on every call.
/// The merge asks this for each coordinator and opener between two
/// triggers a few dozen bytes apart (7,006 searchers, ~5M instructions
/// on `benches/instructions.sh`'s sample). A phrase of valid UTF-8
/// matches only at character boundaries, so comparing bytes finds what
/// comparing characters finds.
fn phrase_starts<'a>(text: &'a str, phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (t, p) = (text.as_bytes(), phrase.as_bytes());
    let mut at = 0;
    std::iter::from_fn(move || {
        let Some((&first, _)) = p.split_first() else {
            while at <= t.len() {
                let i = at;
                at += 1;
                if text.is_char_boundary(i) {
                    return Some(i);
                }
            }
            return None;
        };
        while at + p.len() <= t.len() {
            let i = at + memchr::memchr(first, &t[at..=t.len() - p.len()])?;
            if t[i..].starts_with(p) {
                at = i + p.len();
                return Some(i);
            }
            at = i + 1;
        }
        None
    })
}

/// Most words between a venue opener and the gathering's trigger ("on the
/// sidelines of the Asia-Pacific Economic Cooperation summit": four).
const VENUE_GAP: usize = 6;

/// Whether the text between two meeting triggers (`between`, and `lower`,
/// its lowercase) ends in a venue opener and at most [`VENUE_GAP`] words
/// with no comma or semicolon, one of them a name ("met Xi on the sidelines
/// of the BRICS summit"): the second trigger names the gathering the first
/// meeting was held beside, a meeting of its own. With no name ("on the
/// margins of the summit") it is the gathering the article has named.
fn at_venue(between: &str, lower: &str, venue: &[String]) -> bool {
    // Lowercasing may change byte lengths: then no name is read.
    let same_bytes = between.len() == lower.len();
    venue.iter().any(|o| {
        whole_word_starts(lower, o).last().is_some_and(|at| {
            let from = at + o.len();
            let rest = &lower[from..];
            let named = same_bytes
                && between.get(from..).is_some_and(|r| {
                    r.split_whitespace()
                        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
                });
            named && !rest.contains([',', ';', ':']) && rest.split_whitespace().count() <= VENUE_GAP
        })
    })
}

/// Words at least between two triggers for a word naming another event
/// to part them ("another round of talks" is one mention).
const OTHER_EVENT_GAP: usize = 4;

/// Whether draft `d` is an event of its own beside the earlier `prev` of its
/// type by their places in the sentence ([`super::segments`]): a word right
/// at `d`'s trigger names another event ("will seek further talks", "meet
/// again"), or `d` stands in a predicate of its own and is neither a
/// definite mention of an event told ("the talks"), nor what was said at
/// the meeting ("met ... and discussed"), nor a meeting in a predicate that
/// goes on with the first one's subject and names no party of its own (the
/// first meeting's parties go on: "met Espinosa and will hold talks
/// today"). Mentions that refer back are never apart.
fn own_predicate(prev: &Draft, d: &Draft) -> bool {
    if refers_back(&d.event) || refers_back(&prev.event) {
        return false;
    }
    let s = &d.event.sentence;
    let words_between = || {
        s.between(prev.event.trigger.end, d.event.trigger.start)
            .map_or(0, |gap| gap.split_whitespace().count())
    };
    let (p, q) = (prev.segment, d.segment);
    let own_party = || {
        d.event.event_type != EventType::Meeting
            || !q.continues
            || d.event.actors.iter().any(|a| a.start >= q.from)
    };
    (q.other && words_between() >= OTHER_EVENT_GAP)
        || (q.predicate != p.predicate && !q.definite && !q.content && !p.content && own_party())
}

/// The word lists of [`own_gathering`].
pub(crate) struct GatheringLists<'a> {
    /// `meeting_named_gathering_nouns`: "summit", "meeting", "forum" ...
    pub nouns: &'a [String],
    /// `meeting_gathering_part_words`: "attend", "host", "chaired" ... (a
    /// part taken in the gathering, not a meeting of its own)
    pub part: &'a [String],
    /// `determiners`: "the", "a", "its" ... (where a gathering's name starts)
    pub determiners: &'a [String],
    /// `meeting_trip_nouns`: "visit", "trip" ...
    pub trips: &'a [String],
    /// `meeting_trip_rules`: "visit", "trip" (fragments of the ids of
    /// rules whose events are trips)
    pub trip_rules: &'a [String],
    /// `meeting_remote_rules`: "meeting/call" (ids of rules whose events
    /// are calls)
    pub remote_rules: &'a [String],
    /// `meeting_remote_words`: "call", "phone" ... (a trigger word of such
    /// a rule that says the call was held at a distance, not "talk to")
    pub remote_words: &'a [String],
    /// `meeting_gathering_name_stops`: "with", "at", "before" ... (words
    /// that end a gathering's name, read backwards from its noun)
    pub stops: &'a [String],
    /// `meeting_gathering_frames`: "at", "of", "attending" ... (words right
    /// before a gathering's phrase that make it the frame of another act)
    pub frames: &'a [String],
}

/// Most words of a gathering's name before its noun ("the Group of 20
/// summit") or after its "of" ("a meeting of SCO foreign ministers").
const GATHERING_NAME_WORDS: usize = 5;

/// The capitalised words naming the gathering meeting `e`'s trigger names
/// ("the NATO summit", "the Group of 20 summit", "a meeting of SCO foreign
/// ministers", "the China-CELAC ministerial forum"): the words of the noun
/// phrase before the noun, from its determiner on, or after an "of" right
/// after it, split at hyphens, possessive endings off. None when the trigger
/// is no gathering noun or the phrase names nothing.
fn gathering_name(e: &Event, lists: &GatheringLists) -> Option<Vec<String>> {
    let last = e.trigger.text.split_whitespace().next_back()?;
    if !cues::listed(lists.nouns, last) {
        return None;
    }
    let s = &e.sentence;
    let mut name = Vec::new();
    let mut add = |w: &str| {
        let w = w.trim_end_matches("'s").trim_end_matches("’s");
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if w.chars().next().is_some_and(char::is_uppercase) {
            name.extend(w.split('-').filter(|p| !p.is_empty()).map(str::to_string));
        }
    };
    let before = s.between(s.start, e.trigger.start).unwrap_or("");
    let words: Vec<&str> = before.split_whitespace().collect();
    for (n, w) in words.iter().rev().enumerate().take(GATHERING_NAME_WORDS) {
        let at = words.len() - 1 - n;
        if cues::listed(lists.stops, w) || cues::listed(lists.determiners, w) {
            // A gathering framing another act ("leaders attending the APEC
            // summit", "at the BRICS summit", "on the sidelines of the G20
            // summit") is where that act happens, not an event beside it.
            let frame = if cues::listed(lists.determiners, w) {
                at.checked_sub(1).map(|i| words[i])
            } else {
                Some(*w)
            };
            if frame.is_some_and(|f| {
                cues::listed(lists.frames, f.trim_matches(|c: char| !c.is_alphanumeric()))
            }) {
                return None;
            }
            break;
        }
        if w.ends_with([',', ';', ':', '.']) {
            break;
        }
        // (A capital that only opens the sentence, or a bullet's line,
        // names nothing.)
        let opens = words[..at]
            .iter()
            .all(|x| !x.chars().any(char::is_alphanumeric));
        if opens && w.chars().skip(1).all(char::is_lowercase) {
            break;
        }
        add(w);
    }
    let after = s.between(e.trigger.end, s.end).unwrap_or("");
    let mut rest = after.split_whitespace();
    if rest.next().is_some_and(|w| w.eq_ignore_ascii_case("of")) {
        for w in rest.take(GATHERING_NAME_WORDS) {
            add(w);
            if w.ends_with([',', ';', ':', '.']) {
                break;
            }
        }
    }
    (!name.is_empty()).then_some(name)
}

/// Whether meeting `other` and the named gathering `named` are two meetings:
/// `named` is a gathering with a name of its own ([`gathering_name`]) that
/// names none of `other`'s persons or countries ("the Trump-Xi summit" is
/// their meeting), and `other` is either a gathering with another name ("the
/// Group of Seven summit in Canada ... and the NATO summit in The Hague"),
/// or a meeting that is neither a gathering noun ("the summit", which may
/// be the same gathering named again), nor a trip (a trip made for a summit
/// is one mention), nor a part taken in the gathering ("attend", "host"):
/// "met in Beijing in July, during a meeting of SCO foreign ministers".
fn own_gathering(other: &Event, named: &Event, lists: &GatheringLists) -> bool {
    if other.event_type != EventType::Meeting
        || named.event_type != EventType::Meeting
        || refers_back(other)
        || refers_back(named)
    {
        return false;
    }
    let Some(name) = gathering_name(named, lists) else {
        return false;
    };
    let party_words: Vec<&str> = other
        .actors
        .iter()
        .filter(|a| {
            a.kind == kind_name(ActorKind::Person) || a.kind == kind_name(ActorKind::Country)
        })
        .flat_map(|a| a.text.split(|c: char| c.is_whitespace() || c == '-'))
        .collect();
    if name
        .iter()
        .any(|w| party_words.iter().any(|p| p.eq_ignore_ascii_case(w)))
    {
        return false;
    }
    if let Some(other_name) = gathering_name(other, lists) {
        return !other_name.iter().any(|w| name.contains(w));
    }
    let first = other.trigger.text.split_whitespace().next().unwrap_or("");
    let last = other
        .trigger
        .text
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    !cues::listed(lists.nouns, last)
        && !cues::listed(lists.trips, last)
        && !cues::listed(lists.part, first)
        && !lists
            .trip_rules
            .iter()
            .any(|r| other.rule.contains(r.as_str()))
}

/// Most words between a meeting's trigger and the time named after it.
const TIME_AFTER_WORDS: usize = 8;

/// The parties of a meeting another inherits, without the places it was
/// held at (a place right after a `location_preps` word) when its own
/// parties are two or three countries besides: "The talks lasted two
/// hours" after "Xi and Carney met on the sidelines of the APEC summit in
/// Gyeongju" is Xi's and Carney's, not the host's of the gathering named
/// last (the venue of a bilateral meeting is no party, and a sentence
/// naming none of its own names no venue either). A meeting named by its
/// capitals ("Tokyo and Seoul held talks") keeps them: no preposition
/// places them; so does a group's (a member's capital may stand for it:
/// "the ministers met in Paris").
fn parties_not_venues(text: &str, actors: &[Actor], venue_preps: &[String]) -> Vec<Actor> {
    let venue = |a: &Actor| is_venue(text, a, venue_preps);
    let sides: std::collections::BTreeSet<&String> = actors
        .iter()
        .filter(|a| a.kind != kind_name(ActorKind::Place))
        .filter_map(|a| a.country.as_ref())
        .collect();
    let bilateral = (2..GROUP_SIZE).contains(&sides.len());
    actors
        .iter()
        .filter(|a| !(bilateral && venue(a)))
        .cloned()
        .collect()
}

/// Whether actor `a` is a place named right after one of `venue_preps`
/// ("met in Busan", "talks at Geneva"): where a meeting was held.
fn is_venue(text: &str, a: &Actor, venue_preps: &[String]) -> bool {
    a.kind == kind_name(ActorKind::Place)
        && text
            .get(..a.start)
            .and_then(|t| t.split_whitespace().last())
            .is_some_and(|w| cues::listed(venue_preps, w))
}

/// Two meetings of one sentence at different named times: a time named
/// between the two triggers and another after the second one, in its
/// clause ("talks with Xi on Monday before a summit with Lula on Friday").
fn two_times(first: &Event, second: &Event) -> bool {
    if first.event_type != EventType::Meeting || second.event_type != EventType::Meeting {
        return false;
    }
    let (a, b) = if first.trigger.start <= second.trigger.start {
        (first, second)
    } else {
        (second, first)
    };
    let s = &a.sentence;
    if a.trigger.start < s.start
        || a.trigger.end > b.trigger.start
        || b.trigger.end > s.start + s.text.len()
    {
        return false;
    }
    let words = crate::when::TimeWords::embedded();
    let exprs = crate::when::recognise(words, &s.text, 0, s.text.len());
    let text_of = |x: &crate::when::Expr| s.text[x.start..x.end].to_lowercase();
    let (a_end, b_start, b_end) = (
        a.trigger.end - s.start,
        b.trigger.start - s.start,
        b.trigger.end - s.start,
    );
    let Some(t1) = exprs.iter().find(|x| x.start >= a_end && x.end <= b_start) else {
        return false;
    };
    let Some(t2) = exprs.iter().find(|x| x.start >= b_end) else {
        return false;
    };
    let gap = &s.text[b_end..t2.start];
    !gap.contains([',', ';', ':', '—'])
        && gap.split_whitespace().count() <= TIME_AFTER_WORDS
        && text_of(t1) != text_of(t2)
}

/// Whether two mentions of one sentence each name a product of their own,
/// at another place ("duties on steel rose to 50% and the levy on cars fell
/// to 15%"): two measures, as the gold counts them, unless either only
/// refers back or is a definite mention of an event told ("the levy", "the
/// higher rate"), which names the other again whatever its product.
fn own_products(prev: &Draft, d: &Draft) -> bool {
    let told = |x: &Draft| refers_back(&x.event) || x.segment.definite;
    !told(prev)
        && !told(d)
        && matches!((&prev.event.product, &d.event.product),
            (Some(a), Some(b)) if a.start != b.start)
}

/// One event per distinct event: a same-type draft in the same clause as an
/// earlier one, or adding no actor, amount or rate of its own, is folded into it
/// (but see [`two_commitments`], [`distinct_tariffs`], [`own_products`],
/// [`own_predicate`] and [`own_gathering`]).
pub(crate) fn merge_same_type(
    drafts: Vec<Draft>,
    pledges: &PledgeLists,
    openers: &MeetingOpeners,
    answer_words: &[String],
    measures: &MeasureLists,
    sequence: &SequenceLists,
    gatherings: &GatheringLists,
) -> Vec<Draft> {
    let is_trip = |e: &crate::event::Event| {
        e.event_type == EventType::Meeting && cues::listed(gatherings.trips, &e.trigger.text)
    };
    let mut kept: Vec<Draft> = Vec::new();
    for mut d in drafts {
        // The mention it may fold into: one with the same rate, else the last
        // of its type ("to 15% from the 39% it imposed, the highest rate").
        let same_rate = |k: &Draft| matches!((&k.event.rate, &d.event.rate), (Some(x), Some(y)) if x.start == y.start);
        let at = kept
            .iter()
            .rposition(|k| k.event.event_type == d.event.event_type && same_rate(k))
            .or_else(|| {
                kept.iter()
                    .rposition(|k| k.event.event_type == d.event.event_type)
            });
        let Some(prev) = at.map(|i| &mut kept[i]) else {
            kept.push(d);
            continue;
        };
        // A mention that only refers back ("during his trip") yields to the
        // sentence's own word for the event ("scheduled to meet"): that one
        // keeps its trigger, roles and modality, the other is folded in.
        if refers_back(&prev.event) && !refers_back(&d.event) && prev.clause == d.clause {
            std::mem::swap(prev, &mut d);
        }
        let same_clause = prev.clause == d.clause;
        let adds_something = d.event.actors.iter().any(|a| {
            !prev
                .event
                .actors
                .iter()
                .any(|b| b.country == a.country && b.name == a.name)
        }) || (d.event.amount.is_some()
            && d.event.amount != prev.event.amount
            && !matches!((&prev.event.amount, &d.event.amount),
                (Some(a), Some(b)) if conversion(&d.event.sentence, a, b)))
            || (d.event.rate.is_some() && d.event.rate != prev.event.rate);
        if rate_of_later(&prev.event, &d.event) {
            prev.event.rate = None;
            kept.push(d);
            continue;
        }
        // (A trip's destination is a party to it: see `another_meeting`.)
        let trip = is_trip(&d.event);
        let meeting_apart = another_meeting(&prev.event, &d.event, openers, trip);
        if (same_clause && two_commitments(&prev.event, &d.event, pledges.additional))
            || listed_item(&prev.event, &d.event)
            || meeting_apart
        {
            if meeting_apart && trip {
                drop_first_partners(&prev.event, &mut d.event);
            }
            kept.push(d);
            continue;
        }
        if let Some(from) = other_subject_commitment(&prev.event, &d.event, pledges) {
            // The sum and parties from the later clause on are its own; a
            // noun whose only sum was the later clause's names no
            // commitment of its own ("gave $5m to the fund, and Japan
            // promised $2m").
            if prev.event.amount.as_ref().is_some_and(|a| a.start >= from) {
                let noun =
                    word_before(&prev.event).is_some_and(|w| cues::listed(pledges.determiners, w));
                if noun {
                    *prev = d;
                    continue;
                }
                prev.event.amount = None;
            }
            if d.event.amount.as_ref().is_some_and(|a| a.start < from) {
                d.event.amount = None;
            }
            prev.event.actors.retain(|a| a.start < from);
            kept.push(d);
            continue;
        }
        if coordinated_commitment(&prev.event, &d.event, pledges) {
            // The sum before the coordinator is the first verb's.
            if d.event
                .amount
                .as_ref()
                .is_some_and(|a| a.start < d.event.trigger.start)
            {
                d.event.amount = None;
            }
            kept.push(d);
            continue;
        }
        // An event before or after the other ("after searching the homes
        // of three aides", "the raid comes weeks after prosecutors searched
        // the offices"): a mention of its own, whatever it shares, unless it
        // only refers back or the other, a definite noun of its stem, names
        // it ("the raid came weeks after police raided"), or tells its
        // outcome ("were detained after agents raided the site"), or refers
        // back to tell what was done in it. Else the other may refer back:
        // it is the article's event, this one another.
        let apart = |seq: &Draft, other: &Draft| {
            let (e, o) = (&seq.event, &other.event);
            let named_again = definite(o, sequence) && same_stem(o, e);
            let outcome = o
                .trigger
                .text
                .split_whitespace()
                .next()
                .is_some_and(|w| cues::listed(sequence.outcomes, w));
            let done_in_it = outcome || (refers_back(o) && other.segment.content);
            !refers_back(e) && !done_in_it && !named_again && sequenced(e, o, sequence)
        };
        let own_mention = apart(&d, prev)
            || (prev.event.trigger.start > d.event.trigger.start && apart(prev, &d));
        if own_mention {
            // The parties named from the later mention on are its own, not
            // the earlier event's ("will meet Xi in Beijing before heading
            // to New Delhi for talks with Modi": Modi is not met in Beijing).
            let from = d.event.trigger.start;
            if prev.event.trigger.start < from {
                prev.event
                    .actors
                    .retain(|a| a.start < from || a.role == Role::Source);
                // ... and the earlier event's parties named after its
                // trigger, before the later one's predicate, are not the
                // later one's ("held talks with Macron before the summit
                // and met the envoys afterwards": Macron is not met).
                let theirs = prev.event.trigger.end..d.segment.from.min(from);
                d.event.actors.retain(|a| {
                    !theirs.contains(&a.start)
                        || !prev.event.actors.iter().any(|b| b.start == a.start)
                });
            }
            kept.push(d);
            continue;
        }
        if own_predicate(prev, &d) {
            // The parties named from its predicate on are its own ("hosted
            // Trump in Tokyo and held her first summit with Lee"), and those
            // named after the earlier trigger, in its predicate, are the
            // earlier event's ("met Putin in Moscow and then held talks with
            // Lukashenko"); the ones before both triggers are shared.
            let from = d.segment.from.max(prev.event.trigger.end);
            if prev.event.trigger.start < from {
                prev.event
                    .actors
                    .retain(|a| a.start < from || a.role == Role::Source);
                let theirs = prev.event.trigger.end..from;
                d.event.actors.retain(|a| {
                    !theirs.contains(&a.start)
                        || !prev.event.actors.iter().any(|b| b.start == a.start)
                });
            }
            kept.push(d);
            continue;
        }
        if own_gathering(&prev.event, &d.event, gatherings)
            || own_gathering(&d.event, &prev.event, gatherings)
        {
            kept.push(d);
            continue;
        }
        let trip_of = |e: &Event| {
            gatherings
                .trip_rules
                .iter()
                .any(|r| e.rule.contains(r.as_str()))
        };
        // A call and a meeting in person of another modality ("spoke by
        // phone and agreed to meet soon", "a video call ends with a promise
        // to meet"), or a call by telephone or video and a trip whatever
        // their modality ("hold call ahead of April Beijing trip", "agree
        // on White House visit in 50-minute call": a trip is never held by
        // telephone): two events, whatever parties they share.
        let remote = |e: &Event| {
            e.event_type == EventType::Meeting && gatherings.remote_rules.contains(&e.rule)
        };
        let by_phone = |e: &Event| {
            remote(e)
                && e.trigger
                    .text
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| cues::listed(gatherings.remote_words, w))
        };
        // (Not a trip named again: "agreed on the visit during a call".)
        let call_and_trip =
            |a: &Draft, b: &Draft| by_phone(&a.event) && trip_of(&b.event) && !b.segment.definite;
        if prev.event.event_type == EventType::Meeting
            && remote(&prev.event) != remote(&d.event)
            && (prev.event.modality != d.event.modality
                || call_and_trip(prev, &d)
                || call_and_trip(&d, prev))
        {
            kept.push(d);
            continue;
        }
        // Two meetings told in one sentence, each with a time of its own
        // ("talks with Xi on Monday before a summit with Lula on Friday"),
        // unless one is a trip (the gathering it goes to is the same
        // meeting), tells what was said at the other, or goes on with the
        // first's subject naming no party of its own ("met Vieira on Monday
        // and will hold talks on Tuesday": the same parties' meeting).
        let later = if d.event.trigger.start > prev.event.trigger.start {
            &d
        } else {
            &*prev
        };
        let goes_on = later.segment.continues
            && !later
                .event
                .actors
                .iter()
                .any(|a| a.start >= later.segment.from);
        if !prev.segment.content
            && !d.segment.content
            && !goes_on
            && !trip_of(&prev.event)
            && !trip_of(&d.event)
            && two_times(&prev.event, &d.event)
        {
            kept.push(d);
            continue;
        }
        if (same_clause || !adds_something)
            && !distinct_tariffs(&prev.event, &d.event, answer_words, measures)
            && !own_products(prev, &d)
        {
            prev.guessed &= d.guessed;
            prev.cued |= d.cued;
            prev.order_pair &= d.order_pair;
            prev.bare_target &= d.bare_target;
            // (A folded mention naming no one raided keeps the first's
            // reading: "arrested 12 Indian and Pakistani nationals ...;
            // seven were detained for removal".)
            let raided = |e: &Event| e.actors.iter().any(|a| a.role == Role::Target);
            prev.people_target = match (raided(&prev.event), raided(&d.event)) {
                (true, false) => prev.people_target,
                (false, true) => d.people_target,
                _ => prev.people_target && d.people_target,
            };
            // ("a meeting with Nakasone ... to pave the way for the prime
            // minister's visit to Washington": where a later trip goes is
            // that trip's, not the meeting's.)
            let trip_after = is_trip(&d.event)
                && !is_trip(&prev.event)
                && d.event.trigger.start > prev.event.trigger.start;
            let trip_at = d.event.trigger.start;
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
                if trip_after && a.start > trip_at {
                    continue;
                }
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

#[cfg(test)]
mod phrase_tests {
    /// [`super::phrase_starts`] gives the starts `str::match_indices`
    /// gives: not overlapping, left to right, at the ends, past non-ASCII
    /// text, and at every character boundary for an empty phrase.
    #[test]
    fn phrase_starts_as_match_indices() {
        let table: &[(&str, &str, &[usize])] = &[
            ("pledged $5 million and japan pledged more", "and", &[19]),
            ("pledged, and sweden and norway gave", "and", &[9, 20]),
            ("and then", "and", &[0]),
            ("sweden and", "and", &[7]),
            ("aaaa", "aa", &[0, 2]),
            ("aaa", "aa", &[0]),
            ("an", "and", &[]),
            ("", "and", &[]),
            ("while the fund, which", ", which", &[14]),
            ("the €5 fund and the £3 loan", "and", &[14]),
            ("é and", "", &[0, 2, 3, 4, 5, 6]),
        ];
        for &(text, phrase, want) in table {
            let got: Vec<usize> = super::phrase_starts(text, phrase).collect();
            let std: Vec<usize> = text.match_indices(phrase).map(|(at, _)| at).collect();
            assert_eq!(got, want, "{text:?} {phrase:?}");
            assert_eq!(std, want, "{text:?} {phrase:?}");
        }
    }
}
