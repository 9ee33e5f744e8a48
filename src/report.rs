//! The body of the result as HTML: first what to do (the one-sentence reason, this week's
//! step and the call to action), then why, warnings, the comparison table, the dated
//! plan, the visitor's answers and the actions, the long parts in native
//! `<details>`. Pure (no browser or framework imports), so the markup of every outcome
//! is checked natively; the result view writes it under the verdict, and the shell handles
//! its buttons through one delegated listener, keyed on [`Control`].

use crate::content::Locale;
use crate::cta::Cta;
use crate::engine::{
    ics, path, plan, Answers, Date, Milestone, Outcome, Plan, PlanStepId, Reason, Stamp, Step,
    Verdict, QUESTIONS,
};
use crate::markup::Markup;

/// A control in the report, named by its `data-action` (and, for a change, `data-step`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// Go back to one question, keeping the other answers.
    Change(Step),
    /// Copy a link to this result.
    CopyLink,
    /// Print the result.
    Print,
    /// Download the dated plan as a calendar file.
    AddToCalendar,
    /// Clear the answers and start again.
    StartOver,
    /// The host page's call to action.
    Cta,
}

impl Control {
    /// Every control the report can show: a change for each question, and the rest.
    pub fn all() -> impl Iterator<Item = Control> {
        QUESTIONS
            .iter()
            .map(|spec| Control::Change(spec.step))
            .chain([
                Control::CopyLink,
                Control::Print,
                Control::AddToCalendar,
                Control::StartOver,
                Control::Cta,
            ])
    }

    /// The `data-action` value that names this control in the markup: the one table of
    /// the controls' names, which [`Control::from_attributes`] reads back.
    pub fn action(self) -> &'static str {
        match self {
            Control::Change(_) => "change",
            Control::CopyLink => "copy-link",
            Control::Print => "print",
            Control::AddToCalendar => "add-to-calendar",
            Control::StartOver => "start-over",
            Control::Cta => "cta",
        }
    }

    /// The question a change goes back to, named by the markup's `data-step`.
    pub fn step(self) -> Option<Step> {
        match self {
            Control::Change(step) => Some(step),
            _ => None,
        }
    }

    /// The control a clicked element's `data-action` and `data-step` name, if any.
    pub fn from_attributes(action: &str, step: Option<&str>) -> Option<Control> {
        Control::all()
            .find(|control| control.action() == action && control.step().map(Step::id) == step)
    }
}

/// The visitor's answer to `step`, in words.
fn answer_text(l: &Locale, answers: &Answers, step: Step) -> String {
    if step == Step::CostNumbers {
        return l.numbers_text(&answers.numbers().unwrap_or_default());
    }
    // A loop rather than `join`, whose generic code costs the Wasm more than it saves.
    let mut text = String::new();
    for choice in answers.chosen(step) {
        if !text.is_empty() {
            text.push_str("; ");
        }
        text.push_str(l.card(choice).label);
    }
    if text.is_empty() {
        l.none_ticked.to_owned()
    } else {
        text
    }
}

/// The result in one plain line for the page's booking form (`{summary}` in
/// `data-cta-href`): the verdict, then the three answers that decide it — the bottleneck
/// to remove first, whether process costs are measured, whether something already works
/// at small scale — each worded as "Your answers" words it. The hours and hourly cost the
/// visitor typed are added only when the page allows it (`with_numbers`), since the line
/// leaves the browser with the link.
pub fn summary_line(
    l: &Locale,
    outcome: &Outcome,
    answers: &Answers,
    with_numbers: bool,
) -> String {
    let steps = path(answers);
    let mut line = l.verdict_headline(outcome.verdict).to_owned();
    let mut separator = ". ";
    for &step in &steps {
        let told = match step {
            Step::Bottleneck => !steps.contains(&Step::BottleneckTiebreak),
            Step::CostNumbers => {
                with_numbers
                    && answers
                        .numbers()
                        .is_some_and(|n| n.weekly_hours.is_some() || n.hourly_cost.is_some())
            }
            Step::BottleneckTiebreak | Step::ProcessCost | Step::Amplify => true,
            _ => false,
        };
        if told {
            line.push_str(separator);
            line.push_str(l.step_short(step));
            line.push_str(": ");
            line.push_str(&answer_text(l, answers, step));
            separator = "; ";
        }
    }
    line.push('.');
    line
}

/// The id of the one-sentence reason under the verdict, which describes the verdict's
/// heading.
pub const LEAD_ID: &str = "result-lead";

