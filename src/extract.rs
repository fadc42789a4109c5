//! Event rules applied to text: from trigger words to finished [`Event`]s.
//!
//! The work is organised so that sentences without a trigger cost almost
//! nothing: one automaton pass finds trigger words in the whole article,
//! and only the sentences that hold one are tokenised and searched for
//! actors and quantities. For each trigger the rules of its type are tried
//! in order (see [`crate::rules`]); the first whose conditions hold makes an
//! event, whose arguments (actors by role, amount, rate, product, location,
//! count) and modality come from cue words around the trigger inside its
//! clause. Same-type events of one sentence are merged when they share a
//! clause or add nothing new, so "will meet Xi, and would meet Kim if ..."
//! gives two meetings but "meeting ... at the summit" gives one.

use crate::event::{Actor, Amount, Count, Cue, Event, Explain, Location, Rate, SentenceRef, Span};
use crate::lexicon::{ActorKind, ActorMatch, Lexicon};
use crate::quantity::{PercentUnit, Quantity, QuantityKind, QuantityRecognizer};
use crate::rules::{Requirement, Rule, RuleSet};
use crate::segment::{self, Sentence, Token};
use crate::trie::ByteTrie;

/// The compiled extractor: lexicon, rules and recognisers, built once and
/// shared (it is `Sync`) by every worker thread.
pub struct Extractor {
    lexicon: Lexicon,
    rules: RuleSet,
    quantities: QuantityRecognizer,
    cues: CompiledCues,
    /// Per rule, its word lists split into words once.
    rule_phrases: Vec<RulePhrases>,
    interner: Interner,
    /// Ids of the few words the role logic names directly.
    word: WordIds,
    /// Attach an [`Explain`] to every event.
    explain: bool,
}

/// A rule's word lists, split into lowercase words.
struct RulePhrases {
    near: Phrases,
    before: Phrases,
    veto: Phrases,
    article: Vec<String>,
}

/// Cue phrases as sequences of word ids, ready to compare with a sentence's
/// ids, with a table of the ids that start a phrase so most words are
/// rejected with one lookup.
#[derive(Default)]
struct Phrases {
    list: Vec<Vec<u32>>,
    first: Vec<bool>,
}

impl Phrases {
    fn new(list: Vec<Vec<u32>>) -> Self {
        let mut first = Vec::new();
        for p in &list {
            let id = p[0] as usize;
            if first.len() <= id {
                first.resize(id + 1, false);
            }
            first[id] = true;
        }
        Phrases { list, first }
    }

    fn starts_with(&self, id: u32) -> bool {
        self.first.get(id as usize).copied().unwrap_or(false)
    }

    fn iter(&self) -> std::slice::Iter<'_, Vec<u32>> {
        self.list.iter()
    }

    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// Word ids for every word any rule or cue mentions; words of the text that
/// no rule mentions get [`UNKNOWN_WORD`] and never match. Comparing ids
/// instead of strings keeps rule checks cheap.
#[derive(Default)]
struct Interner {
    ids: crate::trie::FnvMap<String, u32>,
    /// The words as a byte trie (phrase index = id), built by
    /// [`Interner::freeze`] once every word is in, for the tokens `short`
    /// cannot hold (longer than eight bytes, or not ASCII): walked over the
    /// token's bytes, lowercased on the fly.
    trie: Option<ByteTrie>,
    /// The ASCII words of up to eight bytes, the bulk of the lookups, in a
    /// hash table keyed by the word's bytes packed into a `u64`: one probe
    /// of one cache line instead of a walk from node to node.
    short: ShortWords,
}

/// An open-addressing table from short ASCII words, packed into a `u64`
/// (see [`ShortWords::pack`]), to their ids.
#[derive(Default)]
struct ShortWords {
    /// Packed words; 0 marks an empty slot (no word packs to 0).
    keys: Vec<u64>,
    ids: Vec<u32>,
}

impl ShortWords {
    /// The table of `(word, id)`; words that do not pack are left out.
    fn new<'w>(words: impl Iterator<Item = (&'w str, u32)> + Clone) -> Self {
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
    #[inline]
    fn pack(word: &[u8]) -> Option<u64> {
        if word.is_empty() || word.len() > 8 || !word.is_ascii() {
            return None;
        }
        let mut key = 0u64;
        for (i, b) in word.iter().enumerate() {
            key |= u64::from(b.to_ascii_lowercase()) << (8 * i);
        }
        Some(key)
    }

    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & (self.keys.len() - 1)
    }

    /// The id of a packed word, or [`UNKNOWN_WORD`].
    #[inline]
    fn get(&self, key: u64) -> u32 {
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

/// Ids of words the role logic compares with directly.
struct WordIds {
    to: u32,
    on: u32,
    of: u32,
    worth: u32,
    and: u32,
    but: u32,
    with: u32,
    who: u32,
    which: u32,
}

impl WordIds {
    fn new(interner: &mut Interner) -> Self {
        let mut id = |w: &str| interner.intern(w.to_string());
        WordIds {
            to: id("to"),
            on: id("on"),
            of: id("of"),
            worth: id("worth"),
            and: id("and"),
            but: id("but"),
            with: id("with"),
            who: id("who"),
            which: id("which"),
        }
    }
}

/// The id of a word no rule mentions.
const UNKNOWN_WORD: u32 = u32::MAX;

impl Interner {
    fn intern(&mut self, word: String) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(word).or_insert(next)
    }

    /// Builds the lookup trie; called once, after the last [`Interner::intern`].
    fn freeze(&mut self) {
        let mut words = vec![""; self.ids.len()];
        for (w, &id) in &self.ids {
            words[id as usize] = w;
        }
        self.trie = Some(ByteTrie::new(&words));
        self.short = ShortWords::new(words.iter().copied().zip(0u32..));
    }

    /// The id of a token of the text (compared as [`normalise`] would
    /// spell it), or [`UNKNOWN_WORD`]. `scratch` holds the normalised form
    /// of a non-ASCII token.
    fn get_token(&self, token: &str, scratch: &mut String) -> u32 {
        if let Some(key) = ShortWords::pack(token.as_bytes()) {
            return self.short.get(key);
        }
        let trie = self.trie.as_ref().expect("interner frozen before use");
        let bytes = if token.is_ascii() {
            token.as_bytes()
        } else {
            normalise_into(token, scratch);
            scratch.as_bytes()
        };
        trie.whole_word(bytes).map_or(UNKNOWN_WORD, |id| id as u32)
    }
}

struct CompiledCues {
    by: Phrases,
    from: Phrases,
    to: Phrases,
    negated: Phrases,
    requested: Phrases,
    hypothetical: Phrases,
    planned: Phrases,
    conditional: Phrases,
    future_after: Phrases,
    far_modal: Phrases,
    past_triggers: Phrases,
    past_verbs: Phrases,
    subordinators: Phrases,
    clause_openers: Phrases,
    clause_continuers: Phrases,
    determiners: Phrases,
    location_preps: Phrases,
    tariff_target_preps: Phrases,
    tariff_face_verbs: Phrases,
    tariff_source_after: Phrases,
    pledge_target_preps: Phrases,
    pledge_receive_verbs: Phrases,
    raid_target_preps: Phrases,
    product_stops: Phrases,
    pronouns: Phrases,
    meeting_topic_preps: Phrases,
    meeting_nouns: Phrases,
    meeting_topic_after: Phrases,
    meeting_topic_verbs: Phrases,
    relation_nouns: Phrases,
    past_markers: Phrases,
    pledge_debtor_triggers: Phrases,
    pledge_creditor_preps: Phrases,
    pledge_purchase_triggers: Phrases,
    passive_auxiliaries: Phrases,
    pledge_counterpart_preps: Phrases,
    domestic_recipients: Phrases,
    speech_verbs: Phrases,
    scope_barriers: Phrases,
    requested_after: Phrases,
    whether_verbs: Phrases,
    pair_phrases: Phrases,
    pair_phrases_all: Phrases,
    pledge_nouns: Phrases,
    listener_verbs: Phrases,
    give_verbs: Phrases,
}

fn compile(list: &[String], interner: &mut Interner) -> Phrases {
    Phrases::new(
        list.iter()
            .map(|p| {
                segment::tokens(p, 0)
                    .iter()
                    .map(|t| interner.intern(normalise(t.text)))
                    .collect::<Vec<_>>()
            })
            .filter(|p: &Vec<u32>| !p.is_empty())
            .collect(),
    )
}

