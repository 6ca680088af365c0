//! Property tests: three devices (two offices and a field device) edit and delete at random,
//! exchange incremental bundles in random orders with duplicates, and must end identical once
//! the offices have decided what waited for review; conflicts appear exactly when two devices
//! wrote different values to one field without syncing in between.

use super::tests::{device, receive, Device};
use super::{Authority, ExportOptions, Pick, Role};
use crate::schema::Entity;
use crate::RecordId;
use proptest::prelude::*;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use serde_json::{json, Map, Value as Json};
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
enum Edit {
    Set {
        device: usize,
        record: usize,
        field: usize,
        value: u8,
    },
    Delete {
        device: usize,
        record: usize,
    },
    /// A tier choice: lowering one from the field device waits for an office's review.
    Tier {
        device: usize,
        record: usize,
        value: usize,
    },
    /// One of three photos attached to the shared session (the same bytes from two devices
    /// are stored once).
    Attach {
        device: usize,
        photo: usize,
    },
    /// The device's first attachment removed.
    Detach {
        device: usize,
    },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        8 => (0..3usize, 0..3usize, 0..2usize, 0..4u8).prop_map(|(device, record, field, value)| Edit::Set { device, record, field, value }),
        1 => (0..3usize, 0..3usize).prop_map(|(device, record)| Edit::Delete { device, record }),
        3 => (0..3usize, 0..3usize, 0..3usize).prop_map(|(device, record, value)| Edit::Tier { device, record, value }),
        2 => (0..3usize, 0..3usize).prop_map(|(device, photo)| Edit::Attach { device, photo }),
        1 => (0..3usize).prop_map(|device| Edit::Detach { device }),
    ]
}

const FIELDS: [&str; 2] = ["name", "region"];
const TIERS: [&str; 3] = ["default", "internal", "restricted"];
/// Devices 0 and 1 are offices; device 2 is a field device, cleared for everything (so only
/// lowering a tier waits) and never relaying another device's change.
const FIELD_DEVICE: usize = 2;

/// Each device trusts the others for what they are.
fn introduce(devices: &mut [Device]) {
    let fps: Vec<String> = devices.iter().map(|d| d.store.keys().fingerprint()).collect();
    for (i, d) in devices.iter_mut().enumerate() {
        for (j, fp) in fps.iter().enumerate().filter(|(j, _)| *j != i) {
            let authority = if j == FIELD_DEVICE {
                Authority { role: Role::Field, clearance: crate::tier::Tier::Restricted }
            } else {
                Authority::FULL
            };
            d.store.trust(fp, &format!("device {j}"), authority).expect("trust");
        }
    }
}

/// Every office decides every change waiting for review, at random.
fn decide(devices: &mut [Device], rng: &mut rand_chacha::ChaCha8Rng) -> usize {
    let mut decided = 0;
    for d in devices.iter_mut() {
        for c in d.store.conflicts().expect("queue").into_iter().filter(|c| c.reason.is_some()) {
            let pick = if rand::Rng::random_bool(rng, 0.5) { Pick::Local } else { Pick::Incoming };
            d.store.resolve_conflict(c.id, pick).expect("decide");
            decided += 1;
        }
    }
    decided
}

fn dump(d: &Device) -> String {
    serde_json::to_string(&d.store.dump().expect("dump")).expect("json")
}

/// The hashes of the media bytes a device holds.
fn media(d: &Device) -> Vec<String> {
    let mut stmt = d.store.conn.prepare("SELECT sha256 FROM media_blob ORDER BY sha256").expect("prepare");
    stmt.query_map([], |r| r.get(0)).expect("query").collect::<rusqlite::Result<_>>().expect("rows")
}

