//! Unit tests of the lexicon loader and lookup.
use super::*;

fn lex() -> Lexicon {
    let data = r#"{"name":"Turkey","kind":"country","country":"TUR","demonyms":["Turkish"]}
{"name":"United States","kind":"country","country":"USA","aliases":["U.S.","US","America"],"demonyms":["American"]}
{"name":"Georgia","kind":"country","country":"GEO","cues":["Tbilisi"]}
{"name":"Georgia","kind":"place","country":"USA","cues":["U.S.","Atlanta"]}"#;
    Lexicon::from_sources([("test".to_string(), data.to_string())]).unwrap()
}

fn names(l: &Lexicon, t: &str) -> Vec<String> {
    dated_names(l, t, "")
}

/// Every form occurrence in the text, overlapping, by brute force:
/// what the trie must find (up to starts glued to a preceding word).
fn brute_force(forms: &[String], text: &str) -> Vec<(usize, usize, u32)> {
    let lowered = text.to_ascii_lowercase();
    let mut all = Vec::new();
    for (i, f) in forms.iter().enumerate() {
        for s in 0..lowered.len() {
            if lowered.as_bytes()[s..].starts_with(f.as_bytes()) {
                all.push((s, s + f.len(), i as u32));
            }
        }
    }
    all
}

#[test]
fn trie_finds_what_brute_force_finds_on_word_boundaries() {
    let forms: Vec<String> = [
        "u.s.",
        "us",
        "united states",
        "united",
        "états-unis",
        "é",
        "south korea",
        "south korean",
        "south koreans",
        "korea",
        "a",
        "ab",
        "abc",
        "bc",
        "-x",
        "x",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // Every alias as its form: no start is ruled out by case.
    let borrowed: Vec<&str> = forms.iter().map(String::as_str).collect();
    let trie = FormTrie::new(&borrowed, borrowed.iter().copied(), None);
    let texts = [
        "The U.S. and South Koreans met; US-Korea talks. united STATES",
        "abc ab a bc-x x -x éa aé états-unis Étatsus",
        "Ünited Statesus U.S.A. usus ab1 1ab _ab ab_",
        "",
        "é",
        "ka KB kc-kd ke kf kfa kfab kz k ak",
    ];
    for t in texts {
        let mut got = Vec::new();
        trie.find_all(t, false, &mut got);
        let keep = |&(s, e, _): &(usize, usize, u32)| {
            t.is_char_boundary(s) && t.is_char_boundary(e) && on_word_boundaries(t, s, e)
        };
        let mut got: Vec<_> = got.into_iter().filter(keep).collect();
        let mut want: Vec<_> = brute_force(&forms, t).into_iter().filter(keep).collect();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{t:?}");
    }
}

#[test]
fn aliases_starting_in_lowercase_are_found() {
    let data = r#"{"name":"Dominique de Villepin","kind":"person","country":"FRA","aliases":["de Villepin"]}
{"name":"Japan","kind":"country","country":"JPN"}"#;
    let l = Lexicon::from_sources([("test".to_string(), data.to_string())]).unwrap();
    assert_eq!(
        names(
            &l,
            "de Villepin met japan and JAPAN; De Villepin, DE VILLEPIN."
        ),
        vec![
            "Dominique de Villepin:de Villepin",
            "Japan:JAPAN",
            "Dominique de Villepin:DE VILLEPIN"
        ]
    );
}

/// A lowercase alias counts capitalised where a sentence starts ("Six major
/// industrial countries agreed"), not inside one.
#[test]
fn lowercase_aliases_read_capitalised_at_a_sentence_start() {
    let data = r#"{"name":"Dominique de Villepin","kind":"person","country":"FRA","aliases":["de Villepin"]}"#;
    let l = Lexicon::from_sources([("test".to_string(), data.to_string())]).unwrap();
    assert_eq!(
        names(
            &l,
            "De Villepin flew in. \u{201c}De Villepin is here,\u{201d} aides said; De Villepin left."
        ),
        vec![
            "Dominique de Villepin:De Villepin",
            "Dominique de Villepin:De Villepin"
        ]
    );
}

#[test]
fn case_rules() {
    let l = lex();
    assert_eq!(names(&l, "roast turkey for us"), Vec::<String>::new());
    assert_eq!(
        names(&l, "TURKEY AND US TALKS"),
        vec!["Turkey:TURKEY", "United States:US"]
    );
    assert_eq!(
        names(&l, "Americans in Turkey"),
        vec!["United States:Americans", "Turkey:Turkey"]
    );
}

#[test]
fn cues_pick_the_reading() {
    let l = lex();
    let t = "A U.S. raid in Georgia.";
    let m = l.find(t, 0, t.len());
    assert_eq!(l.entry(m[1].entry).country.as_deref(), Some("USA"));
    let t = "Tbilisi: Georgia said.";
    let m = l.find(t, 0, t.len());
    assert_eq!(l.entry(m[0].entry).country.as_deref(), Some("GEO"));
}

fn dated_lex() -> Lexicon {
    let data = r#"{"name":"United States","kind":"country","country":"USA","aliases":["U.S."],"demonyms":["American"]}
{"name":"France","kind":"country","country":"FRA","demonyms":["French"]}
{"name":"Japan","kind":"country","country":"JPN","demonyms":["Japanese"]}
{"name":"Washington","kind":"place","country":"USA","metonym":true}
{"name":"Ronald Reagan","kind":"person","country":"USA","aliases":["Reagan","President Reagan"],"title":"President of the United States","valid_from":"1981-01-20","valid_to":"1989-01-20"}
{"name":"George H. W. Bush","kind":"person","country":"USA","title":"President of the United States","valid_from":"1989-01-20","valid_to":"1993-01-20"}
{"name":"Francois Mitterrand","kind":"person","country":"FRA","aliases":["Mitterrand"],"title":"President of France","valid_from":"1981-05-21","valid_to":"1995-05-17"}
{"name":"Jacques Chirac","kind":"person","country":"FRA","aliases":["Chirac"],"title":"Prime Minister of France","valid_from":"1986-03-20","valid_to":"1988-05-10"}
{"name":"Yasuhiro Nakasone","kind":"person","country":"JPN","aliases":["Nakasone"],"title":"Prime Minister of Japan","valid_from":"1982-11-27","valid_to":"1987-11-06"}
{"name":"Gerhard Stoltenberg","kind":"person","country":"DEU","aliases":["Stoltenberg"],"title":"Finance Minister of West Germany","valid_from":"1982-10-04","valid_to":"1989-04-21"}
{"name":"Jens Stoltenberg","kind":"person","country":"NOR","aliases":["Stoltenberg"],"title":"Secretary General of NATO","valid_from":"2014-10-01","valid_to":"2024-10-01"}"#;
    Lexicon::from_sources([("dated".to_string(), data.to_string())]).unwrap()
}

/// Names found in `t` for an article of `date` ("" for no date).
fn dated_names(l: &Lexicon, t: &str, date: &str) -> Vec<String> {
    l.find_dated(t, 0, t.len(), Day::parse(date))
        .iter()
        .map(|m| format!("{}:{}", l.entry(m.entry).name, &t[m.start..m.end]))
        .collect()
}

#[test]
fn shared_alias_resolves_by_date() {
    let l = dated_lex();
    let t = "Stoltenberg said the tax cuts would go ahead.";
    let cases = [
        ("26-FEB-1987 15:01:01.79", "Gerhard Stoltenberg:Stoltenberg"),
        ("2019-05-02", "Jens Stoltenberg:Stoltenberg"),
    ];
    for (date, want) in cases {
        assert_eq!(dated_names(&l, t, date), vec![want], "{date}");
    }
    // No date: the first entry, as before dates were used.
    assert_eq!(
        dated_names(&l, t, ""),
        vec!["Gerhard Stoltenberg:Stoltenberg"]
    );
}

#[test]
fn role_nouns_resolve_by_date_and_country() {
    let l = dated_lex();
    let us = "WASHINGTON, March 3 - The U.S. trade deficit widened. \
              U.S. officials said the president would veto the bill. \
              Washington wants Japan to open its markets, U.S. officials said.";
    let s = us.find("the president").unwrap();
    let sentence_end = us[s..].find('.').unwrap() + s;
    let found = |date: &str| {
        let m = l.find_dated(us, s, sentence_end, Day::parse(date));
        m.iter()
            .map(|m| format!("{}:{}", l.entry(m.entry).name, &us[m.start..m.end]))
            .collect::<Vec<_>>()
    };
    assert_eq!(found("1987-03-03"), vec!["Ronald Reagan:president"]);
    assert_eq!(found("1990-03-03"), vec!["George H. W. Bush:president"]);
    // No holder in the lexicon for the day, or no date: nothing.
    assert!(found("1975-03-03").is_empty());
    assert!(found("").is_empty());

    let cases: &[(&str, &str, &[&str])] = &[
        // A country adjective names the office; the match covers both words.
        (
            "The French prime minister met Nakasone.",
            "1987-04-01",
            &[
                "Jacques Chirac:French prime minister",
                "Yasuhiro Nakasone:Nakasone",
            ],
        ),
        (
            "Japanese Prime Minister Nakasone arrived.",
            "1987-04-01",
            &["Japan:Japanese", "Yasuhiro Nakasone:Nakasone"],
        ),
        (
            "U.S. President Reagan met the French president.",
            "1987-04-01",
            &[
                "United States:U.S.",
                "Ronald Reagan:President Reagan",
                "Francois Mitterrand:French president",
            ],
        ),
        // No clear country context: one mention each of two countries.
        (
            "Japan and France said the president would attend.",
            "1987-04-01",
            &["Japan:Japan", "France:France"],
        ),
        // Not an office holder.
        (
            "The United States said the vice president and the president of the company met.",
            "1987-04-01",
            &["United States:United States"],
        ),
        // Capitalised words next name someone or something else.
        (
            "The U.S. said American President Lines and the President's Export Council met.",
            "1987-04-01",
            &["United States:U.S.", "United States:American"],
        ),
        // Wire copy breaks lines anywhere.
        (
            "Foreign Ministry sources said French President\nJacques Delors would attend.",
            "1987-04-01",
            &["France:French"],
        ),
        (
            "The U.S. said the president-elect of the U.S. group spoke.",
            "1987-04-01",
            &["United States:U.S.", "United States:U.S."],
        ),
    ];
    for (text, date, want) in cases {
        assert_eq!(dated_names(&l, text, date), *want, "{text}");
    }
}

#[test]
fn bad_lines_reported_with_line_numbers() {
    let data = "{\"name\":\"X\",\"kind\":\"country\",\"country\":\"usa\"}\n{\"nme\":1}";
    let errs = Lexicon::from_sources([("f.jsonl".to_string(), data.to_string())]).unwrap_err();
    assert_eq!(errs.len(), 2);
    assert_eq!((errs[0].line, errs[1].line), (1, 2));
}

/// Every embedded file has a compact form (build.rs understood every
/// line), and it reads as the same entries, on the same lines, as the
/// file's JSON.
#[test]
fn the_compact_lexicon_reads_as_its_json() {
    assert_eq!(DEFAULT_LEXICON.len(), DEFAULT_LEXICON_COMPACT.len());
    for ((name, text), &bytes) in DEFAULT_LEXICON.iter().zip(DEFAULT_LEXICON_COMPACT) {
        assert!(!bytes.is_empty(), "{name}: no compact form");
        let json: Vec<(usize, Entry)> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.trim().starts_with("//"))
            .map(|(n, l)| (n + 1, serde_json::from_str(l.trim()).unwrap()))
            .collect();
        let compact: Vec<(usize, Entry)> = compact::entries(bytes).collect();
        assert_eq!(compact, json, "{name}");
    }
    let a = Lexicon::embedded().unwrap();
    let b = Lexicon::from_sources(
        DEFAULT_LEXICON
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string())),
    )
    .unwrap();
    assert_eq!(a.entries(), b.entries());
}

