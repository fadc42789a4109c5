//! The genre word lists (`sports_genre_words`, `arts_genre_words`,
//! `utility_service_words`, `trade_mark_words`, `mountain_genre_words`)
//! looked for in a whole lowercased article in one pass per check.
//!
//! A genre check asks how many distinct words of a list occur in the
//! article as whole words ([`crate::lexicon::contains_word_by`]). Asked
//! word by word, that was one `memmem` search of the whole article per
//! word (64 for the utility check, 70 for the sports check): 118,000
//! searches for 56M instructions on the 4 MB sample, 7% of `extract`.
//! Here each check's lists are one Aho-Corasick automaton that reads the
//! article once ([`GenreWords::counts_until`]), and stops as soon as the
//! check's answer is settled (a trade word found ends the utility check).

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

/// Several word lists, each word searched in text as a whole word.
pub(crate) struct GenreWords {
    /// The distinct non-empty words of all the lists.
    needles: Vec<String>,
    /// Per list, per word of it, its index in `needles` (`None` for an
    /// empty word, which occurs nowhere).
    members: Vec<Vec<Option<usize>>>,
    /// The automaton of `needles`, built on first use (start-up and
    /// articles that never reach a genre check do not pay for it).
    automaton: std::sync::OnceLock<DFA>,
}

impl GenreWords {
    /// The lists `lists`, their words as given (lowercase: they are
    /// searched in the lowercased article).
    pub(crate) fn new(lists: &[&[String]]) -> Self {
        let mut needles: Vec<String> = Vec::new();
        let members = lists
            .iter()
            .map(|list| {
                list.iter()
                    .map(|w| {
                        if w.is_empty() {
                            return None;
                        }
                        Some(match needles.iter().position(|n| n == w) {
                            Some(i) => i,
                            None => {
                                needles.push(w.clone());
                                needles.len() - 1
                            }
                        })
                    })
                    .collect()
            })
            .collect();
        GenreWords {
            needles,
            members,
            automaton: std::sync::OnceLock::new(),
        }
    }

    /// Per list, how many of its words occur in `text` as whole words
    /// (a word listed twice counts twice): for each list, the count
    /// `list.iter().filter(|w| contains_word_by(text, w)).count()` gives,
    /// unless `settled` says yes to the counts found so far (asked each
    /// time one grows), when the scan stops there. The counts only grow,
    /// so a `settled` that says yes only when more words could not change
    /// the caller's answer gives the answer the full counts give.
    ///
    /// Each word's occurrences are judged as `contains_word_by` judges
    /// them: in order, and after one that is not on word boundaries the
    /// search goes on from its end, so an occurrence overlapping it is
    /// passed over there and here alike.
    pub(crate) fn counts_until(
        &self,
        text: &str,
        settled: impl Fn(&[usize]) -> bool,
    ) -> Vec<usize> {
        let mut counts = vec![0; self.members.len()];
        if self.needles.is_empty() {
            return counts;
        }
        let mut found = vec![false; self.needles.len()];
        let automaton = self.automaton.get_or_init(|| {
            // No prefilter: the loop below steps the DFA itself, and its
            // start state then is no special state.
            DFA::builder()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(&self.needles)
                .expect("genre words compile")
        });
        // Per needle, where its next occurrence may start.
        let mut from = vec![0usize; self.needles.len()];
        // Every occurrence of every needle, as an overlapping search gives
        // them (by end, then in the order the state lists them), from a
        // loop that steps the DFA by hand: the library's overlapping
        // iterator keeps its position in a state object and cost 19
        // instructions a byte.
        let Ok(mut sid) = automaton.start_state(Anchored::No) else {
            return counts;
        };
        for (i, &b) in text.as_bytes().iter().enumerate() {
            sid = automaton.next_state(Anchored::No, sid, b);
            if !automaton.is_special(sid) || !automaton.is_match(sid) {
                continue;
            }
            let e = i + 1;
            for k in 0..automaton.match_len(sid) {
                let pattern = automaton.match_pattern(sid, k);
                let (n, s) = (pattern.as_usize(), e - automaton.pattern_len(pattern));
                if found[n] || s < from[n] {
                    continue;
                }
                if crate::segment::on_word_boundaries(text, s, e) {
                    found[n] = true;
                    for (count, list) in counts.iter_mut().zip(&self.members) {
                        *count += list.iter().filter(|&&k| k == Some(n)).count();
                    }
                    if settled(&counts) {
                        return counts;
                    }
                    continue;
                }
                let mut next = e;
                while next < text.len() && !text.is_char_boundary(next) {
                    next += 1;
                }
                from[n] = next;
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The counts are those of a `memmem` search per word: words glued to
    /// others, phrases, hyphenated words, a word listed in two lists or
    /// twice in one, an empty word, non-ASCII text around the words.
    #[test]
    fn counts_agree_with_a_search_per_word() {
        let lists: Vec<Vec<String>> = [
            &[
                "match",
                "matches",
                "semi-final",
                "grand slam",
                "try",
                "tries",
            ][..],
            &["film", "films", "box office", "match", ""][..],
            &[
                "electricity",
                "gas and electricity",
                "kwh",
                "telecom",
                "telecoms",
            ][..],
            &["import", "imports", "trade", "trade"][..],
        ]
        .iter()
        .map(|l| l.iter().map(|w| w.to_string()).collect())
        .collect();
        let refs: Vec<&[String]> = lists.iter().map(Vec::as_slice).collect();
        let words = GenreWords::new(&refs);
        let texts = [
            "the semi-finals and the semi-final of the grand slam; matches were played",
            "a film about films, £3 at the box office – the match of the year",
            "gas and electricity bills rose 4 pct per kwh; telecoms firms' tariffs",
            "importers of imports said trade talks on trade-weighted tariffs would resume",
            "retry entries: country tries to retry; trying étrade trade",
            "matchmatch match-fixing rematch",
            "",
        ];
        for text in texts {
            let want: Vec<usize> = lists
                .iter()
                .map(|l| {
                    l.iter()
                        .filter(|w| {
                            crate::lexicon::contains_word_by(
                                text,
                                &memchr::memmem::Finder::new(w.as_bytes()),
                            )
                        })
                        .count()
                })
                .collect();
            assert_eq!(words.counts_until(text, |_| false), want, "{text}");
            // Stopped once any list holds a word: a count of one there.
            let first = words.counts_until(text, |c| c.iter().any(|&n| n > 0));
            assert_eq!(
                first.iter().any(|&n| n > 0),
                want.iter().any(|&n| n > 0),
                "{text}"
            );
        }
    }
}
