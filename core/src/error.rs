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
    /// A file larger than the notebook accepts for one attachment.
    #[error("{name} is {mb} MB; attachments may be at most {limit_mb} MB (the limit is on the Security screen)")]
    MediaTooLarge {
        /// The file's name.
        name: String,
        /// Its size, in MiB.
        mb: u64,
        /// The limit, in MiB.
        limit_mb: u64,
    },
    /// A file whose bytes are not what its name says (a `.jpg` that is a program, say).
    #[error("{name} is named as {claimed} but its contents are {found}: nothing was attached")]
    MediaMismatch {
        /// The file's name.
        name: String,
        /// What its extension claims.
        claimed: String,
        /// What its bytes are.
        found: String,
    },
    /// A kind of file Fieldbook does not keep (or not yet in this form: HEIC photos).
    #[error("{name} is not a photo, recording or PDF Fieldbook can keep (JPEG, PNG, WebP, MP3, M4A, Ogg, Opus, WAV, FLAC, WebM, PDF)")]
    MediaUnsupported {
        /// The file's name.
        name: String,
    },
    /// A photo, recording or PDF that cannot be read: cut short or damaged.
    #[error("{name} cannot be read ({reason}): copy it again from the camera or recorder")]
    MediaDamaged {
        /// The file's name.
        name: String,
        /// What is wrong.
        reason: String,
    },
    /// The description of an attachment arrived, its bytes not (yet).
    #[error("the file {name} has not reached this device yet: it comes with a bundle that carries media")]
    MediaMissing {
        /// The file's name.
        name: String,
    },
    /// The disk is full: nothing was written; free some space and try again.
    #[error("the disk is full: nothing was saved; free some space and try again")]
    DiskFull,
    /// Reading or writing a file failed.
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    /// Any other database failure.
    #[error("database error: {0}")]
    Db(rusqlite::Error),
    /// A bundle could not be made.
    #[error("could not make the bundle: {0}")]
    Bundle(String),
    /// Not an `age1…` recipient.
    #[error("{0:?} is not an age recipient (it should start with age1)")]
    BadRecipient(String),
    /// Nobody to encrypt a bundle to.
    #[error("no recipient: add the country office's age1… recipient first, or use a passphrase")]
    NoRecipients,
    /// Not an age file, or not a Fieldbook bundle inside.
    #[error("this file is not a Fieldbook bundle")]
    NotABundle,
    /// Encrypted to someone else.
    #[error("this bundle was not encrypted to this device")]
    BundleWrongKey,
    /// A passphrase bundle opened with the wrong passphrase.
    #[error("the passphrase does not open this bundle")]
    BundleWrongPassphrase,
    /// A passphrase bundle opened without a passphrase.
    #[error("this bundle is protected by a passphrase")]
    BundleNeedsPassphrase,
    /// Truncated, altered, or inconsistent.
    #[error("the bundle is damaged or was altered: {0}")]
    BundleDamaged(String),
    /// The signature does not match the manifest.
    #[error("the bundle's signature is not valid")]
    BundleBadSignature,
    /// Signed by a device this store does not trust yet.
    #[error("the bundle comes from an unknown device {fingerprint} (device {device})")]
    BundleUnknownSigner {
        /// Fingerprint to compare and trust.
        fingerprint: String,
        /// Device id claimed in the manifest.
        device: String,
    },
    /// A file larger than any bundle, refused before it is read.
    #[error("the file is {mb} MB, larger than any bundle ({limit_mb} MB at most)")]
    BundleTooLarge {
        /// Its size, in MiB.
        mb: u64,
        /// The limit, in MiB.
        limit_mb: u64,
    },
    /// Signed by a key that claims a device id that is not its own.
    #[error("the bundle is signed by {fingerprint} but claims to come from device {claimed}")]
    BundleWrongDevice {
        /// The signer's fingerprint.
        fingerprint: String,
        /// The device id the manifest claims.
        claimed: String,
        /// The device id the key was first seen with (empty when the claimed id is another
        /// key's, or this device's).
        known: String,
    },
    /// This device's clock reads far before a time it already read: it was set back.
    #[error("this device's clock reads {now}, but it already read {seen}")]
    ClockSetBack {
        /// What the clock reads (a date).
        now: String,
        /// The latest date it read before.
        seen: String,
    },
    /// Made by a newer Fieldbook.
    #[error("the bundle uses format version {found}; this Fieldbook reads up to {supported}")]
    BundleFutureVersion {
        /// Version in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// Not a fingerprint.
    #[error("{0:?} is not a device fingerprint (16 letters and digits, like ABCD-EFGH-IJKL-MNOP)")]
    BadFingerprint(String),
    /// A file that cannot be read.
    #[error("cannot read {path}: {reason}")]
    File {
        /// The path.
        path: String,
        /// Why.
        reason: String,
    },
    /// An error about one file of several.
    #[error("{file}: {source}")]
    InFile {
        /// File name.
        file: String,
        /// What went wrong with it.
        source: Box<Error>,
    },
    /// The last check before an output left found a restricted name in it: the output is
    /// stopped whole. Names the record and field, never the name.
    #[error("{entity} {record}, field {field}, names someone at risk: nothing was written; mark the name or change the text, then try again")]
    NameGate {
        /// Record kind.
        entity: String,
        /// Record id.
        record: String,
        /// The field whose text names them.
        field: String,
    },
    /// A bundle made by a device that had not yet applied a withdrawal of consent whose name
    /// this install has forgotten: nothing here could find the name in it, so nothing of it is
    /// merged (docs/threat-model.md, "Erased names").
    #[error("this bundle was made before its device applied a withdrawal of consent, and this device no longer keeps what it would need to remove the name from it: nothing was imported; send that device a bundle from here and, once it has opened it, import a complete bundle made there")]
    WithdrawalNotApplied,
    /// A summary asked for an audience below the session's own tier.
    #[error("this session is marked {0}: only a version for that tier can be made")]
    AboveTier(String),
    /// Recovery shares asked for in an impossible way.
    #[error(
        "cannot split into {shares} shares with {threshold} needed: use at least 2 needed, and no more than the shares"
    )]
    RecoveryParams {
        /// Shares asked for.
        shares: u8,
        /// Shares needed to restore.
        threshold: u8,
    },
    /// A recovery share that cannot be used.
    #[error("recovery share: {0}")]
    RecoveryShare(String),
    /// Fewer shares than the recovery key needs.
    #[error("{have} recovery share(s) given, {need} needed: ask another custodian for theirs")]
    RecoveryNotEnough {
        /// Distinct shares given.
        have: usize,
        /// Shares needed.
        need: usize,
    },
    /// A participant withdrew consent to what a write would record again (their name, their
    /// quotes).
    #[error("this participant withdrew consent: {what} cannot be recorded again")]
    ConsentWithdrawn {
        /// What the withdrawal covers that the write touched (`name`, `quote`).
        what: String,
    },
    /// No profile with this label in the data folder.
    #[error("no profile named {name}: `profiles list` shows them, `profiles add` makes one")]
    NoProfile {
        /// The label asked for.
        name: String,
    },
    /// A profile with this label already exists.
    #[error("a profile named {name} already exists")]
    ProfileExists {
        /// The label.
        name: String,
    },
    /// A label that cannot be used.
    #[error("a profile's label must be 1 to {max} characters, without control characters")]
    ProfileName {
        /// The longest label.
        max: usize,
    },
    /// A sign-in sheet that cannot be read.
    #[error("cannot read the sheet {file}: {reason}")]
    Sheet {
        /// The file.
        file: String,
        /// Why.
        reason: String,
    },
    /// Rows of a sign-in sheet with problems: nothing was imported.
    #[error("rows {rows} of the sheet have problems: nothing was imported")]
    SheetRows {
        /// The row numbers, as the sheet shows them.
        rows: String,
    },
    /// A withdrawal of consent is kept as it was recorded: it is never edited or removed.
    #[error("a withdrawal of consent cannot be changed or removed")]
    WithdrawalFixed,
    /// The schema could not be brought up to date.
    #[error("could not update the database schema: {0}")]
    Migration(String),
    /// The store was saved by a newer Fieldbook, whose data this build cannot read.
    #[error("the data was saved by a newer version of Fieldbook")]
    StoreTooNew,
    /// Another Fieldbook process is importing into this store (it holds the edits journal).
    #[error("another Fieldbook window is importing into this store")]
    InUse,
    /// The person stopped a long operation; its transaction was rolled back.
    #[error("cancelled: nothing was changed")]
    Cancelled,
    /// No store is open (the app is locked): `shared::Shared` has none to give.
    #[error("Fieldbook is locked")]
    Locked,
    /// An operation on the shared store stopped unexpectedly (a panic, caught); its transaction
    /// rolled back as the stack unwound.
    #[error("the operation stopped unexpectedly; nothing was changed")]
    Interrupted,
    /// Edits typed during the last import could not be written into the store yet (the disk is
    /// full or busy): a later write waits, so that it does not go in before them.
    #[error("edits typed during the last import are not in the store yet; this change waits")]
    EditsWaiting,
}