#[test]
fn group_members_must_be_codes_and_exclude_a_country() {
    let data = concat!(
        r#"{"name":"Group of Five","kind":"organization","members":["USA","JPN","DEU","FRA","GBR"]}"#,
        "\n",
        r#"{"name":"Bad Group","kind":"organization","members":["usa"]}"#,
        "\n",
        r#"{"name":"Odd Group","kind":"organization","country":"USA","members":["JPN"]}"#,
    );
    let errs = Lexicon::from_sources([("g.jsonl".to_string(), data.to_string())]).unwrap_err();
    let lines: Vec<usize> = errs.iter().map(|e| e.line).collect();
    assert_eq!(lines, vec![2, 3], "{errs:?}");
    assert!(errs[0].message.contains("members"), "{}", errs[0].message);
}

/// Role nouns searched once in the whole article
/// ([`ArticleScope::scan_role_nouns_once`], as `mentions` does) give every
/// sentence the actors a search of the sentence alone gives: office holders
/// by role noun in several sentences, a noun twice in one, a noun running
/// into the next sentence's first word, and nouns inside other words.
#[test]
fn role_nouns_searched_once_per_article_match_a_search_per_sentence() {
    let l = dated_lex();
    let article = "PARIS, March 3 - The French prime minister met the president. \
                   The president and the prime minister spoke; the presidents' aides \
                   and the president-elect waited. Japan's prime minister, Nakasone, \
                   flew in. Governmental talks followed: the French president.\
                   President Reagan said the premier's plan was vice-presidential.";
    let day = Day::parse("1987-03-03");
    let per_sentence = ArticleScope::new(article);
    let once = ArticleScope::new(article);
    once.scan_role_nouns_once();
    let mut holders = 0;
    for s in crate::segment::split_sentences(article) {
        let a = l.find_in(&per_sentence, s.start, s.end, day);
        let b = l.find_in(&once, s.start, s.end, day);
        assert_eq!(a, b, "{}", &article[s.start..s.end]);
        holders += a
            .iter()
            .filter(|m| l.entry(m.entry).kind == ActorKind::Person)
            .count();
    }
    assert!(
        holders >= 4,
        "the article's office holders are found: {holders}"
    );
}

