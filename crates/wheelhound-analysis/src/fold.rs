//! Constant folding: evaluates string and bytes expressions statically, including the decoding
//! calls malware stacks on its payloads. Nothing is executed; unknown shapes fold to `None`.

use ruff_python_ast::{self as ast, Expr, InterpolatedStringElement, Number, Operator};

use crate::decode::Codec;
use crate::resolve::{MAX_RESOLVE_DEPTH, Scopes};

/// A statically known value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A `str`.
    Str(String),
    /// A `bytes` or `bytearray`.
    Bytes(Vec<u8>),
    /// An `int` that fits in 64 bits.
    Int(i64),
    /// A list or tuple of known values.
    Seq(Vec<Value>),
    /// A dict of known keys and values, in the order written (at most [`MAX_MAP_ENTRIES`]):
    /// the lookup tables of substitution ciphers (`''.join(table[c] for c in text)`).
    Map(Vec<(Value, Value)>),
}

/// Dict literals with more entries than this are data, not a cipher's table, and stay unfolded.
const MAX_MAP_ENTRIES: usize = 4_096;

impl Value {
    /// Python's truth value: non-zero numbers and non-empty strings, bytes and sequences.
    pub fn is_truthy(&self) -> bool {
        match self {
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Int(i) => *i != 0,
            Value::Seq(items) => !items.is_empty(),
            Value::Map(entries) => !entries.is_empty(),
        }
    }

    /// The value as text: bytes are decoded as UTF-8 (lossily), ints are not text.
    pub fn as_text(&self) -> Option<String> {
        match self {
            Value::Str(s) => Some(s.clone()),
            Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
            _ => None,
        }
    }

    /// The value as bytes, encoding text as UTF-8.
    pub fn as_bytes(&self) -> Option<Vec<u8>> {
        match self {
            Value::Str(s) => Some(s.as_bytes().to_vec()),
            Value::Bytes(b) => Some(b.clone()),
            _ => None,
        }
    }

    pub(crate) fn size(&self) -> usize {
        match self {
            Value::Str(s) => s.len(),
            Value::Bytes(b) => b.len(),
            Value::Int(_) => 8,
            Value::Seq(items) => items.iter().map(Value::size).sum(),
            Value::Map(entries) => entries.iter().map(|(k, v)| k.size() + v.size()).sum(),
        }
    }
}

/// Maps a decoding function's qualified name to the codec it applies.
pub fn codec_of(qualname: &str) -> Option<Codec> {
    Some(match qualname {
        "base64.b64decode"
        | "base64.standard_b64decode"
        | "base64.urlsafe_b64decode"
        | "base64.decodebytes"
        | "base64.decodestring"
        | "binascii.a2b_base64" => Codec::Base64,
        "base64.b32decode" => Codec::Base32,
        "base64.b85decode" => Codec::Base85,
        "base64.a85decode" => Codec::Ascii85,
        "base64.b16decode" | "binascii.unhexlify" | "binascii.a2b_hex" | "bytes.fromhex"
        | "bytearray.fromhex" => Codec::Hex,
        "zlib.decompress" => Codec::Zlib,
        "gzip.decompress" => Codec::Gzip,
        "bz2.decompress" => Codec::Bzip2,
        "lzma.decompress" => Codec::Lzma,
        _ => return None,
    })
}

/// The big-endian bytes of a non-negative integer literal as written (`0x…`, `0o…`, `0b…` or
/// decimal, underscores allowed), without leading zero bytes; `None` past `limit` bytes.
fn integer_literal_bytes(literal: &str, limit: usize) -> Option<Vec<u8>> {
    let digits: String = literal.chars().filter(|c| *c != '_').collect();
    let lower = digits.to_ascii_lowercase();
    let (radix, digits) = if let Some(hex) = lower.strip_prefix("0x") {
        (16u32, hex)
    } else if let Some(octal) = lower.strip_prefix("0o") {
        (8, octal)
    } else if let Some(binary) = lower.strip_prefix("0b") {
        (2, binary)
    } else {
        (10, lower.as_str())
    };
    // Every digit carries at least one bit: a literal this long cannot fit in `limit` bytes.
    if digits.is_empty() || digits.len() > limit.saturating_mul(8) {
        return None;
    }
    // Base conversion by repeated multiply-add on a little-endian byte vector.
    let mut value: Vec<u8> = Vec::new();
    for c in digits.chars() {
        let mut carry = c.to_digit(radix)?;
        for byte in &mut value {
            let next = u32::from(*byte) * radix + carry;
            *byte = (next & 0xff) as u8;
            carry = next >> 8;
        }
        while carry > 0 {
            value.push((carry & 0xff) as u8);
            carry >>= 8;
        }
        if value.len() > limit {
            return None;
        }
    }
    value.reverse();
    Some(value)
}

/// `urllib.parse.unquote_to_bytes`: `%XX` escapes become their bytes; anything else stays.
fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b == b'%'
            && let Some(hex) = bytes.get(at + 1..at + 3)
            && let Ok(hex) = std::str::from_utf8(hex)
            && let Ok(value) = u8::from_str_radix(hex, 16)
        {
            out.push(value);
            at += 3;
        } else {
            out.push(b);
            at += 1;
        }
    }
    out
}

