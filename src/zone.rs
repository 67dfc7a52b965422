//! Time zone abbreviations and their UTC offsets.
