//! One look-up per word for every word list the quote and speaker stages
//! consult: cue verbs, titles, function words, abbreviations and the rest.
//!
//! The lists stay sorted tables in their own files. From them the compiler
//! builds, in const fns, a perfect hash over all of them (two tables: words
//! of up to eight bytes, and longer ones), so that the tokenizer finds a
//! word's cue role and list memberships by reading one slot, and the stages
//! then test a bit instead of binary-searching a list with case-folding
//! compares each time they ask.

use crate::cue::{self, Role};
use crate::speaker::table as sp;

/// The word lists a word is in, as a bit set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Class(u32);

impl Class {
    /// Titles and ranks before a name.
    pub(crate) const TITLE: Class = Class(1);
    /// Capitalised words that are not part of a name ("The", "In").
    pub(crate) const FUNCTION: Class = Class(1 << 1);
    /// Words showing a name is not a person's.
    pub(crate) const NOT_PERSON: Class = Class(1 << 2);
    /// Capitalised words that start sentences, not names.
    pub(crate) const NOT_NAME: Class = Class(1 << 3);
    /// Lowercase particles inside names ("bin", "van").
    pub(crate) const PARTICLE: Class = Class(1 << 4);
    /// Heads of descriptions of a news agency.
    pub(crate) const AGENCY_HEAD: Class = Class(1 << 5);
    /// Heads of descriptions of a document.
    pub(crate) const DOCUMENT_HEAD: Class = Class(1 << 6);
    /// Words between a speaker and its verb ("also", "has").
    pub(crate) const BETWEEN: Class = Class(1 << 7);
    /// Abbreviations that keep their period.
    pub(crate) const ABBREVIATION: Class = Class(1 << 8);
    /// Determiners before a description.
    pub(crate) const DETERMINER: Class = Class(1 << 9);
    /// Pronouns that can name a speaker.
    pub(crate) const PRONOUN: Class = Class(1 << 10);
    /// Prepositions that may end a description.
    pub(crate) const PREPOSITION: Class = Class(1 << 11);
    /// Conjunctions.
    pub(crate) const CONJUNCTION: Class = Class(1 << 12);
    /// Words that end a speaker phrase read forward.
    pub(crate) const STOP_FORWARD: Class = Class(1 << 13);
    /// Words that make the next word a noun ("the claim", "her claim").
    pub(crate) const NOUN_MARK: Class = Class(1 << 14);
    /// The first words of the agency forms searched in running text
    /// ([`crate::agency::FIRST_RUNS`]): a plain word that is none of them
    /// opens no agency mention.
    pub(crate) const AGENCY_OPENING: Class = Class(1 << 15);
    /// The words the dates' gate looks for in a paragraph without a digit
    /// ([`crate::dates::TRIGGER_WORDS`]): a paragraph of a story's quote
    /// segments is let through on the tokens of these, and of the words
    /// that are not plain, rather than read again byte by byte. The low
    /// sixteen bits are full, and the role and the token's own bits take
    /// the next five: it is bit 21 of a packed entry ([`CLASS_BITS`]).
    pub(crate) const DATE_TRIGGER: Class = Class(1 << 21);
    /// The first words of the agency forms whose every form goes on with
    /// a second word, or with a byte that is no space, no period and no
    /// comma ([`crate::agency::PAIRED_FIRST_RUNS`]): such a word
    /// before a plain word that is none of their second words
    /// ([`Class::AGENCY_SECOND_RUN`]) opens no agency mention. Bit 22 of
    /// a packed entry, past [`Class::DATE_TRIGGER`]'s.
    pub(crate) const AGENCY_PAIRED_OPENING: Class = Class(1 << 22);
    /// The second words of the forms of [`Class::AGENCY_PAIRED_OPENING`]'s
    /// words ([`crate::agency::SECOND_RUNS`]). Bit 23 of a packed entry.
    pub(crate) const AGENCY_SECOND_RUN: Class = Class(1 << 23);
    /// The words that may open a date expression
    /// ([`crate::dates::OPENER_WORDS`]): the dates' tokens of a quote
    /// segment are built from its words, and only these are looked up in
    /// the dates' index there. Bit 24 of a packed entry, after
    /// [`Class::AGENCY_SECOND_RUN`].
    pub(crate) const DATE_OPENER: Class = Class(1 << 24);
    /// The second words of [`Class::AGENCY_SECOND_RUN`] that every form
    /// having one goes on from with a byte that is no space and no period
    /// ([`crate::agency::JOINED_SECOND_RUNS`]: "Korea" of "North Korea's
    /// state media"): a first word and such a second word, plain, before a
    /// token one byte on, open no agency mention. Bit 27 of a packed
    /// entry (26 is [`Class::AGENCY_ENDING_SECOND_RUN`]'s, 25 is
    /// [`Class::DESCRIPTION_WORD`]'s).
    pub(crate) const AGENCY_JOINED_SECOND_RUN: Class = Class(1 << 27);
    /// The words that end the relays' description phrases
    /// ([`crate::attribution::DESCRIPTION_WORDS`]: "agency" of "the news
    /// agency"): the tokenizer lists the words whose first run is one
    /// ([`super::token::Found::descriptions`]), where the relays read the
    /// phrases. Bit 25 of a packed entry.
    pub(crate) const DESCRIPTION_WORD: Class = Class(1 << 25);
    /// The second runs of [`Class::AGENCY_SECOND_RUN`] after which a form
    /// may match whatever plain word follows
    /// ([`crate::agency::ENDING_SECOND_RUNS`]: "Daily" of "China Daily"):
    /// a first word and a second word that is none of them, plain, before a
    /// plain word one byte on that is no second or third run
    /// ([`crate::agency::THIRD_RUNS`], marked as second runs), open no
    /// agency mention. Bit 26 of a packed entry.
    pub(crate) const AGENCY_ENDING_SECOND_RUN: Class = Class(1 << 26);
    /// The first words of the agency forms whose every form goes on from
    /// the word with a space ([`crate::agency::SPACED_FIRST_RUNS`]:
    /// "Korea", "North"): a word of joined runs whose first run is one of
    /// them ("Korea's") opens no agency mention at its start. Bit 29 of a
    /// packed entry, which a token's bits share with a sign's quote mark
    /// bit (see `quote::token::SPACED_OPENING`).
    pub(crate) const AGENCY_SPACED_OPENING: Class = Class(1 << 29);
    /// The words of [`Class::DATE_TRIGGER`] that are a story's only
    /// triggers before its first date when it has no date of its own
    /// ([`crate::dates::YEAR_TRIGGER_WORDS`]: "nineteen", "the
    /// nineties"): the dates' gate tells whether a segment's marked words
    /// hold one from their tokens' bits, where it looked each up. Bit 30 of
    /// a packed entry, which a token's bits share with a sign's sentence
    /// end bit (see `quote::token::YEAR_WORD`); the word bits had no other
    /// bit free.
    pub(crate) const DATE_YEAR_TRIGGER: Class = Class(1 << 30);

