//! Which functions run while a module loads: those called from its top level, directly, as a
//! thread target or an atexit hook, and transitively. Their bodies take the module's context
//! (import or install time) instead of "when called", because stealers define `def steal()` and
//! call it on the next line.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Stmt};

use crate::walker::MAX_WALK_DEPTH;

/// True for `__name__ == "__main__"` (either order).
pub fn is_main_guard(test: &Expr) -> bool {
    let Expr::Compare(compare) = test else {
        return false;
    };
    let sides = [
        &*compare.left,
        compare.comparators.first().unwrap_or(&compare.left),
    ];
    let has_name = sides
        .iter()
        .any(|e| matches!(e, Expr::Name(n) if n.id.as_str() == "__name__"));
    let has_main = sides
        .iter()
        .any(|e| matches!(e, Expr::StringLiteral(s) if s.value.to_str() == "__main__"));
    has_name && has_main
}

/// Names of module-level functions defined in `body`.
pub fn defined_functions(body: &[Stmt]) -> Vec<String> {
    body.iter()
        .filter_map(|stmt| match stmt {
            Stmt::FunctionDef(function) => Some(function.name.as_str().to_owned()),
            Stmt::ClassDef(class) => Some(class.name.as_str().to_owned()),
            _ => None,
        })
        .take(4_096)
        .collect()
}

/// Names the top level calls that the module does not define itself (imported helpers). With
/// `whole_script` (setup.py, a build script whose functions and command classes all run during
/// installation), calls inside its definitions count too.
///
/// `eager` names the module's own functions and methods (`Class.method`) that run while it
/// loads ([`functions_run_at_load`]): what they call of other modules runs as early, as in
/// `def _boot(): _sync.run()` started in a thread by the top level.
pub fn external_calls(body: &[Stmt], whole_script: bool, eager: &HashSet<String>) -> Vec<String> {
    let defined: HashSet<String> = defined_functions(body).into_iter().collect();
    let mut collector = CallCollector {
        names: Vec::new(),
        module_level: true,
        depth: 0,
        into_definitions: whole_script,
        instances: HashMap::new(),
    };
    collector.visit_body(body);
    if !whole_script && !eager.is_empty() {
        collector.module_level = false;
        for (name, function_body) in named_definitions(body) {
            if eager.contains(&name) {
                collector.visit_body(function_body);
            }
        }
    }
    let modules = imported_names(body);
    let mut names: Vec<String> = collector
        .names
        .into_iter()
        .flat_map(|name| match name.split_once('.') {
            // `module.function()` of a module this one imports calls that module's function;
            // `Probe().announce()` of a class it imports calls that class's method, which the
            // defining module knows as `Probe.announce`. The dunder names a constructor call
            // adds (`go.__init__`) are that class's methods, not functions of a module `go`.
            Some((receiver, function)) if modules.contains(receiver) && !function.contains('.') => {
                let method = (!function.starts_with("__")).then(|| function.to_owned());
                // Classes are named in CapWords; modules and functions are not.
                let class = receiver
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                    .then(|| name.clone());
                method.into_iter().chain(class).collect::<Vec<_>>()
            }
            Some(_) => Vec::new(),
            None => vec![name],
        })
        .filter(|name| !defined.contains(name) && !is_builtin_name(name))
        .collect();
    // `cmdclass={'install': PostInstall}` with `PostInstall` imported: pip runs that class's
    // methods, as `PostInstall.*` (every method of the class) says to the module defining it.
    if whole_script {
        names.extend(
            command_classes(body)
                .into_iter()
                .filter(|name| !defined.contains(name))
                .map(|name| format!("{name}.*")),
        );
    }
    names.sort_unstable();
    names.dedup();
    names.truncate(256);
    names
}

/// Names the module's top level binds by importing (`import helper`, `from . import _compat`,
/// `import pkg.util as util`): receivers whose methods are other modules' functions.
fn imported_names(body: &[Stmt]) -> HashSet<String> {
    let mut names = HashSet::new();
    for stmt in body.iter().take(4_096) {
        match stmt {
            Stmt::Import(import) => {
                for alias in import.names.iter().take(64) {
                    match &alias.asname {
                        Some(asname) => names.insert(asname.as_str().to_owned()),
                        None => names.insert(
                            alias
                                .name
                                .as_str()
                                .split('.')
                                .next()
                                .unwrap_or("")
                                .to_owned(),
                        ),
                    };
                }
            }
            Stmt::ImportFrom(import) => {
                for alias in import.names.iter().take(64) {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    names.insert(bound.as_str().to_owned());
                }
            }
            _ => {}
        }
    }
    names
}

