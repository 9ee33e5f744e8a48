//! The 90-day plan, with real calendar dates counted from a day the caller passes in
//! (the engine has no clock, so every plan is reproducible in tests).

use crate::engine::baseline::Baseline;
use crate::engine::ids::ids;
use crate::engine::rules::{Outcome, Verdict};

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// A date used only if the browser's clock is unusable: the plan still renders.
    pub const FALLBACK: Date = Date {
        year: 2026,
        month: 1,
        day: 1,
    };

    /// The date, if it exists (years 1 to 9999).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(Date { year, month, day })
    }

    /// Year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// Month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// Day of the month, 1 to 31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of `to_days` (Hinnant's `civil_from_days`).
    fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `days` later (or earlier, when negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    /// Day of the week, 0 = Monday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.to_days() + 3).rem_euclid(7) as u8
    }

    /// "2026-11-24", for `<time datetime>`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

ids! {
    /// A step of the 90-day plan.
    PlanStepId {
        /// Define success in measurable terms before starting.
        DefineSuccess = "define-success",
        /// Run one project only.
        OneProject = "one-project",
        /// A halfway check.
        Checkpoint = "checkpoint",
        /// Measure honestly at day 90.
        Measure = "measure",
        /// What to do next if it worked.
        IfItWorked = "if-it-worked",
        /// What to do next if it did not.
        IfItDidNot = "if-it-did-not",
    }
}

impl PlanStepId {
    /// The day the step starts, counted from day 0 (today).
    pub fn day(self) -> i64 {
        match self {
            PlanStepId::DefineSuccess => 0,
            PlanStepId::OneProject => 7,
            PlanStepId::Checkpoint => 45,
            PlanStepId::Measure => 90,
            PlanStepId::IfItWorked | PlanStepId::IfItDidNot => 91,
        }
    }
}

/// One dated step of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanStep {
    /// Which step.
    pub id: PlanStepId,
    /// When it starts.
    pub start: Date,
}

/// The 90-day plan for a verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The verdict the plan serves (the wording of each step depends on it).
    pub verdict: Verdict,
    /// The steps, in order.
    pub steps: Vec<PlanStep>,
    /// The cost baseline to measure against, when known.
    pub baseline: Option<Baseline>,
}

/// The plan for `outcome`, dated from `today`.
pub fn plan(outcome: &Outcome, today: Date) -> Plan {
    Plan {
        verdict: outcome.verdict,
        steps: PlanStepId::ALL
            .into_iter()
            .map(|id| PlanStep {
                id,
                start: today.add_days(id.day()),
            })
            .collect(),
        baseline: outcome.baseline,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A date written in a test, which must exist: falling back to another date would let
    /// a check compare that other date with itself.
    fn date(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap_or_else(|| panic!("{y}-{m}-{d} is not a date"))
    }

    #[test]
    fn only_real_dates_exist() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2026, 2, 29).is_none());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2026, 13, 1).is_none());
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::new(0, 1, 1).is_none());
    }

    #[test]
    fn adding_days_crosses_months_years_and_leap_days() {
        assert_eq!(date(2026, 11, 24).add_days(90), date(2027, 2, 22));
        assert_eq!(date(2024, 2, 28).add_days(1), date(2024, 2, 29));
        assert_eq!(date(2023, 12, 31).add_days(1), date(2024, 1, 1));
        assert_eq!(date(2024, 3, 1).add_days(-1), date(2024, 2, 29));
        assert_eq!(date(1970, 1, 1).to_days(), 0);
        for days in [-800_000, -1, 0, 1, 59, 365, 10_000, 2_000_000] {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
        // The last day of a 400-year era and the days around century years, where the
        // leap-year corrections of the conversion apply, with their day numbers as
        // Python's `(date(y, m, d) - date(1970, 1, 1)).days` gives them.
        for (y, m, d, days) in [
            (2000, 2, 29, 11_016),
            (2000, 3, 1, 11_017),
            (1600, 2, 29, -135_081),
            (2400, 2, 29, 157_113),
            (1900, 2, 28, -25_509),
            (1900, 3, 1, -25_508),
            (2100, 2, 28, 47_540),
            (2100, 3, 1, 47_541),
            (1999, 12, 31, 10_956),
        ] {
            assert_eq!(date(y, m, d).to_days(), days, "{y}-{m}-{d}");
            assert_eq!(Date::from_days(days), date(y, m, d), "{y}-{m}-{d}");
        }
        assert_eq!(date(2100, 2, 28).add_days(1), date(2100, 3, 1));
        assert_eq!(date(2000, 2, 28).add_days(2), date(2000, 3, 1));
    }

    #[test]
    fn dates_know_their_parts_and_weekday() {
        let d = date(2026, 11, 24);
        assert_eq!((d.year(), d.month(), d.day()), (2026, 11, 24));
        assert_eq!(d.weekday(), 1, "a Tuesday");
        assert_eq!(date(2027, 2, 22).weekday(), 0, "a Monday");
        assert_eq!(date(1970, 1, 4).weekday(), 6, "a Sunday");
        assert_eq!(d.iso(), "2026-11-24");
        assert_eq!(date(987, 3, 5).iso(), "0987-03-05");
    }
}
