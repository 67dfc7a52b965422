//! Which paragraphs can hold a date expression at all, decided before any
//! tokenizing: a look for a number that may be part of a date ("2019",
//! "10:30", "9 a.m.") a block at a time, then, only without one, a look
//! for a trigger word by word.
//!
//! Why skipping the others is sound: the scan tries patterns only at a
//! number or at a word that opens an expression (`Scan::core`), and without
//! a number every path of `Scan::words` that ends in a match requires,
//! somewhere in the paragraph, a word of `List::Trigger`: a name of a valued
//! table (a month, weekday, holiday, season, part of the day, "the
//! nineties") or a word of `TRIGGERS`; a month's or a holiday's name
//! capitalized, as every path reads it, and "then" right after "until" or
//! "by", its one path (see [`takes_part`]). Word tokens are maximal runs of
//! ASCII letters compared in any case, so a paragraph with no ASCII digit
//! and no such run yields no match; and with no match it leaves the scan's state
//! (the last quarter and date named) as it was, so later paragraphs cannot
//! tell that it was skipped.
//!
//! With a number too, a match needs a trigger unless the number is of a
//! few shapes (see [`has_date_number`]): a paragraph whose numbers are all
//! amounts ("$3.5 million", "47 people") and which holds no trigger holds
//! no expression either.
//!
//! Most news paragraphs hold such a number or a trigger; the rest (quotes,
//! background) are skipped untokenized, and tokenizing is most of the
//! scan's cost.
//!
//! A story with no date of its own (no anchor) keeps only expressions that
//! carry their year, and until one is found nothing can refer back to it:
//! without a number, every path of `Scan::words` that ends in a match then
//! needs a spelled year ("nineteen ninety", "two thousand") or a decade
//! ("the nineties"), the words of `List::YearTrigger`. Every other path
//! resolves against the anchor, the last date named or the last quarter
//! reported (`Scan::last`, never set without an anchor), and returns
//! nothing when it has none. So in such a story, before its first date,
//! the gate looks for those few words alone, and for the numbers that name
//! a year, a decade or a century by themselves, as `Scan::number` reads
//! them: four digits from 1000 to 2199 ("2019", "1990s", and every day,
//! month, season or quarter written with its year, which holds one), two
//! ending in zero before an "s" ("the 80s"), an ordinal before "century"
//! ("the 20th century"), or digits after an apostrophe ("since '82", "the
//! '80s"). A clock time ("0800 GMT", "6am"), a day of the month ("the
//! 7th") or a count of days ago needs the story's date or a day written
//! with its year. Most paragraphs of an undated story hold none of these,
//! and most hold none of the letters every such word holds ("tie", "tee"
//! or "tho"), which are looked for first, many places at once, before any
//! word is read.
//!
//! Once such a story names a day, month or year (`Scan::previous`), an
//! anaphor can refer back to it, and nothing else is new: the quarter
//! reported (`Scan::last`) stays unset, and every other path still needs
//! the anchor or a year the gate looks for already ("April 1990", "the
//! summer of nineteen ninety"). The anaphors are read by `Scan::anaphor`
//! ("that day", "the same month", "the following year", "the previous
//! Friday"), `Scan::next_day` ("the next morning", "6:30 a.m. the
//! following day", "the this coming morning"), `Scan::then` ("until then")
//! and `Scan::the_day` ("the day before", "later in the day"). Each needs
//! the unit it names, "day", "month", "year", "then", a weekday or a part
//! of the day (which with the year triggers are the words of
//! `List::RecallTrigger`), as the token right after the word that refers
//! back with it: "that", "same", "following", "previous", "next",
//! "coming", "the", "until" or "by" (`RECALL_REFERRERS`; a unit's own
//! path may take only some of them, and more only lets a paragraph
//! through). The numbers are read as before the first date: a clock time
//! resolves against a day written with its year, or against the day named
//! through "the following morning", whose unit is found as the others are;
//! a day of the month or a count of days ago still needs the story's date.
//! So after its first date such a story's paragraphs are read only for the
//! numbers read before it, a year's word, and a unit right after a word
//! that refers back: over corpora/real, 62 of the 157 paragraphs a dated
//! story's gate would let through there (the 95 others, 3,793 tokens,
//! hold no date).

use super::lexicon::{Entry, Footing, Index, List, Triggers};
use super::table::{
    DAY_FRAMES, ORDINALS, Opener, RECALL_REFERRERS, UNIT_REFERRERS, YEAR_QUALIFIERS,
};
#[cfg(test)]
use super::token::letter_bits;
use super::token::{Digits, run_end};
use crate::Span;
// The signed compares, one vector instruction a sixteen-byte lane fewer
// than an unsigned range test in [`byte_mask`]'s loop.
use crate::ascii8::{any_digit, is_digit, is_letter};

/// Whether `text[start..end]` may hold a date expression in a story on
/// `footing`: in a dated story, a number of the shapes a date's numbers
/// take ([`has_date_number`]) or a run of ASCII letters that is a word of
/// [`List::Trigger`]; in one with no date of its own, a
/// number that names a year by itself or a word of [`List::YearTrigger`]
/// before any date is found, of [`List::RecallTrigger`] after.
///
/// Numbers are looked for first, a block of bytes at a time: most
/// paragraphs that pass have one. Only the others are read word by word.
///
/// [`List::Trigger`]: super::lexicon::List::Trigger
/// [`List::YearTrigger`]: super::lexicon::List::YearTrigger
/// [`List::RecallTrigger`]: super::lexicon::List::RecallTrigger
pub(crate) fn may_hold_date(
    text: &str,
    start: usize,
    end: usize,
    index: &Index,
    footing: Footing,
) -> bool {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let Some(paragraph) = bytes.get(start..end) else {
        return false;
    };
    let triggers = index.triggers(footing);
    match footing {
        Footing::Dated => {
            has_date_number(paragraph)
                || has_trigger::<SHORTEST_TRIGGER>(paragraph, index, triggers, |i, entry| {
                    takes_part(paragraph, entry, i)
                })
        }
        Footing::Undated => {
            has_year_number(paragraph)
                || may_hold_year_word(paragraph)
                    && has_trigger::<SHORTEST_YEAR_TRIGGER>(paragraph, index, triggers, |_, _| true)
        }
        Footing::AfterDate => {
            has_year_number(paragraph)
                || has_trigger::<SHORTEST_RECALL_TRIGGER>(paragraph, index, triggers, |i, entry| {
                    refers_back(paragraph, entry, i)
                })
        }
    }
}

/// [`may_hold_date`] for a paragraph that is one of the quote segments,
/// whose words the quote tokenizer has cut and listed: `words` are the
/// spans of its words that are words of [`crate::dates::TRIGGER_WORDS`]
/// (marked by the word index), then of those that are not plain (ASCII
/// letters and digits, but for a final period), each in any order, listed
/// only for a paragraph without a digit.
///
/// Why it answers as [`may_hold_date`]: that lets a paragraph through
/// exactly when it holds a number the footing counts ([`has_date_number`]
/// in a dated story, [`has_year_number`] in one without a date of its
/// own) or a whole run of ASCII letters that is a trigger of the footing's
/// list that counts there ([`has_trigger`], behind [`may_hold_year_word`],
/// which every year's word passes, in an undated story). The numbers are
/// read here as there, from the bytes. Every run of letters lies in one
/// word token: spaces and signs hold no ASCII letter, and no word token
/// starts or ends next to an ASCII letter (a word is a whole run of
/// letters, digits and joiners, and takes on a period only where no letter
/// or digit follows it), so the runs within a word are the paragraph's
/// own. A plain word without a digit is one run, whose entry the word
/// index looked up in any case: it is a trigger of some list only when it
/// is marked, and so listed. The runs of a plain word with a digit ("5day",
/// "COVID19") are not looked up, but each lies next to a run of digits,
/// before or after it, and is read there, as the numbers are read. The
/// other words, a few a paragraph, are listed too and read here run by
/// run, as [`has_trigger`] reads them, but for the joined words ("U.S.",
/// "Korea's") whose first run is no trigger and whose later runs are too
/// short to be one ([`SHORTEST_ANY_TRIGGER`]). Each run is asked with the
/// same test and the same `counts` of the footing (a test compares the
/// two gates over every test story and corpus).
///
/// Most paragraphs have a trigger word or two and a word that is not plain
/// ("it's", "U.S.") or none, where [`has_trigger`] read every 64 bytes
/// into a mask and looked at every run's first letters.
///
/// With the answer, whether the paragraph holds an ASCII digit, and where
/// the first is when the numbers were read, which the
/// caller hands on to [`tokenize_from_cut`]: told from its cut, `noted`
/// what the quote tokenizer's word loop noted of one
/// ([`crate::quote::token::holds_digit`]), where a search of every byte,
/// 64 a step, cost about 0.11M instructions over corpora/real.
///
/// A quarter of the segments asked (435 of 1,742 over corpora/real) have
/// no digit and no word in either list, and hold nothing: they are turned
/// down here, inlined into `find`'s paragraph loop, and only the others
/// go on to [`words_may_hold_date`], out of line, whose set-up (its saved
/// registers and its reading of the footing's lists) those no longer pay
/// (about 15K instructions fewer over corpora/real).
///
/// [`tokenize_from_cut`]: super::token::tokenize_from_cut
#[inline(always)]
pub(crate) fn may_hold_date_in_words<W: ListedWords>(
    text: &str,
    start: usize,
    end: usize,
    index: &Index,
    footing: Footing,
    noted: bool,
    words: W,
) -> (bool, Digits) {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let Some(paragraph) = bytes.get(start..end) else {
        return (false, Digits::None);
    };
    let digit = crate::quote::token::holds_digit(paragraph, noted);
    if !digit && !words.any() {
        return (false, Digits::None);
    }
    match words_may_hold_date(paragraph, start, index, footing, digit, words) {
        None => (false, Digits::from(digit)),
        Some(usize::MAX) => (true, Digits::from(digit)),
        Some(first) => (true, Digits::At(start + first)),
    }
}

/// A paragraph's listed words, as [`may_hold_date_in_words`] reads them:
/// whether there are any, told first and cheaply, and the lists only for
/// a paragraph that goes on to [`words_may_hold_date`], which builds them
/// itself: built by the caller, the two lists' iterators were written to
/// the stack and passed by reference at every call.
pub(crate) trait ListedWords {
    /// The marked words' spans (in the text).
    type Marked: MarkedWords;
    /// The spans of the words that are not plain.
    type NotPlain: Iterator<Item = Span>;
    /// Whether either list holds a word.
    fn any(&self) -> bool;
    /// The marked words.
    fn marked(&self) -> Self::Marked;
    /// The words that are not plain, asked for only when the gate's other
    /// tests have not settled the paragraph, as most are settled: sliced
    /// with the marked words at the gate's entry, they cost about 1K
    /// instructions more over corpora/real.
    fn not_plain(&self) -> Self::NotPlain;
}

