//! The engagement cycle as a facilitator and an office live it: map the players, listen, agree
//! a role, see the check-in fall due six months later, check in, share the results back; then
//! the office receives it all in a bundle and finds it with `checkins due` and `search`.
//! Records are written through the core (the app's generic commands do the same); everything
//! read back goes through the command line an office script would use.

use anyhow::Result;
use fieldbook_core::{Entity, Passphrase, RecordId, Store};
use fieldbook_tests::cli;
use serde_json::{json, Value as Json};
use std::path::Path;

const PASS: &str = "cycle story passphrase";

fn add(store: &mut Store, e: Entity, v: Json) -> RecordId {
    store.create(e, v.as_object().cloned().unwrap_or_default()).expect("create")
}

fn due(dir: &Path, on: &str) -> Result<Vec<Json>> {
    let out = cli(dir, PASS, &["checkins", "due", "--on", on, "--json"])?;
    Ok(serde_json::from_str::<Json>(&out)?.as_array().cloned().unwrap_or_default())
}

#[test]
fn map_listen_agree_check_in_share_back_and_hand_over() -> Result<()> {
    let field = tempfile::tempdir()?;
    let office = tempfile::tempdir()?;
    cli(office.path(), PASS, &["init"])?;
    cli(field.path(), PASS, &["init"])?;

    let (movement, session) = {
        let mut store = Store::open(field.path(), &Passphrase::new(PASS))?;
        // 1. Map the key players, informal ones and the periphery included.
        let m =
            add(&mut store, Entity::Movement, json!({"name": "Domestic Workers' Union of Lima", "country": "Peru"}));
        let ms = m.to_string();
        let actor = |store: &mut Store, name: &str, kind: &str, formal: &str| {
            add(store, Entity::Actor, json!({"movement_id": ms, "name": name, "kind": kind, "org_kind": formal}))
        };
        let union = actor(&mut store, "Union executive", "union", "formal");
        let chapter = actor(&mut store, "Night-shift carers", "informal_group", "informal");
        let ngo = actor(&mut store, "Legal Aid NGO", "ngo", "formal");
        let rel = |store: &mut Store, a: RecordId, b: RecordId, kind: &str| {
            add(
                store,
                Entity::Relation,
                json!({"movement_id": ms, "from_id": a.to_string(), "to_id": b.to_string(), "kind": kind}),
            )
        };
        rel(&mut store, chapter, union, "member_of");
        rel(&mut store, ngo, chapter, "convenes");
        // 2. Listen.
        let s = add(
            &mut store,
            Entity::Session,
            json!({"title": "First listening", "movement_ids": [ms], "starts_at": "2026-01-20T10:00"}),
        );
        add(
            &mut store,
            Entity::Question,
            json!({"session_id": s.to_string(), "answer": "Members need safe transport to night meetings."}),
        );
        store.update(
            Entity::Actor,
            union,
            json!({"session_ids": [s.to_string()]}).as_object().cloned().unwrap_or_default(),
        )?;
        // 3. Agree the role, with the movement setting the agenda.
        add(
            &mut store,
            Entity::RoleChange,
            json!({"movement_id": ms, "date": "2026-01-20", "roles": ["ally"], "reason": "They lead; we back their campaign."}),
        );
        (m, s)
    };
    let ms = movement.to_string();

    // 4. Six months later the check-in is due, not a day before.
    assert!(due(field.path(), "2026-07-19")?.is_empty());
    let list = due(field.path(), "2026-07-20")?;
    assert_eq!(list.len(), 1);
    assert_eq!((list[0]["movement_id"].as_str(), list[0]["last_check_in"].is_null()), (Some(ms.as_str()), true));
    let text = cli(field.path(), PASS, &["checkins", "due", "--on", "2026-08-01"])?;
    assert!(text.contains("Domestic Workers' Union of Lima") && text.contains("12 days"), "{text}");

    // 5. Check in; the movement asks for a change, which is recorded with its reason.
    {
        let mut store = Store::open(field.path(), &Passphrase::new(PASS))?;
        add(
            &mut store,
            Entity::CheckIn,
            json!({"movement_id": ms, "date": "2026-08-02", "feedback": "Please convene the meeting with the ministry.", "decision": "change"}),
        );
        add(
            &mut store,
            Entity::RoleChange,
            json!({"movement_id": ms, "date": "2026-08-02", "roles": ["ally", "convener"], "reason": "Asked at the August check-in."}),
        );
        // 6. Share the results back.
        add(
            &mut store,
            Entity::ShareBack,
            json!({"movement_id": ms, "session_id": session.to_string(), "date": "2026-08-10", "audience": "Members' assembly", "form": "meeting"}),
        );
        let overlaps = store.overlaps(Some(movement))?;
        assert_eq!((overlaps.len(), overlaps[0].we_convene), (1, true), "the legal aid NGO convenes the carers too");
    }
    assert!(due(field.path(), "2027-02-01")?.is_empty());
    assert_eq!(due(field.path(), "2027-02-02")?.len(), 1);

    // 7. Hand over to the office in a bundle; the office sees the same cycle.
    let to: Json = serde_json::from_str(&cli(office.path(), PASS, &["identity", "show", "--json"])?)?;
    let to = to["age_recipient"].as_str().unwrap_or_default().to_string();
    cli(field.path(), PASS, &["recipients", "add", &to, "--label", "Office"])?;
    let bundle = field.path().join("cycle.fieldbook");
    cli(field.path(), PASS, &["export", "--to", &to, "--out", bundle.to_str().expect("path")])?;
    cli(office.path(), PASS, &["import", "--trust-new-devices", bundle.to_str().expect("path")])?;
    assert_eq!(due(office.path(), "2027-02-02")?.len(), 1);
    // The whole import history, beyond the newest hundred the Sync screen lists.
    let imports: Json = serde_json::from_str(&cli(office.path(), PASS, &["imports", "--json"])?)?;
    assert_eq!(imports.as_array().map(Vec::len), Some(1));
    assert_eq!(imports[0]["file_name"].as_str(), Some("cycle.fieldbook"));
    let said = cli(office.path(), PASS, &["imports"])?;
    assert!(said.contains("cycle.fieldbook") && said.contains(" applied"), "{said}");
    let store = Store::open(office.path(), &Passphrase::new(PASS))?;
    let roles = store.role_timeline(movement)?;
    assert_eq!((roles.current, roles.history.len()), (vec!["convener".to_string(), "ally".to_string()], 2));
    assert_eq!(store.list(Entity::ShareBack)?.len(), 1);
    assert_eq!((store.actor_map(movement)?.nodes.len(), store.actor_map(movement)?.edges.len()), (3, 2));
    drop(store);
    let hits: Json = serde_json::from_str(&cli(
        office.path(),
        PASS,
        &["search", "night transport", "--country", "peru", "--json"],
    )?)?;
    assert_eq!(hits[0]["session_id"].as_str(), Some(session.to_string().as_str()));
    assert_eq!(hits.as_array().map(Vec::len), Some(1));
    let none: Json =
        serde_json::from_str(&cli(office.path(), PASS, &["search", "transport", "--role", "amplifier", "--json"])?)?;
    assert_eq!(none, json!([]));
    Ok(())
}

#[test]
fn search_on_demo_data_from_the_command_line() -> Result<()> {
    let dir = tempfile::tempdir()?;
    cli(dir.path(), PASS, &["init"])?;
    cli(dir.path(), PASS, &["demo-data", "--sessions", "30", "--seed", "3"])?;
    let text = cli(dir.path(), PASS, &["search", "ministry"])?;
    assert!(text.contains("[ministry]") || text.contains("[Ministry]"), "matches are marked:\n{text}");
    let hits: Json =
        serde_json::from_str(&cli(dir.path(), PASS, &["search", "ministry", "--status", "draft", "--json"])?)?;
    let hits = hits.as_array().cloned().unwrap_or_default();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["status"] == "draft"));
    let nothing = cli(dir.path(), PASS, &["search", "zzzunknownword"])?;
    assert_eq!(nothing.trim(), "Nothing found.");
    Ok(())
}
