//! Just enough PEP 440 to validate versions and pick the newest release.

use std::cmp::Ordering;
use std::sync::LazyLock;

use regex::Regex;

/// The PEP 440 appendix regex, which also accepts every spelling pip normalises.
static VERSION_RE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^\s*v?
        (?:(?P<epoch>[0-9]+)!)?
        (?P<release>[0-9]+(?:\.[0-9]+)*)
        (?P<pre>[-_.]?(?P<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?P<pre_n>[0-9]+)?)?
        (?P<post>(?:-(?P<post_n1>[0-9]+))|(?:[-_.]?(?:post|rev|r)[-_.]?(?P<post_n2>[0-9]+)?))?
        (?P<dev>[-_.]?dev[-_.]?(?P<dev_n>[0-9]+)?)?
        (?:\+(?P<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?
        \s*$",
    )
    .ok()
});

/// One local-version segment: numbers sort above words, as PEP 440 says.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Local {
    Word(String),
    Number(u64),
}

/// A parsed PEP 440 version, comparable by PEP 440 rules.
#[derive(Clone, Debug)]
pub(crate) struct Version {
    epoch: u64,
    release: Vec<u64>,
    /// (0 = alpha, 1 = beta, 2 = rc, number)
    pre: Option<(u8, u64)>,
    post: Option<u64>,
    dev: Option<u64>,
    local: Vec<Local>,
}

impl Version {
    /// Parses a version; None when it is not PEP 440.
    pub fn parse(text: &str) -> Option<Version> {
        let re = VERSION_RE.as_ref()?;
        let caps = re.captures(text)?;
        let num = |name: &str| -> Option<Option<u64>> {
            match caps.name(name) {
                Some(m) => m.as_str().parse::<u64>().ok().map(Some),
                None => Some(None),
            }
        };
        let epoch = num("epoch")?.unwrap_or(0);
        let release = caps
            .name("release")?
            .as_str()
            .split('.')
            .map(|p| p.parse::<u64>().ok())
            .collect::<Option<Vec<u64>>>()?;
        let pre = match caps.name("pre_l") {
            Some(l) => {
                let kind = match l.as_str().to_ascii_lowercase().as_str() {
                    "a" | "alpha" => 0,
                    "b" | "beta" => 1,
                    _ => 2,
                };
                Some((kind, num("pre_n")?.unwrap_or(0)))
            }
            None => None,
        };
        let post = if caps.name("post").is_some() {
            Some(num("post_n1")?.or(num("post_n2")?).unwrap_or(0))
        } else {
            None
        };
        let dev = if caps.name("dev").is_some() {
            Some(num("dev_n")?.unwrap_or(0))
        } else {
            None
        };
        let local = caps
            .name("local")
            .map(|m| {
                m.as_str()
                    .split(['-', '_', '.'])
                    .map(|s| match s.parse::<u64>() {
                        Ok(n) => Local::Number(n),
                        Err(_) => Local::Word(s.to_ascii_lowercase()),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Some(Version {
            epoch,
            release,
            pre,
            post,
            dev,
            local,
        })
    }

    /// Pre-releases and dev releases are skipped when picking the newest release.
    pub fn is_prerelease(&self) -> bool {
        self.pre.is_some() || self.dev.is_some()
    }

    #[allow(clippy::type_complexity)]
    fn key(&self) -> (u64, &[u64], (i8, u64), (i8, u64), (i8, u64), &[Local]) {
        let mut release = self.release.as_slice();
        while let [rest @ .., 0] = release {
            release = rest;
        }
        let pre = match (self.pre, self.post, self.dev) {
            (None, None, Some(_)) => (-1, 0),
            (None, _, _) => (3, 0),
            (Some((k, n)), _, _) => (k as i8, n),
        };
        let post = self.post.map_or((-1, 0), |n| (0, n));
        let dev = self.dev.map_or((1, 0), |n| (0, n));
        (self.epoch, release, pre, post, dev, &self.local)
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Version {}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn orders_like_pep440() {
        let ordered = [
            "1.0.dev1",
            "1.0a1",
            "1.0a2.dev3",
            "1.0a2",
            "1.0b1",
            "1.0rc1",
            "1.0",
            "1.0+local",
            "1.0.post1.dev1",
            "1.0.post1",
            "1.1",
            "1.10",
            "2!0.1",
        ];
        for pair in ordered.windows(2) {
            assert!(v(pair[0]) < v(pair[1]), "{} < {}", pair[0], pair[1]);
        }
        assert_eq!(v("1.0"), v("1.0.0"));
        assert_eq!(v("1.0-1"), v("1.0.post1"));
        assert_eq!(v("v1.0RC1"), v("1.0rc1"));
        assert!(v("1.0rc1").is_prerelease());
        assert!(!v("1.0.post1").is_prerelease());
        assert!(Version::parse("1.0 beta").is_none());
        assert!(Version::parse("latest").is_none());
        assert!(Version::parse("").is_none());
    }
}
