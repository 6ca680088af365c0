//! Sync without a network: signed, encrypted bundles carried on a USB stick, merged field by
//! field with conflicts kept for review. See docs/bundle-format.md.

mod authorise;
pub mod bundle;
pub mod change;
pub mod decode;
pub mod deflate;
mod export;
mod media;
mod merge;
mod opening;
pub mod payload;
mod registry;
mod tally;
mod walk;

pub use authorise::{authorise, Authority, Hold, Incoming, Local, Refusal, Role, Sender, Verdict};
pub use export::{ExportOptions, ExportPreview, ExportReport, Sent};
pub use media::MediaTally;
pub use merge::ImportReport;
pub use opening::{ImportOptions, Inspection};
pub use registry::{Conflict, ImportLogEntry, Pick, Recipient, TrustedDevice};
pub use tally::{PreviewLine, Tally};

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
