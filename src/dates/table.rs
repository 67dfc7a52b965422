//! Lexicons for date expressions: one entry a line, each table sorted by its
//! (lowercase) key so lookups are binary searches.

/// How a month name may be written, which decides how much context it needs
/// before it is read as a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MonthForm {
    /// A full name that is nothing else in running text: "January".
    Full,
    /// A full name that is also a common word ("May", "March"): needs a
    /// day, a year or a temporal preposition beside it.
    Ambiguous,
    /// A short form ("Aug", "Sept"): needs a following period or number.
    Abbreviation,
}

/// Month names and their short forms, with the month's number.
pub(crate) const MONTHS: &[(&str, (u8, MonthForm))] = &[
    ("apr", (4, MonthForm::Abbreviation)),
    ("april", (4, MonthForm::Full)),
    ("aug", (8, MonthForm::Abbreviation)),
    ("august", (8, MonthForm::Full)),
    ("dec", (12, MonthForm::Abbreviation)),
    ("december", (12, MonthForm::Full)),
    ("feb", (2, MonthForm::Abbreviation)),
    ("february", (2, MonthForm::Full)),
    ("jan", (1, MonthForm::Abbreviation)),
    ("january", (1, MonthForm::Full)),
    ("jul", (7, MonthForm::Abbreviation)),
    ("july", (7, MonthForm::Full)),
    ("jun", (6, MonthForm::Abbreviation)),
    ("june", (6, MonthForm::Full)),
    ("mar", (3, MonthForm::Abbreviation)),
    ("march", (3, MonthForm::Ambiguous)),
    ("may", (5, MonthForm::Ambiguous)),
    ("nov", (11, MonthForm::Abbreviation)),
    ("november", (11, MonthForm::Full)),
    ("oct", (10, MonthForm::Abbreviation)),
    ("october", (10, MonthForm::Full)),
    ("sep", (9, MonthForm::Abbreviation)),
    ("sept", (9, MonthForm::Abbreviation)),
    ("september", (9, MonthForm::Full)),
];

/// Weekday names, numbered from Monday = 0.
pub(crate) const WEEKDAYS: &[(&str, u8)] = &[
    ("friday", 4),
    ("monday", 0),
    ("saturday", 5),
    ("sunday", 6),
    ("thursday", 3),
    ("tuesday", 1),
    ("wednesday", 2),
];

/// Small counts written as words, as in "two days ago".
pub(crate) const COUNTS: &[(&str, u16)] = &[
    ("a", 1),
    ("an", 1),
    ("eight", 8),
    ("eighteen", 18),
    ("eleven", 11),
    ("fifteen", 15),
    ("fifty", 50),
    ("five", 5),
    ("forty", 40),
    ("four", 4),
    ("fourteen", 14),
    ("nine", 9),
    ("nineteen", 19),
    ("one", 1),
    ("seven", 7),
    ("seventeen", 17),
    ("six", 6),
    ("sixteen", 16),
    ("ten", 10),
    ("thirteen", 13),
    ("thirty", 30),
    ("three", 3),
    ("twelve", 12),
    ("twenty", 20),
    ("two", 2),
];

/// Ordinal words: the first four can number a quarter or a half of a year,
/// any can count the days of an event ("the eighth day").
pub(crate) const ORDINALS: &[(&str, u8)] = &[
    ("1st", 1),
    ("2nd", 2),
    ("3rd", 3),
    ("4th", 4),
    ("eighth", 8),
    ("fifth", 5),
    ("first", 1),
    ("fourth", 4),
    ("ninth", 9),
    ("second", 2),
    ("seventh", 7),
    ("sixth", 6),
    ("tenth", 10),
    ("third", 3),
];

/// How a holiday's day is reckoned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// A fixed month and day.
    Fixed(u8, u8),
    /// The fourth Thursday of November.
    Thanksgiving,
    /// The United States' Election Day: the Tuesday after the first Monday
    /// of November. Only with "Day": "the election" is no date.
    Election,
}

