//! What a country office publishes to the organisation's database (docs/federation.md): every
//! record its store holds, cut to a tier by [`Store::cut`], with the newest stamp among the
//! fields it shows, and the records it knows are deleted or restricted. The database side (the
//! PostgreSQL client, the tables and the diff) is `fieldbook-federation`; this part reads the
//! store only, so the cut is the same code the table exports use.

use crate::error::Result;
use crate::hlc::Hlc;
use crate::ids::RecordId;
use crate::progress::Progress;
use crate::schema::Entity;
use crate::schema::Record;
use crate::store::{entries, Store};
use crate::table::CutRecord;
use crate::tier::Tier;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Why a record is not in the published tables any more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GoneReason {
    /// Deleted here (a tombstone).
    Deleted,
    /// Above the published tier (a restricted record, or one in a restricted session).
    Withheld,
}

impl GoneReason {
    /// The code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            GoneReason::Deleted => "deleted",
            GoneReason::Withheld => "withheld",
        }
    }
}

/// A record the office holds but does not publish, with its newest stamp: the organisation's
/// views let it hide another office's older copy of the same record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Gone {
    /// Its kind.
    pub entity: Entity,
    /// Its id.
    pub id: RecordId,
    /// The newest write to it that this store has.
    pub stamp: Hlc,
    /// Deleted or withheld.
    pub reason: GoneReason,
}

/// One published record: the cut record and its newest stamp.
pub struct Published<'a> {
    /// The record, and which of its fields the tier shows.
    pub cut: CutRecord<'a>,
    /// Its id.
    pub id: RecordId,
    /// The newest write among the fields the tier shows (the organisation's views keep, for each
    /// record, the copy with the newest stamp across offices).
    pub stamp: Hlc,
}

/// Where this office publishes, remembered in the store (encrypted like the rest) for the app's
/// Publish action. Never the password: it is typed each time, or comes from `PGPASSWORD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishSettings {
    /// The connection string, without a password.
    pub url: String,
    /// The PostgreSQL schema (`fieldbook`).
    pub schema: String,
    /// share_back or internal.
    pub clearance: Tier,
    /// This office's name in the organisation's database.
    #[serde(default)]
    pub label: String,
}

const SETTINGS_KEY: &str = "publish_settings";

impl Store {
    /// The saved publish settings, if a database was configured.
    pub fn publish_settings(&self) -> Result<Option<PublishSettings>> {
        let saved: Option<Vec<u8>> =
            self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [SETTINGS_KEY], |r| r.get(0)).optional()?;
        Ok(saved.and_then(|b| serde_json::from_slice(&b).ok()))
    }

    /// Saves (or, with `None`, forgets) the publish settings. The caller checks them first
    /// (`fieldbook-federation`'s `save_settings`).
    pub fn set_publish_settings(&mut self, settings: Option<&PublishSettings>) -> Result<()> {
        match settings {
            Some(s) => {
                let json = serde_json::to_vec(s).map_err(|e| crate::Error::InvalidDocument(e.to_string()))?;
                self.conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    rusqlite::params![SETTINGS_KEY, json],
                )?;
            }
            None => {
                self.conn.execute("DELETE FROM meta WHERE key = ?1", [SETTINGS_KEY])?;
            }
        }
        Ok(())
    }

    /// How far this store's arrivals go (the highest `seq` of any record): a publish records it,
    /// and the next one with the same value has nothing new to send.
    pub fn arrival_watermark(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT coalesce(max(seq), 0) FROM record_clock", [], |r| r.get(0))?)
    }

    /// Every record this store holds, cut to `tier`, read in one snapshot (one read transaction:
    /// a write made meanwhile is either wholly in it or not at all, so no text is cut with facts
    /// older than it): `publish` gets each record the tier shows. Returns the records that are
    /// deleted or restricted, and the arrival watermark of the snapshot.
    pub fn publication(
        &self,
        tier: Tier,
        progress: &Progress<'_>,
        mut publish: impl FnMut(Published<'_>) -> Result<()>,
    ) -> Result<Publication> {
        let snapshot = self.conn.unchecked_transaction()?;
        let watermark = self.arrival_watermark()?;
        let stamps = self.record_stamps()?;
        let mut gone = vec![];
        self.cut(
            tier,
            progress,
            |cut| {
                let Some(id) = record_id(cut.record) else { return Ok(()) };
                // The newest write among the fields it shows: an edit of a withheld field (a
                // name at risk) must not show as a change of the published row.
                let stamp = stamps.newest(cut.entity, id, |field| cut.shown.get(field).copied().unwrap_or(false));
                publish(Published { cut, id, stamp })
            },
            |entity, record, record_tier| {
                // Only what is restricted is noted: a record merely above a share-back publish
                // is another office's to publish at internal.
                if let (Some(id), Tier::Restricted) = (record_id(record), record_tier) {
                    let stamp = stamps.newest(entity, id, |_| true);
                    gone.push(Gone { entity, id, stamp, reason: GoneReason::Withheld });
                }
                Ok(())
            },
        )?;
        for entity in Entity::ALL {
            let mut stmt = self.conn.prepare(&format!("SELECT id FROM {} WHERE deleted = 1", entity.name()))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                if let Some(id) = RecordId::from_slice(r.get_ref(0)?.as_blob()?) {
                    let stamp = stamps.newest(entity, id, |_| true);
                    gone.push(Gone { entity, id, stamp, reason: GoneReason::Deleted });
                }
            }
        }
        snapshot.commit()?;
        Ok(Publication { gone, watermark })
    }

    /// Every record's field stamps (one pass, no per-record query).
    fn record_stamps(&self) -> Result<FieldStamps> {
        let mut stmt = self.conn.prepare("SELECT entity, id, stamps FROM record_clock")?;
        let mut rows = stmt.query([])?;
        let mut out = FieldStamps::default();
        while let Some(r) = rows.next()? {
            let Some(entity) = Entity::from_name(r.get_ref(0)?.as_str()?) else { continue };
            let Some(id) = RecordId::from_slice(r.get_ref(1)?.as_blob()?) else { continue };
            let start = out.stamps.len();
            let fields = entity.fields();
            for entry in entries(r.get_ref(2)?.as_blob()?) {
                let (name, field) = entry?;
                // Fields by their place in the kind's list; `deleted` (and any other) past it.
                let at = fields.iter().position(|f| f.name.as_bytes() == name).unwrap_or(fields.len());
                out.stamps.push((at, field.stamp.hlc));
            }
            out.records.insert((entity, id), (start, out.stamps.len()));
        }
        Ok(out)
    }
}

