//! WH250 destruction: deleting the user's home directory, the file system root, the user's own
//! folders (Documents, Desktop, ...), or every entry directly under home or root; writing a
//! ransom note.

use ruff_python_ast::ExprCall;
use ruff_text_size::Ranged;

use crate::finding::{Category, ExecContext, Rule};
use crate::fold::UNKNOWN;
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH250",
    name: "destruction",
    description: "Deletes the home directory, the file system root, the user's Documents or Desktop, or whatever lies directly under home or root; writes a ransom note",
    rationale: "Wipers and protestware delete the user's files outright: `shutil.rmtree` of `~`, \
                or of every name `os.listdir(home)` returns. Programs delete what they made: \
                a cache, a build tree, a temporary folder, paths with a name of their own under \
                the home directory. A target with no known part below home or root is nobody's \
                own folder. While loading or installing it is sabotage; when called it is rare \
                enough to weigh a little. A note telling the user their files are encrypted and \
                asking for bitcoin is ransomware's, whenever it is written.",
    category: Category::Sink,
};

/// Calls that delete the path given as their first argument.
fn deletes(qualname: &str) -> bool {
    matches!(
        qualname,
        "shutil.rmtree"
            | "os.remove"
            | "os.unlink"
            | "os.rmdir"
            | "os.removedirs"
            | "send2trash.send2trash"
    ) || qualname.ends_with("Path().unlink")
        || qualname.ends_with("Path().rmdir")
}

/// The folders every desktop creates in the home directory for the user's own files.
const USER_FOLDERS: &[&str] = &[
    "documents",
    "my documents",
    "desktop",
    "pictures",
    "downloads",
    "music",
    "videos",
    "onedrive",
];

/// True when `path` (unknown parts as `…`) is the home directory or the file system root, or
/// an entry directly below one with no known name: every component is a home or root marker
/// or unknown, and at least one is a marker. `os.path.join(home, name)` for `name` listed from
/// `home` folds to `~/~/…`, which is that too.
pub fn is_user_wide_target(path: &str) -> bool {
    let normalized = path.trim().replace('\\', "/");
    if normalized.is_empty() {
        return false;
    }
    let lower = normalized.to_ascii_lowercase();
    let root = lower.starts_with('/') && lower.trim_start_matches('/').is_empty();
    let drive_root = lower.len() <= 3
        && lower
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_alphabetic)
        && lower.get(1..2) == Some(":")
        && lower
            .get(2..)
            .is_none_or(|rest| rest.is_empty() || rest == "/");
    if root || drive_root {
        return true;
    }
    let is_marker = |component: &str| {
        matches!(
            component,
            "~" | "$home" | "${home}" | "%userprofile%" | "%homepath%" | "%homedrive%"
        )
    };
    let mut components: Vec<&str> = lower.split('/').filter(|c| !c.is_empty()).collect();
    // `~/Documents/…/…`, whatever a walk of the folder finds at any depth: the user's files
    // too (one unknown entry, `~/Desktop/…`, may be a shortcut the program made).
    let known = components
        .iter()
        .rposition(|c| *c != UNKNOWN)
        .map_or(0, |last| last + 1);
    if known + 2 <= components.len()
        && known >= 2
        && components
            .get(known - 1)
            .is_some_and(|folder| USER_FOLDERS.contains(folder))
    {
        components.truncate(known);
    }
    // `~/Documents` itself: the user's own folder, which no program made (an entry named
    // inside it may be a shortcut or download the program did make).
    if components.len() >= 2
        && components
            .last()
            .is_some_and(|last| USER_FOLDERS.contains(last))
    {
        components.pop();
    }
    let mut markers = 0;
    for component in &components {
        if is_marker(component) {
            markers += 1;
        } else if *component != UNKNOWN {
            return false;
        }
    }
    markers > 0
}

