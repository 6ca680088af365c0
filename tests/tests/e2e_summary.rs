//! WebDriver e2e of sharing back in the real window: the print preview of a session with a
//! person at risk, each version and language, printing, and a PDF saved through the dialog.

use anyhow::{Context, Result};
use fantoccini::{Client, Locator};
use fieldbook_tests::{answer_file_dialogs, cli, wait_for, wait_until, workspace, Driver, ONE_APP_AT_A_TIME};

const PASS: &str = "office laptop words";
const SESSION: &str = "0190a000-0000-7000-8000-000000000001";

async fn pick(c: &Client, id: &str, value: &str) -> Result<()> {
    c.execute(
        "const el = document.getElementById(arguments[0]); el.value = arguments[1];
         el.dispatchEvent(new Event('change'));",
        vec![id.into(), value.into()],
    )
    .await?;
    Ok(())
}

async fn sheets_text(c: &Client) -> Result<String> {
    Ok(c.find(Locator::Css("#summary-sheets")).await?.text().await?)
}

async fn wait_text(c: &Client, needle: &str) -> Result<String> {
    wait_until(&format!("the preview shows {needle:?}"), || async { Ok(sheets_text(c).await?.contains(needle)) })
        .await?;
    sheets_text(c).await
}

#[tokio::test(flavor = "multi_thread")]
async fn share_back_preview_print_and_pdf() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let data = tempfile::tempdir()?;
    let out = tempfile::tempdir()?;
    cli(data.path(), PASS, &["init"])?;
    let fixture = workspace().join("tests/fixtures/at-risk-session.json");
    cli(data.path(), PASS, &["sessions", "put", "--from-json", &fixture.display().to_string()])?;

    let driver = Driver::start(data.path(), &[])?;
    let c = driver.launch().await?;
    wait_for(&c, "#passphrase").await?.send_keys(PASS).await?;
    wait_for(&c, "#unlock-button").await?.click().await?;
    wait_for(&c, "#new-session").await?;
    c.execute(&format!("location.hash = '#/session/{SESSION}'"), vec![]).await?;
    wait_for(&c, "#open-summary").await?.click().await?;
    wait_for(&c, "#summary-sheets .sheet").await?;

    // The participants' version: nobody at risk or without consent is named, on screen as on paper.
    let text = wait_text(&c, "Amina Rahman").await?;
    for hidden in ["Dolores", "Quispe", "Kalinda", "Cleaners", "They know where I live", "retaliation", "Follow up"] {
        assert!(!text.contains(hidden), "{hidden:?} is in the participants' print preview:\n{text}");
    }
    assert!(
        text.contains("Rosa said the agency") && text.contains("14 votes") && text.contains("Page 1 of 1"),
        "{text}"
    );
    let code = c.find(Locator::Css("#summary-sheets")).await?.attr("data-code").await?.context("code")?;
    assert_eq!(text.matches(&code).count(), 2, "the code is in the header and footer of the one sheet");
    driver.shot(&c, "20-summary-participants").await?;

    // Internal, in Spanish, on Letter: everything, markers visible, paginated with numbers on each sheet.
    pick(&c, "summary-audience", "restricted").await?;
    wait_text(&c, "Dolores Quispe").await?;
    pick(&c, "summary-lang", "es").await?;
    pick(&c, "summary-paper", "letter").await?;
    let text = wait_text(&c, "Lo que escuchamos").await?;
    assert!(text.contains("EN RIESGO") || text.contains("En riesgo"), "{text}");
    assert!(text.contains("They know where I live") && text.contains("Notas internas"), "{text}");
    let sheets = c.find_all(Locator::Css("#summary-sheets .sheet")).await?;
    let pages = sheets.len();
    for (i, sheet) in sheets.iter().enumerate() {
        let t = sheet.text().await?;
        assert!(t.contains(&format!("Página {} de {pages}", i + 1)), "sheet {i}: {t}");
        assert!(t.contains("Listening session with the domestic workers' union"), "title on every sheet");
    }
    let style = sheets[0].attr("style").await?.unwrap_or_default();
    assert!(style.contains("215.9mm"), "Letter width: {style}");
    driver.shot(&c, "21-summary-internal-es-letter").await?;
    assert!(pages >= 2, "the internal version runs over a page");
    c.execute(
        "document.querySelectorAll('.sheet')[1].scrollIntoView(); document.querySelector('main').scrollBy(0, -300);",
        vec![],
    )
    .await?;
    driver.shot(&c, "22-summary-page-break").await?;

    // Print goes to the system dialog (outside the page, so it is recorded rather than shown).
    c.execute("window.__printCalls = 0; window.print = () => { window.__printCalls += 1; };", vec![]).await?;
    wait_for(&c, "#summary-print").await?.click().await?;
    let calls = c.execute("return window.__printCalls", vec![]).await?;
    assert_eq!(calls.as_i64(), Some(1));
    let page_rule = c
        .execute(
            "return [...document.styleSheets].flatMap((s) => [...s.cssRules])
               .filter((r) => r.type === CSSRule.PAGE_RULE).map((r) => r.cssText).join(' | ')",
            vec![],
        )
        .await?;
    let page_rule = page_rule.as_str().unwrap_or_default();
    assert!(page_rule.contains("215.9mm 279.4mm") && !page_rule.contains('|'), "one @page rule, Letter: {page_rule}");

    // PDF through the save dialog, written by the core.
    let pdf = out.path().join("resumen.pdf");
    answer_file_dialogs(&c, &[&pdf]).await?;
    wait_for(&c, "#summary-save-pdf").await?.click().await?;
    wait_until("the PDF is saved", || async {
        Ok(c.find(Locator::Css("#summary-status")).await?.text().await?.contains("PDF saved"))
    })
    .await?;
    let extracted = std::process::Command::new("pdftotext").arg(&pdf).arg("-").output()?;
    let extracted = String::from_utf8(extracted.stdout)?;
    assert!(extracted.contains("Dolores Quispe") && extracted.contains("Lo que escuchamos"), "{extracted}");
    assert!(extracted.contains("Página 1 de"), "{extracted}");
    Ok(())
}
