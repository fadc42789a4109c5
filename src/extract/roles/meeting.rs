//! Meeting participants, with pronouns and lists of parties resolved.

use super::*;
use crate::event::Actor;
use crate::lexicon::{ActorKind, ActorMatch, kind_name};
use crate::segment::Sentence;

/// Words after a meeting's trigger within which a country's own
/// counterparts ("with the 10 provincial premiers", "with commercial
/// creditor banks") are its other side.
const HOME_PARTNER_REACH: usize = 8;

/// Words before "from" searched for a travel verb that makes the name after
/// it where a party came from (`meeting_origin_verbs`).
const ORIGIN_REACH: usize = 7;

/// Words before a gathering searched for "on the sidelines of"
/// (`meeting_sidelines_openers`): "the sidelines of the Asia-Pacific
/// Economic Cooperation summit".
const SIDELINES_REACH: usize = 8;

impl Extractor {
    /// The end of a clause `..ce` extended over the next clause when that
    /// one continues a list of parties: it opens with "and" and a determiner
    /// ("and the Palestinian leader") and names an actor within five words.
    pub(crate) fn list_continues(&self, v: &View, ce: usize) -> usize {
        if ce + 1 >= v.tokens.len()
            || !phrase_at(&v.ids, ce, &self.cues.list_joiners)
            || !phrase_at(&v.ids, ce + 1, &self.cues.determiners)
        {
            return ce;
        }
        let next_end = v
            .clause_starts
            .iter()
            .copied()
            .find(|&s| s > ce)
            .unwrap_or(v.tokens.len());
        let near = self.actors_of(v).iter().any(|a| {
            a.tok > ce
                && a.tok <= ce + 5
                && a.tok < next_end
                && !matches!(
                    self.lexicon.entry(a.m.entry).kind,
                    ActorKind::Place | ActorKind::Company
                )
        });
        if near { next_end } else { ce }
    }

    pub(crate) fn meeting_roles(&self, v: &View, site: &RoleSite, out: &mut Args) {
        // A list of parties may run on past ", and the": "held talks with his
        // Israeli counterpart, Ariel Sharon, and the Palestinian leader".
        let ce = self.list_continues(v, site.clause.end);
        // A relative clause set off by commas is the meeting's, unless it
        // names fewer than two countries: then the main clause may hold the
        // other side ("the Amir, who is on a state visit to India, was
        // received at the airport by Modi").
        let rel_end = self.relative_clause_end(
            v,
            site.clause.start,
            site.trigger.past,
            ce,
            &self.cues.person_relatives,
        );
        if rel_end < ce {
            let mut inner = Args::default();
            self.meeting_roles_to(v, site, rel_end, &mut inner);
            if inner.countries().len() >= 2 {
                *out = inner;
                return;
            }
        }
        self.meeting_roles_to(v, site, ce, out);
    }

    /// Where a participle clause of comment opens after the meeting's
    /// trigger: a lowercase "-ing" word right after a comma, past the
    /// trigger and before word `ce`, that is none of
    /// `meeting_participle_keep` ("..., putting Hyundai on an equal footing
    /// with Japanese rivals", "..., noting recent exchanges between Beijing
    /// and Pyongyang"). Only where the words from the clause's start to it
    /// name two countries as parties may: then it says nothing of who met.
    fn comment_participle(&self, v: &View, site: &RoleSite, ce: usize) -> Option<usize> {
        let cs = site.clause.start;
        let p = (site.trigger.past + 1..ce).find(|&i| {
            let w = v.tokens[i].text;
            w.len() >= 5
                && w.ends_with("ing")
                && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && v.article[v.tokens[i - 1].end..v.tokens[i].start].contains(',')
                && !phrase_at(&v.ids, i, &self.cues.meeting_participle_keep)
        })?;
        let countries: std::collections::BTreeSet<&str> = self
            .actors_of(v)
            .iter()
            .filter(|a| a.tok >= cs && a.tok < p)
            .filter(|a| !(self.is_location(v, a) || self.is_owner(v, a)))
            .filter_map(|a| self.lexicon.entry(a.m.entry).country.as_deref())
            .collect();
        (countries.len() >= 2).then_some(p)
    }

