//! Budget keeping: every byte materialised goes through here, so a lying header or a
//! compression bomb can never make the reader allocate beyond the configured limits.

use foldhash::{HashSet, HashSetExt};
use std::cell::Cell;
use std::io::{self, Read};
use std::rc::Rc;

use crate::archive;
use crate::paths::{clean_name, escape_bytes, human};
use crate::sniff::sniff;
use crate::types::{InputIssue, IssueKind, Limits, MIB, Member};

/// Ratios are only judged past this much output: small files compress absurdly well.
pub(crate) const RATIO_FLOOR: u64 = MIB;

/// Nested archives up to this size are kept as members too (so their bytes can be hashed
/// and inspected); bigger ones are listed with their size but without their bytes, since
/// their contents are already expanded next to them.
pub(crate) const KEEP_NESTED_ARCHIVE_BYTES: u64 = MIB;

const CHUNK: usize = 64 * 1024;

/// How much of a data member is kept: a member that is not Python, not bytecode, not a script
/// and not an archive is only ever read for its magic bytes, its first 64 KiB of text and (for
/// metadata) its first mebibyte, so the rest is neither copied nor, in a zip, inflated.
pub(crate) const DATA_HEAD_BYTES: usize = MIB as usize;

/// True when a member must be read whole: Python source, bytecode and `.pth` files are
/// analysed, scripts may be Python (`#!…python`), and archives and compressed streams are
/// opened. `head` is the member's first bytes.
pub(crate) fn needs_whole(name: &str, head: &[u8]) -> bool {
    let file = name.rsplit('/').next().unwrap_or(name).to_ascii_lowercase();
    const CODE: [&str; 6] = [".py", ".pyw", ".pyi", ".pth", ".pyc", ".pyo"];
    CODE.iter().any(|ext| file.ends_with(ext)) || head.starts_with(b"#!") || sniff(head).is_some()
}

/// Accumulates one package's members and issues while enforcing its budgets.
pub(crate) struct Collector<'o> {
    pub limits: &'o Limits,
    pub password: Option<&'o [u8]>,
    pub members: Vec<Member>,
    pub issues: Vec<InputIssue>,
    total: u64,
    stopped: bool,
    seen: HashSet<String>,
    /// Read buffer shared by every member: allocating (and zeroing) one per member cost more
    /// than reading the thousands of small files of a typical sdist.
    chunk: Vec<u8>,
}

/// How reading one member's bytes ended.
pub(crate) enum ReadOutcome {
    Data(Vec<u8>),
    /// A data member (see [`DATA_HEAD_BYTES`]): its first bytes, and its whole size when the
    /// header declared it.
    Head(Vec<u8>, Option<u64>),
    /// Above the member limit; holds the size known so far (declared or read).
    TooBig(u64),
    /// The per-entry ratio limit tripped after `out` bytes from `compressed` bytes.
    Ratio {
        out: u64,
        compressed: u64,
    },
    /// The package's total budget ran out.
    Total,
    /// The underlying reader failed; holds what was read before.
    Failed(io::Error, Vec<u8>),
}

impl<'o> Collector<'o> {
    pub fn new(limits: &'o Limits, password: Option<&'o [u8]>) -> Self {
        Collector {
            limits,
            password,
            members: Vec::new(),
            issues: Vec::new(),
            total: 0,
            stopped: false,
            seen: HashSet::new(),
            chunk: Vec::new(),
        }
    }

    pub fn issue(&mut self, path: Option<&str>, kind: IssueKind, message: String) {
        self.issues.push(InputIssue {
            path: path.map(str::to_owned),
            kind,
            message,
        });
    }

    /// True once a package-wide limit was hit: nothing more is read.
    pub fn stopped(&self) -> bool {
        self.stopped
    }

    fn remaining(&self) -> u64 {
        self.limits.max_total_bytes.saturating_sub(self.total)
    }

    /// Records the total-budget stop once, whoever notices it first.
    pub fn stop_total(&mut self, path: Option<&str>) {
        if !self.stopped {
            self.stopped = true;
            let limit = human(self.limits.max_total_bytes);
            self.issue(
                path,
                IssueKind::TotalBytesLimit,
                format!(
                    "the package exceeds the {limit} total size limit; reading stopped, members read so far are analysed"
                ),
            );
        }
    }

    /// Checks the member-count budget before a new member is read.
    pub fn room_for_member(&mut self) -> bool {
        if self.stopped {
            return false;
        }
        if self.members.len() >= self.limits.max_members {
            self.stopped = true;
            let n = self.limits.max_members;
            self.issue(
                None,
                IssueKind::MemberCountLimit,
                format!("the package has more than {n} members; the rest were not read"),
            );
            return false;
        }
        true
    }

    /// Like [`Self::member_path`] for a name given as raw bytes (tar headers): invalid
    /// UTF-8 is replaced with U+FFFD and flagged.
    pub fn member_path_bytes(&mut self, prefix: &str, raw: &[u8]) -> String {
        match std::str::from_utf8(raw) {
            Ok(name) => self.member_path(prefix, name),
            Err(_) => {
                let lossy = String::from_utf8_lossy(raw).into_owned();
                let path = self.member_path(prefix, &lossy);
                self.issue(
                    Some(&path),
                    IssueKind::InvalidName,
                    format!(
                        "member name {} is not valid UTF-8; invalid bytes were replaced, its bytes are analysed as {path}",
                        escape_bytes(raw)
                    ),
                );
                path
            }
        }
    }

