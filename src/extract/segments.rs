//! Event segmentation inside a sentence: where a new predication begins, so
//! that two mentions of one event type in one sentence are read as two
//! events when each has a predicate of its own ("met Xi on Thursday and said
//! he would visit Beijing in April"; "will be exempt, and shipments above
//! the threshold will not attract the duty"), and as one event when the
//! second only names the first again ("imposes a 25% duty", "met ... and
//! discussed", "the talks").
//!
//! A predicate starts at a clause boundary ([`Extractor::clauses`]) other
//! than a relative clause's ("which allows duties of up to 15%"), after a
//! semicolon, or at a coordinator (`predicate_coordinators`: "and", "but",
//! "while" ...) whose conjunct holds a finite verb of its own before the next
//! comma or relative word (`predicate_barriers`: "products that were"):
//! a `finite_auxiliaries` or `finite_verbs` word within [`PREDICATE_REACH`]
//! words, or, as the conjunct's first word after
//! `predicate_adverbs`, a lowercase word ending in "-ed" (a coordinated past
//! verb: "and agreed that", "and proposed a"). A noun phrase list ("Canada
//! and Mexico", "steel and aluminium duties") has none, so it opens nothing.
//! A comma right before a `finite_verbs` word opens one too (a headline's
//! "orders 50% tariff on copper, spares cathodes"); not before an
//! auxiliary, which mostly resumes a clause after an aside ("Alfonsin, who
//! is on a visit, was in Philadelphia").
//!
//! Besides the predicate, a trigger's own words mark it: a word of
//! `other_event_before` right before it ("further talks", "the next
//! meeting", "another round") or of `other_event_after` right after it
//! ("meet again") names another event than the sentence's first; a
//! `definite_determiners` word right before it ("the talks", "that levy")
//! names one already told, as does a predicate noun after a `copulas`
//! word and a determiner ("were their third meeting") and one followed
//! within three words by a `continuation_words` phrase ("officials said
//! talks would go on"); a `content_predicates` trigger ("discussed")
//! tells what was said at the meeting just named. A predicate opened by a
//! coordinator and an auxiliary ("and will hold talks today") goes on with
//! the sentence's subject: a meeting there that names no party of its own
//! is the first one going on.

use super::*;

/// Words after a coordinator searched for a finite verb of its conjunct.
const PREDICATE_REACH: usize = 8;

/// What a trigger's place says about whether it is an event of its own
/// (see the module comment); the sentence's merge reads it
/// ([`merge_same_type`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Segment {
    /// The predicate the trigger stands in, counted from the sentence's start.
    pub(crate) predicate: usize,
    /// Where that predicate starts: the article byte offset of its first word.
    pub(crate) from: usize,
    /// A word right before or after the trigger names another event.
    pub(crate) other: bool,
    /// A definite determiner right before the trigger, a copula and a
    /// determiner shortly before it, or a continuation word shortly after
    /// it: an event told already.
    pub(crate) definite: bool,
    /// The trigger tells what was said at a meeting ("discussed").
    pub(crate) content: bool,
    /// The predicate goes on with the sentence's subject: a coordinator,
    /// then an auxiliary ("and will hold talks today").
    pub(crate) continues: bool,
}

