//! The sync commands: identity, recipients, trust, export, import, inspect, conflicts.

use anyhow::{bail, Result};
use clap::{Subcommand, ValueEnum};
use fieldbook_core::i18n::Catalog;
use fieldbook_core::sync::{Authority, ExportOptions, ImportOptions, Pick, Role};
use fieldbook_core::tier::Tier;
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
        /// The most sensitive tier its bundles may hold: share-back, internal or restricted.
        #[arg(long, default_value = "internal", value_parser = tier_arg)]
        clearance: Tier,
        /// The organisation's recovery key (from `recovery create`): added to every bundle.
        #[arg(long)]
        recovery: bool,
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
        /// Who it is (named in the history and the review queue).
        #[arg(long)]
        label: String,
        /// What it is: `field` (sends only its own changes) or `office` (may relay other
        /// devices' changes and decide on tiers).
        #[arg(long, default_value = "field", value_parser = role_arg)]
        role: Role,
        /// The most sensitive tier it may change without review.
        #[arg(long, default_value = "internal", value_parser = tier_arg)]
        clearance: Tier,
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

/// Parses `share-back`, `internal` or `restricted`.
pub fn tier_arg(s: &str) -> Result<Tier, String> {
    Tier::parse(s).ok_or_else(|| format!("{s:?} is not a tier: use share-back, internal or restricted"))
}

fn bundle_passphrase(c: &Catalog) -> Result<Passphrase> {
    if let Ok(p) = std::env::var("FIELDBOOK_BUNDLE_PASSPHRASE") {
        return Ok(Passphrase::new(p));
    }
    if !std::io::stdin().is_terminal() {
        bail!(c.msg("cli-no-passphrase", &[("variable", "FIELDBOOK_BUNDLE_PASSPHRASE")]));
    }
    Ok(Passphrase::new(rpassword::prompt_password(format!("{} ", c.msg("cli-bundle-passphrase", &[])))?))
}

