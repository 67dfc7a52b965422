//! Date expressions in the story, resolved against the story's own date.
//!
//! One pass tokenizes each headline and body paragraph; at each token a
//! handful of local patterns are tried ("Aug. 15, 2019", "last week", "two
//! days ago", "the third quarter"), each looking at most a few tokens ahead
//! and, for tense, at most a sentence's worth of words around. Values follow
//! TimeML:
//!
//! - a weekday named in news points back from the story's date (on or before
//!   it) unless the clause is in the future ("will visit on Monday", "next
//!   Monday"), judged by the nearest tense cue before the date (a modal, a
//!   verb in "-ed", "said", "plans") or else the first verb after it;
//! - a month or day without a year is taken in the nearest year, a guessed
//!   tense settling only dates more than two months away, with a lean to the
//!   past; "last April" is strictly before the story's month;
//! - "a year earlier", "year-ago", "the quarter" refer to the reporting
//!   quarter last named in the story (a results story's period), else to the
//!   story's year; "that day", "the following year" to the last date named;
//! - stamps ("Updated: Aug. 15, 2019") and copyright years are not the story's.
//!
//! With no anchor, only expressions that carry their own year are kept.

mod gate;
mod lexicon;
mod opener_words;
mod table;
mod token;
mod trigger_words;

use time::{Date, Duration, Month};

use crate::Span;
use crate::layout::{Layout, Role};
use crate::quote::{Cut, Segment};
pub(crate) use gate::SHORTEST_ANY_TRIGGER;
use lexicon::{Entry, Footing, Index, List};
pub(crate) use opener_words::OPENER_WORDS;
use table::{Holiday, MonthForm, Opener};
use token::{Kind, Tok, UNSEEN, tokenize, tokenize_from_cut};
pub(crate) use trigger_words::{TRIGGER_WORDS, YEAR_TRIGGER_WORDS};

/// A resolved date value, as TimeML writes it: "2019-08-15", "2019-04",
/// "2019", "2019-W32", "2019-Q3", "199" (the 1990s), "2019-SU",
/// "2019-08-15TMO", "2013-03-22T10:30".
///
/// # Examples
///
/// ```
/// use newswire::DateValue;
///
/// assert_eq!(DateValue::Quarter(2019, 3).to_string(), "2019-Q3");
/// assert_eq!(DateValue::Decade(199).to_string(), "199");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateValue {
    /// A calendar day.
    Day(Date),
    /// A month of a year.
    Month(i32, u8),
    /// A year.
    Year(i32),
    /// An ISO week of a year.
    Week(i32, u8),
    /// The weekend of an ISO week: "2019-W32-WE".
    Weekend(i32, u8),
    /// A quarter (1 to 4) of a year.
    Quarter(i32, u8),
    /// A half (1 or 2) of a year.
    Half(i32, u8),
    /// A season of a year.
    Season(i32, Season),
    /// A decade, written as its years' first three digits: 199 is the 1990s.
    Decade(i32),
    /// A century, written as its years' first two digits: 19 is the 20th
    /// century.
    Century(i32),
    /// A part of a day: "2019-08-15TNI".
    PartOfDay(Date, PartOfDay),
    /// A clock time on a day, hours 0 to 23 and minutes.
    Time(Date, u8, u8),
    /// A clock time in universal time: "2013-03-22T10:30Z".
    UtcTime(Date, u8, u8),
}

/// A season, as TimeML codes it (SP, SU, FA, WI).
///
/// # Examples
///
/// ```
/// use newswire::{DateValue, Season};
///
/// assert_eq!(DateValue::Season(2019, Season::Fall).to_string(), "2019-FA");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Season {
    /// "SP".
    Spring,
    /// "SU".
    Summer,
    /// "FA".
    Fall,
    /// "WI".
    Winter,
}

/// A part of a day, as TimeML codes it (MO, AF, EV, NI).
///
/// # Examples
///
/// ```
/// use newswire::{DateValue, PartOfDay};
///
/// let day = time::Date::from_calendar_date(2019, time::Month::August, 15).unwrap();
/// assert_eq!(DateValue::PartOfDay(day, PartOfDay::Night).to_string(), "2019-08-15TNI");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PartOfDay {
    /// "TMO".
    Morning,
    /// "TAF".
    Afternoon,
    /// "TEV".
    Evening,
    /// "TNI".
    Night,
}

impl Season {
    fn from_index(i: u8) -> Season {
        match i {
            0 => Season::Spring,
            1 => Season::Summer,
            2 => Season::Fall,
            _ => Season::Winter,
        }
    }

    pub(crate) fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

impl PartOfDay {
    fn from_index(i: u8) -> PartOfDay {
        match i {
            0 => PartOfDay::Morning,
            1 => PartOfDay::Afternoon,
            2 => PartOfDay::Evening,
            _ => PartOfDay::Night,
        }
    }

    pub(crate) fn code(self) -> &'static str {
        match self {
            PartOfDay::Morning => "MO",
            PartOfDay::Afternoon => "AF",
            PartOfDay::Evening => "EV",
            PartOfDay::Night => "NI",
        }
    }
}

fn write_day(f: &mut core::fmt::Formatter<'_>, d: Date) -> core::fmt::Result {
    write!(f, "{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

impl core::fmt::Display for DateValue {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match *self {
            DateValue::Day(d) => write_day(f, d),
            DateValue::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            DateValue::Year(y) => write!(f, "{y:04}"),
            DateValue::Week(y, w) => write!(f, "{y:04}-W{w:02}"),
            DateValue::Weekend(y, w) => write!(f, "{y:04}-W{w:02}-WE"),
            DateValue::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            DateValue::Half(y, h) => write!(f, "{y:04}-H{h}"),
            DateValue::Season(y, s) => write!(f, "{y:04}-{}", s.code()),
            DateValue::Decade(d) => write!(f, "{d:03}"),
            DateValue::Century(c) => write!(f, "{c:02}"),
            DateValue::PartOfDay(d, p) => {
                write_day(f, d)?;
                write!(f, "T{}", p.code())
            }
            DateValue::Time(d, h, m) => {
                write_day(f, d)?;
                write!(f, "T{h:02}:{m:02}")
            }
            DateValue::UtcTime(d, h, m) => {
                write_day(f, d)?;
                write!(f, "T{h:02}:{m:02}Z")
            }
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for DateValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::ser::date_value(self, s)
    }
}

/// A date expression in the text with its resolved value.
///
/// # Examples
///
/// ```
/// let day = time::Date::from_calendar_date(2019, time::Month::August, 16).unwrap();
/// let article = newswire::Parser::new().reference_date(day).parse(
///     "Talks end\n\nThe two leaders met on Thursday, the first time since a summit in April.",
/// );
/// let found: Vec<String> = article.dates.iter().map(|d| d.value.to_string()).collect();
/// assert_eq!(found, ["2019-08-15", "2019-04"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DateMention<'a> {
    /// The expression as written: "on Thursday", "in April of last year".
    pub text: &'a str,
    /// Where it is in the input.
    pub span: Span,
    /// What it resolves to.
    pub value: DateValue,
}

/// Every date expression in the headline and body paragraphs, in text order. With no
/// anchor only expressions that carry their own year are kept.
///
/// `dateline` is the dateline's span: its date is the dateline's field, not
/// one of the story's other dates. `cut`, the quote segments' tokens when
/// the story has them, spares the gate reading those paragraphs again.
pub(crate) fn find<'a>(
    text: &'a str,
    layout: &Layout,
    anchor: Option<Date>,
    dateline: Option<Span>,
    cut: Option<&Cut>,
) -> Vec<DateMention<'a>> {
    find_gated(text, layout, anchor, dateline, cut, true)
}

/// The words of the quote segments that the dates' gate reads in place of
/// their bytes ([`gate::may_hold_date_in_words`]), found paragraph by
/// paragraph in text order: the cursor only moves on.
struct SegmentWords<'c> {
    cut: &'c Cut,
    /// The next segment that may be a paragraph asked for.
    next: usize,
}

impl<'c> SegmentWords<'c> {
    fn new(cut: &'c Cut) -> SegmentWords<'c> {
        SegmentWords { cut, next: 0 }
    }

    /// The segment that is the paragraph `span`, or `None` when it is none
    /// of the segments (a chrome paragraph kept for the dateline).
    /// Paragraphs are asked for in text order.
    ///
    /// A segment found is passed at once: the next paragraph asked for
    /// starts after this one, and so does its segment, if any. Left as the
    /// next to look at, it was stepped over again at the next paragraph's
    /// look (about 7.5K instructions over corpora/real).
    fn of(&mut self, span: Span) -> Option<Segment<'c>> {
        let i = self.cut.segment_of(span, &mut self.next)?;
        self.next = i + 1;
        Some(self.cut.segment(i))
    }
}

/// A segment's listed words, for the gate ([`gate::ListedWords`]): each
/// list read only when `words_may_hold_date`, which about 1,018 of 1,742
/// segments reach over corpora/real, asks for it. Built here, the lists'
/// two iterators (four words each) were sliced with their bounds tested
/// for every segment and written to the stack for every call: about 11K
/// instructions more over corpora/real (the paragraph loop 47K more, the
/// gate 36K fewer).
impl<'c> gate::ListedWords for Segment<'c> {
    type Marked = SegmentSpans<'c>;
    type NotPlain = SegmentSpans<'c>;

    #[inline(always)]
    fn any(&self) -> bool {
        self.lists_date_or_not_plain_words()
    }

    #[inline(always)]
    fn marked(&self) -> SegmentSpans<'c> {
        SegmentSpans {
            toks: self.all_tokens(),
            words: self.date_words().iter(),
        }
    }

    #[inline(always)]
    fn not_plain(&self) -> SegmentSpans<'c> {
        SegmentSpans {
            toks: self.all_tokens(),
            words: self.not_plain_words().iter(),
        }
    }
}

/// The spans of a list of a segment's words, given as indices in the
/// cut's tokens.
pub(crate) struct SegmentSpans<'c> {
    toks: &'c [crate::quote::token::Tok],
    words: std::slice::Iter<'c, usize>,
}

impl Iterator for SegmentSpans<'_> {
    type Item = Span;

    #[inline(always)]
    fn next(&mut self) -> Option<Span> {
        self.words.next().map(|&k| self.toks[k].span)
    }
}

impl gate::MarkedWords for SegmentSpans<'_> {
    #[inline(always)]
    fn any_year_word(mut self) -> bool {
        self.words.any(|&k| self.toks[k].is_year_word())
    }
}

/// [`find`], skipping the paragraphs that [`gate::may_hold_date`] rules out
/// when `gated` (the tests compare the two).
fn find_gated<'a>(
    text: &'a str,
    layout: &Layout,
    anchor: Option<Date>,
    dateline: Option<Span>,
    cut: Option<&Cut>,
    gated: bool,
) -> Vec<DateMention<'a>> {
    let index = Index::get();
    let mut segment_words = cut.map(SegmentWords::new);
    let mut out = Vec::new();
    // The buffers of the last story read on the thread, most often with
    // room for any paragraph of this one already (see below).
    let Spare { toks, mut opening } = crate::scratch::take().unwrap_or_default();
    // One scan for the whole story: what its expressions resolve against
    // (the last quarter reported, the last date named) carries over from
    // paragraph to paragraph, and only the tokens change. Built anew for
    // each paragraph, with those two copied in and back out, it cost about
    // 13K instructions over corpora/real.
    let mut scan = Scan {
        text,
        index,
        toks,
        anchor,
        last: None,
        previous: None,
        previous_end: None,
    };
    // The headline's dates are the story's too ("talks end Thursday"); a
    // dateline standing alone on its line is often taken for chrome: the
    // story goes on after it (its own date is skipped below), and the
    // paragraph right after it opens the story, however the layout took it.
    let holds_dateline = |p: &crate::layout::Paragraph| {
        dateline.is_some_and(|d| p.span.start <= d.start && d.end <= p.span.end)
    };
    let mut after_dateline = false;
    // The paragraphs after the last body paragraph are all chrome (menus,
    // footers): the headline and its copies lie before the body, whose
    // run the layout records. Unless the dateline lies there, none of them
    // is kept, and they are not walked (about half the page's paragraphs,
    // each a few instructions to pass over).
    let paragraphs = &layout.paragraphs;
    let story_end = match paragraphs.get(layout.body_run.end) {
        Some(tail)
            if !layout.body_run.is_empty()
                && dateline.is_none_or(|d| d.start < tail.span.start) =>
        {
            layout.body_run.end
        }
        _ => paragraphs.len(),
    };
    // Only chrome is asked whether it holds the dateline, and once.
    let story = paragraphs[..story_end].iter().filter(|p| {
        if p.role != Role::Chrome {
            after_dateline = false;
            return true;
        }
        let holds = holds_dateline(p);
        let keep = holds || after_dateline;
        after_dateline = holds;
        keep
    });
    for p in story {
        // Without a trigger word, or a number of the few shapes a date's
        // numbers take, a paragraph holds no expression (see `gate.rs`):
        // most of the cost is tokenizing, so skip it first.
        // A story with no date of its own keeps only expressions that carry
        // their year: until one is found, and nothing can refer back to
        // it, the gate looks only for those; after, for those and the
        // anaphors that refer back to it. (`last`, the quarter reported,
        // is never set without an anchor.)
        let footing = match (anchor, scan.last, scan.previous) {
            (None, None, None) => Footing::Undated,
            (None, None, Some(_)) => Footing::AfterDate,
            _ => Footing::Dated,
        };
        // A quote segment's words were cut and listed already: the gate
        // reads those rather than its bytes.
        let (start, end) = (p.span.start, p.span.end);
        let segment = segment_words.as_mut().and_then(|w| w.of(p.span));
        // The gate says whether a segment holds a digit, and the tokenizer
        // searches only one that does for its first.
        let (passes, cut_segment) = match segment {
            Some(segment) => {
                let (passes, digits) = gate::may_hold_date_in_words(
                    text,
                    start,
                    end,
                    index,
                    footing,
                    segment.digit_noted(),
                    segment,
                );
                (passes, Some((segment, digits)))
            }
            None => (gate::may_hold_date(text, start, end, index, footing), None),
        };
        if gated && !passes {
            continue;
        }
        // The segment's tokens are found only for a paragraph that passed,
        // about one in five: found before the gate's answer was read, they
        // cost some thirty instructions for every other one.
        // A segment that holds a vertical tab or a space that is not
        // ASCII, hardly ever seen, is read from its bytes (see
        // `tokenize_from_cut`).
        let cut_tokens = cut_segment
            .filter(|(segment, _)| !segment.rare_space_noted())
            .map(|(segment, digits)| (segment.tokens(), digits));
        // Room for about one token in four bytes, one that may open an
        // expression in sixteen, made for the paragraphs read alone: a
        // walk over every paragraph of the story for the longest, to make
        // room once, cost more than the few paragraphs longer than any
        // before them on the thread, whose buffers are then made anew.
        // (A paragraph dense with marks may still grow them.)
        crate::scratch::refill(&mut scan.toks, p.span.len() / 4);
        crate::scratch::refill(&mut opening, p.span.len() / 16);
        // A quote segment's tokens are built from its words as the quote
        // tokenizer cut them, most without reading their bytes again.
        match cut_tokens {
            Some((cut, digits)) => tokenize_from_cut(
                text,
                start,
                end,
                cut,
                digits,
                index,
                &mut scan.toks,
                &mut opening,
            ),
            None => tokenize(text, start, end, index, &mut scan.toks, &mut opening),
        }
        scan.previous_end = None;
        // Most tokens can start nothing (see `Tok::opens`): only those that
        // may are tried, each unless an expression found earlier covers it.
        let mut next = 0;
        for &i in &opening {
            if i < next {
                continue;
            }
            match scan.at(i) {
                // A stamp's label, or the dateline's own date: that one is
                // the dateline's field, not one of the story's dates.
                Some(hit)
                    if hit.end > i
                        && (scan.labelled(i)
                            || dateline.is_some_and(|d| {
                                scan.toks[i].start < d.end && scan.toks[hit.end - 1].end > d.start
                            })) =>
                {
                    next = hit.end
                }
                Some(hit) if hit.end > i => {
                    let span = Span::new(scan.toks[i].start, scan.toks[hit.end - 1].end);
                    // The story's first date makes room for the others.
                    let date = DateMention {
                        text: &text[span],
                        span,
                        value: hit.value,
                    };
                    crate::room::push_with_room(&mut out, FIRST_ROOM, date);
                    if !hit.derived && reported(hit.value, anchor) {
                        scan.last = Some(hit.value);
                    }
                    if let Some(v) = calendar(hit.value) {
                        scan.previous = Some(v);
                    }
                    scan.previous_end = Some(hit.end);
                    next = hit.end;
                }
                _ => {}
            }
        }
    }
    crate::scratch::give(Spare {
        toks: scan.toks,
        opening,
    });
    out
}

/// Room for the dates of a story made at its first: a story that names a
/// date most often names several (over corpora/real, 43 of the 68 that
/// name one name two or more, 66 at most sixteen), and growing the list
/// from four to eight to sixteen reallocated and copied it at each step
/// (about 26K instructions over corpora/real; room for eight saved 16K, for
/// 32 only 6K, its larger block costing more to allocate). A story with no
/// date allocates nothing.
const FIRST_ROOM: usize = 16;

/// The buffers [`find`] reads each paragraph's tokens into, kept on the
/// thread for the next story's (see [`crate::scratch`]).
#[derive(Default)]
pub(crate) struct Spare {
    toks: Vec<Tok>,
    opening: Vec<usize>,
}

impl Spare {
    /// The bytes its buffers hold room for.
    pub(crate) fn bytes(&self) -> usize {
        crate::scratch::bytes(&self.toks) + crate::scratch::bytes(&self.opening)
    }
}

/// Whether `v` is a quarter or half that has ended within the year before the
/// anchor: the story's own reporting period, which a later "a year earlier"
/// compares with (a forecast's period is not).
fn reported(v: DateValue, anchor: Option<Date>) -> bool {
    let (y, q) = match v {
        DateValue::Quarter(y, q) => (y, q),
        DateValue::Half(y, h) => (y, h * 2),
        _ => return false,
    };
    anchor.is_some_and(|a| {
        let now = a.year() * 4 + i32::from(quarter_of(a));
        let then = y * 4 + i32::from(q);
        then < now && then + 4 >= now
    })
}

/// A value as a day, month or year, the points "that day" and "the
/// following year" can refer back to.
fn calendar(v: DateValue) -> Option<DateValue> {
    match v {
        DateValue::Day(_) | DateValue::Month(..) | DateValue::Year(_) => Some(v),
        DateValue::PartOfDay(d, _) | DateValue::Time(d, ..) | DateValue::UtcTime(d, ..) => {
            Some(DateValue::Day(d))
        }
        _ => None,
    }
}

/// Which way from the story's date an unanchored expression points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

/// A matched expression: the token after it and its value.
#[derive(Clone, Copy, Debug)]
struct Hit {
    end: usize,
    value: DateValue,
    /// Resolved from an earlier expression ("a year earlier"), so not itself
    /// a new reference point.
    derived: bool,
}

fn hit(end: usize, value: DateValue) -> Option<Hit> {
    Some(Hit {
        end,
        value,
        derived: false,
    })
}

/// One paragraph's tokens and what its expressions resolve against.
struct Scan<'t> {
    text: &'t str,
    index: &'static Index,
    /// The paragraph's tokens; the buffer is the story's, read into anew
    /// for each paragraph.
    toks: Vec<Tok>,
    anchor: Option<Date>,
    /// The last quarter or half of a year named so far: what "a year
    /// earlier" and "the quarter" refer to in a results story.
    last: Option<DateValue>,
    /// The last day, month or year named so far: what "that day", "the
    /// following year" refer to.
    previous: Option<DateValue>,
    /// The token just after the last expression found in this paragraph:
    /// where an apposition to it would start ("Oct. 12, the day before").
    previous_end: Option<usize>,
}