/// `html.unescape` for numeric character references (`&#105;`, `&#x69;`) and the five
/// entities every escaper writes; other named entities are left as they are.
fn html_unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(rest.get(..start).unwrap_or_default());
        let tail = rest.get(start..).unwrap_or_default();
        let end = tail.find(';').filter(|&end| end <= 12);
        let entity = end.and_then(|end| tail.get(1..end));
        let decoded = entity.and_then(|entity| match entity {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => {
                let number = entity.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse::<u32>().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (decoded, end) {
            (Some(c), Some(end)) => {
                out.push(c);
                rest = tail.get(end + 1..).unwrap_or_default();
            }
            _ => {
                out.push('&');
                rest = tail.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

/// `quopri.decodestring`: `=XX` escapes become their bytes and `=` at a line end joins lines.
fn quoted_printable_decode(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut at = 0;
    while let Some(&b) = input.get(at) {
        if b != b'=' {
            out.push(b);
            at += 1;
            continue;
        }
        match (input.get(at + 1), input.get(at + 2)) {
            (Some(b'\n'), _) => at += 2,
            (Some(b'\r'), Some(b'\n')) => at += 3,
            (Some(&high), Some(&low)) if high.is_ascii_hexdigit() && low.is_ascii_hexdigit() => {
                let hex = [high, low];
                let value = std::str::from_utf8(&hex)
                    .ok()
                    .and_then(|hex| u8::from_str_radix(hex, 16).ok())
                    .unwrap_or(b'=');
                out.push(value);
                at += 3;
            }
            _ => {
                out.push(b'=');
                at += 1;
            }
        }
    }
    out
}

/// Python's `repr` of a bytes object: `b'...'`, or `b"..."` when only that avoids escaping.
fn bytes_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if char::from(b) == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(char::from(b)),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `bytes.decode(codec)`: text codecs by name; a codec this crate does not model reads as UTF-8,
/// which is what most such names (aliases of UTF-8, Latin scripts) give for ASCII text anyway.
fn decode_text(bytes: &[u8], codec: &str) -> String {
    crate::text_codec::decode(bytes, codec)
        .unwrap_or_else(|| String::from_utf8_lossy(bytes).into_owned())
}

fn codec_by_python_name(name: &str) -> Option<Codec> {
    Some(match name.to_ascii_lowercase().replace('-', "_").as_str() {
        "rot13" | "rot_13" => Codec::Rot13,
        "base64" | "base_64" | "base64_codec" => Codec::Base64,
        "hex" | "hex_codec" => Codec::Hex,
        "zlib" | "zip" | "zlib_codec" => Codec::Zlib,
        "bz2" | "bz2_codec" => Codec::Bzip2,
        _ => return None,
    })
}

impl Scopes {
    /// Folds `expr` to text, if it is statically known.
    pub fn fold_str(&self, expr: &Expr) -> Option<String> {
        self.fold(expr)?.as_text()
    }

    /// Folds `expr` to a value, if it is statically known.
    pub fn fold(&self, expr: &Expr) -> Option<Value> {
        self.fold_at(expr, 0)
            .filter(|value| value.size() <= self.max_decode_bytes())
    }

    fn fold_at(&self, expr: &Expr, depth: u32) -> Option<Value> {
        if depth > MAX_RESOLVE_DEPTH {
            return None;
        }
        let next = depth + 1;
        match expr {
            Expr::StringLiteral(s) => Some(Value::Str(s.value.to_str().to_owned())),
            Expr::BytesLiteral(b) => Some(Value::Bytes(b.value.bytes().collect())),
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => i.as_i64().map(Value::Int),
                _ => None,
            },
            Expr::FString(f) => {
                interpolate(f, |e| self.fold_at(e, next)?.display()).map(Value::Str)
            }
            Expr::Name(name) => self.constant(name.id.as_str()),
            Expr::List(list) => self.fold_seq(&list.elts, next),
            Expr::Tuple(tuple) => self.fold_seq(&tuple.elts, next),
            // A set of constants, in the order written (what is iterated is what counts).
            Expr::Set(set) => self.fold_seq(&set.elts, next),
            Expr::Dict(dict) => self.fold_dict(dict, next),
            Expr::BinOp(binop) => self.fold_binop(binop, next),
            Expr::UnaryOp(unary) if matches!(unary.op, ast::UnaryOp::USub) => {
                match self.fold_at(&unary.operand, next)? {
                    Value::Int(i) => i.checked_neg().map(Value::Int),
                    _ => None,
                }
            }
            Expr::Subscript(subscript) => self.fold_subscript(subscript, next),
            Expr::Call(call) => self.fold_call_remembered(call, next),
            Expr::Attribute(attribute) => {
                // `string.ascii_letters[::-1]`: the alphabets of a substitution cipher.
                let value = string_module_constant(attribute.attr.as_str())?;
                (self.qualname(&attribute.value)? == "string").then(|| Value::Str(value.to_owned()))
            }
            Expr::If(conditional) => {
                if self.fold_at(&conditional.test, next)?.is_truthy() {
                    self.fold_at(&conditional.body, next)
                } else {
                    self.fold_at(&conditional.orelse, next)
                }
            }
            Expr::Compare(compare) => self.fold_compare(compare, next),
            Expr::ListComp(comp) => self.fold_comprehension(&comp.elt, &comp.generators, next),
            Expr::Generator(generator) => {
                self.fold_comprehension(&generator.elt, &generator.generators, next)
            }
            _ => None,
        }
    }

    fn fold_dict(&self, dict: &ast::ExprDict, depth: u32) -> Option<Value> {
        if dict.items.len() > MAX_MAP_ENTRIES {
            return None;
        }
        dict.items
            .iter()
            .map(|item| {
                // `{**other}` spreads an unknown mapping.
                let key = self.fold_at(item.key.as_ref()?, depth)?;
                Some((key, self.fold_at(&item.value, depth)?))
            })
            .collect::<Option<Vec<_>>>()
            .map(Value::Map)
    }

    fn fold_seq(&self, elts: &[Expr], depth: u32) -> Option<Value> {
        if elts.len() > 1 << 20 {
            return None;
        }
        elts.iter()
            .map(|e| self.fold_at(e, depth))
            .collect::<Option<Vec<_>>>()
            .map(Value::Seq)
    }

    fn fold_binop(&self, binop: &ast::ExprBinOp, depth: u32) -> Option<Value> {
        // Left-deep `a + b + c + ...` chains are common in obfuscation; fold them iteratively so
        // that long chains do not recurse once per term.
        if matches!(binop.op, Operator::Add) {
            let mut terms = vec![&*binop.right];
            let mut left = &*binop.left;
            while let Expr::BinOp(inner) = left {
                if !matches!(inner.op, Operator::Add) {
                    break;
                }
                terms.push(&inner.right);
                left = &inner.left;
            }
            terms.push(left);
            let mut acc: Option<Value> = None;
            for term in terms.into_iter().rev() {
                let value = self.fold_at(term, depth)?;
                acc = Some(match acc {
                    None => value,
                    Some(current) => add(current, value)?,
                });
                if acc
                    .as_ref()
                    .is_some_and(|v| v.size() > self.max_decode_bytes())
                {
                    return None;
                }
            }
            return acc;
        }
        let left = self.fold_at(&binop.left, depth)?;
        let right = self.fold_at(&binop.right, depth)?;
        match (binop.op, left, right) {
            (Operator::Mult, Value::Str(s), Value::Int(n))
            | (Operator::Mult, Value::Int(n), Value::Str(s)) => {
                let n = usize::try_from(n).ok()?;
                (s.len().saturating_mul(n) <= self.max_decode_bytes())
                    .then(|| Value::Str(s.repeat(n)))
            }
            (Operator::Mod, Value::Str(format), args) => {
                percent_format(&format, args).map(Value::Str)
            }
            // `Path.home() / ".ssh"`: pathlib's `/` joins paths.
            (Operator::Div, Value::Str(a), Value::Str(b)) => Some(Value::Str(format!("{a}/{b}"))),
            (op, Value::Int(a), Value::Int(b)) => Some(Value::Int(match op {
                Operator::Sub => a.checked_sub(b)?,
                Operator::Mult => a.checked_mul(b)?,
                Operator::BitXor => a ^ b,
                Operator::BitAnd => a & b,
                Operator::BitOr => a | b,
                // `(1 << 8) + (1 << 7)`: offsets written as bit arithmetic.
                Operator::LShift => a.checked_shl(u32::try_from(b).ok().filter(|b| *b < 63)?)?,
                Operator::RShift => a.checked_shr(u32::try_from(b).ok().filter(|b| *b < 63)?)?,
                Operator::FloorDiv if b != 0 => a.div_euclid(b),
                // `chr(int(912 / 8))`: a true division that leaves no remainder is that
                // integer (Python's float, but only ever seen rounded back by `int`/`chr`).
                Operator::Div if b != 0 && a.checked_rem(b) == Some(0) => a.checked_div(b)?,
                Operator::Mod if b != 0 => a.rem_euclid(b),
                _ => return None,
            })),
            _ => None,
        }
    }

    fn fold_subscript(&self, subscript: &ast::ExprSubscript, depth: u32) -> Option<Value> {
        let value = self.fold_at(&subscript.value, depth)?;
        match &*subscript.slice {
            Expr::Slice(slice) => {
                let bound = |e: &Option<Box<Expr>>| match e {
                    None => Some(None),
                    Some(e) => match self.fold_at(e, depth)? {
                        Value::Int(i) => Some(Some(i)),
                        _ => None,
                    },
                };
                let (lower, upper, step) = (
                    bound(&slice.lower)?,
                    bound(&slice.upper)?,
                    bound(&slice.step)?,
                );
                match value {
                    Value::Str(s) => {
                        let chars: Vec<char> = s.chars().collect();
                        Some(Value::Str(
                            slice_items(&chars, lower, upper, step)?
                                .into_iter()
                                .collect(),
                        ))
                    }
                    Value::Bytes(b) => Some(Value::Bytes(slice_items(&b, lower, upper, step)?)),
                    Value::Seq(items) => Some(Value::Seq(slice_items(&items, lower, upper, step)?)),
                    Value::Int(_) | Value::Map(_) => None,
                }
            }
            index => {
                let key = self.fold_at(index, depth)?;
                if let Value::Map(entries) = &value {
                    // The last of repeated keys wins, as in Python.
                    return entries
                        .iter()
                        .rev()
                        .find(|(k, _)| *k == key)
                        .map(|(_, v)| v.clone());
                }
                let Value::Int(i) = key else {
                    return None;
                };
                match value {
                    Value::Seq(items) => items.get(python_index(i, items.len())?).cloned(),
                    Value::Str(s) => {
                        let chars: Vec<char> = s.chars().collect();
                        chars
                            .get(python_index(i, chars.len())?)
                            .map(|c| Value::Str(c.to_string()))
                    }
                    Value::Bytes(b) => b
                        .get(python_index(i, b.len())?)
                        .map(|&x| Value::Int(i64::from(x))),
                    Value::Int(_) | Value::Map(_) => None,
                }
            }
        }
    }

    fn fold_comprehension(
        &self,
        elt: &Expr,
        generators: &[ast::Comprehension],
        depth: u32,
    ) -> Option<Value> {
        // One generator with a simple target (`chr(c ^ 7) for c in [..]`,
        // `alphabet[key.index(c)] if c in key else c for c in text`), filters allowed.
        let [generator] = generators else { return None };
        // `for i, b in enumerate(blob)`: names unpacked from each item.
        let targets: Vec<&str> = match &generator.target {
            Expr::Name(target) => vec![target.id.as_str()],
            Expr::Tuple(tuple) => tuple
                .elts
                .iter()
                .map(|element| match element {
                    Expr::Name(name) => Some(name.id.as_str()),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()?,
            _ => return None,
        };
        let items = match self.fold_at(&generator.iter, depth)? {
            Value::Seq(items) => items,
            Value::Str(s) => s.chars().map(|c| Value::Str(c.to_string())).collect(),
            Value::Bytes(b) => b.into_iter().map(|x| Value::Int(i64::from(x))).collect(),
            Value::Map(entries) => entries.into_iter().map(|(key, _)| key).collect(),
            Value::Int(_) => return None,
        };
        // The loop variable is bound in an overlay frame over what is already bound there
        // (a comprehension inside a wrapper still sees the wrapper's parameters).
        let frame = self.overlay_frame();
        self.with_bindings(frame, || {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                match targets.as_slice() {
                    [single] => self.bind_in_frame(single, item),
                    names => {
                        let Value::Seq(parts) = item else {
                            return None;
                        };
                        if parts.len() != names.len() {
                            return None;
                        }
                        for (name, part) in names.iter().zip(parts) {
                            self.bind_in_frame(name, part);
                        }
                    }
                }
                let kept = generator
                    .ifs
                    .iter()
                    .map(|condition| self.fold_at(condition, depth).map(|v| v.is_truthy()))
                    .collect::<Option<Vec<bool>>>()?
                    .into_iter()
                    .all(|keep| keep);
                if kept {
                    out.push(self.fold_at(elt, depth)?);
                }
            }
            Some(Value::Seq(out))
        })
    }

    /// `a in b`, `a == b` and friends, one operator long; `True` and `False` fold to 1 and 0.
    fn fold_compare(&self, compare: &ast::ExprCompare, depth: u32) -> Option<Value> {
        let ([op], [right]) = (&*compare.ops, &*compare.comparators) else {
            return None;
        };
        let left = self.fold_at(&compare.left, depth)?;
        let right = self.fold_at(right, depth)?;
        let contains = |needle: &Value, haystack: &Value| match (needle, haystack) {
            (Value::Str(n), Value::Str(h)) => Some(h.contains(n.as_str())),
            (Value::Bytes(n), Value::Bytes(h)) => {
                Some(n.is_empty() || h.windows(n.len()).any(|w| w == n.as_slice()))
            }
            (Value::Int(n), Value::Bytes(h)) => Some(h.iter().any(|b| i64::from(*b) == *n)),
            (n, Value::Seq(items)) => Some(items.contains(n)),
            _ => None,
        };
        let truth = match op {
            ast::CmpOp::In => contains(&left, &right)?,
            ast::CmpOp::NotIn => !contains(&left, &right)?,
            ast::CmpOp::Eq => left == right,
            ast::CmpOp::NotEq => left != right,
            ordering => {
                let (Value::Int(a), Value::Int(b)) = (left, right) else {
                    return None;
                };
                match ordering {
                    ast::CmpOp::Lt => a < b,
                    ast::CmpOp::LtE => a <= b,
                    ast::CmpOp::Gt => a > b,
                    ast::CmpOp::GtE => a >= b,
                    _ => return None,
                }
            }
        };
        Some(Value::Int(i64::from(truth)))
    }

    /// Folds `call` to a value, if it is statically known (the top-level entry for a call
    /// node the caller holds, so the walk need not clone it into an [`Expr`]).
    pub fn fold_call_value(&self, call: &ast::ExprCall) -> Option<Value> {
        self.fold_call_remembered(call, 0)
            .filter(|value| value.size() <= self.max_decode_bytes())
    }

    /// [`Self::fold_call`], through the statement's memory of large call folds.
    fn fold_call_remembered(&self, call: &ast::ExprCall, depth: u32) -> Option<Value> {
        let key = std::ptr::from_ref(call) as usize;
        if let Some(value) = self.remembered_call_fold(key, depth) {
            return Some(value);
        }
        let value = self.fold_call(call, depth)?;
        self.remember_call_fold(key, depth, &value);
        Some(value)
    }

    fn fold_call(&self, call: &ast::ExprCall, depth: u32) -> Option<Value> {
        let args = &call.arguments.args;
        // `(0x696d706f…).to_bytes(52, 'big')`: text spelled as one big integer literal.
        if let Expr::Attribute(attribute) = &*call.func
            && attribute.attr.as_str() == "to_bytes"
            && let Expr::NumberLiteral(number) = &*attribute.value
            && let Number::Int(int) = &number.value
        {
            let length = match args.first().and_then(|a| self.fold_at(a, depth)) {
                Some(Value::Int(length)) => usize::try_from(length).ok()?,
                _ => return None,
            };
            let order = args
                .get(1)
                .or_else(|| {
                    call.arguments
                        .keywords
                        .iter()
                        .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "byteorder"))
                        .map(|k| &k.value)
                })
                .map(|a| self.fold_at(a, depth).and_then(|v| v.as_text()))
                .unwrap_or_else(|| Some("big".to_owned()))?;
            let mut bytes = integer_literal_bytes(&int.to_string(), self.max_decode_bytes())?;
            if bytes.len() > length {
                return None;
            }
            let mut padded = vec![0u8; length - bytes.len()];
            padded.append(&mut bytes);
            match order.as_str() {
                "big" => return Some(Value::Bytes(padded)),
                "little" => {
                    padded.reverse();
                    return Some(Value::Bytes(padded));
                }
                _ => return None,
            }
        }
        // Method calls on a folded receiver: "sep".join(..), s.decode(), s[::-1].replace(..), ...
        if let Expr::Attribute(attribute) = &*call.func
            && let Some(receiver) = self.fold_at(&attribute.value, depth)
        {
            return self.fold_method(receiver, attribute.attr.as_str(), args, depth);
        }
        // `_ = "".join` … `_([chr(c) for c in codes])`.
        if let Expr::Name(name) = &*call.func
            && let Some((receiver, method)) = self.bound_method(name.id.as_str())
        {
            return self.fold_method(receiver.clone(), method, args, depth);
        }
        // `self.decd(blob)`: a method of the class being read, whose first parameter is `self`.
        if let Some((callee, receiver_bound)) = crate::resolve::wrapper_callee(&call.func)
            && let Some(wrapper) = self.wrapper(callee)
        {
            let params = if receiver_bound {
                wrapper.params.get(1..).unwrap_or_default()
            } else {
                wrapper.params.as_slice()
            };
            if params.len() != args.len() || !call.arguments.keywords.is_empty() {
                return None;
            }
            let mut bindings = foldhash::HashMap::default();
            for (param, arg) in params.iter().zip(args.iter()) {
                bindings.insert(param.clone(), self.fold_at(arg, depth)?);
            }
            return self.with_bindings(bindings, || {
                for (name, step) in &wrapper.steps {
                    // A local `f = lambda s: ...` step is a decoder known by name, not a value.
                    if matches!(step, Expr::Lambda(_)) {
                        continue;
                    }
                    let value = self.fold_at(step, depth + 4)?;
                    self.bind_in_frame(name, value);
                }
                self.fold_at(&wrapper.body, depth + 4)
            });
        }
        let func = self.qualname(&call.func)?;
        if let Some(codec) = codec_of(&func) {
            let input = self.fold_at(args.first()?, depth)?.as_bytes()?;
            return self.decode(codec, &input).map(Value::Bytes);
        }
        match func.as_str() {
            // The code object stands for the source it was compiled from: exec of it runs that.
            "marshal.loads" if args.len() == 1 => {
                let input = self.fold_at(args.first()?, depth)?.as_bytes()?;
                self.unmarshal(&input).map(Value::Str)
            }
            "codecs.decode" | "codecs.encode" => {
                let input = self.fold_at(args.first()?, depth)?;
                let codec_name = self.fold_at(args.get(1)?, depth)?.as_text()?;
                let Some(codec) = codec_by_python_name(&codec_name) else {
                    // A text codec: `codecs.decode(b, 'cp1026')` is `b.decode('cp1026')`.
                    return match (func.as_str(), input) {
                        ("codecs.decode", Value::Bytes(b)) => {
                            Some(Value::Str(decode_text(&b, &codec_name)))
                        }
                        ("codecs.encode", Value::Str(s)) => {
                            crate::text_codec::encode(&s, &codec_name).map(Value::Bytes)
                        }
                        _ => None,
                    };
                };
                let out = self.decode(codec, &input.as_bytes()?)?;
                Some(match input {
                    Value::Str(_) if codec == Codec::Rot13 => {
                        Value::Str(String::from_utf8_lossy(&out).into_owned())
                    }
                    _ => Value::Bytes(out),
                })
            }
            "bytes" | "bytearray" => match self.fold_at(args.first()?, depth)? {
                Value::Seq(items) => items
                    .iter()
                    .map(|v| match v {
                        Value::Int(i) => u8::try_from(*i).ok(),
                        _ => None,
                    })
                    .collect::<Option<Vec<u8>>>()
                    .map(Value::Bytes),
                Value::Str(s) => Some(Value::Bytes(s.into_bytes())),
                Value::Bytes(b) => Some(Value::Bytes(b)),
                Value::Int(_) | Value::Map(_) => None,
            },
            // `str(b, encoding='utf-8')` is `b.decode('utf-8')`.
            "str" if args.len() == 1 && call.arguments.find_keyword("encoding").is_some() => {
                match self.fold_at(args.first()?, depth)? {
                    Value::Bytes(b) => {
                        let keyword = call.arguments.find_keyword("encoding")?;
                        let codec = self.fold_at(&keyword.value, depth)?.as_text()?;
                        Some(Value::Str(decode_text(&b, &codec)))
                    }
                    _ => None,
                }
            }
            "str" if args.len() == 1 => match self.fold_at(args.first()?, depth)? {
                Value::Str(s) => Some(Value::Str(s)),
                Value::Int(i) => Some(Value::Str(i.to_string())),
                // `str(b64decode(x)).strip("b'")`: the repr, which droppers then trim.
                Value::Bytes(b) => Some(Value::Str(bytes_repr(&b))),
                _ => None,
            },
            "str" if args.len() >= 2 => match self.fold_at(args.first()?, depth)? {
                Value::Bytes(b) => {
                    let codec = self.fold_at(args.get(1)?, depth)?.as_text()?;
                    Some(Value::Str(decode_text(&b, &codec)))
                }
                _ => None,
            },
            // `functools.reduce(lambda a, b: a + b, pieces)`: the pieces concatenated.
            "functools.reduce" | "reduce" if (2..=3).contains(&args.len()) => {
                if !is_concatenation(args.first()?, |f| self.qualname(f)) {
                    return None;
                }
                let Value::Seq(items) = self.fold_at(args.get(1)?, depth)? else {
                    return None;
                };
                let initial = match args.get(2) {
                    Some(initial) => Some(self.fold_at(initial, depth)?),
                    None => None,
                };
                concatenate(initial.into_iter().chain(items), self.max_decode_bytes())
            }
            // `key[i % len(key)]` of a repeating-key cipher.
            "len" if args.len() == 1 => {
                let length = match self.fold_at(args.first()?, depth)? {
                    Value::Str(s) => s.chars().count(),
                    Value::Bytes(b) => b.len(),
                    Value::Seq(items) => items.len(),
                    Value::Map(entries) => entries.len(),
                    Value::Int(_) => return None,
                };
                Some(Value::Int(i64::try_from(length).ok()?))
            }
            // `enumerate(blob)`: index and item pairs, as a repeating-key XOR loop reads them.
            "enumerate" if args.len() == 1 => {
                let items = match self.fold_at(args.first()?, depth)? {
                    Value::Seq(items) => items,
                    Value::Str(s) => s.chars().map(|c| Value::Str(c.to_string())).collect(),
                    Value::Bytes(b) => b.into_iter().map(|x| Value::Int(i64::from(x))).collect(),
                    Value::Int(_) | Value::Map(_) => return None,
                };
                // Each pair is a small allocation of its own: past a few hundred kilobytes of
                // payload the pairs would cost far more memory than the text.
                if items.len() > MAX_ENUMERATED_ITEMS {
                    return None;
                }
                Some(Value::Seq(
                    items
                        .into_iter()
                        .enumerate()
                        .map(|(index, item)| {
                            Value::Seq(vec![
                                Value::Int(i64::try_from(index).unwrap_or(i64::MAX)),
                                item,
                            ])
                        })
                        .collect(),
                ))
            }
            "map" if args.len() == 2 => {
                let function = self.qualname(args.first()?)?;
                let items = match self.fold_at(args.get(1)?, depth)? {
                    Value::Seq(items) => items,
                    Value::Str(s) => s.chars().map(|c| Value::Str(c.to_string())).collect(),
                    Value::Bytes(b) => b.into_iter().map(|x| Value::Int(i64::from(x))).collect(),
                    Value::Int(_) | Value::Map(_) => return None,
                };
                items
                    .into_iter()
                    .map(|item| apply_unary_builtin(&function, item))
                    .collect::<Option<Vec<_>>>()
                    .map(Value::Seq)
            }
            "chr" | "ord" | "int" | "list" | "tuple" | "reversed" | "set" | "frozenset"
                if args.len() == 1 =>
            {
                apply_unary_builtin(&func, self.fold_at(args.first()?, depth)?)
            }
            // `int('1101001', 2)`, `int('ff', 16)`: bits and hex digits spelled as text.
            "int" if args.len() == 2 => {
                let text = self.fold_at(args.first()?, depth)?.as_text()?;
                let Value::Int(base) = self.fold_at(args.get(1)?, depth)? else {
                    return None;
                };
                let base = u32::try_from(base).ok().filter(|b| (2..=36).contains(b))?;
                let digits = text.trim().replace('_', "");
                let digits = match base {
                    2 => digits.strip_prefix("0b").unwrap_or(&digits).to_owned(),
                    8 => digits.strip_prefix("0o").unwrap_or(&digits).to_owned(),
                    16 => digits.strip_prefix("0x").unwrap_or(&digits).to_owned(),
                    _ => digits,
                };
                i64::from_str_radix(&digits, base).ok().map(Value::Int)
            }
            // Web escapes hide text as well as base64 does: `%69%6d…`, `&#105;&#109;…`, `=69=6D…`.
            "urllib.parse.unquote" | "urllib.parse.unquote_plus" | "urllib.unquote"
                if args.len() == 1 =>
            {
                let text = self.fold_at(args.first()?, depth)?.as_text()?;
                let text = if func.ends_with("_plus") {
                    text.replace('+', " ")
                } else {
                    text
                };
                Some(Value::Str(
                    String::from_utf8_lossy(&percent_decode(&text)).into_owned(),
                ))
            }
            "urllib.parse.unquote_to_bytes" if args.len() == 1 => {
                let text = self.fold_at(args.first()?, depth)?.as_text()?;
                Some(Value::Bytes(percent_decode(&text)))
            }
            "html.unescape" if args.len() == 1 => {
                let text = self.fold_at(args.first()?, depth)?.as_text()?;
                Some(Value::Str(html_unescape(&text)))
            }
            "quopri.decodestring" if args.len() == 1 => {
                let input = self.fold_at(args.first()?, depth)?.as_bytes()?;
                Some(Value::Bytes(quoted_printable_decode(&input)))
            }
            // Path helpers keep the text that matters for detection (`~/.ssh`, `%APPDATA%`).
            "os.path.expanduser" | "os.path.expandvars" | "os.path.abspath"
            | "os.path.normpath" | "os.path.realpath" | "os.fspath" | "pathlib.Path"
            | "pathlib.PurePath" | "Path"
                if args.len() == 1 =>
            {
                Some(Value::Str(self.fold_at(args.first()?, depth)?.as_text()?))
            }
            "pathlib.Path.home" | "os.path.expanduser('~')" if args.is_empty() => {
                Some(Value::Str("~".to_owned()))
            }
            "os.path.join" | "posixpath.join" | "ntpath.join" | "pathlib.Path"
            | "pathlib.PurePath" => {
                let parts = args
                    .iter()
                    .map(|a| self.fold_at(a, depth)?.as_text())
                    .collect::<Option<Vec<_>>>()?;
                Some(Value::Str(parts.join("/")))
            }
            _ => None,
        }
    }

    /// The table of `str.maketrans(FROM, TO[, DELETE])` written in place, as a map from each
    /// character to its replacement (`None`: deleted).
    fn translation_table(
        &self,
        expr: &Expr,
        depth: u32,
    ) -> Option<std::collections::HashMap<char, Option<char>>> {
        let Expr::Call(call) = expr else {
            return None;
        };
        let Expr::Attribute(method) = &*call.func else {
            return None;
        };
        if method.attr.as_str() != "maketrans" || !call.arguments.keywords.is_empty() {
            return None;
        }
        let texts = call
            .arguments
            .args
            .iter()
            .map(|a| self.fold_at(a, depth + 1)?.as_text())
            .collect::<Option<Vec<String>>>()?;
        let (from, to, delete) = match texts.as_slice() {
            [from, to] => (from, to, None),
            [from, to, delete] => (from, to, Some(delete)),
            _ => return None,
        };
        if from.chars().count() != to.chars().count() {
            return None;
        }
        let mut table: std::collections::HashMap<char, Option<char>> =
            from.chars().zip(to.chars().map(Some)).collect();
        for c in delete.into_iter().flat_map(|d| d.chars()) {
            table.insert(c, None);
        }
        Some(table)
    }

    fn fold_method(
        &self,
        receiver: Value,
        method: &str,
        args: &[Expr],
        depth: u32,
    ) -> Option<Value> {
        let arg = |i: usize| args.get(i).and_then(|a| self.fold_at(a, depth));
        match (receiver, method) {
            // `table.get(c, c)`: a cipher's table leaves unmapped characters as they are.
            (Value::Map(entries), "get") => {
                let key = arg(0)?;
                match entries.iter().rev().find(|(k, _)| *k == key) {
                    Some((_, value)) => Some(value.clone()),
                    None => arg(1),
                }
            }
            (Value::Map(entries), "items") if args.is_empty() => Some(Value::Seq(
                entries
                    .into_iter()
                    .map(|(key, value)| Value::Seq(vec![key, value]))
                    .collect(),
            )),
            (Value::Map(entries), "values") if args.is_empty() => Some(Value::Seq(
                entries.into_iter().map(|(_, value)| value).collect(),
            )),
            (Value::Map(entries), "keys") if args.is_empty() => Some(Value::Seq(
                entries.into_iter().map(|(key, _)| key).collect(),
            )),
            (Value::Str(sep), "join") => {
                join_text(&sep, arg(0)?, self.max_decode_bytes()).map(Value::Str)
            }
            (Value::Bytes(sep), "join") => {
                let Value::Seq(items) = arg(0)? else {
                    return None;
                };
                let parts = items.iter().map(|v| match v {
                    Value::Bytes(b) => Some(b.clone()),
                    _ => None,
                });
                let parts = parts.collect::<Option<Vec<_>>>()?;
                Some(Value::Bytes(parts.join(&sep[..])))
            }
            (Value::Bytes(b), "decode") => Some(Value::Str(match args.first() {
                Some(codec) => decode_text(&b, &self.fold_at(codec, depth)?.as_text()?),
                None => String::from_utf8_lossy(&b).into_owned(),
            })),
            (Value::Str(s), "encode") => Some(Value::Bytes(match args.first() {
                Some(codec) => {
                    crate::text_codec::encode(&s, &self.fold_at(codec, depth)?.as_text()?)?
                }
                None => s.into_bytes(),
            })),
            // `s.translate(str.maketrans(FROM, TO))`: a substitution cipher over the text.
            (Value::Str(s), "translate") => {
                let table = self.translation_table(args.first()?, depth)?;
                let out: String = s
                    .chars()
                    .filter_map(|c| match table.get(&c) {
                        Some(mapped) => *mapped,
                        None => Some(c),
                    })
                    .collect();
                Some(Value::Str(out))
            }
            (Value::Str(s), "replace") => {
                let (from, to) = (arg(0)?.as_text()?, arg(1)?.as_text()?);
                if from.is_empty() {
                    return None;
                }
                let out = s.replace(&from, &to);
                (out.len() <= self.max_decode_bytes()).then_some(Value::Str(out))
            }
            (Value::Bytes(b), "replace") => {
                let (from, to) = (arg(0)?.as_bytes()?, arg(1)?.as_bytes()?);
                if from.is_empty() {
                    return None;
                }
                Some(Value::Bytes(replace_bytes(&b, &from, &to)))
            }
            (Value::Str(s), "format") => {
                let values = args
                    .iter()
                    .map(|a| self.fold_at(a, depth)?.display())
                    .collect::<Option<Vec<_>>>()?;
                brace_format(&s, &values).map(Value::Str)
            }
            (Value::Str(s), "strip") if args.is_empty() => Some(Value::Str(s.trim().to_owned())),
            (Value::Str(s), "lstrip") if args.is_empty() => {
                Some(Value::Str(s.trim_start().to_owned()))
            }
            (Value::Str(s), "rstrip") if args.is_empty() => {
                Some(Value::Str(s.trim_end().to_owned()))
            }
            (Value::Str(s), method @ ("strip" | "lstrip" | "rstrip")) => {
                let chars: Vec<char> = arg(0)?.as_text()?.chars().collect();
                let set = |c: char| chars.contains(&c);
                Some(Value::Str(
                    match method {
                        "lstrip" => s.trim_start_matches(set),
                        "rstrip" => s.trim_end_matches(set),
                        _ => s.trim_matches(set),
                    }
                    .to_owned(),
                ))
            }
            // `key.index(c)`: a position in a substitution alphabet, counted in characters.
            (Value::Str(s), method @ ("index" | "find")) => {
                let needle = arg(0)?.as_text()?;
                match s.find(needle.as_str()) {
                    Some(at) => i64::try_from(s.get(..at)?.chars().count()).ok(),
                    None if method == "find" => Some(-1),
                    None => None,
                }
                .map(Value::Int)
            }
            (Value::Str(s), "lower") => Some(Value::Str(s.to_lowercase())),
            (Value::Str(s), "upper") => Some(Value::Str(s.to_uppercase())),
            (Value::Str(s), "split") if args.is_empty() => Some(Value::Seq(
                s.split_whitespace()
                    .map(|p| Value::Str(p.to_owned()))
                    .collect(),
            )),
            (Value::Str(s), "split") => {
                let sep = arg(0)?.as_text()?;
                if sep.is_empty() {
                    return None;
                }
                Some(Value::Seq(
                    s.split(sep.as_str())
                        .map(|p| Value::Str(p.to_owned()))
                        .collect(),
                ))
            }
            _ => None,
        }
    }
}

/// The alphabets the `string` module defines, by name.
fn string_module_constant(name: &str) -> Option<&'static str> {
    Some(match name {
        "ascii_letters" => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "ascii_lowercase" => "abcdefghijklmnopqrstuvwxyz",
        "ascii_uppercase" => "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "digits" => "0123456789",
        "hexdigits" => "0123456789abcdefABCDEF",
        "octdigits" => "01234567",
        "punctuation" => "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        _ => return None,
    })
}

/// Placeholder for the unknown parts of a partially folded string.
pub const UNKNOWN: &str = "…";

impl Scopes {
    /// Folds `expr` to text, keeping what is constant and writing [`UNKNOWN`] for the rest:
    /// `'echo %s|base64 -d|bash' % data` reads `echo …|base64 -d|bash`. Used to judge commands
    /// and URLs, never to decode. `None` when nothing constant is left.
    pub fn fold_lossy(&self, expr: &Expr) -> Option<String> {
        let text = self.lossy_at(expr, 0);
        let known = text.replace(UNKNOWN, "");
        (known.trim().len() >= 2).then_some(text)
    }

    fn lossy_at(&self, expr: &Expr, depth: u32) -> String {
        if depth > MAX_RESOLVE_DEPTH {
            return UNKNOWN.to_owned();
        }
        if let Some(value) = self.fold_at(expr, depth) {
            match value {
                Value::Seq(items) => {
                    return items
                        .iter()
                        .map(|v| v.display().unwrap_or_else(|| UNKNOWN.to_owned()))
                        .collect::<Vec<_>>()
                        .join(" ");
                }
                other => {
                    if let Some(text) = other.display().or_else(|| other.as_text()) {
                        return text;
                    }
                }
            }
        }
        let next = depth + 1;
        match expr {
            Expr::BinOp(binop) if matches!(binop.op, Operator::Add) => {
                format!(
                    "{}{}",
                    self.lossy_at(&binop.left, next),
                    self.lossy_at(&binop.right, next)
                )
            }
            Expr::BinOp(binop) if matches!(binop.op, Operator::Mod) => {
                let format = self.lossy_at(&binop.left, next);
                let mut out = String::new();
                let mut chars = format.chars().peekable();
                while let Some(c) = chars.next() {
                    if c == '%'
                        && chars
                            .peek()
                            .is_some_and(|n| matches!(n, 's' | 'd' | 'r' | 'i'))
                    {
                        chars.next();
                        out.push_str(UNKNOWN);
                    } else {
                        out.push(c);
                    }
                }
                out
            }
            Expr::FString(f) => {
                interpolate(f, |e| Some(self.lossy_at(e, next))).unwrap_or_default()
            }
            Expr::List(list) => list
                .elts
                .iter()
                .map(|e| self.lossy_at(e, next))
                .collect::<Vec<_>>()
                .join(" "),
            Expr::Tuple(tuple) => tuple
                .elts
                .iter()
                .map(|e| self.lossy_at(e, next))
                .collect::<Vec<_>>()
                .join(" "),
            Expr::Call(call) => {
                if let Expr::Attribute(attribute) = &*call.func
                    && attribute.attr.as_str() == "format"
                {
                    let template = self.lossy_at(&attribute.value, next);
                    return replace_fields(&template);
                }
                if is_path_join(expr) {
                    return call
                        .arguments
                        .args
                        .iter()
                        .map(|part| self.lossy_at(part, next))
                        .collect::<Vec<_>>()
                        .join("/");
                }
                // `os.environ.get('DOCKER_CONFIG', '~/.docker')`: on every machine that does not
                // set the variable, the default is the value; it says what path or address is
                // meant.
                if let Some(qualname) = self.qualname(&call.func)
                    && matches!(qualname.as_str(), "os.environ.get" | "os.getenv")
                    && let Some(default) = call.arguments.args.get(1).or_else(|| {
                        call.arguments
                            .keywords
                            .iter()
                            .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "default"))
                            .map(|k| &k.value)
                    })
                {
                    return self.lossy_at(default, next);
                }
                UNKNOWN.to_owned()
            }
            Expr::Name(name) => self
                .partial(name.id.as_str())
                .map_or_else(|| UNKNOWN.to_owned(), str::to_owned),
            _ => UNKNOWN.to_owned(),
        }
    }
}

