//! Sync without a network: signed, encrypted bundles carried on a USB stick, merged field by
//! field with conflicts kept for review. See docs/bundle-format.md.

pub mod bundle;
mod deflate;
mod export;
pub mod identity;
mod merge;
pub mod payload;
mod registry;
pub mod stamp;
mod walk;

pub use export::{ExportOptions, ExportPreview, ExportReport, PreviewLine, Tally};
pub use merge::ImportReport;
pub use registry::{Conflict, ImportLogEntry, ImportOptions, Inspection, Pick, Recipient, TrustedDevice};

#[cfg(test)]
mod proptests;
#[cfg(test)]
pub(crate) mod tests;
#[cfg(test)]
mod tier_tests;
