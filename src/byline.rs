//! Bylines: credited agencies and people.
//!
//! A story credits its makers in a few places, each with its own grammar:
//! lines between the headline and the first paragraph ("By IANS | Updated:
//! ...", "By PAUL BYRNE and ALMUDENA CALATRAVA" then "Associated Press",
//! "Robert Burns, AP National Security Writer", a bare "Rodrigo Campos" above
//! "5 Min Read"), the dateline's agency tag, and trailers after the last
//! paragraph ("(Reporting by A; Editing by B)", "( With inputs from IANS )",
//! a "(Yonhap)" or "Reuter" sign-off, "source of this article: X
//! Responsibility Editor: Y").

use std::borrow::Cow;

#[cfg(test)]
use memchr::memmem::Finder;

use crate::agency::Lexicon;
use crate::layout::{Layout, Line};
use crate::trim::{floor_char_boundary, strip_suffix_ci, trim_visible};
use crate::{Dateline, Span};

mod words;

/// Who is credited with the story.
///
/// # Examples
///
/// ```
/// let article = newswire::parse("Headline\n\nBy Yonhap\n\nSEOUL -- Text.");
/// let _agencies = &article.byline.agencies;
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Byline<'a> {
    /// Agencies credited as authors of this story, canonical, in order.
    pub agencies: Vec<Cow<'a, str>>,
    /// People credited with writing or reporting it.
    pub authors: Vec<&'a str>,
    /// People credited with editing it.
    pub editors: Vec<&'a str>,
}

// Most credit lists get one or two names: their first push makes its room
// directly (see `crate::room`; 8,300 instructions fewer over corpora/real's
// 143 first pushes).
impl<'a> Byline<'a> {
    fn agency(&mut self, name: Cow<'a, str>) {
        if !self.agencies.iter().any(|a| a.eq_ignore_ascii_case(&name)) {
            crate::room::push(&mut self.agencies, name);
        }
    }

    fn author(&mut self, name: &'a str) {
        if !self.authors.iter().any(|a| a.eq_ignore_ascii_case(name)) {
            crate::room::push(&mut self.authors, name);
        }
    }

    fn editor(&mut self, name: &'a str) {
        if !self.editors.iter().any(|a| a.eq_ignore_ascii_case(name)) {
            crate::room::push(&mut self.editors, name);
        }
    }
}

/// Lines before the story's first paragraph that may hold its byline.
const HEAD_LINES: usize = 12;
/// Lines under the headline that may hold the byline (share buttons and a
/// photo caption may come first).
const UNDER_HEADLINE: usize = 20;
/// Lines after the first paragraph's end still searched for a "By" line
/// (pages put a photo caption or a standfirst above the byline).
const AFTER_LINES: usize = 8;
/// Longest line read as a byline or credit line.
const MAX_CREDIT_LINE: usize = 160;
/// Longest paragraph read as a "Source: ..." or "Editor: ..." footer.
const MAX_FOOTER: usize = 200;
/// The footer phrase crediting an agency with the story.
const CONTRIBUTED: &str = "contributed to this report";
/// The piece of [`CONTRIBUTED`] the layout's search of the page looks for
/// ([`crate::phrases::PageHits`]), rarer than its opening "con"; the phrase
/// is compared where one is found. It runs on past "ibu" so that the search
/// itself passes over "contributor" and "distribution" rather than
/// returning them as hits.
pub(crate) const CONTRIBUTED_PIECES: &[&str] = &["ibute"];
/// Where in [`CONTRIBUTED`] its piece lies (a test checks).
const CONTRIBUTED_PIECE_AT: usize = 5;
/// The footer label of a Chinese portal's source.
const SOURCE_OF_ARTICLE: &str = "source of this article:";
/// Every label [`source_of_article`] reads, each ending in a colon: a
/// paragraph is read for them only when one of these closes a colon in it.
const FOOTER_LABELS: [&str; 4] = [SOURCE_OF_ARTICLE, "source:", "editors:", "editor:"];
/// The ends of [`FOOTER_LABELS`], colon included, which the layout's search
/// of the page looks for ([`crate::phrases::PageHits`]): every colon that
/// closes a label ends one of them (a test checks), so the colons are read
/// where the page's search found these rather than by a search of their own.
/// ("or:" and "rs:" rather than "itor:" and "itors:" for "editor:" and
/// "editors:": the search returns "leaders:" and "customers:" too, but
/// their first three bytes open 8 places of the real articles where "ito"
/// opens 65 ("editor", "capitol", "monitor"), see `crate::phrases`.)
pub(crate) const FOOTER_LABEL_PIECES: &[&str] = &["le:", "ce:", "or:", "rs:"];
/// The trailer crediting agencies with a rewrite: "(With inputs from IANS)".
const WITH_INPUTS: &str = "with inputs from";
/// Longest paragraph read as a trailer ("(Reporting by ...)").
const MAX_TRAILER: usize = 600;

/// Reuters' house style credits people as "(Reporting by A; Editing by B)";
/// a story that carries that trailer and credits no agency otherwise is
/// Reuters copy reposted without its dateline tag.
const HOUSE_STYLE_AGENCY: &str = "Reuters";

/// The story's byline: the dateline's agency first, then credit lines near
/// the headline, then trailers after the story. `start` is where the story
/// starts, [`story_start`]'s: found once by the caller, as the relays
/// (`crate::attribution::find`) read from there too.
pub(crate) fn find<'a>(
    text: &'a str,
    layout: &Layout,
    lexicon: &Lexicon,
    dateline: Option<&Dateline<'a>>,
    start: Option<Span>,
) -> Byline<'a> {
    let mut by = Byline::default();
    if let Some(a) = dateline.and_then(|d| d.agency.clone()) {
        by.agency(a);
    }
    // The non-blank lines as the layout found them, read trimmed.
    let lines = &layout.lines[..];
    let Some(start) = start else {
        let tail = &lines[lines.partition_point(|l| l.trimmed.end == 0)..];
        trailers(
            text,
            layout,
            lexicon,
            first_after(&layout.paragraphs, 0),
            tail,
            &mut by,
        );
        return by;
    };
    if dateline.and_then(|d| d.agency.as_ref()).is_none()
        && let Some(a) = lead_tag(text, start, lexicon)
    {
        by.agency(lexicon.name(a).clone());
    }
    // The line holding the story's first words, and the lines around it.
    let first = lines.partition_point(|l| l.trimmed.end <= start.start);
    // The lines under the headline (the headline line itself included, as a
    // page's layout may take a credit line for its title) and the lines
    // just before the story: captions and galleries may sit between.
    let headline = layout.headline.filter(|h| h.start < start.start);
    let from = first.saturating_sub(HEAD_LINES);
    // The lines under the headline are read only from a line before
    // `from` (`under < from` below). When the line before `from` ends by
    // the headline's start, none is: told by one compare rather than a
    // search, as the headline is often among the HEAD_LINES lines before
    // the story (with the shortcut below, some 3,500 instructions over
    // corpora/real). Otherwise the headline's line is before `from`, and
    // only those lines are searched (some 4,000 instructions fewer than a
    // search of the page's every line).
    let before_from = &lines[..from];
    let under = headline.map_or(from, |h| match before_from.last() {
        Some(l) if l.trimmed.end > h.start => {
            before_from.partition_point(|l| l.trimmed.end <= h.start)
        }
        _ => from,
    });
    let below_headline = headline.map_or(0, |h| h.start);
    // The lines read are two runs of the page's lines, read in place: at
    // most UNDER_HEADLINE lines under the headline, then the lines from
    // `from` to `first` that end after the headline's start (a run that
    // ends at `first`, as the lines' ends grow), and the first line itself
    // when a "By" line is glued on top of the first paragraph. (Copied to
    // an array on the stack, of the most lines there may be, they cost its
    // 528 bytes zeroed on every page.)
    let under_headline = if under < from {
        &lines[under..(under + UNDER_HEADLINE).min(from)]
    } else {
        &[]
    };
    // Most often the first of these lines already ends after the
    // headline's start (always when there is no headline, as a line's
    // trimmed end is past 0): told by one compare, the search's answer 0.
    let near = &lines[from..first];
    let before_story = from
        + match near.first() {
            Some(l) if l.trimmed.end <= below_headline => {
                near.partition_point(|l| l.trimmed.end <= below_headline)
            }
            _ => 0,
        };
    let glued_by = lines
        .get(first)
        .is_some_and(|l| words::strip_by(line_text(text, l.trimmed)).is_some());
    let before_story = &lines[before_story..first + usize::from(glued_by)];
    // Each line's text, cut and stripped of its wire marks, as
    // [`credit_line`] reads it. A line is cut and stripped once, as the
    // line after the one before, and handed on as the line itself: the
    // same text, which was cut and stripped again for its own turn (some
    // 40 instructions a line, 18,500 over corpora/real's 438 lines).
    let head = |k: usize| {
        let l = match under_headline.get(k) {
            Some(l) => l,
            None => before_story.get(k - under_headline.len())?,
        };
        Some(words::strip_wire_marks(line_text(text, l.trimmed)))
    };
    let mut after_credit = false;
    // A line's agency as a lone name, when it was looked up as the line
    // after the one before: a line is not looked up twice.
    let mut known = None;
    let mut k = 0;
    let mut line = head(0);
    while let Some(l) = line {
        k += 1;
        let next = head(k);
        let mut next_known = None;
        after_credit = credit_line(
            l,
            Neighbours {
                next,
                known,
                next_known: &mut next_known,
            },
            after_credit,
            lexicon,
            &mut by,
        );
        known = next_known;
        line = next;
    }
    // Up to the next line of running text. The story's start ends no
    // earlier than it starts ([`story_start`]), so the lines before `first`
    // all end by its end: the search goes on from `first`, where the story's
    // first paragraph most often ends a line or two further on, and is a
    // walk rather than a binary search of the page's lines (which cost some
    // 65 instructions a page).
    debug_assert!(start.start <= start.end, "{start:?}");
    let after = first
        + lines[first..]
            .iter()
            .take_while(|l| l.trimmed.end <= start.end)
            .count();
    // The paragraph holding the story's start: the paragraphs before it end
    // by that start, and the paragraph trailers are read from it on.
    let start_paragraph = paragraph_holding(layout, start.start);
    // `after` is at most the number of lines, as the walk that found it
    // counts no further: the lines are cut there rather than skipped by an
    // iterator (some 4,000 instructions fewer over corpora/real).
    let after_story = &lines[after..lines.len().min(after + AFTER_LINES)];
    // Only "By" lines are read here, up to the first line of running text,
    // and most pages have none among these lines, as the first two bytes of
    // most tell ([`words::may_open_by`], read in place) and `strip_by` the
    // rest: the lines are then not read for running text, a test that
    // counted a line's words and searched it for a full stop (some 14,800
    // instructions fewer over corpora/real).
    let bytes = text.as_bytes();
    if after_story.iter().any(|l| {
        bytes
            .get(l.trimmed.start..l.trimmed.end)
            .is_some_and(words::may_open_by)
            && words::strip_by(line_text(text, l.trimmed)).is_some()
    }) {
        by_lines_after_story(
            text,
            layout,
            lexicon,
            start,
            start_paragraph,
            after_story,
            &mut by,
        );
    }
    trailers(
        text,
        layout,
        lexicon,
        start_paragraph,
        &lines[first..],
        &mut by,
    );
    by
}

