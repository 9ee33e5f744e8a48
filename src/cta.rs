//! The call to action (spec §6a), from the page owner's attributes to the link the
//! visitor follows: `data-cta-href` and its label checked, `{verdict}`/`{result-url}`/
//! `{summary}` filled in URL-encoded, the host page's campaign parameters (`data-cta-forward`)
//! carried over. Pure, so every hostile template and parameter is checked natively.

use crate::content::fill;

/// The names of the placeholders a `data-cta-href` may hold: `{verdict}`, `{result-url}`,
/// `{summary}`.
pub const PLACEHOLDERS: [&str; 3] = ["verdict", "result-url", "summary"];

/// Longest accepted call-to-action label, in characters.
pub const MAX_LABEL_LEN: usize = 80;

/// The host's call to action as the result shows it: the link the visitor follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cta {
    /// A checked http(s), `mailto:` or relative URL.
    pub href: String,
    /// Visible text of the link.
    pub label: String,
    /// The line above it saying what happens next: `None` for the language's own, empty
    /// for none at all.
    pub note: Option<String>,
}

/// The call to action as the page configured it, before a result fills it in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CtaTemplate {
    /// `data-cta-href`, checked, possibly holding `{verdict}`, `{result-url}` and
    /// `{summary}`.
    pub href: String,
    /// Visible text of the link; `None` for the language's default label.
    pub label: Option<String>,
    /// `data-cta-note`, trimmed; `None` for the language's default line, empty for none.
    pub note: Option<String>,
    /// The host page's query parameters to copy onto the link (`utm`: every `utm_*`).
    pub forward: Vec<String>,
    /// `data-cta-share-numbers`: whether `{summary}` may carry the typed hours and cost.
    pub share_numbers: bool,
}

impl CtaTemplate {
    /// Whether the link needs the result's share URL (which carries the answers).
    pub fn needs_result_url(&self) -> bool {
        holds(&self.href, PLACEHOLDERS[1])
    }

    /// Whether the link needs the result's one-line summary.
    pub fn needs_summary(&self) -> bool {
        holds(&self.href, PLACEHOLDERS[2])
    }

    /// The link for a result (`filling`: the verdict id, the share URL and the one-line
    /// summary): placeholders filled in (URL-encoded) and the page's
    /// forwarded parameters added, labelled `default_label` if the page set no label;
    /// `None` if the filled-in link is not one the widget accepts, so nothing unsafe is
    /// ever shown.
    pub fn link(&self, filling: [&str; 3], page_url: &str, default_label: &str) -> Option<Cta> {
        let href = safe_href(&fill(&self.href, filling))?;
        Some(Cta {
            href: forward_parameters(&href, page_url, &self.forward),
            label: self.label.as_deref().unwrap_or(default_label).to_owned(),
            note: self.note.clone(),
        })
    }
}

/// The page's link, cleaned as a browser reads it, if it is http(s), `mailto:` or
/// relative both as written and with its placeholders filled in (what the visitor would
/// follow: `java{verdict}script:` is not).
pub fn checked_href(href: &str) -> Option<String> {
    safe_href(href).filter(|href| {
        let sample = [
            "growth-first",
            "https://example.invalid/",
            "Start with growth AI.",
        ];
        safe_href(&fill(href, sample)).is_some()
    })
}

/// The page's label, trimmed, if it is 1 to [`MAX_LABEL_LEN`] characters.
pub fn checked_label(label: &str) -> Option<String> {
    let text = label.trim();
    (!text.is_empty() && text.chars().count() <= MAX_LABEL_LEN).then(|| text.to_owned())
}

