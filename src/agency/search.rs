//! Finding the lexicon's searched forms in running text.
//!
//! A mention always opens a word, so rather than walking every byte of a
//! paragraph through one large automaton, the text is read once for word
//! starts; a hash of each word's first letters, and of the bytes after
//! them, rules out nearly every one ("said", "officials", "and", which
//! "Andina" opens with, "the" before "government"), and only the rest are
//! matched, anchored, against a trie of the forms (`trie.rs`).

use super::trie::Trie;
use crate::ascii8::{HIGH, letter_bytes};

/// The searched forms compiled for anchored, leftmost-longest matching.
#[derive(Debug)]
pub(super) struct Forms {
    /// `None` for forms past the trie's limits: then nothing matches,
    /// rather than a panic.
    trie: Option<Trie>,
    openings: Openings,
}

impl Forms {
    /// Compiles `forms`, matched with ASCII case ignored.
    pub(super) fn new(forms: &[&str]) -> Forms {
        Forms {
            trie: Trie::new(forms),
            openings: Openings::new(forms),
        }
    }

    /// Calls `found` for every word start in `text` where a form matches,
    /// left to right, with the longest form matching there: `(start, end,
    /// form index)`.
    /// (A form that opens with punctuation, as a user's "(AA)" may, is
    /// tried at every place that follows a byte that is not a word byte.)
    /// Only matches that also end a word are given (or that a possessive's
    /// curly apostrophe follows: "Xinhua’s"). A word start inside the
    /// previous longest match is passed over, even when that match was not
    /// given for ending inside a word, so matches never overlap. Line
    /// breaks and tabs read as spaces, so a name broken over two lines
    /// matches.
    pub(super) fn at_word_starts(&self, text: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        let class = &self.openings.class;
        let is_word = |at: usize| class[usize::from(text[at])] & WORD != 0;
        // The rest of a word, and the byte that ends it, cannot open a
        // match: a tight loop passes over them, so only the bytes after a
        // word's end are looked at closely.
        let past_word = |mut at: usize| {
            while at < text.len() && is_word(at) {
                at += 1;
            }
            at + 1
        };
        let fold = &self.openings.fold;
        // Invariant: `at` is 0 or follows a byte that is not a word byte.
        let mut at = 0;
        while at < text.len() {
            let start = at;
            let (maybe, rest) = if fold[usize::from(text[at])] != 0 {
                // A word opens with an ASCII letter: its run of them is
                // hashed while it is passed over, and the hash (with the
                // bytes after the run) tells whether any form may open
                // there.
                let (end, hash) = self.openings.ascii_word(text, at);
                let rest = if end < text.len() && is_word(end) {
                    past_word(end)
                } else {
                    end + 1
                };
                (self.openings.may_open_word(text, end, hash), rest)
            } else {
                // A word that opens with a digit, an underscore or a
                // non-ASCII character, or a place after a byte that is not
                // a word byte, where a form that opens with punctuation may
                // start: the opening bytes decide.
                let maybe = class[usize::from(text[at])] & OPENS != 0
                    && self.openings.may_open(&text[at..]);
                let rest = if is_word(at) {
                    past_word(at + 1)
                } else {
                    at + 1
                };
                (maybe, rest)
            };
            at = rest;
            if maybe
                && let Some(trie) = &self.trie
                && let Some((form, end)) = trie.longest_at(text, start)
            {
                let ends_word =
                    end == text.len() || !is_word(end) || super::is_possessive(&text[end..]);
                if ends_word {
                    found(start, end, form);
                }
                // Matches do not overlap, a match that does not end a word
                // included: the next word start is at or after its end.
                at = if is_word(end - 1) {
                    past_word(end)
                } else {
                    end
                };
            }
        }
    }
}

/// Whether `b` continues a word: ASCII letters and digits, the underscore,
/// and every byte of a non-ASCII character.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// An ASCII letter lowercased; 0 for every other byte.
const fn fold(b: u8) -> u8 {
    if b.is_ascii_alphabetic() { b | 0x20 } else { 0 }
}

