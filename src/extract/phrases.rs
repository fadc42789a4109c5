//! The word-id matching engine: every word a rule or cue names gets an id
//! once, a sentence's words are looked up as ids (`ShortWords` for short
//! ASCII words, a `ByteTrie` for the rest), and cue phrases are compared
//! as id sequences.

use crate::segment;
use crate::trie::ByteTrie;

/// Cue phrases as sequences of word ids, ready to compare with a sentence's
/// ids, with a table of the ids that start a phrase so most words are
/// rejected with one lookup, and the phrases grouped by first word so a
/// word that starts some is compared only with those (a class-veto list
/// holds hundreds of phrases; a word starts a few).
///
/// The phrases' ids lie one after another in one `Vec` (`ids`, each
/// phrase's place in it in `spans`), not in a `Vec` each: start-up compiles
/// some 16,000 phrases of the rules and cue lists, and an allocation per
/// phrase was a fifth of that work and of the fresh memory it touched.
#[derive(Default)]
pub(crate) struct Phrases {
    /// Every phrase's word ids, in list order, one after another.
    ids: Vec<u32>,
    /// Each phrase's `(start, end)` in `ids`, in list order; no phrase is
    /// empty.
    spans: Vec<(u32, u32)>,
    first: Vec<bool>,
    /// The phrases' spans grouped by first word id.
    by_first: Vec<(u32, u32)>,
    /// `(first word id, start, end)` of each group in `by_first`, sorted by
    /// id (one entry per distinct first word: small, unlike a table by id).
    groups: Vec<(u32, u32, u32)>,
}

impl Phrases {
    /// The phrases of `ids` at `spans` (none empty).
    fn from_flat(ids: Vec<u32>, spans: Vec<(u32, u32)>) -> Self {
        // The phrases sorted by first word id as `id << 32 | index` keys: a
        // sort of plain integers, where a sort of indices comparing
        // first ids loaded two phrases per comparison (2M instructions
        // of start-up over the rules' some 740 lists). Within a group the
        // phrases are in list order; every reader asks whether any of a
        // group's phrases fits, so the order within one does not matter.
        let mut keys: Vec<u64> = spans
            .iter()
            .enumerate()
            .map(|(k, &(s, _))| (u64::from(ids[s as usize]) << 32) | k as u64)
            .collect();
        keys.sort_unstable();
        let mut first = match keys.last() {
            Some(&k) => vec![false; (k >> 32) as usize + 1],
            None => Vec::new(),
        };
        let mut by_first = Vec::with_capacity(keys.len());
        let mut groups: Vec<(u32, u32, u32)> = Vec::new();
        for (k, &key) in keys.iter().enumerate() {
            let id = (key >> 32) as u32;
            by_first.push(spans[key as u32 as usize]);
            match groups.last_mut() {
                Some(g) if g.0 == id => g.2 = k as u32 + 1,
                _ => {
                    first[id as usize] = true;
                    groups.push((id, k as u32, k as u32 + 1));
                }
            }
        }
        Phrases {
            ids,
            spans,
            first,
            by_first,
            groups,
        }
    }

    pub(crate) fn starts_with(&self, id: u32) -> bool {
        self.first.get(id as usize).copied().unwrap_or(false)
    }

    /// The phrases whose first word is `id`.
    pub(crate) fn starting_with(&self, id: u32) -> impl Iterator<Item = &[u32]> {
        let (a, b) = match self.groups.binary_search_by_key(&id, |g| g.0) {
            Ok(g) => (self.groups[g].1 as usize, self.groups[g].2 as usize),
            Err(_) => (0, 0),
        };
        self.by_first[a..b].iter().map(|&span| self.phrase(span))
    }

    /// The ids of the phrase at `span` (one of `spans`).
    #[inline]
    fn phrase(&self, (s, e): (u32, u32)) -> &[u32] {
        debug_assert!(s < e && e as usize <= self.ids.len());
        // SAFETY: every span in `spans` and `by_first` was made by
        // `compile` as `start..ids.len()` right after pushing the phrase's
        // ids (start below the end), and `ids` is not changed after: the
        // span lies in `ids`. Unchecked because this runs for every phrase
        // a rule check looks at, where two bounds checks per phrase cost
        // 0.6% of `extract`'s per-article instructions.
        unsafe { self.ids.get_unchecked(s as usize..e as usize) }
    }

