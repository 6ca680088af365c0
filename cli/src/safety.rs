//! Commands that protect the organisation beyond one device: the recovery key split among
//! custodians, and table exports cut to a sensitivity tier.

use crate::sync::tier_arg;
use anyhow::{bail, Result};
use clap::{Args, Subcommand, ValueEnum};
use fieldbook_core::i18n::Catalog;
use fieldbook_core::recovery::{self, Share};
use fieldbook_core::table::TableFormat;
use fieldbook_core::tier::Tier;
use fieldbook_core::Store;
use std::path::PathBuf;

/// `recovery …`
#[derive(Subcommand)]
pub enum RecoveryCommand {
    /// Make a new recovery key and write one share sheet per custodian (the key is not kept).
    Create {
        /// How many custodians get a share.
        #[arg(long)]
        shares: u8,
        /// How many shares together restore the key.
        #[arg(long)]
        threshold: u8,
        /// Folder for the share sheets and the recipient file.
        #[arg(long, value_name = "DIR")]
        out_dir: PathBuf,
    },
    /// Put the key back together from share sheets (files, or codes typed as arguments).
    Restore {
        /// Share sheet files or FBR1-… codes.
        #[arg(required = true)]
        shares: Vec<String>,
        /// Where to write the restored key (owner-only; never overwritten).
        #[arg(long, value_name = "FILE", default_value = "fieldbook-recovery-key.txt")]
        out: PathBuf,
    },
}

/// Table file formats.
#[derive(Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// A folder of CSV files, one per table.
    Csv,
    /// One XLSX workbook, one sheet per table.
    Xlsx,
}

/// `export-table …`
#[derive(Args)]
pub struct TableArgs {
    /// csv (a folder of files) or xlsx (one workbook).
    #[arg(long)]
    format: FormatArg,
    /// The folder (csv) or file (xlsx) to write.
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
    /// The most sensitive tier to include: share-back, internal or restricted.
    #[arg(long, default_value = "internal", value_parser = tier_arg)]
    tier: Tier,
}

/// The share sheet a custodian prints and keeps, in the language of `c`.
fn sheet(share: &Share, recipient: &str, c: &Catalog) -> String {
    let n = |v: u8| v.to_string();
    let groups: Vec<&str> = share.code.split('-').collect();
    let lines: Vec<String> = groups.chunks(8).map(|g| g.join("-")).collect();
    let args = [("index", n(share.index)), ("total", n(share.total)), ("threshold", n(share.threshold))];
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    [
        c.msg("recovery-sheet-title", &[]),
        c.msg("recovery-sheet-which", &args),
        format!("{}: {recipient}", c.msg("sync-recipient", &[])),
        String::new(),
        lines.join("-\n"),
        String::new(),
        c.msg("recovery-sheet-keep", &[]),
        c.msg("recovery-sheet-restore", &[]),
        String::new(),
    ]
    .join("\n")
}

pub fn recovery(cmd: RecoveryCommand, c: &Catalog) -> Result<()> {
    match cmd {
        RecoveryCommand::Create { shares, threshold, out_dir } => {
            let kit = recovery::create(shares, threshold)?;
            let written = recovery::write_kit(&kit, &out_dir, |s, r| sheet(s, r, c))?;
            for path in written {
                out!("{}", path.display());
            }
            out!("{}", c.msg("cli-recovery-created", &[("recipient", &kit.recipient)]));
        }
        RecoveryCommand::Restore { shares, out } => {
            if out.exists() {
                bail!(c.msg("cli-recovery-exists", &[("path", &out.display().to_string())]));
            }
            let mut parsed = vec![];
            for s in &shares {
                let text = if s.trim().to_ascii_uppercase().starts_with("FBR1") {
                    s.clone()
                } else {
                    std::fs::read_to_string(s)
                        .map_err(|e| fieldbook_core::Error::File { path: s.clone(), reason: e.to_string() })?
                };
                parsed.push(recovery::parse_share(&text).map_err(|e| e.in_file(s))?);
            }
            let key = recovery::restore(&parsed)?;
            key.save(&out)?;
            let path = out.display().to_string();
            out!("{}", c.msg("cli-recovery-restored", &[("recipient", &key.recipient()), ("path", &path)]));
        }
    }
    Ok(())
}

pub fn export_table(store: &Store, args: TableArgs, c: &Catalog) -> Result<()> {
    let format = match args.format {
        FormatArg::Csv => TableFormat::Csv,
        FormatArg::Xlsx => TableFormat::Xlsx,
    };
    let report = store.export_tables(&args.out, format, args.tier)?;
    let tier = c.msg(&format!("tier-{}", report.tier.code()), &[]);
    let rows: usize = report.rows.iter().map(|(_, n)| n).sum();
    out!("{}", c.msg("cli-table-exported", &[("path", &report.path), ("rows", &rows.to_string()), ("tier", &tier)]));
    if report.withheld_rows + report.withheld_cells > 0 {
        let (r, f) = (report.withheld_rows.to_string(), report.withheld_cells.to_string());
        out!("{}", c.msg("cli-table-withheld", &[("rows", &r), ("cells", &f), ("tier", &tier)]));
    }
    Ok(())
}
