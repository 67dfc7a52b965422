//! Words and punctuation of the story's paragraphs, cut once and shared by
//! the quote and speaker stages.

use super::words::{self, Class, Entry};
use crate::Span;
use crate::ascii8::HIGH;
use crate::cue::Role;
use crate::hint::cold;

/// One word or punctuation sign.
///
/// All but its span and paragraph are packed in one number, `bits`: the
/// tokenizer writes a token in four stores instead of eight, and a token
/// is 24 bytes, not 32, so the list of them (about one per five bytes of
/// text) takes a quarter less memory to write and read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub span: Span,
    /// Index of the paragraph (segment) the token is in.
    pub seg: u32,
    /// A sign: [`SIGN_BIT`], the character, and [`END_BIT`] and [`MARK_BIT`]
    /// when they apply ([`sign_bits`]). A word: its word-list entry as
    /// [`Entry::pack`] packs it (its lists in the low 16 bits, its cue
    /// role in the next three), [`CAP`] and [`PLAIN`].
    bits: u32,
}

/// Marks a sign; the low 21 bits are the character ([`CHAR_BITS`]).
const SIGN_BIT: u32 = 1 << 31;
/// A sign that ends a sentence ('.', '!', '?'). A word's bits may hold it
/// too ([`YEAR_WORD`]): every test of it reads [`SIGN_BIT`] with it.
const END_BIT: u32 = 1 << 30;
/// A sign that is a quote mark ([`super::is_mark_char`]).
const MARK_BIT: u32 = 1 << 29;
/// The colon sign, listed as it is cut ([`Found::colons`]). A bit of the
/// word lists' ([`Class::DATE_TRIGGER`]), which a sign never has: every
/// test of a word's bits reads [`SIGN_BIT`] with it, and a sign's bits are
/// compared whole ([`Tok::is_sign`]), as [`sign_bits`] makes them.
const COLON_BIT: u32 = 1 << 21;
/// The signs listed as they are cut: one test of a sign's bits tells
/// whether it is either, the few that are then told apart.
const LISTED: u32 = MARK_BIT | COLON_BIT;
/// A vertical tab's entry in [`ASCII_TOKEN`]: white space, cut as a space
/// is, but noted for the dates' tokenizer ([`Found::rare_space`]). Listed
/// as a colon is, with no [`SIGN_BIT`]: the one test of a sign's bits for
/// a listed sign lets it through to its own branch, where the colons then
/// take one compare more, and the loop's space arm none.
const VERTICAL_TAB: u32 = COLON_BIT;
const _: () = assert!(COLON_BIT & (SIGN_BIT | END_BIT | MARK_BIT | CHAR_BITS) == 0);
/// A sign's character.
const CHAR_BITS: u32 = (1 << 21) - 1;
/// A word that starts with an uppercase letter.
const CAP: u32 = 1 << 19;
/// A word of ASCII letters and digits only, but for a final period.
const PLAIN: u32 = 1 << 20;
/// A plain word that took on a final period ("Mr.", "SAID." before ")"):
/// the dates' tokens of a quote segment split the period off such a word,
/// and tell the others by this bit, where reading each word's last byte
/// took four instructions a word (see `dates::token::tokenize_from_cut`).
/// Bit 28, in no list's bits ([`Entry::unpack`] reads none of it).
const PERIOD: u32 = 1 << 28;
/// A word's cue role in [`Entry::pack`]'s numbers.
const ROLE: u32 = 7 << 16;
/// A word that some agency form's first run is, from its entry's lists.
const AGENCY: u32 = Class::AGENCY_OPENING.bits();
/// A word the dates' gate looks for ([`crate::dates::TRIGGER_WORDS`]).
const DATE: u32 = Class::DATE_TRIGGER.bits();
/// A word whose every agency form goes on from it with a space ("Korea"):
/// a joined word whose first run it is opens none at its start. A bit of
/// the word lists' that is [`MARK_BIT`], which is a sign's only: a plain
/// word's token carries its entry and so the bit, and [`Tok::is_mark`]
/// reads [`SIGN_BIT`] with it; the tokenizer's other tests of
/// [`MARK_BIT`] read a sign's bits only (`ASCII_TOKEN`'s and
/// `GENERAL_PUNCTUATION_TOKEN`'s signs, and [`sign`]'s token). The word
/// bits had no other bit free (bit 25 is [`DESCRIPTION`]'s).
const SPACED_OPENING: u32 = Class::AGENCY_SPACED_OPENING.bits();
const _: () = assert!(SPACED_OPENING == MARK_BIT);
/// A word that is a year's trigger of the dates' gate
/// ([`crate::dates::YEAR_TRIGGER_WORDS`]), from its entry's lists. A bit of
/// the word lists' that is [`END_BIT`], which is a sign's only: a plain
/// word's token carries its entry and so the bit, and
/// [`Tok::ends_sentence`] reads [`SIGN_BIT`] with it (one compare, as
/// both are the top bits), [`Tok::is_year_word`] too; [`Tok::quiet`], which
/// may answer false for a token that neither ends a sentence nor has a
/// cue, answers so for these few words, whose callers then ask the two
/// tests; the tokenizer's other readers of [`END_BIT`] read a sign's bits
/// only ([`sign_bits`]). The word bits had no other bit free (bit 29 is
/// [`SPACED_OPENING`]'s, shared with [`MARK_BIT`] so).
const YEAR_WORD: u32 = Class::DATE_YEAR_TRIGGER.bits();
const _: () = assert!(YEAR_WORD == END_BIT);
/// A word that may open a date expression ([`crate::dates::OPENER_WORDS`]).
const DATE_OPENER: u32 = Class::DATE_OPENER.bits();
/// A word that ends the relays' description phrases
/// ([`crate::attribution::DESCRIPTION_WORDS`]).
const DESCRIPTION: u32 = Class::DESCRIPTION_WORD.bits();
/// The number of a speech verb's role in [`Entry::pack`]'s numbers, and
/// its one bit that no other role's number has: a word is a verb when its
/// bits hold it, one bit's test, and a participle, "according" or
/// "quoted" in no other list passes [`Found::word`]'s first test (a test
/// checks both).
const VERB: u32 = 1 << 16;

impl Tok {
    /// A word with its packed word-list entry.
    fn word(span: Span, seg: u32, entry: u32, cap: bool, plain: bool) -> Tok {
        debug_assert!(entry & (SIGN_BIT | CAP | PLAIN) == 0);
        Tok {
            span,
            seg,
            bits: entry | if cap { CAP } else { 0 } | if plain { PLAIN } else { 0 },
        }
    }

    pub(crate) fn is_word(&self) -> bool {
        self.bits & SIGN_BIT == 0
    }

    /// The punctuation sign, or `None` for a word.
    pub(crate) fn punct(&self) -> Option<char> {
        if self.is_word() {
            None
        } else {
            char::from_u32(self.bits & CHAR_BITS)
        }
    }

    /// The sign's character when it is ASCII, else `None` (a word, or a
    /// sign that is not ASCII): one test of the bits, where [`Tok::punct`]
    /// checks that they hold a character first.
    #[inline]
    pub(crate) fn ascii_sign(&self) -> Option<u8> {
        (self.bits & (SIGN_BIT | (CHAR_BITS & !0x7F)) == SIGN_BIT).then_some(self.bits as u8)
    }

    /// Whether the token is the sign `c`: one compare (the callers' `c` is
    /// a constant, whose bits are worked out when compiling).
    #[inline]
    pub(crate) fn is_sign(&self, c: char) -> bool {
        self.bits == sign_bits(c)
    }

    /// A word that starts with an uppercase letter.
    pub(crate) fn cap(&self) -> bool {
        self.bits & (SIGN_BIT | CAP) == CAP
    }

    /// A word of ASCII letters and digits only, but for a final period.
    pub(crate) fn plain(&self) -> bool {
        self.bits & (SIGN_BIT | PLAIN) == PLAIN
    }

    /// A plain word with none of the word-list bits of `class`: one test
    /// of the bits, where [`Tok::plain`] and a test of [`Tok::class`] took
    /// two.
    #[inline]
    pub(crate) fn plain_without(&self, class: Class) -> bool {
        self.bits & (SIGN_BIT | PLAIN | class.bits()) == PLAIN
    }

    /// A plain word with every word-list bit of `class`: one test of the
    /// bits, where [`Tok::plain`] and a test of [`Tok::class`] took two.
    #[inline]
    pub(crate) fn plain_with(&self, class: Class) -> bool {
        self.bits & (SIGN_BIT | PLAIN | class.bits()) == PLAIN | class.bits()
    }

    /// A plain word that neither took on a final period nor may open a
    /// date expression: one test of the bits for the dates' tokens of a
    /// quote segment, which push such a word as it is.
    pub(crate) fn plain_quiet(&self) -> bool {
        self.bits & (SIGN_BIT | PLAIN | DATE_OPENER | PERIOD) == PLAIN
    }

    /// Whether a plain word took on a final period ([`PERIOD`]).
    pub(crate) fn took_period(&self) -> bool {
        self.bits & PERIOD != 0
    }

    /// A word that may open a date expression, as its entry's lists say
    /// ([`Class::DATE_OPENER`]): one test of the bits, where its class
    /// went through unpacking the role too.
    pub(crate) fn may_open_date(&self) -> bool {
        self.bits & (SIGN_BIT | DATE_OPENER) == DATE_OPENER
    }

    /// The word lists the word is in, looked up once with its role; none
    /// for a sign.
    pub(crate) fn class(&self) -> Class {
        self.entry().class
    }

    /// The word's cue role, looked up once: the quote windows around each
    /// quote ask for it many times.
    pub(crate) fn cue(&self) -> Option<Role> {
        self.entry().role
    }

    /// Whether [`Tok::cue`] is `Some`: one test of the bits, where `cue`
    /// unpacks the role through its table (about eight instructions, asked
    /// of every token the cue windows walk, few of them cue words). A
    /// word's role number is never above the four roles [`Entry::pack`]
    /// gives, so any number but zero is a role; a sign, whose top bit is
    /// set, is over the range whatever its other bits.
    #[inline]
    pub(crate) fn has_cue(&self) -> bool {
        (self.bits & (SIGN_BIT | ROLE)).wrapping_sub(1) < ROLE
    }

    /// Whether the token's cue role is `role`, as `cue() == Some(role)`
    /// answers: one compare of the bits, where `cue` unpacks the role
    /// through its table (the callers' `role` is a constant, whose number
    /// is worked out when compiling). A sign's top bit fails the compare.
    #[inline]
    pub(crate) fn cue_is(&self, role: Role) -> bool {
        // Any class would do: the mask keeps only the role's number.
        let number = Entry {
            role: Some(role),
            class: Class::TITLE,
        }
        .pack()
            & ROLE;
        self.bits & (SIGN_BIT | ROLE) == number
    }

    /// Whether the token is sure to end no sentence and to have no cue
    /// ([`Tok::ends_sentence`] and [`Tok::has_cue`] both false): one test
    /// of the bits, where the two took two tests and a subtraction. False
    /// for a few tokens of which both are false too (a sign whose
    /// character sets a bit of [`ROLE`], a word with [`YEAR_WORD`]), which
    /// the caller then asks one by one. The cue windows walk some 6,700
    /// tokens over corpora/real, few of them cue words or sentence ends.
    #[inline]
    pub(crate) fn quiet(&self) -> bool {
        self.bits & (END_BIT | ROLE) == 0
    }

    fn entry(&self) -> Entry {
        Entry::unpack(if self.is_word() { self.bits } else { 0 })
    }

    /// A token whose cue role is a speech verb, as `cue` would answer:
    /// tested on the bits, without reading the role's table. The tests'
    /// reference for [`Found::word`], which knows its token is a word and
    /// leaves the sign bit out of the test.
    #[cfg(test)]
    fn is_verb(&self) -> bool {
        self.bits & (SIGN_BIT | ROLE) == VERB
    }

    /// A sign that ends a sentence: one bit, set when the sign was cut,
    /// read with [`SIGN_BIT`], as a word's bits may hold it
    /// ([`YEAR_WORD`]). The two are the top bits, so both are set exactly
    /// when the bits are at least both: one compare, as the bit's test
    /// alone was.
    pub(crate) fn ends_sentence(&self) -> bool {
        self.bits >= SIGN_BIT | END_BIT
    }

    /// A word that is a year's trigger of the dates' gate, as its entry's
    /// lists say ([`YEAR_WORD`]), read with [`SIGN_BIT`], as a sign's bits
    /// may hold the bit ([`END_BIT`]).
    pub(crate) fn is_year_word(&self) -> bool {
        self.bits & (SIGN_BIT | YEAR_WORD) == YEAR_WORD
    }

    /// A sign that is a quote mark, as [`super::is_mark_char`] answers for
    /// its character: one bit, set when the sign was cut, read with
    /// [`SIGN_BIT`], as a word's bits may hold it ([`SPACED_OPENING`]).
    pub(crate) fn is_mark(&self) -> bool {
        self.bits & (SIGN_BIT | MARK_BIT) == SIGN_BIT | MARK_BIT
    }
}

/// The bits of the sign `c`: [`SIGN_BIT`], the character, [`END_BIT`] for a
/// sign that ends a sentence and [`MARK_BIT`] for a quote mark.
const fn sign_bits(c: char) -> u32 {
    let end = if matches!(c, '.' | '!' | '?') {
        END_BIT
    } else {
        0
    };
    let mark = if super::is_mark_char(c) { MARK_BIT } else { 0 };
    let colon = if c == ':' { COLON_BIT } else { 0 };
    SIGN_BIT | c as u32 | end | mark | colon
}

/// Abbreviations that keep their period ("Mr.", "Lt.", "Gen."): a period
/// after them does not end the sentence.
#[rustfmt::skip]
pub(crate) static ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec", "dr", "feb", "gen", "gov",
    "inc", "jan", "jr", "lt", "maj", "mr", "mrs", "ms", "no", "nov", "oct", "prof", "rep", "rev",
    "sen", "sens", "sep", "sept", "sgt", "sr", "st", "vs",
];

/// Byte classes, for the tokenizer's fast path: [`NOT_ASCII`] for the bytes
/// of a character that is not ASCII.
const NOT_ASCII: u8 = 0;
const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const JOIN: u8 = 3;
const SIGN: u8 = 4;

/// The class of each byte. Its 128 entries past ASCII, all [`NOT_ASCII`],
/// let a loop over letters and digits test a byte with one load and no
/// test for ASCII first (`joined` reads its runs so: four instructions a
/// byte fewer than `u8::is_ascii_alphanumeric`'s two range tests).
static BYTE_CLASS: [u8; 256] = {
    let mut t = [NOT_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            SPACE
        } else if matches!(c, b'-' | b'\'' | b'.' | b'&') {
            JOIN
        } else {
            SIGN
        };
        b += 1;
    }
    t
};

