//! Federation benchmark (not a test): publishing an office's store to a real PostgreSQL server
//! (started by the benchmark, `fieldbook_tests::postgres`), over TCP with TLS checked, next to
//! `psql \copy` of the same rows over the same kind of connection.
//! Run: `make bench` or `cargo bench -p fieldbook-tests --bench federation`.
//! Sizes: BENCH_SESSIONS (10000) demo sessions, made once and kept in BENCH_FEDERATION_DIR
//! (target/bench-federation); BENCH_RUNS (3) rounds, the publish and the baseline alternating,
//! medians reported.
//! Targets (issue "The federation view"): a full publish into an empty database ≤ 2× `psql
//! \copy` of the same rows; the incremental publish of 1% changes is reported beside it.

use anyhow::{ensure, Result};
use fieldbook_core::progress::Progress;
use fieldbook_core::publication::PublishSettings;
use fieldbook_core::tier::Tier;
use fieldbook_core::{Entity, Passphrase, RecordId, Store};
use fieldbook_federation::{publish, target_of, PublishReport};
use fieldbook_tests::bench::{env, PASS};
use fieldbook_tests::postgres::{PgServer, OFFICE_PASSWORD};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn target(pg: &PgServer, schema: &str) -> Result<fieldbook_federation::Target> {
    let settings = PublishSettings {
        url: pg.office_url(),
        schema: schema.into(),
        clearance: Tier::Internal,
        label: "benchmark office".into(),
    };
    Ok(target_of(&settings, Some(OFFICE_PASSWORD))?)
}

fn timed_publish(store: &Store, pg: &PgServer, schema: &str) -> Result<(f64, PublishReport)> {
    let t = target(pg, schema)?;
    let started = Instant::now();
    let report = publish(store, &t, &Progress::none())?;
    Ok((started.elapsed().as_secs_f64(), report))
}

/// `psql` as the office, over TCP and TLS like the publish, running `script`; its seconds.
fn timed_psql(pg: &PgServer, script: &Path) -> Result<f64> {
    let started = Instant::now();
    let out = Command::new("psql")
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-f"])
        .arg(script)
        .arg(pg.office_url())
        .env("PGPASSWORD", OFFICE_PASSWORD)
        .output()?;
    let secs = started.elapsed().as_secs_f64();
    ensure!(out.status.success(), "psql: {}", String::from_utf8_lossy(&out.stderr));
    Ok(secs)
}

/// The tables a publish writes, from its schema.
fn tables() -> Vec<&'static str> {
    Entity::ALL.iter().map(|e| e.name()).chain(["gone"]).collect()
}

/// Writes the rows of `schema` (those changed after `since`, in ms, when given) as CSV files,
/// and a psql script that loads them into a fresh copy of the tables (same columns and keys)
/// in schema `into`; the copy is made before timing, the loading is what is timed.
fn baseline(pg: &PgServer, dir: &Path, schema: &str, into: &str, since: Option<i64>) -> Result<(PathBuf, u64)> {
    let mut setup = format!("DROP SCHEMA IF EXISTS {into} CASCADE; CREATE SCHEMA {into};\n");
    let mut load = String::new();
    let mut rows = 0;
    for t in tables() {
        let file = dir.join(format!("{into}-{t}.csv"));
        let filter = match (since, t) {
            (Some(ms), t) if t != "gone" => format!(" WHERE changed_at > to_timestamp({ms} / 1000.0)"),
            (Some(_), _) => " WHERE false".into(),
            (None, _) => String::new(),
        };
        let n: u64 = pg.query(&format!("SELECT count(*) FROM {schema}.\"{t}\"{filter}"))?.trim().parse()?;
        rows += n;
        pg.query(&format!("COPY (SELECT * FROM {schema}.\"{t}\"{filter}) TO '{}' (FORMAT csv)", file.display()))?;
        setup.push_str(&format!("CREATE TABLE {into}.\"{t}\" (LIKE {schema}.\"{t}\" INCLUDING ALL);\n"));
        load.push_str(&format!("\\copy {into}.\"{t}\" FROM '{}' (FORMAT csv)\n", file.display()));
    }
    pg.query(&format!("{setup} ALTER SCHEMA {into} OWNER TO fieldbook_offices;"))?;
    for t in tables() {
        pg.query(&format!("ALTER TABLE {into}.\"{t}\" OWNER TO fieldbook_offices"))?;
    }
    let script = dir.join(format!("{into}.sql"));
    std::fs::write(&script, load)?;
    Ok((script, rows))
}

