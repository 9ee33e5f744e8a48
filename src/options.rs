//! The options the embedding page sets on the widget (the `data-*` attributes of its
//! `<script>` tag, and the language `embed.js` chose), read into [`EmbedOptions`].
//!
//! Pure parsing at the boundary: everything here turns untrusted host strings into types
//! that cannot be invalid, so the rest of the widget never re-checks them.

use core::fmt;

use crate::content::{Currency, Language, LANGUAGES};
use crate::contract::{is_usable_key, NAME};
use crate::cta::{self, CtaTemplate, MAX_LABEL_LEN};

pub use crate::contract::MAX_KEY_LEN;

/// The storage key used when the page sets none; also the share-link parameter name.
pub const DEFAULT_STORAGE_KEY: &str = NAME;

/// The options exactly as the page wrote them (`None` for an absent attribute).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RawOptions {
    /// `data-storage-key`.
    pub storage_key: Option<String>,
    /// `data-theme`.
    pub theme: Option<String>,
    /// `data-cta-href`.
    pub cta_href: Option<String>,
    /// `data-cta-label-<lang>` for the widget's language, else `data-cta-label`.
    pub cta_label: Option<String>,
    /// `data-cta-note-<lang>` for the widget's language, else `data-cta-note`.
    pub cta_note: Option<String>,
    /// `data-cta-forward`.
    pub cta_forward: Option<String>,
    /// Whether the page set `data-cta-share-numbers` (any value).
    pub cta_share_numbers: bool,
    /// The tag of the language `embed.js` chose (from `data-locale`, the page's `lang`
    /// and the visitor's languages), one of [`LANGUAGES`].
    pub language: Option<String>,
    /// `data-currency`.
    pub currency: Option<String>,
}

/// Colour scheme of the widget.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Always light.
    Light,
    /// Always dark.
    Dark,
    /// Follows the visitor's system setting.
    #[default]
    Auto,
}

impl Theme {
    /// Every theme, as `data-theme` names them.
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    /// The `data-theme` value that asks for this theme.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    /// The widget root's classes: `aisd` plus the one the stylesheet keys the theme on.
    pub fn root_class(self) -> &'static str {
        match self {
            Theme::Light => "aisd light",
            Theme::Dark => "aisd dark",
            Theme::Auto => "aisd auto",
        }
    }
}

/// Validated options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// `localStorage` key, also the name of the share-link parameter.
    pub storage_key: String,
    /// Colour scheme.
    pub theme: Theme,
    /// Call to action, when the page configured one.
    pub cta: Option<CtaTemplate>,
    /// The language the widget speaks.
    pub language: Language,
    /// The currency of amounts, when the page set one.
    pub currency: Option<Currency>,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            storage_key: DEFAULT_STORAGE_KEY.to_owned(),
            theme: Theme::Auto,
            cta: None,
            language: Language::ENGLISH,
            currency: None,
        }
    }
}

/// A `data-*` option the widget could not use; each has a fallback, so none is fatal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedOptionError {
    /// `data-theme` is not `light`, `dark` or `auto`.
    UnknownTheme(String),
    /// `data-storage-key` is empty, too long, or has characters outside `A-Z a-z 0-9 - _ .`.
    BadStorageKey(String),
    /// `data-cta-href` is not an http(s), `mailto:` or relative URL (e.g. `javascript:`),
    /// or would not be one with its placeholders filled in.
    UnsafeCtaHref(String),
    /// `data-cta-href` holds a `{…}` that is not a placeholder; it is left as written.
    UnknownCtaPlaceholder(String),
    /// `data-cta-forward` names something that cannot be a query parameter name.
    BadCtaForward(String),
    /// `data-cta-label` is set without `data-cta-href`.
    CtaLabelWithoutHref,
    /// `data-cta-label` is empty or longer than [`MAX_LABEL_LEN`] characters.
    BadCtaLabel,
    /// `data-currency` is not an ISO 4217 code (three letters).
    BadCurrency(String),
}

