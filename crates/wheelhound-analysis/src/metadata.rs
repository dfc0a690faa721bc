//! Declared package metadata, read from PKG-INFO / METADATA, pyproject.toml and setup.cfg.
//! These are data files; nothing is built or imported to read them.

/// Name, version and summary as the package declares them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Metadata {
    /// Project name.
    pub name: Option<String>,
    /// Version string.
    pub version: Option<String>,
    /// One-line summary.
    pub summary: Option<String>,
    /// Declared entry points, as `group: name = object` (console scripts and plugins are how a
    /// package's code gets run besides import).
    pub entry_points: Vec<String>,
}

impl Metadata {
    /// Fills the fields still missing from `other`.
    pub fn merge(&mut self, other: Metadata) {
        if self.name.is_none() {
            self.name = other.name;
        }
        if self.version.is_none() {
            self.version = other.version;
        }
        if self.summary.is_none() {
            self.summary = other.summary;
        }
        for entry in other.entry_points {
            if !self.entry_points.contains(&entry) && self.entry_points.len() < 256 {
                self.entry_points.push(entry);
            }
        }
    }

    /// True when nothing is known.
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.version.is_none() && self.summary.is_none()
    }
}

/// How much a metadata file is trusted relative to others: lower reads first.
pub fn metadata_priority(path: &str) -> Option<u8> {
    let inner = path.rsplit("!/").next().unwrap_or(path);
    let depth = inner.matches('/').count();
    let name = inner.rsplit('/').next().unwrap_or(inner);
    // Only the top-level metadata describes the package; vendored copies deeper down do not.
    if depth > 2 {
        return None;
    }
    match name {
        "PKG-INFO" if depth <= 1 => Some(0),
        "METADATA" if inner.contains(".dist-info/") => Some(0),
        "PKG-INFO" => Some(1),
        "pyproject.toml" if depth <= 1 => Some(2),
        "setup.cfg" if depth <= 1 => Some(3),
        "entry_points.txt" if inner.contains(".dist-info/") || inner.contains(".egg-info/") => {
            Some(4)
        }
        _ => None,
    }
}

/// Parses one metadata file chosen by [`metadata_priority`].
pub fn parse_metadata(path: &str, data: &[u8]) -> Metadata {
    let text = String::from_utf8_lossy(data.get(..1 << 20).unwrap_or(data));
    let name = path.rsplit('/').next().unwrap_or(path);
    match name {
        "pyproject.toml" => parse_pyproject(&text),
        "setup.cfg" => parse_setup_cfg(&text),
        "entry_points.txt" => Metadata {
            entry_points: parse_entry_points_ini(&text),
            ..Metadata::default()
        },
        _ => parse_core_metadata(&text),
    }
}

/// RFC 822-style core metadata (PKG-INFO, METADATA): headers until the first blank line.
fn parse_core_metadata(text: &str) -> Metadata {
    let mut metadata = Metadata::default();
    for line in text.lines() {
        if line.trim().is_empty() {
            break;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        if value.is_empty() || value == "UNKNOWN" {
            continue;
        }
        match key.to_ascii_lowercase().as_str() {
            "name" => metadata
                .name
                .get_or_insert_with(|| crate::text::shorten(value, 120)),
            "version" => metadata
                .version
                .get_or_insert_with(|| crate::text::shorten(value, 60)),
            "summary" => metadata
                .summary
                .get_or_insert_with(|| crate::text::shorten(value, 300)),
            _ => continue,
        };
    }
    metadata
}

/// `entry_points.txt` (and setup.cfg's `[options.entry_points]` body): INI sections of
/// `name = module:object` lines.
fn parse_entry_points_ini(text: &str) -> Vec<String> {
    let mut group = String::new();
    let mut out = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with(['#', ';']) {
            continue;
        }
        if let Some(name) = trimmed.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            group = name.trim().to_owned();
            continue;
        }
        if let Some((name, object)) = trimmed.split_once('=')
            && !group.is_empty()
            && out.len() < 256
        {
            out.push(crate::text::shorten(
                &format!("{group}: {} = {}", name.trim(), object.trim()),
                200,
            ));
        }
    }
    out
}