/// A paragraph's marked words ([`ListedWords::Marked`]): their spans, and
/// whether any is a word of [`List::YearTrigger`], as the quote word index
/// marks them too ([`crate::dates::YEAR_TRIGGER_WORDS`]), told from their
/// tokens' bits.
pub(crate) trait MarkedWords: Iterator<Item = Span> {
    /// Whether any of the words is a word of [`List::YearTrigger`].
    fn any_year_word(self) -> bool;
}

/// [`may_hold_date_in_words`] of the paragraph `paragraph`, which starts
/// at `start` in the text, whose marked and not-plain words are `marked`
/// and `not_plain` (spans in the text), and which holds an ASCII digit
/// when `digit`: `None` when it holds no date, else where its first
/// digit is in the paragraph when its numbers were read and one counts,
/// `usize::MAX` when they were not. (Returned in two registers, where the
/// place written through a pointer took the caller a slot of its stack,
/// an argument more and a load after the call.)
///
/// Not inlined: `find`'s paragraph loop stays as small as it was with the
/// byte gate alone (inlined, the pipeline ran about 7K more instructions
/// over corpora/real).
#[inline(never)]
fn words_may_hold_date(
    paragraph: &[u8],
    start: usize,
    index: &Index,
    footing: Footing,
    digit: bool,
    words: impl ListedWords,
) -> Option<usize> {
    let triggers = index.triggers(footing);
    // A paragraph with a digit is read for its numbers, as the byte gate
    // reads it, and with them for the runs of letters glued to them, which
    // no list holds: a paragraph whose numbers and listed words hold
    // nothing is no longer read again from its bytes for its runs of
    // letters (about 0.16M instructions over corpora/real).
    let is_listed = |i, e| {
        is_listed_run(paragraph, index, triggers, i, e)
            .is_some_and(|entry| counts_on(footing, paragraph, entry, i))
    };
    // A marked word is one run of letters, with its period when it took
    // one on (the word index marks no word with a digit or a joiner, as no
    // trigger holds one): no byte of it is read but that one and its first
    // two letters, where reading the runs of every word cost about 80K
    // instructions more over corpora/real.
    // Every marked word is a trigger of some list, so only its entry is
    // read, for whether it is one of the footing's ([`Index::marked_trigger`]).
    let in_marked = |w: Span| {
        let (i, e) = (w.start.saturating_sub(start), w.end.saturating_sub(start));
        let e = e - usize::from(paragraph.get(e.wrapping_sub(1)) == Some(&b'.'));
        opening_fits(paragraph, triggers, i, e)
            && index
                .marked_trigger(triggers, paragraph, i, e)
                .is_some_and(|entry| counts_on(footing, paragraph, entry, i))
    };
    // A run shorter than the shortest trigger of the footing's list is
    // none of them, so a word's reading stops where too few bytes are left
    // for one: after "Korea" in "Korea's", after the "U" of "U.S.", most
    // of the words that are not plain (possessives and initials), where
    // stepping to each short run and testing it cost about 37K
    // instructions more over corpora/real; in a story with no date of its
    // own, before "Korea" too (17K more, with the shortest of any list).
    let shortest = match footing {
        Footing::Dated => SHORTEST_TRIGGER,
        Footing::Undated => SHORTEST_YEAR_TRIGGER,
        Footing::AfterDate => SHORTEST_RECALL_TRIGGER,
    };
    // A word of at most sixteen bytes with sixteen bytes of the paragraph
    // from its start, most of them ("Korea's", "U.S.", "it's"), is read by
    // one vector compare into a mask of its letters, and only the runs of
    // the shortest trigger's length or more are looked up: none of its
    // bytes is stepped over one by one and no run's end is searched for
    // (about 12K instructions fewer over corpora/real than the walk below,
    // which the others, 62 of 1,039 there, still take).
    //
    // In the walk, near a word's end, a run whose first two letters open
    // no trigger short enough to end within the word is none, and too few
    // bytes are left after it for another run as long as the shortest
    // trigger (one starts two bytes on at the nearest, after a letter and
    // a joiner): the word is read no further, and the run's end is not
    // found.
    let in_not_plain = |w: Span| {
        let mut i = w.start.saturating_sub(start);
        // The word's length, read off its span alone, which lies in the
        // paragraph: its end is needed only past the window.
        let n = w.end.saturating_sub(w.start);
        if n <= WINDOW
            && let Some(window) = paragraph.get(i..).and_then(<[u8]>::first_chunk::<WINDOW>)
        {
            // The word's letters, and the first of each of its runs of
            // letters long enough to be a trigger.
            let letters = window_letters(window) & !(u32::MAX << n);
            let mut starts = letters & !(letters << 1) & runs_of_at_least(letters, shortest);
            while starts != 0 {
                // The run's first two letters and its length are the
                // window's and its mask's, read with no bounds to test:
                // a run of at least `shortest` (three or more) letters
                // starts at the 14th byte at the latest, so its second
                // lies within the window, and it ends within it too.
                const { assert!(SHORTEST_ANY_TRIGGER >= 3) };
                let k = starts.trailing_zeros() as usize;
                let len = (!(letters >> k)).trailing_zeros() as usize;
                let lengths = triggers.opening_lengths(window[k & 15], window[(k + 1) & 15]);
                if lengths >> len & 1 != 0
                    && let Some(entry) =
                        index.trigger_of_fitting_length(triggers, paragraph, i + k, i + k + len)
                    && counts_on(footing, paragraph, entry, i + k)
                {
                    return true;
                }
                starts &= starts - 1;
            }
            return false;
        }
        let word_end = w.end.saturating_sub(start).min(paragraph.len());
        while i + shortest <= word_end {
            if !paragraph[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let rest = word_end - i;
            if rest < shortest + 2 {
                let next = paragraph.get(i + 1).copied().unwrap_or(0);
                let lengths = triggers.opening_lengths(paragraph[i], next);
                if lengths & !(u32::MAX << rest.min(31)) << 1 == 0 {
                    return false;
                }
            }
            let e = run_end(paragraph, i, word_end, false);
            if is_listed(i, e) {
                return true;
            }
            i = e;
        }
        false
    };
    // The answer is whether any of the three holds, asked cheapest first:
    // a marked word, a word or two a paragraph, is tested before the
    // numbers, whose look reads every 64 bytes of the paragraph (about
    // two hundred instructions a paragraph with a digit). A dated story's
    // paragraph with both a trigger and a number, about one in seven of
    // those with a digit, then costs no look at its numbers, and the few
    // words that are not plain, which seldom hold a trigger, are read last
    // (8.9K instructions fewer over corpora/real than the numbers first).
    // In a story with no date of its own, before its first date, a marked
    // word counts only when it is a year's word, which its token's bits
    // tell with no look-up: 40 of the 447 segments asked there over
    // corpora/real pass, none on a marked word, and their marked words
    // (some 340, "year", "Thursday") were each looked up (about 20K
    // instructions over corpora/real).
    let marked_count = match footing {
        Footing::Undated => words.marked().any_year_word(),
        Footing::Dated | Footing::AfterDate => words.marked().any(in_marked),
    };
    if marked_count {
        return Some(usize::MAX);
    }
    if digit && let Some(first) = has_counted_number(paragraph, index, triggers, footing) {
        return Some(first);
    }
    words.not_plain().any(in_not_plain).then_some(usize::MAX)
}

/// The bytes of a word that is not plain read at once for its runs of
/// letters ([`window_letters`]): one vector register's.
const WINDOW: usize = 16;

/// Bit `k` set when byte `k` of `window` is an ASCII letter.
///
/// Each byte's bit shifted into place: the compiler makes it one vector
/// compare and one move of the lanes' high bits, where gathering each
/// eight bytes by a multiplication, as [`byte_mask`] does, came out as
/// sixty scalar instructions (and the gate's paragraphs as many more).
#[inline(always)]
fn window_letters(window: &[u8; WINDOW]) -> u32 {
    let mut letters = 0;
    for (k, &c) in window.iter().enumerate() {
        letters |= u32::from(is_letter(c)) << k;
    }
    letters
}

/// Bit `k` of `letters` kept when bits `k` to `k + n - 1` are all set: the
/// places a run of at least `n` letters goes on from, for `n` up to 8
/// (a larger `n` is read as 8, which only keeps more places).
#[inline(always)]
fn runs_of_at_least(letters: u32, n: usize) -> u32 {
    let two = letters & letters >> 1;
    let four = two & two >> 2;
    match n {
        0 | 1 => letters,
        2 => two,
        3 => two & letters >> 2,
        4 => four,
        _ => four & four >> (n - 4).min(4),
    }
}

/// Whether `paragraph`, which holds a digit, holds a number that counts on
/// `footing` ([`is_date_number`] in a dated story, [`is_year_number`] in
/// one with no date of its own) or a trigger glued to one, right after it
/// or right before it, for [`may_hold_date_in_words`]: when it does, where
/// its first digit is, the first run's start, read on the way, which the
/// tokenizer then need not search for. (Returned in registers: written
/// through a pointer, it took the caller a slot of its stack, written at
/// every call and read back after one that passed.)
///
/// Not inlined: about one paragraph in three asks, and the others' gate
/// saves and sets up no more than their words' loops need (about 5.7K
/// instructions fewer over corpora/real than inlined).
#[inline(never)]
fn has_counted_number(
    paragraph: &[u8],
    index: &Index,
    triggers: &Triggers,
    footing: Footing,
) -> Option<usize> {
    let is_trigger = |i, e| {
        index
            .trigger_in(triggers, paragraph, i, e)
            .is_some_and(|entry| counts_on(footing, paragraph, entry, i))
    };
    let dated = footing == Footing::Dated;
    let is_letter_at = |k: usize| paragraph.get(k).is_some_and(u8::is_ascii_alphabetic);
    // Each number's neighbours are read once: the byte after it tells both
    // whether the number's own letters are to be read and whether a trigger
    // may be glued after it; the byte before, whether one may be glued
    // before it or, when it is no letter, whether it follows an apostrophe
    // (none does past a letter). Read for each test on its own, as
    // [`is_date_number`] and [`glued_trigger`] read them, they cost about
    // 6K instructions more over corpora/real. The runs of letters glued on,
    // which lie in words the word index does not look up ("5day",
    // "COVID19"), are read here as the numbers are read; most numbers have
    // none.
    let counts = |i: usize, e: usize| {
        let glued_after = is_letter_at(e);
        let number = if dated {
            is_date_number_alone(paragraph, i, e, glued_after)
        } else {
            is_year_number_alone(paragraph, i, e, glued_after)
        };
        number
            || glued_after && is_trigger(e, run_end(paragraph, e, paragraph.len(), false))
            || if is_letter_at(i.wrapping_sub(1)) {
                is_trigger(letters_before(paragraph, i), i)
            } else {
                after_apostrophe(paragraph, i)
            }
    };
    first_digit_of_number(paragraph, counts)
}

/// The entry of the whole run of ASCII letters `paragraph[i..e]` when it
/// is a word of `triggers`, for [`counts_on`] to read; most runs ruled out
/// by their first two letters and their length
/// ([`Triggers::opening_lengths`]), as [`has_trigger`] rules them out,
/// before the run is hashed: a word marked as a trigger of some list
/// is of the footing's list about two times in five ("Wednesday" in a
/// story with no date of its own, where a year's word is looked for), and
/// most runs of the words that are not plain that have a length some
/// trigger has open none ("Korea" in "Korea's"). Over corpora/real, 13K
/// instructions fewer than the test of the length alone
/// ([`Index::trigger_in`]).
///
/// The runs glued to numbers, a few a story, are still asked by
/// [`Index::trigger_in`]: the opening's test inlined there too made
/// the number loop's registers spill (66K instructions more).
#[inline(always)]
fn is_listed_run<'a>(
    paragraph: &[u8],
    index: &'a Index,
    triggers: &Triggers,
    i: usize,
    e: usize,
) -> Option<&'a Entry> {
    if !opening_fits(paragraph, triggers, i, e) {
        return None;
    }
    index.trigger_of_fitting_length(triggers, paragraph, i, e)
}

