//! The connection to the organisation's PostgreSQL: a libpq-style connection string (URL or
//! `key=value`), TLS by OpenSSL with libpq's `sslmode` meanings, and the client's failures
//! turned into the core's errors that say what to fix.

use crate::error::{Error, Result};
use fieldbook_core::BoxError;
use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode, SslVersion};
use openssl::x509::store::X509StoreBuilder;
use openssl::x509::X509;
use postgres::config::{ChannelBinding, Host, SslMode};
use postgres::error::SqlState;
use postgres::{Client, Config};
use postgres_openssl::MakeTlsConnector;
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// How much the connection must prove, as libpq's `sslmode` (docs/federation.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tls {
    /// No TLS: only over a local socket or the loopback interface.
    Disable,
    /// Encrypted; the certificate is checked against `sslrootcert` only when one is given.
    Require,
    /// Encrypted, and the certificate is signed by a trusted authority.
    VerifyCa,
    /// As `VerifyCa`, and the certificate names the host.
    VerifyFull,
}

/// Where and how to connect, parsed from a connection string.
#[derive(Clone)]
pub struct Settings {
    config: Config,
    tls: Tls,
    root_cert: Option<String>,
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never the password.
        f.debug_struct("Settings").field("server", &self.server()).field("user", &self.user()).finish()
    }
}

/// Takes `sslmode` and `sslrootcert` out of a connection string (the client knows neither
/// `verify-ca`, `verify-full` nor root certificates), leaving the rest for it.
fn split_tls_params(url: &str) -> (String, Option<String>, Option<String>) {
    let (mut mode, mut root) = (None, None);
    let mut take = |key: &str, value: &str| match key {
        "sslmode" => {
            mode = Some(value.to_string());
            true
        }
        "sslrootcert" => {
            root = Some(value.to_string());
            true
        }
        _ => false,
    };
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let Some((base, query)) = url.split_once('?') else { return (url.to_string(), None, None) };
        let kept: Vec<&str> = query
            .split('&')
            .filter(|p| !p.is_empty())
            .filter(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                !take(k, &percent_decode(v))
            })
            .collect();
        let rest = if kept.is_empty() { base.to_string() } else { format!("{base}?{}", kept.join("&")) };
        (rest, mode, root)
    } else {
        // Whole `key = value` words, quotes and escapes kept as written, so that a quoted value
        // with spaces (a password, a path) reaches the client unchanged.
        let mut kept = vec![];
        for (start, end) in keyword_spans(url) {
            let word = &url[start..end];
            let (k, v) = word.split_once('=').unwrap_or((word, ""));
            if !take(k.trim(), &unquote(v.trim())) {
                kept.push(word);
            }
        }
        (kept.join(" "), mode, root)
    }
}

/// The spans of the `key=value` words of a libpq keyword string (spaces allowed around `=`, a
/// value in single quotes may hold spaces, `\` escapes a quote or a backslash).
fn keyword_spans(s: &str) -> Vec<(usize, usize)> {
    let bytes = s.as_bytes();
    let mut spans = vec![];
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        let start = i;
        while i < bytes.len() && bytes[i] != b'=' && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let quoted = i < bytes.len() && bytes[i] == b'\'';
            if quoted {
                i += 1;
            }
            while i < bytes.len() {
                match bytes[i] {
                    b'\\' => i += 2,
                    b'\'' if quoted => {
                        i += 1;
                        break;
                    }
                    b if !quoted && b.is_ascii_whitespace() => break,
                    _ => i += 1,
                }
            }
        }
        spans.push((start, i.min(bytes.len())));
    }
    spans
}

/// A keyword value without its quotes and escapes.
fn unquote(v: &str) -> String {
    let inner = v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')).unwrap_or(v);
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        out.push(if c == '\\' { chars.next().unwrap_or(c) } else { c });
    }
    out
}