impl<'t> Scan<'t> {
    fn word(&self, i: usize) -> Option<&'t str> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Word).then(|| &self.text[t.start..t.end])
    }

    fn num(&self, i: usize) -> Option<&'t str> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Num).then(|| &self.text[t.start..t.end])
    }

    /// What the lexicons know of token `i` (nothing unless it is a word).
    ///
    /// Looked up here, when a pattern asks, rather than for every word when
    /// tokenizing: patterns look only around the few words that open one.
    fn lex(&self, i: usize) -> &'static Entry {
        let id = match self.toks.get(i) {
            Some(t) if t.kind == Kind::Word => match t.lex.get() {
                UNSEEN => {
                    let id = self.index.id_in(self.text.as_bytes(), t.start, t.end);
                    t.lex.set(id);
                    id
                }
                id => id,
            },
            _ => 0,
        };
        self.index.entry_of(id)
    }

    /// Whether token `i` is a word of `list`.
    fn has(&self, i: usize, list: List) -> bool {
        self.lex(i).has(list)
    }

    /// [`Scan::lex`] for the tense walk ([`Scan::tense`] and what it
    /// calls), which asks only the lists the index's tense shapes hold: a
    /// word not yet looked up whose shape none of their words has
    /// ([`Index::may_tell_tense`]) is in none of them, and the empty entry
    /// answers for it without a look-up. (None is kept: another pattern may
    /// ask it of another list.) Most words the walk passes are such words.
    fn tense_lex(&self, i: usize) -> &'static Entry {
        let spared = self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Word
                && t.lex.get() == UNSEEN
                && !self
                    .text
                    .as_bytes()
                    .get(t.start..t.end)
                    .is_some_and(|w| self.index.may_tell_tense(w))
        });
        if spared { &lexicon::NONE } else { self.lex(i) }
    }

    /// Whether token `i` is a word of `list`, one of the tense walk's: [`Scan::has`]
    /// by [`Scan::tense_lex`].
    fn tells(&self, i: usize, list: List) -> bool {
        self.tense_lex(i).has(list)
    }

    /// Whether token `i` is the word `w`, in any case: compared as bytes,
    /// lengths first, without the slicing of [`Scan::word`] (a word is ASCII
    /// letters, so its bytes are its text), which tested both ends for a
    /// character's boundary each time.
    fn is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Word
                && t.end.wrapping_sub(t.start) == w.len()
                && self
                    .text
                    .as_bytes()
                    .get(t.start..t.end)
                    .is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
        })
    }

    /// Whether token `i` is "ago" or "earlier", the words that turn a
    /// count of units back from the story's date ("5 years ago", "a year
    /// earlier"): the token is read once for both, its length telling
    /// which word to compare, where [`Scan::is`] read it for each.
    fn looks_back(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            let word: &[u8] = match t.end.wrapping_sub(t.start) {
                3 => b"ago",
                7 => b"earlier",
                _ => return false,
            };
            t.kind == Kind::Word
                && self
                    .text
                    .as_bytes()
                    .get(t.start..t.end)
                    .is_some_and(|x| x.eq_ignore_ascii_case(word))
        })
    }

    /// The bytes of token `i` when it is a word: [`Scan::word`] for the
    /// tests that read a word's length and letters, without its character
    /// boundary tests.
    fn word_bytes(&self, i: usize) -> Option<&'t [u8]> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        self.text.as_bytes().get(t.start..t.end)
    }

    /// The entry kept for token `i`, with no look-up: the word's own for
    /// a word that may start an expression, which the tokenizer looked up
    /// (see `Tok::opens`); the empty one for any other token, and for any
    /// other word until a pattern looks it up ([`Scan::lex`]). Either way
    /// the entry of a word that may not open is in neither list that
    /// opens, [`List::Opener`] and [`List::Modifier`].
    ///
    /// A token that is no word keeps [`UNSEEN`], whose entry is the empty
    /// one, so its kind is not tested.
    fn kept(&self, i: usize) -> &'static Entry {
        self.toks.get(i).map_or(&lexicon::NONE, |t| {
            debug_assert!(t.kind == Kind::Word || t.lex.get() == UNSEEN);
            self.index.entry_of(t.lex.get())
        })
    }

    /// The entry of token `i` for reading what it names (a month, a
    /// weekday, a count, an ordinal, a season, a part of the day): every
    /// word that names one opens an expression, so the tokenizer looked
    /// it up, and its entry is kept ([`Scan::kept`]). [`Scan::lex`]
    /// looked up every other word asked of (the word after a number or a
    /// month, "2019 results", "March and"), only to find it names nothing.
    fn named(&self, i: usize) -> &'static Entry {
        self.kept(i)
    }

    fn punct(&self, i: usize, c: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct(c))
    }

    fn capital(&self, i: usize) -> bool {
        self.word_bytes(i)
            .is_some_and(|w| w.first().is_some_and(u8::is_ascii_uppercase))
    }

    /// Whether the date at tokens `i..` is a label rather than an expression
    /// of the story: a stamp ("Updated: August 15, 2019"), a copyright notice
    /// ("Copyright (C) 2004-2023"). A dateline's date stays: TimeML counts it.
    ///
    ///
    /// Every label holds a token that no date's first token is (`Scan::at`
    /// starts one at a word or a number) among the four before it: a
    /// nine-letter word that opens with a "c" ("copyright"), the mark that
    /// closes "(C)", a colon or bar after a stamp's label, or a character
    /// that is no ASCII mark ("©"). Most dates follow none of them, which
    /// the tokens' kinds tell, each token read once and no word compared:
    /// [`Scan::label_before`], which compares words, ran alone about 12K
    /// instructions more over corpora/real (344 dates, none labelled).
    fn labelled(&self, i: usize) -> bool {
        debug_assert!(matches!(self.toks[i].kind, Kind::Word | Kind::Num));
        let lo = i.saturating_sub(4);
        let quiet = self.toks.get(lo..i).is_some_and(|before| {
            before.iter().all(|t| match t.kind {
                Kind::Word => t.end - t.start != 9 || self.text.as_bytes()[t.start] | 0x20 != b'c',
                Kind::Num => true,
                Kind::Punct(c) => !matches!(c, b':' | b'|' | b')'),
                Kind::Other => false,
            })
        });
        !quiet && self.label_before(i)
    }

    /// [`Scan::labelled`] of token `i`, each of the four tokens before it
    /// tested for a label (the tests compare the two).
    fn label_before(&self, i: usize) -> bool {
        let lo = i.saturating_sub(4);
        (lo..i).any(|k| {
            self.is(k, "copyright")
                || (self.is(k, "c") && k > 0 && self.punct(k - 1, b'(') && self.punct(k + 1, b')'))
                || (self.toks[k].kind == Kind::Other
                    && self.text[self.toks[k].start..self.toks[k].end] == *"\u{a9}")
                // The mark after the word first, then the capital: most
                // words before a date are followed by neither mark, and
                // most capitals are names ("President Trump on Monday"),
                // which the mark rules out without looking the word up.
                // (Testing the capital first read each word's first byte,
                // about 13K instructions more over corpora/real.)
                || ((self.punct(k + 1, b':') || self.punct(k + 1, b'|'))
                    && self.capital(k)
                    && self.has(k, List::StampLabel))
        })
    }

    /// The expression starting at token `i`, hedges included.
    fn at(&self, i: usize) -> Option<Hit> {
        // Most words tried are "the" before a word that opens nothing: a
        // word that only hedges, followed by a word that neither opens nor
        // hedges, starts nothing (the walk below would stop at that word,
        // and `may_start` rule out both). The two entries kept settle it
        // before the walk, which ran about 14K instructions more over
        // corpora/real.
        //
        // Token `i` and its entry are read once, here: asked for again by
        // each test below, the token's place was tested against the
        // bounds and its entry looked up anew each time.
        let t = self.toks.get(i)?;
        let e = self.index.entry_of(t.lex.get());
        if t.kind == Kind::Word
            && !e.has(List::Opener)
            && self
                .toks
                .get(i + 1)
                .is_some_and(|t| t.kind == Kind::Word && !self.kept(i + 1).opens())
        {
            return None;
        }
        let mut j = i;
        // A hedge is a word that opens (`Tok::opens`), so one whose entry
        // was kept: the word after "the" is most often one that does not,
        // and is passed over unlooked-up.
        if e.has(List::Modifier) {
            // Up to three hedges, each maybe hyphened to the next.
            while j < i + 3 && self.kept(j).has(List::Modifier) {
                j += 1;
                if self.punct(j, b'-') {
                    j += 1;
                }
            }
            // A hedge alone is not an expression; the core starts after
            // it. Most hedges are "the" before a word that opens nothing:
            // then the entries kept from tokenizing settle both tries,
            // without a call.
            if !self.may_start(j) && !self.may_start_at(i, t) {
                return None;
            }
            return self.core(j).or_else(|| self.core(i));
        }
        // Most counts are "a" and "an", settled here the same way.
        if !self.may_start_at(i, t) {
            return None;
        }
        self.core(i)
    }

    /// Whether [`Scan::core`] may find an expression at token `j`: a
    /// number, or a word that opens one itself rather than only hedging
    /// one, told by the entry the tokenizer kept on every word that opens;
    /// and for a count ("a", "two"), only as
    /// `Scan::words` takes it: a spelled year's first word, or two words
    /// before "ago" or "earlier"; and for a number, as
    /// [`Scan::number_may_start`] tells it. Inlined into `at`, its two
    /// callers there: a call for each token tried cost more than the
    /// numbers ruled out save.
    #[inline(always)]
    fn may_start(&self, j: usize) -> bool {
        self.toks.get(j).is_some_and(|t| self.may_start_at(j, t))
    }

    /// [`Scan::may_start`] of token `j`, `t`, already read.
    #[inline(always)]
    fn may_start_at(&self, j: usize, t: &Tok) -> bool {
        match t.kind {
            Kind::Num => self.number_may_start(j, t),
            // A word's entry says whether it opens (see `Tok::opens`), and
            // one that opens nothing is no opener either.
            Kind::Word => {
                let e = self.index.entry_of(t.lex.get());
                e.has(List::Opener)
                    && match e.count {
                        Some(n)
                            if e.month.is_none() && e.weekday.is_none() && e.holiday.is_none() =>
                        {
                            matches!(n, 2 | 18 | 19) || self.looks_back(j + 2)
                        }
                        _ => true,
                    }
            }
            _ => false,
        }
    }

    /// Whether [`Scan::number`] may find an expression at the number
    /// `t`, token `j`. Most numbers are amounts ("$3.5 million", "5
    /// percent", "47 people"), which `number` rules out only after
    /// parsing them as a clock, a day of the month and a count. A number
    /// of digits alone, not four of them (a year, "0800 GMT"), starts an
    /// expression only before a colon ("10:30"), before a word that is a
    /// month's name ("15 August", a word that opens, so looked up when
    /// tokenizing), a clock's "am", "pm", "a" or "p" (two letters at most)
    /// or a unit followed by "ago" or "earlier" ("5 years ago"), or after
    /// an apostrophe ("since '82"): every other one is ruled out here from
    /// its neighbours' kinds. Digits with letters ("15th", "1990s", "6am")
    /// and four digits go to `number`. Out of line: numbers are few
    /// among the tokens `may_start` is asked of.
    #[inline(never)]
    fn number_may_start(&self, j: usize, t: &Tok) -> bool {
        // A number's letters follow its digits: a last byte that is a
        // digit means digits alone.
        let digits_only = self.text.as_bytes()[t.end - 1].is_ascii_digit();
        if !digits_only || t.end - t.start == 4 {
            return true;
        }
        match self.toks.get(j + 1) {
            Some(n) if n.kind == Kind::Punct(b':') => return true,
            Some(n)
                if n.kind == Kind::Word
                    && (n.opens(self.index) || n.end - n.start <= 2 || self.looks_back(j + 2)) =>
            {
                return true;
            }
            _ => {}
        }
        j > 0 && self.punct(j - 1, b'\'')
    }

    fn core(&self, j: usize) -> Option<Hit> {
        let t = self.toks.get(j)?;
        match t.kind {
            Kind::Num => self.number(j),
            // A word that opens nothing is passed over on the entry kept
            // for it, with no look-up (see `Scan::kept`).
            Kind::Word => self.words(j, self.kept(j)),
            _ => None,
        }
    }

    /// The expression opening at the word `j`, whose entry kept from
    /// tokenizing is `e`.
    fn words(&self, j: usize, e: &Entry) -> Option<Hit> {
        let w = self.word_bytes(j)?;
        // Most words open nothing: one flag test settles them.
        if !e.has(List::Opener) {
            return None;
        }
        if let Some((m, form)) = e.month {
            return self.month(j, m, form, None);
        }
        if let Some(wd) = e.weekday {
            return self.weekday(j, wd, None);
        }
        if let Some(h) = e.holiday {
            return self.holiday(j, h);
        }
        if let Some(n) = e.count {
            return self.spelled_year(j, n).or_else(|| self.ago(j, n));
        }
        if let Some(t) = e.tens_ies.filter(|_| w.ends_with(b"ies")) {
            // "the nineties"
            return (j > 0 && self.is(j - 1, "the")).then(|| Hit {
                end: j + 1,
                value: DateValue::Decade(190 + i32::from(t)),
                derived: false,
            });
        }
        // "afternoon yesterday", "mid-afternoon yesterday": that day's part.
        if let Some(p) = e.part_of_day {
            let h = match self.named(j + 1).opener? {
                o @ (Opener::Yesterday | Opener::Today | Opener::Tomorrow) => {
                    self.relative_day(j + 1, o)?
                }
                _ => return None,
            };
            let DateValue::Day(d) = h.value else {
                return None;
            };
            return hit(j + 2, DateValue::PartOfDay(d, PartOfDay::from_index(p)));
        }
        if let Some(season) = e.season {
            return self.season(j, season);
        }
        if let Some(q) = e.ordinal {
            return self.ordinal_part(j, q, None).or_else(|| self.nth_day(j));
        }
        // One match on the word's own opener, not a compare per word tried.
        let the_before = || j > 0 && self.is(j - 1, "the");
        match e.opener? {
            o @ (Opener::Yesterday | Opener::Today | Opener::Tomorrow | Opener::Tonight) => {
                self.relative_day(j, o)
            }
            o @ (Opener::This | Opener::Last | Opener::Next) => self.relative_unit(j, o),
            // "the past year": the year before the story's.
            Opener::Past if the_before() && self.is(j + 1, "year") => {
                hit(j + 2, DateValue::Year(self.anchor?.year() - 1))
            }
            // "the past decade": the decade before the story's.
            Opener::Past if the_before() && self.is(j + 1, "decade") => hit(
                j + 2,
                DateValue::Decade(self.anchor?.year().div_euclid(10) - 1),
            ),
            Opener::Then => self.then(j),
            o @ (Opener::That | Opener::Same | Opener::Following | Opener::Previous) => {
                self.anaphor(j, o)
            }
            Opener::Noon | Opener::Midday => self.noon(j),
            Opener::Year => self
                .year_earlier(j)
                .or_else(|| self.year_end(j))
                .or_else(|| self.the_year(j)),
            Opener::Day => self.the_day(j),
            Opener::Quarter | Opener::Latest | Opener::Current => self.bare_quarter(j),
            Opener::Weekend if the_before() => self.weekend(j + 1, self.tense(j, true)),
            _ => None,
        }
    }

    /// Whether the clause around token `j` is set in the past or the future:
    /// the nearest tense cue before it in the same sentence, else the first
    /// one after it. `verbs` also counts any "-ed" word as past, which suits
    /// weekdays (the day of a reported event) better than months and days
    /// ("declared a dividend payable Dec. 15").
    fn tense(&self, j: usize, verbs: bool) -> Tense {
        let lo = j.saturating_sub(15);
        let mut k = j;
        // `clock_between(k, j)`, kept up to date as `k` steps back: one more
        // token joins what stands between, so one test a step rather than
        // a walk over all of them.
        let mut clock_only = true;
        while k > lo {
            k -= 1;
            if self.sentence_end(k) {
                break;
            }
            clock_only = clock_only && j - k <= 7 && (k + 1 >= j || self.is_clock_part(k + 1));
            if clock_only && self.tells(k, List::Deadline) {
                // "Until Thursday, they had not called him" and "had filed
                // reports by Wednesday" look back.
                return if self.perfect_after(j) || self.perfect_before(k) {
                    Tense::Past
                } else {
                    Tense::Future
                };
            }
            // The verb right before a date is its verb whatever the date:
            // "ended March 31", "terminated on Sept. 27".
            if let Some(t) = self.cue(k, verbs || k + 2 >= j) {
                // A participle after "will be" is the future's: "will be
                // held", "would be paid" (but "could be located" is past).
                // An adverb may stand between: "would still be held".
                let aux = |i: usize| self.tells(i, List::FutureAuxiliary);
                let passive = t == Tense::Past
                    && k > 1
                    && self.is(k - 1, "be")
                    && (aux(k - 2) || (k > 2 && self.word(k - 2).is_some() && aux(k - 3)));
                if !passive {
                    return self.perfect(k, t);
                }
            }
        }
        let hi = (j + 12).min(self.toks.len());
        for k in j + 1..hi {
            if self.sentence_end(k) {
                break;
            }
            // After the date only verbs count: "On Friday, when she set
            // aside vacation plans" is not about plans.
            if let Some(t) = self.cue(k, true)
                && (t == Tense::Past
                    || self
                        .tense_lex(k)
                        .has_any(&[List::Modal, List::PlanVerb])
                        // "plans to hold" is a plan, "vacation plans" a noun.
                        && (self.is(k + 1, "to") || !self.tells(k, List::PlanVerb)))
            {
                return t;
            }
        }
        Tense::Unknown
    }

    /// Whether only a clock time stands between tokens `k` and `j`: "until
    /// Friday", "until 9 a.m. EST Tuesday".
    /// ([`Scan::tense`] keeps it up to date step by step; the tests compare
    /// the two.)
    #[cfg(test)]
    fn clock_between(&self, k: usize, j: usize) -> bool {
        (k + 1..j).all(|i| self.is_clock_part(i)) && j - k <= 7
    }

    /// Whether token `i` may be part of a clock time: a number, a period or
    /// colon, a clock word or a time zone.
    fn is_clock_part(&self, i: usize) -> bool {
        self.num(i).is_some()
            || self.punct(i, b'.')
            || self.punct(i, b':')
            || self.tense_lex(i).has_any(&[List::ClockWord, List::Zone])
    }

    /// Whether the clause after token `j` is told in the past perfect
    /// before any other tense cue.
    fn perfect_after(&self, j: usize) -> bool {
        let hi = (j + 8).min(self.toks.len());
        for k in j + 1..hi {
            if self.sentence_end(k) {
                return false;
            }
            if self.tells(k, List::PerfectCue) {
                return true;
            }
            if self.cue(k, true).is_some() {
                return false;
            }
        }
        false
    }

    /// Whether the clause before token `k` is in the past perfect, with no
    /// other tense cue between: "had filed reports (by)".
    fn perfect_before(&self, k: usize) -> bool {
        let lo = k.saturating_sub(6);
        let mut i = k;
        while i > lo {
            i -= 1;
            if self.sentence_end(i) {
                return false;
            }
            if self.tells(i, List::PerfectCue) {
                return true;
            }
            if self.cue(i, false) == Some(Tense::Future) {
                return false;
            }
        }
        false
    }

    /// Whether token `k` ends a sentence. Inlined: the tense walk asks it
    /// at every step, and most tokens settle it on their kind.
    #[inline(always)]
    fn sentence_end(&self, k: usize) -> bool {
        match self.toks[k].kind {
            Kind::Punct(b'!' | b'?' | b';') => true,
            // "Aug." or "U.S." do not end a sentence.
            Kind::Punct(b'.') => {
                !(k > 0
                    && self.word_bytes(k - 1).is_some_and(|w| {
                        w.len() == 1
                            || (w.len() <= 4 && w.first().is_some_and(u8::is_ascii_uppercase))
                    }))
            }
            _ => false,
        }
    }

    /// A plan told in the past perfect is past: "had been due to expire
    /// Friday".
    fn perfect(&self, k: usize, t: Tense) -> Tense {
        if t != Tense::Future {
            return t;
        }
        // Back through the plan's own words ("had been due to expire"),
        // but not past another verb's past: "had said the plan would
        // expire" still looks ahead.
        let mut i = k;
        while i > k.saturating_sub(5) {
            i -= 1;
            if self.tells(i, List::PerfectCue) {
                return Tense::Past;
            }
            if self.tells(i, List::PastCue) || self.sentence_end(i) {
                break;
            }
        }
        t
    }

    /// The tense word `k` tells, if any: a future or past cue, an
    /// arrangement before "to", or with `verbs` any lowercase "-ed" word.
    /// The tense walk asks it of every word it passes, and most words are
    /// in none of its lists: one mask test sends those to the "-ed" test
    /// here, the rest to [`Scan::listed_cue`] out of line, so that the
    /// common call keeps no closures' registers. Inlined into the walk:
    /// with the shape test of [`Scan::tense_lex`] in it, the compiler left
    /// it out of line, and its calls cost about as much as the look-ups
    /// the shapes spare (about 14K instructions over corpora/real).
    #[inline(always)]
    fn cue(&self, k: usize, verbs: bool) -> Option<Tense> {
        let w = self.word_bytes(k)?;
        let e = self.tense_lex(k);
        if e.has_any(&[List::FutureCue, List::Arrangement, List::PastCue]) {
            return self.listed_cue(k, w, e, verbs);
        }
        (verbs && verb_ed(w)).then_some(Tense::Past)
    }

    /// [`Scan::cue`] for a word `w` in one of its lists, with its entry `e`.
    #[inline(never)]
    fn listed_cue(&self, k: usize, w: &[u8], e: &Entry, verbs: bool) -> Option<Tense> {
        // Each test below is read only when its list holds the word: most
        // listed words are in one.
        let to = || self.is(k + 1, "to");
        // After an article the word is a noun: "the plan", "its hopes".
        let noun = || {
            k > 0
                && ["the", "a", "an", "its", "their", "his", "her", "our"]
                    .iter()
                    .any(|d| self.is(k - 1, d))
        };
        // "next to the embassy" is a place, not a time.
        if e.has(List::FutureCue) && !noun() && !(to() && w.eq_ignore_ascii_case(b"next")) {
            return Some(Tense::Future);
        }
        // An arrangement: "is to resume trading", "set to resume".
        if e.has(List::Arrangement) && to() {
            return Some(Tense::Future);
        }
        if e.has(List::PastCue) || (verbs && verb_ed(w)) {
            return Some(Tense::Past);
        }
        None
    }

    /// "August 15", "Aug. 15, 2019", "March 1987", "April of last year",
    /// "in April".
    fn month(&self, j: usize, m: u8, form: MonthForm, dir: Option<Tense>) -> Option<Hit> {
        if !self.capital(j) {
            return None;
        }
        let mut k = j + 1;
        if form == MonthForm::Abbreviation {
            if self.punct(k, b'.') {
                k += 1;
            } else if self.num(k).is_none() {
                return None;
            }
        }
        if let Some(d) = self.num(k).and_then(day_of_month) {
            let mut y = k + 1;
            if self.punct(y, b',') {
                y += 1;
            }
            if let Some(year) = self.num(y).and_then(year_digits) {
                return hit(y + 1, DateValue::Day(ymd(year, m, d)?));
            }
            let a = self.anchor?;
            let tense = || dir.unwrap_or_else(|| self.tense(j, false));
            return hit(k + 1, DateValue::Day(nearest_day_lazily(a, m, d, tense)?));
        }
        let mut y = k;
        if self.punct(y, b',') {
            y += 1;
        }
        if let Some((year, end)) = self.year_at(y) {
            return hit(end, DateValue::Month(year, m));
        }
        let of = usize::from(self.is(k, "of"));
        if of == 1
            && let Some((year, end)) = self.year_at(k + 1)
        {
            return hit(end, DateValue::Month(year, m));
        }
        let prev_cue = j > 0 && (self.has(j - 1, List::MonthCue) || self.punct(j - 1, b'-'));
        if dir.is_none() && form != MonthForm::Full && !prev_cue {
            return None;
        }
        // "April Glaspie": a month name before another name is a name.
        if dir.is_none() && !prev_cue && self.capital(j + 1) {
            return None;
        }
        let a = self.anchor?;
        if let Some(s) = self.year_shift(k + of) {
            return hit(k + of + 2, DateValue::Month(a.year() + s, m));
        }
        let (year, month) = match dir {
            Some(Tense::Past) => nearest_month(a, m, Tense::Past, 1),
            Some(t) => nearest_month(a, m, t, 0),
            // A guessed tense only settles which side of the year a far
            // month is on.
            None => nearest_month_lazily(a, m, || self.tense(j, false)),
        };
        hit(k, DateValue::Month(year, month))
    }

    /// "Thursday", "Friday morning", "Monday, Oct. 26", pointing back from
    /// the story's date unless the clause is in the future.
    fn weekday(&self, j: usize, wd: u8, dir: Option<Tense>) -> Option<Hit> {
        if !self.capital(j) {
            return None;
        }
        let mut k = j + 1;
        if self.punct(k, b',') {
            k += 1;
        }
        if let Some((m, form)) = self.named(k).month
            && let Some(h) = self.month(k, m, form, dir)
            && matches!(h.value, DateValue::Day(_))
        {
            return Some(h);
        }
        let a = self.anchor?;
        // "Wednesday's ruling" reports what has happened.
        let possessive = self.punct(j + 1, b'\'') && self.is(j + 2, "s");
        let tense = || {
            dir.unwrap_or_else(|| {
                if possessive {
                    Tense::Past
                } else {
                    self.tense(j, true)
                }
            })
        };
        let day = weekday_from_lazily(a, wd, tense)?;
        // A named day's morning, afternoon or night is annotated as the day
        // itself in TempEval's news ("Friday night" is 1998-10-23), its
        // evening as the evening.
        let part = self.named(j + 1).part_of_day;
        if part.is_some_and(|p| PartOfDay::from_index(p) != PartOfDay::Evening) {
            return hit(j + 1, DateValue::Day(day));
        }
        self.with_part_of_day(j + 1, day)
    }

    /// "Christmas", "Thanksgiving Day", in the year nearest the story's.
    fn holiday(&self, j: usize, h: Holiday) -> Option<Hit> {
        if !self.capital(j) || (h == Holiday::Election && !self.capital(j + 1)) {
            return None;
        }
        let a = self.anchor?;
        let end = if self.is(j + 1, "day") {
            j + 2
        } else if h == Holiday::Election {
            return None;
        } else {
            j + 1
        };
        let day = if let Holiday::Fixed(m, d) = h {
            nearest_day_lazily(a, m, d, || self.tense(j, false))?
        } else {
            let tense = self.tense(j, false);
            let reckon = if h == Holiday::Thanksgiving {
                fourth_thursday
            } else {
                election_day
            };
            (-1..=1)
                .filter_map(|dy| reckon(a.year() + dy))
                .filter(|&c| match tense {
                    Tense::Past => c <= a,
                    Tense::Future => c >= a,
                    Tense::Unknown => true,
                })
                .min_by_key(|&c| (c - a).whole_days().abs())?
        };
        hit(end, DateValue::Day(day))
    }

    /// "last year", "this year", "next year" at `k`, as years from the
    /// story's.
    fn year_shift(&self, k: usize) -> Option<i32> {
        if !self.is(k + 1, "year") {
            return None;
        }
        let w = Lower(self.word_bytes(k)?);
        if w == "last" {
            Some(-1)
        } else if w == "this" {
            Some(0)
        } else if w == "next" {
            Some(1)
        } else {
            None
        }
    }

    /// "the day" a market closed or a story's events ended: "to end the
    /// day", "for the day".
    fn the_day(&self, j: usize) -> Option<Hit> {
        let the = j > 0 && self.is(j - 1, "the");
        let shift = if self.is(j + 1, "before") {
            -1
        } else if self.is(j + 1, "after") {
            1
        } else {
            0
        };
        if the && shift != 0 {
            // "the day before Tuesday's hearing": a day from a named day.
            if let Some(h) = self.core(j + 2)
                && let DateValue::Day(d) = h.value
            {
                let value = DateValue::Day(d.checked_add(Duration::days(shift))?);
                return Some(Hit {
                    end: h.end,
                    value,
                    derived: true,
                });
            }
            // "Oct. 12, the day before the crash": an apposition names the
            // day just named.
            if j >= 2
                && self.punct(j - 2, b',')
                && self.previous_end == Some(j - 2)
                && let Some(DateValue::Day(d)) = self.previous
            {
                return Some(Hit {
                    end: j + 1,
                    value: DateValue::Day(d),
                    derived: true,
                });
            }
        }
        let framed = j >= 2
            && self.is(j - 1, "the")
            && (self.has(j - 2, List::DayFrame)
                // "later in the day", "early in the day"
                || (j >= 3
                    && self.is(j - 2, "in")
                    && self.has(j - 3, List::Modifier)
                    && self.word(j - 3).is_some_and(|w| w.len() > 3)));
        // "during the day Friday": the weekday is the date.
        if !framed || self.punct(j + 1, b'-') || self.named(j + 1).weekday.is_some() {
            return None;
        }
        // The day last named, when there is one: "left Tuesday and, later
        // in the day, ...".
        let day = match self.previous {
            Some(DateValue::Day(d)) => d,
            _ => self.anchor?,
        };
        hit(j + 1, DateValue::Day(day))
    }

    /// A year at `k`, in digits or words, and the token after it.
    fn year_at(&self, k: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.num(k).and_then(year_digits) {
            return Some((y, k + 1));
        }
        let n = self.named(k).count?;
        match self.spelled_year(k, n)? {
            Hit {
                value: DateValue::Year(y),
                end,
                ..
            } => Some((y, end)),
            _ => None,
        }
    }

    /// "nineteen ninety-six", as radio scripts write years.
    fn spelled_year(&self, j: usize, hundreds: u16) -> Option<Hit> {
        // "two thousand", "two thousand and one", "two thousand five".
        if hundreds == 2 && self.is(j + 1, "thousand") {
            let k = if self.is(j + 2, "and") { j + 3 } else { j + 2 };
            return match self.named(k).count {
                Some(u) if (1..10).contains(&u) && !self.is(k, "a") && !self.is(k, "an") => {
                    hit(k + 1, DateValue::Year(2000 + i32::from(u)))
                }
                _ => hit(j + 2, DateValue::Year(2000)),
            };
        }
        if !(hundreds == 18 || hundreds == 19) {
            return None;
        }
        // "ninety" (a capital "Y" is no tens word's ending).
        let tens = self
            .word(j + 1)
            .filter(|w| w.ends_with('y'))
            .and(self.lex(j + 1).tens_y)?;
        let (units, end) = if self.punct(j + 2, b'-')
            && let Some(u) = self.named(j + 3).count
            && (1..10).contains(&u)
            && !self.is(j + 3, "a")
            && !self.is(j + 3, "an")
        {
            (u, j + 4)
        } else {
            (0, j + 2)
        };
        let year = i32::from(hundreds) * 100 + i32::from(tens) * 10 + i32::from(units);
        hit(end, DateValue::Year(year))
    }

    /// "the summer", "summer 1998", "over the summer".
    fn season(&self, j: usize, s: u8) -> Option<Hit> {
        let of = usize::from(self.is(j + 1, "of"));
        if let Some((y, end)) = self.year_at(j + 1 + of) {
            return hit(end, DateValue::Season(y, Season::from_index(s)));
        }
        let mut k = j;
        while k > 0 && self.has(k - 1, List::Modifier) {
            k -= 1;
        }
        let framed =
            (k..j).any(|m| self.is(m, "the")) || (k > 0 && self.has(k - 1, List::SeasonFrame));
        if !framed || self.punct(j + 1, b'-') {
            return None;
        }
        let a = self.anchor?;
        let dir = if self.tense(j, true) == Tense::Future {
            1
        } else {
            -1
        };
        // The season under way counts as the one meant.
        let value = match season_from(a, s, 0) {
            DateValue::Season(y, here) if season_index(a) == s => DateValue::Season(y, here),
            _ => season_from(a, s, dir),
        };
        hit(j + 1, value)
    }

    /// A day, or the day's part when one follows: "yesterday morning".
    fn with_part_of_day(&self, k: usize, day: Date) -> Option<Hit> {
        if let Some(p) = self.named(k).part_of_day {
            return hit(k + 1, DateValue::PartOfDay(day, PartOfDay::from_index(p)));
        }
        hit(k, DateValue::Day(day))
    }

    fn relative_day(&self, j: usize, opener: Opener) -> Option<Hit> {
        let a = self.anchor?;
        // The word's own opener tells which it is, with no compare of its
        // letters.
        let shift = match opener {
            Opener::Tonight => return hit(j + 1, DateValue::PartOfDay(a, PartOfDay::Night)),
            Opener::Yesterday => -1,
            Opener::Tomorrow => 1,
            _ => 0,
        };
        self.with_part_of_day(j + 1, a.checked_add(Duration::days(shift))?)
    }

    /// "last week", "this year", "next month", "last fall", "last April",
    /// "next Monday", "this morning", "last night".
    fn relative_unit(&self, j: usize, opener: Opener) -> Option<Hit> {
        let mut k = j + 1;
        // The word's own opener tells which it is, with no compare of its
        // letters.
        let mut dir: i32 = match opener {
            Opener::Last => -1,
            Opener::Next => 1,
            _ => 0,
        };
        if dir == 0 {
            if self.is(k, "past") {
                dir = -1;
                k += 1;
            } else if self.is(k, "coming") {
                dir = 1;
                k += 1;
            }
        }
        // "the last half of 1989", "the last two quarters"
        if dir == -1 && (self.is(k, "half") || (self.is(k, "two") && self.is(k + 1, "quarters"))) {
            return self.ordinal_part(j, 2, None);
        }
        // "the last decade": the one before the story's.
        if dir == -1 && self.is(k, "decade") {
            return hit(
                k + 1,
                DateValue::Decade(self.anchor?.year().div_euclid(10) - 1),
            );
        }
        // "the last week of June" counts back from June, not from today.
        if dir == -1 && j > 0 && self.is(j - 1, "the") {
            return None;
        }
        // "the next morning": the day after the day last named.
        if dir == 1
            && j > 0
            && self.is(j - 1, "the")
            && let Some(h) = self.next_day(k)
        {
            return Some(h);
        }
        let tense = match dir {
            -1 => Tense::Past,
            1 => Tense::Future,
            _ => Tense::Unknown,
        };
        let u = self.word_bytes(k)?;
        let ue = self.named(k);
        if let Some((m, form)) = ue.month {
            let a = self.anchor?;
            let h = self.month(k, m, form, Some(tense))?;
            if let (DateValue::Month(_, m), 0) = (h.value, dir) {
                return hit(h.end, DateValue::Month(a.year(), m));
            }
            return Some(h);
        }
        if let Some(wd) = ue.weekday {
            let t = if dir == 0 { self.tense(j, true) } else { tense };
            let h = self.weekday(k, wd, Some(t))?;
            // "last Monday" said on a Monday is a week back, "next Monday" a
            // week on.
            return match (h.value, self.anchor) {
                (DateValue::Day(d), Some(a)) if d == a && dir != 0 => hit(
                    h.end,
                    DateValue::Day(d.checked_add(Duration::weeks(i64::from(dir)))?),
                ),
                _ => Some(h),
            };
        }
        let a = self.anchor?;
        if let Some(s) = ue.season {
            return hit(k + 1, season_from(a, s, dir));
        }
        if let Some(p) = ue.part_of_day {
            let part = PartOfDay::from_index(p);
            return match (dir, part) {
                (0, _) => hit(k + 1, DateValue::PartOfDay(a, part)),
                (-1, PartOfDay::Night) => hit(
                    k + 1,
                    DateValue::PartOfDay(a.previous_day()?, PartOfDay::Night),
                ),
                _ => None,
            };
        }
        let u = Lower(u);
        let value = if u == "week" {
            let (y, wk, _) = a
                .checked_add(Duration::weeks(i64::from(dir)))?
                .to_iso_week_date();
            DateValue::Week(y, wk)
        } else if u == "weekend" {
            let t = if dir == 0 { self.tense(j, true) } else { tense };
            return self.weekend(k + 1, t);
        } else if u == "month" {
            let (y, m) = add_months(a.year(), a.month() as u8, dir);
            DateValue::Month(y, m)
        } else if u == "year" {
            // "the same period last year": the period named, a year back.
            // "last year's quarter": the one named, a year back.
            if dir == -1
                && self.punct(k + 1, b'\'')
                && self.is(k + 2, "s")
                && (self.is(k + 3, "quarter") || self.is(k + 3, "period"))
                && let Some(DateValue::Quarter(y, q)) = self.last
            {
                return Some(Hit {
                    end: k + 4,
                    value: DateValue::Quarter(y - 1, q),
                    derived: true,
                });
            }
            let period = j > 0 && (self.is(j - 1, "period") || self.is(j - 1, "quarter"));
            match (period, dir, self.last) {
                (true, -1, Some(DateValue::Quarter(y, q))) => DateValue::Quarter(y - 1, q),
                _ => DateValue::Year(a.year() + dir),
            }
        } else if u == "quarter" {
            // "This quarter's loss" in a results story: the results are
            // the reported quarter's.
            if dir == 0
                && self.punct(k + 1, b'\'')
                && self.is(k + 2, "s")
                && let Some(v @ DateValue::Quarter(..)) = self.last
            {
                return Some(Hit {
                    end: k + 1,
                    value: v,
                    derived: true,
                });
            }
            let (y, q) = add_quarters(a.year(), quarter_of(a), dir);
            DateValue::Quarter(y, q)
        } else {
            return None;
        };
        hit(k + 1, value)
    }

    /// "the weekend": the one just past, or the next one in a future clause.
    fn weekend(&self, end: usize, tense: Tense) -> Option<Hit> {
        let a = self.anchor?;
        let sat = weekday_from(a, 5, tense)?;
        let (y, w, _) = sat.to_iso_week_date();
        hit(end, DateValue::Weekend(y, w))
    }

    /// "that day", "the same month", "the following year", "the previous
    /// year": the last day, month or year named, or one next to it.
    fn anaphor(&self, j: usize, opener: Opener) -> Option<Hit> {
        // The word's own opener tells which it is, with no compare of its
        // letters.
        let shift = match opener {
            Opener::Following => 1,
            Opener::Previous => -1,
            _ => 0,
        };
        // "the same day", "the following year"; "that" stands alone.
        if opener != Opener::That && !(j > 0 && self.is(j - 1, "the")) {
            return None;
        }
        // "the previous Friday", "the following Monday": the weekday before
        // or after the day last named.
        if shift != 0
            && let Some(wd) = self.named(j + 1).weekday
            && let Some(DateValue::Day(d)) = self.previous
        {
            let tense = if shift < 0 {
                Tense::Past
            } else {
                Tense::Future
            };
            let from = d.checked_add(Duration::days(shift.into()))?;
            return Some(Hit {
                end: j + 2,
                value: DateValue::Day(weekday_from(from, wd, tense)?),
                derived: true,
            });
        }
        if shift == 1
            && let Some(h) = self.next_day(j + 1)
        {
            return Some(h);
        }
        let unit = Lower(self.word_bytes(j + 1)?);
        if unit == "quarter"
            && shift == 0
            && let Some(q @ DateValue::Quarter(..)) = self.last
        {
            return Some(Hit {
                end: j + 2,
                value: q,
                derived: true,
            });
        }
        let value = match (self.previous?, unit) {
            (DateValue::Day(d), u) if u == "day" => {
                DateValue::Day(d.checked_add(Duration::days(shift.into()))?)
            }
            (DateValue::Day(d), u) if u == "month" => {
                let (y, m) = add_months(d.year(), d.month() as u8, shift);
                DateValue::Month(y, m)
            }
            (DateValue::Month(y, m), u) if u == "month" => {
                let (y, m) = add_months(y, m, shift);
                DateValue::Month(y, m)
            }
            (DateValue::Day(d), u) if u == "year" => DateValue::Year(d.year() + shift),
            (DateValue::Month(y, _) | DateValue::Year(y), u) if u == "year" => {
                DateValue::Year(y + shift)
            }
            _ => return None,
        };
        // "the same month a year ago", "the same day last year"
        let k = j + 2;
        let year_back = (self.is(k, "a") && self.is(k + 1, "year") && self.looks_back(k + 2))
            || (self.is(k, "last") && self.is(k + 1, "year"));
        if year_back {
            let end = if self.is(k, "a") { k + 3 } else { k + 2 };
            let value = match value {
                DateValue::Day(d) => DateValue::Day(ymd(d.year() - 1, d.month() as u8, d.day())?),
                DateValue::Month(y, m) => DateValue::Month(y - 1, m),
                DateValue::Year(y) => DateValue::Year(y - 1),
                v => v,
            };
            return Some(Hit {
                end,
                value,
                derived: true,
            });
        }
        Some(Hit {
            end: k,
            value,
            derived: true,
        })
    }

    /// "(the next) morning", "(the following) night" at `k`: the day after
    /// the day last named, as a day (as a named day's part is, see
    /// [`Scan::weekday`]), its evening as the evening.
    fn next_day(&self, k: usize) -> Option<Hit> {
        let Some(DateValue::Day(d)) = self.previous else {
            return None;
        };
        let next = d.next_day()?;
        let part = self.named(k).part_of_day.map(PartOfDay::from_index);
        let value = match part {
            Some(PartOfDay::Evening) => DateValue::PartOfDay(next, PartOfDay::Evening),
            Some(_) => DateValue::Day(next),
            None if self.is(k, "day") => DateValue::Day(next),
            None => return None,
        };
        Some(Hit {
            end: k + 1,
            value,
            derived: true,
        })
    }

    /// "the eighth day" in "today is the eighth day of the operation": a
    /// count of days that, told in the present, is the story's day.
    fn nth_day(&self, j: usize) -> Option<Hit> {
        let present = j >= 2
            && self.is(j - 1, "the")
            && (self.is(j - 2, "is")
                || (j >= 3 && self.is(j - 2, "s") && self.punct(j - 3, b'\'')));
        if !present || !self.is(j + 1, "day") || self.is(j + 2, "after") {
            return None;
        }
        hit(j + 2, DateValue::Day(self.anchor?))
    }

    /// "until then", "by then": the day last named.
    fn then(&self, j: usize) -> Option<Hit> {
        let framed = j > 0
            && self
                .word(j - 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("until") || w.eq_ignore_ascii_case("by"));
        // "then-Secretary" is a title, not a time.
        let framed = framed && !self.punct(j + 1, b'-');
        match self.previous {
            Some(v @ DateValue::Day(_)) if framed => Some(Hit {
                end: j + 1,
                value: v,
                derived: true,
            }),
            _ => None,
        }
    }

    /// "year-end", "year end", "year's end" standing as a noun ("by
    /// year-end."), in the story's year or, in a past clause, the last one.
    /// The end of the year is TimeML's year with an END modifier, valued as
    /// the year; the compound "year-end" is the accounts' closing day,
    /// December 31.
    fn year_end(&self, j: usize) -> Option<Hit> {
        let compound = self.punct(j + 1, b'-') && self.is(j + 2, "end");
        let end = if compound {
            j + 3
        } else if self.is(j + 1, "end") {
            j + 2
        } else if self.punct(j + 1, b'\'') && self.is(j + 2, "s") && self.is(j + 3, "end") {
            j + 4
        } else {
            return None;
        };
        // "year-end results" is an adjective.
        if self.word(end).is_some() || self.punct(end, b'-') {
            return None;
        }
        let a = self.anchor?;
        let year = a.year() - i32::from(self.tense(j, false) == Tense::Past);
        if compound {
            return hit(end, DateValue::Day(ymd(year, 12, 31)?));
        }
        hit(end, DateValue::Year(year))
    }

    /// "noon Thursday", "midday".
    fn noon(&self, j: usize) -> Option<Hit> {
        let a = self.anchor?;
        if let Some(h) = self.day_after(j + 1) {
            if let DateValue::Day(d) = h.value {
                return hit(h.end, DateValue::Time(d, 12, 0));
            }
            return None;
        }
        // Alone, only as a time of day: "at noon", not "High Noon".
        let at = j > 0 && self.has(j - 1, List::ClockFrame);
        at.then(|| Hit {
            end: j + 1,
            value: DateValue::Time(a, 12, 0),
            derived: false,
        })
    }

    /// A day named right after a clock time: "Tuesday", "yesterday", "Nov. 9".
    fn day_after(&self, k: usize) -> Option<Hit> {
        let e = self.named(k);
        if let Some(wd) = e.weekday {
            let a = self.anchor?;
            let d = weekday_from_lazily(a, wd, || self.tense(k, true))?;
            return hit(k + 1, DateValue::Day(d));
        }
        if let Some((m, form)) = e.month {
            let h = self.month(k, m, form, None)?;
            return matches!(h.value, DateValue::Day(_)).then_some(h);
        }
        match e.opener? {
            o @ (Opener::Yesterday | Opener::Today | Opener::Tomorrow) => {
                let h = self.relative_day(k, o)?;
                matches!(h.value, DateValue::Day(_)).then_some(h)
            }
            _ => None,
        }
    }

    /// "two days ago", "three years ago", "a year earlier".
    fn ago(&self, j: usize, n: u16) -> Option<Hit> {
        let u = Lower(self.word_bytes(j + 1)?);
        // "ago" or "earlier" first: it rules out most counts ("a", "one").
        let back = self.word_bytes(j + 2).map(Lower)?;
        let earlier = back == "earlier";
        if !(back == "ago" || earlier) {
            return None;
        }
        let unit = without_plural(u.0);
        let end = j + 3;
        let n = i64::from(n);
        let a = self.anchor?;
        let is_unit = |s: &str| unit.eq_ignore_ascii_case(s.as_bytes());
        if is_unit("year") && (earlier || n == 1) {
            return self.shifted(end, n as i32);
        }
        let value = if is_unit("day") {
            DateValue::Day(a.checked_sub(Duration::days(n))?)
        } else if is_unit("week") {
            let (y, w, _) = a.checked_sub(Duration::weeks(n))?.to_iso_week_date();
            DateValue::Week(y, w)
        } else if is_unit("month") {
            let (y, m) = add_months(a.year(), a.month() as u8, -(n as i32));
            DateValue::Month(y, m)
        } else if is_unit("year") {
            DateValue::Year(a.year() - n as i32)
        } else {
            return None;
        };
        hit(end, value)
    }

    /// The last reference point moved back `years`, or the story's year
    /// moved back when there is none: "a year earlier", "year-ago".
    fn shifted(&self, end: usize, years: i32) -> Option<Hit> {
        let value = match self.last {
            Some(DateValue::Quarter(y, q)) => DateValue::Quarter(y - years, q),
            Some(DateValue::Half(y, h)) => DateValue::Half(y - years, h),
            _ => DateValue::Year(self.anchor?.year() - years),
        };
        Some(Hit {
            end,
            value,
            derived: true,
        })
    }

    /// "year-earlier", "year-ago" (and the noun after: "quarter", "period").
    fn year_earlier(&self, j: usize) -> Option<Hit> {
        if !self.punct(j + 1, b'-') || !self.looks_back(j + 2) {
            return None;
        }
        let mut end = j + 3;
        // "the year-ago third quarter": that quarter, a year back.
        if let Some(q) = self.named(end).ordinal {
            let base = match self.last {
                Some(DateValue::Quarter(y, _)) => y,
                _ => self.anchor?.year(),
            };
            if let Some(h) = self.ordinal_part(end, q, Some(base - 1)) {
                return Some(Hit { derived: true, ..h });
            }
        }
        if self.is(end, "quarter") || self.is(end, "period") {
            end += 1;
        }
        self.shifted(end, 1)
    }

    /// "(for) the year", "the full year", "the current fiscal year": the
    /// story's year in a results story.
    fn the_year(&self, j: usize) -> Option<Hit> {
        let mut k = j;
        while k > 0 && self.has(k - 1, List::YearQualifier) {
            k -= 1;
        }
        let framed = k >= 2 && self.is(k - 1, "the") && self.has(k - 2, List::YearFrame);
        if !framed || self.punct(j + 1, b'-') || self.punct(j + 1, b'\'') {
            return None;
        }
        // "by the year two thousand" names its year.
        if let Some((y, end)) = self.year_at(j + 1) {
            return hit(end, DateValue::Year(y));
        }
        hit(j + 1, DateValue::Year(self.anchor?.year()))
    }

    /// "the quarter", "the latest quarter", "the current quarter".
    fn bare_quarter(&self, j: usize) -> Option<Hit> {
        let a = self.anchor?;
        let w = Lower(self.word_bytes(j)?);
        // "the latest fiscal year": the last one closed.
        if w == "latest" {
            let fiscal = usize::from(self.is(j + 1, "fiscal"));
            if self.is(j + 1 + fiscal, "year") && !self.punct(j + 2 + fiscal, b'-') {
                return hit(j + 2 + fiscal, DateValue::Year(a.year() - 1));
            }
        }
        let (k, current) = if w == "quarter" {
            if j == 0 || !self.is(j - 1, "the") {
                return None;
            }
            (j, false)
        } else if self.is(j + 1, "quarter") || (w == "latest" && self.is(j + 1, "period")) {
            (j + 1, w == "current")
        } else {
            return None;
        };
        // "the quarter ended July 31": the three months up to that day,
        // which lie mostly in the quarter of the middle one (once a quarter
        // is named, "the quarter" is that one, as a fiscal year numbers it).
        if w == "quarter"
            && self.last.is_none()
            && (self.is(j + 1, "ended") || self.is(j + 1, "ending"))
            && let Some((m, form)) = self.named(j + 2).month
            && let Some(Hit {
                value: DateValue::Day(d),
                ..
            }) = self.month(j + 2, m, form, None)
        {
            let (y, middle) = add_months(d.year(), d.month() as u8, -1);
            return hit(j + 1, DateValue::Quarter(y, (middle - 1) / 3 + 1));
        }
        // "The latest" quarter is the last one reported, not the last named.
        let value = match (current, self.last) {
            (false, Some(v @ DateValue::Quarter(..))) if w == "quarter" => v,
            (false, _) => {
                let (y, q) = add_quarters(a.year(), quarter_of(a), -1);
                DateValue::Quarter(y, q)
            }
            (true, _) => DateValue::Quarter(a.year(), quarter_of(a)),
        };
        hit(k + 1, value)
    }

    /// "third-quarter", "the first half of 1990", "the 1988 third quarter".
    fn ordinal_part(&self, j: usize, n: u8, year: Option<i32>) -> Option<Hit> {
        let mut k = j + 1;
        if self.punct(k, b'-') {
            k += 1;
        }
        // "the first two quarters" is a half.
        let pair = self.is(k, "two") && self.is(k + 1, "quarters") && (n == 1 || n == 2);
        if pair {
            k += 1;
        }
        let half = self.is(k, "half") || pair;
        if !(self.is(k, "quarter") || half) || (half && n > 2) || n == 0 || n > 4 {
            return None;
        }
        let mut end = k + 1;
        let year = match year {
            Some(y) => y,
            None => {
                if self.is(end, "of")
                    && let Some((y, e)) = self.year_at(end + 1)
                {
                    end = e;
                    y
                } else if self.is(end, "of")
                    && let Some(shift) = self.year_shift(end + 1)
                {
                    // "the first quarter of last year"
                    end += 3;
                    self.anchor?.year() + shift
                } else if j >= 4
                    && self.punct(j - 2, b'\'')
                    && self.is(j - 1, "s")
                    && let Some(shift) = self.year_shift(j - 4)
                {
                    // "next year's first quarter"
                    self.anchor?.year() + shift
                } else {
                    // "rose in the fourth quarter" said in March: last year's.
                    let a = self.anchor?;
                    if !half && n > quarter_of(a) && self.tense(j, true) == Tense::Past {
                        a.year() - 1
                    } else {
                        a.year()
                    }
                }
            }
        };
        let value = if half {
            DateValue::Half(year, n)
        } else {
            DateValue::Quarter(year, n)
        };
        hit(end, value)
    }

    fn number(&self, j: usize) -> Option<Hit> {
        // Its digits are read once here; every reading below takes their
        // value from `n` rather than parsing the text again.
        let n = Number::read(self.num(j)?);
        if let Some(h) = self.clock(j, n) {
            return Some(h);
        }
        // "15 August 2019"
        if let Some(d) = n.day_of_month()
            && let Some((m, form)) = self.named(j + 1).month
            && self.capital(j + 1)
        {
            let mut k = j + 2;
            if form == MonthForm::Abbreviation && self.punct(k, b'.') {
                k += 1;
            }
            if let Some(y) = self.num(k).and_then(year_digits) {
                return hit(k + 1, DateValue::Day(ymd(y, m, d)?));
            }
            let a = self.anchor?;
            return hit(
                k,
                DateValue::Day(nearest_day_lazily(a, m, d, || self.tense(j, false))?),
            );
        }
        if n.letters.is_empty() && n.value < 100 {
            // Below 100: fits a u16.
            let v = n.value as u16;
            return self.ago(j, v).or_else(|| self.short_year(j, n));
        }
        // "the '80s", "the 70s"
        if n.letters == "s"
            && n.digits == 2
            && n.value.is_multiple_of(10)
            && j > 0
            && (self.is(j - 1, "the") || self.punct(j - 1, b'\''))
        {
            // Two digits: fits an i32.
            let d = n.value as i32;
            return hit(j + 1, DateValue::Decade(century_of(d) + d / 10));
        }
        // "the 20th century": the word first, which most numbers here
        // ("150 people", "20th anniversary") are not followed by.
        if self.is(j + 1, "century")
            && let Some(c) = n.day_of_month()
        {
            return hit(j + 2, DateValue::Century(i32::from(c) - 1));
        }
        // "1990s", "1990's"
        if n.letters == "s"
            && let Some(decade) = n.year_of_digits()
        {
            return (decade % 10 == 0).then(|| Hit {
                end: j + 1,
                value: DateValue::Decade(decade / 10),
                derived: false,
            });
        }
        let y = n.year()?;
        if self.punct(j + 1, b'\'') && self.is(j + 2, "s") && y % 10 == 0 {
            return hit(j + 3, DateValue::Decade(y / 10));
        }
        if let Some(q) = self.named(j + 1).ordinal
            && let Some(h) = self.ordinal_part(j + 1, q, Some(y))
        {
            return Some(h);
        }
        // "the 1988 period" in a results story is that year's quarter:
        // only once a quarter is reported, so that is asked first.
        if let Some(DateValue::Quarter(_, q)) = self.last
            && (self.is(j + 1, "quarter") || self.is(j + 1, "period"))
        {
            return Some(Hit {
                end: j + 2,
                value: DateValue::Quarter(y, q),
                derived: true,
            });
        }
        self.is_year(j, y).then(|| Hit {
            end: j + 1,
            value: DateValue::Year(y),
            derived: false,
        })
    }

    /// "'82" after a preposition: "since '82", "in '98".
    /// `n` is digits alone, below 100.
    fn short_year(&self, j: usize, n: Number) -> Option<Hit> {
        let cued =
            n.digits == 2 && j >= 2 && self.punct(j - 1, b'\'') && self.has(j - 2, List::YearCue);
        if !cued {
            return None;
        }
        // Below 100: fits an i32.
        let y = n.value as i32;
        hit(j + 1, DateValue::Year(century_of(y) * 10 + y))
    }

    /// Whether a bare four-digit number at `j` reads as a year rather than a
    /// count ("in 2011" but not "2011 people", "$1990"). `y` is its value.
    fn is_year(&self, j: usize, y: i32) -> bool {
        if j > 0 {
            match self.toks[j - 1].kind {
                Kind::Punct(b'$' | b'#' | b'.' | b',' | b':' | b'/') => return false,
                Kind::Num | Kind::Other => return false,
                _ => {}
            }
        }
        match self.toks.get(j + 1).map(|t| t.kind) {
            Some(Kind::Punct(b'%' | b'/' | b':')) | Some(Kind::Num) => return false,
            // "1,990" and "1990.5" are numbers: the digits after the mark
            // glued to it, starting where it ends.
            Some(Kind::Punct(b',' | b'.'))
                if self.num(j + 2).is_some() && self.toks[j + 2].start == self.toks[j + 1].end =>
            {
                return false;
            }
            _ => {}
        }
        let prev_cue = j > 0
            && (self.has(j - 1, List::YearCue)
                || (self.punct(j - 1, b'-')
                    && j > 1
                    // "mid-1990", and the end of "1910-1945"
                    && (self.is(j - 2, "mid") || self.num(j - 2).and_then(year_digits).is_some())));
        if prev_cue {
            return true;
        }
        // "a 1996 campaign", "its 1990 invasion", "the company's 1989 results".
        let determiner = j > 0 && self.has(j - 1, List::Determiner);
        if determiner && (1900..2100).contains(&y) {
            return true;
        }
        match self.toks.get(j + 1) {
            None => true,
            Some(t) => match t.kind {
                Kind::Punct(b',' | b'.' | b';' | b')' | b'"' | b'\'' | b'-') => true,
                Kind::Word => self.has(j + 1, List::YearFollower),
                _ => false,
            },
        }
    }

    /// "10:30 a.m.", "9 a.m. EST Tuesday", "5 p.m. EST, Nov. 6".
    fn clock(&self, j: usize, n: Number) -> Option<Hit> {
        if let Some(h) = self.clock24(j, n) {
            return Some(h);
        }
        if !(n.letters.is_empty() && (1..=12).contains(&n.value)) {
            return None;
        }
        // From 1 to 12: fits a u8.
        let mut h = n.value as u8;
        let mut k = j + 1;
        let mut min = 0u8;
        if self.punct(k, b':')
            && let Some(m) = self
                .num(k + 1)
                .filter(|m| m.len() == 2)
                .and_then(|m| m.parse::<u8>().ok())
                .filter(|&m| m < 60)
        {
            min = m;
            k += 2;
        }
        let pm = match self.word_bytes(k).map(Lower) {
            Some(w) if w == "am" || w == "pm" => {
                k += 1;
                w == "pm"
            }
            Some(w) if (w == "a" || w == "p") && self.punct(k + 1, b'.') && self.is(k + 2, "m") => {
                let pm = w == "p";
                k += 3;
                // The closing period also ends sentences: keep it only when
                // the expression goes on ("p.m. EST", "a.m. Tuesday").
                if self.punct(k, b'.')
                    && (!self.capital(k + 1)
                        || self.has(k + 1, List::Zone)
                        || self.day_after(k + 1).is_some())
                {
                    k += 1;
                }
                pm
            }
            _ => return None,
        };
        if h == 12 {
            h = 0;
        }
        if pm {
            h += 12;
        }
        let mut end = k;
        let mut after = k;
        let mut utc = false;
        if let Some(z) = self.word(after).filter(|_| self.has(after, List::Zone)) {
            utc = is_utc(z);
            after += 1;
            end = after;
        }
        if self.punct(after, b',') {
            after += 1;
        }
        // The time in another zone may stand between: "10:35 a.m. (0735
        // GMT) Friday".
        if self.punct(after, b'(') {
            let close =
                (after + 1..(after + 6).min(self.toks.len())).find(|&i| self.punct(i, b')'));
            if let Some(c) = close
                && self.day_after(c + 1).is_some()
            {
                after = c + 1;
            }
        }
        // "6:30 a.m. the following morning": the day after the last named.
        let day = self.day_after(after).or_else(|| {
            let next = self.is(after, "the")
                && (self.is(after + 1, "following") || self.is(after + 1, "next"));
            next.then(|| self.next_day(after + 2)).flatten()
        });
        let date = match day {
            Some(Hit {
                value: DateValue::Day(d),
                end: e,
                ..
            }) => {
                end = e;
                d
            }
            _ => self.anchor?,
        };
        if utc {
            return hit(end, DateValue::UtcTime(date, h, min));
        }
        hit(end, DateValue::Time(date, h, min))
    }

    /// A 24-hour time with its zone: "16:08 UTC", "0800 GMT". Without a zone
    /// such numbers are too often scores and counts.
    fn clock24(&self, j: usize, n: Number) -> Option<Hit> {
        if !n.letters.is_empty() || n.digits > 4 {
            return None;
        }
        let (h, m, k) = if self.punct(j + 1, b':') {
            let m = self.num(j + 2).filter(|m| m.len() == 2)?;
            (n.value, u32::from(m.parse::<u8>().ok()?), j + 3)
        } else if n.digits == 4 {
            (n.value / 100, n.value % 100, j + 1)
        } else {
            return None;
        };
        if h > 23 || m > 59 {
            return None;
        }
        // Below 24 and 60: fit a u8.
        let (h, m) = (h as u8, m as u8);
        let zone = self.word(k).filter(|_| self.has(k, List::Zone))?;
        let date = match self.day_after(k + 1) {
            Some(Hit {
                value: DateValue::Day(d),
                ..
            }) => d,
            _ => self.anchor?,
        };
        let value = if is_utc(zone) {
            DateValue::UtcTime(date, h, m)
        } else {
            DateValue::Time(date, h, m)
        };
        hit(k + 1, value)
    }
}

