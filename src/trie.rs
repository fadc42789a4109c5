//! A compact byte trie of lowercase phrases, for the dictionary searches
//! that run over every trigger sentence: actor names ([`crate::lexicon`])
//! and the rules' words longer than the extractor's packed-word table holds
//! ([`crate::extract`]); and the FNV hasher of the dictionary maps.
//!
//! Callers walk it themselves from the positions where a phrase may start
//! (word starts), lowercasing ASCII letters of the text on the fly: a few
//! steps per word, no copy of the text, and far cheaper to build at
//! start-up than an Aho-Corasick automaton over the same phrases.

/// No node / no phrase.
const NONE: u32 = u32::MAX;

/// Nodes with this many edges get a child table instead of an edge list.
const DENSE_EDGES: u32 = 6;

/// The phrases as a byte trie: a child table at the root and at nodes with
/// many edges, sorted edge lists elsewhere.
///
/// Its tables are its own (built, or copied from bytes) or, for a trie
/// embedded in the binary by build.rs, read in place from those bytes
/// ([`ByteTrie::from_static`]): the embedded lexicon's trie is some 830 kB,
/// and copying it out at start-up touched as many bytes of fresh memory
/// (about 200 page faults) where a one-line run reads a few of its pages.
#[derive(Debug, PartialEq)]
pub struct ByteTrie {
    /// The child of the root for each first byte.
    root: Table<[u32; 256]>,
    /// Nodes below the root: their edges and the phrase ending there.
    nodes: Table<Node>,
    /// The edges, sorted by byte, one run per node with two edges or more
    /// but fewer than [`DENSE_EDGES`] (a node holds its one edge itself).
    edges: Table<Edge>,
    /// Child tables (256 entries, [`NONE`] for no edge) of the nodes with
    /// many edges, where a scan of the edges would be slow.
    dense: Table<u32>,
}

/// A node below the root; laid out as [`ByteTrie::to_bytes`] writes it
/// (12 bytes, the last one padding), so embedded bytes read as nodes.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct Node {
    /// Where the node's edges start in `edges`, or with [`DENSE_EDGES`]
    /// edges or more, where its child table starts in `dense`; with one
    /// edge, the child itself (the edge is held here, not in `edges`).
    first_edge: u32,
    /// Index of the phrase spelt by the path to this node, or [`NONE`].
    phrase: u32,
    /// How many edges leave the node (at most 256).
    edge_count: u16,
    /// The byte of the node's one edge, when it has one.
    byte: u8,
}

/// An edge of a node with a few: the child and the byte leading to it
/// (8 bytes, the last three padding, as [`ByteTrie::to_bytes`] writes it).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct Edge {
    child: u32,
    byte: u8,
}

/// The elements of one of a trie's tables: its own (`own`), or `'static`
/// ones read in place from embedded bytes (`own` then empty). A pointer
/// and a length rather than a `Cow`, so reading an element costs what it
/// does in a `Vec` (no branch on which it is: the lexicon's trie is walked
/// at every word start of every sentence searched).
struct Table<T: 'static> {
    ptr: *const T,
    len: usize,
    /// Owns the elements when they are not embedded; its buffer stays where
    /// it is when the table moves, and it is never changed.
    own: Vec<T>,
}

impl<T> Table<T> {
    fn owned(own: Vec<T>) -> Self {
        Table {
            ptr: own.as_ptr(),
            len: own.len(),
            own,
        }
    }

    fn borrowed(elements: &'static [T]) -> Self {
        Table {
            ptr: elements.as_ptr(),
            len: elements.len(),
            own: Vec::new(),
        }
    }

    /// Whether the elements are read in place (not the table's own).
    fn is_borrowed(&self) -> bool {
        self.own.capacity() == 0 && self.len > 0
    }
}

impl<T> std::ops::Deref for Table<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        // SAFETY: `ptr` and `len` are those of `own`'s buffer, which is
        // never changed or reallocated and lives as long as the table, or
        // of a `'static` slice.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

// SAFETY: a table is an immutable slice, owned or `'static`: shared and
// sent between threads as a `Vec<T>` or a `&'static [T]` would be.
unsafe impl<T: Send + Sync> Send for Table<T> {}
// SAFETY: as above; nothing is changed through a shared table.
unsafe impl<T: Send + Sync> Sync for Table<T> {}

impl<T: std::fmt::Debug> std::fmt::Debug for Table<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: PartialEq> PartialEq for Table<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

