//! WH190 obfuscation-layout: code hidden by layout, packers and meaningless names.

use ruff_text_size::{TextRange, TextSize};

use crate::finding::{Category, ExecContext, Rule};
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH190",
    name: "obfuscation-layout",
    description: "Code pushed off-screen by whitespace, PyArmor/pytransform packing, very long lines, machine-generated identifiers, a .pyc shipped without its source, or binary data named as a .py",
    rationale: "Readers review what their editor shows. Code placed after hundreds of spaces, packed \
                bytecode, and names like IlIlIl are made to be unreadable; legitimate projects ship \
                readable source (minified data files aside, which are not Python). A .pyc whose \
                .py is missing can only be read by disassembling it; wheelhound renders its code \
                object and analyses it, and the missing source weighs on its own.",
    category: Category::Anomaly,
};

/// How many blanks push what follows them off a reader's screen.
pub const OFFSCREEN_COLUMN: usize = 150;

/// Scans the raw text of a module.
pub fn check(checker: &mut Checker) {
    let text = checker.text;
    let weak = checker.context() == ExecContext::TestOrDocs;
    let scale = if weak { 0.3 } else { 1.0 };
    let bytes = text.as_bytes();
    // Only a line longer than a run of OFFSCREEN_COLUMN blanks can push code off-screen: the
    // line index lists those (few) lines, so the rest of the text, full of indentation that a
    // search for runs of blanks keeps stopping at, is not scanned again.
    let long_lines: Vec<std::ops::Range<usize>> = checker
        .lines
        .lines_longer_than(bytes.len(), OFFSCREEN_COLUMN)
        .collect();
    for line in long_lines {
        let start = line.start;
        let body = text.get(line).unwrap_or("").trim_end_matches('\r');
        if let Some(column) = offscreen_code(body)
            && !inside_multiline_string(checker, start + column)
            && !only_a_string_piece(body.get(column..).unwrap_or(""))
            && !holds_no_words(body.get(column..).unwrap_or(""))
        {
            checker.report(
                &RULE,
                range_at(start + column),
                format!("code starts after {column} columns of whitespace, hidden off-screen"),
                0.65 * scale,
                vec!["obfuscation", "offscreen-code"],
            );
            break;
        }
    }
    if checker.lines.has_line_longer_than(bytes.len(), 20_000) {
        let mut offset = 0usize;
        for line in text.split_inclusive('\n') {
            let body = line.trim_end_matches(['\n', '\r']);
            if body.len() > 20_000 {
                checker.report(
                    &RULE,
                    range_at(offset),
                    format!("a single line of {} characters", body.len()),
                    // Generated tables and minified validators have long lines too; alone it is a hint.
                    0.08 * scale,
                    vec!["obfuscation", "long-line"],
                );
                break;
            }
            offset += line.len();
        }
    }
    // The packed module calls the runtime on its own file with the encrypted blob; the PyArmor
    // tool's own sources mention these names without that call.
    let (escaped, first_escape) = checker.escaped_letters;
    // Generated constants tables escape a few dozen characters; obfuscators escape thousands.
    if escaped >= 64 {
        checker.report(
            &RULE,
            range_at(first_escape),
            format!("{escaped} letters and digits written as \\x or octal escapes, which only hides words from readers"),
            if escaped >= 300 { 0.6 } else { 0.45 } * scale,
            vec!["obfuscation", "escaped-letters"],
        );
    }
    let (weird, first) = meaningless_identifiers(text);
    if weird >= 8 {
        checker.report(
            &RULE,
            range_at(first),
            format!("{weird} machine-generated identifiers such as IlIlIl or _0x1f2e"),
            0.4 * scale,
            vec!["obfuscation", "meaningless-names"],
        );
    }
}

/// True when `offset` lies inside a string literal written over several lines (a docstring's
/// padded table): text there runs only if code on screen runs it, and a payload so run is
/// analysed as its own layer, where its layout is checked again.
fn inside_multiline_string(checker: &Checker, offset: usize) -> bool {
    let at = TextSize::new(u32::try_from(offset).unwrap_or(u32::MAX));
    checker
        .multiline_strings
        .iter()
        .any(|range| range.start() < at && at < range.end())
}

fn range_at(offset: usize) -> TextRange {
    let at = TextSize::new(u32::try_from(offset).unwrap_or(u32::MAX));
    TextRange::new(at, at)
}

