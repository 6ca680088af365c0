//! WebDriver e2e of the office's Publish action in the real window, against a real PostgreSQL
//! server the test starts: the settings are saved without a password; a wrong password says
//! so and publishes nothing; the right one publishes with progress in the sidebar, and the
//! organisation's views hold the office's sessions.

use anyhow::Result;
use fantoccini::{Client, Locator};
use fieldbook_core::{Passphrase, Store};
use fieldbook_tests::postgres::{PgServer, OFFICE_PASSWORD};
use fieldbook_tests::{wait_for, wait_until, Driver, ONE_APP_AT_A_TIME};

const PASS: &str = "kathmandu office words";

async fn result_text(c: &Client) -> Result<String> {
    let r = wait_for(c, "#publish-result").await?;
    Ok(r.text().await?)
}

async fn publish_with(c: &Client, password: &str) -> Result<String> {
    if let Ok(old) = c.find(Locator::Css("#publish-dismiss")).await {
        old.click().await?;
    }
    wait_for(c, "#publish-password").await?.send_keys(password).await?;
    wait_for(c, "#publish-run").await?.click().await?;
    result_text(c).await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_office_saves_its_database_and_publishes_from_the_sync_screen() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let pg = PgServer::start()?;
    let office = tempfile::tempdir()?;
    {
        let mut store = Store::init(office.path(), &Passphrase::new(PASS))?;
        fieldbook_core::demo::generate(&mut store, 30, 5)?;
    }
    let driver = Driver::start(office.path(), &[("FIELDBOOK_PASSPHRASE", PASS)])?;
    let c = driver.launch().await?;
    wait_for(&c, "#new-session").await?;
    c.execute("location.hash = '#/sync'", vec![]).await?;

    // A password inside the connection string is refused: the store never keeps one.
    let url = pg.office_url();
    let with_password = url.replace("office@", "office:secret@");
    wait_for(&c, "#publish-url").await?.send_keys(&with_password).await?;
    wait_for(&c, "#publish-save").await?.click().await?;
    wait_until("the refusal", || async {
        Ok(c.find(Locator::Css("#sync-status")).await?.text().await?.contains("remove the password"))
    })
    .await?;
    let field = wait_for(&c, "#publish-url").await?;
    field.clear().await?;
    field.send_keys(&url).await?;
    wait_for(&c, "#publish-label").await?.send_keys("Kathmandu office").await?;
    wait_for(&c, "#publish-save").await?.click().await?;
    wait_for(&c, "#publish-password").await?;
    driver.shot(&c, "publish-configured").await?;

    let said = publish_with(&c, "not the password").await?;
    assert!(said.contains("did not accept the password of user office"), "{said}");
    assert_eq!(pg.query("SELECT to_regclass('fieldbook.session') IS NULL")?.trim(), "t", "nothing was published");

    let said = publish_with(&c, OFFICE_PASSWORD).await?;
    assert!(said.starts_with("Published:"), "{said}");
    driver.shot(&c, "publish-done").await?;
    assert_eq!(pg.query("SELECT count(*) FROM fieldbook.current_session")?.trim(), "30");
    assert_eq!(pg.query("SELECT label FROM fieldbook.office")?.trim(), "Kathmandu office");

    let said = publish_with(&c, OFFICE_PASSWORD).await?;
    assert!(said.starts_with("Nothing changed"), "{said}");
    c.close().await?;
    Ok(())
}
