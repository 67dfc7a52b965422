//! Quoted spans: mark pairing and kinds, and the assembly of quotes with
//! their speakers and cues.

use std::borrow::Cow;
use std::sync::Arc;

use crate::Span;
use crate::agency::{Lexicon, Mention};
use crate::attribution::{Relays, chain_parts, relay_near};
use crate::cue::{self, Role};
use crate::layout::Layout;
use crate::phrases::Owner;
use crate::speaker::{Np, NpKind, Resolved, Speakers};

mod marks;
mod shape;
pub(crate) use marks::{Pair, is_mark_char};
pub(crate) mod token;
pub(crate) mod words;

use shape::{is_quote_title, is_title};
use token::Tok;
use words::Class;

/// What kind of quoted span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum QuoteKind {
    /// One or more complete sentences of speech.
    Full,
    /// A fragment of speech inside the reporter's sentence.
    Partial,
    /// A scare quote, title, slogan or name that nobody speaks.
    Term,
    /// Verbatim speech with no quote marks, after "said:".
    Unquoted,
}

/// Who speaks a quote.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Speaker<'a> {
    /// The fullest name the text gives the speaker.
    pub name: Cow<'a, str>,
    /// The mention the cue names ("he", "the news agency", "Kim").
    pub span: Span,
}

/// A quoted span and who said it.
///
/// # Examples
///
/// ```
/// let article = newswire::parse("T\n\n\"We will win,\" Kim said.");
/// let _ = &article.quotes;
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Quote<'a> {
    /// The words between the marks, not the marks.
    pub text: &'a str,
    /// Where `text` is in the input.
    pub span: Span,
    /// Full speech, partial, term or unquoted.
    pub kind: QuoteKind,
    /// Who says it, when anyone does.
    pub speaker: Option<Speaker<'a>>,
    /// The speech verb or phrase: "said", "added", "quoted ... as saying".
    pub cue: Option<&'a str>,
    /// The agencies the quote came through, innermost first.
    ///
    /// One list shared by the quotes that sit under the same relay, most
    /// quotes in a row (428 of the 522 with a chain over corpora/real), as
    /// `Arc`: each of those took a copy of its own, an allocation, a copy
    /// and a free, some 90,000 instructions over corpora/real. It reads as
    /// a slice (`&quote.chain[..]`, `quote.chain.iter()`) and serialises as
    /// a list, as before.
    pub chain: Arc<[Cow<'a, str>]>,
}

/// The most tokens a cue window reaches before or after a quote.
const BEFORE: usize = 60;
const AFTER: usize = 50;

/// The paragraphs quotes are looked for in: the headline and the body, in
/// text order.
#[cfg(test)]
fn segments(text: &str, layout: &Layout) -> Vec<Span> {
    segments_in(Vec::new(), text, layout).0
}

/// `segments` in `segs`, emptied first, how many of them are the body's
/// paragraphs, and where the others (the headline and its repeats) are.
fn segments_in(mut segs: Vec<Span>, text: &str, layout: &Layout) -> (Vec<Span>, usize, Added) {
    // Room for the headline and a repeat of it: grown seldom.
    crate::scratch::refill(&mut segs, layout.paragraphs.len() + 2);
    let Some(h) = layout.headline else {
        push_body(&mut segs, layout);
        let paragraphs = segs.len();
        return (segs, paragraphs, Added::default());
    };
    // The first place is kept for the headline, which mostly goes before
    // every paragraph and is then written there at the end, rather than
    // merged in after them by moving them all up one place (some 280
    // instructions a story). The paragraphs are `segs[1..=paragraphs]`
    // until then.
    segs.push(h);
    push_body(&mut segs, layout);
    let paragraphs = segs.len() - 1;
    let head = &text[h];
    // The headline and its repeats go in among the paragraphs they do not
    // overlap, in text order, each kept unless it overlaps a paragraph or
    // one kept before it. They are gathered first and merged in once at the
    // end: a page repeating its headline on every line (a menu) would
    // otherwise shift the whole list at every repeat, a cost growing with
    // the square of the page.
    //
    // The paragraphs are not empty, in text order and do not overlap, so
    // their ends are in order too: a span overlaps one of them exactly when
    // it overlaps the last one starting before it or the first one not
    // starting before it.
    let overlaps = |s: &Span, x: Span| s.start < x.end && x.start < s.end;
    let overlaps_paragraph = |segs: &[Span], x: Span| {
        let body = &segs[1..=paragraphs];
        let at = body.partition_point(|s| s.start < x.start);
        at.checked_sub(1).is_some_and(|b| overlaps(&body[b], x))
            || body.get(at).is_some_and(|s| overlaps(s, x))
    };
    let head_kept = !overlaps_paragraph(&segs, h);
    // The repeats kept, in text order, after the paragraphs in `segs`. They
    // come from lines, which are in text order and apart, so the last one
    // kept ends last: a repeat overlaps one kept before it exactly when it
    // overlaps that one.
    let keep = |segs: &mut Vec<Span>, x: Span| {
        let overlapping = overlaps_paragraph(segs, x)
            || (head_kept && overlaps(&h, x))
            || segs[paragraphs + 1..]
                .last()
                .is_some_and(|k| overlaps(k, x));
        if !overlapping {
            segs.push(x);
        }
    };
    // The headline shown twice (a breadcrumb or a title bar repeating it)
    // is the headline too.
    let bytes = text.as_bytes();
    // A blank line cannot end with a headline that is not empty: then the
    // non-blank lines are read as the layout has trimmed them already (a
    // trimmed line holds the headline when the line does, the headline
    // being trimmed, and trims as the line does). An empty headline, which
    // the layout never picks (a headline holds a letter), reads the
    // untrimmed lines; the layout lists no blank line, so a blank line is
    // not taken for a repeat of it.
    let head_bytes = head.as_bytes();
    // A line `l` whose trimmed span `trimmed` ends with the headline: kept
    // when it is the headline, once trimmed of any bullet. The callers know
    // the trimmed line and that it ends with the headline (the layout's
    // trimmed lines trim as `str::trim` does), so neither is worked out
    // again here.
    //
    // A line of the headline's own length is the headline (it ends with
    // it), and is kept without being trimmed again unless the headline
    // opens with a byte a bullet may open with: trimmed, the headline is
    // then itself, as it is trimmed already. Every repeat over corpora/real
    // (68 lines of 169 ending with the headline, the others the headline's
    // own) is such a line: 8,200 instructions fewer than trimming each.
    debug_assert_eq!(head.trim(), head, "the headline is trimmed");
    let plain_head = !matches!(
        head_bytes.first(),
        Some(b'*' | b'>' | b'|' | b'-' | 0xC2 | 0xE2)
    );
    let keep_repeat = |segs: &mut Vec<Span>, l: Span, trimmed: Span| {
        if l == h || l.contains(h) {
            return;
        }
        if plain_head && trimmed.len() == head.len() {
            keep(segs, trimmed);
            return;
        }
        let line = text[trimmed]
            .trim_start_matches(['•', '·', '*', '>', '|', '-'])
            .trim();
        if line == head {
            keep(segs, trimmed);
        }
    };
    // Two loops, not one testing at each line whether the headline is
    // empty: the loop over every line then holds the headline's last byte
    // in a register. The loop, 14 instructions a line, took some 23,000
    // fewer over corpora/real (7,544 lines) split in two this way; split
    // with the length test kept before the comparison, or with that test
    // dropped from one loop, it took no fewer.
    if let Some(&last) = head_bytes.last() {
        for line in &layout.lines {
            // When the headline is not empty the lines read are trimmed, so
            // a line can hold it only at its very end: a line whose last
            // byte is not its last byte is passed over before any other
            // test (the last byte leaves 546 of the 7,544 lines over
            // corpora/real, 169 of which end with the headline). The byte
            // is tested first, which a line, never blank, always has;
            // `ends_with` tests the length.
            let l = line.trimmed;
            if bytes[l.end - 1] != last || !bytes[l.start..l.end].ends_with(head_bytes) {
                continue;
            }
            keep_repeat(&mut segs, l, l);
        }
    } else {
        // An empty headline is at the end of every line.
        for line in &layout.lines {
            keep_repeat(&mut segs, line.span, crate::layout::trim(text, line.span));
        }
    }
    if head_kept
        && segs.len() == paragraphs + 1
        && segs.get(1).is_none_or(|first| h.start <= first.start)
    {
        // The headline alone, before every paragraph: already in its place
        // (where `merge_after` would put it, before a paragraph starting
        // where it does).
        return (
            segs,
            paragraphs,
            Added {
                count: 1,
                ..Added::default()
            },
        );
    }
    segs.remove(0);
    if head_kept {
        let repeats = paragraphs..segs.len();
        // After any repeat starting where it does, as a repeat inserted
        // after it would have gone before it.
        let at = segs[repeats.clone()].partition_point(|s| s.start <= h.start);
        segs.insert(repeats.start + at, h);
    }
    let added = merge_after(&mut segs, paragraphs);
    (segs, paragraphs, added)
}

/// The spans of the body's paragraphs ([`Layout::body`]) pushed onto
/// `segs`, in order. Out of line: inlined in the quote stage's set-up,
/// whose registers are all taken, each span was staged on the stack before
/// its push (4,900 instructions more over corpora/real).
#[inline(never)]
fn push_body(segs: &mut Vec<Span>, layout: &Layout) {
    segs.extend(layout.body().map(|p| p.span));
}

/// `spans[..first]` and `spans[first..]`, each in text order, merged into
/// one list in text order in place: a span of the second part goes before
/// any of the first that starts where it does (where inserting it by its
/// start would put it), and the second part keeps its own order. Linear: each span of the first part moves once, by as
/// many places as second-part spans go before it, in one `copy_within`
/// per second-part span. Gives where the second part's spans are after the
/// merge.
fn merge_after(spans: &mut [Span], first: usize) -> Added {
    let added = spans.len() - first;
    let mut places = Added {
        count: added as u32,
        ..Added::default()
    };
    // The added spans are few (the headline and a repeat or two): copied
    // out, on the stack when they fit, as the first part's moves write
    // over them.
    let mut few = [Span::new(0, 0); 4];
    let many;
    let tail: &[Span] = if added <= few.len() {
        few[..added].copy_from_slice(&spans[first..]);
        &few[..added]
    } else {
        many = spans[first..].to_vec();
        places.many = vec![0; added].into_boxed_slice();
        &many
    };
    // From the last added span back: the first part's spans from where it
    // goes to the end of those not yet moved make room for it and the
    // added spans before it.
    let mut end = first;
    for (j, &x) in tail.iter().enumerate().rev() {
        let at = spans[..end].partition_point(|s| s.start < x.start);
        spans.copy_within(at..end, at + j + 1);
        spans[at + j] = x;
        // Its place is final: the spans moved after it all go before it.
        if let Some(place) = places.places_mut().get_mut(j) {
            *place = (at + j) as u32;
        }
        end = at;
    }
    places
}

/// Where the segments that are not the body's paragraphs (the headline and
/// its repeats) are among the segments, in order, so that the relays read
/// the paragraphs off the segments ([`Cut::others`]). Held in
/// place when they are at most four, as they are but on a page repeating
/// its headline on many lines (one of the 104 stories of corpora/real),
/// and as `u32`, as the tokens hold their segment: each story's [`Cut`]
/// is made and moved, and with `usize` places in a `Vec` the quote stage
/// took 2.6K instructions more over corpora/real.
#[derive(Debug, Default)]
struct Added {
    /// Their places when there are at most four.
    few: [u32; 4],
    /// Their places when there are more than four.
    many: Box<[u32]>,
    count: u32,
}

impl Added {
    /// The places, in order.
    fn places(&self) -> &[u32] {
        self.few.get(..self.count as usize).unwrap_or(&self.many)
    }

    /// The places, to be written as the merge finds them.
    fn places_mut(&mut self) -> &mut [u32] {
        match self.few.get_mut(..self.count as usize) {
            Some(few) => few,
            None => &mut self.many,
        }
    }
}

/// A cue found for a quote and the speaker phrase it names.
#[cfg_attr(test, derive(Debug, PartialEq))]
struct Found {
    role: Role,
    cue: &'static str,
    cue_span: Span,
    np: Option<Np>,
}

/// Every quote in the headline and body, with kind, speaker, cue and chain.
/// How many words the quote `p` holds, up to `most`, as
/// `layout::count_words` counts them in its content, read from its tokens
/// `toks`: within a paragraph every character but a space is in a token
/// and no token holds a space, so a word starts at each token that does
/// not touch the one before. A quote running over paragraphs, whose gaps
/// may hold text no token covers, is counted in its text.
fn quote_words(text: &str, toks: &[Tok], p: &Pair, most: usize) -> usize {
    if toks[p.close_tok].seg as usize != p.seg {
        return crate::layout::count_words(&text[p.inner], most);
    }
    // Past the opening mark's tokens, up to the closing mark's. Only a mark
    // of two signs (`''`) leaves a token of it after `open_tok`, and only at
    // the front: those are passed over once, before the count, rather than
    // each token of the quote being tested against the words' start.
    let between = &toks[p.open_tok + 1..p.close_tok];
    let mark = between
        .iter()
        .take_while(|t| t.span.start < p.inner.start)
        .count();
    let mut n = 0;
    let mut last_end = usize::MAX;
    // Counted without a branch: nearly every token of a quote opens a word
    // (some 3,100 of 3,300 over corpora/real), and a token touching the one
    // before leaves `n` as it was, so testing `n` at it ends the count no
    // earlier.
    for t in &between[mark..] {
        n += usize::from(t.span.start != last_end);
        if n == most {
            break;
        }
        last_end = t.span.end;
    }
    n
}

/// The buffers [`find`] needs while it reads a story, kept on the thread
/// for the next story's (see [`crate::scratch`]).
#[derive(Default)]
pub(crate) struct Scratch {
    segs: Vec<Span>,
    toks: Vec<Tok>,
    /// Where each segment's entries end in the lists `found` keeps for the
    /// other stages: a stage takes a paragraph's words at once.
    seg_ends: Vec<SegmentEnds>,
    found: token::Found,
    pairs: Vec<Pair>,
    cuts: Vec<bool>,
    nearest: Vec<Read>,
    /// The agency mentions handed to the speakers, given back by them.
    agencies: Vec<Mention>,
}

