//! The five seed pages, shared by the benches.

pub const SEEDS: [&str; 5] = [
    include_str!("../../tests/fixtures/000_a06729ea5d7077eb.txt"),
    include_str!("../../tests/fixtures/001_459cd6893ed054be.txt"),
    include_str!("../../tests/fixtures/002_cb8acf54e9df1fa2.txt"),
    include_str!("../../tests/fixtures/003_a4869d9456fababd.txt"),
    include_str!("../../tests/fixtures/004_37f47bcd1c56b92a.txt"),
];