/// The "By" lines among `after_story`, the lines after the story's first
/// paragraph ([`AFTER_LINES`] at most), up to the first line of running
/// text. The story starts at `start`, in the layout's paragraph
/// `start_paragraph`.
fn by_lines_after_story<'a>(
    text: &'a str,
    layout: &Layout,
    lexicon: &Lexicon,
    start: Span,
    start_paragraph: usize,
    after_story: &[Line],
    by: &mut Byline<'a>,
) {
    // Where [`Layout::words_in_order`] starts its walk to the paragraph
    // that may be each line, a paragraph not past the first line's: the
    // story's first paragraph, since the paragraphs before it begin before
    // the story's start, for a line that begins at or after it (the binary
    // search of the page's paragraphs is left for a line that begins
    // before). The walk goes on from there for the others, where a search
    // of the page's paragraphs for each line cost some 40 instructions
    // more.
    let mut para = after_story.first().map_or(0, |first| {
        let at = first.trimmed.start;
        if at >= start.start {
            start_paragraph
        } else {
            layout.paragraphs.partition_point(|p| p.span.start < at)
        }
    });
    for &Line { trimmed: l, .. } in after_story {
        let line = line_text(text, l);
        if let Some(rest) = words::strip_by(line) {
            // Read as `credit_line` reads it: with its wire marks stripped,
            // and stripped again by `strip_by`, which comes to `rest` for
            // a line with no marks (as nearly every one is), and is done
            // again only for the others.
            let stripped = words::strip_wire_marks(line);
            let rest = if stripped.len() == line.len() {
                Some(rest)
            } else {
                words::strip_by(stripped)
            };
            if stripped.len() <= MAX_CREDIT_LINE
                && let Some(rest) = rest
            {
                by_line(rest, lexicon, by);
            }
        } else if words::is_prose_with(line, || layout.words_in_order(l, &mut para)) {
            // A line that is its whole paragraph, as most are, has its
            // words counted by the layout already.
            break;
        }
    }
}

fn line_text(text: &str, l: Span) -> &str {
    text.get(l.start..l.end).unwrap_or("")
}

/// Where the story's own text begins: the dateline, or else the first body
/// paragraph that reads as prose. Returns that paragraph's span, starting at
/// the dateline when there is one.
pub(crate) fn story_start(
    text: &str,
    layout: &Layout,
    dateline: Option<&Dateline<'_>>,
) -> Option<Span> {
    if let Some(d) = dateline {
        // The paragraph holding the dateline's start. The paragraphs come in
        // text order and apart, so it is the first that ends after that
        // start, if it starts at or before it: most often the first body
        // paragraph, else found by a binary search, where a walk from the
        // page's top passed over its menus one by one.
        let paragraphs = &layout.paragraphs;
        let end = paragraphs
            .get(paragraph_holding(layout, d.span.start))
            .filter(|p| p.span.start <= d.span.start)
            .map_or(d.span.end, |p| p.span.end);
        return Some(Span::new(d.span.start, end));
    }
    // The layout's first body paragraph; failing that, the first that reads
    // as prose, whose word count is read by its index rather than searched
    // for by its span.
    let p = layout.body().next().or_else(|| {
        layout
            .paragraphs
            .iter()
            .enumerate()
            .find(|&(i, p)| {
                words::is_prose_with(text.get(p.span.start..p.span.end).unwrap_or(""), || {
                    layout.words_of_paragraph(i)
                })
            })
            .map(|(_, p)| p)
    })?;
    // Wire copy keeps its header lines ("^By A and B=", "^Associated
    // Press=") in the first paragraph; the story starts after them.
    let para = text.get(p.span.start..p.span.end)?;
    let mut start = p.span.start;
    let mut from = 0;
    // The paragraph's first lines, each with its line break, as
    // `split_inclusive('\n')` cuts them: the breaks are found by `memchr`,
    // where that split's `char` search read the bytes through core's
    // slower search (a first paragraph is mostly one long line, read to
    // its end for a break it does not have).
    for _ in 0..HEAD_LINES {
        if from >= para.len() {
            break;
        }
        let end =
            memchr::memchr(b'\n', &para.as_bytes()[from..]).map_or(para.len(), |i| from + i + 1);
        let t = trim_visible(&para[from..end]);
        from = end;
        if t.starts_with('^') || words::strip_by(t).is_some() {
            start = p.span.start + end;
        }
    }
    if start >= p.span.end {
        start = p.span.start;
    }
    Some(Span::new(start, p.span.end))
}

/// A paragraph of running text rather than a menu item or a title.
pub(crate) fn is_prose(s: &str) -> bool {
    words::is_prose(s)
}

/// [`is_prose`] of the paragraph `s` at `span`, reading its word count
/// from the layout when the layout counted it.
pub(crate) fn is_prose_paragraph(s: &str, span: Span, layout: &Layout) -> bool {
    words::is_prose_with(s, || layout.words_of(span))
}

/// A "SEOUL (Reuters) -" tag in the story's first words, read only when no
/// dateline was found for it.
fn lead_tag(text: &str, start: Span, lexicon: &Lexicon) -> Option<usize> {
    let para = text.get(start.start..start.end)?;
    // The parentheses are ASCII, found as bytes by `memchr`: `str::find`
    // of a `char` sets up a search of its UTF-8 form for each. The first
    // characters are at most four bytes each, and most stories have no
    // '(' in as many bytes: they are told so before the characters are
    // counted (which, for a story with a byte outside ASCII among its
    // first, decodes them one by one).
    let reach = &para.as_bytes()[..para.len().min(LEAD_TAG_CHARS * 4)];
    let open = memchr::memchr(b'(', reach)?;
    let head = &para[..first_chars(para, LEAD_TAG_CHARS)];
    if open >= head.len() {
        return None;
    }
    let close = open + memchr::memchr(b')', &head.as_bytes()[open..])?;
    let rest = head[close + 1..].trim_start();
    let dash = ["-", "\u{2013}", "\u{2014}", "_"]
        .iter()
        .any(|d| rest.starts_with(d));
    if !dash {
        return None;
    }
    lexicon.lookup(&head[open + 1..close])
}

/// How many characters of the story's first words [`lead_tag`] reads.
const LEAD_TAG_CHARS: usize = 80;

/// Where the first `n` characters of `s` end (all of `s` when it is
/// shorter), as `s.char_indices().nth(n)` tells.
///
/// `s` is a whole paragraph, and its first `n` bytes are nearly always
/// ASCII, `n` characters: they are told so in one pass over the bytes,
/// where decoding them one character at a time (about eleven
/// instructions each) cost some 1,300 instructions a story.
fn first_chars(s: &str, n: usize) -> usize {
    match s.as_bytes().get(..n) {
        None => s.len(),
        Some(head) if head.is_ascii() => n,
        Some(_) => s.char_indices().nth(n).map_or(s.len(), |(i, _)| i),
    }
}

