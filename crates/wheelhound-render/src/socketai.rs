//! Per-file reports in the reference SocketAI format.

use std::io::{self, Write};

use wheelhound_report::PackageReport;

/// Writes one line per file report of `report` holding exactly the reference fields, in the
/// reference order, and nothing else: package-level data has no place in that format.
pub fn socketai(out: &mut dyn Write, report: &PackageReport) -> io::Result<()> {
    for file in &report.files {
        serde_json::to_writer(&mut *out, &file.socketai())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]

    use super::*;
    use crate::fixtures::{benign, malicious};

    const REFERENCE: &str = "/work/shared/reference/report-nox-poetry-sessions.json";
    const KEYS: [&str; 12] = [
        "purpose",
        "sources",
        "sinks",
        "flows",
        "anomalies",
        "analysis",
        "conclusion",
        "confidence",
        "obfuscated",
        "malware",
        "securityRisk",
        "report_number",
    ];

    /// Keys of a flat JSON object in document order, which serde_json's default map would sort.
    fn keys_in_order(line: &str) -> Vec<String> {
        let mut keys = Vec::new();
        let mut de = serde_json::Deserializer::from_str(line);
        let visitor = KeyOrder(&mut keys);
        serde::Deserializer::deserialize_map(&mut de, visitor).unwrap();
        keys
    }

    struct KeyOrder<'a>(&'a mut Vec<String>);

    impl<'de> serde::de::Visitor<'de> for KeyOrder<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<String>()? {
                let _: serde::de::IgnoredAny = map.next_value()?;
                self.0.push(key);
            }
            Ok(())
        }
    }

    fn expected_keys() -> Vec<String> {
        match std::fs::read_to_string(REFERENCE) {
            Ok(text) => keys_in_order(&text),
            Err(_) => KEYS.iter().map(|k| k.to_string()).collect(),
        }
    }

    #[test]
    fn lines_hold_exactly_the_reference_keys_in_order() {
        let expected = expected_keys();
        assert_eq!(expected, KEYS);
        let mut buf = Vec::new();
        socketai(&mut buf, &malicious()).unwrap();
        socketai(&mut buf, &benign()).unwrap();
        let text = String::from_utf8(buf).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines.len(),
            2,
            "one line per file, none for a package without files"
        );
        for line in lines {
            assert_eq!(keys_in_order(line), expected);
        }
    }
}