/// `os.path.join(…)` (any alias ending in `path.join`), whose constant parts say what file a
/// half-known path names.
pub fn is_path_join(expr: &Expr) -> bool {
    matches!(expr, Expr::Call(call) if matches!(&*call.func, Expr::Attribute(a)
        if a.attr.as_str() == "join" && matches!(&*a.value, Expr::Attribute(p) if p.attr.as_str() == "path")))
}

/// The text of an f-string, with each `{expression}` rendered by `render` (`None` aborts).
fn interpolate(
    f: &ast::ExprFString,
    mut render: impl FnMut(&Expr) -> Option<String>,
) -> Option<String> {
    let mut out = String::new();
    for part in f.value.iter() {
        match part {
            ast::FStringPart::Literal(literal) => out.push_str(&literal.value),
            ast::FStringPart::FString(fstring) => {
                for element in &fstring.elements {
                    match element {
                        InterpolatedStringElement::Literal(l) => out.push_str(&l.value),
                        InterpolatedStringElement::Interpolation(i) => {
                            out.push_str(&render(&i.expression)?)
                        }
                    }
                }
            }
        }
    }
    Some(out)
}

fn replace_fields(template: &str) -> String {
    let mut out = String::new();
    let mut in_field = false;
    for c in template.chars() {
        match (c, in_field) {
            ('{', false) => in_field = true,
            ('}', true) => {
                in_field = false;
                out.push_str(UNKNOWN);
            }
            (_, true) => {}
            (c, false) => out.push(c),
        }
    }
    out
}

