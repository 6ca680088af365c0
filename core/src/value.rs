//! Converts field values between the JSON the UI, CLI and bundles speak and the SQLite column
//! types, refusing anything a field does not accept before it reaches the database.

use crate::error::{Error, Result};
use crate::ids::RecordId;
use crate::schema::{Entity, Field, FieldType};
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::types::Value as Sql;
use serde_json::Value as Json;

/// Checks `value` against the field's type and normalises it (e.g. `""` for a date is null,
/// ids are lower-case hyphenated). The result is what is stored, compared and logged.
pub fn normalise(entity: Entity, field: &Field, value: &Json) -> Result<Json> {
    let bad = |reason: &str| Error::InvalidValue {
        entity: entity.name().into(),
        field: field.name.into(),
        reason: reason.into(),
    };
    let blank = |v: &Json| v.is_null() || v.as_str().is_some_and(|s| s.trim().is_empty());
    Ok(match field.ty {
        FieldType::Text => match value {
            Json::String(s) => Json::String(composed(s)),
            Json::Null => Json::String(String::new()),
            _ => return Err(bad("expected text")),
        },
        FieldType::Date => {
            if blank(value) {
                Json::Null
            } else {
                let s = value.as_str().ok_or_else(|| bad("expected a date YYYY-MM-DD"))?;
                NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| bad("expected a date YYYY-MM-DD"))?;
                Json::String(s.trim().into())
            }
        }
        FieldType::LocalDateTime => {
            if blank(value) {
                Json::Null
            } else {
                let s = value.as_str().ok_or_else(|| bad("expected YYYY-MM-DDTHH:MM"))?;
                let t = NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%dT%H:%M")
                    .or_else(|_| NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%dT%H:%M:%S"))
                    .map_err(|_| bad("expected YYYY-MM-DDTHH:MM"))?;
                Json::String(t.format("%Y-%m-%dT%H:%M").to_string())
            }
        }
        FieldType::TimeZone => {
            let s = value.as_str().ok_or_else(|| bad("expected a time zone name"))?;
            s.trim().parse::<chrono_tz::Tz>().map_err(|_| bad("unknown time zone (use a name like Asia/Kathmandu)"))?;
            Json::String(s.trim().into())
        }
        FieldType::Int => match value {
            Json::Number(n) if n.is_i64() => value.clone(),
            Json::String(s) => Json::from(s.trim().parse::<i64>().map_err(|_| bad("expected a whole number"))?),
            _ => return Err(bad("expected a whole number")),
        },
        FieldType::Bool => match value {
            Json::Bool(_) => value.clone(),
            _ => return Err(bad("expected true or false")),
        },
        FieldType::Enum(allowed) => match value.as_str() {
            Some(s) if allowed.contains(&s) => value.clone(),
            _ => return Err(bad(&format!("expected one of: {}", allowed.join(", ")))),
        },
        FieldType::Ref(_) | FieldType::AnyRef => {
            if blank(value) {
                Json::Null
            } else {
                Json::String(parse_id(value).ok_or_else(|| bad("expected a record id"))?.to_string())
            }
        }
        FieldType::Refs(_) => {
            let items = value.as_array().ok_or_else(|| bad("expected a list of record ids"))?;
            let mut ids = Vec::with_capacity(items.len());
            for item in items {
                let id = parse_id(item).ok_or_else(|| bad("expected a list of record ids"))?;
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            Json::Array(ids.into_iter().map(|i| Json::String(i.to_string())).collect())
        }
        FieldType::TextList => {
            let items = value.as_array().ok_or_else(|| bad("expected a list of texts"))?;
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                let s = item.as_str().ok_or_else(|| bad("expected a list of texts"))?.trim();
                if !s.is_empty() {
                    out.push(Json::String(composed(s)));
                }
            }
            Json::Array(out)
        }
        FieldType::Codes(allowed) => {
            let wrong = || bad(&format!("expected a list of: {}", allowed.join(", ")));
            let items = value.as_array().ok_or_else(wrong)?;
            let mut out: Vec<&str> = Vec::with_capacity(items.len());
            for item in items {
                let code = item.as_str().filter(|c| allowed.contains(c)).ok_or_else(wrong)?;
                if !out.contains(&code) {
                    out.push(code);
                }
            }
            // Stored in the list's own order, so two devices choosing the same set agree.
            out.sort_by_key(|c| allowed.iter().position(|a| a == c));
            Json::Array(out.into_iter().map(Json::from).collect())
        }
    })
}

