//! Robustness of the public API on any input: `parse` is total, every span
//! it returns indexes the input, the JSON always serializes and carries the
//! same spans, and the component parsers fail with offsets inside the input.
//!
//! These hold whatever the stages do, so they are written against the public
//! API only. Inputs the fuzzer (see `fuzz/`) found are kept at the end as
//! plain tests.

use newswire::{Article, Dateline, Error, Parser, Span, Stamp};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::Value;
use time::{Date, UtcOffset};

/// Cases per property: enough to reach the rarer token combinations, small
/// enough that `cargo test` in debug stays within a few minutes on 2 cores.
/// `PROPTEST_CASES` raises it for a longer run.
const CASES: u32 = 10_000;

fn config() -> Config {
    Config {
        // Shrinking a failure in a debug build can take long; a short shrink
        // still gives a readable input, and the seed is persisted anyway.
        max_shrink_iters: 2_000,
        ..Config::with_cases(
            std::env::var("PROPTEST_CASES")
                .ok()
                .and_then(|n| n.parse().ok())
                .unwrap_or(CASES),
        )
    }
}

/// Pieces of news text that steer the stages into their grammars: every kind
/// of quote mark and dash, datelines, cues, relays, stamps, month names,
/// names, pronouns, Hangul and CJK, line breaks, NUL and other controls.
const TOKENS: &[&str] = &[
    "\"",
    "\"",
    "\"",
    "“",
    "”",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "'",
    "«",
    "»",
    "„",
    "‟",
    "‹",
    "›",
    "``",
    "''",
    "「",
    "」",
    "『",
    "』",
    "–",
    "—",
    "--",
    "-",
    "_",
    "―",
    "(",
    ")",
    "(",
    ")",
    "[",
    "]",
    ":",
    ":",
    ";",
    ",",
    ",",
    ".",
    ".",
    "...",
    "…",
    "?",
    "!",
    "|",
    "/",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n",
    "\n\n",
    "\n \n",
    "\r\n",
    "\r",
    "\t",
    "\0",
    "\u{1}",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{a0}",
    "\u{200b}",
    "\u{2028}",
    "\u{2029}",
    "\u{feff}",
    "\u{301}",
    "\u{10ffff}",
    "😀",
    "(Reuters)",
    "(Reuters) -",
    "(Reuters) –",
    "(KCNA) --",
    "(Yonhap) --",
    "(AP) —",
    "(AFP)",
    "(IANS)",
    "(Xinhua)",
    "(TASS)",
    "Reuter",
    "KCNA",
    "Yonhap",
    "Yonhap News Agency",
    "Korean Central News Agency",
    "IANS",
    "AP",
    "Xinhua",
    "TASS",
    "Kyodo",
    "state media",
    "Pyongyang's state media",
    "the news agency",
    "said",
    "says",
    "said:",
    "added",
    "told",
    "according to",
    "according to KCNA,",
    "quoted",
    "as saying",
    "quoted KCNA as saying",
    "reported",
    "By",
    "By IANS",
    "(With inputs from IANS)",
    "(Reporting by Jack Kim; Editing by Ed Davies)",
    "Updated:",
    "Updated :",
    "Published :",
    "Published:",
    "Posted",
    "Last updated",
    "IST",
    "KST",
    "EDT",
    "GMT",
    "UTC",
    "+09:00",
    "-05:00",
    "SEOUL",
    "SEOUL,",
    "Seoul",
    "Pyongyang,",
    "PEKING,",
    "New Delhi,",
    "WASHINGTON",
    "Overseas Network,",
    "Ore.",
    "Vietnam",
    "Jan.",
    "Feb",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Aug",
    "August",
    "Sept.",
    "September",
    "Oct.",
    "Nov",
    "December",
    "Monday",
    "on Thursday",
    "on Friday",
    "last year",
    "next week",
    "in April of",
    "yesterday",
    "0",
    "1",
    "9",
    "15",
    "16",
    "17",
    "29",
    "31",
    "32",
    "00",
    "99",
    "2019",
    "2023",
    "1945",
    "9999",
    "0000",
    "4294967296",
    "18446744073709551616",
    "2023/08/17",
    "2019-08-15",
    "09:20",
    "11:19",
    "24:61",
    "2/30",
    "he",
    "He",
    "she",
    "they",
    "Kim",
    "Kim Jong Un",
    "Jong Un",
    "Vladimir Putin",
    "Putin",
    "General Secretary Kim",
    "the Russian leader",
    "President",
    "Mr.",
    "Dr.",
    "U.S.",
    "North Korea",
    "Related Stories",
    "Advertisement",
    "조선중앙통신",
    "김정은",
    "연합뉴스",
    "서울",
    "朝鲜",
    "中央通讯社",
    "新华社",
    "据",
    "报道",
    "8月15日",
    "平壤",
    "é",
    "Ü",
    "ß",
    "İ",
    "ﬁ",
];

