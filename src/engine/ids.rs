//! The `ids!` macro: a closed set of things named by the spec's stable machine ids
//! (steps, answer values, verdicts, reasons, warnings, plan steps, number fields).

/// Defines an enum whose variants each carry a stable id: `ALL` and `IDS` in declaration
/// order, `id()`, `from_id()` and `index()` (the position in `ALL`).
macro_rules! ids {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            /// Every variant, in declaration (display) order.
            pub const ALL: [Self; [$($id),+].len()] = [$(Self::$variant),+];

            /// Every variant's id, in the same order as `ALL`.
            pub const IDS: [&'static str; [$($id),+].len()] = [$($id),+];

            /// The stable machine id (form `value`, share code, storage, events).
            pub fn id(self) -> &'static str {
                match self {
                    $(Self::$variant => $id),+
                }
            }

            /// The variant with this id, if there is one.
            pub fn from_id(id: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|v| v.id() == id)
            }

            /// The position in `ALL`.
            pub const fn index(self) -> u8 {
                self as u8
            }
        }
    };
}
pub(crate) use ids;
