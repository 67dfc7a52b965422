#![no_main]
//! Any string: a dateline or an error pointing inside the input.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    match newswire::Dateline::parse(s) {
        Ok(d) => assert_eq!(s[d.span].len(), d.span.len()),
        Err(e) => assert!(e.offset() <= s.len()),
    }
});
