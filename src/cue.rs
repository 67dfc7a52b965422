//! The speech-cue verb lexicon: said, added, told, quoted ... as saying.
