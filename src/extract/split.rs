//! Several meetings under one trigger: "met Ishiba on Monday and Lee on
//! Tuesday", "held separate talks with Macron and Tusk", "spoke with
//! Zelensky and later with Erdogan". The gold counts one meeting per pair of
//! parties that met on their own, so a meeting whose partners (the parties
//! named after its trigger) fall into groups, each met apart, becomes one
//! event per group, each with the parties named before the trigger.
//!
//! Partners are met apart when the words between two of them are a
//! coordinator ("and", a comma) and either a `meeting_separate` word lies
//! around the meeting ("separate talks", "separately"), or the earlier
//! partner's phrase closes with a time or place ("on Monday and", "in Tokyo
//! and": `meeting_apart_preps`), or the later one opens with a word of
//! `meeting_sequels` ("and later with") or a partner preposition of its own
//! ("and with"). A group that names no country beyond the earlier groups
//! and the parties before the trigger is the same meeting ("met Xi in Busan
//! and Chinese Premier Li").
//!
//! A visit whose destination is a list of places ("a visit to Slovakia and
//! Hungary", "trips to India, Japan and South Korea") is one visit per host:
//! right after a `meeting_visit_words` trigger and one of its
//! `meeting_visit_preps` ("to"), places and countries joined by a bare "and"
//! or comma part (a verb's own list, "visited the UK, France and Italy", is
//! one tour, as the wire gold reads it); the same-country
//! rule above still folds two cities of one host ("visited Islamabad and
//! Karachi"). Talks with two people stay one meeting.

use super::Draft;
use super::cues::listed;
use crate::event::{Actor, Role};

/// The cue lists the split reads (from `[cues.roles]`).
pub(crate) struct SplitCues<'a> {
    /// Words saying the partners were met apart ("separate", "separately").
    pub separate: &'a [String],
    /// Trigger words of a visit whose listed hosts part ("visit", "trip").
    pub visit_words: &'a [String],
    /// Words between a visit trigger and its first host ("to").
    pub visit_preps: &'a [String],
    /// Words opening a later partner's phrase ("later", "then").
    pub sequels: &'a [String],
    /// Prepositions of a time or place closing a partner's phrase ("on", "in").
    pub apart_preps: &'a [String],
    /// Coordinators between partners ("and", "before").
    pub joiners: &'a [String],
    /// Nouns naming a meeting ("talks"): "and then held talks with B".
    pub nouns: &'a [String],
    /// Verbs of meeting that take the partner as object ("to meet B").
    pub verbs: &'a [String],
    /// Prepositions before a list of the sides of one meeting ("between").
    pub joint_preps: &'a [String],
    /// Prepositions introducing a partner ("with").
    pub partner_preps: &'a [String],
    /// Determiners that may precede a partner's name ("the", "his").
    pub determiners: &'a [String],
}

/// Bytes between two partners beyond which they are not read as one list.
const MAX_GAP: usize = 90;

/// Words of a partner's closing phrase ("in Moscow on Monday") or of a
/// later partner's opening ("then held talks with").
const MAX_PHRASE: usize = 5;

/// Bytes before the trigger and after the last partner searched for a
/// `separate` word ("held separate talks with", "met A and B separately").
const SEPARATE_REACH: usize = 40;

/// Lowercase words of `s` (letters, digits, hyphens, apostrophes), each with
/// whether it was capitalised in the text.
fn words(s: &str) -> Vec<(String, bool)> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            (
                w.to_lowercase(),
                w.chars().next().is_some_and(char::is_uppercase),
            )
        })
        .collect()
}

/// Byte spans of the alphanumeric runs of `s`.
fn word_spans(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(b) = start.take() {
            out.push((b, i));
        }
    }
    if let Some(b) = start {
        out.push((b, s.len()));
    }
    out
}

/// Words between a visit trigger and its first host ("to the").
const MAX_VISIT_LEAD: usize = 2;

/// Whether an actor names a host a visit can go to (a country or a place).
fn host_kind(a: &Actor) -> bool {
    a.kind == "country" || a.kind == "place"
}

/// Whether the text between two hosts is a bare coordinator ("and", ", ",
/// ", and"): two places of one list.
fn bare_list_gap(gap: &str) -> bool {
    let w = words(gap);
    w.len() <= 1
        && w.iter().all(|(w, _)| w == "and")
        && gap
            .chars()
            .all(|c| c.is_alphanumeric() || c == ',' || c.is_whitespace())
}

