//! The searched forms as a plain trie, walked anchored at a word start.
//!
//! The search only ever asks which is the longest form that the text at a
//! given place opens with ([`Trie::longest_at`]). An Aho-Corasick automaton
//! answers that too, but its build computes failure transitions, which an
//! anchored walk never follows: over the built-in lexicon they were more
//! than half of the 11.6M instructions a process spent building it. The
//! trie is the automaton without them, built from the forms sorted, in one
//! pass.
//!
//! The built-in lexicon's trie is not built at run time: its tables are
//! written out in `builtin_trie.rs` ([`Trie::builtin`]), which a test checks
//! against the build of the lexicon's forms. Built once a process, it cost
//! each process's set-up 0.36M instructions of 1.14M.

use std::borrow::Cow;

use children::Children;

mod children;

/// A trie over the forms lowercased, each chain of nodes with one child
/// and no form kept as one node with a run of bytes; the walk lowercases
/// the text and reads line breaks and tabs as spaces.
#[derive(Debug, PartialEq)]
pub(super) struct Trie {
    /// The root's child for every byte ([`NONE`] for none): the root has a
    /// child for most letters, so a table, not a list, is read there.
    root: [u32; 256],
    /// Every other node. (Borrowed for the built-in lexicon, whose tables
    /// are written out; built, and owned, for a user's.)
    nodes: Cow<'static, [Node]>,
    /// Every node's run, node after node.
    runs: Cow<'static, [u8]>,
    /// Each node's edges, node after node: the edge's byte, in ascending
    /// order, with the node it leads to. What the trie is written out as;
    /// the walk reads them in [`Trie::children`].
    edges: Cow<'static, [(u8, u32)]>,
    /// The edges again, as a table the walk reads in one look-up a step.
    children: Children,
    /// [`key`] of every byte.
    keys: [u8; 256],
    /// For every first byte (a key), whether the root's child on it has
    /// neither a run nor a form, so that the walk takes the child's edge
    /// on the second byte at once (see [`Trie::longest_at`]).
    bare: [bool; 256],
}

/// A node of the trie, entered by the byte of an edge to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Node {
    /// The bytes that follow the edge's byte before the node ends, a range
    /// of [`Trie::runs`]: the bytes where no form ends and no two forms
    /// part.
    run: (u32, u32),
    /// The node's edges, a range of [`Trie::edges`].
    edges: (u32, u32),
    /// The form that ends where the node does ([`NONE`] for none).
    form: u32,
}

impl Node {
    /// A node with its run, its edges and its form, as the written-out
    /// tables give them (`builtin_trie.rs`).
    pub(super) const fn new(run: (u32, u32), edges: (u32, u32), form: u32) -> Node {
        Node { run, edges, form }
    }
}

/// No node, no form.
pub(super) const NONE: u32 = u32::MAX;

/// Forms lowercased and sorted, with their indices.
type Sorted<'k> = [(&'k [u8], u32)];

