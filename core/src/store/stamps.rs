//! The `record_clock.stamps` blob: every field stamp of one record, sorted by field name. Three
//! layouts are read; the coded one is written, and a record in an older one is rewritten when
//! it is next saved.
//!
//! - Coded: `1 | device count (1) | devices (16 each) |` entries of `field | HLC (8, big-endian) |
//!   device position (1) | seq (LEB128) | 0, or 1 and the base's HLC (8) and device position (1)`,
//!   where `field` is the name's one-byte code ([`super::field_code`]), or 255, the name's length
//!   (1) and the name. Names were two fifths of the compact layout's bytes.
//! - Compact: as coded, but with a leading 0 and each field as `name length (1) | name (ASCII)`.
//!   A record's fields are mostly written by one or two devices, so listing them once made this
//!   half the bytes of the legacy layout, and half the pages SQLCipher decrypts when an export
//!   reads every record.
//! - Legacy (migration 0008 builds it in SQL): entries of `name length (1) | name | HLC (8) |
//!   device (16) | seq (8, big-endian) | 0, or 1 and the base stamp (24)`. Every field name is
//!   longer than one byte, so a leading 0 or 1 tells the other two layouts from this one.

use super::field_code;
use crate::error::{Error, Result};
use crate::hlc::Hlc;
use crate::ids::DeviceId;
use crate::stamp::Stamp;

/// The last write of one field, as this store knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FieldStamp {
    /// Who wrote it, when.
    pub stamp: Stamp,
    /// The stamp that write replaced on its author's device.
    pub base: Option<Stamp>,
    /// When it arrived here (local order, for incremental exports).
    pub seq: i64,
}

/// All field stamps of one record, sorted by field name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Stamps(Vec<(String, FieldStamp)>);

impl Stamps {
    /// No stamps yet, room for `n`.
    pub fn with_capacity(n: usize) -> Stamps {
        Stamps(Vec::with_capacity(n))
    }

    /// Reads a `record_clock.stamps` blob; a malformed one is a damaged store, not a panic.
    pub fn decode(b: &[u8]) -> Result<Stamps> {
        let owned = |(name, f): (&[u8], FieldStamp)| Ok((std::str::from_utf8(name).map_err(|_| bad())?.to_owned(), f));
        Ok(Stamps(entries(b).map(|e| e.and_then(owned)).collect::<Result<_>>()?))
    }

    /// The bytes for `record_clock.stamps`, in the coded layout.
    pub fn encode(&self) -> Vec<u8> {
        self.encode_as(Layout::Coded)
    }

    /// The compact layout, as stores wrote it before the coded one (for tests of reading it).
    #[cfg(test)]
    pub fn encode_compact(&self) -> Vec<u8> {
        self.encode_as(Layout::Compact)
    }

    /// The bytes in the coded or the compact layout.
    fn encode_as(&self, layout: Layout) -> Vec<u8> {
        let mut devices: Vec<DeviceId> = vec![];
        let mut at = |d: DeviceId| match devices.iter().position(|x| *x == d) {
            Some(i) => i,
            None => {
                devices.push(d);
                devices.len() - 1
            }
        };
        let mut body = Vec::with_capacity(self.0.len() * 24);
        for (name, f) in &self.0 {
            match field_code::code_of(name).filter(|_| layout == Layout::Coded) {
                Some(code) => body.push(code),
                None => {
                    if layout == Layout::Coded {
                        body.push(field_code::NAMED);
                    }
                    body.push(u8::try_from(name.len()).unwrap_or(u8::MAX));
                    body.extend_from_slice(name.as_bytes());
                }
            }
            body.extend_from_slice(&f.stamp.hlc.to_bytes());
            body.push(at(f.stamp.device) as u8);
            let mut seq = f.seq.max(0) as u64;
            while seq >= 0x80 {
                body.push((seq as u8) | 0x80);
                seq >>= 7;
            }
            body.push(seq as u8);
            match f.base {
                None => body.push(0),
                Some(b) => {
                    body.push(1);
                    body.extend_from_slice(&b.hlc.to_bytes());
                    body.push(at(b.device) as u8);
                }
            }
        }
        // Two writes per field at most, and a record has far fewer than 128 fields.
        if devices.len() > usize::from(u8::MAX) {
            return self.encode_legacy();
        }
        let mut out = Vec::with_capacity(2 + 16 * devices.len() + body.len());
        out.push(layout as u8);
        out.push(devices.len() as u8);
        for d in &devices {
            out.extend_from_slice(d.as_bytes());
        }
        out.extend_from_slice(&body);
        out
    }

