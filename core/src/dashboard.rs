//! The country office's view across movements: what movements prioritise, what support was
//! agreed in which role and how it stands, what is overdue, and how many sessions each month.
//! Plain aggregates; the UI draws them as SVG charts.

use crate::error::Result;
use crate::store::Store;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Priorities raised under one theme, across movements.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ThemeRow {
    /// The theme as written (grouped case-insensitively); empty when none was given.
    pub theme: String,
    /// Sum of votes.
    pub votes: i64,
    /// Number of priorities.
    pub priorities: i64,
    /// Number of movements that raised it.
    pub movements: i64,
}

/// Agreed support in one role and status.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SupportRow {
    /// convener, ally, resource_partner, amplifier.
    pub role: String,
    /// proposed, agreed, in_progress, done, dropped.
    pub status: String,
    /// How many.
    pub count: i64,
}

/// Sessions held in one month.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MonthRow {
    /// `YYYY-MM`.
    pub month: String,
    /// How many.
    pub sessions: i64,
}

/// Everything the dashboard shows.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Dashboard {
    /// Priorities by theme, most votes first.
    pub themes: Vec<ThemeRow>,
    /// Support by role and status.
    pub support: Vec<SupportRow>,
    /// Open support past its due date.
    pub overdue: i64,
    /// Sessions per month, oldest first (only months with sessions).
    pub months: Vec<MonthRow>,
    /// Movements whose check-in is due.
    pub checkins_due: i64,
}

impl Store {
    /// The office dashboard on `today`.
    pub fn dashboard(&self, today: NaiveDate) -> Result<Dashboard> {
        // The live sessions are read once (from the covering index `session_live`) and looked up
        // in memory: a lookup per row in the file reads a whole session row each time.
        let live = "WHERE t.deleted = 0 AND t.session_id IN (SELECT id FROM session WHERE deleted = 0)";
        let mut stmt = self.conn.prepare_cached(
            "WITH live AS MATERIALIZED (SELECT id, movement_ids FROM session WHERE deleted = 0)
             SELECT lower(trim(t.theme)), count(DISTINCT j.value)
             FROM priority t JOIN live s ON s.id = t.session_id, json_each(s.movement_ids) j
             WHERE t.deleted = 0 GROUP BY 1",
        )?;
        let movements: std::collections::HashMap<String, i64> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT lower(trim(t.theme)), min(trim(t.theme)), sum(t.votes), count(*)
             FROM priority t {live} GROUP BY 1 ORDER BY 3 DESC, 4 DESC, 2"
        ))?;
        let themes = stmt
            .query_map([], |r| {
                let key: String = r.get(0)?;
                let movements = movements.get(&key).copied().unwrap_or(0);
                Ok(ThemeRow { theme: r.get(1)?, votes: r.get(2)?, priorities: r.get(3)?, movements })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT t.role, t.status, count(*) FROM support t {live} GROUP BY 1, 2 ORDER BY 1, 2"
        ))?;
        let support = stmt
            .query_map([], |r| Ok(SupportRow { role: r.get(0)?, status: r.get(1)?, count: r.get(2)? }))?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT substr(starts_at, 1, 7), count(*) FROM session
             WHERE deleted = 0 AND starts_at IS NOT NULL GROUP BY 1 ORDER BY 1",
        )?;
        let months = stmt
            .query_map([], |r| Ok(MonthRow { month: r.get(0)?, sessions: r.get(1)? }))?
            .collect::<rusqlite::Result<_>>()?;
        let overdue = i64::try_from(self.overdue_count(today)?).unwrap_or(i64::MAX);
        let checkins_due = i64::try_from(self.checkins_due(today)?.len()).unwrap_or(i64::MAX);
        Ok(Dashboard { themes, support, overdue, months, checkins_due })
    }
}
