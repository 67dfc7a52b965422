use super::*;

fn byline(text: &str) -> Byline<'_> {
    let layout = Layout::new(text);
    find(
        text,
        &layout,
        Lexicon::builtin(),
        None,
        story_start(text, &layout, None),
    )
}

const LEAD: &str = "North Korean leader Kim Jong Un and Russian President Vladimir Putin exchanged greetings on Thursday to mark the anniversary, state media said.";

/// What a trailer may open with: the credit keywords' first words and
/// the "with inputs" opening, written out here rather than read from the
/// tables the tests check.
const TRAILER_KEYWORDS: [&str; 8] = [
    "additional",
    "compiled",
    "edited",
    "editing",
    "reporting",
    "writing",
    "written",
    WITH_INPUTS,
];

#[test]
fn by_agency_with_stamp() {
    let text = format!(
        "Kim, Putin exchange greetings\n\nBy IANS | Updated: August 15, 2019 09:20 IST\n\n{LEAD}"
    );
    let b = byline(&text);
    assert_eq!(b.agencies, ["IANS"]);
    assert!(b.authors.is_empty());
}

#[test]
fn by_agency_then_published_and_photo_credit() {
    let text = format!(
        "Leaders pledge ties\n\nBy Yonhap\nPublished : Aug 15, 2020 - 12:12\n\n(Yonhap)\n\n{LEAD}"
    );
    let b = byline(&text);
    assert_eq!(b.agencies, ["Yonhap"]);
}

#[test]
fn with_inputs_from() {
    let text = format!("Title here\n\n{LEAD}\n\n( With inputs from IANS )\n\nTags: korea");
    assert_eq!(byline(&text).agencies, ["IANS"]);
}

#[test]
fn reporting_and_editing_trailer() {
    let text = format!(
        "Title\n\n{LEAD}\n\n(Reporting by Jack Kim; Editing by Leslie Adler and Stephen Coates)"
    );
    let b = byline(&text);
    assert_eq!(b.authors, ["Jack Kim"]);
    assert_eq!(b.editors, ["Leslie Adler", "Stephen Coates"]);
    // Reuters house style with no other credit.
    assert_eq!(b.agencies, ["Reuters"]);
}

#[test]
fn additional_reporting_writing_editing() {
    let text = format!(
        "Title\n\n{LEAD}\n\n(Reporting by Ann Lee; Additional reporting by Ju-min Park in Seoul and Bo Chan in Beijing; Writing by Tony Munroe. Editing by G Crosse, Paul Tait)"
    );
    let b = byline(&text);
    assert_eq!(b.authors, ["Ann Lee", "Tony Munroe"]);
    assert_eq!(b.editors, ["G Crosse", "Paul Tait"]);
}

#[test]
fn unparenthesised_trailer_lowercase_roles() {
    let text = format!(
        "Title\n\n{LEAD}\n\nReporting by Rodrigo Campos; additional reporting by Stephanie Kelly; Editing by Nick Zieminski\n\n(Reporting by Tom Perry, editing by John Stonestreet)"
    );
    let b = byline(&text);
    assert_eq!(b.authors, ["Rodrigo Campos", "Tom Perry"]);
    assert_eq!(b.editors, ["Nick Zieminski", "John Stonestreet"]);
}

#[test]
fn by_two_people_in_capitals_then_agency_line() {
    let text = format!(
        "^For Argentine chemo patients, mirrors can hurt <\n^By PAUL BYRNE and ALMUDENA CALATRAVA=\n^Associated Press=\n\t   {LEAD}"
    );
    let b = byline(&text);
    assert_eq!(b.authors, ["PAUL BYRNE", "ALMUDENA CALATRAVA"]);
    assert_eq!(b.agencies, ["AP"]);
}

#[test]
fn three_names_with_commas() {
    let text = format!(
        "Sondland faces questions\n\nBy LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER\n\nAssociated Press\n\n{LEAD}"
    );
    let b = byline(&text);
    assert_eq!(
        b.authors,
        ["LISA MASCARO", "MARY CLARE JALONICK", "ERIC TUCKER"]
    );
    assert_eq!(b.agencies, ["AP"]);
}

#[test]
fn name_comma_agency_title() {
    let text = format!(
        "Esper accuses China\n\nRobert Burns, Ap National Security Writer\n\nUpdated\n\n{LEAD}"
    );
    let b = byline(&text);
    assert_eq!(b.authors, ["Robert Burns"]);
    assert_eq!(b.agencies, ["AP"]);
    let text = format!(
        "Patrick takes campaign\n\nMeg Kinnard and Errin Haines, Associated Press\n\n{LEAD}"
    );
    let b = byline(&text);
    assert_eq!(b.authors, ["Meg Kinnard", "Errin Haines"]);
    assert_eq!(b.agencies, ["AP"]);
    // The title in the last of the pieces after the names, each read apart.
    let text = format!(
        "Esper accuses China\n\nRobert Burns, Washington, Ap National Security Writer\n\n{LEAD}"
    );
    let b = byline(&text);
    assert_eq!(b.authors[..1], ["Robert Burns"]);
}

#[test]
fn agency_in_capitals_after_a_name_that_is_not_is_a_photo_credit() {
    // The case test, asked before the title test: an agency in capitals
    // credits names in capitals, and a title not in capitals credits any.
    let credit = |line: &str| {
        let text = format!("Esper accuses China\n\n{line}\n\nUpdated\n\n{LEAD}");
        let b = byline(&text);
        (b.authors.len(), b.agencies.len())
    };
    assert_eq!(credit("Patrick Semansky, ASSOCIATED PRESS"), (0, 0));
    assert_eq!(credit("PATRICK SEMANSKY, ASSOCIATED PRESS"), (1, 1));
    assert_eq!(credit("Patrick Semansky, Associated Press"), (1, 1));
    assert_eq!(credit("Patrick Semansky, PHOTOS, Associated Press"), (1, 1));
}

#[test]
fn name_then_agency_title_without_comma() {
    let text =
        format!("Can trading pollution help?\n\nBy BERNARD CONDON AP Business Writer\n\n{LEAD}");
    let b = byline(&text);
    assert_eq!(b.authors, ["BERNARD CONDON"]);
    assert_eq!(b.agencies, ["AP"]);
}