    /// The legacy layout (what migration 0008 wrote).
    pub fn encode_legacy(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.0.len() * 64);
        for (name, f) in &self.0 {
            out.push(u8::try_from(name.len()).unwrap_or(u8::MAX));
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(&f.stamp.to_bytes()[..]);
            out.extend_from_slice(&f.seq.to_be_bytes());
            match f.base {
                None => out.push(0),
                Some(b) => {
                    out.push(1);
                    out.extend_from_slice(&b.to_bytes());
                }
            }
        }
        out
    }

    /// The stamp of one field.
    pub fn get(&self, field: &str) -> Option<&FieldStamp> {
        self.0.binary_search_by(|(n, _)| n.as_str().cmp(field)).ok().map(|i| &self.0[i].1)
    }

    /// Sets the stamp of one field.
    pub fn set(&mut self, field: &str, stamp: FieldStamp) {
        match self.0.binary_search_by(|(n, _)| n.as_str().cmp(field)) {
            Ok(i) => self.0[i].1 = stamp,
            Err(i) => self.0.insert(i, (field.to_owned(), stamp)),
        }
    }

    /// Every field and its stamp, by field name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &FieldStamp)> {
        self.0.iter().map(|(n, f)| (n.as_str(), f))
    }

    /// The latest arrival among the fields (the row's `seq`).
    pub fn max_seq(&self) -> i64 {
        self.0.iter().map(|(_, f)| f.seq).max().unwrap_or(0)
    }
}

/// The entries of a `record_clock.stamps` blob, names as bytes borrowed from it or from the code
/// list (an export reads millions and only compares them with the schema's names, so it neither
/// copies nor checks them as text). Stops after the first damage.
pub(crate) fn entries(b: &[u8]) -> impl Iterator<Item = Result<(&[u8], FieldStamp)>> {
    let (devices, mut rest, mut failed) = match b.split_first() {
        Some((&tag @ (0 | 1), tail)) => match tail.split_first() {
            Some((&n, tail)) if tail.len() >= 16 * usize::from(n) => {
                let (devices, rest) = tail.split_at(16 * usize::from(n));
                let layout = if tag == 1 { Layout::Coded } else { Layout::Compact };
                (Some((devices, layout)), rest, false)
            }
            _ => (None, &[][..], true),
        },
        _ => (None, b, false),
    };
    std::iter::from_fn(move || {
        if failed {
            failed = false;
            rest = &[];
            return Some(Err(bad()));
        }
        if rest.is_empty() {
            return None;
        }
        let entry = match devices {
            Some((table, layout)) => compact_entry(rest, table, layout),
            None => legacy_entry(rest),
        };
        match entry {
            Ok((item, tail)) => {
                rest = tail;
                Some(Ok(item))
            }
            Err(e) => {
                rest = &[];
                Some(Err(e))
            }
        }
    })
}

type Entry<'a> = ((&'a [u8], FieldStamp), &'a [u8]);

/// The two layouts that list devices once, by their leading byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    Compact = 0,
    Coded = 1,
}

fn bad() -> Error {
    Error::NotAStore("the database (a record's field stamps are malformed)".into())
}

/// `len` bytes off the front of `b`.
fn take(b: &[u8], len: usize) -> Result<(&[u8], &[u8])> {
    if b.len() < len {
        return Err(bad());
    }
    Ok(b.split_at(len))
}

fn name(b: &[u8]) -> Result<(&[u8], &[u8])> {
    let (len, rest) = take(b, 1)?;
    take(rest, usize::from(len[0]))
}

/// A field of the coded layout: its code, or the escape and its name.
fn coded_name(b: &[u8]) -> Result<(&[u8], &[u8])> {
    let (code, rest) = take(b, 1)?;
    match code[0] {
        field_code::NAMED => name(rest),
        code => Ok((field_code::name_of(code).ok_or_else(bad)?.as_bytes(), rest)),
    }
}

fn hlc(b: &[u8]) -> Result<(Hlc, &[u8])> {
    let (h, rest) = take(b, 8)?;
    Ok((Hlc::from_slice(h).ok_or_else(bad)?, rest))
}

fn compact_entry<'a>(b: &'a [u8], devices: &[u8], layout: Layout) -> Result<Entry<'a>> {
    let device = |b: &'a [u8]| -> Result<(DeviceId, &'a [u8])> {
        let (i, rest) = take(b, 1)?;
        let at = 16 * usize::from(i[0]);
        let d = devices.get(at..at + 16).and_then(DeviceId::from_slice).ok_or_else(bad)?;
        Ok((d, rest))
    };
    let (name, rest) = if layout == Layout::Coded { coded_name(b)? } else { name(b)? };
    let (when, rest) = hlc(rest)?;
    let (who, mut rest) = device(rest)?;
    let mut seq: u64 = 0;
    for shift in (0..64).step_by(7) {
        let (byte, tail) = take(rest, 1)?;
        rest = tail;
        seq |= u64::from(byte[0] & 0x7f) << shift;
        if byte[0] & 0x80 == 0 {
            break;
        }
        if shift >= 63 {
            return Err(bad());
        }
    }
    let (flag, rest) = take(rest, 1)?;
    let (base, rest) = match flag[0] {
        0 => (None, rest),
        1 => {
            let (h, rest) = hlc(rest)?;
            let (d, rest) = device(rest)?;
            (Some(Stamp { hlc: h, device: d }), rest)
        }
        _ => return Err(bad()),
    };
    let seq = i64::try_from(seq).map_err(|_| bad())?;
    Ok(((name, FieldStamp { stamp: Stamp { hlc: when, device: who }, base, seq }), rest))
}

