//! WH180 import-obfuscation: reaching modules and builtins through computed names.

use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::Ranged;

use crate::finding::{Category, ExecContext, Rule};
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH180",
    name: "import-obfuscation",
    description: "Imports a module or reaches a builtin through a computed name (__import__, importlib, getattr, globals()[...])",
    rationale: "Spelling `exec` as getattr(__builtins__, 'ex'+'ec') or importing 'o'+'s' exists only to \
                defeat text search. `__import__('pkg_resources')` with a plain literal is an old, \
                harmless idiom and weighs almost nothing.",
    category: Category::Anomaly,
};

const DANGEROUS_BUILTINS: &[&str] = &[
    "exec",
    "eval",
    "compile",
    "__import__",
    "open",
    "execfile",
    "getattr",
];

/// Modules whose names malware hides: process, network, encoding, code loading.
fn is_dangerous_module(module: &str) -> bool {
    let top = module.split('.').next().unwrap_or(module);
    matches!(
        top,
        "os" | "subprocess"
            | "socket"
            | "base64"
            | "builtins"
            | "__builtin__"
            | "urllib"
            | "urllib2"
            | "requests"
            | "ctypes"
            | "marshal"
            | "zlib"
            | "codecs"
            | "pty"
            | "shutil"
            | "http"
            | "httplib"
            | "winreg"
            | "_winreg"
            | "binascii"
            | "lzma"
            | "bz2"
            | "pickle"
            | "importlib"
            | "sys"
    )
}

fn is_plain_string(expr: &Expr) -> bool {
    matches!(expr, Expr::StringLiteral(_))
}

/// `__import__(...)`, `importlib.import_module(...)`, and dangerous builtins reached indirectly.
/// How many `table[i]` operands a `+` chain adds up.
fn character_picks(expr: &Expr) -> usize {
    match expr {
        Expr::BinOp(binop) if matches!(binop.op, ruff_python_ast::Operator::Add) => {
            character_picks(&binop.left) + character_picks(&binop.right)
        }
        Expr::Subscript(subscript)
            if matches!(&*subscript.slice, Expr::NumberLiteral(_) | Expr::UnaryOp(_)) =>
        {
            1
        }
        _ => 0,
    }
}

/// Picks that make a name spelled letter by letter (`t[1] + t[8] + t[13] + t[0]`). Plugin
/// loaders join words (`"pkg." + name`); only obfuscators spell a module out of a string table.
const SPELLED_PICKS: usize = 3;

/// Picks past which a spelled name is a whole word hidden letter by letter (`binascii` took
/// eight in one obfuscator): no loader has a reason to do that, so while the package loads it
/// is malicious on its own.
const LONG_SPELLED_PICKS: usize = 6;

pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    let context = checker.context();
    let weak = matches!(context, ExecContext::Runtime | ExecContext::TestOrDocs);
    if matches!(
        qualname,
        "__import__" | "importlib.import_module" | "importlib.__import__"
    ) {
        let Some(arg) = call.arguments.args.first() else {
            return;
        };
        if is_plain_string(arg) || checker.passed_in(arg) {
            return;
        }
        let picks = character_picks(arg);
        match checker.fold(arg).and_then(|v| v.as_text()) {
            // Plugin loaders build names like "xml.etree." + name; hiding `os` or `base64` from
            // text search is the tell.
            Some(module) => checker.report(
                &RULE,
                call.range(),
                format!("{qualname} imports `{module}` through a computed name"),
                match (is_dangerous_module(&module), weak) {
                    (true, false) => 0.45,
                    (true, true) => 0.15,
                    (false, _) => 0.02,
                },
                vec!["obfuscation", "computed-import"],
            ),
            None if picks >= SPELLED_PICKS => checker.report(
                &RULE,
                call.range(),
                format!(
                    "{qualname} imports a module whose name is spelled one character at a time ({picks} picks from a table)"
                ),
                match context {
                    ExecContext::Install | ExecContext::Import if picks >= LONG_SPELLED_PICKS => {
                        0.7
                    }
                    ExecContext::Install | ExecContext::Import => 0.6,
                    ExecContext::Runtime => 0.4,
                    ExecContext::TestOrDocs => 0.1,
                },
                vec!["obfuscation", "computed-import"],
            ),
            None => checker.report(
                &RULE,
                call.range(),
                format!("{qualname} imports a module named at run time"),
                if weak { 0.01 } else { 0.05 },
                vec!["dynamic-import"],
            ),
        }
        return;
    }
    if qualname == "getattr" {
        check_computed_builtin(checker, call, context);
        return;
    }
    // `globals()['__builtins__'].get(<spelled>)` resolves to the builtin itself.
    if call
        .arguments
        .args
        .first()
        .is_some_and(|name| !is_plain_string(name))
        && let Some(folded) = checker.scopes.builtins_lookup(call)
    {
        check_spelled_builtin(
            checker,
            call,
            &folded,
            context,
            "a lookup in the builtins mapping reaches",
        );
        return;
    }
    if DANGEROUS_BUILTINS.contains(&qualname) && !matches!(&*call.func, Expr::Name(_)) {
        check_indirect_builtin(checker, &call.func, qualname);
    }
}

