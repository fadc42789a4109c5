//! Pledge roles: who gives and who receives aid, loans and investment.

use super::*;
use crate::event::Actor;
use crate::lexicon::{ActorKind, kind_name};

impl Extractor {
    /// The givers and receivers of a pledge, and whether the clause names a
    /// party that is not a company (`giver_ok`, for rules that require a
    /// `party`: a state, a fund or a donor giving, or the country helped;
    /// a company's sum "for" a purpose is as often its results or budget).
    pub(crate) fn pledge_roles(&self, v: &View, site: &RoleSite, out: &mut Args) {
        self.pledge_actors(v, site, out);
        out.giver_ok = out
            .actors
            .iter()
            .any(|a| a.kind != kind_name(ActorKind::Company));
    }

    fn pledge_actors(&self, v: &View, site: &RoleSite, out: &mut Args) {
        let (t0, t1) = (site.trigger.first, site.trigger.past);
        let c = &self.cues;
        let cs = site.parties.start;
        // ("Hydro-Quebec, which agreed to sell power to Maine, has to
        // convince the board the power is surplus to Canadian needs": the
        // main clause after the relative clause names no party of the sale.)
        let ce = self.relative_clause_end(
            v,
            site.clause.start,
            t1,
            site.parties.end,
            &c.relative_pronouns,
        );
        let mut actors = self.clause_actors(v, cs, ce);
        // "companies hurt by U.S. tariffs": a country naming a tariff or
        // sanction is what the money answers, not a party to it.
        actors.retain(|a| {
            !(a.tok + 1..(a.tok + 5).min(ce))
                .any(|i| phrase_at(&v.ids, i, &c.pledge_incidental_nouns) && self.modifies(v, a, i))
        });
        // Debt rescheduling, borrowing: the countries named are the debtors,
        // who receive; a party "with", "from" or "by" them is the creditor.
        if phrase_at(&v.ids, t0, &c.pledge_debtor_triggers) {
            for a in &actors {
                if self.is_location(v, a) {
                    continue;
                }
                // ("Representatives from Nigeria" before the trigger are
                // where people come from; "with officials of Britain's ECGD"
                // is still the other side.)
                let creditor = if self.preceded_by(v, a.tok, &c.origin_preps) {
                    a.tok > t0
                } else {
                    self.preceded_by(v, a.tok, &c.pledge_creditor_preps)
                        || self.with_nearby(v, a.tok)
                };
                let role = if creditor { Role::Source } else { Role::Target };
                self.push_actor(out, v, a, role);
            }
            out.countryless_giver = self.countryless_giver(v, site, ce, cs, true, false);
            return;
        }
        // "asked Seoul to invest": the actor between the request and a verb
        // trigger pledges; "a Philippine request for loans": the requester receives.
        let request_at = last_phrase_in(&v.ids, cs, t0, &self.cues.requested);
        let verb_trigger = t0 > 0 && phrase_at(&v.ids, t0 - 1, &c.infinitive_markers);
        // "Senegal was promised aid": a passive commitment verb makes its
        // subject the recipient.
        // ("The U.K. is pledged to supply ..." is a commitment of its own.)
        let passive = t0 > 0
            && phrase_at(&v.ids, t0 - 1, &c.passive_auxiliaries)
            && phrase_at(&v.ids, t0, &c.past_triggers)
            && !phrase_at(&v.ids, t1, &c.infinitive_markers);
        // ("Ecuador has appealed for emergency aid": a request or receiving
        // verb that is itself the trigger counts too.)
        // "Ecuador signed four loans from the IADB", "agreed the terms of a
        // loan from American Express": a lender after "from" (a body with no
        // country too) makes the subject the borrower.
        let purchase = phrase_at(&v.ids, t0, &c.pledge_purchase_triggers);
        // (Not across a clause break: "as chipmakers brace for competition
        // from Chinese rivals", "to import equipment, preferably from the
        // U.S.")
        let lender_after = !purchase
            && self.actors_of(v).iter().any(|a| {
                a.tok >= t1
                    && a.tok < ce
                    && self.preceded_by(v, a.tok, &c.origin_preps)
                    && !self.beyond_a_break(v, t1, a)
                    && self.lexicon.entry(a.m.entry).kind != ActorKind::Place
            });
        // A receiving verb counts only in the trigger's own verb phrase:
        // not before a second verb of the same subject ("said it will
        // receive 7.5 mln dlrs for supplying equipment and will invest 2.5
        // mln dlrs": the subject invests).
        let verb_lo =
            last_phrase_in(&v.ids, cs, t0, &c.pledge_second_verbs).map_or(cs, |at| at + 1);
        // A receiving verb in the trigger itself ("Ecuador received",
        // "Egypt will receive", "Jordan was set to receive") makes the
        // subject the recipient, unless an infinitive follows it: "Bonn
        // refused to provide credits" refuses as the giver.
        let receive_in_trigger = (t0..t1.max(t0 + 1)).any(|p| {
            phrase_at(&v.ids, p, &c.pledge_receive_verbs)
                && !phrase_at(&v.ids, p + 1, &c.infinitive_markers)
        });
        let receive = lender_after
            || any_phrase_in(&v.ids, verb_lo, t0, &c.pledge_receive_verbs)
            || (request_at.is_some() && !verb_trigger)
            || passive
            || receive_in_trigger
            || phrase_at(&v.ids, t0, &c.requested);
        let mut source_found = false;
        if let Some(rq) = request_at
            && verb_trigger
        {
            for a in actors.iter().filter(|a| a.tok > rq && a.tok < t0) {
                self.push_actor(out, v, a, Role::Source);
                source_found = true;
            }
        }
        // "Turkey asked Qatar for a currency swap", "appealed to its allies
        // for funds": who is asked (between the request and a noun trigger)
        // gives; the requester, before the request, receives.
        if let Some(rq) = request_at
            && !verb_trigger
        {
            for a in actors
                .iter()
                .filter(|a| a.tok > rq && a.tok < t0 && !self.is_location(v, a))
            {
                self.push_actor(out, v, a, Role::Source);
                source_found = true;
            }
        }
        // A speaker is a party only when the reported clause names none:
        // "Ongpin said Japan is expected to raise the aid" is Japan's aid.
        let lo = self.reported_clause_start(v, &actors, cs, t0);
        let mut before: Vec<&&Placed> = actors
            .iter()
            .filter(|a| a.tok >= lo && a.tok < t0)
            .filter(|a| !out.actors.iter().any(|b| b.start == a.m.start))
            .collect();
        // "US energy purchases", "American rice purchases": a country naming
        // a purchase (or the goods bought) sells, so receives.
        if purchase
            && let Some(a) = before.last().copied()
            && self.goods_before_purchase(v, a, t0)
        {
            self.push_actor(out, v, a, Role::Target);
            before.pop();
        }
        // "a Japanese loan", "British aid", "a G8 aid package": a nationality,
        // group or agency naming the trigger gives.
        if let Some(a) = before.last()
            && !source_found
            && {
                let e = self.lexicon.entry(a.m.entry);
                (a.m.demonym && a.tok + 3 >= t0)
                    || ((!e.members.is_empty() || e.kind == ActorKind::Agency)
                        && self.modifies(v, a, t0))
            }
        {
            self.push_actor(out, v, a, Role::Source);
            source_found = true;
            before.pop();
        }
        // "IMF agrees fresh Turkey funding", "Japanese banks confirm Argentina
        // loan": a country's name on the trigger, with a giver named before
        // it or an international body in the clause, receives.
        if let Some(a) = before.last().copied()
            && !a.m.demonym
            && self.lexicon.entry(a.m.entry).kind == ActorKind::Country
            && self.modifies(v, a, t0)
            && phrase_at(&v.ids, t1 - 1, &c.pledge_nouns)
            && (before.len() > 1
                || self.actors_of(v).iter().any(|b| {
                    b.tok >= cs && b.tok < ce && b.tok != a.tok && {
                        let e = self.lexicon.entry(b.m.entry);
                        e.kind == ActorKind::Organization && e.country.is_none()
                    }
                }))
        {
            self.push_actor(out, v, a, Role::Target);
            before.pop();
        }
        // "to China", "for Poland" before the trigger: the recipient; not the
        // subject of an infinitive ("pave the way for ECGD to resume cover")
        // nor a requester ("respond to a Philippine request").
        before.retain(|a| {
            // The word after the name, and after any capitalised words
            // continuing it ("for Britain's Export Credits Guarantee
            // Department to resume").
            let next = (a.tok..v.tokens.len()).find(|&i| {
                let t = &v.tokens[i];
                t.start >= a.m.end && !t.text.starts_with(|ch: char| ch.is_uppercase())
            });
            let subject_or_requester = next.is_some_and(|n| {
                phrase_at(&v.ids, n, &c.infinitive_markers)
                    || phrase_at(&v.ids, n, &c.requested)
                    || phrase_at(&v.ids, n, &c.requested_after)
            });
            // ("Trump's visit to Riyadh": where someone travels.)
            if self.preceding_phrase_len(v, a.tok, &c.meeting_trip_phrases) > 0 {
                return false;
            }
            // ("France is to provide Togo with aid": the give verb's object.)
            if ((self.preceded_by(v, a.tok, &c.pledge_target_preps)
                && !self.preceded_by(v, a.tok, &c.location_preps)
                && self.preceding_phrase_len(v, a.tok, &c.exchange_preps) == 0)
                || self.preceded_by(v, a.tok, &c.give_verbs))
                && !subject_or_requester
            {
                self.push_actor(out, v, a, Role::Target);
                false
            } else {
                true
            }
        });
        if !source_found || receive {
            // The nearest actor before the trigger, preferring one that is
            // not inside a prepositional phrase ("talks with Nigeria"); never
            // a city or region where something is ("the city council in
            // Incheon"; but "the situation in Japan, where the government
            // ... its commitment" is Japan's).
            // ("agreed to buy 103 Boeing aircraft and signed a service
            // deal": the maker of goods, not the subject.)
            let goods_maker = |a: &Placed| {
                self.lexicon.entry(a.m.entry).kind == ActorKind::Company
                    && self.names_goods(v, a, t0)
            };
            let free = before
                .iter()
                .rev()
                .find(|a| {
                    !self.preceded_by(v, a.tok, &c.location_preps)
                        && !self.preceded_by(v, a.tok, &c.pledge_counterpart_preps)
                        && !goods_maker(a)
                })
                .or_else(|| {
                    before.last().filter(|a| {
                        !self.is_location(v, a)
                            || self.lexicon.entry(a.m.entry).kind != ActorKind::Place
                    })
                });
            if let Some(a) = free {
                let role = if receive { Role::Target } else { Role::Source };
                self.push_actor(out, v, a, role);
                // "Saudi Arabia, the UAE and China agreed to roll over
                // deposits": the list the subject ends shares its role.
                let mut last = *a;
                for b in before.iter().rev().filter(|b| b.tok < a.tok) {
                    if !continues_list(
                        strip_determiner(&v.article[b.m.end..last.m.start]),
                        &self.lists.name_joiners,
                    ) {
                        break;
                    }
                    self.push_actor(out, v, b, role);
                    last = *b;
                }
            }
        }
        // "buy more coal from the United States", "placed an order with
        // Boeing": the seller receives.
        // (A comma alone joins names of one kind: "Tunisia, Israel".)
        let mut previous: Option<(usize, Role, ActorKind)> = None;
        // ... and with the request itself the trigger ("Pakistan has asked
        // Saudi Arabia for a loan"), its object: right after it, or after
        // "to" ("appealed to China for"), names and determiners between.
        let asking = phrase_at(&v.ids, t0, &c.requested);
        for a in actors.iter().filter(|a| a.tok >= t1) {
            let askee = asking
                && (t1..a.tok)
                    .filter(|&i| v.tokens[i].start < a.m.start)
                    .all(|i| {
                        phrase_at(&v.ids, i, &c.determiners)
                            || v.tokens[i].text.eq_ignore_ascii_case("to")
                            || v.tokens[i].text.starts_with(char::is_uppercase)
                    });
            if askee && !self.is_location(v, a) {
                self.push_actor(out, v, a, Role::Source);
                previous = Some((a.m.end, Role::Source, self.lexicon.entry(a.m.entry).kind));
                continue;
            }
            // A name after "visit to", "trip to" is where someone travels
            // ("the $600 billion it pledged during Trump's visit to Riyadh");
            // one after "according to" speaks ("..., according to Kim
            // Yong-beom"): neither receives through the "to".
            if self.preceding_phrase_len(v, a.tok, &c.meeting_trip_phrases) > 0
                || self.preceding_phrase_len(v, a.tok, &c.speech_verbs) > 1
            {
                previous = None;
                continue;
            }
            // "From" and "in" past a clause break belong to another verb:
            // "competition from Chinese rivals" after ", as", "hours after
            // Trump met Xi in South Korea" after a comma.
            let broken = self.beyond_a_break(v, t1, a);
            // ("extend loans to exporters, as shipments to the US slump":
            // a clause opened by a conjunction is another verb's, its "to"
            // no recipient of the pledge.)
            let conjunction =
                broken && self.beyond_a_break_of(v, t1, a, &c.pledge_conjunction_breaks);
            let from = self.preceded_by(v, a.tok, &c.origin_preps) && !broken;
            let in_place = self.preceded_by(v, a.tok, &c.location_preps);
            // ("buy $8 billion of U.S. farm products": whose goods are
            // bought sells them.)
            // ("Samsung to get $6.4 billion in grants for Texas chip cluster":
            // with the recipient the subject, a region after "for" is the
            // money's purpose.)
            let purpose = receive
                && self.lexicon.entry(a.m.entry).kind == ActorKind::Place
                && out.actors.iter().any(|x| x.role == Role::Target);
            let role = if (self.preceded_by(v, a.tok, &c.pledge_target_preps)
                && self.place_of_the_money(v, a)
                && !(in_place && broken)
                && !conjunction
                && !purpose)
                || (from && purchase && !(receive && phrase_at(&v.ids, t0, &c.pledge_order_nouns)))
                // (Not a person: "said after talking with President Prabowo".)
                || (purchase
                    && self.preceded_by(v, a.tok, &c.partner_preps)
                    && self.lexicon.entry(a.m.entry).kind != ActorKind::Person)
                || (purchase && self.names_goods(v, a, t0))
                || self.preceded_by(v, a.tok, &c.give_verbs)
                || (!from
                    && !self.preceded_by(v, a.tok, &c.agent_preps)
                    && !any_phrase_in(&v.ids, t1, a.tok, &c.pledge_relative_words)
                    && self.names_funded(v, a))
            {
                Some(Role::Target)
            } else if from
                || (self.preceded_by(v, a.tok, &c.agent_preps) && (receive || a.tok <= t1 + 4))
            {
                // "an aid package from Japan", "loans pledged by Japan".
                Some(Role::Source)
            } else {
                // "aid to the states, Tunisia, Israel and Jordan": a list
                // shares the role of its first member.
                previous
                    .filter(|(end, _, kind)| {
                        let between = v.article[*end..a.m.start].trim();
                        continues_list(between, &self.lists.name_joiners)
                            && (between != "," || *kind == self.lexicon.entry(a.m.entry).kind)
                    })
                    .map(|(_, r, _)| r)
            };
            if let Some(r) = role {
                self.push_actor(out, v, a, r);
            }
            previous = role.map(|r| (a.m.end, r, self.lexicon.entry(a.m.entry).kind));
        }
        out.countryless_giver = self.countryless_giver(v, site, ce, lo, false, receive);
        // "agreed to sell 15 billion dlrs worth of power to Maine": the buyer
        // commits, the seller receives (not "supply a line of credit").
        if phrase_at(&v.ids, t0, &c.pledge_sale_triggers)
            && !(cs..ce).any(|k| phrase_at(&v.ids, k, &c.pledge_money_words))
        {
            for a in &mut out.actors {
                a.role = a.role.swapped();
            }
        }
        // A country named as recipient is not also the giver ("France is to
        // provide Togo with ..." read Togo both ways), except for aid at home.
        let recipients: Vec<String> = out
            .actors
            .iter()
            .filter(|a| a.role == Role::Target)
            .filter_map(|a| a.country.clone())
            .collect();
        out.actors.retain(|a| {
            a.role != Role::Source || a.country.as_ref().is_none_or(|c| !recipients.contains(c))
        });
        // Aid to an industry, farmers or the economy stays at home: the
        // target is the source's country, named by the recipient word
        // ("its farmers"), so no mention holds two roles.
        if !out.actors.iter().any(|a| a.role == Role::Target)
            && let Some(at) = last_phrase_in(
                &v.ids,
                t0.saturating_sub(3).max(cs),
                ce,
                &c.domestic_recipients,
            )
            // ("cooperation led by Korean firms": who acts, not who receives.)
            && !any_phrase_in(&v.ids, at.saturating_sub(3).max(cs), at, &c.agent_preps)
            // ("to buy $2 billion of American farm goods", "buying soybeans
            // and other farm products": a word naming goods bought, not who
            // receives.)
            && !phrase_at(
                &v.ids,
                at + phrase_len_at(&v.ids, at, &c.domestic_recipients).max(1),
                &c.tariff_goods_nouns,
            )
        {
            let word = &v.tokens[at];
            let home: Vec<Actor> = out
                .actors
                .iter()
                .filter(|a| a.role == Role::Source && a.country.is_some())
                .map(|a| Actor {
                    role: Role::Target,
                    text: word.text.to_string(),
                    start: word.start,
                    end: word.end,
                    ..a.clone()
                })
                .collect();
            for a in home {
                out.push(a);
            }
        }
    }

