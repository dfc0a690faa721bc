//! Package names: PEP 503 normalisation, the embedded list of popular PyPI projects, and the ways
//! one name can imitate another (typos, separators, `python-` affixes, digits, reordered words).
//!
//! The list is `data/top-pypi-15000.tsv` (rank and name of the most downloaded projects), compiled
//! into the binary so that scans need no network. A name *in* the list is never said to imitate
//! another: popular projects are often near each other (`boto`/`boto3`, `pyyaml`/`ruamel-yaml`),
//! and what makes a lookalike suspicious is that it is obscure next to the project it resembles.

// Only looked up, never iterated: no result depends on the hasher's seed.
use foldhash::{HashMap, HashMapExt};
use std::sync::LazyLock;

/// The embedded ranking, `rank<TAB>name` per line, `#` comments.
const TOP_PYPI: &str = include_str!("../data/top-pypi-15000.tsv");

/// Names longer than this are not compared (PyPI allows long names; distances on them are
/// costly and say little).
const MAX_NAME_CHARS: usize = 100;
/// Popular names shorter than this are only matched exactly by a transformation, never by edit
/// distance: one edit turns `six` into dozens of unrelated real projects.
const MIN_EDIT_CHARS: usize = 5;
/// Popular names at least this long are matched at edit distance 2; shorter ones at 1.
const LONG_NAME_CHARS: usize = 10;
/// A stem left after removing an affix must be at least this long to count.
const MIN_STEM_CHARS: usize = 3;

/// Affixes that say "Python" and nothing else: `python-foo`, `foo-py` and `pyfoo` are all read as
/// `foo`. Longer affixes first, so that `python-` wins over `py`.
const PREFIXES: &[&str] = &[
    "python3-", "python-", "py3-", "py-", "python3", "python", "py",
];
/// See [`PREFIXES`].
const SUFFIXES: &[&str] = &[
    "-python3", "-python", "-py3", "-py", "python3", "python", "py",
];

/// Import names of widely imitated projects whose module is named unlike the project; for all
/// others the module is the normalised project name, or its stem without a Python affix.
const IMPORT_NAMES: &[(&str, &str)] = &[
    ("beautifulsoup4", "bs4"),
    ("pillow", "pil"),
    ("scikit-learn", "sklearn"),
    ("opencv-python", "cv2"),
    ("pycryptodome", "crypto"),
    ("pyserial", "serial"),
    ("pyzmq", "zmq"),
    ("mysqlclient", "mysqldb"),
];

/// PEP 503 normalisation: lower case, every run of `-`, `_` and `.` becomes one `-`.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut in_separator = false;
    for c in name.trim().chars() {
        if matches!(c, '-' | '_' | '.') {
            if !in_separator {
                out.push('-');
            }
            in_separator = true;
        } else {
            out.extend(c.to_lowercase());
            in_separator = false;
        }
    }
    out
}

/// How a name resembles a popular one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Resemblance {
    /// Letters typed wrong: added, dropped, replaced or swapped (Damerau–Levenshtein distance).
    Typo(usize),
    /// The same letters with a letter doubled or a double letter made single.
    Repeated,
    /// The same name with other version-like digits (`foo20180317` for `foo20140526`).
    Digits,
    /// The same letters with separators added, dropped or moved (`beautiful-soup4`).
    Separators,
    /// The same words in another order (`python-foo-sdk` for `foo-python-sdk`).
    Reordered,
    /// The popular name with a Python affix added, dropped or swapped (`python-foo`, `foo-py`).
    Affix,
    /// The popular name with a number appended (`foo2`, `foo-3`).
    Numbered,
}

impl Resemblance {
    /// True for the resemblances a person produces by mistyping, as opposed to a name built on
    /// the popular one (which forks and wrappers do legitimately too).
    pub fn is_typo(self) -> bool {
        matches!(
            self,
            Resemblance::Typo(_) | Resemblance::Repeated | Resemblance::Digits
        )
    }

    /// Short English for reports.
    pub fn phrase(self) -> String {
        match self {
            Resemblance::Typo(1) => "one typo away from".to_owned(),
            Resemblance::Typo(n) => format!("{n} typos away from"),
            Resemblance::Repeated => "a doubled or dropped letter away from".to_owned(),
            Resemblance::Digits => "the same name with other digits as".to_owned(),
            Resemblance::Separators => "the same letters with other separators as".to_owned(),
            Resemblance::Reordered => "the same words in another order as".to_owned(),
            Resemblance::Affix => "a Python prefix or suffix away from".to_owned(),
            Resemblance::Numbered => "a number appended to".to_owned(),
        }
    }
}

