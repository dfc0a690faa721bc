//! The compact human summary.

use std::io::{self, Write};

use wheelhound_report::{Evidence, FileReport, PackageReport, Verdict};

use crate::sanitize::clean;
use crate::stream::Tally;

/// How the text summary looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextOptions {
    /// Emit ANSI colour escapes; when false the output holds no escape byte at all.
    pub color: bool,
    /// Evidence lines shown per file; `None` shows all of them (`--verbose`).
    pub max_evidence: Option<usize>,
}

impl Default for TextOptions {
    fn default() -> Self {
        TextOptions {
            color: false,
            max_evidence: Some(5),
        }
    }
}

const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const GREEN: &str = "\x1b[1;32m";
const MAGENTA: &str = "\x1b[1;35m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// Wraps `text` in a colour only when colour is on, so the plain output stays escape-free.
fn paint(color: bool, style: &str, text: &str) -> String {
    if color {
        format!("{style}{text}{RESET}")
    } else {
        text.to_owned()
    }
}

fn verdict_style(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Malicious => RED,
        Verdict::Suspicious => YELLOW,
        Verdict::Benign => GREEN,
        Verdict::Error => MAGENTA,
    }
}

/// Display order: what needs a human first, errors before clean packages because they were not
/// actually checked.
fn display_rank(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::Malicious => 0,
        Verdict::Suspicious => 1,
        Verdict::Error => 2,
        Verdict::Benign => 3,
    }
}

/// Renders many packages, worst first (verdict, then malware score).
pub fn text(
    out: &mut dyn Write,
    reports: &[PackageReport],
    options: &TextOptions,
) -> io::Result<()> {
    let mut order: Vec<&PackageReport> = reports.iter().collect();
    order.sort_by(|a, b| {
        display_rank(a.verdict)
            .cmp(&display_rank(b.verdict))
            .then(b.malware.total_cmp(&a.malware))
    });
    for report in order {
        text_package(out, report, options)?;
    }
    Ok(())
}

/// Renders one package: header, decisive reasons, files with findings, then errors, then a blank line.
pub fn text_package(
    out: &mut dyn Write,
    report: &PackageReport,
    options: &TextOptions,
) -> io::Result<()> {
    let c = options.color;
    let word = format!("{:<10}", report.verdict.as_str().to_uppercase());
    let mut header = format!(
        "{} {}",
        paint(c, verdict_style(report.verdict), &word),
        clean(&report.input)
    );
    if let Some(name) = &report.name {
        let version = report.version.as_deref().unwrap_or("?");
        header.push_str(&format!("  ({} {})", clean(name), clean(version)));
    }
    header.push_str(&format!(
        "  malware {:.2}  risk {:.2}",
        report.malware, report.security_risk
    ));
    writeln!(out, "{header}")?;

    for reason in &report.reasons {
        writeln!(out, "  - {}", clean(reason))?;
    }
    if !report.package_evidence.is_empty() {
        writeln!(out, "  {}", paint(c, BOLD, "(package)"))?;
        evidence_lines(out, &report.package_evidence, options)?;
    }
    let mut files: Vec<&FileReport> = report
        .files
        .iter()
        .filter(|f| !f.evidence.is_empty() || !f.errors.is_empty())
        .collect();
    files.sort_by(|a, b| b.malware.total_cmp(&a.malware));
    for file in files {
        writeln!(
            out,
            "  {}  malware {:.2} obfuscated {:.2}",
            paint(c, BOLD, &clean(&file.path)),
            file.malware,
            file.obfuscated
        )?;
        evidence_lines(out, &file.evidence, options)?;
        for error in &file.errors {
            writeln!(out, "    {} {}", paint(c, MAGENTA, "error:"), clean(error))?;
        }
    }
    for error in &report.errors {
        let place = error
            .path
            .as_deref()
            .map(|p| format!("{}: ", clean(p)))
            .unwrap_or_default();
        writeln!(
            out,
            "  {} {place}{} [{}]",
            paint(c, MAGENTA, "error:"),
            clean(&error.message),
            clean(&error.kind)
        )?;
    }
    writeln!(out)
}

