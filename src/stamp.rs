//! Publication stamps: "By IANS | Updated: August 15, 2019 09:20 IST",
//! "Published : 2023/08/17 11:19 KST".
//!
//! On a page, a labelled stamp ("Published", "Updated", "First published",
//! on its line or the line before) is the story's wherever it stands: menus
//! and lists do not label their dates. A bare date line is taken only where
//! outlets put the story's date: a few lines under the headline, just above
//! it with a clock time, right atop the story's prose, or beside an update
//! stamp ("November 19, 2019 / 12:21 AM / Updated 14 hours ago"). A site
//! header's today carries a weekday and no time; related-story lists repeat
//! one date shape line after line; both are skipped. A date without a year
//! is never a stamp.

use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char, space1};
use nom::{IResult, Parser};
use time::{Date, Time, UtcOffset};

use crate::ascii8::{any_digit, block_has_digit, first_digit_bit, is_digit};

use crate::date;
use crate::layout::{Layout, Line, Role};
use crate::{Error, Span};

/// Whether a stamp gives the first publication or a later update.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum StampKind {
    /// "Published", "Posted", "First published", or a bare date by the headline.
    Published,
    /// "Updated", "Last updated", "Modified".
    Updated,
}

/// A story's publication or update stamp.
///
/// # Examples
///
/// ```
/// let stamp = newswire::Stamp::parse("Updated: August 15, 2019 09:20 IST").unwrap();
/// assert_eq!(stamp.kind, newswire::StampKind::Updated);
/// assert_eq!(stamp.zone, Some("IST"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Stamp<'a> {
    /// Calendar date as written.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::ser::date"))]
    pub date: Date,
    /// Clock time, when written.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::ser::opt_time"))]
    pub time: Option<Time>,
    /// Offset from UTC, when a zone is written.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::ser::opt_offset"))]
    pub utc_offset: Option<UtcOffset>,
    /// The zone as written ("IST", "KST", "GMT", "+09:00").
    pub zone: Option<&'a str>,
    /// Published or updated.
    pub kind: StampKind,
    /// The whole stamp in the input.
    pub span: Span,
}

/// Longest input [`Stamp::parse`] accepts.
const LIMIT: usize = 256;

/// Longest line [`find`] reads a stamp from: longer lines are prose.
const LINE_LIMIT: usize = 200;

/// Bare date lines this close (in non-empty lines) to another are a list
/// of related stories, not the story's stamp.
const CLUSTER: usize = 12;

/// A bare date line is the story's only this close (in non-empty lines)
/// below the headline: a byline and a standfirst may come between.
const BELOW_HEADLINE: usize = 6;

/// ... or this close above it, and with a time, since a site header's
/// today sits above headlines too.
const ABOVE_HEADLINE: usize = 2;

/// ... or this close above the story's first prose line.
const ABOVE_PROSE: usize = 2;

impl<'a> Stamp<'a> {
    /// Parse one stamp, with or without its label.
    ///
    /// A byline before a `|` is skipped ("By IANS | Updated: ..."), and so is
    /// what follows the stamp after a `/`, `|` or `(` ("/ Updated 14 hours
    /// ago") or a second labelled stamp after it (the first one is returned).
    /// IST is read as India Standard Time (+05:30); see
    /// [`Parser::ist_offset`](crate::Parser::ist_offset) for pages.
    ///
    /// # Errors
    ///
    /// [`Error::Expected`] naming what was expected at which byte when `s`
    /// is not a stamp, [`Error::InvalidDate`] for a date no calendar has
    /// (June 31), [`Error::TooLong`] for input over 256 bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = newswire::Stamp::parse("Published : 2023/08/17 11:19 KST").unwrap();
    /// assert_eq!(s.kind, newswire::StampKind::Published);
    /// assert_eq!(s.date.to_string(), "2023-08-17");
    /// assert_eq!(s.utc_offset.map(|o| o.whole_hours()), Some(9));
    ///
    /// let err = newswire::Stamp::parse("Updated: June 31, 2019").unwrap_err();
    /// assert_eq!(err.to_string(), "invalid date: day out of range for the month at byte 9");
    /// ```
    pub fn parse(s: &'a str) -> Result<Stamp<'a>, Error> {
        if s.len() > LIMIT {
            return Err(Error::TooLong {
                context: "stamp",
                len: s.len(),
                limit: LIMIT,
            });
        }
        let ist = crate::article::Options::default().ist;
        let first = whole(s, skip_space(s, 0), ist);
        let mut best = match first {
            Ok(stamp) => return Ok(stamp),
            Err(e) => e,
        };
        for bar in memchr::memchr_iter(b'|', s.as_bytes()) {
            match whole(s, skip_space(s, bar + 1), ist) {
                Ok(stamp) => return Ok(stamp),
                Err(e) if e.offset() > best.offset() => best = e,
                Err(_) => {}
            }
        }
        Err(best)
    }
}

/// A stamp at `at` that runs to the end of `s`, bar a trailing segment
/// after `/`, `|` or `(`, or a second labelled stamp.
fn whole<'a>(s: &'a str, at: usize, ist: UtcOffset) -> Result<Stamp<'a>, Error> {
    let (stamp, _) = labelled(s, at, ist)?;
    let end = skip_space(s, stamp.span.end);
    match s[end..].chars().next() {
        None | Some('/' | '|' | '(') => Ok(stamp),
        // A second stamp follows: "Published : ... Updated : ...".
        Some(_) if end > stamp.span.end && label(&s[end..]).is_ok() => Ok(stamp),
        Some(_) => Err(expected("the end of the stamp", end)),
    }
}

fn expected(what: &'static str, offset: usize) -> Error {
    Error::Expected {
        context: "stamp",
        expected: what,
        offset,
    }
}

/// `at` moved past spaces and tabs.
fn skip_space(s: &str, at: usize) -> usize {
    let rest = s.get(at..).unwrap_or("");
    // Most places have no space to skip: a first byte that opens none of
    // the three (NBSP is C2 A0) says so without decoding characters.
    if !matches!(rest.as_bytes().first(), Some(b' ' | b'\t' | 0xC2)) {
        return at;
    }
    at + (rest.len() - rest.trim_start_matches([' ', '\t', '\u{a0}']).len())
}

/// A label word and what follows it up to the date: "Updated: ",
/// "First published on ", "Published : ", "PUBLISHED:".
fn label(i: &str) -> IResult<&str, StampKind> {
    let Some((rest, kind)) = label_word(i) else {
        return crate::date::fail(i);
    };
    // Then spaces, a colon or dash and spaces, and "on" and spaces, each
    // if written, read in plain steps: nom's sequence of options took
    // about 60 instructions of the label's 100 over corpora/real.
    let rest = date::spaces(rest);
    let rest = match rest.as_bytes().first() {
        Some(b':' | b'-') => date::spaces(&rest[1..]),
        _ => rest,
    };
    let rest = match date::tag_ci("on")(rest) {
        Ok((after, _)) => date::some_spaces(after).unwrap_or(rest),
        Err(_) => rest,
    };
    Ok((rest, kind))
}

/// The label word `i` opens with, a whole word, and the text after it.
fn label_word(i: &str) -> Option<(&str, StampKind)> {
    if !may_open_label(i.as_bytes()) {
        return None;
    }
    // Tried at many places: a byte compare per label, not a parser per
    // label. For these letters ASCII case folding is Unicode's: no other
    // character lowercases to one of them.
    // Only the labels with the text's first letter are compared whole.
    let first = i.as_bytes()[0].to_ascii_lowercase();
    let &(word, kind) = LABELS.iter().find(|(word, _)| {
        word.as_bytes()[0] == first
            && i.as_bytes()
                .get(..word.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(word.as_bytes()))
    })?;
    let rest = &i[word.len()..];
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some((rest, kind))
}

/// Whether a label can open `i`: its first two bytes are a label's first
/// two letters, case aside.
///
/// Tried at every line and every segment of a short line, and most open
/// with no label's letters: callers test this before [`label`], whose
/// failure costs a nom error, and `label` tests it too. The second letter
/// is read as well as the first because many lines open with a label's
/// initial ("Mark", "Photo", "Friday"), and far fewer with its second
/// letter too.
///
/// Both letters are read through one table ([`LABEL_SECONDS`]): a test of
/// each pair in turn cost about seven instructions a line more.
#[inline]
fn may_open_label(i: &[u8]) -> bool {
    let [first, second, ..] = i else {
        return false;
    };
    label_goes_on(LABEL_SECONDS[usize::from(*first)], *second)
}

/// Whether `second` is one of the letters in `seconds`, a mask of
/// [`LABEL_SECONDS`]. Setting bit 5 lowercases an ASCII letter and takes
/// no other byte to one.
#[inline]
fn label_goes_on(seconds: u32, second: u8) -> bool {
    let letter = (second | 0x20).wrapping_sub(b'a');
    letter < 26 && seconds >> letter & 1 != 0
}

/// For each byte, the second letters of the labels that open with it, bit
/// `c - b'a'` for letter `c` (any case), and [`LABEL_MARK`] for the marks
/// [`label_only`] trims from a line before its label.
const LABEL_SECONDS: [u32; 256] = {
    const fn bit(c: u8) -> u32 {
        1 << (c - b'a')
    }
    let mut table = [0u32; 256];
    let pairs: [(u8, u32); 6] = [
        (b'f', bit(b'i')),
        (b'o', bit(b'r')),
        (b'l', bit(b'a')),
        (b'p', bit(b'u') | bit(b'o')),
        (b'u', bit(b'p')),
        (b'm', bit(b'o')),
    ];
    let mut k = 0;
    while k < pairs.len() {
        let (first, seconds) = pairs[k];
        table[first as usize] = seconds;
        table[first.to_ascii_uppercase() as usize] = seconds;
        k += 1;
    }
    let marks = [b'|', b'/', b'(', b' ', b'\t'];
    let mut k = 0;
    while k < marks.len() {
        table[marks[k] as usize] = LABEL_MARK;
        k += 1;
    }
    table
};

/// The bit of [`LABEL_SECONDS`] for a mark a label line may open with,
/// above every letter's.
const LABEL_MARK: u32 = 1 << 31;

/// The labels of a stamp, longer before their own tails ("last updated"
/// before "updated").
const LABELS: &[(&str, StampKind)] = &[
    ("first published", StampKind::Published),
    ("originally published", StampKind::Published),
    ("last updated", StampKind::Updated),
    ("last modified", StampKind::Updated),
    ("published", StampKind::Published),
    ("posted", StampKind::Published),
    ("updated", StampKind::Updated),
    ("modified", StampKind::Updated),
];

/// What may stand between a date and a time: ", ", " / ", " | ", " - ",
/// " at ", or plain space.
///
/// Read on bytes: tried after nearly every date a stamp line holds, nom's
/// choice of ten tags with the spaces around them cost about 250
/// instructions a call.
fn separator(i: &str) -> IResult<&str, ()> {
    let b = i.as_bytes();
    let spaces_from = |mut k: usize| {
        while matches!(b.get(k), Some(b' ' | b'\t')) {
            k += 1;
        }
        k
    };
    let k = spaces_from(0);
    let rest = &b[k..];
    let mark = match rest {
        [b',' | b'/' | b'|' | b'-' | b'@', ..] => 1,
        // "\u{b7}"
        [0xC2, 0xB7, ..] => 2,
        // "\u{2013}", "\u{2014}", "\u{2022}"
        [0xE2, 0x80, 0x93 | 0x94 | 0xA2, ..] => 3,
        // "at" only with a space after it.
        [a, t, b' ' | b'\t', ..]
            if a.eq_ignore_ascii_case(&b'a') && t.eq_ignore_ascii_case(&b't') =>
        {
            2
        }
        _ => 0,
    };
    let end = spaces_from(k + mark);
    if end == 0 {
        return crate::date::fail(i);
    }
    Ok((&i[end..], ()))
}

/// A clock time and its zone: "09:20 IST", "5:27 am CST", "1909 GMT
/// (0309 HKT)", "10:43". Offsets are into `s`.
struct Clock {
    time: Time,
    zone: Option<(UtcOffset, Span)>,
    end: usize,
}

