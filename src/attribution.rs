//! Relays: "Yonhap quoted KCNA as saying", "according to KCNA", and the
//! article's source chain.
//!
//! Every agency mention in the story (names and descriptions, from the
//! [`Lexicon`]) is read in its clause: a verb after it ("KCNA state news
//! agency said", "Yonhap News Agency quoted North Korean state-run KCNA as
//! saying"), or a phrase before it ("according to the North's official
//! Korean Central News Agency (KCNA)", "citing", "in remarks carried by").
//! Two kinds of mention are resolved from context: "state media" with no
//! country named takes the country the story named last before it, and
//! "the news agency" the agency named last. The article's main relay is the longest chain in its first paragraphs,
//! ending with the agency credited for the text (dateline or byline).

use std::borrow::Cow;

use crate::agency::{Lexicon, Mention, ParagraphMentions};
use crate::ascii8::is_ascii_space;
use crate::layout::{Layout, Paragraph, Role};
use crate::quote::Cut;
use crate::trim::floor_char_boundary;
use crate::{Byline, Span};

mod cues;

pub(crate) use cues::DESCRIPTION_WORDS;

/// One relay found in the text: who passed on what, innermost first.
///
/// # Examples
///
/// ```
/// let article = newswire::parse("T\n\nYonhap News Agency quoted KCNA as saying the talks went well.");
/// let a = &article.attributions[0];
/// assert_eq!(a.chain, ["KCNA", "Yonhap"]);
/// assert_eq!(a.cue, "quoted ... as saying");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Attribution<'a> {
    /// Agencies the claim passed through, innermost (original) first.
    pub chain: Vec<Cow<'a, str>>,
    /// The cue, normalised: "quoted ... as saying", "according to", "said".
    pub cue: &'static str,
    /// The relay phrase in the input.
    pub span: Span,
}

/// Attributions and the article's main source chain.
#[derive(Debug, Default)]
pub(crate) struct Relays<'a> {
    pub attributions: Vec<Attribution<'a>>,
    pub source_chain: Vec<Cow<'a, str>>,
    /// The agency mentions of the paragraphs read here, kept for the quote
    /// stage, which looks for agency speakers in the same paragraphs.
    pub mentions: ParagraphMentions,
}

/// Paragraphs, from the story's start, that the main relay is taken from.
const LEAD_PARAGRAPHS: usize = 3;
/// How far before a mention a phrase such as "according to" may start.
const BEFORE_WINDOW: usize = 48;
/// Most bytes between such a phrase and the mention ("the North's official").
const MAX_FILLER: usize = 32;
/// How far after a mention its verb may be.
const AFTER_WINDOW: usize = 160;

/// How far past a relay verb its sentence is looked for.
const SENTENCE_REACH: usize = 400;
/// Most bytes between "quoted" and the agency it quotes ("North Korean
/// state-run").
const MAX_QUOTED_GAP: usize = 48;
/// Cues that name the reporting outlet, not a relay of another's report.
const NOT_RELAYS: &[&str] = &["contributed", "told", "via", "with inputs from"];

/// Every relay in the story's body, and its main chain ending with the
/// first agency the byline credits. `start` is where the story starts
/// ([`crate::byline::story_start`]), found once for the byline and here:
/// found here again, it cost about 170 instructions a story.
pub(crate) fn find<'a>(
    text: &'a str,
    layout: &Layout,
    lexicon: &Lexicon,
    byline: &Byline<'a>,
    start: Option<Span>,
    cut: Option<&Cut>,
) -> Relays<'a> {
    let from = start.map_or(0, |s| s.start);
    // The last agency named, for "the news agency said".
    let mut last: Option<(usize, usize)> = None;
    // With a body run, the story's paragraphs are the body's, which the
    // cut holds as its segments other than the headline and its repeats:
    // read off them, not found again among the layout's paragraphs.
    let (found, cut) = match cut {
        Some(cut) if lexicon.is_builtin() && has_body_run(layout) => {
            (ParagraphMentions::of_body_segments(text, cut), Some(cut))
        }
        _ => (
            ParagraphMentions::new(text, lexicon, story_paragraphs(layout)),
            None,
        ),
    };
    // The same paragraphs, from the story's start, read lazily: the lead
    // takes a few (the search on the cut keeps no list of them).
    let read = from_on(story_paragraphs(layout), from);
    // The lists below are reused from paragraph to paragraph, and kept on
    // the thread for the next story (see `crate::scratch`): most stories
    // grew each of them from nothing.
    // Boxed, the six lists (three here and three in `hits`) move in and
    // out of the thread's slot as one pointer, not as eighteen words each
    // way (about 10K instructions fewer over corpora/real).
    let mut spare: Box<Spare> = crate::scratch::take().unwrap_or_default();
    let Spare {
        gathered,
        mentions,
        hits,
    } = &mut *spare;
    // Where the description phrases can be: the words one of which ends
    // every state-media and anaphora phrase ([`cues::DESCRIPTION_WORDS`]),
    // listed by the tokenizer for the paragraphs the cut holds, or found
    // in the paragraphs' bytes. With them every phrase is found: a
    // paragraph holding no such word needs no look at all, and one holding
    // some has its phrases read where the words are.
    let found_in_bytes;
    let keys: &[usize] = match cut {
        Some(cut) => cut.description_words(),
        None => {
            // From the first paragraph read to the end of the last, in one
            // search a word: the words between paragraphs are passed over
            // with the paragraphs' keys, and a search a paragraph cost
            // more to set up than to read the paragraph.
            let mut paragraphs = read.clone();
            found_in_bytes = paragraphs.next().map_or_else(Vec::new, |first| {
                let end = paragraphs.next_back().unwrap_or(first).end;
                description_words_in(&layout.lower, Span::new(first.start, end))
            });
            &found_in_bytes
        }
    };
    let mut next_key = 0;
    let mut mentions_of = found.reader();
    // A paragraph's mentions as found with its descriptions added, and
    // merged.
    gathered.clear();
    let mut attributions = Vec::new();
    let mut rest = found.paragraphs();
    // On the cut, the paragraphs are its segments but the others (the
    // headline and its repeats), walked here with the mentions rather than
    // listed with their ranges by the search, a list of 1,641 entries over
    // corpora/real that this loop alone read (attribution 12K, pipeline
    // 15.6K instructions fewer): the next segment, the next of the others
    // and the next mention. The segments ending before the story's start
    // are passed, as are their mentions, walked from the first rather than
    // binary-searched: few come before the story's start, and the two
    // binary searches of the whole lists cost some 100 instructions a story
    // (walked, the stage and the pipeline ran about 4.8K fewer).
    let all = found.all();
    let mut seg = cut.map_or(0, |c| passed(c.segments(), 0, |s| s.end <= from));
    let mut other = 0;
    let mut mention = cut
        .and_then(|c| c.segments().get(seg))
        .map_or(0, |s| passed(all, 0, |m| m.span.start < s.start));
    loop {
        // Most paragraphs (1,388 of the 1,685 over corpora/real) name no
        // agency, hold no description word and are not cut short by the
        // story's start: they have no relay and leave the last agency
        // named as it was. They are passed over here, in a loop that reads
        // only their spans and the ranges of their mentions, up to the
        // first that may have a relay. The keys come in text order, so one
        // holds none when it ends at or before the next key's start, where
        // the steps below find no key in it either. The loop over every
        // paragraph asked the same below, about thirty instructions a
        // paragraph with the keys' search and the mentions' slice, where
        // this loop takes ten (attribution and pipeline 30K instructions
        // fewer).
        let key_start = keys.get(next_key).copied().unwrap_or(usize::MAX);
        let (para, found_para) = if let Some(cut) = cut {
            let segments = cut.segments();
            // The first segment that may have a relay: the one the story's
            // start cuts short, or the first ending after the next mention
            // or key starts (the loop over the paragraphs' list below asks
            // the same of each).
            if segments.get(seg).is_none_or(|s| s.start >= from) {
                let next_at = all.get(mention).map_or(usize::MAX, |m| m.span.start);
                let at = next_at.min(key_start);
                seg += passed(segments, seg, |s| s.end <= at);
            }
            let Some(&para) = segments.get(seg) else {
                break;
            };
            let others = cut.others();
            while others.get(other).is_some_and(|&o| (o as usize) < seg) {
                other += 1;
            }
            seg += 1;
            if others.get(other).is_some_and(|&o| o as usize == seg - 1) {
                // The headline or a repeat: no paragraph; its keys passed.
                next_key += keys
                    .get(next_key..)
                    .unwrap_or_default()
                    .partition_point(|&k| k < para.end);
                continue;
            }
            let first = mention;
            while all.get(mention).is_some_and(|m| m.span.start < para.end) {
                mention += 1;
            }
            (para, all.get(first..mention).unwrap_or_default())
        } else {
            let passed = rest
                .iter()
                .position(|(p, found)| !(found.is_empty() && p.start >= from && p.end <= key_start))
                .unwrap_or(rest.len());
            let Some(((para, range), after)) = rest.get(passed..).unwrap_or_default().split_first()
            else {
                break;
            };
            rest = after;
            (*para, found.mentions_in(range))
        };
        // The paragraphs from the story's start, as `read` gives them: the
        // one the start cuts short is searched afresh (the reader's fresh
        // search, as for any span not one of the paragraphs), the others'
        // mentions are those found already, with no look-up.
        if para.end <= from {
            continue;
        }
        let span = Span::new(para.start.max(from), para.end);
        // The keys starting within the paragraph. Paragraphs come in text
        // order and apart. The keys of the page's menus and of the
        // paragraphs not read (before the story, most of them) are passed
        // over by binary search, not one by one: a step of the plain loop
        // cost five instructions, and thousands were taken over the corpus.
        if keys.get(next_key).is_some_and(|&k| k < span.start) {
            let rest = keys.get(next_key..).unwrap_or_default();
            next_key += rest.partition_point(|&k| k < span.start);
        }
        let first_key = next_key;
        while keys.get(next_key).is_some_and(|&k| k < span.end) {
            next_key += 1;
        }
        // A paragraph with no mention, whose keys all came before it (the
        // loop above stops at it), has no relay either, and is passed over
        // as those are, before the merge and the lists of the relay search.
        // Asked here of a paragraph the story's start does not cut short, before
        // its keys are sliced and its mentions taken as a `Cow`, which the
        // loop built on the stack for every paragraph (about ten
        // instructions each).
        if para.start >= from && found_para.is_empty() && next_key == first_key {
            continue;
        }
        let para_keys = keys.get(first_key..next_key).unwrap_or_default();
        let found_here = if para.start >= from {
            Cow::Borrowed(found_para)
        } else {
            mentions_of.within(text, lexicon, span)
        };
        // As above, for the paragraph the story's start cuts short.
        if found_here.is_empty() && para_keys.is_empty() {
            continue;
        }
        // Most paragraphs hold no description word: their mentions are
        // merged as found, with no copy into the list descriptions join.
        let all_here: &[Mention] = if para_keys.is_empty() {
            &found_here
        } else {
            gathered.clear();
            gathered.extend_from_slice(&found_here);
            description_hits(&layout.lower, span, para_keys, hits);
            bare_state_media(text, &hits.state_media, from, lexicon, gathered);
            anaphora(&hits.anaphora, last, gathered);
            gathered
        };
        merge(text, all_here, mentions);
        if let Some(m) = mentions.last() {
            last = Some((m.span.end, m.agency));
        }
        // A relay that quotes the next mention ("Yonhap quoted KCNA as
        // saying") takes it in: no relay is looked for at that one. Only
        // the next can be taken in, so no list of those taken is kept.
        let mut i = 0;
        while i < mentions.len() {
            let mut next = i + 1;
            if let Some((a, took_next)) = relay_at(text, &layout.lower, span, mentions, i, lexicon)
            {
                next += usize::from(took_next);
                // Most stories name at most four relays.
                crate::room::push(&mut attributions, a);
            }
            i = next;
        }
    }
    // A quote's relay (`relay_near`) is found by a binary search of this
    // order.
    attributions.sort_by_key(|a| a.span.start);
    crate::scratch::give(spare);
    let main = main_relay(text, layout, read, &attributions);
    // The source chain is made with room for the credited agency: made
    // empty or as a copy of the main relay's chain, the push below grew it,
    // an allocation or a reallocation for most stories (170 of the 316
    // growths over corpora/real, attribution 13.5K instructions fewer).
    let credited = byline.agencies.first();
    let main_chain = main.map_or(&[][..], |a| a.chain.as_slice());
    let mut source_chain: Vec<Cow<'a, str>> =
        Vec::with_capacity(main_chain.len() + usize::from(credited.is_some()));
    source_chain.extend_from_slice(main_chain);
    if let Some(credited) = credited
        && source_chain.last() != Some(credited)
    {
        source_chain.retain(|a| a != credited);
        source_chain.push(credited.clone());
    }
    Relays {
        attributions,
        source_chain,
        mentions: found,
    }
}

