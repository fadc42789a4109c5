//! Tariff roles (who imposes, whose goods are hit), rate and product.

use super::*;
use crate::event::{Actor, Rate, Span};
use crate::lexicon::ActorKind;
use crate::quantity::{PercentUnit, Quantity, QuantityKind};

/// Words between a tariff's trigger and a phrase that makes it mutual.
const MUTUAL_WINDOW: usize = 8;
/// Words before a tariff's trigger where a two-way deal's cut word may stand
/// ("strikes deal to cut canola and EV tariffs").
const TWO_WAY_CUT_BEFORE: usize = 4;
/// Words after the trigger where it may stand ("tariffs to fall").
const TWO_WAY_CUT_AFTER: usize = 2;
/// Words from a country's name to a cut word it is the subject of
/// ("Washington will remove").
const TWO_WAY_SUBJECT_REACH: usize = 4;

/// Words after a removal verb past the trigger where another tariff noun
/// makes the removal that tariff's ("dropped its planned 50% tariff"); and
/// the most words before the trigger a `rate_removals_governing` verb may
/// stand ("drop its reciprocal levies").
const REMOVAL_OBJECT_REACH: usize = 5;

/// Words a possessive may stand before the tariff word it owns ("India's
/// three-year levy").
const POSSESSIVE_REACH: usize = 4;
/// Words that set a possessive's own tariff word apart from the trigger
/// ("Trump's tariff in March with duties"), so that it is another tariff.
const OTHER_TARIFF_GAP: usize = 2;

/// What ends the stretch in which a "to" rate replaces an earlier one: a
/// clause or list break ("a 34 percent tariff, then raised it to 84").
const RATE_BREAKS: [char; 6] = [',', ';', '(', ')', '—', '–'];

/// Whether a phrase of one of `lists` starts at a word from `from` on
/// whose start is before byte offset `until` (the phrase may run past it):
/// the shared scan of [`Extractor::another_measure`] and
/// [`Extractor::own_predicate`].
fn phrase_starts_before(v: &View, from: usize, until: usize, lists: &[&Phrases]) -> bool {
    (from..v.tokens.len())
        .take_while(|&i| v.tokens[i].start < until)
        .any(|i| lists.iter().any(|list| phrase_at(&v.ids, i, list)))
}

/// The length in words of the longest phrase of `list` at word `at`.
fn phrase_len(v: &View, at: usize, list: &Phrases) -> usize {
    list.iter()
        .filter(|p| v.ids.get(at..at + p.len()) == Some(&p[..]))
        .map(<[u32]>::len)
        .max()
        .unwrap_or(1)
}

