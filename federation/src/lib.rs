//! fieldbook-federation: a country office publishes its merged records, cut to a tier, to the
//! organisation's PostgreSQL, where dashboards see every country in one place
//! (docs/federation.md). A publish is one transaction: it sends the rows whose content changed
//! since the office's last publish (by a hash kept with each row), removes the ones that are
//! gone, and moves the office's watermark; killed half-way, it leaves the previous state.

mod connect;
mod rows;
mod schema;

pub use connect::Settings;
pub use schema::{valid_schema_name, SCHEMA_VERSION};

use connect::refused;
use fieldbook_core::progress::{Phase, Progress};
use fieldbook_core::publication::{Gone, PublishSettings};
use fieldbook_core::schema::Entity;
use fieldbook_core::tier::Tier;
use fieldbook_core::{Error, Result, Store};
use postgres::Transaction;
use rows::{Copier, Rows};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// The Fieldbook version stamped on each publish: a new version may cut differently, so it
/// publishes in full once.
pub const FIELDBOOK_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where to publish and what.
#[derive(Debug, Clone)]
pub struct Target {
    /// The connection.
    pub settings: Settings,
    /// The PostgreSQL schema holding Fieldbook's tables (`fieldbook` by default).
    pub schema: String,
    /// The most sensitive tier published: share-back or internal, never restricted.
    pub clearance: Tier,
    /// A name for this office in the organisation's database (its fingerprint when empty).
    pub label: String,
}

/// What a publish did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PublishReport {
    /// `host:port`.
    pub server: String,
    /// The schema.
    pub schema: String,
    /// This office's id in the database.
    pub office_id: String,
    /// Nothing changed since the last publish: nothing was written.
    pub unchanged: bool,
    /// Rows written (new or changed).
    pub written: u64,
    /// Rows removed (deleted here, or now above the tier).
    pub removed: u64,
    /// Rows this office has in the database after the publish, per kind.
    pub rows: Vec<(String, u64)>,
    /// The office's watermark after the publish.
    pub watermark: i64,
}

impl Target {
    /// A target, refusing a restricted clearance and a schema name that is not plain.
    pub fn new(settings: Settings, schema: &str, clearance: Tier, label: &str) -> Result<Target> {
        if clearance == Tier::Restricted {
            return Err(Error::PublishRestricted);
        }
        if !valid_schema_name(schema) {
            return Err(Error::PublishSettings(format!(
                "{schema:?} is not a plain schema name (lower-case letters, digits and _)"
            )));
        }
        Ok(Target { settings, schema: schema.into(), clearance, label: label.trim().into() })
    }
}

