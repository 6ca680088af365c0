//! Long operations (an import of many bundles, an export) tell the person how far they are and
//! stop when asked: the caller passes a [`Progress`] with a callback and a cancel flag. A stop
//! is an [`Error::Cancelled`] raised inside the operation's one transaction, so it rolls back:
//! all or nothing, as without it.

use crate::error::{Error, Result};
use serde::Serialize;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Instant;

/// What a long operation is doing now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Reading, decrypting and checking files (`done` of `total` files).
    Reading,
    /// Merging changes into the store (`done` of `total` changes).
    Merging,
    /// Reading the store for an export or tables (`done` of `total` kinds of records).
    Collecting,
    /// Writing to the organisation's database (`done` of `total` kinds of records).
    Publishing,
    /// Writing photos and recordings into a bundle (`done` of `total` MiB).
    Media,
}

/// One report: `done` of `total` in `phase`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Step {
    /// What is being done.
    pub phase: Phase,
    /// How many are done.
    pub done: u64,
    /// How many there are in this phase.
    pub total: u64,
}

/// How often a report is sent at most (ms): enough for a smooth bar, few enough to cost nothing.
const EVERY_MS: u64 = 50;

/// The callback and the cancel flag of one long operation; [`Progress::none`] has neither.
pub struct Progress<'a> {
    report: Option<&'a (dyn Fn(Step) + Sync)>,
    cancel: Option<&'a AtomicBool>,
    /// When it started, and when the last report went (ms after that, shared by an export's
    /// two reading threads; `u64::MAX` before the first): no lock on the merge's path.
    started: Instant,
    last: AtomicU64,
}

impl<'a> Progress<'a> {
    /// No reports, no cancelling (the CLI, tests).
    pub fn none() -> Progress<'static> {
        Progress { report: None, cancel: None, started: Instant::now(), last: AtomicU64::new(u64::MAX) }
    }

    /// Reports to `report` (at most every 50 ms, and the first and last step of each phase) and
    /// stops once `cancel` is set.
    pub fn new(report: &'a (dyn Fn(Step) + Sync), cancel: &'a AtomicBool) -> Progress<'a> {
        Progress { report: Some(report), cancel: Some(cancel), started: Instant::now(), last: AtomicU64::new(u64::MAX) }
    }

    /// Whether the person asked to stop (for work that waits on something else, such as a
    /// database server, and must pass the stop on).
    pub fn cancelled(&self) -> bool {
        self.cancel.is_some_and(|c| c.load(Ordering::Relaxed))
    }

    /// Notes `done` of `total` in `phase`; [`Error::Cancelled`] once the person asked to stop.
    pub fn step(&self, phase: Phase, done: u64, total: u64) -> Result<()> {
        if self.cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
            return Err(Error::Cancelled);
        }
        if let Some(report) = self.report {
            let now = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX - 1);
            let last = self.last.load(Ordering::Relaxed);
            let due = last == u64::MAX || now.saturating_sub(last) >= EVERY_MS;
            if due || done == 0 || done >= total {
                self.last.store(now, Ordering::Relaxed);
                report(Step { phase, done, total });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn reports_the_ends_of_a_phase_and_stops_when_cancelled() {
        let seen = Mutex::new(vec![]);
        let report = |s: Step| seen.lock().expect("lock").push(s);
        let cancel = AtomicBool::new(false);
        let p = Progress::new(&report, &cancel);
        for done in 0..=1000 {
            p.step(Phase::Merging, done, 1000).expect("not cancelled");
        }
        let seen_now = seen.lock().expect("lock").clone();
        assert_eq!(seen_now.first().map(|s| s.done), Some(0));
        assert_eq!(seen_now.last().map(|s| s.done), Some(1000));
        assert!(seen_now.len() < 1001, "throttled: {} reports", seen_now.len());
        cancel.store(true, Ordering::Relaxed);
        assert!(matches!(p.step(Phase::Merging, 1, 2), Err(Error::Cancelled)));
        assert!(Progress::none().step(Phase::Reading, 0, 1).is_ok());
    }
}
