//! Cross-file context: code runs at install or import time not only where it is written but
//! where it is called from. setup.py importing a helper module, or `__init__.py` calling a
//! function imported from a submodule, runs that code as early as the caller. This pass finds
//! such callers after a first analysis and says which files to analyse again, and how.

use foldhash::{HashMap, HashMapExt};
use std::cell::RefCell;
use std::rc::Rc;

use wheelhound_analysis::{CallerContext, ExecContext, FileAnalysis, FileRole};

/// For each analysed file (by index), how other files run it while loading, and what it
/// imports from its siblings; only files that some caller runs earlier than their own context,
/// or that import hidden values from a sibling, are listed.
///
/// `plugin_modules` are the modules the package's metadata declares as test-runner plugins
/// (see [`wheelhound_analysis::eager::PLUGIN_GROUPS`]); setup scripts add their own.
/// `tool_runs` are the functions the metadata has tools run on their own
/// ([`crate::triggers`]): their modules are shipped code, and the functions run when the tool
/// does.
///
/// `index` is built once per package from the same files' paths, in the same order
/// ([`ModuleIndex::new`]): the rounds of the cross-file pass re-read files, never rename them.
pub fn callers(
    index: &ModuleIndex<'_>,
    analyses: &[&FileAnalysis],
    plugin_modules: &[String],
    tool_runs: &[crate::triggers::ToolRun],
) -> HashMap<usize, CallerContext> {
    let mut result: HashMap<usize, CallerContext> = HashMap::new();
    if let Some(first) = analyses.first() {
        for module in plugin_modules {
            mark_plugin(index, analyses, &first.path, module, &mut result);
        }
        for run in tool_runs {
            for &target in index.resolve(&first.path, &run.module).iter() {
                let entry = result.entry(target).or_default();
                entry.imported_by_shipped_code = true;
                entry.functions_context = Some(
                    entry
                        .functions_context
                        .map_or(run.context, |context| context.min(run.context)),
                );
                if !entry.functions.contains(&run.seed) {
                    entry.functions.push(run.seed.clone());
                }
            }
        }
    }
    for (caller_index, caller) in analyses.iter().enumerate() {
        // Resolved once: four of the questions below start from the same imports.
        let top_level: Vec<(&String, Rc<[usize]>)> = caller
            .facts
            .top_level_imports
            .iter()
            .map(|module| (module, index.resolve(&caller.path, module)))
            .collect();
        imports_from_siblings(
            index,
            analyses,
            caller_index,
            caller,
            &top_level,
            &mut result,
        );
        let caller_context = match caller.role {
            FileRole::Setup => ExecContext::Install,
            FileRole::PackageInit | FileRole::Module => ExecContext::Import,
            FileRole::Pth | FileRole::TestOrDocs => continue,
        };
        // Only setup scripts (whole imported modules run at install) and callers of imported
        // functions can make another file run earlier.
        for module in &caller.facts.runs_as_program {
            for &target in index.resolve(&caller.path, module).iter() {
                if target != caller_index
                    && analyses
                        .get(target)
                        .is_some_and(|a| a.role != FileRole::TestOrDocs)
                {
                    let entry = result.entry(target).or_default();
                    entry.program_context = Some(
                        entry
                            .program_context
                            .map_or(caller_context, |c| c.min(caller_context)),
                    );
                }
            }
        }
        // A module that looks like a program (it reads its arguments or serves forever) runs
        // on import all the same when the package's loading code imports it.
        if caller_context == ExecContext::Import {
            // `import pkg.start`, and `from . import start` (a submodule imported by name).
            let submodules: Vec<String> = caller
                .facts
                .from_imports
                .iter()
                .flat_map(|(module, names)| {
                    names.iter().take(64).map(move |name| {
                        if module.ends_with('.') {
                            format!("{module}{name}")
                        } else {
                            format!("{module}.{name}")
                        }
                    })
                })
                .collect();
            let mut targets: Vec<usize> = Vec::new();
            for (_, resolved) in &top_level {
                targets.extend(resolved.iter());
            }
            for module in &submodules {
                targets.extend(index.resolve(&caller.path, module).iter());
            }
            for target in targets {
                {
                    if target != caller_index
                        && analyses.get(target).is_some_and(|a| a.facts.runs_as_script)
                    {
                        let entry = result.entry(target).or_default();
                        entry.module_context = Some(
                            entry
                                .module_context
                                .map_or(ExecContext::Import, |c| c.min(ExecContext::Import)),
                        );
                    }
                }
            }
        }
        // Shipped code importing a "test" module runs it on import: whatever its folder is
        // called, it is no longer a test (malware hides in `tests/` and imports itself from there).
        if caller.role != FileRole::Setup {
            for (_, resolved) in &top_level {
                for &target in resolved.iter() {
                    if target != caller_index
                        && analyses
                            .get(target)
                            .is_some_and(|a| a.role == FileRole::TestOrDocs)
                    {
                        result.entry(target).or_default().imported_by_shipped_code = true;
                    }
                }
            }
        }
        // Build hooks a setup script registers run in every later build of the environment:
        // install time, for the function they name.
        for (module, function) in &caller.facts.build_hooks {
            for &target in index.resolve(&caller.path, module).iter() {
                if target != caller_index
                    && analyses.get(target).is_some_and(|callee| {
                        callee.role != FileRole::TestOrDocs && defines(callee, function)
                    })
                {
                    let entry = result.entry(target).or_default();
                    entry.functions.push(function.clone());
                    entry.functions_context = Some(ExecContext::Install);
                }
            }
        }
        for module in &caller.facts.plugin_modules {
            mark_plugin(index, analyses, &caller.path, module, &mut result);
        }
        // A program's top level (a package's `__main__.py`, a script reading its arguments)
        // runs when someone starts it, not when the package loads: what it calls of its
        // siblings runs then too. (Its own top level keeps its weight: obfuscated code there
        // is judged as loading code, whoever starts it.)
        let program = caller.facts.runs_as_script
            || caller.path == "__main__.py"
            || caller.path.ends_with("/__main__.py");
        if caller.role != FileRole::Setup && (caller.facts.external_calls.is_empty() || program) {
            continue;
        }
        let mut imported: Vec<usize> = Vec::new();
        for (_, targets) in &top_level {
            imported.extend(targets.iter().copied().filter(|&t| t != caller_index));
        }
        imported.sort_unstable();
        imported.dedup();
        for target in imported {
            let Some(&callee) = analyses.get(target) else {
                continue;
            };
            if caller.role == FileRole::Setup && callee.role != FileRole::TestOrDocs {
                result.entry(target).or_default().module_context = Some(ExecContext::Install);
            }
            let called: Vec<String> = caller
                .facts
                .external_calls
                .iter()
                .filter(|name| {
                    // `Probe.announce` is a method of the class `Probe` the callee defines.
                    let defined = name.strip_suffix(".*").unwrap_or(name);
                    let class = defined.split_once('.').map_or(defined, |(class, _)| class);
                    defines(callee, defined) || defines(callee, class)
                })
                .cloned()
                .collect();
            if !called.is_empty() {
                let entry = result.entry(target).or_default();
                entry.functions.extend(called);
                entry.functions_context = Some(
                    entry
                        .functions_context
                        .map_or(caller_context, |c| c.min(caller_context)),
                );
            }
            let passed = passed_to(caller, callee);
            if !passed.is_empty() {
                let entry = result.entry(target).or_default();
                for source in passed {
                    if entry.passed_in.len() < MAX_PASSED_IN && !entry.passed_in.contains(source) {
                        entry.passed_in.push(source.clone());
                    }
                }
            }
        }
    }
    result
}

