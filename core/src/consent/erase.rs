//! Erasing what withdrawals cover, inside the transaction that brought them (a local withdrawal
//! or an import): the participant's identifying values, their quotes, attachments about them,
//! mentions of their name in every text (in any form the name model finds), other records of
//! the same name, and the same values in the history, conflict entries and the review queue. Run after every merge, so that a value arriving later from a
//! device that had not yet heard of the withdrawal is erased as it lands ("the withdrawal wins
//! whatever the clocks say"). Idempotent: a second run finds nothing left to erase.

use super::forget::forget_words;
use super::person::{is_other_kind, past_aliases, past_values, same_name};
use super::words::Words;
use super::Scope;
use crate::error::Result;
use crate::ids::RecordId;
use crate::schema::Entity;
use crate::store::write::{Op, Writer, DELETED};
use crate::tier::is_free_text;
use chrono::{SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension};
use serde_json::{json, Value as Json};
use std::collections::{BTreeMap, HashSet};

/// Where the install's hashing key for erased names is kept.
const SALT_KEY: &str = "erasure_salt";

/// What the transaction being enforced wrote, merged or kept as a conflict.
#[derive(Default)]
struct Touched {
    ids: HashSet<RecordId>,
    records: Vec<(Entity, RecordId)>,
}

/// One participant's withdrawals, merged: the widest scope wins.
struct Withdrawn {
    participant: RecordId,
    scope: Scope,
    ids: Vec<RecordId>,
}