/// Every record's field stamps, in one arena: for each record, the field's place in its kind's
/// field list and the stamp of its last write.
#[derive(Default)]
struct FieldStamps {
    records: HashMap<(Entity, RecordId), (usize, usize)>,
    stamps: Vec<(usize, Hlc)>,
}

impl FieldStamps {
    /// The newest write to a record among the fields `counts` accepts (by place).
    fn newest(&self, entity: Entity, id: RecordId, counts: impl Fn(usize) -> bool) -> Hlc {
        let (start, end) = self.records.get(&(entity, id)).copied().unwrap_or_default();
        self.stamps[start..end].iter().filter(|(at, _)| counts(*at)).map(|(_, hlc)| *hlc).max().unwrap_or_default()
    }
}

/// What a publication read besides the records it published.
#[derive(Debug, Clone, Default)]
pub struct Publication {
    /// Deleted and restricted records.
    pub gone: Vec<Gone>,
    /// The arrival watermark of the snapshot read ([`Store::arrival_watermark`]).
    pub watermark: i64,
}

fn record_id(record: &Record) -> Option<RecordId> {
    record.get("id").and_then(|v| v.as_str()).and_then(|s| s.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Passphrase, Store};
    use serde_json::json;

    fn fields(v: serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
        v.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn the_watermark_moves_with_every_write_and_deleted_or_restricted_records_are_gone() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let mut store = Store::init(dir.path(), &Passphrase::new("publication test words"))?;
        let session = store.create(Entity::Session, fields(json!({"title": "Union hall"})))?;
        let first = store.arrival_watermark()?;
        store.update(Entity::Session, session, fields(json!({"notes": "Follow up in May."})))?;
        let second = store.arrival_watermark()?;
        assert!(second > first, "{first} then {second}");
        let risk =
            store.create(Entity::Risk, fields(json!({"session_id": session.to_string(), "description": "x"})))?;
        let priority =
            store.create(Entity::Priority, fields(json!({"session_id": session.to_string(), "title": "Contracts"})))?;
        store.delete(Entity::Priority, priority)?;
        let mut published = vec![];
        let gone = store
            .publication(Tier::Internal, &Progress::none(), |p| {
                published.push((p.cut.entity, p.id, p.stamp));
                Ok(())
            })?
            .gone;
        assert!(published.iter().any(|(e, id, stamp)| *e == Entity::Session && *id == session && stamp.0 > 0));
        assert!(!published.iter().any(|(_, id, _)| *id == risk || *id == priority));
        let reason = |id| gone.iter().find(|g| g.id == id).map(|g| g.reason);
        assert_eq!(reason(risk), Some(GoneReason::Withheld));
        assert_eq!(reason(priority), Some(GoneReason::Deleted));
        Ok(())
    }

    #[test]
    fn publish_settings_are_kept_and_forgotten() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let mut store = Store::init(dir.path(), &Passphrase::new("publication test words"))?;
        assert_eq!(store.publish_settings()?, None);
        let s = PublishSettings {
            url: "postgres://office@db.example.org/fed".into(),
            schema: "fieldbook".into(),
            clearance: Tier::ShareBack,
            label: "Lima".into(),
        };
        store.set_publish_settings(Some(&s))?;
        assert_eq!(store.publish_settings()?, Some(s));
        store.set_publish_settings(None)?;
        assert_eq!(store.publish_settings()?, None);
        Ok(())
    }
}
