//! The words the Wasm shows, in one place and as data, so a copy editor can change the
//! wording without touching logic or markup. British English, short and plain. (The
//! load-failure messages `embed.js` shows before the Wasm runs are in `embed.js`.)

use crate::engine::{
    decimal, progress, Baseline, Cause, Choice, CostNumbers, Date, NumberError, NumberField,
    Outcome, PlanStepId, Reason, Session, Step, Verdict, Warning, MAX_HOURLY_COST,
    MAX_WEEKLY_HOURS, QUESTIONS,
};
use crate::state::Notice;

/// The line above the first question.
pub const INTRO: &str =
    "A few short questions, about two minutes. You get a clear starting point for your AI work, the reasons behind it and a dated 90-day plan. Your answers stay in this browser.";

/// Primary button on every step but the last.
pub const NEXT: &str = "Next";
/// Primary button on the last step.
pub const SEE_RESULT: &str = "See my result";
/// Secondary button on every step but the first.
pub const BACK: &str = "Back";
/// Shown when a single-choice step is submitted without an answer.
pub const CHOOSE_ONE: &str = "Choose one answer to continue.";
/// Dismisses a notice.
pub const DISMISS: &str = "Dismiss";

/// Shown in place of the answer cards or the report when the page's security policy
/// refuses the widget's markup (Trusted Types without the widget's policy).
pub const MARKUP_REFUSED: &str =
    "This page's security settings stop the diagnostic from showing this part. The site's owner can fix it; the details are in the browser console.";

/// Stored answers could not be read.
pub const NOTICE_STORED_UNREADABLE: &str =
    "Your saved answers could not be read, so the diagnostic starts afresh.";
/// Stored answers come from a newer version.
pub const NOTICE_STORED_NEWER: &str =
    "Your saved answers come from a newer version of this diagnostic, so it starts afresh.";
/// Storage is unavailable or refused a write.
pub const NOTICE_STORAGE_UNAVAILABLE: &str =
    "This browser is not letting the page save anything, so your answers will be lost if you leave. Everything else works.";
/// A share link could not be read.
pub const NOTICE_SHARE_LINK_BROKEN: &str =
    "The link you followed is incomplete or damaged, so here is the first question instead.";
/// The result on screen comes from a share link.
pub const NOTICE_SHARED_RESULT: &str =
    "You are looking at a result someone shared. Change any answer to make it yours.";

/// What a notice says.
pub fn notice(notice: Notice) -> &'static str {
    match notice {
        Notice::StoredUnreadable => NOTICE_STORED_UNREADABLE,
        Notice::StoredNewer => NOTICE_STORED_NEWER,
        Notice::StorageUnavailable => NOTICE_STORAGE_UNAVAILABLE,
        Notice::ShareLinkBroken => NOTICE_SHARE_LINK_BROKEN,
        Notice::SharedResult => NOTICE_SHARED_RESULT,
    }
}

/// "Step 2 of 5".
pub fn step_counter(position: usize, total: usize) -> String {
    format!("Step {position} of {total}")
}

/// What a screen reader hears when a new step appears.
pub fn announce_step(session: &Session) -> String {
    if session.step == Step::Result {
        return format!("Your result: {}", verdict_headline_for(session));
    }
    let (position, total) = progress(&session.answers, session.step);
    format!(
        "{}: {}",
        step_counter(position, total),
        step_title(session.step)
    )
}

fn verdict_headline_for(session: &Session) -> &'static str {
    crate::engine::evaluate(&session.answers).map_or("", |o| verdict_headline(o.verdict))
}

/// The words of one answer card.
#[derive(Debug)]
pub struct CardWords {
    /// The label beside the input.
    pub label: &'static str,
    /// The line under the label.
    pub description: &'static str,
}

/// The words of one question step.
#[derive(Debug)]
pub struct StepWords {
    /// The question.
    pub title: &'static str,
    /// The help under the question.
    pub help: &'static str,
    /// The step in a few words, for "Your answers".
    pub short: &'static str,
    /// Each card's words, in the order of the step's values.
    pub cards: &'static [CardWords],
}

const TIME_COST: CardWords = CardWords {
    label: "Time and cost",
    description: "Repetitive work eats the team's week and slows everything else.",
};
const REACH_GROWTH: CardWords = CardWords {
    label: "Reach and growth",
    description: "There is time to spare, but it is not turning into enough revenue or reach.",
};

