//! The body of the result as HTML: why, warnings, the comparison table, the dated plan,
//! the visitor's answers and the actions. Pure (no browser or framework imports), so the
//! markup of every outcome is checked natively; the Yew result view shows it and handles
//! its buttons through one delegated listener, keyed on [`Control`].

use crate::content;
use crate::embedding::Cta;
use crate::engine::{
    ics, path, plan, Answers, Date, Milestone, Outcome, PlanStepId, Stamp, Step, Verdict,
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
    /// The `data-action` value that names this control in the markup.
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

    /// The control a clicked element's `data-action` and `data-step` name, if any.
    pub fn from_attributes(action: &str, step: Option<&str>) -> Option<Control> {
        let simple = [
            Control::CopyLink,
            Control::Print,
            Control::AddToCalendar,
            Control::StartOver,
            Control::Cta,
        ];
        if action == "change" {
            return step
                .and_then(Step::from_id)
                .filter(|step| *step != Step::Result)
                .map(Control::Change);
        }
        simple
            .into_iter()
            .find(|control| control.action() == action)
    }
}

/// The visitor's answer to `step`, in words.
fn answer_text(answers: &Answers, step: Step) -> String {
    if step == Step::CostNumbers {
        return content::numbers_text(&answers.numbers().unwrap_or_default());
    }
    let labels: Vec<&str> = answers
        .chosen(step)
        .map(|choice| content::card(choice).label)
        .collect();
    if labels.is_empty() {
        content::NONE_TICKED.to_owned()
    } else {
        labels.join("; ")
    }
}

fn why(m: &mut Markup, outcome: &Outcome) {
    m.open(
        "section",
        &[("class", "why"), ("aria-labelledby", "why-heading")],
    )
    .element("h3", &[("id", "why-heading")], content::WHY_HEADING)
    .open("ul", &[("class", "findings")]);
    for finding in &outcome.reasons {
        m.open("li", &[("data-reason", finding.id.id())])
            .element("strong", &[], content::reason_title(finding.id))
            .element("p", &[], content::reason_text(finding.id));
        for cause in &finding.causes {
            m.element("p", &[("class", "cause")], &content::cause_text(cause));
        }
        m.close("li");
    }
    m.close("ul").close("section");
}

fn warnings(m: &mut Markup, outcome: &Outcome) {
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
    .element(
        "h3",
        &[("id", "warnings-heading")],
        content::WARNINGS_HEADING,
    )
    .open("ul", &[("class", "findings")]);
    for finding in &outcome.warnings {
        m.open(
            "li",
            &[("class", "warning"), ("data-warning", finding.id.id())],
        )
        .element("strong", &[], content::warning_title(finding.id))
        .element("p", &[], content::warning_text(finding.id))
        .element(
            "p",
            &[("class", "todo")],
            content::warning_action(finding.id),
        )
        .close("li");
    }
    m.close("ul").close("section");
}

fn comparison(m: &mut Markup, verdict: Verdict) {
    let recommended = |column: Verdict| if verdict == column { "recommended" } else { "" };
    let column = |m: &mut Markup, column: Verdict, title: &str| {
        m.open("th", &[("scope", "col"), ("class", recommended(column))])
            .text(title);
        if verdict == column {
            m.element("span", &[("class", "badge")], content::RECOMMENDED);
        }
        m.close("th");
    };
    m.open(
        "section",
        &[("class", "compare"), ("aria-labelledby", "compare-heading")],
    )
    .element("h3", &[("id", "compare-heading")], content::TABLE_HEADING)
    .element("p", &[], content::table_intro(verdict))
    // Scrolls sideways on narrow screens, so keyboard users must be able to focus it.
    .open(
        "div",
        &[
            ("class", "table-wrap"),
            ("tabindex", "0"),
            ("role", "region"),
            ("aria-label", content::TABLE_CAPTION),
        ],
    )
    .open("table", &[("part", "table")])
    .element("caption", &[("class", "sr-only")], content::TABLE_CAPTION)
    .open("thead", &[])
    .open("tr", &[])
    .element("th", &[("scope", "col")], content::TABLE_DIMENSION);
    column(m, Verdict::OperationsFirst, content::OPERATIONS_AI);
    column(m, Verdict::GrowthFirst, content::GROWTH_AI);
    m.close("tr").close("thead").open("tbody", &[]);
    for row in &content::COMPARISON {
        m.open("tr", &[])
            .element("th", &[("scope", "row")], row.dimension)
            .element(
                "td",
                &[("class", recommended(Verdict::OperationsFirst))],
                row.operations,
            )
            .element(
                "td",
                &[("class", recommended(Verdict::GrowthFirst))],
                row.growth,
            )
            .close("tr");
    }
    m.close("tbody")
        .close("table")
        .close("div")
        .close("section");
}

