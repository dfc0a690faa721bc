//! The per-file analysis time budget. Reading the clock on every syntax node would cost more
//! than most nodes do, so callers tick a [`Deadline`] and the clock is only read every
//! [`CHECK_EVERY`] ticks.

use std::time::{Duration, Instant};

/// Ticks between two readings of the clock. The first reading happens at this tick, not the
/// first, so a file always gets this much work before it can be stopped: a zero budget stops
/// the walk at a fixed node, which keeps tests of the budget deterministic.
pub const CHECK_EVERY: u32 = 256;

/// When the analysis of one file must stop.
#[derive(Clone, Copy, Debug)]
pub struct Deadline {
    /// `None` when the budget is so large that the instant cannot be represented: never passes.
    at: Option<Instant>,
    budget: Duration,
    ticks: u32,
    passed: bool,
}

impl Deadline {
    /// A deadline `budget` from now.
    pub fn after(budget: Duration) -> Self {
        Deadline {
            at: Instant::now().checked_add(budget),
            budget,
            ticks: 0,
            passed: false,
        }
    }

    /// A deadline that never passes.
    pub fn never() -> Self {
        Deadline {
            at: None,
            budget: Duration::MAX,
            ticks: 0,
            passed: false,
        }
    }

    /// The budget this deadline was made with.
    pub fn budget(&self) -> Duration {
        self.budget
    }

    /// Counts one unit of work and says whether the deadline has passed, reading the clock only
    /// every [`CHECK_EVERY`] ticks. Once passed, it stays passed.
    pub fn tick(&mut self) -> bool {
        if !self.passed {
            self.ticks = self.ticks.wrapping_add(1);
            if self.ticks.is_multiple_of(CHECK_EVERY) {
                self.passed = self.clock_passed();
            }
        }
        self.passed
    }

    /// Reads the clock now (for coarse steps such as one decoded layer).
    pub fn check(&mut self) -> bool {
        if !self.passed {
            self.passed = self.clock_passed();
        }
        self.passed
    }

    /// True once a tick or a check has seen the deadline pass.
    pub fn has_passed(&self) -> bool {
        self.passed
    }

    fn clock_passed(&self) -> bool {
        self.at.is_some_and(|at| Instant::now() >= at)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn zero_budget_stops_at_the_first_clock_reading() {
        let mut deadline = Deadline::after(Duration::ZERO);
        for _ in 1..CHECK_EVERY {
            assert!(!deadline.tick());
        }
        assert!(deadline.tick());
        assert!(deadline.tick());
        assert!(deadline.has_passed());
    }

    #[test]
    fn huge_budgets_never_pass() {
        let mut deadline = Deadline::after(Duration::MAX);
        for _ in 0..CHECK_EVERY * 2 {
            assert!(!deadline.tick());
        }
        assert!(!deadline.check());
        assert!(!Deadline::never().check());
    }
}
