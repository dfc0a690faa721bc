//! WH300 typosquat: a package name that imitates a popular project's name.

use crate::finding::{Category, Rule};
use crate::names::{Imitation, Resemblance};

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH300",
    name: "typosquat",
    description: "The declared name is not a popular project's but imitates one (a typo, other separators or digits, reordered words, a Python affix)",
    rationale: "Typosquats catch users who mistype `pip install`, and copies published under a \
                variant of the original's name catch users who trust the name. Many legitimate \
                projects are named near popular ones too, so only names outside the list of the \
                15,000 most downloaded projects are judged, and the signal alone is a hint that \
                matters together with suspicious code or a shipped module of the imitated project.",
    category: Category::Anomaly,
};

/// How much a resemblance weighs on its own: typos most, names built on the popular one (which
/// forks and wrappers use legitimately) least.
pub fn weight(how: Resemblance) -> f64 {
    match how {
        Resemblance::Typo(_) | Resemblance::Repeated | Resemblance::Digits => 0.2,
        Resemblance::Separators | Resemblance::Reordered | Resemblance::Numbered => 0.15,
        Resemblance::Affix => 0.1,
    }
}

/// The report sentence for `name` imitating `imitation`.
pub fn message(name: &str, imitation: &Imitation) -> String {
    format!(
        "the package name `{name}` is {} the popular project `{}` (download rank {}) but is not it",
        imitation.how.phrase(),
        imitation.target,
        imitation.rank
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use crate::package::testing::signals;

    #[test]
    fn typo_of_a_popular_name_is_a_hint() {
        let found = signals(&[("reqeusts-1.0/PKG-INFO", "Name: reqeusts\nVersion: 1.0\n")]);
        let typo = found.iter().find(|f| f.rule == "WH300").unwrap();
        assert!((0.15..=0.25).contains(&typo.severity), "{}", typo.severity);
        assert!(typo.message.contains("`requests`"), "{}", typo.message);
        assert_eq!(typo.path, "reqeusts-1.0/PKG-INFO");
        assert_eq!(typo.line, 1);
    }

    #[test]
    fn popular_and_original_names_are_not_flagged() {
        for name in [
            "requests",
            "boto",
            "ruamel.yaml",
            "Flask",
            "wheelhound-demo-pkg",
        ] {
            let text = format!("Name: {name}\nVersion: 1.0\n");
            let found = signals(&[("x-1.0/PKG-INFO", text.as_str())]);
            assert!(found.iter().all(|f| f.rule != "WH300"), "{name}: {found:?}");
        }
        assert!(signals(&[("x-1.0/a.py", "x = 1\n")]).is_empty());
    }
}
