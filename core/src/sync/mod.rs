//! Sync without a network: signed, encrypted bundles carried on a USB stick, merged field by
//! field with conflicts kept for review. See docs/bundle-format.md.

mod authorise;
pub mod bundle;
mod decode;
mod deflate;
mod export;
mod media;
mod merge;
mod opening;
pub mod payload;
mod registry;
mod walk;

// Stamps and device keys live below both the store and sync; the old paths stay for callers.
pub use crate::identity;
pub use crate::stamp;

pub use authorise::{authorise, Authority, Hold, Incoming, Local, Refusal, Role, Sender, Verdict};
pub use export::{ExportOptions, ExportPreview, ExportReport, PreviewLine, Sent, Tally};
pub use media::MediaTally;
pub use merge::ImportReport;
pub use opening::Inspection;
pub use registry::{Conflict, ImportLogEntry, ImportOptions, Pick, Recipient, TrustedDevice};

#[cfg(test)]
mod busy_tests;
#[cfg(test)]
mod media_tests;
#[cfg(test)]
mod proptests;
#[cfg(test)]
pub(crate) mod tests;
#[cfg(test)]
mod tier_tests;
