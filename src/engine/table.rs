//! The operations-versus-growth comparison, as data (facts from the reference article,
//! in the project's own words).

/// One dimension of the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ComparisonRow {
    /// What is compared.
    pub dimension: &'static str,
    /// How operations AI fares.
    pub operations: &'static str,
    /// How growth AI fares.
    pub growth: &'static str,
}

/// The six dimensions, in the article's order.
pub const COMPARISON: [ComparisonRow; 6] = [
    ComparisonRow {
        dimension: "Time to a measurable result",
        operations: "60 to 90 days",
        growth: "6 to 18 months",
    },
    ComparisonRow {
        dimension: "How easy it is to measure",
        operations: "High: hours saved, fewer errors and a lower cost per unit are easy to count",
        growth: "Lower: results hinge on how the market responds, and credit is hard to assign",
    },
    ComparisonRow {
        dimension: "Risk if it does not work",
        operations: "Lower: the old process comes back and the spend is capped",
        growth: "Higher: lost opportunities, bad timing and a weaker market position",
    },
    ComparisonRow {
        dimension: "Skills it needs",
        operations: "Knowing the process, configuring tools, a clear owner",
        growth: "Data science, product sense, market experiments",
    },
    ComparisonRow {
        dimension: "How ready the organisation must be",
        operations: "Moderately: processes written down and someone in charge of each",
        growth: "Very: reliable data, a habit of experimenting, patient leadership",
    },
    ComparisonRow {
        dimension: "Compound effect",
        operations: "Releases time and money that later growth work can use",
        growth: "Draws on the capacity and infrastructure operations work builds",
    },
];
