//! The shape of a quote's words: whether the first letter is a capital,
//! whether they read as a title. (Their count is `layout::count_words`.)
//!
//! The quote loop asks these of every quote. Reading bytes and decoding only
//! the characters beyond ASCII keeps the rules of `char` (Unicode white
//! space, letters, capitals) without decoding every character, as the
//! `str` methods these stand for do.

use super::marks::{ALNUM, ASCII_NEIGHBOUR, Pair, WS};
use super::token::Tok;

/// The character starting at byte `i` of `s` (a character boundary) and
/// its length; `None` at the end.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
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
    // Most quotes open on an ASCII letter or digit, which answers at once
    // on its byte: the walk to the first letter or digit took some 26
    // instructions a quote, 16,000 over corpora/real. A capital is tested
    // alone first (about half the quotes): one range test rather than the
    // letter-or-digit test and then the capital's (3,100 fewer).
    match s.as_bytes().first() {
        Some(b'A'..=b'Z') => return true,
        Some(b'a'..=b'z' | b'0'..=b'9') => return false,
        _ => {}
    }
    first_alnum(s).is_some_and(|i| match s.as_bytes()[i] {
        b @ 0..0x80 => b.is_ascii_uppercase(),
        _ => char_at(s, i).is_some_and(|(c, _)| c.is_uppercase()),
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
///
/// Most quotes spoken of open on a small letter, which rules a title out:
/// that byte is told first, in a function needing none of the registers
/// the word loop saves and restores, and only the other quotes go on to
/// [`is_title_by_words`] (a jump, not a call). That spares 325 of the 690
/// quotes asked over corpora/real some 22 instructions each. Neither is
/// inlined: in the quote loop either moved its registers about at a cost
/// of more than it saved. The quote loop now asks [`is_quote_title`],
/// which turns most of the other quotes down on their tokens before the
/// walk; this is asked where only a quote's text is at hand (34 quotes
/// over corpora/real).
#[inline(never)]
pub(super) fn is_title(inner: &str) -> bool {
    if inner.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    is_title_by_words(inner)
}

/// How many of a quote's first tokens [`is_quote_title`] reads for a word
/// that rules a title out: a title has ten words at most, and most quotes
/// that are none show such a word among their first few tokens.
const TITLE_TOKENS: usize = 24;

/// [`is_title`] of the quote `p`, whose tokens are `toks` and whose words
/// are `inner` (the text of `p.inner`, which the quote loop slices anyway:
/// taken from it, the bytes need no second check of their character
/// boundaries, some 12 instructions a quote).
///
/// A word after a space that opens on a small ASCII letter opening no
/// small word rules a title out, wherever it stands: the word walk stops
/// there, or at an earlier word that rules it out, or past ten words.
/// Such a word is told from the tokens, which the tokenizer cut already,
/// at one byte compare a token, where the walk read every byte of the
/// words before it (a quote opening on a capital: "The president said",
/// about 20 bytes and 220 instructions over corpora/real). The walk reads
/// only the quotes the tokens do not rule out, the titles among them.
#[inline(never)]
pub(super) fn is_quote_title(toks: &[Tok], p: &Pair, inner: &str) -> bool {
    let s = inner.as_bytes();
    if s.first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    // Past the opening mark, up to the closing one, as `quote_words` reads
    // them. A token opening on a small letter is inside the inner (no mark
    // is a letter, and the inner is trimmed of white space only, which no
    // token holds), and after the inner's first byte, which is no small
    // letter, so the byte before it is inside the inner too. A mark's
    // token before the inner (the second sign of `''`) wraps past its end.
    let quoted = &toks[p.open_tok + 1..p.close_tok];
    let ruled_out = quoted[..quoted.len().min(TITLE_TOKENS)].iter().any(|t| {
        let a = t.span.start.wrapping_sub(p.inner.start);
        s.get(a).is_some_and(u8::is_ascii_lowercase)
            && s[a - 1] == b' '
            && (opens_no_title_word(s[a]) || long_plain_word(t))
    });
    if ruled_out {
        debug_assert!(!is_title_by_words(inner), "{inner:?}");
        return false;
    }
    is_title_by_words(inner)
}

/// Whether the word token `t` is of ASCII letters and digits only, five or
/// more of them: opening on a small letter, it is longer than any small
/// word, so it is not [`titled`] ("that", "will" and "with" open alike;
/// the length tells them apart). Told from the token's bits and length,
/// where reading its first five bytes took some 35 instructions; a word
/// that is not plain is left to the other tokens or the word walk.
fn long_plain_word(t: &Tok) -> bool {
    t.plain() && t.span.len() > 4 + usize::from(t.took_period())
}

/// [`is_title`] of a quote not opening on a small ASCII letter.
#[inline(never)]
fn is_title_by_words(inner: &str) -> bool {
    let s = inner.as_bytes();
    // The run of characters before the first letter or digit, walked here
    // rather than by `first_alnum` and then again by `has_letter`: the first
    // word starts at that letter or digit, and what it is answers most
    // quotes at once. A small letter rules a title out, told without
    // cutting any word, as most quotes spoken of start with one; a capital
    // shows the quote has a letter; only a digit leaves the rest to be
    // searched for one. (A character beyond ASCII is a letter or digit
    // when `is_alphabetic` or `is_numeric`, the two halves of
    // `is_alphanumeric`.)
    let mut i = 0;
    let first_is_letter = loop {
        let Some(&b) = s.get(i) else {
            // No letters or digits at all: no words either.
            return true;
        };
        if b < 0x80 {
            if b.is_ascii_lowercase() {
                return false;
            }
            if b.is_ascii_alphanumeric() {
                break b.is_ascii_uppercase();
            }
            i += 1;
        } else {
            // (Never `None`: `i` is a character boundary short of the end.)
            let Some((c, len)) = char_at(inner, i) else {
                return true;
            };
            if c.is_alphabetic() {
                if !c.is_uppercase() {
                    return false;
                }
                break true;
            }
            if c.is_numeric() {
                break false;
            }
            i += len;
        }
    };
    // Opening with a digit, a quote with no letter after it has no words.
    if !first_is_letter && !has_letter(&inner[i..]) {
        return true;
    }
    // One pass over the bytes up to the eleventh word. A word is cut at
    // white space, as `split_whitespace` cuts, and kept from its first
    // letter or digit to the end of its last, as `trim_matches` of the
    // other characters keeps it; a word with neither is none. Both are
    // told in the same loop, on the byte for ASCII and on the decoded
    // character beyond it, so no word is read twice.
    let mut n = 0;
    // The word being read, from its first letter or digit to the end of
    // its last, once it has one.
    let mut word: Option<(usize, usize)> = None;
    // From the first letter or digit: the characters before it open no
    // word.
    while n < 11 {
        // Whether the character at `i` is white space or a letter or
        // digit, as bits of `marks::neighbour`, an ASCII one read from its
        // table, and its length; the end of the text is white space that
        // ends the last word.
        let (class, len) = match s.get(i) {
            Some(&b) if b < 0x80 => (ASCII_NEIGHBOUR[usize::from(b)], 1),
            Some(_) => match char_at(inner, i) {
                Some((c, len)) if c.is_alphanumeric() => (ALNUM, len),
                Some((c, len)) => (if c.is_whitespace() { WS } else { 0 }, len),
                None => break,
            },
            None => (WS, 0),
        };
        if class & ALNUM != 0 {
            let start = match word {
                Some((a, _)) => a,
                // A word whose first letter is a small one that opens no
                // small word is not titled: told at that letter, without
                // reading the rest of the word (most words of a quote
                // spoken of, after its first).
                None if opens_no_title_word(s[i]) => return false,
                None => i,
            };
            // The ASCII letters and digits that follow, most of a word,
            // skipped in a loop of their own: each only moves the word's
            // end. Told from the table the word loop reads (one load each,
            // fewer instructions than `u8::is_ascii_alphanumeric`'s ranges).
            let mut end = i + len;
            while s
                .get(end)
                .is_some_and(|&b| b < 0x80 && ASCII_NEIGHBOUR[usize::from(b)] & ALNUM != 0)
            {
                end += 1;
            }
            word = Some((start, end));
            i = end;
            continue;
        } else if class & WS != 0 {
            if let Some((a, e)) = word.take() {
                if !titled(&s[a..e], n) {
                    return false;
                }
                n += 1;
            }
            if len == 0 {
                break;
            }
        }
        i += len;
    }
    (2..=10).contains(&n)
}

/// The small words a title may hold after its first word.
const SMALL: &[&[u8]] = &[
    b"a", b"an", b"and", b"as", b"at", b"by", b"for", b"from", b"in", b"of", b"on", b"or", b"the",
    b"to", b"with",
];

/// The first letters of the [`SMALL`] words, as bits (`a` the lowest).
const SMALL_INITIALS: u32 = {
    let mut bits = 0;
    let mut k = 0;
    while k < SMALL.len() {
        bits |= 1 << (SMALL[k][0] - b'a');
        k += 1;
    }
    bits
};

/// Whether a word opening with the byte `b` (its first letter or digit)
/// cannot be [`titled`]: a small ASCII letter that no small word opens
/// with. ("i" opens small words, so the word "I" is left to `titled`.)
#[inline]
fn opens_no_title_word(b: u8) -> bool {
    b.is_ascii_lowercase() && SMALL_INITIALS >> (b - b'a') & 1 == 0
}

/// Whether `w`, the `i`th word of a quote without the characters that are
/// not letters or digits at its ends, may stand in a title: not "I", and
/// capitalised, a number or (after the first) a small word.
///
/// The word is read as bytes (a slice of the text at character
/// boundaries), decoded only when it opens beyond ASCII.
fn titled(w: &[u8], i: usize) -> bool {
    if w.eq_ignore_ascii_case(b"i") {
        return false;
    }
    (match w.first() {
        Some(&b) if b < 0x80 => b.is_ascii_uppercase() || b.is_ascii_digit(),
        _ => std::str::from_utf8(w).is_ok_and(|w| w.starts_with(char::is_uppercase)),
    }) || (i > 0 && SMALL.contains(&w))
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
            "don't",
            "cap",
            "andes",
            "from",
            "fromage",
            "say",
            "z",
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
                        assert_eq!(is_title(t), is_title_by_chars(t), "{t:?}");
                    }
                }
            }
        }
    }

    /// The title test, told at a word's first letter where it can be,
    /// answers as first written on every quote of every seed page and real
    /// story, and on the first one to twelve words from every word start
    /// of their paragraphs.
    #[test]
    fn real_quotes_and_runs_of_words_read_as_first_written() {
        let (mut read, mut titles) = (0, 0);
        for (path, text) in crate::test_stories::stories() {
            let text = text.as_str();
            let layout = crate::layout::Layout::new(text);
            let segs: Vec<crate::Span> = layout.body().map(|p| p.span).collect();
            let mut pieces: Vec<&str> = super::super::marks::pairs(text, &segs)
                .iter()
                .map(|p| &text[p.inner])
                .collect();
            for seg in &segs {
                let para = &text[*seg];
                let starts = para
                    .char_indices()
                    .filter(|&(k, c)| {
                        !c.is_whitespace() && para[..k].ends_with(char::is_whitespace)
                    })
                    .map(|(k, _)| k);
                for k in std::iter::once(0).chain(starts) {
                    let rest = &para[k..];
                    let mut ends = rest.match_indices(char::is_whitespace).map(|(e, _)| e);
                    for _ in 0..12 {
                        match ends.next() {
                            Some(e) => pieces.push(&rest[..e]),
                            None => {
                                pieces.push(rest);
                                break;
                            }
                        }
                    }
                }
            }
            for t in pieces {
                assert_eq!(
                    is_title(t),
                    is_title_by_chars(t),
                    "{} {t:?}",
                    path.display()
                );
                read += 1;
                titles += usize::from(is_title(t));
            }
        }
        assert!(read > 1000 && titles > 10, "{read} {titles}");
    }

    #[test]
    fn small_initials_are_the_small_words_first_letters() {
        for b in b'a'..=b'z' {
            let opens_small = SMALL.iter().any(|w| w[0] == b);
            assert_eq!(opens_no_title_word(b), !opens_small, "{}", b as char);
        }
        for b in (0..=255u8).filter(|b| !b.is_ascii_lowercase()) {
            assert!(!opens_no_title_word(b), "{b}");
        }
    }

    /// The walk to the first letter or digit answers from it: a small one
    /// (ASCII or beyond) is no title, a capital goes on to the words, and a
    /// digit leaves the rest to be searched for a letter.
    #[test]
    fn told_from_the_first_letter_or_digit() {
        for (text, title) in [
            ("“¿quién? Dijo", false),
            ("…écrit Ici", false),
            ("…Écrit Ici", true),
            ("(Art of the Deal", true),
            ("— 1474387200, 42 —", true),
            ("«٣»", true),
            ("1984", true),
            ("1984 And Beyond", true),
            ("1984 and beyond", false),
            ("1984 I Said", false),
        ] {
            assert_eq!(is_title(text), title, "{text:?}");
            assert_eq!(is_title_by_chars(text), title, "{text:?}");
        }
    }

    /// A word's end is moved past its ASCII letters and digits in a loop
    /// of their own, then read on through what follows them: letters
    /// beyond ASCII, marks inside the word, and the signs trimmed off its
    /// end, so that "i" and the small words are still told whole.
    #[test]
    fn words_read_past_their_ascii_runs() {
        for (text, title) in [
            ("Crème Brûlée", true),
            ("Don’t Stop", true),
            ("Hello—world Again", true),
            ("Tom's 2nd Act", true),
            ("War and Peace.", true),
            ("Art of the deal.", false),
            ("Me and i", false),
            ("Me and in", true),
            ("Me and inx", false),
            ("One x\u{301}", false),
        ] {
            assert_eq!(is_title(text), title, "{text:?}");
            assert_eq!(is_title_by_chars(text), title, "{text:?}");
        }
    }

    /// A plain word the title test takes for longer than any small word
    /// opens with five ASCII letters or digits, over every token of every
    /// seed page and real story, as the bytes of the text tell.
    #[test]
    fn long_plain_words_open_with_five_letters_or_digits() {
        let (mut long, mut short) = (0, 0);
        for (_, text) in crate::test_stories::stories() {
            let text = text.as_str();
            let layout = crate::layout::Layout::new(text);
            let Some(cut) = crate::quote::cut_every(text, &layout) else {
                continue;
            };
            for t in cut.tokens().iter().filter(|t| t.plain()) {
                let word = &text.as_bytes()[t.span.range()];
                let five = word.len() >= 5 && word[..5].iter().all(u8::is_ascii_alphanumeric);
                assert_eq!(long_plain_word(t), five, "{:?}", &text[t.span]);
                if five {
                    long += 1;
                } else {
                    short += 1;
                }
            }
        }
        assert!(long > 0 && short > 0, "{long} {short}");
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
