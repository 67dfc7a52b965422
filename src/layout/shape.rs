//! What the classification of a paragraph needs from its words, read in one
//! pass over its bytes.
//!
//! Words are what `str::split_whitespace` yields (Unicode white space, so a
//! no-break space separates words too). Most pages are ASCII between their
//! curly quotes, so ASCII bytes are classified directly and a character is
//! decoded only where a byte above 0x7F starts one.

use crate::Span;
pub(super) use crate::ascii8::is_ascii_space;

/// Facts about a paragraph's words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Shape {
    /// White-space separated words.
    pub words: usize,
    /// Some character is alphabetic.
    pub alphabetic: bool,
    /// Some word is a file code ("XNP101": two or more capitals and digits
    /// each, twelve bytes at most, letters and digits only) or carries a wire
    /// slug's double dash ("BC-LT--Argentina").
    pub code_token: bool,
    /// Words containing a digit.
    pub numeric_words: usize,
    /// "by" (any case) is followed by a word opening with a capital letter,
    /// in a line of at most [`BY_NAME_MOST_WORDS`] words: only such short
    /// lines are read as credits, so longer ones are not searched.
    pub by_name: bool,
}

/// The word being read.
#[derive(Clone, Copy, Default)]
struct Word {
    len: usize,
    capitals: usize,
    digits: usize,
    /// Only ASCII letters and digits so far.
    alphanumeric: bool,
    double_dash: bool,
    opens_capital: bool,
    last: u8,
}

impl Word {
    fn start() -> Word {
        Word {
            alphanumeric: true,
            ..Word::default()
        }
    }

    fn is_code(&self) -> bool {
        (self.capitals >= 2 && self.digits >= 2 && self.len <= 12 && self.alphanumeric)
            || self.double_dash
    }
}

/// [`count_words_of`] of `text[span]`, sliced here.
#[cfg(test)]
pub(super) fn count_words_at(text: &str, span: Span, spacing: Spacing) -> usize {
    let bytes = text
        .as_bytes()
        .get(span.start..span.end)
        .unwrap_or_default();
    count_words_of(text, span, bytes, spacing)
}

/// White-space separated words of the paragraph at `span`, whose bytes
/// `bytes` are, as `text[span].split_whitespace().count()`; `spacing`
/// tells whether it holds a white-space character outside ASCII
/// ([`UnicodeSpaces`]), and whether its page holds bytes below 0x20 other
/// than line breaks.
///
/// The bytes come sliced by the caller: the classification's loop slices
/// each paragraph for its tests, and the count's own slice checked the
/// span's bounds a second time at every counted paragraph.
///
/// Most paragraphs hold no non-ASCII space, and for them a word starts at
/// each byte that is not ASCII space after one that is: a loop without
/// branches, several times faster than decoding characters (a branch per
/// word boundary is a misprediction per word). The few paragraphs with a
/// no-break or other Unicode space are counted character by character.
///
/// Inlined into the classification's loop over the paragraphs, which
/// counts about half of them: called there, its saved registers and
/// vector constants cost about 23 instructions a counted paragraph (71K
/// over corpora/real).
#[inline(always)]
pub(super) fn count_words_of(text: &str, span: Span, bytes: &[u8], spacing: Spacing) -> usize {
    debug_assert_eq!(text.as_bytes().get(span.start..span.end), Some(bytes));
    match spacing {
        Spacing::Plain => count_spaced_of::<true>(text.as_bytes(), span, bytes),
        Spacing::Ascii => count_spaced_of::<false>(text.as_bytes(), span, bytes),
        Spacing::Unicode => text[span].split_whitespace().count(),
    }
}

/// Which white space a paragraph's words are told apart by, as
/// [`count_words_of`] reads it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum Spacing {
    /// ASCII white space only, on a page whose only bytes below 0x20 are
    /// line breaks (told by the page's lowercase copy, `layout::lowercase_into`):
    /// every byte up to 0x20 is a space.
    Plain,
    /// ASCII white space only.
    #[default]
    Ascii,
    /// Some white space outside ASCII too.
    Unicode,
}

impl Spacing {
    /// The spacing of a paragraph holding a Unicode space or not
    /// (`unicode_spaced`), on a page whose only bytes below 0x20 are line
    /// breaks or not (`plain_page`).
    #[inline(always)]
    pub(super) fn of(unicode_spaced: bool, plain_page: bool) -> Spacing {
        match (unicode_spaced, plain_page) {
            (true, _) => Spacing::Unicode,
            (false, true) => Spacing::Plain,
            (false, false) => Spacing::Ascii,
        }
    }
}

/// [`count_words_at`] with the page's Unicode spaces looked up; where
/// the text's only bytes below 0x20 are the spaces 9 to 13, the plain
/// count ([`Spacing::Plain`]) is checked to agree with the ASCII one.
#[cfg(test)]
fn count_words_in(text: &str, span: Span, spaces: &UnicodeSpaces) -> usize {
    let words = count_words_at(text, span, Spacing::of(spaces.within(span), false));
    let plain = text.bytes().all(|b| b >= b' ' || is_ascii_space(b));
    if plain {
        let plain_words = count_words_at(text, span, Spacing::of(spaces.within(span), true));
        assert_eq!(plain_words, words, "{:?}", &text[span]);
    }
    words
}

/// Which of the bytes that a title candidate's tests look for occur in it,
/// found in one pass over its bytes.
///
/// A title candidate was searched once for each (a line break, '|', 'm',
/// '-', 'y', a digit, a letter), each search a call that cost more than
/// its short scan; the pass is a table look-up a byte ([`KIND_OF`]), and
/// a search runs only for the bytes it finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Kinds(u8);

impl Kinds {
    pub(super) const NEWLINE: u8 = 1;
    pub(super) const PIPE: u8 = 1 << 1;
    /// 'm' or 'M'.
    pub(super) const LETTER_M: u8 = 1 << 2;
    pub(super) const DASH: u8 = 1 << 3;
    /// 'y' or 'Y'.
    pub(super) const LETTER_Y: u8 = 1 << 4;
    /// An ASCII digit.
    pub(super) const DIGIT: u8 = 1 << 5;
    /// An ASCII letter.
    pub(super) const LETTER: u8 = 1 << 6;
    /// A byte above 0x7F (its own bit: the kinds OR bytes' high bits).
    pub(super) const NON_ASCII: u8 = 0x80;

