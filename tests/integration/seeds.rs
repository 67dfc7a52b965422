//! The five seed pages against what a careful reader extracts from them
//! (`shared/gold/seeds.jsonl`): every field the gold names.

use newswire::{Article, QuoteKind, StampKind};

const SEED_000: &str = include_str!("../fixtures/000_a06729ea5d7077eb.txt");
const SEED_001: &str = include_str!("../fixtures/001_459cd6893ed054be.txt");
const SEED_002: &str = include_str!("../fixtures/002_cb8acf54e9df1fa2.txt");
const SEED_003: &str = include_str!("../fixtures/003_a4869d9456fababd.txt");
const SEED_004: &str = include_str!("../fixtures/004_37f47bcd1c56b92a.txt");

fn chain<'a>(a: &'a Article<'a>) -> Vec<&'a str> {
    a.source_chain.iter().map(|s| s.as_ref()).collect()
}

fn agencies<'a>(a: &'a Article<'a>) -> Vec<&'a str> {
    a.byline.agencies.iter().map(|s| s.as_ref()).collect()
}

/// The quote whose text starts with `start`, which must exist.
fn quote<'a, 'b>(a: &'b Article<'a>, start: &str) -> &'b newswire::Quote<'a> {
    a.quotes
        .iter()
        .find(|q| q.text.starts_with(start))
        .unwrap_or_else(|| {
            panic!(
                "no quote starting {start:?} in {:#?}",
                a.quotes.iter().map(|q| q.text).collect::<Vec<_>>()
            )
        })
}

fn speaker<'a>(q: &'a newswire::Quote<'_>) -> &'a str {
    q.speaker.as_ref().map(|s| s.name.as_ref()).unwrap_or("")
}

/// Every quote's text is what its span covers, and every span is in bounds.
fn spans_hold(text: &str, a: &Article<'_>) {
    for q in &a.quotes {
        assert_eq!(&text[q.span], q.text);
        if let Some(s) = &q.speaker {
            assert!(s.span.end <= text.len());
        }
    }
    if let Some(h) = a.headline {
        assert_eq!(&text[h.span], h.text);
    }
}

#[test]
fn seed_000_ians_rewrite_of_yonhap_of_kcna() {
    let a = newswire::parse(SEED_000);
    spans_hold(SEED_000, &a);
    assert_eq!(
        a.headline.unwrap().text,
        "Kim, Putin exchange greetings on Korea's Liberation Day"
    );

    let p = a.published.as_ref().expect("the Updated stamp");
    assert_eq!(p.date.to_string(), "2019-08-15");
    assert_eq!(p.time.map(|t| (t.hour(), t.minute())), Some((9, 20)));
    assert_eq!(p.utc_offset.map(|o| o.whole_minutes()), Some(330));
    assert_eq!(p.zone, Some("IST"));
    assert_eq!(p.kind, StampKind::Updated);

    assert!(
        a.dateline
            .as_ref()
            .is_none_or(|d| d.place.is_none() && d.agency.is_none())
    );
    assert_eq!(agencies(&a), ["IANS"]);
    assert!(a.byline.authors.is_empty());
    assert_eq!(chain(&a), ["KCNA", "Yonhap", "IANS"]);

    assert_eq!(a.quotes.len(), 6, "{:#?}", a.quotes);
    let q = quote(&a, "(Kim's message) said that the two peoples");
    assert_eq!(q.kind, QuoteKind::Full);
    assert!(["Yonhap", "KCNA"].contains(&speaker(q)), "{q:?}");
    let q = quote(&a, "And that the (North Korean) people");
    assert_eq!(q.kind, QuoteKind::Full);
    assert!(["Yonhap", "KCNA"].contains(&speaker(q)), "{q:?}");
    let q = quote(&a, "a new high stage");
    assert_eq!(q.kind, QuoteKind::Partial);
    assert!(speaker(q).contains("Kim") || speaker(q) == "KCNA", "{q:?}");
    for start in [
        "of friendly and constructive character",
        "clearly proves it",
    ] {
        let q = quote(&a, start);
        assert_eq!(q.kind, QuoteKind::Partial);
        assert!(
            speaker(q).contains("Putin") || speaker(q) == "KCNA",
            "{q:?}"
        );
    }
    let q = quote(&a, "(Putin's message) expressed the belief");
    assert_eq!(q.kind, QuoteKind::Full);
    assert_eq!(speaker(q), "KCNA");
    // Every quote came through the article's relay: KCNA via Yonhap via IANS.
    for q in &a.quotes {
        assert_eq!(q.chain[..], ["KCNA", "Yonhap", "IANS"], "{q:?}");
    }
    // The related-stories list quotes titles; they are not the story's.
    assert!(
        !a.quotes
            .iter()
            .any(|q| q.text == "Death Note" || q.text.starts_with("Bai Mi"))
    );
}