impl Extractor {
    pub(crate) fn tariff_roles(&self, v: &View, site: &RoleSite, out: &mut Args) {
        let (cs, ce) = (site.parties.start, site.parties.end);
        let (t0, t1) = (site.trigger.first, site.trigger.past);
        let c = &self.cues;
        let mut actors = self.clause_actors(v, cs, ce);
        // "a 25% tariff on India over Russian oil": what the tariff answers
        // is no party to it.
        if let Some(r) = first_phrase_in(&v.ids, t1, ce, &c.tariff_reason_preps) {
            actors.retain(|a| a.tok < r);
        }
        // "the levies on China, Canada and Mexico ..., and the punitive
        // duties on Brazil and India", "15% on most Japanese goods and 50%
        // on many Indian ones": past a list's break, another tariff word or
        // rate opens another tariff of the sentence, with parties of its own.
        if let Some(b) = self.next_tariff_mention(v, site) {
            actors.retain(|a| a.tok < b);
        }
        // "a penalty linked to India's purchases of Russian oil": what a
        // third party buys is no party either, before the trigger as after.
        actors.retain(|a| {
            !any_phrase_in(
                &v.ids,
                a.tok.saturating_sub(3).max(cs),
                a.tok,
                &c.tariff_reason_objects,
            )
        });
        // "• Algeria, Libya, Iraq, Sri Lanka: 30%", "• BYD faces an extra
        // 17%": a bulleted rate line lists who faces the rate; the imposer
        // is the story's (inherited), unless the line has an imposing verb
        // ("• EFTA scraps duties on Indian exports": its subject imposes).
        if !v.article[site.trigger.start..site.trigger.end]
            .chars()
            .any(char::is_alphanumeric)
        {
            // ("• Geely is hit with 18.8%": a passive verb's subject faces.)
            let verb = first_phrase_in(&v.ids, cs, ce, &c.tariff_impose_verbs)
                .filter(|&at| at == 0 || !phrase_at(&v.ids, at - 1, &c.passive_auxiliaries));
            for a in actors.iter().filter(|a| !self.is_location(v, a)) {
                // ("• Peru's extra tariff on US goods: 40%": the line's own
                // tariff word, and whose it is imposes.)
                let role = match verb {
                    Some(at) if a.tok < at => Role::Source,
                    _ if self.possessive_tariff_noun(v, a, ce).is_some() => Role::Source,
                    _ => Role::Target,
                };
                self.push_actor(out, v, a, role);
            }
            return;
        }
        // "answered Trump's 10% tariff with duties on American coal",
        // "duties on Chinese steel, and Mexico's tariffs of up to 50%": a
        // possessive on another tariff word of the sentence is that
        // tariff's owner, no party to this one.
        // (Only when a name of the sentence's own, no demonym, stands before
        // the trigger to impose it: "Hanoi's duties ..., replacing levies it
        // had applied" are Hanoi's.)
        let owners: Vec<usize> = actors
            .iter()
            .filter(|a| self.owns_another_tariff(v, a, t0, t1, ce))
            .map(|a| a.m.start)
            .collect();
        if actors
            .iter()
            .any(|b| b.tok < t0 && !b.m.demonym && !owners.contains(&b.m.start))
        {
            actors.retain(|a| !owners.contains(&a.m.start));
        }
        // "Trump hits Brazil with a 50% levy", "Trump delays 50% EU tariff":
        // the subject of an imposing verb imposes, its object faces it.
        let (controllers, controlled) = self.tariff_controller(v, &actors, cs, t0);
        // "won a cut in the U.S. tariff": a country naming the tariff is a
        // party, not where something happens.
        let located = |a: &Placed| {
            self.is_location(v, a) && !(a.tok < t0 && !a.m.demonym && self.modifies(v, a, t0))
        };
        // "Indonesia has protested to the EC about its plan to raise duties":
        // who faces or protests stands before the verb, who imposes after it.
        // (The trigger itself may be the verb: "Mexican tomatoes will face a 17%
        // duty", rule tariff/rate-face.)
        let face_at = last_phrase_in(&v.ids, cs, t1, &c.tariff_face_verbs);
        // "Trump has notified South Korea that all Korean products will face
        // a 25% tariff": who faces it stands after the speech or listener
        // verb that opens the face verb's clause; who speaks imposes.
        let face_from = face_at.map_or(cs, |f| {
            last_phrase_in(&v.ids, cs, f, &c.speech_verbs)
                .into_iter()
                .chain(last_phrase_in(&v.ids, cs, f, &c.listener_verbs))
                .max()
                .map_or(cs, |at| at + 1)
        });
        let faces = |tok: usize| face_at.is_some_and(|f| tok < f && tok >= face_from);
        // "UK metal stays at 25%", "Japanese cars shipped to the U.S.": whose
        // goods they are faces the tariff; where they are sold imposes it.
        // (Before the trigger, only goods named next to it or before the
        // verb "face": "the tariff on Indian products took effect ... and
        // India's duties on American goods" are two tariffs.)
        let goods: Vec<usize> = actors
            .iter()
            .filter(|a| {
                if a.tok >= t1 {
                    true
                } else {
                    faces(a.tok)
                        || !actors
                            .iter()
                            .any(|b| b.tok > a.tok && b.tok < t0 && !located(b))
                }
            })
            .filter(|a| self.names_goods(v, a, t0))
            .map(|a| a.m.start)
            .collect();
        // "Russian and Belarusian agricultural products": a list shares the
        // goods of its last member.
        let mut goods = goods;
        for (k, a) in actors.iter().enumerate().rev() {
            if let Some(b) = actors.get(k + 1)
                && goods.contains(&b.m.start)
                && !goods.contains(&a.m.start)
                && super::pledge::continues_list_past_the(
                    &v.article[a.m.end..b.m.start],
                    &self.lists.name_joiners,
                )
            {
                goods.push(a.m.start);
            }
        }
        // "Goods from Canada and Mexico that qualify ... are exempt": where
        // goods come from faces the tariff, and so do the names listed with
        // it.
        let mut from_goods = false;
        for (k, a) in actors.iter().enumerate() {
            let after_from = self.preceding_word(v, a.tok).is_some_and(|p| {
                p > 0
                    && phrase_at(&v.ids, p, &c.origin_preps)
                    && phrase_at(&v.ids, p - 1, &c.tariff_goods_nouns)
            });
            let listed = from_goods
                && k > 0
                && super::pledge::continues_list_past_the(
                    &v.article[actors[k - 1].m.end..a.m.start],
                    &self.lists.name_joiners,
                );
            from_goods = after_from || listed;
            if from_goods && !goods.contains(&a.m.start) {
                goods.push(a.m.start);
            }
        }
        let sold_into = |a: &Placed| {
            a.tok < t0
                && any_phrase_in(
                    &v.ids,
                    a.tok.saturating_sub(3).max(cs),
                    a.tok,
                    &c.tariff_source_after,
                )
        };
        // Between the verb and the trigger only the nearest actor (and others
        // of its country) takes a role: "Thailand benefited from an EC tariff"
        // is the EC's tariff.
        // ("has told the U.S. that ... a 10 pct tariff": who is told is not
        // whose tariff it is.)
        let nearest_before = actors
            .iter()
            .rev()
            .find(|a| {
                a.tok < t0
                    && !goods.contains(&a.m.start)
                    && !sold_into(a)
                    && !located(a)
                    && !faces(a.tok)
                    && face_at.is_none_or(|f| a.tok > f || a.tok < face_from)
                    && !self.preceded_by(v, a.tok, &c.listener_verbs)
                    && !self.only_speaks_of(v, &actors, a, t0)
            })
            .map(|a| self.lexicon.entry(a.m.entry).country.clone());
        // "Canadian corn levy", "an EC tariff", "against EC vegetable oil
        // duty": a party naming the tariff imposes it, whatever stands before.
        // (Not when the trigger is a verb of facing: "Saudi Arabia drew
        // only the 10 percent minimum", "Kia paying 25%" name its subject.)
        let trigger_faces = face_at.is_some_and(|f| f >= t0);
        let modifier = actors
            .iter()
            .rev()
            .filter(|_| !trigger_faces)
            .find(|a| a.tok < t0 && !located(a) && !goods.contains(&a.m.start))
            .filter(|a| self.modifies(v, a, t0))
            .map(|a| a.m.start);
        // "pressure from Washington, which doubled tariffs on Indian goods",
        // "its dependence on the United States, which has put tariffs on
        // Canadian steel": the name a "who" or "which" clause hangs on is
        // that clause's subject, whatever preposition stands before it.
        let rel = site.clause.start;
        let heads_relative =
            |a: &Placed| a.tok < rel && rel > 0 && phrase_at(&v.ids, rel, &c.relative_pronouns);
        let mut fallback: Vec<Placed> = Vec::new();
        // Whether a source was placed by a cue (a verb, a preposition, a
        // name modifying the tariff) or by word order alone.
        let (mut cued, mut by_order) = (false, false);
        // Whether a plain country name modifying the tariff was made its
        // target ([`super::Args::bare_target`]).
        let mut bare_name_target = false;
        let mut bare_faced: Vec<Option<String>> = Vec::new();
        // The sources placed by word order alone (mention starts).
        let mut order_sources: Vec<usize> = Vec::new();
        // "a 20% tariff in the U.S. market", "out of the Chinese market": the
        // market where goods are sold imposes the tariff (`tariff_market_nouns`).
        let market = |a: &Placed| {
            (a.tok..v.tokens.len())
                .find(|&i| v.tokens[i].start >= a.m.end)
                .is_some_and(|n| phrase_at(&v.ids, n, &c.tariff_market_nouns))
                && self.preceding_word(v, a.tok).is_some_and(|p| {
                    phrase_at(&v.ids, p, &c.location_preps)
                        || ["into", "to"]
                            .iter()
                            .any(|w| v.tokens[p].text.eq_ignore_ascii_case(w))
                        // ("prices Canadian canola out of the Chinese market")
                        || (p > 0
                            && v.tokens[p].text.eq_ignore_ascii_case("of")
                            && v.tokens[p - 1].text.eq_ignore_ascii_case("out"))
                })
        };
        // "the safeguard duty that India charges on imports": the subject of
        // a relative clause on the tariff imposes it.
        let relative_subject = self.relative_imposer(v, site, &actors);
        for a in actors.iter().copied() {
            if relative_subject == Some(a.m.start) {
                self.push_actor(out, v, a, Role::Source);
                cued = true;
                continue;
            }
            if market(a) {
                self.push_actor(out, v, a, Role::Source);
                cued = true;
                continue;
            }
            // "vehicles made in China": where the goods come from faces it.
            if a.tok >= t1 && self.preceding_phrase_len(v, a.tok, &c.goods_origin_phrases) > 1 {
                self.push_actor(out, v, a, Role::Target);
                continue;
            }
            if self.is_location(v, a) && a.tok >= t1 {
                continue;
            }
            if controllers.contains(&a.m.start) {
                self.push_actor(out, v, a, Role::Source);
                cued = true;
                continue;
            }
            if controlled.contains(&a.m.start) {
                self.push_actor(out, v, a, Role::Target);
                continue;
            }
            if goods.contains(&a.m.start) {
                self.push_actor(out, v, a, Role::Target);
                continue;
            }
            if sold_into(a) {
                self.push_actor(out, v, a, Role::Source);
                cued = true;
                continue;
            }
            if modifier == Some(a.m.start) {
                // A country's plain name on the tariff, where a demonym
                // would be, is whose goods face it: "China tariffs cut to
                // 47%", "the Brazil tariffs", "raises China rate to 125%"
                // are the tariffs on it ("U.S. tariffs", "Canadian corn
                // levy" are their own). The article's stated tariffs may
                // turn it to the imposer (inherit_roles).
                if self.bare_name(v, a)
                    && phrase_at(&v.ids, t0, &c.tariff_bare_name_nouns)
                    && (a.tok..t0).all(|i| v.tokens[i].start < a.m.end)
                {
                    self.push_actor(out, v, a, Role::Target);
                    bare_name_target = true;
                    bare_faced.push(self.lexicon.entry(a.m.entry).country.clone());
                    continue;
                }
                self.push_actor(out, v, a, Role::Source);
                // ("Japan car tariff" is the tariff on Japan's cars as often
                // as "Canadian corn levy" is Canada's: with goods between,
                // the name is no cue; the article's stated tariffs decide.)
                if self.goods_between(v, a, t0) || self.bare_name(v, a) {
                    by_order = true;
                    order_sources.push(a.m.start);
                } else {
                    cued = true;
                }
                continue;
            }
            if modifier.is_some() && a.tok < t0 && !faces(a.tok) {
                continue;
            }
            let before_face = faces(a.tok);
            if a.tok < t0
                && !before_face
                && nearest_before.as_ref() != Some(&self.lexicon.entry(a.m.entry).country)
            {
                continue;
            }
            let role = if a.tok >= t1 {
                if self.preceding_phrase_len(v, a.tok, &c.tariff_request_agents) > 0 {
                    // "tariff cuts on 66 products requested by Washington":
                    // who asks for the cut is whose goods it is about.
                    Role::Target
                } else if any_phrase_in(
                    &v.ids,
                    a.tok.saturating_sub(3).max(t1),
                    a.tok,
                    &c.tariff_source_after,
                ) || self.preceded_by(v, a.tok, &c.agent_preps)
                {
                    Role::Source
                } else if self.preceded_by(v, a.tok, &c.tariff_target_preps) {
                    Role::Target
                } else {
                    // An actor after the trigger with no preposition is
                    // whose goods are hit only when nothing else is.
                    fallback.push(*a);
                    continue;
                }
            } else if before_face
                || (face_at.is_none()
                    && self.preceded_by(v, a.tok, &c.tariff_target_preps)
                    && !heads_relative(a))
            {
                // "the most likely move against Japan would involve duties";
                // but after "protested against the EC plan", the EC imposes.
                Role::Target
            } else {
                by_order = true;
                order_sources.push(a.m.start);
                Role::Source
            };
            if role == Role::Source && a.tok >= t1 {
                cued = true;
            }
            self.push_actor(out, v, a, role);
        }
        // "duties on solar cells from Cambodia, Malaysia, Thailand and
        // Vietnam": a list after a target shares its role.
        let mut k = 0;
        while k < fallback.len() {
            let a = fallback[k];
            let prev = actors.iter().rev().find(|b| b.tok < a.tok);
            let joins = prev.is_some_and(|b| {
                out.actors
                    .iter()
                    .any(|x| x.start == b.m.start && x.role == Role::Target)
                    && super::pledge::continues_list_past_the(
                        &v.article[b.m.end..a.m.start],
                        &self.lists.name_joiners,
                    )
            });
            if joins {
                self.push_actor(out, v, &a, Role::Target);
                fallback.remove(k);
            } else {
                k += 1;
            }
        }
        // A country a cue makes the target ("a 30% tariff on South African
        // goods", "duties on Chinese imports") is not also the imposer that
        // word order alone guessed ("Pretoria and Washington ... imposed a
        // 30% tariff on South African goods"): the cue wins, and the imposer
        // is named elsewhere or inherited.
        let faced: Vec<Option<String>> = out
            .actors
            .iter()
            .filter(|a| a.role == Role::Target)
            .map(|a| a.country.clone())
            .collect();
        let before = out.actors.len();
        out.actors.retain(|a| {
            !(a.role == Role::Source
                && order_sources.contains(&a.start)
                && a.country.is_some()
                && faced.contains(&a.country))
        });
        if out.actors.len() < before {
            by_order = out
                .actors
                .iter()
                .any(|a| a.role == Role::Source && order_sources.contains(&a.start));
        }
        // A government, its agencies and officials impose; of the rest, a
        // country's own goods are not the target of its tariff.
        let sources: Vec<Option<String>> = out
            .actors
            .iter()
            .filter(|a| a.role == Role::Source)
            .map(|a| a.country.clone())
            .collect();
        let (officials, goods): (Vec<Placed>, Vec<Placed>) = fallback.into_iter().partition(|a| {
            matches!(
                self.lexicon.entry(a.m.entry).kind,
                ActorKind::Agency | ActorKind::Person
            )
        });
        // (Not one of the country a plain name on the tariff made its
        // target: "China tariffs cut after meeting with Xi".)
        if sources.is_empty() {
            for a in officials
                .iter()
                .filter(|a| !bare_faced.contains(&self.lexicon.entry(a.m.entry).country))
            {
                self.push_actor(out, v, a, Role::Source);
                by_order = true;
            }
        }
        // Whether the sentence's targets come only from here: a country
        // after the trigger with no preposition to place it.
        let mut bare_targets = false;
        if !out.actors.iter().any(|a| a.role == Role::Target) {
            for a in &goods {
                if !sources.contains(&self.lexicon.entry(a.m.entry).country) {
                    self.push_actor(out, v, a, Role::Target);
                    bare_targets = true;
                }
            }
        }
        // "a 15 pct export tax on shipments of Canadian softwood lumber to
        // the U.S.": an export duty is levied by the country whose goods
        // leave, and borne by its own exporters (inherit_roles adds that
        // target), not by where they are sold.
        if self.export_duty(v, site) && !out.actors.iter().any(|a| a.role == Role::Source) {
            for a in out.actors.iter_mut().filter(|a| a.role == Role::Target) {
                a.role = Role::Source;
                cued = true;
            }
        }
        // "In July he imposed a 50% tariff", "since his April tariff blitz":
        // a pronoun subject of the imposing verb, or a possessive one on the
        // tariff, is the person last named, who imposes; a possessive wins
        // over word order, as a name modifying the tariff does.
        if let Some((imposer, possessive)) = self.pronoun_imposer(v, site) {
            let placed = out.actors.iter().any(|a| a.role == Role::Source);
            let by_order_only = out
                .actors
                .iter()
                .filter(|a| a.role == Role::Source)
                .all(|a| order_sources.contains(&a.start));
            if possessive && placed && by_order_only {
                out.actors
                    .retain(|a| !(a.role == Role::Source && order_sources.contains(&a.start)));
                by_order = false;
            }
            if !out.actors.iter().any(|a| a.role == Role::Source) {
                out.push(imposer);
                cued = true;
            }
        }
        // "lower U.S. tariffs on its goods", "a 15% rate on most of their
        // goods", "Washington's tariffs on both partners": whose goods a
        // pronoun or a pair names after the tariff's target preposition.
        if let Some(referents) = self.goods_referents(v, site, out, &order_sources) {
            let named: Vec<Option<String>> = referents.iter().map(|a| a.country.clone()).collect();
            // (The referents face it: a source word order gave one of them
            // goes.)
            out.actors.retain(|a| {
                !(a.role == Role::Source
                    && order_sources.contains(&a.start)
                    && named.contains(&a.country))
            });
            by_order = out
                .actors
                .iter()
                .any(|a| a.role == Role::Source && order_sources.contains(&a.start));
            for a in referents {
                out.push(a);
            }
        }
        out.cued = cued;
        out.bare_target =
            bare_name_target && !out.actors.iter().any(|a| a.role == Role::Source) && {
                let mut targets: Vec<&str> = out
                    .actors
                    .iter()
                    .filter(|a| a.role == Role::Target)
                    .filter_map(|a| a.country.as_deref())
                    .collect();
                targets.dedup();
                targets.len() == 1
            };
        out.order_pair = by_order
            && !cued
            && bare_targets
            && !any_phrase_in(&v.ids, cs, ce, &c.tariff_own_markers);
        out.guessed = by_order
            && !cued
            && !out.actors.iter().any(|a| a.role == Role::Target)
            && !any_phrase_in(&v.ids, cs, ce, &c.tariff_own_markers);
        if self.mutual_roles(v, site, out) {
            out.guessed = false;
            out.cued = false;
            out.order_pair = false;
        }
    }

