use super::*;

fn relays(text: &str) -> Relays<'_> {
    relays_by(text, &[])
}

fn relays_by<'a>(text: &'a str, credited: &[&'static str]) -> Relays<'a> {
    let layout = Layout::new(text);
    let byline = Byline {
        agencies: credited.iter().map(|a| Cow::Borrowed(*a)).collect(),
        ..Byline::default()
    };
    let start = crate::byline::story_start(text, &layout, None);
    let cut = crate::quote::cut(text, &layout);
    find(
        text,
        &layout,
        Lexicon::builtin(),
        &byline,
        start,
        cut.as_ref(),
    )
}

fn one(text: &str) -> (Vec<String>, &'static str, String) {
    let r = relays(text);
    assert_eq!(r.attributions.len(), 1, "{:?}", r.attributions);
    let a = &r.attributions[0];
    (
        a.chain.iter().map(|c| c.to_string()).collect(),
        a.cue,
        text[a.span].to_string(),
    )
}

#[test]
fn quoted_agency_as_saying() {
    let (chain, cue, span) =
        one("They agreed, Yonhap News Agency quoted North Korean state-run KCNA as saying .");
    assert_eq!(chain, ["KCNA", "Yonhap"]);
    assert_eq!(cue, "quoted ... as saying");
    assert_eq!(
        span,
        "Yonhap News Agency quoted North Korean state-run KCNA as saying"
    );
}

#[test]
fn cited_person_as_saying() {
    let (chain, cue, _) =
        one("The KCNA cited Putin as saying that the agreement contributes to peace.");
    assert_eq!(chain, ["KCNA"]);
    assert_eq!(cue, "cited ... as saying");
}

#[test]
fn quoted_an_unnamed_official() {
    let (chain, cue, _) = one("Yonhap quoted an unnamed official who declined to elaborate.");
    assert_eq!(chain, ["Yonhap"]);
    assert_eq!(cue, "quoted");
}

#[test]
fn according_to_description_and_name() {
    let (chain, cue, span) = one(
        "They expressed their desire, according to the North's official Korean Central News Agency (KCNA).",
    );
    assert_eq!(chain, ["KCNA"]);
    assert_eq!(cue, "according to");
    assert_eq!(
        span,
        "according to the North's official Korean Central News Agency (KCNA)"
    );
}

#[test]
fn according_to_reports() {
    let (chain, cue, span) =
        one("Overseas Network, August 15, according to KCNA reports, on August 15, they met.");
    assert_eq!(chain, ["KCNA"]);
    assert_eq!(cue, "according to");
    assert_eq!(span, "according to KCNA reports");
}

#[test]
fn agency_reported_and_said_with_words_between() {
    assert_eq!(
        one("Kim met Putin, Pyongyang's state media reported.").1,
        "reported"
    );
    let (chain, cue, span) = one("Kim reaffirmed a pledge, KCNA state news agency said on Friday.");
    assert_eq!((chain.as_slice(), cue), (&["KCNA".to_string()][..], "said"));
    assert_eq!(span, "KCNA state news agency said");
    let (chain, _, _) = one("The official Soviet news agency Tass denounced a U.S. attack.");
    assert_eq!(chain, ["TASS"]);
    assert_eq!(
        one("Kim ordered tests, the official KCNA news agency reported on Friday.").1,
        "reported"
    );
}

#[test]
fn appositive_between_agency_and_verb() {
    let (chain, cue, _) = one("KCNA, the North's official news agency, said the test succeeded.");
    assert_eq!(chain, ["KCNA"]);
    assert_eq!(cue, "said");
}

#[test]
fn citing_takes_the_subject() {
    let r = relays("Kim met officials, Yonhap reported late on Friday, citing KCNA.");
    let citing = r.attributions.iter().find(|a| a.cue == "citing").unwrap();
    assert_eq!(citing.chain, ["KCNA", "Yonhap"]);
}

#[test]
fn carried_by_told_via_inputs() {
    assert_eq!(
        one("Kim said so in remarks carried by KCNA on Monday.").1,
        "carried by"
    );
    assert_eq!(
        one("An official told Reuters the talks would resume.").1,
        "told"
    );
    assert_eq!(one("The video came via Ruptly yesterday.").1, "via");
    assert_eq!(one("( With inputs from IANS )").1, "with inputs from");
    let (chain, cue, _) = one("The Associated Press contributed to this report.");
    assert_eq!((chain[0].as_str(), cue), ("AP", "contributed"));
}

#[test]
fn source_chain_rewrite_of_a_relay() {
    let text = "North Korean leader Kim and Russian President Putin exchanged greetings on Thursday to mark the anniversary of liberation, Pyongyang's state media reported.\n\nIn their messages, they expressed their desire to deepen ties based on the agreement reached during their first summit in Vladivostok in April, Yonhap News Agency quoted North Korean state-run KCNA as saying .\n\nKim said the relations would grow, the KCNA said.";
    let r = relays_by(text, &["IANS"]);
    assert_eq!(r.source_chain, ["KCNA", "Yonhap", "IANS"]);
    assert_eq!(r.attributions.len(), 3);
    // A quote after "the KCNA said" came through the whole chain.
    let at = text.rfind("Kim said").unwrap() + 60;
    assert_eq!(chain_at(&r, at), ["KCNA", "Yonhap", "IANS"]);
    assert_eq!(chain_at(&r, 0), ["KCNA", "Yonhap", "IANS"]);
}

#[test]
fn source_chain_wire_story_and_originals() {
    let text = "SEOUL (Reuters) - North Korean leader Kim Jong Un reaffirmed a pledge to deepen cooperation with Russia in a message to President Putin, KCNA state news agency said on Friday.";
    assert_eq!(
        relays_by(text, &["Reuters"]).source_chain,
        ["KCNA", "Reuters"]
    );
    let text = "Pyongyang, August 16 (KCNA) -- Kim Jong Un sent a reply message to Vladimir Putin, president of the Russian Federation, on August 15 as the country marked its day.";
    assert_eq!(relays_by(text, &["KCNA"]).source_chain, ["KCNA"]);
    let text = "WASHINGTON (AP) - The ambassador will testify on Wednesday before the committee, and an official told The Associated Press that he would not resign soon.";
    assert_eq!(relays_by(text, &["AP"]).source_chain, ["AP"]);
    let text = "The house where he was born will be turned into a police station, the minister said on Tuesday after years of debate about its future.";
    assert!(relays(text).source_chain.is_empty());
}

#[test]
fn later_relays_do_not_make_the_main_chain() {
    let text = "The ministers met on Tuesday to discuss the trade agreement and the tariffs that both sides had imposed on each other last year.\n\nThe talks lasted for three hours and ended without a statement from either of the two sides, officials in the capital said.\n\nA third paragraph here says nothing about any agency at all, only about the weather in the capital city this week.\n\nLater, Xinhua reported that the talks would resume.";
    let r = relays_by(text, &["Reuters"]);
    assert_eq!(r.attributions.len(), 1);
    assert_eq!(r.source_chain, ["Reuters"]);
}

#[test]
fn photo_credit_is_not_a_relay() {
    let text = "Kim Jong-uns Dinner with Putin (Yonhap)\n\nTraders work on the floor. REUTERS/Brendan McDermid";
    assert!(relays(text).attributions.is_empty());
}

#[test]
fn the_news_agency_points_back() {
    let text = "North Korea said it welcomed new contacts, the New China News Agency reported from Pyongyang.\n\nA statement said it hoped contact would help, the agency said.";
    let r = relays(text);
    assert_eq!(r.attributions.len(), 2);
    assert_eq!(r.attributions[1].chain, ["Xinhua"]);
    assert_eq!(&text[r.attributions[1].span], "the agency said");
    // Nothing named before: nothing to point back to.
    assert!(
        relays("The agency said it would wait.")
            .attributions
            .is_empty()
    );
}

#[test]
fn paragraphs_passed_over_keep_the_agency_named_last() {
    // The second and third paragraphs name no agency and hold no
    // description phrase: passed over, they leave Yonhap the agency named
    // last, and the fourth's "the agency said" (a key, no mention) points
    // back to it; the fifth, passed over too, has no relay.
    let text = "Yonhap reported that the talks in the capital had ended on Tuesday.\n\n\
                The two sides met for three hours and agreed to meet again next month.\n\n\
                Officials in both capitals declined to say what had been discussed.\n\n\
                A joint statement would follow, the agency said.\n\n\
                Both sides praised the host city for its welcome.";
    let r = relays(text);
    assert_eq!(r.attributions.len(), 2, "{:?}", r.attributions);
    assert_eq!(r.attributions[0].chain, ["Yonhap"]);
    assert_eq!(r.attributions[1].chain, ["Yonhap"]);
    assert_eq!(&text[r.attributions[1].span], "the agency said");
}

#[test]
fn bare_state_media_takes_the_country_named_before() {
    let (chain, cue, span) = one(
        "SEOUL North Korean leader Kim Jong Un said the country has miniaturized warheads, state media reported on Wednesday.",
    );
    assert_eq!(chain, ["KCNA"]);
    assert_eq!(cue, "reported");
    assert_eq!(span, "state media reported");
    let (chain, _, _) = one("Chinese officials met in Beijing on Monday, state media said.");
    assert_eq!(chain, ["Xinhua"]);
    assert!(
        relays("Officials met on Monday, state media said.")
            .attributions
            .is_empty()
    );
}

#[test]
fn coordinated_agencies_share_the_verb() {
    let r =
        relays("The state news agencies Tass and RIA Novosti said an official reported the death.");
    let chains: Vec<_> = r
        .attributions
        .iter()
        .map(|a| (a.chain.clone(), a.cue))
        .collect();
    assert_eq!(chains.len(), 2, "{chains:?}");
    assert_eq!(chains[0].0, ["TASS"]);
    assert_eq!(chains[1].0, ["RIA Novosti"]);
    assert!(chains.iter().all(|c| c.1 == "said"));
}

#[test]
fn quoted_agency_and_cited_agency() {
    let (chain, cue, _) =
        one("The talks went well, Yonhap cited the North's official news agency as saying.");
    assert_eq!(chain, ["KCNA", "Yonhap"]);
    assert_eq!(cue, "cited ... as saying");
    let r = relays("Kim spoke on Friday, Kyodo said, quoting Xinhua.");
    let q = r.attributions.iter().find(|a| a.cue == "citing").unwrap();
    assert_eq!(q.chain, ["Xinhua", "Kyodo"]);
    // Agencies joined by "and" before "quoted" do not quote each other.
    let r = relays("Tass and RIA Novosti quoted an official as saying so.");
    assert!(r.attributions.iter().all(|a| a.chain.len() == 1));
}

#[test]
fn the_agency_a_relay_quotes_has_no_relay_of_its_own() {
    // KCNA is followed by a verb, but the relay that quotes it took it in:
    // no relay is looked for at it ("KCNA reported" would be a second one).
    let (chain, cue, span) = one("Yonhap quoted KCNA reported on the talks.");
    assert_eq!(chain, ["KCNA", "Yonhap"]);
    assert_eq!(cue, "quoted");
    assert_eq!(span, "Yonhap quoted KCNA");
    // Not taken in, the agency after has its own relay.
    let r = relays("Yonhap quoted officials. KCNA reported on the talks.");
    assert_eq!(r.attributions.len(), 2, "{:?}", r.attributions);
}

mod total {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "KCNA",
        "Yonhap",
        " quoted ",
        " as saying",
        "according to ",
        "citing ",
        " said",
        " the agency",
        "state media",
        "(",
        ")",
        ", ",
        ". ",
        "\n",
        "\n\n",
        "By ",
        "Reuter",
        "é",
        "–",
        "’s",
        "North Korean ",
        "(Reporting by A B; Editing by C D)",
        "source of this article:",
        "Editor: ",
        "(END)",
        "^",
        "=",
        "told ",
        "via ",
        " and ",
        "Pyongyang’s state media",
    ];

    proptest! {
        #[test]
        fn never_panics(idx in proptest::collection::vec(0..PIECES.len(), 0..60)) {
            let text: String = idx.iter().map(|&i| PIECES[i]).collect();
            let layout = Layout::new(&text);
            let start = crate::byline::story_start(&text, &layout, None);
            let by = crate::byline::find(&text, &layout, Lexicon::builtin(), None, start);
            let cut = crate::quote::cut(&text, &layout);
            let r = find(&text, &layout, Lexicon::builtin(), &by, start, cut.as_ref());
            for a in &r.attributions {
                prop_assert!(text.get(a.span.start..a.span.end).is_some());
            }
            for at in [0, text.len() / 2, text.len()] {
                let _ = chain_at(&r, at);
            }
        }
    }
}