#[test]
fn bare_name_above_read_time() {
    let text =
        format!("Oversupply angst drags oil lower\n\nRodrigo Campos\n\n5 Min Read\n\n{LEAD}");
    let b = byline(&text);
    assert_eq!(b.authors, ["Rodrigo Campos"]);
    assert!(b.agencies.is_empty());
}

#[test]
fn no_junk_authors() {
    let text = format!(
        "Son of president stabbed\n\nBy JERUSALEM POST STAFF\n\nUpdated\n\n5 Min Read\n\n{LEAD}\n\nBy Any Means Necessary"
    );
    let b = byline(&text);
    assert!(b.authors.is_empty(), "{:?}", b.authors);
    assert!(b.agencies.is_empty());
}

#[test]
fn by_line_after_photo_caption_and_pipe() {
    let text = format!(
        "Wild win\n\n{LEAD}\n\nBy Bill Hoppe | Special to the Pioneer Press\n\nPUBLISHED: today"
    );
    assert_eq!(byline(&text).authors, ["Bill Hoppe"]);
}

/// The lines after the story's first paragraph are read for a "By" line
/// up to the first line of running text, and no further than
/// [`AFTER_LINES`]: read for running text only when one of them may open a
/// byline, they credit what each line read in turn credited.
#[test]
fn by_lines_after_the_first_paragraph_are_read_up_to_running_text() {
    for k in 0..AFTER_LINES + 2 {
        let captions = "Photo caption here\n\n".repeat(k);
        let text = format!("Wild win\n\n{LEAD}\n\n{captions}By Bill Hoppe\n\nPUBLISHED: today");
        let want: &[&str] = if k < AFTER_LINES {
            &["Bill Hoppe"]
        } else {
            &[]
        };
        assert_eq!(byline(&text).authors, want, "{k} lines before");
        let text = format!("Wild win\n\n{LEAD}\n\n{captions}{LEAD}\n\nBy Bill Hoppe\n\nEnd");
        assert!(byline(&text).authors.is_empty(), "{k} lines before");
    }
}

#[test]
fn by_line_glued_to_dateline_paragraph() {
    let text = "GOLD-Gold rises\n\n    By Arpan Varghese\n    Jan 30 (Reuters) - Gold rose on Tuesday on increased safe haven demand as markets fell, with prices finding support.";
    let b = byline(text);
    assert_eq!(b.authors, ["Arpan Varghese"]);
    assert_eq!(b.agencies, ["Reuters"]);
}

#[test]
fn trailing_signoffs() {
    let text = "TITLE\n\n    PEKING, March 19 - North Korea said it welcomed new contacts between Korean and U.S. diplomats, the New China News Agency reported.\n REUTER\n";
    assert_eq!(byline(text).agencies, ["Reuters"]);
    let text = format!(
        "Title\n\n{LEAD}\n\nThey agreed to boost cooperation in various areas. (Yonhap)\n\nMOST POPULAR"
    );
    assert_eq!(byline(&text).agencies, ["Yonhap"]);
    let text = format!("Title\n\n{LEAD}\n\n(END)\n\n(Yonhap)\n\nMore news");
    assert_eq!(byline(&text).agencies, ["Yonhap"]);
}

#[test]
fn photo_credit_is_not_a_signoff() {
    let text =
        format!("Title\n\n{LEAD}\n\nKim's dinner with Putin (Yonhap)\n\nMore text follows here.");
    assert!(byline(&text).agencies.is_empty());
}

#[test]
fn source_of_this_article_and_editor() {
    let text = format!(
        "Title\n\n{LEAD}\n\n(function () {{}}); source of this article: Overseas Network Responsibility Editor: He Yufang_N5632"
    );
    let b = byline(&text);
    assert_eq!(b.agencies, ["Overseas Network"]);
    assert_eq!(b.editors, ["He Yufang"]);
}

#[test]
fn contributed_agency_not_people() {
    let text = format!(
        "Title\n\n{LEAD}\n\nThe Associated Press contributed to this report.\n\nAP writers Ann Lee and Bo Chan contributed to this report."
    );
    let b = byline(&text);
    assert_eq!(b.agencies, ["AP"]);
    assert!(b.authors.is_empty());
}

#[test]
fn dateline_agency_counts_first() {
    let text = format!("Title\n\nSEOUL (Reuters) - {LEAD}\n\n(Reporting by Jack Kim)");
    let layout = Layout::new(&text);
    let at = text.find("SEOUL").unwrap();
    let d = Dateline {
        place: Some(&text[at..at + 5]),
        region: None,
        agency: Some(Cow::Borrowed("Reuters")),
        month: None,
        day: None,
        year: None,
        span: Span::new(at, at + 17),
    };
    let start = story_start(&text, &layout, Some(&d));
    let b = find(&text, &layout, Lexicon::builtin(), Some(&d), start);
    assert_eq!(b.agencies, ["Reuters"]);
    assert_eq!(b.authors, ["Jack Kim"]);
}

#[test]
fn lead_tag_fallback_without_dateline() {
    let text = format!("Title\n\nPyongyang, August 16 (KCNA) -- {LEAD} -0-");
    assert_eq!(byline(&text).agencies, ["KCNA"]);
}

#[test]
fn analysis_by_name_and_outlet_title() {
    let text = format!(
        "Why you can't trust the White House\n\nAnalysis by Chris Cillizza, CNN Editor-at-large\n\nUpdated 1909 GMT\n\n{LEAD}"
    );
    let b = byline(&text);
    assert_eq!(b.authors, ["Chris Cillizza"]);
    assert_eq!(b.agencies, ["CNN"]);
}

#[test]
fn agency_and_place_credit_line() {
    let text = format!(
        "Impeachment sham debunked\n\nShare permalink\n\nPTI, Washington,\n\nNov 20 2019, 10:18am ist\n\n{LEAD}"
    );
    assert_eq!(byline(&text).agencies, ["PTI"]);
    // A lone tag in a menu is not a credit.
    let text = format!("Title\n\nRSS\n\n{LEAD}\n\nRSS");
    assert!(byline(&text).agencies.is_empty());
}

#[test]
fn bare_signoff_after_last_sentence() {
    let text = format!(
        "Title\n\n{LEAD}\n\nMore than 300 Indians were deported for illegally entering the country. PTI"
    );
    assert_eq!(byline(&text).agencies, ["PTI"]);
    let text = format!("Title\n\n{LEAD}\n\nThe deportees spoke to officials and told Reuters");
    assert!(byline(&text).agencies.is_empty());
}

