//! A bundle's payload: the stamped field changes, before DEFLATE. Format 1 is a JSON array of
//! changes; format 2 (written since) is a sequence of blocks in postcard's wire format, records
//! grouped and names and devices listed once per block, which is several times smaller and
//! faster to write and read (an office exports and merges millions of fields). Layout in
//! docs/bundle-format.md; both formats are read.

use super::change::Change;
use super::deflate::Compressor;
use crate::error::{Error, Result};
use crate::ids::{DeviceId, RecordId};
use crate::schema::{Entity, FieldType};
use crate::stamp::Stamp;
use rusqlite::types::ValueRef;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use std::borrow::Cow;
use std::collections::HashMap;

/// Records per block: large enough that the block's name and device lists cost nothing, small
/// enough that an exporter hands blocks to the compressor as it reads.
pub const BLOCK_RECORDS: usize = 1024;

/// One block of format 2: records of one kind, with the field names and devices they refer to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// Record kind (`session`, `participant`, …).
    pub entity: String,
    /// Field names, referred to by position.
    pub fields: Vec<String>,
    /// Device ids, referred to by position.
    pub devices: Vec<[u8; 16]>,
    /// The records, each with its changed fields.
    pub records: Vec<Record>,
}

impl Block {
    /// The block's bytes as a payload carries them (test vectors build payloads from blocks).
    pub fn encode(&self) -> Result<Vec<u8>> {
        postcard::to_allocvec(self).map_err(wire)
    }
}

/// One record's changed fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Record id (UUID bytes).
    pub id: [u8; 16],
    /// Its fields.
    pub fields: Vec<FieldChange>,
}

/// One stamped field value (`S`: how its text is held; a writer borrows it from the store).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldChange<S = String> {
    /// Position in [`Block::fields`].
    pub field: u32,
    /// The value.
    pub value: Value<S>,
    /// The write's hybrid logical clock.
    pub hlc: u64,
    /// The writing device, a position in [`Block::devices`].
    pub device: u32,
    /// The stamp the write replaced on its device: clock and device position.
    pub base: Option<(u64, u32)>,
}

/// A field value. Each maps to one JSON value (as in `dump --json`). `S` holds text: owned when
/// read from a bundle, borrowed from SQLite when written (the same bytes on the wire).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Value<S = String> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A number with a fraction.
    Real(f64),
    /// A string.
    Text(S),
    /// A record id, as 16 bytes (JSON: the hyphenated UUID string).
    Id([u8; 16]),
    /// Any other JSON value, as JSON text (lists).
    Json(S),
}

impl<'a> Value<Cow<'a, str>> {
    /// The wire value of a JSON value.
    pub fn from_json(v: &'a Json) -> Self {
        match v {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(n) => n.as_i64().map_or_else(|| Value::Json(Cow::Owned(n.to_string())), Value::Int),
            Json::String(s) => Value::Text(Cow::Borrowed(s)),
            other => Value::Json(Cow::Owned(other.to_string())),
        }
    }

    /// The wire value of a stored column, straight from SQLite (the same JSON value as
    /// [`crate::value::from_sql`] gives, without building it or copying its text).
    pub fn from_sql(ty: FieldType, v: ValueRef<'a>) -> Self {
        // Valid UTF-8 (all this store writes) is borrowed after the fast check; anything else
        // is repaired as `from_sql` does.
        let text = |s: &'a [u8]| std::str::from_utf8(s).map_or_else(|_| String::from_utf8_lossy(s), Cow::Borrowed);
        match (ty, v) {
            (_, ValueRef::Null) => Value::Null,
            (FieldType::Bool, ValueRef::Integer(i)) => Value::Bool(i != 0),
            (_, ValueRef::Integer(i)) => Value::Int(i),
            (_, ValueRef::Real(r)) => Value::Real(r),
            (FieldType::Ref(_) | FieldType::AnyRef, ValueRef::Blob(b)) => b.try_into().map_or(Value::Null, Value::Id),
            (FieldType::Refs(_) | FieldType::TextList | FieldType::Codes(_), ValueRef::Text(s)) => {
                // Stored as JSON text already; an unreadable one reads as an empty list, as in from_sql.
                match serde_json::from_slice::<serde::de::IgnoredAny>(s) {
                    Ok(_) => Value::Json(text(s)),
                    Err(_) => Value::Json(Cow::Borrowed("[]")),
                }
            }
            (_, ValueRef::Text(s)) => Value::Text(text(s)),
            (_, ValueRef::Blob(_)) => Value::Null,
        }
    }
}

