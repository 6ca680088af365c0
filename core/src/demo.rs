//! Realistic, deterministic demo data: the same seed gives the same records (ids included) in
//! any store, for trying the app, for tests that compare dumps, and for benchmarks.

use crate::error::Result;
use crate::ids::RecordId;
use crate::schema::{Entity, ROLES, VALUE_ADD};
use crate::store::{Op, Store};
use rand::seq::IndexedRandom;
use rand::{Rng, RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Map, Value as Json};
use uuid::Builder;

#[path = "demo_cycle.rs"]
mod cycle;

/// (name, country, region, sector, language, time zone, description)
const MOVEMENTS: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
    (
        "Sindicato de Trabajadoras del Hogar de Lima",
        "Peru",
        "Lima",
        "domestic workers",
        "es",
        "America/Lima",
        "Union of paid domestic workers pushing for ILO C189 enforcement and written contracts.",
    ),
    (
        "Rural Women's Network of Kampong Speu",
        "Cambodia",
        "Kampong Speu",
        "women's rights; land rights",
        "en",
        "Asia/Phnom_Penh",
        "Informal network of village savings groups led by women facing land concessions.",
    ),
    (
        "Youth Coalition for Climate Justice",
        "Nepal",
        "Kathmandu Valley",
        "youth; climate",
        "en",
        "Asia/Kathmandu",
        "Student and youth collectives organising climate strikes and local adaptation projects.",
    ),
    (
        "Red de Trabajadoras del Hogar de Guatemala",
        "Guatemala",
        "Quetzaltenango",
        "domestic workers",
        "es",
        "America/Guatemala",
        "Red de asociaciones de trabajadoras del hogar indígenas.",
    ),
    (
        "Réseau des femmes rurales de Kaolack",
        "Senegal",
        "Kaolack",
        "land rights; women's rights",
        "fr",
        "Africa/Dakar",
        "Réseau de groupements féminins pour l'accès à la terre et aux semences.",
    ),
    (
        "Himalayan Land Rights Forum",
        "Nepal",
        "Sindhupalchok",
        "land rights",
        "en",
        "Asia/Kathmandu",
        "Federation of landless and tenant farmer groups.",
    ),
];

const NAMES_EN: &[&str] = &["Sreymom", "Dara", "Sita", "Bimala", "Anjali", "Kunthea", "Maya", "Rina", "Sophea", "Gita"];
const NAMES_ES: &[&str] = &["María", "Rosa", "Juana", "Carmen", "Lucía", "Ana", "Elena", "Marta", "Isabel", "Teresa"];
const NAMES_FR: &[&str] =
    &["Awa", "Fatou", "Mariama", "Aminata", "Khady", "Ndeye", "Coumba", "Aïssatou", "Binta", "Sokhna"];

