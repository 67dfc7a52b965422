//! The shape of a quote's words: whether the first letter is a capital,
//! whether they read as a title. (Their count is `layout::count_words`.)
//!
//! The quote loop asks this of every quote. Reading bytes and decoding only
//! the characters beyond ASCII keeps the rules of `char` (Unicode white
//! space, letters, capitals) without decoding every character, as the
//! `str` methods these stand for do.

/// The character starting at byte `i` of `s` (a character boundary) and
/// its length; `None` at the end.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The last character of `s[..j]` (`j` a character boundary) and its
/// length.
fn char_before(s: &str, j: usize) -> Option<(char, usize)> {
    let c = s.get(..j)?.chars().next_back()?;
    Some((c, c.len_utf8()))
}

/// Whether the character at byte `i` of `s` is white space, and its length.
fn space_at(s: &str, i: usize) -> Option<(bool, usize)> {
    let &b = s.as_bytes().get(i)?;
    if b < 0x80 {
        // The ASCII white space of `char::is_whitespace`: tab to carriage
        // return and the space (not the separators 0x1C to 0x1F).
        return Some((matches!(b, b'\t'..=b'\r' | b' '), 1));
    }
    char_at(s, i).map(|(c, n)| (c.is_whitespace(), n))
}

/// The words of `s` as `str::split_whitespace` cuts them.
pub(super) fn words(s: &str) -> impl Iterator<Item = &str> {
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some((true, n)) = space_at(s, i) {
            i += n;
        }
        let start = i;
        while let Some((false, n)) = space_at(s, i) {
            i += n;
        }
        (i > start).then(|| s.get(start..i)).flatten()
    })
}

/// Whether a character is a letter or digit, answered on the byte for
/// ASCII.
fn alnum_at(s: &str, i: usize) -> Option<(bool, usize)> {
    let &b = s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b.is_ascii_alphanumeric(), 1));
    }
    char_at(s, i).map(|(c, n)| (c.is_alphanumeric(), n))
}

/// Whether the first letter or digit of `s` is uppercase, as
/// `s.trim_start_matches(|c: char| !c.is_alphanumeric())
/// .starts_with(char::is_uppercase)` tells.
pub(super) fn starts_upper(s: &str) -> bool {
    first_alnum(s).is_some_and(|i| match s.as_bytes()[i] {
        b @ 0..0x80 => b.is_ascii_uppercase(),
        _ => char_at(s, i).is_some_and(|(c, _)| c.is_uppercase()),
    })
}

/// Whether the first letter or digit of `s` is a letter that is not a
/// capital: then `s` has a letter, and its first word (which starts with
/// that letter) is neither capitalised nor a number.
fn starts_lower(s: &str) -> bool {
    first_alnum(s).is_some_and(|i| match s.as_bytes()[i] {
        b @ 0..0x80 => b.is_ascii_lowercase(),
        _ => char_at(s, i).is_some_and(|(c, _)| c.is_alphabetic() && !c.is_uppercase()),
    })
}

/// Where the first letter or digit of `s` starts.
#[inline]
fn first_alnum(s: &str) -> Option<usize> {
    let mut i = 0;
    while let Some((alnum, n)) = alnum_at(s, i) {
        if alnum {
            return Some(i);
        }
        i += n;
    }
    None
}

/// `w` without the characters that are not letters or digits at either
/// end, as `w.trim_matches(|c: char| !c.is_alphanumeric())`.
fn trim_to_alnum(w: &str) -> &str {
    let mut a = 0;
    while let Some((false, n)) = alnum_at(w, a) {
        a += n;
    }
    let mut e = w.len();
    while e > a {
        let b = w.as_bytes()[e - 1];
        let (alnum, n) = if b < 0x80 {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            match char_before(w, e) {
                Some((c, n)) => (c.is_alphanumeric(), n),
                None => break,
            }
        };
        if alnum {
            break;
        }
        e -= n;
    }
    w.get(a..e).unwrap_or_default()
}

