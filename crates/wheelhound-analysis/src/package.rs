//! Package-level evidence: what no single file shows. The declared name against the list of
//! popular projects (WH300), that name against the import packages actually shipped (WH301), and
//! compiled executables where only source belongs (WH302).
//!
//! These detectors read member paths, the first bytes of members and the declared metadata; like
//! everything else they never run or import anything.

use crate::context::FileRole;
use crate::finding::{Category, ExecContext, Finding};
use crate::metadata::metadata_priority;
use crate::names::{self, Imitation, normalize, popular};
use crate::rules::{
    dependency_imitation, impersonation, native_binary, pickled_payload, typosquat,
};

/// One member of a package as the package-level detectors see it.
#[derive(Clone, Copy, Debug)]
pub struct PackageMember<'a> {
    /// `/`-separated path; nested archives as `outer.whl!/inner/path`.
    pub path: &'a str,
    /// The member's bytes (empty when a bound kept it from being read; only the first
    /// mebibyte of a large data file).
    pub data: &'a [u8],
    /// The member's whole size, which `data` may fall short of.
    pub size: u64,
}

/// Most native-binary findings kept per package: the strongest are reported, the rest add
/// nothing to the score anyway.
const MAX_BINARY_FINDINGS: usize = 20;
/// Most top-level modules compared with the declared name.
const MAX_MODULES: usize = 1000;
/// Files at a package root that are build or maintenance scripts, not importable modules.
const NOT_MODULES: &[&str] = &[
    "setup",
    "conftest",
    "noxfile",
    "tasks",
    "fabfile",
    "versioneer",
    "manage",
    "ez_setup",
    "distribute_setup",
    "runtests",
    "bootstrap",
    "build",
    "hatch_build",
    "__init__",
    "__main__",
];

