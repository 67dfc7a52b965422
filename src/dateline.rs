//! Datelines: "SEOUL (Reuters) –", "SEOUL, Aug. 15 (Yonhap) --",
//! "Pyongyang, August 16 (KCNA) --", "PEKING, March 19 -".
//!
//! The grammar reads, in order: story tags ("(LEAD)"), a place (city words,
//! "SEOUL/WASHINGTON"), regions after commas ("Ore.", "South Dakota",
//! "\[India\]"), a date ("Aug. 15", "15 August 2019"), an agency ("(AP)",
//! "/TASS/", "Kyodo") and the closing mark (a dash of any width, ANPA's `_`,
//! a colon). Markets copy starts with the date ("Jan 30 (Reuters) -"). It
//! looks at no more than [`LIMIT`] bytes, so a dateline parse costs the same
//! on a headline and on a megabyte.

use std::borrow::Cow;

// The tests' references (nom's first readings of dates and closing marks).
#[cfg(test)]
use nom::branch::alt;
#[cfg(test)]
use nom::bytes::complete::tag;
#[cfg(test)]
use nom::bytes::complete::take_while;
use nom::bytes::complete::take_while1;
use nom::character::complete::char;
use nom::combinator::{opt, verify};
use nom::error::{Error as NomError, ErrorKind};
use nom::{IResult, Parser};

use crate::agency::Lexicon;
use crate::ascii8;
use crate::layout::{Layout, Line, Paragraph, Role};
use crate::trim::{floor_char_boundary, strip_suffix_ci};
use crate::{Error, Span};

mod month;
mod table;

/// How far into its input the dateline grammar looks, in bytes. The longest
/// real datelines ("GEORGETOWN, Grand Cayman, British West Indies, March 25 -")
/// are well under it.
const LIMIT: usize = 120;

/// Where and when a story was filed, and by which agency, as its first
/// paragraph opens.
///
/// # Examples
///
/// ```
/// let d = newswire::Dateline::parse("SEOUL, Aug. 15 (Yonhap) -- North Korea said").unwrap();
/// assert_eq!(d.place, Some("SEOUL"));
/// assert_eq!(d.agency.as_deref(), Some("Yonhap"));
/// assert_eq!((d.month, d.day), (Some(8), Some(15)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Dateline<'a> {
    /// The city as written ("HANOI", "SEOUL/WASHINGTON", "New Delhi");
    /// `None` when the dateline names no place ("Jan 30 (Reuters) -") or
    /// names an outlet there instead, as Chinese portals do ("Overseas
    /// Network, August 15,"): the outlet is then the `agency`.
    pub place: Option<&'a str>,
    /// State, province or country after the city: "Vietnam", "Ore.".
    pub region: Option<&'a str>,
    /// The agency in the dateline, canonical.
    pub agency: Option<Cow<'a, str>>,
    /// Month as written, 1 to 12.
    pub month: Option<u8>,
    /// Day of the month as written.
    pub day: Option<u8>,
    /// Year, when written.
    pub year: Option<i32>,
    /// The whole dateline, up to and including its closing dash or colon
    /// (or the agency's closing parenthesis when no dash follows, as in
    /// "New Delhi, Aug 15 (IANS)"; TASS's "/TASS/."; a portal's comma).
    pub span: Span,
}

impl<'a> Dateline<'a> {
    /// Parse a dateline at the start of `s`; what follows it is ignored.
    ///
    /// Agencies are named canonically ("Associated Press" is "AP"); an
    /// agency the built-in lexicon does not know is kept as written. Only the
    /// first 120 bytes are read.
    ///
    /// # Examples
    ///
    /// ```
    /// use newswire::Dateline;
    ///
    /// let d = Dateline::parse("HEMPSTEAD, N.Y., Sept. 26 (UPI) — The team").unwrap();
    /// assert_eq!((d.place, d.region), (Some("HEMPSTEAD"), Some("N.Y.")));
    /// assert_eq!(d.agency.as_deref(), Some("UPI"));
    /// assert_eq!((d.month, d.day), (Some(9), Some(26)));
    ///
    /// let err = Dateline::parse("SEOUL, Aug. 15 North Korea said").unwrap_err();
    /// assert_eq!(err.to_string(), "dateline: expected an agency or a closing dash at byte 15");
    /// ```
    ///
    /// # Errors
    ///
    /// An [`Error`] naming what was expected at which byte when `s` does not
    /// open with a dateline ([`Error::Expected`]), when its day does not exist
    /// in its month ([`Error::InvalidDate`]), or when no dateline ends within
    /// the first 120 bytes of a longer input ([`Error::TooLong`]).
    pub fn parse(s: &'a str) -> Result<Dateline<'a>, Error> {
        let window = &s[..floor_char_boundary(s, LIMIT)];
        match grammar(window, Lexicon::builtin()) {
            Ok(parts) => Ok(parts.dateline),
            Err(e) if e.offset() >= window.len() && s.len() > window.len() => Err(Error::TooLong {
                context: "dateline",
                len: s.len(),
                limit: window.len(),
            }),
            Err(e) => Err(e),
        }
    }
}

/// What the grammar found, with how sure a reader can be that it is a
/// dateline and not a sentence that happens to start like one.
#[derive(Debug)]
struct Parts<'a> {
    dateline: Dateline<'a>,
    strength: Strength,
    /// An agency the lexicon knows, and a closing mark after it: a
    /// dateline even on a line a layout took for a headline.
    certain: bool,
}

/// How much of a dateline's form a match shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Strength {
    /// A form [`Dateline::parse`] accepts but a page line almost never means
    /// as a dateline: "PARIS-based", "Seoul - a city".
    Doubtful,
    /// A form a sentence could take too ("TOKYO - ...", "April 7 - ...").
    Weak,
    /// An agency tag, an outlet, or a place with a date or region and a
    /// closing dash: nothing but a dateline looks like this.
    Strong,
}

type Res<'a, T> = IResult<&'a str, T>;

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(NomError::new(i, ErrorKind::Verify)))
}

/// Spaces and tabs; a dateline never runs over a line break.
fn blanks(i: &str) -> Res<'_, &str> {
    // Read on bytes, as `blanks1_end` reads them (the no-break space is the
    // two bytes C2 A0 in UTF-8), where nom's `take_while` decoded each
    // character: some thirty instructions for each of the blanks after a
    // dateline's comma, before its agency and its closing.
    let end = blanks1_end(i, 0).unwrap_or(0);
    Ok((&i[end..], &i[..end]))
}

/// The tests' reference for [`blanks`]: nom's reading, by characters.
#[cfg(test)]
fn blanks_by_chars(i: &str) -> Res<'_, &str> {
    take_while(|c| c == ' ' || c == '\t' || c == '\u{a0}').parse_complete(i)
}

/// Whether `s` opens with an ASCII byte other than a space or a tab, and
/// so with no blank (the no-break space is not ASCII).
fn opens_with_no_blank(s: &str) -> bool {
    s.as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii() && b != b' ' && b != b'\t')
}

#[cfg(test)]
fn blanks1(i: &str) -> Res<'_, &str> {
    take_while1(|c| c == ' ' || c == '\t' || c == '\u{a0}').parse_complete(i)
}

/// One word of a place or region: letters, with periods ("N.Y.", "ST.") and
/// apostrophes or hyphens between letters ("COEUR D'ALENE", "WILKES-BARRE").
///
/// Read byte by byte while the text is ASCII, as nearly every line is:
/// decoding each character and asking Unicode whether it is a letter cost
/// several times as much. At the first other byte (a character boundary,
/// since only ASCII comes before it) [`word_end_from`] reads on by
/// characters.
fn word(i: &str) -> Res<'_, &str> {
    // Most words are a few ASCII letters and a space: their end is found
    // from a mask of the first eight bytes, with no branch per byte (the
    // loop's exit mispredicts about once a word, as word lengths follow no
    // pattern). A word that runs past them, or stops at a byte the loop
    // reads on past ('.', '\'', '-', non-ASCII), is read by the loop.
    if let Some(block) = i.as_bytes().first_chunk::<8>() {
        let stop = !ascii8::letter_bytes(u64::from_le_bytes(*block)) & ascii8::HIGH;
        if stop != 0 {
            let k = (stop.trailing_zeros() / 8) as usize;
            let b = block[k];
            if b.is_ascii() && !matches!(b, b'.' | b'\'' | b'-') {
                if k == 0 {
                    return fail(i);
                }
                return Ok((&i[k..], &i[..k]));
            }
        }
    }
    word_by_bytes(i)
}

/// [`word`] read byte by byte: a word that runs past its first eight bytes
/// or stops at a byte read on past. Out of line, so that `word`'s path for
/// most words is short enough to be inlined where it is called, and saves
/// and restores no registers: its own entry and exit took about nine
/// instructions of each of some 2,500 calls over corpora/real, where a few
/// hundred come on here (dateline 1.216M -> 1.193M instructions).
#[inline(never)]
fn word_by_bytes(i: &str) -> Res<'_, &str> {
    let bytes = i.as_bytes();
    // A word of eight to fifteen letters ("Washington", "Portuguese"), the
    // most that come here, ends in the next eight bytes, found from their
    // mask as `word` finds a shorter word's end, where the loop below took
    // some eight instructions a letter.
    if let Some((first, rest)) = bytes.split_first_chunk::<8>()
        && let Some(next) = rest.first_chunk::<8>()
        && ascii8::letter_bytes(u64::from_le_bytes(*first)) == ascii8::HIGH
    {
        let stop = !ascii8::letter_bytes(u64::from_le_bytes(*next)) & ascii8::HIGH;
        if stop != 0 {
            let k = (stop.trailing_zeros() / 8) as usize;
            let b = next[k];
            if b.is_ascii() && !matches!(b, b'.' | b'\'' | b'-') {
                return Ok((&i[8 + k..], &i[..8 + k]));
            }
        }
    }
    let mut end = 0;
    let mut after_letter = false;
    let mut k = 0;
    while let Some(&b) = bytes.get(k) {
        if b.is_ascii_alphabetic() {
            end = k + 1;
            after_letter = true;
        } else if b == b'.' && end > 0 {
            end = k + 1;
            after_letter = false;
        } else if matches!(b, b'\'' | b'-') && after_letter && next_is_letter(i, k + 1) {
            after_letter = false;
        } else if b.is_ascii() {
            break;
        } else {
            end = word_end_from(i, k, end, after_letter);
            break;
        }
        k += 1;
    }
    if end == 0 {
        return fail(i);
    }
    Ok((&i[end..], &i[..end]))
}

/// Whether the character at byte `at` of `i` is a letter.
fn next_is_letter(i: &str, at: usize) -> bool {
    i.get(at..)
        .and_then(|r| r.chars().next())
        .is_some_and(is_letter)
}

/// Where [`word`] ends, read by characters from `at`, a character boundary:
/// `end` is where the word read so far ends (0 for none), `after_letter`
/// whether the character before `at` is a letter of it.
fn word_end_from(i: &str, at: usize, mut end: usize, mut after_letter: bool) -> usize {
    for (k, c) in i.get(at..).unwrap_or_default().char_indices() {
        let k = at + k;
        if is_letter(c) {
            end = k + c.len_utf8();
            after_letter = true;
        } else if c == '.' && end > 0 {
            end = k + 1;
            after_letter = false;
        } else if matches!(c, '\'' | '’' | '-')
            && after_letter
            && next_is_letter(i, k + c.len_utf8())
        {
            after_letter = false;
        } else {
            break;
        }
    }
    end
}

/// A month name or abbreviation, with its period.
#[cfg(test)]
fn month_name(i: &str) -> Res<'_, u8> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse_complete(i)?;
    let Some(m) = month::month(w) else {
        return fail(i);
    };
    let (rest, _) = opt(char('.')).parse_complete(rest)?;
    Ok((rest, m))
}

/// A day of the month: one or two digits, maybe "th", not part of a longer
/// number.
#[cfg(test)]
fn day(i: &str) -> Res<'_, u8> {
    let (rest, d) =
        verify(nom::character::complete::digit1, |d: &str| d.len() <= 2).parse_complete(i)?;
    let (rest, _) = opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))).parse_complete(rest)?;
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return fail(i);
    }
    match d.parse::<u8>() {
        Ok(n) if n >= 1 => Ok((rest, n)),
        _ => fail(i),
    }
}

/// ", 2019" or " 2019" after a day.
#[cfg(test)]
fn year(i: &str) -> Res<'_, i32> {
    let (rest, (_, _, y)) = (
        opt(char(',')),
        blanks1,
        verify(nom::character::complete::digit1, |y: &str| y.len() == 4),
    )
        .parse_complete(i)?;
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return fail(i);
    }
    match y.parse::<i32>() {
        Ok(n) if (1800..=2200).contains(&n) => Ok((rest, n)),
        _ => fail(i),
    }
}

/// A date as datelines write it: "Aug. 15", "March  2", "15 August 2019":
/// month, day and the year when written.
///
/// The look at the first word is inlined where `date` is called and the
/// parsers are not: `date` is tried after every word of a place name and
/// nearly always fails that look, which should not pay for setting up the
/// parsers' frame.
#[inline]
fn date(i: &str) -> Res<'_, (u8, u8, Option<i32>)> {
    let Some(head) = date_head(i) else {
        return fail(i);
    };
    parse_date(i, head)
}

/// [`date`] past its look at the first word, which found `head`.
///
/// Of the two forms only one can match: a month name opens with a letter
/// and a day with a digit, so the first byte picks the form to read, where
/// a choice of the two read the other first and failed in it for every
/// date opening with a day, and for every word naming a month but with no
/// day after it. A month's name is not read again: the look named the
/// month already, where reading it twice took about fifty instructions
/// of each of the 250 dates tried over corpora/real.
#[inline(never)]
fn parse_date(i: &str, head: DateHead) -> Res<'_, (u8, u8, Option<i32>)> {
    let read = match head {
        DateHead::Day => day_at(i, 0).and_then(|(at, d)| {
            let (at, m) = month_at(i, blanks1_end(i, at)?)?;
            Some((at, m, d))
        }),
        DateHead::Month(at, m) => blanks1_end(i, at)
            .and_then(|at| day_at(i, at))
            .map(|(at, d)| (at, m, d)),
    };
    let Some((at, m, d)) = read else {
        return fail(i);
    };
    Ok(match year_at(i, at) {
        Some((at, y)) => (&i[at..], (m, d, Some(y))),
        None => (&i[at..], (m, d, None)),
    })
}

// The parts of a date, read on the bytes of `i` from `at` (a character
// boundary), each giving where it ends: nom's parsers for them
// (`month_name`, `day`, `year`, `blanks1`, the tests' reference) decoded
// characters and built a result at each step, some 240 instructions a date
// over corpora/real.

/// The month name at `at`, as the tests' `month_name` reads it: the whole
/// run of ASCII letters naming a month, and a period after it.
fn month_at(i: &str, at: usize) -> Option<(usize, u8)> {
    let bytes = i.as_bytes().get(at..)?;
    let (letters, m) = month::opening_month(bytes)?;
    let end = at + letters;
    Some((end + usize::from(bytes.get(letters) == Some(&b'.')), m))
}

/// The day at `at`, as the tests' `day` reads it: one or two digits, not 0,
/// maybe "st", "nd", "rd" or "th", and no letter or digit after them.
fn day_at(i: &str, at: usize) -> Option<(usize, u8)> {
    let bytes = i.as_bytes().get(at..)?;
    // The digits are read at their places, a third digit ruling the day
    // out, where a count of the run of digits looped (see [`year_at`]).
    let digit = |k: usize| {
        bytes
            .get(k)
            .filter(|b| b.is_ascii_digit())
            .map(|b| b - b'0')
    };
    let (digits, d) = match (digit(0), digit(1)) {
        (None, _) => return None,
        (Some(d), None) => (1, d),
        (Some(_), Some(_)) if digit(2).is_some() => return None,
        (Some(tens), Some(ones)) => (2, tens * 10 + ones),
    };
    let suffix = matches!(
        bytes.get(digits..digits + 2),
        Some(b"st" | b"nd" | b"rd" | b"th")
    );
    let end = at + digits + if suffix { 2 } else { 0 };
    (d >= 1 && !alphanumeric_at(i, end)).then_some((end, d))
}

/// The year at `at`, as the tests' `year` reads it: a comma maybe, blanks,
/// then four digits from 1800 to 2200 with no letter or digit after them.
fn year_at(i: &str, at: usize) -> Option<(usize, i32)> {
    let at = at + usize::from(i.as_bytes().get(at) == Some(&b','));
    let from = blanks1_end(i, at)?;
    // Four digits read at their places, and no letter or digit (a fifth
    // digit) after them: a count of the run of digits looped over them,
    // where four fixed reads are branch-free.
    let four: [u8; 4] = i.as_bytes().get(from..from + 4)?.try_into().ok()?;
    if !four.iter().all(u8::is_ascii_digit) || alphanumeric_at(i, from + 4) {
        return None;
    }
    let y = four.iter().fold(0i32, |n, &b| n * 10 + i32::from(b - b'0'));
    (1800..=2200).contains(&y).then_some((from + 4, y))
}

/// Where the blanks at `at` end (as the tests' `blanks1` reads them:
/// spaces, tabs and no-break spaces), when there is at least one.
fn blanks1_end(i: &str, at: usize) -> Option<usize> {
    let bytes = i.as_bytes();
    let mut end = at;
    // One byte looked at, and the next only after a 0xC2: a match on the
    // slice from `end` measured what is left and tested its length for
    // both patterns at every step (dateline 949,148 -> 940,636
    // instructions over corpora/real, most steps being the one that finds
    // no blank).
    loop {
        match bytes.get(end) {
            Some(b' ' | b'\t') => end += 1,
            Some(0xC2) if bytes.get(end + 1) == Some(&0xA0) => end += 2,
            _ => break,
        }
    }
    (end > at).then_some(end)
}

/// Whether the character at `at` of `i` (a character boundary) is a
/// letter or a digit, as `char::is_alphanumeric` tells: an ASCII byte is
/// told by itself.
fn alphanumeric_at(i: &str, at: usize) -> bool {
    match i.as_bytes().get(at) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => i[at..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

/// Whether [`date`] can match at `i`, by a look at its first word (the
/// tests' choice of where to compare dates).
#[cfg(test)]
fn may_open_date(i: &str) -> bool {
    date_head(i).is_some()
}

/// The first word of a date, as [`date_head`] reads it.
#[derive(Clone, Copy)]
enum DateHead {
    /// One or two ASCII digits, a day.
    Day,
    /// A month's name: where it ends, its period included, and the month.
    Month(usize, u8),
}

/// The first word of a [`date`] at `i`, `None` when it opens none.
///
/// `date` is tried after every word of a place name, and most words are
/// not dates. Both of its forms open with a month name (the whole run of
/// ASCII letters, as [`month_at`] reads it, naming a month) or a day (a
/// run of one or two ASCII digits, as [`day_at`] reads it); anything else
/// fails both, so the parsers need not run.
fn date_head(i: &str) -> Option<DateHead> {
    let bytes = i.as_bytes();
    match bytes.first() {
        // At most two digits: the third byte is not one unless the second
        // is not either, read at their places rather than counted.
        Some(b) if b.is_ascii_digit() => {
            let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
            (!(digit(1) && digit(2))).then_some(DateHead::Day)
        }
        // Most words open no month's name, which their first three bytes
        // tell (see [`month::month_head`]) before their letters are counted.
        Some(b) if b.is_ascii_alphabetic() => {
            month::month_head(bytes)?;
            month_at(i, 0).map(|(end, m)| DateHead::Month(end, m))
        }
        _ => None,
    }
}

/// The mark that closes a dateline: a dash of any width, ANPA's underscore,
/// or a colon.
fn closing(i: &str) -> Res<'_, &str> {
    // Read on bytes, longest first as a choice of the eight tags tried
    // them, where nom's choice set up each tag in turn. The long dashes are
    // U+2014, U+2015 and U+2013, whose UTF-8 opens E2 80.
    let len = match i.as_bytes() {
        [b'-', b'-', b'-', ..] => 3,
        [b'-', b'-', ..] => 2,
        [0xE2, 0x80, 0x93..=0x95, ..] => 3,
        [b'-' | b'_' | b':', ..] => 1,
        _ => return fail(i),
    };
    Ok((&i[len..], &i[..len]))
}

/// A parenthesised tag's contents: "(Reuters)" → "Reuters".
fn parens(i: &str) -> Res<'_, &str> {
    // Read on bytes: tried at the start of every line the grammar reads and
    // after its place, where nearly none opens a parenthesis, which one
    // byte tells without nom's error built. The marks that end the
    // contents are ASCII, so no character's UTF-8 holds their bytes.
    let Some(open) = i.strip_prefix('(') else {
        return fail(i);
    };
    let len = open
        .bytes()
        .position(|b| matches!(b, b')' | b'(' | b'\n'))
        .unwrap_or(open.len());
    if len == 0 || open.as_bytes().get(len) != Some(&b')') {
        return fail(i);
    }
    Ok((&open[len + 1..], &open[..len]))
}

