//! The relay grammar's words, one entry a line, sorted.

/// Verbs an agency is the subject of when it relays or states something
/// ("KCNA said", "Tass denounced"), each with the cue it is reported as.
/// "quoted" and "cited" are read separately: they may name a second source.
pub(super) const VERBS: &[(&str, &str)] = &[
    ("accused", "accused"),
    ("added", "said"),
    ("adds", "said"),
    ("alleged", "alleged"),
    ("announced", "announced"),
    ("blamed", "blamed"),
    ("broadcast", "broadcast"),
    ("called", "called"),
    ("carried", "carried"),
    ("charged", "charged"),
    ("cited", "cited"),
    ("claimed", "claimed"),
    ("commented", "said"),
    ("condemned", "condemned"),
    ("confirmed", "confirmed"),
    ("contributed", "contributed"),
    ("criticised", "criticised"),
    ("criticized", "criticised"),
    ("denied", "denied"),
    ("denounced", "denounced"),
    ("described", "described"),
    ("dismissed", "dismissed"),
    ("insisted", "said"),
    ("noted", "said"),
    ("published", "published"),
    ("quoted", "quoted"),
    ("quotes", "quoted"),
    ("reported", "reported"),
    ("reports", "reported"),
    ("said", "said"),
    ("says", "said"),
    ("stated", "said"),
    ("urged", "urged"),
    ("warned", "warned"),
    ("wrote", "wrote"),
];

/// Phrases that put the agency after them ("according to KCNA", "citing
/// Yonhap"), each with its cue. Where one ends another ("carried by", "in
/// remarks carried by") the earliest start wins.
pub(super) const BEFORE: &[(&str, &str)] = &[
    ("according to", "according to"),
    ("as carried by", "carried by"),
    ("as reported by", "reported"),
    ("carried by", "carried by"),
    ("cited by", "cited"),
    ("citing", "citing"),
    ("contributed by", "contributed"),
    ("in remarks carried by", "carried by"),
    ("published by", "published"),
    ("quoted by", "quoted"),
    ("quoting", "citing"),
    ("reported by", "reported"),
    ("told", "told"),
    ("via", "via"),
    ("with inputs from", "with inputs from"),
];

/// Words between an agency and its verb that do not end the clause: "KCNA
/// state news agency said", "the official KCNA news agency reported",
/// "Yonhap also reported".
pub(super) const BETWEEN: &[&str] = &[
    "agencies",
    "agency",
    "also",
    "and",
    "broadcaster",
    "channel",
    "commentary",
    "daily",
    "dispatch",
    "earlier",
    "editorial",
    "foreign",
    "friday",
    "had",
    "has",
    "have",
    "later",
    "media",
    "monday",
    "news",
    "newspaper",
    "official",
    "on",
    "other",
    "radio",
    "report",
    "saturday",
    "semi-official",
    "separately",
    "service",
    "state",
    "state-run",
    "statement",
    "sunday",
    "television",
    "thursday",
    "today",
    "tuesday",
    "tv",
    "website",
    "wednesday",
    "wire",
    "yesterday",
];

/// Phrases that name a state's media without naming the state ("state media
/// reported"); the country is read from the text before them.
pub(super) const STATE_MEDIA: &[&str] = &[
    "official media",
    "official news agency",
    "state media",
    "state news agency",
    "state-run media",
    "state-run news agency",
];

/// Names of countries, their capitals and adjectives, as written, with the
/// state agency "state media" means there.
pub(super) const COUNTRIES: &[(&str, &str)] = &[
    ("Beijing", "Xinhua"),
    ("China", "Xinhua"),
    ("Chinese", "Xinhua"),
    ("DPRK", "KCNA"),
    ("Damascus", "SANA"),
    ("Egypt", "Middle East News Agency"),
    ("Egyptian", "Middle East News Agency"),
    ("Hanoi", "Vietnam News Agency"),
    ("Havana", "Prensa Latina"),
    ("Iran", "IRNA"),
    ("Iranian", "IRNA"),
    ("Kremlin", "TASS"),
    ("Moscow", "TASS"),
    ("North Korea", "KCNA"),
    ("North Korean", "KCNA"),
    ("Pyongyang", "KCNA"),
    ("Russia", "TASS"),
    ("Russian", "TASS"),
    ("Saudi", "Saudi Press Agency"),
    ("Soviet", "TASS"),
    ("Syria", "SANA"),
    ("Syrian", "SANA"),
    ("Tehran", "IRNA"),
    ("Vietnam", "Vietnam News Agency"),
    ("Vietnamese", "Vietnam News Agency"),
    ("the North", "KCNA"),
];

/// Phrases that point back to the agency named last ("the news agency
/// said").
pub(super) const ANAPHORA: &[&str] = &[
    "the agency",
    "the news agency",
    "the newspaper",
    "the party daily",
    "the party newspaper",
];

/// The words one of which ends every [`STATE_MEDIA`] and [`ANAPHORA`]
/// phrase: the phrases are read only where these words are (a test checks
/// every phrase ends with one).
///
/// They are found on the quote stage's tokens, where the tokenizer marks
/// each word whose first run of letters and digits is one of them
/// ([`crate::quote::Cut::description_words`]), and by a search of the
/// paragraphs' bytes for a story the quote stage does not cut
/// (`super::description_words_in`). Until round 37 pieces of them ("ncy",
/// "media", "daily", "wspap") were searched for with the other stages'
/// pieces, in the layout's search of the whole page
/// ([`crate::phrases::PageHits`]), which stopped at each of them on every
/// page, menus and footers included.
pub(crate) const DESCRIPTION_WORDS: &[&str] = &["agency", "daily", "media", "newspaper"];
