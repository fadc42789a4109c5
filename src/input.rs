//! Input: articles from files, folders and JSON-lines streams, read lazily
//! one at a time so memory stays flat however large the corpus.
//!
//! [`Inputs`] is an iterator of [`Item`]s: each is an article or a problem
//! with one input (unreadable file, binary file, oversized article,
//! malformed JSON line ...). A problem never stops the run; the caller
//! reports it and goes on.
//!
//! - Folders are walked recursively in sorted order. `.txt`, `.text` and
//!   `.md` files are one article each; `.jsonl` / `.ndjson` files hold one
//!   article per line. Hidden files and folders are skipped, and so is
//!   anything listed in a `.newseventsignore` file at the top of a walked
//!   folder (one name or `*` pattern per line, relative to that folder).
//! - An article's id is the JSON `id`, or for a file its path relative to
//!   the folder that was given (the path as given for a file named directly).
//! - A JSON-lines article `{"id", "text", "title"?, "date"?, "url"?}` is
//!   processed as `title + "\n\n" + text` when it has a title, and offsets
//!   count in that combined text.

use ignore::gitignore::{Gitignore, GitignoreBuilder};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// One article ready for extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The id printed as `doc`.
    pub id: String,
    /// The text that offsets refer to (title, blank line, body for JSON lines with a title).
    pub text: String,
    /// Publication date as given, if any.
    pub date: Option<String>,
}

/// Something wrong with one input: printed as `newsevents: INPUT: MESSAGE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The path (with `:LINE` for a JSON line) or `<stdin>`.
    pub input: String,
    /// What went wrong and what happened to the input.
    pub message: String,
    /// The input (or part of it) was left out; false for a warning about an
    /// input that was still processed (invalid UTF-8 decoded with U+FFFD).
    pub skipped: bool,
}

/// What the input stage yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// An article to process.
    Article(Article),
    /// A problem to report (the run goes on).
    Problem(Problem),
}

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct InputOptions {
    /// Articles (files or JSON lines) larger than this are skipped with a message.
    pub max_bytes: usize,
    /// Standard input is JSON lines rather than one plain-text article.
    pub stdin_jsonl: bool,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            max_bytes: 16 * 1024 * 1024,
            stdin_jsonl: false,
        }
    }
}

/// Bytes inspected for NUL to decide that a file is binary.
const BINARY_PROBE: usize = 8 * 1024;

/// What the bytes of a plain-text article decode to. Public so that
/// property tests and the fuzz target can drive the decoding step directly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// Valid UTF-8.
    Text(String),
    /// Not valid UTF-8 (Latin-1 wire copy, truncated file ...): decoded with
    /// U+FFFD replacements so the article is still processed.
    Lossy {
        /// The decoded text; offsets refer to it.
        text: String,
        /// Length of the valid prefix, for the warning.
        valid_up_to: usize,
    },
    /// NUL bytes in the first 8 KiB: a binary file, skipped.
    Binary,
}

/// Decodes one plain-text article: binary check, then UTF-8 (lossy if need be).
pub fn decode_article(bytes: Vec<u8>) -> Decoded {
    if bytes[..bytes.len().min(BINARY_PROBE)].contains(&0) {
        return Decoded::Binary;
    }
    match String::from_utf8(bytes) {
        Ok(s) => Decoded::Text(s),
        Err(e) => {
            let valid_up_to = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            Decoded::Lossy { text, valid_up_to }
        }
    }
}

/// Name of the per-folder ignore file.
pub const IGNORE_FILE: &str = ".newseventsignore";

enum Pending {
    Path(PathBuf),
    Stdin,
}

/// A JSON-lines stream being read line by line.
struct LineStream {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
    /// A line that crosses the end of the reader's buffer, copied out; kept
    /// from line to line so that it is allocated once.
    buf: Vec<u8>,
    /// Malformed lines in a row just before this one.
    bad_in_row: usize,
    /// Whether the "may not be JSON lines" hint was given.
    hinted: bool,
}

impl LineStream {
    fn new(name: String, reader: Box<dyn BufRead>) -> Self {
        LineStream {
            name,
            reader,
            line: 0,
            buf: Vec::new(),
            bad_in_row: 0,
            hinted: false,
        }
    }

    /// Counts malformed lines in a row; the third in a row of a stream
    /// that has not yet given an article says the input may not be JSON
    /// lines at all (plain text given with `--jsonl`, a `.jsonl` file
    /// holding something else).
    fn note(&mut self, items: &mut [Option<Item>; 2]) {
        let malformed = items.iter_mut().flatten().find_map(|i| match i {
            Item::Problem(p) if p.message.starts_with("malformed JSON line") => Some(p),
            _ => None,
        });
        let Some(p) = malformed else {
            if items
                .iter()
                .flatten()
                .any(|i| matches!(i, Item::Article(_)))
            {
                self.bad_in_row = 0;
                self.hinted = true;
            }
            return;
        };
        self.bad_in_row += 1;
        if self.bad_in_row == MALFORMED_HINT && !self.hinted {
            self.hinted = true;
            let what = if self.name == STDIN {
                "plain text on standard input is read without --jsonl"
            } else {
                "a plain-text article belongs in a .txt file"
            };
            p.message.push_str(&format!(
                "; {MALFORMED_HINT} lines in a row are not JSON: the input may not be JSON lines ({what})"
            ));
        }
    }
}

