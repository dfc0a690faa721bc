//! Runs packages and their files in parallel and streams reports out in input order.

use rayon::prelude::*;

use crate::{InputSpec, PackageReport, ScanOptions};

/// Stack for analysis threads: ruff's parser grows its own stack, but walking and dropping a
/// syntax tree of a hostile 100,000-deep expression recurses; the memory is reserved, not touched.
const ANALYSIS_STACK_BYTES: usize = 256 << 20;

/// Scans every input in parallel and hands each package report to `emit` as soon as it and all
/// earlier ones are ready, so output follows input order and memory does not grow with the number
/// of inputs (at most a window of packages is held at once).
pub fn scan_streaming(
    inputs: &[(String, InputSpec)],
    options: &ScanOptions,
    emit: &mut dyn FnMut(PackageReport),
) {
    let threads = options
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
        .max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(ANALYSIS_STACK_BYTES)
        .thread_name(|i| format!("wheelhound-{i}"))
        .build();
    let window = threads * 4;
    let run = |chunk: &[(String, InputSpec)]| -> Vec<Vec<PackageReport>> {
        chunk
            .par_iter()
            .map(|(input, spec)| {
                wheelhound_input::load(input, spec, &options.load)
                    .into_iter()
                    .map(|package| crate::analyze_package(package, options))
                    .collect()
            })
            .collect()
    };
    for chunk in inputs.chunks(window) {
        let reports = match &pool {
            Ok(pool) => pool.install(|| run(chunk)),
            // Without a pool of our own, fall back to the global one rather than fail the scan.
            Err(_) => run(chunk),
        };
        for report in reports.into_iter().flatten() {
            emit(report);
        }
    }
}