    /// The kinds of the bytes of `p`.
    pub(super) fn of(p: &[u8]) -> Kinds {
        // Four bytes a step, each ORed into its own lane, so that the
        // loads of a step do not wait on one another's OR (2,600
        // instructions fewer over corpora/real than a plain fold; eight
        // lanes cost 1,200 more than four).
        let (steps, tail) = p.as_chunks::<4>();
        let mut lanes = [0u8; 4];
        for step in steps {
            for (lane, &b) in lanes.iter_mut().zip(step) {
                *lane |= KIND_OF[usize::from(b)];
            }
        }
        let kinds = lanes.iter().fold(0, |kinds, &lane| kinds | lane);
        Kinds(
            tail.iter()
                .fold(kinds, |kinds, &b| kinds | KIND_OF[usize::from(b)]),
        )
    }

    /// Whether some byte of every kind in `kinds` occurs.
    pub(super) fn has(self, kinds: u8) -> bool {
        self.0 & kinds == kinds
    }
}

/// The [`kind`] of each byte, made when compiling.
///
/// [`Kinds::of`] looks each byte up here: the sixteen-byte blocks of
/// vector code that told all the kinds of a block at once took about fifty
/// instructions a block, and the last block read again the bytes it
/// overlapped; a look-up a byte is fewer (8,800 instructions fewer over
/// corpora/real).
static KIND_OF: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = kind(b as u8);
        b += 1;
    }
    t
};

/// The bit of [`Kinds`] of byte `b`, if any: the entries of [`KIND_OF`].
#[inline]
const fn kind(b: u8) -> u8 {
    // Setting bit 5 lowercases an ASCII letter (and moves no other byte
    // onto one): 'M' and 'm' alike, letters one range.
    let folded = b | 0x20;
    const fn bit(test: bool, kind: u8) -> u8 {
        if test { kind } else { 0 }
    }
    bit(b == b'\n', Kinds::NEWLINE)
        | bit(b == b'|', Kinds::PIPE)
        | bit(folded == b'm', Kinds::LETTER_M)
        | bit(b == b'-', Kinds::DASH)
        | bit(folded == b'y', Kinds::LETTER_Y)
        | bit(b.wrapping_sub(b'0') < 10, Kinds::DIGIT)
        | bit(folded.wrapping_sub(b'a') < 26, Kinds::LETTER)
        | (b & Kinds::NON_ASCII)
}

/// Most words of a line whose "by" and capitalised word make it a credit
/// ([`Shape::by_name`]).
pub(super) const BY_NAME_MOST_WORDS: usize = 8;

/// The white-space characters outside ASCII of three bytes that open with
/// 0xE1 or 0xE2, which the page's one search for the stages' phrase pieces
/// finds ([`crate::phrases::PageHits`]), so that the layout need not search
/// the page for their first bytes (see [`searched_starts`]).
#[rustfmt::skip]
pub(crate) const WIDE_SPACES: &[&str] = &[
    "\u{1680}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{2003}", "\u{2004}", "\u{2005}",
    "\u{2006}", "\u{2007}", "\u{2008}", "\u{2009}", "\u{200A}", "\u{2028}", "\u{2029}",
    "\u{202F}", "\u{205F}",
];

/// Whether `p` holds a white-space character outside ASCII. An ASCII
/// paragraph (most short lines) needs no search for one.
#[cfg(test)]
fn has_unicode_space(p: &str) -> bool {
    let bytes = p.as_bytes();
    let firsts = memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes);
    !p.is_ascii()
        && unicode_space_starts(bytes, u8::MAX, firsts)
            .next()
            .is_some()
}

/// Where white-space characters outside ASCII start in `bytes`, whose
/// highest byte is at most `highest`, given `firsts`, where one may start
/// (a search for the first bytes 0xC2, 0xE1 and 0xE2, or for 0xC2 and the
/// [`WIDE_SPACES`]): those that do, and those a search for 0xE3 finds, in
/// no particular order.
///
/// The second search, for 0xE3 (U+3000, the ideographic space), reads
/// the whole page for a byte that only pages in Chinese or Japanese hold
/// (none of the real articles): it runs only where `highest` says the
/// page can hold one.
fn unicode_space_starts(
    bytes: &[u8],
    highest: u8,
    firsts: impl Iterator<Item = usize>,
) -> impl Iterator<Item = usize> {
    let ideographic = if highest >= 0xE3 { bytes } else { &[] };
    firsts
        .chain(memchr::memchr_iter(0xE3, ideographic))
        .filter(|&i| opens_unicode_space(&bytes[i..]))
}

/// Where a page's white-space characters outside ASCII (no-break spaces
/// and the like) start, found in one pass over the page.
///
/// A page holds few or none, so a paragraph learns whether it holds one
/// from a look-up instead of a search of its own, which cost more than
/// counting its words.
#[derive(Debug, Default)]
pub(super) struct UnicodeSpaces(Vec<usize>);

impl UnicodeSpaces {
    /// The spaces of `text`, whose highest byte is `highest`, as
    /// [`Layout::new`](super::Layout::new) learns while lowercasing the
    /// page; `wide` are the [`WIDE_SPACES`] the page's search for phrase
    /// pieces found ([`crate::phrases::PageHits`]).
    pub(super) fn of_page(text: &str, highest: u8, wide: &[(Span, usize)]) -> UnicodeSpaces {
        // Half the pages are ASCII throughout and hold none: the highest
        // byte spares them the searches for the spaces' first bytes, and
        // a scan of their bytes of its own to tell them apart.
        if highest.is_ascii() {
            return UnicodeSpaces::default();
        }
        UnicodeSpaces(searched_starts(text, highest, wide))
    }

    /// The spaces of `text`, finding its highest byte for itself.
    #[cfg(test)]
    pub(super) fn of(text: &str) -> UnicodeSpaces {
        let mut pieces = crate::phrases::PageHits::default();
        pieces.find(text.to_ascii_lowercase().as_bytes());
        UnicodeSpaces::of_page(
            text,
            text.bytes().max().unwrap_or(0),
            pieces.of(crate::phrases::Owner::UnicodeSpace),
        )
    }

    /// Whether one starts within `span` (spans sit on character
    /// boundaries, so it lies wholly within).
    #[cfg(test)]
    fn within(&self, span: Span) -> bool {
        let first = self.0.partition_point(|&i| i < span.start);
        self.0.get(first).is_some_and(|&i| i < span.end)
    }

    /// Whether the page holds none.
    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A reader of `UnicodeSpaces::within` for spans asked in text order.
    pub(super) fn walk(&self) -> SpaceWalk<'_> {
        SpaceWalk {
            starts: &self.0,
            next: 0,
        }
    }
}

