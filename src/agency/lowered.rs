//! The built-in table's forms lowercased when compiling, for the keys the
//! lexicon's build looks forms up by.
//!
//! `Lexicon::new` keys each form twice: its searched forms by their ASCII
//! lowercase, so that forms equal but for case are one pattern, and every
//! form by its look-up key (`lookup_key`: trimmed, lowercased, a leading
//! "the " dropped) in the surface map. Made at run time, each key was a
//! `String` of its own, some 190K instructions of each process's set-up,
//! nearly half of them the allocations. The table's forms are fixed: here
//! they are lowercased once, into one `static` buffer, and each key is a
//! slice of it.

use super::table::Entry;
use super::{Form, is_acronym};
use crate::phrases::same_bytes;

/// Runs `body` on each table form in order, with `form` the form's bytes:
/// the loops of the builds that run when compiling, where `for` loops are
/// not allowed. The longer form binds, besides, the form's index among the
/// table's forms (its place in [`LOWERED`] and [`LISTINGS`]), its entry's
/// index in [`AGENCIES`](super::table::AGENCIES), the entry and the form's number in the entry
/// (as [`form`] takes it); the first two are patterns, `_` where unread.
/// The counts move on before `body` runs, so `body` may `continue`.
macro_rules! each_form {
    (|$form:ident| $body:block) => {
        each_form!(|_, _, entry, k, $form| $body)
    };
    (|$n:pat, $i:pat, $e:ident, $k:ident, $form:ident| $body:block) => {{
        use $crate::agency::lowered::{form, form_count};
        use $crate::agency::table::AGENCIES;
        let mut next_form = 0;
        let mut agency = 0;
        while agency < AGENCIES.len() {
            let mut next = 0;
            while next < form_count(&AGENCIES[agency]) {
                let ($n, $i, $e, $k) = (next_form, agency, &AGENCIES[agency], next);
                next_form += 1;
                next += 1;
                let $form = form($e, $k).as_bytes();
                $body
            }
            agency += 1;
        }
    }};
}
pub(super) use each_form;

/// A table form's keys.
#[derive(Clone, Copy, Debug)]
pub(super) struct Lowered {
    /// The form with its ASCII letters lowercased: its pattern key.
    pub pattern: &'static str,
    /// Its look-up key, when the form is ASCII or its other letters are
    /// lowercase already ([`keeps_case`]) and it opens and closes with a
    /// visible byte, as nearly every one does: `pattern` without a leading
    /// "the ". `None` for the others, whose key `lookup_key` makes with
    /// Unicode's lowercasing, which does not run when compiling.
    pub surface: Option<&'static str>,
    /// The form with its straight apostrophes made typographic, when it has
    /// one: the spelling the lexicon searches for beside it.
    pub curly: Option<Curly>,
}

/// The keys made when compiling of a form in the lexicon's build list: a
/// table form's, or its spelling with typographic apostrophes. Held by
/// reference into [`LOWERED`], 16 bytes where a copy of [`Lowered`] made
/// each form of the list 40 bytes longer, moved as the list grows and is
/// dropped.
#[derive(Clone, Copy, Debug)]
pub(super) enum Keys {
    /// A table form as written.
    Table(&'static Lowered),
    /// A table form's spelling with typographic apostrophes.
    Curly(&'static Curly),
}

impl Keys {
    /// The form's pattern key.
    pub fn pattern(self) -> &'static str {
        match self {
            Keys::Table(l) => l.pattern,
            Keys::Curly(c) => c.pattern,
        }
    }

    /// The form's look-up key, when made when compiling: none for a
    /// curly spelling, which the surface map does not hold.
    pub fn surface(self) -> Option<&'static str> {
        match self {
            Keys::Table(l) => l.surface,
            Keys::Curly(_) => None,
        }
    }
}

/// A table form with its straight apostrophes made typographic ('\u{2019}'),
/// as `with_curly_apostrophes` makes it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Curly {
    /// The form so spelled.
    pub form: &'static str,
    /// Its pattern key: the form with its ASCII letters lowercased.
    pub pattern: &'static str,
}

/// Each table form's keys, in the order [`form`] gives the forms: entry
/// by entry, its name, aliases, descriptions and tags.
pub(super) static LOWERED: [Lowered; FORMS] = slices(&LOWER, &CURLY);

/// Each table form's [`listing`], in the order of [`LOWERED`]: worked out
/// at run time, each tag compared with its entry's name and aliases, the
/// walk over the forms cost the built-in lexicon's set-up some 10K
/// instructions.
pub(super) static LISTINGS: [Option<(Form, bool)>; FORMS] = listings();

