//! `attach` and `attachments …`: photos, recordings and scans on a session, from scripts.

use crate::sync::tier_arg;
use anyhow::Result;
use fieldbook_core::i18n::Catalog;
use fieldbook_core::media::AttachOptions;
use fieldbook_core::tier::Tier;
use fieldbook_core::{RecordId, Store};
use std::path::PathBuf;

/// `attach SESSION_ID FILE...`
#[derive(clap::Args)]
pub struct AttachArgs {
    /// The session.
    session: RecordId,
    /// Photos (JPEG, PNG, WebP), recordings (MP3, M4A, Ogg, Opus, WAV, FLAC, WebM) or PDFs.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Their tier (default: internal; `restricted` for a photo that shows people).
    #[arg(long, value_parser = tier_arg)]
    tier: Option<Tier>,
    /// Shrink photos whose longer side is larger to this many pixels.
    #[arg(long, value_name = "PIXELS", value_parser = clap::value_parser!(u32).range(64..))]
    max_side: Option<u32>,
    /// The item of the session they are about (a priority, a question, a participant).
    #[arg(long, value_name = "ITEM_ID")]
    item: Option<RecordId>,
}

/// `attachments …`
#[derive(clap::Subcommand)]
pub enum AttachmentsCommand {
    /// A session's attachments: id, file name, media type, size, SHA-256 of the stored bytes, tier.
    List {
        /// The session.
        session: RecordId,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Write an attachment's stored bytes (as they would leave this device) to a file.
    Save {
        /// The attachment.
        id: RecordId,
        /// Where to write it.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Remove an attachment (its bytes go when nothing else points at them).
    Remove {
        /// The attachment.
        id: RecordId,
    },
    /// Show or set the largest file that may be attached, in MB.
    Limit {
        /// The new limit, in MB (1 to 900).
        mb: Option<u64>,
    },
}

/// Attaches and prints the new ids, one per line.
pub fn attach(store: &mut Store, args: AttachArgs) -> Result<()> {
    let opts = AttachOptions { tier: args.tier, max_side: args.max_side, item: args.item };
    for id in store.attach(args.session, &args.files, &opts)? {
        out!("{id}");
    }
    Ok(())
}

pub fn attachments(store: &mut Store, cmd: AttachmentsCommand, c: &Catalog) -> Result<()> {
    match cmd {
        AttachmentsCommand::List { session, json } => {
            let list = store.attachments(session)?;
            if json {
                out!("{}", serde_json::to_string_pretty(&list)?);
            }
            for a in list.iter().filter(|_| !json) {
                let tier = if a.tier == "default" { "internal" } else { &a.tier };
                let missing = if a.present { String::new() } else { format!("  ({})", c.msg("media-not-here", &[])) };
                out!("{}  {}  {}  {}  {}  {}{missing}", a.id, a.file_name, a.media_type, a.size, a.sha256, tier);
            }
        }
        AttachmentsCommand::Save { id, out } => {
            let bytes = store.save_attachment(id, &out)?;
            out!("{}", c.msg("media-saved", &[("path", &out.display().to_string()), ("size", &bytes.to_string())]));
        }
        AttachmentsCommand::Remove { id } => {
            store.remove_attachment(id)?;
            out!("{}", c.msg("media-removed", &[]));
        }
        AttachmentsCommand::Limit { mb } => {
            if let Some(mb) = mb {
                store.set_media_limit(mb.saturating_mul(1 << 20))?;
            }
            out!("{}", c.msg("media-limit", &[("mb", &(store.media_limit()? >> 20).to_string())]));
        }
    }
    Ok(())
}
