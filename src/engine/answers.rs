//! The visitor's answers: one type per question, with the spec's stable machine values.

use crate::engine::numbers::{Hours, Money};

/// Defines a closed set of answer values with their stable ids (spec §1).
macro_rules! values {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: [Self; [$($id),+].len()] = [$(Self::$variant),+];

            /// Every value's id, in display order (the same order as `ALL`).
            pub const IDS: [&'static str; [$($id),+].len()] = [$($id),+];

            /// The stable machine value (form `value`, share code, events).
            pub fn id(self) -> &'static str {
                match self {
                    $(Self::$variant => $id),+
                }
            }

            /// The value with this id, if there is one.
            pub fn from_id(id: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|v| v.id() == id)
            }
        }
    };
}
pub(crate) use values;

values! {
    /// Every question, by its form `name`.
    Question {
        /// Main business bottleneck.
        Bottleneck = "bottleneck",
        /// Only after `both`: which constraint to remove first.
        BottleneckTiebreak = "bottleneck-tiebreak",
        /// Whether core process costs are measured.
        ProcessCost = "process-cost",
        /// Optional: hours a week of the most expensive repetitive process.
        WeeklyHours = "weekly-hours",
        /// Optional: loaded cost of one hour.
        HourlyCost = "hourly-cost",
        /// Whether something already works that AI could amplify.
        Amplify = "amplify",
        /// Which situations apply (multi-select).
        Situation = "situation",
        /// Which foundations are in place (multi-select).
        Foundation = "foundation",
    }
}

values! {
    /// Main business bottleneck right now.
    Bottleneck {
        /// Time and cost: repetitive work slows everything down.
        TimeCost = "time-cost",
        /// Reach and growth: capacity that does not turn into revenue.
        ReachGrowth = "reach-growth",
        /// Both: the constraints are not ranked yet.
        Both = "both",
    }
}

values! {
    /// The one constraint to remove in the next 90 days, asked after `both`.
    Tiebreak {
        /// Time and cost.
        TimeCost = "time-cost",
        /// Reach and growth.
        ReachGrowth = "reach-growth",
    }
}

values! {
    /// Whether the cost of core processes has been measured.
    ProcessCost {
        /// Measured, in time or money per week.
        Measured = "measured",
        /// Not measured.
        NotMeasured = "not-measured",
    }
}

values! {
    /// Whether something working at small scale could be amplified by AI.
    Amplify {
        /// Yes.
        Yes = "yes",
        /// No.
        No = "no",
    }
}

values! {
    /// Situations that change the usual sequence (multi-select; none is valid).
    Situation {
        /// Scenario A: operations documented, largely automated, competitive.
        OpsEfficient = "ops-efficient",
        /// Scenario B: still validating product–market fit.
        ValidatingModel = "validating-model",
        /// Scenario C: a growth project measurable within 60–90 days.
        FastFeedback = "fast-feedback",
        /// Capacity freed by earlier automation already funds a growth initiative.
        CapacityReinvested = "capacity-reinvested",
        /// More than one AI project planned this quarter.
        SeveralProjects = "several-projects",
    }
}

values! {
    /// Operational foundations growth AI relies on (multi-select; none is valid).
    Foundation {
        /// CRM data is consistent.
        CrmConsistent = "crm-consistent",
        /// Follow-up is reliable.
        FollowupReliable = "followup-reliable",
        /// Someone owns lead qualification.
        QualificationOwned = "qualification-owned",
    }
}