#[test]
fn chain_near_prefers_the_relay_after_the_quote() {
    let text = "Officials met in Seoul on Friday to discuss the talks, and the ministers agreed on a new plan for the region, Yonhap reported.\n\n\"We will win,\" the KCNA said.";
    let r = relays_by(text, &["IANS"]);
    let open = text.find("We will").unwrap();
    let close = text.find(",\" the").unwrap();
    assert_eq!(chain_near(&r, Span::new(open, close)), ["KCNA", "IANS"]);
    assert_eq!(chain_at(&r, open), ["Yonhap", "IANS"]);
}

proptest::proptest! {
    /// Relays in text order, some starting where another does, and a quote
    /// anywhere among them: the one search finds the relay the two did.
    #[test]
    fn relay_near_finds_the_relay_of_two_searches(
        gaps in proptest::collection::vec(0usize..30, 0..12),
        start in 0usize..300,
        len in 1usize..80,
    ) {
        let mut at = 0;
        let attributions = gaps
            .iter()
            .map(|&gap| {
                at += gap;
                Attribution { chain: Vec::new(), cue: "said", span: Span::new(at, at + 5) }
            })
            .collect();
        let r = Relays { attributions, ..Relays::default() };
        let quote = Span::new(start, start + len);
        proptest::prop_assert_eq!(relay_near(&r, quote), relay_near_by_two_searches(&r, quote));
    }
}

