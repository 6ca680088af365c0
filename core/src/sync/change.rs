//! The unit of sync: one stamped field value. Bundles carry changes, the payload encodes them,
//! the merge applies them; this file depends on none of those.

use crate::ids::RecordId;
use crate::schema::Entity;
use crate::stamp::Stamp;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

/// One stamped field value: the unit of sync.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Record kind.
    #[serde(rename = "e")]
    pub entity: Entity,
    /// Record id.
    #[serde(rename = "i")]
    pub id: RecordId,
    /// Field name (`deleted` for tombstones).
    #[serde(rename = "f")]
    pub field: String,
    /// The value.
    #[serde(rename = "v")]
    pub value: Json,
    /// When and by whom it was written.
    #[serde(rename = "s")]
    pub stamp: Stamp,
    /// The stamp this write replaced on the device that made it (none for a new record).
    #[serde(rename = "b", default, skip_serializing_if = "Option::is_none")]
    pub base: Option<Stamp>,
}
