//! News agencies: the built-in lexicon, user additions, and one-pass matching
//! of every name, alias and description in a text.
//!
//! The table itself lives in `agency/table.rs`, one agency a line.

use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::Span;
use crate::quote::Cut;
use crate::quote::token::Tok;
use crate::trim::trim_visible;

pub(crate) use first_runs::FIRST_RUNS;
pub(crate) use search::{
    builtin_pair_opens, builtin_run_opens, builtin_start_opens, builtin_triple_opens,
};
pub(crate) use second_runs::{
    ENDING_SECOND_RUNS, JOINED_SECOND_RUNS, PAIRED_FIRST_RUNS, SECOND_RUNS, THIRD_RUNS,
};
pub(crate) use spaced_first_runs::SPACED_FIRST_RUNS;

mod builtin_trie;
mod first_runs;
mod lowered;
mod name_ends;
mod search;
mod second_runs;
mod spaced_first_runs;
mod surface;
mod table;
mod trie;
mod unicode_keys;

// The look-up maps are keyed by the lexicon's own forms, fixed when it is
// built; the strings looked up only probe them and never add a key, so no
// text can make keys collide on purpose. SipHash's guard against that was
// most of a look-up's instructions: the maps use the Fx hash instead.
use lowered::Keys;
use name_ends::NameEnds;
use rustc_hash::FxBuildHasher as KeyHash;
use search::Forms;

/// A form of the lexicon as its build lists it: the form, its agency's
/// index, how it refers to the agency, whether it is searched for in
/// running text, and, for a form of the built-in table, its keys made when
/// compiling.
type Written = (Cow<'static, str>, usize, Form, bool, Option<Keys>);

/// Lowercased surface forms and the agencies they name
/// ([`Lexicon::surface`]), as a user's lexicon's build makes them.
type SurfaceMap = HashMap<Cow<'static, str>, (usize, Option<usize>), KeyHash>;

/// A lexicon's surface map ([`Lexicon::surface`]).
#[derive(Debug)]
enum Surface {
    /// The built-in lexicon's, made when compiling.
    Builtin(&'static surface::BuiltinSurface),
    /// A user's lexicon's, built with it.
    Built(SurfaceMap),
}

impl Surface {
    /// The agency of the form with look-up key `key`, and of the form
    /// searched in running text with it. (By the key's bytes, which the
    /// built-in table compares as bytes: a key made from an ASCII string
    /// is checked for UTF-8 only for a user's map.)
    fn get(&self, key: &[u8]) -> Option<(usize, Option<usize>)> {
        match self {
            Surface::Builtin(table) => table.get(key),
            Surface::Built(map) => map.get(std::str::from_utf8(key).ok()?).copied(),
        }
    }

    /// Every key with its entry, in no order.
    #[cfg(test)]
    fn entries(&self) -> Vec<(&str, (usize, Option<usize>))> {
        match self {
            Surface::Builtin(table) => table.entries().collect(),
            Surface::Built(map) => map.iter().map(|(k, e)| (k.as_ref(), *e)).collect(),
        }
    }

    /// Every key, in no order.
    #[cfg(test)]
    fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries().into_iter().map(|(k, _)| k)
    }
}

/// The built-in agencies' canonical names, in the table's order: the
/// built-in lexicon's [`Lexicon::name`]s.
static NAMES: [Cow<'static, str>; table::AGENCIES.len()] = {
    const UNNAMED: Cow<'static, str> = Cow::Borrowed("");
    let mut names = [UNNAMED; table::AGENCIES.len()];
    let mut i = 0;
    while i < names.len() {
        // Replaced rather than assigned: a `Cow` may own a string, and
        // dropping the one it replaces cannot run when compiling (a
        // borrowed one needs no drop).
        std::mem::forget(std::mem::replace(
            &mut names[i],
            Cow::Borrowed(table::AGENCIES[i].name),
        ));
        i += 1;
    }
    names
};

/// A news agency the parser should know besides the built-in ones.
///
/// The canonical name is what appears in [`Article::source_chain`](crate::Article::source_chain),
/// bylines and attributions; aliases are other names and abbreviations written
/// in text; descriptions are phrases that point to the agency without naming it
/// ("the island's official news agency").
///
/// # Examples
///
/// ```
/// let parser = newswire::Parser::new().agency(
///     newswire::Agency::new("Vietnam News Agency").alias("VNA").description("Hanoi's official news agency"),
/// );
/// let text = "HANOI, Aug. 15 (VNA) -- Officials met on Friday, Hanoi's official news agency said.";
/// let article = parser.parse(text);
/// assert_eq!(article.dateline.unwrap().agency.as_deref(), Some("Vietnam News Agency"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agency {
    name: String,
    aliases: Vec<String>,
    descriptions: Vec<String>,
}

impl Agency {
    /// An agency known by `name`.
    pub fn new(name: impl Into<String>) -> Agency {
        Agency {
            name: name.into(),
            aliases: Vec::new(),
            descriptions: Vec::new(),
        }
    }

    /// Another name or abbreviation the agency is written as.
    pub fn alias(mut self, alias: impl Into<String>) -> Agency {
        self.aliases.push(alias.into());
        self
    }

    /// A phrase that refers to the agency without naming it.
    pub fn description(mut self, phrase: impl Into<String>) -> Agency {
        self.descriptions.push(phrase.into());
        self
    }

    /// The canonical name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// How a mention refers to its agency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// The canonical name or an alias: "Yonhap News Agency", "KCNA".
    Name,
    /// A description: "Pyongyang's state media".
    Description,
}

/// One agency mention found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    pub span: Span,
    /// Index of the agency in its [`Lexicon`].
    pub agency: usize,
    pub form: Form,
}

/// The agencies a parser knows, compiled into one trie over every
/// surface form.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// The canonical names. (The built-in lexicon's are borrowed, as its
    /// other tables are: it is made when compiling, see
    /// [`Lexicon::builtin`].)
    names: Cow<'static, [Cow<'static, str>]>,
    /// For each searched pattern: agency index, form, and whether the
    /// pattern must match case exactly (acronyms such as "AP" or "ANI").
    /// (The built-in lexicon's are borrowed from where they were worked
    /// out when compiling: copied, they cost each process's set-up 9.6K
    /// instructions. A mention's look-up, which reads them through the
    /// `Cow`, measured no dearer over corpora/real.)
    patterns: Cow<'static, [(usize, Form, bool)]>,
    /// Lowercased surface forms, for exact look-ups of a whole string: the
    /// agency of any form so spelled, and of a form searched for in running
    /// text (not a tag). The first agency to claim a spelling keeps it.
    /// (Keyed by the table's keys made when compiling, and by keys made
    /// here for a user's forms and the few the compiler cannot lowercase.)
    surface: Surface,
    /// One bit per surface key's length and first, second and last bytes
    /// ([`shape_bit`]). Most strings looked up (credit lines, sign-offs,
    /// bylines) name no agency, and a clear bit says so before the string
    /// is hashed. (Held in place, as the other tables are: the built-in
    /// lexicon's are made when compiling, and read at an offset from the
    /// lexicon's own address rather than through a box's.)
    shapes: [u64; 1 << 10],
    /// Longest surface form, in bytes: longer strings are no agency.
    longest: usize,
    /// The endings of the keys [`Lexicon::lookup_name`] finds, by the
    /// classes of their last three bytes ([`NameEnds`]). Most paragraphs
    /// read for a sign-off ("... the US. PTI") are menu lines that end in
    /// no agency's name, and a clear bit says so before the line is read
    /// back for its last sentence. Every bit is set when such a key is
    /// shorter than two bytes, which the table cannot hold: then it rules
    /// nothing out.
    name_ends: NameEnds,
    /// Every form searched for in running text, compiled.
    searched: Forms,
    /// Whether this is the built-in lexicon ([`Lexicon::is_builtin`]).
    builtin: bool,
}

