//! Lines and paragraphs, which of them are the story, and its headline.
//!
//! Scraped pages put the story between menus, share buttons, captions, ads,
//! "Related Stories" lists and footers. The story's own paragraphs are prose:
//! many words, ending in sentence punctuation. The page chrome is mostly short
//! lines with no sentence punctuation, or lines that open with a known chrome
//! phrase ("ALSO READ", "Related articles", "Copyright"). The headline is the
//! title-like line closest before the first body paragraph, preferring one the
//! page also prints elsewhere (in its `<title>` line or a breadcrumb).
//!
//! Everything here is one pass over the lines plus bounded look-ups: the
//! headline search checks at most [`HEADLINE_WINDOW`] candidates.

use crate::Span;
use crate::phrases::{Owner, PageHits};
use crate::scratch::refill;

mod chrome;
mod shape;

pub(crate) use chrome::INSIDE_PIECES;
pub(crate) use shape::WIDE_SPACES;

use shape::{Kinds, Shape, Spacing};

/// What a paragraph is on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Part of the story.
    Body,
    /// Menus, related stories, ads, captions, stamps, footers: not the story.
    Chrome,
    /// The story's headline, or the page repeating it.
    Headline,
}

/// A paragraph: one or more lines of running text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Paragraph {
    /// The paragraph's text, trimmed of surrounding white space.
    pub span: Span,
    pub role: Role,
}

impl Paragraph {
    /// A paragraph not yet classified: chrome until shown to be more.
    fn unread(span: Span) -> Paragraph {
        Paragraph {
            span,
            role: Role::Chrome,
        }
    }
}

/// A line of the page that is not blank.
///
/// Its two spans are kept together, in one list, as the line split finds
/// them: each line went onto two lists, one for each span, and the second
/// push (its length read, tested against the room and written back) cost
/// about as much as the first; one push of both spans took some 114,000
/// instructions off the layout over corpora/real.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Line {
    /// The line without its line break (and the `'\r'` before it).
    pub span: Span,
    /// The line trimmed as [`trim_line`] trims it. Several stages read
    /// each line of the page trimmed; the split into lines trims each
    /// already, so they read it here rather than trim every line again.
    pub trimmed: Span,
}

impl Line {
    /// A line that is its own trimmed span, as most lines are.
    #[inline]
    fn already_trimmed(span: Span) -> Line {
        Line {
            span,
            trimmed: span,
        }
    }
}

/// The page cut into lines and paragraphs.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    /// Every line that is not blank, in order, both untrimmed and trimmed
    /// ([`Line`]). Blank lines, about half the lines of a web page, are
    /// left out: no reader needs them (the dateline reads the lines of
    /// paragraphs, which hold none), and pushing them cost some 80,000
    /// instructions over corpora/real.
    pub lines: Vec<Line>,
    pub paragraphs: Vec<Paragraph>,
    /// The indices of `paragraphs` from the first body paragraph to the
    /// last (empty when none is body), found where the roles are given, in
    /// the story's paragraphs alone: the relays read this run, and their
    /// search of the whole page's paragraphs for its ends cost about 180
    /// instructions a story. A layout built by hand with body paragraphs
    /// sets it too.
    pub body_run: std::ops::Range<usize>,
    /// The headline's text, trimmed (wire markup such as `^...<` removed).
    pub headline: Option<Span>,
    /// The page in ASCII lower case, byte for byte, for the stages' phrase
    /// searches (`crate::phrases`). Bytes rather than a `String`: its
    /// readers compare bytes, and bytes can be lowercased as they are
    /// copied in one pass, where a `String` was copied, then lowercased.
    pub lower: Vec<u8>,
    /// The pieces of the stages' phrases found in `lower`, by the one
    /// search of the page that the layout runs for its chrome markers and
    /// the later stages read for theirs.
    pub pieces: PageHits,
    /// What the classification read of each paragraph, in the order of
    /// `paragraphs`: kept so that later stages reuse its word counts
    /// ([`Layout::words_of`]) instead of counting again. (Visible to the
    /// crate only so that tests elsewhere can build a `Layout` by hand.)
    pub stats: Vec<Stats>,
}

/// How many title-like paragraphs before the body are considered for the
/// headline; bounds the work of the repeated-title check.
const HEADLINE_WINDOW: usize = 64;

/// How many of the title-like paragraphs closest before the body are
/// checked for a copy earlier on the page before the rest of the
/// [`HEADLINE_WINDOW`] is read.
const CLOSEST_TITLES: usize = 8;

/// Fewest words of a paragraph that can open the body.
const LEAD_MIN_WORDS: usize = 12;

/// Fewest bytes that hold [`LEAD_MIN_WORDS`] words, each a byte at least
/// and apart by a byte at least.
const LEAD_MIN_BYTES: usize = 2 * LEAD_MIN_WORDS - 1;

/// Fewest words of a paragraph that opens the body without ending a
/// sentence ([`Stats::can_open_body`]).
const LEAD_UNENDED_WORDS: usize = 30;

/// Fewest words of a paragraph that is body text without ending a
/// sentence ([`Stats::is_body_text`]).
const BODY_UNENDED_WORDS: usize = 20;

impl Layout {
    pub(crate) fn new(text: &str) -> Layout {
        let spare: Spare = crate::scratch::take().unwrap_or_default();
        let Page {
            lines,
            mut paragraphs,
        } = split_page_in(
            text,
            Page {
                lines: spare.lines,
                paragraphs: spare.paragraphs,
            },
        );
        let mut lower = spare.lower;
        refill(&mut lower, text.len());
        let PageBytes {
            highest,
            plain: plain_page,
        } = lowercase_into(text.as_bytes(), &mut lower);
        let mut pieces = spare.pieces;
        pieces.find(&lower);
        let markers = chrome::inside_markers(&lower, pieces.of(Owner::Chrome));
        let spaces = shape::UnicodeSpaces::of_page(text, highest, pieces.of(Owner::UnicodeSpace));
        let openers = chrome::ParagraphOpeners::get();
        let mut stats = spare.stats;
        refill(&mut stats, paragraphs.len());
        // The spaces are read along with the paragraphs, which come in
        // text order. Most pages hold no Unicode space (all the ASCII
        // pages, and most others): their paragraphs are read by a loop of
        // their own that does not walk the empty list at every paragraph,
        // which also frees the walk's registers for the rest of the loop
        // (about ten instructions a paragraph, 68K over corpora/real).
        let none = |_: Span| false;
        if spaces.is_empty() {
            read_paragraphs(text, &paragraphs, none, plain_page, openers, &mut stats);
        } else {
            let mut walk = spaces.walk();
            let spaced = |p| walk.within(p);
            read_paragraphs(text, &paragraphs, spaced, plain_page, openers, &mut stats);
        }
        // The paragraphs with a chrome marker near their start are chrome
        // too, found from the markers, a few a page, after the loop
        // ([`chrome::Markers::mark`]): walked along with the paragraphs,
        // the markers were read at every paragraph of the pages that hold
        // one, in a loop built for them (65,800 instructions more over
        // corpora/real). A paragraph so marked may have been counted, as
        // one that is not chrome is, which the loop took it for: its count
        // is right all the same, and the readers of a count take it as
        // they would have taken the one they make of an uncounted
        // paragraph.
        markers.mark(
            &paragraphs,
            |span| without_wire_caret(text, span),
            |k| stats[k].chrome = true,
        );

        let region = story_region(text, &paragraphs, &mut stats);
        // The region opens at a paragraph that can open the story, which
        // is its lead: [`story_region`] opens a run only there.
        let lead = region.map(|(first, _)| first);
        let headline_at = pick_headline(text, &paragraphs, &mut stats, lead);
        let mut headline = None;
        if let Some(h) = headline_at {
            headline = Some(strip_wire_markup(text, paragraphs[h].span));
            paragraphs[h].role = Role::Headline;
            mark_repeats(text, &mut paragraphs, h);
        }
        let mut body_run = 0..0;
        if let (Some((_, last)), Some(lead)) = (region, lead) {
            // Zipped slices rather than two indexings a paragraph, each
            // with its bounds check, over every paragraph of the story. No
            // paragraph of the story is the headline: it and its repeats
            // come before the lead.
            let story = paragraphs[lead..=last].iter_mut().zip(&stats[lead..=last]);
            for (p, s) in story {
                if s.is_body_text() {
                    p.role = Role::Body;
                }
            }
            // Searched for in the story's paragraphs alone, from each end,
            // after the loop (noted in it, the loop took five instructions
            // more a paragraph): the ends are most often body themselves.
            let story = &paragraphs[lead..=last];
            let is_body = |p: &Paragraph| p.role == Role::Body;
            if let (Some(first), Some(end)) = (
                story.iter().position(is_body),
                story.iter().rposition(is_body),
            ) {
                body_run = lead + first..lead + end + 1;
            }
        }
        Layout {
            lower,
            pieces,
            lines,
            paragraphs,
            body_run,
            headline,
            stats,
        }
    }

    /// The words of the paragraph whose whole span is `span`, as
    /// `split_whitespace` counts them, if the classification counted them:
    /// `None` for a span that is not a whole paragraph (a stage may cut one
    /// short), a paragraph opening with a wire caret, whose count leaves
    /// out the caret and closing marks (`^Headline<`), or one the
    /// classification had no need to count (see [`Stats::read_into`]: chrome and
    /// short lines outside the story, mostly), which the callers count as
    /// they would a cut span.
    pub(crate) fn words_of(&self, span: Span) -> Option<usize> {
        // Paragraphs come in text order and apart.
        let i = self
            .paragraphs
            .partition_point(|p| p.span.start < span.start);
        let whole = self.paragraphs.get(i).is_some_and(|p| p.span == span);
        if !whole {
            return None;
        }
        self.words_of_paragraph(i)
    }

    /// [`Layout::words_of`], for a caller asking of spans in text order:
    /// `next` is a paragraph index not past the span's paragraph (0 at
    /// first) and only moves on, so each span's paragraph is found by
    /// stepping from the last one's rather than by a search of the page.
    pub(crate) fn words_in_order(&self, span: Span, next: &mut usize) -> Option<usize> {
        while self
            .paragraphs
            .get(*next)
            .is_some_and(|p| p.span.start < span.start)
        {
            *next += 1;
        }
        let whole = self.paragraphs.get(*next).is_some_and(|p| p.span == span);
        if !whole {
            return None;
        }
        self.words_of_paragraph(*next)
    }

    /// [`Layout::words_of`] the span of paragraph `i`, for a caller that
    /// walks the paragraphs and knows the index: without the binary search
    /// for it, about a hundred instructions a paragraph on a long page.
    pub(crate) fn words_of_paragraph(&self, i: usize) -> Option<usize> {
        let p = self.paragraphs.get(i)?;
        let caret = self.lower.get(p.span.start) == Some(&b'^');
        if caret {
            return None;
        }
        self.stats.get(i).filter(|s| s.counted).map(|s| s.words)
    }

    /// The body paragraphs, in order.
    ///
    /// Only the run from the first body paragraph to the last is walked
    /// ([`Layout::body_run`]), as the relays walk it: the menus before it
    /// and the footers after it are often most of a page's paragraphs, and
    /// the quote stage and the article each asked every one of them for its
    /// role. A layout built by hand without the run is walked whole.
    pub(crate) fn body(&self) -> impl Iterator<Item = &Paragraph> {
        let run = match self.paragraphs.get(self.body_run.clone()) {
            Some(run) if !run.is_empty() => run,
            _ => self.paragraphs.as_slice(),
        };
        run.iter().filter(|p| p.role == Role::Body)
    }
}

/// The buffers of a [`Layout`], kept on the thread for the next story's
/// (see [`crate::scratch`]).
#[derive(Default)]
pub(crate) struct Spare {
    lines: Vec<Line>,
    paragraphs: Vec<Paragraph>,
    stats: Vec<Stats>,
    lower: Vec<u8>,
    pieces: PageHits,
}

impl Spare {
    /// The bytes its buffers hold room for.
    pub(crate) fn bytes(&self) -> usize {
        use crate::scratch::bytes;
        bytes(&self.lines)
            + bytes(&self.paragraphs)
            + bytes(&self.stats)
            + bytes(&self.lower)
            + self.pieces.bytes()
    }
}

impl Drop for Layout {
    fn drop(&mut self) {
        crate::scratch::give(Spare {
            lines: std::mem::take(&mut self.lines),
            paragraphs: std::mem::take(&mut self.paragraphs),
            stats: std::mem::take(&mut self.stats),
            lower: std::mem::take(&mut self.lower),
            pieces: std::mem::take(&mut self.pieces),
        });
    }
}

/// What [`lowercase_into`] learns of a page's bytes as it copies them.
struct PageBytes {
    /// The highest byte.
    highest: u8,
    /// Every byte below 0x20 is a line break: the words of its
    /// paragraphs are counted with [`Spacing::Plain`].
    plain: bool,
}

/// A byte that takes a line break, and only it, to 0x1F, the highest byte
/// below 0x20, and keeps every byte from 0x20 on at 0x20 or above: so
/// flipped, a page's lowest byte is 0x1F or more when its only bytes
/// below 0x20 are line breaks.
const LINE_BREAK_FLIP: u8 = b'\n' ^ 0x1F;

/// Appends `text` in ASCII lower case to `lower`, which has room for it:
/// copied and lowercased in one pass. Returns what the same pass learns of
/// the bytes ([`PageBytes`]): the maximum of its bytes (one vector
/// instruction a lane, as ORing them together to learn whether the page is
/// ASCII took), so that the search for Unicode spaces need not read the
/// page again to learn whether it is ASCII, nor search for first bytes
/// above it; and the minimum of its bytes flipped by [`LINE_BREAK_FLIP`]
/// (two more a lane), so that the word counts know whether the page holds
/// a control character, a tab or a carriage return.
fn lowercase_into(text: &[u8], lower: &mut Vec<u8>) -> PageBytes {
    let mut highest = 0u8;
    let mut lowest_flipped = u8::MAX;
    lower.extend(text.iter().map(|&b| {
        highest = highest.max(b);
        lowest_flipped = lowest_flipped.min(b ^ LINE_BREAK_FLIP);
        // A capital, told by a signed compare the loop's vector code
        // makes two instructions (`ascii8::is_upper`), gains its case bit.
        b | (u8::from(crate::ascii8::is_upper(b)) << 5)
    }));
    PageBytes {
        highest,
        plain: lowest_flipped >= 0x1F,
    }
}

/// Non-blank line spans without their `\n` or `\r\n`.
#[cfg(test)]
fn split_lines(text: &str) -> Vec<Span> {
    split_page(text).lines.iter().map(|l| l.span).collect()
}

/// The page split by [`split_page_in`].
#[derive(Default)]
struct Page {
    lines: Vec<Line>,
    paragraphs: Vec<Paragraph>,
}

/// The page's non-blank lines (spans without their `\n` or `\r\n`), the
/// same lines trimmed, and its paragraphs (trimmed), all of them chrome
/// until classified, in one pass.
///
/// A blank line always ends a paragraph. Within a run of non-blank lines,
/// each line is a paragraph of its own (web pages, KCNA copy) unless the run
/// is hard-wrapped wire copy, where a paragraph ends only at a line that is
/// indented deeper than the run's continuation lines, or after a line that
/// stops well short of the wrap width.
///
/// Each line is trimmed once, as it is found: an empty trimmed span is a
/// blank line, and otherwise it is the line's paragraph or the ends the
/// wrap test reads.
#[cfg(test)]
fn split_page(text: &str) -> Page {
    split_page_in(text, Page::default())
}

/// `split_page` in the buffers of `page`, emptied first.
///
/// Kept out of line: inlined into [`Layout::new`], its line loop shared
/// the registers with the values the rest of that function keeps, and
/// more of them went to the stack around the line-break search.
#[inline(never)]
fn split_page_in(text: &str, page: Page) -> Page {
    // The line-break search is chosen here, once a page, and the line
    // loop is built for each choice: chosen at each line, the test of
    // which search the machine has was a branch per line.
    //
    // `memchr::memchr` picks its vector code through a function pointer
    // and sets up its needle at each call, which for lines of a few dozen
    // bytes cost nearly as much as the search itself: where the machine
    // has AVX2, the crate's searcher for it is built once and its search
    // called directly.
    //
    // The searcher is built once a process and read by reference: held in
    // this function's frame, its 32-byte vectors made the frame realign
    // the stack, which took a register (the frame pointer) from the line
    // loop, and more of its values went to the stack around each search.
    #[cfg(target_arch = "x86_64")]
    if let Some(avx2) = line_break_avx2() {
        return split_page_with(text, page, |rest| avx2.find(rest));
    }
    split_page_with(text, page, |rest| memchr::memchr(b'\n', rest))
}