const ANSWERS_EN: &[&str] = &[
    "Getting written contracts and registering members before the new labour law is debated.",
    "Members cannot afford to travel to meetings; there is no safe place to meet in the evening.",
    "Past projects asked for reports in English and ended after one year without warning.",
    "Leaders have been followed after the protest; two members lost their jobs.",
    "Help us meet the ministry directly and cover transport so members can attend.",
];
const ANSWERS_ES: &[&str] = &[
    "Conseguir contratos por escrito y afiliar a más compañeras antes del debate de la ley.",
    "Falta de recursos para el transporte y poco tiempo libre de las trabajadoras.",
    "Algunas ONG nos usaron para sus fotos y luego no volvieron.",
    "Amenazas de empleadores contra las dirigentas que hablan en la radio.",
    "Apoyo jurídico para los casos de despido y espacios para encontrarnos con otras redes.",
];
const ANSWERS_FR: &[&str] = &[
    "Obtenir des titres fonciers au nom des femmes et former les groupements à la négociation.",
    "Le manque de moyens de transport et la distance avec la préfecture.",
    "Les grandes ONG décident souvent à notre place du calendrier des activités.",
    "Des pressions des chefs coutumiers contre les femmes qui réclament la terre.",
    "Nous aider à documenter les cas et à rencontrer les autorités régionales.",
];
const PRIORITIES: &[(&str, &str)] = &[
    ("Written contracts for all members", "labour rights"),
    ("Safe meeting space", "organising"),
    ("Land titles in women's names", "land"),
    ("Legal aid for dismissed workers", "justice"),
    ("Radio programme run by members", "voice"),
    ("Childcare during meetings", "organising"),
    ("Seed bank for the cooperative", "livelihoods"),
];
const RISKS: &[(&str, &str, &str, &str)] = &[
    (
        "Leaders followed after public actions",
        "union leaders",
        "high",
        "No names or photos in any public material; meet in rotating places.",
    ),
    (
        "Dismissal of members who speak to the press",
        "members",
        "medium",
        "Only spokespeople chosen by the union speak publicly.",
    ),
    (
        "Backlash from local authorities against land claims",
        "women farmers",
        "high",
        "Accompany delegations; document every incident.",
    ),
];
const SUPPORTS: &[&str] = &[
    "Cover transport for the monthly assembly",
    "Convene a meeting with the labour ministry",
    "Legal clinic on dismissal cases",
    "Training on negotiation and public speaking",
    "Share the union's statement with regional media and donors",
    "Research brief on enforcement of the domestic work law",
];
const PLACES: &[&str] = &["Community hall", "Union office", "Village pagoda", "Parish hall", "Cooperative store room"];
const ORGS: &[&str] =
    &["Local branch", "Savings group", "Youth collective", "Women's committee", "Tenant farmers' group"];

/// The built-in guide for a language (fixed ids from the first migration).
fn guide_for(lang: &str) -> RecordId {
    let n = match lang {
        "es" => 2,
        "fr" => 3,
        _ => 1,
    };
    RecordId(uuid::Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_e000 + n))
}

/// Generates demo records deterministically from a seed.
struct Gen {
    rng: ChaCha8Rng,
    clock_ms: u64,
}

impl Gen {
    fn id(&mut self) -> RecordId {
        self.clock_ms += 1;
        let mut random = [0u8; 10];
        self.rng.fill_bytes(&mut random);
        RecordId(Builder::from_unix_timestamp_millis(self.clock_ms, &random).into_uuid())
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        items.choose(&mut self.rng).unwrap_or(&items[0])
    }

    fn create(&mut self, ops: &mut Vec<Op>, entity: Entity, fields: Json) -> RecordId {
        let id = self.id();
        let fields: Map<String, Json> = fields.as_object().cloned().unwrap_or_default();
        ops.push(Op::Create { entity, id: Some(id), fields });
        id
    }
}

