//! Every bound triggers its issue and the reader stays within it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(clippy::indexing_slicing)]

mod common;

use common::*;
use wheelhound_input::{IssueKind, Limits, LoadOptions, MIB};

fn with(limits: Limits) -> LoadOptions {
    LoadOptions {
        limits,
        ..LoadOptions::default()
    }
}

#[test]
fn member_size_limit() {
    let bytes = gz(&tar(&[
        file("pkg/small.py", b"x = 1\n"),
        file("pkg/big.bin", &noise(2 * MIB as usize, 3)),
        file("pkg/after.py", b"y = 2\n"),
    ]));
    let o = with(Limits {
        max_member_bytes: MIB,
        ..Limits::default()
    });
    let p = load_bytes("p.tar.gz", &bytes, &o);
    let big = p.members.iter().find(|m| m.path == "pkg/big.bin").unwrap();
    assert!(big.data.is_empty());
    assert_eq!(big.size, 2 * MIB);
    let issue = &issues(&p, IssueKind::MemberSizeLimit)[0];
    assert_eq!(
        issue.message,
        "member pkg/big.bin is 2 MiB, above the 1 MiB member limit; not analysed"
    );
    assert_eq!(member(&p, "pkg/after.py"), b"y = 2\n");
}

#[test]
fn ratio_limit_on_compressed_stream() {
    // 8 MiB of zeros gzip to ~8 KiB: a ratio near 1000.
    let bomb = gz(&tar(&[file("zeros.bin", &vec![0u8; 8 * MIB as usize])]));
    let o = with(Limits {
        max_ratio: 50,
        ..Limits::default()
    });
    let p = load_bytes("bomb.tar.gz", &bomb, &o);
    assert!(has_issue(&p, IssueKind::RatioLimit), "{:?}", p.issues);
    assert!(p.members.iter().all(|m| m.data.len() < 8 * MIB as usize));
    assert!(
        issues(&p, IssueKind::RatioLimit)[0]
            .message
            .contains("ratio above 50")
    );
    // A looser ratio lets the same file through whole.
    let o = with(Limits {
        max_ratio: 100_000,
        ..Limits::default()
    });
    let p = load_bytes("ok.tar.gz", &bomb, &o);
    assert!(p.issues.is_empty(), "{:?}", p.issues);
    // A data file keeps its first mebibyte and its whole size.
    assert_eq!(p.members[0].data.len(), MIB as usize);
    assert_eq!(p.members[0].size, 8 * MIB);
    // Python source is kept whole.
    let code = gz(&tar(&[file("zeros.py", &vec![b'#'; 8 * MIB as usize])]));
    let p = load_bytes("ok.tar.gz", &code, &o);
    assert_eq!(p.members[0].data.len(), 8 * MIB as usize);
}

#[test]
fn data_members_keep_their_head_and_code_is_read_whole() {
    let big = noise(3 * MIB as usize, 7);
    let mut script = b"#!/bin/sh\n".to_vec();
    script.extend_from_slice(&big);
    let entries = [
        file("pkg/data.bin", &big),
        file("pkg/mod.py", &big),
        file("pkg/run", &script),
        file("pkg/after.txt", b"still read\n"),
    ];
    let o = with(Limits::default());
    for (name, bytes) in [("t.tar.gz", gz(&tar(&entries))), ("t.tar", tar(&entries))] {
        let p = load_bytes(name, &bytes, &o);
        assert!(p.issues.is_empty(), "{:?}", p.issues);
        let data = p.members.iter().find(|m| m.path == "pkg/data.bin").unwrap();
        assert_eq!(data.data.as_slice(), &big[..MIB as usize]);
        assert_eq!(data.size, 3 * MIB);
        assert_eq!(member(&p, "pkg/mod.py"), big.as_slice());
        assert_eq!(member(&p, "pkg/run"), script.as_slice());
        // The tar reader skipped the unread rest and found the next header.
        assert_eq!(member(&p, "pkg/after.txt"), b"still read\n");
    }
    let p = load_bytes(
        "t.zip",
        &zip(&[("pkg/data.bin", &big), ("pkg/mod.py", &big)]),
        &o,
    );
    let data = p.members.iter().find(|m| m.path == "pkg/data.bin").unwrap();
    assert_eq!(data.data.len(), MIB as usize);
    assert_eq!(data.size, 3 * MIB);
    assert_eq!(member(&p, "pkg/mod.py"), big.as_slice());
}

