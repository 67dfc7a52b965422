//! Bylines: credited agencies and people.

use std::borrow::Cow;

use crate::Dateline;
use crate::agency::Lexicon;
use crate::layout::Layout;

/// Who is credited with the story.
///
/// # Examples
///
/// ```
/// let article = newswire::parse("Headline\n\nBy Yonhap\n\nSEOUL -- Text.");
/// let _agencies = &article.byline.agencies;
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Byline<'a> {
    /// Agencies credited as authors of this story, canonical, in order.
    pub agencies: Vec<Cow<'a, str>>,
    /// People credited with writing or reporting it.
    pub authors: Vec<&'a str>,
    /// People credited with editing it.
    pub editors: Vec<&'a str>,
}

pub(crate) fn find<'a>(
    text: &'a str,
    layout: &Layout,
    lexicon: &Lexicon,
    dateline: Option<&Dateline<'a>>,
) -> Byline<'a> {
    let _ = (text, layout, lexicon, dateline);
    Byline::default()
}