/// The tokenizer's first look at an ASCII byte where a token may start:
/// [`SPACE`] or [`ALNUM`] as [`BYTE_CLASS`] has them, or else the bits of
/// the byte as a sign token ([`sign_bits`], whose [`SIGN_BIT`] no class
/// has). A sign is pushed with these bits as they are, and its quote mark
/// bit says whether to list it, where the byte was tested for a mark and
/// its bits put together.
static ASCII_TOKEN: [u32; 128] = {
    let mut t = [0; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match BYTE_CLASS[b] {
            _ if b == 0x0b => VERTICAL_TAB,
            c @ (SPACE | ALNUM) => c as u32,
            _ => sign_bits(b as u8 as char),
        };
        b += 1;
    }
    t
};

/// Whether `c` is of the general punctuation (U+2000 to U+206F): dashes,
/// curly quotes, the ellipsis, which news text is full of, and some
/// spaces; no letter or digit (a test checks every one).
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// `char::is_whitespace` of a character of the general punctuation,
/// without the call into the Unicode tables: the spaces there are these
/// (a test checks every character of the block).
const fn is_general_space(c: char) -> bool {
    matches!(
        c,
        '\u{2000}'..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}'
    )
}

/// The token bits of U+2000 to U+203F (curly quotes, dashes, the
/// ellipsis), by the low six bits of their last UTF-8 byte (they are
/// E2 80 80 to E2 80 BF): a sign's as [`sign_bits`] makes them, and zero
/// for a space (a sign's bits never are: they hold [`SIGN_BIT`]). The
/// first quarter of the general punctuation holds no letter or digit.
static GENERAL_PUNCTUATION_TOKEN: [u32; 64] = {
    let mut t = [0; 64];
    let mut k = 0;
    while k < 64 {
        let Some(c) = char::from_u32(0x2000 + k as u32) else {
            panic!("U+2000 to U+203F are characters")
        };
        t[k] = if is_general_space(c) { 0 } else { sign_bits(c) };
        k += 1;
    }
    t
};

/// `char::is_alphanumeric`, answered at once for the general punctuation.
fn is_alphanumeric(c: char) -> bool {
    !is_general_punctuation(c) && c.is_alphanumeric()
}

/// The character at byte `i` of `s`, when `i` is a char boundary.
fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

fn is_alnum_at(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => BYTE_CLASS[usize::from(b)] == ALNUM,
        Some(_) => char_at(s, i).is_some_and(is_alphanumeric),
        None => false,
    }
}

/// Appends the tokens of `text[seg]` to `out`.
///
/// Words are cut on bytes with a class table; only non-ASCII characters are
/// decoded. Each word's entry in the word lists is looked up once here, so
/// that the stages test bits instead of searching lists.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, seg: Span, index: u32, out: &mut Vec<Tok>) {
    let lower = text.to_ascii_lowercase();
    let src = Source {
        text,
        lower: lower.as_bytes(),
    };
    tokenize_marking(&src, seg, index, out, &mut Found::default());
}

/// The indices in the token list of the tokens the stages look for in all
/// of it, gathered while cutting, in text order.
#[derive(Debug, Default)]
pub(crate) struct Found {
    /// Signs that are quote marks ([`super::is_mark_char`]).
    pub quotes: Vec<usize>,
    /// The colon signs (an ASCII ':'), where speech with no marks may
    /// follow: listed as the quote marks are, in the sign's one test of
    /// its bits, so that the quote stage reads each with no search of the
    /// paragraphs' bytes and of the tokens for it (`quote::unquoted`).
    pub colons: Vec<usize>,
    /// Words that start with an uppercase letter.
    pub caps: Vec<usize>,
    /// Words whose cue role is a speech verb.
    pub verbs: Vec<usize>,
    /// Words where a form of the built-in agency lexicon may open, or
    /// within which it may: words marked as the first run of one
    /// ([`crate::agency::FIRST_RUNS`]), and words that are not plain
    /// ("pro-Xinhua", "ČTK"), but for those where no form may open by
    /// their first run and the bytes after their joiners ("U.S.", "it's",
    /// "Epstein’s": see [`joined`] and [`word`]). The relays' search reads
    /// only these (see `agency::search::Forms::at_tokens`).
    pub agency: Vec<usize>,
    /// Words the dates' gate looks for ([`crate::dates::TRIGGER_WORDS`]),
    /// which with the words that are not plain ([`Found::not_plain`]) are
    /// all it needs to read of a paragraph's words beside its numbers
    /// (see `dates::gate::may_hold_date_in_words`).
    pub dates: Vec<usize>,
    /// Words that are not plain ("Korea's", "mid-May", "ČTK"): a trigger of
    /// the dates' gate may be a run of letters within one ("mid-May").
    /// Joined words that hold none ("it's", "U.S.", "Korea's") are left
    /// out ([`Found::joined`]).
    pub not_plain: Vec<usize>,
    /// Where the words start whose first run of ASCII letters and digits
    /// is one that ends the relays' description phrases
    /// ([`crate::attribution::DESCRIPTION_WORDS`]): "agency", "Media",
    /// "newspaper's". The relays read the phrases only where these are, as
    /// a phrase's last word can only be such a word (its first run is the
    /// word, whole: the byte after it is no ASCII letter or digit). Their
    /// places in the text, not their tokens', which the relays would only
    /// look up: the list is theirs as it is.
    pub descriptions: Vec<usize>,
    /// Whether a word cut since this was last cleared holds an ASCII
    /// digit, but for the plain words cut near the paragraph's end, which
    /// [`holds_digit`] reads: the dates' gate asks whether a quote segment
    /// holds one, and searching its bytes again cost it about 0.11M
    /// instructions over corpora/real, where noting it here costs the quote
    /// stage about 60K. The word loop sets it where it already tells a
    /// digit from a letter (its branch for a digit after a word's letters,
    /// a few words in a hundred, marked cold): one store, and no value
    /// carried through the loop, whose registers are all taken (with the
    /// branch unmarked, the loop kept `found` in a register and built two
    /// constants anew each word, about 70K instructions more).
    /// Joined words note theirs as their runs are read, other words that
    /// are not plain from their bytes, a few a story.
    pub digit: bool,
    /// Whether white space that the dates' tokenizer reads as a token was
    /// cut since this was last cleared, but for the spaces U+2000 to
    /// U+202F: a vertical tab (0x0B), a mark there, or another space that
    /// is not ASCII (a no-break space), a character there. The dates read
    /// a segment that holds one from its bytes, and every other segment
    /// from its tokens alone, the white space between them unread
    /// (`dates::token::tokenize_from_cut`). Noted where the loop passes
    /// over such white space, away from its common paths, so the dates
    /// need not search each segment they read for it (about 21K
    /// instructions over corpora/real for the vertical tab), nor test the
    /// gap before each token (about 38K). The spaces U+2000 to U+202F,
    /// passed over in the loop's branch for the characters E2 80 and a
    /// byte, are left to the layout's page search, which finds them all
    /// (`quote::note_wide_spaces`): noted in that branch, a store in a
    /// branch no article of corpora/real takes, they ran the quote stage
    /// 85K to 90K instructions more, the loop laid out worse.
    pub rare_space: bool,
}

impl Found {
    /// Notes the word `tok`, which is token `k`.
    ///
    /// Always inlined: with the list of trigger words, the compiler left
    /// it out of line, a call for every word of the story, and the quote
    /// stage ran about 0.65M more instructions over corpora/real.
    #[inline(always)]
    fn word(&mut self, k: usize, tok: &Tok) {
        // Most words are neither capitalised nor speech verbs, nor open an
        // agency form, nor a date's trigger, nor end a description: one
        // test passes them, and the other cue words ("saying",
        // "according") in no list with them, which no list here holds.
        if tok.bits & (CAP | VERB | AGENCY | DATE | DESCRIPTION) == 0 {
            return;
        }
        // And the compiler, told so, lays out the word loop for the
        // others: its registers go to them.
        cold();
        // `tok` is a word: its bits are tested without the sign bit, which
        // `Tok::cap` and `Tok::is_verb` test too (a mask and a compare
        // where one bit test does for the capital).
        debug_assert!(tok.is_word());
        // A capitalised word in none of the other lists (some 6,200 of the
        // 14,000 marked words over corpora/real) leaves after this one
        // test, where it went through each list's.
        if tok.bits & (VERB | AGENCY | DATE | DESCRIPTION) == 0 {
            self.caps.push(k);
            return;
        }
        // Of the others (some 4,700 over corpora/real), most open an
        // agency form and are in no list but the capitals' ("North",
        // "Xinhua": 1,787) or none (460): the capital noted first, they
        // leave after the agency's test and one more, where those with a
        // capital went through the other lists' tests (when such words
        // were mostly "the", before the forms that open with "the " were
        // listed by their second word, the agency's test came first;
        // now the capital's first runs 14K instructions fewer). The
        // tests of the lists' contents against the tokens
        // (`cuts_as_by_chars`) check the order. The speech verbs (some
        // 1,300, nearly all in no other list) are noted first and leave
        // after one more test, where they went through every list's
        // (about 5K instructions fewer).
        if tok.bits & VERB != 0 {
            self.verbs.push(k);
            if tok.bits & (CAP | AGENCY | DATE | DESCRIPTION) == 0 {
                return;
            }
        }
        if tok.bits & CAP != 0 {
            self.caps.push(k);
        }
        if tok.bits & AGENCY != 0 {
            self.agency.push(k);
            if tok.bits & (DATE | DESCRIPTION) == 0 {
                return;
            }
        }
        if tok.bits & DATE != 0 {
            self.dates.push(k);
        }
        self.description(tok.span.start, tok.bits);
    }

    /// Notes the word starting at `start` among the [`Found::descriptions`]
    /// when `entry`, its first run's entry in the word index, marks that run
    /// as one of the words.
    #[inline(always)]
    fn description(&mut self, start: usize, entry: u32) {
        if entry & DESCRIPTION != 0 {
            self.descriptions.push(start);
        }
    }

    /// Notes the word `k`, which is not plain, where an agency form may
    /// open (see [`Found::agency`]) when `opens`, and among the words that
    /// are not plain.
    #[inline]
    fn not_plain(&mut self, k: usize, opens: bool) {
        if opens {
            self.agency.push(k);
        }
        self.not_plain.push(k);
    }

    /// Notes the joined word `k` where an agency form may open (see
    /// [`Found::agency`]) when `opens`, and among the words that are not
    /// plain when a run of it may be a trigger of the dates' gate: its
    /// first run when `first_marked` (its entry in the word index is
    /// marked [`DATE`]), a later one when the `rest` bytes after the first
    /// run and the joiner after it (one ASCII byte, or a curly apostrophe)
    /// can hold one.
    ///
    /// Why the others hold no trigger: the gate reads a word's runs of
    /// ASCII letters. A first run of letters alone is one word of the
    /// index, a trigger only when marked; a first run with a digit has
    /// each of its runs of letters next to that digit, where the gate reads
    /// it beside the numbers. A later run lies after that joiner, and one
    /// of fewer letters than the shortest trigger of any footing's list
    /// ([`crate::dates::SHORTEST_ANY_TRIGGER`]) is none.
    ///
    /// Most such words are a name and a possessive ("Korea's", "Kim’s") or
    /// initials ("U.S.", "p.m."): over corpora/real, the gate is handed
    /// 584 words that are not plain where it was handed 1,348 when only
    /// the joined words of fewer than five bytes were left out, and 801
    /// quote segments hold no digit, no trigger word and no such word
    /// where 548 did, each turned down before the gate's out-of-line call
    /// (dates 62K instructions fewer, the quote stage 8K more for the test
    /// and the bit passed: the pipeline 58K fewer).
    #[inline]
    fn joined(&mut self, k: usize, opens: bool, first_marked: bool, rest: usize) {
        if opens {
            self.agency.push(k);
        }
        if first_marked || rest >= crate::dates::SHORTEST_ANY_TRIGGER {
            self.not_plain.push(k);
        }
    }
}

/// The text a story's paragraphs are cut from, with its copy in ASCII
/// lower case, byte for byte (the layout's, [`crate::layout::Layout::lower`]).
///
/// Handed to [`tokenize_marking`] as one reference, made once a story:
/// the two slices as four values made nine arguments, three of them
/// passed on the stack, and the caller's loop read the four back from
/// where it kept them, for every paragraph (1,804 over corpora/real). Six
/// arguments go in registers: the quote stage and the pipeline ran some
/// 31K instructions fewer over corpora/real, 17 a paragraph.
pub(crate) struct Source<'t> {
    pub text: &'t str,
    pub lower: &'t [u8],
}

/// Appends the tokens of `src.text[seg]` to `out`, as `tokenize` does, and
/// notes in `found` the tokens it lists.
///
/// The word loop reads a word's eight-byte head from the lowercase copy
/// `src.lower`, already folded for its letter test and its key, and only
/// the first byte from the text, for the capital (see [`plain_words`]). A
/// copy shorter than the paragraph is not read: its words are cut from the
/// text alone, as [`word`] cuts them.
#[inline(never)]
pub(crate) fn tokenize_marking(
    src: &Source<'_>,
    seg: Span,
    index: u32,
    out: &mut Vec<Tok>,
    found: &mut Found,
) {
    let (text, lower) = (src.text, src.lower);
    // The text up to the paragraph's end, read from the paragraph's start:
    // positions in it are positions in the text, with no offset to add.
    let Some(s) = text.get(..seg.end) else {
        return;
    };
    let bytes = s.as_bytes();
    let ix = words::index();
    let mut i = seg.start;
    while let Some(&b) = bytes.get(i) {
        // Where `word` reads on from: past the word's run of letters and
        // digits when `plain_words` read it already.
        let mut from = i;
        if b < 0x80 {
            match ASCII_TOKEN[usize::from(b)] {
                t if t == u32::from(SPACE) => {
                    i += 1;
                    continue;
                }
                t if t == u32::from(ALNUM) => {
                    match plain_words(ix, bytes, lower, i, index, out, found) {
                        Ok(next) => {
                            i = next;
                            continue;
                        }
                        // `word` reads the word there.
                        Err(run) => (i, from) = (run.start, run.end),
                    }
                }
                sign_bits => {
                    if sign_bits & LISTED != 0 {
                        if sign_bits & MARK_BIT != 0 {
                            found.quotes.push(out.len());
                        } else if sign_bits == VERTICAL_TAB {
                            // White space, noted (see `VERTICAL_TAB`).
                            cold();
                            found.rare_space = true;
                            i += 1;
                            continue;
                        } else {
                            found.colons.push(out.len());
                        }
                    }
                    out.push(Tok {
                        span: Span::new(i, i + 1),
                        seg: index,
                        bits: sign_bits,
                    });
                    i += 1;
                    continue;
                }
            }
        }
        let next = if b < 0x80 {
            word(ix, s, i, from, index, out, found)
        } else if let Some(&[0xE2, 0x80, last]) = bytes.get(i..i + 3) {
            // Most characters that are not ASCII (414 of 417 over
            // corpora/real) are U+2000 to U+203F, the bytes E2 80 and one
            // more: curly quotes, dashes and the ellipsis, whose last byte
            // gives the token's bits in one load ([`GENERAL_PUNCTUATION_TOKEN`],
            // zero for a space). Pushed here, as an ASCII sign is, rather
            // than in a call to `not_ascii`, whose set-up and return cost
            // more than the push (the quote stage and the pipeline some
            // 20K instructions fewer over corpora/real).
            let bits = GENERAL_PUNCTUATION_TOKEN[usize::from(last & 0x3F)];
            if bits != 0 {
                if bits & MARK_BIT != 0 {
                    found.quotes.push(out.len());
                }
                out.push(Tok {
                    span: Span::new(i, i + 3),
                    seg: index,
                    bits,
                });
            }
            i += 3;
            continue;
        } else {
            not_ascii(ix, s, i, index, out, found)
        };
        match next {
            Some(next) => i = next,
            None => break,
        }
    }
}