#[test]
fn passive_relay_and_possessive_report() {
    let r = relays("KCNA, quoted by Yonhap, said the launch succeeded.");
    let q = r.attributions.iter().find(|a| a.cue == "quoted").unwrap();
    assert_eq!(q.chain, ["KCNA", "Yonhap"]);
    let (chain, cue, span) = one("The launch succeeded, KCNA's report said on Friday.");
    assert_eq!((chain[0].as_str(), cue), ("KCNA", "said"));
    assert_eq!(span, "KCNA's report said");
    // With no agency before it, "carried by" names one link.
    let (chain, _, _) = one("Kim's remarks were carried by the official KCNA news agency.");
    assert_eq!(chain, ["KCNA"]);
}

#[test]
fn cue_tables_are_sorted() {
    fn sorted(keys: Vec<&str>) -> bool {
        keys.windows(2).all(|w| w[0] < w[1])
    }
    assert!(sorted(cues::VERBS.iter().map(|v| v.0).collect()));
    assert!(sorted(cues::BEFORE.iter().map(|v| v.0).collect()));
    assert!(sorted(cues::BETWEEN.to_vec()));
    assert!(sorted(cues::STATE_MEDIA.to_vec()));
    assert!(sorted(cues::COUNTRIES.iter().map(|v| v.0).collect()));
    assert!(sorted(cues::ANAPHORA.to_vec()));
    assert!(sorted(cues::DESCRIPTION_WORDS.to_vec()));
}

/// `verb_after` compares words with [`cues::BETWEEN`] case-blind, which is
/// the compare of the word lowercased only while the table is lowercase.
#[test]
fn between_words_are_lowercase() {
    for w in cues::BETWEEN {
        assert_eq!(*w, w.to_ascii_lowercase());
    }
}

/// The last occurrence of `word` in `hay` that starts and ends a word, by
/// `str::rfind`: the references below search with it.
fn rfind_word(hay: &str, word: &str) -> Option<usize> {
    let mut end = hay.len();
    while let Some(k) = hay.get(..end).and_then(|h| h.rfind(word)) {
        let starts = k == 0 || !hay.as_bytes()[k - 1].is_ascii_alphanumeric();
        let after = k + word.len();
        let ends = after == hay.len() || !hay.as_bytes()[after].is_ascii_alphanumeric();
        if starts && ends {
            return Some(k);
        }
        end = k;
    }
    None
}

#[test]
fn rfind_word_takes_the_last_whole_word() {
    assert_eq!(rfind_word("citing the citing", "citing"), Some(11));
    assert_eq!(rfind_word("citing recitings", "citing"), Some(0));
    assert_eq!(rfind_word("aaa", "aa"), None);
    assert_eq!(rfind_word("aa aaa", "aa"), Some(0));
    assert_eq!(rfind_word("", "a"), None);
}

/// `country_before` as first written: the last whole occurrence of each
/// name, the latest kept.
fn country_before_reference(before: &str) -> Option<(usize, &'static str)> {
    cues::COUNTRIES
        .iter()
        .filter_map(|&(c, a)| rfind_word(before, c).map(|k| (k, a)))
        .max_by_key(|&(k, _)| k)
}

#[test]
fn no_two_countries_stand_whole_at_one_place() {
    // Were one name the other's start up to a word break ("North" and
    // "North Korea"), both could be found at one place, and the backward
    // pass would take the first of the table, not the last as the
    // reference does.
    for (a, _) in cues::COUNTRIES {
        for (b, _) in cues::COUNTRIES {
            if a != b
                && let Some(rest) = b.strip_prefix(a)
            {
                assert!(rest.as_bytes()[0].is_ascii_alphanumeric(), "{a} {b}");
            }
        }
    }
}