    /// The words in either list.
    pub(crate) const fn or(self, c: Class) -> Class {
        Class(self.0 | c.0)
    }

    /// The lists as the low bits of a packed entry ([`Entry::pack`]).
    pub(crate) const fn bits(self) -> u32 {
        self.0
    }

    /// Whether the word is in the list `c`.
    pub(crate) fn has(self, c: Class) -> bool {
        self.0 & c.0 != 0
    }
}

/// What the word lists say about one word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The word's cue role, when it is a speech cue.
    pub role: Option<Role>,
    /// The lists the word is in.
    pub class: Class,
}

impl Entry {
    /// The entry as one number: the class in the low half, the role's
    /// number (zero for none) above it. A speech verb's number is the only
    /// one with its low bit set (bit 16 of the entry), so that the
    /// tokenizer tells a verb by that one bit, and passes a participle,
    /// "according" or "quoted" in no other list with the words in none
    /// (see `quote::token::VERB`).
    pub(crate) const fn pack(self) -> u32 {
        let role = match self.role {
            None => 0,
            Some(Role::Verb) => 1,
            Some(Role::Participle) => 2,
            Some(Role::According) => 4,
            Some(Role::Quoted) => 6,
        };
        role << 16 | self.class.0
    }

    /// The entry [`Entry::pack`] packed. The role is read from a table,
    /// not matched: one load in place of compares.
    #[inline]
    pub(crate) fn unpack(bits: u32) -> Entry {
        Entry {
            role: ROLES[(bits >> 16) as usize & 7],
            class: Class(bits & CLASS_BITS),
        }
    }
}

/// The bits of a packed entry that are its lists ([`Class`]): the low
/// sixteen, [`Class::DATE_TRIGGER`]'s, the agency pairs' two,
/// [`Class::DATE_OPENER`]'s, [`Class::DESCRIPTION_WORD`]'s,
/// [`Class::AGENCY_SPACED_OPENING`]'s (bit 29, shared with the tokens'
/// quote mark bit),
/// [`Class::AGENCY_ENDING_SECOND_RUN`]'s,
/// [`Class::AGENCY_JOINED_SECOND_RUN`]'s and [`Class::DATE_YEAR_TRIGGER`]'s
/// (bit 30, shared with the tokens' sentence end bit).
const CLASS_BITS: u32 = 0xFFFF
    | Class::DATE_YEAR_TRIGGER.0
    | Class::DATE_TRIGGER.0
    | Class::AGENCY_PAIRED_OPENING.0
    | Class::AGENCY_SECOND_RUN.0
    | Class::DATE_OPENER.0
    | Class::DESCRIPTION_WORD.0
    | Class::AGENCY_SPACED_OPENING.0
    | Class::AGENCY_ENDING_SECOND_RUN.0
    | Class::AGENCY_JOINED_SECOND_RUN.0;

/// The roles by the numbers [`Entry::pack`] gives them (a test checks the
/// two agree).
const ROLES: [Option<Role>; 8] = [
    None,
    Some(Role::Verb),
    Some(Role::Participle),
    None,
    Some(Role::According),
    None,
    Some(Role::Quoted),
    None,
];

/// Slots of the table of words of one to eight bytes: a power of two, at
/// most four fifths full (a test checks they fit; 731 words, with the
/// dates' trigger and opener words and the agency forms' second and third words,
/// take 1,024 slots). Their keys are one machine word, so a slot is twelve bytes and
/// the table 12 KiB: the tokenizer looks up nearly every word here, and a
/// table of 16 KiB, which the text and the tokens pass through the cache
/// beside, stalled it on the slot's load (about a fifth of its samples)
/// far more than one of 6 KiB did. (It had 512 slots, for 363 words,
/// until the first words of the agency forms joined the lists, for the
/// relays' search on the tokens: the instructions that saved are counted,
/// the stalls of a table twice the size are not measured.)
const SHORT_SLOTS: usize = 1 << 10;

/// Slots of the table of words of nine to sixteen bytes, which are few in
/// the lists and in text.
const LONG_SLOTS: usize = 1 << 8;

/// Slots of the table that gathers the distinct words as the index is
/// built: more than there are list entries.
const DEDUP_SLOTS: usize = 1 << 12;

/// Groups of words that share a displacement (see [`Index`]): the top bits
/// of a word's hash pick its group.
const GROUP_BITS: u32 = 8;
const GROUPS: usize = 1 << GROUP_BITS;

/// The longest word the lists may hold: keys are two machine words.
const MAX_LEN: usize = 16;

/// The most distinct words the lists may hold: room in the arrays the
/// index is built in (the build fails to compile when they overflow).
const MAX_WORDS: usize = 1 << 10;

/// A word of at most [`MAX_LEN`] ASCII bytes, lowercased and zero-padded, as
/// two little-endian machine words: compared and hashed without a byte loop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Key(u64, u64);

impl Key {
    /// `w` lowercased, when it is one to [`MAX_LEN`] ASCII bytes.
    const fn new(w: &[u8]) -> Option<Key> {
        if w.is_empty() || w.len() > MAX_LEN || !w.is_ascii() {
            return None;
        }
        let mut buf = [0u8; MAX_LEN];
        let mut k = 0;
        while k < w.len() {
            buf[k] = w[k].to_ascii_lowercase();
            k += 1;
        }
        Some(Key::from_buf(&buf))
    }

    const fn from_buf(buf: &[u8; MAX_LEN]) -> Key {
        let (Some(lo), Some(hi)) = (buf.first_chunk::<8>(), buf.last_chunk::<8>()) else {
            unreachable!()
        };
        Key(u64::from_le_bytes(*lo), u64::from_le_bytes(*hi))
    }

