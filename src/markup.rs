//! A small HTML writer for static, read-only markup, safe by construction: tag and
//! attribute names are `'static` (written in this crate, never taken from input), and
//! every text and attribute value goes through [`escape`].
//!
//! Why it exists: every screen is one string from it (`crate::views`), the first screen
//! written at build time as well as each screen the Wasm shows, so the two cannot differ;
//! and a string costs a fraction of the Wasm that a framework's virtual DOM costs for the
//! same markup (see ARCHITECTURE.md, "Size").

/// An HTML fragment being written.
#[derive(Debug, Default)]
pub(crate) struct Markup(String);

/// Appends `text` to `out` with `&`, `<`, `>`, `"` and `'` escaped, so it is inert both as
/// text and inside a quoted attribute value.
pub(crate) fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

impl Markup {
    /// An empty fragment.
    pub(crate) fn new() -> Markup {
        Markup::default()
    }

    /// Writes `<tag name="value" …>`. An attribute whose value is empty is left out, so
    /// optional attributes (a class that only sometimes applies) need no branch.
    pub(crate) fn open(
        &mut self,
        tag: &'static str,
        attributes: &[(&'static str, &str)],
    ) -> &mut Self {
        self.open_tag(tag, None, attributes)
    }

    /// Writes `<tag value="value" name="value" …>`: like [`Markup::open`], with `value`
    /// first and written even when empty (a text field's empty value is still its value).
    pub(crate) fn open_with_value(
        &mut self,
        tag: &'static str,
        value: &str,
        attributes: &[(&'static str, &str)],
    ) -> &mut Self {
        self.open_tag(tag, Some(value), attributes)
    }

    fn open_tag(
        &mut self,
        tag: &'static str,
        value: Option<&str>,
        attributes: &[(&'static str, &str)],
    ) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        if let Some(value) = value {
            self.attribute("value", value);
        }
        for (name, value) in attributes {
            if !value.is_empty() {
                self.attribute(name, value);
            }
        }
        self.0.push('>');
        self
    }

    fn attribute(&mut self, name: &str, value: &str) {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        escape(&mut self.0, value);
        self.0.push('"');
    }

    /// Writes `</tag>`.
    pub(crate) fn close(&mut self, tag: &'static str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Writes escaped text.
    pub(crate) fn text(&mut self, text: &str) -> &mut Self {
        escape(&mut self.0, text);
        self
    }

    /// Writes `<tag …>text</tag>`.
    pub(crate) fn element(
        &mut self,
        tag: &'static str,
        attributes: &[(&'static str, &str)],
        text: &str,
    ) -> &mut Self {
        self.open(tag, attributes).text(text).close(tag)
    }

    /// The finished fragment.
    pub(crate) fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attribute_values_are_inert() {
        let hostile = r#""><img src=x onerror=alert(1)>'&"#;
        let mut markup = Markup::new();
        markup.element("p", &[("title", hostile)], hostile);
        let html = markup.into_string();
        assert_eq!(
            html,
            "<p title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;\">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;</p>"
        );
    }

    #[test]
    fn a_fields_value_comes_first_and_stays_when_empty() {
        let mut markup = Markup::new();
        markup.open_with_value("input", "", &[("id", "x"), ("class", "")]);
        markup.open_with_value("input", "1 < 2", &[("id", "y")]);
        assert_eq!(
            markup.into_string(),
            "<input value=\"\" id=\"x\"><input value=\"1 &lt; 2\" id=\"y\">"
        );
    }

    #[test]
    fn empty_attribute_values_are_left_out() {
        let mut markup = Markup::new();
        markup
            .open("td", &[("class", ""), ("data-x", "1")])
            .close("td");
        assert_eq!(markup.into_string(), "<td data-x=\"1\"></td>");
    }
}
