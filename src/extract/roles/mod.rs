//! Who is source, target or participant of an event: shared helpers and
//! one module per event type, chosen through a small table keyed by type.

use super::*;
use crate::event::{Actor, EventType, Location, Role};
use crate::lexicon::{ActorKind, ActorMatch};
use crate::segment::Sentence;

mod meeting;
mod pledge;
mod raid;
mod tariff;

/// Where an event's roles are looked for: the trigger's clause, the same
/// clause reaching back to the name a relative clause hangs on (`parties`:
/// "Indonesia, which accepted the offer"), the trigger, and the sentences
/// before (for pronouns).
pub(crate) struct RoleSite<'s> {
    pub(crate) clause: Clause,
    pub(crate) parties: Clause,
    pub(crate) trigger: TriggerSpan,
    pub(crate) previous: &'s [Sentence],
    /// The role frame of the event's type (for types defined in files).
    pub(crate) frame: &'s Frame,
}

/// A [`crate::rules::RoleFrame`] with its word lists as word-id phrases.
pub(crate) struct Frame {
    before: Role,
    after: Role,
    source_preps: Phrases,
    target_preps: Phrases,
    passive: Phrases,
    target_verbs: Phrases,
}

impl Frame {
    pub(crate) fn compile(f: &crate::rules::RoleFrame, interner: &mut Interner) -> Frame {
        Frame {
            before: f.before,
            after: f.after,
            source_preps: compile(&f.source_preps, interner),
            target_preps: compile(&f.target_preps, interner),
            passive: compile(&f.passive, interner),
            target_verbs: compile(&f.target_verbs, interner),
        }
    }
}

/// The role logic of one event type.
pub(crate) type RoleFn = fn(&Extractor, &View, &RoleSite, &mut Args);

/// The role logic for events of `event_type`: the built-in types have their
/// own module; any other type (one defined only by rule files) the generic
/// logic (actors before the trigger are sources, after it targets).
pub(crate) fn for_type(event_type: &EventType) -> RoleFn {
    match event_type {
        EventType::Tariff => Extractor::tariff_roles,
        EventType::Pledge => Extractor::pledge_roles,
        EventType::Raid => Extractor::raid_roles,
        EventType::Meeting => Extractor::meeting_roles,
        EventType::Other(_) => Extractor::generic_roles,
    }
}

impl Extractor {
    /// Adds the actor in `role`; a group with fixed membership ("G-7") adds
    /// one actor per member country, each naming the group (a trade bloc
    /// only on an event's sides, not as a meeting's party).
    pub(crate) fn push_actor(&self, out: &mut Args, v: &View, p: &Placed, role: Role) {
        let e = self.lexicon.entry(p.m.entry);
        if e.members.is_empty() || (e.trade_bloc && role == Role::Participant) {
            out.push(self.actor(v, p, role));
            return;
        }
        for m in &e.members {
            out.push(Actor {
                country: Some(m.clone()),
                ..self.actor(v, p, role)
            });
        }
    }

    pub(crate) fn actor(&self, v: &View, p: &Placed, role: Role) -> Actor {
        self.actor_from(v.article, &p.m, role)
    }

    /// The actor a lexicon match in `article` names, in `role`.
    pub(crate) fn actor_from(&self, article: &str, m: &ActorMatch, role: Role) -> Actor {
        let e = self.lexicon.entry(m.entry);
        Actor {
            role,
            text: article[m.start..m.end].to_string(),
            name: e.name.clone(),
            kind: crate::lexicon::kind_name(e.kind).to_string(),
            country: e.country.clone(),
            start: m.start,
            end: m.end,
        }
    }

    pub(crate) fn is_location(&self, v: &View, p: &Placed) -> bool {
        let e = self.lexicon.entry(p.m.entry);
        (e.kind == ActorKind::Place && !e.metonym)
            || (matches!(e.kind, ActorKind::Place | ActorKind::Country)
                && !p.m.demonym
                && (self.preceded_by(v, p.tok, &self.cues.location_preps)
                    || self.names_a_place_country(v, p)))
    }