/// A small PNG, different for each `n`.
fn photo_file(dir: &std::path::Path, n: usize) -> std::path::PathBuf {
    let img = image::RgbImage::from_fn(16, 16, |x, y| image::Rgb([(n * 80) as u8, x as u8, y as u8]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).expect("png");
    let path = dir.join(format!("photo-{n}.png"));
    std::fs::write(&path, out.into_inner()).expect("write");
    path
}

/// Every device sends an incremental bundle to every other; delivery is shuffled, some bundles
/// arrive twice.
fn sync_phase(devices: &mut [Device], seed: u64, round: usize) {
    let mut deliveries = Vec::new();
    for from in 0..devices.len() {
        for to in 0..devices.len() {
            if from == to {
                continue;
            }
            let recipient = devices[to].store.keys().age_recipient();
            let path = devices[from].dir.path().join(format!("r{round}-{from}-{to}"));
            let opts = ExportOptions {
                full: false,
                to: vec![recipient],
                passphrase: None,
                clearance: Some(crate::tier::Tier::Restricted),
                no_media: false,
            };
            devices[from].store.export_bundle(&path, &opts).expect("export");
            deliveries.push((to, path));
        }
    }
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed ^ round as u64);
    let dupes: Vec<_> = deliveries.iter().filter(|_| rand::Rng::random_bool(&mut rng, 0.3)).cloned().collect();
    deliveries.extend(dupes);
    deliveries.shuffle(&mut rng);
    for (to, path) in deliveries {
        receive(&mut devices[to], &[path]);
    }
}

fn conflicts_on(devices: &[Device], record: RecordId, field: &str) -> usize {
    devices
        .iter()
        .map(|d| {
            d.store.conflicts().expect("conflicts").iter().filter(|c| c.record_id == record && c.field == field).count()
        })
        .sum()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn devices_converge_and_conflicts_mark_concurrent_writes(
        rounds in prop::collection::vec(prop::collection::vec(edit(), 1..6), 1..4),
        seed in any::<u64>(),
    ) {
        let mut devices = vec![device(), device(), device()];
        introduce(&mut devices);
        let mut decisions = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let mut records = Vec::new();
        for i in 0..3 {
            let f: Map<String, Json> = json!({"name": format!("movement {i}")}).as_object().cloned().unwrap_or_default();
            records.push(devices[0].store.create(Entity::Movement, f).expect("create"));
        }
        let session = devices[0].store.create(Entity::Session, Map::new()).expect("session");
        sync_phase(&mut devices, seed, 99);
        for (round, edits) in rounds.iter().enumerate() {
            // Which devices wrote which final value to each (record, field) in this round.
            let mut writers: BTreeMap<(usize, &str), BTreeMap<usize, String>> = BTreeMap::new();
            for e in edits {
                match *e {
                    Edit::Set { device, record, field, value } => {
                        let v = format!("value {value}");
                        let mut f = Map::new();
                        f.insert(FIELDS[field].into(), Json::String(v.clone()));
                        let before = devices[device].store.get(Entity::Movement, records[record]).ok();
                        if devices[device].store.update(Entity::Movement, records[record], f).is_ok()
                            && before.is_some_and(|b| b[FIELDS[field]] != json!(v))
                        {
                            writers.entry((record, FIELDS[field])).or_default().insert(device, v);
                        }
                    }
                    Edit::Delete { device, record } => {
                        let _ = devices[device].store.delete(Entity::Movement, records[record]);
                    }
                    Edit::Tier { device, record, value } => {
                        let mut f = Map::new();
                        f.insert("tier".into(), json!(TIERS[value]));
                        let _ = devices[device].store.update(Entity::Movement, records[record], f);
                    }
                    Edit::Attach { device, photo } => {
                        let file = photo_file(devices[device].dir.path(), photo);
                        devices[device].store.attach(session, &[file], &Default::default()).expect("attach");
                    }
                    Edit::Detach { device } => {
                        let first = devices[device].store.attachments(session).expect("list").into_iter().next();
                        if let Some(a) = first {
                            devices[device].store.remove_attachment(a.id.parse().expect("id")).expect("remove");
                        }
                    }
                }
            }
            let conflicts_before: Vec<usize> =
                writers.keys().map(|(r, f)| conflicts_on(&devices, records[*r], f)).collect();
            sync_phase(&mut devices, seed, round);
            // What waited is decided, and the decisions travel like any other edit.
            if decide(&mut devices, &mut decisions) > 0 {
                sync_phase(&mut devices, seed, round + 1000);
            }
            let d0 = dump(&devices[0]);
            for d in &devices[1..] {
                prop_assert_eq!(&d0, &dump(d));
                prop_assert_eq!(media(&devices[0]), media(d), "the same media bytes everywhere");
            }
            let live: std::collections::BTreeSet<String> =
                devices[0].store.attachments(session).expect("list").into_iter().map(|a| a.sha256).collect();
            prop_assert_eq!(live.into_iter().collect::<Vec<_>>(), media(&devices[0]), "bytes for every live attachment, none else");
            for (((record, field), by), before) in writers.iter().zip(conflicts_before) {
                let mut values: Vec<&String> = by.values().collect();
                values.sort();
                values.dedup();
                let now = conflicts_on(&devices, records[*record], field);
                if by.len() >= 2 && values.len() >= 2 {
                    prop_assert!(now > before, "concurrent writes to {field} by {by:?} left no conflict");
                } else {
                    prop_assert_eq!(now, before, "a single writer to {} must not conflict", field);
                }
            }
        }
    }
}

