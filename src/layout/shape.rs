//! What the classification of a paragraph needs from its words, read in one
//! pass over its bytes.
//!
//! Words are what `str::split_whitespace` yields (Unicode white space, so a
//! no-break space separates words too). Most pages are ASCII between their
//! curly quotes, so ASCII bytes are classified directly and a character is
//! decoded only where a byte above 0x7F starts one.

/// Facts about a paragraph's words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Shape {
    /// White-space separated words.
    pub words: usize,
    /// Some character is alphabetic.
    pub alphabetic: bool,
    /// Some word is a file code ("XNP101": two or more capitals and digits
    /// each, twelve bytes at most, letters and digits only) or carries a wire
    /// slug's double dash ("BC-LT--Argentina").
    pub code_token: bool,
    /// Words containing a digit.
    pub numeric_words: usize,
    /// "by" (any case) is followed by a word opening with a capital letter.
    pub by_name: bool,
}

/// The word being read.
#[derive(Clone, Copy, Default)]
struct Word {
    len: usize,
    capitals: usize,
    digits: usize,
    /// Only ASCII letters and digits so far.
    alphanumeric: bool,
    double_dash: bool,
    opens_capital: bool,
    last: u8,
}

impl Word {
    fn start() -> Word {
        Word {
            alphanumeric: true,
            ..Word::default()
        }
    }

    fn is_code(&self) -> bool {
        (self.capitals >= 2 && self.digits >= 2 && self.len <= 12 && self.alphanumeric)
            || self.double_dash
    }
}

/// White-space separated words, as `p.split_whitespace().count()`.
///
/// Most paragraphs hold no non-ASCII space, and for them a word starts at
/// each byte that is not ASCII space after one that is: a loop without
/// branches, several times faster than decoding characters (a branch per
/// word boundary is a misprediction per word). The few paragraphs with a
/// no-break or other Unicode space are counted character by character.
pub(super) fn count_words(p: &str) -> usize {
    if has_unicode_space(p) {
        return p.split_whitespace().count();
    }
    count_ascii_spaced(p.as_bytes())
}

/// Whether `p` holds a white-space character outside ASCII. An ASCII
/// paragraph (most short lines) needs no search for one.
fn has_unicode_space(p: &str) -> bool {
    let bytes = p.as_bytes();
    !p.is_ascii()
        && memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes)
            .chain(memchr::memchr_iter(0xE3, bytes))
            .any(|i| opens_unicode_space(&bytes[i..]))
}

/// [`count_words`] of text whose only white space is ASCII.
fn count_ascii_spaced(bytes: &[u8]) -> usize {
    // A word opens at the first byte unless it is a space, and at every
    // byte that is not a space after one that is. Pairs of neighbouring
    // bytes are counted in blocks of a fixed size, which compile to straight
    // vector code; the last, short block is copied into spaces (a pair
    // ending in a space opens no word) rather than finished byte by byte:
    // most paragraphs are short, and a byte loop over their tails cost more
    // than all the vector work.
    let first = usize::from(bytes.first().is_some_and(|&b| !is_ascii_space(b)));
    let mut opens = 0;
    let mut at = 0;
    while at + BLOCK < bytes.len() {
        let before = <&[u8; BLOCK]>::try_from(&bytes[at..at + BLOCK]);
        let after = <&[u8; BLOCK]>::try_from(&bytes[at + 1..at + 1 + BLOCK]);
        if let (Ok(before), Ok(after)) = (before, after) {
            opens += pair_openings(before, after);
        }
        at += BLOCK;
    }
    let rest = &bytes[at..];
    if rest.len() > 1 {
        let mut tail = [b' '; BLOCK + 1];
        tail[..rest.len()].copy_from_slice(rest);
        let before = <&[u8; BLOCK]>::try_from(&tail[..BLOCK]);
        let after = <&[u8; BLOCK]>::try_from(&tail[1..]);
        if let (Ok(before), Ok(after)) = (before, after) {
            opens += pair_openings(before, after);
        }
    }
    first + opens
}

/// Bytes of a block of [`count_words`].
const BLOCK: usize = 32;

