//! The result: the verdict, then (from [`report`]) the reason, this week's step and the
//! call to action, why, warnings, the comparison table, the dated plan, the visitor's
//! answers (each changeable) and the actions, and where "Copy link" stands. Drawn from
//! the model alone: the date and the page's address come from what the shell read
//! ([`PageFacts`]); what a control does is the shell's business, named by its
//! `data-action` ([`crate::report::Control`]).

use crate::content::Locale;
use crate::cta::Cta;
use crate::engine::{encode_share, Answers, Outcome};
use crate::markup::Markup;
use crate::options::EmbedOptions;
use crate::report::{summary_line, write_report, LEAD_ID};
use crate::share_link::share_url;
use crate::state::{CopyStatus, PageFacts};

/// What the result view shows.
pub(crate) struct ResultView<'a> {
    /// The engine's conclusion.
    pub outcome: &'a Outcome,
    /// The answers it came from.
    pub answers: &'a Answers,
    /// The language and currency it is shown in.
    pub locale: &'a Locale,
    /// The date and address the shell read.
    pub page: &'a PageFacts,
    /// The call to action as this result fills it in ([`result_cta`]).
    pub cta: Option<&'a Cta>,
    /// Where "Copy link" stands.
    pub copy: &'a CopyStatus,
}

/// The call to action for this result, if the page set one: its link filled in with the
/// verdict and, only when the page asked for them, the share URL (which carries the
/// answers) and the one-line summary.
pub(crate) fn result_cta(
    options: &EmbedOptions,
    outcome: &Outcome,
    answers: &Answers,
    page: &PageFacts,
    locale: &Locale,
) -> Option<Cta> {
    options.cta.as_ref().and_then(|template| {
        let result_url = if template.needs_result_url() {
            share_url(&page.url, &options.storage_key, &encode_share(answers))
        } else {
            String::new()
        };
        let summary = if template.needs_summary() {
            summary_line(locale, outcome, answers, template.share_numbers)
        } else {
            String::new()
        };
        template.link(
            [outcome.verdict.id(), &result_url, &summary],
            &page.url,
            locale.cta_label,
        )
    })
}

/// Writes the result on show: the headline (its heading takes focus and is described by
/// the report's one-sentence reason), the report, and the copy status, which changes
/// while the result is shown.
pub(crate) fn view(m: &mut Markup, view: &ResultView<'_>) {
    let locale = view.locale;
    let verdict = view.outcome.verdict;
    m.open(
        "article",
        &[
            ("part", "result"),
            ("data-verdict", verdict.id()),
            ("class", "result"),
        ],
    )
    .open("header", &[])
    .element("p", &[("class", "eyebrow")], locale.result_eyebrow)
    .element(
        "h2",
        &[
            ("tabindex", "-1"),
            ("aria-describedby", LEAD_ID),
            ("class", "verdict"),
        ],
        locale.verdict_headline(verdict),
    )
    .close("header")
    .open("div", &[("class", "report")]);
    write_report(
        m,
        locale,
        view.outcome,
        view.answers,
        view.page.today,
        view.cta,
    );
    m.close("div")
        .open("div", &[("role", "status"), ("class", "copy-status")]);
    match view.copy {
        CopyStatus::Idle => {}
        CopyStatus::Copied => {
            m.element("p", &[], locale.link_copied);
        }
        CopyStatus::Refused(url) => {
            m.open("p", &[("class", "copy-fallback")])
                .element("label", &[("for", "share-link")], locale.copy_fallback)
                .open_with_value(
                    "input",
                    url,
                    &[
                        ("id", "share-link"),
                        ("type", "text"),
                        ("readonly", "readonly"),
                    ],
                )
                .close("p");
        }
    }
    m.close("div").close("article");
}
