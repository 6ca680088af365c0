//! What each record kind holds and which values each field accepts: one table that drives
//! validation, generic reads and the stamped write path, so that no field escapes the clock.

use serde::{Deserialize, Serialize};

/// A record: `id` plus every field of its kind.
pub type Record = serde_json::Map<String, serde_json::Value>;

/// Values of the per-item `tier` field: `default` follows the tier rules (`crate::tier`), the
/// others raise (or, for risks, lower) the item's tier.
pub const TIER_CHOICES: &[&str] = &["default", "share_back", "internal", "restricted"];

/// The four roles an organisation can play for a movement (CARE, "Supporting social movements").
pub const ROLES: &[&str] = &["convener", "ally", "resource_partner", "amplifier"];

/// ActionAid's value-add categories for agreed support.
pub const VALUE_ADD: &[&str] = &[
    "institutional_capacity",
    "skills_training",
    "research_documentation",
    "policy_analysis",
    "key_concepts",
    "cross_movement_spaces",
    "facilitating_advocacy",
    "mass_mobilisation",
    "profile_media",
    "funding_cost_sharing",
    "legal_support",
];

/// Session workflow: captured, checked by a second person, results handed back to the movement.
pub const SESSION_STATUS: &[&str] = &["draft", "reviewed", "shared_back"];
/// Where an agreed piece of support stands.
pub const SUPPORT_STATUS: &[&str] = &["proposed", "agreed", "in_progress", "done", "dropped"];
/// How serious a voiced risk is.
pub const SEVERITY: &[&str] = &["low", "medium", "high"];
/// Whether a participant's group is registered or an informal collective.
pub const ORG_KIND: &[&str] = &["formal", "informal"];
/// The players around a movement: its own groups first, then the periphery (funders, officials,
/// other NGOs) the seed guidance asks to map as well.
pub const ACTOR_KIND: &[&str] =
    &["organisation", "union", "network", "collective", "informal_group", "funder", "official", "ngo"];
/// Actor kinds outside the movement itself.
pub const PERIPHERY: &[&str] = &["funder", "official", "ngo"];
/// How two actors are linked on the map (`from` … `to`).
pub const RELATION_KIND: &[&str] = &["member_of", "allied_with", "tension_with", "funds", "convenes"];
/// What a check-in decided about the organisation's role.
pub const DECISION: &[&str] = &["keep", "change", "pause"];
/// What a participant took back (`consent::Scope`): to be named, to be quoted, or to be
/// recorded at all (which covers both).
pub const WITHDRAWAL_SCOPE: &[&str] = &["named", "quoted", "all"];
/// How results went back to the movement.
pub const SHARE_FORM: &[&str] = &["printed_summary", "meeting", "message", "radio", "other"];

/// The kind of value a field accepts, checked before anything is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// Any text (may be empty).
    Text,
    /// A calendar date `YYYY-MM-DD`, or null.
    Date,
    /// A local date and time `YYYY-MM-DDTHH:MM` (its zone is in another field), or null.
    LocalDateTime,
    /// An IANA time zone name such as `Asia/Phnom_Penh`.
    TimeZone,
    /// A whole number.
    Int,
    /// true / false.
    Bool,
    /// One of a closed list of codes.
    Enum(&'static [&'static str]),
    /// The id of a record of another kind, or null.
    Ref(Entity),
    /// A list of ids of records of another kind.
    Refs(Entity),
    /// A list of short texts.
    TextList,
    /// A list of codes, each from a closed list (no duplicates).
    Codes(&'static [&'static str]),
    /// The id of another record in the same session, of any kind (what an attachment is about),
    /// or null. Stored like [`FieldType::Ref`], without a foreign key.
    AnyRef,
}

/// One field of a record kind.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// Column name, and the name used in JSON, bundles and the UI.
    pub name: &'static str,
    /// Accepted values.
    pub ty: FieldType,
}

const fn f(name: &'static str, ty: FieldType) -> Field {
    Field { name, ty }
}

