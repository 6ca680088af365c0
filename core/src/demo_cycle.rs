//! The demo's engagement cycle: for each demo movement, the players around it and how they
//! relate, the organisation's roles over time, check-ins and share-backs, so a new user sees
//! the actor map, a check-in falling due and the share-back log with something in them.

use super::Gen;
use crate::ids::RecordId;
use crate::schema::Entity;
use crate::store::Op;
use serde_json::json;

/// (name, kind, formal or informal)
const ACTORS: &[(&str, &str, &str)] = &[
    ("Coordinating committee", "organisation", "formal"),
    ("Northern district chapter", "collective", "informal"),
    ("Southern district chapter", "collective", "informal"),
    ("Market women's savings group", "informal_group", "informal"),
    ("Youth wing", "informal_group", "informal"),
    ("National trade union federation", "union", "formal"),
    ("Regional solidarity network", "network", "formal"),
    ("Women's rights fund", "funder", "formal"),
    ("District labour office", "official", "formal"),
    ("Partner NGO for legal aid", "ngo", "formal"),
];

/// (from, to, kind) as indexes into `ACTORS`.
const RELATIONS: &[(usize, usize, &str)] = &[
    (1, 0, "member_of"),
    (2, 0, "member_of"),
    (3, 1, "member_of"),
    (4, 0, "member_of"),
    (0, 5, "allied_with"),
    (0, 6, "member_of"),
    (7, 0, "funds"),
    (8, 0, "tension_with"),
    (9, 1, "convenes"),
    (9, 4, "convenes"),
    (6, 2, "convenes"),
];

/// Per movement: (first roles, since), (later roles, since, reason), last check-in.
#[allow(clippy::type_complexity)]
const TIMELINE: &[(&[&str], &str, Option<(&[&str], &str, &str)>, Option<(&str, &str, &str)>)] = &[
    (
        &["ally"],
        "2025-06-01",
        Some((
            &["convener", "resource_partner"],
            "2026-01-15",
            "The union asked us to host the tripartite dialogue and cover transport.",
        )),
        Some(("2026-03-10", "The union values the dialogue; asks us to step back from speaking for them.", "keep")),
    ),
    (
        &["resource_partner"],
        "2025-09-01",
        None,
        Some(("2026-10-02", "Savings groups want funding decisions made in the network's assembly.", "change")),
    ),
    (&["amplifier"], "2026-02-01", None, None),
    (
        &["ally", "amplifier"],
        "2025-03-01",
        None,
        Some(("2025-11-20", "The network feels heard; radio work should continue.", "keep")),
    ),
    (&["convener"], "2026-07-01", None, None),
    (
        &["resource_partner"],
        "2024-12-01",
        Some((&[], "2026-04-01", "Paused at the forum's request during its leadership election.")),
        Some(("2026-04-01", "The forum asked for a pause until the new leadership is elected.", "pause")),
    ),
];

pub(super) fn cycle(
    g: &mut Gen,
    ops: &mut Vec<Op>,
    movements: &[(RecordId, usize)],
    first_session: &[Option<RecordId>],
) {
    for &(movement, i) in movements {
        let m = movement.to_string();
        let mut ids = vec![];
        for (name, kind, formal) in ACTORS {
            let sessions: Vec<String> = match (*kind, first_session[i]) {
                ("organisation" | "collective", Some(s)) => vec![s.to_string()],
                _ => vec![],
            };
            let f = json!({"movement_id": m, "name": name, "kind": kind, "org_kind": formal, "session_ids": sessions});
            ids.push(g.create(ops, Entity::Actor, f));
        }
        for &(from, to, kind) in RELATIONS {
            let f =
                json!({"movement_id": m, "from_id": ids[from].to_string(), "to_id": ids[to].to_string(), "kind": kind});
            g.create(ops, Entity::Relation, f);
        }
        let (roles, since, later, check) = TIMELINE[i % TIMELINE.len()];
        let f = json!({"movement_id": m, "date": since, "roles": roles, "reason": "Agreed with the movement after the first listening session."});
        g.create(ops, Entity::RoleChange, f);
        if let Some((roles, date, reason)) = later {
            g.create(
                ops,
                Entity::RoleChange,
                json!({"movement_id": m, "date": date, "roles": roles, "reason": reason}),
            );
        }
        if let Some((date, feedback, decision)) = check {
            g.create(
                ops,
                Entity::CheckIn,
                json!({"movement_id": m, "date": date, "feedback": feedback, "decision": decision}),
            );
        }
        if let Some(s) = first_session[i] {
            let f = json!({"movement_id": m, "session_id": s.to_string(), "date": "2026-05-20",
                "audience": "Members' assembly", "form": "printed_summary", "notes": "Read aloud and left copies."});
            g.create(ops, Entity::ShareBack, f);
        }
    }
}
