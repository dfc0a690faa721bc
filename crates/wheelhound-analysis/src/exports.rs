//! Values one module of a package hands to another: `from .cfg import URL` or
//! `from pkg.b import *` gives the importer the exporter's module-level constants and decoder
//! functions. Malware splits itself this way (the encoded address in one file, the decoder in a
//! second, the request in a third) so that no single file folds to anything; the cross-file
//! pass (`callers` in the `wheelhound` crate) analyses an importer again with what it imports.
//!
//! Only what can hide something is exported: encoded-looking or address-like strings, bytes,
//! lists of those, and functions whose body decodes. Ordinary constants (`TIMEOUT = 30`,
//! `__version__`) would only make importers of popular packages be analysed twice.

use std::sync::Arc;

use crate::fold::Value;
use crate::resolve::Wrapper;
use crate::walker::{SourceKind, SourceRef};

/// Most constants one module exports.
const MAX_CONSTANTS: usize = 64;
/// Largest exported string or bytes value.
const MAX_VALUE_BYTES: usize = 64 << 10;
/// Most decoder functions one module exports.
const MAX_WRAPPERS: usize = 16;
/// Most import aliases one module exports (the names its decoders use: `import base64 as ba`).
const MAX_ALIASES: usize = 64;
/// Most functions returning sensitive data one module exports.
const MAX_RETURNING: usize = 32;

/// One module-level name and what it is bound to.
#[derive(Clone, Debug, PartialEq)]
pub struct Export {
    /// The name in the exporting module.
    pub name: String,
    /// What it is bound to.
    pub value: Exported,
}

/// What an exported name is bound to.
#[derive(Clone, Debug, PartialEq)]
pub enum Exported {
    /// A folded constant.
    Constant(Value),
    /// A single-expression function that decodes (see [`Wrapper`]).
    Wrapper(Arc<Wrapper>),
    /// An import alias (`ba` for `base64`), which the exported functions may use.
    Alias(String),
    /// A module-level function that returns sensitive data (`def context(): return
    /// dict(os.environ)`): calling it in the importer reads that data, at the exporter's line.
    Returns(SourceRef),
    /// A module-level name holding sensitive data (`TOKEN = os.environ['GITHUB_TOKEN']`):
    /// the importer's name holds it too, read at the exporter's line.
    Holds(SourceRef),
}

/// A module's exports, as one value the importers share.
pub type Exports = Arc<Vec<Export>>;

/// True for a value worth handing to importers: text that looks encoded or names an address,
/// bytes, or a list of such texts.
pub fn worth_exporting(value: &Value) -> bool {
    match value {
        Value::Str(text) => text.len() <= MAX_VALUE_BYTES && hides_something(text),
        Value::Bytes(bytes) => (8..=MAX_VALUE_BYTES).contains(&bytes.len()),
        // `P1 = [117, 114, 108, …]`: character codes that spell an address or code.
        Value::Seq(items) if items.iter().all(|item| matches!(item, Value::Int(_))) => {
            (8..=MAX_VALUE_BYTES).contains(&items.len())
                && spelled_text(items).is_some_and(|t| {
                    hides_something(&t)
                        || crate::rules::encoded_payload::looks_like_python(&t)
                        || t.contains("import")
                })
        }
        Value::Seq(items) => {
            !items.is_empty()
                && items.len() <= 256
                && value.size() <= MAX_VALUE_BYTES
                && items.iter().all(|item| match item {
                    Value::Str(text) => hides_something(text),
                    Value::Bytes(bytes) => bytes.len() >= 8,
                    _ => false,
                })
        }
        Value::Int(_) | Value::Map(_) => false,
    }
}

/// The text a list of printable character codes spells, if it is one.
fn spelled_text(codes: &[Value]) -> Option<String> {
    codes
        .iter()
        .map(|code| match code {
            Value::Int(c) => u32::try_from(*c)
                .ok()
                .filter(|c| (0x20..0x7f).contains(c) || matches!(c, 9 | 10 | 13))
                .and_then(char::from_u32),
            _ => None,
        })
        .collect()
}

/// Text that is an address, or that looks like base64, base32 or hex rather than words.
fn hides_something(text: &str) -> bool {
    if text.contains("://") {
        return true;
    }
    if text.len() < 8 {
        return false;
    }
    let alphabet = text.bytes().all(crate::decode::is_base64_byte);
    // Identifiers and words are alphanumeric too; encodings mix digits or padding in.
    alphabet && text.bytes().any(|b| b.is_ascii_digit() || b == b'=')
}