impl Metadata {
    /// The modules declared as entry points in `groups` (`pytest11: fastcov = pkg.plugin`).
    pub fn entry_point_modules(&self, groups: &[&str]) -> Vec<String> {
        self.entry_points
            .iter()
            .filter_map(|entry| {
                let (group, rest) = entry.split_once(": ")?;
                if !groups.contains(&group) {
                    return None;
                }
                let (_, target) = rest.split_once('=')?;
                let module = target.split([':', '[']).next()?.trim();
                (!module.is_empty()).then(|| module.to_owned())
            })
            .collect()
    }
}

/// The PEP 517 hooks a build frontend (pip) calls on a build backend while installing.
pub const BUILD_BACKEND_HOOKS: &[&str] = &[
    "build_wheel",
    "build_sdist",
    "build_editable",
    "get_requires_for_build_wheel",
    "get_requires_for_build_sdist",
    "get_requires_for_build_editable",
    "prepare_metadata_for_build_wheel",
    "prepare_metadata_for_build_editable",
];

/// The files of an in-tree build backend (`[build-system] build-backend` found on
/// `backend-path`, PEP 517) that pip imports and calls while installing the sdist, as paths
/// relative to the project root: `backend.py` and `backend/__init__.py` under each listed
/// folder. Empty when the backend is an installed package such as setuptools.
pub fn in_tree_backend_files(pyproject: &str) -> Vec<String> {
    pyproject
        .parse::<toml::Table>()
        .map(|value| backend_files(&value))
        .unwrap_or_default()
}

/// [`in_tree_backend_files`] of a parsed `pyproject.toml`.
fn backend_files(value: &toml::Table) -> Vec<String> {
    let Some(system) = value.get("build-system").and_then(|b| b.as_table()) else {
        return Vec::new();
    };
    let Some(backend) = system.get("build-backend").and_then(|b| b.as_str()) else {
        return Vec::new();
    };
    let module = backend.split(':').next().unwrap_or(backend).trim();
    if module.is_empty() || module.len() > 200 {
        return Vec::new();
    }
    let module_path = module.replace('.', "/");
    let folders = system
        .get("backend-path")
        .and_then(|p| p.as_array())
        .into_iter()
        .flatten()
        .filter_map(|p| p.as_str())
        .take(16);
    let mut files = Vec::new();
    for folder in folders {
        let folder = folder.trim_start_matches("./").trim_end_matches('/');
        let base = if folder.is_empty() || folder == "." {
            module_path.clone()
        } else {
            format!("{folder}/{module_path}")
        };
        files.push(format!("{base}.py"));
        files.push(format!("{base}/__init__.py"));
    }
    files
}

/// The methods hatchling calls on a custom build hook (`BuildHookInterface`), in whichever
/// class of `hatch_build.py` defines them.
pub const HATCH_BUILD_HOOKS: &[&str] = &["*.initialize", "*.finalize", "*.clean"];

/// The functions poetry-core calls in a project's build script (`[tool.poetry.build] script`,
/// or the older `[tool.poetry] build`): `build(setup_kwargs)`.
pub const POETRY_BUILD_HOOKS: &[&str] = &["build"];

/// The functions pdm-backend calls in a project's local build hook file (`pdm_build.py`, or
/// `[tool.pdm.build] custom-hook`), each one it defines, in every build of the project.
pub const PDM_BUILD_HOOKS: &[&str] = &[
    "pdm_build_hook_enabled",
    "pdm_build_initialize",
    "pdm_build_update_files",
    "pdm_build_update_setup_kwargs",
    "pdm_build_finalize",
    "pdm_build_clean",
];

