//! Archive readers. All of them work on bytes already in memory and never touch the disk.

mod stream;
mod tar;
mod zip;

use std::panic::{self, AssertUnwindSafe};

use crate::limits::Collector;
use crate::types::{ArchiveFormat, IssueKind};

/// Reads the archive `bytes` into `col`, naming members `prefix + name`. `depth` is the
/// nesting level of this archive (0 for the input itself). `name` is the archive's own
/// file name, used to name a bare compressed stream after decompression.
///
/// Returns false when the container could not be decoded at all (a `Corrupt` issue has
/// then been recorded); partial reads return true with issues.
pub(crate) fn read_archive(
    col: &mut Collector<'_>,
    bytes: &[u8],
    format: ArchiveFormat,
    prefix: &str,
    depth: u32,
    name: &str,
) -> bool {
    // Last line of defence: a decoder bug on hostile bytes must cost one archive, not the
    // whole run. The collector stays consistent (members are only ever appended).
    let result = panic::catch_unwind(AssertUnwindSafe(|| match format {
        ArchiveFormat::Zip => zip::read_zip(col, bytes, prefix, depth, name),
        ArchiveFormat::Tar
        | ArchiveFormat::TarGz
        | ArchiveFormat::TarXz
        | ArchiveFormat::TarBz2 => stream::read_stream(col, bytes, format, prefix, depth, name),
    }));
    match result {
        Ok(opened) => opened,
        Err(_) => {
            let label = if prefix.is_empty() {
                name
            } else {
                prefix.trim_end_matches("!/")
            };
            col.issue(
                Some(label),
                IssueKind::Corrupt,
                format!(
                    "{label} is malformed in a way that crashed its decoder; members read before are kept"
                ),
            );
            false
        }
    }
}
