//! HTTP fetching with pip-compatible trust roots, bounded sizes, timeouts and retries.

use std::path::Path;
use std::thread::sleep;
use std::time::Duration;

use ureq::Agent;
use ureq::tls::{RootCerts, TlsConfig, parse_pem};

const ATTEMPTS: u32 = 3;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);
const GLOBAL_TIMEOUT: Duration = Duration::from_secs(120);

/// A fetched response (any status).
pub(crate) struct Fetched {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

/// Why a fetch failed before producing a usable response.
#[derive(Debug)]
pub(crate) enum FetchError {
    /// Plain HTTP to a non-loopback host: refused, downloads must be authenticated.
    Insecure,
    /// The body was larger than allowed.
    TooBig(u64),
    /// Connection, TLS, timeout or protocol failure (after retries).
    Transport(String),
}

/// Two agents: loopback hosts may use plain HTTP (for local test servers and mirrors on
/// this machine); everything else is HTTPS-only, including redirects.
pub(crate) struct Http {
    strict: Agent,
    loopback: Agent,
    /// Set when the configured CA bundle could not be used and bundled roots were.
    pub cert_warning: Option<String>,
}

impl Http {
    pub fn new(cert: Option<&Path>) -> Http {
        let (roots, cert_warning) = match cert {
            Some(path) => match load_roots(path) {
                Ok(r) => (r, None),
                Err(e) => (
                    RootCerts::WebPki,
                    Some(format!(
                        "CA bundle {} unusable ({e}); using bundled roots",
                        path.display()
                    )),
                ),
            },
            None => (RootCerts::WebPki, None),
        };
        let tls = TlsConfig::builder().root_certs(roots).build();
        let agent = |https_only: bool| -> Agent {
            Agent::config_builder()
                .http_status_as_error(false)
                .https_only(https_only)
                .timeout_connect(Some(CONNECT_TIMEOUT))
                .timeout_global(Some(GLOBAL_TIMEOUT))
                .user_agent(concat!("wheelhound/", env!("CARGO_PKG_VERSION")))
                .tls_config(tls.clone())
                .build()
                .new_agent()
        };
        Http {
            strict: agent(true),
            loopback: agent(false),
            cert_warning,
        }
    }

    /// GETs `url`, retrying connection failures and 5xx answers with backoff.
    pub fn get(&self, url: &str, accept: &str, limit: u64) -> Result<Fetched, FetchError> {
        let agent = if url.starts_with("https://") {
            &self.strict
        } else if url.starts_with("http://") && is_loopback(url) {
            &self.loopback
        } else {
            return Err(FetchError::Insecure);
        };
        let mut last = String::new();
        for attempt in 0..ATTEMPTS {
            if attempt > 0 {
                sleep(Duration::from_millis(500 << attempt));
            }
            match fetch_once(agent, url, accept, limit) {
                Ok(f) if f.status >= 500 => last = format!("HTTP {}", f.status),
                Ok(f) => return Ok(f),
                // A certificate problem will not go away by retrying.
                Err(FetchError::Transport(e)) if e.contains("certificate") => {
                    return Err(FetchError::Transport(e));
                }
                Err(FetchError::Transport(e)) => last = e,
                Err(other) => return Err(other),
            }
        }
        Err(FetchError::Transport(last))
    }
}

fn fetch_once(agent: &Agent, url: &str, accept: &str, limit: u64) -> Result<Fetched, FetchError> {
    let mut response = agent
        .get(url)
        .header("Accept", accept)
        .call()
        .map_err(|e| FetchError::Transport(e.to_string()))?;
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    if !(200..300).contains(&status) {
        return Ok(Fetched {
            status,
            content_type,
            body: Vec::new(),
        });
    }
    let body = response
        .body_mut()
        .with_config()
        .limit(limit)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(n) => FetchError::TooBig(n),
            other => FetchError::Transport(other.to_string()),
        })?;
    Ok(Fetched {
        status,
        content_type,
        body,
    })
}

fn load_roots(path: &Path) -> Result<RootCerts, String> {
    let pem = std::fs::read(path).map_err(|e| e.to_string())?;
    let certs: Vec<_> = parse_pem(&pem)
        .filter_map(|item| match item {
            Ok(ureq::tls::PemItem::Certificate(c)) => Some(c),
            _ => None,
        })
        .collect();
    if certs.is_empty() {
        return Err("no certificate in the file".to_owned());
    }
    Ok(RootCerts::from(certs))
}

/// The host part of an http(s) URL, without userinfo or port.
pub(crate) fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let authority = authority.rsplit('@').next().unwrap_or(authority);
    if let Some(v6) = authority.strip_prefix('[') {
        return v6.split(']').next().unwrap_or("");
    }
    authority.split(':').next().unwrap_or("")
}

/// Loopback hosts, the only ones plain HTTP is allowed to.
pub(crate) fn is_loopback(url: &str) -> bool {
    let h = host(url).to_ascii_lowercase();
    h == "localhost"
        || h.parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The URL with any `user:password@` removed, for messages.
pub(crate) fn redact(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            let (authority, tail) = rest.split_at(end);
            match authority.rsplit_once('@') {
                Some((_, hostport)) => format!("{scheme}://***@{hostport}{tail}"),
                None => url.to_owned(),
            }
        }
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_redaction() {
        assert!(is_loopback("http://127.0.0.1:8080/simple"));
        assert!(is_loopback("http://localhost/simple"));
        assert!(is_loopback("http://[::1]:3000/"));
        assert!(!is_loopback("http://127.0.0.1.evil.example/"));
        assert!(!is_loopback("http://evil.example/127.0.0.1"));
        assert!(!is_loopback("http://localhost@evil.example/"));
        assert_eq!(
            redact("https://u:p@idx.example/simple"),
            "https://***@idx.example/simple"
        );
        assert_eq!(redact("https://idx.example/a@b"), "https://idx.example/a@b");
    }
}