#[test]
fn country_before_takes_the_last_named() {
    assert_eq!(
        country_before("Chinese and North Korean leaders, the North said"),
        Some((34, "KCNA"))
    );
    assert_eq!(country_before("Russians in Syria."), Some((12, "SANA")));
    assert_eq!(country_before("Iranians, Irania"), None);
    assert_eq!(country_before(""), None);
    // "the North" is tried at its capital: whole, at the window's start,
    // in a chunk of eight or in the bytes before the first.
    assert_eq!(country_before("the North"), Some((0, "KCNA")));
    assert_eq!(country_before("of the North"), Some((3, "KCNA")));
    assert_eq!(
        country_before("Moscow said the North's leader spoke"),
        Some((12, "KCNA"))
    );
    assert_eq!(country_before("bathe North"), None);
    assert_eq!(country_before("the Northern"), None);
    assert_eq!(country_before("the North Korean side"), Some((4, "KCNA")));
}

/// `may_open_country` flags a byte exactly when it is an ASCII capital,
/// wherever it stands among the eight, whatever the bytes beside it.
#[test]
fn may_open_country_flags_capitals() {
    for b in 0..=255u8 {
        for at in 0..8 {
            for fill in [b' ', b't', b'Z', 0xE2, 0x00, 0x7F] {
                let mut bytes = [fill; 8];
                bytes[at] = b;
                let flags = may_open_country(u64::from_le_bytes(bytes));
                let byte_flagged = flags >> (8 * at + 7) & 1 == 1;
                assert_eq!(byte_flagged, b.is_ascii_uppercase(), "{b:#x} {at}");
                let fill_flagged = fill.is_ascii_uppercase();
                let others = flags & !(0x80 << (8 * at));
                let want = if fill_flagged {
                    0x8080_8080_8080_8080 & !(0x80 << (8 * at))
                } else {
                    0
                };
                assert_eq!(others, want, "{b:#x} {at} {fill:#x}");
            }
        }
    }
}

proptest::proptest! {
    #[test]
    fn country_before_agrees_with_a_search_per_name(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "China", "Chinese", "North Korea", "North Korean", "the North", "The North",
                "Iran", "Iranian", "Syria", "Soviet", "DPRK", "Tehran", "Vietnamese",
                "n", "s", "x", " ", " ", "'s ", ". ", "-", "é", "\u{15c}",
            ]),
            0..12,
        ),
    ) {
        let before = pieces.concat();
        proptest::prop_assert_eq!(country_before(&before), country_before_reference(&before));
    }
}

#[test]
fn every_description_phrase_ends_with_a_description_word() {
    // Where the phrases are read: at the words, found whole (as the first
    // run of a token), so each must be a phrase's last word, after a space.
    for phrase in cues::STATE_MEDIA.iter().chain(cues::ANAPHORA) {
        assert!(
            cues::DESCRIPTION_WORDS
                .iter()
                .any(|w| phrase.ends_with(&format!(" {w}"))),
            "{phrase:?} ends with none of DESCRIPTION_WORDS: it would never be read"
        );
    }
    // Each word is found once in each phrase ending with it.
    for w in cues::DESCRIPTION_WORDS {
        for phrase in cues::STATE_MEDIA.iter().chain(cues::ANAPHORA) {
            assert!(phrase.matches(w).count() <= 1, "{phrase:?}");
        }
    }
}

#[test]
fn key_holders_are_the_words_found_in_the_phrases() {
    // The table built when compiling against the search it replaced: each
    // word's `match_indices` in each phrase, phrase by phrase.
    for (k, key) in cues::DESCRIPTION_WORDS.iter().enumerate() {
        let searched: Vec<(usize, usize)> = DESCRIPTIONS
            .iter()
            .enumerate()
            .flat_map(|(phrase, text)| text.match_indices(key).map(move |(at, _)| (phrase, at)))
            .collect();
        assert!(!searched.is_empty(), "{key:?}");
        assert_eq!(KEY_HOLDERS[k].as_slice(), searched, "{key:?}");
    }
}

#[test]
fn description_words_open_with_different_letters() {
    // `description_hits` tells them apart by their first byte.
    let mut firsts: Vec<u8> = cues::DESCRIPTION_WORDS
        .iter()
        .map(|w| w.as_bytes()[0])
        .collect();
    firsts.dedup();
    assert_eq!(firsts.len(), cues::DESCRIPTION_WORDS.len());
}

#[test]
fn one_search_rules_in_both_kinds_of_description() {
    // One page-wide search rules paragraphs in for both the anaphora and
    // the bare state-media phrases: paragraphs with one kind each, and one
    // with both.
    let text = "Xi visits a port\n\n\
                Chinese President Xi Jinping visited a port in Tianjin on Monday, Xinhua said.\n\n\
                The visit was his third this year, the news agency said.\n\n\
                Officials in Beijing welcomed it, state media said.\n\n\
                Ships were idle during the visit, the news agency said, and crowds in \
                Beijing cheered, state media said.";
    let found: Vec<(String, &str, &str)> = relays(text)
        .attributions
        .iter()
        .map(|a| (a.chain.join(" < "), a.cue, &text[a.span]))
        .collect();
    let xinhua = |cue, span| ("Xinhua".to_string(), cue, span);
    assert_eq!(
        found,
        [
            xinhua("said", "Xinhua said"),
            xinhua("said", "the news agency said"),
            xinhua("said", "state media said"),
            xinhua("said", "the news agency said"),
            xinhua("said", "state media said"),
        ]
    );
}

/// The cue search as first written: the last whole-word occurrence of each
/// phrase by `rfind_word`, the earliest kept.
fn earliest_cue_reference(
    lower: &str,
    before: &str,
) -> Option<(usize, &'static str, &'static str)> {
    cues::BEFORE
        .iter()
        .filter_map(|&(p, c)| {
            let k = rfind_word(lower, p)?;
            is_filler(&before[k + p.len()..]).then_some((k, p, c))
        })
        .min_by_key(|&(k, _, _)| k)
}

