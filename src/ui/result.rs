//! The result: verdict, why, warnings, the comparison table, the dated plan, the
//! visitor's answers (each changeable) and the actions.

use web_sys::Element;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser::{events, page};
use crate::content;
use crate::embedding::{share_url, EmbedOptions};
use crate::engine::{encode_share, plan, Action, Answers, Date, Outcome, Verdict, COMPARISON};
use crate::ui::answers::answer_list;

/// Properties of [`ResultView`].
#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// What the engine concluded.
    pub outcome: Outcome,
    /// The answers it concluded from.
    pub answers: Answers,
    /// Embed options (call to action, share parameter).
    pub options: EmbedOptions,
    /// The host element, for the `aisd:cta` event.
    pub host: Element,
    /// The verdict heading, focused when the result appears.
    pub heading: NodeRef,
    /// Receives the visitor's intent (change an answer, start over).
    pub on_action: Callback<Action>,
}

/// Outcome of "Copy link".
#[derive(Clone, PartialEq)]
enum Copy {
    Idle,
    Copied,
    /// The clipboard refused: show the link so the visitor can copy it by hand.
    Refused(String),
}

/// The result view.
#[function_component(ResultView)]
pub fn result_view(props: &ResultProps) -> Html {
    let outcome = &props.outcome;
    let verdict = outcome.verdict;
    let copy = use_state(|| Copy::Idle);
    let today = page::today().unwrap_or(Date::FALLBACK);
    let plan = plan(outcome, today);

    let on_copy = {
        let copy = copy.clone();
        let url = share_url(
            &page::url(),
            &props.options.storage_key,
            &encode_share(&props.answers),
        );
        Callback::from(move |_| {
            let copy = copy.clone();
            let url = url.clone();
            spawn_local(async move {
                let copied = page::copy_text(&url).await;
                copy.set(if copied {
                    Copy::Copied
                } else {
                    Copy::Refused(url)
                });
            });
        })
    };
    let on_start_over = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::StartOver))
    };
    let on_edit = {
        let on_action = props.on_action.clone();
        Callback::from(move |step| on_action.emit(Action::Edit(step)))
    };

    let recommended = |column: Verdict| (verdict == column).then_some("recommended");

    html! {
        <article class="result" part="result" data-verdict={verdict.id()}>
            <header>
                <p class="eyebrow">{ content::RESULT_EYEBROW }</p>
                <h2 class="verdict" tabindex="-1" ref={props.heading.clone()}>
                    { content::verdict_headline(verdict) }
                </h2>
                { for content::summary(outcome).into_iter().map(|s| html! { <p class="summary">{ s }</p> }) }
            </header>

            <section class="why" aria-labelledby="why-heading">
                <h3 id="why-heading">{ content::WHY_HEADING }</h3>
                <ul class="findings">
                    { for outcome.reasons.iter().map(|finding| html! {
                        <li data-reason={finding.id.id()}>
                            <strong>{ content::reason_title(finding.id) }</strong>
                            <p>{ content::reason_text(finding.id) }</p>
                            { for finding.causes.iter().map(|cause| html! {
                                <p class="cause">{ content::cause_text(cause) }</p>
                            }) }
                        </li>
                    }) }
                </ul>
            </section>

            if !outcome.warnings.is_empty() {
                <section class="warnings" aria-labelledby="warnings-heading">
                    <h3 id="warnings-heading">{ content::WARNINGS_HEADING }</h3>
                    <ul class="findings">
                        { for outcome.warnings.iter().map(|finding| html! {
                            <li class="warning" data-warning={finding.id.id()}>
                                <strong>{ content::warning_title(finding.id) }</strong>
                                <p>{ content::warning_text(finding.id) }</p>
                                <p class="todo">{ content::warning_action(finding.id) }</p>
                            </li>
                        }) }
                    </ul>
                </section>
            }

            <section class="compare" aria-labelledby="compare-heading">
                <h3 id="compare-heading">{ content::TABLE_HEADING }</h3>
                <p>{ content::table_intro(verdict) }</p>
                // Scrolls sideways on narrow screens, so keyboard users must be able to
                // focus it to scroll.
                <div class="table-wrap" tabindex="0" role="region" aria-label={content::TABLE_CAPTION}>
                    <table part="table">
                        <caption class="sr-only">{ content::TABLE_CAPTION }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ content::TABLE_DIMENSION }</th>
                                <th scope="col" class={recommended(Verdict::OperationsFirst)}>
                                    { content::OPERATIONS_AI }
                                    if verdict == Verdict::OperationsFirst {
                                        <span class="badge">{ content::RECOMMENDED }</span>
                                    }
                                </th>
                                <th scope="col" class={recommended(Verdict::GrowthFirst)}>
                                    { content::GROWTH_AI }
                                    if verdict == Verdict::GrowthFirst {
                                        <span class="badge">{ content::RECOMMENDED }</span>
                                    }
                                </th>
                            </tr>
                        </thead>
                        <tbody>
                            { for COMPARISON.iter().map(|row| html! {
                                <tr>
                                    <th scope="row">{ row.dimension }</th>
                                    <td class={recommended(Verdict::OperationsFirst)}>{ row.operations }</td>
                                    <td class={recommended(Verdict::GrowthFirst)}>{ row.growth }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>

            <section class="plan" part="plan" aria-labelledby="plan-heading">
                <h3 id="plan-heading">{ content::PLAN_HEADING }</h3>
                if let Some(baseline) = &plan.baseline {
                    <p class="baseline">{ content::baseline(baseline) }</p>
                }
                <div class="timeline" aria-hidden="true">
                    <span class="t0"></span><span class="t7"></span><span class="t45"></span><span class="t90"></span>
                    <b class="l0">{ content::DAY_0 }</b><b class="l45">{ content::DAY_45 }</b><b class="l90">{ content::DAY_90 }</b>
                </div>
                <ol class="plan-steps">
                    { for plan.steps.iter().map(|step| html! {
                        <li data-plan-step={step.id.id()}>
                            <time datetime={step.start.iso()}>{ step.start.to_string() }</time>
                            <strong>{ content::plan_title(verdict, step.id) }</strong>
                            <p>{ content::plan_text(verdict, step.id) }</p>
                        </li>
                    }) }
                </ol>
            </section>

            { answer_list(&props.answers, &on_edit) }

            <div class="actions">
                <button type="button" class="button" part="button" onclick={on_copy}>{ content::COPY_LINK }</button>
                <button type="button" class="button" part="button" onclick={|_| page::print()}>{ content::PRINT }</button>
                <button type="button" class="button" part="button" onclick={on_start_over}>{ content::START_OVER }</button>
                if let Some(cta) = &props.options.cta {
                    <a
                        class="button primary"
                        part="button cta"
                        href={cta.href.clone()}
                        onclick={
                            let host = props.host.clone();
                            let outcome = outcome.clone();
                            let href = cta.href.clone();
                            move |_| events::cta(&host, &outcome, &href)
                        }
                    >
                        { cta.label.clone() }
                    </a>
                }
            </div>
            <div class="copy-status" role="status">
                { match &*copy {
                    Copy::Idle => html! {},
                    Copy::Copied => html! { <p>{ content::LINK_COPIED }</p> },
                    Copy::Refused(url) => html! {
                        <p class="copy-fallback">
                            <label for="share-link">{ content::COPY_FALLBACK }</label>
                            <input id="share-link" type="text" readonly=true value={url.clone()} />
                        </p>
                    },
                } }
            </div>
        </article>
    }
}