/// Checks one call.
pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if super::writes_file(qualname) {
        check_ransom_note(checker, call);
        return;
    }
    if !deletes(qualname) {
        return;
    }
    let target = match call.arguments.args.first() {
        Some(argument) => argument,
        None => match &*call.func {
            // `Path.home().unlink()`: the receiver is the path.
            ruff_python_ast::Expr::Attribute(method) => &method.value,
            _ => return,
        },
    };
    let Some(path) = super::partial_text(checker, target) else {
        return;
    };
    if !is_user_wide_target(&path) {
        return;
    }
    let context = checker.context();
    // Files a walk finds deep in a user folder: a cleaner of partial downloads does that when
    // asked; a package doing it while loading is ransomware or a wiper.
    let walked = path
        .replace('\\', "/")
        .ends_with(&format!("/{UNKNOWN}/{UNKNOWN}"));
    let severity = match context {
        ExecContext::Install | ExecContext::Import => 0.85,
        ExecContext::Runtime if walked => 0.1,
        ExecContext::Runtime => 0.3,
        ExecContext::TestOrDocs => 0.05,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{qualname} deletes `{}` {}: the user's own files, not anything the program made",
            crate::text::shorten(&path, 80),
            context.phrase()
        ),
        severity,
        vec!["destruction"],
    );
}

/// Words of a ransom note's claim and of its demand.
const RANSOM_CLAIM: [&str; 5] = [
    "your files",
    "your data",
    "your documents",
    "all files",
    "your personal files",
];
const RANSOM_DEMAND: [&str; 7] = [
    "bitcoin",
    "btc",
    "monero",
    "ransom",
    "decryptor",
    "decryption key",
    "private key to decrypt",
];

/// True for text that tells its reader their files are encrypted and asks for payment: what
/// ransomware leaves beside what it encrypted. No program writes that about its user's files.
fn is_ransom_note(text: &str) -> bool {
    if text.len() > 64 << 10 {
        return false;
    }
    let lower = text.to_lowercase();
    lower.contains("encrypt")
        && RANSOM_CLAIM.iter().any(|claim| lower.contains(claim))
        && (RANSOM_DEMAND.iter().any(|demand| lower.contains(demand))
            || text
                .split(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '"' | '\''))
                .take(4_096)
                .any(|word| super::clipper::wallet_address(word).is_some()))
}

/// `open('README_RESTORE.txt', 'w').write('Your files are encrypted. Send 0.1 BTC to …')`.
fn check_ransom_note(checker: &mut Checker, call: &ExprCall) {
    let Some(text) = call
        .arguments
        .args
        .first()
        .and_then(|content| checker.fold(content))
        .and_then(|content| content.as_text())
    else {
        return;
    };
    if !is_ransom_note(&text) {
        return;
    }
    let context = checker.context();
    checker.report(
        &RULE,
        call.range(),
        format!(
            "writes a ransom note (`{}`) {}",
            crate::text::shorten(&text, 120),
            context.phrase()
        ),
        match context {
            ExecContext::Install | ExecContext::Import => 0.92,
            ExecContext::Runtime => 0.8,
            ExecContext::TestOrDocs => 0.1,
        },
        vec!["destruction", "ransom-note"],
    );
}

#[cfg(test)]
mod tests {
    use super::is_user_wide_target;

    #[test]
    fn a_note_demanding_payment_for_encrypted_files_is_ransomware() {
        let note = "import os\ndef finish(root):\n    open(os.path.join(root, 'README_RESTORE.txt'), 'w').write('Your files are encrypted. Send 0.1 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh')\n";
        assert!(max_severity("p/pkg/m.py", note, "WH250") >= 0.8);
        let wallet_only = "from pathlib import Path\ndef finish():\n    Path('HOW_TO.txt').write_text('All files on this machine were encrypted. Pay to 48edfHu7V9Z84YzzMa6fUueoELZ9ZRXq9VetWzYGzKt52XU5xvqgzYnDK9URnRoJMk1j8nLwEVsaSWJ4fhdUyZijBGUicoD')\n";
        assert!(max_severity("p/pkg/m.py", wallet_only, "WH250") >= 0.8);
        // Encryption tools tell their users what they did, without a demand.
        let tool = "def done(out):\n    open(out + '.txt', 'w').write('Your files were encrypted with your key; keep it safe.')\n";
        assert!(max_severity("p/pkg/m.py", tool, "WH250") < 0.1);
        let readme =
            "def doc():\n    open('SECURITY.md', 'w').write('We accept bitcoin donations.')\n";
        assert!(max_severity("p/pkg/m.py", readme, "WH250") < 0.1);
    }
    use crate::rules::testing::max_severity;