/// Malformed lines in a row, at the start of a stream, after which the
/// message says the input may not be JSON lines.
const MALFORMED_HINT: usize = 3;

/// How standard input is named in messages.
const STDIN: &str = "<stdin>";

/// The UTF-8 byte-order mark some editors and exporters put first.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// The lazy iterator over all articles of the given inputs.
pub struct Inputs {
    options: InputOptions,
    pending: VecDeque<Pending>,
    walk: Option<(walkdir::IntoIter, PathBuf, Gitignore)>,
    stream: Option<LineStream>,
    ready: VecDeque<Item>,
    consumed: Option<Arc<AtomicU64>>,
}

#[derive(Deserialize)]
struct JsonArticle<'a> {
    #[serde(default, borrow)]
    id: Option<JsonField<'a>>,
    #[serde(default, borrow)]
    text: Option<JsonField<'a>>,
    #[serde(default, borrow)]
    title: Option<JsonField<'a>>,
    #[serde(default, borrow)]
    date: Option<JsonField<'a>>,
}

/// A field of a JSON line: a string, borrowed from the line when it holds
/// no escapes (no copy before the article's own), or any other value,
/// parsed exactly as a [`serde_json::Value`] would be.
enum JsonField<'a> {
    Str(std::borrow::Cow<'a, str>),
    Other(serde_json::Value),
}

impl<'de: 'a, 'a> Deserialize<'de> for JsonField<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de;
        use serde_json::Value;
        struct Field<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> de::Visitor<'de> for Field<'a> {
            type Value = JsonField<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any valid JSON value")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(JsonField::Str(v.into()))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(JsonField::Str(v.to_string().into()))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(JsonField::Str(v.into()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
                Ok(JsonField::Other(Value::Bool(v)))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
                Ok(JsonField::Other(Value::Number(v.into())))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
                Ok(JsonField::Other(Value::Number(v.into())))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
                Ok(JsonField::Other(
                    serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number),
                ))
            }
            fn visit_none<E>(self) -> Result<Self::Value, E> {
                Ok(JsonField::Other(Value::Null))
            }
            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(JsonField::Other(Value::Null))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                let d = de::value::SeqAccessDeserializer::new(seq);
                Value::deserialize(d).map(JsonField::Other)
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                let d = de::value::MapAccessDeserializer::new(map);
                Value::deserialize(d).map(JsonField::Other)
            }
        }
        d.deserialize_any(Field(std::marker::PhantomData))
    }
}

