//! Words, numbers and punctuation of a paragraph, with their byte offsets.

use core::cell::Cell;

use super::lexicon::Index;
use crate::ascii8::{HIGH, LOW7};

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

/// One token: its byte range and kind.
///
/// Whether white space comes before a token is not kept: only white space
/// lies between tokens, so a token glued to the one before starts where
/// that one ends. One pattern asks it, of a few numbers, and carrying it
/// through the tokenizer's loop to every token's push cost about three
/// instructions a token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// A word's entry number in the lexicon index once looked up, else
    /// [`UNSEEN`]: words are looked up when a pattern first asks, then kept.
    pub lex: Cell<u16>,
}

impl Tok {
    /// Whether an expression may start here: a number, or a word that
    /// opens one or hedges one ("early", "the"). Every other token is
    /// skipped unread.
    ///
    /// Told from a word's entry: the tokenizer looks up every word that
    /// may open one, and a word it does not look up opens none, so its
    /// entry is the empty one whether a pattern has looked it up since or
    /// not. A flag of its own, written for every token, cost the
    /// tokenizer's loop more than this costs the few tokens asked.
    pub(crate) fn opens(&self, index: &Index) -> bool {
        match self.kind {
            Kind::Num => true,
            Kind::Word => index.entry_of(self.lex.get()).opens(),
            Kind::Punct(_) | Kind::Other => false,
        }
    }
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

/// The high bit of each byte of `x7` (bytes below 0x80) that is `c` or more.
fn at_least(x7: u64, c: u8) -> u64 {
    (x7 + u64::from_le_bytes([0x80 - c; 8])) & HIGH
}

/// The high bit of each of eight bytes that is an ASCII letter (`digits`
/// false) or digit (`digits` true).
fn class_bits(x: u64, digits: bool) -> u64 {
    if digits {
        let x7 = x & LOW7;
        at_least(x7, b'0') & !at_least(x7, b'9' + 1) & !x & HIGH
    } else {
        crate::ascii8::letter_bytes(x)
    }
}

/// Bit `k` set when byte `k` of the eight in `x` (little-endian) is an
/// ASCII letter: a paragraph's letters as a bit mask, eight bytes a step
/// (the gate's mask as it was read before, which the tests compare with).
#[cfg(test)]
pub(crate) fn letter_bits(x: u64) -> u64 {
    // The high bit of each byte moved down to bit 0 of its byte, then the
    // eight gathered into the top byte by one multiplication.
    ((class_bits(x, false) >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// The word of ASCII letters at `i` when it ends within eight bytes, and at
/// or before `end`: its length and its bytes lowercased, in a little-endian
/// integer (zero past the word). `None` for a longer word, one too near
/// `end` to be read in one load, or no word.
///
/// One eight-byte load says where the word ends and, cut there, is the
/// word: most words are short, and this is cheaper than finding the end
/// and then reading the word again to look it up.
pub(crate) fn short_word(bytes: &[u8], i: usize, end: usize) -> Option<(usize, u64)> {
    const LOWER: u64 = 0x2020_2020_2020_2020;
    // The eight bytes from `i`, when they lie before `end`, taken by one
    // test of the slice's length: comparing `i + 8` with `end` and then
    // slicing `i..i + 8` tested twice, and the tokenizer's word loop ran
    // about five instructions more a word.
    // The ninth byte comes with them, to tell a word of eight letters from
    // a longer one without a test of `end` and the slice's length of its
    // own; a word within nine bytes of `end` is cut there as below.
    let end = end.min(bytes.len());
    let Some(&nine) = bytes.get(i..end).and_then(<[u8]>::first_chunk::<9>) else {
        return short_word_at_end(bytes, i, end);
    };
    let [eight @ .., ninth] = nine;
    let x = u64::from_le_bytes(eight);
    let n = ((!class_bits(x, false) & HIGH).trailing_zeros() / 8) as usize;
    let longer = n == 8 && ninth.is_ascii_alphabetic();
    if n == 0 || longer {
        return None;
    }
    let keep = u64::MAX >> (8 * (8 - n));
    Some((n, (x | LOWER) & keep))
}

/// [`short_word`] of a word within nine bytes of `end` (a paragraph's
/// last word, most often): the load reads on into the text after `end`,
/// and the word is cut there. `None` only where the text itself ends
/// within eight bytes. Out of line: one word or two a paragraph come here.
#[inline(never)]
fn short_word_at_end(bytes: &[u8], i: usize, end: usize) -> Option<(usize, u64)> {
    let mut eight = [0u8; 8];
    eight.copy_from_slice(bytes.get(i..i + 8)?);
    let x = u64::from_le_bytes(eight);
    let run = ((!class_bits(x, false) & HIGH).trailing_zeros() / 8) as usize;
    let n = run.min(end.saturating_sub(i));
    if n == 0 {
        return None;
    }
    let keep = u64::MAX >> (8 * (8 - n));
    Some((n, (x | 0x2020_2020_2020_2020) & keep))
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

/// The character at `i`, which is not ASCII, as a token: its length, and
/// its kind (curly quotes read as an apostrophe, en and em dashes as a
/// hyphen, anything else as other).
fn non_ascii(text: &str, i: usize, end: usize) -> (usize, Kind) {
    let len = text[i..].chars().next().map_or(1, char::len_utf8);
    let kind = match &text[i..(i + len).min(end)] {
        "\u{2019}" | "\u{2018}" => Kind::Punct(b'\''),
        "\u{2013}" | "\u{2014}" => Kind::Punct(b'-'),
        _ => Kind::Other,
    };
    (len, kind)
}

/// Append the tokens of `text[start..end]` to `out`, in one pass, and the
/// positions in `out` of those that may open an expression ([`Tok::opens`])
/// to `opening`: the scan visits those alone, one in six tokens.
///
/// Words, four tokens in five, take a path of their own: each arm pushes
/// its own token with its kind written out, and the one space that follows
/// most tokens is stepped over in place, so that the loop keeps what it
/// needs in registers rather than carrying every field to one shared push.
///
/// Not inlined into `find`, its one caller: inlined, its loop shared
/// registers with the paragraph loop around it and ran about 65K more
/// instructions over corpora/real.
#[inline(never)]
pub(crate) fn tokenize(
    text: &str,
    start: usize,
    end: usize,
    index: &Index,
    out: &mut Vec<Tok>,
    opening: &mut Vec<usize>,
) {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let mut i = start;
    while let Some(&b) = bytes.get(i).filter(|_| i < end) {
        let s = i;
        if b.is_ascii_alphabetic() {
            let id = match short_word(bytes, s, end) {
                Some((n, word)) => {
                    i = s + n;
                    index.short_opener_id(word)
                }
                None => {
                    i = run_end(bytes, s, end, false);
                    index.opener_id(bytes, s, i)
                }
            };
            let (opens, lex) = match id {
                Some(id) => (index.entry_of(id).opens(), id),
                None => (false, UNSEEN),
            };
            if opens {
                opening.push(out.len());
            }
            out.push(Tok {
                start: s,
                end: i,
                kind: Kind::Word,
                lex: Cell::new(lex),
            });
        } else {
            let kind = match CLASSES[usize::from(b)] {
                Class::Space => {
                    i += 1;
                    continue;
                }
                // Taken above.
                Class::Letter => Kind::Word,
                Class::Digit => {
                    i = run_end(bytes, run_end(bytes, i, end, true), end, false);
                    Kind::Num
                }
                Class::Mark => {
                    i += 1;
                    Kind::Punct(b)
                }
                Class::High => {
                    let (len, kind) = non_ascii(text, i, end);
                    i += len;
                    kind
                }
            };
            // A number may open an expression; a mark never does.
            let opens = kind == Kind::Num;
            if opens {
                opening.push(out.len());
            }
            out.push(Tok {
                start: s,
                end: i.min(end),
                kind,
                lex: Cell::new(UNSEEN),
            });
        }
        // One space is what follows most tokens: take it here rather than
        // going round the loop for it.
        i += usize::from(i < end && bytes.get(i) == Some(&b' '));
    }
}

/// [`tokenize`] as it read before words took a path of their own: one
/// class look-up per token and one shared push; and the positions of the
/// tokens that may open an expression to `opening`, from the flag each
/// token carried then.
#[cfg(test)]
fn tokenize_by_class(
    text: &str,
    start: usize,
    end: usize,
    index: &Index,
    out: &mut Vec<Tok>,
    opening: &mut Vec<usize>,
) {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let class = |i: usize| CLASSES[usize::from(bytes[i])];
    let mut i = start;
    while i < end {
        let b = bytes[i];
        let s = i;
        let mut opens = false;
        let mut lex = UNSEEN;
        let kind = match class(i) {
            Class::Space => {
                i += 1;
                continue;
            }
            Class::Letter => {
                let id = match short_word(bytes, s, end) {
                    Some((n, word)) => {
                        i = s + n;
                        index.short_opener_id(word)
                    }
                    None => {
                        i = run_end(bytes, s, end, false);
                        index.opener_id(bytes, s, i)
                    }
                };
                if let Some(id) = id {
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
                let (len, kind) = non_ascii(text, i, end);
                i += len;
                kind
            }
        };
        if opens {
            opening.push(out.len());
        }
        out.push(Tok {
            start: s,
            end: i.min(end),
            kind,
            lex: Cell::new(lex),
        });
        // One space is what follows most tokens: take it here rather than
        // going round the loop for it.
        i += usize::from(i < end && bytes.get(i) == Some(&b' '));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each token's text and kind, and whether space comes before it: it
    /// opens the text, or starts after the token before it ends.
    fn kinds(s: &str) -> Vec<(&str, Kind, bool)> {
        let mut v = Vec::new();
        tokenize(s, 0, s.len(), Index::get(), &mut v, &mut Vec::new());
        let ends = core::iter::once(None).chain(v.iter().map(|t| Some(t.end)));
        v.iter()
            .zip(ends)
            .map(|(t, before)| (&s[t.start..t.end], t.kind, before != Some(t.start)))
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

    /// `short_word` reads what `run_end` reads, in one load.
    #[test]
    fn short_words_end_where_runs_end() {
        let s = "a Mon. today\u{e9}x abcdefgh abcdefghi 12 x-ray MAYor zz";
        let bytes = s.as_bytes();
        for end in 0..=bytes.len() {
            for i in 0..end {
                let Some((n, word)) = short_word(bytes, i, end) else {
                    let run = run_end(bytes, i, end, false) - i;
                    assert!(i + 8 > bytes.len() || run == 0 || run > 8, "{i} {end}");
                    continue;
                };
                assert_eq!(i + n, run_end(bytes, i, end, false), "{i} {end}");
                let mut lower = [0u8; 8];
                lower[..n].copy_from_slice(&bytes[i..i + n].to_ascii_lowercase());
                assert_eq!(word, u64::from_le_bytes(lower), "{i} {end}");
            }
        }
    }

    /// A word opens exactly when its entry opens, whether the word was
    /// read in one load or the general way, and is listed among the tokens
    /// that open then; a kept entry number is the word's own; and a word
    /// looked up after tokenizing, as a pattern does, opens as before.
    #[test]
    fn opening_words_are_marked_however_they_are_read() {
        let index = Index::get();
        let s = "On Monday, the mayor said seventeen officials met early this \
                 morning and again on Wednesday afternoon, THIRTY years later; \
                 quarterly reporters said nothing. Sept eighteenth";
        for start in 0..8 {
            for end in s.len() - 8..=s.len() {
                let (mut v, mut opening) = (Vec::new(), Vec::new());
                tokenize(s, start, end, index, &mut v, &mut opening);
                for (k, t) in v.iter().enumerate().filter(|(_, t)| t.kind == Kind::Word) {
                    let word = &s[t.start..t.end];
                    let id = index.id(word.as_bytes());
                    let opens = index.entry_of(id).opens();
                    assert_eq!(t.opens(index), opens, "{word}");
                    assert_eq!(opening.contains(&k), opens, "{word}");
                    assert!(t.lex.get() == UNSEEN || t.lex.get() == id);
                    t.lex.set(id);
                    assert_eq!(t.opens(index), opens, "{word}");
                }
            }
        }
    }

    /// The tokenizer gives the tokens, kinds, flags and kept entry
    /// numbers the one-class-per-token loop gave, over every slice of
    /// text with words, numbers, marks, spaces and other characters.
    #[test]
    fn words_on_their_own_path_tokenize_as_before() {
        let index = Index::get();
        let s = "On Monday,\tthe mayor said 17 officials met early this \
                 morning\u{2014}and again at 9:30 a.m. on Wed.  \u{2019}98 \
                 Sept 18th, THIRTY\u{e9}years later;\n\u{a0}quarterly x-ray \
                 extraordinarily  12ab3 \u{7}\u{b}\u{2018}a\u{2013}b";
        let mut starts: Vec<usize> = (0..=s.len()).filter(|&k| s.is_char_boundary(k)).collect();
        starts.dedup();
        for &start in &starts {
            for &end in starts.iter().filter(|&&e| e >= start) {
                let (mut new, mut old) = (Vec::new(), Vec::new());
                let (mut opening, mut flagged) = (Vec::new(), Vec::new());
                tokenize(s, start, end, index, &mut new, &mut opening);
                tokenize_by_class(s, start, end, index, &mut old, &mut flagged);
                assert_eq!(new, old, "{start}..{end}");
                assert_eq!(opening, flagged, "{start}..{end}");
                let opens: Vec<usize> = (0..new.len()).filter(|&k| new[k].opens(index)).collect();
                assert_eq!(opening, opens, "{start}..{end}");
            }
        }
    }

    /// Only ASCII white space lies between tokens, and before the first:
    /// so white space comes before a token exactly when it starts after the
    /// token before it ends, as `Scan::is_year` reads it.
    #[test]
    fn only_white_space_lies_between_tokens() {
        let index = Index::get();
        let s = "On Monday,\tthe mayor said 17 officials met \u{2014}and at 9:30 a.m.  \
                 \u{2019}98 1,990 1990.5 1990 .5\n\u{a0}x-ray\u{7}\u{b}\u{2018}a\u{2013}b\r\u{c}z";
        let starts: Vec<usize> = (0..=s.len()).filter(|&k| s.is_char_boundary(k)).collect();
        for &start in &starts {
            for &end in starts.iter().filter(|&&e| e >= start) {
                let mut v = Vec::new();
                tokenize(s, start, end, index, &mut v, &mut Vec::new());
                let ends = core::iter::once(start).chain(v.iter().map(|t| t.end));
                for (t, before) in v.iter().zip(ends) {
                    let between = &s.as_bytes()[before..t.start];
                    assert!(
                        between.iter().all(u8::is_ascii_whitespace),
                        "{start}..{end}: {between:?}"
                    );
                }
                let last = v.last().map_or(start, |t| t.end);
                assert!(s.as_bytes()[last..end].iter().all(u8::is_ascii_whitespace));
            }
        }
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
        tokenize(s, 0, 5, Index::get(), &mut v, &mut Vec::new());
        assert_eq!(&s[v[0].start..v[0].end], "extra");
        for c in ['@', '[', '`', '{', '/', ':', '\u{e9}'] {
            let s = format!("abcdefgh{c}ijklmnop");
            assert_eq!(kinds(&s)[0].0, "abcdefgh", "{c}");
            let s = format!("abc{c}def");
            assert_eq!(kinds(&s)[0].0, "abc", "{c}");
        }
    }
}
