//! The crate's per-thread storage: the buffers a stage needs while it
//! reads one story, kept emptied for the next story read on the thread.
//!
//! A story's stages allocated some forty buffers and freed them before
//! `parse` returned, about 3% of the work of the pipeline. Each kind of
//! storage has one slot a thread. It is taken out of its slot, not
//! borrowed, so that a stage entered again while its storage is out (a
//! story parsed from inside a stage, or a panic caught in between) finds
//! the slot empty and allocates as it did before; it is put back only when
//! it is small enough ([`Spare::small`]), so that one huge story does not
//! leave its buffers held by the thread for ever.

use std::cell::Cell;
use std::thread::LocalKey;

/// The most bytes of buffers one kind of storage keeps for the next story:
/// several times what the longest of the real articles needs, so that every
/// story of the corpus reuses its buffers.
pub(crate) const SPARE_BYTES: usize = 1 << 18;

/// The bytes `v` holds room for.
pub(crate) fn bytes<T>(v: &Vec<T>) -> usize {
    v.capacity() * size_of::<T>()
}

/// Empties `v` and makes room for `n` items in it: in a new buffer when
/// its own is too small, as growing it would copy the old contents that
/// are of no use.
pub(crate) fn refill<T>(v: &mut Vec<T>, n: usize) {
    if v.capacity() < n {
        *v = Vec::with_capacity(n);
    } else {
        v.clear();
    }
}

/// Storage kept on a thread between stories.
pub(crate) trait Spare: Sized + 'static {
    /// Its slot on the thread.
    fn slot() -> &'static LocalKey<Cell<Option<Self>>>;
    /// Whether it is small enough to keep.
    fn small(&self) -> bool;
}

/// The storage of kind `T` the last story left on this thread, if any: not
/// emptied, which the caller does as it knows the room it needs.
pub(crate) fn take<T: Spare>() -> Option<T> {
    // `try_with` fails only while the thread is being torn down.
    T::slot().try_with(Cell::take).ok().flatten()
}

/// Keeps `spare` for the next story on this thread when it is small
/// enough; drops it otherwise.
pub(crate) fn give<T: Spare>(spare: T) {
    if spare.small() {
        // Dropped instead when the thread is being torn down.
        let _ = T::slot().try_with(|slot| slot.set(Some(spare)));
    }
}

/// Whether storage of kind `T` is kept on this thread now.
#[cfg(test)]
pub(crate) fn kept<T: Spare>() -> bool {
    T::slot().with(|slot| {
        let spare = slot.take();
        let kept = spare.is_some();
        slot.set(spare);
        kept
    })
}

thread_local! {
    static PEOPLE: Cell<Option<crate::speaker::PeopleSpare>> = const { Cell::new(None) };
}

impl Spare for crate::speaker::PeopleSpare {
    fn slot() -> &'static LocalKey<Cell<Option<Self>>> {
        &PEOPLE
    }
    fn small(&self) -> bool {
        self.fits()
    }
}

/// A slot on the thread for each kind, and its [`Spare`] impl for a kind
/// kept while its own `bytes()` are at most [`SPARE_BYTES`].
macro_rules! kept_while_small {
    ($($slot:ident: $kind:ty,)*) => {
        thread_local! {
            $(static $slot: Cell<Option<$kind>> = const { Cell::new(None) };)*
        }
        $(
            impl Spare for $kind {
                fn slot() -> &'static LocalKey<Cell<Option<Self>>> {
                    &$slot
                }
                fn small(&self) -> bool {
                    self.bytes() <= SPARE_BYTES
                }
            }
        )*
    };
}

