//! Finding the lexicon's searched forms in running text.
//!
//! A mention always opens a word, so rather than walking every byte of a
//! paragraph through one large automaton, the text is read once for word
//! starts, eight bytes at a time; a hash of each word's first letters, and
//! of the bytes after them, rules out nearly every one ("said",
//! "officials", "and", which "Andina" opens with, "the" before
//! "government"), and only the rest are matched, anchored, against a trie
//! of the forms (`trie.rs`).

use super::lowered::{LOWERED, each_form, searched};
use super::trie::Trie;
use crate::Span;
use crate::ascii8::HIGH;
use crate::quote::token::Tok;
use crate::quote::words::Class;

/// The searched forms compiled for anchored, leftmost-longest matching.
#[derive(Debug)]
pub(super) struct Forms {
    /// `None` for forms past the trie's limits: then nothing matches,
    /// rather than a panic.
    trie: Option<Trie>,
    openings: Openings,
    /// The forms, which a test builds the built-in lexicon's trie of.
    #[cfg(test)]
    forms: Vec<String>,
}

/// The built-in lexicon's [`Openings`], built when compiling into the
/// lexicon, itself a `static` (`Lexicon::builtin`). (Built at run time,
/// they cost each process's set-up 0.36M instructions: the build's loops,
/// the tables' zeroing and their copy on return; copied from this
/// constant into a lexicon built once a process, 0.15M, two copies of
/// their 76K bytes. Held in a `static` of their own and read through a
/// reference, they cost attribution 11K instructions over corpora/real,
/// held in the lexicon as a user's are, where the search's loops read
/// them at an offset from the lexicon's own pointer.)
const BUILTIN_OPENINGS: Openings = Openings::builtin();

impl Forms {
    /// Compiles `forms`, matched with ASCII case ignored.
    pub(super) fn new(forms: &[&str]) -> Forms {
        Forms {
            trie: Trie::new(forms),
            openings: Openings::new(forms),
            #[cfg(test)]
            forms: forms.iter().map(ToString::to_string).collect(),
        }
    }

    /// [`Forms::new`] of the built-in lexicon's searched forms, whose trie
    /// and openings are built when compiling ([`Trie::builtin`],
    /// [`BUILTIN_OPENINGS`]). (The tests list the forms where they need
    /// them, `Lexicon::new(&[])`'s.)
    pub(super) const fn builtin() -> Forms {
        Forms {
            trie: Some(Trie::builtin()),
            openings: BUILTIN_OPENINGS,
            #[cfg(test)]
            forms: Vec::new(),
        }
    }

    /// The openings' tables.
    #[inline(always)]
    fn openings(&self) -> &Openings {
        &self.openings
    }

    /// Calls `found` for every word start in `text` where a form matches,
    /// left to right, with the longest form matching there: `(start, end,
    /// form index)`.
    /// (A form that opens with punctuation, as a user's "(AA)" may, is
    /// tried at every place that follows a byte that is not a word byte.)
    /// Only matches that also end a word are given (or that a possessive's
    /// curly apostrophe follows: "Xinhua’s"). A word start inside the
    /// previous longest match is passed over, even when that match was not
    /// given for ending inside a word, so matches never overlap. Line
    /// breaks and tabs read as spaces, so a name broken over two lines
    /// matches.
    ///
    /// Always inlined, so that a loop over many texts (an article's
    /// paragraphs, see `Lexicon::push_mentions`) loads the tables' and the
    /// trie's pointers once rather than in a call for each text.
    #[inline(always)]
    pub(super) fn at_word_starts(&self, text: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        // Invariant: `at` is 0 or follows a byte that is not a word byte.
        let mut at = 0;
        let openings = self.openings();
        while let Some((start, rest)) = openings.next_opening(text, at) {
            at = self
                .match_at(openings, text, start, &mut found)
                .unwrap_or(rest);
        }
    }

    /// [`Forms::at_word_starts`] in a paragraph the quote stage's tokenizer
    /// has cut: `text` is the paragraph's bytes, which start at byte
    /// `offset` of the story, and `words` the indices in `tokens` of its
    /// words that a form may open at or in ([`Found::agency`]), in text
    /// order. The lexicon must be the built-in one, whose forms' first
    /// runs the word index marks ([`crate::agency::FIRST_RUNS`], a form
    /// that opens with "the " by its second word's, see [`the_before`])
    /// and whose forms all open with a letter or a digit.
    ///
    /// The places read are those `at_word_starts` reads: every place after
    /// a byte that is no word byte (and the first), less those inside a
    /// match. A form opens with a word's character, so a match starts in a
    /// word. A plain word (ASCII letters and digits) holds one place, its
    /// first byte, and when its run is no form's first run nothing can
    /// match there but within the word, which changes nothing: the
    /// tokenizer looked the word up already and left it out of `words`
    /// (most words). Nor can a form match at a marked word before a plain
    /// word that no form of its run has after it ([`opens_no_pair`]), which
    /// is passed over as such a word is ("North", "news" before words no
    /// form has after them). The places of the others, a marked word's
    /// start and the places of a word that is not plain ("pro-Xinhua",
    /// "ČTK"), take the search's general step, as they do there, each after
    /// the place of a "the " just before it, which is read first
    /// ([`the_before`]): "the" is listed by no word, and a form that opens
    /// with it is found from the word after it. A word that is not plain is
    /// listed only where a form may open in it: its first run of ASCII
    /// letters and digits is a form's (or is none, or is not known), or the
    /// bytes after one of its joiners may open a form
    /// ([`builtin_pair_opens`] and [`builtin_triple_opens`], the test the
    /// loop below asks of such a place first, and in a word of ASCII
    /// bytes [`builtin_run_opens`], the one it asks next); the others
    /// ("U.S.", "it's", "Epstein’s", "al-Tanf") hold no place where a form
    /// may open.
    ///
    /// [`Found::agency`]: crate::quote::token::Found::agency
    #[inline(always)]
    pub(super) fn at_tokens(
        &self,
        text: &[u8],
        offset: usize,
        tokens: &[Tok],
        words: &[usize],
        mut found: impl FnMut(usize, usize, usize),
    ) {
        let openings = self.builtin_openings();
        // As in `at_word_starts`: no place before `at` is read. There a
        // step at a place no form may open at moves `at` past its word
        // and the byte after it, over no other place: here only the
        // matches move it, and the words of `words` are read alone.
        let mut at = 0;
        for &k in words {
            // The word and the tokens after it, which the test of the
            // pair reads: one test of `k` for both.
            let Some([tok, after @ ..]) = tokens.get(k..) else {
                continue;
            };
            // Most marked plain words (3,604 of the 5,315 over corpora/real
            // while "the" was one) are passed over on the tokens' bits
            // ([`opens_no_pair`]), asked first: the tests of the place
            // (inside the last match, after a word byte), which read the
            // text and rule out about fifty words, then cost their ten
            // instructions only for the others. (This head and
            // `at_segment_tokens`' are written out in each loop: made one
            // function, even inlined, the relays ran 15K instructions more
            // over corpora/real.)
            if tok.plain_with(Class::AGENCY_PAIRED_OPENING) && opens_no_pair(tok, after) {
                continue;
            }
            if !self.word_places(openings, text, offset, tok, &mut at, &mut found) {
                return;
            }
        }
    }

    /// [`Forms::at_tokens`] in a run of segments of a cut at once: `text`
    /// is the story's bytes, `segments` the cut's segments, and `words`
    /// the indices in `tokens` of the words of the run's segments a form
    /// may open at or in, in text order. `found` is given each match's
    /// start and end in `text`.
    ///
    /// One loop over the words of many segments (the body's paragraphs
    /// between the headline and its repeats, most often all of them) rather
    /// than one a segment: most words (a marked "North" or "news" before a
    /// plain word) are passed over on the tokens' bits alone, and only a
    /// word that is not reads its segment, which the token names
    /// ([`Tok::seg`]). A loop a segment took some eighty instructions a
    /// paragraph to slice its words and its bytes and to set up the
    /// search's registers, most of them loads and stores of the stack, for
    /// 1,641 segments over corpora/real, most of which hold no mention.
    /// The places read in a segment are those `at_tokens` reads in it: its
    /// words in the same order, no place before the end of the last match
    /// in the segment.
    #[inline(always)]
    pub(super) fn at_segment_tokens(
        &self,
        text: &[u8],
        segments: &[Span],
        tokens: &[Tok],
        words: &[usize],
        mut found: impl FnMut(usize, usize, usize),
    ) {
        let openings = self.builtin_openings();
        // The segment of the last word read, its bytes and where they
        // start, and the end of its last match there: `usize::MAX` once
        // its search ended (or when the segment is not the text's). The
        // bytes are found once a segment: found again at each word read
        // (a third of them share their segment with the word before), the
        // relays took 6.7K instructions more over corpora/real.
        let (mut seg, mut hay, mut offset, mut at) = (u32::MAX, &[][..], 0, 0);
        for &k in words {
            let Some([tok, after @ ..]) = tokens.get(k..) else {
                continue;
            };
            // The word's plainness and its mark as a paired first run, the
            // first test of `opens_no_pair`, asked in one test of its bits,
            // where `Tok::plain` and that test took two (attribution and
            // pipeline 9.2K instructions fewer over corpora/real).
            if tok.plain_with(Class::AGENCY_PAIRED_OPENING) && opens_no_pair(tok, after) {
                continue;
            }
            if tok.seg != seg {
                seg = tok.seg;
                at = usize::MAX;
                if let Some(span) = segments.get(seg as usize)
                    && let Some(bytes) = text.get(span.range())
                {
                    (hay, offset, at) = (bytes, span.start, 0);
                }
            }
            if at == usize::MAX {
                continue;
            }
            let mut shifted = |s: usize, e: usize, form: usize| found(s + offset, e + offset, form);
            if !self.word_places(openings, hay, offset, tok, &mut at, &mut shifted) {
                at = usize::MAX;
            }
        }
    }

