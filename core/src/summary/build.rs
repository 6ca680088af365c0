//! Turns a session document into a worded [`Summary`] for one audience: picks what that audience
//! may see, names people only as they agreed to be named, and labels everything from the catalogue.

use super::redact::{flag, text, People, Scrubber};
use super::{Audience, Fact, Item, Picture, Quote, Section, Summary};
use crate::error::{Error, Result};
use crate::i18n::Catalog;
use crate::ids::RecordId;
use crate::schema::Entity;
use crate::schema::Record;
use crate::store::Store;
use crate::tier::{field_tier, record_tier, Facts};
use serde_json::Value as Json;
use sha2::{Digest, Sha256};

fn list(r: &Record, field: &str) -> Vec<String> {
    r.get(field)
        .and_then(Json::as_array)
        .map(|a| a.iter().filter_map(Json::as_str).map(str::to_string).collect())
        .unwrap_or_default()
}

/// `2026-03-12T14:00` → `2026-03-12 14:00`: unambiguous in every language and script.
fn local_time(r: &Record) -> String {
    let at = text(r, "starts_at").replacen('T', " ", 1);
    match (at.is_empty(), text(r, "time_zone")) {
        (true, _) => String::new(),
        (false, "" | "UTC") => at,
        (false, zone) => format!("{at} ({zone})"),
    }
}

/// Builds the summary of session `id` for `audience`, labelled in `lang`.
pub fn summarise(store: &Store, id: RecordId, audience: Audience, lang: &str) -> Result<Summary> {
    let all = store.session_doc(id)?;
    let cat = Catalog::new(lang);
    let s = &all.session;
    let tier = audience.tier();
    if record_tier(Entity::Session, &Facts::of(s, None)) > tier {
        return Err(Error::AboveTier(record_tier(Entity::Session, &Facts::of(s, None)).code().into()));
    }
    let people = People::new(&all.participants, s, audience, &cat, &store.withdrawn_in_session(id)?);
    // People at risk in other sessions too, for an audience not cleared for them.
    let elsewhere = if tier < crate::tier::Tier::Restricted { store.restricted_names()? } else { vec![] };
    let scrub = Scrubber::new(&people, &elsewhere, &people.someone);
    let internal = audience != Audience::Participants;
    // Records above the audience's tier are left out whole (their names are still scrubbed).
    let items = crate::media::item_tiers(&store.conn)?;
    let keep = |entity: Entity, list: &[Record]| -> Vec<Record> {
        let facts = |r: &Record| {
            let f = Facts::of(r, Some(s));
            if entity == Entity::Attachment {
                crate::table::raised(f, r, &items)
            } else {
                f
            }
        };
        list.iter().filter(|r| record_tier(entity, &facts(r)) <= tier).cloned().collect()
    };
    let doc = crate::SessionDoc {
        session: s.clone(),
        participants: keep(Entity::Participant, &all.participants),
        questions: keep(Entity::Question, &all.questions),
        quotes: keep(Entity::Quote, &all.quotes),
        priorities: keep(Entity::Priority, &all.priorities),
        risks: keep(Entity::Risk, &all.risks),
        supports: keep(Entity::Support, &all.supports),
        attachments: Some(keep(Entity::Attachment, all.list(Entity::Attachment))),
    };
    let shows = |entity: Entity, r: &Record, field: &str| field_tier(entity, field, &Facts::of(r, Some(s))) <= tier;

    let mut movements = vec![];
    for m in list(s, "movement_ids") {
        if let Ok(mid) = m.parse::<RecordId>() {
            // A movement marked above the audience's tier is not named to it.
            if let Ok(rec) = store.get(Entity::Movement, mid) {
                if record_tier(Entity::Movement, &Facts::of(&rec, None)) <= tier {
                    movements.push(text(&rec, "name").to_string());
                }
            }
        }
    }
    let mut facts = vec![];
    let mut fact = |key: &str, value: String| {
        if !value.trim().is_empty() {
            facts.push(Fact { label: cat.msg(key, &[]), value: scrub.clean(&value) });
        }
    };
    fact("summary-when", cat.digits(&local_time(s)));
    fact("summary-place", text(s, "place").to_string());
    fact("summary-movements", cat.list(&movements));
    fact("summary-facilitators", cat.list(&list(s, "facilitators")));
    fact("summary-languages", cat.list(&list(s, "languages")));
    let check_in = text(s, "next_check_in");
    let check_in = if check_in.is_empty() { cat.msg("summary-no-check-in", &[]) } else { cat.digits(check_in) };
    fact("summary-next-check-in", check_in);

    let mut sections = vec![participants(&doc.participants, &people, &cat, internal, &shows)];
    sections.push(heard(&doc, &people, &scrub, &cat, internal));
    sections.push(priorities(&doc.priorities, &scrub, &cat));
    sections.push(support(&doc.supports, &scrub, &cat));
    if internal {
        sections.push(risks(&doc.risks, &scrub, &cat));
        let notes = if shows(Entity::Session, s, "notes") { text(s, "notes") } else { "" };
        let items = if notes.is_empty() {
            vec![]
        } else {
            vec![Item { body: scrub.clean(notes), id: id.to_string(), ..Item::default() }]
        };
        sections.push(section("notes", "summary-notes", String::new(), items, &cat));
    }

    let title = match text(s, "title") {
        "" => cat.msg("untitled-session", &[]),
        t => scrub.clean(t),
    };
    let (pictures, left_out) = pictures(store, doc.list(Entity::Attachment), tier, &scrub)?;
    let mut summary = Summary {
        session_id: id.to_string(),
        audience,
        lang: lang.to_string(),
        code: String::new(),
        title,
        when: cat.digits(&local_time(s)),
        banner: cat.msg(&format!("summary-banner-{}", audience.code()), &[]),
        facts,
        sections,
        page_label: cat.msg("summary-page", &[("page", "{page}"), ("pages", "{pages}")]),
        code_label: String::new(),
        pictures_heading: cat.msg("summary-pictures", &[]),
        pictures,
        pictures_left_out: match left_out {
            0 => String::new(),
            n => cat.msg("summary-pictures-left-out", &[("count", &cat.digits(&n.to_string()))]),
        },
    };
    gate_summary(&crate::gate::Gate::of(store, tier)?, &summary)?;
    summary.code = verification_code(&summary);
    summary.code_label = cat.msg("summary-code", &[("code", &summary.code)]);
    Ok(summary)
}

