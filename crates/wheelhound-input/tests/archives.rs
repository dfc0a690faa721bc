//! Round trips through every supported container, and format sniffing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(clippy::indexing_slicing)]

mod common;

use common::*;
use wheelhound_input::{ArchiveFormat, IssueKind, LoadOptions, Origin, sniff};

fn sample_tar() -> Vec<u8> {
    tar(&[
        file(
            "./pkg-1.0/setup.py",
            b"from setuptools import setup\nsetup()\n",
        ),
        file("pkg-1.0/pkg/__init__.py", b"print('hi')\n"),
        file("pkg-1.0/data.bin", &noise(70_000, 7)),
    ])
}

fn check_sample(p: &wheelhound_input::Package) {
    assert!(!p.fatal, "{:?}", p.issues);
    assert!(p.issues.is_empty(), "{:?}", p.issues);
    assert_eq!(
        paths(p),
        [
            "pkg-1.0/setup.py",
            "pkg-1.0/pkg/__init__.py",
            "pkg-1.0/data.bin"
        ]
    );
    assert_eq!(member(p, "pkg-1.0/pkg/__init__.py"), b"print('hi')\n");
    assert_eq!(member(p, "pkg-1.0/data.bin"), noise(70_000, 7).as_slice());
    for m in &p.members {
        assert_eq!(m.size, m.data.len() as u64);
    }
}

#[test]
fn sniffs_magic_bytes() {
    assert_eq!(sniff(&gz(b"x")), Some(ArchiveFormat::TarGz));
    assert_eq!(sniff(&xz(b"x")), Some(ArchiveFormat::TarXz));
    assert_eq!(sniff(&bz2(b"x")), Some(ArchiveFormat::TarBz2));
    assert_eq!(sniff(&zip(&[("a", b"b")])), Some(ArchiveFormat::Zip));
    assert_eq!(sniff(&zip(&[])), Some(ArchiveFormat::Zip));
    assert_eq!(sniff(&tar(&[file("a", b"b")])), Some(ArchiveFormat::Tar));
    assert_eq!(sniff(b"import os\n"), None);
    assert_eq!(sniff(b""), None);
    assert_eq!(sniff(&[0x1f]), None);
}

#[test]
fn tar_round_trips_in_every_compression() {
    let o = LoadOptions::default();
    let raw = sample_tar();
    for (name, bytes, format) in [
        ("p.tar", raw.clone(), ArchiveFormat::Tar),
        ("p.tar.gz", gz(&raw), ArchiveFormat::TarGz),
        ("p.tar.xz", xz(&raw), ArchiveFormat::TarXz),
        ("p.tar.bz2", bz2(&raw), ArchiveFormat::TarBz2),
    ] {
        let p = load_bytes(name, &bytes, &o);
        check_sample(&p);
        assert!(
            matches!(p.origin, Origin::Archive { format: f } if f == format),
            "{name}"
        );
    }
}

#[test]
fn multi_member_gzip_is_read_fully() {
    let raw = sample_tar();
    let (a, b) = raw.split_at(1024);
    let mut bytes = gz(a);
    bytes.extend(gz(b));
    check_sample(&load_bytes("p.tar.gz", &bytes, &LoadOptions::default()));
}

#[test]
fn zip_round_trip() {
    let p = load_bytes(
        "p.zip",
        &zip(&[
            (
                "pkg-1.0/setup.py",
                b"from setuptools import setup\nsetup()\n",
            ),
            ("pkg-1.0/pkg/__init__.py", b"print('hi')\n"),
            ("pkg-1.0/data.bin", &noise(70_000, 7)),
        ]),
        &LoadOptions::default(),
    );
    check_sample(&p);
    assert!(matches!(
        p.origin,
        Origin::Archive {
            format: ArchiveFormat::Zip
        }
    ));
}

#[test]
fn wheel_misnamed_tar_gz_is_read_as_zip() {
    let whl = zip(&[
        ("evil/__init__.py", b"import os\n"),
        ("evil-1.0.dist-info/RECORD", b""),
    ]);
    let p = load_bytes("evil-1.0.tar.gz", &whl, &LoadOptions::default());
    assert!(matches!(
        p.origin,
        Origin::Archive {
            format: ArchiveFormat::Zip
        }
    ));
    assert_eq!(member(&p, "evil/__init__.py"), b"import os\n");
}