/// The AVX2 searcher for line breaks, where the machine has AVX2, built
/// once a process.
#[cfg(target_arch = "x86_64")]
fn line_break_avx2() -> Option<&'static memchr::arch::x86_64::avx2::memchr::One> {
    use memchr::arch::x86_64::avx2::memchr::One;
    static SEARCHER: std::sync::OnceLock<Option<One>> = std::sync::OnceLock::new();
    SEARCHER.get_or_init(|| One::new(b'\n')).as_ref()
}

/// [`split_page_in`] with `find_break` telling where the first line
/// break of the bytes it is given is.
///
/// Inlined into [`split_page_in`], once for each search, so that the
/// search is called directly (and its needle kept in a register) rather
/// than through a closure's pointer.
#[inline(always)]
fn split_page_with(text: &str, page: Page, find_break: impl Fn(&[u8]) -> Option<usize>) -> Page {
    let bytes = text.as_bytes();
    // Room for non-blank lines of 24 bytes on average (about 63 in the
    // real articles, 23 on the pages with the shortest): a vector that
    // grows as it is filled copies its spans each time, which cost more
    // than the room. A paragraph holds one non-blank line
    // or more, so the paragraphs have the same room; on a third of the real
    // articles they outgrew room for one in 128 bytes.
    let Page {
        mut lines,
        paragraphs: mut out,
    } = page;
    refill(&mut lines, bytes.len() / 24 + 1);
    refill(&mut out, bytes.len() / 24 + 1);
    let mut run = Run::default();
    let mut start = 0;
    // A blank line is not tested for before the search: the lone line
    // before one passes over it (below), which left the test true at about
    // 170 of the corpus's 7,700 lines, and a line break right where the
    // line starts is found by the search, an empty line that the trim ends
    // the run at, as the test did. The test cost five instructions a line
    // (10,500 over corpora/real, net).
    while let Some(rest) = bytes.get(start..) {
        let Some(k) = find_break(rest) else {
            break;
        };
        let nl = start + k;
        // Most lines open and close with a visible ASCII byte and are
        // their own trimmed span, with no '\r' before the break: told from
        // the line's slice of the search's bytes, the ends need no bounds
        // check of their own, and the line is known not to be blank. So
        // are lines that open or close with a character outside ASCII
        // other than a Unicode space (a curly quote, mostly), which the
        // trim read through its general path.
        let line = rest.get(..k).unwrap_or_default();
        if let (Some(&first), Some(&last)) = (line.first(), line.last())
            && (first.is_ascii_graphic()
                || (!first.is_ascii() && !shape::opens_unicode_space(line)))
            && (last.is_ascii_graphic() || (!last.is_ascii() && !shape::ends_unicode_space(line)))
        {
            let t = Span::new(start, nl);
            // Web pages put a blank line after most lines: such a line,
            // alone in its run, is its own paragraph, left on the list of
            // lines for [`Run::settle`] with the blank line passed over,
            // rather than carried as the run to the blank line's turn of
            // the loop. The run is tested before the
            // next byte: with the loop's own test for a blank line gone, the
            // compiler evaluated both tests in the other order, which took
            // 12,500 instructions more over corpora/real (with that test in
            // the loop, this order had taken some 36,000 more). The next
            // byte is read from the search's bytes, whose length the loop
            // holds in a register across the search: read from the page's,
            // its length and start were reloaded from the stack (6,000
            // instructions more over corpora/real). Both kinds of line are
            // pushed at one place, the blank line passed over by one more
            // step past the break: a push of its own for each cost 5,000
            // instructions more over corpora/real.
            let lone = run.is_empty() && rest.get(k + 1) == Some(&b'\n');
            if !lone {
                run.add();
            }
            lines.push(Line::already_trimmed(t));
            start = nl + 1 + usize::from(lone);
            continue;
        }
        // Lines sit on character boundaries: the trim that skips the
        // boundary checks of slicing a `str` serves. A '\r' before the
        // break is white space the trim leaves out with or without it, so
        // a line whose trim reaches the break has none.
        let t = trim_line(text, Span::new(start, nl));
        let before_break = || nl.checked_sub(1).and_then(|i| bytes.get(i));
        if t.start != t.end {
            run.add();
            let cr = t.end < nl && before_break() == Some(&b'\r');
            let span = Span::new(start, nl - usize::from(cr));
            lines.push(Line { span, trimmed: t });
        } else {
            run.end(text, &lines, &mut out);
        }
        start = nl + 1;
    }
    // The last line, which no line break ends.
    let line = Span::new(start, text.len());
    let t = trim_line(text, line);
    if t.start != t.end {
        run.add();
        lines.push(Line {
            span: line,
            trimmed: t,
        });
    }
    run.end(text, &lines, &mut out);
    run.settle(&lines, &mut out);
    Page {
        lines,
        paragraphs: out,
    }
}

/// The run of non-blank lines being read by [`split_page_in`]: how many lines
/// it holds, and where the lines start whose paragraphs are still to be
/// written.
///
/// Each line of the run goes on the list of lines as it is read, with its
/// trimmed span, so the run's lines are what the list holds at its end: the
/// run keeps no copy of them (a vector of its own for runs of two lines or
/// more grew on most pages), only their number.
///
/// A run of one line (most runs: web pages put a blank line after most
/// lines) is a paragraph of its own, its line trimmed: nothing is written
/// for it when it ends. So is a longer run that is not hard-wrapped, a
/// paragraph a line too ([`end_long_run`]). Such lines follow each other
/// on the list of lines up to the next hard-wrapped run, and their
/// paragraphs are copied from the list in one go when that run ends and at
/// the end of the page ([`Run::settle`]). Pushed one at a time, each paragraph cost about
/// ten instructions (the vector's length and room read, and its length
/// written back, around the line-break search's call); copied in bulk,
/// the vector is reserved once and filled by a loop of a few
/// instructions a line.
#[derive(Default)]
struct Run {
    /// How many lines the run holds: counted as they are added rather
    /// than taken from the length of `lines`, which the vector keeps in
    /// memory, so that ending a run reads no length back.
    len: usize,
    /// Index in `lines` of the first line whose paragraph is not yet
    /// written: the lines from there to the run are runs of one line.
    unsettled: usize,
}

impl Run {
    /// Whether the run holds no line yet.
    #[inline]
    fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The next line goes on the run; the loop pushes it next onto
    /// `lines`.
    #[inline]
    fn add(&mut self) {
        self.len += 1;
    }

    /// The run ends before the line `lines` holds next. A run of one line
    /// is left for [`Run::settle`], and so is a longer one unless it is
    /// hard-wrapped, whose paragraphs go to `out` after those of the lines
    /// before it ([`end_long_run`]).
    #[inline]
    fn end(&mut self, text: &str, lines: &[Line], out: &mut Vec<Paragraph>) {
        let len = std::mem::take(&mut self.len);
        if len > 1 {
            self.unsettled = end_long_run(text, lines, self.unsettled, len, out);
        }
    }

    /// The page has ended, and its last run with it: the paragraphs of the
    /// lines since the last hard-wrapped run go to `out`.
    #[inline]
    fn settle(&mut self, lines: &[Line], out: &mut Vec<Paragraph>) {
        settle_lone_lines(lines, self.unsettled, lines.len(), out);
        self.unsettled = lines.len();
    }
}

/// The paragraphs of `lines[from..to]`, none of them in a hard-wrapped
/// run: each line trimmed.
fn settle_lone_lines(lines: &[Line], from: usize, to: usize, out: &mut Vec<Paragraph>) {
    let lone = lines.get(from..to).unwrap_or_default();
    out.extend(lone.iter().map(|l| Paragraph::unread(l.trimmed)));
}

/// The run of the last `len` lines, two or more, of `lines` has ended:
/// returns where the lines now start whose paragraphs are still to be
/// written, `unsettled` before.
///
/// A run that is not hard-wrapped (most) is a paragraph a line, each line
/// trimmed, as a run of one line is: its lines are left on the list for
/// the next settling, with the runs of one line around them, and copied
/// with them in one go. Only a hard-wrapped run settles the lines before
/// it and writes its own paragraphs. Copying each longer run's lines here,
/// and the lone lines before it, cost two vector reservations and two
/// copy loops a run (19,900 instructions over corpora/real).
#[inline]
fn end_long_run(
    text: &str,
    lines: &[Line],
    unsettled: usize,
    len: usize,
    out: &mut Vec<Paragraph>,
) -> usize {
    let from = lines.len() - len;
    let run = lines.get(from..).unwrap_or_default();
    if !is_hard_wrapped(text, run) {
        return unsettled;
    }
    settle_wrapped_run(text, lines, unsettled, from, out)
}

/// The paragraphs of the lines from `unsettled` to `from`, and of the
/// hard-wrapped run from `from` to the end of `lines`: returns where the
/// lines still to be written now start (the end).
#[inline(never)]
fn settle_wrapped_run(
    text: &str,
    lines: &[Line],
    unsettled: usize,
    from: usize,
    out: &mut Vec<Paragraph>,
) -> usize {
    settle_lone_lines(lines, unsettled, from, out);
    wrap_paragraphs(text, lines.get(from..).unwrap_or_default(), out);
    lines.len()
}

/// A run is hard-wrapped when some line breaks mid-sentence: it ends in a
/// letter or comma and the next line goes on in lower case.
fn is_hard_wrapped(text: &str, run: &[Line]) -> bool {
    // Each line zipped with the next, rather than two indexings a line,
    // each with its bounds check.
    let next = run.get(1..).unwrap_or_default();
    run.iter().zip(next).any(
        |(
            &Line {
                span: line,
                trimmed: t,
            },
            next,
        )| {
            // The line without its trailing space is `line.start` to `t.end`;
            // the next without its leading space is `next`. The length, a
            // subtraction, is tested first: menus and lists are runs of short
            // lines.
            t.end - line.start >= 40
                && opens_lower(text, next.trimmed)
                && ends_mid_sentence(text, t)
        },
    )
}

/// Whether the trimmed line `t` opens in lower case or with a digit, as the
/// line after a mid-sentence break does. An ASCII first byte is its own
/// character: told from the byte, the line's slice as a `str` (a boundary
/// check at each end) and the character's decoding are spared (most lines
/// open with one).
#[inline]
fn opens_lower(text: &str, t: Span) -> bool {
    match text.as_bytes().get(t.start) {
        Some(&b) if b.is_ascii() => b.is_ascii_lowercase() || b.is_ascii_digit(),
        _ => opens_lower_char(text, t),
    }
}

/// [`opens_lower`] for a line that opens with a character outside ASCII:
/// out of line, so that the run's loop keeps its registers.
#[cold]
#[inline(never)]
fn opens_lower_char(text: &str, t: Span) -> bool {
    text[t]
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
}

/// Whether the trimmed line `t` ends in a letter or a comma, as a line
/// broken mid-sentence does. An ASCII last byte is its own character, read
/// as [`opens_lower`] reads the first.
#[inline]
fn ends_mid_sentence(text: &str, t: Span) -> bool {
    match t.end.checked_sub(1).and_then(|i| text.as_bytes().get(i)) {
        Some(&b) if b.is_ascii() => b.is_ascii_alphabetic() || b == b',',
        _ => ends_mid_sentence_char(text, t),
    }
}

/// [`ends_mid_sentence`] for a line that ends with a character outside
/// ASCII: out of line, as [`opens_lower_char`].
#[cold]
#[inline(never)]
fn ends_mid_sentence_char(text: &str, t: Span) -> bool {
    text[t]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() || c == ',')
}

/// The paragraphs of a hard-wrapped run: each line's indent and length
/// are read off its `trimmed` span.
fn wrap_paragraphs(text: &str, run: &[Line], out: &mut Vec<Paragraph>) {
    let lines = || run.iter().map(|l| (l.span, l.trimmed));
    // The least indent and the widest line without its trailing space, in
    // one pass.
    let (base, width) = lines().fold((usize::MAX, 0), |(base, width), (line, t)| {
        (
            base.min(t.start - line.start),
            width.max(t.end - line.start),
        )
    });
    // Where the paragraph being read starts, trimmed.
    let mut open: Option<usize> = None;
    // Where the line before ends, trimmed.
    let mut prev_end = 0;
    let mut prev_short = false;
    // A line is short under six tenths of the widest: `len * 10 < width *
    // 6` holds for a whole `len` just when `len` is under the quotient
    // rounded up, worked out once for the run rather than a product a
    // line.
    let short = (width * 6).div_ceil(10);
    for (line, t) in lines() {
        if (t.start - line.start > base || prev_short)
            && let Some(start) = open.take()
        {
            out.push(Paragraph::unread(Span::new(start, prev_end)));
        }
        open.get_or_insert(t.start);
        // The line without its trailing space, read only when short: sliced
        // as a `str` before the length test, its ends were checked for
        // character boundaries at every line of the run.
        prev_short =
            t.end - t.start < short && ends_sentence_at(text, Span::new(line.start, t.end));
        prev_end = t.end;
    }
    if let Some(start) = open {
        out.push(Paragraph::unread(Span::new(start, prev_end)));
    }
}

/// What the classification needs to know of one paragraph.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Stats {
    /// The paragraph's words, as `split_whitespace` counts them, once
    /// `counted`; 0 until then. Counting costs about 76 instructions a
    /// paragraph besides its 64-byte blocks, however short the paragraph,
    /// and about a third of the paragraphs of the real articles (menus,
    /// share bars, footers past a closing heading) meet no test that reads
    /// the number: a paragraph is left uncounted where no test may need
    /// it ([`Stats::read_into`]) and counted when one does ([`Stats::count`]).
    words: usize,
    /// Whether `words` holds the count.
    counted: bool,
    /// Which white space its words are told apart by: whether it holds a
    /// white-space character outside ASCII, and whether its page holds
    /// bytes below 0x20 other than line breaks.
    spacing: Spacing,
    /// Ends in sentence punctuation (or a closing quote or bracket after it).
    /// Read only along with the count, and only where a test may ask it
    /// (false otherwise): its two readers, [`Stats::can_open_body`] and
    /// [`Stats::is_body_text`], ask it only of a paragraph with words, at
    /// or after the story's lead (see [`Stats::read_into`], [`Stats::count`]),
    /// and only of one under [`LEAD_UNENDED_WORDS`]: a longer one is body
    /// text and can open the body whatever its ending
    /// ([`Stats::ending_read`]).
    sentence: bool,
    /// Opens with a phrase of page chrome, or is a caption, script or ad.
    chrome: bool,
    /// A heading after which the page no longer carries the story.
    ends_story: bool,
}