impl Lexicon {
    /// The built-in lexicon, made when compiling: its surface map and
    /// gates (`surface.rs`), patterns (`lowered::PATTERNS`), trie
    /// (`builtin_trie.rs`) and openings are all worked out then, and a
    /// test compares it with the lexicon [`Lexicon::new`] builds of the
    /// table. (Built once a process into a once-cell, it cost each
    /// process's set-up some 270K instructions: the surface map's entries,
    /// and two copies of the openings' 76 KB tables, from their constant
    /// into the lexicon and from there into the cell.)
    pub(crate) fn builtin() -> &'static Lexicon {
        static BUILTIN: Lexicon = Lexicon {
            names: Cow::Borrowed(&NAMES),
            patterns: Cow::Borrowed(lowered::PATTERNS.patterns()),
            surface: Surface::Builtin(&surface::BUILTIN_SURFACE),
            shapes: surface::BUILTIN_SURFACE.shapes,
            longest: surface::BUILTIN_SURFACE.longest,
            name_ends: surface::BUILTIN_SURFACE.name_ends,
            searched: Forms::builtin(),
            builtin: true,
        };
        &BUILTIN
    }

    /// The agencies' canonical names, built-in and `extra`, and every form
    /// of the lexicon: the forms as written, how many they are, and then
    /// the spellings with typographic apostrophes of those searched.
    fn list(extra: &[Agency]) -> (Vec<Cow<'static, str>>, Vec<Written>, usize) {
        let mut names: Vec<Cow<'static, str>> =
            Vec::with_capacity(table::AGENCIES.len() + extra.len());
        // Every form, with whether it may be searched for in running text.
        // The table's forms are borrowed, not copied: most are never
        // changed.
        // Sized once: a user's forms are counted twice, for a curly
        // spelling each may have.
        let extra_forms: usize = extra
            .iter()
            .map(|a| 1 + a.aliases.len() + a.descriptions.len())
            .sum();
        let mut forms: Vec<Written> = Vec::with_capacity(lowered::SPELLINGS + 2 * extra_forms);
        // The table's forms' keys, made when compiling, in the order the
        // entries give their forms.
        let mut lowered = lowered::LOWERED.iter().map(Keys::Table);
        for (i, e) in table::AGENCIES.iter().enumerate() {
            names.push(Cow::Borrowed(e.name));
            for k in 0..lowered::form_count(e) {
                let s = lowered::form(e, k);
                let keys = lowered.next();
                let Some((form, searched)) = lowered::listing(e, k) else {
                    continue;
                };
                forms.push((Cow::Borrowed(s), i, form, searched, keys));
            }
        }
        for a in extra {
            let i = match names.iter().position(|n| *n == a.name) {
                Some(i) => i,
                None => {
                    names.push(Cow::Owned(a.name.clone()));
                    names.len() - 1
                }
            };
            let owned = |x: &String| Cow::Owned(x.clone());
            forms.push((owned(&a.name), i, Form::Name, true, None));
            forms.extend(
                a.aliases
                    .iter()
                    .map(|x| (owned(x), i, Form::Name, true, None)),
            );
            forms.extend(
                a.descriptions
                    .iter()
                    .map(|x| (owned(x), i, Form::Description, true, None)),
            );
        }
        // `s.trim().is_empty()`, told by the first character that is not
        // white space rather than by trimming both ends of every form.
        forms.retain(|(s, ..)| !s.chars().all(char::is_whitespace));
        // The forms as written, before the curly apostrophes below: those
        // add nothing to the look-ups (see `surface`).
        let written = forms.len();
        // Pages write the possessive with a typographic apostrophe as often
        // as with a straight one.
        // The table's forms have theirs made when compiling, with their keys.
        for k in 0..written {
            let (s, i, f, searched, keys) = &forms[k];
            if !searched {
                continue;
            }
            let curly = match keys {
                Some(Keys::Table(keys)) => match &keys.curly {
                    Some(c) => (Cow::Borrowed(c.form), *i, *f, true, Some(Keys::Curly(c))),
                    None => continue,
                },
                // Only the forms as written are read here: a curly
                // spelling comes after them.
                Some(Keys::Curly(_)) => continue,
                None if s.contains('\'') => {
                    let curly = with_curly_apostrophes(s);
                    (Cow::Owned(curly), *i, *f, true, None)
                }
                None => continue,
            };
            forms.push(curly);
        }
        (names, forms, written)
    }

    /// The built-in agencies plus `extra`; an extra agency with a built-in
    /// canonical name adds its forms to that agency. (With no `extra`, the
    /// lexicon [`Lexicon::builtin`] is made as when compiling: the tests
    /// compare the two.)
    pub(crate) fn new(extra: &[Agency]) -> Lexicon {
        let (names, forms, written) = Lexicon::list(extra);
        let (surface, longest) = surface_of(&forms, written);
        let (patterns, unique) = patterns_of(&forms);
        let mut shapes = [0; 1 << 10];
        for key in surface.keys() {
            mark_shape(&mut shapes, key.as_bytes());
        }
        let mut name_ends = NameEnds::unread();
        let mut short_name = false;
        for key in surface
            .iter()
            .filter(|(_, e)| e.1.is_some())
            .map(|(k, _)| k)
        {
            short_name |= !name_ends.mark(key.as_bytes());
        }
        let name_ends = if short_name {
            NameEnds::full()
        } else {
            name_ends
        };
        // The searched forms, one a pattern.
        let searched: Vec<&str> = unique.iter().map(|&k| forms[k].0.as_ref()).collect();
        Lexicon {
            names: Cow::Owned(names),
            patterns: Cow::Owned(patterns),
            surface: Surface::Built(surface),
            shapes,
            longest,
            name_ends,
            searched: Forms::new(&searched),
            builtin: false,
        }
    }

    /// Whether this is the built-in lexicon, whose forms' first runs the
    /// quote stage's tokenizer marks, so that its search may read a
    /// story's tokens. Told by a flag, not by comparing addresses: where
    /// the compiler learnt that the lexicon is the `static` one, it read
    /// the search's tables at their fixed address, a load of the address
    /// for each (the relays +30K instructions over corpora/real), where it
    /// reads them at an offset from the lexicon's pointer.
    pub(crate) fn is_builtin(&self) -> bool {
        self.builtin
    }

    /// The canonical name of agency `i`.
    pub(crate) fn name(&self, i: usize) -> &Cow<'static, str> {
        &self.names[i]
    }

    /// The agency whose name, alias or description is exactly `s` (case
    /// aside, surrounding space and a leading "the" ignored).
    pub(crate) fn lookup(&self, s: &str) -> Option<usize> {
        self.entry(s).map(|e| e.0)
    }

    /// Like [`Lexicon::lookup`], but not by a tag: for a lone word on a line,
    /// where "RSS" is a menu item rather than Nepal's agency.
    pub(crate) fn lookup_name(&self, s: &str) -> Option<usize> {
        self.entry(s).and_then(|e| e.1)
    }

    /// Whether a string ending as `s` ends may be one [`Lexicon::lookup_name`]
    /// finds: false says that no string whose last three bytes are those of
    /// `s` (ASCII case aside, and read by their classes, [`NameEnds`]) is
    /// one, nor are `s`'s last two bytes when a byte that is no letter or
    /// digit comes before them (a sign-off's last words after a mark:
    /// ".AP"). A string shorter than three bytes, one ending in a byte that
    /// is not visible ASCII, or with a byte outside ASCII in its last three,
    /// may be a name.
    ///
    /// `s` may be bytes: only its last three are read, and a caller may ask
    /// before it cuts a text on character boundaries.
    #[inline]
    pub(crate) fn may_end_name(&self, s: &(impl AsRef<[u8]> + ?Sized)) -> bool {
        self.name_ends.may_end(s.as_ref())
    }

    fn entry(&self, s: &str) -> Option<(usize, Option<usize>)> {
        // Asked of pieces that are nearly all trimmed already (855 over
        // corpora/real in the byline stage): they are told so from their
        // end bytes, where the trim decoded a character at each end.
        let s = trim_visible(s);
        if s.is_empty() || s.len() > self.longest + "the ".len() {
            return None;
        }
        // Most look-ups are of short ASCII strings: their key is made in a
        // stack buffer rather than in two new Strings, and only once the
        // key's shape, read from the string itself, has not ruled it out,
        // as it does most strings looked up (credit lines, bylines).
        let mut buf = [0u8; 64];
        if s.is_ascii() && s.len() <= buf.len() {
            let bytes = s.as_bytes();
            let body = match bytes.get(..4) {
                Some(the) if the.eq_ignore_ascii_case(b"the ") => &bytes[4..],
                _ => bytes,
            };
            if !search::get(&self.shapes, shape_bit(body)) {
                return None;
            }
            let key = &mut buf[..body.len()];
            key.copy_from_slice(body);
            key.make_ascii_lowercase();
            return self.surface.get(key);
        }
        self.unicode_entry(s)
    }

    /// [`Lexicon::entry`] of a trimmed `s` with a byte outside ASCII (a
    /// story's last line, "© 2019 NBC UNIVERSAL"): its key made in a stack
    /// buffer too, a character at a time, rather than in the two Strings
    /// `lookup_key` makes and frees (about 1,200 instructions a look-up),
    /// and ruled out by its shape as short ASCII strings are. Out of line,
    /// as these are few: its larger buffer does not grow the frame of the
    /// ASCII look-ups.
    #[inline(never)]
    fn unicode_entry(&self, s: &str) -> Option<(usize, Option<usize>)> {
        let mut buf = [0u8; 128];
        match unicode_key(s, &mut buf) {
            Some(key) if !search::get(&self.shapes, shape_bit(key)) => None,
            Some(key) => self.surface.get(key),
            None => self.surface.get(lookup_key(s).as_bytes()),
        }
    }

    /// Every agency mention in `text[within]`, left to right, whole words only.
    /// A name broken over two lines ("the New China News\nAgency") is
    /// found too.
    pub(crate) fn mentions(&self, text: &str, within: Span) -> Vec<Mention> {
        let mut out = Vec::new();
        self.mentions_into(text, within, &mut out);
        out
    }

    /// [`Lexicon::mentions`], appended to `out`: one list serves every
    /// paragraph of a page.
    pub(crate) fn mentions_into(&self, text: &str, within: Span, out: &mut Vec<Mention>) {
        self.push_mentions(text, within, out);
    }

    /// The body of [`Lexicon::mentions_into`]. Its search
    /// ([`Lexicon::push_mentions_in`]) is always inlined, so that
    /// [`ParagraphMentions::new`] runs it in its own loop over an article's
    /// paragraphs: a call for each paragraph loaded the search's tables and
    /// the trie's pointers again (and saved most of them on the stack)
    /// before reading a word.
    #[inline(always)]
    fn push_mentions(&self, text: &str, within: Span, out: &mut Vec<Mention>) {
        let Some(hay) = text.get(within.start..within.end) else {
            return;
        };
        self.push_mentions_in(hay.as_bytes(), within.start, out);
    }

    /// [`Lexicon::push_mentions`] in `bytes`, which are the text's from
    /// byte `start` on: a span's text, sliced by the caller.
    #[inline(always)]
    fn push_mentions_in(&self, bytes: &[u8], start: usize, out: &mut Vec<Mention>) {
        // A name broken over two lines is found: the search reads line
        // breaks and tabs as spaces.
        self.searched.at_word_starts(bytes, |s, e, pattern| {
            self.push_match(bytes, start, (s, e, pattern), out);
        });
    }

    /// [`Lexicon::push_mentions_in`] on the paragraph's tokens, as the
    /// quote stage's tokenizer cut them (see `search::Forms::at_tokens`):
    /// the same mentions. Only for the built-in lexicon.
    #[inline(always)]
    fn push_mentions_on(
        &self,
        bytes: &[u8],
        start: usize,
        tokens: &[Tok],
        words: &[usize],
        out: &mut Vec<Mention>,
    ) {
        debug_assert!(std::ptr::eq(self, Lexicon::builtin()));
        self.searched
            .at_tokens(bytes, start, tokens, words, |s, e, pattern| {
                self.push_match(bytes, start, (s, e, pattern), out);
            });
    }

    /// Pushes the mention of the search's match `(s, e, pattern)` in
    /// `bytes`, which start at byte `start` of the text, unless its form
    /// must match case exactly and does not.
    #[inline(always)]
    fn push_match(
        &self,
        bytes: &[u8],
        start: usize,
        (s, e, pattern): (usize, usize, usize),
        out: &mut Vec<Mention>,
    ) {
        let (agency, form, exact_case) = self.patterns[pattern];
        if exact_case && bytes[s..e].iter().any(u8::is_ascii_lowercase) {
            return;
        }
        out.push(Mention {
            span: Span::new(s, e).shift(start),
            agency,
            form,
        });
    }
}

/// The agency mentions of each paragraph the stages read, found once per
/// article: the relays and the quotes' speakers both look for agencies in
/// the body, and the search reads every word of it.
#[derive(Debug, Default)]
pub(crate) struct ParagraphMentions {
    /// Each paragraph's span and the range of its mentions in `mentions`,
    /// in text order.
    paragraphs: Vec<(Span, std::ops::Range<usize>)>,
    mentions: Vec<Mention>,
    /// Found by [`ParagraphMentions::of_body_segments`]: the paragraphs
    /// are the cut's segments but its others, which every reader holds
    /// (the relays and the quotes), and `paragraphs` is empty.
    on_cut: bool,
}

impl ParagraphMentions {
    /// The mentions of every paragraph in `spans` (in text order), each
    /// searched as bytes. [`ParagraphMentions::of_body_segments`] finds the
    /// body's on the quote stage's tokens.
    ///
    /// Out of line, so that the search inlined in its loop keeps its
    /// tables in registers rather than sharing them with its caller's.
    #[inline(never)]
    pub(crate) fn new(
        text: &str,
        lexicon: &Lexicon,
        spans: impl Iterator<Item = Span>,
    ) -> ParagraphMentions {
        let mut out = ParagraphMentions::with_room(spans.size_hint().1.unwrap_or(0));
        for span in spans {
            let from = out.mentions.len();
            // A paragraph is a run of the layout's trimmed lines, so its
            // span sits on character boundaries, and its bytes are its
            // text: sliced as bytes, not by `str::get`, whose tests of both
            // boundaries cost about twelve instructions a paragraph.
            debug_assert!(text.get(span.range()).is_some(), "{span:?}");
            if let Some(hay) = text.as_bytes().get(span.range()) {
                lexicon.push_mentions_in(hay, span.start, &mut out.mentions);
            }
            out.paragraphs.push((span, from..out.mentions.len()));
        }
        out
    }

