//! The sense model's `art-word` features: the lowercase words of the
//! article's first `ARTICLE_WORDS` bytes (four letters or more, names and
//! numbers left out), conjoined with the candidate's type, the same for
//! every candidate of the article; words further down give none.

use newsevents::Extractor;
use newsevents::sense::features::{ARTICLE_WORDS, ArticleCues, Cues, event_features};

mod common;
use common::features_of;

/// The `art-word` features of the first candidate of `ty` in `text`.
fn article_words(text: &str, ty: &str) -> Vec<String> {
    features_of(text, ty)
        .into_iter()
        .filter(|f| f.contains("|art-word:"))
        .collect()
}

#[test]
fn article_words_name_the_story_s_vocabulary() {
    let filler = " Traders said volumes were thin.".repeat(ARTICLE_WORDS / 20);
    // (article, type, features wanted, features absent)
    let cases: [(String, &str, &[&str], &[&str]); 4] = [
        (
            "Shares in the lender rose sharply on Tuesday after the bank said it had \
             arranged a 200 mln dlr credit facility for its own operations."
                .to_string(),
            "pledge",
            &[
                "pledge|art-word:lender",
                "pledge|art-word:rose",
                "pledge|art-word:facility",
            ],
            // Short words, numbers and capitalised words (a sentence's
            // first word too, as in the word features) give none.
            &[
                "pledge|art-word:shares",
                "pledge|art-word:the",
                "pledge|art-word:#num",
                "pledge|art-word:tuesday",
            ],
        ),
        (
            "The government of Ghana said the World Bank had agreed to lend it \
             150 mln dlrs to rebuild roads damaged by the floods."
                .to_string(),
            "pledge",
            &[
                "pledge|art-word:government",
                "pledge|art-word:rebuild",
                "pledge|art-word:floods",
            ],
            &["pledge|art-word:ghana", "pledge|art-word:world"],
        ),
        (
            "Foreign ministers of the two countries will meet in Geneva next week to \
             discuss the border dispute, officials said."
                .to_string(),
            "meeting",
            &[
                "meeting|art-word:countries",
                "meeting|art-word:ministers",
                "meeting|art-word:dispute",
            ],
            &["meeting|art-word:geneva", "pledge|art-word:foreign"],
        ),
        // Past the article's first bytes the words count no more.
        (
            format!(
                "Markets were quiet.{filler} Foreign ministers of the two countries will \
                 meet in Geneva next week to discuss the border dispute."
            ),
            "meeting",
            &[
                "meeting|art-word:volumes",
                "meeting|art-word:quiet",
                "meeting|art-word:thin",
            ],
            &["meeting|art-word:dispute", "meeting|art-word:border"],
        ),
    ];
    for (text, ty, want, absent) in &cases {
        let got = article_words(text, ty);
        for w in *want {
            assert!(
                got.iter().any(|g| g == w),
                "{w} missing for {text:?}: {got:?}"
            );
        }
        for a in *absent {
            assert!(
                !got.iter().any(|g| g == a),
                "{a} present for {text:?}: {got:?}"
            );
        }
    }
}

/// Every candidate of an article gets the same article words.
#[test]
fn every_candidate_of_an_article_gets_the_same_words() {
    let text = "Japan pledged 2 billion dlrs in aid to the Philippines on Monday. \
                Officials said Japan will lend the Philippines a further 500 mln dlrs \
                next year to support farming.";
    let ex = Extractor::embedded().unwrap().with_sense(None);
    let events = ex.extract("doc", text);
    let pledges: Vec<_> = events
        .iter()
        .filter(|e| e.event_type.as_str() == "pledge")
        .collect();
    assert!(pledges.len() >= 2, "{events:?}");
    let cues = Cues::embedded();
    let art = ArticleCues::new(&cues, text, &events);
    let words = |e| -> Vec<String> {
        event_features(&cues, &art, text, e)
            .into_iter()
            .filter(|f| f.contains("|art-word:"))
            .collect()
    };
    let first = words(pledges[0]);
    assert!(
        first.contains(&"pledge|art-word:farming".to_string()),
        "{first:?}"
    );
    for e in &pledges[1..] {
        assert_eq!(words(e), first);
    }
}