impl Stats {
    /// The facts of the paragraph at `span`, which comes after those
    /// `spaced` was asked about: it tells whether a Unicode space lies
    /// within a span. `openers` are the page's
    /// [`chrome::ParagraphOpeners`]. Whether a chrome marker lies near its
    /// start is not asked here: [`Layout::new`] marks those paragraphs
    /// chrome afterwards.
    ///
    /// Written into `slot`, which holds [`Stats::deferred`] of the page's
    /// spacing: a paragraph whose reading is deferred has its spacing
    /// written only where it holds a Unicode space.
    ///
    /// Always inlined, so that each loop of [`read_paragraphs`] is built
    /// for its own `spaced`.
    #[inline(always)]
    fn read_into(
        slot: &mut Stats,
        text: &str,
        span: Span,
        mut spaced: impl FnMut(Span) -> bool,
        plain_page: bool,
        openers: chrome::ParagraphOpeners,
    ) {
        // A paragraph whose whole span is under [`LEAD_MIN_BYTES`] is too
        // short without its caret too (see below): told from the span's
        // length alone, before it is sliced and its first byte tested for
        // a caret, it takes no bounds check and no caret test (about half
        // the paragraphs; 25,100 instructions fewer over corpora/real).
        // Only its spacing is asked, of the text without the caret and
        // closing marks, which lies within the span: the whole span is
        // asked first, so that the caret is looked for only where a
        // Unicode space lies within it, and not at all on the pages that
        // hold none, whose `spaced` answers `false` at once (asked of the
        // text without the caret alone, the caret's trim was made at each
        // short paragraph and the layout took 29,000 instructions more).
        if span.end.wrapping_sub(span.start) < LEAD_MIN_BYTES {
            if spaced(span) && spaced(without_wire_caret(text, span)) {
                slot.spacing = Spacing::Unicode;
            }
            return;
        }
        // The tests below read bytes: slicing the `str` checked both ends
        // for character boundaries at every paragraph (about a fifth of
        // what the tests themselves cost), and the spans sit on them.
        // The paragraph is sliced before its first byte is tested for a
        // wire caret, which then needs no bounds check of its own.
        let whole = &text.as_bytes()[span.start..span.end];
        let (inner, p) = if whole.first() == Some(&b'^') {
            let inner = without_wire_caret(text, span);
            (inner, &text.as_bytes()[inner.start..inner.end])
        } else {
            (span, whole)
        };
        let unicode_spaced = spaced(inner);
        // A paragraph too short to open the story (under
        // [`LEAD_MIN_BYTES`]) is read no further here: only the story
        // region's sum running through it and the headline search ask
        // anything of it, and they read its opening then
        // ([`Stats::read_deferred`]). About half the paragraphs of the
        // real articles are so short (menus, share bars, footers), most
        // outside any run the sum reads and past the headline search's
        // reach, and their opening took the gates of the chrome tables
        // and the caption test at each.
        if p.len() < LEAD_MIN_BYTES {
            if unicode_spaced {
                slot.spacing = Spacing::Unicode;
            }
            return;
        }
        let spacing = Spacing::of(unicode_spaced, plain_page);
        let opened = openers.openings(p);
        let chrome = chrome::is_chrome(p, opened);
        // Counted now where [`story_region`] reads the count whatever
        // comes before (it asks whether a paragraph that is not chrome can
        // open the story), and where the closing-heading test needs it.
        // The rest are counted only if the region's sum runs through them
        // or the headline search reads them; uncounted, a paragraph has
        // no words, which no more opens the story than its count would.
        let counted =
            (!chrome && p.len() >= LEAD_MIN_BYTES) || chrome::ends_story_by_length(opened);
        // Whether it ends a sentence is read with the count: the tests that
        // read the ending ([`Stats::can_open_body`], [`Stats::is_body_text`])
        // ask it only of a paragraph with words, which an uncounted one has
        // none of until the story region's loop counts it and reads both
        // ([`Stats::count`]). A third of the paragraphs of the real articles
        // are left uncounted here, and their ending cost some twenty
        // instructions each.
        // Both read the paragraph's bytes as sliced above: slicing the span
        // again, each checked its bounds once more at every counted
        // paragraph (44,600 instructions over corpora/real, both).
        let (words, sentence) = if counted {
            let words = shape::count_words_of(text, inner, p, spacing);
            let sentence = Stats::ending_read(words) && ends_sentence_of(text, inner, p);
            (words, sentence)
        } else {
            (0, false)
        };
        *slot = Stats {
            words,
            counted,
            spacing,
            sentence,
            chrome,
            ends_story: chrome::ends_story(words, opened),
        };
    }

    /// A paragraph whose reading [`Stats::read_into`] deferred, of `spacing`.
    fn deferred(spacing: Spacing) -> Stats {
        Stats {
            spacing,
            ..Stats::default()
        }
    }

    /// Whether [`Stats::read_into`] left the opening of the paragraph at
    /// `inner` (its span without its wire caret) unread, and `chrome` and
    /// `ends_story` with it: a paragraph too short to open the story (see
    /// [`Stats::read_into`]), which no reader has counted yet. Read on
    /// demand, by [`Stats::read_deferred`], where a test asks for them.
    ///
    /// Told from the count and the length rather than kept in a flag of
    /// its own: [`Stats::read_into`] wrote the flag at each paragraph it
    /// read, and the fill before its loop ([`read_paragraphs`]) wrote it at
    /// every paragraph (33,600 instructions more over corpora/real). A
    /// paragraph counted has its opening read: the story region's loop
    /// reads the opening with the count ([`Stats::count`]), and the
    /// headline search, which may count a paragraph and turn it down by
    /// its words before reading the opening ([`Stats::title_like`]), reads
    /// only paragraphs before the lead, which no later test asks whether
    /// chrome.
    fn opening_unread(&self, inner: Span) -> bool {
        !self.counted && inner.end - inner.start < LEAD_MIN_BYTES
    }

    /// Reads the opening of the paragraph at `inner`, its span without its
    /// wire caret, whose reading [`Stats::read_into`] deferred
    /// ([`Stats::opening_unread`]), as it would have read it: whether it is
    /// chrome, whether it
    /// ends the story, and its words where that depends on them (a
    /// closing heading ends the story only when short). `ending` is as for
    /// [`Stats::count`]. A chrome marker may have marked it chrome
    /// already, which stands.
    ///
    /// Inlined into its two readers, as [`Stats::count`] is (the story
    /// region's loop, the headline search's title test): called out of
    /// line, its call and frame cost 11,700 instructions more over
    /// corpora/real, and its closing heading's count inlined into it
    /// made that frame larger again (12,400 more).
    #[inline(always)]
    fn read_deferred(&mut self, text: &str, inner: Span, ending: bool) {
        let p = text
            .as_bytes()
            .get(inner.start..inner.end)
            .unwrap_or_default();
        let opened = chrome::ParagraphOpeners::get().openings(p);
        self.chrome |= chrome::is_chrome(p, opened);
        if chrome::ends_story_by_length(opened) && !self.counted {
            self.count_heading(text, inner, ending);
        }
        self.ends_story = chrome::ends_story(self.words, opened);
    }

    /// [`Stats::count_inner`] for [`Stats::read_deferred`], of a paragraph
    /// opening as a closing heading (a few a page): out of line, so that
    /// the counting's vector code and the registers it saves are no part
    /// of every deferred reading.
    #[inline(never)]
    fn count_heading(&mut self, text: &str, inner: Span, ending: bool) {
        self.count_inner(text, inner, ending);
    }

    /// Counts the words of the paragraph at `span` if [`Stats::read_into`] left
    /// them uncounted, and reads whether it ends a sentence if `ending`
    /// asks. Inlined into its two readers (the story region's loop, the
    /// headline search): called out of line, its set-up cost about as much
    /// as counting a short paragraph (17K instructions more over
    /// corpora/real).
    ///
    /// The story region's loop asks for the ending: the paragraphs it
    /// counts may open the story or be tested as its body. The headline
    /// search does not: it counts only paragraphs before the lead, whose
    /// ending no test reads (the lead is found before it, and the body's
    /// roles are given from the lead on), and reading the ending there too
    /// took some 15,000 instructions more over corpora/real.
    #[inline(always)]
    fn count(&mut self, text: &str, span: Span, ending: bool) {
        if self.counted {
            return;
        }
        let inner = without_wire_caret(text, span);
        if self.opening_unread(inner) {
            self.read_deferred(text, inner, ending);
        }
        if !self.counted {
            self.count_inner(text, inner, ending);
        }
    }

    /// [`Stats::count`] of a paragraph read at `inner`, its span without
    /// its wire caret ([`without_wire_caret`]), counted or not.
    #[inline(always)]
    fn count_inner(&mut self, text: &str, inner: Span, ending: bool) {
        // Sliced once for both, as in [`Stats::read_into`].
        let p = text
            .as_bytes()
            .get(inner.start..inner.end)
            .unwrap_or_default();
        self.words = shape::count_words_of(text, inner, p, self.spacing);
        self.sentence =
            ending && Stats::ending_read(self.words) && ends_sentence_of(text, inner, p);
        self.counted = true;
    }

    /// Could be a headline: a short single line of title words.
    ///
    /// Only the headline search asks, and only of paragraphs before the
    /// lead, so the word-level reading is done for those few, not for every
    /// paragraph of the page. The cheap tests come first: short single
    /// lines of 2 to 30 words that do not end like a sentence.
    ///
    /// Kept out of line: inlined into the headline search's walk back from
    /// the lead, its word count and byte tests shared that function's
    /// registers with everything [`Layout::new`] keeps, and more of them
    /// went to the stack; called, the test has a frame of its own (45,000
    /// instructions fewer over corpora/real). Its chrome test was tried
    /// inline before the call, sparing the call for chrome paragraphs, and
    /// cost 22,600 more than this.
    #[inline(never)]
    fn title_like(&mut self, text: &str, span: Span) -> bool {
        // The span without its caret is worked out once, for the count and
        // the tests, rather than once for each.
        let inner = without_wire_caret(text, span);
        if self.opening_unread(inner) {
            // A short paragraph's words are counted before its opening is
            // read: one of a single word (a menu's "Home", "World") is no
            // title whatever it opens with (12,500 instructions fewer over
            // corpora/real than reading the opening first).
            if !self.counted {
                self.count_inner(text, inner, false);
            }
            if !(2..=30).contains(&self.words) {
                return false;
            }
            self.read_deferred(text, inner, false);
        }
        if self.chrome || self.ends_story {
            return false;
        }
        if !self.counted {
            self.count_inner(text, inner, false);
        }
        if !(2..=30).contains(&self.words) {
            return false;
        }
        let p = &text[inner];
        // The last byte is the last character when it is ASCII.
        if p.len() > 300 || matches!(p.as_bytes().last(), Some(b'.' | b':')) {
            return false;
        }
        // One pass tells which bytes the tests below search for occur at
        // all, so that each search runs only where its byte is.
        let kinds = Kinds::of(p.as_bytes());
        !kinds.has(Kinds::NEWLINE) && !chrome::opens_credit_or_stamp(p, kinds) && {
            let unicode_spaced = self.spacing == Spacing::Unicode;
            let shape = Shape::of_counted(p, self.words, unicode_spaced, kinds);
            shape.alphabetic && !shape.code_token && !chrome::worded_as_credit_or_stamp(&shape)
        }
    }

    /// Prose long enough to be the story's first paragraph.
    ///
    /// The word count is tested first: most paragraphs of a page are too
    /// short or were left uncounted (0 words), and the count alone turns
    /// them down without reading `chrome` (6,800 instructions fewer over
    /// corpora/real than testing `chrome` first). The tests are
    /// independent, so their order changes no answer.
    fn can_open_body(&self) -> bool {
        self.words >= LEAD_MIN_WORDS
            && !self.chrome
            && (self.sentence || self.words >= LEAD_UNENDED_WORDS)
    }

    /// A paragraph of the story once the story has begun.
    fn is_body_text(&self) -> bool {
        !self.chrome
            && !self.ends_story
            && self.words >= 1
            && (self.sentence || self.words >= BODY_UNENDED_WORDS)
    }

    /// Whether a paragraph of `words` words has its ending read: under
    /// [`LEAD_UNENDED_WORDS`] (and so under [`BODY_UNENDED_WORDS`] too,
    /// which is fewer), the only counts whose tests ask it. Long
    /// paragraphs are mostly the story's prose, and among them those that
    /// close a quotation, whose ending was read through the quote
    /// ([`ends_sentence_trimmed`]).
    fn ending_read(words: usize) -> bool {
        const { assert!(BODY_UNENDED_WORDS <= LEAD_UNENDED_WORDS) };
        words < LEAD_UNENDED_WORDS
    }
}

/// Fills `stats` with the [`Stats::read_into`] each of `paragraphs`,
/// asking `spaced` of each in turn.
///
/// The list is filled first with every paragraph deferred, a copy of one
/// value, and the loop writes only the paragraphs it reads: the deferred
/// ones, about half the paragraphs of the real articles, each took a
/// write of every field in a loop whose registers were all taken
/// (60,900 instructions more over corpora/real).
///
/// The value is a constant for each of the two spacings a paragraph
/// without a Unicode space can have: on a page of [`Spacing::Plain`] (most
/// pages) it is all zero bytes, which the fill writes with two stores a
/// paragraph, where the page's spacing read at run time took four (7,400
/// instructions fewer over corpora/real).
///
/// Each of [`Layout::new`]'s calls is a copy built for its own `spaced`: a
/// page with no Unicode space asks a closure that answers `false` at once,
/// not a walk of an empty list.
///
/// Kept out of line: inlined into [`Layout::new`], the loop shared its
/// registers with everything that function keeps, and its head (run at
/// every paragraph, more than half of them too short to read further)
/// reloaded the paragraph list and its length from the stack and spilled
/// the span's start each time. In a frame of its own the head keeps them
/// in registers (layout 3,019,204 -> 3,011,952, pipeline 14,555,671 ->
/// 14,548,418 over corpora/real; one call a page).
#[inline(never)]
fn read_paragraphs(
    text: &str,
    paragraphs: &[Paragraph],
    mut spaced: impl FnMut(Span) -> bool,
    plain_page: bool,
    openers: chrome::ParagraphOpeners,
    stats: &mut Vec<Stats>,
) {
    stats.clear();
    if plain_page {
        stats.resize(paragraphs.len(), Stats::deferred(Spacing::Plain));
    } else {
        stats.resize(paragraphs.len(), Stats::deferred(Spacing::Ascii));
    }
    for (slot, p) in stats.iter_mut().zip(paragraphs) {
        Stats::read_into(slot, text, p.span, &mut spaced, plain_page, openers);
    }
}

/// A paragraph's text as the classification reads it: an ANPA wire line
/// (`^Headline<`) without its caret and closing marks.
#[inline]
fn without_wire_caret(text: &str, span: Span) -> Span {
    if text.as_bytes().get(span.start) != Some(&b'^') || span.start >= span.end {
        return span;
    }
    let p = &text[span];
    match p.strip_prefix('^') {
        Some(wire) => {
            let inner = wire.trim_end_matches(['<', '=']).trim_end();
            Span::new(span.start + 1, span.start + 1 + inner.len())
        }
        None => span,
    }
}

/// What a paragraph weighs in [`story_region`]'s sum: a prose paragraph
/// its word count, a chrome paragraph a small loss, a heading that closes
/// the story a loss no story crosses.
fn story_weight(s: &Stats) -> i64 {
    if s.ends_story {
        -STORY_END_WEIGHT
    } else if s.is_body_text() {
        s.words as i64
    } else {
        // Halved as an unsigned count: halving a signed one rounds toward
        // zero, which took a fix-up for negative numbers a count never is.
        -(2 + (s.words / 2) as i64)
    }
}

/// The paragraphs from the story's first to its last, as the run of
/// paragraphs richest in prose: each prose paragraph weighs its word count,
/// each chrome paragraph a small loss, and a heading that closes the story
/// ("Related Stories", "(END)") a loss no story crosses. The best run is
/// found in one pass (maximum-sum subarray).
///
/// A paragraph's words are read only where the run being summed goes on
/// through it, or where it may open a run: those of a paragraph left
/// uncounted ([`Stats::read_into`]) are counted in the first case.
fn story_region(
    text: &str,
    paragraphs: &[Paragraph],
    stats: &mut [Stats],
) -> Option<(usize, usize)> {
    // The best run's sum and ends; no run has the least sum.
    let (mut best, mut region) = (i64::MIN, (0, 0));
    // The run being summed: its sum and first paragraph. A run goes on
    // while its sum is above zero, so the sum alone tells whether one is
    // open: a run is opened only by a paragraph that can open the story,
    // and a run whose sum falls to zero or below is given up. (An `open`
    // flag beside the sum, and the best run as an `Option`, cost a
    // register, a flag read from the stack and three conditional moves at
    // every paragraph of the page.)
    let (mut sum, mut start) = (0, 0);
    // How far the run must fall below the best before the paragraphs left
    // are asked whether they can make up the loss ([`settled`]).
    let mut check_at = 1;
    let mut i = 0;
    while i < stats.len() {
        if sum > 0 {
            // The paragraph's span is read only for the few counted here.
            if !stats[i].counted {
                // Past the story, the run goes on through the footer's
                // menus and share bars, each a small loss, often to the
                // end of the page: four in five of the paragraphs this
                // loop counted over corpora/real lay past the region it
                // found (34,000 instructions over corpora/real saved by
                // not counting them). Once the paragraphs left cannot
                // make up the run's loss, nothing after changes the region
                // and the loop stops. Asked again only when the loss has
                // grown fourfold since the last time, so that the test's
                // walks stay few on a page whose rest could still make it
                // up: the loss is under the page's words, so a page has
                // about half as many walks as its word count has binary
                // digits, at most. With
                // the losses in [`settled`]'s bound, a first answer of no
                // seldom turns to yes soon after (10,200 instructions fewer
                // over corpora/real than doubling; 3x and 8x within 1K of
                // it, 16x 1,800 more than doubling).
                let gap = best - sum;
                if gap >= check_at {
                    if settled(text, paragraphs, stats, i, gap) {
                        break;
                    }
                    check_at = 4 * gap;
                }
                count_in_run(text, paragraphs[i].span, &mut stats[i]);
            }
            let s = &stats[i];
            sum += story_weight(s);
        } else {
            // No run is open: on to the next paragraph that can open one,
            // by a search of its own, whose loop holds only the list's
            // ends (in the loop's `continue`, each paragraph passed over
            // also kept its index for the run's start: layout 2,991,657
            // -> 2,989,656 instructions over corpora/real).
            let Some(k) = stats[i..].iter().position(Stats::can_open_body) else {
                break;
            };
            i += k;
            (sum, start) = (story_weight(&stats[i]), i);
        }
        if sum > best {
            // A branch, not the three conditional moves the compiler made
            // of it: the best run's ends live on the stack, and the
            // moves loaded and stored all three at every paragraph the
            // loop sums. Taken at three in four of those paragraphs, the
            // branch still costs fewer (layout 3,011,952 -> 3,002,508
            // instructions over corpora/real).
            crate::hint::cold();
            (best, region) = (sum, (start, i));
        }
        i += 1;
    }
    (best > i64::MIN).then_some(region)
}

