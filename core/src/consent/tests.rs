//! Withdrawals erase what they cover here and on every install that merges them, and nothing
//! brings the values back: the tables, the history, the search index, the conflicts and every
//! page of the decrypted file are searched for them.

use super::{Scope, MARK};
use crate::schema::Entity;
use crate::search::SearchQuery;
use crate::sync::tests::{device, receive, send, Device};
use crate::{Error, RecordId};
use serde_json::{json, Map, Value as Json};

fn fields(v: Json) -> Map<String, Json> {
    v.as_object().cloned().unwrap_or_default()
}

const SECRETS: [&str; 4] = ["Maria Chan", "Domestic Workers United", "We want written contracts", "Chairperson"];

struct Session {
    session: RecordId,
    maria: RecordId,
    question: RecordId,
    quote: RecordId,
}

fn session(d: &mut Device) -> Session {
    let session = d
        .store
        .create_session(fields(json!({"title": "Listening in Lima", "notes": "Maria Chan opened the meeting"})))
        .expect("session");
    let s = session.to_string();
    let maria = d
        .store
        .create(
            Entity::Participant,
            fields(json!({"session_id": s, "name": "Maria Chan", "organisation": "Domestic Workers United",
                "role": "Chairperson", "consent_named": true, "consent_quote": true, "consent_record": true})),
        )
        .expect("participant");
    d.store
        .create(Entity::Participant, fields(json!({"session_id": s, "name": "Rosa Quispe", "consent_named": true})))
        .expect("other");
    let question = d
        .store
        .create(
            Entity::Question,
            fields(json!({"session_id": s, "text": "Priorities?", "answer": "Chan asked for contracts"})),
        )
        .expect("question");
    let quote = d
        .store
        .create(
            Entity::Quote,
            fields(json!({"session_id": s, "question_id": question.to_string(), "participant_id": maria.to_string(),
                "text": "We want written contracts"})),
        )
        .expect("quote");
    Session { session, maria, question, quote }
}

/// The write-ahead log is empty: an erasure checkpoints it, so the pages from before the erasure
/// are gone from it (check before [`assert_gone`], which checkpoints too).
fn assert_wal_empty(d: &Device, who: &str) {
    let wal = d.store.path().with_extension("db-wal");
    let len = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    assert_eq!(len, 0, "{who}: the write-ahead log still holds pages from before the erasure");
}

/// Every place a value could be left: the live tables, the history, the search index, and every
/// page of the decrypted file (free space included).
fn assert_gone(d: &Device, secrets: &[&str], who: &str) {
    // The index's own words (lower case, one per term), not only the text it was made from.
    let terms: Vec<String> = {
        d.store
            .conn
            .execute_batch("CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, search_text, 'row')")
            .expect("vocab");
        let mut stmt = d.store.conn.prepare("SELECT term FROM temp.terms").expect("terms");
        let rows = stmt.query_map([], |r| r.get(0)).expect("query");
        rows.collect::<rusqlite::Result<_>>().expect("rows")
    };
    for word in ["maria", "chan"] {
        assert!(!terms.iter().any(|t| t == word), "{who}: the search index still has the word {word:?}");
    }
    let pages = d.store.decrypted_pages().expect("pages");
    for secret in secrets {
        let found = pages.windows(secret.len()).position(|w| w == secret.as_bytes());
        assert!(found.is_none(), "{who}: {secret:?} is still in the decrypted database file");
        let hits = d.store.search(&SearchQuery { text: (*secret).into(), ..SearchQuery::default() }).expect("search");
        assert!(hits.is_empty(), "{who}: search still finds {secret:?}");
    }
    let dump = serde_json::to_string(&d.store.dump().expect("dump")).expect("json");
    for secret in secrets {
        assert!(!dump.contains(secret), "{who}: {secret:?} in the dump");
    }
}