/// True when what follows the blanks is one string literal continuing an expression
/// (`'Cheetah '` aligned under a long dict value, closed by `,` or a bracket): data aligned
/// far to the right, not code hidden there. A string pushed off-screen still runs only if code
/// on screen runs it, and that code is judged on its own.
/// `|` closing a padded Markdown table row inside a prompt string: punctuation without a
/// letter or digit can call nothing, so no code hides there.
fn holds_no_words(rest: &str) -> bool {
    !rest.chars().any(char::is_alphanumeric)
}

fn only_a_string_piece(rest: &str) -> bool {
    let rest = rest
        .trim_end()
        .trim_end_matches([',', ')', ']', '}', ':', ' ']);
    let rest = rest.trim_start_matches(['r', 'b', 'u', 'f', 'R', 'B', 'U', 'F']);
    let Some(quote) = rest.chars().next().filter(|c| matches!(c, '\'' | '"')) else {
        return false;
    };
    rest.len() >= 2
        && rest.ends_with(quote)
        && !rest.get(1..rest.len() - 1).unwrap_or("").contains(quote)
}

/// The column where real code starts after a long run of spaces or tabs inside a line.
fn offscreen_code(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut run_start = None;
    // Tracked as we go: rescanning the prefix for every run would be quadratic on long lines.
    let mut visible_before = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b' ' || b == b'\t' {
            run_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = run_start.take()
            && i - start >= OFFSCREEN_COLUMN
            && b != b'#'
            && (visible_before || i >= OFFSCREEN_COLUMN)
        {
            return Some(i);
        }
        if !b.is_ascii_whitespace() {
            visible_before = true;
        }
    }
    None
}

/// `__pyarmor__(__name__, __file__, b'...')`: a PyArmor-packed module handing its encrypted
/// bytecode to the runtime. The PyArmor tool's own sources only mention the name.
pub fn check_call(checker: &mut Checker, call: &ruff_python_ast::ExprCall, qualname: &str) {
    if !(qualname == "__pyarmor__" || qualname.ends_with(".__pyarmor__")) {
        return;
    }
    let blob = call.arguments.args.iter().find_map(|arg| match arg {
        ruff_python_ast::Expr::BytesLiteral(bytes) => Some(bytes.value.bytes().count()),
        _ => None,
    });
    let Some(size) = blob.filter(|size| *size >= 32) else {
        return;
    };
    // Packed code cannot be reviewed by anyone: loaded on import or install it is a program
    // nobody can vouch for, and popular open-source packages do not ship it.
    let severity = match checker.context() {
        ExecContext::Install | ExecContext::Import => 0.72,
        ExecContext::Runtime => 0.6,
        ExecContext::TestOrDocs => 0.18,
    };
    use ruff_text_size::Ranged;
    checker.report(
        &RULE,
        call.range(),
        format!(
            "PyArmor-packed module: {size} bytes of encrypted bytecode handed to __pyarmor__, code no reader can review"
        ),
        severity,
        vec!["obfuscation", "packer"],
    );
}

