//! JSON (one array document) and JSON Lines (one package per line).

use std::io::{self, Write};

use wheelhound_report::PackageReport;

/// Streams a JSON array of package reports: `[` on creation, one element per [`push`], `]` on
/// [`finish`]. Forgetting `finish` leaves invalid JSON, which is why it hands the writer back.
///
/// [`push`]: JsonArrayWriter::push
/// [`finish`]: JsonArrayWriter::finish
#[derive(Debug)]
pub struct JsonArrayWriter<W: Write> {
    out: W,
    count: usize,
}

impl<W: Write> JsonArrayWriter<W> {
    /// Opens the array.
    pub fn new(mut out: W) -> io::Result<Self> {
        out.write_all(b"[")?;
        Ok(JsonArrayWriter { out, count: 0 })
    }

    /// Appends one report, pretty-printed and indented as an array element.
    pub fn push(&mut self, report: &PackageReport) -> io::Result<()> {
        let body = serde_json::to_vec_pretty(report)?;
        self.out
            .write_all(if self.count == 0 { b"\n  " } else { b",\n  " })?;
        // Raw newlines only occur between tokens (JSON escapes them inside strings), so indenting
        // after each one is safe.
        for (i, line) in body.split(|&b| b == b'\n').enumerate() {
            if i > 0 {
                self.out.write_all(b"\n  ")?;
            }
            self.out.write_all(line)?;
        }
        self.count += 1;
        Ok(())
    }

    /// Flushes pending bytes without closing the array.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Closes the array and returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.out
            .write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Writes all `reports` as one JSON array.
pub fn json(out: &mut dyn Write, reports: &[PackageReport]) -> io::Result<()> {
    let mut writer = JsonArrayWriter::new(out)?;
    for report in reports {
        writer.push(report)?;
    }
    writer.finish().map(|_| ())
}

/// Writes one report as a single JSON line: the contract of the evaluation script (`input`
/// exactly as given, `verdict`, `malware`, and everything else).
pub fn jsonl(out: &mut dyn Write, report: &PackageReport) -> io::Result<()> {
    serde_json::to_writer(&mut *out, report)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]

    use super::*;
    use crate::fixtures::{benign, malicious};
    use serde_json::Value;

    #[test]
    fn jsonl_is_one_object_per_package_with_contract_fields() {
        let mut buf = Vec::new();
        for report in [malicious(), benign()] {
            jsonl(&mut buf, &report).unwrap();
        }
        let text = String::from_utf8(buf).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        let first: Value = serde_json::from_str(lines[0]).unwrap();
        assert_eq!(first["input"], "demo-evil-0.1");
        assert_eq!(first["verdict"], "malicious");
        assert_eq!(first["malware"], 0.93);
        let second: Value = serde_json::from_str(lines[1]).unwrap();
        assert_eq!(second["verdict"], "benign");
        assert!(second["malware"].is_number());
    }

    #[test]
    fn json_array_parses_whatever_the_count() {
        for reports in [vec![], vec![benign()], vec![malicious(), benign()]] {
            let mut buf = Vec::new();
            json(&mut buf, &reports).unwrap();
            let value: Value = serde_json::from_slice(&buf).unwrap();
            let items = value.as_array().unwrap();
            assert_eq!(items.len(), reports.len());
            for (item, report) in items.iter().zip(&reports) {
                assert_eq!(item["input"], report.input.as_str());
            }
        }
    }

    #[test]
    fn strings_with_newlines_survive_indentation() {
        let mut report = benign();
        report.input = "line\nbreak".into();
        let mut buf = Vec::new();
        json(&mut buf, &[report]).unwrap();
        let value: Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(value[0]["input"], "line\nbreak");
    }
}