impl Value {
    /// How `str(value)` / f-string interpolation would show this value, for the shapes we track.
    pub fn display(&self) -> Option<String> {
        match self {
            Value::Str(s) => Some(s.clone()),
            Value::Int(i) => Some(i.to_string()),
            _ => None,
        }
    }
}

fn add(left: Value, right: Value) -> Option<Value> {
    match (left, right) {
        (Value::Str(mut a), Value::Str(b)) => {
            a.push_str(&b);
            Some(Value::Str(a))
        }
        (Value::Bytes(mut a), Value::Bytes(b)) => {
            a.extend_from_slice(&b);
            Some(Value::Bytes(a))
        }
        (Value::Int(a), Value::Int(b)) => a.checked_add(b).map(Value::Int),
        (Value::Seq(mut a), Value::Seq(b)) => {
            a.extend(b);
            Some(Value::Seq(a))
        }
        _ => None,
    }
}

fn apply_unary_builtin(func: &str, arg: Value) -> Option<Value> {
    match (func, arg) {
        ("chr", Value::Int(i)) => {
            char::from_u32(u32::try_from(i).ok()?).map(|c| Value::Str(c.to_string()))
        }
        ("ord", Value::Str(s)) => {
            let mut chars = s.chars();
            let c = chars.next()?;
            chars
                .next()
                .is_none()
                .then_some(Value::Int(i64::from(u32::from(c))))
        }
        ("int", Value::Str(s)) => s.trim().parse().ok().map(Value::Int),
        ("int", Value::Int(i)) => Some(Value::Int(i)),
        ("list" | "tuple" | "set" | "frozenset", Value::Seq(items)) => Some(Value::Seq(items)),
        ("list" | "tuple", Value::Str(s)) => Some(Value::Seq(
            s.chars().map(|c| Value::Str(c.to_string())).collect(),
        )),
        ("reversed", Value::Seq(mut items)) => {
            items.reverse();
            Some(Value::Seq(items))
        }
        ("reversed", Value::Str(s)) => Some(Value::Seq(
            s.chars().rev().map(|c| Value::Str(c.to_string())).collect(),
        )),
        ("str", Value::Int(i)) => Some(Value::Str(i.to_string())),
        ("str", Value::Str(s)) => Some(Value::Str(s)),
        _ => None,
    }
}

