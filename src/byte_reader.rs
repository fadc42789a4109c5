//! A cursor over the little-endian compact forms build.rs writes of
//! embedded data (the word tables, the sense model), read at start-up
//! instead of parsing their TOML or JSON.

/// A read position in a compact form: every read is `None` past the end
/// or on bytes that do not read as the value asked for.
pub(crate) struct ByteReader<'a>(&'a [u8]);

impl<'a> ByteReader<'a> {
    /// A reader at the start of `bytes`.
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        ByteReader(bytes)
    }

    /// The bytes not read yet.
    pub(crate) fn rest(&self) -> &'a [u8] {
        self.0
    }

    /// The next `n` bytes.
    pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(head)
    }

    /// A u32, as a count or a length.
    pub(crate) fn u32(&mut self) -> Option<usize> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?) as usize)
    }

    /// An f64 written as its bits.
    pub(crate) fn f64(&mut self) -> Option<f64> {
        Some(f64::from_bits(u64::from_le_bytes(
            self.take(8)?.try_into().ok()?,
        )))
    }

    /// A string: its length in bytes (u32), then its UTF-8.
    pub(crate) fn str(&mut self) -> Option<String> {
        let n = self.u32()?;
        Some(std::str::from_utf8(self.take(n)?).ok()?.to_string())
    }
}