fn clock_at(s: &str, at: usize, ist: UtcOffset) -> Option<Clock> {
    // Both clock forms open with a digit; most places tried do not.
    if !s.as_bytes().get(at).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let zone_after = |end: usize| -> Option<(UtcOffset, Span, usize)> {
        let z = skip_space(s, end);
        let (after, off) = crate::zone::zone(s.get(z..)?, ist).ok()?;
        let end = s.len() - after.len();
        Some((off, Span::new(z, end), end))
    };
    let (end, time) = match date::clock(s, at) {
        Some(read) => read,
        None => {
            // A colonless clock counts only with its zone: "1509GMT".
            let (end, time) = date::compact_clock(s, at)?;
            let (off, span, end) = zone_after(end)?;
            return Some(Clock {
                time,
                zone: Some((off, span)),
                end: skip_paren(s, end),
            });
        }
    };
    Some(match zone_after(end) {
        Some((off, span, end)) => Clock {
            time,
            zone: Some((off, span)),
            end: skip_paren(s, end),
        },
        None => Clock {
            time,
            zone: None,
            end,
        },
    })
}

/// Past a short parenthesis after a zone, the same time elsewhere:
/// "1909 GMT (0309 HKT)".
fn skip_paren(s: &str, end: usize) -> usize {
    let at = skip_space(s, end);
    let rest = s.get(at..).unwrap_or("");
    if let Some(inner) = rest.strip_prefix('(')
        && let Some(close) = inner.find(')')
        && close <= 16
    {
        return at + close + 2;
    }
    end
}

/// A date with year at `at`, validated.
fn full_date(s: &str, at: usize) -> Result<(Date, bool, usize), Error> {
    let Some(read) = date::written_date(s, at) else {
        return Err(expected("a date", at));
    };
    validated(at, read)
}

/// The date [`date::written_date`] read at `at`, ending at `end`: it must
/// have a year and name a real day.
fn validated(at: usize, (end, w): (usize, date::Written)) -> Result<(Date, bool, usize), Error> {
    if w.year.is_none() {
        return Err(expected("a year", end));
    }
    Ok((w.date(at)?, w.weekday, end))
}

/// The date and time of a stamp, in either order, at `at` in `s`.
struct Body {
    date: Date,
    time: Option<Time>,
    zone: Option<(UtcOffset, Span)>,
    written: Written,
    end: usize,
}

/// How a stamp was written, besides what it says.
#[derive(Clone, Copy, Debug, Default)]
struct Written {
    /// With its weekday.
    weekday: bool,
    /// As an AP wire slug ([`wire`]).
    wire: bool,
}

fn body(s: &str, at: usize, ist: UtcOffset) -> Result<Body, Error> {
    let i = s.get(at..).unwrap_or("");
    let pos = |rest: &str| s.len() - rest.len();
    // ISO 8601 opens with the year's four digits and a dash; most places
    // tried do not, and a digit alone let every line opening with a number
    // ("47 nabbed ...", "14:48") through to nom's sequence to fail.
    if i.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && i.as_bytes().get(4) == Some(&b'-')
        && let Ok((rest, (w, time, off))) = date::iso_datetime(i)
    {
        let end = pos(rest);
        let zone = off.map(|o| (o, Span::new(end - zone_len(i, rest), end)));
        return Ok(Body {
            date: w.date(at)?,
            time: Some(time),
            zone: zone.filter(|(_, z)| !z.is_empty()),
            written: Written::default(),
            end,
        });
    }
    if let Some(b) = wire(s, at) {
        return Ok(b);
    }
    // Read once: the date is validated from this parse, not a second one.
    if let Some(read) = date::written_date(s, at) {
        let (date, weekday, end) = validated(at, read)?;
        let clock = separator(&s[end..])
            .ok()
            .and_then(|(rest, _)| clock_at(s, pos(rest), ist));
        return Ok(match clock {
            Some(c) => Body {
                date,
                time: Some(c.time),
                zone: c.zone,
                written: Written {
                    weekday,
                    wire: false,
                },
                end: c.end,
            },
            None => Body {
                date,
                time: None,
                zone: None,
                written: Written {
                    weekday,
                    wire: false,
                },
                end,
            },
        });
    }
    let Some(c) = clock_at(s, at, ist) else {
        return Err(expected("a date or a time", at));
    };
    let Ok((rest, _)) = separator(&s[c.end..]) else {
        return Err(expected("a date", c.end));
    };
    let (date, weekday, end) = full_date(s, pos(rest))?;
    Ok(Body {
        date,
        time: Some(c.time),
        zone: c.zone,
        written: Written {
            weekday,
            wire: false,
        },
        end,
    })
}

/// Bytes of the zone ISO 8601 wrote at the end of `i` before `rest`.
fn zone_len(i: &str, rest: &str) -> usize {
    let used = &i[..i.len() - rest.len()];
    used.rfind(['Z', '+', '-'])
        .filter(|&p| p > 10)
        .map_or(0, |p| used.len() - p)
}

/// An AP wire trailer: "AP-WF-11-13-13 1509GMT": month, day and two-digit
/// year, then the filing time and zone.
fn wire(s: &str, at: usize) -> Option<Body> {
    let i = s.get(at..)?;
    // The slug opens with two capitals; most places tried do not.
    if !i.as_bytes().get(..2)?.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let upper = || take_while_m_n(2, 4, |c: char| c.is_ascii_uppercase());
    let two = || take_while_m_n(2, 2, |c: char| c.is_ascii_digit());
    let parsed: IResult<&str, _> = (
        upper(),
        char('-'),
        upper(),
        char('-'),
        two(),
        char('-'),
        two(),
        char('-'),
        two(),
        space1,
    )
        .parse_complete(i);
    let (rest, (_, _, _, _, m, _, d, _, y, _)) = parsed.ok()?;
    let c = clock_at(s, s.len() - rest.len(), UtcOffset::UTC)?;
    c.zone?;
    let (m, d, y) = (
        m.parse::<u8>().ok()?,
        d.parse::<u8>().ok()?,
        y.parse::<i32>().ok()?,
    );
    let year = if y < 70 { 2000 + y } else { 1900 + y };
    let date = Date::from_calendar_date(year, time::Month::try_from(m).ok()?, d).ok()?;
    Some(Body {
        date,
        time: Some(c.time),
        zone: c.zone,
        written: Written {
            weekday: false,
            wire: true,
        },
        end: c.end,
    })
}

/// A stamp at `at` in `s`, its label optional (with none, it is taken as
/// published; [`find`] gives a stamp under a label line that line's kind
/// itself). Also says how it was written: with a weekday, as a wire slug
/// (which [`find`] asked [`wire`] again, a second parse of the slug, for
/// each stamp read without a label).
fn labelled<'a>(s: &'a str, at: usize, ist: UtcOffset) -> Result<(Stamp<'a>, Written), Error> {
    let i = s.get(at..).unwrap_or("");
    let read = label(i).ok().map(|(rest, k)| (s.len() - rest.len(), k));
    stamp_after_label(s, at, ist, read)
}

/// [`labelled`] with the label at `at` already read: `read` is where its
/// stamp's body starts and its kind, `None` for no label there (then
/// published, as for [`labelled`]). [`find`] reads each segment's label
/// before it asks for a stamp there, and most segments asked have none:
/// the label read again took some 50 instructions a call.
fn stamp_after_label<'a>(
    s: &'a str,
    at: usize,
    ist: UtcOffset,
    read: Option<(usize, StampKind)>,
) -> Result<(Stamp<'a>, Written), Error> {
    let (from, kind) = read.unwrap_or((at, StampKind::Published));
    let b = body(s, from, ist)?;
    Ok((
        Stamp {
            date: b.date,
            time: b.time,
            utc_offset: b.zone.map(|z| z.0),
            zone: b.zone.map(|z| &s[z.1]),
            kind,
            span: Span::new(at, b.end),
        },
        b.written,
    ))
}

/// The story's stamps found on the page.
#[derive(Debug, Default)]
pub(crate) struct Stamps<'a> {
    pub published: Option<Stamp<'a>>,
    pub updated: Option<Stamp<'a>>,
}

/// A stamp found on a page, with what decides whether it is the story's.
struct Candidate<'a> {
    /// `None` for a dated-looking line that is not a stamp we can read
    /// ("05/12/2020 - 15:10"), kept to tell lists.
    stamp: Option<Stamp<'a>>,
    /// Ordinal of its line among the non-empty lines.
    line: usize,
    has_time: bool,
    weekday: bool,
    /// The first prose line after it, when one follows.
    prose: Option<usize>,
    /// The date as written (the whole line for an unreadable one), whose
    /// [`shape`] tells a list of dated links.
    written: &'a str,
    /// Next to an "Updated" stamp or tail: a stamp line for sure.
    paired: bool,
}

/// A dated-looking line that is not a stamp we can read, the `k`th
/// non-blank line, kept to tell lists ([`looks_dated`]).
fn unreadable_date(line: &str, k: usize) -> Candidate<'_> {
    Candidate {
        stamp: None,
        line: k,
        has_time: false,
        weekday: false,
        prose: None,
        written: line,
        paired: false,
    }
}

/// A line that is only a label, its stamp on the next line: "Updated",
/// "PUBLISHED:", "| UPDATED:", "(Updated".
fn label_only(line: &str) -> Option<StampKind> {
    // The trim only where it has work to do.
    let (rest, kind) = match line.as_bytes().first() {
        Some(b'|' | b'/' | b'(' | b' ' | b'\t') => {
            opening_label(line.trim_start_matches(['|', '/', '(', ' ', '\t']))?
        }
        _ => opening_label(line)?,
    };
    rest.trim().is_empty().then_some(kind)
}

/// Keeps `stamp`, found under a label, in the slot its `kind` names
/// unless that slot holds one already (a labelled stamp is kept over any
/// found after it), and tells whether both slots are now filled.
///
/// With both stamps labelled, the rest of the page can change neither: the
/// bare dates, the wire slug and the lines they are placed by are read only
/// for a page with no published one, so [`find`] stops reading lines.
/// Three of the 104 pages of corpora/real stop early this way, two of them
/// in their first fifth (41,000 instructions fewer).
fn keep_labelled<'a>(kind: StampKind, stamp: Stamp<'a>, found: &mut Stamps<'a>) -> bool {
    let slot = match kind {
        StampKind::Published => &mut found.published,
        StampKind::Updated => &mut found.updated,
    };
    slot.get_or_insert(stamp);
    found.published.is_some() && found.updated.is_some()
}

/// The label of the line before the `k`th non-blank line (counted from 1,
/// as [`find`] counts them), when that line is only a label: the one line
/// a label line labels is the next.
///
/// Asked by the line after, and only by a line that opens with a stamp
/// (75 lines over corpora/real), rather than of each line with no digit as
/// it is passed (about 5,800 lines, some 12 instructions each) or of each
/// line that may hold a stamp (about 470). A label line holds no
/// digit (its marks, a label's letters, spaces, a colon or dash and "on"),
/// so the line before needs no digit test here; it is read only if
/// [`find`] would have read it, no longer than [`LINE_LIMIT`].
fn label_line_before(text: &str, lines: &[Line], k: usize) -> Option<StampKind> {
    let t = lines.get(k.checked_sub(2)?)?.trimmed;
    let bytes = &text.as_bytes()[t.range()];
    if bytes.len() > LINE_LIMIT || !may_be_label_only(bytes) {
        return None;
    }
    label_only(&text[t])
}

/// Whether [`label_only`] may find a label line in `line`: it opens with
/// one of the marks that label's trim takes off, or with a label's first
/// two letters. Asked of the bytes of the line before each line with a
/// digit, which are not cut from the text as a `str` (and their ends
/// checked as character boundaries) unless they pass.
fn may_be_label_only(line: &[u8]) -> bool {
    let Some(&first) = line.first() else {
        return false;
    };
    let seconds = LABEL_SECONDS[usize::from(first)];
    seconds == LABEL_MARK
        || line
            .get(1)
            .is_some_and(|&second| label_goes_on(seconds, second))
}

/// The label opening `i`, and what follows it.
#[inline]
fn opening_label(i: &str) -> Option<(&str, StampKind)> {
    if !may_open_label(i.as_bytes()) {
        return None;
    }
    label(i).ok()
}

/// What may follow a bare date line: nothing, a further segment after `/`,
/// `|` or `(`, or a few letters (", UK", an unknown zone).
fn bare_tail(rest: &str) -> bool {
    let rest = rest.trim();
    rest.is_empty()
        || rest.starts_with(['/', '|', '('])
        || (rest.len() <= 8 && !rest.bytes().any(|b| b.is_ascii_digit()))
}

/// Find the story's own published and updated stamps, never page chrome.
#[inline]
pub(crate) fn find<'a>(
    text: &'a str,
    layout: &Layout,
    options: &crate::article::Options,
) -> Stamps<'a> {
    let mut stamps = Stamps::default();
    find_into(text, layout, options, &mut stamps);
    stamps
}