/// Whether a zone abbreviation is universal time, which TimeML marks "Z".
/// Whether word `w` reads as a verb's past: lowercase, five letters or
/// more, ending in "ed" ("signed", not "Ted" or "bed").
fn verb_ed(w: &[u8]) -> bool {
    w.len() >= 5 && w.first().is_some_and(u8::is_ascii_lowercase) && w.ends_with(b"ed")
}

/// Word `w` with every "s" or "S" taken off its end: "days" is "day".
fn without_plural(mut w: &[u8]) -> &[u8] {
    while let [rest @ .., b's' | b'S'] = w {
        w = rest;
    }
    w
}

fn is_utc(zone: &str) -> bool {
    zone.eq_ignore_ascii_case("utc") || zone.eq_ignore_ascii_case("gmt")
}

/// A word for comparison without regard to case.
#[derive(Clone, Copy)]
struct Lower<'a>(&'a [u8]);

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0.eq_ignore_ascii_case(other.as_bytes())
    }
}

/// The first three digits' hundreds for a two-digit year: 19 for "'82", 20
/// for "'05" (the cut at 30 suits news of the last century and this one), as
/// tens of years: 190 or 200.
fn century_of(yy: i32) -> i32 {
    if yy >= 30 { 190 } else { 200 }
}

/// A number token (digits, then any letters: "15", "15th", "1990s") read
/// once: what `Scan::number` and the clocks ask of it is in these fields.
#[derive(Clone, Copy)]
struct Number<'t> {
    /// The value of its digits, saturated at `u32::MAX` (only small values
    /// are ever asked for).
    value: u32,
    /// How many digits it has.
    digits: usize,
    /// The letters after the digits ("th" of "15th"), maybe none.
    letters: &'t str,
}

