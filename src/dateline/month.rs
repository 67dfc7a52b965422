//! Month names for datelines: "Aug. 15", "August 16", "Sept. 26", "15 Aug".

/// The months' full names, lowercase, January first.
///
/// A dateline's month is any of these or an abbreviation of at least three
/// letters that begins one ("Jan", "Sept", and the wire's clipped "Marc").
#[rustfmt::skip]
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month (1 to 12) that `word`, a run of letters, names or abbreviates,
/// case aside: the tests' reference for [`opening_month`].
#[cfg(test)]
pub(crate) fn month(word: &str) -> Option<u8> {
    let b = word.as_bytes();
    // No name is shorter than an abbreviation's three letters or longer
    // than "september": a word of another length is ruled out before any
    // of its bytes is read.
    if !(3..=9).contains(&b.len()) {
        return None;
    }
    // The first three letters name at most one month ("jan" ... "dec" are
    // all different), and every word here has three: that month is the
    // only one to compare.
    let i = month_head(b)?;
    // The whole word, case aside, must open the name (a non-ASCII byte
    // never equals one of its letters).
    MONTHS[i]
        .as_bytes()
        .get(..b.len())
        .is_some_and(|full| full.eq_ignore_ascii_case(b))
        .then(|| u8::try_from(i + 1).ok())
        .flatten()
}

/// The first eight bytes of each of [`MONTHS`], zero past a shorter name's
/// end, as one little-endian word: a word's letters are compared with its
/// month's name by one masked comparison.
const NAME_WORDS: [u64; 12] = {
    let mut words = [0u64; 12];
    let mut i = 0;
    while i < MONTHS.len() {
        let name = MONTHS[i].as_bytes();
        let mut k = 0;
        while k < 8 && k < name.len() {
            words[i] |= (name[k] as u64) << (8 * k);
            k += 1;
        }
        i += 1;
    }
    words
};

/// The month (1 to 12) that the whole run of ASCII letters opening `bytes`
/// names or abbreviates, case aside (as the tests' `month` reads that
/// run), and the run's length.
///
/// The month is the one its first three bytes point to ([`month_head`]),
/// ruling out most words before their letters are counted. Where eight
/// bytes can be read, the run's end is found from their mask and its
/// letters compared with the name in one masked comparison (letters are
/// lowercased by their case bit, 0x20), where a count byte by byte, a
/// test of the count, a second read of the head and a comparison byte by
/// byte took about 110 instructions for each month name read over
/// corpora/real.
#[inline]
pub(crate) fn opening_month(bytes: &[u8]) -> Option<(usize, u8)> {
    use crate::ascii8::HIGH;
    let i = month_head(bytes)?;
    let name = MONTHS[i].as_bytes();
    let month = u8::try_from(i + 1).ok()?;
    let Some(block) = bytes.first_chunk::<8>() else {
        let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        // The head's three bytes are letters (the fold maps no other byte
        // onto one), so the run holds them; a run longer than the name is
        // none.
        let rest = name.get(3..letters)?;
        return rest
            .eq_ignore_ascii_case(&bytes[3..letters])
            .then_some((letters, month));
    };
    let x = u64::from_le_bytes(*block);
    let stop = !crate::ascii8::letter_bytes(x) & HIGH;
    let letters = if stop != 0 {
        (stop.trailing_zeros() / 8) as usize
    } else {
        // Eight letters or more: "november", "december", "september" and
        // its clipped forms; a longer run is no name.
        8 + bytes[8..]
            .iter()
            .take(2)
            .take_while(|b| b.is_ascii_alphabetic())
            .count()
    };
    if letters > name.len() {
        return None;
    }
    let mask = if letters >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * letters)) - 1
    };
    let same = ((x | 0x2020_2020_2020_2020) ^ NAME_WORDS[i]) & mask == 0
        && (letters <= 8 || bytes[8] | 0x20 == name[8]);
    same.then_some((letters, month))
}

