//! What role a file plays in a package, which decides when its code would run.

use crate::finding::ExecContext;

/// The role of a file inside a package.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileRole {
    /// `setup.py` (or another build script pip runs): all of it runs at install time.
    Setup,
    /// A `.pth` file: its `import` lines run at every interpreter start.
    Pth,
    /// A package's `__init__.py`: its top level runs on import.
    PackageInit,
    /// Any other module.
    Module,
    /// Tests, docs, examples, benchmarks.
    TestOrDocs,
}

/// Folder words that mark code pip neither installs as the package nor runs: tests, docs,
/// examples, and maintainer scripts. Matched per word, so `manual tests` and `test_data` count.
const TEST_OR_DOC_DIRS: &[&str] = &[
    "test",
    "tests",
    "testing",
    "testsuite",
    "doc",
    "docs",
    "example",
    "examples",
    "benchmarks",
    "bench",
    "benchmark",
    "demo",
    "demos",
    "samples",
    "sample",
    "scripts",
    "tools",
    "ci",
    ".github",
    ".circleci",
    ".gitlab",
    "devscripts",
    "contrib",
    // Maintainer folders of a source tree (`etc/downloads_badges.py`, `build_tools/`, `maint/`):
    // pip installs the package's own folders, not these.
    "etc",
    "maint",
    "build_tools",
];

/// Folders of maintainer scripts among [`TEST_OR_DOC_DIRS`]: words that are also ordinary
/// package names (`ansys.tools`, `pkg.scripts`); see [`FileRole::only_in_maintainer_folders`].
const MAINTAINER_DIRS: &[&str] = &[
    "scripts",
    "tools",
    "ci",
    "devscripts",
    "contrib",
    "etc",
    "maint",
    "build_tools",
];

fn is_maintainer_dir(dir: &str) -> bool {
    let lower = dir.to_ascii_lowercase();
    MAINTAINER_DIRS.contains(&lower.as_str())
}

fn is_test_or_doc_dir(dir: &str) -> bool {
    let lower = dir.to_ascii_lowercase();
    TEST_OR_DOC_DIRS.contains(&lower.as_str())
        || lower.split([' ', '_', '-', '.']).any(|word| {
            matches!(
                word,
                "test" | "tests" | "testing" | "docs" | "example" | "examples"
            )
        })
}

/// True for `conf.py` in a `doc`/`docs` folder: the configuration a Sphinx documentation build
/// runs, and nothing else does unless shipped code imports it.
pub fn is_docs_configuration(path: &str) -> bool {
    let mut parts = path.rsplit('/');
    parts.next() == Some("conf.py")
        && parts
            .next()
            .is_some_and(|dir| matches!(dir.to_ascii_lowercase().as_str(), "doc" | "docs"))
}

/// Folder names of the data a package ships beside its code: templates, samples and assets it
/// reads or copies out, never imports.
const PACKAGE_DATA_DIRS: &[&str] = &["data", "template", "templates", "assets", "static"];

/// True when a member path (`/`-separated) lies under a package-data folder
/// ([`PACKAGE_DATA_DIRS`]): a Python file there is a sample or template script, started by
/// hand, unless the package's own code imports or runs it.
pub fn in_package_data_folder(path: &str) -> bool {
    let inner = path.rsplit("!/").next().unwrap_or(path);
    let inner = inner.split('#').next().unwrap_or(inner);
    let mut dirs: Vec<&str> = inner.split('/').filter(|c| !c.is_empty()).collect();
    dirs.pop();
    dirs.iter().any(|dir| {
        PACKAGE_DATA_DIRS
            .iter()
            .any(|data| dir.eq_ignore_ascii_case(data))
    })
}

impl FileRole {
    /// Classifies a member path (`/`-separated, nested archives as `a.whl!/b.py`).
    pub fn of_path(path: &str) -> FileRole {
        FileRole::of_path_in(path, &[])
    }

    /// Like [`FileRole::of_path`], knowing the import names the package is published under
    /// (`test-utils-x` ships `test_utils_x`): a folder or module of that name is the package
    /// itself, which users import, even when its name reads like a test's.
    pub fn of_path_in(path: &str, own_modules: &[String]) -> FileRole {
        FileRole::classify(path, own_modules, false)
    }

