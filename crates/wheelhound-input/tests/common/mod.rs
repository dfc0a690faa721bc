//! Builders for test archives, made in memory with the same crates the reader uses.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, dead_code)]
#![allow(clippy::indexing_slicing)]

use std::io::{Cursor, Write};

use wheelhound_input::{InputIssue, IssueKind, LoadOptions, Package};

/// Deterministic incompressible bytes.
pub fn noise(len: usize, seed: u64) -> Vec<u8> {
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

/// A tar entry spec: raw name bytes, type flag, data, link target.
pub struct Entry {
    pub name: Vec<u8>,
    pub kind: tar::EntryType,
    pub data: Vec<u8>,
    pub link: Option<String>,
}

pub fn file(name: &str, data: &[u8]) -> Entry {
    Entry {
        name: name.as_bytes().to_vec(),
        kind: tar::EntryType::Regular,
        data: data.to_vec(),
        link: None,
    }
}

/// Builds a tar, writing names raw so hostile names ('..', absolute) survive.
pub fn tar(entries: &[Entry]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for e in entries {
        let mut h = tar::Header::new_gnu();
        {
            let old = h.as_old_mut();
            old.name = [0; 100];
            old.name[..e.name.len()].copy_from_slice(&e.name);
        }
        h.set_entry_type(e.kind);
        h.set_mode(0o644);
        h.set_size(e.data.len() as u64);
        if let Some(target) = &e.link {
            h.set_link_name(target).unwrap();
        }
        h.set_cksum();
        b.append(&h, e.data.as_slice()).unwrap();
    }
    b.into_inner().unwrap()
}

pub fn gz(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

pub fn xz(data: &[u8]) -> Vec<u8> {
    let mut w =
        lzma_rust2::XzWriter::new(Vec::new(), lzma_rust2::XzOptions::with_preset(6)).unwrap();
    w.write_all(data).unwrap();
    w.finish().unwrap()
}

pub fn bz2(data: &[u8]) -> Vec<u8> {
    let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// Zip encryption choice for [`zip_with`].
#[derive(Clone, Copy)]
pub enum Crypt<'a> {
    None,
    Aes(&'a str),
    ZipCrypto(&'a [u8]),
}

pub fn zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    zip_with(files, Crypt::None)
}

pub fn zip_with(files: &[(&str, &[u8])], crypt: Crypt<'_>) -> Vec<u8> {
    use zip::unstable::write::FileOptionsExt;
    use zip::write::SimpleFileOptions;
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in files {
        let base =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        let opts = match crypt {
            Crypt::None => base,
            Crypt::Aes(pw) => base.with_aes_encryption(zip::AesMode::Aes256, pw),
            Crypt::ZipCrypto(pw) => base.with_deprecated_encryption(pw).unwrap(),
        };
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

pub fn load_bytes(name: &str, bytes: &[u8], options: &LoadOptions) -> Package {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let input = path.to_str().unwrap().to_owned();
    let spec = wheelhound_input::parse_input(&input).unwrap();
    let mut pkgs = wheelhound_input::load(&input, &spec, options);
    assert_eq!(pkgs.len(), 1);
    pkgs.remove(0)
}

pub fn member<'a>(p: &'a Package, path: &str) -> &'a [u8] {
    &p.members
        .iter()
        .find(|m| m.path == path)
        .unwrap_or_else(|| panic!("no member {path}; have {:?}", paths(p)))
        .data
}

pub fn paths(p: &Package) -> Vec<&str> {
    p.members.iter().map(|m| m.path.as_str()).collect()
}

pub fn issues(p: &Package, kind: IssueKind) -> Vec<&InputIssue> {
    p.issues.iter().filter(|i| i.kind == kind).collect()
}

pub fn has_issue(p: &Package, kind: IssueKind) -> bool {
    !issues(p, kind).is_empty()
}
