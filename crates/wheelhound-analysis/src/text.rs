//! Small text helpers for evidence snippets.

/// Cuts `text` to at most `max` characters, marking the cut with `…`.
pub fn shorten(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

/// A window of at most `width` characters of `line` around 1-based `column`, trimmed, so that
/// evidence on a 100 MB one-line file stays readable.
pub fn window(line: &str, column: usize, width: usize) -> String {
    let trimmed_start = line.len() - line.trim_start().len();
    let leading_chars = line.get(..trimmed_start).unwrap_or("").chars().count();
    let column = column.saturating_sub(1).max(leading_chars);
    let start = column.saturating_sub(width / 4);
    let start = if start <= leading_chars {
        leading_chars
    } else {
        start
    };
    let body: String = line.chars().skip(start).take(width).collect();
    let mut out = String::new();
    if start > leading_chars {
        out.push('…');
    }
    out.push_str(body.trim_end());
    if line.chars().count() > start + width {
        out.push('…');
    }
    out
}

/// `label` behind the indefinite article English gives it ("a paste site", "an automation
/// webhook"), judged by its first letter; "URL" is said "you-are-ell", so "a URL shortener".
pub fn with_article(label: &str) -> String {
    let vowel = label
        .chars()
        .next()
        .is_some_and(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u'))
        && !label.starts_with("URL")
        && !label.starts_with("us");
    format!("{} {label}", if vowel { "an" } else { "a" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_follow_the_sound() {
        assert_eq!(with_article("automation webhook"), "an automation webhook");
        assert_eq!(with_article("IP logger"), "an IP logger");
        assert_eq!(with_article("paste site"), "a paste site");
        assert_eq!(with_article("URL shortener"), "a URL shortener");
    }

    #[test]
    fn shortens_and_windows() {
        assert_eq!(shorten("abcdef", 3), "abc…");
        assert_eq!(shorten("abc", 3), "abc");
        assert_eq!(window("    os.system('x')", 5, 160), "os.system('x')");
        let long = format!("{}exec(x)", " ".repeat(500));
        assert_eq!(window(&long, 501, 40), "exec(x)");
        let wide = format!("a = 1; {}", "b".repeat(1000));
        assert!(window(&wide, 1, 20).ends_with('…'));
    }
}
