//! Trims that tell the common case from a byte at each end.
//!
//! `str::trim` decodes a character at each end to test it for white space;
//! nearly every piece of text the stages trim opens and closes with a
//! visible ASCII byte, which is no white space, and is its own trim.

/// `s.trim()`, which is `s` itself when it opens and closes with a visible
/// ASCII byte: told from those two bytes, without decoding a character.
pub(crate) fn trim_visible(s: &str) -> &str {
    let b = s.as_bytes();
    let visible = |c: Option<&u8>| c.is_some_and(u8::is_ascii_graphic);
    if visible(b.first()) && visible(b.last()) {
        s
    } else {
        s.trim()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn trim_visible_is_trim(s in "[a. \t\n\u{a0}\u{3000}\u{e9})]{0,12}") {
            proptest::prop_assert_eq!(trim_visible(&s), s.trim());
        }
    }
}