/// Holidays, by name.
pub(crate) const HOLIDAYS: &[(&str, Holiday)] = &[
    ("christmas", Holiday::Fixed(12, 25)),
    ("election", Holiday::Election),
    ("halloween", Holiday::Fixed(10, 31)),
    ("thanksgiving", Holiday::Thanksgiving),
];

/// Stems of the tens words, "twent(y)" to "ninet(y)", "twent(ies)" to
/// "ninet(ies)", with their digit.
pub(crate) const TENS_STEMS: &[(&str, u8)] = &[
    ("eight", 8),
    ("fift", 5),
    ("fort", 4),
    ("ninet", 9),
    ("sevent", 7),
    ("sixt", 6),
    ("thirt", 3),
    ("twent", 2),
];

/// Seasons, by their TimeML codes' order: spring, summer, fall, winter.
pub(crate) const SEASONS: &[(&str, u8)] = &[
    ("autumn", 2),
    ("fall", 2),
    ("spring", 0),
    ("summer", 1),
    ("winter", 3),
];

/// Parts of a day: morning, afternoon, evening, night.
pub(crate) const PARTS_OF_DAY: &[(&str, u8)] = &[
    ("afternoon", 1),
    ("evening", 2),
    ("morning", 0),
    ("night", 3),
];

/// Words before an expression that set it in the future: "will visit on
/// Monday", "is scheduled to open in April".
pub(crate) const FUTURE_CUES: &[&str] = &[
    "can",
    "coming",
    "could",
    "due",
    "effective",
    "expected",
    "expects",
    "expire",
    "expires",
    "going",
    "hopes",
    "intends",
    "ll",
    "might",
    "must",
    "next",
    "payable",
    "plan",
    "planned",
    "planning",
    "plans",
    "scheduled",
    "shall",
    "should",
    "soon",
    "upcoming",
    "will",
    "would",
];

/// Words before an expression that set it in the past (besides verbs in
/// "-ed"): "said on Thursday", "was in April".
pub(crate) const PAST_CUES: &[&str] = &[
    "ago", "began", "bought", "brought", "built", "came", "chose", "did", "drew", "fell", "fought",
    "found", "gave", "got", "grew", "had", "held", "kept", "knew", "last", "led", "left", "lost",
    "made", "met", "paid", "ran", "rose", "said", "sank", "saw", "sent", "shot", "since", "sold",
    "sought", "spent", "spoke", "stood", "struck", "swore", "taught", "thought", "threw", "told",
    "took", "was", "went", "were", "won", "wrote",
];

/// Words that, just before a bare four-digit number, make it a year: "in
/// 2011", "since 1987", "fiscal 1989".
pub(crate) const YEAR_CUES: &[&str] = &[
    "after", "and", "around", "before", "between", "by", "calendar", "during", "early", "end",
    "fiscal", "from", "in", "late", "mid", "of", "since", "the", "until", "year",
];

/// Words that, just before a month name, make it a month even when the name
/// is also a common word ("in May", "last March").
pub(crate) const MONTH_CUES: &[&str] = &[
    "after", "before", "by", "during", "early", "from", "in", "last", "late", "mid", "next", "of",
    "since", "this", "until",
];

/// Time zone abbreviations that may follow a clock time.
pub(crate) const ZONES: &[&str] = &[
    "bst", "cdt", "cet", "cst", "edt", "est", "gmt", "mdt", "mst", "pdt", "pst", "utc",
];

/// Verbs that, before "to", arrange something to come: "is to resume
/// trading", "set to meet".
pub(crate) const ARRANGEMENTS: &[&str] = &["am", "are", "is", "set"];

/// Words of a clock time between a deadline and its day: "until 9 a.m.
/// Tuesday".
pub(crate) const CLOCK_WORDS: &[&str] = &["a", "am", "m", "noon", "p", "pm"];

