//! End-to-end tests of the `wheelhound` binary on the synthetic examples.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(clippy::indexing_slicing)]

use std::path::PathBuf;
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use serde_json::Value;

const EVIL: &str = "examples/demo-evil-0.1";
const GOOD: &str = "examples/demo-good-0.1";
const SOCKETAI_KEYS: [&str; 12] = [
    "purpose",
    "sources",
    "sinks",
    "flows",
    "anomalies",
    "analysis",
    "conclusion",
    "confidence",
    "obfuscated",
    "malware",
    "securityRisk",
    "report_number",
];
const BOUND_FLAGS: [&str; 12] = [
    "--max-total-bytes",
    "--max-member-bytes",
    "--max-ratio",
    "--max-members",
    "--max-depth",
    "--max-download-bytes",
    "--max-parse-bytes",
    "--max-layer-depth",
    "--max-layer-bytes",
    "--max-decode-bytes",
    "--max-syntax-depth",
    "--max-file-seconds",
];

/// The repository root, so inputs can be given as short relative paths and compared verbatim.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn wheelhound() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wheelhound"));
    cmd.current_dir(root()).env_remove("NO_COLOR");
    cmd
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let output = wheelhound().args(args).output().unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

/// Keys of a flat JSON object in document order (serde_json's map would sort them).
fn keys_in_order(line: &str) -> Vec<String> {
    struct Keys<'a>(&'a mut Vec<String>);
    impl<'de> serde::de::Visitor<'de> for Keys<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<String>()? {
                let _: serde::de::IgnoredAny = map.next_value()?;
                self.0.push(key);
            }
            Ok(())
        }
    }
    let mut keys = Vec::new();
    let mut de = serde_json::Deserializer::from_str(line);
    serde::Deserializer::deserialize_map(&mut de, Keys(&mut keys)).unwrap();
    keys
}

// ---- usage errors (exit 2) ----

