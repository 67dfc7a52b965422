//! The JSON contract of DESIGN.md: field names and shapes other tools read.

use serde_json::Value;

const SEED_000: &str = include_str!("../fixtures/000_a06729ea5d7077eb.txt");
const SEED_002: &str = include_str!("../fixtures/002_cb8acf54e9df1fa2.txt");

fn json(text: &str) -> Value {
    serde_json::to_value(newswire::parse(text)).expect("an article always serializes")
}

fn is_span(v: &Value, text: &str) -> bool {
    match v.as_array().map(|a| a.as_slice()) {
        Some([Value::Number(a), Value::Number(b)]) => {
            let (a, b) = (a.as_u64().unwrap() as usize, b.as_u64().unwrap() as usize);
            a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
        }
        _ => false,
    }
}

#[test]
fn top_level_fields() {
    let v = json(SEED_000);
    for key in [
        "headline",
        "published",
        "dateline",
        "byline",
        "source_chain",
        "attributions",
        "quotes",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert!(v["headline"].is_string());
    assert!(v["source_chain"].is_array());
    for key in ["agencies", "authors", "editors"] {
        assert!(v["byline"][key].is_array(), "byline.{key}");
    }
}

#[test]
fn stamp_shape() {
    let v = json(SEED_000);
    let p = &v["published"];
    assert_eq!(p["date"], "2019-08-15");
    assert_eq!(p["time"], "09:20");
    assert_eq!(p["utc_offset"], "+05:30");
    assert_eq!(p["zone"], "IST");
    assert_eq!(p["kind"], "updated");
    assert!(is_span(&p["span"], SEED_000));
}

#[test]
fn dateline_shape() {
    let v = json(SEED_002);
    let d = &v["dateline"];
    assert_eq!(d["agency"], "Reuters");
    for key in ["place", "region", "month", "day", "year"] {
        assert!(d.get(key).is_some(), "dateline.{key}");
    }
    assert!(is_span(&d["span"], SEED_002));
}

#[test]
fn quote_shape() {
    let v = json(SEED_000);
    let quotes = v["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty());
    for q in quotes {
        assert!(q["text"].is_string());
        assert!(is_span(&q["span"], SEED_000));
        assert!(["full", "partial", "term", "unquoted"].contains(&q["kind"].as_str().unwrap()));
        let s = &q["speaker"];
        assert!(s.is_null() || (s["name"].is_string() && is_span(&s["span"], SEED_000)));
        let span = &q["span"];
        let (a, b) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        assert_eq!(&SEED_000[a..b], q["text"].as_str().unwrap());
    }
    for a in v["attributions"].as_array().unwrap() {
        assert!(a["chain"].is_array() && a["cue"].is_string() && is_span(&a["span"], SEED_000));
    }
}

#[test]
fn missing_values_are_null_or_empty() {
    let v = json("");
    assert!(v["headline"].is_null());
    assert!(v["published"].is_null());
    assert!(v["dateline"].is_null());
    assert_eq!(v["quotes"], Value::Array(vec![]));
    assert_eq!(v["source_chain"], Value::Array(vec![]));
}