/// Verbs of intent that, after a date, set it in the future: "On Tuesday,
/// the league plans to hold a news conference".
pub(crate) const PLAN_VERBS: &[&str] = &["expects", "hopes", "intends", "plans"];

/// Prepositions that make a bare "noon" a time of day: "at noon".
pub(crate) const CLOCK_FRAMES: &[&str] = &["after", "around", "at", "before", "by", "until"];

/// Words before "the day" that make it the story's day.
pub(crate) const DAY_FRAMES: &[&str] = &[
    "during", "end", "ended", "ending", "finish", "finished", "for",
];

/// Determiners that, before a four-digit number and a noun, make it a year:
/// "a 1996 law", "its 1990 invasion", "the company's 1989 results" (the "s").
pub(crate) const DETERMINERS: &[&str] = &[
    "a", "an", "her", "his", "its", "our", "s", "that", "their", "this",
];

/// Auxiliaries that, before "be", make a participle future: "will be held".
pub(crate) const FUTURE_AUXILIARIES: &[&str] = &["ll", "shall", "will", "would"];

/// Modal verbs: the only future cues that count after a date.
pub(crate) const MODALS: &[&str] = &[
    "can", "could", "ll", "might", "must", "shall", "should", "will", "would",
];

/// Words before an expression that narrow or hedge it without changing its
/// value: "early next year", "late yesterday", "mid-1990s".
pub(crate) const MODIFIERS: &[&str] = &[
    "about", "almost", "around", "earlier", "early", "fiscal", "late", "later", "mid", "nearly",
    "some", "the",
];

/// Words that set a plan in the past: "had been due to expire Friday".
pub(crate) const PERFECT_CUES: &[&str] = &["had", "previously"];

/// Prepositions that make a bare season name a date: "over the summer".
pub(crate) const SEASON_FRAMES: &[&str] = &["during", "in", "of", "over", "since", "until"];

/// Labels of a page's publication stamp: "Updated: August 15, 2019".
pub(crate) const STAMP_LABELS: &[&str] = &["date", "modified", "posted", "published", "updated"];

/// Words that, right after a bare four-digit number, make it a year: "1990 and
/// 1991", "1987 to 1989".
pub(crate) const YEAR_FOLLOWERS: &[&str] = &["and", "as", "or", "through", "to", "when"];

/// Prepositions before "the year" that make it the story's year: "for the year".
pub(crate) const YEAR_FRAMES: &[&str] = &["by", "during", "for", "in", "of", "through"];

/// Words between "the" and "year" that keep it the story's year.
pub(crate) const YEAR_QUALIFIERS: &[&str] = &["current", "fiscal", "full", "whole"];

/// Prepositions of a deadline, future only right before the date: "by
/// Friday" (but "held by Apple on Friday" is not).
pub(crate) const DEADLINES: &[&str] = &["by", "until"];

/// Words that open an expression besides those with a value in the tables
/// above (months, weekdays, counts, ...): each is tried by `Scan::words`,
/// and a word in neither is skipped at once, so a new word tried there must
/// be added here. Each carries its own [`Opener`], so that `Scan::words`
/// picks its pattern by one match on the word's entry rather than by
/// comparing the word's letters with each of these in turn.
pub(crate) const OPENERS: &[(&str, Opener)] = &[
    ("current", Opener::Current),
    ("day", Opener::Day),
    ("following", Opener::Following),
    ("last", Opener::Last),
    ("latest", Opener::Latest),
    ("midday", Opener::Midday),
    ("next", Opener::Next),
    ("noon", Opener::Noon),
    ("past", Opener::Past),
    ("previous", Opener::Previous),
    ("quarter", Opener::Quarter),
    ("same", Opener::Same),
    ("that", Opener::That),
    ("then", Opener::Then),
    ("this", Opener::This),
    ("today", Opener::Today),
    ("tomorrow", Opener::Tomorrow),
    ("tonight", Opener::Tonight),
    ("weekend", Opener::Weekend),
    ("year", Opener::Year),
    ("yesterday", Opener::Yesterday),
];