/// Most arguments carrying sensitive data handed to one module's functions.
const MAX_PASSED_IN: usize = 64;

/// What `caller` passes, while loading, to functions that `callee` defines: the call's module
/// part must name the callee's file (`._runner.emit` → `_runner.py`, `pkg.emit` →
/// `pkg/__init__.py`), so a function of the same name in another sibling is not meant.
fn passed_to<'a>(
    caller: &'a FileAnalysis,
    callee: &FileAnalysis,
) -> Vec<&'a wheelhound_analysis::PassedSource> {
    if caller.facts.passed_sources.is_empty() {
        return Vec::new();
    }
    let stem = callee
        .path
        .strip_suffix("/__init__.py")
        .or_else(|| callee.path.strip_suffix(".py"))
        .map(|stem| stem.rsplit('/').next().unwrap_or(stem))
        .unwrap_or_default();
    caller
        .facts
        .passed_sources
        .iter()
        .filter(|passed| {
            let names_the_callee =
                |module: &str| module.trim_start_matches('.').rsplit('.').next() == Some(stem);
            // `._ship.Channel().put`: a method of a class the callee defines, on an instance.
            if let Some((owner, _method)) = passed.callee.rsplit_once("().") {
                return owner.rsplit_once('.').is_some_and(|(module, class)| {
                    names_the_callee(module) && defines(callee, class)
                });
            }
            passed
                .callee
                .rsplit_once('.')
                .is_some_and(|(module, function)| {
                    names_the_callee(module) && defines(callee, function)
                })
        })
        .collect()
}

