//! Amounts as one page reads them: a [`Locale`] (a language's words with the page's
//! currency) writes numbers, money, the numbers step's answer, the cost baseline.

use core::ops::Deref;

use super::currency::Currency;
use super::fill::fill;
use super::language::Language;
use super::words::Words;
use crate::engine::{decimal, Baseline, CostNumbers, DecimalMark};

impl Words {
    /// How this language writes decimals, for reading what the visitor types.
    pub fn decimal_mark(&self) -> DecimalMark {
        DecimalMark::of(self.decimal_mark)
    }

    /// Hundredths as a number for display: the language's thousands separator and
    /// decimal mark, at most two decimals.
    pub fn number(&self, hundredths: u64) -> String {
        decimal(hundredths, self.group_mark, self.decimal_mark, false)
    }
}

/// How the widget speaks on one page: the words of its language, and the currency the
/// page set for amounts, if any. It reads as its [`Words`] (`locale.intro`,
/// `locale.step_title(…)`), adding what needs the currency.
#[derive(Clone, Copy, Debug)]
pub struct Locale {
    /// The language, as the root's `lang` and `dir` carry it.
    pub language: Language,
    /// Its words.
    pub words: &'static Words,
    /// The currency of the amounts, when the page set `data-currency`.
    pub currency: Option<Currency>,
}

impl Deref for Locale {
    type Target = Words;

    fn deref(&self) -> &Words {
        self.words
    }
}

impl Locale {
    /// An amount of money in hundredths, as the language writes it in the page's
    /// currency (`€900`, `900 €`, `CHF 62.50`), or a plain number without one. Cents
    /// are shown only when there are some, and then both digits.
    pub fn money(&self, hundredths: u64) -> String {
        let amount = decimal(hundredths, self.group_mark, self.decimal_mark, true);
        let Some(currency) = self.currency else {
            return amount;
        };
        let (pattern, currency) = match currency.symbol() {
            Some(symbol) => (self.money_symbol, symbol.to_owned()),
            None => (self.money_code, currency.code()),
        };
        fill(pattern, &[("currency", &currency), ("amount", &amount)])
    }

    /// The numbers step answered, in words, for "Your answers".
    pub fn numbers_text(&self, numbers: &CostNumbers) -> String {
        let hours = numbers.weekly_hours.map(|h| self.number(h.hundredths()));
        let cost = numbers.hourly_cost.map(|c| self.money(c.hundredths()));
        match (hours, cost) {
            (None, None) => self.numbers_none.to_owned(),
            (Some(hours), None) => fill(self.numbers_hours, &[("hours", &hours)]),
            (None, Some(cost)) => fill(self.numbers_cost, &[("cost", &cost)]),
            (Some(hours), Some(cost)) => {
                fill(self.numbers_both, &[("hours", &hours), ("cost", &cost)])
            }
        }
    }

    /// The cost baseline sentence, ending on what the figure is for: the measure of this
    /// plan's project when `measures_the_plan`, else of a later operations project. The
    /// costs are estimates, shown to two significant figures (the hours are as typed).
    pub fn baseline(&self, baseline: &Baseline, measures_the_plan: bool) -> String {
        let hours = &self.number(baseline.weekly_hours);
        let then = if measures_the_plan {
            self.baseline_measure
        } else {
            self.baseline_later
        };
        match (baseline.weekly_cost, baseline.yearly_cost) {
            (Some(week), Some(year)) => fill(
                self.baseline_cost,
                &[
                    ("hours", hours),
                    ("week", &self.money(two_figures(week))),
                    ("year", &self.money(two_figures(year))),
                    ("then", then),
                ],
            ),
            _ => fill(self.baseline_hours, &[("hours", hours), ("then", then)]),
        }
    }
}

/// An amount rounded half up to two significant figures (2,326.88 is 2,300): an hours
/// times rate estimate written to the cent would claim a precision it does not have.
fn two_figures(hundredths: u64) -> u64 {
    let mut unit = 1;
    while hundredths / unit >= 100 {
        unit *= 10;
    }
    (hundredths + unit / 2) / unit * unit
}

