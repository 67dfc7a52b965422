//! The words of the story's person names, lowercased and stored once each,
//! so that names compare as short lists of numbers.
//!
//! A story names a few dozen people a few times each: every mention is
//! lowercased into one growing buffer and looked up in small open-addressing
//! tables, instead of allocating a `String` per word and hashing it with
//! SipHash into maps of strings.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use crate::ascii8::{HIGH, ONES};

/// The most different names sharing one word that a look-up compares.
const MAX_VARIANTS: u32 = 64;

/// No node: ends a list.
const NONE: u32 = u32::MAX;

/// A name's words as interned ids (a name has at most four).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(super) struct NameWords {
    ids: [u32; 4],
    len: u8,
}

impl NameWords {
    /// The ids, in the name's order.
    pub(super) fn as_slice(&self) -> &[u32] {
        &self.ids[..usize::from(self.len)]
    }

    /// Appends `id`; false when the name already has four words.
    pub(super) fn push(&mut self, id: u32) -> bool {
        let Some(slot) = self.ids.get_mut(usize::from(self.len)) else {
            return false;
        };
        *slot = id;
        self.len += 1;
        true
    }
}

/// One interned word.
#[derive(Debug)]
struct Word {
    /// Where its lowercase bytes start in the arena, and how many there
    /// are. A short ASCII word (see [`SHORT`]) is not copied there: its key
    /// holds its bytes.
    start: u32,
    len: u32,
    /// Its hash and, when short, its packed bytes: see [`Key`].
    key: Key,
    /// The distinct names that contain it: first and last node, and count,
    /// or [`CROWDED`] when a name was left out of the full list.
    first: u32,
    last: u32,
    count: u32,
    /// Its bit in [`Names::indexed_bits`] (see [`gate_bit`]).
    gate: u16,
    /// Whether the name of this word alone was recorded (see
    /// [`Names::record`]).
    alone: bool,
}

/// The count of a word's list (see [`Word::count`]) when a distinct name
/// containing the word was left out of it, as it was full: a list whose
/// count is less has every distinct name containing its word.
const CROWDED: u32 = MAX_VARIANTS + 1;

/// Interned words and the per-word lists of distinct names.
#[derive(Debug, Default)]
pub(super) struct Names {
    /// Interned lowercase words back to back.
    arena: String,
    words: Vec<Word>,
    /// Word id plus one, by hash; zero is empty.
    word_slots: Vec<u32>,
    /// List nodes: (run index, next node).
    nodes: Vec<(u32, u32)>,
    /// The [`gate_bit`]s of the words some distinct name contains: a word
    /// whose bit is clear is in no name, known without a look-up. Most
    /// lone capitalised words of a story (days, places, sentence starts)
    /// are asked about and are in none; a story's few dozen name words
    /// set few of the bits.
    indexed_bits: [u64; GATE_BITS / 64],
    /// The names sharing crowded words (see [`CROWDED`]), read
    /// from the runs on the first look-up that needs them: only a story
    /// with more than [`MAX_VARIANTS`] different names sharing a word has
    /// any. Boxed, as it is seldom read: the tables move as one when
    /// their storage is kept for the next story.
    crowds: OnceCell<Box<Crowds>>,
}

/// The distinct names of a story by the words they contain, for look-ups
/// that the words' lists cannot answer (see [`Names::containing`]).
#[derive(Debug, Default)]
struct Crowds {
    /// For each set of words some name contains (its ids sorted, without
    /// repeats), by the length of the names (one to four words): the first
    /// run and its start of each distinct name of that length containing
    /// the set, in text order.
    by_words: HashMap<NameWords, [Vec<(u32, usize)>; 4]>,
}

impl Crowds {
    /// The distinct names of `runs` runs, whose words and start `run`
    /// gives: each listed under every set of its words.
    fn read(runs: usize, run: impl Fn(usize) -> (NameWords, usize)) -> Crowds {
        let mut seen = HashSet::new();
        let mut by_words: HashMap<NameWords, [Vec<(u32, usize)>; 4]> = HashMap::new();
        for r in 0..runs {
            let (words, start) = run(r);
            let len = words.as_slice().len();
            if len == 0 || !seen.insert(words) {
                continue;
            }
            let set = word_set(words.as_slice()).unwrap_or_default();
            let set = set.as_slice();
            // Every set of its words but the empty one, by the bits of
            // `subset`.
            for subset in 1..1u32 << set.len() {
                let mut key = NameWords::default();
                for (k, &id) in set.iter().enumerate() {
                    if subset & (1 << k) != 0 {
                        key.push(id);
                    }
                }
                by_words.entry(key).or_default()[len - 1].push((r as u32, start));
            }
        }
        Crowds { by_words }
    }
}

/// `words` sorted without repeats, as [`Crowds::by_words`] keys them; none
/// when they are more than four different words, which no name has.
fn word_set(words: &[u32]) -> Option<NameWords> {
    let mut set = NameWords::default();
    for &id in words {
        if !set.as_slice().contains(&id) && !set.push(id) {
            return None;
        }
    }
    let len = usize::from(set.len);
    set.ids[..len].sort_unstable();
    Some(set)
}

/// How many bits [`Names::indexed_bits`] has.
const GATE_BITS: usize = 1024;

/// A word's bit among [`GATE_BITS`], from its length and its first and
/// last bytes with bit 5 set: words with different bits differ. Lowercasing
/// an ASCII byte sets at most that bit, so a word and its ASCII lowercase
/// have the same bit, computed from either without lowercasing a byte.
fn gate_bit(len: usize, first: u8, last: u8) -> u16 {
    let x = u32::from(first | 0x20) | (u32::from(last | 0x20) << 8) | ((len as u32) << 16);
    // The top bits of the product are the best mixed.
    (x.wrapping_mul(0x9E37_79B1) >> (32 - GATE_BITS.trailing_zeros())) as u16
}

