//! A few fixed phrases found anywhere on the page in one pass, as a sound
//! filter for the searches each stage runs paragraph by paragraph.
//!
//! The stages look for short lists of phrases in every paragraph, in any
//! ASCII case ("state media", "contributed to this report", "cookie"). Most
//! paragraphs hold none. A case-insensitive automaton must read every byte
//! of every paragraph, and a call per short menu line costs more than the
//! line; a SIMD search of the page lowercased once skips most bytes. The
//! stages search for rare pieces of their phrases ("kie" of "cookie", "ncy"
//! of "news agency"), which stop the search less often than the phrases'
//! own openings, and compare the phrases holding a piece where it is found.

use aho_corasick::AhoCorasick;
use aho_corasick::packed;

use crate::Span;

/// A list of lowercase phrases, compiled once.
pub(crate) struct Phrases(Search);

enum Search {
    /// SIMD search (Teddy) for a few patterns.
    Packed(packed::Searcher),
    /// On machines without the SIMD the packed search needs.
    Automaton(AhoCorasick),
}

impl Phrases {
    /// Compiles `table`, whose entries are lowercase.
    pub(crate) fn new(table: &[&str]) -> Phrases {
        debug_assert!(table.iter().all(|p| p.to_lowercase() == *p));
        match packed::Searcher::new(table) {
            Some(s) => Phrases(Search::Packed(s)),
            None => Phrases(Search::Automaton(
                AhoCorasick::new(table).expect("a short list of short phrases"),
            )),
        }
    }

    /// Where the phrases occur in `lower`, the page in ASCII lower case:
    /// left to right, without overlaps (of overlapping occurrences the
    /// leftmost is kept).
    #[cfg(test)]
    pub(crate) fn hits(&self, lower: &[u8]) -> Hits {
        let mut spans = Vec::new();
        self.each(lower, |span, _| spans.push(span));
        Hits(spans)
    }

    /// [`Phrases::hits`], each with the index in the table of the phrase
    /// found there.
    #[cfg(test)]
    pub(crate) fn occurrences(&self, lower: &[u8]) -> Vec<(Span, usize)> {
        let mut found = Vec::new();
        self.each(lower, |span, phrase| found.push((span, phrase)));
        found
    }

    /// Calls `found` with each occurrence [`Phrases::hits`] gives and the
    /// index of its phrase: the one walk both read, whichever search was
    /// built.
    pub(crate) fn each(&self, lower: &[u8], mut found: impl FnMut(Span, usize)) {
        match &self.0 {
            Search::Packed(s) => {
                for m in s.find_iter(lower) {
                    found(Span::new(m.start(), m.end()), m.pattern().as_usize());
                }
            }
            Search::Automaton(a) => {
                for m in a.find_iter(lower) {
                    found(Span::new(m.start(), m.end()), m.pattern().as_usize());
                }
            }
        }
    }
}

impl std::fmt::Debug for Phrases {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Phrases")
    }
}

/// The phrases' occurrences on one page.
#[cfg(test)]
#[derive(Debug, Default)]
pub(crate) struct Hits(Vec<Span>);

#[cfg(test)]
impl Hits {
    /// The occurrences found, in text order, apart.
    pub(crate) fn spans(&self) -> &[Span] {
        &self.0
    }

    /// False when no phrase occurs wholly within `span`; true when a kept
    /// occurrence overlaps it. Every occurrence either was kept or overlaps
    /// one that was, so a paragraph this says no to needs no search.
    pub(crate) fn maybe_within(&self, span: Span) -> bool {
        // Kept hits are apart, so their ends are in the order of their
        // starts: the first ending after `span` starts is the only one to test.
        let first = self.0.partition_point(|h| h.end <= span.start);
        self.0.get(first).is_some_and(|h| h.start < span.end)
    }
}

/// The compiled phrases of a `'static` table, built on first use.
macro_rules! phrases {
    ($table:expr) => {{
        static PHRASES: std::sync::OnceLock<$crate::phrases::Phrases> = std::sync::OnceLock::new();
        PHRASES.get_or_init(|| $crate::phrases::Phrases::new($table))
    }};
}
pub(crate) use phrases;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_without_a_phrase_is_ruled_out() {
        let text = "Menu\nState media said so.\nNothing here.\nIt cited state\nmedia.";
        let lower = text.to_ascii_lowercase();
        let hits = Phrases::new(&["state media"]).hits(lower.as_bytes());
        let line = |s: &str| {
            let at = text.find(s).unwrap();
            Span::new(at, at + s.len())
        };
        assert!(hits.maybe_within(line("State media said so.")));
        assert!(!hits.maybe_within(line("Menu")));
        assert!(!hits.maybe_within(line("Nothing here.")));
        // A phrase broken over a line is in no single line.
        assert!(!hits.maybe_within(line("It cited state")));
        assert_eq!(hits.spans().len(), 1);
    }

    #[test]
    fn occurrences_say_which_phrase() {
        let lower = b"state media and the news agency; state-run media";
        let phrases = Phrases::new(&["the news agency", "state media", "state-run media"]);
        let found: Vec<(&[u8], usize)> = phrases
            .occurrences(lower)
            .into_iter()
            .map(|(h, k)| (&lower[h.start..h.end], k))
            .collect();
        let expected: [(&[u8], usize); 3] = [
            (b"state media", 1),
            (b"the news agency", 0),
            (b"state-run media", 2),
        ];
        assert_eq!(found, expected);
        assert_eq!(
            phrases.hits(lower).spans(),
            phrases
                .occurrences(lower)
                .iter()
                .map(|o| o.0)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn overlapping_occurrences_keep_the_leftmost() {
        let hits = Phrases::new(&["news agency", "agency said"]).hits(b"the news agency said");
        assert_eq!(hits.spans(), &[Span::new(4, 15)]);
        // "agency said" was not kept, yet its span is not ruled out.
        assert!(hits.maybe_within(Span::new(9, 20)));
    }
}
