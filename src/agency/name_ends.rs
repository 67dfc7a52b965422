//! The gate before a lone name's look-up ([`super::Lexicon::may_end_name`]):
//! the three-byte endings of the keys [`super::Lexicon::lookup_name`] finds,
//! each byte read as its class, ASCII case aside.
//!
//! The lines near a headline, the pieces before their commas and the
//! paragraphs after a story are asked whether they may end in an agency's
//! name before they are looked up or read back for a sign-off, and most
//! (menu lines: "Sports", "Terms of Use") end in bytes no name ends in.
//! Each of the last three bytes is looked up in a table of 32 classes (a
//! letter's in either case, any digit, any other visible ASCII byte, a
//! space or control byte, a byte outside ASCII), and the three classes
//! index one bit of a table of 32,768: three loads and a bit test, where a
//! gate on the last two bytes as they are, then a hash of the three
//! lowercased, took some 12 instructions and 30 more for half the strings.
//! The table is kept as 1,024 rows of 32 bits, one row per class of the
//! first two bytes and one bit per class of the last: the last class tests
//! its row's bit as it is, where one index of all three was shifted, then
//! split into a word and a bit again (three instructions more a call, some
//! 8,400 in the byline stage over corpora/real, where about 3,000 strings
//! are asked).
//!
//! The byline's bare sign-offs ask more of the paragraphs the gate lets
//! through ([`super::Lexicon::may_end_name_by_five`]): most end in words
//! that end as names do ("hearing", "workers", "News"), and were read back
//! to their last sentence mark for nothing. Two more tables of the same
//! shape hold the classes of a key's three bytes before its last one, and
//! before its last two (a short key's with a space or a mark before it):
//! over corpora/real, the paragraphs read back for a mark fall from 219 to
//! 59 (byline stage 742,320 -> 718,255 instructions). The gate on three
//! bytes itself reads no more: asked of some 3,000 strings, most turned
//! down by it, it saved a third as much with the further tests in line
//! after it, and cost more with them out of line.

/// The class of each byte: 1 to 26 for an ASCII letter in either case,
/// [`DIGIT`], [`SIGN`] for any other visible ASCII byte, [`BLANK`] for a
/// space, a control byte or DEL, [`OUTSIDE`] for a byte outside ASCII.
const CLASS: [u8; 256] = {
    let mut class = [0; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        class[b] = if byte.is_ascii_alphabetic() {
            byte & 0x1F
        } else if byte.is_ascii_digit() {
            DIGIT
        } else if byte.is_ascii_graphic() {
            SIGN
        } else if byte.is_ascii() {
            BLANK
        } else {
            OUTSIDE
        };
        b += 1;
    }
    class
};

/// Any ASCII digit.
const DIGIT: u8 = 27;
/// Any visible ASCII byte that is no letter or digit.
const SIGN: u8 = 0;
/// A space, a control byte or DEL: ASCII but not visible.
const BLANK: u8 = 29;
/// Any byte outside ASCII.
const OUTSIDE: u8 = 28;

/// The row of the classes of bytes `a` and `b`, and the bit of byte `c`'s
/// class in it, of the three bytes `a`, `b`, `c` ending a string.
const fn bit(a: u8, b: u8, c: u8) -> (usize, u32) {
    (
        (CLASS[a as usize] as usize) << 5 | CLASS[b as usize] as usize,
        CLASS[c as usize] as u32,
    )
}

/// One bit per three classes of bytes that may end a string
/// [`super::Lexicon::lookup_name`] finds: a row for each class of the
/// first two bytes, a bit in it for each class of the last. `before` and
/// `before2` hold the same for the three bytes before the last one and
/// before the last two (a name's fourth- and fifth-last bytes with those
/// after them), asked only of a string whose last three pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct NameEnds {
    last: [u32; 1024],
    before: [u32; 1024],
    before2: [u32; 1024],
}