    /// Meeting roles from the trigger's clause cut at word `ce`.
    fn meeting_roles_to(&self, v: &View, site: &RoleSite, ce: usize, out: &mut Args) {
        let cs = site.clause.start;
        let (t0, previous) = (site.trigger.first, site.previous);
        let mut orgs = 0usize;
        let mut has_person_before = false;
        // "UK Foreign Secretary Jack Straw, who will hold talks in Beijing":
        // the name a relative clause hangs on is a party to its meeting.
        if cs > 0 && phrase_at(&v.ids, cs, &self.cues.person_relatives) {
            for a in self.antecedent_actors(v, cs) {
                self.push_actor(out, v, a, Role::Participant);
            }
        }
        // What a meeting is about is not a party to it: after "to discuss",
        // "about" or "over", up to the trigger or the clause's end ("agreed to
        // discuss the problems of Afghanistan in its talks with Peking").
        // (The trigger itself may be "discuss".)
        let topic_before = first_phrase_in(&v.ids, cs, t0 + 1, &self.cues.meeting_topic_verbs);
        let topic_after = first_phrase_in(&v.ids, t0 + 1, ce, &self.cues.meeting_topic_preps)
            .into_iter()
            .chain(first_phrase_in(
                &v.ids,
                t0 + 1,
                ce,
                &self.cues.meeting_topic_after,
            ))
            // "Xi told Trump that Taiwan was ...": what a speech-verb
            // trigger reports is content, not a party.
            .chain(
                phrase_at(&v.ids, t0, &self.cues.speech_verbs)
                    .then(|| first_phrase_in(&v.ids, t0 + 1, ce, &self.cues.meeting_speech_content))
                    .flatten(),
            )
            .min();
        let topic = topic_before.or(topic_after).map(|at| {
            let end = if at < t0 { t0 } else { ce };
            let noun = first_phrase_in(&v.ids, at + 1, end, &self.cues.meeting_nouns);
            // "to discuss a rebuilding plan with the ADB": a party again, but
            // not in "trade relations with Japan".
            let with = (at + 1..end).find(|&i| {
                phrase_at(&v.ids, i, &self.cues.partner_preps)
                    && !phrase_at(&v.ids, i - 1, &self.cues.relation_nouns)
            });
            (at, noun.into_iter().chain(with).min().unwrap_or(end))
        });
        let in_topic = |tok: usize| topic.is_some_and(|(at, end)| tok > at && tok < end);
        // "met Miyazawa later today ahead of the G-7 meeting", "called off
        // after Washington doubled its tariff": from a word opening another
        // event's time clause after the trigger to the clause's end, the
        // names are that event's parties.
        // (Not a participle clause, whose subject is the meeting's own
        // traveller: "met Erdogan before travelling on to Baghdad for talks
        // with al-Sudani" is a sequel, parted by split.rs.)
        let other_event =
            first_phrase_in(&v.ids, t0 + 1, ce, &self.cues.meeting_other_event_openers).filter(
                |&at| {
                    let len = self
                        .cues
                        .meeting_other_event_openers
                        .iter()
                        .filter(|p| v.ids.get(at..at + p.len()) == Some(&p[..]))
                        .map(<[u32]>::len)
                        .max()
                        .unwrap_or(1);
                    v.tokens
                        .get(at + len)
                        .is_none_or(|t| !t.text.to_ascii_lowercase().ends_with("ing"))
                },
            );
        let in_other_event = |tok: usize| other_event.is_some_and(|at| tok > at);
        // "held discussions with the Canadian province premiers on the pace
        // of free trade talks with the United States", "talks between
        // Brazil and its major foreign creditors has increased the
        // likelihood that U.S. banks ...": where a country's own
        // counterparts (`meeting_home_parties`) are the meeting's other
        // side, right after the trigger, the places and countries named
        // after them are what the meeting is about, not parties (people,
        // firms and bodies still are: "In a meeting with exporters, Lyng
        // refused ...", "his bank advisory committee, led by Morgan
        // Guaranty"; so is a country joined by "and").
        let home_partner = first_phrase_in(
            &v.ids,
            site.trigger.past,
            (site.trigger.past + HOME_PARTNER_REACH).min(ce),
            &self.cues.meeting_home_parties,
        );
        let comment = self.comment_participle(v, site, ce);
        let mut named_places: Vec<&Placed> = Vec::new();
        let mut other_parties: Vec<Actor> = Vec::new();
        for a in self
            .actors_of(v)
            .iter()
            .filter(|a| a.tok >= cs && a.tok < ce)
        {
            // ("invest US$10 billion", "54.9 mln US dlrs": a currency.)
            if self.is_location(v, a) || self.is_owner(v, a) || self.names_a_currency(v, a) {
                continue;
            }
            let e = self.lexicon.entry(a.m.entry);
            // ... nor where someone came from.
            // "after marathon London talks", "the Busan summit": a city
            // naming the meeting is where it is held, when two parties are
            // named besides ("MANILA MEETING WITH DONORS" is the Philippines').
            let names_the_place =
                matches!(e.kind, ActorKind::Place) && a.tok < t0 && self.modifies(v, a, t0);
            // "after arriving from Malaysia", "arrived in Muscat on
            // Wednesday evening from Ethiopia": where a party came from (a
            // travel verb at most ORIGIN_REACH words before "from", no comma
            // or semicolon between).
            let came_from = self.preceded_by(v, a.tok, &self.cues.origin_preps)
                && self.preceding_word(v, a.tok).is_some_and(|f| {
                    (f.saturating_sub(ORIGIN_REACH)..f).any(|i| {
                        phrase_at(&v.ids, i, &self.cues.meeting_origin_verbs)
                            && !v.article[v.tokens[i].end..v.tokens[f].start].contains([',', ';'])
                    })
                });
            // "... to pave the way for the prime minister's visit to
            // Washington": a trip after the trigger is another event.
            let trip_after = a.tok > t0
                && any_phrase_in(
                    &v.ids,
                    (t0 + 1).max(a.tok.saturating_sub(5)),
                    a.tok,
                    &self.cues.meeting_trip_phrases,
                );
            if names_the_place {
                named_places.push(a);
                continue;
            }
            // "their summit without U.S. President Donald Trump": who stayed away.
            let absent = (a.tok.saturating_sub(4)..a.tok).any(|i| {
                phrase_at(&v.ids, i, &self.cues.meeting_absent_phrases)
                    && !v.article[v.tokens[i].end..v.tokens[a.tok].start].contains([',', ';', '.'])
            });
            // "where ... North Korea are expected to top the agenda": a topic.
            let on_agenda = (a.tok + 1..(a.tok + 9).min(v.tokens.len())).any(|i| {
                phrase_at(&v.ids, i, &self.cues.meeting_agenda_phrases)
                    && !(a.tok + 1..i).any(|j| {
                        j == t0
                            || phrase_at(&v.ids, j, &self.cues.partner_preps)
                            || phrase_at(&v.ids, j, &self.cues.meeting_nouns)
                    })
            });
            // "held talks on Ukraine", "met Wang Yi on North Korea": a topic.
            let topic_on = a.tok > t0 && {
                let mut i = a.tok;
                while i > site.trigger.past && phrase_at(&v.ids, i - 1, &self.cues.determiners) {
                    i -= 1;
                }
                i > site.trigger.past
                    && phrase_at(&v.ids, i - 1, &self.cues.meeting_topic_on)
                    && !v.article[v.tokens[i - 1].end..v.tokens[a.tok].start].contains([',', ';'])
            };
            // "meet in Beijing as Taiwan row deepens", "met ... as US tariffs
            // upend trade flows": the background, not a party (not "such as
            // Japan").
            let background = a.tok > t0
                && self.preceding_word(v, a.tok).is_some_and(|i| {
                    phrase_at(&v.ids, i, &self.cues.meeting_background_openers)
                        && !(i > 0
                            && phrase_at(&v.ids, i - 1, &self.cues.meeting_background_not_after))
                });
            // (They still tell that the sentence names parties: the
            // meeting is one, with its own parties inherited.)
            if in_other_event(a.tok) || background {
                other_parties.push(self.actor(v, a, Role::Participant));
                continue;
            }
            let after_home = home_partner.is_some_and(|h| a.tok > h)
                && matches!(e.kind, ActorKind::Country | ActorKind::Place)
                && !self.preceded_by(v, a.tok, &self.cues.list_joiners);
            if in_topic(a.tok)
                || comment.is_some_and(|p| a.tok > p)
                || after_home
                || topic_on
                || absent
                || on_agenda
                || came_from
                || trip_after
                || self.preceded_by(v, a.tok, &self.cues.meeting_topic_preps)
                || (a.tok > t0 && self.preceded_by(v, a.tok, &self.cues.meeting_topic_after))
                || (matches!(e.kind, ActorKind::Place)
                    && self.preceded_by(v, a.tok, &self.cues.origin_preps))
            {
                continue;
            }
            if e.kind == ActorKind::Organization && e.country.is_none() {
                orgs += 1;
            }
            if e.kind == ActorKind::Person && a.tok < t0 {
                has_person_before = true;
            }
            self.push_actor(out, v, a, Role::Participant);
        }
        if let Some(p) = self.sponsor_verb(v, cs, t0) {
            self.drop_sponsor(v, (p, t0), home_partner.is_some(), out);
        }
        let countries: std::collections::BTreeSet<&str> = out
            .actors
            .iter()
            .filter_map(|a| a.country.as_deref())
            .collect();
        if countries.len() < 2 {
            for a in &named_places {
                self.push_actor(out, v, a, Role::Participant);
            }
        }
        // "at the APEC summit in South Korea", "at a summit in Brussels": the
        // host of a summit that names no two countries of its own, right
        // after it, is a party to it (not of "Trump and Xi held a summit in
        // Busan"). Not when the sentence names someone's meeting before it,
        // by a pronoun or a meeting noun: the summit is then its occasion
        // ("they had brief exchanges at ... the BRICS summit in
        // Johannesburg", "a meeting floated for the ASEAN summit in
        // Malaysia").
        let t1 = site.trigger.past;
        if t1 > t0
            && phrase_at(&v.ids, t1 - 1, &self.cues.meeting_host_gatherings)
            && !any_phrase_in(&v.ids, 0, t0, &self.cues.pronouns)
            && !any_phrase_in(&v.ids, 0, t0, &self.cues.meeting_nouns)
        {
            let held = out.countries();
            let host = self
                .first_place(v, t1, ce)
                .filter(|a| a.tok > t1 && self.preceding_word(v, a.tok) == Some(t1));
            if held.len() < 2
                && let Some(h) = host
                && let Some(c) = self.lexicon.entry(h.m.entry).country.as_deref()
                && !held.contains(&c)
            {
                self.push_actor(out, v, h, Role::Participant);
            }
        }
        // "held talks on the sidelines of the APEC summit in South Korea":
        // the host of a gathering that is a sidelines meeting's setting.
        // (Only beside parties the sentence names: "the two leaders talked
        // ... on the sidelines of" takes its parties from the article,
        // which a host alone would stop.)
        if let Some(h) = self.sidelines_host(v, site, ce) {
            let held = out.countries();
            if !held.is_empty() && h.country.as_deref().is_some_and(|c| !held.contains(&c)) {
                out.push(h);
            }
        }
        // "Jack Straw, who will hold talks in Beijing", "his talks in
        // Washington last week": a capital right after the trigger's "in",
        // where one country's meeting is held, is its host's, the other side
        // (not "talks in Geneva", a city; not a meeting naming no country,
        // "an IMF meeting in Washington"; not a body's gathering, "the OPEC
        // ministerial meeting in Vienna": talks and meeting verbs only).
        let visitor: Option<String> = match out.countries().as_slice() {
            [one] => Some((*one).to_string()),
            _ => None,
        };
        if let Some(visitor) = visitor
            && phrase_at(&v.ids, t1, &self.cues.meeting_host_capital_preps)
            && phrase_at(&v.ids, t1 - 1, &self.cues.meeting_host_capital_triggers)
        {
            let host = self.first_place(v, t1, ce).filter(|a| {
                let e = self.lexicon.entry(a.m.entry);
                e.metonym
                    && e.country.as_deref().is_some_and(|c| c != visitor)
                    && self.preceding_word(v, a.tok) == Some(t1)
            });
            if let Some(h) = host {
                self.push_actor(out, v, h, Role::Participant);
            }
        }
        // "he would meet ...": resolve the pronoun to the latest person named.
        if !has_person_before
            && any_phrase_in(&v.ids, cs, t0, &self.cues.pronouns)
            && let Some(p) = self.latest_person(v, cs, previous)
        {
            out.push(p);
        }
        // "'I spoke with Prime Minister Modi this morning,' Trump said": the
        // speaker of a quote is a party to the meeting its "I" or "we" had.
        if !has_person_before
            && any_phrase_in(&v.ids, cs, t0, &self.cues.first_person)
            && let Some(p) = self.speaker(v, ce)
        {
            out.push(p);
        }
        let mut parties: Vec<(Option<String>, String)> = out
            .actors
            .iter()
            .chain(&other_parties)
            .map(|a| (a.country.clone(), a.name.clone()))
            .collect();
        parties.sort();
        parties.dedup();
        let distinct_countries = {
            let mut cs: Vec<&Option<String>> = parties.iter().map(|p| &p.0).collect();
            cs.dedup();
            cs.len()
        };
        let non_company = out
            .actors
            .iter()
            .chain(&other_parties)
            .any(|a| a.kind != kind_name(ActorKind::Company));
        out.parties_ok = non_company && (distinct_countries >= 2 || orgs >= 1);
        out.location = self.first_location(v, cs, ce);
        // "talks between officials of the two countries" names its parties
        // by reference; they are filled in from the article (inherit_roles).
        let pair = any_phrase_in(&v.ids, cs, ce, &self.cues.pair_phrases);
        out.party_ok = non_company || out.location.is_some() || pair;
    }

