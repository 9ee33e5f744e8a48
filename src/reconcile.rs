//! How a list of children on the page becomes the children of a new screen: which to keep
//! (and change), which to drop and where to insert new ones. Pure, so the rule is tested
//! natively; `ui::patch` applies it to the DOM.
//!
//! A screen changes by one part at a time (a hint or an error comes or goes), so a child
//! that came or went is told apart from one that changed by looking one child ahead: the
//! children after it keep their identity (a Next button the visitor is on stays the same
//! element).

/// One step of turning the old children into the new, in document order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The old child at this index stays, changed into the new child at that index.
    Keep(usize, usize),
    /// The old child at this index goes.
    Drop(usize),
    /// The new child at this index is inserted before the old child at the second (the
    /// next one kept or dropped), or at the end.
    Insert(usize, Option<usize>),
}

/// The changes that turn `old` children into `new` ones, where `same(o, n)` says whether
/// old child `o` can be kept as new child `n`.
pub fn reconcile(old: usize, new: usize, same: impl Fn(usize, usize) -> bool) -> Vec<Change> {
    let (mut o, mut n) = (0, 0);
    let mut changes = Vec::with_capacity(old.max(new));
    while n < new {
        if o < old && same(o, n) {
            changes.push(Change::Keep(o, n));
            o += 1;
            n += 1;
        } else if o + 1 < old && same(o + 1, n) {
            changes.push(Change::Drop(o));
            o += 1;
        } else {
            changes.push(Change::Insert(n, (o < old).then_some(o)));
            n += 1;
        }
    }
    changes.extend((o..old).map(Change::Drop));
    changes
}

// Native only: the property tests' crate is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// A child on the "page": an old one by its index, or a new one inserted.
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Child {
        Old(usize),
        New(usize),
    }

    /// Applies `changes` to `old` as `ui::patch` does, checking each is in order and
    /// keeps only a child that is the same; returns the children left, as their keys, and
    /// which old ones were kept.
    fn apply(old: &[u8], new: &[u8], changes: &[Change]) -> (Vec<u8>, Vec<usize>) {
        let mut page: Vec<Child> = (0..old.len()).map(Child::Old).collect();
        let mut kept = Vec::new();
        let mut next_old = 0;
        for change in changes {
            match *change {
                Change::Keep(o, n) => {
                    assert_eq!(o, next_old, "kept out of order: {changes:?}");
                    assert_eq!(old[o], new[n], "kept a different child: {changes:?}");
                    let at = page.iter().position(|c| *c == Child::Old(o));
                    page[at.expect("a kept child on the page")] = Child::New(n);
                    kept.push(o);
                    next_old += 1;
                }
                Change::Drop(o) => {
                    assert_eq!(o, next_old, "dropped out of order: {changes:?}");
                    page.retain(|c| *c != Child::Old(o));
                    next_old += 1;
                }
                Change::Insert(n, before) => {
                    let at = match before {
                        Some(o) => page.iter().position(|c| *c == Child::Old(o)),
                        None => Some(page.len()),
                    };
                    page.insert(
                        at.expect("inserted before a child on the page"),
                        Child::New(n),
                    );
                }
            }
        }
        assert_eq!(next_old, old.len(), "an old child was left: {changes:?}");
        let keys = page
            .iter()
            .map(|c| match *c {
                Child::New(n) => new[n],
                Child::Old(o) => panic!("old child {o} left on the page: {changes:?}"),
            })
            .collect();
        (keys, kept)
    }

    fn run(old: &[u8], new: &[u8]) -> (Vec<u8>, Vec<usize>) {
        let changes = reconcile(old.len(), new.len(), |o, n| old[o] == new[n]);
        apply(old, new, &changes)
    }

    #[test]
    fn a_child_that_went_leaves_the_ones_after_it_in_place() {
        // The hint before Next went: Next is kept.
        let (result, kept) = run(b"hBN", b"BN");
        assert_eq!(result, b"BN");
        assert_eq!(kept, [1, 2]);
    }

    #[test]
    fn a_child_that_came_leaves_the_ones_after_it_in_place() {
        let (result, kept) = run(b"BN", b"hBN");
        assert_eq!(result, b"hBN");
        assert_eq!(kept, [0, 1]);
    }

    #[test]
    fn a_child_of_another_kind_replaces_the_one_in_its_place() {
        // A step's form gives way to the result, between the notices and the end.
        assert_eq!(
            reconcile(3, 3, |o, n| o == n && o < 2),
            [
                Change::Keep(0, 0),
                Change::Keep(1, 1),
                Change::Insert(2, Some(2)),
                Change::Drop(2)
            ]
        );
        let (result, kept) = run(b"nafx", b"nagx");
        assert_eq!(result, b"nagx");
        assert_eq!(kept, [0, 1, 3]);
    }

    #[test]
    fn empty_lists() {
        assert_eq!(run(b"", b"ab").0, b"ab");
        assert_eq!(run(b"ab", b"").0, b"");
        assert!(reconcile(0, 0, |_, _| true).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn the_result_is_always_the_new_children(
            old in proptest::collection::vec(0u8..4, 0..8),
            new in proptest::collection::vec(0u8..4, 0..8),
        ) {
            proptest::prop_assert_eq!(run(&old, &new).0, new);
        }

        #[test]
        fn one_child_coming_or_going_keeps_every_other(
            old in proptest::collection::vec(0u8..4, 1..8),
            at in 0usize..9,
        ) {
            // One went: every other old child is kept.
            let mut fewer = old.clone();
            fewer.remove(at % old.len());
            let (_, kept) = run(&old, &fewer);
            proptest::prop_assert_eq!(kept.len(), fewer.len());
            // One came, of a kind not among the others: every old child is kept.
            let mut more = old.clone();
            more.insert(at % (old.len() + 1), 4);
            let (_, kept) = run(&old, &more);
            proptest::prop_assert_eq!(kept, (0..old.len()).collect::<Vec<_>>());
        }
    }
}
