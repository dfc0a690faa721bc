//! Entry points and configuration through which tools run a package's code on their own, with
//! no import or call in the package's code to show it: setuptools' build hooks declared in
//! `pyproject.toml` or `setup.cfg`, console scripts named like the system's own commands, and
//! `setup.cfg`'s `cmdclass`. Documentation plugins (`mkdocs.plugins`) are not among them,
//! although docs builds load them on their own: their hooks send the CI's GitHub token to
//! GitHub as their job, so running early says nothing there. Each names a module of the package and the
//! functions or classes of it that run, and when.

use wheelhound_analysis::ExecContext;
use wheelhound_analysis::metadata::Metadata;
use wheelhound_input::Package;

/// Commands of the operating system and its core tools. A console script of that name put on
/// `PATH` by `pip install` runs in their place whenever the user types them, with the user's
/// credentials at hand (`git push` asks for them). Tools that PyPI does ship under their own
/// names (pip, cmake, ninja, node, aws) are not listed.
const SYSTEM_COMMANDS: &[&str] = &[
    "git",
    "ssh",
    "scp",
    "sftp",
    "sudo",
    "su",
    "curl",
    "wget",
    "ls",
    "cat",
    "cp",
    "mv",
    "rm",
    "chmod",
    "chown",
    "ps",
    "kill",
    "bash",
    "sh",
    "zsh",
    "python",
    "python3",
    "gpg",
    "openssl",
    "passwd",
    "whoami",
    "id",
    "env",
    "make",
    "gcc",
    "cc",
    "apt",
    "apt-get",
    "yum",
    "dnf",
    "brew",
    "systemctl",
    "crontab",
    "ssh-agent",
    "ssh-add",
    "login",
    "doas",
];

/// Code of the package that a tool runs: a module (as written in the declaration, resolved
/// to files by `callers`), the function (`name`, or `Class.*` for every method) and the
/// context it runs in.
#[derive(Debug, PartialEq)]
pub(crate) struct ToolRun {
    pub module: String,
    pub seed: String,
    pub context: ExecContext,
}

/// What of the package tools run on their own, as its metadata and `setup.cfg` declare it.
pub(crate) fn tool_runs(package: &Package, metadata: &Metadata) -> Vec<ToolRun> {
    let own_name = metadata
        .name
        .as_deref()
        .map(|name| name.to_ascii_lowercase().replace('_', "-"));
    let mut runs: Vec<ToolRun> = Vec::new();
    for entry in metadata.entry_points.iter().take(256) {
        let Some((group, rest)) = entry.split_once(": ") else {
            continue;
        };
        let Some((name, object)) = rest.split_once('=') else {
            continue;
        };
        let name = name.trim();
        let Some((module, attribute)) = object.split_once(':') else {
            continue;
        };
        let module = module.trim();
        let attribute = attribute.split('[').next().unwrap_or("").trim();
        let attribute = attribute.split('.').next().unwrap_or("").trim();
        if module.is_empty() || attribute.is_empty() {
            continue;
        }
        let context = if wheelhound_analysis::eager::BUILD_HOOK_GROUPS.contains(&group) {
            ExecContext::Install
        } else if group == "console_scripts"
            && SYSTEM_COMMANDS.contains(&name)
            && own_name.as_deref() != Some(name)
        {
            ExecContext::Import
        } else {
            continue;
        };
        runs.push(ToolRun {
            module: module.to_owned(),
            seed: attribute.to_owned(),
            context,
        });
    }
    runs.extend(
        setup_cfg_command_classes(package)
            .into_iter()
            .map(|(module, class)| ToolRun {
                module,
                seed: format!("{class}.*"),
                context: ExecContext::Install,
            }),
    );
    runs.truncate(64);
    runs
}

