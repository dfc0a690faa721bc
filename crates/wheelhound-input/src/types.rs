//! Public data types shared by every reader.

use std::path::PathBuf;

/// Bounds applied while reading one input. Every bound that is hit produces an `InputIssue`, never a crash.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Total uncompressed bytes materialised per package (nested archives count again).
    pub max_total_bytes: u64,
    /// A single member larger than this is not materialised (an issue is recorded instead).
    pub max_member_bytes: u64,
    /// Compression ratio (uncompressed / compressed) allowed per compressed stream, per zip
    /// archive and per zip entry; only enforced once the output passes 1 MiB so that tiny,
    /// highly compressible files are never flagged.
    pub max_ratio: u64,
    /// Members kept per package.
    pub max_members: usize,
    /// How many levels of archives inside archives are opened.
    pub max_depth: u32,
    /// Largest file downloaded from an index, and largest local archive file read.
    pub max_download_bytes: u64,
}

/// One mebibyte, the unit most limits are expressed in.
pub const MIB: u64 = 1024 * 1024;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_total_bytes: 512 * MIB,
            max_member_bytes: 32 * MIB,
            max_ratio: 1000,
            max_members: 100_000,
            max_depth: 3,
            max_download_bytes: 512 * MIB,
        }
    }
}

/// Which distribution files of a PyPI release are scanned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DistKind {
    /// The source distribution (falls back to the best wheel when a release has none).
    #[default]
    Sdist,
    /// One wheel, preferring a pure-Python `py3-none-any` one.
    Wheel,
    /// Every sdist, wheel and egg of the release, one package each.
    All,
}

/// Options for [`crate::load`].
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// Bounds for every package read.
    pub limits: Limits,
    /// Password for encrypted zips (ZipCrypto and AES); malware corpora commonly use one.
    pub password: Option<Vec<u8>>,
    /// Simple-API index base URL; overrides the environment and pip configuration.
    pub index_url: Option<String>,
    /// Which files of a PyPI release to scan.
    pub dist: DistKind,
}

/// A parsed command-line input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputSpec {
    /// A directory, an archive or a single file on disk.
    Path(PathBuf),
    /// A project on a package index, from `pypi:NAME` or `pypi:NAME==VERSION`.
    Pypi {
        /// The project name as written (normalised only when querying the index).
        name: String,
        /// The exact release requested, if any.
        version: Option<String>,
    },
}

/// What the package was read from.
#[derive(Clone, Debug, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Origin {
    /// A directory tree on disk.
    Directory,
    /// A single non-archive file on disk.
    File,
    /// An archive on disk; a bare gzip/xz/bzip2 stream that is not a tar also lands here,
    /// with the tar format of the same compression.
    Archive {
        /// Container format sniffed from the magic bytes.
        format: ArchiveFormat,
    },
    /// A file downloaded from a package index, after its sha256 was verified.
    Pypi {
        /// Where it was downloaded from.
        url: String,
        /// The verified sha256, lowercase hex.
        sha256: String,
        /// Container format sniffed from the magic bytes.
        format: ArchiveFormat,
    },
}

/// Container formats recognised by [`crate::sniff`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ArchiveFormat {
    /// gzip-compressed tar (also any gzip stream).
    TarGz,
    /// xz-compressed tar (also any xz stream).
    TarXz,
    /// bzip2-compressed tar (also any bzip2 stream).
    TarBz2,
    /// Uncompressed ustar/GNU tar.
    Tar,
    /// Zip, which covers wheels, eggs and zip sdists.
    Zip,
}

/// One file inside the package.
#[derive(Clone, Debug)]
pub struct Member {
    /// '/'-separated path inside the package; for a nested archive: "outer/inner.whl!/pkg/mod.py".
    /// Leading "./" stripped; never absolute (a traversal name is kept as display text only, with an issue).
    pub path: String,
    /// The member's bytes; empty when it was not materialised because of a limit.
    pub data: Vec<u8>,
    /// Uncompressed size as read (== data.len() unless the member was skipped for size).
    pub size: u64,
}

/// Something that went wrong or looked hostile while reading a package.
#[derive(Clone, Debug, serde::Serialize)]
pub struct InputIssue {
    /// Member concerned, if any.
    pub path: Option<String>,
    /// Machine-readable category.
    pub kind: IssueKind,
    /// Clear English for people.
    pub message: String,
}

/// Categories of [`InputIssue`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueKind {
    /// The package's total byte budget ran out; later members were not read.
    TotalBytesLimit,
    /// One member was above the member size limit and was not materialised.
    MemberSizeLimit,
    /// A stream or entry decompressed at a suspicious ratio (likely a bomb).
    RatioLimit,
    /// The package had more members than allowed; later ones were not read.
    MemberCountLimit,
    /// An archive nested too deep was kept as bytes, not opened.
    DepthLimit,
    /// A member name tried to leave the package root (`..`, absolute, drive letter).
    PathTraversal,
    /// A symbolic or hard link, recorded but never followed.
    Link,
    /// A device node, fifo or socket.
    SpecialFile,
    /// Two members share one path.
    DuplicateName,
    /// A member name in invalid UTF-8 or with control characters; shown with replacements.
    InvalidName,
    /// An encrypted member with no password given.
    Encrypted,
    /// An encrypted member that the given password does not open.
    WrongPassword,
    /// Damaged or truncated data.
    Corrupt,
    /// A file that could not be read (permissions, I/O error).
    Unreadable,
    /// The index or a file could not be fetched.
    Download,
    /// No such project, release or file.
    NotFound,
    /// A downloaded file does not match the sha256 its index publishes.
    HashMismatch,
}

impl IssueKind {
    /// True when the package could not be read at all (verdict becomes "error").
    ///
    /// Only the kinds that by construction leave nothing to read are fatal on their own.
    /// A `Corrupt` or `Unreadable` top-level input is also fatal, but that is decided per
    /// package: check [`Package::fatal`], which is authoritative.
    pub fn is_fatal(&self) -> bool {
        matches!(
            self,
            IssueKind::NotFound | IssueKind::Download | IssueKind::HashMismatch
        )
    }
}

/// Everything read from one input (or one file of a PyPI release).
#[derive(Clone, Debug)]
pub struct Package {
    /// Exactly the input string as given on the command line.
    pub input: String,
    /// What the package was read from.
    pub origin: Origin,
    /// Files, in archive order (directory inputs are sorted by path).
    pub members: Vec<Member>,
    /// Everything noteworthy met while reading.
    pub issues: Vec<InputIssue>,
    /// Nothing could be read: the package's verdict will be "error".
    pub fatal: bool,
}

/// Why [`crate::parse_input`] rejected a command-line input.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The input string was empty.
    #[error("empty input: give a directory, an archive, a file or pypi:NAME[==VERSION]")]
    Empty,
    /// `pypi:` followed by something that is not a valid project name.
    #[error("invalid project name {name:?} in {input:?}: {reason}")]
    InvalidName {
        /// The whole input.
        input: String,
        /// The offending name.
        name: String,
        /// What is wrong with it.
        reason: String,
    },
    /// `pypi:NAME==` followed by something that is not a PEP 440 version.
    #[error("invalid version {version:?} in {input:?}: expected a PEP 440 version such as 1.2.3")]
    InvalidVersion {
        /// The whole input.
        input: String,
        /// The offending version.
        version: String,
    },
    /// The path does not exist (or cannot be inspected).
    #[error("no such file or directory: {path} ({reason})")]
    PathNotFound {
        /// The path as given.
        path: String,
        /// The operating system's explanation.
        reason: String,
    },
}