    /// The countries whose goods a reference after the tariff names, as
    /// targets: a possessive of `tariff_goods_pronouns` right after a
    /// `tariff_target_preps` word past the trigger with a goods word at
    /// most three words on ("lower U.S. tariffs on its goods", "a 15% rate
    /// on most of their goods"), or a pair of `tariff_pair_refs` there
    /// ("Washington's tariffs on both partners") or before a verb of facing
    /// ("both countries that face levies"). "Its" is the nearest country
    /// before it that is no source; "their" and a pair the nearest list of
    /// countries before it (a pair: else the last two countries named
    /// before it, else the article's leading countries, the pair's words
    /// then their mention). A source placed by word order alone
    /// (`order_sources`) may be the referent. None when there is no such
    /// reference or no country fits.
    fn goods_referents(
        &self,
        v: &View,
        site: &RoleSite,
        out: &Args,
        order_sources: &[usize],
    ) -> Option<Vec<Actor>> {
        let c = &self.cues;
        let (ce, t0, t1) = (site.parties.end, site.trigger.first, site.trigger.past);
        let pair_len = |i: usize| phrase_len_at(&v.ids, i, &c.tariff_pair_refs);
        let goods_after = |i: usize| {
            (i + 1..(i + 4).min(ce)).any(|k| phrase_at(&v.ids, k, &c.tariff_goods_nouns))
        };
        // The reference: (its first word, its length, whether it is "its").
        let after = (t1..ce.saturating_sub(1))
            .take_while(|&i| {
                !v.article[v.tokens[t1 - 1].end..v.tokens[i].start].contains([';', ':'])
            })
            .filter(|&i| phrase_at(&v.ids, i, &c.tariff_target_preps))
            .find_map(|i| {
                let r = i + 1;
                if phrase_at(&v.ids, r, &c.tariff_goods_pronouns) && goods_after(r) {
                    let one = v.tokens[r].text.eq_ignore_ascii_case("its");
                    Some((r, 1, one))
                } else {
                    (pair_len(r) > 0).then(|| (r, pair_len(r), false))
                }
            });
        let face = last_phrase_in(&v.ids, site.parties.start, t0, &c.tariff_face_verbs);
        let before = || {
            let f = face?;
            (f.saturating_sub(4)..f)
                .find(|&i| pair_len(i) > 0 && i + pair_len(i) + 1 >= f)
                .map(|i| (i, pair_len(i), false))
        };
        let (at, len, single) = after.or_else(before)?;
        let sources: Vec<&Option<String>> = out
            .actors
            .iter()
            .filter(|a| a.role == Role::Source && !order_sources.contains(&a.start))
            .map(|a| &a.country)
            .collect();
        let candidates: Vec<&Placed> = self
            .actors_of(v)
            .iter()
            .filter(|a| a.tok < at)
            .filter(|a| {
                let e = self.lexicon.entry(a.m.entry);
                // (A country where goods are made is one of a pair too:
                // "made in Cambodia ..., both countries that face".)
                e.country.is_some()
                    && e.members.is_empty()
                    && (!self.is_location(v, a) || (!single && e.kind == ActorKind::Country))
                    && !sources.contains(&&e.country)
            })
            .collect();
        let actor = |a: &Placed| self.actor(v, a, Role::Target);
        if single {
            return candidates.last().map(|a| vec![actor(a)]);
        }
        // The nearest list: the last candidate and those it continues.
        let mut list: Vec<&Placed> = Vec::new();
        for a in candidates.iter().rev() {
            match list.last() {
                None => list.push(a),
                Some(b)
                    if super::pledge::continues_list_past_the(
                        &v.article[a.m.end..b.m.start],
                        &self.lists.name_joiners,
                    ) =>
                {
                    list.push(a)
                }
                Some(_) => break,
            }
        }
        let distinct = |acts: &[Actor]| {
            let mut k: Vec<&Option<String>> = acts.iter().map(|a| &a.country).collect();
            k.sort();
            k.dedup();
            k.len()
        };
        let mut found: Vec<Actor> = list.iter().map(|a| actor(a)).collect();
        if distinct(&found) < 2 {
            found.clear();
            for a in candidates.iter().rev() {
                if distinct(&found) >= 2 {
                    break;
                }
                if !found
                    .iter()
                    .any(|b| b.country == self.lexicon.entry(a.m.entry).country)
                {
                    found.push(actor(a));
                }
            }
        }
        if distinct(&found) < 2 && len > 0 {
            let (s, e) = (v.tokens[at].start, v.tokens[at + len - 1].end);
            for (k, n, a) in self.article_countries(v.cx) {
                if distinct(&found) >= 2 {
                    break;
                }
                if n >= 2
                    && !sources.contains(&&Some(k.clone()))
                    && !found.iter().any(|b| b.country.as_ref() == Some(&k))
                {
                    found.push(Actor {
                        role: Role::Target,
                        text: v.article[s..e].to_string(),
                        start: s,
                        end: e,
                        ..a
                    });
                }
            }
        }
        (distinct(&found) >= 2).then_some(found)
    }

    /// The tariff word (`tariff_mention_nouns`) that actor `a`, written as a
    /// possessive ("India's", "Trump’s"), names as its owner: at most three
    /// plain words on, before word `ce` ("India's three-year levy",
    /// "Trump's first 10% tariff"). None for any other actor.
    fn possessive_tariff_noun(&self, v: &View, a: &Placed, ce: usize) -> Option<usize> {
        if !written_possessive(v, a) {
            return None;
        }
        (a.tok + 1..(a.tok + 1 + POSSESSIVE_REACH).min(ce)).find(|&k| {
            phrase_at(&v.ids, k, &self.cues.tariff_mention_nouns) && self.modifies(v, a, k)
        })
    }

    /// Whether actor `a` is the possessive owner of another tariff word of
    /// the sentence than the trigger (words `t0..t1`), set apart from it:
    /// before the trigger, with at least [`OTHER_TARIFF_GAP`] words or a
    /// break between that word and the trigger and no modifying reach to
    /// the trigger and no colon or bracket restating it ("answered Trump's
    /// first 10% tariff in March with duties"; not "Trump's tariffs of 25%"
    /// nor "Washington's levy stands at 145%: the 125% rate", nor the rate
    /// after "of", "Hanoi's duties of 23 to 28 percent"); after it, at
    /// least
    /// [`OTHER_TARIFF_GAP`] words past it ("duties on steel, and Mexico's
    /// tariffs").
    fn owns_another_tariff(&self, v: &View, a: &Placed, t0: usize, t1: usize, ce: usize) -> bool {
        let Some(k) = self.possessive_tariff_noun(v, a, ce) else {
            return false;
        };
        if k >= t0 && k < t1.max(t0 + 1) {
            return false;
        }
        if a.tok < t0 {
            // (A possessive before the trigger on a word past it, "Trump's
            // doubled 20% duty" read at "20%", owns this tariff.)
            // ("Washington's levy now stands at 145%: the 125% rate that
            // Trump announced": a colon or bracket restates it.
            // Nor "Hanoi's duties of 23 to 28 percent" read at the
            // percent: "of" opens that tariff's own rate.)
            let between = || &v.article[v.tokens[k].end..v.tokens[t0].start];
            let own_rate = || v.tokens[k + 1].text.eq_ignore_ascii_case("of");
            k < t0
                && (t0 - (k + 1) >= OTHER_TARIFF_GAP || between().contains([',', ';', '—', '–']))
                && !between().contains([':', '('])
                && (!own_rate() || between().contains([',', ';']))
                && !self.modifies(v, a, t0)
        } else {
            a.tok >= t1 + OTHER_TARIFF_GAP
        }
    }

