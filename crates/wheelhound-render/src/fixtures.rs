//! Hand-built reports shared by the renderer tests.

use wheelhound_report::{Evidence, FileReport, PackageError, PackageReport, ScoreMove, Verdict};

fn evidence(rule: &str, name: &str, path: &str, line: u32, message: &str) -> Evidence {
    Evidence {
        rule: rule.into(),
        name: name.into(),
        path: path.into(),
        line,
        column: 5,
        snippet: "os.system(cmd)".into(),
        message: message.into(),
        context: "install".into(),
    }
}

fn file(path: &str, malware: f64, evidence: Vec<Evidence>) -> FileReport {
    FileReport {
        path: path.into(),
        purpose: "Installs the package.".into(),
        sources: "None.".into(),
        sinks: "os.system.".into(),
        flows: "download (setup.py:10) → os.system (setup.py:12)".into(),
        anomalies: "Install hook.".into(),
        analysis: "Walks the evidence.".into(),
        conclusion: "Malicious.".into(),
        confidence: 0.9,
        obfuscated: 0.1,
        malware,
        security_risk: 0.8,
        report_number: 1,
        score_moves: vec![ScoreMove {
            score: "malware".into(),
            rule: "WH120".into(),
            location: format!("{path}:12"),
            weight: 0.9,
            reason: "process spawn at install time (×1.0)".into(),
        }],
        evidence,
        errors: Vec::new(),
    }
}

/// A package with two files of evidence and one package-level error.
pub fn malicious() -> PackageReport {
    PackageReport {
        input: "demo-evil-0.1".into(),
        name: Some("demo-evil".into()),
        version: Some("0.1".into()),
        summary: Some("demo".into()),
        entry_points: Vec::new(),
        verdict: Verdict::Malicious,
        malware: 0.93,
        security_risk: 0.8,
        obfuscated: 0.1,
        confidence: 0.9,
        reasons: vec!["downloads and runs a script at install time (setup.py:12)".into()],
        files_analysed: 2,
        members: 3,
        files: vec![
            file(
                "demo_evil/__init__.py",
                0.5,
                vec![evidence(
                    "WH200",
                    "credential-read",
                    "demo_evil/__init__.py",
                    3,
                    "reads ~/.aws/credentials",
                )],
            ),
            file(
                "setup.py",
                0.93,
                vec![
                    evidence(
                        "WH120",
                        "process-spawn",
                        "setup.py",
                        12,
                        "runs a shell command",
                    ),
                    evidence(
                        "WH100",
                        "network-download",
                        "setup.py",
                        10,
                        "downloads a script",
                    ),
                ],
            ),
        ],
        package_evidence: Vec::new(),
        score_moves: Vec::new(),
        errors: vec![PackageError {
            path: Some("big.bin".into()),
            kind: "member_size_limit".into(),
            message: "member exceeds the size bound".into(),
        }],
    }
}

/// A clean package with no findings.
pub fn benign() -> PackageReport {
    PackageReport {
        input: "demo-good-0.1".into(),
        name: Some("demo-good".into()),
        version: Some("0.1".into()),
        summary: None,
        entry_points: Vec::new(),
        verdict: Verdict::Benign,
        malware: 0.0,
        security_risk: 0.0,
        obfuscated: 0.0,
        confidence: 0.8,
        reasons: Vec::new(),
        files_analysed: 2,
        members: 4,
        files: Vec::new(),
        package_evidence: Vec::new(),
        score_moves: Vec::new(),
        errors: Vec::new(),
    }
}