impl<'t> Number<'t> {
    fn read(t: &'t str) -> Self {
        let mut value = 0u32;
        let mut digits = 0;
        for &b in t.as_bytes() {
            if !b.is_ascii_digit() {
                break;
            }
            value = value.saturating_mul(10).saturating_add(u32::from(b - b'0'));
            digits += 1;
        }
        Number {
            value,
            digits,
            letters: &t[digits..],
        }
    }

    /// A day of the month: "15", "15th", "1st".
    fn day_of_month(self) -> Option<u8> {
        let ordinal = self.letters.is_empty()
            || ["st", "nd", "rd", "th"]
                .iter()
                .any(|s| self.letters.eq_ignore_ascii_case(s));
        // From 1 to 31: fits a u8.
        (ordinal && self.digits <= 2 && (1..=31).contains(&self.value)).then_some(self.value as u8)
    }

    /// Its four digits' year, 1000 to 2199, whatever letters follow.
    fn year_of_digits(self) -> Option<i32> {
        // Below 2200: fits an i32.
        (self.digits == 4 && (1000..2200).contains(&self.value)).then_some(self.value as i32)
    }

    /// A year written with four digits alone, 1000 to 2199.
    fn year(self) -> Option<i32> {
        self.year_of_digits().filter(|_| self.letters.is_empty())
    }
}