/// The words of every question step, in the order of [`QUESTIONS`].
pub const STEP_WORDS: [StepWords; QUESTIONS.len()] = [
    StepWords {
        title: "What holds your business back most right now?",
        help: "Think of the constraint that costs you most this quarter, not the one that sounds most strategic.",
        short: "Main bottleneck",
        cards: &[
            TIME_COST,
            REACH_GROWTH,
            CardWords {
                label: "Both, equally",
                description: "Both weigh on you and neither clearly wins.",
            },
        ],
    },
    StepWords {
        title: "If you could remove only one in the next 90 days, which would it be?",
        help: "Most companies say both. That usually means the constraints have not been ranked yet, and ranking them is what decides where to start.",
        short: "If only one",
        cards: &[TIME_COST, REACH_GROWTH],
    },
    StepWords {
        title: "Do you know what your core processes cost each week?",
        help: "In hours or money per week. Without that figure, nobody can tell later whether automation helped.",
        short: "Process costs",
        cards: &[
            CardWords {
                label: "Yes, we have measured it",
                description: "We can say roughly what they cost in hours or money per week.",
            },
            CardWords {
                label: "No, not really",
                description: "We know they are expensive, but not by how much.",
            },
        ],
    },
    StepWords {
        title: "Put a number on it (optional)",
        help: "Take your most expensive repetitive process. Both fields are optional; with them, your plan shows the baseline to beat.",
        short: "Your numbers",
        cards: &[],
    },
    StepWords {
        title: "Is something already working that AI could scale up?",
        help: "For example a sales sequence that converts but cannot be personalised at scale, content that works but is slow to produce, or referrals that need manual work.",
        short: "Something to scale",
        cards: &[
            CardWords {
                label: "Yes",
                description: "It works at small scale; the limit is the team's time.",
            },
            CardWords {
                label: "No, not yet",
                description: "Growth would have to be built from scratch.",
            },
        ],
    },
    StepWords {
        title: "Which of these describe you?",
        help: "Tick all that apply, or none.",
        short: "Your situation",
        cards: &[
            CardWords {
                label: "Our operations already run well",
                description: "Core processes are documented, largely automated and competitive on cost and quality.",
            },
            CardWords {
                label: "We are still validating our business model",
                description: "We are still finding out whether the market wants what we sell.",
            },
            CardWords {
                label: "We have a growth project we could measure within 90 days",
                description: "Reply rates, conversions or an A/B test would show results within 60 to 90 days.",
            },
            CardWords {
                label: "Time freed by automation already goes into growth",
                description: "Earlier automation freed hours, and they are already funding a growth initiative.",
            },
            CardWords {
                label: "We plan more than one AI project this quarter",
                description: "Two or more AI initiatives would run side by side.",
            },
        ],
    },
    StepWords {
        title: "Which of these are true today?",
        help: "These are what growth AI leans on. Tick all that apply, or none.",
        short: "Foundations in place",
        cards: &[
            CardWords {
                label: "Our CRM data is consistent",
                description: "Records are complete and kept up to date.",
            },
            CardWords {
                label: "Our follow-up with leads is reliable",
                description: "No lead waits or slips through the cracks.",
            },
            CardWords {
                label: "Someone owns lead qualification",
                description: "One named person decides which leads are worth pursuing.",
            },
        ],
    },
];

/// Whether every card of every step has its words. Checked when the crate compiles
/// (the `const _` below).
const fn words_agree_with_steps() -> bool {
    let mut i = 0;
    while i < QUESTIONS.len() {
        if STEP_WORDS[i].cards.len() != QUESTIONS[i].values.len() {
            return false;
        }
        i += 1;
    }
    true
}
const _: () = assert!(words_agree_with_steps());

/// The result's title, where a step title is expected.
const RESULT_TITLE: &str = "Your result";

/// The words of a question step; `None` for the result.
pub fn step_words(step: Step) -> Option<&'static StepWords> {
    STEP_WORDS.get(usize::from(step.index()))
}

/// The question a step asks.
pub fn step_title(step: Step) -> &'static str {
    step_words(step).map_or(RESULT_TITLE, |w| w.title)
}

/// The helper text under a step's question.
pub fn step_help(step: Step) -> &'static str {
    step_words(step).map_or("", |w| w.help)
}