/// The common words: ASCII letters and digits from `i` to a space, a sign
/// or a period that no letter or digit follows. Pushes the word at `i`,
/// and each such word after it one space on, and returns where the next
/// token may start. A word of ASCII runs joined by joiners ("it's",
/// "U.S.") is pushed by [`joined`]. `Err` with the run of letters and
/// digits that opens a word that may hold a character that is not ASCII,
/// pushing nothing for it, which [`word`] reads on from the run's end.
///
/// Words of up to fifteen bytes with a space after them, most words, are
/// read in a loop of their own: each next word is cut straight after the
/// space, where its own run of letters says whether a word starts there,
/// without going back through the class of its first byte.
///
/// `bytes` ends where the paragraph does; `lower` is the whole text in
/// lower case ([`tokenize_marking`]), whose bytes after the paragraph are
/// read, not cut, for a word the paragraph's end is near.
#[inline]
fn plain_words(
    ix: &words::Index,
    bytes: &[u8],
    lower: &[u8],
    mut i: usize,
    index: u32,
    out: &mut Vec<Tok>,
    found: &mut Found,
) -> Result<usize, Span> {
    // The paragraph's eight bytes from `at`, when it has them: a word's
    // first eight are scanned, and are the key of a short word. Asked as
    // `at` against the last place they can be read from, one compare,
    // where asking for the bytes from `at` and then for eight of them took
    // a subtraction and two tests on every word. After that compare the
    // compiler drops the slice's own tests, which it kept for a read of
    // `at..at + 8` (an addition that may wrap, as far as it knows).
    //
    // The eight bytes are read from the lowercase copy, where the letter
    // test and the word's key need no bit 5 set in each byte (an OR with a
    // constant and a copy on nearly every word, and a register the loop
    // can use for its other constants); the first byte, which says whether
    // the word is a capital, is read from the text in the same place,
    // where the compare against `last` already bounds it.
    let Some(paragraph_lower) = lower.get(..bytes.len()) else {
        // No copy to read (a layout built by hand): `word` reads the word.
        return Err(Span::new(i, i));
    };
    let last = bytes.len().checked_sub(8);
    let eight = |at: usize| match last {
        Some(last) if at <= last => paragraph_lower
            .get(at..)
            .and_then(|b| b.first_chunk::<8>())
            .map(|c| (u64::from_le_bytes(*c), bytes.get(at).copied().unwrap_or(0))),
        _ => None,
    };
    let mut head = eight(i);
    while let Some((x, first)) = head {
        // Most words are letters up to a space: their run of letters,
        // which costs less to find than one of letters and digits, says
        // so, and they are pushed at once. One to seven letters: a run of
        // eight reads the byte a shift of 64 bits wraps to, its first
        // letter, which is no space, so only an empty run needs a test.
        let bits = letter_bits(x);
        let letters = (bits / 8) as usize;
        // The byte after the letters, shifted out once for every test
        // below (three shifts of `x` before).
        let after = x.wrapping_shr(bits) as u8;
        if letters != 0 && after == b' ' {
            let entry = words::short_lower_word_bits(ix, x, bits);
            push_word(ix, out, found, i, i + letters, first, index, entry);
            i += letters + 1;
            head = eight(i);
            continue;
        }
        // Digits go on the word only where a digit stops the letters.
        let (len, d) = if letters < 8 && after.is_ascii_digit() {
            // One store in a branch taken for the few words with a digit:
            // no value more is carried through the loop.
            cold();
            found.digit = true;
            let len = alnum_run(x);
            (len, x.wrapping_shr(8 * len as u32) as u8)
        } else {
            (letters, after)
        };
        if len == 0 {
            // No word after the space: the class of the byte says what
            // is there. (Never so for the first word.)
            return Ok(i);
        }
        let (end, d, entry) = if len < 8 {
            // The word ends in its first eight bytes, and so does the
            // byte after it, `d`.
            (i + len, d, words::short_lower_word(ix, x, len))
        } else {
            // It fills them: it ends in the next eight, or is read below.
            let Some((y, _)) = eight(i + 8) else { break };
            // A byte below '0' after the eight is no letter or digit (a
            // space, a comma, a period, a joiner): the word has eight bytes
            // (some 3,100 over corpora/real), told by that one compare
            // without the letter test of the next eight, and looked up in
            // the short table by `long_lower_word`. The quote stage and the
            // pipeline ran 31.6K instructions fewer over corpora/real (the
            // words of nine to fifteen bytes take the compare too); with a
            // look-up of its own here, the loop lost its registers for the
            // index and the lowercase copy, and ran 58.6K more.
            let ninth = y as u8;
            // Its letters first, as for the first eight, by the same test:
            // digits are rare.
            let bits = letter_bits(y);
            let letters = (bits / 8) as usize;
            let after = y.wrapping_shr(bits) as u8;
            // No `letters < 8` test, as the first eight bytes have: with
            // eight letters the shift is by 64 bits, which wraps to none,
            // and `after` is the first letter, no digit (four instructions
            // fewer on each of some 5,300 words, the quote stage 21K fewer
            // over corpora/real; the first eight's test without it ran the
            // loop 126K more).
            let (len, d) = if ninth < b'0' {
                (0, ninth)
            } else if after.is_ascii_digit() {
                cold();
                found.digit = true;
                let len = alnum_run_seldom(y);
                (len, y.wrapping_shr(8 * len as u32) as u8)
            } else {
                (letters, after)
            };
            if len == 8 {
                // Sixteen letters and digits or more (a word or two a
                // story): read and pushed out of line.
                return sixteen_or_more(ix, bytes, i, first, index, out, found);
            }
            (i + 8 + len, d, words::long_lower_word(ix, x, y, len))
        };
        if d != b' ' {
            if (d != b',' && d != b'.') || bytes.get(end + 1) != Some(&b' ') {
                return word_end(ix, bytes, i, end, Some(d), first, entry, index, out, found);
            }
            // A comma or a period and a space ("said, ", "talks. "): the
            // sign is pushed here and the loop goes on after the space,
            // where `word_end` would leave the sign and the space to the
            // caller's loop and the next word to a new call. A period
            // that joins the word (no ')' follows it) is left to
            // `word_end`, which takes it on with the word's [`PERIOD`] bit:
            // that bit worked into this push's bits ran the loop about 37K
            // instructions more over corpora/real, and a push of its own
            // here about 19K more; an abbreviation or an initial before a
            // space is a word or two a paragraph.
            // This is the second of two `word_end` calls on purpose: the
            // two tests joined into one condition before a single call ran
            // the quote stage 49K instructions more over corpora/real (164K
            // with `joins` worked out first), the loop laid out worse.
            // The abbreviation is asked first and the single capital by
            // its plain bits, which the push reads anyway: the byte's own
            // range test took a register of the loop's, whose constant
            // was then built anew on every word pushed with its comma
            // (8K instructions more over corpora/real).
            let joins = d == b'.'
                && (Entry::unpack(entry).class.has(Class::ABBREVIATION)
                    || (end - i == 1 && ix.plain_bits(first) & CAP != 0));
            if joins {
                return word_end(ix, bytes, i, end, Some(d), first, entry, index, out, found);
            }
            push_word(ix, out, found, i, end, first, index, entry);
            out.push(Tok {
                span: Span::new(end, end + 1),
                seg: index,
                bits: ASCII_TOKEN[usize::from(d)],
            });
            i = end + 2;
            head = eight(i);
            continue;
        }
        push_word(ix, out, found, i, end, first, index, entry);
        i = end + 1;
        head = eight(i);
    }
    let (end, d, entry) = match head {
        None if lower.get(i..).is_some_and(|b| b.len() >= 8) => {
            // Fewer than eight bytes of the paragraph are left: the text's
            // next eight are read, and the word stops at the paragraph's
            // end, which comes before the eighth.
            let x = lower
                .get(i..)
                .and_then(|b| b.first_chunk::<8>())
                .map_or(0, |c| u64::from_le_bytes(*c));
            let len = alnum_run(x).min(bytes.len() - i);
            (
                i + len,
                bytes.get(i + len).copied(),
                words::short_lower_word(ix, x, len),
            )
        }
        Some((x, _)) if lower.get(i + 8..).is_some_and(|b| b.len() >= 8) => {
            // Eight letters and digits and fewer than eight bytes of the
            // paragraph after them (a long word ending a paragraph, some
            // 600 over corpora/real): as for the first eight, the text's
            // next eight are read and the word stops at the paragraph's
            // end, where reading on byte by byte and looking the word up
            // from the text built its key a byte at a time.
            let y = lower
                .get(i + 8..)
                .and_then(|b| b.first_chunk::<8>())
                .map_or(0, |c| u64::from_le_bytes(*c));
            let len = alnum_run(y).min(bytes.len() - (i + 8));
            (
                i + 8 + len,
                bytes.get(i + 8 + len).copied(),
                words::long_lower_word(ix, x, y, len),
            )
        }
        _ => {
            // Past the first eight bytes when they are all letters and
            // digits.
            let end = alnum_end(bytes, if head.is_some() { i + 8 } else { i });
            (
                end,
                bytes.get(end).copied(),
                words::ascii_word(ix, bytes, i, end),
            )
        }
    };
    if end == i {
        // After a space, no word.
        return Ok(i);
    }
    word_end(ix, bytes, i, end, d, bytes[i], entry, index, out, found)
}

/// Pushes the plain word from `i` to `end`, whose first byte is `first`,
/// with the byte `d` after it (none at the paragraph's end), taking on a
/// period that belongs to it, and returns where the next token may start.
/// A joiner with an ASCII letter or digit after it goes on into a word of
/// joined runs, pushed by [`joined`]; `Err` with the word's span so far,
/// pushing nothing, when a character that is not ASCII after it or after
/// a joiner may go on with it, for [`word`] to read.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn word_end(
    ix: &words::Index,
    bytes: &[u8],
    i: usize,
    end: usize,
    d: Option<u8>,
    first: u8,
    entry: u32,
    index: u32,
    out: &mut Vec<Tok>,
    found: &mut Found,
) -> Result<usize, Span> {
    if d == Some(b' ') {
        // At a space: nothing joins on, no period to weigh, and the space
        // is stepped over.
        push_word(ix, out, found, i, end, first, index, entry);
        return Ok(end + 1);
    }
    // The end of a short joined word whose answer is known (see
    // `pushes_known_joined`), pushed at one place for both joiners.
    let known_end = 'known: {
        if let Some(d) = d {
            if d >= 0x80 {
                // A character of U+2000 to U+203F but the curly apostrophe
                // (E2 80 99) is no letter or digit and joins nothing: the word
                // ends before it ("said—", "war”"), as before an ASCII sign,
                // where it went back to the caller's loop and on to `word`.
                if d != 0xE2 || bytes.get(end + 1) != Some(&0x80) {
                    return Err(Span::new(i, end));
                }
                if bytes.get(end + 2) == Some(&0x99) {
                    // One letter after the apostrophe and a space ("Trump’s ",
                    // "don’t "): pushed here with no call, as for an ASCII
                    // joiner below, `apostrophe`'s answer known the same way
                    // (and no form opens after an apostrophe, whose bytes are
                    // not ASCII): 89 of its 201 words over corpora/real (the
                    // quote stage and the pipeline ran 14K instructions
                    // fewer, with both joiners' words pushed at one place).
                    if bytes.get(end + 4) == Some(&b' ')
                        && bytes.get(end + 3).is_some_and(u8::is_ascii_alphabetic)
                        && pushes_known_joined(entry)
                        && !word_reads_apostrophes()
                    {
                        break 'known end + 4;
                    }
                    return apostrophe(ix, bytes, i, end, first, entry, index, out, found);
                }
            } else if BYTE_CLASS[usize::from(d)] == JOIN {
                // A joiner with a letter or digit after it joins; a non-ASCII
                // character after it may be one, but for one of U+2000 to
                // U+203F (E2 80 and a byte), which is none: the joiner then
                // joins nothing ("vividly.”", "to.’”", some 110 words over
                // corpora/real), and the word ends as before an ASCII sign,
                // where it went back to the caller's loop and on to `word`.
                match bytes.get(end + 1) {
                    Some(&e) if e >= 0x80 && (e != 0xE2 || bytes.get(end + 2) != Some(&0x80)) => {
                        return Err(Span::new(i, end));
                    }
                    #[cfg(test)]
                    Some(&e) if e >= 0x80 && tests::WORD_READS_APOSTROPHES.get() => {
                        return Err(Span::new(i, end));
                    }
                    Some(&e) if BYTE_CLASS[usize::from(e)] == ALNUM => {
                        // The commonest joined words, about 730 of the 1,620
                        // over corpora/real: one letter after the joiner and a
                        // space ("Trump's", "don't"), or two dotted initials
                        // and a space ("U.S."), after a first run that opens
                        // no form at the word's start and is no trigger of the
                        // dates' gate nor a description's last word. Their
                        // answers are known without `joined`'s loop: no form
                        // opens at a letter and a space or a period
                        // (`tests::no_form_opens_at_a_letter_and_a_space_or_a_period`),
                        // no digit is in the letter, the one-letter run is too
                        // short to be a trigger, and the word is listed only as
                        // a capital. Pushed here, with no call (the quote stage
                        // and the pipeline ran about 60K instructions fewer
                        // over corpora/real, 80 a word).
                        if e >= b'A' && pushes_known_joined(entry) {
                            let len = match bytes.get(end + 2) {
                                Some(b' ') => 2,
                                Some(b'.') if d == b'.' && bytes.get(end + 3) == Some(&b' ') => 3,
                                _ => 0,
                            };
                            if len != 0 {
                                break 'known end + len;
                            }
                        }
                        // Its capital, and whether its first run is an agency
                        // form's first run (see `joined`), in the one value the
                        // call passes for both.
                        let marks = (ix.plain_bits(first) & CAP)
                            | (entry & (AGENCY | SPACED_OPENING | DATE | DESCRIPTION));
                        return joined(bytes, i, end, marks, index, out, found)
                            .ok_or(Span::new(i, end));
                    }
                    _ => {}
                }
            }
        }
        let mut stop = end;
        if d == Some(b'.') {
            let single = end - i == 1 && first.is_ascii_uppercase();
            // "(D-Mo.)": the period belongs to the abbreviation.
            if single
                || Entry::unpack(entry).class.has(Class::ABBREVIATION)
                || bytes.get(end + 1) == Some(&b')')
            {
                stop += 1;
                push_word(ix, out, found, i, stop, first, index, entry | PERIOD);
                return Ok(stop + usize::from(bytes.get(stop) == Some(&b' ')));
            }
        }
        push_word(ix, out, found, i, stop, first, index, entry);
        // A word is often followed by one space: step over it here.
        return Ok(stop + usize::from(bytes.get(stop) == Some(&b' ')));
    };
    // Not plain, its capital bit as a plain word's, in no list, as `joined`
    // and `apostrophe` push it; the space after it stepped over.
    let tok = Tok {
        span: Span::new(i, known_end),
        seg: index,
        bits: ix.plain_bits(first) & CAP,
    };
    found.word(out.len(), &tok);
    out.push(tok);
    Ok(known_end + 1)
}

