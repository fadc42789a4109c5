//! Other senses of a trigger word that the rules' veto windows miss, found
//! by the word's place in the sentence or the article (issue #15): "meet"
//! whose object is a thing ("could not meet the remaining principal
//! repayments"), one body's own meeting ("a meeting of the Rice Price
//! Council", "the panel's May 28 meeting"), and a duty or levy word whose
//! domestic sense the article has set ("the cereals co-responsibility levy
//! ... the rate of levy": one sense per discourse).

use super::*;
use crate::lexicon::ActorKind;

/// Words after a meeting verb searched for its object.
const OBJECT_SPAN: usize = 10;
/// Words before a meeting noun searched for the body that holds it.
const HOLDER_BEFORE: usize = 4;
/// Words after "of" following a meeting noun searched for that body.
const HOLDER_AFTER: usize = 6;
/// Words after a possessive searched for the staff noun it governs.
const STAFF_WORDS: usize = 4;
/// Words between a speech word (or its determiner) and the gathering it
/// is made to.
const AUDIENCE_WORDS: usize = 4;
/// Words before a subject "it" searched for the body it stands for.
const ANTECEDENT_BEFORE: usize = 12;
/// Words either side of a duty or levy word read for its sense.
const SENSE_WINDOW: usize = 3;
/// Words before a pledge verb searched for the money it commits.
const MONEY_BEFORE: usize = 6;
/// Words after a pledge verb searched for the money it commits.
const MONEY_AFTER: usize = 10;