    /// Whether the clause (words before `ce`) names the pledge's giver as a
    /// body the lexicon gives no country (the IMF, the World Bank, a
    /// development bank; ANNOTATION.md codes none of them): the subject
    /// right before the trigger, from word `lo` on, with no other name
    /// between ("IMF board releases $1bn to Pakistan"), a body naming the
    /// trigger ("the IADB loan", "IMF payouts"), or one after "from" or "by"
    /// past it ("a 300 mln dlr loan from the World Bank"). With a `debtor`
    /// trigger ("rescheduling", "borrow"), the creditor after "with",
    /// "from" or "by". Not a body the money goes to ("asked Congress to
    /// finance the IADB") nor one beside the giver ("co-financing with the
    /// World Bank"), nor a subject that receives (`receive`: "the IMF will
    /// receive").
    fn countryless_giver(
        &self,
        v: &View,
        site: &RoleSite,
        ce: usize,
        lo: usize,
        debtor: bool,
        receive: bool,
    ) -> bool {
        let (t0, t1) = (site.trigger.first, site.trigger.past);
        let c = &self.cues;
        let all = self.actors_of(v);
        let body = |a: &Placed| {
            let e = self.lexicon.entry(a.m.entry);
            e.kind == ActorKind::Organization && e.country.is_none() && e.members.is_empty()
        };
        all.iter().filter(|a| body(a)).any(|a| {
            if a.tok >= t1 && a.tok < ce {
                let by = if debtor {
                    self.preceded_by(v, a.tok, &c.pledge_creditor_preps)
                        || self.with_nearby(v, a.tok)
                } else {
                    self.preceded_by(v, a.tok, &c.origin_preps)
                        || self.preceded_by(v, a.tok, &c.agent_preps)
                };
                return by && !self.beyond_a_break(v, t1, a);
            }
            if debtor || receive || a.tok < lo || a.tok >= t0 {
                return false;
            }
            let placed_aside = self.preceded_by(v, a.tok, &c.location_preps)
                || self.preceded_by(v, a.tok, &c.pledge_counterpart_preps)
                || self.preceded_by(v, a.tok, &c.pledge_target_preps)
                || self.preceded_by(v, a.tok, &c.partner_preps);
            let nearest = !all.iter().any(|b| b.tok > a.tok && b.tok < t0);
            !placed_aside && (nearest || self.modifies(v, a, t0))
        })
    }

