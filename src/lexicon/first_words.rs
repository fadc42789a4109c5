//! A Bloom filter of the lexicon forms' first words, asked before the form
//! trie is walked from a word start.
//!
//! Most capitalised words of news text ("Thursday", "The", "Analysts")
//! begin no actor name, yet the trie was walked from each of them, a few
//! nodes deep, and those nodes are scattered over a few megabytes: the
//! walk stalled on memory more than it executed (`mentions` spent a
//! quarter of its cycles there). The filter answers from 16 KiB.
//!
//! A form's *first word* is its leading run of ASCII letters and digits,
//! lowercased (forms are stored ASCII-lowercased). A form starting with
//! another byte has none and is not covered: callers ask the filter only
//! at a word start with an ASCII letter or digit. There the form can match
//! on word boundaries only when the text's own run from that start equals
//! the form's first word: if the form goes on past its first word, the
//! byte after it is no ASCII letter or digit and the text must have the
//! same byte there; if the form ends with it, a text run going on would
//! glue the match to the next letter, which
//! [`crate::segment::on_word_boundaries`] rejects. So a "no" loses no
//! match; a "maybe" (about 2% false ones) just walks the trie as before.

/// Bits in the filter: 2^17 (16 KiB), for some thousands of first words.
const BITS: usize = 1 << 17;

/// The filter: two bits per first word.
#[derive(Debug)]
pub(super) struct FirstWords {
    bits: Box<[u64; BITS / 64]>,
}

/// The hash of the run `b[start..end]` of ASCII letters and digits, in
/// any case: eight bytes at a time (zero past the run), each with bit 0x20
/// set (capitals lowered, digits and the padding's zeros each mapped one
/// way), mixed with the run's length. Taken from the text word by word,
/// where a byte-at-a-time hash took a multiply per letter.
#[inline]
pub(super) fn run_hash(b: &[u8], start: usize, end: usize) -> u64 {
    let mut h = (end - start) as u64;
    let mut i = start;
    while i < end {
        let n = (end - i).min(8);
        let x = match b.get(i..i + 8) {
            Some(chunk) => {
                let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
                if n == 8 { x } else { x & ((1 << (8 * n)) - 1) }
            }
            None => {
                let mut w = [0u8; 8];
                w[..n].copy_from_slice(&b[i..i + n]);
                u64::from_le_bytes(w)
            }
        };
        h = (h ^ (x | 0x2020_2020_2020_2020)).wrapping_mul(0x0000_0100_0000_01b3);
        h ^= h >> 32;
        i += 8;
    }
    h
}

/// The two bit positions of a run's hash: FNV's low bits are mixed poorly,
/// so the hash is multiplied once more and the positions taken from its
/// high bits.
#[inline]
fn positions(h: u64) -> (usize, usize) {
    let m = h.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    ((m >> 47) as usize, ((m >> 30) as usize) & (BITS - 1))
}

impl FirstWords {
    /// The filter of `forms`' first words.
    pub(super) fn new<P: AsRef<[u8]>>(forms: &[P]) -> Self {
        let mut bits = Box::new([0u64; BITS / 64]);
        for f in forms {
            let f = f.as_ref();
            let len = f.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            if len > 0 {
                let (a, b) = positions(run_hash(f, 0, len));
                bits[a / 64] |= 1 << (a % 64);
                bits[b / 64] |= 1 << (b % 64);
            }
        }
        FirstWords { bits }
    }

    /// Whether a form may have the first word whose hash ([`run_hash`])
    /// is `h`; false means certainly none has.
    #[inline]
    pub(super) fn may_contain(&self, h: u64) -> bool {
        let (a, b) = positions(h);
        (self.bits[a / 64] >> (a % 64)) & (self.bits[b / 64] >> (b % 64)) & 1 == 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(word: &str) -> u64 {
        run_hash(word.as_bytes(), 0, word.len())
    }

    /// Every form's first word is let through, in any ASCII case; the
    /// filter turns away most other words.
    #[test]
    fn first_words_pass_and_most_others_do_not() {
        let forms = [
            "u.s.",
            "south korea",
            "g7",
            "japan",
            "vi\u{1ec7}t nam",
            "-x",
        ];
        let f = FirstWords::new(&forms);
        for w in ["u", "U", "south", "SOUTH", "G7", "Japan", "vi", "VI"] {
            assert!(f.may_contain(hash(w)), "{w}");
        }
        let others = [
            "the", "said", "korea", "japanese", "thursday", "x", "s", "nam", "g", "ja",
        ];
        let passed = others.iter().filter(|w| f.may_contain(hash(w))).count();
        assert_eq!(passed, 0, "six forms, ten other words");
    }
}
