//! Calls that re-encode data as text (base64, base32, base85, hex), and the module's own
//! functions that do so to what they are given. Secrets printed to a CI log are masked in
//! their plain and base64 forms; encoding them again, or in a form the masker does not know,
//! is how a collector gets them into a public log intact. The walker counts how many times a
//! source was encoded on its way to a sink (see [`crate::walker::SourceRef::encodings`]).

use foldhash::{HashMap, HashMapExt};

use ruff_python_ast::{Expr, Stmt};

/// How deep a function's returned expression is followed through the names it assigns.
const MAX_BINDING_HOPS: usize = 4;

/// Standard library functions that encode bytes as text. Each holds `encode`, `hexlify` or
/// `b2a_`: the walker looks for a module's encoding helpers only in text that holds one.
const ENCODER_NAMES: [&str; 12] = [
    "b64encode",
    "urlsafe_b64encode",
    "standard_b64encode",
    "encodebytes",
    "b32encode",
    "b32hexencode",
    "b16encode",
    "b85encode",
    "a85encode",
    "hexlify",
    "b2a_base64",
    "b2a_hex",
];

/// True when the call's function (by its last name) encodes bytes as text.
pub fn is_encoder_name(function: &str) -> bool {
    ENCODER_NAMES.contains(&function)
}

/// True when `qualname` is a standard library encoder (`base64.b64encode`,
/// `binascii.hexlify`).
pub fn is_encoder(qualname: &str) -> bool {
    let Some((module, function)) = qualname.rsplit_once('.') else {
        return false;
    };
    matches!(module, "base64" | "binascii") && is_encoder_name(function)
}

/// The last name of the function `func` calls: `b64encode` for `base64.b64encode` and for
/// `b64encode` imported by name.
fn called_name(func: &Expr) -> Option<&str> {
    match func {
        Expr::Name(name) => Some(name.id.as_str()),
        Expr::Attribute(attribute) => Some(attribute.attr.as_str()),
        _ => None,
    }
}

/// How many encodings `expr` applies, following the names the function assigned
/// (`once = b64encode(raw)`, `return b64encode(once).decode()` is two).
fn encodings_in(expr: &Expr, assigned: &HashMap<&str, &Expr>, hops: usize) -> u8 {
    match expr {
        Expr::Call(call) => {
            let inner = call
                .arguments
                .args
                .first()
                .map_or(0, |arg| encodings_in(arg, assigned, hops));
            if called_name(&call.func).is_some_and(is_encoder_name) {
                return inner.saturating_add(1);
            }
            // `b64encode(x).decode()`, `str(b64encode(x))`: a method of, or a conversion
            // of, an encoded value is still that value.
            let receiver = match &*call.func {
                Expr::Attribute(attribute) => encodings_in(&attribute.value, assigned, hops),
                _ => 0,
            };
            inner.max(receiver)
        }
        Expr::Name(name) if hops < MAX_BINDING_HOPS => assigned
            .get(name.id.as_str())
            .map_or(0, |value| encodings_in(value, assigned, hops + 1)),
        _ => 0,
    }
}

/// The module's functions (top level and class methods, by plain name) that return what they
/// are given re-encoded, with how many encodings they apply. `def _pack(obj): return
/// b64encode(b64encode(dumps(obj).encode()))` is a double encoder.
pub fn encoding_functions(body: &[Stmt]) -> HashMap<String, u8> {
    let mut found = HashMap::new();
    for stmt in body {
        let functions: Vec<&ruff_python_ast::StmtFunctionDef> = match stmt {
            Stmt::FunctionDef(function) => vec![function],
            Stmt::ClassDef(class) => class
                .body
                .iter()
                .filter_map(|s| match s {
                    Stmt::FunctionDef(function) => Some(function),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        for function in functions {
            let mut assigned: HashMap<&str, &Expr> = HashMap::new();
            let mut encodings = 0u8;
            for stmt in &function.body {
                match stmt {
                    Stmt::Assign(assign) => {
                        if let [Expr::Name(target)] = assign.targets.as_slice() {
                            assigned.insert(target.id.as_str(), &assign.value);
                        }
                    }
                    Stmt::Return(ret) => {
                        if let Some(value) = &ret.value {
                            encodings = encodings.max(encodings_in(value, &assigned, 0));
                        }
                    }
                    _ => {}
                }
            }
            if encodings > 0 && found.len() < 256 {
                found.insert(function.name.as_str().to_owned(), encodings);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn functions(code: &str) -> HashMap<String, u8> {
        let parsed = ruff_python_parser::parse_module(code).expect("parses");
        encoding_functions(&parsed.syntax().body)
    }

    #[test]
    fn encodings_are_counted_through_assigned_names() {
        let found = functions(
            "import base64, json\ndef _pack(obj):\n    once = base64.b64encode(json.dumps(obj).encode())\n    return base64.b64encode(once).decode()\n",
        );
        assert_eq!(found.get("_pack"), Some(&2));
        let found = functions(
            "from binascii import hexlify\nclass C:\n    def tag(self, b):\n        return hexlify(b)\n",
        );
        assert_eq!(found.get("tag"), Some(&1));
    }

    #[test]
    fn every_encoder_name_passes_the_walkers_text_gate() {
        for name in ENCODER_NAMES {
            assert!(
                ["encode", "hexlify", "b2a_"]
                    .iter()
                    .any(|gate| name.contains(gate)),
                "{name}"
            );
        }
    }

    #[test]
    fn functions_that_decode_or_hash_are_no_encoders() {
        let found = functions(
            "import base64, hashlib\ndef unpack(s):\n    return base64.b64decode(s)\ndef digest(b):\n    return hashlib.sha256(b).hexdigest()\n",
        );
        assert!(found.is_empty());
    }

    #[test]
    fn standard_library_encoders_are_known_by_qualified_name() {
        assert!(is_encoder("base64.b64encode"));
        assert!(is_encoder("binascii.hexlify"));
        assert!(!is_encoder("base64.b64decode"));
        assert!(!is_encoder("mylib.b64encode"));
    }
}
