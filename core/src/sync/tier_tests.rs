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

/// Every output at one tier, as (kind, record, field) → value for the fields it carries.
type Carried = std::collections::BTreeMap<(Entity, String, String), Json>;

/// One differential check of all outputs, at each tier, for every kind: a complete bundle, the
/// tables, the export preview and the summaries must agree on what may leave at that tier.
#[test]
fn bundles_tables_previews_and_summaries_agree_at_every_tier_for_every_kind() {
    use crate::summary::{summarise, Audience};
    use crate::table::Cell;
    let (mut a, office) = (device(), device());
    crate::demo::generate(&mut a.store, 6, 11).expect("demo");
    sensitive_session(&mut a);
    let kinds_with_records: std::collections::BTreeSet<Entity> =
        Entity::ALL.into_iter().filter(|e| !a.store.list(*e).expect("list").is_empty()).collect();
    assert!(kinds_with_records.len() >= 12, "the store has most kinds: {kinds_with_records:?}");
    let to = office.store.keys().age_recipient();
    // Records that sync (built-in guides have no stamps and never travel).
    let stamped: std::collections::BTreeSet<(String, String)> = {
        let mut stmt = a.store.conn.prepare("SELECT entity, id FROM record_clock").expect("stamps");
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))).expect("rows");
        rows.map(|r| r.expect("row")).map(|(e, id)| (e, RecordId::from_slice(&id).expect("id").to_string())).collect()
    };
    for (tier, audience) in [
        (Tier::ShareBack, Audience::Participants),
        (Tier::Internal, Audience::Internal),
        (Tier::Restricted, Audience::Restricted),
    ] {
        // The bundle, decrypted.
        let opts = ExportOptions { full: true, to: vec![to.clone()], clearance: Some(tier), ..Default::default() };
        let file = a.dir.path().join(format!("{tier}.fieldbook"));
        a.store.export_bundle(&file, &opts).expect("export");
        let bytes = std::fs::read(&file).expect("read");
        let v = open(&bytes, Unseal::Identity(&office.store.keys().age), |_| true).expect("open");
        let mut bundle = Carried::new();
        let mut counts = std::collections::BTreeMap::<(Entity, String), u64>::new();
        for c in &v.changes {
            *counts.entry((c.entity, c.field.clone())).or_default() += 1;
            bundle.insert((c.entity, c.id.to_string(), c.field.clone()), c.value.clone());
        }
        // The preview counts the same changes.
        let preview = a.store.export_preview(&opts).expect("preview");
        let mut previewed = std::collections::BTreeMap::<(Entity, String), u64>::new();
        for l in &preview.included {
            *previewed.entry((l.entity, l.field.clone())).or_default() += l.count;
        }
        assert_eq!(previewed, counts, "{tier}: the preview and the bundle disagree");
        // The tables hold a cell exactly where the bundle holds a value, for every live record.
        let mut report = crate::table::TableReport::empty(tier);
        for t in a.store.tables(tier, &mut report, &crate::progress::Progress::none()).expect("tables") {
            let entity = Entity::from_name(t.name).expect("kind");
            for row in &t.rows {
                let Cell::Text(id) = &row[0] else { panic!("an id") };
                if !stamped.contains(&(t.name.to_string(), id.clone())) {
                    continue;
                }
                for (col, cell) in t.columns.iter().zip(row).skip(1) {
                    let sent = bundle.get(&(entity, id.clone(), (*col).to_string()));
                    let filled = !matches!(cell, Cell::Empty);
                    let sent_filled = sent.is_some_and(|v| !v.is_null());
                    assert_eq!(filled, sent_filled, "{tier}: {entity}.{col} of {id}: table {filled}, bundle {sent:?}");
                }
            }
            // …and no record the tables leave out reaches the bundle with content.
            let listed: std::collections::BTreeSet<&String> =
                t.rows.iter().filter_map(|r| if let Cell::Text(id) = &r[0] { Some(id) } else { None }).collect();
            for live in a.store.list(entity).expect("list") {
                let id = live["id"].as_str().expect("id").to_string();
                if !listed.contains(&id) {
                    let leaked: Vec<_> =
                        bundle.keys().filter(|(e, i, f)| *e == entity && *i == id && f != "deleted").collect();
                    assert!(leaked.is_empty(), "{tier}: {entity} {id} left out of the tables but sent: {leaked:?}");
                }
            }
        }
        // A summary at that tier shows no text the bundle withheld from that tier.
        let sent_text: Vec<&str> = bundle.values().filter_map(Json::as_str).collect();
        for session in a.store.list(Entity::Session).expect("sessions") {
            let sid: RecordId = session["id"].as_str().expect("id").parse().expect("id");
            let Ok(summary) = summarise(&a.store, sid, audience, "en") else { continue };
            let printed = summary.texts().join("\n");
            let doc = a.store.session_doc(sid).expect("doc");
            let records = std::iter::once((Entity::Session, &doc.session))
                .chain(Entity::SESSION_CHILDREN.into_iter().flat_map(|e| doc.list(e).iter().map(move |r| (e, r))));
            for (entity, r) in records {
                for f in entity.fields() {
                    let Some(text) = r.get(f.name).and_then(Json::as_str).filter(|t| t.chars().count() >= 8) else {
                        continue;
                    };
                    let key = (entity, r["id"].as_str().unwrap_or_default().to_string(), f.name.to_string());
                    let withheld = !bundle.contains_key(&key) && !sent_text.iter().any(|s| s.contains(text));
                    assert!(
                        !(withheld && printed.contains(text)),
                        "{tier}: {entity}.{} {text:?} is withheld from the bundle but printed in the {audience:?} summary",
                        f.name
                    );
                }
            }
        }
    }
}
