//! Tar entries, read one by one from a (possibly decompressing) stream.

use std::cell::Cell;
use std::io::Read;
use std::rc::Rc;

use tar::EntryType;

use super::stream::report_failure;
use crate::limits::{Collector, ReadOutcome, Trip};
use crate::types::IssueKind;

/// What an entry's type flag means for us.
enum Kind {
    File,
    Link,
    Special(&'static str),
    Skip,
}

fn classify(t: EntryType) -> Kind {
    match t {
        EntryType::Regular | EntryType::Continuous | EntryType::GNUSparse => Kind::File,
        EntryType::Symlink | EntryType::Link => Kind::Link,
        EntryType::Char => Kind::Special("character device"),
        EntryType::Block => Kind::Special("block device"),
        EntryType::Fifo => Kind::Special("fifo"),
        EntryType::Directory
        | EntryType::XGlobalHeader
        | EntryType::XHeader
        | EntryType::GNULongName
        | EntryType::GNULongLink => Kind::Skip,
        // Python's tarfile (what pip extracts sdists with) turns unknown types into regular
        // files, so they may carry installable code and must be read too.
        _ => Kind::File,
    }
}

/// Reads every entry of a tar stream; returns false only when the very first header is broken.
pub(super) fn read_tar<R: Read>(
    col: &mut Collector<'_>,
    reader: R,
    prefix: &str,
    depth: u32,
    trip: &Rc<Cell<Option<Trip>>>,
    label: &str,
) -> bool {
    let mut archive = tar::Archive::new(reader);
    let entries = match archive.entries() {
        Ok(e) => e,
        Err(e) => {
            report_failure(col, label, trip.get(), &e, "is not a readable tar archive");
            return false;
        }
    };
    let mut parsed_any = false;
    let mut reported = false;
    let mut broken = false;
    for entry in entries {
        if col.stopped() {
            break;
        }
        let mut entry = match entry {
            Ok(e) => e,
            Err(e) => {
                broken = true;
                let what = if parsed_any {
                    "is truncated or corrupt; members read before the damage are analysed"
                } else {
                    "is not a readable tar archive"
                };
                report_failure(col, label, trip.get(), &e, what);
                reported = true;
                break;
            }
        };
        parsed_any = true;
        let raw_bytes = entry.path_bytes().into_owned();
        let kind = classify(entry.header().entry_type());
        match kind {
            Kind::Skip => continue,
            Kind::Link => {
                let target = entry
                    .link_name_bytes()
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .unwrap_or_default();
                let path = col.member_path_bytes(prefix, &raw_bytes);
                let what = if entry.header().entry_type() == EntryType::Link {
                    "hard link"
                } else {
                    "symbolic link"
                };
                col.issue(
                    Some(&path),
                    IssueKind::Link,
                    format!("member {path} is a {what} to {target:?}; links are not followed"),
                );
                continue;
            }
            Kind::Special(what) => {
                let path = col.member_path_bytes(prefix, &raw_bytes);
                col.issue(
                    Some(&path),
                    IssueKind::SpecialFile,
                    format!("member {path} is a {what}; not read"),
                );
                continue;
            }
            Kind::File => {}
        }
        if !col.room_for_member() {
            break;
        }
        let path = col.member_path_bytes(prefix, &raw_bytes);
        let declared = entry.size();
        let outcome = col.read_bounded(&mut entry, Some(declared), None);
        if let (ReadOutcome::Failed(e, _), Some(t)) = (&outcome, trip.get()) {
            report_failure(col, &path, Some(t), e, "");
            reported = true;
            break;
        }
        if !col.settle(path, outcome, depth) {
            break;
        }
    }
    if let Some(t) = trip.get() {
        // The guard can also trip while the tar reader skips data nobody asked for.
        if !reported {
            report_failure(col, label, Some(t), &std::io::Error::other("limit"), "");
        }
    }
    // An empty but well-formed tar is a readable (empty) package, not a failure.
    parsed_any || !broken
}