#[test]
fn trailer_broken_over_two_paragraphs() {
    let text = format!(
        "Title\n\n{LEAD}\n\n (Reporting by Arpan Varghese in Bengaluru; Editing by Joseph\nRadford and Richard Pullin)"
    );
    let b = byline(&text);
    assert_eq!(b.authors, ["Arpan Varghese"]);
    assert_eq!(b.editors.len(), 2);
    assert_eq!(b.editors[1], "Richard Pullin");
}

#[test]
fn source_and_editor_footers() {
    let text = format!("Title\n\n{LEAD}\n\nSource: Xinhua | Editor: Li Yan");
    let b = byline(&text);
    assert_eq!(b.agencies, ["Xinhua"]);
    assert_eq!(b.editors, ["Li Yan"]);
    let text =
        format!("Title\n\n{LEAD}\n\nSource: Russian Defense Ministry\n\nEditors: Ann Lee, Bo Chan");
    let b = byline(&text);
    assert!(b.agencies.is_empty());
    assert_eq!(b.editors, ["Ann Lee", "Bo Chan"]);
    // A label inside a sentence is not a footer.
    let text = format!("Title\n\n{LEAD}\n\nHe wrote to the editor: John Smith was right.");
    assert!(byline(&text).editors.is_empty());
}

#[test]
fn by_colon_and_dashed_signoff() {
    let text = format!(
        "Title\n\nWritten By: Ann Lee\n\n{LEAD}\n\nThe talks will resume next week in the capital. -- IANS"
    );
    let b = byline(&text);
    assert_eq!(b.authors, ["Ann Lee"]);
    assert_eq!(b.agencies, ["IANS"]);
}

#[test]
fn agency_staff_byline() {
    let text = format!("Title\n\nBy Reuters Staff\n\n{LEAD}");
    let b = byline(&text);
    assert_eq!(b.agencies, ["Reuters"]);
    assert!(b.authors.is_empty());
    let text = format!("Title\n\nBy JOHN DOE, Associated Press Writer\n\n{LEAD}");
    let b = byline(&text);
    assert_eq!(b.authors, ["JOHN DOE"]);
    assert_eq!(b.agencies, ["AP"]);
}

#[test]
fn written_by_is_not_house_style() {
    let text = format!("Title\n\n{LEAD}\n\nWritten by Ann Lee");
    let b = byline(&text);
    assert_eq!(b.authors, ["Ann Lee"]);
    assert!(b.agencies.is_empty());
    let text = format!("Title\n\n{LEAD}\n\n(Editing by Paul Tait, Robert Birsel)");
    assert_eq!(byline(&text).agencies, ["Reuters"]);
}

#[test]
fn two_role_trailer_is_house_style() {
    let text = format!(
        "Title\n\n{LEAD}\n\n(Additional reporting by Christine Kim; Writing by Tony Munroe)"
    );
    let b = byline(&text);
    assert_eq!(b.agencies, ["Reuters"]);
    assert_eq!(b.authors, ["Tony Munroe"]);
    let text = format!("Title\n\n{LEAD}\n\n(Written by Ann Lee)");
    assert!(byline(&text).agencies.is_empty());
}

/// The gated look-up finds what the look-up finds for every line of the
/// seed and real pages, as read near the headline and at the story's end
/// (trimmed, wire marks stripped, the piece before each comma), the pieces
/// of their "By" lines, and their paragraphs.
#[test]
fn gated_name_lookup_finds_what_the_lookup_finds() {
    let lexicon = Lexicon::builtin();
    let (mut asked, mut found) = (0, 0);
    for (path, text) in crate::test_stories::stories() {
        for line in text.lines().chain(text.split("\n\n")) {
            let stripped = words::strip_wire_marks(line.trim());
            let commas = memchr::memchr_iter(b',', stripped.as_bytes()).map(|c| &stripped[..c]);
            let by = words::strip_by(stripped)
                .into_iter()
                .flat_map(words::split_names);
            for s in [line, line.trim(), stripped]
                .into_iter()
                .chain(commas)
                .chain(by)
            {
                let expected = lexicon.lookup_name(s);
                assert_eq!(lookup_name(lexicon, s), expected, "{path:?}: {s:?}");
                asked += 1;
                found += usize::from(expected.is_some());
            }
        }
    }
    if crate::test_stories::corpus_at_hand() {
        assert!(found > 0 && asked > 10_000, "{found} found in {asked}");
    }
}

/// `mark_end_bytes` compares 9D only in a block with a high bit set: every
/// byte value, at every place in an ASCII block and in one with a high bit
/// elsewhere, is told as a byte-by-byte test tells it.
#[test]
fn mark_end_bytes_agrees_with_a_byte_by_byte_test() {
    for fill in [b'a', 0xE2] {
        for at in 0..8 {
            for b in 0..=u8::MAX {
                let mut block = [fill; 8];
                block[at] = b;
                let expected = block
                    .iter()
                    .enumerate()
                    .filter(|&(_, c)| MARK_ENDS.contains(c))
                    .fold(0u64, |m, (k, _)| m | 0x80 << (8 * k));
                assert_eq!(
                    mark_end_bytes(u64::from_le_bytes(block)),
                    expected,
                    "{block:?}"
                );
            }
        }
    }
}

#[test]
fn last_sentence_mark_finds_the_last_mark_of_any_kind() {
    let marks = ['.', '!', '?', '"', '\u{201d}'];
    for s in [
        "",
        "no mark",
        "One. Two",
        "He said \u{201c}yes\u{201d} PTI",
        "\u{201d} then. \"quoted\" IANS",
        "Why? Because! ok",
        "caf\u{e9}. \u{201d}",
        "A sentence. Then a menu line with no mark at all",
        "Ends in a quote\u{201d} and then eight more bytes",
        "\u{275d}\u{275d}\u{15d}\u{15d} no closing quote here, only 9D bytes",
        "one. \u{275d}\u{275d}\u{275d}\u{275d}\u{275d}\u{275d}",
        // Letters and spaces past whole blocks, the bytes before the last
        // block read as the first eight.
        "World news",
        "Sports and more news",
        "ab. defghijklmnop",
        "Page 2, then ten",
        "a.c",
    ] {
        assert_eq!(last_sentence_mark(s), s.rfind(marks), "{s:?}");
    }
}