/// A step named in a few words, for "Your answers".
pub fn step_short(step: Step) -> &'static str {
    step_words(step).map_or(RESULT_TITLE, |w| w.short)
}

/// The words of an answer card.
pub fn card(choice: Choice) -> &'static CardWords {
    const NONE: CardWords = CardWords {
        label: "",
        description: "",
    };
    // Unreachable fallback: a `Choice` names a value its step offers, and the check above
    // gives every such value its words.
    step_words(choice.step())
        .and_then(|w| w.cards.get(choice.index()))
        .unwrap_or(&NONE)
}

/// Label of an optional number field.
pub fn number_label(field: NumberField) -> &'static str {
    match field {
        NumberField::WeeklyHours => "Hours per week",
        NumberField::HourlyCost => "Cost of one hour, fully loaded",
    }
}

/// Hint under an optional number field.
pub fn number_hint(field: NumberField) -> &'static str {
    match field {
        NumberField::WeeklyHours => "Across everyone involved in that process. For example 25.",
        NumberField::HourlyCost => "Salary plus overheads, in your currency. For example 45.",
    }
}

/// Why a number field's text was refused, suggesting the fix for that field.
pub fn number_error(field: NumberField, error: NumberError) -> String {
    match (field, error) {
        (NumberField::WeeklyHours, NumberError::NotANumber) => {
            "Enter a number of hours, such as 12 or 7.5.".to_owned()
        }
        (NumberField::HourlyCost, NumberError::NotANumber) => {
            "Enter an amount, such as 45 or 62.50.".to_owned()
        }
        (NumberField::WeeklyHours, NumberError::Negative) => "Hours cannot be negative.".to_owned(),
        (NumberField::HourlyCost, NumberError::Negative) => "A cost cannot be negative.".to_owned(),
        (NumberField::WeeklyHours, NumberError::TooLarge) => format!(
            "That is more than {} hours a week: please check it.",
            number(MAX_WEEKLY_HOURS)
        ),
        (NumberField::HourlyCost, NumberError::TooLarge) => format!(
            "That is more than {} an hour: please check it.",
            number(MAX_HOURLY_COST)
        ),
    }
}

/// Hundredths as a number for display: thousands separated by commas, at most two
/// decimals.
pub fn number(hundredths: u64) -> String {
    decimal(hundredths, true)
}

/// The numbers step answered, in words, for "Your answers".
pub fn numbers_text(numbers: &CostNumbers) -> String {
    match (numbers.weekly_hours, numbers.hourly_cost) {
        (None, None) => "Not given".to_owned(),
        (Some(h), None) => format!("{} hours a week", number(h.hundredths())),
        (None, Some(c)) => format!("{} an hour", number(c.hundredths())),
        (Some(h), Some(c)) => format!(
            "{} hours a week at {} an hour",
            number(h.hundredths()),
            number(c.hundredths())
        ),
    }
}

/// What "Your answers" shows for a multi-select left empty.
pub const NONE_TICKED: &str = "None of these";

/// Small heading above the verdict.
pub const RESULT_EYEBROW: &str = "Your starting point";

/// The verdict headline.
pub fn verdict_headline(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::OperationsFirst => "Start with operations AI",
        Verdict::GrowthFirst => "Start with growth AI",
        Verdict::ProcessAuditFirst => "Start with a process audit",
    }
}

/// Two or three sentences tailored to what drove the verdict. The first is the
/// one-sentence reason right under the headline; the others open "Why".
pub fn summary(outcome: &Outcome) -> Vec<&'static str> {
    let main = outcome.reasons.first().map(|r| r.id);
    let first = match (outcome.verdict, main) {
        (Verdict::GrowthFirst, Some(Reason::StillValidatingModel)) => "While you are still proving the business model, there is little point polishing processes that may change next month.",
        (Verdict::GrowthFirst, Some(Reason::OperationsAlreadyEfficient)) => "Your operations already run well, so automation has little left to fix; your next gains are on the growth side.",
        (Verdict::GrowthFirst, _) => "Your constraint is reach, and the groundwork growth AI depends on is in place.",
        (Verdict::OperationsFirst, Some(Reason::FoundationGaps)) => "Growth is your constraint, but the process that would handle new demand has gaps, so fixing them is your first AI project.",
        (Verdict::OperationsFirst, _) => "Repetitive work is what slows you down, and you know what it costs: a clear, measurable target for automation.",
        (Verdict::ProcessAuditFirst, _) => "Before choosing any AI tool, find out what your core processes really cost; without that, no project can prove it worked.",
    };
    let second = match outcome.verdict {
        Verdict::GrowthFirst if main == Some(Reason::StillValidatingModel) => "Use AI to shorten the feedback loop: faster outreach, faster content, faster iteration on the product.",
        Verdict::GrowthFirst => "Pick one growth project with a result you can measure, and give it a fair, time-boxed trial.",
        Verdict::OperationsFirst => "A well-run operations project pays back within a quarter and teaches the team how to run AI work.",
        Verdict::ProcessAuditFirst => "A short audit names your most expensive process and gives you the baseline every later project is judged against.",
    };
    let mut sentences = vec![first, second];
    if !outcome.warnings.is_empty() {
        sentences.push("Read the warnings below before you commit a budget.");
    }
    sentences
}