impl fmt::Display for EmbedOptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmbedOptionError::UnknownTheme(value) => write!(
                f,
                "data-theme=\"{value}\" is not a theme; using \"auto\". Set it to light, dark or auto."
            ),
            EmbedOptionError::BadStorageKey(value) => write!(
                f,
                "data-storage-key=\"{value}\" is not usable; using \"{DEFAULT_STORAGE_KEY}\". Use 1 to {MAX_KEY_LEN} letters, digits, '-', '_' or '.'."
            ),
            EmbedOptionError::UnsafeCtaHref(value) => write!(
                f,
                "data-cta-href=\"{value}\" was refused: the call to action is hidden. Use an https://, http://, mailto: or relative link."
            ),
            EmbedOptionError::UnknownCtaPlaceholder(token) => write!(
                f,
                "data-cta-href holds {token}, left as written: the placeholders are {{verdict}} and {{result-url}}."
            ),
            EmbedOptionError::BadCtaForward(name) => write!(
                f,
                "data-cta-forward names \"{name}\", not a parameter name; ignored. List names separated by spaces (utm: every utm_*)."
            ),
            EmbedOptionError::CtaLabelWithoutHref => f.write_str(
                "data-cta-label is set but data-cta-href is not: the call to action is hidden. Add data-cta-href.",
            ),
            EmbedOptionError::BadCtaLabel => write!(
                f,
                "data-cta-label must be 1 to {MAX_LABEL_LEN} characters; using the default label."
            ),
            EmbedOptionError::BadCurrency(value) => write!(
                f,
                "data-currency=\"{value}\" is not a currency code; amounts are shown without one. Use an ISO 4217 code such as EUR or USD."
            ),
        }
    }
}