/// Adds `sessions` demo sessions (and six movements) to the store, all in one transaction.
/// The same `seed` produces the same records, ids included.
pub fn generate(store: &mut Store, sessions: usize, seed: u64) -> Result<Vec<RecordId>> {
    let mut g = Gen { rng: ChaCha8Rng::seed_from_u64(seed), clock_ms: 1_767_225_600_000 + seed % 1_000_000 };
    let mut guides = std::collections::HashMap::new();
    for (lang, _) in crate::i18n::LANGUAGES {
        guides.insert(*lang, store.children(Entity::GuideQuestion, "guide_id", guide_for(lang))?);
    }
    let mut ops = Vec::new();
    let movements: Vec<(RecordId, usize)> = MOVEMENTS
        .iter()
        .enumerate()
        .map(|(i, (name, country, region, sector, _, _, description))| {
            let f = json!({"name": name, "country": country, "region": region, "sector": sector, "description": description});
            (g.create(&mut ops, Entity::Movement, f), i)
        })
        .collect();
    let mut ids = Vec::with_capacity(sessions);
    let mut first_session = vec![None; movements.len()];
    for n in 0..sessions {
        let (movement, mi) = *g.pick(&movements);
        let (mname, _, region, _, lang, tz, _) = MOVEMENTS[mi];
        let day = 1 + (n * 3) % 28;
        let month = 1 + (n / 9) % 12;
        let fields = json!({
            "title": format!("Listening session {} — {}", n + 1, mname),
            "starts_at": format!("2026-{month:02}-{day:02}T{:02}:30", 9 + g.rng.random_range(0..6)),
            "time_zone": tz, "place": format!("{}, {region}", g.pick(PLACES)),
            "languages": [lang], "facilitators": ["Facilitator A", "Facilitator B"],
            "movement_ids": [movement.to_string()],
            "status": *g.pick(&["draft", "reviewed", "shared_back"]),
            "notes": "Opened with introductions and consent; the movement chose the agenda.",
            "guide_id": guide_for(lang).to_string(),
        });
        let session = g.create(&mut ops, Entity::Session, fields);
        ids.push(session);
        first_session[mi].get_or_insert(session);
        let sid = session.to_string();
        let (names, answers) = match lang {
            "es" => (NAMES_ES, ANSWERS_ES),
            "fr" => (NAMES_FR, ANSWERS_FR),
            _ => (NAMES_EN, ANSWERS_EN),
        };
        let mut people = Vec::new();
        for p in 0..g.rng.random_range(3..8) {
            let at_risk = g.rng.random_bool(0.2);
            let f = json!({
                "session_id": sid, "position": p, "name": g.pick(names), "pseudonym": format!("P{}", p + 1),
                "organisation": g.pick(ORGS), "org_kind": *g.pick(&["formal", "informal"]),
                "role": *g.pick(&["member", "leader", "organiser", "treasurer"]),
                "consent_record": true, "consent_quote": g.rng.random_bool(0.7),
                "consent_named": !at_risk && g.rng.random_bool(0.6), "at_risk": at_risk,
            });
            people.push(g.create(&mut ops, Entity::Participant, f));
        }
        for (q, (answer, asked)) in answers.iter().zip(&guides[lang]).enumerate() {
            let f = json!({
                "session_id": sid, "position": q + 1, "answer": answer,
                "text": asked["text"], "guide_question_id": asked["id"],
            });
            let question = g.create(&mut ops, Entity::Question, f);
            if q == 0 {
                let who = g.pick(&people).to_string();
                let f = json!({"session_id": sid, "question_id": question.to_string(), "participant_id": who, "text": answer});
                g.create(&mut ops, Entity::Quote, f);
            }
        }
        for p in 0..g.rng.random_range(2..5) {
            let (title, theme) = *g.pick(PRIORITIES);
            let f = json!({"session_id": sid, "position": p, "title": title, "theme": theme, "votes": g.rng.random_range(0..15)});
            g.create(&mut ops, Entity::Priority, f);
        }
        for p in 0..g.rng.random_range(0..3) {
            let (d, who, sev, mit) = *g.pick(RISKS);
            let f = json!({"session_id": sid, "position": p, "description": d, "affected": who, "severity": sev, "mitigation": mit});
            g.create(&mut ops, Entity::Risk, f);
        }
        for p in 0..g.rng.random_range(1..4) {
            let f = json!({
                "session_id": sid, "position": p, "what": g.pick(SUPPORTS), "role": g.pick(ROLES),
                "category": g.pick(VALUE_ADD), "owner": "Programme officer",
                "due_date": format!("2026-{:02}-15", 1 + (n + p) % 12),
                "status": *g.pick(&["proposed", "agreed", "in_progress", "done"]),
                "requested_by_movement": g.rng.random_bool(0.8),
            });
            g.create(&mut ops, Entity::Support, f);
        }
    }
    cycle::cycle(&mut g, &mut ops, &movements, &first_session);
    store.write(ops)?;
    Ok(ids)
}