#[test]
fn bare_signoff_reads_the_words_after_the_last_mark() {
    for s in [
        "",
        "He left. PTI",
        "He left. -- IANS",
        "He left.",
        "He said \u{201c}yes\u{201d}",
        "He said \u{201c}yes\u{201d} Yonhap News Agency",
        "No mark at all here",
        "One. two three four five",
        "One. two three four",
        "One. -- two three four",
        "One.\ttwo\u{a0}three four five six",
        "Menu line with many words and no sentence mark at all in it",
    ] {
        assert_eq!(bare_signoff(s), bare_signoff_reference(s), "{s:?}");
    }
    assert_eq!(bare_signoff("He left. -- IANS"), Some("IANS"));
    assert_eq!(bare_signoff("One. two three four five"), None);
}

/// The words after a sign-off's mark are looked up before they are
/// counted: a name of four words or more, which the lexicon lists, is
/// still no sign-off, as when the words were counted first.
#[test]
fn short_tail_looked_up_first_still_counts_its_words() {
    let lexicon = Lexicon::builtin();
    let credit = |s: &'static str| {
        let mut by = Byline::default();
        credit_short_tail(s, s.find('.').unwrap(), lexicon, &mut by);
        by.agencies
    };
    let four = "He left. Korean Central News Agency";
    assert!(lexicon.lookup_name(&four[9..]).is_some());
    assert!(credit(four).is_empty());
    let three = "He left. -- Yonhap News Agency";
    assert!(lexicon.lookup_name(&three[12..]).is_some());
    assert_eq!(credit(three).len(), 1);
}

proptest::proptest! {
    /// Telling a paragraph that ends in its mark from its last bytes finds
    /// the tail the search for the last mark finds.
    #[test]
    fn bare_signoff_agrees_with_the_full_search(
        s in "[ab .!?\"\t\u{201d}\u{a0}\u{2013}-]{0,60}"
    ) {
        proptest::prop_assert_eq!(bare_signoff(&s), bare_signoff_reference(&s));
    }

    /// The sign-off read by the paragraph's last byte first credits what
    /// both forms' checks credit when every paragraph is read by them,
    /// agencies named or not.
    #[test]
    fn signoff_in_agrees_with_the_reference(
        s in "(He left|x|\\.|!|\\?|\"|\u{201d}|\u{201c}|\\(| |\t){0,4}(\\(|-- | )?(Yonhap|PTI|IANS|AP|He)?\\)?( |\u{a0})?"
    ) {
        let lexicon = Lexicon::builtin();
        let (mut fast, mut reference) = (Byline::default(), Byline::default());
        signoff_in(&s, Span::new(0, s.len()), lexicon, &mut fast);
        signoff_in_reference(&s, lexicon, &mut reference);
        proptest::prop_assert_eq!(fast, reference);
    }

    /// [`credit_short_tail`] looks the words after the mark up before it
    /// counts them, and credits what the tail counted first names.
    #[test]
    fn short_tail_credits_as_the_tail_counted_first(
        s in "(He left|x)?(\\.|!|\\?)( |-- |\u{2014} |\u{a0})?(Yonhap|PTI|x|Yonhap News Agency|Korean Central News Agency|News Agency of the Slovak Republic)?( x| PTI)?"
    ) {
        let lexicon = Lexicon::builtin();
        let Some(mark) = last_sentence_mark(&s) else {
            return Ok(());
        };
        let mut by = Byline::default();
        credit_short_tail(&s, mark, lexicon, &mut by);
        let counted_first = short_tail(&s, mark).and_then(|t| lexicon.lookup_name(t));
        let expected: Vec<_> = counted_first.map(|a| lexicon.name(a).clone()).into_iter().collect();
        proptest::prop_assert_eq!(by.agencies, expected);
    }

    #[test]
    fn last_sentence_mark_agrees_with_rfind(
        s in "[a ,1.!?\"\u{201d}\u{201c}\u{e9}\u{15d}\u{275d}\u{2019}]{0,40}"
    ) {
        let marks = ['.', '!', '?', '"', '\u{201d}'];
        proptest::prop_assert_eq!(last_sentence_mark(&s), s.rfind(marks));
    }

    #[test]
    fn end_marks_are_read_as_before(s in "[ (]{0,2}(-0-|end|END|End|-30-|more|x|said|spend|d|-|x-0-|-|0){1,3}[ )]{0,2}") {
        let t = words::strip_parens(s.trim());
        let before = t == "-0-" || t.eq_ignore_ascii_case("end") || t == "-30-";
        proptest::prop_assert_eq!(words::is_end_mark(&s), before);
    }
}

proptest::proptest! {
    #[test]
    fn a_trailer_keyword_after_strip_parens_is_in_the_opening(
        s in "[ (\n]{0,3}(Reporting by|with inputs from|x)?[ )\n]{0,3}"
    ) {
        let inner = words::strip_parens(&s);
        let opening = words::trailer_opening(&s);
        proptest::prop_assert!(!words::opens_credit(inner) || words::opens_credit(opening));
        proptest::prop_assert!(
            !words::starts_with_ci(inner, WITH_INPUTS) || words::starts_with_ci(opening, WITH_INPUTS)
        );
    }
}

proptest::proptest! {
    #[test]
    fn trailer_openings_are_the_trimmed_ones(
        s in "[ (\n\t\u{a0}\u{3000}RrWwx\u{e9}(]{0,4}(eporting by|ith inputs from|x)?"
    ) {
        proptest::prop_assert_eq!(words::trailer_opening(&s), words::trailer_opening_reference(&s));
    }
}

#[test]
fn a_paragraph_may_open_a_trailer_when_a_keyword_has_its_first_two_letters() {
    let keywords = TRAILER_KEYWORDS;
    let seconds = (0..=0x7Fu8).map(char::from).chain(['\u{e9}', '\u{a0}']);
    for first in 0..=0x7Fu8 {
        for second in std::iter::once(None).chain(seconds.clone().map(Some)) {
            let s: String = std::iter::once(char::from(first)).chain(second).collect();
            let head = s.as_bytes().get(..2);
            let opens = words::trailer_opening_reference(&s) != s
                || s.trim().is_empty()
                || keywords
                    .iter()
                    .any(|k| head.is_some_and(|h| h.eq_ignore_ascii_case(&k.as_bytes()[..2])));
            assert_eq!(words::may_open_trailer(&s), opens, "{s:?}");
        }
    }
}

