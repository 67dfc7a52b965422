//! Time zone abbreviations and their offsets from UTC, sorted.
//!
//! Ambiguous abbreviations take the reading news in English most often
//! means: CST is US Central, AST Atlantic, BST British Summer Time. IST is
//! looked up through the parser's options (India by default).

/// An abbreviation's offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Offset {
    /// Minutes east of UTC.
    Minutes(i16),
    /// Whatever the caller configured "IST" to mean.
    Ist,
}

use Offset::{Ist, Minutes};

/// Uppercase abbreviation, offset.
pub(crate) const ZONES: &[(&str, Offset)] = &[
    ("ACDT", Minutes(630)),
    ("ACST", Minutes(570)),
    ("ADT", Minutes(-180)),
    ("AEDT", Minutes(660)),
    ("AEST", Minutes(600)),
    ("AKDT", Minutes(-480)),
    ("AKST", Minutes(-540)),
    ("AST", Minutes(-240)),
    ("AWST", Minutes(480)),
    ("BST", Minutes(60)),
    ("CAT", Minutes(120)),
    ("CDT", Minutes(-300)),
    ("CEST", Minutes(120)),
    ("CET", Minutes(60)),
    ("CST", Minutes(-360)),
    ("EAT", Minutes(180)),
    ("EDT", Minutes(-240)),
    ("EEST", Minutes(180)),
    ("EET", Minutes(120)),
    ("EST", Minutes(-300)),
    ("GMT", Minutes(0)),
    ("HKT", Minutes(480)),
    ("HST", Minutes(-600)),
    ("ICT", Minutes(420)),
    ("IDT", Minutes(180)),
    ("IST", Ist),
    ("JST", Minutes(540)),
    ("KST", Minutes(540)),
    ("MDT", Minutes(-360)),
    ("MSK", Minutes(180)),
    ("MST", Minutes(-420)),
    ("MYT", Minutes(480)),
    ("NPT", Minutes(345)),
    ("NZDT", Minutes(780)),
    ("NZST", Minutes(720)),
    ("PDT", Minutes(-420)),
    ("PHT", Minutes(480)),
    ("PKT", Minutes(300)),
    ("PST", Minutes(-480)),
    ("SAST", Minutes(120)),
    ("SGT", Minutes(480)),
    ("UT", Minutes(0)),
    ("UTC", Minutes(0)),
    ("WAT", Minutes(60)),
    ("WEST", Minutes(60)),
    ("WET", Minutes(0)),
    ("WIB", Minutes(420)),
];