fn join_text(sep: &str, items: Value, limit: usize) -> Option<String> {
    let parts = match items {
        Value::Seq(items) => items
            .into_iter()
            .map(|v| match v {
                Value::Str(s) => Some(s),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()?,
        Value::Str(s) => s.chars().map(|c| c.to_string()).collect(),
        _ => return None,
    };
    let joined = parts.join(sep);
    (joined.len() <= limit).then_some(joined)
}

fn replace_bytes(haystack: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut rest = haystack;
    while let Some(at) = memchr::memmem::find(rest, from) {
        let Some((before, after)) = rest.split_at_checked(at) else {
            break;
        };
        let Some(after) = after.strip_prefix(from) else {
            break;
        };
        out.extend_from_slice(before);
        out.extend_from_slice(to);
        rest = after;
    }
    out.extend_from_slice(rest);
    out
}

fn python_index(i: i64, len: usize) -> Option<usize> {
    let len = i64::try_from(len).ok()?;
    let index = if i < 0 { len + i } else { i };
    (0..len)
        .contains(&index)
        .then(|| usize::try_from(index).ok())
        .flatten()
}

fn slice_items<T: Clone>(
    items: &[T],
    lower: Option<i64>,
    upper: Option<i64>,
    step: Option<i64>,
) -> Option<Vec<T>> {
    let len = i64::try_from(items.len()).ok()?;
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let clamp = |v: i64, low: i64, high: i64| v.clamp(low, high);
    let norm = |v: i64| if v < 0 { v + len } else { v };
    let mut out = Vec::new();
    if step > 0 {
        let start = clamp(lower.map_or(0, norm), 0, len);
        let stop = clamp(upper.map_or(len, norm), 0, len);
        let mut i = start;
        while i < stop {
            out.push(items.get(usize::try_from(i).ok()?)?.clone());
            i += step;
        }
    } else {
        let start = clamp(lower.map_or(len - 1, norm), -1, len - 1);
        let stop = clamp(upper.map_or(-1, norm), -1, len - 1);
        let mut i = start;
        while i > stop {
            out.push(items.get(usize::try_from(i).ok()?)?.clone());
            i += step;
        }
    }
    Some(out)
}

/// `%s`/`%d`/`%r`-style formatting with constant arguments.
fn percent_format(format: &str, args: Value) -> Option<String> {
    let values: Vec<Value> = match args {
        Value::Seq(items) => items,
        other => vec![other],
    };
    let mut values = values.into_iter();
    let mut out = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '%' => out.push('%'),
            's' | 'd' | 'i' | 'r' => out.push_str(&values.next()?.display()?),
            _ => return None,
        }
    }
    Some(out)
}