/// [`find`], writing into `stamps` (empty) in the caller's frame rather than
/// returning them, a copy of both.
fn find_into<'a>(
    text: &'a str,
    layout: &Layout,
    options: &crate::article::Options,
    stamps: &mut Stamps<'a>,
) {
    let ist = options.ist;
    let mut wire_stamp: Option<Stamp<'a>> = None;
    let mut bare: Vec<Candidate<'a>> = Vec::new();
    let mut labelled_lines: Vec<usize> = Vec::new();
    let separators = Separators::new();
    // The non-blank lines, trimmed, as the layout found them. A line's
    // ordinal (from 1) is told by how many lines are left, and only where
    // it is asked for: a count kept at every line was stored to memory and
    // read back at each of them.
    let mut lines = layout.lines.iter();
    let ordinal = |left: usize| layout.lines.len() - left;
    // Every stamp holds a digit (its year, day or clock): a line with none
    // can only be a label, for the next line, and is not a date that
    // cannot be read either (those hold digits too). The page's next digit
    // is found by a search of the text from a line's start on
    // ([`next_digit`]), and every line that ends at or before it holds
    // none and is passed in a loop of one compare a line: testing each
    // short line's bytes took about 48 instructions a line, most of them
    // choosing the test by the line's length and reading the loop's state
    // back from the stack. The search is asked again only by a short line
    // that starts past the digit it found, so a run of long prose lines
    // after a line with a digit is passed by their lengths, not read
    // (searching again from the end of each line with a digit read them:
    // 37,000 instructions more over corpora/real, 7,400 more when only a
    // short line followed; a search of at most 512 or 256 bytes a call
    // cost 17,000 and 29,000 more, for its calls again).
    let mut digit_at = next_digit(text.as_bytes(), 0);
    // Whether the last bare date found still waits for its prose line
    // (`bare.last()` with no `prose`): a line that may be prose is then
    // read even without a digit.
    let mut awaiting_prose = false;
    'lines: loop {
        // The lines passed are passed by the iterator's own search, which
        // leaves it right after the line found: a `position` in the lines
        // left, then a slice from there, counted the lines passed besides
        // and turned the count back into a place (some 16,000 instructions
        // more over corpora/real).
        let next = if awaiting_prose {
            lines.find(|l| {
                l.trimmed.end > digit_at || (PROSE_LEN..=LINE_LIMIT).contains(&l.trimmed.len())
            })
        } else {
            lines.find(|l| l.trimmed.end > digit_at)
        };
        let Some(entry) = next else {
            break;
        };
        // The line's length, from its span: most lines are told by it
        // alone, and the line's bytes are cut from the text only where they
        // are read (cut here, each line's span was checked against the
        // text's bounds, some 15,000 instructions over corpora/real). A
        // layout's span never ends before it starts, so the plain
        // subtraction is the length (`Span::len` saturates).
        let len = entry.trimmed.end.wrapping_sub(entry.trimmed.start);
        if len > LINE_LIMIT {
            continue;
        }
        // Only a bare date still waiting for its prose line needs to know:
        // most pages have none, and most lines are not read as prose. The
        // length is tested first, already in a register, and most lines are
        // too short: asking the candidates first cost some 11,000
        // instructions over corpora/real.
        if len >= PROSE_LEN && awaiting_prose && is_prose(&text.as_bytes()[entry.trimmed.range()]) {
            let k = ordinal(lines.len());
            for c in bare.iter_mut().rev().take_while(|c| c.prose.is_none()) {
                c.prose = Some(k);
            }
            awaiting_prose = false;
        }
        if digit_at < entry.trimmed.start {
            digit_at = next_digit(text.as_bytes(), entry.trimmed.start);
        }
        // A stamp holds at least four bytes from the line's first digit
        // on (its year's four digits in a row, or a wire slug's month, day
        // and year, "08-15-19", and clock), and a line with fewer holds
        // fewer than the four digits [`looks_dated`] asks for too: 198
        // lines over corpora/real, mostly a note's mark or a number alone
        // ("1]", "45"), were read in a window of [`may_hold_stamp`] each.
        // (An `end` under four bytes lets a line through only with its
        // digit at 0, to the full tests.)
        if digit_at > entry.trimmed.end.saturating_sub(SHORTEST_STAMP) {
            continue;
        }
        // The span is read again through the line's entry rather than kept
        // from the top of the loop: kept, its start was stored to memory at
        // every line, for the few lines that get here.
        let t = entry.trimmed;
        // Every stamp but a wire slug has a year of four digits in a row,
        // and every wire slug has a dash after its first digit ("AP-WS-08-
        // 15-19"): a line with neither from its first digit on is read only
        // as an unreadable date (239 of the 1,023 lines with a digit over
        // corpora/real are such lines of at most 16 bytes: "2 p.m.",
        // "[ad_1]", "10H ago", "45", and a hard-wrapped wire line of 49 to
        // 64 bytes often holds one number). The year holds the line's first
        // digit or a later one, so the test reads from `digit_at` to the
        // line's end, in one to four vector tests, where the label, date
        // and separator tests it skips took some 300 instructions a line.
        // A longer stretch goes on to the grammar untested: a test of the
        // whole of every line, and of every line's first 32 bytes, cost
        // more than the tries it saved (921,672 and 854,268 instructions
        // against 823,314 with this bound; from the first digit, no bound
        // took 833,061, 32 bytes 833,055, 48 828,042, 80 822,580 and 96
        // 825,372).
        //
        // A line with a short stretch from its first digit on that opens
        // with three digits or more is read only as an unreadable date too
        // ([`too_short_for_a_stamp`]), without the window: most of the 108
        // lines over corpora/real that pass the window with a stretch of
        // four to seven bytes end with a year after words ("Budget 2019",
        // "in April 2012.") or are a number alone ("2019", "4553"), and the
        // grammar then failed to read each of them (some 24,000
        // instructions).
        if t.end - digit_at <= STAMP_TEST_LEN
            && (too_short_for_a_stamp(text.as_bytes(), Span::new(digit_at, t.end))
                || !may_hold_stamp(text.as_bytes(), Span::new(digit_at, t.end)))
        {
            let line = &text[t];
            if looks_dated(line) {
                awaiting_prose = true;
                crate::room::push(&mut bare, unreadable_date(line, ordinal(lines.len())));
            }
            continue;
        }
        // The line's ordinal, asked only of the lines that pass the test:
        // told before it, it was kept on the stack across the test for the
        // quarter of the lines that fail it.
        let k = ordinal(lines.len());
        let shift = |mut s: Stamp<'a>| {
            s.span = s.span.shift(t.start);
            s
        };
        let line = &text[t];
        // The line's first segment: a stamp there may be labelled or bare.
        // The line is trimmed, so it opens with no space to skip.
        let opening = opening_label(line);
        // Where the next segment may open, once a stamp has been read: its
        // end, where a second labelled stamp may follow with no separator
        // ("Published : ... Updated : ..."). `None` while the next one
        // opens only after a separator.
        let mut after_stamp = None;
        let mut found = false;
        if opening.is_some() || may_open_date(line.as_bytes()) {
            let read = opening.map(|(rest, kind)| (line.len() - rest.len(), kind));
            if let Ok((mut s, written)) = stamp_after_label(line, 0, ist, read) {
                // A stamp opening the line under a line that is only a
                // label is that label's (the line's own label, if it has
                // one, names its kind), and the rest of the line is not
                // read. The line before is asked only here, where the
                // line opens with a stamp, rather than of every line that
                // gets this far (some 470 over corpora/real, 75 of them
                // opening with a stamp): a line under a label line with
                // no stamp at its start was read as any other line.
                if let Some(kind) = label_line_before(text, &layout.lines, k) {
                    if opening.is_none() {
                        s.kind = kind;
                    }
                    crate::room::push(&mut labelled_lines, k);
                    if keep_labelled(kind, shift(s), stamps) {
                        break 'lines;
                    }
                    continue 'lines;
                }
                let end = s.span.end;
                found = true;
                if opening.is_some() {
                    crate::room::push(&mut labelled_lines, k);
                    if keep_labelled(s.kind, shift(s), stamps) {
                        break 'lines;
                    }
                } else if written.wire {
                    wire_stamp.get_or_insert(shift(s));
                } else if bare_tail(&line[end..]) {
                    awaiting_prose = true;
                    let c = Candidate {
                        has_time: s.time.is_some(),
                        prose: None,
                        // Set by the later segments' loop below, which
                        // reads their labels anyway.
                        paired: false,
                        written: &line[..end],
                        stamp: Some(shift(s)),
                        line: k,
                        weekday: written.weekday,
                    };
                    crate::room::push(&mut bare, c);
                }
                after_stamp = Some(end);
            }
        }
        // The later segments, after '|', '/' or '(' (or right after a
        // stamp): only a label opens a stamp there, so each is read only
        // as far as its label, and a stamp under one is the label's kind.
        // Read apart from the first segment, the loop tests no `p == 0`
        // (one loop for both took some 4,500 instructions more over
        // corpora/real), and a segment is skipped into past its spaces only
        // here: the trimmed line's first has none. Only lines with a digit
        // get here, a few of the page's: each is searched on its own rather
        // than the whole page's separators found first.
        let mut p = after_stamp.unwrap_or(0);
        let mut at_segment = after_stamp.is_some();
        while p < line.len() {
            if at_segment {
                let q = skip_space(line, p);
                if let Some((rest, kind)) = opening_label(&line[q..]) {
                    // A label after a separator pairs this line's bare
                    // date, if it has one (the last pushed, of line `k`),
                    // with a stamp line for sure: "/ Updated 14 hours
                    // ago". Told here, where the label is read anyway,
                    // rather than by a search of the date's tail of its
                    // own (57 searches over corpora/real, some 4,000
                    // instructions). A label right after the date follows
                    // no separator: it pairs nothing.
                    if Some(p) != after_stamp
                        && let Some(c) = bare.last_mut().filter(|c| c.line == k)
                    {
                        c.paired = true;
                    }
                    if let Ok((s, _)) =
                        stamp_after_label(line, q, ist, Some((line.len() - rest.len(), kind)))
                    {
                        found = true;
                        crate::room::push(&mut labelled_lines, k);
                        p = s.span.end;
                        if keep_labelled(s.kind, shift(s), stamps) {
                            break 'lines;
                        }
                        continue;
                    }
                }
            }
            match separators.find(&line.as_bytes()[p..]) {
                Some(x) => p += x + 1,
                None => break,
            }
            at_segment = true;
        }
        if !found && looks_dated(line) {
            awaiting_prose = true;
            crate::room::push(&mut bare, unreadable_date(line, k));
        }
    }
    // The bare dates are placed only for a page with no published stamp
    // and no wire slug, which either would be kept over them, and only a
    // page with a readable bare date that is no weekday alone is read for
    // its headline lines ([`pick_bare`]): most pages have none.
    if stamps.published.is_some() {
        return;
    }
    stamps.published = wire_stamp
        .or_else(|| {
            if bare.is_empty() {
                return None;
            }
            for c in &mut bare {
                let at = labelled_lines.partition_point(|&l| l + 1 < c.line);
                c.paired |= labelled_lines.get(at).is_some_and(|&l| l <= c.line + 1);
            }
            pick_bare(&bare, || headline_lines(layout))
        })
        .or_else(|| stamps.updated.clone());
}

/// The search for the separators of a line's segments ('|', '/' and
/// '('), set up once a page rather than at each line.
///
/// Nearly every line with a digit is searched once, to its end, and most
/// hold no separator: `memchr::memchr3` picked its vector code through a
/// function pointer and built its three needles at each of those calls
/// (about 95 instructions a call over corpora/real, for lines of a few
/// dozen bytes). Where the machine has AVX2, the crate's searcher for it
/// is built here once and called directly, as the layout's search for line
/// breaks is.
///
/// The searcher is built once a process and held by reference: held by
/// value in [`find`]'s frame, its 32-byte vectors made the frame realign
/// the stack, which took a register from the line loop.
struct Separators {
    #[cfg(target_arch = "x86_64")]
    avx2: Option<&'static memchr::arch::x86_64::avx2::memchr::Three>,
}

impl Separators {
    fn new() -> Separators {
        #[cfg(target_arch = "x86_64")]
        use memchr::arch::x86_64::avx2::memchr::Three;
        #[cfg(target_arch = "x86_64")]
        static SEARCHER: std::sync::OnceLock<Option<Three>> = std::sync::OnceLock::new();
        Separators {
            #[cfg(target_arch = "x86_64")]
            avx2: SEARCHER
                .get_or_init(|| Three::new(b'|', b'/', b'('))
                .as_ref(),
        }
    }