/// How many pairs `(before[i], after[i])` are a space then another byte.
fn pair_openings(before: &[u8; BLOCK], after: &[u8; BLOCK]) -> usize {
    let mut opens = 0u8;
    for (&a, &b) in before.iter().zip(after) {
        opens += u8::from(is_ascii_space(a) & !is_ascii_space(b));
    }
    usize::from(opens)
}

/// Whether `rest` opens with a non-ASCII white-space character: U+0085,
/// U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F or
/// U+3000, as `char::is_whitespace` has them.
fn opens_unicode_space(rest: &[u8]) -> bool {
    matches!(
        rest,
        [0xC2, 0x85 | 0xA0, ..]
            | [0xE1, 0x9A, 0x80, ..]
            | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
            | [0xE2, 0x81, 0x9F, ..]
            | [0xE3, 0x80, 0x80, ..]
    )
}

impl Shape {
    /// The shape of `p`.
    ///
    /// Most title candidates hold no digit and no Unicode space. Then no
    /// word is numeric, a file code (two digits at least) cannot occur, so
    /// only a double dash makes a code token, and "by" and the next word are
    /// found around each `y`: a few searches instead of reading every byte
    /// into word state ([`Shape::read`], which the rest take).
    pub(super) fn of(p: &str) -> Shape {
        let bytes = p.as_bytes();
        let digit = bytes.iter().fold(false, |d, b| d | b.is_ascii_digit());
        if digit || has_unicode_space(p) {
            return Shape::read(p);
        }
        Shape {
            words: count_ascii_spaced(bytes),
            alphabetic: bytes.iter().any(u8::is_ascii_alphabetic)
                || (!p.is_ascii() && p.chars().any(char::is_alphabetic)),
            code_token: memchr::memchr_iter(b'-', bytes).any(|i| bytes.get(i + 1) == Some(&b'-')),
            numeric_words: 0,
            by_name: by_then_capital(p),
        }
    }

    /// The shape of `p`, read byte by byte.
    fn read(p: &str) -> Shape {
        let bytes = p.as_bytes();
        let mut shape = Shape::default();
        let mut word: Option<Word> = None;
        let mut previous_was_by = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let (space, step) = if b < 0x80 {
                (is_ascii_space(b), 1)
            } else {
                match p.get(i..).and_then(|rest| rest.chars().next()) {
                    Some(c) => (c.is_whitespace(), c.len_utf8()),
                    // Not reached: `i` always sits on a character boundary.
                    None => break,
                }
            };
            if space {
                if let Some(w) = word.take() {
                    shape.end_word(&w, bytes, i, &mut previous_was_by);
                }
                i += step;
                continue;
            }
            let w = word.get_or_insert_with(Word::start);
            if b < 0x80 {
                shape.alphabetic |= b.is_ascii_alphabetic();
                if w.len == 0 {
                    w.opens_capital = b.is_ascii_uppercase();
                }
                w.capitals += usize::from(b.is_ascii_uppercase());
                w.digits += usize::from(b.is_ascii_digit());
                w.alphanumeric &= b.is_ascii_alphanumeric();
                w.double_dash |= b == b'-' && w.last == b'-';
            } else if let Some(c) = p.get(i..).and_then(|rest| rest.chars().next()) {
                shape.alphabetic |= c.is_alphabetic();
                if w.len == 0 {
                    w.opens_capital = c.is_uppercase();
                }
                w.alphanumeric = false;
            }
            w.last = b;
            w.len += step;
            i += step;
        }
        if let Some(w) = word {
            shape.end_word(&w, bytes, bytes.len(), &mut previous_was_by);
        }
        shape
    }

    fn end_word(&mut self, w: &Word, bytes: &[u8], end: usize, previous_was_by: &mut bool) {
        self.words += 1;
        self.numeric_words += usize::from(w.digits > 0);
        self.code_token |= w.is_code();
        self.by_name |= *previous_was_by && w.opens_capital;
        *previous_was_by = w.len == 2 && bytes[end - 2..end].eq_ignore_ascii_case(b"by");
    }
}

