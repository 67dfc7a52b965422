//! Publication stamps: "By IANS | Updated: August 15, 2019 09:20 IST",
//! "Published : 2023/08/17 11:19 KST".

use time::{Date, Time, UtcOffset};

use crate::layout::Layout;
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

impl<'a> Stamp<'a> {
    /// Parse one stamp, with or without its label.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming what was expected at which byte when `s` is not a stamp.
    pub fn parse(s: &'a str) -> Result<Stamp<'a>, Error> {
        let _ = s;
        Err(Error::Expected {
            context: "stamp",
            expected: "a date",
            offset: 0,
        })
    }
}

/// The story's stamps found on the page.
#[derive(Debug, Default)]
pub(crate) struct Stamps<'a> {
    pub published: Option<Stamp<'a>>,
    pub updated: Option<Stamp<'a>>,
}

/// Find the story's own published and updated stamps, never page chrome.
pub(crate) fn find<'a>(
    text: &'a str,
    layout: &Layout,
    options: &crate::article::Options,
) -> Stamps<'a> {
    let _ = (text, layout, options);
    Stamps::default()
}