impl Trie {
    /// The trie of `forms`, ASCII case aside; `None` when it would have
    /// more bytes, nodes or forms than its `u32` indices hold. The empty
    /// form is left out: the search never gives an empty match.
    pub(super) fn new(forms: &[&str]) -> Option<Trie> {
        // All the forms lowercased, in one buffer rather than one each.
        // Copied form by form and lowercased in one pass over the buffer:
        // a lowercasing map in each form's copy cost about eight
        // instructions a byte, 81K of each process's set-up.
        let mut lower: Vec<u8> = Vec::with_capacity(forms.iter().map(|f| f.len()).sum());
        for form in forms {
            lower.extend_from_slice(form.as_bytes());
        }
        lower.make_ascii_lowercase();
        // Sorted, the forms under one node are together, and a node's own
        // form comes before the forms that go on from it; among equal
        // forms the first given is first, and wins, as in the crate's
        // automaton. Most forms differ in their first eight bytes, which
        // one integer comparison orders (see `prefix`): each form is
        // sorted as one integer, its prefix above its index
        // ([`sort_by_prefix`]), and only the forms that share a prefix are
        // then ordered by their whole keys, run by run. Sorting tuples of
        // the prefix, the key's slice and the index cost 146K instructions
        // of each process's set-up, about twice this.
        let mut keys: Vec<&[u8]> = Vec::with_capacity(forms.len());
        let mut by_prefix: Vec<u128> = Vec::with_capacity(forms.len());
        let mut rest = lower.as_slice();
        for (i, form) in forms.iter().enumerate() {
            let (key, after) = rest.split_at(form.len());
            rest = after;
            keys.push(key);
            if !key.is_empty() {
                by_prefix.push(u128::from(prefix(key)) << 64 | u128::from(index(i)?));
            }
        }
        let by_prefix = sort_by_prefix(&by_prefix);
        // The low half of each holds its form's index (below `NONE`).
        let mut sorted: Vec<(&[u8], u32)> = by_prefix
            .iter()
            .map(|&p| (keys[p as u32 as usize], p as u32))
            .collect();
        let mut at = 0;
        for run in by_prefix.chunk_by(|a, b| a >> 64 == b >> 64) {
            if run.len() > 1 {
                sorted[at..at + run.len()].sort_unstable();
            }
            at += run.len();
        }
        let mut trie = Build {
            root: [NONE; 256],
            // Sized for their bounds up front rather than grown by doubling
            // (each growth a copy): a node's run is bytes of one form, no
            // byte in two runs; each node ends a form or parts two, so there
            // are fewer than twice as many nodes as forms, and an edge for
            // each node but the root's children. Over the built-in lexicon
            // that holds 909 nodes of 1,180, 7,606 run bytes of 12,709, and
            // 882 edges of 1,180: 13K bytes of heap unused, once a process.
            nodes: Vec::with_capacity(2 * sorted.len()),
            runs: Vec::with_capacity(lower.len()),
            edges: Vec::with_capacity(2 * sorted.len()),
        };
        // Nodes still to fill in: the node, the depth its run starts at
        // (past the edge's byte), and the forms that go through it.
        let mut pending: Vec<(u32, usize, &Sorted)> = Vec::new();
        for run in runs(&sorted, 0) {
            let child = trie.add_node()?;
            trie.root[usize::from(run[0].0[0])] = child;
            pending.push((child, 1, run));
        }
        while let Some((node, depth, mut forms)) = pending.pop() {
            // The forms share their bytes up to where the first (shortest)
            // and the last part.
            let (first, last) = (forms[0].0, forms[forms.len() - 1].0);
            let mut end = depth;
            while end < first.len() && first.get(end) == last.get(end) {
                end += 1;
            }
            let run = (
                index(trie.runs.len())?,
                index(trie.runs.len() + end - depth)?,
            );
            trie.runs.extend_from_slice(&first[depth..end]);
            let mut form = NONE;
            if first.len() == end {
                form = forms[0].1;
                while forms.first().is_some_and(|f| f.0.len() == end) {
                    forms = &forms[1..];
                }
            }
            let first_edge = index(trie.edges.len())?;
            for run in runs(forms, end) {
                let child = trie.add_node()?;
                trie.edges.push((run[0].0[end], child));
                pending.push((child, end + 1, run));
            }
            trie.nodes[node as usize] = Node {
                run,
                edges: (first_edge, index(trie.edges.len())?),
                form,
            };
        }
        let children = Children::new(&trie.nodes, &trie.edges)?;
        let bare = bare_children(&trie.root, &trie.nodes);
        Some(Trie {
            root: trie.root,
            nodes: Cow::Owned(trie.nodes),
            runs: Cow::Owned(trie.runs),
            edges: Cow::Owned(trie.edges),
            children,
            keys: KEYS,
            bare,
        })
    }

    /// The trie of the built-in lexicon's searched forms, as [`Trie::new`]
    /// builds it, from its tables written out (`builtin_trie.rs`).
    pub(super) const fn builtin() -> Trie {
        use super::builtin_trie::{EDGES, NODES, ROOT, RUNS};
        Trie {
            root: ROOT,
            nodes: Cow::Borrowed(NODES),
            runs: Cow::Borrowed(RUNS),
            edges: Cow::Borrowed(EDGES),
            children: Children::builtin(),
            keys: KEYS,
            bare: bare_children(&ROOT, NODES),
        }
    }
}

