//! The analysed-sentence stage: an article's sentences as views holding
//! tokens and word ids, clauses, and the actors (dated by the article's
//! day) and quantities (in the article's currency) of the sentence, found
//! on first use. Event rules ([`Extractor::extract_dated`]) and mentions
//! ([`Extractor::analyse_sentences`]) both read sentences through it, so
//! the two cannot see different actors or figures.

use super::*;
use crate::lexicon::ActorMatch;
use crate::quantity::Quantity;
use crate::segment::{self, Sentence, Token};

/// An article as the analysis stage sees it: its text and day, and what is
/// worked out for the whole article on first use (its lowercase text for
/// rules' `article` checks, its currency for bare "dlrs", the lexicon's
/// view of it, the countries it names, which rules' topic words occur).
/// Shared by all its sentences, so that no sentence or event rescans the
/// article (which made one long article cost time quadratic in its length).
pub(crate) struct ArticleCx<'a> {
    pub(crate) text: &'a str,
    pub(crate) day: Option<crate::dates::Day>,
    pub(crate) lower: std::cell::OnceCell<String>,
    pub(crate) currency: crate::quantity::ArticleCurrency<'a>,
    /// The lexicon's view of the article (cue words, country context).
    pub(crate) scope: crate::lexicon::ArticleScope<'a>,
    /// The countries the article names ([`Extractor::article_countries`]).
    pub(crate) countries: std::cell::OnceCell<Vec<(String, usize, crate::event::Actor)>>,
    /// Whether the article's headline marks a genre with no pledges in it
    /// (`pledge_genre_markers`: a bond issue, a results table, a money-market
    /// report), worked out on first use.
    pub(crate) pledge_genre: std::cell::OnceCell<bool>,
    /// Per topic word ([`Extractor::topic_words`]), whether the article
    /// holds it: 0 not yet known, 1 no, 2 yes.
    topics: std::cell::RefCell<Vec<u8>>,
    /// Per distinct `article` list of the rules, whether the article holds
    /// one of its words, coded as `topics` is.
    topic_lists: std::cell::RefCell<Vec<u8>>,
    /// The article lowercased in ASCII only, so its byte offsets are the
    /// text's, computed on first use.
    pub(crate) ascii_lower: std::cell::OnceCell<String>,
    /// Per tariff rule and trigger word, whether the article sets the word's
    /// other sense ([`Extractor::tariff_sense_elsewhere`]), once known.
    pub(crate) word_senses: std::cell::RefCell<Vec<((usize, String), bool)>>,
    /// Whether a meeting candidate earlier in the article was one body's own
    /// session ([`Extractor::own_body_meeting`], [`Extractor::body_meets_alone`]):
    /// "the meeting" after it refers back to that session.
    pub(crate) own_session_seen: std::cell::Cell<bool>,
    /// Whether the article is a sports or arts story (three
    /// `sports_genre_words` or three `arts_genre_words`), worked out on
    /// first use ([`Extractor::sports_fixture`]).
    pub(crate) sports: std::cell::OnceCell<bool>,
    /// Whether the article is a utility's or carrier's price story (two
    /// `utility_service_words`, no `trade_mark_words`), worked out on first
    /// use ([`Extractor::utility_tariff`]).
    pub(crate) utility_story: std::cell::OnceCell<bool>,
    /// Whether the article is a climbing story (two `mountain_genre_words`),
    /// worked out on first use ([`Extractor::mountain_summit`]).
    pub(crate) mountain: std::cell::OnceCell<bool>,
}

impl ArticleCx<'_> {
    /// Whether the article holds topic word `word` (an index into
    /// [`Extractor::topic_words`]), worked out by `check` the first time
    /// it is asked.
    pub(crate) fn topic_word(&self, word: usize, check: impl FnOnce() -> bool) -> bool {
        known_once(&self.topics, word, check)
    }

    /// Whether the article holds a word of the rules' `list`-th distinct
    /// `article` list, worked out by `check` the first time it is asked.
    pub(crate) fn topic_list(&self, list: usize, check: impl FnOnce() -> bool) -> bool {
        known_once(&self.topic_lists, list, check)
    }
}

