//! A lexical look at a file's shape before it is parsed. The parser builds one node per level of
//! nesting and frees them recursively, so a few megabytes of `[[[[…` or `- - - -…` cost
//! gigabytes and can exhaust the stack. CPython itself refuses such code (it allows 200 nested
//! brackets), so a file shaped like that cannot run and only text checks are needed on it.

/// Deepest bracket nesting parsed.
pub const MAX_BRACKET_DEPTH: usize = 50_000;
/// Most operators (`+ - * / % & | ^ ~ < > @ .name`, and the words `not lambda await if yield`)
/// in one statement.
pub const MAX_STATEMENT_OPERATORS: usize = 200_000;
/// Files smaller than this cannot hold a harmful shape and are not scanned.
const SCAN_FROM_BYTES: usize = 64 << 10;

/// Why a file is not parsed, when its shape would make the parser blow up.
pub fn unparsable_shape(text: &str) -> Option<String> {
    if text.len() < SCAN_FROM_BYTES {
        return None;
    }
    let bytes = text.as_bytes();
    // Upper bounds first, from vectorised byte searches: no more openers than the depth
    // limit, and no more operator bytes plus operator words than the operator limit, and no
    // statement can be over either.
    let openers = memchr::memchr3_iter(b'(', b'[', b'{', bytes).count();
    let operator_bytes = memchr::memchr3_iter(b'+', b'-', b'*', bytes).count()
        + memchr::memchr3_iter(b'/', b'%', b'&', bytes).count()
        + memchr::memchr3_iter(b'|', b'^', b'~', bytes).count()
        + memchr::memchr3_iter(b'<', b'>', b'@', bytes).count()
        + memchr::memchr_iter(b'.', bytes).count();
    // Each operator word is counted wherever its letters appear (`notify` holds a `not`):
    // a few vectorised substring passes, still an upper bound, far tighter than a third of
    // the length.
    let words: usize = [&b"not"[..], b"lambda", b"await", b"if", b"yield"]
        .iter()
        .map(|word| memchr::memmem::find_iter(bytes, word).count())
        .sum();
    if openers <= MAX_BRACKET_DEPTH && operator_bytes + words <= MAX_STATEMENT_OPERATORS {
        return None;
    }
    let mut depth = 0usize;
    let mut operators = 0usize;
    let mut i = 0usize;
    while operators <= MAX_STATEMENT_OPERATORS
        && let Some(&b) = bytes.get(i)
    {
        match b {
            b'#' => {
                // A comment runs to the end of the line.
                i = bytes
                    .get(i..)
                    .and_then(|rest| memchr::memchr(b'\n', rest))
                    .map_or(bytes.len(), |p| p + i);
                continue;
            }
            b'\'' | b'"' => {
                i = skip_string(bytes, i);
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_BRACKET_DEPTH {
                    return Some(format!(
                        "brackets nested deeper than {MAX_BRACKET_DEPTH} levels"
                    ));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' | b';' if depth == 0 => operators = 0,
            b'+' | b'-' | b'*' | b'/' | b'%' | b'&' | b'|' | b'^' | b'~' | b'<' | b'>' | b'@' => {
                operators += 1;
            }
            b'.' if bytes
                .get(i + 1)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_') =>
            {
                operators += 1;
            }
            _ if is_ident(b) => {
                // Words that nest the expression after them: `not not …`, `lambda: lambda: …`,
                // `await await …`, `a if b else a if b else …`. Skipped as a whole word.
                let end = bytes
                    .get(i..)
                    .and_then(|rest| rest.iter().position(|&c| !is_ident(c)))
                    .map_or(bytes.len(), |p| p + i);
                if matches!(
                    bytes.get(i..end),
                    Some(b"not" | b"lambda" | b"await" | b"if" | b"yield")
                ) {
                    operators += 1;
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    (operators > MAX_STATEMENT_OPERATORS)
        .then(|| format!("more than {MAX_STATEMENT_OPERATORS} operators in one statement"))
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// The index just past the string literal that starts at `start` (a quote), triple-quoted or
/// not; an unterminated string runs to the end of the line (or of the file, when triple).
fn skip_string(bytes: &[u8], start: usize) -> usize {
    let Some(&quote) = bytes.get(start) else {
        return bytes.len();
    };
    let triple = bytes.get(start + 1) == Some(&quote) && bytes.get(start + 2) == Some(&quote);
    let mut i = start + if triple { 3 } else { 1 };
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\\' => i += 2,
            b'\n' if !triple => return i,
            _ if b == quote => {
                if !triple {
                    return i + 1;
                }
                if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                    return i + 3;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn padded(code: &str) -> String {
        format!("{}\n{code}\n", "# padding\n".repeat(8_000))
    }

    #[test]
    fn deep_brackets_and_operator_chains_are_refused() {
        let brackets = padded(&format!("x = {}", "[".repeat(60_000)));
        assert!(unparsable_shape(&brackets).is_some_and(|why| why.contains("brackets")));
        let unary = padded(&format!("x = {}1", "-".repeat(300_000)));
        assert!(unparsable_shape(&unary).is_some_and(|why| why.contains("operators")));
        let nots = padded(&format!("x = {}1", "not ".repeat(300_000)));
        assert!(unparsable_shape(&nots).is_some());
        let attributes = padded(&format!("x = a{}", ".b".repeat(300_000)));
        assert!(unparsable_shape(&attributes).is_some());
        let lambdas = padded(&format!("x = {}1", "lambda:".repeat(300_000)));
        assert!(unparsable_shape(&lambdas).is_some());
        let conditionals = padded(&format!("x = {}1", "1 if 1 else ".repeat(300_000)));
        assert!(unparsable_shape(&conditionals).is_some());
    }

    #[test]
    fn ordinary_large_files_are_parsed() {
        let data = padded(&format!(
            "TABLE = [{}]\nBLOB = '{}'\nCODE = \"\"\"{}\"\"\"\n",
            "-1.5, 2.25, ".repeat(100_000),
            "+/=".repeat(300_000),
            "((((".repeat(10_000)
        ));
        assert_eq!(unparsable_shape(&data), None);
        let statements = padded(&"x = a.b + c - d if notable else lambdas\n".repeat(100_000));
        assert_eq!(unparsable_shape(&statements), None);
        // Small files are never scanned.
        assert_eq!(unparsable_shape(&"[".repeat(20_000)), None);
    }
}
