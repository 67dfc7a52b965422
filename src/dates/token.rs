//! Words, numbers and punctuation of a paragraph, with their byte offsets.

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
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace (or the paragraph start) comes right before it.
    pub gap: bool,
    /// A word's entry number in the lexicon index, 0 for no entry (and for
    /// anything but a word): looked up once here, read by every pattern.
    pub lex: u16,
    /// An expression may start here: a number, or a word that opens one or
    /// hedges one ("early", "the"). Every other token is skipped unread.
    pub opens: bool,
}

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
        let mut lex = 0;
        let mut opens = false;
        let kind = match class(i) {
            Class::Space => {
                gap = true;
                i += 1;
                continue;
            }
            Class::Letter => {
                while i < end && class(i) == Class::Letter {
                    i += 1;
                }
                lex = index.id_in(bytes, s, i);
                opens = index.entry_of(lex).opens();
                Kind::Word
            }
            Class::Digit => {
                while i < end && class(i) == Class::Digit {
                    i += 1;
                }
                while i < end && class(i) == Class::Letter {
                    i += 1;
                }
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
            lex,
            opens,
        });
        gap = false;
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
}
