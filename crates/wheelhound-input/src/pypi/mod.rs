//! `pypi:NAME[==VERSION]` inputs: query the simple API, download, verify, then read.

mod config;
mod http;
mod index;
mod select;
pub(crate) mod version;

use sha2::{Digest, Sha256};

use crate::load::{archive_package, failed};
use crate::paths::human;
use crate::sniff::sniff;
use crate::types::{ArchiveFormat, IssueKind, LoadOptions, MIB, Origin, Package};
use http::{FetchError, Http, redact};
use index::IndexFile;

/// Project pages are small, but the biggest projects list thousands of files.
const PAGE_LIMIT: u64 = 128 * MIB;

const ACCEPT_PAGE: &str = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1";

/// Reads the release files `pypi:name[==version]` designates, one package per file.
pub(crate) fn load(
    input: &str,
    name: &str,
    version: Option<&str>,
    options: &LoadOptions,
) -> Vec<Package> {
    let settings = config::settings(options);
    let http = Http::new(settings.cert.as_deref());
    load_with(input, name, version, options, &settings.index_url, &http)
}

fn load_with(
    input: &str,
    name: &str,
    version: Option<&str>,
    options: &LoadOptions,
    index: &str,
    http: &Http,
) -> Vec<Package> {
    let shown_index = redact(index);
    let page_url = format!("{index}/{}/", select::normalize(name));
    let page_origin = Origin::Pypi {
        url: redact(&page_url),
        sha256: String::new(),
        format: ArchiveFormat::TarGz,
    };
    let fail = |kind, message| vec![failed(input, page_origin.clone(), kind, message)];
    let page = match http.get(&page_url, ACCEPT_PAGE, PAGE_LIMIT) {
        Ok(p) => p,
        Err(e) => {
            return fail(
                IssueKind::Download,
                fetch_message(http, &e, &shown_index, "the index"),
            );
        }
    };
    if page.status == 404 {
        return fail(
            IssueKind::NotFound,
            format!("no project named {name} on {shown_index}"),
        );
    }
    if page.status != 200 {
        return fail(
            IssueKind::Download,
            format!(
                "the index {shown_index} answered HTTP {} for {name}",
                page.status
            ),
        );
    }
    let files = if page.content_type.contains("json") {
        match index::parse_json(&page.body, &page_url) {
            Ok(f) => f,
            Err(e) => {
                return fail(
                    IssueKind::Download,
                    format!("the index {shown_index} sent an unreadable JSON page for {name}: {e}"),
                );
            }
        }
    } else {
        index::parse_html(&page.body, &page_url)
    };
    let chosen = match select::select(&files, name, version, options.dist, &shown_index) {
        Ok((_, chosen)) => chosen,
        Err(message) => return fail(IssueKind::NotFound, message),
    };
    chosen
        .into_iter()
        .map(|file| download_package(input, file, options, http))
        .collect()
}

fn fetch_message(http: &Http, e: &FetchError, index: &str, what: &str) -> String {
    let message = match e {
        FetchError::Insecure => format!(
            "refusing to contact {what} over plain HTTP ({index}): only https, or http to a loopback address, is allowed"
        ),
        FetchError::TooBig(n) => format!("{what} sent more than the {} limit", human(*n)),
        FetchError::Transport(err) => format!("cannot download from {what} ({index}): {err}"),
    };
    // A TLS failure is easier to understand next to the trust-store problem behind it.
    match &http.cert_warning {
        Some(w) if matches!(e, FetchError::Transport(_)) => format!("{message} ({w})"),
        _ => message,
    }
}

fn download_package(input: &str, file: &IndexFile, options: &LoadOptions, http: &Http) -> Package {
    let shown_url = redact(&file.url);
    let guessed = guess_format(&file.filename);
    let origin = |sha256: String, format| Origin::Pypi {
        url: shown_url.clone(),
        sha256,
        format,
    };
    let name = &file.filename;
    let expected = match &file.sha256 {
        Some(h) if h.len() == 64 && h.chars().all(|c| c.is_ascii_hexdigit()) => {
            h.to_ascii_lowercase()
        }
        _ => {
            return failed(
                input,
                origin(String::new(), guessed),
                IssueKind::HashMismatch,
                format!(
                    "the index publishes no sha256 for {name}; an unverified download is not analysed"
                ),
            );
        }
    };
    let limit = options.limits.max_download_bytes;
    let fetched = match http.get(&file.url, "*/*", limit) {
        Ok(f) => f,
        Err(FetchError::TooBig(_)) => {
            return failed(
                input,
                origin(expected, guessed),
                IssueKind::TotalBytesLimit,
                format!(
                    "{name} is larger than the {} download limit; not analysed",
                    human(limit)
                ),
            );
        }
        Err(e) => {
            return failed(
                input,
                origin(expected, guessed),
                IssueKind::Download,
                fetch_message(http, &e, &shown_url, name),
            );
        }
    };
    if fetched.status != 200 {
        let kind = if fetched.status == 404 {
            IssueKind::NotFound
        } else {
            IssueKind::Download
        };
        return failed(
            input,
            origin(expected, guessed),
            kind,
            format!(
                "downloading {name} from {shown_url} answered HTTP {}",
                fetched.status
            ),
        );
    }
    let actual: String = Sha256::digest(&fetched.body)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    if actual != expected {
        return failed(
            input,
            origin(expected.clone(), guessed),
            IssueKind::HashMismatch,
            format!(
                "{name} has sha256 {actual} but the index publishes {expected}; the download was altered or corrupted and is not analysed"
            ),
        );
    }
    match sniff(&fetched.body) {
        Some(format) => archive_package(
            input,
            &fetched.body,
            format,
            name,
            origin(actual, format),
            options,
        ),
        None => failed(
            input,
            origin(actual, guessed),
            IssueKind::Corrupt,
            format!("{name} is not a recognised archive (gzip, xz, bzip2, tar or zip)"),
        ),
    }
}

/// Format implied by a file name, only for reporting failures before any byte is read.
fn guess_format(filename: &str) -> ArchiveFormat {
    let lower = filename.to_ascii_lowercase();
    if lower.ends_with(".whl") || lower.ends_with(".zip") || lower.ends_with(".egg") {
        ArchiveFormat::Zip
    } else if lower.ends_with(".tar.xz") {
        ArchiveFormat::TarXz
    } else if lower.ends_with(".tar.bz2") || lower.ends_with(".tbz2") {
        ArchiveFormat::TarBz2
    } else if lower.ends_with(".tar") {
        ArchiveFormat::Tar
    } else {
        ArchiveFormat::TarGz
    }
}
