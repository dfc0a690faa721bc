//! Turns file bytes into text the parser can read: BOMs, PEP 263 coding cookies, UTF-16,
//! invalid UTF-8, and a line index for `file:line` evidence.

use std::borrow::Cow;

/// Decoded source text plus what was noticed while decoding.
pub struct DecodedSource<'b> {
    /// The text, always valid UTF-8; borrowed from the file's bytes when they already are.
    pub text: Cow<'b, str>,
    /// The encoding that was applied, when not plain UTF-8.
    pub encoding: Option<&'static str>,
    /// True when bytes had to be replaced because they were not valid in the encoding.
    pub lossy: bool,
}

/// Decodes Python source bytes the way CPython would choose the encoding, never failing.
pub fn decode_source(bytes: &[u8]) -> DecodedSource<'_> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest, Some("utf-8-sig"));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let encoding = if bytes.first() == Some(&0xFF) {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        let (text, _, lossy) = encoding.decode(bytes);
        return DecodedSource {
            text,
            encoding: Some(encoding.name()),
            lossy,
        };
    }
    if let Some(label) = coding_cookie(bytes) {
        let normalized = label.to_ascii_lowercase().replace('_', "-");
        let is_utf8 = matches!(normalized.as_str(), "utf-8" | "utf8" | "utf-8-sig");
        if !is_utf8 && let Some(encoding) = lookup_encoding(&normalized) {
            let (text, lossy) = encoding.decode_without_bom_handling(bytes);
            return DecodedSource {
                text,
                encoding: Some(encoding.name()),
                lossy,
            };
        }
    }
    utf8(bytes, None)
}

fn utf8<'b>(bytes: &'b [u8], encoding: Option<&'static str>) -> DecodedSource<'b> {
    // Almost every file is valid UTF-8: validate once and borrow, instead of copying it.
    if let Ok(text) = std::str::from_utf8(bytes) {
        return DecodedSource {
            text: Cow::Borrowed(text),
            encoding,
            lossy: false,
        };
    }
    DecodedSource {
        text: Cow::Owned(String::from_utf8_lossy(bytes).into_owned()),
        encoding,
        lossy: true,
    }
}

/// Python spells some encodings differently from the WHATWG labels encoding_rs knows.
pub(crate) fn lookup_encoding(label: &str) -> Option<&'static encoding_rs::Encoding> {
    let mapped = match label {
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => "windows-1252",
        "cp1252" => "windows-1252",
        "cp1251" => "windows-1251",
        "euc-jp" | "eucjp" => "euc-jp",
        "shift-jis" | "sjis" | "cp932" => "shift_jis",
        "gb2312" | "gbk" | "cp936" => "gbk",
        "big5" => "big5",
        other => other,
    };
    encoding_rs::Encoding::for_label(mapped.as_bytes())
}

/// PEP 263: `coding[:=]\s*([-\w.]+)` in a comment on line 1 or 2.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    for line in bytes.split(|&b| b == b'\n').take(2) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let trimmed = line.trim_ascii_start();
        if !trimmed.starts_with(b"#") {
            continue;
        }
        let text = String::from_utf8_lossy(trimmed);
        let Some(at) = text.find("coding") else {
            continue;
        };
        let rest = text.get(at + "coding".len()..).unwrap_or("");
        let Some(rest) = rest.strip_prefix([':', '=']) else {
            continue;
        };
        let label: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect();
        if !label.is_empty() {
            return Some(label);
        }
    }
    None
}

/// The line holding byte `at` of `bytes`: where it starts, and where it ends (the offset of its
/// `\n`, or the end of the text). For the few lines a scan looks at, without indexing them all.
pub fn line_around(bytes: &[u8], at: usize) -> (usize, usize) {
    let start = memchr::memrchr(b'\n', bytes.get(..at).unwrap_or_default()).map_or(0, |nl| nl + 1);
    let end = memchr::memchr(b'\n', bytes.get(at..).unwrap_or_default())
        .map_or(bytes.len(), |nl| at + nl);
    (start, end)
}