fn legacy_entry(b: &[u8]) -> Result<Entry<'_>> {
    let (name, rest) = name(b)?;
    let (stamp, rest) = take(rest, 24)?;
    let stamp = Stamp::from_slice(stamp).ok_or_else(bad)?;
    let (seq, rest) = take(rest, 8)?;
    let seq = i64::from_be_bytes(seq.try_into().map_err(|_| bad())?);
    let (flag, rest) = take(rest, 1)?;
    let (base, rest) = match flag[0] {
        0 => (None, rest),
        1 => {
            let (b, rest) = take(rest, 24)?;
            (Some(Stamp::from_slice(b).ok_or_else(bad)?), rest)
        }
        _ => return Err(bad()),
    };
    Ok(((name, FieldStamp { stamp, base, seq }), rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Stamps, Stamp) {
        let a = Stamp { hlc: Hlc(7 << 16), device: DeviceId::new() };
        let b = Stamp { hlc: Hlc(9 << 16), device: DeviceId::new() };
        let mut s = Stamps::default();
        s.set("title", FieldStamp { stamp: b, base: Some(a), seq: 300_000 });
        s.set("deleted", FieldStamp { stamp: a, base: None, seq: 2 });
        (s, a)
    }

    fn all_layouts(s: &Stamps) -> [Vec<u8>; 3] {
        [s.encode(), s.encode_compact(), s.encode_legacy()]
    }

    #[test]
    fn every_layout_round_trips_sorted_and_each_is_smaller_than_the_one_before() {
        let (s, a) = sample();
        assert_eq!(s.encode()[0], 1, "coded is written");
        for bytes in all_layouts(&s) {
            let back = Stamps::decode(&bytes).expect("decode");
            assert_eq!(back, s);
            assert_eq!(back.iter().map(|(n, _)| n).collect::<Vec<_>>(), ["deleted", "title"]);
            assert_eq!(back.get("title").map(|f| f.base), Some(Some(a)));
            assert_eq!(back.max_seq(), 300_000);
        }
        // A record as a device writes it: ten fields, one device.
        let mut typical = Stamps::default();
        for (i, name) in
            ["deleted", "kind", "name", "notes", "org_kind", "position", "role", "session_id", "tier", "title"]
                .into_iter()
                .enumerate()
        {
            typical.set(
                name,
                FieldStamp { stamp: Stamp { hlc: Hlc(a.hlc.0 + i as u64), device: a.device }, base: None, seq: 90_000 },
            );
        }
        let [coded, compact, legacy] = all_layouts(&typical).map(|b| {
            assert_eq!(Stamps::decode(&b).expect("decode"), typical);
            b.len()
        });
        assert!(compact * 5 < legacy * 3, "compact is under 60% of legacy");
        assert!(coded * 4 < compact * 3, "coded is under 75% of compact: {coded} vs {compact}");
    }

    #[test]
    fn a_field_without_a_code_is_kept_by_name() {
        let (mut s, a) = sample();
        s.set("a_field_from_elsewhere", FieldStamp { stamp: a, base: None, seq: 9 });
        let bytes = s.encode();
        assert_eq!(Stamps::decode(&bytes).expect("decode"), s);
        assert!(bytes.windows(22).any(|w| w == b"a_field_from_elsewhere"));
    }

    #[test]
    fn damage_is_refused_not_misread() {
        let (s, _) = sample();
        // Cutting between the two entries leaves a valid, shorter list; anywhere else is damage.
        let legacy = s.encode_legacy();
        let first = 1 + "deleted".len() + 8 + 16 + 8 + 1;
        for cut in (1..legacy.len()).filter(|&c| c != first) {
            assert!(Stamps::decode(&legacy[..cut]).is_err(), "legacy cut at {cut}");
        }
        let devices = 2 + 2 * 16;
        for (bytes, name) in [(s.encode_compact(), 1 + "deleted".len()), (s.encode(), 1)] {
            let first = devices + name + 8 + 1 + 1 + 1;
            for cut in (1..bytes.len()).filter(|&c| c != first && c != devices) {
                assert!(Stamps::decode(&bytes[..cut]).is_err(), "layout {} cut at {cut}", bytes[0]);
            }
            let mut wrong_device = bytes.clone();
            wrong_device[devices + name + 8] = 5;
            assert!(Stamps::decode(&wrong_device).is_err(), "layout {}", bytes[0]);
        }
        // A code no name has.
        let mut unknown = s.encode();
        unknown[devices] = 200;
        assert!(Stamps::decode(&unknown).is_err());
    }
}
