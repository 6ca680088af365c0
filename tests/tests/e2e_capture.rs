//! WebDriver e2e in the real window: a facilitator creates a store, records a session, the app
//! is killed, and everything is still there after unlocking again; a wrong passphrase is told.

use anyhow::Result;
use fantoccini::{Client, Locator};
use fieldbook_core::{Passphrase, Store};
use fieldbook_tests::{value, wait_for, wait_saved, wait_until, Driver, ONE_APP_AT_A_TIME};

const PASS: &str = "river stone lantern";

async fn type_into(c: &Client, css: &str, text: &str) -> Result<()> {
    let el = wait_for(c, css).await?;
    el.click().await?;
    el.send_keys(text).await?;
    Ok(())
}

async fn click(c: &Client, css: &str) -> Result<()> {
    wait_for(c, css).await?.click().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn record_a_session_then_kill_and_find_everything_after_unlock() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let data = tempfile::tempdir()?;
    let driver = Driver::start(data.path(), &[])?;
    let c = driver.launch().await?;
    story(&driver, c).await?;
    drop(driver);

    // What was typed never reaches the disk in plaintext (database and WAL).
    for entry in std::fs::read_dir(data.path())? {
        let bytes = std::fs::read(entry?.path())?;
        let text = String::from_utf8_lossy(&bytes);
        for typed in ["Kaolack", "Awa Ndiaye", "Land titles", "Legal clinic"] {
            assert!(!text.contains(typed), "{typed:?} found in plaintext on disk");
        }
    }
    Ok(())
}

async fn story(driver: &Driver, c: Client) -> Result<()> {
    // First run: create the passphrase.
    type_into(&c, "#passphrase", PASS).await?;
    type_into(&c, "#passphrase-confirm", PASS).await?;
    driver.shot(&c, "01-create").await?;
    click(&c, "#unlock-button").await?;

    // A new session, with the English guide's questions already in it.
    click(&c, "#new-session").await?;
    type_into(&c, "#session-title", "Kaolack women's land forum").await?;
    type_into(&c, "[data-entity=session][data-field=place]", "Community hall").await?;

    click(&c, "#add-participant").await?;
    type_into(&c, ".participant [data-field=name]", "Awa Ndiaye").await?;
    click(&c, ".participant [data-field=consent_record]").await?;
    click(&c, ".participant [data-field=at_risk]").await?;

    type_into(&c, ".question [data-field=answer]", "Land titles in women's names before the next season.").await?;

    click(&c, "#add-priority").await?;
    type_into(&c, ".priority [data-field=title]", "Land titles for women").await?;
    click(&c, ".priority .vote-up").await?;
    click(&c, ".priority .vote-up").await?;
    click(&c, ".priority .vote-up").await?;
    click(&c, ".priority .vote-down").await?;
    // The votes are saved before the next section is added (which redraws the editor).
    wait_until("the votes saved", || async { Ok(value(&c, ".priority [data-field=votes]").await? == "2") }).await?;
    wait_saved(&c).await?;

    click(&c, "#add-support").await?;
    type_into(&c, ".support [data-field=what]", "Legal clinic on land claims").await?;
    let role = wait_for(&c, ".support [data-field=role]").await?;
    role.select_by_value("resource_partner").await?;
    wait_saved(&c).await?;
    driver.shot(&c, "02-session-editor").await?;

    // A crash or a flat battery: no clean shutdown.
    driver.kill_app();
    // The driver still holds the dead window's session; end it before relaunching.
    let _ = c.close().await;
    let c = driver.launch().await?;
    let pass = wait_for(&c, "#passphrase").await?;
    assert!(c.find(Locator::Css("#passphrase-confirm")).await.is_err(), "second run asks to unlock, not to create");
    pass.send_keys(PASS).await?;
    click(&c, "#unlock-button").await?;
    let row = wait_for(&c, "table.sessions tbody tr").await?;
    assert!(row.text().await?.contains("Kaolack women's land forum"));
    driver.shot(&c, "03-sessions-list").await?;
    click(&c, "table.sessions tbody tr td.title-cell a").await?;

    assert_eq!(value(&c, "#session-title").await?, "Kaolack women's land forum");
    assert_eq!(value(&c, "[data-entity=session][data-field=place]").await?, "Community hall");
    assert_eq!(value(&c, ".participant [data-field=name]").await?, "Awa Ndiaye");
    let at_risk = wait_for(&c, ".participant [data-field=at_risk]").await?.prop("checked").await?;
    assert_eq!(at_risk.as_deref(), Some("true"));
    assert!(wait_for(&c, ".participant.at-risk").await.is_ok(), "an at-risk participant is marked");
    assert_eq!(
        value(&c, ".question [data-field=answer]").await?,
        "Land titles in women's names before the next season."
    );
    assert_eq!(value(&c, ".priority [data-field=title]").await?, "Land titles for women");
    assert_eq!(value(&c, ".priority [data-field=votes]").await?, "2");
    assert_eq!(value(&c, ".support [data-field=what]").await?, "Legal clinic on land claims");
    assert_eq!(value(&c, ".support [data-field=role]").await?, "resource_partner");
    driver.shot(&c, "05-session-restored").await?;

    // Movements and question guides.
    click(&c, "a[href='#/movements']").await?;
    click(&c, "#add-movement").await?;
    type_into(&c, ".movement [data-field=name]", "Réseau des femmes rurales de Kaolack").await?;
    type_into(&c, ".movement [data-field=country]", "Senegal").await?;
    wait_saved(&c).await?;
    driver.shot(&c, "06-movements").await?;
    click(&c, "a[href='#/guides']").await?;
    let guides = wait_for(&c, ".guide").await?;
    assert!(guides.text().await.is_ok());
    // One built-in guide per language (the screen draws them as their questions arrive).
    let languages = fieldbook_core::i18n::LANGUAGES.len();
    wait_until("a guide per language", || async { Ok(c.find_all(Locator::Css(".guide")).await?.len() == languages) })
        .await?;
    driver.shot(&c, "07-guides").await?;
    click(&c, "a[href='#/sessions']").await?;
    let filter = wait_for(&c, "#filter-movement").await?;
    filter.select_by_label("Réseau des femmes rurales de Kaolack").await?;
    wait_for(&c, ".list-body .empty").await?;
    c.close().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_passphrase_gets_a_clear_message() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let data = tempfile::tempdir()?;
    drop(Store::init(data.path(), &Passphrase::new(PASS))?);
    let driver = Driver::start(data.path(), &[])?;
    let c = driver.launch().await?;
    type_into(&c, "#passphrase", "river stone lanterns").await?;
    click(&c, "#unlock-button").await?;
    let error = wait_for(&c, "#unlock-error").await?;
    wait_until("the error is shown", || async { Ok(!error.text().await?.is_empty()) }).await?;
    let text = error.text().await?;
    assert!(text.contains("does not open this Fieldbook"), "{text}");
    assert!(!text.to_lowercase().contains("not a database"), "{text}");
    driver.shot(&c, "04-wrong-passphrase").await?;

    // The message is localised, and the right passphrase still works.
    let pass = wait_for(&c, "#passphrase").await?;
    pass.clear().await?;
    pass.send_keys(PASS).await?;
    click(&c, "#unlock-button").await?;
    wait_for(&c, "#new-session").await?;
    c.close().await?;
    Ok(())
}