/// The plain names given as command classes to `setup(cmdclass={...})` or `cmdclass=dict(...)`
/// anywhere in the script.
fn command_classes(body: &[Stmt]) -> Vec<String> {
    struct Finder {
        names: Vec<String>,
    }
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Some(commands) = crate::rules::keyword(call, "cmdclass")
            {
                let values: Vec<&Expr> = match commands {
                    Expr::Dict(dict) => dict.items.iter().map(|item| &item.value).collect(),
                    Expr::Call(inner) => {
                        inner.arguments.keywords.iter().map(|k| &k.value).collect()
                    }
                    _ => Vec::new(),
                };
                for value in values {
                    if let Expr::Name(name) = value
                        && self.names.len() < 64
                    {
                        self.names.push(name.id.as_str().to_owned());
                    }
                }
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut finder = Finder { names: Vec::new() };
    finder.visit_body(body);
    finder.names
}

/// Entry-point groups through which setuptools itself calls a package's function in every
/// later build in the same environment: `pip install` of any other sdist runs them.
pub const BUILD_HOOK_GROUPS: &[&str] = &[
    "setuptools.finalize_distribution_options",
    "distutils.setup_keywords",
    "egg_info.writers",
    "setuptools.file_finders",
];

/// Entry-point groups whose modules a test runner imports in every later run in the same
/// environment: a pytest plugin's module and its `pytest_*` hooks run whenever anyone runs
/// pytest there, in CI with its secrets.
pub const PLUGIN_GROUPS: &[&str] = &["pytest11"];

/// The `(module, function)` of each entry point a setup script registers in a group
/// setuptools runs on its own (see [`BUILD_HOOK_GROUPS`]):
/// `entry_points={'setuptools.finalize_distribution_options': ['x = pkg.hooks:run']}`.
pub fn build_hooks(body: &[Stmt]) -> Vec<(String, String)> {
    entry_point_targets(body, BUILD_HOOK_GROUPS)
        .into_iter()
        .filter_map(|target| {
            let (module, attribute) = target.split_once(':')?;
            let function = attribute.trim().split('.').next().unwrap_or("").trim();
            let module = module.trim();
            (!module.is_empty() && !function.is_empty())
                .then(|| (module.to_owned(), function.to_owned()))
        })
        .collect()
}

/// The modules a setup script registers as test-runner plugins (see [`PLUGIN_GROUPS`]):
/// `entry_points={'pytest11': ['fastcov = pytest_fastcov.plugin']}`.
pub fn plugin_modules(body: &[Stmt]) -> Vec<String> {
    entry_point_targets(body, PLUGIN_GROUPS)
        .into_iter()
        .filter_map(|target| {
            let module = target.split(':').next().unwrap_or("").trim();
            (!module.is_empty()).then(|| module.to_owned())
        })
        .collect()
}

/// The object references (`pkg.mod:function`, `pkg.mod`) of the entry points a setup script's
/// `entry_points={...}` literal declares in `groups`.
fn entry_point_targets(body: &[Stmt], groups: &[&str]) -> Vec<String> {
    struct Finder<'g> {
        groups: &'g [&'g str],
        targets: Vec<String>,
    }
    impl Finder<'_> {
        fn take(&mut self, spec: &str) {
            for line in spec.lines() {
                let target = line.split_once('=').map_or(line, |(_, target)| target);
                let target = target.split('[').next().unwrap_or(target).trim();
                if !target.is_empty() && self.targets.len() < 16 {
                    self.targets.push(target.to_owned());
                }
            }
        }
    }
    impl<'a> Visitor<'a> for Finder<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Some(Expr::Dict(groups)) = crate::rules::keyword(call, "entry_points")
            {
                for item in &groups.items {
                    let Some(Expr::StringLiteral(group)) = &item.key else {
                        continue;
                    };
                    if !self.groups.contains(&group.value.to_str()) {
                        continue;
                    }
                    match &item.value {
                        Expr::StringLiteral(spec) => self.take(spec.value.to_str()),
                        Expr::List(ruff_python_ast::ExprList { elts, .. })
                        | Expr::Tuple(ruff_python_ast::ExprTuple { elts, .. }) => {
                            for element in elts {
                                if let Expr::StringLiteral(spec) = element {
                                    self.take(spec.value.to_str());
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut finder = Finder {
        groups,
        targets: Vec::new(),
    };
    finder.visit_body(body);
    finder.targets
}

fn is_builtin_name(name: &str) -> bool {
    matches!(
        name,
        "print"
            | "len"
            | "open"
            | "str"
            | "int"
            | "dict"
            | "list"
            | "set"
            | "tuple"
            | "range"
            | "isinstance"
            | "setup"
            | "find_packages"
            | "exec"
            | "eval"
            | "getattr"
            | "setattr"
            | "hasattr"
            | "type"
            | "super"
            | "bytes"
            | "sorted"
            | "enumerate"
            | "zip"
            | "map"
            | "filter"
            | "min"
            | "max"
            | "any"
            | "all"
            | "repr"
            | "__import__"
            | "globals"
            | "locals"
            | "object"
            | "property"
            | "staticmethod"
            | "classmethod"
    )
}

/// Functions defined at module level, including inside module-level `if`, `try`, `with`,
/// `for` and `while` blocks (`if os.name == 'nt': def run(): ...`), which define module
/// globals all the same. Nested functions and methods are not module level.
pub fn module_level_functions(body: &[Stmt]) -> Vec<&ruff_python_ast::StmtFunctionDef> {
    let mut found = Vec::new();
    let mut pending: Vec<&[Stmt]> = vec![body];
    while let Some(block) = pending.pop() {
        for stmt in block {
            if found.len() >= 4_096 {
                return found;
            }
            if let Stmt::FunctionDef(function) = stmt {
                found.push(function);
            }
            push_compound_blocks(stmt, &mut pending);
        }
    }
    found
}

/// Pushes the blocks a compound statement holds (`if`/`elif`/`else`, `try` and its handlers,
/// `with`, `for`, `while`) onto `pending`: code at the same function level as the statement.
/// Definitions are not entered.
pub(crate) fn push_compound_blocks<'a>(stmt: &'a Stmt, pending: &mut Vec<&'a [Stmt]>) {
    match stmt {
        Stmt::If(s) => {
            pending.push(&s.body);
            pending.extend(s.elif_else_clauses.iter().map(|c| c.body.as_slice()));
        }
        Stmt::Try(s) => {
            pending.push(&s.body);
            pending.push(&s.orelse);
            pending.push(&s.finalbody);
            for handler in &s.handlers {
                let ruff_python_ast::ExceptHandler::ExceptHandler(h) = handler;
                pending.push(&h.body);
            }
        }
        Stmt::With(s) => pending.push(&s.body),
        Stmt::For(s) => pending.push(&s.body),
        Stmt::While(s) => pending.push(&s.body),
        _ => {}
    }
}

/// The module-level functions (`name`) and the methods of module-level classes
/// (`Class.method`: `Grabber().grab()` at the top level runs `Grabber.__init__` and
/// `Grabber.grab` while the module loads), with their bodies, functions first, each in the
/// order found.
fn named_definitions(body: &[Stmt]) -> Vec<(String, &[Stmt])> {
    let mut found: Vec<(String, &[Stmt])> = module_level_functions(body)
        .into_iter()
        .map(|function| (function.name.as_str().to_owned(), function.body.as_slice()))
        .collect();
    for stmt in body {
        if let Stmt::ClassDef(class) = stmt {
            for item in &class.body {
                if let Stmt::FunctionDef(method) = item {
                    found.push((
                        [class.name.as_str(), ".", method.name.as_str()].concat(),
                        &method.body,
                    ));
                }
            }
        }
    }
    found
}

/// Names of module-level functions that run while the module loads; `seeds` are functions
/// another module calls while loading. A module started as a program (`as_program`) also runs
/// its `__main__` block.
pub fn functions_run_at_load(body: &[Stmt], seeds: &[String], as_program: bool) -> HashSet<String> {
    let mut definitions: HashMap<String, &[Stmt]> = HashMap::new();
    for (name, function_body) in named_definitions(body) {
        if definitions.len() < 8_192 || !name.contains('.') {
            definitions.insert(name, function_body);
        }
    }
    let mut eager = HashSet::new();
    if definitions.is_empty() {
        return eager;
    }
    let mut pending: Vec<String> = called_names(body, !as_program);
    // Django calls every installed app's `AppConfig.ready()` as the project starts (each
    // `manage.py` command, each server worker): as early as an import.
    for stmt in body.iter().take(4_096) {
        if let Stmt::ClassDef(class) = stmt
            && class.arguments.as_ref().is_some_and(|arguments| {
                arguments.args.iter().any(|base| match base {
                    Expr::Name(name) => name.id.as_str() == "AppConfig",
                    Expr::Attribute(attribute) => attribute.attr.as_str() == "AppConfig",
                    _ => false,
                })
            })
        {
            pending.push(format!("{}.ready", class.name.as_str()));
        }
    }
    for seed in seeds {
        // `*.initialize`: that method of whichever class defines it (a build hook class,
        // named as its author likes).
        // `PostInstall.*`: every method of that class (a command class another script registers).
        if let Some(class) = seed.strip_suffix(".*") {
            let prefix = format!("{class}.");
            pending.extend(
                definitions
                    .keys()
                    .filter(|name| name.starts_with(&prefix))
                    .cloned(),
            );
            continue;
        }
        match seed.strip_prefix("*.") {
            Some(method) => pending.extend(
                definitions
                    .keys()
                    .filter(|name| {
                        name.rsplit_once('.')
                            .is_some_and(|(_, defined)| defined == method)
                    })
                    .cloned(),
            ),
            None => pending.push(seed.clone()),
        }
    }
    while let Some(name) = pending.pop() {
        if eager.len() >= 10_000 {
            break;
        }
        let Some(&function_body) = definitions.get(name.as_str()) else {
            continue;
        };
        let class = name.split_once('.').map(|(class, _)| class.to_owned());
        if eager.insert(name) {
            // `def _w(): def loop(): ...; Thread(target=loop).start()`: a helper defined
            // inside a function that runs at load runs too when that function calls it.
            for inner in module_level_functions(function_body) {
                if definitions.len() < 8_192 {
                    definitions
                        .entry(inner.name.as_str().to_owned())
                        .or_insert(&inner.body);
                }
            }
            for called in called_names(function_body, false) {
                // Inside a method, `self.helper()` is written `self.helper` by the collector.
                match (called.strip_prefix("self."), &class) {
                    (Some(method), Some(class)) => pending.push(format!("{class}.{method}")),
                    (Some(_), None) => {}
                    (None, _) => pending.push(called),
                }
            }
        }
    }
    eager
}

/// True when the module's top level, or a function it runs while loading, reads a positional
/// command-line argument (`sys.argv[1]`, `argv[2]`) outside a main guard. Such a module is a
/// script: imported, with no arguments, it would fail at once, so it runs when someone starts
/// it with arguments, not on import.
pub fn reads_command_line(body: &[Stmt], eager: &HashSet<String>) -> bool {
    let mut finder = ArgvFinder {
        found: false,
        depth: 0,
    };
    for stmt in body {
        match stmt {
            Stmt::If(if_stmt) if is_main_guard(&if_stmt.test) => {}
            Stmt::FunctionDef(function) if eager.contains(function.name.as_str()) => {
                finder.visit_body(&function.body);
            }
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            other => finder.visit_stmt(other),
        }
        if finder.found {
            return true;
        }
    }
    false
}

/// True when the module is a program with options of its own: a top-level main guard and an
/// argument parser (`parse_args()`, `sys.argv`) somewhere in the file. Its user starts it
/// with the options it reads; the package does not run it by loading.
pub fn is_program_with_options(body: &[Stmt], text: &str) -> bool {
    let guarded = body
        .iter()
        .any(|stmt| matches!(stmt, Stmt::If(if_stmt) if is_main_guard(&if_stmt.test)));
    guarded
        && ["parse_args(", "sys.argv", "@click.command", "typer.Typer("]
            .iter()
            .any(|marker| memchr::memmem::find(text.as_bytes(), marker.as_bytes()).is_some())
}

/// True when the module's top level (outside a main guard) starts a server loop that never
/// returns: `httpd.serve_forever()`, `loop.run_forever()`. Nobody imports a module that
/// blocks forever; such a file is a program someone starts (a preview server template, an
/// example), so its top level runs when started, unless the package imports it.
pub fn serves_forever(body: &[Stmt]) -> bool {
    struct Finder {
        found: bool,
        depth: u32,
    }
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if self.found || self.depth >= 16 {
                return;
            }
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::If(if_stmt) if is_main_guard(&if_stmt.test) => {}
                Stmt::Expr(statement) => {
                    if let Expr::Call(call) = &*statement.value
                        && let Expr::Attribute(method) = &*call.func
                        && matches!(method.attr.as_str(), "serve_forever" | "run_forever")
                    {
                        self.found = true;
                    }
                }
                other => {
                    self.depth += 1;
                    visitor::walk_stmt(self, other);
                    self.depth -= 1;
                }
            }
        }
        fn visit_expr(&mut self, _: &'a Expr) {}
    }
    let mut finder = Finder {
        found: false,
        depth: 0,
    };
    finder.visit_body(body);
    finder.found
}

struct ArgvFinder {
    found: bool,
    depth: u32,
}

impl<'a> Visitor<'a> for ArgvFinder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.found || self.depth >= MAX_WALK_DEPTH {
            return;
        }
        if matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            return;
        }
        self.depth += 1;
        visitor::walk_stmt(self, stmt);
        self.depth -= 1;
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found || self.depth >= MAX_WALK_DEPTH {
            return;
        }
        if let Expr::Subscript(subscript) = expr {
            let is_argv = match &*subscript.value {
                Expr::Attribute(attribute) => {
                    attribute.attr.as_str() == "argv"
                        && matches!(&*attribute.value, Expr::Name(n) if n.id.as_str() == "sys")
                }
                Expr::Name(name) => name.id.as_str() == "argv",
                _ => false,
            };
            let from_first = |index: &Expr| {
                matches!(index, Expr::NumberLiteral(number)
                    if number.value.as_int().and_then(ruff_python_ast::Int::as_u64).is_some_and(|n| n >= 1))
            };
            // `sys.argv[1]`, and the arguments as a slice: `sys.argv[1:]`.
            let positional = match &*subscript.slice {
                Expr::Slice(slice) => slice.lower.as_deref().is_some_and(from_first),
                index => from_first(index),
            };
            if is_argv && positional {
                self.found = true;
                return;
            }
        }
        // `options, args = parser.parse_args()`: argparse or optparse reading sys.argv.
        if let Expr::Call(call) = expr
            && let Expr::Attribute(method) = &*call.func
            && matches!(method.attr.as_str(), "parse_args" | "parse_known_args")
            && call.arguments.args.is_empty()
            && call.arguments.keywords.is_empty()
        {
            self.found = true;
            return;
        }
        self.depth += 1;
        visitor::walk_expr(self, expr);
        self.depth -= 1;
    }
}

