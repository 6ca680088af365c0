//! The sync commands: identity, recipients, trust, export, import, inspect, conflicts.

use anyhow::{bail, Result};
use clap::{Subcommand, ValueEnum};
use fieldbook_core::i18n::Catalog;
use fieldbook_core::sync::{ExportOptions, ImportOptions, Pick};
use fieldbook_core::{Passphrase, RecordId, Store};
use std::io::IsTerminal;
use std::path::PathBuf;

/// `identity …`
#[derive(Subcommand)]
pub enum IdentityCommand {
    /// This device's id, fingerprint and age recipient.
    Show {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Write the age identity (AGE-SECRET-KEY-1…) for the age CLI and offline backup.
    ExportAge {
        /// Where to write it (created with owner-only permissions).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// `recipients …`
#[derive(Subcommand)]
pub enum RecipientsCommand {
    /// Save a recipient (the country office's age1… key).
    Add {
        /// The age1… recipient.
        recipient: String,
        /// Who it is.
        #[arg(long, default_value = "")]
        label: String,
    },
    /// Saved recipients.
    List {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Forget a recipient.
    Remove {
        /// The age1… recipient.
        recipient: String,
    },
}

/// `trust …`
#[derive(Subcommand)]
pub enum TrustCommand {
    /// Trust a device by its fingerprint (compare it with its owner first, e.g. by phone).
    Add {
        /// Fingerprint, e.g. ABCD-EFGH-IJKL-MNOP.
        fingerprint: String,
        /// Who it is.
        #[arg(long, default_value = "")]
        label: String,
    },
    /// Trusted devices.
    List {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Stop trusting a device.
    Remove {
        /// Fingerprint.
        fingerprint: String,
    },
}

/// Which value to keep.
#[derive(Clone, Copy, ValueEnum)]
pub enum PickArg {
    /// The value this store had.
    Local,
    /// The value from the bundle.
    Incoming,
}

/// `conflicts …`
#[derive(Subcommand)]
pub enum ConflictsCommand {
    /// Conflicts waiting for review.
    List {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Keep one value; the choice syncs like any edit.
    Resolve {
        /// Conflict id.
        id: RecordId,
        /// Which value to keep.
        #[arg(long)]
        pick: PickArg,
    },
}

fn bundle_passphrase(c: &Catalog) -> Result<Passphrase> {
    if let Ok(p) = std::env::var("FIELDBOOK_BUNDLE_PASSPHRASE") {
        return Ok(Passphrase::new(p));
    }
    if !std::io::stdin().is_terminal() {
        bail!("no bundle passphrase: run in a terminal, or set FIELDBOOK_BUNDLE_PASSPHRASE (automation only)");
    }
    Ok(Passphrase::new(rpassword::prompt_password(format!("{} ", c.msg("cli-bundle-passphrase", &[])))?))
}

fn print_json(v: &impl serde::Serialize) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(v)?);
    Ok(())
}

pub fn identity(store: &Store, cmd: IdentityCommand, c: &Catalog) -> Result<()> {
    let keys = store.keys();
    match cmd {
        IdentityCommand::Show { json } => {
            let v = serde_json::json!({
                "device_id": store.device_id().to_string(),
                "fingerprint": keys.fingerprint(),
                "age_recipient": keys.age_recipient(),
            });
            if json {
                print_json(&v)?;
            } else {
                println!("{}: {}", c.msg("sync-device", &[]), v["device_id"].as_str().unwrap_or_default());
                println!("{}: {}", c.msg("sync-fingerprint", &[]), keys.fingerprint());
                println!("{}: {}", c.msg("sync-recipient", &[]), keys.age_recipient());
            }
        }
        IdentityCommand::ExportAge { out } => {
            let text = format!(
                "# Fieldbook device {}\n# public key: {}\n{}\n",
                store.device_id(),
                keys.age_recipient(),
                keys.age_secret().as_str()
            );
            write_private(&out, text.as_bytes())?;
            println!("{}", c.msg("cli-identity-exported", &[("path", &out.display().to_string())]));
        }
    }
    Ok(())
}

fn write_private(path: &PathBuf, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts.open(path).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", path.display()))?;
    f.write_all(bytes)?;
    f.sync_all()?;
    Ok(())
}

pub fn recipients(store: &mut Store, cmd: RecipientsCommand) -> Result<()> {
    match cmd {
        RecipientsCommand::Add { recipient, label } => store.add_recipient(&recipient, &label)?,
        RecipientsCommand::Remove { recipient } => store.remove_recipient(&recipient)?,
        RecipientsCommand::List { json } => {
            let list = store.recipients()?;
            if json {
                print_json(&list)?;
            } else {
                for r in list {
                    println!("{}  {}", r.age_recipient, r.label);
                }
            }
        }
    }
    Ok(())
}

pub fn trust(store: &mut Store, cmd: TrustCommand, c: &Catalog) -> Result<()> {
    match cmd {
        TrustCommand::Add { fingerprint, label } => {
            let fp = store.trust(&fingerprint, &label)?;
            println!("{}", c.msg("cli-trusted", &[("fingerprint", &fp)]));
        }
        TrustCommand::Remove { fingerprint } => store.untrust(&fingerprint)?,
        TrustCommand::List { json } => {
            let list = store.trusted_devices()?;
            if json {
                print_json(&list)?;
            } else {
                for d in list {
                    println!("{}  {}  {}", d.fingerprint, d.label, d.device_id.unwrap_or_default());
                }
            }
        }
    }
    Ok(())
}

pub fn export(
    store: &mut Store,
    out: PathBuf,
    full: bool,
    to: Vec<String>,
    passphrase: bool,
    c: &Catalog,
) -> Result<()> {
    let passphrase = if passphrase { Some(bundle_passphrase(c)?) } else { None };
    let report = store.export_bundle(&out, &ExportOptions { full, to, passphrase })?;
    println!(
        "{}",
        c.msg(
            "cli-exported",
            &[
                ("count", &report.changes.to_string()),
                ("path", &report.path),
                ("recipients", &report.recipients.join(", "))
            ]
        )
    );
    Ok(())
}

pub fn import(store: &mut Store, files: Vec<PathBuf>, trust_new: bool, passphrase: bool, c: &Catalog) -> Result<()> {
    let passphrase = if passphrase { Some(bundle_passphrase(c)?) } else { None };
    let reports = store.import_files(&files, &ImportOptions { trust_new_devices: trust_new, passphrase })?;
    for r in reports {
        println!(
            "{}",
            c.msg(
                "cli-imported",
                &[
                    ("file", &r.file_name),
                    ("applied", &r.applied.to_string()),
                    ("changes", &r.changes.to_string()),
                    ("conflicts", &r.conflicts.to_string()),
                    ("fingerprint", &r.sender_fingerprint),
                ]
            )
        );
    }
    Ok(())
}

pub fn inspect(store: &Store, file: PathBuf, passphrase: bool, c: &Catalog) -> Result<()> {
    let bytes = std::fs::read(&file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
    let passphrase = if passphrase { Some(bundle_passphrase(c)?) } else { None };
    print_json(&store.inspect_bundle(&bytes, passphrase)?)
}

pub fn conflicts(store: &mut Store, cmd: ConflictsCommand) -> Result<()> {
    match cmd {
        ConflictsCommand::List { json } => {
            let list = store.conflicts()?;
            if json {
                print_json(&list)?;
            } else {
                for k in list {
                    println!(
                        "{}  {}.{} {}  local={}  incoming={}  (applied: {})",
                        k.id, k.entity, k.field, k.record_id, k.local_value, k.incoming_value, k.winner
                    );
                }
            }
        }
        ConflictsCommand::Resolve { id, pick } => {
            let pick = match pick {
                PickArg::Local => Pick::Local,
                PickArg::Incoming => Pick::Incoming,
            };
            store.resolve_conflict(id, pick)?;
        }
    }
    Ok(())
}