/// What [`credit_line`] knows of the lines around it.
struct Neighbours<'n> {
    /// The line after it, when one is read next, stripped of its wire
    /// marks ([`words::strip_wire_marks`]).
    next: Option<&'n str>,
    /// The line's own [`Lexicon::lookup_name`], when it was looked up as
    /// the line after the one before.
    known: Option<Option<usize>>,
    /// Where the next line's look-up goes, when this line makes it.
    next_known: &'n mut Option<Option<usize>>,
}

/// One line near the headline: "By ...", "Names, Agency Title", a lone
/// agency name under a credit, or a bare name above "5 Min Read" or an
/// agency line. Returns whether the line credited someone. `line` is the
/// line stripped of its wire marks ([`words::strip_wire_marks`]).
fn credit_line<'a>(
    line: &'a str,
    around: Neighbours<'_>,
    after_credit: bool,
    lexicon: &Lexicon,
    by: &mut Byline<'a>,
) -> bool {
    if line.len() > MAX_CREDIT_LINE {
        return false;
    }
    if let Some(rest) = words::strip_by(line) {
        return by_line(rest, lexicon, by);
    }
    let lone = around.known.unwrap_or_else(|| lookup_name(lexicon, line));
    if let Some(a) = lone {
        // A lone agency line under a byline ("Associated Press"); elsewhere
        // a lone "AP" is a photo credit.
        if after_credit {
            by.agency(lexicon.name(a).clone());
        }
        return false;
    }
    // The line's first comma, found once for both forms that need one.
    let comma = memchr::memchr(b',', line.as_bytes());
    if let Some(a) = comma.and_then(|c| agency_place(line, c, lexicon)) {
        // "PTI, Washington,": an Indian paper's credit line.
        by.agency(lexicon.name(a).clone());
        return true;
    }
    if let Some(c) = comma {
        // "Robert Burns, AP National Security Writer": credited only when a
        // piece after the names is an agency or a job title. Once a "By"
        // line has named the authors, such a line is a photo credit
        // ("Patrick Semansky, ASSOCIATED PRESS"), as it is when the agency
        // is in capitals after a name that is not.
        let shouting = |p: &str| !p.bytes().any(|b| b.is_ascii_lowercase());
        // The names run to the first comma, found already: only the
        // pieces after it are split off.
        let names = &line[..c];
        // The case test first: a scan of a few bytes, where the title test
        // looks the piece up and reads its words (and is pure, so the
        // answer is the same), turning down most pieces in capitals after
        // a name that is not (some 10,000 instructions over corpora/real).
        let credited = by.authors.is_empty() && {
            let names_shout = shouting(names);
            // The pieces split at their commas' bytes, where `str::split`
            // set up a `CharSearcher` (8K instructions over 56 lines).
            let pieces = &line[c + 1..];
            let mut from = 0;
            memchr::memchr_iter(b',', pieces.as_bytes())
                .chain([pieces.len()])
                .any(|comma| {
                    let p = &pieces[from..comma];
                    from = comma + 1;
                    (names_shout || !shouting(p)) && words::is_title(p, lexicon)
                })
        };
        return credited && credit_list(line, lexicon, by, false);
    }
    // A bare name is no longer than [`words::LONGEST_NAME`]: a longer line
    // (a headline, a caption) is no bare name, and the line after it is
    // not read for a reading time or looked up here (it is looked up on
    // its own turn, if at all).
    if line.len() > words::LONGEST_NAME {
        return false;
    }
    let bare_ok = around.next.is_some_and(|n| {
        words::is_read_time(n) || around.next_known.insert(lookup_name(lexicon, n)).is_some()
    });
    if bare_ok && words::is_name(line, lexicon) {
        by.author(line);
        return true;
    }
    false
}

/// [`Lexicon::lookup_name`] of `s`, asked only when
/// [`Lexicon::may_end_name`] lets `s` through.
///
/// The lines near the headline, the pieces before their commas and the
/// story's last lines are looked up as lone names (about 1,000 look-ups
/// over corpora/real), and most end in bytes no name ends in: the gate
/// tells so from their last three bytes, where the look-up trims the line,
/// reads it for ASCII and hashes its shape first.
fn lookup_name(lexicon: &Lexicon, s: &str) -> Option<usize> {
    if lexicon.may_end_name(s) {
        lexicon.lookup_name(s)
    } else {
        None
    }
}

/// A "By" line's credits, `rest` being [`words::strip_by`] of it. Returns
/// whether it credited someone.
fn by_line<'a>(rest: &'a str, lexicon: &Lexicon, by: &mut Byline<'a>) -> bool {
    // "By IANS | Updated: ...", "By Bill Hoppe | Special to the Pioneer Press":
    // the credits run to the first bar, an ASCII byte found by `memchr`
    // rather than by a `split` that searches for the `char`'s UTF-8 form.
    let rest = memchr::memchr(b'|', rest.as_bytes()).map_or(rest, |bar| &rest[..bar]);
    let rest = trim_visible(rest);
    credit_list(rest, lexicon, by, true)
}

/// "PTI, Washington," or "Reuters, New Delhi": an agency and the place it
/// filed from; `comma` is where the line's first comma is.
fn agency_place(line: &str, comma: usize, lexicon: &Lexicon) -> Option<usize> {
    let (head, rest) = (&line[..comma], &line[comma + 1..]);
    let a = lookup_name(lexicon, head)?;
    let place = rest.trim().trim_end_matches(',').trim();
    let ok = !place.is_empty()
        && place.split_whitespace().count() <= 3
        && place
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    ok.then_some(a)
}

/// "A, B and C", "A and B, Associated Press", "BERNARD CONDON AP Business
/// Writer", "Yonhap": people become authors, agencies credits.
fn credit_list<'a>(list: &'a str, lexicon: &Lexicon, by: &mut Byline<'a>, after_by: bool) -> bool {
    if let Some(a) = lexicon.lookup(list) {
        by.agency(lexicon.name(a).clone());
        return true;
    }
    // The people are credited as they are read, and taken back if a later
    // piece turns the list down: `by.author` only appends, so cutting the
    // authors back to their number before the list undoes it (a list of
    // its own was a call to allocate and one to free for each line read).
    let authors_before = by.authors.len();
    let mut people = 0usize;
    for piece in words::split_names(list) {
        if let Some(a) = lexicon.lookup(piece) {
            by.agency(lexicon.name(a).clone());
            continue;
        }
        // "BERNARD CONDON AP Business Writer": the name ends at the title;
        // "AP National Security Writer" alone is a title.
        let words::Cut {
            name,
            agency,
            title_last,
        } = words::cut_title(piece, lexicon);
        // The piece is read as a title at most once, for both tests below
        // that ask: the first asks only when the cut found no agency, the
        // second only of a piece the cut left whole. It is no listed name
        // (looked up above), and the cut read its last word: neither is
        // read again.
        let title = if agency.is_none() || (!name.is_empty() && name == piece) {
            words::is_unlisted_title(trim_visible(piece), lexicon, title_last)
        } else {
            None
        };
        if let Some(a) = agency.or(title.flatten()) {
            by.agency(lexicon.name(a).clone());
        }
        if name.is_empty() || (name == piece && title.is_some()) {
            continue;
        }
        if words::is_name(name, lexicon) {
            people += 1;
            by.author(name);
        } else if after_by {
            // "By JERUSALEM POST STAFF", "By Any Means Necessary": not people.
            by.authors.truncate(authors_before);
            return false;
        }
    }
    people > 0
}

/// Credits after the story: "(Reporting by ...)", "( With inputs from IANS )",
/// "X contributed to this report", "source of this article: X", and
/// sign-offs. The story starts in the layout's paragraph `first` and on the
/// first of the lines `tail` (the page's lines from there on): [`find`]
/// has found both already, for the lines near the headline.
fn trailers<'a>(
    text: &'a str,
    layout: &Layout,
    lexicon: &Lexicon,
    first: usize,
    tail: &[Line],
    by: &mut Byline<'a>,
) {
    let house_style = paragraph_trailers(text, layout, lexicon, first, by);
    // A standalone sign-off: the last line, or a line right after an end
    // mark such as "(END)" or "-0-".
    // Each line but the last two is read only for its last byte, as an end
    // mark before the line it is followed by (the last line is read on its
    // own after them, whatever comes before it). The lines are zipped with
    // the lines after them, which the loop walks with one counter for
    // both: walked in pairs (`windows(2)`) they cost some 11,000
    // instructions more over corpora/real, and with the line after a mark
    // taken by its index (`enumerate`) some 8,700 more.
    signoffs_after_end_marks(text, tail, lexicon, by);
    if let Some(l) = tail.last() {
        tail_signoff(text, l.trimmed, lexicon, by);
    }
    if house_style && by.agencies.is_empty() {
        by.agency(Cow::Borrowed(HOUSE_STYLE_AGENCY));
    }
}