/// The paragraphs of the real pages that open with a byte that is no
/// ASCII letter ('\u{201c}', '\u{a9}', "(AP)") and that
/// [`words::may_open_past_non_letter`] turns down credit nothing as
/// trailers that open with a keyword, and some are turned down.
#[test]
fn real_paragraphs_turned_down_past_a_non_letter_credit_no_keyword_trailer() {
    let lexicon = crate::agency::Lexicon::builtin();
    let mut turned_down = 0;
    for (path, text) in crate::test_stories::stories() {
        let text = text.as_str();
        let layout = crate::layout::Layout::new(text);
        for p in &layout.paragraphs {
            let b = &text.as_bytes()[p.span.start..p.span.end];
            if b.first().is_none_or(u8::is_ascii_alphabetic) || words::may_open_past_non_letter(b) {
                continue;
            }
            turned_down += 1;
            let mut by = Byline::default();
            let house_style = keyword_trailers(text, p.span, lexicon, &mut by);
            assert!(!house_style, "{:?} in {path:?}", &text[p.span]);
            assert_eq!(by, Byline::default(), "{:?} in {path:?}", &text[p.span]);
        }
    }
    assert!(turned_down > 100, "{turned_down}");
}

/// The end marks told by a line's last two bytes are the end marks, over
/// every line of the real pages (which hold "(END)" and "-0-" lines, and
/// many lines ending in "and", "(AP)" or a dash).
#[test]
fn end_marks_of_real_pages_are_told_by_their_last_two_bytes() {
    let mut marks = 0;
    for (path, text) in crate::test_stories::stories() {
        let text = text.as_str();
        let layout = crate::layout::Layout::new(text);
        for l in &layout.lines {
            let told = ends_as_end_mark(text, l.trimmed);
            assert_eq!(
                told,
                words::is_end_mark(line_text(text, l.trimmed)),
                "{:?} in {path:?}",
                line_text(text, l.trimmed)
            );
            marks += usize::from(told);
        }
    }
    assert!(marks > 0);
}

proptest::proptest! {
    #[test]
    fn a_paragraph_the_first_two_bytes_rule_out_opens_no_trailer(
        s in "[ (\nRrWwAaEeCcxXiI\u{e9}\u{a0}]{0,3}(eporting by|ith inputs from|dited by|ditING by|ompiled by|x)?[ )]{0,2}"
    ) {
        if !words::may_open_trailer(&s) {
            let opening = words::trailer_opening(&s);
            proptest::prop_assert!(!words::opens_credit(opening));
            proptest::prop_assert!(!words::starts_with_ci(opening, WITH_INPUTS));
        }
    }

    #[test]
    fn end_marks_told_by_their_last_byte_are_the_end_marks(
        s in "[ (\t\u{a0}]{0,2}(-0-|end|END|End|-30-|more|x|said|and|AP|well-|x0-|\u{e9})[ )\t\u{a0}\u{3000}]{0,2}"
    ) {
        let line = crate::layout::trim(&s, Span::new(0, s.len()));
        if !line.is_empty() {
            proptest::prop_assert_eq!(
                ends_as_end_mark(&s, line),
                words::is_end_mark(line_text(&s, line))
            );
        }
    }

    #[test]
    fn footer_occurrences_are_where_the_exact_search_finds_them(
        s in "(contributed|to this|report|CONTRIBUTED TO THIS REPORT|source of this article:|Source Of|\u{e9}| |\n){0,12}",
        cut in 0usize..200,
        len in 0usize..200,
    ) {
        let lower = s.to_ascii_lowercase().into_bytes();
        let start = floor_char_boundary(&s, cut);
        let end = floor_char_boundary(&s, start + len);
        let span = Span::new(start, end);
        // The footer found from the page's search for its piece, from any
        // place on, is where the substring search finds it.
        let mut pieces = crate::phrases::PageHits::default();
        pieces.find(&lower);
        let from = cut.min(s.len());
        let by_piece = Occurrences::of_contributed(
            &lower,
            from,
            pieces.of(crate::phrases::Owner::Contributed),
        );
        let searched = Occurrences::new(&lower, from, &Finder::new(CONTRIBUTED));
        proptest::prop_assert_eq!(&by_piece.starts, &searched.starts);
        // The first occurrence within a span, found from its start on, is
        // where the span's own search finds it, which `contributed` reads.
        let from_span = Occurrences::of_contributed(
            &lower,
            start,
            pieces.of(crate::phrases::Owner::Contributed),
        );
        proptest::prop_assert_eq!(
            from_span.first_within(span),
            words::find_ci(line_text(&s, span), CONTRIBUTED).map(|at| start + at)
        );
        for phrase in [CONTRIBUTED, SOURCE_OF_ARTICLE] {
            let at = Occurrences::new(&lower, 0, &Finder::new(phrase));
            proptest::prop_assert_eq!(
                at.within(span),
                words::find_ci(line_text(&s, span), phrase).is_some()
            );
        }
    }
}

#[test]
fn contributed_holds_its_piece_where_the_search_looks_back_to() {
    assert_eq!(CONTRIBUTED_PIECES.len(), 1);
    let piece = CONTRIBUTED_PIECES[0];
    assert_eq!(CONTRIBUTED.match_indices(piece).count(), 1);
    assert_eq!(CONTRIBUTED.find(piece), Some(CONTRIBUTED_PIECE_AT));
}

#[test]
fn contributed_found_by_its_piece_on_the_real_pages_as_by_a_search() {
    let mut found = 0;
    for (path, text) in crate::test_stories::stories() {
        let layout = Layout::new(&text);
        let pieces = layout.pieces.of(crate::phrases::Owner::Contributed);
        let by_piece = Occurrences::of_contributed(&layout.lower, 0, pieces);
        let searched = Occurrences::new(&layout.lower, 0, &Finder::new(CONTRIBUTED));
        assert_eq!(by_piece.starts, searched.starts, "{path:?}");
        found += by_piece.starts.len();
    }
    if crate::test_stories::corpus_at_hand() {
        assert!(found > 0);
    }
}

