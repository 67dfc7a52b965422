//! Words, numbers and punctuation of a paragraph, with their byte offsets.

use core::cell::Cell;

use super::lexicon::{Index, short_key};
use crate::ascii8::{HIGH, is_digit};

/// What a token is.
///
/// Its tag takes two bytes, so that a word's tag and the entry number
/// before it in [`Tok`] are four bytes the push writes whole (see there).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
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
///
/// The entry number and the kind's two-byte tag lie side by side, in this
/// order (`repr(C)`), and make four bytes that a word's push, most pushes,
/// writes in one store: with a one-byte tag, a word left its kind's
/// payload byte unwritten, and the entry number and the tag took a store
/// each (about 11K instructions more over corpora/real).
#[derive(Clone, Debug, PartialEq, Eq)]
#[repr(C)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    /// A word's entry number in the lexicon index once looked up, else
    /// [`UNSEEN`]: words are looked up when a pattern first asks, then kept.
    pub lex: Cell<u16>,
    pub kind: Kind,
}

// Still three words: the kind's wider tag took only padding.
const _: () = assert!(size_of::<Tok>() == 24);

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

/// What the dates' gate learnt of a quote segment's digits, for
/// [`tokenize_from_cut`]: none, at least one, or where the first is (an
/// offset in the text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Digits {
    /// The segment holds no ASCII digit.
    None,
    /// It holds one, not yet found.
    Somewhere,
    /// Its first ASCII digit is at this offset in the text.
    At(usize),
}

