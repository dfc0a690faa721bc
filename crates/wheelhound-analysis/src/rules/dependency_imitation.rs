//! WH303 dependency-imitation: a declared dependency whose name imitates a popular project.

use crate::finding::{Category, Rule};
use crate::names::{Imitation, Resemblance};

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH303",
    name: "dependency-imitation",
    description: "A required dependency is not a popular project but is named like one by a typo or reordered words",
    rationale: "A typosquat's payload need not ship in the package itself: it can sit in a \
                dependency that pip fetches silently, so that the package a user reviews is \
                clean (python-aliyun-sdk-kms requiring python-aliyun-sdk-core). Popular \
                packages depend on popular projects, which are never judged; a required \
                lookalike is rare outside such chains. Only resemblances a mistyped or \
                shuffled name produces count, not names built on a popular one (plugins and \
                wrappers are named `foo-bar` for `foo` honestly).",
    category: Category::Anomaly,
};

/// Weight of one required lookalike alone.
pub const WEIGHT: f64 = 0.3;
/// Weight when the package's own name imitates a popular project too: a chain of lookalikes.
pub const CHAINED_WEIGHT: f64 = 0.5;
/// Weight of a lookalike among the build requirements (`[build-system] requires`): pip
/// installs it and runs it as part of the build before anything of the package is seen, the
/// list is short and conventional (setuptools, wheel, hatchling, Cython), and it never reaches
/// the metadata the index shows.
pub const BUILD_WEIGHT: f64 = 0.75;
/// Most dependency names read from the metadata.
pub const MAX_DEPENDENCIES: usize = 500;

/// Shortest dependency name whose single typo counts: short names sit one letter from many
/// popular ones (`zipfile` from `pipfile`), and naive authors require standard-library names.
pub const MIN_TYPO_CHARS: usize = 8;

/// True for the resemblances that count for a dependency named with `chars` characters: a
/// typo for every [`MIN_TYPO_CHARS`] characters of the name, a doubled or dropped letter,
/// other digits, reordered words. Two typos apart, short names are often just different
/// projects (`aitemplate`, `uritemplate`); in `aliababcloud-tea-openapi` they are a squat.
pub fn counts(how: Resemblance, chars: usize) -> bool {
    match how {
        Resemblance::Typo(typos) => typos >= 1 && chars >= typos.saturating_mul(MIN_TYPO_CHARS),
        Resemblance::Repeated | Resemblance::Digits | Resemblance::Reordered => true,
        _ => false,
    }
}

/// The report sentence for a requirement `dependency` imitating `imitation`.
pub fn message(dependency: &str, imitation: &Imitation) -> String {
    format!(
        "requires `{dependency}`, which is {} the popular project `{}` (download rank {}) but is not it",
        imitation.how.phrase(),
        imitation.target,
        imitation.rank
    )
}

/// The project name a requirement specifier starts with (`setuptools>=61` → `setuptools`).
pub fn requirement_name(spec: &str) -> String {
    spec.trim()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        .collect()
}

/// The project names an installer fetches for the package, from core metadata
/// (`Requires-Dist:` headers) or an egg-info `requires.txt`: optional extras are left out,
/// since `pip install` does not fetch them. Names are returned as written.
pub fn required_names(file_name: &str, text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut push = |spec: &str| {
        let name = requirement_name(spec);
        if !name.is_empty() && names.len() < MAX_DEPENDENCIES && !names.contains(&name) {
            names.push(name);
        }
    };
    if file_name == "requires.txt" {
        for line in text.lines() {
            let line = line.trim();
            // The unconditional requirements come first; `[extra]` sections follow.
            if line.starts_with('[') {
                break;
            }
            if !line.is_empty() && !line.starts_with('#') {
                push(line);
            }
        }
        return names;
    }
    for line in text.lines() {
        if line.trim().is_empty() {
            break;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        if key.eq_ignore_ascii_case("requires-dist") && !value.contains("extra ==") {
            push(value);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn only_unconditional_requirements_are_read() {
        let metadata = "Metadata-Version: 2.1\nName: x\nRequires-Dist: requests (>=2)\nRequires-Dist: pytest; extra == \"test\"\nRequires-Dist: python_aliyun-sdk-core>=2.11\n\nRequires-Dist: body\n";
        assert_eq!(
            required_names("PKG-INFO", metadata),
            vec!["requests", "python_aliyun-sdk-core"]
        );
        let requires = "requests>=2\nsix\n\n[test]\npytest\n";
        assert_eq!(
            required_names("requires.txt", requires),
            vec!["requests", "six"]
        );
    }

    #[test]
    fn typos_and_reordered_words_count_but_affixes_do_not() {
        assert!(counts(Resemblance::Typo(1), 8));
        assert!(
            !counts(Resemblance::Typo(1), 7),
            "zipfile is not a typo of pipfile"
        );
        assert!(
            !counts(Resemblance::Typo(2), 12),
            "winregistry is not bioregistry"
        );
        assert!(counts(Resemblance::Typo(2), 24), "aliababcloud-tea-openapi");
        assert!(counts(Resemblance::Reordered, 20));
        assert!(!counts(Resemblance::Affix, 20));
        assert!(!counts(Resemblance::Numbered, 20));
    }
}