#[test]
fn footer_phrases_cannot_overlap_themselves() {
    // `Occurrences` relies on it: a search for occurrences that do not
    // overlap finds every occurrence of such a phrase.
    for phrase in [CONTRIBUTED, SOURCE_OF_ARTICLE] {
        let b = phrase.as_bytes();
        for k in 1..b.len() {
            assert_ne!(
                b[k..],
                b[..b.len() - k],
                "{phrase:?} overlaps itself by {k}"
            );
        }
    }
}

proptest::proptest! {
    #[test]
    fn colon_labels_are_where_the_exact_search_finds_them(
        s in "(editors:|Editor:|EDITOR|editor :|source of this article:|Source Of This Article|:|x|\u{e9}| ){0,8}"
    ) {
        let labels = [SOURCE_OF_ARTICLE, "editors:", "editor:"];
        let expected = labels.map(|l| words::find_ci(&s, l));
        match memchr::memchr(b':', s.as_bytes()) {
            Some(first) => proptest::prop_assert_eq!(colon_labels(&s, first, labels), expected),
            None => proptest::prop_assert_eq!(expected, [None; 3]),
        }
    }
}

/// `Colons` reads only the colons that end one of [`FOOTER_LABEL_PIECES`]:
/// each label, but for its colon, must end with a piece but for its colon.
#[test]
fn every_footer_label_ends_with_a_piece() {
    for label in FOOTER_LABELS {
        assert!(
            FOOTER_LABEL_PIECES
                .iter()
                .any(|piece| piece.ends_with(':') && label.ends_with(piece)),
            "{label:?}"
        );
    }
}

proptest::proptest! {
    #[test]
    fn label_colons_are_where_memchr_finds_them(
        s in "(editor|Source|EDITORS|source of this article|Article|People|a|:| |\n|\u{e9}){0,24}",
        from in 0usize..10,
        spans in proptest::collection::vec((0usize..90, 0usize..40), 0..8),
    ) {
        let from = floor_char_boundary(&s, from);
        let layout = Layout::new(&s);
        let ends = layout.pieces.of(crate::phrases::Owner::FooterLabel);
        let mut colons = Colons::new(&s, from, ends);
        for (start, len) in spans {
            let start = floor_char_boundary(&s, start).max(from);
            let span = Span::new(start, floor_char_boundary(&s, start + len).max(start));
            // The first colon in the span after a label's word.
            let expected = memchr::memchr_iter(b':', line_text(&s, span).as_bytes())
                .map(|c| span.start + c)
                .find(|&c| {
                    FOOTER_LABELS
                        .iter()
                        .any(|l| s[..c].to_ascii_lowercase().ends_with(&l[..l.len() - 1]))
                });
            proptest::prop_assert_eq!(colons.first_in(span), expected);
        }
    }
}

/// A "By" line after the story's start is read for its credits once: a
/// line with no wire marks reuses the first `strip_by`, and one with marks
/// is stripped twice, as `credit_line` strips it.
#[test]
fn by_lines_after_the_start_credit_as_credit_line_reads_them() {
    let lexicon = Lexicon::builtin();
    for line in [
        "By Bill Hoppe | Special to the Pioneer Press",
        "^By Bill Hoppe=",
        "^ ^By Bill Hoppe",
        "By Bill Hoppe = =",
        "By Bill Hoppe<",
        "By JERUSALEM POST STAFF",
    ] {
        let text = format!("Wild win\n\n{LEAD}\n\n{line}\n\nPUBLISHED: today");
        let layout = Layout::new(&text);
        let mut reference = Byline::default();
        if words::strip_by(line).is_some() {
            let at = text.find(line).unwrap();
            let alone = Neighbours {
                next: None,
                known: None,
                next_known: &mut None,
            };
            let l = words::strip_wire_marks(&text[at..at + line.len()]);
            credit_line(l, alone, false, lexicon, &mut reference);
        }
        let found = find(
            &text,
            &layout,
            lexicon,
            None,
            story_start(&text, &layout, None),
        );
        assert_eq!(found.authors, reference.authors, "{line:?}");
        assert_eq!(found.agencies, reference.agencies, "{line:?}");
    }
    assert_eq!(
        byline(&format!("Wild win\n\n{LEAD}\n\n^By Bill Hoppe=\n\nx")).authors,
        ["Bill Hoppe"]
    );
}

