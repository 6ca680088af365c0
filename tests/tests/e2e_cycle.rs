//! WebDriver e2e of the engagement cycle in the real window: the home screen lists a movement
//! whose check-in is due; its page shows the role, and a check-in recorded there takes it off
//! the list; actors and a relation added in the page appear on the actor map (also drawn for a
//! sixty-actor movement); search marks its matches and the dashboard draws its charts.

use anyhow::Result;
use chrono::{Local, Months};
use fantoccini::{Client, Locator};
use fieldbook_core::{Entity, Passphrase, RecordId, Store};
use fieldbook_tests::{cli, wait_for, wait_saved, wait_until, Driver, ONE_APP_AT_A_TIME};
use serde_json::{json, Value as Json};

const PASS: &str = "cycle window words";

fn add(store: &mut Store, e: Entity, v: Json) -> Result<RecordId> {
    Ok(store.create(e, v.as_object().cloned().unwrap_or_default())?)
}

async fn count(c: &Client, css: &str) -> Result<usize> {
    Ok(c.find_all(Locator::Css(css)).await?.len())
}

/// A movement whose role began seven months ago with no check-in since, and one with sixty actors.
fn seed(dir: &std::path::Path) -> Result<(RecordId, RecordId)> {
    let mut store = Store::open(dir, &Passphrase::new(PASS))?;
    let began = Local::now().date_naive().checked_sub_months(Months::new(7)).expect("a date").to_string();
    let due = add(&mut store, Entity::Movement, json!({"name": "Lima Youth Coalition", "country": "Peru"}))?;
    add(
        &mut store,
        Entity::RoleChange,
        json!({"movement_id": due.to_string(), "date": began, "roles": ["ally"], "reason": "Agreed at the first assembly"}),
    )?;
    let big = add(
        &mut store,
        Entity::Movement,
        json!({"name": "National Federation of Market Vendors", "country": "Ghana"}),
    )?;
    let b = big.to_string();
    let mut hubs = vec![];
    for i in 0..60 {
        let kind = match i % 10 {
            0 => "network",
            7 => "funder",
            8 => "official",
            9 => "ngo",
            _ => "collective",
        };
        let name = format!("{} {}", ["Market", "Vendors", "Porters", "Traders", "Tailors", "Carriers"][i % 6], i + 1);
        let id = add(
            &mut store,
            Entity::Actor,
            json!({"movement_id": b, "name": name, "kind": kind, "org_kind": if i % 3 == 0 { "informal" } else { "formal" }}),
        )?;
        if i % 10 == 0 {
            hubs.push(id);
        } else if let Some(hub) = hubs.last() {
            let rel = if i % 10 == 9 { "convenes" } else { "member_of" };
            add(
                &mut store,
                Entity::Relation,
                json!({"movement_id": b, "from_id": id.to_string(), "to_id": hub.to_string(), "kind": rel}),
            )?;
        }
    }
    for pair in hubs.windows(2) {
        add(
            &mut store,
            Entity::Relation,
            json!({"movement_id": b, "from_id": pair[0].to_string(), "to_id": pair[1].to_string(), "kind": "allied_with"}),
        )?;
    }
    Ok((due, big))
}

