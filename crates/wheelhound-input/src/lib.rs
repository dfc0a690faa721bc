//! Turns command-line inputs (directories, archives, single files, `pypi:` specs) into
//! in-memory packages for static analysis. Nothing read here is ever executed or
//! unpacked to disk: every package is a list of (path, bytes) members plus issues.

mod archive;
mod dir;
mod limits;
mod load;
mod parse;
mod paths;
mod pypi;
mod sniff;
mod types;

pub use load::{load, load_bytes};
pub use parse::parse_input;
pub use sniff::sniff;
pub use types::{
    ArchiveFormat, DistKind, InputError, InputIssue, InputSpec, IssueKind, Limits, LoadOptions,
    MIB, Member, Origin, Package,
};