/// A record's id, for the egress gate's message.
fn id_of(r: &Record) -> String {
    r.get("id").and_then(Json::as_str).unwrap_or_default().to_string()
}

/// The egress gate over everything a reader of the summary sees that came from what was typed
/// (`crate::gate`): a restricted name here got past the scrubber, and nothing is printed.
pub fn gate_summary(gate: &crate::gate::Gate, s: &Summary) -> Result<()> {
    if gate.is_empty() {
        return Ok(());
    }
    let session = s.session_id.as_str();
    gate.check("session", session, "title", &s.title)?;
    for f in &s.facts {
        gate.check("session", session, &f.label, &f.value)?;
    }
    for section in &s.sections {
        let entity = match section.kind {
            "participants" => "participant",
            "heard" => "question",
            "priorities" => "priority",
            "support" => "support",
            "risks" => "risk",
            _ => "session",
        };
        for i in &section.items {
            let id = if i.id.is_empty() { session } else { i.id.as_str() };
            // A participant's label is their name as they agreed to be named (`Gate::scans`).
            if section.kind != "participants" {
                gate.check(entity, id, "title", &i.title)?;
            }
            gate.check(entity, id, "body", &i.body)?;
            for m in &i.meta {
                gate.check(entity, id, "meta", m)?;
            }
            for q in &i.quotes {
                gate.check("quote", id, "text", &q.text)?;
            }
        }
    }
    for p in &s.pictures {
        gate.check("attachment", &p.attachment_id, "caption", &p.caption)?;
    }
    Ok(())
}

