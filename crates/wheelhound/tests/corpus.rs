//! Recall floor on a fixed sample of the development malware corpus.
//!
//! The corpus (`../shared/corpus/malicious`, live malware) is read as bytes only, through the
//! same library path the CLI uses. The test skips, saying so, when the corpus is absent.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

use wheelhound::{InputSpec, ScanOptions, Verdict, scan_streaming};

/// Measured on 2026-12-01 at 0.950 for this sample (flag = malicious or suspicious; 0.920 on
/// 2026-11-22); the floor leaves a small margin so that an honest trade-off elsewhere does not
/// break CI, while a real regression does.
const RECALL_FLOOR: f64 = 0.92;
const SAMPLE: usize = 200;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/malicious")
}

/// Every 11th entry of the manifest in its stored order: fixed, spread over time and campaigns.
fn sample() -> Option<Vec<PathBuf>> {
    let dir = corpus_dir();
    let manifest = std::fs::read_to_string(dir.join("manifest.csv")).ok()?;
    let paths: Vec<PathBuf> = manifest
        .lines()
        .skip(1)
        .filter_map(|line| line.split(',').next())
        .map(|relative| dir.join(relative))
        .collect();
    let step = (paths.len() / SAMPLE).max(1);
    Some(paths.into_iter().step_by(step).take(SAMPLE).collect())
}

#[test]
fn recall_on_a_fixed_malware_sample_stays_above_the_floor() {
    let Some(paths) = sample() else {
        eprintln!(
            "SKIPPED: {} not found; the corpus recall test needs ../shared/corpus",
            corpus_dir().display()
        );
        return;
    };
    let inputs: Vec<(String, InputSpec)> = paths
        .iter()
        .map(|p| (p.display().to_string(), InputSpec::Path(p.clone())))
        .collect();
    let mut flagged = 0usize;
    let mut errors = Vec::new();
    let mut missed = Vec::new();
    scan_streaming(
        &inputs,
        &ScanOptions::default(),
        &mut |report| match report.verdict {
            Verdict::Malicious | Verdict::Suspicious => flagged += 1,
            Verdict::Error => errors.push(report.input),
            Verdict::Benign => missed.push(report.input),
        },
    );
    let recall = flagged as f64 / inputs.len() as f64;
    eprintln!(
        "corpus sample: {flagged}/{} flagged, recall {recall:.3}, {} errors",
        inputs.len(),
        errors.len()
    );
    assert!(
        errors.is_empty(),
        "packages that could not be read: {errors:?}"
    );
    assert!(
        recall >= RECALL_FLOOR,
        "recall {recall:.3} fell below the floor {RECALL_FLOOR}; missed: {missed:?}"
    );
}
