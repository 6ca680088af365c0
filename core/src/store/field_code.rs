//! One-byte codes for field names in `record_clock.stamps`: names were two fifths of those
//! bytes, and an export decrypts every page of them.
//!
//! A code is a position in [`FIELD_CODES`], so the list is part of the store's file format:
//! names are only ever appended, never removed or reordered (a name no longer in the schema
//! keeps its code). A field without a code is still stored, by name.

use std::sync::LazyLock;

/// Every field name with a code, in code order. Append only.
pub(crate) const FIELD_CODES: [&str; 70] = [
    "deleted",
    "name",
    "country",
    "region",
    "sector",
    "description",
    "tier",
    "language",
    "guide_id",
    "position",
    "text",
    "title",
    "starts_at",
    "time_zone",
    "place",
    "languages",
    "facilitators",
    "movement_ids",
    "status",
    "notes",
    "next_check_in",
    "session_id",
    "pseudonym",
    "organisation",
    "org_kind",
    "role",
    "consent_record",
    "consent_quote",
    "consent_named",
    "at_risk",
    "answer",
    "guide_question_id",
    "question_id",
    "participant_id",
    "theme",
    "votes",
    "affected",
    "severity",
    "mitigation",
    "what",
    "category",
    "owner",
    "due_date",
    "requested_by_movement",
    "movement_id",
    "kind",
    "session_ids",
    "from_id",
    "to_id",
    "date",
    "roles",
    "reason",
    "feedback",
    "decision",
    "audience",
    "form",
    "item_id",
    "file_name",
    "media_type",
    "sha256",
    "size",
    "caption",
    "in_summary",
    "scope",
    "recorded_by",
    "note",
    "withdrawal_id",
    "device",
    "applied_at",
    "aliases",
];

/// The byte that stands for a name without a code; the name follows it.
pub(crate) const NAMED: u8 = 0xff;

/// The code of `name`, if it has one (a merge encodes millions).
pub(crate) fn code_of(name: &str) -> Option<u8> {
    static BY_NAME: LazyLock<Vec<(&str, u8)>> = LazyLock::new(|| {
        let mut by_name: Vec<(&str, u8)> = FIELD_CODES.iter().zip(0..).map(|(name, code)| (*name, code)).collect();
        by_name.sort_unstable();
        by_name
    });
    BY_NAME.binary_search_by(|(n, _)| (*n).cmp(name)).ok().map(|i| BY_NAME[i].1)
}

/// The name a code stands for.
pub(crate) fn name_of(code: u8) -> Option<&'static str> {
    FIELD_CODES.get(usize::from(code)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::Entity;
    use sha2::Digest;

    #[test]
    fn every_field_has_one_code_and_the_named_escape_is_not_a_code() {
        for entity in Entity::ALL {
            for field in entity.fields().iter().chain([&crate::store::write::DELETED]) {
                let code = code_of(field.name).unwrap_or_else(|| panic!("{entity:?}.{} has no code", field.name));
                assert_eq!(name_of(code), Some(field.name));
            }
        }
        let mut names = FIELD_CODES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), FIELD_CODES.len(), "a name listed twice");
        assert!(FIELD_CODES.len() < usize::from(NAMED));
        // The codes first written, which stored stamps use: appending leaves this hash alone.
        let first = sha2::Sha256::digest(FIELD_CODES[..56].join("\n"));
        assert_eq!(
            data_encoding::HEXLOWER.encode(&first),
            "e97a42704668ae6acee2f483819648531b622d967fe080677ce4a5baa43e17d1",
            "a field code was changed, removed or moved: only append to FIELD_CODES"
        );
    }
}