/// `XXXX-XXXX` from the session id and a hash of everything printed, so a paper copy can be
/// matched to the record it came from, and an edited record no longer matches an old print.
fn verification_code(s: &Summary) -> String {
    let mut h = Sha256::new();
    h.update(b"fieldbook-summary-v1\0");
    h.update(s.session_id.as_bytes());
    h.update(serde_json::to_vec(s).unwrap_or_default());
    let b32 = data_encoding::BASE32_NOPAD.encode(&h.finalize());
    format!("{}-{}", &b32[0..4], &b32[4..8])
}

/// The photos chosen to be printed, among the attachments this audience may see: only bytes that
/// are here, whose own tier (the most sensitive attachment pointing at them) the audience may
/// see, that are a photo (recognised from the bytes) of a sane size, stripped of metadata again
/// (they may have come from another device). Also how many of those could not be printed: too
/// large to shrink within a summary's memory (`media::for_print`), or not a photo after all.
fn pictures(
    store: &Store,
    attachments: &[Record],
    tier: crate::tier::Tier,
    scrub: &Scrubber,
) -> Result<(Vec<Picture>, usize)> {
    let stored = crate::media::stored_media(&store.conn, i64::MAX)?;
    let chosen: Vec<&Record> = attachments
        .iter()
        .filter(|a| flag(a, "in_summary"))
        .filter(|a| stored.get(text(a, "sha256")).is_some_and(|m| m.tier <= tier && m.size <= crate::media::MAX_PHOTO))
        .collect();
    let side = crate::media::print_side(chosen.len());
    let wanted = chosen.len();
    let printed: Vec<Picture> = chosen
        .into_iter()
        .filter_map(|a| {
            let id: RecordId = text(a, "id").parse().ok()?;
            let (att, bytes) = store.photo_bytes(id).ok()??;
            let bytes = crate::media::for_print(&bytes, side)?;
            let ext = match crate::media::servable_type(&bytes)? {
                "image/jpeg" => "jpg",
                "image/png" => "png",
                "image/webp" => "webp",
                _ => return None,
            };
            Some(Picture {
                attachment_id: att.id,
                sha256: att.sha256,
                caption: scrub.clean(&att.caption),
                path: String::new(),
                bytes,
            })
            .map(|p| (p, ext))
        })
        .enumerate()
        .map(|(i, (mut p, ext))| {
            p.path = format!("/media/{i}.{ext}");
            p
        })
        .collect();
    let left_out = wanted - printed.len();
    Ok((printed, left_out))
}

fn section(kind: &'static str, heading: &str, lead: String, items: Vec<Item>, cat: &Catalog) -> Section {
    Section { kind, heading: cat.msg(heading, &[]), lead, items, empty: cat.msg("summary-nothing", &[]) }
}

fn participants(
    list: &[Record],
    people: &People,
    cat: &Catalog,
    internal: bool,
    shows: &dyn Fn(Entity, &Record, &str) -> bool,
) -> Section {
    let mut items = vec![];
    for p in list {
        let who = people.shown(p);
        if !internal && !who.identifiable {
            continue; // counted in the lead line, never listed as "A participant" again and again
        }
        if !who.identifiable
            && text(p, "name").is_empty()
            && text(p, "pseudonym").is_empty()
            && !flag(p, "consent_record")
        {
            // Withdrawn, or recorded without anything that tells them apart: the label alone.
            items.push(Item { title: who.label, id: id_of(p), ..Item::default() });
            continue;
        }
        let mut meta = vec![];
        for field in ["organisation", "role"] {
            if shows(Entity::Participant, p, field) && !text(p, field).is_empty() {
                meta.push(text(p, field).to_string());
            }
        }
        if who.named && !text(p, "pseudonym").is_empty() {
            meta.push(cat.msg("summary-pseudonym", &[("name", text(p, "pseudonym"))]));
        }
        if internal {
            for (field, key) in [("consent_named", "consent-named"), ("consent_quote", "consent-quote")] {
                if !flag(p, field) {
                    meta.push(cat.msg("summary-without", &[("what", &cat.msg(key, &[]))]));
                }
            }
        }
        let marker = if internal && flag(p, "at_risk") { cat.msg("summary-at-risk", &[]) } else { String::new() };
        items.push(Item { title: who.label, marker, meta, id: id_of(p), ..Item::default() });
    }
    let lead =
        if list.is_empty() { String::new() } else { cat.count("summary-participants-count", "count", list.len()) };
    section("participants", "summary-participants", lead, items, cat)
}

