//! Output: one JSON object per line, written whole, through a buffered
//! writer that owns stdout. A closed pipe (`| head -1`) is reported as
//! [`WriteOutcome::Closed`] so the program can stop quietly, and SIGINT or
//! SIGTERM ends the run after the line being written ([`stop_on_signals`]).

use serde::Serialize;
use std::io::{self, Write};
use std::sync::{Mutex, MutexGuard, OnceLock, TryLockError};
use std::time::{Duration, Instant};

/// What happened to a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOutcome {
    /// The record was written (or buffered).
    Written,
    /// The reader went away: stop producing output, exit quietly.
    Closed,
}

/// A record written as one JSON line: its JSON object (the same bytes
/// `serde_json::to_writer` writes) appended to `out`. Events and mentions
/// are written field by field (`event_json`, `mentions`).
pub trait JsonLine {
    /// Appends the record's JSON object, without the line end.
    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()>;
}

impl JsonLine for crate::event::Event {
    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        crate::event_json::write_event(self, out)
    }
}

impl JsonLine for crate::mentions::Mention {
    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        self.write_json(out)
    }
}

/// Writes records as JSON lines.
pub struct JsonLines<W: Write> {
    out: io::BufWriter<W>,
    line: Vec<u8>,
}

impl<W: Write> JsonLines<W> {
    /// Wraps a writer (usually stdout) in a 64 KiB buffer.
    pub fn new(w: W) -> Self {
        JsonLines {
            out: io::BufWriter::with_capacity(64 * 1024, w),
            line: Vec::with_capacity(4096),
        }
    }

    /// Serialises one record into a whole line and writes it.
    pub fn write<T: Serialize>(&mut self, record: &T) -> io::Result<WriteOutcome> {
        self.line.clear();
        serde_json::to_writer(&mut self.line, record).map_err(io::Error::other)?;
        self.line.push(b'\n');
        closed_is_ok(self.out.write_all(&self.line))
    }

    /// Flushes buffered lines.
    pub fn flush(&mut self) -> io::Result<WriteOutcome> {
        closed_is_ok(self.out.flush())
    }
}

fn closed_is_ok(r: io::Result<()>) -> io::Result<WriteOutcome> {
    match r {
        Ok(()) => Ok(WriteOutcome::Written),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(WriteOutcome::Closed),
        Err(e) => Err(e),
    }
}

/// Standard output as every subcommand writes it: whole lines through one
/// 64 KiB buffer that the signal handler can reach ([`stop_on_signals`]),
/// so that an interrupted run still ends on a line boundary. A closed pipe
/// is [`WriteOutcome::Closed`]; any other failure is an error the caller
/// reports as `newsevents: cannot write output: ...` with status 1.
pub struct Stdout {
    line: Vec<u8>,
}

/// The buffer behind [`Stdout`]: locked for each whole line, so that the
/// signal handler, once it holds the lock, sees only whole lines in it.
fn shared() -> &'static Mutex<io::BufWriter<io::Stdout>> {
    static OUT: OnceLock<Mutex<io::BufWriter<io::Stdout>>> = OnceLock::new();
    OUT.get_or_init(|| Mutex::new(io::BufWriter::with_capacity(64 * 1024, io::stdout())))
}

fn lock_shared() -> MutexGuard<'static, io::BufWriter<io::Stdout>> {
    shared().lock().unwrap_or_else(|e| e.into_inner())
}

impl Default for Stdout {
    fn default() -> Self {
        Stdout {
            line: Vec::with_capacity(4096),
        }
    }
}

impl Stdout {
    /// Serialises one record as one line and writes it.
    pub fn record<T: Serialize>(&mut self, record: &T) -> io::Result<WriteOutcome> {
        self.line.clear();
        serde_json::to_writer(&mut self.line, record).map_err(io::Error::other)?;
        self.line.push(b'\n');
        closed_is_ok(lock_shared().write_all(&self.line))
    }

    /// Writes one record as one line, as [`JsonLine`] serialises it.
    pub fn line<T: JsonLine>(&mut self, record: &T) -> io::Result<WriteOutcome> {
        self.line.clear();
        record
            .write_json(&mut self.line)
            .map_err(io::Error::other)?;
        self.line.push(b'\n');
        closed_is_ok(lock_shared().write_all(&self.line))
    }

    /// Writes whole lines already serialised (each ending with a line
    /// end), under one lock: an article's records rendered by the worker
    /// that made them.
    pub fn lines(&mut self, lines: &[u8]) -> io::Result<WriteOutcome> {
        debug_assert!(lines.is_empty() || lines.ends_with(b"\n"));
        closed_is_ok(lock_shared().write_all(lines))
    }

    /// Writes text that ends with a line end (a report, a listing line).
    pub fn text(&mut self, text: &str) -> io::Result<WriteOutcome> {
        debug_assert!(text.is_empty() || text.ends_with('\n'));
        closed_is_ok(lock_shared().write_all(text.as_bytes()))
    }

    /// Flushes buffered lines.
    pub fn flush(&mut self) -> io::Result<WriteOutcome> {
        closed_is_ok(lock_shared().flush())
    }
}

/// How long a signal waits for the line being written before the process
/// ends anyway (a reader that never reads must not keep it alive).
const STOP_WAIT: Duration = Duration::from_secs(2);

/// On SIGINT or SIGTERM: wait for the line being written, flush the whole
/// lines buffered, and exit with 128 + the signal (130, 143), as a shell
/// reports a process killed by it. Without this the default action kills
/// the process in the middle of a write, and `jq` or DuckDB reading the
/// output fail on the torn last line.
///
/// `signal-hook` runs only an async-signal-safe handler (a write to a
/// self-pipe) and hands the signal to a thread of its own, where locking
/// and flushing are allowed; `ctrlc` would also do, but does not say which
/// signal arrived, and the exit status differs.
pub fn stop_on_signals() -> io::Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let start = Instant::now();
                let mut out = loop {
                    match shared().try_lock() {
                        Ok(g) => break Some(g),
                        Err(TryLockError::Poisoned(e)) => break Some(e.into_inner()),
                        Err(TryLockError::WouldBlock) if start.elapsed() < STOP_WAIT => {
                            std::thread::sleep(Duration::from_millis(1))
                        }
                        Err(TryLockError::WouldBlock) => break None,
                    }
                };
                if let Some(out) = out.as_mut() {
                    let _ = out.flush();
                }
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}
