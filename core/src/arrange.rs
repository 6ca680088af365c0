//! Ordering and copying: moving an item up or down among its siblings and copying a guide's
//! questions into a session, each as one batch of stamped writes.

use crate::error::{Error, Result};
use crate::ids::RecordId;
use crate::schema::Entity;
use crate::store::{Op, Store};
use serde_json::{json, Map, Value as Json};

impl Store {
    /// Moves an ordered record one place up or down among its siblings. Positions are
    /// renumbered 1..n; only positions that change are stamped.
    pub fn move_item(&mut self, entity: Entity, id: RecordId, up: bool) -> Result<()> {
        let parent_field = ["question_id", "guide_id", "session_id"]
            .into_iter()
            .find(|f| entity.field(f).is_some() && entity.is_ordered())
            .ok_or_else(|| Error::UnknownField { entity: entity.name().into(), field: "position".into() })?;
        let rec = self.get(entity, id)?;
        let parent: Option<RecordId> = rec[parent_field].as_str().and_then(|s| s.parse().ok());
        let Some(parent) = parent else { return Ok(()) };
        let mut siblings = self.children(entity, parent_field, parent)?;
        let Some(at) = siblings.iter().position(|s| s["id"] == rec["id"]) else { return Ok(()) };
        let to = if up { at.checked_sub(1) } else { Some(at + 1).filter(|&t| t < siblings.len()) };
        let Some(to) = to else { return Ok(()) };
        siblings.swap(at, to);
        let ops = siblings
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let sid: RecordId = s["id"].as_str()?.parse().ok()?;
                let mut fields = Map::new();
                fields.insert("position".into(), json!(i + 1));
                Some(Op::Update { entity, id: sid, fields })
            })
            .collect();
        self.write(ops).map(|_| ())
    }

    /// The writes that copy a guide's questions into a session, numbered after `after`.
    pub(crate) fn guide_question_ops(&self, session: RecordId, guide: RecordId, after: i64) -> Result<Vec<Op>> {
        Ok(self
            .children(Entity::GuideQuestion, "guide_id", guide)?
            .into_iter()
            .enumerate()
            .map(|(i, q)| {
                let mut f = Map::new();
                f.insert("session_id".into(), Json::String(session.to_string()));
                f.insert("position".into(), json!(after + 1 + i as i64));
                f.insert("text".into(), q["text"].clone());
                f.insert("guide_question_id".into(), q["id"].clone());
                Op::Create { entity: Entity::Question, id: None, fields: f }
            })
            .collect())
    }

    /// Adds a guide's questions to an existing session, after its own questions.
    pub fn add_guide_questions(&mut self, session: RecordId, guide: RecordId) -> Result<()> {
        self.get(Entity::Session, session)?;
        let after = self
            .children(Entity::Question, "session_id", session)?
            .iter()
            .filter_map(|q| q["position"].as_i64())
            .max()
            .unwrap_or(0);
        let ops = self.guide_question_ops(session, guide, after)?;
        self.write(ops).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Passphrase;

    #[test]
    fn moving_swaps_neighbours_and_stops_at_the_ends() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut store = Store::init(dir.path(), &Passphrase::new("correct horse battery")).expect("init");
        let s = store.create_session(Map::new()).expect("session");
        let mut ids = vec![];
        for title in ["a", "b", "c"] {
            let f = json!({"session_id": s.to_string(), "title": title, "position": 1});
            ids.push(store.create(Entity::Priority, f.as_object().cloned().unwrap_or_default()).expect("p"));
        }
        let order = |store: &Store| -> Vec<String> {
            store
                .children(Entity::Priority, "session_id", s)
                .expect("list")
                .iter()
                .map(|p| p["title"].as_str().unwrap_or_default().to_string())
                .collect()
        };
        store.move_item(Entity::Priority, ids[2], true).expect("move");
        assert_eq!(order(&store), ["a", "c", "b"]);
        store.move_item(Entity::Priority, ids[0], true).expect("no-op at the top");
        assert_eq!(order(&store), ["a", "c", "b"]);
        let guide: RecordId = "01900000-0000-7000-8000-00000000e002".parse().expect("id");
        store.add_guide_questions(s, guide).expect("add");
        store.add_guide_questions(s, guide).expect("add twice");
        let qs = store.children(Entity::Question, "session_id", s).expect("questions");
        assert_eq!(qs.len(), 10);
        assert_eq!(qs[5]["position"], json!(6));
    }
}