/// The row and bit of bytes `a` and `b` after a byte of class `class`
/// (one of [`BEFORE_NAME`]), as [`bit`] gives them after a byte.
const fn after_class(class: u8, a: u8, b: u8) -> (usize, u32) {
    (
        (class as usize) << 5 | CLASS[a as usize] as usize,
        CLASS[b as usize] as u32,
    )
}

/// Sets, in every row of `rows` whose first class is any and whose second
/// is `b`, the bit of class `c`; or, with `b` of `None`, in every row.
const fn set_any_first(rows: &mut [u32; 1024], b: Option<u8>, c: u32) {
    let mut a = 0;
    while a < 32 {
        match b {
            Some(b) => rows[a << 5 | b as usize] |= 1 << c,
            None => {
                let mut b = 0;
                while b < 32 {
                    rows[a << 5 | b] |= 1 << c;
                    b += 1;
                }
            }
        }
        a += 1;
    }
}

/// The byte classes that may come right before a name inside a longer
/// string that finds it: a space ("the AP", a sign-off after a mark) or a
/// mark or dash (".AP", "--AP"); a byte outside ASCII is unread anyway.
const BEFORE_NAME: [u8; 2] = [SIGN, BLANK];

impl NameEnds {
    /// The endings no key's tells: a byte outside ASCII anywhere in the
    /// three (a character that lowercases to ASCII, 'K' as the Kelvin
    /// sign, or a curly apostrophe made straight), or a last byte that is
    /// not visible, which the look-up's trim drops.
    pub(super) const fn unread() -> NameEnds {
        let mut rows = [0; 1024];
        let mut before = [0; 1024];
        let mut i = 0;
        while i < 1 << 15 {
            let (a, b, c) = ((i >> 10) as u8, (i >> 5 & 0x1F) as u8, (i & 0x1F) as u8);
            if a == OUTSIDE || b == OUTSIDE || c == OUTSIDE || c == BLANK {
                rows[i >> 5] |= 1 << c;
            }
            if a == OUTSIDE || b == OUTSIDE || c == OUTSIDE {
                before[i >> 5] |= 1 << c;
            }
            i += 1;
        }
        NameEnds {
            last: rows,
            before,
            before2: before,
        }
    }

    /// Every ending: the table when a key is too short for it.
    pub(super) const fn full() -> NameEnds {
        NameEnds {
            last: [u32::MAX; 1024],
            before: [u32::MAX; 1024],
            before2: [u32::MAX; 1024],
        }
    }

    const fn set(rows: &mut [u32; 1024], (row, c): (usize, u32)) {
        rows[row] |= 1 << c;
    }

    /// Whether [`NameEnds::set`] marked `(row, c)` in `rows`.
    #[inline]
    const fn has(rows: &[u32; 1024], (row, c): (usize, u32)) -> bool {
        rows[row] & (1 << c) != 0
    }

    /// Marks the endings of key `key` (lowercase, trimmed): false when it
    /// is shorter than two bytes, which the table cannot hold.
    pub(super) const fn mark(&mut self, key: &[u8]) -> bool {
        match *key {
            [.., a, b, c] => Self::set(&mut self.last, bit(a, b, c)),
            // A two-byte key is looked up in a longer string after a byte
            // that is no letter or digit: the space its trim drops, "the ",
            // or, for a sign-off's last words, a sentence mark or dash.
            [a, b] => {
                Self::set(&mut self.last, bit(b' ', a, b));
                Self::set(&mut self.last, bit(b'.', a, b));
            }
            _ => return false,
        }
        let mut k = 0;
        while k < BEFORE_NAME.len() {
            let x = BEFORE_NAME[k];
            match *key {
                [.., z, a, b, _] => Self::set(&mut self.before, bit(z, a, b)),
                [a, b, _] => Self::set(&mut self.before, after_class(x, a, b)),
                [a, _] => set_any_first(&mut self.before, Some(x), CLASS[a as usize] as u32),
                _ => {}
            }
            match *key {
                [.., y, z, a, _, _] => Self::set(&mut self.before2, bit(y, z, a)),
                [a, b, _, _] => Self::set(&mut self.before2, after_class(x, a, b)),
                [a, _, _] => set_any_first(&mut self.before2, Some(x), CLASS[a as usize] as u32),
                [_, _] => set_any_first(&mut self.before2, None, x as u32),
                _ => {}
            }
            k += 1;
        }
        true
    }

