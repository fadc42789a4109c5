//! Fatal error messages as the user reads them: one line per problem,
//! saying what is wrong and what to do, without Rust's `Debug` dumps or
//! `(os error 2)` suffixes. The command-line glue formats lexicon and rule
//! loading errors with these before giving up with exit status 1.

use crate::lexicon::LexiconError;
use crate::rules::RuleError;

/// Writes one line to stderr and ignores failure: `eprintln!` panics when
/// stderr cannot be written (`2>/dev/full`), and a diagnostic that cannot be
/// shown must never turn a run into a crash. The exit status still reports
/// the problem.
pub fn say(line: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = err.write_fmt(line).and_then(|()| err.write_all(b"\n"));
}

/// `say!("...", args)`: [`say`] with `format!` syntax.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::diagnostics::say(format_args!($($arg)*))
    };
}

/// Prefix of every line the program writes to stderr.
const PREFIX: &str = "newsevents: ";

/// The lexicon errors as one line each (the caller adds the first `newsevents: `).
pub fn lexicon_errors(errors: &[LexiconError]) -> String {
    let lines: Vec<String> = errors
        .iter()
        .map(|e| {
            let message = tidy(&e.message);
            if e.line == 0 {
                format!("{}: {message}; check the --lexicon path", e.source)
            } else {
                format!(
                    "{}:{}: {message} (a lexicon file holds one JSON object per line, e.g. {{\"name\": \"Japan\", \"kind\": \"country\", \"country\": \"JPN\", \"aliases\": [\"Nippon\"]}})",
                    e.source, e.line
                )
            }
        })
        .collect();
    lines.join(&format!("\n{PREFIX}"))
}

/// The word-table errors as one line each (the caller adds the first `newsevents: `).
pub fn table_errors(errors: &[crate::vocab::TableError]) -> String {
    let lines: Vec<String> = errors
        .iter()
        .map(|e| {
            if e.line == 0 {
                e.to_string()
            } else {
                format!("{e} (see docs/RULES.md, word tables)")
            }
        })
        .collect();
    lines.join(&format!("\n{PREFIX}"))
}

/// The rule errors as one line each (the caller adds the first `newsevents: `).
pub fn rule_errors(errors: &[RuleError]) -> String {
    let lines: Vec<String> = errors
        .iter()
        .map(|e| {
            let message = tidy(&e.message);
            let at = if e.line > 0 {
                format!("{}:{}", e.source, e.line)
            } else {
                e.source.clone()
            };
            if message.starts_with("cannot read rules folder") {
                format!("{at}: {message}; check the --rules path")
            } else {
                format!(
                    "{at}: {message} (`newsevents rules test --rules FOLDER` checks a rule folder)"
                )
            }
        })
        .collect();
    lines.join(&format!("\n{PREFIX}"))
}

/// Drops `(os error N)` and starts I/O messages in lower case
/// ("No such file or directory (os error 2)" → "no such file or directory").
pub fn tidy(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(" (os error ") {
        out.push_str(&rest[..i]);
        rest = &rest[i + " (os error ".len()..];
        match rest.find(')') {
            Some(j) if rest[..j].chars().all(|c| c.is_ascii_digit()) => rest = &rest[j + 1..],
            _ => out.push_str(" (os error "),
        }
    }
    out.push_str(rest);
    for phrase in [
        "No such file or directory",
        "Permission denied",
        "Is a directory",
        "Not a directory",
        "No space left on device",
    ] {
        out = out.replace(phrase, &phrase.to_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_error_suffixes_go() {
        assert_eq!(
            tidy("cannot read gold file g.jsonl: No such file or directory (os error 2)"),
            "cannot read gold file g.jsonl: no such file or directory"
        );
        assert_eq!(tidy("odd (os error x) text"), "odd (os error x) text");
    }

    #[test]
    fn one_line_per_error_with_a_hint() {
        let errs = vec![
            LexiconError {
                source: "extra.jsonl".into(),
                line: 0,
                message: "cannot read lexicon file: No such file or directory (os error 2)".into(),
            },
            LexiconError {
                source: "other.jsonl".into(),
                line: 3,
                message: "EOF while parsing a string at line 1 column 10".into(),
            },
        ];
        let s = lexicon_errors(&errs);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines[0],
            "extra.jsonl: cannot read lexicon file: no such file or directory; check the --lexicon path"
        );
        assert!(lines[1].starts_with("newsevents: other.jsonl:3: EOF"));
        assert!(lines[1].contains("one JSON object per line"));
    }
}
