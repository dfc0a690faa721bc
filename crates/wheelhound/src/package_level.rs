//! Package-level evidence and scores, kept apart from the per-file pipeline of `package.rs`:
//! the package signals of `wheelhound_analysis::package`, scored with the files by
//! `wheelhound_scoring::score_package`, and the reasons they add.

use wheelhound_analysis::{FileAnalysis, Finding, PackageMember, package_signals};
use wheelhound_input::Package;
use wheelhound_scoring::{FileScores, PackageScores, score_package};

/// Package contributions at least this strong are decisive reasons (as file contributions are).
const REASON_WEIGHT: f64 = 0.25;
/// How many reasons a package report gives.
const MAX_REASONS: usize = 2;

/// The package-level findings of `package` and the package scores they give with `analysed`.
pub fn score(
    package: &Package,
    declared_name: Option<&str>,
    analysed: &[(FileAnalysis, FileScores)],
) -> (PackageScores, Vec<Finding>) {
    let members: Vec<PackageMember<'_>> = package
        .members
        .iter()
        .map(|m| PackageMember {
            path: &m.path,
            data: &m.data,
            size: m.size,
        })
        .collect();
    let signals = package_signals(&members, declared_name);
    (score_package(analysed, &signals), signals)
}

/// The decisive reasons: strong package contributions first (they are what files alone did not
/// show), then the files' own reasons.
pub fn reasons(scores: &PackageScores, file_reasons: Vec<String>) -> Vec<String> {
    let mut reasons: Vec<String> = scores
        .contributions
        .iter()
        .filter(|c| c.score == "malware" && c.weight >= REASON_WEIGHT)
        .map(|c| format!("{} ({})", c.reason, c.location))
        .collect();
    for reason in file_reasons {
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
    }
    reasons.truncate(MAX_REASONS);
    reasons
}