/// [`LISTINGS`].
const fn listings() -> [Option<(Form, bool)>; FORMS] {
    let mut out = [None; FORMS];
    each_form!(|n, _, e, k, _form| {
        out[n] = listing(e, k);
    });
    out
}

/// How many forms the table writes.
const FORMS: usize = totals().0;

/// How many forms the table writes, and spellings of them with typographic
/// apostrophes: room for the built-in lexicon's list of forms.
pub(super) const SPELLINGS: usize = totals().3;

/// How many bytes they hold.
const BYTES: usize = totals().1;

/// Every table form ASCII-lowercased, one after another.
static LOWER: [u8; BYTES] = lowercase();

/// How many bytes [`CURLY`] holds.
const CURLY_BYTES: usize = totals().2;

/// Each table form that has a straight apostrophe, with them made
/// typographic, once as written and once ASCII-lowercased, one form after
/// another.
static CURLY: [u8; CURLY_BYTES] = curly();

/// The typographic apostrophe, in UTF-8.
const TYPOGRAPHIC: &[u8] = "\u{2019}".as_bytes();

/// How many straight apostrophes `f` has.
const fn apostrophes(f: &[u8]) -> usize {
    let mut n = 0;
    let mut j = 0;
    while j < f.len() {
        if f[j] == b'\'' {
            n += 1;
        }
        j += 1;
    }
    n
}

/// Form `k` of entry `e` ([`form_count`] of them): its name, then its
/// aliases, descriptions and tags.
pub(super) const fn form(e: &Entry, k: usize) -> &'static str {
    let mut k = k;
    if k == 0 {
        return e.name;
    }
    k -= 1;
    if k < e.aliases.len() {
        return e.aliases[k];
    }
    k -= e.aliases.len();
    if k < e.descriptions.len() {
        return e.descriptions[k];
    }
    e.tags[k - e.descriptions.len()]
}

/// Whether the lexicon searches running text for form `k` of entry `e`:
/// its name and aliases unless one is a tag too, and its descriptions
/// (tags are looked up only).
pub(super) const fn searched(e: &Entry, k: usize) -> bool {
    if k > e.aliases.len() {
        return k <= e.aliases.len() + e.descriptions.len();
    }
    let f = form(e, k);
    let mut t = 0;
    while t < e.tags.len() {
        if same_bytes(f, e.tags[t]) {
            return false;
        }
        t += 1;
    }
    true
}

/// How the lexicon lists form `k` of entry `e`: how it refers to the
/// agency and whether it is searched for in running text; `None` for a tag
/// that is the entry's name or an alias too, listed once as that.
pub(super) const fn listing(e: &Entry, k: usize) -> Option<(Form, bool)> {
    if k <= e.aliases.len() {
        return Some((Form::Name, searched(e, k)));
    }
    if k <= e.aliases.len() + e.descriptions.len() {
        return Some((Form::Description, true));
    }
    let s = form(e, k);
    if same_bytes(s, e.name) {
        return None;
    }
    let mut a = 0;
    while a < e.aliases.len() {
        if same_bytes(s, e.aliases[a]) {
            return None;
        }
        a += 1;
    }
    Some((Form::Name, false))
}

/// How many forms entry `e` writes.
pub(super) const fn form_count(e: &Entry) -> usize {
    1 + e.aliases.len() + e.descriptions.len() + e.tags.len()
}

/// The table's count of forms, of their bytes, of [`CURLY`]'s bytes, and
/// of its forms and their curly spellings.
const fn totals() -> (usize, usize, usize, usize) {
    let (mut forms, mut bytes, mut curly, mut spellings) = (0, 0, 0, 0);
    each_form!(|f| {
        forms += 1;
        bytes += f.len();
        spellings += 1;
        let n = apostrophes(f);
        if n > 0 {
            curly += 2 * (f.len() + n * (TYPOGRAPHIC.len() - 1));
            spellings += 1;
        }
    });
    (forms, bytes, curly, spellings)
}

/// [`CURLY`]'s bytes.
const fn curly() -> [u8; CURLY_BYTES] {
    let mut out = [0; CURLY_BYTES];
    let mut at = 0;
    each_form!(|f| {
        if apostrophes(f) > 0 {
            let mut lower = false;
            loop {
                let mut j = 0;
                while j < f.len() {
                    if f[j] == b'\'' {
                        let mut t = 0;
                        while t < TYPOGRAPHIC.len() {
                            out[at] = TYPOGRAPHIC[t];
                            at += 1;
                            t += 1;
                        }
                    } else {
                        out[at] = if lower {
                            f[j].to_ascii_lowercase()
                        } else {
                            f[j]
                        };
                        at += 1;
                    }
                    j += 1;
                }
                if lower {
                    break;
                }
                lower = true;
            }
        }
    });
    out
}

