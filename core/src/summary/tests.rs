//! What each audience may see, checked on a session that has someone at risk, someone who did
//! not consent to be named and quotes with and without consent.

use super::*;
use crate::{Passphrase, RecordId, SessionDoc, Store};
use std::path::Path;

const FIXTURE: &str = include_str!("../../../tests/fixtures/at-risk-session.json");

fn store() -> (tempfile::TempDir, Store, RecordId) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::init(dir.path(), &Passphrase::new("correct horse battery")).expect("init");
    let doc: SessionDoc = serde_json::from_str(FIXTURE).expect("fixture");
    let id = store.put_session_doc(doc).expect("put");
    (dir, store, id)
}

fn all_text(s: &Summary) -> String {
    s.texts().join("\n")
}

#[test]
fn the_participants_version_never_names_who_must_not_be_named() {
    let (_dir, store, id) = store();
    let s = summarise(&store, id, Audience::Participants, "en").expect("summary");
    let text = all_text(&s);
    for hidden in ["Dolores", "Quispe", "Kalinda", "Sok", "Cleaners' collective", "Night-shift carers"] {
        assert!(!text.contains(hidden), "{hidden:?} leaked into the share-back:\n{text}");
    }
    for shown in [
        "Amina Rahman",
        "Rosa",
        "We need contracts",
        "Nobody pays for the night",
        "3 people took part",
        "14 votes",
        "1 vote",
    ] {
        assert!(text.contains(shown), "{shown:?} missing from the share-back:\n{text}");
    }
    // The at-risk person's words appear under her pseudonym; the quote she did not consent to is gone.
    assert!(text.contains("Rosa said the agency threatens workers"), "{text}");
    assert!(!text.contains("They know where I live"));
    // No internal notes, no risk details.
    assert!(!text.contains("retaliation") && !text.contains("Follow up"));
    let kinds: Vec<_> = s.sections.iter().map(|x| x.kind).collect();
    assert_eq!(kinds, ["participants", "heard", "priorities", "support"]);
    // The quote of the person who consented to be quoted but not named is attributed anonymously.
    let quotes: Vec<_> = s.sections.iter().flat_map(|x| &x.items).flat_map(|i| &i.quotes).collect();
    assert_eq!(quotes.len(), 2);
    assert_eq!(quotes[1].by, "A participant");
    assert!(text.contains("By: Rosa and the legal team"), "support owner scrubbed: {text}");
}

#[test]
fn the_internal_version_keeps_restricted_content_out() {
    let (_dir, store, id) = store();
    let s = summarise(&store, id, Audience::Internal, "en").expect("summary");
    let text = all_text(&s);
    for shown in ["Kalinda Sok", "They know where I live", "Follow up with Rosa"] {
        assert!(text.contains(shown), "{shown:?} missing from the internal version:\n{text}");
    }
    // Risks are restricted by default, and so is the name of someone at risk (scrubbed from notes).
    for hidden in ["Dolores", "Quispe", "retaliation"] {
        assert!(!text.contains(hidden), "{hidden:?} in the internal version:\n{text}");
    }
    let people = &s.sections[0].items;
    assert_eq!((people[1].title.as_str(), people[1].marker.as_str()), ("Rosa", "At risk"));
    assert!(s.sections.iter().any(|x| x.kind == "risks" && x.items.is_empty()));
}

#[test]
fn the_restricted_version_has_everything_with_markers() {
    let (_dir, store, id) = store();
    let s = summarise(&store, id, Audience::Restricted, "en").expect("summary");
    let text = all_text(&s);
    for shown in ["Dolores Quispe", "Kalinda Sok", "They know where I live", "retaliation", "Follow up with Dolores"] {
        assert!(text.contains(shown), "{shown:?} missing from the restricted version");
    }
    let people = &s.sections[0].items;
    assert_eq!(people.len(), 3);
    assert_eq!((people[1].title.as_str(), people[1].marker.as_str()), ("Dolores Quispe", "At risk"));
    assert!(people[0].marker.is_empty());
    assert!(text.contains("(no consent to quote)"));
}

#[test]
fn an_item_tier_takes_it_out_of_the_share_back_and_a_restricted_session_refuses_it() {
    let (_dir, mut store, id) = store();
    let doc = store.session_doc(id).expect("doc");
    let priority = doc.priorities[0].get("id").and_then(|v| v.as_str()).and_then(|v| v.parse().ok()).expect("id");
    let title = doc.priorities[0].get("title").and_then(|v| v.as_str()).expect("title").to_string();
    let set = |tier: &str| serde_json::json!({ "tier": tier }).as_object().cloned().expect("map");
    store.update(crate::Entity::Priority, priority, set("internal")).expect("tier");
    assert!(!all_text(&summarise(&store, id, Audience::Participants, "en").expect("s")).contains(&title));
    assert!(all_text(&summarise(&store, id, Audience::Internal, "en").expect("s")).contains(&title));
    store.update(crate::Entity::Session, id, set("restricted")).expect("tier");
    let refused = summarise(&store, id, Audience::Internal, "en").expect_err("restricted session");
    assert_eq!(refused.code(), "above-tier");
    assert!(summarise(&store, id, Audience::Restricted, "en").is_ok());
}

#[test]
fn labels_follow_the_summary_language_and_content_stays_as_typed() {
    let (_dir, store, id) = store();
    let es = summarise(&store, id, Audience::Participants, "es").expect("es");
    assert_eq!(es.sections[1].heading, "Lo que escuchamos");
    assert_eq!(es.page_label, "Página {page} de {pages}");
    assert!(all_text(&es).contains("14 votos") && all_text(&es).contains("Una persona participante"));
    assert!(all_text(&es).contains("Written contracts for every worker"));
    let fr = summarise(&store, id, Audience::Participants, "fr").expect("fr");
    assert_eq!(fr.sections[2].heading, "Priorités exprimées");
}