/// The sign-offs on the lines of `tail` that follow an end mark, the last
/// line left out (read on its own by [`trailers`]).
///
/// Out of line: the loop reads each line's last byte (4,771 lines over
/// corpora/real), and inlined in [`find`] it loaded the text's and the
/// lines' bases and the text's length from the stack on every line.
#[inline(never)]
fn signoffs_after_end_marks<'a>(
    text: &'a str,
    tail: &[Line],
    lexicon: &Lexicon,
    by: &mut Byline<'a>,
) {
    let marks = &tail[..tail.len().saturating_sub(2)];
    for (l, next) in marks.iter().zip(tail.get(1..).unwrap_or_default()) {
        if ends_as_end_mark(text, l.trimmed) {
            tail_signoff(text, next.trimmed, lexicon, by);
        }
    }
}

/// The trailers of the layout's paragraphs from the one at index `first`
/// on, each paragraph read for every form in turn: "(Reporting by ...)",
/// "( With inputs from IANS )", "X contributed to this report", "source of
/// this article: X" and sign-offs. Returns whether a people trailer is in
/// Reuters' house style.
fn paragraph_trailers<'a>(
    text: &'a str,
    layout: &Layout,
    lexicon: &Lexicon,
    first: usize,
    by: &mut Byline<'a>,
) -> bool {
    let mut house_style = false;
    // Trailers sit after the story, where a page's layout may count them as
    // chrome: every paragraph after the story's start is read, and only
    // these narrow forms are taken from it.
    // The paragraphs come in text order, so those that end by the story's
    // start are the first ones: they are passed over by the binary search
    // that found `first` rather than one by one, twice (2,565 of 6,954 over
    // corpora/real).
    let after = || {
        layout.paragraphs[first..]
            .iter()
            .filter(|p| p.role != crate::layout::Role::Headline)
    };
    // Where the "contributed" footer's phrase is on the page from the first
    // paragraph read, from the layout's search of the page for its piece: a
    // paragraph without it is not searched.
    let read_from = after().next().map_or(text.len(), |p| p.span.start);
    let contributed_at = Occurrences::of_contributed(
        &layout.lower,
        read_from,
        layout.pieces.of(crate::phrases::Owner::Contributed),
    );
    // Every footer label ends in a colon, and most paragraphs have none:
    // the page's colons are found in one pass rather than a search per
    // paragraph.
    let colons = Colons::new(
        text,
        read_from,
        layout.pieces.of(crate::phrases::Owner::FooterLabel),
    );
    let mut footers = Footers::new(contributed_at, colons, read_from);
    // The loop runs for every paragraph after the story's start (4,390
    // over corpora/real), and few get past its first tests: the forms it
    // calls for those few are kept out of line, since inlined they left
    // the loop's own values on the stack. Each form is gated on the
    // paragraph's length and its first or last bytes, read in place: the
    // text is cut on character boundaries (a check of some eight
    // instructions at each end) only for a form that passes, and a
    // paragraph no form passes (most end in a sentence mark and open with
    // no keyword's two letters) costs some 40 instructions, where cutting
    // every paragraph and testing the forms on its text cost some 90. The
    // forms are tried in the order they credit in.
    let bytes = text.as_bytes();
    for p in after() {
        // The layout's paragraphs are trimmed already, and lie within the
        // text: an empty one, or a span past the text's end (whose text
        // would be empty), credits nothing. (Told by two compares: as
        // `bytes.get(..).filter(..)` the loop kept one more copy of the
        // span's end, a register move a paragraph, some 4,300 instructions
        // over corpora/real.)
        let para = p.span;
        if para.end > bytes.len() {
            crate::hint::cold();
            continue;
        }
        if para.start >= para.end {
            continue;
        }
        let b = &bytes[para.start..para.end];
        let short = b.len() <= MAX_TRAILER;
        // Both trailer forms open with a keyword: a paragraph whose first
        // two bytes open none of them (most do not) is not read further,
        // nor is one opening with a letter whose first eight bytes open
        // none ("Contact", "Advertisement", "Reuters", "With the", "Written
        // on"), told here rather than after a call; one opening with any
        // other byte is told apart by it and those after it
        // ([`words::may_open_past_non_letter`]). (Eight bytes rather than
        // three turn down 48 more of the paragraphs the call read over
        // corpora/real, 101 to 53, most opening "With": 8,200 instructions
        // fewer.)
        if short
            && words::may_open_trailer_bytes(b)
            && if b[0].is_ascii_alphabetic() {
                words::may_open_keyword_head(b)
            } else {
                words::may_open_past_non_letter(b)
            }
        {
            house_style |= keyword_trailers(text, para, lexicon, by);
        }
        // Most pages have no footer, and most paragraphs end before the
        // next one's phrase or label: one comparison passes them.
        if para.end >= footers.next {
            footers.read(text, para, lexicon, by);
        }
        signoff_in(text, para, lexicon, by);
    }
    house_style
}

/// A standalone sign-off on the line `l`: "(Yonhap)" or "REUTER"; a bare
/// tag such as "RSS" is a menu item.
///
/// Out of line: [`trailers`] calls it for the last line and the few lines
/// after an end mark, and its look-ups inlined left the loop over the
/// lines' last bytes less room.
#[inline(never)]
fn tail_signoff<'a>(text: &'a str, l: Span, lexicon: &Lexicon, by: &mut Byline<'a>) {
    let s = words::strip_wire_marks(line_text(text, l));
    let found = if s.starts_with('(') && s.ends_with(')') {
        lexicon.lookup(words::strip_parens(s))
    } else {
        lookup_name(lexicon, s)
    };
    if let Some(a) = found {
        by.agency(lexicon.name(a).clone());
    }
}

/// The footers that [`paragraph_trailers`] finds by where the page's
/// search found their phrase or label: "X contributed to this report" and
/// "source of this article: X" with the other labels [`source_of_article`]
/// reads.
///
/// Each paragraph was asked of both in turn, by a length loaded and tested
/// for the one and two comparisons for the other, all three values on the
/// stack for want of registers in the loop; one position now stands for
/// both, and a paragraph ending before it holds neither (some 20,000
/// instructions fewer over corpora/real, where 4,389 paragraphs are asked
/// and 5 read).
struct Footers<'t> {
    /// Where the "contributed" phrase occurs.
    contributed_at: Occurrences,
    /// The colons that close a footer label.
    colons: Colons<'t>,
    /// No paragraph that starts after the last one read and ends before
    /// this holds either footer: it is the end of the next phrase from
    /// there, or one past the next label's colon, whichever comes first.
    next: usize,
}

impl<'t> Footers<'t> {
    /// The footers of the paragraphs from `from` on.
    ///
    /// Built with its [`Footers::next`] in place: a value built first and
    /// then set cost a copy of the whole.
    fn new(contributed_at: Occurrences, mut colons: Colons<'t>, from: usize) -> Footers<'t> {
        Footers {
            next: Self::next_end(&contributed_at, &mut colons, from),
            contributed_at,
            colons,
        }
    }

    /// [`Footers::next`] for the paragraphs that start at `from` or after.
    fn next_from(&mut self, from: usize) -> usize {
        Self::next_end(&self.contributed_at, &mut self.colons, from)
    }

    /// [`Footers::next_from`] of the phrase's occurrences and the colons,
    /// for [`Footers::new`] before it has a `self`.
    fn next_end(contributed_at: &Occurrences, colons: &mut Colons<'t>, from: usize) -> usize {
        let phrase_end = contributed_at.next_end_from(from);
        let past_colon = colons.next_from(from).saturating_add(1);
        phrase_end.min(past_colon)
    }

    /// The footers in the paragraph at `para`, which ends at or after
    /// [`Footers::next`]: not empty, and within `text`.
    ///
    /// Out of line: [`paragraph_trailers`] calls it for few paragraphs.
    #[inline(never)]
    fn read<'a>(&mut self, text: &'a str, para: Span, lexicon: &Lexicon, by: &mut Byline<'a>) {
        let len = para.end - para.start;
        if len <= MAX_TRAILER
            && let Some(at) = self.contributed_at.first_within(para)
        {
            contributed(text, para, at - para.start, lexicon, by);
        }
        // A long paragraph can still end with a "(Yonhap)" sign-off, but
        // is no footer.
        if len <= MAX_TRAILER * 4
            && let Some(colon) = self.colons.first_in(para)
        {
            source_of_article(line_text(text, para), colon - para.start, lexicon, by);
        }
        self.next = self.next_from(para.end);
    }
}

/// [`first_after`] of the layout's paragraphs, tried first at its first
/// body paragraph, where a story's start most often lies: the paragraphs
/// come in text order and apart, so when that one holds `from`, those
/// before it end by its start, and it is the answer, told by two
/// comparisons where the binary search took some 60 instructions.
fn paragraph_holding(layout: &Layout, from: usize) -> usize {
    let body = layout.body_run.start;
    let holds = |p: &crate::layout::Paragraph| p.span.start <= from && from < p.span.end;
    if layout.paragraphs.get(body).is_some_and(holds) {
        body
    } else {
        first_after(&layout.paragraphs, from)
    }
}

