//! The last check before text leaves the store below `restricted`: both summaries, table
//! exports, bundles for a recipient below restricted and the publish pass every text they
//! write through one gate that looks for the store's restricted names with the name model
//! (`crate::names`). The tier cuts and the summary's scrubber are the first line; a name found
//! here is a leak past them, and the output stops whole (fail closed), naming the record and
//! field, never the name.

use crate::error::{Error, Result};
use crate::names::{Builder, Names};
use crate::schema::Entity;
use crate::store::Store;
use crate::tier::Tier;
use serde_json::Value as Json;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    Stop,
    /// A name shown openly (a participant who agreed to be named, a facilitator), whole: a
    /// restricted name's part inside it is that other person's name.
    Keep,
}

/// The restricted names to stop, and the open names that contain their parts.
#[derive(Debug, Clone, Default)]
pub struct Gate {
    names: Names<Rule>,
}

impl Gate {
    /// A gate that stops `restricted` names (whole and by their parts) and lets `open` ones pass
    /// whole.
    pub fn new(restricted: &[String], open: &[String]) -> Gate {
        let mut b = Builder::new();
        for n in restricted {
            b.name(n, Rule::Stop);
        }
        if !restricted.is_empty() {
            for n in open {
                b.whole(n, Rule::Keep);
            }
        }
        Gate { names: b.build() }
    }

    /// The gate for what leaves `store` cut to `tier` (below restricted: nothing is stopped
    /// at restricted).
    pub fn of(store: &Store, tier: Tier) -> Result<Gate> {
        if tier >= Tier::Restricted {
            return Ok(Gate::default());
        }
        let restricted = store.restricted_names()?;
        if restricted.is_empty() {
            return Ok(Gate::default());
        }
        Ok(Gate::new(&restricted, &store.open_names(tier)?))
    }

    /// Whether the gate looks at `field` of `entity`: everything but a participant's own name,
    /// other spellings and pseudonym, which their floors govern (`tier::field_floor`): a participant named
    /// openly in one session may share the name of someone at risk in another.
    pub fn scans(entity: Entity, field: &str) -> bool {
        !(entity == Entity::Participant && matches!(field, "name" | "pseudonym" | "aliases"))
    }

    /// Whether the gate has nothing to stop.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Whether `text` names someone restricted.
    pub fn stops(&self, text: &str) -> bool {
        !self.names.is_empty() && self.names.longest(text).iter().any(|h| h.payloads.contains(&Rule::Stop))
    }

    /// Fails when `text`, about to leave as `field` of `entity` `record`, names someone
    /// restricted.
    pub fn check(&self, entity: &str, record: &str, field: &str, text: &str) -> Result<()> {
        if self.stops(text) {
            return Err(Error::NameGate { entity: entity.into(), record: record.into(), field: field.into() });
        }
        Ok(())
    }

    /// [`Gate::check`] for every string in a JSON value (a list field).
    pub fn check_json(&self, entity: &str, record: &str, field: &str, value: &Json) -> Result<()> {
        match value {
            Json::String(s) => self.check(entity, record, field, s),
            Json::Array(items) => items.iter().try_for_each(|v| self.check_json(entity, record, field, v)),
            Json::Object(map) => map.values().try_for_each(|v| self.check_json(entity, record, field, v)),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
#[path = "gate_tests.rs"]
mod tests;