/// `getattr(__builtins__, <name computed at run time>)`. Interpreters and linters look builtins
/// up by a name they were given, inside functions; loading code that does it, or a name spelled
/// from characters of other objects' text (`oct.__str__()[-3]`), hides which builtin runs.
fn check_computed_builtin(checker: &mut Checker, call: &ExprCall, context: ExecContext) {
    let [target, name, ..] = call.arguments.args.as_ref() else {
        return;
    };
    let on_builtins = matches!(target, Expr::Name(n) if n.id.as_str() == "__builtins__")
        || checker
            .qualname(target)
            .is_some_and(|q| matches!(q.as_str(), "builtins" | "__builtins__" | "__globals__"));
    if !on_builtins || is_plain_string(name) {
        return;
    }
    if let Some(folded) = checker.fold(name).and_then(|v| v.as_text()) {
        check_spelled_builtin(checker, call, &folded, context, "getattr reaches");
        return;
    }
    // `{n: getattr(__builtins__, n) for n in SAFE_NAMES}`: the names are those listed, an
    // allow-list of a sandbox, unless one of them runs code.
    if let Expr::Name(loop_name) = name
        && let Some(values) = checker.loop_domain(loop_name.id.as_str())
    {
        let dangerous: Vec<&String> = values
            .iter()
            .filter(|v| DANGEROUS_BUILTINS.contains(&v.as_str()) || v.as_str() == "getattr")
            .collect();
        // `frozenset(getattr(builtins, n) for n in DENIED)` over `eval`, `exec`, `compile`,
        // `getattr`…: a deserializer's deny-list, resolved to compare identities. A payload
        // reaches the one builtin it needs and calls it.
        if dangerous.len() >= DENY_LIST_BUILTINS && !called_in_place(checker, call) {
            return;
        }
        if let Some(danger) = dangerous.first().map(|v| (*v).clone()) {
            check_spelled_builtin(checker, call, &danger, context, "getattr reaches");
        }
        return;
    }
    // `{getattr(builtins, n): n for n in dir(builtins)}`: a table of every builtin is
    // introspection; calling the one reached there and then is still a choice that hides.
    if let Expr::Name(loop_name) = name
        && checker.enumerates_attributes(loop_name.id.as_str())
        && !called_in_place(checker, call)
    {
        return;
    }
    let spelled = checker
        .text
        .get(name.range().start().to_usize()..name.range().end().to_usize())
        .unwrap_or("");
    let picked = spelled.contains('[')
        && ["__str__", "__doc__", "__name__", "__repr__", "str("]
            .iter()
            .any(|source| spelled.contains(source));
    // `getattr(__builtins__, name, OSError)`: a lookup with a fallback is a compatibility
    // shim finding a class that newer Pythons have; a hidden `exec` needs no default.
    let with_fallback = call.arguments.args.len() >= 3;
    let severity = match (context, picked) {
        (ExecContext::TestOrDocs, true) => 0.2,
        (ExecContext::TestOrDocs, false) => 0.01,
        (_, true) => 0.7,
        (ExecContext::Install | ExecContext::Import, false) if with_fallback => 0.1,
        (ExecContext::Install | ExecContext::Import, false) => 0.45,
        (ExecContext::Runtime, false) => 0.03,
    };
    checker.report(
        &RULE,
        call.range(),
        if picked {
            format!(
                "getattr reaches a builtin whose name is spelled from characters of other objects' text: `{}`",
                crate::text::shorten(spelled, 80)
            )
        } else {
            format!(
                "getattr reaches a builtin named at run time: `{}`",
                crate::text::shorten(spelled, 80)
            )
        },
        severity,
        vec!["obfuscation", "indirect-builtin"],
    );
}