/// Every kind of record Fieldbook stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Entity {
    /// A social movement or network the organisation works with.
    Movement,
    /// A question guide (a list of questions a session follows).
    Guide,
    /// One question of a guide.
    GuideQuestion,
    /// A listening session.
    Session,
    /// Someone who took part in a session.
    Participant,
    /// A question asked in a session, with the notes of what was said.
    Question,
    /// A quote recorded under a question, attributable only with consent.
    Quote,
    /// A priority raised by the movement.
    Priority,
    /// A risk voiced in the session.
    Risk,
    /// Support agreed with the movement.
    Support,
    /// A player around a movement: one of its groups, or a funder, official or other NGO.
    Actor,
    /// A link between two actors of the same movement.
    Relation,
    /// A change of the organisation's role(s) for a movement, with its reason.
    RoleChange,
    /// A check with the movement on how the organisation's role is working.
    CheckIn,
    /// A time results were handed back to the movement.
    ShareBack,
    /// A photo, recording or scan attached to a session (or one of its items); its bytes are
    /// kept apart, by content hash (`crate::media`).
    Attachment,
    /// A participant's consent taken back: a signed change that every install merging it
    /// enforces by erasing what it covers (`crate::consent`). Never edited or deleted.
    Withdrawal,
    /// An install's note that it has applied a withdrawal, so that an office sees which devices
    /// have not yet.
    WithdrawalAck,
}

use FieldType as T;

impl Entity {
    /// All kinds, parents before children (the order used by dumps and bulk writes).
    pub const ALL: [Entity; 18] = [
        Entity::Movement,
        Entity::Guide,
        Entity::GuideQuestion,
        Entity::Session,
        Entity::Participant,
        Entity::Question,
        Entity::Quote,
        Entity::Priority,
        Entity::Risk,
        Entity::Support,
        Entity::Actor,
        Entity::Relation,
        Entity::RoleChange,
        Entity::CheckIn,
        Entity::ShareBack,
        Entity::Attachment,
        Entity::Withdrawal,
        Entity::WithdrawalAck,
    ];

    /// The kinds that belong to a movement (they point at it through `movement_id`): the
    /// engagement cycle around the sessions.
    pub const MOVEMENT_CHILDREN: [Entity; 5] =
        [Entity::Actor, Entity::Relation, Entity::RoleChange, Entity::CheckIn, Entity::ShareBack];

    /// The kinds recorded inside a session (they point at it through `session_id`), in the
    /// order a session document lists them.
    pub const SESSION_CHILDREN: [Entity; 7] = [
        Entity::Participant,
        Entity::Question,
        Entity::Quote,
        Entity::Priority,
        Entity::Risk,
        Entity::Support,
        Entity::Attachment,
    ];