    /// Whether only goods words (one or two, `tariff_goods_nouns`) stand
    /// between actor `a` and the purchase trigger at `t0`: "US energy
    /// purchases" (the U.S. sells); not "U.S. purchases of Japanese goods"
    /// nor "S. KOREA MAY BUY U.S. OIL".
    fn goods_before_purchase(&self, v: &View, a: &Placed, t0: usize) -> bool {
        let between: Vec<usize> = (a.tok + 1..t0)
            .filter(|&i| v.tokens[i].start >= a.m.end)
            .collect();
        !between.is_empty()
            && between.len() <= 2
            && between
                .iter()
                .all(|&i| phrase_at(&v.ids, i, &self.cues.tariff_goods_nouns))
    }

    /// Whether actor `a` names what the money funds: one of
    /// `pledge_object_nouns` at most two plain words after it ("finance
    /// three U.S. projects", "fund Ukrainian energy companies").
    fn names_funded(&self, v: &View, a: &Placed) -> bool {
        let Some(first) = (a.tok..v.tokens.len()).find(|&i| v.tokens[i].start >= a.m.end) else {
            return false;
        };
        let mut from = a.m.end;
        for i in first..(first + 2).min(v.tokens.len()) {
            if v.article[from..v.tokens[i].start].contains([',', ';', '(', ')', ':', '.']) {
                return false;
            }
            if phrase_at(&v.ids, i, &self.cues.pledge_object_nouns) {
                return true;
            }
            if phrase_at(&v.ids, i, &self.cues.determiners)
                || phrase_at(&v.ids, i, &self.cues.product_stops)
                || !is_plain_word(v.tokens[i].text)
            {
                return false;
            }
            from = v.tokens[i].end;
        }
        false
    }