    /// Whether a string ending as `s` ends may be one the look-up finds.
    ///
    /// A string of one or two bytes is read as if after spaces: a key found
    /// for it is the string itself lowercased (its trim leaves a shorter
    /// key, which only a full table lets through), and a two-byte key is
    /// marked after a space. (Let through whole, the short menu lines
    /// after a story, "10", "F1", went on to be read for a sign-off.)
    #[inline]
    pub(super) fn may_end(&self, s: &[u8]) -> bool {
        let (row, c) = match *s {
            [.., a, b, c] => bit(a, b, c),
            [a, b] => bit(b' ', a, b),
            [a] => bit(b' ', b' ', a),
            [] => return true,
        };
        Self::has(&self.last, (row, c))
    }

    /// Whether a string ending as `s` ends, its last three bytes let
    /// through by [`NameEnds::may_end`], may be one the look-up finds, read
    /// by the three bytes before its last one and the three before its
    /// last two: a string shorter than four or five bytes, or ending in a
    /// byte that is not visible ASCII, is let through by them.
    #[inline]
    pub(super) fn may_end_by_five(&self, s: &[u8]) -> bool {
        match *s {
            [.., y, z, a, b, last] if last.is_ascii_graphic() => {
                Self::has(&self.before, bit(z, a, b)) && Self::has(&self.before2, bit(y, z, a))
            }
            [z, a, b, last] if last.is_ascii_graphic() => Self::has(&self.before, bit(z, a, b)),
            _ => true,
        }
    }
}

