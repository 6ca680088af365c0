//! WebDriver e2e of sensitivity tiers in the real window: the editor marks what is restricted
//! (a risk, the name of someone at risk, an answer that mentions her) and changes an item's
//! tier; the history shows that change; the export preview lists what will leave and what stays,
//! and the bundle written after it carries nothing above the office's clearance.

use anyhow::Result;
use fantoccini::{Client, Locator};
use fieldbook_tests::{answer_file_dialogs, cli, wait_for, wait_until, workspace, Driver, ONE_APP_AT_A_TIME};

const PASS: &str = "office laptop words";
const SESSION: &str = "0190a000-0000-7000-8000-000000000001";

async fn text(c: &Client, css: &str) -> Result<String> {
    Ok(wait_for(c, css).await?.text().await?)
}

#[tokio::test(flavor = "multi_thread")]
async fn tiers_are_marked_changed_previewed_and_respected() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let (field, office, files) = (tempfile::tempdir()?, tempfile::tempdir()?, tempfile::tempdir()?);
    cli(field.path(), PASS, &["init"])?;
    let fixture = workspace().join("tests/fixtures/at-risk-session.json");
    cli(field.path(), PASS, &["sessions", "put", "--from-json", &fixture.display().to_string()])?;
    cli(office.path(), PASS, &["init"])?;
    let id: serde_json::Value = serde_json::from_str(&cli(office.path(), PASS, &["identity", "show", "--json"])?)?;
    let office_key = id["age_recipient"].as_str().unwrap_or_default().to_string();
    let doc: serde_json::Value =
        serde_json::from_str(&cli(field.path(), PASS, &["sessions", "show", SESSION, "--json"])?)?;
    let priority = doc["priorities"][0]["id"].as_str().unwrap_or_default().to_string();
    let risk = doc["risks"][0]["id"].as_str().unwrap_or_default().to_string();
    let dolores = doc["participants"][1]["id"].as_str().unwrap_or_default().to_string();
    let question = doc["questions"][0]["id"].as_str().unwrap_or_default().to_string();

    let driver = Driver::start(field.path(), &[])?;
    let c = driver.launch().await?;
    wait_for(&c, "#passphrase").await?.send_keys(PASS).await?;
    wait_for(&c, "#unlock-button").await?.click().await?;
    wait_for(&c, "#new-session").await?;
    c.execute(&format!("location.hash = '#/session/{SESSION}'"), vec![]).await?;

    // Markers: the risk is restricted by default, a priority is share-back, and the name of the
    // person at risk and the answer that names her are marked restricted on the field itself.
    assert_eq!(text(&c, &format!("[data-tier-mark='{risk}']")).await?, "Restricted");
    assert_eq!(text(&c, &format!("[data-tier-mark='{priority}']")).await?, "Share-back");
    let name = format!("[data-item='{dolores}'] .field:has([data-field=name]) .field-tier");
    assert_eq!(text(&c, &name).await?, "Restricted");
    let answer = format!("[data-item='{question}'] .field:has([data-field=answer]) .field-tier");
    assert_eq!(text(&c, &answer).await?, "Restricted");
    c.execute(&format!("document.querySelector(\"[data-item='{dolores}']\").scrollIntoView()"), vec![]).await?;
    driver.shot(&c, "30-tiers-editor").await?;
    c.execute(&format!("document.querySelector(\"[data-item='{question}'] .quote\").scrollIntoView()"), vec![]).await?;
    driver.shot(&c, "33-tiers-quotes").await?;

    // Raising the priority to internal re-marks it, and the change is in the history.
    let select = wait_for(&c, &format!("[data-tier-of='{priority}']")).await?;
    select.select_by_value("internal").await?;
    let mark = format!("[data-tier-mark='{priority}']");
    wait_until("the priority is marked internal", || async {
        Ok(c.find(Locator::Css(&mark)).await?.text().await? == "Internal")
    })
    .await?;
    c.execute(&format!("location.hash = '#/session/{SESSION}/history'"), vec![]).await?;
    let row = text(&c, "#history-table tr[data-field='priority.tier']").await?;
    // The field and the value by their labels, as in the editor ("Sensitivity", "Internal").
    assert!(row.contains("this device") && row.contains("Sensitivity") && row.contains("Internal"), "{row}");
    driver.shot(&c, "31-history").await?;

    // Sync: the office is cleared for internal; the preview lists what stays behind.
    c.execute("location.hash = '#/sync'", vec![]).await?;
    wait_for(&c, "#recipient-label").await?.send_keys("Country office").await?;
    wait_for(&c, "#recipient-key").await?.send_keys(&office_key).await?;
    wait_for(&c, "#add-recipient").await?.click().await?;
    assert!(text(&c, "#recipients li").await?.contains("Internal"));
    wait_for(&c, "#export-bundle").await?.click().await?;
    let stays = text(&c, "#preview-stays").await?;
    assert!(
        stays.contains("risk.description") && stays.contains("participant.name") && stays.contains("question.answer"),
        "{stays}"
    );
    let leaves = text(&c, "#preview-leaves").await?;
    assert!(leaves.contains("priority.title") && !leaves.contains("session.notes"), "{leaves}");
    driver.shot(&c, "32-export-preview").await?;
    let bundle = files.path().join("to-office.fieldbook");
    answer_file_dialogs(&c, &[&bundle]).await?;
    wait_for(&c, "#confirm-export").await?.click().await?;
    let status = wait_for(&c, "#sync-status").await?;
    wait_until("the export is reported", || async { Ok(status.text().await?.contains("kept back")) }).await?;

    // Tables for analysis at share-back, from the same screen.
    let book = files.path().join("share-back.xlsx");
    answer_file_dialogs(&c, &[&book]).await?;
    wait_for(&c, "#table-tier").await?.select_by_value("share_back").await?;
    wait_for(&c, "#export-tables").await?.click().await?;
    wait_until("the tables are reported", || async { Ok(status.text().await?.contains("Tables written")) }).await?;
    c.close().await?;
    drop(driver);

    assert!(book.is_file());
    cli(office.path(), PASS, &["import", "--trust-new-devices", bundle.to_str().unwrap_or_default()])?;
    let dump = cli(office.path(), PASS, &["dump", "--json"])?;
    for secret in ["Dolores", "Quispe", "retaliation"] {
        assert!(!dump.contains(secret), "{secret} reached an office cleared for internal");
    }
    assert!(dump.contains("Rosa") && dump.contains("\"tier\": \"internal\""));
    Ok(())
}
