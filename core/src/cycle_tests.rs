//! The engagement cycle on a real store: roles over time, check-ins falling due, overdue
//! support, overlapping conveners, search kept current by the triggers, and the dashboard.

use super::*;
use crate::search::SearchQuery;
use crate::Passphrase;
use serde_json::{json, Map};

fn new_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::init(dir.path(), &Passphrase::new("correct horse battery")).expect("init");
    (dir, store)
}

fn fields(v: Json) -> Map<String, Json> {
    v.as_object().cloned().unwrap_or_default()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

fn add(store: &mut Store, e: Entity, v: Json) -> RecordId {
    store.create(e, fields(v)).expect("create")
}

#[test]
fn role_history_and_check_in_due_after_six_months() {
    let (_d, mut store) = new_store();
    let m = add(&mut store, Entity::Movement, json!({"name": "Domestic workers' union", "country": "Peru"}));
    let idle = add(&mut store, Entity::Movement, json!({"name": "No role yet"}));
    let ms = m.to_string();
    add(
        &mut store,
        Entity::RoleChange,
        json!({"movement_id": ms, "date": "2026-01-10", "roles": ["ally"], "reason": "First agreement"}),
    );
    let change = json!({"movement_id": ms, "date": "2026-03-01", "roles": ["resource_partner", "convener"], "reason": "They asked us to host"});
    add(&mut store, Entity::RoleChange, change);

    let t = store.role_timeline(m).expect("timeline");
    assert_eq!(t.current, ["convener", "resource_partner"], "codes kept in the vocabulary's order");
    assert_eq!(t.since.as_deref(), Some("2026-03-01"));
    assert_eq!(t.history.len(), 2);
    assert_eq!(t.history[1].reason, "First agreement");
    assert!(store.role_timeline(idle).expect("idle").current.is_empty());

    // The clock starts when the first role began.
    assert!(store.checkins_due(day("2026-07-09")).expect("due").is_empty());
    let due = store.checkins_due(day("2026-07-10")).expect("due");
    assert_eq!(due.len(), 1, "{due:?}");
    assert_eq!(
        (due[0].due_since.as_str(), due[0].days_overdue, due[0].last_check_in.as_ref()),
        ("2026-07-10", 0, None)
    );

    let c = json!({"movement_id": ms, "date": "2026-07-20", "feedback": "Keep hosting", "decision": "keep"});
    add(&mut store, Entity::CheckIn, c);
    assert!(store.checkins_due(day("2027-01-19")).expect("due").is_empty());
    let due = store.checkins_due(day("2027-02-01")).expect("due");
    assert_eq!((due[0].last_check_in.as_deref(), due[0].days_overdue), (Some("2026-07-20"), 12));

    // Pausing the role (no roles) stops the clock.
    add(
        &mut store,
        Entity::RoleChange,
        json!({"movement_id": ms, "date": "2027-01-25", "roles": [], "reason": "Paused"}),
    );
    assert!(store.checkins_due(day("2027-02-01")).expect("due").is_empty());
    assert!(store.create(Entity::RoleChange, fields(json!({"movement_id": ms, "roles": ["donor"]}))).is_err());

    // The search's role filter reads the current role in SQL: it must agree with the timeline,
    // undated changes (which sort last) included.
    add(&mut store, Entity::RoleChange, json!({"movement_id": ms, "roles": ["amplifier"], "reason": "undated"}));
    crate::demo::generate(&mut store, 3, 7).expect("demo");
    for role in ["convener", "ally", "resource_partner", "amplifier"] {
        let mut by_timeline = vec![];
        for mv in store.list(Entity::Movement).expect("movements") {
            let id: RecordId = mv["id"].as_str().and_then(|s| s.parse().ok()).expect("id");
            if store.role_timeline(id).expect("timeline").current.iter().any(|c| c == role) {
                by_timeline.push(id.to_string());
            }
        }
        let q = SearchQuery { role: Some(role.into()), ..SearchQuery::default() };
        let mut by_sql = store.movements_matching(&q).expect("filter").unwrap_or_default();
        by_timeline.sort();
        by_sql.sort();
        assert_eq!(by_sql, by_timeline, "{role}");
    }
}

#[test]
fn overdue_support_and_overlapping_conveners() {
    let (_d, mut store) = new_store();
    let m = add(&mut store, Entity::Movement, json!({"name": "Rural women's network"}));
    let s = add(&mut store, Entity::Session, json!({"title": "Listening", "movement_ids": [m.to_string()]}));
    let support = |what: &str, due: &str, status: &str| json!({"session_id": s.to_string(), "what": what, "due_date": due, "status": status, "role": "ally"});
    add(&mut store, Entity::Support, support("Transport", "2026-05-01", "agreed"));
    add(&mut store, Entity::Support, support("Done already", "2026-04-01", "done"));
    add(&mut store, Entity::Support, support("Later", "2026-12-01", "in_progress"));
    let late = store.overdue_support(day("2026-06-01")).expect("overdue");
    assert_eq!(late.len(), 1);
    assert_eq!(
        (late[0].what.as_str(), late[0].days_overdue, late[0].session_title.as_str()),
        ("Transport", 31, "Listening")
    );
    // The attention panel asks for the most overdue few and the count of all.
    add(&mut store, Entity::Support, support("Older still", "2026-03-01", "agreed"));
    let page = store.overdue_support_page(day("2026-06-01"), 1).expect("page");
    assert_eq!((page.total, page.items.len(), page.items[0].what.as_str()), (2, 1, "Older still"));
    assert_eq!(store.overdue_count(day("2026-06-01")).expect("count"), 2);

    let ms = m.to_string();
    let ngo = add(&mut store, Entity::Actor, json!({"movement_id": ms, "name": "Other NGO", "kind": "ngo"}));
    let group =
        add(&mut store, Entity::Actor, json!({"movement_id": ms, "name": "Village group", "kind": "informal_group"}));
    let rel = |from: RecordId, to: RecordId, kind: &str| json!({"movement_id": ms, "from_id": from.to_string(), "to_id": to.to_string(), "kind": kind});
    add(&mut store, Entity::Relation, rel(ngo, group, "convenes"));
    add(&mut store, Entity::Relation, rel(group, ngo, "convenes"));
    let overlaps = store.overlaps(None).expect("overlaps");
    assert_eq!(overlaps.len(), 1, "only an NGO or network convening counts: {overlaps:?}");
    assert_eq!(
        (overlaps[0].convener.as_str(), overlaps[0].actors.clone(), overlaps[0].we_convene),
        ("Other NGO", vec!["Village group".to_string()], false)
    );
    add(&mut store, Entity::RoleChange, json!({"movement_id": ms, "date": "2026-01-01", "roles": ["convener"]}));
    assert!(store.overlaps(Some(m)).expect("overlaps")[0].we_convene);

    let map = store.actor_map(m).expect("map");
    assert_eq!((map.nodes.len(), map.edges.len()), (2, 2));
    assert!(map.nodes.iter().any(|n| n.periphery && n.name == "Other NGO"));

    // Deleting an actor takes its relations; deleting the movement takes the whole cycle.
    store.delete(Entity::Actor, group).expect("delete");
    assert!(store.list(Entity::Relation).expect("relations").is_empty());
    store.delete(Entity::Movement, m).expect("delete");
    assert!(store.list(Entity::Actor).expect("actors").is_empty());
    assert!(store.list(Entity::RoleChange).expect("roles").is_empty());
}

#[test]
fn search_follows_every_write_and_filters() {
    let (_d, mut store) = new_store();
    let peru = add(&mut store, Entity::Movement, json!({"name": "Union", "country": "Peru"}));
    let nepal = add(&mut store, Entity::Movement, json!({"name": "Forum", "country": "Nepal"}));
    add(
        &mut store,
        Entity::RoleChange,
        json!({"movement_id": nepal.to_string(), "date": "2026-01-01", "roles": ["amplifier"]}),
    );
    let session = |store: &mut Store, m: RecordId, at: &str, status: &str| {
        add(
            store,
            Entity::Session,
            json!({"title": "Listening", "movement_ids": [m.to_string()], "starts_at": at, "status": status}),
        )
    };
    let a = session(&mut store, peru, "2026-03-05T10:00", "draft");
    let b = session(&mut store, nepal, "2026-08-31T18:00", "reviewed");
    let qa = add(
        &mut store,
        Entity::Question,
        json!({"session_id": a.to_string(), "answer": "Employers withhold wages at night."}),
    );
    add(&mut store, Entity::Risk, json!({"session_id": b.to_string(), "description": "Unpaid wages and threats"}));
    add(&mut store, Entity::Support, json!({"session_id": b.to_string(), "what": "Legal clinic on wage theft"}));

    let find = |store: &Store, q: SearchQuery| -> Vec<String> {
        let mut kinds: Vec<String> = store.search(&q).expect("search").into_iter().map(|h| h.kind).collect();
        kinds.sort();
        kinds
    };
    let q = |text: &str| SearchQuery { text: text.into(), ..SearchQuery::default() };
    assert_eq!(find(&store, q("wage")), ["question", "risk", "support"], "prefix match");
    let hit = &store.search(&q("employers")).expect("search")[0];
    assert_eq!(
        (hit.session_id.clone(), hit.plain()),
        (a.to_string(), "[Employers] withhold wages at night.".to_string())
    );
    assert_eq!(find(&store, SearchQuery { country: Some("nepal".into()), ..q("wages") }), ["risk"]);
    assert_eq!(find(&store, SearchQuery { role: Some("amplifier".into()), ..q("wage") }), ["risk", "support"]);
    assert_eq!(find(&store, SearchQuery { movement_id: Some(peru), ..q("wage") }), ["question"]);
    assert_eq!(find(&store, SearchQuery { status: Some("reviewed".into()), ..q("wage") }), ["risk", "support"]);
    let to = Some(day("2026-08-31"));
    assert_eq!(
        find(&store, SearchQuery { from: Some(day("2026-08-31")), to, ..q("wages") }),
        ["risk"],
        "the whole last day"
    );
    assert!(store.search(&SearchQuery { status: Some("bogus".into()), ..q("wage") }).is_err());

    // Edits and deletes reach the index through the triggers.
    store.update(Entity::Question, qa, fields(json!({"answer": "Employers keep passports."}))).expect("update");
    assert_eq!(find(&store, q("wages night")), Vec::<String>::new());
    assert_eq!(find(&store, q("passports")), ["question"]);
    store.delete(Entity::Session, b).expect("delete");
    assert!(find(&store, q("wage")).is_empty());
    assert!(store.search(&q("  ")).expect("empty").is_empty());
}

#[test]
fn search_on_demo_data_finds_exactly_the_records_that_say_it() {
    let (_d, mut store) = new_store();
    crate::demo::generate(&mut store, 60, 7).expect("demo");
    let q = SearchQuery { text: "transport".into(), limit: 10_000, ..SearchQuery::default() };
    let hits = store.search(&q).expect("search");
    // The same answer by scanning every indexed field of every live record.
    let indexed: &[(Entity, &[&str])] = &[
        (Entity::Session, &["title", "notes"]),
        (Entity::Question, &["answer"]),
        (Entity::Quote, &["text"]),
        (Entity::Priority, &["title", "description", "theme"]),
        (Entity::Risk, &["description", "affected", "mitigation"]),
        (Entity::Support, &["what", "owner"]),
    ];
    let mut expected = vec![];
    for (e, fs) in indexed {
        for r in store.list(*e).expect("list") {
            let says = fs.iter().any(|f| {
                r.get(*f)
                    .and_then(Json::as_str)
                    .unwrap_or_default()
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.starts_with("transport"))
            });
            if says {
                expected.push(r["id"].as_str().unwrap_or_default().to_string());
            }
        }
    }
    let mut found: Vec<String> = hits.iter().map(|h| h.id.clone()).collect();
    found.sort();
    expected.sort();
    assert!(expected.len() > 20, "demo data says transport often: {}", expected.len());
    assert_eq!(found, expected);
    assert!(hits.iter().all(|h| h.snippet.iter().any(|s| s.hit && s.text.to_lowercase().starts_with("transport"))));

    let dash = store.dashboard(day("2026-11-22")).expect("dashboard");
    let votes: i64 = dash.themes.iter().map(|t| t.votes).sum();
    let all: i64 = store.list(Entity::Priority).expect("p").iter().map(|p| p["votes"].as_i64().unwrap_or(0)).sum();
    assert_eq!(votes, all);
    assert_eq!(dash.months.iter().map(|m| m.sessions).sum::<i64>(), 60);
    let supports = store.list(Entity::Support).expect("s").len();
    assert_eq!(dash.support.iter().map(|s| s.count).sum::<i64>(), i64::try_from(supports).unwrap_or(0));
    assert!(dash.overdue > 0 && dash.checkins_due > 0, "{dash:?}");
    assert_eq!(store.list(Entity::Actor).expect("actors").len(), 60, "ten actors for each demo movement");
}