#[test]
fn a_withdrawal_erases_here_keeps_the_count_and_refuses_the_name_again() {
    let mut a = device();
    let s = session(&mut a);
    // Edits leave old values in the history and in freed space.
    a.store.update(Entity::Participant, s.maria, fields(json!({"role": "Chairperson of the board"}))).expect("edit");
    a.store.update(Entity::Participant, s.maria, fields(json!({"role": "Chairperson"}))).expect("edit");
    assert!(!a
        .store
        .search(&SearchQuery { text: "Chan".into(), ..SearchQuery::default() })
        .expect("search")
        .is_empty());

    let w =
        a.store.withdraw_consent(s.maria, Scope::All, "Ana (facilitator)", "asked by phone", None).expect("withdraw");
    assert_wal_empty(&a, "here");

    let p = a.store.get(Entity::Participant, s.maria).expect("still counted");
    for f in ["name", "organisation", "role", "pseudonym"] {
        assert_eq!(p[f], json!(""), "{f}");
    }
    assert_eq!((p["consent_named"].clone(), p["consent_quote"].clone()), (json!(false), json!(false)));
    assert_eq!(a.store.list(Entity::Participant).expect("list").len(), 2, "still a participant in counts");
    let q = a.store.get(Entity::Question, s.question).expect("question");
    assert_eq!(q["answer"], json!(format!("{MARK} asked for contracts")));
    let doc = a.store.session_doc(s.session).expect("doc");
    assert_eq!(doc.session["notes"], json!(format!("{MARK} opened the meeting")));
    assert!(matches!(a.store.get(Entity::Quote, s.quote), Err(Error::NotFound { .. })), "the quote is gone");
    assert_gone(&a, &SECRETS, "here");

    // The history says an erasure happened, when and by whom, without the values.
    let history = a.store.history(Entity::Participant, s.maria).expect("history");
    assert!(history.iter().any(|e| e.erased && e.field == "name"));
    assert!(!serde_json::to_string(&history).expect("json").contains("Maria"));

    // The name cannot be typed back in, nor a quote attributed to them.
    let again = a.store.update(Entity::Participant, s.maria, fields(json!({"name": "Maria Chan"})));
    assert!(matches!(again, Err(Error::ConsentWithdrawn { .. })), "{again:?}");
    let quote =
        fields(json!({"session_id": s.session.to_string(), "participant_id": s.maria.to_string(), "text": "x"}));
    assert!(matches!(a.store.create(Entity::Quote, quote), Err(Error::ConsentWithdrawn { .. })));
    assert!(matches!(a.store.delete(Entity::Withdrawal, w), Err(Error::WithdrawalFixed)));

    let list = a.store.withdrawals().expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].scope, list[0].recorded_by.as_str()), (Scope::All, "Ana (facilitator)"));
    assert!(list[0].applied_here.is_some() && list[0].values_erased > 0);
    assert_eq!(list[0].waiting().count(), 0, "this install has applied it");
}

#[test]
fn named_only_keeps_the_quotes_and_quoted_only_keeps_the_name() {
    let mut a = device();
    let s = session(&mut a);
    a.store.withdraw_consent(s.maria, Scope::Quoted, "", "", None).expect("withdraw");
    assert_eq!(a.store.get(Entity::Participant, s.maria).expect("p")["name"], json!("Maria Chan"));
    assert!(a.store.get(Entity::Quote, s.quote).is_err());
    a.store.withdraw_consent(s.maria, Scope::Named, "", "", None).expect("withdraw");
    assert_eq!(a.store.get(Entity::Participant, s.maria).expect("p")["name"], json!(""));
    assert_eq!(a.store.withdrawn_in_session(s.session).expect("scopes").get(&s.maria), Some(&Scope::All));
}

/// An office trusts facilitators' laptops as field devices: it keeps the hashes of erased names
/// until each has sent all it had before applying the withdrawal (`forget::forget_words`).
fn to_office(office: &mut Device, files: &[std::path::PathBuf]) {
    let field = crate::sync::Authority { role: crate::sync::Role::Field, clearance: crate::tier::Tier::Restricted };
    let opts = crate::sync::ImportOptions { trust_new_devices: true, new_devices: field, ..Default::default() };
    office.store.import_files(files, &opts).expect("import");
}

