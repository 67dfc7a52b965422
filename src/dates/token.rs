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
}

/// Append the tokens of `text[start..end]` to `out`, in one pass.
pub(crate) fn tokenize(text: &str, start: usize, end: usize, index: &Index, out: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let mut i = start;
    let mut gap = true;
    while i < end {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            gap = true;
            i += 1;
            continue;
        }
        let s = i;
        let mut lex = 0;
        let kind = if b.is_ascii_alphabetic() {
            while i < end && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            lex = index.id(&bytes[s..i]);
            Kind::Word
        } else if b.is_ascii_digit() {
            while i < end && bytes[i].is_ascii_digit() {
                i += 1;
            }
            while i < end && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            Kind::Num
        } else if b.is_ascii() {
            i += 1;
            Kind::Punct(b)
        } else {
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
        };
        out.push(Tok {
            start: s,
            end: i.min(end),
            kind,
            gap,
            lex,
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