/// Whether bit `bit` of `bits` is set.
fn has_bit(bits: &[u64; GATE_BITS / 64], bit: u16) -> bool {
    bits[usize::from(bit / 64) % bits.len()] & (1 << (bit % 64)) != 0
}

/// [`gate_bit`] of `b`: of its ASCII lowercase too.
fn gate_of(b: &[u8]) -> u16 {
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) => gate_bit(b.len(), f, l),
        _ => 0,
    }
}

fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// A word's hash, and for a word of at most eight bytes its bytes packed
/// into one number (see [`pack`]): two short words of one length are the
/// same exactly when their packed bytes are, so that they compare without
/// reading their bytes again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Key {
    hash: u64,
    short: u64,
}

/// The longest word [`pack`] holds.
const SHORT: usize = 8;

/// The bytes of a word of at most eight bytes in one little-endian number,
/// with two loads instead of a loop: the first and the last four bytes
/// (which overlap for fewer than eight), or for one to three bytes the
/// first, middle and last. Given the length, the bytes are known again
/// from the number, so words of one length never share it.
fn pack(b: &[u8]) -> u64 {
    let n = b.len();
    match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        (Some(lo), Some(hi)) => {
            u64::from(u32::from_le_bytes(*lo)) | (u64::from(u32::from_le_bytes(*hi)) << 32)
        }
        _ if n > 0 => u64::from(b[0]) | (u64::from(b[n / 2]) << 8) | (u64::from(b[n - 1]) << 16),
        _ => 0,
    }
}

/// Whether `b` is ASCII. A word of at most eight bytes is told from its
/// packed bytes, which hold every one of its bytes (the first and last
/// four overlap, or the first, middle and last are all three), without a
/// loop over them: most words of names are that short.
fn is_ascii(b: &[u8]) -> bool {
    if b.len() <= SHORT {
        pack(b) & HIGH == 0
    } else {
        b.is_ascii()
    }
}

/// Whether `b` is ASCII and holds no hyphen: a token that is one piece of
/// a name at most, which is looked up as ASCII (see
/// `Speakers::lone_not_plain`). Eight bytes are tested at once: a byte
/// past ASCII has its high bit set, and in a word of ASCII bytes a hyphen
/// is a zero byte once XORed with hyphens, the lowest of which is the
/// first byte to borrow, and so to set its high bit, when one is taken
/// from each byte (no byte borrows before it, none at all when there is
/// no hyphen). A word of at most eight bytes is read from its packed
/// bytes, which hold all of them; a longer one in eight-byte chunks, the
/// last one ending with the word.
pub(super) fn ascii_unhyphenated(b: &[u8]) -> bool {
    let hyphens = ONES * u64::from(b'-');
    let bad = |x: u64| (x | (x ^ hyphens).wrapping_sub(ONES)) & HIGH;
    if b.len() <= SHORT {
        return bad(pack(b)) == 0;
    }
    let (chunks, _) = b.as_chunks::<8>();
    let last = b
        .last_chunk::<8>()
        .map_or(0, |c| bad(u64::from_le_bytes(*c)));
    chunks
        .iter()
        .fold(last, |any, c| any | bad(u64::from_le_bytes(*c)))
        == 0
}

fn key_bytes(b: &[u8]) -> Key {
    key_with(b, |x| x)
}

/// The key of `b`: short words by their packed bytes, longer ones by
/// little-endian words of eight bytes (the last one ending with `b`), each
/// passed through `f` first.
#[inline]
fn key_with(b: &[u8], f: impl Fn(u64) -> u64) -> Key {
    let n = b.len();
    if n <= SHORT {
        let short = f(pack(b));
        return Key {
            hash: mix(n as u64, short),
            short,
        };
    }
    let load = |c: &[u8; 8]| f(u64::from_le_bytes(*c));
    let mut h = n as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, c.first_chunk().map_or(0, load));
    }
    if !chunks.remainder().is_empty() {
        h = mix(h, b.last_chunk().map_or(0, load));
    }
    Key { hash: h, short: 0 }
}

/// [`key_bytes`] of `b` lowercased, for ASCII `b`, without copying it:
/// each eight bytes are lowercased at once (as are packed bytes, which are
/// bytes of `b` in other places).
fn key_ascii_lower(b: &[u8]) -> Key {
    key_with(b, lower8)
}

/// The eight ASCII bytes of `x` lowercased at once.
#[inline]
fn lower8(x: u64) -> u64 {
    use crate::ascii8::ONES;
    // For seven-bit bytes, `x + (128 - n)` sets a byte's high bit
    // exactly when the byte is at least `n`, with no carry between
    // bytes: the capitals are at least 'A' and not at least '['.
    let upper = x.wrapping_add(ONES * (128 - u64::from(b'A')))
        & !x.wrapping_add(ONES * (128 - u64::from(b'[')))
        & HIGH;
    x | (upper >> 2)
}

/// Whether the interned word `lower` (lowercase) is ASCII `w` lowercased,
/// for words longer than [`SHORT`] of the same length: eight bytes of `w`
/// are lowercased and compared at once (the last eight overlapping the
/// ones before), where `eq_ignore_ascii_case` lowercased both sides a byte
/// at a time, some fifteen instructions a byte. A byte of `lower` beyond
/// ASCII matches no byte of `w`, as with `eq_ignore_ascii_case`.
///
/// Out of line: inlined into `intern`, and so into the people's loop, it
/// cost that loop registers (17K instructions more over corpora/real than
/// the call).
#[inline(never)]
fn same_ascii_lower(lower: &[u8], w: &[u8]) -> bool {
    debug_assert!(w.is_ascii());
    let load = |c: &[u8; 8]| u64::from_le_bytes(*c);
    if lower.len() != w.len() || w.len() < 8 {
        return lower.eq_ignore_ascii_case(w);
    }
    let (mut a, mut b) = (lower.chunks_exact(8), w.chunks_exact(8));
    let same = (&mut a)
        .zip(&mut b)
        .all(|(x, y)| x.first_chunk().map(load) == y.first_chunk().map(|c| lower8(load(c))));
    same && (a.remainder().is_empty()
        || lower.last_chunk().map(load) == w.last_chunk().map(|c| lower8(load(c))))
}

