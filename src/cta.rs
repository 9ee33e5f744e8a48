//! The call to action's link, as the visitor follows it: the page owner's `data-cta-href`
//! with `{verdict}` and `{result-url}` filled in, and the host page's campaign
//! parameters (`data-cta-forward`) carried over (spec §6a). Pure, so every hostile
//! template and parameter is checked natively.

use crate::content::fill;

/// The names of the placeholders a `data-cta-href` may hold: `{verdict}`, `{result-url}`.
pub const PLACEHOLDERS: [&str; 2] = ["verdict", "result-url"];

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

/// The template with each known placeholder replaced by its value, URL-encoded.
pub fn fill(template: &str, verdict: &str, result_url: &str) -> String {
    fill::fill(
        template,
        &[
            (PLACEHOLDERS[0], &encode_component(verdict)),
            (PLACEHOLDERS[1], &encode_component(result_url)),
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
            fill(template, "operations-first", "https://h.example/#k=1"),
            "https://x.example/book?v=operations-first&r=https%3A%2F%2Fh.example%2F%23k%3D1&z={zip}"
        );
        assert!(unknown_placeholders("https://x.example/{verdict}").is_empty());
        assert_eq!(unknown_placeholders("a{b"), Vec::<String>::new());
        assert_eq!(unknown_placeholders("{}{a}}{"), ["{}", "{a}"]);
        assert_eq!(fill("{verdict}{verdict}x{", "v", "r"), "vvx{");
        assert_eq!(fill("a}b{result-url", "v", "r"), "a}b{result-url");
        assert!(holds("x{result-url}", "result-url") && !holds("x{verdict}", "result-url"));
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
}
