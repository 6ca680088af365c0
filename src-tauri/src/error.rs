//! Errors as the webview receives them: core's stable code, the English detail and the
//! arguments its localised message needs, so the UI shows the catalogue's actionable message.

use fieldbook_core::Passphrase;
use serde::Serialize;
use std::collections::BTreeMap;

/// An error as the UI receives it: a stable code, the English detail, and the arguments its
/// localised message needs (`fingerprint`, `found`, `supported`, `script`, `font`), flattened.
#[derive(Debug, Serialize)]
pub struct CmdError {
    code: String,
    detail: String,
    min: usize,
    /// Which file, for errors about one of several bundles.
    file: Option<String>,
    #[serde(flatten)]
    args: BTreeMap<&'static str, String>,
}

impl CmdError {
    pub fn new(code: &str, detail: String) -> CmdError {
        CmdError { code: code.into(), detail, min: Passphrase::MIN_CHARS, file: None, args: BTreeMap::new() }
    }

    /// The stable code.
    pub fn code(&self) -> &str {
        &self.code
    }
}

impl From<fieldbook_core::Error> for CmdError {
    fn from(e: fieldbook_core::Error) -> Self {
        use fieldbook_core::Error as E;
        let root = e.root();
        let detail = e.detail();
        let mut err = CmdError::new(root.code(), detail);
        if let E::InFile { file, .. } = &e {
            err.file = Some(file.clone());
        }
        let args = root.args();
        err.args.extend(args);
        err
    }
}

pub type Res<T> = Result<T, CmdError>;

impl CmdError {
    /// An error of a crate built on core, by its code, detail and arguments.
    fn of(code: &str, detail: String, args: Vec<(&'static str, String)>) -> CmdError {
        let mut err = CmdError::new(code, detail);
        err.args.extend(args);
        err
    }
}

impl From<fieldbook_pdf::Error> for CmdError {
    fn from(e: fieldbook_pdf::Error) -> Self {
        match e {
            fieldbook_pdf::Error::Core(core) => core.into(),
            other => CmdError::of(other.code(), other.detail(), other.args()),
        }
    }
}

impl From<fieldbook_federation::Error> for CmdError {
    fn from(e: fieldbook_federation::Error) -> Self {
        match e {
            fieldbook_federation::Error::Core(core) => core.into(),
            other => CmdError::of(other.code(), other.detail(), other.args()),
        }
    }
}