/// How many items of `list` from index `from` on pass `test` before the
/// first that fails it: the steps of a walk over a sorted list up to a
/// bound. Counted over the slice's iterator, the walk's loop steps a
/// pointer to the slice's end, where a loop testing `list.get(i)` at each
/// step reloaded the list's length and added its index again.
#[inline(always)]
fn passed<T>(list: &[T], from: usize, test: impl Fn(&T) -> bool) -> usize {
    let rest = list.get(from..).unwrap_or_default();
    rest.iter().take_while(|item| test(item)).count()
}

/// The article's main relay: the first of the longest chains among the
/// relays (`attributions`, in text order, those of [`NOT_RELAYS`] aside)
/// that start in the lead of the paragraphs `read` ([`lead_end`]).
///
/// The relays in the lead are the first in text order, so a relay after
/// the first longest of them all can never be the main one: in the lead,
/// it loses to that one, and out of it, so is that one or the lead ends
/// before it. The lead is read only as far as that relay: most stories
/// have none (57 of the 104 real articles), and a lead ending after it
/// keeps every relay before it, as no lead does. Read as far as the last
/// relay, as it was, the lead's paragraphs after the first longest were
/// tested for prose for nothing (attribution and pipeline 14.9K
/// instructions fewer over corpora/real).
///
/// A lead that does not end before that relay holds it: it is the main
/// relay, with no second look at the relays. Only a lead ending before it
/// has its own relays searched, as far as its end.
fn main_relay<'r, 'a>(
    text: &str,
    layout: &Layout,
    read: impl Iterator<Item = Span>,
    attributions: &'r [Attribution<'a>],
) -> Option<&'r Attribution<'a>> {
    let is_relay = |a: &&Attribution| !NOT_RELAYS.contains(&a.cue);
    let first = first_longest(attributions.iter().filter(is_relay))?;
    match lead_end(text, layout, read, first.span.start) {
        Some(end) if end <= first.span.start => first_longest(
            attributions
                .iter()
                .take_while(|a| a.span.start < end)
                .filter(is_relay),
        ),
        _ => Some(first),
    }
}

/// The first of the relays with the longest chain.
fn first_longest<'r, 'a>(
    relays: impl Iterator<Item = &'r Attribution<'a>>,
) -> Option<&'r Attribution<'a>> {
    relays.fold(None, |best, a| match best {
        Some(b) if b.chain.len() >= a.chain.len() => Some(b),
        _ => Some(a),
    })
}

/// Whether the layout found a body run: then the paragraphs [`find`] reads
/// are the body's (`Layout::body`), as the quote stage's cut holds them.
fn has_body_run(layout: &Layout) -> bool {
    layout
        .paragraphs
        .get(layout.body_run.clone())
        .is_some_and(|run| !run.is_empty())
}

