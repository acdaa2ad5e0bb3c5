//! The moment an event is handled. The loop ([`crate::Core`]) reads the
//! clock once per event and hands the reading to `update` and to the
//! runtime; nothing else in the core reads it, so tests set the time.
use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, Utc};

/// A clock reading: the instant, and the wall-clock time on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Now {
    /// The instant (records, archives and update signatures use it).
    pub utc: DateTime<Utc>,
    /// The device's wall-clock time then (what "today" means to the user).
    pub local: NaiveDateTime,
}

impl Now {
    /// Reads the device's clock. Only the loop calls this.
    pub fn read() -> Self {
        let local = Local::now();
        Self {
            utc: local.with_timezone(&Utc),
            local: local.naive_local(),
        }
    }

    /// A set time: `utc`, seen on a device `offset_minutes` east of UTC.
    pub fn at(utc: DateTime<Utc>, offset_minutes: i32) -> Self {
        Self {
            utc,
            local: utc.naive_utc() + chrono::Duration::minutes(i64::from(offset_minutes)),
        }
    }

    /// The user's date.
    pub fn today(&self) -> NaiveDate {
        self.local.date()
    }
}

/// A fixed time for tests: 7 December 2026, 12:00 in Amsterdam (UTC+1).
#[cfg(test)]
pub(crate) fn test_now() -> Now {
    use chrono::TimeZone as _;
    Now::at(Utc.with_ymd_and_hms(2026, 12, 7, 11, 0, 0).unwrap(), 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_time_is_seen_at_its_offset() {
        let now = test_now();
        assert_eq!(now.local.to_string(), "2026-12-07 12:00:00");
        // Just before midnight UTC is already the next day in Amsterdam.
        let late = Now::at(
            now.utc + chrono::Duration::hours(12) + chrono::Duration::minutes(30),
            60,
        );
        assert_eq!(late.today().to_string(), "2026-12-08");
    }
}