    /// Whether country `p` follows a place of its own after a comma, as
    /// the country of a place named ("conferred in Lima, Peru", "met in
    /// Kazan, Russia"): where, not who.
    fn names_a_place_country(&self, v: &View, p: &Placed) -> bool {
        let Some(country) = self.lexicon.entry(p.m.entry).country.as_deref() else {
            return false;
        };
        self.all_actors_of(v)
            .iter()
            .rfind(|b| b.m.end <= p.m.start)
            .is_some_and(|b| {
                let e = self.lexicon.entry(b.m.entry);
                e.kind == ActorKind::Place
                    && !b.m.demonym
                    && e.country.as_deref() == Some(country)
                    && v.article[b.m.end..p.m.start].trim() == ","
            })
    }

    /// The first actor of words `cs..ce` that names where something
    /// happens: a place, or a country after a location preposition ("in
    /// South Korea"); never a demonym.
    pub(crate) fn first_place<'v>(&self, v: &'v View, cs: usize, ce: usize) -> Option<&'v Placed> {
        self.actors_of(v)
            .iter()
            .filter(|a| a.tok >= cs && a.tok < ce)
            .find(|a| {
                let e = self.lexicon.entry(a.m.entry);
                let place = e.kind == ActorKind::Place
                    && (!e.metonym || self.preceded_by(v, a.tok, &self.cues.location_preps));
                let country_as_place = e.kind == ActorKind::Country
                    && self.preceded_by(v, a.tok, &self.cues.location_preps);
                !a.m.demonym && (place || country_as_place)
            })
    }

    /// [`Self::first_place`] as the event's location.
    pub(crate) fn first_location(&self, v: &View, cs: usize, ce: usize) -> Option<Location> {
        self.first_place(v, cs, ce).map(|a| {
            let e = self.lexicon.entry(a.m.entry);
            Location {
                text: v.article[a.m.start..a.m.end].to_string(),
                name: e.name.clone(),
                country: e.country.clone(),
                start: a.m.start,
                end: a.m.end,
            }
        })
    }

    pub(crate) fn clause_actors<'v>(&self, v: &'v View, cs: usize, ce: usize) -> Vec<&'v Placed> {
        self.actors_of(v)
            .iter()
            .filter(|a| a.tok >= cs && a.tok < ce)
            .filter(|a| {
                let e = self.lexicon.entry(a.m.entry);
                e.country.is_some() || !e.members.is_empty()
            })
            .filter(|a| !self.is_owner(v, a))
            .filter(|a| !self.names_a_currency(v, a))
            .filter(|a| !self.in_compound_name(v, a))
            .collect()
    }

    /// Whether actor `a` is one link of a hyphenated chain of names that a
    /// capitalised `compound_name_heads` word follows ("the United
    /// States-Mexico-Canada Agreement", "the Canada-U.S.-Mexico
    /// Agreement"): part of a name, not a party.
    pub(crate) fn in_compound_name(&self, v: &View, a: &Placed) -> bool {
        let text = v.article;
        if !(text[..a.m.start].ends_with('-') || text[a.m.end..].starts_with('-')) {
            return false;
        }
        // The chain runs on through hyphens and the names they join; a
        // full stop counts only inside it ("U.S.-Mexico").
        let rest = &text[a.m.end..];
        let mut chain = 0;
        for (i, c) in rest.char_indices() {
            let inside = c.is_alphanumeric()
                || c == '-'
                || (c == '.'
                    && rest[i + 1..].starts_with(|d: char| d.is_alphanumeric() || d == '-'));
            if !inside {
                break;
            }
            chain = i + c.len_utf8();
        }
        if !rest[chain..].starts_with(' ') {
            return false;
        }
        let next = a.m.end + chain + 1;
        let j = v.tokens.partition_point(|t| t.start < next);
        j < v.tokens.len()
            && v.tokens[j].start == next
            && v.tokens[j].text.starts_with(|c: char| c.is_uppercase())
            && phrase_at(&v.ids, j, &self.cues.compound_name_heads)
    }

    /// Whether actor `a` lies inside a sum of money ("three mln U.S. dlrs",
    /// "54.9 mln US dlrs", "1.6 billion Canadian dlrs"): it names the
    /// currency, not a party.
    pub(crate) fn names_a_currency(&self, v: &View, a: &Placed) -> bool {
        self.quantities_of(v).iter().any(|q| {
            matches!(q.kind, QuantityKind::Money { .. }) && q.start <= a.m.start && a.m.end <= q.end
        })
    }

    /// Whether company `a` only owns the party named with it: after
    /// `owner_preps` ("the Canadian unit of General Motors", "70 pct-owned
    /// by Exxon"), or right before a country name, with "of" or nothing
    /// between ("GM Canada", "Ford Motor Co of Canada"): the local unit is
    /// the party.
    pub(crate) fn is_owner(&self, v: &View, a: &Placed) -> bool {
        if self.lexicon.entry(a.m.entry).kind != ActorKind::Company {
            return false;
        }
        if self.preceding_phrase_len(v, a.tok, &self.cues.owner_preps) > 0 {
            return true;
        }
        self.actors_of(v).iter().any(|b| {
            b.m.start > a.m.end && {
                let gap = v.article[a.m.end..b.m.start].trim();
                (gap.is_empty() || gap.eq_ignore_ascii_case("of"))
                    && !b.m.demonym
                    && self.lexicon.entry(b.m.entry).kind == ActorKind::Country
            }
        })
    }

    /// Whether actor `a` stands right before token `t0` as its modifier: at
    /// most three words between, none of them a preposition or verb
    /// ("Canadian corn levy", "EC vegetable oil duty", "the Reagan
    /// administration's proposed tariffs").
    pub(crate) fn modifies(&self, v: &View, a: &Placed, t0: usize) -> bool {
        let between: Vec<usize> = (a.tok + 1..t0)
            .filter(|&i| v.tokens[i].start >= a.m.end)
            .collect();
        between.len() <= 3
            && between.iter().all(|&i| {
                // ("the Reagan administration's proposed tariffs": a
                // possessive on the way is the owner's mark.)
                let w = v.tokens[i].text;
                let w = w
                    .strip_suffix("'s")
                    .or_else(|| w.strip_suffix("’s"))
                    .unwrap_or(w);
                is_plain_word(w)
                    && !phrase_at(&v.ids, i, &self.cues.product_stops)
                    && !phrase_at(&v.ids, i, &self.cues.tariff_target_preps)
                    && !phrase_at(&v.ids, i, &self.cues.determiners)
                    // ("South Korea accepted 15% tariffs": the subject of a
                    // verb of facing, no modifier.)
                    && !phrase_at(&v.ids, i, &self.cues.tariff_face_verbs)
            })
    }

    /// Where a clause's parties start: before the name a "who" or "which"
    /// clause hangs on (at most four words back), else at the clause.
    pub(crate) fn antecedent_start(&self, v: &View, cs: usize) -> usize {
        if cs == 0 || !phrase_at(&v.ids, cs, &self.cues.relative_pronouns) {
            return cs;
        }
        self.antecedent_actors(v, cs)
            .map(|a| a.tok)
            .min()
            .unwrap_or(cs)
    }

    /// The actors (not places) at most four words before a relative clause
    /// starting at word `cs`: the name it hangs on.
    pub(crate) fn antecedent_actors<'v>(
        &'v self,
        v: &'v View,
        cs: usize,
    ) -> impl Iterator<Item = &'v Placed> {
        self.actors_of(v)
            .iter()
            .filter(move |a| a.tok < cs && a.tok + 4 >= cs && !self.is_location(v, a))
    }

    /// The end of a relative clause on a name, opened by one of `relatives`
    /// and set off by commas, that the
    /// sentence's main clause resumes after ("Sánchez, who visited Beijing
    /// in April, has urged the EU to ...", "Costa, who chaired the summit,
    /// wrote ..."): the first comma after the trigger (from word `past`)
    /// followed by a lowercase word that continues no list (no determiner,
    /// no "and": "who met Xi, the Chinese leader, and Modi"). Else `ce`.
    pub(crate) fn relative_clause_end(
        &self,
        v: &View,
        cs: usize,
        past: usize,
        ce: usize,
        relatives: &Phrases,
    ) -> usize {
        let gap = |i: usize| &v.article[v.tokens[i - 1].end..v.tokens[i].start];
        if cs == 0 || !phrase_at(&v.ids, cs, relatives) || !gap(cs).contains(',') {
            return ce;
        }
        (past.max(cs + 1)..ce)
            .find(|&i| {
                gap(i).contains(',')
                    && v.tokens[i].text.starts_with(|c: char| c.is_lowercase())
                    && !phrase_at(&v.ids, i, &self.cues.determiners)
                    && !phrase_at(&v.ids, i, &self.cues.list_joiners)
            })
            .unwrap_or(ce)
    }

    /// Roles for a type without logic of its own, from its frame: the word
    /// before an actor, a verb between it and the trigger, a passive
    /// trigger, else word order.
    pub(crate) fn generic_roles(&self, v: &View, site: &RoleSite, out: &mut Args) {
        let (cs, ce) = (site.clause.start, site.clause.end);
        let t0 = site.trigger.first;
        let f = site.frame;
        let t1 = site.trigger.past;
        let passive = f
            .passive
            .iter()
            .any(|p| p.len() <= t1 && v.ids[t1 - p.len()..t1] == p[..]);
        let (before, after) = if passive {
            (f.after, f.before)
        } else {
            (f.before, f.after)
        };
        for a in self.clause_actors(v, cs, ce) {
            if self.is_location(v, a) {
                continue;
            }
            // The longer of the two cue phrases before the actor decides
            // ("owned by" over "by").
            let source_cue = self.preceding_phrase_len(v, a.tok, &f.source_preps);
            let target_cue = self.preceding_phrase_len(v, a.tok, &f.target_preps);
            let role = if source_cue > target_cue {
                Role::Source
            } else if target_cue > 0
                || (a.tok < t0 && any_phrase_in(&v.ids, a.tok + 1, t0, &f.target_verbs))
            {
                Role::Target
            } else if a.tok < t0 {
                before
            } else {
                after
            };
            self.push_actor(out, v, a, role);
        }
        out.location = self.first_location(v, cs, ce);
    }
}