/// Whether the word "by" (any case) is followed by a word opening with a
/// capital letter, in `p` whose only white space is ASCII.
fn by_then_capital(p: &str) -> bool {
    let bytes = p.as_bytes();
    memchr::memchr2_iter(b'y', b'Y', bytes).any(|y| {
        let word_by = y >= 1
            && matches!(bytes[y - 1], b'b' | b'B')
            && (y == 1 || is_ascii_space(bytes[y - 2]))
            && bytes.get(y + 1).is_some_and(|&b| is_ascii_space(b));
        word_by && {
            // `y + 1` and every space after it are ASCII, so `next` sits on
            // a character boundary.
            let spaces = bytes[y + 1..]
                .iter()
                .take_while(|&&b| is_ascii_space(b))
                .count();
            let next = y + 1 + spaces;
            p.get(next..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        }
    })
}

/// ASCII white space as `char::is_whitespace` has it (vertical tab included,
/// unlike `u8::is_ascii_whitespace`): the space and bytes 9 to 13.
pub(super) fn is_ascii_space(b: u8) -> bool {
    b == b' ' || b.wrapping_sub(b'\t') <= 0x0D - b'\t'
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same facts the slow way, word by word from `split_whitespace`.
    fn naive(p: &str) -> Shape {
        let words: Vec<&str> = p.split_whitespace().collect();
        Shape {
            words: words.len(),
            alphabetic: p.chars().any(char::is_alphabetic),
            code_token: words.iter().any(|w| {
                let capitals = w.bytes().filter(u8::is_ascii_uppercase).count();
                let digits = w.bytes().filter(u8::is_ascii_digit).count();
                (capitals >= 2
                    && digits >= 2
                    && w.len() <= 12
                    && w.bytes().all(|b| b.is_ascii_alphanumeric()))
                    || w.contains("--")
            }),
            numeric_words: words
                .iter()
                .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
                .count(),
            by_name: words
                .windows(2)
                .any(|w| w[0].eq_ignore_ascii_case("by") && w[1].starts_with(char::is_uppercase)),
        }
    }

    #[test]
    fn agrees_with_the_word_by_word_reading() {
        let cases = [
            "",
            "   ",
            "Home News Sport",
            "By Chris Cillizza, CNN Editor-at-large",
            "Analysis by\u{a0}Émile Zola",
            "written by hand",
            "BY JANE DOE",
            "XNP101 BC-LT--Argentina 12:30 GMT",
            "AB12CD34EF567 is too long for a code",
            "Ab1 A1B2 ok",
            "Updated: May 2, 2020 10:00 IST",
            "“We have agreed to talk again,” the president said.",
            "tab\tseparated\u{b}vertical\u{c}feed\r\nend",
            "em\u{2003}space and ideographic\u{3000}space",
            "1of4 Grass Valley's",
            "— 42 —",
            "日本語のテキスト",
            "by",
            "by Ölaf",
            "by ölaf",
            "Stand by Me: a film remembered",
            "Written BY  Émile Zola",
            "baby Yoda by",
            "by\tX",
            "derby Day",
            "BC-LT--Argentina wins",
            "a - b -- c",
            "Korea’s leader visits “Moscow”",
            "¿Qué? …",
        ];
        for p in cases {
            assert_eq!(Shape::of(p), naive(p), "{p:?}");
            assert_eq!(count_words(p), naive(p).words, "{p:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_on_text_without_digits(p in "[ bByYAZaz\\-\t\u{b}éÉ“’]{0,40}") {
            proptest::prop_assert_eq!(Shape::of(&p), naive(&p));
        }

        #[test]
        fn agrees_on_any_text(p in "[ a-zA-Z0-9\\-\u{a0}\u{85}\u{2003}\u{2028}\u{205f}\u{3000}\u{1680}\t\n\u{b}éÉ日“]{0,40}") {
            proptest::prop_assert_eq!(Shape::of(&p), naive(&p));
            proptest::prop_assert_eq!(count_words(&p), p.split_whitespace().count());
        }
    }

    #[test]
    fn every_unicode_space_is_known() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(opens_unicode_space(bytes), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn counts_words_split_by_unicode_space() {
        let s = Shape::of("one\u{a0}two\u{2009}three four");
        assert_eq!(s.words, 4);
        assert!(s.alphabetic);
        assert!(!Shape::of("12 – 34").alphabetic);
    }
}
