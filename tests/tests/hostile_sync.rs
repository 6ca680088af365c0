//! Hostile sync: what a mistaken or compromised field device can send an office, and what the
//! office does with it. Real stores (SQLCipher files), real age encryption and Ed25519
//! signatures; a forged bundle is signed with the sending device's own key, as a compromised
//! device would. Each case failed before device authority (docs/decisions.md) and passes now.

use fieldbook_core::hlc::Hlc;
use fieldbook_core::stamp::Stamp;
use fieldbook_core::sync::bundle::{open, seal, Manifest, Seal, Unseal, FORMAT_WITHOUT_MEDIA};
use fieldbook_core::sync::change::Change;
use fieldbook_core::sync::{Authority, ExportOptions, ImportOptions, ImportReport, Pick, Role};
use fieldbook_core::tier::Tier;
use fieldbook_core::{DeviceId, Entity, Passphrase, RecordId, Store};
use fieldbook_tests::{cli, cli_lang};
use serde_json::{json, Map, Value as Json};
use std::path::PathBuf;

struct Dev {
    dir: tempfile::TempDir,
    store: Store,
}

fn dev() -> Dev {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::init(dir.path(), &Passphrase::new("hostile sync words")).expect("init");
    Dev { dir, store }
}

fn fields(v: Json) -> Map<String, Json> {
    v.as_object().cloned().unwrap_or_default()
}

/// An office and a field device that know each other as such: the field device is cleared for
/// `internal` both ways (what it receives, what it may change), the office for everything.
fn office_and_field() -> (Dev, Dev) {
    let (mut office, mut field) = (dev(), dev());
    let (o, f) = (office.store.keys(), field.store.keys());
    let (o_fp, o_age, f_fp, f_age) = (o.fingerprint(), o.age_recipient(), f.fingerprint(), f.age_recipient());
    office.store.add_recipient(&f_age, "Aminata's laptop", Tier::Internal).expect("recipient");
    office
        .store
        .trust(&f_fp, "Aminata's laptop", Authority { role: Role::Field, clearance: Tier::Internal })
        .expect("trust");
    field.store.add_recipient(&o_age, "Country office", Tier::Restricted).expect("recipient");
    field.store.trust(&o_fp, "Country office", Authority::FULL).expect("trust");
    (office, field)
}

fn send(from: &mut Dev, to: &Dev, name: &str) -> PathBuf {
    let path = from.dir.path().join(name);
    let opts = ExportOptions { to: vec![to.store.keys().age_recipient()], ..ExportOptions::default() };
    from.store.export_bundle(&path, &opts).expect("export");
    path
}

fn receive(to: &mut Dev, file: &PathBuf) -> ImportReport {
    to.store.import_files(std::slice::from_ref(file), &ImportOptions::default()).expect("import").remove(0)
}

/// Everything a bundle carries, as text, opened with the recipient's own key.
fn carried(file: &PathBuf, to: &Dev) -> String {
    let key: age::x25519::Identity = to.store.keys().age_secret().parse().expect("age key");
    let v = open(&std::fs::read(file).expect("read"), Unseal::Identity(&key), |_| true).expect("open");
    serde_json::to_string(&v.changes.iter().map(|c| (&c.field, &c.value)).collect::<Vec<_>>()).expect("json")
}

fn dump(d: &Dev) -> String {
    serde_json::to_string(&d.store.dump().expect("dump")).expect("json")
}

