//! Phrases of page chrome: what menus, share bars, captions, ads and footers
//! open with. Plain tables, one phrase a line; matching ignores ASCII case.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

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

fn starts_with_ci(p: &str, prefix: &str) -> bool {
    p.len() >= prefix.len()
        && p.is_char_boundary(prefix.len())
        && p[..prefix.len()].eq_ignore_ascii_case(prefix)
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
    gallery_caption(p) || OPENERS.iter().any(|o| starts_with_ci(p, o)) || has_inside_marker(p)
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
    (words <= 8 && STORY_ENDS.iter().any(|o| starts_with_ci(p, o)))
        || CLOSING_CREDITS.iter().any(|o| starts_with_ci(p, o))
}

/// "5 Min Read", "3 min read": a reading-time label.
fn has_min_read(p: &str) -> bool {
    p.len() < 40 && p.to_ascii_lowercase().contains("min read")
}

/// Bylines, stamps and captions: lines by the headline that are not it.
pub(super) fn is_credit_or_stamp(p: &str) -> bool {
    if CREDITS.iter().any(|o| starts_with_ci(p, o)) || p.contains(" | Updated") || has_min_read(p) {
        return true;
    }
    // "Analysis by Chris Cillizza, CNN Editor-at-large": a short line
    // crediting a capitalised name.
    let words: Vec<&str> = p.split_whitespace().collect();
    if words.len() <= 8
        && words.windows(2).any(|w| {
            w[0].eq_ignore_ascii_case("by") && w[1].starts_with(|c: char| c.is_uppercase())
        })
    {
        return true;
    }
    let mut tokens = 0;
    let mut numeric = 0;
    for w in p.split_whitespace() {
        tokens += 1;
        numeric += usize::from(w.bytes().any(|b| b.is_ascii_digit()));
    }
    numeric * 3 >= tokens && numeric > 0
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
        assert!(is_credit_or_stamp(
            "By IANS | Updated: August 15, 2019 09:20 IST"
        ));
        assert!(is_credit_or_stamp("Wednesday, November 6, 2024"));
        assert!(is_credit_or_stamp("5 Min Read"));
        assert!(!is_credit_or_stamp(
            "Kim, Putin exchange greetings on Korea's Liberation Day"
        ));
    }
}
