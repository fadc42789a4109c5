//! The phrase automata of the trigger scan and the sense cues: phrases
//! found leftmost-longest in one pass, by a DFA.
//!
//! Compiling the Aho-Corasick DFA of the shipped trigger phrases was a
//! third of the tool's start-up. `build.rs` therefore compiles the embedded
//! data's phrases into a dense DFA (`regex-automata`, leftmost-first over
//! the phrases longest first, which is leftmost-longest) and embeds it
//! serialised; [`PhraseDfa::new`] reads it in place (no copy, no
//! compiling) when the phrases asked for are exactly the embedded ones, and
//! compiles an Aho-Corasick DFA, as before, otherwise (`--rules`,
//! `--no-default-rules`, a cue file given at run time). The two find the
//! same matches (tests below, on the repository's articles).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex_automata::dfa::{Automaton, dense};
use regex_automata::util::primitives::StateID;
use regex_automata::{Anchored, HalfMatch, Input};

/// A byte buffer aligned for a DFA's `u32` transitions, so a serialised
/// automaton embedded with `include_bytes!` is read in place.
#[repr(C)]
pub(crate) struct Aligned<B: ?Sized> {
    pub(crate) _align: [u32; 0],
    pub(crate) bytes: B,
}

/// An automaton compiled and serialised by `build.rs`, with the phrases
/// and the case folding it was compiled for.
pub(crate) struct Embedded {
    /// The phrases, as the library lists them.
    pub(crate) phrases: &'static [&'static str],
    /// DFA pattern -> index in `phrases` (longest first).
    pub(crate) order: &'static [u32],
    pub(crate) ascii_case_insensitive: bool,
    /// The DFA, serialised in this host's byte order (empty when the data
    /// did not parse at build time).
    pub(crate) bytes: &'static Aligned<[u8]>,
}

include!(concat!(env!("OUT_DIR"), "/phrase_dfas.rs"));

/// The automaton: the embedded DFA or one compiled at run time.
#[derive(Clone, Debug)]
enum Engine {
    /// Read in place from the binary; DFA pattern `k` is phrase `order[k]`
    /// of length `len[k]`.
    Embedded {
        dfa: Box<dense::DFA<&'static [u32]>>,
        order: &'static [u32],
        len: Vec<u32>,
    },
    Compiled(AhoCorasick),
}

/// Phrases found leftmost-longest (at the leftmost start, the longest
/// phrase), non-overlapping, in one pass over the text.
#[derive(Clone, Debug)]
pub(crate) struct PhraseDfa(Engine);

/// One phrase found: its index in the list and its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PhraseMatch {
    pub(crate) phrase: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl PhraseDfa {
    /// The automaton of `phrases` (ASCII letters folded when
    /// `ascii_case_insensitive`): `embedded`'s DFA when it was compiled
    /// from the same phrases, else an Aho-Corasick DFA compiled now.
    pub(crate) fn new<S: AsRef<str>>(
        phrases: &[S],
        ascii_case_insensitive: bool,
        embedded: &Embedded,
    ) -> Result<Self, String> {
        if let Some(a) = Self::embedded(phrases, ascii_case_insensitive, embedded) {
            return Ok(a);
        }
        Self::compiled(phrases, ascii_case_insensitive)
    }

    /// `embedded`'s DFA, if it was compiled from `phrases` and reads on
    /// this host (a table serialised in another byte order does not).
    fn embedded<S: AsRef<str>>(
        phrases: &[S],
        ascii_case_insensitive: bool,
        embedded: &Embedded,
    ) -> Option<Self> {
        let same = embedded.ascii_case_insensitive == ascii_case_insensitive
            && embedded.phrases.len() == phrases.len()
            && embedded.order.len() == phrases.len()
            && embedded
                .phrases
                .iter()
                .zip(phrases)
                .all(|(a, b)| *a == b.as_ref());
        if !same {
            return None;
        }
        // Read without validating every transition again (8.5M instructions
        // for the two tables, a fifth of the rules' start-up); the header
        // (format version, byte order) is still checked.
        // SAFETY: the bytes are what `DFA::to_bytes_native_endian` wrote in
        // this very build's build.rs, with the same regex-automata (one
        // version in Cargo.lock serves the build script and the library);
        // `tests::embedded_dfas_validate` reads them with the validating
        // `DFA::from_bytes`.
        let (dfa, _) = unsafe { dense::DFA::from_bytes_unchecked(&embedded.bytes.bytes) }.ok()?;
        let len = embedded
            .order
            .iter()
            .map(|&i| phrases[i as usize].as_ref().len() as u32)
            .collect();
        Some(PhraseDfa(Engine::Embedded {
            dfa: Box::new(dfa),
            order: embedded.order,
            len,
        }))
    }

    /// An Aho-Corasick DFA of `phrases`, compiled now.
    fn compiled<S: AsRef<str>>(
        phrases: &[S],
        ascii_case_insensitive: bool,
    ) -> Result<Self, String> {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(ascii_case_insensitive)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(phrases.iter().map(AsRef::as_ref))
            .map(|a| PhraseDfa(Engine::Compiled(a)))
            .map_err(|e| e.to_string())
    }

    /// The run-time automaton of `phrases`, even where an embedded one
    /// exists (tests compare the two).
    #[cfg(test)]
    pub(crate) fn compiled_for_tests<S: AsRef<str>>(
        phrases: &[S],
        ascii_case_insensitive: bool,
    ) -> Self {
        Self::compiled(phrases, ascii_case_insensitive).expect("the phrases compile")
    }

    /// Whether this is the DFA embedded by `build.rs` (tests).
    #[cfg(test)]
    pub(crate) fn is_embedded(&self) -> bool {
        matches!(self.0, Engine::Embedded { .. })
    }

    /// The phrases in `hay`, leftmost-longest, non-overlapping, in order,
    /// by the library's search restarted after each match: what
    /// [`PhraseDfa::find_iter_stepped`], which the scans use, must find.
    #[cfg(test)]
    pub(crate) fn find_iter<'a>(&'a self, hay: &'a [u8]) -> Matches<'a> {
        Matches(match &self.0 {
            Engine::Embedded { .. } => Scan::Embedded {
                a: self,
                hay,
                at: 0,
            },
            Engine::Compiled(ac) => Scan::Compiled(ac.find_iter(hay)),
        })
    }
}