/// The first screen under the verdict: the one-sentence reason, what to do this week (the
/// plan's first step, with the date the plan gives it) and the call to action.
fn first_screen(
    m: &mut Markup,
    l: &Locale,
    lead: &str,
    outcome: &Outcome,
    plan: &Plan,
    cta: Option<&Cta>,
) {
    // The verdict heading names this paragraph as its description (`aria-describedby`).
    m.element("p", &[("class", "lead"), ("id", LEAD_ID)], lead);
    if let Some(first) = plan.steps.first() {
        m.open(
            "section",
            &[
                ("class", "first-step"),
                ("aria-labelledby", "first-step-heading"),
                ("data-first-step", first.id.id()),
            ],
        )
        .element("h3", &[("id", "first-step-heading")], l.first_step_heading)
        .element("strong", &[], l.plan_title(plan.verdict, first.id))
        .element("p", &[], l.plan_text(outcome, first.id))
        .open("time", &[("datetime", &first.start.iso())])
        .text(l.first_step_start)
        .text(" ")
        .text(&l.date(first.start))
        .close("time");
        cta_link(m, l, cta);
        m.close("section");
    }
}

/// Why: the summary's sentences after the lead, then each reason and the answers behind it.
fn why(m: &mut Markup, l: &Locale, summary: &[&str], outcome: &Outcome) {
    m.open(
        "section",
        &[("class", "why"), ("aria-labelledby", "why-heading")],
    )
    .element("h3", &[("id", "why-heading")], l.why_heading);
    for sentence in summary {
        m.element("p", &[], sentence);
    }
    m.open("ul", &[("class", "findings")]);
    for finding in &outcome.reasons {
        m.open("li", &[("data-reason", finding.id.id())])
            .element("strong", &[], l.reason_title(finding.id))
            .element("p", &[], l.reason_text(finding.id));
        for cause in &finding.causes {
            m.element("p", &[("class", "cause")], &l.cause_text(cause));
        }
        m.close("li");
    }
    m.close("ul").close("section");
}

fn warnings(m: &mut Markup, l: &Locale, outcome: &Outcome) {
    if outcome.warnings.is_empty() {
        return;
    }
    m.open(
        "section",
        &[
            ("class", "warnings"),
            ("aria-labelledby", "warnings-heading"),
        ],
    )
    .element("h3", &[("id", "warnings-heading")], l.warnings_heading)
    .open("ul", &[("class", "findings")]);
    for finding in &outcome.warnings {
        m.open(
            "li",
            &[("class", "warning"), ("data-warning", finding.id.id())],
        )
        .element("strong", &[], l.warning_title(finding.id))
        .element("p", &[], l.warning_text(finding.id))
        .element("p", &[("class", "todo")], l.warning_action(finding.id))
        .close("li");
    }
    m.close("ul").close("section");
}

/// Opens a `<details>` whose `<summary>` is the section's heading: the long parts can be
/// folded away without script (the print stylesheet shows them all).
fn open_details(m: &mut Markup, class: &'static str, heading: &str, open: bool) {
    m.open(
        "details",
        &[
            ("class", class),
            ("part", class),
            ("open", if open { "open" } else { "" }),
        ],
    )
    .open("summary", &[])
    .element("h3", &[], heading)
    .close("summary");
}

fn comparison(m: &mut Markup, l: &Locale, verdict: Verdict) {
    let recommended = |column: Verdict| if verdict == column { "recommended" } else { "" };
    let column = |m: &mut Markup, column: Verdict, title: &str| {
        m.open("th", &[("scope", "col"), ("class", recommended(column))])
            .text(title);
        if verdict == column {
            m.element("span", &[("class", "badge")], l.recommended);
        }
        m.close("th");
    };
    // Each cell also names its column, for the narrow layout where every dimension is a
    // block of its own and the header row is out of sight; screen readers have the
    // column header, so the copy is hidden from them.
    let cell = |m: &mut Markup, column: Verdict, title: &str, text: &str| {
        m.open("td", &[("class", recommended(column))])
            .element(
                "span",
                &[("class", "column"), ("aria-hidden", "true")],
                title,
            )
            .text(text)
            .close("td");
    };
    open_details(m, "compare", l.table_heading, false);
    m.element("p", &[], l.table_intro(verdict))
        .open("table", &[("part", "table")])
        .element("caption", &[("class", "sr-only")], l.table_caption)
        .open("thead", &[])
        .open("tr", &[])
        .element("th", &[("scope", "col")], l.table_dimension);
    column(m, Verdict::OperationsFirst, l.operations_ai);
    column(m, Verdict::GrowthFirst, l.growth_ai);
    m.close("tr").close("thead").open("tbody", &[]);
    for row in &l.comparison {
        m.open("tr", &[])
            .element("th", &[("scope", "row")], row.dimension);
        cell(m, Verdict::OperationsFirst, l.operations_ai, row.operations);
        cell(m, Verdict::GrowthFirst, l.growth_ai, row.growth);
        m.close("tr");
    }
    m.close("tbody").close("table").close("details");
}

