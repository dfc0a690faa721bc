//! Python's text codecs for `bytes.decode(name)`, `str.encode(name)`, `str(b, name)` and
//! `codecs.decode(b, name)`, so that folding sees the text the program would see. Obfuscators
//! pick rarely seen codecs (EBCDIC code pages, UTF-16) because the encoded bytes show nothing.

mod ebcdic;

/// A text codec known by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TextCodec {
    Utf8 {
        strip_bom: bool,
    },
    Latin1,
    Utf16 {
        little_endian: Option<bool>,
    },
    Utf32 {
        little_endian: Option<bool>,
    },
    Table(&'static [u16; 256]),
    /// `unicode_escape` (every Python escape) or `raw_unicode_escape` (`\u`/`\U` only).
    Escapes {
        raw: bool,
    },
    Other(&'static encoding_rs::Encoding),
}

fn lookup(name: &str) -> Option<TextCodec> {
    let normalized = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    Some(match normalized.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "ascii" | "us-ascii" | "646" => {
            TextCodec::Utf8 { strip_bom: false }
        }
        "utf-8-sig" | "utf8-sig" => TextCodec::Utf8 { strip_bom: true },
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => TextCodec::Latin1,
        "utf-16" | "utf16" | "u16" => TextCodec::Utf16 {
            little_endian: None,
        },
        "utf-16-le" | "utf-16le" | "utf16le" => TextCodec::Utf16 {
            little_endian: Some(true),
        },
        "utf-16-be" | "utf-16be" | "utf16be" => TextCodec::Utf16 {
            little_endian: Some(false),
        },
        "utf-32" | "utf32" | "u32" => TextCodec::Utf32 {
            little_endian: None,
        },
        "utf-32-le" | "utf-32le" | "utf32le" => TextCodec::Utf32 {
            little_endian: Some(true),
        },
        "utf-32-be" | "utf-32be" | "utf32be" => TextCodec::Utf32 {
            little_endian: Some(false),
        },
        "cp037" | "ibm037" | "ibm039" | "ebcdic-cp-us" | "ebcdic-cp-ca" | "ebcdic-cp-wt"
        | "ebcdic-cp-nl" | "csibm037" => TextCodec::Table(&ebcdic::CP037),
        "cp273" | "ibm273" | "273" | "csibm273" => TextCodec::Table(&ebcdic::CP273),
        "cp424" | "ibm424" | "ebcdic-cp-he" | "csibm424" => TextCodec::Table(&ebcdic::CP424),
        "cp500" | "ibm500" | "ebcdic-cp-be" | "ebcdic-cp-ch" | "csibm500" => {
            TextCodec::Table(&ebcdic::CP500)
        }
        "unicode-escape" | "string-escape" => TextCodec::Escapes { raw: false },
        "raw-unicode-escape" => TextCodec::Escapes { raw: true },
        "cp875" => TextCodec::Table(&ebcdic::CP875),
        "cp1026" | "ibm1026" | "csibm1026" | "1026" => TextCodec::Table(&ebcdic::CP1026),
        "cp1140" | "ibm1140" | "1140" => TextCodec::Table(&ebcdic::CP1140),
        other => TextCodec::Other(crate::source::lookup_encoding(other)?),
    })
}

