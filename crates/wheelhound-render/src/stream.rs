//! One streaming interface over every format, so the CLI renders packages as they arrive.

use std::collections::BTreeMap;
use std::io::{self, Write};

use wheelhound_report::{PackageReport, Verdict};

use crate::json::{JsonArrayWriter, jsonl};
use crate::sarif::{RuleText, SarifWriter};
use crate::socketai::socketai;
use crate::text::{TextOptions, summary, text_package};

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Compact human summary.
    Text,
    /// One JSON array of package reports.
    Json,
    /// One package report per line.
    Jsonl,
    /// One reference-format file report per line.
    SocketAi,
    /// SARIF 2.1.0.
    Sarif,
}

impl Format {
    /// Every format, in the order shown in help.
    pub const ALL: [Format; 5] = [
        Format::Text,
        Format::Json,
        Format::Jsonl,
        Format::SocketAi,
        Format::Sarif,
    ];

    /// The `--format` word.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::SocketAi => "socketai",
            Format::Sarif => "sarif",
        }
    }

    /// Parses a `--format` word.
    pub fn parse(word: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == word)
    }
}

/// Counts of package verdicts, for the summary line and the exit code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Packages judged malicious.
    pub malicious: usize,
    /// Packages judged suspicious.
    pub suspicious: usize,
    /// Packages judged benign.
    pub benign: usize,
    /// Packages that could not be read.
    pub errors: usize,
}

impl Tally {
    /// Counts one verdict.
    pub fn add(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Malicious => self.malicious += 1,
            Verdict::Suspicious => self.suspicious += 1,
            Verdict::Benign => self.benign += 1,
            Verdict::Error => self.errors += 1,
        }
    }

    /// All packages counted.
    pub fn total(&self) -> usize {
        self.malicious + self.suspicious + self.benign + self.errors
    }
}

enum Sink<W: Write> {
    Text(W, TextOptions),
    Json(JsonArrayWriter<W>),
    Jsonl(W),
    SocketAi(W),
    Sarif(SarifWriter<W>),
}

/// Renders packages one at a time in any [`Format`], flushing after each so a reader downstream
/// (a pipe, `tail -f`) sees every package as soon as it is scanned.
pub struct Renderer<W: Write> {
    sink: Sink<W>,
    tally: Tally,
}

impl<W: Write> Renderer<W> {
    /// Starts a document (writes `[` for JSON, the SARIF head).
    pub fn new(format: Format, text: TextOptions, out: W) -> io::Result<Self> {
        Self::with_rule_text(format, text, BTreeMap::new(), out)
    }

    /// Like [`Renderer::new`], with rule descriptions for the SARIF `rules` table.
    pub fn with_rule_text(
        format: Format,
        text: TextOptions,
        rule_text: BTreeMap<String, RuleText>,
        out: W,
    ) -> io::Result<Self> {
        let sink = match format {
            Format::Text => Sink::Text(out, text),
            Format::Json => Sink::Json(JsonArrayWriter::new(out)?),
            Format::Jsonl => Sink::Jsonl(out),
            Format::SocketAi => Sink::SocketAi(out),
            Format::Sarif => Sink::Sarif(SarifWriter::new(out)?.with_rule_text(rule_text)),
        };
        Ok(Renderer {
            sink,
            tally: Tally::default(),
        })
    }

    /// Renders one package and flushes.
    pub fn package(&mut self, report: &PackageReport) -> io::Result<()> {
        self.tally.add(report.verdict);
        match &mut self.sink {
            Sink::Text(out, options) => {
                text_package(out, report, options)?;
                out.flush()
            }
            Sink::Json(writer) => {
                writer.push(report)?;
                writer.flush()
            }
            Sink::Jsonl(out) => {
                jsonl(out, report)?;
                out.flush()
            }
            Sink::SocketAi(out) => {
                socketai(out, report)?;
                out.flush()
            }
            Sink::Sarif(writer) => {
                writer.push(report)?;
                writer.flush()
            }
        }
    }

    /// The verdicts rendered so far.
    pub fn tally(&self) -> Tally {
        self.tally
    }

    /// Closes the document; for text, writes the summary line unless `quiet`. Machine formats
    /// never get a summary: their output must stay a pure document.
    pub fn finish(self, quiet: bool) -> io::Result<W> {
        match self.sink {
            Sink::Text(mut out, options) => {
                if !quiet {
                    summary(&mut out, &self.tally, options.color)?;
                }
                out.flush()?;
                Ok(out)
            }
            Sink::Json(writer) => writer.finish(),
            Sink::Jsonl(mut out) | Sink::SocketAi(mut out) => {
                out.flush()?;
                Ok(out)
            }
            Sink::Sarif(writer) => writer.finish(),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]

    use super::*;
    use crate::fixtures::{benign, malicious};

    fn run(format: Format, quiet: bool) -> String {
        let mut renderer = Renderer::new(format, TextOptions::default(), Vec::new()).unwrap();
        renderer.package(&malicious()).unwrap();
        renderer.package(&benign()).unwrap();
        assert_eq!(
            renderer.tally(),
            Tally {
                malicious: 1,
                suspicious: 0,
                benign: 1,
                errors: 0
            }
        );
        String::from_utf8(renderer.finish(quiet).unwrap()).unwrap()
    }

    #[test]
    fn formats_parse_back() {
        for format in Format::ALL {
            assert_eq!(Format::parse(format.as_str()), Some(format));
        }
        assert_eq!(Format::parse("xml"), None);
    }

    #[test]
    fn machine_formats_are_pure_documents() {
        let json: serde_json::Value = serde_json::from_str(&run(Format::Json, false)).unwrap();
        assert_eq!(json.as_array().unwrap().len(), 2);
        let sarif: serde_json::Value = serde_json::from_str(&run(Format::Sarif, false)).unwrap();
        assert_eq!(sarif["version"], "2.1.0");
        for format in [Format::Jsonl, Format::SocketAi] {
            for line in run(format, false).lines() {
                let _: serde_json::Value = serde_json::from_str(line).unwrap();
            }
        }
    }

    #[test]
    fn text_summary_respects_quiet() {
        assert!(
            run(Format::Text, false)
                .ends_with("2 packages: 1 malicious, 0 suspicious, 1 benign, 0 errors\n")
        );
        assert!(!run(Format::Text, true).contains("packages:"));
    }
}
