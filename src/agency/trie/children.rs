//! The trie's edges as a double array: the walk finds a node's child on a
//! byte in one look-up, where reading the node's list of edges one by one
//! took some 30 instructions a step.
//!
//! A table with a row a node and a column a byte is that look-up too, but
//! over the built-in lexicon it is 909 rows of 38 columns, 138K bytes, and
//! most of its cells are empty. Here the rows are laid over one another in
//! one list of slots, each row placed where its edges fall on free slots,
//! and each slot names the node it belongs to: 894 slots for 882 edges,
//! 11K bytes with the rows' starts.

use std::borrow::Cow;

use super::{NONE, Node, key};

/// The children of every node of a trie.
#[derive(Debug, PartialEq)]
pub(super) struct Children {
    /// For every byte of a text, its column: its key's place among the
    /// bytes on edges, from 1, or 0 for a key on no edge.
    column: [u8; 256],
    /// For every node, where its row starts in [`Children::slots`].
    base: Cow<'static, [u32]>,
    /// The slots: the node a slot belongs to and its child on the slot's
    /// column, or two [`NONE`]s for a free slot.
    slots: Cow<'static, [(u32, u32)]>,
}

impl Children {
    /// The child of `node` on the text's byte `b`, or [`NONE`].
    #[inline(always)]
    pub(super) fn of(&self, node: u32, b: u8) -> u32 {
        let slot = self.base[node as usize] as usize + usize::from(self.column[usize::from(b)]);
        match self.slots.get(slot) {
            Some(&(owner, child)) if owner == node => child,
            _ => NONE,
        }
    }

    /// The children of `nodes`, whose edges are ranges of `edges`; `None`
    /// when the slots are more than a `u32` counts.
    pub(super) fn new(nodes: &[Node], edges: &[(u8, u32)]) -> Option<Children> {
        let (column, width) = columns(edges);
        let mut base = vec![0; nodes.len()];
        // Room for the slots of most tries; doubled until there is enough
        // (never more than `width` for each node).
        let mut room = edges.len() + width;
        let slots = loop {
            let mut slots = vec![(NONE, NONE); room];
            if let Some(used) = place(nodes, edges, &column, &mut base, &mut slots) {
                slots.truncate(used);
                break slots;
            }
            room = room.checked_mul(2)?;
        };
        u32::try_from(slots.len()).ok()?;
        Some(Children {
            column,
            base: Cow::Owned(base),
            slots: Cow::Owned(slots),
        })
    }

    /// The children of the built-in lexicon's trie, placed when compiling.
    pub(super) const fn builtin() -> Children {
        Children {
            column: BUILTIN_COLUMNS.0,
            base: Cow::Borrowed(&BUILTIN_PLACED.0),
            slots: Cow::Borrowed(&BUILTIN_SLOTS),
        }
    }
}

/// The column of every byte and the columns there are (column 0 too), for
/// a trie's `edges`. The walk reads a line break or a tab as a space, so an
/// edge on one (a form's) is never taken, and has no column.
const fn columns(edges: &[(u8, u32)]) -> ([u8; 256], usize) {
    let mut on_edge = [false; 256];
    let mut e = 0;
    while e < edges.len() {
        let label = edges[e].0;
        if key(label) == label {
            on_edge[label as usize] = true;
        }
        e += 1;
    }
    let mut of_key = [0; 256];
    let mut width = 1;
    let mut b = 0;
    while b < 256 {
        if on_edge[b] {
            of_key[b] = width as u8;
            width += 1;
        }
        b += 1;
    }
    let mut column = [0; 256];
    let mut b = 0;
    while b < 256 {
        column[b] = of_key[key(b as u8) as usize];
        b += 1;
    }
    (column, width)
}

/// Places each node's row: its `base`, the first place from which its
/// edges' columns all fall on free slots, and its edges in those slots.
/// Gives the slots up to the last one taken, or `None` when `slots` (all
/// free) is too short. A `const fn`, with loops written as `while`, so that
/// the built-in trie's slots are placed by it when compiling.
const fn place(
    nodes: &[Node],
    edges: &[(u8, u32)],
    column: &[u8; 256],
    base: &mut [u32],
    slots: &mut [(u32, u32)],
) -> Option<usize> {
    let mut used = 0;
    // No free slot below this one but slot 0, which no edge's column (1
    // or more) falls on, whatever the row's start.
    let mut free: usize = 1;
    let mut n = 0;
    while n < nodes.len() {
        let (first, end) = (nodes[n].edges.0 as usize, nodes[n].edges.1 as usize);
        if first == end {
            // A leaf: no slot is its own, wherever its row starts.
            n += 1;
            continue;
        }
        // A row that starts below `free` by more than its first column
        // meets a slot taken.
        let mut at = free.saturating_sub(column[edges[first].0 as usize] as usize);
        let mut tries = 0;
        let mut e = first;
        while e < end {
            let (label, _) = edges[e];
            if key(label) == label {
                let slot = at + column[label as usize] as usize;
                if slot >= slots.len() {
                    return None;
                }
                if slots[slot].0 != NONE {
                    // Taken: try the next place, from the first edge; after
                    // `MAX_TRIES` places, one past the last slot taken,
                    // where every slot is free.
                    tries += 1;
                    at = if tries < MAX_TRIES { at + 1 } else { used };
                    e = first;
                    continue;
                }
            }
            e += 1;
        }
        base[n] = at as u32;
        let mut e = first;
        while e < end {
            let (label, child) = edges[e];
            if key(label) == label {
                let slot = at + column[label as usize] as usize;
                slots[slot] = (n as u32, child);
                if slot >= used {
                    used = slot + 1;
                }
            }
            e += 1;
        }
        while free < slots.len() && slots[free].0 != NONE {
            free += 1;
        }
        n += 1;
    }
    Some(used)
}

