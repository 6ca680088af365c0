//! The closed vocabularies the UI's pickers offer (labels come from the catalogue), and what each
//! withdrawal scope covers: gathered here, above the schema and the consent rules, so that the
//! schema stays the bottom layer.

use crate::schema;

/// The closed vocabularies, for the UI's pickers (labels come from the catalogue).
pub fn vocabulary() -> serde_json::Value {
    serde_json::json!({
        "roles": schema::ROLES, "value_add": schema::VALUE_ADD, "session_status": schema::SESSION_STATUS,
        "support_status": schema::SUPPORT_STATUS, "severity": schema::SEVERITY, "org_kind": schema::ORG_KIND,
        "tiers": schema::TIER_CHOICES, "actor_kind": schema::ACTOR_KIND, "periphery": schema::PERIPHERY,
        "relation_kind": schema::RELATION_KIND, "decision": schema::DECISION, "share_form": schema::SHARE_FORM,
        "withdrawal_scope": schema::WITHDRAWAL_SCOPE, "withdrawal_covers": crate::consent::Scope::coverage(),
    })
}
