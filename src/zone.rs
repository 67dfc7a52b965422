//! Time zone abbreviations and their UTC offsets: "IST", "KST", "EDT",
//! "+09:00", "+0900", "GMT+8".

mod table;

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, space0};
use nom::combinator::{opt, recognize};
use nom::{IResult, Parser};
use time::UtcOffset;

use table::{Offset, ZONES};

/// The offset an abbreviation stands for; `ist` is what "IST" means.
///
/// The abbreviation must be written all upper or all lower case ("EST",
/// "ist"), since mixed case ("Est") is a word, not a zone.
pub(crate) fn lookup(abbr: &str, ist: UtcOffset) -> Option<UtcOffset> {
    let upper = abbr.bytes().all(|b| b.is_ascii_uppercase());
    let lower = abbr.bytes().all(|b| b.is_ascii_lowercase());
    if abbr.is_empty() || abbr.len() > 5 || !(upper || lower) {
        return None;
    }
    let mut buf = [0u8; 5];
    for (d, s) in buf.iter_mut().zip(abbr.bytes()) {
        *d = s.to_ascii_uppercase();
    }
    let key = std::str::from_utf8(&buf[..abbr.len()]).ok()?;
    let at = ZONES.binary_search_by(|(name, _)| name.cmp(&key)).ok()?;
    match ZONES[at].1 {
        Offset::Minutes(m) => UtcOffset::from_whole_seconds(i32::from(m) * 60).ok(),
        Offset::Ist => Some(ist),
    }
}

fn digits(n: usize) -> impl FnMut(&str) -> IResult<&str, &str> {
    move |i| take_while_m_n(n, n, |c: char| c.is_ascii_digit()).parse_complete(i)
}

fn not_digit_next(i: &str) -> IResult<&str, ()> {
    match i.chars().next() {
        Some(c) if c.is_ascii_digit() => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        ))),
        _ => Ok((i, ())),
    }
}

fn not_alpha_next(i: &str) -> IResult<&str, ()> {
    match i.chars().next() {
        Some(c) if c.is_alphabetic() => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Alpha,
        ))),
        _ => Ok((i, ())),
    }
}

fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// `+09:00`, `+0900`, `-05`; with `short`, also `+8` (after "GMT").
fn numeric(i: &str, short: bool) -> IResult<&str, UtcOffset> {
    let (i, sign) = alt((char('+'), char('-'), char('\u{2212}'))).parse_complete(i)?;
    let long = alt((
        (digits(2), opt(char(':')), digits(2), not_digit_next).map(|(h, _, m, _)| (h, m)),
        (digits(2), not_digit_next).map(|(h, _)| (h, "0")),
    ))
    .parse_complete(i);
    let (rest, (h, m)) = match long {
        Ok(ok) => ok,
        Err(e) if !short => return Err(e),
        Err(_) => (digits(1), not_digit_next)
            .map(|(h, _)| (h, "0"))
            .parse_complete(i)?,
    };
    let (Ok(h), Ok(m)) = (h.parse::<i8>(), m.parse::<i8>()) else {
        return fail(i);
    };
    let (h, m) = if sign == '+' { (h, m) } else { (-h, -m) };
    match UtcOffset::from_hms(h, m, 0) {
        Ok(o) if h.abs() <= 14 && m.abs() < 60 => Ok((rest, o)),
        _ => fail(i),
    }
}

