//! The first question as static HTML, for `embed.js` to show a first-time visitor before
//! the Wasm has arrived (issue 17): on a slow phone the Wasm takes seconds to download
//! and compile, while this markup and the stylesheet arrive in one round trip.
//!
//! The markup is the live first screen exactly: the root that `mount` fills (with its
//! `lang` and `dir`), the widget's root with the `auto` theme (`embed.js` swaps in the
//! page's theme), the empty notices and announcement regions, and the first step's form
//! as `ui::step` renders it, with the same words and the same cards ([`cards`](crate::choices::cards)). It is
//! written into `static/first/<tag>.html` by `UPDATE_LOCALES=1 cargo test --test
//! locales`, which fails while a file differs from what this function writes, and
//! `tests/e2e/instant.test.mjs` fails if the browser's static and live first screens
//! differ in any element, attribute or word. Native only: the Wasm never needs it.

use crate::choices::write_cards;
use crate::content::{Language, Words};
use crate::engine::{progress, Answers, Session};
use crate::markup::Markup;

/// The first question of a fresh session in `language`, whose words are `w`.
pub fn first_question(language: Language, w: &Words) -> String {
    let step = Session::default().step;
    let answers = Answers::default();
    let (position, total) = progress(&answers, step);
    let mut m = Markup::new();
    m.open("div", &[("lang", language.tag), ("dir", language.dir)])
        .open("div", &[("part", "root"), ("class", "aisd auto")])
        .element("div", &[("role", "status"), ("class", "notices")], "")
        .element(
            "div",
            &[
                ("aria-live", "polite"),
                ("aria-atomic", "true"),
                ("class", "sr-only"),
            ],
            "",
        )
        .open(
            "form",
            &[
                ("part", "step"),
                ("data-step", step.id()),
                ("novalidate", "novalidate"),
                ("class", "step"),
            ],
        )
        .open("div", &[("part", "progress"), ("class", "progress")])
        .element(
            "span",
            &[("id", "progress-label")],
            &w.step_counter(position, total),
        )
        .element(
            "progress",
            &[
                ("max", &total.to_string()),
                ("aria-labelledby", "progress-label"),
                ("value", &position.to_string()),
            ],
            "",
        )
        .close("div")
        .element("p", &[("class", "intro")], w.intro)
        .open(
            "fieldset",
            &[
                ("part", "question"),
                ("aria-describedby", "step-help"),
                ("class", "question"),
            ],
        )
        .open("legend", &[])
        .element(
            "h2",
            &[("tabindex", "-1"), ("class", "question-title")],
            w.step_title(step),
        )
        .close("legend")
        .element(
            "p",
            &[("id", "step-help"), ("class", "hint")],
            w.step_help(step),
        )
        .open("div", &[("class", "cards")]);
    write_cards(&mut m, w, step, &answers);
    m.close("div")
        .element("p", &[("role", "alert"), ("class", "error")], "")
        .close("fieldset")
        .open("div", &[("class", "nav")])
        .element(
            "p",
            &[("id", "next-hint"), ("class", "nav-hint")],
            w.choose_one,
        )
        .element(
            "button",
            &[
                ("type", "submit"),
                ("part", "button"),
                ("aria-disabled", "true"),
                ("aria-describedby", "next-hint"),
                ("class", "button primary"),
            ],
            w.next,
        )
        .close("div")
        .close("form")
        .close("div")
        .close("div");
    m.into_string()
}