/// Whether a trigger of `triggers` opens with the first two letters of the
/// run `paragraph[i..e]` and is as long as it ([`Triggers::opening_lengths`]).
#[inline(always)]
fn opening_fits(paragraph: &[u8], triggers: &Triggers, i: usize, e: usize) -> bool {
    let byte = |k: usize| paragraph.get(k).copied().unwrap_or(0);
    let lengths = triggers.opening_lengths(byte(i), byte(i + 1));
    // No trigger is as long as 31 letters (a test checks).
    lengths >> e.saturating_sub(i).min(31) & 1 != 0
}

/// Where the run of ASCII letters that ends at `i` starts.
fn letters_before(paragraph: &[u8], i: usize) -> usize {
    let before = paragraph.get(..i).unwrap_or_default();
    before
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |k| k + 1)
}

/// Whether a run of ASCII letters glued to the digits `paragraph[i..e]`,
/// right after them or right before them, is a trigger `is_trigger` takes:
/// [`has_counted_number`]'s reading as it was, each neighbour read on its
/// own, kept as the tests' reference.
#[cfg(test)]
fn glued_trigger(
    paragraph: &[u8],
    i: usize,
    e: usize,
    is_trigger: impl Fn(usize, usize) -> bool,
) -> bool {
    let is_letter_at = |k: usize| paragraph.get(k).is_some_and(u8::is_ascii_alphabetic);
    if is_letter_at(e) && is_trigger(e, run_end(paragraph, e, paragraph.len(), false)) {
        return true;
    }
    if !is_letter_at(i.wrapping_sub(1)) {
        return false;
    }
    is_trigger(letters_before(paragraph, i), i)
}

/// Whether a trigger found at `paragraph[i..]`, of entry `entry`, counts
/// on `footing`, as [`may_hold_date`] asks: [`takes_part`] in a dated
/// story, always in an undated one before its first date, [`refers_back`]
/// after.
///
/// The entry is the one the look-up that found the trigger hands on
/// ([`Index::trigger_of_fitting_length`]): looked up again from the run's
/// bytes, as it was, it cost about 29K instructions more over
/// corpora/real, most of them for the marked words of the quote segments.
fn counts_on(footing: Footing, paragraph: &[u8], entry: &Entry, i: usize) -> bool {
    match footing {
        Footing::Dated => takes_part(paragraph, entry, i),
        Footing::Undated => true,
        Footing::AfterDate => refers_back(paragraph, entry, i),
    }
}

/// Whether `bytes` holds an ASCII digit.
///
/// Always inlined: once [`has_year_number`] called it too, the compiler
/// left it out of line, and `find`, the caller for most paragraphs, then
/// ran about 100K more instructions over corpora/real in its tokenizing.
#[inline(always)]
fn has_digit(bytes: &[u8]) -> bool {
    // No early exit inside a block, so that the compiler tests the block's
    // bytes together. Blocks of 64 bytes, four vector compares and one
    // loop test each, where two 32-byte blocks took about six instructions
    // more (some 18K over corpora/real).
    let blocks = bytes.chunks_exact(64);
    let tail = blocks.remainder();
    if blocks.clone().any(any_digit) {
        return true;
    }
    // The tail, most paragraphs' last few bytes, is tested as the last 64
    // bytes, overlapping the last block, or as its first and last 32
    // bytes: a block's test rather than a loop byte by byte. Only a text
    // shorter than 32 bytes is read byte by byte.
    let n = bytes.len();
    match (n.checked_sub(64), n.checked_sub(32)) {
        _ if tail.is_empty() => false,
        (Some(last), _) => bytes.get(last..).is_some_and(any_digit),
        (None, Some(last)) => {
            bytes.get(..32).is_some_and(any_digit) || bytes.get(last..).is_some_and(any_digit)
        }
        (None, None) => tail.iter().any(u8::is_ascii_digit),
    }
}

/// Whether `paragraph` may hold a word of [`List::YearTrigger`]: whether
/// three bytes in a row read "tie", "tee" or "tho" in any case, as every
/// such word holds ("twenties" to "nineties", "eighteen", "nineteen",
/// "thousand"; a test checks each).
///
/// Asked before [`has_trigger`] reads the paragraph's words: in a story
/// with no date of its own, most paragraphs hold no year's word, and few
/// hold these letters (about one block of 64 bytes in twenty over
/// corpora/real). Each step compares 32 places at once, reading the 34
/// bytes they start, in vector code with no branch but the step's; no
/// letter mask is built and no word is read.
#[inline(never)]
fn may_hold_year_word(paragraph: &[u8]) -> bool {
    const STEP: usize = 32;
    const WINDOW: usize = STEP + 2;
    let mut base = 0;
    while let Some(window) = paragraph.get(base..base + WINDOW) {
        if window_holds_year_letters(window) {
            return true;
        }
        base += STEP;
    }
    // The places left, fewer than a step, are read as the paragraph's last
    // window, which overlaps the one before; a paragraph shorter than a
    // window is padded with zeros, which match no letter.
    match paragraph.len().checked_sub(WINDOW) {
        Some(last) => paragraph.get(last..).is_some_and(window_holds_year_letters),
        None => {
            let mut window = [0u8; WINDOW];
            window[..paragraph.len()].copy_from_slice(paragraph);
            window_holds_year_letters(&window)
        }
    }
}

/// Whether any of the first 32 places of the 34 bytes of `window` starts
/// "tie", "tee" or "tho" in any case (see [`may_hold_year_word`]).
#[inline(always)]
fn window_holds_year_letters(window: &[u8]) -> bool {
    let Ok(window) = <&[u8; 34]>::try_from(window) else {
        return false;
    };
    // Setting bit 5 lowercases an ASCII letter, and moves no other byte to
    // one of these letters. No early exit, so that the compiler tests the
    // places together.
    (0..32).fold(false, |any, k| {
        let [a, b, c] = [window[k], window[k + 1], window[k + 2]].map(|x| x | 0x20);
        let tie_or_tee = ((b == b'i') | (b == b'e')) & (c == b'e');
        let tho = (b == b'h') & (c == b'o');
        any | (a == b't') & (tie_or_tee | tho)
    })
}

/// Whether `paragraph` holds a number that an undated story can resolve
/// (see the module's comment): a run of ASCII digits that names a year, a
/// decade or a century by itself ([`names_a_year`]), or one after an
/// apostrophe.
#[inline(never)]
fn has_year_number(paragraph: &[u8]) -> bool {
    has_number(paragraph, |i, e| is_year_number(paragraph, i, e))
}

/// Whether the run of digits `paragraph[i..e]` is a number
/// [`has_year_number`] looks for.
#[inline(always)]
fn is_year_number(paragraph: &[u8], i: usize, e: usize) -> bool {
    let glued = paragraph.get(e).is_some_and(u8::is_ascii_alphabetic);
    is_year_number_alone(paragraph, i, e, glued) || after_apostrophe(paragraph, i)
}

/// [`is_year_number`] but for the apostrophe before the number, with
/// `glued` whether an ASCII letter follows it.
#[inline(always)]
fn is_year_number_alone(paragraph: &[u8], i: usize, e: usize, glued: bool) -> bool {
    // Digits alone name a year only as four of them: most numbers are
    // amounts ("$3.5 million", "47 people"), ruled out by their length and
    // the byte after them without a call to read on, and four digits
    // alone are read here, where [`names_a_year`] looked for letters after
    // them first (about 7K instructions more over corpora/real).
    if glued {
        names_a_year(paragraph, i, e)
    } else {
        are_year_digits(paragraph.get(i..e).unwrap_or_default())
    }
}

/// Whether `digits` are four from 1000 to 2199, as `year_digits` reads a
/// year.
#[inline(always)]
fn are_year_digits(digits: &[u8]) -> bool {
    digits.len() == 4 && matches!(digits, [b'1', ..] | [b'2', b'0' | b'1', ..])
}

/// Whether `paragraph` holds a number that can take part in an expression
/// of a dated story whose paragraph holds no trigger word (see the
/// module's comment): a year's or a decade's number or one after an
/// apostrophe, as [`has_year_number`] finds them; any run of four digits
/// (a year read against its neighbours, "0800 GMT"); or one before a
/// clock's colon or its "am", "pm", "a." or "p." ([`clock_after`]).
///
/// Why the other numbers take part in none: `Scan::number`, the one path
/// that opens at a number (`Scan::words` opens only at a word, and a hedge
/// before a number hands it on to `Scan::number`), reads a number as a
/// clock, a day before a month's name, a count before a unit and "ago" or
/// "earlier", a year after an apostrophe, a decade, a century, or four
/// digits. A clock is digits alone before a colon ("10:30", "16:08 UTC"),
/// four digits before a zone ("0800 GMT"), or digits alone before "am",
/// "pm" or "a"/"p" and a period ("9 a.m."); a month's name is a trigger
/// when capitalized, as it must be there, and so are "ago" and "earlier";
/// every path after the decade's and the century's reads four digits. The
/// words that open (`Scan::words`) need a trigger of their own whether or
/// not a number follows, as the module's comment tells: they reach a
/// number only past one (a month's or a season's name, "year", "day",
/// "quarter", "half"). So a paragraph with neither such a number nor a
/// trigger word yields nothing, and it is skipped.
/// Over corpora/real, 47 of the 190 paragraphs of dated stories that hold
/// a digit hold no such number and no trigger, and are skipped (a look for
/// these numbers and then for a trigger in the paragraphs with a digit
/// costs less than tokenizing those 47).
#[inline(never)]
fn has_date_number(paragraph: &[u8]) -> bool {
    has_number(paragraph, |i, e| is_date_number(paragraph, i, e))
}

/// Whether the run of digits `paragraph[i..e]` is a number
/// [`has_date_number`] looks for.
#[inline(always)]
fn is_date_number(paragraph: &[u8], i: usize, e: usize) -> bool {
    let glued = paragraph.get(e).is_some_and(u8::is_ascii_alphabetic);
    is_date_number_alone(paragraph, i, e, glued) || after_apostrophe(paragraph, i)
}

/// [`is_date_number`] but for the apostrophe before the number, with
/// `glued` whether an ASCII letter follows it.
#[inline(always)]
fn is_date_number_alone(paragraph: &[u8], i: usize, e: usize, glued: bool) -> bool {
    // Most numbers are amounts, ruled out by the byte after them and the
    // one before: letters glued on are read only when there are some.
    if glued {
        names_a_year(paragraph, i, e)
    } else {
        e - i == 4 || clock_after(paragraph, e)
    }
}

