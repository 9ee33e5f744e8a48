//! Share links: this widget's share code in the page URL's fragment (`#key=code`), found
//! there on start, taken out once the visitor moves on, and written by "Copy link".

/// The share code for `key` in a URL fragment such as `#ai-sequencing-diagnostic=1abc`,
/// if the fragment carries one. Other fragment content (an anchor, another widget's code)
/// is ignored.
pub fn share_code_in_fragment<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .split('&')
        .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
}

/// The fragment with this widget's share code taken out and everything else kept (`""`
/// when nothing is left), so a reload stops re-opening a shared result once the visitor
/// has moved on from it.
pub fn fragment_without_code(fragment: &str, key: &str) -> String {
    let kept: Vec<&str> = fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .split('&')
        .filter(|pair| {
            !pair.is_empty()
                && pair
                    .strip_prefix(key)
                    .and_then(|r| r.strip_prefix('='))
                    .is_none()
        })
        .collect();
    // A loop rather than `join`, whose generic code costs the Wasm more than it saves.
    let mut out = String::new();
    for pair in kept {
        out.push(if out.is_empty() { '#' } else { '&' });
        out.push_str(pair);
    }
    out
}

/// The page URL with its fragment replaced by `key=code`: the link "Copy link" produces.
pub fn share_url(page_url: &str, key: &str, code: &str) -> String {
    let without_fragment = page_url.split('#').next().unwrap_or(page_url);
    format!("{without_fragment}#{key}={code}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_codes_are_found_by_key_among_other_fragment_content() {
        let key = "ai-sequencing-diagnostic";
        assert_eq!(
            share_code_in_fragment("#ai-sequencing-diagnostic=1abc", key),
            Some("1abc")
        );
        assert_eq!(
            share_code_in_fragment("#top&ai-sequencing-diagnostic=1abc", key),
            Some("1abc")
        );
        assert_eq!(share_code_in_fragment("#other-widget=1abc", key), None);
        assert_eq!(
            share_code_in_fragment("#ai-sequencing-diagnostic-2=1abc", key),
            None
        );
        assert_eq!(share_code_in_fragment("", key), None);
        assert_eq!(share_code_in_fragment("#", key), None);
    }

    #[test]
    fn removing_the_code_keeps_the_rest_of_the_fragment() {
        let key = "ai-sequencing-diagnostic";
        assert_eq!(
            fragment_without_code("#ai-sequencing-diagnostic=1abc", key),
            ""
        );
        assert_eq!(
            fragment_without_code("#top&ai-sequencing-diagnostic=1abc", key),
            "#top"
        );
        assert_eq!(
            fragment_without_code("#other=1&ai-sequencing-diagnostic=1", key),
            "#other=1"
        );
        assert_eq!(fragment_without_code("#pricing", key), "#pricing");
        assert_eq!(fragment_without_code("", key), "");
    }

    #[test]
    fn share_urls_replace_the_fragment_and_keep_the_rest() {
        assert_eq!(
            share_url("https://example.com/page?x=1#pricing", "k", "1abc"),
            "https://example.com/page?x=1#k=1abc"
        );
        assert_eq!(
            share_url("http://127.0.0.1:8080/", "k", "1"),
            "http://127.0.0.1:8080/#k=1"
        );
        let url = share_url("https://example.com/", "ai-sequencing-diagnostic", "1abc");
        let fragment = url.split_once('#').map(|(_, f)| f).unwrap_or("");
        assert_eq!(
            share_code_in_fragment(fragment, "ai-sequencing-diagnostic"),
            Some("1abc")
        );
    }
}