/// Whether [`word_end`] may push on its own a short joined word whose first
/// run has the entry `entry` in the word index: when the run opens no form
/// at the word's start and is no trigger of the dates' gate nor a
/// description's last word. Never when the tests have [`joined`] and
/// [`apostrophe`] read every word, to compare the two
/// (`tests::JOINED_READS_EVERY_WORD`).
#[inline(always)]
fn pushes_known_joined(entry: u32) -> bool {
    #[cfg(test)]
    if tests::JOINED_READS_EVERY_WORD.get() {
        return false;
    }
    entry & (DATE | DESCRIPTION) == 0 && entry & (AGENCY | SPACED_OPENING) != AGENCY
}

/// Whether the tests have [`word`] read the words [`apostrophe`] reads
/// (`tests::WORD_READS_APOSTROPHES`); never outside them.
#[inline(always)]
fn word_reads_apostrophes() -> bool {
    #[cfg(test)]
    return tests::WORD_READS_APOSTROPHES.get();
    #[cfg(not(test))]
    false
}

/// Where the run of ASCII letters and digits from `end` ends, each byte
/// ANDed into `all`, whose [`LETTER_BIT`] a digit clears: the runs of a
/// joined word, read by [`joined`] and [`apostrophe`] alike.
#[inline(always)]
fn alnum_run_end(bytes: &[u8], mut end: usize, all: &mut u8) -> usize {
    while let Some(&b) = bytes
        .get(end)
        .filter(|&&b| BYTE_CLASS[usize::from(b)] == ALNUM)
    {
        *all &= b;
        end += 1;
    }
    end
}

/// Set in every ASCII letter, clear in every digit: an AND of letters and
/// digits keeps it when no digit is among them (one instruction a byte,
/// where a range test and an OR took four: the quote stage 8K fewer).
const LETTER_BIT: u8 = 0x40;

/// Pushes the ASCII word from `i`, whose first byte is `first` and whose
/// first run of letters and digits ends at `run_end`, where a joiner with
/// an ASCII letter or digit after it stands ("it's", "Jong-un", "U.S."): read on through its joiners and
/// runs, with a period that belongs to it, as [`word`] reads it, and
/// returns where the next token may start. `None`, pushing nothing, when
/// a character that is not ASCII ends a run or follows a joiner, where the
/// word may go on: [`word`] reads it from the first run, knowing no joiner
/// yet, whose span the caller has.
///
/// Most joined words are ASCII: read here, they are not handed back to the
/// caller's loop and on to `word`, whose set-up costs more than their
/// bytes. The answer is an `Option` rather than the caller's `Result` with
/// the run's span: 16 bytes come back in two registers, where 24 went
/// through the stack, and the caller, which has the span, builds it only
/// when it is needed (the quote stage runs about 29.5K instructions fewer
/// over corpora/real, some 18 a joined word).
///
/// `marks` holds the [`CAP`] bit of the word's first byte and the
/// [`AGENCY`], [`SPACED_OPENING`], [`DATE`] and [`DESCRIPTION`] bits of its
/// first run's entry in the word index.
#[inline(never)]
fn joined(
    bytes: &[u8],
    i: usize,
    run_end: usize,
    marks: u32,
    index: u32,
    out: &mut Vec<Tok>,
    found: &mut Found,
) -> Option<usize> {
    let mut end = run_end;
    // Whether a form of the built-in lexicon may open in the word: at its
    // start only when its first run is a form's first run, as for a plain
    // word (the run's entry, which the word loop looked up, gives the bit
    // in `marks`), and after a joiner only when the bytes there may open
    // a form: its first two (`agency::builtin_pair_opens`), then the
    // third (`agency::builtin_triple_opens`), the search's own test of
    // the place, then the run of letters there
    // (`agency::builtin_run_opens`, the search's next test: "al-Tanf",
    // "multi-polarized" and 57 more words over corpora/real not listed,
    // attribution 18.5K instructions fewer, the pipeline 11.2K); the
    // search reads no other place in it. A word where none may is not
    // listed for the relays' search ([`Found::agency`]), which
    // read each of its places only to rule it out ("U.S.", "it's",
    // "don't": about 940 of the 1,620 such words over corpora/real; with
    // the third byte asked, "long-range" and "state-run" too, see
    // `builtin_triple_opens`): attribution ran 126K instructions
    // fewer over corpora/real, the quote stage's tokenizer 33K more. (The
    // word's first two bytes asked of the table instead of the run's bit,
    // which needs no value passed, ruled out fewer: attribution 71K
    // fewer. The bit passed as a value of its own cost the word loop's
    // layout 57K.)
    // At its start, too, only when its run of letters passes the search's
    // next test, or a "the" may come before it ("China's", "Japan's",
    // "Pyongyang's" before words no form has after them: about 100 words
    // over corpora/real not listed, attribution 23.5K instructions fewer,
    // the quote stage 12.2K more, the pipeline 11.3K fewer).
    let mut opens =
        marks & (AGENCY | SPACED_OPENING) == AGENCY && crate::agency::builtin_start_opens(bytes, i);
    // Whether a run after the first holds a digit (the word loop read the
    // first for one, or left it to `holds_digit`): told byte by byte as
    // the runs are read (see `alnum_run_end`), where reading them again
    // cost about 40 instructions a word.
    let mut all = LETTER_BIT;
    // At `end`, a joiner with an ASCII letter or digit after it.
    loop {
        // The first byte of the run after the joiner (there is one).
        let run = bytes.get(end + 1).copied().unwrap_or(0);
        all &= run;
        // The run after a joiner is short (2.8 bytes on average over
        // corpora/real, one byte in half of them: "U.S.", "it's"): read a
        // byte at a time, past its first, which is known to be a letter or
        // digit, it costs less than the eight-byte test, whose constants
        // took six registers, saved and restored on every call.
        end += 2;
        // The place after the joiner, the run's first byte and the byte
        // after it; by the paragraph's end, where the search reads the
        // one byte there, a form may open.
        opens |= bytes.get(end).is_none_or(|&b| {
            crate::agency::builtin_pair_opens(run, b)
                && crate::agency::builtin_triple_opens(run, b, bytes.get(end + 1).copied())
                && crate::agency::builtin_run_opens(bytes, end - 1)
        });
        end = alnum_run_end(bytes, end, &mut all);
        match bytes.get(end) {
            Some(&d) if d >= 0x80 => return None,
            Some(&d) if BYTE_CLASS[usize::from(d)] == JOIN => match bytes.get(end + 1) {
                Some(&e) if e >= 0x80 => return None,
                Some(&e) if BYTE_CLASS[usize::from(e)] == ALNUM => {}
                _ => break,
            },
            _ => break,
        }
    }
    if all & LETTER_BIT == 0 {
        found.digit = true;
    }
    // A joined word is in no word list: no listed word holds a joiner
    // (`words::tests::no_listed_word_holds_a_joiner`), so its entry,
    // whose look-up probed the index with its bytes and their joiners
    // (some 35 instructions a word, over 1,600 joined words in
    // corpora/real), is empty, and it is no abbreviation. It has three
    // bytes or more: never a single capital. Its period is its own after
    // a dotted word ("U.S.") or before ')'.
    // Whether a joiner is a period ("U.S.") is asked only of a word a
    // period ends (86 of some 900 over corpora/real): a test of each
    // joiner as the loop passed it cost every word (the quote stage ran
    // 5.2K instructions more over corpora/real).
    let dotted = |end| bytes.get(run_end..end).is_some_and(|w| w.contains(&b'.'));
    if bytes.get(end) == Some(&b'.') && (dotted(end) || bytes.get(end + 1) == Some(&b')')) {
        end += 1;
    }
    // Its capital bit as a plain word's, read in one load; not plain, and
    // in no list.
    let tok = Tok {
        span: Span::new(i, end),
        seg: index,
        bits: marks & CAP,
    };
    // A joined word is in no list of first runs, which are letters and
    // digits only: noted once, as not plain, and among the dates' words
    // only when a run of it may be a trigger: its first run's mark is the
    // `DATE` bit of its entry, passed in `marks`.
    debug_assert!(tok.bits & AGENCY == 0);
    found.joined(out.len(), opens, marks & DATE != 0, end - run_end - 1);
    found.description(i, marks);
    found.word(out.len(), &tok);
    out.push(tok);
    Some(end + usize::from(bytes.get(end) == Some(&b' ')))
}

/// Pushes the ASCII word from `i`, whose first byte is `first`, whose first
/// run of letters and digits ends at `run_end` with a curly apostrophe
/// (E2 80 99) and whose entry in the word index is `entry` ("Kim’s",
/// "didn’t", "Lakers’"), as [`word`] would push it, and returns where the
/// next token may start. `Err` with the run's span, pushing nothing, for
/// [`word`] to read, where a character that is not ASCII, or an ASCII
/// joiner that joins, goes on with the word after the apostrophe: a word
/// or two in the real stories.
///
/// Some 400 words over corpora/real end their first run so, most of them
/// with ASCII letters after the apostrophe: handed back to the caller's
/// loop and on to `word`, each went through the set-up of its loop, the
/// decoding of the apostrophe and of the character after it, and a second
/// look-up of the first run.
///
/// With no ASCII letter or digit after it, the apostrophe joins nothing
/// ("Lakers’ coach"): the plain word ends before it, as before a sign.
/// Otherwise the word is the runs joined by apostrophes, which is not
/// plain and in no list (the lists are ASCII); as `word` notes such a word,
/// an agency form may open in it only at its start, where its first run
/// is a form's first run (`entry`), and never after an apostrophe, whose
/// bytes are not ASCII; it is no abbreviation nor a single capital, so it
/// takes on a period only before ')'.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn apostrophe(
    ix: &words::Index,
    bytes: &[u8],
    i: usize,
    run_end: usize,
    first: u8,
    entry: u32,
    index: u32,
    out: &mut Vec<Tok>,
    found: &mut Found,
) -> Result<usize, Span> {
    #[cfg(test)]
    if tests::WORD_READS_APOSTROPHES.get() {
        return Err(Span::new(i, run_end));
    }
    // The byte after the apostrophe at `at`, which is ASCII (a letter or
    // digit or not) or not, when the text has one.
    let after = |at: usize| bytes.get(at + 3).map(|&b| (b, BYTE_CLASS[usize::from(b)]));
    match after(run_end) {
        Some((_, ALNUM)) => {}
        Some((_, NOT_ASCII)) => return Err(Span::new(i, run_end)),
        _ => {
            push_word(ix, out, found, i, run_end, first, index, entry);
            return Ok(run_end);
        }
    }
    // At `end`, an apostrophe with an ASCII letter or digit after it.
    let mut end = run_end;
    let mut all = LETTER_BIT;
    loop {
        end += 3;
        end = alnum_run_end(bytes, end, &mut all);
        match bytes.get(end) {
            // Another apostrophe: it joins a run of ASCII letters or
            // digits after it, and nothing else ASCII.
            Some(&0xE2) if bytes.get(end + 1) == Some(&0x80) => {
                if bytes.get(end + 2) != Some(&0x99) {
                    // The rest of U+2000 to U+203F: no letter or digit.
                    break;
                }
                match after(end) {
                    Some((_, ALNUM)) => {}
                    Some((_, NOT_ASCII)) => return Err(Span::new(i, run_end)),
                    _ => break,
                }
            }
            Some(&d) if d >= 0x80 => return Err(Span::new(i, run_end)),
            Some(&d) if BYTE_CLASS[usize::from(d)] == JOIN => match bytes.get(end + 1) {
                // A joiner that joins a run, or a character that may be a
                // letter or digit: left to `word`.
                Some(&e) if BYTE_CLASS[usize::from(e)] == ALNUM => {
                    return Err(Span::new(i, run_end));
                }
                Some(&e) if e >= 0x80 && (e != 0xE2 || bytes.get(end + 2) != Some(&0x80)) => {
                    return Err(Span::new(i, run_end));
                }
                _ => break,
            },
            _ => break,
        }
    }
    if all & LETTER_BIT == 0 {
        found.digit = true;
    }
    if bytes.get(end) == Some(&b'.') && bytes.get(end + 1) == Some(&b')') {
        end += 1;
    }
    let tok = Tok {
        span: Span::new(i, end),
        seg: index,
        bits: ix.plain_bits(first) & CAP,
    };
    // Among the dates' words as a joined word is, after an apostrophe of
    // three bytes.
    found.joined(
        out.len(),
        entry & (AGENCY | SPACED_OPENING) == AGENCY,
        entry & DATE != 0,
        end - run_end - 3,
    );
    found.description(i, entry);
    found.word(out.len(), &tok);
    out.push(tok);
    Ok(end + usize::from(bytes.get(end) == Some(&b' ')))
}

/// Pushes the plain word from `start` to `end` in the text, whose first
/// byte is `first`, and notes it in `found`.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn push_word(
    ix: &words::Index,
    out: &mut Vec<Tok>,
    found: &mut Found,
    start: usize,
    end: usize,
    first: u8,
    index: u32,
    entry: u32,
) {
    debug_assert!(entry & (SIGN_BIT | CAP | PLAIN) == 0);
    let tok = Tok {
        span: Span::new(start, end),
        seg: index,
        bits: entry | ix.plain_bits(first),
    };
    found.word(out.len(), &tok);
    out.push(tok);
}

/// A plain word's [`PLAIN`] bit, and its [`CAP`] bit when it is a capital,
/// by its first byte: read in one load where testing the byte took five
/// instructions, on nearly every word. The word index keeps the copy that
/// is read ([`words::Index::plain_bits`]).
pub(super) const PLAIN_BITS: [u32; 256] = {
    let mut t = [PLAIN; 256];
    let mut b = 0;
    while b < 256 {
        if (b as u8).is_ascii_uppercase() {
            t[b] |= CAP;
        }
        b += 1;
    }
    t
};