#[tokio::test(flavor = "multi_thread")]
async fn check_in_due_actor_map_search_and_dashboard() -> Result<()> {
    let _one = ONE_APP_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir()?;
    cli(dir.path(), PASS, &["init"])?;
    cli(dir.path(), PASS, &["demo-data", "--sessions", "24", "--seed", "5"])?;
    let (due, big) = seed(dir.path())?;

    let driver = Driver::start(dir.path(), &[])?;
    let c = driver.launch().await?;
    wait_for(&c, "#passphrase").await?.send_keys(PASS).await?;
    wait_for(&c, "#unlock-button").await?.click().await?;

    // Home: the movement is on the check-in-due list.
    let entry = format!("#checkins-due li[data-movement='{due}']");
    let line = wait_for(&c, &entry).await?.text().await?;
    assert!(line.contains("Lima Youth Coalition") && line.contains("never"), "{line}");
    driver.shot(&c, "40-home-attention").await?;

    // Its page: the role, the due note; a check-in recorded today takes it off the list.
    wait_for(&c, &format!("{entry} a")).await?.click().await?;
    let roles = wait_for(&c, "#current-roles").await?.text().await?;
    assert!(roles.starts_with("Ally") && roles.contains("since"), "{roles}");
    assert!(wait_for(&c, "#checkin-status").await?.text().await?.contains("is due"));
    wait_for(&c, "#add-checkin").await?.click().await?;
    let feedback = wait_for(&c, "#checkins .item.check_in textarea[data-field=feedback]").await?;
    // The new check-in takes the focus (its date) a frame after it is drawn; typing before that
    // would send the rest of the words to the date.
    wait_until("the new check-in has the focus", || async {
        Ok(c.execute("return !!document.activeElement.closest('#checkins .item')", vec![]).await? == true)
    })
    .await?;
    let said = "Keep backing the campaign; let us speak for ourselves.";
    feedback.send_keys(said).await?;
    wait_until("the check-in clears the due note", || async {
        Ok(!c.find(Locator::Css("#checkin-status")).await?.text().await?.contains("is due"))
    })
    .await?;
    wait_saved(&c).await?;

    // Actors and a relation added here appear on the map.
    wait_for(&c, "#add-actor").await?.click().await?;
    wait_for(&c, "#actors .item.actor input[data-field=name]").await?.send_keys("Student union").await?;
    wait_saved(&c).await?;
    wait_for(&c, "#add-actor").await?.click().await?;
    wait_until("two actors are listed", || async { Ok(count(&c, "#actors .item.actor").await? == 2) }).await?;
    let names = c.find_all(Locator::Css("#actors .item.actor input[data-field=name]")).await?;
    for n in &names {
        if n.prop("value").await?.unwrap_or_default().is_empty() {
            n.send_keys("City youth network").await?;
        }
    }
    wait_saved(&c).await?;
    wait_for(&c, "#add-relation").await?.click().await?;
    wait_until("the map shows two actors and their relation", || async {
        Ok(count(&c, "#actor-map-svg [data-actor]").await? == 2 && count(&c, "#actor-map-svg line.edge").await? == 1)
    })
    .await?;
    // Read in one script: the map is drawn again as the last save comes back, and an element
    // found before that is gone by the time its text is asked for.
    let labels = c
        .execute("return document.querySelector('#actor-map-svg')?.textContent ?? ''", vec![])
        .await?
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(labels.contains("Student union") && labels.contains("City youth network"), "{labels}");
    c.execute("window.scrollTo(0, 0)", vec![]).await?;
    driver.shot(&c, "41-movement-cycle").await?;

    // Every record of the cycle has a sensitivity picker; the choice is saved with the record.
    let pickers = c.find_all(Locator::Css("#actors .item.actor select[data-field=tier]")).await?;
    assert_eq!(pickers.len(), 2);
    assert_eq!(pickers[0].prop("value").await?.as_deref(), Some("default"));
    pickers[0].select_by_value("restricted").await?;
    wait_saved(&c).await?;
    for (items, n) in [("#roles .item", 1), ("#checkins .item", 1), ("#actors .item.relation", 1)] {
        assert!(count(&c, &format!("{items} select[data-field=tier]")).await? >= n, "no picker in {items}");
    }
    let page = c.execute("return location.hash", vec![]).await?;
    c.execute("location.hash = '#/sessions'", vec![]).await?;
    wait_for(&c, "#session-count").await?;
    c.execute("location.hash = arguments[0]", vec![page]).await?;
    wait_until("the actor is still restricted after the page is drawn again", || async {
        let mut restricted = 0;
        for p in c.find_all(Locator::Css("#actors .item.actor select[data-field=tier]")).await? {
            restricted += usize::from(p.prop("value").await?.as_deref() == Some("restricted"));
        }
        Ok(restricted == 1)
    })
    .await?;
    // Drawn again from the store: every word of the feedback was saved.
    let stored = wait_for(&c, "#checkins .item.check_in textarea[data-field=feedback]").await?.prop("value").await?;
    assert_eq!(stored.as_deref(), Some(said));
    c.execute("document.querySelector('#actors .item.actor').scrollIntoView()", vec![]).await?;
    driver.shot(&c, "41-movement-tiers").await?;

    // Home again: nothing due for it any more.
    c.execute("location.hash = '#/sessions'", vec![]).await?;
    wait_for(&c, "#session-count").await?;
    assert_eq!(count(&c, &entry).await?, 0);

    // A sixty-actor map stays drawn node by node (its layout is checked for overlaps in core).
    c.execute(&format!("location.hash = '#/movement/{big}'"), vec![]).await?;
    wait_until("sixty actors on the map", || async { Ok(count(&c, "#actor-map-svg [data-actor]").await? == 60) })
        .await?;
    wait_until("each of the six NGOs convenes actors", || async { Ok(count(&c, "#overlaps li").await? == 6) }).await?;
    c.execute("document.getElementById('actors').scrollIntoView()", vec![]).await?;
    driver.shot(&c, "42-actor-map-60").await?;

    // Search marks what matched; the dashboard draws its charts.
    c.execute("location.hash = '#/search'", vec![]).await?;
    wait_for(&c, "#search-text").await?.send_keys("transport").await?;
    wait_until("search results", || async { Ok(count(&c, "#search-results .hits li").await? > 0) }).await?;
    let mark = wait_for(&c, "#search-results mark").await?.text().await?;
    assert!(mark.to_lowercase().starts_with("transport"), "{mark}");
    driver.shot(&c, "43-search").await?;
    // The from-date filters once it is a whole date, and only then (a half-entered date
    // filters nothing, and says so).
    let all = count(&c, "#search-results .hits li").await?;
    let from = |part: &str, value: &str| {
        format!(
            "const el = document.querySelector('.search-filters .date-filter .date-{part}'); el.value = '{value}';
             el.dispatchEvent(new Event('change', {{ bubbles: true }}));"
        )
    };
    for (part, value) in [("day", "1"), ("month", "1"), ("year", "2031")] {
        c.execute(&from(part, value), vec![]).await?;
    }
    wait_until("no results from 2031", || async { Ok(count(&c, "#search-results .hits li").await? == 0) }).await?;
    c.execute(&from("month", ""), vec![]).await?;
    wait_until("every result again", || async { Ok(count(&c, "#search-results .hits li").await? == all) }).await?;
    let hint = c
        .execute(
            "const h = document.querySelector('.search-filters .date-hint'); return h.hidden ? '' : h.textContent",
            vec![],
        )
        .await?;
    assert!(
        hint.as_str().is_some_and(|h| h.contains("whole date")),
        "the half-entered date says it is not used: {hint}"
    );
    c.execute("location.hash = '#/dashboard'", vec![]).await?;
    wait_for(&c, "#chart-themes svg rect.bar").await?;
    assert!(count(&c, "#chart-months svg rect.bar").await? > 0 && count(&c, "#chart-support svg rect.seg").await? > 0);
    driver.shot(&c, "44-dashboard").await?;
    c.close().await?;
    Ok(())
}
