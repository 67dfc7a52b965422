//! One index over every date lexicon, so that a word is looked up once, when
//! it is tokenized, instead of once per table per pattern tried.
//!
//! The tables in `table.rs` stay the source of truth; this builds, when
//! compiling, a small open-addressing hash table from each word's lowercase bytes to an
//! [`Entry`] that says which tables hold it and with what value. Most words
//! of a story are in no table: their entry is the empty one, and the scan
//! skips them at the cost of one flag test.

use super::table::{
    ARRANGEMENTS, CLOCK_FRAMES, CLOCK_WORDS, COUNTS, DAY_FRAMES, DEADLINES, DETERMINERS,
    FUTURE_AUXILIARIES, FUTURE_CUES, HOLIDAYS, Holiday, MODALS, MODIFIERS, MONTH_CUES, MONTHS,
    MonthForm, OPENERS, ORDINALS, Opener, PARTS_OF_DAY, PAST_CUES, PERFECT_CUES, PLAN_VERBS,
    RECALL_TRIGGERS, SEASON_FRAMES, SEASONS, STAMP_LABELS, TENS_STEMS, TRIGGERS, WEEKDAYS,
    YEAR_CUES, YEAR_FOLLOWERS, YEAR_FRAMES, YEAR_QUALIFIERS, YEAR_TRIGGERS, ZONES,
};

/// The word lists an entry can belong to, one bit each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum List {
    Arrangement,
    ClockFrame,
    ClockWord,
    DayFrame,
    Deadline,
    Determiner,
    FutureAuxiliary,
    FutureCue,
    Modal,
    Modifier,
    MonthCue,
    PastCue,
    PerfectCue,
    PlanVerb,
    SeasonFrame,
    StampLabel,
    YearCue,
    YearFollower,
    YearFrame,
    YearQualifier,
    Zone,
    /// The word can open an expression (see `Scan::words`): it is in a
    /// valued table or in `OPENERS`.
    Opener,
    /// A paragraph without digits holds an expression only if it holds
    /// such a word (see `gate.rs`): a name of a valued table other than a
    /// count or ordinal, or a word of `TRIGGERS`.
    Trigger,
    /// The same in a story with no date of its own, before any date is
    /// named: a decade ("nineties") or a word of `YEAR_TRIGGERS`.
    YearTrigger,
    /// The same in a story with no date of its own once a day, month or
    /// year is named: a word of `YearTrigger`, a weekday, a part of the
    /// day or a word of `RECALL_TRIGGERS`.
    RecallTrigger,
}

const LISTS: &[(List, &[&str])] = &[
    (List::Arrangement, ARRANGEMENTS),
    (List::ClockFrame, CLOCK_FRAMES),
    (List::ClockWord, CLOCK_WORDS),
    (List::DayFrame, DAY_FRAMES),
    (List::Deadline, DEADLINES),
    (List::Determiner, DETERMINERS),
    (List::FutureAuxiliary, FUTURE_AUXILIARIES),
    (List::FutureCue, FUTURE_CUES),
    (List::Modal, MODALS),
    (List::Modifier, MODIFIERS),
    (List::MonthCue, MONTH_CUES),
    (List::PastCue, PAST_CUES),
    (List::PerfectCue, PERFECT_CUES),
    (List::PlanVerb, PLAN_VERBS),
    (List::SeasonFrame, SEASON_FRAMES),
    (List::StampLabel, STAMP_LABELS),
    (List::YearCue, YEAR_CUES),
    (List::YearFollower, YEAR_FOLLOWERS),
    (List::YearFrame, YEAR_FRAMES),
    (List::YearQualifier, YEAR_QUALIFIERS),
    (List::Zone, ZONES),
    (List::Trigger, TRIGGERS),
    (List::YearTrigger, YEAR_TRIGGERS),
    (List::RecallTrigger, RECALL_TRIGGERS),
];

/// What the lexicons know of one word (in any case).
///
/// Aligned to 32 bytes, four more than its fields take: an entry number
/// is then turned into the entry's place by one shift, where the 28-byte
/// stride took three instructions, at every entry the tokenizer, the gate
/// and the scan read (about 15K instructions fewer over corpora/real, for
/// 2K bytes more in the index).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(align(32))]
pub(crate) struct Entry {
    pub month: Option<(u8, MonthForm)>,
    pub weekday: Option<u8>,
    pub holiday: Option<Holiday>,
    pub count: Option<u16>,
    /// The word is a tens stem and "ies": "nineties".
    pub tens_ies: Option<u8>,
    /// The word is a tens stem and "y": "ninety".
    pub tens_y: Option<u8>,
    pub season: Option<u8>,
    pub ordinal: Option<u8>,
    pub part_of_day: Option<u8>,
    /// The word is one of [`OPENERS`].
    pub opener: Option<Opener>,
    lists: u32,
}

impl Entry {
    pub(crate) const fn has(&self, list: List) -> bool {
        self.lists & (1 << list as u8) != 0
    }

    /// Whether an expression may start at the word: it opens one or hedges
    /// one (see `Scan::at`).
    pub(crate) const fn opens(&self) -> bool {
        self.has(List::Opener) || self.has(List::Modifier)
    }

    /// Whether the word is in any of `lists`.
    pub(crate) fn has_any(&self, lists: &[List]) -> bool {
        lists.iter().any(|&l| self.has(l))
    }
}

/// The entry of words no table holds.
pub(crate) static NONE: Entry = EMPTY;

/// [`NONE`] as a constant, for the index's build when compiling.
const EMPTY: Entry = Entry {
    month: None,
    weekday: None,
    holiday: None,
    count: None,
    tens_ies: None,
    tens_y: None,
    season: None,
    ordinal: None,
    part_of_day: None,
    opener: None,
    lists: 0,
};

/// Slots in the hash table: a power of two, several times the number of
/// distinct words so that probes stay short.
const SLOTS: usize = 1024;