/// Appends the token `v` picks: mostly a news piece, else any char, an
/// ASCII char or a number. Picking from a plain `u32` keeps generation cheap
/// in debug builds and still shrinks towards the first tokens.
fn push_token(s: &mut String, v: u32) {
    let rest = v >> 5;
    match v & 7 {
        0..=4 => s.push_str(TOKENS[rest as usize % TOKENS.len()]),
        5 => s.push(char::from_u32(rest % 0x11_0000).unwrap_or('\u{fffd}')),
        6 => s.push(char::from(rest as u8 & 0x7f)),
        _ => s.push_str(&(rest % 100_000).to_string()),
    }
    if (v >> 3) & 3 != 0 {
        s.push(' ');
    }
}

fn soup(tokens: &[u32]) -> String {
    let mut s = String::new();
    for &v in tokens {
        push_token(&mut s, v);
    }
    s
}

/// Token soup, with or without spaces between tokens: close enough to news
/// that cues meet quote marks and datelines meet dashes.
fn newsy(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<u32>(), 0..max).prop_map(|v| soup(&v))
}

/// Any chars, controls and surrogate-free planes included.
fn chars() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..200).prop_map(|v| v.into_iter().collect())
}

/// Openings of paragraphs as the stages expect them.
const LEADS: &[&str] = &[
    "SEOUL, Aug. 15 (Yonhap) -- ",
    "SEOUL (Reuters) – ",
    "Pyongyang, August 16 (KCNA) -- ",
    "New Delhi, Aug 15 (IANS) ",
    "WASHINGTON (AP) — ",
    "PEKING, March 19 - ",
    "Overseas Network, August 15, according to KCNA reports, ",
    "By IANS | Updated: August 15, 2019 09:20 IST\n",
    "Published : 2023/08/17 11:19 KST\n",
    "\"",
    "“",
    "",
];

/// A story-shaped input: headline, chrome, a dateline-led paragraph with
/// quotes and relays, more paragraphs; each piece from the soup.
fn story() -> impl Strategy<Value = String> {
    (
        newsy(24),
        proptest::collection::vec((proptest::sample::select(LEADS), newsy(60)), 0..6),
    )
        .prop_map(|(head, paras)| {
            let mut s = head;
            for (lead, body) in paras {
                s.push_str("\n\n");
                s.push_str(lead);
                s.push_str(&body);
            }
            s
        })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![3 => newsy(160), 2 => story(), 1 => chars()]
}

/// The span lies in `text` and on char boundaries, so `&text[span]` cannot
/// panic.
fn check_span(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {:?} outside 0..{}",
        span,
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {:?} not on char boundaries",
        span
    );
    Ok(())
}

/// `&text[span]` is the field's own text.
fn check_text(text: &str, span: Span, field: &str, what: &str) -> Result<(), TestCaseError> {
    check_span(text, span, what)?;
    prop_assert_eq!(&text[span], field, "{}: text differs from its span", what);
    Ok(())
}

fn check_article(text: &str, a: &Article<'_>) -> Result<(), TestCaseError> {
    if let Some(h) = &a.headline {
        check_text(text, h.span, h.text, "headline")?;
    }
    if let Some(s) = &a.published {
        check_span(text, s.span, "published")?;
    }
    if let Some(s) = &a.updated {
        check_span(text, s.span, "updated")?;
    }
    if let Some(d) = &a.dateline {
        check_span(text, d.span, "dateline")?;
    }
    for (i, at) in a.attributions.iter().enumerate() {
        check_span(text, at.span, &format!("attributions[{i}]"))?;
    }
    for (i, q) in a.quotes.iter().enumerate() {
        check_text(text, q.span, q.text, &format!("quotes[{i}]"))?;
        if let Some(sp) = &q.speaker {
            check_span(text, sp.span, &format!("quotes[{i}].speaker"))?;
        }
    }
    for (i, d) in a.dates.iter().enumerate() {
        check_text(text, d.span, d.text, &format!("dates[{i}]"))?;
    }
    Ok(())
}

