//! Modality (asserted, planned, requested, hypothetical, negated) from cue
//! words in the clause around the trigger: the stage reads the trigger's own
//! clause and phrase, so a cue governing another verb ("did not say when
//! the duties would take effect", "would lower tariffs after talks") does
//! not decide the event. Every cue list is data (`[cues.roles]` and
//! `[cues.modality]` in data/rules/cues.toml); tests/modality.rs holds the
//! table of blind cases by class.

use super::*;
use crate::dates::Day;
use crate::when::{Point, TimeValue};

impl Extractor {
    /// Modality from cue words in the clause around the trigger, with the
    /// word index of the cue that decided it (for `--explain`).
    pub(crate) fn modality(
        &self,
        v: &View,
        clause: Clause,
        trigger: TriggerSpan,
        event_type: &EventType,
    ) -> (Modality, Option<usize>) {
        let (t0, t1) = (trigger.first, trigger.past);
        // A dateline ("DOHA, May 14 —") is no cue: "May" there is a month.
        // (Headlines have none: "TURKEY, GREECE MOVING TOWARDS TALKS".)
        let after_dateline = if is_headline(v) {
            0
        } else {
            v.tokens.partition_point(|t| t.start < v.dateline_end)
        };
        let (cs, ce) = (clause.start.max(after_dateline).min(t0), clause.end);
        // A meeting that is the setting of a request or agreement ("Lula asks
        // Trump to lift 40% surcharge in first video call") is read from its
        // preposition on: the request is made there, not of it.
        let cs = match event_type {
            EventType::Meeting => self.setting_start(v, cs, t0).unwrap_or(cs),
            _ => cs,
        };
        let c = &self.cues;
        // A relative clause opened by a preposition after a comma ("...,
        // under which a 15 percent tariff applies") has its own modality.
        let cs = (cs + 1..=t0)
            .rev()
            .find(|&i| {
                v.article[v.tokens[i - 1].end..v.tokens[i].start].contains(',')
                    && phrase_at(&v.ids, i, &c.relative_openers)
            })
            .unwrap_or(cs);
        // "May" in mid-sentence mixed case is the month ("agreed in Geneva
        // on May 12", "visit Japan in mid-May"), not the modal: its word id
        // is masked so no cue list sees it.
        let masked: Vec<u32>;
        let w = if !is_all_caps_sentence(v) && v.tokens.iter().skip(1).any(|t| t.text == "May") {
            masked = v
                .ids
                .iter()
                .zip(&v.tokens)
                .enumerate()
                .map(|(i, (&id, t))| {
                    if i > 0 && t.text == "May" {
                        u32::MAX
                    } else {
                        id
                    }
                })
                .collect();
            &masked
        } else {
            &v.ids
        };
        let hit = |lo: usize, hi: usize, list: &Phrases| last_phrase_in(w, lo, hi, list);
        // The same, letting an adverb stand inside the cue ("was also
        // discussed", "would probably be withdrawn"); not a negation ("was
        // not discussed").
        let adverb = |id: u32| {
            c.modal_adverbs.iter().any(|p| p.len() == 1 && p[0] == id)
                && !c.negated.iter().any(|p| p.len() == 1 && p[0] == id)
        };
        let hit_adv = |lo: usize, hi: usize, list: &Phrases| {
            last_phrase_in_skipping(w, lo, hi.min(w.len()), ce, list, &adverb)
        };
        let near_lo = t0.saturating_sub(6).max(cs);
        let plan_lo = t0.saturating_sub(11).max(cs);
        // A trigger that is itself a past tense verb ("sat down with", "met").
        // (Not a participle after "be", a modal, "to" or an indefinite
        // article: "will be discussed", "to be provided", "a negotiated
        // fix"; "the promised loan" has been promised.)
        let participle = t0 > 0 && phrase_at(w, t0 - 1, &c.extra.past_participle_openers);
        // A past meeting verb that is as often an adjective or a reduced
        // relative ("privately negotiated transactions", "among the topics
        // discussed") is the verb only before a particle, preposition,
        // determiner or figure: "convened in Lima", "having negotiated 500m
        // euros in savings", "has negotiated the purchase".
        let past_meeting_verb = t1 == t0 + 1
            && phrase_at(w, t0, &c.extra.past_meeting_verbs)
            && v.tokens.get(t1).is_some_and(|next| {
                phrase_at(w, t1, &c.verb_followers)
                    || next.text.starts_with(|ch: char| ch.is_ascii_digit())
            });
        let past = ((phrase_at(w, t0, &c.past_triggers) || past_meeting_verb) && !participle)
            || (t1 > t0 + 1
                && phrase_at(w, t0, &c.past_tense_words)
                && !(t0 > 0
                    && (phrase_at(w, t0 - 1, &c.infinitive_markers)
                        || phrase_at(w, t0 - 1, &c.far_modal))));
        // Negation and modals reach the trigger only within its phrase: not
        // across a comma ("which have no relations, discussed ...").
        let phrase_lo = self.phrase_start(v, cs, t0);
        // Cues before a probe or ruling speak of it, not of the trigger after
        // it ("seeks a U.S. probe of Canadian tariffs").
        let scope_lo = last_phrase_in(w, cs, t0, &c.scope_barriers).map_or(cs, |b| b + 1);
        // A conditional "would" at `at` in a clause that a warning or a
        // possibility governs, up to twelve words before the trigger or the
        // modal: "It was also possible the U.S. would reimpose a 40 pct
        // tariff", "Trump also warned that goods routed through third
        // countries to dodge the new rate would be hit harder".
        let warned_of = |at: usize| {
            if !phrase_at(w, at, &c.conditional_modals) {
                return None;
            }
            let end = at.min(t0);
            hit(
                end.saturating_sub(12).max(cs),
                end,
                &c.possibility_governors,
            )
        };
        // A conditional modal that governs the trigger through a verb of
        // consequence ("A new agreement would pave the way for another debt
        // rescheduling", "An agreement could pave the way for ECGD to resume
        // insurance cover"): the consequence of a subject still hypothetical.
        let consequence = || {
            (plan_lo.max(phrase_lo)..t0).find(|&m| {
                if !(phrase_at(w, m, &c.conditional_modals) || phrase_at(w, m, &c.subject_possible))
                {
                    return false;
                }
                let mut verb = m + 1;
                while verb < t0 && phrase_at(w, verb, &c.modal_adverbs) {
                    verb += 1;
                }
                verb < t0 && phrase_at(w, verb, &c.consequence_verbs)
            })
        };
        // A bulleted line ("• $15 billion of U.S. energy", "• Paused:
        // reciprocal rates above 10%") is read on its own: its first cue
        // decides, and with none it is an item of the package or schedule
        // the story announces.
        if self.bullet_trigger(v, trigger) {
            return self.bullet_modality(v, t0, event_type);
        }
        // A sentence that opens with a condition ("If Japan fails to open
        // its market, Washington would impose tariffs", "Once the agreement is
        // signed, Tokyo will extend credits") makes its events hypothetical,
        // whatever the main clause's verb or a negation in the condition says.
        // (Not an event in a clause of time after it, which names when the
        // main clause would happen: "If growth fails to emerge, Bonn could
        // come under pressure when leaders of the seven meet in Venice this
        // June".)
        let time_clause = (t0.saturating_sub(6).max(1)..t0)
            .rev()
            .find(|&i| phrase_at(w, i, &c.time_subordinators))
            .is_some_and(|i| unpunctuated_to(v, i, t0 + 1) > t0);
        if phrase_at(w, 0, &c.leading_conditional) && !time_clause {
            return (Modality::Hypothetical, Some(0));
        }
        // So does one opening a reported clause ("officials said that if
        // talks fail, Washington would impose tariffs"): the condition's
        // own clause and the one after it.
        let conditional_clause = |start: usize| {
            start > 0
                && phrase_at(w, start - 1, &c.complementizers)
                && phrase_at(w, start, &c.leading_conditional)
        };
        let this = clause.index;
        if let Some(&start) = [this.checked_sub(1), Some(this)]
            .into_iter()
            .flatten()
            .filter_map(|i| v.clause_starts.get(i))
            .find(|&&start| conditional_clause(start))
        {
            return (Modality::Hypothetical, Some(start));
        }
        // A time word in the trigger's noun phrase that places it before
        // the article ("yesterday's meetings of leading industrial nations",
        // "declined to attend the previous meeting", "recent talks with
        // Tokyo"): the event happened, whatever verb governs the phrase.
        // (An adjective of the noun phrase: a possessive, after a
        // determiner, or right before the trigger; not a clause's adverb,
        // "Earlier this month Trump had threatened"; not for pledges, whose
        // "previous loans" are no pledge at all.)
        if let Some(at) = hit(
            t0.saturating_sub(4).max(phrase_lo),
            t0,
            &c.past_time_modifiers,
        )
        .filter(|_| *event_type != EventType::Pledge)
        .filter(|&at| !hyphenated(v, at))
        .filter(|&at| {
            let end = at + phrase_len_at(w, at, &c.past_time_modifiers).max(1);
            let t = v.tokens[end - 1].text;
            t.ends_with("'s")
                || t.ends_with("\u{2019}s")
                || end == t0
                || (at > 0 && phrase_at(w, at - 1, &c.determiners))
        })
        .filter(|&at| {
            let end = at + phrase_len_at(w, at, &c.past_time_modifiers).max(1);
            self.past_verb_between(v, end, t0).is_none()
                && !any_phrase_in(w, end, t0, &c.infinitive_markers)
        })
        // So is a tariff answered by another measure: "seen as retaliation
        // for EU tariffs", "payback for its tariffs", whatever modal governs
        // the answer.
        .or_else(|| self.answered_measure(v, w, (cs, phrase_lo), trigger, ce, event_type))
        {
            return (Modality::Asserted, Some(at));
        }
        // A meeting said to go on ("as talks continued", "while
        // negotiations continue", "talks with the union are ongoing") is
        // under way, whatever modal, negation or request governs the
        // sentence around it ("could meet them halfway as talks
        // continued", "the levy has been suspended as negotiations
        // continue").
        if *event_type == EventType::Meeting
            && let Some(at) = self.ongoing_after(v, w, trigger, ce)
        {
            return (Modality::Asserted, Some(at));
        }
        // A threat or possibility of ending a meeting speaks of talks under
        // way: "threatened to walk out of the talks in Vienna", "could
        // suspend the currency talks", "warned that the talks could
        // collapse".
        if *event_type == EventType::Meeting {
            let governed = |at: usize| {
                hit(at.saturating_sub(4).max(cs), at, &c.threats)
                    .or_else(|| hit(at.saturating_sub(3).max(cs), at, &c.hypothetical))
                    .or_else(|| hit(at.saturating_sub(2).max(cs), at, &c.far_modal))
                    .is_some()
            };
            let before = last_phrase_in(
                w,
                t0.saturating_sub(6).max(phrase_lo),
                t0,
                &c.meeting_endings,
            )
            .filter(|&at| governed(at));
            let after = first_phrase_in(
                w,
                t1,
                unpunctuated_to(v, t1, (t1 + 6).min(ce)),
                &c.meeting_endings,
            )
            .filter(|&at| {
                any_phrase_in(w, t1, at, &c.subject_possible)
                    || any_phrase_in(w, t1, at, &c.far_modal)
            });
            if let Some(at) = before.or(after) {
                return (Modality::Asserted, Some(at));
            }
        }
        // A trigger that is itself the threat ("Trump had threatened an
        // extra 100 percent tariff from Nov. 1"): no date after it makes
        // the tariff planned.
        // So does an exclusion denied after the trigger: "further raids could
        // not be ruled out" (before the negation reads it).
        if let Some(at) =
            first_phrase_in(w, t0, t1, &c.threats).or_else(|| self.unexcluded(v, w, t1, ce))
        {
            return (Modality::Hypothetical, Some(at));
        }
        // A condition opening the trigger's own phrase ("... if Washington
        // imposed the tariffs", "could be found by 2012 if the world stepped
        // up its funding pledges") makes it hypothetical, whatever verb
        // follows the "if"; "if" after "determine" or "see" is "whether".
        if let Some(at) = hit(t0.saturating_sub(10).max(phrase_lo), t0, &c.conditional)
            && !(at > 0 && phrase_at(w, at - 1, &c.whether_verbs))
            && !phrase_at(w, at, &c.conditional_exceptions)
            && !self.participle_at(v, at)
        {
            return (Modality::Hypothetical, Some(at));
        }
        // A deadline for staving a tariff off says it is scheduled: "too
        // late to stave off the American tariffs", "in time to hold off the
        // new tariffs" (before the threat and negation cues inside it).
        if *event_type == EventType::Tariff
            && let Some(at) = hit(
                t0.saturating_sub(9).max(phrase_lo),
                t0,
                &c.deadline_preventions,
            )
        {
            return (Modality::Planned, Some(at));
        }
        // A threat governs the event further back than other modals ("has
        // threatened to hit the EU with a 50% tariff", "refused to rule out
        // retaliatory tariffs"), and outranks the negation inside it.
        if let Some(at) = hit(t0.saturating_sub(10).max(cs).max(scope_lo), t0, &c.threats) {
            return (Modality::Hypothetical, Some(at));
        }
        // A relative clause right after the trigger that makes it a
        // possibility: "any countervailing duties that might be imposed",
        // "a loan which could be granted".
        if t1 + 2 < w.len()
            && (phrase_at(w, t1, &c.relative_pronouns) || phrase_at(w, t1, &c.complementizers))
            && phrase_at(w, t1 + 1, &c.subject_possible)
            && v.tokens[t1 + 2].text.eq_ignore_ascii_case("be")
        {
            return (Modality::Hypothetical, Some(t1 + 1));
        }
        // Put off to a new date is still to come ("a meeting ... has been
        // postponed until tomorrow", "MEETING ... RESET").
        // (Past a subject's long apposition: "The aid package, originally
        // scheduled for Japan's 1986/87 fiscal year ended March, was
        // delayed because of ...".)
        if let Some(at) = hit_adv(
            t0.saturating_sub(6).max(phrase_lo),
            (t1 + 16).min(ce),
            &c.rescheduled,
        ) {
            return (Modality::Planned, Some(at));
        }
        // A threat made of it after the trigger, in its phrase: "the 25%
        // rate it had threatened to impose", "the 30% rate Mr Trump had
        // threatened".
        // (Not "a threatened strike": an adjective of another noun.)
        if let Some(at) = first_phrase_in(
            w,
            t1,
            unpunctuated_to(v, t1, (t1 + 5).min(ce)),
            &c.threatened_after,
        )
        .filter(|&at| !phrase_at(w, at - 1, &c.determiners))
        {
            return (Modality::Hypothetical, Some(at));
        }
        // A negation reaches the trigger only when nothing between them
        // turns it to another verb or setting: "was not at the meeting",
        // "does not lift the 40% tariff", "would not confirm that agents had
        // searched", "not only did Japan pledge".
        // (The barrier is read after the whole cue, "little point in top
        // level negotiations", and not inside a compound: "in-depth".)
        // "not ... until / before" puts the event off: "the main issue will
        // probably not be discussed before the afternoon session".
        let put_off = t1 < ce
            && first_phrase_in(
                w,
                t1,
                unpunctuated_to(v, t1, (t1 + 4).min(ce)),
                &c.negation_delays,
            )
            .is_some();
        // "no" negates its noun, not a later verb: "Shippers that made no
        // such offer will pay the levy".
        let barred = |at: usize, hi: usize| {
            let from = at + phrase_len_at(w, at, &c.negated).max(1);
            (v.tokens[at].text.eq_ignore_ascii_case("no")
                && any_phrase_in(w, from, hi, &c.far_modal))
                || (from..hi).any(|i| {
                    phrase_fits(w, i, hi, &c.negation_barriers)
                        && c.negation_barriers.starts_with(w[i])
                        && !hyphenated(v, i)
                })
        };
        // "the qualified majority needed to block": a participle, no request.
        let participle_request = |at: usize| {
            phrase_at(w, at, &c.participle_requests)
                && at > 0
                && v.tokens[at - 1]
                    .text
                    .starts_with(|ch: char| ch.is_lowercase())
                && any_phrase_in(w, at.saturating_sub(4), at - 1, &c.determiners)
        };
        // "nor" carries the earlier negation and its barrier: "The pause
        // does not affect the tariffs on steel, nor the fentanyl levies".
        let carried = |at: usize| {
            phrase_at(w, at, &c.negation_continuers)
                && last_phrase_in(w, cs, at, &c.negated).is_some_and(|e| barred(e, at))
        };
        // A delay denied lets the event go ahead, still to come: "this
        // week's talks are unlikely to delay imposition of tariffs", "NO
        // DELAY TO TARIFFS".
        if let Some(at) = hit(
            t0.saturating_sub(6).max(phrase_lo).max(scope_lo),
            t0,
            &c.negated,
        )
        .filter(|&at| phrase_at(w, at, &c.delay_cues))
        .filter(|&at| any_phrase_in(w, at.saturating_sub(3).max(phrase_lo), at, &c.negated))
        {
            return (Modality::Planned, Some(at));
        }
        // Kept away from a meeting: "boycotted the annual meeting last
        // year", "still opposed to a so-called 'budget summit'".
        if *event_type == EventType::Meeting
            && let Some(at) = hit(
                t0.saturating_sub(6).max(phrase_lo).max(scope_lo),
                t0,
                &c.meeting_refusals,
            )
        {
            return (Modality::Negated, Some(at));
        }
        // Set aside for something else ("rather than on international aid").
        // (One imposed all the same stands: "instead of the 100% surtax it
        // imposed in 2024".)
        if !past && let Some(at) = hit(t0.saturating_sub(6).max(phrase_lo), t0, &c.contrasts) {
            if let Some(i) = first_phrase_in(
                w,
                t1,
                unpunctuated_to(v, t1, (t1 + 5).min(ce)),
                &c.imposed_after,
            )
            .or_else(|| {
                (t1..unpunctuated_to(v, t1, (t1 + 3).min(ce)))
                    .find(|&i| phrase_at(w, i, &c.contrast_impositions))
            }) {
                return (Modality::Asserted, Some(i));
            }
            return (Modality::Negated, Some(at));
        }
        if let Some(at) = hit(
            t0.saturating_sub(6).max(phrase_lo).max(scope_lo),
            t0,
            &c.negated,
        ) && !(put_off && phrase_at(w, at, &c.predicate_negations))
            && !barred(at, t0)
            && !carried(at)
            // A suspension asked for is a request: "Lula asked Trump to
            // suspend the tariffs".
            && !(at > 0
                && phrase_at(w, at - 1, &c.infinitive_markers)
                && hit(at.saturating_sub(8).max(cs).max(scope_lo), at, &c.requested)
                    .is_some_and(|r| !participle_request(r)))
        {
            // A suspension only possible or permitted: "the Commission may
            // suspend the zero rate", "allows Brussels to suspend the
            // preferences and restore duties".
            if let Some(m) = self.possible_negation(v, w, cs, at) {
                return (Modality::Hypothetical, Some(m));
            }
            return (Modality::Negated, Some(at));
        }
        // A refusal or failure governs its infinitive's object further back
        // ("is unlikely to honour any new climate finance commitments",
        // "refused to provide the long-sought 500 mln dlr loan"), with the
        // same barriers.
        if let Some(at) = hit(
            t0.saturating_sub(10).max(phrase_lo).max(scope_lo),
            t0,
            &c.negated,
        ) {
            let end = at + phrase_len_at(w, at, &c.negated).max(1);
            if phrase_at(w, end - 1, &c.infinitive_markers)
                && !(end..t0).any(|i| {
                    phrase_fits(w, i, t0, &c.negation_barriers)
                        && c.negation_barriers.starts_with(w[i])
                        && !hyphenated(v, i)
                })
                && !any_phrase_in(w, end, t0, &c.infinitive_markers)
                && self.past_verb_between(v, end + 1, t0).is_none()
            {
                if let Some(m) = self.possible_negation(v, w, cs, at) {
                    return (Modality::Hypothetical, Some(m));
                }
                return (Modality::Negated, Some(at));
            }
        }
        // Called off after the trigger ("talks ... were called off", "the
        // duties never took effect").
        if let Some(at) = hit_adv(t1, (t1 + 12).min(ce), &c.negated_after) {
            return (Modality::Negated, Some(at));
        }
        // A trigger named a threat by the word after it ("described the
        // tariff threat as blackmail", "would meet the tariff threat
        // together"): the measure is threatened, whatever verb governs the
        // phrase; a negation above still decides.
        if t1 < ce && phrase_at(w, t1, &c.threat_nouns) {
            return (Modality::Hypothetical, Some(t1));
        }
        // A request reaches further down its infinitive ("urged the finance
        // chiefs to write off African debt and provide an extra $50bn"),
        // unless a past verb, a future cue or a subordinate clause between
        // governs the trigger.
        let far_request = hit(
            t0.saturating_sub(16).max(phrase_lo).max(scope_lo),
            t0,
            &c.requested,
        )
        .filter(|&at| {
            any_phrase_in(w, at + 1, t0, &c.infinitive_markers)
                && self.past_verb_between(v, at + 1, t0).is_none()
                && !any_phrase_in(w, at + 1, t0, &c.planned)
                && !any_phrase_in(w, at + 1, t0, &c.subordinators)
        });
        // In a headline a comma joins predicates: "Special counsel seeks
        // arrest of church leader, raids party headquarters".
        let request_lo = if headline_like(v) { phrase_lo } else { cs };
        if let Some(at) = hit(
            t0.saturating_sub(8).max(request_lo).max(scope_lo),
            t0,
            &c.requested,
        )
        .or(far_request)
        .filter(|&at| !participle_request(at))
        // "Asked about the search", "pressed on with their searches".
        // ("ruling in favor of a duty": support given, no request.)
        .filter(|&at| !(at.saturating_sub(1)..=at).any(|i| phrase_at(w, i, &c.request_exceptions)))
        // "lobbied hard against the tariffs", "ask Washington to
        // include copper in its trade talks": the request is of
        // something else.
        .filter(|&at| {
            let end = at + phrase_len_at(w, at, &c.requested).max(1);
            !any_phrase_in(w, end, t0, &c.request_barriers)
        })
        // "Following the refiners' request, representatives met", "union
        // demands in negotiations": a request noun closed by a comma or a
        // preposition of setting asks for nothing after it.
        .filter(|&at| {
            let end = at + phrase_len_at(w, at, &c.request_nouns);
            !(end > at
                && end < t0
                && (v.article[v.tokens[end - 1].end..v.tokens[end].start].contains(',')
                    || phrase_at(w, end, &c.request_noun_barriers)))
        })
        // "needed to adjust to the tariffs imposed last year": an
        // obligation asks for its own verb and that verb's object, not for
        // a trigger more than four words on behind another verb (an
        // infinitive, a "be", a past verb, a modal) or clause ("that",
        // "before"). ("must secure about $12bn in new loans" still asks.)
        .filter(|&at| {
            let end = at + phrase_len_at(w, at, &c.requested).max(1);
            !(phrase_at(w, at, &c.obligation_cues)
                && t0 > end + 4
                && (end..t0).any(|i| {
                    [
                        &c.infinitive_markers,
                        &c.passive_auxiliaries,
                        &c.complementizers,
                        &c.subordinators,
                        &c.far_modal,
                    ]
                    .iter()
                    .any(|list| phrase_at(w, i, list))
                        || self.past_tense_in(v, i, i + 1)
                }))
        })
        .or_else(|| hit(t1, (t1 + 2).min(ce), &c.requested_after))
        // "renegotiation were being sought".
        .or_else(|| {
            first_phrase_in(
                w,
                t1,
                unpunctuated_to(v, t1, (t1 + 5).min(ce)),
                &c.requested_passive,
            )
        }) {
            // A request accepted is settled: "The Philippines agreed to a
            // U.S. request to hold talks", "Greece accepted an EU demand to
            // hold talks with Turkey".
            if hit(at.saturating_sub(4).max(cs), at, &c.acceptances).is_some() {
                return (Modality::Planned, Some(at));
            }
            // A document that "calls for" something stipulates it: "the
            // accord calls for rescheduling the debts", "the contract which
            // calls for investment of 45 mln dlrs".
            if self.stipulated(v, cs, at) {
                return (Modality::Planned, Some(at));
            }
            // "should the" right before the trigger inverts a condition
            // ("should the talks fail"); elsewhere it asks ("tariffs should
            // be cut", "should offer Kyiv a loan").
            if at + 2 == t0
                && phrase_at(w, at, &c.inversions)
                && phrase_at(w, at + 1, &c.determiners)
            {
                return (Modality::Hypothetical, Some(at));
            }
            // (Not "may seek talks": a possibility.)
            if *event_type == EventType::Meeting
                && phrase_at(w, at, &c.meeting_seeking)
                && !any_phrase_in(w, cs, at, &c.subject_possible)
            {
                return (Modality::Planned, Some(at));
            }
            return (Modality::Requested, Some(at));
        }
        // An invitation to a verb trigger asks for it ("Xi invited Trump to
        // visit China"); an invitation to attend an event does not.
        if t0 > 0
            && phrase_at(w, t0 - 1, &c.infinitive_markers)
            && let Some(at) = hit(t0.saturating_sub(8).max(phrase_lo), t0, &c.invitations)
        {
            return (Modality::Requested, Some(at));
        }
        // "if" after "determine" or "see" means "whether".
        let conditional = (t1..ce).rev().find(|&i| {
            if !(c.conditional.starts_with(w[i]) && phrase_fits(w, i, ce, &c.conditional)) {
                return false;
            }
            // "... a dumping duty, said that it may be pushed out of the
            // market if ...": the condition is of the reported clause;
            // "in its discussions with the dealers, agreed that the
            // commission was reasonable if ...": of the later verb's.
            // "may be forced to resign before the June summit if local
            // elections go against him": an event named after a time
            // preposition has its own date, not the condition; "seized
            // goods that would be worth 2.4 billion won if genuine": a
            // past event's relative clause holds the condition.
            // "will apply once the framework is published": a time.
            let other = phrase_at(w, i, &c.conditional_exceptions)
                || ((phrase_at(w, i, &c.temporal_conditionals)
                    || phrase_at(w, i, &c.extra.exceptive_conditionals))
                    && !any_phrase_in(w, cs, i, &c.conditional_modals))
                || hit(t0.saturating_sub(4).max(phrase_lo), t0, &c.temporal_preps).is_some()
                || (past
                    && (any_phrase_in(w, t1, i, &c.relative_pronouns)
                        || any_phrase_in(w, t1, i, &c.complementizers)))
                || (i > 0 && phrase_at(w, i - 1, &c.whether_verbs))
                || self.participle_at(v, i)
                || any_phrase_in(w, t1, i, &c.speech_verbs)
                || self.past_verb_between(v, t1, i).is_some()
                || self.later_clause_between(v, t1, i);
            !other
        });
        // (Not a possibility of what happens at the event: "was likely to
        // be rejected at a meeting today of EC budget ministers".)
        // (Nor, for a pledge, an offer of the money: "offered to freeze
        // debts" is the pledge made, read below with the commitments.)
        let possible = hit(near_lo.max(phrase_lo).max(scope_lo), t0, &c.hypothetical)
            .filter(|&at| {
                !any_phrase_in(
                    w,
                    at + phrase_len_at(w, at, &c.hypothetical).max(1),
                    t0,
                    &c.hypothetical_barriers,
                )
            })
            .filter(|&at| {
                !(*event_type == EventType::Pledge && phrase_at(w, at, &c.pledge_commitments))
            })
            // A determiner that names no particular event, in the trigger's
            // own noun phrase: "any retaliation will be added on top", "any
            // new duty would stack on top of the 15% rate", "any
            // negotiations with Algeria would emphasize"; not "any
            // announcement of the talks", "that any transaction will result
            // from the talks".
            .or_else(|| {
                hit(
                    t0.saturating_sub(3).max(phrase_lo).max(scope_lo),
                    t0,
                    &c.nonspecific_determiners,
                )
                .filter(|&at| !any_phrase_in(w, at + 1, t0, &c.nonspecific_barriers))
            });
        // Countermeasures readied are held in reserve: "Ottawa had readied
        // retaliatory duties on C$155 billion", "Brussels has prepared
        // retaliatory levies on about EUR95 billion".
        let readied = (*event_type == EventType::Tariff)
            .then(|| hit(near_lo.max(phrase_lo).max(scope_lo), t0, &c.tariff_readied))
            .flatten();
        if let Some(at) = possible.or(conditional).or(readied) {
            return (Modality::Hypothetical, Some(at));
        }
        // A word that sets the event up for later, right before it ("tried
        // to arrange meetings", "selected to negotiate", "up for
        // renegotiation"): planned, whatever past verb governs that word.
        // (Not goods liable to a tariff: "have been subject to provisional
        // duties since April" is in force.)
        if let Some(at) = hit(
            t0.saturating_sub(3).max(phrase_lo).max(scope_lo),
            t0,
            &c.planned_governors,
        )
        .filter(|&at| !(*event_type == EventType::Tariff && phrase_at(w, at, &c.tariff_liable)))
        {
            return (Modality::Planned, Some(at));
        }
        // Approval of a tariff or of talks sets them up for later ("the
        // cabinet approved negotiations with foreign bank creditors",
        // "Mexico's Senate approves tariffs of up to 50%"); a pledge
        // approved is made ("the Fund approved a $20 billion loan").
        if *event_type != EventType::Pledge
            && let Some(at) = hit(
                t0.saturating_sub(6).max(phrase_lo).max(scope_lo),
                t0,
                &c.approvals,
            )
        {
            return (Modality::Planned, Some(at));
        }
        // A past verb after "would have" is a counterfactual: "The orders
        // signed on Saturday would have hit almost all Canadian and Mexican
        // imports with a 25% duty".
        if let Some(at) =
            hit(t0.saturating_sub(14).max(phrase_lo), t0, &c.counterfactuals).filter(|&at| {
                let next = at + phrase_len_at(w, at, &c.counterfactuals);
                next < t0
                    && (phrase_at(w, next, &c.past_tense_words) || {
                        let t = v.tokens[next].text;
                        t.ends_with("ed") || t.ends_with("en")
                    })
            })
        {
            return (Modality::Hypothetical, Some(at));
        }
        if past {
            return (Modality::Asserted, Some(t0));
        }
        // A pledge whose commitment verb governs it has been made.
        if *event_type == EventType::Pledge
            && let Some(at) = hit(
                plan_lo.max(phrase_lo),
                (t1 + 1).min(ce),
                &c.pledge_commitments,
            )
        {
            return (Modality::Asserted, Some(at));
        }
        // A trigger of several words that opens with a cue carries it: "will
        // put up to $500 billion", "to be released", "continue to pay 25%".
        if t1 > t0 + 1 {
            if phrase_at(w, t0, &c.in_force) {
                return (Modality::Asserted, Some(t0));
            }
            // (Not "agreed to provide": a commitment verb is the pledge made.)
            if phrase_at(w, t0, &c.subject_future)
                || (phrase_at(w, t0, &c.infinitive_markers)
                    && (headline_like(v) || phrase_at(w, t0, &c.planned)))
            {
                return (Modality::Planned, Some(t0));
            }
        }
        if phrase_at(w, t0, &c.planned_triggers) {
            return (Modality::Planned, Some(t0));
        }
        // "is due to receive", "set to receive": the trigger's own opening
        // words put it ahead.
        if t1 > t0 + 1 && phrase_at(w, t0, &c.future_trigger_openers) {
            return (Modality::Planned, Some(t0));
        }
        // A meeting a traveller sets off for ("leaves today for Ottawa for
        // trade talks"): "for" within three words before the trigger, a
        // present departure up to twelve words before that, in its phrase.
        if *event_type == EventType::Meeting
            && let Some(f) = hit(t0.saturating_sub(3).max(phrase_lo), t0, &c.trip_purposes)
            && let Some(at) = hit(
                f.saturating_sub(12).max(phrase_lo).max(scope_lo),
                f,
                &c.departures,
            )
        {
            return (Modality::Planned, Some(at));
        }
        // A trigger naming a plan or goal, or modifying one: "a $5.5bn
        // loan plan", "¥10 trillion private investment goal".
        if let Some(at) = (t0..=t1).find(|&i| i < ce && phrase_at(w, i, &c.planned_nouns)) {
            return (Modality::Planned, Some(at));
        }
        if let Some(at) = hit(t0.saturating_sub(3).max(cs), t0, &c.past_markers) {
            return (Modality::Asserted, Some(at));
        }
        // A trigger governed by "after", "following" or "during" in its own
        // phrase is an event that has happened, whatever the main verb says
        // ("would lower tariffs after holding his first talks with Xi"),
        // unless a future word follows it ("after the tariffs take effect")
        // or a future word stands between ("after the talks that will ...").
        // The eight words are counted from the preposition's last word, so a
        // long one governs as far as a short one ("as a result of Swedish
        // Prime Minister Ingvar Carlsson's visit").
        if let Some(at) = hit(t0.saturating_sub(11).max(phrase_lo), t0, &c.past_preps)
            .filter(|&at| at + phrase_len_at(w, at, &c.past_preps) + 8 > t0)
            // "after which he flies to Namibia": the preposition governs the
            // relative pronoun, an earlier event, not the trigger.
            .filter(|&at| {
                !phrase_at(
                    w,
                    at + phrase_len_at(w, at, &c.past_preps),
                    &c.relative_pronouns,
                )
            })
            // "The following import levies" is an adjective, not a preposition.
            && !(at > 0 && phrase_at(w, at - 1, &c.determiners))
            && hit(at + 1, t0, &c.planned).is_none()
            && hit(t1, (t1 + 3).min(ce), &c.future_after).is_none()
            // "during" shares the main verb's time: "will arrive during the
            // meetings" is still to come.
            && !(phrase_at(w, at, &c.simultaneous_preps) && hit(phrase_lo, at, &c.planned).is_some())
        {
            return (Modality::Asserted, Some(at));
        }
        // A tariff whose own end is still to come ("the duty will lapse
        // after 150 days unless Congress votes to keep it", "the surcharge
        // expires on July 24") is told as planned: its end is scheduled.
        // (Not another subject's end: "eyeing new tariffs before the
        // stopgap levy lapses", "the truce that cut China's levies to 10%
        // expires".)
        if *event_type == EventType::Tariff
            && let Some(at) = first_phrase_in(
                w,
                t1,
                unpunctuated_to(v, t1, (t1 + 8).min(ce)),
                &c.extra.tariff_expiries,
            )
            && ![
                &c.subordinators,
                &c.anterior_preps,
                &c.complementizers,
                &c.relative_pronouns,
            ]
            .iter()
            .any(|list| any_phrase_in(w, t1, at, list))
            && !self.past_tense_in(v, cs, t0)
        {
            return (Modality::Planned, Some(at));
        }
        // A tariff that goods "still pay", "continue to face" or are "hurt
        // by" is in force, whatever modal governs the clause ("The government
        // will channel funds to companies hurt by U.S. tariffs").
        // ("still has to obtain funding guarantees" is still to come.)
        // (The cue may end in the trigger: "firms, which face a 50 percent
        // U.S. duty, will receive support", trigger "face".)
        if let Some(at) = hit(t0.saturating_sub(8).max(phrase_lo), t1, &c.in_force)
            .filter(|&at| at < t0)
            .filter(|&at| {
                hit(
                    at + phrase_len_at(w, at, &c.in_force).max(1),
                    t0,
                    &c.planned,
                )
                .is_none()
            })
            .or_else(|| hit_adv(t1, (t1 + 12).min(ce), &c.in_force_after))
            // A tariff kept as it is: "Ottawa will keep its countermeasures",
            // "keeps steel, aluminum, auto levies".
            .or_else(|| self.kept_measure(v, w, trigger, (cs, ce), event_type))
            // "the 50% tariffs Washington has imposed on Brazilian goods";
            // "the $350 billion investment package Seoul agreed to in July".
            .or_else(|| {
                let list = match event_type {
                    EventType::Tariff => &c.imposed_after,
                    EventType::Pledge => &c.committed_after,
                    _ => return None,
                };
                first_phrase_in(w, t1, unpunctuated_to(v, t1, (t1 + 5).min(ce)), list)
            })
        {
            return (Modality::Asserted, Some(at));
        }
        // Headlines use "TO" for the future: "NAKASONE TO VISIT WASHINGTON",
        // "TALKS TO RESUME TUESDAY", "25% oil penalty to go".
        // "to" after the trigger only where the trigger heads the subject
        // ("$100bn to be deployed"), not an object ("agree loan to keep
        // Ukraine afloat"), and not "commits to buying".
        if headline_like(v) {
            // (Any "to" before a verb, not only the last: "Samsung to get
            // up to $6.4 billion in CHIPS Act grants", however long the
            // object.)
            if let Some(at) = (t0.saturating_sub(14).max(cs)..t0)
                .rev()
                .find(|&i| self.to_verb_at(v, i))
                // "U.S. SAID TO VIEW G-7 MEETING AS SUCCESS": a report, not
                // a future.
                .filter(|&i| !(i > 0 && phrase_at(w, i - 1, &c.reportive_passives)))
                // "Volkswagen swings to loss as US tariffs cost €7.5bn": a
                // trigger in a subordinate clause after it is not its verb's.
                .filter(|&i| !any_phrase_in(w, i + 1, t0, &c.subordinators))
            {
                return (Modality::Planned, Some(at));
            }
            if t0 - cs <= 6
                && self.to_verb_at(v, t1)
                && !(t0 > 0 && phrase_at(w, t0 - 1, &c.indefinite_articles))
            {
                return (Modality::Planned, Some(t1));
            }
        }
        // A tariff that a decision already taken names is in force, unless
        // a future word governs the decision or follows the trigger ("a
        // decision to impose tariffs is expected next week").
        if *event_type == EventType::Tariff
            && let Some(at) = hit(plan_lo.max(phrase_lo), t0, &c.tariff_decisions)
            && !any_phrase_in(w, cs, at, &c.far_modal)
            && !any_phrase_in(w, cs, at, &c.subject_future)
            && hit(t1, ce, &c.future_after).is_none()
        {
            return (Modality::Asserted, Some(at));
        }
        // ("better than expected", "as expected": a comparison, no plan.)
        // ("its next five-year budget at a pledging summit", "the scheduled
        // 1330 start was delayed by an EC meeting": the adjective is of
        // another noun.)
        if let Some(at) = hit(plan_lo, t0, &c.planned)
            .filter(|&at| !(at > 0 && phrase_at(w, at - 1, &c.comparatives)))
            // "the range we agreed to in the discussions in Paris": a "to"
            // left at the end of a relative clause, before a preposition,
            // opens no infinitive.
            .filter(|&at| {
                let end = at + phrase_len_at(w, at, &c.planned).max(1);
                !(phrase_at(w, end - 1, &c.infinitive_markers)
                    && phrase_at(w, end, &c.stranded_followers))
            })
            .filter(|&at| {
                !(phrase_at(w, at, &c.planned_modifiers)
                    && any_phrase_in(w, at + 1, t0, &c.modifier_barriers))
            })
        {
            // An anterior preposition ("before the summit") in a sentence
            // told in the past, with no modal or future auxiliary: the
            // event came after a past one and has happened too ("placed a
            // wreath at the memorial before the formal talks", "Before the
            // summit with Seoul, officials had played down hopes", "dealers
            // stocked up on steel before the duties took effect").
            if phrase_at(w, at, &c.anterior_preps) {
                let n = w.len();
                let future = (0..n)
                    .filter(|&i| !(t0..t1).contains(&i))
                    .any(|i| phrase_at(w, i, &c.far_modal) || phrase_at(w, i, &c.subject_future));
                let told_past = |lo: usize, hi: usize| {
                    self.past_tense_in(v, lo, hi) || self.perfect_in(v, lo, hi)
                };
                if !future && (told_past(0, at) || told_past(t1, n)) {
                    return (Modality::Asserted, Some(at));
                }
            }
            // A past verb between the cue and the trigger governs the trigger
            // instead: "will go to sectors hit hardest since Washington
            // doubled the duty", "a week after the President announced it
            // and criticised India's duties".
            // (Not a bare verb after "to" or a modal: "plans to put", "will
            // cut", "to proceed with".)
            if let Some(p) = self.past_verb_between(v, at + 1, t0) {
                return (Modality::Asserted, Some(p));
            }
            // The trigger named as a thing the subject already holds, the
            // source of what is planned: "will hand over $200 billion of
            // its $350 billion investment package", "under its $550
            // billion investment commitment".
            if let Some(r) = hit((at + 1).max(t0.saturating_sub(6)), t0, &c.held_references) {
                return (Modality::Asserted, Some(r));
            }
            // A conditional "would" in a clause that a warning or a
            // possibility governs: "It was also possible the U.S. would
            // reimpose a 40 pct tariff", "Trump also warned that goods
            // routed through third countries to dodge the new rate would be
            // hit harder".
            if let Some(g) = warned_of(at) {
                return (Modality::Hypothetical, Some(g));
            }
            if let Some(m) = consequence() {
                return (Modality::Hypothetical, Some(m));
            }
            return (Modality::Planned, Some(at));
        }
        // A past tense verb governing the trigger ("Reagan imposed the tariff
        // in April 1983", "made a surprise trip to Iraq this week").
        if let Some(at) = hit(t0.saturating_sub(6).max(phrase_lo), t0, &c.past_verbs) {
            return (Modality::Asserted, Some(at));
        }
        // (So does one after "that": "The market consensus is that the G-7
        // meeting is unlikely to change sentiment".)
        let reported_subject = [&c.speech_verbs, &c.complementizers].iter().any(|list| {
            last_phrase_in(w, t0.saturating_sub(5).max(cs), t0, list)
                .is_some_and(|sv| !any_phrase_in(w, sv + 1, t0, &c.past_verbs))
        });
        // (A verb trigger after an auxiliary, "is talking to", heads nothing.)
        let verb_trigger = t0 > 0 && phrase_at(w, t0 - 1, &c.passive_auxiliaries);
        // (Or heads its phrase: "No agreement has been reached, and serious
        // negotiations ... have not begun".)
        // (Or stands deeper in its clause's subject, with no verb before it
        // in the clause and no fronted preposition: "Officials at the
        // two-day summit at Chevening will plan a new forum", "Agreement in
        // the Doha development talks could also give ...".)
        let in_subject = t0 > cs
            && t0 - cs <= 12
            && phrase_lo <= cs
            && !phrase_at(w, cs, &c.fronting_preps)
            && !self.past_tense_in(v, cs, t0)
            && ![
                &c.speech_verbs,
                &c.subject_future,
                &c.far_modal,
                &c.passive_auxiliaries,
                &c.past_auxiliaries,
                &c.requested,
                &c.planned,
                &c.negated,
                &c.hypothetical,
                &c.infinitive_markers,
                &c.relative_pronouns,
                &c.complementizers,
            ]
            .iter()
            .any(|list| any_phrase_in(w, cs, t0, list));
        let heads_subject =
            (t0 - cs <= 3 || t0 - phrase_lo.max(cs) <= 2 || reported_subject || in_subject)
                && !verb_trigger;
        // The subject's own modal after it: "the tariffs could be slapped
        // on", "a new meeting could only take place when", "Import tariffs
        // should be lowered".
        if heads_subject {
            let stop = (t1..ce)
                .find(|&i| phrase_at(w, i, &c.past_verbs) || phrase_at(w, i, &c.speech_verbs))
                .unwrap_or(ce)
                .min(t1 + 12);
            let first = |list: &Phrases| first_phrase_in(w, t1, stop, list);
            // Its predicate negated: "serious negotiations ... have not
            // begun", "another round of negotiations may not be needed" (not
            // a relative clause's: "talks, which did not include China").
            // The word after the negation must be a verb ("begun", "be
            // needed"), not a complement ("were not part of the deal", "was
            // not a formal round", "had not always been easy").
            let relative = first(&c.predicate_barriers).unwrap_or(usize::MAX);
            let verb_at = |i: usize| {
                i < v.tokens.len() && {
                    let t = v.tokens[i].text.to_ascii_lowercase();
                    t == "be"
                        || t.ends_with("ed")
                        || t.ends_with("en")
                        || t.ends_with("un")
                        || phrase_at(w, i, &c.past_tense_words)
                }
            };
            if let Some(at) = first(&c.negated).filter(|&at| {
                at < relative
                    && at > t1
                    && (phrase_at(w, at - 1, &c.past_auxiliaries)
                        || phrase_at(w, at - 1, &c.passive_auxiliaries)
                        || phrase_at(w, at - 1, &c.far_modal))
                    && phrase_at(w, at, &c.predicate_negations)
                    && verb_at(at + 1)
                    // "the talks had not produced a way out": an outcome
                    // denied, not the event.
                    && !phrase_at(w, at + 1, &c.outcome_verbs)
            }) {
                // A tariff whose removal is negated stands: "The tariff on
                // Japanese pickup trucks has never been lifted".
                if *event_type == EventType::Tariff
                    && any_phrase_in(w, at + 1, (at + 4).min(ce), &c.tariff_removals)
                {
                    return (Modality::Asserted, Some(at));
                }
                return (Modality::Negated, Some(at));
            }
            let future = first(&c.subject_future).unwrap_or(usize::MAX);
            // ("the raid could have a considerable impact", "his visit could
            // have been more pleasant": a judgement on the event, not its
            // possibility.)
            // The modal must be the subject's own, within four words: not
            // "levies on about €95 billion of American products should talks
            // fail", an inverted condition.
            if let Some(at) = first(&c.subject_possible).filter(|&at| {
                at < future && at <= t1 + 4 && !phrase_at(w, at + 1, &c.perfect_auxiliaries)
            }) {
                return (Modality::Hypothetical, Some(at));
            }
            if let Some(at) = first(&c.subject_obliged).filter(|&at| at < future && at <= t1 + 4) {
                return (Modality::Requested, Some(at));
            }
            // Its predicate rules it out or makes it a possibility: "an
            // early meeting ... was unlikely", "SHULTZ VISIT TO MOSCOW
            // POSSIBLE" (a bare adjective only at the end of its phrase or
            // before its time: "MEETING UNLIKELY THIS MONTH").
            let far = (t1..ce)
                .find(|&i| phrase_at(w, i, &c.past_verbs) || phrase_at(w, i, &c.speech_verbs))
                .unwrap_or(ce)
                .min(t1 + 16);
            let predicate = |list: &Phrases| {
                (t1..far).find(|&i| {
                    let n = phrase_len_at(w, i, list);
                    n > 0
                        && i < future
                        && i < relative
                        && (n > 1
                            || phrase_ends_at(v, i)
                            || phrase_at(w, i + 1, &c.date_preps)
                            || phrase_at(w, i + 1, &c.future_after))
                })
            };
            if let Some(at) = predicate(&c.subject_unlikely) {
                let to = at + phrase_len_at(w, at, &c.subject_unlikely);
                if phrase_at(w, to, &c.infinitive_markers)
                    && to + 1 < ce
                    && !phrase_at(w, to + 1, &c.occurrence_verbs)
                {
                    return (Modality::Planned, Some(at));
                }
                return (Modality::Negated, Some(at));
            }
            if let Some(at) = predicate(&c.subject_possible_after) {
                return (Modality::Hypothetical, Some(at));
            }
        }
        // A rate moved by a present-tense verb, in a clause with no past
        // verb, is a change announced, still to come: "China's duties on
        // American products fall to 10 percent", "That brings the overall
        // rate on Chinese imports down to 47 percent".
        if *event_type == EventType::Tariff
            && !self.past_tense_in(v, cs, ce)
            && !self.perfect_in(v, cs, ce)
        {
            let phrase_end = unpunctuated_to(v, t1, (t1 + 8).min(ce));
            let after = first_phrase_in(w, t1, phrase_end, &c.rate_changes_after);
            let carried = hit(t0.saturating_sub(3).max(phrase_lo), t0, &c.rate_movers)
                .filter(|_| (t1..phrase_end).any(|i| phrase_at(w, i, &c.infinitive_markers)));
            if let Some(at) = after.or(carried) {
                return (Modality::Planned, Some(at));
            }
        }
        // A date after the trigger ("on Saturday", "in March") is the
        // future only in a clause with no past tense verb ("wrapped up their
        // summit on Sunday", "the summit closed on Saturday") and outside a
        // photo caption, unless a verb of its own stands before it ("a
        // tariff that begins on Thursday").
        // A day before its month ("meets on 12 January") is a date as "on
        // January 12" is.
        let day_month = |lo: usize, hi: usize| {
            (lo..hi.min(w.len().saturating_sub(2))).rev().find(|&i| {
                let day = v.tokens[i + 1].text;
                phrase_at(w, i, &c.date_preps)
                    && (1..=2).contains(&day.len())
                    && day.bytes().all(|b| b.is_ascii_digit())
                    && phrase_at(w, i + 2, &c.month_names)
            })
        };
        // A relative clause on the trigger whose verb is conditional or
        // possible ("a peace conference that would include the five
        // permanent members", "The EC tariffs, which would involve
        // renouncing obligations", "a deal that could replace the duties"):
        // the event itself is still hypothetical, unless a time or onset
        // after the modal schedules it ("tariffs, which would take effect
        // on April 17"): the future_after cues.
        // (The relative clause after a comma is a clause of its own, so it
        // is read past the trigger's clause, to the sentence's end at most.)
        let rel_end = (t1 + 10).min(w.len());
        if t1 + 1 < w.len()
            && (phrase_at(w, t1, &c.relative_pronouns) || phrase_at(w, t1, &c.complementizers))
            && (phrase_at(w, t1 + 1, &c.conditional_modals)
                || phrase_at(w, t1 + 1, &c.subject_possible))
            // (Not "would be", a judgement of the event as often as its
            // passive: "the meeting, which would be in breach of rule K3".)
            && !phrase_at(w, t1 + 1, &c.future_after)
            && hit(t1 + 2, rel_end, &c.future_after).is_none()
            && day_month(t1 + 2, rel_end).is_none()
        {
            return (Modality::Hypothetical, Some(t1 + 1));
        }
        // (Not past a reported clause of its own after the trigger: "agreed
        // in a call on Monday that the leader will visit".)
        let own_end = self.reported_clause_after(v, cs, t0, t1, ce);
        if let Some(at) = hit_adv(t1, (t1 + 8).min(own_end), &c.future_after)
            .or_else(|| day_month(t1, (t1 + 8).min(own_end)))
            && !self.dated_before_article(v, at)
        {
            // "an import fee would be difficult to operate": a measure
            // imagined for its effects.
            if heads_subject && self.imagined_measure(v, w, trigger, phrase_lo, at, ce, event_type)
            {
                return (Modality::Hypothetical, Some(at));
            }
            // A future in a predicate coordinated after the trigger's own
            // past one ("the duties took effect overnight and will last five
            // years"): the event has happened.
            if let Some(k) = (t1..at).find(|&k| phrase_at(w, k, &c.predicate_coordinators))
                && !any_phrase_in(w, t1, k, &c.relative_pronouns)
                && hit(t1, k, &c.future_after).is_none()
                && let Some(p) = (t1..k).find(|&i| self.past_tense_in(v, i, i + 1))
            {
                return (Modality::Asserted, Some(p));
            }
            // "as Trump's state visit begins", "as first joint forum opens":
            // an onset in the present, in a clause of the same moment, is
            // happening now.
            if phrase_at(w, at, &c.present_onsets)
                && hit(t1, at, &c.future_after).is_none()
                && hit(
                    t0.saturating_sub(6).max(phrase_lo),
                    t0,
                    &c.same_moment_openers,
                )
                .is_some()
            {
                return (Modality::Asserted, Some(at));
            }
            if let Some(now) = self.onset_today(v, w, at, ce, event_type) {
                return (Modality::Asserted, Some(now));
            }
            if phrase_at(w, at, &c.date_preps)
                && hit(t1, at, &c.future_after).is_none()
                && (phrase_at(w, 0, &c.caption_markers)
                    || self.past_tense_in(v, cs, ce)
                    || self.perfect_in(v, cs, ce))
            {
                return (Modality::Asserted, Some(at));
            }
            // (So does a relative clause on the trigger: "a credit
            // guarantee scheme that will unlock Rs 20,000 crore in loans".)
            // ("levies that economists say will choke off trade": past a
            // parenthetical speech verb.)
            let relative_at = |k: usize| {
                phrase_at(w, k, &c.relative_pronouns) || phrase_at(w, k, &c.complementizers)
            };
            let relative_verb = at > t1
                && (relative_at(at - 1)
                    || (at.saturating_sub(4).max(t1)..at.saturating_sub(1))
                        .any(|k| relative_at(k) && any_phrase_in(w, k + 1, at, &c.speech_verbs)));
            if (heads_subject || relative_verb)
                && phrase_at(w, at, &c.subject_future)
                && let Some(verb) = self.effect_after(v, at, ce)
            {
                return (Modality::Asserted, Some(verb));
            }
            if let Some(g) = warned_of(at) {
                return (Modality::Hypothetical, Some(g));
            }
            // The infinitive of another verb, in a clause whose verb before
            // the trigger is past: "reached agreement at their civil
            // aviation talks here enabling British airlines to begin
            // service".
            if at > t1
                && phrase_at(w, at - 1, &c.infinitive_markers)
                && hit(t1, at - 1, &c.future_after).is_none()
                && self.past_tense_in(v, cs, t0)
            {
                return (Modality::Asserted, Some(at));
            }
            return (Modality::Planned, Some(at));
        }
        // A trigger heading its clause's subject takes the clause's verb,
        // however long the subject ("General Motors' negotiations on a new
        // contract covering 370,000 workers ... will open July 27"): the
        // first future auxiliary after it, unless a past or speech verb
        // comes first.
        // So does a trigger heading a reported clause ("Trump said the levy
        // tied to fentanyl would be cut in half").
        if heads_subject {
            // The subject's own verb in the past or perfect stops the search
            // too ("Slow progress in talks between Brazil and its creditors
            // has increased the likelihood that U.S. banks will ..."), when
            // no punctuation or relative word puts it in a clause of its own.
            let own_past = |i: usize| {
                let perfect = phrase_at(w, i, &c.perfect_auxiliaries)
                    && i + 1 < ce
                    && (self.past_tense_in(v, i + 1, i + 2)
                        || phrase_at(w, i + 1, &c.past_tense_words)
                        || v.tokens[i + 1].text.ends_with("ed"));
                (perfect || self.past_tense_in(v, i, i + 1))
                    && unpunctuated_to(v, t1, i + 1) > i
                    && !any_phrase_in(w, t1, i, &c.relative_pronouns)
                    && !any_phrase_in(w, t1, i, &c.complementizers)
            };
            let stop = (t1..ce)
                .find(|&i| {
                    phrase_at(w, i, &c.past_verbs)
                        || phrase_at(w, i, &c.speech_verbs)
                        || own_past(i)
                })
                .unwrap_or(ce);
            if let Some(at) =
                first_phrase_in(w, t1, stop.min(t1 + 20).min(own_end), &c.subject_future)
            {
                // "an import fee would raise prices", "a 200% duty would
                // stack on top of that rate": a measure imagined for its
                // effects, before the effects of one in force.
                if self.imagined_measure(v, w, trigger, phrase_lo, at, ce, event_type) {
                    return (Modality::Hypothetical, Some(at));
                }
                // "a 50% charge would have crippled the flower trade": a
                // counterfactual (not "would have been", a judgement).
                let next = at + phrase_len_at(w, at, &c.counterfactuals);
                if phrase_at(w, at, &c.counterfactuals)
                    && next < ce
                    && {
                        let t = v.tokens[next].text;
                        t.len() > 4 && (t.ends_with("ed") || t.ends_with("en"))
                            || phrase_at(w, next, &c.past_tense_words)
                    }
                    && !v.tokens[next].text.eq_ignore_ascii_case("been")
                {
                    return (Modality::Hypothetical, Some(at));
                }
                // "... would remain in place": in force.
                if phrase_at(w, at, &c.in_force_after) {
                    return (Modality::Asserted, Some(at));
                }
                // "... take effect today": in force.
                if let Some(now) = self.onset_today(v, w, at, ce, event_type) {
                    return (Modality::Asserted, Some(now));
                }
                if let Some(verb) = self.effect_after(v, at, stop) {
                    return (Modality::Asserted, Some(verb));
                }
                if let Some(g) = warned_of(at) {
                    return (Modality::Hypothetical, Some(g));
                }
                return (Modality::Planned, Some(at));
            }
        }
        // A modal that governs another verb ("could cast a shadow over the
        // meeting") speaks of an event still to come; not one that hedges
        // the speaker's own words ("I would say that ... the range we agreed
        // to in the discussions in Paris").
        if let Some(at) =
            hit(cs, near_lo, &c.far_modal).filter(|&at| !phrase_at(w, at + 1, &c.speech_verbs))
        {
            if let Some(p) = self.past_verb_between(v, at + 1, t0) {
                return (Modality::Asserted, Some(p));
            }
            if let Some(m) = consequence() {
                return (Modality::Hypothetical, Some(m));
            }
            return (Modality::Planned, Some(at));
        }
        // A past tense verb right after the trigger is its own predicate and
        // settles it: no time word can make the event planned later ("The
        // January talks focussed on").
        if let Some(at) = (t1..(t1 + 3).min(ce))
            .find(|&i| self.past_tense_in(v, i, i + 1) || phrase_at(w, i, &c.past_auxiliaries))
        {
            return (Modality::Asserted, Some(at));
        }
        (Modality::Asserted, None)
    }

