//! The one reader of `{name}` templates: a language's words (`"Step {position} of
//! {total}"`) and the call to action's link (`{verdict}`, `{result-url}`) are both filled
//! in here, so they cannot disagree on what a placeholder is.

/// Splits a template into `(text, name)` pairs, in order: literal text, then the name
/// between the braces of the `{…}` after it (`None` after the last). A `{` with no `}`
/// after it is text. Written with character searches only, which cost the Wasm less than
/// substring searches.
pub(crate) fn parts(template: &str) -> impl Iterator<Item = (&str, Option<&str>)> {
    let mut rest = template;
    core::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let braces = rest
            .find('{')
            .and_then(|open| Some((open, open + rest[open..].find('}')?)));
        let (text, name, after) = match braces {
            Some((open, close)) => (
                &rest[..open],
                Some(&rest[open + 1..close]),
                &rest[close + 1..],
            ),
            None => (rest, None, ""),
        };
        rest = after;
        Some((text, name))
    })
}

/// `template` with each `{name}` replaced by its value; a `{name}` that is not given
/// stays as written.
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    // One pass, not `str::replace` per name, whose substring search costs the Wasm a
    // kilobyte.
    let given: usize = values.iter().map(|(_, value)| value.len()).sum();
    let mut text = String::with_capacity(template.len() + given);
    for (literal, name) in parts(template) {
        text.push_str(literal);
        let Some(name) = name else { continue };
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => text.push_str(value),
            None => {
                text.push('{');
                text.push_str(name);
                text.push('}');
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_filled_in_by_name_and_anything_else_is_kept() {
        let values = [("a", "1"), ("bb", "22")];
        for (template, filled) in [
            ("", ""),
            ("plain", "plain"),
            ("{a}", "1"),
            ("x {bb} y {a}{a}.", "x 22 y 11."),
            ("{unknown} {a}", "{unknown} 1"),
            ("a { b", "a { b"),
            ("open {", "open {"),
            ("{}", "{}"),
            ("é{a}€", "é1€"),
            ("{}{a}}{", "{}1}{"),
            ("a}b{a", "a}b{a"),
            ("{a {bb}", "{a {bb}"),
        ] {
            assert_eq!(fill(template, &values), filled, "{template:?}");
        }
    }

    #[test]
    fn parts_split_text_from_names() {
        assert_eq!(
            parts("x {bb} y {}{").collect::<Vec<_>>(),
            [("x ", Some("bb")), (" y ", Some("")), ("{", None)]
        );
        assert_eq!(parts("").count(), 0);
    }
}