/// A span as the JSON writes it: `[start, end]`.
fn json_span(v: &Value) -> Option<Span> {
    let pair = v.as_array()?;
    match pair.as_slice() {
        [s, e] => Some(Span::new(
            usize::try_from(s.as_u64()?).ok()?,
            usize::try_from(e.as_u64()?).ok()?,
        )),
        _ => None,
    }
}

/// The JSON serializes, reads back, and carries the same spans and texts
/// as the struct.
fn check_json(a: &Article<'_>) -> Result<(), TestCaseError> {
    let json = serde_json::to_string(a);
    prop_assert!(json.is_ok(), "serialization failed: {:?}", json.err());
    let json = json.unwrap_or_default();
    let v: Result<Value, _> = serde_json::from_str(&json);
    prop_assert!(v.is_ok(), "json does not read back: {:?}", v.as_ref().err());
    let v = v.unwrap_or_default();

    let span_at = |v: &Value, key: &str| json_span(&v[key]);
    prop_assert_eq!(
        span_at(&v, "headline_span"),
        a.headline.map(|h| h.span),
        "headline_span"
    );
    prop_assert_eq!(
        v["headline"].as_str(),
        a.headline.map(|h| h.text),
        "headline"
    );
    prop_assert_eq!(
        span_at(&v["published"], "span"),
        a.published.as_ref().map(|s| s.span)
    );
    prop_assert_eq!(
        span_at(&v["updated"], "span"),
        a.updated.as_ref().map(|s| s.span)
    );
    prop_assert_eq!(
        span_at(&v["dateline"], "span"),
        a.dateline.as_ref().map(|d| d.span)
    );

    let list = |key: &str| v[key].as_array().cloned().unwrap_or_default();
    let attributions = list("attributions");
    prop_assert_eq!(attributions.len(), a.attributions.len());
    for (j, at) in attributions.iter().zip(&a.attributions) {
        prop_assert_eq!(span_at(j, "span"), Some(at.span));
    }
    let quotes = list("quotes");
    prop_assert_eq!(quotes.len(), a.quotes.len());
    for (j, q) in quotes.iter().zip(&a.quotes) {
        prop_assert_eq!(span_at(j, "span"), Some(q.span));
        prop_assert_eq!(j["text"].as_str(), Some(q.text));
        prop_assert_eq!(
            span_at(&j["speaker"], "span"),
            q.speaker.as_ref().map(|s| s.span)
        );
    }
    let dates = list("dates");
    prop_assert_eq!(dates.len(), a.dates.len());
    for (j, d) in dates.iter().zip(&a.dates) {
        prop_assert_eq!(span_at(j, "span"), Some(d.span));
        prop_assert_eq!(j["text"].as_str(), Some(d.text));
    }
    Ok(())
}

/// Everything a caller may do with an article: index every span, serialize.
fn check_all(text: &str, a: &Article<'_>) -> Result<(), TestCaseError> {
    check_article(text, a)?;
    check_json(a)
}

fn check_error(input: &str, e: &Error) -> Result<(), TestCaseError> {
    prop_assert!(
        e.offset() <= input.len(),
        "error offset {} past the input's {} bytes: {e}",
        e.offset(),
        input.len()
    );
    prop_assert!(!e.to_string().is_empty());
    Ok(())
}

/// Something shaped like a dateline or a stamp, with junk around.
fn component() -> impl Strategy<Value = String> {
    prop_oneof![3 => newsy(14), 1 => chars()]
}