/// [`Stats::count`] with the ending read, for [`story_region`]'s loop.
///
/// Out of line: the loop counts a paragraph only where a run is open
/// through one left uncounted (314 over corpora/real), and inlined, the
/// count's code took the registers of the run's sum and the best sum,
/// which the loop then loaded and stored at every paragraph it summed
/// (layout 2,996,740 -> 2,995,107 instructions over corpora/real).
#[inline(never)]
fn count_in_run(text: &str, span: Span, s: &mut Stats) {
    s.count(text, span, true);
}

/// Whether no run of the paragraphs from `from` on can weigh more than
/// `gap` in [`story_region`]'s sum, told without counting any: no run of
/// the bounds of what each can weigh at most sums to more than `gap`
/// (the best such run found in one pass, as [`story_region`] finds its
/// own, so the test stays linear).
///
/// So, with a run open whose sum is `gap` below the best run's, neither
/// that run nor any run opened later can beat the best: the region is
/// settled (a tie does not move it either).
///
/// A counted paragraph weighs what [`story_weight`] gives, its bound. Only
/// body text weighs above zero, and anything else at most -2 (chrome
/// `-(2 + words / 2)`, a closing heading less). One left uncounted is
/// short (under [`LEAD_MIN_BYTES`], so of fewer than [`LEAD_MIN_WORDS`]
/// words) or chrome (a flag the count never clears): it is body text only
/// if it ends a sentence, which its last byte rules out for most (a letter
/// or a digit: [`LAST_BYTE`]); one whose last byte leaves that open, or
/// that opens with a wire caret (whose ending is read without its closing
/// marks), is taken to weigh as many words as its bytes can hold, one for
/// every two bytes and one more (5,100 instructions fewer over
/// corpora/real than taking each to weigh [`LEAD_MIN_WORDS`]: the test
/// settles sooner).
///
/// Taking the losses of the paragraphs known not to be body text into the
/// bound, rather than each as weighing nothing, lets a footer's menus and
/// share bars make up for the odd short paragraph that may end a sentence
/// among them: the region settles sooner (39,200 instructions fewer over
/// corpora/real).
///
/// Out of line: it runs a few times a page at most, and the story
/// region's loop keeps its registers.
#[inline(never)]
fn settled(text: &str, paragraphs: &[Paragraph], stats: &[Stats], from: usize, gap: i64) -> bool {
    let bytes = text.as_bytes();
    // The best sum of a run of the bounds ending at the paragraph read.
    let mut most: i64 = 0;
    // By one index under the shorter list's length, which spares the
    // bounds checks: zipped, the two slices' iterators took a counter of
    // their own and a test of it beside both pointers (layout 2,989,656
    // -> 2,986,357 instructions over corpora/real).
    let end = stats.len().min(paragraphs.len());
    for i in from..end {
        let (s, p) = (&stats[i], &paragraphs[i]);
        let bound = if s.counted {
            story_weight(s)
        } else if s.chrome {
            -2
        } else {
            // The paragraph's bytes sliced once, for both ends: read as
            // two bytes, each with a bounds check of its own, they took
            // 5,400 instructions more over corpora/real. The last byte is
            // tested first: the caret matters only where it says no (a
            // wire line's closing marks, '<' or '='). An empty paragraph
            // has no words and weighs below zero.
            let may_end = match bytes.get(p.span.start..p.span.end) {
                Some(&[first, .., last]) | Some(&[first @ last]) => {
                    LAST_BYTE[usize::from(last)] != Ending::Not || first == b'^'
                }
                _ => false,
            };
            if may_end {
                // Each word but the last takes a space after it.
                ((p.span.end - p.span.start) / 2 + 1) as i64
            } else {
                -2
            }
        };
        most = most.max(0) + bound;
        if most > gap {
            return false;
        }
    }
    true
}

/// What a closing heading costs a run of story paragraphs crossing it: more
/// than the prose a related-stories list or a footer carries.
const STORY_END_WEIGHT: i64 = 400;

/// The paragraph index of the headline.
///
/// Among title-like paragraphs before the lead, the one closest to the lead
/// that the page also shows earlier (its `<title>` line, a breadcrumb) wins;
/// else the closest one of three words or more; else the first title-like
/// paragraph of a page with no body found.
fn pick_headline(
    text: &str,
    paragraphs: &[Paragraph],
    stats: &mut [Stats],
    lead: Option<usize>,
) -> Option<usize> {
    let end = lead.unwrap_or(paragraphs.len());
    // The window, closest to the lead first, is held on the stack: a
    // vector for it was an allocation a page.
    let mut window = [0usize; HEADLINE_WINDOW];
    let mut len = 0;
    // Whether a candidate is shown earlier does not depend on the others,
    // and on most pages that print the headline twice one of the closest
    // few is: those are read and checked first, one by one up to the first
    // shown, and the rest of the window only when none of them is shown.
    // Each is checked as soon as it is found, so that the paragraphs past
    // the first shown are not read as titles at all.
    for i in titles_before(text, paragraphs, stats, end) {
        if shown_before(text, paragraphs, i) {
            return Some(i);
        }
        window[len] = i;
        len += 1;
        if len == CLOSEST_TITLES {
            break;
        }
    }
    if len == CLOSEST_TITLES {
        let eighth = window[CLOSEST_TITLES - 1];
        if let Some(i) = shown_title_near(text, paragraphs, stats, eighth) {
            return Some(i);
        }
        // None of the paragraphs before the closest titles is a title
        // shown earlier: when they were all searched, the pick is the
        // unshown one, which the closest titles settle when one of them
        // has three words or more.
        if eighth <= REST_OF_WINDOW
            && lead.is_some()
            && let Some(&i) = window[..len].iter().find(|&&i| stats[i].words >= 3)
        {
            return Some(i);
        }
        for (slot, i) in window[CLOSEST_TITLES..]
            .iter_mut()
            .zip(titles_before(text, paragraphs, stats, eighth))
        {
            *slot = i;
            len += 1;
        }
        let rest = &window[CLOSEST_TITLES..len];
        if !rest.is_empty()
            && let Some(k) = shown_earlier(text, paragraphs, rest)
                .iter()
                .position(|&s| s)
        {
            return Some(rest[k]);
        }
    }
    unshown_pick(&window[..len], stats, lead)
}

/// The title-like paragraphs before paragraph `end`, closest first.
fn titles_before<'a>(
    text: &'a str,
    paragraphs: &'a [Paragraph],
    stats: &'a mut [Stats],
    end: usize,
) -> impl Iterator<Item = usize> + 'a {
    (0..end)
        .rev()
        .filter(move |&i| stats[i].title_like(text, paragraphs[i].span))
}

/// Places of the window past the [`CLOSEST_TITLES`].
const REST_OF_WINDOW: usize = HEADLINE_WINDOW - CLOSEST_TITLES;

/// The closest title shown earlier among the [`REST_OF_WINDOW`]
/// paragraphs before paragraph `eighth`, the last of the
/// [`CLOSEST_TITLES`]: each is in the headline search's window if it is a
/// title, as fewer titles than the window's rest lie between it and
/// `eighth`, so the closest of them that is a title shown earlier is the
/// headline.
///
/// The paragraphs are searched for a copy earlier on the page first, all
/// at once ([`shown_earlier`]), and only those shown are asked
/// whether they are titles: on a page whose closest titles are not shown
/// (a long menu before the story), the window's rest held dozens of titles,
/// each read whole ([`Stats::title_like`]), of which only the few shown
/// earlier could be picked.
fn shown_title_near(
    text: &str,
    paragraphs: &[Paragraph],
    stats: &mut [Stats],
    eighth: usize,
) -> Option<usize> {
    let mut near = [0usize; REST_OF_WINDOW];
    let mut len = 0;
    for (slot, i) in near.iter_mut().zip((0..eighth).rev()) {
        *slot = i;
        len += 1;
    }
    let near = &near[..len];
    let shown = shown_earlier(text, paragraphs, near);
    near.iter()
        .zip(shown)
        .filter(|&(_, shown)| shown)
        .map(|(&i, _)| i)
        .find(|&i| stats[i].title_like(text, paragraphs[i].span))
}

/// The headline among `candidates` (closest to the lead first) when none is
/// shown earlier: the closest one of three words or more, else the closest;
/// with no body found, the one farthest up the page.
#[inline]
fn unshown_pick(candidates: &[usize], stats: &[Stats], lead: Option<usize>) -> Option<usize> {
    if lead.is_some() {
        candidates
            .iter()
            .copied()
            .find(|&i| stats[i].words >= 3)
            .or(candidates.first().copied())
    } else {
        candidates.last().copied()
    }
}

/// Bytes of a title's opening that must recur earlier on the page for the
/// title to count as shown twice.
const TITLE_PREFIX: usize = 16;

/// For each candidate paragraph, whether its opening bytes also appear
/// earlier in the text (the page's `<title>` line, a breadcrumb): one pass
/// over the text for each byte that some of them open with.
///
/// The candidates are grouped by their first byte (mostly a capital; a
/// window of titles holds a dozen or so), and each group's byte is searched
/// for with the crate's SIMD byte search ([`any_place_of`]) up to the
/// group's last title; each place it is seen is compared whole with the
/// group's titles that start after a copy there would end. One pass for all
/// the candidates at once, a table look-up at every byte, cost about seven
/// instructions a byte; these passes cost well under one.
fn shown_earlier(text: &str, paragraphs: &[Paragraph], candidates: &[usize]) -> Vec<bool> {
    let bytes = text.as_bytes();
    let mut shown = vec![false; candidates.len()];
    // (first byte, where the title starts, which candidate)
    let mut titles: Vec<(u8, usize, usize)> = Vec::with_capacity(candidates.len());
    for (k, &i) in candidates.iter().enumerate() {
        let t = strip_wire_markup(text, paragraphs[i].span);
        if t.len() >= TITLE_PREFIX {
            titles.push((bytes[t.start], t.start, k));
        }
    }
    titles.sort_unstable();
    for group in titles.chunk_by(|a, b| a.0 == b.0) {
        // Sorted by start within the group, its last title ends the search.
        let (first, last_title, _) = group[group.len() - 1];
        let Some(last_start) = last_title.checked_sub(TITLE_PREFIX) else {
            continue;
        };
        any_place_of(first, &bytes[..=last_start], |at| {
            let copy = &bytes[at..at + TITLE_PREFIX];
            for &(_, start, k) in group.iter().rev() {
                if start < at + TITLE_PREFIX {
                    break;
                }
                if bytes[start..start + TITLE_PREFIX] == *copy {
                    shown[k] = true;
                }
            }
            false
        });
    }
    shown
}

/// Whether the opening bytes of paragraph `i` also appear earlier in the
/// text: [`shown_earlier`] of one candidate, as the closest titles are
/// checked one by one.
///
/// Kept out of line: inlined into [`Layout::new`] with its byte search, it
/// took registers from the paragraph loops there (the layout cost 16,500
/// instructions more over corpora/real).
#[inline(never)]
fn shown_before(text: &str, paragraphs: &[Paragraph], i: usize) -> bool {
    let bytes = text.as_bytes();
    let t = strip_wire_markup(text, paragraphs[i].span);
    t.len() >= TITLE_PREFIX && occurs_before(bytes, t.start)
}

/// Whether the [`TITLE_PREFIX`] bytes at `at` also lie wholly in
/// `bytes[..at]`.
///
/// Each place its first byte recurs is compared whole, rather than through
/// `memmem::find`: building a substring searcher for one needle (its
/// factorization, its rare-byte ranking) cost more than the search over the
/// page's header, where a title's first byte, mostly a capital, is seldom
/// seen. The caller keeps `at + TITLE_PREFIX` within `bytes`.
fn occurs_before(bytes: &[u8], at: usize) -> bool {
    let prefix = &bytes[at..at + TITLE_PREFIX];
    // A copy starts early enough to end by `at`.
    let Some(last_start) = at.checked_sub(TITLE_PREFIX) else {
        return false;
    };
    any_place_of(prefix[0], &bytes[..=last_start], |k| {
        bytes[k..k + TITLE_PREFIX] == *prefix
    })
}

/// Whether `found` holds at a place of `byte` in `haystack`, the places
/// read first to last up to the first where it does.
fn any_place_of(byte: u8, haystack: &[u8], mut found: impl FnMut(usize) -> bool) -> bool {
    // `memchr::memchr_iter` picks its vector code through a function
    // pointer and sets up its needle at each stop: where the machine has
    // AVX2, the crate's searcher for it is built once and its iterator
    // read directly, as the line split does.
    #[cfg(target_arch = "x86_64")]
    if let Some(avx2) = memchr::arch::x86_64::avx2::memchr::One::new(byte) {
        return avx2.iter(haystack).any(&mut found);
    }
    memchr::memchr_iter(byte, haystack).any(found)
}

/// Mark the paragraphs before the headline that repeat it (a bulleted copy,
/// a title line) as headline too, so the headline's quotes are read from
/// every copy a reader sees.
fn mark_repeats(text: &str, paragraphs: &mut [Paragraph], h: usize) {
    let title = text[strip_wire_markup(text, paragraphs[h].span)].trim();
    for p in paragraphs[..h].iter_mut() {
        // A paragraph is trimmed already, so a copy ends with the title
        // itself: most paragraphs are ruled out by their last bytes before
        // any character is decoded. Most are shorter than the title
        // (menus, labels), which their length tells before their bytes
        // are sliced, with the slice's two bounds checks: the start moved
        // on by the title's length against the end, where the length as
        // the span's difference took a copy more a paragraph (layout
        // 2,995,107 -> 2,991,657 instructions over corpora/real). No sum
        // overflows: both lie within the page.
        if p.span.start + title.len() > p.span.end
            || !text.as_bytes()[p.span.start..p.span.end].ends_with(title.as_bytes())
        {
            continue;
        }
        let s =
            text[p.span].trim_start_matches(|c: char| c.is_whitespace() || c == '•' || c == '·');
        let s = s.trim_end();
        if s == title {
            p.role = Role::Headline;
        }
    }
}

/// A paragraph's span without the ANPA wire markup of AP feeds
/// (`^Headline<`, `^By NAME=`), and without the white space that the
/// markup held in.
///
/// A paragraph's span is trimmed already (the split into lines trims
/// each line, and a paragraph runs from a line's trimmed start to a
/// line's trimmed end), so only a span with the markup is trimmed again:
/// trimmed first as any span, each candidate of the headline search paid
/// for a call and some fifty instructions to learn that it was its own
/// trim (32,800 instructions over corpora/real).
#[inline]
fn strip_wire_markup(text: &str, span: Span) -> Span {
    debug_assert_eq!(trim(text, span), span, "a paragraph's span is trimmed");
    match text.as_bytes().get(span.start..span.end) {
        Some([b'^', .., b'<' | b'=']) => trim(text, Span::new(span.start + 1, span.end - 1)),
        _ => span,
    }
}

/// [`ends_sentence_at`] of the whole of `p`.
#[cfg(test)]
fn ends_sentence(p: &str) -> bool {
    ends_sentence_at(p, Span::new(0, p.len()))
}