fn plan_section(m: &mut Markup, outcome: &Outcome, today: Date) {
    let plan = plan(outcome, today);
    m.open(
        "section",
        &[
            ("class", "plan"),
            ("part", "plan"),
            ("aria-labelledby", "plan-heading"),
        ],
    )
    .element("h3", &[("id", "plan-heading")], content::PLAN_HEADING);
    if let Some(baseline) = &plan.baseline {
        m.element("p", &[("class", "baseline")], &content::baseline(baseline));
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
        if let Some(label) = content::timeline_label(step) {
            m.element("b", &[("class", &format!("l{}", step.day()))], &label);
        }
    }
    m.close("div").open("ol", &[("class", "plan-steps")]);
    for step in &plan.steps {
        m.open("li", &[("data-plan-step", step.id.id())])
            .element(
                "time",
                &[("datetime", &step.start.iso())],
                &content::date(step.start),
            )
            .element("strong", &[], content::plan_title(plan.verdict, step.id))
            .element("p", &[], content::plan_text(plan.verdict, step.id))
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
        content::ADD_TO_CALENDAR,
    );
    m.close("section");
}

/// The dated plan of this result as an iCalendar file, worded as the page shows it: one
/// all-day event per step, whose UIDs depend only on the step and `key` (the widget's
/// storage key), so downloading it again updates the events.
pub fn calendar(outcome: &Outcome, today: Date, key: &str, stamp: Stamp) -> String {
    let plan = plan(outcome, today);
    let milestones: Vec<Milestone<'_>> = plan
        .steps
        .iter()
        .map(|step| Milestone {
            id: step.id.id(),
            date: step.start,
            summary: content::plan_title(plan.verdict, step.id),
            description: content::plan_text(plan.verdict, step.id),
        })
        .collect();
    ics(&milestones, key, stamp, content::PLAN_HEADING)
}

fn answer_list(m: &mut Markup, answers: &Answers) {
    m.open(
        "section",
        &[("class", "answers"), ("aria-labelledby", "answers-heading")],
    )
    .element("h3", &[("id", "answers-heading")], content::ANSWERS_HEADING)
    .open("dl", &[]);
    for step in path(answers) {
        let name = content::step_short(step);
        m.element("dt", &[], name)
            .element("dd", &[], &answer_text(answers, step))
            .open("dd", &[])
            .element(
                "button",
                &[
                    ("type", "button"),
                    ("class", "link-button"),
                    ("aria-label", &[content::CHANGE, name].join(" ")),
                    ("data-action", Control::Change(step).action()),
                    ("data-step", step.id()),
                ],
                content::CHANGE,
            )
            .close("dd");
    }
    m.close("dl").close("section");
}

fn actions(m: &mut Markup, cta: Option<&Cta>) {
    m.open("div", &[("class", "actions")]);
    for (control, label) in [
        (Control::CopyLink, content::COPY_LINK),
        (Control::Print, content::PRINT),
        (Control::StartOver, content::START_OVER),
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
    if let Some(cta) = cta {
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
    m.close("div");
}

/// The report under the verdict headline, as HTML, with its plan dated from `today`.
/// Every value that is not this crate's own text (the call to action) is escaped.
pub fn report(outcome: &Outcome, answers: &Answers, today: Date, cta: Option<&Cta>) -> String {
    let mut m = Markup::new();
    why(&mut m, outcome);
    warnings(&mut m, outcome);
    comparison(&mut m, outcome.verdict);
    plan_section(&mut m, outcome, today);
    answer_list(&mut m, answers);
    actions(&mut m, cta);
    m.into_string()
}
