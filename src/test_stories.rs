//! The real text unit tests read: the seed pages copied into
//! `tests/fixtures`, and the real articles of `../shared/corpora/real` when
//! the shared corpora sit beside the repository, as they do in CI. A test
//! that compares a fast path with the code it replaces reads these, since
//! made-up text misses the shapes real pages have.

use std::path::{Path, PathBuf};

/// The `.txt` files of `dir` with their text, sorted by path; none when
/// the folder is absent.
fn stories_in(dir: &Path) -> Vec<(PathBuf, String)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("story text");
            (p, text)
        })
        .collect()
}

/// The seed pages, which are always there.
pub(crate) fn fixtures() -> Vec<(PathBuf, String)> {
    let seeds = stories_in(Path::new("tests/fixtures"));
    assert!(
        seeds.len() >= 5,
        "tests/fixtures holds {} pages",
        seeds.len()
    );
    seeds
}

/// Whether the real articles are at hand (`../shared` beside the
/// repository, as in CI). Tests read the seed pages either way; the counts
/// they assert of what they compared (thousands of runs, paragraphs or
/// look-ups) hold only over the corpus, so a fresh clone with nothing
/// beside it still passes `cargo test`.
pub(crate) fn corpus_at_hand() -> bool {
    Path::new(REAL).is_dir()
}

/// Where the real articles are.
const REAL: &str = "../shared/corpora/real";

/// The seed pages, then the real articles when the corpus is at hand.
pub(crate) fn stories() -> Vec<(PathBuf, String)> {
    let mut all = fixtures();
    all.extend(stories_in(Path::new(REAL)));
    all
}