/// What an internal-cleared field device may try, on the records it was sent.
#[derive(Debug, Clone)]
enum FieldEdit {
    /// A participant's flag: 0 at risk, 1 consent to be named, 2 consent to be quoted.
    Flag {
        person: usize,
        flag: usize,
        value: bool,
    },
    /// A tier choice on a participant (`None`: on the session).
    Tier {
        person: Option<usize>,
        value: usize,
    },
    /// Free text: a participant's name, or the session's notes (`None`).
    Text {
        person: Option<usize>,
        word: usize,
    },
    Delete {
        person: usize,
    },
    NewPerson {
        word: usize,
        at_risk: bool,
        named: bool,
    },
    /// The field device exports a bundle to the office (delivered later, in any order).
    Export,
    /// The office exports to the field device (incremental, or complete), which imports it.
    OfficeSends {
        full: bool,
    },
}

fn field_edit() -> impl Strategy<Value = FieldEdit> {
    prop_oneof![
        3 => (0..3usize, 0..3usize, any::<bool>()).prop_map(|(person, flag, value)| FieldEdit::Flag { person, flag, value }),
        2 => (prop::option::of(0..3usize), 0..4usize).prop_map(|(person, value)| FieldEdit::Tier { person, value }),
        2 => (prop::option::of(0..3usize), 0..3usize).prop_map(|(person, word)| FieldEdit::Text { person, word }),
        1 => (0..3usize).prop_map(|person| FieldEdit::Delete { person }),
        1 => (0..3usize, any::<bool>(), any::<bool>()).prop_map(|(word, at_risk, named)| FieldEdit::NewPerson { word, at_risk, named }),
        3 => Just(FieldEdit::Export),
        2 => any::<bool>().prop_map(|full| FieldEdit::OfficeSends { full }),
    ]
}