/// Decodes `bytes` as Python would with codec `name` and `errors='replace'`; `None` for a codec
/// this module does not know.
pub fn decode(bytes: &[u8], name: &str) -> Option<String> {
    Some(match lookup(name)? {
        TextCodec::Utf8 { strip_bom } => {
            let bytes = if strip_bom {
                bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
            } else {
                bytes
            };
            String::from_utf8_lossy(bytes).into_owned()
        }
        TextCodec::Latin1 => bytes.iter().map(|&b| char::from(b)).collect(),
        TextCodec::Utf16 { little_endian } => {
            let (little, rest) = byte_order(bytes, little_endian, b"\xFF\xFE", b"\xFE\xFF");
            let units = rest.chunks_exact(2).map(|pair| match pair {
                [a, b] if little => u16::from_le_bytes([*a, *b]),
                [a, b] => u16::from_be_bytes([*a, *b]),
                _ => 0xFFFD,
            });
            char::decode_utf16(units)
                .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect()
        }
        TextCodec::Utf32 { little_endian } => {
            let (little, rest) = byte_order(
                bytes,
                little_endian,
                b"\xFF\xFE\x00\x00",
                b"\x00\x00\xFE\xFF",
            );
            rest.chunks_exact(4)
                .map(|quad| {
                    let value = match quad {
                        [a, b, c, d] if little => u32::from_le_bytes([*a, *b, *c, *d]),
                        [a, b, c, d] => u32::from_be_bytes([*a, *b, *c, *d]),
                        _ => 0xFFFD,
                    };
                    char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER)
                })
                .collect()
        }
        TextCodec::Table(table) => bytes
            .iter()
            .map(|&b| {
                table
                    .get(usize::from(b))
                    .and_then(|&cp| char::from_u32(u32::from(cp)))
                    .unwrap_or(char::REPLACEMENT_CHARACTER)
            })
            .collect(),
        TextCodec::Escapes { raw } => unescape(bytes, raw),
        TextCodec::Other(encoding) => encoding.decode_without_bom_handling(bytes).0.into_owned(),
    })
}

/// Encodes `text` as Python would with codec `name`; `None` for an unknown codec or a character
/// the codec cannot represent (Python would raise).
pub fn encode(text: &str, name: &str) -> Option<Vec<u8>> {
    match lookup(name)? {
        TextCodec::Utf8 { strip_bom } => {
            let mut out = if strip_bom {
                b"\xEF\xBB\xBF".to_vec()
            } else {
                Vec::new()
            };
            out.extend_from_slice(text.as_bytes());
            Some(out)
        }
        TextCodec::Latin1 => text
            .chars()
            .map(|c| u8::try_from(u32::from(c)).ok())
            .collect(),
        TextCodec::Utf16 { little_endian } => {
            let little = little_endian.unwrap_or(true);
            let mut out = if little_endian.is_none() {
                b"\xFF\xFE".to_vec()
            } else {
                Vec::new()
            };
            for unit in text.encode_utf16() {
                out.extend_from_slice(&if little {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                });
            }
            Some(out)
        }
        TextCodec::Utf32 { little_endian } => {
            let little = little_endian.unwrap_or(true);
            let mut out = if little_endian.is_none() {
                b"\xFF\xFE\x00\x00".to_vec()
            } else {
                Vec::new()
            };
            for c in text.chars() {
                let value = u32::from(c);
                out.extend_from_slice(&if little {
                    value.to_le_bytes()
                } else {
                    value.to_be_bytes()
                });
            }
            Some(out)
        }
        TextCodec::Table(table) => text
            .chars()
            .map(|c| {
                let code = u16::try_from(u32::from(c)).ok()?;
                let byte = table.iter().position(|&cp| cp == code && cp != 0xFFFD)?;
                u8::try_from(byte).ok()
            })
            .collect(),
        // Encoding escapes is never how code is hidden; decoding them is.
        TextCodec::Escapes { .. } => None,
        TextCodec::Other(encoding) => {
            let (bytes, _, unmappable) = encoding.encode(text);
            (!unmappable).then(|| bytes.into_owned())
        }
    }
}