/// Every file of the project that a build frontend runs while installing the sdist, relative
/// to the project root, with the functions it calls in it: the in-tree PEP 517 backend
/// ([`in_tree_backend_files`], its [`BUILD_BACKEND_HOOKS`]); poetry's build script
/// ([`POETRY_BUILD_HOOKS`]); hatch's custom build hook (`[tool.hatch.build.hooks.custom]`,
/// `hatch_build.py` unless `path` says otherwise), whose hook class's [`HATCH_BUILD_HOOKS`]
/// methods hatchling calls; pdm-backend's local hook file ([`PDM_BUILD_HOOKS`]), which it
/// loads whenever it exists.
pub fn build_time_files(pyproject: &str) -> Vec<(String, &'static [&'static str])> {
    let Ok(value) = pyproject.parse::<toml::Table>() else {
        return Vec::new();
    };
    let mut files: Vec<(String, &'static [&'static str])> = backend_files(&value)
        .into_iter()
        .map(|file| (file, BUILD_BACKEND_HOOKS))
        .collect();
    let tool = value.get("tool").and_then(|t| t.as_table());
    let poetry = tool
        .and_then(|t| t.get("poetry"))
        .and_then(|p| p.as_table());
    let poetry_script = poetry
        .and_then(|p| p.get("build"))
        .and_then(|build| match build {
            toml::Value::String(script) => Some(script.as_str()),
            toml::Value::Table(table) => table.get("script").and_then(|s| s.as_str()),
            _ => None,
        });
    let relative = |path: &str| {
        let path = path.trim().trim_start_matches("./");
        (!path.is_empty() && path.len() <= 200 && !path.contains("..")).then(|| path.to_owned())
    };
    if let Some(script) = poetry_script.and_then(relative) {
        files.push((script, POETRY_BUILD_HOOKS));
    }
    let hatch_hook = tool
        .and_then(|t| t.get("hatch"))
        .and_then(|h| h.get("build"))
        .and_then(|b| b.get("hooks"))
        .and_then(|h| h.get("custom"))
        .and_then(|c| c.as_table());
    if let Some(custom) = hatch_hook {
        let path = custom
            .get("path")
            .and_then(|p| p.as_str())
            .unwrap_or("hatch_build.py");
        if let Some(path) = relative(path) {
            files.push((path, HATCH_BUILD_HOOKS));
        }
    }
    let backend = value
        .get("build-system")
        .and_then(|b| b.get("build-backend"))
        .and_then(|b| b.as_str())
        .unwrap_or("");
    if backend.trim().starts_with("pdm.backend") {
        let path = tool
            .and_then(|t| t.get("pdm"))
            .and_then(|p| p.get("build"))
            .and_then(|b| b.get("custom-hook"))
            .and_then(|h| h.as_str())
            .unwrap_or("pdm_build.py");
        if let Some(path) = relative(path) {
            files.push((path, PDM_BUILD_HOOKS));
        }
    }
    files
}

/// Most requirements read from one file by [`declared_requirements`].
const MAX_REQUIREMENTS: usize = 512;