/// What [`written_in_lowercase`] decides, as first defined: every run of
/// ASCII letters split out, then counted.
fn lowercase_by_splitting(text: &[u8]) -> bool {
    let (mut words, mut capitalised) = (0usize, 0usize);
    for w in text.split(|b| !b.is_ascii_alphabetic()) {
        if w.len() >= 4 && w.iter().any(u8::is_ascii_lowercase) {
            words += 1;
            capitalised += usize::from(w[0].is_ascii_uppercase());
        }
    }
    words >= LOWERCASE_MIN_WORDS && capitalised * LOWERCASE_RATIO < words
}

/// The early answer of [`written_in_lowercase`] never differs from
/// counting the whole text: lowercase wire copy with a capitalised word
/// here and there, near the ratio, in capitals, with non-ASCII text,
/// short and long.
#[test]
fn lowercase_articles_are_told_as_by_counting_every_word() {
    let lower = "mexico's minister of energy and mines, alfredo del mazo, said output rose. ";
    let mut cases: Vec<String> = vec![
        String::new(),
        lower.to_string(),
        lower.repeat(3),
        lower.repeat(10),
        "Mexico's Minister of Energy said output rose sharply. ".repeat(5),
        "TARIFFS RISE ON STEEL IMPORTS\n".repeat(8),
        "l'économie française reprend, selon les chiffres publiés. ".repeat(6),
    ];
    // One capitalised word among n lowercase ones, at the start or the
    // end, around the ratio of one in 25.
    for n in [18, 19, 20, 23, 24, 25, 26, 30, 48, 49, 50, 51, 75, 76] {
        let body = "word ".repeat(n);
        cases.push(format!("Capital {body}"));
        cases.push(format!("{body}Capital"));
        cases.push(format!("Capital {body}Second {body}"));
        cases.push(format!("Capital Second {body}{body}"));
    }
    for c in &cases {
        assert_eq!(
            written_in_lowercase(c.as_bytes()),
            lowercase_by_splitting(c.as_bytes()),
            "{c:?}"
        );
    }
    assert!(written_in_lowercase(lower.repeat(3).as_bytes()));
}