/// `"{}{0}".format(...)` with positional fields only.
fn brace_format(format: &str, values: &[String]) -> Option<String> {
    let mut out = String::new();
    let mut auto = 0usize;
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let mut field = String::new();
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                    field.push(c);
                }
                let index = if field.is_empty() {
                    auto += 1;
                    auto - 1
                } else {
                    field.parse().ok()?
                };
                out.push_str(values.get(index)?);
            }
            other => out.push(other),
        }
    }
    Some(out)
}

/// Most items `enumerate(x)` is folded over.
const MAX_ENUMERATED_ITEMS: usize = 256 * 1024;

/// `lambda a, b: a + b`, `operator.add`, `operator.concat`: a function that concatenates its
/// two arguments.
fn is_concatenation(function: &Expr, qualname: impl Fn(&Expr) -> Option<String>) -> bool {
    if let Expr::Lambda(lambda) = function
        && let Some(parameters) = &lambda.parameters
        && let [first, second] = parameters.args.as_slice()
        && let Expr::BinOp(sum) = &*lambda.body
        && matches!(sum.op, ruff_python_ast::Operator::Add)
        && let (Expr::Name(left), Expr::Name(right)) = (&*sum.left, &*sum.right)
    {
        return left.id.as_str() == first.parameter.name.as_str()
            && right.id.as_str() == second.parameter.name.as_str();
    }
    qualname(function).is_some_and(|q| matches!(q.as_str(), "operator.add" | "operator.concat"))
}

