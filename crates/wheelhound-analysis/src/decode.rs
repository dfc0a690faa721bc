//! Bounded decoders for the encodings malware wraps payloads in. Pure functions on bytes, never
//! executing anything; each output is capped so a small literal cannot expand into a bomb.

use std::io::Read;

use base64::Engine as _;

/// Default largest output of a single decoding step (`AnalysisOptions::max_decode_bytes`).
pub const MAX_DECODED_BYTES: usize = 16 << 20;

/// The encodings wheelhound can undo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    /// RFC 4648 base64, standard or URL-safe alphabet, padding optional.
    Base64,
    /// RFC 4648 base32.
    Base32,
    /// Python's `base64.b85encode` alphabet.
    Base85,
    /// Adobe ASCII85 (`base64.a85encode`).
    Ascii85,
    /// Hexadecimal text.
    Hex,
    /// zlib stream (also raw deflate and gzip, which `zlib.decompress` accepts with wbits).
    Zlib,
    /// gzip file.
    Gzip,
    /// bzip2 stream.
    Bzip2,
    /// xz or lzma-alone stream.
    Lzma,
    /// ROT13 on letters.
    Rot13,
}

impl Codec {
    /// The Python spelling, used in layer descriptions.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Base64 => "base64",
            Codec::Base32 => "base32",
            Codec::Base85 => "base85",
            Codec::Ascii85 => "ascii85",
            Codec::Hex => "hex",
            Codec::Zlib => "zlib",
            Codec::Gzip => "gzip",
            Codec::Bzip2 => "bz2",
            Codec::Lzma => "lzma",
            Codec::Rot13 => "rot13",
        }
    }
}

/// Undoes `codec` on `input`, or `None` when the input is not valid for it. Output is bounded
/// by [`MAX_DECODED_BYTES`].
pub fn decode(codec: Codec, input: &[u8]) -> Option<Vec<u8>> {
    decode_limited(codec, input, MAX_DECODED_BYTES)
}

/// Like [`decode`] with an output bound of `limit` bytes: compressed streams are cut there,
/// and the other codecs, whose output is never longer than their input, refuse longer output.
pub fn decode_limited(codec: Codec, input: &[u8], limit: usize) -> Option<Vec<u8>> {
    let out = match codec {
        Codec::Base64 => base64_lenient(input, limit),
        Codec::Base32 => base32(input),
        Codec::Base85 => base85(input, B85_ALPHABET),
        Codec::Ascii85 => ascii85(input),
        Codec::Hex => hex(input),
        Codec::Zlib => zlib(input, limit),
        Codec::Gzip => bounded_read(flate2::read::MultiGzDecoder::new(input), limit),
        Codec::Bzip2 => bounded_read(bzip2::read::BzDecoder::new(input), limit),
        Codec::Lzma => lzma(input, limit),
        Codec::Rot13 => Some(input.iter().map(|&b| rot13(b)).collect()),
    }?;
    (out.len() <= limit).then_some(out)
}

fn bounded_read(reader: impl Read, limit: usize) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    reader
        .take(u64::try_from(limit).unwrap_or(u64::MAX))
        .read_to_end(&mut out)
        .ok()?;
    Some(out)
}

fn zlib(input: &[u8], limit: usize) -> Option<Vec<u8>> {
    if input.starts_with(&[0x1f, 0x8b]) {
        return bounded_read(flate2::read::MultiGzDecoder::new(input), limit);
    }
    bounded_read(flate2::read::ZlibDecoder::new(input), limit)
        .or_else(|| bounded_read(flate2::read::DeflateDecoder::new(input), limit))
}

fn lzma(input: &[u8], limit: usize) -> Option<Vec<u8>> {
    if input.starts_with(&[0xfd, b'7', b'z', b'X', b'Z', 0]) {
        return bounded_read(
            lzma_rust2::XzReader::new_mem_limit(input, true, 256 * 1024),
            limit,
        );
    }
    let reader = lzma_rust2::LzmaReader::new_mem_limit(input, 256 * 1024, None).ok()?;
    bounded_read(reader, limit)
}

fn rot13(b: u8) -> u8 {
    match b {
        b'a'..=b'z' => (b - b'a' + 13) % 26 + b'a',
        b'A'..=b'Z' => (b - b'A' + 13) % 26 + b'A',
        _ => b,
    }
}

/// A byte of base64 in either alphabet (standard `+/` or URL-safe `-_`), padding included;
/// hex digits are a subset.
pub fn is_base64_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'-' | b'_')
}

fn base64_lenient(input: &[u8], limit: usize) -> Option<Vec<u8>> {
    let mut cleaned: Vec<u8> = input
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|b| match b {
            b'-' => b'+',
            b'_' => b'/',
            other => other,
        })
        .collect();
    while cleaned.last() == Some(&b'=') {
        cleaned.pop();
    }
    if cleaned.len() % 4 == 1 || cleaned.len() > limit.saturating_mul(4) / 3 + 4 {
        return None;
    }
    base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(&cleaned)
        .ok()
}

fn base32(input: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u64, 0u32);
    for &b in input {
        let value = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a',
            b'2'..=b'7' => b - b'2' + 26,
            b'=' | b'\n' | b'\r' | b' ' => continue,
            _ => return None,
        };
        buffer = (buffer << 5) | u64::from(value);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

