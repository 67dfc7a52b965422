//! Byte ranges into the parsed text.

use core::ops::{Index, Range};

/// A half-open byte range `[start, end)` into the text an [`Article`](crate::Article)
/// was parsed from.
///
/// Every extracted field carries the span it came from, so a caller can
/// highlight it, cut it out, or check it against the source. A `Span` indexes a
/// `str` directly.
///
/// In JSON a span is the two-element array `[start, end]`.
///
/// # Examples
///
/// ```
/// use newswire::Span;
///
/// let text = "SEOUL (Reuters) - Kim said";
/// let span = Span::new(0, 5);
/// assert_eq!(&text[span], "SEOUL");
/// assert_eq!(span.len(), 5);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    ///
    /// # Examples
    ///
    /// ```
    /// let span = newswire::Span::new(3, 7);
    /// assert_eq!((span.start, span.end), (3, 7));
    /// ```
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span of `part` inside `whole`, when `part` is a sub-slice of it.
    ///
    /// Fields such as byline names are `&str` slices of the input; this turns
    /// one back into its byte offsets.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "By Jack Kim";
    /// let name = &text[3..];
    /// assert_eq!(newswire::Span::of(text, name), Some(newswire::Span::new(3, 11)));
    /// assert_eq!(newswire::Span::of(text, "elsewhere"), None);
    /// ```
    pub fn of(whole: &str, part: &str) -> Option<Span> {
        let base = whole.as_ptr() as usize;
        let at = (part.as_ptr() as usize).checked_sub(base)?;
        let end = at.checked_add(part.len())?;
        (end <= whole.len()).then_some(Span::new(at, end))
    }

    /// Number of bytes covered.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies entirely inside this span.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The same span moved `by` bytes later, for spans found in a slice of
    /// the text rather than the whole of it.
    #[inline]
    pub const fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// The byte range, for slicing.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.start, self.end).serialize(s)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let (start, end) = <(usize, usize)>::deserialize(d)?;
        Ok(Span::new(start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn of_finds_subslices_only() {
        let text = "Pyongyang, August 16 (KCNA) --";
        let kcna = &text[22..26];
        assert_eq!(Span::of(text, kcna), Some(Span::new(22, 26)));
        let other = String::from("KCNA");
        assert_eq!(Span::of(text, &other), None);
    }

    #[test]
    fn indexes_str() {
        let text = "Kim Jong Un";
        assert_eq!(&text[Span::new(4, 11)], "Jong Un");
        assert!(Span::new(4, 4).is_empty());
        assert!(Span::new(0, 11).contains(Span::new(4, 8)));
        assert!(!Span::new(0, 5).contains(Span::new(4, 8)));
    }
}