impl Inputs {
    /// Inputs from paths; an empty list or `-` means standard input.
    pub fn new(paths: &[PathBuf], options: InputOptions) -> Self {
        let mut pending: VecDeque<Pending> = paths
            .iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Pending::Stdin
                } else {
                    Pending::Path(p.clone())
                }
            })
            .collect();
        if pending.is_empty() {
            pending.push_back(Pending::Stdin);
        }
        Inputs {
            options,
            pending,
            walk: None,
            stream: None,
            ready: VecDeque::new(),
            consumed: None,
        }
    }

    /// Inputs from any reader of JSON lines (used by tests and embedders).
    pub fn from_jsonl_reader(name: &str, reader: Box<dyn BufRead>, options: InputOptions) -> Self {
        Inputs {
            options,
            pending: VecDeque::new(),
            walk: None,
            stream: Some(LineStream::new(name.to_string(), reader)),
            ready: VecDeque::new(),
            consumed: None,
        }
    }

    /// Adds to `counter` every input byte read (skipped inputs included), so
    /// that a progress bar can compare it with the total size of the inputs.
    pub fn with_progress(mut self, counter: Arc<AtomicU64>) -> Self {
        self.consumed = Some(counter);
        self
    }

    fn advance(&self, bytes: u64) {
        if let Some(c) = &self.consumed {
            c.fetch_add(bytes, Ordering::Relaxed);
        }
    }

    fn problem(&mut self, input: impl Into<String>, message: impl Into<String>) {
        self.ready.push_back(Item::Problem(Problem {
            input: input.into(),
            message: message.into(),
            skipped: true,
        }));
    }

    /// Reads the next line of the open stream into `ready`; false at its end.
    fn next_line(&mut self) -> bool {
        let max = self.options.max_bytes;
        let Some(stream) = self.stream.as_mut() else {
            return false;
        };
        // A line wholly in the reader's buffer is parsed where it lies;
        // one that crosses the end of the buffer is copied out first.
        let fast = match stream.reader.fill_buf() {
            Ok(available) => match memchr::memchr(b'\n', available) {
                Some(i) if i < max + 1 => {
                    stream.line += 1;
                    let items = parse_line(&available[..=i], &stream.name, stream.line);
                    Some((items, i + 1))
                }
                _ => None,
            },
            // Retried (and reported) by the copying path below.
            Err(_) => None,
        };
        if let Some((mut items, used)) = fast {
            stream.reader.consume(used);
            stream.note(&mut items);
            self.advance(used as u64);
            self.ready.extend(items.into_iter().flatten());
            return true;
        }
        let mut buf = std::mem::take(&mut stream.buf);
        buf.clear();
        let (read, overflow) = match read_line_capped(&mut stream.reader, &mut buf, max) {
            Ok(r) => r,
            Err(e) => {
                let name = stream.name.clone();
                self.stream = None;
                self.problem(name, format!("read error: {e}; rest of the stream skipped"));
                return true;
            }
        };
        if read == 0 {
            self.stream = None;
            return false;
        }
        self.advance(read as u64);
        let Some(stream) = self.stream.as_mut() else {
            return false;
        };
        stream.line += 1;
        if overflow {
            let at = format!("{}:{}", stream.name, stream.line);
            stream.buf = buf;
            self.problem(
                at,
                format!("line is longer than --max-bytes ({max} bytes): skipped"),
            );
            return true;
        }
        let mut items = parse_line(&buf, &stream.name, stream.line);
        stream.buf = buf;
        stream.note(&mut items);
        self.ready.extend(items.into_iter().flatten());
        true
    }

    fn open_path(&mut self, path: PathBuf) {
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                let msg = describe_io(&e);
                self.problem(path.display().to_string(), msg);
                return;
            }
        };
        if meta.is_dir() {
            let (ignore, problem) = read_ignore_file(&path);
            self.ready.extend(problem.map(Item::Problem));
            let walker = walkdir::WalkDir::new(&path)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter();
            self.walk = Some((walker, path, ignore));
        } else {
            let id = path.display().to_string();
            self.open_file(&path, id);
        }
    }

    /// Reads one file: a JSON-lines stream or a single article.
    fn open_file(&mut self, path: &Path, id: String) {
        let shown = path.display().to_string();
        if is_jsonl(path) {
            match File::open(path) {
                Ok(f) => {
                    self.stream = Some(LineStream::new(
                        shown,
                        Box::new(BufReader::with_capacity(256 * 1024, f)),
                    ))
                }
                Err(e) => self.problem(shown, describe_io(&e)),
            }
            return;
        }
        let max = self.options.max_bytes;
        let bytes = match read_capped(path, max) {
            Ok(Some(b)) => {
                self.advance(b.len() as u64);
                b
            }
            Ok(None) => {
                self.advance(std::fs::metadata(path).map(|m| m.len()).unwrap_or(0));
                self.problem(
                    shown,
                    format!("article is larger than --max-bytes ({max} bytes): skipped"),
                );
                return;
            }
            Err(e) => {
                self.problem(shown, describe_io(&e));
                return;
            }
        };
        self.push_plain(shown, id, bytes, None);
    }

    /// Turns the bytes of one plain-text article into an item (or problems).
    fn push_plain(&mut self, shown: String, id: String, bytes: Vec<u8>, date: Option<String>) {
        let text = match decode_article(bytes) {
            Decoded::Binary => {
                self.problem(shown, "binary file (NUL bytes): skipped");
                return;
            }
            Decoded::Text(s) => s,
            Decoded::Lossy { text, valid_up_to } => {
                self.ready.push_back(Item::Problem(Problem {
                    input: shown,
                    message: format!(
                        "invalid UTF-8 at byte {valid_up_to}: decoded with U+FFFD replacements (offsets refer to the decoded text)"
                    ),
                    skipped: false,
                }));
                text
            }
        };
        // A text file may carry its date in a date line or dateline at the top.
        let date = date.or_else(|| crate::dates::Day::at_top(&text).map(|d| d.to_string()));
        self.ready
            .push_back(Item::Article(Article { id, text, date }));
    }

    /// Standard input: JSON lines with `--jsonl` or when its first
    /// non-blank byte is `{` (then with a note), else one plain-text article.
    fn read_stdin(&mut self) {
        // One lock for the whole read: taking a second one while the first
        // is held (to drain an oversized article) would wait forever.
        let mut stdin = io::stdin().lock();
        let mut head = Vec::new();
        let first = match first_nonblank(&mut stdin, &mut head) {
            Ok(b) => b,
            Err(e) => {
                self.problem(STDIN, format!("read error: {e}"));
                return;
            }
        };
        if self.options.stdin_jsonl || first == Some(b'{') {
            if !self.options.stdin_jsonl {
                self.ready.push_back(Item::Problem(Problem {
                    input: STDIN.into(),
                    message: "starts with '{': read as JSON lines, one article per line (--jsonl says so and silences this note)".into(),
                    skipped: false,
                }));
            }
            let reader = BufReader::with_capacity(256 * 1024, io::Cursor::new(head).chain(stdin));
            self.stream = Some(LineStream::new(STDIN.into(), Box::new(reader)));
            return;
        }
        let max = self.options.max_bytes;
        let mut bytes = head;
        let room = (max as u64 + 1).saturating_sub(bytes.len() as u64);
        match (&mut stdin).take(room).read_to_end(&mut bytes) {
            Ok(_) if bytes.len() > max => {
                // Drain the rest so the writer on the other side is not blocked.
                let _ = io::copy(&mut stdin, &mut io::sink());
                self.advance(bytes.len() as u64);
                self.problem(
                    STDIN,
                    format!("article is larger than --max-bytes ({max} bytes): skipped"),
                );
            }
            Ok(_) => {
                self.advance(bytes.len() as u64);
                self.push_plain(STDIN.into(), STDIN.into(), bytes, None)
            }
            Err(e) => self.problem(STDIN, format!("read error: {e}")),
        }
    }

    /// Advances the folder walk by one entry.
    fn next_walk_entry(&mut self) {
        let Some((walker, root, ignore)) = self.walk.as_mut() else {
            return;
        };
        let entry = match walker.next() {
            None => {
                self.walk = None;
                return;
            }
            Some(Err(e)) => {
                let at = e
                    .path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| root.display().to_string());
                let msg = if e.loop_ancestor().is_some() {
                    "symbolic link loop: skipped".to_string()
                } else if let Some(io) = e.io_error() {
                    describe_io(io)
                } else {
                    e.to_string()
                };
                self.problem(at, msg);
                return;
            }
            Some(Ok(entry)) => entry,
        };
        let rel = entry
            .path()
            .strip_prefix(root.as_path())
            .unwrap_or(entry.path())
            .to_path_buf();
        if entry.depth() > 0 {
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            let ignored = ignore
                .matched(entry.path(), entry.file_type().is_dir())
                .is_ignore();
            if hidden || ignored {
                if entry.file_type().is_dir() {
                    walker.skip_current_dir();
                }
                return;
            }
        }
        if entry.file_type().is_dir() {
            return;
        }
        let path = entry.path().to_path_buf();
        if !(is_jsonl(&path) || is_plain(&path)) {
            return;
        }
        if !entry.file_type().is_file() {
            // A FIFO, socket or device inside a folder would block the run
            // or never end; a path named on the command line is still read.
            self.problem(
                path.display().to_string(),
                "not a regular file (FIFO, socket or device): skipped",
            );
            return;
        }
        let id = rel.to_string_lossy().replace('\\', "/");
        self.open_file(&path, id);
    }
}

