#![no_main]
//! Bytes in: UTF-8 ones must parse, every span must index the text, the JSON
//! must serialize.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let a = newswire::parse(text);
    let mut spans = Vec::new();
    if let Some(h) = &a.headline {
        assert_eq!(&text[h.span], h.text);
    }
    spans.extend(a.published.as_ref().map(|s| s.span));
    spans.extend(a.updated.as_ref().map(|s| s.span));
    spans.extend(a.dateline.as_ref().map(|d| d.span));
    spans.extend(a.attributions.iter().map(|at| at.span));
    for q in &a.quotes {
        assert_eq!(&text[q.span], q.text);
        spans.extend(q.speaker.as_ref().map(|s| s.span));
    }
    for d in &a.dates {
        assert_eq!(&text[d.span], d.text);
    }
    for span in spans {
        let _ = &text[span];
    }
    serde_json::to_string(&a).expect("an article always serializes");
});
