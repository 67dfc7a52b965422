//! Every public type can cross threads: a crawl parses on many.

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<newswire::Article<'_>>();
    assert_send_sync::<newswire::Parser>();
    assert_send_sync::<newswire::Agency>();
    assert_send_sync::<newswire::Attribution<'_>>();
    assert_send_sync::<newswire::Byline<'_>>();
    assert_send_sync::<newswire::DateMention<'_>>();
    assert_send_sync::<newswire::Dateline<'_>>();
    assert_send_sync::<newswire::Error>();
    assert_send_sync::<newswire::Headline<'_>>();
    assert_send_sync::<newswire::Quote<'_>>();
    assert_send_sync::<newswire::Span>();
    assert_send_sync::<newswire::Stamp<'_>>();
}

#[test]
fn a_parser_is_shared_across_threads() {
    let parser = newswire::Parser::new();
    let texts = [
        "Headline one\n\nSEOUL (Reuters) - \"We agree,\" Kim said.",
        "Headline two\n\nText of another story, long enough to read.",
    ];
    std::thread::scope(|s| {
        for t in texts {
            let p = &parser;
            s.spawn(move || assert!(p.parse(t).headline.is_some()));
        }
    });
}
