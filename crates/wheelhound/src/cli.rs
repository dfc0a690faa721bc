//! Command-line arguments. Defaults of the bounds come from [`Limits::default`] and
//! [`AnalysisOptions::default`] so `--help` cannot drift from what the scanner really uses.

use std::fmt;
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use wheelhound::{AnalysisOptions, DistKind, Limits, Verdict};
use wheelhound_render::Format;

const EXIT_CODES: &str = "\
Exit status:
  0  no package reached --fail-on
  1  at least one package reached --fail-on (malicious > suspicious > benign;
     packages that could not be read are reported as `error` and never trip it)
  2  usage error: bad option, rejected input, unwritable --output

Sizes accept plain bytes or a suffix: K/KiB, M/MiB, G/GiB, T/TiB (x1024), KB/MB/GB/TB (x1000).
Durations are seconds, fractions allowed (0.5).";

/// Largest accepted analysis size bound. Larger values are not a stricter or looser policy but
/// a mistake: the parser addresses text with 32-bit offsets, and a decoded layer is held in
/// memory several times over while it is parsed.
const MAX_ANALYSIS_BYTES: u64 = 1 << 30;

/// Deepest accepted `--max-syntax-depth`. The walk recurses once per level; at this depth it
/// stays well inside the 256 MiB stacks of the analysis threads, even in a debug build
/// (`tests/hostile.rs` walks 20,000 levels of a 200,000-deep file).
const MAX_SYNTAX_DEPTH: u32 = 20_000;

/// Deepest accepted `--max-layer-depth`: each layer is analysed one recursion deeper.
const MAX_LAYER_DEPTH: u32 = 10_000;

/// Longest accepted `--max-file-seconds`: a day is already no bound at all.
const MAX_FILE_SECONDS: f64 = 86_400.0;

/// Finds malicious code in Python packages without running them.
#[derive(Debug, Parser)]
#[command(name = "wheelhound", version, about, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan packages: directories, files, archives, pypi:NAME, pypi:NAME==VERSION.
    #[command(after_help = EXIT_CODES)]
    Scan(Box<ScanArgs>),
    /// List the detectors (id, name, description).
    Rules,
}

/// Options of `wheelhound scan`.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Packages to scan: directories, files, archives, pypi:NAME, pypi:NAME==VERSION.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,

    /// Exit with status 1 when a package is at least this bad.
    #[arg(long, value_enum, default_value_t = FailOn::Malicious)]
    pub fail_on: FailOn,

    /// Report every analysed file, not only those with findings.
    #[arg(long)]
    pub all_files: bool,

    /// Password for encrypted zip archives (malware corpora often use `infected`).
    #[arg(long, value_name = "PW")]
    pub password: Option<String>,

    /// Simple-API index for pypi: inputs (overrides PIP_INDEX_URL and pip configuration).
    #[arg(long, value_name = "URL")]
    pub index_url: Option<String>,

    /// Which files of a PyPI release to scan.
    #[arg(long, value_enum, default_value_t = DistArg::Sdist)]
    pub dist: DistArg,

    /// Worker threads [default: every core].
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<NonZeroUsize>,

    /// Colour in text output; auto means stdout is a terminal and NO_COLOR is unset.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,

    /// Write the report to FILE instead of stdout.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// No summary line after the text report.
    #[arg(short, long)]
    pub quiet: bool,

    /// Show every piece of evidence in text output, not only the first few per file.
    #[arg(short, long)]
    pub verbose: bool,

    /// Uncompressed bytes read per package, nested archives included.
    #[arg(long, value_name = "SIZE", default_value_t = ByteSize(Limits::default().max_total_bytes))]
    pub max_total_bytes: ByteSize,

    /// Largest single member read; bigger ones are skipped and reported.
    #[arg(long, value_name = "SIZE", default_value_t = ByteSize(Limits::default().max_member_bytes))]
    pub max_member_bytes: ByteSize,

    /// Largest compression ratio accepted (zip-bomb guard).
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_ratio)]
    pub max_ratio: u64,

    /// Members read per package.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_members)]
    pub max_members: usize,

    /// Levels of archives inside archives opened.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_depth)]
    pub max_depth: u32,

    /// Largest file downloaded from an index or local archive read.
    #[arg(long, value_name = "SIZE", default_value_t = ByteSize(Limits::default().max_download_bytes))]
    pub max_download_bytes: ByteSize,

    /// Largest file parsed; bigger ones get text checks only (1 B to 1GiB).
    #[arg(long, value_name = "SIZE", value_parser = analysis_size,
          default_value_t = byte_size(AnalysisOptions::default().max_parse_bytes))]
    pub max_parse_bytes: ByteSize,

    /// Levels of decoded payloads (base64, zlib, ...) followed per file (1 to 10000).
    #[arg(long, value_name = "N", value_parser = layer_depth,
          default_value_t = AnalysisOptions::default().max_layer_depth)]
    pub max_layer_depth: u32,

    /// Decoded bytes analysed as layers per file (1 B to 1GiB).
    #[arg(long, value_name = "SIZE", value_parser = analysis_size,
          default_value_t = byte_size(AnalysisOptions::default().max_layer_bytes))]
    pub max_layer_bytes: ByteSize,

    /// Largest output of one decoding step; longer output is cut there (1 B to 1GiB).
    #[arg(long, value_name = "SIZE", value_parser = analysis_size,
          default_value_t = byte_size(AnalysisOptions::default().max_decode_bytes))]
    pub max_decode_bytes: ByteSize,

    /// Deepest syntax nesting analysed; deeper code is skipped and reported (1 to 20000).
    #[arg(long, value_name = "N", value_parser = syntax_depth,
          default_value_t = AnalysisOptions::default().max_syntax_depth)]
    pub max_syntax_depth: u32,

    /// Analysis time per file; when spent, the file keeps what was found and is reported.
    #[arg(long, value_name = "SECONDS", value_parser = file_seconds,
          default_value_t = Seconds(AnalysisOptions::default().max_file_time))]
    pub max_file_seconds: Seconds,
}