/// A session at the office with someone at risk (named in the notes), someone who did not
/// consent to be named, a risk; sent to the field device, which gets none of the restricted part.
fn workshop(office: &mut Dev, field: &mut Dev) -> (RecordId, RecordId, RecordId) {
    let s = office
        .store
        .create_session(fields(json!({"title": "Night shift forum", "notes": "Dolores spoke about the raid"})))
        .expect("session");
    let person = |name: &str, extra: Json| {
        let mut f = fields(json!({"session_id": s.to_string(), "name": name, "pseudonym": "P"}));
        f.extend(fields(extra));
        f
    };
    let dolores = office
        .store
        .create(Entity::Participant, person("Dolores Quispe", json!({"at_risk": true, "consent_named": true})))
        .expect("at risk");
    let kalinda = office.store.create(Entity::Participant, person("Kalinda Sok", json!({}))).expect("no consent");
    office
        .store
        .create(Entity::Risk, fields(json!({"session_id": s.to_string(), "description": "Police raid"})))
        .expect("risk");
    let first = send(office, field, "o1.fieldbook");
    let text = carried(&first, field);
    assert!(!text.contains("Dolores") && !text.contains("Police raid"), "the field device is not cleared for it");
    let r = receive(field, &first);
    assert!(r.applied > 0 && r.held.is_empty() && r.refused.is_empty(), "{r:?}");
    (s, dolores, kalinda)
}

#[test]
fn a_field_device_cannot_declassify_a_person_at_risk_or_widen_consent() {
    let (mut office, mut field) = office_and_field();
    let (_, dolores, kalinda) = workshop(&mut office, &mut field);

    // One mistaken click each: untick "at risk", tick "may be named", lower a tier override.
    field.store.update(Entity::Participant, dolores, fields(json!({"at_risk": false}))).expect("untick");
    field.store.update(Entity::Participant, kalinda, fields(json!({"consent_named": true}))).expect("tick");
    let back = send(&mut field, &office, "f1.fieldbook");
    let r = receive(&mut office, &back);
    assert_eq!(r.held.get("lowers-tier"), Some(&2), "{r:?}");
    let at_office = |id| office.store.get(Entity::Participant, id).expect("participant");
    assert_eq!(
        (at_office(dolores)["at_risk"].clone(), at_office(kalinda)["consent_named"].clone()),
        (json!(true), json!(false))
    );

    // The office's next bundle to the field device still carries neither name.
    office
        .store
        .update(
            Entity::Session,
            at_office(dolores)["session_id"].as_str().expect("s").parse().expect("id"),
            fields(json!({"place": "Union hall"})),
        )
        .expect("office edit");
    let next = send(&mut office, &field, "o2.fieldbook");
    let text = carried(&next, &field);
    assert!(!text.contains("Dolores") && !text.contains("Kalinda"), "{text}");

    // The review queue shows both values, who asked and why.
    let queue = office.store.conflicts().expect("queue");
    assert_eq!(queue.len(), 2);
    for c in &queue {
        assert_eq!(c.reason.as_deref(), Some("lowers-tier"));
        assert_eq!(c.sender.as_deref(), Some("Aminata's laptop"));
        assert_eq!(c.winner, "local");
    }
    // A reviewer keeps Dolores at risk and accepts Kalinda's consent; both decisions sync.
    for c in queue {
        let pick = if c.record_id == dolores { Pick::Local } else { Pick::Incoming };
        office.store.resolve_conflict(c.id, pick).expect("decide");
    }
    let decided = send(&mut office, &field, "o3.fieldbook");
    let text = carried(&decided, &field);
    assert!(!text.contains("Dolores") && text.contains("Kalinda Sok"), "only the accepted name travels: {text}");
    receive(&mut field, &decided);
    assert_eq!(field.store.get(Entity::Participant, dolores).expect("p")["at_risk"], json!(true));
    assert!(office.store.conflicts().expect("queue").is_empty());
    // Importing the field's bundle again does not put anything back in the queue.
    let again = receive(&mut office, &back);
    assert_eq!((again.applied, again.held_total()), (0, 0), "{again:?}");
}