impl Iterator for Inputs {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(item);
            }
            if self.stream.is_some() {
                self.next_line();
                continue;
            }
            if self.walk.is_some() {
                self.next_walk_entry();
                continue;
            }
            match self.pending.pop_front()? {
                Pending::Stdin => self.read_stdin(),
                Pending::Path(p) => self.open_path(p),
            }
        }
    }
}

/// Reads from `reader` into `head` until its first byte that is neither
/// white space nor part of a leading byte-order mark, and returns that byte
/// (`None` at the end of the input). Everything read stays in `head`.
fn first_nonblank(reader: &mut impl BufRead, head: &mut Vec<u8>) -> io::Result<Option<u8>> {
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(None);
        }
        let start = head.len();
        head.extend_from_slice(available);
        let used = available.len();
        reader.consume(used);
        let skip = if head.starts_with(BOM) { BOM.len() } else { 0 };
        if let Some(b) = head[skip.max(start)..]
            .iter()
            .find(|b| !b.is_ascii_whitespace())
        {
            // A byte of a mark not yet complete is not the first byte.
            if !(head.len() < BOM.len() && BOM.starts_with(head)) {
                return Ok(Some(*b));
            }
        }
    }
}

/// One JSON line (with or without its line end) as an article, a problem,
/// or nothing for a blank line; `name` and `line` say where it is. A
/// warning (lone surrogate escapes decoded as U+FFFD) comes first when
/// there is one.
fn parse_line(buf: &[u8], name: &str, line: usize) -> [Option<Item>; 2] {
    let at = || format!("{name}:{line}");
    let problem = |message: String| {
        [
            Some(Item::Problem(Problem {
                input: at(),
                message,
                skipped: true,
            })),
            None,
        ]
    };
    let mut end = buf.len();
    while end > 0 && (buf[end - 1] == b'\n' || buf[end - 1] == b'\r') {
        end -= 1;
    }
    let mut buf = &buf[..end];
    if line == 1 && buf.starts_with(BOM) {
        buf = &buf[BOM.len()..];
    }
    if buf.iter().all(|b| b.is_ascii_whitespace()) {
        return [None, None];
    }
    match article_from_json(buf, &at) {
        Ok(a) => [Some(Item::Article(a)), None],
        Err(LineError::Json(e)) => {
            // JSON from JavaScript or Python can hold a lone surrogate
            // escape ("\ud800"), which is no character: decode it as
            // U+FFFD, as invalid UTF-8 in a file is, rather than lose the
            // article.
            if let Some((repaired, n, first)) = replace_lone_surrogates(buf)
                && let Ok(a) = article_from_json(&repaired, &at)
            {
                let warning = Problem {
                    input: at(),
                    message: format!(
                        "lone surrogate escape (\\u{first:04x}{}): decoded as U+FFFD",
                        if n > 1 {
                            format!(" and {} more", n - 1)
                        } else {
                            String::new()
                        }
                    ),
                    skipped: false,
                };
                return [Some(Item::Problem(warning)), Some(Item::Article(a))];
            }
            problem(format!("malformed JSON line ({e}): skipped"))
        }
        Err(LineError::NoText) => {
            problem("JSON line has no string \"text\" field: skipped".to_string())
        }
    }
}