/// Where the white-space characters outside ASCII start in `text`, whose
/// highest byte is at most `highest`, in order: `wide`, the
/// [`WIDE_SPACES`] the page's search for phrase pieces found, and those a
/// search for the first byte 0xC2 finds (U+0085, U+00A0; U+3000 is
/// searched for on the pages that can hold it).
///
/// A search for the first bytes 0xC2, 0xE1 and 0xE2 read the pages that
/// are not ASCII a second time, stopping at every curly quote and dash
/// (whose first byte, 0xE2, the wide spaces share): 162K instructions over
/// the 51 such pages of corpora/real. The page's search for phrase pieces
/// reads every page already, and finds the wide spaces whole, among its
/// pieces; a search for one byte compares each block once. The two spaces
/// from 0xC2 take two bytes, and a piece of two bytes would make that
/// search compare two bytes a place where it compares three.
///
/// Kept out of line: inlined into [`Layout::new`](super::Layout::new), the
/// searcher's iterator took registers from the paragraph loop there, and
/// the layout cost 28,000 instructions more over corpora/real.
#[inline(never)]
fn searched_starts(text: &str, highest: u8, wide: &[(Span, usize)]) -> Vec<usize> {
    let bytes = text.as_bytes();
    let firsts = memchr::memchr_iter(0xC2, bytes).chain(wide.iter().map(|(at, _)| at.start));
    in_order(unicode_space_starts(bytes, highest, firsts))
}

/// The positions `starts` gives, sorted.
fn in_order(starts: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut starts: Vec<usize> = starts.collect();
    starts.sort_unstable();
    starts
}

/// The page's [`UnicodeSpaces`] read along with its paragraphs, which come
/// in text order: the first space at or after a paragraph's start is found
/// by walking on from the last paragraph's, not by a search per paragraph.
pub(super) struct SpaceWalk<'a> {
    starts: &'a [usize],
    /// The first space not known to start before the spans to come.
    next: usize,
}

impl SpaceWalk<'_> {
    /// Whether a Unicode space starts within `span`, which starts no
    /// earlier than the span asked about before.
    pub(super) fn within(&mut self, span: Span) -> bool {
        while self.starts.get(self.next).is_some_and(|&i| i < span.start) {
            self.next += 1;
        }
        self.starts.get(self.next).is_some_and(|&i| i < span.end)
    }
}

/// Words of `bytes[span]`, whose only white space is ASCII.
///
/// A word opens at the first byte unless it is a space, and at every byte
/// that is not a space after one that is. Pairs of neighbouring bytes are
/// counted in blocks of a fixed size, which compile to straight vector
/// code. The last, short block reads on past the span where the text goes
/// on, counting only its own pairs, and is otherwise copied into spaces (a
/// pair ending in a space opens no word): most paragraphs are short, and a
/// byte loop over their tails cost more than all the vector work.
///
/// Inlined into its two callers: the call, its saved registers and the
/// vector constants loaded afresh at each call cost about twenty
/// instructions a paragraph, and LLVM kept it out of line when only asked.
#[inline(always)]
pub(super) fn count_ascii_spaced(bytes: &[u8], span: Span) -> usize {
    count_spaced::<false>(bytes, span)
}

/// [`count_ascii_spaced`], or with `PLAIN` the same count for a span whose
/// only bytes below 0x20 are the spaces 9 to 13: each byte up to 0x20 is
/// then a space, which one saturating subtraction a byte tells where the
/// exact test takes two compares and an OR ([`plain_opening`]). A block of
/// 64 pairs took 88 instructions, and takes 36 so (the layout's count
/// 4,023,242 -> 3,882,751 over corpora/real, net of the page's test).
#[inline(always)]
fn count_spaced<const PLAIN: bool>(bytes: &[u8], span: Span) -> usize {
    // One bounds check for the span; the pairs are read from it.
    let spanned = bytes.get(span.start..span.end).unwrap_or_default();
    count_spaced_of::<PLAIN>(bytes, span, spanned)
}

/// [`count_spaced`] of `span`, whose bytes `spanned` are: the caller's
/// slice, whose bounds it has checked.
#[inline(always)]
fn count_spaced_of<const PLAIN: bool>(bytes: &[u8], span: Span, spanned: &[u8]) -> usize {
    let (Some((&head, after)), Some((_, before))) = (spanned.split_first(), spanned.split_last())
    else {
        return 0;
    };
    // With `PLAIN`, a byte up to 0x20 is a space, as the pairs read it:
    // one compare where the exact test takes two and more, at every
    // counted paragraph (11,000 instructions fewer over corpora/real).
    let head_opens = if PLAIN {
        head > b' '
    } else {
        !is_ascii_space(head)
    };
    let mut opens = usize::from(head_opens);
    // Each pair is a byte of `before` and the byte after it, of `after`:
    // whole blocks of both are read side by side, with no bounds check
    // of their own, two blocks at a time while two are left: their count
    // is summed across its lanes once for both (14,000 instructions fewer
    // over corpora/real than a sum a block; four blocks at a time saved
    // 8,000).
    let (whole, rest) = after.as_chunks::<BLOCK>();
    let before_blocks = before.as_chunks::<BLOCK>().0;
    let (double_before, single_before) = before_blocks.as_flattened().as_chunks::<{ 2 * BLOCK }>();
    let (double_after, single_after) = whole.as_flattened().as_chunks::<{ 2 * BLOCK }>();
    for (before, after) in double_before.iter().zip(double_after) {
        opens += pair_openings::<{ 2 * BLOCK }, PLAIN>(before, after);
    }
    for (before, after) in single_before
        .as_chunks::<BLOCK>()
        .0
        .iter()
        .zip(single_after.as_chunks::<BLOCK>().0)
    {
        opens += pair_openings::<BLOCK, PLAIN>(before, after);
    }
    if rest.is_empty() {
        return opens;
    }
    // The pairs left, at `at` to `span.end - 2`, in the smallest of three
    // sizes of masked block that holds them: one vector for a quarter
    // block, as most short paragraphs need, two for half a block, four for
    // the rest.
    let at = span.start + whole.len() * BLOCK;
    if rest.len() <= QUARTER_BLOCK {
        opens + tail_openings::<QUARTER_BLOCK, PLAIN>(bytes, at, span.end, rest.len())
    } else if rest.len() <= HALF_BLOCK {
        opens + tail_openings::<HALF_BLOCK, PLAIN>(bytes, at, span.end, rest.len())
    } else {
        opens + tail_openings::<BLOCK, PLAIN>(bytes, at, span.end, rest.len())
    }
}

/// Half a [`BLOCK`].
const HALF_BLOCK: usize = BLOCK / 2;

/// A quarter of a [`BLOCK`], one vector of SSE2.
const QUARTER_BLOCK: usize = BLOCK / 4;

