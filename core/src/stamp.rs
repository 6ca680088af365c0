//! A stamp orders every write across devices: the hybrid logical clock first, the device id as
//! the deterministic tie-break. Stored as 24 bytes (8 big-endian HLC, 16 device) in that order,
//! so byte order is stamp order.

use crate::hlc::Hlc;
use crate::ids::DeviceId;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Which write of a field is the latest, everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp {
    /// When (hybrid logical clock).
    pub hlc: Hlc,
    /// By which device (tie-break).
    pub device: DeviceId,
}

impl Stamp {
    /// The 24 bytes stored in SQLite and bundles.
    pub fn to_bytes(self) -> [u8; 24] {
        let mut out = [0u8; 24];
        out[..8].copy_from_slice(&self.hlc.to_bytes());
        out[8..].copy_from_slice(self.device.as_bytes());
        out
    }

    /// Reads [`Stamp::to_bytes`]; `None` if malformed.
    pub fn from_slice(b: &[u8]) -> Option<Stamp> {
        if b.len() != 24 {
            return None;
        }
        Some(Stamp { hlc: Hlc::from_slice(&b[..8])?, device: DeviceId::from_slice(&b[8..])? })
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}-{}", self.hlc.0, self.device.0.simple())
    }
}

impl std::str::FromStr for Stamp {
    type Err = ();
    fn from_str(s: &str) -> Result<Stamp, ()> {
        let (hlc, device) = s.split_once('-').ok_or(())?;
        Ok(Stamp {
            hlc: Hlc(u64::from_str_radix(hlc, 16).map_err(|_| ())?),
            device: DeviceId(uuid::Uuid::parse_str(device).map_err(|_| ())?),
        })
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Stamp, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(|_| serde::de::Error::custom("invalid stamp"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_bytes_round_trip_and_keep_order() {
        let a = Stamp { hlc: Hlc(5), device: DeviceId::new() };
        let b = Stamp { hlc: Hlc(5), device: DeviceId(uuid::Uuid::max()) };
        assert!(a < b && a.to_bytes() < b.to_bytes());
        assert_eq!(a.to_string().parse::<Stamp>(), Ok(a));
        assert_eq!(Stamp::from_slice(&a.to_bytes()), Some(a));
    }
}
