//! The typed values of each question (spec §1) and the names of the two number fields:
//! closed sets named by the spec's stable ids, which the steps table and the answers
//! both read.

use crate::engine::ids::ids;

ids! {
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

ids! {
    /// The one constraint to remove first: the tie-break's answer after `both`, and the
    /// spec's `bottleneck*` (see [`Answers::constraint`](crate::engine::Answers::constraint)).
    Constraint {
        /// Time and cost.
        TimeCost = "time-cost",
        /// Reach and growth.
        ReachGrowth = "reach-growth",
    }
}

ids! {
    /// Whether the cost of core processes has been measured.
    ProcessCost {
        /// Measured, in time or money per week.
        Measured = "measured",
        /// Not measured.
        NotMeasured = "not-measured",
    }
}

ids! {
    /// Whether something working at small scale could be amplified by AI.
    Amplify {
        /// Yes.
        Yes = "yes",
        /// No.
        No = "no",
    }
}

ids! {
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

ids! {
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

ids! {
    /// The two optional fields of the numbers step; each id is its input's `name`.
    NumberField {
        /// Hours a week the most expensive repetitive process takes.
        WeeklyHours = "weekly-hours",
        /// Loaded cost of one hour.
        HourlyCost = "hourly-cost",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::steps::Step;

    #[test]
    fn ids_round_trip_and_match_the_spec() {
        for step in Step::ALL {
            assert_eq!(Step::from_id(step.id()), Some(step));
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
}