    /// The word's hash with the multiplier `mul` ([`mix`]): its top bits
    /// pick its slot before its group's displacement, its low byte its
    /// group ([`home`], [`group`]).
    const fn hash(self, mul: u64) -> u64 {
        mix(self.0 ^ self.1.rotate_left(29), mul)
    }

    /// The word's hash in the table of words of one to eight bytes: its
    /// [`short_key`] mixed by `mul`.
    const fn short_hash(self, mul: u64) -> u64 {
        mix(short_key(self.0, self.len()), mul)
    }

    /// How many bytes the word has: its key is zero past them.
    const fn len(self) -> usize {
        if self.1 == 0 {
            8 - (self.0.leading_zeros() / 8) as usize
        } else {
            16 - (self.1.leading_zeros() / 8) as usize
        }
    }

    /// The word's first and last bytes.
    const fn ends(self) -> (u8, u8) {
        let n = self.len();
        let last = if n <= 8 {
            self.0 >> (8 * (n - 1))
        } else {
            self.1 >> (8 * (n - 9))
        };
        (self.0 as u8, last as u8)
    }
}

/// How many of a hash's top bits pick its home in a table of `slots`
/// slots (a power of two).
const fn home_bits(slots: usize) -> u32 {
    slots.trailing_zeros()
}

/// The hash of `key` with the multiplier `mul`: their product, turned left
/// by a byte. A short word's key holds its bytes at the top
/// ([`short_key`]) and its multiplier is of 31 bits
/// ([`short_multiplier`]), so only the product's top bits depend on every
/// byte of the word (bit `j` of a product depends on no bit of either
/// factor above `j`). Turned so, its top byte, which picks the group,
/// comes to the bottom, where taking it is one zero-extending move of the
/// low byte; taken at the top (or just below the home's bits, as it was),
/// it took a copy, a shift and, below the top, a zero extension, one
/// instruction more on nearly every word the tokenizer looks up. The home's
/// bits, just below the top byte before the turn, are the top bits after
/// it.
#[inline]
const fn mix(key: u64, mul: u64) -> u64 {
    key.wrapping_mul(mul).rotate_left(GROUP_BITS)
}

/// The slot of hash `h` in a table of `slots` slots, before displacement:
/// the hash's top bits.
const fn home(h: u64, slots: usize) -> usize {
    (h >> (64 - home_bits(slots))) as usize
}

/// The group of hash `h`: its low byte, which the home's bits share none
/// of (see [`mix`]).
const fn group(h: u64) -> usize {
    h as u8 as usize
}

/// A displacement `d` as a table keeps it, at the top of a machine word:
/// XORed onto the hash itself, it moves the home, and the shift that takes
/// the home down leaves a slot no mask need bring within the table (one
/// instruction less on nearly every word than an XOR onto the home and a
/// mask after it).
const fn displacement(d: u16, slots: usize) -> u64 {
    (d as u64) << (64 - home_bits(slots))
}

/// The key in the table of words of one to eight bytes of the word whose
/// `len` bytes (one to eight) are the low bytes of `x`, lowercased: those
/// bytes at the top of the machine word, zeros below them. A shift left
/// drops the bytes past the word as a mask would, and the step back to
/// the group's bits of the hash is short (see [`short_multiplier`]).
/// (For a `len` of zero, the shift wraps and the key is `x`.)
#[inline]
pub(crate) const fn short_key(x: u64, len: usize) -> u64 {
    short_key_bits(x, 8 * len as u32)
}

/// [`short_key`] of the word of `bits / 8` bytes (`bits` from 8 to 64, a
/// multiple of eight).
///
/// The tokenizer has the word's length as a number of bits: passed on as
/// it is, the compiler, not knowing it a multiple of eight, shifts by its
/// negation with nothing more; from a number of bytes times eight, whose
/// low bits it knows are clear, it masked the shift besides.
#[inline]
pub(crate) const fn short_key_bits(x: u64, bits: u32) -> u64 {
    x.wrapping_shl(bits.wrapping_neg())
}

/// The multiplier of the hash by which the distinct words are gathered,
/// and from which the table's are drawn.
const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// How many multipliers the table's build may try (the build fails to
/// compile when none does). Two words of one group on one slot before
/// displacement stay on one slot after it, whatever the displacement:
/// another multiplier parts them.
const TRIES: u64 = 64;

/// The multiplier the `k`th try hashes with: odd, and of all 64 bits, so
/// that the top bits of a short word's hash, which pick its group, depend
/// on its first bytes too.
const fn multiplier(k: u64) -> u64 {
    k.wrapping_mul(GOLDEN) | 1
}

/// The multiplier the `k`th try hashes a word of one to eight bytes with:
/// odd and of 31 bits, so that it is the immediate of one `imul`, where
/// one of 64 bits took a `movabs` and a `mov` before it on nearly every
/// word. Its key's bytes are at the top ([`short_key`]), where the top
/// bits of a product, which pick the group and the home, depend on all of
/// them: on the first bytes too, even with so short a multiplier.
const fn short_multiplier(k: u64) -> u64 {
    (k.wrapping_mul(GOLDEN) & 0x7FFF_FFFF) | 1
}

/// The word lists' index, built when the crate is compiled: no process
/// pays for it.
///
/// Two perfect hashes, one for words of up to eight bytes and one for
/// longer words: each listed word has a slot of its own, the slot its hash
/// gives moved by its group's displacement, found when the table is
/// built. A look-up reads that one slot and picks the answer without a
/// branch: whether a word is listed is as good as random in running text,
/// and a probe loop that branched on it (empty slot, other word, this
/// word) mispredicted on a good share of words.
pub(crate) struct Index {
    /// The words of one to eight bytes, keyed by their one machine word.
    short: Table<u64, SHORT_SLOTS>,
    /// The words of nine to sixteen bytes.
    long: Table<Key, LONG_SLOTS>,
    /// How many distinct words there are.
    #[cfg(test)]
    count: usize,
    /// For each length and first letter, the last letters of the keys: a
    /// word whose bit is clear is in no list, and most words stop here.
    gate: [u32; GATE_ROWS],
    /// The tokenizer's bits of a plain word by its first byte
    /// (`token::PLAIN_BITS`), kept here beside the tables a word is looked
    /// up in: the tokenizer's word loop reaches both from the one address
    /// of the index, where a table of its own took one more instruction
    /// to address on every word.
    plain_bits: [u32; 256],
    /// [`TAIL_MASKS`], which cut a long word's last bytes from the eight
    /// the tokenizer read ([`long_lower_word`]), kept here for the reason
    /// `plain_bits` is: addressed from the index, a table of its own took
    /// one more instruction on each word of nine to fifteen letters (the
    /// quote stage and the pipeline ran 5.6K instructions fewer over
    /// corpora/real, the table here).
    tail_masks: [u64; 9],
}