/// The openings of the `pairs` pairs at `at` to `end - 2`, `N` at most,
/// read as a block of `N` pairs that reads on past them where the text goes
/// on, and is otherwise copied into spaces (a pair ending in a space opens
/// no word).
///
/// The count of pairs is handed in as the caller's length of what is left,
/// which it has just compared with `N`, rather than worked out again as
/// `end - at - 1`: the compiler then knows it is at most `N` and drops the
/// mask's clamp to `N` (a compare and a conditional move a counted
/// paragraph), and the paragraph loop around the count spilled less (26,600
/// instructions fewer over corpora/real in all).
#[inline(always)]
fn tail_openings<const N: usize, const PLAIN: bool>(
    bytes: &[u8],
    at: usize,
    end: usize,
    pairs: usize,
) -> usize {
    debug_assert_eq!(pairs + 1, end - at, "the pairs of {at}..{end}");
    if let Some((before, after)) = pair_blocks_at::<N>(bytes, at) {
        return masked_openings::<N, PLAIN>(before, after, pairs);
    }
    let mut tail = [b' '; BLOCK + 1];
    tail[..end - at].copy_from_slice(&bytes[at..end]);
    pair_blocks_at::<N>(&tail, 0).map_or(0, |(before, after)| {
        masked_openings::<N, PLAIN>(before, after, pairs)
    })
}

