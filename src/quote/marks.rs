//! Quote marks and their pairing, paragraph by paragraph.
//!
//! Marks are the quote mark signs the tokenizer noted (a test checks that
//! they are the marks one pass over the text finds); each is read as
//! opening, closing or either from the characters around it, then paired
//! within its paragraph. A
//! stray mark spoils at most one quote: an open quote is dropped at the end of
//! its paragraph unless the next paragraph opens with a mark (the convention
//! for speech running over paragraphs).

use super::token::Tok;
use crate::Span;

/// Double (speech) or single (nested, or headline style) marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Open,
    Close,
    Either,
    /// Either, but a lone straight double mark after a digit, a prime
    /// (5'11"): it closes an open quote and opens none. Told by `classify`,
    /// which has read the byte before, so the pairing reads it no more.
    Prime,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    span: Span,
    family: Family,
    side: Side,
}

/// Every quote mark of `text`, left to right and not overlapping, as byte
/// ranges: "``" and "''" as one mark each, the curly marks and guillemets,
/// and the single straight marks.
///
/// The marks' first bytes are found with `memchr`: the ASCII marks, and the
/// lead bytes of the curly marks (0xE2) and of the guillemets (0xC2), which
/// the bytes after them confirm.
#[cfg(test)]
fn marks(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut common = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes);
    let mut rare = memchr::memchr2_iter(b'`', 0xC2, bytes);
    let mut next_common = common.next();
    let mut next_rare = rare.next();
    // The end of the last mark: a doubled mark's second byte is found again.
    let mut taken = 0usize;
    std::iter::from_fn(move || {
        loop {
            let at = match (next_common, next_rare) {
                (Some(a), Some(b)) if b < a => {
                    next_rare = rare.next();
                    b
                }
                (Some(a), _) => {
                    next_common = common.next();
                    a
                }
                (None, Some(b)) => {
                    next_rare = rare.next();
                    b
                }
                (None, None) => return None,
            };
            if at < taken {
                continue;
            }
            let next = |k: usize| bytes.get(at + k).copied();
            let len = match bytes[at] {
                b'"' => 1,
                c @ (b'\'' | b'`') => {
                    if next(1) == Some(c) {
                        2
                    } else {
                        1
                    }
                }
                // “ ” „ ‘ ’
                0xE2 if next(1) == Some(0x80)
                    && matches!(next(2), Some(0x98 | 0x99 | 0x9C | 0x9D | 0x9E)) =>
                {
                    3
                }
                // « »
                0xC2 if matches!(next(1), Some(0xAB | 0xBB)) => 2,
                _ => continue,
            };
            taken = at + len;
            return Some((at, at + len));
        }
    })
}

/// A quoted span: its content (between the marks, trimmed) and the marks'
/// outer bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pair {
    /// The words between the marks.
    pub inner: Span,
    /// From the opening mark to the closing mark, both included.
    pub outer: Span,
    /// Index of the segment the opening mark is in.
    pub seg: usize,
    /// The index of the token the opening mark starts, among the tokens
    /// `pairs_in` read (the quote stage's window starts there, with no
    /// search of the tokens; 0 where marks were not read from tokens).
    pub open_tok: usize,
    /// The index of the token the closing mark starts, as `open_tok`.
    pub close_tok: usize,
}

impl Pair {
    /// The index of the first token after the closing mark, in `toks`, the
    /// tokens `pairs_in` read: a mark of two signs (`''`) is two tokens.
    pub(crate) fn after_close(&self, toks: &[Tok]) -> usize {
        let mut k = self.close_tok + 1;
        while toks.get(k).is_some_and(|t| t.span.start < self.outer.end) {
            k += 1;
        }
        k
    }
}

const fn is_open_punct(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '<' | '—' | '–' | '-' | '/' | '…') || is_mark_char(c)
}

const fn is_close_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '>' | '—' | '–' | '-' | '…' | '/'
    ) || is_mark_char(c)
}

/// Every character that can open or close a quote, apostrophes included.
pub(crate) const fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{AB}'
            | '\u{BB}'
            | '\u{2018}'
            | '\u{2019}'
    )
}

/// What [`classify`] asks of a mark's neighbour, as bits: white space (or
/// no character, at either end of the text), punctuation that may come
/// before an opening mark or after a closing one, a letter or digit, an
/// ASCII digit. (The title test in `shape` reads [`WS`] and [`ALNUM`] of
/// the same table to cut a quote's words.)
pub(super) const WS: u8 = 1;
const OPEN: u8 = 2;
const CLOSE: u8 = 4;
pub(super) const ALNUM: u8 = 8;
const DIGIT: u8 = 16;