    /// The last `meeting_sponsor_verbs` word between the clause's start `cs`
    /// and the trigger at `t0` with no pronoun after it before the trigger:
    /// a verb whose subject reports or urges the meeting ("Trump says
    /// Russia and Ukraine will start talks"), not one whose subject a
    /// pronoun carries into it ("Trump said he would meet Xi"), nor one
    /// whose reported clause holds another meeting or event before the
    /// trigger or makes the meeting its setting ("at today's meeting").
    fn sponsor_verb(&self, v: &View, cs: usize, t0: usize) -> Option<usize> {
        let p = (cs..t0)
            .rev()
            .find(|&i| phrase_at(&v.ids, i, &self.cues.meeting_sponsor_verbs))?;
        let carried = any_phrase_in(&v.ids, p + 1, t0, &self.cues.meeting_sponsor_carriers);
        let setting = any_phrase_in(
            &v.ids,
            (p + 1).max(t0.saturating_sub(3)),
            t0,
            &self.cues.meeting_sponsor_settings,
        );
        // (Nor across another meeting or event before the trigger: "Trump
        // says Russia and Ukraine will start talks after a two-hour Putin
        // call" names the call's own parties apart.)
        let between = any_phrase_in(&v.ids, p + 1, t0, &self.cues.meeting_nouns)
            || any_phrase_in(&v.ids, p + 1, t0, &self.cues.meeting_other_event_openers);
        (!carried && !setting && !between).then_some(p)
    }