    /// Where another tariff of the sentence starts after the trigger: the
    /// first word of `tariff_mention_nouns` or percent (not the tariff's own
    /// rate) past the trigger in its clause with a comma, semicolon, dash or
    /// `list_joiners` word between ("the levies on China ..., and the
    /// punitive duties on Brazil", "15% on Japanese goods and 50% on Indian
    /// ones", "American goods ..., the moment Trump's duties on Canadian
    /// products took effect"). None when no such word follows.
    fn next_tariff_mention(&self, v: &View, site: &RoleSite) -> Option<usize> {
        let c = &self.cues;
        let (t1, ce) = (site.trigger.past, site.parties.end);
        if t1 == 0 || t1 >= ce {
            return None;
        }
        let own = self.rate(v, site.clause, site.trigger).map(|r| r.start);
        let percents: Vec<usize> = self
            .clause_percents(v, site.parties)
            .filter(|(q, _)| Some(q.start) != own)
            .map(|(_, k)| k)
            .collect();
        let from = v.tokens[t1 - 1].end;
        (t1..ce).find(|&k| {
            (phrase_at(&v.ids, k, &c.tariff_mention_nouns) || percents.contains(&k))
                && (v.article[from..v.tokens[k].start].contains([',', ';', '—', '–'])
                    || any_phrase_in(&v.ids, t1, k, &c.list_joiners))
        })
    }

    /// The mention start of the subject of a relative clause on the tariff
    /// that imposes it: right after the trigger (past closing quotes), one
    /// of `tariff_relative_openers` or none, then a country or person (a
    /// title's capitalised words may stand before it: "that President
    /// Donald Trump announced"), at most two lowercase words ("normally",
    /// "had"), and a verb of `tariff_impose_verbs` or
    /// `tariff_relative_verbs` ("the duty that India charges on imports",
    /// "the tariffs Trump had imposed"). None otherwise.
    fn relative_imposer(&self, v: &View, site: &RoleSite, actors: &[&Placed]) -> Option<usize> {
        let c = &self.cues;
        let (t1, ce) = (site.trigger.past, site.parties.end);
        if t1 >= ce {
            return None;
        }
        let opener = phrase_at(&v.ids, t1, &c.tariff_relative_openers);
        let from = if opener { t1 + 1 } else { t1 };
        // (No comma, colon or dash between the trigger and the clause's
        // subject; a comma may open a clause with "which".)
        let lead = &v.article[v.tokens[t1 - 1].end..v.tokens[t1].start];
        if lead.contains([';', ':']) || (!opener && lead.contains([',', '—', '–', '('])) {
            return None;
        }
        let gap = |i: usize| &v.article[v.tokens[from.min(i)].start..v.tokens[i].start];
        let a = actors.iter().find(|a| {
            a.tok >= from
                && a.tok < (from + 3).min(ce)
                && (from..a.tok).all(|i| {
                    v.tokens[i].start >= a.m.start
                        || v.tokens[i].text.starts_with(char::is_uppercase)
                })
                && !gap(a.tok).contains([',', ';', ':', '—', '–', '('])
        })?;
        let e = self.lexicon.entry(a.m.entry);
        if e.country.is_none() || self.is_location(v, a) || a.m.demonym {
            return None;
        }
        let next = (a.tok..ce).find(|&i| v.tokens[i].start >= a.m.end)?;
        if v.article[a.m.end..v.tokens[next].start].contains([',', ';', ':', '\'', '’']) {
            return None;
        }
        let verb = (next..(next + 3).min(ce)).find(|&i| {
            phrase_at(&v.ids, i, &c.tariff_impose_verbs)
                || phrase_at(&v.ids, i, &c.tariff_relative_verbs)
        })?;
        let plain = (next..verb).all(|i| {
            let w = v.tokens[i].text;
            w.chars().all(char::is_lowercase)
                && !phrase_at(&v.ids, i, &c.determiners)
                && !phrase_at(&v.ids, i, &c.tariff_target_preps)
        });
        plain.then_some(a.m.start)
    }

    /// The person a pronoun for the tariff's imposer names, and whether the
    /// pronoun is a possessive: "he" or "she" (`pronouns`) with at most two
    /// lowercase words before a verb of `tariff_impose_verbs` (the trigger or
    /// before it: "In July he imposed", "he will hit goods from ..."), or
    /// "his" or "her" (`person_possessives`) right before the trigger with at
    /// most two plain words between ("his April tariff blitz"). The person is
    /// the latest named (the sentence's first before the pronoun, else the
    /// nearest sentence before), and must have a country.
    fn pronoun_imposer(&self, v: &View, site: &RoleSite) -> Option<(Actor, bool)> {
        let c = &self.cues;
        let (cs, t0, t1) = (site.parties.start, site.trigger.first, site.trigger.past);
        let lower = |i: usize| v.tokens[i].text.chars().all(char::is_lowercase);
        let subject = last_phrase_in(&v.ids, cs, t1, &c.tariff_impose_verbs).and_then(|cv| {
            (cv.saturating_sub(3).max(cs)..cv)
                .rev()
                .find(|&i| phrase_at(&v.ids, i, &c.pronouns))
                .filter(|&p| {
                    (p + 1..cv).all(|i| lower(i) && !phrase_at(&v.ids, i, &c.passive_auxiliaries))
                })
        });
        let possessive = || {
            (t0.saturating_sub(3).max(cs)..t0)
                .rev()
                .find(|&i| phrase_at(&v.ids, i, &c.person_possessives))
                .filter(|&p| {
                    (p + 1..t0).all(|i| {
                        is_plain_word(v.tokens[i].text)
                            && !phrase_at(&v.ids, i, &c.determiners)
                            && !phrase_at(&v.ids, i, &c.tariff_target_preps)
                    })
                })
        };
        let (at, is_possessive) = match subject {
            Some(p) => (p, false),
            None => (possessive()?, true),
        };
        let person = self.latest_person(v, at, site.previous)?;
        person.country.as_ref()?;
        Some((
            Actor {
                role: Role::Source,
                ..person
            },
            is_possessive,
        ))
    }

    /// Whether actor `a` is a country named by its full name, plain: not a
    /// demonym ("Chinese"), an abbreviation used as one ("U.S.", "EU") or a
    /// possessive ("China's"). Before a tariff word such a name ("China
    /// tariffs", "the Brazil tariffs") may name the tariff's imposer or its
    /// target.
    fn bare_name(&self, v: &View, a: &Placed) -> bool {
        let text = &v.article[a.m.start..a.m.end];
        !a.m.demonym
            && self.lexicon.entry(a.m.entry).kind == ActorKind::Country
            && text.chars().any(char::is_lowercase)
            && !written_possessive(v, a)
    }

    /// Whether the trigger names an export duty: it starts with one of
    /// `export_words` ("export tax") or one stands right before it ("export
    /// duties").
    pub(crate) fn export_duty(&self, v: &View, site: &RoleSite) -> bool {
        let t0 = site.trigger.first;
        let words = &self.lists.export_words;
        let is_export = |i: usize| {
            let w = v.tokens[i].text;
            words.iter().any(|x| {
                w.len() >= x.len()
                    && w.is_char_boundary(x.len())
                    && w[..x.len()].eq_ignore_ascii_case(x)
            })
        };
        is_export(t0)
            || (t0 > 0
                && words
                    .iter()
                    .any(|x| v.tokens[t0 - 1].text.eq_ignore_ascii_case(x)))
    }

    /// Whether a goods word (`tariff_goods_nouns`) stands between actor `a`
    /// and the trigger at `t0` ("Japan car tariff", "Canadian corn levy").
    fn goods_between(&self, v: &View, a: &Placed, t0: usize) -> bool {
        (a.tok + 1..t0)
            .filter(|&i| v.tokens[i].start >= a.m.end)
            .any(|i| phrase_at(&v.ids, i, &self.cues.tariff_goods_nouns))
    }

