//! Choosing the release and the files to scan from a project's file list.

use super::index::IndexFile;
use super::version::Version;
use crate::types::DistKind;

/// What a distribution file is, from its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FileKind {
    Sdist,
    Wheel,
    Egg,
    Other,
}

const SDIST_SUFFIXES: [&str; 7] = [
    ".tar.gz", ".tgz", ".zip", ".tar.bz2", ".tbz2", ".tar.xz", ".tar",
];

pub(crate) fn file_kind(filename: &str) -> FileKind {
    let lower = filename.to_ascii_lowercase();
    if lower.ends_with(".whl") {
        FileKind::Wheel
    } else if lower.ends_with(".egg") {
        FileKind::Egg
    } else if SDIST_SUFFIXES.iter().any(|s| lower.ends_with(s)) {
        FileKind::Sdist
    } else {
        FileKind::Other
    }
}

/// PEP 503 normalisation: lowercase, runs of `-`, `_`, `.` become one `-`.
pub(crate) fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut in_sep = false;
    for c in name.chars() {
        if matches!(c, '-' | '_' | '.') {
            if !in_sep {
                out.push('-');
            }
            in_sep = true;
        } else {
            out.push(c.to_ascii_lowercase());
            in_sep = false;
        }
    }
    out
}

/// The version a file belongs to, read from its name.
pub(crate) fn file_version(filename: &str, project: &str) -> Option<String> {
    match file_kind(filename) {
        FileKind::Wheel | FileKind::Egg => filename.split('-').nth(1).map(str::to_owned),
        FileKind::Sdist => {
            let lower = filename.to_ascii_lowercase();
            let suffix = SDIST_SUFFIXES.iter().find(|s| lower.ends_with(*s))?;
            let stem = filename.get(..filename.len() - suffix.len())?;
            let wanted = normalize(project);
            // Old sdists keep dashes in the project part, so try each split point.
            for (i, _) in stem.match_indices('-') {
                if normalize(stem.get(..i)?) == wanted {
                    return stem.get(i + 1..).map(str::to_owned);
                }
            }
            stem.rsplit_once('-').map(|(_, v)| v.to_owned())
        }
        FileKind::Other => None,
    }
}

/// Ranks wheels: pure-Python `py3-none-any` first.
fn wheel_score(filename: &str) -> u32 {
    let stem = filename
        .get(..filename.len().saturating_sub(4))
        .unwrap_or("");
    let tags: Vec<&str> = stem.split('-').collect();
    if tags.len() < 5 {
        return 0;
    }
    let &[.., py, abi, plat] = tags.as_slice() else {
        return 0;
    };
    let mut score = 0;
    if abi == "none" && plat == "any" {
        score += 10;
    }
    if py.split('.').any(|t| t == "py3") {
        score += 5;
    }
    score
}

/// One release with its files.
struct Release<'a> {
    version: Option<Version>,
    raw: String,
    files: Vec<&'a IndexFile>,
}

impl Release<'_> {
    fn all_yanked(&self) -> bool {
        self.files.iter().all(|f| f.yanked)
    }
}

