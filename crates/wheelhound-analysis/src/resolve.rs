//! Name resolution: what a name, attribute or call really refers to, through import aliases,
//! assignments, `__import__`, `importlib.import_module`, `getattr` and `globals()[...]`.
//!
//! Qualified names are dotted strings: `os.system`, `subprocess.Popen`, `exec` for builtins.
//! A call's result is written with `()`, so `requests.get(u).text` is `requests.get().text`.

use foldhash::{HashMap, HashMapExt};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use ruff_python_ast::Expr;

use crate::decode::{self, Codec};
use crate::fold::Value;

/// Deepest expression nesting resolution and folding will follow.
pub const MAX_RESOLVE_DEPTH: u32 = 64;

/// Names bound in one scope.
#[derive(Default)]
struct Scope {
    aliases: HashMap<String, String>,
    constants: HashMap<String, Value>,
    taints: HashMap<String, usize>,
    /// Names whose value also holds network data that a stronger source outranks in
    /// `taints` (`cmd = response.split(hostname)`): what a process or exec sink must not lose.
    remote_taints: HashMap<String, usize>,
    /// Strings only partly known (`"curl -F file=@" + name + " https://…"`), with `…` for the
    /// unknown parts: enough to classify a command or URL, never used as a value.
    partials: HashMap<String, String>,
    /// `_ = "".join`: a method of a folded constant, kept under a short name.
    methods: HashMap<String, (Value, String)>,
}

/// A module-level function whose body is a single `return <expr>`: folding can see through it.
#[derive(Clone, Debug, PartialEq)]
pub struct Wrapper {
    /// Positional parameter names.
    pub params: Vec<String>,
    /// Simple `name = expr` steps before the return, in order.
    pub steps: Vec<(String, Expr)>,
    /// The returned expression.
    pub body: Expr,
}

/// `self.x` or `cls.x`: an attribute the methods of a class share.
pub fn is_self_attribute(attribute: &ruff_python_ast::ExprAttribute) -> bool {
    matches!(&*attribute.value, Expr::Name(n) if matches!(n.id.as_str(), "self" | "cls"))
}

/// The name a call to a [`Wrapper`] goes by: `name(…)`, or `self.name(…)` / `cls.name(…)`, a
/// method of the class being read, whose first parameter the receiver fills (the `bool`).
pub fn wrapper_callee(func: &Expr) -> Option<(&str, bool)> {
    match func {
        Expr::Name(name) => Some((name.id.as_str(), false)),
        Expr::Attribute(attribute) if is_self_attribute(attribute) => {
            Some((attribute.attr.as_str(), true))
        }
        _ => None,
    }
}

/// The stack of scopes of the code being walked: module first, innermost function last.
pub struct Scopes {
    stack: Vec<Scope>,
    wrappers: HashMap<String, Rc<Wrapper>>,
    /// Parameter bindings while folding through a [`Wrapper`]; innermost last.
    overlay: RefCell<Vec<HashMap<String, Value>>>,
    /// Largest value folding builds, and largest output of one decoding step.
    max_decode_bytes: usize,
    /// Set when a decoding step's output was cut at `max_decode_bytes`, so the walk can say so.
    decode_limit_hit: Cell<bool>,
    /// `self._exec = eval`: attributes of `self`/`cls` bound to a known callable, which every
    /// method of the module shares (bounded by [`MAX_ATTRIBUTE_ALIASES`]).
    attribute_aliases: HashMap<String, String>,
    /// The last code object rendered by [`Scopes::unmarshal`]: folding meets the same
    /// `marshal.loads` call once per rule that looks at it.
    unmarshalled: RefCell<Option<(Vec<u8>, Option<String>)>>,
    /// Large values calls folded to during the current statement, by call node, with the
    /// depth they were folded at: `exec(zlib.decompress(b64decode(blob)))` is folded by the
    /// check of each enclosing call and again by the walk, and each fold would decode the whole
    /// chain anew. Cleared by [`Scopes::forget_call_folds`] at every statement, since bindings
    /// (and the parameters of a function walked once per call) change between statements.
    call_folds: RefCell<HashMap<usize, (u32, crate::fold::Value)>>,
    /// Bytes held by [`Scopes::call_folds`], bounded by [`MAX_REMEMBERED_FOLD_BYTES`].
    call_fold_bytes: Cell<usize>,
}

/// What one statement's memory of call folds may hold: a hostile statement of hundreds of
/// large decoding calls must not keep them all.
const MAX_REMEMBERED_FOLD_BYTES: usize = 16 << 20;