impl Scratch {
    /// The bytes its buffers hold room for.
    pub(crate) fn bytes(&self) -> usize {
        use crate::scratch::bytes;
        bytes(&self.segs)
            + bytes(&self.toks)
            + bytes(&self.seg_ends)
            + bytes(&self.found.quotes)
            + bytes(&self.found.colons)
            + bytes(&self.found.caps)
            + bytes(&self.found.verbs)
            + bytes(&self.found.agency)
            + bytes(&self.found.dates)
            + bytes(&self.found.not_plain)
            + bytes(&self.found.descriptions)
            + bytes(&self.pairs)
            + bytes(&self.cuts)
            + bytes(&self.nearest)
            + bytes(&self.agencies)
    }
}

/// Where a segment's entries end in the lists of [`token::Found`] that the
/// other stages read, recorded as the segment is cut.
#[derive(Clone, Copy, Debug, Default)]
struct SegmentEnds {
    /// Where the segment's tokens end, which the dates read as the
    /// paragraph's words ([`Segment::tokens`]).
    tokens: usize,
    agency: usize,
    dates: usize,
    not_plain: usize,
    /// Whether the word loop noted a digit in the segment
    /// ([`token::Found::digit`]).
    digit: bool,
    /// Whether the segment holds white space that the dates' tokenizer
    /// reads as a token ([`token::Found::rare_space`]).
    rare_space: bool,
}

/// The paragraphs quotes are looked for in (`segments`), cut into tokens
/// once, before the relays are read: the relays' agency search passes over
/// the body's words on their tokens ([`crate::agency::ParagraphMentions`])
/// rather than reading every byte again, and the quote stage reads them
/// all. It holds the quote stage's buffers, which [`find`] goes on with.
///
/// A cut dropped without [`find`] frees its buffers: [`Cut::keep`] keeps
/// them for the next story instead.
pub(crate) struct Cut {
    /// The buffers, boxed: they move from the thread's slot to the cut, to
    /// [`find`] and back as one pointer, where the ~350 bytes of their
    /// handles were copied at each move (some six copies a story).
    spare: Box<Scratch>,
    /// How many of the segments are the body's paragraphs: the others,
    /// few, are the headline and its repeats ([`segments_in`]).
    paragraphs: usize,
    /// Where the others are among the segments.
    added: Added,
}

impl Cut {
    /// The segments, in text order: the body's paragraphs and the
    /// headline and its repeats that overlap none.
    pub(crate) fn segments(&self) -> &[Span] {
        &self.spare.segs
    }

    /// How many of the [`Cut::segments`] are the body's paragraphs
    /// (`Layout::body`); the others are the headline and its repeats.
    pub(crate) fn paragraphs(&self) -> usize {
        self.paragraphs
    }

    /// Where the [`Cut::segments`] that are not the body's paragraphs (the
    /// headline and its repeats) are among them, in order, as
    /// [`merge_after`] placed them.
    pub(crate) fn others(&self) -> &[u32] {
        self.added.places()
    }

    /// The body's paragraphs' spans, as [`Layout::body`] gives them: the
    /// segments less the others, copied a run at a time. The article's body
    /// list is read off here rather than by walking the layout's paragraphs
    /// again and asking each its role, twice (a count to size the list,
    /// then the spans), as [`segments_in`] has walked them already.
    pub(crate) fn body(&self) -> Vec<Span> {
        let segments = &self.spare.segs[..];
        let mut body = Vec::with_capacity(self.paragraphs);
        let mut from = 0;
        for &other in self.others() {
            let other = other as usize;
            body.extend_from_slice(&segments[from..other]);
            from = other + 1;
        }
        body.extend_from_slice(&segments[from..]);
        body
    }

    /// The segments' tokens, in text order.
    pub(crate) fn tokens(&self) -> &[Tok] {
        &self.spare.toks
    }

    /// The segment that is the paragraph `span`, or `None` when it is none
    /// of them (a paragraph the quote stage does not read). `next` is the
    /// first segment that may be one, 0 at first: the paragraphs are asked
    /// for in text order, as the segments are, so it only moves on.
    pub(crate) fn segment_of(&self, span: Span, next: &mut usize) -> Option<usize> {
        let segments = &self.spare.segs;
        while segments.get(*next).is_some_and(|s| s.start < span.start) {
            *next += 1;
        }
        (segments.get(*next) == Some(&span)).then_some(*next)
    }

    /// Segment `i`, for its entries of the lists the other stages read.
    pub(crate) fn segment(&self, i: usize) -> Segment<'_> {
        Segment::new(&self.spare, i)
    }

    /// The words of every segment an agency form may open at or in, in
    /// text order: their indices in [`Cut::tokens`]
    /// ([`token::Found::agency`]), segment after segment, each segment's
    /// those [`Cut::agency_words`] gives.
    #[cfg(test)]
    pub(crate) fn all_agency_words(&self) -> &[usize] {
        &self.spare.found.agency
    }

    /// The words of the body's paragraphs an agency form may open at or
    /// in, as [`Cut::agency_words`] gives them, in runs of paragraphs
    /// between the segments that are none ([`Cut::others`]), in text
    /// order: the relays search each run in one loop
    /// (`agency::ParagraphMentions::of_body_segments`), with no test of a
    /// word's segment against the others.
    pub(crate) fn body_agency_words(&self) -> impl Iterator<Item = &[usize]> {
        let (ends, words) = (&self.spare.seg_ends, &self.spare.found.agency[..]);
        // Where segment `i`'s words start, and the words' end past the
        // last segment.
        let start = move |i: usize| {
            i.checked_sub(1)
                .and_then(|before| ends.get(before))
                .map_or(0, |e| e.agency)
        };
        let mut from = 0;
        self.others()
            .iter()
            .map(|&o| o as usize)
            .chain(std::iter::once(ends.len()))
            .map(move |other| {
                let run = words.get(start(from)..start(other)).unwrap_or_default();
                from = other + 1;
                run
            })
    }

    /// The words of segment `i` an agency form may open at or in, in
    /// text order: their indices in [`Cut::tokens`]
    /// ([`token::Found::agency`]).
    pub(crate) fn agency_words(&self, i: usize) -> &[usize] {
        self.segment(i).agency_words()
    }

    /// Where the words of every segment start whose first run is one of the
    /// [`crate::attribution::DESCRIPTION_WORDS`], in text order
    /// ([`token::Found::descriptions`]).
    pub(crate) fn description_words(&self) -> &[usize] {
        &self.spare.found.descriptions
    }
}

/// One segment of a [`Cut`], its entries of the lists the other stages
/// read: its recorded ends and the segment's before it, where its entries
/// start, looked up once. Asked of the cut and a segment's number, each
/// list tested the number against 0 and both ends' places against the
/// ends' length (about 50 instructions a segment the dates' gate read).
#[derive(Clone, Copy)]
pub(crate) struct Segment<'c> {
    spare: &'c Scratch,
    ends: &'c SegmentEnds,
    /// The ends before the segment's first entries: the segment's before
    /// it, or all 0 for the first segment.
    before: &'c SegmentEnds,
}

/// The ends before the first segment's entries.
static NO_ENDS: SegmentEnds = SegmentEnds {
    tokens: 0,
    agency: 0,
    dates: 0,
    not_plain: 0,
    digit: false,
    rare_space: false,
};

impl<'c> Segment<'c> {
    fn new(spare: &'c Scratch, i: usize) -> Segment<'c> {
        let ends = &spare.seg_ends;
        Segment {
            spare,
            ends: &ends[i],
            // Segment 0's number less one wraps past every segment.
            before: ends.get(i.wrapping_sub(1)).unwrap_or(&NO_ENDS),
        }
    }

    /// Whether the word loop noted a digit in the segment
    /// ([`token::Found::digit`]; see [`token::holds_digit`]).
    pub(crate) fn digit_noted(self) -> bool {
        self.ends.digit
    }

    /// Whether the segment holds white space that the dates' tokenizer
    /// reads as a token: a vertical tab or a space that is not ASCII
    /// ([`token::Found::rare_space`]).
    pub(crate) fn rare_space_noted(self) -> bool {
        self.ends.rare_space
    }

    /// The segment's tokens, in text order.
    pub(crate) fn tokens(self) -> &'c [Tok] {
        &self.spare.toks[self.before.tokens..self.ends.tokens]
    }

    /// The cut's tokens, which the segment's lists of words index.
    pub(crate) fn all_tokens(self) -> &'c [Tok] {
        &self.spare.toks
    }

    /// The words of the segment an agency form may open at or in, in text
    /// order: their indices in [`Cut::tokens`] ([`token::Found::agency`]).
    pub(crate) fn agency_words(self) -> &'c [usize] {
        &self.spare.found.agency[self.before.agency..self.ends.agency]
    }

    /// Whether the segment lists a word in either list of
    /// [`Segment::date_words`] and [`Segment::not_plain_words`], told from
    /// its recorded ends alone, neither list sliced.
    pub(crate) fn lists_date_or_not_plain_words(self) -> bool {
        self.ends.dates != self.before.dates || self.ends.not_plain != self.before.not_plain
    }

    /// The words of the segment the dates' gate looks for, in text order:
    /// their indices in [`Cut::tokens`] ([`token::Found::dates`]).
    pub(crate) fn date_words(self) -> &'c [usize] {
        &self.spare.found.dates[self.before.dates..self.ends.dates]
    }

    /// The segment's words that are not plain, in text order: their
    /// indices in [`Cut::tokens`] ([`token::Found::not_plain`]). Asked for
    /// on its own, after the gate's other tests: most segments the gate
    /// reads pass or fail before it reads them.
    pub(crate) fn not_plain_words(self) -> &'c [usize] {
        &self.spare.found.not_plain[self.before.not_plain..self.ends.not_plain]
    }
}

impl std::fmt::Debug for Cut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cut")
            .field("segments", &self.spare.segs.len())
            .field("tokens", &self.spare.toks.len())
            .finish()
    }
}

impl Cut {
    /// Keeps the buffers for the next story on the thread, as [`find`]
    /// does, for a cut that is not handed to it. (A drop does not: the
    /// buffers could be given back from a drop only by moving them out of
    /// their box, with a copy, or leaving a new box behind.)
    pub(crate) fn keep(self) {
        crate::scratch::give(self.spare);
    }
}

/// The story's tokens, or `None` for a story that has no quote: speech
/// without marks follows a colon, so a story whose paragraphs have none,
/// and no mark that may open a quote, has none, and its tokens are not
/// needed (9 of the 104 stories of corpora/real).
pub(crate) fn cut(text: &str, layout: &Layout) -> Option<Cut> {
    cut_in(text, layout, true)
}

/// [`cut`] of every story, even one that has no quote, for the tests that
/// read the tokens elsewhere.
#[cfg(test)]
pub(crate) fn cut_every(text: &str, layout: &Layout) -> Option<Cut> {
    cut_in(text, layout, false)
}

/// [`cut`]; with `early` false, every story's tokens are cut.
fn cut_in(text: &str, layout: &Layout, early: bool) -> Option<Cut> {
    use crate::scratch::refill;
    let mut spare: Box<Scratch> = crate::scratch::take().unwrap_or_default();
    let paragraphs;
    let added;
    (spare.segs, paragraphs, added) = segments_in(std::mem::take(&mut spare.segs), text, layout);
    if early && !marks::may_pair(text, &spare.segs) && colons_in(text, &spare.segs).next().is_none()
    {
        crate::scratch::give(spare);
        return None;
    }
    let Scratch {
        segs,
        toks,
        seg_ends,
        found,
        ..
    } = &mut *spare;
    // About one token per five bytes of text: one allocation, not a dozen.
    let bytes = segs.iter().map(|s| s.end - s.start).sum::<usize>();
    refill(toks, bytes / 4);
    // The quote marks, capitalised words and speech verbs among the tokens:
    // up to one capital in twelve bytes and one mark or apostrophe in
    // seventy in the stories read (a capital in 27 bytes, a mark in 200 in
    // the median one), and few verbs; sized to grow seldom, as lists sized
    // for the median story grew in two of three.
    refill(&mut found.quotes, bytes / 64);
    refill(&mut found.colons, bytes / 512);
    refill(&mut found.caps, bytes / 16);
    refill(&mut found.verbs, bytes / 128);
    // Words an agency form may open at: one in 45 bytes over corpora/real.
    refill(&mut found.agency, bytes / 32);
    // Words the dates' gate looks for: about one in 200 bytes.
    refill(&mut found.dates, bytes / 128);
    // Words that are not plain: about one in 250 bytes.
    refill(&mut found.not_plain, bytes / 128);
    // Words that end a description phrase: about one in 1,500 bytes.
    refill(&mut found.descriptions, bytes / 1024);
    // Each segment's ends in the lists the relays' search and the dates'
    // gate read, which take a paragraph's words at once.
    refill(seg_ends, segs.len());
    found.digit = false;
    found.rare_space = false;
    // Extended from an iterator of known length, not pushed one by one: the
    // room is reserved once and no push tests the capacity again.
    let src = token::Source {
        text,
        lower: &layout.lower,
    };
    seg_ends.extend(segs.iter().enumerate().map(|(i, &s)| {
        token::tokenize_marking(&src, s, i as u32, toks, found);
        SegmentEnds {
            tokens: toks.len(),
            agency: found.agency.len(),
            dates: found.dates.len(),
            not_plain: found.not_plain.len(),
            digit: std::mem::take(&mut found.digit),
            rare_space: std::mem::take(&mut found.rare_space),
        }
    }));
    let wide_spaces = layout.pieces.of(Owner::UnicodeSpace);
    if !wide_spaces.is_empty() {
        note_wide_spaces(segs, seg_ends, wide_spaces);
    }
    Some(Cut {
        spare,
        paragraphs,
        added,
    })
}

/// Notes in `ends` each of the segments `segs` that holds one of the
/// spaces U+2000 to U+202F, which the word loop passes over unnoted (see
/// [`token::Found::rare_space`]): `wide` are the layout's page search's
/// finds of those and of two more such spaces, which the word loop notes
/// too, in text order. No article of corpora/real holds one: out of line,
/// and left to the caller to call only for a page that does.
#[cold]
#[inline(never)]
fn note_wide_spaces(segs: &[Span], ends: &mut [SegmentEnds], wide: &[(Span, usize)]) {
    for (seg, ends) in segs.iter().zip(ends) {
        let first = wide.partition_point(|(space, _)| space.start < seg.start);
        ends.rare_space |= wide
            .get(first)
            .is_some_and(|(space, _)| space.start < seg.end);
    }
}

/// The story's quotes, from its tokens ([`cut`]; none when it has none).
pub(crate) fn find<'a>(
    text: &'a str,
    lexicon: &Lexicon,
    relays: &Relays<'a>,
    cut: Option<Cut>,
) -> Vec<Quote<'a>> {
    find_in(text, lexicon, relays, cut, true)
}