    /// At `at`, a present verb of onset of a tariff (`tariff_onsets`, no
    /// future auxiliary, modal or "to" right before it) followed within
    /// five words by one of `onset_now` ("take effect today", "opens to
    /// 53 countries today"): the tariff is in force as the story is told.
    /// The index of the `onset_now` word.
    #[inline(never)]
    fn onset_today(
        &self,
        v: &View,
        w: &[u32],
        at: usize,
        ce: usize,
        event_type: &EventType,
    ) -> Option<usize> {
        let c = &self.cues;
        let n = phrase_len_at(w, at, &c.extra.tariff_onsets);
        if *event_type != EventType::Tariff || n == 0 {
            return None;
        }
        if at > 0
            && [
                &c.subject_future,
                &c.far_modal,
                &c.infinitive_markers,
                &c.subject_possible,
            ]
            .iter()
            .any(|list| phrase_at(w, at - 1, list))
        {
            return None;
        }
        let hi = unpunctuated_to(v, at + n, (at + n + 5).min(ce));
        first_phrase_in(w, at + n, hi, &c.extra.onset_now)
    }

    /// The word index of what makes the negation cue at `at` only a
    /// possibility: a modal of `possible_negation_modals` right before it
    /// (past adverbs that are no negation: "may suspend the zero rate",
    /// "could also waive the duties"), or a permission of
    /// `permission_verbs` up to four words before it in the clause with its
    /// object between, the cue after "to" or a name ("allows the EU to
    /// suspend preferences", "would let Brussels suspend"). Not for a
    /// predicate negation ("talks may not resume" stays negated).
    #[inline(never)]
    fn possible_negation(&self, v: &View, w: &[u32], cs: usize, at: usize) -> Option<usize> {
        let c = &self.cues;
        if at <= cs || phrase_at(w, at, &c.predicate_negations) {
            return None;
        }
        let adverb = |i: usize| phrase_at(w, i, &c.modal_adverbs) && !phrase_at(w, i, &c.negated);
        let mut m = at - 1;
        while m > cs && adverb(m) {
            m -= 1;
        }
        if phrase_at(w, m, &c.extra.possible_negation_modals) {
            return Some(m);
        }
        let p = last_phrase_in(
            w,
            at.saturating_sub(5).max(cs),
            at,
            &c.extra.permission_verbs,
        )?;
        let end = p + phrase_len_at(w, p, &c.extra.permission_verbs).max(1);
        let before = &v.tokens[at - 1];
        (end < at
            && unpunctuated_to(v, p, at + 1) > at
            && (phrase_at(w, at - 1, &c.infinitive_markers)
                || before.text.starts_with(|ch: char| ch.is_uppercase())))
        .then_some(p)
    }