    /// For an actor after a pledge's trigger and a preposition that may also
    /// name a place ("in"): whether it receives, being a country ("invest
    /// $5bn in Egypt", "investment in the U.S."), rather than the city or
    /// region where something happens ("as the conference opens in Rome",
    /// "a deal agreed at Trump's resort in Scotland"). Other prepositions
    /// ("to", "for") always name the recipient.
    pub(crate) fn place_of_the_money(&self, v: &View, a: &Placed) -> bool {
        let in_place = self
            .preceding_word(v, a.tok)
            .is_some_and(|p| phrase_at(&v.ids, p, &self.cues.location_preps));
        !in_place || self.lexicon.entry(a.m.entry).kind != ActorKind::Place
    }

    /// Whether a clause break stands between a pledge's trigger (ending
    /// before word `t1`) and actor `a`: a semicolon, or a comma right before
    /// one of `pledge_clause_breaks`, outside brackets. A party named past
    /// it belongs to another verb ("..., preferably from the U.S.", "...,
    /// hours after Trump met Xi in South Korea").
    pub(crate) fn beyond_a_break(&self, v: &View, t1: usize, a: &Placed) -> bool {
        self.beyond_a_break_of(v, t1, a, &self.cues.pledge_clause_breaks)
    }

    /// [`Self::beyond_a_break`] with the words that open the break after a
    /// comma given: `breaks`.
    fn beyond_a_break_of(&self, v: &View, t1: usize, a: &Placed, breaks: &Phrases) -> bool {
        if t1 == 0 {
            return false;
        }
        let mut depth = 0i32;
        for i in t1..a.tok.min(v.tokens.len()) {
            let gap = &v.article[v.tokens[i - 1].end..v.tokens[i].start];
            let outside = depth <= 0;
            if outside && gap.contains(';') {
                return true;
            }
            if outside && gap.contains(',') && phrase_at(&v.ids, i, breaks) {
                return true;
            }
            let t = v.tokens[i].text;
            depth += t.matches(['(', '[']).count() as i32 + gap.matches(['(', '[']).count() as i32;
            depth -= t.matches([')', ']']).count() as i32 + gap.matches([')', ']']).count() as i32;
        }
        false
    }