/// An error from a library outside the core (the PostgreSQL client), kept as the source.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

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
            Error::MediaTooLarge { .. } => "media-too-large",
            Error::MediaMismatch { .. } => "media-not-what-it-says",
            Error::MediaUnsupported { .. } => "media-unsupported",
            Error::MediaDamaged { .. } => "media-damaged",
            Error::MediaMissing { .. } => "media-missing",
            Error::Io(_) => "io",
            Error::Db(_) => "database",
            Error::Migration(_) => "migration",
            Error::ConsentWithdrawn { .. } => "consent-withdrawn",
            Error::WithdrawalFixed => "withdrawal-fixed",
            Error::Sheet { .. } => "sheet",
            Error::NoProfile { .. } => "no-profile",
            Error::ProfileExists { .. } => "profile-exists",
            Error::ProfileName { .. } => "profile-name",
            Error::SheetRows { .. } => "sheet-rows",
            Error::StoreTooNew => "store-too-new",
            Error::Cancelled => "cancelled",
            Error::Locked => "locked",
            Error::Interrupted => "internal",
            Error::EditsWaiting => "edits-waiting",
            Error::InUse => "in-use",
            Error::Bundle(_) => "bundle",
            Error::BadRecipient(_) => "bad-recipient",
            Error::NoRecipients => "no-recipients",
            Error::NotABundle => "not-a-bundle",
            Error::BundleWrongKey => "bundle-wrong-key",
            Error::BundleWrongPassphrase => "bundle-wrong-passphrase",
            Error::BundleNeedsPassphrase => "bundle-needs-passphrase",
            Error::BundleDamaged(_) => "bundle-damaged",
            Error::BundleBadSignature => "bundle-bad-signature",
            Error::BundleUnknownSigner { .. } => "bundle-unknown-signer",
            Error::BundleFutureVersion { .. } => "bundle-future-version",
            Error::BundleWrongDevice { .. } => "bundle-wrong-device",
            Error::BundleTooLarge { .. } => "bundle-too-large",
            Error::ClockSetBack { .. } => "clock-set-back",
            Error::BadFingerprint(_) => "bad-fingerprint",
            Error::File { .. } => "file",
            Error::AboveTier(_) => "above-tier",
            Error::NameGate { .. } => "name-gate",
            Error::WithdrawalNotApplied => "withdrawal-not-applied",
            Error::RecoveryParams { .. } => "recovery-params",
            Error::RecoveryShare(_) => "recovery-share",
            Error::RecoveryNotEnough { .. } => "recovery-not-enough",
            Error::InFile { source, .. } => source.code(),
        }
    }

    /// The values its localised message names (`error-<code>` in the catalogues), the same for
    /// the CLI and the UI.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self.root() {
            Error::BundleUnknownSigner { fingerprint, .. } => vec![("fingerprint", fingerprint.clone())],
            Error::BundleFutureVersion { found, supported } => {
                vec![("found", found.to_string()), ("supported", supported.to_string())]
            }
            Error::BundleWrongDevice { fingerprint, claimed, .. } => {
                vec![("fingerprint", fingerprint.clone()), ("claimed", claimed.clone())]
            }
            Error::ClockSetBack { now, seen } => vec![("now", now.clone()), ("seen", seen.clone())],
            Error::NameGate { entity, record, field } => {
                vec![("entity", entity.clone()), ("record", record.clone()), ("field", field.clone())]
            }
            Error::BundleTooLarge { mb, limit_mb } => vec![("mb", mb.to_string()), ("limit", limit_mb.to_string())],
            Error::MediaTooLarge { name, mb, limit_mb } => {
                vec![("name", name.clone()), ("mb", mb.to_string()), ("limit", limit_mb.to_string())]
            }
            Error::MediaMismatch { name, claimed, found } => {
                vec![("name", name.clone()), ("claimed", claimed.clone()), ("found", found.clone())]
            }
            Error::MediaUnsupported { name } | Error::MediaMissing { name } => vec![("name", name.clone())],
            Error::ConsentWithdrawn { what } => vec![("what", what.clone())],
            Error::Sheet { file, reason } => vec![("file", file.clone()), ("reason", reason.clone())],
            Error::SheetRows { rows } => vec![("rows", rows.clone())],
            Error::NoProfile { name } | Error::ProfileExists { name } => vec![("name", name.clone())],
            Error::ProfileName { max } => vec![("max", max.to_string())],
            Error::MediaDamaged { name, reason } => vec![("name", name.clone()), ("reason", reason.clone())],
            Error::RecoveryNotEnough { have, need } => vec![("have", have.to_string()), ("need", need.to_string())],
            Error::RecoveryParams { shares, threshold } => {
                vec![("have", shares.to_string()), ("need", threshold.to_string())]
            }
            _ => vec![],
        }
    }

    /// What the localised message shows as `{ $detail }`: the cause in the words of whoever
    /// reported it (the bundle check, the database server…), else the whole message.
    pub fn detail(&self) -> String {
        match self.root() {
            Error::BundleDamaged(why) | Error::RecoveryShare(why) | Error::AboveTier(why) => why.clone(),
            other => other.to_string(),
        }
    }

    /// Names the file an error is about (imports of several files).
    pub fn in_file(self, file: &str) -> Error {
        Error::InFile { file: file.into(), source: Box::new(self) }
    }

    /// The error itself, without the file it is about.
    pub fn root(&self) -> &Error {
        match self {
            Error::InFile { source, .. } => source.root(),
            other => other,
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

impl From<rusqlite::types::FromSqlError> for Error {
    fn from(e: rusqlite::types::FromSqlError) -> Self {
        Error::Db(rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Null, Box::new(e)))
    }
}

/// Result with the core's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