#[test]
fn earliest_cue_finds_the_first_phrase_before_a_mention() {
    let cue =
        |window: &str| earliest_cue(window.to_ascii_lowercase().as_bytes()).map(|(k, p, _)| (k, p));
    assert_eq!(
        cue("in remarks carried by the official "),
        Some((0, "in remarks carried by"))
    );
    assert_eq!(
        cue("He told reporters, according to "),
        Some((19, "according to"))
    );
    assert_eq!(cue("citing, told the "), Some((8, "told")));
    assert_eq!(cue("recited by the "), None);
    assert_eq!(cue("told. Later, "), None);
    // A digit is no break between words: the chunks' breaks pass it over.
    assert_eq!(cue("2024 data 3citing the official "), None);
    assert_eq!(
        cue("2024 data, 3 citing the official "),
        Some((13, "citing"))
    );
    // Only a phrase's last occurrence is read: the one before "(" hides
    // the first.
    assert_eq!(cue("told the told("), None);
    assert_eq!(cue("told the told "), Some((9, "told")));
    // Filler of 32 bytes may stand, of 33 not.
    let filler = format!(" {}", "x".repeat(31));
    assert_eq!(cue(&format!("via{filler}")), Some((0, "via")));
    assert_eq!(cue(&format!("via{filler}x")), None);
    assert_eq!(cue(&format!("via x{filler}")), None);
}

proptest::proptest! {
    #[test]
    fn earliest_cue_agrees_with_a_search_per_phrase(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "according to", "As reported by", "carried by", "cited by", "citing",
                "in remarks", "quoted by", "quoting", "told", "Via", "with inputs from",
                "re", "s", " ", " ", " the ", ", ", ". ", "\u{201c}", "\u{15c}", "é", "x", "official",
                "7", "(", "-", "\n", "by", "from", "\u{2019}", " state-run news agency ",
            ]),
            0..24,
        ),
    ) {
        let window = pieces.concat();
        let lower = window.to_ascii_lowercase();
        proptest::prop_assert_eq!(
            earliest_cue(lower.as_bytes()),
            earliest_cue_reference(&lower, &window)
        );
    }
}

/// `phrase_hits` as first written: every phrase searched for on its own,
/// the hits sorted and overlaps dropped (the earlier, then the longer,
/// wins).
fn phrase_hits_reference(lower: &str, para: Span, phrases: &[&str], whole_word: bool) -> Vec<Span> {
    let Some(lower) = lower.get(para.start..para.end) else {
        return Vec::new();
    };
    let bytes = lower.as_bytes();
    let mut hits = Vec::new();
    for phrase in phrases {
        let mut from = 0;
        while let Some(k) = lower.get(from..).and_then(|h| h.find(phrase)) {
            let at = from + k;
            let end = at + phrase.len();
            from = end;
            let starts = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
            let ends = !whole_word || bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
            if starts && ends {
                hits.push(Span::new(para.start + at, para.start + end));
            }
        }
    }
    hits.sort_by_key(|h| (h.start, usize::MAX - h.end));
    let mut reach = 0;
    hits.retain(|h| {
        let keep = h.start >= reach;
        if keep {
            reach = h.end;
        }
        keep
    });
    hits
}

/// Whether an occurrence of one phrase of `table` can overlap another's
/// (or its own elsewhere): some phrase's tail, from any byte but the first
/// (or from the first, for another phrase), agrees with another's head as
/// far as both go.
fn occurrences_may_overlap(table: &[&str]) -> bool {
    table.iter().any(|a| {
        table.iter().any(|b| {
            (0..a.len()).any(|d| {
                let tail = &a.as_bytes()[d..];
                let n = tail.len().min(b.len());
                (d > 0 || a != b) && tail[..n] == b.as_bytes()[..n]
            })
        })
    })
}

/// The [`cues::DESCRIPTION_WORDS`] within `para` of `lower`, as `find`
/// gives them to [`description_hits`] for a story it has no cut of.
fn keys_within(lower: impl AsRef<[u8]>, para: Span) -> Vec<usize> {
    description_words_in(lower.as_ref(), para)
}

#[test]
fn the_lead_read_up_to_the_last_relay_ends_where_the_whole_lead_does() {
    // `find` reads the lead only as far as the last relay that may be the
    // main one. At every bound it could be given (each relay's start, each
    // paragraph's), the lead read so far is the whole lead, or nothing when
    // the whole lead ends after the bound.
    let (mut ends, mut cut) = (0, 0);
    each_story_lead(|path, text, layout, read, relays| {
        let whole = lead_end(text, layout, read.iter().copied(), usize::MAX);
        let bounds = relays
            .attributions
            .iter()
            .map(|a| a.span.start)
            .chain(read.iter().map(|p| p.start));
        for until in bounds {
            let got = lead_end(text, layout, read.iter().copied(), until);
            if got.is_some() {
                assert_eq!(got, whole, "{path:?} {until}");
                ends += 1;
            } else {
                assert!(
                    whole.is_none_or(|e| e > until),
                    "{path:?} {until} {whole:?}"
                );
                cut += 1;
            }
        }
    });
    // Both ways out were taken.
    assert!(ends > 0 && cut > 0, "{ends} {cut}");
}

#[test]
fn the_main_relay_read_up_to_the_first_longest_is_the_whole_leads() {
    // `main_relay` reads the lead only as far as the first relay with the
    // longest chain: it picks what the first longest chain among the
    // relays starting before the whole lead's end is.
    let (mut picked, mut later, mut searched_again) = (0, 0, 0);
    each_story_lead(|path, text, layout, read, relays| {
        let whole = lead_end(text, layout, read.iter().copied(), usize::MAX).unwrap_or(usize::MAX);
        let all = &relays.attributions;
        let is_relay = |a: &&Attribution| !NOT_RELAYS.contains(&a.cue);
        let expected = first_longest(all.iter().filter(|a| a.span.start < whole).filter(is_relay));
        let got = main_relay(text, layout, read.iter().copied(), all);
        assert_eq!(got.map(|a| a.span), expected.map(|a| a.span), "{path:?}");
        picked += usize::from(got.is_some());
        // Stories with a relay after the main one, which the lead is no
        // longer read up to.
        later += usize::from(got.is_some_and(|m| all.iter().any(|a| a.span.start > m.span.start)));
        // Stories whose lead ends before the first longest relay of all,
        // the one case where the relays are searched a second time.
        let first = first_longest(all.iter().filter(is_relay));
        searched_again += usize::from(first.is_some_and(|f| whole <= f.span.start));
    });
    assert!(
        picked > 0 && later > 0 && searched_again > 0,
        "{picked} {later} {searched_again}"
    );
}

