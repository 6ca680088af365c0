//! The pseudo-locale sweep, in the real window: switched to `en-XA` (every catalogue message
//! accented, bracketed and 40% longer), every screen is walked and every visible text node and
//! `placeholder`, `aria-label` and `title` must come from the catalogue (accented), from the
//! data (the store's own strings), or hold no letters; and no button, tab, badge or table
//! heading may overflow with text 40% longer than English. The unlock screen is swept last.

use anyhow::Result;
use fantoccini::Client;
use fieldbook_core::{Entity, Passphrase, Store};
use fieldbook_tests::{wait_for, wait_until, Driver, ONE_APP_AT_A_TIME};
use serde_json::Value as Json;

const PASS: &str = "pseudo locale words";

/// Every string the store holds: what a screen may show without a catalogue message.
fn data_strings(v: &Json, out: &mut Vec<String>) {
    match v {
        Json::String(s) if s.chars().any(char::is_alphabetic) => out.push(s.clone()),
        Json::Array(a) => a.iter().for_each(|x| data_strings(x, out)),
        Json::Object(o) => o.values().for_each(|x| data_strings(x, out)),
        _ => {}
    }
}

const SWEEP: &str = r#"
const allowed = arguments[0];
const accented = /[áƀçđéƒĝĥíĵķļɱñóþǫŕšťúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŤÚṼŴẊÝŽ]/;
// Dates and lists the interface formats with Intl (its month names, the "and" of a list),
// which knows no pseudo-locale; time zones and technical tokens.
const months = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\b(AM|PM|and)\b/g;
const zone = /\b[A-Z][A-Za-z_]+\/[A-Za-z_\/+-]+\b|\bUTC\b/g;
const fromCatalogue = (t) => {
  if (accented.test(t)) return true;
  // Data cut short to fit (`Name of a long organisa…`).
  if (t.endsWith('…') && allowed.some((a) => a.startsWith(t.slice(0, -1)))) return true;
  let rest = t;
  for (const a of allowed) if (rest.includes(a)) rest = rest.split(a).join(' ');
  return !/\p{L}/u.test(rest.replace(months, '').replace(zone, ''));
};
const shown = (el) => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const bad = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const t = n.textContent.trim();
  if (t && shown(n.parentElement) && !n.parentElement.closest('textarea, script, style, .summary-page')
      && !fromCatalogue(t)) bad.push(`text: ${t.slice(0, 80)}`);
}
for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
  if (!shown(el)) continue;
  for (const a of ['placeholder', 'aria-label', 'title']) {
    const v = (el.getAttribute(a) || '').trim();
    if (v && !fromCatalogue(v)) bad.push(`${a}: ${v.slice(0, 80)}`);
  }
}
for (const el of document.querySelectorAll('button, .badge, .tabs a, th, .job-text')) {
  if (shown(el) && el.scrollWidth > el.clientWidth + 1) bad.push(`overflows: ${el.textContent.trim().slice(0, 60)}`);
}
return bad;
"#;

async fn sweep(c: &Client, allowed: &[String], screen: &str, ready: &str) -> Result<Vec<String>> {
    c.execute(&format!("location.hash = '{screen}'"), vec![]).await?;
    wait_for(c, ready).await?;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let bad = c.execute(SWEEP, vec![serde_json::json!(allowed)]).await?;
    Ok(bad.as_array().into_iter().flatten().filter_map(|v| v.as_str()).map(|v| format!("{screen}: {v}")).collect())
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_speaks_only_the_catalogue_and_nothing_overflows() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir()?;
    let (session, movement, mut allowed) = {
        let mut store = Store::init(dir.path(), &Passphrase::new(PASS))?;
        fieldbook_core::demo::generate(&mut store, 6, 3)?;
        let mut allowed = vec![];
        for e in Entity::ALL {
            data_strings(&Json::Array(store.list(e)?.into_iter().map(Json::Object).collect()), &mut allowed);
        }
        // This device's identity, shown on the Sync screen.
        allowed.extend([store.keys().age_recipient(), store.keys().fingerprint(), store.device_id().to_string()]);
        let id = |e: Entity| -> Result<String> { Ok(store.list(e)?[0]["id"].as_str().unwrap_or_default().to_string()) };
        (id(Entity::Session)?, id(Entity::Movement)?, allowed)
    };
    // Names of languages in the picker, the product's name, formats and technical tokens.
    allowed.extend(fieldbook_core::i18n::LANGUAGES.iter().map(|(_, n)| n.to_string()));
    allowed.extend(
        [
            "Fieldbook",
            "XLSX",
            "CSV",
            "A4",
            "PDF",
            "age1…",
            "postgres://office@db.example.org/federation?sslmode=verify-full",
        ]
        .map(String::from),
    );
    // Keyboard shortcuts (the keys' own names).
    allowed.extend((1..=7).map(|n| format!("Alt+{n}")));
    allowed.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let driver = Driver::start(dir.path(), &[("FIELDBOOK_PASSPHRASE", PASS), ("FIELDBOOK_PSEUDO_LOCALE", "1")])?;
    let c = driver.launch().await?;
    wait_for(&c, "#new-session").await?;
    c.execute(
        "const s = document.querySelector('#language'); s.value = 'en-XA'; s.dispatchEvent(new Event('change'));",
        vec![],
    )
    .await?;
    wait_until("the pseudo-locale", || async {
        Ok(c.execute("return document.documentElement.lang", vec![]).await?.as_str() == Some("en-XA"))
    })
    .await?;
    let mut bad = vec![];
    for (screen, ready) in [
        ("#/sessions".to_string(), "#new-session"),
        (format!("#/session/{session}"), "textarea"),
        (format!("#/session/{session}/history"), "h1"),
        (format!("#/session/{session}/summary"), "h1"),
        ("#/movements".to_string(), "h1"),
        (format!("#/movement/{movement}"), "h1"),
        ("#/search".to_string(), "h1"),
        ("#/dashboard".to_string(), "h1"),
        ("#/guides".to_string(), ".guide"),
        ("#/sync".to_string(), "#publish-card"),
        ("#/security".to_string(), "h1"),
    ] {
        bad.extend(sweep(&c, &allowed, &screen, ready).await?);
        driver.shot(&c, &format!("pseudo-{}", screen.trim_start_matches("#/").replace('/', "-"))).await?;
    }
    // The unlock screen, after locking.
    wait_for(&c, "#lock").await?.click().await?;
    wait_for(&c, "#unlock-button").await?;
    let found = c.execute(SWEEP, vec![serde_json::json!(allowed)]).await?;
    bad.extend(found.as_array().into_iter().flatten().filter_map(|v| v.as_str()).map(|v| format!("unlock: {v}")));
    driver.shot(&c, "pseudo-unlock").await?;
    c.execute(
        "const s = document.querySelector('#language'); s.value = 'en'; s.dispatchEvent(new Event('change'));",
        vec![],
    )
    .await?;
    c.close().await?;
    assert!(bad.is_empty(), "{} texts not from the catalogue, or overflowing:\n{}", bad.len(), bad.join("\n"));
    Ok(())
}
