//! WebDriver e2e of the interface in Arabic, Khmer and Nepali, in the real window: the language
//! picker switches the whole interface (sessions list, session editor, movement page, summary
//! preview, each screenshot to `target/e2e-screens/lang-*.png` to be looked at); Arabic mirrors
//! the layout (navigation on the right) and typed text keeps its own direction.

use anyhow::Result;
use fantoccini::Client;
use fieldbook_core::{Entity, Passphrase, Store};
use fieldbook_tests::{wait_for, wait_saved, wait_until, Driver, ONE_APP_AT_A_TIME};

const PASS: &str = "many languages here";

async fn go(c: &Client, hash: &str, ready: &str) -> Result<()> {
    c.execute(&format!("location.hash = '{hash}'"), vec![]).await?;
    wait_for(c, ready).await?;
    // The screen's data arrives after its frame.
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    Ok(())
}

async fn choose(c: &Client, lang: &str) -> Result<()> {
    c.execute(
        "const s = document.querySelector('#language'); s.value = arguments[0]; s.dispatchEvent(new Event('change'));",
        vec![serde_json::json!(lang)],
    )
    .await?;
    wait_until("the language to switch", || async {
        Ok(c.execute("return document.documentElement.lang", vec![]).await?.as_str() == Some(lang))
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn arabic_khmer_and_nepali_across_the_screens() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir()?;
    let (session, movement) = {
        let mut store = Store::init(dir.path(), &Passphrase::new(PASS))?;
        fieldbook_core::demo::generate(&mut store, 6, 3)?;
        let sessions = store.list(Entity::Session)?;
        let movements = store.list(Entity::Movement)?;
        let id = |r: &fieldbook_core::Record| r["id"].as_str().unwrap_or_default().to_string();
        (id(&sessions[0]), id(&movements[0]))
    };
    let driver = Driver::start(dir.path(), &[("FIELDBOOK_PASSPHRASE", PASS)])?;
    let c = driver.launch().await?;
    wait_for(&c, "#new-session").await?;

    for lang in ["ar", "km", "ne"] {
        choose(&c, lang).await?;
        go(&c, "#/sessions", "#new-session").await?;
        driver.shot(&c, &format!("lang-{lang}-1-sessions")).await?;
        go(&c, &format!("#/session/{session}"), "textarea").await?;
        driver.shot(&c, &format!("lang-{lang}-2-session")).await?;
        go(&c, &format!("#/movement/{movement}"), "h1").await?;
        driver.shot(&c, &format!("lang-{lang}-3-movement")).await?;
        go(&c, &format!("#/session/{session}/summary"), "h1").await?;
        driver.shot(&c, &format!("lang-{lang}-4-summary")).await?;
        let dir = c.execute("return document.documentElement.dir", vec![]).await?;
        assert_eq!(dir.as_str(), Some(if lang == "ar" { "rtl" } else { "ltr" }), "{lang}");
        // The navigation names its screens in the language, not in English.
        let nav = c.execute("return document.querySelector('nav').innerText", vec![]).await?;
        let nav = nav.as_str().unwrap_or_default().to_string();
        assert!(!nav.contains("Sessions") && !nav.contains("Movements"), "{lang}: {nav}");
        // The script's font comes from the app's own files (not only when the system has it).
        let family = match lang {
            "ar" => "Noto Sans Arabic",
            "km" => "Noto Sans Khmer",
            _ => "Noto Sans Devanagari",
        };
        let shipped = c
            .execute(
                "return [...document.fonts].some((f) => f.family.replace(/\"/g, '') === arguments[0] && f.status === 'loaded');",
                vec![serde_json::json!(family)],
            )
            .await?;
        assert_eq!(shipped.as_bool(), Some(true), "{lang}: {family} was not loaded from ui/fonts");
        if lang == "ar" {
            // Mirrored: the navigation is on the right of the screen's content.
            let sides = c
                .execute(
                    "const n = document.querySelector('nav').getBoundingClientRect();
                     const m = document.querySelector('main').getBoundingClientRect();
                     return [n.left, m.left];",
                    vec![],
                )
                .await?;
            let (nav_left, main_left) = (sides[0].as_f64().unwrap_or(0.0), sides[1].as_f64().unwrap_or(0.0));
            assert!(nav_left > main_left, "navigation at {nav_left}, content at {main_left}");
        }
    }
    // A Latin name typed into an Arabic note keeps each run in its own direction.
    choose(&c, "ar").await?;
    go(&c, &format!("#/session/{session}"), "textarea").await?;
    let auto =
        c.execute("return [...document.querySelectorAll('textarea')].every((t) => t.dir === 'auto')", vec![]).await?;
    assert_eq!(auto.as_bool(), Some(true), "every text area takes the direction of its text");
    c.execute(
        "const t = document.querySelector('textarea'); t.value = 'قالت Amina Rahman إن العقود ضرورية.'; t.dispatchEvent(new Event('input'));",
        vec![],
    )
    .await?;
    driver.shot(&c, "lang-ar-5-mixed-note").await?;
    // A list typed with the Arabic comma (U+060C) is a list.
    let field = wait_for(&c, "[data-field=languages]").await?;
    field.clear().await?;
    field.click().await?;
    field.send_keys("ar، fr").await?;
    wait_saved(&c).await?;
    // Dates are entered in Arabic, not in the computer's locale: the month by its Arabic name,
    // the year in Arabic-Indic digits. A year typed in Latin digits is taken; a date missing a
    // part is marked and not saved.
    const DATE: &str = ".field:has(> [data-field=starts_at])";
    let shown = c
        .execute(
            &format!(
                "const f = document.querySelector('{DATE}'); const m = f.querySelector('.date-month');
                 return [m.options[m.selectedIndex].text, f.querySelector('.date-year').value];"
            ),
            vec![],
        )
        .await?;
    let (month, year) = (shown[0].as_str().unwrap_or_default(), shown[1].as_str().unwrap_or_default());
    let arabic = |ch: char| ('\u{0600}'..='\u{06FF}').contains(&ch);
    assert!(!month.is_empty() && month.chars().all(|ch| arabic(ch) || ch == ' '), "month shown as {month:?}");
    assert!(year.chars().count() == 4 && year.chars().all(|ch| ('٠'..='٩').contains(&ch)), "year shown as {year:?}");
    let typed = wait_for(&c, &format!("{DATE} .date-year")).await?;
    typed.clear().await?;
    typed.send_keys("2025").await?;
    wait_saved(&c).await?;
    let pick = |part: &str, value: &str| {
        format!(
            "const s = document.querySelector('{DATE} .date-{part}'); s.value = '{value}';
             s.dispatchEvent(new Event('change', {{ bubbles: true }}));"
        )
    };
    c.execute(&pick("day", "3"), vec![]).await?;
    wait_saved(&c).await?;
    // What the control says of its parts: [aria-invalid, the hint it points to, that hint's words].
    let marked = || async {
        c.execute(
            &format!(
                "const f = document.querySelector('{DATE}'); const g = f.querySelector('.datefield');
                 const hint = document.getElementById(g.getAttribute('aria-describedby'));
                 return [g.getAttribute('aria-invalid'), !!hint && !hint.hidden, hint ? hint.textContent : ''];"
            ),
            vec![],
        )
        .await
    };
    c.execute(&pick("month", ""), vec![]).await?;
    // [aria-invalid, hint shown] of what `marked` read.
    let flags = |v: &serde_json::Value| serde_json::json!([v[0], v[1]]);
    let incomplete = marked().await?;
    assert_eq!(flags(&incomplete), serde_json::json!(["true", true]), "a date without its month is marked");
    driver.shot(&c, "lang-ar-8-date-incomplete").await?;
    // Every part there but no such day: marked as such, not as unfinished, and not saved.
    c.execute(&pick("month", "2"), vec![]).await?;
    c.execute(&pick("day", "31"), vec![]).await?;
    let invalid = marked().await?;
    assert_eq!(flags(&invalid), serde_json::json!(["true", true]), "31 February is marked");
    assert_ne!(invalid[2], incomplete[2], "31 February is not called unfinished");
    // A year that is not four digits (`2e03` is a number to JavaScript) is no year.
    c.execute(&pick("day", "3"), vec![]).await?;
    typed.clear().await?;
    typed.send_keys("2e03").await?;
    assert_eq!(marked().await?, invalid, "2e03 is taken as a year");
    typed.clear().await?;
    typed.send_keys("2025").await?;
    c.execute(&pick("month", "5"), vec![]).await?;
    wait_saved(&c).await?;
    assert_eq!(flags(&marked().await?), serde_json::json!([null, false]), "a whole date is still marked");
    let id: fieldbook_core::RecordId = session.parse()?;
    let saved = Store::open(dir.path(), &Passphrase::new(PASS))?.get(Entity::Session, id)?;
    let starts = saved["starts_at"].as_str().unwrap_or_default().to_string();
    assert!(starts.starts_with("2025-05-03T"), "the date saved: {starts}");
    // Drawn again from the store: the date in Arabic digits, the list with the Arabic comma.
    go(&c, "#/sessions", "#new-session").await?;
    go(&c, &format!("#/session/{session}"), "textarea").await?;
    let list = wait_for(&c, "[data-field=languages]").await?.prop("value").await?.unwrap_or_default();
    assert_eq!(list, "ar، fr");
    let year = wait_for(&c, &format!("{DATE} .date-year")).await?.prop("value").await?.unwrap_or_default();
    assert_eq!(year, "٢٠٢٥");
    driver.shot(&c, "lang-ar-9-date").await?;
    // Charts read from the right: a bar starts at the right of its label.
    go(&c, "#/dashboard", "svg.chart.bars").await?;
    driver.shot(&c, "lang-ar-6-dashboard").await?;
    let sides = c
        .execute(
            "const g = document.querySelector('svg.chart.bars g');
             return [g.querySelector('text').getBBox().x, g.querySelector('rect').getBBox().x];",
            vec![],
        )
        .await?;
    let (label_x, bar_x) = (sides[0].as_f64().unwrap_or(0.0), sides[1].as_f64().unwrap_or(0.0));
    assert!(label_x > bar_x, "label at {label_x}, bar at {bar_x}: the chart is not mirrored");
    // The actor map's key reads from the right too: each sample right of its words.
    go(&c, &format!("#/movement/{movement}"), "svg.map-legend").await?;
    c.execute("document.querySelector('svg.map-legend').scrollIntoView()", vec![]).await?;
    driver.shot(&c, "lang-ar-7-actor-map").await?;
    let key = c
        .execute(
            "const g = document.querySelector('svg.map-legend > g');
             return [g.querySelector('text').getBBox().x, g.querySelector('g').getBoundingClientRect().left - g.querySelector('text').getBoundingClientRect().left];",
            vec![],
        )
        .await?;
    assert!(key[1].as_f64().unwrap_or(0.0) > 0.0, "the key's sample is not right of its words: {key:?}");
    choose(&c, "en").await?;
    c.close().await?;
    drop(driver);
    let store = Store::open(dir.path(), &Passphrase::new(PASS))?;
    let id = session.parse().map_err(|_| anyhow::anyhow!("session id"))?;
    assert_eq!(store.get(Entity::Session, id)?["languages"], serde_json::json!(["ar", "fr"]));
    let starts = store.get(Entity::Session, id)?["starts_at"].as_str().unwrap_or_default().to_string();
    assert!(starts.starts_with("2025-05-03T"), "starts_at saved as {starts}");
    Ok(())
}
