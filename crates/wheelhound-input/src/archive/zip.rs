//! Zip archives (wheels, eggs, zip sdists), including encrypted ones.

use std::io::{Cursor, Read};

use zip::ZipReadOptions;
use zip::read::Config;
use zip::read::read_zipfile_from_stream_with_options;
use zip::result::ZipError;
use zip::unstable::read::ZipIterable;

use crate::limits::{Collector, RATIO_FLOOR, ReadOutcome};
use crate::paths::human;
use crate::types::IssueKind;

/// Entry metadata read before opening, so hostile entries can be refused early.
struct EntryInfo {
    /// The decoded name, or the raw bytes when they do not decode.
    raw: Result<String, Vec<u8>>,
    is_dir: bool,
    is_symlink: bool,
    encrypted: bool,
    declared: u64,
    compressed: u64,
}

pub(super) fn read_zip(
    col: &mut Collector<'_>,
    bytes: &[u8],
    prefix: &str,
    depth: u32,
    name: &str,
) -> bool {
    let label = if prefix.is_empty() {
        name.to_owned()
    } else {
        prefix.trim_end_matches("!/").to_owned()
    };
    // The iterable reader walks the central directory entry by entry and, unlike
    // `ZipArchive` (which keys entries by name), keeps every entry that shares a name: an
    // installer extracts them all and the last one wins, so a hidden first copy must be seen.
    let mut iterable = match ZipIterable::try_new(Cursor::new(bytes), Config::default()) {
        Ok(a) => a,
        Err(e) => return read_zip_stream(col, bytes, prefix, depth, &label, &e),
    };
    let entries = match iterable.files() {
        Ok(entries) => entries,
        Err(e) => return read_zip_stream(col, bytes, prefix, depth, &label, &e),
    };
    let mut body = Cursor::new(bytes);
    let password = col.password;
    let archive_len = bytes.len() as u64;
    let mut out_total: u64 = 0;
    for (index, entry) in entries.enumerate() {
        if col.stopped() {
            break;
        }
        let (entry, info) = match entry {
            Ok(e) => {
                let info = EntryInfo {
                    raw: match e.name() {
                        Ok(n) => Ok(n.into_owned()),
                        Err(_) => Err(e.name_raw().to_vec()),
                    },
                    is_dir: e.is_dir(),
                    is_symlink: e.is_symlink(),
                    encrypted: e.encrypted(),
                    declared: e.size(),
                    compressed: e.compressed_size(),
                };
                (e, info)
            }
            Err(e) => {
                col.issue(
                    Some(&label),
                    IssueKind::Corrupt,
                    format!(
                        "entry #{index} of {label} has an unreadable central directory header ({e}); later entries were not read"
                    ),
                );
                break;
            }
        };
        if info.is_dir {
            continue;
        }
        let path = match &info.raw {
            Ok(name) => col.member_path(prefix, name),
            Err(bytes) => col.member_path_bytes(prefix, bytes),
        };
        if info.is_symlink {
            col.issue(
                Some(&path),
                IssueKind::Link,
                format!("member {path} is a symbolic link; links are not followed"),
            );
            continue;
        }
        if info.encrypted && password.is_none() {
            report_encrypted(col, &path);
            continue;
        }
        if info.declared > col.limits.max_member_bytes {
            col.skip_too_big(path, info.declared);
            continue;
        }
        if !col.room_for_member() {
            break;
        }
        let options = ZipReadOptions::new().password(password.filter(|_| info.encrypted));
        let opened = entry.with_reader(&mut body, options);
        let mut file = match opened {
            Ok(f) => f,
            Err(e) => {
                report_open_error(col, &path, &e);
                continue;
            }
        };
        let outcome = col.read_bounded(
            (!info.encrypted).then_some(path.as_str()),
            &mut file,
            Some(info.declared),
            Some(info.compressed),
        );
        drop(file);
        // Inflated bytes count towards the archive's ratio whether they were kept or thrown
        // away at the per-entry ratio limit: overlapping entries that each trip it must still
        // add up to a bomb.
        match &outcome {
            ReadOutcome::Data(data) | ReadOutcome::Head(data, _) => out_total += data.len() as u64,
            ReadOutcome::Ratio { out, .. } => out_total += out,
            _ => {}
        }
        if info.encrypted
            && let ReadOutcome::Failed(..) = outcome
        {
            // ZipCrypto's one check byte lets 1 wrong password in 256 through; the CRC
            // failure at the end is how such a password shows.
            report_wrong_password(col, &path);
            continue;
        }
        col.settle(path, outcome, depth);
        if out_total > RATIO_FLOOR
            && out_total > col.limits.max_ratio.saturating_mul(archive_len.max(1))
        {
            let ratio = col.limits.max_ratio;
            col.issue(
                Some(&label),
                IssueKind::RatioLimit,
                format!(
                    "{label} expands to more than {} from {} (ratio above {ratio}); likely a decompression bomb (overlapping entries), reading stopped",
                    human(out_total),
                    human(archive_len)
                ),
            );
            break;
        }
    }
    true
}