/// Whether the number ending at `e` may be a clock's hours or its hours
/// and minutes: past the ASCII white space the tokenizer passes over, a
/// colon follows, or a word "am" or "pm", or "a" or "p" and a period, as
/// `Scan::clock` and `Scan::clock24` read them. Most numbers are followed
/// by neither a colon nor a word in "a" or "p", and cost two tests.
fn clock_after(paragraph: &[u8], e: usize) -> bool {
    let rest = paragraph.get(e..).unwrap_or_default().trim_ascii_start();
    match rest.first().map(|b| b | 0x20) {
        // A colon is 0x3a, and so with bit 5 set (as is 0x1a, a control
        // byte, which only lets a paragraph through).
        Some(b':') => {}
        Some(b'a' | b'p') => {}
        _ => return false,
    }
    let letters = rest
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    match rest.get(..letters).unwrap_or_default() {
        // The colon: no letter.
        [] => true,
        [_, m] => m | 0x20 == b'm',
        [_] => {
            let rest = rest.get(1..).unwrap_or_default();
            rest.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'.')
        }
        _ => false,
    }
}

/// Whether `paragraph` holds a run of ASCII digits `i..e` for which
/// `counts(i, e)` holds.
///
/// The paragraph is read 64 bytes at a time into a mask of its digits, as
/// [`has_trigger`] reads letters, and only the runs' starts are looked at.
#[inline(always)]
fn has_number(paragraph: &[u8], counts: impl Fn(usize, usize) -> bool) -> bool {
    // Most paragraphs have no digit, which the block test tells more
    // cheaply than the mask of digits that finds the numbers.
    has_digit(paragraph) && has_number_of_digits(paragraph, counts)
}

/// [`has_number`] of a paragraph known to hold a digit, which is not
/// looked for again.
#[inline(always)]
fn has_number_of_digits(paragraph: &[u8], counts: impl Fn(usize, usize) -> bool) -> bool {
    first_digit_of_number(paragraph, counts).is_some()
}

/// [`has_number_of_digits`], with where the paragraph's first digit is
/// when it holds such a number.
#[inline(always)]
fn first_digit_of_number(paragraph: &[u8], counts: impl Fn(usize, usize) -> bool) -> Option<usize> {
    let end = paragraph.len();
    // The first run's start, the paragraph's first digit.
    let mut first = usize::MAX;
    // Bit 0 set when the byte before the block is a digit.
    let mut before = 0u64;
    let mut base = 0;
    while base < end {
        // Most blocks of a paragraph with a number hold none: one test of
        // the block's bytes together passes over such a block, where its
        // mask cost about three times as much.
        match paragraph.get(base..base + 64) {
            Some(block) if !block.iter().fold(false, |any, &b| any | is_digit(b)) => {
                before = 0;
                base += 64;
                continue;
            }
            Some(_) => {}
            // The last, short block is tested too, most often after the
            // paragraph's numbers: of 324 such blocks over corpora/real,
            // 189 are turned down, and their mask is not made (about 8K
            // instructions fewer). A paragraph whose blocks before held no
            // digit holds its digits there (every caller knows it holds
            // one), and the test is not made: were there none, the mask
            // would hold no run, and the answer would be the same.
            None if first != usize::MAX && !tail_may_hold_digit(paragraph, base) => break,
            None => {}
        }
        let digits = block_mask(paragraph, base, is_digit);
        let mut starts = digits & !((digits << 1) | before);
        before = digits >> 63;
        while starts != 0 {
            let s = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let i = base + s;
            // The run's end read off the mask when it ends within the
            // block (the mask is zero past the paragraph's end).
            let after = !digits >> s;
            let e = if after != 0 {
                i + after.trailing_zeros() as usize
            } else {
                run_end(paragraph, i, end, true)
            };
            first = first.min(i);
            if counts(i, e) {
                return Some(first);
            }
        }
        base += 64;
    }
    None
}

/// Whether the paragraph's last bytes from `base`, fewer than 64, may
/// hold an ASCII digit: tested as the last 32 bytes of the paragraph and,
/// when more are left, the 32 from `base`, which may read bytes before
/// `base` (a digit there only keeps the block); a paragraph shorter than
/// 32 bytes is not tested.
#[inline(always)]
fn tail_may_hold_digit(paragraph: &[u8], base: usize) -> bool {
    let n = paragraph.len();
    let Some(last) = paragraph.last_chunk::<32>() else {
        return true;
    };
    any_digit(last)
        || n - base > 32
            && paragraph
                .get(base..)
                .and_then(<[u8]>::first_chunk::<32>)
                .is_some_and(|b| any_digit(b))
}

/// Whether the run of digits `paragraph[i..e]`, with the letters glued
/// after it, names a year, a decade or a century by itself, as
/// `Scan::number` reads one with no date to resolve against: four digits
/// from 1000 to 2199 ("2019", "1990s", "1990's"), two ending in zero with
/// an "s" ("the 80s"), or an ordinal before "century" ("the 20th
/// century"). Any case of the letters, and "s" before more letters, only
/// let a paragraph through.
fn names_a_year(paragraph: &[u8], i: usize, e: usize) -> bool {
    let digits = paragraph.get(i..e).unwrap_or_default();
    let letters_end = run_end(paragraph, e, paragraph.len(), false);
    let letters = paragraph.get(e..letters_end).unwrap_or_default();
    let year = are_year_digits(digits);
    match letters {
        [] => year,
        // "1990s", "the 80s" (an "s" alone: "21st" is an ordinal)
        [b's' | b'S'] => year || matches!(digits, [_, b'0']),
        // "the 20th century": `day_of_month` reads one or two digits and a
        // suffix of two letters.
        [_, _] if digits.len() <= 2 => {
            word_after(paragraph, letters_end).eq_ignore_ascii_case(b"century")
        }
        _ => false,
    }
}

/// The word after `at`: the run of ASCII letters that starts where the
/// white space from `at` ends, as the tokenizer reads it; empty when a mark
/// or a digit stands there.
fn word_after(paragraph: &[u8], at: usize) -> &[u8] {
    let word = paragraph.get(at..).unwrap_or_default().trim_ascii_start();
    let end = word
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(word.len());
    word.get(..end).unwrap_or_default()
}

/// Whether the trigger at `paragraph[i..]`, of entry `entry`, can take
/// part in an expression of a dated story written without digits: a month's or a holiday's name
/// only capitalized, since `Scan::month`, `Scan::holiday` and
/// `Scan::number` read a name only so ("may" is a verb, "election" a
/// noun); "then" only right after "until" or "by", as `Scan::then` reads
/// it, its one path; any other trigger always. (No month or holiday name,
/// nor "then", is a trigger of another kind: a test checks.)
///
/// Called only for the triggers found, about one a paragraph.
fn takes_part(paragraph: &[u8], entry: &Entry, i: usize) -> bool {
    if entry.month.is_some() || entry.holiday.is_some() {
        return paragraph.get(i).is_some_and(u8::is_ascii_uppercase);
    }
    if entry.opener == Some(Opener::Then) {
        let before = word_before(paragraph, i);
        return [&b"until"[..], b"by"]
            .iter()
            .any(|w| before.eq_ignore_ascii_case(w));
    }
    if is_period(paragraph, i) {
        return word_before(paragraph, i).eq_ignore_ascii_case(b"latest");
    }
    if entry.opener == Some(Opener::Day) || entry.part_of_day.is_some() {
        return unit_takes_part(paragraph, entry, i);
    }
    if entry.opener == Some(Opener::Year) {
        return year_takes_part(paragraph, i);
    }
    true
}

/// Whether "year", found at `paragraph[i..]`, can take part in an
/// expression of a dated story by itself: right after a word of
/// [`UNIT_REFERRERS`] ("last year", "the following year"), of
/// [`YEAR_QUALIFIERS`] ("the full year"), "the" ("for the year") or
/// "latest" ("the latest year"); or right before a mark that is no space
/// ("year-end", "year's end", "year-ago", any character not ASCII, which
/// only lets a paragraph through) or the word "end" ("year end").
///
/// Why the others take part in none: `Scan::words` reads "year" by
/// `Scan::year_earlier` (before a hyphen), `Scan::year_end` (before a
/// hyphen, an apostrophe or "end") and `Scan::the_year` (after "the" and
/// any qualifiers); `Scan::relative_unit`, `Scan::anaphor`,
/// `Scan::year_shift` and `Scan::bare_quarter` read it right after "this",
/// "last", "next", "past", "coming", "that", "same", "following",
/// "previous", "latest" or "fiscal"; a count reads it before "ago" or
/// "earlier", and a number before it or after it counts by itself, as
/// does a month's, a season's or a quarter's name that reads it after
/// them. Over corpora/real, 5 paragraphs let through by "year" alone ("his
/// 17th year", "each year", "the 18-year insurgency") held no expression.
fn year_takes_part(paragraph: &[u8], i: usize) -> bool {
    // "year" is four letters.
    let next = paragraph.get(i + 4).copied().unwrap_or(b' ');
    if matches!(next, b'-' | b'\'') || !next.is_ascii() {
        return true;
    }
    if word_after(paragraph, i + 4).eq_ignore_ascii_case(b"end") {
        return true;
    }
    let before = word_before(paragraph, i);
    [UNIT_REFERRERS, YEAR_QUALIFIERS, &["the", "latest"]]
        .iter()
        .any(|list| {
            list.iter()
                .any(|w| before.eq_ignore_ascii_case(w.as_bytes()))
        })
}

/// Whether "day" or a part of the day ("morning", "night"), found at
/// `paragraph[i..]` with entry `entry`, can take part in an expression of
/// a dated story by itself: only as the unit right after a word of
/// [`UNIT_REFERRERS`] ("that day", "the following morning", "last
/// night"), "day" also right after an ordinal ("the eighth day") or
/// "the", when "before" or "after" follows it ("the day before") or a
/// word of [`DAY_FRAMES`] or "in" comes before "the" ("during the day",
/// "later in the day").
///
/// Why the others take part in none: a part of the day is read by
/// `Scan::words` only before "yesterday", "today" or "tomorrow", by
/// `Scan::weekday` and `Scan::relative_day` only after a weekday or one of
/// those, all triggers themselves; otherwise only as the unit of
/// `Scan::relative_unit` ("this", "last", "next", and "past" or "coming"
/// after "this") and of `Scan::next_day` (after "following", "next" or
/// "coming"). "Day" is read only by `Scan::the_day` (after "the", as
/// above), `Scan::anaphor` and `Scan::next_day` (after "that", "same",
/// "following", "previous", "next" or "coming"), `Scan::nth_day` (after
/// an ordinal word), and as a holiday's or a count's unit, after a
/// holiday's name or before "ago" or "earlier", triggers themselves.
/// Each reads the word right before or after it as the next token, which
/// [`word_before`] and [`word_after`] find as the tokenizer does. Over
/// corpora/real, 11 paragraphs let through by such a word alone ("a
/// historic day", "all night", "on the day") held no expression.
fn unit_takes_part(paragraph: &[u8], entry: &Entry, i: usize) -> bool {
    let before = word_before(paragraph, i);
    let is_one_of =
        |w: &[u8], list: &[&str]| list.iter().any(|r| w.eq_ignore_ascii_case(r.as_bytes()));
    if is_one_of(before, UNIT_REFERRERS) {
        return true;
    }
    if entry.part_of_day.is_some() {
        return false;
    }
    if before.eq_ignore_ascii_case(b"the") {
        // "day" is three letters.
        let after = word_after(paragraph, i + 3);
        if after.eq_ignore_ascii_case(b"before") || after.eq_ignore_ascii_case(b"after") {
            return true;
        }
        // "the" ends where the white space before `i` starts.
        let the_end = paragraph
            .get(..i)
            .unwrap_or_default()
            .trim_ascii_end()
            .len();
        let the_start = the_end - before.len();
        let frame = word_before(paragraph, the_start);
        return frame.eq_ignore_ascii_case(b"in") || is_one_of(frame, DAY_FRAMES);
    }
    ORDINALS
        .iter()
        .any(|(w, _)| before.eq_ignore_ascii_case(w.as_bytes()))
}

