//! JSON shapes of the `time` values, as the contract in DESIGN.md writes them:
//! `"2019-08-15"`, `"09:20"`, `"+05:30"`, and of [`DateValue`]s as their
//! `Display` writes them: `"2019-W32-WE"`, `"2013-03-22T10:30Z"`.
//!
//! Each is written into a few bytes on the stack and handed over as a `str`:
//! `collect_str` of a `format_args!` runs the formatting machinery (about 750
//! instructions a value under serde_json, against some 100 this way), and a
//! story carries several stamps' and dates' worth of them.

use serde::Serializer;
use time::{Date, Time, UtcOffset};

use crate::DateValue;

/// `v` as two decimal digits; `v` is under 100.
fn two(v: u8) -> [u8; 2] {
    [b'0' + v / 10, b'0' + v % 10]
}

fn ascii(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("ASCII digits and punctuation")
}

pub(crate) fn date<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    let mut out = Ascii::new();
    match out.day(*d) {
        Some(()) => s.serialize_str(out.as_str()),
        // `{:04}` of a year outside 0..=9999 has a sign or a fifth digit.
        None => s.collect_str(&format_args!(
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

/// A short ASCII text built on the stack.
///
/// Its writers cover the values stories hold: years 0 to 9999, fields under
/// 100. Each says `None` for anything else, and the caller then hands the
/// value to the formatter, which pads and signs it the same way.
struct Ascii {
    /// Room for the longest value written here: `"9999-12-31T99:99Z"`.
    bytes: [u8; 24],
    len: usize,
}

impl Ascii {
    fn new() -> Ascii {
        Ascii {
            bytes: [0; 24],
            len: 0,
        }
    }

    fn push(&mut self, s: &[u8]) {
        self.bytes[self.len..self.len + s.len()].copy_from_slice(s);
        self.len += s.len();
    }

    /// `{:04}`, the width of a year.
    fn year(&mut self, y: i32) -> Option<()> {
        let y = u16::try_from(y).ok().filter(|&y| y <= 9999)?;
        let (a, b) = (two((y / 100) as u8), two((y % 100) as u8));
        self.push(&[a[0], a[1], b[0], b[1]]);
        Some(())
    }

    /// `{:02}`, the width of a month, day, week, hour or minute.
    fn pair(&mut self, v: u8) -> Option<()> {
        (v < 100).then(|| self.push(&two(v)))
    }

    /// `{}` of a single digit: a quarter or a half.
    fn digit(&mut self, v: u8) -> Option<()> {
        (v < 10).then(|| self.push(&[b'0' + v]))
    }

    /// `{:04}-{:02}-{:02}`.
    fn day(&mut self, d: Date) -> Option<()> {
        // One conversion from the packed ordinal date, where `month()` and
        // `day()` each make their own.
        let (y, m, d) = d.to_calendar_date();
        self.year(y)?;
        self.push(b"-");
        self.pair(m as u8)?;
        self.push(b"-");
        self.pair(d)
    }

    /// A [`DateValue`] as its `Display` writes it, when its fields are in
    /// the ranges above.
    fn date_value(&mut self, v: &DateValue) -> Option<()> {
        match *v {
            DateValue::Day(d) => self.day(d),
            DateValue::Month(y, m) => {
                self.year(y)?;
                self.push(b"-");
                self.pair(m)
            }
            DateValue::Year(y) => self.year(y),
            DateValue::Week(y, w) | DateValue::Weekend(y, w) => {
                self.year(y)?;
                self.push(b"-W");
                self.pair(w)?;
                if matches!(v, DateValue::Weekend(..)) {
                    self.push(b"-WE");
                }
                Some(())
            }
            DateValue::Quarter(y, n) | DateValue::Half(y, n) => {
                self.year(y)?;
                self.push(if matches!(v, DateValue::Quarter(..)) {
                    b"-Q"
                } else {
                    b"-H"
                });
                self.digit(n)
            }
            DateValue::Season(y, season) => {
                self.year(y)?;
                self.push(b"-");
                self.push(season.code().as_bytes());
                Some(())
            }
            // `{:03}` of the decade's first three digits ("198" for the
            // 1980s), `{:02}` of the century's two.
            DateValue::Decade(d) => {
                let d = u16::try_from(d).ok().filter(|&d| d <= 999)?;
                let [a, b] = two((d / 10) as u8);
                self.push(&[a, b, b'0' + (d % 10) as u8]);
                Some(())
            }
            DateValue::Century(c) => self.pair(u8::try_from(c).ok()?),
            DateValue::PartOfDay(d, p) => {
                self.day(d)?;
                self.push(b"T");
                self.push(p.code().as_bytes());
                Some(())
            }
            DateValue::Time(d, h, m) | DateValue::UtcTime(d, h, m) => {
                self.day(d)?;
                self.push(b"T");
                self.pair(h)?;
                self.push(b":");
                self.pair(m)?;
                if matches!(v, DateValue::UtcTime(..)) {
                    self.push(b"Z");
                }
                Some(())
            }
        }
    }

    fn as_str(&self) -> &str {
        ascii(&self.bytes[..self.len])
    }
}

/// A [`DateValue`] as its `Display` writes it.
pub(crate) fn date_value<S: Serializer>(v: &DateValue, s: S) -> Result<S::Ok, S::Error> {
    let mut out = Ascii::new();
    match out.date_value(v) {
        Some(()) => s.serialize_str(out.as_str()),
        None => s.collect_str(v),
    }
}

#[cfg(test)]
mod tests {
    use time::{Date, Month, Time, UtcOffset};

    use crate::{DateValue, PartOfDay, Season};

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

    // Every shape of value against its `Display`, with the fields at the
    // ends of their types' ranges where the padding and sign change.
    #[test]
    fn date_values_as_display_writes_them() {
        let ints = [
            i32::MIN,
            -10000,
            -9999,
            -1000,
            -999,
            -100,
            -99,
            -10,
            -9,
            -1,
            0,
            1,
            9,
            10,
            99,
            100,
            199,
            999,
            1000,
            2019,
            9999,
            10000,
            i32::MAX,
        ];
        let smalls = [0u8, 1, 9, 10, 12, 53, 99, 100, 255];
        let days = [
            Date::MIN,
            Date::from_calendar_date(-1, Month::January, 1).unwrap(),
            Date::from_calendar_date(0, Month::December, 31).unwrap(),
            Date::from_calendar_date(7, Month::March, 9).unwrap(),
            Date::from_calendar_date(2019, Month::August, 15).unwrap(),
            Date::MAX,
        ];
        let seasons = [Season::Spring, Season::Summer, Season::Fall, Season::Winter];
        let parts = [
            PartOfDay::Morning,
            PartOfDay::Afternoon,
            PartOfDay::Evening,
            PartOfDay::Night,
        ];
        let mut values = Vec::new();
        for &y in &ints {
            values.extend([
                DateValue::Year(y),
                DateValue::Decade(y),
                DateValue::Century(y),
            ]);
            for &n in &smalls {
                values.extend([
                    DateValue::Month(y, n),
                    DateValue::Week(y, n),
                    DateValue::Weekend(y, n),
                    DateValue::Quarter(y, n),
                    DateValue::Half(y, n),
                ]);
            }
            values.extend(seasons.map(|s| DateValue::Season(y, s)));
        }
        for &d in &days {
            values.push(DateValue::Day(d));
            values.extend(parts.map(|p| DateValue::PartOfDay(d, p)));
            for &h in &smalls {
                for &m in &smalls {
                    values.extend([DateValue::Time(d, h, m), DateValue::UtcTime(d, h, m)]);
                }
            }
        }
        for v in values {
            assert_eq!(json(|s| super::date_value(&v, s)), format!("\"{v}\""));
        }
    }
}
