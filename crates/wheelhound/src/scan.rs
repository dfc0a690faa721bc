//! Runs packages and their files in parallel and streams reports out in input order.

use std::collections::BTreeMap;
use std::sync::mpsc;

use crate::{InputSpec, PackageReport, ScanOptions};

/// Stack for analysis threads: ruff's parser grows its own stack, but walking and dropping a
/// syntax tree of a hostile 100,000-deep expression recurses; the memory is reserved, not touched.
const ANALYSIS_STACK_BYTES: usize = 256 << 20;

/// How many packages per thread may be finished or in flight ahead of the one the output waits
/// for: enough to keep every core busy behind one slow package, few enough to bound memory.
const LOOK_AHEAD_PER_THREAD: usize = 16;

/// Scans every input in parallel and hands each package report to `emit` in input order, as
/// soon as it and all earlier ones are ready. A new package starts whenever one finishes (no
/// barrier between batches), and at most a bounded window of finished reports waits for output,
/// so memory does not grow with the number of inputs.
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
    let look_ahead = threads * LOOK_AHEAD_PER_THREAD;
    match &pool {
        Ok(pool) => pool.in_place_scope(|scope| drive(scope, inputs, options, look_ahead, emit)),
        // Without a pool of our own, fall back to the global one rather than fail the scan.
        Err(_) => rayon::in_place_scope(|scope| drive(scope, inputs, options, look_ahead, emit)),
    }
}

fn scan_one(input: &str, spec: &InputSpec, options: &ScanOptions) -> Vec<PackageReport> {
    wheelhound_input::load(input, spec, &options.load)
        .into_iter()
        .map(|package| crate::analyze_package(package, options))
        .collect()
}

fn drive<'s>(
    scope: &rayon::Scope<'s>,
    inputs: &'s [(String, InputSpec)],
    options: &'s ScanOptions,
    look_ahead: usize,
    emit: &mut dyn FnMut(PackageReport),
) {
    let (sender, receiver) = mpsc::channel::<(usize, Vec<PackageReport>)>();
    let submit = |index: usize| {
        let sender = sender.clone();
        scope.spawn(move |_| {
            // `index` is always below `inputs.len()`; were it not, an empty answer keeps the
            // emitting loop going.
            let reports = inputs
                .get(index)
                .map_or_else(Vec::new, |(input, spec)| scan_one(input, spec, options));
            // The receiver only goes away when the scan is over; nothing is lost then.
            let _ = sender.send((index, reports));
        });
    };
    let mut next_to_start = 0usize;
    let mut next_to_emit = 0usize;
    let mut finished: BTreeMap<usize, Vec<PackageReport>> = BTreeMap::new();
    while next_to_start < inputs.len() && next_to_start < look_ahead {
        submit(next_to_start);
        next_to_start += 1;
    }
    while next_to_emit < inputs.len() {
        let Ok((index, reports)) = receiver.recv() else {
            break;
        };
        finished.insert(index, reports);
        while let Some(reports) = finished.remove(&next_to_emit) {
            for report in reports {
                emit(report);
            }
            next_to_emit += 1;
        }
        while next_to_start < inputs.len() && next_to_start - next_to_emit < look_ahead {
            submit(next_to_start);
            next_to_start += 1;
        }
    }
}