    /// Empty lists with room for `paragraphs` paragraphs: those the last
    /// story on this thread left, when it left them (two allocations a
    /// story, and more as the mentions' list grew).
    fn with_room(paragraphs: usize) -> ParagraphMentions {
        let MentionsSpare {
            paragraphs: mut spans,
            mut mentions,
        } = crate::scratch::take().unwrap_or_default();
        // Room for every paragraph at once, rather than a list doubling
        // as they come.
        crate::scratch::refill(&mut spans, paragraphs);
        mentions.clear();
        ParagraphMentions {
            paragraphs: spans,
            mentions,
            on_cut: false,
        }
    }

    /// The mentions of the body's paragraphs (`Layout::body`), which are
    /// the segments of `cut` but the headline and its repeats
    /// ([`Cut::others`]), searched on their tokens with the built-in
    /// lexicon: most of their words are passed over on a bit the tokenizer
    /// set, where the search of their bytes ([`ParagraphMentions::new`])
    /// cut every word again. The words of all the segments are searched in
    /// one loop (`search::Forms::at_segment_tokens`): a loop a paragraph,
    /// slicing its words and bytes and setting the search up again, took
    /// about eighty instructions a paragraph, most of the 1,641 over
    /// corpora/real holding no mention (attribution and pipeline 22K
    /// instructions fewer). No list of the paragraphs is kept: the readers
    /// hold the cut, and walk its segments with the mentions.
    ///
    /// Out of line, as `new` is.
    #[inline(never)]
    pub(crate) fn of_body_segments(text: &str, cut: &Cut) -> ParagraphMentions {
        // Read where the built-in lexicon, a `static`, is: the search's
        // tables at an address known when compiling
        // (`search::Forms::at_tokens`), which took 4K instructions fewer
        // over corpora/real than through the caller's pointer.
        let lexicon = Lexicon::builtin();
        let mut out = ParagraphMentions::with_room(0);
        out.on_cut = true;
        let (segments, bytes, tokens) = (cut.segments(), text.as_bytes(), cut.tokens());
        let mentions = &mut out.mentions;
        for words in cut.body_agency_words() {
            lexicon
                .searched
                .at_segment_tokens(bytes, segments, tokens, words, |s, e, pattern| {
                    lexicon.push_match(bytes, 0, (s, e, pattern), mentions);
                });
        }
        out
    }

    /// The paragraphs searched, in text order, each with the range of its
    /// mentions ([`ParagraphMentions::mentions_in`]): for a caller that
    /// reads every paragraph in turn, which needs no [`MentionReader`]
    /// look-up of each (about thirty instructions a paragraph), and can
    /// pass over those with no mention in a loop of its own, on their
    /// ranges alone.
    pub(crate) fn paragraphs(&self) -> &[(Span, std::ops::Range<usize>)] {
        &self.paragraphs
    }

    /// The mentions of the paragraph whose range in the list of them is
    /// `range`, as [`ParagraphMentions::paragraphs`] gives it.
    pub(crate) fn mentions_in(&self, range: &std::ops::Range<usize>) -> &[Mention] {
        // Most paragraphs name no agency: theirs is the empty list, with
        // no slicing checked against the list's length.
        if range.is_empty() {
            &[][..]
        } else {
            self.mentions.get(range.clone()).unwrap_or_default()
        }
    }

    /// Every paragraph's mentions, in text order.
    pub(crate) fn all(&self) -> &[Mention] {
        &self.mentions
    }

    /// How many mentions the paragraphs have in all: what a reader's
    /// caller gathering them all reserves room for.
    pub(crate) fn count(&self) -> usize {
        self.mentions.len()
    }

    /// A reader of the mentions paragraph by paragraph, for spans asked
    /// for in text order.
    pub(crate) fn reader(&self) -> MentionReader<'_> {
        MentionReader {
            found: self,
            next: 0,
            last_searched: None,
            last_mentions: Vec::new(),
        }
    }
}

impl Drop for ParagraphMentions {
    fn drop(&mut self) {
        // An empty value (`Relays::default()`'s) would only take the place
        // of lists worth keeping.
        if self.paragraphs.capacity() > 0 || self.mentions.capacity() > 0 {
            crate::scratch::give(MentionsSpare {
                paragraphs: std::mem::take(&mut self.paragraphs),
                mentions: std::mem::take(&mut self.mentions),
            });
        }
    }
}

/// The lists of a [`ParagraphMentions`], kept for the next story read on
/// the thread (`crate::scratch`).
#[derive(Debug, Default)]
pub(crate) struct MentionsSpare {
    paragraphs: Vec<(Span, std::ops::Range<usize>)>,
    mentions: Vec<Mention>,
}

impl MentionsSpare {
    /// The bytes its lists hold room for.
    pub(crate) fn bytes(&self) -> usize {
        crate::scratch::bytes(&self.paragraphs) + crate::scratch::bytes(&self.mentions)
    }
}

/// Reads [`ParagraphMentions`] forward: each look-up starts where the last
/// one stopped, rather than searching all the paragraphs again.
#[derive(Debug)]
pub(crate) struct MentionReader<'m> {
    found: &'m ParagraphMentions,
    /// The first paragraph not before the last span asked for, or the one
    /// after it when that span was the paragraph itself.
    next: usize,
    /// The last span searched afresh, and its mentions: the headline and
    /// the repeats of it a page shows (a title bar, a related-stories
    /// list) are not paragraphs, and come one after another among the
    /// spans searched afresh, so a repeat is not searched again.
    last_searched: Option<Span>,
    last_mentions: Vec<Mention>,
}

impl<'m> MentionReader<'m> {
    /// The mentions within `span`: those already found when `span` is one
    /// of the paragraphs, else a fresh search (a paragraph cut short by the
    /// dateline, a headline). A fresh search is what `Lexicon::mentions`
    /// returns for the span, so callers see the same either way. Spans
    /// asked for out of text order are searched afresh too, unless their
    /// text equals the last span's searched afresh. `text` is the text the
    /// paragraphs were searched in, at every call.
    ///
    /// Inlined into the loop that asks for every paragraph (the relays'),
    /// with the fresh search kept out of line: a call cost about as much
    /// as the look-up of a paragraph found already. (The quotes, which
    /// gather every segment's, ask [`Self::extend_within`].)
    #[inline]
    pub(crate) fn within(
        &mut self,
        text: &str,
        lexicon: &Lexicon,
        span: Span,
    ) -> Cow<'m, [Mention]> {
        let paragraphs = &self.found.paragraphs;
        while paragraphs
            .get(self.next)
            .is_some_and(|(p, _)| p.start < span.start)
        {
            self.next += 1;
        }
        match paragraphs.get(self.next) {
            Some((p, range)) if *p == span => {
                // The next span asked for is most often the next paragraph:
                // the reader waits there, so that the loop above does not
                // step over this one at every paragraph. (The same span
                // asked for again at once is searched afresh: no caller
                // asks so.)
                self.next += 1;
                Cow::Borrowed(&self.found.mentions[range.clone()])
            }
            _ => Cow::Owned(self.search(text, lexicon, span)),
        }
    }

    /// The mentions within each of `spans` (in text order), one span's
    /// after another's, appended to `out`: what appending [`Self::within`]
    /// of each span gives.
    ///
    /// The paragraphs' mentions lie in one list in text order, so those
    /// of paragraphs asked for one after another are one slice of it: a
    /// run of them is copied at once when a span is searched afresh or at
    /// the end, where copying each paragraph's slice cost a call and its
    /// tests for every paragraph, most of which have no mention.
    ///
    /// With the story's tokens (`cut`), `spans` are its segments
    /// ([`Cut::segments`]), span `i` segment `i`: with the built-in
    /// lexicon, a segment that is no paragraph (the headline and its
    /// repeats, 163 over corpora/real) is then searched on its tokens, as
    /// the relays search the paragraphs ([`ParagraphMentions::new`]),
    /// where the search of its bytes cut every word again; a repeat of the
    /// segment searched last takes its mentions (see `search_into`).
    pub(crate) fn extend_within(
        &mut self,
        text: &str,
        lexicon: &Lexicon,
        spans: &[Span],
        cut: Option<&Cut>,
        out: &mut Vec<Mention>,
    ) {
        debug_assert!(cut.is_none_or(|c| c.segments() == spans));
        if let Some(whole) = cut
            && self.next == 0
            && (self.found.on_cut || whole.paragraphs() == self.found.paragraphs.len())
        {
            self.extend_around_paragraphs(text, lexicon, whole, out);
            return;
        }
        let cut = cut.filter(|_| lexicon.is_builtin());
        let found = self.found;
        // The slice of `found.mentions` gathered and not yet copied.
        let mut run = 0..0;
        for (i, &span) in spans.iter().enumerate() {
            while found
                .paragraphs
                .get(self.next)
                .is_some_and(|(p, _)| p.start < span.start)
            {
                self.next += 1;
            }
            match found.paragraphs.get(self.next) {
                // As in `within`: the reader waits at the next paragraph.
                Some((p, range)) if *p == span => {
                    self.next += 1;
                    if run.end == range.start {
                        run.end = range.end;
                    } else {
                        out.extend_from_slice(&found.mentions[run]);
                        run = range.clone();
                    }
                }
                _ => {
                    out.extend_from_slice(&found.mentions[run]);
                    run = 0..0;
                    self.search_into(text, lexicon, span, cut.map(|c| (c, i)), out);
                }
            }
        }
        out.extend_from_slice(&found.mentions[run]);
    }

    /// [`Self::extend_within`] of a cut's segments when its paragraphs are
    /// the paragraphs searched: the relays search the story's paragraphs
    /// (`attribution::story_paragraphs`) of the layout the cut was made
    /// from, of which the segments are the body's, and the two lists are
    /// the same when they are as many (the one is the other or holds it).
    /// The mentions of the paragraphs are then copied in one run up to each
    /// segment that is none (the headline and its repeats, one or two a
    /// story), at the places the cut kept for them ([`Cut::others`]), and
    /// that segment searched afresh, as the walk over every segment would:
    /// the walk cost some 22 instructions a segment (40K over
    /// corpora/real's 1,800) to find those few, and the quote stage runs
    /// 31K fewer.
    ///
    /// With `k` segments that are no paragraph before it, segment `i` is
    /// paragraph `i - k` up to the next that is none.
    fn extend_around_paragraphs(
        &mut self,
        text: &str,
        lexicon: &Lexicon,
        cut: &Cut,
        out: &mut Vec<Mention>,
    ) {
        let found = self.found;
        let spans = cut.segments();
        let searched = Some(cut).filter(|_| lexicon.is_builtin());
        // The mentions copied so far.
        let mut copied = 0;
        for &place in cut.others() {
            let at = place as usize;
            let Some(&span) = spans.get(at) else { break };
            // The mentions of the paragraphs before it: those starting
            // before it, as no mention is in it.
            let upto = found
                .mentions
                .partition_point(|m| m.span.start < span.start);
            out.extend_from_slice(found.mentions.get(copied..upto).unwrap_or_default());
            copied = upto.max(copied);
            self.search_into(text, lexicon, span, searched.map(|c| (c, at)), out);
        }
        out.extend_from_slice(found.mentions.get(copied..).unwrap_or_default());
        self.next = found.paragraphs.len();
    }

    /// What `Lexicon::mentions` gives for `span`, reusing the last fresh
    /// search when its text was the same.
    ///
    /// Why reuse is exact: `Lexicon::mentions_into` hands the search only
    /// the bytes `text[span]` (the search keeps no state from one call to
    /// the next, and reads no byte before or after the slice), and gives
    /// each mention at its offset in that slice plus `span.start`. So two
    /// spans with equal text have the same mentions (agency, form) at the
    /// same offsets from their starts: the earlier span's mentions, moved
    /// by the difference of the starts, are the fresh search's. (The
    /// search of a segment's tokens finds what the search of its bytes
    /// finds, so the same holds after it.)
    ///
    /// Out of line: a few spans a page come here (see `within`).
    #[inline(never)]
    fn search(&mut self, text: &str, lexicon: &Lexicon, span: Span) -> Vec<Mention> {
        let mut found = Vec::new();
        self.search_into(text, lexicon, span, None, &mut found);
        found
    }

    /// [`Self::search`], appended to `out`: the quotes' gathering
    /// ([`Self::extend_within`]) takes a fresh search's mentions straight
    /// into its list, where a list made for them was copied and freed (a
    /// headline naming an agency, and each repeat of it, cost an
    /// allocation and its release).
    ///
    /// With `segment`, the cut and the segment that `span` is, which the
    /// built-in `lexicon` searches on its tokens ([`search_segment`]): a
    /// repeat of the headline is still taken from the last search, whose
    /// mentions moved cost about half the search of its tokens.
    fn search_into(
        &mut self,
        text: &str,
        lexicon: &Lexicon,
        span: Span,
        segment: Option<(&Cut, usize)>,
        out: &mut Vec<Mention>,
    ) {
        let Some(hay) = text.get(span.range()) else {
            // `Lexicon::mentions` finds nothing in a span outside the text.
            return;
        };
        if let Some(last) = self.last_searched
            && text.get(last.range()) == Some(hay)
        {
            out.extend(self.last_mentions.iter().map(|m| Mention {
                span: Span::new(
                    m.span.start - last.start + span.start,
                    m.span.end - last.start + span.start,
                ),
                ..*m
            }));
            return;
        }
        // One list kept for the last search, and a copy appended to
        // `out`: a search that finds nothing allocates nothing.
        self.last_mentions.clear();
        match segment {
            Some((cut, i)) => search_segment(text, lexicon, cut, i, &mut self.last_mentions),
            None => lexicon.mentions_into(text, span, &mut self.last_mentions),
        }
        self.last_searched = Some(span);
        out.extend_from_slice(&self.last_mentions);
    }
}