/// `bytes` as a `str`, when compiling.
const fn text(bytes: &'static [u8]) -> &'static str {
    match core::str::from_utf8(bytes) {
        Ok(s) => s,
        // The buffers are made of whole forms, each UTF-8, with ASCII
        // bytes changed to ASCII bytes and apostrophes to a whole
        // character: this never fails.
        Err(_) => panic!("a table form's key is UTF-8"),
    }
}

/// [`LOWER`]'s bytes.
const fn lowercase() -> [u8; BYTES] {
    let mut out = [0; BYTES];
    let mut at = 0;
    each_form!(|f| {
        let mut j = 0;
        while j < f.len() {
            out[at + j] = f[j].to_ascii_lowercase();
            j += 1;
        }
        at += f.len();
    });
    out
}

/// Whether Unicode's lowercasing leaves `bytes` as they are once their
/// ASCII letters are lowercased: each character is ASCII or one of
/// U+00DF to U+00FF ("ß", "à" to "ÿ"), which have no lowercase of their
/// own. Nine of the table's thirteen forms that are not ASCII are so
/// written ("Agência Brasil"), and the seven of them that end in an ASCII
/// byte have their look-up keys made here rather than by `lookup_key`,
/// some 1,300 instructions a form at set-up.
const fn keeps_case(bytes: &[u8]) -> bool {
    let mut j = 0;
    while j < bytes.len() {
        if bytes[j] < 0x80 {
            j += 1;
        } else if bytes[j] == 0xC3 && j + 1 < bytes.len() && bytes[j + 1] >= 0x9F {
            // U+00DF to U+00FF: 0xC3 then 0x9F to 0xBF.
            j += 2;
        } else {
            return false;
        }
    }
    true
}

/// [`LOWERED`], from the forms' bytes in `lower` ([`LOWER`]) and
/// `curly` ([`CURLY`]).
const fn slices(
    lower: &'static [u8; BYTES],
    curly: &'static [u8; CURLY_BYTES],
) -> [Lowered; FORMS] {
    let mut out = [Lowered {
        pattern: "",
        surface: None,
        curly: None,
    }; FORMS];
    let mut rest: &'static [u8] = lower;
    let mut curly_rest: &'static [u8] = curly;
    let mut n = 0;
    each_form!(|f| {
        let (bytes, after) = rest.split_at(f.len());
        rest = after;
        let pattern = text(bytes);
        let apostrophes = apostrophes(f);
        let curly = if apostrophes > 0 {
            let len = f.len() + apostrophes * (TYPOGRAPHIC.len() - 1);
            let (form, after) = curly_rest.split_at(len);
            let (pattern, after) = after.split_at(len);
            curly_rest = after;
            Some(Curly {
                form: text(form),
                pattern: text(pattern),
            })
        } else {
            None
        };
        let plain = keeps_case(bytes)
            && !bytes.is_empty()
            && bytes[0].is_ascii_graphic()
            && bytes[bytes.len() - 1].is_ascii_graphic();
        out[n] = Lowered {
            pattern,
            surface: if !plain {
                None
            } else if let Some((b"the ", key)) = bytes.split_first_chunk::<4>() {
                Some(text(key))
            } else {
                Some(pattern)
            },
            curly,
        };
        n += 1;
    });
    out
}

/// The built-in lexicon's patterns, worked out when compiling as
/// `Lexicon::new` works out a user's (`patterns_of`): one for each
/// searched form's pattern key, in the order the lexicon lists its forms.
/// At run time the keys' map, the pattern list's pushes and the walk over
/// the forms cost each process's set-up some 95K instructions.
pub(super) static PATTERNS: Patterns = Patterns::builtin();

/// The patterns of the built-in lexicon's forms.
pub(super) struct Patterns {
    /// Each pattern's agency, form and whether it must match case exactly.
    patterns: [(usize, Form, bool); SPELLINGS],
    /// Each pattern's first form: its index in the lexicon's list of forms.
    unique: [usize; SPELLINGS],
    /// How many patterns there are: the arrays' first entries.
    count: usize,
}

/// Slots of the open-addressed sets [`Patterns::builtin`] finds pattern
/// keys in and `surface::BUILTIN_SURFACE` holds look-up keys in, at least
/// twice as many as there are forms.
pub(super) const KEY_SLOTS: usize = (2 * SPELLINGS).next_power_of_two();

/// The slot of [`KEY_SLOTS`] where the search for `key` starts, by its
/// FNV-1a hash: any spread of the keys serves. (A `const fn`, for the
/// tables built when compiling; at run time it hashes the strings looked
/// up in the built-in surface map.)
pub(super) const fn key_slot(bytes: &[u8]) -> usize {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut j = 0;
    while j < bytes.len() {
        hash = (hash ^ bytes[j] as u64).wrapping_mul(0x0100_0000_01b3);
        j += 1;
    }
    hash as usize % KEY_SLOTS
}

impl Patterns {
    /// Each pattern's agency, form and whether it must match case exactly.
    /// (A `const fn`: the built-in lexicon, made when compiling, borrows
    /// them.)
    pub(super) const fn patterns(&self) -> &[(usize, Form, bool)] {
        self.patterns.split_at(self.count).0
    }

    /// Each pattern's first form, by its index in the lexicon's list.
    #[cfg(test)]
    pub(super) fn unique(&self) -> &[usize] {
        &self.unique[..self.count]
    }

    /// The patterns of the table's forms, listed as `Lexicon::new` lists
    /// them: each entry's name, aliases, descriptions and the tags that are
    /// no name or alias, then the curly spelling of each searched form that
    /// has one.
    const fn builtin() -> Patterns {
        let mut out = Patterns {
            patterns: [(0, Form::Name, false); SPELLINGS],
            unique: [0; SPELLINGS],
            count: 0,
        };
        // Each key's pattern, plus one (0 is a free slot), and the key, by
        // the key's hash.
        let mut slots = [(0, ""); KEY_SLOTS];
        let mut listed = 0;
        let mut curly = false;
        loop {
            each_form!(|n, i, e, k, _form| {
                let keys = &LOWERED[n];
                let Some((kind, searched)) = listing(e, k) else {
                    continue;
                };
                if !curly {
                    if searched {
                        let pattern = (i, kind, is_acronym(form(e, k)));
                        out.add(&mut slots, keys.pattern, pattern, listed);
                    }
                    listed += 1;
                } else if let (true, Some(c)) = (searched, &keys.curly) {
                    out.add(&mut slots, c.pattern, (i, kind, is_acronym(c.form)), listed);
                    listed += 1;
                }
            });
            if curly {
                return out;
            }
            curly = true;
        }
    }

    /// Adds form `listed`, its pattern key `key` and its pattern: a new
    /// pattern unless a form before it has the key, whose pattern then
    /// matches case exactly only if both forms are acronyms.
    const fn add(
        &mut self,
        slots: &mut [(usize, &'static str); KEY_SLOTS],
        key: &'static str,
        pattern: (usize, Form, bool),
        listed: usize,
    ) {
        let mut slot = key_slot(key.as_bytes());
        loop {
            let (p, first) = slots[slot];
            if p == 0 {
                slots[slot] = (self.count + 1, key);
                self.patterns[self.count] = pattern;
                self.unique[self.count] = listed;
                self.count += 1;
                return;
            }
            if same_bytes(first, key) {
                self.patterns[p - 1].2 &= pattern.2;
                return;
            }
            slot = (slot + 1) % KEY_SLOTS;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agency::table::AGENCIES;
    use crate::agency::{lookup_key, with_curly_apostrophes};

    #[test]
    fn the_patterns_worked_out_when_compiling_are_those_of_a_user_lexicon() {
        let (_, forms, _) = crate::agency::Lexicon::list(&[]);
        let (patterns, unique) = crate::agency::patterns_of(&forms);
        assert_eq!(PATTERNS.patterns(), patterns);
        assert_eq!(PATTERNS.unique(), unique);
    }

    #[test]
    fn the_keys_made_when_compiling_are_those_made_at_run_time() {
        let forms: Vec<&str> = AGENCIES
            .iter()
            .flat_map(|e| (0..form_count(e)).map(|k| form(e, k)))
            .collect();
        assert_eq!(forms.len(), LOWERED.len());
        let mut made = 0;
        for (s, keys) in forms.iter().zip(&LOWERED) {
            assert_eq!(keys.pattern, s.to_ascii_lowercase(), "{s:?}");
            match keys.curly {
                Some(c) => {
                    assert_eq!(c.form, with_curly_apostrophes(s), "{s:?}");
                    assert_eq!(c.pattern, c.form.to_ascii_lowercase(), "{s:?}");
                }
                None => assert!(!s.contains('\''), "{s:?}"),
            }
            if let Some(key) = keys.surface {
                assert_eq!(key, lookup_key(s), "{s:?}");
                made += 1;
            }
        }
        // Only the forms with a character that has a lowercase of its own
        // beyond ASCII's, or that end in a byte not ASCII, are left to the
        // run time.
        let keeping = forms.iter().filter(|s| {
            s.bytes().last().is_some_and(|b| b.is_ascii_graphic())
                && s.chars()
                    .all(|c| c.is_ascii() || ('\u{DF}'..='\u{FF}').contains(&c))
        });
        assert_eq!(made, keeping.count());
    }
}
