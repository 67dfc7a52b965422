//! Throughput of the whole `parse` over the seed pages.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "common/seeds.rs"]
mod seeds;
use seeds::SEEDS;

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