/// Answer `i` of `known` (0 not yet known, 1 no, 2 yes), worked out by
/// `check` the first time it is asked.
fn known_once(known: &std::cell::RefCell<Vec<u8>>, i: usize, check: impl FnOnce() -> bool) -> bool {
    match known.borrow().get(i) {
        Some(1) => return false,
        Some(2) => return true,
        _ => {}
    }
    let found = check();
    let mut known = known.borrow_mut();
    if known.len() <= i {
        known.resize(i + 1, 0);
    }
    known[i] = 1 + u8::from(found);
    found
}

/// One rule pattern's matches in a sentence: the pattern's index in the
/// rule set's distinct patterns and the byte spans it matched.
pub(crate) type PatternSpans = (usize, Vec<(usize, usize)>);

/// A sentence prepared for rule matching: tokens, actors and quantities.
pub(crate) struct View<'a> {
    pub(crate) article: &'a str,
    /// The whole article's state (see [`ArticleCx`]).
    pub(crate) cx: &'a ArticleCx<'a>,
    /// The article lowercased, computed on first use by a rule's `article` check.
    pub(crate) lower: &'a std::cell::OnceCell<String>,
    /// The article's currency for bare "dlrs" (Canadian, Australian ... wire
    /// copy), worked out on first use.
    pub(crate) currency: &'a crate::quantity::ArticleCurrency<'a>,
    pub(crate) sentence: Sentence,
    pub(crate) tokens: Vec<Token<'a>>,
    /// A view made by [`Extractor::bare_view`]: no tokens, word ids or
    /// clauses, and actors without token positions.
    pub(crate) bare: bool,
    /// The words as rule word ids.
    pub(crate) ids: Vec<u32>,
    /// Actors before this offset stand in a dateline and are not parties.
    pub(crate) dateline_end: usize,
    /// Actors and quantities are looked up only once a rule's word
    /// conditions hold: most trigger words fail those cheap checks. All
    /// the sentence's actors, dateline included, in text order.
    pub(crate) actors: std::cell::OnceCell<Vec<Placed>>,
    pub(crate) quantities: std::cell::OnceCell<Vec<Quantity>>,
    /// The matches (article byte spans) of each rule pattern searched for
    /// in the sentence so far, keyed by the pattern's index (rules holding
    /// the same pattern share one compiled regex and its matches): a
    /// pattern is run on its own, once per sentence, when a rule holding
    /// it is tried. (One pass of all the patterns as a `RegexSet` cost
    /// more than the rest of the extractor: its lazy DFA kept building
    /// states.)
    pub(crate) pattern_spans: std::cell::RefCell<Vec<PatternSpans>>,
    /// Token index where each clause starts; the last clause runs to the end.
    pub(crate) clause_starts: Vec<usize>,
    /// The article's date, when known.
    pub(crate) day: Option<crate::dates::Day>,
}

/// A clause of a sentence: words `start..end`, the `index`-th clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Clause {
    pub(crate) index: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// A trigger in a sentence: bytes `start..end` of the article, words
/// `first..past` of the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TriggerSpan {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) first: usize,
    pub(crate) past: usize,
}

impl TriggerSpan {
    /// The trigger at bytes `start..end` with the words it covers (at least
    /// one); `None` when no word of the sentence ends after `start`.
    pub(crate) fn locate(v: &View, start: usize, end: usize) -> Option<TriggerSpan> {
        let first = v.token_at(start)?;
        // (One past the last word starting before `end`.)
        let past = v.tokens.partition_point(|k| k.start < end).max(first + 1);
        Some(TriggerSpan {
            start,
            end,
            first,
            past,
        })
    }
}

impl<'a> View<'a> {
    /// The view's word and word-id buffers, for the next sentence's view
    /// ([`Extractor::view`]).
    pub(crate) fn into_buffers(self) -> (Vec<Token<'a>>, Vec<u32>) {
        (self.tokens, self.ids)
    }

