//! fieldbook-pdf: a session summary printed. Core decides what each audience may see and words
//! it (`fieldbook_core::summary`); this crate only lays that model out with typst as a library,
//! embedding the Noto fonts each script needs, and writes the PDF whole or not at all. It keeps
//! typst, the heaviest part of the tree, out of core and out of everything that needs only core.

mod error;
mod fonts;
mod render;

pub use error::{Error, Result};
pub use fonts::{bundled_font_dirs, default_font_dirs};
pub use render::{render_pdf, PdfOptions};

use fieldbook_core::summary::{summarise, Audience, Summary};
use fieldbook_core::{RecordId, Store};
use std::path::Path;

/// Summarises session `id` for `audience` in `lang` and writes the PDF to `out` whole or not at
/// all; returns the summary (for its verification code).
pub fn save_pdf(
    store: &Store,
    id: RecordId,
    audience: Audience,
    lang: &str,
    options: &PdfOptions,
    out: &Path,
) -> Result<Summary> {
    let summary = summarise(store, id, audience, lang)?;
    let pdf = render_pdf(&summary, options)?;
    fieldbook_core::atomic::write_atomically(out, &pdf)?;
    Ok(summary)
}