/// Whether the trigger found at `paragraph[i..]` is "period", in any case
/// (no other trigger starts so). Every path that reads "period" but one
/// reads it beside another trigger or a counted number: after "year" ("the
/// same period last year", "the year-earlier period") or after four digits
/// ("the 1988 period"). The one, `Scan::bare_quarter`, reads it right after
/// "latest" ("the latest period"), the only place where it takes part by
/// itself: elsewhere it lets a paragraph through for nothing (over
/// corpora/real, six paragraphs tokenized and scanned for no date).
fn is_period(paragraph: &[u8], i: usize) -> bool {
    paragraph
        .get(i..i + 6)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"period"))
}

/// Whether the recall trigger at `paragraph[i..]`, of entry `entry`, can
/// take part in an expression of a story with no date of its own, after a date: a year's
/// word always; a unit ("day", "then", a weekday, a part of the day) only
/// right after a word of [`RECALL_REFERRERS`] (see the module's comment).
///
/// Called only for the triggers found, a few a story.
fn refers_back(paragraph: &[u8], entry: &Entry, i: usize) -> bool {
    if entry.has(List::YearTrigger) {
        return true;
    }
    let word = word_before(paragraph, i);
    RECALL_REFERRERS
        .iter()
        .any(|r| word.eq_ignore_ascii_case(r.as_bytes()))
}

/// The word before the one at `i`: the run of ASCII letters that ends
/// where the white space before `i` starts, as the tokenizer reads it;
/// empty when a mark or a digit stands there. One glued after digits
/// ("5the") is no word token, and only lets a paragraph through.
fn word_before(paragraph: &[u8], i: usize) -> &[u8] {
    let before = paragraph.get(..i).unwrap_or_default();
    let end = before
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |k| k + 1);
    let words = before.get(..end).unwrap_or_default();
    let start = words
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    words.get(start..).unwrap_or_default()
}

/// Whether the last byte before `i` that is not ASCII white space (which
/// the tokenizer passes over) is an apostrophe's: `'`, or the last byte of
/// U+2018 or U+2019. A few other characters end in those bytes too: they
/// only let a paragraph through.
fn after_apostrophe(paragraph: &[u8], i: usize) -> bool {
    paragraph
        .get(..i)
        .and_then(|before| before.iter().rev().find(|b| !b.is_ascii_whitespace()))
        .is_some_and(|&b| matches!(b, b'\'' | 0x98 | 0x99))
}

/// Whether a whole run of ASCII letters in `paragraph` is a word of
/// `triggers` that `counts`, asked with the run's start and its entry
/// ([`counts_on`]). None of the triggers is shorter than `SHORTEST`
/// letters, and a word costs a look at its first two letters and one bit
/// unless it may be one: the lengths of the triggers that open with those
/// letters (most pairs open none), then the run's own length. The few runs
/// left (about one in eleven over corpora/real) are looked up.
///
/// The paragraph is read 64 bytes at a time into a mask of its letters, and
/// the runs' starts are read off the mask: the bytes between words (spaces,
/// punctuation) cost nothing one by one, and a word's end is one count of
/// zeros rather than a loop. A run's first two letters are read from the
/// block's [`BLOCK_WINDOW`].
///
/// Not inlined: the paragraph loop stays small for the paragraphs with a
/// digit, most of them, which never come here.
#[inline(never)]
fn has_trigger<const SHORTEST: usize>(
    paragraph: &[u8],
    index: &Index,
    triggers: &Triggers,
    counts: impl Fn(usize, &Entry) -> bool,
) -> bool {
    let end = paragraph.len();
    // Bit 0 set when the byte before the block is a letter: a run going on
    // from the last block does not start again in this one.
    let mut before = 0u64;
    let mut base = 0;
    while base < end {
        // The block and the byte after it read in place, from `origin`.
        // The paragraph's last block (and the one before, when the
        // paragraph ends right after it) is read as the paragraph's last
        // `BLOCK_WINDOW` bytes, which overlap the block before: the places
        // before `base`, read already, are masked off, and the byte before
        // `base` is in the window, so a run going on across `base` does not
        // start again. The window's 64 places then end a byte before the
        // paragraph: a run that starts on its last byte is of one letter,
        // no trigger, and one that ends there finds no end in the mask and
        // is read to its end below. Only a paragraph shorter than the
        // window is copied, with zeros past the end, which are no letters
        // and open no trigger (a test checks).
        let mut padded;
        let (window, origin, unseen) = match paragraph
            .get(base..)
            .and_then(<[u8]>::first_chunk::<BLOCK_WINDOW>)
        {
            Some(window) => (window, base, u64::MAX),
            None => match end.checked_sub(BLOCK_WINDOW) {
                Some(last) => match paragraph
                    .get(last..)
                    .and_then(<[u8]>::first_chunk::<BLOCK_WINDOW>)
                {
                    // A shift of 64, with one byte left, masks off every
                    // place: a run of one letter is no trigger.
                    Some(window) => (
                        window,
                        last,
                        u64::MAX.checked_shl((base - last) as u32).unwrap_or(0),
                    ),
                    None => break,
                },
                None => {
                    padded = [0u8; BLOCK_WINDOW];
                    let tail = paragraph.get(base..).unwrap_or_default();
                    padded[..tail.len()].copy_from_slice(tail);
                    (&padded, base, u64::MAX)
                }
            },
        };
        let letters = byte_mask(&window[..64], is_letter);
        let mut starts = letters & !((letters << 1) | before) & unseen;
        before = letters >> 63;
        // Only the starts of runs as long as the shortest trigger: a run
        // with a non-letter among its first letters is too short. The
        // block's last bytes, whose next letters are in the next block,
        // are kept for the test below.
        // Bit `b` of `runs` says that bytes `b` to `b + long - 1` are
        // letters; `long` grows by as much as it is each step, so seven
        // letters take three steps, not six.
        let mut runs = letters;
        let mut long = 1;
        while long < SHORTEST {
            let k = (SHORTEST - long).min(long);
            runs &= (runs >> k) | !(u64::MAX >> k);
            long += k;
        }
        starts &= runs;
        while starts != 0 {
            let s = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let i = origin + s;
            // Most runs are ruled out by their first two letters and their
            // length. A run of one letter at the paragraph's end (kept as
            // a block's last byte) is followed by a zero, which opens no
            // trigger.
            let lengths = triggers.opening_lengths(window[s], window[s + 1]);
            if lengths == 0 {
                continue;
            }
            // The run's length when it ends within the block; otherwise
            // it goes on into the next one (no non-letter is left above
            // it), and its end is looked for.
            let after = !letters >> s;
            let e = if after != 0 {
                i + after.trailing_zeros() as usize
            } else {
                run_end(paragraph, i, end, false)
            };
            // No trigger is as long as 31 letters (a test checks).
            let fits = lengths >> (e - i).min(31) & 1 != 0;
            if fits
                && let Some(entry) = index.trigger_of_fitting_length(triggers, paragraph, i, e)
                && counts(i, entry)
            {
                return true;
            }
        }
        base += 64;
    }
    false
}

/// The bytes [`has_trigger`] reads a block of 64 places from: the block
/// and the byte after it, so that a run's first two letters are read from
/// a fixed-size array, with no test of the paragraph's length for each run
/// (about 17K runs over corpora/real; a run starts at one of the block's
/// 64 places, and the compiler sees that both letters lie within).
const BLOCK_WINDOW: usize = 65;

/// The fewest letters of a run [`has_trigger`] looks up for a word of
/// [`List::Trigger`], and [`may_hold_date_in_words`] reads in a word that
/// is not plain: none is shorter (a test checks). A constant rather
/// than the index's own figure, so that the filter of the shorter runs is
/// a fixed pair of shifts rather than a loop.
///
/// [`List::Trigger`]: super::lexicon::List::Trigger
const SHORTEST_TRIGGER: usize = 3;

/// The same for [`List::YearTrigger`] ("sixties", "eighteen"): in an
/// undated story the gate reads only the runs of seven letters or more,
/// one word in five, dropping the others with the same shifts.
///
/// [`List::YearTrigger`]: super::lexicon::List::YearTrigger
const SHORTEST_YEAR_TRIGGER: usize = 7;

/// The same for [`List::RecallTrigger`] ("day").
///
/// [`List::RecallTrigger`]: super::lexicon::List::RecallTrigger
const SHORTEST_RECALL_TRIGGER: usize = 3;

/// The fewest letters of a trigger of any footing's list: a run of fewer
/// is none, and the quote tokenizer leaves out of the words that are not
/// plain those whose runs after the first are all shorter, when the first
/// is no trigger (see `quote::token::Found::joined`).
///
/// Over corpora/real, the joined words too short to hold such a run after
/// a joiner ("U.S.", "U.N.", "it's", "I'm", "p.m.") were 452 of the 1,742
/// words that are not plain the gate was handed, and 95 quote segments
/// held no digit, no trigger word and no other word that is not plain:
/// left out, they were turned down before the gate's out-of-line call, and
/// the others read fewer words (dates about 23K instructions fewer, the
/// quote tokenizer's joined words 2K more for the test of their length).
pub(crate) const SHORTEST_ANY_TRIGGER: usize = shortest_of(
    shortest_of(SHORTEST_TRIGGER, SHORTEST_YEAR_TRIGGER),
    SHORTEST_RECALL_TRIGGER,
);

/// The smaller of `a` and `b`, in a constant.
const fn shortest_of(a: usize, b: usize) -> usize {
    if a < b { a } else { b }
}

