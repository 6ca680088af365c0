//! A hybrid logical clock: stamps that follow wall time where it is sane, never go backwards on
//! one device, and order every write across devices (ties broken by device id).
//!
//! Hand-written rather than `uhlc` because field laptops keep wrong clocks: `uhlc` refuses remote
//! stamps too far ahead, while Fieldbook must accept every signed change and only keep its own
//! stamps monotonic, and it must resume from the highest stamp persisted in the store.

use chrono::Utc;
use std::fmt;

/// A stamp: milliseconds since the Unix epoch in the high 48 bits, a counter in the low 16.
/// Stored as 8 big-endian bytes so SQLite compares BLOBs in stamp order (and no sign overflow).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Hlc(pub u64);

impl Hlc {
    /// The 8 big-endian bytes stored in SQLite.
    pub fn to_bytes(self) -> [u8; 8] {
        self.0.to_be_bytes()
    }

    /// Reads a stamp written by [`Hlc::to_bytes`]; `None` if the length is wrong.
    pub fn from_slice(bytes: &[u8]) -> Option<Hlc> {
        Some(Hlc(u64::from_be_bytes(bytes.try_into().ok()?)))
    }

    /// Wall-clock part, in milliseconds since the Unix epoch.
    pub fn millis(self) -> u64 {
        self.0 >> 16
    }
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.millis(), self.0 & 0xffff)
    }
}

/// The clock of this device. `last` is persisted with every write transaction.
#[derive(Debug, Clone)]
pub struct Clock {
    last: Hlc,
}

impl Clock {
    /// Resumes from the highest stamp this device has issued or seen.
    pub fn resume(last: Hlc) -> Clock {
        Clock { last }
    }

    /// The highest stamp issued or seen so far.
    pub fn last(&self) -> Hlc {
        self.last
    }

    /// A new stamp, strictly greater than every stamp issued or observed before.
    pub fn tick(&mut self) -> Hlc {
        self.tick_at(wall_millis())
    }

    fn tick_at(&mut self, wall_ms: u64) -> Hlc {
        let candidate = Hlc(wall_ms << 16);
        self.last = if candidate > self.last { candidate } else { Hlc(self.last.0 + 1) };
        self.last
    }

    /// Takes note of a stamp made elsewhere, so later local stamps order after it.
    pub fn observe(&mut self, seen: Hlc) {
        if seen > self.last {
            self.last = seen;
        }
    }
}

fn wall_millis() -> u64 {
    u64::try_from(Utc::now().timestamp_millis()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_strictly_increasing_even_if_the_wall_clock_goes_back() {
        let mut c = Clock::resume(Hlc::default());
        let a = c.tick_at(1_000);
        let b = c.tick_at(1_000);
        let d = c.tick_at(500);
        let e = c.tick_at(2_000);
        assert!(a < b && b < d && d < e);
        assert_eq!(e.millis(), 2_000);
    }

    #[test]
    fn observing_a_future_stamp_moves_the_clock_past_it() {
        let mut c = Clock::resume(Hlc::default());
        c.observe(Hlc(9_000 << 16));
        assert!(c.tick_at(1_000) > Hlc(9_000 << 16));
    }

    #[test]
    fn byte_order_matches_stamp_order() {
        let (a, b) = (Hlc(255), Hlc(256));
        assert!(a < b && a.to_bytes() < b.to_bytes());
        assert_eq!(Hlc::from_slice(&b.to_bytes()), Some(b));
    }
}
