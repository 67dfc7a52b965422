//! The first runs of the built-in lexicon's searched forms whose every
//! form goes on with a second run or with a byte that no plain word
//! before a token one byte on can have after its run, and those second
//! runs, for the word index: such a first run before a word that is none
//! of its second runs opens no mention.
//!
//! A run is as in `first_runs.rs`: a word's run of ASCII letters and
//! digits. A paired first run's forms each go on from it with one space
//! and a run that more of the form follows ("Soviet news agency", "North
//! Korea's state media"), so a form that matches there has that run,
//! exactly, where the text's next word starts, and the word's run ends
//! where the form's does. A plain word there that is no second run ends
//! every such match (see `search::Forms::at_tokens`, which so passes over
//! most marked words: "North", "news" before words no form has after
//! them). The runs are those of the forms as `first_runs.rs` lists them,
//! a form that opens with "the " from its second word on. The second run
//! may end its form too ("Pyongyang radio", "Russia Today", "China
//! Daily"): a plain word that is not that run either differs from it, and
//! no form matches, or is a longer word that opens with it
//! ("radioactive"), where the form matches but ends no word and the
//! search passes over the rest of that word; passed over on the tokens'
//! bits, that word is read as any word is, which changes nothing while no
//! first run is a longer spelling of the run (so "NK News" does not pair
//! "NK": "news1" is a first run). Or a form goes on with a byte that is
//! no space, no period and no comma ("People's Daily", "Japan's public
//! broadcaster", "Dong-A Ilbo"): after a plain word whose next token
//! starts one byte on, the byte after the word's run is its final period
//! or the one white-space byte the tokenizer passed over, so no such form
//! matches there either; nor before a period or a comma straight after
//! the word (a sign of its own). A test checks both lists against the
//! lexicon.

/// The first runs whose every form goes on with a second run (which
/// more of the form follows, or which ends it), or with a byte that is no
/// space, no period and no comma, lowercased and sorted.
#[rustfmt::skip]
pub(crate) static PAIRED_FIRST_RUNS: &[&str] = &[
    "african", "ag", "agence", "agencia", "agenzia", "al", "alg", "algemeen", "algeria", "algerie",
    "ana", "argentina", "armenia", "asahi", "asian", "associated", "athens", "australian",
    "austria", "austrian", "azerbaijan", "bahrain", "bakhtar", "baltic", "bangladesh", "belarus",
    "belarusian", "belgian", "brazil", "british", "bulgarian", "cable", "cambodia", "canadian",
    "central", "china", "chinese", "choson", "chosun", "communist", "croatian", "cuba", "czech",
    "daily", "danish", "defence", "defense", "demir", "demiroren", "deutsche", "do", "dogan",
    "dong", "dow", "dutch", "egypt", "egyptian", "emirates", "emirati", "ethiopia", "ethiopian",
    "europa", "finnish", "france", "french", "german", "ghana", "global", "government", "greece",
    "hungarian", "ihlas", "indo", "indonesia", "indonesian", "iran", "iranian", "iraq", "iraqi",
    "islamic", "italian", "itar", "japan", "japanese", "joongang", "jordan", "joson", "kazakhstan",
    "kenya", "keystone", "komsomolskaya", "korea", "korean", "krasnaya", "kuwait", "lao", "laos",
    "latvian", "lebanese", "lebanon", "libya", "libyan", "lithuanian", "maghreb", "magyar",
    "malaysia", "malaysian", "mexico", "middle", "minju", "mongolia", "moroccan", "morocco",
    "myanmar", "national", "nepal", "new", "news", "nigeria", "nodong", "norsk", "north",
    "norwegian", "official", "oman", "pa", "pakistan", "palestine", "palestinian", "people",
    "pertubuhan", "philippine", "philippines", "poland", "polish", "polska", "portuguese", "prensa",
    "press", "pro", "pyongyang", "qatar", "radio", "rashtriya", "rastriya", "renmin", "rfe",
    "ritzaus", "rodong", "russia", "saba", "saudi", "serbian", "slovak", "slovenian", "south",
    "soviet", "spanish", "sudan", "swedish", "swiss", "syria", "syrian", "t", "taiwan", "telegraph",
    "thai", "thomson", "tidningarnas", "trend", "tt", "tunis", "tunisia", "turkey", "turkish",
    "uae", "ukraine", "united", "uzbekistan", "venezuela", "vietnam", "voice", "workers", "yemen",
    "yomiuri",
];