/// Changes 1% of the sessions: a note on each, and a priority's votes. The values are new on
/// every run (the store is kept between runs).
fn change_one_percent(store: &mut Store, round: usize) -> Result<()> {
    let run = chrono::Utc::now().timestamp_millis();
    let sessions = store.list(Entity::Session)?;
    let step = 100;
    for s in sessions.iter().step_by(step) {
        let Some(id) = s["id"].as_str().and_then(|i| i.parse::<RecordId>().ok()) else { continue };
        let note = json!({ "notes": format!("Follow-up {run}-{round}: the union will confirm the date.") });
        store.update(Entity::Session, id, note.as_object().cloned().unwrap_or_default())?;
        if let Some(p) = store.children(Entity::Priority, "session_id", id)?.first() {
            let pid = p["id"].as_str().and_then(|i| i.parse::<RecordId>().ok());
            if let Some(pid) = pid {
                let votes = json!({ "votes": run % 1000 + round as i64 });
                store.update(Entity::Priority, pid, votes.as_object().cloned().unwrap_or_default())?;
            }
        }
    }
    Ok(())
}

fn main() -> Result<()> {
    let sessions = env("BENCH_SESSIONS", 10_000);
    let runs = env("BENCH_RUNS", 3).max(1);
    let keep = std::env::var_os("BENCH_FEDERATION_DIR")
        .map_or_else(|| fieldbook_tests::workspace().join("target/bench-federation"), PathBuf::from);
    let dir = keep.join(format!("office-{sessions}"));
    if !dir.join("fieldbook.db").is_file() {
        eprintln!("making the office store: {sessions} demo sessions (kept for later runs)…");
        let _ = std::fs::remove_dir_all(&dir);
        let mut store = Store::init(&dir, &Passphrase::new(PASS))?;
        fieldbook_core::demo::generate(&mut store, sessions, 1)?;
    }
    let mut store = Store::open(&dir, &Passphrase::new(PASS))?;
    // Where the publish's time goes on this side: reading and cutting the store alone.
    if std::env::var_os("BENCH_PROFILE_CUT").is_some() {
        for _ in 0..2 {
            let t = Instant::now();
            let mut n = 0;
            let gone = store.publication(Tier::Internal, &Progress::none(), |_| {
                n += 1;
                Ok(())
            })?;
            eprintln!("publication: {n} rows, {} gone, {:.2} s", gone.gone.len(), t.elapsed().as_secs_f64());
            let t = Instant::now();
            let mut n = 0;
            store.cut(
                Tier::Internal,
                &Progress::none(),
                |_| {
                    n += 1;
                    Ok(())
                },
                |_, _, _| Ok(()),
            )?;
            eprintln!("cut: {n} rows {:.2} s", t.elapsed().as_secs_f64());
            let t = Instant::now();
            let listed: usize = Entity::ALL.iter().map(|e| store.list(*e).map(|l| l.len())).sum::<Result<_, _>>()?;
            eprintln!("list: {listed} records {:.2} s", t.elapsed().as_secs_f64());
        }
        return Ok(());
    }
    let pg = PgServer::start()?;
    let files = tempfile::tempdir()?;
    // The server (running as another user when this runs as root) writes the CSV files.
    let _ = Command::new("chmod").arg("777").arg(files.path()).status();

    // Full publish into an empty schema, then psql \copy of the same rows, alternating.
    let (mut full, mut copy) = (vec![], vec![]);
    let mut report = PublishReport::default();
    for round in 0..runs {
        let (secs, r) = timed_publish(&store, &pg, &format!("fb_{round}"))?;
        full.push(secs);
        report = r;
        let (script, rows) = baseline(&pg, files.path(), &format!("fb_{round}"), &format!("copy_{round}"), None)?;
        copy.push(timed_psql(&pg, &script)?);
        eprintln!("round {round}: publish {secs:.2} s, psql \\copy {:.2} s ({rows} rows)", copy[round]);
    }
    let rows: u64 = report.rows.iter().map(|(_, n)| n).sum();
    let values: u64 = Entity::ALL.iter().zip(&report.rows).map(|(e, (_, n))| n * e.fields().len() as u64).sum();

    // 1% changed: the incremental publish, then psql \copy of the rows it wrote.
    let (mut inc, mut inc_copy, mut inc_rows) = (vec![], vec![], 0);
    for round in 0..runs {
        let before = chrono::Utc::now().timestamp_millis();
        change_one_percent(&mut store, round)?;
        let (secs, r) = timed_publish(&store, &pg, "fb_0")?;
        ensure!(!r.unchanged && r.written > 0, "the incremental publish wrote nothing: {r:?}");
        inc.push(secs);
        inc_rows = r.written;
        let (script, _) = baseline(&pg, files.path(), "fb_0", &format!("inc_{round}"), Some(before))?;
        inc_copy.push(timed_psql(&pg, &script)?);
    }
    let (full_m, copy_m) = (median(full), median(copy));
    let (inc_m, inc_copy_m) = (median(inc), median(inc_copy));
    println!("federation: {sessions} sessions, {rows} rows, {values} field values, {runs} rounds (medians)");
    println!(
        "full publish      {full_m:>7.2} s   psql \\copy {copy_m:>6.2} s   ratio {:.2}× (target ≤ 2×)",
        full_m / copy_m
    );
    println!(
        "1% incremental    {inc_m:>7.2} s   psql \\copy {inc_copy_m:>6.2} s   ({inc_rows} rows written; ratio {:.2}×)",
        inc_m / inc_copy_m
    );
    Ok(())
}
