//! Compressed streams (gzip, xz, bzip2) and plain tar: decompress lazily under a guard,
//! then read a tar, or a single file when the stream holds something else.

use std::cell::Cell;
use std::io::{self, Cursor, Read};
use std::rc::Rc;

use super::tar::read_tar;
use crate::limits::{Collector, CountingReader, ReadOutcome, StreamGuard, Trip};
use crate::paths::human;
use crate::sniff::{looks_like_tar, strip_compression_suffix};
use crate::types::{ArchiveFormat, IssueKind};

/// xz lets a stream demand any dictionary size; 256 MiB covers every real preset
/// (xz -9 uses 64 MiB) while refusing absurd allocations.
const XZ_MEM_LIMIT_KIB: u32 = 256 * 1024;

pub(super) fn read_stream(
    col: &mut Collector<'_>,
    bytes: &[u8],
    format: ArchiveFormat,
    prefix: &str,
    depth: u32,
    name: &str,
) -> bool {
    let input = Rc::new(Cell::new(0u64));
    let trip = Rc::new(Cell::new(None));
    let counted = CountingReader {
        inner: bytes,
        count: Rc::clone(&input),
    };
    let decoder: Box<dyn Read + '_> = match format {
        ArchiveFormat::TarGz => Box::new(flate2::read::MultiGzDecoder::new(counted)),
        ArchiveFormat::TarXz => Box::new(lzma_rust2::XzReader::new_mem_limit(
            counted,
            true,
            XZ_MEM_LIMIT_KIB,
        )),
        ArchiveFormat::TarBz2 => Box::new(bzip2::read::MultiBzDecoder::new(counted)),
        ArchiveFormat::Tar | ArchiveFormat::Zip => Box::new(counted),
    };
    let mut guard = StreamGuard {
        inner: decoder,
        input,
        out: 0,
        cap: col.limits.max_total_bytes,
        ratio: col.limits.max_ratio,
        trip: Rc::clone(&trip),
    };

    let mut head = Vec::with_capacity(512);
    let head_result = (&mut guard).take(512).read_to_end(&mut head);
    let label = if prefix.is_empty() {
        name.to_owned()
    } else {
        prefix.trim_end_matches("!/").to_owned()
    };
    if let Err(e) = head_result
        && head.is_empty()
    {
        report_failure(col, &label, trip.get(), &e, "could not be decompressed");
        return false;
    }
    if head.len() == 512 && looks_like_tar(&head) {
        let chained = Cursor::new(head).chain(guard);
        return read_tar(col, chained, prefix, depth, &trip, &label);
    }
    if format == ArchiveFormat::Tar {
        col.issue(
            Some(&label),
            IssueKind::Corrupt,
            format!("{label} looked like a tar archive but its first header is invalid"),
        );
        return false;
    }
    // Not a tar: the decompressed stream is one file, named the way gunzip would name it.
    let inner = strip_compression_suffix(name, format);
    if !col.room_for_member() {
        return true;
    }
    let path = col.member_path(prefix, &inner);
    let mut rest = Cursor::new(head).chain(guard);
    let outcome = col.read_bounded(Some(&path), &mut rest, None, None);
    match (outcome, trip.get()) {
        (ReadOutcome::Failed(e, _), Some(t)) => report_failure(col, &path, Some(t), &e, ""),
        (outcome, _) => {
            col.settle(path, outcome, depth);
        }
    }
    true
}

/// Records why a stream stopped: a guard trip if there was one, otherwise corruption.
pub(super) fn report_failure(
    col: &mut Collector<'_>,
    label: &str,
    trip: Option<Trip>,
    err: &io::Error,
    what: &str,
) {
    match trip {
        Some(Trip::Ratio { out, input }) => {
            let ratio = col.limits.max_ratio;
            col.issue(
                Some(label),
                IssueKind::RatioLimit,
                format!(
                    "{label} decompresses to more than {} from {} (ratio above {ratio}); likely a decompression bomb, reading stopped",
                    human(out),
                    human(input)
                ),
            );
        }
        Some(Trip::Total) => col.stop_total(Some(label)),
        None => col.issue(
            Some(label),
            IssueKind::Corrupt,
            format!("{label} {what}: {err}"),
        ),
    }
}
