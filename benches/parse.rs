//! Throughput of the whole `parse` over the seed pages.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SEEDS: [&str; 5] = [
    include_str!("../tests/fixtures/000_a06729ea5d7077eb.txt"),
    include_str!("../tests/fixtures/001_459cd6893ed054be.txt"),
    include_str!("../tests/fixtures/002_cb8acf54e9df1fa2.txt"),
    include_str!("../tests/fixtures/003_a4869d9456fababd.txt"),
    include_str!("../tests/fixtures/004_37f47bcd1c56b92a.txt"),
];

fn parse_seeds(c: &mut Criterion) {
    let bytes: usize = SEEDS.iter().map(|s| s.len()).sum();
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(bytes as u64));
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