/// Room for the entries: more than the distinct words of the tables and
/// the empty entry (the build stops compiling when they outgrow it).
const ENTRIES: usize = 512;
const _: () = assert!(
    ENTRIES.is_power_of_two() && super::token::UNSEEN as usize % ENTRIES == ENTRIES - 1,
    "a word not looked up reads the last entry, which stays empty"
);

/// The hash index: slot keys (0 is empty) and entry numbers into `entries`
/// (entry 0 is [`NONE`]).
///
/// Built when compiling ([`INDEX`]), as the quote tokenizer's word index is:
/// built on first use, it cost each process about 0.18M instructions.
pub(crate) struct Index {
    keys: [u128; SLOTS],
    ids: [u16; SLOTS],
    /// The entries, [`NONE`] past the last one used.
    entries: [Entry; ENTRIES],
    /// The entries used.
    used: usize,
    /// The longest table word: longer words are skipped unhashed.
    longest: usize,
    /// A bit per [`sketch`] of the words that may start an expression
    /// ([`Entry::opens`]): one in eight words of a story, so most words are
    /// ruled out by one bit without hashing them.
    openers: [u64; SKETCH_WORDS],
    /// A bit per [`short_hash`] of the words of at most eight letters that
    /// may start an expression: most words are short, and a short word
    /// read in one load (see `token::short_word`) is tested by one bit with
    /// less work than its sketch takes.
    short_openers: [u64; SHORT_BITS / 64],
    /// The words of [`List::Trigger`], [`List::YearTrigger`] and
    /// [`List::RecallTrigger`], as the gate tests them.
    triggers: Triggers,
    year_triggers: Triggers,
    recall_triggers: Triggers,
    /// The words of at most eight letters again, keyed by their lowercase
    /// bytes in one integer (0 is empty), with their entry numbers: a short
    /// word, most of those looked up, is found by comparing one integer
    /// rather than the sixteen bytes of [`key`], in a table a quarter the
    /// size. Arrays of a fixed size, so that a slot, masked to the size,
    /// is read with no test of its bounds.
    short_keys: [u64; SHORT_SLOTS],
    short_ids: [u16; SHORT_SLOTS],
    /// For each first and last letter (any case, see [`opening_slot`]),
    /// bit `n` set when a word of [`TENSE_LISTS`] of `n` letters starts
    /// and ends with them: the tense walk (`Scan::tense`) asks those lists
    /// of some fifteen words around a date, and most of those words
    /// ("criticism", "of", "Jerusalem") share no such shape with a listed
    /// word, so they are passed over without being hashed.
    tense_shapes: [u16; 1024],
}

/// The lists the tense walk (`Scan::tense` and what it calls) reads: the
/// words of [`Index::may_tell_tense`]'s shapes.
const TENSE_LISTS: u32 = 1 << List::Arrangement as u8
    | 1 << List::ClockWord as u8
    | 1 << List::Deadline as u8
    | 1 << List::FutureAuxiliary as u8
    | 1 << List::FutureCue as u8
    | 1 << List::Modal as u8
    | 1 << List::PastCue as u8
    | 1 << List::PerfectCue as u8
    | 1 << List::PlanVerb as u8
    | 1 << List::Zone as u8;

/// What the expressions of a story's next paragraph can resolve against,
/// which decides what the gate looks for in it (see `gate.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Footing {
    /// The story's own date: every expression.
    Dated,
    /// Nothing: the story has no date of its own and names none before the
    /// paragraph. Only a year resolves.
    Undated,
    /// A day, month or year named before the paragraph in a story with no
    /// date of its own: a year, or an anaphor of the date named.
    AfterDate,
}

/// The words of one list of triggers, which the gate looks for in every
/// word of a paragraph without the numbers it looks for first, in sets
/// that rule out most words without hashing them.
pub(crate) struct Triggers {
    list: List,
    /// Bit `n` set when a word of the list has `n` letters: the gate skips
    /// words of other lengths unhashed, the short ("a", "of", "to") and the
    /// long that no trigger's length matches (for [`List::Trigger`], ten
    /// and eleven letters, thirteen and more: "government",
    /// "international").
    lengths: u32,
    /// A bit per [`sketch`] of the list's words.
    sketches: [u64; SKETCH_WORDS],
    /// For each first two letters (any case, see [`opening_slot`]), bit `n`
    /// set when a word of the list of `n` letters opens with them: the gate
    /// reads two bytes and one bit for a word, and most words of a
    /// paragraph ("that", "people") share no opening and length with a
    /// trigger. Held in place, so that the gate's reference to the list
    /// reaches it without another load.
    openings: [u32; 1024],
}

impl Triggers {
    const fn new(list: List) -> Triggers {
        Triggers {
            list,
            lengths: 0,
            sketches: [0; SKETCH_WORDS],
            openings: [0; 1024],
        }
    }

    /// Adds `word` (lowercase, no longer than 16 letters), given with its
    /// sketch's bit.
    const fn add(&mut self, word: &[u8], sketch: usize) {
        let n = word.len();
        self.lengths |= 1 << n;
        self.sketches[sketch / 64] |= 1 << (sketch % 64);
        // Every trigger has three letters or more (a test checks the
        // gate's shortest run against them): a word of one would have no
        // opening to file it under.
        if let [first, second, ..] = *word {
            self.openings[opening_slot(first, second)] |= 1 << n;
        }
    }

    /// The lengths of the list's words that open with the letters `first`
    /// and `second` (any case), bit `n` for a word of `n` letters: zero for
    /// most pairs. Bytes other than letters may share a pair's slot; that
    /// only lets a run through to the full test.
    pub(crate) fn opening_lengths(&self, first: u8, second: u8) -> u32 {
        self.openings[opening_slot(first, second)]
    }
}

/// The slot of a word's first two letters in [`Triggers::openings`]: their
/// low five bits, which tell the 26 letters apart in either case.
const fn opening_slot(first: u8, second: u8) -> usize {
    ((first & 0x1f) as usize) << 5 | (second & 0x1f) as usize
}

/// Slots in the table of short words: a power of two, twice their number
/// or more, so that probes stay short.
const SHORT_SLOTS: usize = 512;