/// True for data worth following into the modules that call the function returning it:
/// what a stealer collects or a loader fetches. Contents of ordinary files and decoded
/// constants are not (the importer folds the latter itself).
pub fn worth_following(kind: SourceKind) -> bool {
    matches!(
        kind,
        SourceKind::Secret | SourceKind::Environment | SourceKind::SystemInfo | SourceKind::Network
    )
}

/// Exports for the module-level functions that return sensitive data, within the bounds.
pub fn returning<'a>(functions: impl Iterator<Item = (&'a str, &'a SourceRef)>) -> Vec<Export> {
    following(functions, MAX_RETURNING, Exported::Returns)
}

/// The names of `named` whose sources are worth following, as `wrap` exports, within `most`.
fn following<'a>(
    named: impl Iterator<Item = (&'a str, &'a SourceRef)>,
    most: usize,
    wrap: fn(SourceRef) -> Exported,
) -> Vec<Export> {
    named
        .filter(|(name, source)| !name.starts_with("__") && worth_following(source.kind))
        .take(most)
        .map(|(name, source)| Export {
            name: name.to_owned(),
            value: wrap(source.clone()),
        })
        .collect()
}

/// Most module-level names holding sensitive data one module exports.
const MAX_HOLDING: usize = 32;

/// Exports for the module-level names that hold sensitive data, within the bounds.
pub fn holding<'a>(names: impl Iterator<Item = (&'a str, &'a SourceRef)>) -> Vec<Export> {
    following(names, MAX_HOLDING, Exported::Holds)
}

/// Collects a module's exports from its module-level bindings, within the bounds above; only
/// what is kept is copied. Aliases are only exported beside a decoder function, which may need
/// them.
pub fn collect<'a>(
    constants: impl Iterator<Item = (&'a str, &'a Value)>,
    wrappers: impl Iterator<Item = (&'a str, &'a Wrapper)>,
    aliases: impl Iterator<Item = (&'a str, &'a str)>,
) -> Vec<Export> {
    let mut out: Vec<Export> = constants
        .filter(|(name, value)| !name.starts_with("__") && worth_exporting(value))
        .take(MAX_CONSTANTS)
        .map(|(name, value)| Export {
            name: name.to_owned(),
            value: Exported::Constant(value.clone()),
        })
        .collect();
    let before = out.len();
    out.extend(wrappers.take(MAX_WRAPPERS).map(|(name, wrapper)| Export {
        name: name.to_owned(),
        value: Exported::Wrapper(Arc::new(wrapper.clone())),
    }));
    if out.len() > before {
        out.extend(aliases.take(MAX_ALIASES).map(|(name, target)| Export {
            name: name.to_owned(),
            value: Exported::Alias(target.to_owned()),
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn only_values_that_can_hide_something_are_exported() {
        let text = |s: &str| Value::Str(s.to_owned());
        assert!(worth_exporting(&text("aHR0cHM6Ly9hcGkudGVsZWdyYW0ub3Jn")));
        assert!(worth_exporting(&text("dGV4dA==")));
        assert!(worth_exporting(&text("https://example.invalid/x")));
        assert!(worth_exporting(&text("4a6f686e")));
        assert!(!worth_exporting(&text("1.2.3")));
        assert!(!worth_exporting(&text("DEFAULT_TIMEOUT")));
        assert!(!worth_exporting(&text("a plain sentence")));
        assert!(!worth_exporting(&Value::Int(30)));
        assert!(worth_exporting(&Value::Seq(vec![text(
            "=QMBn+BAF8szLNNzK3US"
        )])));
        assert!(!worth_exporting(&Value::Seq(vec![
            text("GET"),
            text("POST")
        ])));
    }

    #[test]
    fn aliases_go_only_with_a_decoder() {
        let value = Value::Str("dGV4dA==".to_owned());
        let constants = || std::iter::once(("A", &value));
        let aliases = || std::iter::once(("ba", "base64"));
        let out = collect(constants(), std::iter::empty(), aliases());
        assert_eq!(out.len(), 1);
        let wrapper = Wrapper {
            params: vec!["s".to_owned()],
            steps: Vec::new(),
            body: ruff_python_parser::parse_expression("ba.b64decode(s)")
                .map(|p| p.into_syntax().body.as_ref().clone())
                .unwrap_or_else(|_| ruff_python_ast::Expr::NoneLiteral(Default::default())),
        };
        let out = collect(constants(), std::iter::once(("b", &wrapper)), aliases());
        assert_eq!(out.len(), 3);
        assert!(matches!(&out[2].value, Exported::Alias(t) if t == "base64"));
    }
}
