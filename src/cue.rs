//! The speech-cue verb lexicon: said, added, told, quoted ... as saying.
//!
//! The table is data (`cue/table.rs`); words are looked up in it through the
//! one index of all word lists (`quote/words.rs`), once per token.

pub(crate) mod table;

pub(crate) use table::Role;

use crate::quote::words::{self, Class};

/// Whether `word` may stand between a speaker and its verb ("also", "has").
pub(crate) fn is_between(word: &str) -> bool {
    words::lookup(word).class.has(Class::BETWEEN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(word: &str) -> Option<Role> {
        words::lookup(word).role
    }

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