impl ScanArgs {
    /// The loader bounds chosen on the command line.
    pub fn limits(&self) -> Limits {
        Limits {
            max_total_bytes: self.max_total_bytes.0,
            max_member_bytes: self.max_member_bytes.0,
            max_ratio: self.max_ratio,
            max_members: self.max_members,
            max_depth: self.max_depth,
            max_download_bytes: self.max_download_bytes.0,
        }
    }

    /// The analysis bounds chosen on the command line. The parsers already keep every size
    /// within [`MAX_ANALYSIS_BYTES`], so the conversions cannot saturate on 64-bit hosts.
    pub fn analysis(&self) -> AnalysisOptions {
        let size = |s: ByteSize| usize::try_from(s.0).unwrap_or(usize::MAX);
        AnalysisOptions {
            max_parse_bytes: size(self.max_parse_bytes),
            max_layer_depth: self.max_layer_depth,
            max_layer_bytes: size(self.max_layer_bytes),
            max_decode_bytes: size(self.max_decode_bytes),
            max_syntax_depth: self.max_syntax_depth,
            max_file_time: self.max_file_seconds.0,
        }
    }
}

fn byte_size(bytes: usize) -> ByteSize {
    ByteSize(u64::try_from(bytes).unwrap_or(u64::MAX))
}

/// A size bound of the analysis: at least one byte, at most [`MAX_ANALYSIS_BYTES`].
fn analysis_size(s: &str) -> Result<ByteSize, String> {
    let size: ByteSize = s.parse()?;
    if size.0 == 0 || size.0 > MAX_ANALYSIS_BYTES {
        return Err(format!(
            "must be between 1 byte and {}",
            ByteSize(MAX_ANALYSIS_BYTES)
        ));
    }
    Ok(size)
}

fn count_between(s: &str, max: u32) -> Result<u32, String> {
    let n: u32 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a whole number"))?;
    if n == 0 || n > max {
        return Err(format!("must be between 1 and {max}"));
    }
    Ok(n)
}

fn layer_depth(s: &str) -> Result<u32, String> {
    count_between(s, MAX_LAYER_DEPTH)
}

fn syntax_depth(s: &str) -> Result<u32, String> {
    count_between(s, MAX_SYNTAX_DEPTH)
}