/// The second runs of the forms of [`PAIRED_FIRST_RUNS`], lowercased and
/// sorted.
#[rustfmt::skip]
pub(crate) static SECOND_RUNS: &[&str] = &[
    "24", "african", "afrique", "agencja", "agency", "arab", "arabe", "arabia", "arabiya", "army",
    "associated", "berita", "boliviana", "brasil", "broadcasting", "bureau", "central", "china",
    "chinese", "choson", "communist", "daily", "east", "efe", "france", "free", "giornalistica",
    "global", "government", "ilbo", "iranian", "jazeera", "jones", "joongang", "joson", "kampuchea",
    "korea", "korean", "latina", "liberty", "lusa", "media", "military", "ministry", "national",
    "nazionale", "nederlands", "news", "newspaper", "nk", "of", "official", "palestinian", "party",
    "pravda", "press", "presse", "public", "pyongyang", "radio", "republic", "reuters", "ribao",
    "samachar", "sangbad", "saudi", "shimbun", "shinbo", "shinmun", "sinbo", "sinmun", "soviet",
    "state", "students", "t", "telegrambyr", "telegraph", "times", "today", "trust", "venezolana",
    "welle", "xinhua", "zvezda",
];

/// The second runs that every form of [`PAIRED_FIRST_RUNS`] having them
/// goes on from with a byte that is no space and no period ("korea" of
/// "North Korea's state media", "arabia" of "Saudi Arabia's state news
/// agency"), lowercased and sorted: such a run as a plain word, before a
/// token one byte on, goes on as no form does.
#[rustfmt::skip]
pub(crate) static JOINED_SECOND_RUNS: &[&str] = &[
    "arabia", "korea", "t", "telegrambyr",
];

/// The third runs of the forms of [`PAIRED_FIRST_RUNS`]: the runs after a
/// second run and one space ("agency" of "news agency of Nigeria", "state"
/// of "North Korean state media"), lowercased and sorted. The word index
/// marks them as it marks [`SECOND_RUNS`], so that a plain word one byte on
/// from a second run that is neither opens no form with the two words
/// before it ("North Korean officials", "Chinese state officials"), unless the
/// second run is one of [`ENDING_SECOND_RUNS`].
#[rustfmt::skip]
pub(crate) static THIRD_RUNS: &[&str] = &[
    "agency", "agentur", "america", "and", "asia", "broadcaster", "broadcasting", "cabinet",
    "corporation", "daily", "de", "europe", "government", "international", "italia", "izvestia",
    "korea", "nasional", "network", "news", "newspaper", "newswires", "of", "official", "party",
    "persbureau", "prasowa", "press", "presse", "radio", "samiti", "sangstha", "service", "stampa",
    "state", "system", "television", "tv",
];

/// The second runs of [`SECOND_RUNS`] after which a form of a paired first
/// run may match whatever plain word follows one byte on: a form ends with
/// the run ("China Daily", "Pyongyang radio"), or goes on from it with a
/// period or a comma, or ends with a third run that a first run is a
/// longer spelling of, or that a second run of the second run's own forms,
/// or the second run's forms themselves, may be read into (the first run
/// passed over, the second and third words are read on their own, where
/// a match of the three words that ends no word had passed over them),
/// lowercased and sorted.
#[rustfmt::skip]
pub(crate) static ENDING_SECOND_RUNS: &[&str] = &[
    "24", "arabiya", "associated", "brasil", "bureau", "choson", "daily", "efe", "free",
    "giornalistica", "government", "ilbo", "jazeera", "joson", "latina", "liberty", "lusa", "media",
    "news", "nk", "of", "pravda", "press", "pyongyang", "radio", "reuters", "ribao", "shimbun",
    "shinbo", "shinmun", "sinbo", "sinmun", "telegraph", "times", "today", "welle", "zvezda",
];