// Native only: the other languages' words are compiled in there alone.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::ENGLISH;

    const ITALIAN: &Words = &crate::content::it::WORDS;

    fn locale(words: &'static Words, currency: Option<&str>) -> Locale {
        Locale {
            language: Language::ENGLISH,
            words,
            currency: currency.and_then(Currency::parse),
        }
    }

    #[test]
    fn numbers_and_money_are_written_the_language_s_way() {
        let nbsp = '\u{a0}';
        for (words, currency, hundredths, expected) in [
            (ENGLISH, None, 4_680_000, "46,800".to_owned()),
            (ITALIAN, None, 4_680_000, "46.800".to_owned()),
            (ENGLISH, Some("EUR"), 90_000, "€900".to_owned()),
            (ITALIAN, Some("EUR"), 90_000, format!("900{nbsp}€")),
            (ITALIAN, Some("eur"), 4_680_000, format!("46.800{nbsp}€")),
            (ENGLISH, Some("GBP"), 6_250, "£62.50".to_owned()),
            (ITALIAN, Some("USD"), 6_205, format!("62,05{nbsp}$")),
            (
                ENGLISH,
                Some("CHF"),
                123_456_700,
                format!("CHF{nbsp}1,234,567"),
            ),
            (ITALIAN, Some("CHF"), 6_250, format!("62,50{nbsp}CHF")),
            (ENGLISH, None, 6_250, "62.50".to_owned()),
            (ITALIAN, None, 6_205, "62,05".to_owned()),
        ] {
            assert_eq!(
                locale(words, currency).money(hundredths),
                expected,
                "{currency:?}"
            );
        }
        assert_eq!(ITALIAN.number(125_050), "1.250,5");
        assert_eq!(ITALIAN.decimal_mark(), DecimalMark::Comma);
        assert_eq!(ENGLISH.decimal_mark(), DecimalMark::Point);
    }

    #[test]
    fn the_baseline_is_money_only_when_the_page_names_a_currency() {
        let baseline = Baseline {
            weekly_hours: 1_250,
            weekly_cost: Some(56_250),
            yearly_cost: Some(2_925_000),
        };
        assert_eq!(
            locale(ENGLISH, None).baseline(&baseline, true),
            "Your baseline: 12.5 hours a week, about 560 a week or 29,000 a year. Measure the project against it at day 90."
        );
        assert_eq!(
            locale(ENGLISH, Some("EUR")).baseline(&baseline, false),
            "Your baseline: 12.5 hours a week, about €560 a week or €29,000 a year. Keep it for a later operations project: this plan has its own target."
        );
        assert_eq!(
            locale(ITALIAN, Some("EUR")).baseline(&baseline, true),
            "Il tuo valore di partenza: 12,5 ore alla settimana, cioè circa 560\u{a0}€ alla settimana o 29.000\u{a0}€ all’anno. Al giorno 90 misura il progetto rispetto a questo dato."
        );
        let hours_only = Baseline {
            weekly_hours: 1_275,
            weekly_cost: None,
            yearly_cost: None,
        };
        assert_eq!(
            locale(ENGLISH, None).baseline(&hours_only, false),
            "Your baseline: 12.75 hours a week. Keep it for a later operations project: this plan has its own target."
        );
    }

    #[test]
    fn estimates_keep_two_significant_figures() {
        for (hundredths, shown) in [
            (232_688, 230_000),
            (12_099_776, 12_000_000),
            (7_446_000, 7_400_000),
            (387_192_000, 390_000_000),
            (99_500, 100_000),
            (9_949, 9_900),
            (1_250, 1_300),
            (99, 99),
            (5, 5),
            (0, 0),
        ] {
            assert_eq!(two_figures(hundredths), shown, "{hundredths}");
        }
        // Money, then, reads as a round amount in every language and currency.
        assert_eq!(
            locale(ENGLISH, Some("GBP")).money(two_figures(232_688)),
            "£2,300"
        );
        assert_eq!(
            locale(ITALIAN, Some("CHF")).money(two_figures(12_099_776)),
            "120.000\u{a0}CHF"
        );
    }
}
