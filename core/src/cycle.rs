//! The engagement cycle around the sessions: the organisation's role over time, the six-monthly
//! check-ins that re-assess it, follow-ups on agreed support and the places two organisations
//! convene the same people. Read-only views over the stamped records; nothing here writes.

use crate::error::Result;
use crate::ids::RecordId;
use crate::schema::Record;
use crate::schema::{Entity, PERIPHERY};
use crate::store::Store;
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use std::collections::HashMap;

/// How long a role may go without being re-assessed with the movement (the seed guidance).
pub const CHECK_IN_EVERY: Months = Months::new(6);

/// The organisation's role(s) for one movement, now and over time.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RoleTimeline {
    /// The roles in force today (empty before any role was agreed, or when paused).
    pub current: Vec<String>,
    /// The date the current roles were agreed.
    pub since: Option<String>,
    /// Every change, newest first, with its reason.
    pub history: Vec<RoleStep>,
}

/// One change of roles.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RoleStep {
    /// The role_change record.
    pub id: String,
    /// When it took effect.
    pub date: Option<String>,
    /// The roles from that date.
    pub roles: Vec<String>,
    /// Why.
    pub reason: String,
}

/// A movement whose role has gone six months or more without a check-in.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CheckInDue {
    /// The movement.
    pub movement_id: String,
    /// Its name.
    pub name: String,
    /// Its country.
    pub country: String,
    /// The roles being re-assessed.
    pub roles: Vec<String>,
    /// The last check-in, if there was one.
    pub last_check_in: Option<String>,
    /// The date the check-in fell due (six months after the last one, or after the role began).
    pub due_since: String,
    /// Days past that date.
    pub days_overdue: i64,
}

/// Support agreed in a live session, due before `?1` and not done or dropped. The live
/// sessions are read once (from the covering index `session_live`), not looked up row by row.
pub(crate) const OVERDUE: &str = "FROM support t
     WHERE t.deleted = 0 AND t.status NOT IN ('done', 'dropped') AND t.due_date < ?1
       AND t.session_id IN (SELECT id FROM session WHERE deleted = 0)";

/// The most overdue support and how much is overdue in all.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct OverduePage {
    /// Overdue pieces of support in all.
    pub total: u64,
    /// The most overdue first.
    pub items: Vec<OverdueSupport>,
}

/// Agreed support past its due date and not done or dropped.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct OverdueSupport {
    /// The support record.
    pub id: String,
    /// The session it was agreed in.
    pub session_id: String,
    /// That session's title.
    pub session_title: String,
    /// What was agreed.
    pub what: String,
    /// The role it was given in.
    pub role: String,
    /// Who follows it up.
    pub owner: String,
    /// Its due date.
    pub due_date: String,
    /// Where it stands.
    pub status: String,
    /// Days past the due date.
    pub days_overdue: i64,
}

/// Another organisation convening actors of a movement: where support may duplicate.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Overlap {
    /// The movement.
    pub movement_id: String,
    /// Its name.
    pub movement: String,
    /// The NGO or network that convenes.
    pub convener_id: String,
    /// Its name.
    pub convener: String,
    /// Its kind (`ngo`, `network`, ...).
    pub convener_kind: String,
    /// The actors it convenes.
    pub actors: Vec<String>,
    /// Whether the organisation is itself convener for this movement.
    pub we_convene: bool,
}

/// A text field of a record (empty when absent).
pub(crate) fn text(r: &Record, f: &str) -> String {
    r.get(f).and_then(Json::as_str).unwrap_or_default().to_string()
}

fn date(r: &Record, f: &str) -> Option<NaiveDate> {
    r.get(f).and_then(Json::as_str).and_then(parse)
}

fn codes(r: &Record, f: &str) -> Vec<String> {
    r.get(f)
        .and_then(Json::as_array)
        .map(|a| a.iter().filter_map(Json::as_str).map(str::to_string).collect())
        .unwrap_or_default()
}

impl Store {
    /// The organisation's roles for a movement: the latest change decides the current ones.
    pub fn role_timeline(&self, movement: RecordId) -> Result<RoleTimeline> {
        let mut steps = self.children(Entity::RoleChange, "movement_id", movement)?;
        // Undated entries sort last: a role nobody dated cannot say when it began.
        steps.sort_by(|a, b| {
            (date(b, "date").is_some(), date(b, "date"), text(b, "id")).cmp(&(
                date(a, "date").is_some(),
                date(a, "date"),
                text(a, "id"),
            ))
        });
        let history: Vec<RoleStep> = steps
            .iter()
            .map(|r| RoleStep {
                id: text(r, "id"),
                date: r.get("date").and_then(Json::as_str).map(str::to_string),
                roles: codes(r, "roles"),
                reason: text(r, "reason"),
            })
            .collect();
        let (current, since) = history.first().map(|s| (s.roles.clone(), s.date.clone())).unwrap_or_default();
        Ok(RoleTimeline { current, since, history })
    }

