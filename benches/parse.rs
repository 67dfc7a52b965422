//! Throughput of the whole `parse` over the seed pages, beside a bare scan
//! of the same bytes in the same run: the ratio of the two is the figure to
//! compare across machines, since both move with the machine's load.

use std::hint::black_box;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "common/seeds.rs"]
mod seeds;
use seeds::SEEDS;

/// Words a scan for attributions and dates would look for: cue verbs,
/// relay phrases, agency names, months and weekdays.
const KEYWORDS: &[&str] = &[
    "according to",
    "added",
    "afp",
    "agency",
    "announced",
    "ap",
    "april",
    "august",
    "citing",
    "claimed",
    "december",
    "denied",
    "february",
    "friday",
    "insisted",
    "january",
    "july",
    "june",
    "kcna",
    "march",
    "may",
    "monday",
    "news",
    "november",
    "october",
    "quoted",
    "reported",
    "reuters",
    "said",
    "saturday",
    "says",
    "september",
    "stated",
    "sunday",
    "tass",
    "thursday",
    "told",
    "tuesday",
    "warned",
    "wednesday",
    "wrote",
    "xinhua",
    "yesterday",
    "yonhap",
];

/// The baseline: every quote mark's lead byte found with `memchr` and every
/// keyword with a case-insensitive DFA, as a floor no extractor beats.
fn scan(dfa: &AhoCorasick, text: &str) -> usize {
    let marks = memchr::memchr3_iter(b'"', 0xE2, 0xC2, text.as_bytes()).count();
    marks + dfa.find_iter(text).count()
}

fn parse_seeds(c: &mut Criterion) {
    let bytes: usize = SEEDS.iter().map(|s| s.len()).sum();
    let dfa = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(KEYWORDS)
        .expect("a small keyword list");
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("scan", |b| {
        b.iter(|| {
            let found: usize = SEEDS.iter().map(|s| scan(&dfa, black_box(s))).sum();
            assert!(
                found > SEEDS.len(),
                "every seed has quote marks and keywords"
            );
            found
        })
    });
    group.bench_function("seeds", |b| {
        b.iter(|| {
            let mut found = 0;
            for s in SEEDS {
                let a = newswire::parse(black_box(s));
                found += a.quotes.len() + usize::from(a.headline.is_some());
            }
            assert!(found >= SEEDS.len(), "every seed has at least a headline");
            found
        })
    });
    group.finish();
}

criterion_group!(benches, parse_seeds);
criterion_main!(benches);
