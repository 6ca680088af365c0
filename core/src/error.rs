//! Errors of the core, each with a stable `code` the UI and CLI turn into a localised,
//! actionable message (the catalogue key is `error-<code>`).

/// Everything that can go wrong in the store and its write path.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The passphrase does not open this store.
    #[error("wrong passphrase: this store was created with a different passphrase")]
    WrongPassphrase,
    /// A new passphrase is too weak to protect the data.
    #[error("passphrase too short: use at least {min} characters (a few words are easiest)")]
    WeakPassphrase {
        /// Minimum length in characters.
        min: usize,
    },
    /// No store exists yet in the data folder.
    #[error("no Fieldbook store in {0}: create one first (`fieldbook-cli init`)")]
    NoStore(String),
    /// A store already exists where a new one was asked for.
    #[error("a Fieldbook store already exists in {0}")]
    StoreExists(String),
    /// The file is not a Fieldbook store (or is damaged beyond what SQLCipher can open).
    #[error("{0} is not a Fieldbook store, or it is damaged")]
    NotAStore(String),
    /// The SQLite library was built without encryption: refuse rather than store plaintext.
    #[error("this build of SQLite has no encryption (SQLCipher missing); refusing to store data")]
    NoEncryption,
    /// A record that was asked for does not exist (or was deleted).
    #[error("no {entity} with id {id}")]
    NotFound {
        /// Record kind.
        entity: String,
        /// Record id.
        id: String,
    },
    /// A field name that this record kind does not have.
    #[error("{entity} has no field named {field}")]
    UnknownField {
        /// Record kind.
        entity: String,
        /// Field name.
        field: String,
    },
    /// A value of the wrong kind for a field.
    #[error("invalid value for {entity}.{field}: {reason}")]
    InvalidValue {
        /// Record kind.
        entity: String,
        /// Field name.
        field: String,
        /// What was expected.
        reason: String,
    },
    /// A JSON document (e.g. for `sessions put`) that does not have the expected shape.
    #[error("invalid document: {0}")]
    InvalidDocument(String),
    /// The disk is full: nothing was written; free some space and try again.
    #[error("the disk is full: nothing was saved; free some space and try again")]
    DiskFull,
    /// Reading or writing a file failed.
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    /// Any other database failure.
    #[error("database error: {0}")]
    Db(rusqlite::Error),
    /// The schema could not be brought up to date.
    #[error("could not update the database schema: {0}")]
    Migration(String),
}

impl Error {
    /// A stable, machine-readable code (kebab-case), also the localisation key suffix.
    pub fn code(&self) -> &'static str {
        match self {
            Error::WrongPassphrase => "wrong-passphrase",
            Error::WeakPassphrase { .. } => "weak-passphrase",
            Error::NoStore(_) => "no-store",
            Error::StoreExists(_) => "store-exists",
            Error::NotAStore(_) => "not-a-store",
            Error::NoEncryption => "no-encryption",
            Error::NotFound { .. } => "not-found",
            Error::UnknownField { .. } => "unknown-field",
            Error::InvalidValue { .. } => "invalid-value",
            Error::InvalidDocument(_) => "invalid-document",
            Error::DiskFull => "disk-full",
            Error::Io(_) => "io",
            Error::Db(_) => "database",
            Error::Migration(_) => "migration",
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        match e.sqlite_error_code() {
            Some(C::DiskFull) => Error::DiskFull,
            Some(C::NotADatabase) => Error::WrongPassphrase,
            _ => Error::Db(e),
        }
    }
}

/// Result with the core's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
