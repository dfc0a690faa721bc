//! Renders wheelhound package reports as text, JSON, JSON Lines, SocketAI lines and SARIF.
//!
//! Every renderer writes to a caller-supplied [`std::io::Write`] and streams: a package is written
//! as soon as it is handed over, so output appears while the scan runs and memory does not grow
//! with the number of packages. [`Renderer`] drives any format through one interface.

mod json;
mod sanitize;
mod sarif;
mod socketai;
mod stream;
mod text;

#[cfg(test)]
mod fixtures;

pub use json::{JsonArrayWriter, json, jsonl};
pub use sanitize::clean;
pub use sarif::{RuleText, SarifWriter, sarif};
pub use socketai::socketai;
pub use stream::{Format, Renderer, Tally};
pub use text::{TextOptions, summary, text, text_package};
