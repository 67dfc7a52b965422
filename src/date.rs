//! nom parsers for calendar dates and clock times as news writes them:
//! "August 15, 2019", "15 August 2019", "Aug. 15", "Sept. 3", "2023/08/17",
//! "18.11.2019", "09:20", "12:21 AM", "5:52 a.m.".
//!
//! The nom parsers are for composing (stamps, datelines, relative dates);
//! [`date_at`] and [`time_at`] wrap them for callers that want spans.

pub(crate) mod table;

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::char;
use nom::combinator::opt;
use nom::error::{Error as NomError, ErrorKind};
use nom::{IResult, Parser};
use time::{Date, Month, Time};

use crate::{Error, Span};

use table::{MONTHS, WEEKDAYS};

/// A date as written: the month always, day and year when given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Written {
    /// Year, when written (two-digit years are read as 19xx/20xx).
    pub year: Option<i32>,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, when written.
    pub day: Option<u8>,
    /// Whether a weekday name came first ("Wednesday, November 6, 2024").
    pub weekday: bool,
}

impl Written {
    /// A date written with its day, and its year when given, and no weekday
    /// before it: what each day-and-month form reads.
    pub(crate) const fn with_day(year: Option<i32>, month: u8, day: u8) -> Written {
        Written {
            year,
            month,
            day: Some(day),
            weekday: false,
        }
    }

    /// The calendar date, when year, month and day are all written and name
    /// a real day; `offset` is where the date starts, for the error.
    pub(crate) fn date(&self, offset: usize) -> Result<Date, Error> {
        let invalid = |reason| Error::InvalidDate { reason, offset };
        let year = self.year.ok_or(invalid("no year"))?;
        let day = self.day.ok_or(invalid("no day"))?;
        let month = Month::try_from(self.month).map_err(|_| invalid("no such month"))?;
        Date::from_calendar_date(year, month, day)
            .map_err(|_| invalid("day out of range for the month"))
    }
}

/// A value found in a text, with where it is.
// For the dateline and relative-date stages, which do not call it yet.
#[cfg_attr(not(test), allow(dead_code))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found<T> {
    pub value: T,
    pub span: Span,
}

type Res<'a, T> = IResult<&'a str, T>;

pub(crate) fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(NomError::new(i, ErrorKind::Verify)))
}