/// Counts `\xNN` and `\NNN` escapes that encode plain letters or digits in the source of a
/// `str` literal (binary data escapes control bytes; escaping `e`, `v`, `a`, `l` has no purpose
/// but hiding the word). A literal whose only such escapes are hex digits right after another
/// numeric escape counts none: that is C escaping, where `\x08c` would read as one escape, so
/// protoc writes the `c` of a serialized descriptor as `\x63`; hiding text needs other letters.
pub fn escaped_letters(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let bytes = bytes.get(..8 << 20).unwrap_or(bytes);
    let (mut count, mut first) = (0usize, 0usize);
    let mut hiding = false;
    let mut numeric_escape_end = usize::MAX;
    let mut i = 0usize;
    while let Some(&[backslash, kind, b2, b3]) = bytes.get(i..i + 4) {
        if backslash != b'\\' {
            i += 1;
            continue;
        }
        let value = if kind == b'x' {
            std::str::from_utf8(&[b2, b3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        } else if kind.is_ascii_digit() {
            std::str::from_utf8(&[kind, b2, b3])
                .ok()
                .and_then(|o| u8::from_str_radix(o, 8).ok())
        } else {
            None
        };
        if let Some(v) = value {
            if v.is_ascii_alphanumeric() {
                if count == 0 {
                    first = i;
                }
                count += 1;
                hiding |= !(v.is_ascii_hexdigit() && numeric_escape_end == i);
            }
            numeric_escape_end = i + 4;
            i += 4;
        } else {
            i += 2;
        }
    }
    if hiding { (count, first) } else { (0, 0) }
}

/// Counts distinct identifiers that look generated: only I/l/1/O/0 letters, or `_0x` hex names.
fn meaningless_identifiers(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let could_have_confusables = memchr::memmem::find(bytes, b"Il").is_some()
        || memchr::memmem::find(bytes, b"lI").is_some();
    if !could_have_confusables && memchr::memmem::find(bytes, b"_0x").is_none() {
        return (0, 0);
    }
    let bytes = bytes.get(..4 << 20).unwrap_or(bytes);
    // A confusable name has an `I`, a hex name starts `_0x`: only the words around those are
    // read, rather than every identifier of the file.
    let mut words: Vec<(usize, &[u8])> = Vec::new();
    let hits: [&mut dyn Iterator<Item = usize>; 2] = [
        &mut memchr::memchr_iter(b'I', bytes),
        &mut memchr::memmem::find_iter(bytes, b"_0x"),
    ];
    // An `I` with a neighbour that is a word character outside the confusable alphabet is in
    // an ordinary word (`If`, `Index`): that word can be neither confusable nor a hex name.
    let ordinary_neighbour = |at: usize| {
        let outside = |b: Option<&u8>| {
            b.is_some_and(|&c| {
                (c.is_ascii_alphanumeric() || c == b'_')
                    && !matches!(c, b'I' | b'l' | b'1' | b'O' | b'0' | b'_')
            })
        };
        // A digit before the `I` may start no word at all (`9Il00l`: the name starts at `I`).
        let letter_before = at
            .checked_sub(1)
            .and_then(|i| bytes.get(i))
            .filter(|c| !c.is_ascii_digit());
        bytes.get(at) == Some(&b'I') && (outside(bytes.get(at + 1)) || outside(letter_before))
    };
    for hits in hits {
        // Later hits inside a word already taken are skipped, or a long run full of `I`s
        // would be measured once per `I`.
        let mut taken_until = 0usize;
        for at in hits {
            if at < taken_until || ordinary_neighbour(at) {
                continue;
            }
            if let Some(word) = word_around(bytes, at) {
                taken_until = word.0 + word.1.len();
                words.push(word);
            }
        }
    }
    // Text order, as a left-to-right scan meets them.
    words.sort_unstable_by_key(|&(start, _)| start);
    words.dedup_by_key(|&mut (start, _)| start);
    let mut seen = std::collections::HashSet::new();
    let mut first = 0usize;
    for (start, word) in words {
        let confusable = word.len() >= 6
            && word
                .iter()
                .all(|c| matches!(c, b'I' | b'l' | b'1' | b'O' | b'0' | b'_'))
            && word.contains(&b'I')
            && word.contains(&b'l');
        let hex_name = word.len() >= 5
            && word.starts_with(b"_0x")
            && word
                .get(3..)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit));
        if (confusable || hex_name) && seen.insert(word) && seen.len() == 1 {
            first = start;
        }
    }
    (seen.len(), first)
}

/// A `.pyc` shipped without its `.py`: modest on its own (a few projects ship bytecode-only
/// test fixtures or launchers), more beside what the bytecode does.
pub fn bytecode_without_source(analysis: &mut crate::FileAnalysis) {
    let context = analysis.role.top_level_context();
    let severity = if context == ExecContext::TestOrDocs {
        0.05
    } else {
        0.3
    };
    analysis.findings.push(crate::finding::Finding {
        rule: RULE.id,
        name: RULE.name,
        category: RULE.category,
        path: analysis.path.clone(),
        line: 1,
        column: 1,
        snippet: String::new(),
        message: "compiled bytecode (.pyc) shipped without the source it was compiled from; \
                  analysed from its code object"
            .to_owned(),
        context,
        severity,
        tags: vec!["obfuscation", "bytecode-only"],
        scope: 0,
    });
}

/// Files shorter than this are not judged by [`binary_share`]: a few stray bytes in a tiny
/// file say little.
const MIN_BINARY_SOURCE_BYTES: usize = 1_024;
/// Share of control bytes at which a source file is data, not text. Random or encrypted bytes
/// have about 10 %; source text, whatever its encoding (UTF-16 aside, which is decoded first),
/// has almost none. No `.py` of the 250 popular dev packages has over 5 %.
const BINARY_SOURCE_SHARE: f64 = 0.05;