#[test]
fn the_verification_code_matches_the_content() {
    let (_dir, mut store, id) = store();
    let a = summarise(&store, id, Audience::Participants, "en").expect("a");
    let again = summarise(&store, id, Audience::Participants, "en").expect("again");
    assert_eq!(a.code, again.code);
    assert!(a.code.len() == 9 && a.code.as_bytes()[4] == b'-', "{}", a.code);
    assert!(a.code_label.contains(&a.code));
    let internal = summarise(&store, id, Audience::Restricted, "en").expect("internal");
    assert_ne!(a.code, internal.code, "each version has its own code");
    let q: RecordId = "0190a000-0000-7000-8000-000000000022".parse().expect("id");
    let mut f = serde_json::Map::new();
    f.insert("answer".into(), "Contracts, and a clinic on Saturdays.".into());
    store.write(vec![crate::Op::Update { entity: crate::Entity::Question, id: q, fields: f }]).expect("edit");
    let edited = summarise(&store, id, Audience::Participants, "en").expect("edited");
    assert_ne!(a.code, edited.code, "an edit changes the code");
}

#[test]
fn scrubbing_leaves_named_people_and_other_words_alone() {
    let (_dir, store, id) = store();
    let s = summarise(&store, id, Audience::Participants, "en").expect("summary");
    let heard = &s.sections[1].items[0].body;
    assert_eq!(
        heard,
        "Rosa said the agency threatens workers who join. a participant agreed and spoke about unpaid night shifts."
    );
}

#[test]
fn an_internal_summary_masks_names_in_a_lowered_risk_and_leaves_out_restricted_movements() {
    let (_dir, mut store, id) = store();
    let obj = |v: serde_json::Value| v.as_object().cloned().unwrap_or_default();
    let risk = obj(serde_json::json!({"session_id": id.to_string(), "description": "Dolores was followed home",
        "affected": "Dolores Quispe", "mitigation": "Dolores moves shifts", "tier": "internal"}));
    store.create(crate::Entity::Risk, risk).expect("risk lowered to internal");
    let hidden =
        store.create(crate::Entity::Movement, obj(serde_json::json!({"name": "Secret caucus", "tier": "restricted"})));
    let open = store.create(crate::Entity::Movement, obj(serde_json::json!({"name": "Domestic workers' union"})));
    let ids = [hidden.expect("movement"), open.expect("movement")].map(|m| m.to_string());
    store.update(crate::Entity::Session, id, obj(serde_json::json!({"movement_ids": ids}))).expect("link");
    let text = all_text(&summarise(&store, id, Audience::Internal, "en").expect("summary"));
    assert!(text.contains("was followed home") && text.contains("moves shifts"), "the risk is there: {text}");
    assert!(!text.contains("Dolores") && !text.contains("Quispe"), "{text}");
    assert!(text.contains("Domestic workers' union") && !text.contains("Secret caucus"), "{text}");
    let all = all_text(&summarise(&store, id, Audience::Restricted, "en").expect("summary"));
    assert!(all.contains("Secret caucus") && all.contains("Dolores Quispe"));
}

/// A JPEG whose frame header says progressive and 6,000 × 5,000 pixels (its scan is a small
/// baseline one's): more than a summary decodes whole, so it is left out.
fn huge_progressive_jpeg(path: &Path) {
    let img = image::RgbImage::from_pixel(16, 16, image::Rgb([200, 80, 40]));
    let mut bytes = vec![];
    image::codecs::jpeg::JpegEncoder::new(&mut bytes).encode_image(&img).expect("jpeg");
    let sof = bytes.windows(2).position(|w| w == [0xFF, 0xC0]).expect("a frame header");
    bytes[sof + 1] = 0xC2;
    bytes[sof + 5..sof + 7].copy_from_slice(&5000u16.to_be_bytes());
    bytes[sof + 7..sof + 9].copy_from_slice(&6000u16.to_be_bytes());
    std::fs::write(path, bytes).expect("write");
}

#[test]
fn a_photo_too_large_to_shrink_is_left_out_and_the_summary_says_so() {
    let (dir, mut store, id) = store();
    let (small, huge) = (dir.path().join("board.png"), dir.path().join("flipchart.jpg"));
    image::RgbImage::from_pixel(64, 48, image::Rgb([20, 120, 60])).save(&small).expect("png");
    huge_progressive_jpeg(&huge);
    let opts = crate::media::AttachOptions { max_side: None, ..Default::default() };
    for file in [small, huge] {
        let ids = store.attach(id, &[file], &opts).expect("attach");
        let chosen = serde_json::json!({"in_summary": true, "tier": "share_back"});
        store
            .update(crate::Entity::Attachment, ids[0], chosen.as_object().cloned().unwrap_or_default())
            .expect("choose");
    }
    let s = summarise(&store, id, Audience::Participants, "en").expect("summary");
    assert_eq!(s.pictures.len(), 1, "the small one is printed");
    assert!(s.pictures_left_out.contains("not printed: 1"), "{}", s.pictures_left_out);
    let fr = summarise(&store, id, Audience::Participants, "fr").expect("summary");
    assert!(fr.pictures_left_out.contains("non imprimées : 1"), "{}", fr.pictures_left_out);
}