/// A popular project that a name imitates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imitation {
    /// The popular project's normalised name.
    pub target: String,
    /// Its download rank (1 is the most downloaded).
    pub rank: u32,
    /// How the names resemble each other.
    pub how: Resemblance,
}

/// The embedded ranking of popular projects, indexed for the lookups of [`Popular::imitated`].
pub struct Popular {
    /// Normalised name → rank.
    rank: HashMap<String, u32>,
    /// Every name with its rank, most popular first.
    by_rank: Vec<(String, u32)>,
    /// The length in characters of each name of `by_rank`, counted once.
    by_rank_chars: Vec<usize>,
    /// Name without separators → most popular name.
    squashed: HashMap<String, (String, u32)>,
    /// Name with letter runs collapsed → most popular name.
    collapsed: HashMap<String, (String, u32)>,
    /// Name with digit runs masked → names with digits.
    digit_masks: HashMap<String, Vec<(String, u32)>>,
    /// Name without Python affixes → most popular name.
    stems: HashMap<String, (String, u32)>,
    /// Words sorted → most popular name (names of two or more words only).
    word_sets: HashMap<String, (String, u32)>,
    /// Name without its Python words, squashed (`aliyunsdkcore` for `aliyun-python-sdk-core`),
    /// which is how many projects name their import package → most popular name.
    import_squashed: HashMap<String, (String, u32)>,
}

/// The popular-project list, parsed once on first use.
pub fn popular() -> &'static Popular {
    static POPULAR: LazyLock<Popular> = LazyLock::new(|| Popular::parse(TOP_PYPI));
    &POPULAR
}

fn keep_best(map: &mut HashMap<String, (String, u32)>, key: String, name: &str, rank: u32) {
    let entry = map.entry(key).or_insert_with(|| (name.to_owned(), rank));
    if rank < entry.1 {
        *entry = (name.to_owned(), rank);
    }
}

fn squash(name: &str) -> String {
    name.chars().filter(|&c| c != '-').collect()
}

fn collapse(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut last = None;
    for c in name.chars() {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// `None` when the name has no digits.
fn digit_mask(name: &str) -> Option<String> {
    if !name.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut out = String::with_capacity(name.len());
    let mut in_digits = false;
    for c in name.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                out.push('#');
            }
            in_digits = true;
        } else {
            out.push(c);
            in_digits = false;
        }
    }
    Some(out)
}

/// The name without one Python prefix and one Python suffix, if it had any.
pub fn stem(name: &str) -> Option<&str> {
    let mut rest = name;
    if let Some(prefix) = PREFIXES.iter().find(|p| name.starts_with(**p)) {
        rest = rest
            .strip_prefix(*prefix)
            .unwrap_or(rest)
            .trim_start_matches('-');
    }
    if let Some(suffix) = SUFFIXES.iter().find(|s| rest.ends_with(**s)) {
        rest = rest
            .strip_suffix(*suffix)
            .unwrap_or(rest)
            .trim_end_matches('-');
    }
    (rest.len() != name.len() && rest.chars().count() >= MIN_STEM_CHARS).then_some(rest)
}

/// The name without a trailing number (`foo2`, `foo-3`), if it had one.
fn unnumbered(name: &str) -> Option<&str> {
    let rest = name
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches('-');
    (rest.len() != name.len() && rest.chars().count() >= MIN_STEM_CHARS).then_some(rest)
}

/// Words sorted and joined; `None` for one-word names.
fn word_set(name: &str) -> Option<String> {
    let mut words: Vec<&str> = name.split('-').filter(|w| !w.is_empty()).collect();
    if words.len() < 2 {
        return None;
    }
    words.sort_unstable();
    Some(words.join("-"))
}

/// Damerau–Levenshtein (optimal string alignment) distance, or `None` above `max`.
fn distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.abs_diff(lb) > max {
        return None;
    }
    let d = strsim::osa_distance(a, b);
    (d <= max).then_some(d)
}

/// Letter counts of an ASCII name, for [`edit_lower_bound`]; `None` for other names.
fn ascii_counts(name: &str) -> Option<[i32; 128]> {
    let mut counts = [0i32; 128];
    for byte in name.bytes() {
        *counts.get_mut(usize::from(byte))? += 1;
    }
    Some(counts)
}