/// The slot of a short word in [`Index::short_keys`], from the same product
/// as [`short_hash`].
const fn short_slot(word: u64) -> usize {
    (word.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SHORT_SLOTS.trailing_zeros())) as usize
}

/// Bits in each of the sets of short words.
const SHORT_BITS: usize = 8192;

/// The bit of a word of at most eight letters, given as its lowercase bytes
/// in a little-endian integer (zero past the word).
const fn short_hash(word: u64) -> usize {
    (word.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SHORT_BITS.trailing_zeros())) as usize
}

/// Whether `bit` is set in `set`.
fn has_bit(set: &[u64], bit: usize) -> bool {
    set.get(bit / 64).is_some_and(|w| w >> (bit % 64) & 1 != 0)
}

/// Bits in the openers' bit set.
const SKETCH_BITS: u32 = 13;

/// The 64-bit words of a set of [`SKETCH_BITS`] bits.
const SKETCH_WORDS: usize = 1 << (SKETCH_BITS - 6);

/// A cheap fingerprint of a word: its length, first two and last letters
/// (any case), hashed to a bit of the openers' set.
const fn sketch(word: &[u8]) -> usize {
    let n = word.len();
    let sig = ((n as u32) << 24)
        | (lower_at(word, 0) << 16)
        | (lower_at(word, 1) << 8)
        | lower_at(word, n.wrapping_sub(1));
    (sig.wrapping_mul(0x9E37_79B1) >> (32 - SKETCH_BITS)) as usize
}

/// Byte `i` of `word` with bit 5 set (a letter's lowercase), or 0 past its
/// end.
const fn lower_at(word: &[u8], i: usize) -> u32 {
    if i < word.len() {
        (word[i] | 0x20) as u32
    } else {
        0
    }
}

/// A word's lowercase ASCII bytes packed into one integer, or `None` when it
/// is empty or longer than any table's word could be.
const fn key(word: &[u8]) -> Option<u128> {
    let n = word.len();
    if n == 0 || n > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf.split_at_mut(n).0.copy_from_slice(word);
    // Setting bit 5 of each byte lowercases ASCII letters and leaves digits
    // as they are; the zero bytes past the word stay zero. This is every
    // byte a table word or a word token holds, and one OR for the whole
    // word is what keeps the per-word lookup cheap.
    let lower = u128::from_le_bytes([0x20; 16]) & (u128::MAX >> (8 * (16 - n)));
    Some(u128::from_le_bytes(buf) | lower)
}