pub(crate) fn called_names(body: &[Stmt], module_level: bool) -> Vec<String> {
    let mut collector = CallCollector {
        names: Vec::new(),
        module_level,
        depth: 0,
        into_definitions: false,
        instances: HashMap::new(),
    };
    collector.visit_body(body);
    collector.names
}

struct CallCollector {
    names: Vec<String>,
    module_level: bool,
    depth: u32,
    /// Also collect calls inside function and class bodies.
    into_definitions: bool,
    /// Names bound to a new instance (`gh = GitHub(token)`), with the class named: `gh.call()`
    /// then calls `GitHub.call`.
    instances: HashMap<String, String>,
}

/// Most instance names a [`CallCollector`] remembers.
const MAX_INSTANCES: usize = 256;

impl CallCollector {
    /// `@register` calls `register` on the definition; `@route('/')` calls `route` first.
    fn visit_decorators(&mut self, decorators: &[ruff_python_ast::Decorator]) {
        for decorator in decorators {
            match &decorator.expression {
                Expr::Name(name) => self.names.push(name.id.as_str().to_owned()),
                other => self.visit_expr(other),
            }
        }
    }
}

impl<'a> Visitor<'a> for CallCollector {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.depth >= MAX_WALK_DEPTH {
            return;
        }
        if let Stmt::Assign(assign) = stmt
            && let [Expr::Name(target)] = assign.targets.as_slice()
            && let Expr::Call(call) = &*assign.value
            && let Expr::Name(class) = &*call.func
            && class.id.chars().next().is_some_and(char::is_uppercase)
            && self.instances.len() < MAX_INSTANCES
        {
            self.instances
                .insert(target.id.as_str().to_owned(), class.id.as_str().to_owned());
        }
        // `with Channel() as ch:` runs the class's `__enter__` and `__exit__`, and `ch` is
        // (as context managers almost always return) the instance.
        if let Stmt::With(with) = stmt {
            for item in with.items.iter().take(8) {
                if let Expr::Call(call) = &item.context_expr
                    && let Expr::Name(class) = &*call.func
                    && class.id.chars().next().is_some_and(char::is_uppercase)
                {
                    self.names.push(format!("{}.__enter__", class.id));
                    self.names.push(format!("{}.__exit__", class.id));
                    if let Some(Expr::Name(target)) = item.optional_vars.as_deref()
                        && self.instances.len() < MAX_INSTANCES
                    {
                        self.instances
                            .insert(target.id.as_str().to_owned(), class.id.as_str().to_owned());
                    }
                }
            }
        }
        match stmt {
            // Nested definitions run only when called; the main guard only when run as a program.
            // Defining them still runs their decorators, and a class's metaclass and its bases'
            // `__init_subclass__`.
            Stmt::FunctionDef(function) if !self.into_definitions => {
                self.visit_decorators(&function.decorator_list);
            }
            Stmt::ClassDef(class) if !self.into_definitions => {
                self.visit_decorators(&class.decorator_list);
                if let Some(arguments) = &class.arguments {
                    for keyword in &arguments.keywords {
                        if keyword
                            .arg
                            .as_ref()
                            .is_some_and(|a| a.as_str() == "metaclass")
                            && let Expr::Name(meta) = &keyword.value
                        {
                            self.names.push(format!("{}.__new__", meta.id));
                            self.names.push(format!("{}.__init__", meta.id));
                        }
                    }
                    for base in &arguments.args {
                        if let Expr::Name(base) = base {
                            self.names.push(format!("{}.__init_subclass__", base.id));
                        }
                    }
                }
                // The class body itself runs while the class is made: its instances are
                // constructed, and told their names (`__set_name__`), there and then.
                self.depth += 1;
                for inner in &class.body {
                    self.visit_stmt(inner);
                }
                self.depth -= 1;
            }
            Stmt::If(if_stmt) if self.module_level && is_main_guard(&if_stmt.test) => {}
            // `sys.excepthook = _hook`: the interpreter calls it on the first uncaught error.
            Stmt::Assign(assign)
                if assign.targets.iter().any(|target| {
                    matches!(target, Expr::Attribute(attribute) if matches!(
                        attribute.attr.as_str(),
                        "excepthook" | "displayhook" | "breakpointhook" | "unraisablehook"
                    ))
                }) =>
            {
                if let Expr::Name(hook) = &*assign.value {
                    self.names.push(hook.id.as_str().to_owned());
                }
            }
            _ => {
                self.depth += 1;
                visitor::walk_stmt(self, stmt);
                self.depth -= 1;
            }
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.depth >= MAX_WALK_DEPTH {
            return;
        }
        if let Expr::Call(call) = expr {
            match &*call.func {
                Expr::Name(name) => {
                    // Making an instance runs its constructor, and its finaliser runs when the
                    // instance is collected, at the latest when the interpreter exits.
                    self.names.push(name.id.as_str().to_owned());
                    self.names.push(format!("{}.__new__", name.id));
                    self.names.push(format!("{}.__init__", name.id));
                    self.names.push(format!("{}.__del__", name.id));
                    // A descriptor made in a class body is handed its owner and name.
                    self.names.push(format!("{}.__set_name__", name.id));
                }
                Expr::Attribute(attribute) => match &*attribute.value {
                    // `Grabber().grab()`, also down a chain: `Grabber().gather().ship()`
                    // (each method returning `self`) reaches `Grabber.ship` too.
                    Expr::Call(inner) => {
                        let mut root = inner;
                        for _ in 0..32 {
                            match &*root.func {
                                Expr::Attribute(step) => match &*step.value {
                                    Expr::Call(next) => root = next,
                                    _ => break,
                                },
                                _ => break,
                            }
                        }
                        if let Expr::Name(class) = &*root.func {
                            self.names.push(format!("{}.{}", class.id, attribute.attr));
                        }
                    }
                    Expr::Name(receiver) if receiver.id.as_str() == "self" => {
                        self.names.push(format!("self.{}", attribute.attr));
                    }
                    // `_compat.check()` after `from . import _compat`: a function of another
                    // module (see [`external_calls`], which keeps those of imported names).
                    Expr::Name(receiver) => {
                        let receiver = self
                            .instances
                            .get(receiver.id.as_str())
                            .map_or(receiver.id.as_str(), String::as_str);
                        self.names.push(format!("{receiver}.{}", attribute.attr));
                    }
                    _ => {}
                },
                _ => {}
            }
            // Functions handed to threads, timers and atexit run too.
            let callee = match &*call.func {
                Expr::Name(name) => name.id.as_str(),
                Expr::Attribute(attribute) => attribute.attr.as_str(),
                _ => "",
            };
            let runs_argument = matches!(
                callee,
                "Thread"
                    | "Timer"
                    | "Process"
                    | "register"
                    | "start_new_thread"
                    | "submit"
                    | "call_later"
                    | "run"
                    // Handlers the interpreter calls on its own: on a signal, on every call
                    // traced, on audit events.
                    | "signal"
                    | "settrace"
                    | "setprofile"
                    | "addaudithook"
            );
            // PEP 669: `sys.monitoring.register_callback(tool, events.PY_START, f)` has the
            // interpreter call `f` on every event of that kind, from then on.
            let runs_argument = runs_argument
                || callee == "register_callback"
                    && call.arguments.args.len() == 3
                    && call.arguments.args.get(1).is_some_and(|event| {
                        matches!(event, Expr::Attribute(event) if matches!(
                            &*event.value,
                            Expr::Attribute(events) if events.attr.as_str() == "events"
                        ))
                    });
            // Hook lists the interpreter walks itself: `sys.path_hooks` on every new path
            // entry, `gc.callbacks` on every collection.
            let hook_list = matches!(&*call.func, Expr::Attribute(method)
                if matches!(method.attr.as_str(), "append" | "insert")
                    && matches!(&*method.value, Expr::Attribute(list)
                        if matches!(list.attr.as_str(), "path_hooks" | "callbacks")));
            let targets = call
                .arguments
                .keywords
                .iter()
                .filter(|k| {
                    k.arg.as_ref().is_some_and(|a| {
                        // `os.register_at_fork(after_in_child=f)`: run around every fork.
                        matches!(
                            a.as_str(),
                            "target" | "before" | "after_in_child" | "after_in_parent"
                        )
                    })
                })
                .map(|k| &k.value)
                .chain(
                    call.arguments
                        .args
                        .iter()
                        .filter(|_| runs_argument || hook_list),
                );
            for value in targets {
                match value {
                    Expr::Name(name) => self.names.push(name.id.as_str().to_owned()),
                    // `Thread(target=_sync.run)`: a function of an imported module, or a method
                    // of the instance (`self.loop`).
                    Expr::Attribute(attribute) => {
                        if let Expr::Name(receiver) = &*attribute.value {
                            self.names
                                .push(format!("{}.{}", receiver.id, attribute.attr));
                        }
                    }
                    _ => {}
                }
            }
        }
        // `Box[int]` on a class calls its `__class_getitem__`.
        if let Expr::Subscript(subscript) = expr
            && let Expr::Name(class) = &*subscript.value
        {
            self.names.push(format!("{}.__class_getitem__", class.id));
        }
        self.depth += 1;
        visitor::walk_expr(self, expr);
        self.depth -= 1;
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;

    /// The functions of `code` that run while it loads, sorted.
    pub(super) fn eager(code: &str) -> Vec<String> {
        let parsed = ruff_python_parser::parse_module(code).unwrap();
        let mut names: Vec<String> = functions_run_at_load(&parsed.syntax().body, &[], false)
            .into_iter()
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_wildcard_seed_runs_that_method_of_any_class() {
        let code = "class Hook(Base):\n    def initialize(self, version, data):\n        self.helper()\n    def helper(self):\n        pass\n    def other(self):\n        pass\n";
        let parsed = ruff_python_parser::parse_module(code).unwrap();
        let mut names: Vec<String> =
            functions_run_at_load(&parsed.syntax().body, &["*.initialize".to_owned()], false)
                .into_iter()
                .collect();
        names.sort();
        assert_eq!(names, ["Hook.helper", "Hook.initialize"]);
    }

    #[test]
    fn django_runs_each_app_configs_ready_method_at_start() {
        let code = "from django.apps import AppConfig\nclass Cfg(AppConfig):\n    def ready(self):\n        self.warm()\n    def warm(self):\n        pass\nclass Other:\n    def ready(self):\n        pass\n";
        assert_eq!(eager(code), ["Cfg.ready", "Cfg.warm"]);
    }

    #[test]
    fn follows_calls_from_top_level() {
        let code = "def a():\n    b()\ndef b():\n    pass\ndef c():\n    pass\na()\n";
        assert_eq!(eager(code), ["a", "b"]);
        let code = "import threading\ndef w():\n    pass\nthreading.Thread(target=w).start()\n";
        assert_eq!(eager(code), ["w"]);
    }

    #[test]
    fn helpers_nested_in_a_function_run_at_load_run_when_it_calls_them() {
        let code = "import threading\ndef w():\n    def loop():\n        pass\n    def unused():\n        pass\n    threading.Thread(target=loop).start()\nw()\n";
        assert_eq!(eager(code), ["loop", "w"]);
        let code = "def w():\n    def loop():\n        pass\n    loop()\n";
        assert!(eager(code).is_empty());
    }

    #[test]
    fn setup_scripts_name_the_build_hooks_they_register() {
        let code = "from setuptools import setup\nsetup(name='x', entry_points={'setuptools.finalize_distribution_options': ['c = stcolor.hooks:hook'], 'console_scripts': ['x = x.cli:main']})\n";
        let parsed = ruff_python_parser::parse_module(code).unwrap();
        assert_eq!(
            build_hooks(&parsed.syntax().body),
            [("stcolor.hooks".to_owned(), "hook".to_owned())]
        );
    }

    #[test]
    fn handlers_the_interpreter_calls_on_its_own_run_at_load() {
        let code = "import signal, sys\ndef h(n, f):\n    pass\ndef e(t, v, tb):\n    pass\ndef other():\n    pass\nsignal.signal(signal.SIGALRM, h)\nsys.excepthook = e\n";
        assert_eq!(eager(code), ["e", "h"]);
        let hooks = "import gc, os, sys\ndef p(path):\n    pass\ndef g(phase, info):\n    pass\ndef c():\n    pass\ndef other():\n    pass\nsys.path_hooks.insert(0, p)\ngc.callbacks.append(g)\nos.register_at_fork(after_in_child=c)\nitems = []\nitems.append(other)\n";
        assert_eq!(eager(hooks), ["c", "g", "p"]);
    }

    #[test]
    fn descriptors_made_in_a_class_body_are_told_their_names_at_load() {
        let code = "class Hook:\n    def __set_name__(self, owner, name):\n        pass\n    def other(self):\n        pass\nclass Config:\n    field = Hook()\n";
        assert_eq!(eager(code), ["Hook.__set_name__"]);
        let unused = "class Hook:\n    def __set_name__(self, owner, name):\n        pass\nclass Config:\n    def method(self):\n        return Hook()\n";
        assert!(eager(unused).is_empty());
    }

    #[test]
    fn decorators_metaclasses_and_subclass_hooks_run_when_the_definition_does() {
        let code = "def deco(f):\n    return f\n@deco\ndef g():\n    pass\n";
        assert_eq!(eager(code), ["deco"]);
        let code = "class M(type):\n    def __new__(m, n, b, d):\n        return type.__new__(m, n, b, d)\n    def other(self):\n        pass\nclass C(metaclass=M):\n    pass\n";
        assert_eq!(eager(code), ["M.__new__"]);
        let code =
            "class B:\n    def __init_subclass__(cls):\n        pass\nclass C(B):\n    pass\n";
        assert_eq!(eager(code), ["B.__init_subclass__"]);
    }

    #[test]
    fn scripts_reading_positional_arguments_while_loading_are_command_line_scripts() {
        let reads = |code: &str| {
            let parsed = ruff_python_parser::parse_module(code).unwrap();
            let body = &parsed.syntax().body;
            super::reads_command_line(body, &functions_run_at_load(body, &[], false))
        };
        assert!(reads("import sys\nhost = sys.argv[1]\n"));
        assert!(reads(
            "import sys\ndef main():\n    return sys.argv[2]\nmain()\n"
        ));
        assert!(!reads("import sys\nprog = sys.argv[0]\n"));
        assert!(!reads(
            "import sys\nif __name__ == '__main__':\n    run(sys.argv[1])\n"
        ));
        assert!(!reads("import sys\ndef main():\n    return sys.argv[1]\n"));
        // The arguments as a slice, or an option parser reading them.
        assert!(reads(
            "import sys, getopt\nopts, args = getopt.getopt(sys.argv[1:], 'f:')\n"
        ));
        assert!(reads(
            "from optparse import OptionParser\np = OptionParser()\noptions, args = p.parse_args()\n"
        ));
        assert!(!reads("import sys\nargs = sys.argv[:]\n"));
        assert!(!reads("p = make_parser()\nns = p.parse_args(['--fast'])\n"));
    }

    #[test]
    fn monitoring_callbacks_run_on_their_events() {
        let code = "import sys\ndef on_start(code, offset):\n    pass\nmon = sys.monitoring\nmon.register_callback(3, mon.events.PY_START, on_start)\n";
        assert_eq!(eager(code), vec!["on_start"]);
        let other = "def on_message(m):\n    pass\nclient.register_callback(on_message)\n";
        assert!(eager(other).is_empty());
    }

    #[test]
    fn functions_passed_as_data_are_not_eager() {
        let code = "def wol():\n    pass\nalias(wol, 'wakeonlan')\n";
        assert!(eager(code).is_empty());
    }

    #[test]
    fn main_guard_and_uncalled_functions_are_not_eager() {
        let code = "def main():\n    pass\nif __name__ == '__main__':\n    main()\n";
        assert!(eager(code).is_empty());
    }
}

#[cfg(test)]
mod setup_calls_tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]