/// A lower bound of the edit distance (any of [`distance_within`]'s edits) between the name
/// whose [`ascii_counts`] are `counts` and `target`: an insertion or a deletion changes the
/// letter counts by one in all, a substitution by two, a transposition not at all, so at least
/// half the difference of the counts is edits. `None` when `target` is not ASCII. It costs a
/// fraction of the distance itself and rules out almost every popular name.
fn edit_lower_bound(counts: &[i32; 128], target: &str) -> Option<usize> {
    let mut counts = *counts;
    for byte in target.bytes() {
        *counts.get_mut(usize::from(byte))? -= 1;
    }
    let difference: u32 = counts.iter().map(|c| c.unsigned_abs()).sum();
    Some((difference as usize).div_ceil(2))
}

/// Popular-side words shorter than this are acronyms or short tokens (`sqs`, `iam`, `docx`):
/// changing one makes another product's name (`types-boto3-sqs`, `types-boto3-sts`), not a typo.
const MIN_TYPO_WORD_CHARS: usize = 5;
/// Two typos count only inside one word at least this long (`tensoflomw` for `tensorflow`).
const MIN_DOUBLE_TYPO_WORD_CHARS: usize = 8;
/// Popular names shorter than this are so dense (`black`/`slack`, `pyaes`/`pydes`) that a typo of
/// one only counts when the popular project is among the [`SHORT_NAME_MAX_RANK`] most popular,
/// the ones typosquatters aim at.
const SHORT_NAME_CHARS: usize = 7;
/// See [`SHORT_NAME_CHARS`].
const SHORT_NAME_MAX_RANK: u32 = 2000;

/// What an edit of distance `d` between `name` and the popular `target` is: a change of digits
/// only, separators only, or a typo inside a long enough word. `None` when the edit replaces a
/// short word, which is how legitimate sibling projects are named.
fn classify_edit(name: &str, target: &str, d: usize) -> Option<Resemblance> {
    let without_digits =
        |s: &str| -> String { s.chars().filter(|c| !c.is_ascii_digit()).collect() };
    if digit_mask(name).is_some() && digit_mask(name) == digit_mask(target) {
        return Some(Resemblance::Digits);
    }
    if without_digits(name) == without_digits(target) {
        return Some(Resemblance::Numbered);
    }
    if squash(name) == squash(target) {
        return Some(Resemblance::Separators);
    }
    let words: Vec<&str> = name.split('-').collect();
    let target_words: Vec<&str> = target.split('-').collect();
    let changed: Vec<usize> = if words.len() == target_words.len() {
        words
            .iter()
            .zip(&target_words)
            .filter(|(a, b)| a != b)
            .map(|(_, b)| b.chars().count())
            .collect()
    } else {
        // A separator moved as well as a letter: judge the name as one word.
        vec![squash(target).chars().count()]
    };
    let typo = match d {
        1 => changed.iter().all(|&len| len >= MIN_TYPO_WORD_CHARS),
        _ => matches!(changed.as_slice(), [len] if *len >= MIN_DOUBLE_TYPO_WORD_CHARS),
    };
    typo.then_some(Resemblance::Typo(d))
}

