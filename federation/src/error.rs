//! What can stop a publish, each with a stable `code` (catalogue key `error-<code>`, the same
//! codes core used when these lived there); anything else is core's error, passed through.

use fieldbook_core::i18n::Catalog;
use fieldbook_core::BoxError;

/// A publish that could not be made, or settings that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// What core reported (the store, the tier cut, a stop).
    #[error(transparent)]
    Core(#[from] fieldbook_core::Error),
    /// The organisation's database did not answer (wrong address, server down, no network).
    #[error("cannot reach the database at {server}: {source}")]
    Unreachable {
        /// `host:port` (or the socket folder).
        server: String,
        /// What the connection said.
        #[source]
        source: BoxError,
    },
    /// The database refused the user's password (or needs one and none was given).
    #[error("the database at {server} refused the password of user {user}: {source}")]
    Auth {
        /// `host:port`.
        server: String,
        /// The database user.
        user: String,
        /// What the server said.
        #[source]
        source: BoxError,
    },
    /// No secure connection: the server has no TLS, or its certificate is not the expected one.
    #[error("no secure connection to the database at {server}: {source}")]
    Tls {
        /// `host:port`.
        server: String,
        /// What TLS said.
        #[source]
        source: BoxError,
    },
    /// The database's Fieldbook tables were made by a newer Fieldbook.
    #[error("the database's Fieldbook tables are version {found}; this Fieldbook writes up to {supported}")]
    SchemaNewer {
        /// Version in the database.
        found: i64,
        /// Newest version this build writes.
        supported: i64,
    },
    /// Restricted data is never published.
    #[error("restricted data is never published: publish at share-back or internal")]
    Restricted,
    /// A connection string or schema name that cannot be used.
    #[error("invalid database settings: {0}")]
    Settings(String),
    /// The database refused a statement (permissions, a full disk, …): nothing was published.
    #[error("the database refused the publish: {source}")]
    Refused {
        /// What the server said.
        #[source]
        source: BoxError,
    },
}

/// A result of this crate.
pub type Result<T> = std::result::Result<T, Error>;

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Core(e.into())
    }
}

impl Error {
    /// The stable code the UI and CLI turn into a message.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Core(e) => e.root().code(),
            Error::Unreachable { .. } => "publish-unreachable",
            Error::Auth { .. } => "publish-auth",
            Error::Tls { .. } => "publish-tls",
            Error::SchemaNewer { .. } => "publish-schema-newer",
            Error::Restricted => "publish-restricted",
            Error::Settings(_) => "publish-settings",
            Error::Refused { .. } => "publish-refused",
        }
    }

    /// The named arguments of the localised message.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Error::Core(e) => e.root().args(),
            Error::Unreachable { server, .. } | Error::Tls { server, .. } => vec![("server", server.clone())],
            Error::Auth { server, user, .. } => vec![("server", server.clone()), ("user", user.clone())],
            Error::SchemaNewer { found, supported } => {
                vec![("found", found.to_string()), ("supported", supported.to_string())]
            }
            Error::Restricted | Error::Settings(_) | Error::Refused { .. } => vec![],
        }
    }

    /// What the localised message shows as `{ $detail }`: the cause in the server's words.
    pub fn detail(&self) -> String {
        match self {
            Error::Core(e) => e.detail(),
            Error::Settings(why) => why.clone(),
            Error::Unreachable { source, .. }
            | Error::Auth { source, .. }
            | Error::Tls { source, .. }
            | Error::Refused { source } => source.to_string(),
            other => other.to_string(),
        }
    }

    /// The localised, actionable message.
    pub fn localised(&self, cat: &Catalog) -> String {
        if let Error::Core(e) = self {
            return cat.error(e);
        }
        cat.error_message(self.code(), &self.detail(), &self.args())
    }
}