impl PhraseDfa {
    /// The matches of [`PhraseDfa::find_iter`] (the same, in the same
    /// order), found by stepping the embedded DFA by hand: each search
    /// after a match resumes at its end without a library search's set-up
    /// (input checks, start state, prefilter and acceleration branches),
    /// which cost more than the search itself where short phrases match
    /// inside nearly every word (the sense cues).
    pub(crate) fn find_iter_stepped<'a>(&'a self, hay: &'a [u8]) -> Matches<'a> {
        self.stepped(hay, false)
    }

    /// [`PhraseDfa::find_iter_stepped`] stepping four bytes at a time
    /// between special states: for phrases that are rare in the text (the
    /// triggers: a few per sentence), where the DFA runs long stretches
    /// between matches. Where phrases match in nearly every word (the
    /// sense cues) the stretches are short, and the byte-at-a-time loop
    /// is cheaper (the cue scan cost 3.5M more unrolled on
    /// `benches/instructions.sh`'s sample).
    pub(crate) fn find_iter_unrolled<'a>(&'a self, hay: &'a [u8]) -> Matches<'a> {
        self.stepped(hay, true)
    }

    fn stepped<'a>(&'a self, hay: &'a [u8], four: bool) -> Matches<'a> {
        Matches(match &self.0 {
            Engine::Embedded { dfa, order, len } => {
                let st = Stepped {
                    dfa,
                    order,
                    len,
                    start: dfa.universal_start_state(Anchored::No),
                    hay,
                    at: 0,
                };
                if four {
                    Scan::Unrolled(st)
                } else {
                    Scan::Stepped(st)
                }
            }
            Engine::Compiled(ac) => Scan::Compiled(ac.find_iter(hay)),
        })
    }

    /// The first phrase (leftmost-longest) wholly inside `hay[range]`: the
    /// trigger scan's bounded second look at a word inside a match.
    pub(crate) fn find_in(&self, hay: &[u8], range: std::ops::Range<usize>) -> Option<PhraseMatch> {
        match &self.0 {
            Engine::Embedded { dfa, order, len } => {
                let found = next(&**dfa, &Input::new(hay).range(range))?;
                let k = found.pattern().as_usize();
                let end = found.offset();
                Some(PhraseMatch {
                    phrase: order[k] as usize,
                    start: end - len[k] as usize,
                    end,
                })
            }
            Engine::Compiled(ac) => {
                ac.find(aho_corasick::Input::new(hay).span(range))
                    .map(|m| PhraseMatch {
                        phrase: m.pattern().as_usize(),
                        start: m.start(),
                        end: m.end(),
                    })
            }
        }
    }
}

/// The iterator of [`PhraseDfa::find_iter`].
pub(crate) struct Matches<'a>(Scan<'a>);

enum Scan<'a> {
    #[cfg(test)]
    Embedded {
        a: &'a PhraseDfa,
        hay: &'a [u8],
        at: usize,
    },
    Stepped(Stepped<'a>),
    /// The same, stepping four bytes at a time between special states.
    Unrolled(Stepped<'a>),
    Compiled(aho_corasick::FindIter<'a, 'a>),
}

/// The hand-stepped scan of [`PhraseDfa::find_iter_stepped`].
struct Stepped<'a> {
    dfa: &'a dense::DFA<&'static [u32]>,
    order: &'static [u32],
    len: &'a [u32],
    /// The unanchored start state, the same at every position (the
    /// phrases have no look-around); `None` if the DFA says otherwise.
    start: Option<StateID>,
    hay: &'a [u8],
    at: usize,
}