    /// The built-in lexicon's openings, which `self` is the search of (a
    /// debug assertion checks), read where the lexicon, a `static`, holds
    /// them, not through `self`: at an address known when compiling, the
    /// tables' base is one `lea` the register allocator makes again where
    /// it needs it, where the lexicon's pointer is a value it must keep.
    /// Read through `self`, the search loops loaded more of their values
    /// back from the stack (a table's address at each place that takes the
    /// general step, more once a paragraph): attribution 14K instructions
    /// more over corpora/real. The place in `words` stays on the stack
    /// either way, a load and a store a word. Only the openings: with the
    /// trie read there too, the compiler folded its fields into constants
    /// and the loop ran 5K instructions more.
    #[inline(always)]
    fn builtin_openings(&self) -> &'static Openings {
        debug_assert!(std::ptr::eq(
            self,
            &crate::agency::Lexicon::builtin().searched
        ));
        &crate::agency::Lexicon::builtin().searched.openings
    }

    /// The places of the word `tok` (a marked plain word that
    /// [`opens_no_pair`] did not pass over, or a word that is not plain)
    /// in `text`, which starts at byte `offset` of the story, searched as
    /// [`Forms::at_tokens`] searches them, none before `at`, which the
    /// matches move on: `false` when no form opens anywhere further in
    /// `text`.
    #[inline(always)]
    fn word_places(
        &self,
        openings: &Openings,
        text: &[u8],
        offset: usize,
        tok: &Tok,
        at: &mut usize,
        found: &mut impl FnMut(usize, usize, usize),
    ) -> bool {
        let class = |at: usize| openings.class[usize::from(text[at])];
        if tok.plain() {
            // A marked plain word: its start is its one place, read as
            // the search's loop reads a word it lets through, its run read
            // once for both tests. The word's place in the paragraph is
            // worked out only here and for a word that is not plain,
            // below: worked out for every word before the tests, the
            // compiler kept it on the stack, a load, a subtraction and a
            // store for each of the words passed over (18K instructions
            // over corpora/real).
            let start = tok.span.start - offset;
            if start < *at || (start > 0 && class(start - 1) & WORD != 0) {
                return true;
            }
            if let Some(the) = the_before(openings, text, start, *at)
                && let Some(next) = self.the_place(openings, text, the, found)
            {
                *at = next;
                return true;
            }
            let maybe = if text[start].is_ascii_alphabetic() {
                openings.may_open_at_letter(text, start)
            } else {
                // A run of digits first ("2Yonhap"): the general step.
                openings.general_step(text, start).is_some_and(|(m, _)| m)
            };
            if maybe && let Some(next) = self.match_at(openings, text, start, found) {
                *at = next;
            }
            return true;
        }
        let (start, end) = (tok.span.start - offset, tok.span.end - offset);
        // The "the " before the word's start, as before a plain word's
        // ("the North's media"), read before the word's own places.
        if let Some(the) = the_before(openings, text, start, *at)
            && let Some(next) = self.the_place(openings, text, the, found)
        {
            *at = next;
        }
        let mut place = start.max(*at);
        while place < end {
            if place > 0 && class(place - 1) & WORD != 0 {
                // Inside a word: on to the place after its end.
                place = openings.past_word(text, place);
                continue;
            }
            // Most places in such a word are a letter or two before a
            // joiner or a space ("s" of "it's", "U" and "S" of "U.S."),
            // whose first bytes open no form: the tables of forms' first
            // two and three bytes rule them out (2,784 of the 3,222 places
            // over corpora/real), where the general step hashed the
            // place's run and read the tables of first runs (38K
            // instructions fewer). The place after one is the general
            // step's: past the first byte from it that is no word byte.
            if !openings.may_open(&text[place..]) {
                place = openings.past_word(text, place);
                *at = place;
                continue;
            }
            let Some((mut maybe, rest)) = openings.general_step(text, place) else {
                return false;
            };
            // As the search's loop asks of the words it lets through, the
            // bytes after a word's run go to the trie only when they may
            // be a form's.
            if maybe && text[place].is_ascii_alphabetic() {
                maybe = openings.goes_far(text, place);
            }
            *at = rest;
            if maybe && let Some(next) = self.match_at(openings, text, place, found) {
                *at = next;
            }
            place = *at;
        }
        true
    }

    /// The place of a "the " that [`the_before`] found before a listed
    /// word, at `the`, read as the search's loop reads a word it lets
    /// through: where the next word may start past the match there, or
    /// `None` when no form matches.
    #[inline(always)]
    fn the_place(
        &self,
        openings: &Openings,
        text: &[u8],
        the: usize,
        found: &mut impl FnMut(usize, usize, usize),
    ) -> Option<usize> {
        if openings.may_open_at_letter(text, the) {
            self.match_at(openings, text, the, found)
        } else {
            None
        }
    }

    /// The longest form matching at `start`, given to `found` when it ends
    /// a word: where the next word may start past it, or `None` when no
    /// form matches. `openings` are the forms' tables, which the caller
    /// holds already ([`Forms::openings`]).
    #[inline(always)]
    fn match_at(
        &self,
        openings: &Openings,
        text: &[u8],
        start: usize,
        found: &mut impl FnMut(usize, usize, usize),
    ) -> Option<usize> {
        let is_word = |at: usize| openings.class[usize::from(text[at])] & WORD != 0;
        let (form, end) = self.trie.as_ref()?.longest_at(text, start)?;
        let ends_word = end == text.len() || !is_word(end) || super::is_possessive(&text[end..]);
        if ends_word {
            found(start, end, form);
        }
        // Matches do not overlap, a match that does not end a word
        // included: the next word start is at or after its end.
        Some(if is_word(end - 1) {
            openings.past_word(text, end)
        } else {
            end
        })
    }
}

/// Whether some form of the built-in lexicon may open at a place whose
/// first two bytes are `a` and `b`, as their spelling in the text: the
/// test of [`Openings::pairs`] that rules out most places inside a word
/// that is not plain in [`Forms::at_tokens`] (the "s" of "Korea's", the
/// "S" of "U.S."). The tokenizer asks it at each joiner of a word of
/// joined ASCII runs, so that a word where no form may open is not listed
/// for the search at all (see `quote::token::joined`). The table is read
/// where the built-in lexicon, a `static`, holds it.
#[inline(always)]
pub(crate) fn builtin_pair_opens(a: u8, b: u8) -> bool {
    get(
        &crate::agency::Lexicon::builtin().searched.openings.pairs,
        pair(a, b),
    )
}

/// Whether some form of the built-in lexicon may open at a place whose
/// first two bytes `a` and `b` passed [`builtin_pair_opens`], and whose
/// third is `c` (`None` at its paragraph's end): the rest of the test the
/// search asks of a place inside a word that is not plain
/// ([`Openings::may_open`], which passes over the place when it fails), so
/// that the tokenizer lists such a word only where the search may find a
/// form in it (see `quote::token::joined`). Most of the words whose pair
/// passes open no form at its third byte ("long-range", "state-run",
/// "high-profile": about 300 of the 620 words that are not plain the
/// search read over corpora/real): attribution 83K instructions fewer,
/// the quote stage's tokenizer 19K more. (Its tests combined with `|`,
/// not `||`: no branch, 2.5K fewer.)
#[inline(always)]
pub(crate) fn builtin_triple_opens(a: u8, b: u8, c: Option<u8>) -> bool {
    let openings = &crate::agency::Lexicon::builtin().searched.openings;
    let Some(c) = c else {
        return true;
    };
    let key = |b: u8| openings.key[usize::from(b)];
    let (a, b) = (key(a), key(b));
    get(&openings.triples, triple(a, b, key(c)))
        | get(&openings.pair_forms, pair(a, b))
        | openings.single[usize::from(a)]
}

/// Whether some form of the built-in lexicon may open at `at`, a place
/// after a joiner of a word that is not plain whose first two and three
/// bytes passed [`builtin_pair_opens`] and [`builtin_triple_opens`]: when
/// the place opens a run of ASCII letters, the test the search asks of it
/// next ([`Openings::may_open_at_letter`], the run's hash in the tables of
/// first runs and of the bytes after them), on the same bytes (`text`
/// ends where the paragraph does, as the search's does), so that the
/// tokenizer lists the word only where the search may find a form in it
/// (see `quote::token::joined`). Most words the two tables let through
/// open no form there ("al-Tanf", "multi-polarized", "editor-in-chief"),
/// and the search read each of their places only to rule them out: of the
/// 195 words that are not plain the search read over corpora/real, about
/// 170 held no match, 59 of them none of whose places pass this test. A
/// place that opens with a digit is the general step's (`true`). Out of
/// line and cold: asked of few places, it keeps its tables' values out of
/// the tokenizer's registers and its code out of the tokenizer's way (not
/// marked cold, the quote stage ran 14.6K instructions more, not 7.3K).
#[cold]
#[inline(never)]
pub(crate) fn builtin_run_opens(text: &[u8], at: usize) -> bool {
    let openings = &crate::agency::Lexicon::builtin().searched.openings;
    !text.get(at).is_some_and(u8::is_ascii_alphabetic) || openings.may_open_at_letter(text, at)
}

/// Whether some form of the built-in lexicon may open at `at`, the start
/// of a joined word whose first run is a form's first run, as the search
/// reads the place ([`builtin_run_opens`]), or at a "the" before it, which
/// the search reads first ([`the_before`]; any "the" ending a byte before
/// `at` is taken for one, whatever that byte and the one before it are).
/// Cold and out of line, as `builtin_run_opens` is.
#[cold]
#[inline(never)]
pub(crate) fn builtin_start_opens(text: &[u8], at: usize) -> bool {
    let the = at
        .checked_sub(4)
        .and_then(|the| text.get(the..at - 1))
        .is_some_and(|the| the.eq_ignore_ascii_case(b"the"));
    the || builtin_run_opens(text, at)
}

/// Whether the plain word `tok`, before the tokens `after`, marked as a form's first run, is
/// one whose every form goes on with a second run or with a byte that is
/// no space, no period and no comma ([`crate::agency::PAIRED_FIRST_RUNS`]),
/// before a plain word, one byte on, that is none of those second runs
/// ([`crate::agency::SECOND_RUNS`]), or that is one whose forms all go on
/// with a byte that is no space, or that no form ends at, before a plain
/// word that is no second or third run ([`ends_joined_pair`]), or before a sign
/// no form goes on to ([`is_sign_no_pair_goes_on_to`]): then no form
/// matches at it. A form
/// that goes on with one space and a second run that more of the form
/// follows matches only where the text's run one byte after the first is
/// that form's second run; a plain word's run is its own, and the word
/// index looked it up as it was cut. (A form that ends with its second
/// run, "Pyongyang radio", matches there too where the text's word is
/// longer, "radioactive", but ends no word: see `second_runs.rs`. Such
/// first runs, "China", "Russia", "Pyongyang" and 26 more, are listed from
/// round 27: the attribution stage ran 17.7K instructions fewer over
/// corpora/real.) (A word that ends with a period,
/// "Korea.", is followed by no space, and no such form matches at it
/// either.) A form that goes on with another byte ("People's Daily",
/// "Dong-A Ilbo") cannot match there: after the word's run the text has
/// its period or the one white-space byte the tokenizer passed over
/// before the next token. (The runs of the second kind, "people",
/// "japan", "do" and 52 more, are listed from round 21: the attribution
/// stage ran 10.7K instructions fewer over corpora/real.)
///
/// Most marked words in running text ("North", "news"; "the" too, until the
/// forms that open with it were listed by their second word, see
/// [`the_before`]) are passed over here on two tokens' bits, where the
/// tables of the word's first run and the bytes after it cost a hash of the
/// run and two of the bytes after it. (One before a word that is not plain,
/// or a sign, takes those tables' steps as before.)
///
/// Written as a test and a return for each part, the next token's bits
/// (one load and mask, which decide nearly every word: the two tokens are
/// one space apart at all but a few) before the places of the two, so
/// that the compiler branches on each test, where for the chain of `&&`s
/// it loaded both tokens' fields and combined three flags at every word
/// (with the test of the place asked after it, 26K instructions fewer
/// over corpora/real).
///
/// The word and the tokens after it come as the slice from the word on,
/// cut once in the search's loop: indexing the tokens for the word and
/// again for the one after it tested `k` and `k + 1` against their length
/// apart, each loading that length and the tokens' base from the stack
/// (attribution 10K instructions fewer over corpora/real).
#[inline(always)]
fn opens_no_pair(tok: &Tok, after: &[Tok]) -> bool {
    if !tok.class().has(Class::AGENCY_PAIRED_OPENING) {
        return false;
    }
    let Some((next, after_next)) = after.split_first() else {
        return false;
    };
    if !next.plain_without(Class::AGENCY_SECOND_RUN) {
        return if next.plain() {
            ends_joined_pair(next, after_next) && next.span.start == tok.span.end + 1
        } else {
            is_sign_no_pair_goes_on_to(tok, next)
        };
    }
    next.span.start == tok.span.end + 1
}

