//! JSON shapes of the `time` values, as the contract in DESIGN.md writes them:
//! `"2019-08-15"`, `"09:20"`, `"+05:30"`.
//!
//! Each is written into a few bytes on the stack and handed over as a `str`:
//! `collect_str` of a `format_args!` runs the formatting machinery (about 750
//! instructions a value under serde_json, against some 100 this way), and a
//! story carries several stamps' worth of them.

use serde::Serializer;
use time::{Date, Time, UtcOffset};

/// `v` as two decimal digits; `v` is under 100.
fn two(v: u8) -> [u8; 2] {
    [b'0' + v / 10, b'0' + v % 10]
}

fn ascii(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("ASCII digits and punctuation")
}

pub(crate) fn date<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    // `{:04}` of a year outside 0..=9999 has a sign or a fifth digit; those
    // take the formatter.
    match u16::try_from(d.year()) {
        Ok(y) if y <= 9999 => {
            let [c, y] = [(y / 100) as u8, (y % 100) as u8];
            let ([a, b], [e, f]) = (two(c), two(y));
            let ([m1, m2], [d1, d2]) = (two(d.month() as u8), two(d.day()));
            s.serialize_str(ascii(&[a, b, e, f, b'-', m1, m2, b'-', d1, d2]))
        }
        _ => s.collect_str(&format_args!(
            "{:04}-{:02}-{:02}",
            d.year(),
            d.month() as u8,
            d.day()
        )),
    }
}

pub(crate) fn opt_time<S: Serializer>(t: &Option<Time>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => {
            let ([h1, h2], [m1, m2]) = (two(t.hour()), two(t.minute()));
            s.serialize_str(ascii(&[h1, h2, b':', m1, m2]))
        }
        None => s.serialize_none(),
    }
}

pub(crate) fn opt_offset<S: Serializer>(o: &Option<UtcOffset>, s: S) -> Result<S::Ok, S::Error> {
    match o {
        Some(o) => {
            // Hours are at most 25 and minutes 59 in a `UtcOffset`.
            let (h, m, _) = o.as_hms();
            let sign = if o.is_negative() { b'-' } else { b'+' };
            let ([h1, h2], [m1, m2]) = (two(h.unsigned_abs()), two(m.unsigned_abs()));
            s.serialize_str(ascii(&[sign, h1, h2, b':', m1, m2]))
        }
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use time::{Date, Month, Time, UtcOffset};

    /// What `write` writes through serde_json.
    fn json(
        write: impl FnOnce(&mut serde_json::Serializer<Vec<u8>>) -> serde_json::Result<()>,
    ) -> String {
        let mut ser = serde_json::Serializer::new(Vec::new());
        write(&mut ser).unwrap();
        String::from_utf8(ser.into_inner()).unwrap()
    }

    // The digits written by hand against the format strings they replace,
    // over every value each field can hold.
    #[test]
    fn dates_as_format_writes_them() {
        for year in (-9999..=9999)
            .step_by(7)
            .chain([-1, 0, 9, 10, 99, 100, 999, 1000, 9999])
        {
            for (month, day) in [(1, 1), (2, 28), (9, 9), (10, 10), (12, 31)] {
                let d =
                    Date::from_calendar_date(year, Month::try_from(month).unwrap(), day).unwrap();
                let want = format!("\"{year:04}-{month:02}-{day:02}\"");
                assert_eq!(json(|s| super::date(&d, s)), want);
            }
        }
    }

    #[test]
    fn times_and_offsets_as_format_writes_them() {
        assert_eq!(json(|s| super::opt_time(&None, s)), "null");
        assert_eq!(json(|s| super::opt_offset(&None, s)), "null");
        for h in 0..24 {
            for m in 0..60 {
                let t = Some(Time::from_hms(h, m, 0).unwrap());
                assert_eq!(
                    json(|s| super::opt_time(&t, s)),
                    format!("\"{h:02}:{m:02}\"")
                );
            }
        }
        for h in -25i8..=25 {
            for m in [0i8, 1, 30, 45, 59] {
                let m = if h < 0 { -m } else { m };
                let o = UtcOffset::from_hms(h, m, 0).unwrap();
                let sign = if o.is_negative() { '-' } else { '+' };
                let want = format!("\"{sign}{:02}:{:02}\"", h.unsigned_abs(), m.unsigned_abs());
                assert_eq!(json(|s| super::opt_offset(&Some(o), s)), want);
            }
        }
        // A negative offset under an hour keeps its sign.
        let o = UtcOffset::from_hms(0, -30, 0).unwrap();
        assert_eq!(json(|s| super::opt_offset(&Some(o), s)), "\"-00:30\"");
    }
}
