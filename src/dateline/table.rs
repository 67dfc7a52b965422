//! Word lists the dateline grammar consults, one entry a line, sorted.

/// Tags Yonhap and others put before the dateline: "(LEAD)", "(URGENT)",
/// "(News Focus)". Ordinal write-throughs ("(2nd LD)") are recognised by
/// rule.
#[rustfmt::skip]
pub(crate) const STORY_TAGS: &[&str] = &[
    "AMBO",
    "BULLETIN",
    "CORRECTED",
    "EDITORIAL",
    "FLASH",
    "LEAD",
    "News Analysis",
    "News Focus",
    "PHOTO",
    "UPDATE",
    "URGENT",
    "Yonhap Feature",
    "Yonhap Interview",
];

/// Lowercase words inside place names: "Mato Grosso do Sul", "Port of
/// Spain", "Rio de Janeiro".
#[rustfmt::skip]
pub(crate) const CONNECTORS: &[&str] = &[
    "am",
    "da",
    "de",
    "del",
    "des",
    "di",
    "do",
    "dos",
    "du",
    "el",
    "en",
    "es",
    "la",
    "le",
    "les",
    "of",
    "on",
    "sur",
    "the",
    "upon",
];

/// Whether `word` is one of [`CONNECTORS`]. A word longer than the longest
/// (most lowercase words a sentence holds) is ruled out by its length
/// rather than compared with each.
pub(crate) fn is_connector(word: &str) -> bool {
    word.len() <= LONGEST_CONNECTOR && CONNECTORS.contains(&word)
}

/// The length of the longest of [`CONNECTORS`].
const LONGEST_CONNECTOR: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < CONNECTORS.len() {
        if CONNECTORS[i].len() > longest {
            longest = CONNECTORS[i].len();
        }
        i += 1;
    }
    longest
};

/// Whether `word` is one of `list` case aside, as a comparison of each
/// entry with [`str::eq_ignore_ascii_case`] tells, for a `list` sorted and
/// written all in capitals (`upper`) or all in small letters, and `packed`
/// its entries as [`pack`] packs them.
///
/// The word is folded to the list's case, packed, and searched for among
/// the packed entries, a compare of two integers a step: a comparison with
/// each entry in turn tested the lengths of most of the entries, some
/// thirty to forty steps a word, for each place a dateline was read with.
pub(crate) fn contains_case_aside(list: &[&str], packed: &[u128], word: &str, upper: bool) -> bool {
    let mut folded = [0u8; 16];
    // A word longer than every entry is none of them.
    let Some(key) = folded.get_mut(..word.len()) else {
        return false;
    };
    for (k, b) in key.iter_mut().zip(word.bytes()) {
        *k = if upper {
            b.to_ascii_uppercase()
        } else {
            b.to_ascii_lowercase()
        };
    }
    holds_packed(list, packed, folded, word.len())
}

/// Whether `word` is one of `list` (sorted, `packed` its entries as
/// [`pack`] packs them), as `list.contains(&word)` tells, by the search
/// [`contains_case_aside`] makes, where `contains` compared the word with
/// each entry in turn.
pub(crate) fn contains_packed(list: &[&str], packed: &[u128], word: &str) -> bool {
    let mut bytes = [0u8; 16];
    let Some(key) = bytes.get_mut(..word.len()) else {
        return false;
    };
    key.copy_from_slice(word.as_bytes());
    holds_packed(list, packed, bytes, word.len())
}

/// Whether the word of `len` bytes at the start of `key` (zeros after it)
/// is one of `list`, `packed` its entries.
fn holds_packed(list: &[&str], packed: &[u128], key: [u8; 16], len: usize) -> bool {
    // The length is compared too: a NUL byte would pack as the padding.
    packed
        .binary_search(&u128::from_be_bytes(key))
        .is_ok_and(|at| list[at].len() == len)
}

/// A word of at most sixteen bytes as one integer, its bytes from the
/// highest down and zeros after them: for words with no NUL byte, packed
/// words order as the words do, and are equal when they are.
pub(crate) const fn pack(word: &str) -> u128 {
    let bytes = word.as_bytes();
    assert!(bytes.len() <= 16);
    let mut packed = [0u8; 16];
    let mut i = 0;
    while i < bytes.len() {
        packed[i] = bytes[i];
        i += 1;
    }
    u128::from_be_bytes(packed)
}

