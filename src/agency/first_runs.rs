//! The first words of the built-in lexicon's searched forms, for the
//! word index: a word of the text that is none of them opens no mention.
//!
//! A form's first word here is its run of ASCII letters and digits, as the
//! tokenizer cuts a plain word ("north" of "North Korea's state media",
//! "news1"). A match that ends a word, or that goes on past the word it
//! starts at, covers that word's whole run and the byte after it, which is
//! no letter or digit: so the word's run is the form's first run, and a
//! plain word whose run is not in this list opens no match (see
//! `search::Forms::at_tokens`). Forms that open with another byte ("ČTK")
//! have no run, and the search reads the words they may open at byte by
//! byte.
//!
//! A form that opens with "the " ("the North's media", "the Soviet news
//! agency") is listed from its second word ("north", "soviet"), not by
//! "the": the search reads the "the " back from the word after it
//! (`search::the_before`), where "the", listed, was most of the words
//! the tokenizer listed, nearly all passed over. The lists of
//! `spaced_first_runs.rs` and `second_runs.rs` read such a form so too.
//! A test checks the list against the lexicon.

/// The runs, lowercased and sorted.
#[rustfmt::skip]
pub(crate) static FIRST_RUNS: &[&str] = &[
    "adnkronos", "afp", "african", "ag", "agence", "agencia", "agenzia", "agerpres", "akipress",
    "al", "alg", "algemeen", "algeria", "algerie", "ana", "anadolu", "andina", "ani", "anp", "ansa",
    "antara", "ap", "argentina", "armenia", "armenpress", "asahi", "asian", "associated", "athens",
    "australian", "austria", "austrian", "azerbaijan", "azertac", "azertag", "bahrain", "bakhtar",
    "baltic", "bangladesh", "bbc", "belarus", "belarusian", "belga", "belgian", "belta", "bernama",
    "bloomberg", "brazil", "british", "bulgarian", "cable", "cambodia", "canadian", "cctv",
    "central", "cgtn", "china", "chinese", "choson", "chosun", "cnn", "colprensa", "communist",
    "croatian", "ctk", "cuba", "czech", "daily", "danish", "defence", "defense", "demir",
    "demiroren", "deutsche", "do", "dogan", "dong", "dow", "dpa", "dutch", "efe", "egypt",
    "egyptian", "elta", "emirates", "emirati", "ethiopia", "ethiopian", "europa", "fars", "finnish",
    "france", "french", "german", "ghana", "global", "government", "greece", "haiwainet",
    "hankyoreh", "hina", "hungarian", "ians", "ihlas", "indo", "indonesia", "indonesian",
    "interfax", "interpressnews", "iran", "iranian", "iraq", "iraqi", "irna", "islamic", "isna",
    "italian", "itar", "izvestia", "izvestiya", "japan", "japanese", "jiji", "joongang", "jordan",
    "joson", "kabar", "kazakhstan", "kazinform", "kbs", "kcbs", "kcna", "kctv", "kenya", "keystone",
    "khovar", "kommersant", "komsomolskaya", "korea", "korean", "krasnaya", "kuna", "kuwait",
    "kyodo", "lao", "laos", "latvian", "lebanese", "lebanon", "leta", "libya", "libyan",
    "lithuanian", "lusa", "maghreb", "magyar", "malaysia", "malaysian", "mehr", "mexico", "middle",
    "minju", "moldpres", "mongolia", "montsame", "moroccan", "morocco", "mti", "myanmar",
    "national", "ncna", "nepal", "new", "news", "news1", "newsis", "nhk", "nigeria", "nk", "nodong",
    "norsk", "north", "norwegian", "notimex", "novosti", "ntb", "official", "oman", "pa", "pajhwok",
    "pakistan", "palestine", "palestinian", "people", "pertubuhan", "philippine", "philippines",
    "poland", "polish", "polska", "portuguese", "pravda", "prensa", "press", "pro", "pti",
    "pyongyang", "qatar", "radio", "rashtriya", "rastriya", "regnum", "renmin", "reuter", "reuters",
    "rfa", "rfe", "ria", "ritzau", "ritzaus", "rodong", "ruptly", "russia", "saba", "sana",
    "sanews", "sapa", "saudi", "serbian", "slovak", "slovenian", "south", "soviet", "spanish",
    "sputnik", "stt", "sudan", "suna", "swedish", "swiss", "syria", "syrian", "t", "taiwan",
    "tanjug", "tasnim", "tasr", "tass", "telam", "telegraph", "thai", "thomson", "tidningarnas",
    "trend", "tt", "tunis", "tunisia", "turkey", "turkish", "uae", "ukraine", "ukrinform", "unb",
    "uni", "unian", "united", "upi", "uriminzokkiri", "uza", "uzbekistan", "venezuela", "vietnam",
    "vna", "voa", "voice", "wafa", "workers", "xinhua", "yemen", "yomiuri", "yonhap", "yonhapnews",
    "ytn", "zhongxinshe",
];