/// [`find`]; with `early` false, every quote's cue and speaker is looked
/// for, as first written, for the test that compares the two (which cuts
/// every story's tokens, [`cut_in`]).
fn find_in<'a>(
    text: &'a str,
    lexicon: &Lexicon,
    relays: &Relays<'a>,
    cut: Option<Cut>,
    early: bool,
) -> Vec<Quote<'a>> {
    use crate::scratch::refill;
    let Some(mut cut) = cut else {
        return Vec::new();
    };
    // The paragraphs' mentions, and a few more for the headline: grown
    // once, not doubled again and again; in the last story's buffer, as
    // the speakers give it back. Gathered before the buffers are taken
    // from `cut`, whose tokens the headline's search reads.
    let mut agencies = std::mem::take(&mut cut.spare.agencies);
    refill(&mut agencies, relays.mentions.count() + 8);
    relays.mentions.reader().extend_within(
        text,
        lexicon,
        cut.segments(),
        Some(&cut),
        &mut agencies,
    );
    // The buffers read in their box; those the stage fills or hands on
    // taken out, and put back at the end: moving them all out and back
    // copied the box's ~350 bytes twice.
    let Cut { mut spare, .. } = cut;
    let Scratch {
        segs,
        toks,
        seg_ends,
        found,
        pairs,
        cuts,
        nearest,
        agencies: _,
    } = &mut *spare;
    let (segs, toks, seg_ends, found): (&Vec<Span>, &Vec<Tok>, &Vec<SegmentEnds>, &token::Found) =
        (segs, toks, seg_ends, found);
    let mut nearest = std::mem::take(nearest);
    let pairs = marks::pairs_in(std::mem::take(pairs), text, segs, toks, &found.quotes);
    let mut speakers = Speakers::new(text, toks, &found.caps, lexicon, agencies, &pairs);
    let mut out: Vec<Quote<'a>> = Vec::with_capacity(pairs.len());
    // Read only when a quote needs whoever spoke last, and only up to it:
    // most quotes name their speaker.
    let verbs: &[usize] = &found.verbs;
    nearest.clear();
    let mut subjects = Subjects {
        nearest,
        found: Vec::new(),
    };
    // The last quote's speaker, its closing paragraph and where it spoke.
    let mut last: Option<(Resolved<'a>, usize, usize)> = None;
    let mut prev_close_tok = 0usize;
    // The relay of the last quote whose chain was built, and that quote's
    // place in `out`: quotes in a row mostly sit under one relay (428 of
    // the 522 with a chain over corpora/real), whose chain is then shared
    // rather than built again.
    let mut chain_built: Option<(Option<usize>, usize)> = None;
    refill(cuts, pairs.len());
    for (k, p) in pairs.iter().enumerate() {
        // The pair knows its marks' tokens: no search of all the tokens.
        let oi = p.open_tok;
        let ci = p.after_close(toks);
        let seg_open = p.seg as u32;
        // The reporter's words before the quote, back to the sentence start,
        // and the cue nearest the quote among them.
        // The paragraph's first token bounds the walk: the paragraph's
        // tokens are listed together, so no token's paragraph is compared.
        let seg_first = p.seg.checked_sub(1).map_or(0, |s| seg_ends[s].tokens);
        debug_assert_eq!(toks[oi].seg, seg_open);
        let floor = prev_close_tok.max(oi.saturating_sub(BEFORE)).max(seg_first);
        let (lo, before) = window_before(text, toks, oi, floor);
        let prev_close = prev_close_tok;
        prev_close_tok = ci;
        // The window stopped at the previous quote of the same sentence.
        let cut = k > 0 && lo == prev_close && lo > 0 && toks[lo - 1].seg == seg_open;
        cuts.push(cut);
        let inner = &text[p.inner];
        // A title is a term whoever is said to speak it, and a term keeps
        // no speaker or cue: none is looked for (28 of the 674 quotes with
        // marks of the seed and real stories, a cue search and often a
        // name resolved each). The speaker found for a quote is read
        // by no other quote unless kept, the verbs' subjects are read back
        // as far as a later quote asks whatever was asked before, and the
        // speakers' tables are built whole on first use, so the other
        // quotes find what they found.
        // A quote opening on a small letter is no title, told on its first
        // byte here rather than in a call (295 of the 656 quotes over
        // corpora/real).
        if early
            && !inner.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
            && is_quote_title(toks, p, inner)
        {
            out.push(Quote {
                text: inner,
                span: p.inner,
                kind: QuoteKind::Term,
                speaker: None,
                cue: None,
                chain: chain_for(relays, &out, &mut chain_built, p.outer),
            });
            continue;
        }
        // And after it, to the sentence end or the next quote.
        let seg_close = toks.get(ci.saturating_sub(1)).map_or(seg_open, |t| t.seg);
        let next_open = pairs.get(k + 1).map_or(usize::MAX, |n| n.open_tok);
        // The paragraph's last token bounds the walk on, as its first the
        // walk back.
        let seg_end = seg_ends[seg_close as usize].tokens;
        let ceiling = next_open.min(ci + AFTER).min(seg_end);
        let alone =
            lo == oi && (oi == 0 || toks[oi - 1].seg != seg_open || toks[oi - 1].ends_sentence());
        let window = Window {
            lo,
            oi,
            ci,
            ceiling,
            before,
        };
        let mut found = pick_cue(text, &speakers, toks, inner, window);
        #[cfg(test)]
        assert_eq!(
            found,
            pick_cue_as_first_written(text, &speakers, toks, inner, window)
        );
        if found.is_none()
            && oi > 0
            && toks[oi - 1].is_sign(':')
            && toks[oi - 1].seg + 1 == seg_open
        {
            // "He said:" closing the paragraph before the quote.
            let c = oi - 1;
            let s = sentence_start(toks, c);
            if let Some(v) = (s..c)
                .rev()
                .find(|&i| cue_at(text, toks.as_slice(), i).is_some())
            {
                found = Some(cue_np(text, &speakers, toks, v, s, c));
            } else if (s..c).any(|i| is_text(text, &toks[i], "following")) {
                // "Sanders made the following comment:"
                found = Some(Found {
                    role: Role::Verb,
                    cue: "following",
                    cue_span: toks[c].span,
                    np: speakers.subject(s, c),
                });
            }
        }
        // "he" is whoever spoke last: the last quote's speaker, or a person
        // said to speak since.
        let at = found.as_ref().map_or(p.outer.start, |f| f.cue_span.start);
        // Only pronouns look at the last speaker. A subject is only taken
        // over the last quote's speaker when its verb comes after that
        // quote: no verb before it is read.
        let spoke_last = last.as_ref().map(|l| l.2);
        let mut speaker = found.as_ref().and_then(|f| f.np).and_then(|np| {
            let recent = (np.kind == NpKind::Pronoun)
                .then(|| {
                    let before =
                        subjects.last_before(at, spoke_last, text, toks, verbs, &speakers, &pairs);
                    recent_speaker(before, last.as_ref())
                })
                .flatten();
            speakers.resolve(np, recent.map(|(r, _)| r))
        });
        let starts_upper = shape::starts_upper(inner);
        // Only compared with thresholds up to six: long quotes stop counting.
        // Read only for a quote starting with a capital or with no speaker
        // yet: a speaker is never taken back before the kind is told, and
        // the kind of a spoken quote starting lower case is partial
        // whatever its length, as no other test here reads its words
        // unless it starts with a capital. Some 190 of the 630 quotes over
        // corpora/real are spoken and start lower case. A spoken quote's
        // words are compared with three alone (the kind's test of full
        // speech; the tests of orphans read a quote with no speaker): they
        // are counted up to three. Without `early`, up to seven, as first
        // written, for the test that compares the two.
        let words = if starts_upper || speaker.is_none() {
            let most = if early && speaker.is_some() { 3 } else { 7 };
            quote_words(text, toks, p, most)
        } else {
            0
        };
        // A full quote standing alone, or led by a cue with no subject
        // ("Adding, ..."), continues the last speaker.
        let orphan = match &found {
            None => cut || (alone && starts_upper && words >= 4),
            Some(f) => {
                (f.np.is_none() && starts_upper && words >= 4)
                    || (cut && f.role == Role::Participle && f.cue.is_empty())
            }
        };
        let floating = found.is_none() && !cut && starts_upper && words >= 4;
        // A quote after another in the same paragraph goes on with its speaker.
        if speaker.is_none()
            && found.is_none()
            && starts_upper
            && alone
            && let Some((r, seg, _)) = &last
            && *seg == seg_open as usize
            && k > 0
            && pairs[k - 1].seg == p.seg
        {
            speaker = Some(r.clone());
        }
        if speaker.is_none()
            && floating
            && lo > 0
            && toks[lo - 1].ends_sentence()
            && toks[lo - 1].seg == seg_open
        {
            // A quote after a sentence introducing someone: that person.
            let s2 = sentence_start(toks, lo - 1);
            speaker = speakers
                .subject(s2, lo - 1)
                .filter(|np| np.kind == NpKind::Name)
                .and_then(|np| speakers.resolve(np, None))
                .filter(|r| r.person);
        }
        if (speaker.is_none() || cut && found.as_ref().is_some_and(|f| f.role == Role::Participle))
            && (orphan || floating)
            && let Some((r, seg)) = recent_speaker(
                subjects.last_before(at, spoke_last, text, toks, verbs, &speakers, &pairs),
                last.as_ref(),
            )
            && seg_open as usize <= seg + 1
        {
            speaker = Some(r.clone());
        }
        // Speech set off by a colon, a comma or its verb ("Adding "The ...").
        let lead_in = || {
            lo == oi
                || matches!(toks[oi - 1].punct(), Some(':' | ','))
                || cue_at(text, toks, oi - 1).is_some()
        };
        let shape = Shape {
            spoken: speaker.is_some(),
            cued: found.is_some(),
            words,
            alone,
            starts_upper,
        };
        // With `early`, a title was told above.
        let kind = kind_of(|| !early && is_title(inner), shape, lead_in);
        // A term keeps no speaker. The quote's speaker is made in the one
        // match that also keeps it as `last`, not tested again and mapped
        // after it: about 6,400 instructions fewer over corpora/real.
        let speaker = match (kind, speaker) {
            (QuoteKind::Term, _) | (_, None) => None,
            (_, Some(r)) => {
                last = Some((r.clone(), seg_close as usize, p.outer.start));
                Some(Speaker {
                    name: r.name,
                    span: r.span,
                })
            }
        };
        let cue = speaker.as_ref().and(found.as_ref()).map(|f| {
            if f.cue.is_empty() {
                &text[f.cue_span]
            } else {
                f.cue
            }
        });
        // One quote a pair at most, in the room made for one a pair: told
        // so, the push has no room to test and writes the quote in place,
        // where it was built on the stack, then copied over (some 17
        // instructions a quote, 8,300 over corpora/real).
        assert!(out.len() < out.capacity());
        out.push(Quote {
            text: inner,
            span: p.inner,
            kind,
            speaker,
            cue,
            chain: chain_for(relays, &out, &mut chain_built, p.outer),
        });
    }
    // "effective" ..., "facilitated by ...," the panel said: quotes of one
    // sentence share the speaker its last quote names.
    for k in (0..out.len().saturating_sub(1)).rev() {
        if out[k].speaker.is_none() && cuts[k + 1] && !is_title(out[k].text) {
            let next = out[k + 1].speaker.clone();
            if next.is_some() {
                out[k].speaker = next;
                out[k].cue = out[k + 1].cue;
                out[k].kind = QuoteKind::Partial;
            }
        }
    }
    if !found.colons.is_empty() {
        unquoted(
            text,
            segs,
            toks,
            &speakers,
            &pairs,
            relays,
            &found.colons,
            &mut out,
        );
    }
    debug_assert!(out.windows(2).all(|w| w[0].span.start < w[1].span.start));
    let agencies = speakers.take_agencies();
    spare.pairs = pairs;
    spare.nearest = subjects.nearest;
    spare.agencies = agencies;
    crate::scratch::give(spare);
    out
}

/// The chain of the quote with marks `outer`, about to go last in `out`:
/// shared with the quote `built` names when that quote sits under the same
/// relay, else built (and `built` names this quote).
fn chain_for<'a>(
    relays: &Relays<'a>,
    out: &[Quote<'a>],
    built: &mut Option<(Option<usize>, usize)>,
    outer: Span,
) -> Arc<[Cow<'a, str>]> {
    // A quote in a story with no relay (420 of the 670 over corpora/real)
    // takes the source chain alone: no call is made to learn it.
    let relay = if relays.attributions.is_empty() {
        None
    } else {
        relay_near(relays, outer)
    };
    match *built {
        Some((from, at)) if from == relay => Arc::clone(&out[at].chain),
        _ => {
            *built = Some((relay, out.len()));
            shared_chain(relays, relay)
        }
    }
}

/// The chain of the relay `relay` as the quotes share it: made from its
/// parts ([`chain_parts`]) in one list of their length, where a list was
/// built, then copied into the shared one and freed.
///
/// A chain of one or two names (133 of the 146 built over corpora/real) is
/// made as an array of that length: `Arc::new` allocates it at a size known
/// when compiled, where collecting works the size out and guards each
/// clone as it goes (some 65 instructions a chain, 9,300 over the corpus).
fn shared_chain<'a>(relays: &Relays<'a>, relay: Option<usize>) -> Arc<[Cow<'a, str>]> {
    let (head, tail) = chain_parts(relays, relay);
    match (head, tail) {
        ([a], []) | ([], [a]) => Arc::new([a.clone()]),
        ([a, b], []) | ([a], [b]) | ([], [a, b]) => Arc::new([a.clone(), b.clone()]),
        _ => head.iter().chain(tail).cloned().collect(),
    }
}

/// What the quote loop knows of a quote when it decides its kind.
#[derive(Clone, Copy, Debug)]
struct Shape {
    /// A speaker was found for it.
    spoken: bool,
    /// A cue was found for it.
    cued: bool,
    /// Its words, counted up to seven (up to three when it is spoken: only
    /// `words >= 3` is asked then); 0, not counted, when it is spoken and
    /// does not start with a capital (no test reads them then).
    words: usize,
    /// It stands alone, no reporter's words before it in its sentence.
    alone: bool,
    /// Its first letter or digit is a capital.
    starts_upper: bool,
}

