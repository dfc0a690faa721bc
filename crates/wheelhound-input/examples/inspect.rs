//! Manual check: `cargo run -p wheelhound-input --example inspect -- INPUT [--wheel|--all]`
//! prints what the reader produced (origin, members, issues), without analysing anything.

use wheelhound_input::{DistKind, LoadOptions, load, parse_input};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dist = if args.iter().any(|a| a == "--wheel") {
        DistKind::Wheel
    } else if args.iter().any(|a| a == "--all") {
        DistKind::All
    } else {
        DistKind::Sdist
    };
    let options = LoadOptions {
        dist,
        ..LoadOptions::default()
    };
    for input in args.iter().filter(|a| !a.starts_with("--")) {
        let spec = match parse_input(input) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{input}: {e}");
                std::process::exit(2);
            }
        };
        for package in load(input, &spec, &options) {
            let origin = serde_json::to_string(&package.origin).unwrap_or_default();
            println!("{} origin={origin} fatal={}", package.input, package.fatal);
            for m in &package.members {
                println!("  {:>10}  {}", m.size, m.path);
            }
            for i in &package.issues {
                println!("  issue {:?}: {}", i.kind, i.message);
            }
        }
    }
}