/// Why a JSON line gave no article.
enum LineError {
    /// Not JSON (or not an object of the expected shape).
    Json(serde_json::Error),
    /// No string `text`.
    NoText,
}

/// The article a well-formed JSON line holds; `at` names the line (the id
/// of an article without one).
fn article_from_json(buf: &[u8], at: &dyn Fn() -> String) -> Result<Article, LineError> {
    match plain_article(buf, at) {
        Some(a) => Ok(a),
        None => serde_article(buf, at),
    }
}

/// [`article_from_json`] by serde: any JSON line.
fn serde_article(buf: &[u8], at: &dyn Fn() -> String) -> Result<Article, LineError> {
    let parsed: JsonArticle = serde_json::from_slice(buf).map_err(LineError::Json)?;
    let Some(JsonField::Str(text)) = parsed.text else {
        return Err(LineError::NoText);
    };
    let id = match parsed.id {
        Some(JsonField::Str(s)) => s.into_owned(),
        Some(JsonField::Other(serde_json::Value::Number(n))) => n.to_string(),
        _ => at(),
    };
    let title = match parsed.title {
        Some(JsonField::Str(s)) => Some(s),
        _ => None,
    };
    let date = match parsed.date {
        Some(JsonField::Str(s)) => Some(s.into_owned()),
        _ => None,
    };
    let text = headed_text(title, text);
    Ok(Article { id, text, date })
}

/// An article's text with its title, when the title is not blank, before
/// it and a blank line between (the offsets of events count from the
/// title's first byte).
fn headed_text(title: Option<Cow<'_, str>>, text: Cow<'_, str>) -> String {
    match title.filter(|t| !t.trim().is_empty()) {
        Some(t) => {
            let mut joined = String::with_capacity(t.len() + 2 + text.len());
            joined.push_str(&t);
            joined.push_str("\n\n");
            joined.push_str(&text);
            joined
        }
        None => text.into_owned(),
    }
}

/// The article of a JSON line of the usual shape, read without serde: one
/// flat object of keys written without escapes, `id`, `title`, `date` and
/// `text` each at most once (others are ignored, as serde does), every
/// value a string with no surrogate escape, no control character in the
/// line. `None` for any other line (a number, a null, a duplicate key) and
/// for anything malformed: [`article_from_json`]
/// then reads it with serde as before, and reports what is wrong. The same
/// article as serde's reading where this gives one (the
/// `the_plain_json_reading_agrees_with_serde` test); it costs about a
/// quarter of serde's instructions (a `memchr2` hop from escape to escape).
fn plain_article(buf: &[u8], at: &dyn Fn() -> String) -> Option<Article> {
    // Valid UTF-8 throughout: every string between its quotes then is
    // too (quotes and backslashes are ASCII, never inside a character).
    let line = std::str::from_utf8(buf).ok()?;
    // No control character anywhere (serde takes none in a string; a tab
    // between tokens is left to it too): one pass over the line, which the
    // compiler vectorises (a fold has no early exit), instead of a test of
    // each string's every run between escapes.
    if buf.iter().fold(false, |c, &b| c | (b < 0x20)) {
        return None;
    }
    let ws = |mut i: usize| {
        while buf
            .get(i)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            i += 1;
        }
        i
    };
    // id, title, date, text
    let mut fields: [Option<std::borrow::Cow<str>>; 4] = [None, None, None, None];
    let mut i = ws(0);
    if buf.get(i) != Some(&b'{') {
        return None;
    }
    i = ws(i + 1);
    loop {
        if buf.get(i) != Some(&b'"') {
            return None;
        }
        let key_end = i + 1 + memchr::memchr2(b'"', b'\\', &buf[i + 1..])?;
        // Another key's string is read and dropped, as serde ignores it.
        let slot = match &buf[i + 1..key_end] {
            b"id" => 0,
            b"title" => 1,
            b"date" => 2,
            b"text" => 3,
            _ => 4,
        };
        if buf[key_end] != b'"' || fields.get(slot).is_some_and(Option::is_some) {
            return None;
        }
        i = ws(key_end + 1);
        if buf.get(i) != Some(&b':') {
            return None;
        }
        i = ws(i + 1);
        if buf.get(i) != Some(&b'"') {
            return None;
        }
        let (value, end) = plain_json_string(line, i + 1)?;
        if let Some(f) = fields.get_mut(slot) {
            *f = Some(value);
        }
        i = ws(end);
        match buf.get(i) {
            Some(b',') => i = ws(i + 1),
            Some(b'}') => break,
            _ => return None,
        }
    }
    if ws(i + 1) != buf.len() {
        return None;
    }
    let [id, title, date, text] = fields;
    let text = text?;
    let id = id.map_or_else(at, std::borrow::Cow::into_owned);
    let date = date.map(std::borrow::Cow::into_owned);
    let text = headed_text(title, text);
    Some(Article { id, text, date })
}

