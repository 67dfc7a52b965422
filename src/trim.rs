//! Trims that tell the common case from a byte at each end.
//!
//! `str::trim` decodes a character at each end to test it for white space;
//! nearly every piece of text the stages trim opens and closes with a
//! visible ASCII byte, which is no white space, and is its own trim.
//! Also an ASCII ending stripped case aside, which the byline and the
//! dateline both ask for, and the char boundary at or below a byte, where
//! the byline, the relays and the dateline cut a window of text.

/// `s.trim()`, which is `s` itself when it opens and closes with a visible
/// ASCII byte: told from those two bytes, without decoding a character.
pub(crate) fn trim_visible(s: &str) -> &str {
    if opens_and_closes_visible(s) {
        s
    } else {
        trim_ascii_first(s)
    }
}

/// Whether `s` opens and closes with a visible ASCII byte, which is no
/// white space.
#[inline]
fn opens_and_closes_visible(s: &str) -> bool {
    let b = s.as_bytes();
    let visible = |c: Option<&u8>| c.is_some_and(u8::is_ascii_graphic);
    visible(b.first()) && visible(b.last())
}

/// [`trim_visible`] of a text with white space or another byte at an end.
///
/// Most such texts are pieces after a comma or a mark (" AP Sports
/// Writer", " PTI") or lines with their line break: their ASCII white
/// space is passed over as bytes, and only a text that then still opens
/// or closes with a byte that is not visible ASCII (which may lead
/// Unicode's white space) is trimmed by `str::trim`, which decodes a
/// character at each end (some 45 instructions a call). The ASCII white
/// space `trim_ascii` takes is white space to `str::trim` too, so where
/// the bytes left are visible both trims end there.
#[inline(never)]
fn trim_ascii_first(s: &str) -> &str {
    let t = s.trim_ascii();
    if opens_and_closes_visible(t) {
        t
    } else {
        s.trim()
    }
}

/// The largest char boundary of `text` at or below `i` (`text.len()` for
/// an `i` past the end): where a window of at most so many bytes ends.
/// `str::floor_char_boundary` does this from Rust 1.91, past this crate's
/// minimum of 1.88.
pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    // Most windows hold the whole text: told first.
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `s` without its ending `suffix` (ASCII), compared case aside: what
/// `s.to_ascii_lowercase().strip_suffix(suffix)` tells, without the
/// lowercase copy.
pub(crate) fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(suffix.len())?;
    let tail = s.get(cut..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &s[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn trim_visible_is_trim(s in "[a. \t\n\x0b\x0c\r\u{a0}\u{3000}\u{e9})]{0,12}") {
            proptest::prop_assert_eq!(trim_visible(&s), s.trim());
        }

        #[test]
        fn strip_suffix_ci_is_the_lowercase_strip(s in "[a-cA-C.\u{e9}\u{130}]{0,8}", suffix in "[a-c.]{0,3}") {
            let lower = s.to_ascii_lowercase();
            let want = lower.strip_suffix(suffix.as_str()).map(str::len);
            proptest::prop_assert_eq!(strip_suffix_ci(&s, &suffix).map(str::len), want);
        }
    }
}
