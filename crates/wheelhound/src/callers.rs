//! Cross-file context: code runs at install or import time not only where it is written but
//! where it is called from. setup.py importing a helper module, or `__init__.py` calling a
//! function imported from a submodule, runs that code as early as the caller. This pass finds
//! such callers after a first analysis and says which files to analyse again, and how.

use std::collections::HashMap;

use wheelhound_analysis::{CallerContext, ExecContext, FileAnalysis, FileRole};

/// For each analysed file (by index), how other files run it while loading; only files that
/// some caller runs earlier than their own context are listed.
pub fn callers(analyses: &[&FileAnalysis]) -> HashMap<usize, CallerContext> {
    let mut result: HashMap<usize, CallerContext> = HashMap::new();
    for caller in analyses {
        let caller_context = match caller.role {
            FileRole::Setup => ExecContext::Install,
            FileRole::PackageInit | FileRole::Module => ExecContext::Import,
            FileRole::Pth | FileRole::TestOrDocs => continue,
        };
        let imported: Vec<usize> = caller
            .facts
            .top_level_imports
            .iter()
            .flat_map(|module| resolve_module(analyses, &caller.path, module))
            .collect();
        for &target in &imported {
            let callee = analyses[target];
            if std::ptr::eq(callee, *caller) {
                continue;
            }
            if caller.role == FileRole::Setup && callee.role != FileRole::TestOrDocs {
                result.entry(target).or_default().module_context = Some(ExecContext::Install);
            }
            let called: Vec<String> = caller
                .facts
                .external_calls
                .iter()
                .filter(|name| callee.facts.defined_functions.contains(name))
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
        }
    }
    result
}

/// The files a module name can refer to, seen from `from_path`.
fn resolve_module(analyses: &[&FileAnalysis], from_path: &str, module: &str) -> Vec<usize> {
    let dots = module.chars().take_while(|c| *c == '.').count();
    let rest = &module[dots..];
    let relative_parts: Vec<&str> = rest.split('.').filter(|p| !p.is_empty()).collect();
    let wanted: Vec<String> = if dots > 0 {
        let mut base: Vec<&str> = from_path.split('/').collect();
        base.pop();
        for _ in 1..dots {
            base.pop();
        }
        let mut full = base.join("/");
        for part in &relative_parts {
            full.push('/');
            full.push_str(part);
        }
        vec![format!("{full}.py"), format!("{full}/__init__.py")]
    } else {
        let joined = relative_parts.join("/");
        vec![format!("/{joined}.py"), format!("/{joined}/__init__.py")]
    };
    let same_root = from_path.split('/').next().unwrap_or("");
    analyses
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            let path = a.path.as_str();
            path.split('/').next().unwrap_or("") == same_root
                && wanted.iter().any(|w| {
                    if dots > 0 {
                        path == w
                    } else {
                        path.ends_with(w.as_str()) || path == &w[1..]
                    }
                })
        })
        .map(|(i, _)| i)
        .take(4)
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use wheelhound_analysis::{AnalysisOptions, analyze_python};

    fn analyse(files: &[(&str, &str)]) -> Vec<FileAnalysis> {
        files
            .iter()
            .map(|(p, c)| analyze_python(p, c.as_bytes(), &AnalysisOptions::default()))
            .collect()
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
        let found = callers(&refs);
        assert_eq!(
            found.get(&1).and_then(|c| c.module_context),
            Some(ExecContext::Install)
        );
    }

    #[test]
    fn init_calling_an_imported_function_makes_it_eager() {
        let files = analyse(&[
            ("p-1/p/__init__.py", "from .core import *\nstart()\n"),
            ("p-1/p/core.py", "def start():\n    pass\n"),
        ]);
        let refs: Vec<&FileAnalysis> = files.iter().collect();
        let found = callers(&refs);
        let core = found.get(&1).unwrap();
        assert_eq!(core.functions, ["start"]);
        assert_eq!(core.functions_context, Some(ExecContext::Import));
    }
}
