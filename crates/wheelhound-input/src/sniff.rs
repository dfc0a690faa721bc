//! Format detection from content, because hostile packages lie with their file names.

use crate::types::ArchiveFormat;

/// Sniffs the container format from magic bytes (never the file name):
/// 1f 8b = gzip (tar.gz), fd 37 7a 58 5a 00 = xz, 42 5a 68 = bzip2, 50 4b 03 04 / 50 4b 05 06 = zip, "ustar" at offset 257 = plain tar.
pub fn sniff(bytes: &[u8]) -> Option<ArchiveFormat> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        Some(ArchiveFormat::TarGz)
    } else if bytes.starts_with(&[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) {
        Some(ArchiveFormat::TarXz)
    } else if bytes.starts_with(b"BZh") {
        Some(ArchiveFormat::TarBz2)
    } else if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Some(ArchiveFormat::Zip)
    } else if bytes.get(257..262) == Some(b"ustar") {
        Some(ArchiveFormat::Tar)
    } else {
        None
    }
}

/// True when a 512-byte block is a tar header: either ustar-tagged or carrying a valid
/// header checksum (old v7 tars have no magic), or all zeros (an empty archive).
///
/// Used after decompression to tell a compressed tar from a bare compressed file.
pub(crate) fn looks_like_tar(block: &[u8]) -> bool {
    let Some(block) = block.get(..512) else {
        return false;
    };
    if block.get(257..262) == Some(b"ustar") {
        return true;
    }
    if block.iter().all(|&b| b == 0) {
        return true;
    }
    let Some(field) = block.get(148..156) else {
        return false;
    };
    let digits: String = field
        .iter()
        .map(|&b| b as char)
        .filter(|c| c.is_digit(8))
        .collect();
    let Ok(stored) = u64::from_str_radix(&digits, 8) else {
        return false;
    };
    let sum: u64 = block
        .iter()
        .enumerate()
        .map(|(i, &b)| {
            if (148..156).contains(&i) {
                32
            } else {
                u64::from(b)
            }
        })
        .sum();
    sum == stored
}

/// The file name a bare compressed stream decompresses to, the way gunzip names it.
pub(crate) fn strip_compression_suffix(name: &str, format: ArchiveFormat) -> String {
    let lower = name.to_ascii_lowercase();
    let cut = |suffix: &str| name.get(..name.len() - suffix.len()).map(str::to_owned);
    let stripped = match format {
        ArchiveFormat::TarGz if lower.ends_with(".tgz") => cut(".tgz").map(|s| s + ".tar"),
        ArchiveFormat::TarGz if lower.ends_with(".gz") => cut(".gz"),
        ArchiveFormat::TarXz if lower.ends_with(".txz") => cut(".txz").map(|s| s + ".tar"),
        ArchiveFormat::TarXz if lower.ends_with(".xz") => cut(".xz"),
        ArchiveFormat::TarBz2 if lower.ends_with(".tbz2") => cut(".tbz2").map(|s| s + ".tar"),
        ArchiveFormat::TarBz2 if lower.ends_with(".bz2") => cut(".bz2"),
        _ => None,
    };
    match stripped {
        Some(s) if !s.is_empty() => s,
        _ if name.is_empty() => "data".to_owned(),
        _ => name.to_owned(),
    }
}