#[test]
fn the_withdrawal_travels_and_no_bundle_in_any_order_brings_the_values_back() {
    let (mut a, mut b, mut office) = (device(), device(), device());
    // The office enrols b before b sends anything, so it keeps the hashes until b has.
    let field = crate::sync::Authority { role: crate::sync::Role::Field, clearance: crate::tier::Tier::Restricted };
    office.store.trust(&b.store.keys().fingerprint(), "b", field).expect("enrol b");
    let s = session(&mut a);
    let first = send(&mut a, &b, true, "a-first.fieldbook");
    let first_to_office = send(&mut a, &office, true, "a-first-office.fieldbook");
    receive(&mut b, std::slice::from_ref(&first));
    to_office(&mut office, std::slice::from_ref(&first_to_office));
    // b, not yet aware, types the name into an answer and renames her.
    b.store.update(Entity::Question, s.question, fields(json!({"answer": "Maria Chan asked again"}))).expect("b edit");
    b.store.update(Entity::Participant, s.maria, fields(json!({"role": "Chairperson and treasurer"}))).expect("b edit");
    let b_before = send(&mut b, &office, false, "b-before.fieldbook");

    a.store.withdraw_consent(s.maria, Scope::All, "Ana", "", None).expect("withdraw");
    let a_after = send(&mut a, &office, false, "a-after.fieldbook");
    // The office gets the withdrawal first, then b's older edits, then a's first bundle again.
    to_office(&mut office, &[a_after]);
    assert_wal_empty(&office, "office");
    to_office(&mut office, std::slice::from_ref(&b_before));
    to_office(&mut office, &[first_to_office]);
    assert_gone(&office, &[SECRETS[0], SECRETS[1], SECRETS[2], "Chairperson and treasurer", "Maria"], "office");
    let status = &office.store.withdrawals().expect("list")[0];
    let waiting: Vec<&str> = status.waiting().map(|d| d.device.as_str()).collect();
    assert!(waiting.contains(&b.store.device_id().to_string().as_str()), "b has not applied it yet: {status:?}");

    // The office passes it on; b applies it and its next bundle says so.
    let to_b = send(&mut office, &b, false, "office-to-b.fieldbook");
    receive(&mut b, &[to_b]);
    receive(&mut b, &[first]);
    assert_gone(&b, &[SECRETS[0], SECRETS[1], SECRETS[2], "Maria"], "b");
    let back = send(&mut b, &office, false, "b-after.fieldbook");
    to_office(&mut office, &[back, b_before]);
    let status = &office.store.withdrawals().expect("list")[0];
    assert_eq!(status.devices.len(), 3, "{status:?}");
    assert_eq!(status.waiting().count(), 0, "a, b and the office have all applied it: {status:?}");
    assert!(office.store.conflicts().expect("conflicts").iter().all(|c| !format!("{c:?}").contains("Maria")));
}

#[test]
fn a_device_cannot_narrow_a_withdrawal_nor_answer_for_another_device() {
    let (mut a, mut b, office) = (device(), device(), device());
    let s = session(&mut a);
    let w = a.store.withdraw_consent(s.maria, Scope::All, "", "", None).expect("withdraw");
    let to_b = send(&mut a, &b, true, "a.fieldbook");
    receive(&mut b, &[to_b]);
    // b narrows it (bypassing the editor, as a hostile build would) and claims the office
    // applied it.
    // The editor refuses it…
    let narrow = crate::Op::Force {
        entity: Entity::Withdrawal,
        id: w,
        field: "scope".into(),
        value: json!("quoted"),
        seen: None,
    };
    assert!(matches!(b.store.write(vec![narrow]), Err(Error::WithdrawalFixed)));
    // …so it is stamped the way a hostile build would, below the editor.
    b.store
        .write_with(|wr| {
            let stamp = crate::stamp::Stamp { hlc: wr.clock.tick(), device: wr.device };
            let scope = Entity::Withdrawal.field("scope").expect("field");
            wr.put(Entity::Withdrawal, w, &scope, &json!("quoted"), stamp, None, Some(json!("all")))
        })
        .expect("forged");
    let forged = fields(json!({"withdrawal_id": w.to_string(), "device": office.store.device_id().to_string(),
        "applied_at": "2026-01-01T00:00:00Z"}));
    b.store.create(Entity::WithdrawalAck, forged).expect("forged ack");
    let back = send(&mut b, &a, false, "b.fieldbook");
    let report = receive(&mut a, &[back]);
    assert_eq!(report[0].refused.get("withdrawal-fixed"), Some(&1), "{report:?}");
    assert_eq!(a.store.get(Entity::Withdrawal, w).expect("w")["scope"], json!("all"));
    let status = &a.store.withdrawals().expect("list")[0];
    let office_id = office.store.device_id().to_string();
    assert!(
        status.devices.iter().all(|d| d.device != office_id || d.applied_at.is_none()),
        "an acknowledgement b wrote for the office does not count: {status:?}"
    );
    assert!(status.devices.iter().any(|d| d.device == b.store.device_id().to_string() && d.applied_at.is_some()));
}

