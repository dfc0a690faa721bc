//! End-to-end tests of the package-level signals: synthetic sdists written to a temporary
//! directory and scanned by the `wheelhound` binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(clippy::indexing_slicing)]

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

/// setup.py that contacts a server while installing: a medium signal on its own.
const PINGING_SETUP: &str = "import urllib.request\nfrom setuptools import setup\nurllib.request.urlopen('https://example.invalid/ping')\nsetup(name='x', packages=['x'])\n";

/// Writes an sdist `NAME-1.0.tar.gz` with PKG-INFO, setup.py and the package `module`.
fn sdist(dir: &Path, name: &str, module: &str, setup: &str) -> String {
    let root = format!("{name}-1.0");
    let files = [
        (
            format!("{root}/PKG-INFO"),
            format!(
                "Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\nSummary: HTTP for humans\n"
            ),
        ),
        (format!("{root}/setup.py"), setup.to_owned()),
        (
            format!("{root}/{module}/__init__.py"),
            "def get(url):\n    return url\n".to_owned(),
        ),
    ];
    let path = dir.join(format!("{root}.tar.gz"));
    let file = std::fs::File::create(&path).unwrap();
    let gz = flate2::write::GzEncoder::new(file, flate2::Compression::default());
    let mut tar = tar::Builder::new(gz);
    for (member, text) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(text.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        tar.append_data(&mut header, member, text.as_bytes())
            .unwrap();
    }
    tar.into_inner().unwrap().finish().unwrap();
    path.to_str().unwrap().to_owned()
}

fn scan(input: &str) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_wheelhound"))
        .args(["scan", "--format", "jsonl", input])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    serde_json::from_str(stdout.lines().next().unwrap()).unwrap()
}

fn rules(report: &Value, field: &str) -> Vec<String> {
    report[field]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["rule"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn typosquat_shipping_the_popular_module_with_install_code_is_malicious() {
    let dir = tempfile::tempdir().unwrap();
    let input = sdist(dir.path(), "reqeusts", "requests", PINGING_SETUP);
    let report = scan(&input);
    assert_eq!(report["verdict"], "malicious", "{report:#}");
    let evidence = rules(&report, "package_evidence");
    assert!(evidence.contains(&"WH300".to_owned()), "{evidence:?}");
    assert!(evidence.contains(&"WH301".to_owned()), "{evidence:?}");
    let moves = rules(&report, "score_moves");
    assert!(moves.contains(&"WH301".to_owned()), "{moves:?}");
    assert!(
        moves.contains(&"combo:lookalike-with-payload".to_owned()),
        "{moves:?}"
    );
    let reasons = report["reasons"].to_string();
    assert!(reasons.contains("`requests`"), "{reasons}");
    let evidence = &report["package_evidence"][0];
    assert_eq!(evidence["path"], "reqeusts-1.0/PKG-INFO");
    assert_eq!(evidence["line"], 2);
}

#[test]
fn original_or_popular_names_get_no_package_signal() {
    let dir = tempfile::tempdir().unwrap();
    for (name, module) in [
        ("my-own-http-tool", "my_own_http_tool"),
        ("requests", "requests"),
    ] {
        let input = sdist(dir.path(), name, module, PINGING_SETUP);
        let report = scan(&input);
        assert_ne!(report["verdict"], "malicious", "{name}: {report:#}");
        assert!(
            rules(&report, "package_evidence").is_empty(),
            "{name}: {report:#}"
        );
        assert!(
            rules(&report, "score_moves").is_empty(),
            "{name}: {report:#}"
        );
        // Without package evidence the package score is its worst file's.
        let worst = report["files"][0]["malware"].as_f64().unwrap();
        assert_eq!(report["malware"].as_f64().unwrap(), worst, "{name}");
    }
}

#[test]
fn rules_lists_the_package_detectors() {
    let output = Command::new(env!("CARGO_BIN_EXE_wheelhound"))
        .arg("rules")
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    for id in ["WH300", "WH301", "WH302"] {
        assert!(stdout.contains(id), "{id} missing from:\n{stdout}");
    }
}