/// Bytes with backslash escapes, each other byte read as Latin-1, as `unicode_escape` does.
fn unescape(bytes: &[u8], raw: bool) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some((&byte, tail)) = rest.split_first() {
        rest = tail;
        if byte != b'\\' {
            out.push(char::from(byte));
            continue;
        }
        let Some((&kind, tail)) = rest.split_first() else {
            out.push('\\');
            break;
        };
        let hex_digits = match kind {
            b'x' if !raw => 2,
            b'u' => 4,
            b'U' => 8,
            _ => 0,
        };
        if hex_digits > 0 {
            let digits = tail
                .get(..hex_digits)
                .and_then(|d| std::str::from_utf8(d).ok());
            if let Some(c) = digits
                .and_then(|d| u32::from_str_radix(d, 16).ok())
                .and_then(char::from_u32)
            {
                out.push(c);
                rest = tail.get(hex_digits..).unwrap_or_default();
                continue;
            }
        }
        if raw {
            out.push('\\');
            continue;
        }
        let simple = match kind {
            b'n' => Some('\n'),
            b't' => Some('\t'),
            b'r' => Some('\r'),
            b'0'..=b'7' => None,
            b'\\' => Some('\\'),
            b'\'' => Some('\''),
            b'"' => Some('"'),
            b'a' => Some('\u{7}'),
            b'b' => Some('\u{8}'),
            b'f' => Some('\u{c}'),
            b'v' => Some('\u{b}'),
            b'\n' => {
                rest = tail;
                continue;
            }
            _ => {
                out.push('\\');
                continue;
            }
        };
        if let Some(c) = simple {
            out.push(c);
            rest = tail;
            continue;
        }
        // Up to three octal digits.
        let count = rest
            .iter()
            .take(3)
            .take_while(|d| (b'0'..=b'7').contains(d))
            .count();
        let value = rest
            .iter()
            .take(count)
            .fold(0u32, |acc, d| acc * 8 + u32::from(d - b'0'));
        out.push(char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER));
        rest = rest.get(count..).unwrap_or_default();
    }
    out
}

/// Python's UTF-16/32 codecs read a byte-order mark when no order is named, else assume
/// little-endian (the order they write).
fn byte_order<'b>(
    bytes: &'b [u8],
    little_endian: Option<bool>,
    little_bom: &[u8],
    big_bom: &[u8],
) -> (bool, &'b [u8]) {
    match little_endian {
        Some(little) => (little, bytes),
        None => {
            if let Some(rest) = bytes.strip_prefix(little_bom) {
                (true, rest)
            } else if let Some(rest) = bytes.strip_prefix(big_bom) {
                (false, rest)
            } else {
                (true, bytes)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ebcdic_round_trips() {
        for codec in [
            "cp037", "cp500", "cp1026", "cp1140", "cp273", "cp424", "cp875",
        ] {
            let text = "exec(__import__('os').system('id'))";
            let bytes = encode(text, codec).unwrap_or_default();
            assert_ne!(bytes, text.as_bytes(), "{codec}");
            assert_eq!(decode(&bytes, codec).as_deref(), Some(text), "{codec}");
        }
    }

    #[test]
    fn cp1026_known_bytes_are_exec() {
        assert_eq!(
            decode(b"\x85\xa7\x85\x83", "cp1026").as_deref(),
            Some("exec")
        );
        assert_eq!(
            decode(b"\x85\xa7\x85\x83", "IBM1026").as_deref(),
            Some("exec")
        );
    }

    #[test]
    fn utf16_and_utf32_follow_the_byte_order_mark() {
        let le = encode("eval", "utf-16").unwrap_or_default();
        assert_eq!(le.get(..2), Some(&b"\xFF\xFE"[..]));
        assert_eq!(decode(&le, "utf-16").as_deref(), Some("eval"));
        assert_eq!(decode(b"\x00e\x00v", "utf_16_be").as_deref(), Some("ev"));
        let quad = encode("os", "utf-32").unwrap_or_default();
        assert_eq!(decode(&quad, "UTF-32").as_deref(), Some("os"));
    }

    #[test]
    fn latin1_maps_bytes_to_the_same_code_points() {
        assert_eq!(decode(b"\xe9t\xe9", "latin-1").as_deref(), Some("été"));
        assert_eq!(encode("été", "latin1"), Some(b"\xe9t\xe9".to_vec()));
        assert_eq!(encode("€", "latin1"), None);
    }

    #[test]
    fn unicode_escape_reads_every_python_escape() {
        let text = decode(br"\x65\u0078\U00000065c\101\n\\z\q", "unicode_escape");
        assert_eq!(text.as_deref(), Some("execA\n\\z\\q"));
        let raw = decode(br"\x41\u0042", "raw_unicode_escape");
        assert_eq!(raw.as_deref(), Some("\\x41B"));
        assert_eq!(decode(b"abc\\", "unicode-escape").as_deref(), Some("abc\\"));
    }

    #[test]
    fn unknown_codecs_are_not_guessed() {
        assert_eq!(decode(b"abc", "no-such-codec"), None);
        assert_eq!(encode("abc", "no-such-codec"), None);
    }
}
