//! Neutralises package-controlled text before it reaches a terminal.
//!
//! Paths, messages and names come from the scanned package, which is hostile by assumption: an
//! escape sequence in a file name could rewrite the terminal, and bidi or zero-width characters
//! could make the report lie about the code (Trojan Source).

use std::borrow::Cow;

/// Returns `s` with control, bidi-override and invisible characters replaced by `\u{..}` escapes.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if needs_escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2069}'
                | '\u{feff}'
        )
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn escapes_terminal_and_bidi_controls() {
        assert_eq!(clean("a\x1b[31mb"), "a\\u{1b}[31mb");
        assert_eq!(clean("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(clean("tab\there"), "tab\\u{9}here");
    }

    #[test]
    fn leaves_ordinary_text_borrowed() {
        assert!(matches!(
            clean("setup.py → ok"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