/// Code-running builtins a loop over names must cover to be a deny-list (see
/// `check_computed_builtin`).
const DENY_LIST_BUILTINS: usize = 3;

/// True when the call's result is called right away: `getattr(builtins, name)(code)`.
fn called_in_place(checker: &Checker, call: &ExprCall) -> bool {
    checker
        .text
        .get(call.range().end().to_usize()..)
        .is_some_and(|rest| rest.trim_start().starts_with('('))
}

/// `getattr(builtins, ''.join(chr(c) for c in [95, 95, 105, …]))`: the builtin is known once
/// folded, but the text hides it. Compatibility code names builtins in plain strings; a name
/// spelled from codes, pieces or a decoder is hiding what runs.
fn check_spelled_builtin(
    checker: &mut Checker,
    call: &ExprCall,
    builtin: &str,
    context: ExecContext,
    how: &str,
) {
    let runs_code = DANGEROUS_BUILTINS.contains(&builtin) || builtin == "getattr";
    let severity = match (context, runs_code) {
        (ExecContext::TestOrDocs, _) => 0.03,
        (ExecContext::Install | ExecContext::Import, true) => 0.55,
        (ExecContext::Runtime, true) => 0.35,
        (ExecContext::Install | ExecContext::Import, false) => 0.2,
        (ExecContext::Runtime, false) => 0.05,
    };
    checker.report(
        &RULE,
        call.range(),
        format!("{how} the builtin `{builtin}` through a name spelled at run time"),
        severity,
        vec!["obfuscation", "indirect-builtin", "spelled-builtin"],
    );
}

