//! WebDriver e2e of a name at risk in Khmer, written as Khmer is written (no spaces between
//! words), in the real window: the editor shows which words it found and will withhold, a
//! nickname the machine missed is marked as the person's other name by keyboard, and the
//! participants' PDF saved through the dialog holds no trace of either (text extracted, and the
//! page turned into a picture to be looked at).

use anyhow::Result;
use fantoccini::{Client, Locator};
use fieldbook_tests::{answer_file_dialogs, cli, unlock, wait_for, wait_until, workspace, Driver, ONE_APP_AT_A_TIME};

const PASS: &str = "khmer office words";
const SESSION: &str = "0190a000-0000-7000-8000-0000000000b1";
const AT_RISK: &str = "0190a000-0000-7000-8000-000000000b12";
const PRIORITY: &str = "0190a000-0000-7000-8000-000000000b41";
const SUPPORT: &str = "0190a000-0000-7000-8000-000000000b61";
const NICKNAME: &str = "មីងណា";

/// Khmer comes back from the PDF's text with clusters repeated (`ស្រីស្រី មុំមុំ`): a repeat of
/// the same run, and a space poppler adds between clusters, are taken out before comparing.
fn unrepeated(text: &str) -> String {
    let mut chars: Vec<char> = text.chars().filter(|c| *c != ' ').collect();
    for len in (1..=8).rev() {
        let mut out: Vec<char> = Vec::with_capacity(chars.len());
        let mut i = 0;
        while i < chars.len() {
            if i + 2 * len <= chars.len()
                && chars[i..i + len] == chars[i + len..i + 2 * len]
                && chars[i..i + len].iter().any(|c| !c.is_ascii())
            {
                out.extend_from_slice(&chars[i..i + len]);
                i += 2 * len;
            } else {
                out.push(chars[i]);
                i += 1;
            }
        }
        chars = out;
    }
    chars.into_iter().collect()
}

/// Saves the summary shown as a PDF through the dialog and reads its text back, raw and with
/// Khmer's repeats taken out.
async fn save_and_read(c: &Client, pdf: &std::path::Path) -> Result<String> {
    answer_file_dialogs(c, &[pdf]).await?;
    wait_for(c, "#summary-save-pdf").await?.click().await?;
    wait_until("the PDF is saved", || async { Ok(pdf.exists() && std::fs::metadata(pdf)?.len() > 0) }).await?;
    let out = std::process::Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(pdf).arg("-").output()?;
    let raw = String::from_utf8(out.stdout)?;
    Ok(format!("{raw}\n{}", unrepeated(&raw)))
}