/// The kind of a quote: a title (`title`, the title test of its words)
/// or a short quote no one speaks is a term; a quote of three words or
/// more starting with a capital, alone or after `lead_in` (a colon, a
/// comma or its verb), is full speech; any other is partial.
///
/// A short quote no one speaks is a term whatever its shape, so the title
/// test (a pass over its words) is asked only when it can change the kind,
/// and `lead_in` only when it is read.
fn kind_of(title: impl FnOnce() -> bool, q: Shape, lead_in: impl FnOnce() -> bool) -> QuoteKind {
    if (!q.spoken && q.words <= 6 && (!q.alone || !q.cued)) || title() {
        QuoteKind::Term
    } else if q.starts_upper && q.words >= 3 && (q.alone || lead_in()) {
        QuoteKind::Full
    } else {
        QuoteKind::Partial
    }
}

/// The tokens around a quote read for its cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Window {
    /// The start of the sentence around the quote ([`window_before`]).
    lo: usize,
    /// The quote's marks and words: tokens `[oi, ci)`.
    oi: usize,
    ci: usize,
    /// How far on from `ci` the sentence is read ([`window_after`]).
    ceiling: usize,
    /// The last token of `[lo, oi)` with a cue ([`cue_at`]).
    before: Option<usize>,
}

/// The start of the reporter's words before the quote opening at token
/// `oi`: back to the sentence start or `floor`; and the cue nearest the
/// quote among them. `floor` is no earlier than the first token of the
/// quote's paragraph: the walk then never reads a token's paragraph (it
/// compared each token's with the quote's, some 26,000 instructions over
/// corpora/real, where the paragraph's first token is one look-up).
///
/// The walk back asks each token whether it ends a sentence; the cue
/// is found in the same walk, by asking the tokens up to the first cue
/// for one, rather than reading the window again.
fn window_before(text: &str, toks: &[Tok], oi: usize, floor: usize) -> (usize, Option<usize>) {
    // The tokens from `floor` up to the quote, read back through an
    // iterator: no index checked against the list at each step.
    let mut back = toks[floor.min(oi)..oi].iter().rev();
    let in_sentence = |t: &&Tok| !t.ends_sentence();
    let mut lo = oi;
    for t in back.by_ref() {
        // Most tokens of the sentence neither end it nor are cue words:
        // passed on one test of their bits.
        if t.quiet() {
            lo -= 1;
            continue;
        }
        if !in_sentence(&t) {
            return (lo, None);
        }
        lo -= 1;
        if t.has_cue() && cue_in_place(text, toks, lo) {
            // The nearest cue: the rest of the walk only finds the start.
            let cue = lo;
            lo -= back.take_while(in_sentence).count();
            return (lo, Some(cue));
        }
    }
    (lo, None)
}

/// The end of the reporter's words after the quote whose tokens end
/// before `ci`: on to the sentence end or `ceiling`, no later than the end
/// of the paragraph the quote closes in; and the first cue among them
/// other than "quoted", found in the same walk (see [`window_before`]).
fn window_after(text: &str, toks: &[Tok], ci: usize, ceiling: usize) -> (usize, Option<usize>) {
    let mut on = toks[ci..ceiling.max(ci)].iter();
    let in_sentence = |t: &&Tok| !t.ends_sentence();
    let mut hi = ci;
    for t in on.by_ref() {
        // Passed as in `window_before`.
        if t.quiet() {
            hi += 1;
            continue;
        }
        if !in_sentence(&t) {
            return (hi, None);
        }
        if t.has_cue() && !t.cue_is(Role::Quoted) && cue_in_place(text, toks, hi) {
            let cue = hi;
            hi += 1 + on.take_while(in_sentence).count();
            return (hi, Some(cue));
        }
        hi += 1;
    }
    (hi, None)
}

/// The cue for the quote in `w`: after the quote when its words end with
/// a comma ("...," he said), else before it, else after it.
fn pick_cue(
    text: &str,
    sp: &Speakers<'_, '_>,
    toks: &[Tok],
    inner: &str,
    w: Window,
) -> Option<Found> {
    let Window {
        lo,
        oi,
        ci,
        ceiling,
        before,
    } = w;
    // "X said: "..."" leads in; otherwise "...," X said follows.
    let lead_in =
        before.is_some_and(|v| (v + 1..oi).all(|i| matches!(toks[i].punct(), Some(':' | ','))));
    // The quote ends on a comma, or on a sign that stands for one. (Told on
    // its last byte: these signs are ASCII, and a character beyond ASCII
    // ends on a byte above 0x7F.)
    let comma = || {
        matches!(inner.as_bytes().last(), Some(b',' | b'?' | b'!'))
            || toks.get(ci).is_some_and(|t| t.is_sign(','))
    };
    // A cue before the quote that leads it in, or before a quote ending on
    // no comma, is read first whatever follows the quote: the words after
    // it are read only when it names no one.
    let before_first = match before {
        Some(v) if lead_in || !comma() => {
            let f = cue_np(text, sp, toks, v, lo, oi);
            if f.np.is_some() {
                return Some(f);
            }
            Some(f)
        }
        _ => None,
    };
    let (hi, after) = window_after(text, toks, ci, ceiling);
    // After a quote ending its sentence only a tag can follow: a name, a
    // title or a pronoun before the verb, not a new clause.
    let after = after.filter(|&v| {
        !inner.ends_with(['.', '!', '?'])
            || (v < ci + 14
                && (ci..v).all(|i| {
                    let t = &toks[i];
                    !t.is_word()
                        || t.cap()
                        || [
                            "the", "a", "an", "of", "for", "and", "he", "she", "it", "they",
                        ]
                        .iter()
                        .any(|w| is_text(text, t, w))
                }))
    });
    let tagged = after.is_some_and(|v| v < ci + 5);
    let trailing_comma = !lead_in && (lo == oi || tagged) && comma();
    let (lead, then) = if trailing_comma {
        (after.map(|v| (v, ci, hi)), before.map(|v| (v, lo, oi)))
    } else {
        (before.map(|v| (v, lo, oi)), after.map(|v| (v, ci, hi)))
    };
    if before.is_none()
        && after.is_none()
        && toks
            .get(ci)
            .is_some_and(|t| matches!(t.punct(), Some('―' | '—' | '–')))
        && let Some(np) = sp.np_forward(ci + 1, hi.max(ci + 6).min(toks.len()))
        && np.kind == NpKind::Name
    {
        // A quote credited with a dash: “...” ― Sonya Herridge
        return Some(Found {
            role: Role::Verb,
            cue: "—",
            cue_span: toks[ci].span,
            np: Some(np),
        });
    }
    // The cue that names a speaker, the leading one first; else the first
    // cue found. Written out for the two, not as a loop over an array of
    // them, which stored both and flattened them at each quote.
    let first = match lead {
        // Read above.
        Some(_) if before_first.is_some() => before_first,
        Some((v, a, b)) => {
            let f = cue_np(text, sp, toks, v, a, b);
            if f.np.is_some() {
                return Some(f);
            }
            Some(f)
        }
        None => None,
    };
    match then {
        Some((v, a, b)) => {
            let f = cue_np(text, sp, toks, v, a, b);
            if f.np.is_some() || first.is_none() {
                Some(f)
            } else {
                first
            }
        }
        None => first,
    }
}

/// [`pick_cue`] as first written, the words after the quote read whatever
/// the cue before it names: the quote loop's tests compare the two at
/// every quote.
#[cfg(test)]
fn pick_cue_as_first_written(
    text: &str,
    sp: &Speakers<'_, '_>,
    toks: &[Tok],
    inner: &str,
    w: Window,
) -> Option<Found> {
    let Window {
        lo,
        oi,
        ci,
        ceiling,
        before,
    } = w;
    let (hi, after) = window_after(text, toks, ci, ceiling);
    // After a quote ending its sentence only a tag can follow: a name, a
    // title or a pronoun before the verb, not a new clause.
    let after = after.filter(|&v| {
        !inner.ends_with(['.', '!', '?'])
            || (v < ci + 14
                && (ci..v).all(|i| {
                    let t = &toks[i];
                    !t.is_word()
                        || t.cap()
                        || [
                            "the", "a", "an", "of", "for", "and", "he", "she", "it", "they",
                        ]
                        .iter()
                        .any(|w| is_text(text, t, w))
                }))
    });
    // "X said: "..."" leads in; otherwise "...," X said follows.
    let lead_in =
        before.is_some_and(|v| (v + 1..oi).all(|i| matches!(toks[i].punct(), Some(':' | ','))));
    let tagged = after.is_some_and(|v| v < ci + 5);
    let trailing_comma = !lead_in
        && (lo == oi || tagged)
        && (inner.ends_with([',', '?', '!']) || toks.get(ci).is_some_and(|t| t.is_sign(',')));
    let (lead, then) = if trailing_comma {
        (after.map(|v| (v, ci, hi)), before.map(|v| (v, lo, oi)))
    } else {
        (before.map(|v| (v, lo, oi)), after.map(|v| (v, ci, hi)))
    };
    if before.is_none()
        && after.is_none()
        && toks
            .get(ci)
            .is_some_and(|t| matches!(t.punct(), Some('―' | '—' | '–')))
        && let Some(np) = sp.np_forward(ci + 1, hi.max(ci + 6).min(toks.len()))
        && np.kind == NpKind::Name
    {
        // A quote credited with a dash: “...” ― Sonya Herridge
        return Some(Found {
            role: Role::Verb,
            cue: "—",
            cue_span: toks[ci].span,
            np: Some(np),
        });
    }
    // The cue that names a speaker, the leading one first; else the first
    // cue found. Written out for the two, not as a loop over an array of
    // them, which stored both and flattened them at each quote.
    let first = match lead {
        Some((v, a, b)) => {
            let f = cue_np(text, sp, toks, v, a, b);
            if f.np.is_some() {
                return Some(f);
            }
            Some(f)
        }
        None => None,
    };
    match then {
        Some((v, a, b)) => {
            let f = cue_np(text, sp, toks, v, a, b);
            if f.np.is_some() || first.is_none() {
                Some(f)
            } else {
                first
            }
        }
        None => first,
    }
}

/// The speaker phrase a cue at token `v` names, within `[lo, hi)`.
fn cue_np(
    text: &str,
    sp: &Speakers<'_, '_>,
    toks: &[Tok],
    v: usize,
    lo: usize,
    hi: usize,
) -> Found {
    let word = |i: usize| &text[toks[i].span];
    // Compared as bytes ([`is_text`]): the token's span is on character
    // boundaries, which slicing the `str` would check again.
    let is = |i: usize, w: &str| toks[i].is_word() && is_text(text, &toks[i], w);
    let role = toks[v].cue().unwrap_or(Role::Verb);
    let plain = |np| Found {
        role,
        cue: "",
        cue_span: toks[v].span,
        np,
    };
    match role {
        Role::According => {
            let np = (v + 2 < hi && is(v + 1, "to"))
                .then(|| sp.np_forward(v + 2, hi).or_else(|| sp.np_plain(v + 2, hi)))
                .flatten();
            Found {
                role,
                cue: "according to",
                cue_span: toks[v].span,
                np,
            }
        }
        Role::Quoted => {
            // "quoted X as saying" names X; "X was quoted as saying" names X;
            // "X cited the report" is X's own word.
            let passive = v > lo && (is(v - 1, "was") || is(v - 1, "were") || is(v - 1, "is"));
            let as_saying = (v + 1..hi.min(v + 12))
                .any(|i| is(i, "as") && i + 1 < hi && toks[i + 1].cue_is(Role::Participle));
            let np = if passive {
                sp.np_before(lo, v - 1)
            } else if as_saying {
                sp.np_forward(v + 1, hi)
            } else {
                return plain(sp.np_before(lo, v).or_else(|| sp.np_forward(v + 1, hi)));
            };
            Found {
                role,
                cue: "quoted ... as saying",
                cue_span: toks[v].span,
                np,
            }
        }
        Role::Participle
            if v > lo
                && toks[v - 1].is_word()
                && (cue::is_between(word(v - 1))
                    || (bytes_of(text, &toks[v - 1]).ends_with(b"ly")
                        && v - 1 > lo
                        && toks[v - 2].is_word()
                        && cue::is_between(word(v - 2)))) =>
        {
            // "are now claiming": a progressive verb.
            plain(
                sp.np_before(lo, v)
                    .or_else(|| clause_subject(text, sp, toks, v)),
            )
        }
        Role::Participle => {
            if v > lo && is(v - 1, "as") {
                let q = (lo..v - 1)
                    .rev()
                    .take(12)
                    .find(|&i| cue_at_is(text, toks, i, Role::Quoted));
                if let Some(q) = q {
                    let mut f = cue_np(text, sp, toks, q, lo, v + 1);
                    f.cue_span = Span::new(toks[q].span.start, toks[v].span.end);
                    return f;
                }
            }
            // "..., saying": the speaker of an earlier verb, else the
            // sentence's subject.
            plain(clause_subject(text, sp, toks, v))
        }
        Role::Verb
            if v > lo
                && toks[v - 1].is_word()
                && matches!(toks[v - 1].span.len(), 2 | 3)
                && ["and", "but", "or"]
                    .iter()
                    .any(|c| is_text(text, &toks[v - 1], c)) =>
        {
            // "Trump said ... and slammed ...": the first verb's subject.
            plain(clause_subject(text, sp, toks, v))
        }
        Role::Verb => {
            // `," said Kim`: the verb right after the quote comes first.
            let mark = |i: usize| toks[i].is_mark();
            // The sign before the closing mark(s): `,"`, `,''`.
            let ends_speech = |i: usize| {
                let mut i = i;
                while i > 0 && mark(i) {
                    i -= 1;
                }
                matches!(toks[i].punct(), Some(',' | '?' | '!'))
            };
            let inverted = v == 0
                || (mark(v - 1) && (v < 2 || ends_speech(v - 2) || v == lo && !mark(v - 1)))
                || (v >= 2 && toks[v - 1].is_sign(',') && mark(v - 2));
            let np = if inverted {
                sp.np_forward(v + 1, hi)
            } else {
                sp.np_before(lo, v)
                    .or_else(|| clause_subject(text, sp, toks, v))
                    .or_else(|| sp.np_forward(v + 1, hi))
            };
            plain(np)
        }
    }
}

/// The cue role of token `i`, unless the word is a noun there ("the claim",
/// "the ministry's claim").
///
/// Inlined for the test that answers most calls: the cue windows ask it of
/// every token, and few are cue words.
#[inline]
fn cue_at(text: &str, toks: &[Tok], i: usize) -> Option<Role> {
    let t = toks.get(i)?;
    if !t.has_cue() || !cue_in_place(text, toks, i) {
        return None;
    }
    t.cue()
}

