//! The tables and views in the organisation's database, made from the record kinds' own field
//! lists (`fieldbook_core::schema`). Every publish brings the schema to this version first, in
//! its transaction. A new field or kind changes the tables: it needs a new `SCHEMA_VERSION` and
//! a migration for databases made before (a test pins version 1's text).

use fieldbook_core::schema::{Entity, FieldType};

/// The version of the tables this build writes (`meta.schema_version`). A database made by a
/// newer Fieldbook is refused rather than half-understood.
pub const SCHEMA_VERSION: i64 = 4;

/// Fields added to a kind after its table was made, with the version that added them: the
/// tables of earlier versions are made without them, and that version's migration adds them.
const ADDED: &[(Entity, &str, i64)] = &[(Entity::Participant, "aliases", 4)];

/// The fields a kind's table has at `version`.
fn fields_at(entity: Entity, version: i64) -> impl Iterator<Item = &'static fieldbook_core::schema::Field> {
    entity
        .fields()
        .iter()
        .filter(move |f| !ADDED.iter().any(|(e, name, added)| *e == entity && *name == f.name && *added > version))
}

/// The PostgreSQL type of a field: dates as dates, ids as uuids, lists as arrays, so that
/// dashboard tools filter and group on them without parsing.
pub fn pg_type(ty: FieldType) -> &'static str {
    match ty {
        FieldType::Text | FieldType::TimeZone | FieldType::Enum(_) => "text",
        FieldType::Date => "date",
        FieldType::LocalDateTime => "timestamp",
        FieldType::Int => "bigint",
        FieldType::Bool => "boolean",
        FieldType::Ref(_) | FieldType::AnyRef => "uuid",
        FieldType::Refs(_) => "uuid[]",
        FieldType::TextList | FieldType::Codes(_) => "text[]",
    }
}

/// The columns every record table starts with, before the kind's fields.
pub const ROW_COLUMNS: [&str; 5] = ["office_id", "id", "stamp", "changed_at", "row_hash"];

/// A schema name the organisation chose: plain lower-case letters, digits and `_`, so that it is
/// never quoted wrong.
pub fn valid_schema_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && name.len() <= 63
        && !name.starts_with("pg_")
}

/// Version 1: the offices, the log of publishes, one table per record kind, what each office
/// knows is gone, one `current_<kind>` view per kind (each record once, at its newest state
/// across offices), and the dashboard views (`views.sql`). Run with `search_path` set to the
/// schema.
pub fn version_1() -> String {
    let mut sql = String::from(
        "CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
         CREATE TABLE office (
             office_id uuid PRIMARY KEY,
             fingerprint text NOT NULL,
             label text NOT NULL DEFAULT '',
             clearance text NOT NULL,
             last_seq bigint NOT NULL,
             fieldbook_version text NOT NULL,
             published_at timestamptz NOT NULL
         );
         CREATE TABLE publish_log (
             seq bigserial PRIMARY KEY,
             office_id uuid NOT NULL REFERENCES office (office_id),
             published_at timestamptz NOT NULL DEFAULT now(),
             clearance text NOT NULL,
             fieldbook_version text NOT NULL,
             rows_written bigint NOT NULL,
             rows_removed bigint NOT NULL
         );
         CREATE TABLE gone (
             office_id uuid NOT NULL,
             kind text NOT NULL,
             id uuid NOT NULL,
             stamp bigint NOT NULL,
             reason text NOT NULL CHECK (reason IN ('deleted', 'withheld')),
             PRIMARY KEY (office_id, kind, id)
         );
         CREATE INDEX gone_record ON gone (kind, id, stamp);\n",
    );
    sql.push_str(&kind_tables(&Entity::ALL[..15], 1));
    sql.push_str(include_str!("../sql/views.sql"));
    sql
}

/// What brings a database at version `to - 1` to version `to`. Version 2: attachments (their
/// descriptions; the bytes never leave the offices' stores). Version 3: withdrawals of consent
/// and the devices' acknowledgements of them. Version 4: participants' other names.
pub fn migration(to: i64) -> String {
    match to {
        2 => kind_tables(&[Entity::Attachment], 2),
        3 => kind_tables(&[Entity::Withdrawal, Entity::WithdrawalAck], 3),
        4 => added_fields(4),
        _ => String::new(),
    }
}