/// The texts the form scan is compared on: the repository's articles and
/// data files, the shared corpora when `NEWSEVENTS_SHARED` names them,
/// and made-up text around 64-byte block ends.
fn scan_texts() -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    let files = crate::test_texts::files_with_shared(&[
        "corpus/modern",
        "corpus/articles",
        "corpus",
        "data/lexicon",
    ]);
    for f in files {
        if let Ok(text) = std::fs::read_to_string(&f) {
            texts.extend(text.lines().map(str::to_string));
            texts.push(text);
        }
    }
    let pieces = [
        "U.S.",
        "us",
        "Japan",
        "(Reuters)",
        "É",
        "états-unis",
        "de Villepin",
        "x",
        "1986",
        "G7",
        "café",
        "Ünited",
        "’s",
        " ",
        "  ",
        "\n",
        "-",
        "...",
        "\"",
        "9",
        "aB",
        "zz",
    ];
    texts.extend(crate::test_texts::made_up(&pieces, 7, 3000, 200));
    texts
}

/// The form scan by 64-byte masks finds what the byte-by-byte scan it
/// replaced finds, in the same order, in ordinary and lowercase mode.
#[test]
fn the_masked_form_scan_finds_what_the_byte_scan_found() {
    let l = Lexicon::embedded().unwrap();
    let (mut a, mut b) = (Vec::new(), Vec::new());
    let mut found = 0;
    for t in scan_texts() {
        for lowercase in [false, true] {
            a.clear();
            b.clear();
            l.trie.find_all(&t, lowercase, &mut a);
            l.trie.find_all_bytes(&t, lowercase, &mut b);
            assert_eq!(a, b, "{lowercase} {t:?}");
            found += a.len();
        }
    }
    assert!(found > 10_000, "{found}");
}