/// The share of control bytes (NUL and the C0 range, tab, newlines, form feed and escape
/// excepted) in the first 64 KiB of `bytes`, estimated from at most 4,096 bytes spread evenly
/// over it: this runs for every file, and a sample that size puts a 5 % share within a
/// percentage point while costing a fraction of a full pass.
pub fn binary_share(bytes: &[u8]) -> f64 {
    let head = bytes.get(..65_536).unwrap_or(bytes);
    if head.is_empty() {
        return 0.0;
    }
    let stride = head.len().div_ceil(4_096);
    let is_control =
        |b: u8| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1b) || b == 0x7f;
    let (sampled, control) = head
        .iter()
        .step_by(stride)
        .fold((0usize, 0usize), |(n, c), &b| {
            (n + 1, c + usize::from(is_control(b)))
        });
    control as f64 / sampled as f64
}

/// A `.py` whose bytes are binary: encrypted or packed data under a source file's name, which
/// Python could not even import and a reviewer skims past as "some module". Droppers decrypt
/// such a file into a DLL or script at run time. `None` when the file reads as text.
pub fn binary_disguised_as_source(
    analysis: &crate::FileAnalysis,
    bytes: &[u8],
) -> Option<crate::finding::Finding> {
    if bytes.len() < MIN_BINARY_SOURCE_BYTES {
        return None;
    }
    let share = binary_share(bytes);
    if share < BINARY_SOURCE_SHARE {
        return None;
    }
    let context = analysis.role.top_level_context();
    let severity = if context == ExecContext::TestOrDocs {
        0.3
    } else {
        0.7
    };
    Some(crate::finding::Finding {
        rule: RULE.id,
        name: RULE.name,
        category: RULE.category,
        path: analysis.path.clone(),
        line: 1,
        column: 1,
        snippet: String::new(),
        message: format!(
            "a {}-byte file named as Python source holds binary data ({:.0} % control bytes): an encrypted or packed payload that Python cannot import",
            bytes.len(),
            share * 100.0
        ),
        context,
        severity,
        tags: vec!["obfuscation", "binary-as-source"],
        scope: 0,
    })
}