impl Default for Scopes {
    fn default() -> Self {
        Scopes {
            stack: vec![Scope::default()],
            wrappers: HashMap::new(),
            overlay: RefCell::new(Vec::new()),
            max_decode_bytes: decode::MAX_DECODED_BYTES,
            decode_limit_hit: Cell::new(false),
            attribute_aliases: HashMap::new(),
            unmarshalled: RefCell::new(None),
            call_folds: RefCell::new(HashMap::new()),
            call_fold_bytes: Cell::new(0),
        }
    }
}

impl Scopes {
    /// `globals()['__builtins__'].get(<name that folds>)`: the builtin the lookup returns.
    pub fn builtins_lookup(&self, call: &ruff_python_ast::ExprCall) -> Option<String> {
        builtins_lookup(self, call, 0)
    }
}

/// `<builtins mapping>.get(name)` with a name that folds: the builtin it returns.
fn builtins_lookup(
    scopes: &Scopes,
    call: &ruff_python_ast::ExprCall,
    depth: u32,
) -> Option<String> {
    let Expr::Attribute(method) = &*call.func else {
        return None;
    };
    if !matches!(method.attr.as_str(), "get" | "__getitem__") {
        return None;
    }
    let name = call.arguments.args.first()?;
    if scopes.qualname_at(&method.value, depth + 1)? != "__globals__" {
        return None;
    }
    Some(normalize(scopes.fold_str(name)?))
}

/// How many `self.x = known_callable` bindings one module keeps.
const MAX_ATTRIBUTE_ALIASES: usize = 256;

/// Prefixes that name the builtins module or the globals mapping, so `builtins.exec` is `exec`.
/// Longest first, so `builtins.__dict__.x` is not read as `__dict__.x` (a test checks the order).
const BUILTIN_PREFIXES: &[&str] = &[
    "__builtins__.__dict__.",
    "builtins.__dict__.",
    "__builtins__.",
    "__builtin__.",
    "__globals__.",
    "builtins.",
];

/// Folder names under which packages ship a copy of another project
/// (`pip._vendor.requests`, `botocore.vendored.requests`, `sklearn.externals.array_api_compat`).
const VENDOR_SEGMENTS: [&str; 7] = [
    "vendored",
    "_vendored",
    "vendor",
    "_vendor",
    "externals",
    "_externals",
    "extern",
];

/// `module` without the package that vendors it: a vendored copy of `requests` sends what
/// `requests` sends, so `aliyunsdkcore.vendored.requests.Session` is `requests.Session`.
/// Names with nothing after the vendor folder are returned unchanged.
pub fn unvendored(module: &str) -> &str {
    let mut rest = module;
    let mut start = 0;
    for segment in module.split('.') {
        let end = start + segment.len();
        if VENDOR_SEGMENTS.contains(&segment)
            && let Some(after) = module.get(end + 1..)
            && !after.is_empty()
            && !after.starts_with('.')
        {
            rest = after;
        }
        start = end + 1;
    }
    rest
}

/// Turns spellings of the same builtin into one name.
pub fn normalize(name: String) -> String {
    if matches!(
        name.as_str(),
        "__builtins__.__dict__"
            // `__builtins__` alone already reads as the globals mapping.
            | "__globals__.__dict__"
            | "builtins.__dict__"
            | "__builtin__.__dict__"
            | "globals()"
            | "locals()"
            | "vars()"
            | "__builtins__"
    ) {
        return "__globals__".to_owned();
    }
    // Every prefix starts with `__` or `builtins.`: most names are none of these.
    if !(name.starts_with("__") || name.starts_with("builtins.")) {
        return name;
    }
    for prefix in BUILTIN_PREFIXES {
        if let Some(rest) = name.strip_prefix(prefix)
            && !rest.is_empty()
        {
            return normalize(rest.to_owned());
        }
    }
    name
}

impl Scopes {
    /// Sets the largest value folding builds and the largest output of one decoding step.
    pub fn set_max_decode_bytes(&mut self, limit: usize) {
        self.max_decode_bytes = limit;
    }

    /// See [`Self::set_max_decode_bytes`].
    pub fn max_decode_bytes(&self) -> usize {
        self.max_decode_bytes
    }

    /// True once a decoding step produced as much output as [`Self::max_decode_bytes`] allows.
    pub fn decode_limit_hit(&self) -> bool {
        self.decode_limit_hit.get()
    }

    /// Undoes `codec` on `input` within the decode bound, remembering when the bound was reached.
    pub fn decode(&self, codec: Codec, input: &[u8]) -> Option<Vec<u8>> {
        let out = decode::decode_limited(codec, input, self.max_decode_bytes)?;
        if out.len() >= self.max_decode_bytes {
            self.decode_limit_hit.set(true);
        }
        Some(out)
    }

