//! The second words of the built-in lexicon's searched forms that open
//! with "the", for the word index: "the" before a word that is none of
//! them opens no mention.
//!
//! Every such form goes on from "the" with one space and a run of ASCII
//! letters and digits that more of the form follows ("the North's media",
//! "the official Xinhua news agency"), so a form that matches at "the"
//! has that run, exactly, where the text's next word starts, and the
//! word's run ends where the form's does. A plain word there that is none
//! of these runs ends every such match (see `search::Forms::at_tokens`,
//! which passes over "the", most marked words in running text, on the
//! next word's class). A test checks the list against the lexicon.

/// The runs, lowercased and sorted.
#[rustfmt::skip]
pub(crate) static AFTER_THE: &[&str] = &[
    "associated", "austrian", "belgian", "british", "chinese", "communist", "czech", "danish",
    "defence", "defense", "dutch", "emirati", "french", "german", "government", "hungarian",
    "italian", "north", "official", "palestinian", "philippines", "polish", "portuguese", "pro",
    "serbian", "soviet", "spanish", "swedish", "swiss", "syrian", "uae", "workers",
];