    #[test]
    fn home_root_and_their_unnamed_entries_are_user_wide() {
        for path in [
            "~",
            "~/",
            "/",
            "C:\\",
            "c:",
            "~/…",
            "~/~/…",
            "%USERPROFILE%\\…",
            "~/Documents",
            "%USERPROFILE%\\Desktop",
            "~/Documents/…/…",
        ] {
            assert!(is_user_wide_target(path), "{path}");
        }
        for path in [
            "~/.cache/pkg",
            "…/build",
            "/tmp/…",
            "…",
            "~/.config/…",
            "build/…",
            "~/Desktop/…",
            "~/Downloads/setup.exe",
            "Documents",
        ] {
            assert!(!is_user_wide_target(path), "{path}");
        }
    }

    #[test]
    fn deleting_what_a_walk_of_a_user_folder_finds() {
        let ransom = "import os\nfor root, _, files in os.walk(os.path.expanduser('~/Documents')):\n    for name in files:\n        os.remove(os.path.join(root, name))\n";
        assert!(max_severity("p/pkg/__init__.py", ransom, "WH250") >= 0.85);
        let cleaner = "import os\ndef clean():\n    for root, _, files in os.walk(os.path.expanduser('~/Downloads')):\n        for name in files:\n            if name.endswith('.part'):\n                os.remove(os.path.join(root, name))\n";
        assert!(max_severity("p/pkg/__init__.py", cleaner, "WH250") <= 0.1);
    }

    #[test]
    fn wiping_home_while_installing_is_severe() {
        let wiper = "import os, shutil\nhome = os.path.expanduser('~')\nfor name in os.listdir(home):\n    shutil.rmtree(os.path.join(home, name), ignore_errors=True)\n";
        assert!(max_severity("p/setup.py", wiper, "WH250") >= 0.85);
        let whole = "import shutil, pathlib\nshutil.rmtree(pathlib.Path.home())\n";
        assert!(max_severity("p/pkg/__init__.py", whole, "WH250") >= 0.85);
    }

    #[test]
    fn deleting_every_file_a_walk_of_home_finds_is_destruction() {
        let ransom = "import os\nfor root, dirs, files in os.walk(os.path.expanduser('~')):\n    for name in files:\n        p = os.path.join(root, name)\n        open(p + '.locked', 'wb').write(b'')\n        os.remove(p)\n";
        assert!(max_severity("p/pkg/__init__.py", ransom, "WH250") >= 0.85);
        let cache = "import os\nfor root, dirs, files in os.walk(os.path.expanduser('~/.cache/tool')):\n    for name in files:\n        os.remove(os.path.join(root, name))\n";
        assert_eq!(max_severity("p/pkg/__init__.py", cache, "WH250"), 0.0);
    }

    #[test]
    fn deleting_what_the_program_made_is_not_destruction() {
        for code in [
            "import os, shutil\nshutil.rmtree(os.path.expanduser('~/.cache/mytool'))\n",
            "import shutil, tempfile\nd = tempfile.mkdtemp()\nshutil.rmtree(d)\n",
            "import os\nfor f in os.listdir('build'):\n    os.remove(os.path.join('build', f))\n",
            "import os, shutil\ndef clean(path):\n    shutil.rmtree(path)\n",
        ] {
            assert!(max_severity("p/setup.py", code, "WH250") < 0.1, "{code}");
        }
        let called =
            "import os, shutil\ndef reset():\n    shutil.rmtree(os.path.expanduser('~'))\n";
        assert!(max_severity("p/pkg/tool.py", called, "WH250") <= 0.3);
    }
}