/// [`normalise`] into a reused buffer, without allocating per word.
fn normalise_into(word: &str, out: &mut String) {
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
fn normalise(word: &str) -> String {
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

impl CompiledCues {
    fn new(rules: &RuleSet, interner: &mut Interner) -> Self {
        let mut m = |n: &str| compile(rules.modality_cues(n), interner);
        let negated = m("negated");
        let requested = m("requested");
        let hypothetical = m("hypothetical");
        let planned = m("planned");
        let by = r_single(interner, "by");
        let from = r_single(interner, "from");
        let to = r_single(interner, "to");
        let pair_phrases_all = compile(
            &[
                rules.role_cues("pair_phrases"),
                rules.role_cues("pair_phrases_weak"),
            ]
            .concat(),
            interner,
        );
        let mut r = |n: &str| compile(rules.role_cues(n), interner);
        CompiledCues {
            by,
            from,
            to,
            negated,
            requested,
            hypothetical,
            planned,
            conditional: r("conditional"),
            future_after: r("future_after"),
            far_modal: r("far_modal"),
            past_triggers: r("past_triggers"),
            past_verbs: r("past_verbs"),
            subordinators: r("subordinators"),
            clause_openers: r("clause_openers"),
            clause_continuers: r("clause_continuers"),
            determiners: r("determiners"),
            location_preps: r("location_preps"),
            tariff_target_preps: r("tariff_target_preps"),
            tariff_face_verbs: r("tariff_face_verbs"),
            tariff_source_after: r("tariff_source_after"),
            pledge_target_preps: r("pledge_target_preps"),
            pledge_receive_verbs: r("pledge_receive_verbs"),
            raid_target_preps: r("raid_target_preps"),
            product_stops: r("product_stops"),
            pronouns: r("pronouns"),
            meeting_topic_preps: r("meeting_topic_preps"),
            meeting_nouns: r("meeting_nouns"),
            meeting_topic_after: r("meeting_topic_after"),
            meeting_topic_verbs: r("meeting_topic_verbs"),
            relation_nouns: r("relation_nouns"),
            past_markers: r("past_markers"),
            pledge_debtor_triggers: r("pledge_debtor_triggers"),
            pledge_creditor_preps: r("pledge_creditor_preps"),
            pledge_purchase_triggers: r("pledge_purchase_triggers"),
            passive_auxiliaries: r("passive_auxiliaries"),
            pledge_counterpart_preps: r("pledge_counterpart_preps"),
            domestic_recipients: r("domestic_recipients"),
            speech_verbs: r("speech_verbs"),
            scope_barriers: r("scope_barriers"),
            requested_after: r("requested_after"),
            whether_verbs: r("whether_verbs"),
            pair_phrases: r("pair_phrases"),
            pair_phrases_all,
            pledge_nouns: r("pledge_nouns"),
            listener_verbs: r("listener_verbs"),
            give_verbs: r("give_verbs"),
        }
    }
}

/// A sentence prepared for rule matching: tokens, actors and quantities.
struct View<'a> {
    article: &'a str,
    /// The article lowercased, computed on first use by a rule's `article` check.
    lower: &'a std::cell::OnceCell<String>,
    /// The article's currency for bare "dlrs" (Canadian, Australian ... wire
    /// copy), worked out on first use.
    currency: &'a crate::quantity::ArticleCurrency<'a>,
    sentence: Sentence,
    tokens: Vec<Token<'a>>,
    /// The words as rule word ids.
    ids: Vec<u32>,
    /// Actors before this offset stand in a dateline and are not parties.
    dateline_end: usize,
    /// Actors and quantities are looked up only once a rule's word
    /// conditions hold: most trigger words fail those cheap checks.
    actors: std::cell::OnceCell<Vec<Placed>>,
    quantities: std::cell::OnceCell<Vec<Quantity>>,
    /// Token index where each clause starts; the last clause runs to the end.
    clause_starts: Vec<usize>,
    /// The article's date, when known.
    day: Option<crate::dates::Day>,
}

impl View<'_> {
    fn lower_article(&self) -> &str {
        self.lower.get_or_init(|| self.article.to_lowercase())
    }
}

impl Extractor {
    /// The sentence's actors, found on first use.
    fn actors_of<'v>(&self, v: &'v View) -> &'v [Placed] {
        v.actors.get_or_init(|| {
            self.lexicon
                .find_dated(v.article, v.sentence.start, v.sentence.end, v.day)
                .into_iter()
                .filter(|m| m.start >= v.dateline_end)
                .filter_map(|m| {
                    let tok = v.tokens.iter().position(|t| t.end > m.start)?;
                    Some(Placed { m, tok })
                })
                .collect()
        })
    }

    /// A money mention with a bare "dlrs" or "francs" given the article's
    /// currency (see [`crate::quantity::CurrencyContext`]).
    fn in_article_currency(&self, v: &View, q: &Quantity) -> Quantity {
        let mut q = q.clone();
        v.currency.resolve(&mut q);
        q
    }

    /// The sentence's money, percentages and counts, found on first use.
    fn quantities_of<'v>(&self, v: &'v View) -> &'v [Quantity] {
        v.quantities.get_or_init(|| {
            let start = v.sentence.start;
            self.quantities
                .find(&v.article[start..v.sentence.end])
                .into_iter()
                .map(|mut q| {
                    q.start += start;
                    q.end += start;
                    q
                })
                .collect()
        })
    }
}

/// An actor match with its token position.
#[derive(Clone, Copy)]
struct Placed {
    m: ActorMatch,
    tok: usize,
}

/// An event under construction, before ids are assigned.
struct Draft {
    clause: usize,
    event: Event,
    /// The sentence names two parties by reference ("the two countries").
    pair: bool,
}

impl Extractor {
    /// Builds an extractor from a lexicon and a rule set.
    pub fn new(lexicon: Lexicon, rules: RuleSet) -> Self {
        let mut interner = Interner::default();
        let cues = CompiledCues::new(&rules, &mut interner);
        let rule_phrases = rules
            .rules
            .iter()
            .map(|r| RulePhrases {
                near: compile(&r.near, &mut interner),
                before: compile(&r.before, &mut interner),
                veto: compile(&r.veto, &mut interner),
                article: r.article.iter().map(|w| w.to_lowercase()).collect(),
            })
            .collect();
        Extractor {
            lexicon,
            rules,
            quantities: QuantityRecognizer::new(),
            cues,
            rule_phrases,
            word: WordIds::new(&mut interner),
            interner: {
                interner.freeze();
                interner
            },
            explain: false,
        }
    }

    /// The extractor with the embedded default lexicon and rules.
    pub fn embedded() -> anyhow::Result<Self> {
        let lexicon = Lexicon::embedded().map_err(|e| {
            anyhow::anyhow!(
                "embedded lexicon is invalid: {}",
                e.iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        })?;
        let rules = RuleSet::embedded().map_err(|e| {
            anyhow::anyhow!(
                "embedded rules are invalid: {}",
                e.iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        })?;
        Ok(Self::new(lexicon, rules))
    }

    /// Makes every event carry an [`Explain`] (the `--explain` option).
    pub fn with_explain(mut self, on: bool) -> Self {
        self.explain = on;
        self
    }

    /// The active rules.
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// The active lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The quantity recogniser.
    pub fn quantities(&self) -> &QuantityRecognizer {
        &self.quantities
    }

    /// All events of one article, in text order, with ids `doc#1`, `doc#2`, ...
    pub fn extract(&self, doc: &str, text: &str) -> Vec<Event> {
        self.extract_dated(doc, text, None)
    }

    /// [`Extractor::extract`] for an article published on `date` (any form
    /// [`crate::dates::Day::parse`] reads; unreadable means unknown): office
    /// holders and role nouns resolve by that day, and event keys name it.
    pub fn extract_dated(&self, doc: &str, text: &str, date: Option<&str>) -> Vec<Event> {
        let day = date.and_then(crate::dates::Day::parse);
        let triggers = self.rules.find_triggers(text);
        if triggers.is_empty() {
            return Vec::new();
        }
        let last = triggers.last().map_or(0, |t| t.end);
        let sentences = segment::split_sentences_upto(text, last);
        let lower = std::cell::OnceCell::new();
        let currency = crate::quantity::ArticleCurrency::new(text, &self.quantities);
        let mut events: Vec<Event> = Vec::new();
        let mut pairs: Vec<bool> = Vec::new();
        let mut si = 0usize;
        let mut ti = 0usize;
        while ti < triggers.len() {
            let t = triggers[ti];
            while si < sentences.len() && sentences[si].end <= t.start {
                si += 1;
            }
            if si == sentences.len() {
                break;
            }
            let sentence = sentences[si];
            let mut group = Vec::new();
            while ti < triggers.len() && triggers[ti].start < sentence.end {
                if triggers[ti].start >= sentence.start {
                    group.push(triggers[ti]);
                }
                ti += 1;
            }
            if group.is_empty() {
                continue;
            }
            let view = self.view(text, &lower, &currency, sentence, day);
            let drafts = self.sentence_events(doc, &view, &group, &sentences[..si], &events);
            for d in drafts {
                pairs.push(d.pair);
                events.push(d.event);
            }
        }
        inherit_roles(text, &mut events, &pairs, &|| {
            self.article_countries(text, day)
        });
        for (n, e) in events.iter_mut().enumerate() {
            e.id = format!("{doc}#{}", n + 1);
        }
        crate::when::annotate(&mut events, text, day);
        crate::codes::annotate(&mut events, date);
        events
    }

    fn view<'a>(
        &self,
        article: &'a str,
        lower: &'a std::cell::OnceCell<String>,
        currency: &'a crate::quantity::ArticleCurrency<'a>,
        sentence: Sentence,
        day: Option<crate::dates::Day>,
    ) -> View<'a> {
        let slice = &article[sentence.start..sentence.end];
        let tokens = segment::tokens(slice, sentence.start);
        let mut scratch = String::new();
        let ids: Vec<u32> = tokens
            .iter()
            .map(|t| self.interner.get_token(t.text, &mut scratch))
            .collect();
        let dateline_end = dateline_end(slice).map_or(0, |e| sentence.start + e);
        let mut view = View {
            article,
            lower,
            currency,
            sentence,
            tokens,
            ids,
            dateline_end,
            actors: std::cell::OnceCell::new(),
            quantities: std::cell::OnceCell::new(),
            clause_starts: vec![0],
            day,
        };
        view.clause_starts = self.clauses(&view);
        view
    }