/// Runs `check` on each test story with its layout, the paragraphs its
/// lead is read from (as `find` reads them, from the story's start on)
/// and the relays `find` gives.
fn each_story_lead(mut check: impl FnMut(&std::path::Path, &str, &Layout, &[Span], &Relays)) {
    let lexicon = Lexicon::builtin();
    let stories = crate::test_stories::stories();
    assert!(stories.len() >= 5, "{}", stories.len());
    for (path, text) in &stories {
        let layout = Layout::new(text);
        let dateline = crate::dateline::find(text, &layout, lexicon);
        let start = crate::byline::story_start(text, &layout, dateline.as_ref());
        let from = start.map_or(0, |s| s.start);
        let read: Vec<Span> = from_on(story_paragraphs(&layout), from).collect();
        let byline = crate::byline::find(text, &layout, lexicon, dateline.as_ref(), start);
        let tokens = crate::quote::cut(text, &layout);
        let relays = find(text, &layout, lexicon, &byline, start, tokens.as_ref());
        check(path, text, &layout, &read, &relays);
    }
}

#[test]
fn description_phrases_are_read_at_the_words_found_on_the_tokens_as_in_the_bytes() {
    // For the stories the quote stage cuts, the words are those the
    // tokenizer lists; for the others, those found in the paragraphs'
    // bytes: both find the same phrases in every paragraph `find` reads.
    let lexicon = Lexicon::builtin();
    let (mut stories, mut phrases) = (0, 0);
    for (path, text) in crate::test_stories::stories() {
        let layout = Layout::new(&text);
        let Some(cut) = crate::quote::cut_every(&text, &layout) else {
            continue;
        };
        let dateline = crate::dateline::find(&text, &layout, lexicon);
        let start = crate::byline::story_start(&text, &layout, dateline.as_ref());
        let from = start.map_or(0, |s| s.start);
        stories += 1;
        for para in from_on(cut.segments().iter().copied(), from) {
            let keys: Vec<usize> = cut
                .description_words()
                .iter()
                .copied()
                .filter(|&k| k >= para.start && k < para.end)
                .collect();
            let (mut tokens, mut bytes) = (DescriptionHits::default(), DescriptionHits::default());
            description_hits(&layout.lower, para, &keys, &mut tokens);
            description_hits(
                &layout.lower,
                para,
                &keys_within(&layout.lower, para),
                &mut bytes,
            );
            assert_eq!(tokens.state_media, bytes.state_media, "{path:?}");
            assert_eq!(tokens.anaphora, bytes.anaphora, "{path:?}");
            phrases += bytes.state_media.len() + bytes.anaphora.len();
        }
        cut.keep();
    }
    assert!(stories > 5 && phrases > 5, "{stories} {phrases}");
}

#[test]
fn a_description_phrase_ends_a_word() {
    // "state mediation" is no "state media"; "the agency's" and "the
    // newspaper’s" hold their phrases, in any case.
    let text = "T\n\nKim spoke on Monday, the North's state mediation said. \
                It said so, KCNA reported.\n\n\
                THE AGENCY'S report said it, the newspaper\u{2019}s editor added.";
    let lower = text.to_ascii_lowercase();
    let para = Span::new(0, text.len());
    let mut hits = DescriptionHits::default();
    description_hits(
        lower.as_bytes(),
        para,
        &keys_within(&lower, para),
        &mut hits,
    );
    assert!(hits.state_media.is_empty(), "{:?}", hits.state_media);
    let anaphora: Vec<&str> = hits.anaphora.iter().map(|h| &text[h.range()]).collect();
    assert_eq!(anaphora, ["THE AGENCY", "the newspaper"]);
}

#[test]
fn description_phrases_never_overlap() {
    // What keeps the mentions found by description apart, as the mention
    // lists they join are.
    assert!(!occurrences_may_overlap(
        &[cues::STATE_MEDIA, cues::ANAPHORA].concat()
    ));
    assert!(occurrences_may_overlap(&["the agency", "agency said"]));
    assert!(occurrences_may_overlap(&["news", "news agency"]));
    assert!(occurrences_may_overlap(&["aa"]));
}

proptest::proptest! {
    #[test]
    fn description_hits_agree_with_a_search_per_phrase(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "the ", "The ", "news ", "agency", "newspaper", "party ", "daily", "state",
                "-run ", "media", "official ", "s", " ", ",", "\n", "x",
            ]),
            0..24,
        ),
        cut in 0usize..8,
    ) {
        let text = pieces.concat();
        let lower = text.to_ascii_lowercase();
        let para = Span::new(cut.min(text.len()), text.len());
        let mut hits = DescriptionHits::default();
        description_hits(lower.as_bytes(), para, &keys_within(&lower, para), &mut hits);
        proptest::prop_assert_eq!(
            (hits.state_media, hits.anaphora),
            (
                phrase_hits_reference(&lower, para, cues::STATE_MEDIA, true),
                phrase_hits_reference(&lower, para, cues::ANAPHORA, true)
            )
        );
    }
}

proptest::proptest! {
    #[test]
    fn lines_split_where_split_inclusive_does(text in "[a\n é]{0,12}") {
        proptest::prop_assert_eq!(
            lines(&text).collect::<Vec<_>>(),
            text.split_inclusive('\n').collect::<Vec<_>>()
        );
    }
}