    /// Where the first separator in `haystack` is, as `memchr::memchr3`
    /// finds it.
    #[inline]
    fn find(&self, haystack: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(three) = self.avx2 {
            return three.find(haystack);
        }
        memchr::memchr3(b'|', b'/', b'(', haystack)
    }
}

/// The ordinals (from 1, as `find` counts them) of the page's non-blank
/// lines that touch a paragraph the layout takes for the headline, in
/// order.
///
/// Found from the few headline paragraphs, each a run of lines found by
/// two binary searches (lines and paragraphs come in text order), after
/// the loop over lines and only for a page with a bare date: a test of
/// each line against the next headline cost about 24 instructions a line.
fn headline_lines(layout: &Layout) -> Vec<usize> {
    let lines = &layout.lines;
    let mut found: Vec<usize> = Vec::new();
    // The headline paragraphs are the one the headline was taken from and
    // the copies of it before it, so the paragraphs after that one (most
    // of the page: the story follows its headline) are not tested.
    let Some(headline) = layout.headline else {
        return found;
    };
    let last = layout
        .paragraphs
        .partition_point(|p| p.span.end < headline.start);
    let before = layout.paragraphs.get(..=last).unwrap_or(&layout.paragraphs);
    for p in before.iter().filter(|p| p.role == Role::Headline) {
        let first = lines.partition_point(|l| l.trimmed.end < p.span.start);
        let after = lines.partition_point(|l| l.trimmed.start <= p.span.end);
        // A line touching two headline paragraphs is counted once.
        let from = found.last().map_or(first, |&k| first.max(k));
        found.extend(from + 1..=after);
    }
    found
}

/// Whether an unlabelled stamp can open at `i`: every date and time form
/// opens with a digit (ISO, numeric dates, clocks, "15 August"), a month or
/// weekday name, or a wire slug's capitals and dash ("AP-WS-08-15-19"). Every
/// short line is tried; most fail this test and skip the grammars.
///
/// A line opening with a letter can only be a written date or a wire slug,
/// so it is tested the way [`date::written_date`] tests its first word: an
/// initial letter alone lets through every line opening "The", "She" or
/// "Advertisement", and each would run the whole stamp grammar to fail.
fn may_open_date(i: &[u8]) -> bool {
    match i.first() {
        Some(b) if b.is_ascii_digit() => true,
        Some(b) if b.is_ascii_uppercase() && i.iter().take(5).any(|&c| c == b'-') => true,
        // Initials of the month and weekday names (`date::table`) first:
        // a byte compare rules out most lines before the word is read.
        Some(b) => {
            matches!(
                b.to_ascii_lowercase(),
                b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's' | b't' | b'w'
            ) && date::opens_with_name(i)
        }
        None => false,
    }
}

/// Where the first ASCII digit of `bytes` at or after `from` is,
/// `usize::MAX` for none.
///
/// Blocks of 64 bytes are tested whole, with no exit inside one, so that the
/// compiler tests their bytes together ([`block_has_digit`], about 20
/// instructions a block with the loop); the block that holds a digit is read a
/// lane, then eight bytes, at a time for the first digit's place
/// ([`first_digit_in`]), and the last bytes of the text, fewer than 64, are
/// read by [`tail_digit`]. (Blocks of 32 bytes with a bound, as the dates'
/// `first_digit` reads a paragraph, took about 20 instructions a block: some
/// 66,000 more over corpora/real; finding the digit's half of the block first,
/// 7,500 more; blocks of 128 bytes, 0.98M more.) Out of line, so that its
/// constants stay in registers and [`find`]'s loop does not pay for its frame
/// (inlined, 13,000 more). It has no frame of its own either: the block for the
/// last bytes is on [`tail_digit`]'s stack, and both searches end in a call
/// that returns the place itself, so nothing is kept across a call (with the
/// block here, and the place added after the call, it saved two registers and
/// set up 72 bytes of stack at each of its 1,196 calls over corpora/real: 4,900
/// instructions more).
#[inline(never)]
fn next_digit(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    let (blocks, tail) = rest.as_chunks::<64>();
    let mut at = 0;
    for block in blocks {
        if block_has_digit(block) {
            return first_digit_in(block, from + at);
        }
        at += 64;
    }
    tail_digit(tail, from + at)
}

/// Where the first ASCII digit of `tail`, the text's last bytes (fewer
/// than 64) from `base` on, is in the text, `usize::MAX` for none: they
/// are copied into a block of zeros, which are not digits.
#[inline(never)]
fn tail_digit(tail: &[u8], base: usize) -> usize {
    let mut last = [0u8; 64];
    last[..tail.len()].copy_from_slice(tail);
    if block_has_digit(&last) {
        return first_digit_in(&last, base);
    }
    usize::MAX
}

/// Where the first ASCII digit of a block that holds one is in the text,
/// the block's place there being `base` (`base` plus the block's length
/// for none).
///
/// The first sixteen-byte lane with a digit is found by the vector test
/// that found the block, about five instructions a lane, and only that
/// lane's two eight-byte words are read for the digit's place, off the
/// lowest digit bit of the first word that has one. Reading the block's
/// eight words in turn, about seven instructions a word, took some 8,400
/// instructions more over corpora/real (1,127 blocks); testing the last
/// lane too, 3,700 more; this inlined into [`next_digit`], 2,000 more;
/// the lanes' digit bits gathered into one mask made the compiler spread
/// each lane over 16 words of shifts (some 210,000 more).
fn first_digit_in(block: &[u8; 64], base: usize) -> usize {
    let (lanes, _) = block.as_chunks::<16>();
    // The last lane is not tested: the block holds a digit, so when the
    // first three hold none, the last does (and with no digit at all, its
    // words give the block's length: 48 + 128 / 8).
    let k = lanes[..3]
        .iter()
        .position(|lane| any_digit(lane))
        .unwrap_or(3);
    let (words, _) = lanes[k].as_chunks::<8>();
    let low = first_digit_bit(u64::from_le_bytes(words[0]));
    let high = first_digit_bit(u64::from_le_bytes(words[1]));
    let bit = if low != 0 {
        low.trailing_zeros()
    } else {
        64 + high.trailing_zeros()
    };
    base + 16 * k + (bit / 8) as usize
}

/// Whether the line at `line` in `page` may hold a stamp: every stamp but
/// a wire slug has a year of four digits in a row, and every wire slug has
/// a dash.
///
/// Read sixteen places at a time ([`run_or_dash`]), from windows of the
/// page that may run past the line's end, masked to the line by a slice of
/// [`KEEP`] rather than a compare of each place (a compare a place made
/// scalar code); only a window past the page's end is copied.
fn may_hold_stamp(page: &[u8], line: Span) -> bool {
    let mut at = line.start;
    while at < line.end {
        let left = (line.end - at).min(WINDOW);
        let Ok(keep) = <&[u8; WINDOW]>::try_from(&KEEP[WINDOW - left..][..WINDOW]) else {
            return false;
        };
        let hit = match page.get(at..at + WINDOW) {
            Some(bytes) => <&[u8; WINDOW]>::try_from(bytes).is_ok_and(|w| run_or_dash(w, keep)),
            None => {
                let mut padded = [0u8; WINDOW];
                let rest = page.get(at..).unwrap_or_default();
                padded[..rest.len()].copy_from_slice(rest);
                run_or_dash(&padded, keep)
            }
        };
        if hit {
            return true;
        }
        at += 16;
    }
    false
}

/// The bytes [`run_or_dash`] reads for its sixteen places: each place and
/// the three after it.
const WINDOW: usize = 16 + 3;

/// The fewest bytes a stamp holds from its first digit on: its year's
/// four digits, which a wire slug's month, day and year outrun.
const SHORTEST_STAMP: usize = 4;

/// Whether the line whose first digit opens `tail`, the stretch of
/// `page` from that digit to the line's end, holds no stamp at any of its
/// places, by the shortest stamps of the grammar: the stretch has fewer
/// than [`SHORTEST_STAMP_FROM_A_NUMBER`] bytes and opens with three digits
/// or more.
///
/// Every stamp holds a date with its year ([`body`], [`validated`]), and a
/// date with its year takes at least eight bytes: a numeric date has a
/// year of four digits and a day and a month of at least one each, the
/// first two followed by a separator ("1/2/2019", "2019-1-2"); a month's
/// name has three letters or more, with the day and then a comma or blank
/// before the year ("May1,2019", "1 May,2019"). A stamp's span is whole
/// and its digits all lie at or after the line's first digit, so a stamp
/// either opens in the stretch, and takes eight bytes or more there, or
/// opens before it and holds its first digit as its own first digit. Such
/// a stamp opens with letters: a label (no digit), then a body; a wire
/// slug, whose month, day, year and clock take more than eight bytes from
/// its first digit ("11-13-13 1509GMT"); or a weekday's or month's name
/// ([`date::written_date`]). After a weekday's name comes a month's name
/// or a date opening with a digit (eight bytes or more, as above); after a
/// month's name, its period and blanks comes its day, one or two digits
/// that no third follows. A clock or ISO 8601 opens with a digit, and
/// needs a whole date too.
///
/// So a stamp with fewer than eight bytes from the line's first digit on
/// has a day of one or two digits there ("May 1, 2019" has seven, "May 1
/// 2019" six), and a line whose first digit opens three digits holds none.
///
/// `tail` mostly has [`SHORTEST_STAMP`] bytes or more, but not always: a
/// line at the page's start reaches here with its digit at 0 whatever its
/// length (`find`'s bound saturates), so a stretch of one or two bytes
/// ("7", "12") opens no three digits and is left to the window's test.
#[inline(always)]
fn too_short_for_a_stamp(page: &[u8], tail: Span) -> bool {
    let stretch = &page[tail.range()];
    stretch.len() < SHORTEST_STAMP_FROM_A_NUMBER
        && stretch
            .get(1..3)
            .is_some_and(|next| next.iter().all(u8::is_ascii_digit))
}

/// The fewest bytes a stamp takes from its first digit on when that digit
/// opens no day after a month's name: "1/2/2019" ([`too_short_for_a_stamp`]).
const SHORTEST_STAMP_FROM_A_NUMBER: usize = 8;

/// The longest stretch of a line, from its first digit to its end, that
/// [`find`] asks [`may_hold_stamp`] about before reading the line: four
/// windows.
const STAMP_TEST_LEN: usize = 64;

/// A mask of every byte, then of none: from place `WINDOW - n` on, it
/// marks the first `n` bytes of a window.
const KEEP: [u8; 2 * WINDOW] = {
    let mut keep = [0u8; 2 * WINDOW];
    let mut k = 0;
    while k < WINDOW {
        keep[k] = 0xFF;
        k += 1;
    }
    keep
};

/// Whether four digits in a row or a dash lie among the bytes of `window`
/// that `keep` marks, starting at one of its first sixteen places. Every
/// place is tested, with no exit inside the block, so that the compiler
/// tests the sixteen together as vector code.
///
/// The window is copied into its four sixteen-byte lanes (from places 0 to
/// 3) first: indexed as `window[k + 1]` and so on, the compiler built the
/// first lane from a byte and the second lane shifted, seven instructions
/// more a window (1,204 windows, some 7,400 instructions over
/// corpora/real).
#[inline(always)]
fn run_or_dash(window: &[u8; WINDOW], keep: &[u8; WINDOW]) -> bool {
    let lane = |bytes: &[u8; WINDOW], from: usize| -> [u8; 16] {
        let mut out = [0u8; 16];
        out.copy_from_slice(&bytes[from..from + 16]);
        out
    };
    let (w0, w1, w2, w3) = (
        lane(window, 0),
        lane(window, 1),
        lane(window, 2),
        lane(window, 3),
    );
    let (k0, k3) = (lane(keep, 0), lane(keep, 3));
    let mut any = 0u8;
    for k in 0..16 {
        let run = is_digit(w0[k]) & is_digit(w1[k]) & is_digit(w2[k]) & is_digit(w3[k]);
        let dash = w0[k] == b'-';
        any |= (u8::from(run) & k3[k]) | (u8::from(dash) & k0[k]);
    }
    any != 0
}

/// A short line opening with a number and holding a few more digits, as
/// dates in a list of links do even when they cannot be read.
fn looks_dated(line: &str) -> bool {
    line.len() <= 40
        && line.starts_with(|c: char| c.is_ascii_digit())
        && line.bytes().filter(u8::is_ascii_digit).count() >= 4
}

/// The shortest line [`is_prose`] takes for prose.
const PROSE_LEN: usize = 100;

