//! Directory and single-file inputs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(clippy::indexing_slicing)]

mod common;

use common::*;
use wheelhound_input::{InputSpec, IssueKind, LoadOptions, Origin, load, parse_input};

#[test]
fn directory_walk() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("pkg/sub")).unwrap();
    std::fs::write(root.join("setup.py"), b"setup()\n").unwrap();
    std::fs::write(root.join("pkg/__init__.py"), b"").unwrap();
    std::fs::write(root.join("pkg/sub/x.py"), b"x = 1\n").unwrap();
    std::fs::write(root.join("pkg/blob.dat"), zip(&[("hidden.py", b"h = 1\n")])).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", root.join("pkg/link")).unwrap();

    let input = root.to_str().unwrap();
    let spec = parse_input(input).unwrap();
    assert_eq!(spec, InputSpec::Path(root.to_path_buf()));
    let p = load(input, &spec, &LoadOptions::default()).remove(0);
    assert!(matches!(p.origin, Origin::Directory));
    assert_eq!(p.input, input);
    assert!(!p.fatal);
    assert_eq!(
        paths(&p),
        [
            "pkg/__init__.py",
            "pkg/blob.dat",
            "pkg/blob.dat!/hidden.py",
            "pkg/sub/x.py",
            "setup.py"
        ]
    );
    assert_eq!(member(&p, "pkg/sub/x.py"), b"x = 1\n");
    let links = issues(&p, IssueKind::Link);
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].path.as_deref(), Some("pkg/link"));
}

#[test]
fn single_plain_file() {
    let p = load_bytes(
        "script.py",
        b"import os\nos.system('id')\n",
        &LoadOptions::default(),
    );
    assert!(matches!(p.origin, Origin::File));
    assert_eq!(paths(&p), ["script.py"]);
    assert_eq!(member(&p, "script.py"), b"import os\nos.system('id')\n");
    let p = load_bytes("empty.py", b"", &LoadOptions::default());
    assert_eq!(paths(&p), ["empty.py"]);
    assert!(!p.fatal);
}

#[test]
fn missing_path_is_fatal_not_a_panic() {
    let spec = InputSpec::Path("/no/such/thing.tar.gz".into());
    let p = load("/no/such/thing.tar.gz", &spec, &LoadOptions::default()).remove(0);
    assert!(p.fatal);
    assert!(has_issue(&p, IssueKind::NotFound));
}

#[test]
fn real_corpus_manifest_as_bytes_if_present() {
    let path = "/work/shared/corpus/malicious/manifest.csv";
    if !std::path::Path::new(path).exists() {
        eprintln!("skipped: {path} is absent");
        return;
    }
    let spec = parse_input(path).unwrap();
    let p = load(path, &spec, &LoadOptions::default()).remove(0);
    assert!(!p.fatal);
    assert_eq!(p.members.len(), 1);
}