    /// Drops from `out` the parties named before the sponsor verb at word
    /// `p` (the trigger at `t0`) whose country the meeting's own sides after it leave out, when a
    /// side is named between the verb and the trigger and the sides after
    /// the verb are two countries, or one meeting its own counterparts
    /// (`home`): "the crown prince urged Washington and Tehran to settle
    /// their differences through talks" is the two capitals' meeting.
    fn drop_sponsor(&self, v: &View, (p, t0): (usize, usize), home: bool, out: &mut Args) {
        let (at, trigger) = (v.tokens[p].start, v.tokens[t0].start);
        let after: std::collections::BTreeSet<String> = out
            .actors
            .iter()
            .filter(|a| a.start > at)
            .filter_map(|a| a.country.clone())
            .collect();
        let named_first = out
            .actors
            .iter()
            .any(|a| a.start > at && a.start < trigger && a.country.is_some());
        if !named_first || !(after.len() >= 2 || (home && !after.is_empty())) {
            return;
        }
        out.actors
            .retain(|a| a.start > at || a.country.as_ref().is_none_or(|c| after.contains(c)));
    }

    /// The host of a gathering named as a sidelines meeting's setting
    /// (`meeting_sidelines_openers`, `meeting_sidelines_gatherings`): the
    /// place right after it ("the APEC summit in South Korea"), else the
    /// first place the sentence names before it ("met in South Korea on
    /// Thursday, on the sidelines of the APEC forum"), else the country of
    /// the sentence's own dateline ("GYEONGJU, South Korea — ... on the
    /// sidelines of the APEC summit").
    fn sidelines_host(&self, v: &View, site: &RoleSite, ce: usize) -> Option<Actor> {
        let (t0, t1) = (site.trigger.first, site.trigger.past);
        if t1 == 0 || !phrase_at(&v.ids, t1 - 1, &self.cues.meeting_sidelines_gatherings) {
            return None;
        }
        let opener = (t0.saturating_sub(SIDELINES_REACH)..t0).find(|&i| {
            phrase_at(&v.ids, i, &self.cues.meeting_sidelines_openers)
                && !v.article[v.tokens[i].end..v.tokens[t0].start].contains([',', ';'])
        })?;
        let after = self
            .first_place(v, t1, ce)
            .filter(|a| self.preceding_word(v, a.tok) == Some(t1));
        let placed = after.or_else(|| self.first_place(v, 0, opener));
        if let Some(h) = placed {
            return self
                .lexicon
                .entry(h.m.entry)
                .country
                .is_some()
                .then(|| self.actor(v, h, Role::Participant));
        }
        let all = self.all_actors_of(v);
        let dateline = &all[..all.len() - self.actors_of(v).len()];
        dateline
            .iter()
            .rev()
            .find(|a| self.lexicon.entry(a.m.entry).country.is_some())
            .map(|a| self.actor(v, a, Role::Participant))
    }

