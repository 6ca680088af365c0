//! WebDriver e2e of consent that travels and a shared laptop, in the real window: two
//! facilitators' profiles on one data folder, each unlocking only with its own passphrase and
//! showing only its own sessions (locking returns to the same profile, a third is added from the
//! unlock screen and wiped from the Security screen without touching the others); a participant's
//! withdrawal erased at once in the editor and listed on the Sync screen; a sign-in sheet with a
//! BOM, a non-Latin script and a bad row imported only once the bad column is left out.

use anyhow::Result;
use fantoccini::{Client, Locator};
use fieldbook_core::profiles::Profiles;
use fieldbook_core::{Entity, Passphrase, Store};
use fieldbook_tests::{answer_file_dialogs, cli, unlock, wait_for, wait_until, Driver, ONE_APP_AT_A_TIME};
use serde_json::{json, Map, Value as Json};
use std::path::Path;

const FIRST: &str = "first facilitator words";
const SECOND: &str = "green notebook words";

fn fields(v: Json) -> Map<String, Json> {
    v.as_object().cloned().unwrap_or_default()
}

async fn text(c: &Client, css: &str) -> Result<String> {
    Ok(wait_for(c, css).await?.text().await?)
}

async fn sessions(c: &Client) -> Result<String> {
    wait_for(c, "#new-session").await?;
    wait_until("the sessions to be listed", || async {
        Ok(!c.find_all(Locator::Css("tr[data-id]")).await?.is_empty())
    })
    .await?;
    Ok(c.execute("return [...document.querySelectorAll('tr[data-id]')].map((r) => r.textContent).join('\\n')", vec![])
        .await?
        .as_str()
        .unwrap_or_default()
        .to_string())
}

async fn choose_profile(c: &Client, label: &str) -> Result<()> {
    wait_for(c, "#profile").await?;
    c.execute(
        "const s = document.getElementById('profile');
         s.value = [...s.options].find((o) => o.textContent.startsWith(arguments[0])).value;
         s.dispatchEvent(new Event('change'));",
        vec![json!(label)],
    )
    .await?;
    wait_until("the profile to be chosen", || async {
        let shown = c
            .execute(
                "const s = document.getElementById('profile'); return s && s.selectedOptions[0].textContent",
                vec![],
            )
            .await?;
        Ok(shown.as_str().is_some_and(|s| s.starts_with(label)))
    })
    .await
}