/// One perfect hash: `N` slots, each a key and its entry.
///
/// Its arrays are held in place, not boxed: the index is a static, so the
/// tokenizer finds them at fixed addresses rather than loading two
/// pointers for every word it looks up.
struct Table<K, const N: usize> {
    /// Each slot's word. An empty slot holds no word (its key is no
    /// word's key).
    keys: [K; N],
    /// Each slot's packed entry ([`Entry::pack`]); zero for an empty slot.
    /// Kept apart from the keys: as (key, entry) pairs a short slot took
    /// sixteen bytes, and its index a shift to become an address, where an
    /// eight-byte key and a four-byte entry are addressed by the load
    /// itself (one instruction less on nearly every word).
    entries: [u32; N],
    /// Each group's displacement ([`displacement`]): XORed onto its
    /// words' hashes, it moves their homes. Held in 64 bits, 2 KiB where
    /// 16 bits took 512 bytes, for the mask that goes on every look-up.
    displace: [u64; GROUPS],
    /// The hash's multiplier: the first tried with which every group
    /// found a displacement.
    mul: u64,
}

impl<K: Copy + Eq, const N: usize> Table<K, N> {
    /// The slot of the word whose hash is `h`.
    #[inline]
    fn slot(&self, h: u64) -> usize {
        home(h ^ self.displace[group(h)], N)
    }

    /// The entry in slot `s`, packed, if it holds the word `same`
    /// accepts, else the empty entry: picked, not branched on.
    #[inline]
    fn entry(&self, s: usize, same: impl Fn(K) -> bool) -> u32 {
        std::hint::select_unpredictable(same(self.keys[s]), self.entries[s], 0)
    }

    /// How many slots hold a word.
    #[cfg(test)]
    fn placed(&self, empty: K) -> usize {
        self.keys.iter().filter(|&&k| k != empty).count()
    }
}

/// The first multiplier tried with which every group of the first `n`
/// `keys` finds a displacement in a table of `N` slots, with the groups'
/// displacements and the keys' slots ([`place`]); `None` when none does.
/// The keys are hashed as words of one to eight bytes when `short`.
const fn layout<const N: usize>(
    keys: &[Key; MAX_WORDS],
    n: usize,
    short: bool,
) -> Option<(u64, [u16; GROUPS], [u16; MAX_WORDS])> {
    let mut k = 1;
    while k <= TRIES {
        let mul = if short {
            short_multiplier(k)
        } else {
            multiplier(k)
        };
        let mut hashes = [0u64; MAX_WORDS];
        let mut j = 0;
        while j < n {
            hashes[j] = if short {
                keys[j].short_hash(mul)
            } else {
                keys[j].hash(mul)
            };
            j += 1;
        }
        if let Some((displace, at)) = place::<N>(&hashes, n) {
            return Some((mul, displace, at));
        }
        k += 1;
    }
    None
}

// The two tables are filled by two constructors, not one generic over the
// slot's key: a const fn cannot convert a generic key.
impl<const N: usize> Table<u64, N> {
    /// The table of the words of one to eight bytes `keys` with their
    /// packed entries, each slot holding its [`short_key`]; the first `n`
    /// are the words.
    const fn short(keys: &[Key; MAX_WORDS], entries: &[u32; MAX_WORDS], n: usize) -> Self {
        let Some((mul, displace, at)) = layout::<N>(keys, n, true) else {
            panic!("no multiplier gives every short word a slot of its own")
        };
        let (mut slot_keys, mut slot_entries) = ([0u64; N], [0u32; N]);
        let mut j = 0;
        while j < n {
            slot_keys[at[j] as usize] = short_key(keys[j].0, keys[j].len());
            slot_entries[at[j] as usize] = entries[j];
            j += 1;
        }
        Table {
            keys: slot_keys,
            entries: slot_entries,
            displace: displacements::<N>(&displace),
            mul,
        }
    }
}

impl<const N: usize> Table<Key, N> {
    /// [`Table::short`] for the words of nine to sixteen bytes, each slot
    /// holding its whole key.
    const fn long(keys: &[Key; MAX_WORDS], entries: &[u32; MAX_WORDS], n: usize) -> Self {
        let Some((mul, displace, at)) = layout::<N>(keys, n, false) else {
            panic!("no multiplier gives every long word a slot of its own")
        };
        let (mut slot_keys, mut slot_entries) = ([Key(0, 0); N], [0u32; N]);
        let mut j = 0;
        while j < n {
            slot_keys[at[j] as usize] = keys[j];
            slot_entries[at[j] as usize] = entries[j];
            j += 1;
        }
        Table {
            keys: slot_keys,
            entries: slot_entries,
            displace: displacements::<N>(&displace),
            mul,
        }
    }
}

/// The groups' displacements `d` as a table of `N` slots keeps them.
const fn displacements<const N: usize>(d: &[u16; GROUPS]) -> [u64; GROUPS] {
    let mut kept = [0; GROUPS];
    let mut g = 0;
    while g < GROUPS {
        kept[g] = displacement(d[g], N);
        g += 1;
    }
    kept
}

/// A lowercase byte as one of 27 letter classes: a to z, or other.
const fn letter(b: u8) -> u32 {
    if b.is_ascii_lowercase() {
        (b - b'a') as u32
    } else {
        26
    }
}

/// Rows of the gate: one for each length and first letter.
const GATE_ROWS: usize = (MAX_LEN + 1) * 27;

/// The gate's row for a word of `len` bytes starting with `first`.
const fn gate_row(len: usize, first: u8) -> usize {
    len * 27 + letter(first) as usize
}

/// The index, built by the compiler from the lists.
static INDEX: Index = Index::build(cue::table::CUES, &LISTS, super::token::PLAIN_BITS);

pub(crate) fn index() -> &'static Index {
    &INDEX
}

/// The distinct words of the lists as the index is built, each with its
/// entry merged across the lists.
struct Distinct {
    keys: [Key; MAX_WORDS],
    entries: [Entry; MAX_WORDS],
    /// How many there are.
    n: usize,
    /// Where each word went in `keys`, by its hash, open-addressed: each
    /// list word is found there once, and its entry merged.
    first: [u16; DEDUP_SLOTS],
}