    /// Clause boundaries: semicolons; a comma before "which", "while", "but"
    /// ...; ", and" before a new subject or verb; the comma closing a leading
    /// subordinate clause ("While Japan has ..., negotiations ...").
    fn clauses(&self, v: &View) -> Vec<usize> {
        let c = &self.cues;
        let mut starts = vec![0];
        let leading_sub = v
            .ids
            .first()
            .is_some_and(|w| c.subordinators.iter().any(|p| p.len() == 1 && p[0] == *w));
        let mut sub_open = leading_sub;
        // Parenthesised asides ("(£2.1m; $4.1m)") do not split clauses.
        let mut depth = 0i32;
        for i in 1..v.tokens.len() {
            let gap = &v.article.as_bytes()[v.tokens[i - 1].end..v.tokens[i].start];
            let w = v.ids[i];
            // One pass over the gap (mostly a single space) for its brackets
            // and punctuation.
            let (mut opens, mut closes, mut semicolon, mut comma) = (0i32, 0i32, false, false);
            for &b in gap {
                match b {
                    b'(' => opens += 1,
                    b')' => closes += 1,
                    b';' => semicolon = true,
                    b',' => comma = true,
                    _ => {}
                }
            }
            depth = (depth + opens - closes).max(0);
            let boundary = if semicolon && depth == 0 {
                true
            } else if comma {
                let opens_sub = sub_open;
                sub_open = false;
                opens_sub
                    || phrase_at(&v.ids, i, &c.clause_openers)
                    || ((w == self.word.and || w == self.word.but)
                        && i + 1 < v.ids.len()
                        && phrase_at(&v.ids, i + 1, &c.clause_continuers))
            } else {
                false
            };
            if boundary {
                starts.push(i);
            }
        }
        starts
    }

    fn clause_of(&self, v: &View, tok: usize) -> (usize, usize, usize) {
        let idx = v.clause_starts.iter().rposition(|&s| s <= tok).unwrap_or(0);
        let start = v.clause_starts[idx];
        let end = v
            .clause_starts
            .get(idx + 1)
            .copied()
            .unwrap_or(v.tokens.len());
        (idx, start, end)
    }

    fn sentence_events(
        &self,
        doc: &str,
        v: &View,
        group: &[crate::rules::TriggerMatch],
        previous: &[Sentence],
        earlier: &[Event],
    ) -> Vec<Draft> {
        let mut drafts: Vec<Draft> = Vec::new();
        for t in group {
            let Some(t0) = v.tokens.iter().position(|k| k.end > t.start) else {
                continue;
            };
            let t1 = v
                .tokens
                .iter()
                .rposition(|k| k.start < t.end)
                .map(|p| p + 1)
                .unwrap_or(t0 + 1)
                .max(t0 + 1);
            for &ri in &self.rules.trigger_rules[t.trigger] {
                let rule = &self.rules.rules[ri];
                if let Some(d) =
                    self.try_rule(doc, v, rule, ri, t.start, t.end, t0, t1, previous, earlier)
                {
                    drafts.push(d);
                    break;
                }
            }
        }
        merge_same_type(drafts)
    }

