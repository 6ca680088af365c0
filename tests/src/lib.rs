//! Shared helpers for the end-to-end tests: the real app binary driven through tauri-driver and
//! WebKitWebDriver (the same WebKit as the app), under the X display the test command provides.

pub mod bench;
pub mod postgres;
pub mod shape;
pub mod vectors;

use anyhow::{bail, Context, Result};
use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

/// One app window at a time: the tests kill the app by its binary path.
pub static ONE_APP_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The workspace folder.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The desktop binary built by `cargo build -p fieldbook` (or `FIELDBOOK_APP`).
pub fn app_binary() -> Result<PathBuf> {
    let path = std::env::var_os("FIELDBOOK_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/debug/fieldbook"));
    if !path.is_file() {
        bail!("{} is missing: build it first (`cargo build -p fieldbook`, or `make test`)", path.display());
    }
    Ok(path.canonicalize()?)
}

/// The CLI binary built by `cargo build -p fieldbook-cli` (also built by `cargo test`).
pub fn cli_binary() -> PathBuf {
    workspace().join("target/debug/fieldbook-cli")
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn tauri_driver() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return Ok(PathBuf::from(p));
    }
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    let candidate = home.map(|h| h.join("bin/tauri-driver"));
    match candidate.filter(|p| p.is_file()) {
        Some(p) => Ok(p),
        None => bail!(
            "tauri-driver is not installed: `cargo install tauri-driver --version 2.1.0 --locked` (or `make test`)"
        ),
    }
}

/// A running tauri-driver whose app sees `FIELDBOOK_DATA_DIR` = the given folder.
pub struct Driver {
    child: Child,
    port: u16,
    app: PathBuf,
    /// Screenshots go here (`target/e2e-screens`).
    pub shots: PathBuf,
}

impl Driver {
    /// Starts tauri-driver on free ports; `env` is passed on to the app.
    pub fn start(data_dir: &Path, env: &[(&str, &str)]) -> Result<Driver> {
        Self::start_app(data_dir, env, app_binary()?)
    }

    /// [`Driver::start`] with another program as the app: a wrapper that runs the app under a
    /// tracer, say.
    pub fn start_app(data_dir: &Path, env: &[(&str, &str)], app: PathBuf) -> Result<Driver> {
        if std::env::var_os("DISPLAY").is_none() {
            bail!("no X display: run the e2e tests under xvfb-run (as `make test` does)");
        }
        let (port, native) = (free_port()?, free_port()?);
        let mut cmd = Command::new(tauri_driver()?);
        cmd.args(["--port", &port.to_string(), "--native-port", &native.to_string()])
            .env("FIELDBOOK_DATA_DIR", data_dir)
            // The tests answer the file dialogs themselves, with files in the temporary folder:
            // those count as chosen (anything else the app refuses, as it would in use).
            .env("FIELDBOOK_ALLOW_DIR", std::env::temp_dir())
            .env_remove("FIELDBOOK_PASSPHRASE")
            .env_remove("FIELDBOOK_READY_EXIT")
            .stdout(Stdio::null())
            .stderr(if std::env::var_os("FIELDBOOK_E2E_STDERR").is_some() { Stdio::inherit() } else { Stdio::null() });
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().context("starting tauri-driver")?;
        let shots = workspace().join("target/e2e-screens");
        std::fs::create_dir_all(&shots)?;
        Ok(Driver { child, port, app, shots })
    }

    /// Opens the app in a new window (retrying while the driver starts).
    pub async fn launch(&self) -> Result<Client> {
        self.launch_with(&[]).await
    }