/// `(module, class)` of each command class that the top-level `setup.cfg` gives in
/// `[options] cmdclass = install = pkg.hooks.Install`: setuptools runs that class's methods
/// for the command during the install.
fn setup_cfg_command_classes(package: &Package) -> Vec<(String, String)> {
    let Some(config) = package.members.iter().find(|m| {
        let inner = m.path.rsplit("!/").next().unwrap_or(&m.path);
        inner.matches('/').count() <= 1 && inner.rsplit('/').next() == Some("setup.cfg")
    }) else {
        return Vec::new();
    };
    let text = String::from_utf8_lossy(config.data.get(..1 << 20).unwrap_or(&config.data));
    let mut found = Vec::new();
    let mut section = String::new();
    let mut in_cmdclass = false;
    for line in text.lines().take(20_000) {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            section = trimmed.to_ascii_lowercase();
            in_cmdclass = false;
            continue;
        }
        if section != "[options]" || trimmed.is_empty() || trimmed.starts_with(['#', ';']) {
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        let value = if !indented {
            match trimmed.split_once('=') {
                Some((key, value)) if key.trim() == "cmdclass" => {
                    in_cmdclass = true;
                    value
                }
                _ => {
                    in_cmdclass = false;
                    continue;
                }
            }
        } else if in_cmdclass {
            trimmed
        } else {
            continue;
        };
        for pair in value.split(',') {
            let Some((_, object)) = pair.split_once('=') else {
                continue;
            };
            if let Some((module, class)) = object.trim().rsplit_once('.')
                && !module.is_empty()
                && !class.is_empty()
                && found.len() < 16
            {
                found.push((module.to_owned(), class.to_owned()));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use crate::package::tests::package;

    fn runs(members: &[(&str, &str)], metadata: &Metadata) -> Vec<ToolRun> {
        tool_runs(&package(members), metadata)
    }

    fn run(module: &str, seed: &str, context: ExecContext) -> ToolRun {
        ToolRun {
            module: module.to_owned(),
            seed: seed.to_owned(),
            context,
        }
    }

    fn declaring(name: &str, entry_points: &[&str]) -> Metadata {
        Metadata {
            name: Some(name.to_owned()),
            entry_points: entry_points.iter().map(|e| (*e).to_owned()).collect(),
            ..Metadata::default()
        }
    }

    #[test]
    fn build_hooks_declared_in_metadata_run_at_install() {
        let metadata = declaring(
            "gitls",
            &["setuptools.file_finders: gitls = gitls:find_files"],
        );
        let found = runs(
            &[(
                "gitls-1/gitls/__init__.py",
                "def find_files(d):\n    pass\n",
            )],
            &metadata,
        );
        assert_eq!(
            found,
            vec![run("gitls", "find_files", ExecContext::Install)]
        );
    }

    #[test]
    fn console_scripts_named_like_system_commands_run_when_the_user_types_them() {
        let metadata = declaring(
            "git-flowx",
            &[
                "console_scripts: git = gitflowx.shim:main",
                "console_scripts: git-flowx = gitflowx.cli:main",
            ],
        );
        let members = [
            ("p-1/gitflowx/shim.py", "def main():\n    pass\n"),
            ("p-1/gitflowx/cli.py", "def main():\n    pass\n"),
        ];
        let found = runs(&members, &metadata);
        assert_eq!(
            found,
            vec![run("gitflowx.shim", "main", ExecContext::Import)]
        );
        // The project of that name ships its own command.
        let own = declaring("git", &["console_scripts: git = gitflowx.shim:main"]);
        assert!(runs(&members, &own).is_empty());
    }

    #[test]
    fn docs_plugins_are_not_tool_runs() {
        let metadata = declaring(
            "cards",
            &["mkdocs.plugins: cards = cards.plugin:CardsPlugin"],
        );
        let found = runs(
            &[("cards-1/cards/plugin.py", "class CardsPlugin:\n    pass\n")],
            &metadata,
        );
        // Their hooks send the CI's token to GitHub as their job: running early says nothing.
        assert!(found.is_empty());
    }

    #[test]
    fn setup_cfg_command_classes_run_at_install() {
        let cfg = "[metadata]\nname = x\n[options]\npackages = find:\ncmdclass =\n    install = fastproto._install.install\n    develop = fastproto._install.develop\npython_requires = >=3.8\n";
        let members = [
            ("x-1/setup.cfg", cfg),
            ("x-1/fastproto/_install.py", "class install:\n    pass\n"),
        ];
        let found = runs(&members, &Metadata::default());
        assert_eq!(
            found,
            vec![
                run("fastproto._install", "install.*", ExecContext::Install),
                run("fastproto._install", "develop.*", ExecContext::Install),
            ]
        );
        let plain = "[options]\npackages = find:\n";
        assert!(
            runs(
                &[("x-1/setup.cfg", plain), ("x-1/fastproto/_install.py", "")],
                &Metadata::default()
            )
            .is_empty()
        );
    }
}