/// Publishes `store` to `target` in one transaction (see the crate's documentation).
pub fn publish(store: &Store, target: &Target, progress: &Progress<'_>) -> Result<PublishReport> {
    let mut client = target.settings.connect()?;
    let mut tx = client.transaction().map_err(refused)?;
    let office = store.device_id().0;
    let mut report = PublishReport {
        server: target.settings.server(),
        schema: target.schema.clone(),
        office_id: office.to_string(),
        ..PublishReport::default()
    };
    // One publish at a time per schema: two offices making the tables at once would collide.
    tx.execute("SELECT pg_advisory_xact_lock(hashtext('fieldbook:' || $1))", &[&target.schema]).map_err(refused)?;
    ensure_schema(&mut tx, &target.schema)?;
    let watermark = store.arrival_watermark()?;
    report.watermark = watermark;
    let label = if target.label.is_empty() { store.keys().fingerprint() } else { target.label.clone() };
    let clearance = target.clearance.to_string();
    let last = tx
        .query_opt(
            "SELECT last_seq, clearance, fieldbook_version, label FROM office WHERE office_id = $1 FOR UPDATE",
            &[&office],
        )
        .map_err(refused)?;
    let same = last.as_ref().is_some_and(|r| {
        r.get::<_, i64>(0) == watermark
            && r.get::<_, String>(1) == clearance
            && r.get::<_, String>(2) == FIELDBOOK_VERSION
            && r.get::<_, String>(3) == label
    });
    if same {
        report.unchanged = true;
        report.rows = office_rows(&mut tx, office)?;
        return Ok(report);
    }
    tx.execute(
        "INSERT INTO office (office_id, fingerprint, label, clearance, last_seq, fieldbook_version, published_at)
         VALUES ($1, $2, $3, $4, -1, $5, now()) ON CONFLICT (office_id) DO NOTHING",
        &[&office, &store.keys().fingerprint(), &label, &clearance, &FIELDBOOK_VERSION],
    )
    .map_err(refused)?;

    let remote = rows::remote_hashes(&mut tx, office)?;
    // The store is read here while a second thread sends what changed (see `rows`).
    let (send, receive) = std::sync::mpsc::sync_channel(4);
    let copier = Copier::new(&mut tx, office, &remote);
    let (read, sent) = std::thread::scope(|scope| {
        let sending = scope.spawn(move || copier.run(receive));
        let mut rows = Rows::new(&remote, send);
        let read =
            store.publication(target.clearance, progress, |p| rows.row(p)).and_then(|gone| Ok((gone, rows.finish()?)));
        // The copier ends when `rows` (and with it the channel) is dropped.
        let sent = sending.join().unwrap_or_else(|_| Err(Error::PublishSettings("the sending thread failed".into())));
        (read, sent)
    });
    // A failed copy makes the reading side stop too: the copy's error is the one to report.
    let (written, staged) = sent?;
    let (gone, seen) = read?;
    let removed = rows::finish(&mut tx, office, &staged, &seen, &remote, progress)?;
    report.written = written;
    report.removed = removed + sync_gone(&mut tx, office, &gone)?;
    tx.execute(
        "UPDATE office SET label = $2, clearance = $3, last_seq = $4, fieldbook_version = $5, published_at = now()
         WHERE office_id = $1",
        &[&office, &label, &clearance, &watermark, &FIELDBOOK_VERSION],
    )
    .map_err(refused)?;
    // Last, so that a publish waiting here (another one holding the log) still has all or
    // nothing to commit.
    tx.execute(
        "INSERT INTO publish_log (office_id, clearance, fieldbook_version, rows_written, rows_removed)
         VALUES ($1, $2, $3, $4, $5)",
        &[&office, &clearance, &FIELDBOOK_VERSION, &(report.written as i64), &(report.removed as i64)],
    )
    .map_err(refused)?;
    report.rows = office_rows(&mut tx, office)?;
    progress.step(Phase::Publishing, Entity::ALL.len() as u64, Entity::ALL.len() as u64)?;
    tx.commit().map_err(refused)?;
    Ok(report)
}

/// Makes the schema on the first publish; refuses one made by a newer Fieldbook. Leaves
/// `search_path` on the schema for the rest of the transaction.
fn ensure_schema(tx: &mut Transaction<'_>, schema: &str) -> Result<()> {
    let meta = format!("\"{schema}\".meta");
    let exists: bool = tx.query_one("SELECT to_regclass($1) IS NOT NULL", &[&meta]).map_err(refused)?.get(0);
    if !exists {
        tx.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS \"{schema}\"; SET LOCAL search_path TO \"{schema}\";"))
            .map_err(refused)?;
        tx.batch_execute(&schema::version_1()).map_err(refused)?;
        tx.execute("INSERT INTO meta (key, value) VALUES ('schema_version', $1)", &[&SCHEMA_VERSION.to_string()])
            .map_err(refused)?;
        return Ok(());
    }
    tx.batch_execute(&format!("SET LOCAL search_path TO \"{schema}\";")).map_err(refused)?;
    let found: Option<String> =
        tx.query_opt("SELECT value FROM meta WHERE key = 'schema_version'", &[]).map_err(refused)?.map(|r| r.get(0));
    let found = found.and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
    if found > SCHEMA_VERSION {
        return Err(Error::PublishSchemaNewer { found, supported: SCHEMA_VERSION });
    }
    Ok(())
}

