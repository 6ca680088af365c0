//! Session summaries handed back to the movement (and kept in the office file): one redacted,
//! fully worded model that both the app's print view and the PDF (`fieldbook-pdf`) render, so
//! what may be shown to whom is decided once, here, and never by a template.

mod build;
mod redact;
#[cfg(test)]
mod tests;

pub use build::{gate_summary, summarise};

use serde::{Deserialize, Serialize};

/// Who a summary is for; it decides what is left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The people who took part: share-back content only; nobody named who did not consent or
    /// is at risk, quotes only with consent, no internal notes, no risk details.
    Participants,
    /// Organisation staff: share-back and internal content (notes, consents, pseudonyms, risks
    /// someone lowered to internal), with the at-risk markers visible; restricted content is not.
    Internal,
    /// Staff cleared for restricted content: everything, including risks and who is at risk.
    Restricted,
}

impl Audience {
    /// Parses `participants`, `internal` or `restricted`.
    pub fn parse(s: &str) -> Option<Audience> {
        match s {
            "participants" => Some(Audience::Participants),
            "internal" => Some(Audience::Internal),
            "restricted" => Some(Audience::Restricted),
            _ => None,
        }
    }

    /// The code used on the command line and in the UI.
    pub fn code(self) -> &'static str {
        match self {
            Audience::Participants => "participants",
            Audience::Internal => "internal",
            Audience::Restricted => "restricted",
        }
    }

    /// The most sensitive tier this audience may see.
    pub fn tier(self) -> crate::tier::Tier {
        match self {
            Audience::Participants => crate::tier::Tier::ShareBack,
            Audience::Internal => crate::tier::Tier::Internal,
            Audience::Restricted => crate::tier::Tier::Restricted,
        }
    }
}

/// Paper size for printing and PDFs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    /// ISO A4 (210 × 297 mm), used almost everywhere.
    #[default]
    A4,
    /// US Letter (8.5 × 11 in).
    Letter,
}

impl Paper {
    /// Parses `a4` or `letter`.
    pub fn parse(s: &str) -> Option<Paper> {
        match s.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" => Some(Paper::Letter),
            _ => None,
        }
    }
}

/// A session summary, worded in one language and already redacted for its audience.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Summary {
    /// The session this summarises.
    pub session_id: String,
    /// Who it is for.
    pub audience: Audience,
    /// Language of the labels (the content is what was typed).
    pub lang: String,
    /// Short code printed on every page, to match a paper copy to the record
    /// (see [`Summary::code`]).
    pub code: String,
    /// The session title.
    pub title: String,
    /// Date and time, as printed in the page header.
    pub when: String,
    /// A line at the top saying who this version is for.
    pub banner: String,
    /// Label/value pairs under the title (date, place, movements, next check-in…).
    pub facts: Vec<Fact>,
    /// The body, in reading order.
    pub sections: Vec<Section>,
    /// Page footer label with `{page}` and `{pages}` placeholders, filled in at layout time.
    pub page_label: String,
    /// "Verification code …", for the page footer.
    pub code_label: String,
    /// The heading over the photos.
    pub pictures_heading: String,
    /// Photos chosen to be printed (a flipchart, a dot-vote board), within the audience's tier.
    pub pictures: Vec<Picture>,
    /// Says how many photos chosen for this audience could not be printed (too large to shrink
    /// within the memory a summary may take) and what to do; empty when none.
    pub pictures_left_out: String,
}

/// A photo printed in a summary.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Picture {
    /// The attachment (the print preview shows it from there).
    pub attachment_id: String,
    /// SHA-256 of the bytes printed (part of the verification code).
    pub sha256: String,
    /// Its caption, named as this audience may see names.
    pub caption: String,
    /// Where the PDF's layout finds it.
    pub path: String,
    /// The stored bytes.
    #[serde(skip)]
    pub bytes: Vec<u8>,
}

/// One label/value line.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Fact {
    /// What it is ("Place").
    pub label: String,
    /// Its value.
    pub value: String,
}

/// A headed part of the summary.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Section {
    /// Stable name (`participants`, `heard`, `priorities`, `support`, `risks`, `notes`), for styling
    /// and tests.
    pub kind: &'static str,
    /// The heading.
    pub heading: String,
    /// A line under the heading (e.g. how many took part), or empty.
    pub lead: String,
    /// The entries.
    pub items: Vec<Item>,
    /// What to print when there are no entries.
    pub empty: String,
}

/// One entry of a section: a question and what was said, a priority, a piece of support…
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Item {
    /// Bold first line.
    pub title: String,
    /// A warning marker next to the title (internal version: "at risk"), or empty.
    pub marker: String,
    /// Running text.
    pub body: String,
    /// Quotes, each with who said it.
    pub quotes: Vec<Quote>,
    /// Small print under the entry (role, owner, due date, votes…).
    pub meta: Vec<String>,
    /// The record it was made from, for the egress gate's message (not printed).
    #[serde(skip)]
    pub id: String,
}

/// A quote and its attribution.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Quote {
    /// What was said.
    pub text: String,
    /// Who said it, as they may be named for this audience, or empty.
    pub by: String,
    /// Internal version only: a note such as "no consent to quote".
    pub note: String,
}

impl Summary {
    /// Every text a reader will see, for font checks and redaction tests.
    pub fn texts(&self) -> Vec<&str> {
        let mut out = vec![self.title.as_str(), &self.when, &self.banner, &self.page_label, &self.code_label];
        for f in &self.facts {
            out.extend([f.label.as_str(), &f.value]);
        }
        for s in &self.sections {
            out.extend([s.heading.as_str(), &s.lead, &s.empty]);
            for i in &s.items {
                out.extend([i.title.as_str(), &i.marker, &i.body]);
                out.extend(i.meta.iter().map(String::as_str));
                for q in &i.quotes {
                    out.extend([q.text.as_str(), &q.by, &q.note]);
                }
            }
        }
        out.push(&self.pictures_heading);
        out.extend(self.pictures.iter().map(|p| p.caption.as_str()));
        out.push(&self.pictures_left_out);
        out
    }
}