/// Maps byte offsets to 1-based line and column numbers.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0u32];
        starts.extend(
            memchr::memchr_iter(b'\n', text.as_bytes())
                .map(|i| u32::try_from(i + 1).unwrap_or(u32::MAX)),
        );
        LineIndex { starts }
    }

    /// The 1-based line and column of byte `offset`.
    pub fn position(&self, text: &str, offset: u32) -> (u32, u32) {
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0) as usize;
        let end = (offset as usize).min(text.len());
        let column = text
            .get(start..end)
            .map_or(end.saturating_sub(start), |s| s.chars().count())
            + 1;
        (
            u32::try_from(line).unwrap_or(u32::MAX),
            u32::try_from(column).unwrap_or(u32::MAX),
        )
    }

    /// The text of 1-based `line`, without its newline.
    pub fn line_text<'t>(&self, text: &'t str, line: u32) -> &'t str {
        let index = (line as usize).saturating_sub(1);
        let Some(&start) = self.starts.get(index) else {
            return "";
        };
        let end = self
            .starts
            .get(index + 1)
            .map_or(text.len(), |&next| next as usize);
        text.get(start as usize..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }

    /// True when a line of the indexed text, `text_len` bytes long, has more than `limit`
    /// bytes besides its newline; read off the index, so the text is not scanned again.
    pub fn has_line_longer_than(&self, text_len: usize, limit: usize) -> bool {
        self.lines_longer_than(text_len, limit).next().is_some()
    }

    /// The byte ranges (`start..end`, newline excluded) of the lines of the indexed text,
    /// `text_len` bytes long, that have more than `limit` bytes, in file order.
    pub fn lines_longer_than(
        &self,
        text_len: usize,
        limit: usize,
    ) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        let ends = self
            .starts
            .iter()
            .skip(1)
            .map(|&next| (next as usize).saturating_sub(1))
            .chain(std::iter::once(text_len));
        self.starts
            .iter()
            .zip(ends)
            .map(|(&start, end)| start as usize..end)
            .filter(move |line| line.end.saturating_sub(line.start) > limit)
    }

    /// Number of lines.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// True for an empty text (which still has one line).
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honours_latin1_cookie() {
        let decoded = decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n");
        assert!(decoded.text.contains('\u{e9}'));
        assert!(!decoded.lossy);
    }

    #[test]
    fn strips_utf8_bom_and_decodes_utf16() {
        assert_eq!(decode_source(b"\xEF\xBB\xBFx=1").text, "x=1");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("x=1".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode_source(&utf16).text, "x=1");
    }

    #[test]
    fn invalid_utf8_is_lossy_not_fatal() {
        let decoded = decode_source(b"x = '\xff\xfe\xfd'\n");
        assert!(decoded.lossy);
        assert!(decoded.text.starts_with("x = '"));
    }

    #[test]
    fn long_lines_are_read_off_the_index() {
        for text in ["", "abc", "abc\n", "\nabcd", "ab\ncdef\ng", "abcd\r\nx"] {
            let index = LineIndex::new(text);
            for limit in 0..6 {
                let long: Vec<&str> = index
                    .lines_longer_than(text.len(), limit)
                    .map(|line| text.get(line).unwrap_or(""))
                    .collect();
                let expected: Vec<&str> =
                    text.split('\n').filter(|line| line.len() > limit).collect();
                assert_eq!(long, expected, "{text:?} {limit}");
                let longest = text.split('\n').map(str::len).max().unwrap_or(0);
                assert_eq!(
                    index.has_line_longer_than(text.len(), limit),
                    longest > limit,
                    "{text:?} {limit}"
                );
            }
        }
    }

    #[test]
    fn positions_are_one_based() {
        let text = "a\nbc\n\u{e9}d";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), (1, 1));
        assert_eq!(index.position(text, 3), (2, 2));
        assert_eq!(index.position(text, 7), (3, 2));
        assert_eq!(index.line_text(text, 2), "bc");
    }
}