#[test]
fn a_tier_override_and_content_above_clearance_wait_for_review() {
    let (mut office, mut field) = office_and_field();
    let (s, dolores, _) = workshop(&mut office, &mut field);
    let priority = office
        .store
        .create(
            Entity::Priority,
            fields(json!({"session_id": s.to_string(), "title": "Contracts", "tier": "internal"})),
        )
        .expect("priority");
    let file = send(&mut office, &field, "o2.fieldbook");
    receive(&mut field, &file);
    field.store.update(Entity::Priority, priority, fields(json!({"tier": "share_back"}))).expect("lower");
    // The notes name someone at risk (restricted); the name itself was never sent.
    field.store.update(Entity::Session, s, fields(json!({"notes": "nothing to see"}))).expect("overwrite notes");
    field.store.update(Entity::Participant, dolores, fields(json!({"name": "Someone else"}))).expect("rename");
    let file = send(&mut field, &office, "f1.fieldbook");
    let r = receive(&mut office, &file);
    // Renaming someone at risk would also release the text that names her: it counts as lowering.
    assert_eq!(r.held.get("lowers-tier"), Some(&2), "{r:?}");
    assert_eq!(r.held.get("above-clearance"), Some(&1), "{r:?}");
    let session = office.store.get(Entity::Session, s).expect("s");
    assert_eq!(session["notes"], json!("Dolores spoke about the raid"));
    assert_eq!(office.store.get(Entity::Participant, dolores).expect("p")["name"], json!("Dolores Quispe"));
    assert_eq!(office.store.get(Entity::Priority, priority).expect("p")["tier"], json!("internal"));

    // What the field device wrote itself it may change again, restricted or not.
    let own_risk = field
        .store
        .create(Entity::Risk, fields(json!({"session_id": s.to_string(), "description": "Landlord threats"})))
        .expect("risk");
    let file = send(&mut field, &office, "f2.fieldbook");
    receive(&mut office, &file);
    field
        .store
        .update(Entity::Risk, own_risk, fields(json!({"description": "Landlord threats, twice"})))
        .expect("edit");
    let file = send(&mut field, &office, "f3.fieldbook");
    let r = receive(&mut office, &file);
    assert_eq!((r.applied, r.held_total()), (1, 0), "{r:?}");
}

#[test]
fn moving_records_or_adding_a_namesake_releases_nothing() {
    let (mut office, mut field) = office_and_field();
    let (s, dolores, _) = workshop(&mut office, &mut field);
    // A question whose answer names her, and a second session the field device knows.
    let q = json!({"session_id": s.to_string(), "text": "What happened?", "answer": "Dolores was beaten at the gate"});
    let q = office.store.create(Entity::Question, fields(q)).expect("question");
    let other = office.store.create_session(fields(json!({"title": "Another forum"}))).expect("session");
    let file = send(&mut office, &field, "o2.fieldbook");
    assert!(!carried(&file, &field).contains("beaten"), "the answer is restricted");
    receive(&mut field, &file);
    // Move the question, move her out of the session, and add a namesake who may be named.
    field.store.update(Entity::Question, q, fields(json!({"session_id": other.to_string()}))).expect("move question");
    field
        .store
        .update(Entity::Participant, dolores, fields(json!({"session_id": other.to_string()})))
        .expect("move her");
    let namesake = json!({"session_id": s.to_string(), "name": "Dolores", "consent_named": true});
    field.store.create(Entity::Participant, fields(namesake)).expect("namesake");
    let file = send(&mut field, &office, "f1.fieldbook");
    let r = receive(&mut office, &file);
    assert_eq!(r.held.get("lowers-tier"), Some(&2), "{r:?}");
    let next = send(&mut office, &field, "o3.fieldbook");
    let text = carried(&next, &field);
    assert!(!text.contains("beaten") && !text.contains("Quispe") && !text.contains("spoke about the raid"), "{text}");
    let full = field.dir.path().join("full.fieldbook");
    let opts = ExportOptions { full: true, to: vec![field.store.keys().age_recipient()], ..ExportOptions::default() };
    office.store.export_bundle(&full, &opts).expect("full");
    let text = carried(&full, &field);
    assert!(!text.contains("beaten") && !text.contains("spoke about the raid"), "{text}");
}