/// Every word of `list`, packed by [`pack`].
const fn pack_all<const N: usize>(list: &[&str]) -> [u128; N] {
    let mut packed = [0u128; N];
    let mut i = 0;
    while i < N {
        packed[i] = pack(list[i]);
        i += 1;
    }
    packed
}

/// [`NOT_PLACES`], packed for [`contains_case_aside`] and
/// [`contains_packed`].
pub(crate) const NOT_PLACES_PACKED: [u128; NOT_PLACES.len()] = pack_all(NOT_PLACES);

/// [`NOT_PLACE_STARTS`], packed for [`contains_case_aside`].
pub(crate) const NOT_PLACE_STARTS_PACKED: [u128; NOT_PLACE_STARTS.len()] =
    pack_all(NOT_PLACE_STARTS);

/// Short words a title capitalises and a sentence does not: "Accused Of
/// Covering Up".
#[rustfmt::skip]
pub(crate) const TITLE_SMALL_WORDS: &[&str] = &[
    "And",
    "As",
    "At",
    "By",
    "For",
    "From",
    "In",
    "Is",
    "Of",
    "On",
    "To",
    "Up",
    "With",
];

/// Whether `word` is one of [`TITLE_SMALL_WORDS`]: its words are two to
/// four letters long and capitalised, which rules out most words before
/// any is compared.
pub(crate) fn is_title_small_word(word: &[u8]) -> bool {
    (2..=4).contains(&word.len())
        && word[0].is_ascii_uppercase()
        && TITLE_SMALL_WORDS.iter().any(|w| w.as_bytes() == word)
}

/// Words after a company's name, which the Wall Street Journal sets in
/// capitals at a story's start ("ROGERS COMMUNICATIONS Inc. said"): what
/// follows an all-caps opening is then no sentence after a city.
#[rustfmt::skip]
pub(crate) const COMPANY_WORDS: &[&str] = &[
    "AG",
    "Acquisition",
    "Bancorp",
    "Broadcasting",
    "Co",
    "Communications",
    "Companies",
    "Company",
    "Corp",
    "Corporation",
    "Enterprises",
    "Group",
    "Holdings",
    "Inc",
    "Industries",
    "International",
    "LLC",
    "Ltd",
    "PLC",
    "Partners",
    "Plc",
    "SA",
    "Trust",
];

/// Last words of an outlet's name; a dateline "place" ending in one is the
/// outlet, as Chinese portals write it: "Overseas Network, August 15,".
#[rustfmt::skip]
pub(crate) const OUTLET_WORDS: &[&str] = &[
    "Agency",
    "Daily",
    "Media",
    "Net",
    "Network",
    "News",
    "Online",
    "Radio",
    "Service",
    "TV",
    "Television",
    "Times",
];

/// All-caps words that open a line without being a place: page labels,
/// slugs and acronyms that start sentences ("NATO Secretary-General ...").
/// Compared in upper case.
#[rustfmt::skip]
pub(crate) const NOT_PLACES: &[&str] = &[
    "ADVERTISEMENT",
    "AIDS",
    "ALSO",
    "ANALYSIS",
    "ASEAN",
    "AXIOS",
    "BLOOMBERG",
    "BREAKING",
    "BULLETIN",
    "CAPTION",
    "CLICK",
    "COMMENTARY",
    "CORRECTED",
    "CORRECTION",
    "CREDIT",
    "EDITOR'S",
    "EDITORIAL",
    "EDITORS",
    "EXCLUSIVE",
    "FACTBOX",
    "FIFA",
    "FILE",
    "FLASH",
    "FOLLOW",
    "GALLERY",
    "HAMAS",
    "HOME",
    "INSIGHT",
    "INTERVIEW",
    "LATEST",
    "LIVE",
    "LOG",
    "MORE",
    "NAFTA",
    "NASA",
    "NATO",
    "NEWS",
    "NOTE",
    "OPEC",
    "OPINION",
    "PHOTO",
    "PHOTOS",
    "POLITICO",
    "POLL",
    "PREVIEW",
    "QUIZ",
    "READ",
    "REFILE",
    "RELATED",
    "REPORT",
    "REVIEW",
    "SEARCH",
    "SEE",
    "SHARE",
    "SIGN",
    "SPECIAL",
    "SPONSORED",
    "SUBSCRIBE",
    "TAGS",
    "TOP",
    "TOPICS",
    "UEFA",
    "UNESCO",
    "UNICEF",
    "UPDATE",
    "UPDATED",
    "URGENT",
    "VIDEO",
    "WARNING",
    "WATCH",
    "WRAPUP",
];

