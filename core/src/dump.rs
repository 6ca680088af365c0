//! A canonical dump of every live record: kinds in a fixed order, records sorted by id, keys
//! sorted, so two stores with the same content print the same bytes (sync tests compare these).

use crate::error::Result;
use crate::schema::Entity;
use crate::store::Store;
use serde_json::{Map, Value as Json};

impl Store {
    /// Every live record, grouped by kind, sorted by id. Clocks and history are not included:
    /// two stores are equal when what a person can see is equal.
    pub fn dump(&self) -> Result<Json> {
        let mut out = Map::new();
        for e in Entity::ALL {
            let mut records = self.list(e)?;
            records.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
            out.insert(e.name().into(), Json::Array(records.into_iter().map(Json::Object).collect()));
        }
        Ok(Json::Object(out))
    }
}