/// Texts joined, or byte strings joined, within `limit` bytes; `None` for anything else.
fn concatenate(items: impl Iterator<Item = Value>, limit: usize) -> Option<Value> {
    let mut items = items.peekable();
    match items.peek()? {
        Value::Str(_) => {
            let mut text = String::new();
            for item in items {
                let Value::Str(piece) = item else {
                    return None;
                };
                if text.len() + piece.len() > limit {
                    return None;
                }
                text.push_str(&piece);
            }
            Some(Value::Str(text))
        }
        Value::Bytes(_) => {
            let mut bytes = Vec::new();
            for item in items {
                let Value::Bytes(piece) = item else {
                    return None;
                };
                if bytes.len() + piece.len() > limit {
                    return None;
                }
                bytes.extend_from_slice(&piece);
            }
            Some(Value::Bytes(bytes))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn remembered_call_folds_never_outlive_their_bindings() {
        use base64::Engine;
        let blob = |word: &str| {
            base64::engine::general_purpose::STANDARD
                .encode(format!("print('{word}')\n").repeat(30))
        };
        let (a, b) = (blob("first"), blob("second"));
        // One function walked once per call, with another argument each time, and a wrapper
        // folded twice in one statement: every payload is its own layer.
        for code in [
            format!(
                "import base64\ndef run(s):\n    exec(base64.b64decode(s))\nrun('{a}')\nrun('{b}')\n"
            ),
            format!(
                "import base64\ndef d(s):\n    return base64.b64decode(s)\nexec(d('{a}') + d('{b}'))\nexec(d('{b}'))\n"
            ),
        ] {
            let analysis = crate::analyze_python(
                "p/pkg/__init__.py",
                code.as_bytes(),
                &crate::AnalysisOptions::default(),
            );
            let layers = analysis.layers.len();
            assert!(layers >= 2, "{layers} layer(s) for {code}");
        }
    }

    #[test]
    fn repeating_key_xor_over_enumerate_folds() {
        let plain = b"import os";
        let key = b"k3y!Z";
        let cipher: Vec<u8> = plain
            .iter()
            .enumerate()
            .map(|(i, b)| b ^ key[i % key.len()])
            .collect();
        let literal: String = cipher.iter().map(|b| format!("\\x{b:02x}")).collect();
        let code = format!(
            "bytes(b ^ b'k3y!Z'[i % len(b'k3y!Z')] for i, b in enumerate(b'{literal}')).decode()"
        );
        assert_eq!(fold(&code), Some(Value::Str("import os".to_owned())));
        assert_eq!(fold("len('abc')"), Some(Value::Int(3)));
        assert_eq!(
            fold("[i for i, c in enumerate('ab')]"),
            Some(Value::Seq(vec![Value::Int(0), Value::Int(1)]))
        );
    }

    fn fold(code: &str) -> Option<Value> {
        let mut scopes = Scopes::default();
        for module in ["base64", "zlib", "codecs", "binascii", "os", "pathlib"] {
            scopes.bind_alias(module, module.to_owned());
        }
        let parsed = ruff_python_parser::parse_expression(code).unwrap();
        scopes.fold(&parsed.syntax().body)
    }

    fn text(code: &str) -> String {
        fold(code)
            .and_then(|v| v.as_text())
            .unwrap_or_else(|| panic!("did not fold: {code}"))
    }

    #[test]
    fn big_integer_literals_turned_into_bytes_fold() {
        assert_eq!(
            fold("(0x696d706f7274206f73).to_bytes(9, 'big')"),
            Some(Value::Bytes(b"import os".to_vec()))
        );
        assert_eq!(
            fold("(2055888290310515877229).to_bytes(9, byteorder='big')"),
            Some(Value::Bytes(b"os.system".to_vec()))
        );
        assert_eq!(
            fold("(0x6f73).to_bytes(2, 'little')"),
            Some(Value::Bytes(b"so".to_vec()))
        );
        assert!(fold("(0x696d706f7274206f73).to_bytes(2, 'big')").is_none());
        assert_eq!(integer_literal_bytes("0b1_0000_0001", 64), Some(vec![1, 1]));
    }

    #[test]
    fn web_escapes_fold() {
        let bind = |code: &str| {
            let mut scopes = Scopes::default();
            for (name, target) in [
                ("unquote", "urllib.parse.unquote"),
                ("html", "html"),
                ("quopri", "quopri"),
            ] {
                scopes.bind_alias(name, target.to_owned());
            }
            let parsed = ruff_python_parser::parse_expression(code).unwrap();
            scopes.fold(&parsed.syntax().body)
        };
        assert_eq!(
            bind("unquote('%69%6dport%20os')"),
            Some(Value::Str("import os".to_owned()))
        );
        assert_eq!(bind("unquote('100%')"), Some(Value::Str("100%".to_owned())));
        assert_eq!(
            bind("html.unescape('&#105;&#x6d;port &lt;os&gt; &nbsp;')"),
            Some(Value::Str("import <os> &nbsp;".to_owned()))
        );
        assert_eq!(
            bind("quopri.decodestring(b'=69mport=\\nos =3D 1')"),
            Some(Value::Bytes(b"importos = 1".to_vec()))
        );
    }

    #[test]
    fn translate_with_a_table_made_in_place_substitutes() {
        assert_eq!(
            text("'lpsruw'.translate(str.maketrans('lpsruw', 'import'))"),
            "import"
        );
        assert_eq!(
            text("'a-b-c'.translate(str.maketrans('abc', 'xyz', '-'))"),
            "xyz"
        );
        assert!(fold("'ab'.translate(str.maketrans('ab', 'x'))").is_none());
        assert!(fold("'ab'.translate(table)").is_none());
    }

    #[test]
    fn int_with_a_base_reads_bits_and_digits_spelled_as_text() {
        assert_eq!(fold("int('1101', 2)"), Some(Value::Int(13)));
        assert_eq!(fold("int('0xff', 16)"), Some(Value::Int(255)));
        assert!(fold("int('12', 1)").is_none());
        assert!(fold("int('2', 2)").is_none());
        // Bits hidden as tabs and spaces, one character per line.
        let spelled = "''.join(chr(int(b.replace('\\t', '1').replace(' ', '0'), 2)) for b in ' \\t\\t \\t  \\t\\n \\t\\t \\t\\t\\t\\t'.split('\\n'))";
        assert_eq!(text(spelled), "io");
    }

    #[test]
    fn str_of_bytes_with_an_encoding_keyword_decodes() {
        assert_eq!(
            text("str(b'https://x.invalid/', encoding='utf-8')"),
            "https://x.invalid/"
        );
        assert_eq!(text("str(b'ab')"), "b'ab'");
    }

    #[test]
    fn substitution_ciphers_over_the_string_alphabets_fold() {
        // Atbash over `string.ascii_letters`: each letter swapped for its mirror.
        let mut scopes = Scopes::default();
        scopes.bind_alias("string", "string".to_owned());
        let code = "''.join([string.ascii_letters[::-1][string.ascii_letters.index(c)] if c in string.ascii_letters else c for c in 'RNKLIG LH'])";
        let parsed = ruff_python_parser::parse_expression(code).unwrap();
        assert_eq!(
            scopes.fold(&parsed.syntax().body).and_then(|v| v.as_text()),
            Some("import os".to_owned())
        );
        // Filters keep what they select; an unknown condition folds nothing.
        assert_eq!(text("''.join(c for c in 'e-v-a-l' if c != '-')"), "eval");
        assert!(fold("''.join(c for c in 'eval' if c in unknown)").is_none());
        assert_eq!(
            fold("'abc'.find('z')"),
            Some(Value::Int(-1)),
            "find answers -1 where index fails"
        );
        assert!(fold("'abc'.index('z')").is_none());
        // Lookup tables: subscripted, or asked with a default for what they do not map.
        assert_eq!(
            text("''.join({'😀': 'o', '😁': 's'}[c] for c in '😀😁')"),
            "os"
        );
        assert_eq!(
            text("''.join({'x': 'e'}.get(c, c) for c in 'xval')"),
            "eval"
        );
        assert!(fold("{'x': 'e'}['y']").is_none());
        assert!(fold("{**other, 'x': 'e'}['x']").is_none());
        assert_eq!(text("''.join(k for k in {'o': 1, 's': 2})"), "os");
    }

    #[test]
    fn bit_arithmetic_on_integers_folds() {
        assert_eq!(
            fold("0x18C ^ ((1 << 8) + (1 << 7) + (1 << 1))").and_then(|v| match v {
                Value::Int(n) => Some(n),
                _ => None,
            }),
            Some(14)
        );
        assert!(
            fold("1 << 99").is_none(),
            "shifts past the integer width do not fold"
        );
        assert_eq!(
            text("''.join(chr(int(i / 8)) for i in [912, 888, 928, 392, 408])"),
            "rot13"
        );
        assert!(
            fold("7 / 2").is_none(),
            "a fractional quotient is no integer"
        );
    }

    #[test]
    fn string_operations_fold() {
        assert_eq!(text("'ex' + 'ec'"), "exec");
        assert_eq!(text("''.join(['o', 's'])"), "os");
        assert_eq!(text("'%s.%s' % ('os', 'system')"), "os.system");
        assert_eq!(text("'{}{}'.format('ev', 'al')"), "eval");
        assert_eq!(text("f'{\"ev\"}al'"), "eval");
        assert_eq!(text("'lave'[::-1]"), "eval");
        assert_eq!(text("''.join(chr(c) for c in [101, 118, 97, 108])"), "eval");
        assert_eq!(
            text("''.join([chr(x ^ 1) for x in [100, 119, 96, 109]])"),
            "eval"
        );
        assert_eq!(text("bytes([101, 118, 97, 108]).decode()"), "eval");
        assert_eq!(text("''.join(map(chr, [101, 118, 97, 108]))"), "eval");
        assert_eq!(text("bytes.fromhex('6576616c')"), "eval");
        assert_eq!(text("codecs.decode('riny', 'rot13')"), "eval");
        // Text codecs are honoured: EBCDIC, UTF-16 and escape codecs hide names from grep.
        assert_eq!(text("b'\\x85\\xa5\\x81\\x93'.decode('cp1026')"), "eval");
        assert_eq!(
            text("codecs.decode(b'\\x85\\xa5\\x81\\x93', 'cp500')"),
            "eval"
        );
        assert_eq!(text("str(b'\\x85\\xa5\\x81\\x93', 'cp037')"), "eval");
        assert_eq!(
            text("'eval'.encode('utf-16-le').decode('utf-16-le')"),
            "eval"
        );
        assert_eq!(text("b'\\\\x65val'.decode('unicode_escape')"), "eval");
        assert_eq!(text("'\\x65\\x76al'"), "eval");
        assert_eq!(text("str(b'curl x')"), "b'curl x'");
        assert_eq!(text("str(b'it\\'s\\n\\x00')"), "b\"it's\\n\\x00\"");
        assert_eq!(
            text("str(base64.b64decode(b'ZXZhbA==')).strip(\"b'\")"),
            "eval"
        );
        assert_eq!(text("os.path.expanduser('~/.ssh/id_rsa')"), "~/.ssh/id_rsa");
        assert_eq!(
            text("pathlib.Path.home() / '.aws' / 'credentials'"),
            "~/.aws/credentials"
        );
    }

    #[test]
    fn decoders_fold_and_chain() {
        assert_eq!(text("base64.b64decode('aW1wb3J0IG9z')"), "import os");
        assert_eq!(
            text("base64.b64decode(base64.b64decode('YVcxd2IzSjBJRzl6'))"),
            "import os"
        );
        assert_eq!(
            text("zlib.decompress(base64.b64decode('eJzLzC3ILypRyC8GABKHA54='))"),
            "import os"
        );
        assert_eq!(
            text("binascii.unhexlify('696d706f7274206f73')"),
            "import os"
        );
    }

    #[test]
    fn lossy_folding_keeps_known_parts() {
        let parsed =
            ruff_python_parser::parse_expression("'echo %s|base64 -d|bash' % data").unwrap();
        assert_eq!(
            Scopes::default()
                .fold_lossy(&parsed.syntax().body)
                .as_deref(),
            Some("echo …|base64 -d|bash")
        );
        let parsed = ruff_python_parser::parse_expression("f'curl -s http://h/{x}/a'").unwrap();
        assert_eq!(
            Scopes::default()
                .fold_lossy(&parsed.syntax().body)
                .as_deref(),
            Some("curl -s http://h/…/a")
        );
        let parsed =
            ruff_python_parser::parse_expression("[p, 'https://x.invalid/a.exe', '-o', q]")
                .unwrap();
        assert_eq!(
            Scopes::default()
                .fold_lossy(&parsed.syntax().body)
                .as_deref(),
            Some("… https://x.invalid/a.exe -o …")
        );
        let parsed = ruff_python_parser::parse_expression("x").unwrap();
        assert_eq!(Scopes::default().fold_lossy(&parsed.syntax().body), None);
    }

    #[test]
    fn unknown_values_do_not_fold() {
        assert_eq!(fold("x + 'a'"), None);
        assert_eq!(fold("open('f').read()"), None);
        assert_eq!(fold("'a' * 100000000000"), None);
    }
}
