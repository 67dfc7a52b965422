//! The whole pipeline: text in, [`Article`] out.

use std::borrow::Cow;
use std::sync::OnceLock;

use time::{Date, UtcOffset};

use crate::agency::{Agency, Lexicon};
use crate::attribution::Attribution;
use crate::layout::Layout;
use crate::{Byline, DateMention, Dateline, Error, Quote, Span, Stamp};

/// Everything newswire reads from one story.
///
/// Text fields borrow from the parsed input; every field carries the span it
/// came from.
///
/// # Examples
///
/// ```
/// let text = "Kim, Putin exchange greetings\n\nSEOUL (Reuters) - \"We are friends,\" Kim said.";
/// let article = newswire::parse(text);
/// assert_eq!(article.headline.unwrap().text, "Kim, Putin exchange greetings");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Article<'a> {
    /// The story's own title.
    pub headline: Option<Headline<'a>>,
    /// The story's paragraphs, in order: the text without menus, related
    /// stories, ads, captions and footers.
    pub body: Vec<Span>,
    /// The publication stamp (the first publication when the page shows both).
    pub published: Option<Stamp<'a>>,
    /// The latest update stamp, when the page shows one.
    pub updated: Option<Stamp<'a>>,
    /// Place, date and agency opening the story.
    pub dateline: Option<Dateline<'a>>,
    /// Credited agencies and people.
    pub byline: Byline<'a>,
    /// The article's main relay, innermost first: `["KCNA", "Yonhap", "IANS"]`.
    pub source_chain: Vec<Cow<'a, str>>,
    /// Every relay found in the text.
    pub attributions: Vec<Attribution<'a>>,
    /// Every quoted span in the story, in text order.
    pub quotes: Vec<Quote<'a>>,
    /// Date expressions in the story with their resolved values.
    pub dates: Vec<DateMention<'a>>,
}

/// A headline and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Headline<'a> {
    /// The headline as written, trimmed.
    pub text: &'a str,
    /// Where it is in the input.
    pub span: Span,
}

/// Options that change how text is read; set through [`Parser`].
#[derive(Clone, Debug)]
pub(crate) struct Options {
    /// Date that relative expressions resolve against when the story has no
    /// date of its own.
    pub reference_date: Option<Date>,
    /// Offset meant by "IST" (India by default; Israel and Ireland use it too).
    pub ist: UtcOffset,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            reference_date: None,
            ist: UtcOffset::from_hms(5, 30, 0).expect("valid offset"),
        }
    }
}

/// A configured parser: reference date, extra agencies.
///
/// [`parse`] is `Parser::new().parse`; build a `Parser` once and reuse it
/// when options are set, since adding agencies compiles a new lexicon.
///
/// # Examples
///
/// ```
/// use time::macros::date;
///
/// let parser = newswire::Parser::new().reference_date(date!(2019 - 08 - 15));
/// let article = parser.parse("Talks\n\nThe two leaders met on Thursday.");
/// let _ = article.dates;
/// ```
#[derive(Debug, Default)]
pub struct Parser {
    options: Options,
    extra: Vec<Agency>,
    lexicon: OnceLock<Lexicon>,
}

impl Parser {
    /// A parser with the default options and the built-in agencies.
    pub fn new() -> Parser {
        Parser::default()
    }

    /// The date relative expressions resolve against when the story carries
    /// no date of its own.
    pub fn reference_date(mut self, date: Date) -> Parser {
        self.options.reference_date = Some(date);
        self
    }

    /// The UTC offset "IST" stands for (default +05:30, India Standard Time).
    pub fn ist_offset(mut self, offset: UtcOffset) -> Parser {
        self.options.ist = offset;
        self
    }

    /// Know one more agency, or more names for a built-in one.
    pub fn agency(mut self, agency: Agency) -> Parser {
        self.extra.push(agency);
        self.lexicon = OnceLock::new();
        self
    }

    fn lexicon(&self) -> &Lexicon {
        if self.extra.is_empty() {
            Lexicon::builtin()
        } else {
            self.lexicon.get_or_init(|| Lexicon::new(&self.extra))
        }
    }

    /// Read one story. Never fails and never panics: what cannot be found is
    /// left empty.
    ///
    /// The working buffers a story needs are kept, emptied, for the next
    /// story read on the same thread, so that a loop over many stories does
    /// not allocate them anew each time: about 1.4 MB a thread at most. A
    /// story too long for that frees its buffers when it has been read.
    pub fn parse<'a>(&self, text: &'a str) -> Article<'a> {
        let lexicon = self.lexicon();
        let layout = Layout::new(text);
        let headline = layout.headline.map(|span| Headline {
            text: &text[span],
            span,
        });
        let stamps = crate::stamp::find(text, &layout, &self.options);
        let dateline = crate::dateline::find(text, &layout, lexicon);
        // Where the story starts, which the byline and the relays both read.
        let start = crate::byline::story_start(text, &layout, dateline.as_ref());
        let byline = crate::byline::find(text, &layout, lexicon, dateline.as_ref(), start);
        // The story's words, cut once for the relays' agency search, the
        // dates' gate and the quotes.
        let cut = crate::quote::cut(text, &layout);
        let relays = crate::attribution::find(text, &layout, lexicon, &byline, start, cut.as_ref());
        let anchor = story_date(
            stamps.published.as_ref(),
            stamps.updated.as_ref(),
            dateline.as_ref(),
            &self.options,
        );
        // The dates before the quotes, which take the tokens on: the dates'
        // gate reads the words it looks for off them.
        let dateline_span = dateline.as_ref().map(|d| d.span);
        let dates = crate::dates::find(text, &layout, anchor, dateline_span, cut.as_ref());
        // The body's spans from the cut, which holds them among its
        // segments, before the quotes take it on; from the layout for a story
        // with no cut (no quote mark or colon, some one in ten).
        let body = match &cut {
            Some(cut) => cut.body(),
            None => {
                // Sized by a count first: `collect` from a filter cannot know
                // the length, and a page with many paragraphs grew the list
                // several times.
                let mut body = Vec::with_capacity(layout.body().count());
                body.extend(layout.body().map(|p| p.span));
                body
            }
        };
        let quotes = crate::quote::find(text, lexicon, &relays, cut);
        Article {
            headline,
            body,
            published: stamps.published,
            updated: stamps.updated,
            dateline,
            byline,
            source_chain: relays.source_chain,
            attributions: relays.attributions,
            quotes,
            dates,
        }
    }

    /// Read one story from raw bytes, which must be UTF-8.
    ///
    /// # Errors
    ///
    /// [`Error::Utf8`] with the offset of the first invalid byte.
    pub fn parse_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Article<'a>, Error> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(self.parse(text)),
            Err(e) => Err(Error::Utf8 {
                offset: e.valid_up_to(),
            }),
        }
    }
}