/// The first `n` lanes of a block of `N` lanes (`N` at most [`BLOCK`], `n`
/// at most `N`) taken from `lanes`, a table of [`BLOCK`] lanes inside then
/// [`BLOCK`] outside ([`lanes_inside_then_out`]): a compare of each lane's
/// index with `n` cost a broadcast of `n` and two compares more a
/// paragraph.
#[inline]
fn tail_lanes<const N: usize>(lanes: &'static [u8; 2 * BLOCK], n: usize) -> &'static [u8; N] {
    let from = BLOCK - n.min(N);
    lanes
        .get(from..from + N)
        .and_then(|m| m.try_into().ok())
        .unwrap_or(&[0; N])
}

/// [`BLOCK`] lanes of `inside` then [`BLOCK`] of `outside`: the [`BLOCK`]
/// lanes from `BLOCK - n` on are the first `n` inside ([`tail_lanes`]).
const fn lanes_inside_then_out(inside: u8, outside: u8) -> [u8; 2 * BLOCK] {
    let mut lanes = [outside; 2 * BLOCK];
    let mut i = 0;
    while i < BLOCK {
        lanes[i] = inside;
        i += 1;
    }
    lanes
}

/// A lane set inside a paragraph's last pairs, all ones as a vector compare
/// leaves a true lane, so that [`masked_openings`] ANDs the compare's lanes
/// with it directly.
static TAIL_MASKS: [u8; 2 * BLOCK] = lanes_inside_then_out(u8::MAX, 0);

/// The floor [`plain_opening_above`] takes inside a paragraph's last pairs
/// ([`PLAIN_FLOOR`]) and past them (all ones, which no byte is above): the
/// plain count drops the pairs past the paragraph in the subtraction it
/// makes anyway, where an AND with [`TAIL_MASKS`] was one more vector
/// instruction for each of the tail's vectors.
static TAIL_FLOORS: [u8; 2 * BLOCK] = lanes_inside_then_out(PLAIN_FLOOR, u8::MAX);

/// How many pairs `(before[i], after[i])` of the first `n` are a space
/// then another byte.
///
/// Each such pair's lane is all ones, -1 as a byte, and a lane past the
/// first `n` is cleared by [`TAIL_MASKS`]: the lanes are summed and the
/// sum negated. Summed as 0 or 1 (a mask of ones), each lane's compare was
/// cut to its low bit before the mask was applied, one more vector AND and
/// a constant a paragraph. At most `N` lanes are set, which is [`BLOCK`]
/// at most, so the negated sum fits a byte. Inlined into each of
/// [`tail_openings`]' sizes: left to LLVM, the half block's was called.
///
/// With `PLAIN`, each pair's lane is 1 rather than -1, and the lanes past
/// the first `n` are 0 by [`TAIL_FLOORS`] ([`plain_opening_above`]).
#[inline(always)]
fn masked_openings<const N: usize, const PLAIN: bool>(
    before: &[u8; N],
    after: &[u8; N],
    n: usize,
) -> usize {
    let mut opens = 0u8;
    if PLAIN {
        let floors = tail_lanes::<N>(&TAIL_FLOORS, n);
        for ((&a, &b), &floor) in before.iter().zip(after).zip(floors) {
            opens = opens.wrapping_add(plain_opening_above(a, b, floor));
        }
        return usize::from(opens);
    }
    let mask = tail_lanes::<N>(&TAIL_MASKS, n);
    for ((&a, &b), &m) in before.iter().zip(after).zip(mask) {
        opens = opens.wrapping_add(opening_lane::<false>(a, b) & m);
    }
    usize::from(opens.wrapping_neg())
}

/// The [`BLOCK`] bytes at `at` and the [`BLOCK`] bytes one byte on, if
/// the text holds them: one bounds check for both, where a check of each
/// block cost a few instructions more a block.
#[inline]
fn pair_blocks_at<const N: usize>(bytes: &[u8], at: usize) -> Option<(&[u8; N], &[u8; N])> {
    let pair = bytes.get(at..at + N + 1)?;
    let (before, _) = pair.split_first_chunk::<N>()?;
    let (_, after) = pair.split_last_chunk::<N>()?;
    Some((before, after))
}

/// Bytes of a block of [`count_ascii_spaced`]: four vectors of SSE2.
///
/// Each block's count is summed across its lanes (six instructions)
/// and added to the paragraph's; a block of 64 bytes does that half as
/// often as one of 32 did, and a paragraph's last pairs take one masked
/// block of one, two or four vectors (62K instructions fewer over
/// corpora/real than 32-byte blocks with tails of one or two vectors).
/// Blocks of 128 bytes, with a fourth size of tail, cost 5.6K more again.
const BLOCK: usize = 64;

/// How many pairs `(before[i], after[i])` are a space then another byte,
/// of `N` pairs, two [`BLOCK`]s at most.
///
/// Summed as [`masked_openings`] sums them, each pair -1, so that no lane
/// is cut to its low bit first. A word opens at one pair of two at most
/// (the next pair opens with the byte that opened it), so at most `N / 2`
/// pairs are, and the negated sum fits a byte (up to `N` of 510).
///
/// With `PLAIN`, each pair's lane is 1 rather than -1 ([`plain_opening`]).
fn pair_openings<const N: usize, const PLAIN: bool>(before: &[u8; N], after: &[u8; N]) -> usize {
    let mut opens = 0u8;
    for (&a, &b) in before.iter().zip(after) {
        opens = opens.wrapping_add(opening_lane::<PLAIN>(a, b));
    }
    usize::from(if PLAIN { opens } else { opens.wrapping_neg() })
}

/// The lane of the pair `(a, b)`: with `PLAIN` [`plain_opening`], else
/// all ones (-1) where `a` is a space and `b` is not, as a vector
/// compare leaves a true lane.
#[inline(always)]
fn opening_lane<const PLAIN: bool>(a: u8, b: u8) -> u8 {
    if PLAIN {
        plain_opening(a, b)
    } else {
        word_lane(b) & !word_lane(a)
    }
}

/// 1 where `a` is a byte up to 0x20 and `b` one above it, else 0: a word
/// opening at `b` where no byte below 0x20 but the spaces 9 to 13 occurs.
/// Saturating additions and subtractions, one vector instruction a lane
/// each.
#[inline(always)]
fn plain_opening(a: u8, b: u8) -> u8 {
    plain_opening_above(a, b, PLAIN_FLOOR)
}

/// [`plain_opening`] with `floor` in place of [`PLAIN_FLOOR`]: with all
/// ones, 0 whatever the pair ([`TAIL_FLOORS`]).
#[inline(always)]
fn plain_opening_above(a: u8, b: u8, floor: u8) -> u8 {
    // 1 for `b` above 0x20, else 0: a byte above 0x20 is raised to the
    // top, 0x20 to one below it, and the sum lowered by that much. Written
    // as `b.saturating_sub(b' ').min(1)`, the minimum became a maximum, a
    // compare and an AND; these are two instructions, done in place
    // (75,000 instructions fewer over corpora/real).
    let word = b.saturating_add(0xFF - 0x21).saturating_sub(floor);
    word.saturating_sub(a.saturating_sub(b' '))
}

/// One below the top: what a byte above 0x20 raised to the top is lowered
/// by in [`plain_opening_above`], leaving 1.
const PLAIN_FLOOR: u8 = 0xFF - 1;

/// All ones (-1) for a byte that is not ASCII white space, 0 for one that
/// is: a vector compare's lane.
#[inline(always)]
fn word_lane(b: u8) -> u8 {
    u8::from(!is_ascii_space(b)).wrapping_neg()
}

/// Whether `rest` opens with a non-ASCII white-space character: U+0085,
/// U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F or
/// U+3000, as `char::is_whitespace` has them.
pub(super) fn opens_unicode_space(rest: &[u8]) -> bool {
    matches!(
        rest,
        [0xC2, 0x85 | 0xA0, ..]
            | [0xE1, 0x9A, 0x80, ..]
            | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
            | [0xE2, 0x81, 0x9F, ..]
            | [0xE3, 0x80, 0x80, ..]
    )
}

/// Whether `before` ends with one of the white-space characters of
/// [`opens_unicode_space`].
pub(super) fn ends_unicode_space(before: &[u8]) -> bool {
    matches!(
        before,
        [.., 0xC2, 0x85 | 0xA0]
            | [.., 0xE1, 0x9A, 0x80]
            | [.., 0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF]
            | [.., 0xE2, 0x81, 0x9F]
            | [.., 0xE3, 0x80, 0x80]
    )
}

impl Shape {
    /// The shape of `p`.
    ///
    /// Most title candidates hold no Unicode space, and most no digit.
    /// Without a digit no word is numeric, a file code (two digits at least)
    /// cannot occur, so only a double dash makes a code token, and "by" and
    /// the next word are found around each `y`: a few searches instead of
    /// reading every byte into word state ([`Shape::read`], which only the
    /// paragraphs with a Unicode space take). With a digit, only the words
    /// holding one are read ([`numeric_and_code`]).
    #[cfg(test)]
    pub(super) fn of(p: &str) -> Shape {
        let kinds = Kinds::of(p.as_bytes());
        Shape::of_counted(p, p.split_whitespace().count(), has_unicode_space(p), kinds)
    }

    /// `Shape::of` a paragraph whose `words` are counted already and
    /// which holds a Unicode space or not (`unicode_spaced`), as the
    /// paragraph's [`Stats`](super::Stats) know; `kinds` are its bytes'
    /// [`Kinds`], which rule out the searches for bytes it lacks.
    pub(super) fn of_counted(p: &str, words: usize, unicode_spaced: bool, kinds: Kinds) -> Shape {
        let bytes = p.as_bytes();
        if unicode_spaced {
            return Shape::read(p);
        }
        let double_dash = kinds.has(Kinds::DASH)
            && memchr::memchr_iter(b'-', bytes).any(|i| bytes.get(i + 1) == Some(&b'-'));
        let (code_token, numeric_words) = if kinds.has(Kinds::DIGIT) {
            numeric_and_code(bytes, double_dash)
        } else {
            (double_dash, 0)
        };
        Shape {
            words,
            alphabetic: kinds.has(Kinds::LETTER)
                || (kinds.has(Kinds::NON_ASCII) && p.chars().any(char::is_alphabetic)),
            code_token,
            numeric_words,
            by_name: words <= BY_NAME_MOST_WORDS
                && kinds.has(Kinds::LETTER_Y)
                && by_then_capital(p),
        }
    }

    /// The shape of `p`, read byte by byte: for paragraphs with a Unicode
    /// space, whose words an ASCII split would not find.
    fn read(p: &str) -> Shape {
        let bytes = p.as_bytes();
        let mut shape = Shape::default();
        let mut word: Option<Word> = None;
        let mut previous_was_by = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let (space, step) = if b < 0x80 {
                (is_ascii_space(b), 1)
            } else {
                match p.get(i..).and_then(|rest| rest.chars().next()) {
                    Some(c) => (c.is_whitespace(), c.len_utf8()),
                    // Not reached: `i` always sits on a character boundary.
                    None => break,
                }
            };
            if space {
                if let Some(w) = word.take() {
                    shape.end_word(&w, bytes, i, &mut previous_was_by);
                }
                i += step;
                continue;
            }
            let w = word.get_or_insert_with(Word::start);
            if b < 0x80 {
                shape.alphabetic |= b.is_ascii_alphabetic();
                if w.len == 0 {
                    w.opens_capital = b.is_ascii_uppercase();
                }
                w.capitals += usize::from(b.is_ascii_uppercase());
                w.digits += usize::from(b.is_ascii_digit());
                w.alphanumeric &= b.is_ascii_alphanumeric();
                w.double_dash |= b == b'-' && w.last == b'-';
            } else if let Some(c) = p.get(i..).and_then(|rest| rest.chars().next()) {
                shape.alphabetic |= c.is_alphabetic();
                if w.len == 0 {
                    w.opens_capital = c.is_uppercase();
                }
                w.alphanumeric = false;
            }
            w.last = b;
            w.len += step;
            i += step;
        }
        if let Some(w) = word {
            shape.end_word(&w, bytes, bytes.len(), &mut previous_was_by);
        }
        shape.by_name &= shape.words <= BY_NAME_MOST_WORDS;
        shape
    }

    fn end_word(&mut self, w: &Word, bytes: &[u8], end: usize, previous_was_by: &mut bool) {
        self.words += 1;
        self.numeric_words += usize::from(w.digits > 0);
        self.code_token |= w.is_code();
        self.by_name |= *previous_was_by && w.opens_capital;
        *previous_was_by = w.len == 2 && bytes[end - 2..end].eq_ignore_ascii_case(b"by");
    }
}

