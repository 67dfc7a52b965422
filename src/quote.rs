//! Quoted spans: mark pairing and kinds.

use std::borrow::Cow;

use crate::agency::Lexicon;
use crate::layout::Layout;
use crate::{Attribution, Span};

/// What kind of quoted span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum QuoteKind {
    /// One or more complete sentences of speech.
    Full,
    /// A fragment of speech inside the reporter's sentence.
    Partial,
    /// A scare quote, title, slogan or name that nobody speaks.
    Term,
    /// Verbatim speech with no quote marks, after "said:".
    Unquoted,
}

/// Who speaks a quote.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Speaker<'a> {
    /// The fullest name the text gives the speaker.
    pub name: Cow<'a, str>,
    /// The mention the cue names ("he", "the news agency", "Kim").
    pub span: Span,
}

/// A quoted span and who said it.
///
/// # Examples
///
/// ```
/// let article = newswire::parse("T\n\n\"We will win,\" Kim said.");
/// let _ = &article.quotes;
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Quote<'a> {
    /// The words between the marks, not the marks.
    pub text: &'a str,
    /// Where `text` is in the input.
    pub span: Span,
    /// Full speech, partial, term or unquoted.
    pub kind: QuoteKind,
    /// Who says it, when anyone does.
    pub speaker: Option<Speaker<'a>>,
    /// The speech verb or phrase: "said", "added", "quoted ... as saying".
    pub cue: Option<&'a str>,
    /// The agencies the quote came through, innermost first.
    pub chain: Vec<Cow<'a, str>>,
}

pub(crate) fn find<'a>(
    text: &'a str,
    layout: &Layout,
    lexicon: &Lexicon,
    attributions: &[Attribution<'a>],
) -> Vec<Quote<'a>> {
    let _ = (text, layout, lexicon, attributions);
    Vec::new()
}
