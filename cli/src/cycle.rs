//! The engagement cycle from the command line: search across sessions, and which movements are
//! due a check-in on their role.

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use fieldbook_core::i18n::Catalog;
use fieldbook_core::search::SearchQuery;
use fieldbook_core::{RecordId, Store};

/// `search …`
#[derive(Args)]
pub struct SearchArgs {
    /// Words to find (all of them; each also as the start of a longer word).
    query: String,
    /// Only sessions with this movement (id).
    #[arg(long, value_name = "ID")]
    movement: Option<RecordId>,
    /// Only sessions with a movement in this country.
    #[arg(long)]
    country: Option<String>,
    /// Only sessions on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    from: Option<NaiveDate>,
    /// Only sessions on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    to: Option<NaiveDate>,
    /// Only movements for which the organisation currently plays this role.
    #[arg(long, value_parser = ["convener", "ally", "resource_partner", "amplifier"])]
    role: Option<String>,
    /// Only sessions with this status.
    #[arg(long, value_parser = ["draft", "reviewed", "shared_back"])]
    status: Option<String>,
    /// At most this many results.
    #[arg(long, default_value_t = fieldbook_core::search::DEFAULT_LIMIT)]
    limit: usize,
    /// JSON output.
    #[arg(long)]
    json: bool,
}

/// `checkins …`
#[derive(Subcommand)]
pub enum CheckinsCommand {
    /// Movements whose role was last re-assessed with them six months ago or more.
    Due {
        /// The day to check on (default: today).
        #[arg(long, value_name = "DATE")]
        on: Option<NaiveDate>,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
}

pub fn search(store: &Store, a: SearchArgs, catalog: &Catalog) -> Result<()> {
    let q = SearchQuery {
        text: a.query,
        movement_id: a.movement,
        country: a.country,
        from: a.from,
        to: a.to,
        role: a.role,
        status: a.status,
        limit: a.limit,
    };
    let hits = store.search(&q)?;
    if a.json {
        out!("{}", serde_json::to_string_pretty(&hits)?);
        return Ok(());
    }
    if hits.is_empty() {
        out!("{}", catalog.msg("search-none", &[]));
    }
    for h in hits {
        let when = h.starts_at.as_deref().map_or("-", |s| s.get(..10).unwrap_or(s));
        let kind = catalog.msg(&format!("search-kind-{}", h.kind), &[]);
        out!("{when}  {}  ({kind})  {}\n    {}", h.session_title, h.session_id, h.plain());
    }
    Ok(())
}

pub fn checkins(store: &Store, cmd: CheckinsCommand, catalog: &Catalog) -> Result<()> {
    let CheckinsCommand::Due { on, json } = cmd;
    let due = store.checkins_due(on.unwrap_or_else(|| chrono::Local::now().date_naive()))?;
    if json {
        out!("{}", serde_json::to_string_pretty(&due)?);
        return Ok(());
    }
    if due.is_empty() {
        out!("{}", catalog.msg("checkins-none-due", &[]));
    }
    for d in due {
        let roles: Vec<String> = d.roles.iter().map(|r| catalog.msg(&format!("role-{r}"), &[])).collect();
        let never = catalog.msg("checkin-never", &[]);
        let last = d.last_check_in.as_deref().unwrap_or(&never);
        let line = catalog
            .msg("cli-checkin-due", &[("since", &d.due_since), ("days", &d.days_overdue.to_string()), ("last", last)]);
        out!("{}  ({})  {}\n    {line}", d.name, d.country, roles.join(", "));
    }
    Ok(())
}