/// The requirements a top-level `pyproject.toml` or `setup.cfg` declares that pip installs
/// without being asked (build requirements, dependencies, setup requirements; optional extras
/// are left out), each with the 1-based line it is written on and the field it is in. Build
/// requirements never reach the core metadata the index checks, so they are read here.
pub fn declared_requirements(file_name: &str, text: &str) -> Vec<(String, u32, &'static str)> {
    let line_of = |requirement: &str| {
        text.lines()
            .position(|line| line.contains(requirement))
            .and_then(|index| u32::try_from(index + 1).ok())
            .unwrap_or(1)
    };
    let mut out = Vec::new();
    match file_name {
        "pyproject.toml" => {
            let Ok(value) = text.parse::<toml::Table>() else {
                return out;
            };
            let fields = [
                (
                    value.get("build-system").and_then(|b| b.get("requires")),
                    "pyproject.toml's build requirements",
                ),
                (
                    value.get("project").and_then(|p| p.get("dependencies")),
                    "pyproject.toml's dependencies",
                ),
            ];
            for (field, what) in fields {
                for requirement in field
                    .and_then(|f| f.as_array())
                    .into_iter()
                    .flatten()
                    .filter_map(|r| r.as_str())
                    .take(MAX_REQUIREMENTS)
                {
                    out.push((requirement.to_owned(), line_of(requirement), what));
                }
            }
        }
        "setup.cfg" => {
            let mut section = String::new();
            let mut field: Option<&'static str> = None;
            for line in text.lines().take(20_000) {
                let trimmed = line.trim();
                if trimmed.starts_with('[') {
                    section = trimmed.to_ascii_lowercase();
                    field = None;
                    continue;
                }
                if trimmed.is_empty() || trimmed.starts_with(['#', ';']) {
                    continue;
                }
                let continued = line.starts_with([' ', '\t']);
                let value = if continued {
                    trimmed
                } else {
                    let (key, value) = trimmed.split_once('=').unwrap_or((trimmed, ""));
                    field = match (section.as_str(), key.trim()) {
                        ("[options]", "install_requires") => Some("setup.cfg's install_requires"),
                        ("[options]", "setup_requires") => Some("setup.cfg's setup_requires"),
                        _ => None,
                    };
                    value.trim()
                };
                if let Some(what) = field
                    && !value.is_empty()
                    && out.len() < MAX_REQUIREMENTS
                {
                    out.push((value.to_owned(), line_of(line), what));
                }
            }
        }
        _ => {}
    }
    out
}

fn parse_pyproject(text: &str) -> Metadata {
    let Ok(value) = text.parse::<toml::Table>() else {
        return Metadata::default();
    };
    let project = value.get("project").and_then(|p| p.as_table());
    let poetry = value
        .get("tool")
        .and_then(|t| t.get("poetry"))
        .and_then(|p| p.as_table());
    let field = |key: &str| {
        project
            .and_then(|p| p.get(key))
            .or_else(|| poetry.and_then(|p| p.get(key)))
            .and_then(|v| v.as_str())
            .map(|s| crate::text::shorten(s, 300))
    };
    let mut entry_points = Vec::new();
    let tables = [
        ("console_scripts", project.and_then(|p| p.get("scripts"))),
        ("gui_scripts", project.and_then(|p| p.get("gui-scripts"))),
        ("console_scripts", poetry.and_then(|p| p.get("scripts"))),
    ];
    // Plugin groups: `[project.entry-points.pytest11]`, `[tool.poetry.plugins."pytest11"]`.
    let plugin_groups = [
        project.and_then(|p| p.get("entry-points")),
        poetry.and_then(|p| p.get("plugins")),
    ];
    let plugin_tables = plugin_groups
        .into_iter()
        .flatten()
        .filter_map(|groups| groups.as_table())
        .flatten()
        .map(|(group, table)| (group.as_str(), Some(table)));
    for (group, table) in tables.into_iter().chain(plugin_tables) {
        for (name, object) in table.and_then(|t| t.as_table()).into_iter().flatten() {
            if let Some(object) = object.as_str()
                && entry_points.len() < 256
            {
                entry_points.push(crate::text::shorten(
                    &format!("{group}: {name} = {object}"),
                    200,
                ));
            }
        }
    }
    Metadata {
        name: field("name"),
        version: field("version"),
        summary: field("description"),
        entry_points,
    }
}

