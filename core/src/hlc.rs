//! A hybrid logical clock: stamps that follow wall time where it is sane, never go backwards on
//! one device, and order every write across devices (ties broken by device id).
//!
//! Hand-written rather than `uhlc` because the policy for a remote stamp far ahead is Fieldbook's
//! own: `uhlc` refuses it, while Fieldbook holds such a change for review (sync's authorise step)
//! and never lets it move this clock, and the clock must resume from the highest stamp persisted
//! in the store.

use chrono::Utc;
use std::fmt;

/// How far ahead of this device's wall clock a remote stamp may be and still be applied: field
/// laptops drift by minutes and sit in other time zones (stamps are UTC), but a day ahead is a
/// wrong date, whose writes would beat every later edit until the world caught up with it.
pub const MAX_AHEAD_MS: u64 = 24 * 60 * 60 * 1000;

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
        let candidate = Hlc::at(wall_ms);
        // Saturating: a clock at the very top stays there rather than wrapping to the epoch
        // (observe never takes it near, so this is a guard, not a path).
        self.last = if candidate > self.last { candidate } else { Hlc(self.last.0.saturating_add(1)) };
        self.last
    }

    /// Takes note of a stamp made elsewhere, so later local stamps order after it. A stamp more
    /// than [`MAX_AHEAD_MS`] ahead of the wall clock is ignored (returns false): one device with
    /// a wrong date must not drag every later stamp of this one into its future.
    pub fn observe(&mut self, seen: Hlc) -> bool {
        self.observe_at(seen, wall_millis())
    }

    fn observe_at(&mut self, seen: Hlc, wall_ms: u64) -> bool {
        if ahead_ms(seen, wall_ms) > MAX_AHEAD_MS {
            return false;
        }
        self.last = self.last.max(seen);
        true
    }
}

impl Hlc {
    /// The first stamp of a wall-clock millisecond (times past the 48-bit range saturate).
    pub fn at(wall_ms: u64) -> Hlc {
        Hlc(wall_ms.min(u64::MAX >> 16) << 16)
    }
}

/// How many milliseconds `stamp` is ahead of `wall_ms` (0 when it is not).
pub fn ahead_ms(stamp: Hlc, wall_ms: u64) -> u64 {
    stamp.millis().saturating_sub(wall_ms)
}

/// This device's wall clock, in milliseconds since the Unix epoch (0 before it).
pub fn wall_millis() -> u64 {
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
        assert!(c.observe_at(Hlc(9_000 << 16), 1_000));
        assert!(c.tick_at(1_000) > Hlc(9_000 << 16));
    }

    #[test]
    fn a_stamp_far_ahead_never_moves_the_clock_and_nothing_wraps() {
        let wall = 1_700_000_000_000;
        let mut c = Clock::resume(Hlc::at(wall));
        // Near the top of the range: before, `last + 1` wrapped (release) or panicked (debug).
        for far in [Hlc(u64::MAX), Hlc(u64::MAX - 1), Hlc::at(wall + MAX_AHEAD_MS + 1)] {
            assert!(!c.observe_at(far, wall), "{far}");
            assert_eq!(c.last(), Hlc::at(wall));
        }
        assert!(c.observe_at(Hlc::at(wall + MAX_AHEAD_MS), wall), "within the bound");
        let next = c.tick_at(wall);
        assert!(next > Hlc::at(wall + MAX_AHEAD_MS) && next.millis() == wall + MAX_AHEAD_MS);
        // Even a clock resumed at the very top (a store written by an old build) cannot wrap.
        let mut top = Clock::resume(Hlc(u64::MAX));
        assert_eq!(top.tick_at(wall), Hlc(u64::MAX));
        assert_eq!(Hlc::at(u64::MAX).millis(), u64::MAX >> 16);
        assert_eq!(ahead_ms(Hlc::at(5), 10), 0);
    }

    #[test]
    fn byte_order_matches_stamp_order() {
        let (a, b) = (Hlc(255), Hlc(256));
        assert!(a < b && a.to_bytes() < b.to_bytes());
        assert_eq!(Hlc::from_slice(&b.to_bytes()), Some(b));
    }
}