/// A bundle signed by `from`'s own key (a compromised device), for `to`, claiming `device`.
fn forge(from: &Dev, to: &Dev, device: DeviceId, changes: &[Change], name: &str) -> PathBuf {
    let manifest = Manifest {
        format: FORMAT_WITHOUT_MEDIA,
        bundle_id: uuid::Uuid::now_v7(),
        created_at: "2026-11-30T00:00:00Z".into(),
        sender_device: device,
        sender_key: String::new(),
        recipients: vec![],
        full: false,
        version_vector: Default::default(),
        hlc_range: (0, 0),
        seq_range: (0, 0),
        changes: changes.len() as u64,
        tombstones: 0,
        payload_sha256: String::new(),
        app_version: String::new(),
        payload_len: 0,
        media: vec![],
    };
    let to_key = vec![to.store.keys().age_recipient()];
    let bytes = seal(manifest, changes, from.store.keys().signing_key(), Seal::Recipients(&to_key)).expect("seal");
    let path = from.dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

fn title_change(session: RecordId, title: &str, stamp: Stamp) -> Change {
    Change { entity: Entity::Session, id: session, field: "title".into(), value: json!(title), stamp, base: None }
}

fn now_stamp(device: DeviceId) -> Stamp {
    let ms = u64::try_from(chrono::Utc::now().timestamp_millis()).expect("after 1970");
    Stamp { hlc: Hlc::at(ms + 1000), device }
}

#[test]
fn a_field_device_cannot_speak_for_the_office_or_another_facilitator() {
    let (mut office, mut field) = office_and_field();
    let (s, _, _) = workshop(&mut office, &mut field);
    // A second facilitator, known to the office by a first bundle (which binds its device id).
    let mut other = dev();
    let other_fp = other.store.keys().fingerprint();
    office.store.trust(&other_fp, "Binta's laptop", Authority::default()).expect("trust");
    other.store.create(Entity::Movement, fields(json!({"name": "Youth coalition"}))).expect("movement");
    let file = send(&mut other, &office, "b.fieldbook");
    receive(&mut office, &file);
    let before = dump(&office);
    let history = office.store.history(Entity::Session, s).expect("history").len();

    let (me, field_id, other_id) = (office.store.device_id(), field.store.device_id(), other.store.device_id());
    let changes = [
        title_change(s, "Written in the office's name", now_stamp(me)),
        title_change(s, "Written in Binta's name", now_stamp(other_id)),
    ];
    let file = forge(&field, &office, field_id, &changes[..1], "as-office.fieldbook");
    let r = receive(&mut office, &file);
    assert_eq!(r.refused.get("forged-as-receiver"), Some(&1), "{r:?}");
    let file = forge(&field, &office, field_id, &changes[1..], "as-binta.fieldbook");
    let r = receive(&mut office, &file);
    assert_eq!(r.refused.get("not-own-change"), Some(&1), "{r:?}");
    assert_eq!(dump(&office), before, "nothing forged was applied");
    assert_eq!(office.store.history(Entity::Session, s).expect("history").len(), history, "nor recorded");

    // A manifest that claims another device's id is refused whole, as is one claiming the office's.
    for (claimed, name) in [(other_id, "claims-binta.fieldbook"), (me, "claims-office.fieldbook")] {
        let own = [title_change(s, "x", now_stamp(claimed))];
        let file = forge(&field, &office, claimed, &own, name);
        let err = office.store.import_files(&[file], &ImportOptions::default()).expect_err("refused");
        assert_eq!(err.root().code(), "bundle-wrong-device", "{err}");
        assert_eq!(dump(&office), before);
    }
    // The key stays bound to the device id it was first seen with.
    let trusted = office.store.trusted_devices().expect("trusted");
    let f = trusted.iter().find(|d| d.label == "Aminata's laptop").expect("field");
    assert_eq!(f.device_id.as_deref(), Some(field_id.to_string().as_str()));
    assert_eq!((f.role, f.clearance), (Role::Field, Tier::Internal));
}

#[test]
fn an_office_relays_other_devices_changes_with_their_author_kept() {
    let (mut office, mut field) = office_and_field();
    let mut second = dev();
    let (s_fp, s_age) = (second.store.keys().fingerprint(), second.store.keys().age_recipient());
    office.store.trust(&s_fp, "Binta's laptop", Authority::default()).expect("trust");
    office.store.add_recipient(&s_age, "Binta's laptop", Tier::Internal).expect("recipient");
    second.store.trust(&office.store.keys().fingerprint(), "Country office", Authority::FULL).expect("trust");
    let m = field.store.create(Entity::Movement, fields(json!({"name": "Union"}))).expect("movement");
    let file = send(&mut field, &office, "f1.fieldbook");
    receive(&mut office, &file);
    field.store.update(Entity::Movement, m, fields(json!({"name": "Domestic workers' union"}))).expect("edit");
    let file = send(&mut field, &office, "f2.fieldbook");
    receive(&mut office, &file);
    let file = send(&mut office, &second, "o1.fieldbook");
    let r = receive(&mut second, &file);
    assert!(r.refused.is_empty() && r.applied > 0, "{r:?}");
    let names: Vec<_> =
        second.store.history(Entity::Movement, m).expect("history").into_iter().filter(|e| e.field == "name").collect();
    assert!(!names.is_empty());
    for e in &names {
        assert_eq!(e.device, field.store.device_id().to_string(), "the author is the field device");
        assert_eq!(e.relay.as_deref(), Some("Country office"), "relayed by the office");
    }
    // Had the office been trusted as a field device, its relays would have been refused.
    let mut third = dev();
    third.store.trust(&office.store.keys().fingerprint(), "Country office", Authority::default()).expect("trust");
    let file = send(&mut office, &third, "o2.fieldbook");
    let r = receive(&mut third, &file);
    assert!(r.refused.get("not-own-change").is_some_and(|n| *n > 0), "{r:?}");
}

#[test]
fn a_key_claiming_a_device_known_only_through_relays_is_not_taken_as_its_author() {
    let (mut office, field) = office_and_field();
    // Binta's laptop reaches this office only through a regional office, which relays her risk.
    let (mut binta, mut regional) = (dev(), dev());
    let r = json!({"description": "Landlord threats at the market"});
    let risk = binta.store.create(Entity::Risk, fields(r)).expect("risk");
    regional.store.trust(&binta.store.keys().fingerprint(), "Binta", Authority::default()).expect("trust");
    let regional_key = regional.store.keys().age_recipient();
    binta.store.add_recipient(&regional_key, "Regional office", Tier::Restricted).expect("recipient");
    let file = send(&mut binta, &regional, "b.fieldbook");
    receive(&mut regional, &file);
    office.store.trust(&regional.store.keys().fingerprint(), "Regional office", Authority::FULL).expect("trust");
    let office_key = office.store.keys().age_recipient();
    regional.store.add_recipient(&office_key, "Country office", Tier::Restricted).expect("recipient");
    let file = send(&mut regional, &office, "r.fieldbook");
    receive(&mut office, &file);
    // A trusted field key, seen here for the first time, claims Binta's device id.
    let binta_id = binta.store.device_id();
    let mut forged = title_change(risk, "nothing happened", now_stamp(binta_id));
    (forged.entity, forged.field) = (Entity::Risk, "description".into());
    let file = forge(&field, &office, binta_id, &[forged], "as-binta.fieldbook");
    let r = receive(&mut office, &file);
    assert_eq!(r.held.get("above-clearance"), Some(&1), "{r:?}");
    let kept = office.store.get(Entity::Risk, risk).expect("risk");
    assert_eq!(kept["description"], json!("Landlord threats at the market"));
    let history = office.store.history(Entity::Risk, risk).expect("history");
    assert!(history.iter().any(|e| e.field == "description" && e.relay.as_deref() == Some("Regional office")));
}

#[test]
fn a_clock_far_ahead_waits_for_review_and_never_moves_the_office_clock() {
    let (mut office, mut field) = office_and_field();
    let (s, _, _) = workshop(&mut office, &mut field);
    let field_id = field.store.device_id();
    // 2099, and a stamp at the very top of the range (before: `last + 1` wrapped or panicked).
    let future = Stamp { hlc: Hlc::at(4_070_908_800_000), device: field_id };
    let top = Stamp { hlc: Hlc(u64::MAX), device: field_id };
    let changes = [title_change(s, "From 2099", future)];
    let file = forge(&field, &office, field_id, &changes, "2099.fieldbook");
    let r = receive(&mut office, &file);
    assert_eq!(r.held.get("clock-ahead"), Some(&1), "{r:?}");
    assert!(r.sender_clock_ahead_days.is_some_and(|d| d > 365 * 70), "{r:?}");
    let mut top_change = title_change(s, "From the end of time", top);
    top_change.field = "place".into();
    let file = forge(&field, &office, field_id, &[top_change], "top.fieldbook");
    let r = receive(&mut office, &file);
    assert_eq!(r.held.get("clock-ahead"), Some(&1), "{r:?}");
    assert_eq!(office.store.get(Entity::Session, s).expect("s")["title"], json!("Night shift forum"));

    // The office's own next edit is stamped now, not after 2099, and wins as it should.
    office.store.update(Entity::Session, s, fields(json!({"title": "Forum, second day"}))).expect("edit");
    let entry =
        office.store.history(Entity::Session, s).expect("h").into_iter().rev().find(|e| e.field == "title" && e.own);
    assert!(entry.is_some());
    let next = send(&mut office, &field, "o2.fieldbook");
    receive(&mut field, &next);
    // Accepting the held title saves it with the office's date, so it does not outrun later edits.
    let held = office.store.conflicts().expect("queue").into_iter().find(|c| c.field == "title").expect("held");
    assert!(held.incoming_stamp.hlc.millis() > 4_000_000_000_000);
    office.store.resolve_conflict(held.id, Pick::Incoming).expect("accept");
    assert_eq!(office.store.get(Entity::Session, s).expect("s")["title"], json!("From 2099"));
    office.store.update(Entity::Session, s, fields(json!({"title": "Edited after"}))).expect("later edit");
    assert_eq!(office.store.get(Entity::Session, s).expect("s")["title"], json!("Edited after"));
}

#[test]
fn a_device_whose_clock_was_set_back_is_told_before_anything_is_merged() {
    let (mut office, mut field) = office_and_field();
    workshop(&mut office, &mut field);
    let bundle = send(&mut field, &office, "f1.fieldbook");
    let Dev { dir: office_dir, store } = office;
    let data = office_dir.path().to_path_buf();
    drop(store);
    // The office's clock reads 2020, long before the day it last wrote.
    let out = std::process::Command::new("faketime")
        .arg("2020-01-01 00:00:00")
        .arg(fieldbook_tests::cli_binary())
        .args(["--data-dir", data.to_str().expect("utf-8"), "--lang", "en", "import", bundle.to_str().expect("p")])
        .env("FIELDBOOK_PASSPHRASE", "hostile sync words")
        .output()
        .expect("faketime (apt package faketime; make test installs it)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(stderr.contains("2020-01-01") && stderr.contains("Set the date and time"), "{stderr}");
    let office = Store::open(&data, &Passphrase::new("hostile sync words")).expect("open");
    assert!(office.import_log().expect("log").is_empty(), "nothing was imported");
}

/// The issue's story with the CLI: a field laptop whose clock says 2099 retitles a session; the
/// office holds the change instead of letting it beat every later edit.
#[test]
fn cli_story_a_field_laptop_in_2099() {
    const PASS: &str = "hostile sync words";
    let (office, field, files) =
        (tempfile::tempdir().expect("t"), tempfile::tempdir().expect("t"), tempfile::tempdir().expect("t"));
    let (o, f) = (office.path(), field.path());
    cli(o, PASS, &["init"]).expect("init");
    cli(f, PASS, &["init"]).expect("init");
    cli(o, PASS, &["demo-data", "--sessions", "2", "--seed", "3"]).expect("demo");
    let id = |dir| {
        serde_json::from_str::<Json>(&cli(dir, PASS, &["identity", "show", "--json"]).expect("id")).expect("json")
    };
    let (oi, fi) = (id(o), id(f));
    let s = |v: &Json, k: &str| v[k].as_str().expect(k).to_string();
    cli(o, PASS, &["recipients", "add", &s(&fi, "age_recipient"), "--label", "Field", "--clearance", "internal"])
        .expect("r");
    cli(f, PASS, &["recipients", "add", &s(&oi, "age_recipient"), "--label", "Office", "--clearance", "restricted"])
        .expect("r");
    cli(o, PASS, &["trust", "add", &s(&fi, "fingerprint"), "--label", "Field laptop"]).expect("trust");
    let listed = cli(o, PASS, &["trust", "list"]).expect("list");
    assert!(
        listed.contains("Field laptop") && listed.contains("Field device") && listed.contains("Internal"),
        "{listed}"
    );
    cli(
        f,
        PASS,
        &["trust", "add", &s(&oi, "fingerprint"), "--label", "Office", "--role", "office", "--clearance", "restricted"],
    )
    .expect("trust");
    let o1 = files.path().join("o1.fieldbook");
    cli(o, PASS, &["export", "--out", o1.to_str().expect("p")]).expect("export");
    cli(f, PASS, &["import", o1.to_str().expect("p")]).expect("import");

    let sessions: Json =
        serde_json::from_str(&cli(f, PASS, &["sessions", "list", "--json"]).expect("l")).expect("json");
    let session = s(&sessions[0], "id");
    let mut doc: Json =
        serde_json::from_str(&cli(f, PASS, &["sessions", "show", &session, "--json"]).expect("show")).expect("j");
    let title = doc["session"]["title"].clone();
    doc["session"]["title"] = json!("Retitled in 2099");
    let doc_file = files.path().join("doc.json");
    std::fs::write(&doc_file, doc.to_string()).expect("write");
    let f1 = files.path().join("f1.fieldbook");
    for args in [
        vec!["sessions", "put", "--from-json", doc_file.to_str().expect("p")],
        vec!["export", "--out", f1.to_str().expect("p")],
    ] {
        let out = std::process::Command::new("faketime")
            .arg("2099-01-01 00:00:00")
            .arg(fieldbook_tests::cli_binary())
            .arg("--data-dir")
            .arg(f)
            .args(&args)
            .env("FIELDBOOK_PASSPHRASE", PASS)
            .output()
            .expect("faketime");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let said = cli_lang(o, PASS, "en", &["import", f1.to_str().expect("p")]).expect("import");
    assert!(said.contains("wait for review") && said.contains("days ahead"), "{said}");
    let after: Json =
        serde_json::from_str(&cli(o, PASS, &["sessions", "show", &session, "--json"]).expect("s")).expect("j");
    assert_eq!(after["session"]["title"], title, "the 2099 title is not applied");
    let queue = cli_lang(o, PASS, "en", &["conflicts", "list"]).expect("list");
    assert!(
        queue.contains("Retitled in 2099")
            && queue.contains("dated far in the future")
            && queue.contains("Field laptop"),
        "{queue}"
    );
}
