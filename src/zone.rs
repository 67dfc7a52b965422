//! Time zone abbreviations and their UTC offsets: "IST", "KST", "EDT",
//! "+09:00", "+0900", "GMT+8".

mod table;

use nom::IResult;
use time::UtcOffset;

use table::{Offset, ZONES};

/// The offset an abbreviation stands for; `ist` is what "IST" means.
///
/// The abbreviation must be written all upper or all lower case ("EST",
/// "ist"), since mixed case ("Est") is a word, not a zone.
pub(crate) fn lookup(abbr: &str, ist: UtcOffset) -> Option<UtcOffset> {
    let b = abbr.as_bytes();
    let upper = b.iter().all(u8::is_ascii_uppercase);
    let lower = b.iter().all(u8::is_ascii_lowercase);
    if b.is_empty() || b.len() > 5 || !(upper || lower) {
        return None;
    }
    // Letters only: clearing bit 5 uppercases each.
    let at = KEYS.binary_search(&key(b, !0x20)).ok()?;
    match ZONES[at].1 {
        Offset::Minutes(m) => UtcOffset::from_whole_seconds(i32::from(m) * 60).ok(),
        Offset::Ist => Some(ist),
    }
}

/// An abbreviation of at most five bytes, each masked by `mask`, as one
/// integer, its first byte highest: the integers of two abbreviations
/// compare as their bytes do (a shorter one's missing bytes are zeros,
/// below every letter).
///
/// [`lookup`] searches [`KEYS`] for it: searching [`ZONES`] compared
/// `str`s through `memcmp` at each step, after a UTF-8 check of the
/// uppercased copy, about 110 instructions a look-up.
const fn key(abbr: &[u8], mask: u8) -> u64 {
    let mut k = 0u64;
    let mut j = 0;
    while j < 5 {
        let b = if j < abbr.len() { abbr[j] & mask } else { 0 };
        k = k << 8 | b as u64;
        j += 1;
    }
    k
}

/// The [`key`] of each abbreviation of [`ZONES`], in its order, which the
/// build checks is the keys' order too.
const KEYS: [u64; ZONES.len()] = {
    let mut keys = [0u64; ZONES.len()];
    let mut k = 0;
    while k < ZONES.len() {
        let name = ZONES[k].0.as_bytes();
        assert!(name.len() <= 5, "an abbreviation longer than a key");
        keys[k] = key(name, 0xFF);
        assert!(
            k == 0 || keys[k - 1] < keys[k],
            "abbreviations out of order"
        );
        k += 1;
    }
    keys
};

/// Whether `i` opens with an alphabetic character (any script's, as
/// `char::is_alphabetic` has it), told from the first byte when it is ASCII.
fn alpha_next(i: &str) -> bool {
    match i.as_bytes().first() {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphabetic(),
        Some(_) => i.chars().next().is_some_and(char::is_alphabetic),
    }
}

fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// `+09:00`, `+0900`, `-05`; with `short`, also `+8` (after "GMT"). The
/// sign may be U+2212 MINUS SIGN.
///
/// Read on bytes: a run of two or four digits is read by places, where
/// nom's alternatives of digit runs cut the same digits as `str`s and
/// parsed them again (see [`zone`]).
fn numeric(i: &str, short: bool) -> Option<(&str, UtcOffset)> {
    let b = i.as_bytes();
    let (negative, sign) = match b {
        [b'+', ..] => (false, 1),
        [b'-', ..] => (true, 1),
        [0xE2, 0x88, 0x92, ..] => (true, 3),
        _ => return None,
    };
    let d = &b[sign..];
    let digit = |k: usize| d.get(k).filter(|c| c.is_ascii_digit()).map(|c| c - b'0');
    // Hours of two digits, then minutes of two after an optional colon,
    // and no digit after either; else a lone hour digit, after "GMT" only.
    let (h, m, len) = match (digit(0), digit(1)) {
        (Some(h1), Some(h0)) => {
            let colon = usize::from(d.get(2) == Some(&b':'));
            match (digit(2 + colon), digit(3 + colon)) {
                (Some(m1), Some(m0)) if digit(4 + colon).is_none() => {
                    (10 * h1 + h0, 10 * m1 + m0, 4 + colon)
                }
                _ if digit(2).is_none() => (10 * h1 + h0, 0, 2),
                _ => return None,
            }
        }
        (Some(h), None) if short => (h, 0, 1),
        _ => return None,
    };
    if h > 14 || m >= 60 {
        return None;
    }
    // At most 14 and 59: both fit an `i8`.
    let (h, m) = (h as i8, m as i8);
    let (h, m) = if negative { (-h, -m) } else { (h, m) };
    let offset = UtcOffset::from_hms(h, m, 0).ok()?;
    Some((&i[sign + len..], offset))
}