/// The identifier containing byte `at`, with where it starts, split the way a left-to-right
/// scan splits them: a word starts at a letter or `_` and runs over letters, digits and `_`,
/// so digits before its first letter are not part of it.
fn word_around(bytes: &[u8], at: usize) -> Option<(usize, &[u8])> {
    let is_word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    let before = bytes.get(..at)?;
    let run_start = before
        .iter()
        .rposition(|c| !is_word(c))
        .map_or(0, |i| i + 1);
    let start = run_start
        + bytes
            .get(run_start..)?
            .iter()
            .position(|c| c.is_ascii_alphabetic() || *c == b'_')?;
    let rest = bytes.get(start..)?;
    let len = rest.iter().position(|c| !is_word(c)).unwrap_or(rest.len());
    Some((start, rest.get(..len)?))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing, clippy::string_slice)]
    use super::*;

    #[test]
    fn c_escaped_hex_digits_of_serialized_descriptors_hide_nothing() {
        // protoc: `\x08` then the letter `c` must be written `\x63`.
        let descriptor = r"'\n\x07Swagger\x12\x10\n\x08\x63onsumes\x18\x06 \x03(\x0b\x32-.grpc'";
        assert_eq!(super::escaped_letters(descriptor), (0, 0));
        // Words hidden letter by letter use letters beyond a-f.
        let hidden = r"'\x65\x76\x61\x6c'";
        assert_eq!(super::escaped_letters(hidden).0, 4);
        // A hex digit escaped on its own, after no escape, is hiding too.
        assert_eq!(super::escaped_letters(r"'x\x63'").0, 1);
    }

    use crate::rules::testing::max_severity;

    #[test]
    fn offscreen_code_is_found() {
        let code = format!("x = 1;{}exec('print(1)')\n", " ".repeat(300));
        assert!(max_severity("p/pkg/m.py", &code, "WH190") >= 0.6);
        assert_eq!(offscreen_code("    x = 1"), None);
        let table = format!(
            "PROMPT = \"\"\"\n| Task | Pattern{}|\n\"\"\"\n",
            " ".repeat(300)
        );
        assert!(max_severity("p/pkg/m.py", &table, "WH190") < 0.1);
        // A docstring's padded table row, with words in its cells, is text.
        let docstring = format!(
            "def f():\n    \"\"\"Examples\n    |document{}|sentence  |\n    \"\"\"\n",
            " ".repeat(300)
        );
        assert!(max_severity("p/pkg/m.py", &docstring, "WH190") < 0.1);
        // The same run before code outside any string is still found.
        let after_docstring = format!("{docstring}x = 1;{}exec('print(1)')\n", " ".repeat(300));
        assert!(max_severity("p/pkg/m.py", &after_docstring, "WH190") >= 0.6);
    }

    #[test]
    fn generated_names_and_packers() {
        let names: Vec<String> = (0..10)
            .map(|i| format!("IlIlIl{}", "l".repeat(i)))
            .collect();
        let code = names
            .iter()
            .map(|n| format!("{n} = 1\n"))
            .collect::<String>();
        assert!(max_severity("p/pkg/m.py", &code, "WH190") >= 0.4);
        let packed = "from pytransform import pyarmor_runtime\npyarmor_runtime()\n__pyarmor__(__name__, __file__, b'PYARMOR\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\x09\\x0a\\x0b\\x0c\\x0d\\x0e\\x0f\\x10\\x11\\x12\\x13\\x14\\x15\\x16\\x17\\x18\\x19')\n";
        assert!(max_severity("p/pkg/m.py", packed, "WH190") >= 0.5);
        assert_eq!(
            max_severity(
                "p/pkg/m.py",
                "def pack():\n    return 'pyarmor_runtime'\n",
                "WH190"
            ),
            0.0
        );
        assert_eq!(
            max_severity("p/pkg/m.py", "def add(a, b):\n    return a + b\n", "WH190"),
            0.0
        );
        let escaped = "x = eval(\"\\x65\\166\\141\\x6c\")\n".repeat(20);
        assert!(max_severity("p/pkg/m.py", &escaped, "WH190") >= 0.4);
        assert_eq!(
            max_severity(
                "p/pkg/m.py",
                "MAGIC = b'\\x00\\x01\\xff\\x89PNG'\n",
                "WH190"
            ),
            0.0
        );
        let bytes_escapes = "D = b'\\x65\\x76\\x61\\x6c'\n".repeat(10);
        assert_eq!(max_severity("p/pkg/m_pb2.py", &bytes_escapes, "WH190"), 0.0);
    }

    /// The scan `meaningless_identifiers` replaced: every identifier, left to right.
    fn every_identifier(text: &str) -> (usize, usize) {
        if !(text.contains("Il") || text.contains("lI") || text.contains("_0x")) {
            return (0, 0);
        }
        let mut seen = std::collections::HashSet::new();
        let mut first = 0usize;
        let bytes = text.as_bytes();
        let mut i = 0usize;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_alphabetic() || b == b'_' {
                let start = i;
                while bytes
                    .get(i)
                    .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
                {
                    i += 1;
                }
                let word = &text[start..i];
                let confusable = word.len() >= 6
                    && word
                        .bytes()
                        .all(|c| matches!(c, b'I' | b'l' | b'1' | b'O' | b'0' | b'_'))
                    && word.contains('I')
                    && word.contains('l');
                let hex_name = word.len() >= 5
                    && word.starts_with("_0x")
                    && word[3..].bytes().all(|c| c.is_ascii_hexdigit());
                if (confusable || hex_name) && seen.insert(word) && seen.len() == 1 {
                    first = start;
                }
            } else {
                i += 1;
            }
        }
        (seen.len(), first)
    }

    #[test]
    fn aligned_string_pieces_are_not_hidden_code() {
        let pad = " ".repeat(221);
        assert!(only_a_string_piece("'Cheetah '"));
        assert!(only_a_string_piece("\"tail\"),"));
        assert!(!only_a_string_piece("'a'; import os"));
        assert!(!only_a_string_piece("exec('x')"));
        let aligned = format!("T = {{'k': 'first '\n{pad}'second',\n}}\n");
        assert_eq!(
            crate::rules::testing::max_severity("p/pkg/i18n.py", &aligned, "WH190"),
            0.0
        );
        let hidden = format!("x = 1\n{pad}import os; os.system('id')\n");
        assert!(crate::rules::testing::max_severity("p/pkg/__init__.py", &hidden, "WH190") >= 0.6);
    }

    #[test]
    fn generated_names_counted_like_a_full_scan() {
        let cases = [
            "I1l1I1 = Il\n9IlIlIl = 1\n_0xabc _0x1f2e 12_0xff0 I0l000 é_0xbeef",
            "lIlIlI lIlIlI IIIIll x_0x12 _0x _0xzz",
            "9Il00l0é",
        ];
        for case in cases {
            assert_eq!(
                meaningless_identifiers(case),
                every_identifier(case),
                "{case}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn generated_names_match_a_full_scan(text in "[Il10O_xab9 \\n.é]{0,80}") {
            proptest::prop_assert_eq!(meaningless_identifiers(&text), every_identifier(&text));
        }
    }
}
