//! Bundles never carry what their recipients are not cleared for, not even encrypted: the
//! decrypted payload itself is searched, not only the store it is merged into.

use super::bundle::{open, Unseal};
use super::tests::{device, receive, Device};
use super::*;
use crate::recovery;
use crate::schema::Entity;
use crate::tier::Tier;
use crate::RecordId;
use serde_json::{json, Map, Value as Json};

fn fields(v: Json) -> Map<String, Json> {
    v.as_object().cloned().unwrap_or_default()
}

/// A session with a named participant, one at risk, notes and a risk.
fn sensitive_session(d: &mut Device) -> (RecordId, RecordId) {
    let s =
        d.store.create_session(fields(json!({"title": "Forum", "notes": "Met behind the market"}))).expect("session");
    let named = json!({"session_id": s.to_string(), "name": "Amina Diallo", "consent_named": true});
    d.store.create(Entity::Participant, fields(named)).expect("named");
    let hidden = json!({"session_id": s.to_string(), "name": "Dolores Quispe", "pseudonym": "Rosa",
        "at_risk": true, "consent_named": true});
    d.store.create(Entity::Participant, fields(hidden)).expect("at risk");
    let risk = json!({"session_id": s.to_string(), "description": "Police raid on the union office"});
    let r = d.store.create(Entity::Risk, fields(risk)).expect("risk");
    (s, r)
}

/// Everything the bundle's payload holds, as text, opened with `key`.
fn payload(file: &std::path::Path, key: &age::x25519::Identity) -> String {
    let bytes = std::fs::read(file).expect("read");
    let v = open(&bytes, Unseal::Identity(key), |_| true).expect("open");
    serde_json::to_string(&v.changes.iter().map(|c| (&c.field, &c.value)).collect::<Vec<_>>()).expect("json")
}

#[test]
fn an_internal_recipient_gets_no_restricted_content_until_cleared() {
    let (mut a, mut office) = (device(), device());
    let (_, risk) = sensitive_session(&mut a);
    let to = office.store.keys().age_recipient();
    a.store.add_recipient(&to, "office", Tier::Internal).expect("recipient");

    let preview = a.store.export_preview(&ExportOptions::default()).expect("preview");
    assert_eq!(preview.clearance, Some(Tier::Internal));
    let withheld: Vec<_> = preview.withheld.iter().map(|l| format!("{}.{}", l.entity, l.field)).collect();
    assert!(withheld.contains(&"risk.description".to_string()) && withheld.contains(&"participant.name".to_string()));
    assert!(preview.withheld.iter().all(|l| l.tier == Tier::Restricted));
    assert!(preview
        .included
        .iter()
        .any(|l| l.entity == Entity::Session && l.field == "notes" && l.tier == Tier::Internal));

    let first = a.dir.path().join("1.fieldbook");
    let report = a.store.export_bundle(&first, &ExportOptions::default()).expect("export");
    assert_eq!((report.clearance, report.withheld), (Tier::Internal, preview.withheld.iter().map(|l| l.count).sum()));
    let text = payload(&first, &office.store.keys().age);
    for secret in ["Dolores", "Quispe", "Police raid"] {
        assert!(!text.contains(secret), "{secret} left in an internal bundle");
    }
    assert!(text.contains("Amina Diallo") && text.contains("Rosa") && text.contains("behind the market"));
    receive(&mut office, &[first]);
    let dump = serde_json::to_string(&office.store.dump().expect("dump")).expect("json");
    assert!(!dump.contains("Dolores") && !dump.contains("Police raid") && dump.contains("Rosa"));

    // Lowering the risk to internal sends it whole in the next incremental bundle…
    a.store.update(Entity::Risk, risk, fields(json!({"tier": "internal"}))).expect("lower");
    let second = a.dir.path().join("2.fieldbook");
    a.store.export_bundle(&second, &ExportOptions::default()).expect("export");
    let text = payload(&second, &office.store.keys().age);
    assert!(text.contains("Police raid") && !text.contains("Dolores"));

    // …and clearing the office for restricted starts it afresh, with the name this time.
    a.store.add_recipient(&to, "office", Tier::Restricted).expect("clear");
    let third = a.dir.path().join("3.fieldbook");
    a.store.export_bundle(&third, &ExportOptions::default()).expect("export");
    receive(&mut office, &[second, third]);
    let (da, db) = (a.store.dump().expect("dump"), office.store.dump().expect("dump"));
    assert_eq!(da, db, "cleared for restricted, the office has everything");
}