    /// Whether a veto word stands in `lo..hi`, outside an actor's name
    /// ("union" vetoes wage talks, not talks with the European Union).
    fn vetoed(&self, v: &View, lo: usize, hi: usize, veto: &Phrases) -> bool {
        (lo..hi).any(|i| {
            veto.starts_with(v.ids[i]) && phrase_fits(&v.ids, i, hi, veto) && {
                // Names are capitalised: a lowercase veto word is in none, and
                // the sentence's actors are looked up only otherwise.
                let t = &v.tokens[i];
                !t.text.starts_with(|c: char| c.is_uppercase())
                    || !self
                        .actors_of(v)
                        .iter()
                        .any(|a| a.m.start <= t.start && t.start < a.m.end)
            }
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn try_rule(
        &self,
        doc: &str,
        v: &View,
        rule: &Rule,
        rule_index: usize,
        start: usize,
        end: usize,
        t0: usize,
        t1: usize,
        previous: &[Sentence],
        earlier: &[Event],
    ) -> Option<Draft> {
        let (clause, cs, ce) = self.clause_of(v, t0);
        let lo = t0.saturating_sub(rule.window);
        let hi = (t1 + rule.window).min(v.tokens.len());
        let ph = &self.rule_phrases[rule_index];
        if !ph.veto.is_empty() && self.vetoed(v, lo, hi, &ph.veto) {
            return None;
        }
        if !ph.near.is_empty() && !any_phrase_in(&v.ids, lo, hi, &ph.near) {
            return None;
        }
        if !ph.before.is_empty() && !any_phrase_in(&v.ids, cs, t0, &ph.before) {
            return None;
        }
        if !ph.article.is_empty()
            && !ph
                .article
                .iter()
                .any(|w| crate::lexicon::contains_word(v.lower_article(), w))
        {
            return None;
        }
        // The figures first: a rule that needs a sum, a rate or a count and
        // finds none in the clause fails before its roles are worked out.
        let in_clause = |q: &&Quantity| {
            let qt = v.tokens.iter().position(|k| k.end > q.start).unwrap_or(0);
            qt >= cs && qt < ce
        };
        let money: Vec<&Quantity> = self
            .quantities_of(v)
            .iter()
            .filter(in_clause)
            .filter(|q| matches!(q.kind, QuantityKind::Money { .. }))
            .collect();
        // A conversion in brackets ("3m euros (£2.1m; $4.1m)") is not the sum.
        let bracketed = |q: &&&Quantity| {
            let before = &v.article[v.sentence.start..q.start];
            before.matches('(').count() > before.matches(')').count()
        };
        let money: Vec<&Quantity> = if money.iter().any(|q| !bracketed(&q)) {
            money.into_iter().filter(|q| !bracketed(&q)).collect()
        } else {
            money
        };
        let amount_mention = money
            .iter()
            .find(|q| q.start >= end)
            .or_else(|| money.iter().rev().find(|q| q.end <= start));
        let rate = if rule.event_type == "tariff" {
            self.rate(v, cs, ce, start, end)
        } else {
            None
        };
        let count = if rule.event_type == "raid" {
            self.quantities_of(v)
                .iter()
                .find(|q| matches!(q.kind, QuantityKind::Count { .. }))
                .map(|q| to_count(v.article, q))
        } else {
            None
        };
        let figure_missing = rule.requires.iter().any(|req| match req {
            Requirement::Amount => amount_mention.is_none(),
            Requirement::Rate => rate.is_none(),
            Requirement::Count => count.is_none(),
            _ => false,
        });
        if figure_missing {
            return None;
        }
        // A trigger inside a name is no event: "Credit Suisse", "International
        // Monetary Fund", "Ford Motor Credit", "Savings and Loan Association".
        if self.inside_a_name(v, start, end, t0, rule.event_type == "meeting") {
            return None;
        }
        let (modality, modality_cue) = match &rule.modality {
            Some(m) => (m.clone(), None),
            None => {
                let (m, cue) = self.modality(v, cs, ce, t0, t1);
                (m.to_string(), cue)
            }
        };
        let mut args = Args::default();
        // "Indonesia, which originally accepted the debt moratorium offer":
        // a relative clause's parties include the name it hangs on.
        let ante = self.antecedent_start(v, cs);
        match rule.event_type.as_str() {
            "tariff" => self.tariff_roles(v, ante, ce, t0, t1, &mut args),
            "pledge" => self.pledge_roles(v, ante, ce, t0, t1, &mut args),
            "raid" => self.raid_roles(v, ante, ce, t0, t1, &mut args),
            "meeting" => self.meeting_roles(v, cs, ce, t0, previous, &mut args),
            _ => self.generic_roles(v, cs, ce, t0, &mut args),
        }
        let amount = amount_mention.map(|q| to_amount(v.article, &self.in_article_currency(v, q)));
        let product = if rule.event_type == "tariff" {
            self.product(v, t1, ce)
        } else {
            None
        };
        // Requirements.
        let has_country_actor = self.actors_of(v).iter().any(|a| {
            let tok = a.tok;
            tok >= cs && tok < ce && self.lexicon.entry(a.m.entry).country.is_some()
        }) || !args.actors.is_empty();
        for req in &rule.requires {
            let ok = match req {
                Requirement::Actor => has_country_actor,
                Requirement::Parties => args.parties_ok,
                Requirement::Party => args.party_ok,
                Requirement::PartyOrEarlier => {
                    args.party_ok || earlier.iter().any(|e| e.event_type == rule.event_type)
                }
                Requirement::Amount => amount.is_some(),
                Requirement::Rate => rate.is_some(),
                Requirement::Count => count.is_some(),
                Requirement::MoneyOrActor => amount.is_some() || has_country_actor,
            };
            if !ok {
                return None;
            }
        }
        let event = Event {
            doc: doc.to_string(),
            id: String::new(),
            event_type: rule.event_type.clone(),
            modality,
            trigger: span(v.article, start, end),
            sentence: SentenceRef {
                index: v.sentence.index,
                start: v.sentence.start,
                end: v.sentence.end,
                text: v.article[v.sentence.start..v.sentence.end].to_string(),
            },
            actors: args.actors,
            amount,
            rate,
            product,
            location: args.location,
            count,
            when: None,
            rule: rule.id.clone(),
            cameo: None,
            plover: None,
            key: String::new(),
            explain: None,
        };
        let mut event = event;
        if self.explain {
            let near = last_phrase_in(&v.ids, lo, hi, &ph.near);
            let before = last_phrase_in(&v.ids, cs, t0, &ph.before);
            event.explain = Some(self.explanation(v, rule, &event, modality_cue, near, before));
        }
        let pair = rule.event_type == "meeting"
            && any_phrase_in(&v.ids, 0, v.ids.len(), &self.cues.pair_phrases_all);
        Some(Draft {
            clause,
            event,
            pair,
        })
    }

    /// Whether the trigger at `start..end` (word `t0`) is part of a name: an
    /// actor from the lexicon covers it, or, outside headlines and for other
    /// than meetings, it is capitalised right after another capitalised word
    /// ("Ford Motor Credit").
    fn inside_a_name(
        &self,
        v: &View,
        start: usize,
        end: usize,
        t0: usize,
        named_event: bool,
    ) -> bool {
        if self
            .actors_of(v)
            .iter()
            .any(|a| a.m.start <= start && end <= a.m.end)
        {
            return true;
        }
        // A named gathering ("the Ukraine Recovery Conference") is the event itself.
        if named_event || is_headline(v) || t0 == 0 {
            return false;
        }
        let capital = |i: usize| {
            v.tokens[i]
                .text
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase())
        };
        let gap = &v.article[v.tokens[t0 - 1].end..v.tokens[t0].start];
        capital(t0) && capital(t0 - 1) && gap.trim_matches(' ').is_empty() && t0 - 1 > 0
    }

    /// The rule and cue words behind an event, for `--explain`.
    fn explanation(
        &self,
        v: &View,
        rule: &Rule,
        event: &Event,
        modality_cue: Option<usize>,
        near: Option<usize>,
        before: Option<usize>,
    ) -> Explain {
        let word = |what: String, i: usize| {
            let t = v.tokens[i];
            Cue {
                what,
                text: t.text.to_string(),
                start: t.start,
                end: t.end,
            }
        };
        let mut cues = Vec::new();
        if let Some(i) = modality_cue {
            cues.push(word(format!("modality:{}", event.modality), i));
        }
        if let Some(i) = near {
            cues.push(word("near".into(), i));
        }
        if let Some(i) = before {
            cues.push(word("before".into(), i));
        }
        for a in &event.actors {
            let tok = v.tokens.iter().position(|t| t.end > a.start);
            if let Some(i) = tok.and_then(|t| self.preceding_word(v, t)) {
                cues.push(word(format!("role:{} after", a.role), i));
            }
        }
        cues.sort_by_key(|c| c.start);
        Explain {
            rule: rule.id.clone(),
            description: rule.description.clone(),
            cues,
        }
    }

    /// Modality from cue words in the clause around the trigger, with the
    /// word index of the cue that decided it (for `--explain`).
    fn modality(
        &self,
        v: &View,
        cs: usize,
        ce: usize,
        t0: usize,
        t1: usize,
    ) -> (&'static str, Option<usize>) {
        let c = &self.cues;
        let w = &v.ids;
        let hit = |lo: usize, hi: usize, list: &Phrases| last_phrase_in(w, lo, hi, list);
        let near_lo = t0.saturating_sub(6).max(cs);
        let plan_lo = t0.saturating_sub(11).max(cs);
        let past = phrase_at(w, t0, &c.past_triggers);
        // Negation and modals reach the trigger only within its phrase: not
        // across a comma ("which have no relations, discussed ...").
        let phrase_lo = unpunctuated_from(v, cs, t0);
        // Cues before a probe or ruling speak of it, not of the trigger after
        // it ("seeks a U.S. probe of Canadian tariffs").
        let scope_lo = last_phrase_in(w, cs, t0, &c.scope_barriers).map_or(cs, |b| b + 1);
        if let Some(at) = hit(
            t0.saturating_sub(6).max(phrase_lo).max(scope_lo),
            t0,
            &c.negated,
        ) {
            return ("negated", Some(at));
        }
        if let Some(at) = hit(t0.saturating_sub(8).max(cs).max(scope_lo), t0, &c.requested)
            .or_else(|| hit(t1, (t1 + 2).min(ce), &c.requested_after))
        {
            return ("requested", Some(at));
        }
        // "if" after "determine" or "see" means "whether".
        let conditional = (t1..ce).rev().find(|&i| {
            c.conditional.starts_with(w[i])
                && phrase_fits(w, i, ce, &c.conditional)
                && !(i > 0 && phrase_at(w, i - 1, &c.whether_verbs))
        });
        if let Some(at) =
            hit(near_lo.max(phrase_lo).max(scope_lo), t0, &c.hypothetical).or(conditional)
        {
            return ("hypothetical", Some(at));
        }
        if past {
            return ("asserted", Some(t0));
        }
        if let Some(at) = hit(t0.saturating_sub(3).max(cs), t0, &c.past_markers) {
            return ("asserted", Some(at));
        }
        // Headlines use "TO" for the future: "NAKASONE TO VISIT WASHINGTON".
        if is_headline(v)
            && let Some(at) = hit(t0.saturating_sub(8).max(cs), t0, &c.to)
        {
            return ("planned", Some(at));
        }
        if let Some(at) = hit(plan_lo, t0, &c.planned) {
            return ("planned", Some(at));
        }
        // A past tense verb governing the trigger ("Reagan imposed the tariff
        // in April 1983", "made a surprise trip to Iraq this week").
        if let Some(at) = hit(t0.saturating_sub(6).max(phrase_lo), t0, &c.past_verbs) {
            return ("asserted", Some(at));
        }
        if let Some(at) = hit(t1, (t1 + 8).min(ce), &c.future_after)
            && !self.dated_before_article(v, at)
        {
            return ("planned", Some(at));
        }
        // A modal that governs another verb ("could cast a shadow over the
        // meeting") speaks of an event still to come.
        if let Some(at) = hit(cs, near_lo, &c.far_modal) {
            return ("planned", Some(at));
        }
        ("asserted", None)
    }

    /// Whether a time cue at token `at` ("in April", "on April 17") is
    /// followed by a year that places it before the article ("in April 1983"
    /// in a 1987 story), or by any year when the article's date is unknown.
    fn dated_before_article(&self, v: &View, at: usize) -> bool {
        let year = v.tokens[at..].iter().skip(1).take(4).find_map(|t| {
            let b = t.text.as_bytes();
            (b.len() == 4 && b.iter().all(u8::is_ascii_digit) && (b[0] == b'1' || b[0] == b'2'))
                .then(|| t.text.parse::<u16>().ok())
                .flatten()
        });
        match (year, v.day) {
            (Some(y), Some(d)) => y < d.year,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }

    /// The countries the whole article names, most named first, each with
    /// its first mention as an actor (for "the two countries"). Countries,
    /// their agencies and capitals count; people do not (a visiting minister
    /// is named often in a story about two other countries).
    fn article_countries(
        &self,
        text: &str,
        day: Option<crate::dates::Day>,
    ) -> Vec<(String, usize, Actor)> {
        self.lexicon
            .country_mentions(text, day, false)
            .into_iter()
            .map(|(c, n, m)| (c, n, self.actor_from(text, &m, "participant")))
            .collect()
    }

    /// Adds the actor in `role`; a group with fixed membership ("G-7") adds
    /// one actor per member country, each naming the group.
    fn push_actor(&self, out: &mut Args, v: &View, p: &Placed, role: &str) {
        let e = self.lexicon.entry(p.m.entry);
        if e.members.is_empty() {
            out.push(self.actor(v, p, role));
            return;
        }
        for m in &e.members {
            out.push(Actor {
                country: Some(m.clone()),
                ..self.actor(v, p, role)
            });
        }
    }

    fn actor(&self, v: &View, p: &Placed, role: &str) -> Actor {
        self.actor_from(v.article, &p.m, role)
    }

    /// The actor a lexicon match in `article` names, in `role`.
    fn actor_from(&self, article: &str, m: &ActorMatch, role: &str) -> Actor {
        let e = self.lexicon.entry(m.entry);
        Actor {
            role: role.to_string(),
            text: article[m.start..m.end].to_string(),
            name: e.name.clone(),
            kind: kind_name(e.kind).to_string(),
            country: e.country.clone(),
            start: m.start,
            end: m.end,
        }
    }

    /// The index of the word before token `tok`, skipping determiners and up
    /// to two capitalised words (titles and names: "on South Korean President Lee").
    fn preceding_word(&self, v: &View, tok: usize) -> Option<usize> {
        let mut i = tok;
        let mut skipped_caps = 0;
        while i > 0 {
            i -= 1;
            // Not across a comma: "chaired by the World Bank, Moroccan
            // Finance Minister ..." does not put "Moroccan" after "by".
            if v.article[v.tokens[i].end..v.tokens[i + 1].start].contains([',', ';']) {
                return None;
            }
            if phrase_at(&v.ids, i, &self.cues.determiners) {
                continue;
            }
            let capital = v.tokens[i]
                .text
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase());
            if capital && skipped_caps < 2 && !is_all_caps_sentence(v) {
                skipped_caps += 1;
                continue;
            }
            return Some(i);
        }
        None
    }

    fn preceded_by(&self, v: &View, tok: usize, list: &Phrases) -> bool {
        self.preceding_word(v, tok)
            .is_some_and(|i| list.iter().any(|p| p.len() == 1 && p[0] == v.ids[i]))
    }

    fn is_location(&self, v: &View, p: &Placed) -> bool {
        let e = self.lexicon.entry(p.m.entry);
        (e.kind == ActorKind::Place && !e.metonym)
            || (matches!(e.kind, ActorKind::Place | ActorKind::Country)
                && !p.m.demonym
                && self.preceded_by(v, p.tok, &self.cues.location_preps))
    }

    fn first_location(&self, v: &View, cs: usize, ce: usize) -> Option<Location> {
        self.actors_of(v)
            .iter()
            .filter(|a| a.tok >= cs && a.tok < ce)
            .find(|a| {
                let e = self.lexicon.entry(a.m.entry);
                let place = e.kind == ActorKind::Place
                    && (!e.metonym || self.preceded_by(v, a.tok, &self.cues.location_preps));
                let country_as_place = e.kind == ActorKind::Country
                    && self.preceded_by(v, a.tok, &self.cues.location_preps);
                !a.m.demonym && (place || country_as_place)
            })
            .map(|a| {
                let e = self.lexicon.entry(a.m.entry);
                Location {
                    text: v.article[a.m.start..a.m.end].to_string(),
                    name: e.name.clone(),
                    country: e.country.clone(),
                    start: a.m.start,
                    end: a.m.end,
                }
            })
    }

    fn clause_actors<'v>(&self, v: &'v View, cs: usize, ce: usize) -> Vec<&'v Placed> {
        self.actors_of(v)
            .iter()
            .filter(|a| a.tok >= cs && a.tok < ce)
            .filter(|a| {
                let e = self.lexicon.entry(a.m.entry);
                e.country.is_some() || !e.members.is_empty()
            })
            .collect()
    }

