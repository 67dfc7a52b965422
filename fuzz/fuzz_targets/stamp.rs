#![no_main]
//! Any string: a stamp or an error pointing inside the input.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    match newswire::Stamp::parse(s) {
        Ok(t) => assert_eq!(s[t.span].len(), t.span.len()),
        Err(e) => assert!(e.offset() <= s.len()),
    }
});