#[test]
fn ratio_limit_on_zip_entry() {
    let zeros = vec![0u8; 8 * MIB as usize];
    let bomb = zip(&[("a.py", b"a = 1\n"), ("zeros.bin", &zeros)]);
    let o = with(Limits {
        max_ratio: 50,
        ..Limits::default()
    });
    let p = load_bytes("bomb.zip", &bomb, &o);
    let ratio = issues(&p, IssueKind::RatioLimit);
    assert_eq!(
        ratio[0].path.as_deref(),
        Some("zeros.bin"),
        "{:?}",
        p.issues
    );
    assert_eq!(member(&p, "a.py"), b"a = 1\n");
    assert!(!p.members.iter().any(|m| m.path == "zeros.bin"));
}

#[test]
fn total_bytes_limit_keeps_what_was_read() {
    let entries: Vec<Entry> = (0..5)
        .map(|i| file(&format!("f{i}.bin"), &noise(400_000, i + 1)))
        .collect();
    let o = with(Limits {
        max_total_bytes: MIB,
        ..Limits::default()
    });
    for (name, bytes) in [("t.tar.gz", gz(&tar(&entries))), ("t.tar", tar(&entries))] {
        let p = load_bytes(name, &bytes, &o);
        assert_eq!(
            issues(&p, IssueKind::TotalBytesLimit).len(),
            1,
            "{:?}",
            p.issues
        );
        assert_eq!(paths(&p), ["f0.bin", "f1.bin"]);
        assert!(!p.fatal);
    }
}

#[test]
fn member_count_limit() {
    let entries: Vec<Entry> = (0..10)
        .map(|i| file(&format!("m{i}.py"), b"pass\n"))
        .collect();
    let o = with(Limits {
        max_members: 3,
        ..Limits::default()
    });
    let p = load_bytes("many.tar", &tar(&entries), &o);
    assert_eq!(p.members.len(), 3);
    assert_eq!(issues(&p, IssueKind::MemberCountLimit).len(), 1);
    let files: Vec<(String, Vec<u8>)> = (0..10)
        .map(|i| (format!("m{i}.py"), b"pass\n".to_vec()))
        .collect();
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, d)| (n.as_str(), d.as_slice()))
        .collect();
    let p = load_bytes("many.zip", &zip(&refs), &o);
    assert_eq!(p.members.len(), 3);
    assert!(has_issue(&p, IssueKind::MemberCountLimit));
}

#[test]
fn depth_limit() {
    let level2 = zip(&[("deep.py", b"deep = 1\n")]);
    let level1 = zip(&[("inner2.zip", &level2), ("shallow.py", b"s = 1\n")]);
    let outer = tar(&[file("inner1.zip", &level1)]);
    let o = with(Limits {
        max_depth: 1,
        ..Limits::default()
    });
    let p = load_bytes("nest.tar", &outer, &o);
    assert_eq!(member(&p, "inner1.zip!/shallow.py"), b"s = 1\n");
    // Too deep: kept as raw bytes, not opened.
    assert_eq!(member(&p, "inner1.zip!/inner2.zip"), level2.as_slice());
    assert!(!paths(&p).contains(&"inner1.zip!/inner2.zip!/deep.py"));
    let depth = issues(&p, IssueKind::DepthLimit);
    assert_eq!(depth[0].path.as_deref(), Some("inner1.zip!/inner2.zip"));
    // The default depth opens all of it.
    let p = load_bytes("nest.tar", &outer, &LoadOptions::default());
    assert_eq!(member(&p, "inner1.zip!/inner2.zip!/deep.py"), b"deep = 1\n");
}

#[test]
fn zip_overlap_style_bomb_hits_archive_ratio() {
    // Many entries of compressible data: each entry passes, the archive as a whole does not.
    let chunk = vec![b'A'; 600_000];
    let files: Vec<(String, Vec<u8>)> = (0..6)
        .map(|i| (format!("c{i}.txt"), chunk.clone()))
        .collect();
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, d)| (n.as_str(), d.as_slice()))
        .collect();
    let bytes = zip(&refs);
    let o = with(Limits {
        max_ratio: 200,
        ..Limits::default()
    });
    let p = load_bytes("many.zip", &bytes, &o);
    assert!(
        has_issue(&p, IssueKind::RatioLimit),
        "{:?} {}",
        p.issues,
        bytes.len()
    );
    assert!(p.members.len() < 6);
}
