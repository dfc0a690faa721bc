//! The `wheelhound` command: parses arguments, runs the library, renders, picks the exit status.

mod cli;

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use wheelhound::{InputSpec, LoadOptions, ScanOptions, scan_streaming};
use wheelhound_analysis::rules::ALL as RULES;
use wheelhound_render::{Renderer, RuleText, TextOptions};

use cli::{Cli, ColorArg, Command, ScanArgs};

/// mimalloc instead of the system allocator: parsing, walking and dropping syntax trees
/// allocate and free millions of small blocks, which cost glibc's malloc about a fifth of the
/// scan time (docs/benchmarks.md, "Where wheelhound's time goes").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Evidence lines per file in text output unless `--verbose`.
const EVIDENCE_SHOWN: usize = 5;

fn main() -> ExitCode {
    // clap exits by itself: 2 on usage errors, 0 for --help and --version.
    let cli = Cli::parse();
    match cli.command {
        Command::Scan(args) => scan(&args),
        Command::Rules => rules(),
    }
}

/// Writes a diagnostic; a closed stderr must not turn into a panic, so failures are ignored.
fn complain(message: &str) {
    let _ = writeln!(io::stderr().lock(), "wheelhound: error: {message}");
}

fn scan(args: &ScanArgs) -> ExitCode {
    let Some(inputs) = parse_inputs(&args.inputs) else {
        return ExitCode::from(2);
    };
    let (out, to_terminal): (Box<dyn Write>, bool) = match &args.output {
        Some(path) => match File::create(path) {
            Ok(file) => (Box::new(BufWriter::new(file)), false),
            Err(e) => {
                complain(&format!("{}: {e}", path.display()));
                return ExitCode::from(2);
            }
        },
        // Not locked: a lock held for the whole scan would deadlock any worker that printed.
        None => (
            Box::new(BufWriter::new(io::stdout())),
            io::stdout().is_terminal(),
        ),
    };
    let color = match args.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let text = TextOptions {
        color,
        max_evidence: if args.verbose {
            None
        } else {
            Some(EVIDENCE_SHOWN)
        },
    };
    let mut renderer = match Renderer::with_rule_text(args.format.into(), text, rule_text(), out) {
        Ok(renderer) => renderer,
        Err(e) => return write_failed(&e, false),
    };
    let options = ScanOptions {
        load: LoadOptions {
            limits: args.limits(),
            password: args.password.as_ref().map(|p| p.as_bytes().to_vec()),
            index_url: args.index_url.clone(),
            dist: args.dist.into(),
        },
        all_files: args.all_files,
        jobs: args.jobs.map(|n| n.get()),
        analysis: args.analysis(),
    };
    let fail_on = args.fail_on;
    let mut tripped = false;
    scan_streaming(&inputs, &options, &mut |report| {
        tripped |= fail_on.trips(report.verdict);
        if let Err(e) = renderer.package(&report) {
            // Stop the whole scan: nobody is reading any more (or the disk is full).
            std::process::exit(exit_status(&e, tripped));
        }
    });
    match renderer.finish(args.quiet) {
        Ok(_) => ExitCode::from(u8::from(tripped)),
        Err(e) => write_failed(&e, tripped),
    }
}

/// Prints the detector table; a closed pipe ends it quietly.
fn rules() -> ExitCode {
    let width = RULES.iter().map(|r| r.name.len()).max().unwrap_or(0);
    let mut out = BufWriter::new(io::stdout().lock());
    let written = RULES
        .iter()
        .try_for_each(|r| writeln!(out, "{}  {:<width$}  {}", r.id, r.name, r.description))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => write_failed(&e, false),
    }
}

/// Descriptions for the SARIF rule table, from the detector registry.
fn rule_text() -> BTreeMap<String, RuleText> {
    RULES
        .iter()
        .map(|r| {
            let text = RuleText {
                description: r.description.to_owned(),
                rationale: r.rationale.to_owned(),
            };
            (r.id.to_owned(), text)
        })
        .collect()
}

/// Validates every input before anything is scanned, reporting all rejects at once.
fn parse_inputs(raw: &[String]) -> Option<Vec<(String, InputSpec)>> {
    let mut parsed = Vec::with_capacity(raw.len());
    let mut ok = true;
    for input in raw {
        match wheelhound_input::parse_input(input) {
            Ok(spec) => parsed.push((input.clone(), spec)),
            Err(e) => {
                complain(&format!("{input}: {e}"));
                ok = false;
            }
        }
    }
    ok.then_some(parsed)
}

/// A closed pipe (`| head`) is a normal way to stop reading: exit quietly with the status earned
/// so far. Any other write failure is a usage-level problem with the output (status 2).
fn exit_status(error: &io::Error, tripped: bool) -> i32 {
    if error.kind() == io::ErrorKind::BrokenPipe {
        i32::from(tripped)
    } else {
        complain(&format!("writing output: {error}"));
        2
    }
}

fn write_failed(error: &io::Error, tripped: bool) -> ExitCode {
    ExitCode::from(u8::try_from(exit_status(error, tripped)).unwrap_or(2))
}