/// The paragraphs whose agencies [`find`] reads: the body's, in text order,
/// or every paragraph of a text too short for the layout to find a body
/// (one sentence).
///
/// Only the run from the first body paragraph to the last is walked: a
/// page's menus and headline come before it, and its footers, related
/// stories and comments after it, often many paragraphs that the filter
/// would otherwise ask one by one.
fn story_paragraphs(layout: &Layout) -> impl DoubleEndedIterator<Item = Span> + Clone + '_ {
    let paragraphs = layout.paragraphs.as_slice();
    let is_body = |p: &Paragraph| p.role == Role::Body;
    // The run as the layout noted it, rather than searched for here.
    let (run, has_body) = match paragraphs.get(layout.body_run.clone()) {
        Some(run) if !run.is_empty() => (run, true),
        _ => (paragraphs, false),
    };
    run.iter()
        .filter(move |p| !has_body || is_body(p))
        .map(|p| p.span)
}

/// The parts of `paragraphs` at or after byte `from`, where the story starts.
fn from_on(
    paragraphs: impl DoubleEndedIterator<Item = Span> + Clone,
    from: usize,
) -> impl DoubleEndedIterator<Item = Span> + Clone {
    paragraphs
        .filter(move |p| p.end > from)
        .map(move |p| Span::new(p.start.max(from), p.end))
}

/// Where the story's lead ends: after its [`LEAD_PARAGRAPHS`]-th paragraph
/// of prose (a paragraph of several long lines counts once per line, and
/// then the lead ends after the line that completes it). `read` are the
/// paragraphs [`find`] reads, in text order.
///
/// Paragraphs starting after `until` are not read: a lead ending in one of
/// them ends after `until`, and so does none at all, so both give `None`.
/// Nor is the paragraph holding `until` when no line break comes before
/// `until` in it: a lead ending there ends after its first line, after
/// `until` too. That paragraph is most often the first read, and its
/// test for prose and its lines' search were made for nothing
/// (attribution and pipeline 8K instructions fewer over corpora/real).
fn lead_end(
    text: &str,
    layout: &Layout,
    read: impl Iterator<Item = Span>,
    until: usize,
) -> Option<usize> {
    let mut prose = 0;
    for span in read {
        if span.end > until {
            let head = text.as_bytes().get(span.start..until).unwrap_or_default();
            // No line break before `until`: `None`.
            memchr::memchr(b'\n', head)?;
        }
        let para = text.get(span.start..span.end).unwrap_or("");
        if !crate::byline::is_prose_paragraph(para, span, layout) {
            continue;
        }
        // A paragraph of several long lines (pages that break paragraphs
        // with one line break) counts once per line.
        let mut end = span.start;
        let mut long_lines = 0;
        for line in lines(para) {
            end += line.len();
            // A paragraph of one line is that line, just found prose.
            if line.len() == para.len() || crate::byline::is_prose(line) {
                long_lines += 1;
                prose += 1;
                if prose == LEAD_PARAGRAPHS {
                    return Some(end);
                }
            }
        }
        if long_lines == 0 {
            prose += 1;
            if prose == LEAD_PARAGRAPHS {
                return Some(span.end);
            }
        }
    }
    None
}

/// The chain the words at byte `at` came through: the last relay found
/// before them, completed by the article's source chain ("the KCNA said" in
/// an IANS rewrite of Yonhap is KCNA via Yonhap via IANS); the source chain
/// alone when no relay precedes them.
#[cfg(test)]
pub(crate) fn chain_at<'a>(relays: &Relays<'a>, at: usize) -> Vec<Cow<'a, str>> {
    chain_of(relays, relay_before(relays, at))
}

/// The index of the last relay (attribution) starting at or before byte
/// `at`, whose chain `chain_at` gives there.
#[cfg(test)]
fn relay_before(relays: &Relays<'_>, at: usize) -> Option<usize> {
    // Attributions are in text order: a binary search, not a scan per quote.
    let k = relays.attributions.partition_point(|a| a.span.start <= at);
    k.checked_sub(1)
}

/// The chain of the relay `relay` (an index of `relays.attributions`)
/// completed by the source chain, or the source chain alone for `None`.
///
/// As first written, built in a list of its own: [`chain_parts`] must give
/// the same chain.
#[cfg(test)]
pub(crate) fn chain_of<'a>(relays: &Relays<'a>, relay: Option<usize>) -> Vec<Cow<'a, str>> {
    let Some(a) = relay.map(|i| &relays.attributions[i]) else {
        return relays.source_chain.clone();
    };
    let mut chain = Vec::with_capacity(a.chain.len() + relays.source_chain.len());
    chain.extend_from_slice(&a.chain);
    let tail = chain
        .last()
        .and_then(|l| relays.source_chain.iter().position(|s| s == l));
    match tail {
        Some(k) => chain.extend(relays.source_chain[k + 1..].iter().cloned()),
        None => {
            if let Some(outer) = relays.source_chain.last()
                && !chain.contains(outer)
            {
                chain.push(outer.clone());
            }
        }
    }
    chain
}

/// The chain of the relay `relay` as two parts, to be joined: the relay's
/// own chain and the part of the source chain that completes it (the
/// source chain and nothing for `None`). Quotes under the same relay have
/// the same chain: the quote stage builds it once, from the parts into one
/// list of the right length, and shares it with the quotes after.
pub(crate) fn chain_parts<'r, 'a>(
    relays: &'r Relays<'a>,
    relay: Option<usize>,
) -> (&'r [Cow<'a, str>], &'r [Cow<'a, str>]) {
    let source = relays.source_chain.as_slice();
    let Some(a) = relay.map(|i| &relays.attributions[i]) else {
        return (source, &[]);
    };
    let head = a.chain.as_slice();
    let tail = match head.last().and_then(|l| source.iter().position(|s| s == l)) {
        Some(k) => &source[k + 1..],
        None => match source.last() {
            Some(outer) if !head.contains(outer) => std::slice::from_ref(outer),
            _ => &[],
        },
    };
    (head, tail)
}

/// "state media reported" with no country named in the phrase: the state
/// agency of the country the story last named before it ("North Korean
/// leader Kim said ..., state media reported" is KCNA). `hits` are the
/// paragraph's [`cues::STATE_MEDIA`] phrases.
fn bare_state_media(
    text: &str,
    hits: &[Span],
    story: usize,
    lexicon: &Lexicon,
    mentions: &mut Vec<Mention>,
) {
    // The mentions found are pushed after the paragraph's, which are
    // read alone until all are found: a list of their own cost an
    // allocation and its release for each paragraph with a phrase.
    let named = mentions.len();
    // The country named last before the previous hit, with where it was
    // named: hits in a row share it, so each byte is searched for a country
    // once, not once per hit.
    let mut prev: Option<(usize, Option<(usize, usize)>)> = None;
    for &span in hits {
        if overlaps(&mentions[..named], span) {
            continue;
        }
        let back = floor_char_boundary(text, span.start.saturating_sub(COUNTRY_WINDOW)).max(story);
        let from = prev.map_or(back, |(hit, _)| hit.clamp(back, span.start));
        let here = text
            .get(from..span.start)
            .and_then(country_before)
            .and_then(|(k, name)| lexicon.lookup(name).map(|agency| (from + k, agency)));
        let country = here.or_else(|| prev.and_then(|(_, c)| c).filter(|&(at, _)| at >= back));
        prev = Some((span.start, country));
        let Some((_, agency)) = country else {
            continue;
        };
        mentions.push(description(span, agency));
    }
    sort_added(mentions, named);
}

/// "the news agency said", "the party daily said": the agency named last
/// before, if it was named recently. `last` is the end and agency of the
/// last mention in earlier paragraphs; `hits` are the paragraph's
/// [`cues::ANAPHORA`] phrases.
fn anaphora(hits: &[Span], last: Option<(usize, usize)>, mentions: &mut Vec<Mention>) {
    // As in `bare_state_media`: pushed after the paragraph's mentions.
    let named = mentions.len();
    for &span in hits {
        let found = &mentions[..named];
        if overlaps(found, span) {
            continue;
        }
        // Mentions are sorted and apart, so their ends are sorted too: the
        // one ending last before the phrase is found by binary search.
        let k = found.partition_point(|m| m.span.end <= span.start);
        let before = k
            .checked_sub(1)
            .map(|i| (found[i].span.end, found[i].agency))
            .or(last);
        let Some((end, agency)) = before else {
            continue;
        };
        if span.start - end.min(span.start) > ANAPHORA_WINDOW {
            continue;
        }
        mentions.push(description(span, agency));
    }
    sort_added(mentions, named);
}

