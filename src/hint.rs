//! Hints to the compiler about which way a branch goes.

/// Marks the branch that calls it as seldom taken, as `std::hint::cold_path`
/// does (stable only after the crate's oldest supported Rust): a call to a
/// `#[cold]` function weighs the branch that makes it as unlikely, and an
/// empty one inlines to nothing.
#[cold]
#[inline]
pub(crate) fn cold() {}
