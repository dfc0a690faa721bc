//! `pypi:` inputs against a loopback index served from a thread.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(clippy::indexing_slicing)]

mod common;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::thread;

use common::*;
use sha2::{Digest, Sha256};
use wheelhound_input::{
    ArchiveFormat, DistKind, IssueKind, LoadOptions, Origin, Package, load, parse_input,
};

type Routes = HashMap<String, (u16, &'static str, Vec<u8>)>;

/// Serves `routes` on 127.0.0.1 for a bounded number of connections; returns the base URL.
fn serve(routes: Routes) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let routes = Arc::new(routes);
    thread::spawn(move || {
        for stream in listener.incoming().take(64) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
            }
            let path = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .to_owned();
            let (status, ctype, body) =
                routes
                    .get(&path)
                    .cloned()
                    .unwrap_or((404, "text/plain", b"not found".to_vec()));
            let head = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    format!("http://{addr}")
}

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

struct Index {
    base: String,
    sdist: Vec<u8>,
    wheel: Vec<u8>,
}

fn index() -> Index {
    let sdist = gz(&tar(&[file(
        "demo_pkg-1.2.0/setup.py",
        b"setup(name='demo-pkg')\n",
    )]));
    let wheel = zip(&[("demo_pkg/__init__.py", b"VERSION = '1.2.0'\n")]);
    let old = gz(&tar(&[file("demo_pkg-1.0.0/setup.py", b"old\n")]));
    let json = format!(
        r#"{{"meta":{{"api-version":"1.1"}},"name":"demo-pkg","versions":["1.0.0","1.2.0","2.0.0b1"],"files":[
        {{"filename":"demo_pkg-1.0.0.tar.gz","url":"/files/demo_pkg-1.0.0.tar.gz","hashes":{{"sha256":"{old}"}}}},
        {{"filename":"demo_pkg-1.2.0.tar.gz","url":"/files/demo_pkg-1.2.0.tar.gz","hashes":{{"sha256":"{sdist}"}}}},
        {{"filename":"demo_pkg-1.2.0-py3-none-any.whl","url":"../../files/demo_pkg-1.2.0-py3-none-any.whl","hashes":{{"sha256":"{wheel}"}}}},
        {{"filename":"demo_pkg-2.0.0b1.tar.gz","url":"/files/demo_pkg-2.0.0b1.tar.gz","hashes":{{"sha256":"{sdist}"}}}},
        {{"filename":"bad_pkg-0.1.tar.gz","url":"/files/x","hashes":{{}}}}
        ]}}"#,
        old = sha(&old),
        sdist = sha(&sdist),
        wheel = sha(&wheel),
    );
    let tampered_json = r#"{"meta":{"api-version":"1.0"},"name":"tampered","files":[
        {"filename":"tampered-1.0.tar.gz","url":"/files/demo_pkg-1.2.0.tar.gz","hashes":{"sha256":"0000000000000000000000000000000000000000000000000000000000000000"}}]}"#;
    let html = format!(
        "<html><body><a href=\"/files/demo_pkg-1.2.0.tar.gz#sha256={}\">Html_Pkg-1.2.0.tar.gz</a></body></html>",
        sha(&sdist)
    );
    let j = "application/vnd.pypi.simple.v1+json";
    let mut routes: Routes = HashMap::new();
    routes.insert("/simple/demo-pkg/".into(), (200, j, json.into_bytes()));
    routes.insert(
        "/simple/tampered/".into(),
        (200, j, tampered_json.as_bytes().to_vec()),
    );
    routes.insert(
        "/simple/html-pkg/".into(),
        (200, "text/html", html.into_bytes()),
    );
    routes.insert(
        "/files/demo_pkg-1.0.0.tar.gz".into(),
        (200, "application/octet-stream", old),
    );
    routes.insert(
        "/files/demo_pkg-1.2.0.tar.gz".into(),
        (200, "application/octet-stream", sdist.clone()),
    );
    routes.insert(
        "/files/demo_pkg-1.2.0-py3-none-any.whl".into(),
        (200, "application/octet-stream", wheel.clone()),
    );
    Index {
        base: serve(routes),
        sdist,
        wheel,
    }
}

fn run(idx: &Index, input: &str, dist: DistKind) -> Vec<Package> {
    let spec = parse_input(input).unwrap();
    let o = LoadOptions {
        index_url: Some(format!("{}/simple/", idx.base)),
        dist,
        ..LoadOptions::default()
    };
    load(input, &spec, &o)
}