impl Popular {
    /// Parses `rank<TAB>name` lines; malformed lines are skipped.
    pub fn parse(text: &str) -> Popular {
        let mut popular = Popular {
            rank: HashMap::new(),
            by_rank: Vec::new(),
            by_rank_chars: Vec::new(),
            squashed: HashMap::new(),
            collapsed: HashMap::new(),
            digit_masks: HashMap::new(),
            stems: HashMap::new(),
            word_sets: HashMap::new(),
            import_squashed: HashMap::new(),
        };
        for line in text.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((rank, name)) = line.split_once('\t') else {
                continue;
            };
            let (Ok(rank), name) = (rank.trim().parse::<u32>(), normalize(name)) else {
                continue;
            };
            if name.is_empty() || popular.rank.contains_key(&name) {
                continue;
            }
            popular.rank.insert(name.clone(), rank);
            popular.by_rank.push((name, rank));
        }
        popular.by_rank.sort_by_key(|(_, rank)| *rank);
        popular.by_rank_chars = popular
            .by_rank
            .iter()
            .map(|(name, _)| name.chars().count())
            .collect();
        for (name, rank) in &popular.by_rank {
            keep_best(&mut popular.squashed, squash(name), name, *rank);
            keep_best(&mut popular.collapsed, collapse(name), name, *rank);
            if let Some(mask) = digit_mask(name) {
                popular
                    .digit_masks
                    .entry(mask)
                    .or_default()
                    .push((name.clone(), *rank));
            }
            if let Some(stem) = stem(name) {
                keep_best(&mut popular.stems, stem.to_owned(), name, *rank);
            }
            if let Some(words) = word_set(name) {
                keep_best(&mut popular.word_sets, words, name, *rank);
            }
            let import: String = name
                .split('-')
                .filter(|w| !matches!(*w, "python" | "python3" | "py"))
                .collect();
            if import.chars().count() >= MIN_STEM_CHARS {
                keep_best(&mut popular.import_squashed, import, name, *rank);
            }
        }
        popular
    }

    /// The download rank of a (normalised) name, when it is popular.
    pub fn rank(&self, name: &str) -> Option<u32> {
        self.rank.get(name).copied()
    }

    /// How many names the list holds.
    pub fn len(&self) -> usize {
        self.by_rank.len()
    }

    /// True when the list is empty.
    pub fn is_empty(&self) -> bool {
        self.by_rank.is_empty()
    }

    /// The popular project that the normalised `name` imitates, if any: the closest resemblance
    /// (typos before names built on the popular one), then the most popular. A popular name
    /// imitates nothing.
    pub fn imitated(&self, name: &str) -> Option<Imitation> {
        self.imitations(name)
            .into_iter()
            .min_by_key(|i| (i.how, i.rank))
    }

    /// Every popular project that the normalised `name` imitates, each with one resemblance (a
    /// project may appear more than once, by several resemblances).
    pub fn imitations(&self, name: &str) -> Vec<Imitation> {
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS || self.rank.contains_key(name)
        {
            return Vec::new();
        }
        let mut found: Vec<Imitation> = Vec::new();
        let mut add = |target: &str, rank: u32, how: Resemblance| {
            if target != name {
                found.push(Imitation {
                    target: target.to_owned(),
                    rank,
                    how,
                });
            }
        };
        let chars = name.chars().count();
        let counts = ascii_counts(name);
        for ((target, rank), &target_chars) in self.by_rank.iter().zip(&self.by_rank_chars) {
            if target_chars < MIN_EDIT_CHARS
                || target_chars < SHORT_NAME_CHARS && *rank > SHORT_NAME_MAX_RANK
            {
                continue;
            }
            let max = if target_chars >= LONG_NAME_CHARS {
                2
            } else {
                1
            };
            if chars.abs_diff(target_chars) > max
                || counts
                    .as_ref()
                    .and_then(|counts| edit_lower_bound(counts, target))
                    .is_some_and(|bound| bound > max)
            {
                continue;
            }
            if let Some(how) =
                distance_within(name, target, max).and_then(|d| classify_edit(name, target, d))
            {
                add(target, *rank, how);
            }
        }
        let collapsed = collapse(name);
        if let Some((target, rank)) = self.collapsed.get(&collapsed)
            && collapsed.chars().count() > MIN_STEM_CHARS
            && (target.chars().count() >= SHORT_NAME_CHARS || *rank <= SHORT_NAME_MAX_RANK)
        {
            add(target, *rank, Resemblance::Repeated);
        }
        if let Some(mask) = digit_mask(name)
            && mask.chars().filter(|&c| c != '#').count() >= MIN_EDIT_CHARS
        {
            for (target, rank) in self.digit_masks.get(&mask).into_iter().flatten() {
                add(target, *rank, Resemblance::Digits);
            }
        }
        if let Some((target, rank)) = self.squashed.get(&squash(name)) {
            add(target, *rank, Resemblance::Separators);
        }
        if let Some((target, rank)) = word_set(name).and_then(|w| self.word_sets.get(&w)) {
            add(target, *rank, Resemblance::Reordered);
        }
        if let Some(stem) = stem(name) {
            if let Some(rank) = self.rank(stem) {
                add(stem, rank, Resemblance::Affix);
            }
            if let Some((target, rank)) = self.stems.get(stem) {
                add(target, *rank, Resemblance::Affix);
            }
        }
        if let Some((target, rank)) = self.stems.get(name) {
            add(target, *rank, Resemblance::Affix);
        }
        if let Some(base) = unnumbered(name)
            && let Some(rank) = self.rank(base)
        {
            add(base, rank, Resemblance::Numbered);
        }
        found
    }

    /// Popular projects whose import package is called `module` (normalised): the project of that
    /// name, the projects it is the stem of (`binance` for `python-binance`), and the well-known
    /// import names.
    pub fn projects_imported_as(&self, module: &str) -> Vec<String> {
        let mut out = Vec::new();
        if self.rank.contains_key(module) {
            out.push(module.to_owned());
        }
        if let Some((project, _)) = self.stems.get(module) {
            out.push(project.clone());
        }
        if let Some((project, _)) = self.squashed.get(&squash(module)) {
            out.push(project.clone());
        }
        if let Some((project, _)) = self.import_squashed.get(&squash(module)) {
            out.push(project.clone());
        }
        for (project, import) in IMPORT_NAMES {
            if *import == module {
                out.push((*project).to_owned());
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_count_bound_never_exceeds_the_distance(a in "[a-e0-2-]{0,12}", b in "[a-e0-2-]{0,12}") {
            let bound = edit_lower_bound(&ascii_counts(&a).unwrap(), &b).unwrap();
            proptest::prop_assert!(bound <= strsim::osa_distance(&a, &b));
        }
    }

    #[test]
    fn the_count_bound_keeps_close_names() {
        let counts = ascii_counts("reqeusts").unwrap();
        assert_eq!(edit_lower_bound(&counts, "requests"), Some(0));
        assert_eq!(edit_lower_bound(&counts, "numpy"), Some(6));
        assert_eq!(edit_lower_bound(&counts, "requésts"), None);
        assert_eq!(ascii_counts("réqeusts"), None);
    }

    fn imitated(name: &str) -> Option<(String, Resemblance)> {
        popular()
            .imitated(&normalize(name))
            .map(|i| (i.target, i.how))
    }

    #[test]
    fn normalises_like_pep_503() {
        assert_eq!(normalize("Friendly-Bard"), "friendly-bard");
        assert_eq!(normalize("FRIENDLY__bard"), "friendly-bard");
        assert_eq!(normalize("friendly.-_bard"), "friendly-bard");
        assert_eq!(normalize("zope.interface"), "zope-interface");
    }

    #[test]
    fn embedded_list_is_parsed() {
        let p = popular();
        assert!(p.len() > 14_000, "{}", p.len());
        assert_eq!(p.rank("boto3"), Some(1));
        assert!(p.rank("requests").is_some());
        assert_eq!(p.rank("surely-not-a-popular-project"), None);
    }

    #[test]
    fn finds_typos() {
        assert_eq!(
            imitated("reqeusts"),
            Some(("requests".into(), Resemblance::Typo(1)))
        );
        assert_eq!(
            imitated("urlib3"),
            Some(("urllib3".into(), Resemblance::Typo(1)))
        );
        assert_eq!(
            imitated("aliababcloud_tea_openapi").map(|i| i.0),
            Some("alibabacloud-tea-openapi".into())
        );
        assert_eq!(
            imitated("alibabacloud-ecs20180317"),
            Some(("alibabacloud-ecs20140526".into(), Resemblance::Digits))
        );
    }

    #[test]
    fn finds_names_built_on_popular_ones() {
        assert_eq!(
            imitated("fakeuseragent"),
            Some(("fake-useragent".into(), Resemblance::Separators))
        );
        assert_eq!(
            imitated("pythonbitcoinlib"),
            Some(("python-bitcoinlib".into(), Resemblance::Separators))
        );
        assert_eq!(
            imitated("python-aliyun-sdk-core"),
            Some(("aliyun-python-sdk-core".into(), Resemblance::Reordered))
        );
        assert_eq!(
            imitated("colorama-py"),
            Some(("colorama".into(), Resemblance::Affix))
        );
        assert_eq!(
            imitated("pythonkafka"),
            Some(("kafka-python".into(), Resemblance::Affix))
        );
    }

    #[test]
    fn popular_and_unrelated_names_imitate_nothing() {
        for name in [
            "requests",
            "boto",
            "boto3",
            "pyyaml",
            "ruamel.yaml",
            "PyYAML",
            "six",
            "numpy",
        ] {
            assert_eq!(imitated(name), None, "{name}");
        }
        for name in ["wheelhound", "my-internal-tool", "zqxjkvbw", "", "a"] {
            assert_eq!(imitated(name), None, "{name}");
        }
        assert_eq!(imitated(&"x".repeat(10_000)), None);
    }

    #[test]
    fn short_popular_names_need_an_exact_transformation() {
        // `six` is popular, `sjx` is one typo away, but three-letter names are too dense to judge.
        assert_eq!(imitated("sjx"), None);
    }

    #[test]
    fn import_names() {
        let p = popular();
        assert_eq!(
            p.projects_imported_as("alibabacloud-tea-openapi"),
            vec!["alibabacloud-tea-openapi".to_owned()]
        );
        assert!(
            p.projects_imported_as("dateutil")
                .contains(&"python-dateutil".to_owned())
        );
        assert!(
            p.projects_imported_as("bs4")
                .contains(&"beautifulsoup4".to_owned())
        );
        assert!(
            p.projects_imported_as("aliyunsdkcore")
                .contains(&"aliyun-python-sdk-core".to_owned())
        );
        assert!(
            p.projects_imported_as("surely-not-a-module-anyone-ships")
                .is_empty()
        );
    }
}
