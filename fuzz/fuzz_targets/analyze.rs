//! Decoding, parsing and analysing arbitrary bytes as a Python file (and as a `.pth` file).
#![no_main]

use libfuzzer_sys::fuzz_target;
use wheelhound_analysis::{AnalysisOptions, analyze_python};

/// The stack wheelhound gives its analysis threads (`scan_streaming`).
const STACK: usize = 256 << 20;

fuzz_target!(|data: &[u8]| {
    let bytes = data.to_vec();
    let run = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            let options = AnalysisOptions::default();
            let (path, rest) = match bytes.split_first() {
                Some((b, rest)) if b % 8 == 0 => ("pkg/mod.pth", rest),
                Some((b, rest)) if b % 8 == 1 => ("setup.py", rest),
                _ => ("pkg/mod.py", &bytes[..]),
            };
            let analysis = analyze_python(path, rest, &options);
            assert_eq!(analysis.bytes, rest.len());
        });
    match run {
        // A panic on the analysis thread must fail the fuzz run, not be swallowed.
        Ok(handle) => {
            if let Err(panic) = handle.join() {
                std::panic::resume_unwind(panic);
            }
        }
        Err(e) => panic!("cannot spawn the analysis thread: {e}"),
    }
});
