//! What an install keeps of a withdrawn name, and when it stops keeping it (issue 32, "erased
//! words that confirm nothing"; docs/threat-model.md, "Erased names"). An install keeps keyed
//! hashes of the name only while text typed before the withdrawal may still reach it; an office
//! forgets them once every device it trusts has sent everything it had before applying the
//! withdrawal, and from then on refuses a bundle from a device that has not applied it.

use anyhow::Result;
use fieldbook_core::consent::Scope;
use fieldbook_core::sync::{Authority, ExportOptions, ImportOptions, Role};
use fieldbook_core::tier::Tier;
use fieldbook_core::{Entity, Passphrase, RecordId, Store};
use serde_json::{json, Map, Value as Json};
use std::path::PathBuf;

const PASS: &str = "erased names passphrase";
const NAME: [&str; 2] = ["Dolores", "Quispe"];

fn fields(v: Json) -> Map<String, Json> {
    v.as_object().cloned().unwrap_or_default()
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// Every place of the store where a name could be left: its decrypted pages, its records and
/// its review queue.
fn assert_no_name(store: &Store, who: &str) -> Result<()> {
    let pages = store.decrypted_pages()?;
    let dump = serde_json::to_string(&store.dump()?)?;
    let conflicts = format!("{:?}", store.conflicts()?);
    for part in NAME {
        assert!(!contains(&pages, part), "{who}: {part:?} is in the decrypted database file");
        assert!(!dump.contains(part) && !conflicts.contains(part), "{who}: {part:?} in the dump or the review queue");
    }
    Ok(())
}

struct Room {
    dir: tempfile::TempDir,
}

impl Room {
    fn store(&self, name: &str) -> Result<Store> {
        Ok(Store::init(&self.dir.path().join(name), &Passphrase::new(PASS))?)
    }

    /// A restricted bundle from `from` to `to`, written to a file named `name`.
    fn bundle(&self, from: &mut Store, to: &Store, name: &str) -> Result<PathBuf> {
        self.export(from, to, name, false)
    }

    /// A complete restricted bundle from `from` to `to`.
    fn complete(&self, from: &mut Store, to: &Store, name: &str) -> Result<PathBuf> {
        self.export(from, to, name, true)
    }

    fn export(&self, from: &mut Store, to: &Store, name: &str, full: bool) -> Result<PathBuf> {
        let file = self.dir.path().join(name);
        // A saved recipient: each bundle carries only what changed since the last one to it.
        let recipient = to.keys().age_recipient();
        if !from.recipients()?.iter().any(|r| r.age_recipient == recipient) {
            from.add_recipient(&recipient, name, Tier::Restricted)?;
        }
        let opts = ExportOptions { to: vec![recipient], clearance: Some(Tier::Restricted), full, ..Default::default() };
        from.export_bundle(&file, &opts)?;
        Ok(file)
    }
}

fn trusting(role: Role) -> ImportOptions {
    ImportOptions {
        trust_new_devices: true,
        new_devices: Authority { role, clearance: Tier::Restricted },
        ..Default::default()
    }
}

/// A field laptop records an at-risk person and a note that names her.
fn recorded(field: &mut Store) -> Result<(RecordId, RecordId)> {
    let s = field.create_session(fields(json!({"title": "Forum", "notes": "Opened by the union"})))?;
    let person = field.create(
        Entity::Participant,
        fields(json!({"session_id": s.to_string(), "name": NAME.join(" "), "at_risk": true})),
    )?;
    Ok((s, person))
}

#[test]
fn an_office_forgets_an_erased_name_once_every_device_has_sent_what_it_had_before() -> Result<()> {
    let room = Room { dir: tempfile::tempdir()? };
    let (mut field, mut office) = (room.store("field")?, room.store("office")?);
    let (session, person) = recorded(&mut field)?;
    office.import_files(&[room.bundle(&mut field, &office, "1-first.fieldbook")?], &trusting(Role::Field))?;

    // Two bundles naming her are made and stay in a bag for weeks: one only with a movement
    // whose description names her (no session of hers in it), one with the session's notes.
    field.create(Entity::Movement, fields(json!({"name": "Union", "description": "Led by Dolores Quispe"})))?;
    let movement = room.bundle(&mut field, &office, "2a-movement.fieldbook")?;
    field.update(Entity::Session, session, fields(json!({"notes": "Dolores Quispe spoke of the raids"})))?;
    let late = room.bundle(&mut field, &office, "2b-late.fieldbook")?;

    // She withdraws; the laptop's next bundle, which says it applied the withdrawal, arrives first.
    field.withdraw_consent(person, Scope::Named, "", "", None)?;
    office.import_files(&[room.bundle(&mut field, &office, "3-after.fieldbook")?], &trusting(Role::Field))?;
    assert!(office.erased_names_kept()? > 0, "bundles of the laptop's from before are still missing: keep them");

    // The movement comes alone: its text is scrubbed though nothing of her session came with it.
    office.import_files(&[movement], &trusting(Role::Field))?;
    assert!(office.erased_names_kept()? > 0, "one bundle from before is still missing");
    assert_no_name(&office, "office, after the movement")?;

    // The late bundle comes: scrubbed with the hashes, which are then forgotten.
    office.import_files(std::slice::from_ref(&late), &trusting(Role::Field))?;
    assert_eq!(office.erased_names_kept()?, 0, "everything the laptop had before the withdrawal is here");
    assert_no_name(&office, "office, after the late bundle")?;

    // The same late bundle again changes nothing and leaves no name anywhere.
    office.import_files(&[late], &trusting(Role::Field))?;
    assert_no_name(&office, "office, after the late bundle again")?;
    assert_eq!(office.erased_names_kept()?, 0);
    Ok(())
}

#[test]
fn after_forgetting_a_device_that_has_not_applied_the_withdrawal_is_refused_until_it_has() -> Result<()> {
    let room = Room { dir: tempfile::tempdir()? };
    let (mut field, mut office, mut other) = (room.store("field")?, room.store("office")?, room.store("other")?);
    let (session, person) = recorded(&mut field)?;
    office.import_files(&[room.bundle(&mut field, &office, "1-first.fieldbook")?], &trusting(Role::Field))?;

    // A second laptop, not yet trusted by the office, receives the session and names her.
    other.import_files(&[room.bundle(&mut office, &other, "2-to-other.fieldbook")?], &trusting(Role::Office))?;
    other.update(Entity::Session, session, fields(json!({"notes": "Quispe, Dolores: her house was watched"})))?;
    let stale = room.bundle(&mut other, &office, "3-from-other.fieldbook")?;

    // She withdraws; the office applies it and, trusting only the first laptop, forgets.
    field.withdraw_consent(person, Scope::Named, "", "", None)?;
    office.import_files(&[room.bundle(&mut field, &office, "4-after.fieldbook")?], &trusting(Role::Field))?;
    assert_eq!(office.erased_names_kept()?, 0, "the only device it trusts has sent all it had before");
    let before = serde_json::to_string(&office.dump()?)?;

    // The second laptop's bundle is refused whole: nothing here could find her name in it.
    let err = office.import_files(std::slice::from_ref(&stale), &trusting(Role::Field)).expect_err("refused");
    assert_eq!(err.code(), "withdrawal-not-applied", "{err}");
    assert_eq!(serde_json::to_string(&office.dump()?)?, before, "nothing of the refused bundle is kept");
    assert!(office.trusted_devices()?.iter().all(|d| d.device_id != Some(other.device_id().to_string())));
    assert_no_name(&office, "office, after refusing")?;

    // Once the laptop has applied the withdrawal, a complete bundle of it is taken, with what
    // the refused one carried that named nobody.
    other.create(Entity::Priority, fields(json!({"session_id": session.to_string(), "title": "Written contracts"})))?;
    let kept_back = room.bundle(&mut other, &office, "5-kept-back.fieldbook")?;
    other.import_files(&[room.bundle(&mut office, &other, "6-to-other.fieldbook")?], &trusting(Role::Office))?;
    assert_no_name(&other, "second laptop")?;
    let err = office.import_files(&[kept_back], &trusting(Role::Field)).expect_err("made before it applied it");
    assert_eq!(err.code(), "withdrawal-not-applied", "{err}");
    office.import_files(&[room.complete(&mut other, &office, "7-complete.fieldbook")?], &trusting(Role::Field))?;
    assert_no_name(&office, "office, after the second laptop applied it")?;
    let dump = serde_json::to_string(&office.dump()?)?;
    assert!(dump.contains("Written contracts") && dump.contains("her house was watched"), "{dump}");
    // And its old bundle, made before, is still refused.
    let err = office.import_files(&[stale], &trusting(Role::Field)).expect_err("still refused");
    assert_eq!(err.code(), "withdrawal-not-applied", "{err}");
    Ok(())
}

#[test]
fn a_second_withdrawal_of_the_same_person_keeps_the_names_until_every_device_has_applied_it() -> Result<()> {
    let room = Room { dir: tempfile::tempdir()? };
    let (mut field, mut office, mut other) = (room.store("field")?, room.store("office")?, room.store("other")?);
    office.trust(
        &other.keys().fingerprint(),
        "other laptop",
        Authority { role: Role::Field, clearance: Tier::Restricted },
    )?;
    let (session, person) = recorded(&mut field)?;
    office.import_files(&[room.bundle(&mut field, &office, "1-first.fieldbook")?], &trusting(Role::Field))?;
    other.import_files(&[room.bundle(&mut office, &other, "2-to-other.fieldbook")?], &trusting(Role::Office))?;

    // She first withdraws consent to be quoted: every device applies it, and says so.
    field.withdraw_consent(person, Scope::Quoted, "", "", None)?;
    office.import_files(&[room.bundle(&mut field, &office, "3-quoted.fieldbook")?], &trusting(Role::Field))?;
    other.import_files(&[room.bundle(&mut office, &other, "4-to-other.fieldbook")?], &trusting(Role::Office))?;
    office.import_files(&[room.bundle(&mut other, &office, "5-other-applied.fieldbook")?], &trusting(Role::Field))?;

    // The other laptop, not yet aware of what comes next, names her.
    other.update(Entity::Session, session, fields(json!({"notes": "Dolores Quispe came with her sister"})))?;
    let stale = room.bundle(&mut other, &office, "6-other-stale.fieldbook")?;

    // Then she withdraws her name too. The office applies it, but the other laptop has not:
    // the name's hashes stay, though they are kept under her first withdrawal.
    field.withdraw_consent(person, Scope::Named, "", "", None)?;
    office.import_files(&[room.bundle(&mut field, &office, "7-named.fieldbook")?], &trusting(Role::Field))?;
    assert!(office.erased_names_kept()? > 0, "the other laptop has not applied the second withdrawal");
    office.import_files(&[stale], &trusting(Role::Field))?;
    assert_no_name(&office, "office, after the other laptop's stale bundle")?;
    Ok(())
}
