//! Every word the widget shows, in one place and as data, so a copy editor can change
//! the wording without touching logic or markup. British English, short and plain.

use crate::engine::{
    decimal, progress, Baseline, Cause, CostNumbers, Outcome, PlanStepId, Question, Reason,
    Session, Step, Verdict, Warning,
};

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

/// The question a step asks.
pub fn step_title(step: Step) -> &'static str {
    match step {
        Step::Bottleneck => "What holds your business back most right now?",
        Step::BottleneckTiebreak => {
            "If you could remove only one in the next 90 days, which would it be?"
        }
        Step::ProcessCost => "Do you know what your core processes cost each week?",
        Step::CostNumbers => "Put a number on it (optional)",
        Step::Amplify => "Is something already working that AI could scale up?",
        Step::Situation => "Which of these describe you?",
        Step::Foundation => "Which of these are true today?",
        Step::Result => "Your result",
    }
}

/// The helper text under a step's question.
pub fn step_help(step: Step) -> &'static str {
    match step {
        Step::Bottleneck => "Think of the constraint that costs you most this quarter, not the one that sounds most strategic.",
        Step::BottleneckTiebreak => "Most companies say both. That usually means the constraints have not been ranked yet, and ranking them is what decides where to start.",
        Step::ProcessCost => "In hours or money per week. Without that figure, nobody can tell later whether automation helped.",
        Step::CostNumbers => "Take your most expensive repetitive process. Both fields are optional; with them, your plan shows the baseline to beat.",
        Step::Amplify => "For example a sales sequence that converts but cannot be personalised at scale, content that works but is slow to produce, or referrals that need manual work.",
        Step::Situation => "Tick all that apply, or none.",
        Step::Foundation => "These are what growth AI leans on. Tick all that apply, or none.",
        Step::Result => "",
    }
}

/// A step named in a few words, for "Your answers".
pub fn step_short(step: Step) -> &'static str {
    match step {
        Step::Bottleneck => "Main bottleneck",
        Step::BottleneckTiebreak => "If only one",
        Step::ProcessCost => "Process costs",
        Step::CostNumbers => "Your numbers",
        Step::Amplify => "Something to scale",
        Step::Situation => "Your situation",
        Step::Foundation => "Foundations in place",
        Step::Result => "Result",
    }
}

/// The label of a choice card.
pub fn choice_label(question: Question, value: &str) -> &'static str {
    match (question, value) {
        (Question::Bottleneck | Question::BottleneckTiebreak, "time-cost") => "Time and cost",
        (Question::Bottleneck | Question::BottleneckTiebreak, "reach-growth") => "Reach and growth",
        (Question::Bottleneck, "both") => "Both, equally",
        (Question::ProcessCost, "measured") => "Yes, we have measured it",
        (Question::ProcessCost, "not-measured") => "No, not really",
        (Question::Amplify, "yes") => "Yes",
        (Question::Amplify, "no") => "No, not yet",
        (Question::Situation, "ops-efficient") => "Our operations already run well",
        (Question::Situation, "validating-model") => "We are still validating our business model",
        (Question::Situation, "fast-feedback") => {
            "We have a growth project we could measure within 90 days"
        }
        (Question::Situation, "capacity-reinvested") => {
            "Time freed by automation already goes into growth"
        }
        (Question::Situation, "several-projects") => {
            "We plan more than one AI project this quarter"
        }
        (Question::Foundation, "crm-consistent") => "Our CRM data is consistent",
        (Question::Foundation, "followup-reliable") => "Our follow-up with leads is reliable",
        (Question::Foundation, "qualification-owned") => "Someone owns lead qualification",
        _ => "",
    }
}

/// The line under a choice card's label.
pub fn choice_description(question: Question, value: &str) -> &'static str {
    match (question, value) {
        (Question::Bottleneck | Question::BottleneckTiebreak, "time-cost") => {
            "Repetitive work eats the team's week and slows everything else."
        }
        (Question::Bottleneck | Question::BottleneckTiebreak, "reach-growth") => {
            "There is time to spare, but it is not turning into enough revenue or reach."
        }
        (Question::Bottleneck, "both") => "Both weigh on you and neither clearly wins.",
        (Question::ProcessCost, "measured") => {
            "We can say roughly what they cost in hours or money per week."
        }
        (Question::ProcessCost, "not-measured") => {
            "We know they are expensive, but not by how much."
        }
        (Question::Amplify, "yes") => "It works at small scale; the limit is the team's time.",
        (Question::Amplify, "no") => "Growth would have to be built from scratch.",
        (Question::Situation, "ops-efficient") => {
            "Core processes are documented, largely automated and competitive on cost and quality."
        }
        (Question::Situation, "validating-model") => {
            "We are still finding out whether the market wants what we sell."
        }
        (Question::Situation, "fast-feedback") => {
            "Reply rates, conversions or an A/B test would show results within 60 to 90 days."
        }
        (Question::Situation, "capacity-reinvested") => {
            "Earlier automation freed hours, and they are already funding a growth initiative."
        }
        (Question::Situation, "several-projects") => {
            "Two or more AI initiatives would run side by side."
        }
        (Question::Foundation, "crm-consistent") => "Records are complete and kept up to date.",
        (Question::Foundation, "followup-reliable") => "No lead waits or slips through the cracks.",
        (Question::Foundation, "qualification-owned") => {
            "One named person decides which leads are worth pursuing."
        }
        _ => "",
    }
}

