//! Consent that travels: a participant who takes back consent (to be named, to be quoted, to be
//! recorded at all) is erased, not hidden, on every install that holds their data. The
//! withdrawal is a record like any other, so it is signed and carried by bundles; every install
//! that merges it erases what it covers (`erase.rs`) and records a [`Entity::WithdrawalAck`]
//! that travels back, so an office sees which devices have not yet applied it.

mod erase;
mod forget;
mod person;
mod words;

pub(crate) use erase::enforce;
pub(crate) use forget::{check_applied, forget_words, forgotten, note_acks};
pub(crate) use person::is_other_kind;
pub use words::MARK;

use crate::error::{Error, Result};
use crate::ids::{DeviceId, RecordId};
use crate::schema::Entity;
use crate::store::{Op, Store};
use chrono::{NaiveDate, Utc};
use rusqlite::OptionalExtension;
use serde::Serialize;
use serde_json::{json, Map, Value as Json};
use std::collections::BTreeMap;

/// What a participant took back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Consent to be named: their name, organisation and role, and mentions of their name.
    Named,
    /// Consent to be quoted: their quotes.
    Quoted,
    /// Consent to be recorded at all: everything above, their pseudonym, and attachments about
    /// them. They remain only as "a participant (consent withdrawn)" in counts.
    All,
}

impl Scope {
    /// The code stored and used by the CLI (`named`, `quoted`, `all`).
    pub fn code(self) -> &'static str {
        match self {
            Scope::Named => "named",
            Scope::Quoted => "quoted",
            Scope::All => "all",
        }
    }

    /// Parses a code.
    pub fn parse(s: &str) -> Option<Scope> {
        [Scope::Named, Scope::Quoted, Scope::All].into_iter().find(|c| c.code() == s.trim())
    }

    /// Whether the name and what identifies the person is erased.
    pub fn covers_name(self) -> bool {
        matches!(self, Scope::Named | Scope::All)
    }

    /// Whether their quotes are erased.
    pub fn covers_quotes(self) -> bool {
        matches!(self, Scope::Quoted | Scope::All)
    }

    /// The participant's fields this scope erases, each with the value it is left at: the one
    /// list the erasure, the editor's refusal and the interface's disabled fields follow.
    pub fn covered(self) -> Vec<(&'static str, Json)> {
        let mut out = vec![];
        if self.covers_name() {
            out.extend([
                ("name", json!("")),
                ("aliases", json!([])),
                ("organisation", json!("")),
                ("role", json!("")),
                ("consent_named", json!(false)),
            ]);
        }
        if self.covers_quotes() {
            out.push(("consent_quote", json!(false)));
        }
        if self == Scope::All {
            out.extend([("pseudonym", json!("")), ("consent_record", json!(false))]);
        }
        out
    }

    /// Each scope's covered fields by code, for the interface.
    pub fn coverage() -> Json {
        let all = [Scope::Named, Scope::Quoted, Scope::All];
        Json::Object(
            all.iter()
                .map(|s| (s.code().to_string(), json!(s.covered().iter().map(|(f, _)| *f).collect::<Vec<_>>())))
                .collect(),
        )
    }

    /// What two withdrawals of the same person cover together.
    pub fn widest(self, other: Scope) -> Scope {
        // Named and quoted together are taken as `all`: a person who withdrew both would not
        // expect their pseudonym to stay either.
        if self == other {
            self
        } else {
            Scope::All
        }
    }
}

/// One device's acknowledgement of a withdrawal.
#[derive(Debug, Clone, Serialize)]
pub struct DeviceAck {
    /// The device id.
    pub device: String,
    /// Its label here (this install's own, a trusted device's label, or empty).
    pub label: String,
    /// When it applied the withdrawal (its own clock), if it has.
    pub applied_at: Option<String>,
}