#[test]
fn no_inputs_is_a_usage_error() {
    let r = run(&["scan"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

#[test]
fn unknown_format_is_a_usage_error() {
    let r = run(&["scan", "--format", "xml", GOOD]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

#[test]
fn missing_path_is_rejected_before_anything_is_scanned() {
    let r = run(&["scan", "--format", "jsonl", GOOD, "does/not/exist.tar.gz"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("wheelhound: error: does/not/exist.tar.gz: "),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty(), "nothing may be scanned: {}", r.stdout);
}

#[test]
fn every_rejected_input_is_reported() {
    let r = run(&["scan", "nope-1", "pypi:", "nope-2"]);
    assert_eq!(r.code, 2);
    for input in ["nope-1", "pypi:", "nope-2"] {
        assert!(
            r.stderr.contains(&format!("wheelhound: error: {input}: ")),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn unwritable_output_is_a_usage_error() {
    let r = run(&["scan", "-o", "/nonexistent-dir/wheelhound/out.json", GOOD]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("wheelhound: error: /nonexistent-dir/wheelhound/out.json: "),
        "{}",
        r.stderr
    );
}

#[test]
fn bad_size_is_a_usage_error() {
    assert_eq!(run(&["scan", "--max-total-bytes", "lots", GOOD]).code, 2);
}

#[test]
fn help_mentions_every_bound_with_its_default() {
    let r = run(&["scan", "--help"]);
    assert_eq!(r.code, 0);
    for flag in BOUND_FLAGS {
        assert!(r.stdout.contains(flag), "{flag} missing from help");
    }
    assert!(r.stdout.contains("[default: 512MiB]"), "{}", r.stdout);
    // 16 MiB: the parse cap and the decoding-step cap.
    for default in ["[default: 16MiB]", "[default: 2000]", "[default: 10]"] {
        assert!(
            r.stdout.contains(default),
            "{default} missing: {}",
            r.stdout
        );
    }
    assert!(r.stdout.contains("Exit status"), "{}", r.stdout);
}

// ---- end to end on the examples (need the full pipeline) ----

#[test]
fn jsonl_gives_one_line_per_package_in_input_order() {
    let r = run(&["scan", "--format", "jsonl", EVIL, GOOD]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let lines = json_lines(&r.stdout);
    assert_eq!(lines.len(), 2, "{}", r.stdout);
    assert_eq!(lines[0]["input"], EVIL);
    assert_eq!(lines[0]["verdict"], "malicious");
    assert!(lines[0]["malware"].as_f64().unwrap() >= 0.7);
    assert_eq!(lines[1]["input"], GOOD);
    assert_eq!(lines[1]["verdict"], "benign");
    assert!(lines[1]["malware"].is_number());
}

#[test]
fn benign_package_alone_exits_zero() {
    let r = run(&["scan", "--format", "jsonl", GOOD]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(json_lines(&r.stdout)[0]["verdict"], "benign");
}

#[test]
fn fail_on_never_exits_zero() {
    assert_eq!(
        run(&["scan", "--format", "jsonl", "--fail-on", "never", EVIL]).code,
        0
    );
}

#[test]
fn fail_on_suspicious_trips_on_malicious() {
    assert_eq!(
        run(&["scan", "--format", "jsonl", "--fail-on", "suspicious", EVIL]).code,
        1
    );
}

#[test]
fn socketai_lines_have_exactly_the_reference_keys() {
    let r = run(&["scan", "--format", "socketai", EVIL, GOOD]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.lines().count() >= 1);
    for line in r.stdout.lines() {
        assert_eq!(keys_in_order(line), SOCKETAI_KEYS);
    }
}

#[test]
fn sarif_is_a_2_1_0_log() {
    let r = run(&["scan", "--format", "sarif", EVIL, GOOD]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let log: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for result in results {
        assert!(result["ruleId"].is_string());
    }
}

#[test]
fn json_is_one_array() {
    let r = run(&["scan", "--format", "json", EVIL, GOOD]);
    let doc: Value = serde_json::from_str(&r.stdout).unwrap();
    let items = doc.as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["input"], EVIL);
}

#[test]
fn single_python_file_is_an_input() {
    let input = "examples/demo-evil-0.1/setup.py";
    let r = run(&["scan", "--format", "jsonl", "--fail-on", "never", input]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = json_lines(&r.stdout);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["input"], input);
    assert_ne!(lines[0]["verdict"], "error");
    assert_ne!(lines[0]["verdict"], "benign");
}

#[test]
fn text_is_plain_off_a_terminal_and_ends_with_the_summary() {
    let r = run(&["scan", EVIL, GOOD]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(!r.stdout.contains('\x1b'));
    assert!(
        r.stdout.starts_with("MALICIOUS  examples/demo-evil-0.1"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .ends_with("2 packages: 1 malicious, 0 suspicious, 1 benign, 0 errors\n"),
        "{}",
        r.stdout
    );
    let quiet = run(&["scan", "--quiet", GOOD]);
    assert!(!quiet.stdout.contains("packages:"), "{}", quiet.stdout);
}

#[test]
fn color_always_colours_the_verdict() {
    let r = run(&["scan", "--color", "always", EVIL]);
    assert!(
        r.stdout.starts_with("\x1b[1;31mMALICIOUS"),
        "{:?}",
        r.stdout
    );
}

#[test]
fn output_file_receives_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.jsonl");
    let r = run(&[
        "scan",
        "--format",
        "jsonl",
        "-o",
        path.to_str().unwrap(),
        GOOD,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(json_lines(&written)[0]["input"], GOOD);
}

#[test]
fn closed_pipe_exits_quietly() {
    let mut child = StdCommand::new(env!("CARGO_BIN_EXE_wheelhound"))
        .current_dir(root())
        .args(["scan", "--format", "jsonl", EVIL, GOOD, EVIL, GOOD])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{:?} {stderr}",
        output.status
    );
}

#[test]
fn rules_lists_every_detector() {
    let r = run(&["rules"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.lines().count() >= 10, "{}", r.stdout);
    assert!(
        r.stdout
            .lines()
            .any(|l| l.starts_with("WH120  process-spawn")),
        "{}",
        r.stdout
    );
}