/// `%2F` and friends in a URL's query (a certificate's path).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Settings {
    /// Parses a connection string: `postgres://user@host:5432/db?sslmode=verify-full&
    /// sslrootcert=/path/ca.pem`, or `host=… user=… dbname=… sslmode=…`. Without `sslmode`, TLS
    /// is required unless the server is a local socket or on this machine.
    pub fn parse(url: &str) -> Result<Settings> {
        let (rest, mode, root_cert) = split_tls_params(url.trim());
        let config = Config::from_str(&rest).map_err(|e| Error::Settings(e.to_string()))?;
        // `hostaddr`, when given, is where the client connects, whatever `host` says.
        let loopback_names = config.get_hosts().iter().all(|h| match h {
            Host::Tcp(name) => matches!(name.as_str(), "localhost" | "127.0.0.1" | "::1"),
            #[cfg(unix)]
            Host::Unix(_) => true,
        });
        let local = loopback_names && config.get_hostaddrs().iter().all(|a| a.is_loopback());
        let tls = match mode.as_deref() {
            None if local => Tls::Disable,
            None | Some("verify-full") => Tls::VerifyFull,
            Some("require") => Tls::Require,
            Some("verify-ca") if root_cert.is_some() => Tls::VerifyCa,
            Some("verify-ca") => return Err(Error::Settings(
                "sslmode=verify-ca needs sslrootcert: the certificate authority that signed the server's certificate"
                    .into(),
            )),
            Some("disable" | "allow" | "prefer") if local => Tls::Disable,
            Some("disable" | "allow" | "prefer") => {
                return Err(Error::Settings(
                    "sslmode must be require, verify-ca or verify-full for a server on another machine: \
                     what is published would cross the network unencrypted"
                        .into(),
                ))
            }
            Some(other) => return Err(Error::Settings(format!("unknown sslmode {other:?}"))),
        };
        if config.get_hosts().is_empty() {
            return Err(Error::Settings("the connection string names no host".into()));
        }
        Ok(Settings { config, tls, root_cert })
    }

    /// `host:port` of the first host, for messages.
    pub fn server(&self) -> String {
        let host = match self.config.get_hosts().first() {
            Some(Host::Tcp(h)) => h.clone(),
            #[cfg(unix)]
            Some(Host::Unix(p)) => p.display().to_string(),
            None => String::new(),
        };
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        format!("{host}:{port}")
    }

    /// The database user (the OS user's name when the string names none, as libpq does).
    pub fn user(&self) -> String {
        self.config.get_user().map(str::to_string).unwrap_or_default()
    }

    /// Whether the connection string carries a password itself.
    pub fn has_password(&self) -> bool {
        self.config.get_password().is_some()
    }

    /// Sets the password (typed at a prompt, or from `PGPASSWORD`).
    pub fn set_password(&mut self, password: &str) {
        self.config.password(password);
    }

    fn connector(&self) -> Result<MakeTlsConnector> {
        let tls_error = |e: openssl::error::ErrorStack| Error::Tls { server: self.server(), source: e.into() };
        let mut builder = SslConnector::builder(SslMethod::tls()).map_err(tls_error)?;
        builder.set_min_proto_version(Some(SslVersion::TLS1_2)).map_err(tls_error)?;
        if let Some(root) = &self.root_cert {
            // Only the organisation's authority, as libpq: not every authority the system trusts,
            // any of which would vouch for an impostor's certificate under `verify-ca`.
            let unreadable = |e: &dyn fmt::Display| {
                Error::Settings(format!("the certificate authority file {root} cannot be read: {e}"))
            };
            let pem = std::fs::read(root).map_err(|e| unreadable(&e))?;
            let certs = X509::stack_from_pem(&pem).map_err(|e| unreadable(&e))?;
            if certs.is_empty() {
                return Err(unreadable(&"no certificate in it"));
            }
            let mut store = X509StoreBuilder::new().map_err(tls_error)?;
            for cert in certs {
                store.add_cert(cert).map_err(tls_error)?;
            }
            builder.set_cert_store(store.build());
        }
        if self.tls == Tls::Require && self.root_cert.is_none() {
            builder.set_verify(SslVerifyMode::NONE);
        }
        let mut connector = MakeTlsConnector::new(builder.build());
        let check_name = self.tls == Tls::VerifyFull;
        connector.set_callback(move |config, _| {
            config.set_verify_hostname(check_name);
            Ok(())
        });
        Ok(connector)
    }

    /// Connects, with TLS as asked, within 15 seconds.
    pub fn connect(&self) -> Result<Client> {
        let mut config = self.config.clone();
        config.application_name("fieldbook");
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(15));
        }
        config.ssl_mode(if self.tls == Tls::Disable { SslMode::Disable } else { SslMode::Require });
        if self.tls == Tls::Require && self.root_cert.is_none() {
            // The server is not authenticated: at least never hand the password to an impostor
            // (SCRAM bound to this TLS channel, never a password in clear or MD5).
            config.channel_binding(ChannelBinding::Require);
        }
        // A network that goes silent ends the publish within a minute or two instead of the
        // system's two hours (the user timeout, for data sent and never acknowledged, is Linux's
        // only; elsewhere keepalives cover an idle connection and a Stop cancels on the server).
        config.keepalives_idle(Duration::from_secs(30));
        config.keepalives_interval(Duration::from_secs(10));
        config.keepalives_retries(3);
        config.tcp_user_timeout(Duration::from_secs(60));
        if config.get_user().is_none() {
            let user = std::env::var("PGUSER").or_else(|_| std::env::var("USER")).unwrap_or_default();
            config.user(&user);
        }
        let user = config.get_user().unwrap_or_default().to_string();
        config.connect(self.connector()?).map_err(|e| connect_error(e, &self.server(), &user))
    }
}

impl Settings {
    /// Asks the server to stop what `client`'s session is running (a person's Stop, or the app
    /// locking), over a connection of its own with the same TLS.
    pub fn cancel(&self, token: &postgres::CancelToken) {
        if let Ok(tls) = self.connector() {
            let _ = token.cancel_query(tls);
        }
    }
}

/// A PostgreSQL client error whose message includes what the server said (the client's own
/// `Display` of a server error is only "db error").
#[derive(Debug)]
pub struct PgError(pub postgres::Error);