kept_while_small! {
    QUOTES: Box<crate::quote::Scratch>,
    LAYOUT: crate::layout::Spare,
    DATES: crate::dates::Spare,
    RELAYS: Box<crate::attribution::Spare>,
    AGENCIES: crate::agency::MentionsSpare,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stories the tests read: the fixtures, and the real articles
    /// when the corpus is at hand.
    fn stories() -> Vec<String> {
        crate::test_stories::stories()
            .into_iter()
            .map(|(_, text)| text)
            .collect()
    }

    /// A story whose buffers are all larger than [`SPARE_BYTES`]: many
    /// lines, a long paragraph of quotes, names and dates.
    fn huge() -> String {
        let mut s = String::from("Talks end\n\n");
        for k in 0..6000 {
            s.push_str(&format!(
                "\"We agree {k},\" Minister Ab{k} said on Monday. "
            ));
        }
        s.push_str("\n\n");
        for k in 0..20000 {
            s.push_str(&format!("Line {k}\n"));
        }
        s
    }

    fn all_kept() -> [bool; 5] {
        [
            kept::<crate::layout::Spare>(),
            kept::<Box<crate::quote::Scratch>>(),
            kept::<crate::dates::Spare>(),
            kept::<crate::speaker::PeopleSpare>(),
            kept::<Box<crate::attribution::Spare>>(),
        ]
    }

    fn summary(text: &str) -> String {
        format!("{:?}", crate::parse(text))
    }

    #[test]
    fn stories_read_in_kept_buffers_read_as_on_a_new_thread() {
        let texts = stories();
        assert!(texts.len() >= 5, "{}", texts.len());
        // Each story on a thread of its own, whose storage is new.
        let fresh: Vec<String> = texts
            .iter()
            .map(|t| {
                let t = t.clone();
                std::thread::spawn(move || summary(&t))
                    .join()
                    .expect("thread")
            })
            .collect();
        // A story too large to keep, then all stories twice on this thread,
        // each in the buffers the one before it left.
        summary(&huge());
        for _ in 0..2 {
            for (t, want) in texts.iter().zip(&fresh) {
                assert_eq!(&summary(t), want);
                // Every story of the length of the real articles leaves its
                // buffers (the people table only a story that names someone
                // a quote needs).
                if t.len() <= 1 << 14 {
                    let [layout, quotes, dates, _, relays] = all_kept();
                    assert!(
                        layout && quotes && dates && relays,
                        "{:?} {}",
                        all_kept(),
                        t.len()
                    );
                }
            }
        }
    }

    #[test]
    fn a_huge_story_leaves_no_buffers() {
        let text = huge();
        let want = std::thread::spawn({
            let text = text.clone();
            move || summary(&text)
        })
        .join()
        .expect("thread");
        summary("Talks end\n\n\"Yes,\" Kim Jong Un said on Monday.\n");
        assert_eq!(all_kept()[..3], [true; 3]);
        assert!(all_kept()[4]);
        assert_eq!(summary(&text), want);
        assert_eq!(all_kept()[..4], [false; 4]);
        // The huge story names no agency: its relay lists stay small.
        assert!(all_kept()[4]);
    }

    #[test]
    fn a_story_of_many_page_pieces_leaves_no_page_lists() {
        // Each line a paragraph holding two of the chrome markers' pieces
        // ("okie" of "cookie"): the page's pieces alone need more than the
        // cap. The layout's search of the page finds them, and its lists
        // hold them.
        let mut text = String::from("Talks end\n\n");
        for k in 0..12000 {
            text.push_str(&format!("Cookie policy {k}: cookie settings.\n\n"));
        }
        let mut pieces = crate::phrases::PageHits::default();
        pieces.find(text.to_ascii_lowercase().as_bytes());
        assert!(pieces.bytes() > SPARE_BYTES);
        let want = std::thread::spawn({
            let text = text.clone();
            move || summary(&text)
        })
        .join()
        .expect("thread");
        summary("Talks end\n\nKCNA said the talks went well.\n");
        assert!(kept::<crate::layout::Spare>());
        assert_eq!(summary(&text), want);
        assert!(!kept::<crate::layout::Spare>());
    }

    #[test]
    fn a_cut_keeps_its_buffers_only_when_asked_or_read_for_quotes() {
        let kept_quotes = kept::<Box<crate::quote::Scratch>>;
        // A story with quotes, whose tokens are cut.
        let texts = stories();
        let (text, layout) = texts
            .iter()
            .map(|t| (t, crate::layout::Layout::new(t)))
            .find(|(t, layout)| {
                crate::quote::cut(t, layout)
                    .map(crate::quote::Cut::keep)
                    .is_some()
            })
            .expect("a story with quotes");
        assert!(kept_quotes());
        // Cut: the buffers are out of their slot, and a cut dropped frees them.
        let cut = crate::quote::cut(text, &layout).expect("quotes");
        assert!(!kept_quotes());
        drop(cut);
        assert!(!kept_quotes());
        // Kept when asked.
        crate::quote::cut(text, &layout).expect("quotes").keep();
        assert!(kept_quotes());
        // And by the quote stage, which reads them.
        let cut = crate::quote::cut(text, &layout);
        assert!(!kept_quotes());
        let relays = crate::attribution::Relays::default();
        let quotes = crate::quote::find(text, crate::agency::Lexicon::builtin(), &relays, cut);
        assert!(!quotes.is_empty());
        assert!(kept_quotes());
    }

    #[test]
    fn a_story_parsed_while_the_buffers_are_out_allocates_its_own() {
        // Taken, not borrowed: a stage entered again finds the slot empty.
        let text = "Talks end\n\n\"Yes,\" Kim Jong Un said on Monday.\n";
        let want = summary(text);
        let outer = take::<Box<crate::quote::Scratch>>();
        assert!(outer.is_some());
        assert_eq!(summary(text), want);
        give(outer.expect("kept"));
        assert!(kept::<Box<crate::quote::Scratch>>());
        assert_eq!(summary(text), want);
    }
}
