//! Sync benchmark (not a test): merging many devices' bundles into an office store, next to a
//! plain `sqlite3 .import` of the same rows, and exporting a large store.
//! Run: `make bench` or `cargo bench -p fieldbook-tests --bench sync`.
//! Sizes: BENCH_DEVICES (50), BENCH_CHANGES (1000000 in all), BENCH_SESSIONS (10000); merge and
//! baseline each run BENCH_RUNS (3) times and report medians;
//! BENCH_SYNC_DIR keeps the demo store exported from between runs.
//! Targets (issue "Encrypted, signed sync bundles"): merge ≤ 2× the sqlite3 baseline; exporting
//! 10k sessions ≤ 1 s.

use ed25519_dalek::SigningKey;
use fieldbook_core::hlc::Hlc;
use fieldbook_core::stamp::Stamp;
use fieldbook_core::sync::bundle::{seal, Manifest, Seal, FORMAT_WITHOUT_MEDIA};
use fieldbook_core::sync::change::Change;
use fieldbook_core::sync::{ExportOptions, ImportOptions};
use fieldbook_core::{DeviceId, Entity, Passphrase, RecordId, Store};
use fieldbook_tests::bench::env;
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

fn device_changes(d: usize, per_device: usize) -> Vec<Change> {
    let device = DeviceId::new();
    let fields = ["name", "country", "region", "sector", "description", "deleted"];
    let mut out = Vec::with_capacity(per_device);
    let mut hlc = 1_767_225_600_000u64 << 16;
    while out.len() < per_device {
        let id = RecordId::new();
        for f in fields {
            if out.len() == per_device {
                break;
            }
            hlc += 1;
            let value = if f == "deleted" {
                json!(false)
            } else {
                json!(format!("{f} of record {} from device {d}", out.len()))
            };
            out.push(Change {
                entity: Entity::Movement,
                id,
                field: f.into(),
                value,
                stamp: Stamp { hlc: Hlc(hlc), device },
                base: None,
            });
        }
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let devices = env("BENCH_DEVICES", 50);
    let total = env("BENCH_CHANGES", 1_000_000);
    let sessions = env("BENCH_SESSIONS", 10_000);
    let per_device = total / devices;
    let work = tempfile::tempdir()?;
    let office_dir = work.path().join("office");
    let office = Store::init(&office_dir, &Passphrase::new("benchmark passphrase"))?;
    let to = vec![office.keys().age_recipient()];
    // Each run merges into a copy of this empty office (same keys, so it can open the bundles).
    drop(office);

    println!("preparing {devices} bundles of {per_device} field changes…");
    let mut files = Vec::new();
    let csv_path = work.path().join("rows.csv");
    let mut csv = std::io::BufWriter::new(std::fs::File::create(&csv_path)?);
    for d in 0..devices {
        let changes = device_changes(d, per_device);
        for c in &changes {
            writeln!(
                csv,
                "{},{},{},\"{}\",{},{}",
                c.entity,
                c.id,
                c.field,
                c.value.to_string().replace('"', "\"\""),
                c.stamp.hlc.0,
                c.stamp.device
            )?;
        }
        let signer = SigningKey::from_bytes(&rand::random());
        let manifest = Manifest {
            format: FORMAT_WITHOUT_MEDIA,
            bundle_id: uuid::Uuid::now_v7(),
            created_at: "2026-01-01T00:00:00Z".into(),
            sender_device: changes[0].stamp.device,
            sender_key: String::new(),
            recipients: vec![],
            full: true,
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
        let path = work.path().join(format!("device-{d}.fieldbook"));
        std::fs::write(&path, seal(manifest, &changes, &signer, Seal::Recipients(&to))?)?;
        files.push(path);
    }
    csv.flush()?;
    drop(csv);

    // This machine's disk makes single runs vary by ±30%: each side runs BENCH_RUNS times into
    // a fresh database and the medians are compared.
    let runs = env("BENCH_RUNS", 3).max(1);
    let (mut merges, mut baselines, mut applied) = (vec![], vec![], 0);
    for run in 0..runs {
        let dir = work.path().join(format!("office-{run}"));
        std::fs::create_dir_all(&dir)?;
        for f in std::fs::read_dir(&office_dir)? {
            let f = f?;
            std::fs::copy(f.path(), dir.join(f.file_name()))?;
        }
        let mut office = Store::open(&dir, &Passphrase::new("benchmark passphrase"))?;
        let start = Instant::now();
        let reports =
            office.import_files(&files, &ImportOptions { trust_new_devices: true, ..ImportOptions::default() })?;
        merges.push(start.elapsed().as_secs_f64());
        applied = reports.iter().map(|r| r.applied).sum::<u64>();
        drop(office);

        let base_db = work.path().join(format!("baseline-{run}.db"));
        let start = Instant::now();
        let status = Command::new("sqlite3")
            .arg(&base_db)
            .arg("CREATE TABLE changes (entity TEXT, id TEXT, field TEXT, value TEXT, hlc INTEGER, device TEXT);")
            .arg(".mode csv")
            .arg(format!(".import {} changes", csv_path.display()))
            .status();
        if status.map(|s| s.success()).unwrap_or(false) {
            baselines.push(start.elapsed().as_secs_f64());
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let spread = |v: &[f64]| format!("{:.2}–{:.2} s", v[0], v[v.len() - 1]);
    let merge = median(&mut merges);
    println!(
        "merge: {applied} field changes from {devices} bundles in {merge:.2} s, median of {runs} ({}; {:.0} changes/s)",
        spread(&merges),
        applied as f64 / merge
    );
    if baselines.is_empty() {
        println!("baseline: sqlite3 CLI not available (apt-get install sqlite3)");
    } else {
        let baseline = median(&mut baselines);
        println!(
            "baseline: sqlite3 .import of the same rows in {baseline:.2} s, median ({}); merge/baseline = {:.1}× (target ≤ 2×)",
            spread(&baselines),
            merge / baseline
        );
    }

    // Writing 10k demo sessions takes minutes: BENCH_SYNC_DIR keeps that store between runs.
    let field_dir = std::env::var_os("BENCH_SYNC_DIR").map_or_else(|| work.path().join("field"), PathBuf::from);
    let marker = field_dir.join("bench-sessions");
    // A store written before new stores got 16 KiB pages and coded stamps is written again.
    let written = format!("{sessions} sessions, 16 KiB pages, coded stamps");
    let kept = std::fs::read_to_string(&marker).is_ok_and(|s| s.trim() == written);
    let pass = Passphrase::new("benchmark passphrase");
    let mut field = if kept && Store::exists(&field_dir) {
        println!("demo data: reusing {sessions} sessions in {}", field_dir.display());
        Store::open(&field_dir, &pass)?
    } else {
        if field_dir.exists() {
            std::fs::remove_dir_all(&field_dir)?;
        }
        let mut field = Store::init(&field_dir, &pass)?;
        let start = Instant::now();
        fieldbook_core::demo::generate(&mut field, sessions, 1)?;
        field.checkpoint()?;
        std::fs::write(&marker, &written)?;
        println!("demo data: {sessions} sessions written in {:.1} s", start.elapsed().as_secs_f64());
        field
    };
    // Single exports vary as much as single merges here: the median of BENCH_RUNS is reported.
    let mut exports = vec![];
    let mut report = None;
    for _ in 0..runs {
        let start = Instant::now();
        report = Some(field.export_bundle(
            &work.path().join("all.fieldbook"),
            &ExportOptions {
                full: true,
                to: to.clone(),
                passphrase: None,
                clearance: Some(fieldbook_core::tier::Tier::Restricted),
                no_media: false,
            },
        )?);
        exports.push(start.elapsed().as_secs_f64());
    }
    let export = median(&mut exports);
    let size = std::fs::metadata(work.path().join("all.fieldbook"))?.len();
    println!(
        "export: {sessions} sessions = {} field changes in {export:.2} s, median of {runs} ({}), {:.1} MB (target ≤ 1 s)",
        report.map_or(0, |r| r.changes),
        spread(&exports),
        size as f64 / 1e6
    );
    Ok(())
}
