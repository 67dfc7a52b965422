//! JSON shapes of the `time` values, as the contract in DESIGN.md writes them:
//! `"2019-08-15"`, `"09:20"`, `"+05:30"`.

use serde::Serializer;
use time::{Date, Time, UtcOffset};

pub(crate) fn date<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&format_args!(
        "{:04}-{:02}-{:02}",
        d.year(),
        d.month() as u8,
        d.day()
    ))
}

pub(crate) fn opt_time<S: Serializer>(t: &Option<Time>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.collect_str(&format_args!("{:02}:{:02}", t.hour(), t.minute())),
        None => s.serialize_none(),
    }
}

pub(crate) fn opt_offset<S: Serializer>(o: &Option<UtcOffset>, s: S) -> Result<S::Ok, S::Error> {
    match o {
        Some(o) => {
            let (h, m, _) = o.as_hms();
            let sign = if o.is_negative() { '-' } else { '+' };
            s.collect_str(&format_args!(
                "{sign}{:02}:{:02}",
                h.unsigned_abs(),
                m.unsigned_abs()
            ))
        }
        None => s.serialize_none(),
    }
}