/// [`Trie::bare`] of the trie with `root` and `nodes`. A `const fn`, with
/// loops written as `while`, so that the built-in trie's is made by it when
/// compiling.
const fn bare_children(root: &[u32; 256], nodes: &[Node]) -> [bool; 256] {
    let mut bare = [false; 256];
    let mut b = 0;
    while b < 256 {
        if root[b] != NONE {
            let child = nodes[root[b] as usize];
            bare[b] = child.run.0 == child.run.1 && child.form == NONE;
        }
        b += 1;
    }
    bare
}

/// A trie being built ([`Trie::new`]), its lists growing.
struct Build {
    root: [u32; 256],
    nodes: Vec<Node>,
    runs: Vec<u8>,
    edges: Vec<(u8, u32)>,
}

impl Build {
    fn add_node(&mut self) -> Option<u32> {
        let id = index(self.nodes.len())?;
        self.nodes.push(Node {
            run: (0, 0),
            edges: (0, 0),
            form: NONE,
        });
        Some(id)
    }
}

impl Trie {
    /// The trie's tables as the source of `builtin_trie.rs`, which the
    /// test of the built-in lexicon's trie writes when asked
    /// (`search::tests::builtin_trie_is_the_built_in_forms`).
    #[cfg(test)]
    pub(super) fn written_out(&self) -> String {
        use std::fmt::Write;
        // A byte as the byte literal that reads best.
        let byte = |b: u8| match b {
            b'\\' | b'\'' => format!("b'\\{}'", char::from(b)),
            0x20..0x7F => format!("b'{}'", char::from(b)),
            _ => format!("0x{b:02x}"),
        };
        // Bytes as they stand in a byte string.
        let escaped = |bytes: &[u8]| -> String {
            bytes
                .iter()
                .map(|&b| match b {
                    b'"' | b'\\' => format!("\\{}", char::from(b)),
                    0x20..0x7F => char::from(b).to_string(),
                    _ => format!("\\x{b:02x}"),
                })
                .collect()
        };
        let form = |f: u32| {
            if f == NONE {
                "NONE".to_string()
            } else {
                f.to_string()
            }
        };
        let mut out = String::from(BUILTIN_HEAD);
        out.push_str("\n/// The root's child for every byte (a key, [`super::trie`]'s `key`).\n");
        out.push_str("#[rustfmt::skip]\npub(super) const ROOT: [u32; 256] = [\n");
        for row in self.root.chunks(8) {
            let row: Vec<String> = row.iter().map(|&n| form(n)).collect();
            let _ = writeln!(out, "    {},", row.join(", "));
        }
        out.push_str(
            "];\n\n/// Every other node: its run (a range of [`RUNS`], shown after it), its\n",
        );
        out.push_str("/// edges (a range of [`EDGES`]) and the form that ends where it does.\n");
        out.push_str("#[rustfmt::skip]\npub(super) const NODES: &[Node] = &[\n");
        for n in self.nodes.iter() {
            let run = &self.runs[n.run.0 as usize..n.run.1 as usize];
            let _ = write!(
                out,
                "    Node::new(({}, {}), ({}, {}), {}),",
                n.run.0,
                n.run.1,
                n.edges.0,
                n.edges.1,
                form(n.form)
            );
            if !run.is_empty() {
                let _ = write!(out, " // \"{}\"", escaped(run));
            }
            out.push('\n');
        }
        out.push_str("];\n\n/// Every node's run, node after node.\n");
        out.push_str("#[rustfmt::skip]\npub(super) const RUNS: &[u8] = b\"\\\n");
        // Lines of about 80 bytes, each continued by a backslash, which
        // passes over the next line's leading white space: a space that
        // opens a line is written as an escape.
        for line in self.runs.chunks(80) {
            let mut text = escaped(line);
            if text.starts_with(' ') {
                text.replace_range(..1, "\\x20");
            }
            let _ = writeln!(out, "    {text}\\");
        }
        out.push_str(
            "\";\n\n/// Each node's edges, node after node: the edge's byte and the node it\n",
        );
        out.push_str(
            "/// leads to.\n#[rustfmt::skip]\npub(super) const EDGES: &[(u8, u32)] = &[\n",
        );
        for row in self.edges.chunks(6) {
            let row: Vec<String> = row
                .iter()
                .map(|&(b, n)| format!("({}, {n})", byte(b)))
                .collect();
            let _ = writeln!(out, "    {},", row.join(", "));
        }
        out.push_str("];\n");
        out
    }