// The result's first screen: what to do this week, right under the verdict.

/// Heading of the plan's first step, shown under the verdict.
pub const FIRST_STEP_HEADING: &str = "Your first step, this week";

/// Before the day the first step should be done by ("Done by Mon 30 Nov 2026").
pub const FIRST_STEP_DUE: &str = "Done by";

/// Heading of the reasons.
pub const WHY_HEADING: &str = "Why";

/// Title of a reason.
pub fn reason_title(reason: Reason) -> &'static str {
    match reason {
        Reason::StillValidatingModel => "You are still validating your business model",
        Reason::OperationsAlreadyEfficient => "Your operations are already efficient",
        Reason::FoundationGaps => "The growth foundations have gaps",
        Reason::UnmeasuredCosts => "Your process costs are not measured",
        Reason::BottleneckReachGrowth => "Reach and growth is your constraint",
        Reason::Amplify => "You have something that works to scale up",
        Reason::FastFeedback => "Your growth project gives fast feedback",
        Reason::BottleneckTimeCost => "Time and cost is your constraint, and you know the numbers",
    }
}

/// Why a reason leads where it does.
pub fn reason_text(reason: Reason) -> &'static str {
    match reason {
        Reason::StillValidatingModel => "Tuning processes for a business model you have not yet confirmed is effort spent too early. AI that speeds up learning from the market pays off sooner.",
        Reason::OperationsAlreadyEfficient => "Starting with operations only pays when there is real operational waste to remove. With documented, largely automated processes, little is left for AI to fix.",
        Reason::FoundationGaps => "Growth AI multiplies whatever process it feeds. Pointed at patchy data, unreliable follow-up or unowned qualification, it creates interest your team cannot convert.",
        Reason::UnmeasuredCosts => "If you cannot say what a process costs now, you cannot show that automating it helped. Measure first, then choose a tool.",
        Reason::BottleneckReachGrowth => "Your people have room in their week, yet it is not turning into the revenue or reach you need, so a focused growth project can justify its extra complexity.",
        Reason::Amplify => "The best growth projects scale something that already works, so AI multiplies output without multiplying the team.",
        Reason::FastFeedback => "Growth projects are usually slow to judge, but one you can measure within 60 to 90 days loses most of that drawback.",
        Reason::BottleneckTimeCost => "Automating costly repetitive work gives a return you can measure within a quarter, frees capacity, and builds the team's skill for harder projects later.",
    }
}

/// The answer behind a finding, in the visitor's terms.
pub fn cause_text(cause: &Cause) -> String {
    match cause {
        Cause::Chose(choice) => format!("You answered: {}", card(*choice).label),
        Cause::LeftUnticked(choice) => format!("Not ticked: {}", card(*choice).label),
    }
}

/// Heading of the warnings.
pub const WARNINGS_HEADING: &str = "Watch out for";

/// Title of a warning.
pub fn warning_title(warning: Warning) -> &'static str {
    match warning {
        Warning::GrowthWithoutFoundation => "Growth without the operational foundation",
        Warning::SavingsNotReinvested => "Savings that never become growth",
        Warning::StartsFromZero => "Starting growth from zero",
        Warning::SlowFeedback => "A long wait for proof",
        Warning::ParallelProjects => "Several projects at once",
        Warning::Contradiction => "Your answers pull in two directions",
        Warning::UnmeasuredCosts => "Costs still unmeasured",
    }
}

