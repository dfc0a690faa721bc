//! WH102 pth-import: executable lines in a `.pth` file.

use crate::finding::{Category, Rule};

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH102",
    name: "pth-import",
    description: "A .pth file contains a line starting with `import`, which Python executes at every start",
    rationale: "site.py executes `import` lines of .pth files in site-packages each time any Python \
                process starts, a persistence trick used by recent PyPI malware. A few tools ship \
                harmless one-liners; what the line does decides the weight.",
    category: Category::Anomaly,
};

/// Returns the executable lines of a `.pth` file with their 1-based line numbers.
pub fn executable_lines(text: &str) -> Vec<(u32, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| line.starts_with("import ") || line.starts_with("import\t"))
        .map(|(i, line)| (u32::try_from(i + 1).unwrap_or(u32::MAX), line))
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use crate::rules::testing::{findings, max_severity};

    #[test]
    fn finds_import_lines() {
        assert_eq!(
            executable_lines("foo\nimport os; os.system('x')\n").len(),
            1
        );
        assert!(executable_lines("some/path\n# import x\n").is_empty());
    }

    #[test]
    fn dangerous_pth_line_is_analysed_as_install_code() {
        let code = "import base64;exec(base64.b64decode('cHJpbnQoMSk='))\n";
        assert!(max_severity("x.whl!/evil.pth", code, "WH102") > 0.0);
        assert!(max_severity("x.whl!/evil.pth", code, "WH110") >= 0.8);
        assert!(findings("x.whl!/paths.pth", "/opt/lib\n../src\n").is_empty());
    }
}
