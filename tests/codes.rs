//! CAMEO / PLOVER codes and article dates through the binary: each event
//! carries the codes the mapping in `data/codes.toml` gives it, and a dated
//! article resolves "the president" to the office holder of its day.

mod common;

fn extract(jsonl: &str) -> Vec<serde_json::Value> {
    common::ok_lines(&common::run_stdin(
        &["extract", "--jsonl"],
        jsonl.as_bytes(),
    ))
}

fn article(id: &str, date: &str, text: &str) -> String {
    let mut v = serde_json::json!({"id": id, "text": text});
    if !date.is_empty() {
        v["date"] = date.into();
    }
    format!("{v}\n")
}

#[test]
fn events_carry_codes_from_the_mapping() {
    // (text, type, modality, cameo, plover)
    type Case<'a> = (&'a str, &'a str, &'a str, Option<&'a str>, Option<&'a str>);
    let cases: &[Case] = &[
        (
            "Japan pledged 1.5 billion dlrs in aid to the Philippines, officials said.",
            "pledge",
            "asserted",
            Some("0331"),
            Some("AGREE"),
        ),
        (
            "South Korea committed to invest 350 billion dlrs in the United States under the trade deal, officials said.",
            "pledge",
            "asserted",
            Some("0311"),
            Some("AGREE"),
        ),
        (
            "The United States imposed 100 pct tariffs on 300 mln dlrs of Japanese electronic goods on Friday.",
            "tariff",
            "asserted",
            Some("163"),
            Some("SANCTION"),
        ),
        (
            "The United States threatened to impose 100 pct tariffs on Chinese goods if Beijing did not act.",
            "tariff",
            "hypothetical",
            Some("1312"),
            Some("THREATEN"),
        ),
        (
            "President Donald Trump said on Friday he would cut the tariff on Chinese imports to 10% from 20%.",
            "tariff",
            "planned",
            Some("085"),
            Some("CONCEDE"),
        ),
        (
            "U.S. immigration agents raided a Hyundai plant in Georgia, detaining 475 workers.",
            "raid",
            "asserted",
            Some("173"),
            Some("COERCE"),
        ),
        (
            "Trump met Xi Jinping in Busan on Thursday.",
            "meeting",
            "asserted",
            Some("040"),
            Some("CONSULT"),
        ),
        (
            "Trump will meet Xi Jinping in South Korea next week, the White House said.",
            "meeting",
            "planned",
            Some("036"),
            Some("AGREE"),
        ),
    ];
    let input: String = cases
        .iter()
        .enumerate()
        .map(|(i, c)| article(&format!("a{i}"), "2025-10-29", c.0))
        .collect();
    let events = extract(&input);
    for (i, (text, ty, modality, cameo, plover)) in cases.iter().enumerate() {
        let doc = format!("a{i}");
        let e = events
            .iter()
            .find(|e| e["doc"] == doc.as_str())
            .unwrap_or_else(|| panic!("no event in {text:?}"));
        assert_eq!(
            (e["type"].as_str(), e["modality"].as_str()),
            (Some(*ty), Some(*modality)),
            "{text}"
        );
        assert_eq!(
            (e["cameo"].as_str(), e["plover"].as_str()),
            (*cameo, *plover),
            "{text}"
        );
    }
}

#[test]
fn types_without_a_mapping_get_null_codes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.jsonl");
    std::fs::write(
        &input,
        article(
            "s",
            "8-JAN-1986 10:00:00.00",
            "The United States imposed economic sanctions on Libya on Tuesday.",
        ),
    )
    .unwrap();
    let o = common::bin()
        .args(["extract", "--rules", "tests/rules"])
        .arg(&input)
        .output()
        .unwrap();
    let events = common::stdout_lines(&o);
    let s = events
        .iter()
        .find(|e| e["type"] == "sanction")
        .expect("a sanction");
    assert!(s["cameo"].is_null() && s["plover"].is_null(), "{s}");
    assert_eq!(s["key"].as_str().unwrap().len(), 16);
}

#[test]
fn the_president_resolves_by_the_article_date() {
    let text = "WASHINGTON, March 3 - The White House said the president would meet Prime Minister Nakasone in Washington next month. U.S. officials said Congress was pressing for action on the U.S. trade deficit.";
    // (date, who "the president" is; None: not resolved)
    let cases: &[(&str, Option<&str>)] = &[
        ("3-MAR-1987 10:00:00.00", Some("Ronald Reagan")),
        ("1990-03-03", Some("George H. W. Bush")),
        ("", None),
        ("sometime in spring", None),
    ];
    let input: String = cases
        .iter()
        .enumerate()
        .map(|(i, (date, _))| article(&format!("d{i}"), date, text))
        .collect();
    let events = extract(&input);
    for (i, (date, who)) in cases.iter().enumerate() {
        let doc = format!("d{i}");
        let e = events
            .iter()
            .find(|e| e["doc"] == doc.as_str() && e["type"] == "meeting")
            .unwrap_or_else(|| panic!("no meeting for {date:?}"));
        let president = e["actors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["text"] == "president");
        match who {
            Some(name) => {
                let p = president.unwrap_or_else(|| panic!("{date}: {e}"));
                assert_eq!(p["name"], *name, "{date}");
                assert_eq!(p["country"], "USA");
                assert_eq!(p["kind"], "person");
            }
            None => assert!(president.is_none(), "{date}: {e}"),
        }
    }
}
