//! `parse` on inputs built to trip quadratic behaviour: growing runs of
//! unmatched quote marks, repeated relays, datelines, a speaker named again
//! and again, a headline repeated by the menu, one endless line and deep
//! parentheses. Time per byte should stay flat as `n` grows.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// Every span of the article indexes `text`: the parse returned something a
/// caller can use, not just something.
fn check(text: &str, a: &newswire::Article<'_>) -> usize {
    let ok = |s: newswire::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let mut spans: Vec<newswire::Span> = Vec::new();
    spans.extend(a.headline.map(|h| h.span));
    spans.extend(a.published.as_ref().map(|s| s.span));
    spans.extend(a.updated.as_ref().map(|s| s.span));
    spans.extend(a.dateline.as_ref().map(|d| d.span));
    spans.extend(a.attributions.iter().map(|at| at.span));
    for q in &a.quotes {
        spans.push(q.span);
        spans.extend(q.speaker.as_ref().map(|s| s.span));
    }
    spans.extend(a.dates.iter().map(|d| d.span));
    assert!(spans.iter().all(|&s| ok(s)), "a span is outside the input");
    spans.len()
}

/// `unit` repeated `n` times.
fn repeat(unit: &str, n: usize) -> String {
    unit.repeat(n)
}

/// One line of `n` bytes of words, marks and cues, with no line break.
fn long_line(n: usize) -> String {
    const WORDS: &str =
        "Kim said \"it is according to KCNA, Yonhap quoted “the leader” as saying (AP) — ";
    let mut s = WORDS.repeat(n / WORDS.len() + 1);
    let mut cut = n.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// A page whose menu repeats a line the layout takes for the headline
/// before every paragraph: each repeat is a segment the quotes search.
fn repeated_headline(n: usize) -> String {
    const BLOCK: &str = "Home | World\n\nA short menu line\n\n\
        The minister said on Tuesday that the talks would resume next week in the capital.\n\
        It was the second round of talks this year, officials said.\n\n  Cookie policy\n\n";
    let mut s = String::from("Headline Of The Story\n\n");
    s.push_str(&BLOCK.repeat(n));
    s
}

fn nested_parens(n: usize) -> String {
    let mut s = "(".repeat(n);
    s.push_str("KCNA said");
    s.push_str(&")".repeat(n));
    s
}

type Shape = (&'static str, fn(usize) -> String, &'static [usize]);

/// Each shape with the `n`s it runs at. The sizes stay small enough that a
/// quadratic stage shows as a drop in throughput, not as a hung bench.
const SHAPES: &[Shape] = &[
    (
        "unmatched_straight_quotes",
        |n| repeat("\"", n),
        &[1_000, 10_000, 100_000],
    ),
    (
        "unmatched_curly_quotes",
        |n| repeat("\u{201c}", n),
        &[1_000, 10_000, 100_000],
    ),
    (
        "according_to_kcna",
        |n| repeat("according to KCNA, ", n),
        &[100, 1_000, 10_000],
    ),
    (
        "yonhap_quoted",
        |n| repeat("Yonhap quoted ", n),
        &[100, 1_000, 3_000],
    ),
    (
        "the_news_agency_said",
        |n| repeat("KCNA said the news agency said ", n),
        &[100, 1_000, 3_000],
    ),
    (
        "reuters_datelines",
        |n| repeat("SEOUL (Reuters) - ", n),
        &[100, 1_000, 3_000],
    ),
    (
        "yonhap_datelines",
        |n| repeat("SEOUL, Aug. 15 (Yonhap) --\n", n),
        &[100, 1_000, 3_000],
    ),
    (
        "repeated_speakers",
        |n| repeat("Kim Jong Un met Putin. \"No,\" Kim said. ", n),
        &[100, 1_000, 10_000],
    ),
    ("one_line", long_line, &[1_000, 10_000, 100_000]),
    (
        "repeated_headline",
        repeated_headline,
        &[100, 1_000, 10_000],
    ),
    ("nested_parentheses", nested_parens, &[100, 1_000, 10_000]),
];

fn pathological(c: &mut Criterion) {
    for &(name, build, sizes) in SHAPES {
        let mut group = c.benchmark_group(format!("pathological/{name}"));
        group
            .sample_size(10)
            .warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(2));
        for &n in sizes {
            let input = build(n);
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(n), &input, |b, input| {
                b.iter(|| {
                    let a = newswire::parse(black_box(input));
                    check(input, &a)
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, pathological);
criterion_main!(benches);
