//! Eight bytes of text tested at once, as one little-endian `u64`.
//!
//! Several stages find where a word of ASCII letters ends from one load of
//! eight bytes rather than a loop whose exit mispredicts about once a word;
//! they share the letter test here.

/// The high bit of every byte.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is an ASCII letter, and no other
/// bit.
#[inline]
pub(crate) fn letter_bytes(x: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // Case aside, each byte's low seven bits: a letter is 'a' to 'z' there
    // (and has its high bit clear). Adding 0x80 - 'a' sets the high bit of
    // a byte at least 'a', adding 0x80 - ('z' + 1) that of one past 'z';
    // the sums carry into no other byte.
    let folded = (x & LOW7) | 0x2020_2020_2020_2020;
    let at_least_a = folded + 0x1F1F_1F1F_1F1F_1F1F;
    let past_z = folded + 0x0505_0505_0505_0505;
    at_least_a & !past_z & HIGH & !x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_marked_for_every_byte_at_every_place() {
        for b in 0..=255u8 {
            for k in 0..8 {
                let mut bytes = [b'.'; 8];
                bytes[k] = b;
                let want = if b.is_ascii_alphabetic() {
                    0x80 << (8 * k)
                } else {
                    0
                };
                assert_eq!(letter_bytes(u64::from_le_bytes(bytes)), want, "{b} at {k}");
            }
        }
    }
}
