//! Start-up and idle-memory benchmark (not a test): Fieldbook against a bare Tauri 2 window
//! (`tests/bare-window`, the same Tauri) in one run, alternating, on one Xvfb display, so the
//! machine's swings hit both alike. Run: `make bench` (it builds the release binaries first).
//!
//! Each round starts, in turn: the bare window; Fieldbook on an empty store, on a store with
//! BENCH_SESSIONS (10,000) sessions (unlocked with `FIELDBOOK_PASSPHRASE`, to the sessions list
//! painted with its data), and on that store without a passphrase (to the unlock screen
//! painted). Each prints `ready_ms` (process start to painted, the `FIELDBOOK_READY_EXIT`
//! contract). Then each is started once more and left idle for BENCH_IDLE_SECS (3) after it
//! is ready, and the PSS of its process and its WebKit processes is read. BENCH_RUNS (7)
//! rounds; medians and ratios to the bare window are printed.
//! Targets (issue "Never freeze, start fast"): 10k sessions ≤ 1.5× the bare window; the unlock
//! screen ≤ 1.2×; idle memory at 10k sessions ≤ 1.3×.

use fieldbook_tests::bench::{self, env, PASS};
use fieldbook_tests::descendants;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

fn release(name: &str) -> PathBuf {
    bench::release(name).expect("release binary")
}

/// One way of starting a window.
struct Case {
    name: &'static str,
    program: PathBuf,
    data: Option<PathBuf>,
    passphrase: bool,
}

impl Case {
    fn command(&self, mode: &str, display: &str) -> Command {
        let mut cmd = Command::new(&self.program);
        cmd.env("DISPLAY", display)
            .env("FIELDBOOK_READY_EXIT", mode)
            .env_remove("FIELDBOOK_PASSPHRASE")
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        if let Some(d) = &self.data {
            cmd.env("FIELDBOOK_DATA_DIR", d);
        }
        if self.passphrase {
            cmd.env("FIELDBOOK_PASSPHRASE", PASS);
        }
        cmd
    }

    /// `ready_ms` of one start, with the phases when the program prints them.
    fn ready(&self, display: &str) -> (u64, String) {
        let out = self.command("1", display).output().expect("start");
        let text = String::from_utf8_lossy(&out.stdout);
        let ms = field(&text, "ready_ms=")
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{}: no ready_ms in {text:?}", self.name));
        (ms, field(&text, "phases_ms=").unwrap_or_default().to_string())
    }

    /// PSS in KiB of the process and everything it started, idle `secs` after it is ready.
    fn idle_pss(&self, display: &str, secs: u64) -> u64 {
        let mut child: Child = self.command("stay", display).spawn().expect("start");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        while let Some(Ok(line)) = lines.next() {
            if line.starts_with("ready_ms=") {
                break;
            }
        }
        std::thread::sleep(Duration::from_secs(secs));
        let mut pids = descendants(child.id());
        pids.push(child.id());
        let pss = pids.iter().map(|p| pss_kib(*p)).sum();
        for pid in pids {
            let _ = Command::new("kill").arg("-KILL").arg(pid.to_string()).status();
        }
        let _ = child.wait();
        pss
    }
}

fn field<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines().find_map(|l| l.strip_prefix(key)).map(str::trim)
}

fn pss_kib(pid: u32) -> u64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix("Pss:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn median(mut v: Vec<u64>) -> u64 {
    v.sort_unstable();
    v[v.len() / 2]
}

/// An X display of its own for the whole run (each program on the same one).
struct Xvfb(Child, String);

impl Xvfb {
    fn start() -> Xvfb {
        for n in 90..130 {
            if Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
                continue;
            }
            let display = format!(":{n}");
            let child = Command::new("Xvfb")
                .args([display.as_str(), "-screen", "0", "1280x860x24", "-nolisten", "tcp"])
                .stderr(Stdio::null())
                .spawn()
                .expect("Xvfb (apt install xvfb)");
            // Owned from here: dropped (killed and waited for) if it never comes up.
            let x = Xvfb(child, display);
            for _ in 0..50 {
                if Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
                    return x;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        panic!("no free X display");
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn main() {
    let runs = env("BENCH_RUNS", 7);
    let sessions = env("BENCH_SESSIONS", 10_000);
    let idle = env("BENCH_IDLE_SECS", 3) as u64;
    let dir = std::env::var_os("BENCH_STARTUP_DIR")
        .map_or_else(|| fieldbook_tests::workspace().join("target/bench-startup"), PathBuf::from);
    std::fs::create_dir_all(&dir).expect("bench dir");
    let full = bench::demo_store(&dir, &format!("store-{sessions}"), sessions, 1).expect("store");
    let empty = dir.join("store-empty");
    let _ = std::fs::remove_dir_all(&empty);
    let app = release("fieldbook");
    let cases = [
        Case { name: "bare Tauri window", program: release("bare-window"), data: None, passphrase: false },
        Case { name: "Fieldbook, empty store", program: app.clone(), data: Some(empty.clone()), passphrase: true },
        Case { name: "Fieldbook, sessions list", program: app.clone(), data: Some(full.clone()), passphrase: true },
        Case { name: "Fieldbook, unlock screen", program: app, data: Some(full), passphrase: false },
    ];
    let x = Xvfb::start();
    // A first start of each, not counted: files into the page cache, the empty store made.
    for c in &cases {
        c.ready(&x.1);
    }
    let mut ready: Vec<Vec<u64>> = vec![vec![]; cases.len()];
    let mut pss: Vec<Vec<u64>> = vec![vec![]; cases.len()];
    for round in 1..=runs {
        for (i, c) in cases.iter().enumerate() {
            let (ms, phases) = c.ready(&x.1);
            println!("round {round} {:<26} ready_ms={ms:<5} {phases}", c.name);
            ready[i].push(ms);
        }
    }
    for round in 1..=runs.min(3) {
        for (i, c) in cases.iter().enumerate() {
            let kib = c.idle_pss(&x.1, idle);
            println!("round {round} {:<26} idle PSS {} MiB", c.name, kib / 1024);
            pss[i].push(kib);
        }
    }
    let base_ms = median(ready[0].clone()) as f64;
    let base_pss = median(pss[0].clone()) as f64;
    println!("\nmedians over {runs} rounds ({sessions} sessions in the full store):");
    for (i, c) in cases.iter().enumerate() {
        let (ms, kib) = (median(ready[i].clone()), median(pss[i].clone()));
        let (lo, hi) = (ready[i].iter().min().copied().unwrap_or(0), ready[i].iter().max().copied().unwrap_or(0));
        println!(
            "{:<26} ready_ms {ms:>5} ({lo}–{hi}) = {:.2}× bare · idle PSS {:>4} MiB = {:.2}× bare",
            c.name,
            ms as f64 / base_ms,
            kib / 1024,
            kib as f64 / base_pss
        );
    }
}
