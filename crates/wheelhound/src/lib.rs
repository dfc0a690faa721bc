//! wheelhound: finds malicious code in Python packages without running them.
//!
//! The library wires the one-way flow together: [`wheelhound_input`] reads bytes,
//! [`wheelhound_analysis`] finds evidence, [`wheelhound_scoring`] weighs it,
//! [`wheelhound_report`] writes the reports and [`wheelhound_render`] prints them.
//! The `wheelhound` binary only parses arguments and picks the exit status.

mod callers;
mod package;
mod package_level;
mod scan;
mod triggers;

pub use package::analyze_package;
pub use scan::scan_streaming;
pub use wheelhound_analysis::AnalysisOptions;
pub use wheelhound_input::{DistKind, InputSpec, Limits, LoadOptions};
pub use wheelhound_report::{PackageReport, Verdict};

/// Options of one scan.
#[derive(Clone, Debug, Default)]
pub struct ScanOptions {
    /// How inputs are read (limits, password, index).
    pub load: LoadOptions,
    /// Report every analysed file, not only those with findings.
    pub all_files: bool,
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    /// Bounds of per-file analysis.
    pub analysis: AnalysisOptions,
}