/// TASS's "/TASS/" tag.
fn slashes(i: &str) -> Res<'_, &str> {
    let (rest, (_, inner, _)) = (
        char('/'),
        take_while1(|c: char| c.is_alphanumeric() || c == '-' || c == ' '),
        char('/'),
    )
        .parse_complete(i)?;
    Ok((rest, inner))
}

/// Whether a parenthesised text is a story tag Yonhap puts before its
/// dateline: "LEAD", "URGENT", "2nd LD", "3rd LD, with photo".
fn is_story_tag(inner: &str) -> bool {
    is_story_tag_head(inner.split(',').next().unwrap_or("").trim())
}

/// [`is_story_tag`] of a tag's text before its first comma, trimmed.
fn is_story_tag_head(head: &str) -> bool {
    if table::STORY_TAGS.contains(&head) {
        return true;
    }
    // An ordinal opens with a digit, which its first byte tells before
    // the head is split into words: most heads asked about are agencies'
    // names ("AP", "KCNA"), and splitting them cost about seventy
    // instructions each (dateline 1,128,496 -> 1,122,097 over corpora/real).
    if !head.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let mut words = head.split(' ');
    let ordinal = words.next().unwrap_or("");
    let digits = ordinal.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && words.next() == Some("LD")
        && words.next().is_none()
}

/// Whether a parenthesised text, trimmed, can be an agency's name: one to
/// five words, the first capitalised, no sentence in it.
fn is_agency_name(inner: &str) -> bool {
    inner.len() <= 40
        && inner.chars().next().is_some_and(char::is_uppercase)
        && inner.split_whitespace().count() <= 5
        && !inner.contains(['.', ',', ';', '"'])
        // With no comma in it, and trimmed, the name is its own head: not
        // split at a comma and trimmed again.
        && !is_story_tag_head(inner)
}

/// A run of place words: "BUENOS AIRES", "SEOUL/WASHINGTON", "New Delhi",
/// stopping before a date ("JOHANNESBURG March 13").
///
/// Places are names: "Mato Grosso do Sul" and Reuters' lowercase "des
/// moines" are; "Art and Jewelry Show is" is not. [`names_ok`] judges the
/// whole run; most lines tried are sentences, which fail as soon as their
/// second common word is read, so the run is judged word by word too and
/// given up there (see [`Names`]).
fn words(i: &str) -> Res<'_, &str> {
    let (mut rest, first) = word(i)?;
    let mut names = Names::new(first);
    for _ in 0..7 {
        // What joins two words: a slash with blanks around it, or blanks
        // (as `blanks` reads them); a plain look, tried after every word.
        let blank = [' ', '\t', '\u{a0}'];
        // Where the next word starts, whether blanks join it (not a slash)
        // and whether one space does, which makes the words the run's
        // names. Told as each join is read, where the join was kept as a
        // string, compared with " " for the date's test and measured again
        // for the names' (dateline 1,004,539 -> 994,163 instructions over
        // corpora/real).
        let (after_join, blanks_join, single_space) = match rest.as_bytes() {
            // One space before a byte that is neither blank nor a slash, the
            // usual join, seen from two bytes.
            [b' ', next, ..] if next.is_ascii() && !matches!(next, b' ' | b'\t' | b'/') => {
                (&rest[1..], true, true)
            }
            _ => {
                let spaced = rest.trim_start_matches(blank);
                match spaced.strip_prefix('/') {
                    Some(r) => (r.trim_start_matches(blank), false, false),
                    None if spaced.len() < rest.len() => (
                        spaced,
                        true,
                        rest.len() == spaced.len() + 1 && rest.starts_with(' '),
                    ),
                    None => break,
                }
            }
        };
        // A date stops the run. The word is read first: where none can be
        // read (as at a day's digits) the run stops either way, and a word
        // whose first three bytes open no month's name cannot open a date
        // (its letters are a month name's or the date fails), which rules
        // out nearly every word without `date`'s count of its letters.
        match word(after_join) {
            Ok((_, w))
                if blanks_join
                    && month::month_head(w.as_bytes()).is_some()
                    && date(after_join).is_ok() =>
            {
                break;
            }
            Ok((r, w)) => {
                if !names.add(w, single_space) {
                    return fail(i);
                }
                rest = r;
            }
            Err(_) => break,
        }
    }
    let len = i.len() - rest.len();
    let run = &i[..len];
    // A run joined by single spaces throughout has had every name judged
    // as it was read (see [`Names`]), and passed: [`names_ok`], which
    // splits the run again, is needed only after another join.
    if !names.plain && !names_ok(run) {
        return fail(i);
    }
    Ok((rest, run))
}

/// Whether a run of place words reads as a name: its names (the run split
/// at spaces and slashes) are all lowercase when the first is a lowercase
/// word other than a connector ("des moines"), else at most one of them is
/// a lowercase word other than a connector ("Mato Grosso do Sul").
fn names_ok(run: &str) -> bool {
    let mut names = run.split([' ', '/']).filter(|w| !w.is_empty());
    let lowercase = |w: &&str| w.starts_with(char::is_lowercase);
    let first = run.split([' ', '/']).next().unwrap_or(run);
    if run.starts_with(char::is_lowercase) && !table::is_connector(first) {
        names.all(|w| lowercase(&w))
    } else {
        names
            .filter(|w| lowercase(w) && !table::is_connector(w))
            .count()
            <= 1
    }
}

/// [`names_ok`] read word by word as [`words`] reads them, to give up on a
/// sentence at its second common word rather than after eight.
///
/// While every join so far is one space, the run's names are its words, so
/// the first name is settled from the second word on; a name never loses
/// what fails it (it only grows, by a tab or no-break space glued to it,
/// and no connector holds one), so a name that fails the run now fails it
/// in the end. After any other join the word-by-word reading stops and
/// [`names_ok`] alone decides.
struct Names {
    /// The first word is lowercase and no connector: every name must be
    /// lowercase.
    all_lowercase: bool,
    /// Lowercase names other than connectors, the first word aside.
    common: usize,
    /// Every join so far has been one space.
    plain: bool,
}

impl Names {
    fn new(first: &str) -> Names {
        Names {
            all_lowercase: first.starts_with(char::is_lowercase) && !table::is_connector(first),
            common: 0,
            plain: true,
        }
    }

    /// Reads the next word, `single_space` when one space joins it to the
    /// run: false when the run surely fails [`names_ok`].
    fn add(&mut self, word: &str, single_space: bool) -> bool {
        self.plain &= single_space;
        if !self.plain {
            return true;
        }
        let lowercase = word.starts_with(char::is_lowercase);
        if self.all_lowercase {
            return lowercase;
        }
        if lowercase && !table::is_connector(word) {
            self.common += 1;
        }
        self.common <= 1
    }
}

/// The dateline grammar over `w` (already cut to [`LIMIT`]), naming agencies
/// through `lex`.
fn grammar<'a>(w: &'a str, lex: &Lexicon) -> Result<Parts<'a>, Error> {
    let at = |rest: &str| w.len() - rest.len();
    let expected = |rest: &str, what: &'static str| Error::Expected {
        context: "dateline",
        expected: what,
        offset: w.len() - rest.len(),
    };

    let (mut rest, _) = blanks(w).unwrap_or((w, ""));
    // Story tags: "(LEAD)", "(2nd LD)".
    while let Ok((r, inner)) = parens(rest) {
        if !is_story_tag(inner) {
            break;
        }
        rest = blanks(r).map_or(r, |(r, _)| r);
    }
    let start = at(rest);

    let mut place: Option<&str> = None;
    let mut region: Option<Span> = None;
    let mut when: Option<(u8, u8, Option<i32>, usize)> = None;
    let mut outlet: Option<&str> = None;
    // The outlet's entry in the lexicon, when it has one.
    let mut outlet_entry: Option<usize> = None;

    if let Ok((r, (m, d, y))) = date(rest) {
        when = Some((m, d, y, at(rest)));
        rest = r;
    } else {
        let (r, p) = words(rest).map_err(|_| expected(rest, "a place name or a date"))?;
        place = Some(p);
        rest = r;
        // ANI: "New Delhi [India],".
        let (r, _) = blanks(rest).unwrap_or((rest, ""));
        // Looked for only after a bracket, which one byte tells where nom's
        // parsers built an error for each place read.
        if r.starts_with('[')
            && let Ok((r2, (_, inner, _))) = (char('['), words, char(']')).parse_complete(r)
        {
            let s = at(r) + 1;
            region = Some(Span::new(s, s + inner.len()));
            rest = r2;
        }
        loop {
            let (r, _) = blanks(rest).unwrap_or((rest, ""));
            if let Some(after) = r.strip_prefix(',') {
                let (after, _) = blanks(after).unwrap_or((after, ""));
                if let Ok((r2, (m, d, y))) = date(after) {
                    when = Some((m, d, y, at(after)));
                    rest = r2;
                    break;
                }
                if after.starts_with('-') {
                    rest = after;
                    continue;
                }
                let (r2, reg) = verify(words, |reg: &str| {
                    reg.starts_with(char::is_uppercase) || reg.starts_with("the ")
                })
                .parse_complete(after)
                .map_err(|_| expected(after, "a region or a date"))?;
                let s = at(after);
                region = Some(match region {
                    Some(old) => Span::new(old.start, s + reg.len()),
                    None => Span::new(s, s + reg.len()),
                });
                rest = r2;
                continue;
            }
            // "JOHANNESBURG March 13 -", "RICHMOND, Va. Feb 26 -"; a
            // longer run is a title ("SYRIA SEEKING WHITE SUGAR ON APRIL 8").
            // Whether the run is short is told only after a date is read:
            // a count of the place's spaces for every place read, where
            // few are followed by a date.
            let short = || region.is_some() || place.is_some_and(|p| pieces(p, b" ") <= 3);
            if r.len() < rest.len()
                && let Ok((r2, (m, d, y))) = date(r)
                && short()
            {
                when = Some((m, d, y, at(r)));
                rest = r2;
                break;
            }
            // "KANSAS CITY, Mo. - March 13 -": a stray dash before the date.
            if let Some(after_dash) = r.strip_prefix('-') {
                let (after_dash, _) = blanks(after_dash).unwrap_or((after_dash, ""));
                if let Ok((r2, (m, d, y))) = date(after_dash)
                    && (blanks, closing).parse_complete(r2).is_ok()
                {
                    when = Some((m, d, y, at(after_dash)));
                    rest = r2;
                }
            }
            break;
        }
    }

    if let Some((m, d, y, off)) = when {
        let days = time::Month::try_from(m)
            .map(|mm| mm.length(y.unwrap_or(2000)))
            .unwrap_or(31);
        if d > days {
            return Err(Error::InvalidDate {
                reason: "day out of range for month",
                offset: off,
            });
        }
    }

    // The agency: "(AP)", "/TASS/" (after "October 7."), or a bare
    // "Kyodo" after the date.
    let (r, _) = blanks(rest).unwrap_or((rest, ""));
    let mut agency: Option<&str> = None;
    // A bare agency's entry, found when it was read.
    let mut bare_entry: Option<usize> = None;
    let mut slash_tag = false;
    if let Some(open) = r.strip_prefix('(') {
        // The marks that end the tag are ASCII, found on bytes (no
        // character's UTF-8 holds their bytes) where a search for any of
        // three characters decoded each; the tag is trimmed once, for the
        // test of its name and the name kept.
        let inner_len = open
            .bytes()
            .position(|b| matches!(b, b')' | b'(' | b'\n'))
            .unwrap_or(open.len());
        let (inner, after) = open.split_at(inner_len);
        let Some(after) = after.strip_prefix(')') else {
            return Err(expected(after, "a closing parenthesis"));
        };
        let name = inner.trim();
        if !is_agency_name(name) {
            return Err(expected(open, "an agency name"));
        }
        agency = Some(name);
        rest = after;
    } else if r.starts_with(['.', '/'])
        && let Ok((r2, (_, _, inner))) = (opt(char('.')), blanks, slashes).parse_complete(r)
    {
        // `r` opens with no blank: TASS's tag opens with its slash or the
        // period before it, which one byte tells before nom's parsers run.
        agency = Some(inner.trim());
        slash_tag = true;
        rest = r2;
    } else if when.is_some()
        && let Ok((r2, name)) = word(r)
        && name.chars().next().is_some_and(char::is_uppercase)
        && let Some(entry) = lex.lookup(name)
    {
        agency = Some(name);
        bare_entry = Some(entry);
        rest = r2;
    }

    let (r, _) = blanks(rest).unwrap_or((rest, ""));
    let mut closed = false;
    let mut closing_mark = "";
    let mut comma = false;
    let mut end = at(rest);
    // A dash between digits is a range ("December 6-8"), not a closing.
    if let Ok((r2, mark)) = closing(r)
        && !(mark != ":" && r2.starts_with(|c: char| c.is_ascii_digit()))
    {
        // A colon closes only what a date or an agency already marks as a
        // dateline; "Source: ..." is not one.
        if mark != ":" || agency.is_some() || when.is_some() {
            closed = true;
            closing_mark = mark;
            end = at(r2);
        }
    } else if slash_tag && r.starts_with('.') {
        closed = true;
        end = at(r) + 1;
    } else if when.is_some() && (place.is_some() || outlet.is_some()) && r.starts_with(',') {
        // Portals: "Overseas Network, August 15, according to ...".
        closed = true;
        comma = true;
        end = at(r) + 1;
    }
    if !closed && agency.is_none() {
        return Err(expected(r, "an agency or a closing dash"));
    }

    // A place that is an outlet's name: read only now, for the few lines
    // that close like a dateline, as the look-up is dear and neither the
    // closing nor any error above depends on it (before the swap `outlet`
    // is `None`, after it `outlet` or `place` is set exactly when `place`
    // was).
    if let Some(p) = place {
        // The last word, after the last space or slash: ASCII bytes, found
        // by a byte search where a split decoded characters from the end.
        let last = &p[p
            .bytes()
            .rposition(|b| b == b' ' || b == b'/')
            .map_or(0, |k| k + 1)..];
        // An all-caps "place" is a city ("NEWPORT NEWS"); an outlet is
        // written in title case ("Overseas Network").
        // Indonesian sites put theirs first: "TRIBUNNEWS.COM, JAKARTA -".
        // The ending is compared case aside, with no lowercase copy of the
        // word made first.
        let site = [".com", ".net", ".org", ".co"]
            .iter()
            .any(|tld| strip_suffix_ci(last, tld).is_some());
        let outlet_name =
            site || (table::OUTLET_WORDS.contains(&last) && p.chars().any(char::is_lowercase));
        let entry = lex.lookup(p);
        if entry.is_some() || outlet_name {
            outlet = Some(p);
            outlet_entry = entry;
            place = None;
            if let Some(reg) = region.take() {
                place = Some(&w[reg]);
            }
        }
    }

    // Scripts without case are not "all caps".
    // An ASCII place (nearly every one) is read on its bytes, whose case is
    // Unicode's, rather than decoded character by character twice.
    let all_caps = place.is_some_and(|p| {
        if p.is_ascii() {
            !p.bytes().any(|b| b.is_ascii_lowercase())
                && p.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        } else {
            !p.chars().any(char::is_lowercase)
                && p.chars().filter(|c| c.is_uppercase()).count() >= 2
        }
    });

    // The agency's entry, looked up once for `known`, `certain` and the
    // name given (each look-up costs about 150 instructions): a bare
    // agency's, which is only taken when the lexicon knows it, already was.
    let agency_entry = bare_entry.or_else(|| agency.and_then(|a| lex.lookup(a)));
    // "EXXON (XON) SEES ...": an unknown name in parentheses is an agency
    // only when a closing mark follows it.
    let known = agency_entry.is_some();
    // CNN's "Washington (CNN)President ...": the tag glued to the lead.
    let glued_tag = agency.is_some() && rest.starts_with(char::is_uppercase);
    // After a date or the parenthesis, text: "New Delhi, Aug 15 (IANS)
    // North Korean ..."; "Newsfeeds (RSS)" alone is a menu entry.
    let text_follows = blanks(&w[end..]).is_ok_and(|(r, _)| r.starts_with(char::is_uppercase));
    let strength = if outlet.is_some() && agency.is_none() {
        // "Overseas Network, August 15,"; "AP -" alone is a credit line.
        if when.is_some() {
            Strength::Strong
        } else if place.is_some() && closed {
            Strength::Weak
        } else {
            Strength::Doubtful
        }
    } else if known && !closed && when.is_none() && !all_caps {
        if text_follows {
            Strength::Weak
        } else {
            Strength::Doubtful
        }
    } else if outlet.is_some() || known || glued_tag || (agency.is_some() && closed) {
        Strength::Strong
    } else if agency.is_some() {
        // "La Voz (Español)": a parenthesis that names no agency.
        Strength::Doubtful
    } else if place.is_some() && when.is_some() && closed && !comma && closing_mark != ":" {
        Strength::Strong
    } else if place.is_some() && region.is_some() && all_caps && closed && !comma {
        // "BUFFALO, N.Y. —" and "OSCEOLA, Iowa —"; "IOWA POLLS NOT
        // NECESSARILY WRONG, JUST TOO EARLY -" is a shouted heading.
        let reg = region.map_or("", |r| &w[r]);
        let regional = reg.contains('.') || reg.chars().any(char::is_lowercase);
        if regional && place.is_some_and(|p| pieces(p, b" ") <= 4) {
            Strength::Strong
        } else {
            Strength::Doubtful
        }
    } else if place.is_none() {
        // "April 7 - Grain ...": a date alone is a dateline only before a
        // word; "November 20, 2019 - 11:28" is a stamp.
        let after = blanks(&w[end..]).map_or("", |(r, _)| r);
        if when.is_some_and(|(.., y, _)| y.is_none())
            && (after.is_empty() || after.starts_with(char::is_alphabetic))
        {
            Strength::Weak
        } else {
            Strength::Doubtful
        }
    } else if when.is_some() {
        Strength::Weak
    } else {
        // "TOKYO - ...", "Indianapolis – ...": an all-caps place with a
        // dash set off by blanks, or a short capitalised one before a long
        // dash; "AP-US--Trump" is a slug. A colon after a bare name
        // ("AUGERI:", "TRENDING:") is a speaker or a label.
        let spaced = r.len() < rest.len() && (w[end..].starts_with([' ', '\t']) || end == w.len());
        // A city is a few words; "CORN SUPPLY/DEMAND BY COUNTRY -- USDA" is a
        // title.
        let few = place.is_some_and(|p| pieces(p, b" /") <= 3);
        let capitalised = place.is_some_and(|p| {
            p.is_ascii()
                && pieces(p, b" ") <= 3
                && p.split(' ').all(|w| w.starts_with(char::is_uppercase))
        });
        // "Mehmet Oz — Ivy League-trained surgeon — has been": a dash that
        // comes back closes an aside about a person, not a dateline.
        let long_dash = matches!(closing_mark, "—" | "–" | "―") && !w[end..].contains(closing_mark);
        // "WHEAT - 2,602,000 bushels" is a table row.
        let words_follow = blanks(&w[end..]).is_ok_and(|(r, _)| {
            r.is_empty() || r.starts_with(|c: char| c.is_alphabetic() || "\"“'‘".contains(c))
        });
        if spaced && words_follow && few && !comma && (all_caps || (capitalised && long_dash)) {
            Strength::Weak
        } else {
            Strength::Doubtful
        }
    };

    let certain = closed && !comma && known;
    let (agency, entry) = match agency {
        Some(a) => (Some(a), agency_entry),
        None => (outlet, outlet_entry),
    };
    let agency = agency.map(|name| match entry {
        Some(i) => lex.name(i).clone(),
        None => Cow::Borrowed(name),
    });
    let (month, day, year) = match when {
        Some((m, d, y, _)) => (Some(m), Some(d), y),
        None => (None, None, None),
    };
    Ok(Parts {
        dateline: Dateline {
            place,
            region: region.map(|s| &w[s]),
            agency,
            month,
            day,
            year,
            span: Span::new(start, end),
        },
        strength,
        certain,
    })
}