/// Whether the plain word `tok`, before the tokens `rest`, a second run after a first run
/// that [`opens_no_pair`] reads, is one whose every form goes on from it
/// with a byte that is no space and no period
/// ([`crate::agency::JOINED_SECOND_RUNS`]: "Korea" of "North Korea's state
/// media"), before a token one byte on: then, as for the first run, the
/// byte after its run is its final period or the one white-space byte the
/// tokenizer passed over, and no form of the pair matches. Most such
/// pairs are "North Korea" and "South Korea" before a plain word (about
/// 150 over corpora/real), which the tables of the first run's tails and
/// of its far bytes read the text to rule out, about 60 instructions each
/// (the attribution stage 8K instructions fewer, set-up unchanged: the
/// runs are marked in the word index's entries the tokenizer loads
/// already).
///
/// Or the second run is none of those after which a form may match
/// whatever follows ([`crate::agency::ENDING_SECOND_RUNS`]), before a
/// plain word one byte on that is no second or third run
/// ([`crate::agency::THIRD_RUNS`], marked as second runs): every form of
/// the pair goes on from it with a space and a third run, which that word
/// is not, or with a byte that is no space, no period and no comma ("North
/// Korean officials", "Chinese state officials", "news agency reported": 440
/// over corpora/real, which the tables of the first run's tails and far
/// bytes read the text to rule out, the attribution stage 37K instructions
/// fewer, set-up unchanged). Where a form ends with
/// its third run and the word is a longer spelling of it, the form matches
/// but ends no word; the second and third words, read on their own when
/// the first is passed over, then open no match either (the test of the
/// lists checks the forms for both).
#[inline(always)]
fn ends_joined_pair(tok: &Tok, rest: &[Tok]) -> bool {
    let second = tok.class();
    let Some(after) = rest.first() else {
        return false;
    };
    if after.span.start != tok.span.end + 1 {
        return false;
    }
    second.has(Class::AGENCY_JOINED_SECOND_RUN)
        || (!second.has(Class::AGENCY_ENDING_SECOND_RUN)
            && after.plain()
            && !after.class().has(Class::AGENCY_SECOND_RUN))
}

/// Whether `next`, the token after the plain word `tok` that
/// [`opens_no_pair`] reads, is a sign that no form of the word's run goes
/// on to: any sign one byte on, whose first byte is no ASCII letter or
/// digit where such a form has the first of its second run (the byte
/// between is the one white-space byte the tokenizer passed over), or a
/// period or a comma straight after the word, where every such form has a
/// space or a byte that is neither (the test of the lists checks the
/// forms for both). Most were "the" before a quotation mark (before it was
/// taken out of the lists, see [`the_before`]) and a country before a comma
/// or the sentence's period (about 200 over corpora/real), which the table
/// of the run's tails reads the text to rule out (the attribution stage 20K
/// instructions fewer).
#[inline(always)]
fn is_sign_no_pair_goes_on_to(tok: &Tok, next: &Tok) -> bool {
    if next.is_word() {
        return false;
    }
    if next.span.start == tok.span.end + 1 {
        return true;
    }
    next.span.start == tok.span.end && (next.is_sign('.') || next.is_sign(','))
}

/// Where the word "the" (in any case) starts when it comes just before
/// the word at `start` in `text`, one byte the trie reads as a space
/// between ("the North's media", "The\nAssociated Press"), and not before
/// `at`, where the search's next place is: the place the search of the
/// bytes reads there, at a word's start.
///
/// "the" is no first run the word index marks: the forms that open with
/// "the " (64 built-in ones: "the North's media", "the Soviet news
/// agency") are listed by their second word's runs ([`FIRST_RUNS`] and
/// the lists of `second_runs.rs`, which a test builds of the forms so
/// read), and the tokens' search reads the "the " back from such a word.
/// A match at the "the" covers the word after it, and where none matches
/// the word is read as it was: the places read are those the search of
/// the bytes reads. Listed, "the" was most of the words the tokenizer
/// listed (3,163 of 5,118 over corpora/real), nearly all passed over on
/// the tokens' bits at some 29 instructions each, and the tokenizer's
/// listing of each cost more.
///
/// [`FIRST_RUNS`]: crate::agency::FIRST_RUNS
#[inline(always)]
fn the_before(openings: &Openings, text: &[u8], start: usize, at: usize) -> Option<usize> {
    let the = start.checked_sub(4)?;
    if the < at {
        return None;
    }
    let [t, h, e, space] = text.get(the..start)? else {
        return None;
    };
    let is_the = (t | 0x20) == b't' && (h | 0x20) == b'h' && (e | 0x20) == b'e';
    let opens = the == 0 || openings.class[usize::from(text[the - 1])] & WORD == 0;
    (is_the && unbroken(*space) == b' ' && opens).then_some(the)
}

/// `form` from its second word on when it opens with "the " (in any
/// case): the form as the word index lists its runs, for the tests of the
/// lists (see [`the_before`]).
#[cfg(test)]
pub(super) fn after_the(form: &str) -> Option<&str> {
    let (the, rest) = form.split_at_checked(4)?;
    the.eq_ignore_ascii_case("the ").then_some(rest)
}

/// Whether `b` continues a word: ASCII letters and digits, the underscore,
/// and every byte of a non-ASCII character.
const fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Where the run of ASCII letters from `at` ends, with a hash of the run,
/// ASCII case aside: eight bytes a step, each step's end found from a mask
/// of them (a loop byte by byte ends on a branch that mispredicts about
/// once a word, since word lengths follow no pattern). The search's loop
/// reads the same from whole chunks of the text ([`Openings::pass_words`]).
fn ascii_run(text: &[u8], at: usize) -> (usize, u64) {
    let mut end = at;
    let mut hash = 0u64;
    loop {
        let (stop, upper) = not_letters(load8(text, end));
        if stop != 0 {
            hash = hash.rotate_left(29) ^ run_bytes(upper, stop, u64::MAX);
            return (end + (stop.trailing_zeros() / 8) as usize, hash);
        }
        hash = hash.rotate_left(29) ^ upper;
        end += 8;
    }
}

/// [`ascii_run`] at the start of a form, for the build of the openings,
/// which runs when compiling: the form's bytes are read eight at a time
/// as the search reads the text's (zeros past its end), each loaded byte
/// by byte, as a `const fn` must.
const fn form_run(form: &[u8]) -> (usize, u64) {
    let mut end = 0;
    let mut hash = 0u64;
    loop {
        let mut chunk = [0; 8];
        let mut k = 0;
        while k < 8 && end + k < form.len() {
            chunk[k] = form[end + k];
            k += 1;
        }
        let (stop, upper) = not_letters(u64::from_le_bytes(chunk));
        if stop != 0 {
            hash = hash.rotate_left(29) ^ run_bytes(upper, stop, u64::MAX);
            return (end + (stop.trailing_zeros() / 8) as usize, hash);
        }
        hash = hash.rotate_left(29) ^ upper;
        end += 8;
    }
}

/// [`ascii_run`] from `at`, on in a run whose bytes before `at` are letters
/// that hash to `hash`, reading only whole chunks of eight bytes of
/// `text`: `None` when the run comes within eight bytes of its end. It
/// calls no function (see [`Openings::pass_words`]). `minus_one` is
/// [`run_bytes`]'s.
#[inline]
fn run_on(text: &[u8], mut at: usize, mut hash: u64, minus_one: u64) -> Option<(usize, u64)> {
    loop {
        let bytes: [u8; 8] = text.get(at..at + 8)?.try_into().unwrap_or_default();
        let (stop, upper) = not_letters(u64::from_le_bytes(bytes));
        if stop != 0 {
            hash = hash.rotate_left(29) ^ run_bytes(upper, stop, minus_one);
            return Some((at + (stop.trailing_zeros() / 8) as usize, hash));
        }
        hash = hash.rotate_left(29) ^ upper;
        at += 8;
    }
}

/// The high bit of each byte of `x` that is not an ASCII letter (what
/// `!letter_bytes(x) & HIGH` gives, `crate::ascii8`'s test), and `x &
/// UPPER`, of which a run's hash is made. The test computes that value on
/// the way: taken from it, the hash costs one `and`, where a hash made
/// apart costs a constant too, in a register the search's loop has none
/// to spare for.
#[inline]
const fn not_letters(x: u64) -> (u64, u64) {
    let upper = x & UPPER;
    // A byte of `upper` is at most 0x5F, and a letter when from 'A' to
    // 'Z' (0x41 to 0x5A) and the byte of `x` has its high bit clear.
    // 0xC0 less a byte has its high bit set when the byte is below 'A';
    // the byte plus 0x25 when it is past 'Z'. Neither borrows from or
    // carries into the next byte.
    let below_a = 0xC0C0_C0C0_C0C0_C0C0 - upper;
    let past_z = upper + 0x2525_2525_2525_2525;
    ((below_a | past_z | x) & HIGH, upper)
}

/// The bytes of `upper` (a chunk masked by [`UPPER`], high bits clear)
/// below the first byte whose high bit `stop` holds, which holds one or
/// more: the bytes of a run in its chunk.
///
/// `minus_one` is -1 (`u64::MAX`), given by the caller: see
/// [`Openings::minus_one`].
#[inline]
const fn run_bytes(upper: u64, stop: u64, minus_one: u64) -> u64 {
    // `stop - 1` sets every bit below that first high bit, at 8k + 7, and
    // keeps the high bits above it. Shifted down a byte, the bits below
    // 8k - 1 are set, bit 8k - 1 is clear, and the high bits above fall
    // on bits 7 of other bytes: `upper` has none of those, so the `and`
    // keeps its bytes below k, and only them.
    upper & (stop.wrapping_add(minus_one) >> 8)
}