/// `s.char_indices().nth(n)` as [`lead_tag`] first cut its text.
fn first_chars_reference(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

#[test]
fn first_chars_cut_the_real_paragraphs_as_char_indices_does() {
    let mut cut_short = 0;
    for (path, text) in crate::test_stories::stories() {
        let layout = Layout::new(&text);
        for p in &layout.paragraphs {
            let s = line_text(&text, p.span);
            for n in [0, 1, 7, LEAD_TAG_CHARS] {
                assert_eq!(
                    first_chars(s, n),
                    first_chars_reference(s, n),
                    "{path:?}: {n} of {s:?}"
                );
            }
            cut_short += usize::from(first_chars(s, LEAD_TAG_CHARS) < s.len());
        }
    }
    if crate::test_stories::corpus_at_hand() {
        assert!(cut_short > 100, "{cut_short} paragraphs cut");
    }
}

proptest::proptest! {
    #[test]
    fn first_chars_cut_as_char_indices_does(s in "[a( \u{e9}\u{2014}\u{1f600}]{0,12}", n in 0usize..14) {
        proptest::prop_assert_eq!(first_chars(&s, n), first_chars_reference(&s, n));
    }
}

#[test]
fn trailers_pass_over_the_paragraphs_the_filter_on_their_ends_left_out() {
    let lexicon = Lexicon::builtin();
    let mut passed_over = 0;
    for (path, text) in crate::test_stories::stories() {
        let layout = Layout::new(&text);
        let dateline = crate::dateline::find(&text, &layout, lexicon);
        let story = story_start(&text, &layout, dateline.as_ref()).map_or(0, |s| s.start);
        let bounds = layout
            .paragraphs
            .iter()
            .flat_map(|p| [p.span.start, p.span.end]);
        for from in [0, story, text.len()].into_iter().chain(bounds) {
            let first = first_after(&layout.paragraphs, from);
            // Every paragraph the filter `p.span.end > from` kept, and no other.
            for (k, p) in layout.paragraphs.iter().enumerate() {
                assert_eq!(k >= first, p.span.end > from, "{path:?}: from {from}, {k}");
            }
            if from == story {
                passed_over += first;
            }
        }
    }
    if crate::test_stories::corpus_at_hand() {
        assert!(passed_over > 1000, "{passed_over} passed over");
    }
}

#[test]
fn read_time_gate_answers_as_the_read_on_the_real_lines() {
    let mut read_times = 0;
    for (path, text) in crate::test_stories::stories() {
        for line in text.lines() {
            for s in [line, line.trim(), words::strip_wire_marks(line.trim())] {
                let read = words::is_read_time_read(s);
                assert_eq!(words::is_read_time(s), read, "{path:?}: {s:?}");
                read_times += usize::from(read);
            }
        }
    }
    if crate::test_stories::corpus_at_hand() {
        assert!(read_times > 0, "no read time on the pages");
    }
}

proptest::proptest! {
    #[test]
    fn read_time_gate_answers_as_the_read(s in "[ \t\u{b}\u{a0}\u{2003}a5M]{0,3}(5|12|x)?( |\u{b}|\u{a0})(min|Mins|minute|x)( |\t)(read|Read|x)?( x)?") {
        proptest::prop_assert_eq!(words::is_read_time(&s), words::is_read_time_read(&s));
    }
}

/// A page with no "contributed" footer has no paragraph holding it: the
/// trailer loop's gate on the page's occurrences answers as `within` does
/// for every paragraph of real pages (and of generated ones, with and
/// without the footer).
#[test]
fn no_contributed_occurrence_means_no_paragraph_holds_one() {
    let generated = [
        "Story.\n\nNo footer here.\n\nMore news.".to_owned(),
        "Story.\n\nJane Doe contributed to this report.\n\nMore.".to_owned(),
    ];
    let stories = crate::test_stories::stories()
        .into_iter()
        .map(|(path, text)| (format!("{path:?}"), text))
        .chain(generated.into_iter().map(|t| ("generated".to_owned(), t)));
    let (mut pages_without, mut held) = (0, 0);
    for (path, text) in stories {
        let layout = Layout::new(&text);
        let pieces = layout.pieces.of(crate::phrases::Owner::Contributed);
        let at = Occurrences::of_contributed(&layout.lower, 0, pieces);
        let any = !at.starts.is_empty();
        pages_without += usize::from(!any);
        for p in &layout.paragraphs {
            assert_eq!(any && at.within(p.span), at.within(p.span), "{path}");
            held += usize::from(at.within(p.span));
        }
    }
    assert!(pages_without > 0 && held > 0);
}

/// [`paragraph_trailers`] with no gate: every paragraph after `from` read
/// by every form's own checks, as the loop read them before its tests on
/// the paragraph's length and end bytes.
fn paragraph_trailers_reference<'a>(
    text: &'a str,
    layout: &Layout,
    lexicon: &Lexicon,
    from: usize,
    by: &mut Byline<'a>,
) -> bool {
    let mut house_style = false;
    let after = layout
        .paragraphs
        .iter()
        .filter(|p| p.span.end > from && p.role != crate::layout::Role::Headline);
    for p in after {
        let para = p.span;
        let s = line_text(text, para);
        if s.len() <= MAX_TRAILER {
            let whole = if s.starts_with('(') && !s.contains(')') {
                let end = floor_char_boundary(text, para.start + MAX_TRAILER);
                text.get(para.start..end)
                    .and_then(|t| t.find(')').map(|k| &t[..=k]))
                    .unwrap_or(s)
            } else {
                s
            };
            house_style |= people_trailer(whole, words::trailer_opening(whole), by);
            with_inputs(s, lexicon, by);
            if let Some(at) = words::find_ci(s, CONTRIBUTED) {
                contributed(text, para, at, lexicon, by);
            }
        }
        // Any colon will do: the labels are read from it on.
        if s.len() <= MAX_TRAILER * 4
            && let Some(colon) = memchr::memchr(b':', s.as_bytes())
        {
            source_of_article(s, colon, lexicon, by);
        }
        signoff_in_reference(s, lexicon, by);
    }
    house_style
}

/// The trailer loop's tests on a paragraph's length and end bytes leave
/// out only paragraphs that no form credits: over the real pages, from
/// the story's start and from the top, it credits what every form reading
/// every paragraph credits.
#[test]
fn trailers_read_on_the_paragraphs_bytes_credit_as_every_form_on_every_paragraph() {
    let lexicon = Lexicon::builtin();
    let mut credited = 0;
    for (path, text) in crate::test_stories::stories() {
        let layout = Layout::new(&text);
        let dateline = crate::dateline::find(&text, &layout, lexicon);
        let story = story_start(&text, &layout, dateline.as_ref()).map_or(0, |s| s.start);
        for from in [0, story] {
            let (mut fast, mut reference) = (Byline::default(), Byline::default());
            let first = first_after(&layout.paragraphs, from);
            let house = paragraph_trailers(&text, &layout, lexicon, first, &mut fast);
            let house_reference =
                paragraph_trailers_reference(&text, &layout, lexicon, from, &mut reference);
            assert_eq!(fast, reference, "{path:?} from {from}");
            assert_eq!(house, house_reference, "{path:?} from {from}");
            credited += fast.agencies.len() + fast.authors.len() + fast.editors.len();
        }
    }
    if crate::test_stories::corpus_at_hand() {
        assert!(credited > 50, "{credited} credits");
    }
}

proptest::proptest! {
    /// The same on made-up pages of trailer-like paragraphs.
    #[test]
    fn trailers_read_on_bytes_credit_as_every_form_on_made_up_pages(
        paragraphs in proptest::collection::vec(
            "(\\(|\\( |\u{a0}|\u{201c}|Reporting by |Editing by |With inputs from |Source: |Editor: |source of this article: |x|Jack Kim|Yonhap|IANS|AP|The AP contributed to this report|:|\\.|-- |\\)|\u{e9}| ){0,6}",
            1..6,
        )
    ) {
        let text = format!("Headline\n\n{LEAD}\n\n{}", paragraphs.join("\n\n"));
        let lexicon = Lexicon::builtin();
        let layout = Layout::new(&text);
        for from in [0, text.find(LEAD).unwrap_or(0)] {
            let (mut fast, mut reference) = (Byline::default(), Byline::default());
            let first = first_after(&layout.paragraphs, from);
            let house = paragraph_trailers(&text, &layout, lexicon, first, &mut fast);
            let house_reference =
                paragraph_trailers_reference(&text, &layout, lexicon, from, &mut reference);
            proptest::prop_assert_eq!(fast, reference);
            proptest::prop_assert_eq!(house, house_reference);
        }
    }
}