/// An opening word of [`OPENERS`], by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Opener {
    Current,
    Day,
    Following,
    Last,
    Latest,
    Midday,
    Next,
    Noon,
    Past,
    Previous,
    Quarter,
    Same,
    That,
    Then,
    This,
    Today,
    Tomorrow,
    Tonight,
    Weekend,
    Year,
    Yesterday,
}

/// Words that an expression written without digits cannot do without,
/// besides the names in the valued tables (months, weekdays, holidays,
/// seasons, parts of the day, "the nineties"): a paragraph with no digit and
/// none of these nor those names holds no expression, and `gate.rs` skips
/// it untokenized. Each is a word some path of `Scan::words` requires:
///
/// - a count opens only "two thousand", "nineteen ninety", "two days ago",
///   "a year earlier";
/// - an ordinal, "this", "last", "next", "past", "that", "same",
///   "following" and "previous" need a unit after them ("the first
///   quarter", "last week", "that day", "the next morning");
/// - the rest open an expression themselves ("today", "until then", "at
///   noon", "the latest period").
///
/// A new word that a pattern requires, in a paragraph with no other
/// trigger, must be added here (the gate's tests compare gated and ungated
/// output on random text drawn from all the tables).
pub(crate) const TRIGGERS: &[&str] = &[
    "ago",
    "day",
    "decade",
    "earlier",
    "eighteen",
    "half",
    "midday",
    "month",
    "nineteen",
    "noon",
    "period",
    "quarter",
    "quarters",
    "then",
    "thousand",
    "today",
    "tomorrow",
    "tonight",
    "week",
    "weekend",
    "year",
    "yesterday",
];

/// The words of a spelled year ("nineteen ninety", "two thousand"): with
/// the decades ("the nineties"), the only words without which a paragraph
/// with no digit holds no expression, in a story with no date of its own
/// before any date is named. Every other path of `Scan::words` needs the
/// story's date, or a date or quarter named earlier, to resolve what it
/// reads (see `gate.rs`).
pub(crate) const YEAR_TRIGGERS: &[&str] = &["eighteen", "nineteen", "thousand"];

/// The units an anaphor refers back with ("that day", "the following
/// year", "the same month", "until then"): with the spelled years, the
/// decades, the weekdays ("the previous Friday") and the parts of the day
/// ("the next morning"), the only words without which a paragraph with no
/// year in digits holds no expression, in a story with no date of its own
/// once a day, month or year is named. Every other path of `Scan::words`
/// needs the story's date, or a quarter reported, to resolve what it reads
/// (see `gate.rs`).
pub(crate) const RECALL_TRIGGERS: &[&str] = &["day", "month", "then", "year"];

/// The words right before a recall trigger other than a year's word that
/// refer back with it: "that day", "the same month", "the following year",
/// "the previous Friday", "the next morning", "the this coming morning",
/// "the day before", "until then", "by then". Without one the trigger
/// takes part in no expression of a story with no date of its own (see
/// `gate.rs`).
pub(crate) const RECALL_REFERRERS: &[&str] = &[
    "by",
    "coming",
    "following",
    "next",
    "previous",
    "same",
    "that",
    "the",
    "until",
];

/// The words right before "day" or a part of the day ("morning", "night")
/// that read it as a unit: "that day", "the same day", "the following
/// morning", "the previous day", "the next day", "the this coming
/// morning", "last night", "this morning", "this past night". In a dated
/// story such a word, with "the" before "day" in a few frames and an
/// ordinal ("the eighth day"), is what the unit takes part with, when no
/// other trigger is near (see `gate.rs`).
pub(crate) const UNIT_REFERRERS: &[&str] = &[
    "coming",
    "following",
    "last",
    "next",
    "past",
    "previous",
    "same",
    "that",
    "this",
];