/// Label of an optional number field.
pub fn number_label(question: Question) -> &'static str {
    match question {
        Question::HourlyCost => "Cost of one hour, fully loaded",
        _ => "Hours per week",
    }
}

/// Hint under an optional number field.
pub fn number_hint(question: Question) -> &'static str {
    match question {
        Question::HourlyCost => "Salary plus overheads, in your currency. For example 45.",
        _ => "Across everyone involved in that process. For example 25.",
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

/// Two or three sentences under the headline, tailored to what drove the verdict.
pub fn summary(outcome: &Outcome) -> Vec<&'static str> {
    let main = outcome.reasons.first().map(|r| r.id);
    let first = match (outcome.verdict, main) {
        (Verdict::GrowthFirst, Some(Reason::ScenarioB)) => "While you are still proving the business model, there is little point polishing processes that may change next month.",
        (Verdict::GrowthFirst, Some(Reason::ScenarioA)) => "Your operations already run well, so automation has little left to fix; your next gains are on the growth side.",
        (Verdict::GrowthFirst, _) => "Your constraint is reach, and the groundwork growth AI depends on is in place.",
        (Verdict::OperationsFirst, Some(Reason::FoundationGaps)) => "Growth is your constraint, but the process that would handle new demand has gaps. Fixing them is your first AI project.",
        (Verdict::OperationsFirst, _) => "Repetitive work is what slows you down, and you know what it costs: a clear, measurable target for automation.",
        (Verdict::ProcessAuditFirst, _) => "Before choosing any AI tool, find out what your core processes really cost; without that, no project can prove it worked.",
    };
    let second = match outcome.verdict {
        Verdict::GrowthFirst if main == Some(Reason::ScenarioB) => "Use AI to shorten the feedback loop: faster outreach, faster content, faster iteration on the product.",
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

/// Heading of the reasons.
pub const WHY_HEADING: &str = "Why";

/// Title of a reason.
pub fn reason_title(reason: Reason) -> &'static str {
    match reason {
        Reason::ScenarioB => "You are still validating your business model",
        Reason::ScenarioA => "Your operations are already efficient",
        Reason::FoundationGaps => "The growth foundations have gaps",
        Reason::UnmeasuredCosts => "Your process costs are not measured",
        Reason::BottleneckReachGrowth => "Reach and growth is your constraint",
        Reason::Amplify => "You have something that works to scale up",
        Reason::ScenarioC => "Your growth project gives fast feedback",
        Reason::BottleneckTimeCost => "Time and cost is your constraint, and you know the numbers",
    }
}

/// Why a reason leads where it does.
pub fn reason_text(reason: Reason) -> &'static str {
    match reason {
        Reason::ScenarioB => "Tuning processes for a business model you have not yet confirmed is effort spent too early. AI that speeds up learning from the market pays off sooner.",
        Reason::ScenarioA => "Starting with operations only pays when there is real operational waste to remove. With documented, largely automated processes, little is left for AI to fix.",
        Reason::FoundationGaps => "Growth AI multiplies whatever process it feeds. Pointed at patchy data, unreliable follow-up or unowned qualification, it creates interest your team cannot convert.",
        Reason::UnmeasuredCosts => "If you cannot say what a process costs now, you cannot show that automating it helped. Measure first, then choose a tool.",
        Reason::BottleneckReachGrowth => "Your people have room in their week, yet it is not turning into the revenue or reach you need, so a focused growth project can justify its extra complexity.",
        Reason::Amplify => "The best growth projects scale something that already works, so AI multiplies output without multiplying the team.",
        Reason::ScenarioC => "Growth projects are usually slow to judge, but one you can measure within 60 to 90 days loses most of that drawback.",
        Reason::BottleneckTimeCost => "Automating costly repetitive work gives a return you can measure within a quarter, frees capacity, and builds the team's skill for harder projects later.",
    }
}

/// The answer behind a finding, in the visitor's terms.
pub fn cause_text(cause: &Cause) -> String {
    match cause {
        Cause::Chose(question, value) => {
            format!("You answered: {}", choice_label(*question, value))
        }
        Cause::LeftUnticked(question, value) => {
            format!("Not ticked: {}", choice_label(*question, value))
        }
    }
}