async fn text_of(c: &Client, css: &str) -> Result<String> {
    Ok(c.find(Locator::Css(css)).await?.text().await?)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_khmer_name_at_risk_written_without_spaces_never_reaches_the_participants_pdf() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let data = tempfile::tempdir()?;
    let out = tempfile::tempdir()?;
    cli(data.path(), PASS, &["init"])?;
    let fixture = workspace().join("tests/fixtures/khmer-at-risk-session.json");
    cli(data.path(), PASS, &["sessions", "put", "--from-json", &fixture.display().to_string()])?;

    let driver = Driver::start(data.path(), &[])?;
    let c = driver.launch().await?;
    unlock(&c, PASS).await?;
    wait_for(&c, "#new-session").await?;
    c.execute(&format!("location.hash = '#/session/{SESSION}'"), vec![]).await?;

    // The machine's match made visible: the priority's text names her inside a word.
    let found = format!("[data-mentions-of='{PRIORITY}.description']");
    wait_for(&c, &found).await?;
    let chips = text_of(&c, &found).await?;
    assert!(chips.contains("សុខា"), "the name found in the priority: {chips}");
    let mut restricted = String::new();
    for chip in c.find_all(Locator::Css(&format!("{found} .mention.tier-restricted"))).await? {
        restricted.push_str(&chip.text().await?);
    }
    assert!(restricted.contains("សុខា"), "marked restricted: {restricted}");
    driver.shot(&c, "60-names-found-khmer").await?;

    // A nickname the machine cannot know: selected in the support's text, marked by keyboard as
    // her other name.
    let what = format!("[data-id='{SUPPORT}'][data-field='what']");
    let select = "const el = document.querySelector(arguments[0]); const at = el.value.indexOf(arguments[1]);
         el.focus(); el.setSelectionRange(at, at + arguments[1].length);";
    c.execute(select, vec![what.clone().into(), NICKNAME.into()]).await?;
    // A click elsewhere in the text takes the offer away with the selection.
    wait_for(&c, "#mark-name-open").await?;
    c.execute(
        "const el = document.querySelector(arguments[0]); el.setSelectionRange(0, 0);
         el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));",
        vec![what.clone().into()],
    )
    .await?;
    wait_until("the offer goes with the selection", || async {
        Ok(c.find(Locator::Css("#mark-name-open")).await.is_err())
    })
    .await?;
    c.execute(select, vec![what.clone().into(), NICKNAME.into()]).await?;
    // Selecting offers "Mark as a name"; Ctrl+Shift+M opens the same choice.
    wait_for(&c, "#mark-name-open").await?.click().await?;
    wait_for(&c, "#mark-name-who").await?;
    c.execute("const s = document.getElementById('mark-name-who'); s.value = arguments[0];", vec![AT_RISK.into()])
        .await?;
    driver.shot(&c, "61-mark-a-name").await?;
    wait_for(&c, "#mark-name-save").await?.click().await?;
    let support_found = format!("[data-mentions-of='{SUPPORT}.what']");
    wait_until("the nickname is found as her name", || async {
        Ok(c.find(Locator::Css(&support_found)).await.is_ok() && text_of(&c, &support_found).await?.contains(NICKNAME))
    })
    .await?;
    let aliases = c
        .execute(
            "return [...document.querySelectorAll(`[data-id='${arguments[0]}'][data-field='aliases']`)].map((e) => e.value)",
            vec![AT_RISK.into()],
        )
        .await?;
    assert!(aliases.to_string().contains(NICKNAME), "her other names in the editor: {aliases}");

    // The participants' summary, in Khmer, saved as a PDF through the dialog.
    wait_for(&c, "#open-summary").await?.click().await?;
    wait_for(&c, "#summary-sheets .sheet").await?;
    c.execute(
        "const el = document.getElementById('summary-lang'); el.value = 'km'; el.dispatchEvent(new Event('change'));",
        vec![],
    )
    .await?;
    wait_until("the preview is in Khmer", || async {
        Ok(text_of(&c, "#summary-sheets").await?.contains("ស្រីមុំ"))
    })
    .await?;
    let preview = text_of(&c, "#summary-sheets").await?;
    for hidden in ["សុខា", NICKNAME, "ក្រុមអ្នកសម្អាត"] {
        assert!(!preview.contains(hidden), "{hidden:?} is in the participants' preview:\n{preview}");
    }
    driver.shot(&c, "62-summary-participants-khmer").await?;
    let pdf = out.path().join("participants-km.pdf");
    let extracted = save_and_read(&c, &pdf).await?;
    for hidden in ["សុខា", NICKNAME, "ក្រុមអ្នកសម្អាត"] {
        assert!(!extracted.contains(hidden), "{hidden:?} is in the participants' PDF:\n{extracted}");
    }
    assert!(extracted.contains("ស្រីមុំ") && extracted.contains("កិច្ចសន្យា"), "{extracted}");
    // The control: the same reading finds her name in the version for those cleared for it.
    c.execute(
        "const el = document.getElementById('summary-audience'); el.value = 'restricted'; el.dispatchEvent(new Event('change'));",
        vec![],
    )
    .await?;
    wait_until("the restricted preview names her", || async {
        Ok(text_of(&c, "#summary-sheets").await?.contains("សុខា"))
    })
    .await?;
    let restricted = save_and_read(&c, &out.path().join("restricted-km.pdf")).await?;
    assert!(restricted.contains("សុខា") && restricted.contains(NICKNAME), "{restricted}");
    // The page as a picture, to be looked at (target/e2e-screens).
    let page = driver.shots.join("63-participants-pdf-khmer");
    let status = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "80", "-f", "1", "-l", "1"])
        .arg(&pdf)
        .arg(&page)
        .status()?;
    assert!(status.success(), "pdftoppm");
    Ok(())
}