    /// The longest form that `text[start..]` opens with, line breaks and
    /// tabs read as spaces and ASCII case aside: its index and where it
    /// ends in `text`.
    pub(super) fn longest_at(&self, text: &[u8], start: usize) -> Option<(usize, usize)> {
        let key = |b: u8| self.keys[usize::from(b)];
        let first = key(*text.get(start)?);
        let mut node = self.root[usize::from(first)];
        if node == NONE {
            return None;
        }
        let mut at = start + 1;
        // The root's child's edge on the second byte at once, when the
        // child has no run or form: reading the child first cost 7.9K
        // instructions more over the attribution stage (the callers' tables
        // let through only places whose first two bytes some form opens
        // with, and most of the root's children part at once).
        if self.bare[usize::from(first)]
            && let Some(&b) = text.get(at)
        {
            node = self.children.of(node, b);
            at += 1;
        }
        let mut found = None;
        while node != NONE {
            let Node { run, form, .. } = self.nodes[node as usize];
            // A node with no run (two forms part, or one ends, right after
            // the edge's byte) skips building the run's slice and testing
            // its bounds and the text's: 10K fewer instructions over the
            // attribution stage.
            if run.0 != run.1 {
                let run = &self.runs[run.0 as usize..run.1 as usize];
                let Some(bytes) = text.get(at..at + run.len()) else {
                    break;
                };
                if !bytes.iter().zip(run).all(|(&b, &r)| key(b) == r) {
                    break;
                }
                at += run.len();
            }
            if form != NONE {
                found = Some((form as usize, at));
            }
            let Some(&b) = text.get(at) else {
                break;
            };
            node = self.children.of(node, b);
            at += 1;
        }
        found
    }
}

/// The first eight bytes of `key`, zeros past its end, as a big-endian
/// integer: where two keys' prefixes differ, they order as the keys do (a
/// zero past one key's end, against a byte of the other that is not zero,
/// falls where the shorter key, a prefix of the longer, sorts first).
fn prefix(key: &[u8]) -> u64 {
    let mut bytes = [0; 8];
    let n = key.len().min(8);
    bytes[..n].copy_from_slice(&key[..n]);
    u64::from_be_bytes(bytes)
}

/// `forms` (each a key's [`prefix`] above its index) sorted: placed by
/// their first byte in one counting pass, then each first byte's forms
/// sorted apart, which spares the comparison sort about a third of its
/// work over the built-in lexicon's 590 forms (10K instructions).
/// Always inlined into [`Trie::new`]: out of line, the build took 5K
/// instructions more, the comparison sort compiled apart.
#[inline(always)]
fn sort_by_prefix(forms: &[u128]) -> Vec<u128> {
    let first = |p: u128| usize::from((p >> 120) as u8);
    // Where each first byte's forms start, and end where the next's start.
    let mut starts = [0usize; 257];
    for &p in forms {
        starts[first(p) + 1] += 1;
    }
    for b in 0..256 {
        starts[b + 1] += starts[b];
    }
    let mut placed = vec![0; forms.len()];
    let mut next = starts;
    for &p in forms {
        let b = first(p);
        placed[next[b]] = p;
        next[b] += 1;
    }
    for b in 0..256 {
        placed[starts[b]..starts[b + 1]].sort_unstable();
    }
    placed
}

/// `i` as an index the trie holds: below [`NONE`].
fn index(i: usize) -> Option<u32> {
    u32::try_from(i).ok().filter(|&i| i != NONE)
}

