//! The dated plan as an iCalendar file (RFC 5545), for "Add to calendar": one all-day
//! event per milestone, with UIDs that stay the same between downloads so a calendar
//! updates the events instead of adding them twice. Pure: the words and the time stamp
//! come from the caller, and every line is checked natively.

use crate::engine::plan::Date;

/// One milestone, as the calendar shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Milestone<'a> {
    /// The plan step's id: with the widget's key, it makes the event's UID.
    pub id: &'static str,
    /// The day of the milestone.
    pub date: Date,
    /// The event's title.
    pub summary: &'a str,
    /// The event's notes.
    pub description: &'a str,
}

/// A moment in UTC, for `DTSTAMP`: when the file was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// The day.
    pub date: Date,
    /// Seconds since midnight UTC (clamped to the day).
    pub seconds: u32,
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so no line is longer than 75 octets (RFC 5545
/// §3.1): a fold is CRLF plus a space, and never splits a UTF-8 character.
fn line(out: &mut String, content: &str) {
    let mut budget = 75;
    let mut start = 0;
    for (i, c) in content.char_indices() {
        if i - start + c.len_utf8() > budget {
            out.push_str(&content[start..i]);
            out.push_str("\r\n ");
            start = i;
            // A continuation line starts with the space, which counts.
            budget = 74;
        }
    }
    out.push_str(&content[start..]);
    out.push_str("\r\n");
}

/// Appends `value` as `width` decimal digits (zero-padded; the values here fit).
fn push_digits(out: &mut String, value: u32, width: u32) {
    for place in (0..width).rev() {
        let digit = value / 10u32.pow(place) % 10;
        out.push(char::from(b'0' + digit as u8));
    }
}

/// `20261124`: a DATE value.
fn date_value(date: Date) -> String {
    let mut out = String::with_capacity(8);
    push_digits(&mut out, date.year().unsigned_abs(), 4);
    push_digits(&mut out, u32::from(date.month()), 2);
    push_digits(&mut out, u32::from(date.day()), 2);
    out
}

/// Appends one `NAME:value` line.
fn property(out: &mut String, name: &str, value: &str) {
    let mut content = String::with_capacity(name.len() + value.len() + 1);
    content.push_str(name);
    content.push(':');
    content.push_str(value);
    line(out, &content);
}

/// The plan's milestones as an iCalendar file. `key` tells this widget's plan apart from
/// another widget's on the same site; the same key and milestones always give the same
/// UIDs.
pub fn ics(milestones: &[Milestone<'_>], key: &str, stamp: Stamp, calendar_name: &str) -> String {
    let seconds = stamp.seconds.min(86_399);
    let mut dtstamp = date_value(stamp.date);
    dtstamp.push('T');
    for part in [seconds / 3600, seconds / 60 % 60, seconds % 60] {
        push_digits(&mut dtstamp, part, 2);
    }
    dtstamp.push('Z');
    let mut out = String::with_capacity(512 + milestones.len() * 400);
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//AI Sequencing Diagnostic//Plan//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    property(&mut out, "X-WR-CALNAME", &escape_text(calendar_name));
    for milestone in milestones {
        line(&mut out, "BEGIN:VEVENT");
        let uid = format!("{}.{key}@ai-sequencing-diagnostic", milestone.id);
        property(&mut out, "UID", &uid);
        property(&mut out, "DTSTAMP", &dtstamp);
        property(&mut out, "DTSTART;VALUE=DATE", &date_value(milestone.date));
        let next_day = date_value(milestone.date.add_days(1));
        property(&mut out, "DTEND;VALUE=DATE", &next_day);
        property(&mut out, "SUMMARY", &escape_text(milestone.summary));
        property(&mut out, "DESCRIPTION", &escape_text(milestone.description));
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap_or(Date::FALLBACK)
    }

    fn file(summary: &str) -> String {
        let milestones = [
            Milestone {
                id: "define-success",
                date: day(2026, 12, 31),
                summary,
                description: "Line one\nline two; with, commas and a back\\slash",
            },
            Milestone {
                id: "measure",
                date: day(2027, 3, 1),
                summary: "Measure honestly",
                description: "Compare.",
            },
        ];
        let stamp = Stamp {
            date: day(2026, 11, 24),
            seconds: 3_723,
        };
        ics(&milestones, "acme", stamp, "Your 90-day plan")
    }

    #[test]
    fn every_milestone_is_an_all_day_event_with_a_stable_uid() {
        let text = file("Define success in numbers");
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 2);
        assert!(text.contains("UID:define-success.acme@ai-sequencing-diagnostic\r\n"));
        assert!(text.contains("UID:measure.acme@ai-sequencing-diagnostic\r\n"));
        assert!(text.contains("DTSTAMP:20261124T010203Z\r\n"));
        // An all-day event ends (exclusively) the next day, across a year end.
        assert!(text.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270302\r\n"));
        assert!(text
            .contains("DESCRIPTION:Line one\\nline two\\; with\\, commas and a back\\\\slash\r\n"));
        assert_eq!(
            text,
            file("Define success in numbers"),
            "the same plan, the same file"
        );
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "every line ends in CRLF"
        );
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let summary = "Définir le succès en chiffres — ".repeat(6);
        let text = file(&summary);
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{}\r\n", escape_text(&summary))));
    }

    #[test]
    fn a_line_is_folded_only_past_75_octets_and_each_fold_is_filled() {
        // "SUMMARY:" is 8 octets, so a 67-letter summary makes a line of exactly 75.
        let lines = |summary: &str| -> Vec<String> {
            let text = file(summary);
            let start = text.find("SUMMARY:").unwrap_or_default();
            let end = text[start..].find("\r\nDESCRIPTION").unwrap_or_default();
            text[start..start + end]
                .split("\r\n")
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(
            lines(&"a".repeat(67)),
            [format!("SUMMARY:{}", "a".repeat(67))]
        );
        assert_eq!(
            lines(&"a".repeat(68)),
            [format!("SUMMARY:{}", "a".repeat(67)), " a".to_owned()]
        );
        // Every physical line but the last is exactly 75 octets, a continuation's leading
        // space included.
        let long = lines(&"b".repeat(300));
        assert_eq!(long.len(), 5);
        assert!(long[..4].iter().all(|line| line.len() == 75), "{long:?}");
        assert_eq!(long[4], format!(" {}", "b".repeat(308 - 75 - 3 * 74)));
    }
}