impl fmt::Display for PgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.as_db_error() {
            Some(db) => {
                write!(f, "{}", db.message())?;
                if let Some(detail) = db.detail() {
                    write!(f, " ({detail})")?;
                }
                if let Some(hint) = db.hint() {
                    write!(f, " {hint}")?;
                }
                Ok(())
            }
            None => {
                write!(f, "{}", self.0)?;
                let mut source = std::error::Error::source(&self.0);
                while let Some(s) = source {
                    write!(f, ": {s}")?;
                    source = s.source();
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for PgError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

fn boxed(e: postgres::Error) -> BoxError {
    Box::new(PgError(e))
}

/// A failed connection, by what the person must fix: the password, TLS, or the address.
fn connect_error(e: postgres::Error, server: &str, user: &str) -> Error {
    let (server, user) = (server.to_string(), user.to_string());
    let auth = [SqlState::INVALID_PASSWORD, SqlState::INVALID_AUTHORIZATION_SPECIFICATION];
    if e.code().is_some_and(|c| auth.contains(c)) {
        return Error::Auth { server, user, source: boxed(e) };
    }
    if e.as_db_error().is_some() {
        return Error::Refused { source: boxed(e) };
    }
    // The client's error kinds are private; its messages for these two are stable.
    let text = e.to_string();
    let mut tls = text.contains("TLS");
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        tls |= s.is::<openssl::ssl::Error>() || s.is::<openssl::error::ErrorStack>();
        source = s.source();
    }
    if text.contains("password missing") {
        Error::Auth { server, user, source: boxed(e) }
    } else if tls {
        Error::Tls { server, source: boxed(e) }
    } else {
        Error::Unreachable { server, source: boxed(e) }
    }
}

/// A statement that failed once connected: the server refused it (nothing is published, the
/// transaction rolls back).
pub fn refused(e: postgres::Error) -> Error {
    Error::Refused { source: boxed(e) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_parameters_are_taken_out_of_both_forms() {
        let (rest, mode, root) = split_tls_params(
            "postgres://u@db.example.org:6432/fb?sslmode=verify-full&sslrootcert=%2Ftmp%2Fca.pem&connect_timeout=5",
        );
        assert_eq!(rest, "postgres://u@db.example.org:6432/fb?connect_timeout=5");
        assert_eq!(mode.as_deref(), Some("verify-full"));
        assert_eq!(root.as_deref(), Some("/tmp/ca.pem"));
        let (rest, mode, root) = split_tls_params("host=db.example.org user=u sslmode=require dbname=fb");
        assert_eq!(rest, "host=db.example.org user=u dbname=fb");
        assert_eq!(mode.as_deref(), Some("require"));
        assert_eq!(root, None);
        // Quoted values keep their spaces; the TLS words are found whatever the spacing.
        let (rest, mode, root) =
            split_tls_params("host = db password='a b=c' sslrootcert = '/x y/ca.pem' sslmode=verify-full");
        assert_eq!(rest, "host = db password='a b=c'");
        assert_eq!(mode.as_deref(), Some("verify-full"));
        assert_eq!(root.as_deref(), Some("/x y/ca.pem"));
    }

    #[test]
    fn a_remote_server_without_tls_is_refused_and_a_local_one_is_not() {
        let code = |url: &str| Settings::parse(url).err().map(|e| e.code());
        assert_eq!(code("postgres://u@db.example.org/fb?sslmode=disable"), Some("publish-settings"));
        assert_eq!(Settings::parse("postgres://u@db.example.org/fb").map(|s| s.tls).ok(), Some(Tls::VerifyFull));
        assert_eq!(
            Settings::parse("postgres://u@db.example.org/fb?sslmode=require").map(|s| s.tls).ok(),
            Some(Tls::Require)
        );
        // `hostaddr` is where the client goes: a loopback name does not make it local.
        assert_eq!(code("postgres://u@localhost/fb?hostaddr=203.0.113.5&sslmode=disable"), Some("publish-settings"));
        assert_eq!(
            Settings::parse("host=localhost hostaddr=203.0.113.5 user=u").map(|s| s.tls).ok(),
            Some(Tls::VerifyFull)
        );
        assert_eq!(code("postgres://u@db.example.org/fb?sslmode=verify-ca"), Some("publish-settings"));
        assert_eq!(Settings::parse("postgres://u@127.0.0.1/fb").map(|s| s.tls).ok(), Some(Tls::Disable));
        assert_eq!(
            Settings::parse("postgres://u@127.0.0.1/fb?sslmode=verify-ca&sslrootcert=ca.pem").map(|s| s.tls).ok(),
            Some(Tls::VerifyCa)
        );
        assert_eq!(code("postgres://u@h/fb?sslmode=sometimes"), Some("publish-settings"));
        assert_eq!(code("not a url at all ==="), Some("publish-settings"));
    }

    #[test]
    fn the_password_never_shows_in_debug_output() {
        let s = Settings::parse("postgres://u:hunter2secret@db.example.org/fb").unwrap_or_else(|e| panic!("{e}"));
        assert!(!format!("{s:?}").contains("hunter2secret"));
        assert!(s.has_password());
    }
}
