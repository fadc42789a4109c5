//! Counts of people: "300 South Korean workers", "hundreds of workers".

use super::*;

impl<'a> Cx<'a> {
    /// Up to three modifiers then a person noun, starting at token `j`.
    /// Returns (token after the noun, noun in lowercase).
    pub(crate) fn person_chain(&self, j: usize) -> Option<(usize, String)> {
        let mut k = j;
        for _ in 0..4 {
            if !self.is_word(k) || self.glued(k) {
                return None;
            }
            let (e, lc) = self.compound(k)?;
            let last_lc = self.lc(e - 1);
            let last = last_lc.as_str();
            let is_noun = if e == k + 1 {
                self.r.persons.contains(lc.as_str())
            } else {
                // "ex-workers" counts, "U.S." never
                self.is_sym(e - 2, '-') && self.r.persons.contains(last)
            };
            // "610,000 Staff Builders common": a capitalised noun inside a name
            let raw_noun = self.s(e - 1);
            let title_case = raw_noun.starts_with(|c: char| c.is_ascii_uppercase())
                && raw_noun[1..].chars().any(|c| c.is_ascii_lowercase());
            if is_noun
                && title_case
                && self.is_word(e)
                && self.s(e).starts_with(|c: char| c.is_ascii_uppercase())
            {
                return None;
            }
            if is_noun {
                let mut end = e;
                let mut noun = last.to_string();
                if self.is_word(end)
                    && !self.glued(end)
                    && self.r.persons.contains(self.lc(end).as_str())
                {
                    noun = self.lc(end).as_str().to_string();
                    end += 1;
                }
                return Some((end, noun));
            }
            if self.r.chain_stop.contains(lc.as_str())
                || (e == k + 1 && self.r.chain_stop.contains(last))
            {
                return None;
            }
            let raw = self.s(k);
            let lower_initial = raw.chars().next().is_some_and(char::is_lowercase);
            if lower_initial
                && e == k + 1
                && raw.len() > 3
                && raw.ends_with('s')
                && !self
                    .r
                    .grammar
                    .not_plural_endings
                    .0
                    .iter()
                    .any(|e| raw.ends_with(e))
            {
                return None; // a plural noun or a verb: "12 firms hire workers"
            }
            if self.r.scale_of(lc.as_str()).is_some() {
                return None;
            }
            k = e;
        }
        None
    }

    /// Vague head counts: "hundreds of", "tens of thousands of", "a number of",
    /// "several hundred", "a few dozen".
    pub(crate) fn vague(&self, i: usize) -> Option<Hit> {
        let lc = self.lc(i);
        let w = lc.as_str();
        let g = &self.r.grammar;
        let mut j;
        if g.articles.has(w) {
            if self.spaced_word_in(i + 1, &g.vague_multiplied) {
                // "a few dozen"
                if !g.vague_multipliers.has(self.lc(i + 2).as_str()) {
                    return None;
                }
                j = i + 3;
            } else {
                // "a number of"
                if !self.spaced_word_in(i + 2, &g.of) {
                    return None;
                }
                j = i + 3;
            }
        } else if g.vague_multiplied.has(w) {
            // "several hundred"
            if !g.vague_multipliers.has(self.lc(i + 1).as_str()) || self.glued(i + 1) {
                return None;
            }
            j = i + 2;
        } else {
            // "hundreds of", "tens of thousands of"
            if !self.spaced_word_in(i + 1, &g.of) {
                return None;
            }
            j = i + 2;
            while g.vague_chain.has(self.lc(j).as_str()) && self.spaced_word_in(j + 1, &g.of) {
                j += 2;
            }
        }
        if g.vague_too_large.has(self.lc(j).as_str()) {
            // "a few thousand" handled above; "hundreds of millions of" never counts people here
            return None;
        }
        let (end, of) = self.person_chain(j)?;
        Some(Hit {
            start: i,
            end,
            kind: QuantityKind::Count {
                value: None,
                approx: true,
                of,
            },
        })
    }
}