impl Extractor {
    /// Whether an actor's name covers word `i`.
    fn actor_at<'v>(&self, v: &'v View, i: usize) -> Option<&'v Placed> {
        let t = &v.tokens[i];
        self.actors_of(v)
            .iter()
            .find(|a| a.m.start <= t.start && t.start < a.m.end)
    }

    /// Whether punctuation that ends a phrase (comma, semicolon, colon,
    /// bracket, quote) stands between word `i - 1` and word `i`.
    fn phrase_break_before(v: &View, i: usize) -> bool {
        i > 0
            && v.article[v.tokens[i - 1].end..v.tokens[i].start]
                .contains([',', ';', ':', '(', ')', '"', '—'])
    }

    /// Like [`Self::phrase_break_before`], but brackets do not break a
    /// name's phrase ("the Federal Open Market Committee (FOMC) meeting").
    fn name_break_before(v: &View, i: usize) -> bool {
        i > 0
            && v.article[v.tokens[i - 1].end..v.tokens[i].start].contains([',', ';', ':', '"', '—'])
    }

    /// Whether the sentence's capitals say nothing of names: all in
    /// capitals, or in title case (four in five of its words capitalised),
    /// as headlines are.
    fn capitalised_throughout(v: &View) -> bool {
        let words = v
            .tokens
            .iter()
            .filter(|t| t.text.starts_with(|ch: char| ch.is_alphabetic()));
        let (mut all, mut caps) = (0usize, 0usize);
        for t in words {
            all += 1;
            caps += usize::from(t.text.starts_with(|ch: char| ch.is_uppercase()));
        }
        is_all_caps_sentence(v) || (all > 0 && caps * 5 >= all * 4)
    }

    /// Whether a meeting verb (`meet_sense_verbs`) at `trigger` means
    /// "satisfy", not "meet with": passive with no agent ("if our timetable
    /// isn't met", "the goal was met"), or with an object that names no
    /// party ("could not meet the remaining four principal repayments",
    /// "meets the first two criteria", "would meet a strong response").
    /// The object runs from the next word to a `meet_object_stops` word
    /// (a preposition, an adverb of time or place), a comma or the clause
    /// end `ce`; its last word names a party when an actor's name covers
    /// it, it is a `meeting_party_nouns` word ("bankers", "officials",
    /// "him"), or, outside headlines, it is capitalised (a name the lexicon
    /// lacks). "Meeting" counts as a verb only before a
    /// `meet_object_openers` word and not after a determiner ("not meeting
    /// the EPA standards"; not "the meeting the ministers held").
    pub(crate) fn meets_a_thing(&self, v: &View, trigger: &TriggerSpan, ce: usize) -> bool {
        let c = &self.cues;
        let t0 = trigger.first;
        if trigger.past != t0 + 1 || !phrase_at(&v.ids, t0, &c.meet_sense_verbs) {
            return false;
        }
        let word = v.tokens[t0].text.to_lowercase();
        if word == "meeting"
            && (t0 + 1 >= ce
                || !phrase_at(&v.ids, t0 + 1, &c.meet_object_openers)
                || t0 == 0
                || !phrase_at(&v.ids, t0 - 1, &c.meeting_verb_before))
        {
            return false;
        }
        // Passive: "was met", "have been met", "isn't met" (an adverb may
        // stand between); an agent after "by" is a party ("was met by
        // Japanese officials").
        if word == "met" {
            let mut i = t0;
            while i > 0 && phrase_at(&v.ids, i - 1, &c.meet_passive_adverbs) {
                i -= 1;
            }
            let negated_aux = i > 0 && {
                let w = v.tokens[i - 1].text.to_lowercase().replace('’', "'");
                w.ends_with("n't") && w != "don't" && w != "didn't" && w != "doesn't"
            };
            if i > 0 && (phrase_at(&v.ids, i - 1, &c.passive_auxiliaries) || negated_aux) {
                let agent = (t0 + 1..ce.min(t0 + 1 + OBJECT_SPAN))
                    .any(|k| phrase_at(&v.ids, k, &c.agent_preps));
                return !agent;
            }
        }
        // "met with success", "meets with strong resistance": a reception,
        // when a `meet_reception_nouns` word follows "with" and no party does
        // ("met with wheat growers", "met with Japanese officials").
        if word != "meeting" && t0 + 2 < ce && phrase_at(&v.ids, t0 + 1, &c.partner_preps) {
            let hi = ce.min(t0 + 2 + OBJECT_SPAN);
            let mut end = t0 + 2;
            while end < hi
                && !(end > t0 + 2 && phrase_at(&v.ids, end, &c.meet_object_stops))
                && !Self::phrase_break_before(v, end)
            {
                end += 1;
            }
            let party = (t0 + 2..end).any(|k| {
                self.actor_at(v, k).is_some()
                    || phrase_at(&v.ids, k, &c.meeting_party_nouns)
                    || v.tokens[k].text.starts_with(|ch: char| ch.is_uppercase())
            });
            return !party && any_phrase_in(&v.ids, t0 + 2, end, &c.meet_reception_nouns);
        }
        let o0 = t0 + 1;
        let hi = ce.min(o0 + OBJECT_SPAN);
        let mut end = o0;
        // A joiner before a new clause's verb ends the object too ("met
        // the mines minister and will today hold talks", "met Macron and
        // held talks with the envoys": a finite verb or a lowercase past
        // verb in "-ed" after the joiner).
        let new_clause = |k: usize| {
            phrase_at(&v.ids, k, &c.clause_joiners)
                && (phrase_at(&v.ids, k + 1, &c.clause_continuers)
                    || phrase_at(&v.ids, k + 1, &c.finite_verbs)
                    || v.tokens.get(k + 1).is_some_and(|t| {
                        t.text.len() > 4
                            && t.text.ends_with("ed")
                            && t.text.starts_with(|ch: char| ch.is_ascii_lowercase())
                    }))
        };
        while end < hi
            && !phrase_at(&v.ids, end, &c.meet_object_stops)
            && !Self::phrase_break_before(v, end)
            && !new_clause(end)
        {
            end += 1;
        }
        // No object, or a verb after a noun "meet" ("PARIS MEET AGREED NOT
        // TO PUBLISH BANDS").
        if end == o0
            || v.tokens[o0].text.to_lowercase().ends_with("ed")
            || (end < hi && phrase_at(&v.ids, end, &c.meet_count_words))
        {
            return false;
        }
        let head = end - 1;
        let party = self.actor_at(v, head).is_some()
            || phrase_at(&v.ids, head, &c.meeting_party_nouns)
            || (!Self::capitalised_throughout(v)
                && v.tokens[head]
                    .text
                    .starts_with(|ch: char| ch.is_uppercase()));
        !party
    }

    /// Whether "meet" at `trigger` has its object moved before it by an
    /// adjective of ease (`meet_ease_words` within six words before "to
    /// meet" in its clause `cs..ce`) and nothing after it: "regulations are
    /// easier to meet", "requirements too high for some companies to meet".
    /// Such a "meet" means "satisfy".
    pub(crate) fn meet_object_before(
        &self,
        v: &View,
        trigger: &TriggerSpan,
        (cs, ce): (usize, usize),
    ) -> bool {
        let c = &self.cues;
        let t0 = trigger.first;
        if trigger.past != t0 + 1
            || t0 == 0
            || !v.tokens[t0].text.eq_ignore_ascii_case("meet")
            || !phrase_at(&v.ids, t0 - 1, &c.infinitive_markers)
        {
            return false;
        }
        // Nothing after "meet" but the clause's end or a stop word.
        if trigger.past < ce
            && !phrase_at(&v.ids, trigger.past, &c.meet_object_stops)
            && !Self::phrase_break_before(v, trigger.past)
        {
            return false;
        }
        let lo = t0.saturating_sub(7).max(cs);
        any_phrase_in(&v.ids, lo, t0 - 1, &c.meet_ease_words)
    }

    /// Whether a meeting verb at `trigger` (`meet_sense_verbs` other than
    /// "meeting") has one body for subject and no partner, the body's own
    /// session (ANNOTATION.md v1.1): the word right before the verb and its
    /// auxiliaries (`meet_verb_chain`: "was due to", "is expected to") is a
    /// `subject_body_nouns` word ("the bank advisory committee meets
    /// tomorrow", "Amicus's executive was due to meet"), the verb has no
    /// object (the next word is a `meet_object_stops` word, a break or the
    /// clause's end `ce`) and no partner follows in its clause
    /// (`own_meeting_partners`: "the committee met with bankers"). A body of
    /// states is no one body: an international body or the EU named in the
    /// subject's words ("the EC Commission met"), or a `gathering_words`
    /// word there ("OPEC's ministerial committee"). A subject "it" stands
    /// for the nearest such body noun before it ("the cabinet is expected to
    /// back the bill when it meets tomorrow").
    pub(crate) fn body_meets_alone(
        &self,
        v: &View,
        trigger: &TriggerSpan,
        (cs, ce): (usize, usize),
    ) -> bool {
        let c = &self.cues;
        let t0 = trigger.first;
        if trigger.past != t0 + 1
            || !phrase_at(&v.ids, t0, &c.meet_sense_verbs)
            || v.tokens[t0].text.eq_ignore_ascii_case("meeting")
        {
            return false;
        }
        if trigger.past < ce
            && !phrase_at(&v.ids, trigger.past, &c.meet_object_stops)
            && !Self::phrase_break_before(v, trigger.past)
        {
            return false;
        }
        if any_phrase_in(&v.ids, trigger.past, ce, &c.own_meeting_partners) {
            return false;
        }
        let mut i = t0;
        while i > cs && phrase_at(&v.ids, i - 1, &c.meet_verb_chain) {
            i -= 1;
        }
        if i == cs || Self::phrase_break_before(v, i) {
            return false;
        }
        let mut head = i - 1;
        // "it" for subject: the body it stands for is the nearest
        // `subject_body_nouns` word before it in the sentence, with no other
        // party between ("Kohl's cabinet is expected to back the bill when
        // it meets tomorrow").
        if v.tokens[head].text.eq_ignore_ascii_case("it") {
            let Some(b) = (0..head)
                .rev()
                .take(ANTECEDENT_BEFORE)
                .take_while(|&k| self.actor_at(v, k).is_none())
                .find(|&k| phrase_at(&v.ids, k, &c.subject_body_nouns))
            else {
                return false;
            };
            head = b;
        }
        if !phrase_at(&v.ids, head, &c.subject_body_nouns) {
            return false;
        }
        // A capitalised body may gather states ("The Interim Committee
        // meets next week"): only one named with its country is one body's
        // ("the Philippine Cabinet meets"); a headline's capitals say nothing.
        let capital = v.tokens[head]
            .text
            .starts_with(|ch: char| ch.is_uppercase());
        if capital && Self::capitalised_throughout(v) {
            return false;
        }
        let mut national = !capital;
        // The subject's words: back to a holder stop or a break.
        let mut k = head;
        while k > cs
            && head - k < HOLDER_BEFORE
            && !phrase_at(&v.ids, k - 1, &c.holder_stops)
            && !Self::name_break_before(v, k)
        {
            k -= 1;
        }
        for j in k..=head {
            if phrase_at(&v.ids, j, &c.gathering_words) {
                return false;
            }
            if let Some(a) = self.actor_at(v, j) {
                let e = self.lexicon.entry(a.m.entry);
                if matches!(e.country.as_deref(), None | Some("EU")) {
                    return false;
                }
                national = true;
            }
        }
        national
    }

    /// Whether the meeting noun at `trigger` (`own_meeting_nouns`) is one
    /// body's own session, which ANNOTATION.md (v1.1) excludes: a body
    /// noun (`own_body_nouns`: committee, council, board, panel, party,
    /// parliament, workforce ...) holds it, in the words right before it
    /// ("the weekly National Coffee Committee meeting", "the panel's May
    /// 28-29 meeting", "Upper House session") or after its "of" ("a meeting
    /// of the Rice Price Council", "a meeting of his Free Democratic
    /// Party"), and that body is not a gathering of states: no actor there
    /// is an international body or the EU, no two countries are named
    /// there, no `gathering_words` word ("ministerial", "nations") stands
    /// there, and no partner is named right after the meeting or its body
    /// ("a committee meeting with Japanese officials").
    pub(crate) fn own_body_meeting(
        &self,
        v: &View,
        trigger: &TriggerSpan,
        (cs, ce): (usize, usize),
    ) -> bool {
        let c = &self.cues;
        let t0 = trigger.first;
        if trigger.past != t0 + 1 || !phrase_at(&v.ids, t0, &c.own_meeting_nouns) {
            return false;
        }
        let mut holder: Vec<usize> = Vec::new();
        let mut i = t0;
        while i > cs
            && t0 - i < HOLDER_BEFORE
            && !phrase_at(&v.ids, i - 1, &c.holder_stops)
            && !Self::name_break_before(v, i)
        {
            i -= 1;
            holder.push(i);
        }
        let mut holder_end = trigger.past;
        if t0 + 2 < ce && v.tokens[t0 + 1].text.eq_ignore_ascii_case("of") {
            let mut k = t0 + 2;
            while k < ce
                && k < t0 + 2 + HOLDER_AFTER
                && (k == t0 + 2 || !Self::name_break_before(v, k))
                && (!phrase_at(&v.ids, k, &c.holder_stops) || phrase_at(&v.ids, k, &c.determiners))
            {
                holder.push(k);
                k += 1;
            }
            holder_end = k;
        }
        let headline = Self::capitalised_throughout(v);
        // "House" in "White House" is a place standing for a government.
        let place = |k: usize| {
            self.actor_at(v, k).is_some_and(|a| {
                let e = self.lexicon.entry(a.m.entry);
                e.metonym || e.kind == ActorKind::Place
            })
        };
        // A body noun in a name: capitalised itself ("the National Coffee
        // Committee"), or lowercase right after a capitalised word of the
        // holder ("the parliamentary Labour party", "the ruling MPR party").
        let capital = |k: usize| v.tokens[k].text.starts_with(|ch: char| ch.is_uppercase());
        let body = |k: usize| {
            !place(k) && phrase_at(&v.ids, k, &c.own_body_nouns)
                || (!headline
                    && !place(k)
                    && phrase_at(&v.ids, k, &c.named_body_nouns)
                    && (capital(k)
                        || (k > cs && k - 1 != t0 && holder.contains(&(k - 1)) && capital(k - 1))))
        };
        // One institution's organ: a lowercase body noun held by a
        // national agency ("today's FDA committee meeting", "the Bundesbank
        // council meeting"), a body named by its name's acronym ("the FOMC
        // meeting"), or a body noun in the possessive after a determiner,
        // which refers back to one body ("the panel's May 28-29 meeting").
        let institution = holder.iter().any(|&k| self.national_agency_at(v, k));
        let organ = |k: usize| {
            institution && !place(k) && phrase_at(&v.ids, k, &c.named_body_nouns)
                || self.body_acronym_at(v, k)
                || (k == i
                    && k > cs
                    && phrase_at(&v.ids, k - 1, &c.determiners)
                    && self.possessive_body_noun(v.tokens[k].text))
        };
        if !holder.iter().any(|&k| body(k) || organ(k)) {
            return false;
        }
        if holder
            .iter()
            .any(|&k| phrase_at(&v.ids, k, &c.gathering_words))
        {
            return false;
        }
        let mut countries: Vec<&str> = Vec::new();
        for &k in &holder {
            if let Some(a) = self.actor_at(v, k) {
                let e = self.lexicon.entry(a.m.entry);
                match e.country.as_deref() {
                    None | Some("EU") => return false,
                    Some(code) => {
                        if !countries.contains(&code) {
                            countries.push(code);
                        }
                    }
                }
            }
        }
        if countries.len() > 1 {
            return false;
        }
        // A partner named right after the meeting or its body ("a committee
        // meeting with Japanese officials"), not later in the clause ("a
        // meeting of the Economic Policy Council to consider its pact with
        // the U.S.").
        !any_phrase_in(
            &v.ids,
            trigger.past,
            (holder_end + 3).min(ce),
            &c.own_meeting_partners,
        )
    }

    /// Whether a talk trigger at `trigger` (neither a `meet_sense_verbs`
    /// word nor an `own_meeting_nouns` one: "discuss", "talks") only says
    /// what one body's own session took up: its clause `cs..ce` names such
    /// a session ([`Self::own_body_meeting`]: "at a cabinet meeting
    /// tomorrow", "a cabinet meeting during which trade was discussed")
    /// that the talk takes place at (after the talk word, or followed
    /// closely by a `session_content_openers` word) and
    /// no partner (`partner_preps`: "discussed trade with Japanese
    /// officials at a cabinet meeting" stays).
    pub(crate) fn talk_at_own_session(
        &self,
        v: &View,
        trigger: &TriggerSpan,
        (cs, ce): (usize, usize),
    ) -> bool {
        let c = &self.cues;
        let t0 = trigger.first;
        if phrase_at(&v.ids, t0, &c.meet_sense_verbs)
            || phrase_at(&v.ids, t0, &c.own_meeting_nouns)
            || any_phrase_in(&v.ids, cs, ce, &c.partner_preps)
        {
            return false;
        }
        // The session is what the talk happens at: it follows the talk
        // word, or a `session_content_openers` word follows it closely.
        let linked = |k: usize| {
            k >= trigger.past
                || (k + 1..t0.min(k + 9)).any(|j| {
                    phrase_at(&v.ids, j, &c.session_content_openers)
                        && (j + 1 == t0 || !v.tokens[j].text.eq_ignore_ascii_case("to"))
                })
        };
        (cs..ce).any(|k| {
            (k < t0 || k >= trigger.past)
                && linked(k)
                && phrase_at(&v.ids, k, &c.own_meeting_nouns)
                && self.own_body_meeting(
                    v,
                    &TriggerSpan {
                        start: v.tokens[k].start,
                        end: v.tokens[k].end,
                        first: k,
                        past: k + 1,
                    },
                    (cs, ce),
                )
        })
    }

    /// Whether a meeting noun or an intransitive meeting verb at `trigger`
    /// is a central bank's own policy session, which ANNOTATION.md (v1.1)
    /// excludes ("a central bank's policy meeting"): the nearest party
    /// named before it in the sentence (or, when none is, the first one
    /// after it in its clause `cs..ce`) is a monetary body, either a
    /// `monetary_bodies` phrase ("the Monetary Policy Committee's meeting",
    /// "its central bank council meeting", "rate-setters would decide
    /// meeting by meeting") or a national agency whose name holds one or
    /// reads "Bank of ..." ("the Fed's next meeting", "the Federal Reserve
    /// eases further at its December meeting", "ECB holds rates for a third
    /// straight meeting", "At the prior meeting, the FOMC set"). Not when a
    /// partner follows (`own_meeting_partners`: "the Fed met with bankers"),
    /// the verb has an object ("Volcker met Miyazawa": another party is
    /// nearer), the clause gathers several bodies (`gathering_words`,
    /// `monetary_gathering_words`: "finance ministers and central bank
    /// governors meet"), or two countries' parties stand between the body
    /// and the meeting.
    pub(crate) fn monetary_body_session(
        &self,
        v: &View,
        trigger: &TriggerSpan,
        (cs, ce): (usize, usize),
    ) -> bool {
        let c = &self.cues;
        let t0 = trigger.first;
        let noun = phrase_at(&v.ids, t0, &c.own_meeting_nouns);
        if trigger.past != t0 + 1 || !(noun || phrase_at(&v.ids, t0, &c.meet_sense_verbs)) {
            return false;
        }
        if any_phrase_in(&v.ids, trigger.past, ce, &c.own_meeting_partners)
            || any_phrase_in(&v.ids, cs, ce, &c.gathering_words)
            || any_phrase_in(&v.ids, cs, ce, &c.monetary_gathering_words)
        {
            return false;
        }
        // A verb with an object meets someone ("met Japanese officials").
        let word = v.tokens[t0].text;
        let verb = !noun || !word.eq_ignore_ascii_case("meeting");
        if verb
            && trigger.past < ce
            && !phrase_at(&v.ids, trigger.past, &c.meet_object_stops)
            && !Self::phrase_break_before(v, trigger.past)
        {
            return false;
        }
        // The party at word `k`: Some(true) for a monetary body, Some(false)
        // for any other actor, None for no party.
        let party = |k: usize| -> Option<bool> {
            if let Some(a) = self.actor_at(v, k) {
                let e = self.lexicon.entry(a.m.entry);
                let name = e.name.to_lowercase();
                let monetary = e.kind == ActorKind::Agency
                    && (name.starts_with("bank of")
                        || self
                            .rules
                            .role_cues("monetary_bodies")
                            .iter()
                            .any(|m| crate::lexicon::contains_word(&name, m))
                        || e.aliases.iter().any(|al| {
                            let al = al.to_lowercase();
                            self.rules.role_cues("monetary_bodies").contains(&al)
                        }));
                return Some(monetary);
            }
            phrase_at(&v.ids, k, &c.monetary_bodies).then_some(true)
        };
        let mut found = None;
        for k in (0..t0).rev() {
            if let Some(m) = party(k) {
                found = Some((k, m));
                break;
            }
        }
        let Some((k, true)) =
            found.or_else(|| (trigger.past..ce).find_map(|k| party(k).map(|m| (k, m))))
        else {
            return false;
        };
        // Two countries' parties between the body and the meeting: a
        // meeting of more than one.
        let (lo, hi) = if k < t0 {
            (k, t0)
        } else {
            (trigger.past, k + 1)
        };
        let mut countries: Vec<&str> = Vec::new();
        for j in lo..hi {
            if let Some(a) = self.actor_at(v, j)
                && let Some(code) = self.lexicon.entry(a.m.entry).country.as_deref()
                && !countries.contains(&code)
            {
                countries.push(code);
            }
        }
        countries.len() < 2
    }

    /// Whether word `k` is in a national agency's name (one institution of
    /// one country: "FDA", "Bundesbank"), whose committee or council is one
    /// body's organ.
    fn national_agency_at(&self, v: &View, k: usize) -> bool {
        self.actor_at(v, k).is_some_and(|a| {
            let e = self.lexicon.entry(a.m.entry);
            e.kind == ActorKind::Agency
                && !e.metonym
                && e.country.as_deref().is_some_and(|c| c != "EU")
        })
    }

    /// Whether word `k` is the acronym of a national agency's name that ends
    /// in a `named_body_nouns` word ("FOMC": Federal Open Market Committee,
    /// "NSC": National Security Council): one body, named in short.
    fn body_acronym_at(&self, v: &View, k: usize) -> bool {
        let t = v.tokens[k].text;
        if t.len() < 3
            || !t.chars().all(|ch| ch.is_ascii_uppercase())
            || !self.national_agency_at(v, k)
        {
            return false;
        }
        let Some(a) = self.actor_at(v, k) else {
            return false;
        };
        let e = self.lexicon.entry(a.m.entry);
        let bodies = self.rules.role_cues("named_body_nouns");
        std::iter::once(&e.name).chain(&e.aliases).any(|name| {
            let words: Vec<&str> = name
                .split_whitespace()
                .filter(|w| w.starts_with(|ch: char| ch.is_uppercase()))
                .collect();
            let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
            initials == t
                && words
                    .last()
                    .is_some_and(|w| bodies.iter().any(|b| b.eq_ignore_ascii_case(w)))
        })
    }

    /// Whether `word` is a lowercase `named_body_nouns` word in the
    /// possessive ("panel's", "committee's").
    fn possessive_body_noun(&self, word: &str) -> bool {
        word.starts_with(|ch: char| ch.is_lowercase())
            && word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("\u{2019}s"))
                .is_some_and(|w| {
                    self.rules
                        .role_cues("named_body_nouns")
                        .iter()
                        .any(|b| b == w)
                })
    }

    /// Whether a meeting verb or noun (`meet_sense_verbs`), or a trip or
    /// talk word (`genre_meeting_words`), at `trigger` stands in a sports
    /// story or an arts story (three distinct `sports_genre_words`, or three
    /// distinct `arts_genre_words`, in the article) with no partner after
    /// "with" and no `sports_meeting_parties` word in its clause `cs..ce`,
    /// and no office holder, agency or international body named there: a
    /// fixture, an athletics meeting, a team's away trip, a star's travels
    /// or a film's title, which ANNOTATION.md (v1.1) excludes ("when they
    /// meet Wales on Saturday", "the best thing to come out of the meet",
    /// "they will travel to Paris in a fortnight", "on a visit to India, the
    /// actor said", "his new comedy, Meet the Fockers"); "the club's
    /// officials met with its banks", "FAI officials met representatives
    /// from Switzerland" stay.
    pub(crate) fn sports_fixture(
        &self,
        v: &View,
        trigger: &TriggerSpan,
        (cs, ce): (usize, usize),
    ) -> bool {
        let c = &self.cues;
        let t0 = trigger.first;
        let meet_word = trigger.past == t0 + 1 && phrase_at(&v.ids, t0, &c.meet_sense_verbs);
        if !(meet_word || phrase_at(&v.ids, t0, &c.genre_meeting_words))
            || any_phrase_in(&v.ids, trigger.past, ce, &c.partner_preps)
            || any_phrase_in(&v.ids, cs, ce, &c.sports_meeting_parties)
        {
            return false;
        }
        // An office holder, an agency or an international body named in the
        // clause meets: "Reagan will meet Nakasone at the final in Tokyo".
        let (from, to) = (v.tokens[cs].start, v.tokens[ce.max(cs + 1) - 1].end);
        if self.actors_of(v).iter().any(|a| {
            a.m.start >= from
                && a.m.start < to
                && matches!(
                    self.lexicon.entry(a.m.entry).kind,
                    ActorKind::Person | ActorKind::Agency | ActorKind::Organization
                )
        }) {
            return false;
        }
        *v.cx.sports.get_or_init(|| {
            let genre = |c: &[usize]| c[0] >= 3 || c[1] >= 3;
            genre(
                &self
                    .lists
                    .sports_arts_words
                    .counts_until(v.lower_article(), genre),
            )
        })
    }

    /// Whether a gathering noun (`audience_gathering_nouns`) at `trigger` is
    /// the audience of a speech, which ANNOTATION.md (v1.1) excludes ("a
    /// speech to a conference"): right before it, in its clause `cs..ce`
    /// and with no phrase break, stands one of `audience_speech_words`,
    /// then at most a determiner (`meet_object_openers`) and up to
    /// [`AUDIENCE_WORDS`] more words, none a determiner, a
    /// `meet_object_stops`, `meeting_party_nouns` or gathering word ("told
    /// the Qatar Economic Forum that", "in an address to a private meeting
    /// of businessmen"). "Told reporters after the meeting", "told a news
    /// conference yesterday's meeting agreed" and "told agriculture
    /// ministers meeting in Brussels" name no audience; a gathering of
    /// states stays a meeting (two countries in its name, or an
    /// international body or a `gathering_words` word after its "of").
    pub(crate) fn speech_to_gathering(
        &self,
        v: &View,
        trigger: &TriggerSpan,
        (cs, _ce): (usize, usize),
    ) -> bool {
        let c = &self.cues;
        let t0 = trigger.first;
        if trigger.past != t0 + 1 || !phrase_at(&v.ids, t0, &c.audience_gathering_nouns) {
            return false;
        }
        // Whether a speech word of the clause ends right before word `end`.
        let speech_ends_at = |end: usize| {
            (end.saturating_sub(3)..end)
                .any(|s| s >= cs && phrase_len_at(&v.ids, s, &c.audience_speech_words) == end - s)
        };
        // Walk back over the audience's modifiers to its determiner or the
        // speech word.
        let mut k = t0;
        let mut modifiers = 0;
        let audience = loop {
            if k <= cs || Self::phrase_break_before(v, k) {
                return false;
            }
            if speech_ends_at(k) {
                break k;
            }
            let w = k - 1;
            if phrase_at(&v.ids, w, &c.meet_object_openers) {
                if w > cs && !Self::phrase_break_before(v, w) && speech_ends_at(w) {
                    break w;
                }
                return false;
            }
            if modifiers == AUDIENCE_WORDS
                || phrase_at(&v.ids, w, &c.meet_object_stops)
                || phrase_at(&v.ids, w, &c.meeting_party_nouns)
                || phrase_at(&v.ids, w, &c.audience_gathering_nouns)
            {
                return false;
            }
            modifiers += 1;
            k = w;
        };
        // A gathering of states is a meeting whoever speaks to it: named
        // by two countries ("the Syrian-Saudi Investment Forum") or by an
        // international body ("a GATT meeting", "a summit of the Gulf
        // Cooperation Council"), or with a `gathering_words` word after
        // its "of" ("a conference of ASEAN foreign ministers").
        let of_end = if t0 + 2 < v.tokens.len() && v.tokens[t0 + 1].text.eq_ignore_ascii_case("of")
        {
            (t0 + 2 + HOLDER_AFTER).min(v.tokens.len())
        } else {
            t0 + 1
        };
        if of_end > t0 + 1 && any_phrase_in(&v.ids, t0 + 2, of_end, &c.gathering_words) {
            return false;
        }
        let (from, to) = (v.tokens[audience].start, v.tokens[of_end - 1].end);
        let mut countries: Vec<&str> = Vec::new();
        for a in self.actors_of(v) {
            if a.m.start < from || a.m.start >= to {
                continue;
            }
            let e = self.lexicon.entry(a.m.entry);
            if e.kind == ActorKind::Organization {
                return false;
            }
            if let Some(code) = e.country.as_deref()
                && !countries.contains(&code)
            {
                countries.push(code);
            }
        }
        countries.len() < 2
    }

    /// Whether a meeting verb or noun at `trigger` has only the subject's
    /// own people for partner, one side's own session (ANNOTATION.md v1.1:
    /// a cabinet, one body's session): right after it (or after its
    /// "with") stands a possessive (`own_staff_possessives`: his, her, their,
    /// its) and within [`STAFF_WORDS`] words an `own_staff_nouns` word
    /// ("Reagan was meeting with his top economic advisers", "the minister
    /// met his aides"), and no party but a place is named after it in its
    /// clause `..ce` ("met his advisers and then Japan's envoy" stays; "his
    /// Japanese counterpart" names no staff).
    pub(crate) fn meets_own_staff(&self, v: &View, trigger: &TriggerSpan, ce: usize) -> bool {
        let c = &self.cues;
        let t0 = trigger.first;
        if trigger.past != t0 + 1
            || !(phrase_at(&v.ids, t0, &c.meet_sense_verbs)
                || phrase_at(&v.ids, t0, &c.own_meeting_nouns))
        {
            return false;
        }
        // Its "with" may follow a time ("was meeting this afternoon with").
        let mut p = trigger.past;
        if let Some(w) = (p..(p + 4).min(ce))
            .take_while(|&k| self.actor_at(v, k).is_none())
            .find(|&k| phrase_at(&v.ids, k, &c.own_meeting_partners))
        {
            p = w + 1;
        }
        if p >= ce || !phrase_at(&v.ids, p, &c.own_staff_possessives) {
            return false;
        }
        let Some(n) = (p + 1..(p + 1 + STAFF_WORDS).min(ce))
            .take_while(|&k| self.actor_at(v, k).is_none())
            .find(|&k| phrase_at(&v.ids, k, &c.own_staff_nouns))
        else {
            return false;
        };
        let from = v.tokens[n].end;
        let to = v.tokens[ce.max(n + 1) - 1].end;
        // A place named after it is where they meet ("at the White House").
        !self.actors_of(v).iter().any(|a| {
            let e = self.lexicon.entry(a.m.entry);
            a.m.start >= from && a.m.start < to && !e.metonym && e.kind != ActorKind::Place
        })
    }

    /// Whether a summit word (`peak_summit_words`) at `trigger` is a
    /// mountain's top in a climbing story (two distinct
    /// `mountain_genre_words` in the article: "reached the summit of Mt
    /// Everest for the 31st time", "after four summits in 15 days", "Seven
    /// Summit Treks") with no office holder, agency or international body
    /// named in its clause `cs..ce`, nor two countries ("France and Italy
    /// will hold a summit at a mountain resort" stays): no meeting.
    pub(crate) fn mountain_summit(
        &self,
        v: &View,
        trigger: &TriggerSpan,
        (cs, ce): (usize, usize),
    ) -> bool {
        if trigger.past != trigger.first + 1
            || !phrase_at(&v.ids, trigger.first, &self.cues.peak_summit_words)
        {
            return false;
        }
        let (from, to) = (v.tokens[cs].start, v.tokens[ce.max(cs + 1) - 1].end);
        let mut countries: Vec<&str> = Vec::new();
        for a in self.actors_of(v) {
            if a.m.start < from || a.m.start >= to {
                continue;
            }
            let e = self.lexicon.entry(a.m.entry);
            if matches!(
                e.kind,
                ActorKind::Person | ActorKind::Agency | ActorKind::Organization
            ) {
                return false;
            }
            if let Some(code) = e.country.as_deref()
                && !countries.contains(&code)
            {
                countries.push(code);
            }
        }
        if countries.len() > 1 {
            return false;
        }
        *v.cx.mountain.get_or_init(|| {
            let genre = |c: &[usize]| c[0] >= 2;
            genre(
                &self
                    .lists
                    .mountain_genre_words
                    .counts_until(v.lower_article(), genre),
            )
        })
    }

    /// Whether a meeting noun (`own_meeting_nouns`) at `trigger` refers back
    /// to one body's own session the article has already reported
    /// (`own_session_seen`): a `meeting_back_determiners` word at most two
    /// words before it, dates not counted ("today's meeting", "the Friday
    /// meeting", "that meeting", "the May 28-29 meeting"), no actor between, and neither a partner
    /// (`own_meeting_partners`) nor "of" right after it ("the meeting with
    /// Japanese officials", "the meeting of G-7 ministers").
    pub(crate) fn back_to_own_session(
        &self,
        v: &View,
        trigger: &TriggerSpan,
        (cs, ce): (usize, usize),
    ) -> bool {
        let c = &self.cues;
        let t0 = trigger.first;
        if !v.cx.own_session_seen.get()
            || trigger.past != t0 + 1
            || !phrase_at(&v.ids, t0, &c.own_meeting_nouns)
        {
            return false;
        }
        // Back over at most three words, dates not counted ("the May
        // 28-29 meeting": a month name, day numbers).
        let date = |k: usize| {
            phrase_at(&v.ids, k, &c.month_names)
                || v.tokens[k]
                    .text
                    .chars()
                    .all(|ch| ch.is_ascii_digit() || ch == '-' || ch == '/')
        };
        let mut d = None;
        let (mut k, mut words) = (t0, 0);
        while k > cs && words < 3 {
            k -= 1;
            if phrase_at(&v.ids, k, &c.meeting_back_determiners) {
                d = Some(k);
                break;
            }
            if !date(k) {
                words += 1;
            }
        }
        let Some(d) = d else {
            return false;
        };
        if (d..t0).any(|k| !date(k) && self.actor_at(v, k).is_some()) {
            return false;
        }
        !(trigger.past < ce
            && (phrase_at(&v.ids, trigger.past, &c.own_meeting_partners)
                || v.tokens[trigger.past].text.eq_ignore_ascii_case("of")))
    }

    /// Whether a pledge trigger ending in a verb that commits something
    /// (`pledge_bare_verbs`: extend, give, offer, seek, ask, promise,
    /// pledge ...) commits no money: no `pledge_money_words` word (loan,
    /// credit, aid, invest, buy ...) stands in its clause `cs..ce` and no sum
    /// of money within [`MONEY_BEFORE`] words before it or [`MONEY_AFTER`]
    /// words after it ("will extend his international tour",
    /// "pledged support for OPEC's bid", "could not give assurances",
    /// "Asked if the committee", "promises to lift its tariffs"; not
    /// "granted Argentina a 500 mln dlr bridge loan", "asked Seoul to
    /// invest"). ANNOTATION.md: a promise with no money is no pledge.
    pub(crate) fn pledge_without_money(
        &self,
        v: &View,
        trigger: &TriggerSpan,
        (cs, ce): (usize, usize),
    ) -> bool {
        let c = &self.cues;
        let last = trigger.past - 1;
        if !phrase_at(&v.ids, last, &c.pledge_bare_verbs) {
            return false;
        }
        if (cs..trigger.first)
            .chain(trigger.past..ce)
            .any(|k| phrase_at(&v.ids, k, &c.pledge_money_words))
        {
            return false;
        }
        let lo = trigger.first.saturating_sub(MONEY_BEFORE).max(cs);
        let hi = (trigger.past + MONEY_AFTER).min(ce);
        let (from, to) = (
            v.tokens[lo].start,
            v.tokens[hi.saturating_sub(1).max(lo)].end,
        );
        !self.quantities_of(v).iter().any(|q| {
            matches!(q.kind, QuantityKind::Money { .. })
                && q.start >= from
                && q.start < to
                && !(q.start >= v.tokens[trigger.first].start && q.end <= v.tokens[last].end)
        })
    }

    /// Whether a money noun's trigger is followed by a recipient (a
    /// `pledge_recipient_preps` word and an actor: "fresh loans to Kenya")
    /// or set against another way of paying (a `contrasts` phrase ending at
    /// most one word before it: "instead of foreign aid", a negated pledge by
    /// the modality convention).
    fn pledge_noun_placed(
        &self,
        v: &View,
        trigger: &TriggerSpan,
        (cs, ce): (usize, usize),
    ) -> bool {
        let c = &self.cues;
        let recipient = trigger.past + 1 < ce
            && phrase_at(&v.ids, trigger.past, &c.pledge_recipient_preps)
            && self.actor_at(v, trigger.past + 1).is_some();
        let lo = trigger.first.saturating_sub(4).max(cs);
        let contrast = (lo..trigger.first).any(|k| {
            c.contrasts.starting_with(v.ids[k]).any(|p| {
                let end = k + p.len();
                end + 1 >= trigger.first
                    && end <= trigger.first
                    && p.iter().zip(&v.ids[k..]).all(|(a, b)| a == b)
            })
        });
        recipient || contrast
    }

    /// Whether a pledge trigger ending in a money noun (`pledge_head_nouns`:
    /// loan, credit, aid, funds ...), read as asserted, stands in no frame
    /// that commits it: no `pledge_frame_words` word (granted, approved,
    /// announced, rolled over, seeks, received ...) in its clause `cs..ce`
    /// outside the trigger, no giver after `from` right after it, and no
    /// actor right after it (a headline's verb: "LOANS PAKISTAN"). Such a
    /// noun names money held, owed, in use or in the abstract ("Bank of
    /// Montreal had 1.98 billion dlrs in loans to Brazil", "as credits ran
    /// out", "the concept of debt relief was misguided"), which ANNOTATION.md
    /// does not count as a pledge; a commitment to come would have carried a
    /// future, request or condition cue, and one made, its verb.
    pub(crate) fn pledge_noun_unframed(
        &self,
        v: &View,
        trigger: &TriggerSpan,
        (cs, ce): (usize, usize),
    ) -> bool {
        let c = &self.cues;
        let last = trigger.past - 1;
        if !phrase_at(&v.ids, last, &c.pledge_head_nouns) {
            return false;
        }
        // The trigger's own words before its noun count ("new credits").
        if any_phrase_in(&v.ids, cs, trigger.past - 1, &c.pledge_frame_words)
            || any_phrase_in(&v.ids, trigger.past, ce, &c.pledge_frame_words)
        {
            return false;
        }
        if self.pledge_noun_placed(v, trigger, (cs, ce))
            && !any_phrase_in(&v.ids, cs, trigger.first, &c.pledge_stock_words)
        {
            return false;
        }
        // "a new aid package from the state government": the giver named;
        // "WORLD BANK LOANS PAKISTAN 220 MLN DLRS": the noun is a verb;
        // "covered by COFACE export credits": a giver before its modifier.
        !((trigger.past < ce
            && (phrase_at(&v.ids, trigger.past, &c.origin_preps)
                || self.actor_at(v, trigger.past).is_some()))
            || self.giver_before_modifier(v, trigger, cs))
    }

    /// Whether a money noun's giver, a lending agency or body (a national
    /// agency or an international organisation, not a state, firm or
    /// place), stands right before the one word that modifies it, in its
    /// clause from `cs` ("covered by COFACE export credits", "with Hermes
    /// trade credit"; not "GM of Canada assembly facility"): the noun is
    /// that lender's money, named as committed, as "IMF loans" is.
    fn giver_before_modifier(&self, v: &View, trigger: &TriggerSpan, cs: usize) -> bool {
        trigger.first > cs + 1
            && !Self::phrase_break_before(v, trigger.first - 1)
            && self.actor_at(v, trigger.first - 1).is_none()
            && self.actor_at(v, trigger.first - 2).is_some_and(|a| {
                matches!(
                    self.lexicon.entry(a.m.entry).kind,
                    ActorKind::Agency | ActorKind::Organization
                )
            })
    }

    /// Whether a pledge trigger ending in a money noun (`pledge_head_nouns`)
    /// with no sum of money in its clause `cs..ce`, whatever its modality,
    /// stands with no `pledge_commit_verbs` word in that clause outside the
    /// trigger: money spoken of in general, no commitment of one party to
    /// another ("developing countries should not rely entirely on aid from
    /// developed countries", "only if Brazil has access to new loans can it
    /// grow"). ANNOTATION.md: a pledge commits, offers or asks for money.
    /// A noun right after a `pledge_back_determiners` word ("repay that
    /// loan") refers to a commitment named before, and one whose giver follows
    /// "by" ("a crude oil loan by Venezuela") is committed by it: both stand.
    pub(crate) fn pledge_noun_in_general(
        &self,
        v: &View,
        trigger: &TriggerSpan,
        (cs, ce): (usize, usize),
    ) -> bool {
        let c = &self.cues;
        if !phrase_at(&v.ids, trigger.past - 1, &c.pledge_head_nouns) {
            return false;
        }
        // The trigger's own words before its noun count ("SEEKS HELP").
        if any_phrase_in(&v.ids, cs, trigger.past - 1, &c.pledge_commit_verbs)
            || any_phrase_in(&v.ids, trigger.past, ce, &c.pledge_commit_verbs)
        {
            return false;
        }
        // "that loan": a commitment named before; "a loan by Venezuela" or
        // "new IMF loans": its giver; "loans to Kenya": its recipient.
        if self.pledge_noun_placed(v, trigger, (cs, ce))
            || (trigger.first > cs && self.actor_at(v, trigger.first - 1).is_some())
            || self.giver_before_modifier(v, trigger, cs)
            || (trigger.first > cs
                && phrase_at(&v.ids, trigger.first - 1, &c.pledge_back_determiners))
            || (trigger.past + 1 < ce
                && phrase_at(&v.ids, trigger.past, &c.agent_preps)
                && self.actor_at(v, trigger.past + 1).is_some())
        {
            return false;
        }
        let (from, to) = (v.tokens[cs].start, v.tokens[ce.max(cs + 1) - 1].end);
        !self.quantities_of(v).iter().any(|q| {
            matches!(q.kind, QuantityKind::Money { .. }) && q.start >= from && q.start < to
        })
    }

    /// Whether a purchase or import trigger (`pledge_purchase_triggers`)
    /// modifies the noun right after it (`purchase_modified_nouns`): "the
    /// Japan rice import ban", "an oil import fee", "import relief". A
    /// commitment to buy has the goods after the verb, not a measure.
    pub(crate) fn purchase_as_modifier(&self, v: &View, trigger: &TriggerSpan, ce: usize) -> bool {
        let c = &self.cues;
        trigger.past < ce
            && phrase_at(&v.ids, trigger.past - 1, &c.pledge_purchase_triggers)
            && phrase_at(&v.ids, trigger.past, &c.purchase_modified_nouns)
            && !Self::phrase_break_before(v, trigger.past)
    }

    /// Whether a verb whose object names what is given or asked for
    /// (`thing_object_verbs`: give, offer, grant, seek, call for ...) ending
    /// the trigger gives or asks for something else than money: its object,
    /// the words after it up to a `meet_object_stops` word, a break or
    /// [`OBJECT_SPAN`] words (read on past an `object_joins` word, and past
    /// a `give_with_preps` word after the recipient), holds no actor and no
    /// figure, and each of its conjuncts ends in a word that is none of
    /// `pledge_money_words` and `pledge_object_heads`
    /// ("offered specific loan options to Lyng", "provide a mechanism to
    /// finance the growth", "could give no particular reason -- ... 750 mln
    /// dlrs", "seeking economies of 21 billion francs", "calls for caution
    /// on new credit instruments"; not "offered a 500 mln dlr loan",
    /// "granted Argentina a bridge loan", "grant easier terms on the debt",
    /// "offered the Gulf states 20 billion dlrs"). A sum after the object's
    /// end is not what the verb gives.
    pub(crate) fn gives_a_thing(&self, v: &View, trigger: &TriggerSpan, ce: usize) -> bool {
        let c = &self.cues;
        if !(trigger.first..trigger.past)
            .any(|k| phrase_len_at(&v.ids, k, &c.thing_object_verbs) == trigger.past - k)
        {
            return false;
        }
        if self.giving_word_as_noun(v, trigger) {
            return false;
        }
        let hi = ce.min(trigger.past + OBJECT_SPAN);
        let mut end = trigger.past;
        // The last word of each conjunct ("technical and scientific
        // assistance": "technical", "assistance").
        let mut heads = Vec::new();
        loop {
            while end < hi
                && !phrase_at(&v.ids, end, &c.meet_object_stops)
                && !phrase_at(&v.ids, end, &c.object_joins)
                && !Self::phrase_break_before(v, end)
            {
                end += 1;
            }
            let more = end > trigger.past && end + 1 < hi && !Self::phrase_break_before(v, end);
            if more && phrase_at(&v.ids, end, &c.object_joins) {
                heads.push(end - 1);
                end += 1;
                continue;
            }
            // "provide the company with 160 mln dlrs": what is given follows.
            if more && phrase_at(&v.ids, end, &c.give_with_preps) {
                end += 1;
                continue;
            }
            break;
        }
        if end == trigger.past || end == hi {
            return false;
        }
        if (trigger.past..end).any(|k| self.actor_at(v, k).is_some()) {
            return false;
        }
        let (from, to) = (v.tokens[trigger.past].start, v.tokens[end - 1].end);
        if self
            .quantities_of(v)
            .iter()
            .any(|q| q.end > from && q.start < to)
        {
            return false;
        }
        heads.push(end - 1);
        !heads.iter().any(|&head| {
            phrase_at(&v.ids, head, &c.pledge_money_words)
                || phrase_at(&v.ids, head, &c.pledge_object_heads)
        })
    }

    /// Whether a giving word that is also a noun ("grant", "offer") is read
    /// as the noun: a `determiners` or `pledge_back_determiners` word or a
    /// sum right before it ("the grant", "Other grants", "a 100 mln ECU
    /// grant"), a `pledge_noun_followers` word right after it ("the grants
    /// would help", "a firm offer would be made"), or the first word of its
    /// sentence ("Grant top-up lifts fund"). Its object is then no object.
    fn giving_word_as_noun(&self, v: &View, trigger: &TriggerSpan) -> bool {
        let c = &self.cues;
        let (first, last) = (trigger.first, trigger.past - 1);
        if first == 0 {
            return true;
        }
        if phrase_at(&v.ids, first - 1, &c.determiners)
            || phrase_at(&v.ids, first - 1, &c.pledge_back_determiners)
            || phrase_at(&v.ids, last + 1, &c.pledge_noun_followers)
        {
            return true;
        }
        let before = v.tokens[first - 1].start;
        self.quantities_of(v).iter().any(|q| {
            matches!(q.kind, QuantityKind::Money { .. })
                && q.end > before
                && q.end <= v.tokens[first].start
        })
    }

    /// Whether every sum of money in a pledge trigger's clause `cs..ce` is a
    /// price or a running cost: a `price_rate_words` word and a `price_units`
    /// word right after it ("300 dlrs a day", "18 dlrs a barrel"). Such a
    /// clause commits no sum; one with no sum at all is left to the other
    /// checks.
    pub(crate) fn pledge_sums_are_prices(&self, v: &View, (cs, ce): (usize, usize)) -> bool {
        let c = &self.cues;
        let (from, to) = (v.tokens[cs].start, v.tokens[ce.max(cs + 1) - 1].end);
        let mut any = false;
        for q in self.quantities_of(v) {
            if !matches!(q.kind, QuantityKind::Money { .. }) || q.start < from || q.start >= to {
                continue;
            }
            any = true;
            let Some(k) = v.token_from(q.end) else {
                return false;
            };
            if !(k + 1 < ce
                && phrase_at(&v.ids, k, &c.price_rate_words)
                && phrase_at(&v.ids, k + 1, &c.price_units))
            {
                return false;
            }
        }
        any
    }

    /// Whether a tariff trigger at `trigger` names what a utility or a
    /// carrier charges ("households on default energy tariffs", "industrial
    /// power rates", "a 30 pct tariff increase" in a power company's story),
    /// not a trade measure: ANNOTATION.md (v1.1) tariffs fall on goods that
    /// cross a border. The sentence holds a `utility_service_words` word, or
    /// the article holds two distinct ones and no `trade_mark_words` word
    /// anywhere; and the sentence holds no `trade_mark_words` word ("tariffs
    /// on electricity exports"), no `tariff_target_preps` word follows the
    /// trigger closely with a country named after it ("tariffs of 15% on
    /// U.S. liquefied natural gas"), and its parties are of one country at
    /// most.
    pub(crate) fn utility_tariff(&self, v: &View, trigger: &TriggerSpan) -> bool {
        let c = &self.cues;
        let n = v.tokens.len();
        if any_phrase_in(&v.ids, 0, n, &c.trade_mark_words) {
            return false;
        }
        if !any_phrase_in(&v.ids, 0, n, &c.utility_service_words)
            && !*v.cx.utility_story.get_or_init(|| {
                // (A trade word settles it: no utility story.)
                let c = self
                    .lists
                    .trade_utility_words
                    .counts_until(v.lower_article(), |c| c[0] > 0);
                c[0] == 0 && c[1] >= 2
            })
        {
            return false;
        }
        let mut countries: Vec<&str> = Vec::new();
        for a in self.actors_of(v) {
            if let Some(code) = self.lexicon.entry(a.m.entry).country.as_deref()
                && !countries.contains(&code)
            {
                countries.push(code);
            }
        }
        if countries.len() > 1 {
            return false;
        }
        let close = (trigger.past..(trigger.past + 4).min(n))
            .find(|&k| phrase_at(&v.ids, k, &c.tariff_target_preps));
        !close.is_some_and(|k| {
            let from = v.tokens[k].start;
            self.actors_of(v)
                .iter()
                .any(|a| a.m.start > from && self.lexicon.entry(a.m.entry).country.is_some())
        })
    }

    /// Whether a tariff trigger (a duty, levy or tariff word) is read in
    /// the sense its article has set elsewhere: the article's mentions of
    /// the same word marked by their neighbours are all of another sense
    /// (the rule's own `veto` words within [`SENSE_WINDOW`] words: "the
    /// cereals co-responsibility levy", "excise duty"), none marked as a
    /// trade measure (`tariff_trade_marks`: "import levy", "duties on
    /// exports"), and this mention carries no mark of its own ("the rate of
    /// levy", "the levy"): one sense per discourse.
    pub(crate) fn tariff_sense_elsewhere(
        &self,
        v: &View,
        rule_index: usize,
        trigger: &TriggerSpan,
    ) -> bool {
        let rule = &self.rules.rules[rule_index];
        if rule.veto.is_empty()
            || trigger.past != trigger.first + 1
            || !phrase_at(&v.ids, trigger.first, &self.cues.sense_carrying_words)
        {
            return false;
        }
        let word = v.tokens[trigger.first].text.to_lowercase();
        let stem = word
            .strip_suffix("ies")
            .map(|s| format!("{s}y"))
            .or_else(|| word.strip_suffix('s').map(str::to_string))
            .unwrap_or_else(|| word.clone());
        if stem.len() < 3 || !stem.bytes().all(|b| b.is_ascii_alphabetic()) {
            return false;
        }
        let plural = match stem.strip_suffix('y') {
            Some(s) => format!("{s}ies"),
            None => format!("{stem}s"),
        };
        let marks = &self.lists.tariff_trade_marks;
        let text =
            v.cx.ascii_lower
                .get_or_init(|| v.article.to_ascii_lowercase())
                .as_str();
        let marked = |w: &str| marks.iter().any(|m| crate::lexicon::contains_word(w, m));
        let tok = &v.tokens[trigger.first];
        if marked(&sense_window(text, tok.start, tok.end - tok.start)) {
            return false;
        }
        let key = (rule_index, stem);
        if let Some(&(_, known)) = v.cx.word_senses.borrow().iter().find(|(k, _)| *k == key) {
            return known;
        }
        let (mut other, mut trade) = (0usize, 0usize);
        for form in [key.1.as_str(), plural.as_str()] {
            let finder = memchr::memmem::Finder::new(form.as_bytes());
            for at in finder.find_iter(text.as_bytes()) {
                let end = at + form.len();
                let bounded = |b: Option<&u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric());
                if !bounded(at.checked_sub(1).and_then(|p| text.as_bytes().get(p)))
                    || !bounded(text.as_bytes().get(end))
                {
                    continue;
                }
                let w = sense_window(text, at, form.len());
                if marked(&w) {
                    trade += 1;
                } else if rule
                    .veto
                    .iter()
                    .any(|x| crate::lexicon::contains_word(&w, &x.to_lowercase()))
                {
                    other += 1;
                }
            }
        }
        let known = other > 0 && trade == 0;
        v.cx.word_senses.borrow_mut().push((key, known));
        known
    }
}

/// The word at bytes `at..at + len` of the lowercased `text` with
/// [`SENSE_WINDOW`] words either side, joined by spaces.
fn sense_window(text: &str, at: usize, len: usize) -> String {
    let split = |ch: char| !ch.is_alphanumeric() && ch != '-' && ch != '\'';
    let before: Vec<&str> = text[..at]
        .rsplit(split)
        .filter(|w| !w.is_empty())
        .take(SENSE_WINDOW)
        .collect();
    let after = text[at + len..]
        .split(split)
        .filter(|w| !w.is_empty())
        .take(SENSE_WINDOW);
    let mut words: Vec<&str> = before.into_iter().rev().collect();
    words.push(&text[at..at + len]);
    words.extend(after);
    words.join(" ")
}