/// The fields [`ADDED`] at `version`, each a column at the end of its table, and the kind's
/// `current_` view made again to show it (a view keeps the columns it was made with).
fn added_fields(version: i64) -> String {
    let mut sql = String::new();
    for &(entity, field, _) in ADDED.iter().filter(|(_, _, v)| *v == version) {
        let Some(f) = entity.field(field) else { continue };
        sql.push_str(&format!(
            "ALTER TABLE \"{}\" ADD COLUMN IF NOT EXISTS \"{field}\" {};\n",
            entity.name(),
            pg_type(f.ty)
        ));
        sql.push_str(&current_view(entity.name()));
    }
    sql
}

/// The `current_<kind>` view: each record once, at its newest state across offices.
fn current_view(name: &str) -> String {
    format!(
        "CREATE OR REPLACE VIEW \"current_{name}\" AS
                 SELECT DISTINCT ON (t.id) t.* FROM \"{name}\" t
                 WHERE NOT EXISTS (
                     SELECT 1 FROM gone g WHERE g.kind = '{name}' AND g.id = t.id
                     AND (g.reason = 'withheld' OR g.stamp > t.stamp))
                 ORDER BY t.id, t.stamp DESC, t.office_id;\n"
    )
}

/// Each kind's table and its `current_<kind>` view, as they were at `version`.
fn kind_tables(kinds: &[Entity], version: i64) -> String {
    let mut sql = String::new();
    for &entity in kinds {
        let name = entity.name();
        let fields: Vec<String> =
            fields_at(entity, version).map(|f| format!("\"{}\" {}", f.name, pg_type(f.ty))).collect();
        // No foreign key to `office`: its check would run once per row of a bulk load.
        sql.push_str(&format!(
            "CREATE TABLE \"{name}\" (
                 office_id uuid NOT NULL,
                 id uuid NOT NULL,
                 stamp bigint NOT NULL,
                 changed_at timestamptz NOT NULL,
                 row_hash bytea NOT NULL,
                 {fields},
                 PRIMARY KEY (office_id, id)
             );
             CREATE INDEX \"{name}_newest\" ON \"{name}\" (id, stamp DESC);
             CREATE VIEW \"current_{name}\" AS
                 SELECT DISTINCT ON (t.id) t.* FROM \"{name}\" t
                 WHERE NOT EXISTS (
                     SELECT 1 FROM gone g WHERE g.kind = '{name}' AND g.id = t.id
                     AND (g.reason = 'withheld' OR g.stamp > t.stamp))
                 ORDER BY t.id, t.stamp DESC, t.office_id;\n",
            fields = fields.join(",\n                 "),
        ));
    }
    sql
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_names_that_could_break_out_of_quotes_are_refused() {
        for ok in ["fieldbook", "fb_2026", "_x"] {
            assert!(valid_schema_name(ok), "{ok}");
        }
        for bad in ["", "Fieldbook", "a\"b", "x; DROP TABLE office", "pg_catalog", "1abc", "a-b", &"a".repeat(64)] {
            assert!(!valid_schema_name(bad), "{bad}");
        }
    }

    /// Version 1's tables are what databases in use hold: a change to them (a new field or kind
    /// in the core's schema) must come with a new version and a migration, not an edit.
    #[test]
    fn version_1_is_what_it_was() {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(version_1().as_bytes());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex, "e2c853b44d20c572e21a293926202072ff9ae34f21561e92c2a4a301cb68df79",
            "the tables changed: add SCHEMA_VERSION 2 and a migration from 1"
        );
    }

    #[test]
    fn every_kind_has_a_table_and_a_current_view() {
        let sql = version_1() + &(2..=SCHEMA_VERSION).map(migration).collect::<String>();
        for e in Entity::ALL {
            assert!(sql.contains(&format!("CREATE TABLE \"{}\"", e.name())));
            assert!(sql.contains(&format!("CREATE VIEW \"current_{}\"", e.name())));
        }
    }
}