/// A mention that points to `agency` by description.
fn description(span: Span, agency: usize) -> Mention {
    Mention {
        span,
        agency,
        form: crate::agency::Form::Description,
    }
}

/// Merge the mentions found by description, pushed from `named` on, into
/// the sorted list before them: a stable sort, as of the list extended
/// with them.
fn sort_added(mentions: &mut [Mention], named: usize) {
    if mentions.len() > named {
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// The [`cues::STATE_MEDIA`] and the [`cues::ANAPHORA`] phrases in the
/// paragraph, any case, each in text order, into `out` (emptied first),
/// where they are whole words: no ASCII letter or digit just before or
/// after them. `lower` is the page in ASCII lower case; `keys` are where
/// the [`cues::DESCRIPTION_WORDS`] found within the paragraph start
/// ([`Cut::description_words`], [`description_words_in`]), in text order.
///
/// Every phrase ends with one of the words, so each phrase in the
/// paragraph is found by comparing, at each word found, the phrases ending
/// with that word where they would start. A SIMD search of each paragraph
/// holding a key found the same phrases (a test checks against a search
/// per phrase), but these phrases open with "the", "off" and "sta", at
/// which it stopped often.
///
/// (Until round 37 a state-media phrase counted where it opened a word,
/// "state mediation" as "state media": its words were found by pieces of
/// them in the page's bytes. Found as whole words on the tokens, they end
/// the phrases there; no story of corpora/real or of the tests held such a
/// longer word.)
fn description_hits(lower: &[u8], para: Span, keys: &[usize], out: &mut DescriptionHits) {
    let DescriptionHits {
        found,
        state_media,
        anaphora,
    } = out;
    found.clear();
    state_media.clear();
    anaphora.clear();
    let Some(bytes) = lower.get(para.start..para.end) else {
        return;
    };
    let is_word = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_alphanumeric);
    // Each phrase found, by where it starts in the paragraph and its index
    // in the two tables; a phrase holding keys twice is found twice.
    for &key in keys {
        let Some(key_start) = key.checked_sub(para.start) else {
            continue;
        };
        // Which word is there, told by its first byte: the words open with
        // four different letters (a test checks).
        let first = bytes.get(key_start).copied();
        let k = cues::DESCRIPTION_WORDS
            .iter()
            .position(|w| w.as_bytes().first().copied() == first);
        for &(phrase, at) in k
            .and_then(|k| KEY_HOLDERS.get(k))
            .map_or(&[][..], Holders::as_slice)
        {
            let Some(start) = key_start.checked_sub(at) else {
                continue;
            };
            if holds_at(bytes, start, DESCRIPTIONS[phrase].as_bytes()) {
                found.push((start, phrase));
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    for &(start, phrase) in found.iter() {
        if start > 0 && is_word(start - 1) {
            continue;
        }
        let end = start + DESCRIPTIONS[phrase].len();
        if is_word(end) {
            continue;
        }
        let span = Span::new(para.start + start, para.start + end);
        if phrase < cues::STATE_MEDIA.len() {
            state_media.push(span);
        } else {
            anaphora.push(span);
        }
    }
}

/// Whether `bytes` hold `phrase` at `at`: what `bytes.get(at..at +
/// phrase.len()) == Some(phrase)` tells, compared byte by byte from the
/// first. Most phrases compared where a key or a first byte placed them
/// differ from the text within a byte or two ("the news agency" where
/// the text has "an agency"): the loop's few steps cost less than a
/// call into the library's `memcmp`, which the slices' equality made
/// for each of them, about 1,900 over corpora/real.
#[inline]
fn holds_at(bytes: &[u8], at: usize, phrase: &[u8]) -> bool {
    bytes.get(at..).is_some_and(|rest| {
        rest.len() >= phrase.len() && rest.iter().zip(phrase).all(|(a, b)| a == b)
    })
}

/// What [`description_hits`] finds in a paragraph, in lists kept from
/// paragraph to paragraph.
#[derive(Debug, Default)]
struct DescriptionHits {
    /// Each phrase found at a key: where it starts in the paragraph and its
    /// index in [`DESCRIPTIONS`].
    found: Vec<(usize, usize)>,
    /// The [`cues::STATE_MEDIA`] phrases, in text order.
    state_media: Vec<Span>,
    /// The [`cues::ANAPHORA`] phrases, in text order.
    anaphora: Vec<Span>,
}

/// The lists [`find`] reads a story with, kept on the thread for the next
/// story's (see [`crate::scratch`]).
#[derive(Debug, Default)]
pub(crate) struct Spare {
    /// A paragraph's mentions with those found by description.
    gathered: Vec<Mention>,
    /// A paragraph's mentions, merged.
    mentions: Vec<Mention>,
    /// A paragraph's description phrases.
    hits: DescriptionHits,
}

impl Spare {
    /// The bytes its lists hold room for.
    pub(crate) fn bytes(&self) -> usize {
        use crate::scratch::bytes;
        bytes(&self.gathered)
            + bytes(&self.mentions)
            + bytes(&self.hits.found)
            + bytes(&self.hits.state_media)
            + bytes(&self.hits.anaphora)
    }
}

/// The [`cues::STATE_MEDIA`] phrases, then the [`cues::ANAPHORA`] ones.
const DESCRIPTIONS: &[&str] =
    &concat_tables::<{ cues::STATE_MEDIA.len() + cues::ANAPHORA.len() }>();

/// The two tables of [`DESCRIPTIONS`] joined, at compile time.
const fn concat_tables<const N: usize>() -> [&'static str; N] {
    let mut all = [""; N];
    let mut i = 0;
    while i < N {
        all[i] = if i < cues::STATE_MEDIA.len() {
            cues::STATE_MEDIA[i]
        } else {
            cues::ANAPHORA[i - cues::STATE_MEDIA.len()]
        };
        i += 1;
    }
    all
}

/// For each of the [`cues::DESCRIPTION_WORDS`], the [`DESCRIPTIONS`] that
/// hold it and where it starts in them, in the order of the phrases.
///
/// Built when compiling: built on first use by a `match_indices` search of
/// each phrase for each word, it cost about 23K instructions (each
/// search's set-up), once a process, as much as the relays of a dozen
/// stories (pipeline over corpora/real 23K fewer). A test compares it with
/// that search.
const KEY_HOLDERS: [Holders; cues::DESCRIPTION_WORDS.len()] = key_holders();

/// The [`DESCRIPTIONS`] holding one description word, as `(phrase, at)`:
/// the phrase's index and where the word starts in it, the first `len`
/// entries of `phrases`.
#[derive(Clone, Copy)]
struct Holders {
    len: usize,
    phrases: [(usize, usize); DESCRIPTIONS.len()],
}

impl Holders {
    fn as_slice(&self) -> &[(usize, usize)] {
        self.phrases.get(..self.len).unwrap_or_default()
    }
}

/// [`KEY_HOLDERS`]: each word's occurrences in each phrase, as
/// `str::match_indices` finds them (apart, from the phrase's start).
const fn key_holders() -> [Holders; cues::DESCRIPTION_WORDS.len()] {
    let none = Holders {
        len: 0,
        phrases: [(0, 0); DESCRIPTIONS.len()],
    };
    let mut all = [none; cues::DESCRIPTION_WORDS.len()];
    let mut k = 0;
    while k < all.len() {
        let key = cues::DESCRIPTION_WORDS[k].as_bytes();
        let mut phrase = 0;
        while phrase < DESCRIPTIONS.len() {
            let text = DESCRIPTIONS[phrase].as_bytes();
            let mut at = 0;
            while at + key.len() <= text.len() {
                let mut same = 0;
                while same < key.len() && text[at + same] == key[same] {
                    same += 1;
                }
                if same < key.len() {
                    at += 1;
                    continue;
                }
                let holders = &mut all[k];
                assert!(holders.len < DESCRIPTIONS.len(), "a word twice in a phrase");
                holders.phrases[holders.len] = (phrase, at);
                holders.len += 1;
                at += key.len();
            }
            phrase += 1;
        }
        k += 1;
    }
    all
}

/// Where the [`cues::DESCRIPTION_WORDS`] start in `span` of `lower`, the
/// page in ASCII lower case, in text order, wherever they occur: for the
/// stories the quote stage does not cut (no quote mark and no colon in
/// their body, 9 of corpora/real, some 10,000 bytes of paragraphs), whose
/// words the tokenizer does not list.
fn description_words_in(lower: &[u8], span: Span) -> Vec<usize> {
    static FINDERS: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::OnceLock::new();
    let finders = FINDERS.get_or_init(|| {
        cues::DESCRIPTION_WORDS
            .iter()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
            .collect()
    });
    let Some(bytes) = lower.get(span.start..span.end) else {
        return Vec::new();
    };
    let mut found: Vec<usize> = finders
        .iter()
        .flat_map(|finder| finder.find_iter(bytes).map(|at| span.start + at))
        .collect();
    found.sort_unstable();
    found
}

/// True when `span` overlaps one of `mentions` (sorted, apart).
fn overlaps(mentions: &[Mention], span: Span) -> bool {
    let k = mentions.partition_point(|m| m.span.end <= span.start);
    mentions.get(k).is_some_and(|m| m.span.start < span.end)
}

/// How far back "the news agency" may find the agency it means.
const ANAPHORA_WINDOW: usize = 2000;

/// How far back a country's name may resolve "state media".
const COUNTRY_WINDOW: usize = 1500;

/// The state agency of the country named last in `before`, with where it
/// is named.
///
/// One pass from the end reads each word start once and tries the names
/// that open with its byte, stopping at the first found, rather than a
/// search per name through up to [`COUNTRY_WINDOW`] bytes. No two names can
/// both stand whole at one place (a test checks), so the name found is the
/// one whose last whole occurrence comes last.
///
/// Out of line: inlined into [`find`], its loop over the bytes reloaded
/// the text and the table from the stack at every byte.
///
/// The window, up to 1,500 bytes, is read eight bytes a step from its end
/// ([`may_open_country`]): only the capitals, one byte in twenty or so,
/// are tried, highest first, where the loop byte by byte read every
/// byte's entry of the table (attribution 12K instructions fewer over
/// corpora/real, 28 windows). The one name that opens with a small
/// letter, "the North", is tried at its capital, four bytes on: tried at
/// its 't', every word "the", "to" or "that" and every 't' within a word
/// was a place to try (attribution 9K instructions fewer). No name opens
/// within "the " (the bytes between), so the places are still tried in
/// the order of the loop byte by byte.
#[inline(never)]
fn country_before(before: &str) -> Option<(usize, &'static str)> {
    let h = before.as_bytes();
    let name_at = |k: usize| {
        let (first, end) = COUNTRIES_BY_BYTE[usize::from(h[k])];
        if first == end || (k > 0 && h[k - 1].is_ascii_alphanumeric()) {
            return None;
        }
        cues::COUNTRIES[usize::from(first)..usize::from(end)]
            .iter()
            .find(|(name, _)| {
                holds_at(h, k, name.as_bytes())
                    && !h.get(k + name.len()).is_some_and(u8::is_ascii_alphanumeric)
            })
            .map(|&(_, agency)| (k, agency))
    };
    // The names at a capital `k`: those opening with it, then one opening
    // with "the " before it.
    let at_capital = |k: usize| {
        name_at(k).or_else(|| {
            let the = k.checked_sub(THE.len())?;
            (h.get(the..k) == Some(THE)).then(|| name_at(the)).flatten()
        })
    };
    let mut end = h.len();
    while let Some(chunk) = end.checked_sub(8).and_then(|start| h.get(start..end)) {
        let start = end - 8;
        let bytes: [u8; 8] = chunk.try_into().unwrap_or_default();
        let mut capitals = may_open_country(u64::from_le_bytes(bytes));
        // The chunk's places, last first, as the loop byte by byte took
        // them: the high bit of byte `b` is bit 8b + 7.
        while capitals != 0 {
            let bit = 63 - capitals.leading_zeros();
            if let Some(found) = at_capital(start + (bit / 8) as usize) {
                return Some(found);
            }
            capitals &= !(1 << bit);
        }
        end = start;
    }
    (0..end)
        .rev()
        .filter(|&k| h[k].is_ascii_uppercase())
        .find_map(at_capital)
}

/// What the one name of [`cues::COUNTRIES`] that opens with a small letter
/// opens with, before its capital.
const THE: &[u8] = b"the ";

/// The high bit of each byte of `x` that is an ASCII capital: a name of
/// [`cues::COUNTRIES`] opens with one, or with [`THE`] and one (a test at
/// compile time checks).
#[inline]
fn may_open_country(x: u64) -> u64 {
    use crate::ascii8::{HIGH, LOW7, ONES};
    const _: () = {
        let mut i = 0;
        while i < cues::COUNTRIES.len() {
            let name = cues::COUNTRIES[i].0.as_bytes();
            let opens_the = name.len() > THE.len()
                && name[0] == THE[0]
                && name[1] == THE[1]
                && name[2] == THE[2]
                && name[3] == THE[3];
            let capital = if opens_the { name[THE.len()] } else { name[0] };
            assert!(capital.is_ascii_uppercase());
            i += 1;
        }
    };
    // Each byte's low seven bits: adding 0x80 - 'A' sets the high bit of a
    // byte at least 'A', adding 0x80 - ('Z' + 1) that of one past 'Z'; the
    // sums carry into no other byte. A byte with its own high bit set is
    // no capital.
    let x7 = x & LOW7;
    let at_least_a = x7 + ONES * u64::from(0x80 - b'A');
    let past_z = x7 + ONES * u64::from(0x80 - (b'Z' + 1));
    at_least_a & !past_z & !x & HIGH
}

/// The chain for a quote at `quote`: a relay that follows it closely (the
/// `"...," the KCNA said` form) if there is one, else `chain_at` its start.
#[cfg(test)]
pub(crate) fn chain_near<'a>(relays: &Relays<'a>, quote: Span) -> Vec<Cow<'a, str>> {
    chain_of(relays, relay_near(relays, quote))
}

/// The relay whose chain a quote at `quote` takes (a relay that follows it
/// closely, else the relay before its start), as [`chain_parts`] takes
/// it: `None` for the source chain alone.
///
/// One binary search: the relay before a point, which a second search
/// found (`relay_before`), is read off the first's answer. Out of line, as
/// it was with the two searches: inlined in the quote loop, which is short
/// of registers, it cost that loop more than the search it saves.
#[inline(never)]
pub(crate) fn relay_near(relays: &Relays<'_>, quote: Span) -> Option<usize> {
    let relays = relays.attributions.as_slice();
    let k = relays.partition_point(|a| a.span.start < quote.end);
    match relays.get(k) {
        // The relay after the quote, or the last of those starting there.
        Some(a) if a.span.start - quote.end <= FOLLOWING_RELAY => {
            let same_start = relays[k + 1..]
                .iter()
                .take_while(|b| b.span.start == a.span.start);
            Some(k + same_start.count())
        }
        // The last relay starting at or before the quote's start: the one
        // before `k`, unless some start inside the quote (few do).
        _ => {
            let inside = relays[..k]
                .iter()
                .rev()
                .take_while(|b| b.span.start > quote.start);
            (k - inside.count()).checked_sub(1)
        }
    }
}

/// [`relay_near`] as first written, by two binary searches.
#[cfg(test)]
pub(crate) fn relay_near_by_two_searches(relays: &Relays<'_>, quote: Span) -> Option<usize> {
    let k = relays
        .attributions
        .partition_point(|a| a.span.start < quote.end);
    let after = relays
        .attributions
        .get(k)
        .filter(|a| a.span.start - quote.end <= FOLLOWING_RELAY);
    match after {
        Some(a) => relay_before(relays, a.span.start),
        None => relay_before(relays, quote.start),
    }
}

/// How far after a quote's closing mark its relay may start (`," the
/// North's official news agency said`).
const FOLLOWING_RELAY: usize = 24;

/// One agency named twice in a row is one mention: "Korean Central News
/// Agency (KCNA)", "the official Soviet news agency Tass".
/// `out` is cleared first: one list serves every paragraph.
fn merge(text: &str, mentions: &[Mention], out: &mut Vec<Mention>) {
    out.clear();
    for &m in mentions {
        if let Some(prev) = out.last_mut() {
            let gap = text.get(prev.span.end..m.span.start).unwrap_or("x");
            let joinable = gap.len() <= 3 && matches!(gap.trim(), "" | "(" | ",");
            if prev.agency == m.agency && joinable {
                // Take in the closing mark: "(KCNA)" and ", the North's
                // official news agency," are part of the mention.
                let close = text.get(m.span.end..).is_some_and(|r| {
                    (gap.contains('(') && r.starts_with(')'))
                        || (gap.contains(',') && r.starts_with(','))
                });
                prev.span.end = m.span.end + usize::from(close);
                continue;
            }
        }
        out.push(m);
    }
}

fn name<'a>(lexicon: &Lexicon, m: &Mention) -> Cow<'a, str> {
    lexicon.name(m.agency).clone()
}

/// The relay mention `i` takes part in, if any, and whether it takes in
/// the next mention too (the agency quoted in "Yonhap quoted KCNA").
fn relay_at<'a>(
    text: &str,
    lower: &[u8],
    para: Span,
    ms: &[Mention],
    i: usize,
    lexicon: &Lexicon,
) -> Option<(Attribution<'a>, bool)> {
    let m = ms[i];
    if let Some(a) = before_phrase(text, lower, para, ms, i, lexicon) {
        return Some((a, false));
    }
    // "Tass and RIA Novosti said": the verb is after the last of
    // agencies joined by "and" or a comma.
    let mut end = m.span.end;
    for n in &ms[i + 1..] {
        let gap = text.get(end..n.span.start).unwrap_or("x").trim();
        if gap == "and" || gap == "," || gap == ", and" {
            end = n.span.end;
        } else {
            break;
        }
    }
    let (verb, cue, verb_span) = verb_after(text, para, end)?;
    if verb != "quoted" && verb != "quotes" && verb != "cited" {
        let a = Attribution {
            chain: vec![name(lexicon, &m)],
            cue,
            span: Span::new(m.span.start, verb_span.end),
        };
        return Some((a, false));
    }
    let cited = verb == "cited";
    let sentence_end = sentence_end(text, verb_span.end, para.end);
    // "quoted North Korean state-run KCNA as saying"
    let quoted = ms.get(i + 1).filter(|q| {
        q.span.start >= verb_span.end
            && q.span.start < sentence_end
            && q.span.start - verb_span.end <= MAX_QUOTED_GAP
            && q.agency != m.agency
    });
    let search_from = quoted.map_or(verb_span.end, |q| q.span.end);
    let as_saying = text
        .get(search_from..sentence_end)
        .and_then(|rest| as_saying(rest).map(|(s, e)| (search_from + s, search_from + e)));
    let cue = match (cited, as_saying.is_some()) {
        (false, true) => "quoted ... as saying",
        (true, true) => "cited ... as saying",
        (false, false) => "quoted",
        (true, false) => "cited",
    };
    let mut chain = Vec::with_capacity(2);
    let mut end = verb_span.end;
    if let Some(q) = quoted {
        chain.push(name(lexicon, q));
        end = q.span.end;
    }
    chain.push(name(lexicon, &m));
    if let Some((_, e)) = as_saying {
        end = e;
    }
    let a = Attribution {
        chain,
        cue,
        span: Span::new(m.span.start, end),
    };
    Some((a, quoted.is_some()))
}

/// "according to the North's official KCNA", "citing Yonhap", "told
/// Reuters": the phrase before mention `i`. `lower` is the page in ASCII
/// lower case, at the same offsets as `text`.
fn before_phrase<'a>(
    text: &str,
    lower: &[u8],
    para: Span,
    ms: &[Mention],
    i: usize,
    lexicon: &Lexicon,
) -> Option<Attribution<'a>> {
    let m = ms[i];
    let from =
        floor_char_boundary(text, m.span.start.saturating_sub(BEFORE_WINDOW)).max(para.start);
    let lower = lower.get(from..m.span.start)?;
    let (at, phrase, cue) = earliest_cue(lower)?;
    let start = from + at;
    let mut chain = vec![name(lexicon, &m)];
    let mut span = Span::new(start, m.span.end);
    // "Yonhap reported, citing KCNA": the citing agency is the clause's
    // subject before it. "KCNA, quoted by Yonhap,": the quoted agency is
    // the noun just before.
    let passive = phrase.ends_with(" by");
    if cue == "citing" || passive {
        let reach = if passive { MAX_FILLER } else { AFTER_WINDOW };
        let subject = ms[..i]
            .iter()
            .rev()
            .take(4)
            .find(|s| {
                text.get(s.span.end..start)
                    .is_some_and(|g| g.len() <= reach && !g.contains(['.', '!', '?', ';']))
            })
            .filter(|s| s.agency != m.agency);
        if let Some(s) = subject {
            if passive {
                chain.insert(0, name(lexicon, s));
            } else {
                chain.push(name(lexicon, s));
            }
            span.start = s.span.start;
        }
    }
    if cue == "according to" {
        // "according to KCNA reports"
        if let Some(rest) = text.get(m.span.end..para.end) {
            for tail in [" reports", " report"] {
                if rest.starts_with(tail) {
                    span.end += tail.len();
                    break;
                }
            }
        }
    }
    Some(Attribution { chain, cue, span })
}