    /// Whether a tariff trigger opened by an indefinite article, heading
    /// its clause's subject, is a measure imagined for its effects: the
    /// conditional modal at `at` within five unpunctuated words after it,
    /// no relative word between ("an import fee would raise prices", "a
    /// 200% duty would stack on top of that rate"). The article must open
    /// the subject: no preposition, article or determiner right before it
    /// or between it and the trigger ("goods subject to a 20% tariff could
    /// face"). Not a measure being made ("a 25% tariff would be imposed":
    /// `indefinite_measure_makers` after "be"), nor one with a time of
    /// effect after the modal ("would take effect on April 2").
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn imagined_measure(
        &self,
        v: &View,
        w: &[u32],
        trigger: TriggerSpan,
        phrase_lo: usize,
        at: usize,
        ce: usize,
        event_type: &EventType,
    ) -> bool {
        let c = &self.cues;
        let (t0, t1) = (trigger.first, trigger.past);
        if *event_type != EventType::Tariff
            || !phrase_at(w, at, &c.conditional_modals)
            || at < t1
            || at > t1 + 5
            || unpunctuated_to(v, t1, at + 1) <= at
            || any_phrase_in(w, t1, at, &c.relative_pronouns)
            || any_phrase_in(w, t1, at, &c.complementizers)
        {
            return false;
        }
        let Some(a) = last_phrase_in(
            w,
            t0.saturating_sub(5).max(phrase_lo),
            t0,
            &c.indefinite_articles,
        ) else {
            return false;
        };
        if any_phrase_in(w, a + 1, t0, &c.verb_followers)
            || (a > 0 && phrase_at(w, a - 1, &c.verb_followers))
        {
            return false;
        }
        let mut next = at + 1;
        while next < ce && phrase_at(w, next, &c.modal_adverbs) {
            next += 1;
        }
        let made = next + 1 < ce
            && v.tokens[next].text.eq_ignore_ascii_case("be")
            && phrase_at(w, next + 1, &c.extra.indefinite_measure_makers);
        !made && !any_phrase_in(w, at + 1, (at + 10).min(ce), &c.future_after)
    }

