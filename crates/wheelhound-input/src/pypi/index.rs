//! Simple-API project pages: PEP 691 JSON, or PEP 503 HTML from older indexes.

use std::collections::HashMap;

/// One distribution file listed on a project page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct IndexFile {
    pub filename: String,
    /// Absolute URL, fragment removed.
    pub url: String,
    /// Lowercase hex, when the index publishes it.
    pub sha256: Option<String>,
    pub yanked: bool,
}

#[derive(serde::Deserialize)]
struct JsonPage {
    files: Vec<JsonFile>,
}

#[derive(serde::Deserialize)]
struct JsonFile {
    filename: String,
    url: String,
    #[serde(default)]
    hashes: HashMap<String, String>,
    #[serde(default)]
    yanked: serde_json::Value,
}

/// Parses a PEP 691 JSON page; `base` resolves relative file URLs.
pub(crate) fn parse_json(body: &[u8], base: &str) -> Result<Vec<IndexFile>, String> {
    let page: JsonPage = serde_json::from_slice(body).map_err(|e| e.to_string())?;
    Ok(page
        .files
        .into_iter()
        .map(|f| {
            let yanked = match &f.yanked {
                serde_json::Value::Bool(b) => *b,
                serde_json::Value::String(_) => true,
                _ => false,
            };
            let (url, fragment_hash) = split_fragment(&join_url(base, &f.url));
            IndexFile {
                filename: f.filename,
                url,
                sha256: f
                    .hashes
                    .get("sha256")
                    .map(|h| h.to_ascii_lowercase())
                    .or(fragment_hash),
                yanked,
            }
        })
        .collect())
}

/// Parses a PEP 503 HTML page: every `<a href>` is a file.
pub(crate) fn parse_html(body: &[u8], base: &str) -> Vec<IndexFile> {
    let text = String::from_utf8_lossy(body);
    let lower = text.to_ascii_lowercase();
    let mut files = Vec::new();
    let mut pos = 0;
    while let Some(found) = lower.get(pos..).and_then(|s| s.find("<a")) {
        let start = pos + found;
        let Some(tag_end) = lower
            .get(start..)
            .and_then(|s| s.find('>'))
            .map(|e| start + e)
        else {
            break;
        };
        let tag = text.get(start + 2..tag_end).unwrap_or("");
        if !tag.starts_with(|c: char| c.is_whitespace()) {
            // Another tag starting with "a" (<abbr>, <area>): not a link.
            pos = tag_end + 1;
            continue;
        }
        let close = lower
            .get(tag_end..)
            .and_then(|s| s.find("</a"))
            .map_or(lower.len(), |e| tag_end + e);
        let label = unescape(text.get(tag_end + 1..close).unwrap_or("").trim());
        pos = close.max(tag_end + 1);
        let attrs = attributes(tag);
        let Some(href) = attrs.get("href") else {
            continue;
        };
        let (url, sha256) = split_fragment(&join_url(base, href));
        let filename = if label.is_empty() {
            url.rsplit('/').next().unwrap_or("").to_owned()
        } else {
            label
        };
        files.push(IndexFile {
            filename,
            url,
            sha256,
            yanked: attrs.contains_key("data-yanked"),
        });
    }
    files
}

/// Parses `name="value"`, `name='value'`, `name=value` and bare `name` attributes.
fn attributes(tag: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut rest = tag.trim_start();
    while !rest.is_empty() {
        let name_end = rest
            .find(|c: char| c == '=' || c.is_whitespace() || c == '/')
            .unwrap_or(rest.len());
        let name = rest.get(..name_end).unwrap_or("").to_ascii_lowercase();
        rest = rest.get(name_end..).unwrap_or("").trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (v, tail) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = after.get(1..).unwrap_or("");
                    let end = body.find(q).unwrap_or(body.len());
                    (
                        body.get(..end).unwrap_or(""),
                        body.get(end + 1..).unwrap_or(""),
                    )
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (
                        after.get(..end).unwrap_or(""),
                        after.get(end..).unwrap_or(""),
                    )
                }
            };
            value = unescape(v);
            rest = tail.trim_start();
        } else if name.is_empty() {
            // A stray character such as '/': skip it so the loop always advances.
            rest = rest.get(1..).unwrap_or("").trim_start();
        }
        if !name.is_empty() {
            out.insert(name, value);
        }
    }
    out
}

