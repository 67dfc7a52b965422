//! ASCII classes tested the way the stages' hot loops want them: eight
//! bytes at once, as one little-endian `u64`, or one byte by a signed
//! compare, which a loop over a block of bytes turns into vector code.
//!
//! Several stages find where a word of ASCII letters ends from one load of
//! eight bytes rather than a loop whose exit mispredicts about once a word;
//! they share the letter test here.

/// The high bit of every byte.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The low seven bits of every byte.
pub(crate) const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// One in every byte: a byte times this is that byte in all eight.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `x` that is an ASCII letter, and no other
/// bit.
#[inline]
pub(crate) fn letter_bytes(x: u64) -> u64 {
    // Case aside, each byte's low seven bits: a letter is 'a' to 'z' there
    // (and has its high bit clear). Adding 0x80 - 'a' sets the high bit of
    // a byte at least 'a', adding 0x80 - ('z' + 1) that of one past 'z';
    // the sums carry into no other byte.
    let folded = (x & LOW7) | 0x2020_2020_2020_2020;
    let at_least_a = folded + 0x1F1F_1F1F_1F1F_1F1F;
    let past_z = folded + 0x0505_0505_0505_0505;
    at_least_a & !past_z & HIGH & !x
}

/// The high bit of each byte of `x` that is an ASCII digit, and no other
/// bit.
#[inline]
pub(crate) fn digit_bytes(x: u64) -> u64 {
    // Each byte's low seven bits: adding 0x80 - '0' sets the high bit of a
    // byte at least '0', adding 0x80 - ('9' + 1) that of one past '9'; the
    // sums carry into no other byte. A byte with its own high bit set is
    // no digit.
    let x7 = x & LOW7;
    let at_least_0 = x7 + ONES * u64::from(0x80 - b'0');
    let past_9 = x7 + ONES * u64::from(0x80 - (b'9' + 1));
    at_least_0 & !past_9 & !x & HIGH
}

/// The high bit of the first byte of `x` (the lowest, `x` read
/// little-endian) that is an ASCII digit, zero where none is; the bits
/// above it may be wrong. Enough to find the first digit, or to ask
/// whether the first few bytes hold one, in fewer instructions than
/// [`digit_bytes`] (some 15,000 fewer over corpora/real in the stamps'
/// search).
#[inline]
pub(crate) fn first_digit_bit(x: u64) -> u64 {
    // A byte is a digit when, with '0' taken from it by XOR, it is below
    // 10. Subtracting 10 from every byte sets the high bit of such a byte
    // (its own was clear) and borrows from the next; the bytes below the
    // first such byte borrow nothing and set no high bit that they did not
    // already have, which the mask clears.
    let y = x ^ (ONES * u64::from(b'0'));
    y.wrapping_sub(ONES * 10) & !y & HIGH
}

/// Whether `block` holds an ASCII digit, every byte tested: with no exit
/// inside the block, the compiler tests its bytes together as vector code,
/// where an early exit would have them read one by one. For blocks of a
/// length the caller fixes (16, 32, 64 bytes).
#[inline(always)]
pub(crate) fn any_digit(block: &[u8]) -> bool {
    block.iter().fold(false, |any, &b| any | is_digit(b))
}

/// Whether a block of 64 bytes holds an ASCII digit: [`any_digit`] for
/// the stamps' search (`stamp::next_digit`), which reads the page in such
/// blocks.
///
/// A byte is a digit when, with '0' taken from it by XOR, it is at most 9:
/// the four sixteen-byte lanes are XORed and folded by their bytewise
/// minimum, and only the minimum is compared, once a block, where a
/// compare of each lane and an OR of the four ([`any_digit`]) took
/// three instructions more a block (with `stamp::next_digit` keeping the
/// block's offset rather than counting blocks as `position` did, one
/// instruction fewer again: together 13,800 instructions fewer over
/// corpora/real, some 5,600 blocks).
#[inline(always)]
pub(crate) fn block_has_digit(block: &[u8; 64]) -> bool {
    let (lanes, _) = block.as_chunks::<16>();
    let mut low = [u8::MAX; 16];
    for lane in lanes {
        for k in 0..16 {
            low[k] = low[k].min(lane[k] ^ b'0');
        }
    }
    low.iter().fold(false, |any, &b| any | (b <= 9))
}