fn check_indirect_builtin(checker: &mut Checker, func: &Expr, qualname: &str) {
    let spelled = checker
        .text
        .get(func.range().start().to_usize()..func.range().end().to_usize())
        .unwrap_or("");
    // `builtins.exec` spelled out is unusual but not hidden; a computed spelling is.
    let computed = !spelled.contains(qualname) || spelled.contains("__import__(");
    let severity = if computed { 0.55 } else { 0.2 };
    let context = checker.context();
    let severity = if context == ExecContext::TestOrDocs {
        severity * 0.3
    } else {
        severity
    };
    checker.report(
        &RULE,
        func.range(),
        format!(
            "reaches the builtin `{qualname}` indirectly as `{}`",
            crate::text::shorten(spelled, 80)
        ),
        severity,
        vec!["obfuscation", "indirect-builtin"],
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_table_of_every_builtin_is_introspection_but_calling_one_is_not() {
        let table = "import builtins\nNAMES = {id(getattr(builtins, n)): n for n in sorted(dir(builtins))}\n";
        assert_eq!(
            crate::rules::testing::max_severity("p/pkg/__init__.py", table, "WH180"),
            0.0
        );
        let called = "import builtins\nfor n in dir(builtins):\n    if n[::-1] == 'cexe':\n        getattr(builtins, n)(payload)\n";
        assert!(crate::rules::testing::max_severity("p/pkg/__init__.py", called, "WH180") >= 0.4);
    }

    use crate::rules::testing::max_severity;

    #[test]
    fn builtins_looked_up_from_a_constant_allow_list_are_those_listed() {
        let safe = "SAFE = frozenset({'len', 'str', 'min'})\nB = {n: getattr(__builtins__, n) for n in SAFE}\n";
        assert_eq!(max_severity("p/pkg/safe.py", safe, "WH180"), 0.0);
        let unsafe_list =
            "NAMES = ['len', 'exec']\nB = {n: getattr(__builtins__, n) for n in NAMES}\n";
        assert!(max_severity("p/pkg/safe.py", unsafe_list, "WH180") > 0.0);
        let unknown = "import sys\nB = {n: getattr(__builtins__, n) for n in sys.argv}\n";
        assert!(max_severity("p/pkg/safe.py", unknown, "WH180") >= 0.4);
        // A class newer Pythons have, with a fallback: PyAV's error classes.
        let shim = "def extend(name):\n    return getattr(__builtins__, name, OSError)\nextend(ERRORS[0])\n";
        assert!(max_severity("p/pkg/error.py", shim, "WH180") < 0.2);
        // A deserializer's deny-list resolved to objects, compared by identity.
        let denied = "import builtins\nDENIED = frozenset({'eval', 'exec', 'compile', '__import__', 'open'})\nOBJECTS = frozenset([getattr(builtins, n) for n in DENIED])\n";
        assert!(max_severity("p/pkg/security.py", denied, "WH180") < 0.1);
        let runs = "import builtins\nfor n in ['eval', 'exec', 'compile']:\n    getattr(builtins, n)('1')\n";
        assert!(max_severity("p/pkg/__init__.py", runs, "WH180") >= 0.4);
    }

    #[test]
    fn builtins_reached_through_spelled_names_are_obfuscation() {
        // localization-utils: `getattr`, `__import__` and `chr` fetched from the builtins by
        // names written as character codes, through a short alias of `"".join`.
        let code = "globe = globals\n_ = ''.join\n__ = getattr(globe()[_([chr(c) for c in [95, 95, 98, 117, 105, 108, 116, 105, 110, 115, 95, 95]])], _([chr(c) for c in [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]]))\n";
        assert!(max_severity("p/pkg/mod.py", code, "WH180") >= 0.5);
        let mapping = "_ = ''.join\nx = globals()['__builtins__'].get(_([chr(c) for c in [101, 120, 101, 99]]))\n";
        assert!(max_severity("p/pkg/mod.py", mapping, "WH180") >= 0.5);
        // Compatibility code names the builtin in plain text.
        let compat = "import builtins\nexec_ = getattr(builtins, 'exec')\n";
        assert!(max_severity("p/pkg/mod.py", compat, "WH180") < 0.3);
    }

    #[test]
    fn module_names_spelled_letter_by_letter_are_obfuscation() {
        let code = "class K:\n    def __init__(self):\n        self.t = 'abinstx'\n        m = __import__(self.t[1] + self.t[2] + self.t[3] + self.t[0])\nK()\n";
        assert!(max_severity("p/pkg/mod.py", code, "WH180") >= 0.4);
        // A whole word spelled from a table that does not fold, while the package loads.
        let hidden = "class K:\n    def __init__(self, t):\n        __import__(t[1] + t[8] + t[13] + t[0] + t[18] + t[2] + t[8] + t[8])\nK(input())\n";
        let long = max_severity("p/pkg/__init__.py", hidden, "WH180");
        assert!(long >= 0.7, "{long}");
        let short = max_severity(
            "p/pkg/__init__.py",
            &hidden.replace(" + t[18] + t[2] + t[8] + t[8]", ""),
            "WH180",
        );
        assert!((0.4..0.7).contains(&short), "{short}");
        let plugin = "import importlib\ndef load(name):\n    return importlib.import_module('plugins.' + name)\n";
        assert!(max_severity("p/pkg/mod.py", plugin, "WH180") < 0.1);
    }

    #[test]
    fn computed_names_trigger() {
        assert!(max_severity("p/pkg/m.py", "m = __import__('o' + 's')\n", "WH180") >= 0.4);
        assert!(
            max_severity(
                "p/pkg/m.py",
                "getattr(__builtins__, 'ex' + 'ec')('x')\n",
                "WH180"
            ) >= 0.5
        );
        assert!(max_severity("p/pkg/m.py", "globals()['ev'+'al']('1')\n", "WH180") >= 0.5);
    }

    #[test]
    fn builtins_named_at_run_time_trigger_while_loading() {
        let picked = "f = getattr(__builtins__, oct.__str__()[-3 << 0] + hex.__str__()[-1 << 2])\n";
        assert!(max_severity("p/setup.py", picked, "WH180") >= 0.7);
        assert!(max_severity("p/pkg/m.py", &format!("def f():\n    {picked}"), "WH180") >= 0.7);
        let computed = "import builtins\nf = getattr(builtins, NAMES[3])\n";
        assert!(max_severity("p/pkg/__init__.py", computed, "WH180") >= 0.4);
        let lookup =
            "import builtins\ndef resolve(name):\n    return getattr(builtins, name, None)\n";
        assert!(max_severity("p/pkg/m.py", lookup, "WH180") < 0.05);
    }

    #[test]
    fn plain_idioms_do_not() {
        assert_eq!(
            max_severity(
                "p/pkg/__init__.py",
                "__import__('pkg_resources').declare_namespace(__name__)\n",
                "WH180"
            ),
            0.0
        );
        assert_eq!(
            max_severity(
                "p/pkg/m.py",
                "import importlib\nm = importlib.import_module('json')\n",
                "WH180"
            ),
            0.0
        );
    }
}