/// How many prose lines of body may pass before the dateline: page layouts
/// put captions, bylines and stamps before the story, but a dateline after
/// this much running text belongs to something else (a related story).
const MAX_PROSE_BEFORE: usize = 25;

/// The dateline opening the story's first body paragraph, if any.
///
/// Every line of the body is tried in order, as far as [`MAX_PROSE_BEFORE`]
/// prose lines; a form only a dateline takes ("SEOUL (Reuters) -",
/// "PEKING, March 19 -") is taken wherever it opens a line, a form a
/// sentence could take ("TOKYO - ...", a scraper's "SEOUL North Korean
/// leader ...") only up to the story's first prose line.
pub(crate) fn find<'a>(text: &'a str, layout: &Layout, lexicon: &Lexicon) -> Option<Dateline<'a>> {
    find_gated(text, layout, lexicon, true)
}

/// [`find`], passing over the chrome and body lines that `may_be_strong`
/// rules out when `gated` (the tests compare the two).
fn find_gated<'a>(
    text: &'a str,
    layout: &Layout,
    lexicon: &Lexicon,
    gated: bool,
) -> Option<Dateline<'a>> {
    let mut prose = 0;
    // Nothing after the story's last body paragraph is read: only chrome
    // follows it (the headline and its repeats come before the story), and
    // chrome inside and after the story is passed over. Cut there, the
    // paragraphs end where the story does, where a search passed over the
    // menus after it (some 2,000 paragraphs over corpora/real).
    let read_end = if layout.body_run.is_empty() {
        layout.paragraphs.len()
    } else {
        layout.body_run.end
    };
    debug_assert!(
        layout.paragraphs[read_end..]
            .iter()
            .all(|p| p.role == Role::Chrome),
        "only chrome after the story"
    );
    let paragraphs = &layout.paragraphs[..read_end];
    // The story's first body paragraph: every paragraph before it is chrome
    // or the headline. With no body at all, every paragraph is read as one.
    // The layout notes where its run of body paragraphs starts
    // ([`Layout::body_run`]), where a search of the menus before the story
    // took some 13,000 instructions over corpora/real.
    let first_body = (!layout.body_run.is_empty()).then_some(layout.body_run.start);
    let any_body = first_body.is_some();
    // So a chrome paragraph is inside the story exactly when it comes
    // after the first body paragraph, which its index tells: no flag set
    // on reading that paragraph is kept across the loop (dateline 786,438
    // -> 782,693 instructions over corpora/real).
    debug_assert!(
        first_body.is_none_or(|b| paragraphs[b].role == Role::Body
            && paragraphs[..b].iter().all(|p| p.role != Role::Body)),
        "the story's first body paragraph"
    );
    let mut seen_line = false;
    let mut first = 0;
    // The paragraph whose first line `first` is.
    let mut last_read = 0;
    let mut marks = StrongMarks::new(text);
    let mut next = 0;
    loop {
        // A chrome line before the story is read only for a strong form:
        // the chrome paragraphs that cannot hold one are passed over (see
        // [`next_to_read`]).
        if gated && let Some(body) = first_body.filter(|&b| next < b) {
            next = next_to_read(text, paragraphs, next, body, layout.headline, &mut marks);
        }
        let Some(para) = paragraphs.get(next) else {
            break;
        };
        let i = next;
        next += 1;
        // A layout may take a short story's dateline paragraph for page
        // chrome ("SANTA CRUZ, Calif., Feb 26 -" over a table of figures):
        // chrome before the story is read too, for forms only a dateline
        // takes.
        let chrome = match para.role {
            // A layout that finds no story at all leaves every paragraph
            // to be read as one.
            Role::Body | Role::Chrome if !any_body => false,
            Role::Body => false,
            // Before the story's first body paragraph, every paragraph is
            // chrome or the headline.
            Role::Chrome if i < layout.body_run.start => true,
            Role::Headline => false,
            // Chrome inside and after the story is not read: the run of it
            // that starts here is passed over at once, by a search that
            // takes about six instructions a paragraph, where each came
            // round this loop for about thirteen (1,970 paragraphs over
            // corpora/real, most of them the menus after a story; dateline
            // 1,033,683 -> 1,025,371 instructions).
            Role::Chrome => {
                next = paragraphs[next..]
                    .iter()
                    .position(|p| p.role != Role::Chrome)
                    .map_or(paragraphs.len(), |k| next + k);
                continue;
            }
        };
        // The paragraph's first line, guessed as the last paragraph's first
        // line moved on by the paragraphs since: most paragraphs are a line
        // each (only hard-wrapped runs hold more), so the guess is right
        // for nearly every paragraph read (see [`first_line`]).
        first = first_line(&layout.lines, para.span.start, first + (i - last_read));
        last_read = i;
        // "ATLANTA _" on a line of its own, just before the story: the
        // dateline the layout split from the first body paragraph.
        // A paragraph is one line or several whole lines, trimmed, and the
        // lines break at '\n': it holds a line break exactly when the line
        // after its first starts within it, which one comparison tells
        // where a search of its text for a '\n' (a chrome paragraph may be
        // a long menu) took some 20,000 instructions over corpora/real.
        let opens_story = chrome
            && paragraphs.get(i + 1).is_some_and(|p| p.role == Role::Body)
            && layout
                .lines
                .get(first + 1)
                .is_none_or(|l| l.span.start >= para.span.end);
        // The paragraph's lines run from its first to the one that ends
        // where it does (a paragraph is whole lines trimmed), told after each
        // line is read: a test of the next line's start before each line
        // was made twice for a paragraph of one line, as most are (dateline
        // 767,743 -> 747,742 instructions over corpora/real).
        for line in layout.lines[first..].iter().map(|l| l.trimmed) {
            debug_assert!(line.start < para.span.end && line.end <= para.span.end);
            let last = line.end == para.span.end;
            let s = &text[line];
            // No line read here is blank: a layout's lines are the page's
            // lines that are not blank (trimmed as `str::trim` trims), and
            // its paragraphs are whole lines trimmed, so each line's
            // trimmed span lies within its paragraph and is the part read
            // (a one-line paragraph's is the paragraph's own span), with
            // no cut of its untrimmed span to the paragraph's ends (dateline
            // 796,634 -> 790,890 instructions over corpora/real). A test
            // for blank lines, its trim for lines opening outside visible
            // ASCII, cost some 10,000 instructions over corpora/real.
            debug_assert!(!is_blank(s), "{s:?}");
            // The headline is a dateline only when nothing else could be
            // ("SEOUL, Aug. 15 (Yonhap) --" on a page's first line); it may
            // look like one ("DIAMOND SHAMROCK (DIA) CUTS CRUDE PRICES").
            // With no headline and no story found, the first line is the
            // likeliest title.
            let untitled_first = !any_body && layout.headline.is_none() && !seen_line;
            seen_line = true;
            let position = if para.role == Role::Headline
                || untitled_first
                || layout
                    .headline
                    .is_some_and(|h| h.start < line.end && line.start < h.end)
            {
                Position::Headline
            } else if chrome && !(opens_story && prose == 0) {
                Position::Chrome
            } else if prose == 0 {
                Position::Lead
            } else {
                Position::Body
            };
            // Whether the line is prose, told before it is read for a
            // dateline: [`at_line`] needs it for a lead line the grammar
            // rejects, and the count below for every lead and body line
            // that holds none, where `at_line` told it a second time for
            // the rejected lead lines. Only a line found to be a dateline
            // (once a story) is told it for nothing.
            // A line that is its whole paragraph has its words counted by
            // the layout already: most are, and the count is not read again.
            debug_assert!(para.span != line || s == s.trim(), "{s:?}");
            let prose_line = matches!(position, Position::Lead | Position::Body)
                && if para.span == line {
                    is_prose_counted(s, layout.words_of_paragraph(i))
                } else {
                    is_prose(s)
                };
            // The mark the page's search found last: a chrome paragraph
            // read for its marks holds it, most often in its first line.
            let mark = Mark(marks.next);
            if let Some(d) = at_line(s, line.start, lexicon, position, prose_line, gated, mark) {
                return Some(d);
            }
            if !chrome
                && position != Position::Headline
                && prose_line
                && (para.span != line || ends_sentence_trimmed(s))
            {
                prose += 1;
                if prose > MAX_PROSE_BEFORE {
                    return None;
                }
            }
            if last {
                break;
            }
        }
    }
    None
}

/// The first paragraph from `from` that [`find`] reads, of those before
/// the story's first body paragraph `first_body` (which is read): a
/// chrome paragraph is passed over unless it may hold a strong form (one
/// of the marks [`strong_marks`] flags, found by `marks`), opens the story
/// (its line, "ATLANTA _", is the lead's) or overlaps the headline (a line
/// that does is read as the headline's; the layout gives the headline a
/// paragraph of its own, so this only guards that). The headline's own
/// paragraph is read.
///
/// Most menus and labels hold no mark, and the menus run on for thousands
/// of short paragraphs (2,398 over corpora/real) before the story: out of
/// line, this loop keeps what it tests in registers, about twenty
/// instructions a paragraph where [`find`]'s own loop, short of registers,
/// took about forty.
#[inline(never)]
fn next_to_read(
    text: &str,
    paragraphs: &[Paragraph],
    from: usize,
    first_body: usize,
    headline: Option<Span>,
    marks: &mut StrongMarks<'_>,
) -> usize {
    // A headline that overlaps nothing when there is none: no span ends
    // after 0 and starts before it.
    let headline = headline.unwrap_or(Span::new(0, 0));
    let read = |&Paragraph { span, role }: &Paragraph, marks: &mut StrongMarks<'_>| {
        role != Role::Chrome
            || (headline.start < span.end && span.start < headline.end)
            || marks.within(span)
    };
    let rest = paragraphs.get(from..first_body).unwrap_or_default();
    let Some((last, before)) = rest.split_last() else {
        return first_body;
    };
    // A chrome paragraph that lies within a stretch known to hold no mark
    // and to overlap no headline is passed over by a comparison of its
    // end, where `read` compared them with the headline's and the
    // search's ends, about twenty instructions a paragraph rather than
    // about eleven. `read` still tells every paragraph outside the stretch,
    // which is then taken from the search that told it.
    // Only the stretch's end is kept and compared: every paragraph after
    // the one whose search gave it starts at or after its start (the
    // search started at that paragraph or before it, and a stretch cut at
    // the headline's end starts before the paragraph's end), where testing
    // both ends took some 7,500 instructions more over corpora/real.
    // None known on entry (an end at 0, where no paragraph, never empty,
    // ends): the first paragraph is told by `read`, whose search's stretch
    // is then taken. The stretch of a search made before the entry mostly
    // ended at the mark of the paragraph read last, and computing it cost
    // more than it passed over (dateline -2,000 instructions).
    let mut clear_end = 0;
    for (para, i) in before.iter().zip(from..) {
        debug_assert!(!para.span.is_empty());
        if para.role == Role::Chrome && para.span.end <= clear_end {
            continue;
        }
        if read(para, marks) {
            return i;
        }
        let clear = marks.clear(headline, para.span.end);
        debug_assert!(clear.start <= para.span.end);
        clear_end = clear.end;
    }
    // No prose line comes before the story, so the paragraph just before
    // it, a line of its own, is read as its lead. It is told last: the
    // search of its text for a line break is made only for a chrome
    // paragraph that holds no mark, and the loop above makes no test for
    // it at each paragraph.
    if read(last, marks) || !text[last.span].contains('\n') {
        return first_body - 1;
    }
    first_body
}

/// The index of the first of `lines` that ends at or after `start`, the
/// start of a paragraph, tried first at `guess`.
///
/// A paragraph starts where its first line does, trimmed (the split into
/// lines trims each, and a paragraph runs from a line's trimmed start to a
/// line's trimmed end), and the lines are neither blank nor overlapping, so
/// the one line whose trimmed start is the paragraph's is its first: one
/// comparison proves the guess. Only a wrong guess, after a hard-wrapped
/// run of several lines to a paragraph, has the lines searched. Where a
/// walk on from the last paragraph's first line, by two tests and then
/// steps that doubled, took about thirty instructions a paragraph, the
/// guess takes a few (dateline 812,863 -> 796,634, pipeline 16,241,873 ->
/// 16,225,644 instructions over corpora/real).
fn first_line(lines: &[Line], start: usize, guess: usize) -> usize {
    if lines.get(guess).is_some_and(|l| l.trimmed.start == start) {
        return guess;
    }
    lines.partition_point(|l| l.span.end < start)
}

/// How many pieces `s` splits into at the ASCII bytes `seps`, as
/// `s.split(chars).count()` counts them for those characters: one more than
/// the separators, which are counted byte by byte (an ASCII byte is a whole
/// character), where the split searched for each in turn, a search's set-up
/// for each word of a place.
fn pieces(s: &str, seps: &[u8]) -> usize {
    s.bytes().filter(|b| seps.contains(b)).count() + 1
}

/// Whether a line ends as a sentence does, trimmed and read as characters:
/// the reference the tests hold [`ends_sentence_trimmed`] to.
#[cfg(test)]
fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .ends_with(['.', '?', '!', '"', '”', '’', '\'', ')'])
}

/// Whether `s`, a whole paragraph and so trimmed already, ends as a
/// sentence does: in '.', '?', '!', a straight or closing curly quote mark
/// or ')'. A subheadline or a title does not. Its last bytes are read (the
/// curly quotes are E2 80 9D and E2 80 99 in UTF-8), where a trim and a
/// test of the last character decoded it.
fn ends_sentence_trimmed(s: &str) -> bool {
    matches!(
        s.as_bytes(),
        [.., b'.' | b'?' | b'!' | b'"' | b'\'' | b')'] | [.., 0xE2, 0x80, 0x9D | 0x99]
    )
}

/// Where a line stands in the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Position {
    /// The line the layout took for the headline.
    Headline,
    /// Page chrome before the story.
    Chrome,
    /// Up to and including the story's first prose line.
    Lead,
    /// After it.
    Body,
}

/// Whether `s` is empty or all white space, as `s.trim().is_empty()`
/// tells: a first byte that is visible ASCII, as nearly every line's is,
/// says no without the trim, which decodes characters from both ends.
fn is_blank(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b) if (0x21..0x7F).contains(b) => false,
        _ => s.trim().is_empty(),
    }
}

/// Running text rather than a label, a caption credit or a byline.
fn is_prose(s: &str) -> bool {
    // Trimming only shortens, and white space at the ends starts no word:
    // the trim is needed only for a line long enough to pass.
    s.len() >= 60 && prose_len(s) >= 60 && has_nine_words(s)
}

/// [`is_prose`] of `s`, a whole paragraph and so trimmed already (its
/// length is its trimmed length), whose words, as `split_whitespace`
/// counts them, are `words` when they were counted (`None` when not).
fn is_prose_counted(s: &str, words: Option<usize>) -> bool {
    s.len() >= 60 && words.map_or_else(|| has_nine_words(s), |n| n >= 9)
}

/// The length of `s` trimmed, as `s.trim().len()` gives it: `s` itself
/// when it opens and closes with visible ASCII.
fn prose_len(s: &str) -> usize {
    crate::trim::trim_visible(s).len()
}

/// Whether `s` holds nine words between white space (`split_whitespace`
/// has a ninth).
///
/// Read eight bytes at a time, up to the ninth word, where the eight are
/// ASCII (where white space is the six bytes `char::is_whitespace` names):
/// a word starts at each byte that is not white space after one that is.
/// A block with another byte, and the last few bytes, are read a character
/// at a time, and the blocks go on after it: a curly quote early in a line
/// no longer sends the rest of the line to be read by characters.
fn has_nine_words(s: &str) -> bool {
    use crate::ascii8::{HIGH, LOW7};
    // The high bit of each byte of `x` (all below 0x80) that is `c` or more.
    let at_least = |x: u64, c: u8| (x + u64::from_le_bytes([0x80 - c; 8])) & HIGH;
    let bytes = s.as_bytes();
    let mut words = 0;
    // Before the text, as after white space.
    let mut after_space = true;
    // Where reading goes on: a character boundary, since it moves by whole
    // ASCII blocks or whole characters.
    let mut at = 0;
    while at < bytes.len() {
        if let Some(block) = bytes.get(at..at + 8) {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(block);
            let x = u64::from_le_bytes(eight);
            if x & HIGH == 0 {
                let not_blank = (x ^ 0x2020_2020_2020_2020).wrapping_add(LOW7) & HIGH;
                let space = (!not_blank & HIGH) | (at_least(x, b'\t') & !at_least(x, b'\r' + 1));
                // Each byte's high bit set where the byte before it is
                // white space.
                let before = (space << 8) | (u64::from(after_space) << 7);
                words += (before & !space & HIGH).count_ones();
                if words >= 9 {
                    return true;
                }
                after_space = space >> 63 != 0;
                at += 8;
                continue;
            }
        }
        let Some(c) = s.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let space = c.is_whitespace();
        if !space && after_space {
            words += 1;
            if words >= 9 {
                return true;
            }
        }
        after_space = space;
        at += c.len_utf8();
    }
    false
}

/// The dateline opening line `s`, which starts at byte `start` of the
/// text, when its form is sure enough for where the line stands.
///
/// The line comes cut from the text by the caller, which has read it
/// already: cutting it again would check its bounds again, for every line.
/// `mark` is where the page's search for strong marks found one last.
fn at_line<'a>(
    s: &'a str,
    start: usize,
    lexicon: &Lexicon,
    position: Position,
    prose: bool,
    gated: bool,
    mark: Mark,
) -> Option<Dateline<'a>> {
    let lead = position == Position::Lead;
    let body = trim_blanks_start(s);
    let base = start + (s.len() - body.len());
    let window = &body[..floor_char_boundary(body, LIMIT)];
    // Past the lead only a strong form is taken (and CNN's bare tag, which
    // opens with a parenthesis): most lines there are sentences, which
    // need not be parsed to see that they cannot be one.
    // A line the grammar cannot start to read (a quotation, a bullet, a
    // time) is told by its first character, before the looks below read
    // its first 120 bytes: it is read as the grammar's rejects are.
    let opens = !gated || may_open(window);
    let mut parse_sure = false;
    if opens && gated && matches!(position, Position::Chrome | Position::Body) {
        // A digit, slash or parenthesis the page's search found in the
        // window settles the look without its read of the window's bytes:
        // the chrome lines read are those of paragraphs holding the mark
        // found, nearly always such a byte.
        if mark.parse_mark_in(window, base) {
            debug_assert_eq!(strong_look(window), Some(true), "{window:?}");
            parse_sure = true;
        } else {
            match strong_look(window) {
                Some(sure) => parse_sure = sure,
                None => return None,
            }
        }
    }
    // Nor is a line parsed that the grammar surely rejects: it is read as
    // the grammar's rejects are (unless the look above saw it may parse).
    // The headline's look is narrower, as a headline is taken in fewer
    // forms, and what it passes `may_parse` passes too.
    let may = || match position {
        _ if !gated => true,
        Position::Headline => may_be_headline(window),
        _ => parse_sure || may_parse(window),
    };
    let parsed = if opens && may() {
        grammar(window, lexicon).ok()
    } else {
        None
    };
    match parsed {
        Some(Parts {
            mut dateline,
            strength,
            certain,
        }) => {
            let wanted = match position {
                // A headline never reads "SANTA CRUZ, Calif., Feb 26 -".
                // Nor a line that is a dateline and nothing more ("ATLANTA
                // _" over the story).
                Position::Headline => {
                    certain
                        || (strength == Strength::Strong
                            && dateline.place.is_some()
                            && dateline.day.is_some())
                        || (strength != Strength::Doubtful
                            && dateline.span.end == window.trim_end().len())
                }
                Position::Chrome => strength == Strength::Strong,
                Position::Lead | Position::Body => true,
            };
            let wanted = wanted
                && match strength {
                    Strength::Strong => true,
                    Strength::Weak => lead || position == Position::Headline,
                    Strength::Doubtful => false,
                };
            if !wanted {
                return None;
            }
            // A lowercase "place" ("pct complete by March 20, the ...")
            // passes only in a form no sentence takes.
            if let Some(p) = dateline.place
                && (!plausible_place(p, dateline.agency.is_some())
                    || (p.starts_with(char::is_lowercase) && strength != Strength::Strong))
            {
                return None;
            }
            dateline.span = Span::new(base + dateline.span.start, base + dateline.span.end);
            Some(dateline)
        }
        None if matches!(position, Position::Lead | Position::Chrome) => {
            if let Some(d) = bare_tag(body, base, lexicon) {
                return Some(d);
            }
            if !lead || !prose {
                return None;
            }
            let len = glued(body)?;
            Some(Dateline {
                place: Some(&body[..len]),
                region: None,
                agency: None,
                month: None,
                day: None,
                year: None,
                span: Span::new(base, base + len),
            })
        }
        None => None,
    }
}