/// The runs of `forms` (sorted, every key longer than `depth`, sharing
/// their first `depth` bytes) that share the byte at `depth`.
fn runs<'f, 'k>(forms: &'f Sorted<'k>, depth: usize) -> impl Iterator<Item = &'f Sorted<'k>> {
    let mut rest = forms;
    std::iter::from_fn(move || {
        let byte = rest.first()?.0[depth];
        let len = rest.partition_point(|f| f.0[depth] <= byte);
        let (run, after) = rest.split_at(len);
        rest = after;
        Some(run)
    })
}

/// The opening of `builtin_trie.rs`, before its tables
/// ([`Trie::written_out`]).
#[cfg(test)]
const BUILTIN_HEAD: &str = "\
//! The built-in lexicon's trie, written out: [`Trie::new`] of the lexicon's
//! searched forms, in the order the lexicon gives them, so that a form's
//! index here is its pattern's. Read by [`Trie::builtin`] when compiling,
//! where building it cost each process 0.36M instructions of its set-up.
//!
//! Written by a test, which fails when the table of agencies has changed
//! and the trie is no longer the build of its forms: then write it anew
//! with `NEWSWIRE_WRITE_TRIE=1 cargo test --lib builtin_trie`.
//!
//! [`Trie::new`]: super::trie::Trie::new
//! [`Trie::builtin`]: super::trie::Trie::builtin

use super::trie::{NONE, Node};
";

/// `b` lowercased, with a line break or a tab read as a space.
const fn key(b: u8) -> u8 {
    if matches!(b, b'\n' | b'\r' | b'\t') {
        b' '
    } else {
        b.to_ascii_lowercase()
    }
}