    /// After the trigger, within ten words and no punctuation, an
    /// exclusion denied ("further raids could not be ruled out"): the
    /// cue's word index.
    #[inline(never)]
    fn unexcluded(&self, v: &View, w: &[u32], t1: usize, ce: usize) -> Option<usize> {
        let hi = unpunctuated_to(v, t1, (t1 + 10).min(ce));
        first_phrase_in(w, t1, hi, &self.cues.extra.unexcluded_after)
    }

    /// Within four words before a tariff trigger in its phrase, a response
    /// to it ("retaliation for EU tariffs", "in retaliation for Ottawa's
    /// levies"), or within [`article::ANSWERED_REACH`] words of its clause and no
    /// comma, an answering tariff word and then a `tariff_answer_preps`
    /// word ("counter-tariffs on US goods over steel duties",
    /// "countermeasures against Trump's tariffs"): the cue's word index.
    /// Not for "any tariffs", nor a measure still proposed or possible
    /// after the trigger ("retaliation for the tariffs proposed by the
    /// U.S."), nor an answering tariff itself.
    #[inline(never)]
    fn answered_measure(
        &self,
        v: &View,
        w: &[u32],
        (cs, phrase_lo): (usize, usize),
        trigger: TriggerSpan,
        ce: usize,
        event_type: &EventType,
    ) -> Option<usize> {
        if *event_type != EventType::Tariff {
            return None;
        }
        let c = &self.cues;
        let (t0, t1) = (trigger.first, trigger.past);
        let (at, end) = match last_phrase_in(
            w,
            t0.saturating_sub(4).max(phrase_lo),
            t0,
            &c.extra.tariff_answered_openers,
        ) {
            Some(at) => (
                at,
                at + phrase_len_at(w, at, &c.extra.tariff_answered_openers).max(1),
            ),
            None => {
                let at = self.answer_prep(v, w, cs, trigger)?;
                (at, at + 1)
            }
        };
        let hi = unpunctuated_to(v, t1, (t1 + 4).min(ce));
        (!any_phrase_in(w, end, t0, &c.nonspecific_determiners)
            && !any_phrase_in(w, t1, hi, &c.planned)
            && !any_phrase_in(w, t1, hi, &c.hypothetical))
        .then_some(at)
    }

