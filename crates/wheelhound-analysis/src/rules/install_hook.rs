//! WH100 install-hook: a setuptools command replaced with custom code.

use ruff_python_ast::{Expr, ExprCall, StmtClassDef};
use ruff_text_size::Ranged;

use crate::finding::{Category, ExecContext, Rule};
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH100",
    name: "install-hook",
    description: "A setuptools command (install, develop, egg_info, ...) is overridden with custom code",
    rationale: "pip runs these commands during installation, so a custom `run` executes attacker code \
                before the user ever imports the package. Many legitimate packages override build_ext \
                to compile extensions, so the hook alone weighs little; what runs inside it decides.",
    category: Category::Anomaly,
};

/// Commands that run on every `pip install` of an sdist, as opposed to build helpers.
const INSTALL_COMMANDS: &[&str] = &[
    "install",
    "develop",
    "egg_info",
    "easy_install",
    "bdist_egg",
];

/// A class deriving from a setuptools command.
pub fn check_hook_class(checker: &mut Checker, class: &StmtClassDef) {
    let bases: Vec<String> = class
        .arguments
        .iter()
        .flat_map(|args| args.args.iter())
        .filter_map(|base| checker.qualname(base))
        .collect();
    let overrides_install = bases
        .iter()
        .any(|b| INSTALL_COMMANDS.contains(&b.rsplit('.').next().unwrap_or(b)));
    // Only the setup script's own commands run on install; libraries such as build tools
    // define command classes for others to use.
    let in_setup = checker.in_setup_script();
    let severity = if overrides_install && in_setup {
        0.08
    } else {
        0.03
    };
    let tags = if overrides_install && in_setup {
        vec!["install-hook", "install-command"]
    } else {
        vec!["install-hook"]
    };
    checker.report(
        &RULE,
        class.name.range(),
        format!(
            "class {} overrides the setuptools command {}",
            class.name.as_str(),
            bases.join(", ")
        ),
        severity,
        tags,
    );
}

/// `setup(cmdclass={'install': ...})`.
pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if !matches!(
        qualname,
        "setup" | "setuptools.setup" | "distutils.core.setup"
    ) {
        return;
    }
    checker.facts.calls_setup = true;
    if let Some(name) = super::keyword(call, "name")
        .and_then(|e| checker.fold(e))
        .and_then(|v| v.as_text())
    {
        checker.facts.setup_name = Some(crate::text::shorten(&name, 80));
    }
    if let Some(text) = super::keyword(call, "description")
        .and_then(|e| checker.fold(e))
        .and_then(|v| v.as_text())
    {
        checker.facts.setup_description = Some(crate::text::shorten(&text, 200));
    }
    check_hidden_dependencies(checker, call);
    let Some(Expr::Dict(dict)) = super::keyword(call, "cmdclass") else {
        return;
    };
    let keys: Vec<String> = dict
        .items
        .iter()
        .filter_map(|item| item.key.as_ref())
        .filter_map(|key| checker.fold(key).and_then(|v| v.as_text()))
        .collect();
    if keys.is_empty() {
        return;
    }
    let overrides_install = keys.iter().any(|k| INSTALL_COMMANDS.contains(&k.as_str()));
    checker.report(
        &RULE,
        call.range(),
        format!("setup() registers custom commands for {}", keys.join(", ")),
        if overrides_install { 0.08 } else { 0.02 },
        if overrides_install {
            vec!["install-hook", "install-command"]
        } else {
            vec!["install-hook"]
        },
    );
}

/// `install_requires=[f'{ma + rat + lib}==1.0']`: a dependency whose name only exists once the
/// code is folded. Setups compute versions (`f'numpy>={MIN}'`), never the project's name; one
/// assembled from pieces is installed by pip while no reader of setup.py can see which.
fn check_hidden_dependencies(checker: &mut Checker, call: &ExprCall) {
    check_dependency_links(checker, call);
    // What setup_requires names is fetched before setup() itself runs.
    if let Some(Expr::List(list)) = super::keyword(call, "setup_requires") {
        for element in list.elts.iter().take(256) {
            check_direct_reference(checker, element);
        }
    }
    let Some(Expr::List(list)) = super::keyword(call, "install_requires") else {
        return;
    };
    for element in &list.elts {
        check_direct_reference(checker, element);
        if matches!(element, Expr::StringLiteral(_)) {
            continue;
        }
        let Some(requirement) = checker.fold(element).and_then(|v| v.as_text()) else {
            continue;
        };
        let name = requirement
            .split(|c: char| "<>=!~;[ @(".contains(c))
            .next()
            .unwrap_or_default()
            .trim();
        let written = checker
            .text
            .get(element.range().start().to_usize()..element.range().end().to_usize())
            .unwrap_or_default();
        if name.len() < 2 || written.contains(name) {
            continue;
        }
        checker.report(
            &RULE,
            element.range(),
            format!(
                "setup() requires `{}`, a dependency whose name is assembled at run time from `{}`",
                crate::text::shorten(&requirement, 80),
                crate::text::shorten(written, 60)
            ),
            0.35,
            vec!["install-hook", "hidden-dependency", "obfuscation"],
        );
    }
}