/// The mentions within the segment `i` of `cut`, which is no paragraph,
/// found on its tokens with the built-in `lexicon`, appended to `out`: what
/// `Lexicon::mentions` gives for its span. Out of line, as the fresh search
/// of [`MentionReader::search_into`] is: a few segments a page come here.
#[inline(never)]
fn search_segment(text: &str, lexicon: &Lexicon, cut: &Cut, i: usize, out: &mut Vec<Mention>) {
    let span = cut.segments()[i];
    // A segment is a paragraph or a line the layout trimmed, so its span
    // sits on character boundaries, as a paragraph's does (see
    // `ParagraphMentions::new`).
    debug_assert!(text.get(span.range()).is_some(), "{span:?}");
    if let Some(hay) = text.as_bytes().get(span.range()) {
        let (tokens, words) = (cut.tokens(), cut.agency_words(i));
        lexicon.push_mentions_on(hay, span.start, tokens, words, out);
    }
}

/// The form a surface string is compared in: trimmed, lowercase, without a
/// leading article ("the North's media" and "North's media" are one key).
fn lookup_key(s: &str) -> String {
    // Nearly every form, and most strings looked up, opens and closes with
    // a visible ASCII byte: told so from those bytes, not by a trim that
    // decodes a character at each end (about 50 instructions a form).
    let s = trim_visible(s);
    // Most forms are ASCII: lowercased in one copy, with no apostrophe to
    // replace.
    let mut lower = if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase().replace('\u{2019}', "'")
    };
    if lower.starts_with("the ") {
        lower.replace_range(.."the ".len(), "");
    }
    lower
}

/// [`lookup_key`] of `s`, trimmed already, made in `buf` rather than in
/// new Strings: each character lowercased by itself, the curly apostrophe
/// made straight, a leading "the " dropped. `None` when the key would not
/// fit in `buf`, or when `s` holds a capital sigma, the one letter whose
/// lowercase in a string (`str::to_lowercase`) depends on the letters
/// around it (a word's last is "ς"): the caller makes those keys with
/// `lookup_key`.
fn unicode_key<'b>(s: &str, buf: &'b mut [u8]) -> Option<&'b [u8]> {
    let mut len = 0;
    for c in s.chars() {
        // Most of such a string's characters are ASCII, lowercased in place
        // of a look-up in Unicode's tables.
        if c.is_ascii() {
            *buf.get_mut(len)? = (c as u8).to_ascii_lowercase();
            len += 1;
            continue;
        }
        if c == '\u{3a3}' {
            return None;
        }
        for lower in c.to_lowercase() {
            let lower = if lower == '\u{2019}' { '\'' } else { lower };
            let out = buf.get_mut(len..len + lower.len_utf8())?;
            lower.encode_utf8(out);
            len += lower.len_utf8();
        }
    }
    let key = &buf[..len];
    Some(key.strip_prefix(b"the ").unwrap_or(key))
}

/// The surface map of a lexicon's list of forms, of which the first
/// `written` are the forms as written, and its longest form's length.
fn surface_of(forms: &[Written], written: usize) -> (SurfaceMap, usize) {
    let mut surface: SurfaceMap = HashMap::with_capacity_and_hasher(forms.len(), KeyHash);
    // A curly form's key is its straight form's (`lookup_key` makes
    // the apostrophe straight), and the straight form, searched too,
    // came first: the curly forms would change no entry, and their
    // keys, lowercased with Unicode's rules, cost more than all the
    // others.
    for (s, i, _, searched, keys) in &forms[..written] {
        claim(&mut surface, keys.and_then(Keys::surface), s, *i, *searched);
    }
    let longest = forms.iter().fold(0, |longest, f| longer(longest, &f.0));
    (surface, longest)
}

/// Enters form `s` of agency `i` in `surface` by its look-up key, made
/// when compiling (`made`) or here: the first agency to claim a spelling
/// keeps it, and the first to claim it with a form searched in running
/// text is its name's.
fn claim(surface: &mut SurfaceMap, made: Option<&'static str>, s: &str, i: usize, searched: bool) {
    let key = match made {
        Some(key) => Cow::Borrowed(key),
        None => Cow::Owned(lookup_key(s)),
    };
    let entry = surface.entry(key).or_insert((i, None));
    if searched && entry.1.is_none() {
        entry.1 = Some(i);
    }
}

/// The greater of `longest` and form `s`'s trimmed length. A form trimmed
/// is no longer than it was: only a form longer than the longest so far is
/// trimmed to be measured (12 of the built-in lexicon's 650).
fn longer(longest: usize, s: &str) -> usize {
    if s.len() > longest {
        longest.max(s.trim().len())
    } else {
        longest
    }
}

/// `s` with each straight apostrophe made typographic ('\u{2019}'): what
/// `s.replace('\'', "\u{2019}")` gives, copied piece by piece between the
/// apostrophes memchr finds. `replace` runs a general pattern search, which
/// cost about 950 instructions a form for the hundred-odd forms the lexicon
/// builds per process.
fn with_curly_apostrophes(s: &str) -> String {
    // Room for one apostrophe made three bytes, as most forms have.
    let mut out = String::with_capacity(s.len() + 2);
    let mut from = 0;
    for at in memchr::memchr_iter(b'\'', s.as_bytes()) {
        // An ASCII byte is a whole character: `at` and `at + 1` are
        // boundaries.
        out.push_str(&s[from..at]);
        out.push('\u{2019}');
        from = at + 1;
    }
    out.push_str(&s[from..]);
    out
}