/// [`key`] of every byte.
const KEYS: [u8; 256] = {
    let mut keys = [0; 256];
    let mut b = 0;
    while b < 256 {
        keys[b] = key(b as u8);
        b += 1;
    }
    keys
};

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
    use proptest::prelude::*;

    /// The crate's anchored leftmost-longest search, which the trie
    /// replaces, over the text with line breaks and tabs made spaces.
    fn crates(forms: &[&str], text: &[u8], start: usize) -> Option<(usize, usize)> {
        let anchored = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(forms)
            .unwrap();
        let spaced: Vec<u8> = text
            .iter()
            .map(|&b| {
                if matches!(b, b'\n' | b'\r' | b'\t') {
                    b' '
                } else {
                    b
                }
            })
            .collect();
        let input = Input::new(&spaced).range(start..).anchored(Anchored::Yes);
        anchored
            .find(input)
            .filter(|m| !m.is_empty())
            .map(|m| (m.pattern().as_usize(), m.end()))
    }

    proptest! {
        /// Forms over a few bytes, so that they share prefixes, repeat
        /// (case aside) and hold one another, and texts over the same
        /// bytes with line breaks and tabs: at every place the trie gives
        /// the crate's match.
        #[test]
        fn gives_the_crates_anchored_longest_match(
            forms in proptest::collection::vec("[abAB \\n.’]{1,6}", 1..30),
            text in "[abAB \\n\\r\\t.’x]{0,30}",
        ) {
            let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
            let trie = Trie::new(&forms).unwrap();
            for start in 0..=text.len() {
                prop_assert_eq!(
                    trie.longest_at(text.as_bytes(), start),
                    crates(&forms, text.as_bytes(), start),
                    "at {}", start
                );
            }
        }
    }

    proptest! {
        /// The comparison by first eight bytes orders keys as the bytes
        /// do, zeros and shared prefixes included.
        #[test]
        fn prefixes_order_keys_as_their_bytes_do(
            a in proptest::collection::vec(prop_oneof![Just(0u8), Just(1u8), any::<u8>()], 0..12),
            b in proptest::collection::vec(prop_oneof![Just(0u8), Just(1u8), any::<u8>()], 0..12),
        ) {
            if prefix(&a) != prefix(&b) {
                prop_assert_eq!(prefix(&a).cmp(&prefix(&b)), a.cmp(&b));
            }
        }
    }

    /// The child on `b` of `node` by the node's list of edges, as the walk
    /// read it before the children's table.
    fn by_edges(trie: &Trie, node: u32, b: u8) -> u32 {
        let (first, end) = trie.nodes[node as usize].edges;
        trie.edges[first as usize..end as usize]
            .iter()
            .find(|&&(label, _)| label == key(b))
            .map_or(NONE, |&(_, child)| child)
    }

    /// Asserts that `trie`'s table of children gives, for every node and
    /// every byte, the child its list of edges gives.
    pub(super) fn assert_children_are_the_edges(trie: &Trie) {
        for node in 0..trie.nodes.len() as u32 {
            for b in 0..=255 {
                assert_eq!(
                    trie.children.of(node, b),
                    by_edges(trie, node, b),
                    "{node} {b}"
                );
            }
        }
    }

    #[test]
    fn the_children_table_gives_every_nodes_edges_on_every_byte() {
        // Below "the", one node with three edges and one with 26, as the
        // lexicon's "the " has fifteen; and edges on a form's line break,
        // which no text's key meets.
        let forms: Vec<String> = (b'a'..=b'z')
            .map(|c| format!("the {}x", char::from(c)))
            .chain(["the’s", "the.", " ", " \n", "a\tb", "a b"].map(String::from))
            .collect();
        let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
        let lexicons = [Trie::new(&forms).unwrap(), Trie::builtin()];
        for trie in &lexicons {
            assert_children_are_the_edges(trie);
        }
        let trie = &lexicons[0];
        for (i, c) in (b'A'..=b'Z').enumerate() {
            let text = format!("THE\n{}X!", char::from(c));
            assert_eq!(trie.longest_at(text.as_bytes(), 0), Some((i, 6)), "{text}");
        }
        assert_eq!(trie.longest_at("The’s".as_bytes(), 0), Some((26, 7)));
        assert_eq!(trie.longest_at(b"the-ax", 0), None);
        assert_eq!(trie.longest_at(b" a", 0), Some((28, 1)));
        assert_eq!(trie.longest_at(b"A\nB", 0), Some((31, 3)));
    }

    #[test]
    fn the_second_byte_is_taken_at_once_below_a_bare_child_of_the_root() {
        let trie = Trie::new(&["ab", "ac", "xyz", "q", "qr"]).unwrap();
        // "a" parts at once into "ab" and "ac"; "x" has the run "yz" and
        // "q" the form "q", which the walk reads first.
        assert!(trie.bare[usize::from(b'a')]);
        assert!(!trie.bare[usize::from(b'x')]);
        assert!(!trie.bare[usize::from(b'q')]);
        assert!(!trie.bare[usize::from(b'b')]);
        let text = b"AC xyz q qr ad a";
        assert_eq!(trie.longest_at(text, 0), Some((1, 2)));
        assert_eq!(trie.longest_at(text, 3), Some((2, 6)));
        assert_eq!(trie.longest_at(text, 7), Some((3, 8)));
        assert_eq!(trie.longest_at(text, 9), Some((4, 11)));
        assert_eq!(trie.longest_at(text, 12), None);
        assert_eq!(trie.longest_at(text, 15), None);
    }

    #[test]
    fn the_first_of_equal_forms_wins_and_the_longest_match_is_given() {
        let forms = ["Yonhap", "yonhap", "Yonhap News Agency", "Yon", "a\tb", ""];
        let trie = Trie::new(&forms).unwrap();
        let text = b"YONHAP NEWS AGENCY; Yonhap News; yon; a\tb";
        assert_eq!(trie.longest_at(text, 0), Some((2, 18)));
        assert_eq!(trie.longest_at(text, 20), Some((0, 26)));
        assert_eq!(trie.longest_at(text, 33), Some((3, 36)));
        // A tab in the text reads as a space; one in a form is never met.
        assert_eq!(trie.longest_at(text, 38), None);
        assert_eq!(trie.longest_at(text, 1), None);
        assert_eq!(trie.longest_at(text, text.len()), None);
        for start in 0..=text.len() {
            assert_eq!(trie.longest_at(text, start), crates(&forms, text, start));
        }
    }
}
