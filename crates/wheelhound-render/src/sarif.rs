//! SARIF 2.1.0, for code-scanning dashboards.
//!
//! The document is streamed: results are written as packages arrive and the `tool` object, whose
//! `rules` depend on every result, is written after them. JSON object members are unordered, so
//! the output is still a valid SARIF log.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

use serde_json::{Map, Value, json};
use wheelhound_report::{Evidence, PackageReport};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Longer text for a rule, when the caller has the detector table at hand.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RuleText {
    /// One-line description (`shortDescription`).
    pub description: String,
    /// Why it matters (`fullDescription`).
    pub rationale: String,
}

/// Streams one SARIF run over any number of packages.
#[derive(Debug)]
pub struct SarifWriter<W: Write> {
    out: W,
    rule_text: BTreeMap<String, RuleText>,
    /// Rules in order of first appearance, so `ruleIndex` is known when a result is written.
    rules: Vec<(String, String)>,
    rule_index: HashMap<String, usize>,
    results: usize,
    notifications: Vec<Value>,
}

impl<W: Write> SarifWriter<W> {
    /// Writes the document head.
    pub fn new(mut out: W) -> io::Result<Self> {
        write!(
            out,
            "{{\"$schema\":\"{SCHEMA}\",\"version\":\"2.1.0\",\"runs\":[{{\"results\":["
        )?;
        Ok(SarifWriter {
            out,
            rule_text: BTreeMap::new(),
            rules: Vec::new(),
            rule_index: HashMap::new(),
            results: 0,
            notifications: Vec::new(),
        })
    }

    /// Supplies descriptions for rule ids; rules that never fire still stay out of the log.
    pub fn with_rule_text(mut self, text: BTreeMap<String, RuleText>) -> Self {
        self.rule_text = text;
        self
    }

    /// Writes one result per piece of evidence of `report`, and records its errors.
    pub fn push(&mut self, report: &PackageReport) -> io::Result<()> {
        for evidence in &report.package_evidence {
            self.result(report, evidence, report.malware, None)?;
        }
        for file in &report.files {
            for evidence in &file.evidence {
                self.result(report, evidence, file.malware, Some(file.malware))?;
            }
        }
        for error in &report.errors {
            let mut text = format!("{}: {}", report.input, error.message);
            if let Some(path) = &error.path {
                text = format!("{}/{path}: {}", report.input, error.message);
            }
            self.notifications.push(json!({
                "level": "warning",
                "message": { "text": text },
                "descriptor": { "id": error.kind },
                "properties": { "input": report.input, "verdict": report.verdict.as_str() },
            }));
        }
        Ok(())
    }

    fn result(
        &mut self,
        report: &PackageReport,
        evidence: &Evidence,
        malware: f64,
        file_malware: Option<f64>,
    ) -> io::Result<()> {
        let index = self.rule(&evidence.rule, &evidence.name);
        let mut region = Map::new();
        if evidence.line > 0 {
            region.insert("startLine".into(), json!(evidence.line));
            if evidence.column > 0 {
                region.insert("startColumn".into(), json!(evidence.column));
            }
        }
        if !evidence.snippet.is_empty() {
            region.insert("snippet".into(), json!({ "text": evidence.snippet }));
        }
        let mut location = Map::new();
        location.insert(
            "artifactLocation".into(),
            json!({ "uri": artifact_uri(&report.input, &evidence.path) }),
        );
        if !region.is_empty() {
            location.insert("region".into(), Value::Object(region));
        }
        let result = json!({
            "ruleId": evidence.rule,
            "ruleIndex": index,
            "level": level(malware),
            "message": { "text": evidence.message },
            "locations": [{ "physicalLocation": location }],
            "properties": {
                "input": report.input,
                "package": report.name,
                "version": report.version,
                "verdict": report.verdict.as_str(),
                "packageMalware": report.malware,
                "fileMalware": file_malware,
                "context": evidence.context,
            },
        });
        self.out
            .write_all(if self.results == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut self.out, &result)?;
        self.results += 1;
        Ok(())
    }

    fn rule(&mut self, id: &str, name: &str) -> usize {
        if let Some(&index) = self.rule_index.get(id) {
            return index;
        }
        let index = self.rules.len();
        self.rules.push((id.to_owned(), name.to_owned()));
        self.rule_index.insert(id.to_owned(), index);
        index
    }

