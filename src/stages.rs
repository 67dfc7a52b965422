//! Each stage of the pipeline run on its own, for the per-stage benches in
//! `benches/stages.rs`.
//!
//! Hidden from the documentation and outside the crate's stability promise:
//! it exists so that a bench can time one stage with the earlier stages'
//! output already computed, which the public `parse` cannot show.

use crate::agency::Lexicon;
use crate::article::Options;
use crate::attribution::Relays;
use crate::layout::Layout;
use crate::quote::Cut;
use crate::{Byline, Dateline, Span};

/// One text with every stage's input computed once.
#[derive(Debug)]
pub struct Staged<'a> {
    text: &'a str,
    options: Options,
    layout: Layout,
    dateline: Option<Dateline<'a>>,
    /// Where the story starts, which the byline and the relays read.
    start: Option<Span>,
    byline: Byline<'a>,
    /// The story's tokens, which `parse` cuts before the relays and the
    /// dates read too: the quote stage cuts them again, as they are its
    /// own.
    cut: Option<Cut>,
    relays: Relays<'a>,
}

impl Drop for Staged<'_> {
    fn drop(&mut self) {
        // The cut's buffers, kept for the next story as `parse` keeps them
        // (a cut dropped frees them).
        if let Some(cut) = self.cut.take() {
            cut.keep();
        }
    }
}

impl<'a> Staged<'a> {
    /// Runs the pipeline up to the relays, keeping each stage's output.
    pub fn new(text: &'a str) -> Staged<'a> {
        let lexicon = Lexicon::builtin();
        let layout = Layout::new(text);
        let dateline = crate::dateline::find(text, &layout, lexicon);
        let start = crate::byline::story_start(text, &layout, dateline.as_ref());
        let byline = crate::byline::find(text, &layout, lexicon, dateline.as_ref(), start);
        let cut = crate::quote::cut(text, &layout);
        let relays = crate::attribution::find(text, &layout, lexicon, &byline, start, cut.as_ref());
        Staged {
            text,
            options: Options::default(),
            layout,
            dateline,
            start,
            byline,
            cut,
            relays,
        }
    }

    /// Lines, paragraphs, body and headline: the number of body paragraphs.
    pub fn layout(&self) -> usize {
        Layout::new(self.text).body().count()
    }

    /// Published and updated stamps: how many were found.
    pub fn stamps(&self) -> usize {
        let s = crate::stamp::find(self.text, &self.layout, &self.options);
        usize::from(s.published.is_some()) + usize::from(s.updated.is_some())
    }

    /// The dateline: whether one was found.
    pub fn dateline(&self) -> bool {
        crate::dateline::find(self.text, &self.layout, Lexicon::builtin()).is_some()
    }

    /// Bylines: credited agencies and people. The story's start is found
    /// here too, as `parse` finds it for this stage (the relays are given
    /// it).
    pub fn byline(&self) -> usize {
        let dateline = self.dateline.as_ref();
        let start = crate::byline::story_start(self.text, &self.layout, dateline);
        let b = crate::byline::find(self.text, &self.layout, Lexicon::builtin(), dateline, start);
        b.agencies.len() + b.authors.len() + b.editors.len()
    }

    /// Relays and the source chain: the number of attributions.
    pub fn attribution(&self) -> usize {
        let lexicon = Lexicon::builtin();
        let cut = self.cut.as_ref();
        crate::attribution::find(
            self.text,
            &self.layout,
            lexicon,
            &self.byline,
            self.start,
            cut,
        )
        .attributions
        .len()
    }

    /// Quotes with kinds, speakers, cues and chains: the number of quotes.
    pub fn quotes(&self) -> usize {
        let cut = crate::quote::cut(self.text, &self.layout);
        crate::quote::find(self.text, Lexicon::builtin(), &self.relays, cut).len()
    }

    /// Date expressions resolved against the story's date, as `parse`
    /// resolves them: the number of dates.
    pub fn dates(&self) -> usize {
        let stamps = crate::stamp::find(self.text, &self.layout, &self.options);
        let anchor = crate::article::story_date(
            stamps.published.as_ref(),
            stamps.updated.as_ref(),
            self.dateline.as_ref(),
            &self.options,
        );
        let span = self.dateline.as_ref().map(|d| d.span);
        crate::dates::find(self.text, &self.layout, anchor, span, self.cut.as_ref()).len()
    }
}
