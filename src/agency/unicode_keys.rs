//! The look-up keys of the built-in table's forms that the compiler cannot
//! make (`lowered::Lowered::surface` is `None` for them): forms with a
//! letter whose lowercase Unicode's rules give ("ČTK", "İhlas"), or that
//! end in a byte that is not ASCII ("Norsk Telegrambyrå"). Each key is what
//! `lookup_key` makes of its form, which a test checks; a table form left
//! out of this list stops the build of the built-in surface map
//! (`surface::BUILTIN_SURFACE`) with a message naming it.

/// Each such form, as the table writes it, with its look-up key.
pub(super) const UNICODE_KEYS: &[(&str, &str)] = &[
    ("Anadolu Ajansı", "anadolu ajansı"),
    ("ČTK", "čtk"),
    ("Doğan News Agency", "doğan news agency"),
    ("İhlas News Agency", "i\u{307}hlas news agency"),
    ("Norsk Telegrambyrå", "norsk telegrambyrå"),
    ("Tidningarnas Telegrambyrå", "tidningarnas telegrambyrå"),
];