/// Whether the text between two partners parts them into two meetings.
fn parts(gap: &str, separate: bool, cues: &SplitCues) -> bool {
    // A quotation mark between them: the later one is a speaker
    // ("'I will meet with President Xi in two weeks,' Trump wrote").
    if gap.len() > MAX_GAP || gap.contains(['"', '“', '”']) {
        return false;
    }
    // The last coordinator of the gap: a joiner word or a comma.
    let mut conj: Option<(usize, usize)> = word_spans(gap)
        .into_iter()
        .rfind(|&(b, e)| listed(cues.joiners, &gap[b..e]));
    if let Some(c) = gap.rfind(',')
        && conj.is_none_or(|(s, _)| c > s)
    {
        conj = Some((c, c + 1));
    }
    let Some((cs, ce)) = conj else {
        return false;
    };
    let before = words(&gap[..cs]);
    let mut rest = words(&gap[ce..]);
    // Titles, names and determiners right before the later partner belong
    // to it ("and the Australian premier", "and Prime Minister Lee").
    while rest
        .last()
        .is_some_and(|(w, cap)| *cap || listed(cues.determiners, w))
    {
        rest.pop();
    }
    // A comma alone parts only with a word of its own after it ("A on
    // Monday, and later with B") or in a list met apart ("separate talks
    // with A, B and C"), not a bare list.
    if rest.is_empty() && !separate && gap[cs..ce].starts_with(',') {
        return false;
    }
    if rest.is_empty() {
        // "A on Monday and B", "separate talks with A and B": the earlier
        // partner's own short phrase, no clause between them.
        let inner = gap[..cs].trim_end().trim_end_matches(',');
        return (separate || before.iter().any(|(w, _)| listed(cues.apart_preps, w)))
            && before.len() <= MAX_PHRASE
            && !inner.contains([',', ';', '(', ')']);
    }
    let cue = |w: &str| listed(cues.sequels, w) || listed(cues.separate, w);
    // The coordinator itself may be a sequel ("..., then flew to Berlin to
    // meet Merz").
    let conj_word = &gap[cs..ce];
    if rest.is_empty() {
        return cue(conj_word);
    }
    // "and with B", "and later with B", "and separately with B", "before
    // flying on to Baghdad for talks with B".
    let own_prep = rest
        .last()
        .is_some_and(|(w, _)| listed(cues.partner_preps, w))
        && (rest[..rest.len() - 1].iter().all(|(w, _)| cue(w))
            || (rest.len() <= 2 * MAX_PHRASE && rest.iter().any(|(w, _)| listed(cues.nouns, w))));
    // "and then held talks with B", "and later met B", "then flew to
    // Berlin to meet B".
    let sequel = (cue(conj_word) || cue(&rest[0].0))
        && (rest.len() < MAX_PHRASE
            || (rest.len() <= 2 * MAX_PHRASE
                && rest
                    .last()
                    .is_some_and(|(w, _)| listed(cues.verbs, w) || listed(cues.nouns, w))));
    own_prep || sequel
}

/// Splits each meeting whose partners were met apart into one event per
/// group of partners (see the module comment); other drafts pass through.
pub(crate) fn split_meetings(drafts: Vec<Draft>, cues: &SplitCues) -> Vec<Draft> {
    let mut out = Vec::with_capacity(drafts.len());
    for d in drafts {
        let groups = partner_groups(&d, cues);
        if groups.len() < 2 {
            out.push(d);
            continue;
        }
        let e = &d.event;
        let first_partner = groups[0][0];
        let mut events = Vec::with_capacity(groups.len());
        for (k, group) in groups.iter().enumerate() {
            // A group's parties run from past the group before it (places
            // on the way included: "before flying on to Baghdad for talks
            // with") to its last partner, the last group's to the end.
            let from = if k == 0 {
                group[0]
            } else {
                groups[k - 1][groups[k - 1].len() - 1] + 1
            };
            let to = if k + 1 == groups.len() {
                usize::MAX
            } else {
                group[group.len() - 1]
            };
            let mut ev = e.clone();
            ev.actors = e
                .actors
                .iter()
                .filter(|a| {
                    a.role != Role::Participant
                        || a.start < first_partner
                        || (a.start >= from && a.start <= to)
                })
                .cloned()
                .collect();
            events.push(ev);
        }
        for ev in events {
            out.push(d.with_event(ev));
        }
    }
    out
}