#[test]
fn downloads_verifies_and_reads_newest_sdist() {
    let idx = index();
    let pkgs = run(&idx, "pypi:Demo.Pkg", DistKind::Sdist);
    assert_eq!(pkgs.len(), 1);
    let p = &pkgs[0];
    assert!(!p.fatal, "{:?}", p.issues);
    assert_eq!(p.input, "pypi:Demo.Pkg");
    assert_eq!(
        member(p, "demo_pkg-1.2.0/setup.py"),
        b"setup(name='demo-pkg')\n"
    );
    match &p.origin {
        Origin::Pypi {
            url,
            sha256,
            format,
        } => {
            assert_eq!(url, &format!("{}/files/demo_pkg-1.2.0.tar.gz", idx.base));
            assert_eq!(sha256, &sha(&idx.sdist));
            assert_eq!(*format, ArchiveFormat::TarGz);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn pinned_version_wheel_and_all() {
    let idx = index();
    let p = &run(&idx, "pypi:demo-pkg==1.0", DistKind::Sdist)[0];
    assert_eq!(member(p, "demo_pkg-1.0.0/setup.py"), b"old\n");

    let p = &run(&idx, "pypi:demo-pkg", DistKind::Wheel)[0];
    assert_eq!(member(p, "demo_pkg/__init__.py"), b"VERSION = '1.2.0'\n");
    assert!(
        matches!(&p.origin, Origin::Pypi { sha256, format: ArchiveFormat::Zip, .. } if *sha256 == sha(&idx.wheel))
    );

    let all = run(&idx, "pypi:demo-pkg==1.2.0", DistKind::All);
    assert_eq!(all.len(), 2);
    assert!(
        all.iter()
            .all(|p| !p.fatal && p.input == "pypi:demo-pkg==1.2.0")
    );
}

#[test]
fn html_index_fallback() {
    let idx = index();
    let p = &run(&idx, "pypi:html_pkg", DistKind::Sdist)[0];
    assert!(!p.fatal, "{:?}", p.issues);
    assert_eq!(
        member(p, "demo_pkg-1.2.0/setup.py"),
        b"setup(name='demo-pkg')\n"
    );
}

#[test]
fn unknown_project_is_not_found() {
    let idx = index();
    let p = &run(&idx, "pypi:no-such-project", DistKind::Sdist)[0];
    assert!(p.fatal);
    let issue = &issues(p, IssueKind::NotFound)[0];
    assert!(issue.kind.is_fatal());
    assert_eq!(
        issue.message,
        format!("no project named no-such-project on {}/simple", idx.base)
    );
}

#[test]
fn unknown_version_names_the_newest() {
    let idx = index();
    let p = &run(&idx, "pypi:demo-pkg==9.9", DistKind::Sdist)[0];
    assert!(p.fatal);
    assert_eq!(
        issues(p, IssueKind::NotFound)[0].message,
        "demo-pkg has no release 9.9; newest is 1.2.0"
    );
}

#[test]
fn hash_mismatch_is_refused() {
    let idx = index();
    let p = &run(&idx, "pypi:tampered", DistKind::Sdist)[0];
    assert!(p.fatal);
    assert!(p.members.is_empty());
    let issue = &issues(p, IssueKind::HashMismatch)[0];
    assert!(
        issue.message.contains("tampered-1.0.tar.gz has sha256"),
        "{}",
        issue.message
    );
}

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let spec = parse_input("pypi:anything").unwrap();
    let o = LoadOptions {
        index_url: Some("http://example.invalid/simple".into()),
        ..LoadOptions::default()
    };
    let p = &load("pypi:anything", &spec, &o)[0];
    assert!(p.fatal);
    assert!(
        issues(p, IssueKind::Download)[0]
            .message
            .contains("plain HTTP")
    );
}

#[test]
fn unreachable_index_is_a_download_issue() {
    // Bind then drop a listener so the port is (almost certainly) closed.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let spec = parse_input("pypi:anything").unwrap();
    let o = LoadOptions {
        index_url: Some(format!("http://127.0.0.1:{port}/simple")),
        ..LoadOptions::default()
    };
    let p = &load("pypi:anything", &spec, &o)[0];
    assert!(p.fatal);
    let msg = &issues(p, IssueKind::Download)[0].message;
    assert!(msg.contains(&format!("127.0.0.1:{port}")), "{msg}");
}