    /// Within [`article::ANSWERED_REACH`] words before a tariff trigger in its clause
    /// and no comma, a `tariff_answer_preps` word after an answering tariff
    /// word ("counter-tariffs over", "retaliate against"): the
    /// preposition's word index, the measure answered following it. None
    /// when the trigger is itself an answering word.
    fn answer_prep(&self, v: &View, w: &[u32], cs: usize, trigger: TriggerSpan) -> Option<usize> {
        let x = &self.cues.extra;
        let t0 = trigger.first;
        let answer = |k: usize| {
            let t = v.tokens[k].text.to_lowercase();
            x.tariff_answer_words
                .iter()
                .any(|a| t.starts_with(a.as_str()))
        };
        if answer(t0) {
            return None;
        }
        let lo = t0.saturating_sub(article::ANSWERED_REACH).max(cs);
        let lo = (lo + 1..=t0)
            .rev()
            .find(|&k| v.article[v.tokens[k - 1].end..v.tokens[k].start].contains([',', ';', ':']))
            .unwrap_or(lo);
        let at = (lo..t0)
            .rev()
            .find(|&k| phrase_at(w, k, &x.tariff_answer_preps))?;
        (lo..at).any(answer).then_some(at)
    }

    /// Within six words after a meeting trigger, in its phrase, a verb
    /// saying the meeting goes on ("as talks continued", "talks with
    /// Washington are ongoing"), not after a modal, "to" or a future,
    /// negation or request word ("talks will continue", "talks did not
    /// continue", "the meetings should continue"),
    /// not another predicate's ("start talks but continue with"), and with
    /// no future time after it ("talks continue tomorrow"): the cue's word
    /// index.
    #[inline(never)]
    fn ongoing_after(&self, v: &View, w: &[u32], trigger: TriggerSpan, ce: usize) -> Option<usize> {
        let c = &self.cues;
        let t1 = trigger.past;
        let hi = unpunctuated_to(v, t1, (t1 + 6).min(ce));
        let at = first_phrase_in(w, t1, hi, &c.extra.meeting_ongoing_after)?;
        // ("shall start negotiations but continue with our moves": the verb
        // of another predicate.)
        if any_phrase_in(w, t1, at, &c.predicate_coordinators) {
            return None;
        }
        let before = at.saturating_sub(3).max(t1);
        let governed = [
            &c.far_modal,
            &c.subject_future,
            &c.infinitive_markers,
            &c.planned,
            &c.hypothetical,
            &c.negated,
            &c.requested,
        ]
        .iter()
        .any(|list| any_phrase_in(w, before, at, list));
        let end = at + phrase_len_at(w, at, &c.extra.meeting_ongoing_after).max(1);
        let ahead = first_phrase_in(w, end, (end + 4).min(ce), &c.future_after).is_some();
        (!governed && !ahead).then_some(at)
    }

