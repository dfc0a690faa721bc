//! Evidence: what a detector saw, where, and in which execution context.

use serde::Serialize;

/// When the code holding a finding would run if the package were installed or used.
///
/// Context changes how much a finding weighs; it never hides one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExecContext {
    /// Runs during `pip install`: setup.py, its cmdclass hooks, `.pth` files.
    Install,
    /// Runs on `import`: module top level, class bodies.
    Import,
    /// Runs only when a function is called.
    Runtime,
    /// Lives under tests/, docs/, examples/ and the like.
    TestOrDocs,
}

impl ExecContext {
    /// Short English phrase used in report sentences.
    pub fn phrase(self) -> &'static str {
        match self {
            ExecContext::Install => "at install time",
            ExecContext::Import => "at import time",
            ExecContext::Runtime => "when called",
            ExecContext::TestOrDocs => "in test or documentation code",
        }
    }
}

/// What a finding says about the code, used to build the `sources`, `sinks` and `anomalies` sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Where sensitive data comes from (secrets, system information).
    Source,
    /// Where data or control goes (network, process, exec, file writes).
    Sink,
    /// A source reaching a sink.
    Flow,
    /// Something unusual: obfuscation, install hooks, suspicious endpoints.
    Anomaly,
}

/// Static description of a detector, shared by every finding it emits.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable identifier, e.g. `WH120`.
    pub id: &'static str,
    /// Kebab-case name, e.g. `process-spawn`.
    pub name: &'static str,
    /// One-line description.
    pub description: &'static str,
    /// Why the behaviour matters for malware detection.
    pub rationale: &'static str,
    /// Which report section the finding feeds.
    pub category: Category,
}

/// One piece of evidence with its position.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    /// The detector's id.
    pub rule: &'static str,
    /// The detector's name.
    pub name: &'static str,
    /// Report section this finding feeds.
    pub category: Category,
    /// Path of the file (with `#layerN` for decoded payloads).
    pub path: String,
    /// 1-based line in the carrying file.
    pub line: u32,
    /// 1-based column (characters).
    pub column: u32,
    /// The source text, shortened.
    pub snippet: String,
    /// What was seen, in plain English, e.g. "runs `curl http://x | sh` with os.system".
    pub message: String,
    /// When it would run.
    pub context: ExecContext,
    /// Detector-assigned strength in 0..1 before context is applied: how strongly this single
    /// finding indicates malicious intent. Scoring documents how it is combined.
    pub severity: f64,
    /// Short tags for the scorer and the report (e.g. `shell-download`, `credential-env`).
    pub tags: Vec<&'static str>,
    /// Line of the enclosing function definition (0 at module level), so the scorer can tell
    /// evidence in one function from evidence scattered over a large file.
    pub scope: u32,
}

impl Finding {
    /// `path:line` as shown in reports.
    pub fn location(&self) -> String {
        format!("{}:{}", self.path, self.line)
    }

    /// True when the finding carries `tag`.
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.contains(&tag)
    }
}