    /// The phrases in list order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &[u32]> {
        self.spans.iter().map(|&span| self.phrase(span))
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

/// Word ids for every word any rule or cue mentions; words of the text that
/// no rule mentions get [`UNKNOWN_WORD`] and never match. Comparing ids
/// instead of strings keeps rule checks cheap.
#[derive(Default)]
pub(crate) struct Interner {
    pub(crate) ids: crate::trie::FnvMap<String, u32>,
    /// The words as a byte trie (phrase index = id), for the tokens
    /// `short` and `long` cannot hold (longer than sixteen bytes, or not
    /// ASCII): walked over the token's bytes, lowercased on the fly. Built
    /// on the first such token ([`Interner::trie`]), not at start-up: it
    /// was 1.9M instructions of the rules thread before the first event,
    /// whose words are mostly short ASCII ones.
    pub(crate) trie: std::sync::OnceLock<ByteTrie>,
    /// The ASCII words of up to eight bytes, the bulk of the lookups, in a
    /// hash table keyed by the word's bytes packed into a `u64`: one probe
    /// of one cache line instead of a walk from node to node.
    pub(crate) short: ShortWords,
    /// The ASCII words of nine to sixteen bytes with no capital, packed
    /// into two `u64`s ([`LongWords`]): a token of that length is looked up
    /// with one probe instead of a walk down the trie, node by node (a
    /// cache miss each: the walk was 2.6% of `extract`'s cycles for 0.9% of
    /// its instructions).
    pub(crate) long: LongWords,
}

/// An open-addressing table from ASCII words of nine to sixteen bytes,
/// packed into two `u64`s (see [`LongWords::pack`]), to their ids.
#[derive(Default)]
pub(crate) struct LongWords {
    /// Packed words; `[0, 0]` marks an empty slot (no word packs to it).
    keys: Vec<[u64; 2]>,
    ids: Vec<u32>,
}

impl LongWords {
    /// The table of the `(word, id)` whose word packs and has no capital
    /// (the trie matches a lowercased token against the word as written,
    /// so a word with a capital is found by no token).
    fn new<'w>(words: impl Iterator<Item = (&'w str, u32)> + Clone) -> Self {
        let keep = |w: &str| !w.bytes().any(|b| b.is_ascii_uppercase());
        let n = words
            .clone()
            .filter(|(w, _)| keep(w) && Self::pack(w.as_bytes()).is_some())
            .count();
        let size = (n * 2).next_power_of_two().max(16);
        let mut table = LongWords {
            keys: vec![[0, 0]; size],
            ids: vec![UNKNOWN_WORD; size],
        };
        for (w, id) in words {
            if !keep(w) {
                continue;
            }
            if let Some(key) = Self::pack(w.as_bytes()) {
                let mut slot = table.slot(key);
                while table.keys[slot] != [0, 0] && table.keys[slot] != key {
                    slot = (slot + 1) & (size - 1);
                }
                table.keys[slot] = key;
                table.ids[slot] = id;
            }
        }
        table
    }

    /// The bytes of an ASCII word of nine to sixteen bytes, lowercased, as
    /// two little-endian `u64`s ([`ShortWords::pack`] of each half); `None`
    /// for other words.
    #[inline]
    pub(crate) fn pack(word: &[u8]) -> Option<[u64; 2]> {
        if word.len() <= 8 || word.len() > 16 {
            return None;
        }
        Some([ShortWords::pack(&word[..8])?, ShortWords::pack(&word[8..])?])
    }

    #[inline]
    fn slot(&self, key: [u64; 2]) -> usize {
        let h = (key[0] ^ key[1].rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 32) as usize & (self.keys.len() - 1)
    }

    /// The id of a packed word, or [`UNKNOWN_WORD`].
    #[inline]
    pub(crate) fn get(&self, key: [u64; 2]) -> u32 {
        let mask = self.keys.len() - 1;
        let mut slot = self.slot(key);
        loop {
            match self.keys[slot] {
                [0, 0] => return UNKNOWN_WORD,
                k if k == key => return self.ids[slot],
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// An open-addressing table from short ASCII words, packed into a `u64`
/// (see [`ShortWords::pack`]), to their ids.
#[derive(Default)]
pub(crate) struct ShortWords {
    /// Packed words; 0 marks an empty slot (no word packs to 0).
    pub(crate) keys: Vec<u64>,
    pub(crate) ids: Vec<u32>,
}

impl ShortWords {
    /// The table of `(word, id)`; words that do not pack are left out.
    pub(crate) fn new<'w>(words: impl Iterator<Item = (&'w str, u32)> + Clone) -> Self {
        let n = words.clone().count();
        let size = (n * 2).next_power_of_two().max(16);
        let mut table = ShortWords {
            keys: vec![0; size],
            ids: vec![UNKNOWN_WORD; size],
        };
        for (w, id) in words {
            if let Some(key) = Self::pack(w.as_bytes()) {
                let mut slot = table.slot(key);
                while table.keys[slot] != 0 && table.keys[slot] != key {
                    slot = (slot + 1) & (size - 1);
                }
                table.keys[slot] = key;
                table.ids[slot] = id;
            }
        }
        table
    }

    /// The bytes of an ASCII word of one to eight bytes, lowercased, as a
    /// little-endian `u64`; `None` for other words.
    ///
    /// All eight bytes at once: the word is loaded into a `u64` and its
    /// capitals A-Z are found and lowered with word-wide arithmetic (each
    /// byte's high bit tells whether it is at least `A` and not above
    /// `Z`), where a loop over the bytes cost more than the table probe
    /// that follows (this runs for every word of a trigger sentence).
    #[inline]
    pub(crate) fn pack(word: &[u8]) -> Option<u64> {
        if word.is_empty() || word.len() > 8 {
            return None;
        }
        let key = load_le(word);
        const HIGH: u64 = 0x8080_8080_8080_8080;
        if key & HIGH != 0 {
            return None; // not ASCII
        }
        // ASCII bytes: adding 0x80 - b'A' sets the high bit of those >= 'A',
        // adding 0x80 - b'Z' - 1 that of those > 'Z'; no carry crosses bytes.
        let at_least_a = key + 0x3f3f_3f3f_3f3f_3f3f;
        let above_z = key + 0x2525_2525_2525_2525;
        let capitals = at_least_a & !above_z & HIGH;
        Some(key | (capitals >> 2))
    }

    #[inline]
    pub(crate) fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & (self.keys.len() - 1)
    }

    /// The id of a packed word, or [`UNKNOWN_WORD`].
    #[inline]
    pub(crate) fn get(&self, key: u64) -> u32 {
        let mask = self.keys.len() - 1;
        let mut slot = self.slot(key);
        loop {
            match self.keys[slot] {
                0 => return UNKNOWN_WORD,
                k if k == key => return self.ids[slot],
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// The one to eight bytes of `word` as a little-endian `u64`, zero above
/// them: two loads that may overlap (four bytes from each end, or the
/// first, middle and last byte of a shorter word), the overlap holding
/// the same bytes twice. A copy into a zeroed buffer of the word's length
/// was a `memcpy` call per word, for every word of a trigger sentence and
/// every figure word the amount grammar asks about.
#[inline]
fn load_le(word: &[u8]) -> u64 {
    let n = word.len();
    debug_assert!((1..=8).contains(&n));
    if n >= 4 {
        let four = |at: usize| {
            u64::from(u32::from_le_bytes(
                word[at..at + 4].try_into().expect("four bytes"),
            ))
        };
        four(0) | four(n - 4) << (8 * (n - 4))
    } else {
        let (mid, last) = (n / 2, n - 1);
        u64::from(word[0]) | u64::from(word[mid]) << (8 * mid) | u64::from(word[last]) << (8 * last)
    }
}

/// The id of a word no rule mentions.
pub(crate) const UNKNOWN_WORD: u32 = u32::MAX;

impl Interner {
    pub(crate) fn intern(&mut self, word: String) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(word).or_insert(next)
    }

    /// [`Interner::intern`] of a borrowed word, copied only when new.
    #[inline]
    pub(crate) fn intern_str(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let next = self.ids.len() as u32;
        self.ids.insert(word.to_string(), next);
        next
    }

    /// The words of `ids` in id order.
    fn words(ids: &crate::trie::FnvMap<String, u32>) -> Vec<&str> {
        let mut words = vec![""; ids.len()];
        for (w, &id) in ids {
            words[id as usize] = w;
        }
        words
    }

    /// The lookup trie of every word, built on first use (after
    /// [`Interner::freeze`]; a word interned later is not in it).
    pub(crate) fn trie(&self) -> &ByteTrie {
        self.trie
            .get_or_init(|| ByteTrie::new(&Interner::words(&self.ids)))
    }

    /// Builds the lookup tables; called once, after the last
    /// [`Interner::intern`].
    pub(crate) fn freeze(&mut self) {
        self.trie = std::sync::OnceLock::new();
        let words = Interner::words(&self.ids);
        self.short = ShortWords::new(words.iter().copied().zip(0u32..));
        self.long = LongWords::new(words.iter().copied().zip(0u32..));
    }

    /// The id of a token of the text (compared as [`normalise`] would
    /// spell it), or [`UNKNOWN_WORD`]. `scratch` holds the normalised form
    /// of a non-ASCII token.
    /// (Inlined up to the packed-word probe, which answers for most
    /// words: called for every word of a trigger sentence.)
    #[inline]
    pub(crate) fn get_token(&self, token: &str, scratch: &mut String) -> u32 {
        if let Some(key) = ShortWords::pack(token.as_bytes()) {
            return self.short.get(key);
        }
        self.get_long_token(token, scratch)
    }

    /// [`Interner::get_token`] for a token that does not pack: longer
    /// than eight bytes, or not ASCII.
    fn get_long_token(&self, token: &str, scratch: &mut String) -> u32 {
        if let Some(key) = LongWords::pack(token.as_bytes()) {
            return self.long.get(key);
        }
        let trie = self.trie();
        let bytes = if token.is_ascii() {
            token.as_bytes()
        } else {
            normalise_into(token, scratch);
            scratch.as_bytes()
        };
        trie.whole_word(bytes).map_or(UNKNOWN_WORD, |id| id as u32)
    }
}

// Never inlined: `CompiledCues::new` calls it for some 290 lists, and
// inlined there it made one function large enough to overflow rustc's
// stack in release builds (SIGSEGV, rustc 1.95).
#[inline(never)]
pub(crate) fn compile(list: &[String], interner: &mut Interner) -> Phrases {
    // An ASCII word (nearly all) is lowercased into one reused buffer and
    // copied only when new: most words recur across the lists.
    let mut word = String::new();
    // One token buffer for the whole list, not one per phrase.
    let mut toks = Vec::new();
    // Most phrases are one word: room for one id each.
    let mut ids = Vec::with_capacity(list.len());
    let mut spans = Vec::with_capacity(list.len());
    for p in list {
        let start = ids.len() as u32;
        // A phrase of lowercase ASCII letters alone (four in five
        // of the rules' words) is one token, itself: interned as it
        // stands, without tokenising, lowercasing or a copy. One of
        // lowercase ASCII letters and spaces ("support package") is its
        // runs of letters, the tokens `tokens_into` gives (a space joins
        // nothing), already lowercase: tokenising them was 1.3M
        // instructions of start-up.
        if !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()) {
            ids.push(interner.intern_str(p));
        } else if p.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') {
            for w in p.split(' ') {
                if !w.is_empty() {
                    ids.push(interner.intern_str(w));
                }
            }
        } else {
            segment::tokens_into(p, 0, &mut toks);
            for t in &toks {
                ids.push(if t.text.is_ascii() {
                    word.clear();
                    word.push_str(t.text);
                    word.make_ascii_lowercase();
                    interner.intern_str(&word)
                } else {
                    interner.intern(normalise(t.text))
                });
            }
        }
        // A phrase with no word (punctuation alone) is left out.
        if (start as usize) < ids.len() {
            spans.push((start, ids.len() as u32));
        }
    }
    Phrases::from_flat(ids, spans)
}

/// [`normalise`] into a reused buffer, without allocating per word.
pub(crate) fn normalise_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else {
        for c in word.chars().flat_map(char::to_lowercase) {
            out.push(if c == '’' { '\'' } else { c });
        }
    }
}