/// Of the [`cues::BEFORE`] phrases whose last whole-word occurrence in
/// `lower` (a window before a mention, lowercased) is followed by filler
/// that may stand between it and the mention (at most [`MAX_FILLER`]
/// bytes, none or opening with a space, and no clause mark), the one that
/// starts first, with where it starts and its cue.
///
/// Read from the phrases' ends, over the window's last [`MAX_FILLER`]
/// bytes alone: filler is at most that long and holds no clause mark, so
/// a phrase is kept only where it ends there, after the window's last
/// clause mark, at a space or the window's end. An occurrence ending
/// earlier is never kept, and the later occurrence that would hide it
/// from an earlier one is itself earlier still, so none is read. Where a
/// phrase ends is asked only at the bytes no ASCII letter (read eight at
/// a time, a digit passed over as no end), from the window's end, so the
/// first occurrence of a phrase met is its last. The pass from the
/// phrases' starts over the whole window (48 bytes) cost about 314
/// instructions a call over corpora/real, 202 calls; a test compares
/// with a search per phrase.
fn earliest_cue(lower: &[u8]) -> Option<(usize, &'static str, &'static str)> {
    use crate::ascii8::{HIGH, letter_bytes};
    let h = lower;
    let reach = h.len().saturating_sub(MAX_FILLER);
    let mut cues = Cues::default();
    cues.ending_at(h, h.len(), true);
    let mut end = h.len();
    while end > reach {
        let Some(chunk) = end.checked_sub(8).and_then(|start| h.get(start..end)) else {
            for j in (reach..end).rev() {
                if !h[j].is_ascii_alphanumeric() && cues.at_break(h, j) {
                    break;
                }
            }
            break;
        };
        let start = end - 8;
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let mut breaks = !letter_bytes(x) & HIGH;
        // The chunk's breaks, last first: the high bit of byte `b` is bit
        // 8b + 7.
        while breaks != 0 {
            let bit = 63 - breaks.leading_zeros();
            let j = start + (bit / 8) as usize;
            if j < reach || cues.at_break(h, j) {
                return cues.best();
            }
            breaks &= !(1 << bit);
        }
        end = start;
    }
    cues.best()
}

