//! Property tests: three devices edit and delete at random, exchange incremental bundles in
//! random orders with duplicates, and must end identical; conflicts appear exactly when two
//! devices wrote different values to one field without syncing in between.

use super::tests::{device, receive, Device};
use super::ExportOptions;
use crate::schema::Entity;
use crate::RecordId;
use proptest::prelude::*;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use serde_json::{json, Map, Value as Json};
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
enum Edit {
    Set { device: usize, record: usize, field: usize, value: u8 },
    Delete { device: usize, record: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        8 => (0..3usize, 0..3usize, 0..2usize, 0..4u8).prop_map(|(device, record, field, value)| Edit::Set { device, record, field, value }),
        1 => (0..3usize, 0..3usize).prop_map(|(device, record)| Edit::Delete { device, record }),
    ]
}

const FIELDS: [&str; 2] = ["name", "region"];

fn dump(d: &Device) -> String {
    serde_json::to_string(&d.store.dump().expect("dump")).expect("json")
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
        let mut records = Vec::new();
        for i in 0..3 {
            let f: Map<String, Json> = json!({"name": format!("movement {i}")}).as_object().cloned().unwrap_or_default();
            records.push(devices[0].store.create(Entity::Movement, f).expect("create"));
        }
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
                }
            }
            let conflicts_before: Vec<usize> =
                writers.keys().map(|(r, f)| conflicts_on(&devices, records[*r], f)).collect();
            sync_phase(&mut devices, seed, round);
            let d0 = dump(&devices[0]);
            for d in &devices[1..] {
                prop_assert_eq!(&d0, &dump(d));
            }
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