impl Extractor {
    /// Word indices where a predicate of the sentence starts (the first is 0).
    pub(crate) fn predicate_starts(&self, v: &View) -> Vec<usize> {
        let c = &self.cues;
        // Clauses, but not relative ones: "a provision which allows duties
        // of up to 15%" describes its head.
        let mut starts: Vec<usize> = v
            .clause_starts
            .iter()
            .copied()
            .filter(|&s| !phrase_at(&v.ids, s, &c.relative_pronouns))
            .collect();
        let n = v.tokens.len();
        for i in 1..n {
            let gap = &v.article[v.tokens[i - 1].end..v.tokens[i].start];
            // After a semicolon, or a comma right before a finite verb
            // ("orders 50% tariff on copper, spares cathodes").
            if gap.contains(';')
                || (gap.contains(',')
                    && (phrase_at(&v.ids, i, &c.finite_verbs) || self.participle_clause_at(v, i)))
            {
                starts.push(i);
                continue;
            }
            if phrase_at(&v.ids, i, &c.participle_openers) && self.participle_clause_at(v, i + 1) {
                starts.push(i + 1);
                continue;
            }
            if !phrase_at(&v.ids, i, &c.predicate_coordinators) {
                continue;
            }
            // The conjunct: words after the coordinator up to a comma.
            let from = i + 1;
            let mut to = from;
            while to < n && to < from + PREDICATE_REACH {
                if to > from
                    && (v.article[v.tokens[to - 1].end..v.tokens[to].start].contains(',')
                        || phrase_at(&v.ids, to, &c.predicate_barriers))
                {
                    break;
                }
                to += 1;
            }
            let mut first = from;
            while first < to && phrase_at(&v.ids, first, &c.predicate_adverbs) {
                first += 1;
            }
            let past_at = |k: usize| {
                let w = v.tokens[k].text;
                w.len() > 4
                    && w.ends_with("ed")
                    && w.chars().next().is_some_and(|ch| ch.is_lowercase())
            };
            let past_verb = first < to && past_at(first);
            // A name, then a past verb: the conjunct's own subject and verb
            // ("and Beijing answered with levies", "while Premier Scott Moe
            // called for talks").
            let named_subject = (first + 1..to).any(|k| {
                past_at(k)
                    && v.tokens[k - 1]
                        .text
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
            });
            if past_verb
                || named_subject
                || any_phrase_in(&v.ids, from, to, &c.finite_auxiliaries)
                || any_phrase_in(&v.ids, from, to, &c.finite_verbs)
            {
                starts.push(from);
            }
        }
        starts.sort_unstable();
        starts.dedup();
        starts
    }

    /// Whether word `i` opens a participial clause: a lowercase word in
    /// "-ing" of six letters or more, not one of `participle_stops`, with
    /// a word after it in its phrase that goes on with no comma, "and" or
    /// "or" ("pushing duties on softwood", not "steel, clothing and cars").
    pub(crate) fn participle_clause_at(&self, v: &View, i: usize) -> bool {
        let c = &self.cues;
        let Some(t) = v.tokens.get(i) else {
            return false;
        };
        let w = t.text;
        let ing = w.len() >= 6
            && w.ends_with("ing")
            && w.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-');
        ing && !phrase_at(&v.ids, i, &c.participle_stops)
            && v.tokens.get(i + 1).is_some_and(|next| {
                !v.article[t.end..next.start].contains(',') && !matches!(next.text, "and" | "or")
            })
    }

    /// The [`Segment`] of the trigger at words `first..past`, given the
    /// sentence's predicate starts.
    pub(crate) fn segment_of(
        &self,
        v: &View,
        starts: &[usize],
        first: usize,
        past: usize,
    ) -> Segment {
        let c = &self.cues;
        let predicate = starts.iter().filter(|&&s| s <= first).count();
        let start = starts.iter().rev().find(|&&s| s <= first).copied();
        let from = start.map_or(v.sentence.start, |s| v.tokens[s].start);
        // "and will hold talks today": a coordinator, then (after adverbs)
        // an auxiliary: the first predicate's subject goes on.
        let continues = start.is_some_and(|s| {
            let mut w = s;
            while w < first && phrase_at(&v.ids, w, &c.predicate_adverbs) {
                w += 1;
            }
            s > 0
                && phrase_at(&v.ids, s - 1, &c.predicate_coordinators)
                && phrase_at(&v.ids, w, &c.finite_auxiliaries)
        });
        let before = |list: &Phrases| {
            (first.saturating_sub(2)..first).any(|i| {
                list.iter()
                    .any(|p| i + p.len() == first && v.ids[i..first] == p[..])
            })
        };
        let other = before(&c.other_event_before)
            || (past < v.ids.len() && phrase_at(&v.ids, past, &c.other_event_after));
        // A predicate noun restates its subject: "the talks ... were their
        // third meeting", "described as a technical meeting".
        let nominal = (first.saturating_sub(4)..first).any(|i| {
            phrase_at(&v.ids, i, &c.copulas)
                && phrase_at(&v.ids, i + 1, &c.determiners)
                && !v.article[v.tokens[i].end..v.tokens[first].start].contains(',')
        });
        // The event goes on: "talks would go on", "the talks continued".
        let goes_on = (past..(past + 3).min(v.ids.len()))
            .any(|i| phrase_at(&v.ids, i, &c.continuation_words));
        Segment {
            predicate,
            from,
            other,
            definite: nominal
                || goes_on
                || (first > 0 && phrase_at(&v.ids, first - 1, &c.definite_determiners))
                // a trigger phrase that opens with one ("the new rate")
                || phrase_at(&v.ids, first, &c.definite_determiners),
            content: phrase_at(&v.ids, first, &c.content_predicates),
            continues,
        }
    }
}
