//! The embedded rule files as `build.rs` pre-parses them (`rules_compact`,
//! `encode_rule_file`): each file's rules, cue lists and role frames, field
//! by field in a fixed order, strings as a length and their bytes. Reading
//! that is a few loads and a copy per string, where the files' JSON cost
//! start-up 9.5M instructions. A file `build.rs` could not encode has an
//! empty form, and the rules are then read from their JSON (or TOML).
//!
//! The layout (numbers `u32` little-endian): the length of the text, which
//! holds every string's bytes one after the other (checked as UTF-8 once),
//! the text; then the structure, where a string is its length in bytes
//! (its bytes the next ones of the text): the number of rules, then per
//! rule its id, type, description (strings), its triggers, requires, near,
//! patterns, before, article, veto and veto_before_near (lists: a length
//! and the strings), its window (a number), its modality (a byte 0 for
//! none, or 1 and the string), its examples (their number, then per
//! example its text, a byte for `fires` and an optional modality) and its
//! same_country (a string); then a byte 1 and the `[cues]` modality and
//! roles tables (each its size, then per key the key and its list), or a
//! byte 0; then a byte 1 and the `[roles]` frames (their number, then per
//! frame its type, before and after (strings) and its source_preps,
//! target_preps, passive and target_verbs lists), or a byte 0. Enums are
//! written as their names and read with serde, as from the TOML.

use super::{Cues, Example, Requirement, RoleFrame, Rule, SameCountry};
use crate::event::{EventType, Role};
use serde::Deserialize;
use serde::de::value::{Error, StrDeserializer};
use std::collections::BTreeMap;

/// One rule file's tables, as `RuleSet::from_embedded_json` reads them
/// from the JSON.
pub(super) struct RuleFileParts {
    pub(super) rule: Vec<Rule>,
    pub(super) cues: Option<Cues>,
    pub(super) roles: Option<BTreeMap<String, RoleFrame>>,
}

/// A read position in one file's compact form; every read is `None` past
/// the end or on a value that does not read.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The strings' text, and where the next string starts in it.
    text: &'a str,
    text_at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }

    fn u32(&mut self) -> Option<usize> {
        let b: [u8; 4] = self.take(4)?.try_into().ok()?;
        Some(u32::from_le_bytes(b) as usize)
    }

    fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn str(&mut self) -> Option<&'a str> {
        let len = self.u32()?;
        let s = self
            .text
            .get(self.text_at..self.text_at.checked_add(len)?)?;
        self.text_at += len;
        Some(s)
    }

    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_string)
    }

    fn opt(&mut self) -> Option<Option<String>> {
        match self.byte()? {
            0 => Some(None),
            _ => Some(Some(self.string()?)),
        }
    }

    fn list(&mut self) -> Option<Vec<String>> {
        let n = self.u32()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(self.string()?);
        }
        Some(out)
    }

    fn lists(&mut self) -> Option<BTreeMap<String, Vec<String>>> {
        let n = self.u32()?;
        let mut out = BTreeMap::new();
        for _ in 0..n {
            let k = self.string()?;
            out.insert(k, self.list()?);
        }
        Some(out)
    }

    /// An enum written as its name, read as serde reads it from the TOML.
    fn named<T: for<'de> Deserialize<'de>>(&mut self) -> Option<T> {
        T::deserialize(StrDeserializer::<Error>::new(self.str()?)).ok()
    }

    fn rule(&mut self) -> Option<Rule> {
        // A struct literal: a field added to `Rule` must be added here, and
        // to build.rs.
        Some(Rule {
            id: self.string()?,
            event_type: EventType::new(self.str()?),
            description: self.string()?,
            triggers: self.list()?,
            requires: {
                let n = self.u32()?;
                let mut out = Vec::with_capacity(n);
                for _ in 0..n {
                    out.push(self.named::<Requirement>()?);
                }
                out
            },
            near: self.list()?,
            patterns: self.list()?,
            before: self.list()?,
            article: self.list()?,
            veto: self.list()?,
            veto_before_near: self.list()?,
            window: self.u32()?,
            modality: self.opt()?,
            examples: {
                let n = self.u32()?;
                let mut out = Vec::with_capacity(n);
                for _ in 0..n {
                    out.push(Example {
                        text: self.string()?,
                        fires: self.byte()? != 0,
                        modality: self.opt()?,
                    });
                }
                out
            },
            same_country: self.named::<SameCountry>()?,
        })
    }

    fn frame(&mut self) -> Option<RoleFrame> {
        Some(RoleFrame {
            before: self.named::<Role>()?,
            after: self.named::<Role>()?,
            source_preps: self.list()?,
            target_preps: self.list()?,
            passive: self.list()?,
            target_verbs: self.list()?,
        })
    }
}

/// One file's tables from its compact form; `None` when it is empty (the
/// file had none) or does not read to its end.
pub(super) fn rule_file(bytes: &[u8]) -> Option<RuleFileParts> {
    if bytes.is_empty() {
        return None;
    }
    let mut r = Reader {
        bytes,
        at: 0,
        text: "",
        text_at: 0,
    };
    let len = r.u32()?;
    r.text = std::str::from_utf8(r.take(len)?).ok()?;
    let n = r.u32()?;
    let mut rule = Vec::with_capacity(n);
    for _ in 0..n {
        rule.push(r.rule()?);
    }
    let cues = match r.byte()? {
        0 => None,
        _ => Some(Cues {
            modality: r.lists()?,
            roles: r.lists()?,
        }),
    };
    let roles = match r.byte()? {
        0 => None,
        _ => {
            let n = r.u32()?;
            let mut frames = BTreeMap::new();
            for _ in 0..n {
                let ty = r.string()?;
                frames.insert(ty, r.frame()?);
            }
            Some(frames)
        }
    };
    (r.at == r.bytes.len() && r.text_at == r.text.len()).then_some(RuleFileParts {
        rule,
        cues,
        roles,
    })
}