/// Lowercase with typographic apostrophes folded, for comparing words.
pub(crate) fn normalise(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let lower = word.to_lowercase();
    if lower.contains('’') {
        lower.replace('’', "'")
    } else {
        lower
    }
}

/// True when one of `phrases` starts at word `i`.
pub(crate) fn phrase_at(words: &[u32], i: usize, phrases: &Phrases) -> bool {
    i < words.len() && phrases.starts_with(words[i]) && phrase_fits(words, i, words.len(), phrases)
}

pub(crate) fn phrase_fits(words: &[u32], i: usize, hi: usize, phrases: &Phrases) -> bool {
    i < words.len()
        && phrases
            .starting_with(words[i])
            .any(|p| i + p.len() <= hi && p.iter().zip(&words[i..]).all(|(a, b)| a == b))
}

/// The length in words of the longest of `phrases` starting at word `i`
/// (0 when none does): where a cue ends, so what follows it is read after
/// the whole phrase ("little point in talks": the "in" is the cue's own).
pub(crate) fn phrase_len_at(words: &[u32], i: usize, phrases: &Phrases) -> usize {
    if i >= words.len() || !phrases.starts_with(words[i]) {
        return 0;
    }
    phrases
        .starting_with(words[i])
        .filter(|p| i + p.len() <= words.len() && p.iter().zip(&words[i..]).all(|(a, b)| a == b))
        .map(<[u32]>::len)
        .max()
        .unwrap_or(0)
}