/// Returns the link cleaned the way a browser would read it, when it is http(s), `mailto:`
/// or relative. Browsers drop tabs and newlines anywhere in a URL and trim control
/// characters and spaces, so `"java\tscript:"` must be read as `javascript:`.
fn safe_href(href: &str) -> Option<String> {
    let cleaned: String = href
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    let scheme_end = cleaned.find([':', '/', '?', '#']);
    match scheme_end {
        Some(i) if cleaned[i..].starts_with(':') => {
            let scheme = cleaned[..i].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto").then_some(cleaned)
        }
        _ => Some(cleaned),
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters, so a value is one
/// opaque query or path component (a space is `%20`, which `mailto:` bodies need).
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
    out
}

/// The `{…}` placeholders in a template whose names are not in [`PLACEHOLDERS`], in
/// order, as written.
pub fn unknown_placeholders(template: &str) -> Vec<String> {
    fill::parts(template)
        .filter_map(|(_, name)| name)
        .filter(|name| !PLACEHOLDERS.contains(name))
        .map(|name| format!("{{{name}}}"))
        .collect()
}

/// Whether the template holds the placeholder of this name.
pub fn holds(template: &str, name: &str) -> bool {
    fill::parts(template).any(|(_, placeholder)| placeholder == Some(name))
}

/// The template with each placeholder of [`PLACEHOLDERS`] replaced by the value in the
/// same position, URL-encoded.
pub fn fill(template: &str, values: [&str; 3]) -> String {
    let encoded = values.map(encode_component);
    fill::fill(
        template,
        &[
            (PLACEHOLDERS[0], &encoded[0]),
            (PLACEHOLDERS[1], &encoded[1]),
            (PLACEHOLDERS[2], &encoded[2]),
        ],
    )
}

/// Whether the link is a `mailto:` link, whose query is an e-mail's headers (campaign
/// parameters make no sense there).
pub fn is_mailto(href: &str) -> bool {
    href.get(..7)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("mailto:"))
}

/// The names of the query parameters in a URL's query (before any fragment).
fn query_pairs(url: &str) -> impl Iterator<Item = &str> {
    let without_fragment = url.split('#').next().unwrap_or_default();
    without_fragment
        .split_once('?')
        .map_or("", |(_, query)| query)
        .split('&')
        .filter(|pair| !pair.is_empty())
}

fn pair_name(pair: &str) -> &str {
    pair.split('=').next().unwrap_or_default()
}

/// Whether a parameter of the page is one the owner asked to forward: named in the list,
/// or any `utm_*` parameter when the list holds `utm`.
fn is_forwarded(name: &str, forward: &[String]) -> bool {
    forward.iter().any(|wanted| {
        wanted == name || (wanted == "utm" && name.starts_with("utm_") && name.len() > 4)
    })
}

/// `href` with the page's forwarded query parameters added, each exactly as the page's
/// URL carries it (already encoded); a parameter the link already sets is kept as the
/// owner wrote it. `mailto:` links are left alone.
pub fn forward_parameters(href: &str, page_url: &str, forward: &[String]) -> String {
    if forward.is_empty() || is_mailto(href) {
        return href.to_owned();
    }
    let already: Vec<&str> = query_pairs(href).map(pair_name).collect();
    let mut added: Vec<&str> = Vec::new();
    for pair in query_pairs(page_url) {
        let name = pair_name(pair);
        if is_forwarded(name, forward)
            && !already.contains(&name)
            && !added.iter().any(|p| pair_name(p) == name)
        {
            added.push(pair);
        }
    }
    if added.is_empty() {
        return href.to_owned();
    }
    let (before, fragment) = match href.find('#') {
        Some(i) => href.split_at(i),
        None => (href, ""),
    };
    let separator = if !before.contains('?') {
        "?"
    } else if before.ends_with(['?', '&']) {
        ""
    } else {
        "&"
    };
    let mut out = String::with_capacity(href.len() + 64);
    out.push_str(before);
    out.push_str(separator);
    // A loop rather than `join`, whose generic code costs the Wasm more than it saves.
    for (i, pair) in added.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(pair);
    }
    out.push_str(fragment);
    out
}

