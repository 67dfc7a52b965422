//! Phrases of page chrome: what menus, share bars, captions, ads and footers
//! open with. Plain tables, one phrase a line; matching ignores ASCII case.

use std::sync::OnceLock;

use super::Shape;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, StartKind};

/// A paragraph opening with one of these is never story text.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "[ad_",
    "advertisement",
    "also on ",
    "also read",
    "click here",
    "copyright",
    "download the",
    "file photo",
    "follow rt",
    "follow us",
    "get short url",
    "image caption",
    "image copyright",
    "like this story",
    "media playback",
    "open in app",
    "photo:",
    "read more",
    "see also",
    "share this",
    "sign up",
    "skip to",
    "subscribe",
    "watch:",
    "©",
];

/// A paragraph containing one of these is never story text.
#[rustfmt::skip]
const INSIDE: &[&str] = &[
    "(function",
    "all rights reserved",
    "cookie",
    "getty images",
    "javascript",
    "opens in new window",
    "read more »",
    "reuters/",
    "rss feed",
    "these are external links",
    "window.",
];

/// Short headings after which a page no longer carries the story. ("Read
/// more" is not one: some pages print it inside the story, before its
/// second half; it is plain chrome.)
#[rustfmt::skip]
const STORY_ENDS: &[&str] = &[
    "(end)",
    "-0-",
    "comments",
    "copyright",
    "editor's picks",
    "latest news",
    "latest posts",
    "more from",
    "more stories",
    "most popular",
    "most read",
    "our standards",
    "popular",
    "realted stories",
    "recommended",
    "related",
    "tags:",
    "top stories",
    "topics",
    "trending",
    "you may also like",
    "you might also like",
    "©",
];

/// Openers of credit and stamp lines, which are never the headline.
#[rustfmt::skip]
const CREDITS: &[&str] = &[
    "(",
    "by ",
    "edited by",
    "eds:",
    "first published",
    "last updated",
    "min read",
    "photo",
    "posted",
    "published",
    "reporting by",
    "source:",
    "updated",
];

/// A table of phrases looked for at a paragraph's start, in any ASCII case.
///
/// One anchored automaton answers for the whole table: a paragraph costs the
/// length of its longest partial match, not one compare per entry.
struct Openers(AhoCorasick);

impl Openers {
    fn new(table: &[&str]) -> Openers {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .start_kind(StartKind::Anchored)
            .kind(Some(AhoCorasickKind::DFA))
            .build(table)
            .expect("a small table of short phrases");
        Openers(ac)
    }

    /// Whether `p` opens with an entry. The entries are whole characters,
    /// so a match always ends on a character boundary of `p`.
    fn open(&self, p: &str) -> bool {
        self.0.is_match(Input::new(p).anchored(Anchored::Yes))
    }
}

/// The automaton of one table, built on first use.
macro_rules! openers {
    ($table:expr) => {{
        static AUTOMATON: OnceLock<Openers> = OnceLock::new();
        AUTOMATON.get_or_init(|| Openers::new($table))
    }};
}

/// Chrome markers sit near a paragraph's start; long story paragraphs are
/// only searched over their first few hundred bytes.
const MARKER_REACH: usize = 400;

/// True when the opening of `p` contains one of [`INSIDE`], any case.
fn has_inside_marker(p: &str) -> bool {
    static MARKERS: OnceLock<AhoCorasick> = OnceLock::new();
    let ac = MARKERS.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(INSIDE)
            .expect("a few short markers")
    });
    ac.is_match(&p.as_bytes()[..p.len().min(MARKER_REACH)])
}

/// Menus, share bars, captions, scripts, ads.
pub(super) fn is_chrome(p: &str) -> bool {
    gallery_caption(p) || openers!(OPENERS).open(p) || has_inside_marker(p)
}

/// Credit lines that close a wire story, however long.
#[rustfmt::skip]
const CLOSING_CREDITS: &[&str] = &[
    "(additional reporting by",
    "(editing by",
    "(reporting by",
    "(writing by",
    "reporting by",
];

/// "1of4Grass Valley's ...": a photo gallery's numbered caption.
fn gallery_caption(p: &str) -> bool {
    let digits = p.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && p[digits..].starts_with("of")
        && p.as_bytes().get(digits + 2).is_some_and(u8::is_ascii_digit)
}

/// A heading that closes the story ("Related Stories", "Tags:", "(END)"),
/// or the reporting credits that end a wire story.
pub(super) fn ends_story(p: &str, words: usize) -> bool {
    (words <= 8 && openers!(STORY_ENDS).open(p)) || openers!(CLOSING_CREDITS).open(p)
}

/// "5 Min Read", "3 min read": a reading-time label.
fn has_min_read(p: &str) -> bool {
    p.len() < 40
        && p.as_bytes()
            .windows(b"min read".len())
            .any(|w| w.eq_ignore_ascii_case(b"min read"))
}

/// Bylines, stamps and captions: lines by the headline that are not it.
pub(super) fn is_credit_or_stamp(p: &str, shape: &Shape) -> bool {
    openers!(CREDITS).open(p)
        || p.contains(" | Updated")
        || has_min_read(p)
        // "Analysis by Chris Cillizza, CNN Editor-at-large": a short line
        // crediting a capitalised name.
        || (shape.words <= 8 && shape.by_name)
        || (shape.numeric_words > 0 && shape.numeric_words * 3 >= shape.words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_lowercase() {
        for table in [OPENERS, INSIDE, STORY_ENDS, CREDITS, CLOSING_CREDITS] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "{table:?}");
            assert!(table.iter().all(|p| p.to_lowercase() == *p));
        }
    }

    #[test]
    fn chrome_lines() {
        assert!(is_chrome("ALSO READ:  Malta experiences 2nd driest year"));
        assert!(is_chrome(
            "FILE PHOTO: Traders work on the floor. REUTERS/Brendan McDermid"
        ));
        assert!(is_chrome(
            "Our website uses cookies to improve its performance."
        ));
        assert!(!is_chrome("Kim said the ties would grow stronger."));
        assert!(is_chrome("2of4A shopper looks at extension cords"));
        assert!(!is_chrome("2019 was a year of talks"));
    }

    #[test]
    fn story_ends_and_credits() {
        assert!(ends_story("Related Stories", 2));
        assert!(ends_story("Tags: koreajapan", 2));
        assert!(ends_story(
            "(Reporting by Jack Kim; Editing by Leslie Adler and Stephen Coates)",
            11
        ));
        assert!(!ends_story(
            "Related talks went on for hours and ended without any agreement at all",
            13
        ));
        assert!(!ends_story("Kim and Putin met", 4));
        let credit = |p: &str| is_credit_or_stamp(p, &Shape::of(p));
        assert!(credit("By IANS | Updated: August 15, 2019 09:20 IST"));
        assert!(credit("Wednesday, November 6, 2024"));
        assert!(credit("5 Min Read"));
        assert!(credit("Analysis by Chris Cillizza, CNN Editor-at-large"));
        assert!(!credit(
            "Kim, Putin exchange greetings on Korea's Liberation Day"
        ));
        assert!(!credit(
            "Stand by Me: a film remembered on its anniversary weekend"
        ));
    }
}