/// Decodes the handful of entities that appear in index pages.
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or(""));
        let after = rest.get(i + 1..).unwrap_or("");
        let entity_end = after.find(';').filter(|&e| e <= 10);
        let decoded = entity_end.and_then(|e| {
            let name = after.get(..e)?;
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = after.get(e + 1..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Splits `#sha256=...` (PEP 503 hash fragment) off a URL.
fn split_fragment(url: &str) -> (String, Option<String>) {
    match url.split_once('#') {
        Some((u, frag)) => {
            let hash = frag
                .split('&')
                .find_map(|kv| kv.strip_prefix("sha256="))
                .map(str::to_ascii_lowercase);
            (u.to_owned(), hash)
        }
        None => (url.to_owned(), None),
    }
}

/// Resolves `href` against `base` (RFC 3986 enough for index pages, including `../`).
pub(crate) fn join_url(base: &str, href: &str) -> String {
    let href = href.trim();
    if let Some(colon) = href.find(':') {
        let scheme = href.get(..colon).unwrap_or("");
        if !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        {
            return href.to_owned();
        }
    }
    let Some((scheme, rest)) = base.split_once("://") else {
        return href.to_owned();
    };
    if let Some(net) = href.strip_prefix("//") {
        return format!("{scheme}://{net}");
    }
    let auth_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = rest.get(..auth_end).unwrap_or("");
    let base_path = rest.get(auth_end..).unwrap_or("");
    let base_path = base_path.split(['?', '#']).next().unwrap_or("");
    if href.starts_with(['#', '?']) || href.is_empty() {
        return format!("{scheme}://{authority}{base_path}{href}");
    }
    let (href_path, suffix) = match href.find(['?', '#']) {
        Some(i) => (href.get(..i).unwrap_or(""), href.get(i..).unwrap_or("")),
        None => (href, ""),
    };
    let mut segments: Vec<&str> = if href_path.starts_with('/') {
        Vec::new()
    } else {
        let mut s: Vec<&str> = base_path.split('/').skip(1).collect();
        s.pop();
        s
    };
    let parts: Vec<&str> = href_path.trim_start_matches('/').split('/').collect();
    let last = parts.len().saturating_sub(1);
    for (i, part) in parts.iter().enumerate() {
        match *part {
            "." => {
                if i == last {
                    segments.push("");
                }
            }
            ".." => {
                segments.pop();
                if i == last {
                    segments.push("");
                }
            }
            p => segments.push(p),
        }
    }
    format!("{scheme}://{authority}/{}{suffix}", segments.join("/"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn joins_urls() {
        let base = "https://idx.example/simple/foo/";
        assert_eq!(
            join_url(base, "../../packages/ab/foo-1.0.tar.gz#sha256=AB"),
            "https://idx.example/packages/ab/foo-1.0.tar.gz#sha256=AB"
        );
        assert_eq!(
            join_url(base, "/files/x.whl"),
            "https://idx.example/files/x.whl"
        );
        assert_eq!(
            join_url(base, "x.whl"),
            "https://idx.example/simple/foo/x.whl"
        );
        assert_eq!(join_url(base, "//cdn.example/x"), "https://cdn.example/x");
        assert_eq!(join_url(base, "https://o.example/y"), "https://o.example/y");
    }

    #[test]
    fn parses_html_page() {
        let html = br#"<!DOCTYPE html><html><body>
            <a href="../../p/foo-1.0.tar.gz#sha256=ABCD" data-requires-python="&gt;=3.8">foo-1.0.tar.gz</a><br/>
            <A HREF='https://f.example/foo-0.9-py3-none-any.whl' data-yanked>foo-0.9-py3-none-any.whl</A>
            <abbr>not a link</abbr>
            </body></html>"#;
        let files = parse_html(html, "https://idx.example/simple/foo/");
        assert_eq!(files.len(), 2);
        assert_eq!(files[0].filename, "foo-1.0.tar.gz");
        assert_eq!(files[0].url, "https://idx.example/p/foo-1.0.tar.gz");
        assert_eq!(files[0].sha256.as_deref(), Some("abcd"));
        assert!(!files[0].yanked);
        assert!(files[1].yanked);
        assert_eq!(files[1].sha256, None);
    }

    #[test]
    fn parses_json_page() {
        let json = br#"{"meta":{"api-version":"1.1"},"name":"foo","files":[
            {"filename":"foo-1.0.tar.gz","url":"foo-1.0.tar.gz","hashes":{"sha256":"AA"}},
            {"filename":"foo-0.1.tar.gz","url":"https://x.example/foo-0.1.tar.gz","hashes":{},"yanked":"broken"}]}"#;
        let files = parse_json(json, "https://idx.example/simple/foo/").unwrap();
        assert_eq!(
            files[0].url,
            "https://idx.example/simple/foo/foo-1.0.tar.gz"
        );
        assert_eq!(files[0].sha256.as_deref(), Some("aa"));
        assert!(files[1].yanked);
        assert!(parse_json(b"not json", "https://x/").is_err());
    }
}
