//! Speakers of quotes: cues, names, titles, pronouns.
