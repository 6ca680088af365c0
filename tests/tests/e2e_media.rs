//! WebDriver e2e of workshop media in the real window: two photos and a recording attached at
//! once through the file dialog, their thumbnails and the photo viewer served from the encrypted
//! store, the recording played by the window's player, a caption typed and saved, a file that lies about its kind refused with its reason and
//! nothing attached, a path no dialog returned refused; a photo chosen for the summary on the
//! print preview's sheet; the section in Arabic; after a restart everything is still there.

use anyhow::Result;
use fantoccini::Client;
use fieldbook_tests::{answer_file_dialogs, cli, wait_for, wait_saved, wait_until, Driver, ONE_APP_AT_A_TIME};
use std::path::Path;

const PASS: &str = "workshop media words";

async fn go(c: &Client, hash: &str) -> Result<()> {
    c.execute(&format!("location.hash = '{hash}'"), vec![]).await?;
    Ok(())
}

async fn unlock(c: &Client) -> Result<()> {
    wait_for(c, "#passphrase").await?.send_keys(PASS).await?;
    wait_for(c, "#unlock-button").await?.click().await?;
    wait_for(c, "#new-session").await?;
    Ok(())
}

/// How many of the thumbnails (or the viewer's photo) WebKit decoded from the `media:` protocol.
async fn decoded(c: &Client, css: &str) -> Result<u64> {
    let n = c
        .execute(
            "return [...document.querySelectorAll(arguments[0])].filter((i) => i.complete && i.naturalWidth > 0).length",
            vec![serde_json::json!(css)],
        )
        .await?;
    Ok(n.as_u64().unwrap_or_default())
}

/// Switches the interface back to English (the choice is kept across restarts).
async fn english(c: &Client) -> Result<()> {
    fieldbook_tests::set_language(c, "en").await
}

/// Scrolls `css` into the middle of the window and waits until it is painted there.
async fn show(c: &Client, css: &str) -> Result<()> {
    c.execute_async(
        "const done = arguments[1]; document.querySelector(arguments[0]).scrollIntoView({ block: 'center' });
         requestAnimationFrame(() => requestAnimationFrame(done));",
        vec![serde_json::json!(css)],
    )
    .await?;
    Ok(())
}