/// The index of the first of `paragraphs`, in text order, that ends after
/// `from`: those before it all end at or before `from`.
fn first_after(paragraphs: &[crate::layout::Paragraph], from: usize) -> usize {
    paragraphs.partition_point(|p| p.span.end <= from)
}

/// Where a footer phrase occurs on the page, to tell which paragraphs hold
/// it without searching each.
///
/// The phrase is compared only where the layout's search of the page found
/// its piece: a search of its own, even memchr's substring search on the
/// phrase's rare bytes, read the page again.
struct Occurrences {
    starts: Vec<usize>,
    len: usize,
}

impl Occurrences {
    /// The occurrences of [`CONTRIBUTED`] in `lower[from..]`, the page in
    /// ASCII lower case, in which the page's search found its piece at
    /// `pieces`. The phrase cannot overlap itself, so no two occurrences
    /// share a piece.
    fn of_contributed(lower: &[u8], from: usize, pieces: &[(Span, usize)]) -> Occurrences {
        let phrase = CONTRIBUTED.as_bytes();
        let starts = pieces
            .iter()
            .filter_map(|(piece, _)| piece.start.checked_sub(CONTRIBUTED_PIECE_AT))
            .filter(|&s| s >= from && lower.get(s..s + phrase.len()) == Some(phrase))
            .collect();
        Occurrences {
            starts,
            len: phrase.len(),
        }
    }

    /// The occurrences of `phrase` (lowercase) in `lower[from..]`, the page
    /// in ASCII lower case, as a substring search finds them.
    #[cfg(test)]
    fn new(lower: &[u8], from: usize, phrase: &Finder<'_>) -> Occurrences {
        let hay = lower.get(from..).unwrap_or_default();
        let starts = phrase.find_iter(hay).map(|i| from + i).collect();
        Occurrences {
            starts,
            len: phrase.needle().len(),
        }
    }

    /// Where the first occurrence at or after `from` ends, `usize::MAX`
    /// when there is none.
    fn next_end_from(&self, from: usize) -> usize {
        let first = self.starts.partition_point(|&s| s < from);
        self.starts.get(first).map_or(usize::MAX, |&s| s + self.len)
    }

    /// Whether the phrase occurs wholly within `span`.
    #[cfg(test)]
    fn within(&self, span: Span) -> bool {
        self.first_within(span).is_some()
    }

    /// Where the phrase first occurs wholly within `span`: the first
    /// occurrence from its start, if it ends by its end (no later one
    /// could end sooner).
    fn first_within(&self, span: Span) -> Option<usize> {
        let first = self.starts.partition_point(|&s| s < span.start);
        self.starts
            .get(first)
            .copied()
            .filter(|&s| s + self.len <= span.end)
    }
}

/// The page's colons that close a footer label ([`FOOTER_LABELS`]), read
/// paragraph by paragraph.
///
/// The colons are read where the layout's search of the page found a
/// label's end ([`FOOTER_LABEL_PIECES`]): a search of the page's bytes for
/// every colon from the story's start read the story again, and stopped at
/// each of its colons (some 88,000 instructions over corpora/real, where
/// the page's search finds 14 pieces in all, and costs some 50,000 more
/// for them: see `crate::phrases`).
///
/// A search for the next such colon answers every paragraph that starts
/// before the colon it finds: most paragraphs have none, and a colon is
/// searched for again only past one that a paragraph read. Of a
/// paragraph's colons only the first is asked for, so the others are never
/// found.
///
/// Most colons after a label's end still close no label ("People:",
/// "Article:"): they are told so here, from the bytes before them, and
/// their paragraphs are not read for labels.
struct Colons<'t> {
    text: &'t [u8],
    /// Colons before it are not read.
    floor: usize,
    /// The page's search's hits of [`FOOTER_LABEL_PIECES`], in text order,
    /// each ending at its colon.
    ends: &'t [(Span, usize)],
    /// Where the last search started (`usize::MAX` before the first).
    searched_from: usize,
    /// The first label's colon at or after `searched_from`, `usize::MAX`
    /// when there is none: a position past every span's end, so that the
    /// tests on every paragraph are two comparisons, with no `Option` to
    /// unwrap first.
    next: usize,
}

impl<'t> Colons<'t> {
    /// The colons of `text` from `from` on, of which those closing a label
    /// end one of `ends`.
    fn new(text: &'t str, from: usize, ends: &'t [(Span, usize)]) -> Colons<'t> {
        Colons {
            text: text.as_bytes(),
            floor: from,
            ends,
            searched_from: usize::MAX,
            next: usize::MAX,
        }
    }

    /// The first colon within `span` that closes a label, the label read in
    /// the text before it (which may start before `span`: such a colon is
    /// one a paragraph's own reading turns down). Spans may be asked about
    /// in any order; in text order, one search serves all the spans up to
    /// the colon it finds.
    #[inline]
    fn first_in(&mut self, span: Span) -> Option<usize> {
        // The answer for nearly every paragraph, in two comparisons: the
        // last search started at or before it and found no label's colon
        // before its end. (A search starts at the floor or after it, so
        // the full test below would take that search's answer as known.)
        if self.searched_from <= span.start && self.next >= span.end {
            return None;
        }
        self.search_in(span)
    }

    /// [`Colons::first_in`] past its answer for a span the last search
    /// covers.
    #[inline(never)]
    fn search_in(&mut self, span: Span) -> Option<usize> {
        let next = self.next_from(span.start);
        (next < span.end).then_some(next)
    }

    /// The first colon at or after `from` (and the floor) that closes a
    /// label, `usize::MAX` when there is none.
    fn next_from(&mut self, from: usize) -> usize {
        let start = from.max(self.floor);
        // No label's colon lies between where the last search started and
        // the one it found: the first from `start` is that one.
        let known = self.searched_from <= start && self.next >= start;
        if !known {
            let text = self.text;
            self.searched_from = start;
            // A piece's colon is its last byte.
            let colon = |end: &(Span, usize)| end.0.end - 1;
            let first = self.ends.partition_point(|e| colon(e) < start);
            self.next = self.ends[first..]
                .iter()
                .map(colon)
                .find(|&c| closes_label(&text[..c]))
                .unwrap_or(usize::MAX);
        }
        self.next
    }
}

/// Whether `before`, the text before a colon, ends with one of
/// [`FOOTER_LABELS`] but for its colon, ASCII case aside.
///
/// Most colons after a story follow a digit or a word no label ends like
/// ("10:30", "Watch:"): the byte before the colon is looked up first in a
/// table of the labels' last letters, and only the few colons after one
/// of those are compared with each label (the longest by a call).
fn closes_label(before: &[u8]) -> bool {
    const LABEL_LAST: [bool; 256] = {
        let mut table = [false; 256];
        let mut k = 0;
        while k < FOOTER_LABELS.len() {
            let label = FOOTER_LABELS[k].as_bytes();
            let last = label[label.len() - 2];
            table[last.to_ascii_lowercase() as usize] = true;
            table[last.to_ascii_uppercase() as usize] = true;
            k += 1;
        }
        table
    };
    before.last().is_some_and(|&b| LABEL_LAST[usize::from(b)])
        && FOOTER_LABELS.iter().any(|label| {
            let word = &label.as_bytes()[..label.len() - 1];
            before
                .len()
                .checked_sub(word.len())
                .is_some_and(|at| before[at..].eq_ignore_ascii_case(word))
        })
}

/// Whether the trimmed line `l` is an end mark ("(END)", "-0-"): its last
/// byte is read first, in place, as most lines end in another, and only the
/// rest go on to [`words::is_end_mark`].
///
/// Asked of every line after the story's start (4,771 over corpora/real):
/// the last byte is looked up in a table of the four, and a line ending at
/// 0 wraps to an index no text has, which the one bounds check rules out.
fn ends_as_end_mark(text: &str, l: Span) -> bool {
    const MARK_LAST: [bool; 256] = {
        let mut table = [false; 256];
        table[b')' as usize] = true;
        table[b'-' as usize] = true;
        table[b'd' as usize] = true;
        table[b'D' as usize] = true;
        table
    };
    let bytes = text.as_bytes();
    let Some(&last) = bytes
        .get(l.end.wrapping_sub(1))
        .filter(|&&b| MARK_LAST[usize::from(b)])
    else {
        return false;
    };
    bytes
        .get(l.end.wrapping_sub(2))
        .is_some_and(|&before| may_close_end_mark(before, last))
        && words::is_end_mark(line_text(text, l))
}