/// Bit `k` set when byte `base + k` of `paragraph` passes `is`, for the 64
/// bytes from `base`; zero past the paragraph's end.
#[inline(always)]
fn block_mask(paragraph: &[u8], base: usize, is: impl Fn(u8) -> bool + Copy) -> u64 {
    let end = paragraph.len();
    match paragraph.get(base..base + 64) {
        Some(block) => byte_mask(block, is),
        // The last, short block of a paragraph of a block or more: its
        // last 64 bytes, which overlap the block before, shifted down so
        // that bit 0 is byte `base` again and the bits past the end are
        // zero, without copying the tail.
        None if end >= 64 => {
            let last = end - 64;
            paragraph
                .get(last..)
                .map_or(0, |block| byte_mask(block, is) >> (base - last))
        }
        None => {
            // A paragraph shorter than a block, padded with zeros (which
            // pass neither test used here).
            let mut block = [0u8; 64];
            let tail = paragraph.get(base..).unwrap_or_default();
            block[..tail.len()].copy_from_slice(tail);
            byte_mask(&block, is)
        }
    }
}

/// Bit `k` set when byte `k` of the 64 in `block` is an ASCII letter.
#[cfg(test)]
fn letter_mask(block: &[u8]) -> u64 {
    byte_mask(block, is_letter)
}

/// Bit `k` set when byte `k` of the 64 in `block` passes `is`.
///
/// Each byte is tested on its own, into a byte that is 1 when it passes: a
/// loop the compiler runs sixteen bytes an instruction. Each eight of those
/// bytes are then gathered into eight bits by one multiplication. Testing
/// eight bytes at a time in an integer instead took twice the
/// instructions, and the block is tested for every 64 bytes of the
/// paragraphs without digits.
///
/// The eights are gathered from the last, the bits so far shifted up by
/// eight before each is added: shifting each eight into place instead
/// came out as a shift down and a mask of its byte, whose four 64-bit
/// masks held four registers through the callers' loops (about 11K
/// instructions more over corpora/real).
#[inline(always)]
fn byte_mask(block: &[u8], is: impl Fn(u8) -> bool) -> u64 {
    let mut ones = [0u8; 64];
    for (one, &c) in ones.iter_mut().zip(block) {
        *one = u8::from(is(c));
    }
    let mut letters = 0;
    for eight in ones.chunks_exact(8).rev() {
        let mut b = [0u8; 8];
        b.copy_from_slice(eight);
        // Byte `j`'s bit 0 lands on bit 56 + `j`, and no other product
        // reaches the top byte: the eight bits in order.
        let bits = u64::from_le_bytes(b).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        letters = letters << 8 | bits;
    }
    letters
}

