//! Tar entries, read one by one from a (possibly decompressing) stream.

use std::cell::Cell;
use std::io::{self, Read, Seek, SeekFrom};
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

/// A stream the tar reader may "seek" forward in, by reading and dropping bytes.
///
/// The tar crate skips what a caller left unread of an entry (and the padding after every
/// entry) into a 32 KiB buffer it zeroes on each call: one zeroing per entry, which was a
/// twentieth of all instructions on sdists of many small files. Given a seekable reader it
/// seeks instead, and this seek reuses one buffer. Only forward moves exist; any other is
/// refused as unsupported.
struct ForwardSeek<R> {
    inner: R,
    pos: u64,
    scratch: Vec<u8>,
}

impl<R: Read> ForwardSeek<R> {
    fn new(inner: R) -> Self {
        ForwardSeek {
            inner,
            pos: 0,
            scratch: Vec::new(),
        }
    }

    fn discard(&mut self, mut amount: u64) -> io::Result<()> {
        if amount > 0 && self.scratch.is_empty() {
            self.scratch = vec![0; 32 << 10];
        }
        while amount > 0 {
            let want =
                usize::try_from(amount).map_or(self.scratch.len(), |a| a.min(self.scratch.len()));
            let Some(buf) = self.scratch.get_mut(..want) else {
                break;
            };
            let n = match self.inner.read(buf) {
                Ok(0) => {
                    return Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "unexpected EOF during skip",
                    ));
                }
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            self.pos += n as u64;
            amount -= n as u64;
        }
        Ok(())
    }
}

impl<R: Read> Read for ForwardSeek<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<R: Read> Seek for ForwardSeek<R> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Current(delta) => u64::try_from(delta)
                .ok()
                .and_then(|d| self.pos.checked_add(d)),
            SeekFrom::Start(at) => Some(at),
            SeekFrom::End(_) => None,
        };
        match target {
            Some(at) if at >= self.pos => {
                self.discard(at - self.pos)?;
                Ok(self.pos)
            }
            _ => Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "a compressed stream only moves forward",
            )),
        }
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
    let mut archive = tar::Archive::new(ForwardSeek::new(reader));
    let entries = match archive.entries_with_seek() {
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
        let outcome = col.read_bounded(Some(&path), &mut entry, Some(declared), None);
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