/// Where the run of ASCII letters from `at` ends, with a hash of the run
/// lowercased.
///
/// Eight bytes are read at once and the run's end found from a mask of
/// them: a loop byte by byte ends on a branch that mispredicts about once a
/// word, since word lengths follow no pattern, and that cost more than the
/// rest of the loop. Most words end within the first eight bytes.
#[inline]
fn ascii_run(text: &[u8], at: usize) -> (usize, u64) {
    // Most runs end within the first eight bytes: one load, checked once
    // against the text's end, and no loop, the hash being the run's bytes
    // themselves (what the loop's first step gives). Longer runs, and runs
    // near the text's end, take the loop. (Over the real corpus, 0.6M
    // instructions fewer than the loop alone.)
    if let Some(bytes) = text.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let chunk = u64::from_le_bytes(*bytes);
        let stop = !letter_bytes(chunk) & HIGH;
        if stop != 0 {
            let kept = ((stop & stop.wrapping_neg()) >> 7).wrapping_sub(1);
            let end = at + (stop.trailing_zeros() / 8) as usize;
            return (end, (chunk | LOWER) & kept);
        }
    }
    ascii_run_by_steps(text, at)
}

/// [`ascii_run`] eight bytes a step, for any run.
#[inline]
fn ascii_run_by_steps(text: &[u8], at: usize) -> (usize, u64) {
    let mut end = at;
    let mut hash = 0u64;
    loop {
        let chunk = load8(text, end);
        // The high bits of the bytes that are not in a run.
        let stop = !letter_bytes(chunk) & HIGH;
        // Every bit below the first such byte (all of them when there is
        // none): the run's bytes in this chunk.
        let kept = ((stop & stop.wrapping_neg()) >> 7).wrapping_sub(1);
        // Setting bit 5 lowercases the run's letters, as `fold` does.
        hash = hash.rotate_left(29) ^ ((chunk | 0x2020_2020_2020_2020) & kept);
        if stop != 0 {
            return (end + (stop.trailing_zeros() / 8) as usize, hash);
        }
        end += 8;
    }
}