/// Words that open a line of page furniture or a sentence, never a
/// dateline's place: "Updated Nov. 20, 2019 -", "On Aug. 15, ...",
/// "Tuesday, Nov. 19, 2019 - 10:48".
/// Compared case aside.
#[rustfmt::skip]
pub(crate) const NOT_PLACE_STARTS: &[&str] = &[
    "about",
    "after",
    "as",
    "at",
    "before",
    "by",
    "copyright",
    "date",
    "edited",
    "first",
    "fri",
    "friday",
    "from",
    "in",
    "last",
    "modified",
    "mon",
    "monday",
    "on",
    "photo",
    "posted",
    "published",
    "sat",
    "saturday",
    "since",
    "source",
    "sunday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "tue",
    "tues",
    "tuesday",
    "until",
    "updated",
    "wed",
    "wednesday",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(t: &[&str]) -> bool {
        t.windows(2).all(|w| w[0] < w[1])
    }

    #[test]
    fn tables_are_sorted() {
        assert!(sorted(STORY_TAGS));
        assert!(sorted(OUTLET_WORDS));
        assert!(sorted(CONNECTORS));
        assert!(sorted(COMPANY_WORDS));
        assert!(sorted(TITLE_SMALL_WORDS));
        assert!(sorted(NOT_PLACES));
        assert!(sorted(NOT_PLACE_STARTS));
    }

    /// Each list looked up case aside is in one case and fits the folded
    /// key, and the searches find what a comparison with each entry does,
    /// case aside or not:
    /// every entry in three cases, with a letter more or less, and words
    /// of no list.
    #[test]
    fn case_aside_search_finds_what_each_comparison_does() {
        let lists: [(&[&str], &[u128], bool); 2] = [
            (NOT_PLACES, &NOT_PLACES_PACKED, true),
            (NOT_PLACE_STARTS, &NOT_PLACE_STARTS_PACKED, false),
        ];
        for (list, packed, upper) in lists {
            let mut words: Vec<String> = vec![
                String::new(),
                "Seoul".into(),
                "WASHINGTON".into(),
                "advertisementsx".into(),
                "ADVERTISEMENTSXYZ".into(),
                "caf\u{e9}".into(),
                "LOG\0".into(),
            ];
            for w in list {
                let case = if upper {
                    w.to_uppercase()
                } else {
                    w.to_lowercase()
                };
                assert_eq!(*w, case, "{w}");
                let mut title = w.to_lowercase();
                title[..1].make_ascii_uppercase();
                words.extend([w.to_uppercase(), w.to_lowercase(), title]);
                words.extend([format!("{w}s"), w[..w.len() - 1].to_string()]);
            }
            for w in &words {
                let each = list.iter().any(|e| e.eq_ignore_ascii_case(w));
                assert_eq!(contains_case_aside(list, packed, w, upper), each, "{w}");
                let exact = list.contains(&w.as_str());
                assert_eq!(contains_packed(list, packed, w), exact, "{w}");
            }
        }
    }

    #[test]
    fn connectors_found_by_length_and_list_as_by_list() {
        let mut words: Vec<String> = CONNECTORS.iter().map(|w| w.to_string()).collect();
        words.extend(CONNECTORS.iter().map(|w| format!("{w}s")));
        words.extend(["", "d", "upons", "said", "officials", "sur"].map(String::from));
        for w in &words {
            assert_eq!(is_connector(w), CONNECTORS.contains(&w.as_str()), "{w}");
        }
    }
}