/// What [`earliest_cue`] has found so far.
#[derive(Default)]
struct Cues {
    /// Phrases whose last occurrence has been met, one bit each.
    seen: u32,
    /// The phrase kept, by its start and its place in [`cues::BEFORE`].
    best: Option<(usize, usize)>,
}

impl Cues {
    /// The byte at `j` of `h`, no ASCII letter: the phrases ending at it,
    /// then whether it ends the pass, a clause mark. A digit is passed
    /// over.
    #[inline(always)]
    fn at_break(&mut self, h: &[u8], j: usize) -> bool {
        let b = h[j];
        if b.is_ascii_digit() {
            return false;
        }
        // Most breaks are a space, which ends no clause.
        if b != b' ' && ends_clause(h, j) {
            return true;
        }
        self.ending_at(h, j, b == b' ');
        false
    }

    /// The phrases whose whole-word occurrence ends at `e` of `h`, at the
    /// window's end or a byte no ASCII letter or digit, each noted as met,
    /// and kept if `kept` (filler may follow) and it starts first.
    #[inline(always)]
    fn ending_at(&mut self, h: &[u8], e: usize, kept: bool) {
        // Most words end in no phrase's last two letters ("the", "of"):
        // passed over on the two bytes before any phrase is compared.
        let Some(&[last_but_one, last]) = e.checked_sub(2).and_then(|k| h.get(k..e)) else {
            return;
        };
        let mut phrases = PHRASE_LAST[usize::from(last)]
            & PHRASE_LAST_BUT_ONE[usize::from(last_but_one)]
            & !self.seen;
        while phrases != 0 {
            let i = phrases.trailing_zeros() as usize;
            phrases &= phrases - 1;
            let p = cues::BEFORE[i].0.as_bytes();
            let Some(k) = e.checked_sub(p.len()) else {
                continue;
            };
            if !holds_at(h, k, p) || k > 0 && h[k - 1].is_ascii_alphanumeric() {
                continue;
            }
            self.seen |= 1 << i;
            // At one place the table's first phrase wins, as a search in
            // table order keeping the first earliest does.
            if kept && self.best.is_none_or(|b| (k, i) < b) {
                self.best = Some((k, i));
            }
        }
    }

