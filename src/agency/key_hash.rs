//! The hash of the lexicon's look-up maps.
//!
//! The maps are keyed by the lexicon's own surface forms, a thousand or so
//! short strings fixed when the lexicon is built; the strings looked up
//! (credit lines, sign-offs, bylines) only probe them and never add a key,
//! so a probe costs at most what the built table holds, whatever the text.
//! The std map's SipHash guards a map that input grows against keys chosen
//! to collide, which these maps do not need: it was most of a look-up's
//! instructions. This hash reads a key eight bytes a step, a multiply
//! each.

use std::hash::{BuildHasherDefault, Hasher};

/// Builds a [`KeyHasher`] for each key.
pub(super) type KeyHash = BuildHasherDefault<KeyHasher>;

/// A multiply-and-rotate hash of a key's bytes, eight at a time.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct KeyHasher(u64);

/// An odd constant with its bits spread (the golden ratio's fraction).
const SPREAD: u64 = 0x9E37_79B9_7F4A_7C15;

impl KeyHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(23) ^ word).wrapping_mul(SPREAD);
    }
}

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.mix(u64::from(b));
    }

    fn write_usize(&mut self, n: usize) {
        self.mix(n as u64);
    }

    /// The product's high bits are its best mixed: they are folded into the
    /// low ones, which pick the map's bucket.
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn keys_that_differ_anywhere_hash_apart() {
        let hash = |s: &str| KeyHash::default().hash_one(s);
        let keys = [
            "ap",
            "afp",
            "reuters",
            "xinhua news agency",
            "xinhua news agencz",
            "yinhua news agency",
            "korean central news agency",
            "state media",
            "north's state media",
            "north’s state media",
            "",
        ];
        for (i, a) in keys.iter().enumerate() {
            assert_eq!(hash(a), hash(a));
            for b in &keys[i + 1..] {
                assert_ne!(hash(a), hash(b), "{a:?} {b:?}");
            }
        }
    }
}