/// Whether `text[span]`, a span on character boundaries, ends in `.`, `!`,
/// `?`, `:` or `…`, possibly followed by closing quotes or brackets ("...,”
/// he said." / "…agreement.”" / "(Yonhap)"): sliced as a `str` only where
/// its last byte does not decide.
#[inline]
fn ends_sentence_at(text: &str, span: Span) -> bool {
    ends_sentence_of(text, span, &text.as_bytes()[span.start..span.end])
}

/// [`ends_sentence_at`] of the span whose bytes the caller has sliced
/// already (`bytes`, `text[span]`'s), as the classification's loop has.
#[inline]
fn ends_sentence_of(text: &str, span: Span, bytes: &[u8]) -> bool {
    debug_assert_eq!(text.as_bytes().get(span.start..span.end), Some(bytes));
    // Most paragraphs end in a letter, a digit or a full stop; their last
    // byte decides without trimming anything. So does any ASCII byte but
    // the closing marks read through and white space (about half the
    // paragraphs that the trimmed reading was asked of over corpora/real
    // end in ",", ":", "?", "-" or the like): one look-up of a table.
    // An empty span ends no sentence, as the trimmed reading finds.
    let Some(&last) = bytes.last() else {
        return false;
    };
    let ending = LAST_BYTE[usize::from(last)];
    if ending == Ending::Trimmed {
        return ends_sentence_trimmed(&text[span]);
    }
    // Letters, digits and full stops end paragraphs in no order a branch
    // on which of them it is could predict (perf put about a sixteenth of
    // the layout's samples there): the answer is computed from all three
    // cases' tests instead. A full stop ends a sentence unless the two
    // bytes before it are full stops too.
    let ellipsis = matches!(bytes, [.., b'.', b'.', _]);
    (ending == Ending::Ends) | ((ending == Ending::Stop) & !ellipsis)
}

/// What a paragraph's last byte tells of whether it ends a sentence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// It does not: a letter, a digit, ",", ";", "-" ...
    Not,
    /// It does: "!", "?", ":".
    Ends,
    /// A full stop: unless it closes an ellipsis.
    Stop,
    /// A closing mark, white space or a byte above 0x7F: read trimmed.
    Trimmed,
}

/// [`Ending`] of each byte as a paragraph's last.
static LAST_BYTE: [Ending; 256] = {
    let mut table = [Ending::Trimmed; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b as usize] = match b {
            b'.' => Ending::Stop,
            b'!' | b'?' | b':' => Ending::Ends,
            b'"' | b'\'' | b')' | b']' | b' ' | b'\t'..=b'\r' => Ending::Trimmed,
            _ => Ending::Not,
        };
        b += 1;
    }
    table
};

/// [`ends_sentence_at`] read through its closing marks and white space. Kept
/// out of line so that the common case stays small enough to inline.
#[inline(never)]
fn ends_sentence_trimmed(p: &str) -> bool {
    // A paragraph closing a quotation ends in a quote, '”', '’', '"' or
    // '\'' (or a bracket, ']'), mostly after an ASCII byte that is neither
    // a closing mark nor white space: that byte decides, as the reading
    // below finds once it has read through the quote, without decoding
    // anything. (Not so for ')', which may close a sign-off: "(Yonhap)".)
    if let [.., before, 0xE2, 0x80, 0x9D | 0x99] | [.., before, b'"' | b'\'' | b']'] = *p.as_bytes()
        && LAST_BYTE[usize::from(before)] != Ending::Trimmed
    {
        return LAST_BYTE[usize::from(before)] != Ending::Not;
    }
    ends_sentence_by_bytes(p)
}

/// The UTF-8 of the closing marks [`ends_sentence_read_through`] reads
/// through that are not ASCII: '”', '’' and '»'.
const RIGHT_DOUBLE_QUOTE: &[u8] = "”".as_bytes();
const RIGHT_SINGLE_QUOTE: &[u8] = "’".as_bytes();
const RIGHT_GUILLEMET: &[u8] = "»".as_bytes();
const ELLIPSIS: &[u8] = "…".as_bytes();

/// [`ends_sentence_read_through`] read byte by byte from the end: the
/// closing marks and white space it trims are ASCII bytes or the 2- and
/// 3-byte ends of '”', '’' and '»', so that most paragraphs it is asked
/// about (about two thirds end in ')', "(Yonhap)" or "(Photo: ...)") are
/// answered without decoding a character, where the reading through them
/// decoded each character several times over (trimming the white space,
/// the marks, then testing the ends). Any other character above 0x7F at
/// the end, which may be white space, is left to the character reading.
fn ends_sentence_by_bytes(p: &str) -> bool {
    let bytes = p.as_bytes();
    // A trailing ellipsis: a title cut short, as in the reading through.
    if bytes.ends_with(b"...") || bytes.ends_with(ELLIPSIS) {
        return false;
    }
    let mut end = ascii_trimmed_end(bytes);
    let inner = &bytes[..end];
    if inner.last().is_some_and(|&b| !b.is_ascii())
        && !(inner.ends_with(RIGHT_DOUBLE_QUOTE)
            || inner.ends_with(RIGHT_SINGLE_QUOTE)
            || inner.ends_with(RIGHT_GUILLEMET)
            || inner.ends_with(ELLIPSIS))
    {
        return ends_sentence_read_through(p);
    }
    // The closing marks off, one byte a mark for the ASCII ones.
    loop {
        let t = &bytes[..end];
        end -= match t.last() {
            Some(b'"' | b'\'' | b')' | b']') => 1,
            Some(_) if t.ends_with(RIGHT_DOUBLE_QUOTE) || t.ends_with(RIGHT_SINGLE_QUOTE) => 3,
            Some(_) if t.ends_with(RIGHT_GUILLEMET) => 2,
            _ => break,
        };
    }
    let t = &bytes[..end];
    if inner.last() == Some(&b')') && !matches!(t.last(), Some(b'.' | b'!' | b'?')) {
        // A trailing "(Yonhap)" sign-off after the last sentence.
        return memchr::memrchr(b'(', inner).is_some_and(|o| ends_plain_by_bytes(&p[..o]));
    }
    ends_plain_by_bytes(&p[..end])
}

/// The length of `bytes` without its trailing ASCII white space (the
/// bytes `char::is_whitespace` takes below 0x80, '\u{b}' included, which
/// `<[u8]>::trim_ascii_end` leaves).
fn ascii_trimmed_end(bytes: &[u8]) -> usize {
    let mut end = bytes.len();
    while end > 0 && shape::is_ascii_space(bytes[end - 1]) {
        end -= 1;
    }
    end
}

/// [`ends_sentence_plain`] answered by the last byte after ASCII white
/// space where that byte is ASCII or ends '…' or '”' (the two characters
/// above 0x7F it answers true for); any other character is left to it.
fn ends_plain_by_bytes(t: &str) -> bool {
    let bytes = t.as_bytes();
    let end = ascii_trimmed_end(bytes);
    match bytes[..end].last() {
        None => false,
        Some(&b) if b.is_ascii() => matches!(b, b'.' | b'!' | b'?' | b':' | b'"'),
        Some(_)
            if bytes[..end].ends_with(ELLIPSIS) || bytes[..end].ends_with(RIGHT_DOUBLE_QUOTE) =>
        {
            true
        }
        Some(_) => ends_sentence_plain(&t[..end]),
    }
}

/// [`ends_sentence_trimmed`] read character by character through the
/// closing marks and white space.
fn ends_sentence_read_through(p: &str) -> bool {
    // A trailing ellipsis marks a title cut short by a breadcrumb or a
    // teaser, not the end of a sentence of the story.
    if p.ends_with("...") || p.ends_with('…') {
        return false;
    }
    let inner = p.trim_end();
    let t = inner.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
    if inner.ends_with(')') && !t.ends_with(['.', '!', '?']) {
        // A trailing "(Yonhap)" sign-off after the last sentence.
        return inner
            .rfind('(')
            .is_some_and(|o| ends_sentence_plain(&inner[..o]));
    }
    ends_sentence_plain(t)
}

fn ends_sentence_plain(t: &str) -> bool {
    t.trim_end().ends_with(['.', '!', '?', ':', '…', '"', '”'])
}

/// `span` without leading and trailing white space (NBSP included).
#[inline]
pub(crate) fn trim(text: &str, span: Span) -> Span {
    // Most lines and paragraphs open and close with ASCII that is not a
    // space, and are their own trimmed span: a test of two bytes, inlined.
    let bytes = text[span].as_bytes();
    match (bytes.first(), bytes.last()) {
        (Some(&first), Some(&last))
            if first.is_ascii()
                && last.is_ascii()
                && !shape::is_ascii_space(first)
                && !shape::is_ascii_space(last) =>
        {
            span
        }
        // An empty span (a blank line between paragraphs: about half the
        // lines of a web page) is its own trimmed span too.
        (None, _) => span,
        _ => trim_ends(text, span),
    }
}

/// How many words `s` has, as `s.split_whitespace().take(most).count()`
/// counts them: reading stops at the start of word `most + 1`.
///
/// ASCII blocks, which most text is, are counted a block at a time the way
/// paragraphs are ([`shape::count_ascii_spaced`]); only a block holding a
/// byte above 0x7F (a curly quote, say) is read character by character, an
/// ASCII byte told a space or not without decoding it.
pub(crate) fn count_words(s: &str, most: usize) -> usize {
    let bytes = s.as_bytes();
    let mut n = 0;
    // Whether the byte before `at` belongs to a word.
    let mut in_word = false;
    let mut at = 0;
    while at < bytes.len() {
        let end = (at + COUNT_BLOCK).min(bytes.len());
        if bytes[at..end].is_ascii() {
            let mut opened = shape::count_ascii_spaced(bytes, Span::new(at, end));
            // A word running on from the block before opened there.
            if in_word && !shape::is_ascii_space(bytes[at]) {
                opened -= 1;
            }
            if n + opened >= most {
                return most;
            }
            n += opened;
            in_word = !shape::is_ascii_space(bytes[end - 1]);
            at = end;
            continue;
        }
        // Character by character to the end of the block, or just past it
        // when a character straddles it.
        while at < end {
            let b = bytes[at];
            let (space, len) = if b.is_ascii() {
                (shape::is_ascii_space(b), 1)
            } else {
                match s.get(at..).and_then(|r| r.chars().next()) {
                    Some(c) => (c.is_whitespace(), c.len_utf8()),
                    None => return n,
                }
            };
            if space {
                in_word = false;
            } else if !in_word {
                if n == most {
                    return n;
                }
                in_word = true;
                n += 1;
            }
            at += len;
        }
    }
    n
}

/// Bytes of an ASCII block of [`count_words`].
const COUNT_BLOCK: usize = 64;

/// [`trim`] for the loops that trim every line or paragraph of the page
/// (bylines, stamps), with the ASCII-space case inlined too: there the
/// spans often end in their line break, and a call out of line for each
/// costs more than the trim. Only an end that meets a byte above 0x7F goes
/// to [`trim`]'s general path.
#[inline(always)]
pub(crate) fn trim_line(text: &str, span: Span) -> Span {
    // A visible ASCII byte (neither white space nor a control) at each end
    // makes the span its own trim.
    let visible = |c: u8| c.is_ascii_graphic();
    let b = text.as_bytes();
    if span.start < span.end
        && b.get(span.start).is_some_and(|&c| visible(c))
        && b.get(span.end - 1).is_some_and(|&c| visible(c))
    {
        return span;
    }
    let Some(b) = b.get(span.start..span.end) else {
        return trim_ends(text, span);
    };
    let start = b.iter().position(|&c| !shape::is_ascii_space(c));
    let Some(start) = start else {
        return Span::new(span.end, span.end);
    };
    let end = b
        .iter()
        .rposition(|&c| !shape::is_ascii_space(c))
        .map_or(start, |k| k + 1);
    if visible(b[start]) && visible(b[end - 1]) {
        return Span::new(span.start + start, span.start + end);
    }
    trim_ends(text, span)
}