/// Arguments collected for one event.
#[derive(Default)]
pub(crate) struct Args {
    pub(crate) actors: Vec<Actor>,
    pub(crate) location: Option<Location>,
    pub(crate) parties_ok: bool,
    pub(crate) party_ok: bool,
    /// Pledges: the clause names a party that is not a company (a state, a
    /// fund or donor giving, or the country helped), for rules that require
    /// a `party`; `party-or-earlier` pledge rules still ask for an earlier
    /// pledge, as they were tuned to.
    pub(crate) giver_ok: bool,
    /// Tariffs: the sentence names one side only, and only word order made
    /// it the imposer (no imposing verb, preposition or own-duty word): as
    /// often the side that faces the story's tariff and speaks of it
    /// ("Toyota forecast a hit from the levies", "a glitch that has irked
    /// Tokyo: the 15% levy"), which [`super::article::inherit_roles`] may
    /// make it.
    pub(crate) guessed: bool,
    /// Tariffs: a cue (an imposing verb's subject, "sold into", a name
    /// modifying the tariff, "by") placed a source: the sentence tells who
    /// imposes, not word order alone.
    pub(crate) cued: bool,
    /// Tariffs: word order alone made the imposer, and the one side
    /// facing it is a name after the trigger with no preposition to place
    /// it ("Japanese carmakers absorbed the tariff cost to keep U.S.
    /// prices stable"): both sides a guess, which
    /// [`super::article::inherit_roles`] may read the other way round.
    pub(crate) order_pair: bool,
    /// Tariffs: the one target is a country's plain name modifying the
    /// tariff ("the Brazil tariffs", "raises China rate"), read as whose
    /// goods face it; [`super::article::inherit_roles`] turns it to the
    /// imposer when the article's stated tariffs have that country imposing
    /// more often than facing duties.
    pub(crate) bare_target: bool,
    /// Raids: every target it names is the nationality of people held
    /// ("Bangladeshi and Nepalese nationals"), not whose premises were
    /// searched: no model for the raid's target in the article's other
    /// sentences ([`super::article::inherit_roles`]).
    pub(crate) people_target: bool,
    /// Pledges: the clause names the giver as a body with no country ("a
    /// loan from the World Bank"), so the giver is there though no country
    /// codes it: [`super::article::inherit_roles`] fills no other.
    pub(crate) countryless_giver: bool,
}

impl Args {
    /// The distinct countries of the actors placed so far, sorted: how many
    /// sides a meeting has named.
    pub(crate) fn countries(&self) -> Vec<&str> {
        let mut countries: Vec<&str> = self
            .actors
            .iter()
            .filter_map(|a| a.country.as_deref())
            .collect();
        countries.sort_unstable();
        countries.dedup();
        countries
    }

    pub(crate) fn push(&mut self, a: Actor) {
        if !self
            .actors
            .iter()
            .any(|b| b.start == a.start && b.role == a.role && b.country == a.country)
        {
            self.actors.push(a);
        }
    }
}