    /// The subject and objects of an imposing verb before the trigger
    /// (`tariff_impose_verbs`), as mention starts: "Trump hits Brazil with
    /// a 50% levy", "Trump pauses Canada, Mexico tariffs". The subject stands
    /// at most three plain words before the verb; the first object right
    /// after it (determiners and figures between), the others continuing its
    /// list ("the president hit Brazil with a levy": no subject named, the
    /// object still faces it); the subject alone when no object is named
    /// ("China has since imposed duties"). Empty when subject and object are of one
    /// country ("the EU suspended EU tariffs" names one party), and for a
    /// noun ("won a cut in U.S. tariffs") or a passive ("are spared").
    fn tariff_controller(
        &self,
        v: &View,
        actors: &[&Placed],
        cs: usize,
        t0: usize,
    ) -> (Vec<usize>, Vec<usize>) {
        let c = &self.cues;
        let none = (Vec::new(), Vec::new());
        let Some(cv) = last_phrase_in(&v.ids, cs, t0, &c.tariff_impose_verbs) else {
            return none;
        };
        if cv == 0
            || phrase_at(&v.ids, cv - 1, &c.determiners)
            || phrase_at(&v.ids, cv - 1, &c.passive_auxiliaries)
        {
            return none;
        }
        let plain = |i: usize| {
            v.tokens[i]
                .text
                .chars()
                .all(|ch| ch.is_alphanumeric() || ch == '-' || ch == '.')
                && !phrase_at(&v.ids, i, &c.clause_joiners)
                && !phrase_at(&v.ids, i, &c.tariff_target_preps)
        };
        // ("agreed with Chinese President Xi Jinping to lower tariffs": a
        // partner after "with" is not who acts.)
        let subject = actors.iter().rev().find(|a| {
            a.tok >= cs && a.tok < cv && !self.is_location(v, a) && !self.with_nearby(v, a.tok) && {
                let between: Vec<usize> = (a.tok + 1..cv)
                    .filter(|&i| v.tokens[i].start >= a.m.end)
                    .collect();
                between.len() <= 3
                    && between.iter().all(|&i| plain(i))
                    && !v.article[a.m.end..v.tokens[cv].start].contains([',', ';', ':'])
            }
        });
        // "Trump, Xi agree to ease tariffs": of a list of subjects none is
        // the one imposer.
        let listed = subject.is_some_and(|a| {
            actors.iter().any(|b| {
                b.m.end <= a.m.start
                    && super::pledge::continues_list(
                        &v.article[b.m.end..a.m.start],
                        &self.lists.name_joiners,
                    )
            })
        });
        if listed {
            return none;
        }
        // The first object: only determiners and figures between the verb and it.
        let figure = |i: usize| {
            phrase_at(&v.ids, i, &c.determiners)
                || v.tokens[i]
                    .text
                    .chars()
                    .any(|ch| ch.is_ascii_digit() || ch == '%')
        };
        let mut objects: Vec<&Placed> = Vec::new();
        for a in actors.iter().filter(|a| a.tok > cv && a.tok < t0) {
            if self.is_location(v, a) {
                break;
            }
            let fits = match objects.last() {
                None => (cv + 1..a.tok)
                    .filter(|&i| v.tokens[i].start < a.m.start)
                    .all(figure),
                Some(b) => super::pledge::continues_list_past_the(
                    &v.article[b.m.end..a.m.start],
                    &self.lists.name_joiners,
                ),
            };
            if !fits {
                break;
            }
            objects.push(a);
        }
        let country = |a: &Placed| self.lexicon.entry(a.m.entry).country.clone();
        let own = subject.and_then(|a| country(a));
        // "China has since imposed anti-dumping duties": the subject imposes
        // the tariff the verb governs, at most four words on with no
        // comma or name between ("Canada slapped 25 per cent tariffs on
        // American goods ..., the moment Trump's duties took effect": not
        // Trump's duties).
        if objects.is_empty() {
            let governs = t0 <= cv + 5
                && !v.article[v.tokens[cv].end..v.tokens[t0].start].contains([',', ';', ':'])
                && !actors.iter().any(|a| a.tok > cv && a.tok < t0);
            return if governs {
                (subject.into_iter().map(|a| a.m.start).collect(), Vec::new())
            } else {
                none
            };
        }
        if own.is_some() && objects.iter().any(|a| country(a) == own) {
            return none;
        }
        // With no subject, a name modifying the tariff may be its imposer as
        // well as whose goods it hits ("the truce that cut U.S. tariffs on
        // Chinese goods"; "cut Japan car tariff"): no cue then.
        if subject.is_none() && objects.iter().any(|a| self.modifies(v, a, t0)) {
            return none;
        }
        (
            subject.into_iter().map(|a| a.m.start).collect(),
            objects.iter().map(|a| a.m.start).collect(),
        )
    }

    /// Whether actor `a` only speaks of the tariff at `t0`: a verb of saying
    /// (`reporting_verbs`) stands between them, the reported clause opens with a subject of its
    /// own (`reported_subjects`) and names no party ("Akazawa said the 50%
    /// duties would remain in place"; not "Canada said it would impose
    /// duties", "Washington announced plans to put tariffs", nor "Ottawa
    /// said U.S. duties would hurt": there the clause's own party decides).
    /// The imposer is then the article's.
    pub(crate) fn only_speaks_of(
        &self,
        v: &View,
        actors: &[&Placed],
        a: &Placed,
        t0: usize,
    ) -> bool {
        let c = &self.cues;
        let Some(at) = last_phrase_in(&v.ids, a.tok + 1, t0, &c.reporting_verbs) else {
            return false;
        };
        phrase_at(&v.ids, at + 1, &c.reported_subjects)
            && !actors.iter().any(|b| b.tok > at && b.tok < t0)
    }

    /// A two-way deal's tariff cut ("Indonesia, EU close trade pact; tariffs
    /// to fall on 98% of goods", "US, China agree to slash tariffs"): one of
    /// `tariff_cut_words` at most four words before the trigger or two
    /// after, in a clause holding one of `tariff_deal_words`, else one of
    /// `tariff_deal_verbs`. Returns the deal word's position and length and
    /// whether only the clause's own countries may be its sides (a verb of
    /// agreeing: "India agreed to cut tariffs" is India's). None where the
    /// clause gives the cut a direction: a country after a target
    /// preposition after the trigger ("levies on Chinese goods"), a country
    /// modifying the trigger with no cut word between ("U.S. tariffs",
    /// "Indonesia's 50% tariff"), "its" right before it, a party facing
    /// it, or one country as the cut's subject, no deal word between
    /// ("Washington will remove reciprocal tariffs"; not "US, China agree
    /// to slash tariffs", "Carney ... strikes deal to cut ... tariffs").
    fn two_way_deal(&self, v: &View, site: &RoleSite) -> Option<(usize, usize, bool)> {
        let c = &self.cues;
        let (cs, ce) = (site.parties.start, site.parties.end);
        let (t0, t1) = (site.trigger.first, site.trigger.past);
        let cut_from = t0.saturating_sub(TWO_WAY_CUT_BEFORE).max(cs);
        let cut = first_phrase_in(
            &v.ids,
            cut_from,
            (t1 + TWO_WAY_CUT_AFTER).min(ce),
            &c.tariff_cut_words,
        )?;
        let (at, len, named_only) = match first_phrase_in(&v.ids, cs, ce, &c.tariff_deal_words) {
            Some(at) => (at, phrase_len(v, at, &c.tariff_deal_words), false),
            None => {
                let at = first_phrase_in(&v.ids, cs, ce, &c.tariff_deal_verbs)?;
                (at, phrase_len(v, at, &c.tariff_deal_verbs), true)
            }
        };
        let agreeing = |lo: usize, hi: usize| {
            any_phrase_in(&v.ids, lo, hi, &c.tariff_deal_words)
                || any_phrase_in(&v.ids, lo, hi, &c.tariff_deal_verbs)
        };
        let directed = self.clause_actors(v, cs, ce).iter().any(|a| {
            (a.tok < cut && cut - a.tok <= TWO_WAY_SUBJECT_REACH && !agreeing(a.tok + 1, cut))
                || (a.tok >= t1 && self.preceded_by(v, a.tok, &c.tariff_target_preps))
                || (a.tok < t0
                    && self.modifies(v, a, t0)
                    && !any_phrase_in(&v.ids, a.tok + 1, t0, &c.tariff_cut_words))
        }) || any_phrase_in(
            &v.ids,
            cut.min(t0).saturating_sub(1),
            t0,
            &c.tariff_own_possessives,
        ) || any_phrase_in(&v.ids, cs, ce, &c.tariff_face_verbs);
        (!directed).then_some((at, len, named_only))
    }

    /// Mutual tariffs ("tariffs they had piled on each other's goods", "the
    /// two sides would each lower their levies"), the phrase at most
    /// [`MUTUAL_WINDOW`] words from the trigger: every country the clause
    /// names imposes and faces them; with fewer than two named, the article's
    /// two leading countries (each named at least twice) complete them. A
    /// country not named in the clause takes the mutual phrase as its
    /// mention, and the target side takes the trigger, so no mention holds
    /// two roles (src/invariants.rs allows one country on both sides here).
    /// Returns whether it made the tariff mutual.
    fn mutual_roles(&self, v: &View, site: &RoleSite, out: &mut Args) -> bool {
        let c = &self.cues;
        let (cs, ce) = (site.parties.start, site.parties.end);
        // (Near the trigger: "the two sides would probably meet ... before
        // the deadline for the tariffs" is not about the tariffs.)
        let (t0, t1) = (site.trigger.first, site.trigger.past);
        let near = (
            t0.saturating_sub(MUTUAL_WINDOW).max(cs),
            (t1 + MUTUAL_WINDOW).min(ce),
        );
        let (at, len, named_only) =
            match first_phrase_in(&v.ids, near.0, near.1, &c.tariff_mutual_phrases) {
                Some(at) => (at, phrase_len(v, at, &c.tariff_mutual_phrases), false),
                None => match self.two_way_deal(v, site) {
                    Some(deal) => deal,
                    None => return false,
                },
            };
        let phrase = (v.tokens[at].start, v.tokens[at + len - 1].end);
        let mut sources: Vec<Actor> = Vec::new();
        for a in self.clause_actors(v, cs, ce) {
            if !self.is_location(v, a) && self.lexicon.entry(a.m.entry).members.is_empty() {
                sources.push(self.actor(v, a, Role::Source));
            }
        }
        let mut countries: Vec<String> = Vec::new();
        for a in &sources {
            if let Some(k) = &a.country
                && !countries.contains(k)
            {
                countries.push(k.clone());
            }
        }
        if countries.len() < 2 && !named_only {
            for (k, n, a) in self.article_countries(v.cx) {
                if countries.len() >= 2 {
                    break;
                }
                if n >= 2 && !countries.contains(&k) {
                    countries.push(k);
                    sources.push(Actor {
                        role: Role::Source,
                        text: v.article[phrase.0..phrase.1].to_string(),
                        start: phrase.0,
                        end: phrase.1,
                        ..a
                    });
                }
            }
        }
        if countries.len() < 2 {
            return false;
        }
        let trigger = (site.trigger.start, site.trigger.end);
        let targets: Vec<Actor> = countries
            .iter()
            .filter_map(|k| sources.iter().find(|a| a.country.as_ref() == Some(k)))
            .map(|a| Actor {
                role: Role::Target,
                text: v.article[trigger.0..trigger.1].to_string(),
                start: trigger.0,
                end: trigger.1,
                ..a.clone()
            })
            .collect();
        out.actors.clear();
        for a in sources.into_iter().chain(targets) {
            out.push(a);
        }
        true
    }

