//! The PDF of a summary, laid out by typst as a library: a fixed template reads the summary as
//! JSON data (never as markup, so typed text cannot inject layout), with system fonts embedded.

use crate::error::{Error, Result};
use crate::fonts::{default_font_dirs, load_for, Loaded};
use fieldbook_core::summary::{Paper, Summary};
use std::path::PathBuf;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

/// The layout, in typst markup.
const TEMPLATE: &str = include_str!("summary.typ");

/// How to make a PDF.
#[derive(Debug, Clone)]
pub struct PdfOptions {
    /// Paper size.
    pub paper: Paper,
    /// Folders searched for the Noto font files, in order.
    pub font_dirs: Vec<PathBuf>,
}

impl Default for PdfOptions {
    fn default() -> Self {
        PdfOptions { paper: Paper::A4, font_dirs: default_font_dirs() }
    }
}

/// Just what the template can see: itself, the data, and the loaded fonts.
struct SummaryWorld {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    data_id: FileId,
    data: Bytes,
    /// The photos, by the path the summary gives each.
    pictures: Vec<(FileId, Bytes)>,
}

fn file_id(path: &str) -> Result<FileId> {
    let vpath = VirtualPath::new(path).map_err(|e| Error::Pdf(e.to_string()))?;
    Ok(FileId::new(RootedPath::new(VirtualRoot::Project, vpath)))
}

impl World for SummaryWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }
    fn main(&self) -> FileId {
        self.main.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        match id {
            _ if id == self.data_id => Ok(self.data.clone()),
            _ if id == self.main.id() => Ok(Bytes::from_string(self.main.clone())),
            _ => self.pictures.iter().find(|(p, _)| *p == id).map(|(_, b)| b.clone()).ok_or(FileError::AccessDenied),
        }
    }
    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None // the template prints the session's own dates, never "today"
    }
}

/// Lays out `summary` and returns the PDF's bytes, with the fonts it uses embedded.
pub fn render_pdf(summary: &Summary, options: &PdfOptions) -> Result<Vec<u8>> {
    let Loaded { fonts, families } = load_for(&summary.texts(), &options.font_dirs)?;
    let paper = match options.paper {
        Paper::A4 => "a4",
        Paper::Letter => "us-letter",
    };
    // Page numbers in the labels' digits (typst counts in 0–9).
    let digits: String =
        fieldbook_core::i18n::native_digits(&summary.lang).map_or_else(|| "0123456789".into(), |d| d.iter().collect());
    let data = serde_json::json!({ "summary": summary, "fonts": families, "paper": paper, "digits": digits, "version": env!("CARGO_PKG_VERSION") });
    let world = SummaryWorld {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        main: Source::new(file_id("/summary.typ")?, TEMPLATE.to_string()),
        data_id: file_id("/data.json")?,
        data: Bytes::new(serde_json::to_vec(&data).map_err(|e| Error::Pdf(e.to_string()))?),
        pictures: summary
            .pictures
            .iter()
            .map(|p| Ok((file_id(&p.path)?, Bytes::new(p.bytes.clone()))))
            .collect::<Result<_>>()?,
    };
    let doc: PagedDocument = typst::compile(&world)
        .output
        .map_err(|errors| Error::Pdf(errors.iter().map(|d| d.message.to_string()).collect::<Vec<_>>().join("; ")))?;
    let pdf_options = typst_pdf::PdfOptions::default();
    typst_pdf::pdf(&doc, &pdf_options)
        .map_err(|errors| Error::Pdf(errors.iter().map(|d| d.message.to_string()).collect::<Vec<_>>().join("; ")))
}