/// `install_requires=['requests @ http://203.0.113.9/requests.tar.gz']`: pip downloads that
/// archive and builds it, running its setup.py, while installing this package. PyPI refuses
/// such direct references in uploaded metadata, so only a setup.py can still carry one, and one
/// pointing anywhere but the index or a source forge installs code from the author's server.
fn check_direct_reference(checker: &mut Checker, element: &Expr) {
    let Some(requirement) = checker.fold(element).and_then(|v| v.as_text()) else {
        return;
    };
    let Some(reference) = DirectReference::of(&requirement) else {
        return;
    };
    let severity = if checker.context() == ExecContext::TestOrDocs {
        0.1
    } else {
        reference.severity()
    };
    checker.report(
        &RULE,
        element.range(),
        format!("setup() {}", reference.phrase()),
        severity,
        vec!["install-hook", "direct-url-dependency"],
    );
}

/// A requirement that names an archive on a server rather than a project of the index
/// (`name @ http://203.0.113.9/name.tar.gz`), when that server is neither the index nor a
/// source forge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirectReference {
    /// The project name as written.
    pub name: String,
    /// The host the archive comes from.
    pub host: String,
    /// True for a bare address or a plain-http server: nobody's release host, so whoever
    /// answers there (or on the way there) decides what runs.
    pub unnamed_host: bool,
}

impl DirectReference {
    /// The direct reference `requirement` makes, if any.
    pub fn of(requirement: &str) -> Option<Self> {
        let (name, target) = requirement
            .split_once(" @ ")
            .or_else(|| requirement.split_once('@'))?;
        let source = ArchiveSource::of(target.split(';').next().unwrap_or(target))?;
        Some(Self {
            name: name.trim().to_owned(),
            unnamed_host: source.bare_address || source.plain_http,
            host: source.host,
        })
    }

    /// Its weight where pip installs it.
    pub fn severity(&self) -> f64 {
        if self.unnamed_host { 0.8 } else { 0.6 }
    }

    /// What it does, after the subject (`setup()`, `pyproject.toml's build requirements`).
    pub fn phrase(&self) -> String {
        let served = if self.unnamed_host {
            " (a bare address or plain http)"
        } else {
            ""
        };
        format!(
            "requires `{}` straight from {}{served}, which pip downloads and builds while installing",
            self.name, self.host
        )
    }
}

/// Where an archive URL points, when it is neither the index nor a source forge.
struct ArchiveSource {
    host: String,
    /// The host is an IP address.
    bare_address: bool,
    /// Fetched over plain http.
    plain_http: bool,
}

impl ArchiveSource {
    fn of(url: &str) -> Option<Self> {
        let url = url.trim();
        let host = super::process_spawn::untrusted_archive_host(std::iter::once(url), false)?;
        Some(Self {
            bare_address: host.parse::<std::net::IpAddr>().is_ok(),
            plain_http: url.starts_with("http://"),
            host,
        })
    }
}