/// A line of the story's prose rather than a menu item, title or caption
/// fragment: long, many words, a sentence end.
///
/// Read on the line's bytes: while a bare date waits for its prose line,
/// every short line is asked, and most are told by their length, without
/// the line cut from the text as a `str` (its ends checked as character
/// boundaries) first. The line is whole characters, so it ends with one
/// of the closing characters exactly when its bytes end with that
/// character's bytes, which are tested before a ". " is searched for: most
/// prose lines end a sentence, and the search (about 155 instructions a
/// line, asked first) is left to the others. A ". " is found from the
/// line's full stops (a test of each pair of bytes cost some 25,000
/// instructions over corpora/real).
/// Out of line: inlined, it left `find`'s loop slower on every line.
#[inline(never)]
fn is_prose(line: &[u8]) -> bool {
    line.len() >= PROSE_LEN
        && has_spaces(line, 12)
        && (matches!(line.last(), Some(b'.' | b'"' | b'\'' | b'?' | b'!' | b')'))
            || line.ends_with("\u{201d}".as_bytes())
            || line.ends_with("\u{2019}".as_bytes())
            || memchr::memchr_iter(b'.', line).any(|k| line.get(k + 1) == Some(&b' ')))
}

/// Whether `line` holds at least `n` spaces.
///
/// Counted sixteen bytes at a time, a block's spaces as one vector sum,
/// up to the block that holds the `n`th. Counted byte by byte, as a search
/// for the `n`th, they left [`is_prose`] at about 750 instructions a call
/// over corpora/real, where it now takes about 290.
fn has_spaces(line: &[u8], n: usize) -> bool {
    let count = |bytes: &[u8]| bytes.iter().filter(|&&b| b == b' ').count();
    let (blocks, tail) = line.as_chunks::<16>();
    let mut spaces = 0;
    for block in blocks {
        spaces += count(block);
        if spaces >= n {
            return true;
        }
    }
    spaces + count(tail) >= n
}

/// A hash of the date's written form with digits and letters folded, so
/// "11 April 2019" and "7 May 2019" look alike and "NOVEMBER 20, 2019
/// 10:43" and "11/20/2019 01:14 PM" do not.
fn shape(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut last = 0u8;
    for b in s.bytes() {
        let class = match b {
            b'0'..=b'9' => b'9',
            b'a'..=b'z' | b'A'..=b'Z' => b'a',
            _ => b,
        };
        if class != last || !matches!(class, b'9' | b'a') {
            h = (h ^ u64::from(class)).wrapping_mul(0x0100_0000_01b3);
        }
        last = class;
    }
    h
}