/// The slot of `hash` in a table of `len` slots (a power of two).
fn slot(hash: u64, len: usize) -> usize {
    slot_in(hash, len - 1)
}

/// [`slot`] of `hash` given the table's length less one.
fn slot_in(hash: u64, mask: usize) -> usize {
    // A product's bit depends only on the bits below it, so only its top
    // bits depend on every bit of the hash; the rotation brings as many
    // of them as the mask keeps to the bottom. Middle bits would miss a
    // word's last bytes, which `pack` puts at the top: names of one length
    // differing only there ("Daeaab", "Daeaac") would share a slot and
    // probing would grow with the square of their number. An empty
    // table's all-ones mask (see `indexed_ascii_past_gate`) rotates by
    // 64, a whole turn, and keeps an index past any slot.
    let bits = u64::BITS - (mask as u64).leading_zeros();
    hash.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(bits) as usize & mask
}

/// Appends `w` lowercased, as `str::to_lowercase` would, to `out`.
pub(super) fn push_lower(out: &mut String, w: &str) {
    if w.is_ascii() {
        let at = out.len();
        out.push_str(w);
        if let Some(tail) = out.get_mut(at..) {
            tail.make_ascii_lowercase();
        }
    } else {
        out.push_str(&w.to_lowercase());
    }
}

/// Inserts `value` (whose hash is `hash`) into an open-addressing table of
/// `slots`, doubling it when half full.
fn insert_slot(
    slots: &mut Vec<u32>,
    count: usize,
    hash: u64,
    value: u32,
    rehash: impl Fn(u32) -> u64,
) {
    if (count + 1) * 2 > slots.len() {
        let len = (slots.len() * 2).max(32);
        let old = std::mem::replace(slots, vec![0; len]);
        for v in old.into_iter().filter(|&v| v != 0) {
            let mut s = slot(rehash(v - 1), len);
            while slots[s] != 0 {
                s = (s + 1) & (len - 1);
            }
            slots[s] = v;
        }
    }
    let len = slots.len();
    let mut s = slot(hash, len);
    while slots[s] != 0 {
        s = (s + 1) & (len - 1);
    }
    slots[s] = value + 1;
}

/// Inserts `value` (whose hash is `hash`) into an open-addressing table of
/// `slots` holding `count` values, as [`insert_slot`] does, where probing
/// for `hash` ended at the empty slot `empty`: there, unless the table is
/// half full and grows.
fn fill_slot(
    slots: &mut Vec<u32>,
    count: usize,
    empty: usize,
    hash: u64,
    value: u32,
    rehash: impl Fn(u32) -> u64,
) {
    if (count + 1) * 2 > slots.len() {
        insert_slot(slots, count, hash, value, rehash);
    } else {
        debug_assert_eq!(slots[empty], 0);
        slots[empty] = value + 1;
    }
}

impl Names {
    /// Room for about `n` names, so that the tables grow seldom.
    pub(super) fn with_capacity(n: usize) -> Names {
        // Tables at most half full hold `n` without growing.
        let slots = (2 * n).next_power_of_two().max(32);
        Names {
            arena: String::with_capacity(8 * n),
            words: Vec::with_capacity(n),
            word_slots: vec![0; slots],
            nodes: Vec::with_capacity(n),
            indexed_bits: [0; GATE_BITS / 64],
            crowds: OnceCell::new(),
        }
    }

    /// Empties the tables for a story of about `n` names, keeping their
    /// storage: as [`Names::with_capacity`] of `n`, without allocating
    /// when the storage has room.
    pub(super) fn reset(&mut self, n: usize) {
        let slots = (2 * n).next_power_of_two().max(32);
        self.arena.clear();
        self.arena.reserve(8 * n);
        self.words.clear();
        self.words.reserve(n);
        self.word_slots.clear();
        self.word_slots.resize(slots, 0);
        self.nodes.clear();
        self.nodes.reserve(n);
        self.indexed_bits = [0; GATE_BITS / 64];
        self.crowds = OnceCell::new();
    }

    /// Whether the tables' storage is small enough to be kept for the
    /// next story (see [`Names::reset`]): a thread keeps no more than a
    /// few hundred kilobytes after a story naming very many people.
    pub(super) fn small(&self) -> bool {
        self.arena.capacity() <= 1 << 16
            && self.words.capacity() <= 1 << 12
            && self.word_slots.capacity() <= 1 << 13
            && self.nodes.capacity() <= 1 << 13
            && self.crowds.get().is_none()
    }

    fn bytes(&self, id: u32) -> &str {
        let w = &self.words[id as usize];
        &self.arena[w.start as usize..(w.start + w.len) as usize]
    }

    /// The id of the lowercase word `lower`, if interned.
    pub(super) fn find(&self, lower: &str) -> Option<u32> {
        self.find_lower(lower, key_bytes(lower.as_bytes()))
    }

    /// The id of `w` lowercased (as [`push_lower`] does), if interned.
    pub(super) fn find_word(&self, w: &str) -> Option<u32> {
        if is_ascii(w.as_bytes()) {
            self.find_ascii(w.as_bytes(), key_ascii_lower(w.as_bytes()))
        } else {
            self.find(&w.to_lowercase())
        }
    }

    /// [`Names::find_word`] of a word known to be ASCII.
    pub(super) fn find_ascii_word(&self, w: &[u8]) -> Option<u32> {
        debug_assert!(w.is_ascii());
        self.find_ascii(w, key_ascii_lower(w))
    }

    /// The id of ASCII `w` lowercased, whose key is `key`: an interned
    /// word is lowercase already, so comparing it with `w` ignoring ASCII
    /// case compares it with `w` lowercased.
    fn find_ascii(&self, w: &[u8], key: Key) -> Option<u32> {
        self.probe(key, w.len(), |x| same_ascii_lower(x.as_bytes(), w))
            .ok()
    }

