//! Words, numbers and punctuation of a paragraph, with their byte offsets.

use core::cell::Cell;

use super::lexicon::Index;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of ASCII letters.
    Word,
    /// A run of ASCII digits, with any letters glued after it ("15th", "1990s").
    Num,
    /// One ASCII punctuation byte; typographic apostrophes count as `'`.
    Punct(u8),
    /// Any other character.
    Other,
}

/// One token: its byte range, kind, and whether space precedes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace (or the paragraph start) comes right before it.
    pub gap: bool,
    /// An expression may start here: a number, or a word that opens one or
    /// hedges one ("early", "the"). Every other token is skipped unread.
    pub opens: bool,
    /// A word's entry number in the lexicon index once looked up, else
    /// [`UNSEEN`]: words are looked up when a pattern first asks, then kept.
    pub lex: Cell<u16>,
}

/// A word's entry number before it is looked up.
pub(crate) const UNSEEN: u16 = u16::MAX;

/// What a byte starts, for the tokenizer's one table lookup per byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Letter,
    Digit,
    Mark,
    /// The first byte of a non-ASCII character (or a stray continuation).
    High,
}

const CLASSES: [Class; 256] = {
    let mut t = [Class::High; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() {
            Class::Space
        } else if c.is_ascii_alphabetic() {
            Class::Letter
        } else if c.is_ascii_digit() {
            Class::Digit
        } else {
            Class::Mark
        };
        b += 1;
    }
    t
};

const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x7` (bytes below 0x80) that is `c` or more.
fn at_least(x7: u64, c: u8) -> u64 {
    (x7 + u64::from_le_bytes([0x80 - c; 8])) & HIGH
}

/// The high bit of each of eight bytes that is an ASCII letter (`digits`
/// false) or digit (`digits` true).
fn class_bits(x: u64, digits: bool) -> u64 {
    let ascii = !x & HIGH;
    if digits {
        let x7 = x & LOW7;
        at_least(x7, b'0') & !at_least(x7, b'9' + 1) & ascii
    } else {
        let y7 = (x | 0x2020_2020_2020_2020) & LOW7;
        at_least(y7, b'a') & !at_least(y7, b'z' + 1) & ascii
    }
}

/// The end of the run of letters (or digits) from `i`, at most `end`.
///
/// Eight bytes are tested at a time: most words end within the first
/// eight, so the loop's exit is not a guess made at every letter.
pub(crate) fn run_end(bytes: &[u8], mut i: usize, end: usize, digits: bool) -> usize {
    while i + 8 <= end {
        let Some(chunk) = bytes.get(i..i + 8) else {
            break;
        };
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        let bits = class_bits(u64::from_le_bytes(b), digits);
        let run = ((!bits & HIGH).trailing_zeros() / 8) as usize;
        i += run;
        if run < 8 {
            return i;
        }
    }
    let member = |b: u8| {
        if digits {
            b.is_ascii_digit()
        } else {
            b.is_ascii_alphabetic()
        }
    };
    while i < end && bytes.get(i).is_some_and(|&b| member(b)) {
        i += 1;
    }
    i
}

/// Append the tokens of `text[start..end]` to `out`, in one pass.
pub(crate) fn tokenize(text: &str, start: usize, end: usize, index: &Index, out: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let class = |i: usize| CLASSES[usize::from(bytes[i])];
    let mut i = start;
    let mut gap = true;
    while i < end {
        let b = bytes[i];
        let s = i;
        let mut opens = false;
        let mut lex = UNSEEN;
        let kind = match class(i) {
            Class::Space => {
                gap = true;
                i += 1;
                continue;
            }
            Class::Letter => {
                i = run_end(bytes, i, end, false);
                if let Some(id) = index.opener_id(bytes, s, i) {
                    opens = index.entry_of(id).opens();
                    lex = id;
                }
                Kind::Word
            }
            Class::Digit => {
                i = run_end(bytes, run_end(bytes, i, end, true), end, false);
                opens = true;
                Kind::Num
            }
            Class::Mark => {
                i += 1;
                Kind::Punct(b)
            }
            Class::High => {
                let len = text[i..].chars().next().map_or(1, char::len_utf8);
                let c = &text[i..(i + len).min(end)];
                i += len;
                if c == "\u{2019}" || c == "\u{2018}" {
                    Kind::Punct(b'\'')
                } else if c == "\u{2013}" || c == "\u{2014}" {
                    Kind::Punct(b'-')
                } else {
                    Kind::Other
                }
            }
        };
        out.push(Tok {
            start: s,
            end: i.min(end),
            kind,
            gap,
            opens,
            lex: Cell::new(lex),
        });
        // One space is what follows most tokens: take it here rather than
        // going round the loop for it.
        gap = i < end && bytes.get(i) == Some(&b' ');
        i += usize::from(gap);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(&str, Kind, bool)> {
        let mut v = Vec::new();
        tokenize(s, 0, s.len(), Index::get(), &mut v);
        v.iter()
            .map(|t| (&s[t.start..t.end], t.kind, t.gap))
            .collect()
    }

    #[test]
    fn splits_words_numbers_and_marks() {
        let k = kinds("on Aug. 15th, 1990s\u{2019} mid-1990");
        assert_eq!(k[0], ("on", Kind::Word, true));
        assert_eq!(k[1], ("Aug", Kind::Word, true));
        assert_eq!(k[2], (".", Kind::Punct(b'.'), false));
        assert_eq!(k[3], ("15th", Kind::Num, true));
        assert_eq!(k[5], ("1990s", Kind::Num, true));
        assert_eq!(k[6], ("\u{2019}", Kind::Punct(b'\''), false));
        assert_eq!(k[8], ("-", Kind::Punct(b'-'), false));
        assert_eq!(k.len(), 10);
    }

    #[test]
    fn keeps_other_characters_whole() {
        let k = kinds("é 5");
        assert_eq!(k[0], ("é", Kind::Other, true));
        assert_eq!(k[1], ("5", Kind::Num, true));
    }

    #[test]
    fn runs_longer_than_eight_bytes_and_at_the_end() {
        let s = "extraordinarily 123456789012th x";
        let k = kinds(s);
        assert_eq!(k[0], ("extraordinarily", Kind::Word, true));
        assert_eq!(k[1], ("123456789012th", Kind::Num, true));
        assert_eq!(k[2], ("x", Kind::Word, true));
        // A slice ends runs at its end, not at the text's.
        let mut v = Vec::new();
        tokenize(s, 0, 5, Index::get(), &mut v);
        assert_eq!(&s[v[0].start..v[0].end], "extra");
        for c in ['@', '[', '`', '{', '/', ':', '\u{e9}'] {
            let s = format!("abcdefgh{c}ijklmnop");
            assert_eq!(kinds(&s)[0].0, "abcdefgh", "{c}");
            let s = format!("abc{c}def");
            assert_eq!(kinds(&s)[0].0, "abc", "{c}");
        }
    }
}