    /// Whether "with" stands at most four words before token `tok`, with no
    /// punctuation between ("with officials of Britain's ECGD").
    pub(crate) fn with_nearby(&self, v: &View, tok: usize) -> bool {
        (tok.saturating_sub(4)..tok).rev().any(|i| {
            phrase_at(&v.ids, i, &self.cues.partner_preps)
                && !v.article[v.tokens[i].end..v.tokens[tok].start].contains([',', ';', '.'])
        })
    }

    /// Where the reported clause starts: after the last speech verb ("said",
    /// "told reporters") before the trigger, when an actor stands between
    /// that verb and the trigger; else the clause's start.
    pub(crate) fn reported_clause_start(
        &self,
        v: &View,
        actors: &[&Placed],
        cs: usize,
        t0: usize,
    ) -> usize {
        match last_phrase_in(&v.ids, cs, t0, &self.cues.speech_verbs) {
            // ("said Monday it has agreed to provide Samsung with ...": the
            // speaker speaks of itself.)
            Some(at)
                if actors.iter().any(|a| a.tok > at && a.tok < t0)
                    && !any_phrase_in(
                        &v.ids,
                        at + 1,
                        (at + 4).min(t0),
                        &self.cues.self_pronouns,
                    ) =>
            {
                at + 1
            }
            _ => cs,
        }
    }
}