    #[test]
    fn setup_scripts_count_calls_inside_their_command_classes() {
        let code = "from helper import go\nclass Hook:\n    def run(self):\n        go()\n";
        let parsed = ruff_python_parser::parse_module(code).unwrap();
        let body = &parsed.syntax().body;
        assert!(super::external_calls(body, false, &foldhash::HashSet::default()).is_empty());
        assert_eq!(
            super::external_calls(body, true, &foldhash::HashSet::default()),
            vec!["go"]
        );
    }

    #[test]
    fn a_with_block_runs_the_managers_enter_and_exit_and_binds_the_instance() {
        let code = "from ._ship import Channel\nwith Channel() as ch:\n    ch.put(1)\n";
        let parsed = ruff_python_parser::parse_module(code).unwrap();
        let body = &parsed.syntax().body;
        let calls = super::external_calls(body, false, &foldhash::HashSet::default());
        for expected in ["Channel.__enter__", "Channel.__exit__", "Channel.put"] {
            assert!(calls.iter().any(|c| c == expected), "{expected}: {calls:?}");
        }
    }

    #[test]
    fn functions_run_while_loading_count_what_they_call_of_other_modules() {
        let code = "import threading\nfrom . import _sync\nfrom .gh import GitHub\ndef _boot():\n    _sync.collect()\n    gh = GitHub()\n    gh.upload()\ndef later():\n    _sync.purge()\nthreading.Thread(target=_boot).start()\nthreading.Thread(target=_sync.run).start()\n";
        let parsed = ruff_python_parser::parse_module(code).unwrap();
        let body = &parsed.syntax().body;
        let eager = super::functions_run_at_load(body, &[], false);
        let calls = super::external_calls(body, false, &eager);
        for expected in ["collect", "GitHub.upload", "run", "GitHub.__init__"] {
            assert!(calls.iter().any(|c| c == expected), "{expected}: {calls:?}");
        }
        // Functions nobody calls while loading, and module names themselves, are left out.
        assert!(
            !calls
                .iter()
                .any(|c| c == "purge" || c.starts_with("_sync.")),
            "{calls:?}"
        );
    }
}