    /// Within five words before a tariff trigger in its clause, a verb that
    /// keeps the measure as it is ("will keep its countermeasures"): the
    /// cue's word index. Not with a barrier, a negation or a plan between
    /// ("keep Trump from imposing a 100% tariff"), nor with a negation
    /// after the trigger in its phrase: kept off, not in force ("will keep
    /// its 24% additional tariff suspended", "keeps the levy on hold").
    #[inline(never)]
    fn kept_measure(
        &self,
        v: &View,
        w: &[u32],
        trigger: TriggerSpan,
        (cs, ce): (usize, usize),
        event_type: &EventType,
    ) -> Option<usize> {
        if *event_type != EventType::Tariff {
            return None;
        }
        let c = &self.cues;
        let (t0, t1) = (trigger.first, trigger.past);
        let at = last_phrase_in(w, t0.saturating_sub(5).max(cs), t0, &c.extra.tariff_kept)?;
        let end = at + phrase_len_at(w, at, &c.extra.tariff_kept).max(1);
        let hi = unpunctuated_to(v, t1, (t1 + 8).min(ce));
        (!any_phrase_in(w, end, t0, &c.extra.tariff_kept_barriers)
            && !any_phrase_in(w, end, t0, &c.negated)
            && !any_phrase_in(w, end, t0, &c.planned)
            && !any_phrase_in(w, t1, hi, &c.negated)
            && !any_phrase_in(w, t1, hi, &c.negated_after))
        .then_some(at)
    }

    /// The last past tense verb in words `lo..hi` (not a bare verb after
    /// "to", a modal, "be" or "and": "plans to put", "will cut", "to
    /// proceed with", "will be put", "will open ... and cut"): between a modal cue and the trigger it
    /// governs the trigger instead of the cue.
    fn past_verb_between(&self, v: &View, lo: usize, hi: usize) -> Option<usize> {
        let (w, c) = (&v.ids, &self.cues);
        (lo.max(1)..hi).rev().find(|&i| {
            (phrase_at(w, i, &c.past_verbs)
                || phrase_at(w, i, &c.past_tense_words)
                || self.past_tense_in(v, i, i + 1))
                && !phrase_at(w, i - 1, &c.infinitive_markers)
                && !phrase_at(w, i - 1, &c.far_modal)
                && !phrase_at(w, i - 1, &c.planned)
                && !phrase_at(w, i - 1, &c.passive_auxiliaries)
                // "will open a quota ... and cut its tariff": the modal's
                // second verb.
                && !phrase_at(w, i - 1, &c.list_joiners)
        })
    }

    /// Whether a clause of its own opens between the trigger's end `t1`
    /// and a condition at `i`: past clause punctuation, a modal or "that"
    /// with its own verb, whose verb the condition governs ("Macron, who
    /// made a state visit to China earlier this month, warned that the EU
    /// could consider tariffs of its own if the deficit kept widening",
    /// "collected $90 billion in such duties, money importers could seek
    /// to recover if the administration loses"). Not a condition right
    /// after the comma: "The tariff cut, if approved by the Diet, would
    /// take effect".
    fn later_clause_between(&self, v: &View, t1: usize, i: usize) -> bool {
        let (w, c) = (&v.ids, &self.cues);
        let Some(k) = (t1 + 1..i).find(|&k| {
            v.article[v.tokens[k - 1].end..v.tokens[k].start].contains([',', ';', '—', '–'])
        }) else {
            return false;
        };
        any_phrase_in(w, k, i, &c.far_modal) || any_phrase_in(w, k, i, &c.complementizers)
    }

    /// The first word after the trigger (from `t1 + 1`, before `hi`) that
    /// opens a reported clause with its own subject, or `hi`: one of
    /// `reported_clause_openers` ("and that", "saying that", "and says"),
    /// or "that" when a past or speech verb stands before the trigger in
    /// its clause (`cs..t0`: "agreed in a telephone call on Monday that
    /// the leader will visit Washington"). Not an opener right before a
    /// modal ("talks that will open") or a speech verb ("a platform that
    /// it says will bring"): a relative clause on the trigger.
    /// A future cue past it governs that clause's verb, not the trigger.
    fn reported_clause_after(&self, v: &View, cs: usize, t0: usize, t1: usize, hi: usize) -> usize {
        let (w, c) = (&v.ids, &self.cues);
        let modal_at = |k: usize| {
            [
                &c.subject_future,
                &c.far_modal,
                &c.subject_possible,
                &c.conditional_modals,
            ]
            .iter()
            .any(|list| phrase_at(w, k, list))
        };
        let reported_before = any_phrase_in(w, cs, t0, &c.speech_verbs)
            || self.past_verb_between(v, cs, t0).is_some();
        (t1 + 1..hi.min(w.len()))
            .find(|&k| {
                let n = phrase_len_at(w, k, &c.extra.reported_clause_openers);
                if n > 0 {
                    return !modal_at(k + n);
                }
                // ("a platform that it says will bring": a relative clause
                // with a speech verb inside.)
                reported_before
                    && phrase_at(w, k, &c.complementizers)
                    && !modal_at(k + 1)
                    && !any_phrase_in(w, k + 1, (k + 4).min(hi), &c.speech_verbs)
            })
            .unwrap_or(hi)
    }