/// Turns the page's raw options into usable ones, with one error per option that needed
/// a fallback (the shell logs them as console warnings for the page's developer).
pub fn parse_options(raw: &RawOptions) -> (EmbedOptions, Vec<EmbedOptionError>) {
    let mut errors = Vec::new();
    // Matched as written rather than searched for through `Theme::id`, which costs the
    // Wasm more; a test checks that both name the same themes.
    let theme = match raw.theme.as_deref().map(str::trim) {
        None | Some("auto") => Theme::Auto,
        Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        Some(other) => {
            errors.push(EmbedOptionError::UnknownTheme(other.to_owned()));
            Theme::Auto
        }
    };
    let storage_key = match raw.storage_key.as_deref() {
        None => DEFAULT_STORAGE_KEY.to_owned(),
        Some(key) if is_usable_key(key) => key.to_owned(),
        Some(key) => {
            errors.push(EmbedOptionError::BadStorageKey(key.to_owned()));
            DEFAULT_STORAGE_KEY.to_owned()
        }
    };
    let cta = match (raw.cta_href.as_deref(), raw.cta_label.as_deref()) {
        (None, None) => None,
        (None, Some(_)) => {
            errors.push(EmbedOptionError::CtaLabelWithoutHref);
            None
        }
        (Some(href), label) => match cta::checked_href(href) {
            None => {
                errors.push(EmbedOptionError::UnsafeCtaHref(href.to_owned()));
                None
            }
            Some(href) => {
                let label = label.and_then(|label| {
                    let checked = cta::checked_label(label);
                    if checked.is_none() {
                        errors.push(EmbedOptionError::BadCtaLabel);
                    }
                    checked
                });
                errors.extend(
                    cta::unknown_placeholders(&href)
                        .into_iter()
                        .map(EmbedOptionError::UnknownCtaPlaceholder),
                );
                let (forward, refused) =
                    cta::parse_forward(raw.cta_forward.as_deref().unwrap_or(""));
                errors.extend(refused.into_iter().map(EmbedOptionError::BadCtaForward));
                Some(CtaTemplate {
                    href,
                    label,
                    // An empty note is the page asking for none; it needs no check, being
                    // a paragraph's text that wraps, not a button's.
                    note: raw.cta_note.as_deref().map(|note| note.trim().to_owned()),
                    forward,
                    share_numbers: raw.cta_share_numbers,
                })
            }
        },
    };
    // `embed.js` chose among the languages this build ships and warned about the page's
    // choices; a tag this Wasm does not know (a mismatched build) means English.
    let language = LANGUAGES
        .into_iter()
        .find(|language| raw.language.as_deref() == Some(language.tag))
        .unwrap_or(Language::ENGLISH);
    let currency = raw.currency.as_deref().and_then(|code| {
        let currency = Currency::parse(code);
        if currency.is_none() {
            errors.push(EmbedOptionError::BadCurrency(code.to_owned()));
        }
        currency
    });
    (
        EmbedOptions {
            storage_key,
            theme,
            cta,
            language,
            currency,
        },
        errors,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(
        theme: Option<&str>,
        key: Option<&str>,
        href: Option<&str>,
        label: Option<&str>,
    ) -> RawOptions {
        RawOptions {
            storage_key: key.map(str::to_owned),
            theme: theme.map(str::to_owned),
            cta_href: href.map(str::to_owned),
            cta_label: label.map(str::to_owned),
            ..RawOptions::default()
        }
    }

    #[test]
    fn no_attributes_give_the_defaults_without_complaint() {
        assert_eq!(
            parse_options(&RawOptions::default()),
            (EmbedOptions::default(), vec![])
        );
    }

    #[test]
    fn themes_are_parsed_and_unknown_ones_fall_back_to_auto_with_a_warning() {
        for (value, theme, warned) in [
            ("light", Theme::Light, false),
            ("dark", Theme::Dark, false),
            ("auto", Theme::Auto, false),
            (" dark ", Theme::Dark, false),
            ("purple", Theme::Auto, true),
            ("", Theme::Auto, true),
            ("<b>dark</b>", Theme::Auto, true),
        ] {
            let (options, errors) = parse_options(&raw(Some(value), None, None, None));
            assert_eq!(options.theme, theme, "data-theme={value:?}");
            assert_eq!(!errors.is_empty(), warned, "data-theme={value:?}");
        }
    }

    #[test]
    fn storage_keys_must_be_short_and_url_safe() {
        for (key, ok) in [
            ("acme-diagnostic", true),
            ("a.b_c-1", true),
            ("", false),
            ("has space", false),
            ("\"><img src=x onerror=alert(1)>", false),
            ("ключ", false),
            (&"k".repeat(65), false),
        ] {
            let (options, errors) = parse_options(&raw(None, Some(key), None, None));
            let expected = if ok { key } else { DEFAULT_STORAGE_KEY };
            assert_eq!(options.storage_key, expected, "data-storage-key={key:?}");
            assert_eq!(errors.is_empty(), ok, "data-storage-key={key:?}");
        }
    }

    #[test]
    fn cta_options_become_a_template_and_each_problem_is_reported() {
        let mut options = raw(
            None,
            None,
            Some("https://x.example/book?verdict={verdict}&answers={result-url}&ref={ref}"),
            Some("Book a call"),
        );
        options.cta_forward = Some("utm gclid <bad>".to_owned());
        options.cta_note = Some(" A partner replies within a day. ".to_owned());
        options.cta_share_numbers = true;
        let (options, errors) = parse_options(&options);
        assert_eq!(
            errors,
            [
                EmbedOptionError::UnknownCtaPlaceholder("{ref}".to_owned()),
                EmbedOptionError::BadCtaForward("<bad>".to_owned()),
            ]
        );
        assert_eq!(
            options.cta,
            Some(CtaTemplate {
                href: "https://x.example/book?verdict={verdict}&answers={result-url}&ref={ref}"
                    .to_owned(),
                label: Some("Book a call".to_owned()),
                note: Some("A partner replies within a day.".to_owned()),
                forward: vec!["utm".to_owned(), "gclid".to_owned()],
                share_numbers: true,
            })
        );
        for href in ["javascript:alert(1)", "java{verdict}script:alert(1)", " "] {
            let (options, errors) = parse_options(&raw(None, None, Some(href), Some("Talk")));
            assert_eq!(options.cta, None, "data-cta-href={href:?}");
            assert_eq!(
                errors,
                [EmbedOptionError::UnsafeCtaHref(href.to_owned())],
                "data-cta-href={href:?}"
            );
        }
    }

    #[test]
    fn the_cta_label_defaults_and_is_required_to_be_reasonable() {
        let label = |options: EmbedOptions| {
            options
                .cta
                .and_then(|c| c.link(["growth-first", "", ""], "", "Default"))
                .map(|c| c.label)
        };
        let (options, errors) = parse_options(&raw(None, None, Some("/c"), None));
        assert_eq!(label(options), Some("Default".to_owned()));
        assert!(errors.is_empty());

        let (options, errors) = parse_options(&raw(None, None, Some("/c"), Some(&"x".repeat(81))));
        assert_eq!(label(options), Some("Default".to_owned()));
        assert_eq!(errors, vec![EmbedOptionError::BadCtaLabel]);

        let (options, _) = parse_options(&raw(None, None, Some("/c"), Some(" Book a call ")));
        assert_eq!(label(options), Some("Book a call".to_owned()));

        let (options, errors) = parse_options(&raw(None, None, None, Some("Talk")));
        assert_eq!(options.cta, None);
        assert_eq!(errors, vec![EmbedOptionError::CtaLabelWithoutHref]);
    }

    #[test]
    fn every_option_error_explains_which_attribute_to_fix() {
        for (error, attribute) in [
            (EmbedOptionError::UnknownTheme("x".into()), "data-theme"),
            (
                EmbedOptionError::BadStorageKey("x".into()),
                "data-storage-key",
            ),
            (EmbedOptionError::UnsafeCtaHref("x".into()), "data-cta-href"),
            (EmbedOptionError::CtaLabelWithoutHref, "data-cta-href"),
            (
                EmbedOptionError::UnknownCtaPlaceholder("{x}".into()),
                "data-cta-href",
            ),
            (
                EmbedOptionError::BadCtaForward("x".into()),
                "data-cta-forward",
            ),
            (EmbedOptionError::BadCtaLabel, "data-cta-label"),
            (
                EmbedOptionError::BadCurrency("euro".into()),
                "data-currency",
            ),
        ] {
            assert!(error.to_string().contains(attribute), "{error:?}");
        }
        // The limits in the messages are the ones enforced.
        assert!(EmbedOptionError::BadStorageKey("x".into())
            .to_string()
            .contains("1 to 64 letters"));
        assert!(EmbedOptionError::BadCtaLabel
            .to_string()
            .contains("1 to 80 characters"));
        let long_key = "k".repeat(MAX_KEY_LEN + 1);
        assert!(!is_usable_key(&long_key) && is_usable_key(&long_key[1..]));
    }

    #[test]
    fn the_language_is_the_one_embed_js_chose_if_this_build_has_it() {
        for (chosen, tag) in [
            (None, "en"),
            (Some("it"), "it"),
            (Some("en"), "en"),
            (Some("fr"), "en"),
            (Some("IT"), "en"),
        ] {
            let (options, errors) = parse_options(&RawOptions {
                language: chosen.map(str::to_owned),
                ..RawOptions::default()
            });
            assert_eq!(options.language.tag, tag, "{chosen:?}");
            assert!(errors.is_empty());
        }
    }

    #[test]
    fn currencies_are_three_letter_codes() {
        for (value, code, symbol) in [
            ("EUR", Some("EUR"), Some("€")),
            (" eur ", Some("EUR"), Some("€")),
            ("usd", Some("USD"), Some("$")),
            ("GBP", Some("GBP"), Some("£")),
            ("CHF", Some("CHF"), None),
            ("euro", None, None),
            ("€", None, None),
            ("E1R", None, None),
            ("", None, None),
        ] {
            let (options, errors) = parse_options(&RawOptions {
                currency: Some(value.to_owned()),
                ..RawOptions::default()
            });
            assert_eq!(
                options.currency.map(Currency::code).as_deref(),
                code,
                "{value:?}"
            );
            assert_eq!(
                options.currency.and_then(Currency::symbol),
                symbol,
                "{value:?}"
            );
            assert_eq!(errors.is_empty(), code.is_some(), "{value:?}");
        }
        assert_eq!(parse_options(&RawOptions::default()).0.currency, None);
    }

    #[test]
    fn each_themes_id_is_the_data_theme_value_that_picks_it() {
        for theme in Theme::ALL {
            let (options, errors) = parse_options(&raw(Some(theme.id()), None, None, None));
            assert_eq!((options.theme, errors.len()), (theme, 0), "{theme:?}");
        }
    }

    #[test]
    fn each_theme_names_a_class_the_stylesheet_styles() {
        let css = include_str!("../static/widget.css");
        for (theme, class) in [(Theme::Light, "aisd light"), (Theme::Dark, "aisd dark")] {
            assert_eq!(theme.root_class(), class);
            let selector = format!(".{}", class.replace(' ', "."));
            assert!(css.contains(&selector), "{selector} is not in widget.css");
        }
        // `auto` follows the visitor's system: `.aisd` alone, with no forced scheme.
        assert_eq!(Theme::Auto.root_class(), "aisd auto");
        assert!(!css.contains(".aisd.auto"));
    }
}