    /// Whether a meeting meets its one country's own counterparts
    /// (`meeting_home_parties`: "banks", "premiers"; see
    /// [`super::super::article::SentenceFacts::home`]): the sentence names
    /// such a party, and a country of the event is named before the
    /// trigger, or after it as other than a company and not as the home
    /// party's own modifier ("talks between the Philippine government and
    /// its bank advisory committee", "banks that will meet with Volcker";
    /// not "his bank advisory committee, led by Morgan Guaranty", nor
    /// "talks with Japanese banks"). A meeting naming no country at all
    /// with such a party ("For talks with 11 banks", "after five hours of
    /// meetings with the 10 premiers") is one too: its country is the
    /// article's own, not every party of the meeting last named.
    pub(crate) fn meets_home_parties(&self, v: &View, event: &crate::event::Event) -> bool {
        let home = &self.cues.meeting_home_parties;
        if !any_phrase_in(&v.ids, 0, v.ids.len(), home) {
            return false;
        }
        if event.actors.iter().all(|a| a.country.is_none()) {
            return true;
        }
        event.actors.iter().any(|a| {
            if a.country.is_none() {
                return false;
            }
            if a.start < event.trigger.start {
                return true;
            }
            let after = v.token_from(a.end).unwrap_or(v.tokens.len());
            a.kind != kind_name(ActorKind::Company)
                && !any_phrase_in(&v.ids, after, (after + 3).min(v.ids.len()), home)
        })
    }

