//! fieldbook-federation: a country office publishes its merged records, cut to a tier, to the
//! organisation's PostgreSQL, where dashboards see every country in one place
//! (docs/federation.md). A publish is one transaction: it sends the rows whose content changed
//! since the office's last publish (by a hash kept with each row), removes the ones that are
//! gone, and moves the office's watermark; killed half-way, it leaves the previous state.

mod connect;
mod error;
mod rows;
mod schema;

pub use connect::Settings;
pub use error::{Error, Result};
pub use schema::{valid_schema_name, SCHEMA_VERSION};

use connect::refused;
use fieldbook_core::progress::{Phase, Progress};
use fieldbook_core::publication::{Gone, GoneReason, PublishSettings};
use fieldbook_core::schema::Entity;
use fieldbook_core::tier::Tier;
use fieldbook_core::Store;
use postgres::{Client, Transaction};
use rows::{Copier, Rows};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
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
            return Err(Error::Restricted);
        }
        if !valid_schema_name(schema) {
            return Err(Error::Settings(format!(
                "{schema:?} is not a plain schema name (lower-case letters, digits and _)"
            )));
        }
        Ok(Target { settings, schema: schema.into(), clearance, label: label.trim().into() })
    }
}

/// Sets its flag when dropped: the end of a publish, however it ends (a panic included).
struct Ended<'a>(&'a AtomicBool);

