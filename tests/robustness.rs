//! Never panics, never points outside the text: property tests that feed
//! arbitrary strings and bytes through the whole pipeline (input decoding,
//! the JSON-lines reader, `Extractor::extract`) and check every event with
//! `newsevents::invariants::violations` (offsets and roles). The fuzz target in `fuzz/`
//! drives the same entry points for longer runs.

use newsevents::Extractor;
use newsevents::input::{Decoded, InputOptions, Inputs, Item, decode_article};
use newsevents::invariants::violations as contract_violations;
use proptest::prelude::*;
use std::io::Cursor;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::embedded().expect("embedded data loads"))
}

/// Extracts from `text` and returns every contract violation found.
fn violations(text: &str) -> Vec<String> {
    extractor()
        .extract("prop", text)
        .iter()
        .flat_map(|e| contract_violations(extractor(), e, text))
        .collect()
}

/// Pieces of wire copy that reach deep into the rules: actors, triggers,
/// amounts, rates, datelines, and the characters that break naive slicing.
const PIECES: &[&str] = &[
    "Japan",
    "pledged",
    "1.5",
    "billion",
    "dlrs",
    "in",
    "aid",
    "to",
    "the",
    "Philippines",
    "U.S.",
    "will",
    "impose",
    "100",
    "pct",
    "tariffs",
    "on",
    "Japanese",
    "goods",
    "Reagan",
    "met",
    "Nakasone",
    "in",
    "Washington",
    "police",
    "raided",
    "detained",
    "475",
    "workers",
    "$350 billion",
    "25%",
    "€4.2bn",
    "TOKYO,",
    "March 3",
    "-",
    "–",
    "—",
    "--",
    ",",
    ".",
    ";",
    "\"",
    "(",
    ")",
    "\n",
    "\n\n",
    "é",
    "ü",
    "\u{FFFD}",
    "日本",
    "🙂",
    "\u{200B}",
    "&amp;",
    "<p>",
    "</p>",
    "<a href=\"x\">",
    "Mr.",
    "No.",
    "e.g.",
    "...",
    "'s",
    "not",
    "may",
    "could",
];

fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[A-Z]{2,10},".prop_map(|s| s),
    ];
    proptest::collection::vec(
        (piece, proptest::sample::select(&[" ", "", "  ", "\n"][..])),
        0..80,
    )
    .prop_map(|v| v.into_iter().map(|(p, sep)| p + sep).collect())
}

/// The corpus articles, mutated by inserting arbitrary characters.
fn mutated_article() -> impl Strategy<Value = String> {
    let articles: Vec<String> = std::fs::read_dir("corpus/articles")
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    (
        proptest::sample::select(articles),
        proptest::collection::vec((any::<prop::sample::Index>(), any::<char>()), 1..12),
    )
        .prop_map(|(mut text, inserts)| {
            for (at, c) in inserts {
                let mut i = at.index(text.len() + 1);
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
                text.insert(i, c);
            }
            text
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_strings_never_break_offsets(text in any::<String>()) {
        let v = violations(&text);
        prop_assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn news_like_strings_never_break_offsets(text in newsish()) {
        let v = violations(&text);
        prop_assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn mutated_articles_never_break_offsets(text in mutated_article()) {
        let v = violations(&text);
        prop_assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn arbitrary_bytes_decode_and_extract(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        match decode_article(bytes.clone()) {
            Decoded::Text(t) => prop_assert_eq!(t.as_bytes(), &bytes[..]),
            Decoded::Lossy { text, valid_up_to } => {
                prop_assert!(std::str::from_utf8(&bytes).is_err());
                prop_assert_eq!(&text.as_bytes()[..valid_up_to], &bytes[..valid_up_to]);
                let v = violations(&text);
                prop_assert!(v.is_empty(), "{v:?}");
            }
            Decoded::Binary => prop_assert!(bytes[..bytes.len().min(8192)].contains(&0)),
        }
    }

    #[test]
    fn arbitrary_bytes_as_json_lines(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let options = InputOptions { max_bytes: 1000, stdin_jsonl: true };
        let lines = bytes.split(|b| *b == b'\n').filter(|l| !l.iter().all(u8::is_ascii_whitespace)).count();
        let items: Vec<Item> =
            Inputs::from_jsonl_reader("prop", Box::new(Cursor::new(bytes)), options).collect();
        // Every non-blank line yields exactly one article or one problem.
        prop_assert_eq!(items.len(), lines);
        for item in items {
            match item {
                Item::Article(a) => {
                    let v = violations(&a.text);
                    prop_assert!(v.is_empty(), "{v:?}");
                }
                Item::Problem(p) => {
                    prop_assert!(p.input.starts_with("prop:"), "{}", p.input);
                    prop_assert!(!p.message.contains('\n'), "one line: {}", p.message);
                }
            }
        }
    }

    #[test]
    fn json_lines_with_arbitrary_text_keep_their_text(
        texts in proptest::collection::vec(newsish(), 1..6)
    ) {
        let feed: String = texts
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{}\n", serde_json::json!({"id": i, "text": t})))
            .collect();
        let options = InputOptions { max_bytes: 1 << 20, stdin_jsonl: true };
        let got: Vec<String> = Inputs::from_jsonl_reader("prop", Box::new(Cursor::new(feed.into_bytes())), options)
            .map(|item| match item {
                Item::Article(a) => a.text,
                Item::Problem(p) => panic!("{}: {}", p.input, p.message),
            })
            .collect();
        prop_assert_eq!(got, texts);
    }
}

/// Found by the fuzz target (and by `news_like_strings_never_break_offsets`):
/// a dateline sentence ("HODEIDAH, Yemen – ...") with a multi-byte character
/// across byte 80 panicked in `dateline_end` (now `segment::dateline_end`), which cut the
/// sentence at byte 80 before looking for a char boundary.
#[test]
fn dateline_with_multibyte_char_at_byte_80() {
    let mut text =
        String::from("HODEIDAH, Yemen – Israeli warplanes carried out an air raid on the port of ");
    while text.len() < 79 {
        text.push('x');
    }
    text.push_str("€ city.\n");
    assert!(!text.is_char_boundary(80));
    let v = violations(&text);
    assert!(v.is_empty(), "{v:?}");
}