    /// The first word that ends after byte `at` (the word holding it, or
    /// the next one); `None` when none does. A binary search: the words
    /// are in text order.
    pub(crate) fn token_at(&self, at: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|k| k.end <= at);
        (i < self.tokens.len()).then_some(i)
    }

    /// The first word that starts at or after byte `at`; `None` when none
    /// does.
    pub(crate) fn token_from(&self, at: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|k| k.start < at);
        (i < self.tokens.len()).then_some(i)
    }

    /// The clause holding word `tok`.
    pub(crate) fn clause_of(&self, tok: usize) -> Clause {
        let index = self
            .clause_starts
            .iter()
            .rposition(|&s| s <= tok)
            .unwrap_or(0);
        let start = self.clause_starts[index];
        let end = self
            .clause_starts
            .get(index + 1)
            .copied()
            .unwrap_or(self.tokens.len());
        Clause { index, start, end }
    }

    /// The article lowercased (for rules' `article` words), made on first
    /// use.
    pub(crate) fn lower_article(&self) -> &str {
        self.lower
            .get_or_init(|| segment::to_lowercase(self.article))
    }
}

impl Extractor {
    /// The sentence's actors that can be parties to an event: those after
    /// a dateline ("TOKYO, March 3 - ").
    pub(crate) fn actors_of<'v>(&self, v: &'v View) -> &'v [Placed] {
        let all = self.all_actors_of(v);
        // (Matches come in text order: the dateline's are a prefix.)
        let first = all.partition_point(|p| p.m.start < v.dateline_end);
        &all[first..]
    }

    /// Every actor of the sentence, dateline included, found on first use.
    pub(crate) fn all_actors_of<'v>(&self, v: &'v View) -> &'v [Placed] {
        v.actors.get_or_init(|| {
            self.lexicon
                .find_in(&v.cx.scope, v.sentence.start, v.sentence.end, v.day)
                .into_iter()
                .filter_map(|m| {
                    if v.bare {
                        return Some(Placed { m, tok: 0 });
                    }
                    let tok = v.token_at(m.start)?;
                    Some(Placed { m, tok })
                })
                .collect()
        })
    }

    /// A money mention with a bare "dlrs" or "francs" given the article's
    /// currency (see [`crate::quantity::CurrencyContext`]).
    pub(crate) fn in_article_currency(&self, v: &View, q: &Quantity) -> Quantity {
        let mut q = q.clone();
        v.currency.resolve(&mut q);
        q
    }

    /// The sentence's money, percentages and counts, found on first use.
    pub(crate) fn quantities_of<'v>(&self, v: &'v View) -> &'v [Quantity] {
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
pub(crate) struct Placed {
    pub(crate) m: ActorMatch,
    pub(crate) tok: usize,
}