/// Package-level findings of the package made of `members`, whose declared distribution name is
/// `declared_name` (from its metadata), strongest first.
pub fn package_signals(members: &[PackageMember<'_>], declared_name: Option<&str>) -> Vec<Finding> {
    let layout = Layout::of(members);
    let mut findings = Vec::new();
    if let Some(declared) = declared_name {
        findings.extend(name_signals(members, &layout, declared));
    }
    let own_name_imitates = !findings.is_empty();
    findings.extend(dependency_signals(
        members,
        declared_name,
        own_name_imitates,
    ));
    findings.extend(binary_signals(members, &layout));
    findings.extend(pickle_signals(members));
    findings.extend(direct_reference_signals(members));
    findings.sort_by(|a, b| {
        b.severity
            .total_cmp(&a.severity)
            .then_with(|| a.rule.cmp(b.rule))
            .then_with(|| a.path.cmp(&b.path))
    });
    findings
}

/// Where the package's own files are, and whether it is a built distribution.
struct Layout {
    /// Prefix of the package root (`name-1.0/` in an sdist, empty in a wheel).
    root: String,
    /// A wheel or egg: compiled extensions are expected there.
    built: bool,
}

impl Layout {
    fn of(members: &[PackageMember<'_>]) -> Layout {
        let top: Vec<&str> = members
            .iter()
            .map(|m| m.path)
            .filter(|p| !p.contains("!/"))
            .collect();
        // The shallowest metadata or build file marks the root; a wheel's root is the parent of
        // its .dist-info folder.
        let marker = top
            .iter()
            .filter_map(|path| {
                let (dir, file) = path.rsplit_once('/').unwrap_or(("", path));
                let root = match file {
                    "PKG-INFO" | "setup.py" | "pyproject.toml" | "setup.cfg" => dir,
                    "METADATA" | "WHEEL" if dir.ends_with(".dist-info") => {
                        dir.rsplit_once('/').map_or("", |(parent, _)| parent)
                    }
                    _ => return None,
                };
                Some(root)
            })
            .min_by_key(|root| (root.matches('/').count(), root.len()));
        let root = match marker {
            Some("") => String::new(),
            Some(dir) => format!("{dir}/"),
            None => String::new(),
        };
        let built = top.iter().any(|path| {
            path.strip_prefix(root.as_str()).is_some_and(|rel| {
                rel.split_once('/').is_some_and(|(dir, file)| {
                    dir.ends_with(".dist-info") && file == "WHEEL"
                        || dir == "EGG-INFO" && file == "PKG-INFO"
                })
            })
        });
        Layout { root, built }
    }

    /// True when `path` belongs to a built distribution: the package itself, or a nested wheel.
    fn is_built(&self, path: &str) -> bool {
        match path.rsplit_once("!/") {
            Some((container, _)) => {
                let lower = container.to_ascii_lowercase();
                lower.ends_with(".whl") || lower.ends_with(".egg")
            }
            None => self.built,
        }
    }
}

/// A top-level import package or module the package installs.
struct Module {
    /// As written (`alibabacloud_tea_openapi`).
    name: String,
    /// The member that shows it.
    path: String,
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The top-level modules shipped at the package root or under `src/`, and those listed in
/// `top_level.txt`; tests, docs and build scripts are not modules users import.
fn shipped_modules(members: &[PackageMember<'_>], layout: &Layout) -> Vec<Module> {
    let mut modules: Vec<Module> = Vec::new();
    let mut add = |name: &str, path: &str| {
        if modules.len() < MAX_MODULES
            && is_identifier(name)
            && !NOT_MODULES.contains(&name)
            && FileRole::of_path(&format!("{name}/x.py")) != FileRole::TestOrDocs
            && !modules.iter().any(|m| m.name == name)
        {
            modules.push(Module {
                name: name.to_owned(),
                path: path.to_owned(),
            });
        }
    };
    // Listed names are added after the files, so that evidence points at the module itself.
    let mut listed: Vec<(String, &str)> = Vec::new();
    for member in members.iter().filter(|m| !m.path.contains("!/")) {
        let Some(rel) = member.path.strip_prefix(layout.root.as_str()) else {
            continue;
        };
        let rel = rel.strip_prefix("src/").unwrap_or(rel);
        let parts: Vec<&str> = rel.split('/').collect();
        match parts.as_slice() {
            [dir, "__init__.py"] => add(dir, member.path),
            [file] => {
                if let Some(stem) = file.strip_suffix(".py") {
                    add(stem, member.path);
                }
            }
            [dir, "top_level.txt"] if dir.ends_with(".egg-info") || dir.ends_with(".dist-info") => {
                let text =
                    String::from_utf8_lossy(member.data.get(..64 << 10).unwrap_or(member.data));
                for line in text.lines().take(MAX_MODULES) {
                    listed.push((line.trim().to_owned(), member.path));
                }
            }
            _ => {}
        }
    }
    for (name, path) in listed {
        add(&name, path);
    }
    modules
}

/// Where the declared name is written: the best-placed metadata member and the line of its
/// name field, with that line as the snippet.
fn name_location(members: &[PackageMember<'_>], declared: &str) -> (String, u32, String) {
    let mut candidates: Vec<(u8, &PackageMember<'_>)> = members
        .iter()
        .filter_map(|m| metadata_priority(m.path).map(|p| (p, m)))
        .collect();
    candidates.sort_by_key(|(priority, member)| (*priority, member.path.len()));
    for (_, member) in &candidates {
        let text = String::from_utf8_lossy(member.data.get(..1 << 20).unwrap_or(member.data));
        for (i, line) in text.lines().enumerate().take(10_000) {
            let trimmed = line.trim();
            let lower = trimmed.to_ascii_lowercase();
            if lower.starts_with("name") && trimmed.contains(declared) {
                let line_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
                return (
                    member.path.to_owned(),
                    line_no,
                    crate::text::shorten(trimmed, 120),
                );
            }
        }
    }
    let path = candidates
        .first()
        .map_or_else(String::new, |(_, m)| m.path.to_owned());
    (
        path,
        1,
        format!("Name: {}", crate::text::shorten(declared, 120)),
    )
}

fn name_signals(members: &[PackageMember<'_>], layout: &Layout, declared: &str) -> Vec<Finding> {
    let name = normalize(declared);
    let list = popular();
    let imitations = list.imitations(&name);
    let Some(best) = imitations.iter().min_by_key(|i| (i.how, i.rank)) else {
        return Vec::new();
    };
    let (path, line, snippet) = name_location(members, declared);
    let finding = |rule: &crate::finding::Rule, severity: f64, message: String, tag| Finding {
        rule: rule.id,
        name: rule.name,
        category: Category::Anomaly,
        path: path.clone(),
        line,
        column: 1,
        snippet: snippet.clone(),
        message,
        // The name is what `pip install` acts on, before any code of the package runs.
        context: ExecContext::Install,
        severity,
        tags: vec![tag],
        scope: 0,
    };
    let mut out = vec![finding(
        &typosquat::RULE,
        typosquat::weight(best.how),
        typosquat::message(declared, best),
        "name-imitation",
    )];
    // The strongest shipped module that is the import package of a project the name imitates.
    let copied = shipped_modules(members, layout)
        .into_iter()
        .filter(|module| names::normalize(&module.name) != name)
        .flat_map(|module| {
            let projects = list.projects_imported_as(&normalize(&module.name));
            imitations
                .iter()
                .filter(|i| projects.contains(&i.target))
                .map(|i| (i.clone(), module.name.clone(), module.path.clone()))
                .collect::<Vec<_>>()
        })
        .min_by_key(|(i, _, _)| (!i.how.is_typo(), i.how, i.rank));
    if let Some((imitation, module, module_path)) = copied {
        out.push(finding(
            &impersonation::RULE,
            impersonation::weight(imitation.how),
            format!(
                "{} ({module_path})",
                impersonation::message(declared, &imitation, &module)
            ),
            "impersonation",
        ));
    }
    out
}

/// Required dependencies named like popular projects (WH303), the closest resemblance first;
/// at most three are reported.
fn dependency_signals(
    members: &[PackageMember<'_>],
    declared: Option<&str>,
    own_name_imitates: bool,
) -> Vec<Finding> {
    let own = declared.map(normalize);
    let list = popular();
    let mut found: Vec<ImitatedRequirement<'_>> = Vec::new();
    for member in members {
        let inner = member.path.rsplit("!/").next().unwrap_or(member.path);
        let file_name = inner.rsplit('/').next().unwrap_or(inner);
        let is_requires = file_name == "requires.txt"
            && inner.contains(".egg-info/")
            && inner.matches('/').count() <= 2;
        let is_core_metadata = matches!(file_name, "PKG-INFO" | "METADATA")
            && matches!(metadata_priority(member.path), Some(0 | 1));
        let is_pyproject =
            file_name == "pyproject.toml" && matches!(metadata_priority(member.path), Some(2 | 3));
        if !is_requires && !is_core_metadata && !is_pyproject {
            continue;
        }
        let text = String::from_utf8_lossy(member.data.get(..1 << 20).unwrap_or(member.data));
        // Build requirements never reach the core metadata; pip installs and runs them to
        // build the package.
        let names: Vec<(String, bool)> = if is_pyproject {
            crate::metadata::declared_requirements(file_name, &text)
                .into_iter()
                .filter(|(_, _, field)| field.contains("build"))
                .map(|(requirement, _, _)| {
                    (dependency_imitation::requirement_name(&requirement), true)
                })
                .filter(|(name, _)| !name.is_empty())
                .collect()
        } else {
            dependency_imitation::required_names(file_name, &text)
                .into_iter()
                .map(|name| (name, false))
                .collect()
        };
        for (dependency, builds) in names {
            let name = normalize(&dependency);
            if own.as_deref() == Some(name.as_str()) || found.iter().any(|seen| seen.name == name) {
                continue;
            }
            if let Some(imitation) = list
                .imitations(&name)
                .into_iter()
                .filter(|i| dependency_imitation::counts(i.how, name.chars().count()))
                .min_by_key(|i| (i.how, i.rank))
            {
                let line = text
                    .lines()
                    .position(|line| line.contains(dependency.as_str()))
                    .and_then(|index| u32::try_from(index + 1).ok())
                    .unwrap_or(1);
                found.push(ImitatedRequirement {
                    imitation,
                    written: dependency,
                    name,
                    path: member.path,
                    line,
                    builds,
                });
            }
        }
    }
    found.sort_by_key(|r| (!r.builds, r.imitation.how, r.imitation.rank));
    let weight = if own_name_imitates {
        dependency_imitation::CHAINED_WEIGHT
    } else {
        dependency_imitation::WEIGHT
    };
    found
        .into_iter()
        .take(3)
        .map(|requirement| Finding {
            severity: if requirement.builds {
                dependency_imitation::BUILD_WEIGHT
            } else {
                weight
            },
            rule: dependency_imitation::RULE.id,
            name: dependency_imitation::RULE.name,
            category: Category::Anomaly,
            path: requirement.path.to_owned(),
            line: requirement.line,
            column: 1,
            snippet: crate::text::shorten(&requirement.written, 120),
            message: dependency_imitation::message(&requirement.written, &requirement.imitation),
            // pip fetches and installs requirements before anything of the package runs.
            context: ExecContext::Install,
            tags: vec!["dependency-imitation"],
            scope: 0,
        })
        .collect()
}

/// A requirement whose name imitates a popular project, where it was found.
struct ImitatedRequirement<'m> {
    imitation: Imitation,
    /// The requirement's name as written.
    written: String,
    /// Its normalised name, for spotting the same requirement declared twice.
    name: String,
    path: &'m str,
    line: u32,
    /// Declared as a build requirement, which pip runs to build the package.
    builds: bool,
}

/// Requirements of the top-level `pyproject.toml` or `setup.cfg` that fetch an archive from a
/// server that is neither the index nor a source forge (WH100's direct references). A build
/// requirement never reaches the core metadata the index checks, and pip installs it before
/// anything else of the package, to build it.
fn direct_reference_signals(members: &[PackageMember<'_>]) -> Vec<Finding> {
    let mut out = Vec::new();
    for member in members {
        let inner = member.path.rsplit("!/").next().unwrap_or(member.path);
        let file_name = inner.rsplit('/').next().unwrap_or(inner);
        if !matches!(file_name, "pyproject.toml" | "setup.cfg")
            || !matches!(metadata_priority(member.path), Some(2 | 3))
        {
            continue;
        }
        let text = String::from_utf8_lossy(member.data.get(..1 << 20).unwrap_or(member.data));
        for (requirement, line, field) in crate::metadata::declared_requirements(file_name, &text) {
            let Some(reference) = crate::rules::install_hook::DirectReference::of(&requirement)
            else {
                continue;
            };
            out.push(Finding {
                rule: crate::rules::install_hook::RULE.id,
                name: crate::rules::install_hook::RULE.name,
                category: crate::rules::install_hook::RULE.category,
                path: member.path.to_owned(),
                line,
                column: 1,
                snippet: crate::text::shorten(&requirement, 120),
                message: format!("{field}: {}", reference.phrase()),
                context: ExecContext::Install,
                severity: reference.severity(),
                tags: vec!["install-hook", "direct-url-dependency"],
                scope: 0,
            });
            if out.len() >= 4 {
                return out;
            }
        }
    }
    out
}

/// Most pickled-payload findings kept per package.
const MAX_PICKLE_FINDINGS: usize = 8;

/// Pickles among the package's files that call a command or code runner when loaded.
fn pickle_signals(members: &[PackageMember<'_>]) -> Vec<Finding> {
    let mut out = Vec::new();
    for member in members {
        if out.len() >= MAX_PICKLE_FINDINGS {
            break;
        }
        // Python sources start with letters that are pickle opcodes too; they are analysed
        // as code, not read as pickles.
        if member.size > pickled_payload::MAX_BYTES
            || crate::is_python_member(member.path, member.data)
        {
            continue;
        }
        let document_name = pickled_payload::is_document_name(member.path);
        let document = || {
            document_name
                .then(|| std::str::from_utf8(member.data).ok())
                .flatten()
                .and_then(pickled_payload::tagged_document_call)
        };
        let Some((callable, argument)) =
            pickled_payload::dangerous_call(member.data).or_else(document)
        else {
            continue;
        };
        let what = if document_name {
            "a document"
        } else {
            "a pickle"
        };
        let in_tests = FileRole::of_path(member.path) == FileRole::TestOrDocs;
        out.push(Finding {
            rule: pickled_payload::RULE.id,
            name: pickled_payload::RULE.name,
            category: Category::Anomaly,
            path: member.path.to_owned(),
            line: 1,
            column: 1,
            snippet: crate::text::shorten(&format!("{callable}({argument})"), 120),
            message: format!(
                "{what} that calls {callable}(`{}`) when loaded{}",
                crate::text::shorten(&argument, 100),
                if in_tests {
                    ", among tests or docs"
                } else {
                    ""
                }
            ),
            context: if in_tests {
                ExecContext::TestOrDocs
            } else {
                ExecContext::Import
            },
            severity: if in_tests {
                pickled_payload::TEST_WEIGHT
            } else {
                pickled_payload::WEIGHT
            },
            tags: vec!["pickled-payload"],
            scope: 0,
        });
    }
    out
}

fn binary_signals(members: &[PackageMember<'_>], layout: &Layout) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    for member in members {
        let Some(format) = native_binary::executable_format(member.data) else {
            continue;
        };
        let disguised = native_binary::is_disguised(member.path);
        if layout.is_built(member.path) && !disguised {
            continue;
        }
        let in_tests = FileRole::of_path(member.path) == FileRole::TestOrDocs;
        let (severity, message, tag) = match (disguised, in_tests) {
            (true, false) => (
                native_binary::DISGUISED_WEIGHT,
                format!("a {format} executable named like a non-executable file"),
                "disguised-binary",
            ),
            (true, true) => (
                native_binary::DISGUISED_TEST_WEIGHT,
                format!(
                    "a {format} executable named like a non-executable file, among tests or docs"
                ),
                "disguised-binary",
            ),
            (false, false) => (
                native_binary::SDIST_WEIGHT,
                format!("a compiled {format} executable in a source distribution"),
                "native-binary",
            ),
            (false, true) => (
                native_binary::TEST_WEIGHT,
                format!(
                    "a compiled {format} executable among tests or docs of a source distribution"
                ),
                "native-binary",
            ),
        };
        out.push(Finding {
            rule: native_binary::RULE.id,
            name: native_binary::RULE.name,
            category: Category::Anomaly,
            path: member.path.to_owned(),
            line: 1,
            column: 1,
            snippet: format!("{format} executable, {} bytes", member.size),
            message,
            context: if in_tests {
                ExecContext::TestOrDocs
            } else {
                ExecContext::Install
            },
            severity,
            tags: vec![tag],
            scope: 0,
        });
    }
    out.sort_by(|a, b| {
        b.severity
            .total_cmp(&a.severity)
            .then_with(|| a.path.cmp(&b.path))
    });
    out.truncate(MAX_BINARY_FINDINGS);
    out
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for package-level detector tests.
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use crate::metadata::{Metadata, parse_metadata};

    /// The package signals of text members, with the name read from their metadata.
    pub fn signals(members: &[(&str, &str)]) -> Vec<Finding> {
        let owned: Vec<(&str, Vec<u8>)> = members
            .iter()
            .map(|(p, t)| (*p, t.as_bytes().to_vec()))
            .collect();
        signals_bytes(&owned)
    }

    /// The package signals of byte members, with the name read from their metadata.
    pub fn signals_bytes(members: &[(&str, Vec<u8>)]) -> Vec<Finding> {
        let members: Vec<PackageMember<'_>> = members
            .iter()
            .map(|(path, data)| PackageMember {
                path,
                data: data.as_slice(),
                size: data.len() as u64,
            })
            .collect();
        let mut metadata = Metadata::default();
        let mut candidates: Vec<(u8, &PackageMember<'_>)> = members
            .iter()
            .filter_map(|m| metadata_priority(m.path).map(|p| (p, m)))
            .collect();
        candidates.sort_by_key(|(p, m)| (*p, m.path.len()));
        for (_, m) in candidates {
            metadata.merge(parse_metadata(m.path, m.data));
        }
        package_signals(&members, metadata.name.as_deref())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::testing::signals;
    use super::*;

    #[test]
    fn build_requirements_from_a_bare_address_are_install_hooks() {
        let pyproject = "[build-system]\nrequires = [\"setuptools\", \"h @ http://203.0.113.62/h-0.1.tar.gz\"]\n";
        let found = signals(&[("x-1/pyproject.toml", pyproject)]);
        let hook = found.iter().find(|f| f.rule == "WH100").unwrap();
        assert!(hook.severity >= 0.8 && hook.line == 2, "{hook:?}");
        let cfg = "[options]\ninstall_requires =\n    lib @ https://downloads.example.invalid/lib-1.0.tar.gz\n";
        let found = signals(&[("x-1/setup.cfg", cfg)]);
        assert!(
            found
                .iter()
                .any(|f| f.rule == "WH100" && (0.55..0.7).contains(&f.severity))
        );
        let plain = "[build-system]\nrequires = [\"setuptools>=61\", \"lib @ git+https://github.com/o/lib.git\"]\n";
        assert!(
            signals(&[("x-1/pyproject.toml", plain)])
                .iter()
                .all(|f| f.rule != "WH100")
        );
        // A vendored project's pyproject.toml deep inside is not this package's.
        assert!(
            signals(&[("x-1/vendor/a/b/pyproject.toml", pyproject)])
                .iter()
                .all(|f| f.rule != "WH100")
        );
    }

    #[test]
    fn finds_modules_of_sdists_wheels_and_src_layouts() {
        let members = [
            ("x-1.0/PKG-INFO", ""),
            ("x-1.0/setup.py", ""),
            ("x-1.0/src/alpha/__init__.py", ""),
            ("x-1.0/beta.py", ""),
            ("x-1.0/tests/__init__.py", ""),
            ("x-1.0/x.egg-info/top_level.txt", "gamma\n"),
        ];
        let members: Vec<PackageMember<'_>> = members
            .iter()
            .map(|(path, text)| PackageMember {
                path,
                data: text.as_bytes(),
                size: text.len() as u64,
            })
            .collect();
        let layout = Layout::of(&members);
        assert_eq!(layout.root, "x-1.0/");
        assert!(!layout.built);
        let names: Vec<String> = shipped_modules(&members, &layout)
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(names, ["alpha", "beta", "gamma"]);

        let wheel = [
            PackageMember {
                path: "x-1.0.dist-info/WHEEL",
                data: b"",
                size: 0,
            },
            PackageMember {
                path: "x/__init__.py",
                data: b"",
                size: 0,
            },
        ];
        let layout = Layout::of(&wheel);
        assert_eq!(layout.root, "");
        assert!(layout.built);
        assert_eq!(shipped_modules(&wheel, &layout)[0].name, "x");
    }

    #[test]
    fn hostile_inputs_do_not_break_the_signals() {
        let long = "a".repeat(100_000);
        let text = format!("Name: {long}\n");
        assert!(signals(&[("x/PKG-INFO", text.as_str())]).is_empty());
        assert!(signals(&[]).is_empty());
        assert!(signals(&[("PKG-INFO", "Name: \u{0}\u{fffd}-_.\n")]).is_empty());
        let found = package_signals(&[], Some("reqeusts"));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "");
    }
}
