//! Archive reading on arbitrary bytes: sniffing, zip (central directory and local-header
//! recovery), tar, gzip/xz/bzip2 streams, nested archives, every limit.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wheelhound_input::{Limits, LoadOptions, MIB, load_bytes};

fuzz_target!(|data: &[u8]| {
    // Small limits so the fuzzer reaches every limit path quickly and never runs out of memory.
    let options = LoadOptions {
        limits: Limits {
            max_total_bytes: 64 * MIB,
            max_member_bytes: 16 * MIB,
            max_ratio: 1000,
            max_members: 1000,
            max_depth: 3,
            max_download_bytes: 64 * MIB,
        },
        password: Some(b"infected".to_vec()),
        ..LoadOptions::default()
    };
    let package = load_bytes("fuzz.bin", data.to_vec(), &options);
    // Invariants every reader must keep on any input.
    let mut total = 0u64;
    for member in &package.members {
        assert!(
            !member.path.starts_with('/'),
            "absolute member path {:?}",
            member.path
        );
        assert!(
            !member.path.split('/').any(|c| c == ".."),
            "'..' in member path {:?}",
            member.path
        );
        assert!(
            !member.path.chars().any(char::is_control),
            "control character in {:?}",
            member.path
        );
        assert!(member.data.len() as u64 <= options.limits.max_member_bytes);
        total += member.data.len() as u64;
    }
    assert!(total <= options.limits.max_total_bytes);
    assert!(package.members.len() <= options.limits.max_members + 1);
});