/// [`written_in_lowercase`] by masks tells every article of the
/// repository (and of the shared corpora, with `NEWSEVENTS_SHARED`), and
/// lowercase text with capitals placed around 64-byte block ends, as
/// counting every word does.
#[test]
fn lowercase_articles_by_masks_are_told_as_by_counting() {
    let mut texts = crate::test_texts::lines_of(&crate::test_texts::files_with_shared(&[
        "corpus/modern",
        "corpus/articles",
        "corpus",
    ]));
    for pad in 0..70 {
        let body = "word ".repeat(30);
        texts.push(format!("{}Capitalised{body}", "x".repeat(pad)));
        texts.push(format!("{body}{}Capitalised{body}", "é".repeat(pad)));
        texts.push(format!("{}{body}", "abcdefgh".repeat(pad)));
    }
    let mut lowercase = 0;
    for t in &texts {
        let got = written_in_lowercase(t.as_bytes());
        assert_eq!(got, lowercase_by_splitting(t.as_bytes()), "{t:?}");
        lowercase += usize::from(got);
    }
    assert!(lowercase > 0);
}

/// The actor trie build.rs wrote for the embedded lexicon is built from
/// the forms the run-time path gives them, and equals the trie it builds.
#[test]
fn embedded_trie_is_the_trie_of_the_embedded_forms() {
    let mut loader = Loader::new();
    loader.add_embedded();
    let lexicon = loader.finish().unwrap();
    let mut forms: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    // The forms in the order `Lexicon::compile` numbers them: their
    // variants' spellings lowercased, first seen first.
    for p in &lexicon.patterns {
        let key = p[0].0.spelling.to_ascii_lowercase();
        assert!(seen.insert(key.clone()), "{key}");
        forms.push(key);
    }
    let borrowed: Vec<&str> = forms.iter().map(String::as_str).collect();
    let built = crate::trie::ByteTrie::new(&borrowed);
    let embedded = embedded_trie(&borrowed);
    // Read in place from the binary, not copied out (on a little-endian
    // host: build.rs writes the bytes so).
    assert_eq!(
        embedded.as_ref().map(|t| t.is_in_place()),
        Some(cfg!(target_endian = "little"))
    );
    assert_eq!(embedded, Some(built));
    // A changed form misses.
    let mut other = borrowed.clone();
    other[0] = "not a form of the lexicon";
    assert_eq!(embedded_trie(&other), None);
    assert_eq!(embedded_trie(&borrowed[1..]), None);
}