    /// Movements whose current role has not been re-assessed with them for six months on `today`.
    /// The clock starts at the last check-in, or else at the day the role began; a movement with
    /// no role agreed yet has nothing to re-assess.
    pub fn checkins_due(&self, today: NaiveDate) -> Result<Vec<CheckInDue>> {
        let mut last: HashMap<String, NaiveDate> = HashMap::new();
        for c in self.list(Entity::CheckIn)? {
            if let Some(d) = date(&c, "date") {
                let e = last.entry(text(&c, "movement_id")).or_insert(d);
                *e = (*e).max(d);
            }
        }
        let mut due = vec![];
        for m in self.list(Entity::Movement)? {
            let id = text(&m, "id");
            let Ok(mid) = id.parse::<RecordId>() else { continue };
            let roles = self.role_timeline(mid)?;
            if roles.current.is_empty() {
                continue;
            }
            let began = roles.history.iter().filter_map(|s| s.date.as_deref()).filter_map(parse).min();
            let checked = last.get(&id).copied();
            let Some(start) = checked.or(began) else { continue };
            let Some(due_since) = start.checked_add_months(CHECK_IN_EVERY) else { continue };
            if due_since <= today {
                due.push(CheckInDue {
                    movement_id: id,
                    name: text(&m, "name"),
                    country: text(&m, "country"),
                    roles: roles.current,
                    last_check_in: checked.map(|d| d.to_string()),
                    due_since: due_since.to_string(),
                    days_overdue: (today - due_since).num_days(),
                });
            }
        }
        due.sort_by(|a, b| b.days_overdue.cmp(&a.days_overdue).then_with(|| a.name.cmp(&b.name)));
        Ok(due)
    }

    /// Open support (not done, not dropped) whose due date is before `today`, oldest first.
    pub fn overdue_support(&self, today: NaiveDate) -> Result<Vec<OverdueSupport>> {
        self.overdue_support_first(today, None)
    }

    /// How many pieces of support are overdue on `today`, and the `limit` most overdue: the
    /// attention panel shows a few, and an office has thousands.
    pub fn overdue_support_page(&self, today: NaiveDate, limit: u32) -> Result<OverduePage> {
        Ok(OverduePage { total: self.overdue_count(today)?, items: self.overdue_support_first(today, Some(limit))? })
    }

    /// How many pieces of support are overdue on `today` (the dashboard's figure).
    pub fn overdue_count(&self, today: NaiveDate) -> Result<u64> {
        let n: i64 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) {OVERDUE}"))?
            .query_row([today.to_string()], |r| r.get(0))?;
        Ok(n as u64)
    }

    fn overdue_support_first(&self, today: NaiveDate, limit: Option<u32>) -> Result<Vec<OverdueSupport>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT t.id, t.session_id, s.title, t.what, t.role, t.owner, t.due_date, t.status
             FROM (SELECT t.* {OVERDUE} ORDER BY t.due_date, t.id LIMIT ?2) t
             JOIN session s ON s.id = t.session_id
             ORDER BY t.due_date, t.id"
        ))?;
        let id = |b: Vec<u8>| RecordId::from_slice(&b).map(|i| i.to_string()).unwrap_or_default();
        let limit = limit.map_or(-1, i64::from);
        let rows = stmt.query_map(rusqlite::params![today.to_string(), limit], |r| {
            Ok((
                id(r.get(0)?),
                id(r.get(1)?),
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get::<_, String>(6)?,
                r.get(7)?,
            ))
        })?;
        let mut out = vec![];
        for row in rows {
            let (id, session_id, session_title, what, role, owner, due_date, status) = row?;
            let Some(due) = parse(&due_date) else { continue };
            let days_overdue = (today - due).num_days();
            out.push(OverdueSupport {
                id,
                session_id,
                session_title,
                what,
                role,
                owner,
                due_date,
                status,
                days_overdue,
            });
        }
        Ok(out)
    }

    /// Other NGOs and networks convening actors of each movement (all movements when `None`),
    /// so that support is not duplicated.
    pub fn overlaps(&self, movement: Option<RecordId>) -> Result<Vec<Overlap>> {
        let movements = match movement {
            Some(m) => vec![self.get(Entity::Movement, m)?],
            None => self.list(Entity::Movement)?,
        };
        let mut out = vec![];
        for m in movements {
            let Ok(mid) = text(&m, "id").parse::<RecordId>() else { continue };
            let actors: HashMap<String, Record> =
                self.children(Entity::Actor, "movement_id", mid)?.into_iter().map(|a| (text(&a, "id"), a)).collect();
            let we_convene = self.role_timeline(mid)?.current.iter().any(|r| r == "convener");
            let mut by_convener: Vec<(String, Vec<String>)> = vec![];
            for rel in self.children(Entity::Relation, "movement_id", mid)? {
                let (from, to) = (text(&rel, "from_id"), text(&rel, "to_id"));
                let other = actors.get(&from).is_some_and(|a| {
                    let kind = text(a, "kind");
                    PERIPHERY.contains(&kind.as_str()) || kind == "network"
                });
                if text(&rel, "kind") != "convenes" || !other || !actors.contains_key(&to) {
                    continue;
                }
                match by_convener.iter_mut().find(|(c, _)| *c == from) {
                    Some((_, list)) => list.push(to),
                    None => by_convener.push((from, vec![to])),
                }
            }
            for (convener, convened) in by_convener {
                let c = &actors[&convener];
                let mut names: Vec<String> = convened.iter().map(|a| text(&actors[a], "name")).collect();
                names.sort();
                names.dedup();
                out.push(Overlap {
                    movement_id: mid.to_string(),
                    movement: text(&m, "name"),
                    convener_id: convener,
                    convener: text(c, "name"),
                    convener_kind: text(c, "kind"),
                    actors: names,
                    we_convene,
                });
            }
        }
        out.sort_by(|a, b| (&a.movement, &a.convener).cmp(&(&b.movement, &b.convener)));
        Ok(out)
    }
}

fn parse(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

#[cfg(test)]
#[path = "cycle_tests.rs"]
mod tests;