fn file_seconds(s: &str) -> Result<Seconds, String> {
    let seconds: Seconds = s.parse()?;
    if seconds.0.is_zero() || seconds.0.as_secs_f64() > MAX_FILE_SECONDS {
        return Err(format!(
            "must be more than 0 and at most {MAX_FILE_SECONDS} seconds"
        ));
    }
    Ok(seconds)
}

/// A duration written in seconds, fractions allowed: `10`, `0.5`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seconds(pub Duration);

impl FromStr for Seconds {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let bad = || format!("{s:?} is not a number of seconds such as 10 or 0.5");
        // `f64::from_str` also accepts `inf`, `NaN` and exponents; seconds are plain decimals.
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return Err(bad());
        }
        let value: f64 = s.parse().map_err(|_| bad())?;
        Duration::try_from_secs_f64(value)
            .map(Seconds)
            .map_err(|_| format!("{s:?} is too large"))
    }
}

impl fmt::Display for Seconds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.as_secs_f64())
    }
}

/// `--format` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Compact human summary.
    Text,
    /// One JSON array of package reports.
    Json,
    /// One package report per line.
    Jsonl,
    /// One SocketAI-format file report per line.
    Socketai,
    /// SARIF 2.1.0.
    Sarif,
}

impl From<FormatArg> for Format {
    fn from(arg: FormatArg) -> Format {
        match arg {
            FormatArg::Text => Format::Text,
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Socketai => Format::SocketAi,
            FormatArg::Sarif => Format::Sarif,
        }
    }
}

/// `--fail-on` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Malicious packages fail the run.
    Malicious,
    /// Suspicious and malicious packages fail the run.
    Suspicious,
    /// Never fail on verdicts.
    Never,
}

impl FailOn {
    /// True when `verdict` fails the run. `error` never does: an unreadable package is not
    /// evidence of malware, and it is reported on its own.
    pub fn trips(self, verdict: Verdict) -> bool {
        let threshold = match self {
            FailOn::Malicious => Verdict::Malicious,
            FailOn::Suspicious => Verdict::Suspicious,
            FailOn::Never => return false,
        };
        verdict != Verdict::Error && verdict.rank() >= threshold.rank()
    }
}

/// `--dist` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DistArg {
    /// The source distribution (the best wheel when there is none).
    Sdist,
    /// One wheel, preferring a pure-Python one.
    Wheel,
    /// Every file of the release, one package each.
    All,
}

impl From<DistArg> for DistKind {
    fn from(arg: DistArg) -> DistKind {
        match arg {
            DistArg::Sdist => DistKind::Sdist,
            DistArg::Wheel => DistKind::Wheel,
            DistArg::All => DistKind::All,
        }
    }
}

/// `--color` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when stdout is a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// A byte count written as `512MiB`, `32M`, `1G` or plain bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ByteSize(pub u64);

const UNITS: [(&str, u64); 14] = [
    ("", 1),
    ("b", 1),
    ("k", 1 << 10),
    ("kib", 1 << 10),
    ("kb", 1_000),
    ("m", 1 << 20),
    ("mib", 1 << 20),
    ("mb", 1_000_000),
    ("g", 1 << 30),
    ("gib", 1 << 30),
    ("gb", 1_000_000_000),
    ("t", 1 << 40),
    ("tib", 1 << 40),
    ("tb", 1_000_000_000_000),
];

impl FromStr for ByteSize {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let (digits, unit) = s.split_at(split);
        let unit = unit.trim().to_ascii_lowercase();
        let number: u64 = digits
            .parse()
            .map_err(|_| format!("{s:?} is not a size such as 512MiB, 32M or 1048576"))?;
        let scale = UNITS
            .iter()
            .find(|(name, _)| *name == unit)
            .map(|&(_, scale)| scale)
            .ok_or_else(|| format!("unknown size unit {unit:?}; use K, M, G, T, KiB, MiB, GiB, TiB, KB, MB, GB or TB"))?;
        number
            .checked_mul(scale)
            .map(ByteSize)
            .ok_or_else(|| format!("{s:?} is too large"))
    }
}