/// Find `key` (any case) in a table sorted by lowercase key: the reference
/// the lexicon index is tested against.
#[cfg(test)]
pub(crate) fn lookup<T: Copy>(table: &[(&'static str, T)], key: &str) -> Option<T> {
    table
        .binary_search_by(|(k, _)| cmp_lower(k, key))
        .ok()
        .map(|i| table[i].1)
}

/// Whether `key` (any case) is in a sorted list of lowercase words.
#[cfg(test)]
pub(crate) fn contains(list: &[&str], key: &str) -> bool {
    list.binary_search_by(|k| cmp_lower(k, key)).is_ok()
}

/// Compare a lowercase table key with a word of any case, without allocating.
#[cfg(test)]
fn cmp_lower(key: &str, word: &str) -> core::cmp::Ordering {
    key.bytes()
        .cmp(word.bytes().map(|b| b.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(keys: impl Iterator<Item = &'static str>) -> bool {
        let v: Vec<_> = keys.collect();
        v.windows(2).all(|w| w[0] < w[1])
    }

    #[test]
    fn tables_are_sorted() {
        assert!(sorted(MONTHS.iter().map(|e| e.0)));
        assert!(sorted(WEEKDAYS.iter().map(|e| e.0)));
        assert!(sorted(COUNTS.iter().map(|e| e.0)));
        assert!(sorted(ORDINALS.iter().map(|e| e.0)));
        assert!(sorted(SEASONS.iter().map(|e| e.0)));
        assert!(sorted(HOLIDAYS.iter().map(|e| e.0)));
        assert!(sorted(TENS_STEMS.iter().map(|e| e.0)));
        assert!(sorted(PARTS_OF_DAY.iter().map(|e| e.0)));
        assert!(sorted(FUTURE_CUES.iter().copied()));
        assert!(sorted(PAST_CUES.iter().copied()));
        assert!(sorted(ARRANGEMENTS.iter().copied()));
        assert!(sorted(CLOCK_WORDS.iter().copied()));
        assert!(sorted(PLAN_VERBS.iter().copied()));
        assert!(sorted(YEAR_CUES.iter().copied()));
        assert!(sorted(MONTH_CUES.iter().copied()));
        assert!(sorted(ZONES.iter().copied()));
        assert!(sorted(DEADLINES.iter().copied()));
        assert!(sorted(CLOCK_FRAMES.iter().copied()));
        assert!(sorted(DAY_FRAMES.iter().copied()));
        assert!(sorted(DETERMINERS.iter().copied()));
        assert!(sorted(FUTURE_AUXILIARIES.iter().copied()));
        assert!(sorted(MODALS.iter().copied()));
        assert!(sorted(MODIFIERS.iter().copied()));
        assert!(sorted(PERFECT_CUES.iter().copied()));
        assert!(sorted(SEASON_FRAMES.iter().copied()));
        assert!(sorted(STAMP_LABELS.iter().copied()));
        assert!(sorted(YEAR_FOLLOWERS.iter().copied()));
        assert!(sorted(YEAR_FRAMES.iter().copied()));
        assert!(sorted(YEAR_QUALIFIERS.iter().copied()));
        assert!(sorted(OPENERS.iter().map(|e| e.0)));
        assert!(sorted(RECALL_TRIGGERS.iter().copied()));
        assert!(sorted(RECALL_REFERRERS.iter().copied()));
        assert!(sorted(UNIT_REFERRERS.iter().copied()));
    }

    #[test]
    fn lookups_ignore_case() {
        assert_eq!(lookup(MONTHS, "Sept").map(|m| m.0), Some(9));
        assert_eq!(lookup(WEEKDAYS, "THURSDAY"), Some(3));
        assert!(contains(FUTURE_CUES, "Will"));
        assert!(!contains(FUTURE_CUES, "was"));
        assert_eq!(lookup(COUNTS, "zero"), None);
    }
}
