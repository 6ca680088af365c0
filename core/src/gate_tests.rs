//! The egress gate stops a leak the first line missed: a restricted name planted where the tier
//! cut does not look (a list field), or written into a summary after it was scrubbed.

use super::Gate;
use crate::error::Error;
use crate::schema::Entity;
use crate::sync::tests::device;
use crate::sync::ExportOptions;
use crate::table::TableFormat;
use crate::tier::Tier;
use serde_json::{json, Map, Value as Json};

fn fields(v: Json) -> Map<String, Json> {
    v.as_object().cloned().unwrap_or_default()
}

#[test]
fn the_gate_stops_every_form_of_a_restricted_name_and_never_says_it() {
    let gate = Gate::new(&["Dolores Quispe".into(), "សុខា".into()], &["Dolores Amaya".into()]);
    for text in ["dolores spoke", "QUISPE", "Dol\u{200B}ores", "Dolo\u{0301}res", "ព្រឹកនេះសុខាមក"]
    {
        let e = gate.check("question", "id-1", "answer", text).expect_err(text);
        assert_eq!(e.code(), "name-gate");
        let said = format!("{e} {:?}", e.args());
        assert!(said.contains("question") && said.contains("id-1") && said.contains("answer"), "{said}");
        for name in ["Dolores", "Quispe", "សុខា"] {
            assert!(!said.contains(name), "the message names them: {said}");
        }
    }
    // Someone named openly whose name shares a part passes whole; ordinary text passes.
    assert!(gate.check("question", "id-1", "answer", "Dolores Amaya agreed").is_ok());
    assert!(gate.check("question", "id-1", "answer", "Written contracts for all").is_ok());
    assert!(Gate::new(&[], &["x".into()]).is_empty());
}

/// A store with someone at risk, and her name planted in a list field: the tier cut scans free
/// text only, so only the gate can stop it.
fn planted() -> crate::sync::tests::Device {
    let mut d = device();
    let s = d
        .store
        .create_session(fields(json!({"title": "Forum", "languages": ["es", "Dolores Quispe"]})))
        .expect("session");
    let p = json!({"session_id": s.to_string(), "name": "Dolores Quispe", "at_risk": true});
    d.store.create(Entity::Participant, fields(p)).expect("participant");
    d
}

#[test]
fn a_name_planted_past_the_tier_cut_stops_tables_and_bundles_whole() {
    let mut d = planted();
    let out = d.dir.path().join("tables");
    let e = d.store.export_tables(&out, TableFormat::Csv, Tier::Internal).expect_err("the gate stops the tables");
    assert!(
        matches!(&e, Error::NameGate { entity, field, .. } if entity == "session" && field == "languages"),
        "{e:?}"
    );
    assert!(!out.exists() || std::fs::read_dir(&out).expect("dir").next().is_none(), "nothing was written");
    // Restricted tables carry it: they are for those cleared to see her name.
    d.store.export_tables(&d.dir.path().join("restricted"), TableFormat::Csv, Tier::Restricted).expect("restricted");

    let office = device();
    let file = d.dir.path().join("internal.fieldbook");
    let opts = ExportOptions {
        full: true,
        to: vec![office.store.keys().age_recipient()],
        clearance: Some(Tier::Internal),
        ..ExportOptions::default()
    };
    let e = d.store.export_bundle(&file, &opts).expect_err("the gate stops the bundle");
    assert_eq!(e.code(), "name-gate");
    assert!(!file.exists(), "no bundle was written");
}

#[test]
fn a_name_written_into_a_summary_after_it_was_scrubbed_stops_it() {
    let d = planted();
    let s = d.store.list(Entity::Session).expect("list")[0]["id"].as_str().expect("id").parse().expect("id");
    let mut summary =
        crate::summary::summarise(&d.store, s, crate::summary::Audience::Restricted, "en").expect("restricted");
    // What a bug in a section's builder would do: text that skipped the scrubber.
    summary.sections[1].items.push(crate::summary::Item { body: "Dolores said".into(), ..Default::default() });
    let gate = Gate::of(&d.store, Tier::ShareBack).expect("gate");
    assert_eq!(crate::summary::gate_summary(&gate, &summary).expect_err("stopped").code(), "name-gate");
    // The planted list is a fact of the summary, which the scrubber reaches: the gate passes it.
    let shared = crate::summary::summarise(&d.store, s, crate::summary::Audience::Participants, "en").expect("summary");
    assert!(shared.texts().iter().all(|t| !t.contains("Dolores")), "{shared:?}");
}
