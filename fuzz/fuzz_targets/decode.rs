//! Every deobfuscation codec on arbitrary bytes: outputs must stay bounded.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wheelhound_analysis::decode::{Codec, MAX_DECODED_BYTES, decode};

const CODECS: [Codec; 10] = [
    Codec::Base64,
    Codec::Base32,
    Codec::Base85,
    Codec::Ascii85,
    Codec::Hex,
    Codec::Zlib,
    Codec::Gzip,
    Codec::Bzip2,
    Codec::Lzma,
    Codec::Rot13,
];

fuzz_target!(|data: &[u8]| {
    for codec in CODECS {
        if let Some(out) = decode(codec, data) {
            assert!(
                out.len() <= MAX_DECODED_BYTES.max(data.len()),
                "{codec:?} output {}",
                out.len()
            );
        }
    }
});
