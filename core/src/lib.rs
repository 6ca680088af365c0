//! fieldbook-core: the domain, the encrypted store and its stamped write path, free of any GUI,
//! shared by the desktop app and the command line.

pub mod actor_map;
mod arrange;
pub mod atomic;
pub mod consent;
pub mod cycle;
pub mod dashboard;
pub mod demo;
mod doc;
mod dump;
mod error;
pub mod gate;
pub mod hlc;
pub mod i18n;
pub mod identity;
mod ids;
pub mod media;
pub mod names;
pub mod paths;
pub mod process;
pub mod profiles;
pub mod progress;
pub mod pseudo;
pub mod publication;
pub mod recovery;
pub mod sample;
pub mod schema;
pub mod search;
mod secret;
pub mod shared;
pub mod sheet;
pub mod stamp;
pub mod store;
pub mod summary;
pub mod sync;
pub mod table;
pub mod tier;
pub mod value;
pub mod vocabulary;

pub use doc::SessionDoc;
pub use error::{BoxError, Error, Result};
pub use ids::{DeviceId, RecordId};
pub use schema::{Entity, Record};
pub use secret::Passphrase;
pub use store::{Op, SessionFilter, SessionRow, Store};

/// The store's write path checks and enforces consent without importing it (`store::write::Rules`):
/// bound here, at the root, where every layer is known.
pub(crate) static RULES: store::write::Rules = store::write::Rules { guard: consent::guard, enforce: consent::enforce };