    /// Whether actor `a` names goods: a word of `tariff_goods_nouns` at most
    /// three words after it, with only plain words between ("UK metal",
    /// "Canadian softwood lumber", "most EU goods"); not when the goods word
    /// names the tariff right after it ("U.S. steel tariffs", trigger at `t0`).
    /// A trigger that is itself a goods word ("Thai goods up to 203%") names goods.
    pub(crate) fn names_goods(&self, v: &View, a: &Placed, t0: usize) -> bool {
        let c = &self.cues;
        let Some(first) = (a.tok..v.tokens.len()).find(|&i| v.tokens[i].start >= a.m.end) else {
            return false;
        };
        // "EC vegetable oil import duty", "U.S. steel tariffs": the actor
        // names the tariff (a tariff noun at `t0`), not goods.
        if a.tok < t0
            && self.modifies(v, a, t0)
            && phrase_at(&v.ids, t0, &c.pledge_incidental_nouns)
        {
            return false;
        }
        let mut from = a.m.end;
        for i in first..(first + 3).min(v.tokens.len()) {
            // The trigger ends the search, unless it is itself the goods
            // word ("Thai goods up to 203%", rule tariff/goods-rate).
            let goods_trigger = i == t0 && phrase_at(&v.ids, i, &c.tariff_goods_nouns);
            if (i == t0 && !goods_trigger)
                || v.article[from..v.tokens[i].start].contains([',', ';', '(', ')', ':'])
            {
                return false;
            }
            if phrase_at(&v.ids, i, &c.tariff_goods_nouns) {
                // ("U.S. steel makers", "Canadian corn farmers" are the
                // industry, which asks for duties as often as it faces them.)
                return i + 1 != t0 && !phrase_at(&v.ids, i + 1, &c.goods_producer_nouns);
            }
            if phrase_at(&v.ids, i, &c.product_stops)
                || phrase_at(&v.ids, i, &c.tariff_target_preps)
                || phrase_at(&v.ids, i, &c.determiners)
                || !is_plain_word(v.tokens[i].text)
            {
                return false;
            }
            from = v.tokens[i].end;
        }
        false
    }

    /// The tariff rate: the percentage right before the trigger ("a 34
    /// percent duty"), else the one after "to" in "from X to Y" (the nearest
    /// after the trigger first), else the percentage nearest the trigger in
    /// its clause that is no "from X" of such a change. A share of trade
    /// ("98% of goods") is no rate; a range or a chain of changes gives its
    /// next figure ("between 4.9% and 19.8%", "150% → 75%").
    pub(crate) fn rate(&self, v: &View, clause: Clause, trigger: TriggerSpan) -> Option<Rate> {
        let (start, end) = (trigger.start, trigger.end);
        let c = &self.cues;
        let rates: Vec<(&Quantity, usize)> = self
            .clause_percents(v, clause)
            .filter(|(q, _)| !self.share_of_trade(v, q))
            .collect();
        let distance = |q: &Quantity| {
            if q.end <= start {
                start - q.end
            } else {
                q.start.saturating_sub(end)
            }
        };
        // Of several "from X to Y" pairs in the clause, the one nearest the
        // trigger, after it where there is one ("cut U.S. tariffs to 55% and
        // China's levies to 10%").
        let to_rates = || {
            rates.iter().filter(|(_, qt)| {
                *qt > 0 && phrase_at(&v.ids, qt - 1, &c.rate_to) && rates.len() > 1
            })
        };
        let to_rate = to_rates()
            .filter(|(q, _)| q.start >= end)
            .min_by_key(|(q, _)| distance(q))
            .or_else(|| to_rates().min_by_key(|(q, _)| distance(q)));
        // A rate right before the trigger is its own ("a matching 34 percent
        // duty ..., then raised it to 84 percent"; "25 per cent ad valorem duty").
        // So is one within two words after it, with no "from" or "to" between
        // ("facing a combined 50 per cent duty"; not "tariffs from 10% to 25%").
        let close =
            |gap: &str| !gap.contains([',', ';', '(', ')']) && gap.split_whitespace().count() <= 2;
        // (Not across a list joiner: "cut tariffs to 55% and China's levies
        // to 10%".)
        let joined = |q: &Quantity| {
            v.tokens.iter().enumerate().any(|(i, k)| {
                k.start >= q.end && k.end <= start && phrase_at(&v.ids, i, &c.list_joiners)
            })
        };
        let own = rates
            .iter()
            .rev()
            .find(|(q, _)| q.end <= start && close(&v.article[q.end..start]) && !joined(q))
            .or_else(|| {
                rates.iter().find(|(q, qt)| {
                    q.start >= end
                        && close(&v.article[end..q.start])
                        && !(trigger.past..*qt).any(|i| {
                            phrase_at(&v.ids, i, &self.cues.origin_preps)
                                || phrase_at(&v.ids, i, &self.cues.rate_to)
                        })
                })
            });
        // Where a rate changes ("to 18 per cent from 25 per cent"), the old
        // rate is no trigger's nearest rate: the event has the new one.
        let old_rate = |qt: usize| {
            to_rate.is_some() && {
                let mut i = qt;
                while i > 0 && phrase_at(&v.ids, i - 1, &self.cues.determiners) {
                    i -= 1;
                }
                i > 0 && phrase_at(&v.ids, i - 1, &self.cues.origin_preps)
            }
        };
        // A rate after the trigger that a change then replaces is the old
        // one ("car tariffs of more than 100% will drop to 10%").
        // So is one right before the trigger that a "to" rate past it
        // replaces with no break between ("bring the 50 per cent tariff on
        // Swiss watches down to 20 per cent"; not "a matching 34 percent
        // tariff ..., then raised it to 84 percent").
        let own = own.filter(|(q, _)| {
            !to_rate.is_some_and(|(t, _)| {
                let gap = &v.article[q.end.min(t.start)..t.start];
                t.start >= q.end
                    && if q.end > start {
                        !gap.contains([',', ';'])
                    } else {
                        t.start >= end
                            && !gap.contains(RATE_BREAKS)
                            && !self.another_measure(v, trigger.past, t.start)
                            && !self.own_predicate(v, trigger.past, t.start)
                    }
            })
        });
        let best = own.or(to_rate).or_else(|| {
            rates
                .iter()
                .filter(|(_, qt)| !old_rate(*qt))
                .min_by_key(|(q, _)| distance(q))
        })?;
        // A range or a chain of changes: the figure that follows.
        let k = rates.iter().position(|(q, _)| q.start == best.0.start)?;
        let q = match rates.get(k + 1) {
            Some(next) if self.range_link(v, best, next) => next.0,
            _ => best.0,
        };
        let QuantityKind::Percent { value, approx, .. } = q.kind else {
            return None;
        };
        // A range read as one figure ("27.7% to 34.9%", "between 4.9% and
        // 19.8%") keeps its lower end: the rate is the upper one.
        let value = if approx {
            range_top(&v.article[q.start..q.end]).unwrap_or(value)
        } else {
            value
        };
        Some(span_rate(v, q.start, q.end, value))
    }

    /// Whether the words from `from` to offset `until` join another
    /// measure: a `list_joiners` word or a `tariff_mention_nouns` word
    /// ("drop the 25 per cent penalty tariff ... and lower the reciprocal
    /// rate from 25 per cent to 18 per cent"), so that a "to" rate there is
    /// not the change of the trigger's tariff.
    fn another_measure(&self, v: &View, from: usize, until: usize) -> bool {
        let c = &self.cues;
        phrase_starts_before(v, from, until, &[&c.list_joiners, &c.tariff_mention_nouns])
    }

    /// Whether the words from `from` to offset `until` hold a
    /// `finite_auxiliaries` word: the tariff is the subject of a predicate
    /// of its own there ("the 20% tariff he had imposed would be halved to
    /// 10%"), whose change is another event than the rate it was stated with.
    fn own_predicate(&self, v: &View, from: usize, until: usize) -> bool {
        phrase_starts_before(v, from, until, &[&self.cues.finite_auxiliaries])
    }

    /// Whether percent `q` is a share of trade, no rate: `rate_share_preps`
    /// right after it and one of `rate_shares` within three words ("tariffs
    /// to fall on 98% of goods", "99% of tariff lines").
    fn share_of_trade(&self, v: &View, q: &Quantity) -> bool {
        let c = &self.cues;
        let Some(of) = v.token_from(q.end) else {
            return false;
        };
        phrase_at(&v.ids, of, &c.rate_share_preps)
            && (of + 1..(of + 4).min(v.tokens.len())).any(|i| phrase_at(&v.ids, i, &c.rate_shares))
    }

    /// Whether percent `b` continues percent `a` as the far end of a range
    /// or the next step of a change: only a `rate_range_links` word or
    /// symbol between them ("27.7% to 34.9%", "150% → 75%"), or "and" after
    /// a `rate_between` word before `a` ("between 4.9% and 19.8%").
    fn range_link(&self, v: &View, a: &(&Quantity, usize), b: &(&Quantity, usize)) -> bool {
        let c = &self.cues;
        let gap = &v.article[a.0.end..b.0.start];
        if gap.contains([',', ';', ':', '(', ')']) {
            return false;
        }
        let between: Vec<usize> = (a.1..b.1)
            .filter(|&i| v.tokens[i].start >= a.0.end && v.tokens[i].end <= b.0.start)
            .collect();
        match between[..] {
            [] => {
                let g = gap.trim();
                !g.is_empty() && g.chars().all(|ch| !ch.is_alphanumeric())
            }
            [i] => {
                phrase_at(&v.ids, i, &c.rate_range_links)
                    || (phrase_at(&v.ids, i, &c.list_joiners)
                        && a.1 > 0
                        && phrase_at(&v.ids, a.1 - 1, &c.rate_between))
            }
            _ => false,
        }
    }