fn parse_setup_cfg(text: &str) -> Metadata {
    let mut metadata = Metadata::default();
    let mut in_metadata = false;
    if let Some(start) = text.find("[options.entry_points]") {
        let body = text
            .get(start + "[options.entry_points]".len()..)
            .unwrap_or("");
        let end = body.find("\n[").unwrap_or(body.len());
        // Inside setup.cfg the groups are keys with indented values; rewrite them as INI sections.
        let mut as_ini = String::new();
        for line in body.get(..end).unwrap_or(body).lines() {
            match line.trim_end().strip_suffix('=') {
                Some(group) if !line.starts_with([' ', '\t']) => {
                    as_ini.push_str(&format!("[{}]\n", group.trim()))
                }
                _ => {
                    as_ini.push_str(line.trim());
                    as_ini.push('\n');
                }
            }
        }
        metadata.entry_points = parse_entry_points_ini(&as_ini);
    }
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            in_metadata = trimmed == "[metadata]";
            continue;
        }
        if !in_metadata || line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((key, value)) = trimmed.split_once('=') else {
            continue;
        };
        let value = value.trim();
        if value.is_empty() || value.starts_with("attr:") || value.starts_with("file:") {
            continue;
        }
        match key.trim() {
            "name" => metadata.name = Some(crate::text::shorten(value, 120)),
            "version" => metadata.version = Some(crate::text::shorten(value, 60)),
            "description" | "summary" => metadata.summary = Some(crate::text::shorten(value, 300)),
            _ => {}
        }
    }
    metadata
}

#[cfg(test)]
mod tests {
    #[test]
    fn plugin_entry_points_are_read_from_every_declaration() {
        let pyproject =
            "[project]\nname = 'x'\n[project.entry-points.pytest11]\nfast = 'fastcov.plugin'\n";
        let declared = parse_metadata("x-1/pyproject.toml", pyproject.as_bytes());
        assert_eq!(
            declared.entry_point_modules(&["pytest11"]),
            ["fastcov.plugin"]
        );
        let poetry = "[tool.poetry]\nname = 'x'\n[tool.poetry.plugins.\"pytest11\"]\nfast = 'fastcov.plugin:Plugin'\n";
        let declared = parse_metadata("x-1/pyproject.toml", poetry.as_bytes());
        assert_eq!(
            declared.entry_point_modules(&["pytest11"]),
            ["fastcov.plugin"]
        );
        let ini = "[console_scripts]\nx = x.cli:main\n[pytest11]\nfast = fastcov.plugin\n";
        let declared = parse_metadata("x-1/x.egg-info/entry_points.txt", ini.as_bytes());
        assert_eq!(
            declared.entry_point_modules(&["pytest11"]),
            ["fastcov.plugin"]
        );
        assert!(declared.entry_point_modules(&["other"]).is_empty());
    }

    #[test]
    fn poetry_and_hatch_build_scripts_run_at_build_time() {
        let poetry = "[tool.poetry]\nname = \"x\"\n[tool.poetry.build]\nscript = \"build.py\"\n";
        assert_eq!(
            build_time_files(poetry),
            vec![("build.py".to_owned(), POETRY_BUILD_HOOKS)]
        );
        let old_poetry = "[tool.poetry]\nname = \"x\"\nbuild = \"tools/build_ext.py\"\n";
        assert_eq!(
            build_time_files(old_poetry).first().map(|f| f.0.as_str()),
            Some("tools/build_ext.py")
        );
        let hatch = "[tool.hatch.build.hooks.custom]\n";
        assert_eq!(
            build_time_files(hatch).first().map(|f| f.0.as_str()),
            Some("hatch_build.py")
        );
        let pdm = "[build-system]\nbuild-backend = \"pdm.backend\"\n";
        assert_eq!(
            build_time_files(pdm),
            vec![("pdm_build.py".to_owned(), PDM_BUILD_HOOKS)]
        );
        let pdm_custom = "[build-system]\nbuild-backend = \"pdm.backend\"\n[tool.pdm.build]\ncustom-hook = \"tools/hooks.py\"\n";
        assert_eq!(
            build_time_files(pdm_custom).first().map(|f| f.0.as_str()),
            Some("tools/hooks.py")
        );
        // Another backend never loads a file of that name.
        assert!(
            build_time_files("[build-system]\nbuild-backend = \"hatchling.build\"\n").is_empty()
        );
        let hatch_path = "[tool.hatch.build.hooks.custom]\npath = \"scripts/hook.py\"\n";
        assert_eq!(
            build_time_files(hatch_path).first().map(|f| f.0.as_str()),
            Some("scripts/hook.py")
        );
        assert!(build_time_files("[tool.poetry]\nbuild = \"../../etc/x.py\"\n").is_empty());
        assert!(build_time_files("[project]\nname = \"x\"\n").is_empty());
    }

