//! Lines and paragraphs, and which of them are the story.
//!
//! (First version: paragraphs are blank-line separated blocks, every
//! paragraph is body, the headline is the first line. Being replaced.)

use crate::Span;

/// What a paragraph is on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Part of the story.
    Body,
    /// Menus, related stories, ads, footers: not the story.
    Chrome,
    /// The story's headline.
    Headline,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Paragraph {
    pub span: Span,
    pub role: Role,
}

/// The page cut into lines and paragraphs.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    /// Every line, without its line break.
    pub lines: Vec<Span>,
    pub paragraphs: Vec<Paragraph>,
    /// The headline's text, trimmed.
    pub headline: Option<Span>,
}

impl Layout {
    pub(crate) fn new(text: &str) -> Layout {
        let mut lines = Vec::new();
        let mut start = 0;
        for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
            lines.push(Span::new(start, nl));
            start = nl + 1;
        }
        lines.push(Span::new(start, text.len()));
        let mut paragraphs = Vec::new();
        let mut open: Option<Span> = None;
        for &l in &lines {
            if text[l].trim().is_empty() {
                if let Some(p) = open.take() {
                    paragraphs.push(Paragraph {
                        span: p,
                        role: Role::Body,
                    });
                }
            } else {
                open = Some(match open {
                    Some(p) => Span::new(p.start, l.end),
                    None => l,
                });
            }
        }
        if let Some(p) = open {
            paragraphs.push(Paragraph {
                span: p,
                role: Role::Body,
            });
        }
        let headline = lines
            .iter()
            .copied()
            .find(|&l| !text[l].trim().is_empty())
            .map(|l| trim(text, l));
        Layout {
            lines,
            paragraphs,
            headline,
        }
    }

    /// The body paragraphs, in order.
    pub(crate) fn body(&self) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs.iter().filter(|p| p.role == Role::Body)
    }
}

/// `span` without leading and trailing white space.
pub(crate) fn trim(text: &str, span: Span) -> Span {
    let s = &text[span];
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    Span::new(start, end.max(start))
}