fn session(dir: &Path, pass: &str, title: &str) -> Result<()> {
    let mut store = Store::open(dir, &Passphrase::new(pass))?;
    store.create_session(fields(json!({"title": title})))?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn two_profiles_on_one_laptop_each_open_only_with_their_own_passphrase() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let data = tempfile::tempdir()?;
    cli(data.path(), FIRST, &["init"])?;
    session(data.path(), FIRST, "Listening with the market vendors")?;
    let out = cli(data.path(), SECOND, &["profiles", "add", "Green notebook"])?;
    assert!(out.contains("Green notebook"), "{out}");
    let green = Profiles::load(data.path())?.dir_of(Some("Green notebook"))?;
    session(&green, SECOND, "Youth coalition, second meeting")?;

    let driver = Driver::start(data.path(), &[])?;
    let c = driver.launch().await?;
    wait_for(&c, "#profile").await?;
    driver.shot(&c, "profiles-unlock").await?;
    // The first profile opens only with its own passphrase, and shows only its own sessions.
    unlock(&c, SECOND).await?;
    wait_until("a wrong-passphrase message", || async { Ok(!text(&c, "#unlock-error").await?.is_empty()) }).await?;
    unlock(&c, FIRST).await?;
    let listed = sessions(&c).await?;
    assert!(listed.contains("market vendors") && !listed.contains("Youth coalition"), "{listed}");
    wait_for(&c, "#lock").await?.click().await?;

    choose_profile(&c, "Green notebook").await?;
    unlock(&c, FIRST).await?;
    wait_until("a wrong-passphrase message", || async { Ok(!text(&c, "#unlock-error").await?.is_empty()) }).await?;
    unlock(&c, SECOND).await?;
    let listed = sessions(&c).await?;
    assert!(listed.contains("Youth coalition") && !listed.contains("market vendors"), "{listed}");
    // Locking comes back to the same profile.
    wait_for(&c, "#lock").await?.click().await?;
    wait_for(&c, "#profile").await?;
    let shown = c.execute("return document.getElementById('profile').selectedOptions[0].textContent", vec![]).await?;
    assert_eq!(shown.as_str(), Some("Green notebook"));

    // A third facilitator adds their own profile from the unlock screen.
    wait_for(&c, "#profile-new").await?.click().await?;
    wait_for(&c, "#profile-name").await?.send_keys("Blue").await?;
    wait_for(&c, "#profile-add").await?.click().await?;
    wait_for(&c, "#passphrase-confirm").await?.send_keys("blue profile words").await?;
    wait_for(&c, "#passphrase").await?.send_keys("blue profile words").await?;
    wait_for(&c, "#unlock-button").await?.click().await?;
    wait_for(&c, "#new-session").await?;
    assert!(c.find_all(Locator::Css("tr[data-id]")).await?.is_empty(), "a new profile starts empty");
    wait_for(&c, "#lock").await?.click().await?;
    wait_for(&c, "#profile").await?;
    driver.shot(&c, "profiles-three").await?;
    let names =
        |dir: &Path| -> Result<Vec<String>> { Ok(Profiles::load(dir)?.list().into_iter().map(|p| p.name).collect()) };
    assert_eq!(names(data.path())?, ["default", "Green notebook", "Blue"]);

    // Blue wipes their profile on the Security screen: theirs goes, and only theirs.
    let blue = Profiles::load(data.path())?.dir_of(Some("Blue"))?;
    assert!(blue.exists());
    unlock(&c, "blue profile words").await?;
    wait_for(&c, "#new-session").await?;
    c.execute("location.hash = '#/security'", vec![]).await?;
    wait_for(&c, "#wipe-store").await?.click().await?;
    wait_for(&c, "#wipe-store").await?.click().await?; // the inline confirmation
    wait_until("the unlock screen offers the two profiles left", || async {
        let labels = c
            .execute(
                "const p = document.getElementById('profile'); return p ? [...p.options].map((o) => o.textContent) : null",
                vec![],
            )
            .await?;
        Ok(labels.as_array().is_some_and(|l| l.len() == 2 && !l.iter().any(|x| x == "Blue")))
    })
    .await?;
    c.close().await?;
    assert!(!blue.exists(), "Blue's folder is gone");
    assert_eq!(names(data.path())?, ["default", "Green notebook"]);
    let titles = |dir: &Path, pass: &str| -> Result<String> {
        let store = Store::open(dir, &Passphrase::new(pass))?;
        Ok(store.list(Entity::Session)?.iter().map(|s| s["title"].to_string()).collect())
    };
    assert!(titles(data.path(), FIRST)?.contains("market vendors"), "the first profile is whole");
    assert!(titles(&green, SECOND)?.contains("Youth coalition"), "Green notebook is whole");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_withdrawal_erases_at_once_and_a_sign_in_sheet_is_added_only_when_every_row_is_right() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let data = tempfile::tempdir()?;
    cli(data.path(), FIRST, &["init"])?;
    let (session_id, wayra) = {
        let mut store = Store::open(data.path(), &Passphrase::new(FIRST))?;
        let s = store.create_session(fields(json!({"title": "Escucha en El Alto", "notes": "Wayra Condori abrió"})))?;
        let p = store.create(
            Entity::Participant,
            fields(json!({"session_id": s.to_string(), "name": "Wayra Condori", "consent_named": true, "consent_record": true})),
        )?;
        // Another withdrew only their name: their card stays, with the name field erased and shut.
        let rosa = store.create(
            Entity::Participant,
            fields(
                json!({"session_id": s.to_string(), "name": "Rosa Quispe", "pseudonym": "R.", "consent_named": true}),
            ),
        )?;
        store.withdraw_consent(rosa, fieldbook_core::consent::Scope::Named, "", "", None)?;
        (s, p)
    };
    let driver = Driver::start(data.path(), &[])?;
    let c = driver.launch().await?;
    unlock(&c, FIRST).await?;
    wait_for(&c, "#new-session").await?;
    c.execute(&format!("location.hash = '#/session/{session_id}'"), vec![]).await?;
    wait_for(&c, ".withdrawn-note").await?;
    let shut = c
        .execute("return document.querySelector('.withdrawn-note').closest('.item').querySelector('[data-field=name]').disabled", vec![])
        .await?;
    assert_eq!(shut.as_bool(), Some(true), "a withdrawn name cannot be typed again");
    let card = format!("[data-item='{wayra}']");
    wait_for(&c, &format!("{card} .withdraw-open")).await?.click().await?;
    wait_for(&c, &format!("{card} .withdraw-by")).await?.send_keys("Ana").await?;
    driver.shot(&c, "consent-withdraw-panel").await?;
    let confirm = wait_for(&c, "#withdraw-confirm").await?;
    confirm.click().await?;
    confirm.click().await?;
    wait_for(&c, ".item.withdrawn").await?;
    let notes =
        c.execute("return document.querySelector('[data-entity=session][data-field=notes]').value", vec![]).await?;
    assert_eq!(notes.as_str(), Some("[…] abrió"), "the name is erased from the notes too");
    driver.shot(&c, "consent-withdrawn").await?;

    // A sign-in sheet: a BOM, Nepali and Arabic names, and a consent cell that is not yes or no.
    let sheet = tempfile::Builder::new().suffix(".csv").tempfile_in(std::env::temp_dir())?;
    std::fs::write(
        sheet.path(),
        "\u{feff}Name,Organisation,May be quoted\nसीता तामाङ,घरेलु श्रमिक संघ,yes\nفاطمة الزهراء,,maybe\n",
    )?;
    answer_file_dialogs(&c, &[sheet.path()]).await?;
    wait_for(&c, "#import-sheet").await?;
    c.execute(
        "document.getElementById('import-sheet').scrollIntoView(); document.getElementById('import-sheet').click()",
        vec![],
    )
    .await?;
    // The consent column's header is not a usual name: the facilitator says what it holds.
    let pick = |value: &str| {
        format!("const s = document.querySelector('#sheet-panel select[data-column=\"2\"]'); s.value = '{value}'; s.dispatchEvent(new Event('change'));")
    };
    wait_for(&c, "#sheet-preview").await?;
    c.execute(&pick("consent_quote"), vec![]).await?;
    let errors = text(&c, "#sheet-errors").await?;
    assert!(errors.contains("Row 3") && errors.contains("maybe"), "{errors}");
    assert!(
        wait_for(&c, "#sheet-add").await?.attr("disabled").await?.is_some(),
        "nothing is added while a row is wrong"
    );
    driver.shot(&c, "consent-sheet-errors").await?;
    // The consent column is left out: consent then counts as not given, and every row is right.
    c.execute(&pick(""), vec![]).await?;
    wait_until("the errors to go", || async { Ok(c.find_all(Locator::Css("#sheet-errors")).await?.is_empty()) })
        .await?;
    let preview = text(&c, "#sheet-preview").await?;
    assert!(preview.contains("सीता तामाङ") && preview.contains("فاطمة الزهراء"), "{preview}");
    wait_for(&c, "#sheet-add").await?.click().await?;
    wait_until("the participants to be added", || async {
        Ok(c.find_all(Locator::Css(".item.participant")).await?.len() == 4)
    })
    .await?;
    c.execute("location.hash = '#/sync'", vec![]).await?;
    let listed = text(&c, "#withdrawals").await?;
    assert!(listed.contains("to be recorded at all") && listed.contains("this device"), "{listed}");
    driver.shot(&c, "consent-sync-withdrawals").await?;
    c.close().await?;

    let store = Store::open(data.path(), &Passphrase::new(FIRST))?;
    let doc = store.session_doc(session_id)?;
    let added: Vec<&Json> = doc.participants.iter().map(|p| &p["name"]).collect();
    assert!(added.contains(&&json!("सीता तामाङ")) && added.contains(&&json!("فاطمة الزهراء")), "{added:?}");
    assert!(doc.participants.iter().all(|p| p["consent_quote"] == json!(false)), "consent not given without a column");
    Ok(())
}