/// [`letter_mask`] as it read before, eight bytes at a time in an integer:
/// the reference the tests compare it with.
#[cfg(test)]
fn letter_mask_by_words(block: &[u8]) -> u64 {
    let mut letters = 0;
    for (k, eight) in block.chunks_exact(8).enumerate() {
        let mut b = [0u8; 8];
        b.copy_from_slice(eight);
        letters |= letter_bits(u64::from_le_bytes(b)) << (8 * k);
    }
    letters
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holds(s: &str) -> bool {
        may_hold_date(s, 0, s.len(), Index::get(), Footing::Dated)
    }

    /// [`holds`] in a story with no date of its own, before any date.
    fn holds_undated(s: &str) -> bool {
        may_hold_date(s, 0, s.len(), Index::get(), Footing::Undated)
    }

    /// [`holds`] in a story with no date of its own, after a date.
    fn holds_after_date(s: &str) -> bool {
        may_hold_date(s, 0, s.len(), Index::get(), Footing::AfterDate)
    }

    /// Every footing, as the tests below run each test on each one's list
    /// of triggers.
    const FOOTINGS: [Footing; 3] = [Footing::Dated, Footing::Undated, Footing::AfterDate];

    /// [`has_trigger`] with the list and the shortest run it looks up on
    /// `footing`, as [`may_hold_date`] calls it; in an undated story, it
    /// also checks that [`may_hold_year_word`], asked first there, lets
    /// through every paragraph in which a trigger is found.
    fn has_trigger_in(paragraph: &[u8], index: &Index, footing: Footing) -> bool {
        let set = index.triggers(footing);
        let counts = |i, entry: &Entry| counts_on(footing, paragraph, entry, i);
        match footing {
            Footing::Dated => has_trigger::<SHORTEST_TRIGGER>(paragraph, index, set, counts),
            Footing::Undated => {
                let found = has_trigger::<SHORTEST_YEAR_TRIGGER>(paragraph, index, set, counts);
                assert!(!found || may_hold_year_word(paragraph), "{paragraph:?}");
                found
            }
            Footing::AfterDate => {
                has_trigger::<SHORTEST_RECALL_TRIGGER>(paragraph, index, set, counts)
            }
        }
    }

    #[test]
    fn no_trigger_is_shorter_than_the_runs_looked_up() {
        let index = Index::get();
        assert!(index.shortest_trigger(Footing::Dated) >= SHORTEST_TRIGGER);
        assert!(index.shortest_trigger(Footing::Undated) >= SHORTEST_YEAR_TRIGGER);
        assert!(index.shortest_trigger(Footing::AfterDate) >= SHORTEST_RECALL_TRIGGER);
    }

    #[test]
    fn date_numbers_and_whole_trigger_words_keep_a_paragraph() {
        assert!(holds("It rose in 2019."));
        assert!(holds("at 9 a.m."));
        assert!(holds("at 10:30"));
        assert!(holds("It rose 5 percent this quarter."));
        assert!(!holds("It rose 5 percent."));
        assert!(holds("They met on TUESDAY."));
        assert!(holds("in the first quarters"));
        assert!(holds("the mayor said. May"));
        assert!(holds("the nineties"));
        assert!(!holds("The mayor said the todays market was calm."));
        assert!(!holds("He said that a deal was near, \u{e9}t\u{e9}."));
        assert!(!holds(""));
    }

    #[test]
    fn an_undated_story_needs_a_year_a_spelled_year_or_a_decade() {
        for s in [
            "It rose in 2019.",
            "the 1990s",
            "the 80s",
            "since '82",
            "since \u{2019} 82",
            "the 20th century",
            "the 21st century",
            "12345 people, 12 of them in 2019",
        ] {
            assert!(holds_undated(s), "{s}");
        }
        for s in [
            "It rose 5 percent, to $3.5 million, at 10:30 a.m.",
            "12345 people on Aug. 12",
            "A320 jets",
            "\u{e9}12",
            "its 76th anniversary at 6am, flight 0800, 2200 people, the 7th-century church",
        ] {
            assert!(!holds_undated(s), "{s}");
        }
        assert!(holds_undated("in nineteen ninety"));
        assert!(holds_undated("by the year two THOUSAND"));
        assert!(holds_undated("the Nineties"));
        assert!(!holds_undated("They met on TUESDAY, the day before."));
        assert!(!holds_undated(
            "Then, in May, last year, the ninety-first quarter."
        ));
        assert!(!holds_undated(""));
    }

    /// A month's or a holiday's name counts only capitalized, "then" only
    /// after "until" or "by".
    #[test]
    fn names_count_capitalized_and_then_after_until_or_by() {
        for s in [
            "They met in May.",
            "MARCH",
            "on Christmas",
            "Election Day",
            "until then",
            "and BY then",
            "may, then, and the May",
        ] {
            assert!(holds(s), "{s}");
        }
        for s in [
            "They may march after the election.",
            "christmas",
            "since then",
            "by-then",
            "and then, until",
        ] {
            assert!(!holds(s), "{s}");
        }
        // "fall" is a season, read in any case.
        assert!(holds("in the fall"));
    }

    #[test]
    fn period_counts_only_after_latest() {
        for s in ["the latest period", "the LATEST Period.", "latest\n period"] {
            assert!(holds(s), "{s}");
        }
        for s in [
            "They led 2-1 after the third period.",
            "a long period of calm",
            "the latest-period",
            "Period.",
            "latest, period",
        ] {
            assert!(!holds(s), "{s}");
        }
        // With another trigger or a year's number it is read there.
        assert!(holds("the same period last year"));
        assert!(holds("the 1988 period"));
    }

    #[test]
    fn day_and_parts_of_the_day_count_only_as_units() {
        for s in [
            "that day",
            "the same Day",
            "the following morning",
            "the previous day",
            "the next day",
            "the this coming morning",
            "late last night",
            "this past night",
            "This afternoon",
            "the eighth day",
            "the day before the vote",
            "the day after",
            "during the day",
            "later in\n the day",
            "the FIRST day",
        ] {
            assert!(holds(s), "{s}");
        }
        for s in [
            "Here we are on a historic day.",
            "The crash comes a day after the swap.",
            "keeping the game close all night",
            "One night after the loss",
            "down 2.74% on the day.",
            "roll the day Epstein died",
            "day by day",
            "the-day before",
            "the 8th day",
            "mid-morning",
            "Every day counts.",
        ] {
            assert!(!holds(s), "{s}");
        }
        // With another trigger near, that one is read.
        assert!(holds("Friday night"));
        assert!(holds("yesterday morning"));
        assert!(holds("a day ago"));
        assert!(holds("Thanksgiving Day"));
    }

    #[test]
    fn year_counts_only_beside_the_words_that_read_it() {
        for s in [
            "last year",
            "the following Year",
            "the past year",
            "for the full year",
            "the latest fiscal year",
            "by year-end",
            "by year end",
            "by the year's end",
            "the year\u{2019}s end",
            "the year-ago quarter",
        ] {
            assert!(holds(s), "{s}");
        }
        for s in [
            "in his 17th year in the league",
            "Each year, the family converts grassland.",
            "the group's 18-year insurgency",
            "a near 1-1/2 year trade war",
            "year after year",
        ] {
            assert!(!holds(s), "{s}");
        }
        assert!(holds("a year ago"));
        assert!(holds("a year earlier"));
    }

    /// No month's or holiday's name is a trigger of another kind, which
    /// would count in lower case.
    #[test]
    fn names_are_triggers_only_as_names() {
        use super::super::table::{HOLIDAYS, MONTHS, TRIGGERS};
        let index = Index::get();
        let names = MONTHS
            .iter()
            .map(|e| e.0)
            .chain(HOLIDAYS.iter().map(|e| e.0));
        for w in names {
            let e = index.lookup(w);
            assert!(!TRIGGERS.contains(&w), "{w}");
            assert!(e.weekday.is_none() && e.season.is_none(), "{w}");
            assert!(e.part_of_day.is_none() && e.tens_ies.is_none(), "{w}");
        }
    }

    #[test]
    fn after_a_date_an_undated_story_needs_a_year_or_an_anaphors_unit() {
        for s in [
            "It rose in 2019.",
            "the '80s",
            "in nineteen ninety",
            "the Nineties",
            "that DAY",
            "the same month",
            "the following year",
            "until then",
            "the previous Friday",
            "the next morning",
            "the this Coming night",
            "later in the day",
            "by then",
        ] {
            assert!(holds_after_date(s), "{s}");
        }
        for s in [
            "It rose 5 percent, to $3.5 million, at 10:30 a.m.",
            "12345 people on Aug. 12",
            "They met in May, last week, the week before.",
            "the third quarter, a decade ago, today",
            "this year, last year, a year, since then, on Sunday, Sunday morning",
            "the-day, 5 day, that. Month",
            "",
        ] {
            assert!(!holds_after_date(s), "{s}");
        }
    }

    /// [`has_trigger`] pads a paragraph's last block with zeros: a run of
    /// one letter before them must open no trigger.
    #[test]
    fn no_trigger_opens_with_a_letter_and_a_zero() {
        let index = Index::get();
        for footing in FOOTINGS {
            let triggers = index.triggers(footing);
            for first in 0..=255u8 {
                assert_eq!(triggers.opening_lengths(first, 0), 0, "{first}");
            }
        }
    }

    /// [`has_trigger`] without its masks and its test of a run's opening:
    /// each whole run of letters looked up.
    fn has_trigger_run_by_run(paragraph: &[u8], index: &Index, footing: Footing) -> bool {
        let triggers = index.triggers(footing);
        let mut i = 0;
        while i < paragraph.len() {
            if paragraph[i].is_ascii_alphabetic() {
                let e = run_end(paragraph, i, paragraph.len(), false);
                // The entry looked up again from the run's bytes, not
                // the one the gate's look-up hands on.
                let entry = index.entry_of(index.id_in(paragraph, i, e));
                if index.trigger_in(triggers, paragraph, i, e).is_some()
                    && counts_on(footing, paragraph, entry, i)
                {
                    return true;
                }
                i = e;
            } else {
                i += 1;
            }
        }
        false
    }

    /// The mask read a byte at a time is the mask read eight bytes at a
    /// time, for every byte value at every place of a block, around
    /// letters, digits, marks and the bytes of other characters.
    #[test]
    fn letter_masks_read_by_bytes_and_by_words_agree() {
        let text = "On Monday, the Mayor said 17 officials met \u{e9}t\u{e9} \
                    \u{2014} at 9:30 a.m. [Z] {z} `@` THIRTY years later";
        let bytes = text.as_bytes();
        for start in (0..bytes.len().saturating_sub(64)).step_by(7) {
            let mut block = [0u8; 64];
            block.copy_from_slice(&bytes[start..start + 64]);
            assert_eq!(letter_mask(&block), letter_mask_by_words(&block), "{start}");
            for k in 0..64 {
                let kept = block[k];
                for c in 0..=255u8 {
                    block[k] = c;
                    assert_eq!(
                        letter_mask(&block),
                        letter_mask_by_words(&block),
                        "{start} {k} {c}"
                    );
                }
                block[k] = kept;
            }
        }
    }

    /// Every word of the tables the lexicon reads, as written, with the
    /// decades made from their stems ("twenties", "twenty").
    fn table_words() -> Vec<String> {
        use super::super::table;
        let mut words: Vec<String> = Vec::new();
        for list in [
            table::TRIGGERS,
            table::YEAR_TRIGGERS,
            table::RECALL_TRIGGERS,
            table::MODIFIERS,
        ] {
            words.extend(list.iter().map(|w| w.to_string()));
        }
        fn firsts<T>(table: &[(&str, T)]) -> impl Iterator<Item = String> {
            table.iter().map(|e| e.0.to_string())
        }
        words.extend(firsts(table::OPENERS));
        words.extend(firsts(table::MONTHS));
        words.extend(firsts(table::WEEKDAYS));
        words.extend(firsts(table::HOLIDAYS));
        words.extend(firsts(table::SEASONS));
        words.extend(firsts(table::PARTS_OF_DAY));
        words.extend(firsts(table::COUNTS));
        words.extend(firsts(table::ORDINALS));
        for stem in table::TENS_STEMS {
            words.extend([format!("{}ies", stem.0), format!("{}y", stem.0)]);
        }
        words
    }

    #[test]
    fn runs_tested_by_their_opening_find_what_runs_find() {
        let index = Index::get();
        let mut words = table_words();
        words.extend(
            [
                "Monday's",
                "mayor",
                "MARCH",
                "years",
                "Chicago",
                "eighteenth",
                "autumnal",
                "said",
                "x",
                "abcdefgh",
                "yesterdays",
                "\u{e9}day",
                "day\u{e9}",
            ]
            .map(String::from),
        );
        for a in &words {
            for j in [" ", "", ".", "-", "\u{2019}", "7", "\u{e9}", "  "] {
                for s in [
                    format!("{a}{j}the officials"),
                    format!("the officials{j}{a}"),
                    format!("{j}{a}{j}"),
                    a.to_uppercase(),
                ] {
                    for footing in FOOTINGS {
                        assert_eq!(
                            has_trigger_in(s.as_bytes(), index, footing),
                            has_trigger_run_by_run(s.as_bytes(), index, footing),
                            "{s:?}"
                        );
                    }
                }
            }
        }
    }

    /// Over the lines and paragraphs of the seed pages and the real corpus,
    /// on every footing, [`has_trigger`], which reads a paragraph's last
    /// block as its last bytes overlapping the block before, finds what
    /// runs find; and over every cut of a sample of nearly four blocks,
    /// every start and every end.
    #[test]
    fn last_blocks_read_overlapping_find_what_runs_find() {
        let index = Index::get();
        let mut compared = 0;
        for (path, text) in crate::test_stories::stories() {
            let layout = crate::layout::Layout::new(&text);
            let paragraphs = layout.paragraphs.iter().map(|p| &text.as_str()[p.span]);
            for paragraph in text.lines().chain(paragraphs) {
                for footing in FOOTINGS {
                    assert_eq!(
                        has_trigger_in(paragraph.as_bytes(), index, footing),
                        has_trigger_run_by_run(paragraph.as_bytes(), index, footing),
                        "{path:?} {paragraph:?}"
                    );
                    compared += 1;
                }
            }
        }
        assert!(compared > 0);
        if crate::test_stories::corpus_at_hand() {
            assert!(compared > 20_000, "{compared}");
        }
        let sample = "On Monday the mayor said. Talks in May, then a quarter of \
                      the nineties, until then; Wednesdays, every day thereafter x"
            .repeat(2);
        let bytes = sample.as_bytes();
        for start in 0..bytes.len() {
            for end in start..=bytes.len() {
                let cut = &bytes[start..end];
                for footing in FOOTINGS {
                    assert_eq!(
                        has_trigger_in(cut, index, footing),
                        has_trigger_run_by_run(cut, index, footing),
                        "{:?}",
                        String::from_utf8_lossy(cut)
                    );
                }
            }
        }
    }

    /// [`has_counted_number`] as it read before: every run of digits,
    /// found byte by byte, asked with each neighbour read on its own
    /// ([`is_date_number`] or [`is_year_number`] as they were, then
    /// [`glued_trigger`]); the first run's start when one counts.
    fn counted_number_run_by_run(paragraph: &[u8], footing: Footing) -> Option<usize> {
        let index = Index::get();
        let triggers = index.triggers(footing);
        let is_trigger = |i, e| {
            index
                .trigger_in(triggers, paragraph, i, e)
                .is_some_and(|entry| counts_on(footing, paragraph, entry, i))
        };
        let glued = |e: usize| paragraph.get(e).is_some_and(u8::is_ascii_alphabetic);
        let counts = |i: usize, e: usize| {
            let number = if footing == Footing::Dated {
                (if glued(e) {
                    names_a_year(paragraph, i, e)
                } else {
                    e - i == 4 || clock_after(paragraph, e)
                }) || after_apostrophe(paragraph, i)
            } else {
                (glued(e) || e - i == 4) && names_a_year(paragraph, i, e)
                    || after_apostrophe(paragraph, i)
            };
            number || glued_trigger(paragraph, i, e, is_trigger)
        };
        let mut runs = Vec::new();
        let mut i = 0;
        while i < paragraph.len() {
            if paragraph[i].is_ascii_digit() {
                let e = run_end(paragraph, i, paragraph.len(), true);
                runs.push((i, e));
                i = e;
            } else {
                i += 1;
            }
        }
        let first = runs.first()?.0;
        runs.iter().any(|&(i, e)| counts(i, e)).then_some(first)
    }

    /// [`has_counted_number`]'s answer and first digit.
    fn counted_number(paragraph: &[u8], footing: Footing) -> Option<usize> {
        let index = Index::get();
        has_counted_number(paragraph, index, index.triggers(footing), footing)
    }

    /// Compares [`counted_number`] with [`counted_number_run_by_run`] for
    /// `paragraph` on every footing, when it holds a digit: how many were
    /// compared, and how many of those found a number that counts.
    fn compare_counted_numbers(paragraph: &[u8]) -> (usize, usize) {
        if !paragraph.iter().any(u8::is_ascii_digit) {
            return (0, 0);
        }
        let mut counted = 0;
        for footing in FOOTINGS {
            let want = counted_number_run_by_run(paragraph, footing);
            assert_eq!(
                counted_number(paragraph, footing),
                want,
                "{footing:?} {:?}",
                String::from_utf8_lossy(paragraph)
            );
            counted += usize::from(want.is_some());
        }
        (FOOTINGS.len(), counted)
    }

    /// Over the lines and paragraphs with a digit of the seed pages and the
    /// real corpus, and over numbers with letters, triggers and marks
    /// around them at every offset across the 64-byte blocks, on every
    /// footing, [`has_counted_number`], which reads each number's
    /// neighbours once, four digits alone without [`names_a_year`], and a
    /// paragraph's tail without a test when no digit came before, answers
    /// as each number asked by the tests it was written with did, and
    /// finds the same first digit.
    #[test]
    fn counted_numbers_are_found_as_run_by_run() {
        let (mut compared, mut counted) = (0, 0);
        for (_, text) in crate::test_stories::stories() {
            let layout = crate::layout::Layout::new(&text);
            let paragraphs = layout.paragraphs.iter().map(|p| &text.as_str()[p.span]);
            for paragraph in text.lines().chain(paragraphs) {
                let (c, n) = compare_counted_numbers(paragraph.as_bytes());
                (compared, counted) = (compared + c, counted + n);
            }
        }
        assert!(compared > 0 && counted > 0);
        if crate::test_stories::corpus_at_hand() {
            assert!(compared > 5_000 && counted > 1_000, "{compared} {counted}");
        }
        let (mut compared, mut counted) = (0, 0);
        for number in ["7", "47", "80", "2019", "2200", "0800", "1990", "12345"] {
            for around in [
                ("", ""),
                ("in ", " said"),
                ("'", ""),
                ("\u{2019}", "s"),
                ("the ", "s"),
                ("the ", "th century"),
                ("", "day"),
                ("", "days ago"),
                ("", ":30"),
                ("", " a.m."),
                ("", "pm"),
                ("", "Monday"),
                ("Monday", ""),
                ("COVID", ""),
                ("nineties", ""),
                ("", "nineteen"),
                ("last ", "year"),
                ("until", "then"),
                ("by", "then"),
                ("\u{e9}", "\u{e9}"),
            ] {
                let core = format!("{}{number}{}", around.0, around.1);
                for pad in 0..140 {
                    for filler in ["-", " ", "x", "abc ", "1 "] {
                        let mut s = filler.repeat(pad / filler.len());
                        s.push_str(&core);
                        for tail in ["", " ", " said", "7", " 12 per cent"] {
                            let (c, n) = compare_counted_numbers(format!("{s}{tail}").as_bytes());
                            (compared, counted) = (compared + c, counted + n);
                        }
                    }
                }
            }
        }
        assert!(
            compared > 100_000 && counted > 10_000,
            "{compared} {counted}"
        );
    }

    /// Words at every offset across the 64-byte blocks the mask is read
    /// in, and runs longer than a block, find what runs find.
    #[test]
    fn words_across_blocks_find_what_runs_find() {
        let index = Index::get();
        for word in [
            "May",
            "mayor",
            "yesterday",
            "Wednesdays",
            "quarters",
            "nineties",
            "x",
        ] {
            for pad in 50..140 {
                for filler in ["-", " ", "\u{e9}", "abc "] {
                    let mut s = filler.repeat(pad / filler.len());
                    s.push_str(word);
                    for tail in ["", " ", "said", "7"] {
                        let t = format!("{s}{tail}");
                        for footing in FOOTINGS {
                            assert_eq!(
                                has_trigger_in(t.as_bytes(), index, footing),
                                has_trigger_run_by_run(t.as_bytes(), index, footing),
                                "{t:?}"
                            );
                        }
                    }
                }
            }
        }
        let long = "a".repeat(150);
        for s in [
            format!("{long}May"),
            format!("{long} May"),
            format!("May{long}"),
            format!("{long} thousand"),
        ] {
            for footing in FOOTINGS {
                assert_eq!(
                    has_trigger_in(s.as_bytes(), index, footing),
                    has_trigger_run_by_run(s.as_bytes(), index, footing),
                    "{s:?}"
                );
            }
        }
    }

    /// [`has_year_number`] read off the tokens: a number after an
    /// apostrophe, or one of four digits from 1000 to 2199 alone or with
    /// an "s", of two ending in zero with an "s", or of one or two with
    /// two letters before the word "century".
    fn has_year_number_by_tokens(s: &str) -> bool {
        use super::super::token::{Kind, tokenize};
        let mut toks = Vec::new();
        tokenize(s, 0, s.len(), Index::get(), &mut toks, &mut Vec::new());
        (0..toks.len()).any(|k| {
            let t = &toks[k];
            if t.kind != Kind::Num {
                return false;
            }
            let text = &s[t.start..t.end];
            let (digits, letters) =
                text.split_at(text.bytes().take_while(u8::is_ascii_digit).count());
            let plural = letters.eq_ignore_ascii_case("s");
            let year = digits.len() == 4
                && (1000..2200).contains(&digits.parse::<u32>().unwrap_or(0))
                && (letters.is_empty() || plural);
            let decade = digits.len() == 2 && digits.ends_with('0') && plural;
            let century = digits.len() <= 2
                && letters.len() == 2
                && toks.get(k + 1).is_some_and(|w| {
                    w.kind == Kind::Word && s[w.start..w.end].eq_ignore_ascii_case("century")
                });
            year || decade || century || k > 0 && toks[k - 1].kind == Kind::Punct(b'\'')
        })
    }

    /// Numbers of every length, with and without letters or an apostrophe,
    /// at every offset across the 64-byte blocks the mask is read in, find
    /// what the tokens find.
    #[test]
    fn year_numbers_are_found_as_the_tokens_find_them() {
        for number in [
            "7",
            "82",
            "'82",
            "\u{2019} 82",
            "\u{2018}82",
            "123",
            "2019",
            "2200",
            "0800",
            "80",
            "12345",
        ] {
            for glued in [
                "",
                "s",
                "Sa",
                "th",
                " s",
                "'s",
                ".5",
                ":30",
                "th century",
                "st century",
                "ND  Century",
                "th-century",
            ] {
                for pad in 0..140 {
                    for filler in ["-", " ", "\u{e9}", "abc ", "1 "] {
                        let mut s = filler.repeat(pad / filler.len());
                        s.push_str(number);
                        s.push_str(glued);
                        for tail in ["", " ", "said", "7"] {
                            let t = format!("{s}{tail}");
                            assert_eq!(
                                has_year_number(t.as_bytes()),
                                has_year_number_by_tokens(&t),
                                "{t:?}"
                            );
                        }
                    }
                }
            }
        }
    }

    /// [`may_hold_year_word`] a place at a time.
    fn holds_year_letters_by_place(paragraph: &[u8]) -> bool {
        paragraph.windows(3).any(|w| {
            let w = w.to_ascii_lowercase();
            [&b"tie"[..], b"tee", b"tho"].contains(&&w[..])
        })
    }

    /// Every word of the year triggers, in any case, holds the letters
    /// [`may_hold_year_word`] looks for: the words of every table the
    /// lexicon reads that it files as year triggers.
    #[test]
    fn every_year_trigger_holds_the_letters_looked_for() {
        let index = Index::get();
        let words = table_words();
        let year_words: Vec<&String> = words
            .iter()
            .filter(|w| index.lookup(w).has(List::YearTrigger))
            .collect();
        // "eighteen", "nineteen", "thousand" and the eight decades.
        assert!(year_words.len() >= 11, "{year_words:?}");
        for w in year_words {
            let capitalized = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
            for w in [w.clone(), w.to_uppercase(), capitalized] {
                assert!(may_hold_year_word(w.as_bytes()), "{w}");
            }
        }
    }

    /// The letters at every place of texts of every length up to four
    /// steps, among bytes that match them but for case or bit 5, are
    /// found as a place at a time.
    #[test]
    fn year_letters_read_32_places_at_once_are_found_as_by_place() {
        for len in 0..140 {
            let plain = "tHe T\u{e9} IeE, 4TO".repeat(len).as_bytes()[..len].to_vec();
            assert!(!may_hold_year_word(&plain), "{len}");
            for at in 0..len.saturating_sub(2) {
                for letters in [b"tie", b"TEE", b"tHo", b"t\x09e", b"T\xc9E", b"tha", b"Tee"] {
                    let mut t = plain.clone();
                    t[at..at + 3].copy_from_slice(letters);
                    assert_eq!(
                        may_hold_year_word(&t),
                        holds_year_letters_by_place(&t),
                        "{len} {at} {letters:?}"
                    );
                }
            }
        }
    }

    proptest::proptest! {
        /// Over any bytes, [`may_hold_year_word`] is the reading a place at
        /// a time.
        #[test]
        fn year_letters_are_found_in_any_bytes(
            bytes in proptest::collection::vec(
                proptest::sample::select(b"tTiIeEhHoO4x \x94\xc9".to_vec()),
                0..120,
            )
        ) {
            proptest::prop_assert_eq!(
                may_hold_year_word(&bytes),
                holds_year_letters_by_place(&bytes)
            );
        }
    }

    /// [`has_digit`] as it read before its tail was tested as a block.
    fn has_digit_tail_by_byte(bytes: &[u8]) -> bool {
        let blocks = bytes.chunks_exact(32);
        let tail = blocks.remainder();
        blocks
            .into_iter()
            .any(|block| block.iter().fold(false, |any, b| any | b.is_ascii_digit()))
            || tail.iter().any(u8::is_ascii_digit)
    }

    /// A digit at every offset of texts of every length up to three blocks,
    /// and texts with none, are found as byte by byte.
    #[test]
    fn the_tail_read_as_a_block_finds_what_bytes_find() {
        for len in 0..200 {
            let plain = "ab, \u{e9}".repeat(len).as_bytes()[..len].to_vec();
            assert_eq!(has_digit(&plain), has_digit_tail_by_byte(&plain), "{len}");
            assert!(!has_digit(&plain));
            for at in 0..len {
                for d in [b'0', b'9', b'/', b':'] {
                    let mut t = plain.clone();
                    t[at] = d;
                    assert_eq!(has_digit(&t), has_digit_tail_by_byte(&t), "{len} {at} {d}");
                }
            }
        }
    }

    /// The last block's test never misses a digit from `base` on, and
    /// turns down a tail with none when it and the 32 bytes that end the
    /// paragraph hold none: whatever the paragraph's length, where the
    /// block starts and where the one digit is.
    #[test]
    fn a_tail_with_a_digit_is_never_turned_down() {
        for len in 0..200 {
            let plain = "ab, \u{e9}".repeat(len).as_bytes()[..len].to_vec();
            for base in (0..len).step_by(64) {
                let short = len - base < 64;
                if short {
                    assert_eq!(tail_may_hold_digit(&plain, base), len < 32, "{len} {base}");
                }
                for at in 0..len {
                    let mut t = plain.clone();
                    t[at] = b'7';
                    let may = tail_may_hold_digit(&t, base);
                    if short && at >= base {
                        assert!(may, "{len} {base} {at}");
                    }
                    if short && at < base && at + 32 < len && len >= 32 {
                        assert!(!may, "{len} {base} {at}");
                    }
                }
            }
        }
        // A paragraph of two blocks and a tail whose one number lies in
        // the first block: the tail is turned down, and the number still
        // found.
        let text = format!("In 2019 {} and then more words here.", "x".repeat(120));
        let p = text.as_bytes();
        assert!(!tail_may_hold_digit(p, 128));
        assert_eq!(first_digit_of_number(p, |i, e| e - i == 4), Some(3));
    }

    #[test]
    fn a_slice_is_read_within_its_bounds() {
        let s = "calm 2019 Monday";
        let index = Index::get();
        assert!(!may_hold_date(s, 0, 4, index, Footing::Dated));
        assert!(may_hold_date(s, 5, 9, index, Footing::Dated));
        assert!(!may_hold_date(s, 5, 8, index, Footing::Dated));
        assert!(may_hold_date(s, 10, 40, index, Footing::Dated));
    }

    /// A window's letter mask is its bytes' ASCII letters, whatever the
    /// bytes (curly apostrophes, digits, marks).
    #[test]
    fn window_letters_are_the_ascii_letters() {
        for text in [
            "Thursday’s talks",
            "mid-1990s, U.S.!",
            "it's\tZ@[`{az09_~",
            "\u{e9}t\u{e9} Korea's xy",
        ] {
            let window: &[u8; WINDOW] = text.as_bytes().first_chunk().unwrap();
            let by_byte = (0..WINDOW)
                .filter(|&k| window[k].is_ascii_alphabetic())
                .fold(0u32, |m, k| m | 1 << k);
            assert_eq!(window_letters(window), by_byte, "{text}");
        }
    }

    /// The places kept are those a run of that many letters goes on from,
    /// as counted letter by letter.
    #[test]
    fn runs_of_at_least_keep_the_places_long_runs_go_on_from() {
        for text in [
            "Thursday’s talks",
            "nineteen-sixties",
            "U.S. it's I'm ok",
            "Korea's seventies",
        ] {
            let window: &[u8; WINDOW] = text.as_bytes().first_chunk().unwrap();
            let letters = window_letters(window);
            for n in 1..=8 {
                let by_place = (0..WINDOW)
                    .filter(|&k| (k..k + n).all(|j| j < WINDOW && letters >> j & 1 == 1))
                    .fold(0u32, |m, k| m | 1 << k);
                assert_eq!(runs_of_at_least(letters, n), by_place, "{text} {n}");
            }
        }
        // "Thursday" starts the only run of seven letters or more.
        let window: &[u8; WINDOW] = b"Thursday's talks";
        let letters = window_letters(window);
        let starts = letters & !(letters << 1);
        assert_eq!(starts & runs_of_at_least(letters, 7), 1);
        assert_eq!(starts & runs_of_at_least(letters, 3), 1 | 1 << 11);
    }
}