/// The token at `i`, whose first byte is not ASCII: pushes it and returns
/// where the next token may start, or `None` when `i` is not a character
/// boundary. A space is passed over and a sign pushed here; a word is
/// left to [`word`].
///
/// The characters of U+2000 to U+203F (E2 80 and a byte: curly quotes,
/// dashes, the ellipsis), most of those not ASCII, are cut by the caller's
/// loop, not here: this reads the few others (3 of 417 over
/// corpora/real). Told apart from `word`, a sign is not slowed by the
/// set-up of its loop, and of the rest of the general punctuation a space
/// is told without the call into the Unicode tables, and a sign without
/// asking whether it is a letter or digit.
#[inline(never)]
fn not_ascii(
    ix: &words::Index,
    s: &str,
    i: usize,
    index: u32,
    out: &mut Vec<Tok>,
    found: &mut Found,
) -> Option<usize> {
    let c = char_at(s, i)?;
    let punctuation = is_general_punctuation(c);
    if punctuation && is_general_space(c) || !punctuation && c.is_whitespace() {
        found.rare_space = true;
        return Some(i + c.len_utf8());
    }
    if punctuation || !c.is_alphanumeric() {
        let tok = sign(c, i, index);
        if tok.is_mark() {
            found.quotes.push(out.len());
        }
        out.push(tok);
        return Some(i + c.len_utf8());
    }
    word(ix, s, i, i, index, out, found)
}

/// The word at `i` that is not a plain ASCII word, its first character a
/// letter or digit: pushes it and returns where the next token may start,
/// or `None` when `i` is not a character boundary. Its letters and digits
/// up to `from` (at most its first run of ASCII ones) are known to be
/// such, and not read again.
#[inline(never)]
fn word(
    ix: &words::Index,
    s: &str,
    i: usize,
    from: usize,
    index: u32,
    out: &mut Vec<Tok>,
    found: &mut Found,
) -> Option<usize> {
    let bytes = s.as_bytes();
    let b = *bytes.get(i)?;
    let c = if b < 0x80 {
        char::from(b)
    } else {
        char_at(s, i)?
    };
    // A word: letters and digits, joined by a hyphen, an apostrophe, a
    // period or an ampersand with a letter or digit after it.
    let mut end = from.max(i + c.len_utf8());
    let mut dotted = false;
    // Letters and digits of ASCII only, but for a final period: no joiner
    // or other character read.
    let mut plain = b < 0x80;
    // Whether an agency form may open after one of its joiners; at its
    // start, see below.
    let mut opens = false;
    // Each step takes the character at `end` and the ASCII letters and
    // digits after it, eight bytes at a time.
    while let Some(&d) = bytes.get(end) {
        if d < 0x80 {
            match BYTE_CLASS[usize::from(d)] {
                ALNUM => end += 1,
                JOIN if match bytes.get(end + 1) {
                    Some(&e) if e < 0x80 => BYTE_CLASS[usize::from(e)] == ALNUM,
                    _ => is_alnum_at(s, end + 1),
                } =>
                {
                    dotted |= d == b'.';
                    plain = false;
                    // A place where an agency form may open when its two
                    // bytes may (see `joined`).
                    opens |= bytes.get(end + 1..end + 3).is_none_or(|two| {
                        crate::agency::builtin_pair_opens(two[0], two[1])
                            && crate::agency::builtin_triple_opens(
                                two[0],
                                two[1],
                                bytes.get(end + 3).copied(),
                            )
                    });
                    end += 1;
                }
                _ => break,
            }
        } else {
            let Some(d) = char_at(s, end) else { break };
            if is_alphanumeric(d) || (d == '’' && is_alnum_at(s, end + d.len_utf8())) {
                plain = false;
                end += d.len_utf8();
            } else {
                break;
            }
        }
        while let Some(chunk) = bytes.get(end..end + 8) {
            let run = alnum_prefix(chunk);
            end += run;
            if run < 8 {
                break;
            }
        }
    }
    // Its bytes up to `from` were read for a digit by the word loop (or
    // lie near the paragraph's end); the rest are read here.
    if digit_in(bytes, from, end) {
        found.digit = true;
    }
    // The lists are ASCII, and no listed word holds a joiner (see
    // `joined`): a word that is not plain is in none.
    let entry = if plain {
        words::ascii_word(ix, bytes, i, end)
    } else {
        0
    };
    let mut period = 0;
    if bytes.get(end) == Some(&b'.') {
        let single = end - i == c.len_utf8() && c.is_uppercase();
        // "(D-Mo.)": the period belongs to the abbreviation.
        if bytes.get(end + 1) == Some(&b')')
            || single
            || dotted
            || Entry::unpack(entry).class.has(Class::ABBREVIATION)
        {
            end += 1;
            period = if plain { PERIOD } else { 0 };
        }
    }
    let tok = Tok::word(
        Span::new(i, end),
        index,
        entry | period,
        c.is_uppercase(),
        plain,
    );
    if !plain {
        // In no list of first runs (see `joined`): noted once, and among
        // the words where an agency form may open only when one may at
        // its start or after a joiner. At its start, only when its first
        // run of ASCII letters and digits is a form's first run that some
        // form goes on from with no space, as for a joined word: a run known when the word loop read it up to
        // `from` (a byte that is no ASCII letter or digit there), and
        // looked up for the words that are not plain only ("Epstein’s",
        // "he’s"), whose other bytes are not ASCII, and so no place where
        // the search reads a form. Others may open one there. (Attribution
        // 23K instructions fewer over corpora/real, the tokenizer 6K more.)
        debug_assert!(tok.bits & AGENCY == 0);
        let opens = opens
            || from == i
            || bytes
                .get(from)
                .is_none_or(|&b| BYTE_CLASS[usize::from(b)] == ALNUM)
            || words::ascii_word(ix, bytes, i, from) & (AGENCY | SPACED_OPENING) == AGENCY;
        // Among the dates' words as [`joined`] and [`apostrophe`] list
        // theirs, when its first run of ASCII letters and digits ends at
        // `from`, at a character that is no ASCII letter or digit (which
        // these words hand on): its first run's entry, and the bytes after
        // that character. Any other is listed.
        match bytes.get(from) {
            Some(&b) if from > i && BYTE_CLASS[usize::from(b)] != ALNUM => {
                let joiner = char_at(s, from).map_or(1, char::len_utf8);
                let first_run = words::ascii_word(ix, bytes, i, from);
                let rest = end.saturating_sub(from + joiner);
                found.joined(out.len(), opens, first_run & DATE != 0, rest);
                found.description(i, first_run);
            }
            _ => {
                found.not_plain(out.len(), opens);
                // Its first run, which the word loop did not read (a word
                // opening with a character that is not ASCII has none).
                let run_end = alnum_end(bytes, i);
                if run_end > i {
                    found.description(i, words::ascii_word(ix, bytes, i, run_end));
                }
            }
        }
    }
    found.word(out.len(), &tok);
    out.push(tok);
    Some(end + usize::from(bytes.get(end) == Some(&b' ')))
}

/// Where the run of ASCII letters and digits from `from` ends: eight bytes
/// at a time while eight remain, then byte by byte.
#[inline(always)]
fn alnum_end(bytes: &[u8], mut end: usize) -> usize {
    while let Some(chunk) = bytes.get(end..end + 8) {
        let run = alnum_prefix(chunk);
        end += run;
        if run < 8 {
            // The run ends inside the chunk: no byte loop to test the
            // byte that ended it again.
            return end;
        }
    }
    while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
        end += 1;
    }
    end
}

/// How many bytes at the start of `chunk` (eight bytes) are ASCII letters
/// or digits, found with word-wide arithmetic instead of a branch per byte.
fn alnum_prefix(chunk: &[u8]) -> usize {
    alnum_run(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])))
}

/// Pushes the plain word at `i`, whose first byte is `first` and whose
/// first sixteen bytes the word loop read as letters and digits, as
/// [`word_end`] does, and returns where the next token may start (`Err` as
/// `word_end`'s).
///
/// Out of line and cold: while they were left to the code after the word
/// loop, which reads a paragraph's last bytes, the loop built that code's
/// mask of high bits before testing every long word's second eight bytes
/// (some 8,500 over corpora/real), in the register of the lowercase copy's
/// address; read here, the quote stage runs 14K instructions fewer.
#[cold]
#[inline(never)]
fn sixteen_or_more(
    ix: &words::Index,
    bytes: &[u8],
    i: usize,
    first: u8,
    index: u32,
    out: &mut Vec<Tok>,
    found: &mut Found,
) -> Result<usize, Span> {
    note_digit_after(bytes, i + 16, found);
    let end = alnum_end(bytes, i + 16);
    let entry = words::ascii_word(ix, bytes, i, end);
    word_end(
        ix,
        bytes,
        i,
        end,
        bytes.get(end).copied(),
        first,
        entry,
        index,
        out,
        found,
    )
}

/// Notes in `found` a digit in the run of ASCII letters and digits from
/// `from`, the rest of a word whose first sixteen bytes the word loop read.
#[cold]
#[inline(never)]
fn note_digit_after(bytes: &[u8], from: usize, found: &mut Found) {
    let run = bytes.get(from..).unwrap_or_default();
    if run
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .any(u8::is_ascii_digit)
    {
        found.digit = true;
    }
}

/// Whether `bytes[from..end]`, the runs of a word after the ones the
/// word loop read, holds an ASCII digit: eight bytes a load, most such
/// runs taking one (read on past `end` and masked), byte by byte only
/// where the text ends within eight bytes.
fn digit_in(bytes: &[u8], mut from: usize, end: usize) -> bool {
    while from < end {
        let Some(eight) = bytes.get(from..).and_then(<[u8]>::first_chunk::<8>) else {
            return bytes
                .get(from..end)
                .is_some_and(|rest| rest.iter().any(u8::is_ascii_digit));
        };
        let digits = crate::ascii8::digit_bytes(u64::from_le_bytes(*eight));
        let keep = u64::MAX >> (8 * (8 - (end - from).min(8)));
        if digits & keep != 0 {
            return true;
        }
        from += 8;
    }
    false
}

/// Whether the paragraph `paragraph`, cut with `noted` its
/// [`Found::digit`], holds an ASCII digit, without reading all its bytes
/// again: every digit lies in a word, and the tokenizer notes one in every
/// word but the plain words it cuts near the paragraph's end, those that
/// start in its last fifteen bytes (after the word loop, which reads
/// eight bytes ahead), read here in one 16-byte test.
#[inline(always)]
pub(crate) fn holds_digit(paragraph: &[u8], noted: bool) -> bool {
    noted
        || match paragraph.len().checked_sub(16) {
            Some(last) => paragraph.get(last..).is_some_and(crate::ascii8::any_digit),
            None => paragraph.iter().any(u8::is_ascii_digit),
        }
}

/// [`alnum_prefix`] of eight bytes read as a little-endian word.
#[inline]
fn alnum_run(x: u64) -> usize {
    let digit = at_least(x, b'0') & !at_least(x, b'9' + 1);
    let ends = !(digit | letter_sums(x)) & HIGH;
    (ends.trailing_zeros() / 8) as usize
}

/// [`alnum_run`] out of line, for a long word whose second eight bytes
/// have a digit after their letters (2 of some 8,400 in the real corpus):
/// inlined, its constants were built before the branch, on every long word.
#[cold]
#[inline(never)]
fn alnum_run_seldom(x: u64) -> usize {
    alnum_run(x)
}

/// Eight times the number of the eight bytes of `x`, read as a
/// little-endian word from text in ASCII lower case, that are ASCII letters
/// from the first on ([`alnum_run`] without the digits): the bit of `x`
/// where the byte after its letters starts, 64 when all eight are letters.
/// Found as the trailing zeros of the letter test's high bits moved to
/// each byte's low bit: as eight times a count of bytes, its low bits
/// known clear, each shift by it was masked besides. The bytes are lower
/// case already, so only `a` to `z` are tested for (no capital to fold
/// onto them first).
///
/// A long word's second eight bytes are read with it too, where a count
/// of bytes from the high bits themselves took another constant: the
/// compiler then keeps the one constant both loads' tests share in a
/// register, where it built each before its use.
#[inline]
fn letter_bits(x: u64) -> u32 {
    let others = (!at_least(x, b'a') | at_least(x, b'z' + 1)) & HIGH;
    (others >> 7).trailing_zeros()
}

/// Each byte of `x` plus `0x80 - n`.
///
/// For an ASCII byte, this sets its high bit exactly when the byte is `n`
/// or more, and carries into no other byte. A byte of 0x80 or more passes
/// neither range test made of two such sums (both keep the high bit, or
/// the first wraps past 0xFF and loses it) and may carry into the next
/// byte; but it ends a run, and no byte after the first that ends it is
/// read. So, unlike `crate::ascii8::letter_bytes`, the runs need no
/// masking of the bytes first (a test tries every byte at every place).
#[inline]
fn at_least(x: u64, n: u8) -> u64 {
    x.wrapping_add(crate::ascii8::ONES * u64::from(0x80 - n))
}

/// The high bit of each byte of `x` that is an ASCII letter, before the
/// first that is not (the other bits are not cleared).
#[inline]
fn letter_sums(x: u64) -> u64 {
    // Setting bit 5 maps the capitals onto the small letters and nothing
    // else onto them.
    let folded = x | 0x2020_2020_2020_2020;
    at_least(folded, b'a') & !at_least(folded, b'z' + 1)
}