/// The bits of [`WS`] and the rest for the character `c`.
///
/// The General Punctuation block (U+2000 to U+206F: wide spaces, dashes,
/// curly marks, the ellipsis), where most neighbours that are not ASCII
/// are, holds no letter or digit: the search of the Unicode tables that
/// `is_alphanumeric` makes (some 500 instructions) is skipped there.
fn neighbour(c: char) -> u8 {
    let bit = |yes: bool, b: u8| if yes { b } else { 0 };
    let alnum = !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphanumeric();
    bit(c.is_whitespace(), WS)
        | bit(is_open_punct(c), OPEN)
        | bit(is_close_punct(c), CLOSE)
        | bit(alnum, ALNUM)
        | bit(c.is_ascii_digit(), DIGIT)
}

/// [`neighbour`] of every ASCII character, read with one load: most
/// neighbours of a mark are a space, a letter or a comma.
pub(super) static ASCII_NEIGHBOUR: [u8; 128] = {
    let mut t = [0; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8 as char;
        // `neighbour` for ASCII, in a const context: `char::is_whitespace`
        // and `is_alphanumeric` are the ASCII tests there (a test checks
        // every character).
        let ws = matches!(c, ' ' | '\t'..='\r');
        let (open, close) = (is_open_punct(c), is_close_punct(c));
        t[b] = if ws { WS } else { 0 }
            | if open { OPEN } else { 0 }
            | if close { CLOSE } else { 0 }
            | if c.is_ascii_alphanumeric() { ALNUM } else { 0 }
            | if c.is_ascii_digit() { DIGIT } else { 0 };
        b += 1;
    }
    t
};

/// Reads one mark, `span`, one of those `marks` finds, from its
/// neighbours.
///
/// The neighbours are read as the bits [`neighbour`] gives, an ASCII one
/// from a table, and the mark from its bytes, rather than testing each
/// neighbour against each list for each question; the answers are the
/// same (a test compares it with `classify_by_chars`, the first way, for
/// every mark between every ASCII character and more).
fn classify(text: &str, span: Span) -> Option<Mark> {
    let bytes = text.as_bytes();
    let prev = match span.start.checked_sub(1).map(|i| bytes[i]) {
        None => WS,
        Some(b) if b.is_ascii() => ASCII_NEIGHBOUR[usize::from(b)],
        Some(_) => text[..span.start].chars().next_back().map_or(WS, neighbour),
    };
    let next = match bytes.get(span.end) {
        None => WS,
        Some(&b) if b.is_ascii() => ASCII_NEIGHBOUR[usize::from(b)],
        Some(_) => text[span.end..].chars().next().map_or(WS, neighbour),
    };
    // Left-flanking: could open. Right-flanking: could close.
    let opener = next & WS == 0 && prev & (WS | OPEN) != 0;
    let closer = prev & WS == 0 && next & (WS | CLOSE) != 0;
    let side_of = |lean: Side| match (opener, closer) {
        (true, false) => Side::Open,
        (false, true) => Side::Close,
        _ => lean,
    };
    // The marks (see `marks`) differ in their length and last byte: one
    // byte read, not the mark compared with each in turn.
    let (family, side) = match (span.end - span.start, bytes[span.end - 1]) {
        // “ „ « ``
        (3, 0x9C | 0x9E) | (2, 0xAB | b'`') => (Family::Double, side_of(Side::Open)),
        // ” »
        (3, 0x9D) | (2, 0xBB) => (Family::Double, side_of(Side::Close)),
        // '' and ": a straight mark with space on both sides opens nothing.
        (2, b'\'') | (1, b'"') if !opener && !closer && prev & WS != 0 => {
            (Family::Double, Side::Close)
        }
        // (A digit is neither white space nor an opening sign: after one,
        // the mark is read as closing or as a prime.)
        (1, b'"') if prev & DIGIT != 0 => (Family::Double, side_of(Side::Prime)),
        (2, b'\'') | (1, b'"') => (Family::Double, side_of(Side::Either)),
        // ‘ `
        (3, 0x98) | (1, b'`') => (Family::Single, side_of(Side::Open)),
        _ => {
            // ’ and ': an apostrophe inside a word, a prime after a digit, or
            // a single mark only when it clearly opens or closes.
            if prev & next & ALNUM != 0 {
                return None;
            }
            if opener && next & DIGIT != 0 {
                return None;
            }
            if prev & DIGIT != 0 {
                return None;
            }
            match (opener, closer) {
                (true, false) => (Family::Single, Side::Open),
                (false, true) => (Family::Single, Side::Close),
                _ => return None,
            }
        }
    };
    Some(Mark { span, family, side })
}

/// Pairs the marks in each segment (paragraphs in text order, not
/// overlapping) and returns the quoted spans in text order.
#[cfg(test)]
pub(crate) fn pairs(text: &str, segments: &[Span]) -> Vec<Pair> {
    pair_marks(
        Vec::new(),
        text,
        segments,
        marks(text).map(|(s, e)| (s, e, 0, UNKNOWN_SEGMENT)),
    )
}