/// The bytes' test of a trailer's opening, on every first byte and every
/// second byte or none, answers as the test first written on the bytes did,
/// and lets through every text opening with a byte outside ASCII.
#[test]
fn trailer_openings_told_by_the_tables_as_by_the_bytes() {
    let keywords = TRAILER_KEYWORDS;
    let reference = |b: &[u8]| {
        let Some(&first) = b.first() else {
            return true;
        };
        if !first.is_ascii() || char::from(first).is_whitespace() || first == b'(' {
            return true;
        }
        b.get(..2).is_some_and(|h| {
            keywords
                .iter()
                .any(|k| h.eq_ignore_ascii_case(&k.as_bytes()[..2]))
        })
    };
    assert!(words::may_open_trailer_bytes(b""));
    for first in 0..=u8::MAX {
        assert_eq!(words::may_open_trailer_bytes(&[first]), reference(&[first]));
        for second in 0..=u8::MAX {
            let b = [first, second, b'x'];
            assert_eq!(words::may_open_trailer_bytes(&b), reference(&b), "{b:?}");
        }
    }
}

/// A short paragraph that [`short_and_unmarked`] passes over holds no mark
/// that [`bare_signoff_credit`] would read on from, on every page's
/// paragraphs (and their tails of one to sixteen bytes).
#[test]
fn short_unmarked_paragraphs_hold_no_sentence_mark() {
    let mut passed = 0;
    for (path, text) in crate::test_stories::stories() {
        let layout = Layout::new(&text);
        let bytes = text.as_bytes();
        for p in &layout.paragraphs {
            for len in 1..=16.min(p.span.end - p.span.start) {
                let b = &bytes[p.span.end - len..p.span.end];
                if short_and_unmarked(bytes, p.span.end, len) {
                    passed += 1;
                    assert!(unmarked_from(b).is_none(), "{path:?} {b:?}");
                }
            }
        }
    }
    assert!(passed > 0);
}

#[test]
fn short_unmarked_reads_only_the_paragraph() {
    let text = "The Rep. Lee said so. News";
    let b = text.as_bytes();
    // "News" alone has no mark; with "so. " before it, it has one.
    assert!(short_and_unmarked(b, b.len(), 4));
    assert!(!short_and_unmarked(b, b.len(), 6));
    // "said" has none, though the bytes before it do.
    assert!(short_and_unmarked(b, 17, 4));
    assert!(!short_and_unmarked(b, 17, 10));
    // Longer than sixteen bytes, or ending before the sixteenth: not told.
    assert!(!short_and_unmarked(b, b.len(), 17));
    assert!(!short_and_unmarked(b"Europe", 6, 6));
    // A byte outside ASCII may end a closing quote.
    let quoted = "Some text before \u{201d}News";
    assert!(!short_and_unmarked(quoted.as_bytes(), quoted.len(), 7));
}

proptest::proptest! {
    #[test]
    fn short_unmarked_texts_hold_no_sentence_mark(
        s in "[a-zA-Z .!?\"\u{201d}\u{e9}(),-]{16,40}",
        len in 1usize..=16,
    ) {
        let b = s.as_bytes();
        let len = len.min(b.len());
        if short_and_unmarked(b, b.len(), len) {
            proptest::prop_assert!(unmarked_from(&b[b.len() - len..]).is_none());
        }
    }
}

/// A credit line's piece after its comma is a title ([`words::is_title`])
/// whatever its last word's case or digits: the lexicon's look-up ignores
/// case and lists names ending in a digit or a lowercase word ("dpa",
/// "France 24"), and a job title is told by its last word up to a hyphen,
/// case aside ("staff writer", "Writer-2"). A gate that turned down a
/// piece whose last word opens lowercase or holds a digit, before the
/// title test, would lose each of these credits.
#[test]
fn comma_credit_titles_lowercase_or_with_digits() {
    let cases: [(&str, &[&str]); 4] = [
        ("Jane Doe, staff writer", &[]),
        ("Jane Doe, Writer-2", &[]),
        ("Jane Doe, dpa", &["dpa"]),
        ("Jane Doe, France 24", &["France 24"]),
    ];
    for (line, agencies) in cases {
        let text = format!("Esper accuses China\n\n{line}\n\nUpdated\n\n{LEAD}");
        let b = byline(&text);
        assert_eq!(b.authors, ["Jane Doe"], "{line}");
        assert_eq!(b.agencies, agencies, "{line}");
    }
}

/// A page's footers start from the nearer of the end of the first
/// "contributed" phrase and one past the first label's colon at or after
/// `from`: found here by a search of the lowercased page and a colon
/// reading of its own, for every paragraph start of the real pages and of
/// pages with both footers.
#[test]
fn footers_start_at_the_first_phrase_end_or_past_the_first_label_colon() {
    let generated = [
        "Story.\n\nJane Doe contributed to this report.\n\nsource of this article: Yonhap\n\nMore."
            .to_owned(),
        "Story.\n\nsource of this article: Yonhap\n\nJane Doe contributed to this report."
            .to_owned(),
    ];
    let stories = crate::test_stories::stories()
        .into_iter()
        .map(|(_, text)| text)
        .chain(generated);
    let finder = Finder::new(CONTRIBUTED);
    let mut both = 0;
    for text in stories {
        let layout = Layout::new(&text);
        let labels = layout.pieces.of(crate::phrases::Owner::FooterLabel);
        for from in layout.paragraphs.iter().map(|p| p.span.start) {
            let at = Occurrences::of_contributed(
                &layout.lower,
                from,
                layout.pieces.of(crate::phrases::Owner::Contributed),
            );
            let footers = Footers::new(at, Colons::new(&text, from, labels), from);
            let phrase_end = finder
                .find(&layout.lower[from..])
                .map_or(usize::MAX, |k| from + k + CONTRIBUTED.len());
            let past_colon = Colons::new(&text, from, labels)
                .first_in(Span::new(from, text.len()))
                .map_or(usize::MAX, |c| c + 1);
            assert_eq!(footers.next, phrase_end.min(past_colon), "{from}");
            both += usize::from(phrase_end < usize::MAX && past_colon < usize::MAX);
        }
    }
    assert!(both > 0);
}
