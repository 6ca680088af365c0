//! WebDriver e2e of a newcomer's first minutes and of the desktop integration, in the real
//! window: the welcome says what the passphrase protects; the sample notebook opens apart from
//! real data, bannered, refuses to import, and is deleted without a real store ever being made;
//! About shows the version; a `.fieldbook` file opened from the file manager waits, chosen, on
//! the import screen, and a second start on the same notebook hands its file to the running
//! window (over a private D-Bus session bus, as on a desktop) and exits.

use anyhow::{bail, Context, Result};
use fantoccini::Client;
use fieldbook_core::{sample, Passphrase, Store};
use fieldbook_tests::{
    answer_file_dialogs, app_binary, cli, wait_for, wait_until, workspace, Driver, ONE_APP_AT_A_TIME,
};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const PASS: &str = "office laptop words";
const VERSION: &str = env!("CARGO_PKG_VERSION");

async fn go(c: &Client, hash: &str) -> Result<()> {
    c.execute(&format!("location.hash = '{hash}'"), vec![]).await?;
    Ok(())
}

async fn set_lang(c: &Client, lang: &str) -> Result<()> {
    fieldbook_tests::set_language(c, lang).await
}

async fn text(c: &Client, css: &str) -> Result<String> {
    Ok(wait_for(c, css).await?.text().await?)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_newcomer_is_welcomed_and_explores_a_sample_that_never_mixes_with_real_data() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let data = tempfile::tempdir()?;
    let driver = Driver::start(data.path(), &[])?;
    let c = driver.launch().await?;

    let welcome = text(&c, "#welcome").await?;
    assert!(welcome.contains("Nobody can recover a forgotten passphrase"), "{welcome}");
    assert!(welcome.contains("even if the laptop is lost"), "{welcome}");
    driver.shot(&c, "first-run-welcome").await?;
    // In Arabic it reads from the right, in the interface's own words.
    set_lang(&c, "ar").await?;
    wait_until("the welcome is in Arabic", || async {
        Ok(c.execute("return document.documentElement.dir", vec![]).await? == "rtl"
            && !text(&c, "#welcome").await?.contains("passphrase"))
    })
    .await?;
    driver.shot(&c, "first-run-welcome-ar").await?;
    set_lang(&c, "en").await?;
    wait_until("back in English", || async {
        Ok(c.execute("return document.documentElement.lang", vec![]).await?.as_str() == Some("en"))
    })
    .await?;

    wait_for(&c, "#explore-sample").await?.click().await?;
    let banner = text(&c, "#sample-banner").await?;
    assert!(banner.contains("made up"), "{banner}");
    wait_until("the sample's sessions are listed", || async {
        Ok(c.find_all(fantoccini::Locator::Css("tbody tr[data-id]")).await?.len() >= 10)
    })
    .await?;
    driver.shot(&c, "sample-notebook").await?;

    // Nothing real goes into the sample: an import is refused with the reason.
    let outside = tempfile::tempdir()?;
    let bundle = outside.path().join("real.fieldbook");
    std::fs::write(&bundle, b"not imported")?;
    go(&c, "#/sync").await?;
    answer_file_dialogs(&c, &[&bundle]).await?;
    wait_for(&c, "#import-bundles").await?.click().await?;
    let status = wait_for(&c, "#sync-status").await?;
    wait_until("the import is refused", || async { Ok(status.text().await?.contains("sample notebook")) }).await?;

    go(&c, "#/security").await?;
    let about = text(&c, "#about").await?;
    assert!(about.contains(&format!("Fieldbook {VERSION}")), "{about}");
    assert_eq!(text(&c, "#app-version").await?, format!("Fieldbook {VERSION}"));

    // Back to the person's own notebook: it still does not exist, the sample can be reopened.
    wait_for(&c, "#sample-leave").await?.click().await?;
    wait_for(&c, "#welcome").await?;
    assert!(!Store::exists(data.path()), "exploring made no real store");
    wait_for(&c, "#explore-sample").await?.click().await?;
    wait_for(&c, "#sample-banner").await?;
    wait_for(&c, "#sample-delete").await?.click().await?;
    wait_for(&c, "#welcome").await?;
    assert!(!sample::sample_dir(data.path()).exists(), "the sample is deleted");
    assert!(!Store::exists(data.path()));
    c.close().await?;
    Ok(())
}