/// Whether a line ending in `before` then `last` (one of the end marks'
/// last bytes, ')', '-', 'd' or 'D') may be an end mark, as
/// [`words::is_end_mark`] reads one: "(END)", "-0-", "-30-", "end", in
/// parentheses or not, with white space inside them.
///
/// Most lines that end in one of those bytes end in another word ("said",
/// "(AP)", "well-"): the byte before it rules them out before the line is
/// cut from the text, trimmed and stripped of its parentheses by a call
/// (216 lines over corpora/real end in one of the four bytes; 15,000
/// instructions fewer in the byline stage). A line of one byte is no mark,
/// whatever byte is read before it.
fn may_close_end_mark(before: u8, last: u8) -> bool {
    match last {
        b'd' | b'D' => before | 0x20 == b'n',
        b'-' => before == b'0',
        // In parentheses: the mark's own last byte, or white space before
        // the ')' (a byte outside ASCII may end a space of Unicode's).
        _ => matches!(before, b'd' | b'D' | b'-' | b'\t'..=b'\r' | b' ') || before >= 0x80,
    }
}

/// The trailers that open with a keyword, "(Reporting by ...)" and "( With
/// inputs from IANS )", in the paragraph at `para` (at most
/// [`MAX_TRAILER`] bytes long, [`words::may_open_trailer_bytes`] true, and
/// [`words::may_open_keyword_head`] true if it opens with a letter).
/// Returns whether it is in Reuters' house style ([`people_trailer`]).
///
/// Out of line: the loop over paragraphs in [`trailers`] calls it for few
/// of them (53 of 4,389 over corpora/real).
#[inline(never)]
fn keyword_trailers<'a>(text: &'a str, para: Span, lexicon: &Lexicon, by: &mut Byline<'a>) -> bool {
    let s = line_text(text, para);
    // A parenthesis the page broke over two lines is read whole. Most
    // trailers in parentheses close at their paragraph's end, told by its
    // last byte before the paragraph is searched for a ')' from its start
    // (6,100 instructions fewer over corpora/real).
    let whole = if s.starts_with('(') && !s.ends_with(')') && !s.contains(')') {
        let end = floor_char_boundary(text, para.start + MAX_TRAILER);
        text.get(para.start..end)
            .and_then(|t| t.find(')').map(|k| &t[..=k]))
            .unwrap_or(s)
    } else {
        s
    };
    // The bytes' test let through every paragraph opening with a byte
    // outside ASCII, which its character decides.
    if !words::may_open_trailer(whole) {
        return false;
    }
    // Where the keyword must be, found once for both forms.
    let opening = words::trailer_opening(whole);
    let house_style = people_trailer(whole, opening, by);
    // `whole` is `s`, or `s` run on to a closing parenthesis: `s`'s
    // opening is a start of this one, and holds no keyword this one does
    // not.
    if words::starts_with_ci(opening, WITH_INPUTS) {
        with_inputs(s, lexicon, by);
    }
    house_style
}

/// "(Reporting by A and B in Seoul; Additional reporting by C; Writing by D;
/// Editing by E)". Returns whether it is in Reuters' house style: in
/// parentheses with "Editing by" or two roles, or reporters and editors.
/// `opening` is [`words::trailer_opening`] of `s`.
///
/// Out of line: the loop over paragraphs in [`trailers`] calls it for few
/// of them.
#[inline(never)]
fn people_trailer<'a>(s: &'a str, opening: &str, by: &mut Byline<'a>) -> bool {
    if !words::opens_credit(opening) {
        return false;
    }
    // `opening` and `inner` start at the same byte, and `inner` lacks at
    // most a ')' and spaces at the end, which no keyword holds: it opens
    // with the keyword `opening` does.
    let inner = words::strip_parens(s);
    let (mut count, mut reporting) = (0usize, false);
    let editing = words::each_credit(inner, |role, names| {
        count += 1;
        // Additional reporters are credited with nothing: their names,
        // often the trailer's longest list, are not split and read (some
        // 40 instructions a byte of names).
        reporting |= matches!(role, words::Role::Author | words::Role::Additional);
        if role == words::Role::Additional {
            return;
        }
        for name in words::split_names(names) {
            let Some(name) = words::plain_name_before_place(name) else {
                continue;
            };
            match role {
                words::Role::Author => by.author(name),
                words::Role::Editor => by.editor(name),
                // Passed over above.
                words::Role::Additional => {}
            }
        }
    });
    let Some(editing) = editing else {
        return false;
    };
    // Most trailers open with their '(': told by the byte, without the
    // call that trims.
    let parenthesised = s.starts_with('(') || s.trim_start().starts_with('(');
    (parenthesised && (editing || count >= 2)) || (editing && reporting)
}

/// "( With inputs from IANS )", "(With inputs from agencies)".
///
/// Out of line: the loop over paragraphs in [`trailers`] calls it for few
/// of them.
#[inline(never)]
fn with_inputs<'a>(s: &'a str, lexicon: &Lexicon, by: &mut Byline<'a>) {
    if !words::starts_with_ci(words::trailer_opening(s), WITH_INPUTS) {
        return;
    }
    let inner = words::strip_parens(s);
    let Some(rest) = words::strip_prefix_ci(inner, WITH_INPUTS) else {
        return;
    };
    for piece in words::split_names(rest) {
        if let Some(a) = lexicon.lookup(piece) {
            by.agency(lexicon.name(a).clone());
        }
    }
}

/// "The Associated Press contributed to this report": the agency is
/// credited; people who contributed are not the story's authors. The
/// phrase first occurs in the paragraph at `para` at its byte `at`, where
/// [`Occurrences`] found it: the paragraph is not searched for it again
/// (about 600 instructions a footer).
///
/// Out of line: the loop over paragraphs in [`trailers`] calls it for few
/// of them.
#[inline(never)]
fn contributed<'a>(text: &'a str, para: Span, at: usize, lexicon: &Lexicon, by: &mut Byline<'a>) {
    let m = lexicon.mentions(text, Span::new(para.start, para.start + at));
    // The agency must open the sentence: "(AP) contributed" is not "AP
    // writers in Kabul contributed".
    let Some(first) = m.last() else {
        return;
    };
    let lead = line_text(text, Span::new(para.start, first.span.start));
    let lead = lead.rsplit(['.', '(']).next().unwrap_or("").trim();
    if lead.is_empty() || lead.eq_ignore_ascii_case("the") {
        by.agency(lexicon.name(first.agency).clone());
    }
}

/// Footers that name the source and the editor: "source of this article:
/// Overseas Network Responsibility Editor: He Yufang" (a Chinese portal's
/// footer, translated), "Source: Xinhua | Editor: Li Yan", "Editors: A, B".
///
/// Every label read here ([`FOOTER_LABELS`]) ends in a colon: only a
/// paragraph with one is read, and `first_colon` is where the first colon
/// that closes one is (none before it does).
///
/// Out of line: the loop over paragraphs in [`trailers`] calls it for few
/// of them.
#[inline(never)]
fn source_of_article<'a>(s: &'a str, first_colon: usize, lexicon: &Lexicon, by: &mut Byline<'a>) {
    let [explicit, editors, editor] =
        colon_labels(s, first_colon, [SOURCE_OF_ARTICLE, "editors:", "editor:"]);
    let explicit = explicit.map(|at| at + SOURCE_OF_ARTICLE.len());
    let short = s.len() <= MAX_FOOTER;
    let plain = || {
        words::strip_prefix_ci(s, "source:")
            .filter(|_| short)
            .map(|rest| s.len() - rest.len())
    };
    if let Some(at) = explicit.or_else(plain) {
        let rest = &s[at..];
        let mut end = rest.find(['|', '\n']).unwrap_or(rest.len());
        if let Some(e) = words::find_ci(rest, "editor:") {
            end = end.min(e);
        }
        let source = rest[..end].trim();
        let source = strip_suffix_ci(source, "responsibility")
            .or_else(|| strip_suffix_ci(source, "responsible"))
            .unwrap_or(source)
            .trim();
        if let Some(a) = lexicon.lookup(source) {
            by.agency(lexicon.name(a).clone());
        } else if explicit.is_some() && words::is_outlet(source) {
            by.agency(Cow::Borrowed(source));
        }
    }
    if !(short || explicit.is_some()) {
        return;
    }
    for (key, at) in [("editors:", editors), ("editor:", editor)] {
        let Some(e) = at else {
            continue;
        };
        // The label opens the line or follows a separator or
        // "Responsibility"; "the editor: ..." inside a sentence is not it.
        let before = s[..e].trim_end();
        let opens = before.is_empty()
            || before.ends_with(['|', '\n', ';'])
            || strip_suffix_ci(before, "responsibility").is_some()
            || strip_suffix_ci(before, "responsible").is_some();
        if !opens {
            continue;
        }
        let names = s[e + key.len()..].trim_start();
        let end = names
            .find(|c: char| !(c.is_alphabetic() || " -.,'".contains(c)))
            .unwrap_or(names.len());
        for name in words::split_names(&names[..end]) {
            if words::is_plain_name(name) {
                by.editor(name);
            }
        }
        break;
    }
}