/// The month (0 for January) whose name opens with the first three bytes
/// of `bytes`, case aside; `None` when there are fewer than three.
///
/// Any word that names a month opens with such a head, so a word without
/// one is ruled out by three bytes, without reading on to where its letters
/// end. The bytes are folded to lowercase by setting the case bit, 0x20:
/// that maps a byte onto a lowercase letter only when it is an ASCII
/// letter, so no other byte is taken for one. The dates' match of name
/// heads rules out at once a word opening with a letter no month does
/// (most of a place's words: this is tried on each).
#[inline(always)]
pub(crate) fn month_head(bytes: &[u8]) -> Option<usize> {
    let &[a, b, c] = bytes.first_chunk::<3>()?;
    crate::date::head_index([a | 0x20, b | 0x20, c | 0x20])
        .filter(|&i| i < crate::date::MONTH_HEADS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_abbreviations() {
        assert_eq!(month("August"), Some(8));
        assert_eq!(month("Aug"), Some(8));
        assert_eq!(month("SEPT"), Some(9));
        assert_eq!(month("Sep"), Some(9));
        assert_eq!(month("march"), Some(3));
        assert_eq!(month("Marc"), Some(3));
        assert_eq!(month("May"), Some(5));
        assert_eq!(month("Dec"), Some(12));
    }

    #[test]
    fn every_month_passes_the_initial_test() {
        for name in MONTHS {
            assert!(month(&name[..3]).is_some(), "{name}");
            assert!(month(&name.to_uppercase()).is_some(), "{name}");
        }
    }

    /// The month a word names by a full comparison with each name in turn,
    /// as [`month`] did before it compared only the one its first three
    /// letters point to.
    fn month_by_every_name(word: &str) -> Option<u8> {
        if word.len() < 3 || !word.is_ascii() {
            return None;
        }
        MONTHS
            .iter()
            .position(|m| {
                m.as_bytes()
                    .get(..word.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(word.as_bytes()))
            })
            .and_then(|i| u8::try_from(i + 1).ok())
    }

    #[test]
    fn agrees_with_a_comparison_with_every_name() {
        let mut words: Vec<String> = Vec::new();
        for name in MONTHS {
            for n in 0..=name.len() + 1 {
                let head = &name[..n.min(name.len())];
                words.push(head.to_string());
                words.push(head.to_uppercase());
                words.push(format!("{head}s"));
                words.push(format!("x{head}"));
            }
        }
        words.extend(
            [
                "Seoul",
                "Monday",
                "Mayor",
                "Augusta",
                "junk",
                "Décembre",
                "J@N",
                "`an",
                "jAn",
                "Ja\u{e9}",
                "Octobers",
            ]
            .map(String::from),
        );
        for w in &words {
            assert_eq!(month(w), month_by_every_name(w), "{w}");
            // The run of letters opening the word and what follows it,
            // read as a whole by `opening_month`, as `month` reads the run.
            for tail in ["", ".", " 15", "x", "é", "-9", "abcdefghij"] {
                let text = format!("{w}{tail}");
                let run = text.bytes().take_while(u8::is_ascii_alphabetic).count();
                let want = std::str::from_utf8(&text.as_bytes()[..run])
                    .ok()
                    .and_then(month)
                    .map(|m| (run, m));
                assert_eq!(opening_month(text.as_bytes()), want, "{text}");
            }
            // A word `month` takes has the head of the month it names.
            if let Some(m) = month(w) {
                assert_eq!(month_head(w.as_bytes()), Some(usize::from(m) - 1), "{w}");
            }
        }
    }

    #[test]
    fn not_months() {
        assert_eq!(month("Ma"), None);
        assert_eq!(month("Mayor"), None);
        assert_eq!(month("Augusta"), None);
        assert_eq!(month("Seoul"), None);
        assert_eq!(month(""), None);
    }
}