/// What a warning means.
pub fn warning_text(warning: Warning) -> &'static str {
    match warning {
        Warning::GrowthWithoutFoundation => "This is the costliest sequencing mistake: the AI works, but the process behind it cannot handle what it produces.",
        Warning::SavingsNotReinvested => "Automation that frees hours only to fill them with backlog delivers its saving but leaves growth where it was.",
        Warning::StartsFromZero => "With nothing already working to amplify, a growth project has to invent its motion as well as scale it, which is much harder.",
        Warning::SlowFeedback => "Growth results usually take 6 to 18 months to measure, against 60 to 90 days for operations work.",
        Warning::ParallelProjects => "Parallel projects split ownership and attention, and when one goes wrong it is hard to tell which.",
        Warning::Contradiction => "Operations that are truly efficient rarely make time and cost the main bottleneck.",
        Warning::UnmeasuredCosts => "Your verdict does not depend on it, but any later operations project will.",
    }
}

/// What to do about a warning.
pub fn warning_action(warning: Warning) -> &'static str {
    match warning {
        Warning::GrowthWithoutFoundation => "What to do: fix the unticked foundations first, or at least in step with the growth project.",
        Warning::SavingsNotReinvested => "What to do: decide now which growth initiative will get the freed hours, and name who owns it.",
        Warning::StartsFromZero => "What to do: keep the first project small and treat it as an experiment with a clear stop rule.",
        Warning::SlowFeedback => "What to do: choose a growth project you can judge within three months, such as reply rates or an A/B test.",
        Warning::ParallelProjects => "What to do: pick one project, finish it, measure it, then start the next.",
        Warning::Contradiction => "What to do: check whether one team or process is the exception, and start there.",
        Warning::UnmeasuredCosts => "What to do: record what your core processes cost per week before your first operations project.",
    }
}

// The operations-versus-growth comparison (facts from the reference article, in the
// project's own words).

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

/// Heading of the comparison.
pub const TABLE_HEADING: &str = "Operations AI and growth AI compared";
/// Caption of the comparison table (read by screen readers).
pub const TABLE_CAPTION: &str = "Operations AI and growth AI across six dimensions";
/// Header of the first column.
pub const TABLE_DIMENSION: &str = "Dimension";
/// Header of the operations column.
pub const OPERATIONS_AI: &str = "Operations AI";
/// Header of the growth column.
pub const GROWTH_AI: &str = "Growth AI";
/// Marks the recommended column.
pub const RECOMMENDED: &str = "Your start";

/// The sentence introducing the comparison.
pub fn table_intro(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::OperationsFirst => "Operations AI improves what you already do; growth AI builds what you could not do before. Your recommended start is highlighted.",
        Verdict::GrowthFirst => "Growth AI is harder to measure and slower to pay back, which is why your reasons above matter. Your recommended start is highlighted.",
        Verdict::ProcessAuditFirst => "The audit prepares you for this choice: once your costs are known, you can weigh these two kinds of project on facts.",
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// A plan date as the visitor reads it: "Tue 24 Nov 2026".
pub fn date(date: Date) -> String {
    // `Date` only holds real dates, so both lookups succeed.
    let month = MONTHS.get(usize::from(date.month()) - 1).unwrap_or(&"");
    let weekday = WEEKDAYS.get(usize::from(date.weekday())).unwrap_or(&"");
    format!("{weekday} {} {month} {}", date.day(), date.year())
}

/// Heading of the plan.
pub const PLAN_HEADING: &str = "Your 90-day plan";
/// The label under a plan step's mark on the timeline, for the steps that have one.
pub fn timeline_label(step: PlanStepId) -> Option<String> {
    match step {
        PlanStepId::DefineSuccess => Some("Today".to_owned()),
        PlanStepId::Checkpoint | PlanStepId::Measure => Some(format!("Day {}", step.day())),
        PlanStepId::OneProject | PlanStepId::IfItWorked | PlanStepId::IfItDidNot => None,
    }
}

/// The cost baseline sentence.
pub fn baseline(baseline: &Baseline) -> String {
    let hours = number(baseline.weekly_hours);
    match (baseline.weekly_cost, baseline.yearly_cost) {
        (Some(week), Some(year)) => format!(
            "Your baseline: {hours} hours a week, about {} a week or {} a year. Measure the project against it at day 90.",
            number(week),
            number(year)
        ),
        _ => format!("Your baseline: {hours} hours a week. Measure the project against it at day 90."),
    }
}

/// Title of a plan step.
pub fn plan_title(verdict: Verdict, step: PlanStepId) -> &'static str {
    match (verdict, step) {
        (_, PlanStepId::DefineSuccess) => "Define success in numbers",
        (Verdict::ProcessAuditFirst, PlanStepId::OneProject) => "Audit your core processes",
        (_, PlanStepId::OneProject) => "Run one project, and only one",
        (_, PlanStepId::Checkpoint) => "Halfway check",
        (_, PlanStepId::Measure) => "Measure honestly",
        (_, PlanStepId::IfItWorked) => "If it worked",
        (_, PlanStepId::IfItDidNot) => "If it did not",
    }
}