    /// True when `path` is a test, doc or example file only because a folder on it is named
    /// like a maintainer's (`tools`, `scripts`, `ci`): in a package whose only code sits in
    /// such folders (the namespace `ansys.tools`), that code is the package.
    pub fn only_in_maintainer_folders(path: &str, own_modules: &[String]) -> bool {
        FileRole::classify(path, own_modules, false) == FileRole::TestOrDocs
            && FileRole::classify(path, own_modules, true) != FileRole::TestOrDocs
    }

    fn classify(path: &str, own_modules: &[String], ignore_maintainer_dirs: bool) -> FileRole {
        let is_own = |name: &str| {
            let name = import_name(name);
            own_modules.iter().any(|m| {
                // The sdist's root folder is `name-version`.
                name.strip_prefix(m.as_str()).is_some_and(|rest| {
                    rest.is_empty()
                        || rest
                            .strip_prefix('_')
                            .is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit()))
                })
            })
        };
        let inner = path.rsplit("!/").next().unwrap_or(path);
        // An archive kept under tests/ or docs/ is test data (a scanner's malicious fixture):
        // pip never installs it, whatever it holds.
        if let Some((outer, _)) = path.rsplit_once("!/")
            && outer.split("!/").any(|archive| {
                let dirs: Vec<&str> = archive.split('/').filter(|c| !c.is_empty()).collect();
                dirs.iter()
                    .take(dirs.len().saturating_sub(1))
                    .any(|dir| !is_own(dir) && is_test_or_doc_dir(dir))
            })
        {
            return FileRole::TestOrDocs;
        }
        let name = inner.rsplit('/').next().unwrap_or(inner);
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".pth") {
            return FileRole::Pth;
        }
        // Type stubs are read by type checkers and never imported: signatures, not code.
        if lower.ends_with(".pyi") {
            return FileRole::TestOrDocs;
        }
        let components: Vec<&str> = inner
            .split('/')
            .filter(|c| !c.is_empty() && *c != ".")
            .collect();
        // pip runs only the setup.py at the root of an sdist (`name-version/setup.py`).
        if lower == "setup.py" && components.len() <= 2 {
            return FileRole::Setup;
        }
        // A wheel's `name-1.0.data/scripts/` holds the commands pip installs on the PATH:
        // shipped programs, not maintainer scripts.
        let wheel_scripts = |at: usize| {
            at > 0
                && components
                    .get(at)
                    .is_some_and(|d| d.eq_ignore_ascii_case("scripts"))
                && components
                    .get(at - 1)
                    .is_some_and(|d| d.to_ascii_lowercase().ends_with(".data"))
        };
        let dirs = components.len().saturating_sub(1);
        let in_test_dir = components.iter().take(dirs).enumerate().any(|(at, dir)| {
            !is_own(dir)
                && !wheel_scripts(at)
                && is_test_or_doc_dir(dir)
                && (!ignore_maintainer_dirs || !is_maintainer_dir(dir))
        });
        let own_file = lower.strip_suffix(".py").is_some_and(is_own);
        let test_file = !own_file
            && (lower.starts_with("test_")
                || lower.ends_with("_test.py")
                || lower == "conftest.py"
                // A Django app's test module sits beside its models.
                || lower == "tests.py");
        if in_test_dir || test_file {
            return FileRole::TestOrDocs;
        }
        if lower == "__init__.py" {
            return FileRole::PackageInit;
        }
        FileRole::Module
    }

    /// When top-level code of such a file runs.
    pub fn top_level_context(self) -> ExecContext {
        match self {
            FileRole::Setup | FileRole::Pth => ExecContext::Install,
            FileRole::PackageInit | FileRole::Module => ExecContext::Import,
            FileRole::TestOrDocs => ExecContext::TestOrDocs,
        }
    }

    /// When code inside functions of such a file runs.
    pub fn function_context(self) -> ExecContext {
        match self {
            // setup.py defines helpers and cmdclass hooks only to run them during the install.
            FileRole::Setup | FileRole::Pth => ExecContext::Install,
            FileRole::PackageInit | FileRole::Module => ExecContext::Runtime,
            FileRole::TestOrDocs => ExecContext::TestOrDocs,
        }
    }
}

