//! The built-in lexicon's surface map and the look-up gates read from its
//! keys, made when compiling.
//!
//! Built at run time, the map cost each process's set-up some 76K
//! instructions (a hash-map entry for each of the table's forms), and its
//! gates' tables another 20K: made here, the whole built-in lexicon is a
//! `static` (`Lexicon::builtin`), with nothing left to build or copy.

use super::lowered::{KEY_SLOTS, LISTINGS, LOWERED, each_form, key_slot};
use super::mark_shape;
use super::name_ends::NameEnds;
use super::unicode_keys::UNICODE_KEYS;
use crate::phrases::same_bytes;

/// The built-in lexicon's surface map, as `Lexicon::new` makes a user's
/// (`surface_of`), with the tables read from its keys.
#[derive(Debug)]
pub(super) struct BuiltinSurface {
    /// Open-addressed by [`key_slot`]: each look-up key with its agency
    /// and, when a form searched in running text has it, its name's
    /// agency. A free slot ends a search.
    slots: [Option<(&'static str, u16, Option<u16>)>; KEY_SLOTS],
    /// `Lexicon::shapes` of the keys.
    pub shapes: [u64; 1 << 10],
    /// `Lexicon::name_ends` of the keys.
    pub name_ends: NameEnds,
    /// The longest form's length, trimmed.
    pub longest: usize,
}

/// The built-in lexicon's surface map.
pub(super) static BUILTIN_SURFACE: BuiltinSurface = BuiltinSurface::build();

impl BuiltinSurface {
    /// The agency of the form with look-up key `key`, and of the form
    /// searched in running text with it: what the user lexicon's map
    /// holds. Asked by the key's bytes: a key made from an ASCII string
    /// is not checked for UTF-8 first (about 55 instructions a look-up).
    pub(super) fn get(&self, key: &[u8]) -> Option<(usize, Option<usize>)> {
        let mut slot = key_slot(key);
        loop {
            let (k, agency, name) = self.slots[slot]?;
            if k.as_bytes() == key {
                return Some((usize::from(agency), name.map(usize::from)));
            }
            slot = (slot + 1) % KEY_SLOTS;
        }
    }

    /// Every key with its entry, in no order.
    #[cfg(test)]
    pub(super) fn entries(&self) -> impl Iterator<Item = (&'static str, (usize, Option<usize>))> {
        self.slots
            .iter()
            .flatten()
            .map(|&(k, a, n)| (k, (usize::from(a), n.map(usize::from))))
    }

    /// The table's forms claimed in the order `Lexicon::list` lists them
    /// (as `Lexicon::new` claims a user lexicon's), then the gates marked
    /// from the keys.
    const fn build() -> BuiltinSurface {
        let mut out = BuiltinSurface {
            slots: [None; KEY_SLOTS],
            shapes: [0; 1 << 10],
            name_ends: NameEnds::unread(),
            longest: 0,
        };
        each_form!(|n, i, e, k, bytes| {
            let Some((_, searched)) = LISTINGS[n] else {
                continue;
            };
            // A blank form is no look-up key (none of the table's is).
            if bytes.trim_ascii().is_empty() {
                continue;
            }
            let form = super::lowered::form(e, k);
            let keys = &LOWERED[n];
            let key = match keys.surface {
                Some(key) => key,
                None => unicode_key(form),
            };
            out.claim(key, i, searched);
            out.longest = longer(out.longest, bytes);
            // A searched form's curly spelling counts for the longest
            // only: the map holds its straight key.
            if let (true, Some(curly)) = (searched, &keys.curly) {
                out.longest = longer(out.longest, curly.form.as_bytes());
            }
        });
        let mut slot = 0;
        let mut short_name = false;
        while slot < KEY_SLOTS {
            if let Some((key, _, name)) = out.slots[slot] {
                mark_shape(&mut out.shapes, key.as_bytes());
                if name.is_some() {
                    short_name |= !out.name_ends.mark(key.as_bytes());
                }
            }
            slot += 1;
        }
        if short_name {
            out.name_ends = NameEnds::full();
        }
        out
    }

    /// Enters agency `i`'s form with look-up key `key`: the first agency
    /// to claim a key keeps it, and the first to claim it with a form
    /// searched in running text is its name's (as `claim` enters a user
    /// lexicon's).
    const fn claim(&mut self, key: &'static str, i: usize, searched: bool) {
        assert!(i < u16::MAX as usize, "an agency's index fits a u16");
        let name = if searched { Some(i as u16) } else { None };
        let mut slot = key_slot(key.as_bytes());
        loop {
            match self.slots[slot] {
                None => {
                    self.slots[slot] = Some((key, i as u16, name));
                    return;
                }
                Some((k, agency, None)) if same_bytes(k, key) => {
                    self.slots[slot] = Some((k, agency, name));
                    return;
                }
                Some((k, ..)) if same_bytes(k, key) => return,
                _ => slot = (slot + 1) % KEY_SLOTS,
            }
        }
    }
}

/// The look-up key of a table form the compiler cannot lowercase, from
/// [`UNICODE_KEYS`].
const fn unicode_key(form: &str) -> &'static str {
    let mut k = 0;
    while k < UNICODE_KEYS.len() {
        if same_bytes(UNICODE_KEYS[k].0, form) {
            return UNICODE_KEYS[k].1;
        }
        k += 1;
    }
    panic!("a table form the compiler cannot lowercase: add its key to unicode_keys.rs")
}

/// The greater of `longest` and form `s`'s trimmed length, as the user
/// lexicon's `longer` measures it: the table's forms are trimmed already
/// but for ASCII spaces, were one ever written with them.
const fn longer(longest: usize, s: &[u8]) -> usize {
    let trimmed = s.trim_ascii().len();
    if trimmed > longest { trimmed } else { longest }
}