/// A zone right after a clock time: "IST", "GMT+8", "UTC +05:30",
/// "+09:00", "+0900". "Z" is left to ISO 8601, where it belongs.
///
/// Read on bytes: asked after every clock a stamp holds, nom's tags and
/// alternatives of digit runs took about 220 instructions a call over
/// corpora/real.
pub(crate) fn zone(i: &str, ist: UtcOffset) -> IResult<&str, UtcOffset> {
    let b = i.as_bytes();
    if matches!(b.get(..3), Some(b"GMT" | b"UTC" | b"gmt" | b"utc")) && !alpha_next(&i[3..]) {
        let rest = &i[3..];
        let spaces = rest
            .bytes()
            .take_while(|&c| c == b' ' || c == b'\t')
            .count();
        return Ok(numeric(&rest[spaces..], true).unwrap_or((rest, UtcOffset::UTC)));
    }
    if let Some(ok) = numeric(i, false) {
        return Ok(ok);
    }
    // An abbreviation of two to five ASCII letters, a whole word.
    let letters = b
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if letters < 2 || alpha_next(&i[letters..]) {
        return fail(i);
    }
    match lookup(&i[..letters], ist) {
        Some(o) => Ok((&i[letters..], o)),
        None => fail(i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use nom::Parser;
    use nom::branch::alt;
    use nom::bytes::complete::{tag, take_while_m_n};
    use nom::character::complete::{char, space0};
    use nom::combinator::{opt, recognize};

    // The nom reading [`zone`] and [`numeric`] replace, kept to check them.

    fn digits(n: usize) -> impl FnMut(&str) -> IResult<&str, &str> {
        move |i| take_while_m_n(n, n, |c: char| c.is_ascii_digit()).parse_complete(i)
    }

    fn not_digit_next(i: &str) -> IResult<&str, ()> {
        match i.chars().next() {
            Some(c) if c.is_ascii_digit() => fail(i),
            _ => Ok((i, ())),
        }
    }

    fn not_alpha_next(i: &str) -> IResult<&str, ()> {
        match i.chars().next() {
            Some(c) if c.is_alphabetic() => fail(i),
            _ => Ok((i, ())),
        }
    }

    fn numeric_reference(i: &str, short: bool) -> IResult<&str, UtcOffset> {
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

    fn zone_reference(i: &str, ist: UtcOffset) -> IResult<&str, UtcOffset> {
        let gmt: IResult<&str, &str> = (
            alt((tag("GMT"), tag("UTC"), tag("gmt"), tag("utc"))),
            not_alpha_next,
        )
            .map(|(t, _)| t)
            .parse_complete(i);
        if let Ok((rest, _)) = gmt {
            if let Ok((after, (_, o))) =
                (space0, |j| numeric_reference(j, true)).parse_complete(rest)
            {
                return Ok((after, o));
            }
            return Ok((rest, UtcOffset::UTC));
        }
        if let Ok(ok) = numeric_reference(i, false) {
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

    proptest::proptest! {
        #[test]
        fn zones_read_as_the_reference(
            s in "(GMT|UTC|gmt|Gmt|utc|IST|ist|Est|KST|CEST|AKDT|NZDT|XYZ|ES|E|T|\\+|-|\u{2212}|:|0|1|4|5|9|15|\u{e9}|\u{663}| |\t|\\.){0,6}",
            short in proptest::bool::ANY,
        ) {
            proptest::prop_assert_eq!(zone(&s, INDIA).ok(), zone_reference(&s, INDIA).ok());
            proptest::prop_assert_eq!(numeric(&s, short), numeric_reference(&s, short).ok());
        }
    }

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

    /// [`lookup`] as first written: the uppercased copy searched for among
    /// the table's names.
    fn lookup_reference(abbr: &str, ist: UtcOffset) -> Option<UtcOffset> {
        let upper = abbr.bytes().all(|b| b.is_ascii_uppercase());
        let lower = abbr.bytes().all(|b| b.is_ascii_lowercase());
        if abbr.is_empty() || abbr.len() > 5 || !(upper || lower) {
            return None;
        }
        let key = abbr.to_ascii_uppercase();
        let at = ZONES
            .binary_search_by(|(name, _)| name.cmp(&key.as_str()))
            .ok()?;
        match ZONES[at].1 {
            Offset::Minutes(m) => UtcOffset::from_whole_seconds(i32::from(m) * 60).ok(),
            Offset::Ist => Some(ist),
        }
    }

    #[test]
    fn every_abbreviation_and_its_neighbours_look_up_as_the_reference() {
        for (name, _) in ZONES {
            let lower = name.to_ascii_lowercase();
            let shorter = &name[..name.len() - 1];
            let longer = format!("{name}A");
            let next = format!("{shorter}{}", (name.as_bytes()[name.len() - 1] + 1) as char);
            for w in [*name, &lower, shorter, &longer, &next, &name[1..]] {
                assert_eq!(lookup(w, INDIA), lookup_reference(w, INDIA), "{w}");
            }
            assert!(lookup(name, INDIA).is_some(), "{name}");
            assert!(lookup(&lower, INDIA).is_some(), "{lower}");
        }
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
