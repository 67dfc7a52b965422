//! The first runs of the built-in lexicon's searched forms whose every
//! form goes on with a second run, and those second runs, for the word
//! index: such a first run before a word that is none of its second runs
//! opens no mention.
//!
//! A run is as in `first_runs.rs`: a word's run of ASCII letters and
//! digits. A paired first run's forms each go on from it with one space
//! and a run that more of the form follows ("the North's media", "North
//! Korea's state media"), so a form that matches there has that run,
//! exactly, where the text's next word starts, and the word's run ends
//! where the form's does. A plain word there that is no second run ends
//! every such match (see `search::Forms::at_tokens`, which so passes over
//! most marked words: "the", "North", "news" before words no form has
//! after them). A test checks both lists against the lexicon.

/// The first runs whose every form goes on with a second run, lowercased
/// and sorted.
#[rustfmt::skip]
pub(crate) static PAIRED_FIRST_RUNS: &[&str] = &[
    "african", "agence", "agenzia", "algemeen", "algerie", "asian", "australian", "austria",
    "bakhtar", "baltic", "belarusian", "british", "bulgarian", "cable", "central", "chinese",
    "croatian", "czech", "demiroren", "dogan", "dow", "egyptian", "emirates", "ethiopian",
    "finnish", "ghana", "hungarian", "ihlas", "indonesian", "iranian", "iraqi", "islamic",
    "japanese", "kenya", "korea", "korean", "lao", "latvian", "lebanese", "libya", "libyan",
    "lithuanian", "maghreb", "magyar", "malaysian", "middle", "moroccan", "myanmar", "national",
    "new", "news", "norsk", "north", "norwegian", "palestine", "palestinian", "pertubuhan",
    "philippine", "polish", "polska", "press", "rashtriya", "rastriya", "saba", "saudi", "slovak",
    "slovenian", "south", "swiss", "syrian", "telegraph", "thai", "the", "tidningarnas", "trend",
    "tt", "tunis", "turkish", "united", "voice",
];

/// The second runs of the forms of [`PAIRED_FIRST_RUNS`], lowercased and
/// sorted.
#[rustfmt::skip]
pub(crate) static SECOND_RUNS: &[&str] = &[
    "african", "afrique", "agencja", "agency", "arab", "arabe", "arabia", "associated", "austrian",
    "belgian", "berita", "british", "broadcasting", "central", "china", "chinese", "communist",
    "czech", "danish", "defence", "defense", "dutch", "east", "emirati", "france", "french",
    "german", "giornalistica", "government", "hungarian", "italian", "jones", "joongang",
    "kampuchea", "korea", "korean", "national", "nazionale", "nederlands", "news", "north", "of",
    "official", "palestinian", "philippines", "polish", "portuguese", "press", "presse", "pro",
    "public", "republic", "samachar", "serbian", "soviet", "spanish", "state", "students",
    "swedish", "swiss", "syrian", "t", "telegrambyr", "telegraph", "trust", "uae", "workers",
];
