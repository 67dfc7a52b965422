//! Each stage alone over the seed pages and a synthetic wire story, in MB/s,
//! with the whole `parse` in the same run as the baseline to compare against.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newswire::stages::Staged;

#[path = "common/seeds.rs"]
mod seeds;
use seeds::SEEDS;

/// A wire story of about 40 KB: a dateline, relays, quotes with every kind of
/// cue, and a related-stories list, repeated paragraph shapes with varied
/// names so that no stage meets only one case.
fn synthetic() -> String {
    let names = [
        "Kim Jong Un",
        "Vladimir Putin",
        "Jeong Joon-hee",
        "Ban Ki-moon",
        "Bill Gortney",
    ];
    let mut s = String::from(
        "Leaders trade pledges on anniversary\n\nBy Staff Writer | Updated: August 15, 2019 09:20 IST\n\n",
    );
    s.push_str("SEOUL, Aug. 15 (Yonhap) -- North Korea's leader and Russia's president exchanged messages on Thursday, Yonhap News Agency quoted KCNA as saying.\n\n");
    for i in 0..120 {
        let who = names[i % names.len()];
        match i % 4 {
            0 => s.push_str(&format!("\"We will deepen our ties in every field,\" {who} said, according to the North's official Korean Central News Agency (KCNA).\n\n")),
            1 => s.push_str(&format!("{who} also said the relations had entered \"a new high stage\" last week, the news agency said.\n\n")),
            2 => s.push_str(&format!("In a statement, {who} said: The friendship forged in the struggle will last for ever.\n\n")),
            _ => s.push_str("The talks in April of last year were the first of their kind, and both sides agreed to meet again soon.\n\n"),
        }
    }
    s.push_str("(END)\n\nRelated Stories\n\nAnother \"headline\" in a list\n");
    s
}

fn stages(c: &mut Criterion) {
    let synthetic = synthetic();
    let corpora: [(&str, Vec<&str>); 2] = [
        ("seeds", SEEDS.to_vec()),
        ("synthetic", vec![synthetic.as_str()]),
    ];
    for (name, texts) in &corpora {
        let staged: Vec<Staged<'_>> = texts.iter().map(|t| Staged::new(t)).collect();
        let bytes: usize = texts.iter().map(|t| t.len()).sum();
        let mut group = c.benchmark_group(format!("stages/{name}"));
        group.throughput(Throughput::Bytes(bytes as u64));
        group.measurement_time(Duration::from_secs(3));
        group.bench_function("parse", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| newswire::parse(black_box(t)).quotes.len())
                    .sum::<usize>()
            })
        });
        group.bench_function("layout", |b| {
            b.iter(|| {
                let n: usize = staged.iter().map(|s| black_box(s).layout()).sum();
                assert!(n > 0, "every text has body paragraphs");
                n
            })
        });
        group.bench_function("stamp", |b| {
            b.iter(|| staged.iter().map(|s| black_box(s).stamps()).sum::<usize>())
        });
        group.bench_function("dateline", |b| {
            b.iter(|| staged.iter().filter(|s| black_box(s).dateline()).count())
        });
        group.bench_function("byline", |b| {
            b.iter(|| staged.iter().map(|s| black_box(s).byline()).sum::<usize>())
        });
        group.bench_function("attribution", |b| {
            b.iter(|| {
                let n: usize = staged.iter().map(|s| black_box(s).attribution()).sum();
                assert!(n > 0, "every text relays an agency");
                n
            })
        });
        group.bench_function("quote+speaker", |b| {
            b.iter(|| {
                let n: usize = staged.iter().map(|s| black_box(s).quotes()).sum();
                assert!(n >= texts.len(), "every text has quotes");
                n
            })
        });
        group.bench_function("dates", |b| {
            b.iter(|| staged.iter().map(|s| black_box(s).dates()).sum::<usize>())
        });
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
