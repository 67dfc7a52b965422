//! Pushes onto a list that make an empty list's room directly.
//!
//! An empty `Vec`'s first `push` goes through the amortised growth path
//! (`RawVec::grow_one` and `finish_grow`), some 110 instructions with the
//! allocation, of which the allocation itself is some 45. The lists most
//! stories build only a few items of (credits, relays, subjects, markers,
//! dates) are pushed here instead: their first push allocates directly,
//! and every later one is `Vec::push`'s own.

/// Room `Vec`'s growth gives an empty list of items of 2 to 1,024 bytes at
/// its first push: [`push`] gives the same, so a list grows at the same
/// pushes and holds the same memory as with `Vec::push` (a test checks).
pub(crate) const FIRST_PUSH: usize = 4;

/// `list.push(item)`, an empty list's push allocating [`FIRST_PUSH`]
/// places directly rather than through the growth path.
pub(crate) fn push<T>(list: &mut Vec<T>, item: T) {
    push_with_room(list, FIRST_PUSH, item);
}

/// `list.push(item)`, an empty list's push allocating `room` places
/// directly: for a list known to take more than [`FIRST_PUSH`] items when
/// it takes any (see the dates' `FIRST_ROOM`).
pub(crate) fn push_with_room<T>(list: &mut Vec<T>, room: usize, item: T) {
    if list.capacity() == 0 {
        *list = Vec::with_capacity(room);
    }
    list.push(item);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;
    use crate::attribution::Attribution;
    use crate::speaker::Resolved;
    use std::borrow::Cow;

    /// Pushes `items` with [`push`] and with `Vec::push`: the lists hold
    /// the same items and the same room after every push.
    fn grows_as_vec_does<T: Clone + PartialEq + std::fmt::Debug>(items: &[T]) {
        let (mut pushed, mut ours) = (Vec::new(), Vec::new());
        for (k, item) in items.iter().enumerate() {
            pushed.push(item.clone());
            push(&mut ours, item.clone());
            assert_eq!(ours, pushed);
            assert_eq!(ours.capacity(), pushed.capacity(), "after {} items", k + 1);
        }
    }

    /// [`push`] gives each kind of item it is used for the room
    /// `Vec::push` gives, at every push: were `Vec`'s first room for them
    /// to change, the lists would hold other memory than before.
    #[test]
    fn pushes_grow_lists_as_vec_does() {
        let names = [
            "Jack Kim",
            "Ju-min Park",
            "Tony Munroe",
            "Paul Tait",
            "Ed Davies",
        ];
        grows_as_vec_does(&names);
        grows_as_vec_does(&names.map(Cow::Borrowed));
        let spans: Vec<Span> = (0..20).map(|i| Span::new(i, i + 3)).collect();
        grows_as_vec_does(&spans);
        let text = "T\n\nYonhap News Agency quoted KCNA as saying the talks went well.";
        let relays = crate::parse(text).attributions;
        let relays: Vec<Attribution<'_>> = relays.iter().cycle().take(10).cloned().collect();
        assert_eq!(relays.len(), 10);
        grows_as_vec_does(&relays);
        let name = Resolved {
            name: Cow::Borrowed("Kim"),
            span: Span::new(0, 3),
            person: true,
        };
        let subject = (0, name, 3);
        grows_as_vec_does(&vec![subject; 10]);
        // With a room of its own, the first push makes that room.
        let mut dates = Vec::new();
        push_with_room(&mut dates, 16, 1u64);
        assert_eq!((dates.len(), dates.capacity()), (1, 16));
    }
}
