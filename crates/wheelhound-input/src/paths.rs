//! Member-name hygiene: archive names are attacker-controlled, so they are normalised into
//! a display path that can never be absolute or climb out of the package.

/// A member name after sanitising.
pub(crate) struct CleanName {
    /// '/'-separated, relative, without `.`/`..` components.
    pub path: String,
    /// The raw name tried to escape (absolute, drive letter or `..`).
    pub traversal: bool,
}

/// Normalises a raw archive member name (already decoded, lossily if need be).
pub(crate) fn clean_name(raw: &str) -> CleanName {
    // Windows tools write backslashes, and extractors on Windows honour them as separators,
    // so a `..\\` name is as dangerous as `../`.
    let unified = raw.replace('\\', "/").replace('\0', "\u{fffd}");
    let mut traversal = unified.starts_with('/');
    let mut rest = unified.as_str();
    if has_drive_prefix(rest) {
        traversal = true;
        rest = rest.get(2..).unwrap_or("");
    }
    let mut parts: Vec<&str> = Vec::new();
    for comp in rest.split('/') {
        match comp {
            "" | "." => {}
            ".." => traversal = true,
            other => parts.push(other),
        }
    }
    let path = if parts.is_empty() {
        "_".to_owned()
    } else {
        parts.join("/")
    };
    CleanName { path, traversal }
}

fn has_drive_prefix(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':'
}

/// Formats a byte count for messages ("900 MiB", "12.5 KiB", "17 B").
pub(crate) fn human(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = UNITS[0];
    for next in UNITS.iter().skip(1) {
        if value < 1024.0 {
            break;
        }
        value /= 1024.0;
        unit = next;
    }
    if value.fract() < 0.05 || value >= 100.0 {
        format!("{value:.0} {unit}")
    } else {
        format!("{value:.1} {unit}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_hostile_names() {
        let c = clean_name("../../etc/passwd");
        assert!(c.traversal);
        assert_eq!(c.path, "etc/passwd");
        let c = clean_name("/abs/x.py");
        assert!(c.traversal);
        assert_eq!(c.path, "abs/x.py");
        let c = clean_name("C:\\Windows\\x.py");
        assert!(c.traversal);
        assert_eq!(c.path, "Windows/x.py");
        let c = clean_name("./pkg/./mod.py");
        assert!(!c.traversal);
        assert_eq!(c.path, "pkg/mod.py");
        assert_eq!(clean_name("..").path, "_");
    }

    #[test]
    fn human_sizes() {
        assert_eq!(human(17), "17 B");
        assert_eq!(human(900 * 1024 * 1024), "900 MiB");
        assert_eq!(human(1536), "1.5 KiB");
    }
}
