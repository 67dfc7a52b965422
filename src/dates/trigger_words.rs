//! The words the dates' gate looks for beside a paragraph's numbers, as
//! a list the quote tokenizer's word index marks ([`Class::DATE_TRIGGER`]),
//! so that a quote segment's trigger words are listed while it is cut and
//! the gate reads only those (see `gate::may_hold_date_in_words`).
//!
//! Every word of [`List::Trigger`], [`List::YearTrigger`] or
//! [`List::RecallTrigger`], lowercase: a test checks the list is exactly
//! those of the dates' index.
//!
//! [`Class::DATE_TRIGGER`]: crate::quote::words::Class::DATE_TRIGGER
//! [`List::Trigger`]: super::lexicon::List::Trigger
//! [`List::YearTrigger`]: super::lexicon::List::YearTrigger
//! [`List::RecallTrigger`]: super::lexicon::List::RecallTrigger

/// The trigger words of every footing, sorted.
#[rustfmt::skip]
pub(crate) static TRIGGER_WORDS: &[&str] = &[
    "afternoon", "ago", "apr", "april", "aug", "august", "autumn", "christmas",
    "day", "dec", "decade", "december", "earlier", "eighteen", "eighties",
    "election", "evening", "fall", "feb", "february", "fifties", "forties",
    "friday", "half", "halloween", "jan", "january", "jul", "july", "jun",
    "june", "mar", "march", "may", "midday", "monday", "month", "morning",
    "night", "nineteen", "nineties", "noon", "nov", "november", "oct",
    "october", "period", "quarter", "quarters", "saturday", "sep", "sept",
    "september", "seventies", "sixties", "spring", "summer", "sunday",
    "thanksgiving", "then", "thirties", "thousand", "thursday", "today",
    "tomorrow", "tonight", "tuesday", "twenties", "wednesday", "week",
    "weekend", "winter", "year", "yesterday",
];

/// The words of [`List::YearTrigger`], lowercase and sorted: the only
/// triggers of a story with no date of its own before its first date,
/// which the quote tokenizer's word index marks too
/// ([`Class::DATE_YEAR_TRIGGER`]), so that the gate tells whether a
/// segment's marked words hold one from their tokens' bits, with no
/// look-up (see `gate::words_may_hold_date`). A test checks the list is
/// exactly those of the dates' index.
///
/// [`Class::DATE_YEAR_TRIGGER`]: crate::quote::words::Class::DATE_YEAR_TRIGGER
/// [`List::YearTrigger`]: super::lexicon::List::YearTrigger
#[rustfmt::skip]
pub(crate) static YEAR_TRIGGER_WORDS: &[&str] = &[
    "eighteen", "eighties", "fifties", "forties", "nineteen", "nineties", "seventies",
    "sixties", "thirties", "thousand", "twenties",
];

#[cfg(test)]
mod tests {
    use super::super::lexicon::Index;

    /// Every trigger of the dates' index, and nothing else.
    #[test]
    fn the_list_is_the_index_triggers() {
        let listed: Vec<String> = super::TRIGGER_WORDS.iter().map(|w| w.to_string()).collect();
        assert_eq!(listed, Index::get().trigger_words());
    }

    /// Every year trigger of the dates' index, and nothing else.
    #[test]
    fn the_year_list_is_the_index_year_triggers() {
        let listed: Vec<String> = super::YEAR_TRIGGER_WORDS
            .iter()
            .map(|w| w.to_string())
            .collect();
        assert_eq!(listed, Index::get().year_trigger_words());
    }
}