impl super::Lexicon {
    /// [`super::Lexicon::may_end_name`] read further back: whether `s`,
    /// whose last three bytes that gate lets through, may end in a name by
    /// the classes of its last five ([`NameEnds::may_end_by_five`]). Asked
    /// by the byline's bare sign-offs only, whose false positives are last
    /// words ending as names do ("hearing", "workers", "News").
    ///
    /// Here, with the tables it reads: the lexicon's field is private to
    /// its module, and this one is inside it.
    #[inline]
    pub(crate) fn may_end_name_by_five(&self, s: &[u8]) -> bool {
        self.name_ends.may_end_by_five(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The classes tell the 26 letters apart, case aside, and no letter
    /// from any other byte; digits, signs, blanks and bytes outside ASCII
    /// are each one class.
    #[test]
    fn classes_fold_case_and_keep_letters_apart() {
        for (lower, upper) in (b'a'..=b'z').zip(b'A'..=b'Z') {
            assert_eq!(CLASS[usize::from(lower)], CLASS[usize::from(upper)]);
            let same = (0..=0xFFu8).filter(|&x| CLASS[usize::from(x)] == CLASS[usize::from(lower)]);
            assert_eq!(same.count(), 2, "{}", char::from(lower));
        }
        for (bytes, class) in [
            (&b"0123456789"[..], DIGIT),
            (b".-\"'!?,:;()@[`{~", SIGN),
            (b" \t\n\r\x0B\x0C\x00\x7F", BLANK),
            (&[0x80, 0x9D, 0xC2, 0xE2, 0xFF], OUTSIDE),
        ] {
            for &b in bytes {
                assert_eq!(CLASS[usize::from(b)], class, "{b:#x}");
            }
        }
    }

    /// A two-byte key passes after a space or a mark, and no three letters
    /// pass unless a key ends in them.
    #[test]
    fn a_key_marks_its_endings() {
        let mut ends = NameEnds::unread();
        assert!(ends.mark(b"pti"));
        assert!(ends.mark(b"ap"));
        assert!(!ends.mark(b"x"));
        for yes in [
            &b"PTI"[..],
            b"... pti",
            b"the AP",
            b"left.AP",
            b"--ap",
            b"\"Ap",
        ] {
            assert!(ends.may_end(yes), "{:?}", String::from_utf8_lossy(yes));
        }
        for no in [&b"map"[..], b"Sports", b"pt1", b"ptis"] {
            assert!(!ends.may_end(no), "{:?}", String::from_utf8_lossy(no));
        }
        for unread in [&b"ap "[..], "Ap\u{2019}".as_bytes(), b"p ", b""] {
            assert!(ends.may_end(unread), "{unread:?}");
        }
        // Short strings are read as after spaces.
        assert!(ends.may_end(b"AP"));
        assert!(!ends.may_end(b"pt"));
        assert!(!ends.may_end(b"i"));
        assert!(NameEnds::full().may_end(b"map"));
    }

    /// Every name the look-up finds passes the gate on the last five bytes
    /// after every byte a sign-off's last words may follow (a space, a
    /// mark, a dash, "the "), in either case; the words that ended most
    /// paragraphs the gate on three let through are turned down.
    #[test]
    fn five_bytes_pass_every_name_after_a_mark() {
        let lex = super::super::Lexicon::builtin();
        let befores = [
            " ",
            ".",
            ". ",
            "!",
            "?\"",
            "\u{201d} ",
            "-- ",
            "--",
            "\u{2014}",
            "\u{2013} ",
            "\u{a0}",
            "\t",
            " the ",
            ". The ",
        ];
        let mut names = 0;
        for (key, _) in lex
            .surface
            .entries()
            .into_iter()
            .filter(|(_, e)| e.1.is_some())
        {
            names += 1;
            for before in befores {
                for name in [key.to_string(), key.to_uppercase()] {
                    let s = format!("He left{before}{name}");
                    assert!(lex.lookup_name(&s[s.len() - name.len()..]).is_some());
                    assert!(lex.may_end_name_by_five(s.as_bytes()), "{s:?}");
                    // A name's own last bytes always pass.
                    assert!(lex.may_end_name_by_five(name.as_bytes()), "{name:?}");
                }
            }
        }
        assert!(names > 200, "{names}");
        for no in [
            "at pivotal impeachment hearing",
            "of the world's worst emitters",
            "effects on California sequoias",
            "Economy & Business",
        ] {
            assert!(lex.may_end_name(no), "{no:?}");
            assert!(!lex.may_end_name_by_five(no.as_bytes()), "{no:?}");
        }
    }

    /// Over one byte of each class, the table lets through exactly the
    /// endings its keys mark and those no key can tell (a byte outside
    /// ASCII, a last blank): each ending has a bit of its own, in its own
    /// row.
    #[test]
    fn each_ending_has_its_own_bit() {
        let keys: [&[u8]; 4] = [b"pti", b"ap", b"yonhap", b"f24"];
        let mut ends = NameEnds::unread();
        for key in keys {
            assert!(ends.mark(key));
        }
        let class = |b: u8| CLASS[usize::from(b)];
        let mut one_of_each: Vec<u8> = Vec::new();
        for b in 0..=0xFFu8 {
            if !one_of_each.iter().any(|&x| class(x) == class(b)) {
                one_of_each.push(b);
            }
        }
        assert_eq!(one_of_each.len(), 30);
        for &a in &one_of_each {
            for &b in &one_of_each {
                for &c in &one_of_each {
                    let same = |x: u8, y: u8| class(x) == class(y);
                    let marked = keys.iter().any(|key| match **key {
                        [.., x, y, z] => same(a, x) && same(b, y) && same(c, z),
                        [x, y] => [SIGN, BLANK].contains(&class(a)) && same(b, x) && same(c, y),
                        _ => false,
                    });
                    let unread =
                        [a, b, c].iter().any(|&x| class(x) == OUTSIDE) || class(c) == BLANK;
                    assert_eq!(
                        ends.may_end(&[a, b, c]),
                        marked || unread,
                        "{:?}",
                        [a, b, c]
                    );
                }
            }
        }
    }
}