/// The names in a `data-cta-forward` value: space-separated, each 1 to 64 letters, digits,
/// `-`, `_` or `.`; the rest are returned apart so the page can be told.
pub fn parse_forward(value: &str) -> (Vec<String>, Vec<String>) {
    value
        .split_ascii_whitespace()
        .map(str::to_owned)
        .partition(|name| {
            name.len() <= 64
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_encoded_as_one_component() {
        assert_eq!(encode_component("growth-first"), "growth-first");
        assert_eq!(
            encode_component("https://a.example/p?x=1#k=1btm"),
            "https%3A%2F%2Fa.example%2Fp%3Fx%3D1%23k%3D1btm"
        );
        assert_eq!(encode_component("a b&c\"<é"), "a%20b%26c%22%3C%C3%A9");
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_reported() {
        let template = "https://x.example/book?v={verdict}&r={result-url}&z={zip}";
        assert_eq!(unknown_placeholders(template), ["{zip}"]);
        assert_eq!(
            fill(template, ["operations-first", "https://h.example/#k=1", "s"]),
            "https://x.example/book?v=operations-first&r=https%3A%2F%2Fh.example%2F%23k%3D1&z={zip}"
        );
        assert!(unknown_placeholders("https://x.example/{verdict}").is_empty());
        assert_eq!(unknown_placeholders("a{b"), Vec::<String>::new());
        assert_eq!(unknown_placeholders("{}{a}}{"), ["{}", "{a}"]);
        assert_eq!(fill("{verdict}{verdict}x{", ["v", "r", "s"]), "vvx{");
        assert_eq!(fill("a}b{result-url", ["v", "r", "s"]), "a}b{result-url");
        assert_eq!(
            fill("?notes={summary}&v={verdict}", ["v", "r", "Start: a; b."]),
            "?notes=Start%3A%20a%3B%20b.&v=v"
        );
        assert!(holds("x{result-url}", "result-url") && !holds("x{verdict}", "result-url"));
        assert!(unknown_placeholders("/book?notes={summary}").is_empty());
    }

    #[test]
    fn forwarded_parameters_join_the_link_without_overwriting_it() {
        let page = "https://h.example/landing?utm_source=news&utm_medium=email&gclid=abc&utm_=x&other=1#top";
        let utm = vec!["utm".to_owned()];
        assert_eq!(
            forward_parameters("https://x.example/book", page, &utm),
            "https://x.example/book?utm_source=news&utm_medium=email"
        );
        assert_eq!(
            forward_parameters("https://x.example/book?utm_source=site#form", page, &utm),
            "https://x.example/book?utm_source=site&utm_medium=email#form"
        );
        let named = vec!["gclid".to_owned(), "missing".to_owned()];
        assert_eq!(
            forward_parameters("/contact?", page, &named),
            "/contact?gclid=abc"
        );
        assert_eq!(
            forward_parameters("mailto:hi@x.example?subject=Hello", page, &utm),
            "mailto:hi@x.example?subject=Hello"
        );
        assert_eq!(
            forward_parameters("/contact", "https://h.example/", &utm),
            "/contact"
        );
        assert_eq!(
            forward_parameters("/c", "https://h.example/?utm_a=1&utm_a=2", &utm),
            "/c?utm_a=1",
            "a repeated parameter is forwarded once"
        );
    }

    #[test]
    fn forward_lists_keep_only_plain_names() {
        let (names, refused) = parse_forward("  utm gclid\tfbclid <script> a=b ");
        assert_eq!(names, ["utm", "gclid", "fbclid"]);
        assert_eq!(refused, ["<script>", "a=b"]);
    }

    #[test]
    fn only_mailto_links_are_mailto() {
        assert!(is_mailto("MAILTO:a@b.example"));
        assert!(!is_mailto("https://mailto.example/"));
        assert!(!is_mailto("mail"));
    }

    #[test]
    fn only_http_https_mailto_and_relative_links_are_accepted() {
        for (href, accepted) in [
            ("https://example.com/contact", true),
            ("HTTP://example.com", true),
            ("/contact", true),
            ("contact.html?from=diagnostic#top", true),
            ("//example.com/contact", true),
            ("javascript:alert(1)", false),
            ("JavaScript:alert(1)", false),
            (" java\tscript:alert(1)", false),
            ("\u{1}javascript:alert(1)", false),
            ("data:text/html,<script>alert(1)</script>", false),
            ("vbscript:msgbox", false),
            ("mailto:sales@example.com", true),
            ("MailTo:sales@example.com?subject=Hi", true),
            ("https://example.com/book?v={verdict}&r={result-url}", true),
            (
                "mailto:hi@x.example?subject={verdict}&body={result-url}",
                true,
            ),
            ("{verdict}:alert(1)", false),
            ("java{verdict}script:alert(1)", false),
            ("javascript{result-url}:alert(1)", false),
            ("{summary}:alert(1)", false),
            ("https://cal.example/x?notes={summary}", true),
            ("", false),
            ("   ", false),
        ] {
            assert_eq!(
                checked_href(href).is_some(),
                accepted,
                "data-cta-href={href:?}"
            );
        }
    }

    #[test]
    fn a_link_carries_the_result_and_the_campaign_when_asked() {
        let template = CtaTemplate {
            href: "https://x.example/book?verdict={verdict}&answers={result-url}&ref={ref}"
                .to_owned(),
            label: Some("Book a call".to_owned()),
            note: Some("We reply within a day.".to_owned()),
            forward: parse_forward("utm gclid").0,
            share_numbers: false,
        };
        assert!(template.needs_result_url() && !template.needs_summary());
        let link = template.link(
            [
                "growth-first",
                "https://h.example/p?utm_source=ad#ai-sequencing-diagnostic=1r-n-y07",
                "",
            ],
            "https://h.example/p?utm_source=ad&utm_campaign=spring&gclid=g1&x=2",
            "Talk to us",
        );
        assert_eq!(
            link,
            Some(Cta {
                href: "https://x.example/book?verdict=growth-first&answers=https%3A%2F%2Fh.example%2Fp%3Futm_source%3Dad%23ai-sequencing-diagnostic%3D1r-n-y07&ref={ref}&utm_source=ad&utm_campaign=spring&gclid=g1".to_owned(),
                label: "Book a call".to_owned(),
                note: Some("We reply within a day.".to_owned()),
            })
        );
    }

    #[test]
    fn a_mailto_link_gets_its_body_encoded_and_no_campaign() {
        let template = CtaTemplate {
            href: "mailto:hello@x.example?subject=Diagnostic%3A%20{verdict}&body=My%20result%3A%20{result-url}".to_owned(),
            label: None,
            note: None,
            forward: vec!["utm".to_owned()],
            share_numbers: false,
        };
        let link = template
            .link(
                ["process-audit-first", "https://h.example/#k=1 2", ""],
                "https://h.example/?utm_source=x",
                "Talk to us",
            )
            .map(|c| c.href);
        assert_eq!(
            link.as_deref(),
            Some("mailto:hello@x.example?subject=Diagnostic%3A%20process-audit-first&body=My%20result%3A%20https%3A%2F%2Fh.example%2F%23k%3D1%202")
        );
        let plain = CtaTemplate {
            href: "/contact".to_owned(),
            label: Some("Talk".to_owned()),
            note: None,
            forward: Vec::new(),
            share_numbers: false,
        };
        assert!(!plain.needs_result_url() && !plain.needs_summary());
        assert_eq!(
            plain
                .link(
                    ["growth-first", "", ""],
                    "https://h.example/?utm_source=x",
                    ""
                )
                .map(|c| c.href),
            Some("/contact".to_owned())
        );
    }
}