impl Extractor {
    /// The article `text` (published on `day`) ready for sentence views.
    pub(crate) fn article<'a>(
        &'a self,
        text: &'a str,
        day: Option<crate::dates::Day>,
    ) -> ArticleCx<'a> {
        ArticleCx {
            text,
            day,
            lower: std::cell::OnceCell::new(),
            currency: crate::quantity::ArticleCurrency::new(text, &self.quantities),
            scope: crate::lexicon::ArticleScope::new(text),
            countries: Default::default(),
            pledge_genre: Default::default(),
            topics: Default::default(),
            topic_lists: Default::default(),
            ascii_lower: Default::default(),
            word_senses: Default::default(),
            own_session_seen: Default::default(),
            sports: Default::default(),
            utility_story: Default::default(),
            mountain: Default::default(),
        }
    }

    /// The view of one sentence of article `a`, its words and word ids
    /// written into `buffers` (the `tokens` and `ids` of an earlier view
    /// of the article, taken back with [`View::into_buffers`]), so that
    /// the sentences of an article share two allocations.
    pub(crate) fn view<'a>(
        &self,
        a: &'a ArticleCx<'a>,
        sentence: Sentence,
        buffers: (Vec<Token<'a>>, Vec<u32>),
    ) -> View<'a> {
        let mut view = self.bare_view(a, sentence);
        let (mut tokens, mut ids) = buffers;
        segment::tokens_into(
            &a.text[sentence.start..sentence.end],
            sentence.start,
            &mut tokens,
        );
        let mut scratch = String::new();
        ids.clear();
        ids.extend(
            tokens
                .iter()
                .map(|t| self.interner.get_token(t.text, &mut scratch)),
        );
        view.tokens = tokens;
        view.ids = ids;
        view.bare = false;
        view.clause_starts = self.clauses(&view);
        view
    }

    /// The view of one sentence without tokens, word ids and clauses:
    /// enough for its actors and quantities (the `mentions` sink), not for
    /// rules.
    pub(crate) fn bare_view<'a>(&self, a: &'a ArticleCx<'a>, sentence: Sentence) -> View<'a> {
        let (article, lower, currency, day) = (a.text, &a.lower, &a.currency, a.day);
        let slice = &article[sentence.start..sentence.end];
        let dateline_end = segment::dateline_end(slice).map_or(0, |e| sentence.start + e);
        View {
            article,
            cx: a,
            lower,
            currency,
            sentence,
            tokens: Vec::new(),
            bare: true,
            ids: Vec::new(),
            dateline_end,
            actors: std::cell::OnceCell::new(),
            quantities: std::cell::OnceCell::new(),
            pattern_spans: std::cell::RefCell::new(Vec::new()),
            clause_starts: vec![0],
            day,
        }
    }

    /// Clause boundaries: semicolons; a comma before "which", "while", "but"
    /// ...; ", and" before a new subject or verb; the comma closing a leading
    /// subordinate clause ("While Japan has ..., negotiations ...").
    pub(crate) fn clauses(&self, v: &View) -> Vec<usize> {
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
                    || (phrase_at(&v.ids, i, &c.clause_joiners)
                        && i + 1 < v.ids.len()
                        && phrase_at(&v.ids, i + 1, &c.clause_continuers))
            } else {
                false
            };
            // A subordinate clause opening after "that" runs to the next
            // comma ("adding that while the ECGD could not yet announce new
            // cover, it was holding discussions").
            let sub_after_that = !boundary
                && phrase_at(&v.ids, i - 1, &c.complementizers)
                && phrase_at(&v.ids, i, &c.reported_subordinators);
            if sub_after_that {
                sub_open = true;
            }
            if boundary || sub_after_that {
                starts.push(i);
            }
        }
        starts
    }

    /// The index of the word before token `tok`, skipping determiners and up
    /// to two capitalised words (titles and names: "on South Korean President Lee").
    pub(crate) fn preceding_word(&self, v: &View, tok: usize) -> Option<usize> {
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

    /// The word index where the last match of one of rule `rule`'s
    /// patterns starts that lies wholly in words `lo..hi`; `None` when the
    /// rule has no patterns or none matches there.
    pub(crate) fn pattern_in(&self, v: &View, rule: usize, lo: usize, hi: usize) -> Option<usize> {
        self.patterns_in(v, rule, lo, hi).map(|(_, last)| last)
    }

    /// The word indices where the first and the last match of one of rule
    /// `rule`'s patterns start that lie wholly in words `lo..hi`; `None`
    /// when the rule has no patterns or none matches there.
    pub(crate) fn patterns_in(
        &self,
        v: &View,
        rule: usize,
        lo: usize,
        hi: usize,
    ) -> Option<(usize, usize)> {
        let patterns = self.rules.rule_pattern_ids(rule);
        if patterns.is_empty() || lo >= hi {
            return None;
        }
        let base = v.sentence.start;
        let text = &v.article[base..v.sentence.end];
        let (from, to) = (v.tokens[lo].start, v.tokens[hi - 1].end);
        let mut found: Option<(usize, usize)> = None;
        let mut cache = v.pattern_spans.borrow_mut();
        // An ASCII sentence (most) is searched with the patterns' ASCII-only forms.
        let ascii = text.is_ascii();
        for &key in patterns {
            let k = match cache.iter().position(|(p, _)| *p == key) {
                Some(k) => k,
                None => {
                    // Most searches find nothing: the window alone is read
                    // first, and only a pattern found there is searched
                    // for in the whole sentence (its matches, kept for
                    // the sentence's other triggers, are where the
                    // sentence's search puts them). None in the window
                    // means none of the sentence's matches lies there.
                    if !self
                        .rules
                        .pattern_found_in(key, text, ascii, from - base..to - base)
                    {
                        continue;
                    }
                    let mut spans = self.rules.pattern_matches(key, text, ascii);
                    for (s, e) in &mut spans {
                        *s += base;
                        *e += base;
                    }
                    cache.push((key, spans));
                    cache.len() - 1
                }
            };
            for &(s, e) in &cache[k].1 {
                if s >= from
                    && e <= to
                    && let Some(tok) = v.token_at(s)
                {
                    found = Some(found.map_or((tok, tok), |(a, b)| (a.min(tok), b.max(tok))));
                }
            }
        }
        found
    }

    /// The length in words of the longest of `list` (phrases of any
    /// length) that ends right before token `tok`, as
    /// [`Extractor::preceding_word`] skips; 0 when none does.
    pub(crate) fn preceding_phrase_len(&self, v: &View, tok: usize, list: &Phrases) -> usize {
        if list.is_empty() {
            return 0;
        }
        self.preceding_word(v, tok).map_or(0, |i| {
            list.iter()
                .filter(|p| p.len() <= i + 1 && v.ids[i + 1 - p.len()..=i] == p[..])
                .map(<[u32]>::len)
                .max()
                .unwrap_or(0)
        })
    }

    pub(crate) fn preceded_by(&self, v: &View, tok: usize, list: &Phrases) -> bool {
        self.preceding_word(v, tok)
            .is_some_and(|i| list.iter().any(|p| p.len() == 1 && p[0] == v.ids[i]))
    }
}