#[test]
fn a_store_from_before_zeroed_free_space_is_rebuilt_at_its_first_erasure() {
    let mut a = device();
    // As a store made before 0015 was: freed space not zeroed, and the flag its migration sets.
    a.store.conn.pragma_update(None, "secure_delete", "OFF").expect("off");
    let s = session(&mut a);
    for role in ["Treasurer of the Lima branch", "Secretary of the Lima branch", "Chairperson"] {
        a.store.update(Entity::Participant, s.maria, fields(json!({"role": role}))).expect("edit");
    }
    a.store.conn.execute("INSERT INTO meta (key, value) VALUES ('rebuild_before_erasure', x'01')", []).expect("flag");
    a.store.conn.pragma_update(None, "secure_delete", "ON").expect("on");
    a.store.withdraw_consent(s.maria, Scope::All, "", "", None).expect("withdraw");
    assert_wal_empty(&a, "rebuilt");
    assert_gone(&a, &["Treasurer of the Lima branch", "Secretary of the Lima branch", "Maria Chan"], "rebuilt");
    let flag: i64 = a
        .store
        .conn
        .query_row("SELECT count(*) FROM meta WHERE key = 'rebuild_before_erasure'", [], |r| r.get(0))
        .expect("q");
    assert_eq!(flag, 0, "rebuilt once");
}

#[test]
fn a_name_waiting_in_the_review_queue_is_erased_and_cannot_be_accepted_back() {
    let (mut a, mut b) = (device(), device());
    let s = session(&mut b);
    // b's clock is two days ahead when it renames her: the name waits for review at a.
    let ahead = crate::hlc::wall_millis() + 2 * 86_400_000;
    b.store
        .write_with(|wr| {
            let stamp = crate::stamp::Stamp { hlc: crate::hlc::Hlc::at(ahead), device: wr.device };
            let name = Entity::Participant.field("name").expect("field");
            wr.put(Entity::Participant, s.maria, &name, &json!("Maria Chan Quispe"), stamp, None, None)
        })
        .expect("ahead");
    let first = send(&mut b, &a, true, "b-ahead.fieldbook");
    let report = receive(&mut a, &[first]);
    assert_eq!(report[0].held.get("clock-ahead"), Some(&1), "{report:?}");
    assert!(format!("{:?}", a.store.conflicts().expect("queue")).contains("Maria Chan Quispe"));

    b.store.withdraw_consent(s.maria, Scope::Named, "", "", None).expect("withdraw");
    let second = send(&mut b, &a, false, "b-withdrawal.fieldbook");
    receive(&mut a, &[second]);
    let queue = format!("{:?}", a.store.conflicts().expect("queue"));
    assert!(!queue.contains("Maria"), "the review queue is erased too: {queue}");
    assert_gone(&a, &["Maria Chan Quispe", "Maria Chan"], "a");
    // A person deciding on what waited cannot write the name back.
    let back = crate::Op::Force {
        entity: Entity::Participant,
        id: s.maria,
        field: "name".into(),
        value: json!("Maria Chan Quispe"),
        seen: None,
    };
    assert!(matches!(a.store.write(vec![back]), Err(Error::ConsentWithdrawn { .. })));
}