/// A session D-Bus of its own, as a desktop has (the single-instance handover uses it).
struct Bus {
    child: Child,
    address: String,
}

impl Bus {
    fn start() -> Result<Bus> {
        let mut child = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .context("dbus-daemon (package dbus) is needed")?;
        let mut address = String::new();
        BufReader::new(child.stdout.take().context("stdout")?).read_line(&mut address)?;
        Ok(Bus { child, address: address.trim().to_string() })
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bundle_opened_from_the_file_manager_waits_chosen_on_the_import_screen() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let field = tempfile::tempdir()?;
    let office = tempfile::tempdir()?;
    cli(field.path(), PASS, &["init"])?;
    cli(field.path(), PASS, &["demo-data", "--sessions", "1", "--seed", "9"])?;
    drop(Store::init(office.path(), &Passphrase::new(PASS))?);
    let office_id: serde_json::Value =
        serde_json::from_str(&cli(office.path(), PASS, &["identity", "show", "--json"])?)?;
    let recipient = office_id["age_recipient"].as_str().unwrap_or_default();
    cli(field.path(), PASS, &["recipients", "add", recipient, "--label", "Office", "--clearance", "restricted"])?;
    // Outside the temporary folder the tests' own file dialogs may answer from: only the file
    // manager's handing it over makes it a chosen file.
    let files = workspace().join(format!("target/e2e-opened-{}", std::process::id()));
    std::fs::create_dir_all(&files)?;
    let first = files.join("from-field.fieldbook");
    cli(field.path(), PASS, &["export", "--out", first.to_str().unwrap_or_default()])?;
    cli(field.path(), PASS, &["demo-data", "--sessions", "1", "--seed", "10"])?;
    let second = files.join("second-visit.fieldbook");
    cli(field.path(), PASS, &["export", "--out", second.to_str().unwrap_or_default()])?;

    let bus = Bus::start()?;
    let driver = Driver::start(office.path(), &[("DBUS_SESSION_BUS_ADDRESS", &bus.address)])?;
    let c = driver.launch_with(&[first.to_str().unwrap_or_default()]).await?;
    wait_for(&c, "#opened-locked").await?;
    wait_for(&c, "#passphrase").await?.send_keys(PASS).await?;
    wait_for(&c, "#unlock-button").await?.click().await?;
    let offered = text(&c, "#opened-bundles").await?;
    assert!(offered.contains("from-field.fieldbook"), "{offered}");

    // A second start on the same notebook hands its file over and exits.
    let mut again = Command::new(app_binary()?)
        .arg(&second)
        .env("FIELDBOOK_DATA_DIR", office.path())
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env_remove("FIELDBOOK_PASSPHRASE")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = again.try_wait()? {
            break status;
        }
        if started.elapsed() > Duration::from_secs(30) {
            let _ = again.kill();
            bail!("the second start did not hand over and exit: it opened a second window");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(status.success(), "{status}");
    wait_until("the second file joins the first", || async {
        Ok(text(&c, "#opened-bundles").await?.contains("second-visit.fieldbook"))
    })
    .await?;
    driver.shot(&c, "opened-from-file-manager").await?;

    // Imported only when the person says so, through the usual trust prompt.
    wait_for(&c, "#opened-import").await?.click().await?;
    wait_for(&c, "#unknown-fingerprint").await?;
    wait_for(&c, "#trust-label").await?.send_keys("Field laptop").await?;
    wait_for(&c, "#trust-and-import").await?.click().await?;
    let status = wait_for(&c, "#sync-status").await?;
    wait_until("both bundles are imported", || async { Ok(status.text().await?.contains("second-visit.fieldbook")) })
        .await?;
    assert!(c.find(fantoccini::Locator::Css("#opened-bundles")).await.is_err(), "the offer is gone once used");
    c.close().await?;
    std::fs::remove_dir_all(&files)?;
    Ok(())
}
