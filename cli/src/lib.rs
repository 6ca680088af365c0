//! fieldbook-cli: the same core as the app, for country offices and scripts. A library so that
//! the installed app binary can also be the command line (`fieldbook --cli …`, see `main`): the
//! packages then carry one copy of the core instead of two.

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use fieldbook_core::i18n::Catalog;
use fieldbook_core::{demo, paths, Passphrase, RecordId, SessionDoc, SessionFilter, Store};
use std::io::IsTerminal;
use std::path::PathBuf;

/// `println!` for the CLI's output: when the reader goes away (`fieldbook-cli dump --json | head`)
/// the program ends quietly with success, as other command-line tools do, instead of panicking.
macro_rules! out {
    () => {
        $crate::print_line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::print_line(format_args!($($arg)*))
    };
}

mod consent;
mod cycle;
mod media;
mod publish;
mod safety;
mod summary;
mod sync;
use sync::{ConflictsCommand, IdentityCommand, RecipientsCommand, TrustCommand};

#[derive(Parser)]
#[command(
    name = "fieldbook-cli",
    version,
    about = "Fieldbook on the command line: the same encrypted store as the app."
)]
struct Cli {
    /// Data folder (default: FIELDBOOK_DATA_DIR, else the OS app-data folder).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Which profile on a shared laptop (default: the first one; `profiles list` shows them).
    #[arg(long, global = true, value_name = "NAME")]
    profile: Option<String>,
    /// Language of messages: en, es, fr, pt, ne, km or ar (default: from LANG).
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new encrypted store (asks for a passphrase twice, or FIELDBOOK_PASSPHRASE).
    Init,
    /// Add realistic, deterministic demo sessions.
    DemoData {
        /// How many sessions.
        #[arg(long, default_value_t = 20)]
        sessions: usize,
        /// The same seed gives the same records, ids included.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// List, show or write sessions.
    #[command(subcommand)]
    Sessions(SessionsCommand),
    /// Print every live record in a canonical order (same content, same bytes).
    Dump {
        /// JSON output (the only format).
        #[arg(long)]
        json: bool,
    },
    /// Print-ready PDF summaries of sessions, in the language given by --lang.
    Summary(summary::SummaryArgs),
    /// Change the store's passphrase (asks for the current one, then the new one twice;
    /// FIELDBOOK_NEW_PASSPHRASE for automation).
    #[command(subcommand)]
    Passphrase(PassphraseCommand),
    /// Who changed which field when, and the value before (a session includes its items).
    History {
        /// Record kind: session, participant, question, quote, priority, risk, support, movement…
        entity: String,
        /// Record id.
        id: RecordId,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Destroy this device's Fieldbook (database, WAL, keys), warning about unexported changes.
    Wipe {
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// This device's sync identity.
    #[command(subcommand)]
    Identity(IdentityCommand),
    /// Who bundles are encrypted to.
    #[command(subcommand)]
    Recipients(RecipientsCommand),
    /// Devices whose bundles are accepted.
    #[command(subcommand)]
    Trust(TrustCommand),
    /// Write a signed, encrypted bundle of what changed since the last one (or everything).
    Export(sync::ExportArgs),
    /// Verify and merge bundles: all of them or none.
    Import(sync::ImportArgs),
    /// Every import so far, newest first: file, sender and what was applied.
    Imports {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Show a bundle's manifest and signature status without applying it.
    Inspect {
        /// Bundle file.
        file: PathBuf,
        /// The bundle is protected by a passphrase.
        #[arg(long)]
        passphrase: bool,
    },
    /// Concurrent edits waiting for review.
    #[command(subcommand)]
    Conflicts(ConflictsCommand),
    /// The organisation's recovery key, split into custodian shares.
    #[command(subcommand)]
    Recovery(safety::RecoveryCommand),
    /// Every table for analysis (CSV files or an XLSX workbook), cut to a sensitivity tier.
    ExportTable(safety::TableArgs),
    /// Find words in what was said across all sessions (notes, answers, priorities, risks, support).
    Search(cycle::SearchArgs),
    /// Six-monthly check-ins on the organisation's role with each movement.
    #[command(subcommand)]
    Checkins(cycle::CheckinsCommand),
    /// Publish this office's records, cut to a tier, to the organisation's PostgreSQL database.
    Publish(publish::PublishArgs),
    /// Attach photos, recordings or scans to a session (prints the new attachment ids).
    Attach(media::AttachArgs),
    /// A session's photos, recordings and scans.
    #[command(subcommand)]
    Attachments(media::AttachmentsCommand),
    /// Withdraw a participant's consent, or add participants from a sign-in sheet.
    #[command(subcommand)]
    Participants(consent::ParticipantsCommand),
    /// Withdrawals of consent, and which devices have applied each.
    #[command(subcommand)]
    Withdrawals(consent::WithdrawalsCommand),
    /// Facilitators' own profiles on a shared laptop, each with its own store and passphrase.
    #[command(subcommand)]
    Profiles(consent::ProfilesCommand),
}

#[derive(Subcommand)]
enum PassphraseCommand {
    /// Re-encrypt the store under a new passphrase.
    Change,
}

#[derive(Subcommand)]
enum SessionsCommand {
    /// Sessions, newest first.
    List {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// One session with everything recorded in it.
    Show {
        /// Session id.
        id: RecordId,
        /// JSON output (the document `sessions put` accepts).
        #[arg(long)]
        json: bool,
    },
    /// Create a session from a JSON document, or update the changed fields of an existing one.
    Put {
        /// The JSON document (as printed by `sessions show --json`); `-` for standard input.
        #[arg(long, value_name = "FILE")]
        from_json: PathBuf,
    },
}

/// Runs the command line on the process's arguments and exits on error.
pub fn main() {
    run_from(std::env::args_os());
}

/// Runs the command line on `args` (the program name first) and exits on error.
pub fn run_from(args: impl IntoIterator<Item = std::ffi::OsString>) {
    let cli = Cli::parse_from(args);
    let lang = cli.lang.clone().unwrap_or_else(lang_from_env);
    let catalog = Catalog::new(&lang);
    if let Err(err) = run(cli, &catalog) {
        let msg = if let Some(core) = err.downcast_ref::<fieldbook_core::Error>() {
            catalog.error(core)
        } else if let Some(pdf) = err.downcast_ref::<fieldbook_pdf::Error>() {
            pdf.localised(&catalog)
        } else if let Some(publish) = err.downcast_ref::<fieldbook_federation::Error>() {
            publish.localised(&catalog)
        } else {
            format!("{err:#}")
        };
        eprintln!("fieldbook-cli: {msg}");
        std::process::exit(1);
    }
}

/// Writes one line of output (see `out!`).
fn print_line(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_fmt(args).and_then(|()| stdout.write_all(b"\n")) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("fieldbook-cli: {e}");
        std::process::exit(1);
    }
}

fn lang_from_env() -> String {
    let lang = std::env::var("FIELDBOOK_LANG").or_else(|_| std::env::var("LANG")).unwrap_or_default();
    fieldbook_core::i18n::supported(&lang).unwrap_or("en").to_string()
}

fn passphrase(catalog: &Catalog, prompt: &str) -> Result<Passphrase> {
    if let Ok(p) = std::env::var("FIELDBOOK_PASSPHRASE") {
        return Ok(Passphrase::new(p));
    }
    if !std::io::stdin().is_terminal() {
        bail!(catalog.msg("cli-no-passphrase", &[("variable", "FIELDBOOK_PASSPHRASE")]));
    }
    let typed = rpassword::prompt_password(format!("{} ", catalog.msg(prompt, &[])))?;
    Ok(Passphrase::new(typed))
}

/// Asks at the terminal (never from the environment).
fn prompt(catalog: &Catalog, key: &str) -> Result<Passphrase> {
    if !std::io::stdin().is_terminal() {
        bail!(catalog.msg("cli-no-passphrase", &[("variable", "FIELDBOOK_NEW_PASSPHRASE")]));
    }
    Ok(Passphrase::new(rpassword::prompt_password(format!("{} ", catalog.msg(key, &[])))?))
}

/// Wipes the store; warns first when it can be unlocked and holds changes never exported.
fn wipe(dir: &std::path::Path, yes: bool, catalog: &Catalog) -> Result<()> {
    let path = dir.display().to_string();
    if !Store::exists(dir) {
        return Err(fieldbook_core::Error::NoStore(path).into());
    }
    let unexported = passphrase(catalog, "cli-passphrase-prompt")
        .ok()
        .and_then(|p| Store::open(dir, &p).ok())
        .and_then(|s| s.unexported_changes().ok())
        .unwrap_or(0);
    if unexported > 0 {
        eprintln!("{}", catalog.msg("cli-wipe-unexported", &[("count", &unexported.to_string())]));
    }
    if !yes {
        confirm_wipe(catalog, &path)?;
    }
    let removed = fieldbook_core::store::wipe_store_files(dir)?;
    out!("{}", catalog.msg("cli-wiped", &[("count", &removed.len().to_string()), ("path", &path)]));
    Ok(())
}

/// Asks the person to type WIPE before anything of `what` is destroyed.
fn confirm_wipe(catalog: &Catalog, what: &str) -> Result<()> {
    if !std::io::stdin().is_terminal() {
        bail!(catalog.msg("cli-wipe-needs-yes", &[]));
    }
    eprintln!("{}", catalog.msg("cli-wipe-confirm", &[("path", what)]));
    let mut typed = String::new();
    std::io::stdin().read_line(&mut typed)?;
    if typed.trim() != "WIPE" {
        bail!(catalog.msg("cli-wipe-cancelled", &[]));
    }
    Ok(())
}

/// A new store's passphrase: FIELDBOOK_PASSPHRASE, else asked twice.
fn new_passphrase(catalog: &Catalog) -> Result<Passphrase> {
    let first = passphrase(catalog, "cli-passphrase-new")?;
    if std::env::var_os("FIELDBOOK_PASSPHRASE").is_none()
        && !first.matches(&passphrase(catalog, "cli-passphrase-repeat")?)
    {
        bail!(catalog.msg("create-mismatch", &[]));
    }
    Ok(first)
}

fn open(dir: &std::path::Path, catalog: &Catalog) -> Result<Store> {
    if !Store::exists(dir) {
        return Err(fieldbook_core::Error::NoStore(dir.display().to_string()).into());
    }
    Ok(Store::open(dir, &passphrase(catalog, "cli-passphrase-prompt")?)?)
}

fn run(cli: Cli, catalog: &Catalog) -> Result<()> {
    let root = cli.data_dir.clone().unwrap_or_else(paths::default_data_dir);
    let dir = match &cli.profile {
        Some(name) => fieldbook_core::profiles::Profiles::load(&root)?.dir_of(Some(name))?,
        None => root.clone(),
    };
    let out = |v: &serde_json::Value| -> Result<()> {
        out!("{}", serde_json::to_string_pretty(v)?);
        Ok(())
    };
    match cli.command {
        Command::Init => {
            Store::init(&dir, &new_passphrase(catalog)?)?;
            out!("{}", catalog.msg("cli-created", &[("path", &dir.display().to_string())]));
        }
        Command::DemoData { sessions, seed } => {
            let mut store = open(&dir, catalog)?;
            demo::generate(&mut store, sessions, seed)?;
            out!("{}", catalog.msg("cli-demo-done", &[("count", &sessions.to_string())]));
        }
        Command::Sessions(SessionsCommand::List { json }) => {
            let rows = open(&dir, catalog)?.list_sessions(&SessionFilter::default())?;
            if json {
                out(&serde_json::to_value(&rows)?)?;
            } else {
                for r in rows {
                    let when = r.starts_at.as_deref().unwrap_or("-");
                    out!("{}  {when:16}  {:11}  {}", r.id, r.status, r.title);
                }
            }
        }
        Command::Sessions(SessionsCommand::Show { id, json }) => {
            let doc = open(&dir, catalog)?.session_doc(id)?;
            if json {
                out(&serde_json::to_value(&doc)?)?;
            } else {
                print_doc(&doc, catalog);
            }
        }
        Command::Sessions(SessionsCommand::Put { from_json }) => {
            let text = if from_json.as_os_str() == "-" {
                std::io::read_to_string(std::io::stdin())?
            } else {
                std::fs::read_to_string(&from_json).with_context(|| format!("cannot read {}", from_json.display()))?
            };
            let doc: SessionDoc =
                serde_json::from_str(&text).map_err(|e| fieldbook_core::Error::InvalidDocument(e.to_string()))?;
            let id = open(&dir, catalog)?.put_session_doc(doc)?;
            out!("{}", catalog.msg("cli-put-done", &[("id", &id.to_string())]));
        }
        Command::Summary(args) => {
            let lang = cli.lang.clone().unwrap_or_else(lang_from_env);
            if !fieldbook_core::i18n::LANGUAGES.iter().any(|(code, _)| *code == lang) {
                let known: Vec<&str> = fieldbook_core::i18n::LANGUAGES.iter().map(|(c, _)| *c).collect();
                bail!("summaries are available in {}, not {lang:?}", known.join(", "));
            }
            summary::run(&open(&dir, catalog)?, args, &lang, catalog)?
        }
        Command::Passphrase(PassphraseCommand::Change) => {
            let current = passphrase(catalog, "cli-passphrase-prompt")?;
            let mut store = Store::open(&dir, &current)?;
            let new = match std::env::var("FIELDBOOK_NEW_PASSPHRASE") {
                Ok(p) => Passphrase::new(p),
                Err(_) => {
                    let first = prompt(catalog, "cli-passphrase-new")?;
                    if !first.matches(&prompt(catalog, "cli-passphrase-repeat")?) {
                        bail!(catalog.msg("create-mismatch", &[]));
                    }
                    first
                }
            };
            store.change_passphrase(&current, &new)?;
            out!("{}", catalog.msg("cli-passphrase-changed", &[]));
        }
        Command::Wipe { yes } => wipe(&dir, yes, catalog)?,
        Command::History { entity, id, json } => {
            let Some(kind) = fieldbook_core::Entity::from_name(&entity) else {
                let kinds: Vec<_> = fieldbook_core::Entity::ALL.iter().map(|e| e.name()).collect();
                bail!("no record kind {entity:?}: use one of {}", kinds.join(", "));
            };
            let store = open(&dir, catalog)?;
            let entries = if kind == fieldbook_core::Entity::Session {
                store.session_history(id)?
            } else {
                store.history(kind, id)?
            };
            if json {
                out(&serde_json::to_value(&entries)?)?;
            } else {
                let here = catalog.msg("history-this-device", &[]);
                for e in entries {
                    let who = match (&e.relay, e.own) {
                        (_, true) => here.clone(),
                        (Some(relay), false) => {
                            format!("{} ({})", e.device_label, catalog.msg("history-relayed", &[("device", relay)]))
                        }
                        (None, false) => e.device_label.clone(),
                    };
                    let what = format!("{}.{}", e.entity, e.field);
                    let note = if e.note.is_empty() { String::new() } else { format!("  ({})", e.note) };
                    if e.erased {
                        out!("{}  {who:<14}  {what:<22} {}{note}", e.at, catalog.msg("history-erased", &[]));
                    } else {
                        out!("{}  {who:<14}  {what:<22} {} → {}{note}", e.at, e.old, e.new);
                    }
                }
            }
        }
        Command::Dump { json: _ } => out(&open(&dir, catalog)?.dump()?)?,
        Command::Identity(cmd) => sync::identity(&open(&dir, catalog)?, cmd, catalog)?,
        Command::Recipients(cmd) => sync::recipients(&mut open(&dir, catalog)?, cmd, catalog)?,
        Command::Trust(cmd) => sync::trust(&mut open(&dir, catalog)?, cmd, catalog)?,
        Command::Export(args) => sync::export(&mut open(&dir, catalog)?, args, catalog)?,
        Command::Import(args) => sync::import(&mut open(&dir, catalog)?, args, catalog)?,
        Command::Recovery(cmd) => safety::recovery(cmd, catalog)?,
        Command::ExportTable(args) => safety::export_table(&open(&dir, catalog)?, args, catalog)?,
        Command::Imports { json } => sync::imports(&open(&dir, catalog)?, json, catalog)?,
        Command::Inspect { file, passphrase } => sync::inspect(&open(&dir, catalog)?, file, passphrase, catalog)?,
        Command::Conflicts(cmd) => sync::conflicts(&mut open(&dir, catalog)?, cmd, catalog)?,
        Command::Search(args) => cycle::search(&open(&dir, catalog)?, args, catalog)?,
        Command::Checkins(cmd) => cycle::checkins(&open(&dir, catalog)?, cmd, catalog)?,
        Command::Publish(args) => publish::run(open(&dir, catalog)?, args, catalog)?,
        Command::Attach(args) => media::attach(&mut open(&dir, catalog)?, args)?,
        Command::Attachments(cmd) => media::attachments(&mut open(&dir, catalog)?, cmd, catalog)?,
        Command::Participants(cmd) => consent::participants(&mut open(&dir, catalog)?, cmd, catalog)?,
        Command::Withdrawals(cmd) => consent::withdrawals(&open(&dir, catalog)?, cmd, catalog)?,
        Command::Profiles(cmd) => consent::profiles(&root, cmd, catalog)?,
    }
    Ok(())
}

fn print_doc(doc: &SessionDoc, c: &Catalog) {
    let s = &doc.session;
    let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
    out!("{}", text(&s["title"]));
    out!("{}: {} ({})", c.msg("field-starts-at", &[]), text(&s["starts_at"]), text(&s["time_zone"]));
    out!("{}: {}", c.msg("field-place", &[]), text(&s["place"]));
    out!("{}: {}", c.msg("field-status", &[]), c.msg(&format!("status-{}", text(&s["status"])), &[]));
    out!("\n{} ({})", c.msg("section-participants", &[]), doc.participants.len());
    out!("{} ({})", c.msg("section-questions", &[]), doc.questions.len());
    for q in &doc.questions {
        out!("  - {}\n    {}", text(&q["text"]), text(&q["answer"]));
    }
    out!("{} ({})", c.msg("section-priorities", &[]), doc.priorities.len());
    for p in &doc.priorities {
        out!("  - {} [{}]", text(&p["title"]), p["votes"]);
    }
    out!("{} ({})", c.msg("section-risks", &[]), doc.risks.len());
    out!("{} ({})", c.msg("section-support", &[]), doc.supports.len());
    for p in &doc.supports {
        out!("  - {} ({})", text(&p["what"]), c.msg(&format!("role-{}", text(&p["role"])), &[]));
    }
}
