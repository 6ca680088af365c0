//! A session with everything recorded in it, as one document: what the editor shows,
//! what `sessions show --json` prints and what `sessions put` writes back (field by field,
//! through the same stamped write path as the UI).

use crate::error::{Error, Result};
use crate::ids::RecordId;
use crate::schema::Entity;
use crate::schema::Record;
use crate::store::{Op, Store};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};

/// A listening session and its children, each list in display order.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct SessionDoc {
    /// The session's own fields (with `id`).
    pub session: Record,
    /// Who was there.
    pub participants: Vec<Record>,
    /// Questions asked and the notes of what was said.
    pub questions: Vec<Record>,
    /// Quotes under the questions.
    pub quotes: Vec<Record>,
    /// Priorities raised.
    pub priorities: Vec<Record>,
    /// Risks voiced.
    pub risks: Vec<Record>,
    /// Support agreed.
    pub supports: Vec<Record>,
    /// Photos, recordings and scans (their descriptions; the bytes are fetched by hash). Absent
    /// from a document written before there were attachments, which then leaves them alone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<Record>>,
}

/// The list of a kind a document does not have.
static NONE: Vec<Record> = Vec::new();

/// The child lists of a [`SessionDoc`], with their record kind.
const CHILDREN: [Entity; 7] = Entity::SESSION_CHILDREN;

impl SessionDoc {
    pub(crate) fn list(&self, e: Entity) -> &Vec<Record> {
        match e {
            Entity::Participant => &self.participants,
            Entity::Question => &self.questions,
            Entity::Quote => &self.quotes,
            Entity::Priority => &self.priorities,
            Entity::Risk => &self.risks,
            Entity::Attachment => self.attachments.as_ref().unwrap_or(&NONE),
            _ => &self.supports,
        }
    }

    fn list_mut(&mut self, e: Entity) -> &mut Vec<Record> {
        match e {
            Entity::Participant => &mut self.participants,
            Entity::Question => &mut self.questions,
            Entity::Quote => &mut self.quotes,
            Entity::Priority => &mut self.priorities,
            Entity::Risk => &mut self.risks,
            Entity::Attachment => self.attachments.get_or_insert_with(Vec::new),
            _ => &mut self.supports,
        }
    }
}

fn record_id(rec: &Record) -> Result<Option<RecordId>> {
    match rec.get("id") {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) if s.is_empty() => Ok(None),
        Some(Json::String(s)) => {
            s.parse().map(Some).map_err(|_| Error::InvalidDocument(format!("{s:?} is not a record id")))
        }
        Some(other) => Err(Error::InvalidDocument(format!("{other} is not a record id"))),
    }
}

impl Store {
    /// A session and everything recorded in it.
    pub fn session_doc(&self, id: RecordId) -> Result<SessionDoc> {
        let mut doc = SessionDoc { session: self.get(Entity::Session, id)?, ..SessionDoc::default() };
        for e in CHILDREN {
            *doc.list_mut(e) = self.children(e, "session_id", id)?;
        }
        Ok(doc)
    }

    /// Creates a session; with a `guide_id`, the guide's questions are copied into it, so later
    /// edits of the guide do not rewrite what past sessions asked.
    pub fn create_session(&mut self, fields: Map<String, Json>) -> Result<RecordId> {
        let id = RecordId::new();
        let mut ops = vec![Op::Create { entity: Entity::Session, id: Some(id), fields: fields.clone() }];
        if let Some(guide) = fields.get("guide_id").and_then(Json::as_str).filter(|s| !s.is_empty()) {
            let guide: RecordId =
                guide.parse().map_err(|_| Error::InvalidDocument(format!("{guide:?} is not a guide id")))?;
            ops.extend(self.guide_question_ops(id, guide, 0)?);
        }
        self.write(ops)?;
        Ok(id)
    }

    /// Writes a document back: creates the session if its id is new or absent, updates only the
    /// fields that changed, creates new children and deletes children missing from the document.
    /// All in one transaction.
    pub fn put_session_doc(&mut self, mut doc: SessionDoc) -> Result<RecordId> {
        let id = record_id(&doc.session)?.unwrap_or_default();
        let existing = match self.session_doc(id) {
            Ok(d) => Some(d),
            Err(Error::NotFound { .. }) => None,
            Err(e) => return Err(e),
        };
        let (mut ops, mut deletes) = (Vec::new(), Vec::new());
        let mut session = doc.session.clone();
        session.remove("id");
        ops.push(match existing {
            Some(_) => Op::Update { entity: Entity::Session, id, fields: session },
            None => Op::Create { entity: Entity::Session, id: Some(id), fields: session },
        });
        // A document without attachments at all (written before there were any) keeps them.
        let with_attachments = doc.attachments.is_some();
        for e in CHILDREN.into_iter().filter(|e| *e != Entity::Attachment || with_attachments) {
            let before: Vec<RecordId> = existing
                .as_ref()
                .map(|d| d.list(e).iter().filter_map(|r| record_id(r).ok().flatten()).collect())
                .unwrap_or_default();
            let mut kept = Vec::new();
            for rec in doc.list_mut(e).iter_mut() {
                let child = record_id(rec)?;
                rec.remove("id");
                rec.insert("session_id".into(), Json::String(id.to_string()));
                match child {
                    Some(c) if before.contains(&c) => {
                        kept.push(c);
                        ops.push(Op::Update { entity: e, id: c, fields: rec.clone() });
                    }
                    c => ops.push(Op::Create { entity: e, id: c, fields: rec.clone() }),
                }
            }
            for gone in before.into_iter().filter(|b| !kept.contains(b)) {
                deletes.push(Op::Delete { entity: e, id: gone });
            }
        }
        // Deletes last: deleting a question tombstones its quotes, which earlier ops may update.
        ops.extend(deletes);
        self.write(ops)?;
        Ok(id)
    }
}