/// The chosen release and files, or a message explaining why there is none.
pub(crate) fn select<'a>(
    files: &'a [IndexFile],
    project: &str,
    requested: Option<&str>,
    dist: DistKind,
    index: &str,
) -> Result<(String, Vec<&'a IndexFile>), String> {
    let mut releases: Vec<Release<'a>> = Vec::new();
    for f in files {
        if file_kind(&f.filename) == FileKind::Other {
            continue;
        }
        let Some(raw) = file_version(&f.filename, project) else {
            continue;
        };
        let version = Version::parse(&raw);
        let same = releases.iter_mut().find(|r| match (&r.version, &version) {
            (Some(a), Some(b)) => a == b,
            _ => r.raw == raw,
        });
        match same {
            Some(r) => r.files.push(f),
            None => releases.push(Release {
                version,
                raw,
                files: vec![f],
            }),
        }
    }
    if releases.is_empty() {
        return Err(format!(
            "{project} has no downloadable release files on {index}"
        ));
    }
    let newest = newest(&releases);
    let release = match requested {
        Some(req) => {
            let wanted = Version::parse(req);
            releases
                .iter()
                .find(|r| match (&r.version, &wanted) {
                    (Some(a), Some(b)) => a == b,
                    _ => r.raw == req,
                })
                .ok_or_else(|| {
                    let hint = newest
                        .map(|n| format!("; newest is {}", n.raw))
                        .unwrap_or_default();
                    format!("{project} has no release {req}{hint}")
                })?
        }
        None => newest.ok_or_else(|| {
            format!("{project} has only yanked releases on {index}; name a version explicitly")
        })?,
    };
    // An explicit pin may name a yanked release (pip allows it); otherwise skip yanked files.
    let usable: Vec<&IndexFile> = if release.all_yanked() {
        release.files.clone()
    } else {
        release
            .files
            .iter()
            .copied()
            .filter(|f| !f.yanked)
            .collect()
    };
    let of = |kind: FileKind| -> Vec<&'a IndexFile> {
        usable
            .iter()
            .copied()
            .filter(|f| file_kind(&f.filename) == kind)
            .collect()
    };
    let best_wheel = || {
        let mut wheels = of(FileKind::Wheel);
        wheels.sort_by_key(|f| std::cmp::Reverse(wheel_score(&f.filename)));
        wheels.into_iter().next()
    };
    let chosen: Vec<&IndexFile> = match dist {
        DistKind::All => usable.clone(),
        DistKind::Wheel => best_wheel().into_iter().collect(),
        DistKind::Sdist => {
            let mut sdists = of(FileKind::Sdist);
            // .tar.gz is the canonical sdist; other formats only when it is absent.
            sdists.sort_by_key(|f| !f.filename.to_ascii_lowercase().ends_with(".tar.gz"));
            match sdists.into_iter().next() {
                Some(s) => vec![s],
                None => best_wheel()
                    .or_else(|| of(FileKind::Egg).into_iter().next())
                    .into_iter()
                    .collect(),
            }
        }
    };
    if chosen.is_empty() {
        let names: Vec<&str> = usable.iter().map(|f| f.filename.as_str()).collect();
        let what = match dist {
            DistKind::Wheel => "wheel",
            _ => "distribution file",
        };
        return Err(format!(
            "{project} {} has no {what} (files: {})",
            release.raw,
            names.join(", ")
        ));
    }
    Ok((release.raw.clone(), chosen))
}

/// The newest non-yanked final release, or the newest non-yanked pre-release if there is
/// no final one (pip's rule).
fn newest<'r, 'a>(releases: &'r [Release<'a>]) -> Option<&'r Release<'a>> {
    let live = || {
        releases
            .iter()
            .filter(|r| !r.all_yanked())
            .filter_map(|r| r.version.as_ref().map(|v| (v, r)))
    };
    live()
        .filter(|(v, _)| !v.is_prerelease())
        .max_by(|a, b| a.0.cmp(b.0))
        .or_else(|| live().max_by(|a, b| a.0.cmp(b.0)))
        .map(|(_, r)| r)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;

    fn file(name: &str, yanked: bool) -> IndexFile {
        IndexFile {
            filename: name.into(),
            url: format!("https://f.example/{name}"),
            sha256: Some("00".into()),
            yanked,
        }
    }

    #[test]
    fn versions_from_names() {
        assert_eq!(normalize("Foo.Bar__baz"), "foo-bar-baz");
        assert_eq!(
            file_version("nox-poetry-1.0.3.tar.gz", "nox_poetry").as_deref(),
            Some("1.0.3")
        );
        assert_eq!(
            file_version("nox_poetry-1.0.3.tar.gz", "nox-poetry").as_deref(),
            Some("1.0.3")
        );
        assert_eq!(
            file_version("nox_poetry-1.0.3-py3-none-any.whl", "nox-poetry").as_deref(),
            Some("1.0.3")
        );
        assert_eq!(file_version("foo-1.0.exe", "foo"), None);
    }

    #[test]
    fn selects_release_and_files() {
        let files = vec![
            file("foo-1.0.tar.gz", false),
            file("foo-1.0-cp311-cp311-manylinux_2_17_x86_64.whl", false),
            file("foo-1.0-py3-none-any.whl", false),
            file("foo-1.1.tar.gz", true),
            file("foo-2.0rc1.tar.gz", false),
            file("foo-0.9.zip", false),
        ];
        let (v, chosen) = select(&files, "foo", None, DistKind::Sdist, "idx").unwrap();
        assert_eq!(v, "1.0");
        assert_eq!(chosen[0].filename, "foo-1.0.tar.gz");
        let (_, chosen) = select(&files, "foo", None, DistKind::Wheel, "idx").unwrap();
        assert_eq!(chosen[0].filename, "foo-1.0-py3-none-any.whl");
        let (_, chosen) = select(&files, "foo", None, DistKind::All, "idx").unwrap();
        assert_eq!(chosen.len(), 3);
        let (v, _) = select(&files, "foo", Some("1.1"), DistKind::Sdist, "idx").unwrap();
        assert_eq!(v, "1.1");
        let err = select(&files, "foo", Some("9.9"), DistKind::Sdist, "idx").unwrap_err();
        assert_eq!(err, "foo has no release 9.9; newest is 1.0");
        let err = select(&files, "foo", Some("0.9"), DistKind::Wheel, "idx").unwrap_err();
        assert!(err.contains("has no wheel"), "{err}");
    }
}
