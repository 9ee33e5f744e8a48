//! A language's words as a text file, one string a line in field order: how the Wasm
//! carries English and loads every other language, with no parser (the layout of
//! [`Words`] makes reading a file a length check and a cast).

use super::words::{Words, WORD_COUNT};

impl Words {
    /// The words of a locale file: [`WORD_COUNT`] lines in field order. `None` if the
    /// text has another number of lines (a file from another build, or damaged).
    pub fn from_lines(text: &'static str) -> Option<Box<Words>> {
        let mut parts = text.strip_suffix('\n').unwrap_or(text).split('\n');
        let mut lines = Box::new([""; WORD_COUNT]);
        for line in lines.iter_mut() {
            *line = parts.next()?;
        }
        if parts.next().is_some() {
            return None;
        }
        // SAFETY: `Words` has the layout of `[&'static str; WORD_COUNT]` (checked in `words.rs`),
        // so the allocation holds a valid `Words` of the same size and alignment.
        Some(unsafe { Box::from_raw(Box::into_raw(lines).cast::<Words>()) })
    }

    /// Every string, in field order: the lines of this language's locale file.
    pub fn lines(&self) -> &[&'static str; WORD_COUNT] {
        // SAFETY: as in `from_lines`, the same layout.
        unsafe { &*(self as *const Words).cast::<[&'static str; WORD_COUNT]>() }
    }
}

// Native only: the other languages' words are compiled in there alone.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::engine::Verdict;

    const ITALIAN: &Words = &crate::content::it::WORDS;

    #[test]
    fn a_locale_file_reads_back_as_the_same_words() {
        let text: String = ITALIAN.lines().iter().map(|l| format!("{l}\n")).collect();
        let text: &'static str = Box::leak(text.into_boxed_str());
        let words = Words::from_lines(text).expect("a complete file");
        assert_eq!(words.lines(), ITALIAN.lines());
        assert_eq!(
            words.verdict_headline(Verdict::GrowthFirst),
            "Parti dall’IA per la crescita"
        );
        let short = text
            .rsplit_once("Ricomincia\n")
            .map_or("", |(head, _)| head);
        assert!(
            Words::from_lines(Box::leak(short.into())).is_none(),
            "a line short"
        );
        let long = format!("{text}extra\n");
        assert!(
            Words::from_lines(Box::leak(long.into_boxed_str())).is_none(),
            "a line over"
        );
        assert!(Words::from_lines("").is_none());
    }
}