/// Whether [`cue_at`] of token `i` is `role`: the role is tested on the
/// token's bits first, without unpacking it, and only a token with that
/// role is read in place.
#[inline]
fn cue_at_is(text: &str, toks: &[Tok], i: usize, role: Role) -> bool {
    toks.get(i).is_some_and(|t| t.cue_is(role)) && cue_in_place(text, toks, i)
}

/// The bytes of token `t`: its span is on character boundaries, which
/// slicing the `str` would check again at every word compared.
pub(crate) fn bytes_of<'a>(text: &'a str, t: &Tok) -> &'a [u8] {
    &text.as_bytes()[t.span.range()]
}

/// Whether token `t` is `w`, ignoring ASCII case (as `str::eq_ignore_ascii_case`
/// compares, byte by byte).
fn is_text(text: &str, t: &Tok, w: &str) -> bool {
    bytes_of(text, t).eq_ignore_ascii_case(w.as_bytes())
}

/// Whether token `i`, a word or sign with a cue role, is a cue where it
/// stands ([`cue_at`]).
#[inline(never)]
fn cue_in_place(text: &str, toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if !t.is_word() {
        return false;
    }
    // "as she put it" speaks; "put pressure on" does not.
    if (is_text(text, t, "put") || is_text(text, t, "puts"))
        && !toks.get(i + 1).is_some_and(|n| is_text(text, n, "it"))
    {
        return false;
    }
    // The word before in the same paragraph, asked once for both tests
    // below.
    if i > 0 && toks[i - 1].is_word() && toks[i - 1].seg == t.seg {
        // A capitalised cue word inside a sentence is a name ("United
        // States").
        if t.cap() {
            return false;
        }
        let p = bytes_of(text, &toks[i - 1]);
        // The word lists were read without an abbreviation's period: "A."
        // is no article.
        let noun = (toks[i - 1].class().has(Class::NOUN_MARK) && !p.ends_with(b"."))
            || p.ends_with(b"'s")
            || p.ends_with("’s".as_bytes());
        if noun && !t.cue_is(Role::According) {
            return false;
        }
    }
    true
}

/// The person subject of every speech verb outside quotes ("Ozco says the
/// program helps"), with where it is, for pronouns and quotes standing alone.
/// `verbs` are the tokens whose cue role is a speech verb, in order.
///
/// As first written: every verb read in order, the quotes passed with a
/// cursor. [`Subjects`] must find the same.
#[cfg(test)]
fn subjects<'a>(
    text: &'a str,
    toks: &[Tok],
    verbs: &[usize],
    sp: &Speakers<'_, 'a>,
    pairs: &[marks::Pair],
) -> Vec<(usize, Resolved<'a>, usize)> {
    let mut pair = 0;
    verbs
        .iter()
        .filter(|&&i| {
            if !cue_at_is(text, toks, i, Role::Verb) {
                return false;
            }
            let at = toks[i].span.start;
            while pair < pairs.len() && pairs[pair].outer.end <= at {
                pair += 1;
            }
            pairs.get(pair).is_none_or(|p| p.outer.start > at)
        })
        .filter_map(|&i| verb_subject(toks, i, sp))
        .collect()
}

/// The person subjects of `subjects`, read as far back as the quotes
/// ask: whoever spoke last before a quote needs only the last verb before
/// it that has one, found by reading back from the quote, most often a
/// verb or two, and none before the last quote's speaker, who wins over
/// any subject of an earlier verb.
///
/// Each verb is read once however the quotes ask: `nearest` remembers,
/// for every verb read, what reading it and the verbs before it found.
#[derive(Default)]
struct Subjects<'a> {
    /// For each verb (an index into the verbs): what is known of it.
    nearest: Vec<Read>,
    /// The subjects read, in the order they were read: one for each verb
    /// found to have one, where a slot for every verb of the story was
    /// allocated and filled.
    found: Vec<(usize, Resolved<'a>, usize)>,
}

/// What [`Subjects`] knows of a verb.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Read {
    /// Not read yet.
    #[default]
    Unread,
    /// Read and found to have no person subject, the verbs before it not
    /// read to the end: a walk back passes it without reading it again.
    Bare,
    /// The subject of the last verb up to it with one, as its place in
    /// `found`, or `None` when no verb up to it has one.
    Nearest(Option<usize>),
}

impl<'a> Subjects<'a> {
    /// The last of the subjects of `subjects` whose verb starts before
    /// byte `at`, unless that verb starts at or before `after`: then
    /// `None`, and the verbs from there back are not read (whoever spoke
    /// at `after` is more recent than their subjects).
    #[allow(clippy::too_many_arguments)]
    fn last_before(
        &mut self,
        at: usize,
        after: Option<usize>,
        text: &'a str,
        toks: &[Tok],
        verbs: &[usize],
        sp: &Speakers<'_, 'a>,
        pairs: &[marks::Pair],
    ) -> Option<&(usize, Resolved<'a>, usize)> {
        let v = verbs
            .partition_point(|&i| toks[i].span.start < at)
            .checked_sub(1)?;
        if self.nearest.len() < verbs.len() {
            self.nearest.resize(verbs.len(), Read::Unread);
        }
        let not_after = |verb: usize| after.is_some_and(|a| toks[verb].span.start <= a);
        // Back from the last verb before `at` to one with a subject, or to
        // one read to the start before, or to one no later than `after`.
        let mut k = v;
        let nearest = loop {
            match self.nearest[k] {
                Read::Nearest(known) => break known,
                _ if not_after(verbs[k]) => return None,
                Read::Bare => {}
                Read::Unread => {
                    if let Some(s) = subject_of(text, toks, verbs[k], sp, pairs) {
                        crate::room::push(&mut self.found, s);
                        break Some(self.found.len() - 1);
                    }
                    self.nearest[k] = Read::Bare;
                }
            }
            if k == 0 {
                break None;
            }
            k -= 1;
        };
        for slot in &mut self.nearest[k..=v] {
            *slot = Read::Nearest(nearest);
        }
        self.found
            .get(nearest?)
            .filter(|s| after.is_none_or(|a| s.0 > a))
    }
}

/// The person subject of the speech verb at token `i`, unless it is inside
/// a quote: the first of the quotes (which end in text order) not ending
/// before the verb starts before it.
fn subject_of<'a>(
    text: &'a str,
    toks: &[Tok],
    i: usize,
    sp: &Speakers<'_, 'a>,
    pairs: &[marks::Pair],
) -> Option<(usize, Resolved<'a>, usize)> {
    // Most verbs follow a small word ("he said", "the ministry said") or a
    // quote mark, which give no name: told from that token first, before
    // the verb's cue is read again, the quotes are searched and the
    // sentence's start is walked back to (some fifteen tokens a verb over
    // corpora/real) for the phrase. (A comma, which the look past the verb
    // needs, may give one.) Every test here only turns the verb down, so
    // their order is free; the cheapest, turning down the most, goes first.
    if !sp.may_name_before(i) {
        debug_assert!(verb_subject(toks, i, sp).is_none());
        return None;
    }
    if !cue_at_is(text, toks, i, Role::Verb) {
        return None;
    }
    let at = toks[i].span.start;
    debug_assert!(pairs.windows(2).all(|w| w[0].outer.end <= w[1].outer.end));
    let pair = pairs.partition_point(|p| p.outer.end <= at);
    if pairs.get(pair).is_some_and(|p| p.outer.start <= at) {
        return None;
    }
    verb_subject(toks, i, sp)
}

/// [`subject_of`] the speech verb at token `i`, known to be outside the
/// quotes. (`subject_of` turns down first the verbs after a token that
/// gives no name, [`Speakers::may_name_before`].)
fn verb_subject<'a>(
    toks: &[Tok],
    i: usize,
    sp: &Speakers<'_, 'a>,
) -> Option<(usize, Resolved<'a>, usize)> {
    // The name before the verb, or after it past a comma.
    let s = sentence_start(toks, i);
    let named = sp
        .np_before(s, i)
        .filter(|np| np.kind == NpKind::Name)
        .or_else(|| {
            (i > s && toks[i - 1].is_sign(','))
                .then(|| sp.np_forward(i + 1, toks.len().min(i + 12)))
                .flatten()
                .filter(|np| np.kind == NpKind::Name)
        });
    let at = toks[i].span.start;
    let r = named
        .and_then(|np| sp.resolve(np, None))
        .filter(|r| r.person)?;
    Some((at, r, toks[i].seg as usize))
}

/// Whoever spoke last: the last quote's speaker or `subject`, the person
/// said to speak last before (see [`Subjects::last_before`]) when that is
/// since, with the paragraph they spoke in.
fn recent_speaker<'r, 'a>(
    subject: Option<&'r (usize, Resolved<'a>, usize)>,
    last: Option<&'r (Resolved<'a>, usize, usize)>,
) -> Option<(&'r Resolved<'a>, usize)> {
    match (subject, last) {
        (Some((sp, r, seg)), Some((lr, lseg, lp))) => {
            if sp > lp && r.person {
                Some((r, *seg))
            } else {
                Some((lr, *lseg))
            }
        }
        (Some((_, r, seg)), None) => Some((r, *seg)),
        (None, Some((lr, lseg, _))) => Some((lr, *lseg)),
        (None, None) => None,
    }
}

/// The subject a participle or a second verb at token `v` shares with its
/// sentence: the subject of an earlier speech verb, else the first phrase.
fn clause_subject(text: &str, sp: &Speakers<'_, '_>, toks: &[Tok], v: usize) -> Option<Np> {
    let s = sentence_start(toks, v);
    let earlier = (s..v).rev().find(|&i| cue_at_is(text, toks, i, Role::Verb));
    match earlier {
        Some(e) => sp.np_before(s, e).or_else(|| sp.subject(s, e)),
        None => sp.subject(s, v),
    }
}

/// The first token of the sentence token `v` is in (bounded look-back).
fn sentence_start(toks: &[Tok], v: usize) -> usize {
    if v == 0 {
        return 0;
    }
    let seg = toks[v].seg;
    // Read back through an iterator over the tokens it may reach: no
    // index checked against the list at each step.
    let back = toks[v.saturating_sub(BEFORE)..v].iter().rev();
    v - back
        .take_while(|t| t.seg == seg && !t.ends_sentence())
        .count()
}

/// Where the colons of the paragraphs `segs` are, in text order: asked
/// only whether there is one, of a story with no mark that may open a
/// quote (its colon signs are listed as they are cut, [`token::Found`]).
///
/// The paragraphs are in text order and do not overlap: one search runs
/// from the first to the end of the last, passing over the colons between
/// paragraphs, rather than a search starting in each paragraph, most of
/// which have none.
fn colons_in<'a>(text: &'a str, segs: &'a [Span]) -> impl Iterator<Item = usize> + 'a {
    let (from, to) = match (segs.first(), segs.last()) {
        (Some(f), Some(l)) => (f.start, l.end.max(f.start)),
        _ => (0, 0),
    };
    // The first paragraph not ending before the last colon read.
    let mut seg = 0;
    memchr::memchr_iter(b':', &text.as_bytes()[from..to])
        .map(move |k| from + k)
        .filter(move |&at| {
            while segs.get(seg).is_some_and(|s| s.end <= at) {
                seg += 1;
            }
            segs.get(seg).is_some_and(|s| s.start <= at)
        })
}