#[test]
fn a_deleted_participant_can_withdraw_and_a_name_typed_during_an_import_is_dropped() {
    let mut a = device();
    let s = session(&mut a);
    a.store.delete(Entity::Participant, s.maria).expect("delete");
    a.store.withdraw_consent(s.maria, Scope::All, "", "", None).expect("a tombstone still holds her name");
    assert_gone(&a, &["Maria Chan", "Domestic Workers United"], "deleted");

    // An edit typed while an import held the store, refused once the import's withdrawal is in:
    // the journal is still written, without it, and the app is not left waiting on it.
    let other =
        a.store.create(Entity::Participant, fields(json!({"session_id": s.session.to_string(), "name": "Ines"})));
    let other = other.expect("other");
    a.store.withdraw_consent(other, Scope::Named, "", "", None).expect("withdraw");
    let journal = a.store.journal().expect("journal").expect("open");
    journal.push(Entity::Participant, other, &fields(json!({"name": "Ines Mamani"}))).expect("typed");
    journal.push(Entity::Question, s.question, &fields(json!({"answer": "Ines spoke"}))).expect("typed");
    let replayed = a.store.replay(journal).expect("replayed");
    assert_eq!((replayed.written, replayed.dropped), (1, 1));
    assert_eq!(a.store.get(Entity::Participant, other).expect("p")["name"], json!(""));
    assert_eq!(a.store.get(Entity::Question, s.question).expect("q")["answer"], json!(format!("{MARK} spoke")));
    assert!(a.store.journal().expect("journal").is_none_or(|j| j.is_empty().unwrap_or(false)));
}

#[test]
fn a_scan_about_a_participant_goes_with_their_name_and_cannot_be_attached_about_them_again() {
    let mut a = device();
    let s = session(&mut a);
    // Their signed consent form, scanned (the bytes carry their name), and the day's agenda.
    let form = a.dir.path().join("consent form Maria Chan.pdf");
    std::fs::write(&form, b"%PDF-1.4\n% signed: Maria Chan SCAN-7731\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
        .expect("form");
    let agenda = a.dir.path().join("agenda.pdf");
    std::fs::write(&agenda, b"%PDF-1.4\n% the day's agenda\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
        .expect("agenda");
    let about_her = crate::media::AttachOptions { item: Some(s.maria), ..Default::default() };
    let ids = a.store.attach(s.session, std::slice::from_ref(&form), &about_her).expect("attach the form");
    a.store.update(Entity::Attachment, ids[0], fields(json!({"caption": "Signed by Chairperson"}))).expect("caption");
    a.store.attach(s.session, &[agenda], &crate::media::AttachOptions::default()).expect("attach the agenda");

    let before = a.store.decrypted_pages().expect("pages");
    assert!(before.windows(9).any(|w| w == b"SCAN-7731"), "the search below can find the form's bytes");
    a.store.withdraw_consent(s.maria, Scope::Named, "", "", None).expect("withdraw");
    let left = a.store.attachments(s.session).expect("list");
    assert_eq!(
        left.iter().map(|x| x.file_name.as_str()).collect::<Vec<_>>(),
        ["agenda.pdf"],
        "the form went with her name"
    );
    let pages = a.store.decrypted_pages().expect("pages");
    for secret in ["SCAN-7731", "consent form Maria", "Signed by Chairperson"] {
        let found = pages.windows(secret.len()).any(|w| w == secret.as_bytes());
        assert!(!found, "{secret:?} (the form's bytes, name or caption) is still in the decrypted database file");
    }
    let history = serde_json::to_string(&a.store.history(Entity::Attachment, ids[0]).expect("history")).expect("json");
    assert!(!history.contains("Signed by") && !history.contains("Maria"), "{history}");
    // Not attached about them again.
    let again = a.store.attach(s.session, &[form], &about_her);
    assert!(matches!(again, Err(Error::ConsentWithdrawn { .. })), "{again:?}");
}
