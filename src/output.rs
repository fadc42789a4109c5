//! Output: one JSON object per line, written whole, through a buffered
//! writer that owns stdout. A closed pipe (`| head -1`) is reported as
//! [`WriteOutcome::Closed`] so the program can stop quietly.

use serde::Serialize;
use std::io::{self, Write};

/// What happened to a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOutcome {
    /// The record was written (or buffered).
    Written,
    /// The reader went away: stop producing output, exit quietly.
    Closed,
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