impl Drop for Ended<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Publishes `store` to `target` in one transaction (see the crate's documentation). From the
/// connection on, a Stop (the person's, or the app locking) is passed to the server as a cancel
/// request, whatever the publish is waiting for.
pub fn publish(store: &Store, target: &Target, progress: &Progress<'_>) -> Result<PublishReport> {
    let mut client = target.settings.connect()?;
    let cancel = client.cancel_token();
    let ended = AtomicBool::new(false);
    let outcome = std::thread::scope(|scope| {
        scope.spawn(|| {
            while !ended.load(Ordering::Relaxed) {
                if progress.cancelled() {
                    target.settings.cancel(&cancel);
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
        });
        let _ended = Ended(&ended);
        publish_on(&mut client, store, target, progress)
    });
    // A stop that broke a statement is reported as the stop it was.
    if outcome.is_err() && progress.cancelled() {
        return Err(fieldbook_core::Error::Cancelled.into());
    }
    outcome
}

fn publish_on(client: &mut Client, store: &Store, target: &Target, progress: &Progress<'_>) -> Result<PublishReport> {
    let mut tx = client.transaction().map_err(refused)?;
    // Bounded waits: another office's publish holding the schema's lock, or a server that stops
    // answering, end this one with a message instead of holding the app (which cannot lock
    // while a publish reads its store).
    tx.batch_execute("SET LOCAL lock_timeout = '2min'; SET LOCAL statement_timeout = '30min';").map_err(refused)?;
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
    let remote_gone = gone_of(&mut tx, office)?;
    // The store is read here while a second thread sends what changed (see `rows`).
    let (send, receive) = std::sync::mpsc::sync_channel(4);
    let copier = Copier::new(&mut tx, office, &remote);
    let (read, sent) = std::thread::scope(|scope| {
        let sending = scope.spawn(move || copier.run(receive));
        let read = {
            let mut rows = Rows::new(&remote, send, progress);
            let read = store.publication(target.clearance, progress, |p| rows.row(p));
            // Dropping `rows` closes the channel: the copier ends, then it can be joined.
            read.and_then(|publication| Ok((publication, rows.finish()?)))
        };
        let sent = sending.join().unwrap_or_else(|_| Err(std::io::Error::other("the sending thread failed").into()));
        (read, sent)
    });
    // A stop, or a failed copy that made the reading side stop too: say which.
    progress.step(Phase::Publishing, 0, Entity::ALL.len() as u64)?;
    let (written, staged) = sent?;
    let (publication, seen) = read?;
    report.watermark = publication.watermark;
    // Before the office's old rows go: a withheld record's note takes the stamp of the row this
    // office published last, never a newer one (the edits of restricted records stay unknown).
    sync_gone(&mut tx, office, &publication.gone, &remote, &remote_gone)?;
    report.removed = rows::finish(&mut tx, office, &staged, &seen, &remote, progress)?;
    report.written = written;
    tx.execute(
        "UPDATE office SET label = $2, clearance = $3, last_seq = $4, fieldbook_version = $5, published_at = now()
         WHERE office_id = $1",
        &[&office, &label, &clearance, &report.watermark, &FIELDBOOK_VERSION],
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
        tx.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '1')", &[]).map_err(refused)?;
        return migrate(tx, 1);
    }
    tx.batch_execute(&format!("SET LOCAL search_path TO \"{schema}\";")).map_err(refused)?;
    let found: Option<String> =
        tx.query_opt("SELECT value FROM meta WHERE key = 'schema_version'", &[]).map_err(refused)?.map(|r| r.get(0));
    let found = found.and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
    if found > SCHEMA_VERSION {
        return Err(Error::SchemaNewer { found, supported: SCHEMA_VERSION });
    }
    migrate(tx, found)
}

/// Brings a database at version `from` to [`SCHEMA_VERSION`], in the publish's transaction.
fn migrate(tx: &mut Transaction<'_>, from: i64) -> Result<()> {
    for to in (from + 1)..=SCHEMA_VERSION {
        tx.batch_execute(&schema::migration(to)).map_err(refused)?;
        tx.execute("UPDATE meta SET value = $1 WHERE key = 'schema_version'", &[&to.to_string()]).map_err(refused)?;
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

type GoneKey = (String, Uuid);
type GoneRows = HashMap<GoneKey, (i64, String)>;

/// The office's `gone` rows in the database.
fn gone_of(tx: &mut Transaction<'_>, office: Uuid) -> Result<GoneRows> {
    let rows =
        tx.query("SELECT kind, id, stamp, reason FROM gone WHERE office_id = $1", &[&office]).map_err(refused)?;
    Ok(rows.iter().map(|r| ((r.get(0), r.get(1)), (r.get(2), r.get(3)))).collect())
}

/// Brings the office's `gone` rows to what the store knows is deleted or restricted, for the
/// records this office has published before (their ids are in the database already): the views
/// then hide other offices' copies, and the database never learns of a record it never had (not
/// even its id, not even as a statement's parameter). A deleted record's note carries the
/// delete's stamp; a restricted one's, the stamp of the row this office last published (the
/// views hide every copy of a restricted record, whatever its stamp, so no newer stamp is
/// needed, and none tells when a restricted record was edited).
fn sync_gone(
    tx: &mut Transaction<'_>,
    office: Uuid,
    gone: &[Gone],
    remote: &rows::Hashes,
    before: &GoneRows,
) -> Result<()> {
    let local: GoneRows = gone
        .iter()
        .filter(|g| {
            let key = (g.entity.name().to_string(), g.id.0);
            remote.get(&g.entity).is_some_and(|r| r.contains_key(&g.id.0)) || before.contains_key(&key)
        })
        .map(|g| {
            let stamp = if g.reason == GoneReason::Deleted { rows::stamp(g.stamp) } else { 0 };
            ((g.entity.name().to_string(), g.id.0), (stamp, g.reason.code().to_string()))
        })
        .collect();
    // A note stays as it was while the record stays gone for the same reason.
    let same = |k: &GoneKey, v: &(i64, String), other: &GoneRows| {
        other.get(k).is_some_and(|o| o.1 == v.1 && (v.1 != "deleted" || o.0 == v.0))
    };
    let stale: Vec<&GoneKey> = before.iter().filter(|(k, v)| !same(k, v, &local)).map(|(k, _)| k).collect();
    let (kinds, ids): (Vec<&str>, Vec<Uuid>) = stale.iter().map(|(k, i)| (k.as_str(), *i)).unzip();
    tx.execute(
        "DELETE FROM gone g USING unnest($2::text[], $3::uuid[]) AS s (kind, id)
         WHERE g.office_id = $1 AND g.kind = s.kind AND g.id = s.id",
        &[&office, &kinds, &ids],
    )
    .map_err(refused)?;
    for entity in Entity::ALL {
        let fresh: Vec<(&GoneKey, &(i64, String))> =
            local.iter().filter(|(k, v)| k.0 == entity.name() && !same(k, v, before)).collect();
        if fresh.is_empty() {
            continue;
        }
        let ids: Vec<Uuid> = fresh.iter().map(|((_, i), _)| *i).collect();
        let stamps: Vec<i64> = fresh.iter().map(|(_, (s, _))| *s).collect();
        let reasons: Vec<&str> = fresh.iter().map(|(_, (_, r))| r.as_str()).collect();
        tx.execute(
            &format!(
                "INSERT INTO gone (office_id, kind, id, stamp, reason)
                 SELECT $1, $2, s.id,
                        CASE s.reason WHEN 'withheld'
                            THEN coalesce((SELECT t.stamp FROM \"{}\" t WHERE t.office_id = $1 AND t.id = s.id), 0)
                            ELSE s.stamp END,
                        s.reason
                 FROM unnest($3::uuid[], $4::bigint[], $5::text[]) AS s (id, stamp, reason)",
                entity.name()
            ),
            &[&office, &entity.name(), &ids, &stamps, &reasons],
        )
        .map_err(refused)?;
    }
    Ok(())
}

/// Checks settings before they are saved: a connection string that parses and holds no
/// password (the store keeps no database password), a plain schema name, a clearance below
/// restricted.
pub fn check_settings(settings: &PublishSettings) -> Result<Target> {
    let parsed = Settings::parse(&settings.url)?;
    if parsed.has_password() {
        return Err(Error::Settings(
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