const fn slot(k: u128) -> usize {
    let folded = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// The dates' index, built when compiling.
static INDEX: Index = Index::build();

/// `stem` followed by `suffix`, in a 16-byte buffer, and their length
/// together: a tens stem's "ies" and "y" words ("nineties", "ninety").
const fn with_suffix(stem: &[u8], suffix: &[u8]) -> ([u8; 16], usize) {
    let mut buf = [0u8; 16];
    let (head, tail) = buf.split_at_mut(stem.len());
    head.copy_from_slice(stem);
    tail.split_at_mut(suffix.len()).0.copy_from_slice(suffix);
    (buf, stem.len() + suffix.len())
}

/// Runs `body` on each `(word, value)` pair of `table`, in order: the
/// loop of [`Index::build`], which runs when compiling, where `for` loops
/// are not allowed.
macro_rules! each_pair {
    ($table:expr, |$word:ident, $value:ident| $body:block) => {{
        let mut i = 0;
        while i < $table.len() {
            let ($word, $value) = $table[i];
            $body
            i += 1;
        }
    }};
}

/// The key [`Index::short_id`] takes for the word of `n` letters (1 to 8)
/// that opens the eight bytes `x` (little-endian): lowercased, and zero
/// past the word. Every one-load reader of a short word makes it so.
#[inline(always)]
pub(crate) fn short_key(x: u64, n: usize) -> u64 {
    let keep = u64::MAX >> (8 * (8 - n));
    (x | 0x2020_2020_2020_2020) & keep
}

impl Index {
    /// The index.
    pub(crate) fn get() -> &'static Index {
        &INDEX
    }

    const fn build() -> Index {
        let mut index = Index {
            keys: [0; SLOTS],
            ids: [0; SLOTS],
            entries: [EMPTY; ENTRIES],
            used: 1,
            longest: 0,
            openers: [0; SKETCH_WORDS],
            short_openers: [0; SHORT_BITS / 64],
            triggers: Triggers::new(List::Trigger),
            year_triggers: Triggers::new(List::YearTrigger),
            recall_triggers: Triggers::new(List::RecallTrigger),
            short_keys: [0; SHORT_SLOTS],
            short_ids: [0; SHORT_SLOTS],
            tense_shapes: [0; 1024],
        };
        // Each table's pairs by the `each_pair!` loop: a `for` loop is not
        // allowed when compiling.
        each_pair!(MONTHS, |w, v| {
            index.entry(w.as_bytes()).month = Some(v);
        });
        each_pair!(WEEKDAYS, |w, v| {
            index.entry(w.as_bytes()).weekday = Some(v);
        });
        each_pair!(HOLIDAYS, |w, v| {
            index.entry(w.as_bytes()).holiday = Some(v);
        });
        each_pair!(COUNTS, |w, v| {
            index.entry(w.as_bytes()).count = Some(v);
        });
        each_pair!(TENS_STEMS, |w, v| {
            let (ies, n) = with_suffix(w.as_bytes(), b"ies");
            index.entry(ies.split_at(n).0).tens_ies = Some(v);
            let (y, n) = with_suffix(w.as_bytes(), b"y");
            index.entry(y.split_at(n).0).tens_y = Some(v);
        });
        each_pair!(SEASONS, |w, v| {
            index.entry(w.as_bytes()).season = Some(v);
        });
        each_pair!(ORDINALS, |w, v| {
            index.entry(w.as_bytes()).ordinal = Some(v);
        });
        each_pair!(PARTS_OF_DAY, |w, v| {
            index.entry(w.as_bytes()).part_of_day = Some(v);
        });
        each_pair!(OPENERS, |w, v| {
            let e = index.entry(w.as_bytes());
            e.opener = Some(v);
            e.lists |= 1 << List::Opener as u8;
        });
        let mut i = 0;
        while i < LISTS.len() {
            let (list, words) = LISTS[i];
            let mut k = 0;
            while k < words.len() {
                index.entry(words[k].as_bytes()).lists |= 1 << list as u8;
                k += 1;
            }
            i += 1;
        }
        i = 1;
        while i < index.used {
            let e = &mut index.entries[i];
            // A count or an ordinal needs a unit or a second number word
            // ("two days ago", "the first quarter"), which is a trigger;
            // every other name is an expression's core.
            let named = e.month.is_some()
                || e.part_of_day.is_some()
                || e.weekday.is_some()
                || e.holiday.is_some()
                || e.tens_ies.is_some()
                || e.season.is_some();
            if named {
                e.lists |= 1 << List::Trigger as u8;
            }
            // A decade needs neither the story's date nor a date named
            // before it.
            if e.tens_ies.is_some() {
                e.lists |= 1 << List::YearTrigger as u8;
            }
            // What a year needs, and the days an anaphor names: "the
            // previous Friday", "the next morning".
            if e.has(List::YearTrigger) || e.weekday.is_some() || e.part_of_day.is_some() {
                e.lists |= 1 << List::RecallTrigger as u8;
            }
            // Every word with a value can open an expression.
            if named || e.count.is_some() || e.ordinal.is_some() {
                e.lists |= 1 << List::Opener as u8;
            }
            i += 1;
        }
        let mut s = 0;
        while s < SLOTS {
            let k = index.keys[s];
            let id = index.ids[s];
            s += 1;
            if k == 0 {
                continue;
            }
            let entry = index.entries[id as usize];
            let bytes = k.to_le_bytes();
            let mut n = 0;
            while n < 16 && bytes[n] != 0 {
                n += 1;
            }
            let word = bytes.split_at(n).0;
            let bit = sketch(word);
            if n <= 8 {
                let mut eight = [0u8; 8];
                eight.split_at_mut(n).0.copy_from_slice(word);
                let short = u64::from_le_bytes(eight);
                let mut slot = short_slot(short);
                while index.short_keys[slot] != 0 {
                    slot = (slot + 1) % SHORT_SLOTS;
                }
                index.short_keys[slot] = short;
                index.short_ids[slot] = id;
                if entry.opens() {
                    let b = short_hash(short);
                    index.short_openers[b / 64] |= 1 << (b % 64);
                }
            }
            if entry.opens() {
                index.openers[bit / 64] |= 1 << (bit % 64);
            }
            if entry.has(index.triggers.list) {
                index.triggers.add(word, bit);
            }
            if entry.has(index.year_triggers.list) {
                index.year_triggers.add(word, bit);
            }
            if entry.has(index.recall_triggers.list) {
                index.recall_triggers.add(word, bit);
            }
            if entry.lists & TENSE_LISTS != 0 {
                assert!(n < 16, "a tense shape's lengths fit sixteen bits");
                index.tense_shapes[opening_slot(word[0], word[n - 1])] |= 1 << n;
            }
        }
        index
    }

    /// Whether the word `w` (ASCII letters, not empty) may be in one of
    /// [`TENSE_LISTS`]: true for every word of those lists, in any case,
    /// and for a few others of the same first and last letters and length
    /// ("west" as "went"); false for most words, which are then known to
    /// be in none of them without being looked up.
    #[inline(always)]
    pub(crate) fn may_tell_tense(&self, w: &[u8]) -> bool {
        match (w.first(), w.last()) {
            // A word of sixteen letters or more is read as sixteen fewer:
            // then at worst looked up for nothing, with no test of its
            // length.
            (Some(&first), Some(&last)) => {
                self.tense_shapes[opening_slot(first, last)] >> (w.len() % 16) & 1 != 0
            }
            _ => false,
        }
    }

    /// Whether the word `bytes[s..e]` may start an expression: exactly
    /// [`Entry::opens`] of its entry, with most words settled by one bit.
    #[cfg(test)]
    pub(crate) fn opens_in(&self, bytes: &[u8], s: usize, e: usize) -> bool {
        self.opener_id(bytes, s, e)
            .is_some_and(|id| self.entry_of(id).opens())
    }

    /// The entry number of the word `bytes[s..e]` when it may start an
    /// expression, `None` when it surely cannot ([`Entry::opens`] is false).
    ///
    /// Most words are settled by one bit of the openers' sketch without
    /// being hashed; the others are looked up, and the tokenizer keeps the
    /// number so that no pattern looks the word up again.
    pub(crate) fn opener_id(&self, bytes: &[u8], s: usize, e: usize) -> Option<u16> {
        let word = bytes.get(s..e)?;
        if word.len() > self.longest {
            return None;
        }
        let bit = sketch(word);
        let maybe = self
            .openers
            .get(bit / 64)
            .is_some_and(|w| w >> (bit % 64) & 1 != 0);
        maybe.then(|| self.id_in(bytes, s, e))
    }

    /// [`Index::opener_id`] for a short word given as its lowercase bytes
    /// in a little-endian integer (zero past the word), as
    /// [`short_word`](super::token::short_word) reads it.
    pub(crate) fn short_opener_id(&self, word: u64) -> Option<u16> {
        has_bit(&self.short_openers, short_hash(word)).then(|| self.short_id(word))
    }

    /// The triggers the gate looks for in a story on `footing`: those of
    /// [`List::Trigger`] in a dated story, [`List::YearTrigger`] in one
    /// with no date of its own before any is named, [`List::RecallTrigger`]
    /// in one with no date of its own once one is.
    pub(crate) fn triggers(&self, footing: Footing) -> &Triggers {
        match footing {
            Footing::Dated => &self.triggers,
            Footing::Undated => &self.year_triggers,
            Footing::AfterDate => &self.recall_triggers,
        }
    }

    /// The length of the shortest word of the triggers the gate looks for
    /// (see [`Index::triggers`]): it passes over shorter words ("a", "of",
    /// "to") without reading them, with a constant that a test checks
    /// against this.
    #[cfg(test)]
    pub(crate) fn shortest_trigger(&self, footing: Footing) -> usize {
        self.triggers(footing).lengths.trailing_zeros() as usize
    }

    /// The entry of the word `bytes[s..e]` when it is of the list of `set`,
    /// with most words settled by its length or one bit of its sketch.
    pub(crate) fn trigger_in(
        &self,
        set: &Triggers,
        bytes: &[u8],
        s: usize,
        e: usize,
    ) -> Option<&Entry> {
        let n = e.saturating_sub(s);
        let length_fits = n < 32 && set.lengths >> n & 1 != 0;
        if !length_fits {
            return None;
        }
        self.trigger_of_fitting_length(set, bytes, s, e)
    }

    /// [`Index::trigger_in`] for a word whose length the caller has already
    /// found among the list's (the gate reads it from
    /// [`Triggers::opening_lengths`], a subset of them): the length is not
    /// tested again, a shift by as much as the word's length that cost
    /// about sixty instructions a call. The entry is handed back so that
    /// the gate's tests of a trigger found (whether a month's name is
    /// capitalized, whether a unit follows a word that refers back) read
    /// it rather than look the word up a second time.
    pub(crate) fn trigger_of_fitting_length(
        &self,
        set: &Triggers,
        bytes: &[u8],
        s: usize,
        e: usize,
    ) -> Option<&Entry> {
        let word = bytes.get(s..e)?;
        let bit = sketch(word);
        let maybe = set
            .sketches
            .get(bit / 64)
            .is_some_and(|w| w >> (bit % 64) & 1 != 0);
        if !maybe {
            return None;
        }
        self.marked_trigger(set, bytes, s, e)
    }

    /// [`Index::trigger_of_fitting_length`] for a word the quote word index
    /// marked as a trigger of some list ([`crate::dates::TRIGGER_WORDS`]):
    /// its sketch, which every trigger passes, is not read (about twenty
    /// instructions for each of some 280 such words over corpora/real).
    pub(crate) fn marked_trigger(
        &self,
        set: &Triggers,
        bytes: &[u8],
        s: usize,
        e: usize,
    ) -> Option<&Entry> {
        let entry = self.entry_of(self.id_at(bytes, s, e));
        entry.has(set.list).then_some(entry)
    }

    /// The entry of table word `w`, added if new.
    const fn entry(&mut self, w: &[u8]) -> &mut Entry {
        let k = key(w).expect("table words are 1 to 16 bytes");
        if w.len() > self.longest {
            self.longest = w.len();
        }
        let mut s = slot(k);
        loop {
            if self.keys[s] == k {
                let id = self.ids[s] as usize;
                return &mut self.entries[id];
            }
            if self.keys[s] == 0 {
                // The last entry stays empty: it is the one [`Index::entry_of`]
                // reads for a word not looked up.
                assert!(self.used < ENTRIES - 1, "ENTRIES holds every table word");
                self.keys[s] = k;
                self.ids[s] = self.used as u16;
                self.used += 1;
                return &mut self.entries[self.used - 1];
            }
            s = (s + 1) % SLOTS;
        }
    }

    /// The entry number of `word` (any case), 0 when no table holds it.
    pub(crate) fn id(&self, word: &[u8]) -> u16 {
        if word.len() > self.longest {
            return 0;
        }
        key(word).map_or(0, |k| self.probe(k))
    }

    /// The entry number of the word `bytes[s..e]`: [`Index::id`], reading
    /// the word with one 16-byte load when the text goes on that far.
    pub(crate) fn id_in(&self, bytes: &[u8], s: usize, e: usize) -> u16 {
        let n = e.saturating_sub(s);
        if n == 0 || n > self.longest {
            return 0;
        }
        if n <= 8
            && let Some(eight) = bytes.get(s..s + 8)
        {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(eight);
            return self.short_id(short_key(u64::from_le_bytes(buf), n));
        }
        match bytes.get(s..s + 16) {
            Some(window) => {
                let mut buf = [0u8; 16];
                buf.copy_from_slice(window);
                let keep = u128::MAX >> (8 * (16 - n));
                let lower = u128::from_le_bytes([0x20; 16]) & keep;
                self.probe((u128::from_le_bytes(buf) & keep) | lower)
            }
            None => bytes.get(s..e).map_or(0, |w| self.id(w)),
        }
    }

    /// [`Index::id_in`], with its common case written in place at the
    /// caller: a word of one to eight letters, read in one load and looked
    /// up by [`Index::short_id`]. The triggers the gate looks up
    /// ([`Index::trigger_of_fitting_length`]) are most often short words,
    /// and the call to `id_in`, out of line, cost them about twenty
    /// instructions a word more (about 9K over corpora/real). The
    /// tokenizer's marked openers keep their own copy of these lines
    /// (`token::marked_opener_id`): calling this one there ran 17K
    /// instructions more, from the code's placement.
    #[inline(always)]
    pub(crate) fn id_at(&self, bytes: &[u8], s: usize, e: usize) -> u16 {
        let n = e.saturating_sub(s);
        match bytes.get(s..s + 8).and_then(<[u8]>::first_chunk::<8>) {
            Some(eight) if (1..=8).contains(&n) => {
                self.short_id(short_key(u64::from_le_bytes(*eight), n))
            }
            _ => self.id_in(bytes, s, e),
        }
    }

    /// The entry number of a word of at most eight bytes given as its
    /// lowercase bytes in a little-endian integer (zero past the word), as
    /// [`short_word`](super::token::short_word) reads it: [`Index::id`]
    /// with one integer compared per slot.
    pub(crate) fn short_id(&self, word: u64) -> u16 {
        let mut s = short_slot(word);
        loop {
            // Masked to the arrays' size: no bounds test, and no panic.
            s &= SHORT_SLOTS - 1;
            match self.short_keys[s] {
                here if here == word => return self.short_ids[s],
                0 => return 0,
                _ => s += 1,
            }
        }
    }

    fn probe(&self, k: u128) -> u16 {
        let mut s = slot(k);
        loop {
            let here = self.keys[s];
            if here == k {
                return self.ids[s];
            }
            if here == 0 {
                return 0;
            }
            s = (s + 1) % SLOTS;
        }
    }

    /// The entry with number `id` (from [`Index::id`]), or the empty one
    /// for [`UNSEEN`], a word not looked up.
    ///
    /// Read at the number masked to the table's size, with no test of its
    /// bounds: every number the index hands out is below `used`, and
    /// [`UNSEEN`] masked is the last entry, which the build keeps empty.
    /// Four instructions where `get` and its fallback to [`NONE`] took
    /// eight, at each of the tokens the scan and the tokenizer ask.
    ///
    /// [`UNSEEN`]: super::token::UNSEEN
    pub(crate) fn entry_of(&self, id: u16) -> &Entry {
        debug_assert!(usize::from(id) < self.used || id == super::token::UNSEEN);
        &self.entries[usize::from(id) % ENTRIES]
    }

    /// The words that may open an expression ([`Entry::opens`]),
    /// lowercase and sorted, for the test of [`super::OPENER_WORDS`].
    #[cfg(test)]
    pub(crate) fn opener_words(&self) -> Vec<String> {
        self.words_where(Entry::opens)
    }

    /// The words of [`List::Trigger`], [`List::YearTrigger`] or
    /// [`List::RecallTrigger`], lowercase and sorted, for the test of
    /// [`super::TRIGGER_WORDS`].
    #[cfg(test)]
    pub(crate) fn trigger_words(&self) -> Vec<String> {
        let lists = [List::Trigger, List::YearTrigger, List::RecallTrigger];
        self.words_where(|entry| entry.has_any(&lists))
    }

    /// The words of [`List::YearTrigger`], lowercase and sorted, for the
    /// test of [`super::YEAR_TRIGGER_WORDS`].
    #[cfg(test)]
    pub(crate) fn year_trigger_words(&self) -> Vec<String> {
        self.words_where(|entry| entry.has(List::YearTrigger))
    }

    /// The words of the table whose entry passes `keep`, lowercase and
    /// sorted.
    #[cfg(test)]
    fn words_where(&self, keep: impl Fn(&Entry) -> bool) -> Vec<String> {
        let mut words: Vec<String> = self
            .keys
            .iter()
            .zip(self.ids.iter())
            .filter(|&(&k, &id)| k != 0 && keep(self.entry_of(id)))
            .map(|(&k, _)| {
                let bytes = k.to_le_bytes();
                let n = bytes.iter().position(|&b| b == 0).unwrap_or(16);
                String::from_utf8_lossy(&bytes[..n]).into_owned()
            })
            .collect();
        words.sort();
        words
    }

    /// The entry of `word` (any case).
    #[cfg(test)]
    pub(crate) fn lookup(&self, word: &str) -> &Entry {
        self.entry_of(self.id(word.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::table::{contains, lookup};

    /// Every table word, in any case, finds exactly what the binary searches
    /// over the tables find.
    #[test]
    fn agrees_with_the_tables() {
        let index = Index::get();
        let mut words: Vec<String> = Vec::new();
        for (_, list) in LISTS {
            words.extend(list.iter().map(|w| w.to_string()));
        }
        words.extend(OPENERS.iter().map(|e| e.0.to_string()));
        words.extend(MONTHS.iter().map(|e| e.0.to_string()));
        words.extend(WEEKDAYS.iter().map(|e| e.0.to_string()));
        words.extend(COUNTS.iter().map(|e| e.0.to_string()));
        words.extend(TENS_STEMS.iter().map(|e| format!("{}ies", e.0)));
        words.extend(TENS_STEMS.iter().map(|e| format!("{}y", e.0)));
        words.extend(["Sept", "MAY", "nothing", "thursdays", "", "x"].map(String::from));
        for w in &words {
            for w in [w.clone(), w.to_uppercase()] {
                let e = index.lookup(&w);
                assert_eq!(e.month, lookup(MONTHS, &w), "{w}");
                assert_eq!(e.weekday, lookup(WEEKDAYS, &w), "{w}");
                assert_eq!(e.holiday, lookup(HOLIDAYS, &w), "{w}");
                assert_eq!(e.count, lookup(COUNTS, &w), "{w}");
                assert_eq!(e.season, lookup(SEASONS, &w), "{w}");
                assert_eq!(e.ordinal, lookup(ORDINALS, &w), "{w}");
                assert_eq!(e.part_of_day, lookup(PARTS_OF_DAY, &w), "{w}");
                assert_eq!(e.opener, lookup(OPENERS, &w), "{w}");
                if e.opener.is_some() {
                    assert!(e.has(List::Opener), "{w}");
                }
                let lw = w.to_ascii_lowercase();
                let ies = lw.strip_suffix("ies").and_then(|s| lookup(TENS_STEMS, s));
                assert_eq!(e.tens_ies, ies, "{w}");
                let y = lw.strip_suffix('y').and_then(|s| lookup(TENS_STEMS, s));
                assert_eq!(e.tens_y, y, "{w}");
                for &(list, table) in LISTS {
                    assert_eq!(
                        e.has(list),
                        contains(table, &w)
                            || (matches!(
                                list,
                                List::Opener
                                    | List::Trigger
                                    | List::YearTrigger
                                    | List::RecallTrigger
                            ) && e.has(list)),
                        "{w}"
                    );
                }
            }
        }
    }

    /// Each opening word carries the opener of its own name: `Scan::words`
    /// picks a word's pattern by it, where it once compared the letters.
    #[test]
    fn openers_are_named_for_their_words() {
        for &(w, v) in OPENERS {
            assert_eq!(format!("{v:?}").to_ascii_lowercase(), w);
        }
    }

    /// The one-bit test never rules out a word that opens an expression.
    #[test]
    fn the_sketch_keeps_every_opener() {
        let index = Index::get();
        for (_, list) in LISTS {
            for w in list.iter() {
                for w in [w.to_string(), w.to_uppercase()] {
                    let e = index.lookup(&w);
                    assert_eq!(index.opens_in(w.as_bytes(), 0, w.len()), e.opens(), "{w}");
                }
            }
        }
        for w in [
            "January",
            "thursday",
            "two",
            "nineties",
            "autumn",
            "eighth",
            "night",
            "Yesterday",
            "WEEKEND",
        ] {
            assert!(index.opens_in(w.as_bytes(), 0, w.len()), "{w}");
        }
        assert!(!index.opens_in(b"reporters", 0, 9));
    }

    /// Every word the index holds, read back from its sixteen-byte keys.
    fn listed_words(index: &Index) -> impl Iterator<Item = String> + '_ {
        index.keys.iter().filter(|&&k| k != 0).map(|k| {
            let bytes = k.to_le_bytes();
            let n = bytes.iter().position(|&b| b == 0).unwrap_or(16);
            String::from_utf8(bytes[..n].to_vec()).expect("ASCII")
        })
    }

    /// The one-bit test of short words never rules out a word that opens an
    /// expression, and a word it lets through is looked up exactly: it
    /// answers as the sketch and the look-up do.
    #[test]
    fn the_short_word_sets_agree_with_the_sketches() {
        use crate::dates::token::short_word;
        let index = Index::get();
        let mut words: Vec<String> = Vec::new();
        for w in listed_words(index) {
            words.push(w.to_uppercase());
            words.push(format!("{w}s"));
            words.push(w);
        }
        words.extend(["reporters", "said", "the", "a", "mayor", "abcdefgh"].map(String::from));
        for w in &words {
            // Room after the word, so that a short one is read in one load.
            let text = format!("{w}, and so on");
            let bytes = text.as_bytes();
            let e = w.len();
            let exact = index.id_in(bytes, 0, e);
            let sketched = index.opener_id(bytes, 0, e);
            match short_word(bytes, 0, bytes.len()) {
                Some((n, word)) => {
                    assert_eq!(n, e, "{w}");
                    let short = index.short_opener_id(word);
                    assert_eq!(
                        short.is_some_and(|id| index.entry_of(id).opens()),
                        sketched.is_some_and(|id| index.entry_of(id).opens()),
                        "{w}"
                    );
                    assert!(short.is_none_or(|id| id == exact), "{w}");
                }
                None => assert!(
                    e > 8 || !w.as_bytes().iter().all(u8::is_ascii_alphabetic),
                    "{w}"
                ),
            }
        }
    }

    /// Every listed word, and beside it its upper case, its plural, itself
    /// led by a letter and itself cut short by one byte: near misses that
    /// a fast path must tell from the word.
    fn listed_variants(index: &Index) -> Vec<String> {
        let mut words: Vec<String> = Vec::new();
        for w in listed_words(index) {
            let n = w.len();
            words.push(w.to_uppercase());
            words.push(format!("{w}s"));
            words.push(format!("x{w}"));
            words.push(w[..n - 1].to_string());
            words.push(w);
        }
        words
    }

    /// The words the one-load readers are checked on: [`listed_variants`]
    /// and words of no table, short and long, none empty.
    fn probe_words(index: &Index) -> Vec<String> {
        let mut words = listed_variants(index);
        words.extend(["reporters", "said", "the", "a", "mayor", "abcdefgh", "z"].map(String::from));
        words.retain(|w| !w.is_empty());
        words
    }

    /// A word read in one load, short or long, in any case, followed by
    /// more text or not, gets the entry number the sixteen-byte key gives.
    #[test]
    fn short_words_are_found_as_their_keys_find_them() {
        let index = Index::get();
        for w in &probe_words(index) {
            let id = index.id(w.as_bytes());
            for text in [w.clone(), format!("{w} and so on, and on")] {
                assert_eq!(index.id_in(text.as_bytes(), 0, w.len()), id, "{text:?}");
            }
        }
    }

    /// [`Index::id_at`], whose short words are looked up in place, gives
    /// the number [`Index::id_in`] gives: every listed word and its
    /// variants, words of no table, at the text's start, in its middle and
    /// at its end (where fewer than eight bytes are left to load), and the
    /// empty run, which names no word.
    #[test]
    fn words_looked_up_in_place_get_the_number_of_id_in() {
        let index = Index::get();
        for w in &probe_words(index) {
            for text in [w.clone(), format!("{w} and so on"), format!("so on, {w}")] {
                let s = text.find(w.as_str()).expect("the word is in the text");
                let (bytes, e) = (text.as_bytes(), s + w.len());
                assert_eq!(
                    index.id_at(bytes, s, e),
                    index.id_in(bytes, s, e),
                    "{text:?}"
                );
            }
        }
        let text = b"January 5 and on and on";
        assert_ne!(index.id_at(text, 0, 7), 0);
        assert_eq!(index.id_at(text, 0, 0), 0);
        assert_eq!(index.id_at(text, 3, 3), 0);
    }

    /// Each footing with the list of triggers the gate looks for on it.
    const FOOTINGS: [(Footing, List); 3] = [
        (Footing::Dated, List::Trigger),
        (Footing::Undated, List::YearTrigger),
        (Footing::AfterDate, List::RecallTrigger),
    ];

    /// The length set and sketch of the triggers rule out no trigger and
    /// let through no other word: every listed word in two cases, with an
    /// "s", cut short or led by a letter, and runs of every length.
    #[test]
    fn triggers_found_through_their_lengths_as_by_look_up() {
        let index = Index::get();
        let mut words = listed_variants(index);
        words.extend((0..40).map(|n| "a".repeat(n)));
        words.extend(
            [
                "thanksgivings",
                "Thanksgiving",
                "government",
                "international",
            ]
            .map(String::from),
        );
        for w in &words {
            let text = format!("{w} and so on, and on");
            for (footing, list) in FOOTINGS {
                assert_eq!(
                    index
                        .trigger_in(index.triggers(footing), text.as_bytes(), 0, w.len())
                        .is_some(),
                    index.lookup(w).has(list),
                    "{w:?}"
                );
            }
        }
    }

    /// A marked word (every word of the trigger lists, as the quote word
    /// index marks them, in any case) is found on each footing's list by
    /// [`Index::marked_trigger`], which skips the sketch, exactly as by
    /// the full look-up, with the same entry.
    #[test]
    fn marked_triggers_found_as_by_look_up() {
        let index = Index::get();
        for word in crate::dates::TRIGGER_WORDS {
            let mut shouted = word.to_ascii_uppercase();
            shouted.truncate(1);
            shouted.push_str(&word[1..]);
            for w in [word.to_string(), word.to_ascii_uppercase(), shouted] {
                let text = format!("{w}. and so on");
                for (footing, list) in FOOTINGS {
                    let set = index.triggers(footing);
                    let marked = index.marked_trigger(set, text.as_bytes(), 0, w.len());
                    assert_eq!(marked.is_some(), index.lookup(&w).has(list), "{w:?}");
                    let full = index.trigger_in(set, text.as_bytes(), 0, w.len());
                    let at = |e: Option<&Entry>| e.map(std::ptr::from_ref);
                    assert_eq!(at(marked), at(full), "{w:?}");
                }
            }
        }
    }

    /// Every length a trigger opening allows is a length of the list's
    /// words, so that the gate, having read a run's length off the opening
    /// table, need not test it against the list's lengths again
    /// ([`Index::trigger_of_fitting_length`]).
    #[test]
    fn opening_lengths_are_lengths_of_the_list() {
        let index = Index::get();
        for (footing, _) in FOOTINGS {
            let set = index.triggers(footing);
            assert_ne!(set.lengths, 0);
            for first in 0..=255u8 {
                for second in 0..=255u8 {
                    let lengths = set.opening_lengths(first, second);
                    assert_eq!(lengths & !set.lengths, 0, "{first} {second}");
                }
            }
        }
    }

    /// The opening table rules out no trigger: every listed word, in two
    /// cases, with an "s", cut short or led by a letter, that is a trigger
    /// has its length's bit under its first two letters; and no trigger is
    /// 31 letters long or more, the length the gate reads longer runs as.
    #[test]
    fn no_trigger_is_ruled_out_by_its_opening() {
        let index = Index::get();
        for (footing, list) in FOOTINGS {
            let set = index.triggers(footing);
            assert!(set.lengths < 1 << 31);
            let mut kept = 0;
            for w in listed_variants(index) {
                if !index.lookup(&w).has(list) {
                    continue;
                }
                let b = w.as_bytes();
                assert!(b.len() >= 2, "{w:?}");
                assert!(set.opening_lengths(b[0], b[1]) >> b.len() & 1 != 0, "{w:?}");
                kept += 1;
            }
            assert!(kept > 10);
        }
    }

    /// The year triggers are the spelled years' words and the decades, in
    /// any case, and nothing else.
    #[test]
    fn year_triggers_are_spelled_years_and_decades() {
        let index = Index::get();
        for w in [
            "nineteen", "EIGHTEEN", "thousand", "nineties", "Twenties", "eighties",
        ] {
            assert!(index.lookup(w).has(List::YearTrigger), "{w}");
        }
        for w in ["ninety", "year", "May", "then", "two", "nineteens", "sixth"] {
            assert!(!index.lookup(w).has(List::YearTrigger), "{w}");
        }
    }

    /// The recall triggers are the year triggers, the weekdays, the parts
    /// of the day and the units an anaphor names, in any case, and nothing
    /// else.
    #[test]
    fn recall_triggers_are_years_and_what_anaphors_name() {
        let index = Index::get();
        for w in [
            "nineteen", "thousand", "Nineties", "Friday", "MORNING", "night", "day", "Month",
            "year", "then",
        ] {
            assert!(index.lookup(w).has(List::RecallTrigger), "{w}");
        }
        for w in [
            "May",
            "ninety",
            "week",
            "quarter",
            "today",
            "tonight",
            "that",
            "following",
            "two",
            "summer",
            "decade",
            "days",
        ] {
            assert!(!index.lookup(w).has(List::RecallTrigger), "{w}");
        }
    }

    #[test]
    fn unknown_and_long_words_have_no_entry() {
        let index = Index::get();
        assert_eq!(*index.lookup("reporters"), NONE);
        assert_eq!(*index.lookup("septembers"), NONE);
        assert_eq!(*index.lookup("abcdefghijklmnopqrstuvwxyz"), NONE);
        assert!(index.lookup("Monday").has(List::Opener));
        assert!(index.lookup("yesterday").has(List::Opener));
        assert!(index.lookup("morning").has(List::Opener));
        assert!(!index.lookup("reporters").has(List::Opener));
    }

    /// Whether `e` is in a list of [`TENSE_LISTS`].
    fn tells_tense(e: &Entry) -> bool {
        e.lists & TENSE_LISTS != 0
    }

    /// Every word of the tense walk's lists, in any case, has a tense
    /// shape; every word of the seed pages and the real corpus that has
    /// none is in none of those lists, and most of the words have none.
    #[test]
    fn tense_shapes_hold_every_tense_word() {
        let index = Index::get();
        let listed = index.words_where(tells_tense);
        assert!(listed.len() > 90, "{}", listed.len());
        for w in &listed {
            let title = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
            for w in [w.clone(), w.to_uppercase(), title] {
                assert!(index.may_tell_tense(w.as_bytes()), "{w}");
            }
        }
        let (mut words, mut shaped) = (0usize, 0usize);
        for (_, text) in crate::test_stories::stories() {
            for w in text
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
            {
                words += 1;
                if index.may_tell_tense(w.as_bytes()) {
                    shaped += 1;
                } else {
                    assert!(!tells_tense(index.lookup(w)), "{w}");
                }
            }
        }
        // A word of sixteen letters is read as one of none, which no
        // listed word has.
        assert!(!index.may_tell_tense(b"internationalism"));
        assert!(shaped > 0 && shaped * 3 < words, "{shaped} of {words}");
    }
}
