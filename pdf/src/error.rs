//! What can stop a PDF, each with a stable `code` (catalogue key `error-<code>`, the same codes
//! core used when this lived there); anything else is core's error, passed through.

use fieldbook_core::i18n::Catalog;

/// A PDF that could not be made.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// What core reported (the summary, the store, writing the file).
    #[error(transparent)]
    Core(#[from] fieldbook_core::Error),
    /// Text in a script whose font is not installed, so a summary cannot show it.
    #[error(
        "no font for {script} text: {font} is not installed (on Debian or Ubuntu: sudo apt install fonts-noto-core)"
    )]
    FontMissing {
        /// The writing system (`Khmer`, `Devanagari`, `Arabic`…).
        script: String,
        /// The font file that was looked for.
        font: String,
    },
    /// Characters no installed font can show (listed as U+XXXX), which would print as boxes.
    #[error("no installed font can show {0}")]
    NoFontFor(String),
    /// Laying out or writing the PDF failed.
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
}

/// A result of this crate.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// The stable code the UI and CLI turn into a message.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Core(e) => e.root().code(),
            Error::FontMissing { .. } => "font-missing",
            Error::NoFontFor(_) => "no-font-for",
            Error::Pdf(_) => "pdf",
        }
    }

    /// The named arguments of the localised message.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Error::Core(e) => e.root().args(),
            Error::FontMissing { script, font } => vec![("script", script.clone()), ("font", font.clone())],
            Error::NoFontFor(_) | Error::Pdf(_) => vec![],
        }
    }

    /// What the localised message shows as `{ $detail }`.
    pub fn detail(&self) -> String {
        match self {
            Error::Core(e) => e.detail(),
            Error::NoFontFor(why) | Error::Pdf(why) => why.clone(),
            Error::FontMissing { .. } => self.to_string(),
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
