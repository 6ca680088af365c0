//! `fieldbook-cli summary`: print-ready PDFs of sessions, one at a time or all at once for
//! batch printing at the office.

use anyhow::{bail, Result};
use clap::{Args, ValueEnum};
use fieldbook_core::i18n::Catalog;
use fieldbook_core::summary::{Audience, Paper};
use fieldbook_core::{RecordId, SessionFilter, Store};
use fieldbook_pdf::{save_pdf, PdfOptions};
use std::path::PathBuf;

/// Who the summary is for.
#[derive(Clone, Copy, ValueEnum)]
pub enum AudienceArg {
    /// Share-back: nobody named who must not be, no risks, no internal notes.
    Participants,
    /// Share-back and internal content, with at-risk markers, for the office file.
    Internal,
    /// Everything, restricted content included, for staff cleared for it.
    Restricted,
}

/// Paper size.
#[derive(Clone, Copy, ValueEnum)]
pub enum PaperArg {
    /// ISO A4.
    A4,
    /// US Letter.
    Letter,
}

/// Arguments of `summary`.
#[derive(Args)]
pub struct SummaryArgs {
    /// The session to summarise.
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    session: Option<RecordId>,
    /// Write the PDF to this file.
    #[arg(long, value_name = "OUT.pdf", required_unless_present = "all", conflicts_with = "all")]
    pdf: Option<PathBuf>,
    /// Every session, one PDF each, into --out-dir.
    #[arg(long, requires = "out_dir")]
    all: bool,
    /// Folder for --all.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    /// Who it is for.
    #[arg(long, value_enum, default_value = "participants")]
    audience: AudienceArg,
    /// Paper size.
    #[arg(long, value_enum, default_value = "a4")]
    paper: PaperArg,
}

/// A file name an office can sort and read: date, title, short id and version.
fn file_name(starts_at: Option<&str>, title: &str, id: &RecordId, audience: Audience) -> String {
    let date = starts_at.and_then(|s| s.get(..10)).unwrap_or("undated");
    let safe: String = title
        .chars()
        .map(|c| match c {
            c if c.is_whitespace() => ' ',
            c if c.is_control() || (c.is_ascii_punctuation() && c != '-') => '_',
            c => c,
        })
        .take(48)
        .collect::<String>()
        .trim()
        .replace(' ', "-");
    let id = id.to_string();
    let short = &id[id.len().saturating_sub(8)..];
    format!("{date}_{safe}_{short}_{}.pdf", audience.code())
}

/// Runs `summary`; labels are in `lang` (the global `--lang`).
pub fn run(store: &Store, args: SummaryArgs, lang: &str, catalog: &Catalog) -> Result<()> {
    let audience = match args.audience {
        AudienceArg::Participants => Audience::Participants,
        AudienceArg::Internal => Audience::Internal,
        AudienceArg::Restricted => Audience::Restricted,
    };
    let paper = match args.paper {
        PaperArg::A4 => Paper::A4,
        PaperArg::Letter => Paper::Letter,
    };
    let options = PdfOptions { paper, ..PdfOptions::default() };
    // In a batch, each file is named after the summary's own title, scrubbed for its audience:
    // a title that names someone must not name them in the file's name either.
    let jobs: Vec<(RecordId, PathBuf, Option<Option<String>>)> = match (args.session, args.pdf, args.out_dir) {
        (Some(id), Some(pdf), _) => vec![(id, pdf, None)],
        (None, None, Some(dir)) if args.all => {
            std::fs::create_dir_all(&dir)?;
            let filter = SessionFilter::default();
            store
                .list_sessions(&filter)?
                .into_iter()
                .map(|r| (r.id, dir.join(format!(".{}.pdf.part", r.id)), Some(r.starts_at)))
                .collect()
        }
        _ => bail!(catalog.msg("cli-summary-usage", &[])),
    };
    for (id, first, batch) in jobs {
        let summary = save_pdf(store, id, audience, lang, &options, &first)?;
        let out = match batch {
            Some(starts_at) => {
                let named = first.with_file_name(file_name(starts_at.as_deref(), &summary.title, &id, audience));
                std::fs::rename(&first, &named)?;
                named
            }
            None => first,
        };
        let file = out.display().to_string();
        out!("{}", catalog.msg("cli-summary-done", &[("file", &file), ("code", &summary.code)]));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_file_names_are_safe_and_sortable() {
        let id: RecordId = "0190a000-0000-7000-8000-000000000001".parse().expect("id");
        let name = file_name(Some("2026-03-12T14:00"), "Union / hall: \"first\" session", &id, Audience::Internal);
        assert_eq!(name, "2026-03-12_Union-_-hall_-_first_-session_00000001_internal.pdf");
        assert!(file_name(None, "ស្រី", &id, Audience::Participants).starts_with("undated_ស្រី_"));
    }
}