    /// Flushes pending bytes without closing the document.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Writes the tool description and closes the document.
    pub fn finish(mut self) -> io::Result<W> {
        let rules: Vec<Value> = self
            .rules
            .iter()
            .map(|(id, name)| {
                let mut rule = json!({ "id": id, "name": name });
                if let (Some(text), Some(fields)) = (self.rule_text.get(id), rule.as_object_mut()) {
                    fields.insert(
                        "shortDescription".to_owned(),
                        json!({ "text": text.description }),
                    );
                    if !text.rationale.is_empty() {
                        fields.insert(
                            "fullDescription".to_owned(),
                            json!({ "text": text.rationale }),
                        );
                    }
                }
                rule
            })
            .collect();
        let tool = json!({
            "driver": {
                "name": "wheelhound",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://example.invalid/wheelhound",
                "rules": rules,
            }
        });
        let invocations = json!([{
            "executionSuccessful": true,
            "toolExecutionNotifications": self.notifications,
        }]);
        self.out.write_all(b"\n],\"tool\":")?;
        serde_json::to_writer(&mut self.out, &tool)?;
        self.out.write_all(b",\"invocations\":")?;
        serde_json::to_writer(&mut self.out, &invocations)?;
        self.out
            .write_all(b",\"columnKind\":\"unicodeCodePoints\"}]}\n")?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Writes one SARIF log covering `reports`.
pub fn sarif(out: &mut dyn Write, reports: &[PackageReport]) -> io::Result<()> {
    let mut writer = SarifWriter::new(out)?;
    for report in reports {
        writer.push(report)?;
    }
    writer.finish().map(|_| ())
}

/// `error` for files likely malicious, `warning` for suspicious ones, `note` otherwise: the same
/// cut-offs as the verdicts, so dashboards sort like the text output.
fn level(malware: f64) -> &'static str {
    if malware >= 0.7 {
        "error"
    } else if malware >= 0.4 {
        "warning"
    } else {
        "note"
    }
}

/// `input/path` as a URI reference: backslashes become slashes and anything outside the URI
/// character set is percent-encoded, notably `#` of `#layerN` paths, which would start a fragment.
fn artifact_uri(input: &str, path: &str) -> String {
    let joined = format!(
        "{}/{}",
        input.trim_end_matches(['/', '\\']),
        path.trim_start_matches(['/', '\\'])
    );
    let mut uri = String::with_capacity(joined.len());
    for byte in joined.bytes() {
        let b = if byte == b'\\' { b'/' } else { byte };
        if b.is_ascii_alphanumeric() || b"-._~/:@!$&'()*+,;=".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]

    use super::*;
    use crate::fixtures::{benign, malicious};

    fn log(reports: &[PackageReport]) -> Value {
        let mut buf = Vec::new();
        sarif(&mut buf, reports).unwrap();
        serde_json::from_slice(&buf).unwrap()
    }

    #[test]
    fn log_is_structurally_sarif() {
        let value = log(&[malicious(), benign()]);
        assert_eq!(value["version"], "2.1.0");
        let run = &value["runs"][0];
        assert_eq!(run["tool"]["driver"]["name"], "wheelhound");
        assert_eq!(run["tool"]["driver"]["version"], env!("CARGO_PKG_VERSION"));
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), 3);
        assert_eq!(rules.len(), 3, "distinct rules only");
        for result in results {
            let id = result["ruleId"].as_str().unwrap();
            let index = result["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], id);
            assert!(result["message"]["text"].is_string());
            let location = &result["locations"][0]["physicalLocation"];
            assert!(
                location["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
                    .starts_with("demo-evil-0.1/")
            );
            assert!(location["region"]["startLine"].as_u64().unwrap() >= 1);
            assert_eq!(result["properties"]["verdict"], "malicious");
        }
        let levels: Vec<&str> = results
            .iter()
            .map(|r| r["level"].as_str().unwrap())
            .collect();
        assert_eq!(levels, ["warning", "error", "error"]);
        let notes = run["invocations"][0]["toolExecutionNotifications"]
            .as_array()
            .unwrap();
        assert_eq!(notes.len(), 1);
    }

    #[test]
    fn empty_log_is_valid() {
        let value = log(&[]);
        assert_eq!(value["runs"][0]["results"].as_array().unwrap().len(), 0);
        assert_eq!(
            value["runs"][0]["tool"]["driver"]["rules"]
                .as_array()
                .unwrap()
                .len(),
            0
        );
    }

    #[test]
    fn rule_text_fills_descriptions() {
        let mut buf = Vec::new();
        let text = BTreeMap::from([(
            "WH120".to_owned(),
            RuleText {
                description: "Spawns a process".into(),
                rationale: "Droppers run payloads".into(),
            },
        )]);
        let mut writer = SarifWriter::new(&mut buf).unwrap().with_rule_text(text);
        writer.push(&malicious()).unwrap();
        writer.finish().unwrap();
        let value: Value = serde_json::from_slice(&buf).unwrap();
        let rules = value["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap();
        let spawn = rules.iter().find(|r| r["id"] == "WH120").unwrap();
        assert_eq!(spawn["shortDescription"]["text"], "Spawns a process");
    }

    #[test]
    fn uris_escape_fragments_and_spaces() {
        assert_eq!(
            artifact_uri("pkg.tar.gz", "a b/x.py#layer1"),
            "pkg.tar.gz/a%20b/x.py%23layer1"
        );
        assert_eq!(artifact_uri("dir/", "/x.py"), "dir/x.py");
        assert_eq!(
            artifact_uri("pypi:requests==2.0", "é.py"),
            "pypi:requests==2.0/%C3%A9.py"
        );
    }
}