fn blob_ids(w: &Writer<'_, '_>, sql: &str, key: &[u8]) -> Result<Vec<RecordId>> {
    let mut stmt = w.tx.prepare_cached(sql)?;
    let rows = stmt.query_map([key], |r| r.get::<_, Vec<u8>>(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?.iter().filter_map(|b| RecordId::from_slice(b)).collect())
}

/// The install's key for hashing erased names, made on first use.
fn salt(w: &Writer<'_, '_>) -> Result<Vec<u8>> {
    let found: Option<Vec<u8>> =
        w.tx.query_row("SELECT value FROM meta WHERE key = ?1", [SALT_KEY], |r| r.get(0)).optional()?;
    if let Some(s) = found {
        return Ok(s);
    }
    let mut s = vec![0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut s);
    w.tx.execute("INSERT INTO meta (key, value) VALUES (?1, ?2)", params![SALT_KEY, s])?;
    Ok(s)
}

/// Erases what every withdrawal here covers and is still present, and notes this install's
/// acknowledgement of withdrawals it had not applied before. Returns how many values it erased.
pub(crate) fn enforce(w: &mut Writer<'_, '_>) -> Result<u64> {
    let rows: Vec<(Vec<u8>, Option<Vec<u8>>, String)> = {
        let mut stmt = w.tx.prepare_cached("SELECT id, participant_id, scope FROM withdrawal WHERE deleted = 0")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    if rows.is_empty() {
        return Ok(0);
    }
    let mut by_person: BTreeMap<RecordId, Withdrawn> = BTreeMap::new();
    for (id, participant, scope) in rows {
        let (Some(id), Some(participant)) =
            (RecordId::from_slice(&id), participant.as_deref().and_then(RecordId::from_slice))
        else {
            continue;
        };
        let scope = Scope::parse(&scope).unwrap_or(Scope::All);
        let entry = by_person.entry(participant).or_insert(Withdrawn { participant, scope, ids: vec![] });
        entry.scope = entry.scope.widest(scope);
        entry.ids.push(id);
    }
    // What this transaction wrote, merged or kept as a conflict: only there can something to erase have appeared.
    w.save_record()?;
    let touched = {
        let mut stmt = w.tx.prepare_cached(
            "SELECT entity, id FROM record_clock WHERE seq = ?1
             UNION SELECT entity, record_id FROM conflict WHERE rowid > ?2",
        )?;
        let rows =
            stmt.query_map([w.seq, w.conflicts_before], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
        let mut t = Touched::default();
        for row in rows {
            let (entity, id) = row?;
            if let (Some(e), Some(id)) = (Entity::from_name(&entity), RecordId::from_slice(&id)) {
                t.ids.insert(id);
                t.records.push((e, id));
            }
        }
        t
    };
    let me = w.device.to_string();
    let acked: HashSet<RecordId> = {
        let mut stmt =
            w.tx.prepare_cached("SELECT withdrawal_id FROM withdrawal_ack WHERE device = ?1 AND deleted = 0")?;
        let rows = stmt.query_map([&me], |r| r.get::<_, Option<Vec<u8>>>(0))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?.iter().flatten().filter_map(|b| RecordId::from_slice(b)).collect()
    };
    let salt = salt(w)?;
    let mut total = 0;
    let now = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
    // Only a participant can withdraw: a withdrawal naming another kind of record (merged
    // before that was refused) erases nothing.
    by_person.retain(|pid, _| !is_other_kind(w, *pid).unwrap_or(true));
    for person in by_person.values() {
        let fresh: HashSet<RecordId> = person.ids.iter().copied().filter(|id| !acked.contains(id)).collect();
        // The same person recorded again (another session, a duplicate): the records that carry
        // the same name lose what names them. Found before the name is erased.
        let twins = if person.scope.covers_name() { same_name(w, person.participant)? } else { vec![] };
        let mut erased = erase_person(w, person, &touched, !fresh.is_empty(), &salt)?;
        {
            for other in twins {
                let twin = Withdrawn { participant: other, scope: Scope::Named, ids: person.ids.clone() };
                erased += erase_person(w, &twin, &touched, !fresh.is_empty(), &salt)?;
            }
        }
        erased += scrub_withdrawals(w, person, &salt)?;
        total += erased;
        if !fresh.is_empty() || erased > 0 {
            // One audit row per run, under the person's first withdrawal.
            w.tx.execute(
                "INSERT INTO erasure (withdrawal_id, applied_at, values_erased) VALUES (?1, ?2, ?3)",
                params![person.ids[0].as_bytes().as_slice(), now, erased as i64],
            )?;
        }
        for id in person.ids.iter().filter(|id| fresh.contains(id)) {
            let mut fields = serde_json::Map::new();
            fields.insert("withdrawal_id".into(), json!(id.to_string()));
            fields.insert("device".into(), json!(me));
            fields.insert("applied_at".into(), json!(now));
            w.apply(Op::Create { entity: Entity::WithdrawalAck, id: None, fields })?;
        }
    }
    if forget_words(w)? > 0 {
        total += 1;
    }
    Ok(total)
}

/// Erases one participant's covered values wherever they are, when this withdrawal is new here
/// or this transaction touched something of theirs or of their session. A participant not here
/// (held for review, or never sent) still has their values erased from the review queue.
fn erase_person(
    w: &mut Writer<'_, '_>,
    person: &Withdrawn,
    touched: &Touched,
    fresh: bool,
    salt: &[u8],
) -> Result<u64> {
    let Touched { ids: touched, records: touched_records } = touched;
    let pid = person.participant;
    let key = pid.as_bytes().to_vec();
    let row: Option<(Option<Vec<u8>>, String, String)> =
        w.tx.prepare_cached("SELECT session_id, name, pseudonym FROM participant WHERE id = ?1")?
            .query_row([key.as_slice()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
    let (session, name, pseudonym) = row.clone().unwrap_or_default();
    let session = session.as_deref().and_then(RecordId::from_slice);
    let scope = person.scope;
    // Their quotes, here or held for review (a quote that arrived held is only a conflict entry).
    let mut quotes = blob_ids(w, "SELECT id FROM quote WHERE participant_id = ?1", &key)?;
    let held_quotes = {
        let mut stmt = w.tx.prepare_cached(
            "SELECT DISTINCT record_id FROM conflict WHERE entity = 'quote' AND field = 'participant_id'
             AND incoming_value = ?1",
        )?;
        let rows = stmt.query_map([Json::String(pid.to_string()).to_string()], |r| r.get::<_, Vec<u8>>(0))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    for q in held_quotes.iter().filter_map(|b| RecordId::from_slice(b)) {
        if !quotes.contains(&q) {
            quotes.push(q);
        }
    }
    // Photos, recordings and scans about them, or about their quotes.
    let mut about = blob_ids(w, "SELECT id FROM attachment WHERE item_id = ?1", &key)?;
    if scope.covers_quotes() {
        for q in &quotes {
            about.extend(blob_ids(w, "SELECT id FROM attachment WHERE item_id = ?1", q.as_bytes())?);
        }
    }
    let mut in_session: Vec<(Entity, RecordId)> = vec![];
    if let Some(s) = session {
        in_session.push((Entity::Session, s));
        for child in Entity::SESSION_CHILDREN {
            let sql = format!("SELECT id FROM {} WHERE session_id = ?1", child.name());
            in_session.extend(blob_ids(w, &sql, s.as_bytes())?.into_iter().map(|id| (child, id)));
        }
    }
    // Text that arrived anywhere (a check-in, a movement, another session) may name them too,
    // while this install still keeps their hashes.
    let text_arrived = touched_records.iter().any(|(e, _)| {
        !matches!(e, Entity::Withdrawal | Entity::WithdrawalAck) && e.fields().iter().any(|f| is_free_text(*e, f.name))
    }) && has_words(w, person)?;
    let relevant = fresh
        || touched.contains(&pid)
        || quotes.iter().chain(&about).any(|id| touched.contains(id))
        || in_session.iter().any(|(_, id)| touched.contains(id))
        || text_arrived;
    if !relevant {
        return Ok(0);
    }
    // The name's hashes first: once erased, it can no longer be looked for. Every name the
    // person had here counts (a rename, or the erasure of another install arriving first); a
    // pseudonym only whole ("Participant 3" must not erase every "participant").
    let hasher = Words::new(salt.to_vec());
    let mut hashes = vec![];
    if scope.covers_name() {
        for n in past_values(w, pid, &["name"])?.iter().chain([&name]).chain(&past_aliases(w, pid)?) {
            hashes.extend(hasher.of_name(n));
        }
    }
    if scope == Scope::All {
        for n in past_values(w, pid, &["pseudonym"])?.iter().chain([&pseudonym]) {
            hashes.extend(hasher.of_whole(n));
        }
    }
    for h in hashes {
        w.tx.prepare_cached("INSERT OR IGNORE INTO erased_word (withdrawal_id, hash) VALUES (?1, ?2)")?
            .execute(params![person.ids[0].as_bytes().as_slice(), h.as_slice()])?;
    }
    // The person's own hashes (kept from every run), never another withdrawal's.
    let words = person_words(w, person, salt)?;
    let mut erased = 0;
    let mut force = |w: &mut Writer<'_, '_>, entity: Entity, id: RecordId, field: &str, value: Json| -> Result<()> {
        let f = if field == DELETED.name { DELETED } else { entity.field(field).expect("a field of the schema") };
        if w.exists(entity, id)? && w.current(entity, id, &f)?.as_ref() != Some(&value) {
            w.apply(Op::Force { entity, id, field: field.into(), value, seen: None })?;
            erased += 1;
        }
        Ok(())
    };
    let covered_here = scope.covered();
    if row.is_some() {
        for (field, value) in &covered_here {
            force(w, Entity::Participant, pid, field, value.clone())?;
        }
    }
    if scope.covers_quotes() {
        for &q in &quotes {
            force(w, Entity::Quote, q, "text", json!(""))?;
            force(w, Entity::Quote, q, DELETED.name, json!(true))?;
        }
    }
    if scope.covers_name() || scope.covers_quotes() {
        for &a in &about {
            // A tombstone keeps its values: the name of the file and its caption go too.
            force(w, Entity::Attachment, a, "file_name", json!(""))?;
            force(w, Entity::Attachment, a, "caption", json!(""))?;
            force(w, Entity::Attachment, a, DELETED.name, json!(true))?;
        }
    }
    // Mentions of the name, wherever it was typed: in the whole store the first time (a
    // movement's description or a check-in that named them must not drop to a lower tier once
    // the name is gone), then in what each transaction brought.
    let mut scan: Vec<(Entity, RecordId)> = if fresh { text_records(w)? } else { in_session.clone() };
    if !fresh {
        let fixed = |e: Entity| matches!(e, Entity::Withdrawal | Entity::WithdrawalAck);
        scan.extend(touched_records.iter().copied().filter(|r| !fixed(r.0) && !in_session.contains(r)));
    }
    for &(entity, id) in &scan {
        for f in entity.fields().iter().filter(|f| is_free_text(entity, f.name)) {
            if entity == Entity::Participant && id == pid && covered_here.iter().any(|(c, _)| *c == f.name) {
                continue;
            }
            if let Some(Json::String(text)) = w.current(entity, id, f)? {
                if let Some(clean) = words.scrub(&text) {
                    force(w, entity, id, f.name, json!(clean))?;
                }
            }
        }
    }
    // The same values where they were kept before: the history, conflicts and the review queue.
    let gone: Vec<&str> = covered_here.iter().filter(|(_, v)| v.is_string() || v.is_array()).map(|(f, _)| *f).collect();
    let mut records: Vec<(Entity, RecordId, Vec<&str>)> = vec![(Entity::Participant, pid, gone.clone())];
    if scope.covers_quotes() {
        records.extend(quotes.iter().map(|&q| (Entity::Quote, q, vec!["text"])));
    }
    if !fresh {
        records.extend(scan.iter().filter(|(_, id)| *id != pid).map(|&(e, id)| (e, id, vec![])));
    }
    records.extend(about.iter().map(|&a| (Entity::Attachment, a, vec!["file_name", "caption"])));
    for (entity, id, gone) in records {
        erased += scrub_history(w, entity, id, &gone, &words)?;
        erased += scrub_conflicts(w, entity, id, &gone, &words)?;
    }
    if fresh {
        erased += scrub_everywhere(w, &words)?;
    }
    Ok(erased)
}

/// Every record with a free-text field, of every kind.
fn text_records(w: &Writer<'_, '_>) -> Result<Vec<(Entity, RecordId)>> {
    let mut out = vec![];
    // A withdrawal's own note is scrubbed apart (`scrub_withdrawals`): it is never edited.
    for entity in Entity::ALL.into_iter().filter(|e| !matches!(e, Entity::Withdrawal | Entity::WithdrawalAck)) {
        if !entity.fields().iter().any(|f| is_free_text(entity, f.name)) {
            continue;
        }
        let sql = format!("SELECT id FROM {}", entity.name());
        let mut stmt = w.tx.prepare_cached(&sql)?;
        let rows = stmt.query_map([], |r| r.get::<_, Vec<u8>>(0))?;
        for id in rows {
            out.extend(RecordId::from_slice(&id?).map(|id| (entity, id)));
        }
    }
    Ok(out)
}

/// The records (kind and id) a query of those two columns names.
fn records_in(w: &Writer<'_, '_>, sql: &str) -> Result<Vec<(Entity, RecordId)>> {
    let mut stmt = w.tx.prepare(sql)?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
    let mut out = vec![];
    for row in rows {
        let (entity, id) = row?;
        if let (Some(e), Some(id)) = (Entity::from_name(&entity), RecordId::from_slice(&id)) {
            out.push((e, id));
        }
    }
    Ok(out)
}

/// [`scrub_history`] and [`scrub_conflicts`] over every record that has kept values (a first
/// erasure looks everywhere).
fn scrub_everywhere(w: &Writer<'_, '_>, words: &Words) -> Result<u64> {
    let mut n = 0;
    let sql = "SELECT DISTINCT entity, id FROM change_log WHERE old_value IS NOT NULL OR new_value IS NOT NULL";
    for (e, id) in records_in(w, sql)? {
        n += scrub_history(w, e, id, &[], words)?;
    }
    let sql = "SELECT DISTINCT entity, record_id FROM conflict
               WHERE local_value IS NOT NULL OR incoming_value IS NOT NULL";
    for (e, id) in records_in(w, sql)? {
        n += scrub_conflicts(w, e, id, &[], words)?;
    }
    Ok(n)
}

/// The person's own withdrawals keep no trace of the name: who recorded it and the note ("Maria
/// called; fears reprisals") are scrubbed in the record and its history. A withdrawal is never
/// edited through the write path (it stays as recorded), so this is the erasure's own update,
/// the same on every install.
fn scrub_withdrawals(w: &Writer<'_, '_>, person: &Withdrawn, salt: &[u8]) -> Result<u64> {
    let words = person_words(w, person, salt)?;
    let mut n = 0;
    for id in &person.ids {
        let key = id.as_bytes().as_slice();
        let row: Option<(Option<String>, Option<String>)> =
            w.tx.prepare_cached("SELECT note, recorded_by FROM withdrawal WHERE id = ?1")?
                .query_row([key], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
        let Some((note, by)) = row else { continue };
        for (field, value) in [("note", note), ("recorded_by", by)] {
            if let Some(clean) = value.as_deref().and_then(|v| words.scrub(v)) {
                let sql = format!("UPDATE withdrawal SET {field} = ?1 WHERE id = ?2");
                w.tx.prepare_cached(&sql)?.execute(params![clean, key])?;
                n += 1;
            }
        }
        n += scrub_history(w, Entity::Withdrawal, *id, &[], &words)?;
    }
    Ok(n)
}

/// The hashes this install keeps for a person's withdrawals.
/// Whether this install still keeps hashes of the person's names.
fn has_words(w: &Writer<'_, '_>, person: &Withdrawn) -> Result<bool> {
    let marks: Vec<String> = (1..=person.ids.len()).map(|i| format!("?{i}")).collect();
    let sql = format!("SELECT EXISTS (SELECT 1 FROM erased_word WHERE withdrawal_id IN ({}))", marks.join(", "));
    let ids: Vec<Vec<u8>> = person.ids.iter().map(|id| id.as_bytes().to_vec()).collect();
    Ok(w.tx.prepare_cached(&sql)?.query_row(rusqlite::params_from_iter(ids), |r| r.get(0))?)
}

fn person_words(w: &Writer<'_, '_>, person: &Withdrawn, salt: &[u8]) -> Result<Words> {
    let mut words = Words::new(salt.to_vec());
    let marks: Vec<String> = (1..=person.ids.len()).map(|i| format!("?{i}")).collect();
    let sql = format!("SELECT hash FROM erased_word WHERE withdrawal_id IN ({})", marks.join(", "));
    let mut stmt = w.tx.prepare(&sql)?;
    let ids: Vec<Vec<u8>> = person.ids.iter().map(|id| id.as_bytes().to_vec()).collect();
    for h in stmt.query_map(rusqlite::params_from_iter(ids), |r| r.get::<_, Vec<u8>>(0))? {
        if let Ok(h) = <[u8; 32]>::try_from(h?.as_slice()) {
            words.insert(h);
        }
    }
    Ok(words)
}

/// One kept value, with the erased fields blanked and names scrubbed from free text. `None`
/// when nothing changes.
fn scrub_value(entity: Entity, field: &str, value: &str, gone: &[&str], words: &Words) -> Option<Option<String>> {
    if gone.contains(&field) {
        return Some(None);
    }
    if !is_free_text(entity, field) {
        return None;
    }
    match serde_json::from_str::<Json>(value) {
        Ok(Json::String(s)) => words.scrub(&s).map(|c| Some(Json::String(c).to_string())),
        _ => None,
    }
}

/// A record that arrived whole is one history entry `{"field": [value, "stamp"], …}`: the
/// erased fields' values become null, the stamps stay (sync needs them).
fn scrub_arrival(entity: Entity, entry: &str, gone: &[&str], words: &Words) -> Option<String> {
    let Ok(Json::Object(mut fields)) = serde_json::from_str::<Json>(entry) else { return None };
    let mut changed = false;
    for (field, pair) in fields.iter_mut() {
        let Some(slot) = pair.as_array_mut().and_then(|a| a.first_mut()) else { continue };
        if gone.contains(&field.as_str()) {
            if !slot.is_null() {
                *slot = Json::Null;
                changed = true;
            }
        } else if is_free_text(entity, field) {
            if let Some(clean) = slot.as_str().and_then(|s| words.scrub(s)) {
                *slot = Json::String(clean);
                changed = true;
            }
        }
    }
    changed.then(|| Json::Object(fields).to_string())
}

fn scrub_history(w: &Writer<'_, '_>, entity: Entity, id: RecordId, gone: &[&str], words: &Words) -> Result<u64> {
    let rows: Vec<(i64, String, Option<String>, Option<String>)> = {
        let mut stmt = w.tx.prepare_cached(
            "SELECT seq, field, old_value, new_value FROM change_log WHERE entity = ?1 AND id = ?2
             AND (old_value IS NOT NULL OR new_value IS NOT NULL)",
        )?;
        let rows = stmt.query_map(params![entity.name(), id.as_bytes().as_slice()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut n = 0;
    for (seq, field, old, new) in rows {
        let (old2, new2) = if field == "*" {
            (None, new.as_deref().and_then(|e| scrub_arrival(entity, e, gone, words)).map(Some))
        } else {
            let f = |v: &Option<String>| v.as_deref().and_then(|v| scrub_value(entity, &field, v, gone, words));
            (f(&old), f(&new))
        };
        if old2.is_none() && new2.is_none() {
            continue;
        }
        w.tx.prepare_cached("UPDATE change_log SET old_value = ?1, new_value = ?2, erased = 1 WHERE seq = ?3")?
            .execute(params![old2.unwrap_or(old), new2.unwrap_or(new), seq])?;
        n += 1;
    }
    Ok(n)
}

/// A conflict entry's id, field and both values, as stored.
type ConflictRow = (Vec<u8>, String, Option<String>, Option<String>);

fn scrub_conflicts(w: &Writer<'_, '_>, entity: Entity, id: RecordId, gone: &[&str], words: &Words) -> Result<u64> {
    let rows: Vec<ConflictRow> = {
        let mut stmt = w.tx.prepare_cached(
            "SELECT id, field, local_value, incoming_value FROM conflict WHERE entity = ?1 AND record_id = ?2
             AND (local_value IS NOT NULL OR incoming_value IS NOT NULL)",
        )?;
        let rows = stmt.query_map(params![entity.name(), id.as_bytes().as_slice()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let now = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
    let mut n = 0;
    for (cid, field, local, incoming) in rows {
        if gone.contains(&field.as_str()) {
            // Nothing is left to decide: the withdrawal decided it.
            w.tx.prepare_cached(
                "UPDATE conflict SET local_value = NULL, incoming_value = NULL,
                     resolved_at = coalesce(resolved_at, ?1), resolution = coalesce(resolution, 'erased')
                 WHERE id = ?2",
            )?
            .execute(params![now, cid])?;
            n += 1;
            continue;
        }
        let f = |v: &Option<String>| v.as_deref().and_then(|v| scrub_value(entity, &field, v, gone, words));
        let (l2, i2) = (f(&local), f(&incoming));
        if l2.is_none() && i2.is_none() {
            continue;
        }
        w.tx.prepare_cached("UPDATE conflict SET local_value = ?1, incoming_value = ?2 WHERE id = ?3")?
            .execute(params![l2.unwrap_or(local), i2.unwrap_or(incoming), cid])?;
        n += 1;
    }
    Ok(n)
}