    fn best(&self) -> Option<(usize, &'static str, &'static str)> {
        self.best
            .map(|(k, i)| (k, cues::BEFORE[i].0, cues::BEFORE[i].1))
    }
}

/// Whether the byte at `j` of `h`, no ASCII letter or digit, is a mark
/// that ends a clause (filler holds none): no phrase before it is
/// followed by filler, so [`earliest_cue`]'s pass ends there. The last
/// byte of the quote mark '\u{201c}' is that of other characters too.
#[inline(always)]
fn ends_clause(h: &[u8], j: usize) -> bool {
    ENDS_CLAUSE[usize::from(h[j])] && (h[j] != 0x9c || h[..j].ends_with(&[0xe2, 0x80]))
}

/// For each byte, the [`cues::BEFORE`] phrases that end with it, a bit
/// each (the table has room for a bit per phrase in a `u32`).
const PHRASE_LAST: [u32; 256] = phrases_by_byte_from_end(1);

/// For each byte, the [`cues::BEFORE`] phrases whose last byte but one it
/// is: with [`PHRASE_LAST`], the phrases that may end where two bytes do.
const PHRASE_LAST_BUT_ONE: [u32; 256] = phrases_by_byte_from_end(2);

/// For each byte, the [`cues::BEFORE`] phrases whose byte `back` from the
/// end it is, a bit each.
const fn phrases_by_byte_from_end(back: usize) -> [u32; 256] {
    assert!(cues::BEFORE.len() <= 32);
    let mut bits = [0u32; 256];
    let mut i = 0;
    while i < cues::BEFORE.len() {
        let p = cues::BEFORE[i].0.as_bytes();
        bits[p[p.len() - back] as usize] |= 1 << i;
        i += 1;
    }
    bits
}

/// For each byte, whether it is one of [`CLAUSE_MARKS`] or the last byte
/// of the quote mark '\u{201c}' (0x9c).
const ENDS_CLAUSE: [bool; 256] = {
    let mut ends = [false; 256];
    let marks = CLAUSE_MARKS.as_bytes();
    let mut m = 0;
    while m < marks.len() {
        ends[marks[m] as usize] = true;
        m += 1;
    }
    ends[0x9c] = true;
    ends
};

/// For each byte, the range of [`cues::COUNTRIES`] that open with it, for
/// [`country_before`]'s backward pass.
const COUNTRIES_BY_BYTE: [(u8, u8); 256] = by_first_byte(cues::COUNTRIES);

/// For each byte, the range of the entries of `table` (sorted, so those
/// opening with one byte are together) whose first text opens with it;
/// `(0, 0)` for a byte none opens with. No entry opens with a byte beyond
/// ASCII, which is left for marks.
const fn by_first_byte(table: &[(&str, &str)]) -> [(u8, u8); 256] {
    let mut ranges = [(0, 0); 256];
    let mut i = 0;
    while i < table.len() {
        add_to_ranges(&mut ranges, i, table[i].0);
        i += 1;
    }
    ranges
}

/// [`by_first_byte`] for a table of words alone.
const fn words_by_first_byte(words: &[&str]) -> [(u8, u8); 256] {
    let mut ranges = [(0, 0); 256];
    let mut i = 0;
    while i < words.len() {
        add_to_ranges(&mut ranges, i, words[i]);
        i += 1;
    }
    ranges
}

/// Entry `i` of a sorted table, whose text is `text`, joins the range of
/// its first byte.
const fn add_to_ranges(ranges: &mut [(u8, u8); 256], i: usize, text: &str) {
    assert!(i < u8::MAX as usize);
    let first = text.as_bytes()[0];
    assert!(first.is_ascii_alphabetic());
    let byte = first as usize;
    if ranges[byte].0 == ranges[byte].1 {
        ranges[byte] = (i as u8, i as u8);
    }
    assert!(
        ranges[byte].1 as usize == i,
        "entries opening with one byte are together"
    );
    ranges[byte].1 = i as u8 + 1;
}

/// For each byte, the range of [`cues::VERBS`] that open with it.
const VERBS_BY_BYTE: [(u8, u8); 256] = by_first_byte(cues::VERBS);

/// For each byte, the range of [`cues::BETWEEN`] words that open with it
/// (lowercase letters only: the words are lowercase).
const BETWEEN_BY_BYTE: [(u8, u8); 256] = words_by_first_byte(cues::BETWEEN);

/// The ASCII marks that end a clause (filler holds none).
const CLAUSE_MARKS: &str = ".;:!?,\"";

/// Whether `filler`, the text between a cue phrase and a mention, may stand
/// there: a short run of words with no clause break ("the North's
/// official"). [`earliest_cue`] reads it from the window's end; this is
/// its tests' reference.
#[cfg(test)]
fn is_filler(filler: &str) -> bool {
    filler.len() <= MAX_FILLER
        && (filler.is_empty() || filler.starts_with(' '))
        && !filler.contains(['.', ';', ':', '!', '?', ',', '"', '\u{201c}'])
}

/// The lines of `text`, each with its line break, as
/// `str::split_inclusive('\n')` gives them, found with the memchr crate's
/// vector search: the standard library's character search reads the
/// bytes in plain words, and the lead paragraphs are read here whole.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut from = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|k| k + 1)
        .chain(std::iter::once(text.len()))
        .filter_map(move |to| {
            let line = text.get(from..to).filter(|line| !line.is_empty());
            from = to;
            line
        })
}

/// Where the sentence holding byte `from` ends (a full stop, question or
/// exclamation mark followed by a space or the paragraph's end).
///
/// The search stops [`SENTENCE_REACH`] bytes on: a relay's "as saying" sits
/// close to its verb, and an unbounded search would make a page that is one
/// long run-on line cost quadratic time.
fn sentence_end(text: &str, from: usize, para_end: usize) -> usize {
    let para_end = floor_char_boundary(text, para_end.min(from.saturating_add(SENTENCE_REACH)));
    let Some(rest) = text.get(from..para_end) else {
        return para_end;
    };
    let b = rest.as_bytes();
    for (k, &c) in b.iter().enumerate() {
        if matches!(c, b'.' | b'!' | b'?') {
            let next = b.get(k + 1).copied();
            let prev_upper = k > 0 && b[k - 1].is_ascii_uppercase();
            if next.is_none_or(|n| n.is_ascii_whitespace() || n == b'"') && !prev_upper {
                return from + k;
            }
        }
    }
    para_end
}

