//! A real PostgreSQL server for the federation tests and benchmark: `initdb` and `pg_ctl` from
//! Debian's `postgresql` package in a temporary folder, TLS with a certificate authority made
//! for the run (by the `openssl` command), password authentication over loopback, and the
//! superuser on a private Unix socket for the tests' own queries. Stopped when dropped.

use anyhow::{bail, Context, Result};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The database user an office publishes as.
pub const OFFICE_USER: &str = "office";
/// A second office's user, as docs/federation.md sets them up: both are members of one group
/// role that owns the tables, each logs in with its own password.
pub const SECOND_OFFICE_USER: &str = "office2";
/// The offices' password (the tests pass it in `PGPASSWORD`).
pub const OFFICE_PASSWORD: &str = "federation test password";
/// The database the offices publish into.
pub const DATABASE: &str = "federation";

/// A running server; stopped and removed when dropped.
pub struct PgServer {
    dir: tempfile::TempDir,
    bin: PathBuf,
    /// The loopback TCP port.
    pub port: u16,
    /// Runs the server's programs as this user when the tests run as root (PostgreSQL refuses
    /// to run as root).
    run_as: Option<&'static str>,
}

/// The folder of `initdb` and `pg_ctl`: Debian keeps them out of PATH, under
/// /usr/lib/postgresql/VERSION/bin (the newest is taken).
fn bin_dir() -> Result<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path().join("bin"))).filter(|p| p.join("initdb").is_file()).collect()
        })
        .unwrap_or_default();
    versions.sort();
    match versions.pop() {
        Some(v) => Ok(v),
        None => bail!("PostgreSQL is not installed: `sudo apt install postgresql` (or `make test`)"),
    }
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn run(cmd: &mut Command) -> Result<String> {
    let out = cmd.stdin(Stdio::null()).output().with_context(|| format!("running {cmd:?}"))?;
    if !out.status.success() {
        bail!("{cmd:?} failed: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

impl PgServer {
    /// Makes a cluster with TLS, starts it on a free loopback port, and creates the office's
    /// user (password authentication) and database.
    pub fn start() -> Result<PgServer> {
        let bin = bin_dir()?;
        let dir = tempfile::Builder::new().prefix("fieldbook-pg").tempdir()?;
        let run_as = is_root().then_some("postgres");
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let server = PgServer { dir, bin, port, run_as };
        server.make_certificates()?;
        if let Some(user) = run_as {
            run(Command::new("chown").args(["-R", &format!("{user}:{user}")]).arg(server.dir.path()))?;
        }
        run(server
            .as_server(&server.bin.join("initdb"))
            .args(["--auth-local=trust", "--auth-host=scram-sha-256", "--username=postgres", "--encoding=UTF8"])
            .args(["--locale=C.UTF-8", "-D"])
            .arg(server.data()))?;
        let options = format!(
            "-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='{sock}' -c ssl=on \
             -c ssl_cert_file='{dir}/server.crt' -c ssl_key_file='{dir}/server.key' -c fsync=off \
             -c max_connections=20",
            sock = server.socket().display(),
            dir = server.dir.path().display(),
        );
        run(server
            .as_server(&server.bin.join("pg_ctl"))
            .args(["-D"])
            .arg(server.data())
            .args(["-l"])
            .arg(server.dir.path().join("server.log"))
            .args(["-o", &options, "-w", "start"]))?;
        // docs/federation.md, "For whoever runs the database".
        server.psql("postgres", "CREATE ROLE fieldbook_offices NOLOGIN")?;
        for user in [OFFICE_USER, SECOND_OFFICE_USER] {
            server.psql(
                "postgres",
                &format!(
                    "CREATE ROLE {user} LOGIN PASSWORD '{OFFICE_PASSWORD}' IN ROLE fieldbook_offices; \
                     ALTER ROLE {user} SET role = 'fieldbook_offices'"
                ),
            )?;
        }
        server.psql("postgres", &format!("CREATE DATABASE {DATABASE} OWNER fieldbook_offices"))?;
        Ok(server)
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// The folder of the superuser's Unix socket.
    pub fn socket(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }

    /// The certificate authority that signed the server's certificate.
    pub fn ca_file(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }

    fn as_server(&self, program: &Path) -> Command {
        match self.run_as {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(program);
                c
            }
            None => Command::new(program),
        }
    }

    /// A CA and a server certificate for `localhost` and 127.0.0.1, valid for two days.
    fn make_certificates(&self) -> Result<()> {
        let d = self.dir.path();
        let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
        run(Command::new("openssl").current_dir(d).args(["req", "-x509"]).args(ec).args([
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "2",
            "-subj",
            "/CN=Fieldbook test CA",
        ]))?;
        run(Command::new("openssl").current_dir(d).args(["req"]).args(ec).args([
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=localhost",
        ]))?;
        std::fs::write(d.join("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n")?;
        run(Command::new("openssl").current_dir(d).args([
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.crt",
            "-days",
            "2",
            "-extfile",
            "san.ext",
        ]))?;
        run(Command::new("chmod").args(["600"]).arg(d.join("server.key")))?;
        Ok(())
    }

    /// The connection string an office uses: TLS with the server's certificate checked.
    pub fn office_url(&self) -> String {
        self.url_as(OFFICE_USER)
    }

    /// [`PgServer::office_url`] for another database user.
    pub fn url_as(&self, user: &str) -> String {
        format!(
            "postgres://{user}@localhost:{}/{DATABASE}?sslmode=verify-full&sslrootcert={}",
            self.port,
            self.ca_file().display()
        )
    }

    /// Runs SQL as the superuser over the private socket; the output unaligned, tab-separated.
    pub fn psql(&self, database: &str, sql: &str) -> Result<String> {
        run(Command::new("psql")
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-A", "-t", "-F", "\t", "-U", "postgres", "-h"])
            .arg(self.socket())
            .args(["-p", &self.port.to_string(), "-d", database, "-c", sql]))
    }

    /// [`PgServer::psql`] on the federation database.
    pub fn query(&self, sql: &str) -> Result<String> {
        self.psql(DATABASE, sql)
    }

    /// The server's log, for a failure's message.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        let _ = self
            .as_server(&self.bin.join("pg_ctl"))
            .args(["-D"])
            .arg(self.data())
            .args(["-m", "immediate", "-w", "stop"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}