/// What a plan step involves.
pub fn plan_text(verdict: Verdict, step: PlanStepId) -> &'static str {
    match (verdict, step) {
        (Verdict::ProcessAuditFirst, PlanStepId::DefineSuccess) => "Decide what the audit must deliver: hours and cost per week for each core process, and a named owner for each.",
        (Verdict::GrowthFirst, PlanStepId::DefineSuccess) => "Write down the metric and the target before you start, such as reply rate, meetings booked or conversion.",
        (_, PlanStepId::DefineSuccess) => "Write down the metric and the target before you start, such as hours saved, errors avoided or cost per unit.",
        (Verdict::ProcessAuditFirst, PlanStepId::OneProject) => "Map how the work really flows, time it, and rank the processes by what they cost.",
        (Verdict::GrowthFirst, PlanStepId::OneProject) => "Scope one growth experiment with one owner. Everything else waits.",
        (_, PlanStepId::OneProject) => "Automate the one expensive bottleneck you named, with one owner. Everything else waits.",
        (_, PlanStepId::Checkpoint) => "Compare early figures with the target. Adjust the scope if needed, not the goal.",
        (_, PlanStepId::Measure) => "Compare the result with the target you set on day one, and write down what you learned.",
        (Verdict::ProcessAuditFirst, PlanStepId::IfItWorked) => "Start your first operations project on the most expensive process, using the audit as its baseline.",
        (Verdict::GrowthFirst, PlanStepId::IfItWorked) => "Scale the experiment, and use what the team learned to choose the next project.",
        (_, PlanStepId::IfItWorked) => "Put the freed capacity to work: a next operations project, or your first growth experiment.",
        (_, PlanStepId::IfItDidNot) => "Treat it as a diagnosis: find the root cause and fix it before spending more.",
    }
}

/// The button that downloads the plan as a calendar file.
pub const ADD_TO_CALENDAR: &str = "Add the plan to your calendar";
/// The name of that file.
pub const CALENDAR_FILE: &str = "ai-90-day-plan.ics";

