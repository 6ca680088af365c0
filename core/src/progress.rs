//! Long operations (an import of many bundles, an export) tell the person how far they are and
//! stop when asked: the caller passes a [`Progress`] with a callback and a cancel flag. A stop
//! is an [`Error::Cancelled`] raised inside the operation's one transaction, so it rolls back:
//! all or nothing, as without it.

use crate::error::{Error, Result};
use serde::Serialize;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

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

/// How often a report is sent at most: enough for a smooth bar, few enough to cost nothing.
const EVERY: Duration = Duration::from_millis(50);

/// The callback and the cancel flag of one long operation; [`Progress::none`] has neither.
pub struct Progress<'a> {
    report: Option<&'a (dyn Fn(Step) + Sync)>,
    cancel: Option<&'a AtomicBool>,
    /// When the last report went (shared by an export's two reading threads).
    last: Mutex<Option<Instant>>,
}

impl<'a> Progress<'a> {
    /// No reports, no cancelling (the CLI, tests).
    pub fn none() -> Progress<'static> {
        Progress { report: None, cancel: None, last: Mutex::new(None) }
    }

    /// Reports to `report` (at most every 50 ms, and the first and last step of each phase) and
    /// stops once `cancel` is set.
    pub fn new(report: &'a (dyn Fn(Step) + Sync), cancel: &'a AtomicBool) -> Progress<'a> {
        Progress { report: Some(report), cancel: Some(cancel), last: Mutex::new(None) }
    }

    /// Notes `done` of `total` in `phase`; [`Error::Cancelled`] once the person asked to stop.
    pub fn step(&self, phase: Phase, done: u64, total: u64) -> Result<()> {
        if self.cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
            return Err(Error::Cancelled);
        }
        if let Some(report) = self.report {
            let now = Instant::now();
            let mut last = self.last.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            if last.is_none_or(|at| now.duration_since(at) >= EVERY) || done == 0 || done >= total {
                *last = Some(now);
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