/// How many rows this office has in each table.
fn office_rows(tx: &mut Transaction<'_>, office: Uuid) -> Result<Vec<(String, u64)>> {
    let mut out = vec![];
    for entity in Entity::ALL {
        let sql = format!("SELECT count(*) FROM \"{}\" WHERE office_id = $1", entity.name());
        let n: i64 = tx.query_one(&sql, &[&office]).map_err(refused)?.get(0);
        out.push((entity.name().to_string(), u64::try_from(n).unwrap_or_default()));
    }
    Ok(out)
}

/// Brings the office's `gone` rows to what the store knows is gone. A withheld record is noted
/// only when some office has published it (to hide that older copy): the database never learns
/// that a restricted record exists otherwise. Returns how many entries went away.
fn sync_gone(tx: &mut Transaction<'_>, office: Uuid, gone: &[Gone]) -> Result<u64> {
    type Key = (String, Uuid);
    let mut remote: HashMap<Key, (i64, String)> = HashMap::new();
    for r in tx.query("SELECT kind, id, stamp, reason FROM gone WHERE office_id = $1", &[&office]).map_err(refused)? {
        remote.insert((r.get(0), r.get(1)), (r.get(2), r.get(3)));
    }
    let local: HashMap<Key, (i64, String)> = gone
        .iter()
        .map(|g| ((g.entity.name().to_string(), g.id.0), (rows::stamp(g.stamp), g.reason.code().to_string())))
        .collect();
    let stale: HashSet<&Key> = remote.iter().filter(|(k, v)| local.get(*k) != Some(v)).map(|(k, _)| k).collect();
    let fresh: Vec<(&Key, &(i64, String))> = local.iter().filter(|(k, v)| remote.get(*k) != Some(v)).collect();
    let (kinds, ids): (Vec<&str>, Vec<Uuid>) = stale.iter().map(|(k, i)| (k.as_str(), *i)).unzip();
    let removed = tx
        .execute(
            "DELETE FROM gone g USING unnest($2::text[], $3::uuid[]) AS s (kind, id)
             WHERE g.office_id = $1 AND g.kind = s.kind AND g.id = s.id",
            &[&office, &kinds, &ids],
        )
        .map_err(refused)?;
    for entity in Entity::ALL {
        let of_kind: Vec<_> = fresh.iter().filter(|((k, _), _)| k == entity.name()).collect();
        if of_kind.is_empty() {
            continue;
        }
        let ids: Vec<Uuid> = of_kind.iter().map(|((_, i), _)| *i).collect();
        let stamps: Vec<i64> = of_kind.iter().map(|(_, (s, _))| *s).collect();
        let reasons: Vec<&str> = of_kind.iter().map(|(_, (_, r))| r.as_str()).collect();
        tx.execute(
            &format!(
                "INSERT INTO gone (office_id, kind, id, stamp, reason)
                 SELECT $1, $2, s.id, s.stamp, s.reason
                 FROM unnest($3::uuid[], $4::bigint[], $5::text[]) AS s (id, stamp, reason)
                 WHERE s.reason = 'deleted' OR EXISTS (SELECT 1 FROM \"{}\" t WHERE t.id = s.id)",
                entity.name()
            ),
            &[&office, &entity.name(), &ids, &stamps, &reasons],
        )
        .map_err(refused)?;
    }
    Ok(removed)
}

/// Checks settings before they are saved: a connection string that parses and holds no
/// password (the store keeps no database password), a plain schema name, a clearance below
/// restricted.
pub fn check_settings(settings: &PublishSettings) -> Result<Target> {
    let parsed = Settings::parse(&settings.url)?;
    if parsed.has_password() {
        return Err(Error::PublishSettings(
            "remove the password from the connection string: Fieldbook asks for it when publishing, \
             or reads PGPASSWORD"
                .into(),
        ));
    }
    Target::new(parsed, &settings.schema, settings.clearance, &settings.label)
}

/// The target of saved settings, with the password typed for this publish (or `PGPASSWORD`).
pub fn target_of(settings: &PublishSettings, password: Option<&str>) -> Result<Target> {
    let mut target = check_settings(settings)?;
    if let Some(p) = password.filter(|p| !p.is_empty()).map(str::to_string).or_else(|| std::env::var("PGPASSWORD").ok())
    {
        target.settings.set_password(&p);
    }
    Ok(target)
}