/// A test-runner plugin module is imported by every later test run in the environment, and
/// its `pytest_*` hooks are called there: its top level runs at import, and its hooks are
/// named so that what they send of the machine's secrets weighs as if sent on import (their
/// other calls stay run-time calls: reporting plugins talk to servers they are given).
fn mark_plugin(
    index: &ModuleIndex<'_>,
    analyses: &[&FileAnalysis],
    from_path: &str,
    module: &str,
    result: &mut HashMap<usize, CallerContext>,
) {
    for &target in index.resolve(from_path, module).iter() {
        let Some(plugin) = analyses.get(target) else {
            continue;
        };
        let entry = result.entry(target).or_default();
        entry.imported_by_shipped_code = true;
        entry.module_context = Some(
            entry
                .module_context
                .map_or(ExecContext::Import, |c| c.min(ExecContext::Import)),
        );
        let hooks = plugin
            .facts
            .defined_functions
            .iter()
            .filter(|f| f.starts_with("pytest_"));
        for hook in hooks {
            if !entry.plugin_hooks.contains(hook) && entry.plugin_hooks.len() < 64 {
                entry.plugin_hooks.push(hook.clone());
            }
        }
    }
}

/// Resolved imports by context, then by the module as written.
type Answers = HashMap<String, HashMap<String, Rc<[usize]>>>;

/// Module files of a package, indexed once so that resolving an import is a lookup, not a scan
/// of every file (packages such as transformers have thousands).
pub struct ModuleIndex<'a> {
    /// Exact path → file.
    by_path: HashMap<&'a str, usize>,
    /// `(sdist root, dotted-path suffix as a/b)` → files whose module path ends with it.
    by_suffix: HashMap<(&'a str, String), Vec<usize>>,
    /// Whether every path starts with the same directory (an sdist's `name-version/`); a source
    /// tree scanned as a directory has no such root.
    shared_root: bool,
    /// Answers already given, keyed by what they depend on (the importing file's directory for
    /// a relative import, its root for an absolute one): thousands of files import the same
    /// few modules, and each answer costs a path join and hash lookups.
    /// By context, then by the module as written.
    answers: RefCell<Answers>,
}

/// The directory a path starts with, or "" for a file at the top.
fn first_directory(path: &str) -> &str {
    path.split_once('/').map_or("", |(first, _)| first)
}

fn root_of(path: &str, shared_root: bool) -> &str {
    if shared_root {
        first_directory(path)
    } else {
        ""
    }
}

/// Deepest dotted-module suffix indexed; deeper absolute imports match on their last parts.
const MAX_SUFFIX_PARTS: usize = 6;

