//! Where the index is and which CA bundle to trust, resolved the way pip resolves them,
//! by reading pip's own configuration files (pip itself is never run).

use std::path::{Path, PathBuf};

use crate::types::LoadOptions;

/// pip's default index.
pub(crate) const DEFAULT_INDEX: &str = "https://pypi.org/simple";

/// Index and TLS settings for one load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Settings {
    /// Simple-API base URL without a trailing slash.
    pub index_url: String,
    /// PEM bundle to use as the only trust roots, if one is configured.
    pub cert: Option<PathBuf>,
}

/// Values read from pip configuration files.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct PipConfig {
    pub index_url: Option<String>,
    pub cert: Option<String>,
}

/// Resolves the settings from the options, the process environment and pip's files.
pub(crate) fn settings(options: &LoadOptions) -> Settings {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
    let files = pip_config_files(&env);
    let mut config = PipConfig::default();
    for file in files {
        if let Ok(text) = std::fs::read_to_string(&file) {
            config.merge(parse_pip_ini(&text));
        }
    }
    resolve(options.index_url.as_deref(), &env, &config)
}

/// Precedence: explicit option, then environment, then pip config, then defaults.
pub(crate) fn resolve(
    explicit: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
    config: &PipConfig,
) -> Settings {
    let index_url = explicit
        .map(str::to_owned)
        .or_else(|| env("PIP_INDEX_URL"))
        .or_else(|| config.index_url.clone())
        .unwrap_or_else(|| DEFAULT_INDEX.to_owned());
    let cert = env("PIP_CERT")
        .or_else(|| config.cert.clone())
        .or_else(|| env("REQUESTS_CA_BUNDLE"))
        .or_else(|| env("SSL_CERT_FILE"))
        .map(PathBuf::from);
    Settings {
        index_url: index_url.trim().trim_end_matches('/').to_owned(),
        cert,
    }
}

/// pip's files in its own override order (later wins): global, user, site, then the file
/// named by `PIP_CONFIG_FILE`; `PIP_CONFIG_FILE=/dev/null` disables all of them, as in pip.
fn pip_config_files(env: &dyn Fn(&str) -> Option<String>) -> Vec<PathBuf> {
    let env_file = env("PIP_CONFIG_FILE");
    if env_file.as_deref() == Some("/dev/null") {
        return Vec::new();
    }
    let mut files = Vec::new();
    let xdg_dirs = env("XDG_CONFIG_DIRS").unwrap_or_else(|| "/etc/xdg".to_owned());
    for dir in xdg_dirs.split(':').filter(|d| !d.is_empty()) {
        files.push(Path::new(dir).join("pip").join("pip.conf"));
    }
    files.push(PathBuf::from("/etc/pip.conf"));
    let home = env("HOME").map(PathBuf::from);
    if let Some(home) = &home {
        files.push(home.join(".pip").join("pip.conf"));
    }
    match env("XDG_CONFIG_HOME") {
        Some(x) => files.push(Path::new(&x).join("pip").join("pip.conf")),
        None => {
            if let Some(home) = &home {
                files.push(home.join(".config").join("pip").join("pip.conf"));
            }
        }
    }
    if let Some(venv) = env("VIRTUAL_ENV") {
        files.push(Path::new(&venv).join("pip.conf"));
    }
    if let Some(f) = env_file {
        files.push(PathBuf::from(f));
    }
    files
}

impl PipConfig {
    fn merge(&mut self, later: PipConfig) {
        if later.index_url.is_some() {
            self.index_url = later.index_url;
        }
        if later.cert.is_some() {
            self.cert = later.cert;
        }
    }
}

/// Reads `index-url` and `cert` from `[global]` and `[install]` (the install section
/// wins, as pip's command sections override `[global]`).
pub(crate) fn parse_pip_ini(text: &str) -> PipConfig {
    let mut global = PipConfig::default();
    let mut install = PipConfig::default();
    let mut section = String::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with(['#', ';']) {
            continue;
        }
        // Indented lines continue a multi-line value (configparser rules), e.g. the
        // extra-index-url lists that are not used here.
        if line.starts_with([' ', '\t']) {
            continue;
        }
        if let Some(name) = trimmed.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            section = name.trim().to_ascii_lowercase();
            continue;
        }
        let Some(split) = trimmed.find(['=', ':']) else {
            continue;
        };
        let key = trimmed
            .get(..split)
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
            .replace('_', "-");
        let value = trimmed.get(split + 1..).unwrap_or("").trim().to_owned();
        let target = match section.as_str() {
            "global" => &mut global,
            "install" => &mut install,
            _ => continue,
        };
        match key.as_str() {
            "index-url" | "i" => target.index_url = Some(value),
            "cert" => target.cert = Some(value),
            _ => {}
        }
    }
    global.merge(install);
    global
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn reads_pip_ini() {
        let cfg = parse_pip_ini(
            "[global]\nindex-url = https://a.example/simple\ncert=/x.pem\nextra-index-url =\n    https://b.example/simple\n[install]\nindex_url: https://c.example/simple/\n[other]\nindex-url = https://d.example\n",
        );
        assert_eq!(cfg.index_url.as_deref(), Some("https://c.example/simple/"));
        assert_eq!(cfg.cert.as_deref(), Some("/x.pem"));
    }

    #[test]
    fn precedence() {
        let cfg = PipConfig {
            index_url: Some("https://cfg.example/simple/".into()),
            cert: Some("/cfg.pem".into()),
        };
        let no_env = |_: &str| None;
        let s = resolve(None, &no_env, &cfg);
        assert_eq!(s.index_url, "https://cfg.example/simple");
        assert_eq!(s.cert, Some(PathBuf::from("/cfg.pem")));
        let env = |k: &str| match k {
            "PIP_INDEX_URL" => Some("https://env.example/simple".to_owned()),
            "PIP_CERT" => Some("/env.pem".to_owned()),
            _ => None,
        };
        let s = resolve(None, &env, &cfg);
        assert_eq!(s.index_url, "https://env.example/simple");
        assert_eq!(s.cert, Some(PathBuf::from("/env.pem")));
        let s = resolve(Some("http://127.0.0.1:1/simple/"), &env, &cfg);
        assert_eq!(s.index_url, "http://127.0.0.1:1/simple");
        let s = resolve(None, &no_env, &PipConfig::default());
        assert_eq!(s.index_url, DEFAULT_INDEX);
        assert_eq!(s.cert, None);
    }
}