/// The JSON string whose first byte after its opening quote is `line[i]`,
/// decoded, and the offset after its closing quote; `None` when it holds
/// an unknown escape, a surrogate escape (paired or lone: serde's reading
/// and its repair handle those) or no closing quote. (`line` holds no
/// control character: [`plain_article`] checked.)
fn plain_json_string(line: &str, mut i: usize) -> Option<(std::borrow::Cow<'_, str>, usize)> {
    let b = line.as_bytes();
    let start = i;
    let mut owned: Option<String> = None;
    loop {
        let j = i + memchr::memchr2(b'"', b'\\', &b[i..])?;
        if b[j] == b'"' {
            let s = match owned {
                None => std::borrow::Cow::Borrowed(&line[start..j]),
                Some(mut s) => {
                    s.push_str(&line[i..j]);
                    std::borrow::Cow::Owned(s)
                }
            };
            return Some((s, j + 1));
        }
        // (Room for the rest of the line: no regrowth.)
        let s = owned.get_or_insert_with(|| String::with_capacity(b.len() - start));
        s.push_str(&line[i..j]);
        let c = match *b.get(j + 1)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hex = b.get(j + 2..j + 6)?;
                let mut v = 0u32;
                for &h in hex {
                    v = v * 16 + char::from(h).to_digit(16)?;
                }
                s.push(char::from_u32(v)?);
                i = j + 6;
                continue;
            }
            _ => return None,
        };
        s.push(c);
        i = j + 2;
    }
}

/// The line with every lone surrogate escape (`\ud800` not followed by a
/// low surrogate escape, or `\udc00` not preceded by a high one) replaced
/// by `\ufffd`, with how many were replaced and the first one; `None` when
/// there is none. Escaped backslashes (`\\ud800`, text) are left alone.
fn replace_lone_surrogates(buf: &[u8]) -> Option<(Vec<u8>, usize, u32)> {
    let escape_at = |i: usize| -> Option<u32> {
        let hex = buf.get(i..i + 6)?;
        if hex[0] != b'\\' || hex[1] != b'u' {
            return None;
        }
        u32::from_str_radix(std::str::from_utf8(&hex[2..]).ok()?, 16).ok()
    };
    let mut out = Vec::with_capacity(buf.len());
    let (mut n, mut first) = (0, 0);
    let mut i = 0;
    while i < buf.len() {
        if buf[i] != b'\\' {
            out.push(buf[i]);
            i += 1;
            continue;
        }
        match escape_at(i) {
            Some(0xd800..=0xdbff) if matches!(escape_at(i + 6), Some(0xdc00..=0xdfff)) => {
                out.extend_from_slice(&buf[i..i + 12]);
                i += 12;
            }
            Some(lone @ 0xd800..=0xdfff) => {
                if n == 0 {
                    first = lone;
                }
                n += 1;
                out.extend_from_slice(b"\\ufffd");
                i += 6;
            }
            _ => {
                // Any other escape: the backslash and the character after it.
                let end = (i + 2).min(buf.len());
                out.extend_from_slice(&buf[i..end]);
                i = end;
            }
        }
    }
    (n > 0).then_some((out, n, first))
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

fn is_jsonl(path: &Path) -> bool {
    matches!(extension(path).as_str(), "jsonl" | "ndjson")
}

fn is_plain(path: &Path) -> bool {
    matches!(extension(path).as_str(), "txt" | "text" | "md")
}

/// Reads a file unless it is larger than `max` bytes (`Ok(None)` then).
fn read_capped(path: &Path, max: usize) -> io::Result<Option<Vec<u8>>> {
    let f = File::open(path)?;
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(io::Error::other("is a directory"));
    }
    let mut bytes = Vec::new();
    f.take(max as u64 + 1).read_to_end(&mut bytes)?;
    if bytes.len() > max {
        return Ok(None);
    }
    Ok(Some(bytes))
}