impl Distinct {
    const fn new() -> Distinct {
        Distinct {
            keys: [Key(0, 0); MAX_WORDS],
            entries: [Entry {
                role: None,
                class: Class(0),
            }; MAX_WORDS],
            n: 0,
            first: [u16::MAX; DEDUP_SLOTS],
        }
    }

    /// Adds `word` with its cue role and list.
    const fn add(&mut self, word: &str, role: Option<Role>, class: Class) {
        // Entries empty or longer than a key are never looked up (a test
        // checks there are none).
        let Some(key) = Key::new(word.as_bytes()) else {
            return;
        };
        let mut s = home(key.hash(GOLDEN), DEDUP_SLOTS);
        let k = loop {
            let k = self.first[s] as usize;
            if k == u16::MAX as usize {
                // A new word.
                let k = self.n;
                assert!(k < MAX_WORDS, "more distinct words than MAX_WORDS");
                self.first[s] = k as u16;
                self.keys[k] = key;
                self.n += 1;
                break k;
            }
            if self.keys[k].0 == key.0 && self.keys[k].1 == key.1 {
                break k;
            }
            s = (s + 1) % DEDUP_SLOTS;
        };
        let e = &mut self.entries[k];
        if e.role.is_none() {
            e.role = role;
        }
        e.class.0 |= class.0;
    }
}

impl Index {
    /// The index of the cue words `cues` and the word lists `lists`, which
    /// carries the tokenizer's `plain_bits` (see [`Index::plain_bits`]).
    const fn build(
        cues: &[(&str, Role)],
        lists: &[(&[&str], Class)],
        plain_bits: [u32; 256],
    ) -> Index {
        let mut words = Distinct::new();
        let mut k = 0;
        while k < cues.len() {
            words.add(cues[k].0, Some(cues[k].1), Class(0));
            k += 1;
        }
        let mut l = 0;
        while l < lists.len() {
            let (list, class) = lists[l];
            let mut k = 0;
            while k < list.len() {
                words.add(list[k], None, class);
                k += 1;
            }
            l += 1;
        }
        let Distinct {
            keys, entries, n, ..
        } = words;
        let mut gate = [0u32; GATE_ROWS];
        // Keys of one to eight bytes have a zero second word; longer ones
        // end in a nonzero byte past the eighth.
        let (mut short, mut short_entries, mut shorts) =
            ([Key(0, 0); MAX_WORDS], [0u32; MAX_WORDS], 0);
        let (mut long, mut long_entries, mut longs) =
            ([Key(0, 0); MAX_WORDS], [0u32; MAX_WORDS], 0);
        let mut k = 0;
        while k < n {
            let key = keys[k];
            let (first, last) = key.ends();
            gate[gate_row(key.len(), first)] |= 1 << letter(last);
            if key.1 == 0 {
                (short[shorts], short_entries[shorts]) = (key, entries[k].pack());
                shorts += 1;
            } else {
                (long[longs], long_entries[longs]) = (key, entries[k].pack());
                longs += 1;
            }
            k += 1;
        }
        Index {
            short: Table::short(&short, &short_entries, shorts),
            long: Table::long(&long, &long_entries, longs),
            #[cfg(test)]
            count: n,
            gate,
            plain_bits,
            tail_masks: TAIL_MASKS,
        }
    }

    /// The bits the tokenizer ORs into a plain word's entry, by the word's
    /// first byte: the table it gave [`Index::build`].
    #[inline(always)]
    pub(crate) fn plain_bits(&self, first: u8) -> u32 {
        self.plain_bits[usize::from(first)]
    }
}

/// Each group's displacement and each word's slot, so that no two of the
/// first `n` words, whose hashes are `hashes`, share a slot: the largest
/// groups are placed first, each with the first displacement that puts all
/// its words in empty slots of a table of `SLOTS` (a power of two of at
/// most 2^16). `None` when a group finds none.
const fn place<const SLOTS: usize>(
    hashes: &[u64; MAX_WORDS],
    n: usize,
) -> Option<([u16; GROUPS], [u16; MAX_WORDS])> {
    // Displacements and slots are held in 16 bits.
    const { assert!(SLOTS.is_power_of_two() && SLOTS <= 1 << 16) };
    let mut size = [0usize; GROUPS];
    let mut largest = 0;
    let mut k = 0;
    while k < n {
        let g = group(hashes[k]);
        size[g] += 1;
        if size[g] > largest {
            largest = size[g];
        }
        k += 1;
    }
    // The words in one list, each group's together and in order, the
    // largest groups first (groups of one size in their own order): placed
    // by counting.
    let mut groups = [0usize; GROUPS];
    let mut count = 0;
    let mut s = largest;
    while s > 0 {
        let mut g = 0;
        while g < GROUPS {
            if size[g] == s {
                groups[count] = g;
                count += 1;
            }
            g += 1;
        }
        s -= 1;
    }
    let mut start = [0usize; GROUPS];
    let mut fill = [0usize; GROUPS];
    let mut next = 0;
    let mut c = 0;
    while c < count {
        let g = groups[c];
        (start[g], fill[g]) = (next, next);
        next += size[g];
        c += 1;
    }
    let mut order = [0usize; MAX_WORDS];
    let mut k = 0;
    while k < n {
        let g = group(hashes[k]);
        order[fill[g]] = k;
        fill[g] += 1;
        k += 1;
    }
    let mut displace = [0u16; GROUPS];
    let mut at = [0u16; MAX_WORDS];
    let mut taken = [false; SLOTS];
    let mut c = 0;
    while c < count {
        let g = groups[c];
        let words = start[g];
        let end = words + size[g];
        // Two of the group's words on one slot stay together however
        // displaced: no displacement parts them, and no search need show
        // it.
        let mut w = words;
        while w < end {
            let mut v = words;
            while v < w {
                if home(hashes[order[v]], SLOTS) == home(hashes[order[w]], SLOTS) {
                    return None;
                }
                v += 1;
            }
            w += 1;
        }
        // The first displacement that puts each of the group's words in
        // an empty slot (each in one of its own, their homes being apart).
        let mut d = 0;
        loop {
            if d == SLOTS {
                return None;
            }
            let mut w = words;
            while w < end && !taken[home(hashes[order[w]], SLOTS) ^ d] {
                w += 1;
            }
            if w == end {
                break;
            }
            d += 1;
        }
        let mut w = words;
        while w < end {
            let s = home(hashes[order[w]], SLOTS) ^ d;
            taken[s] = true;
            at[order[w]] = s as u16;
            w += 1;
        }
        displace[g] = d as u16;
        c += 1;
    }
    Some((displace, at))
}