/// The table of `n` elements of type `T` at `bytes[at..]`, read in place,
/// when they lie there aligned for `T` on a little-endian host (the byte
/// order [`ByteTrie::to_bytes`] writes); `None` otherwise.
///
/// # Safety
///
/// `T` must be `Node`, `Edge`, `u32` or `[u32; 256]`: `repr(C)` (or
/// plain) types of integers and padding, for which any bytes are a value,
/// laid out as `to_bytes` writes them.
unsafe fn in_place<T>(bytes: &'static [u8], at: usize, n: usize) -> Option<Table<T>> {
    let size = std::mem::size_of::<T>();
    let slice = bytes.get(at..at.checked_add(n.checked_mul(size)?)?)?;
    if cfg!(target_endian = "big") || slice.as_ptr().align_offset(std::mem::align_of::<T>()) != 0 {
        return None;
    }
    // SAFETY: `slice` holds `n` elements' bytes, aligned for `T`, which
    // any bytes are a value of (the caller's promise); they are `'static`.
    Some(Table::borrowed(unsafe {
        std::slice::from_raw_parts(slice.as_ptr().cast::<T>(), n)
    }))
}

/// A position in the trie: a node below the root.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeId(u32);

impl ByteTrie {
    /// Builds the trie of `phrases` (compared byte for byte: callers pass
    /// them lowercase); phrase `i` is reported as `i`. Empty phrases are
    /// ignored; of two equal phrases the later one is kept.
    pub fn new<P: AsRef<[u8]>>(phrases: &[P]) -> Self {
        // Built with each node's edges as a linked list in one arena (one
        // allocation for all, where a list per node made tens of thousands),
        // then laid out flat. At most one node per byte of the phrases.
        let bytes: usize = phrases.iter().map(|p| p.as_ref().len()).sum();
        let mut first_edge: Vec<u32> = Vec::with_capacity(bytes);
        let mut phrase_at: Vec<u32> = Vec::with_capacity(bytes);
        // Arena edges: (byte, child, next edge of the same node).
        let mut arena: Vec<(u8, u32, u32)> = Vec::with_capacity(bytes);
        let mut root = Box::new([NONE; 256]);
        let new_node = |first_edge: &mut Vec<u32>, phrase_at: &mut Vec<u32>| {
            first_edge.push(NONE);
            phrase_at.push(NONE);
            (first_edge.len() - 1) as u32
        };
        for (i, p) in phrases.iter().enumerate() {
            let b = p.as_ref();
            let Some(&first) = b.first() else { continue };
            let mut node = root[first as usize];
            if node == NONE {
                node = new_node(&mut first_edge, &mut phrase_at);
                root[first as usize] = node;
            }
            for &c in &b[1..] {
                let mut e = first_edge[node as usize];
                while e != NONE && arena[e as usize].0 != c {
                    e = arena[e as usize].2;
                }
                node = if e != NONE {
                    arena[e as usize].1
                } else {
                    let n = new_node(&mut first_edge, &mut phrase_at);
                    arena.push((c, n, first_edge[node as usize]));
                    first_edge[node as usize] = (arena.len() - 1) as u32;
                    n
                };
            }
            phrase_at[node as usize] = i as u32;
        }
        let mut nodes = Vec::with_capacity(first_edge.len());
        let mut edges = Vec::with_capacity(arena.len());
        let mut dense = Vec::new();
        let mut kids: Vec<(u8, u32)> = Vec::new();
        for (&head, &phrase) in first_edge.iter().zip(&phrase_at) {
            // Most nodes have no edge or one (the tails of phrases): laid
            // out without the list, sort and copy of the general case,
            // which were most of the build; one edge is held in the node
            // itself, where a walk finds it without another load.
            if head == NONE {
                nodes.push(Node {
                    first_edge: 0,
                    phrase,
                    edge_count: 0,
                    byte: 0,
                });
                continue;
            }
            if arena[head as usize].2 == NONE {
                let (c, n, _) = arena[head as usize];
                nodes.push(Node {
                    first_edge: n,
                    phrase,
                    edge_count: 1,
                    byte: c,
                });
                continue;
            }
            kids.clear();
            let mut e = head;
            while e != NONE {
                let (c, n, next) = arena[e as usize];
                kids.push((c, n));
                e = next;
            }
            let edge_count = kids.len() as u16;
            let first_edge = if u32::from(edge_count) >= DENSE_EDGES {
                let at = dense.len();
                dense.resize(at + 256, NONE);
                for &(c, n) in &kids {
                    dense[at + c as usize] = n;
                }
                at as u32
            } else {
                kids.sort_unstable_by_key(|&(c, _)| c);
                let at = edges.len();
                edges.extend(kids.iter().map(|&(byte, child)| Edge { child, byte }));
                at as u32
            };
            nodes.push(Node {
                first_edge,
                phrase,
                edge_count,
                byte: 0,
            });
        }
        ByteTrie {
            root: Table::owned(vec![*root]),
            nodes: Table::owned(nodes),
            edges: Table::owned(edges),
            dense: Table::owned(dense),
        }
    }

