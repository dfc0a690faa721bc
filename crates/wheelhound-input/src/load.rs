//! Entry point: dispatches an input to the directory, file, archive or PyPI reader.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use crate::archive::read_archive;
use crate::dir::read_dir;
use crate::limits::Collector;
use crate::paths::human;
use crate::pypi;
use crate::sniff::sniff;
use crate::types::{ArchiveFormat, InputIssue, InputSpec, IssueKind, LoadOptions, Origin, Package};

/// Reads everything the input designates. Never panics; every failure becomes an issue on a Package.
/// A path or a single-release pypi spec gives one Package; `pypi:` with DistKind::All gives one per file.
pub fn load(input: &str, spec: &InputSpec, options: &LoadOptions) -> Vec<Package> {
    match spec {
        InputSpec::Path(path) => vec![load_path(input, path, options)],
        InputSpec::Pypi { name, version } => pypi::load(input, name, version.as_deref(), options),
    }
}

/// A package that could not be read at all.
pub(crate) fn failed(input: &str, origin: Origin, kind: IssueKind, message: String) -> Package {
    Package {
        input: input.to_owned(),
        origin,
        members: Vec::new(),
        issues: vec![InputIssue {
            path: None,
            kind,
            message,
        }],
        fatal: true,
    }
}

fn load_path(input: &str, path: &Path, options: &LoadOptions) -> Package {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            let kind = if e.kind() == std::io::ErrorKind::NotFound {
                IssueKind::NotFound
            } else {
                IssueKind::Unreadable
            };
            return failed(
                input,
                Origin::File,
                kind,
                format!("{input} cannot be read: {e}"),
            );
        }
    };
    if meta.is_dir() {
        let mut col = Collector::new(&options.limits, options.password.as_deref());
        let ok = read_dir(&mut col, path);
        return finish(input, Origin::Directory, col, !ok);
    }
    if !meta.is_file() {
        return failed(
            input,
            Origin::File,
            IssueKind::SpecialFile,
            format!("{input} is not a regular file or directory (device, fifo or socket)"),
        );
    }
    let cap = options
        .limits
        .max_download_bytes
        .max(options.limits.max_member_bytes);
    if meta.len() > cap {
        return failed(
            input,
            Origin::File,
            IssueKind::TotalBytesLimit,
            format!(
                "{input} is {}, above the {} input size limit; not analysed",
                human(meta.len()),
                human(cap)
            ),
        );
    }
    let mut bytes = Vec::new();
    let read = File::open(path).and_then(|f| f.take(cap).read_to_end(&mut bytes));
    if let Err(e) = read {
        return failed(
            input,
            Origin::File,
            IssueKind::Unreadable,
            format!("{input} cannot be read: {e}"),
        );
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| input.to_owned());
    read_bytes(input, &name, bytes, options)
}

/// Reads one in-memory file as a package, exactly as [`load`] reads a file on disk: the
/// format is sniffed from the bytes, an archive is opened under every limit, anything else
/// becomes a single member named `name`. `name` is only used for member names (and to name
/// a bare compressed stream); the package's `input` is `name` too.
///
/// This is the entry point for callers that already hold the bytes (fuzzers, embedders);
/// nothing is written to disk. Never panics.
pub fn load_bytes(name: &str, bytes: Vec<u8>, options: &LoadOptions) -> Package {
    let cap = options
        .limits
        .max_download_bytes
        .max(options.limits.max_member_bytes);
    if bytes.len() as u64 > cap {
        return failed(
            name,
            Origin::File,
            IssueKind::TotalBytesLimit,
            format!(
                "{name} is {}, above the {} input size limit; not analysed",
                human(bytes.len() as u64),
                human(cap)
            ),
        );
    }
    read_bytes(name, name, bytes, options)
}

fn read_bytes(input: &str, name: &str, bytes: Vec<u8>, options: &LoadOptions) -> Package {
    match sniff(&bytes) {
        Some(format) => archive_package(
            input,
            &bytes,
            format,
            name,
            Origin::Archive { format },
            options,
        ),
        None => {
            let mut col = Collector::new(&options.limits, options.password.as_deref());
            if bytes.len() as u64 > options.limits.max_member_bytes {
                col.skip_too_big(name.to_owned(), bytes.len() as u64);
                return finish(input, Origin::File, col, true);
            }
            let path = col.member_path("", name);
            col.push(path, bytes, 0);
            finish(input, Origin::File, col, false)
        }
    }
}

/// Reads an in-memory archive as one package; shared with the PyPI reader.
pub(crate) fn archive_package(
    input: &str,
    bytes: &[u8],
    format: ArchiveFormat,
    name: &str,
    origin: Origin,
    options: &LoadOptions,
) -> Package {
    let mut col = Collector::new(&options.limits, options.password.as_deref());
    let opened = read_archive(&mut col, bytes, format, "", 0, name);
    let fatal = !opened && col.members.is_empty();
    finish(input, origin, col, fatal)
}

fn finish(input: &str, origin: Origin, col: Collector<'_>, fatal: bool) -> Package {
    Package {
        input: input.to_owned(),
        origin,
        members: col.members,
        issues: col.issues,
        fatal,
    }
}
