//! `publish`: the office's merged records, cut to a tier, to the organisation's PostgreSQL
//! (docs/federation.md).

use crate::sync::tier_arg;
use anyhow::{bail, Result};
use clap::Args;
use fieldbook_core::i18n::Catalog;
use fieldbook_core::progress::Progress;
use fieldbook_core::publication::PublishSettings;
use fieldbook_core::tier::Tier;
use fieldbook_core::Store;
use fieldbook_federation::Error;
use fieldbook_federation::{check_settings, publish, Settings, Target};
use std::io::IsTerminal;

/// `publish …`
#[derive(Args)]
pub struct PublishArgs {
    /// Connection string, e.g. postgres://office@db.example.org/federation?sslmode=verify-full&sslrootcert=ca.pem
    /// (the saved one when omitted). The password comes from PGPASSWORD or a prompt.
    #[arg(long, value_name = "URL")]
    postgres: Option<String>,
    /// The most sensitive tier published: share-back or internal (default; restricted never is).
    #[arg(long, value_parser = tier_arg)]
    clearance: Option<Tier>,
    /// The PostgreSQL schema of Fieldbook's tables (default fieldbook).
    #[arg(long, value_name = "NAME")]
    schema: Option<String>,
    /// This office's name in the organisation's database (default: its device fingerprint).
    #[arg(long)]
    label: Option<String>,
    /// Remember these settings (never the password) for the app's Publish action.
    #[arg(long)]
    save: bool,
    /// JSON output.
    #[arg(long)]
    json: bool,
}

/// Runs `publish`.
pub fn run(mut store: Store, args: PublishArgs, c: &Catalog) -> Result<()> {
    let saved = store.publish_settings()?;
    let Some(url) = args.postgres.clone().or_else(|| saved.as_ref().map(|s| s.url.clone())) else {
        bail!(c.msg("cli-publish-no-database", &[]));
    };
    let wanted = PublishSettings {
        url,
        schema: args.schema.or_else(|| saved.as_ref().map(|s| s.schema.clone())).unwrap_or_else(|| "fieldbook".into()),
        clearance: args.clearance.or_else(|| saved.as_ref().map(|s| s.clearance)).unwrap_or(Tier::Internal),
        label: args.label.or_else(|| saved.as_ref().map(|s| s.label.clone())).unwrap_or_default(),
    };
    let mut settings = Settings::parse(&wanted.url)?;
    if settings.has_password() {
        // A password on the command line is in `ps` and the shell's history.
        bail!(c.msg("cli-publish-password-in-url", &[]));
    }
    let mut has_password = false;
    if let (false, Ok(p)) = (has_password, std::env::var("PGPASSWORD")) {
        settings.set_password(&p);
        has_password = true;
    }
    let mut target = Target::new(settings, &wanted.schema, wanted.clearance, &wanted.label)?;
    let report = match publish(&store, &target, &Progress::none()) {
        Err(Error::Auth { user, server, .. }) if !has_password && std::io::stdin().is_terminal() => {
            let asked = c.msg("cli-publish-password", &[("user", &user), ("server", &server)]);
            let typed = rpassword::prompt_password(format!("{asked} "))?;
            target.settings.set_password(&typed);
            publish(&store, &target, &Progress::none())?
        }
        other => other?,
    };
    if args.save {
        check_settings(&wanted)?;
        store.set_publish_settings(Some(&wanted))?;
    }
    if args.json {
        out!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    let total: u64 = report.rows.iter().map(|(_, n)| n).sum();
    let args = [
        ("server", report.server.clone()),
        ("schema", report.schema.clone()),
        ("written", report.written.to_string()),
        ("removed", report.removed.to_string()),
        ("total", total.to_string()),
    ];
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    out!("{}", c.msg(if report.unchanged { "cli-publish-unchanged" } else { "cli-published" }, &args));
    Ok(())
}