    /// The trie as bytes, for [`ByteTrie::from_bytes`] and
    /// [`ByteTrie::from_static`]: build.rs writes the embedded lexicon's
    /// actor trie so, and start-up reads it in place instead of building
    /// it (7M instructions). Little-endian, every field on a multiple of
    /// four bytes from the start: the number of nodes, edges and dense
    /// entries (u32 each), the root table (256 u32), then each node (first
    /// edge, phrase: u32; edge count: u16; byte; a zero byte), edge (child:
    /// u32; byte; three zero bytes) and dense entry (u32), as the
    /// `repr(C)` `Node` and `Edge` lie in memory.
    #[allow(dead_code)] // build.rs and the tests
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(
            12 + 4 * 256 + 12 * self.nodes.len() + 8 * self.edges.len() + 4 * self.dense.len(),
        );
        for n in [self.nodes.len(), self.edges.len(), self.dense.len()] {
            out.extend_from_slice(&(n as u32).to_le_bytes());
        }
        for r in self.root().iter() {
            out.extend_from_slice(&r.to_le_bytes());
        }
        for n in self.nodes.iter() {
            out.extend_from_slice(&n.first_edge.to_le_bytes());
            out.extend_from_slice(&n.phrase.to_le_bytes());
            out.extend_from_slice(&n.edge_count.to_le_bytes());
            out.extend_from_slice(&[n.byte, 0]);
        }
        for e in self.edges.iter() {
            out.extend_from_slice(&e.child.to_le_bytes());
            out.extend_from_slice(&[e.byte, 0, 0, 0]);
        }
        for d in self.dense.iter() {
            out.extend_from_slice(&d.to_le_bytes());
        }
        out
    }

    /// Where the parts of the bytes [`ByteTrie::to_bytes`] wrote start
    /// (root, nodes, edges, dense) and their counts (nodes, edges, dense);
    /// `None` when `bytes` is not such a trie (a wrong length).
    fn layout(bytes: &[u8]) -> Option<([usize; 4], [usize; 3])> {
        let u32_at = |i: usize| -> Option<usize> {
            Some(u32::from_le_bytes(bytes.get(i..i + 4)?.try_into().ok()?) as usize)
        };
        let counts = [u32_at(0)?, u32_at(4)?, u32_at(8)?];
        let root_at = 12;
        let nodes_at = root_at + 4 * 256;
        let edges_at = nodes_at + 12 * counts[0];
        let dense_at = edges_at + 8 * counts[1];
        (bytes.len() == dense_at + 4 * counts[2])
            .then_some(([root_at, nodes_at, edges_at, dense_at], counts))
    }

    /// The trie [`ByteTrie::to_bytes`] wrote, copied out of `bytes`, or
    /// `None` when `bytes` is not one (a wrong length).
    #[allow(dead_code)] // not in build.rs
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        let ([root_at, nodes_at, edges_at, dense_at], _) = Self::layout(bytes)?;
        let u32_at = |b: &[u8], i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let mut root = [NONE; 256];
        for (r, b) in root
            .iter_mut()
            .zip(bytes[root_at..nodes_at].chunks_exact(4))
        {
            *r = u32_at(b, 0);
        }
        let nodes = bytes[nodes_at..edges_at]
            .chunks_exact(12)
            .map(|b| Node {
                first_edge: u32_at(b, 0),
                phrase: u32_at(b, 4),
                edge_count: u16::from_le_bytes([b[8], b[9]]),
                byte: b[10],
            })
            .collect();
        let edges = bytes[edges_at..dense_at]
            .chunks_exact(8)
            .map(|b| Edge {
                child: u32_at(b, 0),
                byte: b[4],
            })
            .collect();
        let dense = bytes[dense_at..]
            .chunks_exact(4)
            .map(|b| u32_at(b, 0))
            .collect();
        Some(ByteTrie {
            root: Table::owned(vec![root]),
            nodes: Table::owned(nodes),
            edges: Table::owned(edges),
            dense: Table::owned(dense),
        })
    }

    /// The trie [`ByteTrie::to_bytes`] wrote into bytes embedded in the
    /// binary, read in place where they lie aligned for its `u32`s on a
    /// little-endian host (build.rs embeds the lexicon's so), copied as
    /// [`ByteTrie::from_bytes`] copies them otherwise; `None` when `bytes`
    /// is not such a trie.
    #[allow(dead_code)] // not in build.rs
    pub fn from_static(bytes: &'static [u8]) -> Option<Self> {
        let ([root_at, nodes_at, edges_at, dense_at], [n_nodes, n_edges, n_dense]) =
            Self::layout(bytes)?;
        const {
            assert!(std::mem::size_of::<Node>() == 12 && std::mem::size_of::<Edge>() == 8);
        }
        // SAFETY: each table is read as its own type (`in_place`'s list).
        let in_place = unsafe {
            (
                in_place::<[u32; 256]>(bytes, root_at, 1),
                in_place::<Node>(bytes, nodes_at, n_nodes),
                in_place::<Edge>(bytes, edges_at, n_edges),
                in_place::<u32>(bytes, dense_at, n_dense),
            )
        };
        match in_place {
            (Some(root), Some(nodes), Some(edges), Some(dense)) => Some(ByteTrie {
                root,
                nodes,
                edges,
                dense,
            }),
            _ => Self::from_bytes(bytes),
        }
    }

    /// Whether the trie's tables are read in place from embedded bytes
    /// ([`ByteTrie::from_static`]) rather than its own.
    #[allow(dead_code)] // the tests
    pub fn is_in_place(&self) -> bool {
        self.root.is_borrowed()
    }

    /// The root's child table.
    #[inline]
    fn root(&self) -> &[u32; 256] {
        debug_assert_eq!(self.root.len(), 1);
        // SAFETY: every trie is made with exactly one root table (`new`,
        // `from_bytes`, `from_static`).
        unsafe { self.root.get_unchecked(0) }
    }

    /// The node reached from the root by byte `c`.
    #[inline]
    pub fn start(&self, c: u8) -> Option<NodeId> {
        let n = self.root()[c as usize];
        (n != NONE).then_some(NodeId(n))
    }

    /// The node reached from `node` by byte `c`.
    #[inline]
    pub fn next(&self, node: NodeId, c: u8) -> Option<NodeId> {
        let n = self.nodes[node.0 as usize];
        if n.edge_count == 1 {
            return (n.byte == c).then_some(NodeId(n.first_edge));
        }
        let first = n.first_edge as usize;
        if u32::from(n.edge_count) >= DENSE_EDGES {
            let child = self.dense[first + c as usize];
            (child != NONE).then_some(NodeId(child))
        } else {
            let run = &self.edges[first..first + n.edge_count as usize];
            match run.iter().find(|e| e.byte >= c) {
                Some(e) if e.byte == c => Some(NodeId(e.child)),
                _ => None,
            }
        }
    }

    /// The phrase spelt by the path to `node`, if one ends there.
    #[inline]
    pub fn phrase(&self, node: NodeId) -> Option<usize> {
        let p = self.nodes[node.0 as usize].phrase;
        (p != NONE).then_some(p as usize)
    }

    /// Whether no edge leaves `node`.
    #[inline]
    pub fn is_leaf(&self, node: NodeId) -> bool {
        self.nodes[node.0 as usize].edge_count == 0
    }

    /// The phrase equal to the whole of `word` with its ASCII letters
    /// lowercased, if there is one.
    #[inline]
    pub fn whole_word(&self, word: &[u8]) -> Option<usize> {
        let (&first, rest) = word.split_first()?;
        let mut node = self.start(first.to_ascii_lowercase())?;
        for &c in rest {
            node = self.next(node, c.to_ascii_lowercase())?;
        }
        self.phrase(node)
    }

    /// Every phrase that `text[start..]`, ASCII-lowercased, begins with, as
    /// (end, phrase), shortest first.
    #[inline]
    pub fn prefixes_at(&self, text: &[u8], start: usize, mut each: impl FnMut(usize, usize)) {
        let Some(mut node) = text
            .get(start)
            .and_then(|c| self.start(c.to_ascii_lowercase()))
        else {
            return;
        };
        let mut i = start + 1;
        loop {
            if let Some(p) = self.phrase(node) {
                each(i, p);
            }
            if i == text.len() || self.is_leaf(node) {
                return;
            }
            match self.next(node, text[i].to_ascii_lowercase()) {
                Some(n) => node = n,
                None => return,
            }
            i += 1;
        }
    }
}

