//! Words and punctuation of the story's paragraphs, cut once and shared by
//! the quote and speaker stages.

use crate::Span;
use crate::cue::Role;

/// One word or punctuation sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub span: Span,
    /// The punctuation sign, or `None` for a word.
    pub punct: Option<char>,
    /// A word that starts with an uppercase letter.
    pub cap: bool,
    /// Index of the paragraph (segment) the token is in.
    pub seg: u32,
    /// The word's cue role, looked up once: the quote windows around
    /// each quote ask for it many times.
    pub cue: Option<Role>,
}

impl Tok {
    pub(crate) fn is_word(&self) -> bool {
        self.punct.is_none()
    }

    /// A sign that ends a sentence.
    pub(crate) fn ends_sentence(&self) -> bool {
        matches!(self.punct, Some('.' | '!' | '?'))
    }
}

/// Abbreviations that keep their period ("Mr.", "Lt.", "Gen."): a period
/// after them does not end the sentence.
#[rustfmt::skip]
static ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec", "dr", "feb", "gen", "gov",
    "inc", "jan", "jr", "lt", "maj", "mr", "mrs", "ms", "no", "nov", "oct", "prof", "rep", "rev",
    "sen", "sens", "sep", "sept", "sgt", "sr", "st", "vs",
];

fn joins(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '&')
}

/// Appends the tokens of `text[seg]` to `out`.
pub(crate) fn tokenize(text: &str, seg: Span, index: u32, out: &mut Vec<Tok>) {
    let s = &text[seg];
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                span: Span::new(i, i + c.len_utf8()).shift(seg.start),
                punct: Some(c),
                cap: false,
                seg: index,
                cue: None,
            });
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
        if s[end..].starts_with(".)") || s[end..].starts_with(".),") {
            // "(D-Mo.)": the period belongs to the abbreviation.
            end += 1;
            it.next();
        } else if s[end..].starts_with('.') {
            let w = &s[i..end];
            let single = w.chars().count() == 1 && c.is_uppercase();
            let dotted = w.contains('.');
            if single || dotted || crate::cue::in_table(ABBREVIATIONS, w) {
                end += 1;
                it.next();
            }
        }
        out.push(Tok {
            span: Span::new(i, end).shift(seg.start),
            punct: None,
            cap: c.is_uppercase(),
            seg: index,
            cue: crate::cue::role(&s[i..end]),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn abbreviations_are_sorted() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
    }
}