/// The start offsets of a meeting's partners, in groups met apart; one group
/// (or none) when the meeting is one.
fn partner_groups(d: &Draft, cues: &SplitCues) -> Vec<Vec<usize>> {
    let e = &d.event;
    if e.event_type != crate::event::EventType::Meeting {
        return Vec::new();
    }
    let s = &e.sentence;
    let text = &s.text;
    let at = |off: usize| off - s.start;
    let inside = |a: &Actor| a.start >= s.start && a.end <= s.end;
    let after: Vec<&Actor> = e
        .actors
        .iter()
        .filter(|a| {
            a.role == Role::Participant
                && a.start >= e.trigger.end
                && a.country.is_some()
                && inside(a)
        })
        .collect();
    // A visit trigger followed by its first host ("visit to Slovakia").
    let mut visit = e
        .trigger
        .text
        .split_whitespace()
        .next()
        .is_some_and(|w| listed(cues.visit_words, w))
        && after
            .iter()
            .min_by_key(|a| a.start)
            .filter(|a| host_kind(a))
            .and_then(|a| text.get(at(e.trigger.end)..at(a.start)))
            .is_some_and(|lead| {
                let w = words(lead);
                w.len() <= MAX_VISIT_LEAD
                    && w.first().is_some_and(|(w, _)| listed(cues.visit_preps, w))
                    && w.iter()
                        .all(|(w, _)| listed(cues.visit_preps, w) || listed(cues.determiners, w))
                    && !lead.contains([',', ';', '(', '"', '“'])
            });
    let mut partners: Vec<&Actor> = after
        .into_iter()
        .filter(|a| a.kind != "place" || visit)
        .collect();
    if partners.len() < 2 {
        return Vec::new();
    }
    partners.sort_by_key(|a| a.start);
    let last_end = partners
        .iter()
        .map(|a| a.end)
        .max()
        .unwrap_or(e.trigger.end);
    let lo = at(e.trigger.start.saturating_sub(SEPARATE_REACH).max(s.start));
    let hi = at((last_end + SEPARATE_REACH).min(s.end));
    // "meetings between Reagan and Nakasone": the two sides of one meeting.
    let joint = text
        .get(at(e.trigger.end)..at(partners[0].start))
        .is_some_and(|w| words(w).iter().any(|(w, _)| listed(cues.joint_preps, w)));
    if joint {
        return Vec::new();
    }
    let separate = text
        .get(lo..hi)
        .is_some_and(|w| words(w).iter().any(|(w, _)| listed(cues.separate, w)));
    // Countries met so far: another person of a known country is read as
    // the same meeting ("received by Trump ... and later joined Vance").
    let mut known: std::collections::BTreeSet<&str> = e
        .actors
        .iter()
        .filter(|a| a.role == Role::Participant && a.start < e.trigger.start)
        .filter_map(|a| a.country.as_deref())
        .collect();
    let mut groups: Vec<Vec<&Actor>> = vec![vec![partners[0]]];
    for pair in partners.windows(2) {
        let (x, y) = (pair[0], pair[1]);
        let gap = if y.start > x.end {
            text.get(at(x.end)..at(y.start)).unwrap_or("")
        } else {
            ""
        };
        // "a visit to Slovakia and Hungary": one visit per host, while the
        // list of hosts runs on from the trigger.
        let host_list = visit && host_kind(x) && host_kind(y) && bare_list_gap(gap);
        if !host_list {
            visit = false;
        }
        if host_list || (!gap.is_empty() && parts(gap, separate, cues)) {
            groups.push(vec![y]);
        } else if let Some(g) = groups.last_mut() {
            g.push(y);
        }
    }
    // A group naming no new country is the same meeting as the one before.
    let mut kept: Vec<Vec<&Actor>> = Vec::new();
    for g in groups {
        let names = || g.iter().filter_map(|a| a.country.as_deref());
        let new = names().any(|c| !known.contains(c));
        known.extend(names());
        match kept.last_mut() {
            Some(last) if !new => last.extend(g),
            _ => kept.push(g),
        }
    }
    kept.into_iter()
        .map(|g| g.iter().map(|a| a.start).collect())
        .collect()
}