/// nom's `tag_no_case(tag)` for an ASCII `tag`: the input's bytes compared
/// with the tag's, ASCII case aside.
///
/// nom's own, on `&str`, lowercases both sides a char at a time through
/// Unicode's tables, about 150 instructions a call, and the clock's
/// meridiem alone tries six tags after every time. For the letters of the
/// tags here ASCII folding is Unicode's: no other character lowercases to
/// one of them (the Kelvin sign lowercases to 'k', which no tag holds), so
/// the same inputs match. Its error's kind is `Verify`, not `Tag`, which no
/// caller reads.
pub(crate) fn tag_ci(tag: &'static str) -> impl Fn(&str) -> Res<'_, &str> {
    debug_assert!(tag.is_ascii() && !tag.bytes().any(|b| b.eq_ignore_ascii_case(&b'k')));
    move |i: &str| match i.as_bytes().get(..tag.len()) {
        Some(head) if head.eq_ignore_ascii_case(tag.as_bytes()) => {
            Ok((&i[tag.len()..], &i[..tag.len()]))
        }
        _ => fail(i),
    }
}

/// What a reader read at a place in its text: where it ends there (a byte
/// offset into the same text) and the value; `None` for nothing read.
///
/// The date and clock readers answer in offsets rather than as nom parsers
/// do: nom's `IResult` carries the text left and, on failure, an error
/// holding the input (some 40 bytes, returned through memory), and each
/// caller turned the text left back into a place. The stamps ask the date
/// and clock readers at about 230 places over corpora/real, and read in
/// offsets they took some 5,200 instructions fewer. Their nom readings are
/// kept in the tests ([`as_nom`] wraps these), as references they are
/// checked against.
pub(crate) type Read<T> = Option<(usize, T)>;

/// A reader of offsets as a nom parser of `&str`: for the ISO form, which
/// is still a nom sequence, and for the tests' references.
pub(crate) fn as_nom<'a, T>(
    read: impl Fn(&'a str, usize) -> Read<T>,
) -> impl Fn(&'a str) -> Res<'a, T> {
    move |i: &'a str| match read(i, 0) {
        Some((end, value)) => Ok((&i[end..], value)),
        None => fail(i),
    }
}

/// Whether the character at byte `at` of `s` passes `f` (false at the
/// end), told from the byte when it is ASCII. Every caller asks right
/// after ASCII bytes it read, so `at` is a character's start.
#[inline]
fn char_at_is(s: &str, at: usize, f: impl Fn(char) -> bool) -> bool {
    match s.as_bytes().get(at) {
        None => false,
        Some(&b) if b.is_ascii() => f(char::from(b)),
        Some(_) => s.get(at..).and_then(|r| r.chars().next()).is_some_and(f),
    }
}

/// `at` moved past the spaces and tabs of `b` there, as nom's `space0`
/// reads them.
#[inline]
fn blank_end(b: &[u8], at: usize) -> usize {
    at + b
        .get(at..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count()
}

/// [`blank_end`] when at least one blank is there, as nom's `space1`.
#[inline]
fn some_blanks_end(b: &[u8], at: usize) -> Option<usize> {
    let end = blank_end(b, at);
    (end > at).then_some(end)
}

/// `at` moved past a comma and the blanks after it, or past at least one
/// blank: what parts a weekday from its date and a day or month from its
/// year ("Tue, ", ",2019", " 2019").
#[inline]
fn comma_or_blanks_end(b: &[u8], at: usize) -> Option<usize> {
    if b.get(at) == Some(&b',') {
        Some(blank_end(b, at + 1))
    } else {
        some_blanks_end(b, at)
    }
}

/// A run of `min` to `max` ASCII digits (at most 9) at `at`, not followed
/// by another digit, and its value.
///
/// Read on bytes: nom's `take_while_m_n` on `&str` decodes a char per
/// digit and `str::parse` reads the digits again, where the run's length
/// and value come from one pass.
#[inline]
fn number(b: &[u8], at: usize, min: usize, max: usize) -> Read<u32> {
    debug_assert!(max <= 9, "{max} digits may overflow a u32");
    let rest = b.get(at..)?;
    // One digit past `max` tells a longer run, which fails.
    let run = &rest[..rest.len().min(max + 1)];
    let digits = run.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(min..=max).contains(&digits) {
        return None;
    }
    let n = run[..digits]
        .iter()
        .fold(0, |n, d| n * 10 + u32::from(d - b'0'));
    Some((at + digits, n))
}

/// A month name or abbreviation at `at`, with its period if any: "Aug.",
/// "Sept.", "August", "AUGUST". Inlined (see [`day`]).
#[inline(always)]
pub(crate) fn month(s: &str, at: usize) -> Read<u8> {
    let (Name::Month(m), len) = name_at(s.as_bytes().get(at..)?)? else {
        return None;
    };
    month_word(s, at + len, m)
}

/// Month `m`, whose name's letters end at `end`, when the name is a whole
/// word ("Mayé" is none), and where it ends with its period if any.
#[inline(always)]
fn month_word(s: &str, end: usize, m: u8) -> Read<u8> {
    if char_at_is(s, end, char::is_alphabetic) {
        return None;
    }
    Some((end + usize::from(s.as_bytes().get(end) == Some(&b'.')), m))
}

/// `i` past the spaces and tabs it opens with, as nom's `space0` reads
/// them.
pub(crate) fn spaces(i: &str) -> &str {
    let n = i.bytes().take_while(|&c| c == b' ' || c == b'\t').count();
    &i[n..]
}

/// `i` past one space or tab or more, as nom's `space1` reads them.
pub(crate) fn some_spaces(i: &str) -> Option<&str> {
    let rest = spaces(i);
    (rest.len() < i.len()).then_some(rest)
}

// The date forms below are read in plain steps rather than nom's
// sequences, options and alternatives: every stamp and every place a stamp
// may open reads one, and as nom parsers they took about 440 instructions
// a date over corpora/real. Their nom readings are kept in the tests, as
// references they are checked against.

/// Where the date may start after a weekday's name whose letters end at
/// `end`: past its period if any and what separates it from the date
/// ("Wednesday, ", "Tue, ", "Thurs. ").
#[inline]
fn weekday_word_end(b: &[u8], end: usize) -> Option<usize> {
    let end = end + usize::from(b.get(end) == Some(&b'.'));
    comma_or_blanks_end(b, end)
}

/// Day of the month at `at` with an optional ordinal suffix: "15", "20th",
/// "1st".
///
/// Inlined into the date forms, as [`year`] and [`month`] are: out of
/// line, the three took some 6,800 instructions more over corpora/real,
/// most of them saving and restoring registers at each call.
#[inline(always)]
fn day(s: &str, at: usize) -> Read<u8> {
    let b = s.as_bytes();
    let (end, d) = number(b, at, 1, 2)?;
    // "st", "nd", "rd" or "th", case aside: two ASCII letters.
    let suffix = match b.get(end..end + 2) {
        Some(&[x, y]) => matches!(
            [x.to_ascii_lowercase(), y.to_ascii_lowercase()],
            [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
        ),
        _ => false,
    };
    let end = if suffix { end + 2 } else { end };
    if char_at_is(s, end, char::is_alphanumeric) || !(1..=31).contains(&d) {
        return None;
    }
    Some((end, d as u8))
}

/// A four-digit year from 1800 to 2199 at `at`. Inlined (see [`day`]).
#[inline(always)]
fn year(s: &str, at: usize) -> Read<i32> {
    let (end, y) = number(s.as_bytes(), at, 4, 4)?;
    if !(1800..=2199).contains(&y) || char_at_is(s, end, char::is_alphabetic) {
        return None;
    }
    Some((end, y as i32))
}

/// ", 2019", " 2019", ",2019" at `at`, after a day or month; `None` for
/// none.
fn year_after(s: &str, at: usize) -> Read<i32> {
    year(s, comma_or_blanks_end(s.as_bytes(), at)?)
}

/// The year at `at` after a day or month, if any, and where the date ends.
fn maybe_year_after(s: &str, at: usize) -> (usize, Option<i32>) {
    match year_after(s, at) {
        Some((end, y)) => (end, Some(y)),
        None => (at, None),
    }
}

/// "August 15, 2019", "Aug. 15", "Nov 20 2019", "November 20th, 2019".
fn month_day_year(s: &str, at: usize) -> Read<Written> {
    let (end, m) = month(s, at)?;
    day_year_after(s, end, m)
}

/// The day and year of a date after its month `m`, which ends at `at`.
fn day_year_after(s: &str, at: usize, m: u8) -> Read<Written> {
    let (end, d) = day(s, blank_end(s.as_bytes(), at))?;
    let (end, y) = maybe_year_after(s, end);
    Some((end, Written::with_day(y, m, d)))
}

/// "15 August 2019", "20 Nov, 2019", "20th November 2019", "15 August".
fn day_month_year(s: &str, at: usize) -> Read<Written> {
    let b = s.as_bytes();
    let (end, d) = day(s, at)?;
    let from = some_blanks_end(b, end)?;
    let of = b
        .get(from..from + 3)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"of "));
    let (end, m) = month(s, if of { from + 3 } else { from })?;
    let (end, y) = maybe_year_after(s, end);
    Some((end, Written::with_day(y, m, d)))
}

/// The separator of a numeric date at `at`, if it is one of `seps`.
fn date_separator(b: &[u8], at: usize, seps: &[u8; 3]) -> Option<u8> {
    b.get(at).filter(|c| seps.contains(c)).copied()
}

/// The date a numeric form read as year `y`, month `m` and day `d`, when
/// the month and day are in range.
fn numeric_written(y: i32, m: u32, d: u32) -> Option<Written> {
    ((1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| Written::with_day(Some(y), m as u8, d as u8))
}

/// "2023/08/17", "2015.04.28", "2019-11-20": year first, one separator.
fn numeric_ymd(s: &str, at: usize) -> Read<Written> {
    let b = s.as_bytes();
    let (end, y) = year(s, at)?;
    let sep = date_separator(b, end, b"-/.")?;
    let (end, m) = number(b, end + 1, 1, 2)?;
    if b.get(end) != Some(&sep) {
        return None;
    }
    let (end, d) = number(b, end + 1, 1, 2)?;
    Some((end, numeric_written(y, m, d)?))
}

/// "18.11.2019" (dots: day first, as Europe writes them), "11/20/2019" and
/// "20/11/2019" only when one of the two numbers cannot be a month.
fn numeric_dmy(s: &str, at: usize) -> Read<Written> {
    let b = s.as_bytes();
    let (end, a) = number(b, at, 1, 2)?;
    let sep = date_separator(b, end, b"./-")?;
    let (end, n) = number(b, end + 1, 1, 2)?;
    if b.get(end) != Some(&sep) {
        return None;
    }
    let (end, y) = year(s, end + 1)?;
    let (d, m) = match sep {
        b'.' => (a, n),
        _ if a > 12 && n <= 12 => (a, n),
        _ if n > 12 && a <= 12 => (n, a),
        _ if a == n => (a, n),
        _ => return None,
    };
    Some((end, numeric_written(y, m, d)?))
}

/// Any calendar date this module knows at `at` of `s`, with an optional
/// weekday first.
pub(crate) fn written_date(s: &str, at: usize) -> Read<Written> {
    let i = s.as_bytes().get(at..)?;
    // A weekday name opens with a letter: a date opening with a digit has
    // none to look for.
    if i.first().is_some_and(u8::is_ascii_digit) {
        if !may_open_written_date(i) {
            return None;
        }
        return date_form(s, at);
    }
    // A word opening with a letter passes [`may_open_written_date`] when it
    // is a name: the name, read once, is both that gate and the answer to
    // whether a weekday opens the date (read twice, it cost about 23
    // instructions more for each date opening with a letter). A month's
    // name opens the date, and a weekday's must be followed by one.
    match name_at(i)? {
        // The weekday's name, read here, is not read again.
        (Name::Weekday, len) => {
            let (end, w) = date_form(s, weekday_word_end(s.as_bytes(), at + len)?)?;
            Some((end, Written { weekday: true, ..w }))
        }
        // The month's name, read here, is not read again (through
        // `date_form` and `month_day_year`, some 2,500 instructions more).
        (Name::Month(m), len) => {
            let (end, m) = month_word(s, at + len, m)?;
            day_year_after(s, end, m)
        }
    }
}

/// The one date form that can match at `at`, told by its first bytes, and
/// its reading: the forms open differently, so trying each in turn (nom's
/// `alt`) fails all but this one, at a parser call or more each.
///
/// A month name opens "August 15"; a year of 4 digits "2023/08/17"; a day
/// of 1 or 2 digits followed by `.`, `/` or `-` "18.11.2019", and by
/// anything else "15 August" (which needs a space or an ordinal there).
/// Any other run of digits is no day and no year.
fn date_form(s: &str, at: usize) -> Read<Written> {
    let i = s.as_bytes().get(at..)?;
    let digits = i.iter().take_while(|b| b.is_ascii_digit()).count();
    match (digits, i.get(digits)) {
        (0, _) => month_day_year(s, at),
        (4, _) => numeric_ymd(s, at),
        (1 | 2, Some(b'.' | b'/' | b'-')) => numeric_dmy(s, at),
        (1 | 2, _) => day_month_year(s, at),
        _ => None,
    }
}

/// Whether [`written_date`] can match at `i`, by a look at its first word.
///
/// Callers try many places where no date is, and a failing run of the
/// whole grammar costs a parser call per form. Every form opens with a
/// weekday or month name (a whole ASCII word from `table`) or with a number:
/// a day of 1 or 2 digits followed by a space, tab or ordinal letter (or by
/// `.`, `/`, `-` when the month follows as a number), or a year of 4 digits
/// followed by `.`, `/` or `-`. Anything else fails every form.
pub(crate) fn may_open_written_date(i: &[u8]) -> bool {
    let Some(&first) = i.first() else {
        return false;
    };
    if first.is_ascii_digit() {
        let digits = i.iter().take_while(|b| b.is_ascii_digit()).count();
        let next = i.get(digits).map(u8::to_ascii_lowercase);
        return match digits {
            1 | 2 => matches!(
                next,
                Some(b' ' | b'\t' | b'.' | b'/' | b'-' | b's' | b'n' | b'r' | b't')
            ),
            // A year opens only "2023/08/17" ("2020 Democrats" is none).
            4 => matches!(next, Some(b'.' | b'/' | b'-')),
            _ => false,
        };
    }
    name_at(i).is_some()
}

/// Whether `i` opens with a month or weekday name, a whole ASCII word:
/// [`may_open_written_date`] for an `i` that opens with a letter, for
/// callers that know it does. Inlined, so that such a caller's test of
/// many words pays for neither a call nor the test for a digit.
#[inline(always)]
pub(crate) fn opens_with_name(i: &[u8]) -> bool {
    name_at(i).is_some()
}

/// A month or weekday name, as [`name_at`] reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Name {
    /// A month's, with its number (1 to 12).
    Month(u8),
    Weekday,
}

/// The month or weekday name that the run of ASCII letters opening `i` is,
/// if any, and the run's length.
///
/// A run of up to eight letters with eight bytes to read is told from one
/// load: its length from the bytes that are letters, and its name, if any,
/// by one look-up of the run lowercased as an integer in [`NAME_SLOTS`].
/// Read by [`name_at_by_head`], the head's compares and the loop over the
/// run's bytes left the stamps' 395 calls of [`may_open_written_date`] over
/// corpora/real at about 71 instructions each, where they now take 23.
#[inline]
fn name_at(i: &[u8]) -> Option<(Name, usize)> {
    use crate::ascii8::{HIGH, letter_bytes};
    let Some(eight) = i.first_chunk::<8>() else {
        return name_at_by_head(i);
    };
    let word = u64::from_le_bytes(*eight);
    let letters = letter_bytes(word);
    let len = (!letters & HIGH).trailing_zeros() / 8;
    // Eight letters in a row may run on, past the longest names of eight.
    if len == 8 && i.get(8).is_some_and(u8::is_ascii_alphabetic) {
        return name_at_by_head(i);
    }
    // The run's letters lowercased (a letter's high bit, moved to bit 5,
    // sets its case bit), the bytes after it cleared.
    let run = u64::MAX
        .checked_shl(8 * len)
        .map_or(u64::MAX, |after| !after);
    let key = (word | letters >> 2) & run;
    let (name, named) = NAME_SLOTS[name_slot(key)];
    (name == key).then_some((named, len as usize))
}

/// [`name_at`] for any input: the run's first three letters looked up as
/// a head of names, then its length measured and the one name of that
/// head and length compared.
fn name_at_by_head(i: &[u8]) -> Option<(Name, usize)> {
    // The first three letters are looked at before the word is measured:
    // most words tried are no name, and differ there. Those that open a
    // name leave one name of each length to compare with, at most.
    let &[a, b, c] = i.first_chunk::<3>()?;
    let group = head_index([a, b, c].map(|b| b.to_ascii_lowercase()))?;
    // Names are at most `LONGEST_NAME` letters: a longer word is measured
    // only that far, and fails at its length.
    let len = i
        .iter()
        .take(LONGEST_NAME + 1)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let name = NAME_BY_HEAD[group].get(len).copied().flatten()?;
    if !name[3..].eq_ignore_ascii_case(&i[3..len]) {
        return None;
    }
    // The months' heads come first in `HEADS`, in the calendar's order.
    let named = match u8::try_from(group + 1) {
        Ok(month) if group < MONTH_HEADS => Name::Month(month),
        _ => Name::Weekday,
    };
    Some((named, len))
}

/// The first three letters of the month and weekday names in `table`, one
/// group of names each ("sep": "sep", "sept", "september"): the months'
/// first, in the calendar's order (the place of a month's head is its
/// number less one), then the weekdays'.
const HEADS: [&[u8; 3]; 19] = [
    b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec",
    b"mon", b"tue", b"wed", b"thu", b"fri", b"sat", b"sun",
];

/// How many of [`HEADS`] open month names: the twelve first.
pub(crate) const MONTH_HEADS: usize = 12;

/// The longest month or weekday name ("september", "wednesday").
const LONGEST_NAME: usize = 9;

/// Which of [`HEADS`] these three lowercase letters are, if any.
///
/// A `match` rather than a search of `HEADS`: it compiles to a few byte
/// compares that rule out most words at their first or second letter.
/// `NAME_BY_HEAD` is built through it, so a head missing here fails the
/// build. The dateline's month names go through it too: inlined there,
/// where a call on each of a place's words cost the dateline stage 37K
/// instructions over the real articles.
#[inline(always)]
pub(crate) const fn head_index(head: [u8; 3]) -> Option<usize> {
    let at = match &head {
        b"jan" => 0,
        b"feb" => 1,
        b"mar" => 2,
        b"apr" => 3,
        b"may" => 4,
        b"jun" => 5,
        b"jul" => 6,
        b"aug" => 7,
        b"sep" => 8,
        b"oct" => 9,
        b"nov" => 10,
        b"dec" => 11,
        b"mon" => 12,
        b"tue" => 13,
        b"wed" => 14,
        b"thu" => 15,
        b"fri" => 16,
        b"sat" => 17,
        b"sun" => 18,
        _ => return None,
    };
    Some(at)
}

/// The month and weekday names of `table` by their head's place in
/// [`HEADS`] and their length: no two names share both.
const NAME_BY_HEAD: [[Option<&[u8]>; LONGEST_NAME + 1]; HEADS.len()] = {
    let mut by_head = [[None; LONGEST_NAME + 1]; HEADS.len()];
    let mut k = 0;
    while k < MONTHS.len() + WEEKDAYS.len() {
        let name = if k < MONTHS.len() {
            MONTHS[k].0.as_bytes()
        } else {
            WEEKDAYS[k - MONTHS.len()].as_bytes()
        };
        assert!(name.len() >= 3 && name.len() <= LONGEST_NAME, "name length");
        let Some(group) = head_index([name[0], name[1], name[2]]) else {
            panic!("a name's head is missing from `head_index`");
        };
        // `name_at` tells a month's number from its head's place.
        let is_month = k < MONTHS.len();
        assert!(
            is_month == (group < MONTH_HEADS),
            "a month's head among the weekdays'"
        );
        assert!(
            !is_month || MONTHS[k].1 as usize == group + 1,
            "a month's head out of order"
        );
        assert!(
            by_head[group][name.len()].is_none(),
            "two names of one head and length"
        );
        by_head[group][name.len()] = Some(name);
        k += 1;
    }
    by_head
};

/// The multiplier of [`name_slot`], chosen so that no two names of up to
/// eight letters share a slot (the build checks it).
const NAME_HASH: u64 = 0xe4cb_70e9_37cb_50d7;

/// The slot of [`NAME_SLOTS`] for a run of letters lowercased as a
/// little-endian integer: the product's top six bits.
const fn name_slot(key: u64) -> usize {
    (key.wrapping_mul(NAME_HASH) >> 58) as usize
}

/// The month and weekday names of up to eight letters, each in its
/// [`name_slot`] as a little-endian integer with what it names; a slot with
/// no name holds `u64::MAX`, which no run of fewer than eight letters and
/// no run of eight ASCII letters is.
const NAME_SLOTS: [(u64, Name); 64] = {
    let mut slots = [(u64::MAX, Name::Weekday); 64];
    let mut k = 0;
    while k < MONTHS.len() + WEEKDAYS.len() {
        let (name, named) = if k < MONTHS.len() {
            (MONTHS[k].0.as_bytes(), Name::Month(MONTHS[k].1))
        } else {
            (WEEKDAYS[k - MONTHS.len()].as_bytes(), Name::Weekday)
        };
        if name.len() <= 8 {
            let mut key = 0u64;
            let mut j = 0;
            while j < name.len() {
                key |= (name[j] as u64) << (8 * j);
                j += 1;
            }
            let slot = name_slot(key);
            assert!(slots[slot].0 == u64::MAX, "two names in one slot");
            slots[slot] = (key, named);
        }
        k += 1;
    }
    slots
};

/// "am", "p.m.", "AM", "A.M." at `at` after optional spaces and tabs: true
/// for the afternoon, and where it ends. The longest of "a.m.", "a.m" and
/// "am" (or their "p" forms) written there is taken, and only when no
/// letter or digit follows it.
fn meridiem(s: &str, at: usize) -> Read<bool> {
    let b = s.as_bytes();
    let k = blank_end(b, at);
    let pm = match b.get(k).map(u8::to_ascii_lowercase) {
        Some(b'a') => false,
        Some(b'p') => true,
        _ => return None,
    };
    let lower = |at: usize| b.get(k + at).map(u8::to_ascii_lowercase);
    let len = match (lower(1), lower(2), lower(3)) {
        (Some(b'.'), Some(b'm'), Some(b'.')) => 4,
        (Some(b'.'), Some(b'm'), _) => 3,
        (Some(b'm'), _, _) => 2,
        _ => return None,
    };
    if char_at_is(s, k + len, char::is_alphanumeric) {
        return None;
    }
    Some((k + len, pm))
}

/// The hour on a 24-hour clock from a 12-hour one. An hour past 12 with
/// "pm" ("13:42pm") is read as already on the 24-hour clock.
fn to_24(hour: u32, pm: Option<bool>) -> Option<u32> {
    match pm {
        None => Some(hour),
        Some(_) if hour == 0 => Some(0),
        Some(false) if hour == 12 => Some(0),
        Some(false) if hour <= 12 => Some(hour),
        Some(true) if hour < 12 => Some(hour + 12),
        Some(true) if hour < 24 => Some(hour),
        Some(_) => None,
    }
}

/// A clock time at `at`: "09:20", "12:21 AM", "5:52 a.m.", "10:18am",
/// "21:17:05", "10.45 pm" (a period needs the am/pm).
///
/// Read on bytes, each number by its places: tried at every clock of a
/// stamp line and at most places a stamp may open, nom's sequence of
/// numbers, alternatives and options took about 250 instructions a call
/// over corpora/real.
pub(crate) fn clock(s: &str, at: usize) -> Read<Time> {
    let b = s.as_bytes();
    let digit = |k: usize| {
        b.get(k)
            .filter(|c| c.is_ascii_digit())
            .map(|c| u32::from(c - b'0'))
    };
    // Two digits at `k` and no third, as `number(.., 2, 2)` reads them.
    let two = |k: usize| match (digit(k), digit(k + 1), digit(k + 2)) {
        (Some(tens), Some(ones), None) => Some(10 * tens + ones),
        _ => None,
    };
    // The hour: one or two digits and no third, as `number(.., 1, 2)`.
    let (h, colon_at) = match (digit(at), digit(at + 1)) {
        (Some(ones), None) => (ones, at + 1),
        (Some(_), Some(_)) => (two(at)?, at + 2),
        _ => return None,
    };
    let colon = match b.get(colon_at) {
        Some(b':') => true,
        Some(b'.') => false,
        _ => return None,
    };
    let m = two(colon_at + 1)?;
    let mut end = colon_at + 3;
    let mut sec = 0;
    if colon
        && b.get(end) == Some(&b':')
        && let Some(seconds) = two(end + 1)
    {
        sec = seconds;
        end += 3;
    }
    let pm = match meridiem(s, end) {
        Some((after, pm)) => {
            end = after;
            Some(pm)
        }
        None if !colon => return None,
        None => None,
    };
    let h = to_24(h, pm)?;
    match Time::from_hms(h as u8, m as u8, sec as u8) {
        Ok(t) if h < 24 && m < 60 && sec < 60 => Some((end, t)),
        _ => None,
    }
}

/// A four-digit clock with no colon at `at`: "1509" (wire trailers, "1909
/// GMT"). Callers only take it right before a zone.
pub(crate) fn compact_clock(s: &str, at: usize) -> Read<Time> {
    let (end, n) = number(s.as_bytes(), at, 4, 4)?;
    let (h, m) = (n / 100, n % 100);
    match Time::from_hms(h as u8, m as u8, 0) {
        Ok(t) if h < 24 && m < 60 => Some((end, t)),
        _ => None,
    }
}

/// ISO 8601 date and time: "2019-11-20T05:52:00Z", "2019-11-20 05:52",
/// "2019-11-20T05:52:00.123+09:00". The offset is `None` when not written.
pub(crate) fn iso_datetime(i: &str) -> Res<'_, (Written, Time, Option<time::UtcOffset>)> {
    let two = || as_nom(|s: &str, at| number(s.as_bytes(), at, 2, 2));
    let (rest, (y, _, m, _, d)) =
        (as_nom(year), char('-'), two(), char('-'), two()).parse_complete(i)?;
    let (rest, (_, h, _, min, s)) = (
        alt((char('T'), char(' '))),
        two(),
        char(':'),
        two(),
        opt((
            char(':'),
            two(),
            opt((char('.'), take_while1(|c: char| c.is_ascii_digit()))),
        )
            .map(|t| t.1)),
    )
        .parse_complete(rest)?;
    let (rest, off) = opt(alt((tag("Z").map(|_| time::UtcOffset::UTC), |j| {
        crate::zone::zone(j, time::UtcOffset::UTC).and_then(|r| {
            if j.starts_with(['+', '-']) {
                Ok(r)
            } else {
                fail(j)
            }
        })
    })))
    .parse_complete(rest)?;
    let time = match Time::from_hms(h as u8, min as u8, s.unwrap_or(0) as u8) {
        Ok(t) if h < 24 && min < 60 && s.unwrap_or(0) < 60 => t,
        _ => return fail(i),
    };
    if !(1..=12).contains(&m) {
        return fail(i);
    }
    let w = Written::with_day(Some(y), m as u8, d as u8);
    Ok((rest, (w, time, off)))
}

