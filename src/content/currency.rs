//! The currency the page's amounts are in: an ISO 4217 code, written with its symbol where
//! everyone reads that symbol the same way.

/// A currency the page's amounts are in (`data-currency`): an ISO 4217 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency([u8; 3]);

impl Currency {
    /// The currency with this code (three letters, any case), if it is one.
    pub fn parse(code: &str) -> Option<Currency> {
        match code.trim().as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_alphabetic) => Some(Currency(
                [a, b, c].map(|letter| letter.to_ascii_uppercase()),
            )),
            _ => None,
        }
    }

    /// Its code in capitals: `EUR`. (Built from the letters rather than checked as UTF-8,
    /// which they are by construction: the check's code would cost the Wasm more.)
    pub fn code(self) -> String {
        self.0.iter().map(|&letter| char::from(letter)).collect()
    }

    /// Its symbol, for the currencies that have one everyone reads the same way; the
    /// others are written with their code.
    pub fn symbol(self) -> Option<&'static str> {
        match &self.0 {
            b"EUR" => Some("€"),
            b"GBP" => Some("£"),
            b"USD" => Some("$"),
            b"JPY" => Some("¥"),
            b"INR" => Some("₹"),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_in_any_case_is_written_with_its_symbol_if_everyone_reads_it_alike() {
        for (code, symbol) in [
            ("EUR", Some("€")),
            ("gbp", Some("£")),
            ("USD", Some("$")),
            ("jpy", Some("¥")),
            (" INR ", Some("₹")),
            ("CHF", None),
        ] {
            let currency = Currency::parse(code);
            assert_eq!(currency.map(|c| c.code()), Some(code.trim().to_uppercase()));
            assert_eq!(currency.and_then(Currency::symbol), symbol, "{code}");
        }
        for not_a_code in ["", "EU", "EURO", "E1R", "€€€"] {
            assert_eq!(Currency::parse(not_a_code), None, "{not_a_code}");
        }
    }
}