    /// Turns a raw member name into its display path under `prefix`, flagging traversal
    /// and control characters (which are replaced with U+FFFD so they cannot reach a terminal).
    pub fn member_path(&mut self, prefix: &str, raw: &str) -> String {
        let clean = clean_name(raw);
        let path = format!("{prefix}{}", clean.path);
        if clean.control {
            self.issue(
                Some(&path),
                IssueKind::InvalidName,
                format!(
                    "member name {raw:?} contains control characters; they were replaced, its bytes are analysed as {path}"
                ),
            );
        }
        if clean.traversal {
            self.issue(
                Some(&path),
                IssueKind::PathTraversal,
                format!(
                    "member name {raw:?} points outside the package (absolute path, drive letter or '..'); its bytes are analysed as {path}"
                ),
            );
        }
        path
    }

    /// Reads one member under the member and total limits. `declared` is the size the
    /// container claims (used only to refuse early, never to allocate); `compressed` enables
    /// the per-entry ratio check.
    /// Reads one member within the limits. With `name` (its path in the package), a data
    /// member (see [`needs_whole`]) stops after [`DATA_HEAD_BYTES`]; without, it is read whole
    /// (an encrypted member, whose wrong password only shows in the checksum at its end).
    pub fn read_bounded(
        &mut self,
        name: Option<&str>,
        reader: &mut dyn Read,
        declared: Option<u64>,
        compressed: Option<u64>,
    ) -> ReadOutcome {
        let member_cap = self.limits.max_member_bytes;
        if let Some(d) = declared.filter(|&d| d > member_cap) {
            return ReadOutcome::TooBig(d);
        }
        let remaining = self.remaining();
        // The declared size is only a hint from a hostile header: it may size the buffer, never
        // past the limits, and never past what the compressed size could honestly inflate to.
        let honest = compressed.map_or(u64::MAX, |c| {
            self.limits
                .max_ratio
                .saturating_mul(c.max(1))
                .max(RATIO_FLOOR)
        });
        let initial = declared
            .unwrap_or(0)
            .min(member_cap)
            .min(remaining)
            .min(honest);
        let mut data = Vec::with_capacity(usize::try_from(initial).unwrap_or(0));
        if self.chunk.len() != CHUNK {
            self.chunk = vec![0u8; CHUNK];
        }
        let chunk = &mut self.chunk;
        // Judged once, when the first mebibyte is in: a member found to need reading whole
        // is not judged again at every later chunk.
        let mut judged_by_head = name;
        loop {
            let n = match reader.read(chunk) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return ReadOutcome::Failed(e, shrunk(data)),
            };
            let new_len = data.len() as u64 + n as u64;
            if new_len > member_cap {
                // Bytes inflated and then thrown away still cost work: they are charged to
                // the package budget, or a nested bomb whose every leaf trips a per-member
                // limit would decompress without end.
                self.total = self.total.saturating_add(new_len);
                return ReadOutcome::TooBig(declared.unwrap_or(0).max(new_len));
            }
            if new_len > remaining {
                return ReadOutcome::Total;
            }
            data.extend_from_slice(chunk.get(..n).unwrap_or(&[]));
            if data.len() >= DATA_HEAD_BYTES
                && let Some(name) = judged_by_head.take()
                && !needs_whole(name, &data)
            {
                // The rest is not inflated, so a bomb is judged by what its header declares.
                if let (Some(d), Some(c)) = (declared, compressed)
                    && d > RATIO_FLOOR
                    && d > self.limits.max_ratio.saturating_mul(c.max(1))
                {
                    return ReadOutcome::Ratio {
                        out: d,
                        compressed: c,
                    };
                }
                data.truncate(DATA_HEAD_BYTES);
                // A header's size is a claim; it counts only when it is at least what was read.
                let size = declared.filter(|&d| d >= data.len() as u64);
                return ReadOutcome::Head(shrunk(data), size);
            }
            if let Some(c) = compressed
                && new_len > RATIO_FLOOR
                && new_len > self.limits.max_ratio.saturating_mul(c.max(1))
            {
                self.total = self.total.saturating_add(new_len);
                return ReadOutcome::Ratio {
                    out: new_len,
                    compressed: c,
                };
            }
        }
        ReadOutcome::Data(shrunk(data))
    }

    /// Records the outcome of [`Self::read_bounded`] for `path`; returns false when the
    /// caller should stop reading this container (the budget is gone or the stream broke).
    pub fn settle(&mut self, path: String, outcome: ReadOutcome, depth: u32) -> bool {
        match outcome {
            ReadOutcome::Data(data) => {
                self.push(path, data, depth);
                true
            }
            ReadOutcome::Head(data, size) => {
                let size = size.unwrap_or(data.len() as u64);
                self.total += data.len() as u64;
                self.note_name(&path);
                self.members.push(Member { path, data, size });
                true
            }
            ReadOutcome::TooBig(size) => {
                self.skip_too_big(path, size);
                true
            }
            ReadOutcome::Ratio { out, compressed } => {
                let ratio = self.limits.max_ratio;
                self.issue(
                    Some(&path),
                    IssueKind::RatioLimit,
                    format!(
                        "member {path} expands beyond {} from {} compressed (ratio above {ratio}); likely a decompression bomb, not analysed",
                        human(out),
                        human(compressed)
                    ),
                );
                true
            }
            ReadOutcome::Total => {
                self.stop_total(Some(&path));
                false
            }
            ReadOutcome::Failed(err, partial) => {
                self.issue(
                    Some(&path),
                    IssueKind::Corrupt,
                    format!(
                        "member {path} could not be read completely ({err}); the {} read before the error are analysed",
                        human(partial.len() as u64)
                    ),
                );
                if !partial.is_empty() {
                    self.push(path, partial, depth);
                }
                false
            }
        }
    }

    /// Lists a member that was too big to materialise, so reports still show it.
    pub fn skip_too_big(&mut self, path: String, size: u64) {
        let limit = human(self.limits.max_member_bytes);
        self.issue(
            Some(&path),
            IssueKind::MemberSizeLimit,
            format!(
                "member {path} is {}, above the {limit} member limit; not analysed",
                human(size)
            ),
        );
        self.members.push(Member {
            path,
            data: Vec::new(),
            size,
        });
    }

    /// Adds a materialised member, expanding it first when it is itself an archive.
    /// `depth` is the nesting level of the container the member came from (0 = top).
    pub fn push(&mut self, path: String, data: Vec<u8>, depth: u32) {
        self.total += data.len() as u64;
        self.note_name(&path);
        let size = data.len() as u64;
        let mut data = data;
        if let Some(format) = sniff(&data) {
            if depth >= self.limits.max_depth {
                let max = self.limits.max_depth;
                self.issue(
                    Some(&path),
                    IssueKind::DepthLimit,
                    format!(
                        "member {path} is an archive nested more than {max} levels deep; analysed as raw bytes, not opened"
                    ),
                );
            } else {
                let prefix = format!("{path}!/");
                let name = path.rsplit('/').next().unwrap_or("").to_owned();
                // Reserve the slot first so the container precedes its contents.
                let index = self.members.len();
                self.members.push(Member {
                    path,
                    data: Vec::new(),
                    size,
                });
                let opened = archive::read_archive(self, &data, format, &prefix, depth + 1, &name);
                if opened && size > KEEP_NESTED_ARCHIVE_BYTES {
                    data = Vec::new();
                    self.total = self.total.saturating_sub(size);
                }
                if let Some(slot) = self.members.get_mut(index) {
                    slot.data = data;
                }
                return;
            }
        }
        self.members.push(Member { path, data, size });
    }
}