/// A date starting at byte `at` of `text`, with its span.
// For the dateline and relative-date stages, which do not call it yet.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn date_at(text: &str, at: usize) -> Option<Found<Written>> {
    if !text.is_char_boundary(at) {
        return None;
    }
    let (end, value) = written_date(text, at)?;
    Some(Found {
        value,
        span: Span::new(at, end),
    })
}

/// A clock time starting at byte `at` of `text`, with its span.
// For the dateline and relative-date stages, which do not call it yet.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn time_at(text: &str, at: usize) -> Option<Found<Time>> {
    if !text.is_char_boundary(at) {
        return None;
    }
    let (end, value) = clock(text, at)?;
    Some(Found {
        value,
        span: Span::new(at, end),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use nom::character::complete::{space0, space1};

    // The readers of offsets as nom parsers of `&str` (through `as_nom`),
    // under their own names: the nom references below are sequences of
    // them, and the checks compare what each reads and where it ends.

    fn next_is(i: &str, f: impl Fn(char) -> bool) -> bool {
        i.chars().next().is_some_and(f)
    }

    fn number(min: usize, max: usize) -> impl Fn(&str) -> Res<'_, u32> {
        move |i| match super::number(i.as_bytes(), 0, min, max) {
            Some((end, n)) => Ok((&i[end..], n)),
            None => fail(i),
        }
    }

    fn month(i: &str) -> Res<'_, u8> {
        as_nom(super::month)(i)
    }

    /// A weekday name and what separates it from the date, as
    /// [`written_date`] reads them.
    fn weekday(i: &str) -> Res<'_, ()> {
        as_nom(|s, at| {
            let (Name::Weekday, len) = name_at(s.as_bytes().get(at..)?)? else {
                return None;
            };
            weekday_word_end(s.as_bytes(), at + len).map(|end| (end, ()))
        })(i)
    }

    fn day(i: &str) -> Res<'_, u8> {
        as_nom(super::day)(i)
    }

    fn year(i: &str) -> Res<'_, i32> {
        as_nom(super::year)(i)
    }

    fn year_after(i: &str) -> Option<(&str, i32)> {
        as_nom(super::year_after)(i).ok()
    }

    fn month_day_year(i: &str) -> Res<'_, Written> {
        as_nom(super::month_day_year)(i)
    }

    fn day_month_year(i: &str) -> Res<'_, Written> {
        as_nom(super::day_month_year)(i)
    }

    fn numeric_ymd(i: &str) -> Res<'_, Written> {
        as_nom(super::numeric_ymd)(i)
    }

    fn numeric_dmy(i: &str) -> Res<'_, Written> {
        as_nom(super::numeric_dmy)(i)
    }

    fn written_date(i: &str) -> Res<'_, Written> {
        as_nom(super::written_date)(i)
    }

    fn date_form(i: &str) -> Res<'_, Written> {
        as_nom(super::date_form)(i)
    }

    fn clock(i: &str) -> Res<'_, Time> {
        as_nom(super::clock)(i)
    }

    fn compact_clock(i: &str) -> Res<'_, Time> {
        as_nom(super::compact_clock)(i)
    }

    /// [`super::meridiem`] as the bytes it read and the afternoon.
    fn meridiem(i: &str) -> Option<(bool, usize)> {
        super::meridiem(i, 0).map(|(end, pm)| (pm, end))
    }

    /// [`super::numeric_written`] as a nom result ending at `rest`.
    fn numeric_written<'a>(i: &'a str, rest: &'a str, y: i32, m: u32, d: u32) -> Res<'a, Written> {
        match super::numeric_written(y, m, d) {
            Some(w) => Ok((rest, w)),
            None => fail(i),
        }
    }

    /// [`may_open_written_date`] as first written: the word measured, then
    /// looked for among the names.
    fn may_open_reference(i: &[u8]) -> bool {
        let Some(&first) = i.first() else {
            return false;
        };
        if first.is_ascii_digit() {
            return may_open_written_date(i);
        }
        let word = &i[..i.iter().take_while(|b| b.is_ascii_alphabetic()).count()];
        MONTHS
            .iter()
            .any(|(name, _)| name.as_bytes().eq_ignore_ascii_case(word))
            || WEEKDAYS
                .iter()
                .any(|name| name.as_bytes().eq_ignore_ascii_case(word))
    }

    /// [`month`] as first written: a whole word looked up in `MONTHS`.
    fn month_reference(i: &str) -> Res<'_, u8> {
        let (rest, m) = word_in(MONTHS)(i)?;
        let (rest, _) = opt(char('.')).parse_complete(rest)?;
        Ok((rest, m))
    }

    /// [`weekday`] as first written: a whole word looked for in `WEEKDAYS`.
    fn weekday_reference(i: &str) -> Res<'_, ()> {
        let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse_complete(i)?;
        if !WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(w)) {
            return fail(i);
        }
        let (rest, _) = (
            opt(char('.')),
            alt(((char(','), space0).map(|_| ()), space1.map(|_| ()))),
        )
            .parse_complete(rest)?;
        Ok((rest, ()))
    }

    /// A whole word, case-insensitive, looked up in a sorted lowercase table.
    fn word_in<'t, T: Copy>(table: &'t [(&'t str, T)]) -> impl FnMut(&str) -> Res<'_, T> + 't {
        move |i| {
            let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse_complete(i)?;
            if w.len() > 12 || next_is(rest, char::is_alphabetic) {
                return fail(i);
            }
            let mut buf = [0u8; 12];
            for (d, s) in buf.iter_mut().zip(w.bytes()) {
                *d = s.to_ascii_lowercase();
            }
            let Ok(key) = std::str::from_utf8(&buf[..w.len()]) else {
                return fail(i);
            };
            match table.binary_search_by(|(name, _)| name.cmp(&key)) {
                Ok(at) => Ok((rest, table[at].1)),
                Err(_) => fail(i),
            }
        }
    }

    /// [`number`] as first written, on nom's `take_while_m_n` and
    /// `str::parse`.
    fn number_reference(min: usize, max: usize) -> impl FnMut(&str) -> Res<'_, u32> {
        move |i| {
            let (rest, d) =
                nom::bytes::complete::take_while_m_n(min, max, |c: char| c.is_ascii_digit())
                    .parse_complete(i)?;
            if next_is(rest, |c| c.is_ascii_digit()) {
                return fail(i);
            }
            match d.parse() {
                Ok(n) => Ok((rest, n)),
                Err(_) => fail(i),
            }
        }
    }

    /// [`meridiem`] as first written: nom's choice of six tags, after
    /// nom's spaces.
    fn meridiem_reference(i: &str) -> Res<'_, bool> {
        let (rest, (_, pm)) = (
            space0,
            alt((
                tag_ci("a.m.").map(|_| false),
                tag_ci("p.m.").map(|_| true),
                tag_ci("a.m").map(|_| false),
                tag_ci("p.m").map(|_| true),
                tag_ci("am").map(|_| false),
                tag_ci("pm").map(|_| true),
            )),
        )
            .parse_complete(i)?;
        if next_is(rest, char::is_alphanumeric) {
            return fail(i);
        }
        Ok((rest, pm))
    }

    /// [`clock`] as first written, on nom's sequences of numbers.
    fn clock_reference(i: &str) -> Res<'_, Time> {
        let (rest, (h, sep, m)) = (
            number_reference(1, 2),
            alt((char(':'), char('.'))),
            number_reference(2, 2),
        )
            .parse_complete(i)?;
        let (rest, s) = if sep == ':' {
            opt((char(':'), number_reference(2, 2)).map(|t| t.1)).parse_complete(rest)?
        } else {
            (rest, None)
        };
        let (rest, pm) = opt(meridiem_reference).parse_complete(rest)?;
        if sep == '.' && pm.is_none() {
            return fail(i);
        }
        let Some(h) = to_24(h, pm) else {
            return fail(i);
        };
        match Time::from_hms(h as u8, m as u8, s.unwrap_or(0) as u8) {
            Ok(t) if h < 24 && m < 60 && s.unwrap_or(0) < 60 => Ok((rest, t)),
            _ => fail(i),
        }
    }

    /// [`day`] as first written, the ordinal by nom's choice of tags.
    fn day_reference(i: &str) -> Res<'_, u8> {
        let (rest, d) = number(1, 2)(i)?;
        let (rest, _) = opt(alt((
            tag_ci("st"),
            tag_ci("nd"),
            tag_ci("rd"),
            tag_ci("th"),
        )))
        .parse_complete(rest)?;
        if next_is(rest, char::is_alphanumeric) || !(1..=31).contains(&d) {
            return fail(i);
        }
        Ok((rest, d as u8))
    }

    /// [`year_after`] as first written.
    fn year_after_reference(i: &str) -> Res<'_, i32> {
        alt((
            (char(','), space0, year).map(|t| t.2),
            (space1, year).map(|t| t.1),
        ))
        .parse_complete(i)
    }

    /// The date forms as first written, as nom sequences.
    fn month_day_year_reference(i: &str) -> Res<'_, Written> {
        let (rest, (m, _, d, y)) =
            (month, space0, day_reference, opt(year_after_reference)).parse_complete(i)?;
        if rest.len() == i.len() {
            return fail(i);
        }
        let w = Written::with_day(y, m, d);
        Ok((rest, w))
    }

    fn day_month_year_reference(i: &str) -> Res<'_, Written> {
        let (rest, (d, _, _, m, y)) = (
            day_reference,
            space1,
            opt(tag_ci("of ")),
            month,
            opt(year_after_reference),
        )
            .parse_complete(i)?;
        let w = Written::with_day(y, m, d);
        Ok((rest, w))
    }

    fn numeric_ymd_reference(i: &str) -> Res<'_, Written> {
        let (rest, y) = year(i)?;
        let (rest, sep) = alt((char('-'), char('/'), char('.'))).parse_complete(rest)?;
        let (rest, (m, _, d)) = (number(1, 2), char(sep), number(1, 2)).parse_complete(rest)?;
        numeric_written(i, rest, y, m, d)
    }

    fn numeric_dmy_reference(i: &str) -> Res<'_, Written> {
        let (rest, a) = number(1, 2)(i)?;
        let (rest, sep) = alt((char('.'), char('/'), char('-'))).parse_complete(rest)?;
        let (rest, (b, _, y)) = (number(1, 2), char(sep), year).parse_complete(rest)?;
        let (d, m) = match sep {
            '.' => (a, b),
            _ if a > 12 && b <= 12 => (a, b),
            _ if b > 12 && a <= 12 => (b, a),
            _ if a == b => (a, b),
            _ => return fail(i),
        };
        numeric_written(i, rest, y, m, d)
    }

    /// [`written_date`] as first written: every form tried in turn after
    /// an optional weekday, whatever the first byte.
    fn written_date_reference(i: &str) -> Res<'_, Written> {
        if !may_open_reference(i.as_bytes()) {
            return fail(i);
        }
        let (rest, wd) = opt(weekday).parse_complete(i)?;
        let (rest, mut w) = alt((
            month_day_year_reference,
            day_month_year_reference,
            numeric_ymd_reference,
            numeric_dmy_reference,
        ))
        .parse_complete(rest)?;
        w.weekday = wd.is_some();
        Ok((rest, w))
    }

    proptest::proptest! {
        /// The gate lets through every opening with a digit that one of
        /// the forms, tried whole, reads: a year only before `.`, `/` or
        /// `-`, a day before a blank, an ordinal or those marks.
        #[test]
        fn the_digit_gate_lets_every_numeric_opening_through(
            i in "[0-9]{1,5}[ .,/:th-]?[0-9A-Za-z]{0,4}[ ./-]?[0-9]{0,4}",
        ) {
            let read = alt((
                day_month_year_reference,
                numeric_ymd_reference,
                numeric_dmy_reference,
            ))
            .parse_complete(i.as_str())
            .is_ok();
            proptest::prop_assert!(!read || may_open_written_date(i.as_bytes()), "{:?}", i);
        }

        /// A name read from one load is the name read by its head.
        #[test]
        fn names_from_one_load_are_the_names_by_head(
            name in proptest::sample::select(
                table::MONTHS.iter().map(|m| m.0).chain(table::WEEKDAYS.iter().copied()).collect::<Vec<_>>()
            ),
            upper in proptest::collection::vec(proptest::bool::ANY, 9),
            cut in 0usize..10,
            rest in "[a-zA-Z .,3\u{e9}@`\\[{]{0,10}",
        ) {
            let mut word: String = name
                .chars()
                .zip(&upper)
                .map(|(c, &up)| if up { c.to_ascii_uppercase() } else { c })
                .collect();
            word.truncate(cut.max(1).min(word.len()));
            word.push_str(&rest);
            let bytes = word.as_bytes();
            proptest::prop_assert_eq!(name_at(bytes), name_at_by_head(bytes), "{:?}", word);
            for from in 1..bytes.len() {
                proptest::prop_assert_eq!(name_at(&bytes[from..]), name_at_by_head(&bytes[from..]), "{:?}", word);
            }
        }

        #[test]
        fn tags_match_as_nom_matches_them(
            tag in proptest::sample::select(
                &["a.m.", "p.m", "am", "PM", "st", "nd", "rd", "th", "of ", "on", "at"][..]
            ),
            upper in proptest::collection::vec(proptest::bool::ANY, 4),
            cut in 0usize..5,
            rest in "(a|M|\\.|s|\u{212a}|\u{130}|\u{17f}|\u{e9}| ){0,3}",
        ) {
            // The tag's first bytes in either case, then anything.
            let head = tag.bytes().zip(&upper).take(cut).map(|(b, &up)| {
                char::from(if up { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
            });
            let s: String = head.chain(rest.chars()).collect();
            let nom = nom::bytes::complete::tag_no_case::<_, _, NomError<&str>>(tag);
            proptest::prop_assert_eq!(tag_ci(tag)(&s).ok(), nom(&s).ok());
        }

        #[test]
        fn numbers_read_as_the_reference(
            s in "[0-9]{0,6}(x|\u{e9}|\u{663}| |:|)[0-9]{0,2}",
            min in 1usize..5,
            more in 0usize..3,
        ) {
            let max = min + more;
            proptest::prop_assert_eq!(
                number(min, max)(&s).ok(),
                number_reference(min, max)(&s).ok()
            );
        }

        #[test]
        fn clocks_read_as_the_reference(
            s in "(0|1|2|5|9|12|23|24|59|60|:|\\.| |\t|a|p|A|M|m|am|p\\.m\\.|x|\u{e9}|\u{663}){0,8}"
        ) {
            proptest::prop_assert_eq!(clock(&s).ok(), clock_reference(&s).ok());
            proptest::prop_assert_eq!(
                meridiem(&s),
                meridiem_reference(&s).ok().map(|(rest, pm)| (pm, s.len() - rest.len()))
            );
        }

        #[test]
        fn date_forms_read_as_the_references(
            s in "(May|Sept|Nov\\.|of|Mon|3|19|31|12|2019|1799|1st|TH|nd|-|/|\\.|,| |\t|x|\u{e9}|\u{663}){0,7}"
        ) {
            proptest::prop_assert_eq!(day(&s).ok(), day_reference(&s).ok());
            proptest::prop_assert_eq!(year_after(&s), year_after_reference(&s).ok());
            proptest::prop_assert_eq!(month_day_year(&s).ok(), month_day_year_reference(&s).ok());
            proptest::prop_assert_eq!(day_month_year(&s).ok(), day_month_year_reference(&s).ok());
            proptest::prop_assert_eq!(numeric_ymd(&s).ok(), numeric_ymd_reference(&s).ok());
            proptest::prop_assert_eq!(numeric_dmy(&s).ok(), numeric_dmy_reference(&s).ok());
        }

        /// The readers read at a place inside a longer text as at the
        /// start of the text from there: every offset they answer is into
        /// the whole text, not the part read.
        #[test]
        fn readers_read_at_a_place_as_at_the_start(
            before in "[a-zA-Z0-9 ,.:\u{e9}]{0,6}",
            s in "(May|Mon|Monday|Sept\\.|Thu|of|3|19|2019|15th|12:21|09:20|1509| |, |-|/|\\.|:|am|p\\.m\\.|x|\u{e9}){0,6}",
        ) {
            let whole = format!("{before}{s}");
            let at = before.len();
            let shift = |read: Option<(usize, Written)>| read.map(|(end, w)| (end - at, w));
            proptest::prop_assert_eq!(shift(super::written_date(&whole, at)), super::written_date(&s, 0));
            let shift = |read: Option<(usize, Time)>| read.map(|(end, t)| (end - at, t));
            proptest::prop_assert_eq!(shift(super::clock(&whole, at)), super::clock(&s, 0));
            proptest::prop_assert_eq!(
                shift(super::compact_clock(&whole, at)),
                super::compact_clock(&s, 0)
            );
        }

        #[test]
        fn written_date_reads_as_the_reference(
            s in "(May|Mon|Mond|Monday|Sept|JUNE|Thu|The|Ma|of|x|\u{e9}|9|19|123|2019|15th|1st|-|/|\\.|,| |\t){0,6}"
        ) {
            proptest::prop_assert_eq!(
                may_open_written_date(s.as_bytes()),
                may_open_reference(s.as_bytes())
            );
            // What is read, and where it ends; callers read no error.
            proptest::prop_assert_eq!(
                written_date(&s).ok(),
                written_date_reference(&s).ok()
            );
        }
    }

    #[test]
    fn the_form_told_by_the_first_bytes_is_the_one_that_matches() {
        // `date_form` tries one form where nom's `alt` would try all four
        // in turn: for each opening, what it reads is what they read.
        let every_form = |i| {
            alt((month_day_year, day_month_year, numeric_ymd, numeric_dmy))
                .parse_complete(i)
                .ok()
        };
        let inputs = [
            "August 15, 2019",
            "Aug. 15",
            "Mayor 3",
            "15 August 2019",
            "3rd of May",
            "15th, August",
            "9\tMay",
            "15. August",
            "18.11.2019",
            "11/20/2019",
            "20-11-2019",
            "5/8/2019",
            "2023/08/17",
            "2015.04.28",
            "2019 August 15",
            "123 May",
            "12345",
            "1",
            "",
            "x",
        ];
        let mut read = 0;
        for i in inputs {
            let got = date_form(i).ok();
            assert_eq!(got, every_form(i), "{i:?}");
            read += usize::from(got.is_some());
        }
        assert_eq!(read, 10);
    }

    fn ymd(y: i32, m: u8, d: u8) -> Date {
        Date::from_calendar_date(y, Month::try_from(m).unwrap(), d).unwrap()
    }

    fn hms(h: u8, m: u8, s: u8) -> Time {
        Time::from_hms(h, m, s).unwrap()
    }

    fn full(s: &str) -> Option<Date> {
        let (rest, w) = written_date(s).ok()?;
        assert_eq!(rest, "", "left over in {s:?}");
        w.date(0).ok()
    }

    fn partial(s: &str) -> Option<(Option<i32>, u8, Option<u8>)> {
        let (_, w) = written_date(s).ok()?;
        Some((w.year, w.month, w.day))
    }

    fn t(s: &str) -> Option<Time> {
        clock(s).ok().map(|r| r.1)
    }

    #[test]
    fn tables_are_sorted() {
        assert!(MONTHS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(WEEKDAYS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn names_fit_the_gate_lengths() {
        // `may_open_written_date` lets through words of 3 to 9 letters only,
        // whose head `head_index` knows.
        let names = MONTHS.iter().map(|m| m.0).chain(WEEKDAYS.iter().copied());
        assert!(names.clone().all(|n| (3..=LONGEST_NAME).contains(&n.len())));
        assert!(
            names
                .map(str::as_bytes)
                .all(|n| head_index([n[0], n[1], n[2]]).is_some())
        );
        assert!(
            HEADS
                .iter()
                .enumerate()
                .all(|(k, h)| head_index(**h) == Some(k))
        );
    }

    #[test]
    fn the_name_gate_reads_as_the_reference() {
        // Every name in three cases, cut short, run on into a longer word,
        // and followed by what ends a word, read by the gate through
        // `NAME_BY_HEAD` and by a search of the tables.
        let names = MONTHS.iter().map(|m| m.0).chain(WEEKDAYS.iter().copied());
        let mut words = Vec::new();
        for name in names {
            let title = name[..1].to_uppercase() + &name[1..];
            for cased in [name.to_string(), name.to_uppercase(), title] {
                for len in 1..cased.len() {
                    words.push(cased[..len].to_string());
                }
                for end in ["", ".", " 3", ",", "s", "er", "day", "\u{e9}", "ember"] {
                    words.push(format!("{cased}{end}"));
                }
            }
        }
        words.extend(
            ["Mayor", "Marching", "Sunday-", "sept.", "Tuesdays", "3", ""].map(String::from),
        );
        words.extend(
            [
                "Monday, 3",
                "Tue. 3",
                "Sept.3",
                "Mayé",
                "May\u{e9}",
                "Friday3",
            ]
            .map(String::from),
        );
        let (mut opened, mut months, mut weekdays) = (0, 0, 0);
        for w in &words {
            let gate = may_open_written_date(w.as_bytes());
            assert_eq!(gate, may_open_reference(w.as_bytes()), "{w:?}");
            if w.starts_with(|c: char| c.is_ascii_alphabetic()) {
                assert_eq!(opens_with_name(w.as_bytes()), gate, "{w:?}");
            }
            opened += usize::from(gate);
            // The month and weekday parsers read names through `name_at`.
            let m = month(w).ok();
            assert_eq!(m, month_reference(w).ok(), "{w:?}");
            months += usize::from(m.is_some());
            let d = weekday(w).ok();
            assert_eq!(d, weekday_reference(w).ok(), "{w:?}");
            weekdays += usize::from(d.is_some());
        }
        // A weekday is read only with what separates it from the date
        // (" 3", ","): 17 names in three cases, twice, and "Monday, 3" and
        // "Tue. 3".
        assert_eq!((months, weekdays), (338, 104));
        // The 41 names open in three cases each before the five ends that
        // close a word ("", ".", " 3", ",", "é"): 615. Cut short or run on,
        // a name opens only when it is another name ("sep" of "sept",
        // "sun" + "day"): 27 and 10 of them in each case, 111. With
        // "Sunday-" and "sept.", 728 ("3" with nothing after is no day),
        // and the six words added last.
        assert_eq!(opened, 734);
    }

    #[test]
    fn month_names() {
        assert_eq!(month("Aug.").unwrap(), ("", 8));
        assert_eq!(month("Sept. 3").unwrap(), (" 3", 9));
        assert_eq!(month("August").unwrap(), ("", 8));
        assert_eq!(month("NOVEMBER").unwrap(), ("", 11));
        assert_eq!(month("may").unwrap(), ("", 5));
        assert!(month("Augustus").is_err());
        assert!(month("Mayor").is_err());
        assert!(month("Monday").is_err());
    }

    #[test]
    fn month_first() {
        assert_eq!(full("August 15, 2019"), Some(ymd(2019, 8, 15)));
        assert_eq!(full("Aug 15, 2020"), Some(ymd(2020, 8, 15)));
        assert_eq!(full("Aug. 15, 2020"), Some(ymd(2020, 8, 15)));
        assert_eq!(full("Sept. 3, 2021"), Some(ymd(2021, 9, 3)));
        assert_eq!(full("Nov 20 2019"), Some(ymd(2019, 11, 20)));
        assert_eq!(full("November 20th, 2019"), Some(ymd(2019, 11, 20)));
        assert_eq!(full("NOVEMBER 20, 2019"), Some(ymd(2019, 11, 20)));
        assert_eq!(partial("August 15"), Some((None, 8, Some(15))));
        assert_eq!(partial("Aug. 15 (Yonhap)"), Some((None, 8, Some(15))));
    }

    #[test]
    fn day_first() {
        assert_eq!(full("15 August 2019"), Some(ymd(2019, 8, 15)));
        assert_eq!(full("20 Nov, 2019"), Some(ymd(2019, 11, 20)));
        assert_eq!(full("1st March 2020"), Some(ymd(2020, 3, 1)));
        assert_eq!(full("4 of July 1987"), Some(ymd(1987, 7, 4)));
        assert_eq!(partial("25 April"), Some((None, 4, Some(25))));
    }

    #[test]
    fn with_weekday() {
        let (_, w) = written_date("Wednesday, November 6, 2024").unwrap();
        assert!(w.weekday);
        assert_eq!(w.date(0).unwrap(), ymd(2024, 11, 6));
        assert_eq!(full("Tue, Nov 19, 2019"), Some(ymd(2019, 11, 19)));
        assert_eq!(full("Wednesday 20 Nov 2019"), Some(ymd(2019, 11, 20)));
        assert!(!written_date("August 6, 2024").unwrap().1.weekday);
    }

    #[test]
    fn numeric() {
        assert_eq!(full("2023/08/17"), Some(ymd(2023, 8, 17)));
        assert_eq!(full("2015.04.28"), Some(ymd(2015, 4, 28)));
        assert_eq!(full("2019-11-20"), Some(ymd(2019, 11, 20)));
        assert_eq!(full("18.11.2019"), Some(ymd(2019, 11, 18)));
        assert_eq!(full("11/20/2019"), Some(ymd(2019, 11, 20)));
        assert_eq!(full("20/11/2019"), Some(ymd(2019, 11, 20)));
        assert_eq!(full("05/05/2019"), Some(ymd(2019, 5, 5)));
        // Either could be the month: not a date we can read.
        assert_eq!(partial("05/06/2019"), None);
        assert_eq!(partial("2019/13/01"), None);
        assert_eq!(partial("2019-11/20"), None);
    }

    #[test]
    fn invalid_dates_are_errors() {
        let (_, w) = written_date("June 31, 2019").unwrap();
        assert_eq!(
            w.date(7),
            Err(Error::InvalidDate {
                reason: "day out of range for the month",
                offset: 7
            })
        );
        let (_, w) = written_date("February 29, 2020").unwrap();
        assert!(w.date(0).is_ok());
        let (_, w) = written_date("February 29, 2019").unwrap();
        assert!(w.date(0).is_err());
        let (_, w) = written_date("August 15").unwrap();
        assert!(matches!(
            w.date(0),
            Err(Error::InvalidDate {
                reason: "no year",
                ..
            })
        ));
    }

    #[test]
    fn not_dates() {
        assert!(written_date("August").is_err());
        assert!(written_date("15 Augusts 2019").is_err());
        assert!(written_date("Aug 32, 2019").is_err());
        assert!(written_date("2019").is_err());
        assert!(written_date("Friday").is_err());
    }

    #[test]
    fn clocks() {
        assert_eq!(t("09:20"), Some(hms(9, 20, 0)));
        assert_eq!(t("12:21 AM"), Some(hms(0, 21, 0)));
        assert_eq!(t("12:12 PM"), Some(hms(12, 12, 0)));
        assert_eq!(t("5:52 a.m."), Some(hms(5, 52, 0)));
        assert_eq!(t("1:35 p.m."), Some(hms(13, 35, 0)));
        assert_eq!(t("10:18am"), Some(hms(10, 18, 0)));
        assert_eq!(t("4:20pm"), Some(hms(16, 20, 0)));
        assert_eq!(t("13:42pm"), Some(hms(13, 42, 0)));
        assert_eq!(t("21:17:05"), Some(hms(21, 17, 5)));
        assert_eq!(t("10.45 pm"), Some(hms(22, 45, 0)));
        assert_eq!(t("10.45"), None);
        assert_eq!(t("25:00"), None);
        assert_eq!(t("9:61"), None);
        assert_eq!(t("13:00 am"), None);
        assert_eq!(t("9:5"), None);
    }

    #[test]
    fn compact_clocks() {
        assert_eq!(compact_clock("1509GMT").unwrap(), ("GMT", hms(15, 9, 0)));
        assert!(compact_clock("2460").is_err());
        assert!(compact_clock("15090").is_err());
    }

    #[test]
    fn iso() {
        let (rest, (w, t, o)) = iso_datetime("2019-11-20T05:52:00Z").unwrap();
        assert_eq!(rest, "");
        assert_eq!(w.date(0).unwrap(), ymd(2019, 11, 20));
        assert_eq!(t, hms(5, 52, 0));
        assert_eq!(o, Some(time::UtcOffset::UTC));
        let (_, (_, t, o)) = iso_datetime("2019-11-20T05:52:00.123+09:00").unwrap();
        assert_eq!(t, hms(5, 52, 0));
        assert_eq!(o, Some(time::UtcOffset::from_hms(9, 0, 0).unwrap()));
        let (_, (_, _, o)) = iso_datetime("2019-11-20 05:52").unwrap();
        assert_eq!(o, None);
        assert!(iso_datetime("2019-11-20").is_err());
    }

    #[test]
    fn spans() {
        let text = "Filed on Aug. 15, 2019 at 09:20";
        let d = date_at(text, 9).unwrap();
        assert_eq!(&text[d.span], "Aug. 15, 2019");
        let c = time_at(text, 26).unwrap();
        assert_eq!(&text[c.span], "09:20");
        assert!(date_at(text, 0).is_none());
        assert!(date_at(text, 999).is_none());
    }
}