/// What only those cleared for `restricted` may read: the name of someone at risk and a risk.
const SECRETS: [&str; 3] = ["Dolores", "Quispe", "Police raid"];
/// The field device's own words (it cannot type what it was never told).
const WORDS: [&str; 3] = ["alpha", "beta", "gamma"];
const CHOICES: [&str; 4] = ["default", "share_back", "internal", "restricted"];

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// No sequence of edits from a field device cleared for `internal`, delivered in any order
    /// and more than once, makes a restricted value leave the office for it.
    #[test]
    fn a_field_device_never_draws_restricted_data_out_of_the_office(
        edits in prop::collection::vec(field_edit(), 1..14),
        seed in any::<u64>(),
    ) {
        use crate::tier::Tier;
        let (mut office, mut field) = (device(), device());
        let field_key: age::x25519::Identity = field.store.keys().age_secret().parse().expect("key");
        office.store.add_recipient(&field.store.keys().age_recipient(), "field", Tier::Internal).expect("recipient");
        office.store.trust(&field.store.keys().fingerprint(), "field", Authority::default()).expect("trust");
        field.store.add_recipient(&office.store.keys().age_recipient(), "office", Tier::Restricted).expect("recipient");
        field.store.trust(&office.store.keys().fingerprint(), "office", Authority::FULL).expect("trust");
        let obj = |v: Json| v.as_object().cloned().unwrap_or_default();
        let s = office.store.create_session(obj(json!({"title": "Forum", "notes": "Dolores and Kalinda met at night"}))).expect("s");
        let mut people = vec![];
        for (name, at_risk, named) in [("Dolores Quispe", true, true), ("Kalinda Sok", false, false), ("Amina Diallo", false, true)] {
            let p = obj(json!({"session_id": s.to_string(), "name": name, "at_risk": at_risk, "consent_named": named}));
            people.push(office.store.create(Entity::Participant, p).expect("person"));
        }
        office.store.create(Entity::Risk, obj(json!({"session_id": s.to_string(), "description": "Police raid"}))).expect("risk");

        let mut n = 0;
        let mut office_sends = |office: &mut Device, field: &mut Device, full: bool| -> Result<(), TestCaseError> {
            n += 1;
            let path = office.dir.path().join(format!("o{n}"));
            let opts = ExportOptions { full, ..ExportOptions::default() };
            office.store.export_bundle(&path, &opts).expect("export");
            let v = super::bundle::open(&std::fs::read(&path).expect("read"), super::bundle::Unseal::Identity(&field_key), |_| true)
                .expect("open");
            let text = serde_json::to_string(&v.changes.iter().map(|c| &c.value).collect::<Vec<_>>()).expect("json");
            for secret in SECRETS {
                prop_assert!(!text.contains(secret), "{secret} left the office for the field device");
            }
            receive(field, &[path]);
            Ok(())
        };
        office_sends(&mut office, &mut field, true)?;
        let mut pending = vec![];
        for (i, e) in edits.iter().enumerate() {
            let f = &mut field.store;
            let _ = match e.clone() {
                FieldEdit::Flag { person, flag, value } => {
                    let name = ["at_risk", "consent_named", "consent_quote"][flag];
                    f.update(Entity::Participant, people[person], obj(json!({ name: value })))
                }
                FieldEdit::Tier { person: Some(p), value } => f.update(Entity::Participant, people[p], obj(json!({"tier": CHOICES[value]}))),
                FieldEdit::Tier { person: None, value } => f.update(Entity::Session, s, obj(json!({"tier": CHOICES[value]}))),
                FieldEdit::Text { person: Some(p), word } => f.update(Entity::Participant, people[p], obj(json!({"name": WORDS[word]}))),
                FieldEdit::Text { person: None, word } => f.update(Entity::Session, s, obj(json!({"notes": WORDS[word]}))),
                FieldEdit::Delete { person } => f.delete(Entity::Participant, people[person]),
                FieldEdit::NewPerson { word, at_risk, named } => f
                    .create(Entity::Participant, obj(json!({"session_id": s.to_string(), "name": WORDS[word], "at_risk": at_risk, "consent_named": named})))
                    .map(drop),
                FieldEdit::Export => {
                    let path = field.dir.path().join(format!("f{i}"));
                    field.store.export_bundle(&path, &ExportOptions::default()).expect("export");
                    pending.push(path);
                    Ok(())
                }
                FieldEdit::OfficeSends { full } => {
                    // Whatever the field device sent so far arrives first, shuffled, some twice.
                    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed ^ i as u64);
                    let again: Vec<_> = pending.iter().filter(|_| rand::Rng::random_bool(&mut rng, 0.3)).cloned().collect();
                    pending.extend(again);
                    pending.shuffle(&mut rng);
                    for path in pending.drain(..) {
                        receive(&mut office, &[path]);
                    }
                    office_sends(&mut office, &mut field, full)?;
                    Ok(())
                }
            };
        }
        let path = field.dir.path().join("last");
        field.store.export_bundle(&path, &ExportOptions::default()).expect("export");
        pending.push(path);
        for path in pending.drain(..).rev() {
            receive(&mut office, &[path]);
        }
        office_sends(&mut office, &mut field, false)?;
        office_sends(&mut office, &mut field, true)?;
    }
}