    /// The verb after the future auxiliary at `at` (before `stop`, past
    /// adverbs such as "also", "not") when it tells a consequence of an
    /// event already there ("Georgia raid will make Korean firms think
    /// twice", "the new money would fund an American Manufacturing
    /// Program"): that event is asserted.
    fn effect_after(&self, v: &View, at: usize, stop: usize) -> Option<usize> {
        let (w, c) = (&v.ids, &self.cues);
        let mut verb = at + phrase_len_at(w, at, &c.subject_future).max(1);
        while verb < stop && phrase_at(w, verb, &c.modal_adverbs) {
            verb += 1;
        }
        (verb < stop && phrase_at(w, verb, &c.subject_effects)).then_some(verb)
    }

    /// The first word index at or after `lo` with no clause punctuation
    /// between it and word `t0`: the start of the trigger's phrase. A comma
    /// between two actor names is a list, not a phrase boundary: "Trump
    /// pauses Canada, Mexico tariffs" keeps "pauses".
    fn phrase_start(&self, v: &View, lo: usize, t0: usize) -> usize {
        let actors = self.all_actors_of(v);
        let in_actor = |i: usize| {
            let t = &v.tokens[i];
            actors
                .iter()
                .any(|a| a.m.start <= t.start && t.start < a.m.end)
        };
        (lo + 1..=t0.min(v.tokens.len().saturating_sub(1)))
            .rev()
            .find(|&i| {
                let gap = &v.article[v.tokens[i - 1].end..v.tokens[i].start];
                if !gap.contains([',', ';', ':', '(', ')', '–', '—']) {
                    return false;
                }
                let list_comma = gap.trim() == "," && in_actor(i - 1) && in_actor(i);
                !list_comma
            })
            .unwrap_or(lo)
    }

    /// Whether the cue at `at` is a stipulation ("calls for", "provides
    /// for") whose subject, up to two words before it (past "which" or
    /// "that"), is a document: "the accord calls for rescheduling the
    /// debts", "a contract which calls for investment". A request by a
    /// document is what it sets out: planned.
    pub(crate) fn stipulated(&self, v: &View, cs: usize, at: usize) -> bool {
        let (w, c) = (&v.ids, &self.cues);
        if !phrase_at(w, at, &c.stipulations) {
            return false;
        }
        let comma_before =
            |i: usize| i > 0 && v.article[v.tokens[i - 1].end..v.tokens[i].start].contains(',');
        let mut s = at;
        if s > 0 && phrase_at(w, s - 1, &c.relative_pronouns) {
            s -= 1;
        }
        // Past an apposition: "the accord, reached in the Paris Club,
        // calls for rescheduling the debts".
        if comma_before(s)
            && let Some(open) = (s.saturating_sub(12).max(cs + 1)..s)
                .rev()
                .find(|&i| comma_before(i))
        {
            s = open;
        }
        any_phrase_in(w, s.saturating_sub(2).max(cs), s, &c.documents)
    }

    /// Where a meeting trigger's setting phrase starts, when the meeting is
    /// the place of a request or agreement: a preposition of
    /// `setting_preps` up to five words before the trigger, after the object
    /// of an infinitive governed by a verb of `setting_verbs` ("asks Trump
    /// to lift 40% surcharge in first video call", "agree to ease tariffs
    /// in Busan summit"). Not "agreed to meet in Geneva": the infinitive
    /// needs an object before the preposition.
    fn setting_start(&self, v: &View, cs: usize, t0: usize) -> Option<usize> {
        let (w, c) = (&v.ids, &self.cues);
        let p = (t0.saturating_sub(5).max(cs)..t0)
            .rev()
            .find(|&i| phrase_at(w, i, &c.setting_preps))?;
        if any_phrase_in(w, p + 1, t0, &c.infinitive_markers) {
            return None;
        }
        let to = (cs..p)
            .rev()
            .find(|&i| phrase_at(w, i, &c.infinitive_markers) && !hyphenated(v, i))?;
        if to + 2 >= p {
            return None;
        }
        last_phrase_in(w, to.saturating_sub(4).max(cs), to, &c.setting_verbs).map(|_| p)
    }

    /// Whether the word at `at` follows an auxiliary, a participle and no
    /// condition ("an export credit ... had been provided for the export of
    /// engineering goods").
    fn participle_at(&self, v: &View, at: usize) -> bool {
        let (w, c) = (&v.ids, &self.cues);
        at > 0
            && (phrase_at(w, at - 1, &c.passive_auxiliaries)
                || phrase_at(w, at - 1, &c.perfect_auxiliaries))
    }

    /// Whether the trigger is a bullet mark ("•") opening its line.
    fn bullet_trigger(&self, v: &View, trigger: TriggerSpan) -> bool {
        !v.article[trigger.start..trigger.end]
            .chars()
            .any(char::is_alphanumeric)
    }

    /// The modality of a bulleted line whose first word is `t0`: the first
    /// cue of its first phrase decides ("• Paused: reciprocal rates",
    /// "• ADQ and ECP plan a $25 billion platform", "• Still in force: 10%
    /// baseline"); a date before the article's day makes it past ("• Feb
    /// 2024: ADQ agreed to invest"); otherwise it is an item of the
    /// package, schedule or rate table being announced: planned.
    fn bullet_modality(
        &self,
        v: &View,
        t0: usize,
        event_type: &EventType,
    ) -> (Modality, Option<usize>) {
        let (w, c) = (&v.ids, &self.cues);
        let end = (t0 + 1..v.tokens.len())
            .find(|&i| {
                let gap = &v.article[v.tokens[i - 1].end..v.tokens[i].start];
                gap.contains([',', ';', '(', ')', '–', '—'])
            })
            .unwrap_or(v.tokens.len());
        let year_before = |i: usize| {
            let b = v.tokens[i].text.as_bytes();
            b.len() == 4
                && b.iter().all(u8::is_ascii_digit)
                && v.day.is_some_and(|d| {
                    let y: u16 = v.tokens[i].text.parse().unwrap_or(u16::MAX);
                    (1900..d.year).contains(&y)
                })
        };
        if let Some(i) = (t0..v.tokens.len()).find(|&i| year_before(i)) {
            return (Modality::Asserted, Some(i));
        }
        for i in t0..end {
            let at = |list: &Phrases| phrase_fits(w, i, end, list) && list.starts_with(w[i]);
            if at(&c.negated) || at(&c.negated_after) {
                return (Modality::Negated, Some(i));
            }
            if at(&c.threats) || at(&c.hypothetical) || at(&c.conditional) {
                return (Modality::Hypothetical, Some(i));
            }
            if at(&c.requested) || at(&c.requested_after) {
                return (Modality::Requested, Some(i));
            }
            if at(&c.in_force)
                || at(&c.in_force_after)
                || (*event_type == EventType::Pledge && at(&c.pledge_commitments))
            {
                return (Modality::Asserted, Some(i));
            }
            // "• Switzerland to lift tariffs on US industrial goods", "•
            // Rubio named to negotiate with Alckmin": a bullet's "to" and
            // its governors are a headline's future.
            if at(&c.planned)
                || at(&c.future_after)
                || at(&c.subject_future)
                || at(&c.planned_governors)
                || (i > t0 && self.to_verb_at(v, i))
            {
                return (Modality::Planned, Some(i));
            }
            if at(&c.past_verbs) || at(&c.past_tense_words) || self.past_tense_in(v, i, i + 1) {
                return (Modality::Asserted, Some(i));
            }
        }
        // Nothing in the first phrase: a measure in force later in the line
        // ("• China: 125%, effective immediately").
        let line_end = (end..v.tokens.len())
            .find(|&i| v.article[v.tokens[i - 1].end..v.tokens[i].start].contains('\n'))
            .unwrap_or(v.tokens.len());
        if let Some(i) = first_phrase_in(w, end, line_end, &c.in_force)
            .or_else(|| first_phrase_in(w, end, line_end, &c.in_force_after))
        {
            return (Modality::Asserted, Some(i));
        }
        (Modality::Planned, Some(t0))
    }

    /// Whether words `lo..hi` hold a past tense verb other than a speech
    /// verb ("wrapped", "closed", "spoke"; not "said", nor "scheduled" or
    /// "expected", which are future cues, nor a participle after "be" or a
    /// determiner: "was delayed", "the proposed summit").
    fn past_tense_in(&self, v: &View, lo: usize, hi: usize) -> bool {
        let (w, c) = (&v.ids, &self.cues);
        (lo..hi.min(w.len())).any(|i| {
            // "China-made EVs", "Shanghai-built cars": a name's compound
            // adjective, not a verb ("ring-fenced for" still is one).
            if i > 0
                && &v.article[v.tokens[i - 1].end..v.tokens[i].start] == "-"
                && v.tokens[i - 1]
                    .text
                    .starts_with(|ch: char| ch.is_uppercase())
            {
                return false;
            }
            // ("pressed on with their searches" is a past verb.)
            if phrase_at(w, i, &c.speech_verbs)
                || phrase_at(w, i, &c.planned)
                || phrase_at(w, i, &c.hypothetical)
                || phrase_at(w, i, &c.negated)
            {
                return false;
            }
            // ("the nations hit by the tsunami": a participle after its
            // noun, not the clause's verb.)
            // ("flood-hit countries", "state-led talks": a compound's
            // second half.)
            if i > 0
                && &v.article[v.tokens[i - 1].end..v.tokens[i].start] == "-"
                && phrase_at(w, i, &c.past_tense_words)
            {
                return false;
            }
            let reduced_relative = i > 0
                && phrase_at(w, i + 1, &c.agent_preps)
                && v.tokens[i - 1]
                    .text
                    .starts_with(|ch: char| ch.is_ascii_lowercase())
                && !phrase_at(w, i - 1, &c.passive_auxiliaries)
                && !phrase_at(w, i - 1, &c.perfect_auxiliaries);
            if (phrase_at(w, i, &c.past_tense_words) || phrase_at(w, i, &c.past_verbs))
                && !reduced_relative
            {
                return true;
            }
            let t = v.tokens[i].text;
            let after_aux = i > 0
                && (phrase_at(w, i - 1, &c.passive_auxiliaries)
                    || phrase_at(w, i - 1, &c.determiners)
                    || phrase_at(w, i - 1, &c.perfect_auxiliaries));
            // A verb, not an adjective: "wrapped up", "closed on",
            // "finalized the", not "industrialised nations".
            let verb_next = phrase_at(w, i + 1, &c.verb_followers);
            t.len() > 4
                && t.ends_with("ed")
                && t.chars().all(|ch| ch.is_ascii_lowercase())
                && !after_aux
                && verb_next
        })
    }

    /// Whether words `lo..hi` hold a perfect ("has so far been confined",
    /// "have ended"): an auxiliary of `perfect_auxiliaries` and, within
    /// four words after it, a participle that is no modal cue or invitation
    /// ("have been scheduled" is a plan, "has agreed to" a commitment, "has
    /// been invited to take part in the meeting on Friday" still to come).
    /// A date in such a clause ("the session this week has so far been
    /// confined to routine matters") dates a past event.
    fn perfect_in(&self, v: &View, lo: usize, hi: usize) -> bool {
        let (w, c) = (&v.ids, &self.cues);
        let hi = hi.min(w.len());
        (lo..hi).any(|i| {
            phrase_at(w, i, &c.perfect_auxiliaries)
                && (i + 1..(i + 5).min(hi)).any(|j| {
                    let t = v.tokens[j].text;
                    let participle = (t.len() > 4
                        && (t.ends_with("ed") || t.ends_with("en"))
                        && t.chars().all(|ch| ch.is_ascii_lowercase()))
                        || phrase_at(w, j, &c.past_tense_words);
                    participle
                        && ![
                            &c.planned,
                            &c.hypothetical,
                            &c.negated,
                            &c.speech_verbs,
                            &c.requested,
                            &c.invitations,
                        ]
                        .iter()
                        .any(|list| phrase_at(w, j, list))
                })
        })
    }