/// Whether `segments` may hold a pair of marks: false only when no mark
/// from the first one's start to the last one's end can open a quote,
/// which every pair needs, told from the bytes before any token is cut
/// (the quote stage cuts none for a story with no pair and no other
/// speech). Any double mark may open, and a left single mark or a
/// backtick; a straight or right single mark opens only after white
/// space, an opening sign or a character that is not ASCII, and two
/// straight ones in a row are a double mark. Most stories with quotes are
/// told at their first double mark.
pub(crate) fn may_pair(text: &str, segments: &[Span]) -> bool {
    let (Some(first), Some(last)) = (segments.first(), segments.last()) else {
        return false;
    };
    let bytes = text.as_bytes();
    let from = first.start;
    let hay = &bytes[from..last.end.max(from)];
    // An apostrophe after a letter, a digit or a closing sign opens
    // nothing (`classify`).
    let may_open_single = |at: usize| {
        at.checked_sub(1).is_none_or(|p| {
            !bytes[p].is_ascii() || ASCII_NEIGHBOUR[usize::from(bytes[p])] & (WS | OPEN) != 0
        })
    };
    for k in memchr::memchr3_iter(b'"', b'\'', 0xE2, hay) {
        let at = from + k;
        let opens = match bytes[at] {
            b'"' => true,
            b'\'' => may_open_single(at) || bytes.get(at + 1) == Some(&b'\''),
            // ’
            _ => match bytes.get(at + 1..at + 3) {
                Some([0x80, 0x99]) => may_open_single(at),
                // “ ” „ ‘
                Some([0x80, 0x98 | 0x9C | 0x9D | 0x9E]) => true,
                _ => false,
            },
        };
        if opens {
            return true;
        }
    }
    // Backticks, « and ».
    memchr::memchr2_iter(b'`', 0xC2, hay).any(|k| {
        let at = from + k;
        bytes[at] == b'`' || matches!(bytes.get(at + 1), Some(0xAB | 0xBB))
    })
}

/// `pairs` for segments whose tokens, in text order, are `toks`, with
/// the indices of the quote mark signs among them `signs` (in order), in
/// `out`, emptied first.
pub(crate) fn pairs_in(
    mut out: Vec<Pair>,
    text: &str,
    segments: &[Span],
    toks: &[Tok],
    signs: &[usize],
) -> Vec<Pair> {
    // A few quotes a story: grown seldom.
    crate::scratch::refill(&mut out, 16);
    let bytes = text.as_bytes();
    let mut pairing = Pairing::default();
    // The marks `marks` finds in the segments, read from the sign tokens:
    // a mark that a word token holds (an apostrophe between letters) opens
    // and closes nothing, and every other mark is a sign token. A run of
    // straight single marks or backticks is cut into doubled marks from
    // its start, as `marks` cuts it, wherever the run starts. The loop is
    // written over the signs, not as an iterator handed to the pairing:
    // the mark and the loop's state stay in registers rather than being
    // stored as an iterator's item (a test compares the pairs with those
    // of the marks `marks` finds).
    //
    // Just past the last straight mark or backtick (0 for none: no mark
    // ends there), and whether it was the first of its run's pair (so that
    // the next one in the run is not).
    let (mut last_end, mut last_first) = (0, false);
    for &k in signs {
        let Some(t) = toks.get(k) else {
            continue;
        };
        let at = t.span.start;
        let mut end = t.span.end;
        if let b @ (b'\'' | b'`') = bytes[at] {
            let first = if last_end == at && at > 0 && bytes[at - 1] == b {
                !last_first
            } else {
                // A run starting before the token, outside the segments.
                let mut s = at;
                while s > 0 && bytes[s - 1] == b {
                    s -= 1;
                }
                (at - s) % 2 == 0
            };
            (last_end, last_first) = (at + 1, first);
            if !first {
                continue;
            }
            end = if bytes.get(at + 1) == Some(&b) {
                at + 2
            } else {
                at + 1
            };
            // A doubled mark ('') may run past a segment that ends at its
            // first sign: it is no mark of the segment. It is dropped here,
            // so that `read` compares no other mark with its segment's
            // bounds; the segments its start passes are passed at the next
            // mark just the same.
            if segments.get(t.seg as usize).is_none_or(|seg| end > seg.end) {
                continue;
            }
        }
        pairing.read(&mut out, text, segments, at, end, k, t.seg as usize, true);
    }
    out
}

/// The segment given for a mark when it is not known: marks found in the
/// text rather than read from tokens, which only the tests' `pair_marks`
/// pairs.
/// A plain index rather than an `Option`: each mark is handed over in four
/// words, not five, and the pairing loop, short of registers, kept the
/// fifth on the stack (some 16,000 instructions over corpora/real). No
/// segment has this index: a list cannot hold `usize::MAX` of them.
const UNKNOWN_SEGMENT: usize = usize::MAX;