fn evidence_lines(
    out: &mut dyn Write,
    evidence: &[Evidence],
    options: &TextOptions,
) -> io::Result<()> {
    let c = options.color;
    let shown = options
        .max_evidence
        .unwrap_or(usize::MAX)
        .min(evidence.len());
    for e in evidence.iter().take(shown) {
        writeln!(
            out,
            "    {}:{}:{}  {} {}  {}  {}",
            clean(&e.path),
            e.line,
            e.column,
            clean(&e.rule),
            clean(&e.name),
            clean(&e.message),
            paint(c, DIM, &format!("({})", clean(&e.context)))
        )?;
    }
    let hidden = evidence.len() - shown;
    if hidden > 0 {
        writeln!(out, "    ... {hidden} more (--verbose shows all)")?;
    }
    Ok(())
}

/// Writes the closing line `N packages: X malicious, Y suspicious, Z benign, E errors`.
pub fn summary(out: &mut dyn Write, tally: &Tally, color: bool) -> io::Result<()> {
    let count = |n: usize, word: &str, style: &str| {
        let text = format!("{n} {word}");
        if n > 0 {
            paint(color, style, &text)
        } else {
            text
        }
    };
    writeln!(
        out,
        "{} {}: {}, {}, {}, {}",
        tally.total(),
        if tally.total() == 1 {
            "package"
        } else {
            "packages"
        },
        count(tally.malicious, "malicious", RED),
        count(tally.suspicious, "suspicious", YELLOW),
        count(tally.benign, "benign", GREEN),
        count(
            tally.errors,
            if tally.errors == 1 { "error" } else { "errors" },
            MAGENTA
        ),
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]

    use super::*;
    use crate::fixtures::{benign, malicious};

    fn render(reports: &[PackageReport], options: &TextOptions) -> String {
        let mut buf = Vec::new();
        text(&mut buf, reports, options).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn plain_output_has_no_escape_bytes_even_with_hostile_paths() {
        let mut evil = malicious();
        evil.files[0].path = "a\x1b[2Jb.py".into();
        let out = render(&[benign(), evil], &TextOptions::default());
        assert!(!out.contains('\x1b'), "{out}");
        assert!(out.contains("a\\u{1b}[2Jb.py"));
    }

    #[test]
    fn worst_package_comes_first_with_header_and_evidence() {
        let out = render(&[benign(), malicious()], &TextOptions::default());
        let first = out.lines().next().unwrap();
        assert!(
            first.starts_with("MALICIOUS  demo-evil-0.1  (demo-evil 0.1)  malware 0.93  risk 0.80"),
            "{first}"
        );
        assert!(out.contains("  setup.py  malware 0.93 obfuscated 0.10"));
        assert!(
            out.contains("    setup.py:12:5  WH120 process-spawn  runs a shell command  (install)")
        );
        assert!(out.contains("BENIGN     demo-good-0.1"));
        assert!(out.ends_with("\n\n"));
    }

    #[test]
    fn evidence_is_capped_unless_verbose() {
        let mut evil = malicious();
        let one = evil.files[1].evidence[0].clone();
        evil.files[1].evidence = vec![one; 8];
        let capped = render(
            std::slice::from_ref(&evil),
            &TextOptions {
                color: false,
                max_evidence: Some(3),
            },
        );
        assert_eq!(capped.matches("WH120 process-spawn").count(), 3);
        assert!(capped.contains("... 5 more"));
        let all = render(
            &[evil],
            &TextOptions {
                color: false,
                max_evidence: None,
            },
        );
        assert_eq!(all.matches("WH120 process-spawn").count(), 8);
    }

    #[test]
    fn colour_marks_the_verdict() {
        let out = render(
            &[malicious()],
            &TextOptions {
                color: true,
                max_evidence: None,
            },
        );
        assert!(out.starts_with("\x1b[1;31mMALICIOUS "));
    }

    #[test]
    fn summary_counts_every_verdict() {
        let mut tally = Tally::default();
        for v in [
            Verdict::Malicious,
            Verdict::Benign,
            Verdict::Benign,
            Verdict::Error,
        ] {
            tally.add(v);
        }
        let mut buf = Vec::new();
        summary(&mut buf, &tally, false).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "4 packages: 1 malicious, 0 suspicious, 2 benign, 1 error\n"
        );
    }
}