    /// A zero rate for a tariff taken away or stated as none: a `rate_zero`
    /// word within eight words of the trigger in its clause ("American
    /// products would be sold at zero tariff", "will enter the UK
    /// duty-free") nearer than the percent `rate`, or a `rate_removals`
    /// verb within twelve words ("the 25% duty on British steel is to be
    /// removed", "Mauritius lifts duty") not negated or asked for, where no
    /// new rate follows "to" ("lifts Canada tariff to 35%").
    pub(crate) fn zero_rate(
        &self,
        v: &View,
        clause: Clause,
        trigger: TriggerSpan,
        rate: Option<&Rate>,
    ) -> Option<Rate> {
        let c = &self.cues;
        let (cs, ce) = (clause.start, clause.end);
        // Near: within `w` words of the trigger (or on it: "tariff-free"),
        // with no comma or semicolon between.
        let near = |i: usize, w: usize| {
            let (lo, hi) = if i < trigger.first {
                (v.tokens[i].end, v.tokens[trigger.first].start)
            } else {
                (
                    v.tokens[trigger.past - 1].end,
                    v.tokens[i].start.max(v.tokens[trigger.past - 1].end),
                )
            };
            i + w >= trigger.first
                && i < trigger.past + w
                && !v.article[lo..hi].contains([',', ';'])
        };
        let rate_tok = rate.and_then(|r| v.token_at(r.start));
        let dist = |i: usize| {
            if i < trigger.first {
                trigger.first - i
            } else {
                i.saturating_sub(trigger.past)
            }
        };
        let zero_at = |i: usize, cues: &Phrases| {
            let len = phrase_len_at(&v.ids, i, cues).max(1);
            let (s, e) = (v.tokens[i].start, v.tokens[i + len - 1].end);
            Some(span_rate(v, s, e, 0.0))
        };
        // "cut the 25% duty on Swiss watches to zero", "brought down from 5
        // per cent to nil": a zero after "to" past the trigger, with no
        // break between, is the new rate of a rate stated before it.
        if let Some(i) = (trigger.past.max(cs + 1)..ce).find(|&i| {
            phrase_at(&v.ids, i - 1, &c.rate_to) && phrase_at(&v.ids, i, &c.rate_zero_after_to)
        }) && !v.article[v.tokens[trigger.past - 1].end..v.tokens[i].start].contains(RATE_BREAKS)
            && !self.another_measure(v, trigger.past, v.tokens[i].start)
            && rate.is_none_or(|r| {
                r.end <= v.tokens[i].start
                    && (r.start >= trigger.start
                        || !self.own_predicate(v, trigger.past, v.tokens[i].start))
            })
        {
            return zero_at(i, &c.rate_zero_after_to);
        }
        if let Some(i) = (cs..ce)
            .filter(|&i| near(i, 8) && phrase_at(&v.ids, i, &c.rate_zero))
            .min_by_key(|&i| dist(i))
            && rate_tok.is_none_or(|r| dist(i) < dist(r))
        {
            return zero_at(i, &c.rate_zero);
        }
        if rate_tok.is_some_and(|r| r > 0 && phrase_at(&v.ids, r - 1, &c.rate_to)) {
            return None;
        }
        // (A removal verb after the trigger whose object is another tariff
        // takes that one away: "would impose the levy unless Brussels
        // dropped its planned 50% tariff".)
        let removes_another = |i: usize| {
            i >= trigger.past
                && (i + 1..(i + 1 + REMOVAL_OBJECT_REACH).min(ce))
                    .any(|k| phrase_at(&v.ids, k, &c.tariff_mention_nouns))
        };
        // A verb of other senses too ("drop") only with the tariff for its
        // object, or as its passive.
        // (A figure counts as one word: "drop the 25 per cent penalty tariff".)
        let quantities = self.quantities_of(v);
        let in_figure = |k: usize| {
            let at = v.tokens[k].start;
            quantities.iter().any(|q| q.start < at && at < q.end)
        };
        let governs = |i: usize| {
            if i < trigger.first {
                (i + 1..trigger.first).filter(|&k| !in_figure(k)).count() < REMOVAL_OBJECT_REACH
                    && (i + 1..trigger.first).all(|k| {
                        is_plain_word(v.tokens[k].text) || {
                            v.tokens[k]
                                .text
                                .chars()
                                .any(|ch| ch.is_ascii_digit() || ch == '%')
                        }
                    })
                    && !(i + 1..trigger.first).any(|k| {
                        phrase_at(&v.ids, k, &c.tariff_target_preps)
                            || phrase_at(&v.ids, k, &c.location_preps)
                            || phrase_at(&v.ids, k, &c.rate_to)
                    })
            } else {
                i > 0 && phrase_at(&v.ids, i - 1, &c.passive_auxiliaries)
            }
        };
        let i = (cs..ce)
            .filter(|&i| {
                near(i, 12)
                    && (phrase_at(&v.ids, i, &c.rate_removals)
                        || (phrase_at(&v.ids, i, &c.rate_removals_governing) && governs(i)))
                    && !removes_another(i)
            })
            .min_by_key(|&i| dist(i))?;
        let refused = (i.saturating_sub(3)..i).any(|j| {
            phrase_at(&v.ids, j, &c.predicate_negations)
                || phrase_at(&v.ids, j, &c.requested)
                || phrase_at(&v.ids, j, &c.rate_removal_conditions)
        });
        if refused {
            return None;
        }
        zero_at(i, &c.rate_removals)
    }

    /// Whether the clause holds a percentage of any kind (a rate or a share
    /// of trade): what a rule that requires a rate asks for.
    pub(crate) fn has_percent(&self, v: &View, clause: Clause) -> bool {
        self.clause_percents(v, clause).next().is_some()
    }

    /// The token before which a rate's figure stands once the
    /// `rate_hedges` in front of it ("nearly", "up to") are passed over:
    /// the word there is what the figure is a change, step or share of.
    fn before_hedges(&self, v: &View, first: usize) -> usize {
        let hedges = &self.cues.rate_hedges;
        let mut i = first;
        while let Some(n) = (1..=2).find(|&n| {
            i >= n && phrase_at(&v.ids, i - n, hedges) && phrase_len(v, i - n, hedges) == n
        }) {
            i -= n;
        }
        i
    }

    /// The sentence's percentages ("25%", "10 per cent", not percentage
    /// points) with their values: the figures a tariff's own rate, its
    /// steps and the rates no trigger holds are read from.
    fn plain_percents<'v>(&self, v: &'v View) -> impl Iterator<Item = (&'v Quantity, f64)> {
        self.quantities_of(v).iter().filter_map(|q| match q.kind {
            QuantityKind::Percent {
                unit: PercentUnit::Percent,
                value,
                ..
            } => Some((q, value)),
            _ => None,
        })
    }

    /// The percentages ("25%", "10 per cent") of the clause, each with the
    /// index of its first word: the figures [`Self::rate`] chooses from and
    /// [`Self::has_percent`] looks for.
    fn clause_percents<'v>(
        &self,
        v: &'v View,
        clause: Clause,
    ) -> impl Iterator<Item = (&'v Quantity, usize)> {
        self.quantities_of(v)
            .iter()
            .filter_map(move |q| match q.kind {
                QuantityKind::Percent {
                    unit: PercentUnit::Percent,
                    ..
                } => {
                    let qt = v.token_at(q.start)?;
                    (qt >= clause.start && qt < clause.end).then_some((q, qt))
                }
                _ => None,
            })
    }

    /// The goods a tariff applies to: the words after "on" that follows the trigger.
    pub(crate) fn product(&self, v: &View, clause: Clause, trigger: TriggerSpan) -> Option<Span> {
        let (t1, ce) = (trigger.past, clause.end);
        let on =
            (t1..(t1 + 3).min(ce)).find(|&i| phrase_at(&v.ids, i, &self.cues.product_preps))?;
        let mut i = on + 1;
        // Skip an amount ("on 300 mln dlrs worth of ...").
        if let Some(q) = self.quantities_of(v).iter().find(|q| {
            i < v.tokens.len() && q.start <= v.tokens[i].start && v.tokens[i].start < q.end
        }) {
            while i < ce && v.tokens[i].start < q.end {
                i += 1;
            }
            while i < ce && phrase_at(&v.ids, i, &self.cues.value_links) {
                i += 1;
            }
        }
        while i < ce && phrase_at(&v.ids, i, &self.cues.determiners) {
            i += 1;
        }
        let first = i;
        while i < ce && i < first + 4 {
            if phrase_at(&v.ids, i, &self.cues.product_stops) {
                break;
            }
            if i > first {
                let gap = &v.article[v.tokens[i - 1].end..v.tokens[i].start];
                if gap.contains([',', ';', '(', ')', '.']) {
                    break;
                }
            }
            i += 1;
        }
        if i == first {
            return None;
        }
        Some(span(v.article, v.tokens[first].start, v.tokens[i - 1].end))
    }
}

/// The last of two or more figures in a percentage's words: the upper end
/// of a range ("27.91 percent to 34.1 percent" -> 34.1); `None` for one figure.
fn range_top(text: &str) -> Option<f64> {
    let figures: Vec<f64> = text
        .split(|ch: char| !(ch.is_ascii_digit() || ch == '.'))
        .filter_map(|w| w.trim_matches('.').parse::<f64>().ok())
        .collect();
    (figures.len() >= 2).then(|| figures[figures.len() - 1])
}

/// A percent of a sentence as a rate of a list: its figure, its words
/// `first..past`, and the words that frame it.
struct ListedRate<'q> {
    q: &'q Quantity,
    value: f64,
    first: usize,
    past: usize,
}