/// Whether the text between two names only joins them into a list: a
/// comma, an ampersand, or one of `joiners` with or without a comma before
/// it (", ", " and ", ", and ").
pub(crate) fn continues_list(between: &str, joiners: &[String]) -> bool {
    let t = between.trim();
    let word = t.strip_prefix(", ").unwrap_or(t);
    matches!(t, "," | "&") || joiners.iter().any(|j| j == word)
}

/// [`continues_list`], a determiner before the second name allowed: a list
/// of the countries whose goods a tariff hits ("goods from Germany, the
/// United Kingdom, the Netherlands and Finland"). (Not for lists in
/// general: ", the U.S. Agriculture Department said" after a name is an
/// attribution, not a further party.)
pub(crate) fn continues_list_past_the(between: &str, joiners: &[String]) -> bool {
    continues_list(strip_determiner(between), joiners)
}

/// The text between two names without a determiner before the second ("and
/// the United Arab Emirates" reads as "and").
fn strip_determiner(between: &str) -> &str {
    let t = between.trim_end();
    for d in [" the", " The"] {
        if let Some(rest) = t.strip_suffix(d) {
            return rest;
        }
    }
    t
}

/// Bytes between two sums of one list of donors beyond which they are not
/// read as one list.
const LISTED_SUM_GAP: usize = 80;

/// Bytes after a listed sum searched for its recipient or lender ("1.2 mln
/// dlrs for Comoros", "14 mln dlrs from Mitsubishi of Japan").
const LISTED_SUM_TAIL: usize = 48;

/// Words of a phrase leading to a sum inside an item of a list of sums
/// ("capped at", "up from"), passed over while the list goes on.
const MAX_INNER_LEAD: usize = 3;

/// Dashes that open a breakdown of a sum, as a colon does ("$350 billion —
/// $200 billion in cash and $150 billion for shipbuilding").
const BREAKDOWN_DASHES: [char; 2] = ['—', '–'];

/// The rest of an item's lead after a `listed_part_openers` phrase opening
/// it ("of which", "made up of"), or `None` when no such phrase opens it.
fn part_opened<'a>(lead: &'a str, openers: &[String]) -> Option<&'a str> {
    let t = lead.trim_start();
    openers.iter().find_map(|o| {
        let head = t.get(..o.len())?;
        let rest = &t[o.len()..];
        (head.eq_ignore_ascii_case(o) && rest.starts_with(|c: char| !c.is_alphanumeric()))
            .then_some(rest)
    })
}

/// One further item of a list that continues a pledge's sum: its sum, the
/// byte where its part of the list starts, and the parties it names with
/// the role they take.
pub(crate) struct ListedSum {
    pub(crate) sum: Quantity,
    pub(crate) from: usize,
    pub(crate) parties: Vec<Actor>,
    pub(crate) role: Role,
}