fn report_encrypted(col: &mut Collector<'_>, path: &str) {
    col.issue(
        Some(path),
        IssueKind::Encrypted,
        format!("member {path} is encrypted and no password was given; not analysed"),
    );
}

fn report_wrong_password(col: &mut Collector<'_>, path: &str) {
    col.issue(
        Some(path),
        IssueKind::WrongPassword,
        format!("member {path} is encrypted and the given password does not open it; not analysed"),
    );
}

fn report_open_error(col: &mut Collector<'_>, path: &str, err: &ZipError) {
    match err {
        ZipError::InvalidPassword => report_wrong_password(col, path),
        ZipError::UnsupportedArchive(msg) if *msg == ZipError::PASSWORD_REQUIRED => {
            report_encrypted(col, path)
        }
        ZipError::UnsupportedArchive(_) | ZipError::CompressionMethodNotSupported(_) => col.issue(
            Some(path),
            IssueKind::Unreadable,
            format!("member {path} uses an unsupported zip feature ({err}); not analysed"),
        ),
        _ => col.issue(
            Some(path),
            IssueKind::Corrupt,
            format!("member {path} cannot be read: {err}"),
        ),
    }
}

/// Fallback when the central directory is damaged (typically a truncated download):
/// walk the local headers from the start and keep whatever decodes.
fn read_zip_stream(
    col: &mut Collector<'_>,
    bytes: &[u8],
    prefix: &str,
    depth: u32,
    label: &str,
    dir_error: &ZipError,
) -> bool {
    let password = col.password;
    let mut cursor = Cursor::new(bytes);
    let mut recovered = 0usize;
    loop {
        if col.stopped() {
            break;
        }
        let options = ZipReadOptions::new().password(password);
        let mut file = match read_zipfile_from_stream_with_options(&mut cursor, options) {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                if recovered > 0 {
                    col.issue(
                        Some(label),
                        IssueKind::Corrupt,
                        format!("{label}: local header scan stopped: {e}"),
                    );
                }
                break;
            }
        };
        recovered += 1;
        let raw = match file.name() {
            Ok(n) => Ok(n.into_owned()),
            Err(_) => Err(file.name_raw().to_vec()),
        };
        if file.is_dir() {
            continue;
        }
        if !col.room_for_member() {
            break;
        }
        let path = match &raw {
            Ok(name) => col.member_path(prefix, name),
            Err(bytes) => col.member_path_bytes(prefix, bytes),
        };
        let declared = file.size();
        let compressed = file.compressed_size();
        let encrypted = file.encrypted();
        let outcome = col.read_bounded(
            (!encrypted).then_some(path.as_str()),
            &mut file as &mut dyn Read,
            Some(declared),
            Some(compressed),
        );
        drop(file);
        if encrypted && let ReadOutcome::Failed(..) = outcome {
            report_wrong_password(col, &path);
            break;
        }
        if !col.settle(path, outcome, depth) {
            break;
        }
    }
    let what = if recovered == 0 {
        "is not a readable zip archive"
    } else {
        "has a damaged central directory; members were recovered from local headers"
    };
    col.issue(
        Some(label),
        IssueKind::Corrupt,
        format!("{label} {what} ({dir_error})"),
    );
    recovered > 0
}