impl Extractor {
    /// The further tariffs of a list of rates that continues the tariff
    /// `rate` ("slapped 100% tariffs on canola and 25% on pork", "Britain
    /// is capped at 10 per cent, and the EU and Japan at 15 per cent"): the
    /// gold counts one event per rate. Each percent after the rate in the
    /// sentence is one when it stands in the same frame as the one before
    /// it (the same `rate_preps` word right before both, or the same
    /// `product_preps` word within two words after both), is joined to it
    /// by a comma, a semicolon or a `list_joiners` word, has a value of its
    /// own, and is no change or comparison (`rate_stops` among the three
    /// words before it: "up from 2.5%", "exports rose 2%"). On a bulleted
    /// line, items parted by semicolons are one list, and rates right
    /// after a colon share a frame ("• Cabinets and vanities: 50%;
    /// upholstered furniture: 30%"). Each comes with the
    /// countries named in its own part of the list, the byte range of that
    /// part (for taking them off the first tariff), and the rate.
    pub(crate) fn listed_rates(
        &self,
        v: &View,
        rate: &Rate,
    ) -> Vec<(Rate, Vec<Actor>, usize, usize)> {
        let c = &self.cues;
        let percents: Vec<ListedRate> = self
            .quantities_of(v)
            .iter()
            .filter_map(|q| match q.kind {
                QuantityKind::Percent {
                    unit: PercentUnit::Percent,
                    value,
                    ..
                } => {
                    let first = v.token_at(q.start)?;
                    let past = v.token_from(q.end).unwrap_or(v.tokens.len());
                    Some(ListedRate {
                        q,
                        value,
                        first,
                        past,
                    })
                }
                _ => None,
            })
            .collect();
        let Some(k0) = percents.iter().position(|p| p.q.start == rate.start) else {
            return Vec::new();
        };
        // The product_preps word after a rate (skipping a tariff noun: "100%
        // tariffs on"), with no comma in between, and not before a day or a
        // month ("raised it to 84 percent on Wednesday").
        let calendar = &crate::vocab::get().calendar;
        let dated = |i: usize| {
            v.tokens.get(i + 1).is_some_and(|t| {
                calendar.month(t.text).is_some()
                    || calendar.weekdays.iter().any(|d| {
                        d.name.eq_ignore_ascii_case(t.text)
                            || d.abbreviations
                                .iter()
                                .any(|a| a.eq_ignore_ascii_case(t.text))
                    })
            })
        };
        let after = |p: &ListedRate| {
            (p.past..(p.past + 3).min(v.tokens.len()))
                .find(|&i| phrase_at(&v.ids, i, &c.product_preps))
                .filter(|&i| {
                    !v.article[p.q.end..v.tokens[i].start].contains([',', ';']) && !dated(i)
                })
                .map(|i| v.ids[i])
        };
        let before = |p: &ListedRate| {
            (p.first > 0 && phrase_at(&v.ids, p.first - 1, &c.rate_preps))
                .then(|| v.ids[p.first - 1])
        };
        // A rate right after a colon ("• Cabinets: 50%; sofas: 30%").
        let after_colon = |p: &ListedRate| v.article[..p.q.start].trim_end().ends_with(':');
        // A bulleted line: its items, parted by semicolons, are one list.
        let bulleted = on_bulleted_line(v);
        let mut values: Vec<f64> = vec![percents[k0].value];
        let mut out = Vec::new();
        let mut prev = &percents[k0];
        for p in &percents[k0 + 1..] {
            let gap = &v.article[prev.q.end..p.q.start];
            let joiner = (prev.past..p.first).find(|&i| phrase_at(&v.ids, i, &c.list_joiners));
            let comma = gap.rfind([',', ';']).map(|b| prev.q.end + b);
            let same_frame = after(prev).is_some_and(|w| after(p) == Some(w))
                || before(prev).is_some_and(|w| before(p) == Some(w))
                || (after_colon(prev) && after_colon(p));
            let stopped = (p.first.saturating_sub(3).max(prev.past)..p.first)
                .any(|i| phrase_at(&v.ids, i, &c.rate_stops));
            let same_clause = v.clause_of(p.first).start == v.clause_of(prev.first).start
                || (bulleted && gap.contains(';'));
            if !same_frame || stopped || !same_clause || (joiner.is_none() && comma.is_none()) {
                break;
            }
            if values.iter().any(|x| (x - p.value).abs() < 1e-9) {
                prev = p;
                continue;
            }
            values.push(p.value);
            // Its part of the list: from the last comma before it (or the
            // first joiner after the previous rate) to the next rate.
            let from = comma.unwrap_or_else(|| joiner.map_or(prev.q.end, |i| v.tokens[i].start));
            let to = percents
                .iter()
                .find(|n| n.q.start > p.q.start)
                .map_or(v.sentence.end, |n| n.q.start);
            let mut targets = Args::default();
            for a in self.actors_of(v) {
                if a.m.start >= from && a.m.end <= to && !self.is_location(v, a) {
                    self.push_actor(&mut targets, v, a, Role::Target);
                }
            }
            out.push((
                span_rate(v, p.q.start, p.q.end, p.value),
                targets.actors,
                from,
                to,
            ));
            prev = p;
        }
        out
    }
}

impl Extractor {
    /// The rates a tariff of rate `rate` steps to later ("a 10% tariff from
    /// Feb. 1, rising to 25% on June 1"): the gold counts each step as a
    /// tariff of its own. A percent is one when it comes after `rate` in
    /// the sentence, right after a comma and a `rate_step_words` participle
    /// (past `rate_hedges`), and has a value of its own.
    pub(crate) fn step_rates(&self, v: &View, rate: &Rate) -> Vec<Rate> {
        let c = &self.cues;
        let mut values = vec![rate.value];
        let mut out = Vec::new();
        for (q, value) in self.plain_percents(v) {
            if q.start <= rate.start || values.iter().any(|x| (x - value).abs() < 1e-9) {
                continue;
            }
            let Some(first) = v.token_at(q.start) else {
                continue;
            };
            let i = self.before_hedges(v, first);
            let step = (i.saturating_sub(3)..i).find(|&k| {
                phrase_at(&v.ids, k, &c.rate_step_words)
                    && k + phrase_len(v, k, &c.rate_step_words) == i
            });
            let Some(k) = step else {
                continue;
            };
            let comma = v.article[..v.tokens[k].start].trim_end().ends_with(',');
            if !comma || v.tokens[k].start < rate.end {
                continue;
            }
            values.push(value);
            out.push(span_rate(v, q.start, q.end, value));
        }
        out
    }

    /// The percents of a tariff sentence that stand as a tariff's rate of
    /// their own though no trigger of the sentence holds them ("face an
    /// additional 34 percent levy, on top of the 20 percent the
    /// administration already imposed"; "sets a 19% tariff instead of the
    /// threatened 32%"; "Korean automakers had paid 25% while Japanese
    /// rivals enjoyed a 15% rate"): the gold counts one tariff per rate.
    /// `taken` are the byte starts of the percents that are the rate or the
    /// trigger of a tariff already, `triggers` the tariff triggers' byte
    /// starts. A percent is passed over when it is a change, a comparison,
    /// a share or an end of a range: the nearest word before it (past
    /// `rate_hedges`: "nearly", "up to") is one of `rate_stops` or
    /// `rate_own_stops_before` ("from", "to", "between", "than"), or the word
    /// after it one of `rate_own_stops_after` ("of", "to", "and"); when a
    /// tariff trigger follows it within three words ("the 40% tariff", "25%
    /// Russian oil penalty"): that
    /// trigger's figure; and on a bulleted line (its items are read as a
    /// list, [`Extractor::listed_rates`]).
    pub(crate) fn unowned_rates(&self, v: &View, taken: &[usize], triggers: &[usize]) -> Vec<Rate> {
        let c = &self.cues;
        if on_bulleted_line(v) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (q, value) in self.plain_percents(v) {
            if taken.contains(&q.start) || triggers.contains(&q.start) {
                continue;
            }
            let (Some(first), past) = (
                v.token_at(q.start),
                v.token_from(q.end).unwrap_or(v.tokens.len()),
            ) else {
                continue;
            };
            // The nearest word before it that is no hedge.
            let i = self.before_hedges(v, first);
            let stopped_before = i > 0
                && (phrase_at(&v.ids, i - 1, &c.rate_stops)
                    || phrase_at(&v.ids, i - 1, &c.rate_own_stops_before));
            let stopped_after = past < v.tokens.len()
                && (phrase_at(&v.ids, past, &c.rate_own_stops_after)
                    || v.article[q.end..v.tokens[past].start].contains(['→', '–', '-']));
            let theirs = (past..(past + 3).min(v.tokens.len()))
                .any(|k| triggers.contains(&v.tokens[k].start));
            if stopped_before || stopped_after || theirs {
                continue;
            }
            out.push(span_rate(v, q.start, q.end, value));
        }
        out
    }
}

/// The rate `value` written at bytes `start..end` of the article: every
/// rate the tariff roles read is a span of the text with its value.
fn span_rate(v: &View, start: usize, end: usize, value: f64) -> Rate {
    Rate {
        text: v.article[start..end].to_string(),
        value,
        start,
        end,
    }
}

/// Whether the view's sentence is a bulleted line ("• Cabinets: 50%; sofas:
/// 30%"), whose rates [`Extractor::listed_rates`] reads as one list.
fn on_bulleted_line(v: &View) -> bool {
    v.article[v.sentence.start..v.sentence.end]
        .trim_start()
        .starts_with(['•', '▪', '◦', '‣', '·', '*', '-', '–'])
}

/// Whether actor `a` is written as a possessive, "'s" or "’s" right after
/// its name ("China's", "Trump’s").
fn written_possessive(v: &View, a: &Placed) -> bool {
    let after = &v.article[a.m.end..];
    after.starts_with("'s") || after.starts_with("’s")
}