/// `dependency_links=['http://203.0.113.9/pkgs/x-0.1.tar.gz#egg=x']`: where an old installer
/// looked for requirements. pip ignores them since 19.0, so they install nothing today, but
/// one at a bare address or plain-http server says where the author meant code to come from.
fn check_dependency_links(checker: &mut Checker, call: &ExprCall) {
    let Some(Expr::List(list)) = super::keyword(call, "dependency_links") else {
        return;
    };
    for element in list.elts.iter().take(64) {
        let Some(url) = checker.fold(element).and_then(|v| v.as_text()) else {
            continue;
        };
        let Some(ArchiveSource {
            bare_address,
            plain_http,
            ..
        }) = ArchiveSource::of(&url)
        else {
            continue;
        };
        // Old projects linked their own download pages over plain http; a bare address is
        // nobody's download page.
        if !(bare_address || plain_http) || checker.context() == ExecContext::TestOrDocs {
            continue;
        }
        checker.report(
            &RULE,
            element.range(),
            format!(
                "setup() lists `{}` as a dependency link, an archive at {} (pip ignores such links since 19.0)",
                crate::text::shorten(&url, 100),
                if bare_address { "a bare address" } else { "a plain-http server" }
            ),
            if bare_address { 0.75 } else { 0.3 },
            vec!["install-hook", "direct-url-dependency"],
        );
        return;
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::max_severity;

    #[test]
    fn dependency_links_and_setup_requires_at_a_bare_address() {
        let links = "from setuptools import setup\nsetup(name='x', dependency_links=['http://203.0.113.61:8000/p/h-0.1.tar.gz#egg=h'])\n";
        assert!(max_severity("p-1/setup.py", links, "WH100") >= 0.75);
        let old_page = "from setuptools import setup\nsetup(name='x', dependency_links=['http://downloads.example.org/h/'])\n";
        let severity = max_severity("p-1/setup.py", old_page, "WH100");
        assert!((0.25..0.4).contains(&severity), "{severity}");
        let forge = "from setuptools import setup\nsetup(name='x', dependency_links=['https://github.com/o/h/tarball/master#egg=h'])\n";
        assert!(max_severity("p-1/setup.py", forge, "WH100") < 0.1);
        let setup_requires = "from setuptools import setup\nsetup(name='x', setup_requires=['h @ http://203.0.113.9/h.tar.gz'])\n";
        assert!(max_severity("p-1/setup.py", setup_requires, "WH100") >= 0.8);
    }

    #[test]
    fn a_dependency_from_the_authors_server_is_installed_code() {
        let code = "from setuptools import setup\nsetup(name='x', install_requires=['requests @ http://203.0.113.9/requests-2.31.0.tar.gz'])\n";
        assert!(max_severity("p-1/setup.py", code, "WH100") >= 0.8);
        let named = "from setuptools import setup\nsetup(name='x', install_requires=['lib @ https://downloads.example.invalid/lib-1.0.tar.gz'])\n";
        let severity = max_severity("p-1/setup.py", named, "WH100");
        assert!((0.55..0.7).contains(&severity), "{severity}");
        for fine in [
            "from setuptools import setup\nsetup(name='x', install_requires=['lib @ git+https://github.com/o/lib.git@v1'])\n",
            "from setuptools import setup\nsetup(name='x', install_requires=['requests>=2', 'a; python_version<\"3.8\"'])\n",
        ] {
            assert!(max_severity("p-1/setup.py", fine, "WH100") < 0.1, "{fine}");
        }
    }

    #[test]
    fn triggers_on_custom_install() {
        let code = "from setuptools.command.install import install\nclass X(install):\n    def run(self):\n        pass\n";
        assert!(max_severity("p/setup.py", code, "WH100") >= 0.08);
        let code = "from setuptools import setup\nsetup(name='x', cmdclass={'develop': D})\n";
        assert!(max_severity("p/setup.py", code, "WH100") >= 0.08);
    }

    #[test]
    fn dependency_names_assembled_from_pieces_are_hidden() {
        let code = "from setuptools import setup\nma = 'ma'\nrat = 'rat'\nlib = 'lib'\nX = ma + rat + lib\nsetup(name='m', install_requires=[f'{X}==1.0'])\n";
        assert!(max_severity("p/setup.py", code, "WH100") >= 0.35);
        let versions = "from setuptools import setup\nMIN = '1.21'\nsetup(name='m', install_requires=[f'numpy>={MIN}', 'requests'])\n";
        assert!(max_severity("p/setup.py", versions, "WH100") < 0.1);
    }

    #[test]
    fn build_ext_override_weighs_little() {
        let code =
            "from setuptools.command.build_ext import build_ext\nclass B(build_ext):\n    pass\n";
        assert!(max_severity("p/setup.py", code, "WH100") < 0.05);
        assert_eq!(
            max_severity("p/setup.py", "class B(object):\n    pass\n", "WH100"),
            0.0
        );
    }
}