fn print_json(v: &impl serde::Serialize) -> Result<()> {
    out!("{}", serde_json::to_string_pretty(v)?);
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
                out!("{}: {}", c.msg("sync-device", &[]), v["device_id"].as_str().unwrap_or_default());
                out!("{}: {}", c.msg("sync-fingerprint", &[]), keys.fingerprint());
                out!("{}: {}", c.msg("sync-recipient", &[]), keys.age_recipient());
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
            out!("{}", c.msg("cli-identity-exported", &[("path", &out.display().to_string())]));
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

pub fn recipients(store: &mut Store, cmd: RecipientsCommand, c: &Catalog) -> Result<()> {
    match cmd {
        RecipientsCommand::Add { recipient, label, recovery: true, .. } => {
            store.add_recovery_recipient(&recipient, &label)?
        }
        RecipientsCommand::Add { recipient, label, clearance, recovery: false } => {
            store.add_recipient(&recipient, &label, clearance)?
        }
        RecipientsCommand::Remove { recipient } => store.remove_recipient(&recipient)?,
        RecipientsCommand::List { json } => {
            let list = store.recipients()?;
            if json {
                print_json(&list)?;
            } else {
                for r in list {
                    let role = if r.recovery {
                        c.msg("recipient-recovery", &[])
                    } else {
                        c.msg(&format!("tier-{}", r.clearance.code()), &[])
                    };
                    out!("{}  {:<22}  {}", r.age_recipient, role, r.label);
                }
            }
        }
    }
    Ok(())
}

pub fn trust(store: &mut Store, cmd: TrustCommand, c: &Catalog) -> Result<()> {
    match cmd {
        TrustCommand::Add { fingerprint, label, role, clearance } => {
            let fp = store.trust(&fingerprint, &label, Authority { role, clearance })?;
            let (role, clearance) = authority_words(c, role, clearance);
            out!("{}", c.msg("cli-trusted-as", &[("fingerprint", &fp), ("role", &role), ("clearance", &clearance)]));
        }
        TrustCommand::Remove { fingerprint } => store.untrust(&fingerprint)?,
        TrustCommand::List { json } => {
            let list = store.trusted_devices()?;
            if json {
                print_json(&list)?;
            } else {
                for d in list {
                    let (role, clearance) = authority_words(c, d.role, d.clearance);
                    let can = c.msg("sync-trusted-line", &[("role", &role), ("clearance", &clearance)]);
                    out!("{}  {}  {}  {}", d.fingerprint, d.label, can, d.device_id.unwrap_or_default());
                }
            }
        }
    }
    Ok(())
}

fn role_arg(s: &str) -> std::result::Result<Role, String> {
    Role::parse(s).ok_or_else(|| format!("{s:?}: use field or office"))
}

/// A role and a tier in the person's language.
fn authority_words(c: &Catalog, role: Role, clearance: Tier) -> (String, String) {
    (c.msg(&format!("role-{}", role.code()), &[]), c.msg(&format!("tier-{}", clearance.code()), &[]))
}

/// `export …`
#[derive(clap::Args)]
pub struct ExportArgs {
    /// The bundle file to write.
    #[arg(long, value_name = "FILE", required_unless_present = "preview")]
    out: Option<PathBuf>,
    /// Everything, not only what changed since the last bundle to these recipients.
    #[arg(long)]
    full: bool,
    /// Encrypt to this age1… recipient (repeatable; default: every saved recipient).
    #[arg(long = "to", value_name = "AGE_RECIPIENT")]
    to: Vec<String>,
    /// Protect with a passphrase instead (asked, or FIELDBOOK_BUNDLE_PASSPHRASE).
    #[arg(long)]
    passphrase: bool,
    /// The most sensitive tier to include (saved recipients: at most their clearance; others
    /// and passphrase bundles: internal unless given).
    #[arg(long, value_parser = tier_arg)]
    clearance: Option<Tier>,
    /// List what would leave this device, by tier, and what would stay; write nothing.
    #[arg(long)]
    preview: bool,
    /// Leave photos, recordings and scans out (their descriptions still go): for a small
    /// stick. They go with the next bundle that carries media.
    #[arg(long)]
    no_media: bool,
}

pub fn export(store: &mut Store, args: ExportArgs, c: &Catalog) -> Result<()> {
    let passphrase = if args.passphrase { Some(bundle_passphrase(c)?) } else { None };
    let opts =
        ExportOptions { full: args.full, to: args.to, passphrase, clearance: args.clearance, no_media: args.no_media };
    let Some(out) = args.out.filter(|_| !args.preview) else {
        let p = store.export_preview(&opts)?;
        let tier = p.clearance.map(|t| c.msg(&format!("tier-{}", t.code()), &[])).unwrap_or_default();
        out!("{}", c.msg("preview-heading", &[("tier", &tier), ("recipients", &p.recipients.join(", "))]));
        for (key, lines) in [("preview-leaves", &p.included), ("preview-stays", &p.withheld)] {
            out!("\n{}", c.msg(key, &[]));
            if lines.is_empty() {
                out!("  {}", c.msg("preview-nothing", &[]));
            }
            for l in lines {
                let tier = c.msg(&format!("tier-{}", l.tier.code()), &[]);
                out!("  {tier:<12}  {:<28} {:>8}", format!("{}.{}", l.entity, l.field), l.count);
            }
        }
        print_media(&p.media, c);
        return Ok(());
    };
    let report = store.export_bundle(&out, &opts)?;
    out!(
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
    if report.withheld > 0 {
        let tier = c.msg(&format!("tier-{}", report.clearance.code()), &[]);
        out!("{}", c.msg("cli-export-withheld", &[("count", &report.withheld.to_string()), ("tier", &tier)]));
    }
    print_media(&report.media, c);
    Ok(())
}

/// The media lines of an export or its preview: what leaves, what is kept back, what waits.
fn print_media(m: &fieldbook_core::sync::MediaTally, c: &Catalog) {
    let mb = |b: u64| format!("{:.1}", b as f64 / f64::from(1u32 << 20));
    if m.files > 0 {
        out!("{}", c.msg("media-leaves", &[("count", &m.files.to_string()), ("mb", &mb(m.bytes))]));
    }
    if m.withheld_files > 0 {
        out!("{}", c.msg("media-withheld", &[("count", &m.withheld_files.to_string())]));
    }
    if m.left_out_files > 0 {
        out!("{}", c.msg("media-left-out", &[("count", &m.left_out_files.to_string()), ("mb", &mb(m.left_out_bytes))]));
    }
}

/// `import …`
#[derive(clap::Args)]
pub struct ImportArgs {
    /// Bundle files.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Accept bundles from devices not trusted yet (and trust them, as `--new-role` cleared for
    /// `--new-clearance`).
    #[arg(long)]
    trust_new_devices: bool,
    /// What a device trusted by `--trust-new-devices` is: `field` or `office`.
    #[arg(long, default_value = "field", value_parser = role_arg)]
    new_role: Role,
    /// The most sensitive tier a device trusted by `--trust-new-devices` may change.
    #[arg(long, default_value = "internal", value_parser = tier_arg)]
    new_clearance: Tier,
    /// This device's date is right, although it reads before a date it already read (its
    /// clock was ahead before): import anyway.
    #[arg(long)]
    clock_is_right: bool,
    /// The bundles are protected by a passphrase (asked, or FIELDBOOK_BUNDLE_PASSPHRASE).
    #[arg(long)]
    passphrase: bool,
    /// Open them with this key file instead of this device's key (the organisation's recovery
    /// key from `recovery restore`).
    #[arg(long, value_name = "FILE")]
    identity: Option<PathBuf>,
}

pub fn import(store: &mut Store, args: ImportArgs, c: &Catalog) -> Result<()> {
    let passphrase = if args.passphrase { Some(bundle_passphrase(c)?) } else { None };
    let identity = args.identity.as_deref().map(fieldbook_core::recovery::RecoveryKey::load).transpose()?;
    let opts = ImportOptions {
        trust_new_devices: args.trust_new_devices,
        new_devices: Authority { role: args.new_role, clearance: args.new_clearance },
        clock_is_right: args.clock_is_right,
        passphrase,
        identity,
    };
    let reports = store.import_files(&args.files, &opts)?;
    for r in reports {
        out!(
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
        let file = r.file_name.as_str();
        if r.held_total() > 0 {
            out!("{}", c.msg("cli-import-held", &[("file", file), ("count", &r.held_total().to_string())]));
        }
        for (reason, n) in &r.refused {
            let reason = c.msg(&format!("refusal-{reason}"), &[]);
            out!("{}", c.msg("cli-import-refused", &[("file", file), ("count", &n.to_string()), ("reason", &reason)]));
        }
        if let Some(days) = r.sender_clock_ahead_days {
            out!("{}", c.msg("cli-import-clock", &[("file", file), ("days", &days.to_string())]));
        }
    }
    Ok(())
}

pub fn inspect(store: &Store, file: PathBuf, passphrase: bool, c: &Catalog) -> Result<()> {
    let passphrase = if passphrase { Some(bundle_passphrase(c)?) } else { None };
    print_json(&store.inspect_bundle_file(&file, passphrase)?)
}

/// The import history (the Sync screen shows the newest hundred).
pub fn imports(store: &Store, json: bool, c: &Catalog) -> Result<()> {
    let log = store.import_log()?;
    if json {
        return print_json(&log);
    }
    for e in log {
        let (applied, changes, conflicts) = (e.applied.to_string(), e.changes.to_string(), e.conflicts.to_string());
        out!(
            "{}",
            c.msg(
                "sync-history-line",
                &[
                    ("time", e.imported_at.as_str()),
                    ("file", e.file_name.as_str()),
                    ("applied", applied.as_str()),
                    ("changes", changes.as_str()),
                    ("conflicts", conflicts.as_str()),
                    ("fingerprint", e.sender_fingerprint.as_str()),
                ]
            )
        );
    }
    Ok(())
}

pub fn conflicts(store: &mut Store, cmd: ConflictsCommand, c: &Catalog) -> Result<()> {
    match cmd {
        ConflictsCommand::List { json } => {
            let list = store.conflicts()?;
            if json {
                print_json(&list)?;
            } else {
                for k in list {
                    out!(
                        "{}  {}.{} {}  local={}  incoming={}  (applied: {})",
                        k.id,
                        k.entity,
                        k.field,
                        k.record_id,
                        k.local_value,
                        k.incoming_value,
                        k.winner
                    );
                    if let Some(reason) = &k.reason {
                        let from = k.sender.as_deref().unwrap_or_default();
                        out!(
                            "    {}  {}",
                            c.msg(&format!("review-{reason}"), &[]),
                            c.msg("sync-review-from", &[("sender", from)])
                        );
                    }
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