/// Pairs `found`, every mark of the text in text order (those outside the
/// segments may be left out), each with the index of its token and, when
/// known, of the segment it is in ([`UNKNOWN_SEGMENT`] otherwise).
#[cfg(test)]
fn pair_marks(
    mut out: Vec<Pair>,
    text: &str,
    segments: &[Span],
    found: impl Iterator<Item = (usize, usize, usize, usize)>,
) -> Vec<Pair> {
    crate::scratch::refill(&mut out, 16);
    let mut pairing = Pairing::default();
    for (start, end, tok, seg_of) in found {
        pairing.read(&mut out, text, segments, start, end, tok, seg_of, false);
    }
    out
}

/// The state of the pairing, read mark by mark in text order. The loop is
/// driven by the marks, few, not by the segments, most of which have none:
/// the segment a mark is in is found by moving on from the last mark's.
#[derive(Default)]
struct Pairing {
    /// The segment being read.
    si: usize,
    /// An open double quote, which may be carried from paragraph to
    /// paragraph: content start, outer start, segment, token.
    double: Option<(usize, usize, usize, usize)>,
    /// An open single quote: content start, outer start, token.
    single: Option<(usize, usize, usize)>,
}

impl Pairing {
    /// Reads the mark `start..end`, which starts token `tok`, in segment
    /// `seg_of` when known ([`UNKNOWN_SEGMENT`] otherwise), and adds the
    /// quote it closes to `out`. With `in_segment` the caller knows that
    /// the mark lies inside segment `seg_of` (a sign token of it, a doubled
    /// mark's end checked), and its bounds are not compared again (some
    /// 14,000 instructions over corpora/real). Inlined in the two loops
    /// that call it, so that the state stays in registers.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn read(
        &mut self,
        out: &mut Vec<Pair>,
        text: &str,
        segments: &[Span],
        start: usize,
        end: usize,
        tok: usize,
        seg_of: usize,
        in_segment: bool,
    ) {
        // With no double quote open, the segments passed change nothing
        // but the state that each segment starts afresh: a mark whose
        // segment is known goes there at once, rather than passing the
        // segments one by one (most have no mark). Such a mark starts in
        // its segment (a token of it), so only its end is checked: a
        // doubled mark ('') may run past a segment that ends at its first
        // sign.
        if self.double.is_none() && seg_of != UNKNOWN_SEGMENT {
            let s = seg_of;
            debug_assert!(s >= self.si && segments.get(s).is_some_and(|g| g.start <= start));
            if s > self.si {
                self.single = None;
                self.si = s;
            }
            // (The segment is there: the mark is in it.)
            if !in_segment && segments.get(self.si).is_none_or(|seg| end > seg.end) {
                return;
            }
        } else {
            // The segments passed, with or without marks, change nothing
            // but an open double quote: it goes on into the next segment
            // when that opens with a mark, and ends otherwise.
            while let Some(seg) = segments.get(self.si)
                && start >= seg.end
            {
                self.double = self.double.filter(|_| {
                    segments
                        .get(self.si + 1)
                        .is_some_and(|&next| opens_with_mark(text, next))
                });
                self.single = None;
                self.si += 1;
            }
            let Some(&seg) = segments.get(self.si) else {
                return;
            };
            if !in_segment && (start < seg.start || end > seg.end) {
                return;
            }
        }
        let Some(mark) = classify(text, Span::new(start, end)) else {
            return;
        };
        match mark.family {
            Family::Double => {
                // Whether the mark opens its paragraph is asked only of the
                // one mark that reads it: a double mark other than a closing
                // one while a quote runs on from the paragraph before. Only
                // white space before it in its paragraph tells that it is
                // the paragraph's first mark too (any mark read before it
                // there lies between), so no flag is kept for that.
                if self.double.is_some()
                    && mark.side != Side::Close
                    && blank_between(text, segments[self.si].start, mark.span.start)
                {
                    // The opening mark of a continued quote's next paragraph.
                    return;
                }
                let close = match (mark.side, self.double) {
                    (Side::Close | Side::Either | Side::Prime, Some(_)) => true,
                    // A digit before a lone straight mark is a prime (5'11").
                    (Side::Prime, None) => return,
                    _ => false,
                };
                if close {
                    if let Some((inner, outer, s, open_tok)) = self.double.take() {
                        push(
                            text,
                            out,
                            inner,
                            mark.span.start,
                            outer,
                            mark.span.end,
                            s,
                            (open_tok, tok),
                        );
                    }
                    self.single = None;
                } else if mark.side != Side::Close {
                    self.double = Some((mark.span.end, mark.span.start, self.si, tok));
                    self.single = None;
                }
            }
            Family::Single => {
                if self.double.is_some() {
                    return;
                }
                match (mark.side, self.single) {
                    (Side::Close, Some((inner, outer, open_tok))) => {
                        push(
                            text,
                            out,
                            inner,
                            mark.span.start,
                            outer,
                            mark.span.end,
                            self.si,
                            (open_tok, tok),
                        );
                        self.single = None;
                    }
                    (Side::Open, _) => self.single = Some((mark.span.end, mark.span.start, tok)),
                    _ => {}
                }
            }
        }
    }
}

