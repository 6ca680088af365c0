//! The federation view against a real PostgreSQL server that the tests start themselves
//! (`fieldbook_tests::postgres`): two country offices that merged the same facilitator's
//! bundles publish with the real CLI, over TLS with the server's certificate checked and a
//! password from `PGPASSWORD`; the organisation's views show each record once at its newest
//! state; nothing restricted (or internal, at share-back) is in any table; a re-publish is a
//! no-op; edits and deletes arrive; a publish killed half-way leaves the previous state.

use anyhow::{bail, Result};
use fieldbook_tests::postgres::{PgServer, OFFICE_PASSWORD, SECOND_OFFICE_USER};
use fieldbook_tests::{cli, cli_binary, cli_output, workspace};
use serde_json::Value as Json;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PASS: &str = "federation test passphrase";
/// Restricted: the identity of the person at risk and the risk itself (tests/tiers.rs).
const RESTRICTED: &[&str] = &["Dolores", "Quispe", "Cleaners' collective", "retaliation"];
/// Internal: someone who did not consent to be named.
const INTERNAL: &[&str] = &["Kalinda", "Night-shift carers"];
/// Share-back.
const SHARE_BACK: &[&str] = &["Amina Rahman", "We need contracts"];
const FIXTURE_SESSION: &str = "0190a000-0000-7000-8000-000000000001";
/// The fixture's risk (restricted by default): not even its id may reach the database.
const FIXTURE_RISK: &str = "0190a000-0000-7000-8000-000000000051";

fn env() -> [(&'static str, &'static str); 1] {
    [("PGPASSWORD", OFFICE_PASSWORD)]
}