fn plan_section(m: &mut Markup, l: &Locale, outcome: &Outcome, plan: &Plan) {
    open_details(m, "plan", l.plan_heading, true);
    if let Some(baseline) = &plan.baseline {
        // The baseline is the measure of automating the costly work the visitor measured;
        // a growth project, or repairing the foundations, is judged on its own target.
        let measures = outcome.leads_with(Reason::BottleneckTimeCost);
        m.element(
            "p",
            &[("class", "baseline")],
            &l.baseline(baseline, measures),
        );
    }
    // A mark for each day a step starts within the 90 days, and a label under those that
    // have one; the stylesheet places `t<day>` and `l<day>` along the line.
    m.open("div", &[("class", "timeline"), ("aria-hidden", "true")]);
    let mut days: Vec<i64> = PlanStepId::ALL.map(PlanStepId::day).to_vec();
    days.dedup();
    for day in days.into_iter().filter(|day| *day <= 90) {
        m.element("span", &[("class", &format!("t{day}"))], "");
    }
    for step in PlanStepId::ALL {
        if let Some(label) = l.timeline_label(step) {
            m.element("b", &[("class", &format!("l{}", step.day()))], &label);
        }
    }
    m.close("div").open("ol", &[("class", "plan-steps")]);
    for step in &plan.steps {
        m.open("li", &[("data-plan-step", step.id.id())])
            .element(
                "time",
                &[("datetime", &step.start.iso())],
                &l.date(step.start),
            )
            .element("strong", &[], l.plan_title(plan.verdict, step.id))
            .element("p", &[], l.plan_text(outcome, step.id))
            .close("li");
    }
    m.close("ol");
    m.element(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            ("part", "button"),
            ("data-action", Control::AddToCalendar.action()),
        ],
        l.add_to_calendar,
    );
    m.close("details");
}

/// The dated plan of this result as an iCalendar file, worded as the page shows it: one
/// all-day event per step, whose UIDs depend only on the step and `key` (the widget's
/// storage key), so downloading it again updates the events.
pub fn calendar(l: &Locale, outcome: &Outcome, today: Date, key: &str, stamp: Stamp) -> String {
    let plan = plan(outcome, today);
    let milestones: Vec<Milestone<'_>> = plan
        .steps
        .iter()
        .map(|step| Milestone {
            id: step.id.id(),
            date: step.start,
            summary: l.plan_title(plan.verdict, step.id),
            description: l.plan_text(outcome, step.id),
        })
        .collect();
    ics(&milestones, key, stamp, l.plan_heading)
}

fn answer_list(m: &mut Markup, l: &Locale, answers: &Answers) {
    open_details(m, "answers", l.answers_heading, false);
    m.open("dl", &[]);
    for step in path(answers) {
        let name = l.step_short(step);
        m.element("dt", &[], name)
            .element("dd", &[], &answer_text(l, answers, step))
            .open("dd", &[])
            .element(
                "button",
                &[
                    ("type", "button"),
                    ("class", "link-button"),
                    ("aria-label", &l.change_label(step)),
                    ("data-action", Control::Change(step).action()),
                    ("data-step", step.id()),
                ],
                l.change,
            )
            .close("dd");
    }
    m.close("dl").close("details");
}

/// The page's call to action, if it set one, in the first screen and again at the end:
/// the line saying what happens next (the page's, or the language's; none if the page
/// set an empty one), then the link.
fn cta_link(m: &mut Markup, l: &Locale, cta: Option<&Cta>) {
    if let Some(cta) = cta {
        let note = cta.note.as_deref().unwrap_or(l.cta_note);
        if !note.is_empty() {
            m.element("p", &[("class", "cta-note")], note);
        }
        m.element(
            "a",
            &[
                ("class", "button primary"),
                ("part", "button cta"),
                ("href", &cta.href),
                ("data-action", Control::Cta.action()),
            ],
            &cta.label,
        );
    }
}

fn actions(m: &mut Markup, l: &Locale, cta: Option<&Cta>) {
    m.open("div", &[("class", "actions")]);
    for (control, label) in [
        (Control::CopyLink, l.copy_link),
        (Control::Print, l.print),
        (Control::StartOver, l.start_over),
    ] {
        m.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                ("part", "button"),
                ("data-action", control.action()),
            ],
            label,
        );
    }
    cta_link(m, l, cta);
    m.close("div");
}

/// The report under the verdict headline, as HTML in the words of `l`, with its plan
/// dated from `today`. Every value that is not this crate's own text (the call to action)
/// is escaped.
pub fn report(
    l: &Locale,
    outcome: &Outcome,
    answers: &Answers,
    today: Date,
    cta: Option<&Cta>,
) -> String {
    let mut m = Markup::new();
    write_report(&mut m, l, outcome, answers, today, cta);
    m.into_string()
}

/// Writes the [`report`] into `m`.
pub(crate) fn write_report(
    m: &mut Markup,
    l: &Locale,
    outcome: &Outcome,
    answers: &Answers,
    today: Date,
    cta: Option<&Cta>,
) {
    let plan = plan(outcome, today);
    let summary = l.summary(outcome);
    let (lead, rest) = summary.split_first().unwrap_or((&"", &[]));
    first_screen(m, l, lead, outcome, &plan, cta);
    why(m, l, rest, outcome);
    warnings(m, l, outcome);
    comparison(m, l, outcome.verdict);
    plan_section(m, l, outcome, &plan);
    answer_list(m, l, answers);
    actions(m, l, cta);
}
