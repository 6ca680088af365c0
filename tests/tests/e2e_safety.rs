//! WebDriver e2e of device safety in the real window: auto-lock saves what was being typed and
//! asks for the passphrase again; the passphrase is changed; the store is wiped to nothing.

use anyhow::Result;
use fantoccini::{Client, Locator};
use fieldbook_tests::{cli, unlock, value, wait_for, wait_until, workspace, Driver, ONE_APP_AT_A_TIME};

const PASS: &str = "office laptop words";
const NEW: &str = "kettle river mountain tea";
const SESSION: &str = "0190a000-0000-7000-8000-000000000001";

async fn unlocked(c: &Client) -> Result<bool> {
    let status = c.execute_async("window.__TAURI__.core.invoke('app_status').then(arguments[0])", vec![]).await?;
    Ok(status["unlocked"].as_bool().unwrap_or(false))
}

#[tokio::test(flavor = "multi_thread")]
async fn auto_lock_rekey_and_wipe() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let data = tempfile::tempdir()?;
    cli(data.path(), PASS, &["init"])?;
    let fixture = workspace().join("tests/fixtures/at-risk-session.json");
    cli(data.path(), PASS, &["sessions", "put", "--from-json", &fixture.display().to_string()])?;
    let driver = Driver::start(data.path(), &[])?;
    let c = driver.launch().await?;
    unlock(&c, PASS).await?;
    wait_for(&c, "#new-session").await?;

    // Auto-lock (4 s for the test): typing that was not yet saved is saved, the key is dropped.
    c.execute("localStorage.setItem('fieldbook.autoLockSeconds', '4')", vec![]).await?;
    c.execute(&format!("location.hash = '#/session/{SESSION}'"), vec![]).await?;
    let place = wait_for(&c, "[data-entity=session][data-field=place]").await?;
    place.clear().await?;
    place.send_keys("Community radio studio").await?;
    wait_for(&c, "#passphrase").await?;
    assert!(!unlocked(&c).await?, "the store is closed in Rust, not only hidden");
    driver.shot(&c, "30-auto-locked").await?;
    c.execute("localStorage.setItem('fieldbook.autoLockSeconds', '600')", vec![]).await?;
    unlock(&c, PASS).await?;
    wait_for(&c, "#new-session").await?;
    c.execute(&format!("location.hash = '#/session/{SESSION}'"), vec![]).await?;
    wait_for(&c, "[data-entity=session][data-field=place]").await?;
    wait_until("the session is back", || async {
        Ok(value(&c, "[data-field=place]").await? == "Community radio studio")
    })
    .await?;

    // Change the passphrase: a weak one is refused with the reason, a good one works.
    c.execute("location.hash = '#/security'", vec![]).await?;
    wait_for(&c, "#autolock-minutes").await?;
    assert_eq!(value(&c, "#autolock-minutes").await?, "10");
    let note = wait_for(&c, "#passphrase-note").await?;
    for (id, text) in [("#passphrase-current", PASS), ("#passphrase-new", "short"), ("#passphrase-repeat", "short")] {
        wait_for(&c, id).await?.send_keys(text).await?;
    }
    wait_for(&c, "#passphrase-change").await?.click().await?;
    wait_until("the weak passphrase is refused", || async { Ok(note.text().await?.contains("too easy to guess")) })
        .await?;
    for (id, text) in [("#passphrase-new", NEW), ("#passphrase-repeat", NEW)] {
        let field = wait_for(&c, id).await?;
        field.clear().await?;
        field.send_keys(text).await?;
    }
    wait_for(&c, "#passphrase-change").await?.click().await?;
    wait_until("the passphrase is changed", || async { Ok(note.text().await?.contains("was changed")) }).await?;
    driver.shot(&c, "31-security").await?;
    wait_for(&c, "#lock").await?.click().await?;
    unlock(&c, PASS).await?;
    let error = wait_for(&c, "#unlock-error").await?;
    wait_until("the old passphrase is refused", || async { Ok(error.text().await?.contains("does not open")) }).await?;
    unlock(&c, NEW).await?;
    wait_for(&c, "#new-session").await?;

    // Wipe, warned about changes never exported; afterwards nothing is left and a new store can be made.
    c.execute("location.hash = '#/security'", vec![]).await?;
    let warning = wait_for(&c, "#wipe-unexported").await?.text().await?;
    assert!(warning.contains("never exported"), "{warning}");
    wait_for(&c, "#wipe-store").await?.click().await?;
    wait_for(&c, "#wipe-store").await?.click().await?; // the inline confirmation
    wait_for(&c, "#passphrase-confirm").await?;
    let left: Vec<_> = std::fs::read_dir(data.path())?.filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
    assert!(left.is_empty(), "files left after wipe: {left:?}");
    assert!(c.find(Locator::Css("#passphrase-confirm")).await.is_ok(), "the create screen is shown");
    driver.shot(&c, "32-wiped").await?;
    Ok(())
}