/// A surface key's length and first, second and last bytes as a bit index
/// into [`Lexicon::shapes`]. The bytes read are folded here, each with its
/// bit 5 set, so that an ASCII string gives its key's bit before its key is
/// made: an ASCII letter is lowercased so, as its key has it. (The fold
/// also makes a few signs equal to others, '@' to '`' and '[' to '{': the
/// gate only says which strings may be keys, and passes a few more. An
/// `or` a byte, where the lowercasing's compare and select cost about 15
/// instructions over the three, 6K over corpora/real.)
const fn shape_bit(key: &[u8]) -> usize {
    const fn byte(b: Option<&u8>) -> u64 {
        match b {
            Some(b) => (*b | 0x20) as u64,
            None => 0,
        }
    }
    let second = match key {
        [_, b, ..] => Some(b),
        _ => None,
    };
    let shape =
        (key.len() as u64) << 24 | byte(key.first()) << 16 | byte(second) << 8 | byte(key.last());
    (shape.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

/// Marks key `key`'s bit ([`shape_bit`]) in [`Lexicon::shapes`]. (A
/// `const fn`, as the built-in lexicon's tables are made when compiling.)
const fn mark_shape(shapes: &mut [u64; 1 << 10], key: &[u8]) {
    search::set(shapes, shape_bit(key));
}

/// The patterns of a lexicon's list of forms, and each one's first form,
/// by its index in the list: the searched forms, one for each pattern key.
/// (The built-in lexicon's are worked out when compiling,
/// `lowered::PATTERNS`, the same way.)
fn patterns_of(forms: &[Written]) -> (Vec<(usize, Form, bool)>, Vec<usize>) {
    // The trie ignores ASCII case, so forms equal but for case are
    // one pattern; it must match case exactly only when every spelling
    // of it is an acronym ("AP"), not when one is a word ("Tass").
    let mut patterns: Vec<(usize, Form, bool)> = Vec::with_capacity(forms.len());
    // The searched forms lowercased, in one buffer rather than a string
    // each, and each pattern's index by its lowercase key, a slice of it:
    // the forms that the table's keys made when compiling do not cover
    // (a user's, the curly apostrophes').
    let made_here = forms.iter().filter(|f| f.4.is_none()).map(|f| f.0.len());
    let mut lower = String::with_capacity(made_here.sum());
    let mut ends: Vec<usize> = Vec::with_capacity(forms.len());
    for (s, _, _, searched, keys) in forms {
        if *searched && keys.is_none() {
            lower.push_str(s);
        }
        ends.push(lower.len());
    }
    lower.make_ascii_lowercase();
    let mut keys: HashMap<&str, usize, KeyHash> =
        HashMap::with_capacity_and_hasher(forms.len(), KeyHash);
    let mut unique: Vec<usize> = Vec::with_capacity(forms.len());
    let mut start = 0;
    for (k, (s, i, f, searched, table_keys)) in forms.iter().enumerate() {
        let made = &lower[start..ends[k]];
        start = ends[k];
        if !searched {
            continue;
        }
        let key = table_keys.map_or(made, |t| t.pattern());
        match keys.entry(key) {
            Entry::Occupied(p) => patterns[*p.get()].2 &= is_acronym(s),
            Entry::Vacant(v) => {
                v.insert(patterns.len());
                patterns.push((*i, *f, is_acronym(s)));
                unique.push(k);
            }
        }
    }
    (patterns, unique)
}

/// An all-capitals abbreviation, which must match case exactly so that "AP"
/// does not match "ap" and "ANI" does not match "Ani". (Written with a
/// `while` loop, as a `const fn` must: the built-in lexicon's patterns are
/// worked out when compiling, `lowered::PATTERNS`.)
const fn is_acronym(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.len() > 6 {
        return false;
    }
    let (mut upper, mut j) = (false, 0);
    while j < bytes.len() {
        if bytes[j].is_ascii_lowercase() {
            return false;
        }
        upper |= bytes[j].is_ascii_uppercase();
        j += 1;
    }
    upper
}

/// "KCNA's" and "KCNA’s" end a mention too.
fn is_possessive(rest: &[u8]) -> bool {
    rest.starts_with("’".as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every form a table entry gives: its name, aliases, descriptions
    /// and tags.
    fn entry_forms(e: &table::Entry) -> Vec<&'static str> {
        std::iter::once(e.name)
            .chain(e.aliases.iter().copied())
            .chain(e.descriptions.iter().copied())
            .chain(e.tags.iter().copied())
            .collect()
    }

    /// The built-in lexicon's searched forms as the word index lists their
    /// runs: a form that opens with "the " from its second word on ("the
    /// North's media" as "North's media"), where the tokens' search finds
    /// it, reading the "the " back from there (`search::the_before`).
    fn listed_forms() -> Vec<&'static str> {
        searched_forms()
            .map(|form| search::after_the(form).unwrap_or(form))
            .collect()
    }

    /// The built-in lexicon's searched forms as written: every entry's
    /// name and aliases that are no tag, and its descriptions.
    fn searched_forms() -> impl Iterator<Item = &'static str> {
        table::AGENCIES.iter().flat_map(|e| {
            let names = std::iter::once(&e.name).chain(e.aliases);
            let searched = names.filter(|f| !e.tags.contains(f));
            searched.chain(e.descriptions).copied()
        })
    }

    /// The built-in lexicon, made when compiling, is the lexicon a user's
    /// build makes of the table with no agency added: its names, patterns,
    /// surface map, gates and longest form. (`search.rs`'s tests compare
    /// its search's trie and openings.)
    /// The shape gate folds bytes by setting bit 5 rather than by ASCII
    /// lowercasing, and the built-in surface table is read by the key's
    /// bytes: every ASCII key, written in capitals, capitalized, or after
    /// "The ", still finds its entry in both lexicons.
    #[test]
    fn every_ascii_key_is_found_in_any_case() {
        for lex in [Lexicon::builtin(), &Lexicon::new(&[])] {
            let entries = lex.surface.entries();
            assert!(entries.len() > 500);
            for (key, entry) in entries {
                if !key.is_ascii() {
                    continue;
                }
                let upper = key.to_ascii_uppercase();
                let capital = format!("{}{}", &upper[..1], &key[1..]);
                for s in [upper.clone(), capital, format!("The {upper}")] {
                    assert_eq!(lex.entry(&s), Some(entry), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn the_builtin_lexicon_is_the_build_of_the_table() {
        let builtin = Lexicon::builtin();
        let built = Lexicon::new(&[]);
        assert_eq!(builtin.names, built.names);
        assert_eq!(builtin.patterns, built.patterns);
        let map = |lex: &Lexicon| -> HashMap<String, (usize, Option<usize>)> {
            let entries = lex.surface.entries().into_iter();
            entries.map(|(k, e)| (k.to_owned(), e)).collect()
        };
        assert_eq!(map(builtin), map(&built));
        assert_eq!(builtin.shapes, built.shapes);
        assert_eq!(builtin.name_ends, built.name_ends);
        assert_eq!(builtin.longest, built.longest);
    }

    /// The keys written out for the table's forms that the compiler cannot
    /// lowercase are those `lookup_key` makes, and no other form needs one.
    #[test]
    fn the_unicode_keys_are_those_made_at_run_time() {
        let forms = table::AGENCIES.iter().flat_map(entry_forms);
        let needing: Vec<&str> = forms
            .zip(&lowered::LOWERED)
            .filter(|(_, keys)| keys.surface.is_none())
            .map(|(s, _)| s)
            .collect();
        let written: Vec<&str> = unicode_keys::UNICODE_KEYS.iter().map(|k| k.0).collect();
        assert_eq!(needing, written);
        for (form, key) in unicode_keys::UNICODE_KEYS {
            assert_eq!(*key, lookup_key(form), "{form:?}");
        }
    }

    #[test]
    fn every_entry_resolves_its_own_forms() {
        let lex = Lexicon::builtin();
        for (i, e) in table::AGENCIES.iter().enumerate() {
            for form in &entry_forms(e) {
                let got = lex.lookup(form).map(|j| lex.name(j).as_ref());
                assert_eq!(
                    got,
                    Some(lex.name(i).as_ref()),
                    "{form:?} should resolve to {}",
                    e.name
                );
                let text = format!("x {form} said");
                let found = lex.mentions(&text, Span::new(0, text.len()));
                let hit = found.iter().any(|m| m.agency == i);
                assert_eq!(
                    hit,
                    !e.tags.contains(form),
                    "{form:?}: found in running text only when it is not a tag"
                );
            }
        }
    }

    #[test]
    fn table_is_sorted_without_duplicates() {
        let names: Vec<String> = table::AGENCIES
            .iter()
            .map(|e| e.name.to_lowercase())
            .collect();
        assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted, unique");
        assert!(table::AGENCIES.len() >= 150);
    }

    #[test]
    fn descriptions_and_curly_apostrophes() {
        let lex = Lexicon::builtin();
        let text = "Pyongyang\u{2019}s state media reported, the North\u{2019}s media said";
        let found = lex.mentions(text, Span::new(0, text.len()));
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|m| lex.name(m.agency) == "KCNA"));
        assert!(found.iter().all(|m| m.form == Form::Description));
        assert_eq!(
            lex.lookup("North Korea\u{2019}s state media"),
            lex.lookup("KCNA")
        );
    }

    #[test]
    fn names_broken_over_lines() {
        let lex = Lexicon::builtin();
        let text = "the New China News\nAgency reported from\nPyongyang";
        let found = lex.mentions(text, Span::new(0, text.len()));
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span], "New China News\nAgency");
        assert_eq!(lex.name(found[0].agency), "Xinhua");
    }

    #[test]
    fn a_user_form_may_open_with_punctuation() {
        // Such a form is tried after every word's end, not only at word
        // starts; it still must not follow a word byte.
        let lex = Lexicon::new(&[Agency::new("@WireDesk").alias("(WD)")]);
        let text = "Posted by @WireDesk, not x@WireDesk; reprinted (WD)\n(WD) too.";
        let found: Vec<&str> = lex
            .mentions(text, Span::new(0, text.len()))
            .iter()
            .map(|m| &text[m.span])
            .collect();
        assert_eq!(found, ["@WireDesk", "(WD)", "(WD)"]);
    }

    /// A text of four paragraphs, three naming agencies, and their spans.
    fn four_paragraphs() -> (&'static str, Vec<Span>) {
        let text = "Yonhap cited KCNA.\n\nReuters and AFP agreed.\n\nNo agency here.\n\nTASS, too.";
        let paragraphs = [(0, 18), (20, 43), (45, 60), (62, 72)]
            .map(|(s, e)| Span::new(s, e))
            .to_vec();
        (text, paragraphs)
    }

    #[test]
    fn the_reader_gives_what_a_fresh_search_gives() {
        let lex = Lexicon::builtin();
        let (text, paragraphs) = four_paragraphs();
        let found = ParagraphMentions::new(text, lex, paragraphs.iter().copied());
        // Whole paragraphs in order, one cut short, and one asked for again
        // out of order.
        let asked = [
            paragraphs[0],
            Span::new(24, 43),
            paragraphs[2],
            paragraphs[3],
            paragraphs[1],
        ];
        let mut reader = found.reader();
        for span in asked {
            assert_eq!(
                reader.within(text, lex, span).into_owned(),
                lex.mentions(text, span),
                "{:?}",
                &text[span]
            );
        }
        assert!(
            matches!(found.reader().within(text, lex, paragraphs[1]), Cow::Borrowed(m) if m.len() == 2)
        );
    }

    #[test]
    fn mentions_gathered_in_runs_are_those_within_each_span() {
        let lex = Lexicon::builtin();
        let (text, paragraphs) = four_paragraphs();
        let found = ParagraphMentions::new(text, lex, paragraphs.iter().copied());
        let p = &paragraphs;
        // Runs of paragraphs, a paragraph passed over, spans searched
        // afresh among them (one cut short, one before any paragraph, one
        // repeated), and one asked for again out of order.
        let asks: [&[Span]; 6] = [
            p,
            &[p[0], p[2], p[3]],
            &[Span::new(0, 6), p[1], p[2]],
            &[p[0], Span::new(24, 43), p[2], p[3]],
            &[p[1], Span::new(62, 66), Span::new(62, 66), p[3], p[1]],
            &[],
        ];
        for spans in asks {
            let mut expected = Vec::new();
            let mut reader = found.reader();
            for &span in spans {
                expected.extend_from_slice(&reader.within(text, lex, span));
            }
            let mut got = vec![Mention {
                span: Span::new(0, 0),
                ..lex.mentions(text, p[0])[0]
            }];
            found
                .reader()
                .extend_within(text, lex, spans, None, &mut got);
            assert_eq!(got[0].span, Span::new(0, 0));
            assert_eq!(got[1..], expected[..], "{spans:?}");
        }
    }

    #[test]
    fn paragraph_mentions_in_kept_lists_are_those_in_new_ones() {
        use crate::scratch::kept;
        let lex = Lexicon::builtin();
        let paragraphs = |text: &str| -> Vec<Span> {
            let mut at = 0;
            text.split("\n\n")
                .map(|p| {
                    let span = Span::new(at, at + p.len());
                    at += p.len() + 2;
                    span
                })
                .collect()
        };
        let lists = |found: &ParagraphMentions| (found.paragraphs.clone(), found.mentions.clone());
        // Many mentions, more than the thread keeps lists for.
        let huge = "AP and Yonhap.\n\n".repeat(6000);
        let stories = crate::test_stories::stories();
        assert!(stories.len() >= 5);
        for text in stories
            .iter()
            .map(|(_, t)| t.as_str())
            .chain([huge.as_str()])
        {
            let spans = paragraphs(text);
            let fresh = std::thread::scope(|s| {
                s.spawn(|| lists(&ParagraphMentions::new(text, lex, spans.iter().copied())))
                    .join()
                    .expect("thread")
            });
            let found = ParagraphMentions::new(text, lex, spans.iter().copied());
            assert_eq!(lists(&found), fresh);
            drop(found);
            assert_eq!(kept::<MentionsSpare>(), text.len() < huge.len());
        }
    }

    #[test]
    fn paragraph_mentions_are_each_paragraphs_own_search() {
        // The layout's paragraphs of every page, searched as bytes in one
        // loop, against a search of each paragraph's text on its own.
        let lex = Lexicon::builtin();
        let stories = crate::test_stories::stories();
        assert!(stories.len() >= 5);
        let mut found = 0;
        for (path, text) in &stories {
            let layout = crate::layout::Layout::new(text);
            let spans: Vec<Span> = layout.paragraphs.iter().map(|p| p.span).collect();
            let all = ParagraphMentions::new(text, lex, spans.iter().copied());
            assert_eq!(all.paragraphs.len(), spans.len(), "{path:?}");
            for (span, range) in &all.paragraphs {
                assert_eq!(
                    all.mentions[range.clone()],
                    lex.mentions(text, *span),
                    "{path:?} {span:?}"
                );
            }
            found += all.count();
        }
        assert!(found >= stories.len(), "{found}");
    }

    /// The body's mentions found on the quote stage's tokens are those
    /// the search of the paragraphs' bytes finds, over every page and over
    /// words that the tokens and the search cut apart differently.
    #[test]
    fn mentions_found_on_tokens_are_those_of_the_bytes() {
        let lex = Lexicon::builtin();
        let both = |text: &str, layout: &crate::layout::Layout| {
            let spans: Vec<Span> = layout.body().map(|p| p.span).collect();
            let tokens = crate::quote::cut(text, layout);
            let on_bytes = ParagraphMentions::new(text, lex, spans.iter().copied());
            if let Some(cut) = &tokens {
                let on_tokens = ParagraphMentions::of_body_segments(text, cut);
                assert_eq!(on_tokens.mentions, on_bytes.mentions, "{text:?}");
            }
            (tokens.is_some(), on_bytes.count())
        };
        let (mut cut, mut found) = (0, 0);
        for (_, text) in &crate::test_stories::stories() {
            let (c, n) = both(text, &crate::layout::Layout::new(text));
            cut += usize::from(c);
            found += n;
        }
        assert!(cut >= 5 && found >= 5, "{cut} {found}");
        // Each text a paragraph of body, with a colon so that it is cut.
        let texts = [
            "pro-Xinhua: (AP) said, \u{201c}Xinhua\u{201d} and Xinhua\u{2019}s _Xinhua",
            "\u{10c}TK: \u{130}hlas News Agency and \u{c7}TK, news1 and News1s, G7-Yonhap.",
            "North Korea's state media: the\nstate media, the State\tMedia, the AP, the APs",
            "U.S.-Yonhap: Mr.Reuters, Reuters. KCNA\u{a0}Yonhap \u{a0}Yonhap AP\u{2014}AFP",
            "the state media\u{2019}s: 2Yonhap Yonhap2 Yonhap_ (AA) Kyodo News, Kyodo-News",
            "'Yonhap' and \"Yonhap\": `Yonhap` the New China News\nAgency, the Korean Central",
            "AP",
            // "the" and other first runs whose forms all go on with a
            // second run, before words that go on with such a form and
            // words that do not, plain or not, one space on or more, at a
            // line break, after a period, at the paragraph's end.
            "The North's media: the north's official radio, the North\u{2019}s state media, the Northern",
            "the official Xinhua news agency: the officials, the official, the Official Xinhua",
            "the Soviet news agency: the  Soviet news agency, the\nSoviet news agency, the Soviets",
            "the pro-Pyongyang newspaper: the Workers' Party newspaper, the Workers\u{2019} Party newspaper",
            "The Associated Press: the AP, the Associated, the associated press, theAP, the. AP, the",
            "the German Press Agency: the German news agency, the Germans, the state media, the Kyodo",
            "North Korea's media: North Koreans, Korea. Central News, Korean\nCentral News Agency",
            "Korean Central News Agency, Korean officials, the news agency, news. Agency, South Korea",
            // Second runs whose forms all go on with a byte that is no
            // space ("Korea's"), as plain words before a word one byte on
            // and not.
            "North Korea's state media: North Korea said, South Korea. Yonhap, North Korea, the",
            "North Korea\u{2019}s state TV: the Workers Party newspaper, the Workers' Party, North Korea",
            // Words of joined runs where no form may open, which the
            // tokenizer does not list, beside ones where one may, at the
            // word's start, after a joiner or at the paragraph's end.
            "U.S. officials: it's the U.S.-led, long-range U.N.-AP, Xinhua's state-run KCNA-TV, x-AP",
            "the U.S.: the U.N. AP-Yonhap, the it's Kyodo, the long-range. x-A",
            "the North's media: the North's state-run, New U.S.-led, the country's, the\nU.S. the",
            "the Workers' Party newspaper: the Workers'-run, the Dong-A Ilbo, the Dong-A, the AP-run",
            "Epstein\u{2019}s: he\u{2019}s Xinhua\u{2019}s \u{10c}TK-run don\u{2019}t-AP x\u{2019}s-A",
            // Such first runs before a sign, one byte on or straight after.
            "the \"AP\": the \u{201c}AP\u{201d}, the (AP), North, Korea. KCNA, the,AP the.AP the-AP",
        ];
        for text in texts {
            let mut layout = crate::layout::Layout::default();
            layout.paragraphs = vec![crate::layout::Paragraph {
                span: Span::new(0, text.len()),
                role: crate::layout::Role::Body,
            }];
            let (c, _) = both(text, &layout);
            assert!(c || !text.contains(':'), "{text:?}");
        }
    }

    /// The tokens' search finds every built-in form as the search of the
    /// bytes does, the forms that open with "the " found from their second
    /// word ([`search::after_the`]): each searched form, with its "the "
    /// and without, and the form from its second word after "the" in other
    /// spellings ("The", "THE", a line break, two spaces, a word that ends
    /// with "the"), as written, in capitals and in title case, at a
    /// paragraph's start, after a line break and before a longer word, a
    /// possessive and signs.
    #[test]
    fn every_form_with_and_without_its_the_is_found_on_tokens_as_on_bytes() {
        let lex = Lexicon::builtin();
        let mut forms: Vec<String> = Vec::new();
        for form in listed_forms() {
            forms.push(form.to_string());
            forms.push(with_curly_apostrophes(form));
        }
        forms.extend(searched_forms().map(str::to_string));
        forms.sort();
        forms.dedup();
        let title = |s: &str| -> String {
            let mut out = String::new();
            let mut start = true;
            for c in s.chars() {
                out.extend(if start {
                    c.to_uppercase().collect()
                } else {
                    vec![c]
                });
                start = c == ' ';
            }
            out
        };
        let (mut texts, mut found) = (0, 0);
        for form in &forms {
            for written in [form.clone(), form.to_uppercase(), title(form)] {
                let second = search::after_the(&written).unwrap_or(&written);
                for text in [
                    format!("{written}: {written}, said {written}\n{written}. ({written}) x"),
                    format!("x: the {second} said the\n{second}, The {second}'s THE {second}s"),
                    format!("{second}: bathe {second}, the  {second}, the\t{second} \"{second}\""),
                    format!("the {second}"),
                ] {
                    let mut layout = crate::layout::Layout::default();
                    layout.paragraphs = vec![crate::layout::Paragraph {
                        span: Span::new(0, text.len()),
                        role: crate::layout::Role::Body,
                    }];
                    let on_bytes =
                        ParagraphMentions::new(&text, lex, [Span::new(0, text.len())].into_iter());
                    if let Some(cut) = crate::quote::cut(&text, &layout) {
                        let on_tokens = ParagraphMentions::of_body_segments(&text, &cut);
                        assert_eq!(on_tokens.mentions, on_bytes.mentions, "{text:?}");
                        texts += 1;
                        found += on_bytes.count();
                    }
                }
            }
        }
        // Every text with a colon is cut, and most forms are found.
        assert!(
            texts >= 9 * forms.len() && found >= 10 * forms.len(),
            "{texts} {found}"
        );
    }

    /// The quotes' gathering over the story's segments finds on their
    /// tokens what the search of their bytes finds, in the headline and
    /// its repeats (searched afresh) as in the paragraphs.
    #[test]
    fn segments_gathered_on_tokens_are_those_of_the_bytes() {
        let lex = Lexicon::builtin();
        let (mut fresh, mut found) = (0, 0);
        for (_, text) in &crate::test_stories::stories() {
            let layout = crate::layout::Layout::new(text);
            let Some(cut) = crate::quote::cut_every(text, &layout) else {
                continue;
            };
            // The body's paragraphs, the dateline's cut short or not: the
            // segments that are none of them are searched afresh.
            let paragraphs: Vec<Span> = layout.body().map(|p| p.span).skip(1).collect();
            let mentions = ParagraphMentions::new(text, lex, paragraphs.iter().copied());
            let segments = cut.segments();
            let (mut on_tokens, mut on_bytes) = (Vec::new(), Vec::new());
            let reader = || mentions.reader();
            reader().extend_within(text, lex, segments, Some(&cut), &mut on_tokens);
            reader().extend_within(text, lex, segments, None, &mut on_bytes);
            assert_eq!(on_tokens, on_bytes, "{text:?}");
            for s in segments.iter().filter(|s| !paragraphs.contains(s)) {
                fresh += 1;
                found += lex.mentions(text, *s).len();
            }
        }
        assert!(fresh >= 10 && found >= 3, "{fresh} {found}");
    }

    /// The quotes' gathering over a story's segments when the paragraphs
    /// searched are the cut's (as the relays search them), which copies
    /// the paragraphs' mentions around the segments that are none, finds
    /// what asking for each segment's in turn finds; and the stories read
    /// so hold segments that are no paragraph, before, among and after
    /// the paragraphs.
    #[test]
    fn segments_gathered_around_the_paragraphs_are_those_of_each_segment() {
        let lex = Lexicon::builtin();
        let (mut around, mut fresh, mut inside) = (0, 0, 0);
        for (_, text) in &crate::test_stories::stories() {
            let layout = crate::layout::Layout::new(text);
            let Some(cut) = crate::quote::cut_every(text, &layout) else {
                continue;
            };
            let paragraphs: Vec<Span> = layout.body().map(|p| p.span).collect();
            assert_eq!(paragraphs.len(), cut.paragraphs(), "{text:?}");
            let mentions = ParagraphMentions::new(text, lex, paragraphs.iter().copied());
            let segments = cut.segments();
            let mut expected = Vec::new();
            let mut reader = mentions.reader();
            for &span in segments {
                expected.extend_from_slice(&reader.within(text, lex, span));
            }
            for cut in [Some(&cut), None] {
                let mut got = Vec::new();
                mentions
                    .reader()
                    .extend_within(text, lex, segments, cut, &mut got);
                assert_eq!(got, expected, "{text:?}");
            }
            // Found on the cut, the mentions keep no paragraphs: the cut's
            // tell where the headline and its repeats are.
            let mut got = Vec::new();
            ParagraphMentions::of_body_segments(text, &cut)
                .reader()
                .extend_within(text, lex, segments, Some(&cut), &mut got);
            assert_eq!(got, expected, "{text:?}");
            around += 1;
            for (i, s) in segments.iter().enumerate() {
                if !paragraphs.contains(s) {
                    fresh += 1;
                    let before = segments[..i].iter().any(|p| paragraphs.contains(p));
                    let after = segments[i..].iter().any(|p| paragraphs.contains(p));
                    inside += usize::from(before && after);
                }
            }
        }
        assert!(
            around >= 100 && fresh >= 150 && inside >= 40,
            "{around} {fresh} {inside}"
        );
    }

    /// A word of joined runs is passed over at its start, by the
    /// tokenizer, only while the runs listed as spaced are the first runs
    /// whose every form goes on from the run with a space (see
    /// `SPACED_FIRST_RUNS`): a form that ends with the run, or goes on
    /// with another byte ("Xinhua", "China's state news agency"), may
    /// match where a joiner follows the run.
    #[test]
    fn spaced_runs_are_the_builtin_forms_runs_a_space_follows() {
        let mut spaced = std::collections::BTreeMap::<String, bool>::new();
        for form in listed_forms() {
            let n = form.bytes().take_while(u8::is_ascii_alphanumeric).count();
            if n == 0 {
                continue;
            }
            let run = form[..n].to_ascii_lowercase();
            *spaced.entry(run).or_insert(true) &= form.as_bytes().get(n) == Some(&b' ');
        }
        let listed: Vec<&str> = spaced
            .iter()
            .filter(|&(_, &all)| all)
            .map(|(run, _)| run.as_str())
            .collect();
        assert!(listed.contains(&"korea") && !listed.contains(&"china"));
        assert_eq!(SPACED_FIRST_RUNS, listed);
    }

    /// The tokens' search holds only while every form of the built-in
    /// lexicon opens with a word's character, not a sign's or a space's,
    /// and the first runs of the forms are the list the word index marks.
    #[test]
    fn first_runs_are_the_builtin_forms_runs() {
        let mut runs = std::collections::BTreeSet::new();
        for form in listed_forms() {
            // A letter or a digit, as the tokenizer reads them.
            assert!(form.starts_with(char::is_alphanumeric), "{form:?}");
            let run: String = form
                .bytes()
                .take_while(u8::is_ascii_alphanumeric)
                .map(|b| char::from(b.to_ascii_lowercase()))
                .collect();
            if !run.is_empty() {
                runs.insert(run);
            }
        }
        let listed: Vec<&str> = runs.iter().map(String::as_str).collect();
        assert_eq!(FIRST_RUNS, listed);
    }

    /// The tokens' search passes over a first run before a plain word
    /// that no form has after it: it holds only while the runs listed as
    /// paired are those whose every form goes on with one space and a run
    /// that more of the form follows or that ends the form (where no first
    /// run is a longer spelling of it), or with a byte that is none of the
    /// bytes a plain word's run may have after it there (a space the
    /// tokenizer passes over, the word's final period, or a period or a
    /// comma that is a sign straight after the word), and their
    /// forms' second runs are the list the word index marks; and it passes
    /// over a first and a second run before a plain word that is no second
    /// or third run only while the third runs listed are the paired forms'
    /// and the second runs listed as ending are those after which a form
    /// may match whatever that word is (see `ENDING_SECOND_RUNS`).
    #[test]
    fn paired_runs_are_the_builtin_forms_first_and_second_runs() {
        let run = |bytes: &[u8]| {
            let n = bytes
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            bytes[..n].to_ascii_lowercase()
        };
        // Each first run's forms' rests, after the run.
        let mut rests = std::collections::BTreeMap::<Vec<u8>, Vec<&[u8]>>::new();
        for form in listed_forms() {
            let first = run(form.as_bytes());
            if !first.is_empty() {
                let rest = &form.as_bytes()[first.len()..];
                rests.entry(first).or_default().push(rest);
            }
        }
        let (mut paired, mut seconds) = (Vec::new(), std::collections::BTreeSet::new());
        // Each second run, with whether every form of a paired first run
        // that has it goes on after it with a byte that cannot follow a
        // plain word's run.
        let mut joined = std::collections::BTreeMap::<Vec<u8>, bool>::new();
        // The bytes that may follow a plain word's run where the next
        // token starts one byte after the word: the white space the
        // tokenizer passes over between tokens, or the word's period; and
        // a comma, where the next token is one straight after the word.
        let may_follow = |b: u8| b == b'.' || b == b',' || b.is_ascii_whitespace() || b == 0x0b;
        // A second run that more of the form follows, or that ends
        // the form ("Pyongyang radio"), unless a first run is a longer
        // spelling of it ("news" of "NK News", "news1"). Where the
        // text's word after the first run is longer than a second run
        // that ends a form ("Pyongyang radioactive"), the form matches
        // without ending a word: no mention, but the search then
        // passes over the rest of that word, which a first run passed
        // over on its tokens' bits would not.
        let longer_first = |r: &[u8]| {
            FIRST_RUNS
                .iter()
                .any(|f| f.len() > r.len() && f.as_bytes().starts_with(r))
        };
        let second = |rest: &[u8]| {
            let after = rest.strip_prefix(b" ")?;
            let second = run(after);
            let ends_spelt_longer = second.len() == after.len() && longer_first(&second);
            (!second.is_empty() && !ends_spelt_longer).then_some(second)
        };
        for (first, rests) in &rests {
            let cannot_follow = |rest: &[u8]| rest.first().is_some_and(|&b| !may_follow(b));
            if rests
                .iter()
                .all(|rest| second(rest).is_some() || cannot_follow(rest))
            {
                paired.push(String::from_utf8(first.clone()).unwrap());
                seconds.extend(rests.iter().filter_map(|rest| second(rest)));
                for rest in rests {
                    if let Some(second) = second(rest) {
                        // A form that ends with its second run is ended
                        // by whatever follows the run: never joined.
                        let after = rest.get(1 + second.len()).copied();
                        let goes_on_joined = after.is_some_and(|b| !may_follow(b));
                        *joined.entry(second).or_insert(true) &= goes_on_joined;
                    }
                }
            }
        }
        // The third runs, and the second runs after which a third plain
        // word may still leave a form matching (see `THIRD_RUNS`).
        let mut thirds = std::collections::BTreeSet::<Vec<u8>>::new();
        let mut ending = std::collections::BTreeSet::<Vec<u8>>::new();
        for first in &paired {
            for rest in &rests[first.as_bytes()] {
                let Some(sec) = second(rest) else {
                    continue;
                };
                let after = &rest[1 + sec.len()..];
                let Some(&b) = after.first() else {
                    // The form ends with its second run.
                    ending.insert(sec);
                    continue;
                };
                if b != b' ' {
                    if may_follow(b) {
                        ending.insert(sec);
                    }
                    continue;
                }
                let third = run(&after[1..]);
                if third.is_empty() {
                    continue;
                }
                if third.len() + 1 == after.len() {
                    // A form that ends with its third run matches without
                    // ending a word where the text's third word is a
                    // longer spelling of it: passed over, the second and
                    // third words are read on their own, which changes
                    // nothing only where neither can open a match there.
                    let related = |x: &Vec<u8>| x.starts_with(&third) || third.starts_with(x);
                    let second_opens_there = match rests.get(&sec) {
                        None => false,
                        Some(its) => {
                            !PAIRED_FIRST_RUNS.contains(&std::str::from_utf8(&sec).unwrap())
                                || its.iter().filter_map(|r| second(r)).any(|x| related(&x))
                        }
                    };
                    if longer_first(&third) || second_opens_there {
                        ending.insert(sec.clone());
                    }
                }
                thirds.insert(third);
            }
        }
        let strings = |set: std::collections::BTreeSet<Vec<u8>>| -> Vec<String> {
            set.into_iter()
                .map(|s| String::from_utf8(s).unwrap())
                .collect()
        };
        let (thirds, ending) = (strings(thirds), strings(ending));
        let joined: Vec<String> = joined
            .into_iter()
            .filter(|&(_, all)| all)
            .map(|(s, _)| String::from_utf8(s).unwrap())
            .collect();
        let seconds: Vec<String> = seconds
            .into_iter()
            .map(|s| String::from_utf8(s).unwrap())
            .collect();
        assert!(!paired.iter().any(|p| p == "the") && paired.iter().any(|p| p == "soviet"));
        assert_eq!(PAIRED_FIRST_RUNS, paired);
        assert_eq!(SECOND_RUNS, seconds);
        assert_eq!(JOINED_SECOND_RUNS, joined);
        assert_eq!(THIRD_RUNS, thirds);
        assert_eq!(ENDING_SECOND_RUNS, ending);
    }

    #[test]
    fn a_repeated_title_reuses_the_last_search() {
        let lex = Lexicon::builtin();
        // A headline, a body paragraph, and the headline repeated twice
        // among related-story titles, once after a title of the same
        // length that differs.
        let title = "KCNA: Yonhap cites AP and Xinhua";
        let text = format!(
            "{title}\n\nSEOUL (Yonhap) -- Body.\n\nRelated\n{title}\nTASS: Yonhap cites AP and Xinhua\n  {title}"
        );
        let text = text.as_str();
        let body = text.find("SEOUL").unwrap();
        let body = Span::new(body, body + "SEOUL (Yonhap) -- Body.".len());
        let found = ParagraphMentions::new(text, lex, [body].into_iter());
        let titles: Vec<Span> = text
            .match_indices(title)
            .map(|(at, _)| Span::new(at, at + title.len()))
            .collect();
        let line = "TASS: Yonhap cites AP and Xinhua";
        let other = text.find(line).unwrap();
        let other = Span::new(other, other + line.len());
        // In text order, then a repeat asked for again out of order.
        let asked = [titles[0], body, titles[1], other, titles[2], titles[1]];
        // The last span searched afresh after each: a repeat that follows
        // the title's search is not searched; one that follows another
        // line's is.
        let searched = [titles[0], titles[0], titles[0], other, titles[2], titles[2]];
        let mut reader = found.reader();
        for (span, last) in asked.into_iter().zip(searched) {
            let got = reader.within(text, lex, span).into_owned();
            assert_eq!(got, lex.mentions(text, span), "{:?}", &text[span]);
            assert!(!got.is_empty(), "{:?}", &text[span]);
            assert_eq!(reader.last_searched, Some(last), "{:?}", &text[span]);
        }
    }

    #[test]
    fn curly_apostrophes_as_replace_makes_them() {
        let mut cases: Vec<String> = table::AGENCIES
            .iter()
            .flat_map(entry_forms)
            .map(str::to_string)
            .collect();
        cases.extend(
            [
                "",
                "'",
                "''",
                "a'b'c",
                "'x'",
                "North\u{2019}s 'media'",
                "é'ü",
                "'\u{2019}'",
            ]
            .map(str::to_string),
        );
        for s in &cases {
            assert_eq!(
                with_curly_apostrophes(s),
                s.replace('\'', "\u{2019}"),
                "{s:?}"
            );
        }
    }

    #[test]
    fn curly_forms_look_up_as_their_straight_forms() {
        // The surface map is built from the forms as written only: each
        // form with a straight apostrophe must find, with a curly one, the
        // entry it finds itself, by `lookup` and by `lookup_name`.
        let extra = [Agency::new("Wire Desk").description("the desk's own wire")];
        for lex in [Lexicon::builtin(), &Lexicon::new(&extra)] {
            let straight: Vec<String> = lex
                .surface
                .keys()
                .filter(|k| k.contains('\''))
                .map(|k| k.to_string())
                .collect();
            assert!(straight.len() >= 10, "{}", straight.len());
            for s in straight {
                for spelled in [s.clone(), s.to_uppercase(), format!("The {s}")] {
                    let curly = spelled.replace('\'', "\u{2019}");
                    assert_eq!(lex.entry(&curly), lex.entry(&spelled), "{curly:?}");
                }
            }
        }
    }

    #[test]
    fn short_ascii_look_ups_find_what_the_general_key_finds() {
        // The stack-buffer path, its shape read before its key is made,
        // against the key `lookup_key` makes, for every surface key in
        // several spellings and strings that name no agency.
        let lex = Lexicon::builtin();
        let mut cases: Vec<String> = lex
            .surface
            .keys()
            .flat_map(|k| {
                [
                    k.to_string(),
                    k.to_uppercase(),
                    format!("The {k}"),
                    format!("THE {k}"),
                    format!("the  {k}"),
                    format!(" {k}\t"),
                    format!("{k}s"),
                ]
            })
            .collect();
        cases.extend(
            [
                "",
                "the",
                "The ",
                "THE AP",
                "By Jane Doe",
                "Sports",
                "x".repeat(70).as_str(),
            ]
            .map(str::to_owned),
        );
        for s in &cases {
            assert_eq!(
                lex.entry(s),
                lex.surface.get(lookup_key(s).as_bytes()),
                "{s:?}"
            );
        }
    }

    #[test]
    fn unicode_keys_in_a_buffer_are_the_general_keys() {
        // The stack-buffer key of a string with a byte outside ASCII,
        // against `lookup_key`'s, and the look-up through it against the
        // look-up by `lookup_key`'s key, for the table's Unicode forms in
        // several spellings, last lines met in stories, and letters whose
        // lowercase is longer, shorter or ASCII.
        let lex = Lexicon::builtin();
        let mut cases: Vec<String> = unicode_keys::UNICODE_KEYS
            .iter()
            .flat_map(|(form, key)| {
                [
                    form.to_string(),
                    key.to_string(),
                    form.to_uppercase(),
                    format!("The {form}"),
                    format!("THE {form}"),
                    format!("the\u{a0}{form}"),
                    format!("{form}\u{2019}s"),
                ]
            })
            .collect();
        cases.extend(
            [
                "\u{a9} 2019 NBC UNIVERSAL",
                "\u{a9} 2019 The Associated Press",
                "THE \u{a9}",
                "The North\u{2019}s media",
                "the\u{2019}s AP",
                "\u{2019}the AP",
                "\u{212a}CNA",
                "\u{130}HLAS NEWS AGENCY",
                "\u{23a}\u{23a}",
                "\u{3a3}\u{3a3}",
                "\u{3a3}T\u{3a3}",
                "\u{3b1}\u{3a3} \u{3a3}",
                "Ag\u{ea}ncia Brasil",
                &"\u{23a}".repeat(40),
                &"\u{23a}".repeat(43),
                &"\u{e9}".repeat(64),
                &"\u{e9}".repeat(65),
            ]
            .map(str::to_owned),
        );
        let mut wide = [0u8; 128];
        for s in &cases {
            let t = trim_visible(s);
            if let Some(key) = unicode_key(t, &mut wide) {
                assert_eq!(key, lookup_key(t).as_bytes(), "{s:?}");
            }
            assert_eq!(
                lex.entry(s),
                lex.surface.get(lookup_key(s).as_bytes()),
                "{s:?}"
            );
        }
        // The table's Unicode forms are found through the buffer.
        for (form, _) in unicode_keys::UNICODE_KEYS {
            assert!(unicode_key(form, &mut wide).is_some(), "{form:?}");
            assert!(lex.lookup(form).is_some(), "{form:?}");
        }
        // A capital sigma is left to `lookup_key` ("ς" at a word's end),
        // as is a key too long for the buffer.
        assert_eq!(unicode_key("\u{3a3}\u{3a3}", &mut wide), None);
        assert_eq!(unicode_key(&"\u{23a}".repeat(43), &mut wide), None);
    }

    #[test]
    fn lookup_keys_are_made_as_first_written() {
        // The key as first written, for every string: lowercased, the
        // curly apostrophe made straight, a leading "the " dropped.
        let reference = |s: &str| {
            let lower = s.trim().to_lowercase().replace('\u{2019}', "'");
            match lower.strip_prefix("the ") {
                Some(rest) => rest.to_owned(),
                None => lower,
            }
        };
        for s in [
            " The Associated Press ",
            "the North\u{2019}s media",
            "THE STATE MEDIA",
            "ČTK",
            "İhlas News Agency",
            "The",
            "the ",
            "Agência Brasil",
            "",
        ] {
            assert_eq!(lookup_key(s), reference(s), "{s:?}");
        }
    }

    #[test]
    fn names_end_as_the_gate_says() {
        let extra = [Agency::new("Q").alias("Agencia Ñ")];
        for lex in [Lexicon::builtin(), &Lexicon::new(&extra)] {
            let spellings = |f: &str| {
                [
                    f.to_owned(),
                    f.to_uppercase(),
                    f.to_lowercase(),
                    format!("The {f}"),
                    format!(" {f} "),
                    format!("\t{f}"),
                    format!("\n{f}"),
                    format!("\x0B{f}"),
                    format!("\x0C{f}"),
                    format!("\r{f}"),
                ]
            };
            for s in lex.surface.keys().flat_map(spellings) {
                if lex.lookup_name(&s).is_some() {
                    assert!(lex.may_end_name(&s), "{s:?}");
                }
            }
        }
        let lex = Lexicon::builtin();
        assert!(lex.may_end_name("He left. PTI"));
        assert!(lex.may_end_name("He left. -- Yonhap News Agency"));
        assert!(lex.may_end_name("He left. -- AP"));
        assert!(lex.may_end_name("the AP"));
        // A sign-off's last words, looked up without the mark before them.
        assert!(lex.may_end_name("He left.AP"));
        assert!(lex.may_end_name("He left.\"AP"));
        assert!(lex.may_end_name("He left. --AP"));
        assert!(!lex.may_end_name("Sports"));
        assert!(!lex.may_end_name("Terms of Use"));
        assert!(
            Lexicon::new(&extra).may_end_name("Sports"),
            "a one-letter name"
        );
    }

    /// [`Lexicon::may_end_name`] reads only the last three bytes, ASCII
    /// case aside: for every three ASCII bytes it answers as for the bytes
    /// lowercased, and as for a longer string ending in them. Every key's
    /// ending passes, and a two-byte key's after every ASCII byte that is
    /// no letter or digit; most endings of three letters do not.
    #[test]
    fn name_ends_read_three_bytes_case_aside() {
        let lex = Lexicon::builtin();
        for a in 0..0x80u8 {
            for b in 0..0x80u8 {
                for c in 0x21..0x7Fu8 {
                    let s = [a, b, c];
                    let expected = lex.may_end_name(&s.map(|x| x.to_ascii_lowercase()));
                    assert_eq!(lex.may_end_name(&s), expected, "{s:?}");
                    for before in [b' ', b'Z', 0xE2] {
                        let longer = [before, a, b, c];
                        assert_eq!(lex.may_end_name(&longer), expected, "{longer:?}");
                    }
                }
            }
        }
        for (key, _) in lex
            .surface
            .entries()
            .into_iter()
            .filter(|(_, e)| e.1.is_some())
        {
            let key = key.as_bytes();
            if let [a, b] = *key {
                for before in (0..0x80u8).filter(|x| !x.is_ascii_alphanumeric()) {
                    assert!(lex.may_end_name(&[before, a, b]), "{key:?}");
                }
            } else {
                assert!(lex.may_end_name(key), "{key:?}");
            }
        }
        let letters = || b'a'..=b'z';
        let passed = letters()
            .flat_map(|a| letters().flat_map(move |b| letters().map(move |c| [a, b, c])))
            .filter(|end| lex.may_end_name(end))
            .count();
        assert!(passed < 26 * 26 * 26 / 20, "{passed}");
    }

    /// A string ending in a byte outside ASCII, or in a space or control
    /// byte, may be a name, and so may an empty one; a string of one or two
    /// bytes is read as if after spaces.
    #[test]
    fn name_ends_rule_out_only_ascii_ends() {
        let lex = Lexicon::builtin();
        for x in 0..=0xFFu8 {
            for end in [[x, b'a', b'p'], [b'a', x, b'p'], [b'a', b'p', x]] {
                if end.is_ascii() && end[2].is_ascii_graphic() {
                    continue;
                }
                assert!(lex.may_end_name(&end), "{end:?}");
                assert!(lex.may_end_name(&[b'x', end[0], end[1], end[2]]), "{end:?}");
            }
        }
        assert!(lex.may_end_name(""));
        for short in ["q", "qz", "AP", "ap", "10", "F1", "Q ", "\u{e9}"] {
            let spaced = format!("  {short}");
            assert_eq!(
                lex.may_end_name(short),
                lex.may_end_name(&spaced),
                "{short:?}"
            );
        }
        assert!(lex.may_end_name("AP"));
        assert!(!lex.may_end_name("xq"));
        assert!(!lex.may_end_name("F1"));
        assert!(!lex.may_end_name("q"));
    }

    #[test]
    fn tags_resolve_whole_strings_only() {
        let lex = Lexicon::builtin();
        assert_eq!(lex.lookup("AA"), lex.lookup("Anadolu Agency"));
        assert!(lex.lookup("AA").is_some());
        assert_eq!(lex.lookup_name("AA"), None);
        assert_eq!(lex.lookup_name("Anadolu Agency"), lex.lookup("AA"));
        let text = "He bought AA batteries and read an RSS feed.";
        assert!(lex.mentions(text, Span::new(0, text.len())).is_empty());
    }

    #[test]
    fn acronyms_match_case_and_whole_words() {
        let lex = Lexicon::builtin();
        let text = "Apple map (AP) said, KCNA's report";
        let found: Vec<_> = lex
            .mentions(text, Span::new(0, text.len()))
            .iter()
            .map(|m| &text[m.span])
            .collect();
        assert_eq!(found, ["AP", "KCNA"]);
    }

    #[test]
    fn a_large_user_lexicon_still_builds_and_matches() {
        let extra: Vec<Agency> = (0..3000)
            .map(|i| {
                Agency::new(format!("Wire Service Number {i} of the Test Federation"))
                    .alias(format!("WSN{i}"))
            })
            .collect();
        let lex = Lexicon::new(&extra);
        let text = "x WSN2999 said, as did Wire Service Number 17 of the Test Federation";
        let found: Vec<&str> = lex
            .mentions(text, Span::new(0, text.len()))
            .iter()
            .map(|m| lex.name(m.agency).as_ref())
            .collect();
        assert_eq!(
            found,
            [
                "Wire Service Number 2999 of the Test Federation",
                "Wire Service Number 17 of the Test Federation"
            ]
        );
    }

    #[test]
    fn user_agency_joins_builtin() {
        let lex = Lexicon::new(&[
            Agency::new("Vietnam News Agency").alias("VNA"),
            Agency::new("KCNA").alias("Central News"),
        ]);
        let vna = lex.lookup("VNA").unwrap();
        assert_eq!(lex.name(vna), "Vietnam News Agency");
        assert_eq!(lex.lookup("central news"), lex.lookup("KCNA"));
    }
}