/// Whether some word of `bytes` (whose only white space is ASCII) is a
/// file code, `double_dash` telling whether one holds "--", and how many
/// words hold a digit. Only words with a digit are read further, each with
/// a few tight loops rather than the per-byte word state of
/// [`Shape::read`]. (A byte above 0x7F is neither a digit, a capital nor an
/// ASCII letter or digit, as `read` has it for the characters it starts.)
fn numeric_and_code(bytes: &[u8], double_dash: bool) -> (bool, usize) {
    let mut code = double_dash;
    let mut numeric = 0;
    // Most words hold no digit: the bytes are searched for digits, and only
    // the word around each digit found is cut out and read, the search
    // going on past its end. Split into words first, every byte was read
    // twice, once for the split and once for a digit.
    let mut from = 0;
    while let Some(digit) = next_digit(bytes, from) {
        let start = bytes[..digit]
            .iter()
            .rposition(|&b| is_ascii_space(b))
            .map_or(0, |i| i + 1);
        let end = bytes[digit..]
            .iter()
            .position(|&b| is_ascii_space(b))
            .map_or(bytes.len(), |i| digit + i);
        let w = &bytes[start..end];
        numeric += 1;
        // A word's digits matter only as one, or two and more: a second is
        // looked for only in a word short enough to be a code.
        code = code
            || (w.len() <= 12
                && bytes[digit + 1..end].iter().any(u8::is_ascii_digit)
                && w.iter().all(u8::is_ascii_alphanumeric)
                && w.iter().filter(|b| b.is_ascii_uppercase()).count() >= 2);
        from = end;
    }
    (code, numeric)
}

/// Where the first ASCII digit of `bytes` at or after `from` is.
///
/// Read eight bytes at a time, the digit's place taken from the bits of
/// the first eight that hold one, and the last few bytes as one word
/// padded with zero bytes (no digit): the title candidates' bytes read one
/// by one took eight instructions a byte (18,600 over corpora/real, for
/// the 108 digits found there). Out of line: inlined into the headline
/// search's title test, it moved that loop's registers about: the layout
/// then saved 6,800 instructions, where called it saves 12,800.
#[inline(never)]
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    use crate::ascii8::first_digit_bit;
    let rest = bytes.get(from..)?;
    let (words, tail) = rest.as_chunks::<8>();
    let at_bit = |base: usize, digits: u64| base + (digits.trailing_zeros() / 8) as usize;
    for (w, &eight) in words.iter().enumerate() {
        let digits = first_digit_bit(u64::from_le_bytes(eight));
        if digits != 0 {
            return Some(at_bit(from + 8 * w, digits));
        }
    }
    let digits = first_digit_bit(super::chrome::shorter_than_eight(tail));
    (digits != 0).then(|| at_bit(from + 8 * words.len(), digits))
}