/// The story's own date: its stamp, else its dateline's month and day in the
/// reference year, else the reference date.
pub(crate) fn story_date(
    published: Option<&Stamp<'_>>,
    updated: Option<&Stamp<'_>>,
    dateline: Option<&Dateline<'_>>,
    options: &Options,
) -> Option<Date> {
    if let Some(s) = published.or(updated) {
        return Some(s.date);
    }
    if let Some(d) = dateline
        && let (Some(m), Some(day)) = (d.month, d.day)
        && let Some(year) = d.year.or(options.reference_date.map(|r| r.year()))
        && let Ok(month) = time::Month::try_from(m)
        && let Ok(date) = Date::from_calendar_date(year, month, day)
    {
        return Some(date);
    }
    options.reference_date
}

/// Read one story with the default options.
///
/// # Examples
///
/// ```
/// let text = "Kim visits Liberation Tower\n\n\
///             Pyongyang, August 16 (KCNA) -- Kim Jong Un visited the Liberation Tower on Thursday, \
///             the anniversary of the country's liberation, and laid a wreath there.";
/// let article = newswire::parse(text);
/// assert_eq!(article.headline.unwrap().text, "Kim visits Liberation Tower");
/// ```
pub fn parse(text: &str) -> Article<'_> {
    static DEFAULT: OnceLock<Parser> = OnceLock::new();
    DEFAULT.get_or_init(Parser::new).parse(text)
}

/// Read one story from raw bytes, which must be UTF-8.
///
/// For a best effort on bytes that are not, see [`parse_bytes_lossy`].
///
/// # Errors
///
/// [`Error::Utf8`] with the offset of the first invalid byte.
///
/// # Examples
///
/// ```
/// assert!(newswire::parse_bytes(b"Headline\n\nText.").is_ok());
/// let err = newswire::parse_bytes(b"Head\xffline").unwrap_err();
/// assert_eq!(err.to_string(), "invalid utf-8 at byte 4");
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Article<'_>, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(parse(text)),
        Err(e) => Err(Error::Utf8 {
            offset: e.valid_up_to(),
        }),
    }
}

/// Read one story from raw bytes, replacing what is not UTF-8 with U+FFFD.
///
/// Valid UTF-8 is parsed in place and `scratch` is left alone. Otherwise the
/// text with each invalid sequence replaced is written into `scratch` and
/// parsed from there: spans then index `scratch`, not `bytes` (U+FFFD takes
/// three bytes where the invalid sequence may have taken one), so the
/// returned text is passed back for slicing.
///
/// # Examples
///
/// ```
/// let mut scratch = String::new();
/// let (text, article) = newswire::parse_bytes_lossy(b"Head\xffline of a story", &mut scratch);
/// assert_eq!(text, "Head\u{FFFD}line of a story");
/// if let Some(h) = article.headline {
///     assert_eq!(&text[h.span], h.text);
/// }
/// ```
pub fn parse_bytes_lossy<'a>(bytes: &'a [u8], scratch: &'a mut String) -> (&'a str, Article<'a>) {
    let text: &'a str = match String::from_utf8_lossy(bytes) {
        std::borrow::Cow::Borrowed(text) => text,
        std::borrow::Cow::Owned(fixed) => {
            *scratch = fixed;
            scratch.as_str()
        }
    };
    (text, parse(text))
}

#[cfg(feature = "serde")]
impl serde::Serialize for Article<'_> {
    /// The JSON contract of DESIGN.md: `headline` is the text, its span is
    /// `headline_span`; the other fields as their own types write them.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Article", 11)?;
        st.serialize_field("headline", &self.headline.map(|h| h.text))?;
        st.serialize_field("headline_span", &self.headline.map(|h| h.span))?;
        st.serialize_field("published", &self.published)?;
        st.serialize_field("updated", &self.updated)?;
        st.serialize_field("dateline", &self.dateline)?;
        st.serialize_field("byline", &self.byline)?;
        st.serialize_field("source_chain", &self.source_chain)?;
        st.serialize_field("attributions", &self.attributions)?;
        st.serialize_field("quotes", &self.quotes)?;
        st.serialize_field("dates", &self.dates)?;
        st.serialize_field("body", &self.body)?;
        st.end()
    }
}