#[test]
fn nested_zip_inside_tar_is_expanded() {
    let inner = zip(&[("pkg/mod.py", b"x = 1\n")]);
    let outer = gz(&tar(&[
        file("sdist/setup.py", b"setup()\n"),
        file("sdist/vendor/inner.whl", &inner),
    ]));
    let p = load_bytes("outer.tar.gz", &outer, &LoadOptions::default());
    assert!(p.issues.is_empty(), "{:?}", p.issues);
    assert_eq!(member(&p, "sdist/vendor/inner.whl!/pkg/mod.py"), b"x = 1\n");
    // Small nested archives keep their own bytes too, listed before their contents.
    assert_eq!(member(&p, "sdist/vendor/inner.whl"), inner.as_slice());
    assert_eq!(
        paths(&p),
        [
            "sdist/setup.py",
            "sdist/vendor/inner.whl",
            "sdist/vendor/inner.whl!/pkg/mod.py"
        ]
    );
}

#[test]
fn bare_compressed_file_is_one_member() {
    let p = load_bytes(
        "payload.py.gz",
        &gz(b"exec('x')\n"),
        &LoadOptions::default(),
    );
    assert!(!p.fatal);
    assert_eq!(paths(&p), ["payload.py"]);
    assert_eq!(member(&p, "payload.py"), b"exec('x')\n");
    let p = load_bytes("notes.xz", &xz(b"hello"), &LoadOptions::default());
    assert_eq!(paths(&p), ["notes"]);
}

#[test]
fn truncated_tar_gz_keeps_earlier_members() {
    let entries: Vec<Entry> = (0..6)
        .map(|i| file(&format!("pkg/f{i}.bin"), &noise(40_000, i + 1)))
        .collect();
    let bytes = gz(&tar(&entries));
    let cut = &bytes[..bytes.len() * 7 / 10];
    let p = load_bytes("cut.tar.gz", cut, &LoadOptions::default());
    assert!(!p.fatal);
    assert!(has_issue(&p, IssueKind::Corrupt), "{:?}", p.issues);
    assert!(p.members.len() >= 3, "{:?}", paths(&p));
    assert_eq!(member(&p, "pkg/f0.bin"), noise(40_000, 1).as_slice());
}

#[test]
fn truncated_zip_recovers_from_local_headers() {
    let files: Vec<(String, Vec<u8>)> = (0..5)
        .map(|i| (format!("pkg/f{i}.bin"), noise(30_000, i + 1)))
        .collect();
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, d)| (n.as_str(), d.as_slice()))
        .collect();
    let bytes = zip(&refs);
    let cut = &bytes[..bytes.len() * 6 / 10];
    let p = load_bytes("cut.zip", cut, &LoadOptions::default());
    assert!(!p.fatal, "{:?}", p.issues);
    assert!(has_issue(&p, IssueKind::Corrupt));
    assert_eq!(member(&p, "pkg/f0.bin"), noise(30_000, 1).as_slice());
}

#[test]
fn garbage_behind_magic_is_fatal_corrupt() {
    for (name, bytes) in [
        ("bad.tar.gz", b"\x1f\x8b\x08\x00garbage-garbage".to_vec()),
        ("bad.zip", b"PK\x03\x04garbage".to_vec()),
        ("bad.tar.xz", b"\xfd7zXZ\x00garbage".to_vec()),
        ("bad.tar.bz2", b"BZh9garbage".to_vec()),
    ] {
        let p = load_bytes(name, &bytes, &LoadOptions::default());
        assert!(p.fatal, "{name}: {:?}", p.issues);
        assert!(p.members.is_empty());
        assert!(has_issue(&p, IssueKind::Corrupt), "{name}: {:?}", p.issues);
    }
}

#[test]
fn empty_archives_are_not_fatal() {
    let p = load_bytes("e.zip", &zip(&[]), &LoadOptions::default());
    assert!(!p.fatal && p.members.is_empty(), "{:?}", p.issues);
    let p = load_bytes("e.tar.gz", &gz(&tar(&[])), &LoadOptions::default());
    assert!(!p.fatal && p.members.is_empty(), "{:?}", p.issues);
}

#[test]
fn issues_serialise_in_snake_case() {
    let p = load_bytes("bad.zip", b"PK\x03\x04garbage", &LoadOptions::default());
    let json = serde_json::to_string(&p.issues).unwrap();
    assert!(json.contains("\"kind\":\"corrupt\""), "{json}");
    let origin = serde_json::to_string(&p.origin).unwrap();
    assert_eq!(origin, r#"{"kind":"archive","format":"zip"}"#);
}