/// Whether the word "by" (any case) is followed by a word opening with a
/// capital letter, in `p` whose only white space is ASCII.
fn by_then_capital(p: &str) -> bool {
    let bytes = p.as_bytes();
    memchr::memchr2_iter(b'y', b'Y', bytes).any(|y| {
        let word_by = y >= 1
            && matches!(bytes[y - 1], b'b' | b'B')
            && (y == 1 || is_ascii_space(bytes[y - 2]))
            && bytes.get(y + 1).is_some_and(|&b| is_ascii_space(b));
        word_by && {
            // `y + 1` and every space after it are ASCII, so `next` sits on
            // a character boundary.
            let spaces = bytes[y + 1..]
                .iter()
                .take_while(|&&b| is_ascii_space(b))
                .count();
            let next = y + 1 + spaces;
            p.get(next..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word-at-a-time search finds the first digit from every place
    /// as a search byte by byte does: each byte value at each place of
    /// lines of every length up to two words and a tail, with a second
    /// digit after it.
    #[test]
    fn next_digit_finds_the_first_digit_as_a_byte_search_does() {
        let by_bytes = |bytes: &[u8], from: usize| {
            bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(u8::is_ascii_digit))
                .map(|k| from + k)
        };
        for len in 0..=23 {
            for at in 0..len {
                for b in 0..=u8::MAX {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    if at + 3 < len {
                        bytes[at + 3] = b'7';
                    }
                    for from in 0..=len + 1 {
                        assert_eq!(
                            next_digit(&bytes, from),
                            by_bytes(&bytes, from),
                            "{len} {at} {b} {from}"
                        );
                    }
                }
            }
        }
    }

    /// The same facts the slow way, word by word from `split_whitespace`.
    fn naive(p: &str) -> Shape {
        let words: Vec<&str> = p.split_whitespace().collect();
        Shape {
            words: words.len(),
            alphabetic: p.chars().any(char::is_alphabetic),
            code_token: words.iter().any(|w| {
                let capitals = w.bytes().filter(u8::is_ascii_uppercase).count();
                let digits = w.bytes().filter(u8::is_ascii_digit).count();
                (capitals >= 2
                    && digits >= 2
                    && w.len() <= 12
                    && w.bytes().all(|b| b.is_ascii_alphanumeric()))
                    || w.contains("--")
            }),
            numeric_words: words
                .iter()
                .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
                .count(),
            by_name: words.len() <= BY_NAME_MOST_WORDS
                && words.windows(2).any(|w| {
                    w[0].eq_ignore_ascii_case("by") && w[1].starts_with(char::is_uppercase)
                }),
        }
    }

    #[test]
    fn agrees_with_the_word_by_word_reading() {
        let cases = [
            "",
            "   ",
            "Home News Sport",
            "By Chris Cillizza, CNN Editor-at-large",
            "Analysis by\u{a0}Émile Zola",
            "written by hand",
            "BY JANE DOE",
            "XNP101 BC-LT--Argentina 12:30 GMT",
            "AB12CD34EF567 is too long for a code",
            "Ab1 A1B2 ok",
            "Updated: May 2, 2020 10:00 IST",
            "“We have agreed to talk again,” the president said.",
            "tab\tseparated\u{b}vertical\u{c}feed\r\nend",
            "em\u{2003}space and ideographic\u{3000}space",
            "1of4 Grass Valley's",
            "— 42 —",
            "日本語のテキスト",
            "by",
            "by Ölaf",
            "by ölaf",
            "Stand by Me: a film remembered",
            "Written BY  Émile Zola",
            "baby Yoda by",
            "by\tX",
            "derby Day",
            "BC-LT--Argentina wins",
            "a - b -- c",
            "Korea’s leader visits “Moscow”",
            "¿Qué? …",
        ];
        for p in cases {
            assert_eq!(Shape::of(p), naive(p), "{p:?}");
            let whole = Span::new(0, p.len());
            assert_eq!(
                count_words_in(p, whole, &UnicodeSpaces::of(p)),
                naive(p).words,
                "{p:?}"
            );
        }
    }

    /// Every span of `text` between character boundaries.
    fn spans(text: &str) -> Vec<Span> {
        let ends: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        ends.iter()
            .flat_map(|&a| {
                ends.iter()
                    .filter(move |&&b| b >= a)
                    .map(move |&b| Span::new(a, b))
            })
            .collect()
    }

    #[test]
    fn counts_words_of_any_span_as_split_whitespace() {
        let long = "word ".repeat(20) + "end\u{a0}of it  ";
        for text in [
            "",
            "a b",
            " two  words ",
            long.as_str(),
            "x\u{3000}y\u{2003}z\tw\u{b}v",
        ] {
            let spaces = UnicodeSpaces::of(text);
            for span in spans(text) {
                let p = &text[span.start..span.end];
                assert_eq!(
                    count_words_in(text, span, &spaces),
                    p.split_whitespace().count(),
                    "{p:?}"
                );
            }
        }
    }

    /// A wrong lane would count a pair of the next line, or drop one of
    /// the paragraph's own, only where a word opens at that lane.
    #[test]
    fn tail_masks_set_exactly_the_first_lanes() {
        for n in 0..=BLOCK {
            let floors: Vec<u8> = (0..BLOCK)
                .map(|i| if i < n { PLAIN_FLOOR } else { u8::MAX })
                .collect();
            assert_eq!(
                tail_lanes::<BLOCK>(&TAIL_FLOORS, n).as_slice(),
                floors.as_slice(),
                "{n}"
            );
            let lanes: Vec<u8> = (0..BLOCK).map(|i| u8::from(i < n) * u8::MAX).collect();
            assert_eq!(
                tail_lanes::<BLOCK>(&TAIL_MASKS, n).as_slice(),
                lanes.as_slice(),
                "{n}"
            );
        }
        for n in 0..=HALF_BLOCK {
            let lanes: Vec<u8> = (0..HALF_BLOCK).map(|i| u8::from(i < n) * u8::MAX).collect();
            assert_eq!(
                tail_lanes::<HALF_BLOCK>(&TAIL_MASKS, n).as_slice(),
                lanes.as_slice(),
                "{n}"
            );
        }
        for n in 0..=QUARTER_BLOCK {
            let lanes: Vec<u8> = (0..QUARTER_BLOCK)
                .map(|i| u8::from(i < n) * u8::MAX)
                .collect();
            assert_eq!(
                tail_lanes::<QUARTER_BLOCK>(&TAIL_MASKS, n).as_slice(),
                lanes.as_slice(),
                "{n}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn counts_words_of_spans_of_any_text(p in "[ a-z\u{a0}\u{2003}\t\n\r\u{b}\u{c}\u{1}\u{1f}é“]{0,80}", cut in 0usize..80) {
            let spaces = UnicodeSpaces::of(&p);
            let ends: Vec<usize> = (0..=p.len()).filter(|&i| p.is_char_boundary(i)).collect();
            let a = ends[cut % ends.len()];
            for &b in ends.iter().filter(|&&b| b >= a) {
                proptest::prop_assert_eq!(count_words_in(&p, Span::new(a, b), &spaces), p[a..b].split_whitespace().count());
            }
        }

        #[test]
        fn agrees_on_text_without_digits(p in "[ bByYAZaz\\-\t\u{b}éÉ“’]{0,40}") {
            proptest::prop_assert_eq!(Shape::of(&p), naive(&p));
        }

        /// Digits and codes, no Unicode space: the word-split path, checked
        /// against the byte-by-byte reading it replaced and the naive one.
        #[test]
        fn agrees_on_text_with_digits(p in "[ aBYZ0-9\\-\t\n\u{b}é日“]{0,40}") {
            proptest::prop_assert_eq!(Shape::of(&p), Shape::read(&p));
            proptest::prop_assert_eq!(Shape::of(&p), naive(&p));
        }

        #[test]
        fn agrees_on_any_text(p in "[ a-zA-Z0-9\\-\u{a0}\u{85}\u{2003}\u{2028}\u{205f}\u{3000}\u{1680}\t\n\u{b}éÉ日“]{0,40}") {
            proptest::prop_assert_eq!(Shape::of(&p), naive(&p));
            let whole = Span::new(0, p.len());
            proptest::prop_assert_eq!(count_words_in(&p, whole, &UnicodeSpaces::of(&p)), p.split_whitespace().count());
        }
    }

    /// The plain count reads every byte up to 0x20 as a space: right
    /// wherever the only such bytes are the spaces 9 to 13, and a control
    /// character elsewhere in the text is where it would go wrong (so
    /// the layout takes it only on pages with none).
    #[test]
    fn plain_count_reads_bytes_up_to_a_space_as_spaces() {
        let text = "one\ttwo\u{b}three\u{c}four\r\nfive six\u{1}seven";
        let whole = Span::new(0, text.len());
        assert_eq!(count_words_at(text, whole, Spacing::Ascii), 6);
        assert_eq!(count_words_at(text, whole, Spacing::Plain), 7);
        let before_control = Span::new(0, text.find('\u{1}').unwrap_or(0));
        assert_eq!(count_words_at(text, before_control, Spacing::Plain), 6);
        // The first byte is read as the pairs read theirs: a control
        // character opening the span is a space too.
        let from_control = Span::new(text.find('\u{1}').unwrap_or(0), text.len());
        assert_eq!(count_words_at(text, from_control, Spacing::Plain), 1);
        assert_eq!(count_words_at(text, from_control, Spacing::Ascii), 1);
        // A word opens at every other pair: the most a block's sum holds.
        let dense = "a ".repeat(300);
        for end in 0..=dense.len() {
            let span = Span::new(0, end);
            let words = dense[..end].split_whitespace().count();
            assert_eq!(count_words_at(&dense, span, Spacing::Plain), words, "{end}");
            assert_eq!(count_words_at(&dense, span, Spacing::Ascii), words, "{end}");
        }
        let long = "a\tlong  line\nof wire copy, \u{201c}quoted\u{201d} ".repeat(7);
        for span in spans(&long) {
            let p = &long[span.start..span.end];
            let words = p.split_whitespace().count();
            assert_eq!(count_words_at(&long, span, Spacing::Plain), words, "{p:?}");
        }
    }

    /// Every pair of bytes: a word opens where a byte up to 0x20 is
    /// followed by one above it.
    #[test]
    fn plain_opening_is_a_space_then_a_byte_above_one() {
        for a in 0..=u8::MAX {
            for b in 0..=u8::MAX {
                let opens = a <= b' ' && b > b' ';
                assert_eq!(plain_opening(a, b), u8::from(opens), "{a} {b}");
                // Past a paragraph's last pair, the tail's floor opens none.
                assert_eq!(plain_opening_above(a, b, u8::MAX), 0, "{a} {b}");
            }
        }
    }

    #[test]
    fn space_walk_agrees_with_a_search_per_span() {
        let text = "a\u{a0}b c\u{2003}d e f\u{3000}g\u{85}h i j";
        let spaces = UnicodeSpaces::of(text);
        let mut walk = spaces.walk();
        for span in spans(text) {
            let mut fresh = spaces.walk();
            assert_eq!(fresh.within(span), spaces.within(span), "{span:?}");
        }
        // Spans in text order, as the paragraphs ask: one walk for all.
        let ends: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for w in ends.windows(3) {
            for span in [Span::new(w[0], w[1]), Span::new(w[0], w[2])] {
                assert_eq!(walk.within(span), spaces.within(span), "{span:?}");
            }
        }
    }

    /// Where the Unicode spaces of `page` start, as a search for the first
    /// bytes of every one found them before the page's search for phrase
    /// pieces found the three-byte ones.
    fn spaces_by_first_bytes(page: &str) -> Vec<usize> {
        let bytes = page.as_bytes();
        let firsts = memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes);
        in_order(unicode_space_starts(bytes, u8::MAX, firsts))
    }

    /// The page's spaces, the three-byte ones as the search for phrase
    /// pieces finds them, the ASCII pages' test of their bytes included:
    /// on pages with and without a byte outside ASCII, wherever it stands,
    /// next to the pieces and to characters that share its first bytes.
    #[test]
    fn spaces_of_a_page_agree_with_the_searches() {
        let mut pages = vec![String::new(), "plain\ttext\n\u{b}all ASCII".to_string()];
        let odd = [
            "\u{a0}", "\u{3000}", "é", "“", "’", "—", "…", "\u{85}", "日", "\u{200b}",
        ];
        for odd in odd.iter().copied().chain(WIDE_SPACES.iter().copied()) {
            for at in [0, 1, 7, 20] {
                let mut page = "word ".repeat(5);
                page.insert_str(at, odd);
                pages.push(page);
            }
            pages.push(format!("media{odd}ncy{odd}{odd}"));
        }
        let mut spaced = 0;
        for page in &pages {
            let found = UnicodeSpaces::of(page).0;
            assert_eq!(found, spaces_by_first_bytes(page), "{page:?}");
            spaced += usize::from(!found.is_empty());
        }
        // Five pages each for the no-break space, U+0085, U+3000 and the
        // wide spaces.
        assert_eq!(spaced, 5 * (3 + WIDE_SPACES.len()), "{pages:?}");
    }

    /// The spaces found with the search for phrase pieces are those the
    /// search for their first bytes finds, on the seed pages and the real
    /// articles.
    #[test]
    fn spaces_agree_with_the_search_for_first_bytes() {
        let mut spaced = 0;
        for (path, text) in crate::test_stories::stories() {
            let found = UnicodeSpaces::of(&text).0;
            assert_eq!(found, spaces_by_first_bytes(&text), "{path:?}");
            spaced += found.len();
        }
        assert!(spaced > 0);
    }

    /// The wide spaces are the white-space characters of three bytes
    /// that open with 0xE1 or 0xE2, each one the layout's test knows.
    #[test]
    fn wide_spaces_are_the_three_byte_spaces_below_0xe3() {
        let wide: Vec<String> = ('\u{80}'..=char::MAX)
            .filter(|c| c.is_whitespace())
            .map(String::from)
            .filter(|c| c.len() == 3 && matches!(c.as_bytes()[0], 0xE1 | 0xE2))
            .collect();
        assert_eq!(wide, WIDE_SPACES);
        assert!(
            WIDE_SPACES
                .iter()
                .all(|c| opens_unicode_space(c.as_bytes()))
        );
    }

    /// The kinds the way each was searched for before, byte by byte.
    fn kinds_searched(p: &[u8]) -> Kinds {
        type ByteTest = fn(&u8) -> bool;
        let tests: [(u8, ByteTest); 8] = [
            (Kinds::NEWLINE, |&b| b == b'\n'),
            (Kinds::PIPE, |&b| b == b'|'),
            (Kinds::LETTER_M, |&b| matches!(b, b'm' | b'M')),
            (Kinds::DASH, |&b| b == b'-'),
            (Kinds::LETTER_Y, |&b| matches!(b, b'y' | b'Y')),
            (Kinds::DIGIT, u8::is_ascii_digit),
            (Kinds::LETTER, u8::is_ascii_alphabetic),
            (Kinds::NON_ASCII, |&b| !b.is_ascii()),
        ];
        let mut kinds = 0;
        for (bit, test) in tests {
            if p.iter().any(test) {
                kinds |= bit;
            }
        }
        Kinds(kinds)
    }

    /// Every byte alone, and with others before it, in each lane of a
    /// step and each place of the tail (fails when a kind's test is one
    /// off, or a lane or the tail is lost).
    #[test]
    fn kinds_of_every_byte_agree_with_a_search() {
        for b in 0..=u8::MAX {
            for before in [0, 1, 2, 3, 4, 5, 6, 7, 15, 16, 17, 40] {
                let mut p = vec![b'.'; before];
                p.push(b);
                assert_eq!(Kinds::of(&p), kinds_searched(&p), "{b:#04x} after {before}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn kinds_agree_with_a_search(p in proptest::collection::vec(proptest::num::u8::ANY, 0..70)) {
            proptest::prop_assert_eq!(Kinds::of(&p), kinds_searched(&p));
        }
    }

    #[test]
    fn every_unicode_space_is_known() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(opens_unicode_space(bytes), c.is_whitespace(), "{c:?}");
            assert_eq!(ends_unicode_space(bytes), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn counts_words_split_by_unicode_space() {
        let s = Shape::of("one\u{a0}two\u{2009}three four");
        assert_eq!(s.words, 4);
        assert!(s.alphabetic);
        assert!(!Shape::of("12 – 34").alphabetic);
    }
}