    #[test]
    fn in_tree_backends_are_found_on_their_backend_path() {
        let text = "[build-system]\nrequires = []\nbuild-backend = \"backend:hooks\"\nbackend-path = [\"_build\", \".\"]\n";
        assert_eq!(
            super::in_tree_backend_files(text),
            vec![
                "_build/backend.py".to_owned(),
                "_build/backend/__init__.py".to_owned(),
                "backend.py".to_owned(),
                "backend/__init__.py".to_owned()
            ]
        );
        let installed = "[build-system]\nrequires = [\"setuptools\"]\nbuild-backend = \"setuptools.build_meta\"\n";
        assert!(super::in_tree_backend_files(installed).is_empty());
        assert!(super::in_tree_backend_files("not toml [").is_empty());
    }

    use super::*;

    #[test]
    fn requirements_pip_installs_unasked_are_read_from_pyproject_and_setup_cfg() {
        let pyproject = "[build-system]\nrequires = [\"setuptools\", \"h @ http://203.0.113.2/h.tar.gz\"]\n[project]\nname = \"x\"\ndependencies = [\"requests\"]\n[project.optional-dependencies]\ndev = [\"pytest\"]\n";
        let found = declared_requirements("pyproject.toml", pyproject);
        let names: Vec<&str> = found.iter().map(|(r, _, _)| r.as_str()).collect();
        assert_eq!(
            names,
            ["setuptools", "h @ http://203.0.113.2/h.tar.gz", "requests"]
        );
        assert_eq!(found.get(1).map(|r| r.1), Some(2));
        let cfg = "[metadata]\nname = x\n[options]\ninstall_requires =\n    numpy\n    y @ http://198.51.100.3/y.tar.gz\npython_requires = >=3.8\n[options.extras_require]\ndev =\n    pytest\n";
        let found = declared_requirements("setup.cfg", cfg);
        let names: Vec<&str> = found.iter().map(|(r, _, _)| r.as_str()).collect();
        assert_eq!(names, ["numpy", "y @ http://198.51.100.3/y.tar.gz"]);
        assert_eq!(found.get(1).map(|r| r.1), Some(6));
        assert!(declared_requirements("pyproject.toml", "not = [toml").is_empty());
    }

    #[test]
    fn reads_each_format() {
        let m = parse_metadata(
            "x-1.0/PKG-INFO",
            b"Metadata-Version: 2.1\nName: x\nVersion: 1.0\nSummary: Does x\n\nbody: y\n",
        );
        assert_eq!(m.name.as_deref(), Some("x"));
        assert_eq!(m.summary.as_deref(), Some("Does x"));
        let m = parse_metadata(
            "x-1.0/pyproject.toml",
            b"[project]\nname = \"x\"\nversion = \"2\"\ndescription = \"d\"\n",
        );
        assert_eq!(m.version.as_deref(), Some("2"));
        let m = parse_metadata(
            "x-1.0/setup.cfg",
            b"[metadata]\nname = x\nversion = attr: x.__version__\n",
        );
        assert_eq!(m.name.as_deref(), Some("x"));
        assert_eq!(m.version, None);
        assert_eq!(
            parse_metadata("x/pyproject.toml", b"not = [toml"),
            Metadata::default()
        );
    }

    #[test]
    fn only_top_level_metadata_counts() {
        assert_eq!(metadata_priority("x-1.0/PKG-INFO"), Some(0));
        assert_eq!(metadata_priority("x-1.0.dist-info/METADATA"), Some(0));
        assert_eq!(metadata_priority("x-1.0/vendor/y/z/PKG-INFO"), None);
    }
}