    /// [`Driver::launch`] with command-line arguments for the app (files to open, as a file
    /// manager passes them).
    pub async fn launch_with(&self, args: &[&str]) -> Result<Client> {
        let caps: serde_json::Map<String, serde_json::Value> = serde_json::from_value(serde_json::json!({
            "tauri:options": { "application": self.app, "args": args }
        }))?;
        let url = format!("http://127.0.0.1:{}", self.port);
        let mut last = None;
        for _ in 0..50 {
            match ClientBuilder::rustls()?.capabilities(caps.clone()).connect(&url).await {
                Ok(c) => return Ok(c),
                Err(e) => last = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        bail!("could not start a WebDriver session: {last:?}")
    }

    /// Kills the app like a crash or a flat battery would (SIGKILL, no chance to clean up): the
    /// app's processes among those this driver started, by id, so nothing else is touched.
    pub fn kill_app(&self) {
        let app = app_binary().ok();
        let ours: Vec<u32> = descendants(self.child.id())
            .into_iter()
            .filter(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).ok() == app)
            .collect();
        kill(&ours);
        std::thread::sleep(Duration::from_millis(500));
    }

    /// Saves a screenshot of the window as `<name>.png` for a person to look at.
    pub async fn shot(&self, client: &Client, name: &str) -> Result<()> {
        let png = screenshot(client).await?;
        std::fs::write(self.shots.join(format!("{name}.png")), png)?;
        Ok(())
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // tauri-driver, its WebKitWebDriver and the app with its WebKit processes: all started
        // here, all ended by id.
        kill(&descendants(self.child.id()));
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The processes below `root` (its children, theirs…), from /proc.
pub fn descendants(root: u32) -> Vec<u32> {
    let mut parents = vec![];
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else { continue };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else { continue };
        // `pid (name) state ppid …`: the name may hold spaces and parentheses.
        let ppid = stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse::<u32>().ok());
        if let Some(ppid) = ppid {
            parents.push((pid, ppid));
        }
    }
    let (mut found, mut todo) = (vec![], vec![root]);
    while let Some(p) = todo.pop() {
        for &(child, parent) in &parents {
            if parent == p && !found.contains(&child) {
                found.push(child);
                todo.push(child);
            }
        }
    }
    found
}

fn kill(pids: &[u32]) {
    if !pids.is_empty() {
        let _ = Command::new("kill").arg("-KILL").args(pids.iter().map(u32::to_string)).status();
    }
}

/// WebDriver's screenshot of the page. The app draws without compositing, and then WebKitGTK
/// answers a screenshot only after the page paints again: with no caret blinking (nothing
/// focused, or text selected) that never comes. A transparent outline toggled from a timer
/// until the screenshot is back (10 s at most, on a slow machine) gives it those paints.
pub async fn screenshot(c: &Client) -> Result<Vec<u8>> {
    c.execute(
        "const root = document.documentElement, until = Date.now() + 10000; let n = 0;
         window.__fieldbookShot = true;
         const tick = () => { root.style.outline = n++ % 2 ? '' : '1px solid transparent';
           if (window.__fieldbookShot && Date.now() < until) setTimeout(tick, 50); else root.style.outline = ''; };
         setTimeout(tick, 50);",
        vec![],
    )
    .await?;
    let png = c.screenshot().await;
    c.execute("window.__fieldbookShot = false;", vec![]).await?;
    Ok(png?)
}

/// Waits for an element matching `css` (up to 20 s). On a timeout the window is saved as
/// `target/e2e-screens/timeout-….png`, to see what the app showed instead.
pub async fn wait_for(c: &Client, css: &str) -> Result<Element> {
    let found = c.wait().at_most(Duration::from_secs(20)).for_element(Locator::Css(css)).await;
    if found.is_err() {
        let name: String = css.chars().map(|ch| if ch.is_ascii_alphanumeric() { ch } else { '_' }).collect();
        if let Ok(png) = screenshot(c).await {
            let dir = workspace().join("target/e2e-screens");
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(dir.join(format!("timeout-{name}.png")), png);
        }
    }
    found.with_context(|| format!("waiting for {css}"))
}

/// Waits until `check` returns true (up to 20 s), polling.
pub async fn wait_until<F, Fut>(what: &str, mut check: F) -> Result<()>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<bool>>,
{
    for _ in 0..100 {
        if check().await.unwrap_or(false) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    bail!("timed out waiting until {what}")
}

/// The current `value` of a form control.
pub async fn value(c: &Client, css: &str) -> Result<String> {
    Ok(wait_for(c, css).await?.prop("value").await?.unwrap_or_default())
}

/// Waits until every edit is written to the store (the save indicator says so).
pub async fn wait_saved(c: &Client) -> Result<()> {
    wait_until("all changes are saved", || async {
        let state = c.find(Locator::Css("#save-state")).await?.attr("data-state").await?;
        Ok(state.as_deref() == Some("saved"))
    })
    .await
}

/// Runs `fieldbook-cli --data-dir DIR --lang en ARGS…` with a passphrase; fails on a non-zero exit.
pub fn cli(dir: &Path, passphrase: &str, args: &[&str]) -> Result<String> {
    cli_lang(dir, passphrase, "en", args)
}

/// `fieldbook-cli --data-dir DIR --lang LANG ARGS…` with a passphrase and extra environment;
/// the raw output, for tests of failures and of what goes to stderr.
pub fn cli_output(dir: &Path, passphrase: &str, lang: &str, env: &[(&str, &str)], args: &[&str]) -> Result<Output> {
    Command::new(cli_binary())
        .arg("--data-dir")
        .arg(dir)
        .args(["--lang", lang])
        .args(args)
        .env("FIELDBOOK_PASSPHRASE", passphrase)
        .envs(env.iter().copied())
        .output()
        .context("running fieldbook-cli (build it first: `cargo build -p fieldbook-cli`)")
}

/// [`cli`] with messages (and summaries) in `lang`.
pub fn cli_lang(dir: &Path, passphrase: &str, lang: &str, args: &[&str]) -> Result<String> {
    let out = cli_output(dir, passphrase, lang, &[], args)?;
    if !out.status.success() {
        bail!("fieldbook-cli {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    Ok(String::from_utf8(out.stdout)?)
}

/// Picks the interface's language in the sidebar (the webview keeps the choice across starts,
/// and across test runs) and waits until the page speaks it.
pub async fn set_language(c: &Client, lang: &str) -> Result<()> {
    c.execute(
        "const s = document.querySelector('#language'); s.value = arguments[0]; s.dispatchEvent(new Event('change'));",
        vec![serde_json::Value::from(lang)],
    )
    .await?;
    wait_until("the language to switch", || async {
        Ok(c.execute("return document.documentElement.lang", vec![]).await?.as_str() == Some(lang))
    })
    .await
}

/// Types `passphrase` on the unlock screen (replacing what is there) and submits it.
pub async fn unlock(c: &Client, passphrase: &str) -> Result<()> {
    let field = wait_for(c, "#passphrase").await?;
    field.clear().await?;
    field.send_keys(passphrase).await?;
    wait_for(c, "#unlock-button").await?.click().await?;
    Ok(())
}

/// Makes the native file dialogs answer `paths` (they cannot be driven through WebDriver); the
/// export and import behind them run for real.
pub async fn answer_file_dialogs(c: &Client, paths: &[&Path]) -> Result<()> {
    let list: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    c.execute(
        "const paths = arguments[0];
         window.__TAURI__.dialog.open = async () => paths;
         window.__TAURI__.dialog.save = async () => paths[0];",
        vec![serde_json::json!(list)],
    )
    .await?;
    Ok(())
}
