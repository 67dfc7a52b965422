//! The speech-cue verb lexicon: said, added, told, quoted ... as saying.
//!
//! The table is data (`cue/table.rs`); this module looks words up in it.

use std::cmp::Ordering;
use std::sync::OnceLock;

mod table;

pub(crate) use table::Role;

/// Compares `a` with the lowercase table entry `b`, ignoring ASCII case in `a`
/// and a trailing period ("Gen." is "gen").
pub(crate) fn cmp_word(a: &str, b: &str) -> Ordering {
    let a = a.strip_suffix('.').unwrap_or(a);
    a.bytes().map(|c| c.to_ascii_lowercase()).cmp(b.bytes())
}

/// Whether `word` is in the sorted lowercase `table`, case aside.
pub(crate) fn in_table(table: &[&str], word: &str) -> bool {
    table
        .binary_search_by(|e| cmp_word(word, e).reverse())
        .is_ok()
}

/// The cue role of `word`, when it is a speech cue.
pub(crate) fn role(word: &str) -> Option<Role> {
    // Asked for every word of the story: the search runs only over the
    // entries that share the word's first letter.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    let (lo, hi) = first_letter_ranges()[usize::from(first)];
    let bucket = table::CUES.get(usize::from(lo)..usize::from(hi))?;
    bucket
        .binary_search_by(|(e, _)| cmp_word(word, e).reverse())
        .ok()
        .map(|i| bucket[i].1)
}

/// For each first byte, the range of `CUES` entries starting with it.
fn first_letter_ranges() -> &'static [(u16, u16); 256] {
    static RANGES: OnceLock<[(u16, u16); 256]> = OnceLock::new();
    RANGES.get_or_init(|| {
        let mut r = [(0u16, 0u16); 256];
        for b in 0..=255u8 {
            let lo = table::CUES.partition_point(|(e, _)| e.as_bytes().first() < Some(&b));
            let hi = table::CUES.partition_point(|(e, _)| e.as_bytes().first() <= Some(&b));
            r[usize::from(b)] = (
                u16::try_from(lo).unwrap_or(u16::MAX),
                u16::try_from(hi).unwrap_or(u16::MAX),
            );
        }
        r
    })
}

/// Whether `word` may stand between a speaker and its verb ("also", "has").
pub(crate) fn is_between(word: &str) -> bool {
    in_table(table::BETWEEN, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(t: &[&str]) -> bool {
        t.windows(2).all(|w| w[0] < w[1])
    }

    #[test]
    fn tables_are_sorted_lowercase() {
        let words: Vec<&str> = table::CUES.iter().map(|(w, _)| *w).collect();
        assert!(sorted(&words));
        assert!(sorted(table::BETWEEN));
        for w in words.iter().chain(table::BETWEEN) {
            assert_eq!(*w, w.to_lowercase());
        }
    }

    #[test]
    fn verbs_and_participles() {
        assert_eq!(role("said"), Some(Role::Verb));
        assert_eq!(role("Said"), Some(Role::Verb));
        assert_eq!(role("told"), Some(Role::Verb));
        assert_eq!(role("wrote"), Some(Role::Verb));
        assert_eq!(role("saying"), Some(Role::Participle));
        assert_eq!(role("adding"), Some(Role::Participle));
        assert_eq!(role("according"), Some(Role::According));
        assert_eq!(role("quoted"), Some(Role::Quoted));
        assert_eq!(role("cited"), Some(Role::Quoted));
        assert_eq!(role("sad"), None);
        assert_eq!(role("saidx"), None);
        assert_eq!(role(""), None);
        assert_eq!(role("SAID."), Some(Role::Verb));
        assert_eq!(role("."), None);
        assert_eq!(role("Écrit"), None);
    }

    #[test]
    fn between_words() {
        assert!(is_between("also"));
        assert!(is_between("Later"));
        assert!(!is_between("Kim"));
    }
}
