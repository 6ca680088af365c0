//! What an export sends and what it keeps back, counted by tier, kind and field: the walk counts
//! as it reads, the export preview and report show the lines.

use crate::schema::Entity;
use crate::tier::Tier;
use serde::Serialize;
use std::collections::BTreeMap;

/// One line of an [`ExportPreview`].
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PreviewLine {
    /// The field's tier.
    pub tier: Tier,
    /// Record kind.
    pub entity: Entity,
    /// Field name (`deleted` for deletions).
    pub field: String,
    /// How many records.
    pub count: u64,
}

/// Counts of changes by (tier, kind, field), split into what leaves and what stays.
#[derive(Debug, Default)]
pub struct Tally(BTreeMap<(bool, Tier, Entity, &'static str), u64>);

impl Tally {
    pub(super) fn add(&mut self, included: bool, tier: Tier, entity: Entity, field: &'static str) {
        *self.0.entry((included, tier, entity, field)).or_default() += 1;
    }

    pub(super) fn merge(&mut self, other: Tally) {
        for (key, count) in other.0 {
            *self.0.entry(key).or_default() += count;
        }
    }

    pub(super) fn lines(&self, included: bool) -> Vec<PreviewLine> {
        self.0
            .iter()
            .filter(|((inc, ..), _)| *inc == included)
            .map(|((_, tier, entity, field), count)| PreviewLine {
                tier: *tier,
                entity: *entity,
                field: (*field).to_owned(),
                count: *count,
            })
            .collect()
    }
}