/// Bytes of an article's first line read as its headline for genre cues.
const HEADLINE_BYTES: usize = 200;

/// An article's headline: its first line, at most [`HEADLINE_BYTES`] long.
pub(crate) fn headline_of(text: &str) -> &str {
    let line = text.trim_start().lines().next().unwrap_or("");
    let mut n = HEADLINE_BYTES.min(line.len());
    while !line.is_char_boundary(n) {
        n -= 1;
    }
    &line[..n]
}

/// A headline: the article's first sentence, or a sentence in capitals.
pub(crate) fn is_headline(v: &View) -> bool {
    // A first line ending in a full stop is a sentence, not a headline.
    let full_stop = v.article[v.sentence.start..v.sentence.end]
        .trim_end()
        .ends_with('.');
    (v.sentence.index == 0 && !full_stop) || is_all_caps_sentence(v)
}

/// A line of the article's head: its title, or a deck or standfirst line
/// under it that stands alone on its line with no closing full stop
/// ("Funds to ease pressure on reserves; ADB's $500m loan tied to reforms").
/// The head tells the story before its body does.
pub(crate) fn head_line(article: &str, s: &crate::segment::Sentence) -> bool {
    let text = article[s.start..s.end].trim_end();
    if s.index == 0 {
        // (A first line ending in a colon opens a list, as a later one
        // does: "New tariff rates:" over its bulleted rates.)
        return !text.ends_with(['.', ':']);
    }
    if s.index > 2 {
        return false;
    }
    let alone = article[s.end..]
        .chars()
        .take_while(|c| c.is_whitespace())
        .any(|c| c == '\n')
        || s.end >= article.trim_end().len();
    // (A closing quote ends a sentence only after its stop: a deck line
    // "Trump says AUKUS is going “full steam ahead”" is no sentence.)
    let unquoted = text.trim_end_matches(['"', '\u{201d}', '\'', '\u{2019}']);
    alone && !unquoted.ends_with(['.', '!', '?', ':', ')', ','])
}

pub(crate) fn is_all_caps_sentence(v: &View) -> bool {
    let text = &v.article[v.sentence.start..v.sentence.end];
    !text.chars().any(|c| c.is_lowercase())
}
