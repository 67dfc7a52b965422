//! The words that may open a date expression ([`Entry::opens`]), as a list
//! the quote tokenizer's word index marks ([`Class::DATE_OPENER`]), so that
//! the dates' tokens of a quote segment are built from its cut words
//! without looking up in the dates' index the many words that open none
//! (see `token::tokenize_from_cut`).
//!
//! Every word of the dates' index that opens an expression or hedges one,
//! lowercase: a test checks the list is exactly those.
//!
//! [`Entry::opens`]: super::lexicon::Entry::opens
//! [`Class::DATE_OPENER`]: crate::quote::words::Class::DATE_OPENER

#[rustfmt::skip]
pub(crate) static OPENER_WORDS: &[&str] = &[
    "1st", "2nd", "3rd", "4th", "a", "about", "afternoon", "almost", "an", "apr", "april",
    "around", "aug", "august", "autumn", "christmas", "current", "day", "dec", "december",
    "earlier", "early", "eight", "eighteen", "eighth", "eighties", "election", "eleven",
    "evening", "fall", "feb", "february", "fifteen", "fifth", "fifties", "fifty", "first",
    "fiscal", "five", "following", "forties", "forty", "four", "fourteen", "fourth", "friday",
    "halloween", "jan", "january", "jul", "july", "jun", "june", "last", "late", "later",
    "latest", "mar", "march", "may", "mid", "midday", "monday", "morning", "nearly", "next",
    "night", "nine", "nineteen", "nineties", "ninth", "noon", "nov", "november", "oct",
    "october", "one", "past", "previous", "quarter", "same", "saturday", "second", "sep",
    "sept", "september", "seven", "seventeen", "seventh", "seventies", "six", "sixteen",
    "sixth", "sixties", "some", "spring", "summer", "sunday", "ten", "tenth", "thanksgiving",
    "that", "the", "then", "third", "thirteen", "thirties", "thirty", "this", "three",
    "thursday", "today", "tomorrow", "tonight", "tuesday", "twelve", "twenties", "twenty",
    "two", "wednesday", "weekend", "winter", "year", "yesterday",
];

#[cfg(test)]
mod tests {
    use super::super::lexicon::Index;

    /// Every word of the dates' index that opens, and nothing else.
    #[test]
    fn the_list_is_the_index_openers() {
        let listed: Vec<String> = super::OPENER_WORDS.iter().map(|w| w.to_string()).collect();
        assert_eq!(listed, Index::get().opener_words());
    }
}
