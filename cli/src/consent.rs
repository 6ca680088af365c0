//! `participants …`, `withdrawals …` and `profiles …`: consent that travels, sign-in sheets, and
//! several facilitators' profiles on one laptop.

use anyhow::{bail, Result};
use fieldbook_core::consent::Scope;
use fieldbook_core::i18n::Catalog;
use fieldbook_core::profiles::Profiles;
use fieldbook_core::sheet::{is_target, label_key, read_sheet, TARGETS};
use fieldbook_core::{RecordId, Store};
use std::path::{Path, PathBuf};

/// `participants …`
#[derive(clap::Subcommand)]
pub enum ParticipantsCommand {
    /// Record that a participant withdrew consent, and erase at once what it covers here; every
    /// install that merges it erases the same.
    Withdraw {
        /// The participant.
        participant: RecordId,
        /// What they withdrew: to be named, to be quoted, or to be recorded at all.
        #[arg(long, value_parser = scope_arg)]
        scope: Scope,
        /// A note (how they asked, who took the request).
        #[arg(long, default_value = "")]
        note: String,
        /// Who recorded it (a name or initials; may be left empty).
        #[arg(long, default_value = "")]
        by: String,
    },
    /// Add participants to a session from a CSV or XLSX sign-in sheet: every row, or none.
    Import {
        /// The session.
        session: RecordId,
        /// The sheet (CSV in UTF-8, or XLSX: its first sheet).
        file: PathBuf,
        /// Which column fills which field, by column name or number (`--map "Full name=name"`);
        /// columns named as usual are found without it. `COLUMN=-` leaves a column out.
        #[arg(long = "map", value_name = "COLUMN=FIELD")]
        map: Vec<String>,
        /// Show what would be added and every problem, and add nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// `withdrawals …`
#[derive(clap::Subcommand)]
pub enum WithdrawalsCommand {
    /// Each withdrawal, and which known devices have applied it.
    List {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
}

/// `profiles …`
#[derive(clap::Subcommand)]
pub enum ProfilesCommand {
    /// The profiles in the data folder.
    List,
    /// Add a profile with its own store and passphrase (asks for it twice, or
    /// FIELDBOOK_PASSPHRASE).
    Add {
        /// Its label: anything its owner recognises; nothing identifying is needed.
        name: String,
    },
    /// Wipe one profile's store and remove it (the first profile is wiped and stays, empty).
    Remove {
        /// Its label.
        name: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
}

fn scope_arg(s: &str) -> Result<Scope, String> {
    Scope::parse(s).ok_or_else(|| "use named, quoted or all".into())
}

pub fn participants(store: &mut Store, cmd: ParticipantsCommand, c: &Catalog) -> Result<()> {
    match cmd {
        ParticipantsCommand::Withdraw { participant, scope, note, by } => {
            let id = store.withdraw_consent(participant, scope, &by, &note, None)?;
            out!(
                "{}",
                c.msg(
                    "withdrawal-recorded",
                    &[("id", &id.to_string()), ("scope", &c.msg(&format!("scope-{}", scope.code()), &[]))]
                )
            );
        }
        ParticipantsCommand::Import { session, file, map, dry_run } => {
            let sheet = read_sheet(&file)?;
            let mut mapping = sheet.guessed_mapping();
            for m in &map {
                let Some((column, field)) = m.rsplit_once('=') else { bail!(c.msg("cli-map-form", &[("value", m)])) };
                let Some(col) = sheet.column(column) else {
                    bail!(c.msg("cli-map-no-column", &[("column", column), ("columns", &sheet.headers.join(", "))]))
                };
                mapping.0.retain(|(c, f)| *c != col && f != field.trim());
                if field.trim() != "-" {
                    if !is_target(field.trim()) {
                        let names: Vec<&str> = TARGETS.iter().map(|(f, _)| *f).collect();
                        bail!(c.msg("cli-map-no-field", &[("fields", &names.join(", ")), ("field", field)]));
                    }
                    mapping.0.push((col, field.trim().to_string()));
                }
            }
            let preview = sheet.preview(&mapping)?;
            for (col, field) in &preview.mapping.0 {
                out!(
                    "{} → {}",
                    sheet.headers.get(*col).map(String::as_str).unwrap_or("?"),
                    c.msg(label_key(field), &[])
                );
            }
            for e in &preview.errors {
                let msg = c.msg(&format!("sheet-error-{}", e.code), &[("value", &e.value)]);
                eprintln!(
                    "{} {}: {}{msg}",
                    c.msg("sheet-row", &[]),
                    e.row,
                    if e.column.is_empty() { String::new() } else { format!("{}: ", e.column) }
                );
            }
            if dry_run {
                for (row, p) in &preview.participants {
                    out!("{row}  {}", serde_json::to_string(p)?);
                }
                out!(
                    "{}",
                    c.msg(
                        "sheet-dry-run",
                        &[
                            ("count", &preview.participants.len().to_string()),
                            ("errors", &preview.errors.len().to_string())
                        ]
                    )
                );
                return Ok(());
            }
            let ids = store.import_participants(session, &sheet, &mapping)?;
            out!("{}", c.msg("sheet-imported", &[("count", &ids.len().to_string())]));
        }
    }
    Ok(())
}

pub fn withdrawals(store: &Store, cmd: WithdrawalsCommand, c: &Catalog) -> Result<()> {
    let WithdrawalsCommand::List { json } = cmd;
    let list = store.withdrawals()?;
    if json {
        out!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(());
    }
    let me = store.device_id().to_string();
    for w in &list {
        out!(
            "{}  {}  {}  {}  {}",
            w.id,
            w.date.as_deref().unwrap_or("-"),
            w.participant_id,
            c.msg(&format!("scope-{}", w.scope.code()), &[]),
            w.recorded_by
        );
        for d in &w.devices {
            let label = if d.device == me {
                c.msg("history-this-device", &[])
            } else if d.label.is_empty() {
                d.device.clone()
            } else {
                d.label.clone()
            };
            let state = match &d.applied_at {
                Some(at) => c.msg("withdrawal-applied", &[("at", at)]),
                None => c.msg("withdrawal-waiting", &[]),
            };
            out!("    {label:<24} {state}");
        }
    }
    Ok(())
}

pub fn profiles(root: &Path, cmd: ProfilesCommand, c: &Catalog) -> Result<()> {
    let mut profiles = Profiles::load(root)?;
    match cmd {
        ProfilesCommand::List => {
            for p in profiles.list() {
                let state =
                    if p.created { String::new() } else { format!(" {}", c.msg("cli-profile-not-created", &[])) };
                out!("{}{}{state}", p.name, if p.first { "  *" } else { "" });
            }
        }
        ProfilesCommand::Add { name } => {
            let pass = crate::new_passphrase(c)?;
            let dir = profiles.add(&name)?;
            if let Err(e) = Store::init(&dir, &pass) {
                profiles.remove(&name)?;
                return Err(e.into());
            }
            out!("{}", c.msg("profile-added", &[("name", name.trim())]));
        }
        ProfilesCommand::Remove { name, yes } => {
            if !yes {
                crate::confirm_wipe(c, &name)?;
            }
            let removed = profiles.remove(&name)?;
            out!("{}", c.msg("cli-wiped", &[("count", &removed.len().to_string()), ("path", &name)]));
        }
    }
    Ok(())
}
