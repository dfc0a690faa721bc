//! WH270 secret-handoff: a wallet's seed phrase or private key handed to an obscure
//! third-party module whose answer is thrown away.

use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::Ranged;
use std::sync::LazyLock;

use crate::finding::{Category, Rule};
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH270",
    name: "secret-handoff",
    description: "Passes a wallet seed phrase or private key to an obscure third-party module and ignores what it returns",
    rationale: "Wallet drainers keep their own code clean: the package does what it says (derive \
                addresses from a mnemonic) and first hands the mnemonic to a look-alike \
                dependency, whose only job is to send it away. A call that transforms or checks \
                the phrase has its answer used; one whose answer nobody reads, on a module that \
                is neither the standard library, a popular project nor part of the package, is \
                there for its side effect, and the side effect is the theft.",
    category: Category::Flow,
};

/// The standard library's top-level modules.
static STDLIB: LazyLock<foldhash::HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/stdlib-modules.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .collect()
});

/// True when `module` (a top-level import name) is part of the standard library.
pub fn is_stdlib(module: &str) -> bool {
    STDLIB.contains(module)
}

/// Words in a variable name that say it holds what opens a wallet.
const WALLET_SECRET_WORDS: [&str; 6] = [
    "mnemonic",
    "seed_phrase",
    "seedphrase",
    "recovery_phrase",
    "secret_phrase",
    "wallet_key",
];

/// Words naming a key, or a generic word, that only mean a wallet's secret in a file about
/// wallets: elsewhere `private_key` is a TLS or signing key and `seed` a random generator's.
const WALLET_CONTEXT_WORDS: [&str; 6] = [
    "private_key",
    "privatekey",
    "priv_key",
    "seed",
    "phrase",
    "words",
];

/// Text that says a file deals in crypto wallets.
const WALLET_MARKERS: [&[u8]; 5] = [b"mnemonic", b"bip39", b"bip44", b"eth_account", b"hdwallet"];

/// The name of `expr` when it holds a wallet secret.
fn wallet_secret_name(checker: &Checker, expr: &Expr) -> Option<String> {
    let name = match expr {
        Expr::Name(name) => name.id.as_str(),
        Expr::Attribute(attribute) => attribute.attr.as_str(),
        _ => return None,
    };
    let lower = name.to_ascii_lowercase();
    // `private_key_path` names where a key is kept, not the key.
    if ["path", "file", "dir", "len", "size", "type"]
        .iter()
        .any(|word| lower.contains(word))
    {
        return None;
    }
    let about_wallets = || {
        WALLET_MARKERS
            .iter()
            .any(|marker| memchr::memmem::find(checker.text.as_bytes(), marker).is_some())
    };
    let named = WALLET_SECRET_WORDS.iter().any(|word| lower.contains(word))
        || (WALLET_CONTEXT_WORDS
            .iter()
            .any(|word| lower == *word || (word.contains('_') && lower.contains(word)))
            && about_wallets());
    named.then(|| name.to_owned())
}

/// True when the top-level module `root` is a third-party one nobody much uses: not the
/// standard library, not a popular project's import name, not a module of the package itself.
fn obscure_third_party(checker: &Checker, root: &str) -> bool {
    !root.is_empty()
        && !is_stdlib(root)
        && checker.facts.imports.iter().any(|m| m == root)
        && !checker.is_package_module(root)
        && {
            // Import names keep the project's capitals (`OpenSSL` for pyOpenSSL).
            let lower = root.to_ascii_lowercase();
            crate::names::popular().rank(&lower).is_none()
                && crate::names::popular()
                    .projects_imported_as(&lower)
                    .is_empty()
        }
}

/// Checks one call.
pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if checker.discarded_call != Some(call.range()) {
        return;
    }
    let Some((root, _)) = qualname.split_once('.') else {
        return;
    };
    let Some(secret) = call
        .arguments
        .args
        .iter()
        .chain(call.arguments.keywords.iter().map(|k| &k.value))
        .take(8)
        .find_map(|arg| wallet_secret_name(checker, arg))
    else {
        return;
    };
    if !obscure_third_party(checker, root) {
        return;
    }
    let context = checker.context();
    let severity = super::data_flow::carried_out_severity(context);
    checker.report(
        &RULE,
        call.range(),
        format!(
            "hands `{secret}` to {qualname}() of the obscure module `{root}` and ignores the answer {}",
            context.phrase()
        ),
        severity,
        vec!["flow", "secret-handoff"],
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::max_severity;

    #[test]
    fn a_mnemonic_handed_to_an_obscure_module_and_ignored_is_theft() {
        let code = "import bip39_phrase_checker\nfrom eth_account import Account\nclass Gen:\n    def addresses(self, seed, depth):\n        bip39_phrase_checker.decrypt_js(seed)\n        return [Account.from_mnemonic(seed) for _ in range(depth)]\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH270") >= 0.75);
        let named = "import erc_scan_helpers\ndef convert(mnemonic):\n    erc_scan_helpers.decrypto_mnemonic_bytes(mnemonic)\n    return mnemonic.split()\n";
        assert!(max_severity("p/pkg/__init__.py", named, "WH270") >= 0.75);
    }

    #[test]
    fn used_answers_popular_modules_and_random_seeds_are_no_handoff() {
        // The answer is used: a conversion.
        let used = "import bip39_phrase_checker\ndef f(mnemonic):\n    return bip39_phrase_checker.to_seed(mnemonic)\n";
        assert_eq!(max_severity("p/pkg/a.py", used, "WH270"), 0.0);
        // A popular library's validator, called for the exception it raises.
        let popular = "import mnemonic\ndef check(phrase_mnemonic):\n    mnemonic.Mnemonic('english').check(phrase_mnemonic)\n";
        assert_eq!(max_severity("p/pkg/b.py", popular, "WH270"), 0.0);
        // A random generator's seed.
        let random = "import obscure_rng\ndef start(seed):\n    obscure_rng.set_seed(seed)\n";
        assert_eq!(max_severity("p/pkg/c.py", random, "WH270"), 0.0);
        // A TLS key in a file that is not about wallets, on a module named like its project.
        let tls = "import OpenSSL\ndef load(ctx, private_key):\n    ctx.use_privatekey(private_key)\n    OpenSSL.SSL.Context(2).use_privatekey(private_key)\n";
        assert_eq!(max_severity("p/pkg/e.py", tls, "WH270"), 0.0);
        // The standard library.
        let stdlib =
            "import logging\ndef f(private_key_path):\n    logging.debug(private_key_path)\n";
        assert_eq!(max_severity("p/pkg/d.py", stdlib, "WH270"), 0.0);
    }
}