/// The eight bytes of `text` from `at` as a little-endian word, zeros past
/// its end (a zero byte is in no run).
#[inline]
fn load8(text: &[u8], at: usize) -> u64 {
    match text.get(at..at + 8) {
        Some(bytes) => u64::from_le_bytes(bytes.try_into().unwrap_or_default()),
        None => {
            let mut padded = [0; 8];
            let rest = text.get(at..).unwrap_or_default();
            padded[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(padded)
        }
    }
}

/// Every bit but 5 and 7 of every byte: an ASCII letter so masked is
/// uppercase, whatever its case, and a run's hash is made of its letters
/// so masked.
const UPPER: u64 = 0x5F5F_5F5F_5F5F_5F5F;

/// A hash as a bit index into a table of 65,536 bits: a first run's
/// into [`Openings::short`], and the hashes of the other tables.
const fn word_bit(hash: u64) -> usize {
    (hash.wrapping_mul(GOLDEN) >> 48) as usize
}

/// How many slots [`Openings::words`] has.
const WORD_SLOTS: usize = 1 << 13;

/// The factor of [`word_bit`]'s product, by which [`Openings::word_slot`]
/// multiplies too.
const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// A first run's hash and the `TAIL` bytes after it, read as one
/// little-endian integer, as a bit index into [`Openings::tails`]. The
/// bytes are masked as a run's letters are ([`UPPER`]), which makes
/// letters equal case aside and keeps apart the bytes the trie takes as a
/// space (a line break, a tab, a space): [`tail_words`] marks a form's
/// tail with each of them where it has one. One load and an `and`, where
/// a table look-up of each byte cost a load each and a step of the hash.
const fn tail_bit(hash: u64, tail: u32) -> usize {
    word_bit(hash.rotate_left(32) ^ (tail & UPPER as u32) as u64)
}

/// The bytes the trie reads as a space.
const SPACES: [u8; 4] = *b" \n\r\t";

/// Every tail of `TAIL` bytes that the trie reads as it reads `tail`, as
/// integers: each byte read as a space made each of [`SPACES`] in turn
/// (case is [`tail_bit`]'s mask's). Most tails hold one space or none,
/// so four or one: the first of the array's words, as many as the count.
/// (Written with `while` loops, as a `const fn` must: the built-in table's
/// openings are built when compiling, [`BUILTIN_OPENINGS`].)
const fn tail_words(tail: &[u8; TAIL]) -> ([u32; 1 << (2 * TAIL)], usize) {
    // The tail with its spaces made zero, and where they are.
    let mut base = u32::from_le_bytes(*tail);
    let mut shifts = [0; TAIL];
    let mut spaces = 0;
    let mut k = 0;
    while k < TAIL {
        if unbroken(tail[k]) == b' ' {
            base &= !(0xFF << (8 * k));
            shifts[spaces] = 8 * k;
            spaces += 1;
        }
        k += 1;
    }
    // Two bits of `choice` pick each space's byte.
    let mut words = [0; 1 << (2 * TAIL)];
    let count = 1 << (2 * spaces);
    let mut choice = 0;
    while choice < count {
        let mut word = base;
        let mut i = 0;
        while i < spaces {
            word |= (SPACES[choice >> (2 * i) & 3] as u32) << shifts[i];
            i += 1;
        }
        words[choice] = word;
        choice += 1;
    }
    (words, count)
}

/// A first run's hash and the `FAR` bytes after it as a bit index into
/// [`Openings::far`], ASCII case aside and every byte up to a space (line
/// breaks, tabs) taken as a space: a coarser likeness than `key`'s, so
/// bytes that `key` makes equal give the same bit. Read as two integers
/// and folded eight bytes at a time, not a byte at a time through `key`,
/// which cost more than the trie walks the table saves.
const fn far_bit(hash: u64, far: &[u8; FAR]) -> usize {
    // Split into chunks by `match`, as a `const fn` may (the built-in
    // table is built when compiling). Split by a pattern into its twelve
    // bytes, the function compiled into the relays' word loop cost
    // attribution 15K instructions more over corpora/real.
    let (head, tail) = far.split_at(8);
    let head = match head.first_chunk() {
        Some(head) => u64::from_le_bytes(*head),
        None => 0,
    };
    let tail = match tail.first_chunk() {
        Some(tail) => u32::from_le_bytes(*tail),
        None => 0,
    };
    word_bit(hash.rotate_left(32) ^ fold(head) ^ fold(tail as u64).rotate_left(29))
}

/// The same for the `TAIL` bytes after a first run, into
/// [`Openings::near`].
const fn near_bit(hash: u64, tail: &[u8; TAIL]) -> usize {
    word_bit(hash.rotate_left(32) ^ fold(u32::from_le_bytes(*tail) as u64))
}

/// Each byte of `x` with bit 5 set (an ASCII letter lowercased), and every
/// byte up to 0x20 made 0x20: see [`far_bit`].
const fn fold(x: u64) -> u64 {
    use crate::ascii8::LOW7;
    // The high bit of each byte above 0x20: its low seven bits plus 0x5F
    // reach 0x80 from 0x21, or its own high bit is set.
    let above = ((x & LOW7) + 0x5F5F_5F5F_5F5F_5F5F) | x;
    let up_to_space = (!above & HIGH) >> 7;
    (x | 0x2020_2020_2020_2020) & !(up_to_space * 0x1F)
}

/// `b`, or a space for a line break or a tab.
const fn unbroken(b: u8) -> u8 {
    if matches!(b, b'\n' | b'\r' | b'\t') {
        b' '
    } else {
        b
    }
}

/// `Openings::class` bit: the byte continues a word.
const WORD: u8 = 1;
/// `Openings::class` bit: some form opens with the byte, ASCII case aside.
const OPENS: u8 = 2;

/// The openings of every form, ASCII case aside. A word that opens with
/// an ASCII letter or digit is ruled in or out by the hash of its first
/// run of them; any other place by the form's first bytes: one-byte forms
/// whole, the first two bytes of longer forms, and a hash of the first
/// three bytes of forms of three bytes or more. A place none of them fits
/// cannot open a match.
#[derive(Debug)]
struct Openings {
    /// `WORD` and `OPENS` bits of every byte value.
    class: [u8; 256],
    /// Every byte lowercased, with line breaks and tabs as spaces.
    key: [u8; 256],
    /// One-byte forms.
    single: [bool; 256],
    /// Two-byte openings as the text may spell them, one bit each
    /// ([`pair`] of the bytes as they are): each spelling of a form's
    /// first two bytes (ASCII case aside, a line break or a tab for a
    /// space), and every pair that a one-byte form opens. A place whose
    /// first two bytes' bit is clear opens no form: most places of the
    /// words that are not plain ("U" and "S" of "U.S.", the "s" of
    /// "Korea's") are told so by one look-up, where their bytes' keys were
    /// read first and a one-byte form looked for after the bit (21K
    /// instructions fewer over corpora/real, for about 7K at set-up to
    /// spell the table out, [`Openings::spell_pairs`]).
    pairs: [u64; 1 << 10],
    /// Whether the two-byte opening is a whole form.
    pair_forms: [u64; 1 << 10],
    /// Hashed three-byte openings, one bit each.
    triples: [u64; 1 << 10],
    /// Hashed first runs of forms, one byte each: the run of ASCII letters a
    /// form opens with ("north" in "North Korea's state media"). Where a
    /// form matches and ends a word, the text's run from that word start is
    /// the form's run exactly, since the byte after it is the form's own
    /// next byte or, where the form ends, a byte that is no word byte or a
    /// possessive's curly apostrophe. (This holds for a run of any set of
    /// word bytes closed under ASCII case; letters alone are the cheapest
    /// to find.) So a word whose run's bit is clear opens no mention. This
    /// rules out "and" and "that", which the first three bytes of "Andina"
    /// and "Thai News Agency" let through. (Held in place, not boxed, the
    /// search's loop reads it at an offset from `self` rather than keeping
    /// its address in a register. A byte a slot, not a bit, is read in one
    /// instruction rather than five, which pays for the words that the
    /// eight times fewer slots of the same eight kilobytes let through:
    /// the forms' 263 runs fill about 3% of them.)
    words: [bool; WORD_SLOTS],
    /// Whether a run with the slot in [`Openings::words`] opens a form that
    /// ends within `TAIL` bytes of it: read for a word whose tail is none
    /// of its run's forms' (most often "the"), before `short`, whose bit
    /// tells the same with fewer clashes but costs a hash's product, a
    /// shift and a bit's mask. (A slot's byte clashes more often than a
    /// bit of `short`: set in `words` too, it let more words through.)
    short_slots: [bool; WORD_SLOTS],
    /// Hashed first runs with the `TAIL` bytes that follow them in a form,
    /// case aside, one bit each ("the" with " sta" of "the state media";
    /// [`tail_bit`]).
    /// Most words that open some form are followed by none of its tails:
    /// "the" opens dozens of forms and thousands of other phrases.
    /// (Held in place, as `words` is, and so is `short`: boxed, their
    /// addresses were two more values the search's loop had no register
    /// for, stored on the stack at each call and read back for each test.)
    tails: [u64; 1 << 10],
    /// Hashed first runs of forms that end within `TAIL` bytes of the run
    /// ("AP", "the AP"), one bit each ([`word_bit`]): a word with such a
    /// run goes to the trie whatever follows it.
    short: [u64; 1 << 10],
    /// Hashed first runs with the `TAIL` bytes that follow them in a form
    /// ([`near_bit`]), for forms that end within `FAR` bytes of their
    /// first run ("Kyodo News").
    near: [u64; 1 << 10],
    /// Hashed first runs with the `FAR` bytes that follow them in a form
    /// ([`far_bit`]), for forms that go on that far ("north" with " korea's
    /// sta" of "North Korea's state media"): a word whose tail is some
    /// form's, and not a near form's, goes to the trie only when its `FAR`
    /// bytes are some form's too ([`Openings::goes_far`]). Most words
    /// that `tails` lets through are a country ("North Korea's leader",
    /// "the North's nuclear"), on which the trie's walk reads a dozen bytes
    /// or more before it fails.
    far: [u64; 1 << 10],
    /// [`GOLDEN`], read from here by [`Openings::word_slot`]: see there.
    slot_factor: u64,
    /// -1 (`u64::MAX`), read from here by [`Openings::pass_words`] for
    /// [`run_bytes`]'s `stop - 1`. Written as a constant, it was made
    /// again at every word: only bits 8 to 62 of `stop - 1` are read (the
    /// shift drops the low byte, and `upper` clears bit 63 of the `and`),
    /// so the compiler made the constant 0x7FFF_FFFF_FFFF_FFFF, which no
    /// `add` holds, and built it with a ten-byte `movabs` for each word.
    /// A field's value is added from where it is kept: one instruction a
    /// word fewer.
    minus_one: u64,
}

/// How many bytes after a form's first run [`Openings::tails`] holds.
const TAIL: usize = 4;

/// How many bytes after a form's first run [`Openings::far`] holds.
const FAR: usize = 12;

/// What [`Openings::pass_word`] tells of a place.
enum Pass {
    /// No form opens there: the next word may start at this place.
    On(usize),
    /// A form may open there, at a word whose run of letters ends at this
    /// place, before a byte that is no word byte. (Not the place after it,
    /// where the next word may start: computed before the table's test, it
    /// was a second value held beside the word's start, copied into that
    /// start's register at every word.)
    Opens(usize),
    /// The general step of [`Openings::next_opening`] reads the place.
    Leave,
}

impl Openings {
    /// The openings of `forms`, built at run time: a user's lexicon's.
    fn new(forms: &[&str]) -> Openings {
        let mut openings = Openings::blank();
        let mut firsts = [false; 256];
        for form in forms {
            openings.add(&mut firsts, form.as_bytes());
        }
        openings.finish(&firsts);
        openings
    }

    /// The openings of the built-in lexicon's searched forms, built when
    /// compiling into [`BUILTIN_OPENINGS`]: each of the table's forms that
    /// the lexicon searches for, and its spelling with typographic
    /// apostrophes. The tables are sets: forms equal but for case, which
    /// the lexicon keeps as one pattern, set the same bits.
    const fn builtin() -> Openings {
        let mut openings = Openings::blank();
        let mut firsts = [false; 256];
        each_form!(|n, _, e, k, form| {
            if searched(e, k) {
                openings.add(&mut firsts, form);
                if let Some(curly) = LOWERED[n].curly {
                    openings.add(&mut firsts, curly.form.as_bytes());
                }
            }
        });
        openings.finish(&firsts);
        openings
    }

    /// Empty tables, but for each byte's key and `WORD` bit.
    const fn blank() -> Openings {
        let mut openings = Openings {
            class: [0; 256],
            key: [0; 256],
            single: [false; 256],
            pairs: [0; 1 << 10],
            pair_forms: [0; 1 << 10],
            triples: [0; 1 << 10],
            words: [false; WORD_SLOTS],
            short_slots: [false; WORD_SLOTS],
            tails: [0; 1 << 10],
            short: [0; 1 << 10],
            near: [0; 1 << 10],
            far: [0; 1 << 10],
            slot_factor: GOLDEN,
            minus_one: u64::MAX,
        };
        let mut b = 0;
        while b < 256 {
            let byte = b as u8;
            openings.key[b] = unbroken(byte).to_ascii_lowercase();
            if is_word_byte(byte) {
                openings.class[b] |= WORD;
            }
            b += 1;
        }
        openings
    }

    /// Adds a form's openings, and its first byte's key to `firsts`. Only
    /// its first bytes and the few after its first run are read.
    const fn add(&mut self, firsts: &mut [bool; 256], bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        let first = self.key[bytes[0] as usize];
        firsts[first as usize] = true;
        let (run, hash) = form_run(bytes);
        if run > 0 {
            let slot = self.word_slot(hash);
            self.words[slot] = true;
            let (_, after) = bytes.split_at(run);
            if let Some(tail) = after.first_chunk::<TAIL>() {
                let (tails, count) = tail_words(tail);
                let mut t = 0;
                while t < count {
                    set(&mut self.tails, tail_bit(hash, tails[t]));
                    t += 1;
                }
                match after.first_chunk::<FAR>() {
                    Some(far) => set(&mut self.far, far_bit(hash, far)),
                    None => set(&mut self.near, near_bit(hash, tail)),
                }
            } else {
                set(&mut self.short, word_bit(hash));
                self.short_slots[slot] = true;
            }
        }
        match bytes.len() {
            1 => self.single[first as usize] = true,
            2 => {
                let second = self.key[bytes[1] as usize];
                set(&mut self.pairs, pair(first, second));
                set(&mut self.pair_forms, pair(first, second));
            }
            _ => {
                let (second, third) = (self.key[bytes[1] as usize], self.key[bytes[2] as usize]);
                set(&mut self.pairs, pair(first, second));
                set(&mut self.triples, triple(first, second, third));
            }
        }
    }

    /// Completes the tables once every form is added: spells out the pairs
    /// ([`Openings::spell_pairs`]) and sets the `OPENS` bit of each byte
    /// whose key opens a form (`firsts`).
    const fn finish(&mut self, firsts: &[bool; 256]) {
        self.spell_pairs();
        let mut b = 0;
        while b < 256 {
            if firsts[self.key[b] as usize] {
                self.class[b] |= OPENS;
            }
            b += 1;
        }
    }

    /// The first place from `at` (0 or after a byte that is not a word
    /// byte) where some form may open, the places after word ends being
    /// those looked at, with the place after it where the next word may
    /// start: `(start, rest)`. `None` when no form may open in the rest of
    /// `text`.
    ///
    /// Nearly every word is ruled out here, most of them by
    /// [`Openings::pass_words`]; the places it leaves take the general
    /// step below.
    ///
    /// Always inlined into [`Forms::at_word_starts`]: in the loop over a
    /// page's paragraphs (`ParagraphMentions::new`) the compiler otherwise
    /// kept it out of line, a call for each place `pass_words` leaves,
    /// which cost more than the tables' loads the loop saves.
    #[inline(always)]
    fn next_opening(&self, text: &[u8], mut at: usize) -> Option<(usize, usize)> {
        loop {
            match self.pass_words(text, at) {
                Ok((start, end)) if self.goes_far(text, start) => return Some((start, end + 1)),
                Ok((_, end)) => {
                    at = end + 1;
                    continue;
                }
                Err(left) => at = left,
            }
            let (maybe, rest) = self.general_step(text, at)?;
            if maybe {
                return Some((at, rest));
            }
            at = rest;
        }
    }

    /// The general step of [`Openings::next_opening`] at `at` (0 or after
    /// a byte that is not a word byte): whether some form may open there,
    /// and the place after it where the next word may start; `None` past
    /// the text's end.
    #[inline(always)]
    fn general_step(&self, text: &[u8], at: usize) -> Option<(bool, usize)> {
        let &first = text.get(at)?;
        Some(if first.is_ascii_alphabetic() {
            // A word that opens with an ASCII letter: its run of them is
            // hashed while it is passed over, and the hash (with the
            // bytes after the run) tells whether any form may open
            // there.
            let (end, hash) = self.ascii_word(text, at);
            (
                self.may_open_word(text, end, hash),
                self.after_run(text, end),
            )
        } else {
            // A word that opens with a digit, an underscore or a
            // non-ASCII character, or a place after a byte that is not
            // a word byte, where a form that opens with punctuation may
            // start: the opening bytes decide.
            let class = self.class[usize::from(first)];
            let maybe = class & OPENS != 0 && self.may_open(&text[at..]);
            let rest = if class & WORD != 0 {
                self.past_word(text, at + 1)
            } else {
                at + 1
            };
            (maybe, rest)
        })
    }

    /// [`Openings::next_opening`] over the places that are words opening
    /// with a run of ASCII letters ended by a byte that is no word byte,
    /// most words, words that open with another word byte (a digit, a
    /// curly quotation mark) that no form opens with, or bytes that open
    /// no word and no form (a second space, a quotation mark), the last
    /// eight bytes of the text included: `Ok` with the place where a form
    /// may open and the end of its word's run (the next word may start
    /// after it), or `Err` with the first place it leaves to the general
    /// step (a run that more of its word follows, "Korea’s", when some
    /// form opens with the run, a byte that opens a form and is not an
    /// ASCII letter, a run of eight letters or more near the text's
    /// end, a text shorter than eight bytes), or a place past the text's
    /// end.
    ///
    /// A run that ends within the eight bytes from its word's start, most
    /// runs, is read from that one load: its end, its hash and the byte
    /// that ends it. The loop calls no function, and is one of its own
    /// (not inlined), so that its constants, the text and the tables stay
    /// in registers: each call in it, or code of its callers around it,
    /// cost it several instructions a word in values reloaded or made
    /// again (its instructions: about 39 a word, from 54 in one loop with
    /// the general step). Each place it leaves costs a return and a call
    /// again, about 50 instructions, and the general step as many, so it
    /// passes over the last words of a text, words that open with a digit
    /// or a character that is not ASCII, and words whose run more of the
    /// word follows and opens no form, itself. (Passing over the last kind
    /// here once cost the loop two instructions a word; with the run's end
    /// read from the loop's window, that code is out of the loop's way,
    /// and the corpus takes 3K instructions fewer.)
    #[inline(never)]
    fn pass_words(&self, text: &[u8], mut at: usize) -> Result<(usize, usize), usize> {
        // The last place with eight bytes of text from it, found once: a
        // test of `at + 8` against the text's length at each step cost a
        // test of the sum's overflow too.
        let Some(last) = text.len().checked_sub(8) else {
            return Err(at);
        };
        while at <= last {
            let window: &[u8; 8] = text[at..][..8].try_into().unwrap_or(&[0; 8]);
            // The byte that ends a run within the window is the window's
            // own: read there, its index needs no test against the text's
            // length (two instructions a word).
            let ender = |k: usize, _end: usize| Some(window[k]);
            match self.pass_word(text, at, u64::from_le_bytes(*window), ender) {
                Pass::On(rest) => at = rest,
                Pass::Opens(end) => return Ok((at, end)),
                Pass::Leave => return Err(at),
            }
        }
        // The places within eight bytes of the end read the text's last
        // eight bytes, shifted down so that byte 0 is the place's, with
        // zeros past the end: what `ascii_run` reads there (`load8`).
        let bytes: [u8; 8] = text[last..].try_into().unwrap_or_default();
        let end_chunk = u64::from_le_bytes(bytes);
        while at < text.len() {
            let ender = |_k: usize, end: usize| text.get(end).copied();
            match self.pass_word(text, at, end_chunk >> (8 * (at - last)), ender) {
                Pass::On(rest) => at = rest,
                Pass::Opens(end) => return Ok((at, end)),
                Pass::Leave => return Err(at),
            }
        }
        Err(at)
    }

    /// The step of [`Openings::pass_words`] at `at`, `chunk` holding the
    /// eight bytes from it (zeros past the text's end).
    #[inline(always)]
    fn pass_word(
        &self,
        text: &[u8],
        at: usize,
        chunk: u64,
        ender: impl Fn(usize, usize) -> Option<u8>,
    ) -> Pass {
        // The high bits of the bytes that are not ASCII letters.
        let (stop, upper) = not_letters(chunk);
        // `ascii_run` on this chunk, and on from it for a run of eight
        // letters or more; `ender` reads the byte at the run's end, the
        // `k`-th of the chunk when `k` is below 8.
        let (end, hash, ended) = if stop != 0 {
            let k = (stop.trailing_zeros() / 8) as usize;
            if k == 0 {
                return self.pass_non_letter(text, at, chunk);
            }
            let end = at + k;
            (end, run_bytes(upper, stop, self.minus_one), ender(k, end))
        } else {
            match run_on(text, at + 8, upper, self.minus_one) {
                Some((end, hash)) => (end, hash, text.get(end).copied()),
                None => return Pass::Leave,
            }
        };
        if ended.is_some_and(|b| self.class[usize::from(b)] & WORD != 0) {
            // A run that more of its word follows ("Korea’s", "G7"): passed
            // over here when no form opens with the run, as the general
            // step would pass over it, rather than for a return, that step
            // and a call again.
            return if self.words[self.word_slot(hash)] {
                Pass::Leave
            } else {
                Pass::On(self.past_word(text, end))
            };
        }
        if self.may_open_word(text, end, hash) {
            Pass::Opens(end)
        } else {
            Pass::On(end + 1)
        }
    }

    /// [`Openings::pass_word`] at a place whose first byte, the low byte
    /// of `chunk`, is no ASCII letter.
    #[inline(always)]
    fn pass_non_letter(&self, text: &[u8], at: usize, chunk: u64) -> Pass {
        let class = self.class[usize::from(chunk as u8)];
        if class & OPENS != 0 {
            Pass::Leave
        } else if class & WORD != 0 {
            // A word that opens with a digit, an underscore or a character
            // that is not ASCII, which no form opens with.
            Pass::On(self.past_word(text, at + 1))
        } else {
            Pass::On(at + 1)
        }
    }

    /// The place after a word's run of ASCII letters that ends at `end`
    /// where the next word may start.
    #[inline]
    fn after_run(&self, text: &[u8], end: usize) -> usize {
        if end < text.len() && self.class[usize::from(text[end])] & WORD != 0 {
            self.past_word(text, end)
        } else {
            end + 1
        }
    }

    /// The place after the first byte from `at` that is not a word byte:
    /// the rest of a word, and the byte that ends it, cannot open a match.
    fn past_word(&self, text: &[u8], mut at: usize) -> usize {
        while at < text.len() && self.class[usize::from(text[at])] & WORD != 0 {
            at += 1;
        }
        at + 1
    }

    /// Where the run of ASCII letters from `at` ends, with the run's hash,
    /// ASCII case aside (see [`Openings::words`]).
    #[inline]
    fn ascii_word(&self, text: &[u8], at: usize) -> (usize, u64) {
        ascii_run(text, at)
    }

    /// Whether some form may open a mention at a word whose run of ASCII
    /// letters hashes to `hash` and ends at `end`.
    fn may_open_word(&self, text: &[u8], end: usize, hash: u64) -> bool {
        let slot = self.word_slot(hash);
        self.words[slot] && self.may_go_on(text, end, hash, slot)
    }

    /// Whether some form may open at `start`, where a word opens with an
    /// ASCII letter, as the search's loop asks of a word it lets through:
    /// the word's run, read once, for both tests, its first run's
    /// ([`Openings::may_open_word`]) and the bytes after it
    /// ([`Openings::goes_far_from`]).
    #[inline(always)]
    fn may_open_at_letter(&self, text: &[u8], start: usize) -> bool {
        let (end, hash) = self.ascii_word(text, start);
        self.may_open_word(text, end, hash) && self.goes_far_from(text, end, hash)
    }

    /// A first run's hash as a slot of [`Openings::words`]: the top bits of
    /// its product by [`GOLDEN`], as [`word_bit`]'s are.
    ///
    /// The factor is read from a field, not written as a constant: in
    /// [`Openings::pass_words`], which has no register left for it, a
    /// constant was made again at every word (a ten-byte `movabs`), and
    /// the product, which `word_bit` would then share, was copied to be
    /// kept for the few words past this table. A field's value is loaded
    /// where it is used, as the multiplication's own operand, and the
    /// product is not kept: two instructions a word fewer.
    #[inline]
    const fn word_slot(&self, hash: u64) -> usize {
        (hash.wrapping_mul(self.slot_factor) >> (64 - WORD_SLOTS.trailing_zeros())) as usize
    }

    /// [`Openings::may_open_word`] for a run some form opens with: whether
    /// one goes on from it as the text does, its next `TAIL` bytes being
    /// the text's, or ends within them. (The tails are asked first: asked
    /// first, `short`'s bit made the search's loop compute that bit's mask
    /// for every word, before it knew the word's run opens a form.)
    fn may_go_on(&self, text: &[u8], end: usize, hash: u64, slot: usize) -> bool {
        let goes_on = text
            .get(end..end + TAIL)
            .and_then(|tail| tail.try_into().ok())
            .is_some_and(|tail| get(&self.tails, tail_bit(hash, u32::from_le_bytes(tail))));
        goes_on || (self.short_slots[slot] && get(&self.short, word_bit(hash)))
    }

    /// Whether a form may open at `start`, a word that
    /// [`Openings::pass_words`] lets through: a form that ends within
    /// `TAIL` bytes of the word's run opens with the run, one that ends
    /// within `FAR` bytes with the run and the `TAIL` bytes the text has
    /// there, and a longer one with the `FAR` bytes. Asked here, once a
    /// word is let through, with the word's run read again, rather than in
    /// `pass_words`: there its code made the loop keep fewer constants in
    /// registers, at four instructions a word, and the run's end and hash
    /// given back with the place cost it as much. (The few places the
    /// general step lets through go to the trie without it.)
    fn goes_far(&self, text: &[u8], start: usize) -> bool {
        let (end, hash) = self.ascii_word(text, start);
        self.goes_far_from(text, end, hash)
    }

    /// [`Openings::goes_far`] for a word whose run of ASCII letters ends at
    /// `end` and hashes to `hash`, read already.
    #[inline]
    fn goes_far_from(&self, text: &[u8], end: usize, hash: u64) -> bool {
        let near = |tail: &[u8]| {
            tail.first_chunk()
                .is_some_and(|tail| get(&self.near, near_bit(hash, tail)))
        };
        get(&self.short, word_bit(hash))
            || match text.get(end..).and_then(<[u8]>::first_chunk) {
                Some(far) => get(&self.far, far_bit(hash, far)) || near(far),
                None => text.get(end..).is_some_and(near),
            }
    }

    /// [`Openings::pairs`], which holds the forms' first two keys, made the
    /// table of their spellings: a row for each first byte, that of its
    /// key (all set for a one-byte form's), each key's column copied to its
    /// other spellings (an uppercase letter, a line break or a tab).
    const fn spell_pairs(&mut self) {
        let keyed = self.pairs;
        let mut a = 0;
        while a < 256 {
            let key = self.key[a];
            let row = pair(a as u8, 0) / 64;
            let at = pair(key, 0) / 64;
            if self.single[key as usize] {
                let mut k = 0;
                while k < 4 {
                    self.pairs[row + k] = u64::MAX;
                    k += 1;
                }
                a += 1;
                continue;
            }
            // Bytes 0x00 to 0x3F: the space's column (bit 32) is that of
            // the tab, the line feed and the carriage return too.
            let space = keyed[at] >> 32 & 1;
            self.pairs[row] = keyed[at] | space << b'\t' | space << b'\n' | space << b'\r';
            // Bytes 0x40 to 0x7F: the lowercase letters' columns (bits 33
            // to 58) are those of the uppercase ones (bits 1 to 26) too.
            self.pairs[row + 1] = keyed[at + 1] | (keyed[at + 1] >> 32) & 0x07FF_FFFE;
            self.pairs[row + 2] = keyed[at + 2];
            self.pairs[row + 3] = keyed[at + 3];
            a += 1;
        }
    }

    /// Whether some form may match at the start of `rest`: one-byte forms
    /// whole, the first two bytes of longer forms, and the first three
    /// bytes' hash of forms of three bytes or more.
    fn may_open(&self, rest: &[u8]) -> bool {
        let key = |b: u8| self.key[usize::from(b)];
        match *rest {
            [] => false,
            [a] => self.single[usize::from(key(a))],
            [a, b, ..] if !get(&self.pairs, pair(a, b)) => false,
            [_, _] => true,
            [a, b, c, ..] => {
                let (a, b) = (key(a), key(b));
                get(&self.triples, triple(a, b, key(c)))
                    || get(&self.pair_forms, pair(a, b))
                    || self.single[usize::from(a)]
            }
        }
    }
}

/// Two bytes, as a bit index.
const fn pair(a: u8, b: u8) -> usize {
    (a as usize) << 8 | b as usize
}

/// Three lowercased bytes hashed to 16 bits (Fibonacci hashing): a clash
/// only costs one needless trie walk.
const fn triple(a: u8, b: u8, c: u8) -> usize {
    let bytes = (a as u32) << 16 | (b as u32) << 8 | c as u32;
    (bytes.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// Sets bit `i` (below 65,536) of a bit table; the lexicon's tables are all
/// of this size.
pub(super) const fn set(bits: &mut [u64; 1 << 10], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

/// Whether bit `i` (below 65,536) of a bit table is set.
pub(super) fn get(bits: &[u64; 1 << 10], i: usize) -> bool {
    bits[i / 64] & (1 << (i % 64)) != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, Anchored, MatchKind};

    /// The built-in lexicon's trie, written out (`builtin_trie.rs`), is
    /// the build of its searched forms; with `NEWSWIRE_WRITE_TRIE` set,
    /// the test writes it anew.
    #[test]
    fn builtin_trie_is_the_built_in_forms() {
        let searched = &crate::agency::Lexicon::builtin().searched;
        let listed = crate::agency::Lexicon::new(&[]);
        let forms: Vec<&str> = listed.searched.forms.iter().map(String::as_str).collect();
        let built = Trie::new(&forms).unwrap();
        if std::env::var_os("NEWSWIRE_WRITE_TRIE").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/agency/builtin_trie.rs");
            std::fs::write(path, built.written_out()).unwrap();
        }
        assert!(
            built == Trie::builtin(),
            "the built-in lexicon's forms have changed: write their trie anew with \
             `NEWSWIRE_WRITE_TRIE=1 cargo test --lib builtin_trie`"
        );
        assert!(searched.trie.as_ref() == Some(&built));
    }

    impl Forms {
        fn all_at_word_starts(&self, text: &[u8]) -> Vec<(usize, usize, usize)> {
            let mut all = Vec::new();
            self.at_word_starts(text, |s, e, form| all.push((s, e, form)));
            all
        }
    }

    /// The crate's own unanchored leftmost-longest scan, kept to matches
    /// that start and end a word: what `at_word_starts` must agree with
    /// wherever no match begins inside a word.
    fn scan(forms: &[&str], text: &[u8]) -> Vec<(usize, usize, usize)> {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(forms)
            .unwrap();
        ac.find_iter(text)
            .filter(|m| m.start() == 0 || !is_word_byte(text[m.start() - 1]))
            .filter(|m| {
                let rest = &text[m.end()..];
                rest.first().is_none_or(|&b| !is_word_byte(b)) || rest.starts_with("’".as_bytes())
            })
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    #[test]
    fn agrees_with_an_unanchored_scan_at_word_starts() {
        let forms = [
            "AP",
            "AFP",
            "Reuters",
            "the state news agency",
            "the state media",
            "KCNA",
            "K",
            "Yonhap News Agency",
            "Yonhap",
            "Al Jazeera",
            "Xinhua",
            "x",
            "Andina",
            "Thai News Agency",
            "U.S. Agency",
            "Agência Brasil",
            "1TV",
            "G7 Press",
        ];
        let texts = [
            "Reuters and AFP said, citing the State News Agency and KCNA.",
            "REUTERS: the state media (Yonhap News Agency) reported; yonhap news later.",
            "Apart from AP's report, Al Jazeera and Xinhua’s feed; x marks K-pop.",
            "the state news agencies, the state media's line, Reutersville, AFPx",
            "",
            "K",
            "ap",
            "Al",
            "Yonhap News Agenc",
            "and Andina, andinas; that Thai news agency’s Thai News Agencies",
            "the U.S. agency, U.S. Agencyx, US agency, Agência Brasil, agência brasil",
            "1TV said, 1tvx, G7 press, G7x Press, G77 Press, the G7 Press's",
        ];
        let searched = Forms::new(&forms);
        for text in texts {
            assert_eq!(
                searched.all_at_word_starts(text.as_bytes()),
                scan(&forms, text.as_bytes()),
                "{text:?}"
            );
        }
    }

    /// The trie tried at every place after a byte that is no word byte
    /// (or at the text's start), left to right, a place inside the last
    /// match passed over: what `at_word_starts` gives, without the tables
    /// that rule places out or the reading of words eight bytes at once.
    fn at_every_word_start(forms: &Forms, text: &[u8]) -> Vec<(usize, usize, usize)> {
        let trie = forms.trie.as_ref().unwrap();
        let mut all = Vec::new();
        let mut next = 0;
        for start in 0..text.len() {
            if start < next || (start > 0 && is_word_byte(text[start - 1])) {
                continue;
            }
            if let Some((form, end)) = trie.longest_at(text, start) {
                let rest = &text[end..];
                if rest.first().is_none_or(|&b| !is_word_byte(b))
                    || super::super::is_possessive(rest)
                {
                    all.push((start, end, form));
                }
                next = end;
            }
        }
        all
    }

    #[test]
    fn the_lexicons_search_is_the_trie_at_every_word_start_in_real_text() {
        // Every table that rules a word out before the trie (the first
        // run's slot, the tails, `short`, `near`, `far`) and the reading of
        // runs eight bytes at a time (with the field's -1 for `run_bytes`),
        // over the pages the search reads, whole and cut into their lines
        // (so that many words come within eight bytes of a text's end).
        let forms = &crate::agency::Lexicon::builtin().searched;
        let stories = crate::test_stories::stories();
        assert!(stories.len() >= 5);
        let mut found = 0;
        for (path, text) in &stories {
            let texts = std::iter::once(text.as_str()).chain(text.split('\n'));
            for text in texts {
                let all = forms.all_at_word_starts(text.as_bytes());
                assert_eq!(all, at_every_word_start(forms, text.as_bytes()), "{path:?}");
                found += all.len();
            }
        }
        assert!(found >= 2 * stories.len(), "{found}");
    }

    #[test]
    fn a_run_that_more_of_its_word_follows_is_passed_over_as_the_general_step_does() {
        // `pass_word` passes over a word whose run of letters a digit or a
        // character that is not ASCII follows ("Korea’s") when no form
        // opens with the run: the general step of `next_opening` would
        // find no form there and go on where this gives.
        let openings = crate::agency::Lexicon::builtin().searched.openings();
        let mut passed = 0;
        for (path, text) in &crate::test_stories::stories() {
            let text = text.as_bytes();
            let Some(last) = text.len().checked_sub(8) else {
                continue;
            };
            for at in 0..=last {
                if (at > 0 && is_word_byte(text[at - 1])) || !text[at].is_ascii_alphabetic() {
                    continue;
                }
                let (end, hash) = openings.ascii_word(text, at);
                if end == text.len() || !is_word_byte(text[end]) {
                    continue;
                }
                let window: &[u8; 8] = text[at..][..8].try_into().unwrap();
                let chunk = u64::from_le_bytes(*window);
                match openings.pass_word(text, at, chunk, |k, _| Some(window[k])) {
                    Pass::On(rest) => {
                        assert!(!openings.may_open_word(text, end, hash), "{path:?} {at}");
                        assert_eq!(rest, openings.after_run(text, end), "{path:?} {at}");
                        passed += 1;
                    }
                    Pass::Leave => {}
                    Pass::Opens(_) => panic!("{path:?} {at}: a run that its word goes on from"),
                }
            }
        }
        if crate::test_stories::corpus_at_hand() {
            assert!(passed > 300, "{passed}");
        }
    }

    mod every_word_start {
        use super::*;
        use proptest::prelude::*;

        /// Forms like the lexicon's (names, acronyms, descriptions that
        /// open with "the", first runs of eight letters or more, a
        /// possessive), and a user's that open with punctuation, a digit
        /// or a character that is not ASCII, or are one byte long.
        const FORMS: &[&str] = &[
            "Reuters",
            "AP",
            "the AP",
            "the state media",
            "the state news agency",
            "North Korea's state media",
            "Yonhap News Agency",
            "Yonhap",
            "Pyongyang radio",
            "Interpressnews",
            "Uriminzokkiri",
            "Agência Brasil",
            "ČTK",
            "News1",
            "1TV",
            "(AA)",
            "@Wire",
            "x",
            "K",
        ];

        /// Pieces of running text: the forms, words that share their
        /// openings, words of every length, digits, underscores, letters
        /// that are not ASCII, marks and blanks of every kind.
        fn piece() -> impl Strategy<Value = String> {
            prop_oneof![
                proptest::sample::select(FORMS).prop_map(str::to_owned),
                proptest::sample::select(FORMS).prop_map(str::to_uppercase),
                proptest::sample::select(FORMS).prop_map(str::to_lowercase),
                proptest::sample::select(
                    &[
                        "the",
                        "The",
                        "state",
                        "Reutersville",
                        "Apart",
                        "Yonhaps",
                        "Interpressnewsagency",
                        "Uriminzokkiris",
                        "North\nKorea's state\tmedia",
                        "the STATE news\r\tagency",
                        "north korea's state medical",
                        "the state news agenda",
                        "x_1",
                        "G20",
                        "1TVs",
                        "a",
                        "’s",
                        "'s",
                        "é",
                        "Č",
                        "_",
                        "2024",
                    ][..]
                )
                .prop_map(str::to_owned),
                "[a-zA-Z]{1,20}",
                "[ \n\t\r(),.\"-]{1,3}",
            ]
        }

        fn text() -> impl Strategy<Value = String> {
            proptest::collection::vec(
                (
                    piece(),
                    prop_oneof![Just(" "), Just(""), Just("\n"), Just(", ")],
                ),
                0..24,
            )
            .prop_map(|pieces| pieces.into_iter().map(|(p, gap)| p + gap).collect())
        }

        proptest! {
            /// The search gives what the trie gives at every word start,
            /// for the forms above and for forms over a few bytes that
            /// share openings and runs with one another and the text.
            #[test]
            fn gives_the_tries_matches(
                text in text(),
                small in proptest::collection::vec("[abAB .’1é(]{1,10}", 1..12),
                tail in "[abAB .’1é(]{0,24}",
            ) {
                let forms = Forms::new(FORMS);
                prop_assert_eq!(
                    forms.all_at_word_starts(text.as_bytes()),
                    at_every_word_start(&forms, text.as_bytes())
                );
                let small: Vec<&str> = small.iter().map(String::as_str).collect();
                let forms = Forms::new(&small);
                let text = format!("{text}{tail}");
                prop_assert_eq!(
                    forms.all_at_word_starts(text.as_bytes()),
                    at_every_word_start(&forms, text.as_bytes())
                );
            }
        }
    }

    /// The openings' tables as first built, from a copy of each form's
    /// keys.
    fn openings_from_copies(forms: &[&str]) -> Openings {
        let mut openings = Openings::new(&[]);
        let mut firsts = [false; 256];
        let mut key_pairs = [0u64; 1 << 10];
        for form in forms {
            let key: Vec<u8> = form.bytes().map(|b| openings.key[usize::from(b)]).collect();
            let Some(&first) = key.first() else {
                continue;
            };
            firsts[usize::from(first)] = true;
            let (run, hash) = openings.ascii_word(form.as_bytes(), 0);
            if run > 0 {
                let slot = openings.word_slot(hash);
                openings.words[slot] = true;
                let tails = |tail: &[u8]| tail_list(tail.try_into().unwrap());
                match (key.get(run..run + TAIL), key.get(run..run + FAR)) {
                    (Some(tail), Some(far)) => {
                        tails(tail)
                            .iter()
                            .for_each(|&t| set(&mut openings.tails, tail_bit(hash, t)));
                        set(&mut openings.far, far_bit(hash, far.try_into().unwrap()));
                    }
                    (Some(tail), None) => {
                        tails(tail)
                            .iter()
                            .for_each(|&t| set(&mut openings.tails, tail_bit(hash, t)));
                        set(&mut openings.near, near_bit(hash, tail.try_into().unwrap()));
                    }
                    (None, _) => {
                        set(&mut openings.short, word_bit(hash));
                        openings.short_slots[slot] = true;
                    }
                }
            }
            match *key {
                [a] => openings.single[usize::from(a)] = true,
                [a, b] => {
                    set(&mut key_pairs, pair(a, b));
                    set(&mut openings.pair_forms, pair(a, b));
                }
                [a, b, c, ..] => {
                    set(&mut key_pairs, pair(a, b));
                    set(&mut openings.triples, triple(a, b, c));
                }
                [] => {}
            }
        }
        // Every pair of bytes whose keys open a form, or whose first opens
        // a one-byte form.
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let (ka, kb) = (openings.key[usize::from(a)], openings.key[usize::from(b)]);
                if get(&key_pairs, pair(ka, kb)) || openings.single[usize::from(ka)] {
                    set(&mut openings.pairs, pair(a, b));
                }
            }
        }
        for b in 0..=255u8 {
            if firsts[usize::from(openings.key[usize::from(b)])] {
                openings.class[usize::from(b)] |= OPENS;
            }
        }
        openings
    }

    #[test]
    fn openings_read_in_place_are_those_from_copies() {
        let mut forms: Vec<String> = crate::agency::table::AGENCIES
            .iter()
            .flat_map(|e| {
                std::iter::once(e.name)
                    .chain(e.aliases.iter().copied())
                    .chain(e.descriptions.iter().copied())
            })
            .map(str::to_owned)
            .collect();
        forms.extend(
            [
                "",
                "K",
                "AP",
                "x\n",
                "(AA)",
                "@Wire",
                "Thai\tNews",
                "1TV",
                "G7 Press",
                "Agência Brasil",
                "the AP",
                "Andi",
                "Andina",
                "Xinhua’s",
            ]
            .map(str::to_owned),
        );
        let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
        assert_same_openings(&Openings::new(&forms), &openings_from_copies(&forms));
    }

    /// Asserts that two builds of the openings hold the same tables.
    fn assert_same_openings(fast: &Openings, slow: &Openings) {
        assert_eq!(fast.class, slow.class);
        assert_eq!(fast.key, slow.key);
        assert_eq!(fast.single, slow.single);
        assert_eq!(fast.pairs, slow.pairs);
        assert_eq!(fast.pair_forms, slow.pair_forms);
        assert_eq!(fast.triples, slow.triples);
        assert_eq!(fast.words, slow.words);
        assert_eq!(fast.tails, slow.tails);
        assert_eq!(fast.short, slow.short);
        assert_eq!(fast.short_slots, slow.short_slots);
        assert_eq!(fast.near, slow.near);
        assert_eq!(fast.far, slow.far);
        assert_eq!(fast.slot_factor, slow.slot_factor);
        assert_eq!(fast.minus_one, slow.minus_one);
    }

    /// [`tail_words`]'s words, as a list.
    fn tail_list(tail: &[u8; TAIL]) -> Vec<u32> {
        let (words, count) = tail_words(tail);
        words[..count].to_vec()
    }

    #[test]
    fn the_builtin_openings_are_those_built_at_run_time() {
        // A user's agency whose one form is a built-in agency's name
        // searches the built-in forms, with the openings built at run
        // time from the lexicon's list of searched forms.
        let builtin = crate::agency::Lexicon::builtin();
        let lexicon = crate::agency::Lexicon::new(&[crate::Agency::new("Reuters")]);
        assert_eq!(lexicon.patterns, builtin.patterns);
        assert_same_openings(lexicon.searched.openings(), &BUILTIN_OPENINGS);
        assert_same_openings(builtin.searched.openings(), &BUILTIN_OPENINGS);
        // The user's lexicon's trie is built, the built-in one's written
        // out: the same.
        assert!(lexicon.searched.trie == builtin.searched.trie);
    }

    #[test]
    fn the_far_tables_fold_bytes_the_trie_takes_as_equal_together() {
        let openings = Openings::new(&[]);
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                if openings.key[usize::from(a)] != openings.key[usize::from(b)] {
                    continue;
                }
                for k in 0..8 {
                    let (mut x, mut y) = ([b'q'; 8], [b'q'; 8]);
                    (x[k], y[k]) = (a, b);
                    assert_eq!(
                        fold(u64::from_le_bytes(x)),
                        fold(u64::from_le_bytes(y)),
                        "{a} {b} at {k}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_forms_tail_marks_every_tail_the_trie_reads_alike() {
        // Where a form goes on, the text's next four bytes have the form's
        // keys: their bit must be among those the form's tail sets.
        let openings = Openings::new(&[]);
        let hash = 0x1234_5678_9ABC_DEF0;
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                if openings.key[usize::from(a)] != openings.key[usize::from(b)] {
                    continue;
                }
                for k in 0..TAIL {
                    for fill in [b'q', b' ', b'\t'] {
                        let (mut form, mut text) = ([fill; TAIL], [fill; TAIL]);
                        (form[k], text[k]) = (a, b);
                        let marked: Vec<usize> = tail_list(&form)
                            .into_iter()
                            .map(|t| tail_bit(hash, t))
                            .collect();
                        let read = tail_bit(hash, u32::from_le_bytes(text));
                        assert!(marked.contains(&read), "{a} {b} at {k} among {fill}");
                    }
                }
            }
        }
        assert_eq!(tail_list(b"    ").len(), 256);
        assert_eq!(tail_list(b" sta").len(), 4);
        assert_eq!(tail_list(b"news").len(), 1);
        let mut all: Vec<u32> = tail_list(b"a \tb");
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), 16);
    }

    #[test]
    fn openings_rule_out_words_no_form_opens() {
        let openings = Openings::new(&["Reuters", "AP", "K"]);
        assert!(openings.may_open(b"reuters said"));
        assert!(openings.may_open(b"REUTERS"));
        assert!(openings.may_open(b"Apart"));
        assert!(openings.may_open(b"k"));
        assert!(!openings.may_open(b"Reading"));
        assert!(!openings.may_open(b"said"));
        assert!(!openings.may_open(b"R"));
        assert!(!openings.may_open(b""));
    }

    #[test]
    fn first_runs_rule_out_words_that_only_share_an_opening() {
        let openings = Openings::new(&[
            "Andina",
            "Thai News Agency",
            "U.S. Agency",
            "AP",
            "the state media",
            "the AP",
        ]);
        let opens = |text: &str| {
            let (end, hash) = openings.ascii_word(text.as_bytes(), 0);
            assert!(end > 0, "{text:?}");
            openings.may_open_word(text.as_bytes(), end, hash)
        };
        for text in ["Andina", "ANDINA", "thai news", "U.S. agency", "AP", "ap"] {
            assert!(opens(text), "{text:?}");
        }
        for text in ["and", "Andinas", "that", "Thailand", "US", "Apart", "a"] {
            assert!(!opens(text), "{text:?}");
        }
        // After a run that a form goes on from, the next four bytes decide,
        // unless some form with that run ends sooner.
        for text in ["Thai news", "THAI NEWS AGENCY", "Thai\nNews", "U.S. ag"] {
            assert!(opens(text), "{text:?}");
        }
        for text in ["Thai food", "Thai ne", "Thai", "U.N. officials", "U.S."] {
            assert!(!opens(text), "{text:?}");
        }
        for text in [
            "the state",
            "The State Media",
            "the AP",
            "the APEC",
            "the A",
        ] {
            assert!(opens(text), "{text:?}");
        }
        // The run stops at the first byte that is not an ASCII letter.
        assert_eq!(openings.ascii_word(b"Thai-born", 0).0, 4);
        assert_eq!(openings.ascii_word("Andina’s".as_bytes(), 0).0, 6);
        assert_eq!(openings.ascii_word(b"x_1 y", 0).0, 1);
        assert_eq!(openings.ascii_word(b"G20", 0).0, 1);
        assert_eq!(openings.ascii_word(b"Reuters", 0).0, 7);
        assert_eq!(openings.ascii_word(b"Internationalisation", 0).0, 20);
        assert_eq!(openings.ascii_word(b"said Reuters", 5).0, 12);
    }

    mod runs {
        use super::super::{HIGH, ascii_run, not_letters, run_on};
        use crate::ascii8::letter_bytes;
        use proptest::prelude::*;

        #[test]
        fn not_letters_is_the_letter_test_negated() {
            for b in 0..=255u8 {
                for k in 0..8 {
                    let mut bytes = [b'a'; 8];
                    bytes[k] = b;
                    let x = u64::from_le_bytes(bytes);
                    assert_eq!(not_letters(x).0, !letter_bytes(x) & HIGH, "{b} at {k}");
                }
            }
        }

        proptest! {
            /// The reading eight bytes a step ends a run where a loop over
            /// its bytes does, near the text's end and past eight letters
            /// included; read from whole chunks, it agrees wherever the
            /// chunks reach the run's end.
            #[test]
            fn end_where_a_byte_loop_ends_them(
                text in proptest::collection::vec(
                    prop_oneof![any::<u8>(), b'a'..=b'z', b'A'..=b'Z'],
                    0..40,
                ),
                at in 0usize..40,
            ) {
                let at = at.min(text.len());
                let end = text[at..]
                    .iter()
                    .position(|b| !b.is_ascii_alphabetic())
                    .map_or(text.len(), |k| at + k);
                let (run_end, hash) = ascii_run(&text, at);
                prop_assert_eq!(run_end, end);
                // From the start of each chunk of the run, its letters
                // before that read, `run_on` gives what `ascii_run` does
                // when the chunk that holds the run's end is whole.
                let whole = (end - at) / 8;
                let expected = (at + 8 * whole + 8 <= text.len()).then_some((end, hash));
                let mut read = 0u64;
                for k in 0..=whole {
                    prop_assert_eq!(run_on(&text, at + 8 * k, read, u64::MAX), expected);
                    if k < whole {
                        let bytes: [u8; 8] = text[at + 8 * k..][..8].try_into().unwrap();
                        read = read.rotate_left(29) ^ not_letters(u64::from_le_bytes(bytes)).1;
                    }
                }
            }

            /// A run's hash depends on its letters only, case aside, not
            /// on what follows it.
            #[test]
            fn hash_their_letters_case_aside(
                word in "[a-zA-Z]{0,20}",
                after in "([^a-zA-Z][ -~]{0,5})?",
            ) {
                let text = format!("{word}{after}");
                let plain = word.to_ascii_lowercase();
                prop_assert_eq!(
                    ascii_run(text.as_bytes(), 0),
                    ascii_run(plain.as_bytes(), 0)
                );
            }
        }
    }

    #[test]
    fn the_walk_is_the_crates_anchored_search() {
        let forms = [
            "Yonhap News Agency",
            "Yonhap",
            "AP",
            "the state media",
            "the state news agency",
            "Korean Central News Agency",
            "Central",
        ];
        let searched = Forms::new(&forms);
        let trie = searched.trie.as_ref().unwrap();
        let anchored = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            .build(forms)
            .unwrap();
        // The walk reads line breaks and tabs as spaces; the crate's search
        // is given the text with them already replaced.
        let text = "AP and yonhap news agency,\nYonhap News, the State\tMedia said \
                    the state news, Korean Central News Agency's Central TV";
        let spaced = text.replace(['\n', '\t'], " ");
        for start in 0..text.len() {
            let input = aho_corasick::Input::new(&spaced)
                .range(start..)
                .anchored(Anchored::Yes);
            let expected = anchored
                .find(input)
                .map(|m| (m.pattern().as_usize(), m.end()));
            assert_eq!(
                trie.longest_at(text.as_bytes(), start),
                expected,
                "at {start}"
            );
        }
        assert_eq!(
            searched.all_at_word_starts(text.as_bytes()),
            [
                (0, 2, 2),
                (7, 25, 0),
                (27, 33, 1),
                (40, 55, 3),
                (77, 103, 5),
                (106, 113, 6)
            ]
        );
    }
}