/// Heading of the warnings.
pub const WARNINGS_HEADING: &str = "Watch out for";

/// Title of a warning.
pub fn warning_title(warning: Warning) -> &'static str {
    match warning {
        Warning::Error01 => "Growth without the operational foundation",
        Warning::Error02 => "Savings that never become growth",
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
        Warning::Error01 => "This is the costliest sequencing mistake: the AI works, but the process behind it cannot handle what it produces.",
        Warning::Error02 => "Automation that frees hours only to fill them with backlog delivers its saving but leaves growth where it was.",
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
        Warning::Error01 => "What to do: fix the unticked foundations first, or at least in step with the growth project.",
        Warning::Error02 => "What to do: decide now which growth initiative will get the freed hours, and name who owns it.",
        Warning::StartsFromZero => "What to do: keep the first project small and treat it as an experiment with a clear stop rule.",
        Warning::SlowFeedback => "What to do: choose a growth project you can judge within three months, such as reply rates or an A/B test.",
        Warning::ParallelProjects => "What to do: pick one project, finish it, measure it, then start the next.",
        Warning::Contradiction => "What to do: check whether one team or process is the exception, and start there.",
        Warning::UnmeasuredCosts => "What to do: record what your core processes cost per week before your first operations project.",
    }
}

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

/// Heading of the plan.
pub const PLAN_HEADING: &str = "Your 90-day plan";
/// Timeline labels.
pub const DAY_0: &str = "Today";
/// Timeline label for the checkpoint.
pub const DAY_45: &str = "Day 45";
/// Timeline label for the measurement.
pub const DAY_90: &str = "Day 90";

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
    fn all_question_steps() -> Vec<Step> {
        let mut steps = crate::engine::path(&crate::engine::Answers::default());
        steps.insert(1, Step::BottleneckTiebreak);
        steps.insert(3, Step::CostNumbers);
        steps
    }

    fn all_choices() -> Vec<(Question, &'static str)> {
        use crate::engine::{Amplify, Bottleneck, Foundation, ProcessCost, Situation, Tiebreak};
        let mut all = Vec::new();
        all.extend(Bottleneck::ALL.map(|v| (Question::Bottleneck, v.id())));
        all.extend(Tiebreak::ALL.map(|v| (Question::BottleneckTiebreak, v.id())));
        all.extend(ProcessCost::ALL.map(|v| (Question::ProcessCost, v.id())));
        all.extend(Amplify::ALL.map(|v| (Question::Amplify, v.id())));
        all.extend(Situation::ALL.map(|v| (Question::Situation, v.id())));
        all.extend(Foundation::ALL.map(|v| (Question::Foundation, v.id())));
        all
    }

    #[test]
    fn every_choice_and_step_has_words() {
        for (question, value) in all_choices() {
            assert!(
                !choice_label(question, value).is_empty(),
                "{question:?} {value}"
            );
            assert!(
                !choice_description(question, value).is_empty(),
                "{question:?} {value}"
            );
        }
        for step in all_question_steps() {
            assert!(
                !step_title(step).is_empty() && !step_help(step).is_empty(),
                "{step:?}"
            );
            assert!(!step_short(step).is_empty(), "{step:?}");
        }
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
    fn every_outcome_gets_a_summary_of_two_or_three_sentences() {
        use crate::engine::{
            evaluate, Amplify, Answers, Bottleneck, CostNumbers, Foundations, ProcessCost,
            Situations, Tiebreak,
        };
        let mut seen = 0;
        for bottleneck in [Bottleneck::TimeCost, Bottleneck::ReachGrowth] {
            for process_cost in ProcessCost::ALL {
                for amplify in Amplify::ALL {
                    for s in 0..32 {
                        for f in 0..8 {
                            let answers = Answers {
                                bottleneck: Some(bottleneck),
                                tiebreak: None::<Tiebreak>,
                                process_cost: Some(process_cost),
                                cost_numbers: (process_cost == ProcessCost::Measured)
                                    .then(CostNumbers::default),
                                amplify: Some(amplify),
                                situation: Situations::from_bits(s),
                                foundation: Foundations::from_bits(f),
                            };
                            let Some(outcome) = evaluate(&answers) else {
                                panic!("no outcome for {answers:?}");
                            };
                            let sentences = summary(&outcome);
                            assert!((2..=3).contains(&sentences.len()), "{answers:?}");
                            assert!(sentences.iter().all(|s| s.ends_with('.')));
                            seen += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(seen, 2 * 2 * 2 * 32 * 8);
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
        for step in all_question_steps() {
            texts.extend([step_title(step).into(), step_help(step).into()]);
        }
        for (question, value) in all_choices() {
            texts.push(choice_description(question, value).into());
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