/// Determiners and possessives before a noun: a cue word after one is a
/// noun ("the claim"), as the quote stage reads cues.
#[rustfmt::skip]
static NOUN_MARKS: &[&str] = &[
    "a", "an", "her", "his", "its", "our", "that", "the", "their", "this",
];

/// Every word list with its class.
static LISTS: [(&[&str], Class); 26] = [
    (sp::TITLES, Class::TITLE),
    (sp::FUNCTION, Class::FUNCTION),
    (sp::NOT_PERSON, Class::NOT_PERSON),
    (sp::NOT_NAME, Class::NOT_NAME),
    (sp::PARTICLES, Class::PARTICLE),
    (sp::AGENCY_HEADS, Class::AGENCY_HEAD),
    (sp::DOCUMENT_HEADS, Class::DOCUMENT_HEAD),
    (cue::table::BETWEEN, Class::BETWEEN),
    (super::token::ABBREVIATIONS, Class::ABBREVIATION),
    (sp::DETERMINERS, Class::DETERMINER),
    (sp::PRONOUNS, Class::PRONOUN),
    (sp::PREPOSITIONS, Class::PREPOSITION),
    (sp::CONJUNCTIONS, Class::CONJUNCTION),
    (sp::STOP_FORWARD, Class::STOP_FORWARD),
    (NOUN_MARKS, Class::NOUN_MARK),
    (crate::agency::FIRST_RUNS, Class::AGENCY_OPENING),
    (crate::dates::TRIGGER_WORDS, Class::DATE_TRIGGER),
    (crate::dates::YEAR_TRIGGER_WORDS, Class::DATE_YEAR_TRIGGER),
    (
        crate::agency::PAIRED_FIRST_RUNS,
        Class::AGENCY_PAIRED_OPENING,
    ),
    (crate::agency::SECOND_RUNS, Class::AGENCY_SECOND_RUN),
    (crate::agency::THIRD_RUNS, Class::AGENCY_SECOND_RUN),
    (
        crate::agency::SPACED_FIRST_RUNS,
        Class::AGENCY_SPACED_OPENING,
    ),
    (
        crate::agency::ENDING_SECOND_RUNS,
        Class::AGENCY_ENDING_SECOND_RUN,
    ),
    (
        crate::agency::JOINED_SECOND_RUNS,
        Class::AGENCY_JOINED_SECOND_RUN,
    ),
    (crate::dates::OPENER_WORDS, Class::DATE_OPENER),
    (
        crate::attribution::DESCRIPTION_WORDS,
        Class::DESCRIPTION_WORD,
    ),
];
/// The entry of the word whose key is `key`, packed, from the table its
/// length puts it in.
#[inline]
fn probe(ix: &Index, key: Key) -> u32 {
    if key.1 == 0 {
        probe_short(ix, short_key(key.0, key.len()))
    } else {
        probe_long(ix, key)
    }
}

/// The entry of a word of one to eight bytes whose [`short_key`] is
/// `key`, packed.
#[inline]
fn probe_short(ix: &Index, key: u64) -> u32 {
    let t = &ix.short;
    t.entry(t.slot(mix(key, t.mul)), |other| other == key)
}

/// The entry of a word of nine to sixteen bytes whose key is `key`,
/// packed.
#[inline]
fn probe_long(ix: &Index, key: Key) -> u32 {
    let t = &ix.long;
    // One test of both halves: `==` on the pair would branch on each.
    t.entry(t.slot(key.hash(t.mul)), |other| {
        (other.0 ^ key.0) | (other.1 ^ key.1) == 0
    })
}

/// What the lists say about `word`, ASCII case aside and without one
/// trailing period ("Gen." is "gen"), as the lists' binary searches compare.
pub(crate) fn lookup(word: &str) -> Entry {
    let w = word.as_bytes();
    let w = w.strip_suffix(b".").unwrap_or(w);
    let (Some(first), Some(last)) = (w.first(), w.last()) else {
        return Entry::default();
    };
    let ix = index();
    // The gate first, as in the tokenizer: most words are in no list.
    if w.len() > MAX_LEN
        || ix.gate[gate_row(w.len(), first.to_ascii_lowercase())]
            & (1 << letter(last.to_ascii_lowercase()))
            == 0
    {
        return Entry::default();
    }
    Key::new(w).map_or_else(Entry::default, |key| Entry::unpack(probe(ix, key)))
}

/// [`ascii_word`] for a word of one to eight bytes, which are the first
/// `len` bytes of `head`: eight bytes of the page's lowercase copy, read
/// little-endian, which are a key's bytes as they are, with no bit 5 to
/// set in each.
///
/// The tokenizer's words have a first byte, so no lower bound is clamped:
/// that costs two instructions on nearly every word. For a `len` of zero
/// the answer is that of the eight bytes: a caller with an empty word
/// must not use it.
#[inline]
pub(crate) fn short_lower_word(ix: &Index, head: u64, len: usize) -> u32 {
    probe_short(ix, short_key(head, len))
}

/// [`short_lower_word`] of the word of `bits / 8` bytes, `bits` a multiple
/// of eight from 8 to 64 ([`short_key_bits`]).
#[inline]
pub(crate) fn short_lower_word_bits(ix: &Index, head: u64, bits: u32) -> u32 {
    probe_short(ix, short_key_bits(head, bits))
}

/// [`ascii_word`] for a word of eight to sixteen bytes: its first eight are
/// `head` and the next `len` are the first bytes of `next` (each eight
/// bytes of the page's lowercase copy, read little-endian).
#[inline]
pub(crate) fn long_lower_word(ix: &Index, head: u64, next: u64, len: usize) -> u32 {
    if len == 0 {
        // A word of eight bytes: in the short table.
        return probe_short(ix, short_key(head, 8));
    }
    let mask = ix.tail_masks[len.min(8)];
    probe_long(ix, Key(head, next & mask))
}

/// The low `n` bytes of a word, for `n` up to eight.
const TAIL_MASKS: [u64; 9] = {
    let mut m = [0u64; 9];
    let mut n = 1;
    while n < 9 {
        m[n] = u64::MAX >> (64 - 8 * n);
        n += 1;
    }
    m
};