impl fmt::Display for ByteSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (suffix, scale) in [
            ("TiB", 1u64 << 40),
            ("GiB", 1 << 30),
            ("MiB", 1 << 20),
            ("KiB", 1 << 10),
        ] {
            if self.0 >= scale && self.0.is_multiple_of(scale) {
                return write!(f, "{}{suffix}", self.0 / scale);
            }
        }
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]

    use super::*;

    #[test]
    fn sizes_parse_in_every_spelling() {
        let cases = [
            ("512MiB", 512 << 20),
            ("32M", 32 << 20),
            ("1G", 1 << 30),
            ("1gb", 1_000_000_000),
            ("4096", 4096),
            ("10 KiB", 10 << 10),
            ("2TB", 2_000_000_000_000),
        ];
        for (text, bytes) in cases {
            assert_eq!(text.parse::<ByteSize>(), Ok(ByteSize(bytes)), "{text}");
        }
        for bad in ["", "MiB", "12Q", "-1", "99999999999999999999T", "1.5G"] {
            assert!(bad.parse::<ByteSize>().is_err(), "{bad}");
        }
    }

    #[test]
    fn sizes_display_as_they_parse() {
        for bytes in [0, 1, 1000, 1 << 20, 512 << 20, 3 << 30, (1 << 20) + 1] {
            let shown = ByteSize(bytes).to_string();
            assert_eq!(shown.parse::<ByteSize>(), Ok(ByteSize(bytes)), "{shown}");
        }
        assert_eq!(ByteSize(512 << 20).to_string(), "512MiB");
    }

    #[test]
    fn analysis_bounds_reject_zero_and_absurd_values() {
        assert_eq!(analysis_size("64MiB"), Ok(ByteSize(64 << 20)));
        assert_eq!(analysis_size("1GiB"), Ok(ByteSize(1 << 30)));
        for bad in ["0", "0MiB", "2GiB", "1T", "lots"] {
            assert!(analysis_size(bad).is_err(), "{bad}");
        }
        assert_eq!(syntax_depth("2000"), Ok(2000));
        for bad in ["0", "20001", "-1", "1e3", ""] {
            assert!(syntax_depth(bad).is_err(), "{bad}");
        }
        assert_eq!(layer_depth("64"), Ok(64));
        assert!(layer_depth("0").is_err());
        assert!(layer_depth("4294967296").is_err());
    }

    #[test]
    fn seconds_parse_plain_decimals_only() {
        assert_eq!(file_seconds("10"), Ok(Seconds(Duration::from_secs(10))));
        assert_eq!(file_seconds("0.5"), Ok(Seconds(Duration::from_millis(500))));
        assert_eq!(Seconds(Duration::from_secs(10)).to_string(), "10");
        assert_eq!(Seconds(Duration::from_millis(250)).to_string(), "0.25");
        for bad in [
            "0", "0.0", "-1", "inf", "NaN", "1e9", "86401", "", "10s", ".",
        ] {
            assert!(file_seconds(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn default_analysis_bounds_are_accepted_by_their_own_parsers() {
        let defaults = AnalysisOptions::default();
        let size = |n: usize| byte_size(n).to_string();
        assert!(analysis_size(&size(defaults.max_parse_bytes)).is_ok());
        assert!(analysis_size(&size(defaults.max_layer_bytes)).is_ok());
        assert!(analysis_size(&size(defaults.max_decode_bytes)).is_ok());
        assert!(syntax_depth(&defaults.max_syntax_depth.to_string()).is_ok());
        assert!(layer_depth(&defaults.max_layer_depth.to_string()).is_ok());
        assert!(file_seconds(&Seconds(defaults.max_file_time).to_string()).is_ok());
    }

    #[test]
    fn error_verdicts_never_trip() {
        assert!(FailOn::Malicious.trips(Verdict::Malicious));
        assert!(!FailOn::Malicious.trips(Verdict::Suspicious));
        assert!(!FailOn::Malicious.trips(Verdict::Error));
        assert!(FailOn::Suspicious.trips(Verdict::Suspicious));
        assert!(!FailOn::Suspicious.trips(Verdict::Error));
        assert!(!FailOn::Never.trips(Verdict::Malicious));
    }

    #[test]
    fn clap_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