fn heard(doc: &crate::SessionDoc, people: &People, scrub: &Scrubber, cat: &Catalog, internal: bool) -> Section {
    let mut items = vec![];
    for q in &doc.questions {
        let qid = q.get("id");
        let mut quotes = vec![];
        for quote in doc.quotes.iter().filter(|x| x.get("question_id") == qid) {
            let by = doc.participants.iter().find(|p| {
                p.get("id") == quote.get("participant_id") && quote.get("participant_id").is_some_and(|v| !v.is_null())
            });
            let consented = by.is_some_and(|p| flag(p, "consent_quote"));
            if !internal && !consented {
                continue;
            }
            let note = if internal && !consented { cat.msg("quote-no-consent", &[]) } else { String::new() };
            let by = by.map(|p| people.shown(p).label).unwrap_or_default();
            quotes.push(Quote { text: scrub.clean(text(quote, "text")), by, note });
        }
        if text(q, "text").is_empty() && text(q, "answer").is_empty() && quotes.is_empty() {
            continue;
        }
        items.push(Item {
            title: scrub.clean(text(q, "text")),
            body: scrub.clean(text(q, "answer")),
            quotes,
            id: id_of(q),
            ..Item::default()
        });
    }
    section("heard", "summary-heard", String::new(), items, cat)
}

fn priorities(list: &[Record], scrub: &Scrubber, cat: &Catalog) -> Section {
    let items = list
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut meta = vec![];
            if !text(p, "theme").is_empty() {
                meta.push(scrub.clean(text(p, "theme")));
            }
            let votes = p.get("votes").and_then(Json::as_i64).unwrap_or(0).max(0);
            meta.push(cat.count("summary-votes", "votes", votes as usize));
            Item {
                title: format!("{}. {}", i + 1, scrub.clean(text(p, "title"))),
                body: scrub.clean(text(p, "description")),
                meta,
                id: id_of(p),
                ..Item::default()
            }
        })
        .collect();
    section("priorities", "summary-priorities", String::new(), items, cat)
}

fn support(list: &[Record], scrub: &Scrubber, cat: &Catalog) -> Section {
    let items = list
        .iter()
        .map(|s| {
            let mut meta = vec![];
            let mut coded = |prefix: &str, field: &str| {
                if !text(s, field).is_empty() {
                    meta.push(cat.msg(&format!("{prefix}{}", text(s, field)), &[]));
                }
            };
            coded("role-", "role");
            coded("value-", "category");
            coded("support-status-", "status");
            if !text(s, "owner").is_empty() {
                meta.push(cat.msg("summary-support-by", &[("owner", &scrub.clean(text(s, "owner")))]));
            }
            if !text(s, "due_date").is_empty() {
                meta.push(cat.msg("summary-support-due", &[("date", &cat.digits(text(s, "due_date")))]));
            }
            if flag(s, "requested_by_movement") {
                meta.push(cat.msg("summary-support-requested", &[]));
            }
            Item { title: scrub.clean(text(s, "what")), meta, id: id_of(s), ..Item::default() }
        })
        .collect();
    section("support", "summary-support", String::new(), items, cat)
}

fn risks(list: &[Record], scrub: &Scrubber, cat: &Catalog) -> Section {
    let items = list
        .iter()
        .map(|r| {
            let mut meta = vec![];
            if !text(r, "severity").is_empty() {
                meta.push(cat.msg(&format!("severity-{}", text(r, "severity")), &[]));
            }
            if !text(r, "affected").is_empty() {
                meta.push(cat.msg("summary-affected", &[("who", &scrub.clean(text(r, "affected")))]));
            }
            let body = match text(r, "mitigation") {
                "" => String::new(),
                m => cat.msg("summary-mitigation", &[("text", &scrub.clean(m))]),
            };
            Item { title: scrub.clean(text(r, "description")), body, meta, id: id_of(r), ..Item::default() }
        })
        .collect();
    section("risks", "summary-risks", String::new(), items, cat)
}