impl<S: AsRef<str> + Into<String>> Value<S> {
    /// The JSON value; a `Json` value that is not JSON means a damaged bundle.
    pub fn into_json(self) -> Result<Json> {
        Ok(match self {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(b),
            Value::Int(i) => Json::from(i),
            Value::Real(r) => Json::from(r),
            Value::Text(s) => Json::String(s.into()),
            Value::Id(b) => Json::String(uuid::Uuid::from_bytes(b).to_string()),
            Value::Json(s) => serde_json::from_str(s.as_ref()).map_err(|_| damaged("a value is not valid JSON"))?,
        })
    }
}

pub(super) fn damaged(why: &str) -> Error {
    Error::BundleDamaged(format!("payload: {why}"))
}

/// Writes blocks record by record, straight into their wire bytes (no value is copied), and
/// hands each full block on as bytes.
pub struct Blocks<F: FnMut(Vec<u8>) -> Result<()>> {
    entity: &'static str,
    fields: Vec<String>,
    devices: Vec<[u8; 16]>,
    device_at: HashMap<DeviceId, u32>,
    /// The device looked up last: a record's fields are mostly written by one device, and
    /// hashing each one's device cost as much as encoding it.
    last_device: Option<(DeviceId, u32)>,
    /// The finished records of this block, encoded, and how many there are.
    records: Vec<u8>,
    count: usize,
    /// The record being filled: its id, its encoded fields and how many.
    current: Option<[u8; 16]>,
    current_fields: Vec<u8>,
    current_count: usize,
    /// Where the next field name is expected in the block's list (records of one kind list
    /// their fields in the same order).
    hint: usize,
    emit: F,
}

fn wire(e: postcard::Error) -> Error {
    Error::Bundle(format!("payload: {e}"))
}

impl<F: FnMut(Vec<u8>) -> Result<()>> Blocks<F> {
    /// Blocks handed to `emit` as they fill.
    pub fn new(emit: F) -> Self {
        Blocks {
            entity: "",
            fields: vec![],
            devices: vec![],
            device_at: HashMap::new(),
            last_device: None,
            records: Vec::with_capacity(1 << 18),
            count: 0,
            current: None,
            current_fields: Vec::with_capacity(1 << 10),
            current_count: 0,
            hint: 0,
            emit,
        }
    }

    /// Starts a record (a new block when the kind changes or the block is full).
    pub fn record(&mut self, entity: Entity, id: RecordId) -> Result<()> {
        self.finish_record()?;
        if self.entity != entity.name() || self.count >= BLOCK_RECORDS {
            self.flush()?;
            self.entity = entity.name();
        }
        self.current = Some(*id.as_bytes());
        self.hint = 0;
        Ok(())
    }

    /// Adds a field to the record started last.
    pub fn field(&mut self, name: &str, value: Value<Cow<'_, str>>, stamp: Stamp, base: Option<Stamp>) -> Result<()> {
        let field = if self.fields.get(self.hint).is_some_and(|f| f == name) {
            self.hint
        } else if let Some(i) = self.fields.iter().position(|f| f == name) {
            i
        } else {
            self.fields.push(name.to_owned());
            self.fields.len() - 1
        };
        self.hint = field + 1;
        let device = self.device(stamp.device);
        let base = base.map(|b| (b.hlc.0, self.device(b.device)));
        let change = FieldChange { field: field as u32, value, hlc: stamp.hlc.0, device, base };
        put_change(&mut self.current_fields, &change);
        self.current_count += 1;
        Ok(())
    }

    fn device(&mut self, d: DeviceId) -> u32 {
        if let Some((_, at)) = self.last_device.filter(|(last, _)| *last == d) {
            return at;
        }
        let next = self.devices.len() as u32;
        let at = *self.device_at.entry(d).or_insert_with(|| {
            self.devices.push(*d.as_bytes());
            next
        });
        self.last_device = Some((d, at));
        at
    }

    /// Appends the record being filled to the block, as `Record` encodes: id, field count,
    /// fields. A record with no field is left out.
    fn finish_record(&mut self) -> Result<()> {
        if let Some(id) = self.current.take().filter(|_| self.current_count > 0) {
            self.records.extend_from_slice(&id);
            put_varint(&mut self.records, self.current_count as u64);
            self.records.extend_from_slice(&self.current_fields);
            self.count += 1;
        }
        self.current_fields.clear();
        self.current_count = 0;
        Ok(())
    }

    /// Hands on the block being filled (if it has records), encoded as [`Block`] is.
    pub fn flush(&mut self) -> Result<()> {
        self.finish_record()?;
        if self.count > 0 {
            let head = (self.entity, &self.fields, &self.devices, self.count);
            let mut bytes = postcard::to_extend(&head, Vec::with_capacity(self.records.len() + 1024)).map_err(wire)?;
            bytes.extend_from_slice(&self.records);
            (self.emit)(bytes)?;
        }
        self.fields.clear();
        self.devices.clear();
        self.device_at.clear();
        self.last_device = None;
        self.records.clear();
        self.count = 0;
        Ok(())
    }
}