    fn tariff_roles(&self, v: &View, cs: usize, ce: usize, t0: usize, t1: usize, out: &mut Args) {
        let c = &self.cues;
        let actors = self.clause_actors(v, cs, ce);
        // "Indonesia has protested to the EC about its plan to raise duties":
        // who faces or protests stands before the verb, who imposes after it.
        let face_at = last_phrase_in(&v.ids, cs, t0, &c.tariff_face_verbs);
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
                    && !self.is_location(v, a)
                    && face_at.is_none_or(|f| a.tok > f)
                    && !self.preceded_by(v, a.tok, &c.listener_verbs)
            })
            .map(|a| self.lexicon.entry(a.m.entry).country.clone());
        // "Canadian corn levy", "an EC tariff", "against EC vegetable oil
        // duty": a party naming the tariff imposes it, whatever stands before.
        let modifier = actors
            .iter()
            .rev()
            .find(|a| a.tok < t0 && !self.is_location(v, a))
            .filter(|a| self.modifies(v, a, t0))
            .map(|a| a.m.start);
        let mut fallback: Vec<Placed> = Vec::new();
        for a in actors {
            if self.is_location(v, a) && a.tok >= t1 {
                continue;
            }
            if modifier == Some(a.m.start) {
                self.push_actor(out, v, a, "source");
                continue;
            }
            if modifier.is_some() && a.tok < t0 && face_at.is_none_or(|f| a.tok > f) {
                continue;
            }
            let before_face = face_at.is_some_and(|f| a.tok < f);
            if a.tok < t0
                && !before_face
                && nearest_before.as_ref() != Some(&self.lexicon.entry(a.m.entry).country)
            {
                continue;
            }
            let role = if a.tok >= t1 {
                if any_phrase_in(
                    &v.ids,
                    a.tok.saturating_sub(3).max(t1),
                    a.tok,
                    &c.tariff_source_after,
                ) || self.preceded_by(v, a.tok, &c.by)
                {
                    "source"
                } else if self.preceded_by(v, a.tok, &c.tariff_target_preps) {
                    "target"
                } else {
                    // An actor after the trigger with no preposition is
                    // whose goods are hit only when nothing else is.
                    fallback.push(*a);
                    continue;
                }
            } else if before_face
                || (face_at.is_none() && self.preceded_by(v, a.tok, &c.tariff_target_preps))
            {
                // "the most likely move against Japan would involve duties";
                // but after "protested against the EC plan", the EC imposes.
                "target"
            } else {
                "source"
            };
            self.push_actor(out, v, a, role);
        }
        // A government, its agencies and officials impose; of the rest, a
        // country's own goods are not the target of its tariff.
        let sources: Vec<Option<String>> = out
            .actors
            .iter()
            .filter(|a| a.role == "source")
            .map(|a| a.country.clone())
            .collect();
        let (officials, goods): (Vec<Placed>, Vec<Placed>) = fallback.into_iter().partition(|a| {
            matches!(
                self.lexicon.entry(a.m.entry).kind,
                ActorKind::Agency | ActorKind::Person
            )
        });
        if sources.is_empty() {
            for a in &officials {
                self.push_actor(out, v, a, "source");
            }
        }
        if !out.actors.iter().any(|a| a.role == "target") {
            for a in &goods {
                if !sources.contains(&self.lexicon.entry(a.m.entry).country) {
                    self.push_actor(out, v, a, "target");
                }
            }
        }
    }

    /// Whether actor `a` stands right before token `t0` as its modifier: at
    /// most three words between, none of them a preposition or verb
    /// ("Canadian corn levy", "EC vegetable oil duty").
    fn modifies(&self, v: &View, a: &Placed, t0: usize) -> bool {
        let between: Vec<usize> = (a.tok + 1..t0)
            .filter(|&i| v.tokens[i].start >= a.m.end)
            .collect();
        between.len() <= 3
            && between.iter().all(|&i| {
                let w = v.tokens[i].text;
                w.chars().all(|c| c.is_alphanumeric() || c == '-')
                    && !phrase_at(&v.ids, i, &self.cues.product_stops)
                    && !phrase_at(&v.ids, i, &self.cues.tariff_target_preps)
                    && !phrase_at(&v.ids, i, &self.cues.determiners)
            })
    }

    fn pledge_roles(&self, v: &View, cs: usize, ce: usize, t0: usize, t1: usize, out: &mut Args) {
        let c = &self.cues;
        let actors = self.clause_actors(v, cs, ce);
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
                let creditor = if self.preceded_by(v, a.tok, &c.from) {
                    a.tok > t0
                } else {
                    self.preceded_by(v, a.tok, &c.pledge_creditor_preps)
                        || self.with_nearby(v, a.tok)
                };
                let role = if creditor { "source" } else { "target" };
                self.push_actor(out, v, a, role);
            }
            return;
        }
        // "asked Seoul to invest": the actor between the request and a verb
        // trigger pledges; "a Philippine request for loans": the requester receives.
        let request_at = last_phrase_in(&v.ids, cs, t0, &self.cues.requested);
        let verb_trigger = t0 > 0 && v.ids[t0 - 1] == self.word.to;
        // "Senegal was promised aid": a passive commitment verb makes its
        // subject the recipient.
        // ("The U.K. is pledged to supply ..." is a commitment of its own.)
        let passive = t0 > 0
            && phrase_at(&v.ids, t0 - 1, &c.passive_auxiliaries)
            && phrase_at(&v.ids, t0, &c.past_triggers)
            && v.ids.get(t1) != Some(&self.word.to);
        // ("Ecuador has appealed for emergency aid": a request or receiving
        // verb that is itself the trigger counts too.)
        let receive = any_phrase_in(&v.ids, cs, t0, &c.pledge_receive_verbs)
            || (request_at.is_some() && !verb_trigger)
            || passive
            || phrase_at(&v.ids, t0, &c.pledge_receive_verbs)
            || phrase_at(&v.ids, t0, &c.requested);
        let mut source_found = false;
        if let Some(rq) = request_at
            && verb_trigger
        {
            for a in actors.iter().filter(|a| a.tok > rq && a.tok < t0) {
                self.push_actor(out, v, a, "source");
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
            self.push_actor(out, v, a, "source");
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
            self.push_actor(out, v, a, "target");
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
                v.ids[n] == self.word.to
                    || phrase_at(&v.ids, n, &c.requested)
                    || phrase_at(&v.ids, n, &c.requested_after)
            });
            // ("France is to provide Togo with aid": the give verb's object.)
            if ((self.preceded_by(v, a.tok, &c.pledge_target_preps)
                && !self.preceded_by(v, a.tok, &c.location_preps))
                || self.preceded_by(v, a.tok, &c.give_verbs))
                && !subject_or_requester
            {
                self.push_actor(out, v, a, "target");
                false
            } else {
                true
            }
        });
        if !source_found || receive {
            // The nearest actor before the trigger, preferring one that is
            // not inside a prepositional phrase ("talks with Nigeria").
            let free = before
                .iter()
                .rev()
                .find(|a| {
                    !self.preceded_by(v, a.tok, &c.location_preps)
                        && !self.preceded_by(v, a.tok, &c.pledge_counterpart_preps)
                })
                .or_else(|| before.last());
            if let Some(a) = free {
                let role = if receive { "target" } else { "source" };
                self.push_actor(out, v, a, role);
            }
        }
        // "buy more coal from the United States": the seller receives.
        let purchase = phrase_at(&v.ids, t0, &c.pledge_purchase_triggers);
        // (A comma alone joins names of one kind: "Tunisia, Israel".)
        let mut previous: Option<(usize, &str, ActorKind)> = None;
        for a in actors.iter().filter(|a| a.tok >= t1) {
            let from = self.preceded_by(v, a.tok, &c.from);
            let role = if self.preceded_by(v, a.tok, &c.pledge_target_preps)
                || (from && purchase)
                || self.preceded_by(v, a.tok, &c.give_verbs)
            {
                Some("target")
            } else if from || (self.preceded_by(v, a.tok, &c.by) && (receive || a.tok <= t1 + 4)) {
                // "an aid package from Japan", "loans pledged by Japan".
                Some("source")
            } else {
                // "aid to the states, Tunisia, Israel and Jordan": a list
                // shares the role of its first member.
                previous
                    .filter(|(end, _, kind)| {
                        let between = v.article[*end..a.m.start].trim();
                        continues_list(between)
                            && (between != "," || *kind == self.lexicon.entry(a.m.entry).kind)
                    })
                    .map(|(_, r, _)| r)
            };
            if let Some(r) = role {
                self.push_actor(out, v, a, r);
            }
            previous = role.map(|r| (a.m.end, r, self.lexicon.entry(a.m.entry).kind));
        }
        // A country named as recipient is not also the giver ("France is to
        // provide Togo with ..." read Togo both ways), except for aid at home.
        let recipients: Vec<String> = out
            .actors
            .iter()
            .filter(|a| a.role == "target")
            .filter_map(|a| a.country.clone())
            .collect();
        out.actors.retain(|a| {
            a.role != "source" || a.country.as_ref().is_none_or(|c| !recipients.contains(c))
        });
        // Aid to an industry, farmers or the economy stays at home.
        if !out.actors.iter().any(|a| a.role == "target")
            && any_phrase_in(
                &v.ids,
                t0.saturating_sub(3).max(cs),
                (t1 + 6).min(ce),
                &c.domestic_recipients,
            )
        {
            let home: Vec<Actor> = out
                .actors
                .iter()
                .filter(|a| a.role == "source" && a.country.is_some())
                .map(|a| Actor {
                    role: "target".into(),
                    ..a.clone()
                })
                .collect();
            for a in home {
                out.push(a);
            }
        }
    }

    /// Whether "with" stands at most four words before token `tok`, with no
    /// punctuation between ("with officials of Britain's ECGD").
    fn with_nearby(&self, v: &View, tok: usize) -> bool {
        (tok.saturating_sub(4)..tok).rev().any(|i| {
            v.ids[i] == self.word.with
                && !v.article[v.tokens[i].end..v.tokens[tok].start].contains([',', ';', '.'])
        })
    }

    /// Where the reported clause starts: after the last speech verb ("said",
    /// "told reporters") before the trigger, when an actor stands between
    /// that verb and the trigger; else the clause's start.
    fn reported_clause_start(&self, v: &View, actors: &[&Placed], cs: usize, t0: usize) -> usize {
        match last_phrase_in(&v.ids, cs, t0, &self.cues.speech_verbs) {
            Some(at) if actors.iter().any(|a| a.tok > at && a.tok < t0) => at + 1,
            _ => cs,
        }
    }

    fn raid_roles(&self, v: &View, cs: usize, ce: usize, t0: usize, t1: usize, out: &mut Args) {
        let c = &self.cues;
        let actors = self.clause_actors(v, cs, ce);
        for a in &actors {
            if self.is_location(v, a) {
                continue;
            }
            let e = self.lexicon.entry(a.m.entry);
            if a.tok < t0 && e.kind == ActorKind::Company {
                // Companies are raided, they do not raid.
                self.push_actor(out, v, a, "target");
            } else if a.tok < t0 {
                if a.tok + 4 >= t0 || matches!(e.kind, ActorKind::Agency) {
                    self.push_actor(out, v, a, "source");
                }
            } else if a.tok >= t1 {
                if self.preceded_by(v, a.tok, &c.by) {
                    self.push_actor(out, v, a, "source");
                } else if self.preceded_by(v, a.tok, &c.raid_target_preps)
                    || e.kind == ActorKind::Company
                    || a.m.demonym
                {
                    self.push_actor(out, v, a, "target");
                }
            }
        }
        out.location = self.first_location(v, cs, v.tokens.len());
    }

    /// Where a clause's parties start: before the name a "who" or "which"
    /// clause hangs on (at most four words back), else at the clause.
    fn antecedent_start(&self, v: &View, cs: usize) -> usize {
        if cs == 0 || !(v.ids[cs] == self.word.who || v.ids[cs] == self.word.which) {
            return cs;
        }
        self.antecedent_actors(v, cs)
            .map(|a| a.tok)
            .min()
            .unwrap_or(cs)
    }

    /// The actors (not places) at most four words before a relative clause
    /// starting at word `cs`: the name it hangs on.
    fn antecedent_actors<'v>(&'v self, v: &'v View, cs: usize) -> impl Iterator<Item = &'v Placed> {
        self.actors_of(v)
            .iter()
            .filter(move |a| a.tok < cs && a.tok + 4 >= cs && !self.is_location(v, a))
    }

    /// The end of a clause `..ce` extended over the next clause when that
    /// one continues a list of parties: it opens with "and" and a determiner
    /// ("and the Palestinian leader") and names an actor within five words.
    fn list_continues(&self, v: &View, ce: usize) -> usize {
        if ce + 1 >= v.tokens.len()
            || v.ids[ce] != self.word.and
            || !phrase_at(&v.ids, ce + 1, &self.cues.determiners)
        {
            return ce;
        }
        let next_end = v
            .clause_starts
            .iter()
            .copied()
            .find(|&s| s > ce)
            .unwrap_or(v.tokens.len());
        let near = self.actors_of(v).iter().any(|a| {
            a.tok > ce
                && a.tok <= ce + 5
                && a.tok < next_end
                && !matches!(
                    self.lexicon.entry(a.m.entry).kind,
                    ActorKind::Place | ActorKind::Company
                )
        });
        if near { next_end } else { ce }
    }

    fn meeting_roles(
        &self,
        v: &View,
        cs: usize,
        ce: usize,
        t0: usize,
        previous: &[Sentence],
        out: &mut Args,
    ) {
        let mut orgs = 0usize;
        let mut has_person_before = false;
        // A list of parties may run on past ", and the": "held talks with his
        // Israeli counterpart, Ariel Sharon, and the Palestinian leader".
        let ce = self.list_continues(v, ce);
        // "UK Foreign Secretary Jack Straw, who will hold talks in Beijing":
        // the name a relative clause hangs on is a party to its meeting.
        if cs > 0 && v.ids[cs] == self.word.who {
            for a in self.antecedent_actors(v, cs) {
                self.push_actor(out, v, a, "participant");
            }
        }
        // What a meeting is about is not a party to it: after "to discuss",
        // "about" or "over", up to the trigger or the clause's end ("agreed to
        // discuss the problems of Afghanistan in its talks with Peking").
        // (The trigger itself may be "discuss".)
        let topic_before = first_phrase_in(&v.ids, cs, t0 + 1, &self.cues.meeting_topic_verbs);
        let topic_after = first_phrase_in(&v.ids, t0 + 1, ce, &self.cues.meeting_topic_preps)
            .into_iter()
            .chain(first_phrase_in(
                &v.ids,
                t0 + 1,
                ce,
                &self.cues.meeting_topic_after,
            ))
            .min();
        let topic = topic_before.or(topic_after).map(|at| {
            let end = if at < t0 { t0 } else { ce };
            let noun = first_phrase_in(&v.ids, at + 1, end, &self.cues.meeting_nouns);
            // "to discuss a rebuilding plan with the ADB": a party again, but
            // not in "trade relations with Japan".
            let with = (at + 1..end).find(|&i| {
                v.ids[i] == self.word.with && !phrase_at(&v.ids, i - 1, &self.cues.relation_nouns)
            });
            (at, noun.into_iter().chain(with).min().unwrap_or(end))
        });
        let in_topic = |tok: usize| topic.is_some_and(|(at, end)| tok > at && tok < end);
        for a in self
            .actors_of(v)
            .iter()
            .filter(|a| a.tok >= cs && a.tok < ce)
        {
            if self.is_location(v, a) {
                continue;
            }
            let e = self.lexicon.entry(a.m.entry);
            // ... nor where someone came from.
            if in_topic(a.tok)
                || self.preceded_by(v, a.tok, &self.cues.meeting_topic_preps)
                || (a.tok > t0 && self.preceded_by(v, a.tok, &self.cues.meeting_topic_after))
                || (matches!(e.kind, ActorKind::Place)
                    && self.preceded_by(v, a.tok, &self.cues.from))
            {
                continue;
            }
            if e.kind == ActorKind::Organization && e.country.is_none() {
                orgs += 1;
            }
            if e.kind == ActorKind::Person && a.tok < t0 {
                has_person_before = true;
            }
            self.push_actor(out, v, a, "participant");
        }
        // "he would meet ...": resolve the pronoun to the latest person named.
        if !has_person_before
            && any_phrase_in(&v.ids, cs, t0, &self.cues.pronouns)
            && let Some(p) = self.latest_person(v, cs, previous)
        {
            out.push(p);
        }
        let mut parties: Vec<(Option<String>, String)> = out
            .actors
            .iter()
            .map(|a| (a.country.clone(), a.name.clone()))
            .collect();
        parties.sort();
        parties.dedup();
        let distinct_countries = {
            let mut cs: Vec<&Option<String>> = parties.iter().map(|p| &p.0).collect();
            cs.dedup();
            cs.len()
        };
        let non_company = out.actors.iter().any(|a| a.kind != "company");
        out.parties_ok = non_company && (distinct_countries >= 2 || orgs >= 1);
        out.location = self.first_location(v, cs, ce);
        // "talks between officials of the two countries" names its parties
        // by reference; they are filled in from the article (inherit_roles).
        let pair = any_phrase_in(&v.ids, cs, ce, &self.cues.pair_phrases);
        out.party_ok = non_company || out.location.is_some() || pair;
    }

    fn generic_roles(&self, v: &View, cs: usize, ce: usize, t0: usize, out: &mut Args) {
        for a in self.clause_actors(v, cs, ce) {
            if self.is_location(v, a) {
                continue;
            }
            let role = if a.tok < t0 { "source" } else { "target" };
            self.push_actor(out, v, a, role);
        }
        out.location = self.first_location(v, cs, ce);
    }

    /// The person a pronoun most likely refers to: the first person named in
    /// this sentence before the clause, else in the nearest of the three
    /// sentences before.
    fn latest_person(&self, v: &View, cs: usize, previous: &[Sentence]) -> Option<Actor> {
        let is_person = |m: &ActorMatch| self.lexicon.entry(m.entry).kind == ActorKind::Person;
        // The subject of the sentence (its first person) is the likeliest referent.
        if let Some(p) = self
            .actors_of(v)
            .iter()
            .find(|a| a.tok < cs && is_person(&a.m))
        {
            return Some(self.actor(v, p, "participant"));
        }
        for s in previous.iter().rev().take(3) {
            let found = self.lexicon.find_dated(v.article, s.start, s.end, v.day);
            if let Some(m) = found.iter().find(|m| is_person(m)) {
                return Some(self.actor_from(v.article, m, "participant"));
            }
        }
        None
    }

    /// The tariff rate: the percentage after "to" in "from X to Y", else the
    /// percentage nearest the trigger in its clause.
    fn rate(&self, v: &View, cs: usize, ce: usize, start: usize, end: usize) -> Option<Rate> {
        let rates: Vec<(&Quantity, usize)> = self
            .quantities_of(v)
            .iter()
            .filter_map(|q| match q.kind {
                QuantityKind::Percent {
                    unit: PercentUnit::Percent,
                    ..
                } => {
                    let qt = v.tokens.iter().position(|k| k.end > q.start)?;
                    (qt >= cs && qt < ce).then_some((q, qt))
                }
                _ => None,
            })
            .collect();
        let to_rate = rates
            .iter()
            .find(|(_, qt)| *qt > 0 && v.ids[qt - 1] == self.word.to && rates.len() > 1);
        let best = to_rate.or_else(|| {
            rates.iter().min_by_key(|(q, _)| {
                if q.end <= start {
                    start - q.end
                } else {
                    q.start.saturating_sub(end)
                }
            })
        })?;
        let q = best.0;
        let QuantityKind::Percent { value, .. } = q.kind else {
            return None;
        };
        Some(Rate {
            text: v.article[q.start..q.end].to_string(),
            value,
            start: q.start,
            end: q.end,
        })
    }

    /// The goods a tariff applies to: the words after "on" that follows the trigger.
    fn product(&self, v: &View, t1: usize, ce: usize) -> Option<Span> {
        let on = (t1..(t1 + 3).min(ce)).find(|&i| v.ids[i] == self.word.on)?;
        let mut i = on + 1;
        // Skip an amount ("on 300 mln dlrs worth of ...").
        if let Some(q) = self.quantities_of(v).iter().find(|q| {
            i < v.tokens.len() && q.start <= v.tokens[i].start && v.tokens[i].start < q.end
        }) {
            while i < ce && v.tokens[i].start < q.end {
                i += 1;
            }
            while i < ce && (v.ids[i] == self.word.worth || v.ids[i] == self.word.of) {
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

/// Arguments collected for one event.
#[derive(Default)]
struct Args {
    actors: Vec<Actor>,
    location: Option<Location>,
    parties_ok: bool,
    party_ok: bool,
}

impl Args {
    fn push(&mut self, a: Actor) {
        if !self
            .actors
            .iter()
            .any(|b| b.start == a.start && b.role == a.role && b.country == a.country)
        {
            self.actors.push(a);
        }
    }
}

/// A headline: the article's first sentence, or a sentence in capitals.
/// Whether the text between two names only joins them into a list
/// (", ", " and ", ", and ").
fn continues_list(between: &str) -> bool {
    let t = between.trim();
    matches!(t, "," | "and" | ", and" | "&" | "or" | ", or")
}

fn is_headline(v: &View) -> bool {
    // A first line ending in a full stop is a sentence, not a headline.
    let full_stop = v.article[v.sentence.start..v.sentence.end]
        .trim_end()
        .ends_with('.');
    (v.sentence.index == 0 && !full_stop) || is_all_caps_sentence(v)
}

/// The first word index at or after `lo` with no clause punctuation between
/// it and word `t0`.
fn unpunctuated_from(v: &View, lo: usize, t0: usize) -> usize {
    (lo + 1..=t0.min(v.tokens.len().saturating_sub(1)))
        .rev()
        .find(|&i| {
            let gap = &v.article[v.tokens[i - 1].end..v.tokens[i].start];
            gap.contains([',', ';', ':', '(', ')', '–', '—'])
        })
        .unwrap_or(lo)
}

/// The end of a dateline ("GYEONGJU, South Korea – ", "TOKYO, March 3 - ")
/// at the start of a sentence: a word in capitals, a comma, and a dash
/// within the first 80 bytes. Places named there say where the report was
/// filed, not where or between whom the event happened.
fn dateline_end(sentence: &str) -> Option<usize> {
    let first = sentence.split([',', ' ']).next()?;
    if first.len() < 3 || first.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    // "LONDON – Britain pledged ...": the city, then the dash.
    if let Some(d) = [" – ", " — ", " - ", " -- "]
        .iter()
        .find(|d| sentence[first.len()..].starts_with(*d))
    {
        return Some(first.len() + d.len());
    }
    if !sentence[first.len()..].starts_with(',') {
        return None;
    }
    let cut = (0..=sentence.len().min(80))
        .rev()
        .find(|&i| sentence.is_char_boundary(i))?;
    let head = &sentence[..cut];
    [" – ", " — ", " - ", " -- "]
        .iter()
        .filter_map(|d| head.find(d).map(|p| p + d.len()))
        .min()
}

fn r_single(interner: &mut Interner, w: &str) -> Phrases {
    Phrases::new(vec![vec![interner.intern(w.to_string())]])
}

fn is_all_caps_sentence(v: &View) -> bool {
    let text = &v.article[v.sentence.start..v.sentence.end];
    !text.chars().any(|c| c.is_lowercase())
}

/// True when one of `phrases` starts at word `i`.
fn phrase_at(words: &[u32], i: usize, phrases: &Phrases) -> bool {
    i < words.len() && phrases.starts_with(words[i]) && phrase_fits(words, i, words.len(), phrases)
}

fn phrase_fits(words: &[u32], i: usize, hi: usize, phrases: &Phrases) -> bool {
    phrases
        .iter()
        .any(|p| i + p.len() <= hi && p.iter().zip(&words[i..]).all(|(a, b)| a == b))
}

/// True when one of `phrases` lies wholly in words `lo..hi`.
fn any_phrase_in(words: &[u32], lo: usize, hi: usize, phrases: &Phrases) -> bool {
    last_phrase_in(words, lo, hi, phrases).is_some()
}

/// The start of the first phrase lying wholly in words `lo..hi`.
fn first_phrase_in(words: &[u32], lo: usize, hi: usize, phrases: &Phrases) -> Option<usize> {
    let hi = hi.min(words.len());
    (lo..hi).find(|&i| phrases.starts_with(words[i]) && phrase_fits(words, i, hi, phrases))
}

/// The start of the last phrase lying wholly in words `lo..hi`.
fn last_phrase_in(words: &[u32], lo: usize, hi: usize, phrases: &Phrases) -> Option<usize> {
    let hi = hi.min(words.len());
    (lo..hi)
        .rev()
        .find(|&i| phrases.starts_with(words[i]) && phrase_fits(words, i, hi, phrases))
}

fn span(article: &str, start: usize, end: usize) -> Span {
    Span {
        text: article[start..end].to_string(),
        start,
        end,
    }
}

fn to_amount(article: &str, q: &Quantity) -> Amount {
    let (value, currency) = match &q.kind {
        QuantityKind::Money {
            value, currency, ..
        } => (*value, currency.clone()),
        _ => unreachable!("only money quantities become amounts"),
    };
    Amount {
        text: article[q.start..q.end].to_string(),
        value,
        currency,
        start: q.start,
        end: q.end,
    }
}

fn to_count(article: &str, q: &Quantity) -> Count {
    let (value, of) = match &q.kind {
        QuantityKind::Count { value, of, .. } => (*value, of.clone()),
        _ => unreachable!("only counts of people become counts"),
    };
    Count {
        text: article[q.start..q.end].to_string(),
        value,
        of,
        start: q.start,
        end: q.end,
    }
}

/// The name printed for an actor kind.
pub fn kind_name(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Country => "country",
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
        ActorKind::Company => "company",
        ActorKind::Agency => "agency",
        ActorKind::Place => "place",
    }
}

/// Fills roles a sentence leaves implicit from the article's previous event
/// of the same type ("the tariffs would be ended as soon as Japan ..." after
/// "U.S. tariffs on Japanese goods"), the way a reader resolves them. An
/// export duty is borne by the exporting country's own exporters, so its
/// target is its source.
fn inherit_roles(
    text: &str,
    events: &mut [Event],
    pairs: &[bool],
    article_countries: &dyn Fn() -> Vec<(String, usize, Actor)>,
) {
    // The article's most frequent actor countries, for meetings that name
    // only one side ("talks with the Japanese" in a U.S.-Japan story).
    let freq: Vec<(String, usize, Actor)> = tally_countries(events.iter().flat_map(|e| &e.actors))
        .into_iter()
        .map(|(c, n, a)| (c.to_string(), n, a.clone()))
        .collect();
    // For each type and role, the country that holds the role in most of the
    // article's events of the type, counted before any inheriting (at least
    // twice and more than any other).
    let mut holders: Vec<(String, &str, Actor)> = Vec::new();
    let mut types: Vec<&String> = Vec::new();
    for t in events.iter().map(|e| &e.event_type) {
        if t == "meeting" || types.contains(&t) {
            continue;
        }
        types.push(t);
        for role in ["source", "target"] {
            let tally = tally_countries(
                events
                    .iter()
                    .filter(|e| &e.event_type == t)
                    .flat_map(|e| &e.actors)
                    .filter(|a| a.role == role),
            );
            if let [first, rest @ ..] = tally.as_slice()
                && first.1 >= 2
                && rest.first().is_none_or(|s| first.1 > s.1)
            {
                holders.push((t.clone(), role, first.2.clone()));
            }
        }
    }
    for i in 0..events.len() {
        let t = events[i].event_type.clone();
        if t == "meeting" {
            let e = &mut events[i];
            let mut countries: Vec<&String> =
                e.actors.iter().filter_map(|a| a.country.as_ref()).collect();
            countries.dedup();
            // "talks between officials of the two countries": the article's
            // two leading countries.
            let pair = pairs[i];
            let article = if pair && countries.len() < 2 {
                article_countries()
            } else {
                Vec::new()
            };
            if article.len() >= 2 && article[1].1 >= 2 {
                for f in &article[..2] {
                    if !e.actors.iter().any(|a| a.country.as_ref() == Some(&f.0)) {
                        e.actors.push(Actor {
                            role: "participant".into(),
                            ..f.2.clone()
                        });
                    }
                }
                continue;
            }
            if countries.is_empty() {
                // "The January talks focussed on ...": the talks last named.
                let donor = events[..i].iter().rev().find(|d| {
                    d.event_type == "meeting" && d.actors.iter().any(|a| a.country.is_some())
                });
                let inherited: Vec<Actor> = donor.map(|d| d.actors.clone()).unwrap_or_default();
                events[i].actors.extend(inherited);
                continue;
            }
            // A meeting with an international body is complete with one country.
            let with_body = e
                .actors
                .iter()
                .any(|a| a.country.is_none() && a.kind == "organization");
            if countries.len() == 1 && !with_body {
                let present = countries[0].clone();
                if let Some(f) = freq.iter().find(|f| f.0 != present && f.1 >= 2) {
                    e.actors.push(Actor {
                        role: "participant".into(),
                        ..f.2.clone()
                    });
                }
            }
            continue;
        }
        for role in ["source", "target"] {
            if events[i]
                .actors
                .iter()
                .any(|a| a.role == role && a.country.is_some())
            {
                continue;
            }
            let has_role = |e: &&Event| {
                e.event_type == t
                    && e.actors
                        .iter()
                        .any(|a| a.role == role && a.country.is_some())
            };
            // The article's clear holder of the role ...
            let dominant = holders
                .iter()
                .find(|h| h.0 == t && h.1 == role)
                .map(|h| h.2.clone());
            // ... else the previous event of the type, or for the first
            // (often the headline) the next one.
            let inherited: Vec<Actor> = match dominant {
                Some(a) => vec![a],
                None => events[..i]
                    .iter()
                    .rev()
                    .find(has_role)
                    .or_else(|| events[i + 1..].iter().find(has_role))
                    .map(|e| {
                        e.actors
                            .iter()
                            .filter(|a| a.role == role)
                            .cloned()
                            .collect()
                    })
                    .unwrap_or_default(),
            };
            events[i].actors.extend(inherited);
        }
        let e = &mut events[i];
        let export = text[..e.trigger.start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.eq_ignore_ascii_case("export"))
            || e.trigger.text.to_ascii_lowercase().starts_with("export");
        if t == "tariff" && export && !e.actors.iter().any(|a| a.role == "target") {
            let as_target: Vec<Actor> = e
                .actors
                .iter()
                .filter(|a| a.role == "source")
                .map(|a| Actor {
                    role: "target".into(),
                    ..a.clone()
                })
                .collect();
            e.actors.extend(as_target);
        }
    }
}

/// The countries of `actors`, most frequent first (ties in order of first
/// appearance), each with its count and first actor.
fn tally_countries<'a>(
    actors: impl Iterator<Item = &'a Actor>,
) -> Vec<(&'a str, usize, &'a Actor)> {
    crate::lexicon::tally(actors.filter_map(|a| a.country.as_deref().map(|c| (c, a))))
}

/// One event per distinct event: a same-type draft in the same clause as an
/// earlier one, or adding no actor, amount or rate of its own, is folded into it.
fn merge_same_type(drafts: Vec<Draft>) -> Vec<Draft> {
    let mut kept: Vec<Draft> = Vec::new();
    for d in drafts {
        let Some(prev) = kept
            .iter_mut()
            .rev()
            .find(|k| k.event.event_type == d.event.event_type)
        else {
            kept.push(d);
            continue;
        };
        let same_clause = prev.clause == d.clause;
        let adds_something = d.event.actors.iter().any(|a| {
            !prev
                .event
                .actors
                .iter()
                .any(|b| b.country == a.country && b.name == a.name)
        }) || (d.event.amount.is_some()
            && d.event.amount != prev.event.amount)
            || (d.event.rate.is_some() && d.event.rate != prev.event.rate);
        if same_clause || !adds_something {
            let e = &mut prev.event;
            if e.amount.is_none() {
                e.amount = d.event.amount;
            }
            if e.rate.is_none() {
                e.rate = d.event.rate;
            }
            if e.product.is_none() {
                e.product = d.event.product;
            }
            if e.location.is_none() {
                e.location = d.event.location;
            }
            if e.count.is_none() {
                e.count = d.event.count;
            }
            // A folded mention adds only countries the event does not have yet:
            // its own roles come from another trigger's point of view.
            for a in d.event.actors {
                if !e
                    .actors
                    .iter()
                    .any(|b| b.start == a.start || (a.country.is_some() && b.country == a.country))
                {
                    e.actors.push(a);
                }
            }
        } else {
            kept.push(d);
        }
    }
    for k in &mut kept {
        let order = |r: &str| match r {
            "source" => 0,
            "target" => 1,
            _ => 2,
        };
        k.event.actors.sort_by(|a, b| {
            order(&a.role)
                .cmp(&order(&b.role))
                .then(a.start.cmp(&b.start))
        });
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_ids_are_found_whatever_the_case_and_length() {
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