    /// Whether word `at` is "to" followed by a verb ("TALKS TO OPEN JULY
    /// 27"), not by a place, party, figure or date ("tariff to 15%",
    /// "mission to Japan", "delayed to July 9").
    fn to_verb_at(&self, v: &View, at: usize) -> bool {
        let (w, c) = (&v.ids, &self.cues);
        // (Not the "to" inside a compound: "back-to-back bilaterals",
        // "face-to-face talks".)
        if !phrase_at(w, at, &c.infinitive_markers) || at + 1 >= w.len() || hyphenated(v, at) {
            return false;
        }
        let next = &v.tokens[at + 1];
        let starts_actor = self
            .all_actors_of(v)
            .iter()
            .any(|a| a.m.start <= next.start && next.start < a.m.end);
        // In running text a capital after "to" is a name ("mission to
        // Japan"); in a headline it may be title case ("Japan to Cut Tariffs").
        let capital_in_mixed = next.text.starts_with(|ch: char| ch.is_uppercase())
            && !is_all_caps_sentence(v)
            && !is_headline(v);
        let gerund = next.text.len() > 5 && next.text.to_lowercase().ends_with("ing");
        next.text.chars().all(char::is_alphabetic)
            && !gerund
            && !starts_actor
            && !capital_in_mixed
            && !phrase_at(w, at + 1, &c.to_objects)
    }

    /// Whether the trigger is a measure noun right after a back-reference
    /// determiner, one modifier at most between ("the duties", "these
    /// measures", "the extra levy"): a later mention of a measure the
    /// article already reported.
    pub(crate) fn back_reference(&self, v: &View, trigger: TriggerSpan) -> bool {
        let c = &self.cues;
        let t0 = trigger.first;
        let det = |i: usize| phrase_at(&v.ids, i, &c.back_reference_determiners);
        trigger.past == t0 + 1
            && t0 > 0
            && phrase_at(&v.ids, t0, &c.back_reference_nouns)
            && (det(t0 - 1)
                || (t0 > 1
                    && phrase_at(&v.ids, t0 - 1, &c.back_reference_modifiers)
                    && det(t0 - 2)))
            && !any_phrase_in(
                &v.ids,
                t0 + 1,
                (t0 + 5).min(v.ids.len()),
                &c.back_reference_present,
            )
    }

    /// Whether a time cue at token `at` ("in April", "on April 17") is
    /// followed by a year that places it before the article ("in April 1983"
    /// in a 1987 story), or by any year when the article's date is unknown.
    pub(crate) fn dated_before_article(&self, v: &View, at: usize) -> bool {
        let year = v.tokens[at..].iter().skip(1).take(4).find_map(|t| {
            let b = t.text.as_bytes();
            // A year, not a clock time ("Friday at 1000 EST").
            (b.len() == 4 && b.iter().all(u8::is_ascii_digit))
                .then(|| t.text.parse::<u16>().ok())
                .flatten()
                .filter(|y| (1900..2100).contains(y))
        });
        match (year, v.day) {
            (Some(y), Some(d)) => y < d.year,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }
}

/// Whether a time's first moment lies wholly after the article's `day`
/// (a later day, a later month, a later year): an event there is still to
/// come.
fn starts_after(value: &TimeValue, day: Day) -> bool {
    let first = match *value {
        TimeValue::At(p) | TimeValue::Span(p, _) => p,
    };
    match first {
        Point::Day(d) => d > day,
        Point::Month(y, m) => (y, m) > (day.year, day.month),
        Point::Year(y) => y > day.year,
    }
}

/// Events made planned by a time word after the trigger ("a summit in
/// Gyeongju on Wednesday", "his visit to India in October last year") are
/// asserted when the time stage places that time wholly before the
/// article's day: the word dates a past event, not a future one. `cues`
/// holds, per event, the byte offset of that time word.
pub(crate) fn settle_by_time(events: &mut [Event], cues: &[TimeCue], day: Option<Day>, text: &str) {
    let Some(day) = day else { return };
    let words = crate::when::TimeWords::embedded();
    for (e, cue) in events.iter_mut().zip(cues) {
        // A tariff asserted by its clause's past verb whose own time of
        // effect lies after the article's day is still to come: "Trump
        // signed a proclamation on Wednesday imposing a 50% tariff on
        // copper ... from Aug. 1" (as "takes effect on April 2" is planned).
        if cue.effect_ahead
            && e.modality == Modality::Asserted
            && let Some(w) = &e.when
            && w.start >= e.sentence.start
            && w.end <= e.sentence.end
            && words.is_effect_word_before(text, w.start)
            && starts_after(&w.value, day)
        {
            e.modality = Modality::Planned;
        }
        // An event asserted for want of any cue whose own time, in its
        // sentence, lies wholly after the article's day is still to come:
        // "The Paris Club meets on 12 January", "when Abe visits Washington
        // on April 19".
        // (Not a pledge over a period to come: "agreed to lend Ukraine
        // €90bn over the next two years" is a pledge made.)
        if cue.uncued
            && e.modality == Modality::Asserted
            && let Some(w) = &e.when
            && !(e.event_type == EventType::Pledge && matches!(w.value, TimeValue::Span(..)))
            && w.start >= e.sentence.start
            && w.end <= e.sentence.end
            && starts_after(&w.value, day)
        {
            e.modality = Modality::Planned;
        }
        let (Some(at), Some(w)) = (cue.at, &e.when) else {
            continue;
        };
        // The time expression the time stage chose must be the cue's own
        // ("on Wednesday": cue "on", expression "Wednesday").
        if w.end <= at || w.start > at + 16 {
            continue;
        }
        let last = match w.value {
            TimeValue::At(p) | TimeValue::Span(_, p) => p,
        };
        let before = match last {
            Point::Day(d) => d < day,
            Point::Month(y, m) => (y, m) < (day.year, day.month),
            Point::Year(y) => y < day.year,
        };
        if before && e.modality == Modality::Planned {
            e.modality = Modality::Asserted;
        }
    }
    // A bulleted item read as planned for want of a cue is past when its
    // own date is the article's day or before ("• TSMC: up to $6.6 billion
    // in grants (April 8)").
    for (e, cue) in events.iter_mut().zip(cues) {
        let bullet = cue.bullet;
        let Some(w) = &e.when else { continue };
        let last = match w.value {
            TimeValue::At(p) | TimeValue::Span(_, p) => p,
        };
        let by_day = match last {
            Point::Day(d) => d <= day,
            Point::Month(y, m) => (y, m) <= (day.year, day.month),
            Point::Year(y) => y < day.year,
        };
        if bullet
            && by_day
            && e.modality == Modality::Planned
            && w.start > e.sentence.start
            && w.end <= e.sentence.end
        {
            e.modality = Modality::Asserted;
        }
    }
}

/// An event with no modality cue of its own whose trigger refers back to
/// a measure already reported ("the duties", "the levy") is planned when
/// the article's latest earlier event of its type, in an earlier sentence,
/// is: "Trump threatened a 25% tariff on Mexican goods. ... Mexico said
/// the tariffs would hurt its farmers" is planned both times. (Only
/// planned: a later mention of a measure once negated, requested or
/// hypothetical is mostly about the measure since made.) Where both
/// events name countries, they must share one.
pub(crate) fn inherit_modality(events: &mut [Event], cues: &[TimeCue]) {
    for i in 0..events.len().min(cues.len()) {
        let cue = &cues[i];
        if !(cue.back_reference && cue.uncued && events[i].modality == Modality::Asserted) {
            continue;
        }
        let (before, rest) = events.split_at_mut(i);
        let e = &mut rest[0];
        let Some(earlier) = before
            .iter()
            .rev()
            .filter(|d| d.sentence.start < e.sentence.start)
            .find(|d| d.event_type == e.event_type)
        else {
            continue;
        };
        let countries = |x: &Event| -> Vec<String> {
            x.actors.iter().filter_map(|a| a.country.clone()).collect()
        };
        let (mine, theirs) = (countries(e), countries(earlier));
        if !mine.is_empty() && !theirs.is_empty() && !mine.iter().any(|m| theirs.contains(m)) {
            continue;
        }
        if earlier.modality == Modality::Planned {
            e.modality = Modality::Planned;
        }
    }
}

/// What [`settle_by_time`] knows of one event's modality: the byte offset
/// of the time word after the trigger that made it planned, and whether no
/// cue decided it at all.
#[derive(Clone, Copy)]
pub(crate) struct TimeCue {
    pub(crate) at: Option<usize>,
    pub(crate) uncued: bool,
    /// An asserted tariff (not by a rule's fixed modality): a time of
    /// effect after the article's day ("from Aug. 1") makes it planned.
    pub(crate) effect_ahead: bool,
    /// The trigger is a bullet mark ("• TSMC: $6.6 billion (April 8)").
    pub(crate) bullet: bool,
    /// The trigger refers back to a measure already reported
    /// ([`inherit_modality`]).
    pub(crate) back_reference: bool,
}

impl TimeCue {
    /// Whether [`settle_by_time`] reads this event's time, so the time must
    /// be resolved before the sense model scores the event.
    pub(crate) fn needs_time(&self) -> bool {
        self.at.is_some() || self.uncued || self.effect_ahead || self.bullet
    }
}

/// A headline, or a headline-style line near the top of the article: a
/// deck or standfirst under the title ("Washington to cut levies on
/// Chinese goods; Beijing to lower its rate"), a line with no closing
/// full stop that stands alone.
fn headline_like(v: &View) -> bool {
    if is_headline(v) {
        return true;
    }
    let text = v.article[v.sentence.start..v.sentence.end].trim_end();
    // A bulleted item is written as a headline ("• Switzerland to lift
    // tariffs on US industrial goods").
    if text.starts_with(['•', '▪', '◦', '●', '·']) {
        return true;
    }
    v.sentence.index > 0 && head_line(v.article, &v.sentence)
}

/// The end (exclusive) of the words from `from` up to `hi` with no clause
/// punctuation between them.
pub(crate) fn unpunctuated_to(v: &View, from: usize, hi: usize) -> usize {
    (from + 1..hi.min(v.tokens.len()))
        .find(|&i| {
            let gap = &v.article[v.tokens[i - 1].end..v.tokens[i].start];
            gap.contains([',', ';', ':', '(', ')', '–', '—'])
        })
        .unwrap_or(hi)
}

/// The last start in `lo..hi` of one of `list` matched word by word, where
/// a word for which `skip` holds may stand between two words of the phrase
/// ("was also discussed" for "was discussed"): the phrase ends by `hi`
/// plus the words skipped, and before `limit`.
fn last_phrase_in_skipping(
    w: &[u32],
    lo: usize,
    hi: usize,
    limit: usize,
    list: &Phrases,
    skip: &dyn Fn(u32) -> bool,
) -> Option<usize> {
    let limit = limit.min(w.len());
    (lo..hi).rev().find(|&i| {
        list.starts_with(w[i])
            && list.starting_with(w[i]).any(|p| {
                let (mut j, mut k, mut skipped) = (i, 0, 0);
                while k < p.len() && j < limit {
                    if w[j] == p[k] {
                        k += 1;
                    } else if k > 0 && skip(w[j]) {
                        skipped += 1;
                    } else {
                        return false;
                    }
                    j += 1;
                }
                k == p.len() && j <= hi + skipped
            })
    })
}

/// Whether word `i` is joined to a neighbour by a hyphen ("in-depth",
/// "China-made"): part of a compound, not a word of its own.
fn hyphenated(v: &View, i: usize) -> bool {
    let gap = |a: usize, b: usize| &v.article[v.tokens[a].end..v.tokens[b].start];
    (i > 0 && gap(i - 1, i) == "-") || (i + 1 < v.tokens.len() && gap(i, i + 1) == "-")
}

/// Whether word `i` ends its phrase: the sentence's last word, or one
/// followed by clause punctuation or a spaced dash ("G-7 MEETING UNLIKELY -
/// ITALIAN TREASURY OFFICIAL").
fn phrase_ends_at(v: &View, i: usize) -> bool {
    i + 1 >= v.tokens.len() || {
        let gap = &v.article[v.tokens[i].end..v.tokens[i + 1].start];
        gap.contains([',', ';', ':', '(', ')', '–', '—', '!', '?', '"', '“', '”'])
            || gap.contains(" - ")
            || gap.contains(". ")
    }
}
