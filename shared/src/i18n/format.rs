//! Dates, times and numbers in the reader's language (issue 14, item 20).
//!
//! The patterns and month names are locale data in each language's
//! `format.ftl` (`fmt-*`), filled in here; no screen formats a date or a
//! number itself. Fluent-side formatting was chosen over chrono's
//! `unstable-locales` and ICU4X because it adds almost nothing to the web
//! build: measured on a bare wasm32 crate (opt-level z, LTO, gzip -9),
//! chrono's locale tables add about 57 KiB and ICU4X's compiled date and
//! number data about 228 KiB, against a budget of 1 MiB for the whole app.
//! The digits stay the Latin ones in every language, as phone numbers and
//! postcodes are written in the Netherlands.
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};

use super::Texts;

impl Texts {
    /// A date with the month in words: "7 december 2026".
    pub fn date(&self, d: NaiveDate) -> String {
        self.get_with(
            "fmt-date",
            &[
                ("day", d.day().into()),
                ("month", d.month().into()),
                ("year", d.year().to_string().into()),
            ],
        )
    }

    /// Day and month only, for a chart's axis: "7 dec".
    pub fn day_month(&self, d: NaiveDate) -> String {
        self.get_with(
            "fmt-day-month",
            &[("day", d.day().into()), ("month", d.month().into())],
        )
    }

    /// A clock time: "9:05".
    pub fn time(&self, t: NaiveTime) -> String {
        self.get_with(
            "fmt-time",
            &[
                ("hour", t.hour().into()),
                ("minute", format!("{:02}", t.minute()).into()),
            ],
        )
    }

    /// A date and a time, in the device's local time.
    pub fn date_time(&self, at: NaiveDateTime) -> String {
        self.get_with(
            "fmt-date-time",
            &[
                ("date", self.date(at.date()).into()),
                ("time", self.time(at.time()).into()),
            ],
        )
    }

    /// A date and a time in UTC, said to be so.
    pub fn date_time_utc(&self, at: DateTime<Utc>) -> String {
        let at = at.naive_utc();
        self.get_with(
            "fmt-date-time-utc",
            &[
                ("date", self.date(at.date()).into()),
                ("time", self.time(at.time()).into()),
            ],
        )
    }

    /// A number with `digits` decimals and the language's decimal sign.
    pub fn decimal(&self, value: f64, digits: usize) -> String {
        let text = format!("{value:.digits$}");
        if digits == 0 {
            return text;
        }
        text.replace('.', &self.get("number-decimal"))
    }

    /// A score on a scale: "7 van 10".
    pub fn score(&self, value: u8, max: u8) -> String {
        self.get_with("fmt-score", &[("value", value.into()), ("max", max.into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localizer;

    fn t(lang: &str) -> Texts {
        Localizer::embedded().texts(&[lang.to_string()])
    }

    fn strip(s: &str) -> String {
        s.chars()
            .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
            .collect()
    }

    #[test]
    fn dates_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2016, 3, 1).unwrap();
        assert_eq!(t("nl").date(d), "1 maart 2016");
        assert_eq!(t("en").date(d), "1 March 2016");
        assert_eq!(strip(&t("es").date(d)), "1 de marzo de 2016");
        assert_eq!(strip(&t("pl").date(d)), "1 marca 2016");
        assert!(t("ar").date(d).contains("مارس"));
        // Never the ISO form in any language.
        for lang in Localizer::embedded().available() {
            let text = t(&lang).date(d);
            assert!(
                !text.contains("2016-03-01") && !text.contains('['),
                "{lang}: {text}"
            );
        }
    }

    #[test]
    fn times_numbers_and_scores_follow_the_language() {
        let at = NaiveDate::from_ymd_opt(2026, 12, 7)
            .unwrap()
            .and_hms_opt(9, 5, 0)
            .unwrap();
        assert_eq!(t("nl").date_time(at), "7 december 2026, 9:05");
        assert_eq!(t("en").date_time(at), "7 December 2026, 9:05");
        assert_eq!(t("nl").decimal(2.345, 1), "2,3");
        assert_eq!(t("en").decimal(2.345, 1), "2.3");
        assert_eq!(t("nl").score(7, 10), "7 van 10");
        assert_eq!(t("en").score(7, 10), "7 out of 10");
        assert_eq!(t("nl").day_month(at.date()), "7 dec");
    }
}
