//! WH140 secrets-access: reading credentials, browser profiles, wallets and messenger sessions.

use ruff_python_ast::ExprCall;
use ruff_text_size::{Ranged, TextRange};

use crate::finding::{Category, ExecContext, Rule};
use crate::walker::{Checker, SourceKind};

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH140",
    name: "secrets-access",
    description: "Reads credentials: secret environment variables, SSH/cloud/PyPI credential files, browser, Discord, Telegram or wallet data",
    rationale: "Stealing credentials is the most common goal of PyPI malware. Cloud SDKs legitimately \
                read their own credential files when called, so those weigh little at run time; \
                browser, Discord, Telegram and wallet stores have almost no business in a library.",
    category: Category::Source,
};

/// Stores whose only use to a third party is theft: saved passwords, chat tokens, wallets.
/// (Cookie extractors such as download tools legitimately read cookies and their key.)
const HIGH_VALUE: &[&str] = &[
    "saved passwords",
    "password key",
    "Discord",
    "Telegram",
    "wallet",
    "Wallet",
    "MetaMask",
    "keychain",
    "FileZilla",
    "Steam",
    "Signal",
    "keystore",
    "Minecraft",
    "authenticator",
];

fn is_high_value(label: &str) -> bool {
    HIGH_VALUE.iter().any(|word| label.contains(word))
}

/// Stores that a library has little business reading: browser profiles and the high-value ones.
pub fn is_stealer_target(label: &str) -> bool {
    label.contains("browser") || is_high_value(label)
}

/// SQL that reads the saved passwords or cards out of a browser's profile database. Cookie
/// readers (yt-dlp, browser-cookie3) query `cookies`; only stealers decrypt `password_value`
/// from `logins` or `card_number_encrypted` from `credit_cards`.
fn stealer_query(value: &str) -> Option<&'static str> {
    static QUERY: std::sync::LazyLock<regex::Regex> = crate::static_regex!(
        r"(?is)\bselect\b.{0,200}\b(password_value|card_number_encrypted)\b.{0,200}\bfrom\s+(logins|credit_cards)\b"
    );
    // The query names `password_value` or `card_number_encrypted`; `_value` and the card
    // column hold no `k` or `s`, whose Unicode case variants the `(?i)` regex also accepts, so
    // an ASCII-case-insensitive search for them rejects every other literal cheaply.
    static COLUMNS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(["_value", "card_number_encrypted"])
                .ok()
        });
    // Both columns hold an underscore: one vectorised search rejects most text first.
    if memchr::memchr(b'_', value.as_bytes()).is_none()
        || COLUMNS
            .as_ref()
            .is_some_and(|columns| !columns.is_match(value))
    {
        return None;
    }
    let captures = QUERY.captures(value)?;
    Some(
        match captures.get(2)?.as_str().to_ascii_lowercase().as_str() {
            "logins" => "browser saved passwords query",
            _ => "browser saved credit cards query",
        },
    )
}

fn severity_for(label: &str, context: ExecContext) -> (f64, &'static str) {
    if is_stealer_target(label) {
        let s = match context {
            ExecContext::Install | ExecContext::Import => 0.55,
            ExecContext::Runtime if label.ends_with("query") => 0.45,
            // Discord keeps its session token in its own local storage: only token grabbers
            // open it, whoever calls them.
            ExecContext::Runtime if label.contains("Discord token") => 0.45,
            ExecContext::Runtime if is_high_value(label) => 0.3,
            ExecContext::Runtime => 0.2,
            ExecContext::TestOrDocs => 0.1,
        };
        (s, "stealer-target")
    } else {
        let s = match context {
            ExecContext::Install => 0.3,
            ExecContext::Import => 0.15,
            ExecContext::Runtime => 0.05,
            ExecContext::TestOrDocs => 0.02,
        };
        (s, "credential-file")
    }
}

/// Calls that read a secret.
pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    let Some((label, kind)) = super::sources::classify_call(checker, qualname, call) else {
        return;
    };
    if kind != SourceKind::Secret {
        return;
    }
    let context = checker.context();
    let (severity, tag) = if label.starts_with("environment variable") {
        (
            if matches!(context, ExecContext::Install | ExecContext::Import) {
                0.08
            } else {
                0.02
            },
            "secret-env",
        )
    } else {
        severity_for(&label, context)
    };
    checker.report(
        &RULE,
        call.range(),
        format!("reads {label} {}", context.phrase()),
        severity,
        vec!["secret", tag],
    );
}

/// String literals naming a credential store (the read itself may be indirect).
pub fn check_string(checker: &mut Checker, value: &str, range: TextRange) {
    let Some(label) = super::sources::secret_path_label(value).or_else(|| stealer_query(value))
    else {
        return;
    };
    let (line, _) = checker.position(range);
    if checker
        .findings
        .iter()
        .any(|f| f.rule == RULE.id && f.line == line && f.path == checker.path)
    {
        return;
    }
    let context = checker.context();
    let (severity, tag) = severity_for(label, context);
    checker.report(
        &RULE,
        range,
        format!(
            "names the {label} path `{}`",
            crate::text::shorten(value, 80)
        ),
        severity * 0.8,
        vec!["secret", tag],
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::max_severity;

    #[test]
    fn password_queries_are_stealer_evidence() {
        let code = "def grab(c):\n    c.execute('SELECT origin_url, username_value, password_value FROM logins')\n";
        assert!(max_severity("p/pkg/m.py", code, "WH140") >= 0.35);
        let cookies =
            "def read(c):\n    c.execute('SELECT host_key, name, encrypted_value FROM cookies')\n";
        assert!(max_severity("p/pkg/m.py", cookies, "WH140") < 0.2);
    }

    #[test]
    fn stealer_paths_weigh_more_than_sdk_credentials() {
        let code =
            "import os\np = os.getenv('APPDATA') + '\\\\discord\\\\Local Storage\\\\leveldb'\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH140") >= 0.4);
        let code =
            "def load():\n    return open(os.path.expanduser('~/.aws/credentials')).read()\n";
        assert!(max_severity("p/pkg/session.py", code, "WH140") < 0.1);
    }

    #[test]
    fn ordinary_strings_do_not_trigger() {
        assert_eq!(
            max_severity("p/pkg/m.py", "x = 'cookies are tasty'\n", "WH140"),
            0.0
        );
        assert_eq!(
            max_severity("p/pkg/m.py", "import os\nh = os.getenv('HOME')\n", "WH140"),
            0.0
        );
    }
}