#[test]
fn verb_and_between_words_found_by_first_byte_as_by_a_whole_search() {
    // Each table's words, in three cases, and words near them.
    let mut words: Vec<String> = Vec::new();
    for w in cues::VERBS
        .iter()
        .map(|(v, _)| *v)
        .chain(cues::BETWEEN.iter().copied())
    {
        let capital = w[..1].to_ascii_uppercase() + &w[1..];
        for form in [w.to_string(), w.to_ascii_uppercase(), capital] {
            words.push(form[..form.len() - 1].to_string());
            words.push(form.clone() + "s");
            words.push(form);
        }
    }
    words.extend(["x", "Z", "é", "\u{2019}s", "-", "1"].map(String::from));
    for w in words.iter().filter(|w| !w.is_empty()) {
        let verb = cues::VERBS.iter().find(|(v, _)| v == w).copied();
        assert_eq!(relay_verb(w), verb, "{w}");
        let between = cues::BETWEEN.iter().any(|b| b.eq_ignore_ascii_case(w));
        assert_eq!(stands_between(w), between, "{w}");
    }
}

/// `as_saying` as first written: a search per phrase, the earliest kept.
fn as_saying_reference(rest: &str) -> Option<(usize, usize)> {
    AS_SAYING
        .iter()
        .filter_map(|p| rest.find(p).map(|k| (k, k + p.len())))
        .min()
}

#[test]
fn as_saying_takes_the_first_phrase() {
    assert_eq!(as_saying(" as saying the"), Some((1, 10)));
    assert_eq!(as_saying("has telling as saying"), Some((1, 11)));
    assert_eq!(as_saying("as said, as stating"), Some((9, 19)));
    assert_eq!(as_saying("as sayin"), None);
    assert_eq!(as_saying(""), None);
}

proptest::proptest! {
    #[test]
    fn as_saying_agrees_with_a_search_per_phrase(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "as saying", "as telling", "as reporting", "as stating", "as ", "a", "s",
                "saying", "as sa", "has", " ", "é", "\u{2019}", "x",
            ]),
            0..10,
        ),
    ) {
        let rest = pieces.concat();
        proptest::prop_assert_eq!(as_saying(&rest), as_saying_reference(&rest));
    }
}

#[test]
fn the_relays_read_on_the_cut_are_those_read_on_the_paragraphs() {
    // On the cut, `find` walks the body's segments and the mentions alone,
    // passing the segments before the next mention or key and the headline
    // and its repeats among them: it must find what the walk of the
    // paragraphs searched as bytes (no cut) finds, for every story.
    let lexicon = Lexicon::builtin();
    let mut texts: Vec<String> = crate::test_stories::stories()
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    texts.push("KCNA said the talks went well.".to_string());
    assert!(texts.len() >= 5, "{}", texts.len());
    let (mut cut_texts, mut relays_found) = (0, 0);
    for text in &texts {
        let layout = Layout::new(text);
        let byline = Byline::default();
        let start = crate::byline::story_start(text, &layout, None);
        let Some(cut) = crate::quote::cut(text, &layout) else {
            continue;
        };
        let on_cut = find(text, &layout, lexicon, &byline, start, Some(&cut));
        let on_bytes = find(text, &layout, lexicon, &byline, start, None);
        assert_eq!(on_cut.attributions, on_bytes.attributions, "{text:.60}");
        assert_eq!(on_cut.source_chain, on_bytes.source_chain, "{text:.60}");
        cut_texts += 1;
        relays_found += on_cut.attributions.len();
    }
    assert!(
        cut_texts >= 5 && relays_found >= 5,
        "{cut_texts} {relays_found}"
    );
}

#[test]
fn story_paragraphs_are_the_body_of_the_whole_layout() {
    // `story_paragraphs` walks only the run from the first body paragraph
    // to the last. What it gives must be what filtering every paragraph of
    // the layout gives: the body's, or all of them when there is no body.
    let mut texts: Vec<String> = crate::test_stories::stories()
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    // A text of one sentence has no body: every paragraph is read.
    texts.push("KCNA said the talks went well.".to_string());
    let (mut trimmed, mut bodiless) = (0, 0);
    for text in &texts {
        let layout = Layout::new(text);
        let has_body = layout.body().next().is_some();
        let whole: Vec<Span> = layout
            .paragraphs
            .iter()
            .filter(|p| !has_body || p.role == Role::Body)
            .map(|p| p.span)
            .collect();
        let got: Vec<Span> = story_paragraphs(&layout).collect();
        assert_eq!(got, whole, "{text:.60}");
        // The walk forwards and backwards reads the same paragraphs.
        let mut back: Vec<Span> = story_paragraphs(&layout).rev().collect();
        back.reverse();
        assert_eq!(back, whole, "{text:.60}");
        bodiless += usize::from(!has_body);
        // Pages with chrome after their body are those the run shortens.
        trimmed += usize::from(
            layout
                .paragraphs
                .last()
                .is_some_and(|p| p.role != Role::Body),
        );
    }
    assert!(bodiless >= 1, "{bodiless}");
    if crate::test_stories::corpus_at_hand() {
        assert!(trimmed > 10, "{trimmed}");
    }
}

/// `holds_at` tells what comparing the slice of the text at the place
/// tells: the phrase whole at the place, not one cut short by the text's
/// end nor one placed past it.
#[test]
fn holds_at_is_the_slice_compare() {
    let text = b"reported, according to the north's official news agency";
    let cases: &[(usize, &[u8])] = &[
        (10, b"according to"),
        (9, b"according to"),
        (10, b"according to the north"),
        (44, b"news agency"),
        (44, b"news agency's"),
        (text.len(), b""),
        (text.len(), b"a"),
        (text.len() + 1, b""),
        (0, b"reported"),
        (0, b"Reported"),
    ];
    let mut held = 0;
    for &(at, phrase) in cases {
        let want = text.get(at..at + phrase.len()) == Some(phrase);
        assert_eq!(holds_at(text, at, phrase), want, "{at} {phrase:?}");
        held += usize::from(want);
    }
    assert_eq!(held, 5);
}

