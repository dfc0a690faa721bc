//! WH301 impersonation: a package whose name imitates a popular project's and that ships that
//! project's own import package.

use crate::finding::{Category, Rule};
use crate::names::{Imitation, Resemblance};

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH301",
    name: "impersonation",
    description: "A lookalike of a popular project's name ships that project's own top-level module",
    rationale: "A package named like a popular project that installs the popular project's import \
                package is a copy posing as the original: `import x` then runs the copy, and \
                whatever was added to it. Published forks do this too, but under a name built on \
                the original (`x2`, `python-x`); a mistyped or re-numbered name shipping the \
                original module is how brandjacking copies (`aliababcloud-tea-openapi` shipping \
                `alibabacloud_tea_openapi`) are made.",
    category: Category::Anomaly,
};

/// How much the impersonation weighs on its own: a typo-named copy is enough to block; a copy
/// under a name built on the original's, as honest forks are named too (`terminaltables3`
/// shipping `terminaltables`), stays below suspicious unless other evidence joins it.
pub fn weight(how: Resemblance) -> f64 {
    if how.is_typo() { 0.7 } else { 0.35 }
}

/// The report sentence.
pub fn message(name: &str, imitation: &Imitation, module: &str) -> String {
    format!(
        "the package `{name}` ships `{module}`, the import package of the popular project `{}` \
         (download rank {}), under a name {} it",
        imitation.target,
        imitation.rank,
        imitation.how.phrase()
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use crate::package::testing::signals;

    #[test]
    fn typo_named_copy_of_a_popular_module_is_strong() {
        let found = signals(&[
            (
                "aliababcloud_tea_openapi-0.3.7/PKG-INFO",
                "Metadata-Version: 2.1\nName: aliababcloud_tea_openapi\nVersion: 0.3.7\n",
            ),
            (
                "aliababcloud_tea_openapi-0.3.7/alibabacloud_tea_openapi/__init__.py",
                "",
            ),
            (
                "aliababcloud_tea_openapi-0.3.7/setup.py",
                "from setuptools import setup\n",
            ),
        ]);
        let hit = found.iter().find(|f| f.rule == "WH301").unwrap();
        assert!(hit.severity >= 0.7, "{}", hit.severity);
        assert!(
            hit.message.contains("alibabacloud_tea_openapi"),
            "{}",
            hit.message
        );
        assert_eq!(hit.line, 2);
    }

    #[test]
    fn renumbered_api_package_shipping_the_original_module() {
        let found = signals(&[
            (
                "alibabacloud_ecs20180317-3.1.1/PKG-INFO",
                "Name: alibabacloud_ecs20180317\n",
            ),
            (
                "alibabacloud_ecs20180317-3.1.1/alibabacloud_ecs20140526/client.py",
                "",
            ),
            (
                "alibabacloud_ecs20180317-3.1.1/alibabacloud_ecs20140526/__init__.py",
                "",
            ),
        ]);
        assert!(
            found.iter().any(|f| f.rule == "WH301" && f.severity >= 0.7),
            "{found:?}"
        );
    }

    #[test]
    fn fork_style_names_weigh_less() {
        // A name built on the original, as forks are named, shipping the original module.
        let found = signals(&[
            ("python-binance2-1.0/PKG-INFO", "Name: python-binance2\n"),
            ("python-binance2-1.0/binance/__init__.py", ""),
        ]);
        let hit = found.iter().find(|f| f.rule == "WH301").unwrap();
        assert!(hit.severity < 0.4, "{}", hit.severity);
    }

    #[test]
    fn own_module_or_unrelated_modules_are_not_impersonation() {
        // A typo name shipping its own module is only a typosquat.
        let found = signals(&[
            ("reqeusts-1.0/PKG-INFO", "Name: reqeusts\n"),
            ("reqeusts-1.0/reqeusts/__init__.py", ""),
        ]);
        assert!(found.iter().all(|f| f.rule != "WH301"), "{found:?}");
        // An original name shipping a vendored copy of a popular module is not impersonation.
        let found = signals(&[
            ("mytool-1.0/PKG-INFO", "Name: mytool\n"),
            ("mytool-1.0/requests/__init__.py", ""),
            ("mytool-1.0/six.py", ""),
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Popular projects shipping each other's modules are never judged.
        let found = signals(&[
            ("pycryptodome-3/PKG-INFO", "Name: pycryptodome\n"),
            ("pycryptodome-3/Crypto/__init__.py", ""),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
