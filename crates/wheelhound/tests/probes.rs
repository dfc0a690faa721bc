//! Technique probes end to end (see `tests/probes/README.md`): every malicious probe is reported
//! malicious, every benign look-alike benign.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn probes(kind: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/probes")
        .join(kind);
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// The verdict and malware score of each probe, scanned in one run.
fn verdicts(dirs: &[PathBuf]) -> Vec<(String, String, f64)> {
    let output = Command::new(env!("CARGO_BIN_EXE_wheelhound"))
        .args(["scan", "--format", "jsonl", "--fail-on", "never"])
        .args(dirs)
        .output()
        .unwrap();
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap())
        .filter(|report| report.get("verdict").is_some())
        .map(|report| {
            (
                report["input"].as_str().unwrap().to_owned(),
                report["verdict"].as_str().unwrap().to_owned(),
                report["malware"].as_f64().unwrap(),
            )
        })
        .collect()
}

fn check(kind: &str, expected: &str, at_least: usize) {
    let dirs = probes(kind);
    assert!(dirs.len() >= at_least, "{} {kind} probes", dirs.len());
    let found = verdicts(&dirs);
    assert_eq!(found.len(), dirs.len(), "one report per probe: {found:?}");
    let wrong: Vec<_> = found.iter().filter(|(_, v, _)| v != expected).collect();
    assert!(wrong.is_empty(), "{kind} probes not {expected}: {wrong:#?}");
}

#[test]
fn every_malicious_probe_is_reported_malicious() {
    check("malicious", "malicious", 70);
}

#[test]
fn every_benign_look_alike_is_reported_benign() {
    check("benign", "benign", 10);
}