impl Collector<'_> {
    /// Records `path` as seen, with an issue when another member already had it.
    fn note_name(&mut self, path: &str) {
        if !self.seen.insert(path.to_owned()) {
            self.issue(
                Some(path),
                IssueKind::DuplicateName,
                format!(
                    "more than one member is named {path}; all copies are analysed (an installer keeps only the last)"
                ),
            );
        }
    }
}

/// Gives back the memory a header that overstated the size made us reserve, so members kept
/// for the whole scan of the package hold only their bytes.
fn shrunk(mut data: Vec<u8>) -> Vec<u8> {
    if data.capacity() - data.len() > data.len().max(CHUNK) {
        data.shrink_to_fit();
    }
    data
}

/// Why a stream guard cut a decompression short.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Trip {
    Ratio { out: u64, input: u64 },
    Total,
}

/// Counts the compressed bytes a decoder pulls, for the whole-stream ratio check.
pub(crate) struct CountingReader<R> {
    pub inner: R,
    pub count: Rc<Cell<u64>>,
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// Wraps a decoder's output and fails the stream as soon as it grows past its cap or its
/// ratio to the compressed input; the trip is recorded aside because wrappers such as the
/// tar reader re-word I/O errors.
pub(crate) struct StreamGuard<R> {
    pub inner: R,
    pub input: Rc<Cell<u64>>,
    pub out: u64,
    pub cap: u64,
    pub ratio: u64,
    pub trip: Rc<Cell<Option<Trip>>>,
}

impl<R: Read> Read for StreamGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(t) = self.trip.get() {
            return Err(io::Error::other(format!("stream limit reached: {t:?}")));
        }
        let n = self.inner.read(buf)?;
        self.out += n as u64;
        let input = self.input.get().max(1);
        let trip = if self.out > self.cap {
            Some(Trip::Total)
        } else if self.out > RATIO_FLOOR && self.out > self.ratio.saturating_mul(input) {
            Some(Trip::Ratio {
                out: self.out,
                input,
            })
        } else {
            None
        };
        if let Some(t) = trip {
            self.trip.set(Some(t));
            return Err(io::Error::other(format!("stream limit reached: {t:?}")));
        }
        Ok(n)
    }
}