/// Where each of `labels` (ending in a colon) first occurs in `s`, case
/// aside, as [`words::find_ci`] finds it; `first_colon` is where the first
/// colon is, or the first that may close one of them. The labels end at a colon, and colons are few: the text's
/// colons are read once for all the labels rather than each label searched
/// for through the paragraph.
fn colon_labels<const N: usize>(
    s: &str,
    first_colon: usize,
    labels: [&str; N],
) -> [Option<usize>; N] {
    let mut found = [None; N];
    let b = s.as_bytes();
    let colons = std::iter::once(first_colon).chain(
        memchr::memchr_iter(b':', b.get(first_colon + 1..).unwrap_or_default())
            .map(|c| first_colon + 1 + c),
    );
    for colon in colons {
        for (label, at) in labels.iter().zip(&mut found) {
            debug_assert!(label.ends_with(':'));
            let word = &label.as_bytes()[..label.len() - 1];
            let opens = colon.checked_sub(word.len());
            if at.is_none() && opens.is_some_and(|o| b[o..colon].eq_ignore_ascii_case(word)) {
                *at = opens;
            }
        }
        if found.iter().all(Option::is_some) {
            break;
        }
    }
    found
}

/// A paragraph whose last sentence ends with an agency tag: "... in various
/// areas. (Yonhap)". A tag after a caption with no full stop is a photo
/// credit. `para` is the paragraph's span in `text`.
///
/// Every paragraph after the story is asked, and most end in a sentence
/// mark, which leaves no sign-off of either form: the last byte tells so
/// here, inlined in the paragraph loop, and only the others are read
/// further, out of line. The paragraph's text is cut (each end checked for
/// a character's boundary) only for a form that reads it: a bare sign-off's
/// gate reads the last three bytes, and turns down four in five.
///
/// A paragraph ending in a visible ASCII byte, as a trimmed one nearly
/// always does, is its own end trim: that byte is read once, for the trim
/// and the forms both, and only a paragraph ending otherwise is trimmed,
/// out of line (a trim told from the byte first, then the byte read again
/// for the forms, cost some 33,000 instructions more over corpora/real).
#[inline]
fn signoff_in<'a>(text: &'a str, para: Span, lexicon: &Lexicon, by: &mut Byline<'a>) {
    let Some(b) = text.as_bytes().get(para.start..para.end) else {
        return;
    };
    match b.last() {
        None | Some(b'.' | b'!' | b'?' | b'"') => {}
        Some(b')') => paren_signoff(line_text(text, para), lexicon, by),
        Some(c) if c.is_ascii_graphic() => {
            // The gate of `bare_signoff_in`, asked of the paragraph's bytes
            // before its text is cut. In line: it leaves the loop's values
            // in their registers, where its call (2,518 over corpora/real)
            // cost some 20,000 instructions more. Its three bytes' classes
            // index its table directly, and turn down most menu lines by
            // one probe (where a gate on the last two bytes, then a hash of
            // the three lowercased, cost 22,600 instructions more over
            // corpora/real).
            if lexicon.may_end_name(b)
                && lexicon.may_end_name_by_five(b)
                && !short_and_unmarked(text.as_bytes(), para.end, b.len())
            {
                bare_signoff_credit(line_text(text, para), lexicon, by);
            }
        }
        Some(_) => signoff_in_untrimmed(line_text(text, para), lexicon, by),
    }
}

/// Whether the paragraph of `len` bytes (one to sixteen) ending at byte
/// `end` of `text` holds no byte that may end a sentence mark, as
/// [`no_mark_ascii`] tells: such a paragraph ("News", "Latin America") has
/// no bare sign-off, which follows a mark.
///
/// Of the paragraphs after a story that [`Lexicon::may_end_name`] lets
/// through (615 over corpora/real), most are menu items of a few bytes
/// with no mark (338 are told so here): the sixteen bytes ending at the
/// paragraph's end are read by two loads, and those before its start
/// shifted out, where the call of [`bare_signoff_credit`] read them for a
/// mark (some 4,700 instructions fewer in the byline stage; asked before
/// the lexicon's gate, of the paragraphs of up to eight bytes, it saved
/// 3,800). Safe: that call credits only words after a mark ([`MARK_ENDS`],
/// each a byte from 0x21 to 0x3F or outside ASCII), so it credits none
/// here. False for a longer paragraph, or one ending before the text's
/// sixteenth byte, which that call reads as before.
#[inline]
fn short_and_unmarked(text: &[u8], end: usize, len: usize) -> bool {
    if len > 16 {
        return false;
    }
    let Some(&last) = text
        .get(end.wrapping_sub(16)..end)
        .and_then(|b| b.last_chunk::<16>())
    else {
        return false;
    };
    // The paragraph's bytes are the block's highest `len` (one at least):
    // the bytes before them, in the block's low end, are shifted out.
    let block = u128::from_le_bytes(last) >> (8 * (16 - len));
    no_mark_ascii(block as u64) && no_mark_ascii((block >> 64) as u64)
}

/// [`signoff_in`] of a paragraph `s` ending in white space or a byte
/// outside ASCII.
///
/// Most of these paragraphs end in '\u{201d}' (E2 80 9D), a sentence mark
/// that leaves no sign-off: told by its bytes before the paragraph is
/// trimmed at its end, a trim that decodes the last character (some 45
/// instructions; most of the 67 paragraphs over corpora/real that come
/// here).
#[inline(never)]
fn signoff_in_untrimmed<'a>(s: &'a str, lexicon: &Lexicon, by: &mut Byline<'a>) {
    if s.as_bytes().ends_with("\u{201d}".as_bytes()) {
        return;
    }
    let s = s.trim_end();
    match s.as_bytes().last() {
        None | Some(b'.' | b'!' | b'?' | b'"') => {}
        Some(b')') => paren_signoff(s, lexicon, by),
        // '\u{201d}' (E2 80 9D) is a sentence mark too.
        Some(0x9D) if s.ends_with('\u{201d}') => {}
        Some(_) => bare_signoff_in(s, lexicon, by),
    }
}

/// [`signoff_in`] without its last-byte gates: every paragraph read by both
/// forms' checks, for the tests.
#[cfg(test)]
fn signoff_in_reference<'a>(para: &'a str, lexicon: &Lexicon, by: &mut Byline<'a>) {
    let s = para.trim_end();
    if s.ends_with(')') {
        paren_signoff(s, lexicon, by);
    } else {
        bare_signoff_credit(s, lexicon, by);
    }
}

/// "... to sneak into the US. PTI": the bare form, in `s`, trimmed at its
/// end.
///
/// The sign-off ends where `s` ends, so `s` must end as an agency's name
/// does: most paragraphs read here are menu lines with no sentence mark,
/// which the lexicon rules out by their last two bytes before they are
/// read back to their first for a mark.
#[inline(never)]
fn bare_signoff_in<'a>(s: &'a str, lexicon: &Lexicon, by: &mut Byline<'a>) {
    if lexicon.may_end_name(s) {
        bare_signoff_credit(s, lexicon, by);
    }
}

/// [`bare_signoff_in`] without its gate on the last two bytes.
///
/// Most paragraphs read here (596 of 629 over corpora/real) are menu lines
/// with no sentence mark: [`unmarked_from`] rules them out in a loop that
/// needs few registers, and only the others are read again for their mark
/// and their words after it, by a call of their own. Both calls are this
/// function's last act, so it saves no register of its own; with the whole
/// search inlined here it saved and restored six on each call, and set up
/// the constants of the search's every branch (some 40 instructions a
/// call, where the search itself read a menu line in about as many).
///
/// No gate on the last byte is asked again here: its callers ask it, and a
/// paragraph ending in a mark would have its mark last, with no words after
/// it for [`credit_short_tail`] to credit.
#[inline(never)]
fn bare_signoff_credit<'a>(s: &'a str, lexicon: &Lexicon, by: &mut Byline<'a>) {
    if let Some(end) = unmarked_from(s.as_bytes()) {
        credit_after_last_mark(s, end, lexicon, by);
    }
}

/// [`bare_signoff_credit`] past [`unmarked_from`]: the last mark in
/// `s[..end]` (the bytes from `end` on hold none), and the agency the words
/// after it name.
#[inline(never)]
fn credit_after_last_mark<'a>(s: &'a str, end: usize, lexicon: &Lexicon, by: &mut Byline<'a>) {
    if let Some(mark) = last_sentence_mark_before(s.as_bytes(), end) {
        credit_short_tail(s, mark, lexicon, by);
    }
}

/// The agency that the words after the sentence mark at `mark` in `s` name,
/// credited when they are one to four words ([`is_short`]):
/// [`bare_signoff_credit`] past its search for the mark.
///
/// The words are looked up before they are counted: the look-up's gates on
/// length and shape refuse most of them (the rest of a headline after its
/// "?" or '"'), and only a name found is read again for its words.
#[inline(never)]
fn credit_short_tail<'a>(s: &'a str, mark: usize, lexicon: &Lexicon, by: &mut Byline<'a>) {
    let tail = words_after(s, mark);
    if let Some(a) = lexicon.lookup_name(tail)
        && is_short(tail)
    {
        by.agency(lexicon.name(a).clone());
    }
}