/// True when one of `phrases` lies wholly in words `lo..hi`.
pub(crate) fn any_phrase_in(words: &[u32], lo: usize, hi: usize, phrases: &Phrases) -> bool {
    last_phrase_in(words, lo, hi, phrases).is_some()
}

/// The start of the first phrase lying wholly in words `lo..hi`.
pub(crate) fn first_phrase_in(
    words: &[u32],
    lo: usize,
    hi: usize,
    phrases: &Phrases,
) -> Option<usize> {
    let hi = hi.min(words.len());
    (lo..hi).find(|&i| phrases.starts_with(words[i]) && phrase_fits(words, i, hi, phrases))
}

/// The start of the last phrase lying wholly in words `lo..hi`.
pub(crate) fn last_phrase_in(
    words: &[u32],
    lo: usize,
    hi: usize,
    phrases: &Phrases,
) -> Option<usize> {
    let hi = hi.min(words.len());
    (lo..hi)
        .rev()
        .find(|&i| phrases.starts_with(words[i]) && phrase_fits(words, i, hi, phrases))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Phrases of lowercase letters and spaces, split on the spaces by
    /// `compile`, get the ids the tokenising path gives them: over every
    /// list of the embedded rules and cues, and a few odd spacings.
    #[test]
    fn spaced_phrases_read_as_their_tokens() {
        let tokenised = |list: &[String], interner: &mut Interner| {
            let mut toks = Vec::new();
            let mut ids = Vec::new();
            let mut spans = Vec::new();
            for p in list {
                let start = ids.len() as u32;
                segment::tokens_into(p, 0, &mut toks);
                for t in &toks {
                    ids.push(interner.intern(normalise(t.text)));
                }
                if (start as usize) < ids.len() {
                    spans.push((start, ids.len() as u32));
                }
            }
            (ids, spans)
        };
        let rules = crate::rules::RuleSet::embedded().expect("the embedded rules load");
        let mut lists: Vec<Vec<String>> = rules
            .rules
            .iter()
            .flat_map(|r| [&r.near, &r.before, &r.veto, &r.veto_before_near])
            .cloned()
            .collect();
        lists.extend(rules.cues.roles.values().cloned());
        lists.extend(rules.cues.modality.values().cloned());
        lists.push(
            [
                " a  b ",
                "",
                "   ",
                "x",
                "two words",
                "Mixed Case",
                "it's",
                "u.s. aid",
            ]
            .map(String::from)
            .to_vec(),
        );
        let (mut a, mut b) = (Interner::default(), Interner::default());
        let mut spaced = 0;
        for list in &lists {
            spaced += list.iter().filter(|p| p.contains(' ')).count();
            let got = compile(list, &mut a);
            let (ids, spans) = tokenised(list, &mut b);
            assert_eq!(got.ids, ids, "{list:?}");
            assert_eq!(got.spans, spans, "{list:?}");
        }
        assert_eq!(a.ids, b.ids);
        assert!(spaced > 100, "{spaced} phrases with a space");
    }

    /// The flat [`Phrases`] of a list hold its phrases in list order, each
    /// as its words' ids, leave out a phrase with no word, group them by
    /// first word, and mark exactly the first words.
    #[test]
    fn flat_phrases_read_as_the_list() {
        let mut interner = Interner::default();
        let list: Vec<String> = [
            "talks",
            "held talks",
            "--",
            "Talks with",
            "U.S. officials",
            "held",
            "président",
            "talks on",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let phrases = compile(&list, &mut interner);
        let want: Vec<Vec<u32>> = list
            .iter()
            .map(|p| {
                segment::tokens(p, 0)
                    .iter()
                    .map(|t| interner.intern(normalise(t.text)))
                    .collect::<Vec<u32>>()
            })
            .filter(|p| !p.is_empty())
            .collect();
        assert_eq!(want.len(), 7);
        let got: Vec<Vec<u32>> = phrases.iter().map(<[u32]>::to_vec).collect();
        assert_eq!(got, want);
        assert!(!phrases.is_empty());
        for id in 0..interner.ids.len() as u32 + 2 {
            let mut by_first: Vec<Vec<u32>> =
                phrases.starting_with(id).map(<[u32]>::to_vec).collect();
            let mut expected: Vec<Vec<u32>> = want.iter().filter(|p| p[0] == id).cloned().collect();
            by_first.sort();
            expected.sort();
            assert_eq!(by_first, expected, "{id}");
            assert_eq!(phrases.starts_with(id), !expected.is_empty(), "{id}");
        }
        assert!(!phrases.starts_with(UNKNOWN_WORD));
        assert!(compile(&[], &mut interner).is_empty());
    }

    /// [`ShortWords::pack`] is the bytes lowercased one by one, packed
    /// little-endian: every ASCII byte in every position, and the words
    /// it refuses (empty, longer than eight bytes, not ASCII).
    #[test]
    fn pack_lowercases_every_byte_as_a_loop_would() {
        fn by_loop(word: &[u8]) -> Option<u64> {
            if word.is_empty() || word.len() > 8 || !word.is_ascii() {
                return None;
            }
            let mut key = 0u64;
            for (i, b) in word.iter().enumerate() {
                key |= u64::from(b.to_ascii_lowercase()) << (8 * i);
            }
            Some(key)
        }
        for b in 0u8..=255 {
            for at in 0..8 {
                let mut w = *b"aZ@[`{09";
                w[at] = b;
                for len in 1..=8 {
                    assert_eq!(
                        ShortWords::pack(&w[..len]),
                        by_loop(&w[..len]),
                        "{w:?} {len}"
                    );
                }
            }
        }
        for w in [&b""[..], b"ninechars", "é".as_bytes(), b"TARIFFS", b"U.S."] {
            assert_eq!(ShortWords::pack(w), by_loop(w), "{w:?}");
        }
    }

    /// [`LongWords`] answers as the trie walk it stands in for: every
    /// token of nine to sixteen ASCII bytes of a realistic sentence, in
    /// any case, gets the id `ByteTrie::whole_word` gives its lowercase
    /// bytes; a word interned with a capital is found by neither.
    #[test]
    fn long_words_agree_with_the_trie() {
        let mut interner = Interner::default();
        for w in [
            "negotiations",
            "retaliatory",
            "countervailing",
            "administration",
            "Commission",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
        ] {
            interner.intern(w.to_string());
        }
        interner.freeze();
        let trie = interner.trie();
        let text = "The Administration announced retaliatory countervailing duties after \
                    NEGOTIATIONS with the European Commission on semiconductors failed; \
                    abcdefghijklmnop abcdefghijklmnopq negotiation";
        let mut looked_up = 0;
        for t in crate::segment::tokens(text, 0) {
            let b = t.text.as_bytes();
            if let Some(key) = LongWords::pack(b) {
                let lower = t.text.to_ascii_lowercase();
                let want = trie
                    .whole_word(lower.as_bytes())
                    .map_or(UNKNOWN_WORD, |id| id as u32);
                assert_eq!(interner.long.get(key), want, "{}", t.text);
                looked_up += 1;
            }
        }
        assert_eq!(looked_up, 9);
        let commission = LongWords::pack(b"commission").expect("packs");
        assert_eq!(interner.long.get(commission), UNKNOWN_WORD);
    }

    #[test]
    pub(crate) fn word_ids_are_found_whatever_the_case_and_length() {
        let mut interner = Interner::default();
        let words = [
            "to",
            "said",
            "u.s",
            "won't",
            "talks",
            "abcdefgh",
            "abcdefghi",
            "negotiations",
            "président",
        ];
        let ids: Vec<u32> = words
            .iter()
            .map(|w| interner.intern(w.to_string()))
            .collect();
        interner.freeze();
        let mut scratch = String::new();
        let mut id = |token: &str| interner.get_token(token, &mut scratch);
        for (w, want) in words.iter().zip(&ids) {
            assert_eq!(id(w), *want, "{w}");
            assert_eq!(id(&w.to_uppercase()), *want, "{w} in capitals");
        }
        assert_eq!(id("Won’t"), ids[3], "typographic apostrophe");
        for other in [
            "t",
            "sai",
            "saidx",
            "abcdefg",
            "abcdefghij",
            "negotiation",
            "",
            "présidente",
        ] {
            assert_eq!(id(other), UNKNOWN_WORD, "{other}");
        }
    }
}