/// A one-second 8 kHz mono WAV: a real recording the webview's player can open.
fn wav(path: &Path) -> Result<()> {
    let samples: Vec<u8> = (0..8000u32).map(|i| (128.0 + 60.0 * (f64::from(i) * 0.2).sin()) as u8).collect();
    let mut b = Vec::new();
    b.extend_from_slice(b"RIFF");
    b.extend_from_slice(&(36 + samples.len() as u32).to_le_bytes());
    b.extend_from_slice(b"WAVEfmt ");
    b.extend_from_slice(&16u32.to_le_bytes());
    b.extend_from_slice(&1u16.to_le_bytes());
    b.extend_from_slice(&1u16.to_le_bytes());
    b.extend_from_slice(&8000u32.to_le_bytes());
    b.extend_from_slice(&8000u32.to_le_bytes());
    b.extend_from_slice(&1u16.to_le_bytes());
    b.extend_from_slice(&8u16.to_le_bytes());
    b.extend_from_slice(b"data");
    b.extend_from_slice(&(samples.len() as u32).to_le_bytes());
    b.extend_from_slice(&samples);
    std::fs::write(path, b)?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn photos_and_a_recording_are_attached_shown_and_still_there_after_a_restart() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let (data, files) = (tempfile::tempdir()?, tempfile::tempdir()?);
    cli(data.path(), PASS, &["init"])?;
    cli(data.path(), PASS, &["demo-data", "--sessions", "1", "--seed", "2"])?;
    let office = age::x25519::Identity::generate();
    cli(data.path(), PASS, &["recipients", "add", &office.to_public().to_string(), "--label", "office"])?;
    let sessions: serde_json::Value = serde_json::from_str(&cli(data.path(), PASS, &["sessions", "list", "--json"])?)?;
    let session = sessions[0]["id"].as_str().unwrap_or_default().to_string();
    let board = files.path().join("dot-vote board.jpg");
    image::RgbImage::from_fn(640, 480, |x, y| image::Rgb([(x / 3) as u8, (y / 2) as u8, 140])).save(&board)?;
    let flipchart = files.path().join("flipchart.png");
    image::RgbImage::from_fn(300, 420, |x, y| image::Rgb([240, (x % 200) as u8, (y % 200) as u8])).save(&flipchart)?;
    let recording = files.path().join("discussion.wav");
    wav(&recording)?;

    let driver = Driver::start(data.path(), &[])?;
    let c = driver.launch().await?;
    unlock(&c).await?;
    // The interface's language is kept by the webview, across runs too.
    english(&c).await?;
    go(&c, &format!("#/session/{session}")).await?;
    answer_file_dialogs(&c, &[&board, &flipchart, &recording]).await?;
    wait_for(&c, "#attach-files").await?.click().await?;
    wait_until("three attachments", || async {
        Ok(c.find_all(fantoccini::Locator::Css(".media-card")).await?.len() == 3)
    })
    .await?;
    wait_until("both thumbnails decoded", || async { Ok(decoded(&c, ".media-thumb img").await? == 2) }).await?;
    // The recording plays in the window's own player (loaded from the store when asked for). What
    // proves it was read is the duration WebKit found in it, recorded when the metadata arrive: the
    // player's later state is not, because on a machine without a sound device GStreamer reports
    // the missing output as a media error a moment later (CI saw that race).
    c.execute(
        "window.__recordingRead = null;
         document.addEventListener('loadedmetadata', (e) => { window.__recordingRead = e.target.duration; }, true)",
        vec![],
    )
    .await?;
    wait_for(&c, ".media-listen").await?.click().await?;
    let read = async {
        for _ in 0..100 {
            let d = c.execute("return window.__recordingRead", vec![]).await?;
            if let Some(d) = d.as_f64() {
                return Ok::<_, anyhow::Error>(Some(d));
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        Ok(None)
    }
    .await?;
    if !read.is_some_and(|d| (d - 1.0).abs() < 0.1) {
        let state = c
            .execute(
                "const a = document.querySelector('.media-card audio');
                 return a ? [a.readyState, a.error && a.error.code, a.error && a.error.message, a.duration]
                          : document.querySelector('.media-card.media-audio')?.innerText",
                vec![],
            )
            .await?;
        anyhow::bail!("the player did not read the one-second recording: duration {read:?}, player [readyState, error, message, duration] {state}");
    }
    show(&c, "#sec-media").await?;
    driver.shot(&c, "media-attached").await?;

    // The viewer shows the photo whole; Escape closes it.
    wait_for(&c, ".media-thumb").await?.click().await?;
    wait_until("the photo is shown whole", || async { Ok(decoded(&c, "#media-viewer img").await? == 1) }).await?;
    c.execute_async("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(done))", vec![])
        .await?;
    driver.shot(&c, "media-viewer").await?;
    c.execute("document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))", vec![]).await?;
    wait_until("the viewer closes", || async { Ok(c.find(fantoccini::Locator::Css("#media-viewer")).await.is_err()) })
        .await?;

    // A caption, autosaved like any field.
    let caption = wait_for(&c, ".media-card input[data-field='caption']").await?;
    caption.send_keys("Priorities after the dot vote").await?;
    wait_saved(&c).await?;

    // A text file named as a photo: refused with its reason, nothing attached.
    let liar = files.path().join("notes.jpg");
    std::fs::write(&liar, "minutes of the meeting, not a photo")?;
    answer_file_dialogs(&c, &[&liar]).await?;
    wait_for(&c, "#attach-files").await?.click().await?;
    let status = wait_for(&c, "#media-status.error").await?;
    wait_until("the reason is shown", || async { Ok(status.text().await?.contains("notes.jpg cannot be read")) })
        .await?;
    assert_eq!(c.find_all(fantoccini::Locator::Css(".media-card")).await?.len(), 3);
    // A path no dialog returned (a compromised page making one up) is refused.
    let refused = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI__.core.invoke('attach_files', { session: arguments[0], paths: ['/etc/hostname'] })
               .then(() => done('attached'), (e) => done(e.code));",
            vec![serde_json::json!(session)],
        )
        .await?;
    assert_eq!(refused, "path-not-chosen");
    // Chosen for the participants' summary: the print preview shows it under "Photos".
    c.execute(
        "const card = document.querySelector('.media-card');
         const tier = card.querySelector('select.tier-select'); tier.value = 'share_back'; tier.dispatchEvent(new Event('change'));",
        vec![],
    )
    .await?;
    wait_until("the tier is chosen", || async {
        Ok(c.execute("return document.querySelector('.media-card select.tier-select')?.value", vec![]).await?
            == "share_back")
    })
    .await?;
    c.execute("const b = document.querySelector(\".media-card input[data-field='in_summary']\"); b.click();", vec![])
        .await?;
    wait_saved(&c).await?;
    go(&c, &format!("#/session/{session}/summary")).await?;
    wait_until("the photo is on a sheet", || async { Ok(decoded(&c, "#summary-sheets .sum-picture img").await? == 1) })
        .await?;
    let pictures = c.execute("return document.querySelectorAll('#summary-sheets .sum-picture').length", vec![]).await?;
    assert_eq!(pictures, 1, "the one chosen photo, not the other");
    show(&c, ".sum-picture").await?;
    driver.shot(&c, "media-summary-preview").await?;

    // In Arabic the section reads from the right.
    fieldbook_tests::set_language(&c, "ar").await?;
    go(&c, &format!("#/session/{session}")).await?;
    wait_until("the editor is in Arabic", || async {
        Ok(c.execute("return document.documentElement.dir", vec![]).await? == "rtl"
            && c.find(fantoccini::Locator::Css("#attach-files")).await?.text().await? != "+ Attach files")
    })
    .await?;
    wait_until("thumbnails in Arabic too", || async { Ok(decoded(&c, ".media-thumb img").await? == 2) }).await?;
    show(&c, "#sec-media").await?;
    driver.shot(&c, "media-attached-ar").await?;
    english(&c).await?;
    c.close().await?;
    drop(driver);

    // After a restart, all three are still there, thumbnails and caption too.
    let driver = Driver::start(data.path(), &[])?;
    let c = driver.launch().await?;
    unlock(&c).await?;
    english(&c).await?;
    go(&c, &format!("#/session/{session}")).await?;
    wait_until("three attachments after a restart", || async {
        Ok(c.find_all(fantoccini::Locator::Css(".media-card")).await?.len() == 3)
    })
    .await?;
    wait_until("thumbnails decoded after a restart", || async { Ok(decoded(&c, ".media-thumb img").await? == 2) })
        .await?;
    let kept =
        c.execute("return document.querySelector(\".media-card input[data-field='caption']\").value", vec![]).await?;
    assert_eq!(kept, "Priorities after the dot vote");

    // "What will leave this device" counts the media; a small stick's bundle leaves them out.
    go(&c, "#/sync").await?;
    wait_for(&c, "#export-bundle").await?.click().await?;
    let media = wait_for(&c, "#preview-media").await?;
    let said = media.text().await?;
    assert!(said.contains("Photos, recordings and scans that leave: 3"), "{said}");
    wait_for(&c, "#export-no-media").await?.click().await?;
    wait_until("the preview says they wait", || async {
        Ok(c.find(fantoccini::Locator::Css("#preview-media")).await?.text().await?.contains("left out of this bundle"))
    })
    .await?;
    show(&c, "#preview-media").await?;
    driver.shot(&c, "media-export-preview").await?;
    let small = files.path().join("small-stick.fieldbook");
    answer_file_dialogs(&c, &[&small]).await?;
    wait_for(&c, "#confirm-export").await?.click().await?;
    wait_until("the bundle is written", || async { Ok(small.is_file()) }).await?;
    c.close().await?;
    let seen = fieldbook_core::sync::bundle::open_head(
        &std::fs::read(&small)?,
        fieldbook_core::sync::bundle::Unseal::Identity(&office),
    )?;
    assert_eq!((seen.manifest.format, seen.manifest.media.len()), (2, 0), "no media, so format 2");
    let listed = cli(data.path(), PASS, &["attachments", "list", &session])?;
    assert_eq!(listed.lines().count(), 3, "{listed}");
    Ok(())
}
