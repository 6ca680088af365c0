//! Forgetting the hashes of erased names once nothing can still bring this install text typed
//! before a withdrawal (docs/threat-model.md, "Erased names"): an unlocked store that keeps them
//! can confirm a guessed name. After that, a bundle made by a device that had not applied the
//! withdrawal is refused, since nothing here could find the name in it.

use crate::error::{Error, Result};
use crate::ids::{DeviceId, RecordId};
use crate::store::write::Writer;
use chrono::{SecondsFormat, Utc};
use rusqlite::{params, Connection, OptionalExtension};

/// Notes each of `withdrawals` that a bundle from `sender`, covering its arrival numbers up to
/// `seq_to`, shows the sender itself applied: the bundle carries the sender's own
/// acknowledgement of it (the merge finds them). Everything the sender had before applying it is
/// then in its bundles up to there. Only the first such bundle counts (the earliest point).
pub(crate) fn note_acks(tx: &Connection, sender: DeviceId, withdrawals: &[RecordId], seq_to: u64) -> Result<()> {
    if seq_to == 0 {
        return Ok(());
    }
    for withdrawal in withdrawals {
        tx.prepare_cached("INSERT OR IGNORE INTO erased_cover (withdrawal_id, device, upto) VALUES (?1, ?2, ?3)")?
            .execute(params![withdrawal.as_bytes().as_slice(), sender.as_bytes().as_slice(), seq_to as i64])?;
    }
    Ok(())
}

/// The withdrawals whose names this install has forgotten.
pub(crate) fn forgotten(conn: &Connection) -> Result<Vec<Vec<u8>>> {
    let mut stmt = conn.prepare_cached("SELECT withdrawal_id FROM erased_forgotten")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Refuses a bundle from `sender` covering its arrival numbers up to `seq_to` (0: unknown, a
/// bundle from before they were written) when it was made before the sender applied one of
/// `forgotten`: the text it carries may name the person, and nothing here can find the name.
pub(crate) fn check_applied(conn: &Connection, sender: DeviceId, seq_to: u64, forgotten: &[Vec<u8>]) -> Result<()> {
    for withdrawal in forgotten {
        match applied_from(conn, withdrawal, sender)? {
            Some(upto) if upto <= seq_to => {}
            _ => return Err(Error::WithdrawalNotApplied),
        }
    }
    Ok(())
}

/// The end of the first bundle from `device` that carried its acknowledgement of `withdrawal`.
fn applied_from(conn: &Connection, withdrawal: &[u8], device: DeviceId) -> Result<Option<u64>> {
    Ok(conn
        .prepare_cached("SELECT upto FROM erased_cover WHERE withdrawal_id = ?1 AND device = ?2")?
        .query_row(params![withdrawal, device.as_bytes().as_slice()], |r| r.get::<_, i64>(0))
        .optional()?
        .map(|n| n.max(0) as u64))
}

/// How far, in `device`'s own arrival numbers, everything it sent here has arrived: its
/// bundles' ranges put end to end from the start, up to the first gap.
fn arrived_up_to(conn: &Connection, device: DeviceId) -> Result<u64> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq_from, seq_to FROM import_log
         WHERE sender_device = ?1 AND seq_to IS NOT NULL ORDER BY seq_from, seq_to",
    )?;
    let rows = stmt.query_map([device.as_bytes().as_slice()], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
    let mut reach = 0;
    for row in rows {
        let (from, to) = row?;
        if from > reach {
            break;
        }
        reach = reach.max(to);
    }
    Ok(reach.max(0) as u64)
}

/// Drops the hashes of an erased name once every device this install trusts has sent it
/// everything that device had before it applied the withdrawal: its bundles have arrived, end
/// to end, up to the first one that carried its acknowledgement. Text typed before the
/// withdrawal can then come only in a bundle that is refused ([`check_applied`]). Until then
/// an unlocked store can confirm a guessed name against them; after, it holds nothing of the
/// name (docs/threat-model.md, "Erased names").
pub(crate) fn forget_words(w: &Writer<'_, '_>) -> Result<u64> {
    let now = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
    let mut forgotten = 0;
    for Ready { key, group } in ready_to_forget(w.tx)? {
        forgotten += w.tx.prepare_cached("DELETE FROM erased_word WHERE withdrawal_id = ?1")?.execute([&key])? as u64;
        for withdrawal in group {
            w.tx.prepare_cached(
                "INSERT OR IGNORE INTO erased_forgotten (withdrawal_id, forgotten_at) VALUES (?1, ?2)",
            )?
            .execute(params![withdrawal, now])?;
        }
    }
    Ok(forgotten)
}

/// Every withdrawal of the person `key` withdrew for (itself included). A person's hashes are
/// kept under their first withdrawal (`erase::erase_person`), so they may be forgotten only once
/// every one of that person's withdrawals may: a later, wider one ("named" after "quoted") adds
/// the name under the first's id while devices may not have heard of it yet.
fn same_person(conn: &Connection, key: &[u8]) -> Result<Vec<Vec<u8>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT w.id FROM withdrawal w, withdrawal k
         WHERE k.id = ?1 AND w.participant_id = k.participant_id AND w.deleted = 0",
    )?;
    let mut ids: Vec<Vec<u8>> = stmt.query_map([key], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    if !ids.iter().any(|id| id.as_slice() == key) {
        ids.push(key.to_vec());
    }
    Ok(ids)
}

/// A person's hashes ready to be forgotten: the withdrawal id they are kept under, and every
/// withdrawal of that person.
pub(crate) struct Ready {
    key: Vec<u8>,
    group: Vec<Vec<u8>>,
}

/// The hashes [`forget_words`] would drop now; reads only.
pub(crate) fn ready_to_forget(conn: &Connection) -> Result<Vec<Ready>> {
    let Some(devices) = trusted_devices(conn)? else { return Ok(vec![]) };
    let kept: Vec<Vec<u8>> = {
        let mut stmt = conn.prepare_cached("SELECT DISTINCT withdrawal_id FROM erased_word")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    if kept.is_empty() {
        return Ok(vec![]);
    }
    let reach: Vec<(DeviceId, u64)> =
        devices.into_iter().map(|d| Ok((d, arrived_up_to(conn, d)?))).collect::<Result<_>>()?;
    let mut ready = vec![];
    for key in kept {
        let group = same_person(conn, &key)?;
        let mut all_here = true;
        for withdrawal in &group {
            for (device, reach) in &reach {
                all_here &= applied_from(conn, withdrawal, *device)?.is_some_and(|upto| upto <= *reach);
            }
        }
        if all_here {
            ready.push(Ready { key, group });
        }
    }
    Ok(ready)
}

/// The devices this install trusts, when it trusts some and knows each one's id (`None`
/// otherwise: a device trusted by fingerprint and never heard from may still send anything).
fn trusted_devices(conn: &Connection) -> Result<Option<Vec<DeviceId>>> {
    let ids: Vec<Option<Vec<u8>>> = {
        let mut stmt = conn.prepare_cached("SELECT device_id FROM trusted_device")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let devices: Option<Vec<DeviceId>> = ids.iter().map(|id| id.as_deref().and_then(DeviceId::from_slice)).collect();
    Ok(devices.filter(|d| !d.is_empty()))
}