    fn find_lower(&self, lower: &str, key: Key) -> Option<u32> {
        self.probe(key, lower.len(), |x| x == lower).ok()
    }

    /// The id of the interned word of `len` bytes with key `key` that
    /// `same` accepts (asked only of words longer than [`SHORT`], as the
    /// keys of shorter ones tell them apart): linear probing from the
    /// hash's slot to the first empty one, which exists because
    /// `insert_slot` keeps the table at most half full. Else that empty
    /// slot, where the word goes when it is interned (zero when the table
    /// has no slots).
    fn probe(&self, key: Key, len: usize, same: impl Fn(&str) -> bool) -> Result<u32, usize> {
        if self.word_slots.is_empty() {
            return Err(0);
        }
        let slots = self.word_slots.len();
        let mut s = slot(key.hash, slots);
        loop {
            let Some(id) = self.word_slots[s].checked_sub(1) else {
                return Err(s);
            };
            let w = &self.words[id as usize];
            // Short words of one length are the same exactly when their
            // packed bytes are; longer ones of one hash are compared.
            let same_len = w.len as usize == len;
            if same_len && len <= SHORT && w.key.short == key.short
                || same_len && len > SHORT && w.key.hash == key.hash && same(self.bytes(id))
            {
                return Ok(id);
            }
            s = (s + 1) & (slots - 1);
        }
    }

    /// The id of `w` lowercased, interning it when new.
    pub(super) fn intern(&mut self, w: &str) -> u32 {
        // A word seen before is found without copying it.
        let start = self.arena.len();
        let ascii = is_ascii(w.as_bytes());
        // The look-up that does not find the word ends at the empty slot
        // it goes in.
        let (key, empty) = if ascii {
            let key = key_ascii_lower(w.as_bytes());
            let empty = match self.probe(key, w.len(), |x| {
                same_ascii_lower(x.as_bytes(), w.as_bytes())
            }) {
                Ok(id) => return id,
                Err(empty) => empty,
            };
            // A short word's key holds its bytes: only longer ones are
            // compared byte by byte, from the arena.
            if w.len() > SHORT {
                push_lower(&mut self.arena, w);
            }
            (key, empty)
        } else {
            push_lower(&mut self.arena, w);
            let lower = &self.arena[start..];
            let key = key_bytes(lower.as_bytes());
            match self.probe(key, lower.len(), |x| x == lower) {
                Ok(id) => {
                    self.arena.truncate(start);
                    return id;
                }
                Err(empty) => (key, empty),
            }
        };
        // Lowercasing keeps an ASCII word's length.
        let (len, gate) = if ascii {
            (w.len(), gate_of(w.as_bytes()))
        } else {
            let lower = &self.arena.as_bytes()[start..];
            (lower.len(), gate_of(lower))
        };
        let id = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
        self.words.push(Word {
            start: start as u32,
            len: len as u32,
            key,
            first: NONE,
            last: NONE,
            count: 0,
            gate,
            alone: false,
        });
        let words = &self.words;
        fill_slot(
            &mut self.word_slots,
            self.words.len() - 1,
            empty,
            key.hash,
            id,
            |v| words[v as usize].key.hash,
        );
        id
    }

    /// Whether the name of the word `id` alone was recorded: recording
    /// it again ([`Names::record`]) changes nothing.
    #[inline]
    pub(super) fn recorded_alone(&self, id: u32) -> bool {
        self.words.get(id as usize).is_some_and(|w| w.alone)
    }

    /// Whether some distinct name contains the word `id`.
    pub(super) fn indexed(&self, id: u32) -> bool {
        self.words[id as usize].count > 0
    }

    /// Whether some distinct name contains `w` lowercased: as
    /// `find_word(w).is_some_and(|id| indexed(id))`, but an ASCII word
    /// whose gate bit no such word has is answered without a look-up.
    pub(super) fn has_indexed(&self, w: &str) -> bool {
        self.indexed_word(w).is_some()
    }

    /// The id of `w` lowercased when some distinct name contains it, as
    /// [`Names::has_indexed`] finds it.
    pub(super) fn indexed_word(&self, w: &str) -> Option<u32> {
        if is_ascii(w.as_bytes()) {
            self.indexed_ascii(w.as_bytes())
        } else {
            self.find_word(w).filter(|&id| self.indexed(id))
        }
    }

    /// The id of ASCII `w` lowercased when some distinct name contains it,
    /// as [`Names::has_indexed`] finds it.
    ///
    /// Inlined for the gate, which answers most calls (most lone
    /// capitalised words are in no name) in a few instructions; the
    /// look-up behind it is out of line, so that its registers are not
    /// saved and restored on every call.
    #[inline]
    pub(super) fn indexed_ascii(&self, w: &[u8]) -> Option<u32> {
        let (&f, &l) = (w.first()?, w.last()?);
        let bit = gate_bit(w.len(), f, l);
        if !has_bit(&self.indexed_bits, bit) {
            return None;
        }
        self.indexed_ascii_past_gate(w)
    }

    /// [`Names::indexed_ascii`] of a plain word (ASCII letters and digits)
    /// without its final period, if it has one: the word the tokenizer
    /// looked up. The gate answers most lone capitalised words, so its
    /// inputs are read cheaply: the word is cut once without its period,
    /// and its ends read from that slice (15K instructions fewer over
    /// corpora/real than computing the length less the period, without a
    /// branch, and testing each index against it).
    #[inline]
    pub(super) fn indexed_plain(&self, w: &[u8]) -> Option<u32> {
        let (&last, rest) = w.split_last()?;
        let w = if last == b'.' { rest } else { w };
        let (&f, &l) = (w.first()?, w.last()?);
        let bit = gate_bit(w.len(), f, l);
        if !has_bit(&self.indexed_bits, bit) {
            return None;
        }
        self.indexed_ascii_past_gate(w)
    }