/// [`lookup`] for the tokenizer: `bytes[start..end]` is a word of ASCII
/// letters, digits and the joiners `-'.&`, all of which have bit 5 set
/// except the capitals, so one OR lowercases it.
///
/// The entry comes packed ([`Entry::pack`]), as the tokenizer stores it in
/// a token: not unpacked here to be packed again there.
#[inline]
pub(crate) fn ascii_word(ix: &Index, bytes: &[u8], start: usize, end: usize) -> u32 {
    ascii_word_inlined(ix, bytes, start, end)
}

/// [`ascii_word`], always inlined into it: with its body in [`ascii_word`]
/// itself, only hinted, the compiler left the look-up out of line in the
/// tokenizer (in the word loop's code for a paragraph's last word and in
/// its reader of words that are not plain ASCII), a call for each, and
/// the quote stage ran 12K instructions more over corpora/real.
#[inline(always)]
fn ascii_word_inlined(ix: &Index, bytes: &[u8], start: usize, end: usize) -> u32 {
    let len = end - start;
    if len == 0 || len > MAX_LEN {
        return 0;
    }
    // No gate here: building the key from two loads and probing costs
    // less than the gate, and most words miss on their first slot.
    let lower = 0x2020_2020_2020_2020u64;
    let key = match bytes.get(start..).and_then(|b| b.first_chunk::<MAX_LEN>()) {
        // Two loads from the text, the bytes past the word masked off.
        Some(b) => {
            let Key(lo, hi) = Key::from_buf(b);
            if len <= 8 {
                return probe_short(ix, short_key(lo | lower, len));
            }
            Key(lo | lower, (hi | lower) & (u64::MAX >> (128 - 8 * len)))
        }
        None => {
            let mut buf = [0u8; MAX_LEN];
            for (d, c) in buf.iter_mut().zip(&bytes[start..end]) {
                *d = c | 0x20;
            }
            Key::from_buf(&buf)
        }
    };
    probe(ix, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No word of the lists holds a joiner (`-'.&`), nor a byte that the
    /// look-up's folding (an OR with 0x20) makes one: the tokenizer gives a
    /// word of joined runs ("it's", "U.S.", "Jong-un") no entry without
    /// looking it up (`token::joined`), and a word whose joiners it read
    /// none either.
    #[test]
    fn no_listed_word_holds_a_joiner() {
        let joiner = |w: &str| {
            w.bytes()
                .any(|b| matches!(b | 0x20, b'-' | b'\'' | b'.' | b'&'))
        };
        let mut words = 0;
        for &(list, _) in &LISTS {
            for w in list {
                assert!(!joiner(w), "{w:?}");
                words += 1;
            }
        }
        for (w, _) in cue::table::CUES {
            assert!(!joiner(w), "{w:?}");
            words += 1;
        }
        assert!(words > 500, "{words}");
        // And so a joined word's look-up finds nothing.
        for w in ["it's", "U.S.", "Jong-un", "R&D", "don't", "vice-president"] {
            assert_eq!(ascii_word(index(), w.as_bytes(), 0, w.len()), 0, "{w}");
        }
    }

    #[test]
    fn entries_unpack_as_packed() {
        let roles = Role::NONE_AND_ALL;
        let classes = [
            Class::default(),
            Class::TITLE,
            Class::NOUN_MARK.or(Class::PRONOUN),
        ];
        for role in roles {
            for class in classes {
                let e = Entry { role, class };
                assert_eq!(Entry::unpack(e.pack()), e);
            }
        }
    }

    #[test]
    fn finds_every_list() {
        assert_eq!(lookup("Said").role, Some(Role::Verb));
        assert_eq!(lookup("SAID.").role, Some(Role::Verb));
        assert_eq!(lookup("said..").role, None);
        assert_eq!(lookup("saying").role, Some(Role::Participle));
        assert!(lookup("Gen.").class.has(Class::TITLE));
        assert!(lookup("gen").class.has(Class::ABBREVIATION));
        assert!(lookup("The").class.has(Class::FUNCTION));
        assert!(lookup("the").class.has(Class::DETERMINER));
        assert!(!lookup("the").class.has(Class::TITLE));
        assert!(lookup("also").class.has(Class::BETWEEN));
        assert!(lookup("also").class.has(Class::FUNCTION));
        assert_eq!(lookup("Kim"), Entry::default());
        assert_eq!(lookup(""), Entry::default());
        assert_eq!(lookup("."), Entry::default());
        assert_eq!(lookup("Écrit"), Entry::default());
        assert_eq!(lookup("ſaid"), Entry::default());
    }

    #[test]
    fn agrees_with_the_sorted_lists() {
        // Every entry of every list is found, in every case.
        for &(w, r) in cue::table::CUES {
            assert_eq!(lookup(w).role, Some(r), "{w}");
            assert_eq!(lookup(&w.to_uppercase()).role, Some(r), "{w}");
        }
        for &w in sp::TITLES.iter().chain(sp::NOT_PERSON) {
            assert!(lookup(&format!("{w}.")).class.0 != 0, "{w}");
        }
        // The lists other stages keep, each with the class it marks (the
        // third runs are marked as second runs).
        let marked: [(&[&str], Class); 9] = [
            (crate::agency::FIRST_RUNS, Class::AGENCY_OPENING),
            (
                crate::agency::SPACED_FIRST_RUNS,
                Class::AGENCY_SPACED_OPENING,
            ),
            (
                crate::agency::PAIRED_FIRST_RUNS,
                Class::AGENCY_PAIRED_OPENING,
            ),
            (crate::agency::SECOND_RUNS, Class::AGENCY_SECOND_RUN),
            (crate::agency::THIRD_RUNS, Class::AGENCY_SECOND_RUN),
            (
                crate::agency::ENDING_SECOND_RUNS,
                Class::AGENCY_ENDING_SECOND_RUN,
            ),
            (
                crate::agency::JOINED_SECOND_RUNS,
                Class::AGENCY_JOINED_SECOND_RUN,
            ),
            (crate::dates::OPENER_WORDS, Class::DATE_OPENER),
            (
                crate::attribution::DESCRIPTION_WORDS,
                Class::DESCRIPTION_WORD,
            ),
        ];
        for (list, class) in marked {
            for &w in list {
                assert!(lookup(w).class.has(class), "{w}");
            }
        }
        // Every word found a slot of its own: none was left out.
        let ix = index();
        let (short, long) = (ix.short.placed(0), ix.long.placed(Key(0, 0)));
        assert_eq!(short + long, ix.count);
        // Each table at most four fifths full, so that a new word finds
        // room.
        assert!(short * 5 <= SHORT_SLOTS * 4 && long * 5 <= LONG_SLOTS * 4);
        assert!(ix.count <= DEDUP_SLOTS / 2);
    }

    #[test]
    fn place_gives_each_word_a_slot_of_its_own_or_fails() {
        let placed = |hashes: &[u64]| {
            let mut all = [0; MAX_WORDS];
            all[..hashes.len()].copy_from_slice(hashes);
            place::<SHORT_SLOTS>(&all, hashes.len())
        };
        // Hashes of one group: group byte 7, homes 3, 5 and 3 again.
        let below = 64 - home_bits(SHORT_SLOTS);
        let h = |home: u64| (home << below) | 7;
        let other = 1 << GROUP_BITS;
        let (displace, at) = placed(&[h(3), h(5), h(9) | other]).expect("placed");
        let slot = |x: u64| {
            home(
                x ^ displacement(displace[group(x)], SHORT_SLOTS),
                SHORT_SLOTS,
            ) as u16
        };
        assert_eq!(at[..3], [slot(h(3)), slot(h(5)), slot(h(9) | other)]);
        let mut seen = at[..3].to_vec();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), 3);
        // Two words of a group on one home stay together however moved.
        assert!(placed(&[h(3), h(5), h(3) | other]).is_none());
    }

    /// What the sorted lists say about `w` (lowercase, no period), read
    /// by binary search: the table must say the same of every word.
    fn by_lists(w: &str) -> Entry {
        let role = cue::table::CUES
            .binary_search_by(|(c, _)| (*c).cmp(w))
            .ok()
            .map(|k| cue::table::CUES[k].1);
        let mut class = Class::default();
        for &(list, c) in &LISTS {
            if list.binary_search(&w).is_ok() {
                class = class.or(c);
            }
        }
        Entry { role, class }
    }

    #[test]
    fn every_word_and_its_near_misses_look_up_as_the_lists_say() {
        let mut all: Vec<&str> = cue::table::CUES.iter().map(|(w, _)| *w).collect();
        for &(list, _) in &LISTS {
            all.extend_from_slice(list);
        }
        for w in all {
            // The word, and words that share a slot's worth of it.
            let mut near = vec![w.to_string(), format!("{w}s"), format!("x{w}")];
            near.extend((1..w.len()).map(|n| w[..n].to_string()));
            for v in near {
                assert_eq!(lookup(&v), by_lists(&v), "{v}");
                // And past the gate, as the tokenizer looks words up.
                let got = ascii_word(index(), v.as_bytes(), 0, v.len());
                assert_eq!(Entry::unpack(got), by_lists(&v), "{v}");
                // And from two machine words with letters after it, as the
                // word loop looks up a word of eight to fifteen bytes, its
                // last bytes cut by `TAIL_MASKS`.
                if (8..16).contains(&v.len()) {
                    let mut bytes = [b'z'; 16];
                    bytes[..v.len()].copy_from_slice(v.as_bytes());
                    let [head, next] =
                        [0, 8].map(|at| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap()));
                    let got = long_lower_word(index(), head, next, v.len() - 8);
                    assert_eq!(Entry::unpack(got), by_lists(&v), "{v}");
                }
            }
        }
    }

    #[test]
    fn lists_are_sorted_lowercase_and_fit_a_key() {
        let cues: Vec<&str> = cue::table::CUES.iter().map(|(w, _)| *w).collect();
        for (list, _) in LISTS.iter().chain([&(&cues[..], Class::default())]) {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            for w in list.iter() {
                assert_eq!(*w, w.to_ascii_lowercase());
                assert!(Key::new(w.as_bytes()).is_some(), "{w}");
            }
        }
    }

    #[test]
    fn short_words_look_up_as_long_ones() {
        let text = "said Said SAID gen Gen. the a I it's co 1st u.s abcdefgh  ";
        let lower = text.to_ascii_lowercase();
        for (at, _) in text.match_indices(|c: char| c != ' ') {
            let Some(head) = lower.as_bytes()[at..].first_chunk() else {
                continue;
            };
            let head = u64::from_le_bytes(*head);
            for len in 1..=8 {
                let got = short_lower_word(index(), head, len);
                assert_eq!(got, ascii_word(index(), text.as_bytes(), at, at + len));
                let bits = 8 * len as u32;
                assert_eq!(short_lower_word_bits(index(), head, bits), got);
            }
        }
    }

    #[test]
    fn short_keys_hold_the_word_at_the_top() {
        let x = u64::from_le_bytes(*b"saidxyzw");
        assert_eq!(short_key(x, 4), u64::from_le_bytes(*b"\0\0\0\0said"));
        assert_eq!(short_key(x, 8), x);
        assert_eq!(short_key(x, 1), u64::from_le_bytes(*b"\0\0\0\0\0\0\0s"));
        // The multiplier fits the signed 32-bit immediate of an `imul`.
        assert!(index().short.mul < 1 << 31);
    }

    #[test]
    fn long_words_look_up_as_by_bytes() {
        let text =
            "spokespersons SPOKESWOMAN representative Representatives abcdefghijklmnop           ";
        let lower = text.to_ascii_lowercase();
        for (at, _) in text.match_indices(|c: char| c != ' ') {
            let (b, l) = (text.as_bytes(), lower.as_bytes());
            let (Some(head), Some(next)) = (l[at..].first_chunk(), l[at + 8..].first_chunk())
            else {
                continue;
            };
            let (head, next) = (u64::from_le_bytes(*head), u64::from_le_bytes(*next));
            for len in 0..8 {
                let got = long_lower_word(index(), head, next, len);
                assert_eq!(got, ascii_word(index(), b, at, at + 8 + len));
            }
        }
        assert!(lookup("spokespersons").class.0 != 0 || lookup("representative").class.0 != 0);
    }

    #[test]
    fn tokenizer_look_up_agrees() {
        let text = "Said SPOKESPERSON Gen Kim it's U.S. well-known a 1st representatives";
        for w in text.split(' ') {
            let at = text.find(w).unwrap();
            let got = ascii_word(index(), text.as_bytes(), at, at + w.len());
            assert_eq!(Entry::unpack(got), lookup(w), "{w}");
        }
    }
}