impl Stepped<'_> {
    /// The next match from `self.at`: `try_search_fwd`'s forward search
    /// (leftmost-first; a match state is entered one byte after the match
    /// ends), without its set-up. Acceleration only skips bytes on which a
    /// state loops, so stepping over them finds the same.
    ///
    /// `FOUR`: four bytes a step between special states
    /// ([`PhraseDfa::find_iter_unrolled`]); without it the loop is the
    /// byte-at-a-time one alone (a flag tested at run time cost the sense
    /// cues' scan 6.2M on the same sample: a test per byte).
    #[inline]
    fn search<const FOUR: bool>(&self) -> Option<HalfMatch> {
        let (dfa, hay) = (self.dfa, self.hay);
        let mut sid = match self.start {
            Some(sid) => sid,
            None => dfa
                .start_state_forward(&Input::new(hay).range(self.at..))
                .ok()?,
        };
        let mut mat = None;
        let mut at = self.at;
        while at < hay.len() {
            // Unrolled, four bytes a step while no state reached is
            // special (a match, the dead state or a quit: for the triggers,
            // a few in a sentence): one bounds test per four bytes instead
            // of per byte. A special state stops it before that byte, which
            // the single step below reads again, so every special state is
            // seen where the byte-at-a-time loop saw it.
            if FOUR {
                while at + 4 <= hay.len() {
                    // SAFETY (the four steps): `at + 4 <= hay.len()`, so
                    // bytes `at` to `at + 3` are in `hay`; `sid` is the
                    // start state or a state the DFA stepped to, and each
                    // step starts from the state the one before returned,
                    // valid as in the library's own search loop (which
                    // steps unchecked on the same tables).
                    let s1 = unsafe { dfa.next_state_unchecked(sid, *hay.get_unchecked(at)) };
                    if dfa.is_special_state(s1) {
                        break;
                    }
                    let s2 = unsafe { dfa.next_state_unchecked(s1, *hay.get_unchecked(at + 1)) };
                    if dfa.is_special_state(s2) {
                        (sid, at) = (s1, at + 1);
                        break;
                    }
                    let s3 = unsafe { dfa.next_state_unchecked(s2, *hay.get_unchecked(at + 2)) };
                    if dfa.is_special_state(s3) {
                        (sid, at) = (s2, at + 2);
                        break;
                    }
                    let s4 = unsafe { dfa.next_state_unchecked(s3, *hay.get_unchecked(at + 3)) };
                    if dfa.is_special_state(s4) {
                        (sid, at) = (s3, at + 3);
                        break;
                    }
                    (sid, at) = (s4, at + 4);
                }
                if at >= hay.len() {
                    break;
                }
            }
            // SAFETY: `at < hay.len()`, and `sid` is the start state or
            // a state the DFA stepped to, valid as in the library's own
            // search loop (which steps unchecked on the same tables).
            sid = unsafe { dfa.next_state_unchecked(sid, *hay.get_unchecked(at)) };
            if dfa.is_special_state(sid) {
                if dfa.is_match_state(sid) {
                    mat = Some(HalfMatch::new(dfa.match_pattern(sid, 0), at));
                } else if dfa.is_dead_state(sid) {
                    return mat;
                } else if dfa.is_quit_state(sid) {
                    // (No byte quits this DFA; the library search fails.)
                    return None;
                }
            }
            at += 1;
        }
        sid = dfa.next_eoi_state(sid);
        if dfa.is_match_state(sid) {
            mat = Some(HalfMatch::new(dfa.match_pattern(sid, 0), hay.len()));
        }
        mat
    }

    /// The next match of the scan ([`Stepped::search`]), the scan moved
    /// past it.
    #[inline]
    fn next_match<const FOUR: bool>(&mut self) -> Option<PhraseMatch> {
        if self.at > self.hay.len() {
            return None;
        }
        let found = self.search::<FOUR>()?;
        let k = found.pattern().as_usize();
        let end = found.offset();
        let start = end - self.len[k] as usize;
        self.at = if end == start { end + 1 } else { end };
        Some(PhraseMatch {
            phrase: self.order[k] as usize,
            start,
            end,
        })
    }
}