fn sign(c: char, at: usize, index: u32) -> Tok {
    Tok {
        span: Span::new(at, at + c.len_utf8()),
        seg: index,
        bits: sign_bits(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trim::floor_char_boundary;
    use std::cell::Cell;
    use std::thread::LocalKey;

    thread_local! {
        /// Whether the words [`apostrophe`] reads, and the words whose
        /// joiner a character of U+2000 to U+203F follows ([`word_end`]),
        /// are left to [`word`] as before those were read on their own: the
        /// tests cut a text both ways and compare.
        pub(super) static WORD_READS_APOSTROPHES: Cell<bool> = const { Cell::new(false) };
        /// Whether the joined words [`word_end`] pushes on its own ("Trump's",
        /// "U.S.") are left to [`joined`], as before: the tests cut a text
        /// both ways and compare.
        pub(super) static JOINED_READS_EVERY_WORD: Cell<bool> = const { Cell::new(false) };
    }

    /// The tokens of `text[seg]` as the quote stage cuts them, with the
    /// text's lowercase copy, and the lists noted.
    fn cut_marking(text: &str, seg: Span, index: u32) -> (Vec<Tok>, Found) {
        let (mut toks, mut found) = (Vec::new(), Found::default());
        let lower = text.to_ascii_lowercase();
        let src = Source {
            text,
            lower: lower.as_bytes(),
        };
        tokenize_marking(&src, seg, index, &mut toks, &mut found);
        (toks, found)
    }

    /// The words of `text` a list of [`Found`] names, by their tokens.
    fn words_of<'t>(text: &'t str, toks: &[Tok], list: &[usize]) -> Vec<&'t str> {
        list.iter().map(|&k| &text[toks[k].span.range()]).collect()
    }

    /// The tokens of `text[start..end]` and the lists noted, cut with the
    /// test switch `switch` ([`WORD_READS_APOSTROPHES`] or
    /// [`JOINED_READS_EVERY_WORD`]) on or off.
    fn cut_switched(
        text: &str,
        start: usize,
        end: usize,
        switch: &'static LocalKey<Cell<bool>>,
        on: bool,
    ) -> (Vec<Tok>, Found) {
        switch.set(on);
        let cut = cut_marking(text, Span::new(start, end), 3);
        switch.set(false);
        cut
    }

    /// Cuts `text[start..end]` with `switch` off and on, and checks that
    /// the tokens and every list noted are the same.
    fn cut_the_same_either_way(
        text: &str,
        start: usize,
        end: usize,
        switch: &'static LocalKey<Cell<bool>>,
    ) {
        let (got, found) = cut_switched(text, start, end, switch, false);
        let (want, other) = cut_switched(text, start, end, switch, true);
        let para = &text[start..end];
        assert_eq!(got, want, "{para:?}");
        assert_eq!(found.quotes, other.quotes, "{para:?}");
        assert_eq!(found.colons, other.colons, "{para:?}");
        assert_eq!(found.caps, other.caps, "{para:?}");
        assert_eq!(found.verbs, other.verbs, "{para:?}");
        assert_eq!(found.agency, other.agency, "{para:?}");
        assert_eq!(found.dates, other.dates, "{para:?}");
        assert_eq!(found.not_plain, other.not_plain, "{para:?}");
        assert_eq!(found.descriptions, other.descriptions, "{para:?}");
        assert_eq!(found.digit, other.digit, "{para:?}");
        assert_eq!(found.rare_space, other.rare_space, "{para:?}");
    }

    /// What comes before a word in [`each_word_in_context`].
    const BEFORES: [&str; 5] = ["", "the ", "said \u{201c}", "(", "the  "];

    /// What follows a word in [`each_word_in_context`], before the next.
    const AFTERS: [&str; 14] = [
        "",
        " said",
        " ",
        ".",
        ", ",
        ")",
        ".)",
        "\u{201d}",
        "\u{2019}",
        "'s",
        "\u{2019}s",
        "\u{e9}",
        "-",
        " U.S.",
    ];

    /// Calls `check` on each word of `words` between each of [`BEFORES`]
    /// and each of [`AFTERS`], followed by another word: with the paragraph
    /// ending after all of it, at the word, after what follows the word,
    /// or a byte into that.
    fn each_word_in_context(words: &[&str], check: fn(&str, usize, usize)) {
        for w in words {
            for before in BEFORES {
                for after in AFTERS {
                    let text = format!("{before}{w}{after} Next");
                    check(&text, 0, text.len());
                    let end = before.len() + w.len();
                    check(&text, 0, end);
                    check(&text, 0, end + after.len());
                    if text.is_char_boundary(end + 1) {
                        check(&text, 0, end + 1);
                    }
                }
            }
        }
    }

    /// Cuts `text[start..end]` with the apostrophe words read by
    /// `word_end` and by `word`, and checks that the two agree.
    fn apostrophes_cut_as_word_cuts_them(text: &str, start: usize, end: usize) {
        cut_the_same_either_way(text, start, end, &WORD_READS_APOSTROPHES);
    }

    /// Words with a curly apostrophe after their first ASCII run, and
    /// words with a joiner before a character of U+2000 to U+203F, in
    /// every context: the same tokens and lists as when `word` read them.
    #[test]
    fn apostrophe_words_cut_as_word_cuts_them() {
        let words = [
            "Kim\u{2019}s",
            "didn\u{2019}t",
            "Lakers\u{2019}",
            "O\u{2019}Neill\u{2019}s",
            "rock\u{2019}n\u{2019}roll",
            "she\u{2019}d\u{2019}ve",
            "Xinhua\u{2019}s",
            "North\u{2019}s",
            "the\u{2019}s",
            "G7\u{2019}s",
            "a\u{2019}1b2",
            "Kim\u{2019}s-led",
            "Kim\u{2019}s.S",
            "Kim\u{2019}s-\u{e9}",
            "Kim\u{2019}s-\u{201d}",
            "Kim\u{2019}s\u{e9}",
            "Kim\u{2019}\u{e9}",
            "Kim\u{2019}\u{201d}",
            "Kim\u{2019}s\u{2019}",
            "Kim\u{2019}s\u{2019}\u{e9}",
            "Kim\u{2019}s\u{2014}",
            "Kim\u{2019}s\u{2019}\u{2019}",
            "Kim\u{2019}s.)",
            "Kim\u{2019}s.",
            "Mr\u{2019}s",
            "abcdefghijklmnopq\u{2019}s",
            "abcdefgh\u{2019}s",
            "said\u{2019}",
            "vividly.\u{201d}",
            "to.\u{2019}\u{201d}",
            "Gen.\u{201d}",
            "A.\u{201d}",
            "U.S.\u{201d}",
            "x-\u{2014}",
            "co.\u{2019}s",
            "1st.\u{201d}",
            "Kim.\u{e9}",
        ];
        each_word_in_context(&words, apostrophes_cut_as_word_cuts_them);
    }

    /// Every line of the seed pages and, where the shared corpora are
    /// beside the repository, of the real stories: the same tokens and
    /// lists as when `word` read the words with curly apostrophes.
    #[test]
    fn real_apostrophe_words_cut_as_word_cuts_them() {
        let mut apostrophes = 0;
        for (_, text) in crate::test_stories::stories() {
            let mut start = 0;
            for line in text.split('\n') {
                apostrophes_cut_as_word_cuts_them(&text, start, start + line.len());
                apostrophes += line.matches('\u{2019}').count();
                start += line.len() + 1;
            }
        }
        if crate::test_stories::corpus_at_hand() {
            assert!(apostrophes > 300, "{apostrophes}");
        }
    }

    /// Cuts `text[start..end]` both ways, with `word_end` pushing its joined
    /// words on its own and with `joined` reading them, and checks that the
    /// two agree.
    fn joined_words_cut_as_joined_cuts_them(text: &str, start: usize, end: usize) {
        cut_the_same_either_way(text, start, end, &JOINED_READS_EVERY_WORD);
    }

    /// The answer `word_end`'s joined words take as known: no form of the
    /// built-in lexicon opens at an ASCII letter or digit and a space or a
    /// period, so no form opens after the joiner of "Trump's " or "U.S. ".
    #[test]
    fn no_form_opens_at_a_letter_and_a_space_or_a_period() {
        for a in (0..=127u8).filter(u8::is_ascii_alphanumeric) {
            for b in [b' ', b'.'] {
                assert!(
                    !crate::agency::builtin_pair_opens(a, b),
                    "{:?}",
                    [a, b].map(char::from)
                );
            }
        }
    }

    /// Joined words of every kind `word_end` tells apart, in every context:
    /// the same tokens and lists as when `joined` read them.
    #[test]
    fn short_joined_words_cut_as_joined_cuts_them() {
        let words = [
            "Trump's",
            "trump's",
            "don't",
            "U.S.",
            "u.s.",
            "p.m.",
            "U.S",
            "e-mail",
            "A&P",
            "Korea's",
            "Xinhua's",
            "North's",
            "Monday's",
            "agency's",
            "media's",
            "the's",
            "G7's",
            "Kim's-led",
            "Kim's.",
            "U.S.A.",
            "U.S.-led",
            "a.1",
            "Kim'5",
            "x-Y",
            "X-y",
            "U.S.S",
            "U.S.s",
            "Mr.X",
            "abcdefghi's",
            "abcdefghijklmnopq's",
            "I've",
            "it's",
            // And with a curly apostrophe ("Trump’s").
            "Trump\u{2019}s",
            "trump\u{2019}s",
            "don\u{2019}t",
            "Korea\u{2019}s",
            "Xinhua\u{2019}s",
            "North\u{2019}s",
            "Monday\u{2019}s",
            "agency\u{2019}s",
            "media\u{2019}s",
            "the\u{2019}s",
            "G7\u{2019}s",
            "Kim\u{2019}s-led",
            "Kim\u{2019}s.",
            "Kim\u{2019}5",
            "Kim\u{2019}S",
            "Kim\u{2019}\u{e9}",
            "Kim\u{2019}s\u{2019}s",
            "abcdefghi\u{2019}s",
            "abcdefghijklmnopq\u{2019}s",
            "I\u{2019}ve",
            "it\u{2019}s",
        ];
        each_word_in_context(&words, joined_words_cut_as_joined_cuts_them);
    }

    /// Every line of the seed pages and, where the shared corpora are
    /// beside the repository, of the real stories: the same tokens and
    /// lists as when `joined` read every joined word.
    #[test]
    fn real_joined_words_cut_as_joined_cuts_them() {
        let (mut short, mut curly) = (0, 0);
        for (_, text) in crate::test_stories::stories() {
            let mut start = 0;
            for line in text.split('\n') {
                joined_words_cut_as_joined_cuts_them(&text, start, start + line.len());
                short += line
                    .split(' ')
                    .filter(|w| {
                        let w = w.as_bytes();
                        w.len() >= 3
                            && w[w.len() - 1].is_ascii_alphabetic()
                            && matches!(w[w.len() - 2], b'\'' | b'-' | b'.' | b'&')
                    })
                    .count();
                curly += line
                    .split(' ')
                    .filter(|w| {
                        let w = w.as_bytes();
                        w.len() >= 5
                            && w[w.len() - 1].is_ascii_alphabetic()
                            && w[..w.len() - 1].ends_with("\u{2019}".as_bytes())
                    })
                    .count();
                start += line.len() + 1;
            }
        }
        if crate::test_stories::corpus_at_hand() {
            assert!(short > 500, "{short}");
            assert!(curly > 150, "{curly}");
        }
    }

    proptest::proptest! {
        /// Runs of ASCII letters and digits joined by joiners, with spaces
        /// and other signs, cut as when `joined` read every joined word.
        #[test]
        fn joined_runs_cut_as_joined_cuts_them(
            text in "((Kim|s|S|t|x1|5|U|abcdefghi|North|Monday|\u{2019}|\u{201d}|\u{e9}|-|\\.|'|&|\\)|,)( )?){0,16}",
            a in 0usize..120,
        ) {
            joined_words_cut_as_joined_cuts_them(&text, 0, text.len());
            joined_words_cut_as_joined_cuts_them(&text, 0, floor_char_boundary(&text, a));
        }
    }

    proptest::proptest! {
        /// Runs of ASCII letters and digits joined by curly apostrophes,
        /// joiners and other characters, cut as when `word` read them.
        #[test]
        fn apostrophe_runs_cut_as_word_cuts_them(
            text in "((Kim|s|t|x1|A|abcdefghi|\u{2019}|\u{201d}|\u{2014}|\u{e9}|-|\\.|'|\\)|,)( )?){0,16}",
            a in 0usize..120,
        ) {
            apostrophes_cut_as_word_cuts_them(&text, 0, text.len());
            apostrophes_cut_as_word_cuts_them(&text, 0, floor_char_boundary(&text, a));
        }
    }

    fn words(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokenize(s, Span::new(0, s.len()), 0, &mut v);
        v.iter().map(|t| &s[t.span]).collect()
    }

    #[test]
    fn cuts_words_and_signs() {
        assert_eq!(
            words("Lt. Gen. Michael Flynn said, \"Go.\""),
            [
                "Lt.", "Gen.", "Michael", "Flynn", "said", ",", "\"", "Go", ".", "\""
            ]
        );
        assert_eq!(
            words("Kim Jong-un’s U.S. trip"),
            ["Kim", "Jong-un’s", "U.S.", "trip"]
        );
        assert_eq!(words("countries' ties"), ["countries", "'", "ties"]);
        assert_eq!(
            words("Moore (D-Wis.) said"),
            ["Moore", "(", "D-Wis.", ")", "said"]
        );
        assert_eq!(words("“Hi”"), ["“", "Hi", "”"]);
    }

    /// The tokenizer as first written, one `char` at a time: the byte-wise
    /// one must cut exactly the same tokens.
    fn by_chars(s: &str) -> Vec<Tok> {
        let joins = |c: char| matches!(c, '-' | '\'' | '’' | '.' | '&');
        let mut out = Vec::new();
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            if !c.is_alphanumeric() {
                out.push(sign(c, i, 0));
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphanumeric()
                    || (joins(d) && s[j + d.len_utf8()..].starts_with(char::is_alphanumeric))
                {
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            if s[end..].starts_with(".)") {
                end += 1;
                it.next();
            } else if s[end..].starts_with('.') {
                let w = &s[i..end];
                let single = w.chars().count() == 1 && c.is_uppercase();
                let abbreviation = ABBREVIATIONS
                    .binary_search(&w.to_ascii_lowercase().as_str())
                    .is_ok();
                if single || w.contains('.') || abbreviation {
                    end += 1;
                    it.next();
                }
            }
            let entry = words::lookup(&s[i..end]);
            let w = &s[i..end];
            let stripped = w.strip_suffix('.');
            let w = stripped.unwrap_or(w);
            let plain = w.bytes().all(|b| b.is_ascii_alphanumeric());
            let period = if plain && stripped.is_some() {
                PERIOD
            } else {
                0
            };
            out.push(Tok::word(
                Span::new(i, end),
                0,
                entry.pack() | period,
                c.is_uppercase(),
                plain,
            ));
        }
        out
    }

    #[test]
    fn plain_without_tests_the_sign_plainness_and_class_at_once() {
        let text = "the agency officials said, U.S. media";
        let mut toks = Vec::new();
        tokenize(text, Span::new(0, text.len()), 0, &mut toks);
        let without: Vec<(&str, bool)> = toks
            .iter()
            .map(|t| {
                let second = Class::AGENCY_SECOND_RUN;
                let want = t.plain() && !t.class().has(second);
                assert_eq!(t.plain_without(second), want, "{:?}", &text[t.span]);
                (&text[t.span], want)
            })
            .collect();
        assert_eq!(
            without,
            [
                ("the", true),
                ("agency", false),
                ("officials", true),
                ("said", true),
                (",", false),
                ("U.S.", false),
                ("media", false),
            ]
        );
    }

    #[test]
    fn plain_with_tests_the_sign_plainness_and_class_at_once() {
        let text = "the North's North news \" The, U.S. said";
        let mut toks = Vec::new();
        tokenize(text, Span::new(0, text.len()), 0, &mut toks);
        let paired = Class::AGENCY_PAIRED_OPENING;
        let with: Vec<&str> = toks
            .iter()
            .filter(|t| {
                let want = t.plain() && t.class().has(paired);
                assert_eq!(t.plain_with(paired), want, "{:?}", &text[t.span]);
                want
            })
            .map(|t| &text[t.span])
            .collect();
        // "news" is a paired first run ("news agency of Nigeria"); "said"
        // opens no form, "the" is no form's first run (the forms that open
        // with "the " are listed by their second word's), and "North's"
        // and the signs are not plain.
        assert_eq!(with, ["North", "news"]);
    }

    #[test]
    fn same_tokens_as_one_char_at_a_time() {
        let pieces = [
            "Kim",
            "said",
            "SAID.",
            "Gen.",
            "U.S.",
            "it's",
            "Jong-un’s",
            "(D-Mo.)",
            "—",
            "“Hi,”",
            "Écrit",
            "Ünal.",
            "naïve",
            "x",
            "A.",
            "mr.",
            "5'11\"",
            "...",
            "a&b",
            "R&D.",
            "…",
            "\u{a0}",
            "\t",
            "\n\n",
            "ǅemal",
            "東京",
            "ßtraße",
            "co.",
            "1st.",
            "’",
            "'",
            "-",
            "&",
            "abcdefghijklmnopq",
            "Representatives.",
            "x-",
            "-y",
            "said:",
            "don’t",
            "U.S",
            "é.",
            "abcdefgh",
            "Abcdefgh.",
            "abcdefghi.",
            "abcdefgh-ij",
            "SPOKESPERSON",
            "spokespersons.",
            "x.)",
            "Mr.)",
            "e.g",
            "ab'",
            "12.5",
            "a&",
            "said—",
            "Kim\u{301}",
            "Kim's",
            "al-Assad’s",
            "U.S.-led",
            "agency",
            "Media's",
            "AGENCY’s",
            "mediation",
            "Daily.",
            "newspaper’s",
            "agency-run",
            "media\u{e9}",
        ];
        let mut text = String::new();
        for (k, a) in pieces.iter().enumerate() {
            for (m, b) in pieces.iter().enumerate() {
                // Every pair, joined with nothing, a space or a period.
                let sep = ["", " ", "."][(k + m) % 3];
                text.clear();
                text.push_str(a);
                text.push_str(sep);
                text.push_str(b);
                cuts_as_by_chars(&text, 0, text.len());
            }
        }
    }

    /// A word of eight letters or digits is told from a longer one by the
    /// byte after it, when that byte is below '0', before the letter test
    /// of the next eight: every ASCII byte and some that are not ASCII
    /// after words of eight, listed and not, cut as [`by_chars`] cuts them.
    #[test]
    fn words_of_eight_cut_as_one_char_at_a_time() {
        let ascii = (0x20..0x7F).map(char::from);
        let after: Vec<char> = ascii.chain(['’', '”', '—', '\u{a0}', 'é']).collect();
        for word in ["insisted", "Declared", "abcdefgh", "ABCDEFG1", "12345678"] {
            for c in &after {
                let text = format!("{word}{c}with more words after it");
                cuts_as_by_chars(&text, 0, text.len());
            }
        }
    }

    /// Cuts the paragraph `text[start..end]` and checks its tokens are those
    /// [`by_chars`] cuts from it alone, and the lists noted are theirs.
    /// Without the text's lowercase copy, the words are cut the same.
    fn cuts_as_by_chars(text: &str, start: usize, end: usize) {
        let seg = Span::new(start, end);
        let (got, found) = cut_marking(text, seg, 0);
        let (mut uncopied, mut found_uncopied) = (Vec::new(), Found::default());
        tokenize_marking(
            &Source { text, lower: &[] },
            seg,
            0,
            &mut uncopied,
            &mut found_uncopied,
        );
        assert_eq!(uncopied, got, "{text:?}");
        assert_eq!(found_uncopied.caps, found.caps, "{text:?}");
        let digit = text[start..end].bytes().any(|b| b.is_ascii_digit());
        let noted = found_uncopied.digit;
        assert_eq!(holds_digit(&text.as_bytes()[start..end], noted), digit);
        let para = &text[start..end];
        let want: Vec<Tok> = by_chars(para)
            .into_iter()
            .map(|t| Tok {
                span: Span::new(t.span.start + start, t.span.end + start),
                ..t
            })
            .collect();
        assert_eq!(got, want, "{para:?} in {text:?}");
        let which = |f: &dyn Fn(&Tok) -> bool| -> Vec<usize> {
            (0..got.len()).filter(|&k| f(&got[k])).collect()
        };
        let quotes = which(&|t| t.punct().is_some_and(super::super::is_mark_char));
        assert_eq!(found.quotes, quotes, "{para:?}");
        assert_eq!(found.colons, which(&|t| t.is_sign(':')), "{para:?}");
        assert_eq!(found.caps, which(&|t| t.is_word() && t.cap()), "{para:?}");
        assert_eq!(
            found.verbs,
            which(&|t| t.cue() == Some(Role::Verb)),
            "{para:?}"
        );
        // The words whose first run of ASCII letters and digits is a
        // description's last word, any case, whatever follows it.
        let descriptions = which(&|t| {
            let run: String = text[t.span.range()]
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .collect();
            t.is_word() && crate::attribution::DESCRIPTION_WORDS.contains(&run.as_str())
        });
        let descriptions: Vec<usize> = descriptions.iter().map(|&k| got[k].span.start).collect();
        assert_eq!(found.descriptions, descriptions, "{para:?}");
        assert_eq!(found_uncopied.descriptions, descriptions, "{para:?}");
        assert_eq!(
            holds_digit(para.as_bytes(), found.digit),
            para.bytes().any(|b| b.is_ascii_digit()),
            "{para:?}"
        );
    }

    /// A word of joined ASCII runs is listed for the relays' search only
    /// where an agency form may open in it: at its first run, when that
    /// is a form's first run that some form goes on from with a byte that
    /// is no space (or ends at), or after a joiner, where the three bytes
    /// may open a form (two before the paragraph's end) and a run of
    /// letters there is a form's first run that goes on as the text does;
    /// and at the paragraph's end, where only one is read.
    #[test]
    fn joined_words_are_listed_where_a_form_may_open() {
        let text = "official U.S. and it's long-range, Xinhua's pro-Xinhua U.N. AP: state-run x-A. \
                    anti-Russia the North's official country's official  U.S. Korea's China's \
                    Russia's People's al-Tanf anti-Russia Today People's Daily x-Ra";
        let (toks, found) = cut_marking(text, Span::new(0, text.len()), 0);
        let listed = words_of(text, &toks, &found.agency);
        // "ra" and "ru" may open forms ("Radio Free Asia", "Russia Today"),
        // but "ran" and "run" none, while "rus" may ("Russia Today"): the
        // run "Russia" before "Today" may, before "the" it may not, as
        // "Tanf" (no form's first run) does not ("Tanjug" opens with
        // "tan"), nor "Ra" at the paragraph's end ("ra" is none either);
        // "U.S.", "U.N." and "it's" open none. "the" is no form's first
        // run: the forms that open with "the " are listed by their second
        // word ("the North's media" by "North's"). A plain word before a
        // joined word ("official U.S.") is listed as its run lists it: the
        // search passes it over (see `agency::search::opens_no_pair`).
        // "x-A" is listed at the
        // paragraph's end only. Every
        // form of "korea" and "russia" goes on from the run with a space,
        // so "Korea's" and "Russia's" open none; forms go on from "north",
        // "china" and "people" with an apostrophe ("the North's media",
        // "China's state news agency", "People's Daily"), and from
        // "xinhua" with nothing; but "China's" and "People's" are listed
        // only where the bytes after them may go on so ("People's Daily",
        // not "People's al-Tanf"), "North's" also after a "the".
        let want = [
            "official",
            "Xinhua's",
            "pro-Xinhua",
            "AP",
            "North's",
            "official",
            "official",
            "anti-Russia",
            "People's",
            "Daily",
        ];
        assert_eq!(listed, want);
        // Each is still among the words that are not plain, for the dates.
        let not_plain = words_of(text, &toks, &found.not_plain);
        // Those whose runs may be a trigger of the dates' gate are among
        // the words that are not plain; "Xinhua's", "North's", "country's",
        // "U.S." and "it's" hold none.
        assert_eq!(
            not_plain,
            [
                "long-range",
                "pro-Xinhua",
                "state-run",
                "anti-Russia",
                "al-Tanf",
                "anti-Russia"
            ]
        );
    }

    /// A joined word is among the words that are not plain, for the dates'
    /// gate, when its first run is a trigger word ("Monday's", "Sept's",
    /// "May-June") or a run after a joiner is long enough to be one
    /// ("mid-May", "x-day", "ab-cde"); not when it is a name or a word with
    /// a short run after it ("Korea's", "U.S.", "it's", "ab-cd"), nor when
    /// its first run holds a digit ("5day's", "2019's"), whose runs of
    /// letters the gate reads beside the digits.
    #[test]
    fn joined_words_are_listed_for_the_dates_where_a_trigger_may_be() {
        let text = "Monday's May-June mid-May x-day Korea's U.S. we'll it's Sept's \
                    Pyongyang's 5day's 2019's ab-cd ab-cde";
        let (toks, found) = cut_marking(text, Span::new(0, text.len()), 0);
        let not_plain = words_of(text, &toks, &found.not_plain);
        assert_eq!(
            not_plain,
            [
                "Monday's", "May-June", "mid-May", "x-day", "Sept's", "ab-cde"
            ]
        );
    }

    /// A word with characters that are not ASCII is listed for the relays'
    /// search only where an agency form may open in it: at its first run
    /// of ASCII letters and digits when that is a form's first run (but
    /// one whose every form goes on from it with a space, "Korea"), at a
    /// character that is not ASCII, or after a joiner.
    #[test]
    fn words_not_ascii_are_listed_where_a_form_may_open() {
        let text = "Epstein\u{2019}s he\u{2019}s Xinhua\u{2019}s \u{10c}TK-run don\u{2019}t-AP state\u{2019}s \
                    Korea\u{2019}s China\u{2019}s";
        let (toks, found) = cut_marking(text, Span::new(0, text.len()), 0);
        let words = |list: &[usize]| words_of(text, &toks, list);
        let want = [
            "Xinhua\u{2019}s",
            "\u{10c}TK-run",
            "don\u{2019}t-AP",
            "China\u{2019}s",
        ];
        assert_eq!(words(&found.agency), want);
        // Among the dates' words only those whose runs may be a trigger.
        assert_eq!(
            words(&found.not_plain),
            ["\u{10c}TK-run", "don\u{2019}t-AP"]
        );
    }

    /// A word with a curly apostrophe is among the dates' words as a
    /// joined word is: when its first run is a trigger ("Monday’s") or a
    /// run after the apostrophe is long enough to be one ("o’clock"), not
    /// for a name's possessive ("Kim’s") or a short ending ("she’d").
    #[test]
    fn apostrophe_words_are_listed_for_the_dates_where_a_trigger_may_be() {
        let text = "Monday\u{2019}s Kim\u{2019}s o\u{2019}clock day\u{2019}s she\u{2019}d";
        let (toks, found) = cut_marking(text, Span::new(0, text.len()), 0);
        let not_plain = words_of(text, &toks, &found.not_plain);
        assert_eq!(
            not_plain,
            ["Monday\u{2019}s", "o\u{2019}clock", "day\u{2019}s"]
        );
    }

    proptest::proptest! {
        /// Paragraphs of words of every kind the tokenizer reads apart
        /// (plain, long, joined, dotted, not ASCII, at a paragraph's end)
        /// cut as one character at a time cuts them, wherever in the text
        /// they start and end: runs of words one space apart, read in a
        /// loop of their own, end at every kind of token.
        #[test]
        fn paragraphs_cut_as_one_char_at_a_time(
            text in "((Kim|said|SAID|U\\.S|it's|Gen|Mr|x|A|a&b|1st|Kim2|ab3cdefgh9|abcdefg|abcdefgh|abcdefghi\
                     |Representatives|spokespersons|abcdefghijklmnopq|\u{e9}t\u{e9}|don\u{2019}t|\
                     G-7|COVID-19|x.1b|\u{e9}2|abcdefghij4|abcdefghijklmnop5|2019|\
                     agency|Media|DAILY|newspaper|mediation|agency\u{2019}s|media\u{e9}|\
                     \u{201c}|\u{2014}|\u{a0}|\\(|\\)|\"|'|-|,|\\.)( |  |\\.|\n)?){0,24}",
            a in 0usize..400,
            b in 0usize..400,
        ) {
            let (from, to) = (a.min(b), a.max(b));
            cuts_as_by_chars(&text, floor_char_boundary(&text, from), floor_char_boundary(&text, to));
        }
    }

    /// Every line of the seed pages and, where the shared corpora are
    /// beside the repository, of the real stories, cut as a paragraph:
    /// the same tokens and lists as one character at a time. Real text
    /// holds the words after which the word loop pushes a comma or a
    /// period itself, with and without an abbreviation's period.
    #[test]
    fn real_lines_cut_as_one_char_at_a_time() {
        let (mut commas, mut periods) = (0, 0);
        for (_, text) in crate::test_stories::stories() {
            let mut start = 0;
            for line in text.split('\n') {
                cuts_as_by_chars(&text, start, start + line.len());
                commas += line.matches(", ").count();
                periods += line.matches(". ").count();
                start += line.len() + 1;
            }
        }
        if crate::test_stories::corpus_at_hand() {
            assert!(commas > 100 && periods > 100, "{commas} {periods}");
        }
    }

    #[test]
    fn a_paragraph_cuts_as_the_text_ending_with_it() {
        // The bytes after a paragraph are read for its last words, never
        // cut: a paragraph ending anywhere is cut as a text ending there.
        // A listed word of nine to fifteen bytes ("spokeswoman") ending a
        // paragraph is looked up from the eight bytes after its first
        // eight, read past the paragraph's end.
        let text = "Kim said U.S. ties grow, abcdefgh ab1\nNext Gen. Abcdefghij x.y \
                    don’t 12:30 “Hi” Representatives said.\n\nMore text follows here, \
                    a spokeswoman said";
        for k in (1..=text.len()).filter(|&k| text.is_char_boundary(k)) {
            let (mut got, mut want) = (Vec::new(), Vec::new());
            tokenize(text, Span::new(0, k), 0, &mut got);
            tokenize(&text[..k], Span::new(0, k), 0, &mut want);
            assert_eq!(got, want, "{:?}", &text[..k]);
            // And from a later start.
            for a in (0..k).filter(|&a| text.is_char_boundary(a)).step_by(7) {
                let (mut got, mut want) = (Vec::new(), Vec::new());
                tokenize(text, Span::new(a, k), 0, &mut got);
                tokenize(&text[..k], Span::new(a, k), 0, &mut want);
                assert_eq!(got, want, "{:?}", &text[a..k]);
            }
        }
    }

    /// [`LETTER_BIT`] tells a letter from a digit among the bytes
    /// [`alnum_run_end`] reads, every one of them.
    #[test]
    fn letters_and_only_letters_have_the_letter_bit() {
        for b in (0..=255u8).filter(|&b| BYTE_CLASS[usize::from(b)] == ALNUM) {
            assert_eq!(b & LETTER_BIT != 0, b.is_ascii_alphabetic(), "{b:#x}");
        }
    }

    /// A digit in a joined word's later runs is noted where the paragraph
    /// goes on past the last bytes `holds_digit` reads, and none is noted
    /// without one, whether `joined`, `apostrophe` or `word` reads it.
    #[test]
    fn joined_words_note_their_digits() {
        let words = [
            "COVID-19",
            "G-7",
            "1950-53",
            "x-1y",
            "a.b9",
            "Kim\u{2019}5s",
            "it's-9",
            "long-range",
            "U.S.-led",
            "Kim\u{2019}s",
            "x-Y&z",
            "Kim\u{2019}s-led",
        ];
        for w in words {
            let text = format!("{w} and then a long enough tail of words");
            let (_, found) = cut_marking(&text, Span::new(0, text.len()), 0);
            let digit = w.bytes().any(|b| b.is_ascii_digit());
            assert_eq!(found.digit, digit, "{text:?}");
        }
    }

    /// A word of nine letters or more notes a digit exactly when it holds
    /// one: the word loop's test of the byte after the second eight bytes'
    /// letters, which for eight letters is the first of them.
    #[test]
    fn long_words_note_their_digits() {
        for len in 9..=24 {
            let letters: String = "abcdefghijklmnopqrstuvwx"[..len].into();
            let mut words = vec![letters.clone(), letters.to_uppercase()];
            for k in 0..len {
                let mut w = letters.clone().into_bytes();
                w[k] = b'0' + (k % 10) as u8;
                words.push(String::from_utf8(w).unwrap());
            }
            for w in &words {
                for tail in [" and a long enough tail of words", ", and a long tail"] {
                    let text = format!("{w}{tail}");
                    let (_, found) = cut_marking(&text, Span::new(0, text.len()), 0);
                    let digit = w.bytes().any(|b| b.is_ascii_digit());
                    assert_eq!(found.digit, digit, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn alnum_prefix_counts_letters_and_digits() {
        assert_eq!(alnum_prefix(b"abcdefgh"), 8);
        assert_eq!(alnum_prefix(b"Kim Jong"), 3);
        assert_eq!(alnum_prefix(b"AZaz09@["), 6);
        assert_eq!(alnum_prefix(b"`{/:-'.&"), 0);
        assert_eq!(alnum_prefix("é1234567".as_bytes()), 0);
        for b in 0..=255u8 {
            let chunk = [b; 8];
            let want = if b.is_ascii_alphanumeric() { 8 } else { 0 };
            assert_eq!(alnum_prefix(&chunk), want, "{b}");
        }
    }

    #[test]
    fn runs_stop_at_the_first_other_byte_whatever_follows() {
        // Every pair of bytes at every place after letters (and digits): a
        // byte of 0x80 or more carries into the next when tested, and must
        // still end the run where it stands.
        let run = |c: &[u8; 8], f: fn(&u8) -> bool| c.iter().take_while(|b| f(b)).count();
        for k in 0..8 {
            for a in 0..=255u8 {
                for b in 0..=255u8 {
                    let (mut c, mut l) = (*b"x9Zq0aM5", *b"xbZqOaMs");
                    c[k] = a;
                    l[k] = a;
                    if k + 1 < 8 {
                        c[k + 1] = b;
                        l[k + 1] = b;
                    }
                    let want = run(&c, u8::is_ascii_alphanumeric);
                    assert_eq!(alnum_run(u64::from_le_bytes(c)), want, "{c:?}");
                    let want = run(&l, u8::is_ascii_alphabetic);
                    let lower = l.map(|b| b.to_ascii_lowercase());
                    let bits = letter_bits(u64::from_le_bytes(lower));
                    assert_eq!(bits, 8 * want as u32, "{l:?}");
                }
            }
        }
    }

    #[test]
    fn general_punctuation_has_no_letter_or_digit() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        for c in [
            'a',
            'Z',
            '5',
            'é',
            '東',
            'ǅ',
            '\u{2070}',
            '\u{2071}',
            '\u{1F600}',
            '—',
        ] {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
        for c in '\u{2000}'..='\u{206F}' {
            assert_eq!(is_general_space(c), c.is_whitespace(), "{c:?}");
        }
    }

    /// A plain word whose entry holds [`SPACED_OPENING`] ("Korea",
    /// "Russia") carries the bit a sign's [`MARK_BIT`] is, and is
    /// no quote mark: over a text and the test stories, a token is a mark
    /// exactly when it is a sign whose character is one.
    #[test]
    fn spaced_openings_are_no_quote_marks() {
        let text = "Korea said, \"North Korea\" and Russia \u{2018}said\u{2019} 'x' Korea\u{201C}";
        let (toks, _) = cut_marking(text, Span::new(0, text.len()), 0);
        let spaced: Vec<&str> = toks
            .iter()
            .filter(|t| t.is_word() && t.bits & SPACED_OPENING != 0)
            .map(|t| &text[t.span.range()])
            .collect();
        assert_eq!(spaced, ["Korea", "Korea", "Russia", "Korea"]);
        let mut seen = 0;
        let texts = crate::test_stories::stories().into_iter().map(|(_, t)| t);
        for t in std::iter::once(text.to_string()).chain(texts) {
            let (toks, _) = cut_marking(&t, Span::new(0, t.len()), 0);
            for tok in &toks {
                let mark = tok.punct().is_some_and(super::super::is_mark_char);
                assert_eq!(tok.is_mark(), mark, "{:?}", &t[tok.span.range()]);
                seen += usize::from(tok.is_word() && tok.bits & SPACED_OPENING != 0);
            }
        }
        assert!(seen >= 5, "{seen}");
    }

    /// A plain word whose entry holds [`YEAR_WORD`] ("nineteen", "the
    /// Nineties.") carries the bit a sign's [`END_BIT`] is, and ends no
    /// sentence: over a text and the test stories, a token ends one
    /// exactly when it is a sign '.', '!' or '?'; it is a year's word
    /// exactly when it is a plain word of
    /// [`crate::dates::YEAR_TRIGGER_WORDS`] (but for a final period, in any
    /// case); and a token [`Tok::quiet`] calls quiet neither ends a
    /// sentence nor has a cue.
    #[test]
    fn year_words_end_no_sentence() {
        let text = "In nineteen ninety. The Nineties! THOUSAND? the sixties. \
                    Eighteen-twenties, the 1990s, twenties' forties.\u{201D} year said.";
        let (toks, _) = cut_marking(text, Span::new(0, text.len()), 0);
        let years: Vec<&str> = toks
            .iter()
            .filter(|t| t.is_year_word())
            .map(|t| &text[t.span.range()])
            .collect();
        assert_eq!(
            years,
            [
                "nineteen", "Nineties", "THOUSAND", "sixties", "twenties", "forties"
            ]
        );
        let mut seen = 0;
        let texts = crate::test_stories::stories().into_iter().map(|(_, t)| t);
        for t in std::iter::once(text.to_string()).chain(texts) {
            let (toks, _) = cut_marking(&t, Span::new(0, t.len()), 0);
            for tok in &toks {
                let word = &t[tok.span.range()];
                let end = tok.punct().is_some_and(|c| matches!(c, '.' | '!' | '?'));
                assert_eq!(tok.ends_sentence(), end, "{word:?}");
                let bare = word.strip_suffix('.').unwrap_or(word).to_ascii_lowercase();
                let year = tok.plain() && crate::dates::YEAR_TRIGGER_WORDS.contains(&&bare[..]);
                assert_eq!(tok.is_year_word(), year, "{word:?}");
                if tok.quiet() {
                    assert!(!tok.ends_sentence() && !tok.has_cue(), "{word:?}");
                }
                seen += usize::from(year);
            }
        }
        assert!(seen >= 5, "{seen}");
    }

    /// Only a speech verb's role number has [`VERB`]'s bit, and every
    /// number is within [`ROLE`]: `Found::word` tells a verb, and passes
    /// the other cue words in no list, by that one bit. Cut, the other
    /// cue words in no list but their role's are listed nowhere, and the
    /// verbs, capitalised or not, only among the verbs (and capitals).
    #[test]
    fn only_verbs_have_the_verb_bit() {
        for role in Role::NONE_AND_ALL {
            let bits = Entry {
                role,
                class: Class::default(),
            }
            .pack();
            assert_eq!(bits & !ROLE, 0, "{role:?}");
            assert_eq!(bits & VERB != 0, role == Some(Role::Verb), "{role:?}");
        }
        let text = "saying according quoted cited adding said Told wrote";
        let (toks, found) = cut_marking(text, Span::new(0, text.len()), 0);
        let cues: Vec<Option<Role>> = toks.iter().map(Tok::cue).collect();
        use Role::*;
        assert_eq!(
            cues,
            [
                Some(Participle),
                Some(According),
                Some(Quoted),
                Some(Quoted),
                Some(Participle),
                Some(Verb),
                Some(Verb),
                Some(Verb)
            ]
        );
        assert_eq!(found.verbs, [5, 6, 7]);
        assert_eq!(found.caps, [6]);
        assert!(found.agency.is_empty() && found.dates.is_empty());
        assert!(found.not_plain.is_empty() && found.descriptions.is_empty());
    }

    #[test]
    fn packed_tokens_read_back() {
        let roles = Role::NONE_AND_ALL;
        for role in roles {
            for c in (0..16).map(|b| {
                Class::default().or(words::lookup(
                    [
                        "said",
                        "the",
                        "Gen",
                        "also",
                        "bin",
                        "he",
                        "as",
                        "and",
                        "her",
                        "x",
                        "newspaper",
                        "statement",
                        "by",
                        "of",
                        "mr",
                        "according",
                    ][b],
                )
                .class)
            }) {
                for (cap, plain) in [(false, false), (true, false), (false, true), (true, true)] {
                    let t = Tok::word(
                        Span::new(3, 7),
                        9,
                        Entry { role, class: c }.pack(),
                        cap,
                        plain,
                    );
                    assert!(
                        t.is_word() && t.punct().is_none() && !t.ends_sentence() && !t.is_mark()
                    );
                    assert_eq!(
                        (t.cue(), t.class(), t.cap(), t.plain()),
                        (role, c, cap, plain)
                    );
                    assert_eq!(t.is_verb(), role == Some(Role::Verb));
                    assert_eq!(t.has_cue(), role.is_some());
                    assert_eq!((t.span, t.seg), (Span::new(3, 7), 9));
                }
            }
        }
        for c in [
            '.',
            '!',
            '?',
            ',',
            '"',
            '“',
            '—',
            '\u{80000}',
            '\u{10FFFF}',
            '\u{FFFF}',
        ] {
            let t = sign(c, 5, 2);
            assert!(!t.is_word() && t.is_sign(c) && !t.cap() && !t.plain() && !t.is_verb());
            assert!(!t.has_cue());
            assert_eq!(t.is_mark(), super::super::is_mark_char(c), "{c:?}");
            assert_eq!(
                (t.punct(), t.cue(), t.class()),
                (Some(c), None, Class::default())
            );
            assert_eq!(t.ends_sentence(), matches!(c, '.' | '!' | '?'));
            assert_eq!((t.span, t.seg), (Span::new(5, 5 + c.len_utf8()), 2));
        }
    }

    #[test]
    fn general_punctuation_bits_are_the_sign_or_a_space() {
        for k in 0..64u32 {
            let c = char::from_u32(0x2000 + k).unwrap();
            let bytes = c.to_string().into_bytes();
            assert_eq!(bytes[..2], [0xE2, 0x80], "{c:?}");
            let bits = GENERAL_PUNCTUATION_TOKEN[usize::from(bytes[2] & 0x3F)];
            if c.is_whitespace() {
                assert_eq!(bits, 0, "{c:?}");
            } else {
                assert_eq!(bits, sign(c, 0, 0).bits, "{c:?}");
                assert!(!c.is_alphanumeric(), "{c:?}");
            }
        }
    }

    #[test]
    fn ascii_token_bits_are_the_class_or_the_sign() {
        for b in 0..128u8 {
            let c = char::from(b);
            let t = ASCII_TOKEN[usize::from(b)];
            if c.is_ascii_alphanumeric() {
                assert_eq!(t, u32::from(ALNUM), "{b}");
            } else if b == 0x0b {
                assert_eq!(t, VERTICAL_TAB, "{b}");
                assert!(t != u32::from(SPACE) && t != u32::from(ALNUM), "{b}");
                assert_eq!(t & (LISTED | SIGN_BIT), COLON_BIT, "{b}");
            } else if c.is_whitespace() {
                assert_eq!(t, u32::from(SPACE), "{b}");
            } else {
                // The sign as `sign` makes it, flags and all, and no class.
                let tok = sign(c, 0, 0);
                assert_eq!(t, tok.bits, "{b}");
                assert!(t != u32::from(SPACE) && t != u32::from(ALNUM), "{b}");
                assert_eq!(tok.punct(), Some(c));
                assert_eq!(tok.is_mark(), matches!(c, '"' | '\'' | '`'), "{b}");
                assert_eq!(tok.ends_sentence(), matches!(c, '.' | '!' | '?'), "{b}");
            }
        }
    }

    #[test]
    fn sign_bits_mark_quote_marks_and_sentence_ends() {
        // Every character a sign may be up to past the quote marks, and
        // the last ones: the bits answer as the character's tests do.
        for c in ('\0'..='\u{3000}').chain(['\u{FFFF}', '\u{10FFFF}']) {
            let t = sign(c, 0, 0);
            assert_eq!(t.punct(), Some(c));
            assert_eq!(t.ascii_sign(), c.is_ascii().then_some(c as u8), "{c:?}");
            assert!(t.is_sign(c) && !t.is_word());
            assert_eq!(t.is_mark(), super::super::is_mark_char(c), "{c:?}");
            assert_eq!(t.ends_sentence(), matches!(c, '.' | '!' | '?'), "{c:?}");
            assert!(!t.is_year_word(), "{c:?}");
        }
    }

    #[test]
    fn plain_bits_are_the_bits_of_a_plain_word() {
        let entry = words::lookup("said").pack();
        for b in 0..=255u8 {
            let want = Tok::word(Span::new(0, 1), 0, entry, b.is_ascii_uppercase(), true);
            assert_eq!(entry | PLAIN_BITS[usize::from(b)], want.bits, "{b}");
            assert_eq!(want.ascii_sign(), None);
            // The copy the tokenizer reads is the index's.
            assert_eq!(words::index().plain_bits(b), PLAIN_BITS[usize::from(b)]);
        }
    }

    #[test]
    fn abbreviations_are_sorted() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
    }
}