    /// The speaker named after the clause ending at `ce`: a person or country
    /// right before or after a speech verb ("Trump said", "said Lee", "the
    /// Kremlin told reporters").
    fn speaker(&self, v: &View, ce: usize) -> Option<Actor> {
        let speech = |i: usize| phrase_at(&v.ids, i, &self.cues.speech_verbs);
        self.actors_of(v)
            .iter()
            .filter(|a| a.tok >= ce && self.lexicon.entry(a.m.entry).kind != ActorKind::Place)
            .find(|a| {
                let end = (a.tok..v.tokens.len())
                    .find(|&i| v.tokens[i].start >= a.m.end)
                    .unwrap_or(v.tokens.len());
                speech(end) || (a.tok > 0 && speech(a.tok - 1))
            })
            .map(|a| self.actor(v, a, Role::Participant))
    }

    /// The person a pronoun most likely refers to: the first person named in
    /// this sentence before the clause, else in the nearest of the three
    /// sentences before.
    pub(crate) fn latest_person(
        &self,
        v: &View,
        cs: usize,
        previous: &[Sentence],
    ) -> Option<Actor> {
        let is_person = |m: &ActorMatch| self.lexicon.entry(m.entry).kind == ActorKind::Person;
        // The subject of the sentence (its first person) is the likeliest referent.
        if let Some(p) = self
            .actors_of(v)
            .iter()
            .find(|a| a.tok < cs && is_person(&a.m))
        {
            return Some(self.actor(v, p, Role::Participant));
        }
        for s in previous.iter().rev().take(3) {
            let found = self.lexicon.find_in(&v.cx.scope, s.start, s.end, v.day);
            if let Some(m) = found.iter().find(|m| is_person(m)) {
                return Some(self.actor_from(v.article, m, Role::Participant));
            }
        }
        None
    }
}