/// `s` without the blanks ([`blanks`]) it opens with, as
/// `s.trim_start_matches([' ', '\t', '\u{a0}'])` gives it: `s` itself when
/// it opens with an ASCII byte that is neither, as nearly every line does,
/// without the trim's decoding of a character.
fn trim_blanks_start(s: &str) -> &str {
    if opens_with_no_blank(s) {
        s
    } else {
        s.trim_start_matches([' ', '\t', '\u{a0}'])
    }
}

/// Whether the grammar may read `window`'s first character: it opens with
/// a story tag's parenthesis, a date or a place's word (a letter); any
/// other character fails both [`date`] and [`words`].
///
/// A window opening with a digit opens no place's word, so the grammar
/// rejects it unless a whole date opens it: the date is read here ("45",
/// "5:27 am", "70 Years of DH" are not), where a look at its first word
/// passed it to the grammar to fail there, some 250 to 400 instructions
/// for each of the thirty-odd such lines over corpora/real (dateline
/// 1,012,681 -> 1,004,539).
fn may_open(window: &str) -> bool {
    match window.as_bytes().first() {
        Some(b'(') => true,
        Some(b) if b.is_ascii_alphabetic() => true,
        Some(b) if b.is_ascii_digit() => date(window).is_ok(),
        Some(b) if !b.is_ascii() => window.chars().next().is_some_and(is_letter),
        _ => false,
    }
}

/// Whether `c` is a letter, as `char::is_alphabetic` tells, for a
/// character outside ASCII that a line or a word may open or stop with.
///
/// Such a character is mostly a curly quote, a dash or a bullet, all of
/// Unicode's General Punctuation block (U+2000 to U+206F), which holds no
/// letter: told by a comparison, where Unicode's table of letters was
/// searched for each, about 350 instructions.
fn is_letter(c: char) -> bool {
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphabetic()
}

/// Whether the grammar may accept `window` at all: a look at its bytes that
/// rules out most titles, captions and sentences.
///
/// The grammar accepts a line only when it names an agency or closes. An
/// agency is read from a parenthesis, from slashes, or after a date, which
/// has a day in digits; a line closes with a dash (ASCII, or a long one,
/// whose UTF-8 opens with the byte 0xE2), an underscore or a colon, or with
/// a period after slashes or a comma after a date.
fn may_parse(window: &str) -> bool {
    let [any] = byte_flags(window.as_bytes(), |b| [is_parse_mark(b)]);
    any
}

/// Whether the grammar may find in `window` a dateline that a headline is
/// taken for (see [`at_line`]): a look that rules out most headlines,
/// which hold a colon or a dash in their middle more often than a digit.
///
/// A headline is taken when its dateline is certain (it closes and names
/// a known agency), strong with a place and a day, or not doubtful and the
/// whole line. An agency is read from a parenthesis, from slashes, or as a
/// bare name after a date, which has a day in digits. A dateline that is
/// the whole line and names none ends with its closing mark: a dash (the
/// long ones are E2 80 93 to E2 80 95 in UTF-8), an underscore or a colon (a
/// period closes only after slashes, a comma only after a date). So a line
/// with no digit, slash or opening parenthesis is taken only when it ends
/// with one of those marks, which its last byte tells.
///
/// Each byte that passes is one of [`may_parse`]'s marks, so what this
/// passes `may_parse` passes too: it stands in for it at the headline. Of
/// the 113 headline lines over corpora/real, `may_parse` passed 36 to the
/// grammar, which took none of the 24 this rules out (dateline 781,822 ->
/// 767,462 instructions).
fn may_be_headline(window: &str) -> bool {
    let closes = matches!(
        window.trim_end().as_bytes(),
        [.., b'-' | b'_' | b':'] | [.., 0xE2, 0x80, 0x93..=0x95]
    );
    closes || byte_flags(window.as_bytes(), |b| [strong_marks(b)[PARSE_MARK]])[0]
}

/// Whether byte `b` is one of [`may_parse`]'s marks ('/', the digits and
/// ':' are one range).
fn is_parse_mark(b: u8) -> bool {
    (b.wrapping_sub(b'/') <= b':' - b'/') | (b == b'(') | (b == b'-') | (b == b'_') | (b == 0xE2)
}

/// Whether the grammar may find a [`Strength::Strong`] dateline in `window`
/// (a line's first bytes, blanks trimmed), or [`bare_tag`] a tag in it: a
/// look at its bytes that rules out most sentences.
///
/// Every strong form holds one of these marks. An agency is read from a
/// parenthesis, from slashes, or as a bare name after a date; an outlet
/// makes the form strong only with an agency or a date; a date has a day in
/// digits; a story tag opens with a parenthesis, ANI's region with a
/// bracket. What is left is a place with a region after a comma, strong
/// only when the place is all capitals, so its first word (the window's
/// first word, nothing coming before it) has no lowercase letter.
#[cfg(test)]
fn may_be_strong(window: &str) -> bool {
    strong_look(window).is_some()
}

/// `may_be_strong` of `window`: `None` when it may not be strong, else
/// whether [`may_parse`] is sure to pass it too. A digit, a slash or an
/// opening parenthesis is a mark of both looks, so a line holding one (as
/// most lines past this look do) need not be read for `may_parse`'s marks
/// a second time.
fn strong_look(window: &str) -> Option<bool> {
    let marks = byte_flags(window.as_bytes(), strong_marks);
    let parse_sure = marks[PARSE_MARK];
    let (mark, comma) = (parse_sure || marks[BRACKET], marks[COMMA]);
    let strong = mark
        || (comma && word(window).is_ok_and(|(_, first)| !first.chars().any(char::is_lowercase)));
    strong.then_some(parse_sure)
}

/// A place in the text where a strong mark may be (`usize::MAX` for
/// none): the last one [`StrongMarks`] found. Only a hint: its byte is read
/// to tell what it is.
#[derive(Clone, Copy)]
struct Mark(usize);

impl Mark {
    /// Whether the byte at the mark's place lies in `window`, which starts
    /// at byte `base` of the text, and is a [`PARSE_MARK`] (so that
    /// [`strong_look`] of the window is `Some(true)`).
    fn parse_mark_in(self, window: &str, base: usize) -> bool {
        self.0
            .checked_sub(base)
            .and_then(|k| window.as_bytes().get(k))
            .is_some_and(|&b| strong_marks(b)[PARSE_MARK])
    }
}

/// [`strong_marks`]' place for a digit or a slash (one range, '/' to '9')
/// or an opening parenthesis: marks [`may_parse`] takes too.
const PARSE_MARK: usize = 0;
/// [`strong_marks`]' place for a comma.
const COMMA: usize = 1;
/// [`strong_marks`]' place for an opening bracket.
const BRACKET: usize = 2;

/// Which marks of a strong form (see `may_be_strong`) byte `b` is, at the
/// places [`PARSE_MARK`], [`COMMA`] and [`BRACKET`] (all false for none).
fn strong_marks(b: u8) -> [bool; 3] {
    [
        (b.wrapping_sub(b'/') <= b'9' - b'/') | (b == b'('),
        b == b',',
        b == b'[',
    ]
}

/// For each of `tests`' `N` answers, whether it is true of some byte of
/// `bytes`; `tests(0)` must be all false.
///
/// Read in blocks of 32 bytes, each block's bytes flagged together into 32
/// lanes with no early exit, so that the compiler tests a block in a few
/// vector steps. The tail is read as the last 32 bytes, overlapping the
/// block before (an OR minds no byte read twice), or, in a text shorter
/// than a block, as its first and last sixteen bytes or (shorter still)
/// padded with zero bytes, which flag nothing: one more block rather than
/// a loop byte by byte, whose exit after a line's last few bytes a
/// processor cannot foresee.
///
/// Blocks of 32 rather than sixteen: a window of 120 bytes is four blocks
/// rather than eight, and the compiler now flags a block inline, in vector
/// steps, where with sixteen it kept the block's flagging a call of its
/// own with the lanes in memory (dateline 931,238 -> 920,788 instructions
/// over corpora/real). Forcing that call inline with blocks of sixteen lost
/// the vector steps (+488,000), and blocks of 64 cost 2,600 more than 32.
///
/// Always inlined into its callers: left to the compiler, the strong marks'
/// copy stayed out of line, a call with its own frame for each chrome
/// paragraph and line it then gated (2,941 over corpora/real). Now that
/// [`StrongMarks`] gates the chrome paragraphs and only lines come here,
/// out of line still cost more (dateline own 1.427M -> 1.431M
/// instructions over corpora/real).
///
/// Each answer has lanes of its own, which a true answer sets to 0xFF, the
/// mask a vector comparison gives: where the answers were bits of one lane
/// (1, 2, 4), each comparison's mask was cut to its bit by one more vector
/// step. A 32-byte block of lanes is told empty by an OR of its two 16-byte
/// halves read as numbers, where a fold over its bytes took some thirteen
/// vector steps (both: dateline 876,339 -> 859,233 instructions over
/// corpora/real). The lanes are indexed by answer: zipping them with the
/// answers lost the vector steps (+253,000).
#[inline(always)]
fn byte_flags<const N: usize>(bytes: &[u8], tests: impl Fn(u8) -> [bool; N]) -> [bool; N] {
    const BLOCK: usize = 32;
    let mut lanes = [[0u8; BLOCK]; N];
    let mut add = |block: &[u8; BLOCK]| {
        for (k, &b) in block.iter().enumerate() {
            let answers = tests(b);
            for j in 0..N {
                lanes[j][k] |= 0u8.wrapping_sub(u8::from(answers[j]));
            }
        }
    };
    let mut blocks = bytes.chunks_exact(BLOCK);
    for block in &mut blocks {
        if let Ok(block) = block.try_into() {
            add(block);
        }
    }
    let tail = blocks.remainder();
    if !tail.is_empty() {
        let mut last = [0u8; BLOCK];
        match bytes
            .len()
            .checked_sub(BLOCK)
            .and_then(|at| bytes.get(at..))
        {
            Some(overlapping) => last.copy_from_slice(overlapping),
            None if tail.len() >= 16 => {
                last[..16].copy_from_slice(&tail[..16]);
                last[16..].copy_from_slice(&tail[tail.len() - 16..]);
            }
            None => {
                let mut half = [0u8; 16];
                short_block(tail, &mut half);
                last[..16].copy_from_slice(&half);
            }
        }
        add(&last);
    }
    lanes.map(|answer| {
        let (low, high) = answer.split_at(BLOCK / 2);
        let half = |h: &[u8]| u128::from_le_bytes(h.try_into().unwrap_or_default());
        half(low) | half(high) != 0
    })
}

/// The strong forms' marks ([`strong_marks`]) of a page, read paragraph by
/// paragraph.
///
/// A search for the next mark answers every paragraph that starts before
/// the mark it finds: a run of menu paragraphs with none is passed over in
/// one search, each paragraph told by a comparison, where each read on its
/// own paid for a block's set-up and its tail. A search starts again only
/// past the mark the last one found, so the page is read at most once in
/// text order.
struct StrongMarks<'t> {
    text: &'t [u8],
    /// Where the last search started (`usize::MAX` before the first).
    searched_from: usize,
    /// The first mark at or after `searched_from`, `usize::MAX` for none:
    /// a plain number is two comparisons where an `Option` was two more
    /// tests of its tag, for each of the thousands of paragraphs asked.
    next: usize,
}

impl<'t> StrongMarks<'t> {
    fn new(text: &'t str) -> StrongMarks<'t> {
        StrongMarks {
            text: text.as_bytes(),
            searched_from: usize::MAX,
            next: usize::MAX,
        }
    }

    /// Whether `span` holds a mark: some answer of
    /// `byte_flags(&text[span], strong_marks)`. Spans may be asked about in
    /// any order; in text order, one search serves all the spans up to the
    /// mark it finds.
    fn within(&mut self, span: Span) -> bool {
        // No mark lies between where the last search started and the one
        // it found: the first mark from the span's start is that one.
        let known = self.searched_from <= span.start && self.next >= span.start;
        if !known {
            self.searched_from = span.start;
            self.next = next_strong_mark(self.text, span.start).unwrap_or(usize::MAX);
        }
        self.next < span.end
    }

    /// A stretch of the text that holds no mark and overlaps no part of
    /// `headline` (in the sense of [`next_to_read`]'s test: no span within
    /// it starts before the headline's end and ends after its start), from
    /// what the last search read: every span within it is one that
    /// [`StrongMarks::within`] answers no and that overlaps no headline.
    /// Empty before the first search. `at` says where the spans asked about
    /// next start, to keep the side of the headline they lie on.
    fn clear(&self, headline: Span, at: usize) -> std::ops::Range<usize> {
        // From where the last search started to the mark it found, no mark.
        let (start, end) = (self.searched_from, self.next);
        if end <= headline.start || start >= headline.end {
            start..end
        } else if at >= headline.end {
            headline.end..end
        } else {
            start..end.min(headline.start)
        }
    }
}

/// Where the first byte at or after `from` in `bytes` is a strong mark.
///
/// Blocks of 32 bytes are flagged together, each byte told a mark or not
/// (which mark does not matter here) by a lane set to 0xFF or 0.
/// Where blocks of sixteen were flagged with [`strong_marks`]' three bits
/// and the mark found by a test of each lane in turn, this reads the menus
/// before a story (some 46,000 bytes over corpora/real) in about seventeen
/// instructions for sixteen bytes rather than twenty-four (dateline 940,636
/// -> 931,238 instructions). Out of line: it is called once for a run of
/// paragraphs, and inlined in [`find`]'s loop the block's lanes were not
/// kept in one vector.
///
/// The block holding a mark tells where it is from its lanes, read as two
/// 16-byte numbers: the first lane set is the first nonzero byte's, found
/// by counting trailing zeros. Each of the 644 searches over corpora/real
/// read that block again eight bytes at a time ([`first_strong_mark`],
/// now kept for the bytes after the last whole block), and the lanes as
/// 0 or 1 rather than masks cost a vector AND each (dateline 859,233 ->
/// 845,222 instructions).
#[inline(never)]
fn next_strong_mark(bytes: &[u8], from: usize) -> Option<usize> {
    const BLOCK: usize = 32;
    let hay = bytes.get(from..)?;
    let mut blocks = hay.chunks_exact(BLOCK);
    let mut at = from;
    for block in &mut blocks {
        let mut lanes = [0u8; BLOCK];
        for (lane, &b) in lanes.iter_mut().zip(block) {
            *lane = 0u8.wrapping_sub(u8::from(is_strong_mark(b)));
        }
        let (low, high) = lanes.split_at(BLOCK / 2);
        let half = |h: &[u8]| u128::from_le_bytes(h.try_into().unwrap_or_default());
        let (low, high) = (half(low), half(high));
        if low | high != 0 {
            let k = if low != 0 {
                low.trailing_zeros() / 8
            } else {
                16 + high.trailing_zeros() / 8
            };
            return Some(at + k as usize);
        }
        at += BLOCK;
    }
    first_strong_mark(blocks.remainder()).map(|k| at + k)
}

/// Whether byte `b` is a strong mark: any of [`strong_marks`]`(b)`.
///
/// An opening parenthesis (0x28) and a comma (0x2C) are the two bytes that
/// are a comma once bit 2 is set.
#[inline(always)]
fn is_strong_mark(b: u8) -> bool {
    (b.wrapping_sub(b'/') <= b'9' - b'/') | (b | 4 == b',') | (b == b'[')
}

/// Where the first strong mark in `bytes` is ([`is_strong_mark`]), read
/// eight bytes at a time, the bytes left over one by one.
fn first_strong_mark(bytes: &[u8]) -> Option<usize> {
    use crate::ascii8::{HIGH, LOW7, ONES};
    // The high bit of the first byte that is zero; the bits above it may
    // be wrong, which the first set bit of an OR of such masks minds not.
    let first_zero = |t: u64| t.wrapping_sub(ONES) & !t;
    let mut chunks = bytes.chunks_exact(8);
    for (k, chunk) in (&mut chunks).enumerate() {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        // '/' to '9' (digits and the slash), exact: each byte's low seven
        // bits, whose sums carry into no other byte.
        let x7 = x & LOW7;
        let range =
            (x7 + ONES * u64::from(0x80 - b'/')) & !(x7 + ONES * u64::from(0x80 - b':')) & !x;
        let paren_or_comma = first_zero((x | (ONES * 4)) ^ (ONES * u64::from(b',')));
        let bracket = first_zero(x ^ (ONES * u64::from(b'[')));
        let marks = (range | paren_or_comma | bracket) & HIGH;
        if marks != 0 {
            return Some(k * 8 + (marks.trailing_zeros() / 8) as usize);
        }
    }
    let rest = chunks.remainder();
    rest.iter()
        .position(|&b| is_strong_mark(b))
        .map(|k| bytes.len() - rest.len() + k)
}

/// Puts every byte of `bytes`, shorter than `block`, somewhere in `block`
/// (zeroed), some maybe twice: its first and last eight, four or single
/// bytes, which overlap or meet. Enough for an OR over the block, and
/// copies of a fixed size, where a copy of `bytes` as long as it is called
/// memcpy, for each short line [`strong_look`] and [`may_parse`] read (and
/// for the short chrome paragraphs, 1,981 of 2,340 over corpora/real, when
/// [`find`] gated them here before [`StrongMarks`]).
#[inline(always)]
fn short_block(bytes: &[u8], block: &mut [u8; 16]) {
    let n = bytes.len();
    if n >= 8 {
        block[..8].copy_from_slice(&bytes[..8]);
        block[8..].copy_from_slice(&bytes[n - 8..]);
    } else if n >= 4 {
        block[..4].copy_from_slice(&bytes[..4]);
        block[4..8].copy_from_slice(&bytes[n - 4..]);
    } else if n > 0 {
        block[0] = bytes[0];
        block[1] = bytes[n / 2];
        block[2] = bytes[n - 1];
    }
}

/// Whether `place` can be a dateline's city: its first word is not one that
/// opens page furniture or a sentence ("Updated", "On"), and, unless an
/// agency tag vouches for it, it is not an all-caps label ("FILE", "NATO").
fn plausible_place(place: &str, tagged: bool) -> bool {
    let first = first_word(place);
    if opens_furniture(first) {
        return false;
    }
    // An agency's tag vouches for the place whatever it looks like: the
    // two looks of `label_or_title`, a scan of a table and of the place's
    // words, are taken only without one.
    tagged || !label_or_title(place, first)
}

/// The first word of a place ("Updated" of "Updated Sept. 11"), a slash
/// ending it too and a trailing period dropped.
///
/// Read on bytes (the marks are ASCII, and a cut before one is a character
/// boundary), where the split and the trim each set up a search of
/// characters: about a hundred instructions for each dateline found.
fn first_word(place: &str) -> &str {
    let bytes = place.as_bytes();
    let mut end = bytes
        .iter()
        .position(|&b| b == b' ' || b == b'/')
        .unwrap_or(bytes.len());
    while end > 0 && bytes[end - 1] == b'.' {
        end -= 1;
    }
    &place[..end]
}

/// Whether a place's first word opens page furniture or a sentence.
fn opens_furniture(first: &str) -> bool {
    table::contains_case_aside(
        table::NOT_PLACE_STARTS,
        &table::NOT_PLACE_STARTS_PACKED,
        first,
        false,
    )
}

/// Whether `place`, whose first word is `first`, is an all-caps label or,
/// holding a possessive, a title ("Liam's List Sept. 11:").
fn label_or_title(place: &str, first: &str) -> bool {
    let possessive = place.chars().any(char::is_lowercase)
        && place
            .split(' ')
            .any(|w| w.ends_with("'s") || w.ends_with("’s"));
    let label =
        table::contains_case_aside(table::NOT_PLACES, &table::NOT_PLACES_PACKED, first, true);
    label || possessive
}

/// CNN's placeless "(CNN)President Donald Trump ...": an agency tag glued
/// to the lead's first word. [`Dateline::parse`] wants a place before a
/// tag; a lead that opens this way has none.
fn bare_tag<'a>(body: &'a str, base: usize, lexicon: &Lexicon) -> Option<Dateline<'a>> {
    let (rest, inner) = parens(body).ok()?;
    if !rest.starts_with(char::is_uppercase) {
        return None;
    }
    // A name the lexicon knows, looked up once for the test and the name
    // given, or an acronym ("(CNN)") it does not.
    let acronym = || {
        (2..=6).contains(&inner.len())
            && inner.bytes().all(|b| b.is_ascii_uppercase())
            && !table::contains_packed(table::NOT_PLACES, &table::NOT_PLACES_PACKED, inner)
    };
    let agency = match lexicon.lookup(inner) {
        Some(i) => lexicon.name(i).clone(),
        None if acronym() => Cow::Borrowed(inner),
        None => return None,
    };
    Some(Dateline {
        place: None,
        region: None,
        agency: Some(agency),
        month: None,
        day: None,
        year: None,
        span: Span::new(base, base + inner.len() + 2),
    })
}

