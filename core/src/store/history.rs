//! Audit history of a record: which device changed which field when, and what the value was
//! before, read from the stamped change log; conflicts found on import, and how they were
//! resolved, appear in the same timeline.

use super::Store;
use crate::error::Result;
use crate::ids::{DeviceId, RecordId};
use crate::schema::Entity;
use crate::stamp::Stamp;
use rusqlite::params;
use serde::Serialize;
use serde_json::Value as Json;

/// One line of a record's history.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct HistoryEntry {
    /// When it was recorded on this device (RFC 3339, UTC).
    pub at: String,
    /// `edit`, `delete` or `conflict`.
    pub kind: &'static str,
    /// Record kind and id (for a session's history, its items appear too).
    pub entity: Entity,
    /// Record id.
    pub id: String,
    /// The field.
    pub field: String,
    /// The value before (for a conflict: the value this store had).
    pub old: Json,
    /// The value after (for a conflict: the value from the bundle).
    pub new: Json,
    /// The device that made the change.
    pub device: String,
    /// Whether this device made it.
    pub own: bool,
    /// For other devices: the trusted device's label or fingerprint, else the device id.
    pub device_label: String,
    /// When the change came in another device's bundle (an office passing it on): that
    /// device's label. The author above is the change's own, never the relay's.
    pub relay: Option<String>,
    /// For conflicts: which side was applied, and the resolution once someone chose.
    pub note: String,
    /// Whether its values were erased because a participant withdrew consent (the change is
    /// still listed: when and by whom, without what).
    pub erased: bool,
}

fn parse(s: Option<String>) -> Json {
    s.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or(Json::Null)
}

impl Store {
    pub(crate) fn device_label(&self, device: &DeviceId) -> String {
        if *device == self.device {
            return String::new();
        }
        self.conn
            .query_row(
                "SELECT CASE label WHEN '' THEN fingerprint ELSE label END FROM trusted_device WHERE device_id = ?1",
                params![device.as_bytes().as_slice()],
                |r| r.get(0),
            )
            .unwrap_or_else(|_| device.to_string())
    }