/// FNV-1a, for the hash maps keyed by dictionary words (the lexicon's
/// aliases, the rules' words, the amount recogniser's currency and number
/// words): their keys are short, where FNV is much cheaper than SipHash, and
/// they are our own data, so there is no untrusted-input concern.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// A `HashMap` hashed with [`Fnv`].
pub type FnvMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// A `HashSet` hashed with [`Fnv`].
pub type FnvSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_found_case_insensitively_shortest_first() {
        let phrases = [
            "ka", "kb", "kc", "kd", "ke", "kf", "kfa", "a", "ab", "", "é", "u.s.",
        ];
        let t = ByteTrie::new(&phrases);
        let all = |text: &str, at: usize| {
            let mut v = Vec::new();
            t.prefixes_at(text.as_bytes(), at, |e, p| v.push((e, phrases[p])));
            v
        };
        assert_eq!(all("KFAB", 0), vec![(2, "kf"), (3, "kfa")]);
        assert_eq!(all("xabc", 1), vec![(2, "a"), (3, "ab")]);
        assert_eq!(all("U.S.", 0), vec![(4, "u.s.")]);
        assert_eq!(all("é", 0), vec![(2, "é")]);
        assert_eq!(all("É", 0), vec![]);
        assert_eq!(all("kz", 0), vec![]);
        assert_eq!(all("k", 5), vec![]);
        let whole = |w: &str| t.whole_word(w.as_bytes()).map(|p| phrases[p]);
        assert_eq!(whole("KFA"), Some("kfa"));
        assert_eq!(whole("Kf"), Some("kf"));
        assert_eq!(whole("k"), None);
        assert_eq!(whole("kfab"), None);
        assert_eq!(whole("U.S."), Some("u.s."));
        assert_eq!(whole(""), None);
    }

    /// A trie read back from its bytes is the trie written.
    #[test]
    fn bytes_read_back_equal_the_trie() {
        let phrases = [
            "tax", "taxes", "tb", "tc", "td", "x", "mab", "mac", "mad", "mae", "maf", "mag", "",
        ];
        let t = ByteTrie::new(&phrases);
        let bytes = t.to_bytes();
        assert_eq!(ByteTrie::from_bytes(&bytes).as_ref(), Some(&t));
        assert_eq!(ByteTrie::from_bytes(&bytes[..bytes.len() - 1]), None);
        assert_eq!(ByteTrie::from_bytes(&[]), None);
        // Read in place from aligned bytes, copied from unaligned ones; the
        // same trie, walked the same, either way.
        let words: &'static [u32] = Box::leak(
            bytes
                .chunks_exact(4)
                .map(|b| u32::from_ne_bytes(b.try_into().unwrap()))
                .collect::<Box<[u32]>>(),
        );
        assert_eq!(words.len() * 4, bytes.len());
        // SAFETY: the bytes of the `u32`s, which hold `bytes` in order.
        let in_place: &'static [u8] =
            unsafe { std::slice::from_raw_parts(words.as_ptr().cast::<u8>(), bytes.len()) };
        let read = ByteTrie::from_static(in_place).unwrap();
        assert_eq!(read.is_in_place(), cfg!(target_endian = "little"));
        assert_eq!(read, t);
        let mut shifted = vec![0u8];
        shifted.extend_from_slice(&bytes);
        let shifted: &'static [u8] = &Box::leak(shifted.into_boxed_slice())[1..];
        let copied = ByteTrie::from_static(shifted).unwrap();
        assert!(!copied.is_in_place());
        assert_eq!(copied, t);
        for w in ["tax", "taxes", "TB", "mag", "x", "ma", "taxe"] {
            assert_eq!(read.whole_word(w.as_bytes()), t.whole_word(w.as_bytes()));
            assert_eq!(copied.whole_word(w.as_bytes()), t.whole_word(w.as_bytes()));
        }
        assert!(ByteTrie::from_static(&in_place[..in_place.len() - 4]).is_none());
    }

    /// Nodes with no edge, one edge (held in the node), a few (a sorted
    /// run) and many (a table) all lead where their phrases do.
    #[test]
    fn every_node_shape_is_walked() {
        let phrases = [
            "tax", "taxes", "tb", "tc", "td", "x", "mab", "mac", "mad", "mae", "maf", "mag",
        ];
        let t = ByteTrie::new(&phrases);
        let whole = |w: &str| t.whole_word(w.as_bytes()).map(|p| phrases[p]);
        for p in phrases {
            assert_eq!(whole(p), Some(p), "{p}");
            assert_eq!(whole(&p.to_uppercase()), Some(p), "{p}");
        }
        for w in ["ta", "taxe", "taxis", "te", "xa", "ma", "mah", "maff", "t"] {
            assert_eq!(whole(w), None, "{w}");
        }
        let mut v = Vec::new();
        t.prefixes_at(b"Taxes!", 0, |e, p| v.push((e, phrases[p])));
        assert_eq!(v, vec![(3, "tax"), (5, "taxes")]);
    }
}
