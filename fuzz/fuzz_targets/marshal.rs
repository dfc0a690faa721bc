//! The marshal reader and the bytecode renderer on arbitrary bytes, as a bare code object and as
//! a `.pyc`: reads fail as values and renderings stay within their bound.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wheelhound_analysis::bytecode::unmarshal_to_source;

const MAX: usize = 1 << 16;

fuzz_target!(|data: &[u8]| {
    for pyc in [false, true] {
        if let Some(text) = unmarshal_to_source(data, pyc, MAX) {
            // One statement may end past the bound by its own shortened length.
            assert!(text.len() <= 2 * MAX + 4096, "rendering of {} bytes", text.len());
        }
    }
});