/// A scraper's dateline glued to the lead, its tag lost: "SEOUL North
/// Korean leader ...", "SEOUL/TOKYO North Korea launched ...". The length of
/// the all-caps city words, when the line opens with one to four of them and
/// a capitalised sentence follows.
fn glued(s: &str) -> Option<usize> {
    let name = caps_name(s)?;
    // Most leads open with no all-capitals name ("The ...", "Officials
    // ..."): they are settled here, before `opens_sentence` scans the
    // tables and the words after the name.
    if name.words == 0 || name.capitals < 4 {
        return None;
    }
    opens_sentence(s, &name).then_some(name.end)
}

/// The all-capitals words a line opens with, as [`glued`] reads them.
#[derive(Debug, PartialEq, Eq)]
struct CapsName<'a> {
    /// Where the last of them ends, its comma left out.
    end: usize,
    /// How many there are: none when the line opens with another word.
    words: usize,
    /// Their capital letters, all told.
    capitals: usize,
    /// The word after them.
    next: &'a str,
}

/// The one to four all-capitals city words `s` opens with, and the word
/// after them; `None` when one of them is a label ("ADVERTISEMENT"), when
/// there are five, or when no word follows.
///
/// The words are the pieces of `s` between single spaces, as
/// `s.split(' ')` gives them, found by a look at each byte: the split
/// searched for each space with a search set up anew for each word, about
/// 140 instructions a word over corpora/real, where lead words are a few
/// bytes long.
fn caps_name(s: &str) -> Option<CapsName<'_>> {
    let mut end = 0;
    let mut words = 0;
    let mut capitals = 0;
    // Where the next piece starts, `None` past the last.
    let mut at = Some(0);
    let next = loop {
        let Some(from) = at else {
            break None;
        };
        let (w, after) = piece(s, from);
        at = after;
        // "PAJU, South Korea North Korea said ...": the city keeps its comma.
        let (name, comma) = match w.strip_suffix(',') {
            Some(n) => (n, true),
            None => (w, false),
        };
        let Some(caps) = caps_word(name) else {
            break Some(w);
        };
        if table::contains_packed(table::NOT_PLACES, &table::NOT_PLACES_PACKED, name) || words == 4
        {
            return None;
        }
        words += 1;
        capitals += caps;
        end = from + name.len();
        if comma {
            break at.map(|a| piece(s, a).0);
        }
    };
    Some(CapsName {
        end,
        words,
        capitals,
        next: next?,
    })
}

/// The piece of `s` from byte `from` (just after a space, or 0) to the
/// next space or the end, as `s.split(' ')` gives it, and where the piece
/// after it starts (`None` when no space ends this one).
fn piece(s: &str, from: usize) -> (&str, Option<usize>) {
    let rest = s.get(from..).unwrap_or_default();
    match rest.bytes().position(|b| b == b' ') {
        Some(k) => (&rest[..k], Some(from + k + 1)),
        None => (rest, None),
    }
}

/// The capital letters of `name`, a word of a line with its comma left
/// out, when it is an all-capitals city word ("SEOUL", "SEOUL/TOKYO",
/// "D'ALENE"): at least two capitals and a vowel, nothing but capitals,
/// slashes, hyphens and apostrophes, and a letter between any two
/// slashes.
///
/// An ASCII word is read byte by byte in one pass, where the test read its
/// characters four times over ([`caps_word_by_chars`], which reads any
/// other word).
fn caps_word(name: &str) -> Option<usize> {
    let mut caps = 0;
    let mut vowel = false;
    // Whether the piece since the last slash holds a letter.
    let mut letter = false;
    for b in name.bytes() {
        match b {
            b'A'..=b'Z' => {
                caps += 1;
                letter = true;
                vowel |= matches!(b, b'A' | b'E' | b'I' | b'O' | b'U' | b'Y');
            }
            b'/' if letter => letter = false,
            b'-' | b'\'' => {}
            _ if !b.is_ascii() => return caps_word_by_chars(name),
            _ => return None,
        }
    }
    (caps >= 2 && letter && vowel).then_some(caps)
}

/// [`caps_word`] read by characters, for a word that is not all ASCII.
fn caps_word_by_chars(name: &str) -> Option<usize> {
    let caps = name.chars().filter(|c| c.is_uppercase()).count();
    let is_caps = caps >= 2
        && name
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '/' | '-' | '\''))
        && name
            .split('/')
            .all(|part| part.chars().any(char::is_alphabetic))
        && name.chars().any(|c| "AEIOUY".contains(c));
    is_caps.then_some(caps)
}

/// Whether the word after `name` opens a lead's sentence: not a company
/// word ("SEOUL Inc."), a capital followed by a small letter (or an
/// initialism, "U.S."), and no title's small words after it.
fn opens_sentence(s: &str, name: &CapsName<'_>) -> bool {
    let next = name.next;
    let bare = next.trim_end_matches([',', '.']);
    if table::COMPANY_WORDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(bare))
    {
        return false;
    }
    let mut chars = next.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    let sentence = capital
        && (chars
            .next()
            .is_none_or(|c| c.is_lowercase() || c == '\'' || c == '’')
            || (next.contains('.') && next.chars().all(|c| c.is_uppercase() || c == '.')));
    // "FDIC Accused Of Covering Up ...": a title, not a lead. The words
    // are read only after a word that opens a sentence: reading them
    // decodes each character of the next nine words, most of this
    // function's cost, and read for every line first it cost 5,800
    // instructions more over corpora/real.
    sentence && !title_small_word_follows(&s[name.end..])
}

/// Whether one of the eight words of `s` after its first (words between
/// white space, as `split_whitespace` reads them) is one of
/// [`table::TITLE_SMALL_WORDS`].
///
/// Read on bytes while they are ASCII, whose white space is the six bytes
/// `char::is_whitespace` names, and the words compared with the list only
/// when as short as its words: the split decoded each character and asked
/// whether it is white space, and the list compared each word with each of
/// its words of the same length, about a thousand instructions a lead
/// over corpora/real. A word that holds another byte sends `s` to the
/// split, which reads it as it did.
fn title_small_word_follows(s: &str) -> bool {
    let bytes = s.as_bytes();
    let white = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let mut at = 0;
    for word in 0..9 {
        while bytes.get(at).is_some_and(|&b| white(b)) {
            at += 1;
        }
        let start = at;
        while let Some(&b) = bytes.get(at).filter(|&&b| !white(b)) {
            if !b.is_ascii() {
                return title_small_word_split(s);
            }
            at += 1;
        }
        if start == at {
            return false;
        }
        if word > 0 && table::is_title_small_word(&bytes[start..at]) {
            return true;
        }
    }
    false
}