/// "... in various areas. (Yonhap)": the tag in parentheses closing `s`,
/// trimmed at its end and ending in ')'.
#[inline(never)]
fn paren_signoff<'a>(s: &'a str, lexicon: &Lexicon, by: &mut Byline<'a>) {
    let Some(body) = s.strip_suffix(')') else {
        return;
    };
    // '(' is ASCII: its last byte found by `memchr`, where `rfind` of the
    // `char` reads back through core's byte-at-a-time search.
    let Some(open) = memchr::memrchr(b'(', body.as_bytes()) else {
        return;
    };
    let before = body[..open].trim_end();
    if !before.ends_with(['.', '!', '?', '"', '\u{201d}']) {
        return;
    }
    if let Some(a) = lexicon.lookup(&body[open + 1..]) {
        by.agency(lexicon.name(a).clone());
    }
}

/// The words after the last sentence of `s` that may be a bare sign-off
/// ("... the US. PTI", "... the US. -- IANS"): one to four words after the
/// last sentence mark, dashes before them left out. For the tests, which
/// compare it with `bare_signoff_reference`, the reading without the gate
/// of [`bare_signoff_mark`] that [`bare_signoff_credit`] does.
#[cfg(test)]
fn bare_signoff(s: &str) -> Option<&str> {
    short_tail(s, bare_signoff_mark(s)?)
}

/// Where the sentence mark that [`bare_signoff`] reads on from starts in
/// `s`, for the tests.
///
/// A paragraph that ends in a mark has none, which its last bytes tell
/// before the mark is searched for. [`signoff_in`] rules those paragraphs
/// out before calling [`bare_signoff_credit`], which asks no such gate:
/// read without it, such a paragraph's last mark has no words after it,
/// and the tests compare the two readings.
#[cfg(test)]
fn bare_signoff_mark(s: &str) -> Option<usize> {
    if matches!(s.as_bytes().last(), Some(b'.' | b'!' | b'?' | b'"')) || s.ends_with('\u{201d}') {
        return None;
    }
    last_sentence_mark(s)
}

/// One to four words after the sentence mark at `mark` in `s`, dashes
/// before them left out.
#[cfg(test)]
fn short_tail(s: &str, mark: usize) -> Option<&str> {
    let tail = words_after(s, mark);
    is_short(tail).then_some(tail)
}

/// The words after the sentence mark at `mark` in `s`, trimmed, dashes
/// before them left out.
fn words_after(s: &str, mark: usize) -> &str {
    let cut = mark + s[mark..].chars().next().map_or(1, char::len_utf8);
    trim_visible(trim_visible(&s[cut..]).trim_start_matches(['-', '\u{2013}', '\u{2014}']))
}

/// Whether `words` (trimmed) are one to four words: counted up to the
/// fourth only.
fn is_short(words: &str) -> bool {
    !words.is_empty() && words.split_whitespace().nth(3).is_none()
}

/// [`bare_signoff`] as first written, the last mark searched for in every
/// paragraph, for the tests.
#[cfg(test)]
fn bare_signoff_reference(s: &str) -> Option<&str> {
    short_tail(s, last_sentence_mark(s)?)
}

/// Where the last mark that may end a sentence ('.', '!', '?', '"' or
/// '\u{201d}') starts in `s`, for the tests: [`bare_signoff_credit`] reads
/// the same in two steps, [`unmarked_from`] and
/// [`last_sentence_mark_before`].
#[cfg(test)]
fn last_sentence_mark(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    last_sentence_mark_before(b, unmarked_from(b)?)
}

/// `None` when `b` holds no byte that ends a sentence mark
/// ([`MARK_ENDS`]); otherwise where a search for the last mark may start,
/// the bytes from there on holding none.
///
/// Every paragraph that may end in a bare sign-off is read back here, and
/// most are short menu lines with no mark at all, read to their first
/// byte: eight bytes are read at a time, and a block of ASCII letters and
/// spaces is passed by one range test (the ASCII marks all lie in
/// 0x21..=0x3F). The bytes before the last whole block are read as the
/// text's first eight, which overlap bytes read already and found with no
/// mark, where a loop read them one by one (some five instructions each);
/// only a text shorter than eight bytes is read so.
#[inline]
fn unmarked_from(b: &[u8]) -> Option<usize> {
    let mut end = b.len();
    while end >= 8 {
        if !no_mark_ascii(block_before(b, end)) {
            return Some(end);
        }
        end -= 8;
    }
    let rest_clear = match b.first_chunk::<8>() {
        Some(first) => end == 0 || no_mark_ascii(u64::from_le_bytes(*first)),
        None => !b.iter().any(|&c| ends_mark(c)),
    };
    (!rest_clear).then_some(end)
}

/// The eight bytes of `b` before `end` (at least eight), as one
/// little-endian integer.
#[inline]
fn block_before(b: &[u8], end: usize) -> u64 {
    let mut block = [0u8; 8];
    block.copy_from_slice(&b[end - 8..end]);
    u64::from_le_bytes(block)
}

/// Whether the block `x` is ASCII with no byte in 0x21..=0x3F, where the
/// ASCII marks ('!', '"', '.', '?') lie with the digits and the other
/// signs: a block of letters and spaces (most of a menu line's) passes.
/// Adding 0x5F sets the high bit of a byte from 0x21 up and adding 0x40
/// that of a byte from 0x40 up, with no carry between ASCII bytes, so one
/// range test of four instructions rules such a block out where the four
/// comparisons took some twenty.
#[inline]
fn no_mark_ascii(x: u64) -> bool {
    use crate::ascii8::{HIGH, ONES};
    x & HIGH == 0 && x.wrapping_add(0x5F * ONES) & !x.wrapping_add(0x40 * ONES) & HIGH == 0
}

/// Where the last mark in `b[..end]` starts, as `last_sentence_mark`
/// tells: eight bytes are tested at a time, each against the five bytes
/// that end a mark, and only the bytes before the last block are read one
/// by one.
///
/// Out of line: [`unmarked_from`] answers most texts, and this loop's
/// constants, set up in its caller, took the registers of that one's.
#[inline(never)]
fn last_sentence_mark_before(b: &[u8], mut end: usize) -> Option<usize> {
    loop {
        let i = if end >= 8 {
            let found = mark_end_bytes(block_before(b, end));
            if found == 0 {
                end -= 8;
                continue;
            }
            // The highest byte with its high bit set is the block's last.
            end - 8 + (63 - found.leading_zeros() as usize) / 8
        } else {
            b[..end].iter().rposition(|&c| ends_mark(c))?
        };
        if b[i] != 0x9D {
            return Some(i);
        }
        // E2 only ever leads a character, so E2 80 9D is '\u{201d}', and
        // any other 9D is part of another character.
        if b[..i].ends_with(&[0xE2, 0x80]) {
            return Some(i - 2);
        }
        end = i;
    }
}

/// The bytes that end a mark: the ASCII marks, and 9D, the last byte of
/// '\u{201d}' (E2 80 9D), kept last so that [`mark_end_bytes`] can leave
/// it out of an ASCII block.
const MARK_ENDS: [u8; 5] = [b'.', b'!', b'?', b'"', 0x9D];

/// Whether `c` is one of [`MARK_ENDS`]: one look-up in a table made from
/// them, for the bytes before a paragraph's last block of eight, which are
/// read one by one (five comparisons each cost more than the rest of the
/// loop).
fn ends_mark(c: u8) -> bool {
    const TABLE: [bool; 256] = {
        let mut table = [false; 256];
        let mut k = 0;
        while k < MARK_ENDS.len() {
            table[MARK_ENDS[k] as usize] = true;
            k += 1;
        }
        table
    };
    TABLE[usize::from(c)]
}

/// The high bit of each byte of `x` that is one of [`MARK_ENDS`], and no
/// other bit.
fn mark_end_bytes(x: u64) -> u64 {
    use crate::ascii8::{HIGH, LOW7, ONES};
    let mut nonzero_all = HIGH;
    // 9D, the one mark byte with its high bit set and the last of
    // MARK_ENDS, is compared only in a block that has such a byte: most
    // blocks are ASCII, where one test replaces a comparison of five
    // instructions (18K instructions less in the byline stage).
    let marks = if x & HIGH == 0 {
        // Most blocks asked here are ASCII, and a block of letters and
        // spaces has no mark: one range test rules it out (5,700
        // instructions fewer in the byline stage over corpora/real, when
        // the sign-offs' search of some 1,200 short menu lines ending in a
        // letter came here for every block).
        if no_mark_ascii(x) {
            return 0;
        }
        &MARK_ENDS[..4]
    } else {
        &MARK_ENDS[..]
    };
    for &m in marks {
        let y = x ^ (u64::from(m) * ONES);
        // The high bit of each byte of `y` that is not zero: exact, as no
        // sum carries from one byte into the next.
        nonzero_all &= ((y & LOW7) + LOW7) | y;
    }
    !nonzero_all & HIGH
}

#[cfg(test)]
mod tests;