/// Defines a small copyable set of one answer type, stored as bits in `ALL` order.
macro_rules! set {
    ($(#[$doc:meta])* $name:ident of $item:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $name(u8);

        impl $name {
            /// The empty set ("none of these").
            pub fn empty() -> Self {
                Self(0)
            }

            fn bit(value: $item) -> u8 {
                1 << (value as u8)
            }

            /// Whether `value` is in the set.
            pub fn contains(self, value: $item) -> bool {
                self.0 & Self::bit(value) != 0
            }

            /// The set with `value` added.
            pub fn with(self, value: $item) -> Self {
                Self(self.0 | Self::bit(value))
            }

            /// Adds `value`.
            pub fn insert(&mut self, value: $item) {
                self.0 |= Self::bit(value);
            }

            /// The values in the set, in `ALL` order.
            pub fn iter(self) -> impl Iterator<Item = $item> {
                $item::ALL.into_iter().filter(move |v| self.contains(*v))
            }

            /// The set as bits (bit `i` = `ALL[i]`), for the share code.
            pub fn bits(self) -> u8 {
                self.0
            }

            /// The set from bits; `None` if a bit names no value.
            pub fn from_bits(bits: u8) -> Option<Self> {
                let all = (1u16 << $item::ALL.len()) - 1;
                (u16::from(bits) & !all == 0).then_some(Self(bits))
            }
        }

        impl FromIterator<$item> for $name {
            fn from_iter<I: IntoIterator<Item = $item>>(iter: I) -> Self {
                iter.into_iter().fold(Self::empty(), Self::with)
            }
        }
    };
}

set! {
    /// The situations the visitor ticked.
    Situations of Situation
}

set! {
    /// The foundations the visitor ticked.
    Foundations of Foundation
}

impl Foundations {
    /// The foundations not ticked: the gaps growth AI would amplify.
    pub fn gaps(self) -> impl Iterator<Item = Foundation> {
        Foundation::ALL
            .into_iter()
            .filter(move |v| !self.contains(*v))
    }
}

/// The two optional numbers asked after `measured`; both may be left empty.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CostNumbers {
    /// Hours a week the most expensive repetitive process takes.
    pub weekly_hours: Option<Hours>,
    /// Loaded cost of one hour, in the visitor's currency.
    pub hourly_cost: Option<Money>,
}

/// Everything the visitor has answered so far; `None` means not answered yet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answers {
    /// Main bottleneck.
    pub bottleneck: Option<Bottleneck>,
    /// The tie-break, only on the path after `Bottleneck::Both`.
    pub tiebreak: Option<Tiebreak>,
    /// Whether process costs are measured.
    pub process_cost: Option<ProcessCost>,
    /// The numbers step, only on the path after `ProcessCost::Measured`; `None` until
    /// that step is submitted (even with both numbers empty).
    pub cost_numbers: Option<CostNumbers>,
    /// Something to amplify.
    pub amplify: Option<Amplify>,
    /// Situations; `Some(empty)` is the answer "none of these".
    pub situation: Option<Situations>,
    /// Foundations; `Some(empty)` is the answer "none of these".
    pub foundation: Option<Foundations>,
}

impl Answers {
    /// `bottleneck*` in the spec: the bottleneck, or the tie-break when it was `both`.
    pub fn effective_bottleneck(&self) -> Option<Tiebreak> {
        match self.bottleneck? {
            Bottleneck::TimeCost => Some(Tiebreak::TimeCost),
            Bottleneck::ReachGrowth => Some(Tiebreak::ReachGrowth),
            Bottleneck::Both => self.tiebreak,
        }
    }

    /// Whether a situation was ticked.
    pub fn has(&self, situation: Situation) -> bool {
        self.situation.is_some_and(|s| s.contains(situation))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_the_spec() {
        for q in Question::ALL {
            assert_eq!(Question::from_id(q.id()), Some(q));
        }
        assert_eq!(
            Situation::ALL.map(Situation::id),
            [
                "ops-efficient",
                "validating-model",
                "fast-feedback",
                "capacity-reinvested",
                "several-projects"
            ]
        );
        assert_eq!(
            Foundation::ALL.map(Foundation::id),
            ["crm-consistent", "followup-reliable", "qualification-owned"]
        );
        assert_eq!(Bottleneck::from_id("nope"), None);
    }

    #[test]
    fn sets_hold_exactly_what_was_ticked() {
        let set: Foundations = [Foundation::CrmConsistent, Foundation::QualificationOwned]
            .into_iter()
            .collect();
        assert!(set.contains(Foundation::CrmConsistent));
        assert!(!set.contains(Foundation::FollowupReliable));
        assert_eq!(
            set.gaps().collect::<Vec<_>>(),
            vec![Foundation::FollowupReliable]
        );
        assert_eq!(Foundations::from_bits(set.bits()), Some(set));
        assert_eq!(Foundations::from_bits(0b1000), None);
        assert_eq!(
            Situations::from_bits(0b1_1111).map(|s| s.iter().count()),
            Some(5)
        );
        assert_eq!(Situations::from_bits(0b10_0000), None);
    }

    #[test]
    fn the_effective_bottleneck_follows_the_tiebreak_only_after_both() {
        let mut answers = Answers {
            bottleneck: Some(Bottleneck::Both),
            ..Answers::default()
        };
        assert_eq!(answers.effective_bottleneck(), None);
        answers.tiebreak = Some(Tiebreak::ReachGrowth);
        assert_eq!(answers.effective_bottleneck(), Some(Tiebreak::ReachGrowth));
        answers.bottleneck = Some(Bottleneck::TimeCost);
        assert_eq!(answers.effective_bottleneck(), Some(Tiebreak::TimeCost));
    }
}
