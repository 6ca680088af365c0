//! Forgetting the hashes of erased names once nothing can still bring this install text typed
//! before a withdrawal (docs/threat-model.md, "Erased names"): an unlocked store that keeps them
//! can confirm a guessed name.

use crate::error::Result;
use crate::store::write::Writer;
use rusqlite::{params, OptionalExtension};

/// Drops the hashes of erased names once nothing can bring this install text typed before a
/// withdrawal: it relays for no field device (it trusts none: a field laptop, whose bundles come
/// from offices that erase before they send) and every device it trusts has applied the
/// withdrawal. Until then an unlocked store can confirm a guessed name against them; after, it
/// holds nothing of the name (docs/threat-model.md, "Erased names").
pub(crate) fn forget_words(w: &Writer<'_, '_>) -> Result<u64> {
    let trusted = trusted_offices(w.tx)?;
    let Some(trusted) = trusted else { return Ok(0) };
    let devices = trusted;
    let mut forgotten = 0;
    let kept: Vec<Vec<u8>> = {
        let mut stmt = w.tx.prepare_cached("SELECT DISTINCT withdrawal_id FROM erased_word")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for withdrawal in kept {
        let mut acked = true;
        for device in &devices {
            let found =
                w.tx.prepare_cached(
                    "SELECT 1 FROM withdrawal_ack WHERE withdrawal_id = ?1 AND device = ?2 AND deleted = 0",
                )?
                .query_row(params![withdrawal, device], |_| Ok(()))
                .optional()?;
            acked &= found.is_some();
        }
        if acked {
            forgotten +=
                w.tx.prepare_cached("DELETE FROM erased_word WHERE withdrawal_id = ?1")?.execute([&withdrawal])? as u64;
        }
    }
    Ok(forgotten)
}

/// The device ids of the devices this install trusts, when every one is an office bound to its
/// id (`None` otherwise: this install relays for field devices, or trusts nobody yet).
pub(crate) fn trusted_offices(conn: &rusqlite::Connection) -> Result<Option<Vec<String>>> {
    let trusted: Vec<(Option<Vec<u8>>, String)> = {
        let mut stmt = conn.prepare_cached("SELECT device_id, role FROM trusted_device")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    if trusted.is_empty() || trusted.iter().any(|(id, role)| id.is_none() || role != "office") {
        return Ok(None);
    }
    Ok(Some(
        trusted
            .iter()
            .filter_map(|(id, _)| id.as_deref().and_then(crate::ids::DeviceId::from_slice).map(|d| d.to_string()))
            .collect(),
    ))
}
