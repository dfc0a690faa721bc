//! Command-line input validation, done before any reading so bad arguments fail fast.

use std::path::PathBuf;

use crate::pypi::version::Version;
use crate::types::{InputError, InputSpec};

/// Syntactic validation done before any scanning, so the CLI can exit 2 on bad arguments:
/// `pypi:` with an invalid project name/version, or a path that does not exist → Err with a clear message.
pub fn parse_input(input: &str) -> Result<InputSpec, InputError> {
    if input.trim().is_empty() {
        return Err(InputError::Empty);
    }
    let lower_prefix = input.get(..5).map(str::to_ascii_lowercase);
    if lower_prefix.as_deref() == Some("pypi:") {
        let rest = input.get(5..).unwrap_or("").trim();
        return parse_pypi(input, rest);
    }
    match std::fs::metadata(input) {
        Ok(_) => Ok(InputSpec::Path(PathBuf::from(input))),
        Err(e) => Err(InputError::PathNotFound {
            path: input.to_owned(),
            reason: e.to_string(),
        }),
    }
}

fn parse_pypi(input: &str, rest: &str) -> Result<InputSpec, InputError> {
    let (name, version) = match rest.split_once("==") {
        Some((n, v)) => (n.trim(), Some(v.trim())),
        None => (rest, None),
    };
    check_name(input, name)?;
    let version = match version {
        None => None,
        Some(v) if Version::parse(v).is_some() && !v.starts_with('=') => Some(v.to_owned()),
        Some(v) => {
            return Err(InputError::InvalidVersion {
                input: input.to_owned(),
                version: v.to_owned(),
            });
        }
    };
    Ok(InputSpec::Pypi {
        name: name.to_owned(),
        version,
    })
}

/// PEP 508 project names: ASCII letters, digits, `.`, `_`, `-`, starting and ending
/// with a letter or digit.
fn check_name(input: &str, name: &str) -> Result<(), InputError> {
    let invalid = |reason: &str| InputError::InvalidName {
        input: input.to_owned(),
        name: name.to_owned(),
        reason: reason.to_owned(),
    };
    if name.is_empty() {
        return Err(invalid(
            "the name is empty; write pypi:NAME or pypi:NAME==VERSION",
        ));
    }
    if name.contains(['<', '>', '=', '!', '~', ';', '@', '[', ',', ' ']) {
        return Err(invalid(
            "only pypi:NAME or pypi:NAME==VERSION is supported (no ranges, extras or markers)",
        ));
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
    {
        return Err(invalid(
            "a project name may only contain ASCII letters, digits, '.', '_' and '-'",
        ));
    }
    let edge_ok = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if !edge_ok(name.chars().next()) || !edge_ok(name.chars().last()) {
        return Err(invalid(
            "a project name must start and end with a letter or digit",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn parses_pypi_specs() {
        assert_eq!(
            parse_input("pypi:nox-poetry").unwrap(),
            InputSpec::Pypi {
                name: "nox-poetry".into(),
                version: None
            }
        );
        assert_eq!(
            parse_input("pypi:Requests==2.31.0").unwrap(),
            InputSpec::Pypi {
                name: "Requests".into(),
                version: Some("2.31.0".into())
            }
        );
        for bad in [
            "pypi:",
            "pypi:-x",
            "pypi:a b",
            "pypi:x>=1",
            "pypi:x==",
            "pypi:x==banana",
            "pypi:x===1.0",
            "pypi:näme",
            "",
        ] {
            assert!(parse_input(bad).is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn paths_must_exist() {
        let err = parse_input("/definitely/not/here.tar.gz").unwrap_err();
        assert!(err.to_string().contains("no such file or directory"));
        assert!(matches!(parse_input("/"), Ok(InputSpec::Path(_))));
    }
}