/// [`trim`] of a span with a space or a byte above 0x7F at an end. Kept
/// out of line so that `trim`'s common case stays small enough to inline.
#[inline(never)]
fn trim_ends(text: &str, span: Span) -> Span {
    let s = &text[span];
    let bytes = s.as_bytes();
    // ASCII spaces are skipped byte by byte; only an end that meets a byte
    // above 0x7F (which may open a no-break or other Unicode space) is
    // trimmed the general way, from the character boundary reached.
    let mut start = 0;
    while start < bytes.len() && shape::is_ascii_space(bytes[start]) {
        start += 1;
    }
    if start < bytes.len() && !bytes[start].is_ascii() {
        start = bytes.len() - s[start..].trim_start().len();
    }
    let mut end = bytes.len();
    while end > start && shape::is_ascii_space(bytes[end - 1]) {
        end -= 1;
    }
    if end > start && !bytes[end - 1].is_ascii() {
        end = start + s[start..end].trim_end().len();
    }
    Span::new(span.start + start, span.start + end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> Vec<&str> {
        Layout::new(text).body().map(|p| &text[p.span]).collect()
    }

    fn headline(text: &str) -> Option<&str> {
        Layout::new(text).headline.map(|s| &text[s])
    }

    /// The counts kept for later stages are `split_whitespace` counts of
    /// whole paragraphs; a cut span and a caret paragraph are not answered.
    /// Asked by a paragraph's index, or in text order, the answer is the
    /// same.
    #[test]
    fn kept_word_counts_match_split_whitespace() {
        let text = "Menu\n\n^Wire headline here<\n\nThe\u{a0}first  paragraph,\tof six words.\n\
            Second line of it\n\nBy Staff";
        let layout = Layout::new(text);
        let mut answered = 0;
        let mut next = 0;
        for (i, p) in layout.paragraphs.iter().enumerate() {
            let words = layout.words_of(p.span);
            assert_eq!(layout.words_of_paragraph(i), words);
            let cut = Span::new(p.span.start + 1, p.span.end);
            assert_eq!(layout.words_in_order(p.span, &mut next), words);
            let mut past = next;
            assert_eq!(layout.words_in_order(cut, &mut past), None);
            if text[p.span].starts_with('^') {
                assert_eq!(words, None);
            } else {
                assert_eq!(
                    words,
                    Some(text[p.span].split_whitespace().count()),
                    "{:?}",
                    &text[p.span]
                );
                answered += 1;
            }
            assert_eq!(layout.words_of(cut), None);
        }
        assert!(answered >= 3);
        assert_eq!(Layout::default().words_of(Span::new(0, 4)), None);
        assert_eq!(Layout::default().words_of_paragraph(0), None);
    }

    /// A paragraph too short to be read in the paragraph loop is marked as
    /// holding a white-space character outside ASCII where its text
    /// without a wire caret and closing marks holds one, and not where one
    /// lies only among the marks the reading leaves out.
    #[test]
    fn short_paragraphs_are_marked_unicode_spaced_by_their_inner_text() {
        let text = "Home\u{2009}page\n\n^Wire\u{a0}line<\n\n^Short line\u{2003}<\n\nMenu\n\n\
            A paragraph long enough to be read in the loop, with a thin\u{2009}space.";
        let layout = Layout::new(text);
        let marked: Vec<(&str, bool)> = layout
            .paragraphs
            .iter()
            .zip(&layout.stats)
            .map(|(p, s)| (&text[p.span], s.spacing == Spacing::Unicode))
            .collect();
        assert_eq!(
            marked,
            [
                ("Home\u{2009}page", true),
                ("^Wire\u{a0}line<", true),
                ("^Short line\u{2003}<", false),
                ("Menu", false),
                (
                    "A paragraph long enough to be read in the loop, with a thin\u{2009}space.",
                    true
                ),
            ]
        );
        assert_kept_counts_are_split_whitespace(text);
    }

    /// Every count the layout keeps is `split_whitespace`'s, on pages
    /// whose only bytes below 0x20 are line breaks (counted with every
    /// byte up to 0x20 a space) and on pages with tabs, carriage returns
    /// or other control characters (counted exactly).
    fn assert_kept_counts_are_split_whitespace(text: &str) {
        let layout = Layout::new(text);
        for (i, p) in layout.paragraphs.iter().enumerate() {
            if let Some(words) = layout.words_of_paragraph(i) {
                let expected = text[p.span].split_whitespace().count();
                assert_eq!(words, expected, "{:?}", &text[p.span]);
            }
        }
    }

    #[test]
    fn kept_word_counts_match_split_whitespace_with_and_without_controls() {
        let prose = "The council met on Tuesday and voted, after a long debate, to \
            approve the budget for the coming year by nine votes to four.";
        let plain = format!("Menu\n\n{prose}\n\n{prose} {prose}\nIt said so.\n\n{prose}");
        assert!(lowercase_into(plain.as_bytes(), &mut Vec::new()).plain);
        assert_kept_counts_are_split_whitespace(&plain);
        for control in ["\t", "\r", "\u{1}", "\u{1f}", "\u{b}"] {
            let page = plain.replace(", after", &format!(",{control}after"));
            assert!(!lowercase_into(page.as_bytes(), &mut Vec::new()).plain);
            assert_kept_counts_are_split_whitespace(&page);
        }
    }

    proptest::proptest! {
        #[test]
        fn kept_word_counts_match_split_whitespace_on_any_page(
            page in "([A-Za-z,.]{1,9}[ \n]{1,2}){0,120}([\t\r\u{1}\u{1f}\u{a0}é][a-z ]{0,30}){0,2}",
        ) {
            assert_kept_counts_are_split_whitespace(&page);
        }
    }

    #[test]
    fn web_page_body_skips_menus_ads_and_related_lists() {
        let text = "Home\nNews\nSport\n\nLeaders meet at border\n\nBy Staff | Updated: May 2, 2020 10:00 IST\n\n\
            The two leaders met at the border on Friday for the first time in a year, officials said.\n\n\
            Open in App\n\n\
            \"We have agreed to talk again,\" the president told reporters after the meeting.\n\n\
            ALSO READ: Rain floods the capital\n\n\
            Both sides will send envoys next month.\n\n\
            Related Stories\n\n\
            Another story about something else entirely, which is long enough to read as prose.\n\n\
            Copyright 2020 Example Media.";
        assert_eq!(
            body(text),
            [
                "The two leaders met at the border on Friday for the first time in a year, officials said.",
                "\"We have agreed to talk again,\" the president told reporters after the meeting.",
                "Both sides will send envoys next month.",
            ]
        );
        assert_eq!(headline(text), Some("Leaders meet at border"));
    }

    #[test]
    fn headline_repeated_from_the_title_line_wins_over_an_ad() {
        let text = "Ministers agree new trade rules at summit - Example News\n\nMenu\n\n\
            Ministers agree new trade rules at summit\n\nFly cheaply to the coast today\n\n\
            GENEVA (Reuters) - Trade ministers agreed on new rules on Tuesday after two days of talks in Geneva.";
        assert_eq!(
            headline(text),
            Some("Ministers agree new trade rules at summit")
        );
    }

    #[test]
    fn hard_wrapped_wire_copy_joins_lines_into_paragraphs() {
        let text = "SHIPS COLLIDE OFF COAST\n\n    PORT CITY, March 19 - Two ships collided off the\n\
            coast early on Thursday, the port authority said, and\nno one was hurt.\n    \
            The ships were carrying grain to the south and\nwill be towed into port.\n REUTER\n";
        let layout = Layout::new(text);
        let paras: Vec<&str> = layout.paragraphs.iter().map(|p| &text[p.span]).collect();
        assert_eq!(paras.len(), 4, "{paras:?}");
        assert!(paras[1].starts_with("PORT CITY") && paras[1].ends_with("no one was hurt."));
        assert!(paras[2].starts_with("The ships") && paras[2].ends_with("into port."));
        assert_eq!(headline(text), Some("SHIPS COLLIDE OFF COAST"));
        assert_eq!(body(text).len(), 2);
    }

    #[test]
    fn unwrapped_lines_are_paragraphs_each() {
        let text = "Statement Issued\nCity, May 29 (KCNA) -- The spokesman issued a statement on Wednesday about the recent events.\nThe statement said the events were regrettable and should stop at once.\n-0-";
        assert_eq!(body(text).len(), 2);
        assert_eq!(headline(text), Some("Statement Issued"));
    }

    #[test]
    fn wire_markup_is_not_part_of_the_headline() {
        let text = "^For patients, mirrors can hurt <\n^By A WRITER=\n\tCITY (AP) _ For patients dealing with the disease, even looking in the mirror can be difficult and painful.";
        assert_eq!(headline(text), Some("For patients, mirrors can hurt"));
    }

    #[test]
    fn sign_off_after_last_sentence_still_ends_a_sentence() {
        assert!(ends_sentence("They agreed to boost ties. (Yonhap)"));
        assert!(ends_sentence("“We will,” he said."));
        assert!(!ends_sentence("Kim Jong-uns Dinner with Putin (Yonhap)"));
        assert!(!ends_sentence("Related Stories"));
    }

    /// Endings of every kind the fast paths and the general reading meet.
    const ENDINGS: &[&str] = &[
        "",
        " ",
        "a",
        "A1",
        "end.",
        "end...",
        "end..",
        "end. ",
        "end.\u{a0}",
        "end!",
        "end?",
        "end:",
        "end…",
        "end.”",
        "end,” he said",
        "(Yonhap)",
        "ties. (Yonhap)",
        "Title (Yonhap)",
        "“quoted”",
        "x'",
        "a)",
        "b]",
        "»",
        "\u{a0}",
        " \t\r\n",
        "\u{2003}x\u{3000}",
        "日本.",
        "word -",
        "word,",
        "so;",
        "^Title<",
        "end!!",
        "x\u{b}",
        "\u{85}y\u{85}",
    ];

    #[test]
    fn ends_sentence_fast_path_agrees_with_the_trimmed_reading() {
        for p in ENDINGS {
            for q in [p.to_string(), format!("Some words {p}"), format!("{p}{p}")] {
                assert_eq!(ends_sentence(&q), ends_sentence_trimmed(&q), "{q:?}");
            }
        }
    }

    #[test]
    fn ends_sentence_by_bytes_agrees_with_the_reading_through_on_endings() {
        for p in ENDINGS {
            for q in ENDINGS {
                for r in [
                    format!("{p}{q}"),
                    format!("{p} ({q})"),
                    format!("{p}({q}) "),
                ] {
                    assert_eq!(
                        ends_sentence_by_bytes(&r),
                        ends_sentence_read_through(&r),
                        "{r:?}"
                    );
                }
            }
        }
    }

    /// The last byte's answer, computed without a branch on which byte it
    /// is, against the trimmed reading at every line and paragraph of the
    /// seed pages and the real articles.
    #[test]
    fn ends_sentence_at_agrees_with_the_trimmed_reading_on_real_pages() {
        for (path, text) in crate::test_stories::stories() {
            let page = split_page(&text);
            let paragraphs = page.paragraphs.iter().map(|p| p.span);
            // Every line, blank ones too, which the split leaves out.
            for span in plain_split(&text).into_iter().chain(paragraphs) {
                assert_eq!(
                    ends_sentence_at(&text, span),
                    ends_sentence_trimmed(&text.as_str()[span]),
                    "{path:?} {span:?}"
                );
            }
        }
    }

    proptest::proptest! {
        /// Any ending, ASCII or not: the last byte's answer is the trimmed
        /// reading's (fails when any byte of the closing marks, white
        /// space or the sentence punctuation is answered by the last byte).
        #[test]
        fn ends_sentence_by_last_byte_agrees_with_the_trimmed_reading(
            p in "[a .,;:!?\"')\\](\\[<=_\t\n\u{b}…”’»\u{a0}-]{0,8}"
        ) {
            proptest::prop_assert_eq!(ends_sentence(&p), ends_sentence_trimmed(&p), "{:?}", p);
        }

        /// A quote's or a closing bracket's byte before it answers as
        /// reading through the mark does, whatever the byte and what comes
        /// before it.
        #[test]
        fn quote_ending_agrees_with_the_reading_through(
            p in "[a .,;:!?\"')\\](\\[<=_\t\n\u{b}…”’»\u{a0}é-]{0,6}[”’\"'\\]]"
        ) {
            proptest::prop_assert_eq!(ends_sentence_trimmed(&p), ends_sentence_read_through(&p), "{:?}", p);
        }

        /// The byte reading answers as the character reading does, over
        /// every closing mark, sentence end and white space the two read
        /// through (Unicode's too), brackets and characters of two and
        /// three bytes that are none of them.
        #[test]
        fn ends_sentence_by_bytes_agrees_with_the_reading_through(
            p in "[a .,;:!?\"')\\](\\[<=_\t\n\u{b}…”’“‘»«\u{a0}\u{85}\u{2003}\u{3000}é—ع-]{0,10}"
        ) {
            proptest::prop_assert_eq!(ends_sentence_by_bytes(&p), ends_sentence_read_through(&p), "{:?}", p);
        }
    }

    #[test]
    fn trim_agrees_with_str_trim() {
        for p in ENDINGS {
            for q in [
                p.to_string(),
                format!(" \u{a0}{p} x "),
                format!("\t{p}\u{2003}"),
            ] {
                let text = format!("ab{q}cd");
                let span = Span::new(2, 2 + q.len());
                let t = trim(&text, span);
                assert_eq!(&text.as_str()[t], q.trim(), "{q:?}");
                assert!(span.start <= t.start && t.start <= t.end && t.end <= span.end);
                if q.trim().is_empty() {
                    assert_eq!(t, Span::new(span.end, span.end), "{q:?}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn trim_line_trims_as_trim_does(
            s in "[ a.\t\n\r\u{b}\u{1c}\u{a0}\u{e9}\u{2003}]{0,12}",
            start in 0usize..14,
            len in 0usize..14,
        ) {
            let floor = |mut i: usize| {
                i = i.min(s.len());
                while !s.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            let start = floor(start);
            let span = Span::new(start, floor(start + len));
            proptest::prop_assert_eq!(trim_line(&s, span), trim(&s, span));
        }
    }

    /// `shown_earlier` the slow way: each candidate's prefix searched for
    /// before it.
    fn shown_earlier_naive(
        text: &str,
        paragraphs: &[Paragraph],
        candidates: &[usize],
    ) -> Vec<bool> {
        candidates
            .iter()
            .map(|&i| {
                let t = strip_wire_markup(text, paragraphs[i].span);
                t.len() >= TITLE_PREFIX && {
                    let prefix = &text.as_bytes()[t.start..t.start + TITLE_PREFIX];
                    text.as_bytes()[..t.start]
                        .windows(TITLE_PREFIX)
                        .any(|w| w == prefix)
                }
            })
            .collect()
    }

    #[test]
    fn shown_earlier_agrees_with_a_plain_search() {
        let text = "Ministers agree new trade rules at summit - News\n\nMenu\n\n\
            ^Ministers agree new trade rules<\n\nMinisters agree new trade rules at summit\n\n\
            Short one\n\nA title seen nowhere before this\n\nMinisters agree\n\n\
            A title seen nowhere before this line\n\nMenu\n\nministers agree new trade rules";
        let layout = Layout::new(text);
        let all: Vec<usize> = (0..layout.paragraphs.len()).rev().collect();
        let shown = shown_earlier(text, &layout.paragraphs, &all);
        assert_eq!(shown, shown_earlier_naive(text, &layout.paragraphs, &all));
        assert!(shown.iter().filter(|&&s| s).count() >= 3, "{shown:?}");
        // A window of the closest few, as the first check reads them.
        for few in all.chunks(3) {
            assert_eq!(
                shown_earlier(text, &layout.paragraphs, few),
                shown_earlier_naive(text, &layout.paragraphs, few)
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn shown_earlier_agrees_with_a_plain_search_on_any_page(
            head in "[MNab ^<]{0,40}",
            unit in "[Ma ^<]{1,5}",
            times in 0usize..24,
            spans in proptest::collection::vec((0usize..100, 0usize..40), 1..12),
        ) {
            // A page of few bytes, so that titles share first bytes, with
            // repeats of a short unit, so that copies are common, some of
            // them overlapping the title they repeat; paragraphs anywhere
            // on it, in any order, some of them wire markup.
            let page = head + &unit.repeat(times);
            let paragraphs: Vec<Paragraph> = spans
                .iter()
                .map(|&(start, len)| {
                    let start = start.min(page.len());
                    let end = (start + len).min(page.len());
                    Paragraph::unread(trim(&page, Span::new(start, end)))
                })
                .collect();
            let candidates: Vec<usize> = (0..paragraphs.len()).collect();
            proptest::prop_assert_eq!(
                shown_earlier(&page, &paragraphs, &candidates),
                shown_earlier_naive(&page, &paragraphs, &candidates)
            );
        }
    }

    /// `occurs_before` as `shown_before` read it before: the crate's
    /// substring search over the text before the prefix.
    fn occurs_before_by_memmem(bytes: &[u8], at: usize) -> bool {
        memchr::memmem::find(&bytes[..at], &bytes[at..at + TITLE_PREFIX]).is_some()
    }

    #[test]
    fn a_prefix_seen_earlier_is_found_as_memmem_finds_it() {
        // Copies that end exactly at the prefix, one byte short of it, one
        // that overlaps it, near misses in the last byte, and first bytes
        // seen often without a copy.
        let title = "Ministers agree new trade rules";
        let pages = [
            format!("{title}{title}"),
            format!("x{title}{title}"),
            format!("{}{title}", &title[..TITLE_PREFIX - 1]),
            format!("Ministers agree nEw\nMinisters agree new\n{title}"),
            format!("M M Mi Min Ministers agree ne{title}"),
            format!("MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM{title}"),
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".to_string(),
            "abababababababababababababababababababababab".to_string(),
        ];
        let mut found = 0;
        for page in &pages {
            let bytes = page.as_bytes();
            for at in 0..=bytes.len() - TITLE_PREFIX {
                let expected = occurs_before_by_memmem(bytes, at);
                assert_eq!(occurs_before(bytes, at), expected, "{page:?} {at}");
                found += usize::from(expected);
            }
        }
        assert!(found > 20, "{found}");
    }

    proptest::proptest! {
        #[test]
        fn occurs_before_agrees_with_memmem(
            head in "[ab ]{0,3}",
            unit in "[ab]{1,5}",
            times in 0usize..24,
            at in 0usize..40,
        ) {
            // Repeats of a short unit, so that copies (some ending right
            // at the prefix) are common.
            let page = head + &unit.repeat(times);
            let bytes = page.as_bytes();
            if at + TITLE_PREFIX <= bytes.len() {
                proptest::prop_assert_eq!(
                    occurs_before(bytes, at),
                    occurs_before_by_memmem(bytes, at)
                );
            }
        }
    }

    /// `pick_headline` as it was before the closest titles were checked
    /// first: the whole window read and checked at once.
    fn pick_headline_whole_window(
        text: &str,
        layout: &Layout,
        stats: &mut [Stats],
    ) -> Option<usize> {
        let region = story_region(text, &layout.paragraphs, stats);
        let lead = region.and_then(|(a, b)| (a..=b).find(|&i| stats[i].can_open_body()));
        let paragraphs = &layout.paragraphs;
        let end = lead.unwrap_or(paragraphs.len());
        let candidates: Vec<usize> = (0..end)
            .rev()
            .filter(|&i| stats[i].title_like(text, paragraphs[i].span))
            .take(HEADLINE_WINDOW)
            .collect();
        let shown = shown_earlier(text, paragraphs, &candidates);
        if let Some(k) = shown.iter().position(|&s| s) {
            return Some(candidates[k]);
        }
        unshown_pick(&candidates, stats, lead)
    }

    /// The stats as the layout reads them ([`stats_of`]), some paragraphs
    /// left uncounted, and the same stats with every paragraph counted.
    fn lazy_and_counted_stats(text: &str, layout: &Layout) -> (Vec<Stats>, Vec<Stats>) {
        let lazy = stats_of(text, layout);
        let mut counted = lazy.clone();
        for (s, p) in counted.iter_mut().zip(&layout.paragraphs) {
            s.count(text, p.span, true);
        }
        (lazy, counted)
    }

    /// The [`Stats`] of the paragraphs of `layout`, the layout of `text`,
    /// as [`Layout::new`] reads them, before any is counted on demand.
    fn stats_of(text: &str, layout: &Layout) -> Vec<Stats> {
        let spaces = shape::UnicodeSpaces::of(text);
        let markers = chrome::inside_markers(&layout.lower, layout.pieces.of(Owner::Chrome));
        let mut spaced = spaces.walk();
        let openers = chrome::ParagraphOpeners::get();
        let mut stats = Vec::new();
        let spaced = |s| spaced.within(s);
        let plain_page = lowercase_into(text.as_bytes(), &mut Vec::new()).plain;
        read_paragraphs(
            text,
            &layout.paragraphs,
            spaced,
            plain_page,
            openers,
            &mut stats,
        );
        let inner = |span| without_wire_caret(text, span);
        markers.mark(&layout.paragraphs, inner, |k| stats[k].chrome = true);
        stats
    }

    /// On every test story, the paragraphs [`chrome::Markers::mark`]
    /// marks are those the walk along the paragraphs, which the layout
    /// asked before, said yes to.
    #[test]
    fn markers_mark_the_paragraphs_the_walk_marked() {
        let mut marked_in_all = 0;
        for (path, text) in crate::test_stories::stories() {
            let layout = Layout::new(&text);
            let markers = chrome::inside_markers(&layout.lower, layout.pieces.of(Owner::Chrome));
            let inner = |span| without_wire_caret(&text, span);
            let mut marked = Vec::new();
            markers.mark(&layout.paragraphs, inner, |k| marked.push(k));
            let mut walk = chrome::MarkerWalk::new(&markers);
            let walked: Vec<usize> = (0..layout.paragraphs.len())
                .filter(|&k| walk.near_start(inner(layout.paragraphs[k].span)))
                .collect();
            assert_eq!(marked, walked, "{}", path.display());
            marked_in_all += marked.len();
        }
        if crate::test_stories::corpus_at_hand() {
            assert!(marked_in_all > 0);
        }
    }

    /// The story region, its lead and the headline are what they are with
    /// every paragraph's words counted up front, as they were before
    /// [`Stats::read_into`] left some uncounted, on every test story; the
    /// paragraphs counted on demand are counted right.
    #[test]
    fn uncounted_paragraphs_change_no_region_lead_or_headline() {
        let (mut paragraphs, mut uncounted) = (0, 0);
        for (path, text) in crate::test_stories::stories() {
            let layout = Layout::new(&text);
            let paragraphs_of = &layout.paragraphs;
            let (mut lazy, mut eager) = lazy_and_counted_stats(&text, &layout);
            paragraphs += lazy.len();
            uncounted += lazy.iter().filter(|s| !s.counted).count();
            let read = |stats: &mut Vec<Stats>| {
                let region = story_region(&text, paragraphs_of, stats);
                let lead = region.and_then(|(a, b)| (a..=b).find(|&i| stats[i].can_open_body()));
                let headline = pick_headline(&text, paragraphs_of, stats, lead);
                // The body's test, which reads the endings, from the lead on.
                let body: Vec<bool> = match (region, lead) {
                    (Some((_, last)), Some(lead)) => {
                        stats[lead..=last].iter().map(Stats::is_body_text).collect()
                    }
                    _ => Vec::new(),
                };
                (region, lead, headline, body)
            };
            assert_eq!(read(&mut lazy), read(&mut eager), "{}", path.display());
            for (l, e) in lazy.iter().zip(&eager) {
                if l.counted {
                    assert_eq!(l.words, e.words, "{}", path.display());
                }
            }
        }
        if crate::test_stories::corpus_at_hand() {
            assert!(uncounted * 5 > paragraphs, "{uncounted} of {paragraphs}");
        }
    }

    /// A paragraph's ending, left unread at [`LEAD_UNENDED_WORDS`] words
    /// or more ([`Stats::ending_read`]), changes no answer of the tests
    /// that read it: on every test story, each paragraph counted has the
    /// same weight, opens the body and is body text just as it does with
    /// its ending read whatever its count; and some long paragraphs do end
    /// a sentence, whose ending is now left unread.
    #[test]
    fn endings_left_unread_change_no_test_of_a_paragraph() {
        let mut unread_endings = 0;
        for (path, text) in crate::test_stories::stories() {
            let layout = Layout::new(&text);
            let (_, counted) = lazy_and_counted_stats(&text, &layout);
            for (s, p) in counted.iter().zip(&layout.paragraphs) {
                let inner = without_wire_caret(&text, p.span);
                let read = Stats {
                    sentence: ends_sentence_at(&text, inner),
                    ..*s
                };
                if read.sentence && !s.sentence {
                    assert!(!Stats::ending_read(s.words), "{}", path.display());
                    unread_endings += 1;
                }
                let answers = |s: &Stats| (story_weight(s), s.can_open_body(), s.is_body_text());
                assert_eq!(answers(s), answers(&read), "{}", path.display());
            }
        }
        assert!(unread_endings > 0);
    }

    /// The story region opens at its lead, the first of its paragraphs
    /// that can open the story, on every test story: [`Layout::new`] takes
    /// the region's first paragraph for the lead without searching the
    /// region for it.
    #[test]
    fn the_story_region_opens_at_its_lead() {
        let mut regions = 0;
        for (path, text) in crate::test_stories::stories() {
            let layout = Layout::new(&text);
            let mut stats = stats_of(&text, &layout);
            let Some((first, last)) = story_region(&text, &layout.paragraphs, &mut stats) else {
                continue;
            };
            regions += 1;
            let lead = (first..=last).find(|&i| stats[i].can_open_body());
            assert_eq!(lead, Some(first), "{}", path.display());
        }
        assert!(regions > 0);
    }

    /// The losses of a footer's menus count in [`settled`]'s bound: short
    /// paragraphs that may end a sentence, each among menus that weigh
    /// more than it can, do not keep the story region's loop counting to
    /// the end of the page (summing their bounds alone, it counted all).
    #[test]
    fn menus_between_short_sentences_settle_the_region() {
        const PROSE: &str = "The minister said on Tuesday that the talks \
                             would resume next week after a short pause in the capital.";
        let mut pieces = vec![PROSE, PROSE];
        for _ in 0..10 {
            pieces.extend(["Home", "World News", "Share this", "Tags", "He left."]);
        }
        pieces.push("Contact us");
        let text = pieces.join("\n\n");
        let layout = Layout::new(&text);
        let (mut lazy, mut eager) = lazy_and_counted_stats(&text, &layout);
        let region = story_region(&text, &layout.paragraphs, &mut lazy);
        assert_eq!(region, Some((0, 1)));
        assert_eq!(region, story_region(&text, &layout.paragraphs, &mut eager));
        let uncounted = lazy[2..].iter().filter(|s| !s.counted).count();
        assert!(uncounted > 40, "{uncounted}");
    }

    /// The story region with its loop stopped once the paragraphs left
    /// cannot make up the run's loss ([`settled`]) is the region found
    /// with every paragraph counted, on pages of prose, footer menus and
    /// short sentences that could lift a run again (and wire carets, one
    /// ending a sentence inside its closing marks).
    #[test]
    fn a_settled_region_is_the_region_with_every_paragraph_counted() {
        const PROSE: &str = "The minister said on Tuesday that the talks \
                             would resume next week after a short pause in the capital.";
        const PIECES: &[&str] = &[
            PROSE,
            "Home",
            "World News",
            "Share this",
            "He left.",
            "It was over!",
            "Why now?",
            "\u{201c}No.\u{201d}",
            "^Late news<",
            "^It ended.<",
            "Related Stories",
            "Tags: politics",
        ];
        let mut settled_pages = 0;
        let mut runner = proptest::test_runner::TestRunner::default();
        let pages = proptest::collection::vec(0..PIECES.len(), 1..60);
        for _ in 0..400 {
            let picks = proptest::strategy::ValueTree::current(
                &proptest::strategy::Strategy::new_tree(&pages, &mut runner).unwrap(),
            );
            let text = picks
                .iter()
                .map(|&k| PIECES[k])
                .collect::<Vec<_>>()
                .join("\n\n");
            let layout = Layout::new(&text);
            let paragraphs = &layout.paragraphs;
            let (mut lazy, mut eager) = lazy_and_counted_stats(&text, &layout);
            let region = story_region(&text, paragraphs, &mut lazy);
            assert_eq!(
                region,
                story_region(&text, paragraphs, &mut eager),
                "{text:?}"
            );
            assert_eq!(
                region,
                story_region_with_an_optional_run(&eager),
                "{text:?}"
            );
            let last = region.map_or(0, |(_, b)| b);
            settled_pages += usize::from(lazy[last..].iter().any(|s| !s.counted));
        }
        // The loop does stop early on some of them.
        assert!(settled_pages > 20, "{settled_pages}");
    }

    /// A short wire line after a menu, ending a sentence inside its
    /// closing marks (`^It ended.<`), is body text that can lift the run
    /// again: [`settled`] reads its caret, not only its last byte ('<'),
    /// and does not stop the region before it.
    #[test]
    fn a_wire_line_ending_a_sentence_keeps_the_region_open() {
        let prose = "The minister said on Tuesday that the talks would resume \
                     next week after a short pause in the capital.";
        let text = [prose, "Home", "^It ended.<", "^It ended.<"].join("\n\n");
        let layout = Layout::new(&text);
        let (mut lazy, mut eager) = lazy_and_counted_stats(&text, &layout);
        let region = story_region(&text, &layout.paragraphs, &mut lazy);
        assert_eq!(region, Some((0, 3)));
        assert_eq!(region, story_region(&text, &layout.paragraphs, &mut eager));
    }

    /// The footer's menus after a story are left uncounted once they
    /// settle the region, but a short sentence after them that could make
    /// up the loss keeps them counted, as far as its bytes allow.
    #[test]
    fn footer_menus_settle_the_region_unless_a_sentence_follows() {
        let prose = "The minister said on Tuesday that the talks would resume \
                     next week after a short pause in the capital.";
        let menus = ["Home", "World", "Business", "Sport", "Contact us"].join("\n\n");
        let read = |text: &str| {
            let layout = Layout::new(text);
            let mut stats = stats_of(text, &layout);
            let region = story_region(text, &layout.paragraphs, &mut stats);
            let uncounted = stats.iter().filter(|s| !s.counted).count();
            (region, uncounted)
        };
        let story = [prose; 3].join("\n\n");
        // Story, menus: the menus after the first cannot make up a loss.
        assert_eq!(read(&format!("{story}\n\n{menus}")), (Some((0, 2)), 4));
        // A sentence after the menus might: they are counted.
        let (region, uncounted) = read(&format!("{story}\n\n{menus}\n\nThey met in Rome, too."));
        assert_eq!(region, Some((0, 2)));
        assert_eq!(uncounted, 0);
        // A shorter one can make up less (8 bytes, at most 5 words): the
        // last menu and it are left uncounted once the loss passes that.
        let (region, uncounted) = read(&format!("{story}\n\n{menus}\n\nHe left."));
        assert_eq!(region, Some((0, 2)));
        assert_eq!(uncounted, 2);
    }

    /// A paragraph whose reading [`Stats::read_into`] deferred is read on
    /// demand as the loop would have read it: chrome by its opening or a
    /// caption, a closing heading or credit by its opening and words, its
    /// words those `split_whitespace` counts; a chrome marker's mark stays.
    #[test]
    fn deferred_paragraphs_are_read_as_the_loop_read_them() {
        /// Checks each deferred paragraph of `text`; how many there are,
        /// how many are chrome, how many end the story.
        fn check(text: &str, name: &str) -> (usize, usize, usize) {
            let (mut deferred, mut chrome, mut heading) = (0, 0, 0);
            let layout = Layout::new(text);
            let stats = stats_of(text, &layout);
            for (s, p) in stats.iter().zip(&layout.paragraphs) {
                let inner = without_wire_caret(text, p.span);
                let bytes = &text.as_bytes()[inner.start..inner.end];
                // The loop leaves exactly the short paragraphs unread.
                let short = bytes.len() < LEAD_MIN_BYTES;
                assert_eq!(s.opening_unread(inner), short, "{name}: {:?}", &text[inner]);
                if !short {
                    continue;
                }
                deferred += 1;
                let words = text[inner].split_whitespace().count();
                let opened = chrome::ParagraphOpeners::get().openings(bytes);
                let mut read = *s;
                read.count(text, p.span, true);
                let shown = &text[inner];
                assert!(
                    read.counted && !read.opening_unread(inner),
                    "{name}: {shown:?}"
                );
                assert_eq!(read.words, words, "{name}: {shown:?}");
                let is_chrome = s.chrome || chrome::is_chrome(bytes, opened);
                assert_eq!(read.chrome, is_chrome, "{name}: {shown:?}");
                let ends = chrome::ends_story(words, opened);
                assert_eq!(read.ends_story, ends, "{name}: {shown:?}");
                chrome += usize::from(read.chrome);
                heading += usize::from(read.ends_story);
            }
            (deferred, chrome, heading)
        }
        let page = "Home\n\nRelated Stories\n\n\
            The two leaders met at the border on Friday for the first time in a year, officials said.\n\n\
            Advertisement\n\n1of4 Caption\n\nMore from us\n\nTags: politics\n\n\
            Most read stories of all the week long here\n";
        let (deferred, chrome, heading) = check(page, "page");
        // "Home", "Related Stories", "Advertisement", "1of4 Caption",
        // "More from us", "Tags: politics"; the last line is long enough
        // to be read in the loop.
        assert_eq!((deferred, chrome, heading), (6, 2, 3));
        for (path, text) in crate::test_stories::stories() {
            check(&text, &path.display().to_string());
        }
    }

    /// The headline's text as `pick_headline` picks it on `text`, once it
    /// is checked to be the pick of the search over the whole window
    /// (`context` names the page when it is not).
    fn headline_checked_against_whole_window<'t>(text: &'t str, context: &str) -> Option<&'t str> {
        let layout = Layout::new(text);
        let mut stats = stats_of(text, &layout);
        let region = story_region(text, &layout.paragraphs, &mut stats);
        let lead = region.and_then(|(a, b)| (a..=b).find(|&i| stats[i].can_open_body()));
        let mut whole_window_stats = stats.clone();
        let picked = pick_headline(text, &layout.paragraphs, &mut stats, lead);
        assert_eq!(
            picked,
            pick_headline_whole_window(text, &layout, &mut whole_window_stats),
            "{context}"
        );
        picked.map(|h| &text[layout.paragraphs[h].span])
    }

    #[test]
    fn closest_titles_first_pick_as_the_whole_window_does() {
        let titles: Vec<String> = (0..80)
            .map(|k| format!("Title number {k} of the menu on this page"))
            .collect();
        let lead = "The two leaders met at the border on Friday for the first time in a year, officials said.";
        for shown in [None, Some(3), Some(7), Some(8), Some(12), Some(70)] {
            for count in [1, 5, 8, 9, 20, 80] {
                let mut page = String::new();
                if let Some(k) = shown.filter(|&k| k < count) {
                    page.push_str(&titles[count - 1 - k]);
                    page.push_str(" - Example News\n\n");
                }
                for t in &titles[..count] {
                    page.push_str(t);
                    page.push_str("\n\n");
                }
                for body in [true, false] {
                    let text = if body {
                        format!("{page}{lead}")
                    } else {
                        page.clone()
                    };
                    headline_checked_against_whole_window(
                        &text,
                        &format!("{shown:?} {count} {body}"),
                    );
                }
            }
        }
    }

    #[test]
    fn titles_past_the_closest_pick_as_the_whole_window_does() {
        // Titles of two words (none of the closest then settles the
        // unshown pick) or of five, with paragraphs between them that are
        // shown earlier but are no titles (a sentence, a single word), so
        // that the search for copies finds paragraphs the title test turns
        // down, nearer than the shown title and farther than it.
        let lead = "The two leaders met at the border on Friday for the first time in a year, officials said.";
        let noise = "Share this story with your friends and family today.";
        let word = "Subscriptionsandnewsletters";
        for two_words in [false, true] {
            let title = |k: usize| {
                if two_words {
                    let (a, b) = (
                        char::from(b'A' + (k / 26) as u8),
                        char::from(b'a' + (k % 26) as u8),
                    );
                    format!("{a}{b}ternational Headlines")
                } else {
                    format!("Title number {k} of the menu")
                }
            };
            for shown in [
                None,
                Some(2),
                Some(8),
                Some(9),
                Some(30),
                Some(55),
                Some(60),
            ] {
                for count in [9, 20, 40, 70] {
                    for gap in [0, 1, 3] {
                        let mut page = format!("{noise}\n\n{word}\n\n");
                        if let Some(k) = shown.filter(|&k| k < count) {
                            page.push_str(&title(count - 1 - k));
                            page.push_str(" - Example News\n\n");
                        }
                        for k in 0..count {
                            page.push_str(&title(k));
                            page.push_str("\n\n");
                            for g in 0..gap {
                                page.push_str(if (k + g) % 2 == 0 { noise } else { word });
                                page.push_str("\n\n");
                            }
                        }
                        for body in [true, false] {
                            let text = if body {
                                format!("{page}{lead}")
                            } else {
                                page.clone()
                            };
                            let context = format!("{two_words} {shown:?} {count} {gap} {body}");
                            let picked = headline_checked_against_whole_window(&text, &context);
                            if let Some(k) = shown.filter(|&k| k < count && body) {
                                let expected = (k < HEADLINE_WINDOW).then(|| title(count - 1 - k));
                                if expected.is_some() {
                                    assert_eq!(picked, expected.as_deref(), "{context}");
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The paragraphs as the lines were grouped before each line was
    /// trimmed once: blank lines by their characters, the wrap test on each
    /// pair of lines trimmed anew.
    fn paragraphs_line_by_line(text: &str) -> Vec<Span> {
        let blank = |l: Span| text[l].chars().all(char::is_whitespace);
        let lines = plain_split(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            if blank(lines[i]) {
                i += 1;
                continue;
            }
            let from = i;
            while i < lines.len() && !blank(lines[i]) {
                i += 1;
            }
            let run = &lines[from..i];
            let wrapped = run.windows(2).any(|w| {
                let a = text[w[0]].trim_end();
                let b = text[w[1]].trim_start();
                a.chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphabetic() || c == ',')
                    && b.chars()
                        .next()
                        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
                    && a.len() >= 40
            });
            if wrapped {
                let mut wrapped = Vec::new();
                wrap_line_by_line(text, run, &mut wrapped);
                out.extend(wrapped.iter().map(|p| p.span));
            } else {
                out.extend(
                    run.iter()
                        .map(|&l| text[l].trim())
                        .map(|t| Span::of(text, t).unwrap()),
                );
            }
        }
        out
    }

    fn wrap_line_by_line(text: &str, run: &[Span], out: &mut Vec<Paragraph>) {
        let indent = |l: Span| text[l].len() - text[l].trim_start().len();
        let base = run.iter().map(|&l| indent(l)).min().unwrap_or(0);
        let width = run
            .iter()
            .map(|&l| text[l].trim_end().len())
            .max()
            .unwrap_or(0);
        let mut open: Option<Span> = None;
        let mut prev_short = false;
        for &l in run {
            let starts_new = indent(l) > base || prev_short;
            if starts_new && let Some(p) = open.take() {
                out.push(Paragraph::unread(trim(text, p)));
            }
            open = Some(match open {
                Some(p) => Span::new(p.start, l.end),
                None => l,
            });
            let len = text[l].trim().len();
            prev_short = len * 10 < width * 6 && ends_sentence(text[l].trim_end());
        }
        if let Some(p) = open {
            out.push(Paragraph::unread(trim(text, p)));
        }
    }

    #[test]
    fn paragraphs_agree_with_the_line_by_line_grouping() {
        let texts = [
            "",
            "\n\n  \n",
            "One line",
            "Title\r\n\r\nFirst line\r\nSecond line\r\n \u{a0}\r\nLast",
            "SHIPS COLLIDE\n\n    PORT CITY, March 19 - Two ships collided off the\n\
             coast early on Thursday, the port authority said, and\nno one was hurt.\n    \
             The ships were carrying grain to the south and\nwill be towed into port.\n REUTER\n",
            "\u{a0}Leading no-break space\u{3000}\n\u{2003}\n\tTabbed line, which runs on past forty bytes,\n\
             and goes on here\n\n",
            "A line ending in a comma, long enough to count as wrapped,\n2 goes on\nÉcrit\n",
        ];
        for text in texts {
            let now: Vec<Span> = split_page(text).paragraphs.iter().map(|p| p.span).collect();
            assert_eq!(now, paragraphs_line_by_line(text), "{text:?}");
        }
    }

    /// The text of each paragraph [`split_page`] finds, in order.
    fn paragraph_texts(text: &str) -> Vec<&str> {
        let page = split_page(text);
        page.paragraphs.iter().map(|p| &text[p.span]).collect()
    }

    /// Lines alone in their runs get their paragraphs written in bulk, at
    /// the next longer run and at the end of the page: the paragraphs still
    /// come in the order of the page.
    #[test]
    fn lone_lines_keep_their_place_among_longer_runs() {
        let text = "Home\n\n World \n\nFirst of two\nSecond of two\n\nLone\r\n\r\n\
                    Run of two\r\nends here\n\nLast\n\n Final ";
        assert_eq!(
            paragraph_texts(text),
            [
                "Home",
                "World",
                "First of two",
                "Second of two",
                "Lone",
                "Run of two",
                "ends here",
                "Last",
                "Final"
            ]
        );
    }

    /// Unwrapped runs are left on the list with the lone lines and written
    /// with them when a hard-wrapped run ends or the page does: the
    /// wrapped run's joined paragraph still comes between them in order.
    #[test]
    fn unwrapped_runs_wait_for_the_next_wrapped_run_in_order() {
        let text = "Home\n\nFirst of two\nSecond of two\n\n\
                    The ships were carrying grain to the south and\nwill be towed into port.\n\n\
                    After\nthe wrap\n\nLast";
        assert_eq!(
            paragraph_texts(text),
            [
                "Home",
                "First of two",
                "Second of two",
                "The ships were carrying grain to the south and\nwill be towed into port.",
                "After",
                "the wrap",
                "Last"
            ]
        );
    }

    proptest::proptest! {
        /// Lines and paragraphs found in one pass agree with the lines
        /// split apart and grouped line by line, on runs of lines long and
        /// short enough for the wrap test to say yes and no.
        #[test]
        fn one_pass_agrees_with_the_line_by_line_grouping(
            text in "([a-z]{0,3}[A-Za-z ,.\u{a0}\t]{0,50}[a-z,]?(\r?\n){1,2}){0,8}[a-z .]{0,3}"
        ) {
            let Page { lines, paragraphs } = split_page(&text);
            let now: Vec<Span> = paragraphs.iter().map(|p| p.span).collect();
            proptest::prop_assert_eq!(now, paragraphs_line_by_line(&text));
            let (lines, nonblank) = both_spans(&lines);
            proptest::prop_assert_eq!(&lines, &nonblank_plain_split(&text));
            proptest::prop_assert_eq!(nonblank, trimmed_nonblank(&text, &lines));
            // Paragraphs are trimmed: bylines read them without a trim.
            for p in &paragraphs {
                proptest::prop_assert_eq!(trim_line(&text, p.span), p.span);
            }
        }

        /// Runs of lines long enough for the wrap test, opening and closing
        /// with letters in and outside ASCII, digits, commas and stops, are
        /// grouped as the line-by-line grouping reads their characters; and
        /// lines around six tenths of the widest are told short as it tells
        /// them.
        #[test]
        fn wrap_test_reads_line_ends_as_the_line_by_line_grouping(
            text in "([aZ7éÉ日’“ ]?[a-z ]{20,50}[aZ7éÉ日’”,. ]?\n){1,6}"
        ) {
            let now: Vec<Span> = split_page(&text).paragraphs.iter().map(|p| p.span).collect();
            proptest::prop_assert_eq!(now, paragraphs_line_by_line(&text));
        }

        /// Lines that open or close with a character outside ASCII, a
        /// Unicode space or not, are trimmed as the trim has them.
        #[test]
        fn lines_with_ends_outside_ascii_are_trimmed_as_the_trim_has_them(
            text in "([“”’é日\u{a0}\u{85}\u{1680}\u{2003}\u{2029}\u{205f}\u{3000}a ]{0,3}[a-z ]{0,5}[“”’é日\u{a0}\u{85}\u{1680}\u{2003}\u{2029}\u{205f}\u{3000}a ]{0,3}(\r?\n){1,2}){0,8}"
        ) {
            let Page { lines, paragraphs } = split_page(&text);
            let (lines, nonblank) = both_spans(&lines);
            proptest::prop_assert_eq!(&lines, &nonblank_plain_split(&text));
            proptest::prop_assert_eq!(nonblank, trimmed_nonblank(&text, &lines));
            let now: Vec<Span> = paragraphs.iter().map(|p| p.span).collect();
            proptest::prop_assert_eq!(now, paragraphs_line_by_line(&text));
        }
    }

    proptest::proptest! {
        /// The lines are the non-blank ones of a plain split of the page at
        /// '\n' (a '\r' before it left out), with either line-break search, on
        /// lines short and long enough for every path of the vector code.
        #[test]
        fn lines_are_found_as_a_plain_split_finds_them(
            lines in proptest::collection::vec(
                (0usize..200, "[a \r\u{a0}]{0,3}", "\r?\n"),
                0..12,
            ),
            last in "[a\r\n]{0,3}",
        ) {
            let mut text = String::new();
            for (plain, end, line_break) in &lines {
                text.push_str(&"a".repeat(*plain));
                text.push_str(end);
                text.push_str(line_break);
            }
            text.push_str(&last);
            let plain = nonblank_plain_split(&text);
            proptest::prop_assert_eq!(&split_lines(&text), &plain);
            let by_memchr = split_page_with(&text, Page::default(), |rest| memchr::memchr(b'\n', rest));
            proptest::prop_assert_eq!(&both_spans(&by_memchr.lines).0, &plain);
        }
    }

    /// [`story_region`] as it was written before its run was kept in plain
    /// variables: the run an `Option`, matched at each paragraph.
    fn story_region_with_an_optional_run(stats: &[Stats]) -> Option<(usize, usize)> {
        let mut best: Option<(i64, usize, usize)> = None;
        let mut run: Option<(i64, usize)> = None;
        for (i, s) in stats.iter().enumerate() {
            let w = story_weight(s);
            run = match run {
                Some((sum, start)) if sum > 0 => Some((sum + w, start)),
                _ if s.can_open_body() => Some((w, i)),
                _ => None,
            };
            if let Some((sum, start)) = run
                && best.is_none_or(|(b, _, _)| sum > b)
            {
                best = Some((sum, start, i));
            }
        }
        best.map(|(_, a, b)| (a, b))
    }

    proptest::proptest! {
        /// The story region is the one the run kept as an `Option` finds,
        /// over pages of prose, chrome and closing headings, ties included,
        /// and opens at its lead.
        #[test]
        fn story_region_agrees_with_an_optional_run(
            paragraphs in proptest::collection::vec(
                (0usize..45, proptest::bool::ANY, proptest::bool::weighted(0.3), proptest::bool::weighted(0.05)),
                0..40,
            )
        ) {
            let mut stats: Vec<Stats> = paragraphs
                .iter()
                .map(|&(words, sentence, chrome, ends_story)| Stats {
                    words,
                    counted: true,
                    sentence,
                    chrome,
                    ends_story,
                    ..Stats::default()
                })
                .collect();
            let region = story_region("", &[], &mut stats);
            proptest::prop_assert_eq!(region, story_region_with_an_optional_run(&stats));
            // Its first paragraph is its lead ([`Layout::new`]).
            if let Some((first, last)) = region {
                let lead = (first..=last).find(|&i| stats[i].can_open_body());
                proptest::prop_assert_eq!(lead, Some(first));
            }
        }
    }

    /// The lines of `text` as a plain split at '\n' has them, each without
    /// the '\r' before its break (a '\r' that ends the text is kept).
    fn plain_split(text: &str) -> Vec<Span> {
        let mut lines = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            let kept = line
                .strip_suffix('\r')
                .filter(|_| at + line.len() < text.len());
            lines.push(Span::new(at, at + kept.unwrap_or(line).len()));
            at += line.len() + 1;
        }
        lines
    }

    /// The lines of [`plain_split`] that hold more than white space, as the
    /// page split keeps them.
    fn nonblank_plain_split(text: &str) -> Vec<Span> {
        plain_split(text)
            .into_iter()
            .filter(|&l| !text[l].trim().is_empty())
            .collect()
    }

    /// The untrimmed spans of `lines` and their trimmed ones, in two lists.
    fn both_spans(lines: &[Line]) -> (Vec<Span>, Vec<Span>) {
        lines.iter().map(|l| (l.span, l.trimmed)).unzip()
    }

    /// The non-blank lines as the page split should give them: `lines`
    /// trimmed, blank ones left out.
    fn trimmed_nonblank(text: &str, lines: &[Span]) -> Vec<Span> {
        lines
            .iter()
            .map(|&l| trim_line(text, l))
            .filter(|t| !t.is_empty())
            .collect()
    }

    #[test]
    fn lines_agree_with_a_plain_split() {
        for text in [
            "",
            "\n",
            "\n\n\n",
            "a",
            "a\n",
            "\na\n\nb\r\n\r\n\rc\n\n",
            "Title\r\n\r\nFirst line\r\nSecond\n\n\nLast\r",
            // The '\r' is looked for only where the trim stops short of
            // the break: after spaces, after a no-break space; blank lines,
            // with or without one, are left out.
            "a \r\n \r\n\t\r\nb\t\r\n\u{a0}\r\nc\u{a0}\r\n\r\r\nd\r",
        ] {
            assert_eq!(split_lines(text), nonblank_plain_split(text), "{text:?}");
        }
    }

    #[test]
    fn repeats_marked_as_a_comparison_of_every_paragraph_marks_them() {
        let text = "Leaders meet at border\n\n• Leaders meet at border\n\n\u{a0}· Leaders meet at border\n\n\
            Two Leaders meet at border\n\nleaders meet at border\n\n•• Leaders meet at border\n\n\
            Menu\n\nLeaders meet at border\n\n\
            The two leaders met at the border on Friday for the first time in a year, officials said.";
        let layout = Layout::new(text);
        let h = layout
            .paragraphs
            .iter()
            .rposition(|p| p.role == Role::Headline)
            .unwrap();
        let title = &text[layout.headline.unwrap()];
        for p in &layout.paragraphs[..h] {
            let s = text[p.span]
                .trim_start_matches(|c: char| c.is_whitespace() || c == '•' || c == '·')
                .trim_end();
            assert_eq!(p.role == Role::Headline, s == title, "{:?}", &text[p.span]);
        }
        let marked = layout.paragraphs[..h]
            .iter()
            .filter(|p| p.role == Role::Headline)
            .count();
        assert_eq!(marked, 4);
    }

    proptest::proptest! {
        /// Counting ASCII blocks at a time stops where reading character
        /// by character does.
        #[test]
        fn count_words_counts_as_split_whitespace_does(
            ascii in "([a-z]{0,9}[ \t\n\u{b}]{0,3}){0,60}",
            rest in "([a-z]{0,9}[ \t\n\u{b}\u{a0}\u{2003}é]{0,3}){0,20}",
            most in 0usize..80,
        ) {
            for s in [ascii.clone(), format!("{ascii}{rest}"), format!("{rest}{ascii}{rest}")] {
                proptest::prop_assert_eq!(count_words(&s, most), s.split_whitespace().take(most).count());
            }
        }
    }

    /// The copy tells the page's highest byte, and whether its only bytes
    /// below 0x20 are line breaks.
    #[test]
    fn lowercase_copy_tells_the_highest_byte() {
        let long = "Plain ASCII copy, long enough for whole vector blocks. ".repeat(9);
        let pages = [
            String::new(),
            "a".to_string(),
            "MiXeD Case\r\n\t~\u{7f}".to_string(),
            long.clone(),
            format!("{long}\u{a0}"),
            format!("\u{a0}{long}"),
            format!("{long}Caf\u{e9} {long}"),
            "\u{3000}".to_string(),
            "\u{1F600}".to_string(),
            format!("{long}\n\n{long}\n"),
            format!("{long}\n{long}\r\n"),
            format!("{long}\n\t{long}"),
            format!("{long}\u{1f}{long}"),
            format!("{long}\u{b}"),
        ];
        for page in &pages {
            let mut lower = Vec::new();
            let PageBytes { highest, plain } = lowercase_into(page.as_bytes(), &mut lower);
            assert_eq!(highest, page.bytes().max().unwrap_or(0), "{page:?}");
            let only_breaks = page.bytes().all(|b| b == b'\n' || b >= b' ');
            assert_eq!(plain, only_breaks, "{page:?}");
            assert_eq!(lower, page.to_ascii_lowercase().into_bytes(), "{page:?}");
        }
    }

    /// The copy lowercases every byte as `to_ascii_lowercase` does.
    #[test]
    fn lowercase_copy_agrees_for_every_byte() {
        let every: Vec<u8> = (0..=u8::MAX).collect();
        let mut lower = Vec::new();
        lowercase_into(&every, &mut lower);
        assert_eq!(lower, every.to_ascii_lowercase());
    }

    #[test]
    fn empty_and_blank_text() {
        assert!(Layout::new("").headline.is_none());
        assert!(Layout::new("\n\n  \n").body().next().is_none());
    }
}