#[test]
fn seed_001_yonhap_on_korea_herald() {
    let a = newswire::parse(SEED_001);
    spans_hold(SEED_001, &a);
    assert_eq!(
        a.headline.unwrap().text,
        "N. Korean, Russian leaders pledge stronger ties on Liberation Day exchange"
    );

    let p = a.published.as_ref().expect("the Published stamp");
    assert_eq!(p.date.to_string(), "2020-08-15");
    assert_eq!(p.time.map(|t| (t.hour(), t.minute())), Some((12, 12)));
    assert_eq!(p.utc_offset, None);
    assert_eq!(p.kind, StampKind::Published);
    // The footer's "Date of registration : 2015.04.28" is not a stamp.
    assert!(a.updated.as_ref().is_none_or(|u| u.date.year() == 2020));

    assert!(
        a.dateline
            .as_ref()
            .is_none_or(|d| d.place.is_none() && d.agency.is_none())
    );
    assert_eq!(agencies(&a), ["Yonhap"]);
    let c = chain(&a);
    assert!(
        c == ["KCNA", "Yonhap"] || c == ["KCNA", "Yonhap", "Korea Herald"],
        "{c:?}"
    );

    assert_eq!(a.quotes.len(), 3, "{:#?}", a.quotes);
    for start in [
        "would steadily grow strong",
        "bigger success in his responsible work",
    ] {
        let q = quote(&a, start);
        assert_eq!(q.kind, QuoteKind::Partial);
        assert!(speaker(q).contains("Kim"), "{q:?}");
    }
    let q = quote(&a, "contributes to further developing");
    assert!(
        speaker(q).contains("Putin") || speaker(q) == "KCNA",
        "{q:?}"
    );
}

#[test]
fn seed_002_reuters_on_an_aggregator() {
    let a = newswire::parse(SEED_002);
    spans_hold(SEED_002, &a);
    assert_eq!(
        a.headline.unwrap().text,
        "North Korea's Kim and Russia's Putin vow deeper ties on Korean liberation day"
    );
    // Only the aggregator's own date ("Wednesday, November 6, 2024") is on
    // the page: the story has no stamp.
    assert_eq!(a.published, None);

    let d = a.dateline.as_ref().expect("SEOUL (Reuters) –");
    assert!(d.place.unwrap().eq_ignore_ascii_case("Seoul"));
    assert_eq!(d.agency.as_deref(), Some("Reuters"));

    assert_eq!(agencies(&a), ["Reuters"]);
    assert_eq!(a.byline.authors, ["Jack Kim"]);
    assert_eq!(a.byline.editors, ["Leslie Adler", "Stephen Coates"]);
    let c = chain(&a);
    assert!(
        c == ["KCNA", "Reuters"] || c == ["KCNA", "Reuters", "Suara Malaysia"],
        "{c:?}"
    );

    assert_eq!(a.quotes.len(), 2, "{:#?}", a.quotes);
    let q = quote(&a, "The friendly feelings of the armies");
    assert_eq!(q.kind, QuoteKind::Full);
    assert!(speaker(q).contains("Kim"), "{q:?}");
    let q = quote(&a, "comprehensive strategic partnership");
    assert_eq!(q.kind, QuoteKind::Term);
    assert!(q.speaker.is_none());
}

#[test]
fn seed_003_chinese_portal_with_unquoted_speech() {
    let a = newswire::parse(SEED_003);
    spans_hold(SEED_003, &a);
    assert_eq!(
        a.headline.unwrap().text,
        "Putin and Kim Jong-un exchanged congratulatory telegrams to celebrate the 74th anniversary of Korean National Liberation"
    );
    // "August 15" with no year is not a stamp.
    assert_eq!(a.published, None);

    let d = a.dateline.as_ref().expect("Overseas Network, August 15,");
    assert_eq!(d.place, None);
    assert_eq!(d.agency.as_deref(), Some("Overseas Network"));
    assert_eq!((d.month, d.day), (Some(8), Some(15)));

    assert_eq!(agencies(&a), ["Overseas Network"]);
    assert_eq!(a.byline.editors, ["He Yufang"]);
    assert_eq!(chain(&a), ["KCNA", "Overseas Network"]);

    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    let q = quote(
        &a,
        "The friendship established by the Korean and Russian people",
    );
    assert_eq!(q.kind, QuoteKind::Unquoted);
    assert!(speaker(q).contains("Kim"), "{q:?}");
}

#[test]
fn seed_004_kpop_site_relaying_kcna() {
    let a = newswire::parse(SEED_004);
    spans_hold(SEED_004, &a);
    assert_eq!(
        a.headline.unwrap().text,
        "Kim Jong-un exchange congratulatory telegrams with President Putin on \"Korea Liberation Day\""
    );

    let p = a.published.as_ref().expect("the stamp at the foot");
    assert_eq!(p.date.to_string(), "2023-08-17");
    assert_eq!(p.time.map(|t| (t.hour(), t.minute())), Some((11, 19)));
    assert_eq!(p.utc_offset.map(|o| o.whole_minutes()), Some(9 * 60));
    assert_eq!(p.kind, StampKind::Published);

    assert!(
        a.dateline
            .as_ref()
            .is_none_or(|d| d.place.is_none() && d.agency.is_none())
    );
    assert!(agencies(&a).is_empty());
    let c = chain(&a);
    assert!(c == ["KCNA"] || c == ["KCNA", "WoW!Korea"], "{c:?}");

    let terms = a
        .quotes
        .iter()
        .filter(|q| q.text == "Korea Liberation Day")
        .count();
    assert_eq!(terms, 2, "the headline and its bulleted copy");
    assert!(
        a.quotes
            .iter()
            .filter(|q| q.text == "Korea Liberation Day")
            .all(|q| q.kind == QuoteKind::Term)
    );
    assert_eq!(a.quotes.len(), 7, "{:#?}", a.quotes);
    let q = quote(&a, "General Secretary Kim and President Putin exchanged");
    assert_eq!(speaker(q), "KCNA");
    let q = quote(
        &a,
        "The blood shed by the famous and unknown Red Army soldiers",
    );
    assert!(speaker(q).contains("Kim"), "{q:?}");
    for start in [
        "On this special day",
        "The tradition of goodwill",
        "I am confident that we will",
    ] {
        let q = quote(&a, start);
        assert_eq!(q.kind, QuoteKind::Full);
        assert!(speaker(q).contains("Putin"), "{q:?}");
    }
}