impl Extractor {
    /// The further items of a list that continues a pledge's sum, each
    /// with a sum of its own and no verb of its own. After a comma, a
    /// semicolon or "and", with only `listed_sum_words` ("about", "up to")
    /// before the sum, an item is
    /// - a party and its sum ("Sweden is contributing $275 million, Norway
    ///   about $135 million and Denmark roughly 580 million crowns";
    ///   "Senegal was given a 5.5 mln dlr loan, Guinea 4.6 mln dlrs"): the
    ///   party takes the role of the first pledge's party before its sum
    ///   (the giver, or the recipient of a passive "was given");
    /// - a sum and its recipient or lender ("$15.2bn for the UAE and about
    ///   $30bn for the UK"; "credits of 14.9 mln dlrs from Swiss Bank, 14
    ///   mln dlrs from Mitsubishi of Japan"): a `pledge_target_preps` word
    ///   right after the sum makes the parties up to the next separator
    ///   recipients, an `origin_preps` word lenders;
    ///
    /// - a part of the first pledge, a sum with no party of its own, after
    ///   "and", a semicolon or a colon, with a `pledge_target_preps` word
    ///   after it ("and a further $200 billion for strategic industries";
    ///   "over two decades: $150 billion for fabs and $50 billion for
    ///   research"): the first pledge's parties.
    ///
    /// A sum in brackets is a conversion, and so is a sum with neither a
    /// party nor a word of use after it (", about $3 billion,"); a sum with
    /// no party after a bare comma is a breakdown of the first ("including
    /// $5.8 billion for its first steel mill"): each ends the list. A sum inside an item ("paid in
    /// installments capped at $20 billion") is passed over; the list ends at
    /// the first sum after a separator that is no such item.
    pub(crate) fn listed_sums(&self, v: &View, first: &crate::event::Event) -> Vec<ListedSum> {
        let Some(amount) = &first.amount else {
            return Vec::new();
        };
        let words = &self.lists.listed_sum_words;
        let joiners = &self.lists.name_joiners;
        let sum_joiners = &self.lists.listed_sum_joiners;
        let openers = &self.lists.listed_part_openers;
        let uses = &self.lists.listed_part_uses;
        let determiners = &self.lists.determiners;
        let c = &self.cues;
        let is = crate::extract::cues::listed;
        let only = |text: &str, ok: &dyn Fn(&str) -> bool| {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(ok)
        };
        let sentence_start = v.sentence.start;
        let bracketed = |q: &Quantity| {
            let before = &v.article[sentence_start..q.start];
            before.matches('(').count() > before.matches(')').count()
        };
        let sources: Vec<&str> = first
            .actors
            .iter()
            .filter(|a| a.role == Role::Source)
            .filter_map(|a| a.country.as_deref())
            .collect();
        // The role of a party named before its sum: that of the first
        // pledge's party nearest before its own sum.
        let lead_role = first
            .actors
            .iter()
            .filter(|a| a.end <= amount.start)
            .max_by_key(|a| a.start)
            .map_or(Role::Source, |a| a.role);
        let mut out: Vec<ListedSum> = Vec::new();
        let mut prev_end = amount.end;
        let sums: Vec<&Quantity> = self
            .quantities_of(v)
            .iter()
            .filter(|q| {
                q.start >= amount.end
                    && matches!(q.kind, QuantityKind::Money { .. })
                    && !bracketed(q)
            })
            .collect();
        // A breakdown of the first sum is open: its list was opened by a
        // colon or a dash ("$350 billion — $200 billion in cash, ...") or a
        // `listed_part_openers` word ("of which", "made up of").
        let mut breakdown = false;
        for (n, q) in sums.iter().enumerate() {
            let gap = &v.article[prev_end..q.start];
            if gap.len() > LISTED_SUM_GAP {
                break;
            }
            // The item opens after the last separator of the gap: a mark or
            // a `listed_sum_joiners` word ("and", "plus").
            let punct = gap
                .char_indices()
                .rfind(|&(_, c)| matches!(c, ',' | ';' | ':') || BREAKDOWN_DASHES.contains(&c))
                .map(|(b, c)| b + c.len_utf8());
            let lower = gap.to_lowercase();
            let sep = punct
                .into_iter()
                .chain(sum_joiners.iter().filter_map(|j| {
                    lower
                        .match_indices(&format!(" {j} "))
                        .map(|(b, s)| b + s.len())
                        .last()
                }))
                .max();
            // (An item after a bare comma: "€3bn for transport, €2.5bn for
            // raw materials", "including $5.8 billion for".)
            let after_comma =
                sep.is_some() && sep == punct && gap[..sep.unwrap_or(0)].ends_with(',');
            if sep.is_some()
                && sep == punct
                && gap[..sep.unwrap_or(0)].ends_with(|c| c == ':' || BREAKDOWN_DASHES.contains(&c))
            {
                breakdown = true;
            }
            let Some(sep) = sep else {
                // A sum inside the item ("capped at $20 billion") when the
                // list goes on after it.
                if gap.contains(['.', ':', '(', ')']) || n + 1 == sums.len() {
                    break;
                }
                continue;
            };
            let from = prev_end + sep;
            let mut lead = &v.article[from..q.start];
            // "..., of which $4.2 billion", "made up of $350 million": the
            // opener is no part of the item.
            if let Some(rest) = part_opened(lead, openers) {
                lead = rest;
                breakdown = true;
            }
            // A party and its sum.
            let donor = self
                .actors_of(v)
                .iter()
                .find(|p| p.m.start >= from && p.m.end <= q.start);
            if let Some(donor) = donor {
                let lead_ok = only(&v.article[from..donor.m.start], &|w| {
                    is(joiners, w) || is(determiners, w)
                });
                let tail_ok = only(&v.article[donor.m.end..q.start], &|w| is(words, w));
                let entry = self.lexicon.entry(donor.m.entry);
                let Some(country) = entry.country.as_deref() else {
                    break;
                };
                if !lead_ok || !tail_ok {
                    break;
                }
                prev_end = q.end;
                // (A party of the first pledge's giver's country is the
                // giver again, "Japan ..., Tokyo ...", unless it is another
                // company: "Samsung ₩450 trillion, Hyundai ₩125 trillion".)
                let another_company = entry.kind == ActorKind::Company
                    && !first
                        .actors
                        .iter()
                        .any(|a| a.role == Role::Source && a.name == entry.name);
                if lead_role == Role::Source && sources.contains(&country) && !another_company {
                    continue;
                }
                out.push(ListedSum {
                    sum: (*q).clone(),
                    from,
                    parties: vec![self.actor(v, donor, lead_role)],
                    role: lead_role,
                });
                continue;
            }
            if !only(lead, &|w| is(words, w) || is(determiners, w)) {
                // A sum inside an item, after a comma ("$200 billion in
                // cash, capped at $20 billion a year, plus $150 billion for
                // ships"), when a short phrase leads to it.
                if lead.split_whitespace().count() <= MAX_INNER_LEAD
                    && !lead.contains(['.', '(', ')'])
                    && n + 1 < sums.len()
                {
                    continue;
                }
                break;
            }
            // After a colon or a dash, a sum in another currency than the
            // first is a conversion ("$50 billion — roughly C$70 billion —
            // in Canada"), whatever follows it.
            let same_currency = matches!(&self.in_article_currency(v, q).kind,
                QuantityKind::Money { currency, .. } if *currency == amount.currency);
            if breakdown && !same_currency {
                break;
            }
            // A sum and its recipient, lender or purpose: the words after
            // it up to the next separator, sum or the tail's length.
            let mut tail_end = (q.end + LISTED_SUM_TAIL).min(v.sentence.end);
            while !v.article.is_char_boundary(tail_end) {
                tail_end -= 1;
            }
            let tail = &v.article[q.end..tail_end];
            let cut = [
                tail.find([',', ';', '.', '(', ':']),
                tail.to_lowercase().find(" and "),
                sums.get(n + 1).map(|x| x.start.saturating_sub(q.end)),
            ]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(tail.len());
            let tail_end = q.end + cut;
            let next = v.token_from(q.end);
            let role = next.and_then(|k| {
                if v.tokens[k].start >= tail_end {
                    None
                } else if phrase_at(&v.ids, k, &c.origin_preps) {
                    Some(Role::Source)
                } else if phrase_at(&v.ids, k, &c.pledge_target_preps) {
                    Some(Role::Target)
                } else {
                    None
                }
            });
            let parties: Vec<Actor> = match role {
                Some(r) => self
                    .actors_of(v)
                    .iter()
                    .filter(|p| p.m.start >= q.end && p.m.end <= tail_end)
                    .filter(|p| self.lexicon.entry(p.m.entry).country.is_some())
                    .filter(|p| r == Role::Source || self.place_of_the_money(v, p))
                    .map(|p| self.actor(v, p, r))
                    .collect(),
                None => Vec::new(),
            };
            // A sum with no party of its own is a part of the first when a
            // word of use or recipient follows it and it opens after "and",
            // a semicolon or a colon ("and a further $200 billion for
            // strategic industries", "over two decades: $150 billion for
            // fabs and $50 billion for research"): a line of its own
            // (REVIEW.md, harmonisation s22: parts of a package with their
            // own sums), with the first pledge's parties. After a bare
            // comma it is a breakdown of the first ("including $5.8
            // billion for its steel mill", "€3bn for transport, €2.5bn for
            // raw materials"), and with no such word a conversion ("30
            // billion crowns, about $3 billion"): either ends the list.
            //
            // In an open breakdown every sum in the first sum's currency is
            // a part, after a comma too and named by its use alone ("a $33
            // billion plant in Ohio, a $2 billion terminal"); a sum in
            // another currency is a conversion ("$50 billion — roughly C$70
            // billion —").
            if parties.is_empty() {
                let used = role == Some(Role::Target)
                    || next.is_some_and(|k| {
                        v.tokens[k].start < tail_end && is(uses, v.tokens[k].text)
                    });
                let part = if breakdown {
                    same_currency
                } else {
                    used && !after_comma
                };
                if !part {
                    break;
                }
                prev_end = q.end;
                out.push(ListedSum {
                    sum: (*q).clone(),
                    from,
                    role: Role::Target,
                    parties,
                });
                continue;
            }
            prev_end = q.end;
            out.push(ListedSum {
                sum: (*q).clone(),
                from,
                role: role.unwrap_or(Role::Source),
                parties,
            });
        }
        out
    }
}