/// The phrases that close a quoting relay ("quoted KCNA as saying").
const AS_SAYING: [&str; 4] = ["as saying", "as telling", "as reporting", "as stating"];

/// "as saying", "as telling", "as reporting": where the first of
/// [`AS_SAYING`] is in `rest`.
///
/// One pass forward that stops at the first 'a' opening a phrase, rather
/// than a search per phrase through the rest of the sentence: the phrase
/// most often follows the agency quoted at once. No phrase opens another
/// (they part after "as "), so at most one stands at a place, and the
/// first place one stands is where the earliest of them is.
fn as_saying(rest: &str) -> Option<(usize, usize)> {
    let b = rest.as_bytes();
    (0..b.len()).filter(|&k| b[k] == b'a').find_map(|k| {
        AS_SAYING
            .iter()
            .find(|p| b[k..].starts_with(p.as_bytes()))
            .map(|p| (k, k + p.len()))
    })
}

/// The verb after an agency mention ending at `end`, past an appositive
/// (", the North's official news agency,") and words such as "state news
/// agency", "also", "on Friday". Gives the verb, its cue and its span.
fn verb_after(text: &str, para: Span, end: usize) -> Option<(&'static str, &'static str, Span)> {
    let stop = floor_char_boundary(text, (end + AFTER_WINDOW).min(para.end));
    let mut rest = text.get(end..stop)?;
    let mut base = end;
    // The closing of "(KCNA)" and the possessive of "KCNA's report said"
    // belong to the mention.
    // Most mentions are followed by a space or a comma: the marks are
    // looked for only after a byte that opens one.
    if matches!(rest.as_bytes().first(), Some(b')' | b'\'' | 0xE2)) {
        for mark in [")", "'s", "\u{2019}s"] {
            if let Some(r) = rest.strip_prefix(mark) {
                rest = r;
                base += mark.len();
            }
        }
    }
    if rest.starts_with(", ") {
        // An appositive: skip to its closing comma.
        let inner = &rest[2..];
        let close = inner.find(',')?;
        if inner[..close].contains(['.', ';']) {
            return None;
        }
        base += 2 + close + 1;
        rest = &inner[close + 1..];
    }
    verb_in(rest).map(|(k, v, cue)| (v, cue, Span::new(base + k, base + k + v.len())))
}

/// The verb of [`cues::VERBS`] that is the first word of `rest` (words
/// parted by white space, trimmed of the marks at their end by
/// [`trim_end_marks`]) that is no word of [`cues::BETWEEN`], with where it
/// starts; none if that word is no verb. A word of marks alone is passed
/// over.
///
/// Read on bytes: a verb is tried where a word starts, before its end is
/// looked for, so the verb that most often follows at once ("said.",
/// "reported") is found without reading the word twice; only a word that
/// is no verb is read to its end. An iterator of words with a look-up of
/// the whole word cost about 335 instructions a call over corpora/real
/// (171 calls); this reading saves about 7.4K of them (attribution and
/// pipeline). The words' iterator stays as the tests' reference.
fn verb_in(rest: &str) -> Option<(usize, &'static str, &'static str)> {
    let b = rest.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if is_ascii_space(c) {
            i += 1;
            continue;
        }
        let space = spaces_at(rest, i);
        if space > 0 {
            i += space;
            continue;
        }
        let (from, to) = VERBS_BY_BYTE[usize::from(c)];
        for &(v, cue) in &cues::VERBS[usize::from(from)..usize::from(to)] {
            if b[i..].starts_with(v.as_bytes()) && ends_word(rest, i + v.len()) {
                return Some((i, v, cue));
            }
        }
        let end = word_end(rest, i);
        let w = trim_end_marks(&rest[i..end]);
        if !w.is_empty() && !stands_between(w) {
            return None;
        }
        i = end;
    }
    None
}

/// The length of the white-space character at `i` of `text` (a character
/// boundary), 0 if none is there.
#[inline(always)]
fn spaces_at(text: &str, i: usize) -> usize {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => usize::from(is_ascii_space(b)),
        _ => text
            .get(i..)
            .and_then(|r| r.chars().next())
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
    }
}

/// Whether a word whose first bytes end at `k` of `text` is over there:
/// only the marks [`trim_end_marks`] trims, then white space or the
/// text's end, follow.
fn ends_word(text: &str, mut k: usize) -> bool {
    let b = text.as_bytes();
    while b
        .get(k)
        .is_some_and(|&c| matches!(c, b',' | b'.' | b';' | b':'))
    {
        k += 1;
    }
    k == b.len() || spaces_at(text, k) > 0
}

/// Where the word starting at `i` of `text` ends: at the first white-space
/// character after it, or the text's end.
fn word_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while let Some(&c) = b.get(i) {
        if c.is_ascii() {
            if is_ascii_space(c) {
                return i;
            }
            i += 1;
            continue;
        }
        let Some(ch) = text.get(i..).and_then(|r| r.chars().next()) else {
            return b.len();
        };
        if ch.is_whitespace() {
            return i;
        }
        i += ch.len_utf8();
    }
    i
}

/// The pieces `text.split_inclusive(char::is_whitespace)` gives, each as
/// the word before its white-space character (the piece as `trim_end`
/// leaves it) and the piece's length. Read on bytes, a character decoded
/// only where a byte is not ASCII: the standard library's split decoded
/// every character and called the test for each, and trimmed each piece
/// from its end again (about 40K instructions over corpora/real, where
/// the verb after each agency mention is looked for).
#[cfg(test)]
fn words_and_spaces(text: &str) -> impl Iterator<Item = (&str, usize)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let bytes = rest.as_bytes();
        let mut i = 0;
        let mut space = 0;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                // The ASCII characters `char::is_whitespace` takes.
                if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
                    space = 1;
                    break;
                }
                i += 1;
                continue;
            }
            let Some(c) = rest.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            if c.is_whitespace() {
                space = c.len_utf8();
                break;
            }
            i += c.len_utf8();
        }
        let piece = (i + space).min(rest.len());
        let word = rest.get(..i).unwrap_or(rest);
        rest = rest.get(piece..).unwrap_or_default();
        Some((word, piece))
    })
}

/// `word` without the commas, periods, semicolons and colons it ends
/// with, as `trim_end_matches([',', '.', ';', ':'])` leaves it: ASCII
/// bytes, which no character of more bytes holds.
fn trim_end_marks(word: &str) -> &str {
    let mut end = word.len();
    while end > 0 && matches!(word.as_bytes()[end - 1], b',' | b'.' | b';' | b':') {
        end -= 1;
    }
    word.get(..end).unwrap_or(word)
}

/// The entry of [`cues::VERBS`] that is `word` (not empty), in the same
/// case. Only the verbs that open with the word's first byte can be it, a
/// few: they are found from a table by byte, not by a compare with every
/// entry.
#[cfg(test)]
fn relay_verb(word: &str) -> Option<(&'static str, &'static str)> {
    let (from, to) = VERBS_BY_BYTE[usize::from(word.as_bytes()[0])];
    let verbs = &cues::VERBS[usize::from(from)..usize::from(to)];
    verbs.iter().find(|(v, _)| *v == word).copied()
}

/// Whether `word` (not empty) is one of [`cues::BETWEEN`], any case. The
/// table is lowercase (a test checks), so a case-blind compare is the
/// compare of the word lowercased, without a copy a word, and the word's
/// first byte lowercased picks the few entries it may be.
fn stands_between(word: &str) -> bool {
    let first = word.as_bytes()[0].to_ascii_lowercase();
    let (from, to) = BETWEEN_BY_BYTE[usize::from(first)];
    let between = &cues::BETWEEN[usize::from(from)..usize::from(to)];
    between.iter().any(|b| b.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests;