    /// The history of one record, oldest first.
    pub fn history(&self, entity: Entity, id: RecordId) -> Result<Vec<HistoryEntry>> {
        let mut out = vec![];
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, field, old_value, new_value, device, relay, erased FROM change_log
             WHERE entity = ?1 AND id = ?2 ORDER BY seq",
        )?;
        let rows = stmt.query_map(params![entity.name(), id.as_bytes().as_slice()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get::<_, Vec<u8>>(4)?,
                r.get::<_, Option<Vec<u8>>>(5)?,
                r.get::<_, bool>(6)?,
            ))
        })?;
        for row in rows {
            let (at, field, old, new, device, relay, erased) = row?;
            let relay = relay.as_deref().and_then(DeviceId::from_slice).map(|d| self.device_label(&d));
            let start = out.len();
            if field == "*" {
                // A record that arrived whole: one entry holding each field's value and stamp.
                self.expand_arrival(entity, id, &at, &parse(new), &mut out);
            } else {
                let device = DeviceId::from_slice(&device).unwrap_or_default();
                out.push(self.entry(entity, id, at, field, parse(old), parse(new), device));
            }
            for e in &mut out[start..] {
                e.relay = relay.clone().filter(|_| !e.own);
                e.erased = erased;
            }
        }
        for c in self.conflicts_of(entity, id)? {
            out.push(c);
        }
        out.sort_by(|a, b| a.at.cmp(&b.at));
        Ok(out)
    }

    #[allow(clippy::too_many_arguments)]
    fn entry(
        &self,
        entity: Entity,
        id: RecordId,
        at: String,
        field: String,
        old: Json,
        new: Json,
        device: DeviceId,
    ) -> HistoryEntry {
        let kind = if field == super::write::DELETED.name { "delete" } else { "edit" };
        HistoryEntry {
            at,
            kind,
            entity,
            id: id.to_string(),
            field,
            old,
            new,
            device: device.to_string(),
            own: device == self.device,
            device_label: self.device_label(&device),
            relay: None,
            note: String::new(),
            erased: false,
        }
    }

    fn expand_arrival(&self, entity: Entity, id: RecordId, at: &str, fields: &Json, out: &mut Vec<HistoryEntry>) {
        let Some(fields) = fields.as_object() else { return };
        for (field, pair) in fields {
            let value = pair.get(0).cloned().unwrap_or(Json::Null);
            let stamp = pair.get(1).and_then(Json::as_str).and_then(|s| s.parse::<Stamp>().ok());
            let device = stamp.map(|s| s.device).unwrap_or_default();
            out.push(self.entry(entity, id, at.to_owned(), field.clone(), Json::Null, value, device));
        }
    }

    /// A session's history together with that of everything recorded in it, oldest first.
    pub fn session_history(&self, id: RecordId) -> Result<Vec<HistoryEntry>> {
        let mut out = self.history(Entity::Session, id)?;
        for e in Entity::SESSION_CHILDREN {
            let mut stmt = self.conn.prepare_cached(&format!("SELECT id FROM {} WHERE session_id = ?1", e.name()))?;
            let ids: Vec<Vec<u8>> =
                stmt.query_map(params![id.as_bytes().as_slice()], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            for child in ids.iter().filter_map(|b| RecordId::from_slice(b)) {
                out.extend(self.history(e, child)?);
            }
        }
        out.sort_by(|a, b| a.at.cmp(&b.at));
        Ok(out)
    }

    fn conflicts_of(&self, entity: Entity, id: RecordId) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT detected_at, field, local_value, incoming_value, incoming_stamp, winner, resolution, resolved_at, reason
             FROM conflict WHERE entity = ?1 AND record_id = ?2",
        )?;
        let rows = stmt.query_map(params![entity.name(), id.as_bytes().as_slice()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get::<_, Vec<u8>>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, Option<String>>(7)?,
                r.get::<_, Option<String>>(8)?,
            ))
        })?;
        let mut out = vec![];
        for row in rows {
            let (at, field, local, incoming, stamp, winner, resolution, resolved_at, reason) = row?;
            // The stamp is 8 bytes of clock then the 16-byte device id.
            let device = stamp.get(8..24).and_then(DeviceId::from_slice).unwrap_or_default();
            let what = match &reason {
                Some(why) => format!("held for review ({why})"),
                None => format!("conflict: {winner} applied"),
            };
            let erased = resolution.as_deref() == Some("erased");
            let note = match (resolution, resolved_at) {
                (Some(kept), Some(when)) => format!("{what}; resolved on {when}, kept {kept}"),
                _ => format!("{what}; not yet resolved"),
            };
            out.push(HistoryEntry {
                at,
                kind: if reason.is_some() { "review" } else { "conflict" },
                entity,
                id: id.to_string(),
                field,
                old: parse(local),
                new: parse(incoming),
                device: device.to_string(),
                own: device == self.device,
                device_label: self.device_label(&device),
                relay: None,
                note,
                erased,
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use crate::schema::Entity;
    use crate::sync::tests::{device, receive, send};
    use crate::sync::Pick;
    use crate::Op;
    use serde_json::json;

    fn fields(v: serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
        v.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn history_shows_who_changed_what_when_including_conflicts() {
        let (mut field, mut office) = (device(), device());
        let m = field.store.create(Entity::Movement, fields(json!({"name": "Union"}))).expect("create");
        let f = send(&mut field, &office, true, "1.fieldbook");
        receive(&mut office, &[f]);
        // Both edit the name between syncs: a conflict at the office.
        let edit =
            |name: &str| vec![Op::Update { entity: Entity::Movement, id: m, fields: fields(json!({ "name": name })) }];
        field.store.write(edit("Domestic workers' union")).expect("field edit");
        office.store.write(edit("DWU")).expect("office edit");
        let f = send(&mut field, &office, false, "2.fieldbook");
        receive(&mut office, &[f]);
        let conflict = office.store.conflicts().expect("conflicts").pop().expect("one conflict");
        office.store.resolve_conflict(conflict.id, Pick::Local).expect("resolve");

        let h = office.store.history(Entity::Movement, m).expect("history");
        let names: Vec<_> = h.iter().filter(|e| e.field == "name").collect();
        assert!(names.iter().any(|e| e.kind == "edit" && e.new == json!("Union") && !e.own));
        assert!(names.iter().any(|e| e.kind == "edit" && e.old == json!("Union") && e.new == json!("DWU") && e.own));
        let c = names.iter().find(|e| e.kind == "conflict").expect("the conflict is in the history");
        assert_eq!((c.old.clone(), c.new.clone()), (json!("DWU"), json!("Domestic workers' union")));
        assert!(c.note.contains("resolved") && c.note.contains("kept local"), "{}", c.note);
        assert!(h.windows(2).all(|w| w[0].at <= w[1].at), "oldest first");
    }

    #[test]
    fn a_session_history_includes_its_items_and_deletes() {
        let mut d = device();
        let s = d.store.create_session(fields(json!({"title": "Listening"}))).expect("session");
        let p = d
            .store
            .create(Entity::Priority, fields(json!({"session_id": s.to_string(), "title": "Contracts"})))
            .expect("p");
        d.store.write(vec![Op::Delete { entity: Entity::Priority, id: p }]).expect("delete");
        let h = d.store.session_history(s).expect("history");
        assert!(h.iter().any(|e| e.entity == Entity::Session && e.field == "title"));
        assert!(h.iter().any(|e| e.entity == Entity::Priority && e.field == "title" && e.new == json!("Contracts")));
        assert!(h.iter().any(|e| e.entity == Entity::Priority && e.kind == "delete"));
    }
}