/// A day of the month: "15", "15th", "1st".
fn day_of_month(t: &str) -> Option<u8> {
    Number::read(t).day_of_month()
}

/// A year written with four digits, 1000 to 2199.
fn year_digits(t: &str) -> Option<i32> {
    Number::read(t).year()
}

fn fourth_thursday(y: i32) -> Option<Date> {
    let first = ymd(y, 11, 1)?;
    let to_thu = (3 - i64::from(first.weekday().number_days_from_monday())).rem_euclid(7);
    first.checked_add(Duration::days(to_thu + 21))
}

/// The Tuesday after the first Monday of November: the first Tuesday from
/// November 2.
fn election_day(y: i32) -> Option<Date> {
    let second = ymd(y, 11, 2)?;
    let to_tue = (1 - i64::from(second.weekday().number_days_from_monday())).rem_euclid(7);
    second.checked_add(Duration::days(to_tue))
}

fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

fn quarter_of(d: Date) -> u8 {
    (d.month() as u8 - 1) / 3 + 1
}

fn add_months(y: i32, m: u8, n: i32) -> (i32, u8) {
    let idx = y * 12 + i32::from(m) - 1 + n;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u8)
}

fn add_quarters(y: i32, q: u8, n: i32) -> (i32, u8) {
    let idx = y * 4 + i32::from(q) - 1 + n;
    (idx.div_euclid(4), (idx.rem_euclid(4) + 1) as u8)
}

/// Month `m` in the year that fits the tense: on or before the anchor's
/// month in the past, on or after it in the future, the nearest otherwise;
/// months within `slack` of the anchor's fit any tense, except that a slack
/// of 1 in the past means strictly before.
fn nearest_month(a: Date, m: u8, tense: Tense, slack: i32) -> (i32, u8) {
    let here = a.year() * 12 + i32::from(a.month() as u8) - 1;
    let best = (-1..=1)
        .map(|dy| (a.year() + dy) * 12 + i32::from(m) - 1)
        .filter(|&c| match tense {
            // With a slack of 1 the anchor's own month is excluded: "last
            // April" said in April.
            Tense::Past if slack == 1 => c < here,
            _ if (c - here).abs() <= slack => true,
            Tense::Past => c <= here,
            Tense::Future => c >= here,
            Tense::Unknown => true,
        })
        // News looks back: an unmarked month is a past one unless the
        // coming one is much nearer.
        .min_by_key(|&c| if c > here { (c - here) + 2 } else { here - c })
        .unwrap_or(here);
    add_months(0, 1, best)
}

/// [`nearest_month`] with a slack of 2 and a guessed tense, which is asked
/// for only when it can matter.
///
/// The guess is a walk over the words around the expression, and it
/// settles only a month more than two from the anchor's: a nearer month of
/// the three candidates fits every tense, and is the nearest of those kept
/// (the other two are ten months away or more), so it is the answer
/// whatever the tense.
fn nearest_month_lazily(a: Date, m: u8, tense: impl FnOnce() -> Tense) -> (i32, u8) {
    let here = a.year() * 12 + i32::from(a.month() as u8) - 1;
    let near = (-1..=1)
        .map(|dy| (a.year() + dy) * 12 + i32::from(m) - 1)
        .find(|&c| (c - here).abs() <= 2);
    match near {
        Some(c) => add_months(0, 1, c),
        None => nearest_month(a, m, tense(), 2),
    }
}

/// Day `d` of month `m` in the year that fits the tense (see
/// [`nearest_month`]), with the tense asked for only when it can matter: a
/// candidate day within 62 days of the anchor fits every tense and is the
/// nearest of those kept (the other two are a year away), so it is the
/// answer whatever the tense, and the guess, a walk over the words around
/// the expression, is spared.
///
/// Each candidate and its distance from the anchor are worked out once,
/// for both looks: the second look built the three days and their
/// distances again (about 9K instructions over corpora/real).
fn nearest_day_lazily(a: Date, m: u8, d: u8, tense: impl FnOnce() -> Tense) -> Option<Date> {
    let candidates =
        [-1, 0, 1].map(|dy| ymd(a.year() + dy, m, d).map(|c| (c, (c - a).whole_days())));
    let fitting = candidates.into_iter().flatten();
    if let Some((c, _)) = fitting.clone().find(|&(_, days)| days.abs() <= 62) {
        return Some(c);
    }
    // No candidate is near: the tense says which way to look.
    let tense = tense();
    fitting
        .filter(|&(_, days)| match tense {
            Tense::Past => days <= 0,
            Tense::Future => days >= 0,
            Tense::Unknown => true,
        })
        .min_by_key(|&(_, days)| (days.abs(), days > 0))
        .map(|(c, _)| c)
}

/// [`nearest_day_lazily`] as it read before it worked out each candidate
/// once, with the tense given: the tests' reference.
#[cfg(test)]
fn nearest_day(a: Date, m: u8, d: u8, tense: Tense) -> Option<Date> {
    (-1..=1)
        .filter_map(|dy| ymd(a.year() + dy, m, d))
        .filter(|&c| match tense {
            _ if (c - a).whole_days().abs() <= 62 => true,
            Tense::Past => c <= a,
            Tense::Future => c >= a,
            Tense::Unknown => true,
        })
        .min_by_key(|&c| ((c - a).whole_days().abs(), c > a))
}

/// [`weekday_from`], asking `tense` only when it matters: the story's own
/// weekday is the story's date whichever way the clause points. A story
/// names its own weekday often ("said on Monday" in Monday's news), and
/// the tense walk it spares reads some fifteen words (about 17K
/// instructions fewer over corpora/real).
fn weekday_from_lazily(a: Date, wd: u8, tense: impl FnOnce() -> Tense) -> Option<Date> {
    if a.weekday().number_days_from_monday() == wd {
        return Some(a);
    }
    weekday_from(a, wd, tense())
}

/// The weekday `wd` (Monday = 0) on or before the anchor, or after it in a
/// future clause.
fn weekday_from(a: Date, wd: u8, tense: Tense) -> Option<Date> {
    let today = i64::from(a.weekday().number_days_from_monday());
    let wd = i64::from(wd);
    let shift = if tense == Tense::Future {
        (wd - today).rem_euclid(7)
    } else {
        -(today - wd).rem_euclid(7)
    };
    a.checked_add(Duration::days(shift))
}

/// The season (0 spring to 3 winter) the anchor falls in.
fn season_index(a: Date) -> u8 {
    match a.month() as u8 {
        3..=5 => 0,
        6..=8 => 1,
        9..=11 => 2,
        _ => 3,
    }
}