#[test]
fn every_bundle_is_also_sealed_to_the_recovery_key_which_shares_restore() {
    let (mut a, mut office) = (device(), device());
    sensitive_session(&mut a);
    let kit = recovery::create(3, 2).expect("kit");
    a.store.add_recipient(&office.store.keys().age_recipient(), "office", Tier::Internal).expect("recipient");
    a.store.add_recovery_recipient(&kit.recipient, "recovery").expect("recovery recipient");
    let file = a.dir.path().join("b.fieldbook");
    let report = a.store.export_bundle(&file, &ExportOptions::default()).expect("export");
    assert!(report.recipients.contains(&kit.recipient) && report.recipients.len() == 2);

    // The office lost its key: a new install, and two custodians bring their sheets.
    let mut rebuilt = device();
    let lost = rebuilt
        .store
        .import_files(std::slice::from_ref(&file), &ImportOptions { trust_new_devices: true, ..Default::default() });
    assert!(matches!(lost.map_err(|e| e.root().code()), Err("bundle-wrong-key")));
    let codes: Vec<_> =
        [&kit.shares[0], &kit.shares[2]].iter().map(|s| recovery::parse_share(&s.code).expect("share")).collect();
    let key = recovery::restore(&codes).expect("restore");
    let opts = ImportOptions { trust_new_devices: true, identity: Some(key), ..Default::default() };
    rebuilt.store.import_files(std::slice::from_ref(&file), &opts).expect("import with the recovery key");
    receive(&mut office, &[file]);
    assert_eq!(rebuilt.store.dump().expect("dump"), office.store.dump().expect("dump"));
}

#[test]
fn names_in_text_outside_sessions_share_backs_of_restricted_sessions_and_the_deleted_leave_no_gap() {
    let (mut a, office) = (device(), device());
    let to = office.store.keys().age_recipient();
    a.store.add_recipient(&to, "office", Tier::Internal).expect("recipient");
    // Someone at risk, named in the notes of their session; then deleted from it.
    let s = a.store.create_session(fields(json!({"title": "Forum", "notes": "Dolores spoke first"}))).expect("s");
    let dolores = json!({"session_id": s.to_string(), "name": "Dolores Quispe", "at_risk": true});
    let dolores = a.store.create(Entity::Participant, fields(dolores)).expect("at risk");
    a.store.delete(Entity::Participant, dolores).expect("delete");
    // Text recorded outside any session that names her.
    let m = a.store.create(Entity::Movement, fields(json!({"name": "Union"}))).expect("movement");
    let check_in = json!({"movement_id": m.to_string(), "feedback": "Quispe asked for a lawyer"});
    a.store.create(Entity::CheckIn, fields(check_in)).expect("check-in");
    // A share-back entry about a restricted session.
    let hidden = a.store.create_session(fields(json!({"title": "Closed", "tier": "restricted"}))).expect("s");
    let entry =
        json!({"movement_id": m.to_string(), "session_id": hidden.to_string(), "audience": "Night market women"});
    a.store.create(Entity::ShareBack, fields(entry)).expect("share-back");
    // A deleted record's values stay here, even in a complete bundle.
    let p =
        a.store.create(Entity::Priority, fields(json!({"session_id": s.to_string(), "title": "Old plan"}))).expect("p");
    a.store.delete(Entity::Priority, p).expect("delete");

    let file = a.dir.path().join("full.fieldbook");
    a.store.export_bundle(&file, &ExportOptions { full: true, ..Default::default() }).expect("export");
    let text = payload(&file, &office.store.keys().age);
    for secret in ["Dolores spoke", "Quispe asked", "Night market women", "Old plan"] {
        assert!(!text.contains(secret), "{secret:?} left in an internal bundle");
    }
    assert!(text.contains("Union") && text.contains("Forum"));
    // Tables at internal agree.
    let tables = a.dir.path().join("tables");
    a.store.export_tables(&tables, crate::table::TableFormat::Csv, Tier::Internal).expect("tables");
    let mut all = String::new();
    for f in std::fs::read_dir(&tables).expect("dir") {
        all.push_str(&std::fs::read_to_string(f.expect("file").path()).expect("read"));
    }
    for secret in ["Dolores spoke", "Quispe asked", "Night market women"] {
        assert!(!all.contains(secret), "{secret:?} left in an internal table");
    }
}