/// A zone right after a clock time: "IST", "GMT+8", "UTC +05:30",
/// "+09:00", "+0900". "Z" is left to ISO 8601, where it belongs.
pub(crate) fn zone(i: &str, ist: UtcOffset) -> IResult<&str, UtcOffset> {
    let gmt: IResult<&str, &str> = (
        alt((tag("GMT"), tag("UTC"), tag("gmt"), tag("utc"))),
        not_alpha_next,
    )
        .map(|(t, _)| t)
        .parse_complete(i);
    if let Ok((rest, _)) = gmt {
        if let Ok((after, (_, o))) = (space0, |j| numeric(j, true)).parse_complete(rest) {
            return Ok((after, o));
        }
        return Ok((rest, UtcOffset::UTC));
    }
    if let Ok(ok) = numeric(i, false) {
        return Ok(ok);
    }
    let (rest, word) = recognize((
        take_while_m_n(2, 5, |c: char| c.is_ascii_alphabetic()),
        not_alpha_next,
    ))
    .parse_complete(i)?;
    match lookup(word, ist) {
        Some(o) => Ok((rest, o)),
        None => fail(i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn off(h: i8, m: i8) -> UtcOffset {
        UtcOffset::from_hms(h, m, 0).unwrap()
    }

    const INDIA: UtcOffset = match UtcOffset::from_hms(5, 30, 0) {
        Ok(o) => o,
        Err(_) => UtcOffset::UTC,
    };

    #[test]
    fn table_is_sorted_and_uppercase() {
        assert!(ZONES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(
            ZONES
                .iter()
                .all(|(n, _)| n.bytes().all(|b| b.is_ascii_uppercase()))
        );
    }

    #[test]
    fn abbreviations() {
        assert_eq!(lookup("KST", INDIA), Some(off(9, 0)));
        assert_eq!(lookup("JST", INDIA), Some(off(9, 0)));
        assert_eq!(lookup("EST", INDIA), Some(off(-5, 0)));
        assert_eq!(lookup("EDT", INDIA), Some(off(-4, 0)));
        assert_eq!(lookup("CST", INDIA), Some(off(-6, 0)));
        assert_eq!(lookup("PDT", INDIA), Some(off(-7, 0)));
        assert_eq!(lookup("BST", INDIA), Some(off(1, 0)));
        assert_eq!(lookup("CEST", INDIA), Some(off(2, 0)));
        assert_eq!(lookup("MSK", INDIA), Some(off(3, 0)));
        assert_eq!(lookup("AEST", INDIA), Some(off(10, 0)));
        assert_eq!(lookup("ist", INDIA), Some(off(5, 30)));
        assert_eq!(lookup("Est", INDIA), None);
        assert_eq!(lookup("XYZ", INDIA), None);
    }

    #[test]
    fn ist_is_configurable() {
        assert_eq!(lookup("IST", off(2, 0)), Some(off(2, 0)));
        assert_eq!(zone("IST", off(1, 0)).unwrap().1, off(1, 0));
    }

    #[test]
    fn zones_after_a_time() {
        assert_eq!(zone("KST rest", INDIA).unwrap(), (" rest", off(9, 0)));
        assert_eq!(zone("GMT", INDIA).unwrap().1, UtcOffset::UTC);
        assert_eq!(zone("GMT+8", INDIA).unwrap().1, off(8, 0));
        assert_eq!(zone("GMT +3", INDIA).unwrap().1, off(3, 0));
        assert_eq!(zone("UTC+05:30", INDIA).unwrap().1, off(5, 30));
        assert_eq!(zone("+09:00", INDIA).unwrap().1, off(9, 0));
        assert_eq!(zone("+0900", INDIA).unwrap().1, off(9, 0));
        assert_eq!(zone("-05:00", INDIA).unwrap().1, off(-5, 0));
        assert_eq!(zone("-0330", INDIA).unwrap().1, off(-3, -30));
    }

    #[test]
    fn not_zones() {
        assert!(zone("Tuesday", INDIA).is_err());
        assert!(zone("+9", INDIA).is_err());
        assert!(zone("+2500", INDIA).is_err());
        assert!(zone("ESTATE", INDIA).is_err());
        assert!(zone("", INDIA).is_err());
        // "GMT" alone stands, the odd digits after it are left.
        assert_eq!(zone("GMT +320", INDIA).unwrap(), (" +320", UtcOffset::UTC));
    }
}