/// The import name pip's users would type for a distribution name: `Test-Module.CST` →
/// `test_module_cst`.
pub fn import_name(distribution: &str) -> String {
    distribution
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maintainer_folders_are_told_from_test_folders() {
        let own: Vec<String> = Vec::new();
        assert!(FileRole::only_in_maintainer_folders(
            "a-1/src/ansys/tools/common/notifications.py",
            &own
        ));
        assert!(!FileRole::only_in_maintainer_folders(
            "a-1/examples/launcher/configure.py",
            &own
        ));
        assert!(!FileRole::only_in_maintainer_folders(
            "a-1/tools/tests/x.py",
            &own
        ));
    }

    #[test]
    fn python_files_among_package_data_are_scripts() {
        assert!(in_package_data_folder(
            "geemap-1/geemap/data/python/example.py"
        ));
        assert!(in_package_data_folder("p-1/p/templates/app.py#layer2"));
        assert!(!in_package_data_folder("p-1/p/database.py"));
        assert!(!in_package_data_folder("p-1/p/datasets/load.py"));
        assert!(!in_package_data_folder("data.py"));
    }

    #[test]
    fn classifies_paths() {
        assert_eq!(
            FileRole::of_path("x-1/tests/fixtures/evil.tar.gz!/evil-0.1/setup.py"),
            FileRole::TestOrDocs
        );
        assert_eq!(
            FileRole::of_path("x-1/vendor/dep.tar.gz!/dep-0.1/setup.py"),
            FileRole::Setup
        );
        let cases = [
            ("pkg-1.0/setup.py", FileRole::Setup),
            ("pkg-1.0/pkg/__init__.py", FileRole::PackageInit),
            ("pkg-1.0/tests/test_x.py", FileRole::TestOrDocs),
            ("pkg-1.0/pkg/core.py", FileRole::Module),
            ("pkg-1.0/etc/downloads_badges.py", FileRole::TestOrDocs),
            ("pkg-1.0/build_tools/wheels.py", FileRole::TestOrDocs),
            ("x.whl!/evil.pth", FileRole::Pth),
            ("pkg/tests/__init__.py", FileRole::TestOrDocs),
            ("pkg-1.0/pkg/__init__.pyi", FileRole::TestOrDocs),
            ("pkg-1/examples/guest/setup.py", FileRole::TestOrDocs),
            ("pkg-1/vendor/x/setup.py", FileRole::Module),
            ("setup.py", FileRole::Setup),
            ("n-1/m/manual tests/4 x/build.py", FileRole::TestOrDocs),
            // Airflow providers ship their example DAGs in `example_dags/`.
            (
                "a-1/src/airflow/providers/ai/example_dags/example_tracker.py",
                FileRole::TestOrDocs,
            ),
            ("n-1/scripts/release.py", FileRole::TestOrDocs),
            ("n-1.0.data/scripts/tool", FileRole::Module),
            ("n-1.0.data/scripts/tests/helper.py", FileRole::TestOrDocs),
        ];
        for (path, role) in cases {
            assert_eq!(FileRole::of_path(path), role, "{path}");
        }
    }

    #[test]
    fn the_package_itself_is_never_a_test_folder() {
        let own = vec![import_name("Test-Module.CST")];
        assert_eq!(own, vec!["test_module_cst".to_owned()]);
        assert_eq!(
            FileRole::of_path_in("test_module_cst/__init__.py", &own),
            FileRole::PackageInit
        );
        assert_eq!(
            FileRole::of_path_in("test-module-cst-1.0/test_module_cst/core.py", &own),
            FileRole::Module
        );
        assert_eq!(
            FileRole::of_path_in("test_module_cst/tests/test_core.py", &own),
            FileRole::TestOrDocs
        );
        assert_eq!(
            FileRole::of_path_in("test-module-cst-1.0/setup.py", &own),
            FileRole::Setup
        );
        assert_eq!(
            FileRole::of_path_in("test-module-cst-1.0/test_module_cst/__init__.py", &own),
            FileRole::PackageInit
        );
        assert_eq!(
            FileRole::of_path_in("test_module_cst_helpers/__init__.py", &own),
            FileRole::TestOrDocs
        );
        let single = vec![import_name("test-runner-x")];
        assert_eq!(
            FileRole::of_path_in("test_runner_x.py", &single),
            FileRole::Module
        );
        // Without the package's name the folder still reads as tests.
        assert_eq!(
            FileRole::of_path("test_module_cst/__init__.py"),
            FileRole::TestOrDocs
        );
    }
}
