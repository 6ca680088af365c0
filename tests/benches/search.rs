//! Search benchmark (not a test): full-text search with and without filters over a large demo
//! store, reporting p50 / p95 / max per query shape.
//! Run: `make bench` or `cargo bench -p fieldbook-tests --bench search`.
//! Size: BENCH_SEARCH_SESSIONS (100000 demo sessions); BENCH_SEARCH_DIR keeps the store for the
//! next run (`make bench` uses target/bench-search). Target (issue "The whole engagement
//! cycle"): p95 ≤ 20 ms.

use chrono::NaiveDate;
use fieldbook_core::search::SearchQuery;
use fieldbook_core::{demo, Passphrase, Store};
use std::time::{Duration, Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sessions: usize = std::env::var("BENCH_SEARCH_SESSIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    // Writing 100k sessions takes half an hour on a small machine: BENCH_SEARCH_DIR keeps the
    // store between runs (it is rebuilt when the size asked for changes).
    let temp = tempfile::tempdir()?;
    let dir = std::env::var_os("BENCH_SEARCH_DIR").map_or_else(|| temp.path().to_path_buf(), std::path::PathBuf::from);
    let marker = dir.join("bench-sessions");
    let pass = Passphrase::new("benchmark passphrase");
    let kept = std::fs::read_to_string(&marker).ok().and_then(|s| s.trim().parse::<usize>().ok()) == Some(sessions);
    let store = if kept && Store::exists(&dir) {
        println!("store: reusing {sessions} demo sessions in {}", dir.display());
        Store::open(&dir, &pass)?
    } else {
        if dir.exists() && dir != temp.path() {
            std::fs::remove_dir_all(&dir)?;
        }
        std::fs::create_dir_all(&dir)?;
        let mut store = Store::init(&dir, &pass)?;
        let started = Instant::now();
        // In batches, as an office's store grows bundle by bundle.
        let batch = 5_000;
        for (i, seed) in (0..sessions.div_ceil(batch)).zip(1u64..) {
            demo::generate(&mut store, batch.min(sessions - i * batch), seed)?;
        }
        store.checkpoint()?;
        std::fs::write(&marker, sessions.to_string())?;
        println!("store: {sessions} demo sessions written in {:.1} s", started.elapsed().as_secs_f64());
        store
    };

    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let plain = |text: &str| SearchQuery { text: text.into(), ..SearchQuery::default() };
    let shapes: Vec<(&str, Vec<SearchQuery>)> = vec![
        ("one common word", ["transport", "contracts", "ministry", "terre", "radio", "legal"].map(plain).to_vec()),
        (
            "two words",
            ["legal clinic", "written contracts", "transporte trabajadoras", "land titles"].map(plain).to_vec(),
        ),
        ("rare word", ["préfecture", "passports", "coutumiers"].map(plain).to_vec()),
        (
            "word + country + status",
            vec![SearchQuery { country: Some("Nepal".into()), status: Some("reviewed".into()), ..plain("climate") }],
        ),
        (
            "word + date range",
            vec![SearchQuery { from: day("2026-03-01"), to: day("2026-04-30"), ..plain("transport") }],
        ),
        ("word + role", vec![SearchQuery { role: Some("convener".into()), ..plain("meeting") }]),
    ];
    let mut all = vec![];
    println!("{:<26} {:>9} {:>9} {:>9} {:>6}", "query", "p50 ms", "p95 ms", "max ms", "hits");
    for (name, queries) in &shapes {
        let mut times: Vec<Duration> = vec![];
        let mut hits = 0;
        for _ in 0..20 {
            for q in queries {
                let t = Instant::now();
                hits = store.search(q)?.len();
                times.push(t.elapsed());
            }
        }
        times.sort();
        let p = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)].as_secs_f64() * 1000.0;
        println!("{name:<26} {:>9.2} {:>9.2} {:>9.2} {hits:>6}", p(0.5), p(0.95), p(1.0));
        all.extend(times);
    }
    all.sort();
    let p95 = all[((all.len() as f64 * 0.95) as usize).min(all.len() - 1)].as_secs_f64() * 1000.0;
    println!("all queries: p95 {p95:.2} ms (target ≤ 20 ms) {}", if p95 <= 20.0 { "met" } else { "NOT met" });
    Ok(())
}