/// Appends `change` in postcard's wire format, as `postcard::to_extend` would (a test compares
/// them byte for byte): postcard's serializer pushes a byte at a time and was 8% of an export.
/// Integers are LEB128 varints (signed ones zigzagged first), enum variants their index as a
/// varint, strings their length then their bytes, `Option` a 0 or 1 before the value.
fn put_change(out: &mut Vec<u8>, change: &FieldChange<Cow<'_, str>>) {
    put_varint(out, u64::from(change.field));
    match &change.value {
        Value::Null => out.push(0),
        Value::Bool(b) => out.extend_from_slice(&[1, u8::from(*b)]),
        Value::Int(i) => {
            out.push(2);
            put_varint(out, ((i << 1) ^ (i >> 63)) as u64);
        }
        Value::Real(r) => {
            out.push(3);
            out.extend_from_slice(&r.to_le_bytes());
        }
        Value::Text(s) | Value::Json(s) => {
            out.push(if matches!(change.value, Value::Text(_)) { 4 } else { 6 });
            put_varint(out, s.len() as u64);
            out.extend_from_slice(s.as_bytes());
        }
        Value::Id(id) => {
            out.push(5);
            out.extend_from_slice(id);
        }
    }
    put_varint(out, change.hlc);
    put_varint(out, u64::from(change.device));
    match change.base {
        None => out.push(0),
        Some((hlc, device)) => {
            out.push(1);
            put_varint(out, hlc);
            put_varint(out, u64::from(device));
        }
    }
}