/// The eight bytes of `text` from `at` as a little-endian word, zeros past
/// its end (a zero byte is in no run).
#[inline]
fn load8(text: &[u8], at: usize) -> u64 {
    match text.get(at..at + 8) {
        Some(bytes) => u64::from_le_bytes(bytes.try_into().unwrap_or_default()),
        None => {
            let mut padded = [0; 8];
            let rest = text.get(at..).unwrap_or_default();
            padded[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(padded)
        }
    }
}

/// Bit 5 of every byte: set on an ASCII letter, it lowercases it.
const LOWER: u64 = 0x2020_2020_2020_2020;

/// A first run's hash as a bit index into [`Openings::words`].
fn word_bit(hash: u64) -> usize {
    (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

/// A first run's hash and the lowercased bytes after it as a bit index
/// into [`Openings::tails`].
fn tail_bit(hash: u64, tail: &[u8]) -> usize {
    let tail = tail.iter().fold(hash.rotate_left(32), |h, &b| {
        h.rotate_left(8) ^ u64::from(b)
    });
    word_bit(tail)
}

/// `b`, or a space for a line break or a tab.
fn unbroken(b: u8) -> u8 {
    if matches!(b, b'\n' | b'\r' | b'\t') {
        b' '
    } else {
        b
    }
}

/// `Openings::class` bit: the byte continues a word.
const WORD: u8 = 1;
/// `Openings::class` bit: some form opens with the byte, ASCII case aside.
const OPENS: u8 = 2;

/// The openings of every form, ASCII case aside. A word that opens with
/// an ASCII letter or digit is ruled in or out by the hash of its first
/// run of them; any other place by the form's first bytes: one-byte forms
/// whole, the first two bytes of longer forms, and a hash of the first
/// three bytes of forms of three bytes or more. A place none of them fits
/// cannot open a match.
#[derive(Debug)]
struct Openings {
    /// `WORD` and `OPENS` bits of every byte value.
    class: [u8; 256],
    /// Every byte lowercased, with line breaks and tabs as spaces.
    key: [u8; 256],
    /// [`fold`] of every byte.
    fold: [u8; 256],
    /// One-byte forms.
    single: [bool; 256],
    /// Two-byte openings, one bit each.
    pairs: Box<[u64; 1 << 10]>,
    /// Whether the two-byte opening is a whole form.
    pair_forms: Box<[u64; 1 << 10]>,
    /// Hashed three-byte openings, one bit each.
    triples: Box<[u64; 1 << 10]>,
    /// Hashed first runs of forms, one bit each: the run of ASCII letters a
    /// form opens with ("north" in "North Korea's state media"). Where a
    /// form matches and ends a word, the text's run from that word start is
    /// the form's run exactly, since the byte after it is the form's own
    /// next byte or, where the form ends, a byte that is no word byte or a
    /// possessive's curly apostrophe. (This holds for a run of any set of
    /// word bytes closed under ASCII case; letters alone are the cheapest
    /// to find.) So a word whose run's bit is clear opens no mention. This
    /// rules out "and" and "that", which the first three bytes of "Andina"
    /// and "Thai News Agency" let through.
    words: Box<[u64; 1 << 10]>,
    /// Hashed first runs with the `TAIL` bytes that follow them in a form,
    /// lowercased, one bit each ("the" with " sta" of "the state media").
    /// Most words that open some form are followed by none of its tails:
    /// "the" opens dozens of forms and thousands of other phrases.
    tails: Box<[u64; 1 << 10]>,
    /// Hashed first runs of forms that end within `TAIL` bytes of the run
    /// ("AP", "the AP"), by the same bit as `words`: a word with such a run
    /// goes to the trie whatever follows it.
    short: Box<[u64; 1 << 10]>,
}

/// How many bytes after a form's first run [`Openings::tails`] holds.
const TAIL: usize = 4;

impl Openings {
    fn new(forms: &[&str]) -> Openings {
        let mut openings = Openings {
            class: [0; 256],
            key: [0; 256],
            fold: [0; 256],
            single: [false; 256],
            pairs: Box::new([0; 1 << 10]),
            pair_forms: Box::new([0; 1 << 10]),
            triples: Box::new([0; 1 << 10]),
            words: Box::new([0; 1 << 10]),
            tails: Box::new([0; 1 << 10]),
            short: Box::new([0; 1 << 10]),
        };
        for b in 0..=255u8 {
            let key = unbroken(b).to_ascii_lowercase();
            openings.key[usize::from(b)] = key;
            openings.fold[usize::from(b)] = fold(b);
            if is_word_byte(b) {
                openings.class[usize::from(b)] |= WORD;
            }
        }
        // The opening keys of all forms: a byte opens one when its key does.
        let mut firsts = [false; 256];
        // Each form's keys are read in place, as only its first bytes and
        // the few after its first run are wanted, rather than copied whole.
        let keys = openings.key;
        for form in forms {
            let bytes = form.as_bytes();
            let key = |k: usize| keys[usize::from(bytes[k])];
            if bytes.is_empty() {
                continue;
            }
            firsts[usize::from(key(0))] = true;
            let (run, hash) = openings.ascii_word(bytes, 0);
            if run > 0 {
                set(&mut openings.words, word_bit(hash));
                if bytes.len() >= run + TAIL {
                    let tail: [u8; TAIL] = std::array::from_fn(|k| key(run + k));
                    set(&mut openings.tails, tail_bit(hash, &tail));
                } else {
                    set(&mut openings.short, word_bit(hash));
                }
            }
            match bytes.len() {
                1 => openings.single[usize::from(key(0))] = true,
                2 => {
                    set(&mut openings.pairs, pair(key(0), key(1)));
                    set(&mut openings.pair_forms, pair(key(0), key(1)));
                }
                _ => {
                    set(&mut openings.pairs, pair(key(0), key(1)));
                    set(&mut openings.triples, triple(key(0), key(1), key(2)));
                }
            }
        }
        for b in 0..=255u8 {
            if firsts[usize::from(openings.key[usize::from(b)])] {
                openings.class[usize::from(b)] |= OPENS;
            }
        }
        openings
    }

    /// Where the run of ASCII letters from `at` ends, with the run's hash,
    /// ASCII case aside (see [`Openings::words`]).
    #[inline]
    fn ascii_word(&self, text: &[u8], at: usize) -> (usize, u64) {
        ascii_run(text, at)
    }

    /// Whether some form may open a mention at a word whose run of ASCII
    /// letters hashes to `hash` and ends at `end`.
    fn may_open_word(&self, text: &[u8], end: usize, hash: u64) -> bool {
        let bit = word_bit(hash);
        if !get(&self.words, bit) {
            return false;
        }
        if get(&self.short, bit) {
            return true;
        }
        let mut tail = [0; TAIL];
        match text.get(end..end + TAIL) {
            Some(bytes) => {
                for (k, &b) in tail.iter_mut().zip(bytes) {
                    *k = self.key[usize::from(b)];
                }
                get(&self.tails, tail_bit(hash, &tail))
            }
            // Every form with this run goes on for `TAIL` bytes more.
            None => false,
        }
    }

    /// Whether some form may match at the start of `rest`.
    fn may_open(&self, rest: &[u8]) -> bool {
        let key = |b: u8| self.key[usize::from(b)];
        match *rest {
            [] => false,
            [a] => self.single[usize::from(key(a))],
            [a, b, ..] if !get(&self.pairs, pair(key(a), key(b))) => {
                self.single[usize::from(key(a))]
            }
            [_, _] => true,
            [a, b, c, ..] => {
                get(&self.triples, triple(key(a), key(b), key(c)))
                    || get(&self.pair_forms, pair(key(a), key(b)))
                    || self.single[usize::from(key(a))]
            }
        }
    }
}

/// Two lowercased bytes, as a bit index.
fn pair(a: u8, b: u8) -> usize {
    usize::from(a) << 8 | usize::from(b)
}

/// Three lowercased bytes hashed to 16 bits (Fibonacci hashing): a clash
/// only costs one needless trie walk.
fn triple(a: u8, b: u8, c: u8) -> usize {
    let bytes = u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c);
    (bytes.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// Sets bit `i` (below 65,536) of a bit table; the lexicon's tables are all
/// of this size.
pub(super) fn set(bits: &mut [u64; 1 << 10], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

/// Whether bit `i` (below 65,536) of a bit table is set.
pub(super) fn get(bits: &[u64; 1 << 10], i: usize) -> bool {
    bits[i / 64] & (1 << (i % 64)) != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, Anchored, MatchKind};

    impl Forms {
        fn all_at_word_starts(&self, text: &[u8]) -> Vec<(usize, usize, usize)> {
            let mut all = Vec::new();
            self.at_word_starts(text, |s, e, form| all.push((s, e, form)));
            all
        }
    }

    /// The crate's own unanchored leftmost-longest scan, kept to matches
    /// that start and end a word: what `at_word_starts` must agree with
    /// wherever no match begins inside a word.
    fn scan(forms: &[&str], text: &[u8]) -> Vec<(usize, usize, usize)> {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(forms)
            .unwrap();
        ac.find_iter(text)
            .filter(|m| m.start() == 0 || !is_word_byte(text[m.start() - 1]))
            .filter(|m| {
                let rest = &text[m.end()..];
                rest.first().is_none_or(|&b| !is_word_byte(b)) || rest.starts_with("’".as_bytes())
            })
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    #[test]
    fn agrees_with_an_unanchored_scan_at_word_starts() {
        let forms = [
            "AP",
            "AFP",
            "Reuters",
            "the state news agency",
            "the state media",
            "KCNA",
            "K",
            "Yonhap News Agency",
            "Yonhap",
            "Al Jazeera",
            "Xinhua",
            "x",
            "Andina",
            "Thai News Agency",
            "U.S. Agency",
            "Agência Brasil",
            "1TV",
            "G7 Press",
        ];
        let texts = [
            "Reuters and AFP said, citing the State News Agency and KCNA.",
            "REUTERS: the state media (Yonhap News Agency) reported; yonhap news later.",
            "Apart from AP's report, Al Jazeera and Xinhua’s feed; x marks K-pop.",
            "the state news agencies, the state media's line, Reutersville, AFPx",
            "",
            "K",
            "ap",
            "Al",
            "Yonhap News Agenc",
            "and Andina, andinas; that Thai news agency’s Thai News Agencies",
            "the U.S. agency, U.S. Agencyx, US agency, Agência Brasil, agência brasil",
            "1TV said, 1tvx, G7 press, G7x Press, G77 Press, the G7 Press's",
        ];
        let searched = Forms::new(&forms);
        for text in texts {
            assert_eq!(
                searched.all_at_word_starts(text.as_bytes()),
                scan(&forms, text.as_bytes()),
                "{text:?}"
            );
        }
    }

    /// The openings' tables as first built, from a copy of each form's
    /// keys.
    fn openings_from_copies(forms: &[&str]) -> Openings {
        let mut openings = Openings::new(&[]);
        let mut firsts = [false; 256];
        for form in forms {
            let key: Vec<u8> = form.bytes().map(|b| openings.key[usize::from(b)]).collect();
            let Some(&first) = key.first() else {
                continue;
            };
            firsts[usize::from(first)] = true;
            let (run, hash) = openings.ascii_word(form.as_bytes(), 0);
            if run > 0 {
                set(&mut openings.words, word_bit(hash));
                match key.get(run..run + TAIL) {
                    Some(tail) => set(&mut openings.tails, tail_bit(hash, tail)),
                    None => set(&mut openings.short, word_bit(hash)),
                }
            }
            match *key {
                [a] => openings.single[usize::from(a)] = true,
                [a, b] => {
                    set(&mut openings.pairs, pair(a, b));
                    set(&mut openings.pair_forms, pair(a, b));
                }
                [a, b, c, ..] => {
                    set(&mut openings.pairs, pair(a, b));
                    set(&mut openings.triples, triple(a, b, c));
                }
                [] => {}
            }
        }
        for b in 0..=255u8 {
            if firsts[usize::from(openings.key[usize::from(b)])] {
                openings.class[usize::from(b)] |= OPENS;
            }
        }
        openings
    }

    #[test]
    fn openings_read_in_place_are_those_from_copies() {
        let mut forms: Vec<String> = crate::agency::table::AGENCIES
            .iter()
            .flat_map(|e| {
                std::iter::once(e.name)
                    .chain(e.aliases.iter().copied())
                    .chain(e.descriptions.iter().copied())
            })
            .map(str::to_owned)
            .collect();
        forms.extend(
            [
                "",
                "K",
                "AP",
                "x\n",
                "(AA)",
                "@Wire",
                "Thai\tNews",
                "1TV",
                "G7 Press",
                "Agência Brasil",
                "the AP",
                "Andi",
                "Andina",
                "Xinhua’s",
            ]
            .map(str::to_owned),
        );
        let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
        let (fast, slow) = (Openings::new(&forms), openings_from_copies(&forms));
        assert_eq!(fast.class, slow.class);
        assert_eq!(fast.single, slow.single);
        assert_eq!(fast.pairs, slow.pairs);
        assert_eq!(fast.pair_forms, slow.pair_forms);
        assert_eq!(fast.triples, slow.triples);
        assert_eq!(fast.words, slow.words);
        assert_eq!(fast.tails, slow.tails);
        assert_eq!(fast.short, slow.short);
    }

    #[test]
    fn openings_rule_out_words_no_form_opens() {
        let openings = Openings::new(&["Reuters", "AP", "K"]);
        assert!(openings.may_open(b"reuters said"));
        assert!(openings.may_open(b"REUTERS"));
        assert!(openings.may_open(b"Apart"));
        assert!(openings.may_open(b"k"));
        assert!(!openings.may_open(b"Reading"));
        assert!(!openings.may_open(b"said"));
        assert!(!openings.may_open(b"R"));
        assert!(!openings.may_open(b""));
    }

    #[test]
    fn first_runs_rule_out_words_that_only_share_an_opening() {
        let openings = Openings::new(&[
            "Andina",
            "Thai News Agency",
            "U.S. Agency",
            "AP",
            "the state media",
            "the AP",
        ]);
        let opens = |text: &str| {
            let (end, hash) = openings.ascii_word(text.as_bytes(), 0);
            assert!(end > 0, "{text:?}");
            openings.may_open_word(text.as_bytes(), end, hash)
        };
        for text in ["Andina", "ANDINA", "thai news", "U.S. agency", "AP", "ap"] {
            assert!(opens(text), "{text:?}");
        }
        for text in ["and", "Andinas", "that", "Thailand", "US", "Apart", "a"] {
            assert!(!opens(text), "{text:?}");
        }
        // After a run that a form goes on from, the next four bytes decide,
        // unless some form with that run ends sooner.
        for text in ["Thai news", "THAI NEWS AGENCY", "Thai\nNews", "U.S. ag"] {
            assert!(opens(text), "{text:?}");
        }
        for text in ["Thai food", "Thai ne", "Thai", "U.N. officials", "U.S."] {
            assert!(!opens(text), "{text:?}");
        }
        for text in [
            "the state",
            "The State Media",
            "the AP",
            "the APEC",
            "the A",
        ] {
            assert!(opens(text), "{text:?}");
        }
        // The run stops at the first byte that is not an ASCII letter.
        assert_eq!(openings.ascii_word(b"Thai-born", 0).0, 4);
        assert_eq!(openings.ascii_word("Andina’s".as_bytes(), 0).0, 6);
        assert_eq!(openings.ascii_word(b"x_1 y", 0).0, 1);
        assert_eq!(openings.ascii_word(b"G20", 0).0, 1);
        assert_eq!(openings.ascii_word(b"Reuters", 0).0, 7);
        assert_eq!(openings.ascii_word(b"Internationalisation", 0).0, 20);
        assert_eq!(openings.ascii_word(b"said Reuters", 5).0, 12);
    }

    mod runs {
        use super::super::{ascii_run, ascii_run_by_steps, fold};
        use proptest::prelude::*;

        proptest! {
            /// The eight-byte reading ends a run where a loop over its bytes
            /// does, near the text's end and past eight letters included.
            #[test]
            fn end_where_a_byte_loop_ends_them(
                text in proptest::collection::vec(
                    prop_oneof![any::<u8>(), b'a'..=b'z', b'A'..=b'Z'],
                    0..40,
                ),
                at in 0usize..40,
            ) {
                let at = at.min(text.len());
                let end = text[at..]
                    .iter()
                    .position(|&b| fold(b) == 0)
                    .map_or(text.len(), |k| at + k);
                prop_assert_eq!(ascii_run(&text, at).0, end);
                // The one-load reading and the loop agree, hash included.
                prop_assert_eq!(ascii_run(&text, at), ascii_run_by_steps(&text, at));
            }

            /// A run's hash depends on its letters only, case aside, not
            /// on what follows it.
            #[test]
            fn hash_their_letters_case_aside(
                word in "[a-zA-Z]{0,20}",
                after in "([^a-zA-Z][ -~]{0,5})?",
            ) {
                let text = format!("{word}{after}");
                let plain = word.to_ascii_lowercase();
                prop_assert_eq!(
                    ascii_run(text.as_bytes(), 0),
                    ascii_run(plain.as_bytes(), 0)
                );
            }
        }
    }

    #[test]
    fn the_walk_is_the_crates_anchored_search() {
        let forms = [
            "Yonhap News Agency",
            "Yonhap",
            "AP",
            "the state media",
            "the state news agency",
            "Korean Central News Agency",
            "Central",
        ];
        let searched = Forms::new(&forms);
        let trie = searched.trie.as_ref().unwrap();
        let anchored = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            .build(forms)
            .unwrap();
        // The walk reads line breaks and tabs as spaces; the crate's search
        // is given the text with them already replaced.
        let text = "AP and yonhap news agency,\nYonhap News, the State\tMedia said \
                    the state news, Korean Central News Agency's Central TV";
        let spaced = text.replace(['\n', '\t'], " ");
        for start in 0..text.len() {
            let input = aho_corasick::Input::new(&spaced)
                .range(start..)
                .anchored(Anchored::Yes);
            let expected = anchored
                .find(input)
                .map(|m| (m.pattern().as_usize(), m.end()));
            assert_eq!(
                trie.longest_at(text.as_bytes(), start),
                expected,
                "at {start}"
            );
        }
        assert_eq!(
            searched.all_at_word_starts(text.as_bytes()),
            [
                (0, 2, 2),
                (7, 25, 0),
                (27, 33, 1),
                (40, 55, 3),
                (77, 103, 5),
                (106, 113, 6)
            ]
        );
    }
}