    /// The SQL table and the name in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Entity::Movement => "movement",
            Entity::Guide => "guide",
            Entity::GuideQuestion => "guide_question",
            Entity::Session => "session",
            Entity::Participant => "participant",
            Entity::Question => "question",
            Entity::Quote => "quote",
            Entity::Priority => "priority",
            Entity::Risk => "risk",
            Entity::Support => "support",
            Entity::Actor => "actor",
            Entity::Relation => "relation",
            Entity::RoleChange => "role_change",
            Entity::CheckIn => "check_in",
            Entity::ShareBack => "share_back",
            Entity::Attachment => "attachment",
            Entity::Withdrawal => "withdrawal",
            Entity::WithdrawalAck => "withdrawal_ack",
        }
    }

    /// Parses a name produced by [`Entity::name`].
    pub fn from_name(name: &str) -> Option<Entity> {
        Entity::ALL.into_iter().find(|e| e.name() == name)
    }

    /// The fields a caller may write, without `id`. `deleted` is written only by deleting.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Entity::Movement => {
                const F: &[Field] = &[
                    f("name", T::Text),
                    f("country", T::Text),
                    f("region", T::Text),
                    f("sector", T::Text),
                    f("description", T::Text),
                    f("tier", T::Enum(TIER_CHOICES)),
                ];
                F
            }
            Entity::Guide => {
                const F: &[Field] = &[f("name", T::Text), f("language", T::Text)];
                F
            }
            Entity::GuideQuestion => {
                const F: &[Field] = &[f("guide_id", T::Ref(Entity::Guide)), f("position", T::Int), f("text", T::Text)];
                F
            }
            Entity::Session => {
                const F: &[Field] = &[
                    f("title", T::Text),
                    f("starts_at", T::LocalDateTime),
                    f("time_zone", T::TimeZone),
                    f("place", T::Text),
                    f("languages", T::TextList),
                    f("facilitators", T::TextList),
                    f("movement_ids", T::Refs(Entity::Movement)),
                    f("status", T::Enum(SESSION_STATUS)),
                    f("notes", T::Text),
                    f("guide_id", T::Ref(Entity::Guide)),
                    f("next_check_in", T::Date),
                    f("tier", T::Enum(TIER_CHOICES)),
                ];
                F
            }
            Entity::Participant => {
                const F: &[Field] = &[
                    f("session_id", T::Ref(Entity::Session)),
                    f("position", T::Int),
                    f("name", T::Text),
                    f("pseudonym", T::Text),
                    f("organisation", T::Text),
                    f("org_kind", T::Enum(ORG_KIND)),
                    f("role", T::Text),
                    f("consent_record", T::Bool),
                    f("consent_quote", T::Bool),
                    f("consent_named", T::Bool),
                    f("at_risk", T::Bool),
                    f("tier", T::Enum(TIER_CHOICES)),
                    f("aliases", T::TextList),
                ];
                F
            }
            Entity::Question => {
                const F: &[Field] = &[
                    f("session_id", T::Ref(Entity::Session)),
                    f("position", T::Int),
                    f("text", T::Text),
                    f("answer", T::Text),
                    f("guide_question_id", T::Ref(Entity::GuideQuestion)),
                    f("tier", T::Enum(TIER_CHOICES)),
                ];
                F
            }
            Entity::Quote => {
                const F: &[Field] = &[
                    f("session_id", T::Ref(Entity::Session)),
                    f("question_id", T::Ref(Entity::Question)),
                    f("participant_id", T::Ref(Entity::Participant)),
                    f("position", T::Int),
                    f("text", T::Text),
                    f("tier", T::Enum(TIER_CHOICES)),
                ];
                F
            }
            Entity::Priority => {
                const F: &[Field] = &[
                    f("session_id", T::Ref(Entity::Session)),
                    f("position", T::Int),
                    f("title", T::Text),
                    f("description", T::Text),
                    f("theme", T::Text),
                    f("votes", T::Int),
                    f("tier", T::Enum(TIER_CHOICES)),
                ];
                F
            }
            Entity::Risk => {
                const F: &[Field] = &[
                    f("session_id", T::Ref(Entity::Session)),
                    f("position", T::Int),
                    f("description", T::Text),
                    f("affected", T::Text),
                    f("severity", T::Enum(SEVERITY)),
                    f("mitigation", T::Text),
                    f("tier", T::Enum(TIER_CHOICES)),
                ];
                F
            }
            Entity::Support => {
                const F: &[Field] = &[
                    f("session_id", T::Ref(Entity::Session)),
                    f("position", T::Int),
                    f("what", T::Text),
                    f("role", T::Enum(ROLES)),
                    f("category", T::Enum(VALUE_ADD)),
                    f("owner", T::Text),
                    f("due_date", T::Date),
                    f("status", T::Enum(SUPPORT_STATUS)),
                    f("requested_by_movement", T::Bool),
                    f("tier", T::Enum(TIER_CHOICES)),
                ];
                F
            }
            Entity::Actor => {
                const F: &[Field] = &[
                    f("movement_id", T::Ref(Entity::Movement)),
                    f("name", T::Text),
                    f("kind", T::Enum(ACTOR_KIND)),
                    f("org_kind", T::Enum(ORG_KIND)),
                    f("notes", T::Text),
                    f("session_ids", T::Refs(Entity::Session)),
                    f("tier", T::Enum(TIER_CHOICES)),
                ];
                F
            }
            Entity::Relation => {
                const F: &[Field] = &[
                    f("movement_id", T::Ref(Entity::Movement)),
                    f("from_id", T::Ref(Entity::Actor)),
                    f("to_id", T::Ref(Entity::Actor)),
                    f("kind", T::Enum(RELATION_KIND)),
                    f("notes", T::Text),
                    f("tier", T::Enum(TIER_CHOICES)),
                ];
                F
            }
            Entity::RoleChange => {
                const F: &[Field] = &[
                    f("movement_id", T::Ref(Entity::Movement)),
                    f("date", T::Date),
                    f("roles", T::Codes(ROLES)),
                    f("reason", T::Text),
                    f("tier", T::Enum(TIER_CHOICES)),
                ];
                F
            }
            Entity::CheckIn => {
                const F: &[Field] = &[
                    f("movement_id", T::Ref(Entity::Movement)),
                    f("date", T::Date),
                    f("feedback", T::Text),
                    f("decision", T::Enum(DECISION)),
                    f("notes", T::Text),
                    f("tier", T::Enum(TIER_CHOICES)),
                ];
                F
            }
            Entity::ShareBack => {
                const F: &[Field] = &[
                    f("movement_id", T::Ref(Entity::Movement)),
                    f("session_id", T::Ref(Entity::Session)),
                    f("date", T::Date),
                    f("audience", T::Text),
                    f("form", T::Enum(SHARE_FORM)),
                    f("notes", T::Text),
                    f("tier", T::Enum(TIER_CHOICES)),
                ];
                F
            }
            Entity::Attachment => {
                const F: &[Field] = &[
                    f("session_id", T::Ref(Entity::Session)),
                    f("item_id", T::AnyRef),
                    f("position", T::Int),
                    f("file_name", T::Text),
                    f("media_type", T::Text),
                    f("sha256", T::Text),
                    f("size", T::Int),
                    f("caption", T::Text),
                    f("in_summary", T::Bool),
                    f("tier", T::Enum(TIER_CHOICES)),
                ];
                F
            }
            Entity::Withdrawal => {
                const F: &[Field] = &[
                    f("participant_id", T::AnyRef),
                    f("scope", T::Enum(WITHDRAWAL_SCOPE)),
                    f("date", T::Date),
                    f("recorded_by", T::Text),
                    f("note", T::Text),
                ];
                F
            }
            Entity::WithdrawalAck => {
                const F: &[Field] = &[f("withdrawal_id", T::AnyRef), f("device", T::Text), f("applied_at", T::Text)];
                F
            }
        }
    }

    /// Looks up a writable field by name.
    pub fn field(self, name: &str) -> Option<Field> {
        self.fields().iter().copied().find(|fl| fl.name == name)
    }

    /// Session children point at their session through `session_id`; these are read and written
    /// together with the session in a [`crate::SessionDoc`].
    pub fn is_session_child(self) -> bool {
        Entity::SESSION_CHILDREN.contains(&self)
    }

    /// Records that may point at a session (its children, and a share-back entry about one): the
    /// session's tier choice raises theirs wherever tiers are decided.
    pub fn has_session(self) -> bool {
        self.field("session_id").is_some()
    }

    /// Whether records of this kind are ordered by a `position` field.
    pub fn is_ordered(self) -> bool {
        self.field("position").is_some()
    }
}

impl std::fmt::Display for Entity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// IANA time zone names, sorted, for the session's zone picker.
pub fn time_zones() -> Vec<&'static str> {
    let mut zones: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|z| z.name()).collect();
    zones.sort_unstable();
    zones
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_fields_are_unique() {
        for e in Entity::ALL {
            assert_eq!(Entity::from_name(e.name()), Some(e));
            let mut names: Vec<_> = e.fields().iter().map(|f| f.name).collect();
            names.sort_unstable();
            let before = names.len();
            names.dedup();
            assert_eq!(before, names.len(), "duplicate field in {e}");
            assert!(e.field("deleted").is_none() && e.field("id").is_none());
        }
        assert!(PERIPHERY.iter().all(|p| ACTOR_KIND.contains(p)));
        assert_eq!(ROLES.len(), 4);
        assert_eq!(VALUE_ADD.len(), 11);
    }
}