/// [`title_small_word_follows`] read by `split_whitespace`, for text that
/// is not all ASCII.
fn title_small_word_split(s: &str) -> bool {
    s.split_whitespace()
        .skip(1)
        .take(8)
        .any(|w| table::TITLE_SMALL_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// place, region, agency, month, day, year and the spanned text.
    type Fields<'a> = (
        Option<&'a str>,
        Option<&'a str>,
        Option<String>,
        Option<u8>,
        Option<u8>,
        Option<i32>,
        &'a str,
    );

    fn fields(s: &str) -> Fields<'_> {
        let d = Dateline::parse(s).unwrap_or_else(|e| panic!("{s:?}: {e}"));
        (
            d.place,
            d.region,
            d.agency.map(Cow::into_owned),
            d.month,
            d.day,
            d.year,
            &s[d.span],
        )
    }

    fn err(s: &str) -> String {
        match Dateline::parse(s) {
            Ok(d) => panic!("{s:?} parsed as {d:?}"),
            Err(e) => e.to_string(),
        }
    }

    fn found(text: &str) -> Option<Dateline<'_>> {
        find(text, &Layout::new(text), Lexicon::builtin())
    }

    fn a(s: &str) -> Option<String> {
        Some(s.to_owned())
    }

    #[test]
    fn ap() {
        assert_eq!(
            fields("HANOI, Vietnam (AP) — U.S. Defense Secretary"),
            (
                Some("HANOI"),
                Some("Vietnam"),
                a("AP"),
                None,
                None,
                None,
                "HANOI, Vietnam (AP) —"
            )
        );
        assert_eq!(
            fields("PORTLAND, Ore. (AP) — A man"),
            (
                Some("PORTLAND"),
                Some("Ore."),
                a("AP"),
                None,
                None,
                None,
                "PORTLAND, Ore. (AP) —"
            )
        );
        assert_eq!(
            fields("WASHINGTON (AP) — Ambassador"),
            (
                Some("WASHINGTON"),
                None,
                a("AP"),
                None,
                None,
                None,
                "WASHINGTON (AP) —"
            )
        );
        assert_eq!(
            fields("COLUMBIA, S.C. (Associated Press) — About"),
            (
                Some("COLUMBIA"),
                Some("S.C."),
                a("AP"),
                None,
                None,
                None,
                "COLUMBIA, S.C. (Associated Press) —"
            )
        );
    }

    #[test]
    fn ap_anpa_underscore() {
        assert_eq!(
            fields("\t   BUENOS AIRES, Argentina (AP) _ For cancer patients"),
            (
                Some("BUENOS AIRES"),
                Some("Argentina"),
                a("AP"),
                None,
                None,
                None,
                "BUENOS AIRES, Argentina (AP) _"
            )
        );
        assert_eq!(
            fields("ROSCOE, South Dakota (AP) _ Robert").1,
            Some("South Dakota")
        );
    }

    #[test]
    fn reuters_dashes() {
        for dash in ["-", "–", "—", "--"] {
            let s = format!("SEOUL (Reuters) {dash} North Korean leader");
            let want = format!("SEOUL (Reuters) {dash}");
            let got = fields(&s);
            assert_eq!(
                (got.0, got.2.as_deref(), got.6),
                (Some("SEOUL"), Some("Reuters"), &*want)
            );
        }
    }

    #[test]
    fn reuters_multi_city_and_markets() {
        assert_eq!(
            fields("SEOUL/WASHINGTON (Reuters) - North Korea"),
            (
                Some("SEOUL/WASHINGTON"),
                None,
                a("Reuters"),
                None,
                None,
                None,
                "SEOUL/WASHINGTON (Reuters) -"
            )
        );
        assert_eq!(
            fields("    Jan 30 (Reuters) - Gold rose on Tuesday"),
            (
                None,
                None,
                a("Reuters"),
                Some(1),
                Some(30),
                None,
                "Jan 30 (Reuters) -"
            )
        );
    }

    #[test]
    fn reuters_1987() {
        assert_eq!(
            fields("    PEKING, March 19 - North Korea said"),
            (
                Some("PEKING"),
                None,
                None,
                Some(3),
                Some(19),
                None,
                "PEKING, March 19 -"
            )
        );
        assert_eq!(fields("MOSCOW, Oct 19 - The").4, Some(19));
        assert_eq!(
            fields("MONTREAL, Feb 26-\n    Alcan").6,
            "MONTREAL, Feb 26-"
        );
        assert_eq!(fields("ROME, March 2  - The").3, Some(3));
        assert_eq!(fields("CHICAGO, March  2 - The").4, Some(2));
        assert_eq!(fields("NEW YORK, FEb 26 - The").3, Some(2));
        assert_eq!(fields("TORONTO, Apri 13 - The").3, Some(4));
        assert_eq!(fields("peoria, april 7 - Grain").0, Some("peoria"));
        assert_eq!(fields("OAKLAND , N.J., March 2 - A").0, Some("OAKLAND"));
    }

    #[test]
    fn reuters_1987_regions() {
        assert_eq!(
            fields("GEORGETOWN, Grand Cayman, British West Indies, March 25 - A"),
            (
                Some("GEORGETOWN"),
                Some("Grand Cayman, British West Indies"),
                None,
                Some(3),
                Some(25),
                None,
                "GEORGETOWN, Grand Cayman, British West Indies, March 25 -"
            )
        );
        assert_eq!(fields("RICHMOND, Va. Feb 26 - A").1, Some("Va."));
        assert_eq!(fields("JOHANNESBURG March 13 - Gold").3, Some(3));
        assert_eq!(fields("KANSAS CITY, Mo. - March 13 - A").4, Some(13));
        assert_eq!(fields("CHEVY CHASE, Md., - March 4 - A").1, Some("Md."));
        assert_eq!(
            fields("COEUR D'ALENE, Idaho, March 2 - A").0,
            Some("COEUR D'ALENE")
        );
        assert_eq!(
            fields("WILKES-BARRE, Pa., June 1 - A").0,
            Some("WILKES-BARRE")
        );
        assert_eq!(fields("ST. LOUIS, MO., June 1 - A").0, Some("ST. LOUIS"));
        assert_eq!(
            fields("DALLAS/FORT WORTH, Texas, March 3 - A").0,
            Some("DALLAS/FORT WORTH")
        );
        assert_eq!(
            fields("ARNHEM, the Netherlands, April 1 - A").1,
            Some("the Netherlands")
        );
    }

    #[test]
    fn yonhap_with_story_tags() {
        let want = (
            Some("SEOUL"),
            None,
            a("Yonhap"),
            Some(8),
            Some(15),
            None,
            "SEOUL, Aug. 15 (Yonhap) --",
        );
        assert_eq!(fields("SEOUL, Aug. 15 (Yonhap) -- North Korea"), want);
        assert_eq!(
            fields("(LEAD) SEOUL, Aug. 15 (Yonhap) -- North Korea"),
            want
        );
        assert_eq!(
            fields("(2nd LD) SEOUL, Aug. 15 (Yonhap) -- North Korea"),
            want
        );
        assert_eq!(
            fields("(URGENT) SEOUL, Aug. 15 (Yonhap) -- North Korea"),
            want
        );
        assert_eq!(
            fields("(3rd LD, with photo) SEOUL, Aug. 15 (Yonhap) -- N"),
            want
        );
        assert_eq!(fields("(News Focus) SEOUL, Aug. 15 (Yonhap) -- N"), want);
    }

    #[test]
    fn kcna_and_xinhua() {
        assert_eq!(
            fields("Pyongyang, August 16 (KCNA) --Kim Jong Un"),
            (
                Some("Pyongyang"),
                None,
                a("KCNA"),
                Some(8),
                Some(16),
                None,
                "Pyongyang, August 16 (KCNA) --"
            )
        );
        assert_eq!(
            fields("BEIJING, Aug. 15 (Xinhua) -- Chinese").2.as_deref(),
            Some("Xinhua")
        );
        assert_eq!(
            fields("BEIJING, Aug. 15 (New China News Agency) -- A")
                .2
                .as_deref(),
            Some("Xinhua")
        );
    }

    #[test]
    fn indian_agencies() {
        assert_eq!(
            fields("New Delhi, Aug 15 (IANS) North Korean leader"),
            (
                Some("New Delhi"),
                None,
                a("IANS"),
                Some(8),
                Some(15),
                None,
                "New Delhi, Aug 15 (IANS)"
            )
        );
        assert_eq!(fields("Mumbai, Aug 15 (PTI) The").2.as_deref(), Some("PTI"));
        assert_eq!(
            fields("New Delhi [India], Aug 15 (ANI): North Korean"),
            (
                Some("New Delhi"),
                Some("India"),
                a("ANI"),
                Some(8),
                Some(15),
                None,
                "New Delhi [India], Aug 15 (ANI):"
            )
        );
    }

    #[test]
    fn kyodo_tass_afp_upi() {
        assert_eq!(
            fields("TOKYO, Aug. 15 Kyodo - Japan"),
            (
                Some("TOKYO"),
                None,
                a("Kyodo"),
                Some(8),
                Some(15),
                None,
                "TOKYO, Aug. 15 Kyodo -"
            )
        );
        assert_eq!(
            fields("TOKYO, Aug. 15 (Kyodo) -- Japan").2.as_deref(),
            Some("Kyodo")
        );
        assert_eq!(
            fields("SEOUL, October 7. /TASS/. North Korea"),
            (
                Some("SEOUL"),
                None,
                a("TASS"),
                Some(10),
                Some(7),
                None,
                "SEOUL, October 7. /TASS/."
            )
        );
        assert_eq!(
            fields("MOSCOW, October 7 /ITAR-TASS/ - A").2.as_deref(),
            Some("TASS")
        );
        assert_eq!(
            fields("Seoul (AFP) - North Korea"),
            (
                Some("Seoul"),
                None,
                a("AFP"),
                None,
                None,
                None,
                "Seoul (AFP) -"
            )
        );
        assert_eq!(
            fields("Pyongyang, 15 August 2019 (AFP) - Kim"),
            (
                Some("Pyongyang"),
                None,
                a("AFP"),
                Some(8),
                Some(15),
                Some(2019),
                "Pyongyang, 15 August 2019 (AFP) -"
            )
        );
        assert_eq!(fields("PARIS, Aug. 15, 2019 (AFP) - A").5, Some(2019));
        assert_eq!(
            fields("HEMPSTEAD, N.Y., Sept. 26 (UPI) — The"),
            (
                Some("HEMPSTEAD"),
                Some("N.Y."),
                a("UPI"),
                Some(9),
                Some(26),
                None,
                "HEMPSTEAD, N.Y., Sept. 26 (UPI) —"
            )
        );
    }

    #[test]
    fn cnn_tag_glued_to_the_lead() {
        assert_eq!(
            fields("Washington (CNN)President Donald Trump"),
            (
                Some("Washington"),
                None,
                a("CNN"),
                None,
                None,
                None,
                "Washington (CNN)"
            )
        );
        let text = "Headline\n\nWashington (CNN)President Donald Trump made an unscheduled trip on Saturday.\n";
        assert_eq!(found(text).unwrap().agency.as_deref(), Some("CNN"));
        let text = "Headline\n\n(CNN)President Donald Trump made an unscheduled trip to the hospital on Saturday.\n";
        let d = found(text).unwrap();
        assert_eq!((d.place, d.agency.as_deref()), (None, Some("CNN")));
        assert_eq!(&text[d.span], "(CNN)");
        // A parenthesis before a spaced sentence is not a tag.
        let text = "Headline\n\n(Adds comments) The central bank said on Tuesday it would keep rates on hold.\n";
        assert_eq!(found(text), None);
    }

    #[test]
    fn bare_tag_known_name_or_unknown_acronym() {
        let lex = Lexicon::builtin();
        let tag =
            |s: &'static str| bare_tag(s, 0, lex).map(|d| (d.agency.map(Cow::into_owned), d.span));
        // A name the lexicon knows, an acronym or not, goes by its
        // canonical name.
        assert_eq!(
            tag("(Agence France-Presse)Officials said"),
            Some((a("AFP"), Span::new(0, 22)))
        );
        assert_eq!(
            tag("(CNN)President Donald Trump"),
            Some((a("CNN"), Span::new(0, 5)))
        );
        // An acronym the lexicon does not know is kept as written; a
        // longer unknown name, or a word that is no place's, is no tag.
        assert_eq!(
            tag("(ZNX)Officials said"),
            Some((a("ZNX"), Span::new(0, 5)))
        );
        assert_eq!(tag("(Zeta Wire)Officials said"), None);
        assert_eq!(tag("(AXIOS)Officials said"), None);
        assert_eq!(tag("(ZNX)officials said"), None);
    }

    #[test]
    fn bare_agency_after_the_date_goes_by_its_canonical_name() {
        // "AGERPRES" is an alias: the entry found when the word was read
        // names it.
        let d = found("Headline\n\nBUCHAREST, Aug. 15 AGERPRES - The government said on Friday.\n")
            .unwrap();
        assert_eq!(d.agency.as_deref(), Some("Agerpres"));
        assert_eq!(d.place, Some("BUCHAREST"));
    }

    #[test]
    fn unknown_agency_kept_as_written() {
        // Names no lexicon knows (made up here, so the test does not
        // depend on the table's contents).
        assert_eq!(
            fields("HANOI, Aug. 15 (ZNX) -- The").2.as_deref(),
            Some("ZNX")
        );
        assert_eq!(
            fields("OSLO (Zeta Wire) -- The").2.as_deref(),
            Some("Zeta Wire")
        );
        assert_eq!(
            fields("KUALA LUMPUR (Qwerty) -- The").2.as_deref(),
            Some("Qwerty")
        );
    }

    #[test]
    fn portal_outlet_is_the_agency() {
        assert_eq!(
            fields("Overseas Network, August 15, according to KCNA reports"),
            (
                None,
                None,
                a("Overseas Network"),
                Some(8),
                Some(15),
                None,
                "Overseas Network, August 15,"
            )
        );
        // An all-caps city that ends like an outlet is still a city.
        assert_eq!(
            fields("NEWPORT NEWS, Va., March 2 - A").0,
            Some("NEWPORT NEWS")
        );
    }

    #[test]
    fn agency_tags_read_trimmed() {
        let d = Dateline::parse("SEOUL ( Yonhap ) -- North Korea").unwrap();
        assert_eq!(
            (d.place, d.agency.as_deref()),
            (Some("SEOUL"), Some("Yonhap"))
        );
        // A story tag where the agency stands, a comma or a sentence in the
        // tag, and a tag left open are no agency.
        assert_eq!(
            err("SEOUL ( LEAD ) -- North Korea"),
            err("SEOUL (LEAD) -- North Korea")
        );
        assert!(err("SEOUL (LEAD) -- North Korea").contains("expected an agency name"));
        assert!(err("SEOUL (AP, Reuters) -- x").contains("expected an agency name"));
        assert!(err("SEOUL (the AP) -- x").contains("expected an agency name"));
        assert!(err("SEOUL (AP -- x").contains("expected a closing parenthesis"));
    }

    #[test]
    fn what_follows_is_ignored() {
        let long = format!("SEOUL (Reuters) - {}", "word ".repeat(200_000));
        let d = Dateline::parse(&long).unwrap();
        assert_eq!(d.span, Span::new(0, 17));
    }

    #[test]
    fn errors() {
        insta::assert_snapshot!(err(""), @"dateline: expected a place name or a date at byte 0");
        insta::assert_snapshot!(err("(Reuters) - Oil"), @"dateline: expected a place name or a date at byte 0");
        insta::assert_snapshot!(err("SEOUL"), @"dateline: expected an agency or a closing dash at byte 5");
        insta::assert_snapshot!(err("SEOUL, 12 more"), @"dateline: expected a region or a date at byte 7");
        insta::assert_snapshot!(err("SEOUL, Aug. 15 (Yonhap --"), @"dateline: expected a closing parenthesis at byte 25");
        insta::assert_snapshot!(err("HAYWARD, Calif. (all times local) —"), @"dateline: expected an agency name at byte 17");
        insta::assert_snapshot!(err("SEOUL, Aug. 32 (Yonhap) --"), @"invalid date: day out of range for month at byte 7");
        insta::assert_snapshot!(err("PEKING, Feb 29, 1987 - A"), @"invalid date: day out of range for month at byte 8");
        insta::assert_snapshot!(err("Source: Russian Defense Ministry"), @"dateline: expected an agency or a closing dash at byte 6");
        insta::assert_snapshot!(err("North Korean leader Kim Jong Un said"), @"dateline: expected a place name or a date at byte 0");
    }

    #[test]
    fn oversized_input_is_an_error_not_a_scan() {
        let s = "A".repeat(1_000_000);
        insta::assert_snapshot!(err(&s), @"dateline: input of 1000000 bytes is over the limit of 120 bytes at byte 120");
        // The cut falls inside a multi-byte character without panicking.
        let s = format!("{}é{}", "A".repeat(119), "B".repeat(500));
        assert!(matches!(
            Dateline::parse(&s),
            Err(Error::TooLong { limit: 119, .. })
        ));
    }

    #[test]
    fn find_reuters_wire_copy() {
        let text = "NORTH KOREA WELCOMES CONTACT WITH U.S. DIPLOMATS\n    PEKING, March 19 - North Korea said it welcomed new\ncontacts between Korean and U.S. Diplomats.\n";
        let d = found(text).unwrap();
        assert_eq!(
            (d.place, d.month, d.day),
            (Some("PEKING"), Some(3), Some(19))
        );
        assert_eq!(&text[d.span], "PEKING, March 19 -");
    }

    #[test]
    fn find_after_page_chrome() {
        let text = "Unpredictable witness faces questions\n\nBy LISA SMITH and ERIC JONES\n\nAssociated Press\n\nAP-US--Trump-Impeachment, 4th Ld-Writethru\n\nWASHINGTON (AP) — The ambassador is likely to be unpredictable when he faces questions.\n";
        let d = found(text).unwrap();
        assert_eq!(
            (d.place, d.agency.as_deref()),
            (Some("WASHINGTON"), Some("AP"))
        );
        assert_eq!(&text[d.span], "WASHINGTON (AP) —");
    }

    #[test]
    fn find_glued_scraper_dateline() {
        let text = "Kim orders more tests\n\n[ad_1]\n\nSEOUL North Korean leader Kim Jong Un watched a missile launch and ordered more tests, the agency said.\n";
        let d = found(text).unwrap();
        assert_eq!((d.place, d.agency), (Some("SEOUL"), None));
        assert_eq!(&text[d.span], "SEOUL");
        let text = "Rocket launch\n\nSEOUL/TOKYO North Korea launched a long-range rocket on Sunday carrying what it said was a satellite.\n";
        assert_eq!(found(text).unwrap().place, Some("SEOUL/TOKYO"));
        let text = "Zone closed\n\nPAJU, South Korea North Korea said it was kicking out all South Koreans from the zone on Thursday.\n";
        assert_eq!(found(text).unwrap().place, Some("PAJU"));
        let text = "Talks\n\nAMMAN U.S. Secretary of State John Kerry said on Sunday he had reached a provisional agreement.\n";
        assert_eq!(found(text).unwrap().place, Some("AMMAN"));
    }

    #[test]
    fn find_ignores_sentence_starts() {
        for lead in [
            "North Korean leader Kim Jong Un watched a ballistic missile launch test on Friday, state media said.",
            "NATO Secretary-General Jens Stoltenberg said on Monday the alliance would respond to the launch.",
            "U.S. President Donald Trump said on Tuesday that he would meet the North Korean leader again soon.",
            "UN Secretary-General Antonio Guterres welcomed the agreement between the two sides on Friday.",
            "FILE - In this Nov. 5, 2019, file photo, the ambassador arrives for a closed-door meeting.",
            "Updated: Nov. 20, 2019 1:35 a.m.",
            "Tuesday, Nov. 19, 2019 - 10:48 AM EST",
            "Source: Russian Defense Ministry, October 25, 2019",
            "November 20, 2019 - 11:28 AMT",
            "pct complete by March 20, the newsletter said in its weekly report on the harvest.",
            "Greenwich Winter Antiques, Art and Jewelry Show is December 6-8 at the town hall, organisers said.",
            "WHEAT - 2,602,000 bushels including 1,647,000 in the city and the rest in storage.",
            "SYRIA SEEKING WHITE SUGAR ON APRIL 8 - TRADE sources said the tender was for white sugar.",
            "EXXON (XON) SEES SYNFUELS ROLE BY YEAR 2000 as prices rise, the company said in its outlook.",
            "Mehmet Oz — surgeon and daytime television star — has been called a charlatan by critics.",
            "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Two pollsters said the surveys were too early.",
            "ROGERS COMMUNICATIONS Inc. said it would buy the remaining shares of its cable unit this year.",
            "BLOCKBUSTER VIDEO CORP. said it raised $92 million from an offering of notes last week.",
            "FDIC Accused Of Covering Up China Hacking To Protect Chairman's Job, Report Says.",
            "POLITICO Florida reported earlier this month that the governor had cut the programs.",
            "ONEIDA Ltd. declared a dividend of five cents a share, payable next month to holders of record.",
            "Exclusive Streams — Listen Now! The station's hit mix and fit mix, all day long online.",
            "Liam's List Sept. 11: the week's best shows, films and concerts around the city, picked.",
            "AUGERI: We have been working on this for a very long time and we are proud of the result.",
        ] {
            let text = format!("Headline\n\n{lead}\n");
            assert_eq!(found(&text), None, "{lead}");
        }
    }

    #[test]
    fn find_in_a_table_story() {
        // A story of figures: a layout may see no prose, and no body.
        let text = "ACME CORP <ACME> YEAR NET\n    SPRINGFIELD, Ill., Feb 26 -\n    Shr 12 cts vs 40 cts\n    Net 1,200,000 vs 900,000\n    Revs 5.1 mln vs 4.8 mln\n";
        let d = found(text).unwrap();
        assert_eq!(
            (d.place, d.region, d.day),
            (Some("SPRINGFIELD"), Some("Ill."), Some(26))
        );
    }

    #[test]
    fn find_dateline_on_its_own_line() {
        let text = "Reno's opinion\n\nATLANTA _\n\nGood for the attorney general for the sensible opinion she rendered in the case. It was the right call.\n\nThe boy should go home to his father, the opinion said, and the courts agreed with her.\n";
        let d = found(text).unwrap();
        assert_eq!((d.place, d.agency), (Some("ATLANTA"), None));
    }

    #[test]
    fn find_is_bounded_on_pathological_pages() {
        // Many lines that almost open a dateline, and one giant line.
        let text = format!(
            "Headline\n\n{}{}\n",
            "SEOUL, Aug. 15 (Yonhap\n".repeat(5_000),
            "A".repeat(200_000)
        );
        assert_eq!(found(&text), None);
    }

    #[test]
    fn find_ignores_menu_and_credit_lines() {
        for line in [
            "AP -",
            "Newsfeeds (RSS)",
            "خبرگزاری آریا - خبر",
            "Главоболие – нещо",
        ] {
            let text = format!(
                "Headline\n\n{line}\n\nThe ministry said on Monday it would hold talks with officials next week.\n"
            );
            assert_eq!(found(&text), None, "{line}");
        }
    }

    #[test]
    fn find_site_name_first() {
        let text = "Headline\n\nTRIBUNNEWS.COM, JAKARTA - The minister said on Monday the talks would resume next week.\n";
        let d = found(text).unwrap();
        assert_eq!(
            (d.place, d.agency.as_deref()),
            (Some("JAKARTA"), Some("TRIBUNNEWS.COM"))
        );
    }

    #[test]
    fn find_skips_the_headline() {
        let text = "DIAMOND SHAMROCK (DIA) CUTS CRUDE PRICES\n\nThe company said it cut its posted prices for crude oil by one dollar a barrel.\n";
        assert_eq!(found(text), None);
        // ... unless it is a known agency's dateline: a story of one line.
        let text = "SEOUL, Aug. 15 (Yonhap) -- North Korea marked the day.";
        assert_eq!(found(text).unwrap().agency.as_deref(), Some("Yonhap"));
    }

    #[test]
    fn find_weak_forms_only_at_the_lead() {
        let text = "Headline\n\nTOKYO - Japan said on Friday it would send an envoy to the talks next month.\n";
        assert_eq!(found(text).unwrap().place, Some("TOKYO"));
        let text = "Headline\n\nOSCEOLA, Iowa — The candidate spoke to a crowd of farmers on Saturday morning.\n";
        assert_eq!(found(text).unwrap().region, Some("Iowa"));
        let text = "Headline\n\nIndianapolis – Several thousand teachers rallied at the statehouse on Tuesday.\n";
        assert_eq!(found(text).unwrap().place, Some("Indianapolis"));
        let text = "Headline\n\nHEMPSTEAD, N.Y. ― If it worked against one candidate, it might work against another.\n";
        let d = found(text).unwrap();
        assert_eq!((d.place, d.region), (Some("HEMPSTEAD"), Some("N.Y.")));
        let text = "Headline\n\nThe ministry said on Monday it would hold talks with officials next week in the capital.\n\nTOKYO - Japan said on Friday it would send an envoy to the talks next month.\n";
        assert_eq!(found(text), None);
        // A form only a dateline takes is found after prose (page captions).
        let text = "Headline\n\nThe ministers shake hands in Hanoi, Vietnam, on Wednesday, Nov. 20, 2019, after the talks.\n\nHANOI, Vietnam (AP) — The defense secretary accused China of coercion.\n";
        assert_eq!(found(text).unwrap().place, Some("HANOI"));
    }

    #[test]
    fn find_with_a_user_agency() {
        let lex = Lexicon::new(&[crate::Agency::new("Zeta News Wire").alias("ZNW")]);
        let text = "Headline\n\nHANOI, Aug. 15 (ZNW) -- Officials met on Friday.\n";
        let d = find(text, &Layout::new(text), &lex).unwrap();
        assert_eq!(d.agency.as_deref(), Some("Zeta News Wire"));
    }

    /// [`word`] as it read before its ASCII fast path: by characters from
    /// the start.
    fn word_by_chars(i: &str) -> Option<&str> {
        let end = word_end_from(i, 0, 0, false);
        (end > 0).then(|| &i[..end])
    }

    #[test]
    fn word_read_by_bytes_as_by_chars() {
        for s in [
            "",
            "SEOUL",
            "N.Y., Aug",
            ".N.Y.",
            "COEUR D'ALENE",
            "WILKES-BARRE -",
            "O'",
            "A-",
            "A--B",
            "D'\u{c9}LAN",
            "S\u{e3}o Paulo",
            "M\u{dc}NCHEN,",
            "AB\u{2019}CD",
            "AB\u{2019}",
            "A.\u{e9}",
            "\u{e9}t\u{e9}-\u{e9}t\u{e9}",
            "KYIV\u{a0}(Reuters)",
            "X-1",
            "abc.def'ghi-jkl mno",
            "SEOUL, Dec",
            "Seoul (Yonhap)",
            "NEW YORK",
            "AZaz@[`{ x",
            "abcdefgh",
            "abcdefg\u{e9}",
            "1 SEOUL ab",
            ",SEOUL ab",
            "abcdefgh ",
            "Washington (Reuters)",
            "PORTUGUESE,",
            "abcdefghijklmnop",
            "abcdefghijklmnopq r",
            "ABCDEFGHIJ.K. x",
            "ABCDEFGHI-JK x",
            "ABCDEFGHI'J x",
            "ABCDEFGHI\u{e9}t\u{e9} x",
            "ABCDEFGH1 x",
        ] {
            assert_eq!(word(s).ok().map(|(_, w)| w), word_by_chars(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn word_read_by_bytes_as_by_chars_on_any_mix(s in "[A-Za-z.'\\-\u{2019}\u{e9}\u{dc}\u{a0} (0-9@\\[`{,]{0,12}") {
            proptest::prop_assert_eq!(word(&s).ok().map(|(_, w)| w), word_by_chars(&s));
        }

        #[test]
        fn long_words_read_by_bytes_as_by_chars(s in "[A-Za-z]{6,14}[A-Za-z.'\\- 1,\u{e9}\u{2019}]{0,6}") {
            proptest::prop_assert_eq!(word(&s).ok().map(|(_, w)| w), word_by_chars(&s));
        }
    }

    #[test]
    fn lines_opening_with_a_digit_are_read_only_when_a_date_opens_them() {
        let lex = Lexicon::builtin();
        for w in [
            "0",
            "45",
            "70 Years of DH",
            "5:27 am CST, Wednesday, November 20, 2019",
            "10:00 p.m.",
            "3of4A shopper looks at extension cords",
            "21:17 18.11.2019",
            "2 p.m.",
            "49ers",
            "123 Main St. - Apt 4",
        ] {
            assert!(!may_open(w), "{w:?}");
            assert!(grammar(w, lex).is_err(), "{w:?}");
        }
        for w in ["15 August 2019 (Reuters) - Grain", "2 March - The"] {
            assert!(may_open(w), "{w:?}");
            assert!(grammar(w, lex).is_ok(), "{w:?}");
        }
    }

    #[test]
    fn is_letter_is_is_alphabetic() {
        for c in ('\u{0}'..='\u{3100}').chain(['\u{1f600}', '\u{10ffff}']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
        assert!(!is_letter('\u{201c}') && !is_letter('\u{2014}') && !is_letter('\u{2022}'));
        assert!(is_letter('\u{e9}') && is_letter('\u{2071}'));
    }

    #[test]
    fn blanks_read_by_bytes_as_by_chars() {
        for s in [
            "",
            "SEOUL",
            " (AP)",
            "\t\t- x",
            "\u{a0}\u{a0}Aug. 15",
            " \u{a0}\t:",
            "\u{a0}",
            "\u{3000}x",
            "\u{c2}x",
            "\n x",
            "\u{e9} x",
        ] {
            assert_eq!(blanks(s), blanks_by_chars(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn blanks_read_by_bytes_as_by_chars_on_any_mix(s in "[ \t\u{a0}\u{3000}\u{c2}\u{e9}a\n(-]{0,8}") {
            proptest::prop_assert_eq!(blanks(&s), blanks_by_chars(&s));
        }
    }

    /// [`words`] as it read before it judged the names word by word: the
    /// whole run first, then [`names_ok`].
    fn words_read_whole(i: &str) -> Res<'_, &str> {
        let (mut rest, _) = word(i)?;
        for _ in 0..7 {
            let blank = [' ', '\t', '\u{a0}'];
            let spaced = rest.trim_start_matches(blank);
            let (after_join, join) = match spaced.strip_prefix('/') {
                Some(r) => (r.trim_start_matches(blank), "/"),
                None if spaced.len() < rest.len() => (spaced, " "),
                None => (rest, ""),
            };
            if join.is_empty() || (join == " " && date(after_join).is_ok()) {
                break;
            }
            match word(after_join) {
                Ok((r, _)) => rest = r,
                Err(_) => break,
            }
        }
        let run = &i[..i.len() - rest.len()];
        if !names_ok(run) {
            return fail(i);
        }
        Ok((rest, run))
    }

    /// Runs of place-like words joined in every way [`words`] reads a join.
    fn place_words() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let word = proptest::sample::select(vec![
            "SEOUL",
            "New",
            "York",
            "des",
            "moines",
            "de",
            "la",
            "the",
            "of",
            "said",
            "is",
            "officials",
            "Aug.",
            "March",
            "15",
            "N.Y.",
            "D'ALENE",
            "\u{e9}t\u{e9}",
            "\u{c9}TAT",
            "\"",
            "\u{201c}",
            "5:30",
            "120",
        ]);
        let join = proptest::sample::select(vec![
            " ", " ", " ", "  ", "\t", " \t", "\t ", "\u{a0}", " \u{a0} ", "/", " / ", "/\t", ", ",
            " - ", "",
        ]);
        proptest::collection::vec((word, join), 1..12)
            .prop_map(|v| v.into_iter().map(|(w, j)| format!("{w}{j}")).collect())
    }

    proptest::proptest! {
        #[test]
        fn words_gives_up_only_on_runs_that_fail(s in place_words()) {
            proptest::prop_assert_eq!(words(&s), words_read_whole(&s));
        }
    }

    #[test]
    fn words_judged_word_by_word() {
        for s in [
            "SEOUL -",
            "des moines, Iowa",
            "des moines Is",
            "Mato Grosso do Sul",
            "Art and Jewelry Show is",
            "The company said on",
            "de\tla paz said",
            "new york\tCity",
            "SEOUL\tsaid officials",
            "Rio de Janeiro / the port",
        ] {
            assert_eq!(words(s), words_read_whole(s), "{s:?}");
        }
    }

    #[test]
    fn pieces_counted_as_split_counts_them() {
        let mut compared = 0;
        for (_, text) in crate::test_stories::stories() {
            for line in text
                .lines()
                .chain(["", " ", "a  b", "/ /", "S\u{e9}OUL /TOKYO "])
            {
                assert_eq!(pieces(line, b" "), line.split(' ').count(), "{line:?}");
                assert_eq!(
                    pieces(line, b" /"),
                    line.split([' ', '/']).count(),
                    "{line:?}"
                );
                compared += 1;
            }
        }
        assert!(compared > 5);
    }

    /// [`parse_date`] as first written: a choice of the two forms, the
    /// month first.
    fn parse_date_reference(i: &str) -> Res<'_, (u8, u8, Option<i32>)> {
        let month_day = (month_name, blanks1, day).map(|(m, _, d)| (m, d));
        let day_month = (day, blanks1, month_name).map(|(d, _, m)| (m, d));
        let (rest, (m, d)) = alt((month_day, day_month)).parse_complete(i)?;
        let (rest, y) = opt(year).parse_complete(rest)?;
        Ok((rest, (m, d, y)))
    }

    /// What a date parse gives, its error aside (callers only ask whether
    /// it read one).
    fn read(r: Res<'_, DateParts>) -> Option<(&str, DateParts)> {
        r.ok()
    }

    /// Month, day and year as a date parse gives them.
    type DateParts = (u8, u8, Option<i32>);

    /// [`closing`] as first written: nom's choice of the eight tags.
    fn closing_reference(i: &str) -> Res<'_, &str> {
        alt((
            tag("---"),
            tag("--"),
            tag("\u{2014}"),
            tag("\u{2015}"),
            tag("\u{2013}"),
            tag("-"),
            tag("_"),
            tag(":"),
        ))
        .parse_complete(i)
    }

    /// [`parens`] as first written, on nom's parsers.
    fn parens_reference(i: &str) -> Res<'_, &str> {
        let (rest, (_, inner, _)) = (
            char('('),
            take_while1(|c| c != ')' && c != '(' && c != '\n'),
            char(')'),
        )
            .parse_complete(i)?;
        Ok((rest, inner))
    }

    proptest::proptest! {
        /// A parenthesis read on bytes is the one nom read.
        #[test]
        fn parens_read_on_bytes_as_by_nom(s in "[()\na \u{e9}]{0,6}") {
            proptest::prop_assert_eq!(parens(&s).ok(), parens_reference(&s).ok());
        }

        /// The closing mark read on bytes is the one the tags read, among
        /// every dash near them in UTF-8 (U+2010 to U+2015).
        #[test]
        fn closing_read_on_bytes_as_by_the_tags(
            s in "[-_:\u{2010}-\u{2015}a ]{0,4}"
        ) {
            proptest::prop_assert_eq!(closing(&s).ok(), closing_reference(&s).ok());
        }

        /// The date read on bytes is nom's, at the edges of each part:
        /// suffixes, blanks of each kind, runs of digits too long or too
        /// short, years out of range, and a letter or digit (ASCII or not)
        /// right after a number.
        #[test]
        fn dates_read_on_bytes_as_nom_read_them(
            s in "(Aug|August|Sept|Marc|mar|MAY|15|5|05|00|123|31|2019|1799|2201|20190|st|th|nd|rd|x|\\.|,| |\t|\u{a0}|\u{e9}|\u{663}){0,7}"
        ) {
            proptest::prop_assert_eq!(read(date(&s)), read(parse_date_reference(&s)));
        }
    }

    /// The day's and the year's digits, read at fixed places, stop at the
    /// text's end and refuse a longer run of digits.
    #[test]
    fn date_digits_read_at_their_places() {
        assert_eq!(day_at("7 May", 0), Some((1, 7)));
        assert_eq!(day_at("Aug 15th,", 4), Some((8, 15)));
        assert_eq!(day_at("15", 0), Some((2, 15)));
        assert_eq!(day_at("150 May", 0), None);
        assert_eq!(day_at("00 May", 0), None);
        assert_eq!(year_at(", 2019 -", 0), Some((6, 2019)));
        assert_eq!(year_at(" 2019", 0), Some((5, 2019)));
        assert_eq!(year_at(" 201", 0), None);
        assert_eq!(year_at(" 20190", 0), None);
        assert_eq!(year_at(" 2019a", 0), None);
        assert_eq!(year_at(" 1799", 0), None);
        assert!(matches!(date_head("15 Aug"), Some(DateHead::Day)));
        assert!(matches!(date_head("15"), Some(DateHead::Day)));
        assert!(date_head("150 Aug").is_none());
    }

    #[test]
    fn dates_read_by_their_first_byte_as_by_either_form() {
        // Every word start of every line of the stories (a date is tried
        // after each word of a place), as `date` passes them on.
        let mut compared = 0;
        let mut dates = 0;
        for (_, text) in crate::test_stories::stories() {
            for line in text.lines() {
                let starts = std::iter::once(0).chain(
                    line.char_indices()
                        .filter(|&(_, c)| c == ' ')
                        .map(|(k, _)| k + 1),
                );
                for k in starts {
                    let i = &line[k..];
                    if may_open_date(i) {
                        let got = read(date(i));
                        assert_eq!(got, read(parse_date_reference(i)), "{i:?}");
                        compared += 1;
                        dates += usize::from(got.is_some());
                    }
                }
            }
        }
        if crate::test_stories::corpus_at_hand() {
            assert!(compared > 1000 && dates > 100, "{compared} {dates}");
        }
        for i in [
            "Aug. 15 (Yonhap)",
            "15 August 2019 -",
            "15th Aug, 2019",
            "March -",
            "May Day",
            "3 Marchers",
            "12 3",
            "Sept\u{a0}26",
            "1 Jan 1799",
            "31 Dec 2200:",
            "9 MAY",
            "Dec 0",
            "",
        ] {
            assert_eq!(read(date(i)), read(parse_date_reference(i)), "{i:?}");
        }
    }

    /// Lines of datelines, sentences and labels, from the parts each is
    /// made of.
    fn story_lines() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = proptest::sample::select(vec![
            "SEOUL",
            "Seoul",
            "KANSAS CITY",
            "BUFFALO",
            "N.Y.",
            "Iowa",
            "New Delhi",
            "the",
            "officials",
            "said",
            "Overseas Network",
            "Kyodo",
            "Reuters",
            "AP",
            "(AP)",
            "(Reuters)",
            "(LEAD)",
            "/TASS/",
            "[India]",
            "Aug. 15",
            "March",
            "15",
            "2019",
            ",",
            " ",
            " ",
            " ",
            "-",
            "--",
            "\u{2014}",
            "_",
            ":",
            ".",
            "(",
            ")",
            "/",
            "\t",
            "\u{a0}",
            "\u{e9}t\u{e9}",
            "\u{c9}TAT",
        ]);
        proptest::collection::vec(piece, 1..16).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        /// The line gate never changes what is found: each line is tried
        /// as the headline, chrome, the lead and the body.
        #[test]
        fn the_line_gate_passes_over_only_weak_lines(
            lines in proptest::collection::vec(story_lines(), 1..8)
        ) {
            let lex = Lexicon::builtin();
            let prose = "Officials in the capital said on the day that the talks had gone well for both sides.";
            for text in [
                format!("{}\n\n{prose}\n", lines.join("\n\n")),
                format!("Headline\n\n{prose}\n\n{}\n", lines.join("\n")),
                format!("Headline\n\n{}\n\n{prose}\n", lines.join("\n\n")),
            ] {
                let layout = Layout::new(&text);
                proptest::prop_assert_eq!(
                    find_gated(&text, &layout, lex, true),
                    find_gated(&text, &layout, lex, false)
                );
            }
        }
    }

    #[test]
    fn nine_words_counted_as_split_whitespace_counts_them() {
        let mut lines = vec![
            String::new(),
            "one two three four five six seven eight".to_string(),
            "one two three four five six seven eight nine".to_string(),
            " one\ttwo\nthree\x0bfour\x0cfive\rsix  seven eight nine".to_string(),
            "one two three four\u{a0}five six seven eight nine".to_string(),
            "one two three four\u{2003}five six seven eight".to_string(),
            "one two three four\u{2003}five six seven eight nine".to_string(),
            "caf\u{e9} two three four five six seven eight".to_string(),
            "one two three four five six seven eight\x1cnine".to_string(),
        ];
        for b in 0..=0x7fu8 {
            let c = char::from(b);
            lines.push(format!("a b c d e f g h{c}i"));
            // Every offset within and across eight-byte blocks.
            for at in 0..24 {
                let mut words = "ab cd ef gh ij kl mn op".to_string();
                words.insert(at.min(words.len()), c);
                lines.push(words.clone());
                lines.push(format!(" {words}"));
                lines.push(format!("{words} x"));
            }
        }
        for s in &lines {
            assert_eq!(
                has_nine_words(s),
                s.split_whitespace().nth(8).is_some(),
                "{s:?}"
            );
        }
    }

    proptest::proptest! {
        /// Words counted on by characters from a block with a byte above
        /// 0x7F, wherever it falls, as `split_whitespace` counts them.
        #[test]
        fn nine_words_as_split_whitespace_counts_them(
            s in "(ab|c|  | |\t|\n|\u{a0}|\u{2003}|\u{3000}|\u{201c}|\u{2019}|caf\u{e9}|x){0,30}"
        ) {
            proptest::prop_assert_eq!(has_nine_words(&s), s.split_whitespace().nth(8).is_some());
        }
    }

    proptest::proptest! {
        /// The blank and prose tests read as the trims they stand for.
        #[test]
        fn blank_and_prose_lines_as_trimmed(
            s in "(one|two|\\.|,| |\t|\n|\u{a0}|\u{2003}|caf\u{e9}|x|\u{201d}|\u{2019}|\u{2013}|\\)|\\?|\\!|'|\"){0,40}"
        ) {
            proptest::prop_assert_eq!(is_blank(&s), s.trim().is_empty());
            let t = s.trim();
            proptest::prop_assert_eq!(is_prose(&s), t.len() >= 60 && has_nine_words(t));
            // With the words counted as the layout counts them, or not.
            // A whole paragraph, trimmed.
            let words = t.split_whitespace().count();
            proptest::prop_assert_eq!(is_prose_counted(t, Some(words)), is_prose(&s));
            proptest::prop_assert_eq!(is_prose_counted(t, None), is_prose(&s));
            proptest::prop_assert_eq!(ends_sentence_trimmed(t), ends_sentence(&s));
        }
    }

    proptest::proptest! {
        /// What the grammar accepts, the byte look lets through.
        #[test]
        fn may_parse_passes_whatever_the_grammar_accepts(s in story_lines()) {
            let window = &s[..floor_char_boundary(&s, LIMIT)];
            if grammar(window, Lexicon::builtin()).is_ok() {
                proptest::prop_assert!(may_parse(window), "{:?}", window);
            }
        }

        /// What the grammar accepts opens with a character it may read:
        /// the line as [`at_line`] hands it over, its blanks trimmed.
        #[test]
        fn may_open_passes_whatever_the_grammar_accepts(s in story_lines()) {
            let body = trim_blanks_start(&s);
            let window = &body[..floor_char_boundary(body, LIMIT)];
            if grammar(window, Lexicon::builtin()).is_ok() {
                proptest::prop_assert!(may_open(window), "{:?}", window);
            }
        }
    }

    /// Story tags, Yonhap's ordinals among them, and what is neither.
    #[test]
    fn story_tags_told_from_agencies() {
        for inner in [
            "LEAD",
            "2nd LD",
            "3rd LD, with photo",
            " URGENT ",
            "12th LD",
        ] {
            assert!(is_story_tag(inner), "{inner:?}");
        }
        for inner in [
            "AP",
            "KCNA",
            "",
            "LD",
            "x2nd LD",
            "2nd",
            "2nd LD again",
            "a1 LD",
        ] {
            assert!(!is_story_tag(inner), "{inner:?}");
        }
    }

    /// The dateline [`at_line`] takes from `s` as the headline, gated or not.
    fn as_headline(s: &str, gated: bool) -> Option<Dateline<'_>> {
        let lex = Lexicon::builtin();
        at_line(
            s,
            0,
            lex,
            Position::Headline,
            false,
            gated,
            Mark(usize::MAX),
        )
    }

    proptest::proptest! {
        /// What is taken as the headline, [`may_be_headline`] lets through,
        /// and what it lets through `may_parse` does too.
        #[test]
        fn may_be_headline_passes_whatever_the_headline_takes(s in story_lines()) {
            let body = trim_blanks_start(&s);
            let window = &body[..floor_char_boundary(body, LIMIT)];
            if as_headline(&s, false).is_some() {
                proptest::prop_assert!(may_be_headline(window), "{:?}", window);
            }
            if may_be_headline(window) {
                proptest::prop_assert!(may_parse(window), "{:?}", window);
            }
            proptest::prop_assert_eq!(as_headline(&s, true), as_headline(&s, false));
        }
    }

    /// Every line of the fixtures (and of the stories, when at hand) is
    /// taken as the headline gated exactly as ungated; the headlines
    /// [`may_be_headline`] rules out, among them those the grammar read
    /// far before it failed, and those it lets through.
    #[test]
    fn may_be_headline_rules_out_only_lines_not_taken() {
        let texts = if crate::test_stories::corpus_at_hand() {
            crate::test_stories::stories()
        } else {
            crate::test_stories::fixtures()
        };
        for (_, text) in &texts {
            for line in text.lines() {
                assert_eq!(
                    as_headline(line, true),
                    as_headline(line, false),
                    "{line:?}"
                );
            }
        }
        for s in [
            "Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return",
            "Impeachment sham completely debunked: White House",
            "The Latest: Man stabbed to death on San Francisco Bay train",
            "Suicide Bombers Attack Police Station in Southern Russia \u{2013} ABC News",
            "Royal Self-Indicting Arrogance",
        ] {
            assert!(!may_be_headline(s), "{s:?}");
            assert!(may_parse(s), "{s:?}");
            assert_eq!(as_headline(s, false), None, "{s:?}");
        }
        for s in [
            "ATLANTA _",
            "TOKYO -",
            "TOKYO - ",
            "Indianapolis \u{2013}",
            "SEOUL, Aug. 15 (Yonhap) --",
            "MOSCOW, October 7. /TASS/.",
            "HEMPSTEAD, N.Y., Sept. 26 -",
        ] {
            assert!(may_be_headline(s), "{s:?}");
            assert!(as_headline(s, true).is_some(), "{s:?}");
        }
    }

    /// The lines [`may_open`] rules out and some it lets through.
    #[test]
    fn may_open_reads_the_first_character() {
        for s in [
            "SEOUL (AP) -",
            "(LEAD) SEOUL",
            "15 August 2019 -",
            "\u{c9}TAT",
            "Aug. 15",
        ] {
            assert!(may_open(s), "{s:?}");
        }
        for s in [
            "\"We are",
            "\u{201c}I boarded",
            "120 killed",
            "2020",
            "^BC-LT",
            "",
            "- SEOUL",
        ] {
            assert!(!may_open(s), "{s:?}");
            assert!(grammar(s, Lexicon::builtin()).is_err(), "{s:?}");
        }
    }

    /// [`may_parse`] and [`may_be_strong`]'s byte looks as they read before
    /// [`byte_flags`]: byte by byte.
    fn marks_by_bytes(window: &str) -> (bool, bool, bool) {
        let (mut parse, mut strong, mut comma) = (false, false, false);
        for &b in window.as_bytes() {
            parse |= (b.wrapping_sub(b'/') <= b':' - b'/')
                | (b == b'(')
                | (b == b'-')
                | (b == b'_')
                | (b == 0xE2);
            strong |= (b.wrapping_sub(b'/') <= b'9' - b'/') | (b == b'(') | (b == b'[');
            comma |= b == b',';
        }
        (parse, strong, comma)
    }

    fn check_marks(s: &str) {
        let (parse, strong, comma) = marks_by_bytes(s);
        assert_eq!(may_parse(s), parse, "{s:?}");
        let first_upper = word(s).is_ok_and(|(_, first)| !first.chars().any(char::is_lowercase));
        assert_eq!(may_be_strong(s), strong || (comma && first_upper), "{s:?}");
        // What the strong look says may parse, may_parse passes.
        if strong_look(s) == Some(true) {
            assert!(may_parse(s), "{s:?}");
        }
    }

    /// The paragraphs of the seeds (and of corpora/real, when present) are
    /// told to hold a strong mark by the search on through the page as
    /// their bytes tell it.
    #[test]
    fn strong_marks_within_paragraphs_as_byte_flags() {
        for (path, text) in crate::test_stories::stories() {
            let layout = Layout::new(&text);
            let mut marks = StrongMarks::new(&text);
            for p in &layout.paragraphs {
                let bytes = &text.as_bytes()[p.span.range()];
                let flagged = byte_flags(bytes, strong_marks).contains(&true);
                assert_eq!(marks.within(p.span), flagged, "{path:?} {:?}", p.span);
            }
        }
    }

    /// The search for the next strong mark finds the first byte
    /// [`strong_marks`] flags, for its marks and their neighbours at every
    /// place of texts to 72 bytes and every byte value in texts of 45
    /// (across its 32-byte blocks, its eight-byte reads and the tail bytes
    /// read one by one), among fillers that are no mark but come close: a
    /// byte beside a mark, or one above 0x7F whose low seven bits are one.
    #[test]
    fn next_strong_mark_finds_the_first_flagged_byte() {
        for b in 0..=u8::MAX {
            assert_eq!(is_strong_mark(b), strong_marks(b).contains(&true), "{b:#x}");
        }
        let fillers = [
            b'a', b')', b'+', b'$', b'.', b':', b'Z', b'\\', 0x00, 0xAF, 0xA8, 0xAC, 0xDB, 0x80,
            0xFF,
        ];
        let near = [
            b'(', b',', b'[', b'/', b'0', b'9', b'*', b'-', b';', b'\\', 0xAF, 0xA8,
        ];
        let first = |bytes: &[u8], from: usize| {
            (from..bytes.len()).find(|&k| strong_marks(bytes[k]).contains(&true))
        };
        for filler in fillers {
            assert_eq!(strong_marks(filler), [false; 3], "{filler:#x}");
            for len in 0..=72 {
                for pos in 0..len {
                    let all = if len == 45 { 0..=u8::MAX } else { 0..=0 };
                    for mark in near.into_iter().chain(all) {
                        let mut bytes = vec![filler; len];
                        bytes[pos] = mark;
                        for from in [0, pos, pos + 1, len + 1] {
                            assert_eq!(
                                next_strong_mark(&bytes, from),
                                first(&bytes, from).filter(|_| from <= len),
                                "{filler:#x} {len} {pos} {mark:#x} {from}"
                            );
                        }
                    }
                }
            }
        }
    }

    /// A mark's place settles [`strong_look`] only when a digit, slash or
    /// parenthesis is there, inside the window.
    #[test]
    fn a_parse_mark_found_in_the_window_settles_the_strong_look() {
        let text = "Menu, News\nSEOUL, Aug. 15 (Yonhap) -- North Korea";
        let base = text.find("SEOUL").unwrap();
        let window = &text[base..base + 30];
        let at = |s: &str| Mark(text.find(s).unwrap());
        assert!(at("15").parse_mark_in(window, base));
        assert!(at("(Yonhap").parse_mark_in(window, base));
        assert_eq!(strong_look(window), Some(true));
        // A comma is a strong mark but no parse mark; a mark before the
        // window or past its end, or none, tells nothing.
        assert!(!at(", Aug").parse_mark_in(window, base));
        assert!(!at(", News").parse_mark_in(window, base));
        assert!(!Mark(base + 30).parse_mark_in(window, base));
        assert!(!Mark(usize::MAX).parse_mark_in(window, base));
    }

    /// Each of [`byte_flags`]' answers is told apart from the others: a
    /// comma, a bracket or a digit anywhere in texts to 100 bytes (across
    /// the 32-byte blocks, the overlapping last block and the short tails)
    /// sets its own answer and no other, as byte by byte.
    #[test]
    fn byte_flags_answers_each_mark_on_its_own() {
        for len in 0..=100 {
            for pos in 0..len {
                for (mark, place) in [(b',', COMMA), (b'[', BRACKET), (b'7', PARSE_MARK)] {
                    let mut bytes = vec![b'a'; len];
                    bytes[pos] = mark;
                    let mut want = [false; 3];
                    want[place] = true;
                    assert_eq!(byte_flags(&bytes, strong_marks), want, "{len} {pos} {mark}");
                    assert_eq!(byte_flags(&bytes, |b| [is_parse_mark(b)]), [mark == b'7']);
                }
            }
            assert_eq!(byte_flags(&vec![b'a'; len], strong_marks), [false; 3]);
        }
    }

    /// Every byte [`strong_marks`] flags as a mark of [`may_parse`] is one.
    #[test]
    fn strong_parse_marks_are_parse_marks() {
        for b in 0..=u8::MAX {
            if strong_marks(b)[PARSE_MARK] {
                assert!(is_parse_mark(b), "{b:#x}");
            }
        }
    }

    #[test]
    fn byte_looks_read_in_blocks_as_byte_by_byte() {
        // Each mark at every place in texts of every length to 80 bytes,
        // across the blocks' bounds and in the overlapping tail.
        for mark in [
            "/", "9", ":", "(", "[", "-", "_", ",", "\u{2014}", "\u{e9}", ".",
        ] {
            for len in 0..80 {
                for at in 0..len {
                    let mut s = "A".repeat(len);
                    s.insert_str(at, mark);
                    check_marks(&s);
                    check_marks(&s.to_lowercase());
                }
                check_marks(&"B".repeat(len));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_looks_read_in_blocks_as_byte_by_byte_on_any_line(s in story_lines()) {
            let window = &s[..floor_char_boundary(&s, LIMIT)];
            check_marks(window);
        }
    }

    /// `texts`, then every test story: the pages the tests on how `find`
    /// walks a layout's lines read.
    fn with_the_stories(texts: &[&str]) -> Vec<String> {
        let stories = crate::test_stories::stories().into_iter();
        let texts = texts.iter().map(|t| t.to_string());
        texts.chain(stories.map(|(_, text)| text)).collect()
    }

    /// The guess, right or wrong, gives each paragraph's first line as a
    /// binary search of the lines finds it.
    #[test]
    fn paragraphs_first_lines_found_from_a_guess() {
        let texts = with_the_stories(&[
            "Headline\n\nSEOUL, Aug. 15 (Yonhap) -- Talks.\n\n\n  \nMore text\nand more\n\nEnd",
            "",
            "\n\n\n",
        ]);
        for text in &texts {
            let layout = Layout::new(text);
            let (mut first, mut last_read) = (0, 0);
            // In order, every paragraph and every third, then out of order.
            let n = layout.paragraphs.len();
            let order = (0..n).chain((0..n).step_by(3)).chain((0..n).rev());
            for i in order {
                let start = layout.paragraphs[i].span.start;
                let guess = (first + i).saturating_sub(last_read);
                first = first_line(&layout.lines, start, guess);
                last_read = i;
                assert_eq!(first, layout.lines.partition_point(|l| l.span.end < start));
            }
            // Every paragraph of a page of lone lines is guessed right.
            if layout.paragraphs.len() == layout.lines.len() {
                for (i, p) in layout.paragraphs.iter().enumerate() {
                    assert_eq!(layout.lines[i].trimmed.start, p.span.start);
                }
            }
        }
    }

    /// A paragraph's lines, read from its first as [`find`] reads them,
    /// up to the one that ends where the paragraph does, are the lines that
    /// start before its end (the test `find` made before each line), for
    /// hard-wrapped runs, lines with blanks and carriage returns at their
    /// ends, and the stories.
    #[test]
    fn paragraphs_lines_end_with_the_one_ending_the_paragraph() {
        let texts = with_the_stories(&[
            "Headline\n\nSEOUL, Aug. 15 (Yonhap) -- Talks\nwent on  \n\tand on.\n\nEnd",
            "  One line \r\n\r\nTwo lines,\r\n wrapped \u{a0}\r\n\r\n\n Last\t",
            "A long paragraph hard-wrapped\nover four lines\nof running text\nthat ends here.\n",
        ]);
        for text in &texts {
            let layout = Layout::new(text);
            for p in &layout.paragraphs {
                let first = first_line(&layout.lines, p.span.start, 0);
                let lines = layout.lines[first..].iter().map(|l| l.trimmed);
                let before_end: Vec<Span> =
                    lines.clone().take_while(|l| l.start < p.span.end).collect();
                let mut to_last = Vec::new();
                for line in lines {
                    to_last.push(line);
                    if line.end == p.span.end {
                        break;
                    }
                }
                assert_eq!(to_last, before_end, "{:?}", &text[p.span.range()]);
            }
        }
    }

    #[test]
    fn the_line_gate_keeps_strong_forms_in_the_body() {
        let prose =
            "Officials in the capital said on the day that the talks had gone well for both sides.";
        for (line, place) in [
            ("SEOUL, Aug. 15 (Yonhap) -- North Korea said", Some("SEOUL")),
            ("BUFFALO, N.Y. \u{2014} The team said", Some("BUFFALO")),
            ("KANSAS CITY (Reuters) - The bank said", Some("KANSAS CITY")),
            (
                "MOSCOW, October 7. /TASS/. The ministry said",
                Some("MOSCOW"),
            ),
            (
                "New Delhi [India], Aug 15 (ANI): The ministry said",
                Some("New Delhi"),
            ),
            ("Overseas Network, August 15, according to", None),
        ] {
            let text = format!("Headline\n\n{prose}\n\n{line} {prose}\n\n{prose}\n");
            let layout = Layout::new(&text);
            let lex = Lexicon::builtin();
            let gated = find_gated(&text, &layout, lex, true);
            assert_eq!(gated, find_gated(&text, &layout, lex, false), "{line}");
            assert_eq!(gated.map(|d| d.place), Some(place), "{line}");
        }
        // Forms a sentence could take, found only at the lead; a headline
        // that is a dateline and nothing more.
        for (text, place) in [
            (
                format!("Headline\n\nKANSAS CITY \u{2013} {prose}\n"),
                "KANSAS CITY",
            ),
            (format!("Headline\n\nTOKYO _ {prose}\n"), "TOKYO"),
            (format!("TOKYO -\n\n{prose}\n"), "TOKYO"),
        ] {
            let layout = Layout::new(&text);
            let lex = Lexicon::builtin();
            let gated = find_gated(&text, &layout, lex, true);
            assert_eq!(gated, find_gated(&text, &layout, lex, false), "{text}");
            assert_eq!(gated.and_then(|d| d.place), Some(place), "{text}");
        }
        for (_, text) in crate::test_stories::fixtures() {
            let layout = Layout::new(&text);
            let lex = Lexicon::builtin();
            assert_eq!(
                find_gated(&text, &layout, lex, true),
                find_gated(&text, &layout, lex, false)
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn parse_and_find_never_panic(s in "\\PC{0,300}") {
            if let Ok(d) = Dateline::parse(&s) {
                proptest::prop_assert!(d.span.end <= s.len().min(LIMIT));
                proptest::prop_assert!(s.is_char_boundary(d.span.start) && s.is_char_boundary(d.span.end));
            }
            if let Some(d) = found(&s) {
                proptest::prop_assert!(s.is_char_boundary(d.span.start) && s.is_char_boundary(d.span.end));
            }
        }
    }

    /// [`trim_blanks_start`] trims what `trim_start_matches` trims, for
    /// every tail of a text that opens with blanks of each kind, letters,
    /// marks and other characters.
    #[test]
    fn blanks_trimmed_as_trim_start_matches_trims() {
        let text = " \t\u{a0} SEOUL,\t(Yonhap)\u{a0}-- \u{e9}t\u{e9} \u{2014}\u{a0}\t x\n\r 7";
        for (at, _) in text.char_indices() {
            let s = &text[at..];
            assert_eq!(
                trim_blanks_start(s),
                s.trim_start_matches([' ', '\t', '\u{a0}']),
                "{s:?}"
            );
        }
        assert_eq!(trim_blanks_start(""), "");
    }

    /// [`glued`] as it read before a lead with no capitalised name was
    /// settled ahead of the table scans: every test made, then all joined.
    fn glued_testing_all(s: &str) -> Option<usize> {
        let name = caps_name(s)?;
        let sentence = opens_sentence(s, &name);
        (name.words >= 1 && name.capitals >= 4 && sentence).then_some(name.end)
    }

    /// [`plausible_place`] as it read before a tagged place was settled
    /// first: both looks taken, then joined.
    fn plausible_place_looking_twice(place: &str, tagged: bool) -> bool {
        let first = first_word(place);
        let looks = label_or_title(place, first);
        !opens_furniture(first) && (tagged || !looks)
    }

    /// [`first_word`] as it read before it was read on bytes: a split at
    /// spaces and slashes, its trailing periods trimmed.
    fn first_word_by_split(place: &str) -> &str {
        place
            .split([' ', '/'])
            .next()
            .unwrap_or(place)
            .trim_end_matches('.')
    }

    #[test]
    fn first_words_read_by_bytes_as_by_the_split() {
        for (place, first) in [
            ("Updated Sept. 11", "Updated"),
            ("SEOUL/WASHINGTON", "SEOUL"),
            ("N.Y.", "N.Y"),
            ("St.. Louis", "St"),
            ("...", ""),
            ("", ""),
            (" SEOUL", ""),
            ("Z\u{fc}rich.", "Z\u{fc}rich"),
            ("\u{c9}TAT\u{2019}S. X", "\u{c9}TAT\u{2019}S"),
        ] {
            assert_eq!(first_word(place), first, "{place:?}");
            assert_eq!(first_word_by_split(place), first, "{place:?}");
        }
    }

    /// Leads and places of the words the two functions read: all-capitals
    /// cities with and without commas, labels, company words, title words,
    /// possessives, sentences.
    fn lead_words() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let word = proptest::sample::select(vec![
            "SEOUL",
            "SEOUL,",
            "PAJU,",
            "NEW",
            "YORK",
            "FDIC",
            "ADVERTISEMENT",
            "AG",
            "Inc.",
            "North",
            "Korea",
            "said",
            "Of",
            "And",
            "The",
            "A",
            "U.S.",
            "about",
            "Liam's",
            "List",
            "D'ALENE",
            "\u{c9}TAT",
            "e",
            "",
        ]);
        proptest::collection::vec(word, 0..10).prop_map(|v| v.join(" "))
    }

    proptest::proptest! {
        #[test]
        fn glued_settles_leads_as_when_testing_all(s in lead_words()) {
            proptest::prop_assert_eq!(glued(&s), glued_testing_all(&s));
        }

        #[test]
        fn first_words_of_any_place_read_as_by_the_split(s in lead_words()) {
            proptest::prop_assert_eq!(first_word(&s), first_word_by_split(&s));
        }

        #[test]
        fn plausible_places_as_when_looking_twice(s in lead_words(), tagged: bool) {
            proptest::prop_assert_eq!(
                plausible_place(&s, tagged),
                plausible_place_looking_twice(&s, tagged)
            );
        }

        #[test]
        fn caps_names_read_by_bytes_as_by_the_split(s in lead_words()) {
            proptest::prop_assert_eq!(caps_name(&s), caps_name_by_split(&s));
        }

        #[test]
        fn caps_names_of_any_text_read_as_by_the_split(s in caps_words()) {
            proptest::prop_assert_eq!(caps_name(&s), caps_name_by_split(&s));
        }

        #[test]
        fn title_words_read_by_bytes_as_by_the_split(s in spaced_words()) {
            proptest::prop_assert_eq!(
                title_small_word_follows(&s),
                title_small_word_split(&s)
            );
        }
    }

    /// Words, some of them a title's small words, between white space of
    /// every kind `split_whitespace` parts words at, and other spaces.
    fn spaced_words() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let word = proptest::sample::select(vec![
            "Of",
            "And",
            "With",
            "Up",
            "UP",
            "of",
            "Upon",
            "North",
            "Korea",
            "\u{c9}TAT",
            "a",
        ]);
        let space = proptest::sample::select(vec![
            " ", "  ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{a0}", "\u{2009}", "\u{3000}",
            "\u{200b}",
        ]);
        proptest::collection::vec((space, word), 0..14)
            .prop_map(|v| v.into_iter().flat_map(|(s, w)| [s, w]).collect())
    }

    /// Lines of words made of capitals, other letters and the marks
    /// between them that a city word may or may not hold.
    fn caps_words() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let part = proptest::sample::select(vec![
            "SEOUL",
            "NBC",
            "AE",
            "Y",
            "/",
            "-",
            "'",
            ",",
            "D'",
            "\u{c9}",
            "\u{e9}",
            "e",
            "3",
            "Inc",
            "ADVERTISEMENT",
        ]);
        let word = proptest::collection::vec(part, 0..4).prop_map(|v| v.concat());
        proptest::collection::vec(word, 0..7).prop_map(|v| v.join(" "))
    }

    /// [`caps_name`] as it read each word: the line split at spaces, each
    /// word's characters read four times over (by `caps_word_by_chars`).
    fn caps_name_by_split(s: &str) -> Option<CapsName<'_>> {
        let mut end = 0;
        let mut words = 0;
        let mut capitals = 0;
        let mut next = None;
        let mut split = s.split(' ');
        let mut start = 0;
        while let Some(w) = split.next() {
            let (name, comma) = match w.strip_suffix(',') {
                Some(n) => (n, true),
                None => (w, false),
            };
            // The per-word test by characters, as it was written first: the
            // proptests then check the byte loop of `caps_word` against it.
            let Some(caps) = caps_word_by_chars(name) else {
                next = Some(w);
                break;
            };
            if table::NOT_PLACES.contains(&name) || words == 4 {
                return None;
            }
            words += 1;
            capitals += caps;
            end = start + name.len();
            start += w.len() + 1;
            if comma {
                next = split.next();
                break;
            }
        }
        Some(CapsName {
            end,
            words,
            capitals,
            next: next?,
        })
    }

    #[test]
    fn caps_names_of_leads() {
        let name = caps_name("SEOUL/TOKYO, North Korea said").unwrap();
        assert_eq!((name.end, name.words, name.capitals), (11, 1, 10));
        assert_eq!(name.next, "North");
        let name = caps_name("COEUR D'ALENE Police said").unwrap();
        assert_eq!((name.end, name.words, name.capitals), (13, 2, 11));
        assert_eq!(name.next, "Police");
        // A slash with no letter after it, a word with no vowel, a label.
        assert_eq!(caps_name("SEOUL/ North").unwrap().words, 0);
        assert_eq!(caps_name("/SEOUL North").unwrap().words, 0);
        assert_eq!(caps_name("NBC police").unwrap().words, 0);
        assert_eq!(caps_name("ADVERTISEMENT Police said"), None);
        // An accented capital is read by characters.
        assert_eq!(caps_name("\u{c9}TAT North").unwrap().capitals, 4);
        // An empty word after the name, and none.
        let name = caps_name("SEOUL, ").unwrap();
        assert_eq!((name.end, name.words, name.next), (5, 1, ""));
        assert_eq!(caps_name("SEOUL,"), None);
        assert_eq!(caps_name("SEOUL"), None);
    }

    #[test]
    fn title_small_words_after_the_first() {
        assert!(title_small_word_follows("North Accused Of Covering Up"));
        assert!(!title_small_word_follows("Of North Korea said on Tuesday"));
        assert!(!title_small_word_follows("North Korea said of the talks"));
        // The ninth word after the first is not read.
        assert!(!title_small_word_follows("a b c d e f g h i Of"));
        assert!(title_small_word_follows("a b c d e f g h Of"));
        // White space outside ASCII parts words too.
        assert!(title_small_word_follows("North\u{a0}In Seoul"));
        assert!(title_small_word_follows("North \u{b}In Seoul"));
    }

    /// Pages of menus, labels, headlines, lone datelines, leads and prose
    /// in any order: what a layout may take for chrome before the story.
    fn page() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let paragraph = proptest::sample::select(vec![
            "Home",
            "Sign in",
            "ADVERTISEMENT",
            "News Sports Weather Opinion",
            "Share this article",
            "Reno's opinion",
            "Talks end in Seoul",
            "ATLANTA _",
            "TOKYO -",
            "SEOUL, Aug. 15 (Yonhap) --",
            "Updated 10:48 a.m.",
            "By Jane Smith, Staff Writer",
            "(CNN)President Donald Trump said on Friday that the talks had gone well.",
            "SEOUL North Korean leader Kim Jong Un said on Friday that the talks had gone well.",
            "Good for the attorney general for the sensible opinion she rendered in the case.",
            "The boy should go home to his father, the opinion said, and the courts agreed.",
            "Officials in the capital said on the day that the talks had gone well for both sides.",
        ]);
        let join = proptest::sample::select(vec!["\n\n", "\n", "\n\n\n"]);
        proptest::collection::vec((paragraph, join), 1..10)
            .prop_map(|v| v.into_iter().map(|(p, j)| format!("{p}{j}")).collect())
    }

    proptest::proptest! {
        /// The search on through the page finds a mark in a span exactly
        /// when the span's bytes hold one, whatever order spans come in.
        #[test]
        fn strong_marks_within_spans_as_byte_flags(
            text in "[a-z (,/19\\[\u{e9}\n]{0,80}",
            ends in proptest::collection::vec((0usize..90, 0usize..40), 0..12),
        ) {
            let mut marks = StrongMarks::new(&text);
            for (start, len) in ends {
                let start = start.min(text.len());
                let span = Span::new(start, (start + len).min(text.len()));
                let bytes = &text.as_bytes()[span.range()];
                proptest::prop_assert_eq!(marks.within(span), byte_flags(bytes, strong_marks).contains(&true));
            }
        }

        /// The stretch [`StrongMarks::clear`] gives after each search holds
        /// no mark and overlaps no headline as `next_to_read` tells overlaps
        /// (an empty headline too), so a paragraph within it is one that
        /// `next_to_read` passes over.
        #[test]
        fn clear_stretches_hold_no_mark_and_no_headline(
            text in "[a-z (,/19\\[\u{e9}\n]{0,80}",
            ends in proptest::collection::vec((0usize..90, 0usize..40), 0..12),
            headline in (0usize..90, 0usize..20),
            at in 0usize..90,
        ) {
            let mut marks = StrongMarks::new(&text);
            let headline = Span::new(headline.0, headline.0 + headline.1);
            proptest::prop_assert!(marks.clear(headline, at).is_empty());
            for (start, len) in ends {
                let start = start.min(text.len());
                let span = Span::new(start, (start + len).min(text.len()));
                marks.within(span);
                // `next_to_read` compares only a paragraph's end with the
                // stretch's: the spans after the one asked start after it.
                proptest::prop_assert!(marks.clear(headline, span.end).start <= span.end);
                let clear = marks.clear(headline, at);
                if clear.is_empty() {
                    continue;
                }
                let bytes = &text.as_bytes()[clear.start.min(text.len())..clear.end.min(text.len())];
                proptest::prop_assert_eq!(byte_flags(bytes, strong_marks), [false; 3]);
                proptest::prop_assert!(clear.end <= headline.start || clear.start >= headline.end);
            }
        }

        /// The gates (a chrome paragraph without a strong form's marks
        /// passed over whole, a line without them, a line the grammar
        /// surely rejects) change nothing that is found.
        #[test]
        fn the_gates_change_nothing_found_on_any_page(text in page()) {
            let layout = Layout::new(&text);
            let lex = Lexicon::builtin();
            proptest::prop_assert_eq!(
                find_gated(&text, &layout, lex, true),
                find_gated(&text, &layout, lex, false)
            );
        }
    }
}
