//! An [`Event`]'s JSON line written field by field: the bytes
//! `serde_json::to_writer` writes for its derived `Serialize` (field order,
//! `null`s, escapes, number forms), without a serializer call per field.
//!
//! Writing the events through serde cost about 13,000 instructions an event
//! (`extract` over both shared corpora: 98M of 4.17G), most of it escaping
//! the sentence text (every Reuters sentence holds a line break) one byte at
//! a time and a call per field. Strings here are scanned eight bytes at a
//! time for a byte to escape; floats and the rare parts (`when`'s value,
//! `explain`) still go through `serde_json`, so their forms are its own.
//! `tests::events_are_written_as_serde_json_writes_them` compares the two on
//! every event of the repository's articles.

use crate::event::{Actor, Event, Span};
use serde::Serialize;

/// Appends `e`'s JSON object (no line end) to `out`.
pub(crate) fn write_event(e: &Event, out: &mut Vec<u8>) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"doc\":");
    json_str(out, &e.doc);
    out.extend_from_slice(b",\"id\":");
    json_str(out, &e.id);
    out.extend_from_slice(b",\"type\":");
    json_str(out, e.event_type.as_str());
    out.extend_from_slice(b",\"modality\":");
    json_str(out, e.modality.as_str());
    out.extend_from_slice(b",\"trigger\":");
    span(out, &e.trigger);
    out.extend_from_slice(b",\"sentence\":{\"index\":");
    json_usize(out, e.sentence.index);
    out.extend_from_slice(b",\"start\":");
    json_usize(out, e.sentence.start);
    out.extend_from_slice(b",\"end\":");
    json_usize(out, e.sentence.end);
    out.extend_from_slice(b",\"text\":");
    json_str(out, &e.sentence.text);
    out.extend_from_slice(b"},\"actors\":[");
    for (k, a) in e.actors.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        actor(out, a);
    }
    out.extend_from_slice(b"],\"amount\":");
    match &e.amount {
        Some(a) => {
            out.extend_from_slice(b"{\"text\":");
            json_str(out, &a.text);
            out.extend_from_slice(b",\"value\":");
            serde_value(out, &a.value)?;
            out.extend_from_slice(b",\"currency\":");
            json_str(out, &a.currency);
            start_end(out, a.start, a.end);
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"rate\":");
    match &e.rate {
        Some(r) => {
            out.extend_from_slice(b"{\"text\":");
            json_str(out, &r.text);
            out.extend_from_slice(b",\"value\":");
            serde_value(out, &r.value)?;
            start_end(out, r.start, r.end);
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"product\":");
    match &e.product {
        Some(p) => span(out, p),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"location\":");
    match &e.location {
        Some(l) => {
            out.extend_from_slice(b"{\"text\":");
            json_str(out, &l.text);
            out.extend_from_slice(b",\"name\":");
            json_str(out, &l.name);
            out.extend_from_slice(b",\"country\":");
            opt_str(out, l.country.as_deref());
            start_end(out, l.start, l.end);
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"count\":");
    match &e.count {
        Some(c) => {
            out.extend_from_slice(b"{\"text\":");
            json_str(out, &c.text);
            out.extend_from_slice(b",\"value\":");
            serde_value(out, &c.value)?;
            out.extend_from_slice(b",\"of\":");
            json_str(out, &c.of);
            start_end(out, c.start, c.end);
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"when\":");
    match &e.when {
        Some(w) => {
            out.extend_from_slice(b"{\"text\":");
            json_str(out, &w.text);
            out.extend_from_slice(b",\"start\":");
            json_usize(out, w.start);
            out.extend_from_slice(b",\"end\":");
            json_usize(out, w.end);
            out.extend_from_slice(b",\"value\":");
            serde_value(out, &w.value)?;
            out.push(b'}');
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"rule\":");
    json_str(out, &e.rule);
    out.extend_from_slice(b",\"cameo\":");
    opt_str(out, e.cameo.as_deref());
    out.extend_from_slice(b",\"plover\":");
    opt_str(out, e.plover.as_deref());
    out.extend_from_slice(b",\"key\":");
    json_str(out, &e.key);
    out.extend_from_slice(b",\"confidence\":");
    serde_value(out, &e.confidence)?;
    // (Left out when absent: `skip_serializing_if`.)
    if let Some(x) = &e.explain {
        out.extend_from_slice(b",\"explain\":");
        serde_value(out, x)?;
    }
    out.push(b'}');
    Ok(())
}

/// A value `serde_json` writes itself: a float (its shortest form, `null`
/// when not finite), a time value, the explain block.
fn serde_value<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) -> serde_json::Result<()> {
    serde_json::to_writer(&mut *out, v)
}

fn span(out: &mut Vec<u8>, s: &Span) {
    out.extend_from_slice(b"{\"text\":");
    json_str(out, &s.text);
    start_end(out, s.start, s.end);
}

fn actor(out: &mut Vec<u8>, a: &Actor) {
    out.extend_from_slice(b"{\"role\":");
    json_str(out, a.role.as_str());
    out.extend_from_slice(b",\"text\":");
    json_str(out, &a.text);
    out.extend_from_slice(b",\"name\":");
    json_str(out, &a.name);
    out.extend_from_slice(b",\"kind\":");
    json_str(out, &a.kind);
    out.extend_from_slice(b",\"country\":");
    opt_str(out, a.country.as_deref());
    start_end(out, a.start, a.end);
}

/// `,"start":S,"end":E}`: how every span-like object ends.
fn start_end(out: &mut Vec<u8>, start: usize, end: usize) {
    out.extend_from_slice(b",\"start\":");
    json_usize(out, start);
    out.extend_from_slice(b",\"end\":");
    json_usize(out, end);
    out.push(b'}');
}

fn opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// Appends `n` in decimal, as `serde_json` writes an unsigned integer.
pub(crate) fn json_usize(out: &mut Vec<u8>, mut n: usize) {
    // Two digits per division, from a table of the hundred pairs (the
    // offsets `mentions` writes three of per line have three to five).
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    while n >= 100 {
        let d = n % 100 * 2;
        n /= 100;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[d..d + 2]);
    }
    if n >= 10 {
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[n * 2..n * 2 + 2]);
    } else {
        at -= 1;
        buf[at] = b'0' + n as u8;
    }
    out.extend_from_slice(&buf[at..]);
}

/// What `serde_json` writes after a backslash for each byte it escapes
/// (`u`: `\u00XX`), 0 for a byte written as it stands: its own table.
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0a] = b'n';
    t[0x0c] = b'f';
    t[0x0d] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// Whether any of the eight bytes of `x` may need an escape: a control