/// Reference dates at the edges of `time`'s range, where "next year" or
/// "last week" can step out of it.
fn reference_date() -> impl Strategy<Value = Date> {
    prop_oneof![
        Just(Date::MIN),
        Just(Date::MAX),
        (-9999i32..=9999, 1u16..=366).prop_map(|(y, d)| {
            Date::from_ordinal_date(y, d)
                .or_else(|_| Date::from_ordinal_date(y, 365))
                .unwrap_or(Date::MIN)
        }),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn parse_is_total_and_spans_index_the_input(text in any_text()) {
        let a = newswire::parse(&text);
        check_all(&text, &a)?;
    }

    #[test]
    fn parse_with_options_is_total(
        text in story(),
        date in reference_date(),
        ist in -25i8..=25,
    ) {
        let offset = UtcOffset::from_hms(ist.clamp(-23, 23), 0, 0).unwrap_or(UtcOffset::UTC);
        let parser = Parser::new().reference_date(date).ist_offset(offset);
        let a = parser.parse(&text);
        check_all(&text, &a)?;
    }

    #[test]
    fn dateline_parse_is_total(input in component()) {
        match Dateline::parse(&input) {
            Ok(d) => check_span(&input, d.span, "dateline")?,
            Err(e) => check_error(&input, &e)?,
        }
    }

    #[test]
    fn stamp_parse_is_total(input in component()) {
        match Stamp::parse(&input) {
            Ok(s) => check_span(&input, s.span, "stamp")?,
            Err(e) => check_error(&input, &e)?,
        }
    }

    #[test]
    fn parse_bytes_is_ok_iff_utf8(bytes in bytes()) {
        let expected = std::str::from_utf8(&bytes);
        for got in [newswire::parse_bytes(&bytes), Parser::new().parse_bytes(&bytes)] {
            match (&expected, got) {
                (Ok(text), Ok(a)) => check_article(text, &a)?,
                (Err(want), Err(e)) => {
                    prop_assert_eq!(e, Error::Utf8 { offset: want.valid_up_to() });
                }
                (want, got) => prop_assert!(
                    false,
                    "from_utf8 says {:?}, parse_bytes says {:?}",
                    want.is_ok(),
                    got.map(|_| ())
                ),
            }
        }
    }

    #[test]
    fn parse_bytes_lossy_always_gives_an_article_of_its_text(bytes in bytes()) {
        let mut scratch = String::new();
        let (text, a) = newswire::parse_bytes_lossy(&bytes, &mut scratch);
        let want = String::from_utf8_lossy(&bytes);
        prop_assert_eq!(text, want.as_ref());
        check_article(text, &a)?;
    }
}

/// Stray bytes, cut sequences, surrogates, overlongs, past U+10FFFF.
const BAD_UTF8: &[&[u8]] = &[
    &[0xff],
    &[0xc3],
    &[0xe2, 0x80],
    &[0xf0, 0x9f, 0x98],
    &[0xed, 0xa0, 0x80],
    &[0xc0, 0x80],
    &[0xf4, 0x90, 0x80, 0x80],
    &[0x80],
];

/// Bytes that are mostly UTF-8 news with a bad byte or a cut sequence here
/// and there, and sometimes pure noise.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    let mixed = proptest::collection::vec(any::<u32>(), 0..80).prop_map(|tokens| {
        let mut out = Vec::new();
        let mut s = String::new();
        for v in tokens {
            match (v >> 8) & 7 {
                0 => out.push(v as u8),
                1 => out.extend_from_slice(BAD_UTF8[v as usize % BAD_UTF8.len()]),
                _ => {
                    s.clear();
                    push_token(&mut s, v);
                    out.extend_from_slice(s.as_bytes());
                }
            }
        }
        out
    });
    prop_oneof![
        3 => mixed,
        1 => proptest::collection::vec(any::<u8>(), 0..300),
    ]
}

/// Inputs the fuzzer or the properties once broke, kept as plain tests.
mod regressions {
    use super::*;

    fn holds(bytes: &[u8]) {
        match newswire::parse_bytes(bytes) {
            Ok(a) => {
                let text = std::str::from_utf8(bytes).expect("parse_bytes accepted it");
                if let Err(e) = check_all(text, &a) {
                    panic!("{e}");
                }
            }
            Err(e) => assert_eq!(
                e.offset(),
                std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), |_| usize::MAX)
            ),
        }
        if let Ok(text) = std::str::from_utf8(bytes) {
            for line in text.lines().take(64) {
                if let Err(e) = Dateline::parse(line) {
                    assert!(e.offset() <= line.len());
                }
                if let Err(e) = Stamp::parse(line) {
                    assert!(e.offset() <= line.len());
                }
            }
        }
    }

    #[test]
    fn empty_and_blank() {
        for input in [
            &b""[..],
            b" ",
            b"\n",
            b"\n\n\n",
            b"\r\n\r\n",
            b"\0",
            b"\t \t",
        ] {
            holds(input);
        }
    }

    #[test]
    fn lone_marks() {
        for input in [
            "\"", "“", "”", "‘", "’", "«", "„", "``", "''", "(", ")", "--", "—",
        ] {
            holds(input.as_bytes());
        }
    }
}