impl<'a> ModuleIndex<'a> {
    /// Indexes the package's Python files by their paths, in analysis order.
    pub fn new(paths: &[&'a str]) -> Self {
        let mut by_path = HashMap::new();
        let mut by_suffix: HashMap<(&str, String), Vec<usize>> = HashMap::new();
        let first = paths.first().map(|path| first_directory(path));
        let shared_root = first.is_some_and(|first| {
            !first.is_empty() && paths.iter().all(|path| first_directory(path) == first)
        });
        for (i, &path) in paths.iter().enumerate() {
            by_path.insert(path, i);
            let root = root_of(path, shared_root);
            let Some(stem) = path
                .strip_suffix("/__init__.py")
                .or_else(|| path.strip_suffix(".py"))
            else {
                continue;
            };
            let parts: Vec<&str> = stem.split('/').collect();
            for take in 1..=parts.len().min(MAX_SUFFIX_PARTS) {
                let Some(tail) = parts.get(parts.len() - take..) else {
                    continue;
                };
                let suffix = tail.join("/");
                let slot = by_suffix.entry((root, suffix)).or_default();
                if slot.len() < 4 {
                    slot.push(i);
                }
            }
        }
        ModuleIndex {
            by_path,
            by_suffix,
            shared_root,
            answers: RefCell::default(),
        }
    }

    /// The files a module name can refer to, seen from `from_path`.
    fn resolve(&self, from_path: &str, module: &str) -> Rc<[usize]> {
        let context = if module.starts_with('.') {
            from_path.rsplit_once('/').map_or("", |(dir, _)| dir)
        } else {
            root_of(from_path, self.shared_root)
        };
        if let Some(known) = self
            .answers
            .borrow()
            .get(context)
            .and_then(|answers| answers.get(module))
        {
            return Rc::clone(known);
        }
        let answer: Rc<[usize]> = self.look_up(from_path, module).into();
        self.answers
            .borrow_mut()
            .entry(context.to_owned())
            .or_default()
            .insert(module.to_owned(), Rc::clone(&answer));
        answer
    }

    fn look_up(&self, from_path: &str, module: &str) -> Vec<usize> {
        let dots = module.chars().take_while(|c| *c == '.').count();
        let parts: Vec<&str> = module
            .get(dots..)
            .unwrap_or("")
            .split('.')
            .filter(|p| !p.is_empty())
            .collect();
        if dots > 0 {
            let mut base: Vec<&str> = from_path.split('/').collect();
            base.pop();
            for _ in 1..dots {
                base.pop();
            }
            let mut full = base.join("/");
            for part in &parts {
                full.push('/');
                full.push_str(part);
            }
            return [format!("{full}.py"), format!("{full}/__init__.py")]
                .iter()
                .filter_map(|candidate| self.by_path.get(candidate.as_str()).copied())
                .collect();
        }
        if parts.is_empty() || parts.len() > MAX_SUFFIX_PARTS {
            return Vec::new();
        }
        let root = root_of(from_path, self.shared_root);
        self.by_suffix
            .get(&(root, parts.join("/")))
            .cloned()
            .unwrap_or_default()
    }
}

/// Gives `caller` the exports (encoded strings, decoders) of the sibling modules it imports
/// from, so that `from .b import *; requests.post(b(a))` folds as if `b` and `a` were its own.
/// True when `module` defines the function or class `name` at its top level.
fn defines(module: &FileAnalysis, name: &str) -> bool {
    module
        .facts
        .defined_functions
        .binary_search_by(|defined| defined.as_str().cmp(name))
        .is_ok()
}

/// True when `caller` calls `name` as an attribute of something other than `self`
/// (`helper.name()`, `Client().name()`): only then can a sibling's function or method of that
/// name hand it what it returns.
fn calls_attribute(caller: &FileAnalysis, name: &str) -> bool {
    caller
        .facts
        .attribute_calls
        .binary_search_by(|called| called.as_str().cmp(name))
        .is_ok()
}

fn imports_from_siblings<'a>(
    index: &ModuleIndex<'a>,
    analyses: &[&'a FileAnalysis],
    caller_index: usize,
    caller: &'a FileAnalysis,
    top_level: &[(&String, Rc<[usize]>)],
    result: &mut HashMap<usize, CallerContext>,
) {
    // `import helper` / `from . import helper`: calls through the module name
    // (`helper.collect()`) can only use what its functions return.
    for &(module, ref resolved) in top_level {
        for &target in resolved.iter() {
            let Some(exporter) = analyses.get(target).filter(|_| target != caller_index) else {
                continue;
            };
            let exports = &exporter.facts.exports;
            // Only a call of one of the returning functions through the module can use them;
            // handing them to every importer would analyse most of a large package twice.
            let called = |function: &str| {
                calls_attribute(
                    caller,
                    function.rsplit_once("().").map_or(function, |(_, m)| m),
                )
            };
            if !exports.iter().any(|e| {
                matches!(e.value, wheelhound_analysis::exports::Exported::Returns(_))
                    && called(&e.name)
            }) {
                continue;
            }
            let entry = result.entry(caller_index).or_default();
            if !entry
                .imported
                .iter()
                .any(|(m, e)| m == module && std::sync::Arc::ptr_eq(e, exports))
            {
                entry.imported.push((module.clone(), exports.clone()));
            }
        }
    }
    for (module, names) in &caller.facts.from_imports {
        for &target in index.resolve(&caller.path, module).iter() {
            if target == caller_index {
                continue;
            }
            let Some(exporter) = analyses.get(target) else {
                continue;
            };
            // `from .pkg import P1` where `pkg/__init__.py` only says `from .headers import
            // P1`: the value lives one module further.
            let mut exports = vec![exporter.facts.exports.clone()];
            for (inner, inner_names) in &exporter.facts.from_imports {
                if !inner_names
                    .iter()
                    .any(|n| n == "*" || names.iter().any(|wanted| wanted == n))
                {
                    continue;
                }
                for &further in index.resolve(&exporter.path, inner).iter() {
                    if further != caller_index
                        && further != target
                        && let Some(owner) = analyses.get(further)
                    {
                        exports.push(owner.facts.exports.clone());
                    }
                }
            }
            for exports in exports {
                let wanted = !exports.is_empty()
                    && names.iter().any(|name| {
                        name == "*"
                            || exports.iter().any(|e| {
                                &e.name == name
                                    || e.name.split_once("().").is_some_and(|(class, method)| {
                                        class == name && calls_attribute(caller, method)
                                    })
                            })
                    });
                if !wanted {
                    continue;
                }
                let entry = result.entry(caller_index).or_default();
                if !entry
                    .imported
                    .iter()
                    .any(|(m, e)| m == module && std::sync::Arc::ptr_eq(e, &exports))
                {
                    entry.imported.push((module.clone(), exports));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use wheelhound_analysis::{AnalysisOptions, analyze_python};

    fn callers_of(
        analyses: &[&FileAnalysis],
        plugins: &[String],
        runs: &[crate::triggers::ToolRun],
    ) -> HashMap<usize, CallerContext> {
        let paths: Vec<&str> = analyses.iter().map(|a| a.path.as_str()).collect();
        callers(&ModuleIndex::new(&paths), analyses, plugins, runs)
    }

    fn analyse(files: &[(&str, &str)]) -> Vec<FileAnalysis> {
        files
            .iter()
            .map(|(p, c)| analyze_python(p, c.as_bytes(), &AnalysisOptions::default()))
            .collect()
    }

    #[test]
    fn a_serving_script_runs_on_import_only_when_the_package_imports_it() {
        let server = "import http.server, socketserver\nwith socketserver.TCPServer(('', 0), http.server.SimpleHTTPRequestHandler) as httpd:\n    httpd.serve_forever()\n";
        let files = analyse(&[
            ("p-1/pkg/__init__.py", "x = 1\n"),
            ("p-1/pkg/start.py", server),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        assert!(files[1].facts.runs_as_script);
        assert!(
            callers_of(&refs, &[], &[])
                .get(&1)
                .is_none_or(|c| c.module_context.is_none())
        );
        let files = analyse(&[
            ("p-1/pkg/__init__.py", "from . import start\n"),
            ("p-1/pkg/start.py", server),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        assert_eq!(
            callers_of(&refs, &[], &[])
                .get(&1)
                .and_then(|c| c.module_context),
            Some(ExecContext::Import)
        );
    }

    #[test]
    fn a_sample_script_among_package_data_calls_its_siblings_when_started() {
        let fetch = "import urllib.request\ndef get_template(out):\n    urllib.request.urlretrieve('https://example.org/t.py', out)\n";
        let sample = "from pkg.convert import *\nget_template('t.py')\n";
        let files = analyse(&[
            ("p-1/pkg/__init__.py", "x = 1\n"),
            ("p-1/pkg/convert.py", fetch),
            ("p-1/pkg/data/python/sample.py", sample),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        assert!(files[2].facts.runs_as_script);
        assert!(
            callers_of(&refs, &[], &[])
                .get(&1)
                .is_none_or(|c| c.functions_context.is_none())
        );
        // The same call from a module the package loads runs the download on import.
        let files = analyse(&[
            ("p-1/pkg/__init__.py", "x = 1\n"),
            ("p-1/pkg/convert.py", fetch),
            ("p-1/pkg/loader.py", sample),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        assert_eq!(
            callers_of(&refs, &[], &[])
                .get(&1)
                .and_then(|c| c.functions_context),
            Some(ExecContext::Import)
        );
    }

    #[test]
    fn a_main_module_calls_its_siblings_when_started_not_on_import() {
        let files = analyse(&[
            ("p-1/pkg/__init__.py", "x = 1\n"),
            ("p-1/pkg/__main__.py", "from pkg.cli import main\nmain()\n"),
            (
                "p-1/pkg/cli.py",
                "import socket\ndef main():\n    socket.create_connection(('example.org', 80))\n",
            ),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        assert!(
            callers_of(&refs, &[], &[])
                .get(&2)
                .is_none_or(|c| c.functions.is_empty())
        );
        let files = analyse(&[
            ("p-1/pkg/__init__.py", "from pkg.cli import main\nmain()\n"),
            (
                "p-1/pkg/cli.py",
                "import socket\ndef main():\n    socket.create_connection(('example.org', 80))\n",
            ),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        assert_eq!(
            callers_of(&refs, &[], &[])
                .get(&1)
                .map(|c| c.functions.clone()),
            Some(vec!["main".to_owned()])
        );
    }

    #[test]
    fn a_function_called_through_its_imported_module_runs_at_import() {
        let files = analyse(&[
            (
                "p-1/pkg/__init__.py",
                "from . import _compat\n_compat.check()\n",
            ),
            (
                "p-1/pkg/_compat.py",
                "import socket\ndef check():\n    socket.create_connection(('example.org', 80))\n",
            ),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        assert_eq!(files[0].facts.external_calls, vec!["check".to_owned()]);
        assert_eq!(
            callers_of(&refs, &[], &[])
                .get(&1)
                .map(|c| c.functions.clone()),
            Some(vec!["check".to_owned()])
        );
    }

    #[test]
    fn functions_tools_run_are_seeded_in_their_modules() {
        use crate::triggers::ToolRun;
        let files = analyse(&[
            ("p-1/gitflowx/shim.py", "def main():\n    pass\n"),
            ("p-1/gitflowx/cli.py", "def main():\n    pass\n"),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        let runs = [ToolRun {
            module: "gitflowx.shim".to_owned(),
            seed: "main".to_owned(),
            context: ExecContext::Import,
        }];
        let found = callers_of(&refs, &[], &runs);
        let shim = found.get(&0).expect("the shim is run");
        assert_eq!(shim.functions, vec!["main".to_owned()]);
        assert_eq!(shim.functions_context, Some(ExecContext::Import));
        assert!(shim.imported_by_shipped_code);
        assert!(found.get(&1).is_none_or(|c| c.functions.is_empty()));
    }

    #[test]
    fn registered_pytest_plugins_name_their_hooks() {
        let files = analyse(&[
            (
                "p-1/setup.py",
                "from setuptools import setup\nsetup(entry_points={'pytest11': ['fast = fastcov.plugin']})\n",
            ),
            (
                "p-1/fastcov/plugin.py",
                "def pytest_configure(config):\n    pass\ndef helper():\n    pass\n",
            ),
            (
                "p-1/fastcov/other.py",
                "def pytest_configure(config):\n    pass\n",
            ),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        let found = callers_of(&refs, &[], &[]);
        let plugin = found.get(&1).map(|c| c.plugin_hooks.clone());
        assert_eq!(plugin, Some(vec!["pytest_configure".to_owned()]));
        assert!(found.get(&2).is_none_or(|c| c.plugin_hooks.is_empty()));
        // Declared in the metadata instead (pyproject, entry_points.txt).
        let found = callers_of(&refs[1..], &["fastcov.plugin".to_owned()], &[]);
        assert_eq!(
            found.get(&0).map(|c| c.plugin_hooks.clone()),
            Some(vec!["pytest_configure".to_owned()])
        );
    }

    #[test]
    fn setup_importing_a_helper_runs_it_at_install() {
        let files = analyse(&[
            (
                "p-1/setup.py",
                "import helper\nfrom setuptools import setup\nsetup()\n",
            ),
            ("p-1/helper.py", "x = 1\n"),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        let found = callers_of(&refs, &[], &[]);
        assert_eq!(
            found.get(&1).and_then(|c| c.module_context),
            Some(ExecContext::Install)
        );
    }

    #[test]
    fn an_imported_command_class_registered_by_setup_runs_at_install() {
        let files = analyse(&[
            (
                "p-1/setup.py",
                "from setuptools import setup\nfrom helpers import PostInstall\nsetup(cmdclass={'install': PostInstall})\n",
            ),
            (
                "p-1/helpers.py",
                "from setuptools.command.install import install\nclass PostInstall(install):\n    def run(self):\n        pass\n",
            ),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        let found = callers_of(&refs, &[], &[]);
        let helper = found.get(&1).unwrap();
        assert_eq!(helper.functions, ["PostInstall.*"]);
        assert_eq!(helper.functions_context, Some(ExecContext::Install));
    }

    #[test]
    fn a_build_hook_registered_by_setup_runs_at_install() {
        let files = analyse(&[
            (
                "p-1/setup.py",
                "from setuptools import setup\nsetup(entry_points={'setuptools.finalize_distribution_options': ['c = hooks:finalize']})\n",
            ),
            (
                "p-1/hooks.py",
                "def finalize(dist):\n    pass\ndef other():\n    pass\n",
            ),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        let found = callers_of(&refs, &[], &[]);
        let hooks = found.get(&1).unwrap();
        assert_eq!(hooks.functions, ["finalize"]);
        assert_eq!(hooks.functions_context, Some(ExecContext::Install));
    }

    #[test]
    fn init_calling_an_imported_function_makes_it_eager() {
        let files = analyse(&[
            ("p-1/p/__init__.py", "from .core import *\nstart()\n"),
            ("p-1/p/core.py", "def start():\n    pass\n"),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        let found = callers_of(&refs, &[], &[]);
        let core = found.get(&1).unwrap();
        assert_eq!(core.functions, ["start"]);
        assert_eq!(core.functions_context, Some(ExecContext::Import));
    }

    #[test]
    fn a_test_module_that_shipped_code_imports_is_shipped() {
        let files = analyse(&[
            (
                "p-1/p/init.py",
                "from .tests import helpers\ndef deinit():\n    helpers.reset()\n",
            ),
            ("p-1/p/tests/helpers.py", "def reset():\n    pass\n"),
            ("p-1/p/tests/test_x.py", "from . import helpers\n"),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        let found = callers_of(&refs, &[], &[]);
        assert!(found.get(&1).is_some_and(|c| c.imported_by_shipped_code));
        // Tests importing tests stay tests.
        assert!(!found.get(&2).is_some_and(|c| c.imported_by_shipped_code));
    }
}
