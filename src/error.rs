//! The one error type of the crate.

/// What went wrong in a component parser ([`Dateline::parse`](crate::Dateline::parse),
/// [`Stamp::parse`](crate::Stamp::parse)) or in [`parse_bytes`](crate::parse_bytes).
///
/// [`parse`](crate::parse) itself never fails: it returns what it could find.
/// Every variant names the byte offset where the input stopped making sense;
/// messages are lowercase with no trailing period, so they compose into longer
/// messages.
///
/// # Examples
///
/// ```
/// let err = newswire::Dateline::parse("(Reuters) -").unwrap_err();
/// assert!(err.to_string().contains("at byte 0"));
/// assert_eq!(err.offset(), 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input did not match the grammar at `offset`.
    #[error("{context}: expected {expected} at byte {offset}")]
    Expected {
        /// What was being parsed ("dateline", "stamp", ...).
        context: &'static str,
        /// What the grammar wanted to see there.
        expected: &'static str,
        /// Byte offset into the input given to the parser.
        offset: usize,
    },
    /// Month, day and year were read but name no calendar date (31 June).
    #[error("invalid date: {reason} at byte {offset}")]
    InvalidDate {
        /// Why the date was rejected.
        reason: &'static str,
        /// Byte offset of the date.
        offset: usize,
    },
    /// The input is longer than the component parser accepts.
    #[error("{context}: input of {len} bytes is over the limit of {limit} bytes at byte {limit}")]
    TooLong {
        /// What was being parsed.
        context: &'static str,
        /// Length of the input.
        len: usize,
        /// Largest accepted length.
        limit: usize,
    },
    /// Raw bytes that are not UTF-8.
    #[error("invalid utf-8 at byte {offset}")]
    Utf8 {
        /// Offset of the first byte that is not part of a valid sequence.
        offset: usize,
    },
}

impl Error {
    /// The byte offset the error points at.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = newswire::parse_bytes(b"ok \xff").unwrap_err();
    /// assert_eq!(err.offset(), 3);
    /// ```
    pub fn offset(&self) -> usize {
        match *self {
            Error::Expected { offset, .. }
            | Error::InvalidDate { offset, .. }
            | Error::Utf8 { offset } => offset,
            Error::TooLong { limit, .. } => limit,
        }
    }
}