/// Heading of the answers list.
pub const ANSWERS_HEADING: &str = "Your answers";
/// Button that goes back to change one answer.
pub const CHANGE: &str = "Change";
/// Action: copy a link to this result.
pub const COPY_LINK: &str = "Copy link to this result";
/// Shown once the link is on the clipboard.
pub const LINK_COPIED: &str = "Link copied. It holds only your answers.";
/// Shown when the clipboard refused, above the link to copy by hand.
pub const COPY_FALLBACK: &str = "Your browser did not allow copying. Copy this link instead:";
/// Action: print.
pub const PRINT: &str = "Print";
/// Action: start over.
pub const START_OVER: &str = "Start over";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{decode_share, evaluate, Answer, Answers, Bottleneck, Foundation};

    fn all_cards() -> impl Iterator<Item = Choice> {
        QUESTIONS.iter().flat_map(|spec| Choice::all(spec.step))
    }

    #[test]
    fn every_card_and_step_has_words() {
        for choice in all_cards() {
            let words = card(choice);
            assert!(!words.label.is_empty(), "{choice:?}");
            assert!(words.description.ends_with('.'), "{choice:?}");
        }
        assert_eq!(all_cards().count(), 3 + 2 + 2 + 2 + 5 + 3);
        for spec in &QUESTIONS {
            let step = spec.step;
            assert!(step_title(step).ends_with(['?', ')']), "{step:?}");
            assert!(step_help(step).ends_with('.'), "{step:?}");
            assert!(!step_short(step).is_empty(), "{step:?}");
        }
        assert_eq!(step_title(Step::Result), "Your result");
        assert_eq!(step_help(Step::Result), "");
        for reason in Reason::ALL {
            assert!(!reason_title(reason).is_empty() && !reason_text(reason).is_empty());
        }
        for warning in Warning::ALL {
            assert!(
                !warning_title(warning).is_empty()
                    && warning_action(warning).starts_with("What to do")
            );
        }
        for verdict in Verdict::ALL {
            for step in PlanStepId::ALL {
                assert!(
                    !plan_title(verdict, step).is_empty() && !plan_text(verdict, step).is_empty()
                );
            }
        }
    }

    #[test]
    fn dates_read_in_british_style() {
        let date_of = |y, m, d| Date::new(y, m, d).map(date);
        assert_eq!(date_of(2026, 11, 24).as_deref(), Some("Tue 24 Nov 2026"));
        assert_eq!(date_of(2027, 1, 3).as_deref(), Some("Sun 3 Jan 2027"));
        assert_eq!(date_of(2027, 2, 22).as_deref(), Some("Mon 22 Feb 2027"));
        assert_eq!(date_of(2025, 12, 1).as_deref(), Some("Mon 1 Dec 2025"));
    }

    #[test]
    fn causes_quote_the_card_the_visitor_saw() {
        assert_eq!(
            cause_text(&Cause::Chose(Choice::of(Bottleneck::Both))),
            "You answered: Both, equally"
        );
        assert_eq!(
            cause_text(&Cause::LeftUnticked(Choice::of(Foundation::CrmConsistent))),
            "Not ticked: Our CRM data is consistent"
        );
    }

    #[test]
    fn number_errors_name_the_field_and_its_limit() {
        assert!(number_error(NumberField::WeeklyHours, NumberError::NotANumber).contains("hours"));
        assert!(number_error(NumberField::HourlyCost, NumberError::NotANumber).contains("amount"));
        assert!(number_error(NumberField::WeeklyHours, NumberError::TooLarge).contains("10,000"));
        assert!(number_error(NumberField::HourlyCost, NumberError::TooLarge).contains("1,000,000"));
    }

    #[test]
    fn every_outcome_gets_a_summary_of_two_or_three_sentences() {
        let mut seen = 0;
        for code in ["1t-m", "1t-n-", "1r-m", "1r-n-"] {
            for amplify in ["y", "n"] {
                for s in 0..32u8 {
                    for f in 0..8u8 {
                        let numbers = if code.ends_with('m') { "x" } else { "" };
                        let digits = b"0123456789abcdefghijklmnopqrstuv";
                        let code = format!(
                            "{code}{numbers}{amplify}{}{f}",
                            char::from(digits[usize::from(s)])
                        );
                        let answers =
                            decode_share(&code).unwrap_or_else(|e| panic!("{code}: {e:?}"));
                        let outcome = evaluate(&answers).unwrap_or_else(|| panic!("{code}"));
                        let sentences = summary(&outcome);
                        assert!((2..=3).contains(&sentences.len()), "{code}");
                        assert_eq!(sentences.len() == 3, !outcome.warnings.is_empty(), "{code}");
                        assert!(sentences.iter().all(|s| s.ends_with('.')));
                        seen += 1;
                    }
                }
            }
        }
        assert_eq!(seen, 4 * 2 * 32 * 8);
        assert!(Answers::default()
            .with(Answer::one(Bottleneck::Both))
            .constraint()
            .is_none());
    }

    #[test]
    fn the_writing_is_british_and_finished() {
        let mut texts: Vec<String> = vec![INTRO.into(), NOTICE_STORAGE_UNAVAILABLE.into()];
        for reason in Reason::ALL {
            texts.push(reason_text(reason).into());
        }
        for warning in Warning::ALL {
            texts.extend([warning_text(warning).into(), warning_action(warning).into()]);
        }
        for words in &STEP_WORDS {
            texts.extend([words.title.into(), words.help.into()]);
            texts.extend(words.cards.iter().map(|c| c.description.into()));
        }
        for text in &texts {
            for american in [
                "optimiz", "organiz", "color", "program ", "analyz", "behavior", "center", "TODO",
            ] {
                assert!(!text.contains(american), "{american:?} in {text:?}");
            }
        }
    }
}