/// "last fall", "this summer", "next spring" from the anchor's season.
fn season_from(a: Date, s: u8, dir: i32) -> DateValue {
    let m = a.month() as u8;
    // Winter belongs to the year it starts in.
    let (ay, asn) = match m {
        3..=5 => (a.year(), 0),
        6..=8 => (a.year(), 1),
        9..=11 => (a.year(), 2),
        12 => (a.year(), 3),
        _ => (a.year() - 1, 3),
    };
    let here = ay * 4 + asn;
    let year = match dir {
        0 => a.year(),
        d => {
            let c = (ay - 1..=ay + 1)
                .map(|y| y * 4 + i32::from(s))
                .filter(|&c| if d < 0 { c < here } else { c > here })
                .min_by_key(|&c| (c - here).abs())
                .unwrap_or(here);
            c.div_euclid(4)
        }
    };
    DateValue::Season(year, Season::from_index(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    // The readings of a number token as `Scan::number` and the clocks took
    // them before `Number` read its digits once: each its own parse of the
    // text. Kept as the reference of `number_read_once_reads_as_parsed`.
    /// A day of the month: "15", "15th", "1st".
    fn day_of_month_parsed(t: &str) -> Option<u8> {
        let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &t[digits.len()..];
        if !(suffix.is_empty()
            || ["st", "nd", "rd", "th"]
                .iter()
                .any(|s| suffix.eq_ignore_ascii_case(s)))
        {
            return None;
        }
        if digits.is_empty() || digits.len() > 2 {
            return None;
        }
        digits.parse().ok().filter(|d| (1..=31).contains(d))
    }

    /// A year written with four digits, 1000 to 2199.
    fn year_digits_parsed(t: &str) -> Option<i32> {
        if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        t.parse().ok().filter(|y| (1000..2200).contains(y))
    }

    /// The readings of a number token the two functions below compare, in
    /// their order.
    type Readings = (
        Option<u8>,
        Option<u16>,
        Option<i32>,
        Option<(u8, u8)>,
        Option<u8>,
        Option<u8>,
        Option<i32>,
        Option<i32>,
    );

    /// What `Scan::number` and the clocks read of a number token, parsing its
    /// text as they did before `Number`: the hour of `clock`, the value
    /// below 100 of `ago`, the two-digit decade ("80s"), the hours and
    /// minutes of a four-digit `clock24`, the hour before a colon, the day
    /// of the month, the "1990s" decade and the bare year.
    fn readings_parsed(t: &str) -> Readings {
        let hour = t.parse::<u8>().ok().filter(|h| (1..=12).contains(h));
        let small = t.parse::<u16>().ok().filter(|&n| n < 100);
        let decade = t
            .strip_suffix('s')
            .filter(|d| d.len() == 2 && d.ends_with('0'))
            .and_then(|d| d.parse::<i32>().ok());
        let four = (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| Some((t[..2].parse::<u8>().ok()?, t[2..].parse::<u8>().ok()?)))
            .flatten()
            .filter(|&(h, m)| h <= 23 && m <= 59);
        let before_colon = t.parse::<u8>().ok().filter(|&h| h <= 23 && t.len() <= 4);
        let years = t.strip_suffix('s').and_then(year_digits_parsed);
        (
            hour,
            small,
            decade,
            four,
            before_colon,
            day_of_month_parsed(t),
            years,
            year_digits_parsed(t),
        )
    }

    /// The same readings taken from [`Number`], as the code reads them now.
    fn readings_read_once(t: &str) -> Readings {
        let n = Number::read(t);
        let digits_alone = n.letters.is_empty();
        let hour = (digits_alone && (1..=12).contains(&n.value)).then_some(n.value as u8);
        let small = (digits_alone && n.value < 100).then_some(n.value as u16);
        let decade = (n.letters == "s" && n.digits == 2 && n.value.is_multiple_of(10))
            .then_some(n.value as i32);
        let clock24 = digits_alone && n.digits <= 4;
        let four = (clock24 && n.digits == 4 && n.value / 100 <= 23 && n.value % 100 <= 59)
            .then_some(((n.value / 100) as u8, (n.value % 100) as u8));
        let before_colon = (clock24 && n.value <= 23).then_some(n.value as u8);
        let years = if n.letters == "s" {
            n.year_of_digits()
        } else {
            None
        };
        (
            hour,
            small,
            decade,
            four,
            before_colon,
            day_of_month(t),
            years,
            year_digits(t),
        )
    }

    #[test]
    fn number_read_once_reads_as_parsed() {
        // Every number token of up to five digits, with the letters that
        // matter after it, and longer ones that overflow the small types.
        let letters = [
            "", "s", "st", "nd", "rd", "th", "TH", "Rd", "x", "ss", "sth", "am", "pm",
        ];
        let mut tokens = Vec::new();
        for len in 1..=5u32 {
            for v in 0..10u32.pow(len) {
                tokens.push(format!("{v:0width$}", width = len as usize));
            }
        }
        tokens.extend(
            [
                "123456",
                "4294967295",
                "4294967296",
                "99999999999999",
                "000000000000012",
            ]
            .map(String::from),
        );
        for digits in &tokens {
            for l in letters {
                let t = format!("{digits}{l}");
                assert_eq!(readings_read_once(&t), readings_parsed(&t), "{t}");
            }
        }
        // And a story's own numbers found as before.
        assert_eq!(
            readings_read_once("15th").5,
            Some(15),
            "a day with its ordinal's letters"
        );
    }

    proptest::proptest! {
        #[test]
        fn number_read_once_reads_any_number_token_as_parsed(t in "[0-9]{1,14}[a-zA-Z]{0,4}") {
            proptest::prop_assert_eq!(readings_read_once(&t), readings_parsed(&t));
        }
    }

    /// The dates of a story with `text` as its body.
    fn values(text: &str, anchor: Option<Date>) -> Vec<(String, String)> {
        // A paragraph of prose, so that the layout reads it as the story.
        let story = format!(
            "A headline\n\nOfficials in the capital gave the details to many reporters. {text}"
        );
        let layout = Layout::new(&story);
        find(&story, &layout, anchor, None, None)
            .into_iter()
            .map(|m| (m.text.to_string(), m.value.to_string()))
            .collect()
    }

    /// White space that the quote tokenizer passes over but the dates'
    /// tokenizer reads as a token (a no-break space, a thin space, a
    /// vertical tab), between a month and its day in a quote segment:
    /// the dates read from the segments' cut are those read from the bytes,
    /// the cut noting each such segment, which is then read from its bytes.
    #[test]
    fn rare_spaces_give_the_dates_of_the_bytes() {
        let spaces = [
            "\u{a0}", "\u{2009}", "\u{202f}", "\u{205f}", "\u{3000}", "\u{b}", "  ",
        ];
        for space in spaces {
            let story = format!(
                "A headline\n\nOfficials in the capital gave the details to many reporters \
                 on \"May{space}5, 2019,\" and{space}ran on.\n\nThe talks opened on August 1."
            );
            let layout = Layout::new(&story);
            let cut = crate::quote::cut_every(&story, &layout).expect("a cut");
            let read = |cut| -> Vec<(&str, String)> {
                find(&story, &layout, Some(THU), None, cut)
                    .into_iter()
                    .map(|m| (m.text, m.value.to_string()))
                    .collect()
            };
            assert_eq!(read(Some(&cut)), read(None), "{space:?}");
        }
    }

    fn one(text: &str, anchor: Date) -> String {
        let v = values(text, Some(anchor));
        assert_eq!(v.len(), 1, "{text:?} gave {v:?}");
        v[0].1.clone()
    }

    const THU: Date = day(2019, 8, 15);

    const fn day(y: i32, m: u8, d: u8) -> Date {
        match Date::from_calendar_date(y, month(m), d) {
            Ok(d) => d,
            Err(_) => panic!("bad test date"),
        }
    }

    const fn month(m: u8) -> Month {
        match m {
            4 => Month::April,
            8 => Month::August,
            _ => Month::January,
        }
    }

    #[test]
    fn weekdays_point_back_unless_future() {
        assert_eq!(one("The talks ended on Thursday.", THU), "2019-08-15");
        assert_eq!(one("He arrived on Monday.", THU), "2019-08-12");
        assert_eq!(one("She spoke Friday.", THU), "2019-08-09");
        assert_eq!(one("He will visit on Monday.", THU), "2019-08-19");
        assert_eq!(one("They meet next Monday.", THU), "2019-08-19");
        assert_eq!(one("They met last Friday.", THU), "2019-08-09");
        assert_eq!(one("It rained Monday morning.", THU), "2019-08-12");
        assert_eq!(one("It rained Monday evening.", THU), "2019-08-12TEV");
        assert_eq!(one("It rained last night.", THU), "2019-08-14TNI");
    }

    /// The story's own weekday is the story's date in any tense, without
    /// the tense being asked; every other weekday is found as
    /// `weekday_from` finds it.
    #[test]
    fn the_storys_own_weekday_needs_no_tense() {
        assert_eq!(one("He will speak on Thursday.", THU), "2019-08-15");
        assert_eq!(one("He spoke on Thursday.", THU), "2019-08-15");
        for wd in 0..7 {
            for tense in [Tense::Past, Tense::Future, Tense::Unknown] {
                let asked = core::cell::Cell::new(false);
                let lazily = weekday_from_lazily(THU, wd, || {
                    asked.set(true);
                    tense
                });
                assert_eq!(lazily, weekday_from(THU, wd, tense), "{wd} {tense:?}");
                assert_eq!(asked.get(), wd != 3, "{wd}");
            }
        }
    }

    #[test]
    fn named_days_parts_possessives_and_spelled_years() {
        assert_eq!(one("Fans cheered Friday night.", THU), "2019-08-09");
        assert_eq!(one("She spoke Tuesday afternoon.", THU), "2019-08-13");
        assert_eq!(one("They will meet Friday evening.", THU), "2019-08-16TEV");
        assert_eq!(
            one("They will look for ways around Wednesday's ruling.", THU),
            "2019-08-14"
        );
        assert_eq!(
            one("He vowed to halve it by the year two thousand.", THU),
            "2000"
        );
        assert_eq!(
            one("It ends by the year two thousand and five.", THU),
            "2005"
        );
        assert_eq!(one("It ends by the year 2005.", THU), "2005");
        assert_eq!(one("It rose for the year.", THU), "2019");
    }

    #[test]
    fn times_days_and_passives() {
        assert_eq!(
            one("The blast occurred at 10:35 a.m. (0735 GMT) Tuesday.", THU),
            "2019-08-13T10:35"
        );
        assert_eq!(
            one("The summit would still be held on June 2.", THU),
            "2020-06-02"
        );
        assert_eq!(one("During the day Friday, he played.", THU), "2019-08-09");
    }

    #[test]
    fn tense_cues_of_places_arrangements_and_deadlines() {
        // "next to" names a place; the verb before it tells the time.
        assert_eq!(
            one(
                "A bomb ripped through a building next to the embassy Friday.",
                THU
            ),
            "2019-08-09"
        );
        assert_eq!(
            one("The shares are to resume trading Tuesday.", THU),
            "2019-08-20"
        );
        assert_eq!(
            one("The talks are set to resume Monday.", THU),
            "2019-08-19"
        );
        assert_eq!(
            one("They were given until 9 a.m. Tuesday.", THU),
            "2019-08-20T09:00"
        );
        assert_eq!(
            one("Until Monday, they had not named him.", THU),
            "2019-08-12"
        );
        assert_eq!(one("They agreed to wait until Monday.", THU), "2019-08-19");
        assert_eq!(
            one(
                "On Tuesday, the group plans to hold a news conference.",
                THU
            ),
            "2019-08-20"
        );
        assert_eq!(
            one(
                "On Tuesday, when she set aside vacation plans, she left.",
                THU
            ),
            "2019-08-13"
        );
    }

    #[test]
    fn month_names_with_and_without_days() {
        assert_eq!(one("It happened on Aug. 15.", THU), "2019-08-15");
        assert_eq!(one("It happened on August 15th.", THU), "2019-08-15");
        assert_eq!(one("It happened on 15 August.", THU), "2019-08-15");
        assert_eq!(one("It happened Aug 15, 2018.", THU), "2018-08-15");
        assert_eq!(one("He was born in March 1987.", THU), "1987-03");
        assert_eq!(one("They met in April.", THU), "2019-04");
        assert_eq!(one("They met in April of last year.", THU), "2018-04");
        assert_eq!(one("The vote is due in December.", THU), "2019-12");
        assert_eq!(one("The vote was in December.", THU), "2018-12");
    }

    #[test]
    fn ambiguous_month_names_need_context() {
        assert!(values("He may go and march.", Some(THU)).is_empty());
        assert!(values("Officials May said.", Some(THU)).is_empty());
        assert_eq!(one("Voting began in May.", THU), "2019-05");
        assert!(values("April Glaspie said so.", Some(THU)).is_empty());
    }

    #[test]
    fn relative_units() {
        assert_eq!(one("It fell last week.", THU), "2019-W32");
        assert_eq!(one("It fell this week.", THU), "2019-W33");
        assert_eq!(one("It rose last month.", THU), "2019-07");
        assert_eq!(one("It rose last year.", THU), "2018");
        assert_eq!(one("It will rise next year.", THU), "2020");
        assert_eq!(one("Sales this year are up.", THU), "2019");
        assert_eq!(one("It snowed last winter.", THU), "2018-WI");
        assert_eq!(one("It happened last spring.", THU), "2019-SP");
        assert_eq!(one("They met last night.", THU), "2019-08-14TNI");
        assert_eq!(one("They met this morning.", THU), "2019-08-15TMO");
    }

    #[test]
    fn days_relative_to_the_anchor() {
        assert_eq!(one("He left yesterday.", THU), "2019-08-14");
        assert_eq!(one("He leaves today.", THU), "2019-08-15");
        assert_eq!(one("He leaves tomorrow.", THU), "2019-08-16");
        assert_eq!(one("They meet tonight.", THU), "2019-08-15TNI");
        assert_eq!(
            one("It opened at 9 a.m. yesterday.", THU),
            "2019-08-14T09:00"
        );
        assert_eq!(one("It opens at noon tomorrow.", THU), "2019-08-16T12:00");
        assert_eq!(one("He left two days ago.", THU), "2019-08-13");
        assert_eq!(one("He left three years ago.", THU), "2016");
        assert_eq!(one("He left 6 months ago.", THU), "2019-02");
        assert_eq!(one("He left two weeks ago.", THU), "2019-W31");
        assert_eq!(one("He left on Christmas Day.", THU), "2018-12-25");
        assert_eq!(one("He will be back for Thanksgiving.", THU), "2019-11-28");
    }

    #[test]
    fn years_and_decades() {
        assert_eq!(one("It was founded in 2011.", THU), "2011");
        assert!(values("There were 2011 people.", Some(THU)).is_empty());
        assert!(values("It cost $2011 in all.", Some(THU)).is_empty());
        assert!(values("It has 1,990 staff.", Some(THU)).is_empty());
        let v = values("The 1910-1945 colonial rule ended.", Some(THU));
        assert_eq!(v.len(), 2);
        assert_eq!(one("Prices rose in the 1990s.", THU), "199");
        assert_eq!(one("Prices rose in the mid-1980s.", THU), "198");
        assert_eq!(one("Profit in fiscal 1989 rose.", THU), "1989");
        assert_eq!(one("It began in nineteen ninety-six.", THU), "1996");
        assert_eq!(one("It began in nineteen eighty.", THU), "1980");
        assert_eq!(one("It began in the nineties.", THU), "199");
        assert_eq!(one("Cars of the '70s were boxy.", THU), "197");
        assert_eq!(one("The lowest level since '82 came.", THU), "1982");
        assert!(values("He said 'no' to 82 people.", Some(THU)).is_empty());
        assert_eq!(one("The 20th century was long.", THU), "19");
        assert_eq!(one("Sales slowed over the summer.", THU), "2019-SU");
        assert_eq!(one("Sales slowed in the spring.", THU), "2019-SP");
        assert_eq!(one("Sales slowed in the winter.", THU), "2018-WI");
        assert_eq!(one("It opened in summer 1998.", THU), "1998-SU");
    }

    #[test]
    fn quarters() {
        assert_eq!(one("Third-quarter profit rose.", THU), "2019-Q3");
        assert_eq!(
            one("Profit rose in the first quarter of 1990.", THU),
            "1990-Q1"
        );
        assert_eq!(
            one("Profit rose in the 1988 third quarter.", THU),
            "1988-Q3"
        );
        let v = values(
            "Net rose in the second quarter from a year earlier.",
            Some(THU),
        );
        assert_eq!(v[1].1, "2018-Q2");
        let v = values(
            "Net rose in the second quarter from the same period last year.",
            Some(THU),
        );
        assert_eq!(v[1].1, "2018-Q2");
        assert_eq!(one("It rose from a year earlier.", THU), "2018");
        assert_eq!(one("Sales in the current quarter.", THU), "2019-Q3");
        assert_eq!(one("Sales rose in the fourth quarter.", THU), "2018-Q4");
        assert_eq!(
            one("Sales will rise in the fourth quarter.", THU),
            "2019-Q4"
        );
        assert_eq!(
            one("Net fell in the first quarter of last year.", THU),
            "2018-Q1"
        );
        assert_eq!(one("Stocks rose 2% to end the day.", THU), "2019-08-15");
        assert_eq!(one("Stocks fell later in the day.", THU), "2019-08-15");
        assert!(values("He works in the day and sleeps.", Some(THU)).is_empty());
        assert_eq!(
            one("It will grow in the first two quarters of 2020.", THU),
            "2020-H1"
        );
        assert_eq!(
            one("Earnings fell in the last half of 2018.", THU),
            "2018-H2"
        );
    }

    #[test]
    fn clock_times() {
        assert_eq!(
            one("It ended at 10:30 a.m. today.", THU),
            "2019-08-15T10:30"
        );
        assert_eq!(
            one("It starts at 9 p.m. EST Tuesday.", THU),
            "2019-08-13T21:00"
        );
        assert_eq!(one("Lunch at noon Friday.", THU), "2019-08-09T12:00");
        assert_eq!(
            one("The index was down 2% at 16:08 UTC.", THU),
            "2019-08-15T16:08Z"
        );
        assert_eq!(one("Banks acted at 0800 GMT.", THU), "2019-08-15T08:00Z");
        assert!(values("The score was 16:08 at the half.", Some(THU)).is_empty());
        assert!(values("He starred in High Noon, a film.", Some(THU)).is_empty());
        assert_eq!(one("They met at noon.", THU), "2019-08-15T12:00");
    }

    #[test]
    fn without_an_anchor_only_absolute_dates() {
        let v = values(
            "On Thursday, Aug. 15, 2019, and in 1990 and last week.",
            None,
        );
        let got: Vec<_> = v.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(got, ["2019-08-15", "1990"]);
    }

    #[test]
    fn the_datelines_date_is_its_own_field() {
        let text = "Head\n\nSEOUL, Aug. 14 (Yonhap) -- Officials of the two countries met on Tuesday to talk about trade and the border.";
        let layout = Layout::new(text);
        let dl = Some(Span::new(6, 32));
        let got: Vec<_> = find(text, &layout, Some(THU), dl, None)
            .into_iter()
            .map(|m| m.value.to_string())
            .collect();
        assert_eq!(got, ["2019-08-13"]);
    }

    #[test]
    fn the_paragraph_after_a_lone_dateline_is_scanned() {
        let text = "\n\nDENVER, Colo. (AP) --\n\nDr. Jane Doe, just back from the market, was cooking dinner in her kitchen last fall when she was hit by a single shot through a window.\n\nHer killer is still at large. But for the first time, the police have named a suspect in the case.\n\nThe suspect, 40, of Aurora, became the subject of a manhunt when he was called a witness.";
        let layout = Layout::new(text);
        assert_eq!(layout.paragraphs.get(1).map(|p| p.role), Some(Role::Chrome));
        let start = text.find("DENVER").unwrap_or(0);
        let dl = Some(Span::new(start, start + 19));
        let got: Vec<_> = find(text, &layout, Some(THU), dl, None)
            .into_iter()
            .map(|m| m.value.to_string())
            .collect();
        assert_eq!(got, ["2018-FA"]);
    }

    #[test]
    fn a_dateline_alone_on_its_line_is_scanned() {
        let text = "Leaders meet on trade\n\nWASHINGTON, August 13 (Xinhua) --\n\nOfficials of the two countries met on Tuesday to talk about trade and the border, the ministry said in a statement.";
        let layout = Layout::new(text);
        let start = text.find("WASHINGTON").unwrap_or(0);
        let dl = Some(Span::new(start, start + 32));
        let got: Vec<_> = find(text, &layout, Some(THU), dl, None)
            .into_iter()
            .map(|m| m.value.to_string())
            .collect();
        assert_eq!(got, ["2019-08-13"]);
    }

    /// The scan is the story's, kept from paragraph to paragraph: the last
    /// date named carries over, but where the last expression ended does
    /// not. The second paragraph's comma is token 5, where the first's date
    /// ended: read as an apposition to it, "the day" would be Oct. 12.
    #[test]
    fn an_apposition_is_to_a_date_of_its_own_paragraph() {
        let text = "Leaders meet on trade\n\n\
                    They met Oct. 12, then left the capital for the long talks at the border.\n\n\
                    Rain fell and rain fell, the day before it cleared over the capital and hills.\n\n\
                    Talks went on that day, and the ministry said it would report back later.";
        let layout = Layout::new(text);
        let got: Vec<_> = find(text, &layout, Some(THU), None, None)
            .into_iter()
            .map(|m| (m.text, m.value.to_string()))
            .collect();
        assert_eq!(
            got,
            [
                ("Oct. 12", "2019-10-12".to_string()),
                ("that day", "2019-10-12".to_string())
            ]
        );
    }

    #[test]
    fn labels_are_not_story_dates() {
        assert_eq!(one("PEKING, March 19 - Talks began.", THU), "2019-03-19");
        assert_eq!(
            one("Sen. Jesse Helms, R-N.C., backed the 1959 law.", THU),
            "1959"
        );
        assert!(values("By IANS | Updated: August 15, 2019 09:20 IST", Some(THU)).is_empty());
        assert!(values("Copyright(C) 2004-2023 AISE Inc.", Some(THU)).is_empty());
        assert_eq!(one("They met, August 11, in Paris.", THU), "2019-08-11");
    }

    #[test]
    fn anaphora_refer_back() {
        let v = values(
            "He was hired in May 1995 and promoted the following year.",
            Some(THU),
        );
        assert_eq!(v[1].1, "1996");
        let v = values(
            "It crashed on Oct. 19, 1987. That day, prices fell.",
            Some(THU),
        );
        assert_eq!(v[1].1, "1987-10-19");
        assert!(values("That quarter was bad.", Some(THU)).is_empty());
        let v = values(
            "Sales fell in May from the same month a year ago.",
            Some(THU),
        );
        assert_eq!(v[1].1, "2018-05");
        let v = values(
            "Net rose in the second quarter. Sales for that quarter fell.",
            Some(THU),
        );
        assert_eq!(v[1].1, "2019-Q2");
    }

    /// The value of the expression whose text is `text` in `story`.
    fn value_of(story: &str, text: &str, anchor: Date) -> Option<String> {
        values(story, Some(anchor))
            .into_iter()
            .find(|(t, _)| t == text)
            .map(|(_, v)| v)
    }

    #[test]
    fn a_future_cue_after_an_article_is_a_noun() {
        // "the plan" is no plan to act: the bare day is the nearest one.
        assert_eq!(
            one("The board approved the plan March 3.", THU),
            "2019-03-03"
        );
        assert_eq!(
            one("The company plans to open a store March 3.", THU),
            "2020-03-03"
        );
    }

    #[test]
    fn days_counted_from_a_named_day() {
        let s = "The day before Tuesday's hearing, he flew in.";
        assert_eq!(
            value_of(s, "The day before Tuesday", THU).as_deref(),
            Some("2019-08-12")
        );
        let s = "Prices fell on Nov. 12, the day before the crash.";
        assert_eq!(value_of(s, "the day", THU).as_deref(), Some("2018-11-12"));
        let s = "Shares closed Friday 4% below the previous Friday.";
        assert_eq!(
            value_of(s, "the previous Friday", THU).as_deref(),
            Some("2019-08-02")
        );
        let s = "He left on Friday and returned the following Monday.";
        assert_eq!(
            value_of(s, "the following Monday", THU).as_deref(),
            Some("2019-08-12")
        );
        let s = "Police raided the house on Aug. 2. The next morning, a judge ruled.";
        assert_eq!(
            value_of(s, "The next morning", THU).as_deref(),
            Some("2019-08-03")
        );
        let s =
            "Checks stopped at 10:30 p.m. Aug. 9 and resumed at 6:30 a.m. the following morning.";
        assert_eq!(
            value_of(s, "6:30 a.m. the following morning", THU).as_deref(),
            Some("2019-08-10T06:30")
        );
        let s = "Conversion rights end on Nov. 30. Until then, the stock trades.";
        assert_eq!(value_of(s, "then", THU).as_deref(), Some("2019-11-30"));
        let s = "It was Nov. 30. He met then-Secretary Jones.";
        assert_eq!(value_of(s, "then", THU), None);
        // Told in the present, the count of days of an event is today.
        let s = "Today is the eighth day of the strike.";
        assert_eq!(
            value_of(s, "the eighth day", THU).as_deref(),
            Some("2019-08-15")
        );
        let s = "It's the second day of the offensive.";
        assert_eq!(
            value_of(s, "the second day", THU).as_deref(),
            Some("2019-08-15")
        );
        let s = "Saturday was the third day of protests.";
        assert_eq!(value_of(s, "the third day", THU), None);
    }

    #[test]
    fn a_plan_in_the_past_perfect_is_past() {
        assert_eq!(
            one("It had been due to expire Friday evening.", THU),
            "2019-08-09TEV"
        );
        assert_eq!(
            one("He had said the offer would expire Friday.", THU),
            "2019-08-16"
        );
    }

    #[test]
    fn a_deadline_in_the_past_perfect_is_past() {
        assert_eq!(
            one("Ten members had filed reports by Wednesday.", THU),
            "2019-08-14"
        );
        assert_eq!(
            one("Members must file reports by Wednesday.", THU),
            "2019-08-21"
        );
    }

    #[test]
    fn decades_and_year_ends() {
        // The calendar decade before the story's: the 2000s in 2019.
        assert_eq!(one("Wages fell in the last decade.", THU), "200");
        assert_eq!(one("Wages fell over the past decade.", THU), "200");
        assert_eq!(one("The deal should close by year-end.", THU), "2019-12-31");
        assert_eq!(one("The index is up 5% since year-end.", THU), "2018-12-31");
        assert_eq!(one("It plans to cut 600 jobs by year end.", THU), "2019");
        assert_eq!(one("Rules should be in place by year's end.", THU), "2019");
        assert!(values("The year-end results were strong.", Some(THU)).is_empty());
        assert_eq!(
            one("Sales in the latest fiscal year were $6 billion.", THU),
            "2018"
        );
    }

    #[test]
    fn quarters_of_a_results_story() {
        let s = "In the quarter ended July 31, sales rose.";
        assert_eq!(value_of(s, "the quarter", THU).as_deref(), Some("2019-Q2"));
        // Once a quarter is named, "the quarter" is that one, however its
        // company's fiscal year numbers it.
        let s = "Net rose in the fourth quarter. For the quarter ended July 31, sales fell.";
        assert_eq!(value_of(s, "the quarter", THU).as_deref(), Some("2018-Q4"));
        let s = "Profit rose in the second quarter. Sales for last year's quarter were lower.";
        assert_eq!(
            value_of(s, "last year's quarter", THU).as_deref(),
            Some("2018-Q2")
        );
        let s = "Net fell in the second quarter. This quarter's loss includes charges.";
        assert_eq!(value_of(s, "This quarter", THU).as_deref(), Some("2019-Q2"));
        assert_eq!(one("Sales will rise this quarter.", THU), "2019-Q3");
        // A year before "quarter" or "period" is the quarter reported in
        // that year once one is, and the year itself before.
        let s = "Net rose in the second quarter, against the 2018 period.";
        assert_eq!(
            value_of(s, "the 2018 period", THU).as_deref(),
            Some("2018-Q2")
        );
        let s = "Net rose, against a loss in the 2018 period.";
        assert_eq!(values(s, Some(THU)), [("the 2018".into(), "2018".into())]);
    }

    #[test]
    fn parts_of_named_days_and_election_day() {
        assert_eq!(
            one("Shares fell at mid-afternoon yesterday.", THU),
            "2019-08-14TAF"
        );
        let s = "Shares fell at mid-afternoon yesterday.";
        assert!(value_of(s, "mid-afternoon yesterday", THU).is_some());
        // The Tuesday after the first Monday of November.
        assert_eq!(
            one("It is a theme from now to Election Day.", THU),
            "2019-11-05"
        );
        let oct98 = Date::from_calendar_date(1998, Month::October, 26).unwrap();
        assert_eq!(
            one("It is a theme from now to Election Day.", oct98),
            "1998-11-03"
        );
        assert!(values("The election day was calm.", Some(THU)).is_empty());
    }

    #[test]
    fn seed_examples() {
        let a = day(2019, 8, 16);
        let v = values(
            "Kim oversaw a test on Thursday, the first since a launch in April.",
            Some(a),
        );
        let got: Vec<_> = v.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(got, ["2019-08-15", "2019-04"]);
        let a = day(2020, 8, 16);
        let v = values(
            "It fired on Saturday, after a test in April of last year.",
            Some(a),
        );
        let got: Vec<_> = v.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(got, ["2020-08-15", "2019-04"]);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_any_text(s in "\\PC{0,200}") {
            let layout = Layout::new(&s);
            for m in find(&s, &layout, Some(THU), None, None) {
                proptest::prop_assert_eq!(&s.as_str()[m.span], m.text);
            }
        }

        #[test]
        fn never_panics_on_date_like_text(
            s in "([A-Z][a-z]{0,8}|[0-9]{1,4}|[.,:'-]|a\\.m\\.|ago|last|next|year| ){0,30}"
        ) {
            let text = format!("Head\n\n{s}");
            let layout = Layout::new(&text);
            let _ = find(&text, &layout, Some(THU), None, None);
            let _ = find(&text, &layout, Some(day(1, 1, 1)), Some(Span::new(0, 9)), None);
        }
    }

    /// Every word the patterns know, in the case tables keep them, and a
    /// few they do not: the words news-like random text is drawn from.
    fn vocabulary() -> Vec<String> {
        use table::*;
        let mut words: Vec<String> = Vec::new();
        for list in [
            FUTURE_CUES,
            PAST_CUES,
            YEAR_CUES,
            MONTH_CUES,
            ZONES,
            ARRANGEMENTS,
            CLOCK_WORDS,
            PLAN_VERBS,
            CLOCK_FRAMES,
            DAY_FRAMES,
            DETERMINERS,
            FUTURE_AUXILIARIES,
            MODALS,
            MODIFIERS,
            PERFECT_CUES,
            SEASON_FRAMES,
            STAMP_LABELS,
            YEAR_FOLLOWERS,
            YEAR_FRAMES,
            YEAR_QUALIFIERS,
            DEADLINES,
            TRIGGERS,
        ] {
            words.extend(list.iter().map(|w| w.to_string()));
        }
        words.extend(OPENERS.iter().map(|e| e.0.to_string()));
        words.extend(MONTHS.iter().map(|e| e.0.to_string()));
        words.extend(WEEKDAYS.iter().map(|e| e.0.to_string()));
        words.extend(COUNTS.iter().map(|e| e.0.to_string()));
        words.extend(ORDINALS.iter().map(|e| e.0.to_string()));
        words.extend(HOLIDAYS.iter().map(|e| e.0.to_string()));
        words.extend(SEASONS.iter().map(|e| e.0.to_string()));
        words.extend(PARTS_OF_DAY.iter().map(|e| e.0.to_string()));
        words.extend(TENS_STEMS.iter().map(|e| format!("{}y", e.0)));
        words.extend(TENS_STEMS.iter().map(|e| format!("{}ies", e.0)));
        words.extend(
            [
                "the",
                "of",
                "s",
                "be",
                "is",
                "in",
                "end",
                "ended",
                "ending",
                "century",
                "and",
                "said",
                "market",
                "mayor",
                "officials",
                "todays",
                "weeks",
                "days",
                "years",
                "months",
                "Reuters",
                "copyright",
                "c",
                "was",
                "reported",
            ]
            .map(String::from),
        );
        words
    }

    /// News-like paragraphs: vocabulary words, some capitalized, with
    /// punctuation, typographic marks and, rarely, a number.
    fn paragraph() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let word = proptest::sample::select(vocabulary());
        let filler = proptest::sample::select(vec![
            "officials",
            "said",
            "market",
            "mayor",
            "the",
            "a",
            "of",
            "to",
            "that",
            "in",
        ]);
        let piece = prop_oneof![
            8 => filler.prop_map(|w| format!(" {w}")),
            6 => (word, any::<bool>()).prop_map(|(w, cap)| {
                let mut w = w;
                if cap && let Some(f) = w.get_mut(0..1) {
                    f.make_ascii_uppercase();
                }
                format!(" {w}")
            }),
            3 => proptest::sample::select(
                vec![",", ".", "-", "'", "\u{2019}", ":", "(", ")", "|", "\u{a9}", " \u{e9}"]
            ).prop_map(String::from),
            1 => proptest::sample::select(vec![" 15", " 2019", " 1990s", " 3rd", " 10:30"])
                .prop_map(String::from),
        ];
        proptest::collection::vec(piece, 0..16).prop_map(|v| v.concat())
    }

    /// What the gated search finds in a story of `paragraphs` under a
    /// headline is what the ungated one finds, with an anchor and without.
    fn gate_changes_nothing(
        paragraphs: &[String],
    ) -> Result<(), proptest::test_runner::TestCaseError> {
        let text = format!("A headline\n\n{}", paragraphs.join("\n\n"));
        let layout = Layout::new(&text);
        for anchor in [Some(THU), None] {
            let gated = find_gated(&text, &layout, anchor, None, None, true);
            let ungated = find_gated(&text, &layout, anchor, None, None, false);
            proptest::prop_assert_eq!(gated, ungated);
        }
        Ok(())
    }

    /// "Day", each part of the day and "year" after every word of the vocabulary,
    /// alone and after "the" or "in the", before the words that may read
    /// it as a unit: what the gate lets through is what is found, with the
    /// day last named and without (see `gate::unit_takes_part` and
    /// `gate::year_takes_part`).
    #[test]
    fn the_gate_reads_day_and_parts_of_the_day_as_the_scan_does() {
        let mut vocabulary = vocabulary();
        vocabulary.extend(["day", "One", "historic", "all"].map(String::from));
        let units = [
            "day",
            "Day",
            "morning",
            "night",
            "evening",
            "afternoon",
            "year",
            "YEAR",
        ];
        let after = [
            "",
            " before",
            " after",
            " yesterday",
            "-long",
            " of",
            "-end",
            " end",
            "'s end",
            "\u{2019}s end",
            "\u{2013}end",
            "-ago",
            "-earlier third quarter",
            "'s quarter",
            "\u{a0}end",
            ", two thousand",
        ];
        for unit in units {
            for w in &vocabulary {
                for lead in ["", "the ", "in the ", "is the ", "by the ", "for the full "] {
                    for next in after {
                        let sentence = format!(
                            "Officials in the capital gave the details to many reporters \
                             {lead}{w} {unit}{next} near the site."
                        );
                        let named = "Officials in the capital said the talks began on \
                                     Aug. 9, 2019, near the site.\n\n";
                        for named in ["", named] {
                            let text = format!("A headline\n\n{named}{sentence}\n");
                            let layout = Layout::new(&text);
                            for anchor in [Some(THU), None] {
                                assert_eq!(
                                    find_gated(&text, &layout, anchor, None, None, true),
                                    find_gated(&text, &layout, anchor, None, None, false),
                                    "{text}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    proptest::proptest! {
        /// The gate never changes what is found: a paragraph it skips would
        /// have yielded nothing, and skipping it leaves later ones as they
        /// were.
        #[test]
        fn the_gate_skips_only_dateless_paragraphs(
            paragraphs in proptest::collection::vec(paragraph(), 1..6)
        ) {
            gate_changes_nothing(&paragraphs)?;
        }
    }

    proptest::proptest! {
        /// The same over paragraphs thick with numbers of every shape,
        /// among the words and marks that make a number a date or not:
        /// the gate of a dated story passes a number only of a date's
        /// shapes (see `gate::has_date_number`).
        #[test]
        fn the_gate_skips_only_dateless_paragraphs_of_numbers(
            paragraphs in proptest::collection::vec(numbers_paragraph(), 1..6)
        ) {
            // Each after a sentence of prose, so that the layout reads it
            // as the story's.
            let prose = "Officials in the capital gave the details to many reporters";
            let paragraphs: Vec<String> = paragraphs.iter().map(|p| format!("{prose}{p}")).collect();
            gate_changes_nothing(&paragraphs)?;
        }
    }

    /// Every form of a number the scan reads as a date, or part of one,
    /// without a trigger word (a clock, a year, a decade, a century, a
    /// year after an apostrophe), set in a paragraph with no trigger, is
    /// found, and found the same through the gate; a paragraph whose
    /// numbers are amounts and which holds no trigger is skipped.
    #[test]
    fn the_gate_passes_every_number_read_without_a_trigger() {
        let forms = [
            "at 10:30 a.m.",
            "at 10 : 30 a.m.",
            "at 9 a.m.",
            "at 9 A. M.",
            "at 9 pm",
            "at 9 PM",
            "at 7:45 pm",
            "at 16:08 UTC",
            "at 0800 GMT",
            "in 2019",
            "in 2019.",
            "its 1996 law",
            "1990 and",
            "mid-1990",
            "in the 1990s",
            "in the 1990's",
            "in the '80s",
            "in the 70s",
            "in the 20th century",
            "since '82",
            "since \u{2019}82",
        ];
        for form in forms {
            let text = format!(
                "A headline\n\nOfficials in the capital gave the details to many \
                 reporters {form} near the site.\n"
            );
            let layout = Layout::new(&text);
            let ungated = find_gated(&text, &layout, Some(THU), None, None, false);
            assert!(!ungated.is_empty(), "{form}");
            assert_eq!(
                find_gated(&text, &layout, Some(THU), None, None, true),
                ungated,
                "{form}"
            );
        }
        let amounts = "Officials in the capital said 47 people died, 1,200 were hurt \
                       and $3.5 million (2.7 billion yen) was lost at 12 sites, 9 a piece.";
        let text = format!("A headline\n\n{amounts}\n");
        let layout = Layout::new(&text);
        assert!(find_gated(&text, &layout, Some(THU), None, None, false).is_empty());
        assert!(!gate::may_hold_date(
            amounts,
            0,
            amounts.len(),
            Index::get(),
            Footing::Dated
        ));
    }

    /// The tokens of paragraph `p`, as `find` reads them.
    fn tokens_of(p: &str) -> Vec<Tok> {
        let (mut toks, mut opening) = (Vec::new(), Vec::new());
        tokenize(p, 0, p.len(), Index::get(), &mut toks, &mut opening);
        toks
    }

    /// A scan of paragraph `p` with its tokens `toks`, dated `anchor`,
    /// with nothing named before it.
    fn scan_of<'t>(p: &'t str, toks: &[Tok], anchor: Option<Date>) -> Scan<'t> {
        Scan {
            text: p,
            index: Index::get(),
            toks: toks.to_vec(),
            anchor,
            last: None,
            previous: None,
            previous_end: None,
        }
    }

    /// What a word names, as the patterns read it through
    /// [`Scan::named`]: every field of its entry that holds a value.
    type Names = (
        Option<(u8, MonthForm)>,
        Option<u8>,
        Option<Holiday>,
        Option<u16>,
        Option<u8>,
        Option<u8>,
        Option<u8>,
        Option<u8>,
    );

    fn names(e: &Entry) -> Names {
        (
            e.month,
            e.weekday,
            e.holiday,
            e.count,
            e.ordinal,
            e.season,
            e.part_of_day,
            e.tens_ies,
        )
    }

    /// Every token of paragraph `p` names, through the entry the
    /// tokenizer kept ([`Scan::named`]), what its own entry, looked up
    /// afresh, names: the patterns that read a value need no look-up.
    /// Gives how many of its tokens name something.
    fn named_as_looked_up(p: &str) -> Result<usize, String> {
        let index = Index::get();
        let toks = tokens_of(p);
        let scan = scan_of(p, &toks, None);
        let mut named = 0;
        for (i, t) in toks.iter().enumerate() {
            let own = match t.kind {
                Kind::Word => index.entry_of(index.id_in(p.as_bytes(), t.start, t.end)),
                _ => &lexicon::NONE,
            };
            if names(scan.named(i)) != names(own) {
                return Err(format!("{p:?}: {:?}", &p[t.start..t.end]));
            }
            named += usize::from(names(own) != names(&lexicon::NONE));
        }
        Ok(named)
    }

    #[test]
    fn what_a_word_names_is_kept_from_tokenizing() {
        let mut named = 0;
        for (_, text) in crate::test_stories::stories() {
            let layout = Layout::new(&text);
            for para in &layout.paragraphs {
                let p = &text[para.span.start..para.span.end];
                named += named_as_looked_up(p).unwrap();
            }
        }
        // The stories name months, weekdays and counts: the comparison
        // above met words that name something.
        assert!(named > 100, "{named}");
        for p in [
            "On Monday, March 15, the third quarter; two days ago, last spring \
             in the morning, at Christmas, in the nineties.",
            "MONDAY march Sept. 5th the FIRST twenty-one winter night",
        ] {
            assert!(named_as_looked_up(p).unwrap() > 5, "{p:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn what_a_word_names_is_kept_in_any_paragraph(p in paragraph()) {
            let named = named_as_looked_up(&p);
            proptest::prop_assert!(named.is_ok(), "{:?}", named);
        }
    }

    /// The clock look [`Scan::tense`] keeps step by step is
    /// [`Scan::clock_between`] at every step back from every token.
    fn clock_kept_as_walked(p: &str) -> Result<(), String> {
        let toks = tokens_of(p);
        let scan = scan_of(p, &toks, None);
        for j in 0..toks.len() {
            let mut clock_only = true;
            for k in (j.saturating_sub(15)..j).rev() {
                clock_only = clock_only && j - k <= 7 && (k + 1 >= j || scan.is_clock_part(k + 1));
                if clock_only != scan.clock_between(k, j) {
                    return Err(format!("{p:?} at {k}..{j}"));
                }
            }
        }
        Ok(())
    }

    #[test]
    fn clock_kept_step_by_step_as_walked() {
        for p in [
            "The deadline is until 9 a.m. EST Tuesday, officials said.",
            "Until 10:30 p.m. GMT on Friday they waited; by 5 pm Monday, nothing.",
            "by 1 2 3 4 5 6 7 8 9 Friday",
            "",
        ] {
            assert_eq!(clock_kept_as_walked(p), Ok(()));
        }
    }

    proptest::proptest! {
        #[test]
        fn clock_kept_step_by_step_as_walked_in_any_paragraph(p in paragraph()) {
            proptest::prop_assert_eq!(clock_kept_as_walked(&p), Ok(()));
        }
    }

    /// [`Scan::at`] as it read before it took token `i` and its entry
    /// once: the tests' reference.
    fn at_as_asked(scan: &Scan<'_>, i: usize) -> Option<Hit> {
        if scan.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
            && !scan.kept(i).has(List::Opener)
            && scan
                .toks
                .get(i + 1)
                .is_some_and(|t| t.kind == Kind::Word && !scan.kept(i + 1).opens())
        {
            return None;
        }
        let mut j = i;
        while j < i + 3 && scan.kept(j).has(List::Modifier) {
            j += 1;
            if scan.punct(j, b'-') {
                j += 1;
            }
        }
        if j > i {
            if !scan.may_start(j) && !scan.may_start(i) {
                return None;
            }
            return scan.core(j).or_else(|| scan.core(i));
        }
        if !scan.may_start(i) {
            return None;
        }
        scan.core(i)
    }

    /// Where [`Scan::at`] and its reference differ in paragraph `p`, at
    /// every token and one past the last, with an anchor and without.
    fn at_as_asked_before(p: &str) -> Result<usize, String> {
        let toks = tokens_of(p);
        let mut found = 0;
        for anchor in [Some(THU), None] {
            let scan = scan_of(p, &toks, anchor);
            for i in 0..=toks.len() {
                let (new, old) = (scan.at(i), at_as_asked(&scan, i));
                if format!("{new:?}") != format!("{old:?}") {
                    return Err(format!("{p:?} at {i}: {new:?} != {old:?}"));
                }
                found += usize::from(new.is_some());
            }
        }
        Ok(found)
    }

    #[test]
    fn at_reads_its_token_once_as_asked_before() {
        let mut found = 0;
        for (_, text) in crate::test_stories::stories() {
            for line in text.lines() {
                found += at_as_asked_before(line).unwrap_or_else(|e| panic!("{e}"));
            }
        }
        for p in [
            "the - early next week",
            "a year ago",
            "the third quarter",
            "the the the day",
        ] {
            found += at_as_asked_before(p).unwrap_or_else(|e| panic!("{e}"));
        }
        assert!(found > 100, "{found}");
    }

    proptest::proptest! {
        #[test]
        fn at_reads_its_token_once_in_any_paragraph(p in paragraph()) {
            proptest::prop_assert!(at_as_asked_before(&p).is_ok());
        }
    }

    /// Where `may_start` says no in paragraph `p`, `core` finds nothing:
    /// `at` may skip the call.
    fn core_needs_may_start(p: &str) -> Result<(), String> {
        let toks = tokens_of(p);
        for anchor in [Some(THU), None] {
            let scan = scan_of(p, &toks, anchor);
            for k in 0..=toks.len() {
                if !scan.may_start(k) && scan.core(k).is_some() {
                    return Err(format!("{p:?} at {k}"));
                }
            }
        }
        Ok(())
    }

    proptest::proptest! {
        #[test]
        fn core_finds_nothing_where_it_may_not_start(p in paragraph()) {
            proptest::prop_assert_eq!(core_needs_may_start(&p), Ok(()));
        }
    }

    /// Paragraphs thick with numbers of every shape (digits alone of one
    /// to six, leading zeros, letters glued on) among the words and marks
    /// that can follow or precede one in an expression.
    fn numbers_paragraph() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let number = (
            proptest::sample::select(vec![
                "0", "1", "5", "07", "12", "13", "15", "31", "47", "82", "99", "100", "007",
                "0800", "1990", "2019", "12345", "000012",
            ]),
            proptest::sample::select(vec!["", "", "", "th", "s", "am", "PM", "st"]),
        )
            .prop_map(|(n, glued)| format!(" {n}{glued}"));
        let word = proptest::sample::select(vec![
            " am", " PM", " a", " p", " m", " August", " Aug", " may", " Monday", " years",
            " days", " ago", " earlier", " century", " percent", " people", " million", " GMT",
            " EST", " the", " in", " since", " quarter", " period", " third", " of", " a.m.",
        ]);
        let mark = proptest::sample::select(vec![
            ":", ".", ",", "'", "\u{2019}", "-", "$", "%", "/", "(", ")", " ",
        ]);
        let piece = prop_oneof![
            3 => number,
            3 => word.prop_map(String::from),
            2 => mark.prop_map(String::from),
        ];
        proptest::collection::vec(piece, 0..14).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        /// Where a number is ruled out by its neighbours, `core` (the slow
        /// path through `number`) finds nothing there either.
        #[test]
        fn numbers_ruled_out_find_nothing(p in numbers_paragraph()) {
            proptest::prop_assert_eq!(core_needs_may_start(&p), Ok(()));
        }
    }

    /// Amounts are ruled out before `number`; the numbers that start an
    /// expression are not.
    #[test]
    fn amounts_are_ruled_out_by_their_neighbours() {
        let cases = [
            ("$3.5 million", 1, false),
            ("$3.5 million", 3, false),
            ("5 percent of", 0, false),
            ("47 people died", 0, false),
            ("at 100, 200", 1, false),
            ("10:30 a.m.", 0, true),
            ("9 a.m. Friday", 0, true),
            ("9 pm", 0, true),
            ("15 August", 0, true),
            ("5 years ago", 0, true),
            ("two 5 years earlier", 1, true),
            ("since '82", 2, true),
            ("in 2019", 1, true),
            ("the 20th century", 1, true),
        ];
        for (p, k, may) in cases {
            let toks = tokens_of(p);
            let scan = scan_of(p, &toks, Some(THU));
            assert_eq!(toks[k].kind, Kind::Num, "{p}");
            assert_eq!(scan.may_start(k), may, "{p} at {k}");
            assert_eq!(core_needs_may_start(p), Ok(()));
        }
    }

    /// The nearest day and month asking for the tense only when it can
    /// matter give what the tense gives, in every tense, for every month
    /// and day (the impossible ones too) from anchors every few days over
    /// seven years with two leap years.
    #[test]
    fn a_tense_asked_lazily_changes_no_day_or_month() {
        let mut a = day(2015, 1, 1);
        while a < day(2022, 1, 1) {
            for m in 1..=12 {
                for t in [Tense::Past, Tense::Future, Tense::Unknown] {
                    assert_eq!(
                        nearest_month_lazily(a, m, || t),
                        nearest_month(a, m, t, 2),
                        "{a} {m} {t:?}"
                    );
                    for d in 1..=31 {
                        assert_eq!(
                            nearest_day_lazily(a, m, d, || t),
                            nearest_day(a, m, d, t),
                            "{a} {m} {d} {t:?}"
                        );
                    }
                }
            }
            a += Duration::days(3);
        }
    }

    /// Counts, the openers `may_start` reads most closely, where they
    /// start an expression and where they do not.
    #[test]
    fn counts_start_only_spelled_years_and_spans_back() {
        for p in [
            "a year ago",
            "A week earlier",
            "an hour ago, two days ago and three months earlier",
            "two thousand and five",
            "Two thousand",
            "nineteen ninety-two",
            "eighteen sixty",
            "the mid-nineties, about a year ago",
            "a deal, an offer, one of them, two thousand people",
            "a year",
            "ago a year",
        ] {
            assert_eq!(core_needs_may_start(p), Ok(()));
        }
    }

    /// Each way an expression is written without digits, alone in its
    /// paragraph after a dated one: the gate keeps it.
    /// Expressions without digits, each needing a different trigger.
    const DATELESS: &[&str] = &[
        "for the year",
        "until then",
        "by then",
        "the latest period",
        "the latest quarter",
        "the same period last year",
        "a year ago",
        "a year earlier",
        "year-ago",
        "by year-end",
        "two thousand",
        "nineteen ninety",
        "the same day",
        "the following month",
        "last week",
        "the last decade",
        "the past decade",
        "the first quarter",
        "the first half",
        "the last two quarters",
        "at noon",
        "over the weekend",
        "the nineties",
        "this morning",
        "last night",
        "the next day",
        "the day before",
        "later in the day",
        "today is the eighth day",
        "afternoon yesterday",
        "on Tuesday",
        "in March",
        "on Christmas",
        "Election Day",
        "over the summer",
        "tonight",
    ];

    #[test]
    fn the_gate_keeps_every_dateless_expression() {
        for expr in DATELESS {
            let text = format!(
                "A headline\n\nOfficials in the capital gave the details to many reporters \
                 on Aug. 12, 2019.\n\nOfficials in the capital said the talks ended {expr}."
            );
            let layout = Layout::new(&text);
            let gated = find_gated(&text, &layout, Some(THU), None, None, true);
            let ungated = find_gated(&text, &layout, Some(THU), None, None, false);
            assert!(ungated.len() >= 2, "{expr}: {ungated:?}");
            assert_eq!(gated, ungated, "{expr}");
        }
    }

    /// In a story with no date of its own, a paragraph read before any date
    /// is found is gated on years and decades, in digits or words, alone,
    /// and finds what it found ungated: those, and nothing else (a clock
    /// time or a day without its year needs the story's date); after a
    /// date, on those and the words anaphors name (the next test).
    #[test]
    fn an_undated_story_is_gated_on_its_own_years() {
        let own_years = [
            "two thousand",
            "nineteen ninety",
            "nineteen eighty-four",
            "the nineties",
            "in the Twenties",
            "April of nineteen ninety",
            "the summer of two thousand",
            "the first quarter of nineteen ninety-one",
            "by the year two thousand",
            "in 1990",
            "in the 1990s",
            "in the '80s",
            "in the 70s",
            "since '82",
            "in the 20th century",
            "into the 21st century",
            "on Aug. 12, 2019",
            "at 10:30 a.m. on Aug. 12, 2019",
            "at 0800 GMT on Monday, Aug. 12, 2019",
        ];
        // Numbers that need the story's date, or a day with its year.
        let needing_a_date = [
            "at 10:30 a.m.",
            "at 0800 GMT",
            "5 days ago",
            "on Aug. 12",
            "3 years earlier",
            "by 5 percent",
        ];
        for expr in own_years.iter().chain(&needing_a_date).chain(DATELESS) {
            for before in [
                "",
                " on Tuesday, the day before, last week",
                " on Aug. 12, 2019",
                " in nineteen ninety",
            ] {
                undated_story_gated_as_ungated(before, expr, |_, ungated| {
                    if own_years.contains(expr) && before.is_empty() {
                        assert_eq!(ungated.len(), 1, "{expr}: {ungated:?}");
                    }
                    if needing_a_date.contains(expr) && before.is_empty() {
                        assert_eq!(ungated, [], "{expr}");
                    }
                });
            }
        }
        // "the following year", found only after a year was named.
        let text = "A headline\n\nOfficials in the capital gave the details to many reporters \
                    in 2011.\n\nOfficials in the capital met again the following year.";
        let layout = Layout::new(text);
        let gated = find_gated(text, &layout, None, None, None, true);
        assert_eq!(gated.len(), 2, "{gated:?}");
        assert_eq!(gated, find_gated(text, &layout, None, None, None, false));
    }

    /// A story with no date of its own: a paragraph that ends with
    /// `before`, then one that ends with `expr`. Asserts that its dates
    /// found gated are those found ungated, and hands the story's text and
    /// those dates to `check`.
    fn undated_story_gated_as_ungated(
        before: &str,
        expr: &str,
        check: impl FnOnce(&str, &[DateMention<'_>]),
    ) {
        let text = format!(
            "A headline\n\nOfficials in the capital gave the details of the agreement \
             to many reporters at a briefing{before}.\n\nOfficials in the capital \
             said that the talks between the two sides ended {expr}."
        );
        let layout = Layout::new(&text);
        let gated = find_gated(&text, &layout, None, None, None, true);
        let ungated = find_gated(&text, &layout, None, None, None, false);
        assert_eq!(gated, ungated, "{text:?}");
        check(&text, &ungated);
    }

    /// Each anaphor that refers back to a day, month or year named in a
    /// story with no date of its own, alone in its paragraph after the one
    /// that names it: the gate keeps it, by the unit it names ("day",
    /// "month", "year", "then", a weekday, a part of the day).
    const RECALLING: &[&str] = &[
        "that day",
        "the same month",
        "the following year",
        "the previous Friday",
        "the next morning",
        "at 6:30 a.m. the following morning",
        "until then",
        "by then",
        "the day before Tuesday's vote",
        "later in the day",
        // "This coming" points ahead as "next" does, after "the" too.
        "the this coming morning",
    ];

    /// After a story with no date of its own names a day (or a year, for
    /// the anaphors that take one), a paragraph is gated on years, the year
    /// triggers and the units anaphors name, and finds what it found
    /// ungated: the anaphor, and nothing that needs the story's date.
    #[test]
    fn after_a_date_an_undated_story_is_gated_on_years_and_anaphors() {
        for (before, named) in [
            (" on Aug. 12, 2019", 1),
            (" in nineteen ninety", 1),
            (" in 1990", 1),
            (" in the nineties", 0),
            ("", 0),
        ] {
            for expr in RECALLING.iter().chain(DATELESS) {
                undated_story_gated_as_ungated(before, expr, |text, ungated| {
                    // Every anaphor refers back to the day named, "the
                    // following year" to a year too.
                    let refers =
                        before.contains("Aug") || (named == 1 && *expr == "the following year");
                    if RECALLING.contains(expr) && refers {
                        assert_eq!(ungated.len(), named + 1, "{text:?}: {ungated:?}");
                    }
                });
            }
        }
    }

    /// Gated and ungated finds agree over real stories: the seed pages
    /// and, where the shared corpora are beside the repository (as in CI),
    /// the real corpus; each with its own date and as a story with none, so
    /// that every footing of the gate is read (most stories name a year).
    #[test]
    fn the_gate_changes_nothing_in_real_stories() {
        let mut undated_found = 0;
        for (path, text) in crate::test_stories::stories() {
            let layout = Layout::new(&text);
            let options = crate::article::Options::default();
            let stamps = crate::stamp::find(&text, &layout, &options);
            let dateline = crate::dateline::find(&text, &layout, crate::agency::Lexicon::builtin());
            let own = crate::article::story_date(
                stamps.published.as_ref(),
                stamps.updated.as_ref(),
                dateline.as_ref(),
                &options,
            );
            let dateline = dateline.map(|d| d.span);
            // The gate on bytes, and on the quote segments' words as
            // `parse` reads them.
            let cut = crate::quote::cut(&text, &layout);
            for anchor in [own, Some(THU), None] {
                let gated = find_gated(&text, &layout, anchor, dateline, None, true);
                let ungated = find_gated(&text, &layout, anchor, dateline, None, false);
                assert_eq!(gated, ungated, "{path:?} {anchor:?}");
                let on_words = find_gated(&text, &layout, anchor, dateline, cut.as_ref(), true);
                assert_eq!(on_words, ungated, "{path:?} {anchor:?}");
                if anchor.is_none() {
                    undated_found += ungated.len();
                }
            }
        }
        assert!(undated_found > 0, "no story read as undated found a date");
    }

    /// The gate reading a quote segment's listed words answers as the one
    /// reading its bytes, on every footing, in every paragraph of the
    /// test stories and the real corpus that is a segment, and in
    /// paragraphs written to hold triggers within words that are not
    /// plain, glued to digits before and after them, and beside marks.
    #[test]
    fn the_gate_on_words_answers_as_the_gate_on_bytes() {
        let mut texts: Vec<(String, Option<Layout>)> = crate::test_stories::stories()
            .into_iter()
            .map(|(_, text)| (text, None))
            .collect();
        // Paragraphs written for the gate, each laid out as the story's own
        // (as they stand, most would be taken for chrome).
        let written = [
            "It was mid-May, the U.S.-led Christmas-time talks.",
            "The pre-election talks, and it's Thanksgiving's eve.",
            "A 5day week; the \u{e9}t\u{e9} and \u{e9}May; Mayor.",
            "until-then, by then, until \u{201c}then\u{201d}, BY-Then.",
            "the twenty-twenties, the mid-nineties and nineteen-nineties.",
            "the day-long talks, that-day, the same-day, the following Friday-night.",
            "the 'nineties, Jan., Sept.-Oct. and Dec.)",
            "They met on Election-Day, the ninetieth day, THEN; may march.",
            // Runs of letters glued to digits, in plain words the word
            // index does not mark, beside amounts that are no date.
            "The COVID19May talks cost $3.5 million; 47 people, 5Thanksgiving.",
            "Some 12 of 40 met on 3may, x2nineties and 1nineteen2 the 9Christmas.",
            "By 2then, until4then, that2day, the5following day and 7Friday8.",
            // Words that are not plain whose last runs are too short for
            // any trigger, which the gate stops reading early, and words
            // whose trigger is a last run just long enough, each alone.
            "Korea's and Trump's envoys; they'll go, U.S. and U.K.'s, the EU\u{2019}s.",
            "Envoys met mid-May.",
            "Envoys met Korea's-May.",
            "Envoys met Korea\u{2019}May.",
            "Envoys met U.S.May, a.m.'s.",
            "Envoys met x'May and o'day.",
            "That o'day, until x-then.",
            "Envoys met x-sixties.",
            "Envoys met x'sixties.",
            "Envoys met U.S.-eighteen.",
            "Envoys met x-sixtie.",
            // A story's only triggers before its first date when it has no
            // date of its own, told from their tokens' bits, in any case,
            // with a period, and beside words looked up for other lists.
            "In nineteen ninety, the year the talks began.",
            "The Nineties.",
            "Some THOUSAND met on Thursday; the SIXTIES, eighteen.",
            "That year, the Twenties' end, the fifties.",
            "Thursday, the day the year ended.",
        ]
        .join("\n\n");
        let mut layout = Layout::default();
        let mut at = 0;
        for line in written.split("\n\n") {
            layout.paragraphs.push(crate::layout::Paragraph {
                span: Span::new(at, at + line.len()),
                role: Role::Body,
            });
            at += line.len() + 2;
        }
        texts.push((written, Some(layout)));
        let index = Index::get();
        let footings = [Footing::Dated, Footing::Undated, Footing::AfterDate];
        let (mut compared, mut passed, mut found_first) = (0, 0, 0);
        for (text, layout) in texts {
            let text = &text;
            let layout = layout.unwrap_or_else(|| Layout::new(text));
            let Some(cut) = crate::quote::cut_every(text, &layout) else {
                continue;
            };
            let mut words = SegmentWords::new(&cut);
            for p in &layout.paragraphs {
                let Some(listed) = words.of(p.span) else {
                    continue;
                };
                let marked: Vec<Span> = gate::ListedWords::marked(&listed).collect();
                let not_plain: Vec<Span> = gate::ListedWords::not_plain(&listed).collect();
                // Told from the recorded ends, as the lists tell it.
                assert_eq!(
                    gate::ListedWords::any(&listed),
                    !marked.is_empty() || !not_plain.is_empty()
                );
                let (start, end) = (p.span.start, p.span.end);
                for footing in footings {
                    let bytes = gate::may_hold_date(text, start, end, index, footing);
                    let (on_words, digits) = gate::may_hold_date_in_words(
                        text,
                        start,
                        end,
                        index,
                        footing,
                        listed.digit_noted(),
                        listed,
                    );
                    assert_eq!(on_words, bytes, "{footing:?} {:?}", &text[start..end]);
                    // Where the first digit is, when the gate says.
                    let first = text[start..end]
                        .bytes()
                        .position(|b| b.is_ascii_digit())
                        .map(|k| start + k);
                    match digits {
                        token::Digits::None => assert_eq!(first, None),
                        token::Digits::Somewhere => assert!(first.is_some()),
                        token::Digits::At(at) => {
                            assert!(on_words);
                            assert_eq!(Some(at), first);
                            found_first += 1;
                        }
                    }
                    compared += 1;
                    passed += usize::from(bytes);
                }
            }
        }
        // Both answers were met, in thousands of paragraphs over the corpus.
        assert!(passed > 0 && passed < compared);
        assert!(found_first > 0);
        assert!(!crate::test_stories::corpus_at_hand() || compared > 5_000);
    }

    /// [`Scan::tense_lex`] answers as [`Scan::lex`] does for every list
    /// the tense walk asks, at every token of the seed pages and the real
    /// corpus (one line at a time), and spares the look-up of most words.
    #[test]
    fn tense_entries_read_as_looked_up() {
        let lists = [
            List::Arrangement,
            List::ClockWord,
            List::Deadline,
            List::FutureAuxiliary,
            List::FutureCue,
            List::Modal,
            List::PastCue,
            List::PerfectCue,
            List::PlanVerb,
            List::Zone,
        ];
        let (mut words, mut spared, mut listed) = (0usize, 0usize, 0usize);
        for (_, text) in crate::test_stories::stories() {
            for line in text.lines() {
                let toks = tokens_of(line);
                let scan = scan_of(line, &toks, Some(THU));
                for k in 0..=toks.len() {
                    let shaped = scan.tense_lex(k);
                    // Left unlooked-up by `tense_lex`: spared.
                    let unseen = scan.toks.get(k).is_some_and(|t| t.lex.get() == UNSEEN);
                    let looked_up = scan.lex(k);
                    for list in lists {
                        assert_eq!(shaped.has(list), looked_up.has(list), "{line:?} {k}");
                    }
                    if scan.word_bytes(k).is_some() {
                        words += 1;
                        spared += usize::from(unseen);
                        listed += usize::from(lists.iter().any(|&l| looked_up.has(l)));
                    }
                }
            }
        }
        assert!(
            listed > 0 && spared * 2 > words,
            "{listed} {spared} {words}"
        );
    }

    /// [`Scan::cue`] as it read before its unlisted words were split off:
    /// every list test in one body.
    fn cue_in_one(scan: &Scan<'_>, k: usize, verbs: bool) -> Option<Tense> {
        let w = scan.word_bytes(k)?;
        let e = scan.lex(k);
        let to = || scan.is(k + 1, "to");
        let noun = || {
            k > 0
                && ["the", "a", "an", "its", "their", "his", "her", "our"]
                    .iter()
                    .any(|d| scan.is(k - 1, d))
        };
        if e.has(List::FutureCue) && !noun() && !(to() && w.eq_ignore_ascii_case(b"next")) {
            return Some(Tense::Future);
        }
        if e.has(List::Arrangement) && to() {
            return Some(Tense::Future);
        }
        let verb_ed =
            w.len() >= 5 && w.first().is_some_and(u8::is_ascii_lowercase) && w.ends_with(b"ed");
        if e.has(List::PastCue) || (verbs && verb_ed) {
            return Some(Tense::Past);
        }
        None
    }

    /// The split `cue` reads every token of the seed pages and the real
    /// corpus (one line at a time) as the one-body reading does, with and
    /// without "-ed" verbs, and finds some of each tense there.
    #[test]
    fn cue_split_reads_as_in_one() {
        let mut seen = [0usize; 2];
        for (_, text) in crate::test_stories::stories() {
            for line in text.lines() {
                let toks = tokens_of(line);
                let scan = scan_of(line, &toks, Some(THU));
                for k in 0..=toks.len() {
                    for verbs in [false, true] {
                        let split = scan.cue(k, verbs);
                        assert_eq!(split, cue_in_one(&scan, k, verbs), "{line:?} {k}");
                        match split {
                            Some(Tense::Past) => seen[0] += 1,
                            Some(Tense::Future) => seen[1] += 1,
                            _ => {}
                        }
                    }
                }
            }
        }
        assert!(seen.iter().all(|&n| n > 0), "{seen:?}");
    }

    /// A unit's bytes lose their plural as its text did through
    /// `trim_end_matches` before `ago` read words as bytes: for every word
    /// of the seed pages and the real corpus.
    #[test]
    fn plurals_come_off_bytes_as_off_text() {
        for w in ["DAYS", "weeks", "ss", "", "s"] {
            assert_eq!(
                without_plural(w.as_bytes()),
                w.trim_end_matches(['s', 'S']).as_bytes()
            );
        }
        for (_, text) in crate::test_stories::stories() {
            for line in text.lines() {
                let toks = tokens_of(line);
                let scan = scan_of(line, &toks, Some(THU));
                for i in 0..toks.len() {
                    if let Some(w) = scan.word(i) {
                        let trimmed = w.trim_end_matches(['s', 'S']).as_bytes();
                        assert_eq!(without_plural(w.as_bytes()), trimmed, "{line:?} {i}");
                    }
                }
            }
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "",
            "Aug.",
            "31 February",
            "Feb. 30, 2019",
            "12 p.",
            "é 1990 ü",
            "year-",
            "9999s",
        ] {
            let _ = values(s, Some(THU));
            let _ = values(s, None);
        }
    }

    /// [`Scan::labelled`], which passes the dates after no token a label
    /// may hold, answers as [`Scan::label_before`], which reads every
    /// label, at every word and number of the seed pages and the real
    /// corpus, read one line at a time, and of labels of every kind.
    #[test]
    fn labelled_as_label_before() {
        let labels = [
            "Copyright (C) 2004-2023 AISE Inc.",
            "Copyright(c) 2019",
            "COPYRIGHT 2019 Reuters",
            "\u{a9} 2019 Reuters",
            "By IANS | Updated: August 15, 2019 09:20 IST",
            "Posted | May 3, 2019",
            "Published: Thursday, 10:30",
        ];
        let stories = crate::test_stories::stories();
        let lines = labels
            .into_iter()
            .chain(stories.iter().flat_map(|(_, text)| text.lines()));
        let mut found = 0;
        for line in lines {
            let toks = tokens_of(line);
            let scan = scan_of(line, &toks, Some(THU));
            for (i, t) in toks.iter().enumerate() {
                if matches!(t.kind, Kind::Word | Kind::Num) {
                    let labelled = scan.label_before(i);
                    assert_eq!(scan.labelled(i), labelled, "{line:?} {i}");
                    found += usize::from(labelled);
                }
            }
        }
        // Each hand-written label at least, read at its year or day.
        assert!(found >= labels.len(), "{found}");
    }

    proptest::proptest! {
        /// [`Scan::labelled`] as [`Scan::label_before`] at every word and
        /// number of a random paragraph.
        #[test]
        fn labelled_as_label_before_in_random_paragraphs(p in paragraph()) {
            let toks = tokens_of(&p);
            let scan = scan_of(&p, &toks, Some(THU));
            for (i, t) in toks.iter().enumerate() {
                if matches!(t.kind, Kind::Word | Kind::Num) {
                    proptest::prop_assert_eq!(scan.labelled(i), scan.label_before(i));
                }
            }
        }
    }

    /// Words compared as bytes ([`Scan::is`]) answer as their text compared
    /// as a string does, for every token of the seed pages and the real
    /// corpus, read one line at a time, and every word the scan asks for;
    /// a word's bytes ([`Scan::word_bytes`], read by [`Scan::capital`],
    /// `sentence_end` and `cue`) are its text's.
    #[test]
    fn words_compared_as_bytes_as_their_text() {
        let asked = [
            "ago",
            "earlier",
            "the",
            "to",
            "be",
            "copyright",
            "c",
            "next",
            "day",
            "a",
            "its",
        ];
        for (_, text) in crate::test_stories::stories() {
            for line in text.lines() {
                let toks = tokens_of(line);
                let scan = scan_of(line, &toks, Some(THU));
                for i in 0..=toks.len() {
                    let text = scan.word(i);
                    assert_eq!(scan.word_bytes(i), text.map(str::as_bytes), "{line:?} {i}");
                    let capital = text.is_some_and(|w| w.as_bytes()[0].is_ascii_uppercase());
                    assert_eq!(scan.capital(i), capital, "{line:?} {i}");
                    for w in asked {
                        let by_text = scan.word(i).is_some_and(|x| x.eq_ignore_ascii_case(w));
                        assert_eq!(scan.is(i, w), by_text, "{line:?} {i} {w}");
                    }
                }
            }
        }
    }

    /// [`Scan::looks_back`] answers as the two compares it replaced, for
    /// every token of the seed pages and the real corpus, read one line at
    /// a time, and of lines that hold both words in several cases, beside
    /// words of their lengths that are neither, and past the last token;
    /// the seed pages hold some of each.
    #[test]
    fn looks_back_as_ago_or_earlier() {
        let mut seen = 0;
        let lines = [
            "5 years AGO, a year Earlier, year-ago and year-earlier: ago",
            "two days ago ape earlier eastern agog ag early earliest",
        ];
        let stories = crate::test_stories::stories();
        let story_lines = stories.iter().flat_map(|(_, text)| text.lines());
        for line in lines.into_iter().chain(story_lines) {
            let toks = tokens_of(line);
            let scan = scan_of(line, &toks, Some(THU));
            for i in 0..=toks.len() + 1 {
                let reference = scan.is(i, "ago") || scan.is(i, "earlier");
                assert_eq!(scan.looks_back(i), reference, "{line:?} {i}");
                seen += usize::from(reference);
            }
        }
        assert!(seen > 8, "{seen}");
    }
}