#[inline]
fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// The compressed format 2 payload of `changes` (which list each record's fields together).
pub fn compress_v2(changes: &[Change]) -> Result<Vec<u8>> {
    let mut out = Compressor::default();
    let mut blocks = Blocks::new(|b| out.push(&b));
    let mut last: Option<(Entity, RecordId)> = None;
    for c in changes {
        if last != Some((c.entity, c.id)) {
            blocks.record(c.entity, c.id)?;
            last = Some((c.entity, c.id));
        }
        blocks.field(&c.field, Value::from_json(&c.value), c.stamp, c.base)?;
    }
    blocks.flush()?;
    drop(blocks);
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::super::decode::{decode, decode_from, Limits, MAX_CHANGES};
    use super::super::deflate::inflate;
    use super::*;
    use crate::hlc::Hlc;
    use serde_json::json;

    fn change(entity: Entity, id: RecordId, field: &str, value: Json, hlc: u64, base: Option<Stamp>) -> Change {
        Change {
            entity,
            id,
            field: field.into(),
            value,
            stamp: Stamp { hlc: Hlc(hlc), device: DeviceId(uuid::Uuid::from_u128(u128::from(hlc % 3))) },
            base,
        }
    }

    #[test]
    fn a_payload_cannot_decode_into_much_more_than_it_says() {
        let id = *RecordId::new().as_bytes();
        let limits = Limits { bytes: 1 << 20, changes: 10 };
        let empty_record =
            Block { entity: "session".into(), records: vec![Record { id, fields: vec![] }], ..Block::default() };
        let bytes = postcard::to_allocvec(&empty_record).expect("block");
        let e = decode_from(2, &bytes[..], limits).expect_err("a record without fields");
        assert!(e.to_string().contains("no fields"), "{e}");
        let field = FieldChange { field: 0, value: Value::Bool(true), hlc: 1, device: 0, base: None };
        let many_names = Block {
            entity: "session".into(),
            fields: vec!["deleted".into(); 300],
            devices: vec![[0; 16]],
            records: vec![Record { id, fields: vec![field.clone()] }],
        };
        let bytes = postcard::to_allocvec(&many_names).expect("block");
        assert!(decode_from(2, &bytes[..], limits).is_err(), "a block naming more fields than any kind has");
        let one = Block {
            entity: "session".into(),
            fields: vec!["deleted".into()],
            devices: vec![[0; 16]],
            records: vec![Record { id, fields: vec![field; 11] }],
        };
        let bytes = postcard::to_allocvec(&one).expect("block");
        let e = decode_from(2, &bytes[..], limits).expect_err("more changes than the manifest's");
        assert!(e.to_string().contains("more changes"), "{e}");
        let e = decode_from(2, &bytes[..], Limits { bytes: 1 << 20, changes: MAX_CHANGES + 1 }).expect_err("a claim");
        assert!(e.to_string().contains("at most"), "{e}");
        assert_eq!(decode_from(2, &bytes[..], Limits { bytes: 1 << 20, changes: 11 }).expect("fits").len(), 11);
    }

    #[test]
    fn format_2_round_trips_every_kind_of_value_across_blocks() {
        let (a, b) = (RecordId::new(), RecordId::new());
        let base = Some(Stamp { hlc: Hlc(1), device: DeviceId::new() });
        let mut changes = vec![
            change(Entity::Session, a, "title", json!("Kaolack forum — नेपाल"), 10, None),
            change(Entity::Session, a, "languages", json!(["fr", "wo"]), 11, base),
            change(Entity::Session, a, "deleted", json!(false), 12, None),
            change(Entity::Priority, b, "votes", json!(7), 13, None),
            change(Entity::Priority, b, "session_id", json!(a.to_string()), 14, None),
            change(Entity::Priority, b, "notes", Json::Null, 15, None),
            change(Entity::Priority, b, "weight", json!(0.5), 16, None),
        ];
        // More records than one block holds.
        for i in 0..(BLOCK_RECORDS as u64 + 5) {
            changes.push(change(Entity::Risk, RecordId::new(), "title", json!(format!("risk {i}")), 100 + i, None));
        }
        let back = decode(2, &inflate(&compress_v2(&changes).expect("compress"))).expect("decode");
        // An id value comes back as the same hyphenated string; everything else as it was.
        assert_eq!(back, changes);
    }

    #[test]
    fn field_changes_are_written_byte_for_byte_as_postcard_writes_them() {
        let text = "Kaolack — नेपाल ".repeat(20);
        let values = [
            Value::Null,
            Value::Bool(true),
            Value::Bool(false),
            Value::Int(0),
            Value::Int(-1),
            Value::Int(63),
            Value::Int(-65),
            Value::Int(i64::MIN),
            Value::Int(i64::MAX),
            Value::Real(0.5),
            Value::Real(-0.0),
            Value::Real(f64::INFINITY),
            Value::Text(Cow::Borrowed("")),
            Value::Text(Cow::Borrowed(text.as_str())),
            Value::Id(*RecordId::new().as_bytes()),
            Value::Json(Cow::Borrowed(r#"["fr","wo"]"#)),
        ];
        let numbers = [0, 1, 127, 128, 16_383, 16_384, u64::from(u32::MAX), u64::MAX];
        for value in values {
            for (i, &n) in numbers.iter().enumerate() {
                let small = u32::try_from(n).unwrap_or(u32::MAX);
                let base = [None, Some((n, small)), Some((0, 0))][i % 3];
                let change = FieldChange { field: small, value: value.clone(), hlc: n, device: small, base };
                let mut mine = vec![9];
                put_change(&mut mine, &change);
                assert_eq!(mine, postcard::to_extend(&change, vec![9]).expect("postcard"), "{change:?}");
                let mut count = vec![];
                put_varint(&mut count, n);
                assert_eq!(count, postcard::to_allocvec(&n).expect("postcard"), "{n}");
            }
        }
    }

    #[test]
    fn a_damaged_block_is_refused_not_misread() {
        let id = RecordId::new();
        let changes = vec![change(Entity::Movement, id, "name", json!("Union"), 5, None)];
        let plain = inflate(&compress_v2(&changes).expect("compress"));
        for cut in 1..plain.len() {
            assert!(decode(2, &plain[..cut]).is_err(), "cut at {cut}");
        }
        let mut block: Block = postcard::from_bytes(&plain).expect("block");
        block.records[0].fields[0].device = 9;
        let bad = postcard::to_allocvec(&block).expect("encode");
        assert_eq!(decode(2, &bad).expect_err("device").code(), "bundle-damaged");
        block.records[0].fields[0].device = 0;
        block.entity = "spaceship".into();
        let bad = postcard::to_allocvec(&block).expect("encode");
        assert!(decode(2, &bad).expect_err("kind").to_string().contains("spaceship"));
    }

    #[test]
    fn values_from_sqlite_match_the_json_the_store_gives() {
        use crate::value::from_sql;
        use rusqlite::types::Value as Sql;
        let id = RecordId::new();
        for (ty, v) in [
            (FieldType::Bool, Sql::Integer(1)),
            (FieldType::Int, Sql::Integer(-4)),
            (FieldType::Text, Sql::Text("Dolores".into())),
            (FieldType::Ref(Entity::Session), Sql::Blob(id.as_bytes().to_vec())),
            (FieldType::TextList, Sql::Text(r#"["a","b"]"#.into())),
            (FieldType::TextList, Sql::Text("not json".into())),
            (FieldType::Date, Sql::Null),
        ] {
            let wire = Value::from_sql(ty, ValueRef::from(&v)).into_json().expect("json");
            assert_eq!(wire, from_sql(ty, v));
        }
    }
}