    /// Reads `input` as a marshalled code object (never running it) and renders it as
    /// Python-like source (see [`crate::bytecode`]), within the decode bound.
    pub fn unmarshal(&self, input: &[u8]) -> Option<String> {
        if let Some((last, text)) = &*self.unmarshalled.borrow()
            && last.as_slice() == input
        {
            return text.clone();
        }
        let text = crate::bytecode::unmarshal_to_source(input, false, self.max_decode_bytes);
        *self.unmarshalled.borrow_mut() = Some((input.to_vec(), text.clone()));
        text
    }

    /// Constants bound at module level (the module scope is never popped).
    pub fn module_constants(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.stack
            .first()
            .into_iter()
            .flat_map(|scope| scope.constants.iter().map(|(k, v)| (k.as_str(), v)))
    }

    /// Names tainted at module level, with their source's index.
    pub fn module_taints(&self) -> impl Iterator<Item = (&str, usize)> {
        self.stack
            .first()
            .into_iter()
            .flat_map(|scope| scope.taints.iter().map(|(k, v)| (k.as_str(), *v)))
    }

    /// Aliases bound at module level (imports and `x = os.system`).
    pub fn module_aliases(&self) -> impl Iterator<Item = (&str, &str)> {
        self.stack
            .first()
            .into_iter()
            .flat_map(|scope| scope.aliases.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// Enters a function or class body.
    pub fn push(&mut self) {
        self.stack.push(Scope::default());
    }

    /// Leaves the innermost body.
    pub fn pop(&mut self) {
        if self.stack.len() > 1 {
            self.stack.pop();
        }
    }

    /// True at module level.
    pub fn at_module_level(&self) -> bool {
        self.stack.len() == 1
    }

    /// The innermost scope; the module scope is never popped, so the stack is never empty.
    fn innermost(&mut self) -> Option<&mut Scope> {
        self.stack.last_mut()
    }

    /// Binds `name` to the qualified name `target` (an import or an alias assignment).
    pub fn bind_alias(&mut self, name: &str, target: String) {
        if let Some(scope) = self.innermost() {
            scope.constants.remove(name);
            scope.partials.remove(name);
            scope.methods.remove(name);
            scope.aliases.insert(name.to_owned(), target);
        }
    }

    /// Binds `name` to a folded constant.
    pub fn bind_constant(&mut self, name: &str, value: Value) {
        if let Some(scope) = self.innermost() {
            scope.aliases.remove(name);
            scope.partials.remove(name);
            scope.methods.remove(name);
            scope.constants.insert(name.to_owned(), value);
        }
    }

    /// Binds `name` to a partly known string (see [`Scopes::partial`]).
    pub fn bind_partial(&mut self, name: &str, text: String) {
        if let Some(scope) = self.innermost() {
            scope.aliases.remove(name);
            scope.constants.remove(name);
            scope.methods.remove(name);
            scope.partials.insert(name.to_owned(), text);
        }
    }

    /// The partly known string bound to `name`, innermost scope first.
    pub fn partial(&self, name: &str) -> Option<&str> {
        self.stack.iter().rev().find_map(|scope| {
            if scope.aliases.contains_key(name) || scope.constants.contains_key(name) {
                return None;
            }
            scope.partials.get(name).map(String::as_str)
        })
    }

    /// Forgets what `name` was bound to (it was reassigned to something unknown).
    pub fn unbind(&mut self, name: &str) {
        if let Some(scope) = self.innermost() {
            scope.aliases.remove(name);
            scope.constants.remove(name);
            scope.partials.remove(name);
            scope.methods.remove(name);
        }
    }

    /// Marks `name` as holding data from source number `source`.
    pub fn taint(&mut self, name: &str, source: usize) {
        if let Some(scope) = self.innermost() {
            scope.taints.insert(name.to_owned(), source);
        }
    }

    /// True when `name` is bound only at module level, not in any enclosing function's scope:
    /// a function mutating it (`_queue.put(item)`) changes the module's object.
    pub fn is_module_binding(&self, name: &str) -> bool {
        let Some((module, inner)) = self.stack.split_first() else {
            return false;
        };
        let bound = |scope: &Scope| {
            scope.aliases.contains_key(name)
                || scope.constants.contains_key(name)
                || scope.taints.contains_key(name)
                || scope.partials.contains_key(name)
        };
        !inner.is_empty() && bound(module) && !inner.iter().any(bound)
    }

    /// Records that the module-level `name` holds `source` (a function's `global name` set).
    pub fn taint_module(&mut self, name: &str, source: usize) {
        if let Some(scope) = self.stack.first_mut() {
            scope.taints.insert(name.to_owned(), source);
        }
    }

    /// Records (or, with `None`, forgets) that `name` also holds the network data `source`.
    pub fn set_remote_taint(&mut self, name: &str, source: Option<usize>) {
        if let Some(scope) = self.innermost() {
            match source {
                Some(source) => {
                    scope.remote_taints.insert(name.to_owned(), source);
                }
                None => {
                    scope.remote_taints.remove(name);
                }
            }
        }
    }

    /// The network data `name` also holds (see [`Scopes::set_remote_taint`]).
    pub fn remote_taint_of(&self, name: &str) -> Option<usize> {
        self.stack
            .iter()
            .rev()
            .find_map(|scope| scope.remote_taints.get(name).copied())
    }

    /// Forgets that `name` held source data.
    pub fn untaint(&mut self, name: &str) {
        if let Some(scope) = self.innermost() {
            scope.taints.remove(name);
        }
    }

    /// The source whose data `name` holds, innermost scope first.
    pub fn taint_of(&self, name: &str) -> Option<usize> {
        self.stack
            .iter()
            .rev()
            .find_map(|scope| scope.taints.get(name).copied())
    }

    /// The alias bound to `name`, innermost scope first.
    /// Binds `self.<attribute>` to `target` for every method that follows; a later binding of
    /// the same attribute to something unknown forgets it.
    pub fn bind_attribute_alias(&mut self, attribute: &str, target: Option<String>) {
        match target {
            Some(target) if self.attribute_aliases.len() < MAX_ATTRIBUTE_ALIASES => {
                self.attribute_aliases.insert(attribute.to_owned(), target);
            }
            _ => {
                self.attribute_aliases.remove(attribute);
            }
        }
    }

    /// Binds `name` to `receiver.method`, a method of a folded constant (`_ = "".join`).
    pub fn bind_method(&mut self, name: &str, receiver: Value, method: &str) {
        if let Some(scope) = self.innermost() {
            scope.aliases.remove(name);
            scope.constants.remove(name);
            scope.partials.remove(name);
            scope
                .methods
                .insert(name.to_owned(), (receiver, method.to_owned()));
        }
    }

    /// The constant's method bound to `name`, innermost scope first.
    pub fn bound_method(&self, name: &str) -> Option<&(Value, String)> {
        self.stack
            .iter()
            .rev()
            .find_map(|scope| scope.methods.get(name))
    }

    /// What `name` is an alias of in the innermost scope that binds it.
    pub fn alias(&self, name: &str) -> Option<&str> {
        self.stack
            .iter()
            .rev()
            .find_map(|scope| scope.aliases.get(name).map(String::as_str))
    }

    /// The constant bound to `name`: wrapper parameters first, then innermost scope first.
    pub fn constant(&self, name: &str) -> Option<Value> {
        if let Some(value) = self
            .overlay
            .borrow()
            .last()
            .and_then(|frame| frame.get(name))
        {
            return Some(value.clone());
        }
        self.stack.iter().rev().find_map(|scope| {
            if scope.aliases.contains_key(name) {
                return None;
            }
            scope.constants.get(name).cloned()
        })
    }

    /// Registers a single-expression function so calls to it can be folded.
    pub fn bind_wrapper(&mut self, name: &str, wrapper: Wrapper) {
        if self.wrappers.len() < 4_096 {
            self.wrappers.insert(name.to_owned(), Rc::new(wrapper));
        }
    }

    /// Binds a wrapper shared with another module (the carrier of a decoded layer).
    pub fn bind_shared_wrapper(&mut self, name: &str, wrapper: Rc<Wrapper>) {
        if self.wrappers.len() < 4_096 {
            self.wrappers.insert(name.to_owned(), wrapper);
        }
    }

    /// Every wrapper bound, for a decoded layer to inherit (at most 64: decoders are few).
    pub fn wrappers(&self) -> Vec<(String, Rc<Wrapper>)> {
        self.wrappers
            .iter()
            .take(64)
            .map(|(name, wrapper)| (name.clone(), wrapper.clone()))
            .collect()
    }

    /// Every wrapper bound, in no particular order.
    pub fn all_wrappers(&self) -> impl Iterator<Item = (&str, &Wrapper)> {
        self.wrappers
            .iter()
            .map(|(name, wrapper)| (name.as_str(), wrapper.as_ref()))
    }

    /// The wrapper function bound to `name`.
    pub fn wrapper(&self, name: &str) -> Option<Rc<Wrapper>> {
        self.wrappers.get(name).cloned()
    }

    /// Forgets the call folds of [`Scopes::call_folds`]; the walk calls it at every statement.
    pub fn forget_call_folds(&self) {
        let mut folds = self.call_folds.borrow_mut();
        if !folds.is_empty() {
            folds.clear();
            self.call_fold_bytes.set(0);
        }
    }

    /// The fold of the call at `key` remembered from a fold at `depth` or deeper (which had
    /// less room, so folding again here would give the same value); never while parameters
    /// are bound in an overlay, where the same node folds differently for each binding.
    pub(crate) fn remembered_call_fold(
        &self,
        key: usize,
        depth: u32,
    ) -> Option<crate::fold::Value> {
        if !self.overlay.borrow().is_empty() {
            return None;
        }
        match self.call_folds.borrow().get(&key) {
            Some((at, value)) if *at >= depth => Some(value.clone()),
            _ => None,
        }
    }

    /// Remembers a large call fold (see [`Scopes::remembered_call_fold`]).
    pub(crate) fn remember_call_fold(&self, key: usize, depth: u32, value: &crate::fold::Value) {
        const WORTH_REMEMBERING: usize = 256;
        if value.size() < WORTH_REMEMBERING || !self.overlay.borrow().is_empty() {
            return;
        }
        let held = self.call_fold_bytes.get().saturating_add(value.size());
        let mut folds = self.call_folds.borrow_mut();
        if folds.len() < 256 && held <= MAX_REMEMBERED_FOLD_BYTES {
            if let Some((_, replaced)) = folds.insert(key, (depth, value.clone())) {
                self.call_fold_bytes
                    .set(held.saturating_sub(replaced.size()));
            } else {
                self.call_fold_bytes.set(held);
            }
        }
    }

    /// Runs `f` with `bindings` visible as constants (the parameters of a wrapper call).
    pub fn with_bindings<T>(&self, bindings: HashMap<String, Value>, f: impl FnOnce() -> T) -> T {
        self.overlay.borrow_mut().push(bindings);
        let result = f();
        self.overlay.borrow_mut().pop();
        result
    }

    /// A copy of the innermost wrapper frame (empty outside wrapper calls), to extend.
    pub fn overlay_frame(&self) -> HashMap<String, Value> {
        self.overlay.borrow().last().cloned().unwrap_or_default()
    }

    /// Adds a binding to the innermost wrapper frame (a step of the wrapper's body).
    pub fn bind_in_frame(&self, name: &str, value: Value) {
        if let Some(frame) = self.overlay.borrow_mut().last_mut() {
            frame.insert(name.to_owned(), value);
        }
    }

    /// The qualified name `expr` refers to, when it can be known statically.
    pub fn qualname(&self, expr: &Expr) -> Option<String> {
        self.qualname_at(expr, 0)
    }

    /// `base.<name>` for an attribute looked up by a name that folds to a constant
    /// (`getattr(os, 'sys' + 'tem')`, `attrgetter(n)(os)`, `os.__getattribute__(n)`).
    fn member(&self, base: &str, name: &Expr) -> Option<String> {
        let attr = self.fold_str(name)?;
        Some(normalize(format!("{base}.{attr}")))
    }

    /// What `base[key]` names when `base` is a namespace mapping: a module's `__dict__`
    /// (`vars(os)['system']`), the globals (`globals()['eval']`), `sys.modules`.
    fn mapping_entry(&self, base: &str, key: &Expr) -> Option<String> {
        if base == "__globals__" || base.ends_with(".__dict__") {
            let key = self.fold_str(key)?;
            let base = base.trim_end_matches(".__dict__");
            if base == "__globals__" {
                return Some(normalize(key));
            }
            return Some(normalize(format!("{base}.{key}")));
        }
        // `sys.modules['os']` is the module `os` (once imported, as it always is).
        if matches!(base, "sys.modules" | "sys.modules.get") {
            return Some(normalize(self.fold_str(key)?));
        }
        None
    }

    /// What `table[key]` names when `table` was bound to a dict literal of references
    /// ([`Scopes::bind_table_entry`]).
    fn table_entry(&self, table: &str, key: &Expr) -> Option<String> {
        let key = self.fold_str(key)?;
        self.alias(&table_entry_name(table, &key))
            .map(str::to_owned)
    }

    /// Remembers that `table[key]` is `qualname`: `commands = {'run': os.system}`.
    pub fn bind_table_entry(&mut self, table: &str, key: &str, qualname: String) {
        self.bind_alias(&table_entry_name(table, key), qualname);
    }

    fn qualname_at(&self, expr: &Expr, depth: u32) -> Option<String> {
        if depth > MAX_RESOLVE_DEPTH {
            return None;
        }
        match expr {
            Expr::Name(name) => {
                let id = name.id.as_str();
                let target = self.alias(id).unwrap_or(id);
                // Most names are the root of an `a.b.c` chain that grows on the way back up:
                // room for it now saves the reallocations.
                let mut qualname = String::with_capacity(target.len() + 32);
                qualname.push_str(target);
                Some(normalize(qualname))
            }
            Expr::Attribute(attribute) => {
                if is_self_attribute(attribute)
                    && let Some(target) = self.attribute_aliases.get(attribute.attr.as_str())
                {
                    return Some(target.clone());
                }
                let mut base = self.qualname_at(&attribute.value, depth + 1)?;
                // Only names under `__…` or `builtins` change when normalised, and a suffix
                // never changes the prefix: most chains skip the check.
                let may_normalize = base.starts_with("__") || base.starts_with("builtins");
                base.push('.');
                base.push_str(attribute.attr.as_str());
                Some(if may_normalize { normalize(base) } else { base })
            }
            // `Path.home() / '.config' / 'x'` is another path: its methods are a path's. Text
            // cannot be divided, so whatever a name is divided by is a path too.
            Expr::BinOp(binop) if binop.op == ruff_python_ast::Operator::Div => {
                let left_is_path = self
                    .qualname_at(&binop.left, depth + 1)
                    .is_some_and(|left| left.starts_with("pathlib.") && left.ends_with(')'));
                let by_name = matches!(&*binop.right, Expr::StringLiteral(_))
                    || self.fold_str(&binop.right).is_some();
                (left_is_path || by_name).then(|| "pathlib.Path()".to_owned())
            }
            Expr::Call(call) => {
                // `globals()['__builtins__'].get('exec')`: the builtins mapping looked up.
                if let Some(name) = builtins_lookup(self, call, depth) {
                    return Some(name);
                }
                let args = &call.arguments.args;
                // `operator.itemgetter('exec')(vars(builtins))`,
                // `operator.methodcaller('get', 'exec')(vars(builtins))`: a lookup in the mapping.
                if let Expr::Call(getter) = &*call.func
                    && let [mapping] = args.as_ref()
                    && let Some(getter_name) = self.qualname_at(&getter.func, depth + 1)
                {
                    let key = match (getter_name.as_str(), getter.arguments.args.as_ref()) {
                        ("operator.itemgetter", [key]) => Some(key),
                        ("operator.methodcaller", [method, key])
                            if self
                                .fold_str(method)
                                .is_some_and(|m| m == "get" || m == "__getitem__") =>
                        {
                            Some(key)
                        }
                        _ => None,
                    };
                    if let Some(key) = key
                        && let Some(base) = self.qualname_at(mapping, depth + 1)
                        && let Some(entry) = self.mapping_entry(&base, key)
                    {
                        return Some(entry);
                    }
                }
                // `operator.attrgetter('system')(os)` is `os.system`.
                if let Expr::Call(getter) = &*call.func
                    && let [object] = args.as_ref()
                    && let [name] = getter.arguments.args.as_ref()
                    && self.qualname_at(&getter.func, depth + 1).as_deref()
                        == Some("operator.attrgetter")
                {
                    let base = self.qualname_at(object, depth + 1)?;
                    return self.member(&base, name);
                }
                // `commands.get('run')` of a dispatch table.
                if let Expr::Attribute(method) = &*call.func
                    && method.attr.as_str() == "get"
                    && let Expr::Name(table) = &*method.value
                    && let Some(key) = args.first()
                    && let Some(entry) = self.table_entry(table.id.as_str(), key)
                {
                    return Some(entry);
                }
                let func = self.qualname_at(&call.func, depth + 1)?;
                match func.as_str() {
                    "__import__" | "importlib.__import__" => {
                        let module = self.fold_str(args.first()?)?;
                        // `__import__('a.b')` returns the top package `a`, unless a fromlist is given.
                        let has_fromlist =
                            args.len() >= 4
                                || call.arguments.keywords.iter().any(|k| {
                                    k.arg.as_ref().is_some_and(|a| a.as_str() == "fromlist")
                                });
                        let name = if has_fromlist {
                            module
                        } else {
                            module.split('.').next().unwrap_or_default().to_owned()
                        };
                        Some(normalize(name))
                    }
                    "importlib.import_module" => Some(normalize(self.fold_str(args.first()?)?)),
                    // Object locators take a dotted path to any attribute, so
                    // `pydoc.locate('os.system')` is `os.system` itself; `pkgutil.resolve_name`
                    // also accepts `module:attribute`.
                    "pydoc.locate"
                    | "pkgutil.resolve_name"
                    | "werkzeug.utils.import_string"
                    | "django.utils.module_loading.import_string" => {
                        Some(normalize(self.fold_str(args.first()?)?.replace(':', ".")))
                    }
                    "getattr" => {
                        let base = self.qualname_at(args.first()?, depth + 1)?;
                        self.member(&base, args.get(1)?)
                    }
                    // `e = eval("eval")`: evaluating a bare name yields that object.
                    "eval" if args.len() == 1 => {
                        let name = self.fold_str(args.first()?)?;
                        let is_dotted_name = !name.is_empty()
                            && name.split('.').all(|part| {
                                part.chars()
                                    .next()
                                    .is_some_and(|c| c.is_alphabetic() || c == '_')
                                    && part.chars().all(|c| c.is_alphanumeric() || c == '_')
                            });
                        if is_dotted_name {
                            Some(normalize(name))
                        } else {
                            Some("eval()".to_owned())
                        }
                    }
                    "globals" | "locals" | "vars" if args.is_empty() => {
                        Some("__globals__".to_owned())
                    }
                    // `vars(os)['system']`: the module's namespace, looked up like `os.__dict__`.
                    "vars" if args.len() == 1 => {
                        let base = self.qualname_at(args.first()?, depth + 1)?;
                        Some(format!("{base}.__dict__"))
                    }
                    // `os.__getattribute__('popen')` is `getattr(os, 'popen')`.
                    attribute_lookup
                        if attribute_lookup.ends_with(".__getattribute__") && args.len() == 1 =>
                    {
                        let base = attribute_lookup.strip_suffix(".__getattribute__")?;
                        self.member(base, args.first()?)
                    }
                    "__globals__.get" | "__globals__.__getitem__" | "sys.modules.get" => {
                        Some(normalize(self.fold_str(args.first()?)?))
                    }
                    // `Dispatch("WScript.Shell")`: the COM object is known by its ProgID, so
                    // `shell.Run(cmd)` is `WScript.Shell.Run`, not any Dispatch's `Run`.
                    "win32com.client.Dispatch"
                    | "win32com.client.DispatchEx"
                    | "win32com.client.dynamic.Dispatch"
                    | "win32com.client.gencache.EnsureDispatch"
                    | "comtypes.client.CreateObject"
                        if let Some(object) = args
                            .first()
                            .and_then(|id| self.fold_str(id))
                            .and_then(|id| known_com_object(&id)) =>
                    {
                        Some(object.to_owned())
                    }
                    _ => {
                        let mut result = func;
                        result.push_str("()");
                        Some(result)
                    }
                }
            }
            // `nc = await nats.connect(url)`: an async client is what its awaited maker
            // returns, as a synchronous one is.
            Expr::Await(awaited) => self.qualname_at(&awaited.value, depth + 1),
            // `sys.modules.get('os') or __import__('os')`: whichever operand answers, the
            // same object.
            Expr::BoolOp(operation) => {
                let mut operands = operation.values.iter().take(8);
                let first = self.qualname_at(operands.next()?, depth + 1)?;
                operands
                    .all(|operand| {
                        self.qualname_at(operand, depth + 1).as_deref() == Some(first.as_str())
                    })
                    .then_some(first)
            }
            Expr::Subscript(subscript) => {
                let base = self.qualname_at(&subscript.value, depth + 1)?;
                if let Some(entry) = self.mapping_entry(&base, &subscript.slice) {
                    return Some(entry);
                }
                // `commands['run']` of a dispatch table `commands = {'run': os.system}`.
                if let Expr::Name(table) = &*subscript.value {
                    return self.table_entry(table.id.as_str(), &subscript.slice);
                }
                None
            }
            _ => None,
        }
    }
}

/// The scope name under which a dispatch table's entry is remembered: not a Python
/// identifier, so no real name collides with it.
fn table_entry_name(table: &str, key: &str) -> String {
    format!("{table}[{key:?}]")
}

/// The canonical ProgID of the COM objects that start programs, whatever its case.
fn known_com_object(prog_id: &str) -> Option<&'static str> {
    match prog_id.trim().to_ascii_lowercase().as_str() {
        "wscript.shell" => Some("WScript.Shell"),
        "shell.application" => Some("Shell.Application"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;

    fn resolve(setup: &[(&str, &str)], code: &str) -> Option<String> {
        let mut scopes = Scopes::default();
        for (name, target) in setup {
            scopes.bind_alias(name, (*target).to_owned());
        }
        let parsed = ruff_python_parser::parse_expression(code).unwrap();
        scopes.qualname(&parsed.syntax().body)
    }

    #[test]
    fn either_operand_of_the_same_module_and_com_objects_by_prog_id() {
        let sys = [("sys", "sys")];
        assert_eq!(
            resolve(&sys, "sys.modules.get('o' + 's') or __import__('os')").as_deref(),
            Some("os")
        );
        assert_eq!(
            resolve(&sys, "sys.modules.get('os') or __import__('json')"),
            None
        );
        let os = [("os", "os"), ("importlib", "importlib")];
        assert_eq!(
            resolve(&os, "vars(os)['sys' + 'tem']").as_deref(),
            Some("os.system")
        );
        assert_eq!(
            resolve(
                &os,
                "importlib.import_module('os').__getattribute__('popen')"
            )
            .as_deref(),
            Some("os.popen")
        );
        let getter = [("operator", "operator"), ("os", "os")];
        assert_eq!(
            resolve(&getter, "operator.attrgetter('sys' + 'tem')(os)").as_deref(),
            Some("os.system")
        );
        let locators = [("pydoc", "pydoc"), ("pkgutil", "pkgutil")];
        assert_eq!(
            resolve(&locators, "pydoc.locate('os.' + 'system')").as_deref(),
            Some("os.system")
        );
        assert_eq!(
            resolve(&locators, "pkgutil.resolve_name('subprocess:Popen')").as_deref(),
            Some("subprocess.Popen")
        );
        assert_eq!(resolve(&locators, "pydoc.locate(name)").as_deref(), None);
        let com = [("Dispatch", "win32com.client.Dispatch")];
        assert_eq!(
            resolve(&com, "Dispatch('wscript.shell').Run").as_deref(),
            Some("WScript.Shell.Run")
        );
        assert_eq!(
            resolve(&com, "Dispatch('Excel.Application').Run").as_deref(),
            Some("win32com.client.Dispatch().Run")
        );
    }

    #[test]
    fn vendored_copies_resolve_to_the_project_they_copy() {
        assert_eq!(
            unvendored("aliyunsdkcore.vendored.requests.Session"),
            "requests.Session"
        );
        assert_eq!(unvendored("pip._vendor.urllib3"), "urllib3");
        assert_eq!(unvendored("..vendored.requests"), "requests");
        // Nothing after the vendor folder, or no vendor folder at all: unchanged.
        assert_eq!(unvendored("pkg.vendored"), "pkg.vendored");
        assert_eq!(unvendored("vendors.requests"), "vendors.requests");
        assert_eq!(unvendored("os.path"), "os.path");
    }

    #[test]
    fn modules_looked_up_in_sys_modules_are_those_modules() {
        assert_eq!(
            resolve(&[], "sys.modules['os'].system").as_deref(),
            Some("os.system")
        );
        assert_eq!(
            resolve(&[], "sys.modules.get('o' + 's').popen").as_deref(),
            Some("os.popen")
        );
        assert_eq!(resolve(&[], "sys.modules[name].system"), None);
    }

    #[test]
    fn builtin_prefixes_are_tried_longest_first() {
        assert!(
            BUILTIN_PREFIXES
                .windows(2)
                .all(|w| w[0].len() >= w[1].len())
        );
        assert!(
            BUILTIN_PREFIXES
                .iter()
                .all(|p| p.starts_with("__") || p.starts_with("builtins."))
        );
        assert_eq!(normalize("builtins.__dict__.exec".to_owned()), "exec");
        assert_eq!(normalize("os.system".to_owned()), "os.system");
        assert_eq!(normalize("globals()".to_owned()), "__globals__");
    }

    #[test]
    fn follows_aliases_and_builtins() {
        assert_eq!(
            resolve(&[("o", "os")], "o.system").as_deref(),
            Some("os.system")
        );
        assert_eq!(
            resolve(&[("P", "subprocess.Popen")], "P").as_deref(),
            Some("subprocess.Popen")
        );
        assert_eq!(resolve(&[], "__builtins__.exec").as_deref(), Some("exec"));
        assert_eq!(
            resolve(&[], "__import__('builtins').exec").as_deref(),
            Some("exec")
        );
    }

    #[test]
    fn computed_names_resolve() {
        assert_eq!(
            resolve(&[], "__import__('o' + 's').system").as_deref(),
            Some("os.system")
        );
        assert_eq!(
            resolve(
                &[("importlib", "importlib")],
                "importlib.import_module('sub'+'process').run"
            )
            .as_deref(),
            Some("subprocess.run")
        );
        assert_eq!(
            resolve(&[], "getattr(__builtins__, 'ex' + 'ec')").as_deref(),
            Some("exec")
        );
        assert_eq!(resolve(&[], "globals()['eval']").as_deref(), Some("eval"));
        assert_eq!(
            resolve(&[("builtins", "builtins")], "builtins.__dict__['exec']").as_deref(),
            Some("exec")
        );
        assert_eq!(
            resolve(&[], "__builtins__.__dict__['exec']").as_deref(),
            Some("exec")
        );
        assert_eq!(resolve(&[], "__import__('os.path')").as_deref(), Some("os"));
        assert_eq!(
            resolve(&[], "eval('\\x65\\x78\\x65\\x63')").as_deref(),
            Some("exec")
        );
    }

    #[test]
    fn call_results_keep_their_origin() {
        assert_eq!(
            resolve(&[("requests", "requests")], "requests.get(u).text").as_deref(),
            Some("requests.get().text")
        );
    }

    #[test]
    fn unknown_shapes_do_not_resolve() {
        assert_eq!(resolve(&[], "x[0]"), None);
        assert_eq!(resolve(&[], "(a or b).c"), None);
    }
}
