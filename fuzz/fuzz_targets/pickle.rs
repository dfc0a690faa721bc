//! The pickle opcode reader on arbitrary bytes: reads end as values, and what it keeps stays
//! within its bounds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wheelhound_analysis::pickle::read;

fuzz_target!(|data: &[u8]| {
    if let Some(contents) = read(data) {
        assert!(!contents.callables.is_empty());
        assert!(contents.callables.len() <= 64 && contents.strings.len() <= 64);
        assert!(contents.strings.iter().all(|s| s.len() <= 3 * 4096));
    }
});
