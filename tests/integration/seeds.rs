//! The five seed pages against what a careful reader extracts from them.

const SEED_000: &str = include_str!("../fixtures/000_a06729ea5d7077eb.txt");

#[test]
fn seed_000_headline() {
    let a = newswire::parse(SEED_000);
    assert_eq!(
        a.headline.unwrap().text,
        "Kim, Putin exchange greetings on Korea's Liberation Day"
    );
}
