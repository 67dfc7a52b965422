//! The first runs of the built-in lexicon's searched forms whose every
//! form goes on from the run with a space, for the word index: a word of
//! joined runs ("Korea's", "North-South") whose first run is one of them
//! opens no mention at its start.
//!
//! A run is as in `first_runs.rs`: a word's run of ASCII letters and
//! digits. A form that matches at a word's start covers the word's first
//! run and then has what its form has after its own first run; in a word
//! of joined runs that is a joiner (an apostrophe, a hyphen, a period),
//! never a space or other white space, so no form of these runs matches
//! there ("Korea's", "Russia's"; not "China's", which "China's state
//! news agency" opens, nor "North's", which "the North's media" opens
//! from its second word, as `first_runs.rs` lists it, nor "Xinhua", a
//! form of its own that the joiner ends). Such a word is listed for the relays' search only where a
//! form may open after one of its joiners (see `quote::token::joined`). A
//! test checks the list against the lexicon.

/// The runs, lowercased and sorted.
#[rustfmt::skip]
pub(crate) static SPACED_FIRST_RUNS: &[&str] = &[
    "african", "agence", "agencia", "agenzia", "al", "algemeen", "algerie", "asahi", "asian",
    "associated", "australian", "austria", "austrian", "bakhtar", "baltic", "belarusian", "belgian",
    "bloomberg", "british", "bulgarian", "cable", "canadian", "central", "chinese", "choson",
    "chosun", "communist", "croatian", "czech", "daily", "danish", "defence", "defense",
    "demiroren", "deutsche", "dogan", "dow", "dutch", "egyptian", "emirates", "emirati",
    "ethiopian", "europa", "fars", "finnish", "france", "french", "german", "ghana", "global",
    "government", "hungarian", "ihlas", "indonesian", "iranian", "iraqi", "islamic", "italian",
    "japanese", "joongang", "joson", "kenya", "komsomolskaya", "korea", "korean", "krasnaya", "lao",
    "latvian", "lebanese", "libya", "libyan", "lithuanian", "maghreb", "magyar", "malaysian",
    "mehr", "middle", "minju", "moroccan", "myanmar", "national", "new", "news", "nk", "nodong",
    "norsk", "norwegian", "official", "pa", "palestine", "palestinian", "pertubuhan", "philippine",
    "polish", "polska", "portuguese", "prensa", "press", "radio", "rashtriya", "rastriya", "renmin",
    "ritzaus", "rodong", "russia", "saba", "saudi", "serbian", "slovak", "slovenian", "south",
    "soviet", "spanish", "swedish", "swiss", "syrian", "telegraph", "thai", "thomson",
    "tidningarnas", "trend", "tt", "tunis", "turkish", "united", "voice", "yomiuri",
];