/// The embedded lexicon's variant lists numbered by the forms build.rs
/// worked out are the ones the map of lowercased spellings gives; entries
/// that are not the embedded ones (a spelling added, an entry missing)
/// are numbered by the map.
#[test]
fn embedded_form_numbers_are_the_mapped_ones() {
    let mut loader = Loader::new();
    loader.add_embedded();
    let mut entries = loader.entries.clone();
    let (fast, forms) = embedded_patterns(&entries).expect("the embedded spellings fit");
    let (mapped, _) = Lexicon::mapped_patterns(&entries);
    let flat = |p: &[Vec<(Variant, bool)>]| -> Vec<Vec<(String, usize, bool)>> {
        p.iter()
            .map(|l| {
                l.iter()
                    .map(|(v, d)| (v.spelling.clone(), v.entry, *d))
                    .collect()
            })
            .collect()
    };
    assert_eq!(flat(&fast), flat(&mapped));
    assert_eq!(forms.len(), mapped.len());
    for (form, list) in forms.iter().zip(&mapped) {
        assert_eq!(*form, list[0].0.spelling.to_ascii_lowercase());
    }
    assert!(embedded_patterns(&entries[1..]).is_none());
    assert!(embedded_patterns(&entries[..entries.len() - 1]).is_none());
    let last = entries.len() - 1;
    entries[last]
        .aliases
        .push("Not A Spelling Of The Lexicon".to_string());
    assert!(embedded_patterns(&entries).is_none());
    entries[last].aliases.pop();
    let other = entries[1].name.clone();
    entries[0].aliases.insert(0, other);
    assert!(embedded_patterns(&entries).is_none());
}

/// The role nouns found in one pass are those a search per noun finds, on
/// the repository's articles (and the shared corpora, with
/// `NEWSEVENTS_SHARED`) and made-up text; the embedded nouns take the one
/// pass; words that could overlap do not.
#[test]
fn role_nouns_in_one_pass_are_those_searched_one_by_one() {
    let lexicon = Lexicon::embedded().unwrap();
    assert!(one_pass_role_searcher(&lexicon.role_finders).is_some());
    let mut texts = crate::test_texts::lines_of(&crate::test_texts::files_with_shared(&[
        "corpus/modern",
        "corpus/articles",
        "corpus",
    ]));
    let pieces = [
        "President",
        "the",
        "PRIME MINISTER",
        "prime",
        "minister",
        "premiership",
        "Government",
        "centre",
        "-",
        " ",
        "\n",
        "administrations",
        "chancellor's",
        "é",
        "president-elect",
    ];
    texts.extend(crate::test_texts::made_up(&pieces, 5, 2000, 100));
    let mut found = 0;
    for t in &texts {
        let hits = lexicon.role_hits(t);
        assert_eq!(
            hits,
            lexicon.role_hits_each(&t.to_ascii_lowercase()),
            "{t:?}"
        );
        found += hits.iter().map(Vec::len).sum::<usize>();
    }
    assert!(found > 100, "{found}");
    let cases: [&[&str]; 6] = [
        &["ab", "ba"],
        &["aa"],
        &["abc", "b"],
        &["x", "x"],
        &["abca"],
        &[""],
    ];
    fn bytes<'a>(w: &[&'a str]) -> Vec<&'a [u8]> {
        w.iter().map(|w| w.as_bytes()).collect()
    }
    for words in cases {
        assert!(!occurrences_never_overlap(&bytes(words)), "{words:?}");
    }
    assert!(occurrences_never_overlap(&bytes(&[
        "president",
        "premier",
        "centre"
    ])));
}