/// `u8::is_ascii_digit`, told by one signed compare: adding 0x7F - '9'
/// takes '0' to '9' to the ten highest values of a signed byte and every
/// other byte below them. x86's vector compares are signed, so a loop
/// testing a block's bytes makes this two instructions a sixteen-byte
/// lane, where the unsigned range test took three (a subtraction, a
/// minimum and an equality). The digits are put at the top rather than
/// the bottom because x86 has only a greater-than compare, which
/// overwrites its first operand: "above a constant" compares the byte
/// lane with the constant in place, where "below a constant" (the digits
/// at the bottom) copied the constant into a register first for each lane
/// (some 16,000 instructions in `stamp::find` over corpora/real).
#[inline(always)]
pub(crate) fn is_digit(b: u8) -> bool {
    (b.wrapping_add(0x7F - b'9') as i8) > (0x7F - 10) as i8
}

/// `u8::is_ascii_uppercase`, told by one signed compare as [`is_digit`]
/// tells a digit, the capitals at the top of the signed range for the
/// same reason (some 29,000 instructions in the layout over corpora/real).
#[inline(always)]
pub(crate) fn is_upper(b: u8) -> bool {
    (b.wrapping_add(0x7F - b'Z') as i8) > (0x7F - (b'Z' - b'A' + 1)) as i8
}

/// `u8::is_ascii_alphabetic`, told by one signed compare as [`is_digit`]
/// tells a digit, the letters at the top of the signed range, once setting
/// bit 5 has lowercased the byte (which moves no other byte into
/// `a..=z`).
#[inline(always)]
pub(crate) fn is_letter(b: u8) -> bool {
    ((b | 0x20).wrapping_add(0x7F - b'z') as i8) > (0x7F - (b'z' - b'a' + 1)) as i8
}

/// ASCII white space as `char::is_whitespace` has it (vertical tab included,
/// unlike `u8::is_ascii_whitespace`): the space and bytes 9 to 13.
///
/// Bytes 9 to 13 are told by one signed compare: adding 0x77 takes them to
/// 0x80..=0x84, the five lowest values of a signed byte, and every other
/// byte above them. Layout's word counts' vector code so tests a byte with one
/// instruction fewer than an unsigned range test takes, which x86's vector
/// instructions lack (a minimum and an equality stood in for it).
pub(crate) fn is_ascii_space(b: u8) -> bool {
    b == b' ' || (b.wrapping_add(0x80 - b'\t') as i8) <= (0x80 - b'\t' + 0x0D) as i8
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The signed compare tells every byte as `char::is_whitespace` does
    /// (no byte above 0x7F is ASCII white space).
    #[test]
    fn ascii_space_test_agrees_for_every_byte() {
        for b in 0..=u8::MAX {
            let want = b.is_ascii() && char::from(b).is_whitespace();
            assert_eq!(is_ascii_space(b), want, "{b:#04x}");
        }
    }

    #[test]
    fn signed_compares_agree_with_the_standard_tests_for_every_byte() {
        for b in 0..=u8::MAX {
            assert_eq!(is_digit(b), b.is_ascii_digit(), "{b:#04x}");
            assert_eq!(is_upper(b), b.is_ascii_uppercase(), "{b:#04x}");
            assert_eq!(is_letter(b), b.is_ascii_alphabetic(), "{b:#04x}");
        }
    }

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

    #[test]
    fn digits_are_marked_for_every_byte_at_every_place() {
        // Among letters, digits and bytes past ASCII alike: no byte's test
        // reaches into its neighbours'.
        for fill in [b'.', b'5', 0xFF] {
            for b in 0..=255u8 {
                for k in 0..8 {
                    let mut bytes = [fill; 8];
                    bytes[k] = b;
                    let want = bytes
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| c.is_ascii_digit())
                        .fold(0, |m, (i, _)| m | 0x80 << (8 * i));
                    let x = u64::from_le_bytes(bytes);
                    assert_eq!(digit_bytes(x), want, "{b} at {k} in {fill}");
                    let first = want & want.wrapping_neg();
                    let bit = first_digit_bit(x);
                    assert_eq!(bit & bit.wrapping_neg(), first, "{b} at {k} in {fill}");
                    assert_eq!(any_digit(&bytes), want != 0, "{b} at {k} in {fill}");
                }
            }
        }
    }

    /// The block test by minimum agrees with `is_ascii_digit` for every byte
    /// at every place, among fillers on both sides of the digits ('/' and
    /// ':') and past ASCII.
    #[test]
    fn a_block_holds_a_digit_as_its_bytes_say() {
        for fill in [b'/', b':', b'a', 0x00, 0xB0, 0xFF] {
            assert!(!block_has_digit(&[fill; 64]), "{fill:#04x}");
            for b in 0..=u8::MAX {
                for k in [0, 1, 15, 16, 31, 47, 48, 63] {
                    let mut block = [fill; 64];
                    block[k] = b;
                    assert_eq!(
                        block_has_digit(&block),
                        b.is_ascii_digit(),
                        "{b:#04x} at {k}"
                    );
                }
            }
        }
    }
}