/// A withdrawal as an office follows it.
#[derive(Debug, Clone, Serialize)]
pub struct WithdrawalStatus {
    /// The withdrawal's id.
    pub id: String,
    /// The participant it is about.
    pub participant_id: String,
    /// What it covers.
    pub scope: Scope,
    /// The day it was given.
    pub date: Option<String>,
    /// Who recorded it.
    pub recorded_by: String,
    /// When this install erased what it covers (first time), if it has.
    pub applied_here: Option<String>,
    /// Values erased here, all runs together.
    pub values_erased: u64,
    /// Each known device (this one and the trusted ones) and whether it has applied it.
    pub devices: Vec<DeviceAck>,
    /// Whether this install still keeps keyed hashes of the name (to scrub text still on its
    /// way), and when it forgot them if it has (docs/threat-model.md, "Erased names").
    pub names_kept: bool,
    /// When this install forgot them.
    pub names_forgotten_at: Option<String>,
}

impl WithdrawalStatus {
    /// The known devices that have not yet applied it.
    pub fn waiting(&self) -> impl Iterator<Item = &DeviceAck> {
        self.devices.iter().filter(|d| d.applied_at.is_none())
    }
}

impl Store {
    /// Records that a participant withdrew consent, and erases at once what it covers here, in
    /// one transaction. `date` defaults to today. Returns the withdrawal's id.
    pub fn withdraw_consent(
        &mut self,
        participant: RecordId,
        scope: Scope,
        recorded_by: &str,
        note: &str,
        date: Option<NaiveDate>,
    ) -> Result<RecordId> {
        // A deleted participant too: their values are still in the tombstone, the history and
        // on other devices.
        let here: bool = self
            .conn
            .query_row("SELECT 1 FROM participant WHERE id = ?1", [participant.as_bytes().as_slice()], |_| Ok(()))
            .optional()?
            .is_some();
        if !here {
            return Err(Error::NotFound { entity: "participant".into(), id: participant.to_string() });
        }
        let mut fields = Map::new();
        fields.insert("participant_id".into(), json!(participant.to_string()));
        fields.insert("scope".into(), json!(scope.code()));
        let date = date.unwrap_or_else(|| Utc::now().date_naive());
        fields.insert("date".into(), json!(date.format("%Y-%m-%d").to_string()));
        fields.insert("recorded_by".into(), json!(recorded_by.trim()));
        fields.insert("note".into(), json!(note.trim()));
        let id = self.write_with(|w| {
            let id = w.apply(Op::Create { entity: Entity::Withdrawal, id: None, fields })?;
            erase::enforce(w)?;
            Ok(id)
        })?;
        self.after_erasure()?;
        Ok(id)
    }

    /// Whether this install would forget hashes of erased names now: checked before writing,
    /// so an import that forgets nothing writes nothing.
    pub(crate) fn may_forget_erased_names(&self) -> Result<bool> {
        Ok(!forget::ready_to_forget(&self.conn)?.is_empty())
    }

    /// How many hashes of erased names this install still keeps to scrub text that arrives
    /// late (none once nothing can bring such text: docs/threat-model.md, "Erased names").
    pub fn erased_names_kept(&self) -> Result<u64> {
        Ok(self.conn.query_row("SELECT count(*) FROM erased_word", [], |r| r.get::<_, i64>(0))?.max(0) as u64)
    }