/// Whether some character of `s` is a letter.
fn has_letter(s: &str) -> bool {
    let mut i = 0;
    while let Some(&b) = s.as_bytes().get(i) {
        if b < 0x80 {
            if b.is_ascii_alphabetic() {
                return true;
            }
            i += 1;
        } else {
            let Some((c, n)) = char_at(s, i) else {
                return false;
            };
            if c.is_alphabetic() {
                return true;
            }
            i += n;
        }
    }
    false
}

/// A title, name or slogan in title case ("Morning Joe", "Legend in the
/// Coal Fields."), or no words at all ("1474387200"): nobody says it. Two to
/// ten words, no "I", each capitalised, a number or (after the first) a
/// small word.
pub(super) fn is_title(inner: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
        "with",
    ];
    // The first word starts with the first letter or digit: a small
    // letter there rules a title out, told without cutting any word, as
    // most quotes spoken of start with one.
    if starts_lower(inner) {
        return false;
    }
    // No letters at all: no words either.
    if !has_letter(inner) {
        return true;
    }
    // One pass over at most eleven words.
    let mut n = 0;
    let words = words(inner).map(trim_to_alnum).filter(|w| !w.is_empty());
    for (i, w) in words.take(11).enumerate() {
        n += 1;
        if w.eq_ignore_ascii_case("i") {
            return false;
        }
        let titled = match w.as_bytes().first() {
            Some(&b) if b < 0x80 => b.is_ascii_uppercase() || b.is_ascii_digit(),
            _ => w.starts_with(char::is_uppercase),
        } || (i > 0 && SMALL.contains(&w));
        if !titled {
            return false;
        }
    }
    (2..=10).contains(&n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::count_words;

    /// `is_title` as first written, on `char`s and the `str` methods.
    fn is_title_by_chars(inner: &str) -> bool {
        const SMALL: &[&str] = &[
            "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
            "with",
        ];
        if !inner.chars().any(char::is_alphabetic) {
            return true;
        }
        let mut n = 0;
        let words = inner
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty());
        for (i, w) in words.take(11).enumerate() {
            n += 1;
            if w.eq_ignore_ascii_case("i") {
                return false;
            }
            let titled = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || (i > 0 && SMALL.contains(&w));
            if !titled {
                return false;
            }
        }
        (2..=10).contains(&n)
    }

    #[test]
    fn same_as_the_str_methods() {
        let pieces = [
            "We",
            "will",
            "win",
            "of",
            "the",
            "I",
            "i",
            "“Hi,”",
            "—",
            "Écrit",
            "écrit",
            "ǅemal",
            "東京",
            "42",
            "...",
            "\u{a0}",
            "\u{2009}",
            "\u{3000}",
            "\u{1c}",
            "\u{b}",
            "\u{85}",
            "\t",
            "\n",
            " ",
            "",
            "don’t",
            "(Iran)",
            "'Yes'",
            "¿Qué?",
            "ßtraße",
            "Ünal.",
            "\u{301}A",
            "x\u{301}",
        ];
        let mut text = String::new();
        for a in &pieces {
            for b in &pieces {
                for c in &pieces {
                    for sep in [" ", "\u{a0}", ""] {
                        text.clear();
                        text.push_str(a);
                        text.push_str(sep);
                        text.push_str(b);
                        text.push(' ');
                        text.push_str(c);
                        let t = text.as_str();
                        assert_eq!(
                            words(t).collect::<Vec<_>>(),
                            t.split_whitespace().collect::<Vec<_>>(),
                            "{t:?}"
                        );
                        for most in [0, 1, 2, 7] {
                            assert_eq!(
                                count_words(t, most),
                                t.split_whitespace().take(most).count(),
                                "{t:?}"
                            );
                        }
                        assert_eq!(
                            starts_upper(t),
                            t.trim_start_matches(|c: char| !c.is_alphanumeric())
                                .starts_with(char::is_uppercase),
                            "{t:?}"
                        );
                        assert_eq!(
                            trim_to_alnum(t),
                            t.trim_matches(|c: char| !c.is_alphanumeric()),
                            "{t:?}"
                        );
                        assert_eq!(is_title(t), is_title_by_chars(t), "{t:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn reads_titles() {
        assert!(is_title("Art of the Deal"));
        assert!(is_title("—"));
        assert!(!is_title("We will win"));
        assert!(!is_title("Hope"));
        assert!(!is_title("What I Said"));
    }
}