    /// [`Names::indexed_ascii`] of a word whose gate bit is set.
    ///
    /// Most such words are short (at most [`SHORT`] bytes), known from
    /// their keys alone: their probe is written out here with few enough
    /// values to hold that no register is saved and restored on the call,
    /// and longer words, compared byte by byte, are looked up out of line.
    #[inline(never)]
    fn indexed_ascii_past_gate(&self, w: &[u8]) -> Option<u32> {
        if w.len() > SHORT {
            return self.indexed_long(w);
        }
        let key = key_ascii_lower(w);
        let mask = self.word_slots.len().wrapping_sub(1);
        let mut s = slot_in(key.hash, mask);
        loop {
            // None past an empty table, whose mask reaches every index.
            let id = self.word_slots.get(s)?.checked_sub(1)?;
            let word = self.words.get(id as usize)?;
            // Short words of one length are the same exactly when their
            // packed bytes are: the hash need not be compared.
            if word.key.short == key.short && word.len as usize == w.len() {
                return (word.count > 0).then_some(id);
            }
            s = (s + 1) & mask;
        }
    }

    /// [`Names::indexed_ascii_past_gate`] of a word longer than [`SHORT`].
    #[inline(never)]
    fn indexed_long(&self, w: &[u8]) -> Option<u32> {
        let key = key_ascii_lower(w);
        self.probe(key, w.len(), |x| same_ascii_lower(x.as_bytes(), w))
            .ok()
            .filter(|&id| self.indexed(id))
    }

    /// Records `name` (mentioned first by run `r`) when no name with the
    /// same words was recorded, adding it to the lists of its words;
    /// `words_of` gives the words of an earlier run.
    ///
    /// A name recorded before is found in its words' lists, with no table
    /// of the distinct names to allocate, hash and probe: a story names a
    /// few dozen people, and a word's list holds the few names sharing it.
    /// Its first word's list has it unless that list was full when it was
    /// recorded; else some other word's list has it, or none does, when
    /// every word's list was full then and still is: recording it again
    /// adds it to none. A name of one word is known from its word's flag.
    ///
    /// Forced inline into `push_run`, its one caller outside the tests,
    /// which runs for every name read: called, it was passed the name's
    /// words through memory, and most calls return at once (a name of one
    /// word recorded before).
    #[inline(always)]
    pub(super) fn record(
        &mut self,
        name: NameWords,
        r: usize,
        words_of: impl Fn(usize) -> NameWords,
    ) {
        let ids = name.as_slice();
        let Some(&first) = ids.first() else {
            return;
        };
        let known = |id: u32| self.list(id).any(|k| words_of(k) == name);
        let full = self.words[first as usize].count >= MAX_VARIANTS;
        if ids.len() == 1 {
            // A name of one word ("Kim", again and again: most names
            // recorded) is known from its word's flag, without the walk
            // over the names that have the word. Recorded when the word's
            // list was full, it was added to no list, and would be added to
            // none again.
            debug_assert!(full || known(first) == self.words[first as usize].alone);
            if std::mem::replace(&mut self.words[first as usize].alone, true) {
                return;
            }
        } else if known(first) || (full && ids[1..].iter().any(|&id| known(id))) {
            return;
        }
        let r = r as u32;
        // The tables borrowed apart, so that each word is found once.
        let Names {
            words,
            nodes,
            indexed_bits,
            ..
        } = self;
        for &id in name.as_slice() {
            let w = &mut words[id as usize];
            let last_run = (w.last != NONE).then(|| nodes[w.last as usize].0);
            if last_run == Some(r) {
                continue;
            }
            if w.count >= MAX_VARIANTS {
                w.count = CROWDED;
                continue;
            }
            let node = nodes.len() as u32;
            nodes.push((r, NONE));
            if w.last == NONE {
                w.first = node;
            } else {
                nodes[w.last as usize].1 = node;
            }
            w.last = node;
            w.count += 1;
            let bits = indexed_bits.len();
            indexed_bits[usize::from(w.gate / 64) % bits] |= 1 << (w.gate % 64);
        }
    }

    /// The first runs of the distinct names containing all of `words`, in
    /// text order, for [`Speakers::fullest`](super::Speakers) to pick the
    /// longest from, and among the longest the last before `pos`, else the
    /// first. `run` gives the words and start of each of the story's
    /// `runs` runs.
    ///
    /// Those are the runs of one of the words' lists that holds every
    /// distinct name containing it, when one does: each list holds at most
    /// [`MAX_VARIANTS`] names, so that a look-up walks a few dozen.
    /// When every one of the words is in more names than that (70
    /// different "Kim"s, then "Kim said"), they are the only two runs the
    /// rule can pick: the first of the longest names containing the words,
    /// and the last of them before `pos`, found by halving in a table of
    /// all of the story's names read once, on the first such look-up.
    pub(super) fn containing(
        &self,
        words: &[u32],
        pos: usize,
        runs: usize,
        run: impl Fn(usize) -> (NameWords, usize),
    ) -> Containing<'_> {
        let complete = words.iter().find(|&&id| {
            self.words
                .get(id as usize)
                .is_none_or(|w| w.count < CROWDED)
        });
        if let Some(&id) = complete {
            return Containing::List(self.list(id));
        }
        let mut picked = Picked::default();
        let Some(set) = word_set(words).filter(|set| set.len > 0) else {
            return Containing::Picked(picked);
        };
        let crowds = self
            .crowds
            .get_or_init(|| Box::new(Crowds::read(runs, run)));
        let longest = crowds
            .by_words
            .get(&set)
            .and_then(|lengths| lengths.iter().rev().find(|names| !names.is_empty()));
        if let Some(names) = longest {
            let before = names.partition_point(|&(_, start)| start < pos);
            picked.runs[0] = names[0].0;
            picked.len = 1;
            if before > 1 {
                picked.runs[1] = names[before - 1].0;
                picked.len = 2;
            }
        }
        Containing::Picked(picked)
    }

    /// The runs of the distinct names containing word `id`, in text order.
    pub(super) fn list(&self, id: u32) -> List<'_> {
        List {
            nodes: &self.nodes,
            node: self.words.get(id as usize).map_or(NONE, |w| w.first),
        }
    }
}