/// `fieldbook-cli publish --postgres URL ARGS…` with the office's password.
fn publish(dir: &Path, url: &str, args: &[&str]) -> Result<String> {
    let mut all = vec!["publish", "--postgres", url];
    all.extend_from_slice(args);
    let out = cli_output(dir, PASS, "en", &env(), &all)?;
    if !out.status.success() {
        bail!("publish failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    Ok(String::from_utf8(out.stdout)?)
}

/// The message of a publish that must fail.
fn publish_error(dir: &Path, url: &str, password: &str, args: &[&str]) -> Result<String> {
    let mut all = vec!["publish", "--postgres", url];
    all.extend_from_slice(args);
    let out = cli_output(dir, PASS, "en", &[("PGPASSWORD", password)], &all)?;
    assert!(!out.status.success(), "publish should fail: {}", String::from_utf8_lossy(&out.stdout));
    Ok(String::from_utf8(out.stderr)?)
}

fn recipient(dir: &Path) -> Result<String> {
    let id: Json = serde_json::from_str(&cli(dir, PASS, &["identity", "show", "--json"])?)?;
    Ok(id["age_recipient"].as_str().unwrap_or_default().to_string())
}

/// A facilitator's store with the at-risk session and some demo sessions.
fn field_store(dir: &Path) -> Result<()> {
    cli(dir, PASS, &["init"])?;
    let fixture = workspace().join("tests/fixtures/at-risk-session.json");
    cli(dir, PASS, &["sessions", "put", "--from-json", &fixture.display().to_string()])?;
    cli(dir, PASS, &["demo-data", "--sessions", "4"])?;
    Ok(())
}

/// Sends what `field` has that `office` has not seen (cleared for everything, as an office is).
fn send(field: &Path, office: &Path, name: &str) -> Result<()> {
    let to = recipient(office)?;
    let bundle = field.join(format!("{name}.fieldbook"));
    cli(field, PASS, &["export", "--to", &to, "--out", &bundle.display().to_string()])?;
    cli(office, PASS, &["import", "--trust-new-devices", &bundle.display().to_string()])?;
    Ok(())
}

fn office(field: &Path, label: &str) -> Result<tempfile::TempDir> {
    let office = tempfile::tempdir()?;
    cli(office.path(), PASS, &["init"])?;
    let to = recipient(office.path())?;
    cli(field, PASS, &["recipients", "add", &to, "--label", label, "--clearance", "restricted"])?;
    send(field, office.path(), label)?;
    Ok(office)
}

/// Every table of the schema as text, optionally only one office's rows.
fn all_text(pg: &PgServer, office: Option<&str>) -> Result<String> {
    let tables = pg.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'fieldbook'")?;
    let mut text = String::new();
    for table in tables.lines().filter(|t| !t.is_empty()) {
        let filter = match office {
            Some(id) if table != "meta" => format!(" WHERE t::text LIKE '%{id}%'"),
            _ => String::new(),
        };
        text.push_str(&pg.query(&format!("SELECT t::text FROM fieldbook.\"{table}\" t{filter}"))?);
    }
    Ok(text)
}

/// An office store with `sessions` demo sessions.
fn demo_office(sessions: usize) -> Result<tempfile::TempDir> {
    let office = tempfile::tempdir()?;
    cli(office.path(), PASS, &["init"])?;
    cli(office.path(), PASS, &["demo-data", "--sessions", &sessions.to_string()])?;
    Ok(office)
}

fn office_id(pg: &PgServer, label: &str) -> Result<String> {
    Ok(pg.query(&format!("SELECT office_id FROM fieldbook.office WHERE label = '{label}'"))?.trim().to_string())
}

fn count(pg: &PgServer, sql: &str) -> Result<i64> {
    Ok(pg.query(sql)?.trim().parse()?)
}

/// The session document with `edit` applied, written back.
fn edit_session(dir: &Path, edit: impl FnOnce(&mut Json)) -> Result<()> {
    let mut doc: Json = serde_json::from_str(&cli(dir, PASS, &["sessions", "show", FIXTURE_SESSION, "--json"])?)?;
    edit(&mut doc);
    let file = dir.join("edited.json");
    std::fs::write(&file, serde_json::to_vec(&doc)?)?;
    cli(dir, PASS, &["sessions", "put", "--from-json", &file.display().to_string()])?;
    Ok(())
}

#[test]
fn two_offices_publish_and_the_organisation_sees_each_record_once_at_its_newest() -> Result<()> {
    let pg = PgServer::start()?;
    let url = pg.office_url();
    // Each office logs in as its own database user (docs/federation.md).
    let quito_url = pg.url_as(SECOND_OFFICE_USER);
    let field = tempfile::tempdir()?;
    field_store(field.path())?;
    let lima = office(field.path(), "lima")?;
    let quito = office(field.path(), "quito")?;

    let said = publish(lima.path(), &url, &["--label", "lima"])?;
    assert!(said.contains("rows written"), "{said}");
    publish(quito.path(), &quito_url, &["--label", "quito"])?;
    let sessions = count(&pg, "SELECT count(*) FROM fieldbook.current_session")?;
    assert_eq!(sessions, 5, "each session once in the organisation's view");
    assert_eq!(count(&pg, "SELECT count(*) FROM fieldbook.session")?, 10, "each office keeps its own rows");
    assert_eq!(count(&pg, "SELECT count(DISTINCT office_id) FROM fieldbook.session")?, 2);

    // Cut at internal: nothing restricted anywhere, the internal words are there.
    let text = all_text(&pg, None)?;
    for w in RESTRICTED.iter().chain([&FIXTURE_RISK]) {
        assert!(!text.contains(w), "restricted {w:?} published");
    }
    assert_eq!(count(&pg, "SELECT count(*) FROM fieldbook.gone")?, 0, "never-published records leave no trace");
    for w in INTERNAL.iter().chain(SHARE_BACK) {
        assert!(text.contains(w), "{w:?} should be published at internal");
    }
    // Dashboard views answer.
    for view in ["sessions_per_month", "priorities_by_theme", "support_by_role", "overdue_support", "check_ins_due"] {
        pg.query(&format!("SELECT count(*) FROM fieldbook.{view}"))?;
    }
    assert!(count(&pg, "SELECT sum(sessions) FROM fieldbook.sessions_per_month")? >= 5);
    // The organisation's check-ins view says what the office's own app says.
    let due = cli(lima.path(), PASS, &["checkins", "due"])?.matches("due since").count() as i64;
    assert_eq!(count(&pg, "SELECT count(*) FROM fieldbook.check_ins_due")?, due);

    // Publishing again with nothing new writes nothing.
    let before = pg.query("SELECT t::text FROM fieldbook.priority t ORDER BY 1")?;
    let runs = count(&pg, "SELECT count(*) FROM fieldbook.publish_log")?;
    let said = publish(lima.path(), &url, &["--label", "lima"])?;
    assert!(said.contains("Nothing changed"), "{said}");
    assert_eq!(count(&pg, "SELECT count(*) FROM fieldbook.publish_log")?, runs);
    assert_eq!(pg.query("SELECT t::text FROM fieldbook.priority t ORDER BY 1")?, before);

    // An edit reaches Quito only: its newer copy is the one the organisation sees.
    edit_session(field.path(), |doc| doc["priorities"][0]["title"] = Json::from("Contracts for every worker"))?;
    send(field.path(), quito.path(), "quito-2")?;
    let said = publish(quito.path(), &quito_url, &["--label", "quito"])?;
    assert!(said.contains(" 1 rows written") || said.contains(": 1 rows written"), "{said}");
    let titles = pg.query("SELECT title FROM fieldbook.current_priority")?;
    assert!(titles.contains("Contracts for every worker"), "{titles}");
    let lima_id = office_id(&pg, "lima")?;
    let old = pg.query(&format!(
        "SELECT count(*) FROM fieldbook.priority WHERE office_id = '{lima_id}' AND title LIKE 'Contracts for every%'"
    ))?;
    assert_eq!(old.trim(), "0", "Lima has not merged the edit yet");

    // A delete reaches Lima only: its tombstone hides Quito's older copy.
    let mut deleted = String::new();
    edit_session(field.path(), |doc| {
        let quotes = doc["quotes"].as_array_mut().expect("quotes");
        let idx =
            quotes.iter().position(|q| q["text"].as_str().is_some_and(|t| t.contains("contracts"))).expect("quote");
        deleted = quotes.remove(idx)["id"].as_str().unwrap_or_default().to_string();
    })?;
    send(field.path(), lima.path(), "lima-2")?;
    let said = publish(lima.path(), &url, &["--label", "lima"])?;
    assert!(said.contains("1 removed"), "{said}");
    assert_eq!(
        count(
            &pg,
            &format!("SELECT count(*) FROM fieldbook.quote WHERE id = '{deleted}' AND office_id = '{lima_id}'")
        )?,
        0
    );
    assert_eq!(count(&pg, &format!("SELECT count(*) FROM fieldbook.quote WHERE id = '{deleted}'"))?, 1, "Quito's copy");
    assert_eq!(count(&pg, &format!("SELECT count(*) FROM fieldbook.current_quote WHERE id = '{deleted}'"))?, 0);
    assert_eq!(
        count(&pg, &format!("SELECT count(*) FROM fieldbook.gone WHERE id = '{deleted}' AND reason = 'deleted'"))?,
        1
    );

    // Lima publishes at share-back: its internal values leave the database, Quito's stay.
    publish(lima.path(), &url, &["--label", "lima", "--clearance", "share-back"])?;
    let lima_text = all_text(&pg, Some(&lima_id))?;
    for w in INTERNAL.iter().chain(RESTRICTED) {
        assert!(!lima_text.contains(w), "{w:?} published at share-back");
    }
    assert!(lima_text.contains("Amina Rahman"), "share-back values stay");
    let all = all_text(&pg, None)?;
    assert!(all.contains("Kalinda"), "Quito still publishes at internal");
    for w in RESTRICTED.iter().chain([&FIXTURE_RISK]) {
        assert!(!all.contains(w), "restricted {w:?} published");
    }

    // The session is made restricted, and only Lima has heard: Lima's rows of it go, and its
    // note that they are restricted hides Quito's older copies (the session and its items).
    edit_session(field.path(), |doc| doc["session"]["tier"] = Json::from("restricted"))?;
    send(field.path(), lima.path(), "lima-3")?;
    publish(lima.path(), &url, &["--label", "lima"])?;
    let of_session =
        |view: &str| format!("SELECT count(*) FROM fieldbook.{view} WHERE session_id = '{FIXTURE_SESSION}'");
    assert_eq!(
        count(&pg, &format!("SELECT count(*) FROM fieldbook.current_session WHERE id = '{FIXTURE_SESSION}'"))?,
        0
    );
    for view in ["current_participant", "current_question", "current_quote", "current_priority", "current_support"] {
        assert_eq!(count(&pg, &of_session(view))?, 0, "{view} still shows Quito's copy");
    }
    assert!(count(&pg, &of_session("priority"))? > 0, "Quito's rows stay its own");
    assert!(count(&pg, "SELECT count(*) FROM fieldbook.gone WHERE reason = 'withheld'")? > 0);
    Ok(())
}

#[test]
fn a_publish_killed_half_way_leaves_the_previous_state_and_the_next_one_completes() -> Result<()> {
    let pg = PgServer::start()?;
    let url = pg.office_url();
    let office = demo_office(20)?;
    publish(office.path(), &url, &[])?;
    cli(office.path(), PASS, &["demo-data", "--sessions", "30", "--seed", "2"])?;
    let snapshot = || {
        pg.query("SELECT (SELECT count(*) FROM fieldbook.session), (SELECT count(*) FROM fieldbook.publish_log), (SELECT last_seq FROM fieldbook.office)")
    };
    let before = snapshot()?;

    // Another session holds the publish log, so the publish waits at its very last statement,
    // with every row written in its transaction; then it is killed.
    let mut holder = Command::new("psql")
        .args(["-X", "-q", "-U", "postgres", "-h"])
        .arg(pg.socket())
        .args(["-p", &pg.port.to_string(), "-d", "federation"])
        .env("PGAPPNAME", "lock-holder")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()?;
    {
        use std::io::Write;
        let stdin = holder.stdin.as_mut().expect("stdin");
        writeln!(stdin, "BEGIN; LOCK TABLE fieldbook.publish_log IN SHARE MODE; SELECT pg_sleep(600);")?;
        stdin.flush()?;
    }
    let mut publishing = Command::new(cli_binary())
        .arg("--data-dir")
        .arg(office.path())
        .args(["publish", "--postgres", &url])
        .env("FIELDBOOK_PASSPHRASE", PASS)
        .env("PGPASSWORD", OFFICE_PASSWORD)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let started = Instant::now();
    loop {
        let waiting = pg.query(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'fieldbook' AND wait_event_type = 'Lock'",
        )?;
        if waiting.trim() == "1" {
            break;
        }
        if started.elapsed() > Duration::from_secs(120) || publishing.try_wait()?.is_some() {
            let _ = holder.kill();
            bail!("the publish never reached its last statement\n{}", pg.log());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    publishing.kill()?;
    publishing.wait()?;
    // The holder sleeps inside the server: end its session there, which releases the lock.
    pg.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'lock-holder'")?;
    holder.kill()?;
    holder.wait()?;
    // The server ends the killed client's transaction: nothing of it is visible.
    let started = Instant::now();
    while pg.query("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'fieldbook'")?.trim() != "0" {
        assert!(started.elapsed() < Duration::from_secs(60), "the killed publish's session never ended");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(snapshot()?, before, "a killed publish left part of itself");

    // Stopped by the person (the app's Stop): the same.
    {
        let store = fieldbook_core::Store::open(office.path(), &fieldbook_core::Passphrase::new(PASS))?;
        let settings = fieldbook_core::publication::PublishSettings {
            url: url.clone(),
            schema: "fieldbook".into(),
            clearance: fieldbook_core::tier::Tier::Internal,
            label: String::new(),
        };
        let target = fieldbook_federation::target_of(&settings, Some(OFFICE_PASSWORD))?;
        let stop = std::sync::atomic::AtomicBool::new(false);
        let report = |step: fieldbook_core::progress::Step| {
            // Once the rows are sent: the stop then comes as late as it can.
            if step.phase == fieldbook_core::progress::Phase::Publishing {
                stop.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        };
        let progress = fieldbook_core::progress::Progress::new(&report, &stop);
        let err = fieldbook_federation::publish(&store, &target, &progress).err().map(|e| e.code());
        assert_eq!(err, Some("cancelled"));
    }
    assert_eq!(snapshot()?, before, "a stopped publish left part of itself");

    let said = publish(office.path(), &url, &[])?;
    assert!(said.contains("rows written"), "{said}");
    assert_eq!(count(&pg, "SELECT count(*) FROM fieldbook.current_session")?, 50);
    assert!(publish(office.path(), &url, &[])?.contains("Nothing changed"));
    Ok(())
}

#[test]
fn bad_passwords_servers_schemas_and_tiers_get_messages_that_say_what_to_fix() -> Result<()> {
    let pg = PgServer::start()?;
    let url = pg.office_url();
    let office = demo_office(2)?;

    let err = publish_error(office.path(), &url, "not the password", &[])?;
    assert!(err.contains("did not accept the password of user office"), "{err}");

    let closed = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let nowhere = url.replace(&format!(":{}/", pg.port), &format!(":{closed}/"));
    let err = publish_error(office.path(), &nowhere, OFFICE_PASSWORD, &[])?;
    assert!(err.contains("cannot reach the organisation's database"), "{err}");

    // The server's certificate is not signed by anyone the system trusts.
    let unchecked = url.split("&sslrootcert").next().unwrap_or_default().to_string();
    let err = publish_error(office.path(), &unchecked, OFFICE_PASSWORD, &[])?;
    assert!(err.contains("secure connection"), "{err}");

    let err = publish_error(office.path(), &url, OFFICE_PASSWORD, &["--clearance", "restricted"])?;
    assert!(err.contains("Restricted data is never published"), "{err}");

    let err = publish_error(office.path(), &url, OFFICE_PASSWORD, &["--schema", "x; DROP TABLE office"])?;
    assert!(err.contains("not a plain schema name"), "{err}");

    let in_url = url.replace("office@", &format!("office:{}@", OFFICE_PASSWORD.replace(' ', "%20")));
    let err = publish_error(office.path(), &in_url, OFFICE_PASSWORD, &[])?;
    assert!(err.contains("Leave the password out of the connection string"), "{err}");

    // Another authority's certificate file: the server's certificate is not trusted.
    let other = tempfile::tempdir()?;
    let made = Command::new("openssl")
        .current_dir(other.path())
        .args(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"])
        .args(["-keyout", "k.pem", "-out", "ca.pem", "-days", "1", "-subj", "/CN=Someone else"])
        .output()?;
    assert!(made.status.success());
    let wrong_ca = url.replace(&pg.ca_file().display().to_string(), &other.path().join("ca.pem").display().to_string());
    let err = publish_error(office.path(), &wrong_ca.replace("verify-full", "verify-ca"), OFFICE_PASSWORD, &[])?;
    assert!(err.contains("secure connection"), "{err}");
    // Even when the system trusts the server's authority, `sslrootcert` is the only one used.
    let ca = pg.ca_file().display().to_string();
    let system_trusts_it = [("PGPASSWORD", OFFICE_PASSWORD), ("SSL_CERT_FILE", ca.as_str())];
    let out = cli_output(office.path(), PASS, "en", &system_trusts_it, &["publish", "--postgres", &wrong_ca])?;
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("secure connection"), "{err}");
    // …and without `sslrootcert`, the system's authorities are the ones used.
    let system = url.split("&sslrootcert").next().unwrap_or_default();
    let out = cli_output(office.path(), PASS, "en", &system_trusts_it, &["publish", "--postgres", system])?;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    publish(office.path(), &url, &[])?;
    // A database made by a Fieldbook before attachments (tables version 1) is brought to the
    // current version by the next publish, in its transaction.
    pg.query(
        "DROP TABLE fieldbook.attachment, fieldbook.withdrawal, fieldbook.withdrawal_ack CASCADE;
         UPDATE fieldbook.meta SET value = '1' WHERE key = 'schema_version'",
    )?;
    cli(office.path(), PASS, &["demo-data", "--sessions", "1", "--seed", "4"])?;
    publish(office.path(), &url, &[])?;
    let current = format!(
        "SELECT count(*) FROM fieldbook.meta WHERE key = 'schema_version' AND value = '{}'",
        fieldbook_federation::SCHEMA_VERSION
    );
    assert_eq!(count(&pg, &current)?, 1);
    assert_eq!(count(&pg, "SELECT count(*) FROM fieldbook.current_withdrawal")?, 0);
    assert_eq!(count(&pg, "SELECT count(*) FROM fieldbook.current_attachment")?, 0);
    pg.query("UPDATE fieldbook.meta SET value = '99' WHERE key = 'schema_version'")?;
    cli(office.path(), PASS, &["demo-data", "--sessions", "1", "--seed", "3"])?;
    let err = publish_error(office.path(), &url, OFFICE_PASSWORD, &[])?;
    assert!(err.contains("set up by a newer Fieldbook (tables version 99"), "{err}");
    Ok(())
}
