//! Member-name hygiene: archive names are attacker-controlled, so they are normalised into
//! a display path that can never be absolute or climb out of the package.

/// A member name after sanitising.
pub(crate) struct CleanName {
    /// '/'-separated, relative, without `.`/`..` components.
    pub path: String,
    /// The raw name tried to escape (absolute, drive letter or `..`).
    pub traversal: bool,
    /// The raw name held control characters (NUL, ESC, newline...), now replaced by U+FFFD.
    pub control: bool,
}

/// Normalises a raw archive member name (already decoded, lossily if need be).
pub(crate) fn clean_name(raw: &str) -> CleanName {
    // Windows tools write backslashes, and extractors on Windows honour them as separators,
    // so a `..\\` name is as dangerous as `../`.
    let control = raw.chars().any(char::is_control);
    let unified: String = raw
        .chars()
        .map(|c| match c {
            '\\' => '/',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect();
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
    CleanName {
        path,
        traversal,
        control,
    }
}

/// Shows raw name bytes readably: printable ASCII as is, everything else as `\xNN`.
pub(crate) fn escape_bytes(raw: &[u8]) -> String {
    let mut out = String::with_capacity(raw.len() + 2);
    out.push('"');
    for &b in raw {
        if b.is_ascii_graphic() || b == b' ' {
            if b == b'"' || b == b'\\' {
                out.push('\\');
            }
            out.push(char::from(b));
        } else {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out.push('"');
    out
}

fn has_drive_prefix(s: &str) -> bool {
    matches!(s.as_bytes(), [drive, b':', ..] if drive.is_ascii_alphabetic())
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
        let c = clean_name("pkg/a\u{1b}[2Jb\n.py");
        assert!(c.control && !c.traversal);
        assert_eq!(c.path, "pkg/a\u{fffd}[2Jb\u{fffd}.py");
        assert!(!clean_name("pkg/ok.py").control);
        assert_eq!(escape_bytes(b"a\xff\"b"), "\"a\\xff\\\"b\"");
    }

    #[test]
    fn human_sizes() {
        assert_eq!(human(17), "17 B");
        assert_eq!(human(900 * 1024 * 1024), "900 MiB");
        assert_eq!(human(1536), "1.5 KiB");
    }
}