impl From<bool> for Digits {
    fn from(has_digit: bool) -> Digits {
        if has_digit {
            Digits::Somewhere
        } else {
            Digits::None
        }
    }
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

/// The high bit of each of eight bytes that is an ASCII letter (`digits`
/// false) or digit (`digits` true).
fn class_bits(x: u64, digits: bool) -> u64 {
    if digits {
        crate::ascii8::digit_bytes(x)
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
    Some((n, short_key(x, n)))
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
    Some((n, short_key(x, n)))
}

/// The end of the run of letters (or digits) from `i`, at most `end`.
///
/// Eight bytes are tested at a time: most words end within the first
/// eight, so the loop's exit is not a guess made at every letter. The
/// eight bytes are read on past `end` where the text goes on, and the run
/// cut there: most runs asked for end near `end` (a word's runs, read up
/// to the word's end), and a loop byte by byte over them took about eight
/// instructions a letter.
pub(crate) fn run_end(bytes: &[u8], mut i: usize, end: usize, digits: bool) -> usize {
    while i < end {
        let Some(&eight) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) else {
            break;
        };
        let bits = class_bits(u64::from_le_bytes(eight), digits);
        let run = ((!bits & HIGH).trailing_zeros() / 8) as usize;
        i += run;
        if run < 8 {
            return i.min(end);
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
    i.min(end)
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
/// Not inlined into `find`, its caller for paragraphs that are not quote
/// segments (those are read by [`tokenize_from_cut`]): inlined, its loop shared
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
    tokenize_up_to(text, start, end, end, index, out, opening);
}

/// [`tokenize`] of the tokens of `text[start..end]` that start before
/// `stop`, which is where a token ends or white space starts: the tokens
/// of `text[start..stop]`, read with the paragraph's end `end`, so that a
/// word near `stop` is read in one load as anywhere else (a slice ending
/// at the word sent each word of [`tokenize_from_cut`]'s pieces out of
/// line, to [`short_word_at_end`]).
///
/// Words of ASCII letters joined by single marks ("long-range", "U.S.",
/// "Trump's", "didn\u{2019}t", with a curly apostrophe or a dash read as
/// [`non_ascii`] reads it), most of the pieces over corpora/real, are read
/// by a loop of their own: a word, then a mark, and so on, with no class
/// look-up for a word and no space to step over after each token (a
/// piece holds none). At anything else (a digit, a letter that is not
/// ASCII, a word longer than eight letters, white space) the tokens from
/// there are left to [`tokenize_up_to`]: a token starts where the one
/// before it ends, so reading on from there gives the same tokens.
#[inline(never)]
fn tokenize_piece(
    text: &str,
    start: usize,
    stop: usize,
    end: usize,
    index: &Index,
    out: &mut Vec<Tok>,
    opening: &mut Vec<usize>,
) {
    let bytes = text.as_bytes();
    // Bounds as the loop below takes them, so that a mark's byte is read
    // with no test of its own (about 5.7K instructions over corpora/real).
    let end = end.min(bytes.len());
    let stop = stop.min(end);
    let mut i = start;
    while i < stop {
        if let Some((n, word)) = short_word(bytes, i, end) {
            push_looked_up(out, opening, i, i + n, index.short_opener_id(word), index);
            i += n;
        } else if let Some(n) = short_number(bytes, i, end) {
            // A number may open an expression.
            opening.push(out.len());
            out.push(Tok {
                start: i,
                end: i + n,
                kind: Kind::Num,
                lex: Cell::new(UNSEEN),
            });
            i += n;
        } else {
            break;
        }
        if i >= stop {
            return;
        }
        let (len, kind) = match bytes.get(i..end) {
            Some(&[b, ..]) if CLASSES[usize::from(b)] == Class::Mark => (1, Kind::Punct(b)),
            Some([0xE2, 0x80, 0x98 | 0x99, ..]) => (3, Kind::Punct(b'\'')),
            Some([0xE2, 0x80, 0x93 | 0x94, ..]) => (3, Kind::Punct(b'-')),
            _ => break,
        };
        out.push(Tok {
            start: i,
            end: i + len,
            kind,
            lex: Cell::new(UNSEEN),
        });
        i += len;
        // One letter ending the piece ("Trump's", "didn't"): its key is
        // the letter in lowercase, as `short_word` would read it.
        if i + 1 == stop
            && let Some(&last) = bytes.get(i).filter(|b| b.is_ascii_alphabetic())
        {
            let letter = index.short_opener_id(u64::from(last | 0x20));
            push_looked_up(out, opening, i, stop, letter, index);
            return;
        }
    }
    if i < stop {
        tokenize_up_to(text, i, stop, end, index, out, opening);
    }
}

/// The length of the number at `i` (ASCII digits, and any letters glued
/// after them, as [`tokenize_up_to`] reads one) when it ends within the
/// eight bytes from `i`, which lie before `end`: one load, where reading
/// the two runs' ends took a loop each. `None` for no digit at `i`, or a
/// number that may go on past the eight bytes.
fn short_number(bytes: &[u8], i: usize, end: usize) -> Option<usize> {
    let &eight = bytes.get(i..end)?.first_chunk::<8>()?;
    let x = u64::from_le_bytes(eight);
    let digits = (!crate::ascii8::digit_bytes(x) & HIGH).trailing_zeros() / 8;
    if digits == 0 || digits == 8 {
        return None;
    }
    // The first byte from the digits' end that is no letter.
    let after = !crate::ascii8::letter_bytes(x) & HIGH & (u64::MAX << (8 * digits));
    let n = (after.trailing_zeros() / 8) as usize;
    (n < 8).then_some(n)
}

/// Pushes the word `start..end` with its look-up `id` (`None` when the
/// openers' sketch ruled it out), and its place in `opening` when it may
/// open an expression: for [`tokenize_up_to`]'s loop and for
/// [`tokenize_piece`], so that both push a word alike.
#[inline(always)]
fn push_looked_up(
    out: &mut Vec<Tok>,
    opening: &mut Vec<usize>,
    start: usize,
    end: usize,
    id: Option<u16>,
    index: &Index,
) {
    let (opens, lex) = match id {
        Some(id) => (index.entry_of(id).opens(), id),
        None => (false, UNSEEN),
    };
    if opens {
        opening.push(out.len());
    }
    out.push(Tok {
        start,
        end,
        kind: Kind::Word,
        lex: Cell::new(lex),
    });
}

/// The loop of [`tokenize`] and [`tokenize_piece`].
#[inline(always)]
fn tokenize_up_to(
    text: &str,
    start: usize,
    stop: usize,
    end: usize,
    index: &Index,
    out: &mut Vec<Tok>,
    opening: &mut Vec<usize>,
) {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let stop = stop.min(end);
    let mut i = start;
    while let Some(&b) = bytes.get(i).filter(|_| i < stop) {
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
            push_looked_up(out, opening, s, i, id, index);
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

/// [`tokenize`] of a paragraph that is a quote segment, built from the
/// segment's tokens as the quote tokenizer cut them (`cut`, in text order)
/// rather than from every byte: the same tokens, kinds and `opening` list
/// (a test compares the two over every test story and over hand-written
/// and random texts). Only the entry numbers kept differ, on words that
/// open nothing: [`tokenize`] keeps the number of every word the openers'
/// sketch lets through, this one of the words that may open alone, and a
/// pattern that asks for another word looks it up then.
///
/// Why the quote tokens can be read: the quote tokenizer cuts a paragraph
/// at white space, around each sign (one character that is no letter or
/// digit) and around each word (a whole run of letters and digits, ASCII
/// or not, with the joiners inside it and perhaps a final period). No
/// token here crosses those cuts: a run of ASCII letters, or of digits
/// and the letters after them, lies inside one word, and a mark or another
/// character is one character. So this paragraph's tokens are, in order,
/// those of each quote token's bytes read alone, and of the bytes between
/// them (white space to the quote tokenizer, but not all of it to this
/// one: a vertical tab is a mark here, a no-break space another
/// character).
///
/// Most quote tokens are a plain word (ASCII letters and digits, but for
/// a final period) without a digit, told by one compare with the next
/// digit of the paragraph ([`first_digit`], searched only when `digits`
/// says the paragraph holds one, as the gate found), or a sign: those are pushed
/// from the quote token's span and bits, one word and its period, or one
/// mark, without a byte read but a final period's. A word is looked up
/// in the dates' index only when the word index marked it as one that may
/// open an expression ([`crate::dates::OPENER_WORDS`]), where the byte
/// tokenizer hashed every word for the openers' sketch: that, not the
/// bytes, is most of what this saves (reading the quote token costs about
/// what finding the word in the bytes did). The rest, words with a digit
/// or a joiner or a letter that is not ASCII, are read by
/// [`tokenize_piece`], each alone.
///
/// The segment holds no vertical tab (0x0B) and no space that is not
/// ASCII: white space to the quote tokenizer, but a token here. Its other
/// white space, ASCII's, yields no token here either, so the bytes
/// between the quote tokens and around them are not read. The quote cut
/// notes the segments that hold such a space
/// (`quote::Segment::rare_space_noted`), hardly ever seen, and `find`
/// reads those from their bytes with [`tokenize`], where a search of each
/// segment read here for a vertical tab cost about 21K instructions over
/// corpora/real, and the test for a gap of more than one byte before each
/// quote token (a gap of two spaces, or of a no-break space) about 38K.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
pub(crate) fn tokenize_from_cut(
    text: &str,
    start: usize,
    end: usize,
    cut: &[crate::quote::token::Tok],
    digits: Digits,
    index: &Index,
    out: &mut Vec<Tok>,
    opening: &mut Vec<usize>,
) {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    // The gate searched the paragraph for a digit already and says whether
    // it holds one: a paragraph without one, about three in ten of those
    // read here, is not searched again (about 12K instructions over
    // corpora/real). One that the gate let through on a number, about
    // four in ten, had its first digit found there on the way (the first
    // number's start), and is not searched again either: about 14K
    // instructions fewer over corpora/real, 13K net of handing it on.
    let mut next_digit = match digits {
        Digits::None => usize::MAX,
        Digits::Somewhere => first_digit(bytes, start, end),
        Digits::At(at) => at,
    };
    for word in cut {
        let (s, e) = (word.span.start, word.span.end);
        // ASCII letters only, and no final period, of a word that opens
        // nothing: most words, pushed at once on one test of the quote
        // token's bits, where testing whether it opens and then reading
        // its last byte for a period took six instructions (and working
        // out a period's token for every word about eight more).
        if word.plain_quiet() && e <= next_digit {
            out.push(Tok {
                start: s,
                end: e,
                kind: Kind::Word,
                lex: Cell::new(UNSEEN),
            });
            continue;
        }
        if word.plain() && e <= next_digit {
            // ASCII letters only, and perhaps a final period, which the
            // quote tokenizer noted.
            let period = word.took_period();
            let word_end = e - usize::from(period);
            // The word index marked the words that may open one: the
            // others, most words, are not looked up. A marked word is one
            // of `OPENER_WORDS`, every one a word of the dates' index that
            // opens (a test checks the list against the index), so the
            // mark says it opens and its entry is not read to ask again
            // (about ten instructions for each of some 1,800 such words
            // over corpora/real).
            let opens = word.may_open_date();
            let lex = if opens {
                marked_opener_id(bytes, s, word_end, index)
            } else {
                UNSEEN
            };
            debug_assert_eq!(opens, index.entry_of(lex).opens());
            if opens {
                opening.push(out.len());
            }
            push_word(out, s, word_end, e, Kind::Word, lex);
            continue;
        }
        // An ASCII sign, nearly every sign, told by one test of the quote
        // token's bits: `punct` first checks that they hold a character,
        // which took about six instructions more a sign (17K over
        // corpora/real).
        if let Some(c) = word.ascii_sign() {
            out.push(Tok {
                start: s,
                end: e,
                kind: Kind::Punct(c),
                lex: Cell::new(UNSEEN),
            });
            continue;
        }
        match word.punct() {
            Some(c) => out.push(Tok {
                start: s,
                end: e,
                kind: match c {
                    '\u{2019}' | '\u{2018}' => Kind::Punct(b'\''),
                    '\u{2013}' | '\u{2014}' => Kind::Punct(b'-'),
                    _ => Kind::Other,
                },
                lex: Cell::new(UNSEEN),
            }),
            _ => {
                if e > next_digit {
                    // A plain word that starts at the paragraph's next
                    // digit is most often a number alone ("2019", "15th").
                    let number = word.plain() && next_digit == s;
                    next_digit = first_digit(bytes, e, end);
                    if number && push_number(bytes, s, e, word.took_period(), out, opening) {
                        continue;
                    }
                }
                tokenize_piece(text, s, e, end, index, out, opening);
            }
        }
    }
}

/// For [`tokenize_from_cut`], the tokens of the plain word `bytes[s..e]`
/// (ASCII letters and digits, and a final period when `period`), which
/// starts with a digit, when it is digits and then letters alone ("2019",
/// "15th", "1990s."): one number, and its period, as [`tokenize`] reads
/// them, and `true`; else nothing, and `false`, for [`tokenize_piece`] to
/// read it ("A320" does not come here, "4x4" does and goes on).
///
/// Why these are [`tokenize`]'s tokens: it reads a digit's run and the
/// letters' run after it as one number, and a plain word ends at a byte
/// that is no ASCII letter or digit, or at its period, so both runs end
/// within it; the period, a mark, is a token of its own.
///
/// Half the words read otherwise than from their bits are such numbers
/// (359 of 744 over corpora/real): read here, with no loop over classes of
/// bytes, they cost about 6K instructions fewer there. Out of line: its
/// body written into the quote tokens' loop saved 4.5K, the loop keeping
/// fewer of its values in registers.
#[inline(never)]
fn push_number(
    bytes: &[u8],
    s: usize,
    e: usize,
    period: bool,
    out: &mut Vec<Tok>,
    opening: &mut Vec<usize>,
) -> bool {
    let word_end = e - usize::from(period);
    let n = word_end.wrapping_sub(s);
    let is_number = match bytes.get(s..).and_then(<[u8]>::first_chunk::<8>) {
        // Most such words ("2019", "15th", "47") have at most eight bytes
        // and eight bytes of the text from their start: one load settles
        // them, where two runs' ends took a loop each (about 4.8K
        // instructions fewer over corpora/real). The runs' path stays
        // inline: out of line, it did not spare the saved registers (the
        // pushes' growth paths keep them), and cost 1K more.
        Some(&eight) if (1..=8).contains(&n) => digits_first(u64::from_le_bytes(eight), n),
        _ => {
            let digits_end = run_end(bytes, s, word_end, true);
            run_end(bytes, digits_end, word_end, false) == word_end
        }
    };
    if !is_number {
        return false;
    }
    opening.push(out.len());
    push_word(out, s, word_end, e, Kind::Num, UNSEEN);
    true
}

/// Whether the ASCII digits among the first `n` bytes of `x`, eight
/// bytes of a plain word read as a little-endian word (`n` from 1 to 8),
/// come before all its other bytes: [`push_number`]'s test of a short
/// word. A plain word's bytes are ASCII letters and digits (the quote
/// tokenizer's class, `quote::token::Tok::plain`), so such a word is
/// digits and then letters alone, where testing the letters too cost a
/// dozen instructions a word more.
#[inline(always)]
fn digits_first(x: u64, n: usize) -> bool {
    let keep = HIGH >> (8 * (8 - n));
    let digits = crate::ascii8::digit_bytes(x) & keep;
    // The high bit of the first byte that is no digit (none: zero): no
    // digit may follow it.
    let rest = keep & !digits;
    let first = rest & rest.wrapping_neg();
    digits & !first.wrapping_sub(1) == 0
}

/// Pushes the token of a word from the cut, `start..word_end` in the text,
/// and, when the word took its period (`end` is one byte past `word_end`),
/// the period's token.
#[inline(always)]
fn push_word(out: &mut Vec<Tok>, start: usize, word_end: usize, end: usize, kind: Kind, lex: u16) {
    out.push(Tok {
        start,
        end: word_end,
        kind,
        lex: Cell::new(lex),
    });
    if end > word_end {
        out.push(Tok {
            start: word_end,
            end,
            kind: Kind::Punct(b'.'),
            lex: Cell::new(UNSEEN),
        });
    }
}

/// The entry number of the word of ASCII letters `bytes[s..e]`, which the
/// word index marked as one of [`crate::dates::OPENER_WORDS`], for
/// [`tokenize_from_cut`]: [`Index::short_id`] of its one load when it has
/// at most eight letters, else [`Index::id_in`].
///
/// The mark says the word is in the index and opens (a test checks the
/// list against the index), so the openers' sketch, which
/// [`Index::short_opener_id`] and [`Index::opener_id`] test first, would
/// let every such word through: it is not read (a shift, a load and a bit
/// test for each of some 1,700 marked words over corpora/real).
fn marked_opener_id(bytes: &[u8], s: usize, e: usize, index: &Index) -> u16 {
    let n = e - s;
    match bytes.get(s..s + 8).and_then(<[u8]>::first_chunk::<8>) {
        Some(eight) if n <= 8 => index.short_id(short_key(u64::from_le_bytes(*eight), n)),
        _ => index.id_in(bytes, s, e),
    }
}

/// Where the first ASCII digit of `bytes[from..end]` is, `usize::MAX` for
/// none.
///
/// Blocks of 32 bytes are tested whole, with no exit inside one, so that
/// the compiler tests their bytes together; the block that holds a digit
/// is read eight bytes at a time, the first digit's place taken from the
/// bits of the first eight that hold one (testing its halves, then reading
/// the half with the digit byte by byte, cost about 15K instructions more
/// over corpora/real, and building the block's 32-bit mask of digits
/// byte by byte, which the compiler does not make vector code, 0.11M
/// more). The last block reads on past `end` into
/// the text after the paragraph, and a digit found there is none of the
/// paragraph's: a loop byte by byte over the last bytes took about four
/// instructions a byte. Only where the text itself ends within the block
/// are they read one by one.
fn first_digit(bytes: &[u8], from: usize, end: usize) -> usize {
    let mut at = from;
    while at < end {
        let Some(block) = bytes.get(at..).and_then(<[u8]>::first_chunk::<32>) else {
            let tail = bytes.get(at..end).unwrap_or_default();
            return tail
                .iter()
                .position(|&b| is_digit(b))
                .map_or(usize::MAX, |k| at + k);
        };
        if crate::ascii8::any_digit(block) {
            // The block's eight-byte words in turn, each tested at once
            // and the first digit's place read off its bits.
            let (words, _) = block.as_chunks::<8>();
            let k = words
                .iter()
                .enumerate()
                .find_map(|(w, &eight)| {
                    let digits = crate::ascii8::first_digit_bit(u64::from_le_bytes(eight));
                    (digits != 0).then(|| at + 8 * w + (digits.trailing_zeros() / 8) as usize)
                })
                .unwrap_or(usize::MAX);
            return if k < end { k } else { usize::MAX };
        }
        at += 32;
    }
    usize::MAX
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

    /// [`first_digit`] finds the first digit a search byte by byte finds,
    /// wherever it lies in or around a block and its halves, and none past
    /// `end` though the text goes on.
    #[test]
    fn first_digit_agrees_with_a_search_byte_by_byte() {
        for len in 0..100 {
            let plain = vec![b'a'; len];
            for at in 0..len {
                let mut t = plain.clone();
                t[at] = b'7';
                for from in [0, 1, 15, 16, 17, 31, 32, 33] {
                    for end in [len, len.saturating_sub(1), len / 2] {
                        let want = (from..end)
                            .find(|&k| t[k].is_ascii_digit())
                            .unwrap_or(usize::MAX);
                        assert_eq!(first_digit(&t, from, end), want, "{len} {at} {from} {end}");
                    }
                }
            }
            assert_eq!(first_digit(&plain, 0, len), usize::MAX);
        }
    }

    /// The tokens and opening positions [`tokenize_from_cut`] builds for
    /// `text[start..end]` from the quote tokenizer's cut of it, and those
    /// [`tokenize`] reads from its bytes: they must be the same.
    fn from_cut_and_from_bytes(text: &str, start: usize, end: usize) {
        let index = Index::get();
        let mut cut = Vec::new();
        let lower = text.to_ascii_lowercase();
        let src = crate::quote::token::Source {
            text,
            lower: lower.as_bytes(),
        };
        let mut found = crate::quote::token::Found::default();
        let seg = crate::Span::new(start, end);
        crate::quote::token::tokenize_marking(&src, seg, 0, &mut cut, &mut found);
        // The quote tokenizer notes a vertical tab or a space that is not
        // ASCII exactly, but for the spaces U+2000 to U+202F, which the
        // cut notes from the layout's page search; `find` reads a segment
        // noted from its bytes.
        let para = &text[start..end];
        let left_to_the_layout = |c| ('\u{2000}'..='\u{202F}').contains(&c);
        let noted = para
            .chars()
            .any(|c| is_rare_space(c) && !left_to_the_layout(c));
        assert_eq!(found.rare_space, noted, "{para:?}");
        if para.chars().any(is_rare_space) {
            return;
        }
        let (mut new, mut opening) = (Vec::new(), Vec::new());
        let has_digit = text[start..end].bytes().any(|b| b.is_ascii_digit());
        tokenize_from_cut(
            text,
            start,
            end,
            &cut,
            has_digit.into(),
            index,
            &mut new,
            &mut opening,
        );
        let (mut old, mut flagged) = (Vec::new(), Vec::new());
        tokenize(text, start, end, index, &mut old, &mut flagged);
        assert_alike(&new, &old, &text[start..end]);
        assert_eq!(opening, flagged, "{:?}", &text[start..end]);
        // Told where the first digit is, as the gate tells it when it read
        // the numbers, the tokens are the same.
        if let Some(k) = text[start..end].bytes().position(|b| b.is_ascii_digit()) {
            let (mut told, mut told_opening) = (Vec::new(), Vec::new());
            tokenize_from_cut(
                text,
                start,
                end,
                &cut,
                Digits::At(start + k),
                index,
                &mut told,
                &mut told_opening,
            );
            assert_eq!(told, new, "{:?}", &text[start..end]);
            assert_eq!(told_opening, opening, "{:?}", &text[start..end]);
        }
    }

    /// Whether `c` is white space that the quote tokenizer passes over and
    /// [`tokenize`] reads as a token: a vertical tab, or a space that is not
    /// ASCII.
    fn is_rare_space(c: char) -> bool {
        c == '\u{b}' || !c.is_ascii() && c.is_whitespace()
    }

    /// The tokens `new` are `old`, but that a word `old` kept the entry
    /// number of may be unlooked-up in `new` when its entry opens nothing
    /// (a number the opener's sketch let through): the number is a cache,
    /// and a pattern that asks looks the word up then.
    fn assert_alike(new: &[Tok], old: &[Tok], text: &str) {
        let index = Index::get();
        let plain = |toks: &[Tok]| -> Vec<(usize, usize, Kind)> {
            toks.iter().map(|t| (t.start, t.end, t.kind)).collect()
        };
        assert_eq!(plain(new), plain(old), "{text:?}");
        for (n, o) in new.iter().zip(old) {
            let (n, o) = (n.lex.get(), o.lex.get());
            let unseen = n == UNSEEN && !index.entry_of(o).opens();
            assert!(n == o || unseen, "{text:?}: {n} {o}");
        }
    }

    /// A piece read by [`tokenize_piece`], words and numbers joined by
    /// marks or not, gives the tokens, kept entry numbers and opening
    /// places the loop over classes of bytes gives, wherever the text
    /// around it and the paragraph's end lie.
    #[test]
    fn pieces_tokenize_as_the_loop_does() {
        let index = Index::get();
        let pieces = [
            "Trump's",
            "didn\u{2019}t",
            "it's",
            "THAT\u{2019}S",
            "abcdefgh's",
            "abcdefghi's",
            "That's.",
            "You\u{2019}ve",
            "rock'n'roll",
            "U.S.",
            "pro-U.S.",
            "Soviet\u{2013}U.S.",
            "\u{2018}a\u{2014}b",
            "long-range",
            "mid-September",
            "third-generation",
            "side-by-side",
            "PG&E's",
            "x'y",
            "'s",
            "s'",
            "caf\u{e9}'s",
            "Schr\u{f6}der",
            "1950-53",
            "2.5",
            "1.1075.",
            "66-year-old's",
            "12345678-9",
            "1234567-a",
            "1234567ab-c",
            "123abcdefg",
            "1234abcd-x",
            "15th-century",
            "1990s-era",
            "US30YT",
            "F-35",
            "4x4",
            "A320",
            "x\u{2019}",
            "a\u{2026}b",
        ];
        // Every letter after an apostrophe, in both cases.
        let letters = (b'A'..=b'Z').chain(b'a'..=b'z');
        let apostrophes: Vec<String> = letters.map(|c| format!("x'{}", char::from(c))).collect();
        let mut read = 0;
        for piece in pieces
            .into_iter()
            .chain(apostrophes.iter().map(String::as_str))
        {
            for (before, after) in [("", ""), (">> ", " <<"), ("", ", and the rest of it")] {
                let text = format!("{before}{piece}{after}");
                let (s, e) = (before.len(), before.len() + piece.len());
                for end in [e, text.len()] {
                    let (mut new, mut opening) = (Vec::new(), Vec::new());
                    tokenize_piece(&text, s, e, end, index, &mut new, &mut opening);
                    let (mut old, mut flagged) = (Vec::new(), Vec::new());
                    tokenize_up_to(&text, s, e, end, index, &mut old, &mut flagged);
                    assert_eq!(new, old, "{text:?} {end}");
                    assert_eq!(opening, flagged, "{text:?} {end}");
                    read += 1;
                }
            }
        }
        assert_eq!(read, 6 * (pieces.len() + 52));
        // An opener before the apostrophe is kept and listed.
        let (mut toks, mut opening) = (Vec::new(), Vec::new());
        tokenize_piece("that's, it", 0, 6, 10, index, &mut toks, &mut opening);
        assert_eq!(opening, [0]);
        assert!(index.entry_of(toks[0].lex.get()).opens());
    }

    /// Where the two tokenizers cut words differently (apostrophes,
    /// hyphens and dashes, periods, digits glued to letters, letters that
    /// are not ASCII, marks, white space that is not ASCII or that one of
    /// them reads as a mark), every slice of the text is tokenized alike
    /// from the cut and from the bytes.
    #[test]
    fn tokens_from_the_cut_are_the_tokens_from_the_bytes() {
        let s = "On Monday, Kim Jong-un\u{2019}s U.S.-led talks\u{2014}at 9:30 a.m. on Wed. \
                 the 1990s, mid-1990 and '98; it's Aug. 15th, G7 COVID19 x2y 12ab3 \
                 caf\u{e9} na\u{ef}ve \u{c9}crit \u{6771}\u{4eac} Kim\u{301} R&D. a&b \
                 \u{a0}x\u{2009}y\u{b}z\t\n\u{c}\r \"Hi,\u{201d} (D-Mo.) x.) Mr.) e.g \
                 abcdefgh abcdefghi extraordinarily Sept.-Oct. 5'11\" \u{2026} ...  \
                 THIRTY\u{e9}years \u{2018}a\u{2013}b \u{7}end. Dec";
        let starts: Vec<usize> = (0..=s.len()).filter(|&k| s.is_char_boundary(k)).collect();
        for &start in starts.iter().step_by(3) {
            for &end in starts.iter().filter(|&&e| e >= start) {
                from_cut_and_from_bytes(s, start, end);
            }
        }
    }

    /// Numbers that are plain words, read without the bytes' loop when
    /// digits and then letters alone, and the others, are tokenized alike
    /// from the cut and from the bytes, in every slice.
    #[test]
    fn plain_numbers_from_the_cut_are_the_numbers_from_the_bytes() {
        let s = "2019. 15th 1990s. 4x4 12a3 007 2019.5 1st. 9am. A320 \
                 (1990s.) (15th.) (4x4.) x 10:30 3,000 '98 5.";
        let starts: Vec<usize> = (0..=s.len()).collect();
        for &start in &starts {
            for &end in starts.iter().filter(|&&e| e >= start) {
                from_cut_and_from_bytes(s, start, end);
            }
        }
        let index = Index::get();
        let (mut toks, mut opening) = (Vec::new(), Vec::new());
        let mut cut = Vec::new();
        let text = "in (2019.) 15th";
        crate::quote::token::tokenize(text, crate::Span::new(0, text.len()), 0, &mut cut);
        tokenize_from_cut(
            text,
            0,
            text.len(),
            &cut,
            Digits::Somewhere,
            index,
            &mut toks,
            &mut opening,
        );
        let kinds: Vec<Kind> = toks.iter().map(|t| t.kind).collect();
        let punct = |c| Kind::Punct(c);
        let expected = [
            Kind::Word,
            punct(b'('),
            Kind::Num,
            punct(b'.'),
            punct(b')'),
            Kind::Num,
        ];
        assert_eq!(kinds, expected);
        assert_eq!(opening, [2, 5]);
    }

    /// The one-load test of a short plain word agrees with reading its
    /// two runs: every word of up to six bytes of digits and letters,
    /// with any bytes after it in the load.
    #[test]
    fn digits_first_agrees_with_the_runs() {
        let alphabet = b"07aZ";
        let mut word = [0u8; 8];
        for n in 1..=6usize {
            for code in 0..alphabet.len().pow(n as u32) {
                let mut c = code;
                for b in word.iter_mut().take(n) {
                    *b = alphabet[c % alphabet.len()];
                    c /= alphabet.len();
                }
                for tail in [b' ', b'9', b'x'] {
                    word[n..].fill(tail);
                    let digits_end = run_end(&word, 0, n, true);
                    let runs = run_end(&word, digits_end, n, false) == n;
                    let one_load = digits_first(u64::from_le_bytes(word), n);
                    assert_eq!(one_load, runs, "{:?}", &word[..n]);
                }
            }
        }
        for (w, expected) in [
            (&b"20190101"[..], true),
            (b"1990sAbc", true),
            (b"15th", true),
            (b"4x4", false),
            (b"12a3", false),
            (b"2019", true),
            (b"A320", false),
        ] {
            let mut eight = [b' '; 8];
            eight[..w.len()].copy_from_slice(w);
            assert_eq!(
                digits_first(u64::from_le_bytes(eight), w.len()),
                expected,
                "{w:?}"
            );
        }
    }

    /// Every paragraph of every test story that is a quote segment, as
    /// `find` reads it, is tokenized alike from the cut and from the bytes.
    #[test]
    fn story_segments_tokenize_alike_from_the_cut() {
        let index = Index::get();
        let mut compared = 0;
        for (_, text) in crate::test_stories::stories() {
            let layout = crate::layout::Layout::new(&text);
            let Some(cut) = crate::quote::cut_every(&text, &layout) else {
                continue;
            };
            let mut next = 0;
            for p in &layout.paragraphs {
                let Some(i) = cut.segment_of(p.span, &mut next) else {
                    continue;
                };
                let (start, end) = (p.span.start, p.span.end);
                let rare_space = text[start..end].chars().any(is_rare_space);
                assert_eq!(cut.segment(i).rare_space_noted(), rare_space);
                if rare_space {
                    continue;
                }
                let (mut new, mut opening) = (Vec::new(), Vec::new());
                let words = cut.segment(i).tokens();
                let has_digit = text[start..end].bytes().any(|b| b.is_ascii_digit());
                tokenize_from_cut(
                    &text,
                    start,
                    end,
                    words,
                    has_digit.into(),
                    index,
                    &mut new,
                    &mut opening,
                );
                let (mut old, mut flagged) = (Vec::new(), Vec::new());
                tokenize(&text, start, end, index, &mut old, &mut flagged);
                assert_alike(&new, &old, &text[start..end]);
                assert_eq!(opening, flagged, "{:?}", &text[start..end]);
                compared += 1;
            }
        }
        assert!(compared > 0);
        assert!(
            !crate::test_stories::corpus_at_hand() || compared > 1_500,
            "{compared}"
        );
    }

    proptest::proptest! {
        /// Text of the characters the two tokenizers read apart, in any
        /// order, tokenized alike from the cut and from the bytes.
        #[test]
        fn any_text_tokenizes_alike_from_the_cut(
            text in "[aZk9 0.'\u{2019}\\-\u{2014}&,()\"\u{e9}\u{a0}\u{b}\t\n\u{301}\u{6771}\u{1}\r\u{c}\u{7f}*#\u{a9}\u{20ac}\u{200b}\u{2009}\u{feff}\u{1f600}]{0,40}",
        ) {
            from_cut_and_from_bytes(&text, 0, text.len());
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
