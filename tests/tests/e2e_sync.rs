//! WebDriver e2e of sync in the real window: a facilitator's bundle (made with the CLI) is
//! imported at the office after the trust prompt (a label, and what the device may do), a
//! concurrent edit shows as a conflict that is resolved, a lowered tier waits in the review queue
//! and is decided, and the office's bundle goes back to the field.

use anyhow::Result;
use fantoccini::{Client, Locator};
use fieldbook_core::{Passphrase, Store};
use fieldbook_tests::{answer_file_dialogs, cli, wait_for, wait_saved, wait_until, Driver, ONE_APP_AT_A_TIME};
use serde_json::Value;

const PASS: &str = "office laptop words";

async fn go(c: &Client, hash: &str) -> Result<()> {
    c.execute(&format!("location.hash = '{hash}'"), vec![]).await?;
    Ok(())
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("json")
}

#[tokio::test(flavor = "multi_thread")]
async fn office_imports_resolves_a_conflict_and_sends_back() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let field = tempfile::tempdir()?;
    let office = tempfile::tempdir()?;
    let files = tempfile::tempdir()?;
    cli(field.path(), PASS, &["init"])?;
    cli(field.path(), PASS, &["demo-data", "--sessions", "1", "--seed", "5"])?;
    drop(Store::init(office.path(), &Passphrase::new(PASS))?);
    let office_id = json(&cli(office.path(), PASS, &["identity", "show", "--json"])?);
    let field_id = json(&cli(field.path(), PASS, &["identity", "show", "--json"])?);
    let office_recipient = office_id["age_recipient"].as_str().unwrap_or_default();
    cli(
        field.path(),
        PASS,
        &["recipients", "add", office_recipient, "--label", "Country office", "--clearance", "restricted"],
    )?;
    let first = files.path().join("from-field-1.fieldbook");
    cli(field.path(), PASS, &["export", "--out", first.to_str().unwrap_or_default()])?;
    let sessions = json(&cli(field.path(), PASS, &["sessions", "list", "--json"])?);
    let session = sessions[0]["id"].as_str().unwrap_or_default().to_string();

    let driver = Driver::start(office.path(), &[])?;
    let c = driver.launch().await?;
    wait_for(&c, "#passphrase").await?.send_keys(PASS).await?;
    wait_for(&c, "#unlock-button").await?.click().await?;
    wait_for(&c, "#new-session").await?;

    // Import: the facilitator's laptop is unknown, so the fingerprint is shown before trusting.
    go(&c, "#/sync").await?;
    answer_file_dialogs(&c, &[&first]).await?;
    wait_for(&c, "#import-bundles").await?.click().await?;
    let fp = wait_for(&c, "#unknown-fingerprint").await?.text().await?;
    assert_eq!(fp, field_id["fingerprint"].as_str().unwrap_or_default());
    // What the device will be allowed to do is said before trusting it; a label is required.
    let can = wait_for(&c, "#trust-can").await?.text().await?;
    assert!(can.contains("Field device") && can.contains("Sends only its own changes"), "{can}");
    wait_for(&c, "#trust-and-import").await?.click().await?;
    let hint = wait_for(&c, ".trust-box .error-text").await?;
    wait_until("a label is asked for", || async { Ok(hint.text().await?.contains("label")) }).await?;
    wait_for(&c, "#trust-label").await?.send_keys("Aminata's laptop").await?;
    driver.shot(&c, "10-sync-trust-prompt").await?;
    wait_for(&c, "#trust-and-import").await?.click().await?;
    wait_for(&c, "#history li").await?;
    let trusted = wait_for(&c, "#trusted").await?.text().await?;
    assert!(
        trusted.contains(&fp) && trusted.contains("Aminata's laptop") && trusted.contains("Field device"),
        "{trusted}"
    );

    // The same session's title is edited in the field (CLI) and at the office (app).
    let mut doc = json(&cli(field.path(), PASS, &["sessions", "show", &session, "--json"])?);
    doc["session"]["title"] = Value::from("Title from the field");
    // And one mistaken click that would lower a tier: untick "at risk", or tick "may be named".
    let people = doc["participants"].as_array_mut().expect("participants");
    let lowered = match people.iter().position(|p| p["at_risk"] == true) {
        Some(i) => {
            people[i]["at_risk"] = Value::from(false);
            i
        }
        None => {
            let i = people.iter().position(|p| p["consent_named"] == false).expect("someone not named");
            people[i]["consent_named"] = Value::from(true);
            i
        }
    };
    let lowered_id = people[lowered]["id"].as_str().unwrap_or_default().to_string();
    let doc_file = files.path().join("doc.json");
    std::fs::write(&doc_file, doc.to_string())?;
    cli(field.path(), PASS, &["sessions", "put", "--from-json", doc_file.to_str().unwrap_or_default()])?;
    let second = files.path().join("from-field-2.fieldbook");
    cli(field.path(), PASS, &["export", "--out", second.to_str().unwrap_or_default()])?;

    go(&c, &format!("#/session/{session}")).await?;
    let title = wait_for(&c, "#session-title").await?;
    title.clear().await?;
    title.send_keys("Title from the office").await?;
    wait_saved(&c).await?;

    go(&c, "#/sync").await?;
    answer_file_dialogs(&c, &[&second]).await?;
    wait_for(&c, "#import-bundles").await?.click().await?;
    let status = wait_for(&c, "#sync-status").await?;
    wait_until("the held change is reported", || async { Ok(status.text().await?.contains("for review")) }).await?;
    let held = wait_for(&c, "#conflicts .conflict .review-why").await?.text().await?;
    assert!(held.contains("lower a tier") && held.contains("Aminata's laptop"), "{held}");
    let conflicts = c.find_all(Locator::Css("#conflicts .conflict")).await?;
    assert_eq!(conflicts.len(), 2);
    let mut titled = false;
    for conflict in &conflicts {
        let text = conflict.text().await?;
        titled |= text.contains("Title from the field") && text.contains("Title from the office");
    }
    assert!(titled, "the title conflict is listed");
    driver.shot(&c, "11-sync-conflict").await?;
    // Keep the office's title (the first side is "On this device"), and keep the person protected.
    wait_for(&c, "#conflicts .conflict:not(:has(.review-why)) .side:first-child button.keep").await?.click().await?;
    wait_until("the conflict is resolved", || async {
        Ok(c.find_all(Locator::Css("#conflicts .conflict")).await?.len() == 1)
    })
    .await?;
    let reject = wait_for(&c, "#conflicts .conflict .side:first-child button.keep").await?;
    assert_eq!(reject.text().await?, "Keep the current value");
    reject.click().await?;
    wait_until("the review is decided", || async { Ok(c.find(Locator::Css("#conflicts .conflict")).await.is_err()) })
        .await?;

    // Send the merged data back to the field.
    let field_recipient = field_id["age_recipient"].as_str().unwrap_or_default();
    wait_for(&c, "#recipient-label").await?.send_keys("Facilitator laptop").await?;
    wait_for(&c, "#recipient-key").await?.send_keys(field_recipient).await?;
    wait_for(&c, "#add-recipient").await?.click().await?;
    wait_for(&c, "#recipients li").await?;
    let back = files.path().join("from-office.fieldbook");
    answer_file_dialogs(&c, &[&back]).await?;
    wait_for(&c, "#export-bundle").await?.click().await?;
    // The preview of what will leave comes first; the facilitator's laptop is cleared for
    // internal (the default), so the restricted fields it already has stay at the office.
    assert!(wait_for(&c, "#preview-stays").await?.text().await?.contains("risk.description"));
    wait_for(&c, "#confirm-export").await?.click().await?;
    let status = wait_for(&c, "#sync-status").await?;
    wait_until("the export is reported", || async { Ok(status.text().await?.contains("Bundle written")) }).await?;
    driver.shot(&c, "12-sync-after").await?;
    // A path no dialog returned (a compromised page making one up) is refused, and nothing is
    // written there.
    let made_up = std::path::PathBuf::from(format!("/var/tmp/fieldbook-not-chosen-{}.fieldbook", std::process::id()));
    let refused = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const onProgress = new window.__TAURI__.core.Channel();
             window.__TAURI__.core.invoke('export_bundle', { path: arguments[0], full: true, onProgress })
               .then(() => done('written'), (e) => done(e.code));",
            vec![Value::from(made_up.display().to_string())],
        )
        .await?;
    assert_eq!(refused, Value::from("path-not-chosen"));
    assert!(!made_up.exists());
    c.close().await?;
    drop(driver);

    assert!(back.is_file());
    cli(field.path(), PASS, &["import", back.to_str().unwrap_or_default(), "--trust-new-devices"])?;
    let after = json(&cli(field.path(), PASS, &["sessions", "show", &session, "--json"])?);
    assert_eq!(after["session"]["title"], "Title from the office");
    // The office's decision travelled back: the facilitator's click is undone there too.
    let person =
        after["participants"].as_array().expect("participants").iter().find(|p| p["id"] == lowered_id.as_str());
    let person = person.expect("the participant");
    assert!(person["at_risk"] == true || person["consent_named"] == false, "{person}");
    assert_eq!(json(&cli(field.path(), PASS, &["conflicts", "list", "--json"])?), serde_json::json!([]));
    assert_eq!(cli(field.path(), PASS, &["dump", "--json"])?, cli(office.path(), PASS, &["dump", "--json"])?);
    Ok(())
}
