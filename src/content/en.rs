//! English (British): short and plain. The widget's own words, compiled into the Wasm;
//! every other language follows this file field by field.

use super::words::*;

const TIME_COST: CardWords = CardWords {
    label: "Time and cost",
    description: "Repetitive work eats the team's week and slows everything else.",
};
const REACH_GROWTH: CardWords = CardWords {
    label: "Reach and growth",
    description: "There is time to spare, but it is not turning into enough revenue or reach.",
};

/// Every English word of the widget.
pub const WORDS: Words = Words {
    decimal_mark: ".",
    group_mark: ",",
    money_symbol: "{currency}{amount}",
    money_code: "{currency}\u{a0}{amount}",
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    date: "{weekday} {day} {month} {year}",

    intro: "A few short questions, about two minutes. You get a clear starting point for your AI work, the reasons behind it and a dated 90-day plan. Your answers stay in this browser.",
    next: "Next",
    see_result: "See my result",
    back: "Back",
    choose_one: "Choose one answer to continue.",
    dismiss: "Dismiss",
    markup_refused: "This page's security settings stop the diagnostic from showing. The site's owner can fix it; the details are in the browser console.",
    notice_stored_unreadable: "Your saved answers could not be read, so the diagnostic starts afresh.",
    notice_stored_newer: "Your saved answers come from a newer version of this diagnostic, so it starts afresh.",
    notice_storage_unavailable: "This browser is not letting the page save anything, so your answers will be lost if you leave. Everything else works.",
    notice_share_link_broken: "The link you followed is incomplete or damaged, so here is the first question instead.",
    notice_shared_result: "You are looking at a result someone shared. Change any answer to make it yours.",
    notice_forgotten: "Your answers have been removed from this browser, and from the page's address.",
    step_counter: "Step {position} of {total}",
    announce_step: "{counter}: {title}",
    announce_result: "Your result: {verdict}",
    result_title: "Your result",
    steps: Steps {
        bottleneck: StepWords {
            title: "What holds your business back most right now?",
            help: "Think of the constraint that costs you most this quarter, not the one that sounds most strategic.",
            short: "Main bottleneck",
            cards: [
                TIME_COST,
                REACH_GROWTH,
                CardWords {
                    label: "Both, equally",
                    description: "Both weigh on you and neither clearly wins.",
                },
            ],
        },
        bottleneck_tiebreak: StepWords {
            title: "If you could remove only one in the next 90 days, which would it be?",
            help: "Most people answer both, a sign the two have not been ranked. The ranking decides where you start.",
            short: "Bottleneck to remove first",
            cards: [TIME_COST, REACH_GROWTH],
        },
        process_cost: StepWords {
            title: "Do you know what your core processes cost each week?",
            help: "In hours or money per week. Without that figure, nobody can tell later whether automation helped.",
            short: "Process costs",
            cards: [
                CardWords {
                    label: "Yes, we have measured them",
                    description: "We can say roughly what they cost in hours or money per week.",
                },
                CardWords {
                    label: "No, not measured yet",
                    description: "We know they are expensive, but not by how much.",
                },
            ],
        },
        cost_numbers: StepWords {
            title: "Put a number on it (optional)",
            help: "Take your most expensive repetitive process. Both fields are optional; with them, your plan shows the baseline to beat.",
            short: "Your numbers",
            cards: [],
        },
        amplify: StepWords {
            title: "Is something already working that AI could scale up?",
            help: "For example a sales sequence that converts but cannot be personalised at scale, content that works but is slow to produce, or referrals that need manual work.",
            short: "Something working to scale",
            cards: [
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
        situation: StepWords {
            title: "Which of these describe you?",
            help: "Tick all that apply, or none.",
            short: "Your situation",
            cards: [
                CardWords {
                    label: "Our core processes are documented and largely automated",
                    description: "They are also competitive on cost and quality.",
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
        foundation: StepWords {
            title: "Which of these are true today?",
            help: "These are what growth AI leans on. Tick all that apply, or none.",
            short: "Foundations in place",
            cards: [
                CardWords {
                    label: "Our CRM data is consistent",
                    description: "Every lead and customer is in it, with the same fields filled in.",
                },
                CardWords {
                    label: "Leads are followed up within a set time",
                    description: "Say within two working days, and someone checks that it happens.",
                },
                CardWords {
                    label: "Someone owns lead qualification",
                    description: "One named person decides which leads are worth pursuing.",
                },
            ],
        },
    },

    weekly_hours_label: "Hours per week",
    weekly_hours_hint: "Across everyone involved in that process. For example 25.",
    hourly_cost_label: "Cost of one hour, fully loaded",
    hourly_cost_hint: "Salary plus overheads, in your currency. For example 45.",
    hours_not_a_number: "Enter a number of hours, such as 12 or 7.5.",
    cost_not_a_number: "Enter an amount, such as 45 or 62.50.",
    hours_negative: "Hours cannot be negative.",
    cost_negative: "A cost cannot be negative.",
    hours_too_large: "That is more than {limit} hours a week: please check it.",
    cost_too_large: "That is more than {limit} an hour: please check it.",
    numbers_none: "Not given",
    numbers_hours: "{hours} hours a week",
    numbers_cost: "{cost} an hour",
    numbers_both: "{hours} hours a week at {cost} an hour",
    none_ticked: "None of these",

    result_eyebrow: "Your starting point",
    verdicts: [
        "Start with operations AI",
        "Start with growth AI",
        "Start with a process audit",
    ],
    summary: SummaryWords {
        validating: "While you are still proving the business model, there is little point polishing processes that may change next month.",
        efficient: "Your core processes are documented and largely automated, so automation has little left to fix: your next gains are in growth.",
        growth: "Your constraint is reach, and the groundwork growth AI depends on is in place.",
        foundation_gaps: "Growth is your constraint, but your lead handling has gaps: fix them first (that needs no AI), then automate that process as your first AI project.",
        operations: "Repetitive work is what slows you down, and you know what it costs: a clear, measurable target for automation.",
        audit: "Before choosing any AI tool, find out what your core processes really cost; without that, no project can prove it worked.",
        validating_next: "Use AI to hear from the market sooner, for example by drafting outreach or testing product ideas. Operations usually come first; for you, they follow once the model is proven.",
        growth_next: "Operations usually come first, but your answers point to growth: pick one project with a measurable result and give it a fair, time-boxed trial.",
        operations_next: "A well-run operations project shows a measurable result in 60 to 90 days and teaches the team how to run AI work.",
        audit_next: "The audit is your first project: by day 90 it ranks your processes by cost and sets the baseline for every later project.",
        warnings: "Read the warnings below before you commit a budget.",
    },
    first_step_heading: "Your first step, this week",
    first_step_start: "Starting today,",
    why_heading: "Why",
    reasons: [
        ReasonWords {
            title: "You are still validating your business model",
            text: "Tuning processes for a business model you have not yet confirmed is effort spent too early. AI that speeds up learning from the market pays off sooner.",
        },
        ReasonWords {
            title: "Your operations are already efficient",
            text: "Operations first only pays where there is real waste to remove; with documented, largely automated processes, little is left for AI to fix.",
        },
        ReasonWords {
            title: "The growth foundations have gaps",
            text: "Extra demand helps only if the team can handle it. With the gaps below, new leads would go unrecorded, unanswered or unqualified.",
        },
        ReasonWords {
            title: "Your process costs are not measured",
            text: "If you cannot say what a process costs now, you cannot show that automating it helped. Measure first, then choose a tool.",
        },
        ReasonWords {
            title: "Reach and growth is your constraint",
            text: "Your team has time, but it is not turning into the revenue or reach you need, so a focused growth project is worth its extra complexity.",
        },
        ReasonWords {
            title: "You have something that works to scale up",
            text: "Scaling something proven is the safest growth bet: AI raises its output while the team stays the same size.",
        },
        ReasonWords {
            title: "Your growth project gives fast feedback",
            text: "Growth projects are usually slow to judge, but one you can measure within 60 to 90 days loses most of that drawback.",
        },
        ReasonWords {
            title: "Time and cost is your constraint, and you know the numbers",
            text: "Automating costly repetitive work shows a measurable result in 60 to 90 days, frees time and builds skills for harder projects later.",
        },
    ],
    cause_chose: "{step}: {answer}",
    cause_unticked: "Not ticked: {answer}",
    warnings_heading: "Watch out for",
    warnings: [
        WarningWords {
            title: "Growth without the operational foundation",
            text: "This is the costliest sequencing mistake: the AI works, but the process behind it cannot handle what it produces.",
            action: "What to do: first make sure every lead is in the CRM, followed up on time and qualified by a named owner. By hand will do: this is groundwork, not polishing.",
        },
        WarningWords {
            title: "Savings that never become growth",
            text: "Automation that frees hours only to fill them with backlog delivers its saving but leaves growth where it was.",
            action: "What to do: decide now which growth initiative will get the freed hours, and name who owns it.",
        },
        WarningWords {
            title: "Starting growth from zero",
            text: "With nothing already working to amplify, a growth project has to invent its motion as well as scale it, which is much harder.",
            action: "What to do: keep the first project small and treat it as an experiment with a clear stop rule.",
        },
        WarningWords {
            title: "A long wait for proof",
            text: "Growth results usually take 6 to 18 months to measure, against 60 to 90 days for operations work.",
            action: "What to do: choose a growth project you can judge within three months, such as reply rates or an A/B test.",
        },
        WarningWords {
            title: "Several projects at once",
            text: "Side-by-side projects share owners and attention, and when results slip, nobody can tell which project is to blame.",
            action: "What to do: pick one project, finish it, measure it, then start the next.",
        },
        WarningWords {
            title: "Your answers pull in two directions",
            text: "Operations that are truly efficient rarely make time and cost the main bottleneck.",
            action: "What to do: check whether one team or process is the exception, and start there.",
        },
        WarningWords {
            title: "Costs still unmeasured",
            text: "Your verdict does not depend on it, but any later operations project will.",
            action: "What to do: record what your core processes cost per week before your first operations project.",
        },
    ],

    table_heading: "Operations AI and growth AI compared",
    table_caption: "Operations AI and growth AI across six dimensions",
    table_dimension: "Dimension",
    operations_ai: "Operations AI",
    growth_ai: "Growth AI",
    recommended: "Your start",
    // Facts from the reference article, in the project's own words.
    comparison: [
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
            growth: "Needs the time and systems that operations work frees up and puts in place",
        },
    ],
    table_intros: [
        "Operations AI improves what you already do; growth AI builds what you could not do before. Your recommended start is highlighted.",
        "Growth AI is harder to measure and slower to show results, which is why your reasons above matter. Your recommended start is highlighted.",
        "The audit prepares you for this choice: once your costs are known, you can weigh these two kinds of project on facts.",
    ],

    plan_heading: "Your 90-day plan",
    timeline_today: "Today",
    timeline_day: "Day {day}",
    baseline_hours: "Your baseline: {hours} hours a week. {then}",
    baseline_cost: "Your baseline: {hours} hours a week, about {week} a week or {year} a year. {then}",
    baseline_measure: "Measure the project against it at day 90.",
    baseline_later: "Keep it for a later operations project: this plan has its own target.",
    plan: PlanWords {
        define_success: "Define success in numbers",
        audit: "Audit your core processes",
        one_project: "Run one project, and only one",
        checkpoint: "Halfway check",
        measure: "Measure honestly",
        if_it_worked: "If it worked",
        if_it_did_not: "If it did not",
        define_success_audit: "Decide what the audit must deliver: hours and cost per week for each core process, and a named owner for each.",
        define_success_growth: "Write down the metric and the target before you start, such as reply rate, meetings booked or conversion.",
        define_success_operations: "Write down the metric and the target before you start, such as hours saved, errors avoided or cost per unit.",
        one_project_audit: "Map how the work really flows, time it, and rank the processes by what they cost.",
        one_project_growth: "Scope one growth experiment with one owner. Everything else waits.",
        one_project_operations: "Automate the costly repetitive work you measured, with one owner. Everything else waits.",
        one_project_foundations: "Fix the gaps in lead handling, then automate that process, with one owner. Everything else waits.",
        checkpoint_text: "Compare early figures with the target. Adjust the scope if needed, not the goal.",
        measure_text: "Compare the result with the target you set on day one, and write down what you learned.",
        if_it_worked_audit: "Start your first operations project on the most expensive process, using the audit as its baseline.",
        if_it_worked_growth: "Scale the experiment, and use what the team learned to choose the next project.",
        if_it_worked_operations: "Put the freed capacity to work: a next operations project, or your first growth experiment.",
        if_it_did_not_text: "Work out why it fell short, and fix that before you spend more.",
    },
    add_to_calendar: "Add the plan to your calendar",
    calendar_file: "ai-90-day-plan.ics",

    answers_heading: "Your answers",
    change: "Change",
    change_label: "Change {step}",
    copy_link: "Copy link to this result",
    link_copied: "Link copied. It holds only your answers.",
    copy_fallback: "Your browser did not allow copying. Copy this link instead:",
    print: "Print",
    start_over: "Start over",
    cta_label: "Start a conversation",
    cta_note: "Next: we go through your result with you before you spend anything on AI. No sales pitch.",
};