/// Whether `text[from..to]` is white space alone (`trim` leaves nothing),
/// told from its first byte when that is ASCII: a paragraph mostly opens
/// with a letter or a mark, and the first mark read in it is mostly not its
/// first character.
fn blank_between(text: &str, from: usize, to: usize) -> bool {
    match text.as_bytes()[from..to].first() {
        None => true,
        Some(&b) if b.is_ascii() => {
            ASCII_NEIGHBOUR[usize::from(b)] & WS != 0 && text[from..to].trim().is_empty()
        }
        Some(_) => text[from..to].trim().is_empty(),
    }
}

fn opens_with_mark(text: &str, seg: Span) -> bool {
    let s = text[seg].trim_start();
    s.starts_with(['"', '\u{201C}', '\u{201E}', '\u{AB}']) || s.starts_with("``")
}

/// Adds the quote from `start` to `end` (its marks' outer bounds
/// `outer_start..outer_end`) to `out`, trimmed, when it holds a letter or
/// a digit. Inlined in its two calls in `pair_marks`: a call took its nine
/// arguments on the stack and saved six registers, some 32 instructions of
/// the 89 a quote's push cost (21,000 over corpora/real).
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn push(
    text: &str,
    out: &mut Vec<Pair>,
    start: usize,
    end: usize,
    outer_start: usize,
    outer_end: usize,
    seg: usize,
    (open_tok, close_tok): (usize, usize),
) {
    if end <= start {
        return;
    }
    // Most quotes open with an ASCII letter or digit and end on an ASCII
    // byte other than white space (as `str::trim` tells it, [`WS`]): such
    // a quote is its own trimmed span and holds a letter or digit, told
    // from its two end bytes with no trim of the `str` (whose slicing
    // checks the character boundaries the marks' spans are known to be on).
    let bytes = &text.as_bytes()[start..end];
    let inner = match (bytes.first(), bytes.last()) {
        (Some(first), Some(&last))
            if first.is_ascii_alphanumeric()
                && last.is_ascii()
                && ASCII_NEIGHBOUR[usize::from(last)] & WS == 0 =>
        {
            Span::new(start, end)
        }
        _ => {
            let inner = crate::layout::trim(text, Span::new(start, end));
            let first = text.as_bytes()[inner.range()].first();
            if !first.is_some_and(u8::is_ascii_alphanumeric)
                && !text[inner].chars().any(char::is_alphanumeric)
            {
                return;
            }
            inner
        }
    };
    out.push(Pair {
        inner,
        outer: Span::new(outer_start, outer_end),
        seg,
        open_tok,
        close_tok,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let segs: Vec<Span> = paragraphs(text);
        pairs(text, &segs).iter().map(|p| &text[p.inner]).collect()
    }

    fn paragraphs(text: &str) -> Vec<Span> {
        let mut v = Vec::new();
        let mut start = 0;
        for part in text.split("\n\n") {
            v.push(Span::new(start, start + part.len()));
            start += part.len() + 2;
        }
        v
    }

    #[test]
    fn straight_and_curly_doubles() {
        assert_eq!(quoted("\"We win,\" Kim said."), ["We win,"]);
        assert_eq!(
            quoted("“We win,” Kim said, “again.”"),
            ["We win,", "again."]
        );
        assert_eq!(
            quoted("He called it a «farce» and „nonsense“."),
            ["farce", "nonsense"]
        );
    }

    #[test]
    fn tex_and_archive_marks() {
        assert_eq!(
            quoted("``Look Good Feel Better'' is a program."),
            ["Look Good Feel Better"]
        );
        assert_eq!(
            quoted("He said, ''We will go.'' Then he left."),
            ["We will go."]
        );
        assert_eq!(quoted("``I know `this,' '' she said."), ["I know `this,'"]);
    }

    #[test]
    fn singles_quote_only_where_they_pair() {
        assert_eq!(
            quoted("Sanders: Clinton must 'get away' from it"),
            ["get away"]
        );
        assert_eq!(
            quoted("the two Koreas’ ties and the countries' leaders"),
            Vec::<&str>::new()
        );
        assert_eq!(
            quoted("‘He died in my hands’: three killed"),
            ["He died in my hands"]
        );
        assert_eq!(quoted("in the '90s he was 5'11\" tall"), Vec::<&str>::new());
        assert_eq!(
            quoted("\"He said 'no' to me,\" she said."),
            ["He said 'no' to me,"]
        );
    }

    #[test]
    fn stray_mark_spoils_one_paragraph_at_most() {
        let text = "A stray \" mark here.\n\n\"Fine,\" he said.\n\n\"Also fine,\" she said.";
        assert_eq!(quoted(text), ["Fine,", "Also fine,"]);
    }

    #[test]
    fn quote_running_over_paragraphs() {
        let text = "\"First part.\n\n\"Second part,\" he said.\n\nAfter.";
        assert_eq!(quoted(text), ["First part.\n\n\"Second part,"]);
    }

    /// The marks as the automaton once found them: leftmost-longest over
    /// every pattern.
    fn by_automaton(ac: &aho_corasick::AhoCorasick, text: &str) -> Vec<(usize, usize)> {
        ac.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    fn automaton() -> aho_corasick::AhoCorasick {
        const PATTERNS: &[&str] = &[
            "``", "''", "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{AB}", "\u{BB}", "\u{2018}",
            "\u{2019}", "'", "`",
        ];
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(PATTERNS)
            .unwrap()
    }

    /// Every string of up to `n` of `pieces` in a row, the empty one too.
    fn every_string(pieces: &[&str], n: usize) -> Vec<String> {
        let mut texts = vec![String::new()];
        let mut last = texts.clone();
        for _ in 0..n {
            let next: Vec<String> = last
                .iter()
                .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
                .collect();
            texts.extend(next.iter().cloned());
            last = next;
        }
        texts
    }

    #[test]
    fn marks_as_the_automaton_found_them() {
        let pieces = [
            "a", " ", "\"", "'", "`", "“", "”", "„", "‘", "’", "«", "»", "—", "…", "é", "’s",
            "\u{201A}", "\u{2039}", "©", "\u{A0}", "€", "''", "``", "'''",
        ];
        let texts = every_string(&pieces, 3);
        let ac = automaton();
        for t in &texts {
            assert_eq!(marks(t).collect::<Vec<_>>(), by_automaton(&ac, t), "{t:?}");
        }
    }

    /// The pairs found from the tokens of the segments, as the quote stage
    /// finds them.
    fn pairs_from_tokens(text: &str, segs: &[Span]) -> Vec<Pair> {
        let (mut toks, mut found) = (Vec::new(), crate::quote::token::Found::default());
        let lower = text.to_ascii_lowercase();
        for (i, &s) in segs.iter().enumerate() {
            let src = crate::quote::token::Source {
                text,
                lower: lower.as_bytes(),
            };
            crate::quote::token::tokenize_marking(&src, s, i as u32, &mut toks, &mut found);
        }
        let signs = found.quotes;
        let all: Vec<usize> = (0..toks.len())
            .filter(|&k| toks[k].punct().is_some_and(is_mark_char))
            .collect();
        assert_eq!(signs, all);
        let mut found = pairs_in(Vec::new(), text, segs, &toks, &signs);
        // A story with a pair is never taken for one without.
        assert!(found.is_empty() || may_pair(text, segs), "{text:?}");
        // The pairs' tokens are where searching the tokens finds the marks.
        for p in &mut found {
            let open = toks.partition_point(|t| t.span.start < p.outer.start);
            assert_eq!(p.open_tok, open, "{text:?}");
            // The closing mark's first token ends the pair's span.
            let close = &toks[p.close_tok];
            assert!(p.close_tok > p.open_tok, "{text:?}");
            assert!(close.span.end <= p.outer.end, "{text:?}");
            assert!(close.punct().is_some_and(is_mark_char), "{text:?}");
            let after = toks.partition_point(|t| t.span.start < p.outer.end);
            assert_eq!(p.after_close(&toks), after, "{text:?}");
            // `pairs` reads no tokens.
            (p.open_tok, p.close_tok) = (0, 0);
        }
        found
    }

    #[test]
    fn marks_from_tokens_pair_as_marks_found_in_the_text() {
        let pieces = [
            "a", " ", "\"", "'", "`", "“", "”", "„", "‘", "’", "«", "»", "x'y", "it’s", "5'", "''",
            "``", "\n\n", ".",
        ];
        let texts = every_string(&pieces, 4);
        for t in &texts {
            let whole = paragraphs(t);
            assert_eq!(pairs_from_tokens(t, &whole), pairs(t, &whole), "{t:?}");
            // Segments that cut runs of marks and leave text out.
            let cut: Vec<Span> = whole
                .iter()
                .filter_map(|&s| {
                    let first = t[s.start..s.end].chars().next()?;
                    Some(Span::new(s.start + first.len_utf8(), s.end))
                })
                .collect();
            assert_eq!(pairs_from_tokens(t, &cut), pairs(t, &cut), "{t:?}");
        }
        let long = "'".repeat(100_001);
        let whole = paragraphs(&long);
        assert_eq!(pairs_from_tokens(&long, &whole), pairs(&long, &whole));
    }

    /// Over real stories, marks read from the tokens (which go straight to
    /// their segment when no quote is open) pair as the marks found in the
    /// text, read segment by segment.
    #[test]
    fn story_marks_from_tokens_pair_as_found_in_the_text() {
        let mut paired = 0;
        for (path, text) in crate::test_stories::stories() {
            let layout = crate::layout::Layout::new(&text);
            let segs = super::super::segments(&text, &layout);
            let got = pairs_from_tokens(&text, &segs);
            assert_eq!(got, pairs(&text, &segs), "{}", path.display());
            paired += got.len();
        }
        assert!(paired > 0);
    }

    /// `pair_marks` as first written: a loop over the segments, each
    /// reading the marks up to its end.
    fn pair_marks_by_segments(
        text: &str,
        segments: &[Span],
        found: impl Iterator<Item = (usize, usize, usize)>,
    ) -> Vec<Pair> {
        // A few quotes a story: grown seldom.
        let mut out = Vec::with_capacity(16);
        let mut found = found.peekable();
        // An open double quote carried from paragraph to paragraph:
        // (content start, outer start, segment, token).
        let mut carried: Option<(usize, usize, usize, usize)> = None;
        for (si, &seg) in segments.iter().enumerate() {
            let mut double = carried.take();
            let mut single: Option<(usize, usize, usize)> = None;
            let mut first = true;
            while let Some(&(start, end, tok)) = found.peek() {
                if start >= seg.end {
                    break;
                }
                found.next();
                if start < seg.start || end > seg.end {
                    continue;
                }
                let Some(mark) = classify(text, Span::new(start, end)) else {
                    continue;
                };
                let at_start = first && text[seg.start..mark.span.start].trim().is_empty();
                first = false;
                match mark.family {
                    Family::Double => {
                        if at_start && double.is_some() && mark.side != Side::Close {
                            // The opening mark of a continued quote's next paragraph.
                            continue;
                        }
                        let close = match (mark.side, double) {
                            (Side::Close | Side::Either | Side::Prime, Some(_)) => true,
                            // A digit before a lone straight mark is a prime (5'11").
                            (_, None)
                                if &text[mark.span] == "\""
                                    && text[..mark.span.start]
                                        .ends_with(|c: char| c.is_ascii_digit()) =>
                            {
                                continue;
                            }
                            _ => false,
                        };
                        if close {
                            if let Some((inner, outer, s, open_tok)) = double.take() {
                                push(
                                    text,
                                    &mut out,
                                    inner,
                                    mark.span.start,
                                    outer,
                                    mark.span.end,
                                    s,
                                    (open_tok, tok),
                                );
                            }
                            single = None;
                        } else if mark.side != Side::Close {
                            double = Some((mark.span.end, mark.span.start, si, tok));
                            single = None;
                        }
                    }
                    Family::Single => {
                        if double.is_some() {
                            continue;
                        }
                        match (mark.side, single) {
                            (Side::Close, Some((inner, outer, open_tok))) => {
                                push(
                                    text,
                                    &mut out,
                                    inner,
                                    mark.span.start,
                                    outer,
                                    mark.span.end,
                                    si,
                                    (open_tok, tok),
                                );
                                single = None;
                            }
                            (Side::Open, _) => single = Some((mark.span.end, mark.span.start, tok)),
                            _ => {}
                        }
                    }
                }
            }
            if let Some(open) = double
                && let Some(next) = segments.get(si + 1)
                && opens_with_mark(text, *next)
            {
                carried = Some(open);
            }
        }
        out
    }

    /// The first-byte answers of `blank_between` are the answers of
    /// trimming the text.
    #[test]
    fn blank_test_reads_as_the_characters() {
        let pieces = [
            "a", " ", "\t", "\n", "\r", "\u{b}", "\u{1c}", "\u{a0}", "\u{2003}", "\u{85}", "é",
            "5", "\"", "’", "٣",
        ];
        for t in &every_string(&pieces, 3) {
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for &from in &bounds {
                for &to in bounds.iter().filter(|&&to| to >= from) {
                    let trimmed = t[from..to].trim().is_empty();
                    assert_eq!(blank_between(t, from, to), trimmed, "{t:?} {from} {to}");
                }
            }
        }
    }

    #[test]
    fn marks_pair_as_read_segment_by_segment() {
        // Quotes carried over paragraphs that open with a mark or not,
        // into paragraphs with marks or none.
        let pieces = ["a", " ", "\"", "“", "”", "'", "\n\n", "5"];
        for t in &every_string(&pieces, 6) {
            let whole = paragraphs(t);
            let by_segments =
                |segs: &[Span]| pair_marks_by_segments(t, segs, marks(t).map(|(s, e)| (s, e, 0)));
            assert_eq!(pairs(t, &whole), by_segments(&whole), "{t:?}");
            // Segments that leave text out, marks between them too.
            let cut: Vec<Span> = whole
                .iter()
                .filter_map(|&s| {
                    let first = t[s.start..s.end].chars().next()?;
                    Some(Span::new(s.start + first.len_utf8(), s.end))
                })
                .collect();
            assert_eq!(pairs(t, &cut), by_segments(&cut), "{t:?}");
        }
    }

    /// `classify` as first written: each neighbour a `char`, tested
    /// against each list, and the mark matched as a string.
    fn classify_by_chars(text: &str, span: Span) -> Option<Mark> {
        let prev = text[..span.start].chars().next_back();
        let next = text[span.end..].chars().next();
        let ws = |c: Option<char>| c.is_none_or(char::is_whitespace);
        // Left-flanking: could open. Right-flanking: could close.
        let opener = !ws(next) && (ws(prev) || prev.is_some_and(is_open_punct));
        let closer = !ws(prev) && (ws(next) || next.is_some_and(is_close_punct));
        let mark = &text[span];
        let side_of = |lean: Side| match (opener, closer) {
            (true, false) => Side::Open,
            (false, true) => Side::Close,
            _ => lean,
        };
        let (family, side) = match mark {
            "\u{201C}" | "\u{201E}" | "\u{AB}" | "``" => (Family::Double, side_of(Side::Open)),
            "\u{201D}" | "\u{BB}" => (Family::Double, side_of(Side::Close)),
            // A straight mark with space on both sides opens nothing.
            "''" | "\"" if !opener && !closer && ws(prev) => (Family::Double, Side::Close),
            "\"" if prev.is_some_and(|c| c.is_ascii_digit()) => {
                (Family::Double, side_of(Side::Prime))
            }
            "''" | "\"" => (Family::Double, side_of(Side::Either)),
            "\u{2018}" | "`" => (Family::Single, side_of(Side::Open)),
            _ => {
                // ’ and ': an apostrophe inside a word, a prime after a digit, or
                // a single mark only when it clearly opens or closes.
                let alpha = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                if alpha(prev) && alpha(next) {
                    return None;
                }
                if opener && next.is_some_and(|c| c.is_ascii_digit()) {
                    return None;
                }
                if prev.is_some_and(|c| c.is_ascii_digit()) {
                    return None;
                }
                match (opener, closer) {
                    (true, false) => (Family::Single, Side::Open),
                    (false, true) => (Family::Single, Side::Close),
                    _ => return None,
                }
            }
        };
        Some(Mark { span, family, side })
    }

    /// `neighbour`, which skips the letter and digit test in General
    /// Punctuation, gives every character the bits of each test asked.
    #[test]
    fn neighbour_bits_as_each_test_gives_them() {
        let bit = |yes: bool, b: u8| if yes { b } else { 0 };
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let want = bit(c.is_whitespace(), WS)
                | bit(is_open_punct(c), OPEN)
                | bit(is_close_punct(c), CLOSE)
                | bit(c.is_alphanumeric(), ALNUM)
                | bit(c.is_ascii_digit(), DIGIT);
            assert_eq!(neighbour(c), want, "{c:?}");
        }
    }

    #[test]
    fn classify_reads_neighbours_as_by_chars() {
        for b in 0u8..128 {
            assert_eq!(
                ASCII_NEIGHBOUR[usize::from(b)],
                neighbour(char::from(b)),
                "{b}"
            );
        }
        let marks = [
            "\"", "'", "`", "''", "``", "“", "”", "„", "‘", "’", "«", "»",
        ];
        let mut around: Vec<String> = (0u8..128).map(|b| char::from(b).to_string()).collect();
        around.extend(
            [
                "", "—", "–", "…", "é", "É", "東", "٣", "\u{a0}", "\u{2003}", "\u{85}", "\u{301}",
            ]
            .map(String::from),
        );
        around.extend(marks.map(String::from));
        for m in marks {
            for a in &around {
                for z in &around {
                    let text = format!("{a}{m}{z}");
                    let span = Span::new(a.len(), a.len() + m.len());
                    let (got, want) = (classify(&text, span), classify_by_chars(&text, span));
                    assert_eq!(
                        got.map(|k| (k.span, k.family, k.side)),
                        want.map(|k| (k.span, k.family, k.side)),
                        "{text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn many_unmatched_marks_are_linear() {
        let text = "\u{201C}a ".repeat(100_000);
        assert!(quoted(&text).is_empty());
    }
}
