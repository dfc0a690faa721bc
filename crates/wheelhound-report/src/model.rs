//! Serialisable report types.

use serde::Serialize;

/// The package-level decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Nothing in the package looks malicious.
    Benign,
    /// Behaviour that warrants a human look, short of a confident malware call.
    Suspicious,
    /// The evidence is strong enough to block the package.
    Malicious,
    /// The package could not be read at all.
    Error,
}

impl Verdict {
    /// The lower-case word used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Benign => "benign",
            Verdict::Suspicious => "suspicious",
            Verdict::Malicious => "malicious",
            Verdict::Error => "error",
        }
    }

    /// Parses the `--fail-on` words.
    pub fn parse(word: &str) -> Option<Verdict> {
        match word {
            "benign" => Some(Verdict::Benign),
            "suspicious" => Some(Verdict::Suspicious),
            "malicious" => Some(Verdict::Malicious),
            "error" => Some(Verdict::Error),
            _ => None,
        }
    }

    /// Order of severity used by `--fail-on`: error counts as failing only when asked for.
    pub fn rank(self) -> u8 {
        match self {
            Verdict::Benign => 0,
            Verdict::Suspicious => 1,
            Verdict::Malicious => 2,
            Verdict::Error => 3,
        }
    }
}

/// One piece of evidence as shown in a report.
#[derive(Clone, Debug, Serialize)]
pub struct Evidence {
    /// Detector id, e.g. `WH120`.
    pub rule: String,
    /// Detector name, e.g. `process-spawn`.
    pub name: String,
    /// File path (with `#layerN` for decoded payloads).
    pub path: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// Shortened source text.
    pub snippet: String,
    /// What was seen.
    pub message: String,
    /// When it runs: install, import, runtime, test_or_docs.
    pub context: String,
}

/// How one piece of evidence moved one score: the report says which evidence moved each score.
#[derive(Clone, Debug, Serialize)]
pub struct ScoreMove {
    /// `malware`, `securityRisk` or `obfuscated`.
    pub score: String,
    /// Detector id or combination id (e.g. `combo:exec-decoded`).
    pub rule: String,
    /// `path:line` of the evidence.
    pub location: String,
    /// The weight this evidence contributed before combination.
    pub weight: f64,
    /// Why it weighs that much, e.g. "process spawn at install time (×1.0)".
    pub reason: String,
}

/// The report for one analysed file, with the SocketAI fields first.
#[derive(Clone, Debug, Serialize)]
pub struct FileReport {
    /// Path inside the package.
    pub path: String,
    /// What the file is for.
    pub purpose: String,
    /// Where sensitive data comes from.
    pub sources: String,
    /// Where data or control goes.
    pub sinks: String,
    /// Source-to-sink paths, `source (file:line) → sink (file:line)`.
    pub flows: String,
    /// Unusual constructs.
    pub anomalies: String,
    /// The evidence walked in order.
    pub analysis: String,
    /// The verdict for this file and its decisive reasons.
    pub conclusion: String,
    /// How sure the engine is of its scores, 0..1.
    pub confidence: f64,
    /// Degree of obfuscation, 0..1.
    pub obfuscated: f64,
    /// Likelihood the file is malicious, 0..1.
    pub malware: f64,
    /// Risk the file poses even if not malicious, 0..1.
    #[serde(rename = "securityRisk")]
    pub security_risk: f64,
    /// The report's ordinal for this file: 1 is the static engine.
    pub report_number: u32,
    /// Every finding the sentences rest on.
    pub evidence: Vec<Evidence>,
    /// Which evidence moved each score.
    pub score_moves: Vec<ScoreMove>,
    /// Problems analysing this file (parse errors, bounds hit).
    pub errors: Vec<String>,
}

/// Exactly the fields of the reference SocketAI format, in order.
#[derive(Clone, Debug, Serialize)]
pub struct SocketAiReport<'a> {
    /// See [`FileReport::purpose`].
    pub purpose: &'a str,
    /// See [`FileReport::sources`].
    pub sources: &'a str,
    /// See [`FileReport::sinks`].
    pub sinks: &'a str,
    /// See [`FileReport::flows`].
    pub flows: &'a str,
    /// See [`FileReport::anomalies`].
    pub anomalies: &'a str,
    /// See [`FileReport::analysis`].
    pub analysis: &'a str,
    /// See [`FileReport::conclusion`].
    pub conclusion: &'a str,
    /// See [`FileReport::confidence`].
    pub confidence: f64,
    /// See [`FileReport::obfuscated`].
    pub obfuscated: f64,
    /// See [`FileReport::malware`].
    pub malware: f64,
    /// See [`FileReport::security_risk`].
    #[serde(rename = "securityRisk")]
    pub security_risk: f64,
    /// See [`FileReport::report_number`].
    pub report_number: u32,
}

impl FileReport {
    /// The reference-format view of this report.
    pub fn socketai(&self) -> SocketAiReport<'_> {
        SocketAiReport {
            purpose: &self.purpose,
            sources: &self.sources,
            sinks: &self.sinks,
            flows: &self.flows,
            anomalies: &self.anomalies,
            analysis: &self.analysis,
            conclusion: &self.conclusion,
            confidence: self.confidence,
            obfuscated: self.obfuscated,
            malware: self.malware,
            security_risk: self.security_risk,
            report_number: self.report_number,
        }
    }
}

/// A problem reading or analysing part of a package.
#[derive(Clone, Debug, Serialize)]
pub struct PackageError {
    /// The member concerned, when there is one.
    pub path: Option<String>,
    /// Machine-readable kind, e.g. `member_size_limit`, `parse_timeout`.
    pub kind: String,
    /// Clear English.
    pub message: String,
}

/// The report for one input package.
#[derive(Clone, Debug, Serialize)]
pub struct PackageReport {
    /// The input exactly as given on the command line.
    pub input: String,
    /// Declared name from PKG-INFO/METADATA/setup.py/pyproject.toml, when found.
    pub name: Option<String>,
    /// Declared version, when found.
    pub version: Option<String>,
    /// Declared one-line summary, when found.
    pub summary: Option<String>,
    /// Declared entry points (`group: name = module:object`).
    pub entry_points: Vec<String>,
    /// The decision.
    pub verdict: Verdict,
    /// Package malware score: the worst file's, raised by package-level and cross-file evidence.
    pub malware: f64,
    /// Package security-risk score.
    #[serde(rename = "securityRisk")]
    pub security_risk: f64,
    /// Package obfuscation score.
    pub obfuscated: f64,
    /// Confidence in the verdict.
    pub confidence: f64,
    /// The one or two decisive reasons, with `file:line`.
    pub reasons: Vec<String>,
    /// How many files were analysed as Python.
    pub files_analysed: usize,
    /// How many members the package had.
    pub members: usize,
    /// Per-file reports, worst first (files with findings unless all files were asked for).
    pub files: Vec<FileReport>,
    /// Package-level evidence (typosquatting, impersonation, native binaries in an sdist).
    pub package_evidence: Vec<Evidence>,
    /// How package-level evidence and cross-file combinations moved the package scores, on top
    /// of the worst file's (whose moves are in its file report).
    pub score_moves: Vec<ScoreMove>,
    /// What could not be read or analysed.
    pub errors: Vec<PackageError>,
}