/// A relay's chain read as its two parts is the chain built in a list of
/// its own, for every relay of the stories and none, whatever agencies the
/// byline credits; the parts complete a chain from the source chain both
/// ways (its part after the relay's last agency, or its last agency).
#[test]
fn chain_parts_join_into_the_chain_built() {
    let (mut after_last, mut outer_only) = (0, 0);
    for (_, text) in &crate::test_stories::stories() {
        for credited in [&[][..], &["IANS"], &["KCNA", "Yonhap"]] {
            let r = relays_by(text, credited);
            for relay in std::iter::once(None).chain((0..r.attributions.len()).map(Some)) {
                let (head, tail) = chain_parts(&r, relay);
                assert_eq!([head, tail].concat(), chain_of(&r, relay), "{relay:?}");
                if relay.is_some() && !tail.is_empty() {
                    let joined = head.last().is_some_and(|l| r.source_chain.contains(l));
                    after_last += usize::from(joined);
                    outer_only += usize::from(!joined);
                }
            }
        }
    }
    assert!(
        after_last > 0 && outer_only > 0,
        "{after_last} {outer_only}"
    );
}

/// The pieces and words `words_and_spaces` gives are those of the standard
/// library's split at each white-space character and of `trim_end`, and
/// `trim_end_marks` trims as `trim_end_matches` does: over every character
/// below U+0100 and the wider white space, beside letters and marks.
#[test]
fn words_and_spaces_split_as_the_standard_library() {
    let split = |text: &str| -> Vec<(String, usize)> {
        text.split_inclusive(char::is_whitespace)
            .map(|p| (p.trim_end().to_owned(), p.len()))
            .collect()
    };
    let got = |text: &str| -> Vec<(String, usize)> {
        words_and_spaces(text)
            .map(|(w, n)| (w.to_owned(), n))
            .collect()
    };
    let wide = [
        '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}', '\u{200a}', '\u{2028}', '\u{202f}', '\u{3000}',
        '\u{200b}', '\u{2019}',
    ];
    let mut spaces = 0;
    for c in (0..0x100u32).filter_map(char::from_u32).chain(wide) {
        for text in [
            format!("{c}"),
            format!("KCNA{c}said"),
            format!("said,{c}{c}x"),
            format!("{c}Yonhap. {c}"),
            format!("a\u{e9}{c}b"),
        ] {
            assert_eq!(got(&text), split(&text), "{c:?}");
        }
        spaces += usize::from(c.is_whitespace());
        let word = format!("said{c},.;:");
        assert_eq!(
            trim_end_marks(&word),
            word.trim_end_matches([',', '.', ';', ':']),
            "{c:?}"
        );
    }
    assert!(spaces >= 10, "{spaces}");
    assert_eq!(got(""), split(""));
    assert_eq!(trim_end_marks(",.;:"), "");
}

proptest::proptest! {
    #[test]
    fn words_and_spaces_split_any_text_as_the_standard_library(text in "\\PC{0,40}|[ a\\t\\n\\x0b\\x0c\\r\u{85}\u{a0}\u{2003}.,é]{0,20}") {
        let want: Vec<(&str, usize)> = text
            .split_inclusive(char::is_whitespace)
            .map(|p| (p.trim_end(), p.len()))
            .collect();
        proptest::prop_assert_eq!(words_and_spaces(&text).collect::<Vec<_>>(), want);
    }
}

/// [`verb_in`] as it was read before: an iterator of words, each trimmed
/// and looked up whole. Kept as the reference it must agree with.
fn verb_in_by_words(rest: &str) -> Option<(usize, &'static str, &'static str)> {
    let mut offset = 0;
    for (word, piece) in words_and_spaces(rest) {
        let w = trim_end_marks(word);
        let start = offset;
        offset += piece;
        if w.is_empty() {
            continue;
        }
        if let Some((v, cue)) = relay_verb(w) {
            return Some((start, v, cue));
        }
        if !stands_between(w) {
            return None;
        }
    }
    None
}

/// The byte reader finds the verb the word iterator finds, at the same
/// place, after mentions as the relays meet them.
#[test]
fn verb_in_agrees_with_the_word_reader() {
    let cases = [
        (" said.", Some((1, "said", "said"))),
        (" reported on Friday.", Some((1, "reported", "reported"))),
        (" state news agency said,", Some((19, "said", "said"))),
        ("  also\u{a0}reported:", Some((8, "reported", "reported"))),
        (" , said", Some((3, "said", "said"))),
        (" saidx", None),
        (" said.x and said", None),
        (" Said", None),
        (" news. said", Some((7, "said", "said"))),
        (" the agency said", None),
        (" quotes\u{2003}", Some((1, "quotes", "quoted"))),
        ("", None),
    ];
    for (rest, want) in cases {
        assert_eq!(verb_in(rest), want, "{rest:?}");
        assert_eq!(verb_in_by_words(rest), want, "{rest:?}");
    }
}

proptest::proptest! {
    #[test]
    fn verb_in_agrees_with_the_word_reader_on_any_text(
        text in "\\PC{0,40}|(( |\u{a0}|\u{2003}|\t|,|\\.|;|é|x|said|says|stated|news|agency|also|Monday|reported|quoted)){0,12}"
    ) {
        proptest::prop_assert_eq!(verb_in(&text), verb_in_by_words(&text));
    }
}

proptest::proptest! {
    #[test]
    fn passed_counts_the_steps_of_a_walk_up_to_a_bound(
        mut list in proptest::collection::vec(0usize..40, 0..24),
        from in 0usize..30,
        bound in 0usize..45,
    ) {
        // `find` walks the cut's segments and mentions with `passed`: the
        // index it reaches is the one a step-by-step walk reaches, and for
        // a walk from the start the list's partition point.
        list.sort_unstable();
        let mut walked = from;
        while list.get(walked).is_some_and(|&x| x < bound) {
            walked += 1;
        }
        let from_here = passed(&list, from, |&x| x < bound);
        proptest::prop_assert_eq!(from + from_here, walked);
        proptest::prop_assert_eq!(
            passed(&list, 0, |&x| x < bound),
            list.partition_point(|&x| x < bound)
        );
    }
}