const B85_ALPHABET: &[u8; 85] =
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

fn base85(input: &[u8], alphabet: &[u8; 85]) -> Option<Vec<u8>> {
    let mut table = [255u8; 256];
    for (i, &c) in alphabet.iter().enumerate() {
        if let Some(slot) = table.get_mut(usize::from(c)) {
            *slot = i as u8;
        }
    }
    let digits: Vec<u8> = input
        .iter()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|&b| table.get(usize::from(b)).copied().unwrap_or(255))
        .collect();
    if digits.contains(&255) {
        return None;
    }
    decode_base85_digits(&digits)
}

fn decode_base85_digits(digits: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(digits.len() * 4 / 5 + 4);
    for chunk in digits.chunks(5) {
        let pad = 5 - chunk.len();
        let mut value: u64 = 0;
        for i in 0..5 {
            let digit = chunk.get(i).copied().unwrap_or(84);
            value = value * 85 + u64::from(digit);
        }
        if value > u64::from(u32::MAX) {
            return None;
        }
        let bytes = (value as u32).to_be_bytes();
        out.extend_from_slice(bytes.get(..4 - pad)?);
    }
    Some(out)
}

fn ascii85(input: &[u8]) -> Option<Vec<u8>> {
    let body = input.strip_prefix(b"<~").unwrap_or(input);
    let body = body.strip_suffix(b"~>").unwrap_or(body);
    let mut out = Vec::new();
    let mut digits = Vec::with_capacity(5);
    for &b in body {
        match b {
            b'z' if digits.is_empty() => out.extend_from_slice(&[0, 0, 0, 0]),
            b'!'..=b'u' => {
                digits.push(b - b'!');
                if digits.len() == 5 {
                    out.extend(decode_base85_digits(&digits)?);
                    digits.clear();
                }
            }
            b if b.is_ascii_whitespace() => {}
            _ => return None,
        }
    }
    if !digits.is_empty() {
        out.extend(decode_base85_digits(&digits)?);
    }
    Some(out)
}

fn hex(input: &[u8]) -> Option<Vec<u8>> {
    let digits: Vec<u8> = input
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    let digits = digits
        .strip_prefix(b"0x")
        .map(<[u8]>::to_vec)
        .unwrap_or(digits);
    if !digits.len().is_multiple_of(2) {
        return None;
    }
    digits
        .chunks(2)
        .map(|pair| {
            let &[high, low] = pair else {
                return None;
            };
            let high = (high as char).to_digit(16)?;
            let low = (low as char).to_digit(16)?;
            Some((high * 16 + low) as u8)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use std::io::Write;

    #[test]
    fn base64_tolerates_missing_padding_and_urlsafe() {
        assert_eq!(
            decode(Codec::Base64, b"aW1wb3J0IG9z").unwrap(),
            b"import os"
        );
        assert_eq!(
            decode(Codec::Base64, b"aW1wb3J0IG9zCg").unwrap(),
            b"import os\n"
        );
        assert_eq!(decode(Codec::Base64, b"-_8=").unwrap(), vec![0xfb, 0xff]);
    }

    #[test]
    fn base85_and_ascii85_match_python() {
        // base64.b85encode(b"hello") == b'Xk~0{Zv'
        assert_eq!(decode(Codec::Base85, b"Xk~0{Zv").unwrap(), b"hello");
        // base64.a85encode(b"hello") == b'BOu!rDZ'
        assert_eq!(decode(Codec::Ascii85, b"BOu!rDZ").unwrap(), b"hello");
    }

    #[test]
    fn base32_hex_rot13() {
        assert_eq!(decode(Codec::Base32, b"NBSWY3DP").unwrap(), b"hello");
        assert_eq!(decode(Codec::Hex, b"68656c6c6f").unwrap(), b"hello");
        assert_eq!(decode(Codec::Rot13, b"uryyb").unwrap(), b"hello");
        assert!(decode(Codec::Hex, b"zz").is_none());
    }

    #[test]
    fn compression_round_trips_and_is_bounded() {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(b"print(1)").unwrap();
        assert_eq!(
            decode(Codec::Zlib, &z.finish().unwrap()).unwrap(),
            b"print(1)"
        );
        let mut bomb = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        bomb.write_all(&vec![0u8; MAX_DECODED_BYTES + 4096])
            .unwrap();
        let bomb = bomb.finish().unwrap();
        let out = decode(Codec::Zlib, &bomb).unwrap();
        assert_eq!(out.len(), MAX_DECODED_BYTES);
        assert_eq!(
            decode_limited(Codec::Zlib, &bomb, 4096).unwrap().len(),
            4096
        );
    }

    #[test]
    fn limited_decoding_refuses_longer_output() {
        assert_eq!(
            decode_limited(Codec::Base64, b"aW1wb3J0IG9z", 9).unwrap(),
            b"import os"
        );
        assert!(decode_limited(Codec::Base64, b"aW1wb3J0IG9z", 4).is_none());
        assert!(decode_limited(Codec::Hex, b"68656c6c6f", 4).is_none());
        assert!(decode_limited(Codec::Rot13, b"uryyb", 4).is_none());
    }
}