/// `s` in composed form (NFC): the same word typed on a keyboard that sends "e" and a combining
/// accent, or pasted from a sheet in decomposed form, is stored, indexed and searched as the
/// same word (the name model folds further for matching: `crate::names`).
fn composed(s: &str) -> String {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => s.to_string(),
        _ => s.nfc().collect(),
    }
}

fn parse_id(v: &Json) -> Option<RecordId> {
    v.as_str()?.parse().ok()
}

/// The SQLite value for a normalised JSON value.
pub fn to_sql(ty: FieldType, value: &Json) -> Sql {
    match (ty, value) {
        (_, Json::Null) => Sql::Null,
        (FieldType::Bool, Json::Bool(b)) => Sql::Integer(i64::from(*b)),
        (FieldType::Int, Json::Number(n)) => Sql::Integer(n.as_i64().unwrap_or(0)),
        (FieldType::Ref(_) | FieldType::AnyRef, Json::String(s)) => match s.parse::<RecordId>() {
            Ok(id) => Sql::Blob(id.as_bytes().to_vec()),
            Err(_) => Sql::Null,
        },
        (FieldType::Refs(_) | FieldType::TextList | FieldType::Codes(_), v) => Sql::Text(v.to_string()),
        (_, Json::String(s)) => Sql::Text(s.clone()),
        (_, v) => Sql::Text(v.to_string()),
    }
}

/// The JSON value of a stored column.
pub fn from_sql(ty: FieldType, value: Sql) -> Json {
    match (ty, value) {
        (_, Sql::Null) => Json::Null,
        (FieldType::Bool, Sql::Integer(i)) => Json::Bool(i != 0),
        (_, Sql::Integer(i)) => Json::from(i),
        (_, Sql::Real(r)) => Json::from(r),
        (FieldType::Ref(_) | FieldType::AnyRef, Sql::Blob(b)) => {
            RecordId::from_slice(&b).map_or(Json::Null, |id| Json::String(id.to_string()))
        }
        (FieldType::Refs(_) | FieldType::TextList | FieldType::Codes(_), Sql::Text(s)) => {
            serde_json::from_str(&s).unwrap_or_else(|_| Json::Array(vec![]))
        }
        (_, Sql::Text(s)) => Json::String(s),
        (_, Sql::Blob(_)) => Json::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn norm(e: Entity, field: &str, v: Json) -> Result<Json> {
        normalise(e, &e.field(field).expect("field"), &v)
    }

    #[test]
    fn values_are_checked_and_normalised() {
        assert_eq!(norm(Entity::Support, "due_date", json!("")).ok(), Some(Json::Null));
        assert!(norm(Entity::Support, "due_date", json!("31/12/2026")).is_err());
        assert!(norm(Entity::Support, "role", json!("donor")).is_err());
        assert_eq!(norm(Entity::Priority, "votes", json!("7")).ok(), Some(json!(7)));
        assert!(norm(Entity::Session, "time_zone", json!("Mars/Olympus")).is_err());
        assert_eq!(
            norm(Entity::Session, "starts_at", json!("2026-03-01T09:30:00")).ok(),
            Some(json!("2026-03-01T09:30"))
        );
        assert_eq!(
            norm(Entity::Session, "languages", json!([" Khmer ", "", "English"])).ok(),
            Some(json!(["Khmer", "English"]))
        );
    }

    #[test]
    fn sql_round_trip_keeps_types() {
        let id = RecordId::new().to_string();
        for (ty, v) in [
            (FieldType::Bool, json!(true)),
            (FieldType::Int, json!(-3)),
            (FieldType::Ref(Entity::Session), json!(id)),
            (FieldType::TextList, json!(["a", "b"])),
            (FieldType::Text, json!("नेपाल")),
            (FieldType::Date, Json::Null),
        ] {
            assert_eq!(from_sql(ty, to_sql(ty, &v)), v);
        }
    }
}
