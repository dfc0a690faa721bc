//! Directory inputs: every regular file under the root, links recorded but never followed.

use std::fs::File;
use std::path::{Component, Path};

use walkdir::WalkDir;

use crate::limits::Collector;
use crate::types::IssueKind;

/// Walks `root` into `col`; returns false when the root itself cannot be listed.
pub(crate) fn read_dir(col: &mut Collector<'_>, root: &Path) -> bool {
    let walker = WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter();
    for entry in walker {
        if col.stopped() {
            break;
        }
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                if e.depth() == 0 {
                    col.issue(
                        None,
                        IssueKind::Unreadable,
                        format!("directory {} cannot be read: {e}", root.display()),
                    );
                    return false;
                }
                let rel = e.path().map(|p| relative(root, p)).unwrap_or_default();
                col.issue(
                    Some(&rel),
                    IssueKind::Unreadable,
                    format!("{rel} cannot be read: {e}"),
                );
                continue;
            }
        };
        if entry.depth() == 0 {
            continue;
        }
        let raw = relative(root, entry.path());
        let file_type = entry.file_type();
        if file_type.is_dir() {
            continue;
        }
        if file_type.is_symlink() {
            let path = col.member_path("", &raw);
            let target = std::fs::read_link(entry.path())
                .map(|t| t.to_string_lossy().into_owned())
                .unwrap_or_default();
            col.issue(
                Some(&path),
                IssueKind::Link,
                format!("{path} is a symbolic link to {target:?}; links are not followed"),
            );
            continue;
        }
        if !file_type.is_file() {
            let path = col.member_path("", &raw);
            col.issue(
                Some(&path),
                IssueKind::SpecialFile,
                format!("{path} is not a regular file (device, fifo or socket); not read"),
            );
            continue;
        }
        if !col.room_for_member() {
            break;
        }
        let path = col.member_path("", &raw);
        let mut file = match File::open(entry.path()) {
            Ok(f) => f,
            Err(e) => {
                col.issue(
                    Some(&path),
                    IssueKind::Unreadable,
                    format!("{path} cannot be opened: {e}"),
                );
                continue;
            }
        };
        let declared = file.metadata().ok().map(|m| m.len());
        let outcome = col.read_bounded(Some(&path), &mut file, declared, None);
        col.settle(path, outcome, 0);
    }
    true
}

/// The '/'-joined path of `path` below `root`, lossily decoded.
fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}
