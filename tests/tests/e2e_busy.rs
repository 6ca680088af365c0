//! WebDriver e2e of an office at work during a large import, in the real window: the import
//! shows a determinate bar with counts in the sidebar while the person edits a session, whose
//! autosave completes while the import still runs; the import's result then shows, and the
//! edit is in the store. A stopped import leaves the store exactly as it was.

use anyhow::Result;
use fantoccini::{Client, Locator};
use fieldbook_core::sync::ExportOptions;
use fieldbook_core::tier::Tier;
use fieldbook_core::{Entity, Passphrase, Store};
use fieldbook_tests::{answer_file_dialogs, wait_for, wait_until, Driver, ONE_APP_AT_A_TIME};
use serde_json::json;
use std::path::Path;

const PASS: &str = "office laptop words";
/// Large enough that a debug build merges it for several seconds (about 7 s here).
const SESSIONS: usize = 4000;

async fn go(c: &Client, hash: &str) -> Result<()> {
    c.execute(&format!("location.hash = '{hash}'"), vec![]).await?;
    Ok(())
}

/// The import bar's value, or `None` once the import has ended.
async fn progress(c: &Client) -> Result<Option<(f64, f64)>> {
    let v = c
        .execute(
            "const p = document.querySelector('#import-progress');
             return p ? [p.value, p.max] : null;",
            vec![],
        )
        .await?;
    Ok(v.as_array().map(|a| (a[0].as_f64().unwrap_or(0.0), a[1].as_f64().unwrap_or(0.0))))
}

/// What a person can see in the store, its history and its import log.
fn state(dir: &Path) -> Result<String> {
    let store = Store::open(dir, &Passphrase::new(PASS))?;
    Ok(format!("{} {} {}", store.dump()?, store.unexported_changes()?, store.import_log()?.len()))
}

#[tokio::test(flavor = "multi_thread")]
async fn an_office_edits_while_a_large_import_runs_and_a_stopped_import_changes_nothing() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let field = tempfile::tempdir()?;
    let office = tempfile::tempdir()?;
    let files = tempfile::tempdir()?;
    let bundle = files.path().join("season.fieldbook");
    let own = {
        let mut office_store = Store::init(office.path(), &Passphrase::new(PASS))?;
        let own = office_store
            .create(Entity::Session, json!({"title": "Office planning"}).as_object().cloned().unwrap_or_default())?;
        let mut field_store = Store::init(field.path(), &Passphrase::new(PASS))?;
        fieldbook_core::demo::generate(&mut field_store, SESSIONS, 11)?;
        let opts = ExportOptions {
            to: vec![office_store.keys().age_recipient()],
            clearance: Some(Tier::Restricted),
            ..ExportOptions::default()
        };
        field_store.export_bundle(&bundle, &opts)?;
        // The office already trusts the facilitator's laptop (as after a first import).
        let fp = field_store.keys().fingerprint();
        office_store.trust(&fp, "Aminata's laptop", fieldbook_core::sync::Authority::FULL)?;
        own
    };
    let before = state(office.path())?;

    let driver = Driver::start(office.path(), &[("FIELDBOOK_PASSPHRASE", PASS)])?;
    let c = driver.launch().await?;
    wait_for(&c, "#new-session").await?;

    // Stopped: the bar had moved, the store is exactly as before.
    go(&c, "#/sync").await?;
    answer_file_dialogs(&c, &[&bundle]).await?;
    wait_for(&c, "#import-bundles").await?.click().await?;
    wait_until("the merge is under way", || async { Ok(progress(&c).await?.is_some_and(|(v, _)| v > 0.0)) }).await?;
    wait_for(&c, "#import-cancel").await?.click().await?;
    let result = wait_for(&c, "#import-result").await?;
    let said = result.text().await?;
    assert!(said.contains("Nothing was changed"), "{said}");
    driver.shot(&c, "60-import-stopped").await?;
    assert_eq!(state(office.path())?, before, "a stopped import leaves the store exactly as it was");
    wait_for(&c, "#import-dismiss").await?.click().await?;

    // Run to the end while the person edits their own session on another screen.
    answer_file_dialogs(&c, &[&bundle]).await?;
    wait_for(&c, "#import-bundles").await?.click().await?;
    wait_until("the merge is under way", || async { Ok(progress(&c).await?.is_some_and(|(v, _)| v > 0.0)) }).await?;
    go(&c, &format!("#/session/{own}")).await?;
    let title = wait_for(&c, "#session-title").await?;
    title.clear().await?;
    title.send_keys("Office planning, typed during the import").await?;
    let (first, _) = progress(&c).await?.expect("the import still runs");
    wait_until("the edit is saved", || async {
        let state = c.find(Locator::Css("#save-state")).await?.attr("data-state").await?;
        Ok(state.as_deref() == Some("saved"))
    })
    .await?;
    let running = progress(&c).await?;
    driver.shot(&c, "61-saved-during-import").await?;
    let (later, total) = running.expect("saved while the import still runs");
    assert!(later > first && later < total, "the bar advances: {first} then {later} of {total}");

    let result = wait_for(&c, "#import-result").await?;
    let said = result.text().await?;
    assert!(said.contains("season.fieldbook") && said.contains("changes applied"), "{said}");
    driver.shot(&c, "62-import-done").await?;
    // The list of 4,001 sessions comes a page at a time: the first fifty, then more as the
    // end of the list scrolls into view.
    go(&c, "#/sessions").await?;
    let count = wait_for(&c, "#session-count").await?;
    wait_until("the count shows every session", || async { Ok(count.text().await?.contains("4,001")) }).await?;
    let rows = || async { Ok::<_, anyhow::Error>(c.find_all(Locator::Css("table.sessions tbody tr")).await?.len()) };
    assert_eq!(rows().await?, 50);
    let more = wait_for(&c, "#sessions-more").await?.text().await?;
    assert!(more.contains("50") && more.contains("4,001"), "{more}");
    driver.shot(&c, "63-sessions-paged").await?;
    c.execute("document.querySelector('#sessions-more').scrollIntoView()", vec![]).await?;
    wait_until("the next page is shown", || async { Ok(rows().await? == 100) }).await?;

    // The edit typed during the import is in the store, and so is the import.
    let store = Store::open(office.path(), &Passphrase::new(PASS))?;
    let session = store.get(Entity::Session, own)?;
    assert_eq!(session.get("title"), Some(&json!("Office planning, typed during the import")));
    assert_eq!(store.session_page(&Default::default())?.total, SESSIONS as u64 + 1);
    assert!(!office.path().join(fieldbook_core::store::JOURNAL_FILE).exists());
    Ok(())
}