    /// Every withdrawal here, newest first, with which known devices have applied it.
    pub fn withdrawals(&self) -> Result<Vec<WithdrawalStatus>> {
        let me = self.device.to_string();
        let mut labels: Vec<(String, String)> = vec![(me.clone(), String::new())];
        for d in self.trusted_devices()? {
            if let Some(id) = d.device_id.filter(|id| *id != me) {
                labels.push((id, d.label));
            }
        }
        let acks = self.acks()?;
        let mut stmt = self.conn.prepare(
            "SELECT w.id, w.participant_id, w.scope, w.date, w.recorded_by,
                    (SELECT min(applied_at) FROM erasure e WHERE e.withdrawal_id = w.id),
                    (SELECT coalesce(sum(values_erased), 0) FROM erasure e WHERE e.withdrawal_id = w.id),
                    EXISTS (SELECT 1 FROM erased_word x JOIN withdrawal o ON o.id = x.withdrawal_id
                            WHERE o.participant_id = w.participant_id),
                    (SELECT forgotten_at FROM erased_forgotten f WHERE f.withdrawal_id = w.id)
             FROM withdrawal w WHERE w.deleted = 0 ORDER BY w.date DESC, w.id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, Option<Vec<u8>>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, bool>(7)?,
                r.get::<_, Option<String>>(8)?,
            ))
        })?;
        let mut out = vec![];
        for row in rows {
            let (
                id,
                participant,
                scope,
                date,
                recorded_by,
                applied_here,
                values_erased,
                names_kept,
                names_forgotten_at,
            ) = row?;
            let Some(id) = RecordId::from_slice(&id) else { continue };
            let mut devices: Vec<DeviceAck> = labels
                .iter()
                .map(|(device, label)| DeviceAck {
                    device: device.clone(),
                    label: label.clone(),
                    applied_at: acks.get(&(id, device.clone())).cloned(),
                })
                .collect();
            // Devices heard of only through their acknowledgement (relayed by an office).
            for ((w, device), at) in acks.range((id, String::new())..) {
                if *w != id {
                    break;
                }
                if !devices.iter().any(|d| d.device == *device) {
                    devices.push(DeviceAck {
                        device: device.clone(),
                        label: String::new(),
                        applied_at: Some(at.clone()),
                    });
                }
            }
            out.push(WithdrawalStatus {
                id: id.to_string(),
                participant_id: participant
                    .as_deref()
                    .and_then(RecordId::from_slice)
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
                scope: Scope::parse(&scope).unwrap_or(Scope::All),
                date,
                recorded_by,
                applied_here,
                values_erased: values_erased as u64,
                devices,
                names_kept,
                names_forgotten_at,
            });
        }
        Ok(out)
    }

    /// Acknowledgements by withdrawal and device. An acknowledgement counts only when the
    /// device it names wrote it: a device cannot answer for another.
    fn acks(&self) -> Result<BTreeMap<(RecordId, String), String>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.withdrawal_id, a.device, a.applied_at,
                    (SELECT c.device FROM change_log c WHERE c.entity = 'withdrawal_ack' AND c.id = a.id
                     AND c.field IN ('*', 'device') ORDER BY c.seq LIMIT 1)
             FROM withdrawal_ack a WHERE a.deleted = 0",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, Option<Vec<u8>>>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<Vec<u8>>>(3)?,
            ))
        })?;
        let mut out = BTreeMap::new();
        for row in rows {
            let (w, device, at, author) = row?;
            let (Some(w), Some(author)) =
                (w.as_deref().and_then(RecordId::from_slice), author.as_deref().and_then(DeviceId::from_slice))
            else {
                continue;
            };
            if author.to_string() != device {
                continue;
            }
            let slot = out.entry((w, device)).or_insert(at.clone());
            if at < *slot {
                *slot = at;
            }
        }
        Ok(out)
    }

    /// The participants of a session who withdrew consent, with what they withdrew.
    pub fn withdrawn_in_session(&self, session: RecordId) -> Result<BTreeMap<RecordId, Scope>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT w.participant_id, w.scope FROM withdrawal w JOIN participant p ON p.id = w.participant_id
             WHERE p.session_id = ?1 AND w.deleted = 0",
        )?;
        let rows =
            stmt.query_map([session.as_bytes().as_slice()], |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, String>(1)?)))?;
        let mut out: BTreeMap<RecordId, Scope> = BTreeMap::new();
        for row in rows {
            let (p, scope) = row?;
            if let (Some(p), Some(scope)) = (RecordId::from_slice(&p), Scope::parse(&scope)) {
                let was = out.get(&p).copied().unwrap_or(scope);
                out.insert(p, was.widest(scope));
            }
        }
        Ok(out)
    }

    /// After a transaction that erased: old page images leave the write-ahead log, and a store
    /// made before erasure zeroed freed space is rebuilt once, so no erased value is left in
    /// unused space of the file.
    ///
    /// Best effort, after the erasure has committed: a reader holding the file (another window,
    /// a running export) can keep the rebuild or the checkpoint from finishing, and the erasure
    /// must not then be reported as failed. The next erasure, or the next checkpoint, finishes it.
    pub(crate) fn after_erasure(&mut self) -> Result<()> {
        let rebuild: bool = self
            .conn
            .query_row("SELECT 1 FROM meta WHERE key = 'rebuild_before_erasure'", [], |_| Ok(()))
            .optional()?
            .is_some();
        // The search index's pages from before `secure-delete` may still hold old words: it is
        // rebuilt from the text as it now is, then the file is.
        if rebuild
            && self.conn.execute_batch("INSERT INTO search_text(search_text) VALUES ('rebuild')").is_ok()
            && self.conn.execute_batch("VACUUM").is_ok()
        {
            self.conn.execute("DELETE FROM meta WHERE key = 'rebuild_before_erasure'", [])?;
        }
        let _ = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(())
    }
}