/// Speech with no marks after a colon: "Kim Jong-un said: The friendship
/// ...", or a colon ending the line ("The message said:", "issued the
/// following statement:"), whose speech is the next line. The colons are
/// the colon signs `colons` lists ([`token::Found::colons`]).
///
/// Each is put among the quotes `out` holds at its place in the text:
/// those, the quotes with marks, come in text order (the pairs do not
/// overlap), and speech without marks is rare (7 quotes over the snapshot
/// corpora), so the list is not sorted again for it.
#[allow(clippy::too_many_arguments)]
fn unquoted<'a>(
    text: &'a str,
    segs: &[Span],
    toks: &[Tok],
    sp: &Speakers<'_, 'a>,
    pairs: &[marks::Pair],
    relays: &Relays<'a>,
    colons: &[usize],
    out: &mut Vec<Quote<'a>>,
) {
    let word = |i: usize| &text[toks[i].span];
    let mut last: Option<Resolved<'a>> = None;
    // Colons inside speech already taken are part of it; the line end is
    // found once per line.
    let mut covered = 0usize;
    let mut line: Option<Span> = None;
    // Colons are few, and listed as their signs were cut: no search of
    // the paragraphs' bytes for them (`colons_in`, which found them first,
    // passes over a colon within a word, "10:30", which is no sign), nor
    // of the tokens for the sign at each (some 50K instructions over
    // corpora/real).
    for &c in colons {
        if c == 0 || toks[c].span.start < covered {
            continue;
        }
        let seg = segs[toks[c].seg as usize];
        let after = toks[c].span.end;
        let line_end = match line {
            Some(l) if l.start <= after && after <= l.end => l.end,
            _ => {
                let end = memchr::memchr(b'\n', &text.as_bytes()[after..seg.end])
                    .map_or(seg.end, |n| after + n);
                line = Some(Span::new(after, end));
                end
            }
        };
        let rest = crate::layout::trim(text, Span::new(after, line_end));
        let v = c - 1;
        let prev_cue = matches!(cue_at(text, toks, v), Some(Role::Verb | Role::Participle));
        // With no verb before it, only a colon ending its line may lead
        // speech in: the others are passed over before the walk back to
        // their sentence's start (up to sixty tokens), which the rest reads.
        if !prev_cue && !rest.is_empty() {
            continue;
        }
        let s = sentence_start(toks, c);
        // "following" is looked for only where no verb leads the speech in.
        let following = !prev_cue
            && rest.is_empty()
            && (s..c).any(|i| toks[i].is_word() && is_text(text, &toks[i], "following"));
        if !prev_cue && !following {
            continue;
        }
        let speech = if rest.is_empty() {
            // The next line, in this paragraph or the next.
            let start = line_end + 1;
            if start >= text.len() {
                continue;
            }
            let in_body = segs.iter().any(|g| g.start <= start && start < g.end)
                || segs
                    .get(toks[c].seg as usize + 1)
                    .is_some_and(|g| g.start <= start + 2);
            if !in_body {
                continue;
            }
            let next_end =
                memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |n| start + n);
            crate::layout::trim(text, Span::new(start, next_end))
        } else {
            rest
        };
        let body = &text[speech];
        if speech.is_empty()
            || !body.starts_with(char::is_uppercase)
            || body.split_whitespace().take(4).count() < 4
            || pairs
                .get(pairs.partition_point(|p| p.outer.end <= speech.start))
                .is_some_and(|p| p.outer.start < speech.end)
        {
            continue;
        }
        let np = if !prev_cue {
            sp.subject(s, c)
        } else if toks[v].cue_is(Role::Participle) {
            let earlier = (s..v).rev().find(|&i| cue_at_is(text, toks, i, Role::Verb));
            match earlier {
                Some(e) => sp.np_before(s, e),
                None => sp.subject(s, v),
            }
        } else {
            sp.np_before(s, v)
        };
        let speaker = np.and_then(|np| sp.resolve(np, last.as_ref()));
        if speaker.is_none() {
            continue;
        }
        last.clone_from(&speaker);
        covered = speech.end;
        let at = out.partition_point(|q| q.span.start <= speech.start);
        out.insert(
            at,
            Quote {
                text: &text[speech],
                span: speech,
                kind: QuoteKind::Unquoted,
                speaker: speaker.map(|r| Speaker {
                    name: r.name,
                    span: r.span,
                }),
                cue: Some(if prev_cue { word(v) } else { "following" }),
                chain: shared_chain(relays, relay_near(relays, speech)),
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::Span;
    use crate::agency::Lexicon;
    use crate::layout::{Layout, Paragraph, Role};

    /// Every blank-line separated block is body, so that the tests do not
    /// depend on how the layout stage judges very short pages.
    fn quotes(text: &str) -> Vec<(String, String, Option<String>)> {
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for block in text.split("\n\n") {
            paragraphs.push(Paragraph {
                span: Span::new(start, start + block.len()),
                role: Role::Body,
            });
            start += block.len() + 2;
        }
        // Set field by field: a layout gives its buffers back when dropped,
        // so none can be moved out of a default one.
        let mut layout = Layout::default();
        layout.paragraphs = paragraphs;
        let cut = super::cut(text, &layout);
        super::find(text, Lexicon::builtin(), &super::Relays::default(), cut)
            .iter()
            .map(|q| {
                (
                    q.text.to_owned(),
                    format!("{:?}", q.kind).to_lowercase(),
                    q.speaker.as_ref().map(|s| s.name.to_string()),
                )
            })
            .collect()
    }

    fn q(t: &str, k: &str, s: Option<&str>) -> (String, String, Option<String>) {
        (t.to_owned(), k.to_owned(), s.map(str::to_owned))
    }

    #[test]
    fn split_quote_has_one_speaker() {
        let got = quotes(
            "Talks\n\nKim Jong Un arrived.\n\n\"We are ready,\" Kim said, \"and we will win.\"",
        );
        assert_eq!(
            got,
            [
                q("We are ready,", "full", Some("Kim Jong Un")),
                q("and we will win.", "partial", Some("Kim Jong Un")),
            ]
        );
    }

    #[test]
    fn pronoun_and_standalone_quote() {
        let text = "Talks\n\nPresident Vladimir Putin spoke.\n\n\"It went well,\" he added.\n\n\"The ties are strong and will grow.\"";
        let got = quotes(text);
        assert_eq!(got[0], q("It went well,", "full", Some("Vladimir Putin")));
        assert_eq!(
            got[1],
            q(
                "The ties are strong and will grow.",
                "full",
                Some("Vladimir Putin")
            )
        );
    }

    #[test]
    fn terms_have_no_speaker() {
        let got = quotes(
            "Talks\n\nThey signed a pact on \"comprehensive strategic partnership\" in June.",
        );
        assert_eq!(
            got,
            [q("comprehensive strategic partnership", "term", None)]
        );
    }

    #[test]
    fn colon_speech_without_marks() {
        let got = quotes(
            "Talks\n\nIn his message, Kim Jong-un said: The friendship of our peoples continues to this day.",
        );
        assert_eq!(
            got,
            [q(
                "The friendship of our peoples continues to this day.",
                "unquoted",
                Some("Kim Jong-un")
            )]
        );
    }

    /// Speech without marks goes among the quotes with marks at its place
    /// in the text, before a later quote and after an earlier one.
    #[test]
    fn colon_speech_goes_in_text_order() {
        let got = quotes(
            "Talks\n\n\"We are ready,\" Kim said.\n\nIn his message, Kim Jong-un said: The friendship of our peoples continues to this day.\n\n\"It will last,\" Kim said.",
        );
        let texts: Vec<&str> = got.iter().map(|q| q.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "We are ready,",
                "The friendship of our peoples continues to this day.",
                "It will last,"
            ]
        );
        assert_eq!(got[1].1, "unquoted");
    }

    fn speaker_of(text: &str) -> Option<String> {
        quotes(text).into_iter().next().and_then(|q| q.2)
    }

    #[test]
    fn cue_shapes() {
        let s = |t: &str| speaker_of(&format!("T\n\n{t}"));
        assert_eq!(
            s("\"We go now,\" said Kim Jong Un.").as_deref(),
            Some("Kim Jong Un")
        );
        assert_eq!(
            s("According to Yonhap, the talks \"went very well\".").as_deref(),
            Some("Yonhap")
        );
        assert_eq!(
            s("Jeong Joon-hee told Reuters: \"It is rash and thoughtless.\"").as_deref(),
            Some("Jeong Joon-hee")
        );
        assert_eq!(
            s("Kim was quoted as saying the ties \"will grow stronger\".").as_deref(),
            Some("Kim")
        );
        assert_eq!(
            s("In a statement, Putin said \"the friendship is strong\".").as_deref(),
            Some("Putin")
        );
        assert_eq!(
            s("Trump wrote on Twitter that it was \"a total disgrace\".").as_deref(),
            Some("Trump")
        );
        assert_eq!(
            s("Unification Ministry spokesman Jeong Joon-hee said: \"It is rash.\"").as_deref(),
            Some("Jeong Joon-hee")
        );
        assert_eq!(
            s("\"It was prudent,\" Admiral Bill Gortney, a commander, told a panel.").as_deref(),
            Some("Bill Gortney")
        );
        assert_eq!(
            s("\"We will win,\" Rep. Gwen Moore (D-Wis.) said.").as_deref(),
            Some("Gwen Moore")
        );
    }

    #[test]
    fn put_it_speaks_only_with_it() {
        let s = |t: &str| speaker_of(&format!("T\n\n{t}"));
        assert_eq!(
            s("As Ms. Simonyan put it, RT is \"providing another perspective\".").as_deref(),
            Some("Simonyan")
        );
        assert_eq!(
            s("Officials put pressure on the \"hostile forces\" there."),
            None
        );
    }

    #[test]
    fn titles_and_scare_quotes_are_terms() {
        let got = quotes("T\n\nSanders told MSNBC's \"Morning Joe\" that he agreed.");
        assert_eq!(got, [q("Morning Joe", "term", None)]);
    }

    #[test]
    fn quotes_of_one_sentence_share_a_speaker() {
        let text = "T\n\nThe North has been \"effective in evading sanctions\" by trading, \"facilitated by weak enforcement,\" the panel said.";
        let got = quotes(text);
        assert_eq!(got[0].2, got[1].2);
        assert_eq!(got[0].2.as_deref(), Some("the panel"));
    }

    #[test]
    fn message_after_a_colon_line() {
        let text = "T\n\nKim Jong Un sent a reply message to Vladimir Putin on August 15.\nThe message said:\nI express deep thanks to you for your warm congratulations.";
        let got = quotes(text);
        assert_eq!(
            got,
            [q(
                "I express deep thanks to you for your warm congratulations.",
                "unquoted",
                Some("Kim Jong Un")
            )]
        );
    }

    #[test]
    fn repeated_cues_and_names_stay_linear() {
        // One long paragraph: each colon and each name is handled once, and
        // speech already taken is not taken again from inside.
        let text = format!(
            "T\n\n{}",
            "the agency said: Word word word word ".repeat(20_000)
        );
        assert_eq!(quotes(&text).len(), 1);
        let text = format!(
            "T\n\n{}",
            "Kim Jong Un said hello. \"Yes,\" he said. ".repeat(20_000)
        );
        let got = quotes(&text);
        assert_eq!(got.len(), 20_000);
        assert_eq!(got[19_999].2.as_deref(), Some("Kim Jong Un"));
        // Each "Kim" resolves to the fullest name with that word: looked up
        // among the distinct names, not among all 20,000 runs naming him.
        let text = format!(
            "T\n\n{}",
            "Kim Jong Un met Putin. \"No,\" Kim said. ".repeat(20_000)
        );
        let got = quotes(&text);
        assert_eq!(got.len(), 20_000);
        assert_eq!(got[19_999].2.as_deref(), Some("Kim Jong Un"));
    }

    #[test]
    fn noun_marks_are_the_words_before_a_noun() {
        let text = "a A. an An the THE his her Her its their our this That that's thee theirs \
                    A.B. a-b \u{e9}a x";
        let mut toks = Vec::new();
        super::token::tokenize(text, Span::new(0, text.len()), 0, &mut toks);
        for t in &toks {
            let p = &text[t.span];
            let listed = [
                "a", "an", "the", "his", "her", "its", "their", "our", "this", "that",
            ]
            .iter()
            .any(|d| p.eq_ignore_ascii_case(d));
            let marked = t.class().has(super::Class::NOUN_MARK) && !p.ends_with('.');
            assert_eq!(marked, listed, "{p}");
        }
    }

    /// The tokens of `segs`, segments of `text`, as the quote stage
    /// tokenises them (with `text` lowercased as the layout's copy).
    fn tokenized_segments(text: &str, segs: &[Span]) -> (Vec<super::Tok>, super::token::Found) {
        let (mut toks, mut found) = (Vec::new(), super::token::Found::default());
        let lower = text.to_ascii_lowercase();
        for (i, &s) in segs.iter().enumerate() {
            let src = super::token::Source {
                text,
                lower: lower.as_bytes(),
            };
            super::token::tokenize_marking(&src, s, i as u32, &mut toks, &mut found);
        }
        (toks, found)
    }

    /// `text`'s paragraphs, split at blank lines and trimmed, and their
    /// tokens, as the quote stage tokenises its segments.
    fn tokenized_by_blank_lines(text: &str) -> (Vec<Span>, Vec<super::Tok>, super::token::Found) {
        let mut segs = Vec::new();
        let mut start = 0;
        for block in text.split("\n\n") {
            let s = crate::layout::trim(text, Span::new(start, start + block.len()));
            if !s.is_empty() {
                segs.push(s);
            }
            start += block.len() + 2;
        }
        let (toks, found) = tokenized_segments(text, &segs);
        (segs, toks, found)
    }

    proptest::proptest! {
        /// Merging the headline and its repeats in after the paragraphs
        /// sorts the two parts by start, the added span first on a tie:
        /// first parts of apart spans in order, second parts of up to a
        /// dozen spans in order, empty spans and equal starts among them.
        #[test]
        fn merged_in_as_inserted_one_by_one(
            gaps in proptest::collection::vec((0usize..4, 1usize..4), 0..12),
            added in proptest::collection::vec((0usize..40, 0usize..3), 0..12),
        ) {
            let mut first = Vec::new();
            let mut at = 0;
            for (gap, len) in gaps {
                first.push(Span::new(at + gap, at + gap + len));
                at += gap + len;
            }
            let mut added: Vec<Span> = added.iter().map(|&(s, len)| Span::new(s, s + len)).collect();
            added.sort_by_key(|s| s.start);
            // Sorted by start, a second-part span first on a tie, each part
            // in its own order (a stable sort).
            let mut want: Vec<(Span, bool)> = added.iter().map(|&s| (s, false)).collect();
            want.extend(first.iter().map(|&s| (s, true)));
            want.sort_by_key(|&(s, from_first)| (s.start, from_first));
            let want: Vec<Span> = want.into_iter().map(|(s, _)| s).collect();
            let mut got = first.clone();
            got.extend(&added);
            let places = super::merge_after(&mut got, first.len());
            // The places given are the added spans', in order, one or many.
            let placed: Vec<Span> = places.places().iter().map(|&i| got[i as usize]).collect();
            proptest::prop_assert_eq!(placed, added);
            proptest::prop_assert!(places.places().windows(2).all(|w| w[0] < w[1]));
            proptest::prop_assert_eq!(got, want);
        }
    }

    proptest::proptest! {
        /// A quote's words counted from its tokens are the words that
        /// `count_words` counts in its content, up to every limit, on text
        /// of words, signs, marks and spaces of every kind, over paragraphs.
        #[test]
        fn quote_words_from_tokens_as_counted_in_the_text(
            text in "([A-Za-z0-9]{1,4}|[ ,.:;!?'\"`()&/-]|[\t\x0b\x0c\r\x1c\x00]|\n\n|[\u{a0}\u{85}\u{2003}\u{3000}]|[\u{201c}\u{201d}\u{2018}\u{2019}\u{ab}\u{bb}\u{2014}\u{2026}\u{e9}\u{20ac}]){0,60}"
        ) {
            let text = text.as_str();
            let (segs, toks, found) = tokenized_by_blank_lines(text);
            for p in &super::marks::pairs_in(Vec::new(), text, &segs, &toks, &found.quotes) {
                for most in 1..9 {
                    proptest::prop_assert_eq!(
                        super::quote_words(text, &toks, p, most),
                        crate::layout::count_words(&text[p.inner], most),
                        "{:?} {}", &text[p.inner], most
                    );
                }
            }
        }
    }

    proptest::proptest! {
        /// The windows' walks find the sentence's ends and the nearest
        /// cues as first written: walking to the ends, then reading the
        /// window again for a cue, from every token, over text of cue words
        /// (verbs, "quoted", "according to", capitalised, after a noun's
        /// mark or a possessive), other words and sentence ends, over
        /// paragraphs and every floor and ceiling.
        #[test]
        fn windows_as_walked_then_read_again(
            text in "((said|Said|says|saying|quoted|according|to|put|it|claim|the|Kim's|A\\.|word|Word)|[ .!?,:\"]|\n\n){0,40}"
        ) {
            let text = text.as_str();
            let (_, toks, _) = tokenized_by_blank_lines(text);
            let toks = toks.as_slice();
            let n = toks.len();
            for v in 0..n {
                let s = sentence_start_by_index(toks, v);
                proptest::prop_assert_eq!(super::sentence_start(toks, v), s, "start {}", v);
            }
            // Each paragraph's tokens, `[first, end)`, as the quote loop
            // bounds the walks with them.
            let first = |seg: u32| toks.iter().position(|t| t.seg == seg).unwrap_or(n);
            let end = |seg: u32| toks.iter().rposition(|t| t.seg == seg).map_or(0, |i| i + 1);
            for at in 0..=n {
                for bound in 0..=n {
                    // Back from `at`, a token of paragraph `seg` (as a quote's
                    // opening mark is), to `bound`.
                    if let Some(seg) = toks.get(at).map(|t| t.seg) {
                        let mut lo = at;
                        while lo > bound && toks[lo - 1].seg == seg && !toks[lo - 1].ends_sentence() {
                            lo -= 1;
                        }
                        let before = (lo..at).rev().find(|&i| super::cue_at(text, toks, i).is_some());
                        let floor = bound.min(at).max(first(seg));
                        let got = super::window_before(text, toks, at, floor);
                        proptest::prop_assert_eq!(got, (lo, before), "back {} {} {}", at, bound, seg);
                    }
                    // On from `at`, after a token of paragraph `seg` (as a
                    // quote's closing mark is), up to `bound`.
                    if let Some(seg) = at.checked_sub(1).map(|i| toks[i].seg) {
                        let mut hi = at;
                        while hi < n && hi < bound && toks[hi].seg == seg && !toks[hi].ends_sentence() {
                            hi += 1;
                        }
                        let after = (at..hi).find(|&i| {
                            super::cue_at(text, toks, i).is_some_and(|r| r != super::Role::Quoted)
                        });
                        let got = super::window_after(text, toks, at, bound.min(end(seg)));
                        proptest::prop_assert_eq!(got, (hi, after), "on {} {} {}", at, bound, seg);
                    }
                }
            }
        }
    }

    /// The start of token `v`'s sentence, walked back by index as
    /// [`super::sentence_start`] was first written: the reference its tests
    /// compare with.
    fn sentence_start_by_index(toks: &[super::Tok], v: usize) -> usize {
        let mut s = v;
        while s > 0
            && toks[s - 1].seg == toks[v].seg
            && !toks[s - 1].ends_sentence()
            && v - s < super::BEFORE
        {
            s -= 1;
        }
        s
    }

    /// Sentence starts read through an iterator are those walked back by
    /// index, as first written, at every token of every seed page and real
    /// story (whose long sentences reach the bound of the walk).
    #[test]
    fn sentence_starts_as_walked_by_index() {
        let (mut tokens, mut bounded) = (0, 0);
        for (path, text) in crate::test_stories::stories() {
            let text = text.as_str();
            let layout = Layout::new(text);
            let segs = super::segments(text, &layout);
            let (mut toks, mut found) = (Vec::new(), super::token::Found::default());
            for (i, &s) in segs.iter().enumerate() {
                let src = super::token::Source {
                    text,
                    lower: &layout.lower,
                };
                super::token::tokenize_marking(&src, s, i as u32, &mut toks, &mut found);
            }
            for v in 0..toks.len() {
                let s = sentence_start_by_index(&toks, v);
                assert_eq!(super::sentence_start(&toks, v), s, "{} {v}", path.display());
                tokens += 1;
                bounded += usize::from(v - s == super::BEFORE);
            }
        }
        if crate::test_stories::corpus_at_hand() {
            assert!(tokens > 1000 && bounded > 0, "{tokens} {bounded}");
        }
    }

    #[test]
    fn the_last_subject_before_a_place_is_the_last_of_all() {
        let text = "T\n\nKim Jong Un said hello. \"Yes,\" he said. President Vladimir Putin says \
                    the ties grow. \"We agree.\" Minister Sergei Lavrov, a diplomat, said it was \
                    good. The agency said so.\n\nPresident Moon Jae-in said it was fine. \"Good,\" \
                    Moon added.";
        let mut segs = Vec::new();
        let mut start = 0;
        for block in text.split("\n\n") {
            segs.push(Span::new(start, start + block.len()));
            start += block.len() + 2;
        }
        let (toks, found) = tokenized_segments(text, &segs);
        let pairs = super::marks::pairs_in(Vec::new(), text, &segs, &toks, &found.quotes);
        let lex = Lexicon::builtin();
        let agencies = lex.mentions(text, Span::new(0, text.len()));
        let sp = super::Speakers::new(text, &toks, &found.caps, lex, agencies, &pairs);
        let all = super::subjects(text, &toks, &found.verbs, &sp, &pairs);
        assert!(all.len() >= 3, "{all:?}");
        // Asked forward, backward and in a scattered order, each time from
        // nothing read: the last subject before each place, as reading
        // every verb finds.
        let n = text.len() + 2;
        let orders: [Vec<usize>; 3] = [
            (0..n).collect(),
            (0..n).rev().collect(),
            (0..n).map(|k| k * 37 % n).collect(),
        ];
        // And with a place the last speaker spoke at: only a subject whose
        // verb comes after it.
        // A place the same for every question, or one changing from
        // question to question, as the last speaker changes.
        let afters: [fn(usize) -> Option<usize>; 6] = [
            |_| None,
            |_| Some(0),
            |at| Some(at / 2),
            |at| (at % 3 == 0).then_some(at * 7 % (at + 1)),
            |at| Some(at.saturating_sub(40)),
            |at| Some(at),
        ];
        for order in orders {
            for after_of in afters {
                let mut read = super::Subjects::default();
                for &at in &order {
                    let after = after_of(at);
                    let got = read
                        .last_before(at, after, text, &toks, &found.verbs, &sp, &pairs)
                        .cloned();
                    let want = all
                        .iter()
                        .rfind(|s| s.0 < at)
                        .filter(|s| after.is_none_or(|a| s.0 > a))
                        .cloned();
                    assert_eq!(got, want, "{at} {after:?}");
                }
            }
        }
        // A quote after the last verb found its subject.
        let mut read = super::Subjects::default();
        assert!(
            read.last_before(n, None, text, &toks, &found.verbs, &sp, &pairs)
                .is_some()
        );
    }

    #[test]
    fn colons_found_as_in_each_paragraph() {
        let text = ": a: b:: c\n\nd: e\n:\n\nf:g:\n:: h : i\n:";
        let n = text.len();
        // Every set of paragraphs in text order, not overlapping, from the
        // spans between a few cut points.
        let cuts = [0, 1, 3, 6, 9, 12, 13, 17, 21, 25, 30, n];
        let spans: Vec<Span> = cuts
            .iter()
            .flat_map(|&a| {
                cuts.iter()
                    .filter(move |&&b| b >= a)
                    .map(move |&b| Span::new(a, b))
            })
            .collect();
        let mut sets = 0;
        for mask in 0u32..4096 {
            let mut segs: Vec<Span> = Vec::new();
            for (k, &s) in spans
                .iter()
                .enumerate()
                .filter(|(k, _)| mask >> (k % 12) & 1 == 1)
            {
                if (k / 12) % 5 == (mask as usize) % 5
                    && segs.last().is_none_or(|l| l.end <= s.start)
                {
                    segs.push(s);
                }
            }
            let want: Vec<usize> = segs
                .iter()
                .flat_map(|s| {
                    memchr::memchr_iter(b':', &text.as_bytes()[s.start..s.end])
                        .map(move |k| s.start + k)
                })
                .collect();
            assert_eq!(
                super::colons_in(text, &segs).collect::<Vec<_>>(),
                want,
                "{segs:?}"
            );
            sets += usize::from(want.len() > 1);
        }
        assert!(sets > 100, "{sets}");
    }

    /// The colons listed as their signs are cut are those the search of
    /// the paragraphs' bytes finds where a colon sign starts, as the speech
    /// after a colon read them, in text order: each colon of a paragraph,
    /// in a time, an address or after a dash too, is a sign of its own.
    #[test]
    fn colons_listed_are_the_colon_signs_found_in_the_bytes() {
        let text = "Kim said: The talks went well.\n\nAt 10:30 the statement read:\n\
                    \u{201C}Peace: now\u{201D} see https://x.org/a:b \u{2014}: yes\n\n\
                    :\n\nNo colon here.\n\nIt said:: twice, \"quoted:\" too";
        let (segs, toks, found) = tokenized_by_blank_lines(text);
        let listed: Vec<usize> = found.colons.iter().map(|&k| toks[k].span.start).collect();
        let searched: Vec<usize> = super::colons_in(text, &segs)
            .filter(|&at| toks.iter().any(|t| t.span.start == at && t.is_sign(':')))
            .collect();
        assert_eq!(listed, searched);
        assert!(found.colons.iter().all(|&k| toks[k].is_sign(':')));
        assert_eq!(listed, super::colons_in(text, &segs).collect::<Vec<_>>());
        assert_eq!(listed.len(), 11, "{listed:?}");
    }

    /// The headline's repeats as first found: every line trimmed and
    /// compared.
    fn segments_by_lines(text: &str, layout: &Layout) -> Vec<Span> {
        let mut segs: Vec<Span> = layout.body().map(|p| p.span).collect();
        let Some(h) = layout.headline else {
            return segs;
        };
        let head = &text[h];
        let mut extra = vec![h];
        for l in layout.lines.iter().map(|l| l.span) {
            if l == h || l.contains(h) {
                continue;
            }
            let trimmed = text[l].trim();
            if !trimmed.ends_with(head) {
                continue;
            }
            let line = trimmed
                .trim_start_matches(['•', '·', '*', '>', '|', '-'])
                .trim();
            if line == head {
                extra.push(crate::layout::trim(text, l));
            }
        }
        for x in extra {
            if !segs.iter().any(|s| s.start < x.end && x.start < s.end) {
                let at = segs.partition_point(|s| s.start < x.start);
                segs.insert(at, x);
            }
        }
        segs
    }

    #[test]
    fn headline_repeats_found_as_by_trimming_every_line() {
        let lines = [
            "Kim meets Putin",
            "  Kim meets Putin  ",
            "• Kim meets Putin",
            "• • Kim meets Putin",
            "> Kim meets Putin\r",
            "Home | Kim meets Putin",
            "Kim meets Putin again",
            "Kim meets PutinKim meets Putin",
            "Kim meets Kim meets Putin",
            "aa",
            "aaa",
            "\u{a0}Kim meets Putin\u{a0}",
            "-aa",
            "·aa",
            "",
            "Body text here.",
        ];
        let mut found = 0;
        // Headlines opening as a bullet does too: a line of one's length is
        // no repeat of it, as trimmed it is shorter.
        let heads = [
            "Kim meets Putin",
            "aa",
            "a",
            "",
            "• Kim meets Putin",
            "> Kim meets Putin",
            "-aa",
            "·aa",
        ];
        for (k, head) in heads.iter().enumerate() {
            for m in 0..lines.len() {
                let mut text = format!("{head}\n");
                for (n, l) in lines.iter().enumerate() {
                    if (n + m + k) % 3 != 0 || n == m {
                        text.push_str(l);
                        text.push('\n');
                    }
                }
                text.push_str(lines[m]);
                // The lines as the layout splits and trims them.
                let mut split = Layout::new(&text);
                let mut layout = Layout::default();
                layout.paragraphs = vec![Paragraph {
                    span: split.lines[1].span,
                    role: Role::Body,
                }];
                layout.headline = Some(Span::new(0, head.len()));
                layout.lines = std::mem::take(&mut split.lines);
                let got = super::segments(&text, &layout);
                assert_eq!(got, segments_by_lines(&text, &layout), "{text:?}");
                found += got.len();
            }
        }
        // Repeats were found, not only the headline and the paragraph.
        assert!(found > 3 * 16 * 2, "{found}");
    }

    #[test]
    fn the_headline_goes_where_the_merge_puts_it() {
        let text = "First words.\n\nKim meets Putin\n\nSecond words.\n\nKim meets Putin\n";
        let para = |s: &str| {
            let at = text.find(s).expect("in text");
            Paragraph {
                span: Span::new(at, at + s.len()),
                role: Role::Body,
            }
        };
        let head = Span::new(14, 29);
        assert_eq!(&text[head], "Kim meets Putin");
        let (first, second) = (para("First words."), para("Second words."));
        let inside = Paragraph {
            span: Span::new(14, 20),
            role: Role::Body,
        };
        // Before every paragraph (alone or with its repeat at the end),
        // after one, overlapping one, with none.
        let cases: [(&[Paragraph], bool); 7] = [
            (&[second], false),
            (&[second], true),
            (&[first, second], false),
            (&[first, second], true),
            (&[inside, second], true),
            (&[], false),
            (&[], true),
        ];
        let mut placed_first = 0;
        for (paragraphs, repeat) in cases {
            let mut layout = Layout::new(text);
            layout.paragraphs = paragraphs.to_vec();
            layout.body_run = 0..paragraphs.len();
            layout.headline = Some(head);
            if !repeat {
                layout.lines.retain(|l| l.span.start < 40);
            }
            // From a used buffer, as the stage's spare one is.
            let used = vec![Span::new(3, 4); 9];
            let (segs, count, added) = super::segments_in(used, text, &layout);
            assert_eq!(segs, segments_by_lines(text, &layout), "{paragraphs:?}");
            assert_eq!(count, paragraphs.len());
            // The places listed hold the segments that are no paragraph.
            let places = added.places();
            let others: Vec<Span> = places.iter().map(|&k| segs[k as usize]).collect();
            let rest: Vec<Span> = (0..segs.len())
                .filter(|k| !places.contains(&(*k as u32)))
                .map(|k| segs[k])
                .collect();
            assert_eq!(rest, paragraphs.iter().map(|p| p.span).collect::<Vec<_>>());
            assert!(others.iter().all(|s| &text[*s] == "Kim meets Putin"));
            assert_eq!(others.len(), segs.len() - count);
            placed_first += usize::from(places == [0]);
        }
        // The headline alone went first, before a paragraph and with none.
        assert_eq!(placed_first, 2);
    }

    /// The kind as first written: the title test first, on every quote.
    fn kind_by_match(inner: &str, q: super::Shape, lead_in: bool) -> super::QuoteKind {
        use super::QuoteKind;
        let (words, alone, starts_upper) = (q.words, q.alone, q.starts_upper);
        match (q.spoken, q.cued) {
            _ if super::is_title(inner) => QuoteKind::Term,
            (false, _) if words <= 6 && !alone => QuoteKind::Term,
            (false, false) if words <= 6 => QuoteKind::Term,
            _ if starts_upper && (lead_in || alone) && words >= 3 => QuoteKind::Full,
            _ => QuoteKind::Partial,
        }
    }

    #[test]
    fn kinds_as_by_the_title_test_first() {
        let inners = [
            "Morning Joe",
            "We will win",
            "comprehensive strategic partnership",
            "1474387200",
            "",
            "I Am Here",
            "Legend in the Coal Fields.",
            "effective",
            "A B C D E F G H I J K L",
        ];
        let mut kinds = std::collections::HashSet::new();
        for inner in inners {
            for bits in 0u32..16 {
                for words in 0..8 {
                    for lead_in in [false, true] {
                        let q = super::Shape {
                            spoken: bits & 1 != 0,
                            cued: bits & 2 != 0,
                            words,
                            alone: bits & 4 != 0,
                            starts_upper: bits & 8 != 0,
                        };
                        let got = super::kind_of(|| super::is_title(inner), q, || lead_in);
                        assert_eq!(got, kind_by_match(inner, q, lead_in), "{inner:?} {q:?}");
                        kinds.insert(format!("{got:?}"));
                    }
                }
            }
        }
        assert_eq!(kinds.len(), 3);
    }

    /// A spoken quote not starting with a capital is of one kind whatever
    /// its words: `find_in` leaves them uncounted (0) for it.
    #[test]
    fn spoken_lower_case_kinds_read_no_words() {
        for inner in [
            "effective",
            "comprehensive strategic partnership",
            "Morning Joe",
        ] {
            for bits in 0u32..4 {
                for lead_in in [false, true] {
                    let q = |words| super::Shape {
                        spoken: true,
                        cued: bits & 1 != 0,
                        words,
                        alone: bits & 2 != 0,
                        starts_upper: false,
                    };
                    let uncounted = super::kind_of(|| super::is_title(inner), q(0), || lead_in);
                    for words in 1..8 {
                        let got = super::kind_of(|| super::is_title(inner), q(words), || lead_in);
                        assert_eq!(got, uncounted, "{inner:?} {:?}", q(words));
                    }
                }
            }
        }
    }

    /// A story's layout and relays, as `parse` finds them before its quotes.
    fn layout_and_relays<'a>(
        text: &'a str,
        lexicon: &Lexicon,
    ) -> (Layout, crate::attribution::Relays<'a>) {
        let layout = Layout::new(text);
        let dateline = crate::dateline::find(text, &layout, lexicon);
        let start = crate::byline::story_start(text, &layout, dateline.as_ref());
        let byline = crate::byline::find(text, &layout, lexicon, dateline.as_ref(), start);
        let cut = super::cut(text, &layout);
        let relays = crate::attribution::find(text, &layout, lexicon, &byline, start, cut.as_ref());
        (layout, relays)
    }

    /// The agency words of all the segments are each segment's in turn,
    /// each word's token naming its segment, and the segments but the
    /// others are the body's paragraphs (`Layout::body`): what the relays'
    /// one loop over the words reads. The others are the headline and its
    /// repeats, one or many (a page repeating its headline on many lines).
    #[test]
    fn all_agency_words_are_each_segments_in_turn_and_others_the_rest() {
        let (mut paragraphs, mut added, mut many, mut words) = (0, 0, 0, 0);
        for (path, text) in &crate::test_stories::stories() {
            let text = text.as_str();
            let layout = Layout::new(text);
            let Some(cut) = super::cut_every(text, &layout) else {
                continue;
            };
            let segments = cut.segments();
            let each: Vec<usize> = (0..segments.len())
                .flat_map(|i| cut.agency_words(i).iter().copied())
                .collect();
            assert_eq!(cut.all_agency_words(), each, "{}", path.display());
            let body_words: Vec<usize> = (0..segments.len())
                .filter(|&i| !cut.others().contains(&(i as u32)))
                .flat_map(|i| cut.agency_words(i).iter().copied())
                .collect();
            assert_eq!(
                cut.body_agency_words()
                    .flatten()
                    .copied()
                    .collect::<Vec<_>>(),
                body_words,
                "{}",
                path.display()
            );
            // Each word's token names its segment.
            for i in 0..segments.len() {
                for &k in cut.agency_words(i) {
                    assert_eq!(cut.tokens()[k].seg as usize, i, "{}", path.display());
                }
            }
            let others: Vec<usize> = cut.others().iter().map(|&o| o as usize).collect();
            let kept: Vec<Span> = (0..segments.len())
                .filter(|i| !others.contains(i))
                .map(|i| segments[i])
                .collect();
            let body: Vec<Span> = layout.body().map(|p| p.span).collect();
            assert_eq!(kept, body, "{}", path.display());
            assert_eq!(cut.body(), body, "{}", path.display());
            assert!(others.windows(2).all(|w| w[0] < w[1]), "{}", path.display());
            paragraphs += body.len();
            added += others.len();
            many += usize::from(others.len() > 4);
            words += each.len();
        }
        assert!(
            paragraphs > 1000 && added > 100 && many >= 1 && words > 1500,
            "{paragraphs} {added} {many} {words}"
        );
    }

    /// The dates' and the not-plain words of each segment are the found
    /// lists' words in turn, each word's token naming its segment: each
    /// list sliced off the recorded ends on its own ([`Segment::date_words`],
    /// [`Segment::not_plain_words`]), as the dates' gate reads them.
    #[test]
    fn date_and_not_plain_words_are_each_segments_in_turn() {
        let (mut dates, mut not_plain) = (0, 0);
        for (path, text) in &crate::test_stories::stories() {
            let text = text.as_str();
            let layout = Layout::new(text);
            let Some(cut) = super::cut_every(text, &layout) else {
                continue;
            };
            let segments = 0..cut.segments().len();
            let each = |list: fn(&super::Cut, usize) -> &[usize]| -> Vec<usize> {
                segments
                    .clone()
                    .flat_map(|i| list(&cut, i).iter().copied())
                    .collect()
            };
            assert_eq!(
                each(|cut, i| cut.segment(i).date_words()),
                cut.spare.found.dates,
                "{}",
                path.display()
            );
            assert_eq!(
                each(|cut, i| cut.segment(i).not_plain_words()),
                cut.spare.found.not_plain,
                "{}",
                path.display()
            );
            for i in segments.clone() {
                let segment = cut.segment(i);
                let (dates, not_plain) = (segment.date_words(), segment.not_plain_words());
                for &k in dates.iter().chain(not_plain) {
                    assert_eq!(cut.tokens()[k].seg as usize, i, "{}", path.display());
                }
                let listed = !dates.is_empty() || !not_plain.is_empty();
                assert_eq!(
                    segment.lists_date_or_not_plain_words(),
                    listed,
                    "{}",
                    path.display()
                );
            }
            dates += cut.spare.found.dates.len();
            not_plain += cut.spare.found.not_plain.len();
        }
        assert!(dates > 500 && not_plain > 500, "{dates} {not_plain}");
    }

    /// Each quote's chain, shared with the quote before it when both sit
    /// under one relay, is the chain `chain_near` builds for its marks.
    #[test]
    fn chains_shared_along_a_relay_are_the_chains_built() {
        let lexicon = Lexicon::builtin();
        let (mut chained, mut shared) = (0, 0);
        for (path, text) in &crate::test_stories::stories() {
            let text = text.as_str();
            let (layout, relays) = layout_and_relays(text, lexicon);
            let pairs = super::marks::pairs(text, &super::segments(text, &layout));
            let mut last: Option<(Option<usize>, super::Quote<'_>)> = None;
            for q in super::find(text, lexicon, &relays, super::cut(text, &layout)) {
                if q.kind == super::QuoteKind::Unquoted {
                    assert_eq!(
                        q.chain[..],
                        crate::attribution::chain_near(&relays, q.span)[..]
                    );
                    continue;
                }
                let p = pairs.iter().find(|p| p.inner == q.span).unwrap();
                assert_eq!(
                    q.chain[..],
                    crate::attribution::chain_near(&relays, p.outer)[..],
                    "{} {:?}",
                    path.display(),
                    q.text
                );
                let relay = super::relay_near(&relays, p.outer);
                // Under the relay of the quote before it: the very list that
                // quote holds, not a copy.
                let same_relay = last.as_ref().filter(|(r, _)| *r == relay);
                assert_eq!(
                    same_relay.is_some_and(|(_, prev)| super::Arc::ptr_eq(&prev.chain, &q.chain)),
                    same_relay.is_some(),
                    "{} {:?}",
                    path.display(),
                    q.text
                );
                chained += usize::from(!q.chain.is_empty());
                shared += usize::from(!q.chain.is_empty() && same_relay.is_some());
                last = Some((relay, q));
            }
        }
        // Chains were shared, and not all, when the corpus is at hand.
        assert!(shared > 0 && shared < chained, "{shared} of {chained}");
    }

    /// `shared_chain` of every relay of the stories, and of none, is the
    /// chain `chain_of` builds, over chains of each length it makes apart
    /// (one and two names, from the relay's chain, the source chain or
    /// both) and of the others.
    #[test]
    fn shared_chains_are_the_chains_built() {
        let lexicon = Lexicon::builtin();
        // Chains seen by their parts' lengths, head and tail up to 3 each.
        let mut seen = [[0usize; 4]; 4];
        for (path, text) in &crate::test_stories::stories() {
            let (_, relays) = layout_and_relays(text, lexicon);
            let all = std::iter::once(None).chain((0..relays.attributions.len()).map(Some));
            for relay in all {
                assert_eq!(
                    super::shared_chain(&relays, relay)[..],
                    crate::attribution::chain_of(&relays, relay)[..],
                    "{} {relay:?}",
                    path.display()
                );
                let (head, tail) = crate::attribution::chain_parts(&relays, relay);
                seen[head.len().min(3)][tail.len().min(3)] += 1;
            }
        }
        for (head, tail) in [(1, 0), (2, 0), (1, 1), (0, 0)] {
            assert!(seen[head][tail] > 0, "{head} {tail}: {seen:?}");
        }
        let others: usize = (0..4)
            .flat_map(|h| (0..4).map(move |t| (h, t)))
            .filter(|&(h, t)| h + t > 2)
            .map(|(h, t)| seen[h][t])
            .sum();
        assert!(others > 0, "{seen:?}");
    }

    /// A title's cue and speaker are not looked for: the stories' quotes
    /// are those found looking for every quote's.
    #[test]
    fn stories_whose_titles_look_for_no_speaker_have_the_same_quotes() {
        let lexicon = Lexicon::builtin();
        let (mut titles, mut all) = (0, 0);
        for (path, text) in &crate::test_stories::stories() {
            let text = text.as_str();
            let (layout, relays) = layout_and_relays(text, lexicon);
            let got = super::find(text, lexicon, &relays, super::cut(text, &layout));
            let every = super::cut_in(text, &layout, false);
            assert_eq!(
                got,
                super::find_in(text, lexicon, &relays, every, false),
                "{}",
                path.display()
            );
            let marked = got.iter().filter(|q| q.kind != super::QuoteKind::Unquoted);
            all += marked.clone().count();
            titles += marked.filter(|q| super::is_title(q.text)).count();
        }
        assert!(titles > 0 && titles < all, "{titles} of {all}");
    }

    /// The quotes of every seed page and real story, as the parser finds
    /// them, with a story of no colon and no mark that may open a quote
    /// left untokenised, and as first written, every story's tokens cut.
    #[test]
    fn untokenised_stories_have_the_quotes_of_all_tokens() {
        let lexicon = Lexicon::builtin();
        let (mut skipped, mut early) = (0, 0);
        let stories = crate::test_stories::stories();
        for (path, text) in &stories {
            let text = text.as_str();
            let (layout, relays) = layout_and_relays(text, lexicon);
            let got = super::find(text, lexicon, &relays, super::cut(text, &layout));
            let all = super::cut_in(text, &layout, false);
            let want = super::find_in(text, lexicon, &relays, all, false);
            assert_eq!(got, want, "{}", path.display());
            let segs = super::segments(text, &layout);
            if super::colons_in(text, &segs).next().is_none() {
                early += 1;
                skipped += usize::from(want.is_empty());
            }
        }
        // Both ways were taken, and stories were left untokenised, when
        // the corpus is at hand.
        assert!(early > 0, "{early}");
        if stories.len() > 100 {
            assert!(skipped > 5, "{skipped}");
        }
    }

    #[test]
    fn agency_cues() {
        let text = "Talks\n\nYonhap quoted KCNA as saying the talks went well.\n\n\"The talks went well,\" the news agency said.\n\nThe KCNA cited Putin as saying the pact \"is a success.\"";
        let got = quotes(text);
        assert_eq!(got[0].2.as_deref(), Some("KCNA"));
        assert_eq!(got[1].2.as_deref(), Some("Putin"));
    }

    /// The role tested on a token's bits ([`super::Tok::cue_is`]) is the
    /// unpacked role, for every role, at every cue word in lower, upper
    /// and capitalised case, with a final period and after "the", and at
    /// every token of the stories; and [`super::cue_at_is`] answers as
    /// [`super::cue_at`] does there, where the word is read in place.
    #[test]
    fn cue_bits_agree_with_the_unpacked_role() {
        use crate::cue::Role as Cue;
        let mut words = String::new();
        for &(w, _) in crate::cue::table::CUES {
            let capital = w[..1].to_uppercase() + &w[1..];
            let upper = w.to_uppercase();
            words += &format!("{w} {capital}, {upper} {w}. The {w} and {w}'s put it\n");
        }
        let mut pages = vec![(std::path::PathBuf::from("cue words"), words)];
        pages.extend(crate::test_stories::stories());
        let (mut cue_words, mut in_place) = (0, 0);
        for (path, text) in &pages {
            let mut toks = Vec::new();
            super::token::tokenize(text, Span::new(0, text.len()), 0, &mut toks);
            for i in 0..toks.len() {
                let (t, role) = (&toks[i], toks[i].cue());
                let at = super::cue_at(text, &toks, i);
                for r in Cue::NONE_AND_ALL.into_iter().flatten() {
                    let why = || format!("{} {:?} {r:?}", path.display(), &text[t.span.range()]);
                    assert_eq!(t.cue_is(r), role == Some(r), "{}", why());
                    assert_eq!(
                        super::cue_at_is(text, &toks, i, r),
                        at == Some(r),
                        "{}",
                        why()
                    );
                }
                cue_words += usize::from(role.is_some());
                in_place += usize::from(at.is_some());
            }
        }
        // Each cue word at least five times over, and some read in place
        // as no cue ("the claim", "Said, ...").
        let least = 5 * crate::cue::table::CUES.len();
        assert!(
            cue_words > least && in_place < cue_words,
            "{cue_words} {in_place}"
        );
    }
}
