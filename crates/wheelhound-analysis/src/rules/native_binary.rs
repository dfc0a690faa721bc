//! WH302 native-binary: compiled executables in a source distribution, and executables named
//! like data or source files anywhere.

use crate::finding::{Category, Rule};

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH302",
    name: "native-binary",
    description: "An ELF, PE or Mach-O executable inside an sdist, or one named like a text, image or source file",
    rationale: "Wheels carry compiled extensions by design, but an sdist is source: a compiled \
                program in it cannot be reviewed and is a way to ship a payload the Python code \
                only has to start. Legitimate sdists do vendor binaries (launchers, bootloaders, \
                test fixtures), so that alone is a hint. An executable named `.png`, `.txt` or \
                `.py` is disguised, which no build needs.",
    category: Category::Anomaly,
};

/// Weight of a compiled executable in an sdist, outside tests and docs: a hint, because 8 of
/// the 250 popular dev packages ship some (launchers, bootloaders, vendored libraries) and 3 of
/// 2,254 malicious ones do; what makes one count is code that starts it (see scoring).
pub const SDIST_WEIGHT: f64 = 0.05;
/// Weight of one in tests, docs or examples (fixtures of tools that read binaries).
pub const TEST_WEIGHT: f64 = 0.02;
/// Weight of an executable named like a non-executable file.
pub const DISGUISED_WEIGHT: f64 = 0.4;
/// Weight of a disguised executable in tests or docs.
pub const DISGUISED_TEST_WEIGHT: f64 = 0.1;

/// Extensions of files that are never native code: an executable under one of them hides.
const DISGUISES: &[&str] = &[
    "py", "pyw", "pyi", "pth", "txt", "md", "rst", "json", "yaml", "yml", "toml", "cfg", "ini",
    "csv", "html", "htm", "xml", "js", "css", "png", "jpg", "jpeg", "gif", "bmp", "ico", "svg",
    "webp", "pdf", "log", "sh", "bat", "ps1",
];

/// The executable format of `data` from its magic bytes: `ELF`, `PE` or `Mach-O`.
pub fn executable_format(data: &[u8]) -> Option<&'static str> {
    let word = |at: usize| -> Option<[u8; 4]> { data.get(at..at + 4)?.try_into().ok() };
    let head = word(0)?;
    match head {
        [0x7f, b'E', b'L', b'F'] => Some("ELF"),
        [0xfe, 0xed, 0xfa, 0xce | 0xcf] | [0xce | 0xcf, 0xfa, 0xed, 0xfe] => Some("Mach-O"),
        // Universal binaries share CAFEBABE with Java class files; a class file has its version
        // (at least 45) where a universal binary has its small architecture count.
        [0xca, 0xfe, 0xba, 0xbe | 0xbf] => {
            let count = u32::from_be_bytes(word(4)?);
            (1..=20).contains(&count).then_some("Mach-O")
        }
        [b'M', b'Z', _, _] => {
            // A DOS stub alone is any file starting with "MZ"; the PE header makes it a program.
            let offset = u32::from_le_bytes(word(0x3c)?) as usize;
            (word(offset)? == *b"PE\0\0").then_some("PE")
        }
        _ => None,
    }
}

/// True when the member's name says it is not native code.
pub fn is_disguised(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && DISGUISES.contains(&ext.to_ascii_lowercase().as_str())
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use crate::package::testing::signals_bytes;

    fn pe() -> Vec<u8> {
        let mut data = vec![0u8; 0x100];
        data[..2].copy_from_slice(b"MZ");
        data[0x3c] = 0x80;
        data[0x80..0x84].copy_from_slice(b"PE\0\0");
        data
    }

    #[test]
    fn sniffs_formats() {
        assert_eq!(executable_format(b"\x7fELF\x02\x01\x01"), Some("ELF"));
        assert_eq!(executable_format(&pe()), Some("PE"));
        assert_eq!(
            executable_format(b"\xcf\xfa\xed\xfe\x07\x00"),
            Some("Mach-O")
        );
        assert_eq!(
            executable_format(b"\xca\xfe\xba\xbe\x00\x00\x00\x02"),
            Some("Mach-O")
        );
        // A Java class file (version 52) and a text file starting with MZ are not programs.
        assert_eq!(executable_format(b"\xca\xfe\xba\xbe\x00\x00\x00\x34"), None);
        assert_eq!(
            executable_format(
                b"MZ is a postcode prefix, not a program header........................"
            ),
            None
        );
        assert_eq!(executable_format(b"MZ"), None);
        assert_eq!(executable_format(b""), None);
        let mut lying = pe();
        lying[0x3c..0x40].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(executable_format(&lying), None);
    }

    #[test]
    fn binary_in_an_sdist_is_a_hint_and_disguised_ones_weigh_more() {
        let elf = b"\x7fELF\x02\x01\x01\x00".to_vec();
        let found = signals_bytes(&[
            ("x-1.0/PKG-INFO", b"Name: x\n".to_vec()),
            ("x-1.0/x/helper", elf.clone()),
            ("x-1.0/tests/fixture.bin", elf.clone()),
            ("x-1.0/x/logo.png", pe()),
        ]);
        let weight = |path: &str| {
            found
                .iter()
                .find(|f| f.rule == "WH302" && f.path == path)
                .map(|f| f.severity)
        };
        assert_eq!(weight("x-1.0/x/helper"), Some(SDIST_WEIGHT));
        assert_eq!(weight("x-1.0/tests/fixture.bin"), Some(TEST_WEIGHT));
        assert_eq!(weight("x-1.0/x/logo.png"), Some(DISGUISED_WEIGHT));
    }

    #[test]
    fn extensions_in_wheels_are_normal() {
        let elf = b"\x7fELF\x02\x01\x01\x00".to_vec();
        let found = signals_bytes(&[
            ("x-1.0.dist-info/WHEEL", b"Wheel-Version: 1.0\n".to_vec()),
            ("x-1.0.dist-info/METADATA", b"Name: x\n".to_vec()),
            ("x/_speedups.cpython-312-x86_64-linux-gnu.so", elf.clone()),
            ("x/readme.txt", b"plain text".to_vec()),
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Disguised even in a wheel.
        let found = signals_bytes(&[
            ("x-1.0.dist-info/WHEEL", b"Wheel-Version: 1.0\n".to_vec()),
            ("x/data.txt", elf),
        ]);
        assert!(
            found.iter().any(|f| f.severity == DISGUISED_WEIGHT),
            "{found:?}"
        );
    }
}