/// How many places [`place`] tries for a row before it lays the row past
/// every slot taken. Trying every place made the build quadratic in the
/// trie: a made-up lexicon of 50,000 forms took 200 times as long as one
/// of 10,000 (14 seconds in a debug build, against 73 ms with the edge
/// lists alone). With the bound, a row costs at most this many tries and
/// the build is linear (the 50,000 forms placed in a second, debug, in
/// three slots an edge); the built-in lexicon's rows all fit before it,
/// in the same 894 slots as with no bound.
const MAX_TRIES: usize = 1024;

/// [`columns`] of the built-in lexicon's trie.
const BUILTIN_COLUMNS: ([u8; 256], usize) = columns(super::super::builtin_trie::EDGES);

/// The built-in lexicon's trie placed when compiling, in as many slots as
/// any trie of its nodes may need (a row a node, laid end to end): the
/// bases, the slots, and the slots used. Read only when compiling.
const BUILTIN_PLACED: (
    [u32; super::super::builtin_trie::NODES.len()],
    [(u32, u32); super::super::builtin_trie::NODES.len() * BUILTIN_COLUMNS.1],
    usize,
) = {
    use super::super::builtin_trie::{EDGES, NODES};
    let mut base = [0; NODES.len()];
    let mut slots = [(NONE, NONE); NODES.len() * BUILTIN_COLUMNS.1];
    let Some(used) = place(NODES, EDGES, &BUILTIN_COLUMNS.0, &mut base, &mut slots) else {
        panic!("a row a node is room enough");
    };
    (base, slots, used)
};

/// [`Children::slots`] of the built-in lexicon's trie: the slots used of
/// [`BUILTIN_PLACED`].
static BUILTIN_SLOTS: [(u32, u32); BUILTIN_PLACED.2] = {
    let mut slots = [(NONE, NONE); BUILTIN_PLACED.2];
    let mut s = 0;
    while s < slots.len() {
        slots[s] = BUILTIN_PLACED.1[s];
        s += 1;
    }
    slots
};

#[cfg(test)]
mod tests {
    use super::super::Trie;
    use super::super::tests::assert_children_are_the_edges;
    use super::*;

    #[test]
    fn a_large_lexicon_is_placed_past_the_slots_first_given() {
        // Two thousand made-up forms of 4 to 15 bytes: more rows than fit
        // in the room first given, so the slots are doubled and the rows
        // placed again. (Whether a row is laid past the slots taken after
        // `MAX_TRIES` changes only how long the build takes and how many
        // slots it uses, not any child.)
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let alphabet = b"abcdefghijklmnopqrstuvwxyz .-";
        let forms: Vec<String> = (0..2000)
            .map(|_| {
                let len = 4 + (next() % 12) as usize;
                (0..len)
                    .map(|_| char::from(alphabet[(next() % 29) as usize]))
                    .collect()
            })
            .collect();
        let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
        let trie = Trie::new(&forms).unwrap();
        let (_, width) = columns(&trie.edges);
        assert!(trie.children.slots.len() > trie.edges.len() + width);
        assert_children_are_the_edges(&trie);
    }

    #[test]
    fn rows_are_placed_on_free_slots_or_not_at_all() {
        // "ab", "ac", "bb", "bc": the root's children "a" and "b" (nodes 0
        // and 1) each have edges on 'b' and 'c' (columns 1 and 2).
        let nodes = [
            Node::new((0, 0), (0, 2), NONE),
            Node::new((0, 0), (2, 4), NONE),
        ];
        let edges = [(b'b', 2), (b'c', 3), (b'b', 4), (b'c', 5)];
        let (column, width) = columns(&edges);
        assert_eq!(width, 3);
        let mut base = [0; 2];
        let mut slots = [(NONE, NONE); 5];
        // "a"'s row starts at 0 (slots 1 and 2), "b"'s at 2 (slots 3, 4).
        assert_eq!(
            place(&nodes, &edges, &column, &mut base, &mut slots),
            Some(5)
        );
        assert_eq!(base, [0, 2]);
        assert_eq!(slots[1..], [(0, 2), (0, 3), (1, 4), (1, 5)]);
        let mut slots = [(NONE, NONE); 4];
        assert_eq!(place(&nodes, &edges, &column, &mut base, &mut slots), None);
    }
}