/// The runs of a word's list (see [`Names::list`]).
pub(super) struct List<'n> {
    nodes: &'n [(u32, u32)],
    node: u32,
}

impl Iterator for List<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let &(r, next) = self.nodes.get(self.node as usize)?;
        self.node = next;
        Some(r as usize)
    }
}

/// The runs [`Names::containing`] gives.
pub(super) enum Containing<'n> {
    /// A word's list, which holds every name containing the word.
    List(List<'n>),
    /// The runs picked among many.
    Picked(Picked),
}

/// Up to two runs, in text order: the first `len` of `runs`, from `next`.
#[derive(Default)]
pub(super) struct Picked {
    runs: [u32; 2],
    len: usize,
    next: usize,
}

impl Iterator for Containing<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            Containing::List(list) => list.next(),
            Containing::Picked(p) => {
                let r = *p.runs[..p.len].get(p.next)?;
                p.next += 1;
                Some(r as usize)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest run of occupied slots in the word table: a look-up
    /// probes at most that many.
    fn longest_cluster(n: &Names) -> usize {
        let (mut longest, mut run) = (0, 0);
        // Twice round, so that a run wrapping past the end counts whole.
        for &s in n.word_slots.iter().chain(&n.word_slots) {
            run = if s == 0 { 0 } else { run + 1 };
            longest = longest.max(run);
        }
        longest
    }

    #[test]
    fn words_differing_only_in_their_last_bytes_spread_over_the_table() {
        // Short words keep their last bytes at the top of their packed
        // bytes and long ones in their last chunk; a slot taken from the
        // hash's middle bits put each family in one cluster, which every
        // look-up of its words then walked.
        for stem in ["Daea", "Kimjongun", "Abcdefghijklmn"] {
            let mut n = Names::default();
            let mut count = 0;
            for a in b'a'..=b'z' {
                for b in b'a'..=b'z' {
                    let w = format!("{stem}{}{}", a as char, b as char);
                    let id = n.intern(&w);
                    assert_eq!(n.find_word(&w), Some(id), "{w}");
                    count += 1;
                }
            }
            assert_eq!(count, 676);
            let longest = longest_cluster(&n);
            assert!(longest < 64, "{stem}: {longest} slots in a row");
        }
    }

    #[test]
    fn interns_case_aside() {
        let mut n = Names::default();
        let kim = n.intern("Kim");
        assert_eq!(n.intern("KIM"), kim);
        assert_ne!(n.intern("Jong"), kim);
        assert_eq!(n.find("kim"), Some(kim));
        assert_eq!(n.find("Kim"), None);
        assert_eq!(n.find("putin"), None);
        assert_eq!(n.intern("Ünal"), n.intern("ünal"));
        for i in 0..500 {
            n.intern(&format!("w{i}"));
        }
        assert_eq!(n.find("kim"), Some(kim));
        assert!(n.find("w499").is_some());
        // Long words are compared by their bytes, kept in the arena.
        let long = n.intern("Al-Mukhtarov");
        assert_eq!(n.find("al-mukhtarov"), Some(long));
        assert_eq!(n.find_word("AL-MUKHTAROV"), Some(long));
        assert_eq!(n.find_word("Al-Mukhtarow"), None);
        assert_eq!(n.find_word("Al-Mukh"), None);
        assert_ne!(n.intern("Al-Mukh"), long);
        assert_eq!(n.find_word("al-mukh"), n.find("al-mukh"));
    }

    #[test]
    fn short_words_are_told_apart_by_their_keys() {
        // Every two pieces of up to eight bytes: the same key and length
        // exactly when the same bytes.
        let text = "kim jong-un ünal aab abb aba abcdefghabcdxefgh 0123456789";
        let b = text.as_bytes();
        let mut pieces = Vec::new();
        for a in 0..b.len() {
            for e in a..b.len().min(a + SHORT) + 1 {
                pieces.push(&b[a..e]);
            }
        }
        for x in &pieces {
            for y in &pieces {
                let same_key = x.len() == y.len() && key_bytes(x) == key_bytes(y);
                assert_eq!(same_key, x == y, "{x:?} {y:?}");
            }
        }
        // Longer words hash every byte.
        let long = "abcdefghijklmnopqrstu";
        for k in 0..long.len() {
            let mut other = long.as_bytes().to_vec();
            other[k] = b'_';
            assert_ne!(key_bytes(long.as_bytes()), key_bytes(&other), "{k}");
        }
    }

    #[test]
    fn short_words_are_ascii_as_their_packed_bytes_say() {
        // A byte beyond ASCII at each place of a word of up to nine bytes
        // (nine is read the long way): every one of them is packed.
        for len in 0..=SHORT + 1 {
            let ascii = vec![b'a'; len];
            assert!(is_ascii(&ascii), "{len}");
            for k in 0..len {
                let mut w = ascii.clone();
                w[k] = 0xC3;
                assert!(!is_ascii(&w), "{len} {k}");
            }
        }
    }

    #[test]
    fn words_are_ascii_without_a_hyphen_as_their_bytes_say() {
        // Every byte at each place of words of up to twenty bytes (packed,
        // one chunk and the last, several chunks), among letters, among
        // bytes next to a hyphen's ('.', '.' past ASCII) and among zero
        // bytes, which a hyphen XORed with hyphens would be.
        for fill in [b'a', b'.', b'-' + 1, b'-' ^ 0x80, 0] {
            for len in 0..=20 {
                for k in 0..len {
                    for b in 0..=u8::MAX {
                        let mut w = vec![fill; len];
                        w[k] = b;
                        let want = w.is_ascii() && !w.contains(&b'-');
                        assert_eq!(ascii_unhyphenated(&w), want, "{w:?}");
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_unhyphenated_agrees_with_the_slice_methods(w in proptest::collection::vec(proptest::sample::select(vec![b'a', b'Z', b'-', b'.', b'\'', 0x2C, 0x2E, 0xAD, 0xC3, 0x80]), 0..30)) {
            proptest::prop_assert_eq!(ascii_unhyphenated(&w), w.is_ascii() && !w.contains(&b'-'));
        }
    }

    proptest::proptest! {
        #[test]
        fn is_ascii_agrees_with_the_slice_method(w in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..12)) {
            proptest::prop_assert_eq!(is_ascii(&w), w.is_ascii());
        }
    }

    proptest::proptest! {
        /// Long words compared eight bytes at a time agree with the
        /// byte-by-byte comparison, for lowercase words that are `w`
        /// lowercased, differ from it in one byte, or hold a byte beyond
        /// ASCII.
        #[test]
        fn long_words_compare_as_ignoring_ascii_case(
            w in proptest::collection::vec(0u8..0x80, SHORT + 1..40),
            at in proptest::prelude::any::<proptest::sample::Index>(),
            by in 0u8..=0xFF,
        ) {
            let lower = w.to_ascii_lowercase();
            proptest::prop_assert!(same_ascii_lower(&lower, &w));
            let mut other = lower.clone();
            let k = at.index(other.len());
            other[k] = by.to_ascii_lowercase();
            proptest::prop_assert_eq!(same_ascii_lower(&other, &w), other.eq_ignore_ascii_case(&w));
        }
    }

    #[test]
    fn ascii_words_hash_as_their_lowercase() {
        let words = [
            "",
            "a",
            "Z",
            "@[`{",
            "Kim",
            "KIM",
            "Jong-un",
            "O'Brien",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "abcdefgh",
            "AbCdEfGhI",
            "x1Y2z3",
        ];
        for w in words {
            let lower = w.to_ascii_lowercase();
            assert_eq!(
                key_ascii_lower(w.as_bytes()),
                key_bytes(lower.as_bytes()),
                "{w}"
            );
        }
        for b in 0..0x80u8 {
            for n in [1, 3, 4, 9, 17] {
                let w = vec![b; n];
                let lower = w.to_ascii_lowercase();
                assert_eq!(key_ascii_lower(&w), key_bytes(&lower), "{b}");
            }
        }
        let mut n = Names::default();
        let kim = n.intern("Kim");
        assert_eq!(n.find_word("KIM"), Some(kim));
        assert_eq!(n.find_word("kIm"), Some(kim));
        for w in words {
            assert_eq!(n.find_ascii_word(w.as_bytes()), n.find_word(w), "{w}");
        }
        assert_eq!(n.find_word("Ünal"), None);
        let unal = n.intern("Ünal");
        assert_eq!(n.find_word("ÜNAL"), Some(unal));
        assert_eq!(n.intern("kim"), kim);
    }

    /// Names recorded by run, as the people's runs keep them, for
    /// [`Names::record`] to read earlier runs' words from.
    #[derive(Default)]
    struct Runs(Vec<NameWords>);

    impl Runs {
        fn record(&mut self, n: &mut Names, name: NameWords, r: usize) {
            if self.0.len() <= r {
                self.0.resize(r + 1, NameWords::default());
            }
            let runs = &self.0;
            n.record(name, r, |k| runs[k]);
            self.0[r] = name;
        }
    }

    #[test]
    fn distinct_names_and_lists() {
        let mut n = Names::default();
        let mut runs = Runs::default();
        let (kim, jong) = (n.intern("kim"), n.intern("jong"));
        let mut a = NameWords::default();
        a.push(kim);
        a.push(jong);
        runs.record(&mut n, a, 0);
        runs.record(&mut n, a, 5);
        let mut b = NameWords::default();
        b.push(kim);
        runs.record(&mut n, b, 7);
        assert_eq!(n.list(kim).collect::<Vec<_>>(), [0, 7]);
        assert_eq!(n.list(jong).collect::<Vec<_>>(), [0]);
        assert!(n.indexed(jong));
        // A word shared by very many names lists the first few only.
        for r in 0..100 {
            let mut c = NameWords::default();
            c.push(kim);
            c.push(n.intern(&format!("given{r}")));
            runs.record(&mut n, c, 10 + r);
        }
        assert_eq!(n.list(kim).count(), MAX_VARIANTS as usize);
        assert_eq!(n.list(kim).take(3).collect::<Vec<_>>(), [0, 7, 10]);
        // A name past its first word's full list is known by its others'.
        let mut late = NameWords::default();
        late.push(kim);
        late.push(n.intern("given99"));
        runs.record(&mut n, late, 200);
        assert_eq!(n.list(late.as_slice()[1]).collect::<Vec<_>>(), [109]);
        let mut five = NameWords::default();
        assert!((0..4).all(|_| five.push(jong)));
        assert!(!five.push(jong));
    }

    proptest::proptest! {
        /// Recording names keeps each word's list as a set of the
        /// distinct names would: each distinct name listed once, under
        /// the first run that named it, in each of its words' lists that
        /// were not full then. Few first words and many others, so that
        /// lists fill.
        #[test]
        fn lists_are_those_of_a_set_of_distinct_names(
            names in proptest::collection::vec(
                (0..3u32, proptest::collection::vec(0..80u32, 0..4)),
                0..400,
            )
        ) {
            let mut n = Names::default();
            let mut runs = Runs::default();
            let ids: Vec<u32> = (0..83).map(|k| n.intern(&format!("w{k}"))).collect();
            let mut seen = std::collections::HashSet::new();
            let mut lists: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
            // How many distinct names contain each word, however many.
            let mut names_with = vec![0; ids.len()];
            for (r, (first, rest)) in names.iter().enumerate() {
                let mut name = NameWords::default();
                name.push(ids[*first as usize]);
                for &w in rest {
                    name.push(ids[3 + w as usize]);
                }
                runs.record(&mut n, name, r);
                if seen.insert(name.as_slice().to_vec()) {
                    for (k, &id) in name.as_slice().iter().enumerate() {
                        let list = &mut lists[id as usize];
                        names_with[id as usize] += usize::from(!name.as_slice()[..k].contains(&id));
                        if list.last() != Some(&r) && list.len() < MAX_VARIANTS as usize {
                            list.push(r);
                        }
                    }
                }
            }
            for &id in &ids {
                proptest::prop_assert_eq!(&n.list(id).collect::<Vec<_>>(), &lists[id as usize]);
                // A word is crowded exactly when its list left a name out.
                let crowded = names_with[id as usize] > MAX_VARIANTS as usize;
                proptest::prop_assert_eq!(n.words[id as usize].count == CROWDED, crowded);
            }
        }
    }

    #[test]
    fn gated_look_up_answers_as_the_full_one() {
        let mut n = Names::default();
        let mut runs = Runs::default();
        let asked = [
            "Kim",
            "KIM",
            "kim",
            "Jong",
            "Ünal",
            "ÜNAL",
            "Unal",
            "Trump",
            "Tuesday",
            "K",
            "\u{212a}",
            "k",
            "Al-Mukhtarov",
            "AL-MUKHTAROV",
            "Mukhtarov",
            "x",
            "",
            "Obrien",
            "O'Brien",
            "Washington",
            "WASHINGTONS",
        ];
        let names: [&[&str]; 5] = [
            &["Kim", "Jong"],
            &["Ünal"],
            &["\u{212a}"],
            &["Al-Mukhtarov", "O'Brien"],
            &["Tuesday"],
        ];
        for (r, name) in names.iter().enumerate() {
            for w in asked {
                assert_eq!(
                    n.has_indexed(w),
                    n.find_word(w).is_some_and(|id| n.indexed(id)),
                    "{w:?}"
                );
            }
            let mut words = NameWords::default();
            for w in *name {
                words.push(n.intern(w));
            }
            // Interned but in no name yet: not indexed.
            n.intern("Washington");
            runs.record(&mut n, words, r);
        }
        assert!(n.has_indexed("KIM"));
        assert!(n.has_indexed("k"));
        assert!(!n.has_indexed("Washington"));
    }

    /// Every word of the seed pages and real stories, capitalised runs of
    /// them recorded as names, and every word (ASCII or not, short or
    /// long, of a name or not) then looked up: the tables answer as a map
    /// of the lowercase words to their ids does, with the ids of words in
    /// some name.
    #[test]
    fn look_ups_agree_with_a_map_over_real_text() {
        let mut asked = 0;
        for (path, text) in crate::test_stories::stories() {
            let words: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
                .filter(|w| !w.is_empty())
                .collect();
            let mut n = Names::default();
            let mut runs = Runs::default();
            let mut ids: HashMap<String, u32> = HashMap::new();
            let mut in_names = HashSet::new();
            let mut name = NameWords::default();
            let mut r = 0;
            for w in &words {
                let lower = w.to_lowercase();
                let id = n.intern(w);
                assert_eq!(*ids.entry(lower).or_insert(id), id, "{path:?} {w:?}");
                // A capitalised run of up to four words is a name, and
                // a few other words are interned only.
                if w.starts_with(char::is_uppercase) && name.push(id) {
                    continue;
                }
                if !name.as_slice().is_empty() {
                    in_names.extend(name.as_slice().iter().copied());
                    runs.record(&mut n, name, r);
                    r += 1;
                }
                name = NameWords::default();
            }
            for w in &words {
                for w in [w.to_string(), w.to_uppercase(), format!("{w}x")] {
                    let id = ids.get(&w.to_lowercase()).copied();
                    let indexed = id.filter(|id| in_names.contains(id));
                    assert_eq!(n.find_word(&w), id, "{path:?} {w:?}");
                    assert_eq!(n.has_indexed(&w), indexed.is_some(), "{path:?} {w:?}");
                    if w.is_ascii() {
                        assert_eq!(n.indexed_ascii(w.as_bytes()), indexed, "{path:?} {w:?}");
                        assert_eq!(n.find_ascii_word(w.as_bytes()), id, "{path:?} {w:?}");
                    }
                    asked += 1;
                }
            }
        }
        if crate::test_stories::corpus_at_hand() {
            assert!(asked > 200_000, "{asked}");
        }
    }

    #[test]
    fn plain_words_are_gated_as_their_lowercase() {
        let mut n = Names::default();
        let mut runs = Runs::default();
        for (r, name) in [
            ["Kim", "Jong", "Un2", "x"],
            ["Obama", "K9", "Abcdefghijk", "x"],
        ]
        .iter()
        .enumerate()
        {
            let mut words = NameWords::default();
            for w in name {
                assert!(words.push(n.intern(w)));
            }
            runs.record(&mut n, words, r);
        }
        // Every word of letters and digits, with a period or not, and its
        // near misses.
        let mut asked: Vec<String> = Vec::new();
        for w in [
            "kim", "KIM", "Kim", "Un2", "UN2", "x", "X", "k9", "K9", "jong",
        ] {
            asked.push(w.to_string());
            asked.push(format!("{w}."));
            asked.push(format!("{w}a"));
            asked.push(format!("a{w}"));
        }
        for b in (b'0'..=b'9').chain(b'A'..=b'Z').chain(b'a'..=b'z') {
            for len in 1..12 {
                asked.push(String::from(char::from(b)).repeat(len));
            }
        }
        asked.push("ABCDEFGHIJK.".into());
        asked.push(".".into());
        asked.push(String::new());
        for w in &asked {
            let bare = w.strip_suffix('.').unwrap_or(w);
            assert_eq!(
                n.indexed_plain(w.as_bytes()),
                n.indexed_ascii(bare.as_bytes()),
                "{w:?}"
            );
        }
        assert!(n.indexed_plain(b"KIM.").is_some());
        assert!(n.indexed_plain(b"abcdefghijk").is_some());
    }
}