/// Reads one line (with its newline) into `buf`, keeping at most `max`
/// bytes; returns (bytes consumed, whether the line was longer than `max`).
fn read_line_capped(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<(usize, bool)> {
    let mut consumed = 0usize;
    let mut overflow = false;
    loop {
        let (done, used) = {
            let available = match reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                return Ok((consumed, overflow));
            }
            let (done, used) = match memchr::memchr(b'\n', available) {
                Some(i) => (true, i + 1),
                None => (false, available.len()),
            };
            if !overflow {
                if buf.len() + used > max + 1 {
                    overflow = true;
                    buf.clear();
                } else {
                    buf.extend_from_slice(&available[..used]);
                }
            }
            (done, used)
        };
        reader.consume(used);
        consumed += used;
        if done {
            return Ok((consumed, overflow));
        }
    }
}

/// One short sentence for an I/O error, without Rust's debug formatting.
fn describe_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// The folder's `.newseventsignore` (gitignore syntax, through the
/// `ignore` crate that ripgrep uses: names, `*` and `**` globs, `/` to
/// anchor, `!` to re-include), with a warning naming the file if some
/// line of it is not a valid pattern (the other lines still apply).
fn read_ignore_file(dir: &Path) -> (Gitignore, Option<Problem>) {
    let mut builder = GitignoreBuilder::new(dir);
    let file = dir.join(IGNORE_FILE);
    let mut problem = None;
    if file.is_file()
        && let Some(e) = builder.add(&file)
    {
        problem = Some(Problem {
            input: file.display().to_string(),
            message: format!("{e} (the other lines still apply)"),
            skipped: false,
        });
    }
    let ignore = builder.build().unwrap_or_else(|e| {
        problem = Some(Problem {
            input: file.display().to_string(),
            message: format!("{e}: ignored"),
            skipped: false,
        });
        Gitignore::empty()
    });
    (ignore, problem)
}