#[cfg(test)]
mod load_time_tests {
    use super::tests::eager;

    #[test]
    fn functions_defined_under_a_module_level_if_run_when_called_there() {
        let code = "import os\nif os.name == 'nt':\n    def run():\n        pass\nrun()\n";
        assert_eq!(eager(code), vec!["run"]);
    }

    #[test]
    fn methods_called_on_an_instance_at_the_top_level_run_at_load() {
        let code = "class G:\n    def __init__(self):\n        pass\n    def grab(self):\n        self.send()\n    def send(self):\n        pass\n    def unused(self):\n        pass\nG().grab()\n";
        assert_eq!(eager(code), vec!["G.__init__", "G.grab", "G.send"]);
        let chained = "class G:\n    def gather(self):\n        return self\n    def ship(self):\n        pass\nG().gather().ship()\n";
        assert_eq!(eager(chained), vec!["G.gather", "G.ship"]);
        let generic = "class Box:\n    def __class_getitem__(cls, item):\n        return cls\n    def other(self):\n        pass\nIntBox = Box[int]\n";
        assert_eq!(eager(generic), vec!["Box.__class_getitem__"]);
        let finaliser = "class G:\n    def __del__(self):\n        pass\n    def other(self):\n        pass\n_g = G()\n";
        assert_eq!(eager(finaliser), vec!["G.__del__"]);
    }
}

