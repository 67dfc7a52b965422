//! Date expressions in the body, resolved against the story's own date.

use time::Date;

use crate::Span;
use crate::layout::Layout;

/// A resolved date value, as TimeML writes it: "2019-08-15", "2019-04",
/// "2019", "2019-W32".
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
}

impl core::fmt::Display for DateValue {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match *self {
            DateValue::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day()),
            DateValue::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            DateValue::Year(y) => write!(f, "{y:04}"),
            DateValue::Week(y, w) => write!(f, "{y:04}-W{w:02}"),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for DateValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A date expression in the text with its resolved value.
///
/// # Examples
///
/// ```
/// let article = newswire::parse("T\n\nThe talks ended on Thursday.");
/// let _ = &article.dates;
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

pub(crate) fn find<'a>(
    text: &'a str,
    layout: &Layout,
    anchor: Option<Date>,
) -> Vec<DateMention<'a>> {
    let _ = (text, layout, anchor);
    Vec::new()
}