/// byte (below 0x20), `"` or `\`. Never false when one does (the word-wide
/// zero-byte test has no false negatives); a chunk it flags is checked
/// byte by byte.
#[inline]
fn may_escape(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    control | zero_byte(x ^ (ONES * u64::from(b'"'))) | zero_byte(x ^ (ONES * u64::from(b'\\')))
        != 0
}

/// Appends `s` as a JSON string, escaped as `serde_json` escapes it. Runs
/// of bytes that need no escape (all of most strings) are copied whole.
pub(crate) fn json_str(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    // Bytes before `run` are written.
    let mut run = 0;
    let escape_at = |out: &mut Vec<u8>, k: usize, run: &mut usize| {
        let e = ESCAPE[usize::from(b[k])];
        if e == 0 {
            return;
        }
        out.extend_from_slice(&b[*run..k]);
        *run = k + 1;
        if e == b'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b[k] >> 4)],
                HEX[usize::from(b[k] & 0xf)],
            ]);
        } else {
            out.extend_from_slice(&[b'\\', e]);
        }
    };
    let mut i = 0;
    while i + 8 <= b.len() {
        let x = u64::from_le_bytes(b[i..i + 8].try_into().expect("eight bytes"));
        if may_escape(x) {
            for k in i..i + 8 {
                escape_at(out, k, &mut run);
            }
        }
        i += 8;
    }
    for k in i..b.len() {
        escape_at(out, k, &mut run);
    }
    out.extend_from_slice(&b[run..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Strings of every escaped byte, at every place in an eight-byte
    /// chunk, beside non-ASCII text, come out as `serde_json` writes them.
    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut cases: Vec<String> = vec![
            String::new(),
            "plain".into(),
            "Venezuela and its bank advisory\ncommittee".into(),
            "\"quoted\" \\ back\\slash\t\r\u{8}\u{c}\u{1f}\u{7f}".into(),
            "Zürich – “curly” ‘quotes’ and € £ 中文".into(),
        ];
        for c in 0u8..0x80 {
            for at in 0..17 {
                let mut s = "abcdefghijklmnopq".to_string();
                s.insert(at, char::from(c));
                cases.push(s);
            }
        }
        for s in &cases {
            let mut got = Vec::new();
            json_str(&mut got, s);
            assert_eq!(got, serde_json::to_vec(s).unwrap(), "{s:?}");
        }
        for n in [0, 7, 10, 99, 12345, usize::MAX] {
            let mut got = Vec::new();
            json_usize(&mut got, n);
            assert_eq!(got, serde_json::to_vec(&n).unwrap());
        }
    }

    proptest::proptest! {
        /// Any string at all, as `serde_json` writes it.
        #[test]
        fn any_string_is_written_as_serde_json_writes_it(s in "\\PC*|[\\x00-\\x7f]*") {
            let mut got = Vec::new();
            json_str(&mut got, &s);
            proptest::prop_assert_eq!(got, serde_json::to_vec(&s).unwrap());
        }
    }

    /// Every event of the repository's articles, with and without the
    /// explain block and with every optional part present somewhere,
    /// written byte for byte as `serde_json` writes it.
    #[test]
    fn events_are_written_as_serde_json_writes_them() {
        let plain = crate::extract::Extractor::embedded().expect("the embedded data loads");
        let explained = crate::extract::Extractor::embedded()
            .expect("the embedded data loads")
            .with_explain(true);
        let mut seen = [0usize; 7];
        for text in crate::phrases_dfa::repository_texts() {
            for ex in [&plain, &explained] {
                for e in ex.extract_dated("doc\"1", &text, Some("1987-03-02")) {
                    let mut got = Vec::new();
                    write_event(&e, &mut got).unwrap();
                    assert_eq!(
                        String::from_utf8(got).unwrap(),
                        serde_json::to_string(&e).unwrap()
                    );
                    for (k, there) in [
                        e.amount.is_some(),
                        e.rate.is_some(),
                        e.product.is_some(),
                        e.location.is_some(),
                        e.count.is_some(),
                        e.when.is_some(),
                        e.explain.is_some(),
                    ]
                    .into_iter()
                    .enumerate()
                    {
                        seen[k] += usize::from(there);
                    }
                }
            }
        }
        assert!(
            seen.iter().all(|&n| n > 0),
            "each optional part written: {seen:?}"
        );
    }
}
