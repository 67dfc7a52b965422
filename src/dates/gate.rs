//! Which paragraphs can hold a date expression at all, decided before any
//! tokenizing: a look for a digit a block at a time, then, only without
//! one, a look for a trigger word by word.
//!
//! Why skipping the others is sound: the scan tries patterns only at a
//! number or at a word that opens an expression (`Scan::core`), and without
//! a number every path of `Scan::words` that ends in a match requires,
//! somewhere in the paragraph, a word of `List::Trigger`: a name of a valued
//! table (a month, weekday, holiday, season, part of the day, "the
//! nineties") or a word of `TRIGGERS`. Word tokens are maximal runs of ASCII
//! letters compared in any case, so a paragraph with no ASCII digit and no
//! such run yields no match; and with no match it leaves the scan's state
//! (the last quarter and date named) as it was, so later paragraphs cannot
//! tell that it was skipped.
//!
//! Most news paragraphs hold a digit or a trigger; the rest (quotes,
//! background) are skipped untokenized, and tokenizing is most of the
//! scan's cost.

use super::lexicon::Index;
use super::token::{run_end, short_word};

/// Whether `text[start..end]` may hold a date expression: it has an ASCII
/// digit or a run of ASCII letters that is a word of [`List::Trigger`].
///
/// Digits are looked for first, a block of bytes at a time: most
/// paragraphs have one. Only the others are read word by word.
///
/// [`List::Trigger`]: super::lexicon::List::Trigger
pub(crate) fn may_hold_date(text: &str, start: usize, end: usize, index: &Index) -> bool {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let Some(paragraph) = bytes.get(start..end) else {
        return false;
    };
    has_digit(paragraph) || has_trigger(paragraph, index)
}

/// Whether `bytes` holds an ASCII digit.
fn has_digit(bytes: &[u8]) -> bool {
    // No early exit inside a block, so that the compiler tests the block's
    // bytes together.
    let blocks = bytes.chunks_exact(32);
    let tail = blocks.remainder();
    blocks
        .into_iter()
        .any(|block| block.iter().fold(false, |any, b| any | b.is_ascii_digit()))
        || tail.iter().any(u8::is_ascii_digit)
}

/// Whether a whole run of ASCII letters in `paragraph` is a trigger word, a
/// word costing one bit test unless it may be one: a short word read in one
/// load is tested against the index's set of short triggers, a longer one
/// against its sketch.
///
/// Not inlined: the paragraph loop stays small for the paragraphs with a
/// digit, most of them, which never come here.
#[inline(never)]
fn has_trigger(paragraph: &[u8], index: &Index) -> bool {
    let end = paragraph.len();
    let mut i = 0;
    while let Some(&b) = paragraph.get(i) {
        if b.is_ascii_alphabetic() {
            // The whole run, as the tokenizer reads it: "mayor" is not "may".
            let (e, trigger) = match short_word(paragraph, i, end) {
                Some((n, word)) => (i + n, index.is_short_trigger_in(paragraph, i, i + n, word)),
                None => {
                    let e = run_end(paragraph, i, end, false);
                    (e, index.is_trigger_in(paragraph, i, e))
                }
            };
            if trigger {
                return true;
            }
            // The byte after the run is no letter: skip it too.
            i = e + 1;
        } else {
            i += 1;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holds(s: &str) -> bool {
        may_hold_date(s, 0, s.len(), Index::get())
    }

    #[test]
    fn digits_and_whole_trigger_words_keep_a_paragraph() {
        assert!(holds("It rose 5 percent."));
        assert!(holds("They met on TUESDAY."));
        assert!(holds("in the first quarters"));
        assert!(holds("the mayor said. May"));
        assert!(holds("the nineties"));
        assert!(!holds("The mayor said the todays market was calm."));
        assert!(!holds("He said that a deal was near, \u{e9}t\u{e9}."));
        assert!(!holds(""));
    }

    /// [`has_trigger`] as it read before short words were read in one
    /// load: each whole run of letters looked up.
    fn has_trigger_run_by_run(paragraph: &[u8], index: &Index) -> bool {
        let mut i = 0;
        while i < paragraph.len() {
            if paragraph[i].is_ascii_alphabetic() {
                let e = run_end(paragraph, i, paragraph.len(), false);
                if index.is_trigger_in(paragraph, i, e) {
                    return true;
                }
                i = e;
            } else {
                i += 1;
            }
        }
        false
    }

    #[test]
    fn short_words_read_in_one_load_find_what_runs_find() {
        use super::super::table;
        let index = Index::get();
        let mut words: Vec<String> = Vec::new();
        for list in [table::TRIGGERS, table::MODIFIERS] {
            words.extend(list.iter().map(|w| w.to_string()));
        }
        words.extend(table::OPENERS.iter().map(|e| e.0.to_string()));
        words.extend(table::MONTHS.iter().map(|e| e.0.to_string()));
        words.extend(table::WEEKDAYS.iter().map(|e| e.0.to_string()));
        words.extend(table::HOLIDAYS.iter().map(|e| e.0.to_string()));
        words.extend(table::SEASONS.iter().map(|e| e.0.to_string()));
        words.extend(table::PARTS_OF_DAY.iter().map(|e| e.0.to_string()));
        words.extend(table::TENS_STEMS.iter().map(|e| format!("{}ies", e.0)));
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
                    assert_eq!(
                        has_trigger(s.as_bytes(), index),
                        has_trigger_run_by_run(s.as_bytes(), index),
                        "{s:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_slice_is_read_within_its_bounds() {
        let s = "calm 7 Monday";
        let index = Index::get();
        assert!(!may_hold_date(s, 0, 4, index));
        assert!(may_hold_date(s, 5, 6, index));
        assert!(may_hold_date(s, 7, 40, index));
    }
}