/// Refuses a local write that would record again what a withdrawal took back: a name typed into
/// a participant who withdrew it, a quote attributed to someone who withdrew consent to quotes
/// (written, or moved onto them), a photo or scan attached to someone who withdrew their name.
/// Erasing writes (empty texts, consents off) pass.
pub(crate) fn guard(
    w: &crate::store::write::Writer<'_, '_>,
    entity: Entity,
    id: RecordId,
    given: &[(crate::schema::Field, Json)],
    creating: bool,
) -> Result<()> {
    let given_ref = |field: &str| {
        given
            .iter()
            .find(|(f, _)| f.name == field)
            .and_then(|(_, v)| v.as_str())
            .and_then(|s| s.parse::<RecordId>().ok())
    };
    let stored_ref = |table: &str, field: &str| -> Result<Option<RecordId>> {
        let sql = format!("SELECT {field} FROM {table} WHERE id = ?1");
        Ok(w.tx
            .prepare_cached(&sql)?
            .query_row([id.as_bytes().as_slice()], |r| r.get::<_, Option<Vec<u8>>>(0))
            .optional()?
            .flatten()
            .as_deref()
            .and_then(RecordId::from_slice))
    };
    let participant = match entity {
        Entity::Participant => Some(id),
        Entity::Quote => match given_ref("participant_id") {
            Some(p) => Some(p),
            None => stored_ref("quote", "participant_id")?,
        },
        Entity::Attachment => match given_ref("item_id") {
            Some(p) => Some(p),
            None if given.iter().any(|(f, _)| f.name == "sha256") => stored_ref("attachment", "item_id")?,
            None => None,
        },
        Entity::Withdrawal | Entity::WithdrawalAck if !creating => return Err(Error::WithdrawalFixed),
        _ => None,
    };
    let Some(p) = participant else { return Ok(()) };
    let scopes: Vec<String> = {
        let mut stmt = w.tx.prepare_cached("SELECT scope FROM withdrawal WHERE participant_id = ?1 AND deleted = 0")?;
        let rows = stmt.query_map([p.as_bytes().as_slice()], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let Some(scope) = scopes.iter().filter_map(|s| Scope::parse(s)).reduce(Scope::widest) else { return Ok(()) };
    let filled = |v: &Json| match v {
        Json::String(s) => !s.trim().is_empty(),
        Json::Bool(b) => *b,
        _ => false,
    };
    let refuse = |what: &str| Err(Error::ConsentWithdrawn { what: what.into() });
    match entity {
        Entity::Quote if scope.covers_quotes() => {
            // The text the quote would have: the one given, else the one it has.
            let text = match given.iter().find(|(f, _)| f.name == "text") {
                Some((_, v)) => filled(v),
                None => {
                    w.tx.prepare_cached("SELECT text FROM quote WHERE id = ?1")?
                        .query_row([id.as_bytes().as_slice()], |r| r.get::<_, String>(0))
                        .optional()?
                        .is_some_and(|t| !t.trim().is_empty())
                }
            };
            if text {
                return refuse("quote");
            }
        }
        Entity::Attachment if scope.covers_name() => return refuse("name"),
        Entity::Participant => {
            let covered = scope.covered();
            if let Some((f, _)) = given.iter().find(|(f, v)| filled(v) && covered.iter().any(|(c, _)| *c == f.name)) {
                return refuse(if f.name == "consent_quote" { "quote" } else { "name" });
            }
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests;