/// Bytes of the inputs a run over `paths` would read: the files named, and
/// in folders the article files the walk opens (hidden files, files of other
/// kinds and what `.newseventsignore` lists left out). The progress bar's
/// total, in the same unit as [`Inputs::with_progress`] counts.
pub fn total_input_bytes(paths: &[PathBuf]) -> u64 {
    let mut total = 0;
    for p in paths {
        let Ok(meta) = std::fs::metadata(p) else {
            continue;
        };
        if !meta.is_dir() {
            total += meta.len();
            continue;
        }
        let (ignore, _) = read_ignore_file(p);
        for entry in walkdir::WalkDir::new(p)
            .follow_links(true)
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0
                    || !(e.file_name().to_string_lossy().starts_with('.')
                        || ignore.matched(e.path(), e.file_type().is_dir()).is_ignore())
            })
            .flatten()
        {
            let path = entry.path();
            if entry.file_type().is_file() && (is_jsonl(path) || is_plain(path)) {
                total += entry.metadata().map(|m| m.len()).unwrap_or(0);
            }
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ignore_file_takes_gitignore_patterns() {
        let d = tempfile::tempdir().unwrap();
        let files = [
            "keep.txt",
            "notes.md",
            "gold/seed.jsonl",
            "audit-1.jsonl",
            "sub/skip.txt",
            "sub/keep.txt",
            "deep/er/scratch/x.txt",
            "deep/er/important.txt",
        ];
        for f in files {
            let path = d.path().join(f);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "Japan pledged aid.").unwrap();
        }
        std::fs::write(
            d.path().join(IGNORE_FILE),
            "# comment\ngold/\n*.md\naudit-*.jsonl\n/sub/skip.txt\n**/scratch\n",
        )
        .unwrap();
        let ids: Vec<String> = Inputs::new(&[d.path().to_path_buf()], InputOptions::default())
            .map(|i| match i {
                Item::Article(a) => a.id,
                Item::Problem(p) => panic!("{p:?}"),
            })
            .collect();
        assert_eq!(ids, ["deep/er/important.txt", "keep.txt", "sub/keep.txt"]);
        let read: u64 = ["deep/er/important.txt", "keep.txt", "sub/keep.txt"]
            .iter()
            .map(|f| std::fs::metadata(d.path().join(f)).unwrap().len())
            .sum();
        assert_eq!(total_input_bytes(&[d.path().to_path_buf()]), read);
        // A file named directly counts whatever its extension.
        let pdf = d.path().join("c.pdf");
        std::fs::write(&pdf, "1234567").unwrap();
        assert_eq!(total_input_bytes(&[pdf]), 7);
    }

    #[test]
    fn json_lines_parse_fields_as_json_values_would() {
        let article = |line: &str| match parse_line(line.as_bytes(), "f", 3) {
            [Some(Item::Article(a)), None] => (a.id, a.text, a.date),
            other => panic!("{line}: {other:?}"),
        };
        let problem = |line: &str| match parse_line(line.as_bytes(), "f", 3) {
            [Some(Item::Problem(p)), None] => (p.input, p.message),
            other => panic!("{line}: {other:?}"),
        };
        assert_eq!(
            article(r#"{"id":7,"text":"a\nb","date":"1987"}"#),
            ("7".into(), "a\nb".into(), Some("1987".into()))
        );
        assert_eq!(article(r#"{"id":-2.5,"text":"x"}"#).0, "-2.5");
        assert_eq!(article(r#"{"id":[1],"text":"x"}"#).0, "f:3");
        assert_eq!(article(r#"{"text":"x","id":null}"#).0, "f:3");
        assert_eq!(
            article("{\"id\":\"\\u00e9\",\"title\":\"T\",\"text\":\"x\"}\r\n"),
            ("é".into(), "T\n\nx".into(), None)
        );
        assert_eq!(article(r#"{"title":" ","text":"x","date":5}"#).1, "x");
        assert_eq!(parse_line(b" \r\n", "f", 3), [None, None]);
        assert_eq!(
            problem(r#"{"id":"a","text":5}"#),
            (
                "f:3".into(),
                "JSON line has no string \"text\" field: skipped".into()
            )
        );
        assert!(
            problem(r#"{"id":1e400,"text":"x"}"#)
                .1
                .contains("number out of range")
        );
        assert!(
            problem(r#"{"id":"a","id":"b","text":"x"}"#)
                .1
                .contains("duplicate field")
        );
    }

    #[test]
    fn the_plain_json_reading_agrees_with_serde() {
        let at = || "f:3".to_string();
        let by_serde = |line: &[u8]| serde_article(line, &at).ok();
        // Lines the plain reading takes: serde's article.
        let taken = [
            r#"{"id": "r1", "title": "BAHIA COCOA REVIEW", "date": "26-FEB-1987 15:01:01.79", "text": "Showers continued throughout the week in\nthe Bahia cocoa zone.\n    The dry period means the temporao will be late."}"#,
            r#"{"text":"Japan pledged aid."}"#,
            r#"{"based_on":"r1","text":"Japan pledged aid.","based_on":"r\n2"}"#,
            r#"{"text":"\"Quoted\" \\ a\/b \b\f\r\t \u00e9\u20AC end","id":"x"}"#,
            " { \"title\" : \"  \" , \"text\" : \"Zürich talks\" } ",
            r#"{"date":"","title":"Ad sales boost Time Warner profit","text":"Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m).\n\nThe firm"}"#,
        ];
        for line in taken {
            let plain = plain_article(line.as_bytes(), &at);
            assert!(plain.is_some(), "{line}");
            assert_eq!(plain, by_serde(line.as_bytes()), "{line}");
        }
        // Lines left to serde: another value, a duplicate, an escaped
        // key, a surrogate escape, a control character, malformed JSON.
        let left: [&[u8]; 16] = [
            br#"{"id":7,"text":"x"}"#,
            br#"{"text":null}"#,
            br#"{"id":"a","id":"b","text":"x"}"#,
            br#"{"text":"x","source":3}"#,
            br#"{"te\u0078t":"x"}"#,
            br#"{"text":"\ud83d\ude00"}"#,
            br#"{"text":"\ud800"}"#,
            b"{\"text\":\"a\tb\"}",
            br#"{"text":"\x"}"#,
            br#"{"text":"\u00g1"}"#,
            br#"{"text":"x",}"#,
            br#"{"text":"x"} y"#,
            br#"{"text":"x""#,
            br#"{}"#,
            br#"["x"]"#,
            b"{\"text\":\"\xff\"}",
        ];
        for line in left {
            assert_eq!(plain_article(line, &at), None, "{}", line.escape_ascii());
        }
        // Every line of the repository's JSON line corpora (the held-out
        // set aside): the same article both ways.
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut files = vec![dir.join("feed.jsonl")];
        for e in std::fs::read_dir(dir.join("modern")).unwrap() {
            files.push(e.unwrap().path());
        }
        let mut read = 0;
        for f in files
            .iter()
            .filter(|f| f.extension().is_some_and(|x| x == "jsonl"))
        {
            for line in std::fs::read_to_string(f).unwrap().lines() {
                if let Some(a) = plain_article(line.as_bytes(), &at) {
                    assert_eq!(Some(a), by_serde(line.as_bytes()), "{}", f.display());
                    read += 1;
                }
            }
        }
        assert!(read > 100, "{read} lines read plainly");
    }

    #[test]
    fn capped_line_reader_skips_long_lines_whole() {
        let data = b"short\nthis line is far too long\nok\n";
        let mut r: &[u8] = data;
        let mut buf = Vec::new();
        assert_eq!(read_line_capped(&mut r, &mut buf, 10).unwrap(), (6, false));
        buf.clear();
        let (_, overflow) = read_line_capped(&mut r, &mut buf, 10).unwrap();
        assert!(overflow);
        buf.clear();
        read_line_capped(&mut r, &mut buf, 10).unwrap();
        assert_eq!(buf, b"ok\n");
    }
}