/// The bare date line that is the story's: right under a line the layout
/// takes for the headline (or just above it, with a time), or right atop
/// the story's prose; never a site header's today (a weekday and no time)
/// or one of a list of dated links (the same shape a few lines apart).
///
/// The tests are asked cheapest first, and a date's shape, a pass over its
/// bytes, only of a date that every other test takes and that has another
/// within [`CLUSTER`] lines of it, and of those dates up to the first of
/// the same shape: over corpora/real 17 dates are so tested, only 3 of
/// them with another near, and a shape read takes about 250 instructions.
/// The headline's lines (`headlines`, in order) are found only for a page
/// with a readable date that is no weekday alone.
fn pick_bare<'a>(
    bare: &[Candidate<'a>],
    headlines: impl FnOnce() -> Vec<usize>,
) -> Option<Stamp<'a>> {
    let listed = |i: usize| {
        let c = &bare[i];
        let before = bare[..i]
            .iter()
            .rev()
            .take_while(|o| c.line - o.line <= CLUSTER);
        let after = bare[i + 1..]
            .iter()
            .take_while(|o| o.line - c.line <= CLUSTER);
        let mut near = before.chain(after).peekable();
        // Most dates have no other within [`CLUSTER`] lines: their own
        // shape is read only when one is near.
        near.peek().is_some() && {
            let own = shape(c.written);
            near.any(|o| shape(o.written) == own)
        }
    };
    let mut candidates = (0..bare.len())
        .filter(|&i| bare[i].stamp.is_some() && (bare[i].has_time || !bare[i].weekday))
        .peekable();
    candidates.peek()?;
    let headlines = headlines();

    let rank = |c: &Candidate<'_>| -> Option<usize> {
        let at = headlines.partition_point(|&h| h < c.line);
        let below = at.checked_sub(1).map(|j| c.line - headlines[j]);
        let above = headlines.get(at).map(|&h| h - c.line);
        let gap = c.prose.and_then(|p| p.checked_sub(c.line));
        [
            c.paired.then_some(0),
            below.filter(|&d| d <= BELOW_HEADLINE).map(|d| 2 * d),
            above
                .filter(|&d| d <= ABOVE_HEADLINE && c.has_time)
                .map(|d| 2 * d + 1),
            gap.filter(|&d| d <= ABOVE_PROSE).map(|d| 2 * d + 1),
        ]
        .into_iter()
        .flatten()
        .min()
    };
    candidates
        .filter_map(|i| Some((rank(&bare[i])?, i)))
        .filter(|&(_, i)| !listed(i))
        .min()
        .and_then(|(_, i)| bare[i].stamp.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Options;
    use nom::branch::alt;
    use nom::bytes::complete::tag;
    use nom::character::complete::space0;
    use nom::combinator::opt;

    fn hm(s: &Stamp<'_>) -> Option<(u8, u8)> {
        s.time.map(|t| (t.hour(), t.minute()))
    }

    fn offset_minutes(s: &Stamp<'_>) -> Option<i16> {
        s.utc_offset.map(|o| o.whole_minutes())
    }

    /// [`label`] as first written: what follows the word read by nom's
    /// sequence of options.
    fn label_reference(i: &str) -> IResult<&str, StampKind> {
        let Some((rest, kind)) = label_word(i) else {
            return crate::date::fail(i);
        };
        let (rest, _) = (
            space0,
            opt((alt((char(':'), char('-'))), space0)),
            opt((date::tag_ci("on"), space1)),
        )
            .parse_complete(rest)?;
        Ok((rest, kind))
    }

    fn skip_space_reference(s: &str, at: usize) -> usize {
        let rest = s.get(at..).unwrap_or("");
        at + (rest.len() - rest.trim_start_matches([' ', '\t', '\u{a0}']).len())
    }

    proptest::proptest! {
        /// ISO 8601 is tried only where a dash follows four bytes: every
        /// date and time it reads has one there.
        #[test]
        fn iso_reads_only_a_dash_after_four_bytes(
            i in "[0-9]{3,5}[- /T]?[0-9]{1,2}[- /:T]?[0-9]{1,2}[T ]?[0-9:]{0,6}[Z+0-9:]{0,6}",
        ) {
            if date::iso_datetime(&i).is_ok() {
                proptest::prop_assert_eq!(i.as_bytes().get(4), Some(&b'-'), "{:?}", i);
            }
        }
    }

    proptest::proptest! {
        /// The line's ending is tested before its ". ", with the same
        /// answer as the tests in their first order.
        #[test]
        fn prose_is_told_as_by_the_search_first(s in "[a .\"?!)\u{201d}\u{2019}]{90,130}") {
            let b = s.as_bytes();
            let reference = b.len() >= PROSE_LEN
                && b.iter().filter(|&&c| c == b' ').count() >= 12
                && (b.windows(2).any(|w| w == b". ")
                    || matches!(b.last(), Some(b'.' | b'"' | b'\'' | b'?' | b'!' | b')'))
                    || s.ends_with('\u{201d}')
                    || s.ends_with('\u{2019}'));
            proptest::prop_assert_eq!(is_prose(b), reference);
        }

        #[test]
        fn spaces_are_counted_as_byte_by_byte(s in "[ a]{0,70}", n in 0usize..40) {
            let spaces = s.bytes().filter(|&b| b == b' ').count();
            proptest::prop_assert_eq!(has_spaces(s.as_bytes(), n), spaces >= n);
        }

        #[test]
        fn labels_read_as_the_reference(
            s in "(Updated|PUBLISHED|Last updated|posted|Postedx|on|ON|onx|:|-| |\t|\u{e9}|9|Nov){0,6}"
        ) {
            proptest::prop_assert_eq!(label(&s).ok(), label_reference(&s).ok());
        }

        #[test]
        fn skip_space_skips_what_the_trim_does(s in "[ \t\u{a0}\u{c2}a|]{0,8}", at in 0usize..10) {
            proptest::prop_assert_eq!(skip_space(&s, at), skip_space_reference(&s, at));
        }

        #[test]
        fn a_line_the_gate_rules_out_holds_no_unlabelled_stamp(
            s in "(May|Mon|March|Th|The|Sun|AP-|AB|x|9|19|2019|15|-|/|:| |\\.|,|IST|am){0,6}"
        ) {
            if label(&s).is_err() && !may_open_date(s.as_bytes()) {
                proptest::prop_assert!(labelled(&s, 0, UtcOffset::UTC).is_err());
            }
        }
    }

    /// The searcher built once a page finds the separator
    /// `memchr::memchr3` finds, from every place a line's segments are
    /// searched from (its start and each separator) and from every fifth
    /// byte, over every line of the seed and real pages.
    #[test]
    fn separators_are_found_as_memchr3_finds_them() {
        let separators = Separators::new();
        let mut searched = 0;
        for (path, text) in crate::test_stories::stories() {
            for line in text.lines() {
                let b = line.as_bytes();
                for p in 0..=b.len() {
                    if p % 5 != 0 && !matches!(b[p - 1], b'|' | b'/' | b'(') {
                        continue;
                    }
                    let expected = memchr::memchr3(b'|', b'/', b'(', &b[p..]);
                    assert_eq!(
                        separators.find(&b[p..]),
                        expected,
                        "{path:?}: {line:?} at {p}"
                    );
                    searched += 1;
                }
            }
        }
        assert!(searched > 1000, "{searched} searches");
    }

    #[test]
    fn the_label_gate_lets_every_label_through() {
        for (word, _) in LABELS {
            assert!(may_open_label(word.as_bytes()), "{word}");
            assert!(may_open_label(word.to_uppercase().as_bytes()), "{word}");
            assert!(label(&format!("{word}: May 5, 2019")).is_ok(), "{word}");
        }
        assert!(!may_open_label(b"Mark Smith"));
        assert!(!may_open_label(b"Photo: AP"));
        assert!(!may_open_label(b"U"));
    }

    /// The table the label gates read is the pairs of letters they were
    /// written as, case aside, and the marks `label_only` trims: every one
    /// and two bytes a line can open with.
    #[test]
    fn the_label_table_is_the_label_pairs_and_marks() {
        let pair = |first: u8, second: u8| {
            matches!(
                (first.to_ascii_lowercase(), second.to_ascii_lowercase()),
                (b'f', b'i')
                    | (b'o', b'r')
                    | (b'l', b'a')
                    | (b'p', b'u' | b'o')
                    | (b'u', b'p')
                    | (b'm', b'o')
            )
        };
        let mark = |first: u8| matches!(first, b'|' | b'/' | b'(' | b' ' | b'\t');
        for first in 0..=u8::MAX {
            assert!(!may_open_label(&[first]));
            assert_eq!(may_be_label_only(&[first]), mark(first), "{first}");
            for second in 0..=u8::MAX {
                let line = [first, second, b'x'];
                assert_eq!(
                    may_open_label(&line),
                    pair(first, second),
                    "{first} {second}"
                );
                assert_eq!(
                    may_be_label_only(&line[..2]),
                    mark(first) || pair(first, second),
                    "{first} {second}"
                );
            }
        }
        assert!(!may_be_label_only(b""));
    }

    #[test]
    fn the_byte_gate_lets_every_month_and_weekday_through() {
        let names = crate::date::table::MONTHS.iter().map(|m| m.0);
        for name in names.chain(crate::date::table::WEEKDAYS.iter().copied()) {
            assert!(may_open_date(name.as_bytes()), "{name}");
            assert!(may_open_date(name.to_uppercase().as_bytes()), "{name}");
        }
        assert!(may_open_date(b"2019-08-15T09:20:00Z"));
        assert!(may_open_date(b"AP-WS-08-15-19 1509GMT"));
        assert!(!may_open_date(b"Home"));
        assert!(!may_open_date(b"(AP)"));
    }

    #[test]
    fn byline_then_updated_with_ist() {
        let text = "By IANS | Updated: August 15, 2019 09:20 IST";
        let s = Stamp::parse(text).unwrap();
        assert_eq!(s.date.to_string(), "2019-08-15");
        assert_eq!(hm(&s), Some((9, 20)));
        assert_eq!(offset_minutes(&s), Some(330));
        assert_eq!(s.zone, Some("IST"));
        assert_eq!(s.kind, StampKind::Updated);
        assert_eq!(&text[s.span], "Updated: August 15, 2019 09:20 IST");
    }

    #[test]
    fn korean_portals() {
        let s = Stamp::parse("Published : Aug 15, 2020 - 12:12").unwrap();
        assert_eq!(s.date.to_string(), "2020-08-15");
        assert_eq!(hm(&s), Some((12, 12)));
        assert_eq!((s.utc_offset, s.zone), (None, None));
        assert_eq!(s.kind, StampKind::Published);
        let s = Stamp::parse("Published : Aug 15, 2020 - 12:12   Updated : Aug 16, 2020 - 09:00")
            .unwrap();
        assert_eq!((s.kind, s.date.day()), (StampKind::Published, 15));
        let s = Stamp::parse("Published : 2023/08/17 11:19 KST").unwrap();
        assert_eq!(s.date.to_string(), "2023-08-17");
        assert_eq!(offset_minutes(&s), Some(540));
        assert_eq!(s.zone, Some("KST"));
    }

    #[test]
    fn labels() {
        let kind = |t: &str| Stamp::parse(t).unwrap().kind;
        assert_eq!(kind("Posted: May 2, 2018"), StampKind::Published);
        assert_eq!(
            kind("First published on November 20, 2019 / 1:07 AM"),
            StampKind::Published
        );
        assert_eq!(kind("Last updated 3 June 2021"), StampKind::Updated);
        assert_eq!(kind("Modified - 2021-06-03 10:00"), StampKind::Updated);
        assert_eq!(
            kind("PUBLISHED: 10:48, Tue, Nov 19, 2019"),
            StampKind::Published
        );
        assert_eq!(kind("updated: Nov 20 2019, 1:42pm ist"), StampKind::Updated);
        assert_eq!(kind("March 3, 2020"), StampKind::Published);
    }

    #[test]
    fn time_before_date() {
        let s = Stamp::parse("5:27 am CST, Wednesday, November 20, 2019").unwrap();
        assert_eq!(s.date.to_string(), "2019-11-20");
        assert_eq!(hm(&s), Some((5, 27)));
        assert_eq!(offset_minutes(&s), Some(-360));
        let s = Stamp::parse("Published 11:34 PM EST Nov 19, 2019").unwrap();
        assert_eq!(hm(&s), Some((23, 34)));
        assert_eq!(offset_minutes(&s), Some(-300));
        let s = Stamp::parse("21:17 18.11.2019").unwrap();
        assert_eq!(s.date.to_string(), "2019-11-18");
        let s = Stamp::parse("Updated 1909 GMT (0309 HKT) November 18, 2019").unwrap();
        assert_eq!(hm(&s), Some((19, 9)));
        assert_eq!(s.zone, Some("GMT"));
        assert_eq!(s.date.to_string(), "2019-11-18");
    }

    #[test]
    fn date_before_time() {
        let s = Stamp::parse("Nov. 20, 2019 5:52 AM EST").unwrap();
        assert_eq!(hm(&s), Some((5, 52)));
        assert_eq!(offset_minutes(&s), Some(-300));
        let s = Stamp::parse("November 19, 2019 / 12:21 AM / Updated 14 hours ago").unwrap();
        assert_eq!(hm(&s), Some((0, 21)));
        assert_eq!(s.span, Span::new(0, 28));
        let s = Stamp::parse("November 19, 2019 at 8:59 pm").unwrap();
        assert_eq!(hm(&s), Some((20, 59)));
        let s = Stamp::parse("20 Nov 2019 08:00 GMT").unwrap();
        assert_eq!(offset_minutes(&s), Some(0));
        let s = Stamp::parse("Modified 15 August 2019, 09:20 GMT+8").unwrap();
        assert_eq!(offset_minutes(&s), Some(480));
        assert_eq!(s.zone, Some("GMT+8"));
        let s = Stamp::parse("Published November 20th, 2019 - 07:29 GMT").unwrap();
        assert_eq!(hm(&s), Some((7, 29)));
        let s = Stamp::parse("Aug. 15, 2019 09:20 +0900").unwrap();
        assert_eq!(offset_minutes(&s), Some(540));
        assert_eq!(s.zone, Some("+0900"));
    }

    #[test]
    fn iso_and_wire() {
        let s = Stamp::parse("Posted 2019-11-20T05:52:00Z").unwrap();
        assert_eq!(hm(&s), Some((5, 52)));
        assert_eq!((offset_minutes(&s), s.zone), (Some(0), Some("Z")));
        let s = Stamp::parse("2019-11-20T05:52:00-05:00").unwrap();
        assert_eq!((offset_minutes(&s), s.zone), (Some(-300), Some("-05:00")));
        let s = Stamp::parse("AP-WF-11-13-13 1509GMT").unwrap();
        assert_eq!(s.date.to_string(), "2013-11-13");
        assert_eq!(hm(&s), Some((15, 9)));
        assert_eq!(offset_minutes(&s), Some(0));
    }

    #[test]
    fn errors() {
        let err = |t: &str| Stamp::parse(t).unwrap_err().to_string();
        insta::assert_snapshot!(err(""), @"stamp: expected a date or a time at byte 0");
        insta::assert_snapshot!(err("Updated:"), @"stamp: expected a date or a time at byte 8");
        insta::assert_snapshot!(err("Published : August 15 09:20"), @"stamp: expected a year at byte 21");
        insta::assert_snapshot!(err("Updated: June 31, 2019"), @"invalid date: day out of range for the month at byte 9");
        insta::assert_snapshot!(err("Updated: August 15, 2019 by staff"), @"stamp: expected the end of the stamp at byte 25");
        insta::assert_snapshot!(err("09:20 IST"), @"stamp: expected a date at byte 9");
        insta::assert_snapshot!(err("By IANS | Updated: Augst 15, 2019"), @"stamp: expected a date or a time at byte 19");
        insta::assert_snapshot!(err(&"x".repeat(300)), @"stamp: input of 300 bytes is over the limit of 256 bytes at byte 256");
        insta::assert_snapshot!(err("Date of registration : 2015.04.28"), @"stamp: expected a date or a time at byte 0");
    }

    const BODY: &str = "North Korean leader Kim Jong Un and Russian President Vladimir Putin \
        exchanged greetings on Thursday to mark the anniversary of the liberation, state media reported.";

    fn page(parts: &[&str]) -> String {
        parts.join("\n\n")
    }

    fn stamps(text: &str) -> Stamps<'_> {
        find(text, &Layout::new(text), &Options::default())
    }

    #[test]
    fn finds_the_labelled_update_and_falls_back_to_it() {
        let text = page(&[
            "City",
            "Kim, Putin exchange greetings on Korea's Liberation Day",
            "By IANS | Updated: August 15, 2019 09:20 IST",
            BODY,
        ]);
        let s = stamps(&text);
        let p = s.published.unwrap();
        assert_eq!(p.kind, StampKind::Updated);
        assert_eq!(&text.as_str()[p.span], "Updated: August 15, 2019 09:20 IST");
        assert_eq!(s.updated.unwrap().date.to_string(), "2019-08-15");
    }

    /// Only a label opens a stamp in a later segment of a line: a bare date
    /// after a separator is not the story's, and a segment whose label has
    /// no stamp after it is passed for the next one.
    #[test]
    fn later_segments_open_only_with_a_label() {
        let bare = page(&[
            "Kim, Putin exchange greetings on Korea's Liberation Day",
            "Home | August 15, 2019 09:20 IST",
            BODY,
        ]);
        let s = stamps(&bare);
        assert!(s.published.is_none() && s.updated.is_none());
        let text = page(&[
            "Kim, Putin exchange greetings on Korea's Liberation Day",
            "Posted in Politics | Updated: August 15, 2019 09:20 IST",
            BODY,
        ]);
        let s = stamps(&text);
        let u = s.updated.unwrap();
        assert_eq!(&text.as_str()[u.span], "Updated: August 15, 2019 09:20 IST");
        assert_eq!(s.published.unwrap().kind, StampKind::Updated);
    }

    #[test]
    fn keeps_published_and_updated_apart() {
        let text = page(&[
            "Leaders pledge stronger ties",
            "Published : Aug 15, 2020 - 12:12       Updated : Aug 16, 2020 - 08:00",
            BODY,
        ]);
        let s = stamps(&text);
        assert_eq!(s.published.unwrap().date.to_string(), "2020-08-15");
        assert_eq!(s.updated.unwrap().date.to_string(), "2020-08-16");
    }

    /// Once both stamps are labelled the page is read no further: what
    /// follows (labelled stamps of other stories, bare dates) changes
    /// neither, whether the second stamp shares a line with the first, has
    /// its label on the line before, or stands on a line of its own.
    #[test]
    fn the_first_labelled_stamps_are_kept_over_later_ones() {
        let later = [
            "Published: March 3, 2021",
            "Updated: March 4, 2021 10:00 GMT",
            "Updated",
            "April 5, 2022",
            "19 November 2019",
        ];
        for stamps_lines in [
            &["Published : Aug 15, 2020 - 12:12 | Updated : Aug 16, 2020 - 08:00"][..],
            &[
                "Published : Aug 15, 2020 - 12:12",
                "Updated",
                "Aug 16, 2020 - 08:00",
            ],
            &[
                "Updated : Aug 16, 2020 - 08:00",
                "First published Aug 15, 2020",
            ],
        ] {
            let mut parts = vec!["Leaders pledge stronger ties"];
            parts.extend(stamps_lines);
            parts.push(BODY);
            parts.extend(later);
            parts.push(BODY);
            let text = page(&parts);
            let s = stamps(&text);
            let (p, u) = (s.published.unwrap(), s.updated.unwrap());
            assert_eq!(p.date.to_string(), "2020-08-15", "{stamps_lines:?}");
            assert_eq!(p.kind, StampKind::Published, "{stamps_lines:?}");
            assert_eq!(u.date.to_string(), "2020-08-16", "{stamps_lines:?}");
            assert_eq!(hm(&u), Some((8, 0)), "{stamps_lines:?}");
        }
    }

    /// The old byte-by-byte reading of [`may_hold_stamp`].
    fn may_hold_reference(line: &[u8]) -> bool {
        line.contains(&b'-') || line.windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
    }

    /// The windowed test agrees with the reference for lines at every
    /// place of a page, of every length to 40, ending at the page's end or
    /// followed by digits and dashes it must not see.
    #[test]
    fn may_hold_stamp_reads_only_the_line() {
        let lines: [&[u8]; 8] = [
            b"2019",
            b"a 201 9 b",
            b"AP-WF",
            b"12 34 567 8901",
            b"x1234",
            b"999",
            b"0123456789012345678901234567890123456789",
            b"abc def 12 ghi 345 jkl 678 mno 9 pqr",
        ];
        for line in lines {
            for before in 0..20 {
                for after in [&b""[..], b"\n", b"7777", b"-", b"\n1-2345678901234567890"] {
                    let mut page = vec![b'x'; before];
                    page.extend_from_slice(line);
                    page.extend_from_slice(after);
                    for len in 0..=line.len() {
                        let span = Span::new(before, before + len);
                        assert_eq!(
                            may_hold_stamp(&page, span),
                            may_hold_reference(&line[..len]),
                            "{line:?} {before} {after:?} {len}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn label_on_the_line_before() {
        let text = page(&[
            "Esper accuses China of intimidating smaller nations",
            "Updated",
            "5:27 am CST, Wednesday, November 20, 2019",
            BODY,
        ]);
        let s = stamps(&text);
        let p = s.published.unwrap();
        assert_eq!(p.kind, StampKind::Updated);
        assert_eq!(hm(&p), Some((5, 27)));
    }

    #[test]
    fn a_label_line_labels_only_the_line_after_it() {
        let text = page(&[
            "Esper accuses China of intimidating smaller nations",
            "Updated",
            "By Staff Writer",
            "5:27 am CST, Wednesday, November 20, 2019",
            BODY,
        ]);
        let s = stamps(&text);
        assert!(s.updated.is_none());
        assert!(s.published.is_none_or(|p| p.kind == StampKind::Published));
    }

    #[test]
    fn a_label_line_over_a_labelled_stamp_keeps_the_stamp_under_its_own_kind() {
        // The line before is asked only once the line opens with a stamp:
        // a stamp with its own label there is still placed by the label
        // line, and keeps its own kind.
        let text = page(&[
            "Esper accuses China of intimidating smaller nations",
            "Updated",
            "Published: November 20, 2019 5:27 am CST",
            BODY,
        ]);
        let s = stamps(&text);
        let u = s.updated.unwrap();
        assert_eq!(u.kind, StampKind::Published);
        assert_eq!(u.date.to_string(), "2019-11-20");
        assert_eq!(hm(&u), Some((5, 27)));
    }

    #[test]
    fn a_label_line_over_a_line_not_opening_with_a_stamp_is_not_applied() {
        // The line's stamp is in a later segment, under its own label: the
        // label line before does not name it.
        let text = page(&[
            "Esper accuses China of intimidating smaller nations",
            "Published",
            "By IANS | Updated: August 15, 2019 09:20 IST",
            BODY,
        ]);
        let s = stamps(&text);
        let u = s.updated.unwrap();
        assert_eq!(u.kind, StampKind::Updated);
        assert_eq!(u.date.to_string(), "2019-08-15");
        assert_eq!(s.published.unwrap().kind, StampKind::Updated);
    }

    #[test]
    fn bare_date_under_the_headline() {
        let text = page(&[
            "Menu",
            "Julian Assange: Sweden drops rape investigation",
            "19 November 2019",
            "Share this with Facebook",
            BODY,
        ]);
        let p = stamps(&text).published.unwrap();
        assert_eq!(p.date.to_string(), "2019-11-19");
        assert_eq!(p.kind, StampKind::Published);
    }

    #[test]
    fn site_header_today_is_not_a_stamp() {
        let text = page(&[
            "Suara Example",
            "Wednesday, November 6, 2024",
            "More",
            "Kim and Putin vow deeper ties on liberation day",
            BODY,
        ]);
        assert!(stamps(&text).published.is_none());
    }

    #[test]
    fn chrome_dates_are_not_stamps() {
        let text = page(&[
            "Kim and Putin vow deeper ties on liberation day",
            BODY,
            "Date of registration : 2015.04.28",
            "\u{a9} 2019 Example News. All rights reserved.",
            "Copyright 2005-2019",
        ]);
        assert!(stamps(&text).published.is_none());
    }

    #[test]
    fn dated_link_lists_and_body_dates_are_not_stamps() {
        let text = page(&[
            "Kim and Putin vow deeper ties on liberation day",
            BODY,
            "The summit was held on April 25, 2019 in Vladivostok, the agency said in a long report.",
            "Related",
            "First related story",
            "11 April 2019",
            "Second related story",
            "7 May 2019",
            "Third related story",
            "2 May 2019",
        ]);
        assert!(stamps(&text).published.is_none());
    }

    /// A list of dated links atop the prose: each date there is placed, and
    /// is told from a list by the shapes of the dates around it, read only
    /// once it is placed; a date of its own shape among them is the stamp.
    #[test]
    fn placed_dates_are_read_for_their_list() {
        let listed = page(&[
            "Menu",
            "Kim and Putin vow deeper ties on liberation day",
            "11 April 2019",
            "Second related story",
            "7 May 2019",
            "Third related story",
            "2 May 2019",
            BODY,
        ]);
        assert!(stamps(&listed).published.is_none());
        let alone = page(&[
            "Menu",
            "Kim and Putin vow deeper ties on liberation day",
            "11 April 2019",
            "Second related story",
            "7 May 2019",
            "Third related story",
            "May 2, 2019",
            BODY,
        ]);
        let p = stamps(&alone).published.unwrap();
        assert_eq!(p.date.to_string(), "2019-05-02");
    }

    /// A date is told from a list by the dates near it on either side,
    /// those after it as well as those before, and by their shapes.
    #[test]
    fn dates_after_a_date_tell_its_list() {
        let listed = page(&[
            "Menu",
            "Kim and Putin vow deeper ties on liberation day",
            "11 April 2019",
            BODY,
            "Second related story",
            "7 May 2019",
        ]);
        assert!(stamps(&listed).published.is_none());
        let alone = page(&[
            "Menu",
            "Kim and Putin vow deeper ties on liberation day",
            "11 April 2019",
            BODY,
            "Second related story",
            "May 7, 2019",
        ]);
        let p = stamps(&alone).published.unwrap();
        assert_eq!(p.date.to_string(), "2019-04-11");
    }

    #[test]
    fn no_year_no_stamp() {
        let text = page(&["Greetings exchanged", "August 15", BODY]);
        assert!(stamps(&text).published.is_none());
    }

    #[test]
    fn wire_trailer() {
        let text = page(&[
            "For patients, mirrors can hurt",
            BODY,
            "AP-WF-11-13-13 1509GMT<",
        ]);
        let p = stamps(&text).published.unwrap();
        assert_eq!(p.date.to_string(), "2013-11-13");
        assert_eq!(hm(&p), Some((15, 9)));
        assert_eq!(offset_minutes(&p), Some(0));
    }

    #[test]
    fn stamp_line_with_a_relative_update() {
        let text = page(&[
            "Business News",
            "November 19, 2019 / 12:21 AM / Updated 14 hours ago",
            "Oil drags stocks lower",
            BODY,
        ]);
        let p = stamps(&text).published.unwrap();
        assert_eq!(hm(&p), Some((0, 21)));
    }

    /// A bare date far from the headline and the prose is the story's
    /// when a label opens a later segment of its line, after a separator
    /// ("/ Updated 14 hours ago"): without one, or with the label right
    /// after the date, it is not placed.
    #[test]
    fn a_label_after_a_separator_pairs_a_bare_date() {
        let menu = [
            "World", "Business", "Markets", "Politics", "Sport", "Tech", "Science", "Health",
        ];
        let with = |date_line: &'static str| {
            let mut parts = vec!["Oil drags stocks lower"];
            parts.extend(menu);
            parts.push(date_line);
            parts.extend(menu);
            parts.push(BODY);
            page(&parts)
        };
        let paired = with("November 19, 2019 / 12:21 AM / Updated 14 hours ago");
        let p = stamps(&paired).published.unwrap();
        assert_eq!(hm(&p), Some((0, 21)));
        assert!(
            stamps(&with("November 19, 2019 / 12:21 AM"))
                .published
                .is_none()
        );
        assert!(
            stamps(&with("November 19, 2019 Updated"))
                .published
                .is_none()
        );
        let later = with("November 19, 2019 | 12:21 AM | Photo | (updated)");
        assert_eq!(hm(&stamps(&later).published.unwrap()), Some((0, 21)));
    }

    #[test]
    fn ist_follows_the_options() {
        let text = page(&["Headline here", "Updated: August 15, 2019 09:20 IST", BODY]);
        let options = Options {
            ist: UtcOffset::from_hms(2, 0, 0).unwrap(),
            ..Options::default()
        };
        let s = find(&text, &Layout::new(&text), &options);
        assert_eq!(offset_minutes(&s.published.unwrap()), Some(120));
    }

    #[test]
    fn long_and_odd_lines_do_not_panic() {
        let text = format!(
            "{}\n| Updated:\n\u{e9}\u{e9} 12:\n{}",
            "9".repeat(500),
            "/".repeat(300)
        );
        let _ = stamps(&text);
        let _ = Stamp::parse("Updated: \u{e9}");
        let _ = Stamp::parse("| | | /");
    }

    /// [`separator`] as first written, with nom's parsers.
    fn separator_reference(i: &str) -> IResult<&str, ()> {
        let (rest, _) = (
            space0,
            opt(alt((
                tag(","),
                tag("/"),
                tag("|"),
                tag("-"),
                tag("\u{2013}"),
                tag("\u{2014}"),
                tag("\u{2022}"),
                tag("\u{b7}"),
                tag("@"),
                (date::tag_ci("at"), space1).map(|(a, _)| a),
            ))),
            space0,
        )
            .parse_complete(i)?;
        if rest.len() == i.len() {
            return crate::date::fail(i);
        }
        Ok((rest, ()))
    }

    /// Calls `f` with each trimmed line of at most [`LINE_LIMIT`] bytes of
    /// the seed and real pages, the lines [`find`] reads, and its page's
    /// path.
    fn each_short_real_line(mut f: impl FnMut(&std::path::Path, &str)) {
        for (path, text) in crate::test_stories::stories() {
            let layout = Layout::new(&text);
            for t in layout
                .lines
                .iter()
                .map(|l| l.trimmed)
                .filter(|t| t.len() <= LINE_LIMIT)
            {
                f(&path, &text[t.range()]);
            }
        }
    }

    /// Every stamp read at any place of a short line of the real pages
    /// has at least [`SHORTEST_STAMP`] bytes from the line's first digit
    /// to its end, which [`find`] asks of a line before it reads it.
    #[test]
    fn real_stamps_have_their_shortest_stretch() {
        let mut read = 0;
        each_short_real_line(|path, line| {
            let first_digit = next_digit(line.as_bytes(), 0).min(line.len());
            for at in (0..=line.len()).filter(|&k| line.is_char_boundary(k)) {
                if labelled(line, at, UtcOffset::UTC).is_ok() {
                    read += 1;
                    assert!(
                        line.len() - first_digit >= SHORTEST_STAMP,
                        "{path:?}: {line:?} at {at}"
                    );
                }
            }
        });
        assert!(read > 0, "the pages hold stamps");
    }

    /// No line of the real pages that [`too_short_for_a_stamp`] passes
    /// holds a stamp at any of its places, and it passes the lines it was
    /// made for ("Budget 2019", "in April 2012.", "2019"), but none of the
    /// shortest stamps, whose day follows a month's name.
    #[test]
    fn real_lines_with_a_short_stretch_opening_three_digits_hold_no_stamp() {
        let gate = |line: &str| {
            let first_digit = next_digit(line.as_bytes(), 0).min(line.len());
            first_digit + SHORTEST_STAMP <= line.len()
                && too_short_for_a_stamp(line.as_bytes(), Span::new(first_digit, line.len()))
        };
        let mut passed = 0;
        for (path, text) in crate::test_stories::stories() {
            let layout = Layout::new(&text);
            for t in layout.lines.iter().map(|l| l.trimmed) {
                let line = &text[t.range()];
                if !gate(line) {
                    continue;
                }
                passed += 1;
                for at in (0..=line.len()).filter(|&k| line.is_char_boundary(k)) {
                    assert!(
                        labelled(line, at, UtcOffset::UTC).is_err(),
                        "{path:?}: {line:?} at {at}"
                    );
                }
            }
        }
        assert!(passed >= 90, "{passed} lines passed");
        for line in ["Budget 2019", "in April 2012.", "2019", "OKC 112-107"] {
            assert!(gate(line), "{line:?}");
        }
        for line in [
            "May 1, 2019",
            "May 1 2019",
            "Aug 31,2019",
            "Updated May 12 2019",
            "2019-1-2",
        ] {
            assert!(!gate(line), "{line:?}");
            assert!(labelled(line, 0, UtcOffset::UTC).is_ok(), "{line:?}");
        }
    }

    /// A page of one or two bytes, a digit first, reaches the short-line
    /// test with its digit at 0 (`find`'s bound saturates at the page's
    /// start): read there, the test's two bytes after the digit lay past
    /// the page's end, and `find` panicked. Every short page is read, and
    /// those that hold too few digits give no stamp.
    #[test]
    fn pages_shorter_than_a_stamp_are_read_without_a_stamp() {
        for text in [
            "7", "12", "123", "1234", "7 ", " 12", "12\n", "1\n2", "9x", "2019", "x1",
        ] {
            let s = find(text, &Layout::new(text), &Options::default());
            assert!(s.published.is_none() && s.updated.is_none(), "{text:?}");
        }
    }

    /// The byte reading of a separator against nom's, at every place of
    /// every short line of the real pages, and over generated text.
    #[test]
    fn separators_read_as_the_reference_on_real_pages() {
        let mut read = 0;
        each_short_real_line(|path, line| {
            for at in (0..=line.len()).filter(|&k| line.is_char_boundary(k)) {
                let expected = separator_reference(&line[at..]).ok().map(|(r, _)| r.len());
                read += usize::from(expected.is_some());
                let got = separator(&line[at..]).ok().map(|(r, _)| r.len());
                assert_eq!(got, expected, "{path:?}: {line:?} at {at}");
            }
        });
        assert!(read > 0, "the pages hold separators");
    }

    /// [`is_prose`] as first written, on the line cut as a `str`.
    fn is_prose_reference(line: &str) -> bool {
        line.len() >= 100
            && line.bytes().filter(|&b| b == b' ').nth(11).is_some()
            && (line.contains(". ")
                || line.ends_with(['.', '"', '\u{201d}', '\'', '\u{2019}', '?', '!', ')']))
    }

    /// The byte test of a prose line against the `str` one, over every
    /// non-blank line of the real pages and over lines made to end with
    /// each closing character, other characters that share its bytes, and
    /// none.
    #[test]
    fn prose_is_told_from_bytes_as_from_the_str() {
        let mut prose = 0;
        for (path, text) in crate::test_stories::stories() {
            let layout = Layout::new(&text);
            for &Line { trimmed: t, .. } in &layout.lines {
                let line = &text[t.range()];
                let expected = is_prose_reference(line);
                prose += usize::from(expected);
                assert_eq!(is_prose(line.as_bytes()), expected, "{path:?}: {line:?}");
            }
        }
        assert!(prose > 0, "the pages hold prose lines");
        let words = "one two three four five six seven eight nine ten eleven twelve ".repeat(2);
        let ends = [
            "", ".", "\"", "'", "?", "!", ")", "\u{201d}", "\u{2019}", "\u{201c}", "\u{2018}",
            "\u{9d}", "\u{e2}", "x", " ", ". x",
        ];
        for words in [words.as_str(), &words.replace(' ', "_"), "short"] {
            for end in ends {
                for pad in 0..4 {
                    let line = format!("{words}{}{end}", "a".repeat(40 + pad));
                    assert_eq!(
                        is_prose(line.as_bytes()),
                        is_prose_reference(&line),
                        "{line:?}"
                    );
                }
            }
        }
    }

    /// The page's lists of bare dates and labelled lines, first pushed
    /// through [`crate::room::push`], grow as `Vec::push` grows them: the
    /// same room after every push, so they hold no more memory than before.
    #[test]
    fn stamp_lists_grow_as_vec_does() {
        let (mut ours, mut pushed) = (Vec::new(), Vec::new());
        let (mut our_lines, mut pushed_lines) = (Vec::new(), Vec::new());
        for k in 1..=20 {
            crate::room::push(&mut ours, unreadable_date("20/11/2019", k));
            pushed.push(unreadable_date("20/11/2019", k));
            assert_eq!(ours.capacity(), pushed.capacity(), "after {k} dates");
            crate::room::push(&mut our_lines, k);
            pushed_lines.push(k);
            assert_eq!(
                our_lines.capacity(),
                pushed_lines.capacity(),
                "after {k} lines"
            );
        }
    }

    /// The search against a search byte by byte, for every text length up
    /// to several blocks, one byte of each kind at every place and a
    /// second digit after it, from every place before it and past it: the
    /// whole blocks, the block of zeros holding the last bytes and each
    /// eight-byte word of a block see the first digit.
    #[test]
    fn next_digit_finds_the_first_digit_from_a_place() {
        let reference = |text: &[u8], from: usize| {
            (from..text.len())
                .find(|&k| text[k].is_ascii_digit())
                .unwrap_or(usize::MAX)
        };
        for len in 0..=200 {
            let plain = vec![b'a'; len];
            for from in 0..=len + 1 {
                assert_eq!(next_digit(&plain, from), usize::MAX, "{len} {from}");
            }
            for at in 0..len {
                for b in [b'0', b'5', b'9', b'/', b':', b' ', 0x80, 0xB0, 0xFF] {
                    let mut text = plain.clone();
                    text[at] = b;
                    if at + 9 < len {
                        text[at + 9] = b'7';
                    }
                    for from in [0, at.saturating_sub(63), at.saturating_sub(1), at, at + 1] {
                        assert_eq!(
                            next_digit(&text, from),
                            reference(&text, from),
                            "{len} {at} {b} {from}"
                        );
                    }
                }
            }
        }
    }

    const TOKENS: &[&str] = &[
        "Aug.",
        "August",
        "15",
        "31",
        "2019",
        "13",
        ",",
        " ",
        "  ",
        ":",
        "|",
        "/",
        "(",
        ")",
        "-",
        "\u{2014}",
        "Updated",
        "Published",
        "on",
        "at",
        "12:21",
        "5:52",
        "a.m.",
        "PM",
        "1509",
        "GMT",
        "IST",
        "+09:00",
        "+0900",
        "Z",
        "T",
        "2019-11-20",
        "AP-WF-11-13-13",
        "18.11.2019",
        "Wednesday",
        "\n",
        "\n\n",
        "\u{e9}",
        "\u{a0}",
        "9",
        "x",
    ];

    /// Lines of a page, for layouts with headlines, stories and chrome.
    const PAGE_LINES: &[&str] = &[
        "North Korea fires missiles into the sea\n",
        "\n",
        "\n\n",
        "By Jack Kim\n",
        "Updated: November 20, 2019 10:43 IST\n",
        "November 20, 2019\n",
        "SEOUL (Reuters) - North Korea fired two short-range missiles into the sea off its east coast on Thursday, the South's military said.\n",
        "The launch came as talks stalled, officials said, and the United States urged restraint.\n",
        "Home | World | Sports\n",
        "Share\n",
        "  \n",
    ];

    proptest::proptest! {
        /// The digit gate: no stamp is read, at any place of a line, from
        /// a line without a digit, labelled or not.
        #[test]
        fn a_stamp_holds_a_digit(
            picks in proptest::collection::vec(0..TOKENS.len(), 0..12),
            words in "(May|Monday|March|August|Aug\\.|Updated|Published: |first published|on|, | |one|two|three|fifteenth){0,6}",
        ) {
            let token_line: String = picks.iter().map(|&i| TOKENS[i]).collect();
            for line in [token_line.as_str(), words.as_str()] {
                if line.bytes().any(|b| b.is_ascii_digit()) {
                    continue;
                }
                for at in (0..=line.len()).filter(|&k| line.is_char_boundary(k)) {
                    proptest::prop_assert!(labelled(line, at, UtcOffset::UTC).is_err());
                }
            }
        }

        /// The year gate: no stamp is read, at any place of a line, from
        /// a line without four digits in a row or a dash from its first
        /// digit on (and so from a line without them anywhere).
        #[test]
        fn a_stamp_has_a_year_or_a_dash(
            picks in proptest::collection::vec(0..TOKENS.len(), 0..12),
        ) {
            let line: String = picks.iter().map(|&i| TOKENS[i]).collect();
            let first_digit = next_digit(line.as_bytes(), 0).min(line.len());
            if !may_hold_stamp(line.as_bytes(), Span::new(first_digit, line.len())) {
                for at in (0..=line.len()).filter(|&k| line.is_char_boundary(k)) {
                    proptest::prop_assert!(labelled(&line, at, UtcOffset::UTC).is_err());
                }
            }
        }

        /// The short-stretch gate: no stamp is read, at any place of a
        /// line, from a line with fewer than [`SHORTEST_STAMP`] bytes from
        /// its first digit on, and such a line does not look dated either.
        #[test]
        fn a_stamp_has_its_shortest_stretch(
            picks in proptest::collection::vec(0..TOKENS.len(), 0..12),
            head in "(Updated: |Published |May |Aug\\. |Monday, |AP-WF-|[a-zA-Z ,:|/(-]{0,6})",
            tail in "[0-9][-0-9 :/.,a-zA-Z]{0,3}",
        ) {
            let token_line: String = picks.iter().map(|&i| TOKENS[i]).collect();
            let short = format!("{head}{tail}");
            for line in [token_line.as_str(), short.as_str()] {
                let first_digit = next_digit(line.as_bytes(), 0).min(line.len());
                if first_digit + SHORTEST_STAMP <= line.len() {
                    continue;
                }
                proptest::prop_assert!(!looks_dated(line));
                for at in (0..=line.len()).filter(|&k| line.is_char_boundary(k)) {
                    proptest::prop_assert!(labelled(line, at, UtcOffset::UTC).is_err());
                }
            }
        }

        /// The three-digit gate ([`too_short_for_a_stamp`]) against the
        /// full path it skips, kept as the reference: over short stretches
        /// after labels, month and weekday names, wire capitals and other
        /// words, no stamp is read at any place of a line the gate passes
        /// (so the line is read only by [`looks_dated`], as after a full
        /// path that reads none), and the shortest stamps it must not pass
        /// are read.
        #[test]
        fn a_short_stretch_opening_three_digits_holds_no_stamp(
            head in "(Updated: |Published on |posted |Last modified |May |May\\. |Sept\\. |June |Aug|Monday, |Tue |AP-WF-|AP-WF-11-|[a-zA-Z ,:|/(.-]{0,8})",
            tail in "([0-9]{1,4}[-0-9 :/.,a-zA-Z]{0,4}|[0-9]{1,2}(st|th)?,? ?[12][089][0-9]{2}|[12][089][0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2})",
        ) {
            let line = format!("{head}{tail}");
            let first_digit = next_digit(line.as_bytes(), 0).min(line.len());
            if first_digit + SHORTEST_STAMP > line.len() {
                return Ok(());
            }
            let gate = too_short_for_a_stamp(line.as_bytes(), Span::new(first_digit, line.len()));
            let read = (0..=line.len())
                .filter(|&k| line.is_char_boundary(k))
                .any(|at| labelled(&line, at, UtcOffset::UTC).is_ok());
            proptest::prop_assert!(!(gate && read), "{:?}", line);
        }

        /// The headline's lines, found from the headline paragraphs, are
        /// those a walk over every line finds, each tested against the
        /// next headline paragraph.
        #[test]
        fn headline_lines_are_the_lines_touching_a_headline(
            picks in proptest::collection::vec(0..PAGE_LINES.len(), 0..24),
        ) {
            let text: String = picks.iter().map(|&i| PAGE_LINES[i]).collect();
            let layout = Layout::new(&text);
            let mut titles = layout
                .paragraphs
                .iter()
                .filter(|p| p.role == Role::Headline)
                .map(|p| p.span)
                .peekable();
            let mut walked = Vec::new();
            for (k, t) in layout.lines.iter().map(|l| l.trimmed).enumerate() {
                while titles.next_if(|p| p.end < t.start).is_some() {}
                if titles.peek().is_some_and(|p| p.start <= t.end) {
                    walked.push(k + 1);
                }
            }
            proptest::prop_assert_eq!(headline_lines(&layout), walked);
        }

        /// A line that is only a label holds no digit: `find` reads a line
        /// with one for a stamp alone, never as a label for the next line.
        #[test]
        fn a_label_line_holds_no_digit(
            line in "[|/( \t]{0,2}(Updated|PUBLISHED|first published|Last Modified|posted|Mon)[ \t]{0,2}[:-]?[ ]{0,2}(on )?[ 0-9\u{a0}x]{0,2}"
        ) {
            if label_only(&line).is_some() {
                proptest::prop_assert!(!line.bytes().any(|b| b.is_ascii_digit()));
            }
        }

        /// A line [`label_only`] takes passes the byte gate `find` asks
        /// first (fails when a mark its trim takes off is left out).
        #[test]
        fn a_label_line_passes_the_byte_gate(
            line in "[|/( \t\u{a0}]{0,2}(Updated|PUBLISHED|first published|Last Modified|posted|Mon|x)[ \t]{0,2}[:-]?"
        ) {
            if label_only(&line).is_some() {
                proptest::prop_assert!(may_be_label_only(line.as_bytes()));
            }
        }

        #[test]
        fn separators_read_as_the_reference(
            s in "(,|/|\\||-|@|at|AT|aT|At|a|t|\u{2013}|\u{2014}|\u{2022}|\u{b7}|\u{2012}|\u{b6}| |\t|\u{a0}|x|9){0,6}"
        ) {
            proptest::prop_assert_eq!(
                separator(&s).ok().map(|(r, _)| r.len()),
                separator_reference(&s).ok().map(|(r, _)| r.len())
            );
        }

        #[test]
        fn next_digit_finds_the_first_digit(
            s in "[a0-9 \u{e9}\u{660}\u{630}\u{b0}\u{b9}/:\x7f]{0,150}",
            from in 0usize..160,
        ) {
            let b = s.as_bytes();
            let first = (from..b.len()).find(|&k| b[k].is_ascii_digit());
            proptest::prop_assert_eq!(next_digit(b, from), first.unwrap_or(usize::MAX));
        }

        #[test]
        fn parse_and_find_are_total(
            picks in proptest::collection::vec(0..TOKENS.len(), 0..80),
        ) {
            let text: String = picks.iter().map(|&i| TOKENS[i]).collect();
            if let Ok(s) = Stamp::parse(&text) {
                proptest::prop_assert!(text.get(s.span.range()).is_some());
            }
            let found = stamps(&text);
            for s in [found.published, found.updated].into_iter().flatten() {
                proptest::prop_assert!(text.get(s.span.range()).is_some());
                if let Some(z) = s.zone {
                    proptest::prop_assert!(Span::of(&text, z).is_some());
                }
            }
        }
    }
}