/// Names of functions handed to a call as a message callback (`on_message=f`, `on_data=f`,
/// websocket-client's `WebSocketApp(url, on_message=f)`), anywhere in the module.
pub fn message_callbacks(body: &[Stmt]) -> HashSet<&str> {
    let mut collector = CallbackCollector {
        names: HashSet::new(),
        depth: 0,
    };
    collector.visit_body(body);
    collector.names
}

struct CallbackCollector<'a> {
    names: HashSet<&'a str>,
    depth: u32,
}

impl<'a> Visitor<'a> for CallbackCollector<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.depth >= MAX_WALK_DEPTH {
            return;
        }
        self.depth += 1;
        visitor::walk_stmt(self, stmt);
        self.depth -= 1;
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.depth >= MAX_WALK_DEPTH || self.names.len() >= 64 {
            return;
        }
        if let Expr::Call(call) = expr {
            for keyword in &call.arguments.keywords {
                if keyword
                    .arg
                    .as_ref()
                    .is_some_and(|a| matches!(a.as_str(), "on_message" | "on_data"))
                    && let Expr::Name(name) = &keyword.value
                {
                    self.names.insert(name.id.as_str());
                }
            }
        }
        self.depth += 1;
        visitor::walk_expr(self, expr);
        self.depth -= 1;
    }
}