impl Iterator for Matches<'_> {
    type Item = PhraseMatch;

    #[inline]
    fn next(&mut self) -> Option<PhraseMatch> {
        match &mut self.0 {
            #[cfg(test)]
            Scan::Embedded { a, hay, at } => {
                let Engine::Embedded { dfa, order, len } = &a.0 else {
                    unreachable!("an embedded scan has an embedded DFA")
                };
                if *at > hay.len() {
                    return None;
                }
                let found = next(&**dfa, &Input::new(*hay).range(*at..))?;
                let k = found.pattern().as_usize();
                let end = found.offset();
                let start = end - len[k] as usize;
                // (Only an empty phrase matches empty: step over it, as
                // Aho-Corasick does.)
                *at = if end == start { end + 1 } else { end };
                Some(PhraseMatch {
                    phrase: order[k] as usize,
                    start,
                    end,
                })
            }
            Scan::Stepped(st) => st.next_match::<false>(),
            Scan::Unrolled(st) => st.next_match::<true>(),
            Scan::Compiled(it) => it.next().map(|m| PhraseMatch {
                phrase: m.pattern().as_usize(),
                start: m.start(),
                end: m.end(),
            }),
        }
    }
}

/// The next match's end and pattern. The DFA has no look-around and quits
/// on no byte, so the search cannot fail.
#[inline]
fn next<A: Automaton>(dfa: &A, input: &Input<'_>) -> Option<HalfMatch> {
    dfa.try_search_fwd(input).ok().flatten()
}

/// Every file of the repository's article and gold folders, as text: the
/// haystack on which tests compare the embedded DFAs with the run-time
/// automata (`rules::tests`, `sense::features::tests`).
#[cfg(test)]
pub(crate) fn repository_texts() -> Vec<String> {
    let mut texts = Vec::new();
    for dir in [
        "corpus/articles",
        "corpus/modern",
        "corpus/holdout",
        "corpus/gold",
    ] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                texts.push(t);
            }
        }
    }
    texts
}

/// Asserts that two automata find the same matches in every text (the
/// embedded DFA against the one built at run time) and returns how many
/// they found, so a caller can check the texts exercised them.
#[cfg(test)]
pub(crate) fn assert_same_matches(a: &PhraseDfa, b: &PhraseDfa, texts: &[String]) -> usize {
    let mut found = 0;
    for t in texts {
        let x: Vec<_> = a.find_iter(t.as_bytes()).collect();
        let y: Vec<_> = b.find_iter(t.as_bytes()).collect();
        assert_eq!(x, y, "{}", &t[..t.len().min(80)]);
        found += x.len();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded tables pass the full validation that start-up skips.
    #[test]
    fn embedded_dfas_validate() {
        for e in [&TRIGGERS, &SENSE_CUES] {
            assert!(
                !e.phrases.is_empty(),
                "build.rs compiled the embedded phrases"
            );
            let (dfa, _) = dense::DFA::from_bytes(&e.bytes.bytes).expect("a valid DFA");
            assert_eq!(dfa.pattern_len(), e.phrases.len());
        }
    }

    /// The hand-stepped scan finds what the restarting library search
    /// finds, match for match, with both embedded DFAs (the sense cues and
    /// the triggers), on news text, on edge cases (a phrase at the text's
    /// end, capitals, non-ASCII) and on the repository's articles.
    #[test]
    fn stepped_scan_matches_the_restarting_search() {
        let table = [
            "",
            "a",
            "the",
            "was",
            "The central bank said on Tuesday it was ready to raise interest \
             rates if inflation stayed above its target, and the government \
             pledged 2 billion dlrs in aid.",
            "police raided the offices of the company early on friday and \
             arrested three executives, a spokesman said.",
            "Tariffs of 25 pct on imported steel took effect; the minister \
             will meet his counterpart in Brussels next week to discuss them.",
            "the trade talks ended without an agreement, officials said. \
             money market rates rose as the market awaited the meeting",
            "Le ministre a déclaré — « nous allons négocier » — que l'accord \
             était proche; a tariff",
            "wasthewasatheanawasthe",
        ];
        let mut texts: Vec<String> = table.iter().map(|t| t.to_string()).collect();
        texts.extend(texts.clone().iter().map(|t| t.to_ascii_lowercase()));
        texts.extend(repository_texts());
        for e in [&SENSE_CUES, &TRIGGERS] {
            let dfa = PhraseDfa::new(e.phrases, e.ascii_case_insensitive, e).unwrap();
            assert!(dfa.is_embedded());
            let mut found = 0;
            for t in &texts {
                let old: Vec<_> = dfa.find_iter(t.as_bytes()).collect();
                let new: Vec<_> = dfa.find_iter_stepped(t.as_bytes()).collect();
                assert_eq!(new, old, "{}", &t[..t.len().min(80)]);
                let unrolled: Vec<_> = dfa.find_iter_unrolled(t.as_bytes()).collect();
                assert_eq!(unrolled, old, "unrolled: {}", &t[..t.len().min(80)]);
                found += old.len();
            }
            assert!(found > 1000, "the texts exercise the scan ({found})");
        }
    }
}
