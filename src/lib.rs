#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![forbid(unsafe_code)]

mod agency;
mod article;
mod ascii8;
mod attribution;
mod byline;
mod cue;
mod date;
mod dateline;
mod dates;
mod error;
mod hint;
mod layout;
mod phrases;
mod quote;
mod room;
mod scratch;
#[cfg(feature = "serde")]
mod ser;
mod span;
mod speaker;
mod stamp;
#[cfg(test)]
mod test_stories;
mod trim;
mod zone;

#[doc(hidden)]
pub mod stages;

pub use agency::Agency;
pub use article::{Article, Headline, Parser, parse, parse_bytes, parse_bytes_lossy};
pub use attribution::Attribution;
pub use byline::Byline;
pub use dateline::Dateline;
pub use dates::{DateMention, DateValue, PartOfDay, Season};
pub use error::Error;
pub use quote::{Quote, QuoteKind, Speaker};
pub use span::Span;
pub use stamp::{Stamp, StampKind};
